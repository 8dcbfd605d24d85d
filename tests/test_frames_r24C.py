"""Round 24 of issue 15, part C: the concept classes of the slots (control, sexual exploitation, fees, payments).

Mechanisms kept through the validation gate by their breadth on the training sets (the block "round 24,
part C" of ``rules/shared.lexicon.yaml``, ``*_r24C``): any paper said with an ordinary verb or place of
keeping beside the asking refused or the return put off (``doc.kept_by_other_wide``); a person said to be
bought or paid for, in the passive or by the payer, near working it off, the leaving or the money to give
back (``thr.sold``); a sum paid every month or week to a named person in control or his man, as a due
(``fd.sponsor_paid_monthly``). Each is written in the three scripts with innocent near-misses. None of
these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. PAPERS HELD, WITH THE ASKING REFUSED OR THE RETURN PUT OFF (doc.kept_by_other_wide, round 24 branch)

PAPERS_HELD = {
    "en": ["our ID cards are in the supervisor's drawer, he says we get them back after the season",
           "the work permits are with HR, they handed us only a photocopy each",
           "my residence card is company property now, the foreman says, and nobody leaves the site"],
    "bn": ["আমাদের পারমিট কার্ড ম্যানেজার রাখে, তিনবার চাইছি, দেয় না",
           "ইকামা মালিকের লকারে, চাইলে বলে কাজ শেষ হলে দেখবো"],
    "bn-Latn": ["amar work permit card manager er locker e, chaile bole contract sesh hole",
                "sobar NID card sardar rakhe, 2 bar chaisi, ferot dey na"],
}
PAPERS_OK = [
    "my passport is in my own locker, I can take it when I ask",
    "passport ta nijer locker e rakhi, chaile ami nijei khuli",
    "ভিসা স্টাম্পিং এর জন্য পাসপোর্ট অফিসে জমা, দুই সপ্তাহ পরে দিবো বলছে",
    "Abbu passport ta almari te rekhe dilam, kauke dio na, ami fire ashle nibo",
    "আম্মা, আমার আইডি কার্ডটা ট্রাঙ্কের ড্রয়ারে রাইখো, কাউরে দিও না",
    "we keep our work permits ourselves, the office has only a copy",
    "NID ar jonmo nibondhon ready rakho, kazi saheb chaibe",
]


def test_papers_held_grid(matcher):
    check_rule_grid(matcher, flat(PAPERS_HELD), PAPERS_OK, "doc.kept_by_other_wide")


def test_papers_held_one_slot_alone(matcher):
    # the keeping with no refusal, and a refusal with no paper kept
    assert_not_fired(matcher, ["the iqama cards are in the office drawer", "amar beton dey na, 3 mash hoye gelo"],
                     "doc.kept_by_other_wide")


# --- 2. A PERSON BOUGHT OR PAID FOR, NEAR WHAT BINDS THEM (thr.sold, round 24 branch)

PERSON_PAID = {
    "en": ["the owner told her she was bought for 50,000 and has to work it off first",
           "the new boss says he paid for us, 2 lakh each, and we must work for him until it is back"],
    "bn": ["চলে যাবি? আগে আমার ৮০ হাজার টাকা ফেরত দে, মাগনা আনি নাই তোরে",
           "খালা কয় ৯০ হাজার দিয়া আমারে কিনছে, শোধ না হইলে ছাড়বে না"],
    "bn-Latn": ["khala bole 70 hajar diye amake kinse, kaj kore shodh na hole chharbe na",
                "tui jaite chas? age amar 1 lakh ferot de, magna ani nai tore"],
}
PERSON_PAID_OK = [
    "my father paid for me 2 lakh for the course, I will pay him back",
    "amake kine dise ekta ghori 5 hajar taka, pore ferot dite hobe",
    "we paid for her ticket, 40 thousand, she flies home on Friday",
]


def test_person_paid_grid(matcher):
    check_rule_grid(matcher, flat(PERSON_PAID), PERSON_PAID_OK, "thr.sold")


def test_person_paid_one_slot_alone(matcher):
    assert_not_fired(matcher, ["she was bought a new dress for the wedding", "you can't leave the call before 10"], "thr.sold")


# --- 3. A SUM PAID AGAIN AND AGAIN TO A PERSON IN CONTROL (fd.sponsor_paid_monthly, round 24 branch)

MONTHLY_DUE = {
    "en": ["every month we must pay the supervisor 200 ringgit cash or no overtime",
           "each month the supervisor takes 300 dinar from every one of us, or he says the permit is not renewed"],
    "bn": ["প্রতি মাসে ৫০০ রিঙ্গিত এজেন্টের লোকের হাতে দিতে হয়",
           "প্রতি মাসে সুপারভাইজারকে ২০০ দিনার ক্যাশ দিতে হয়, না দিলে ভিসা নবায়ন হবে না"],
    "bn-Latn": ["protimash manager ke 300 riyal dite hoy, na dile iqama renew hobe na",
                "mash e mash dalal er lok ke 5 hajar taka dite hoy, beton theke"],
}
MONTHLY_OK = [
    "every month I have to pay the landlord 3000 taka rent",
    "প্রতি মাসে কোচিং এর স্যারকে ২০০০ টাকা দিতে হয়",
    "protimash bari vara 5 hajar taka malik ke dite hoy",
    "kafeel protimash 1500 riyal beton dey, kono somossa nai",
]


def test_monthly_due_grid(matcher):
    check_rule_grid(matcher, flat(MONTHLY_DUE), MONTHLY_OK, "fd.sponsor_paid_monthly")


def test_monthly_due_one_slot_alone(matcher):
    assert_not_fired(matcher, ["supervisor ke 400 taka dite hobe", "protimash 400 dollar pathai ammu ke"],
                     "fd.sponsor_paid_monthly")
