"""Round 17 of issue 15, part R2: the round 16 wide frames of control, threats and minors widened, and one
frame more, tested as grids.

Each change is an indicator's definition (ILO 2012, UNODC, ILO C182) as broad slots standing near each
other (the concepts of the block "round 17, part R2" of ``rules/shared.lexicon.yaml``): a harm on a
condition that is the worker denounced to the authorities, a kin who never comes back or "not only a
warning"; a child's age in words or as "she is 14" near housework or pay in the parents' hands; contact
made in secret from a controller who holds the phone. Each is written in the three scripts and their registers, with innocent near-misses. None of these
phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. A HARM ON A CONDITION, WIDENED (thr.conditional_harm_wide): denounced, never back, not only a warning

HARM = {
    "en": ["whoever talks to the inspector gets reported as runaway, understand",
           "anyone who runs, we call immigration, you go home in handcuffs",
           "shut up about the salary or next time it is not just a warning",
           "last warning, one more complaint and the police will catch you as illegal"],
    "bn": ["মামলা করলে তোর ভাই আর ফেরত আসবে না",
           "বেশি বাড়াবাড়ি করলে পলাতক মামলা দিয়া দিমু",
           "অভিযোগ তুলে না নিলে ফল ভালো হবে না"],
    "bn-Latn": ["complain korle huroob kore dibo, tarpor deshe pathabo",
                "kotha na shunle tor pola ar feret ashbe na",
                "beshi bolle police e dhoraye dibo"],
}
HARM_OK = [
    "if you miss the bus you will have to call home office in the morning",
    "jodi somoy pao, gram e ashbe, khub bhalo lagbe",
    "anyone who wants tea, the kettle is in the kitchen",
    "যদি বৃষ্টি হয় তাহলে খেলা হবে না",
]


def test_harm_widened_grid(matcher):
    check_rule_grid(matcher, flat(HARM), HARM_OK, "thr.conditional_harm_wide")


def test_harm_widened_one_slot_alone(matcher):
    assert_not_fired(matcher, ["he was reported as runaway by his sponsor last year, now the case is closed",
                               "last warning for the library books, return them"],
                     "thr.conditional_harm_wide")


# --- 2. A CHILD'S AGE IN WORDS OR AS "SHE IS 14" NEAR WHAT THE CHILD IS PUT TO (mn.child_put_to_use_wide)

CHILD = {
    "en": ["your niece is 13, the family in Doha wants her for housework and minding the baby",
           "the boy is 12 max, he sells roses at the signal, parents get paid monthly",
           "girls aged 14 to 16 needed, the madam will keep them, pays the parents"],
    "bn": ["মেয়েটার বয়স বারো তেরো হবে, সাহেবের বাসায় কাজ করে",
           "ওর বয়স মাত্র চৌদ্দ, বেতন মায়ের হাতে দেয়"],
    "bn-Latn": ["meye ta boyosh choddo, madam er basay kaj korbe",
                "pola ache 13-15, border par kore nibo"],
}
CHILD_OK = [
    "my daughter is 13, she goes to school by bus",
    "my son is 14, his exam result came out today",
    "আমার মেয়ের বয়স চৌদ্দ, ওর পরীক্ষা সামনে",
    "the price is 14 dollars, delivered to the house",
    "meye ta boyosh choddo, class nine e pore, tuition lagbe",
]


def test_child_widened_grid(matcher):
    check_rule_grid(matcher, flat(CHILD), CHILD_OK, "mn.child_put_to_use_wide")


# --- 3. CONTACT MADE IN SECRET FROM A CONTROLLER WHO HOLDS THE PHONE (iso.contact_hidden_wide)

HIDDEN = {
    "en": ["boss listens to every call after dinner. writing from the cook's phone, dont call back",
           "boss listens to my calls on speaker, i msg secretly when he sleeps",
           "not allowed to call home, delete this msg after u read"],
    "bn": ["রাতে মালিক সব ফোন নিয়া যায়, আমি লুকিয়ে লিখলাম, এই নম্বরে আর কল দিও না",
           "বাড়িতে ফোন করতে দেয় না, সুযোগ পাইলে আমি আবার দিমু"],
    "bn-Latn": ["madam sob shune, tai gopone msg dilam, ar call dio na",
                "bahire jaite dey na, ei msg ta onner phone theke dicchi, delete kore dio"],
}
HIDDEN_OK = [
    "my phone broke, writing from a friend's phone, dont call back this number",
    "phone nosto, bondhur phone theke dicchi, ar call dio na",
    "ফোন নষ্ট, বন্ধুর ফোন থেকে দিলাম, এই নম্বরে আর কল দিও না",
    "abbu jante parle phone bhainga dibe, lukiye kotha boli",
    "hostel e phone mana, lukiye dicchi, exam er por kotha hobe",
    "planning a surprise for mom, dont call back, she listens to everything",
]


def test_hidden_grid(matcher):
    check_rule_grid(matcher, flat(HIDDEN), HIDDEN_OK, "iso.contact_hidden_wide")


def test_hidden_one_slot_alone(matcher):
    assert_not_fired(matcher, ["dont call back, im in a meeting", "madam sob shune, khub bhalo manush"],
                     "iso.contact_hidden_wide")
