"""Round 30 of issue 15, part A: recall in threats and coercion, sexual exploitation and minors.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the harm of a threat said in other inflections and dialects (men sent to the home,
a limb broken in a dialect's future, a person sent into the sea; the conditional of 'an'/'bhang')
(thr.conditional_harm_wide); a night or a man's company asked as the price of the rent, the stay,
a passage or the job (sx.body_for_debt); a child's age said loosely beside a record's other age or a
record "fixed" (mn.age_record_changed_wide).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE THREAT'S HARM IN OTHER INFLECTIONS (thr.conditional_harm_wide: harm regexes of round 30, part A;
# the conditional endings of 'an' and 'bhang')

THREAT_HARM = [
    "if she says a word to the union, I'll send my men to her village",
    "whoever asks for the fare again goes into the sea",
    "কেউ কমিশনে কিছু কইলে ঠ্যাং ভাঙ্গিয়া দিমু",
    "চুক্তি ভাঙলে গ্রামে মানুষ পাঠামু",
    "পুলিশের নাম মুখে আনলে হাত ভাঙি দিবো",
    "raat e palaile pa bhaingga dimu, mone rakhis",
    "thanar nam mukhe anle tor bari te manush pathabo",
]

THREAT_LOOKALIKE = [
    "if you want I can send my guys to help you move on saturday",
    "every morning at Cox's Bazar we go into the sea before breakfast",
    "বাজার থেকে মাছ আনলে আমি রান্না করে দিব",
    "খেলতে গিয়ে পা ভেঙে গেছে, ডাক্তার দেখাতে হবে",
    "bazar theke mach anle ami ranna kore dibo",
    "cricket khelte giye pa bhenge gese, doctor dekhaite hobe",
]


def test_threat_harm_inflected(matcher):
    check_rule_grid(matcher, THREAT_HARM, THREAT_LOOKALIKE, "thr.conditional_harm_wide")


# --- 2. THE NIGHT OR HIS COMPANY AS THE PRICE OF THE ROOM, THE PASSAGE OR THE JOB (sx.body_for_debt:
# night_with and body_debt widened; night_plain keeps the company kept for the old or the sick quiet)

NIGHT_PRICE = [
    "the owner told my sister the room is rent free for her if she will keep him company on weekends",
    "the new girls go with the guards at night to pay for their passage",
    "মালিক কইছে এক রাত থাকলে এই মাসের ভাড়া মাফ",
    "malik bole ek rat thakle ei mash er bhara lagbe na",
]

NIGHT_PLAIN = [
    "my uncle says I can stay free at his place if I keep grandpa company in the evenings",
    "we go with the men from the mosque to pay for the iftar",
    "এক রাত থাকলে হোটেলের ভাড়া ২০০০ টাকা",
    "ek raat thakle hotel er bhara 2000, check out 12 tay",
]


def test_night_as_price(matcher):
    check_rule_grid(matcher, NIGHT_PRICE, NIGHT_PLAIN, "sx.body_for_debt")


# --- 3. A CHILD'S AGE SAID LOOSELY BESIDE THE RECORD'S OTHER AGE OR A RECORD "FIXED"
# (mn.age_record_changed_wide: age regexes, 'birth year', age_changed_r16c widened)

AGE_VS_PAPER = [
    "the helper looks maybe 13 but her NID says born 1996",
    "boy, 15, per the school register; the passport the agent made shows DOB 2002",
    "ভাগ্নির বয়স ১৫, দালাল বলছে পাসপোর্ট ঠিক কইরা দিমু",
    "মেয়ে তো ১৪ তে পড়ছে, কাজী কইছে কাগজে বয়স ১৮ লিখে দিবে",
    "bhagni to 15, dalal bolse passport e birth year 2001 kore dibe",
]

AGE_PLAIN = [
    "my passport expires in about 15 days, I was born 1990, will renew",
    "we were about 12 people at the passport office, my birth year 1988 is wrong on it",
    "amar passport e birth year 1990, renew korte maybe 15 din lagbe",
]


def test_age_against_papers(matcher):
    check_rule_grid(matcher, AGE_VS_PAPER, AGE_PLAIN, "mn.age_record_changed_wide")
