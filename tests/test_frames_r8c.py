"""Round 8 of issue 15, part C: the control, threat, minor and labour frames widened, tested as grids.

The slots of four frames took in the families of words outsiders use for them (English first, then
romanised and written Bengali, standard and colloquial):

1. MINOR x EXPLOITATION (``mn.minor_exploited``, ``mn.age_disguised``): a child's age, class or
   "i am 14" near what the child is put to (a trawler's nets, a kiln, a night shift, a house's whole
   work, a wage paid once a year to the parents, a marriage) or school stopped; an adult age written
   onto the papers ("the agent wrote 21 on his papers") or coached for an inspector ("tell them ur 18").
2. CONTROL AT SEA AND IN THE HOUSE (``iso.house_rules``): no port or shore leave, locked below deck or
   in a room, one call in months on the officer's phone who listens, a call only from the husband's
   phone with him there, "tell her family she is busy", "dont call this number back"; and the boast
   that she cannot leave (where would she go, with no language, no address, no money or papers).
3. THREATS (``thr.menace_on_escape``, ``thr.knows_whereabouts``): crying, talking, walking out before
   the season or going to the embassy, near a house burnt, a father picked up, "I'll say you are
   illegal, you rot in jail", being sent somewhere worse; a village or a wife's number known.
4. LABOUR CONDITIONS (``lab.conditions_combined``): two of one meal a day or no work no food, no
   medicine or work while sick or wounded, nights without overtime pay or in cold water, abuse when
   resting, months without a paisa, no helmet or gloves at dangerous work.

Each grid builds phrases from independent fillers written here (none is a dev set's sentence) and
asserts that every combination reaches the review line by the frame's rule, while the same fillers
in innocent frames (a family's talk of a child's class, a school's or a labour inspector's notice,
news or an awareness post quoting threats, a parent's scolding, a content worker's overtime, a
lawful job advert, one slot alone) stay below it. One module-scoped matcher, one ``match_many`` a grid.
"""

from itertools import combinations, product

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. MINOR x EXPLOITATION -----------------------------------------------------------------------

CHILD = {
    "en": ["my brother is 13", "she is only 12", "i am 14", "my little sister"],
    "bn-Latn": ["amar bhai er boyos 12", "ami class 6 e portam", "choto meye", "boyos matro 13"],
    "bn": ["আমার ভাইয়ের বয়স ১২", "আমি ক্লাস ৬ এ পড়তাম", "ছোট মেয়ে", "বয়স মাত্র ১৩"],
}
PUT = {
    "en": ["they put him on a trawler, he pulls nets all night", "she works in the kiln now",
           "they say she is his wife now", "no schooling needed, she does all the house work",
           "the wage is paid once a year to the parents", "he does the night shift at the sorting deck"],
    "bn-Latn": ["trawler e kaj kore", "rate jal tane", "bhatay kaj kore", "ekta basay rakhse, sara din kaj",
                "jor kore biye dise", "porashona korano lagbe na"],
    "bn": ["ট্রলারে কাম করে", "রাতে জাল টানে", "ভাটায় কাজ করে", "অন্যের বাসায় কাজ করে", "জোর করে বিয়ে দিছে",
           "পড়াশোনা করানো লাগবে না"],
}
AGE_WRITTEN = {
    "en": ["the agent wrote 19 on her papers", "the broker put 20 on his passport",
           "if the inspector comes tell them ur 18", "tell the inspector you are 18", "if police ask, tell them you are 19"],
    "bn-Latn": ["kagoje boyos 19 likhse", "dalal passport e 20 likhse"],
    "bn": ["কাগজে বয়স ১৯ লিখছে", "দালাল পাসপোর্টে ২০ লিখছে"],
}


def _minor_flag():
    return [f"{c}. {p}" for script in CHILD for c, p in product(CHILD[script], PUT[script])]


def _minor_ok():
    return [
        # a family's talk of the child's class and exams, the work an adult's
        "my brother is 13, he is in class 7, exams next week", "amar bhai er boyos 12, class 6 e pore, porikkha samne",
        "আমার ভাইয়ের বয়স ১২, ক্লাস ৬ এ পড়ে, পরীক্ষা সামনে", "my little sister is 12, abba works on a trawler, she has exams monday",
        # a school's notice and a labour inspector's notice
        "School notice: class 6 to 8 exams start on 12 March, guardians please collect the admit cards",
        "Labour inspection notice: no child under 14 may work in a brick kiln, on a trawler or as a domestic worker. Report to 1098.",
        "শ্রম পরিদর্শন: ১৪ বছরের নিচে কোনো শিশুকে ইটভাটায়, ট্রলারে বা বাসায় কাজে নেওয়া যাবে না। ১০৯৮ নম্বরে ফোন করুন",
        # one slot alone: the work of an adult, or a child's age
        "he does the night shift at the sorting deck, salary on time", "ট্রলারে কাম করে, মাছ ভালো পাইছে",
        "i am 14 today, cake at 5", "বয়স মাত্র ১৩, খুব দুষ্টু",
        # a child's chores at home, a small child left with a grandmother
        "ami choto bole amake kew khelay ney na, sara din baccha dekhi chotobon er",
        "amar meye choto, ammu oke nanir barite rakhse eid porjonto",
        # an adult age as it is, and numbers that are no age
        "she wrote 19 pages of notes for the exam", "put 20 on the table for the rickshaw", "tell the teacher you are 18 minutes late",
    ]


