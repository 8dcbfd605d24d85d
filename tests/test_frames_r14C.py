"""Round 14 of issue 15, part C: scenes of control and threats, tested as grids.

The held-out sets of round 13 (dev72 to dev79: a help desk's caseworker, a cyber-crime analyst, a
legal-aid lawyer, a child-protection officer, an airport welfare desk, a journalist on the Libyan route,
a counsellor of girls brought back, a forensic examiner of scam compounds' phones) missed control and
threats mostly with no hit at all. Each scene below was written first as a family in the three scripts
(the concepts of the block "round 14, part C" of ``rules/shared.lexicon.yaml``) and joined to a rule;
none of these phrasings is a dev set's sentence. Every one must reach the review line by the rule named,
and its innocent twins must not fire it.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. THE HOUSE'S REGIME (iso.house_rules): no phone at all, the SIM broken, only his set or his
# number, going out only with him or his wife, the family turned away at the gate, the address kept
# from her, the windows covered, the door opened only for food, the secret message, moved again and
# again, called by a number, her facebook deleted, the cover for whoever asks, an island's one boat,
# her passport with the manager or the landlady

REGIME = {
    "en": ["don't give the new girl a phone. she goes out only with me or my wife",
           "they broke our sims the first night. the windows have paper on them, we see nothing",
           "only the phone i give you, and if anyone asks, you are my cousin from Khulna",
           "we are moved room to room every week, they call us by number, mine is 12",
           "No phones allowed for the maids. Her family came and was turned away at the gate",
           "passport is with the manager, only company boat once a week, no ferry from here",
           "delete your facebook now, don't message your friends, and if anyone asks you are my niece",
           "i am writing on a phone from a customer, they check, they moved us again last night",
           "the door only opens when they bring food, they broke everyone's sim"],
    "bn": ["মেয়েদের কাছে কোনো ফোন থাকবে না। বাইরে গেলে সাথে একজন লোক যায়",
           "সিমটা ভাইঙ্গা ফেলছে, এখন শুধু আমার দেওয়া সেট চালাই",
           "ঠিকানা জিজ্ঞেস করলে বলে তোর জানার দরকার কি, জানালায় কাগজ লাগানো",
           "এক ঘর থেকে আরেক ঘরে নেয়, নাম ধরে ডাকে না, নম্বর ধরে ডাকে",
           "পাসপোর্ট মালিকের কাছে, মা দেখা করতে আসছিল, গেট থেকে ফিরাই দেয়",
           "দরজা খোলে না, আরেকজনের ফোন থেকে লুকায়া লিখতেছি",
           "ফেসবুক খুলবি না, কেউ জিগাইলে কইবি তুই আমার ভাগ্নি"],
    "bn-Latn": ["sim card vainga dise, ekhon sudhu amar dewa phone e kotha bolbi",
                "passport bariwalir kache, dokaneo eka jete dey na",
                "thikana jigaile bole tor janar dorkar ki, janalay kagoj deya",
                "ek jaiga theke arek jaiga e niye jay, number dhore dake",
                "fb kholbi na, keu jiggesh korle bolbi tui amar bhagni",
                "dorja khole na, arekjoner phone theke dilam, reply diyen na"],
}
REGIME_OK = [
    "don't give the baby any phone, she's 2, and no wifi password for the kids before exams",
    "the hostel gate closes at 10, visitors are turned away at the gate after that",
    "you are my cousin, so you get the family discount, lol",
    "the shop door only opens at 10 am, the landlord's number is on the board",
    "we moved house three times this year, my brother calls the kids by number when he is tired, joke",
    "passport is with the agent for the visa stamping, i'll get it monday",
    "no ferry from the island today because of the storm, the boats are back tomorrow",
]


def test_regime_grid(matcher):
    check_rule_grid(matcher, flat(REGIME), REGIME_OK, "iso.house_rules")


def test_regime_needs_two_slots(matcher):
    assert_not_fired(matcher, ["sim card vainga dise", "they call us by number", "passport bariwalir kache",
                               "ঠিকানা জিজ্ঞেস করলে বলে তোর জানার দরকার কি", "the windows have paper on them",
                               "delete your facebook now", "you are my cousin from Khulna", "no ferry from here"],
                     "iso.house_rules")


# --- 2. THE THREAT OF IMMIGRATION, THE FIRST FLIGHT, A WIFE NOT COMING HOME, "YOU'RE NEXT", A HOUSE
# AUCTIONED (thr.conditional_harm): the harm after a deed, a strike, a deadline's bare "or"

THREAT = {
    "en": ["if you do strike again the manager will call immigration on all of you",
           "delete that post tonight or your wife will not come home",
           "go on strike and you'll be on the first flight back, no salary",
           "if she talks to the embassy, she won't come home alive"],
    "bn": ["স্ট্রাইক করলে ইমিগ্রেশনে খবর দিমু", "কাল টাকা না আসলে তোরা নেক্সট", "থানায় গেলে তোর মায়ের বাড়ি নিলাম হবে"],
    "bn-Latn": ["strike korle immigration ke khobor dibo", "kal er moddhe taka na aile tomra next",
                "police e gele sojha nodite felbo", "jodi police e jas, bari nilam hobe"],
}
THREAT_OK = [
    "if the flight is full they put you on the first flight back tomorrow, the airline said",
    "if you're free come today or tomorrow, no rush",
    "strike korle bus bondho, kal office jabo na",
    "if you have questions call immigration, they will help you",
    "if it rains the match is next week, you're next in line for the bat",
]


def test_threat_grid(matcher):
    check_rule_grid(matcher, flat(THREAT), THREAT_OK, "thr.conditional_harm")


# --- 3. BEATEN BEFORE THE OTHERS, SO THEY SEE (thr.menace_by_example) --------------------------------

LESSON = {
    "en": ["they beat him with a pipe in the yard so the others could see", "she was whipped in the hall as a lesson to the rest"],
    "bn": ["সবার সামনে বেল্ট দিয়া মারছে যাতে বাকিরা দেখে", "ওরে পিটাইছে যাতে সবাই দেখে"],
    "bn-Latn": ["oke belt diye maarse jate baki ra dekhe", "chele ta ke pitaise jate sobai dekhe"],
}
LESSON_OK = ["the coach showed the drill so the others could see how", "ma amake maarse karon porikkha te kom paisi",
             "jate sobai dekhe tai photo ta group e dilam"]


def test_lesson_grid(matcher):
    check_rule_grid(matcher, flat(LESSON), LESSON_OK, "thr.menace_by_example")


# --- 4. THE KIN'S WAY KNOWN (thr.knows_whereabouts, thr.kin_taken) ----------------------------------

KNOWN = {
    "en": ["you think your mother is safe? we know the house. so shut up and work",
           "is your mother safe in the village? my men know the house. one call and it's done"],
    "bn": ["তোর বোনরে চিনি, কোন স্কুলে পড়ে জানি, থানায় যাস যদি দেখিস"],
    "bn-Latn": ["jodi police e jas, tor bon ke to chini, school e jay kon rastay jani",
                "tui jodi thanay jas, tor bon kon rastay school e jay ami jani"],
}
KNOWN_OK = ["we know the house, the wedding is there on friday, just come", "tor bon kon rastay school e jay? ami nite jabo, chinta korish na"]


def test_known_grid(matcher):
    check_grid_any(matcher, flat(KNOWN), KNOWN_OK, {"thr.knows_whereabouts", "thr.kin_taken"})


def check_grid_any(matcher, flag, ok, rules):
    results = matcher.match_many(flag + ok)
    missed = [t for t, r in zip(flag, results) if r.score < matcher.line or not rules & {h.rule_id for h in r.hits}]
    fired = [t for t, r in zip(ok, results[len(flag):]) if rules & {h.rule_id for h in r.hits}]
    assert not missed, missed
    assert not fired, fired


# --- 5. GIVEN TO ANOTHER HOUSE FOR A SUM (thr.sold) --------------------------------------------------

SOLD = {
    "en": ["they gave her to another family for 2500 dollars, she leaves tomorrow",
           "you were given to another house, 3000 riyal, the new madam will take you in the morning"],
    "bn": ["তোরে অন্য বাসায় দিয়া দিছে, দুই হাজার ডলারে", "তোরে নতুন ম্যাডাম নিয়া যাবে কাল, ৪০০০ রিয়াল দিছে"],
    "bn-Latn": ["tore onno basay diye dise 2000 dollar e", "tore notun madam niye jabe kal, 5000 riyal e kinse"],
}
SOLD_OK = ["purana sofa ta onno barite diye dise, 3000 taka te", "new madam will take you to the parlour at 5, bring 500 taka"]


def test_sold_grid(matcher):
    check_rule_grid(matcher, flat(SOLD), SOLD_OK, "thr.sold")


# --- 6. THE VICTIM'S VIDEO TO HER FATHER, THE RELATIVE FURTHER ON (thr.images_to_kin) ------------------

IMAGES = {
    "en": ["your videos are with me. if you don't listen, they go on facebook and to your father's number"],
    "bn": ["তোর ভিডিওগুলা আমার কাছে আছে। কথা না শুনলে ফেসবুকে আর তোর বাপের নম্বরে পাঠাই দিমু"],
    "bn-Latn": ["tor video gula amar kache. kotha na shunle fb te ar tor baba r number e pathiye dibo"],
}


def test_images_grid(matcher):
    check_rule_grid(matcher, flat(IMAGES), ["tor birthday er video gula amar kache, tor abba r number e pathay dibo kal"],
                    "thr.images_to_kin")
