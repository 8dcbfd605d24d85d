"""Round 17 of issue 15, part R1: wide frames of labour, fees and payments, tested as grids.

Each frame is an indicator's definition (ILO 2012, UNODC, ILO Fair Recruitment, FATF-APG 2018) as two
broad slots standing near each other (the concepts of the block "round 17, part R1" of
``rules/shared.lexicon.yaml``): the worker handed on to another employer or house; a hurt or a fever at
work near care, rest or the gear refused; the recruitment cost laid on the wage abroad; a payment near
a plea for the one held. Each is written in the three scripts and their registers (dialects, Banglish
spellings, text-speak, Gulf workers' English, a caseworker's paraphrase), with innocent near-misses.
None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid, flat, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. WORKERS HANDED ON TO ANOTHER EMPLOYER OR HOUSE (lab.handed_on_wide)

HANDED_WHO = {
    "en": ["the supervisor rented us", "sir they lent us", "client says the agency loaned her"],
    "bn-Latn": ["kofil amake bhara dise", "sardar amader 9 jon ke diye dise", "manager amgo beicha dise"],
    "bn": ["ম্যাডাম আমারে ভাড়া দিছে", "সর্দার আমগো ৭ জনরে দিয়া দিছে", "মালিক আমাদের বেইচা দিছে"],
}
HANDED_WHERE = {
    "en": ["to another employer for 3 months on the farm", "to a new madam, she keeps the pay"],
    "bn-Latn": ["onno malik er kache, kichu jane na keu", "notun madam er basay, beton o oi ney"],
    "bn": ["অন্য মালিকের খামারে, কেউ কিছু জিগায় নাই", "নতুন ম্যাডামের বাসায়, টাকা সে নেয়"],
}
HANDED_OK = [
    "we sold the pickup to another company, good price",
    "abbu amader purono dokan ta onno malik ke bhara dise",
    "আমাদের জমিটা অন্য মালিকের কাছে বিক্রি হইছে",
    "the company sent us to another site for a training week, paid extra, alhamdulillah",
    "beware: if anyone says your contract was sold to another employer, call the embassy hotline",
]


def test_handed_grid(matcher):
    check_rule_grid(matcher, flat(grid(HANDED_WHO, HANDED_WHERE, " ")), HANDED_OK, "lab.handed_on_wide")


def test_handed_one_slot_alone(matcher):
    assert_not_fired(matcher, ["madam amake bhara dise taka", "another company called for interview",
                               "নতুন বাসায় উঠলাম আজকে"], "lab.handed_on_wide")


# --- 2. HURT OR SICK AT WORK, CARE OR GEAR REFUSED (lab.hurt_no_care_wide)

HURT = {
    "en": ["my cousin fell from the roof at the site", "the boy got burnt by the fryer",
           "he had fever for three days in the camp"],
    "bn-Latn": ["dhan katar somoy hat kete gese", "boiler e hat pure gese", "jor niye"],
    "bn": ["ইটের ভাটায় পা ভাইঙ্গা গেছে", "মাছের জালে হাত কাইটা গেছে", "জ্বর নিয়া"],
}
NO_CARE = {
    "en": ["and the foreman said no ambulance, just rest in the room", "they gave only panadol and back to work next morning"],
    "bn-Latn": ["ar malik bole kaje na gele khabar nai", "oshudh nai, tobu kaj korte hoy"],
    "bn": ["আর মালিক কইছে কাজে না নামলে খাবার বন্ধ", "ওষুধ নাই, তবু কাজ করাইছে সারাদিন"],
}
HURT_OK = [
    "he fell at football practice, we took him to hospital, alhamdulillah fine now",
    "ammu jor niye ranna korse, oshudh nai ghore, ami kine antesi",
    "আম্মু জ্বর নিয়াও রান্না করছে, ঔষধ নাই ঘরে, কিনে আনতেছি",
    "porikkha, jor niye porikkha dilam, tobu kaj shesh",
    "beware of fake agents: if anyone is injured abroad and no medicine is given, call the helpline",
]


def test_hurt_grid(matcher):
    check_rule_grid(matcher, flat(grid(HURT, NO_CARE)), HURT_OK, "lab.hurt_no_care_wide")


def test_hurt_one_slot_alone(matcher):
    assert_not_fired(matcher, ["he fell asleep on the bus", "no medicine at the pharmacy today, come tomorrow",
                               "হাত কেটে গেছে সবজি কাটতে গিয়া"], "lab.hurt_no_care_wide")


# --- 3. THE RECRUITMENT COST LAID ON THE WAGE ABROAD (fd.fee_from_wages_wide)

FEE = {
    "en": ["visa package total 6 lakh, 3 lakh now,", "your debt with us is 3200 dollars,"],
    "bn-Latn": ["Qatar er file er total 4 lakh, baki 2 lakh", "ticket er taka baki 70 hajar,"],
    "bn": ["ভিসার মোট খরচ সাড়ে ৩ লাখ, বাকি টাকা", "পারাপারের খরচ আলাদা ২০ হাজার,"],
}
BY_WAGE = {
    "en": ["the rest we take from her salary first 5 months", "you work fridays free to reduce it"],
    "bn-Latn": ["Dubai giye shodh korte hobe", "beton theke kete nibe protimash"],
    "bn": ["গিয়া কাজ করে শোধ দিবা", "বেতন থেকে কাইটা নিবে প্রতি মাসে"],
}
FEE_OK = [
    "I took a bank loan of 50k, I will pay it back from my salary",
    "ngo theke loan nisi, kisti beton theke dei",
    "মোবাইলের দাম ২০ হাজার, আমি নিজেই বেতন থেকে দিব",
    "income tax 5 hajar, salary theke kete ney office",
    "beware: if anyone says the visa cost will be cut from your salary abroad, report to BMET",
]


def test_fee_grid(matcher):
    check_rule_grid(matcher, flat(grid(FEE, BY_WAGE, " ")), FEE_OK, "fd.fee_from_wages_wide")


def test_fee_one_slot_alone(matcher):
    assert_not_fired(matcher, ["total 5 lakh for the flat", "salary theke 2000 jomai protimash"], "fd.fee_from_wages_wide")


# --- 4. A PAYMENT NEAR A PLEA FOR THE ONE HELD (pay.captive_paid_for_wide)

PAID = {
    "en": ["sent 40k to the agent bkash just now", "paid the boatman on nagad, TxnID 8PQ2ZK4LMT"],
    "bn-Latn": ["rocket e 30 hajar pathaisi", "nagad e taka dilam, TrxID 6JK3LQ8ZPW"],
    "bn": ["বিকাশে ৪০ হাজার পাঠাইছি", "রকেটে টাকা পাঠাইলাম, ট্রানজেকশন আইডি 5KD9QW2XTR"],
}
PLEA = {
    "en": ["please stop beating my husband", "now give him food and let him call his mother"],
    "bn-Latn": ["amar chele ke ar marben na", "ebar bhai ke chhere dite bolen"],
    "bn": ["আমার পোলারে আর মাইরেন না", "এবার ছেলেরে ছেড়ে দেন"],
}
PAID_OK = [
    "sent 5000 bkash for his hospital bill, the doctor will release him tomorrow",
    "bkash e 2000 pathaisi, eid er gift kine nio",
    "nagad e 500 pathaisi, ore bus stand e chhere dite bolo",
    "বিকাশে ৫০০০ পাঠাইছি, ঈদের জামা কিনে দিও",
    "beware: if anyone asks bkash money to release your son, call 999",
]


def test_captive_grid(matcher):
    check_rule_grid(matcher, flat(grid(PAID, PLEA)), PAID_OK, "pay.captive_paid_for_wide")


def test_captive_one_slot_alone(matcher):
    assert_not_fired(matcher, ["bkash e 3000 pathaisi, check koro", "stop beating yourself up about the exam"],
                     "pay.captive_paid_for_wide")


def test_captive_receipt_not_held(matcher):
    """A receipt's TrxID beside a plea for the held one is no family transfer (neg.mfs_receipt's guard):
    the texts reach the line, while a receipt with a family's note stays below it."""
    check_grid(matcher, ["bkash e 35 hajar pathalam, TrxID 7RT2QK9XLM, ekhon amar bhai ke chhere dite bolen",
                         "রকেটে ৩০ হাজার পাঠাইছি, TrxID 4HG8KD2QWP। ওরে আর মাইরেন না"],
                 ["ammu bkash e 20 hajar pathalam, TrxID CJ83HZQ1LV check kore niyo",
                  "মাকে ২০০০ টাকা পাঠালাম, TrxID 7AB2CD3EF4"])
