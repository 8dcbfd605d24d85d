"""Round 22 of issue 15, part C: mechanisms of control, threats and labour said in general words, kept by a
validation gate (sets nobody read, seen only in aggregate).

Each change is the shape of what is said, not a writer's nouns: the phone or the talk home rationed by the one in
control (minutes, given, taken back, on the speaker); the threatener's knowing of the house, the school or the
address in any person; sleep cut to a few hours or none by the work; a worker sent to another's house with her pay
kept or not raised. Each is written in the three scripts, with innocent near-misses and one slot alone. None of
these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. CONTACT RATIONED BY THE ONE IN CONTROL (iso.contact_rationed_wide)

RATIONED = {
    "en": ["the manager gives us the phone 5 minutes on friday and stands right there",
           "we get 10 min to call home once a week, madam listens on speaker",
           "the supervisor allows 3 minutes of phone and then collects them again"],
    "bn": ["মালিক রাতে ১০ মিনিট ফোন দেয়, পাশে বইসা থাকে",
           "সপ্তাহে একবার বাড়িতে কথা বলতে দেয়, পাঁচ মিনিটের লাইগা দেয়",
           "ম্যাডাম ৫ মিনিট ফোন দিব কইছে, লাউডস্পিকারে"],
    "bn-Latn": ["sardar shoptahe ek bar 5 minit phone dey, pashe daraye thake",
                "amra 10 din por ek bar phone pai, 3 minute",
                "malik bari te kotha bolte 2 minute dey, speaker e"],
}
RATIONED_OK = [
    "I'll call you back in 10 minutes, I'm on the bus",
    "call me after 10 minutes, meeting now",
    "only 5 minutes left in the match, call me later",
    "১০ মিনিট পরে ফোন দিব, রাস্তায় আছি",
    "পরীক্ষার পরে আব্বু দিনে ৩০ মিনিট ফোন দেয়",
    "10 minute por phone dibo, ekhon bazar e",
    "abbu homework er por 20 minute phone dey",
    "jail e shoptahe ek bar 5 minute phone dey, ukil bolse",
]


def test_rationed_grid(matcher):
    check_rule_grid(matcher, flat(RATIONED), RATIONED_OK, "iso.contact_rationed_wide")


def test_rationed_one_slot_alone(matcher):
    assert_not_fired(matcher, ["the phone call lasted 10 minutes, she is fine",
                               "ফোনে ১০ মিনিট কথা হইছে, আম্মা ভালো আছে",
                               "manager pashe thake sob somoy, kaj bhalo"],
                     "iso.contact_rationed_wide")


# --- 2. THE ONE WHO THREATENS KNOWS THE HOUSE, WIDENED (thr.knows_where_wide)

KNOWS = {
    "en": ["he knows where your son goes to school, think about it",
           "we know the house in Comilla, sign the paper",
           "your home address is with me, dont play games"],
    "bn": ["তোর বাড়ির ঠিকানা আমার কাছে, বেশি কথা বলিস না",
           "ঠিকানা আমার জানা আছে, তোর মাইয়ার স্কুলও চিনি"],
    "bn-Latn": ["tor bari r address amar jana ase, chup thak",
                "tor baccha kon school e jay amader jana ache, mamla tule ne"],
}
KNOWS_OK = [
    "I know where the school is, I'll pick her up at 2",
    "we know the house, we'll come over for dinner on friday",
    "বাচ্চাদের স্কুল কাল বন্ধ, সবাইকে জানিয়ে দিয়েন",
    "address amar kache ase, parcel ta pathiye dibo",
]


def test_knows_widened_grid(matcher):
    check_rule_grid(matcher, flat(KNOWS), KNOWS_OK, "thr.knows_where_wide")


# --- 3. SLEEP CUT BY THE WORK (lab.sleep_denied_wide)

SLEEP = {
    "en": ["the boss keeps us on the line till 2am, 3 hours sleep and the shift again",
           "no sleep for two nights, the manager says finish the order first",
           "we sleep 4 hrs, then work all day in the yard"],
    "bn": ["সারাদিন কাজ, রাতে ঘুম ৩ ঘণ্টা, মালিক কয় আরো বাকি",
           "ম্যাডাম ঘুমাইতে দেয় না, রাত ভর কাজ"],
    "bn-Latn": ["saradin kaj, ghum 3 ghonta, sardar gali dey",
                "target shesh na hole ghumaite dey na, duty cholbe",
                "rat 3 tay ghumai, shokal theke abar kaj"],
}
SLEEP_OK = [
    "exam week, I slept 3 hours, the project work is due",
    "new baby at home, 2 hours of sleep, work is fine",
    "Me at work after no sleep, a whole mood lol",
    "পরীক্ষার জন্য ঘুম ৩ ঘণ্টা, কাজ সব বাকি",
    "biye barir kaj, ghum nai 2 din, lol",
]


def test_sleep_grid(matcher):
    check_rule_grid(matcher, flat(SLEEP), SLEEP_OK, "lab.sleep_denied_wide")


def test_sleep_one_slot_alone(matcher):
    assert_not_fired(matcher, ["I slept 3 hours on the flight, landed fine",
                               "ঘুম ৩ ঘণ্টা হইছে, মাথা ব্যথা"],
                     "lab.sleep_denied_wide")


# --- 4. THE WORKER LENT TO ANOTHER HOUSE, WIDENED (lab.worker_lent_out)

LENT = {
    "en": ["I sent our helper to my brother's house for the week, no need to pay her extra",
           "madam lends me to her daughter's flat on fridays, her pay stays the same she says"],
    "bn": ["কাজের মেয়েটারে বোনের বাসায় পাঠাইছি এক মাসের জন্য, বেতন আমিই রাখমু",
           "ওরে গুলশানের এক বাসায় দিয়া দিমু, ওরা ২০ হাজার দিতে রাজি"],
    "bn-Latn": ["amader protidin onno site e niye jay, oi malik boss ke taka dey, amra kichui pai na",
                "buwa ke meyer basay pathaisi, beton ami rakhbo"],
}
LENT_OK = [
    "I sent my son to my sister's house for the holidays, no need to pay for the bus",
    "ammu amake khalar basay pathaise, bhaiya dite raji hoise na",
    "বোনের বাসায় মিষ্টি পাঠাইছি, খুব মজা",
]


def test_lent_widened_grid(matcher):
    check_rule_grid(matcher, flat(LENT), LENT_OK, "lab.worker_lent_out")