def test_minor_put_to_work_grid(matcher):
    check_grid(matcher, _minor_flag(), _minor_ok(), rule="mn.minor_exploited")


def test_age_written_false_grid(matcher):
    flag = [a for script in AGE_WRITTEN for a in AGE_WRITTEN[script]]
    check_grid(matcher, flag, _minor_ok()[-3:], rule="mn.age_disguised")


# --- 2. CONTROL AT SEA AND IN THE HOUSE --------------------------------------------------------------

CONTROL = {  # slot -> script -> fillers; two different slots together are the frame
    "no_out": {"en": ["no port for 10 months", "we are not allowed ashore", "no shore leave since march"],
               "bn-Latn": ["port e namte dey na", "kule namte dey na"], "bn": ["ঘাটে নামতে দেয় না", "পোর্টে নামতে দেয় না"]},
    "locked": {"en": ["when in port they lock us below deck", "locked in a room when guests come"],
               "bn-Latn": ["ghat e bhirle tala diye rakhe"], "bn": ["বন্দরে ভিড়লে তালা দিয়ে রাখে"]},
    "via": {"en": ["one call in three months and the officer listens to everything", "she can call only from my phone and i sit there"],
            "bn-Latn": ["3 mashe ekbar call, officer sob shune", "nije theke phone dite parbe na"],
            "bn": ["৩ মাসে একবার ফোন, অফিসার সব শোনে", "নিজে থেকে ফোন দেওয়া যাবে না"]},
    "cover": {"en": ["tell her family she is busy", "she must say i am fine"],
              "bn-Latn": ["bolte hobe bhalo achi"], "bn": ["খালি কইতে হইবো ভালা আছি", "বলতে হবে ভালো আছি"]},
    "secret": {"en": ["dont call this number back", "don't call this phone again"],
               "bn-Latn": ["ei number e call dio na"], "bn": ["এই নাম্বারে ফোন দিও না"]},
}
STRANDED = {
    "en": (["where will she go", "she has nowhere to go"],
           [["she doesnt speak the language", "she doesnt know the address", "no money no papers"]]),
    "bn-Latn": (["se kothay jabe", "jabe kothay"], [["bhasha jane na", "thikana jane na", "taka poisa nai"]]),
    "bn": (["সে কোথায় যাবে", "যাইবো কই"], [["ভাষা জানে না", "ঠিকানাও জানে না", "টাকা পয়সা নাই"]]),
}


def _control_flag():
    out = []
    for a, b in combinations(CONTROL, 2):
        for script in ("en", "bn-Latn", "bn"):
            out += [f"{x}. {y}" for x, y in product(CONTROL[a][script], CONTROL[b][script])]
    for script, (where, [means]) in STRANDED.items():
        out += [f"{m1}, {m2}. {w}" for w in where for m1, m2 in combinations(means, 2)]
    return out


def _alone(frame):
    """Each filler of a combination frame alone: the combination rule must not hit (a filler may be
    an indicator of its own by another rule, "locked in a room", "one meal a day")."""
    return [f for slot in frame.values() for fillers in slot.values() for f in fillers]


def assert_not_fired(matcher, texts, rule):
    hit = fired_by(matcher, texts, rule)
    assert not hit, f"{rule} fired on one slot alone: {hit[:5]}"


def _control_ok():
    out = [
        # a seafarer content with his ship, a news report, an awareness post, family talk
        "six months at sea, shore leave in Singapore next week, the captain is kind and salary is on time",
        "According to the ILO report, fishers on some boats had no shore leave and were locked below deck. Call the hotline to report",
        "সচেতনতা: অনেক জেলেকে মাসের পর মাস ঘাটে নামতে দেয় না। এমন হলে হটলাইনে ফোন করুন",
        "ammu phone e bolse bolte hobe bhalo achi? na re sotti bhalo achi, porikkha valo hoise",
        "my cousin moved to Berlin, she doesnt speak german yet, so fun",
        "dont call this number, it is my old sim, save the new one",
    ]
    return out


def test_control_grid(matcher):
    check_grid(matcher, _control_flag(), _control_ok(), rule="iso.house_rules")
    assert_not_fired(matcher, _alone(CONTROL), "iso.house_rules")


# --- 3. THREATS ------------------------------------------------------------------------------------

