"""Round 20 of issue 15, part D: two concept classes widened, tested as grids.

A threat's papers cancelled by the one in control in the third person or the plural, or said bare after
its condition, its condition said of the workers as a group, immigration called on the worker and a theft
made up against her (``thr.conditional_harm_wide``); months of work with nothing received, the salary
unnamed, the wage said to be zero or "kept with the company" (``lab.wages_withheld``). Each in the three
scripts and their registers, with innocent near-misses. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A HARM PROMISED ON A CONDITION, WIDENED (thr.conditional_harm_wide)

HARM = {
    "en": ["if we say no to the extra shift the boss will cancel our work permit",
           "if they complain again he said he will cancel all the permits",
           "if you talk to the auditor u go to detention camp, you know what happens then",
           "if u run away madam will tell them you stole her gold"],
    "bn": ["ছুটি নিলে মালিক কয় পারমিট বাতিল, টিকিটও নিজের টাকায়",
           "বেশি কথা কইলে ম্যানেজার ভিসা বাতিল করবে কইছে",
           "পালাইলে চুরির মামলা দিয়া দিবো কইছে"],
    "bn-Latn": ["salary niye kotha bolle supervisor bole tor iqama cancel.",
                "na shunle visa cancel kore dibe bolse boss",
                "jodi amra strike kori company bolse immigration ke dibo"],
}
HARM_OK = [
    "if you miss the flight the visa cancel hoye jabe, tai time moto ashen",
    "jodi onno company te jete chan permit cancel korte hobe age",
    "if we cancel the booking today we get the money back",
    "if they ask, the immigration police counter is on the left",
    "পরীক্ষায় ফেল করলে ভিসা বাতিল হয়ে যাবে না, চিন্তা কইরো না",
]


def test_harm_grid(matcher):
    check_rule_grid(matcher, flat(HARM), HARM_OK, "thr.conditional_harm_wide")


def test_harm_one_slot_alone(matcher):
    assert_not_fired(matcher, ["the boss will cancel our work permit next year, new rule",
                               "immigration police checked our papers today", "ami amar visa cancel korte chai"],
                     "thr.conditional_harm_wide")


# --- 2. MONTHS OF WORK WITH NOTHING RECEIVED (lab.wages_withheld)

UNPAID = {
    "en": ["6 months not a penny on this job, boss says next week every week",
           "kitchen job since march, 5 months nothing paid",
           "contract says 900 a month. 4 months not a penny"],
    "bn": ["কারখানায় কাজ করি, পাঁচ মাসে একটাও পাই নাই",
           "মালিকের বাসায় চার মাস, এক পয়সাও পাই নাই",
           "দুই বছর কাজ করলাম, বেতন শূন্য"],
    "bn-Latn": ["farm e kaj 6 mash, ekta taka o paini",
                "duty kori 9 mash dhore, kichui pai nai",
                "malik bole 4 mash er beton company r kache jama ase, chaile dey na"],
}
UNPAID_OK = [
    "3 months no money for the rent, bank loan is killing me",
    "amar roommate 3 mash kichui pai nai bole dhar nise",
    "6 mash por salary barbe bolse, kaj bhalo",
    "school er beton 3 mash baki",
    "bondhu Dubai te 5 mash kaj pay nai, ekhon deshe fire ashbe",
    "৩ মাস কাজ করলাম, বেতন পাইছি সব",
]


def test_unpaid_grid(matcher):
    check_rule_grid(matcher, flat(UNPAID), UNPAID_OK, "lab.wages_withheld")


def test_unpaid_one_slot_alone(matcher):
    assert_not_fired(matcher, ["5 months in this job", "no money this week, ammu", "কিছুই পাই নাই দোকানে"],
                     "lab.wages_withheld")
