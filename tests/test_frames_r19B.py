"""Round 19 of issue 15, part B: wide frames widened and two frames more, tested as grids.

Each change is an indicator's definition (UNODC's children's false documents and coached age, ILO 2012's
isolation and retention of identity documents, UNODC's advertisements of women) as broad slots standing
near each other (the concepts of the block "round 19, part B" of ``rules/shared.lexicon.yaml``): a child's
real age hidden behind a record made; a cover story for whoever asks, the asker named; a payment near the
passport's return on that payment; new women announced with the trade's description and a price or a
contact. Each is written in the three scripts and their registers (dialects, Banglish spellings,
text-speak, Gulf workers' English, a caseworker's paraphrase), with innocent near-misses. None of these
phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid, flat, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A CHILD'S REAL AGE HIDDEN BEHIND A RECORD MADE (mn.age_record_changed_wide, widened)

HIDE = {
    "en": ["hide her real age at the medical,", "don't worry about her age,", "she's really 15 but"],
    "bn-Latn": ["asol boyos lukaite hobe,", "boyosh niye chinta koiro na,", "meye asole 15 kintu"],
    "bn": ["আসল বয়স গোপন রাখবা,", "বয়স নিয়া চিন্তা কইরো না,", "বয়স নিয়ে চিন্তা করবেন না,"],
}
RECORD = {
    "en": ["the DOB changed to 2002 on the birth cert", "the agent got it made through the union office, NID ready"],
    "bn-Latn": ["kabin e 19 lekhay dimu", "onno ekjoner NID diye passport hobe"],
    "bn": ["কাবিনে ১৮ লেখায় দিমু", "জন্ম নিবন্ধনে বয়স বাড়ায় দিবে"],
}
HIDE_OK = [
    "my real age is 34 but the NID says 37, got it corrected at the union office",
    "আমার আসল বয়স ৩২, জন্ম নিবন্ধনে ভুল আছে, চেঞ্জ করতে দিছি",
    "don't worry about her age, she starts school next year, birth cert is ready",
    "boyosh niye chinta koiro na, SSC er por biye, jonmo nibondhon thik ase",
]


def test_age_hidden_grid(matcher):
    check_rule_grid(matcher, flat(grid(HIDE, RECORD, " ")), HIDE_OK, "mn.age_record_changed_wide")


def test_age_said_in_words_and_borrowed(matcher):
    """A child's age near a record raised to an adult's age in words, or made with another's card."""
    check_rule_grid(matcher, ["ক্লাস এইটের মেয়েটার জন্ম নিবন্ধনে বয়স আঠারো করে দিছে চেয়ারম্যান অফিস",
                              "meye 15 hoileo cholbe, onno ekjoner NID diye passport kore dibo",
                              "her NID says 1999 but she's actually 15, the dalal got it made in Cumilla"],
                    ["আমার মেয়ে ১৫, জন্ম নিবন্ধন অনলাইন করলাম, স্কুলে ভর্তি",
                     "my niece is 15, we got her passport made for the umrah trip with her parents"],
                    "mn.age_record_changed_wide")


def test_age_hidden_one_slot_alone(matcher):
    assert_not_fired(matcher, ["don't tell her real age, it's a surprise birthday", "DOB changed to 2001 in my NID, finally correct"],
                     "mn.age_record_changed_wide")


# --- 2. A COVER STORY FOR WHOEVER ASKS, THE ASKER NAMED (iso.cover_story_wide, widened)

ASKER = {
    "en": ["if the officers at the desk ask,", "when immigration asks", "if anyone from the NGO people ask,"],
    "bn-Latn": ["jodi officer ask kore,", "jodi embassy theke keu ask kore,", "if family ask,"],
    "bn": ["ইমিগ্রেশনে কেউ জিগাইলে", "এয়ারপোর্টে পুলিশ জিজ্ঞেস করলে", "কেউ জিগাইলে"],
}
SAY = {
    "en": ["say you are visiting your aunt", "you say you are here to see your uncle"],
    "bn-Latn": ["bolbi tumi tourist, mamar bari", "bolbi mall e kaj koro, kono problem nai"],
    "bn": ["বলবি খালার বাসায় বেড়াইতে যাইতেছি", "কইবি টুরিস্ট, মামার বাড়ি"],
}
ASKER_OK = [
    "if you ask me, say yes to the proposal",
    "if anyone asks about the surprise party, say we are at the library",
    "when the teacher asks, say you finished the tuition homework",
]


def test_cover_asker_grid(matcher):
    check_rule_grid(matcher, flat(grid(ASKER, SAY, " ")), ASKER_OK, "iso.cover_story_wide")