PROVOKE = {
    "en": ["if you cry too much", "if she goes to the embassy again", "walk out before the season", "if you talk too much"],
    "bn-Latn": ["beshi kandakati korle", "faltu kotha koile", "season er age gele"],
    "bn": ["বেশি কান্দাকাটি করলে", "ফালতু কথা কইলে", "সিজনের আগে গেলে"],
}
MENACE = {
    "en": ["i will say you are illegal and you rot in jail", "she will be sent somewhere worse",
           "I'll have your father picked up", "we burn your house", "i send your photos to your village"],
    "bn-Latn": ["ghore agun dimu", "komu tui illegal", "poicha morbi jele"],
    "bn": ["ঘরে আগুন দিমু", "কমু তুই অবৈধ", "আরো খারাপ জায়গায় পাঠামু"],
}
KNOWS = {
    "en": ["i know your village", "your wife's number is with me"],
    "bn-Latn": ["tor gram o chini", "tor bou r nombor amar kache"],
    "bn": ["তোর গ্রামও চিনি", "তোর বউয়ের নম্বর আমার কাছে"],
}


def _threat_flag():
    out = [f"{p}, {m}" for script in PROVOKE for p, m in product(PROVOKE[script], MENACE[script])]
    return out


def _threat_ok():
    return [
        # news of such a threat, an awareness post quoting threats, a parent's scolding
        "Police said the broker had threatened to burn the house of a worker who went to the embassy; he was arrested on Monday",
        "Awareness: traffickers say 'I will say you are illegal and you rot in jail'. If you hear this, call 999.",
        "if you cry too much I will take your phone away, now eat", "beshi kandakati korle tv bondho, porte bosho",
        "বেশি কান্দাকাটি করলে আজ আর খেলতে যাবি না",
        # one slot alone
        "walk out before the season ends? no, I stay, the owner pays well", "we burn the dry leaves behind the house",
        "i know your village, my aunt lives there too!", "tor gram o chini, amar nanabari oi pashe",
    ]


def test_threat_grid(matcher):
    check_grid(matcher, _threat_flag(), _threat_ok(), rule="thr.menace_on_escape")


def test_knows_whereabouts_grid(matcher):
    flag = [f"{k}. {p}, bujhbi" if script != "en" else f"{k}. {p}, you will see"
            for script in KNOWS for k, p in product(KNOWS[script], PROVOKE[script])]
    check_grid(matcher, flag, _threat_ok()[-2:], rule="thr.knows_whereabouts")


# --- 4. LABOUR CONDITIONS -------------------------------------------------------------------------

LABOUR = {
    "hunger": {"en": ["one meal a day", "no work no food"], "bn-Latn": ["ek bela khete dey", "kaj na korle khana nai"],
               "bn": ["একবেলা খাইতে দেয়", "কাজ না করলে খাবার নাই"]},
    "care": {"en": ["no medicine even with fever", "sick also must work"], "bn-Latn": ["oshudh dey na", "osukh holeo kaj"],
             "bn": ["ওষুধ দেয় না", "হাতে ঘা হয়ে গেছে"]},
    "hours": {"en": ["we stay till 2 am with no overtime pay", "standing in cold water all night", "we sleep only 3 hours"],
              "bn-Latn": ["raat din kaj", "target na hoile rat 2 ta porjonto"], "bn": ["রাত দিন কাজ", "রাত ২টা পর্যন্ত কাজ"]},
    "rest": {"en": ["they shout if we sit", "no break all day"], "bn-Latn": ["boshle gali dey"], "bn": ["বসলে গালি দেয়"]},
    "pay": {"en": ["not a single paisa for 3 months", "months without pay"], "bn-Latn": ["2 mash dhore ek poisa pai ni"],
            "bn": ["এক পয়সাও পাই নাই"]},
    "safety": {"en": ["no helmet on the scaffold", "no gloves for the chemicals"], "bn-Latn": ["helmet dey na"],
               "bn": ["হেলমেট দেয় না"]},
}


def _labour_flag():
    out = []
    for a, b in combinations(LABOUR, 2):
        for script in ("en", "bn-Latn", "bn"):
            out += [f"{x}, {y}" for x, y in product(LABOUR[a][script], LABOUR[b][script])]
    return out


def _labour_ok():
    out = [
        # a content worker's overtime and pay; a lawful job advert with hours and pay
        "peak season so we stay till 2 am, overtime paid double, salary on time alhamdulillah",
        "Factory job: 8 hours a day, overtime paid, weekly off, meals provided, salary to your bank account",
        "ramadan e ek bela khai, alhamdulillah, beton time moto pai",
        "রোজায় একবেলা খাই, আলহামদুলিল্লাহ বেতন সময়মতো পাই",
    ]
    return out


def test_labour_grid(matcher):
    check_grid(matcher, _labour_flag(), _labour_ok(), rule="lab.conditions_combined")
    assert_not_fired(matcher, _alone(LABOUR), "lab.conditions_combined")
