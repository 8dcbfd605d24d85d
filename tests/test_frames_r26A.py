"""Round 26 of issue 15, part A: recall where new writers lose most (minors, threats, sexual exploitation).

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: a child out of school said as a state, or the SSC not yet sat, as the dropout
that lets a child's age beside work stand (mn.minor_age_stated, mn.child_recruit); the images held by
the writer and the reader's kin named as where they go (thr.images_to_kin); a hurt done and more of it
promised on a condition (thr.menace_by_example); the women driven off at night, the car the means
(sx.sent_to_men_at_night); new women counted with an ad's plainer terms (sx.new_girls_announced).
None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A CHILD OUT OF SCHOOL, SAID AS A STATE; THE SSC NOT YET SAT (mn.minor_age_stated)

OUT_OF_SCHOOL = [
    "bhatija ta 12 bochor, garage e kaj kore sara din, school e jay na",
    "ভাইয়ের মেয়েটা ১৩ বছরের, ঢাকায় এক বাসায় কাজ করে, স্কুলে যায় না",
    "my cousin's boy is 13, works at the tea stall all day, not allowed to go to school",
    "choto bhai er boyos 15, SSC o dey nai, dalal bolse dubai te kaj",
    "meyeta 14 bochor, hotel er rannaghore kaj kore raat porjonto, school nai",
]

SCHOOL_TALK = [
    "meyer boyos 14, aj school nai, or class er kaj ta korche",
    "chele 15 bochor, ei bochor SSC dibe, kaj er kotha pore",
    "meyer boyos 14, class 9 e pore, school e jay protidin",
    "ছেলের বয়স ১২ বছর, স্কুলে পড়ে, আজ স্কুল বন্ধ",
]


def test_child_out_of_school_beside_work(matcher):
    check_rule_grid(matcher, OUT_OF_SCHOOL, SCHOOL_TALK, "mn.minor_age_stated")


# --- 2. THE IMAGES HELD, AND THE KIN THEY GO TO (thr.images_to_kin)

IMAGES_TO_KIN = [
    "tomar video gula amar kache ase, tomar shami ke pathabo naki? bujhe shune cholo",
    "তোমার ছবিগুলা আমার কাছে আছে, তোমার স্বামীরে দেখামু? আর কোনো কথা না",
    "block me again and I'll send your husband the videos",
    "I'll send her the clips first, then your father",
]

PHOTOS_SHARED = [
    "tor trip er chobi gula amar kache ache, tor ammu ke pathabo? bujhli",
    "tor chobi gula amar kache ache, tor ammu ke pathabo? kal dekha hobe",
    "I'll send your mom the photos of the new flat tomorrow",
    "বিয়ের ছবিগুলা আমার কাছে আছে, তোর আম্মারে পাঠামু? বুঝলি",
]


def test_images_held_sent_to_kin(matcher):
    check_rule_grid(matcher, IMAGES_TO_KIN, PHOTOS_SHARED, "thr.images_to_kin")


# --- 3. A HURT DONE, AND MORE OF IT PROMISED (thr.menace_by_example)

HURT_AND_MORE = [
    "kal amake iron diye chhyaka dise, bole abar deri korle aro dibe",
    "পাশের রুমের মেয়েটারে কারেন্ট দিছে, কয় কান্দাকাটি করলে আরো দিবো",
    "the supervisor slapped me twice and said if you cry again you'll get more",
    "Shirin ke current dise, amader bolse kotha bolle same hobe",
]

NO_MENACE = [
    "boss amake marse na, bole bhalo kaj korle aro dibe bonus",
    "ranna korte giye khunti lege hath e daag pore gese, doctor bole thanda pani dile aro bhalo hobe",
    "madam khub bhalo, bole porikkha bhalo dile aro dibe",
]


def test_hurt_then_more_promised(matcher):
    check_rule_grid(matcher, HURT_AND_MORE, NO_MENACE, "thr.menace_by_example")


# --- 4. THE WOMEN DRIVEN OFF AT NIGHT (sx.sent_to_men_at_night)

DRIVEN_AT_NIGHT = [
    "oder flat e rakhse, meyeder raat e gari kore party te pathay",
    "ফ্ল্যাটে পাঁচটা মেয়ে রাখছে, রাতে গাড়ি আইসা নিয়া যায়",
    "a car takes the girls from the flat every night and brings them back at six",
]

RIDE_HOME = [
    "hotel er night shift shesh hole raat e gari kore meyeder basay pouche dey",
    "after the night shift the factory van takes the girls home at night",
    "biyer party shesh, raat e gari kore meyeder bari pouche dilam",
    "আজ রাতে হোটেলে গেস্টদের জন্য গাড়ি পাঠাবে",
]


def test_women_driven_off_at_night(matcher):
    check_rule_grid(matcher, DRIVEN_AT_NIGHT, RIDE_HOME, "sx.sent_to_men_at_night")


# --- 5. NEW WOMEN COUNTED, WITH AN AD'S PLAINER TERMS (sx.new_girls_announced)

COUNTED_NEW = [
    "Sylhet er 2 ta notun ashse, boyos 18-19, room amra dibo",
    "নতুন তিনজন আইছে, বয়স কম, ছবি পাঠাইতেছি, পছন্দ হইলে জানান",
    "three Nepali girls arriving friday from Kathmandu, rate fixed, call me first",
]

COUNTED_ORDINARY = [
    "2 ta notun meye ashse bashar kajer jonno, rate 12 hajar mash e",
    "two new girls arriving monday from the academy, booking for the volleyball hall is done",
    "notun 2 ta phone ashse, rate kom, booking din",
    "নতুন দুইজন আসছে অফিসে, ট্রেনিং চলছে, বুকিং এর কাজ করবে",
]


def test_new_women_counted(matcher):
    check_rule_grid(matcher, COUNTED_NEW, COUNTED_ORDINARY, "sx.new_girls_announced")


def test_slots_alone_stay_quiet(matcher):
    # one slot of each combination alone
    assert_not_fired(matcher, ["tor chobi gula amar kache ache"], "thr.images_to_kin")
    assert_not_fired(matcher, ["bole abar deri korle aro dibe"], "thr.menace_by_example")
    assert_not_fired(matcher, ["meyeder raat e gari kore pathay"], "sx.sent_to_men_at_night")
    assert_not_fired(matcher, ["3 ta new ase, boyos 19-20"], "sx.new_girls_announced")
