"""Round 25 of issue 15, part B: recall in romanised and Bengali script (payments, recruitment deception, labour).

Concept classes read from the training misses in bn and bn-Latn, each spanning several writers, written as
slots and conditions (the block "round 25, part B" of ``rules/shared.lexicon.yaml``, ``*_r25B``): protective
gear withheld at dangerous work (``lab.gear_withheld_danger``, new); the worker handed on to another employer
named by any noun, in the present or by the controllers' quoted word (``lab.handed_on_wide``); the paper, the
company or the house looked up and found to be nothing (``dr.fake_documents``); a payment sent with an order
about the one held (``pay.captive_paid_for_wide`` and the receipt's guard); hundi by its working parts, a cut in
percent beside a pay-out at the other end (``pay.informal_transfer``). Each in the scripts where the class is
said, with innocent near-misses. (A sixth class, a job told by anyone and then the look on being brought or
crossing, was taken out at the merge: "amma bolse kaj ache, giye dekhi biriyani ready" fired it.) None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. PROTECTIVE GEAR WITHHELD AT DANGEROUS WORK (lab.gear_withheld_danger)

GEAR = {
    "en": ["we weld on the roof of the tower all day, no harness and no helmet, the foreman says hurry",
           "they make us mix the acid with bare hands, gloves not given, two men burnt last month"],
    "bn": ["কীটনাশক স্প্রে করি সারাদিন, মাস্ক গ্লাভস কিছু দেয় না, চোখ জ্বলে",
           "বিশ তলার মাচায় কাম, বেল্ট নাই, হেলমেট নাই, গতকাল একজন পইড়া গেছে"],
    "bn-Latn": ["boiler er pashe kaj, juta gloves kichu dey na, hat pure gese",
                "ora bole helmet lagbe na, scaffolding e uthe rod bandhi raat porjonto"],
}
GEAR_OK = [
    "no helmet on the bike again? always wear it, please",
    "বাইকে হেলমেট ছাড়া উঠবা না, সবসময় পরে নিবা",
    "helmet chara scaffolding e uthben na, sobsomoy pore niben",
    "করোনার সময় দোকানে মাস্ক নাই, অনলাইনে অর্ডার দিছি",
    "cricket e helmet nai, ball lagse, ammu hospital e niye gese",
    "we cut steel on the scaffolding, helmet and harness given, all safe",
]


def test_gear_withheld_grid(matcher):
    check_rule_grid(matcher, flat(GEAR), GEAR_OK, "lab.gear_withheld_danger")


def test_gear_withheld_needs_the_danger(matcher):
    # the gear refused with no dangerous work nor a hurt, and dangerous work with no gear refused
    assert_not_fired(matcher, ["office e mask dey na, nijer ta kine ani", "scaffolding e kaj kori, beton 800 riyal"],
                     "lab.gear_withheld_danger")


# --- 2. THE WORKER HANDED ON TO ANOTHER EMPLOYER (lab.handed_on_wide, widened)

HANDED = {
    "en": ["the sardar lent us to another kiln for the season, nobody asked us"],
    "bn": ["সর্দার আমাগো ৬ জনরে আরেক ভাটায় দিয়া দিছে, কেউ কিছু জিগায় নাই",
           "রাতে ট্রাকে তুইলা আমাগো আরেকটা কোম্পানিতে দিয়া দিছে, কাগজে আগের নাম"],
    "bn-Latn": ["kafil amake onno ek arbab er kase diye dise, 3 mash oikhane thakbi bole",
                "amader 5 jon ke 'bhara' dise ekta cleaning company ke, taka agent ney",
                "protimash agency amake notun madam er kache diye dey, beton madam ney"],
}
HANDED_OK = [
    "abbu gari ta onno malik ke bikri kore dise",
    "গাড়িটা আরেকটা কোম্পানিরে বেইচা দিছে",
    "dokan ta onno company ke bhara dise",
    "iqama transfer korse notun company te, ami nijei chaisilam, alhamdulillah",
]


def test_handed_on_grid(matcher):
    check_rule_grid(matcher, flat(HANDED), HANDED_OK, "lab.handed_on_wide")


# --- 3. THE PAPER, THE COMPANY OR THE HOUSE LOOKED UP AND FOUND TO BE NOTHING (dr.fake_documents, widened)

CHECKED_NONE = {
    "en": ["my uncle looked up the work permit at the ministry, nothing under that name",
           "the agency gave us a company name for the visa, I searched and found nothing on google"],
    "bn": ["ভিসার কাগজ এম্বাসিতে চেক করাইলাম, ওই নামে কিছুই নাই",
           "যেই বাসায় কাজ দিবো কইছিল, ওই ঠিকানায় গিয়া দেখি ওই নামে কোনো বাসাই নাই"],
    "bn-Latn": ["demand letter ta labour office e dekhailam, oi name e kono company nai",
                "visa copy ta online e check korlam, oi number er kono visa e nai"],
}
CHECKED_OK = [
    "searched that name on facebook for the job, nothing, she changed her account",
    "ওই নামে কোনো কন্টাক্ট নাই আমার ফোনে, কাজের লোকটার নম্বর দাও",
    "free visa name kono visa nai, oi name e kichu nai, bhai",
    "oi name e kono dokan nai bazar e, onno dokan e jao",
]


def test_checked_none_grid(matcher):
    check_rule_grid(matcher, flat(CHECKED_NONE), CHECKED_OK, "dr.fake_documents")


# --- 4. A PAYMENT SENT WITH AN ORDER ABOUT THE ONE HELD (pay.captive_paid_for_wide, widened)

CAPTIVE = {
    "en": ["sent 30k on bkash just now, put him on the boat and let me talk to him once"],
    "bn": ["নগদে ৪০ হাজার পাঠাইছি, কন যেন ভাইরে ঘর থেকে বের কইরা বোটে তুলবে",
           "রকেটে টাকা দিলাম, বসরে কন ছেলেরে যেন ছেড়ে দেয় আজকেই"],
    "bn-Latn": ["rocket e 15 hajar dilam, oder bolen Rubel ke jeno kalkei chere dey",
                "bkash e 20k pathaisi, baki kal, meye ke ekbar kotha bolaite bolen"],
}
CAPTIVE_OK = [
    "bkash e 2000 pathaisi, eid er gift, ammu ke bolo bazar theke ber hoye kine nite",
    "জুম্মার পর ইমাম সাহেব কইলেন, জমি বেইচা পোলারে বোটে তুইলা দিয়েন না, দালালরে ট্যাকা দিয়েন না",
    "sent 3000 on bkash for the ferry, he will take the boat home on friday",
]


def test_captive_paid_for_grid(matcher):
    check_rule_grid(matcher, flat(CAPTIVE), CAPTIVE_OK, "pay.captive_paid_for_wide")


# --- 5. HUNDI BY ITS WORKING PARTS (pay.informal_transfer, widened)

HUNDI = {
    "en": ["give the taka at Selim's shop here, his cousin will hand the dinar cash in Tripoli, commission 3%"],
    "bn": ["মালয়েশিয়ায় জামাল ভাই রিংগিত ক্যাশ হাতে দিয়া দিবে, এইখানে টাকা দেন, কমিশন ৩%"],
    "bn-Latn": ["Doha te Karim bhai riyal cash e diye dibe, ekhane amar kache taka dao, commission 4%",
                "party dollar pathabe, ami taka bhangiye apnar bkash e dibo, 2% amar"],
}
HUNDI_OK = [
    "bkash agent er commission 2% bole shunlam, cash out e charge kete ney",
    "hundi te na, bank e pathao, sorkar 2.5% pronodona dey",
    "dokan er lav 20 hajar, tomar share 5 hajar",
]


def test_hundi_parts_grid(matcher):
    check_rule_grid(matcher, flat(HUNDI), HUNDI_OK, "pay.informal_transfer")
