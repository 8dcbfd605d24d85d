"""Round 21 of issue 15, part G: concept classes of existing wide frames widened, tested as grids.

Each change widens a class a frame already uses (the block "round 21, part G" of
``rules/shared.lexicon.yaml``, ``*_r21g``), from the indicator's definition: told one job and found
another (the telling named as a lie, a post in a house, the farm or estate found, what the employer
says now, understood later: ``dr.told_found_wide``); a harm promised on a condition (a relative never
to be seen alive, not even the body, a theft made up and told to the police:
``thr.conditional_harm_wide``); a child's age behind a record (the child named by kin, the record
changed or the age "fixed" in the papers, the adult age "shown": ``mn.age_record_changed_wide``); a
debt worked off against the holder's own ledger (the costs written to the worker's name, the account
unseen or never shrinking: ``fd.debt_bondage_wide``). Each
is written in the three scripts and their registers, with innocent near-misses. None of these
phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. TOLD ONE JOB, FOUND ANOTHER (dr.told_found_wide)

TOLD_FOUND = {
    "en": ["they told my uncle it was a hotel job in Muscat, then they took him to a farm with camels",
           "agent lied to us, said factory work in Johor. they took us to a farm outside the town",
           "the lady said only cooking and babysitting. now madam says I clean 3 floors and her sister's house too",
           "they said packing job in a warehouse, we figured it out on the first night: it's a farm"],
    "bn": ["দালাল কইছিল হোটেলে রান্নার কাজ, গিয়া দেখি খামারে গরু দেখাশোনা",
           "আমাদের কইছিল কারখানায় সেলাইয়ের কাজ, এখন মালিক কয় ছাগল চরাইতে হবে"],
    "bn-Latn": ["bole pathaise restaurant e kaj, giye dekhi ek farm e rakhse, chagol chorai",
                "khala bolse shudhu baccha dekha, ekhon madam bole puro bari mucha lagbe",
                "dalal amader sathe mittha bolse, factory job bole ekhon bhera chorai"],
}
TOLD_FOUND_OK = [
    "they told me the hotel job starts monday, alhamdulillah all as promised",
    "amma bolse kaj ache, giye dekhi biriyani ready",
    "amma bolse ranna kore rakhbe, giye dekhi biriyani ready",
    "my cousin said his new job is on a farm near Perth, he loves the sheep",
    "দালাল কইছিল হোটেলে রান্নার কাজ, আলহামদুলিল্লাহ কথা মতো কাজ পাইছি",
]


def test_told_found_grid(matcher):
    check_rule_grid(matcher, flat(TOLD_FOUND), TOLD_FOUND_OK, "dr.told_found_wide")


def test_told_found_one_slot_alone(matcher):
    assert_not_fired(matcher, ["he lied about the cricket score lol", "goats on the farm are sick today",
                               "ekhon madam bole chai banao"], "dr.told_found_wide")


# --- 2. A RELATIVE'S LIFE, OR A THEFT MADE UP, ON A CONDITION (thr.conditional_harm_wide)

HARM = {
    "en": ["if your family goes to the police you won't see him alive",
           "if you run again we tell police you stole the jewellery",
           "if you file the case you will never see her alive"],
    "bn": ["মামলা করলে মাইয়ারে আর জিন্দা দেখবি না",
           "বাকি টাকা না দিলে ছেলেরে জীবিত পাবা না"],
    "bn-Latn": ["thanay gele chele ke ar jinda dekhbi na",
                "taka na dile tor bhai re jinda pabi na"],
}
HARM_OK = [
    "if the flood comes again, we won't see the crops alive lol",
    "অপারেশন সফল হলে ওকে জিন্দা দেখবো ইনশাআল্লাহ",
    "news: the police said she stole from the shop, she was arrested",
]


def test_harm_grid(matcher):
    check_rule_grid(matcher, flat(HARM), HARM_OK, "thr.conditional_harm_wide")


def test_harm_one_slot_alone(matcher):
    assert_not_fired(matcher, ["alhamdulillah amra or jinda fera dekhsi", "I want to see him alive and happy"],
                     "thr.conditional_harm_wide")


# --- 3. A CHILD'S AGE BEHIND A CHANGED RECORD (mn.age_record_changed_wide)

AGE = {
    "en": ["my niece is 15, they changed her birth certificate to 2004 and sent her to Riyadh",
           "need 3 girls 14-16, we fix the age in the papers, no tension",
           "his son is only 13 but the passport shows 19"],
    "bn": ["মেয়ের বয়স ১৫, কাগজে বয়স দেখাইছে ১৯",
           "ছেলেটার বয়স ১৪, কাগজপত্রে বয়স ঠিক কইরা দিমু"],
    "bn-Latn": ["meyer boyos 15, kagoje dekhaise 20, keu bujhbe na",
                "cheler boyos 14, kagoj e boyos thik kore dibo"],
}
AGE_OK = [
    "my brother is 16, he changed his school this year",
    "meyer boyos 15, school er kagoj jama dite hobe",
    "the papers show 2 years of experience, he is 25",
]


def test_age_grid(matcher):
    check_rule_grid(matcher, flat(AGE), AGE_OK, "mn.age_record_changed_wide")


def test_age_one_slot_alone(matcher):
    assert_not_fired(matcher, ["my cousin is 16 today, happy birthday!", "fix the papers before the meeting"],
                     "mn.age_record_changed_wide")


# --- 4. A DEBT WORKED OFF AGAINST THE HOLDER'S OWN LEDGER (fd.debt_bondage_wide)

LEDGER = {
    "en": ["the advance was 40k, I work every day and he writes it in his notebook, the number never goes down",
           "my debt for the ticket and the room, boss says more every month, it never goes down"],
    "bn": ["দাদনের টাকা এখনো বাকি, সর্দার খাতা দেইখা কয় আরো লাগবো, হিসাব দেখায় না",
           "ভিসার খরচ তোর নামে লেখা আছে, হিসাব মালিকের কাছে, কাজ কইরা শোধ কর"],
    "bn-Latn": ["dadon er taka ekhono baki, sardar hisab dekhay na, khali bole aro ase",
                "ticket visa sob tor naame lekha, hisab malik rakhe, debt kome na"],
}
LEDGER_OK = [
    "bhai er kache 5 hajar dhar nisi, salary pele ferot dibo, hisab amar kache",
    "my weight never goes down no matter what I eat lol",
    "NGO loan er kisti dicchi, hisab dekhay na bole office e complain korsi",
]


def test_ledger_grid(matcher):
    check_rule_grid(matcher, flat(LEDGER), LEDGER_OK, "fd.debt_bondage_wide")


def test_ledger_one_slot_alone(matcher):
    assert_not_fired(matcher, ["the price never goes down in this market", "khata dekhe bolo koto holo"],
                     "fd.debt_bondage_wide")