def test_cover_official_no_party(matcher):
    """An official's question is no party's: the wedding said at the desk is the cover story."""
    check_rule_grid(matcher, ["when officer asks you say you came for your brother's wedding",
                              "ইমিগ্রেশনে কেউ জিগাইলে বলবি কাজিনের বিয়েতে যাইতেছি",
                              "immigration e jiggesh korle bolbi cousin er biyete jaitesi"],
                    ["if ammu asks, say we are at Rina's wedding shopping",
                     "কেউ জিগাইলে বলবি বিয়ের দাওয়াতে গেছি, সারপ্রাইজ"], "iso.cover_story_wide")


def test_cover_visit_named_not_held(matcher):
    """The pilgrimage named as the cover to say when asked at the airport is no traveller's own study or visit."""
    check_grid(matcher, ["airport e jiggesh korle bolbi hajj e jaitesi, kauke bolbi na amar kotha",
                         "ইমিগ্রেশনে জিগাইলে বলবি উমরাহ, আর কাউরে কিছু কইবি না"],
               ["umrah e jacchi inshallah, airport e dekha hobe, dua koiro",
                "আমরা উমরাহ প্যাকেজে যাচ্ছি, এয়ারপোর্টে দেখা হবে"])


# --- 3. A PAYMENT NEAR THE PASSPORT'S RETURN ON THAT PAYMENT (pay.passport_for_payment_wide)

PAID = {
    "en": ["sent 40k to the agent's bkash last night,", "paid 900 USDT to the wallet he gave,"],
    "bn-Latn": ["nagad e 20 hajar pathaisi,", "rocket e taka dilam,"],
    "bn": ["বিকাশে ৩০ হাজার পাঠাইছি,", "নগদে টাকা পাঠাইলাম,"],
}
BACK = {
    "en": ["now he says if you pay 15k more then passport will be given", "he says no screenshot no passport"],
    "bn-Latn": ["ekhon bole aro 10 hajar na dile passport ferot dibe na", "bolse baki taka dile passport courier kore pathabe"],
    "bn": ["এখন কয় আরো ২০ হাজার না দিলে পাসপোর্ট ফেরত দিবে না", "কইছে বাকি টাকা দিলে পাসপোর্ট পাঠাবে"],
}
PAID_OK = [
    "paid the renewal fee on bkash, the passport office will courier the passport",
    "পাসপোর্ট অফিসে নবায়নের ফি বিকাশে দিছি, পাসপোর্ট কুরিয়ার করে পাঠাবে",
    "visa stamping er fee bkash e pathaisi, taka dile passport dibe bolse embassy",
    "beware: never pay on bkash to get your passport back, report to the embassy",
]


def test_passport_payment_grid(matcher):
    check_rule_grid(matcher, flat(grid(PAID, BACK, " ")), PAID_OK, "pay.passport_for_payment_wide")


def test_passport_payment_one_slot_alone(matcher):
    assert_not_fired(matcher, ["bkash e 5000 pathaisi, ammur oshudh kino", "passport ferot dibe kal, office theke"],
                     "pay.passport_for_payment_wide")


def test_passport_receipt_not_held(matcher):
    """A receipt's TrxID beside the passport given back only for more money is no family transfer
    (neg.mfs_receipt's guard): the text reaches the line; a family's receipt stays below it."""
    check_grid(matcher, ["bkash e 30 hajar pathalam, TrxID 8KD2QW7ZLM, ekhon bole aro 40 hajar na dile passport ferot dibe na"],
               ["ammu bkash e 20 hajar pathalam, TrxID CJ83HZQ1LV check kore niyo, passport renew hoye gese"])


# --- 4. NEW WOMEN ANNOUNCED TO CLIENTS (sx.new_women_offered_wide)

NEW = {
    "en": ["new ladies arrived from Chattogram,", "just arrived: new girls from Nepal,"],
    "bn-Latn": ["notun maal ashse Khulna theke,", "notun duita meye aise,"],
    "bn": ["নতুন মাল আসছে সিলেট থেকে,", "নতুন দুইটা মেয়ে আসছে,"],
}
TRAITS_OFFER = {
    "en": ["very young and shy, villa visits, whatsapp only", "18-20, obedient, rate per night in inbox"],
    "bn-Latn": ["boyos kom, shy, rate 5000 night", "dekhte bhalo, full night booking telegram e"],
    "bn": ["বয়স কম, দেখতে ভালো, সারারাত ৮০০০", "কচি, রেট ইনবক্সে"],
}
NEW_OK = [
    "new girls joined our class, very shy, booking the picnic bus on whatsapp",
    "new nurses arrived at the clinic, young and kind, patients can book a home visit",
    "দোকানে নতুন মাল আসছে, দেখতে ভালো, রেট ইনবক্সে",
    "notun duijon meye office e join korse, dekhte bhalo, salary bhalo",
]


def test_new_women_grid(matcher):
    check_rule_grid(matcher, flat(grid(NEW, TRAITS_OFFER, " ")), NEW_OK, "sx.new_women_offered_wide")


def test_new_women_one_slot_alone(matcher):
    assert_not_fired(matcher, ["new girls arrived at the hostel today", "very shy girl, rate koto bolen to dress tar"],
                     "sx.new_women_offered_wide")
