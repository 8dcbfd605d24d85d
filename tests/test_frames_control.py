"""Control frames (issue 15, round 6, part I): each frame is a few shared concept classes
(rules/shared.lexicon.yaml) composed by `near` conditions, tested here by GRIDS rather than by
examples. Every phrase of a grid is built from independent fillers (who x marker x act, in Bengali,
romanised Bengali and English): each controller or victim combination must reach the review line,
and the same act fillers said in innocent frames (a parent's rule for study time, a school's or a
factory's safety rule, a worker's own choice, a warning to the reader) must stay below it. A frame
that caught only the phrasings someone wrote would fail here on the combinations nobody wrote.

One module-scoped Matcher and one `match_many` call per grid."""

from itertools import product

import pytest

from packs import builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def _grid(templates, who=None, **fillers):
    """Every template filled with every combination of the fillers it names; the one in control
    (``who``) is rotated through the combinations rather than multiplied, so that each of them
    meets every template and the grid stays small enough for one quick `match_many`."""
    out = []
    turn = 0
    for tpl in templates:
        names = [n for n in fillers if "{" + n in tpl]
        for combo in product(*(fillers[n] for n in names)):
            kw = {"who": who[turn % len(who)]} if who else {}
            turn += 1
            for n, v in zip(names, combo):
                if isinstance(v, tuple):  # an act in its two forms: infinitive and verbal noun
                    kw[n], kw[n + "_vn"] = v
                else:
                    kw[n] = v
            out.append(tpl.format(**kw))
    return sorted(set(out))


def _below(matcher, texts):
    return [(t, r.explanation) for t, r in zip(texts, matcher.match_many(texts)) if r.score < matcher.line]


def _above(matcher, texts):
    return [(t, r.explanation) for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


# --- frame 1: PROHIBITION x ACT -------------------------------------------------------------------
# the acts of a free person, as (infinitive, verbal noun)
ACTS_EN = [("go outside", "going outside"), ("talk to the other Bangladeshis", "talking to the other Bangladeshis"),
           ("call our families", "calling our families"), ("keep a phone", "keeping a phone"),
           ("use imo", "using imo"), ("change the job", "changing the job"),
           ("take a day off", "taking a day off"), ("see a doctor", "seeing a doctor")]
ACTS_BN = [("বাইরে যেতে", "বাইরে যাওয়া"), ("অন্য বাঙালিদের সাথে কথা বলতে", "অন্য বাঙালিদের সাথে কথা বলা"),
           ("বাড়িতে ফোন করতে", "বাড়িতে ফোন করা"), ("মোবাইল রাখতে", "মোবাইল রাখা"),
           ("ইমো চালাতে", "ইমো চালানো"), ("কাজ বদলাতে", "কাজ বদলানো"),
           ("ছুটি নিতে", "ছুটি নেওয়া"), ("ডাক্তারের কাছে যেতে", "ডাক্তারের কাছে যাওয়া")]
ACTS_BNL = [("baire jete", "baire jawa"), ("onno bangali der sathe kotha bolte", "onno bangali der sathe kotha bola"),
            ("barite phone korte", "barite phone kora"), ("mobile rakhte", "mobile rakha"),
            ("imo chalate", "imo chalano"), ("kaj bodlate", "kaj bodlano"),
            ("chuti nite", "chuti neya"), ("daktar er kache jete", "daktar er kache jawa")]
WHO_EN = ["the boss", "madam", "the kafeel", "the supervisor"]
WHO_BN = ["মালিক", "ম্যাডাম", "কফিল", "সুপারভাইজার"]
WHO_BNL = ["malik", "madam", "kofil", "supervisor"]

# the one in control forbids, the victim complains, or the controller orders a deputy
FORBID_EN = ["{who} does not let us {act}", "we are not allowed to {act} here, {who} decides",
             "no {act_vn} for the new ones, {who}'s order", "we can't {act}, {who} says so",
             "{who} told the guard: don't let them {act}", "{act_vn} is forbidden here, {who} says"]
FORBID_BN = ["{who} আমাদের {act} দেয় না", "এখানে {act_vn} মানা, {who} বলে দিছে", "{act_vn} নিষেধ, {who} এর হুকুম",
             "নতুনদের {act} দিবি না, {who} বলছে", "আমরা {act} পারি না, {who} রাগ করে", "{who} বলছে {act_vn} বারণ"]
FORBID_BNL = ["{who} amader {act} dey na", "ekhane {act_vn} mana, {who} bole dise", "{act_vn} nished, {who} er hukum",
              "notun der {act} dibi na, {who} bolse", "amra {act} pari na, {who} rag kore", "{who} bolse {act_vn} baron"]

# contact rationed by the one in control (a day off once a week is no ration: see the innocent grid)
CONTACT_EN = ["call home", "talk to our families", "use imo"]
CONTACT_BN = ["বাড়িতে ফোন করতে", "পরিবারের সাথে কথা বলতে", "ইমো চালাতে"]
CONTACT_BNL = ["barite phone korte", "family r sathe kotha bolte", "imo chalate"]
RATION_EN = ["{who} lets us {act} only once a month", "we can {act} 10 minutes on friday, {who} watches the clock"]
RATION_BN = ["{who} মাসে একবার {act} দেয়", "শুক্রবারে ১০ মিনিট {act} দেয় {who}"]
RATION_BNL = ["{who} mashe ekbar {act} dey", "shukrobar e 10 minute {act} dey {who}"]

# the same acts in innocent frames: a parent's rule at study time, a school's or a factory's safety rule,
# a worker's own choice, a warning to the reader
INNOCENT_EN = ["my mom does not let me {act} during exam week", "students are not allowed to {act} during class",
               "I don't {act} much, my own choice, saving money",
               "never let anyone stop you from {act_vn}; if someone does, call the helpline 16135",
               "{who} is a good man, one day off a week, I {act} on friday"]
INNOCENT_BN = ["পরীক্ষার সময় আম্মু আমাকে {act} দেয় না", "ক্লাসের সময় ছাত্রদের {act_vn} নিষেধ, স্কুলের নিয়ম",
               "আমি নিজেই {act} চাই না, টাকা জমাই", "কেউ যদি আপনাকে {act} না দেয়, ১৬১৩৫ নম্বরে ফোন করুন",
               "{who} ভালো মানুষ, সপ্তাহে একদিন ছুটি, শুক্রবারে {act} পারি"]
INNOCENT_BNL = ["exam er somoy ammu amake {act} dey na", "class er somoy student der {act_vn} nished, school er niyom",
                "ami nijei {act} chai na, taka jomai", "keu jodi apnake {act} na dey, 16135 e phone korun",
                "{who} bhalo manush, soptahe ekdin chuti, shukrobar {act} pari"]


def _forbid_grid():
    return (_grid(FORBID_EN, who=WHO_EN, act=ACTS_EN) + _grid(FORBID_BN, who=WHO_BN, act=ACTS_BN)
            + _grid(FORBID_BNL, who=WHO_BNL, act=ACTS_BNL) + _grid(RATION_EN, who=WHO_EN, act=CONTACT_EN)
            + _grid(RATION_BN, who=WHO_BN, act=CONTACT_BN) + _grid(RATION_BNL, who=WHO_BNL, act=CONTACT_BNL))


def _forbid_innocent():
    return (_grid(INNOCENT_EN, act=ACTS_EN, who=WHO_EN) + _grid(INNOCENT_BN, act=ACTS_BN, who=WHO_BN)
            + _grid(INNOCENT_BNL, act=ACTS_BNL, who=WHO_BNL))


def test_prohibition_grid_is_big_enough():
    assert len(_forbid_grid()) >= 3 * 6 * 8 and len(_forbid_innocent()) >= 3 * 5 * 8


def test_every_forbidden_act_reaches_the_line(matcher):
    missed = _below(matcher, _forbid_grid())
    assert not missed, missed


def test_forbidden_acts_in_innocent_frames_stay_below(matcher):
    flagged = _above(matcher, _forbid_innocent())
    assert not flagged, flagged


# --- frame 2: HOLD x OBJECT -----------------------------------------------------------------------
# the worker's things, as (said by the one holding them, plain)
OBJ_EN = [("their phones", "phone"), ("the SIM cards", "SIM card"), ("their passports", "passport"),
          ("their ATM cards", "ATM card"), ("their salary", "salary")]
OBJ_BN = [("ওদের ফোন", "ফোন"), ("ওদের সিম কার্ড", "সিম কার্ড"), ("ওদের পাসপোর্ট", "পাসপোর্ট"),
          ("ওদের এটিএম কার্ড", "এটিএম কার্ড"), ("ওদের বেতন", "বেতন")]
OBJ_BNL = [("oder phone", "phone"), ("oder sim card", "sim card"), ("oder passport", "passport"),
           ("oder ATM card", "ATM card"), ("oder beton", "beton")]
HOLD_EN = ["keep {obj} in my room, give back only when I say", "{who} keeps {obj} in the office",
           "{obj} stay with {who}, they get them at the end", "{who} took {obj} and locked them in the cupboard",
           "{obj} are saved with the company, they get all of it at the end"]
HOLD_BN = ["{obj} আমার কাছে জমা থাকবে", "{obj} {who} এর কাছে থাকে", "{who} {obj} নিয়ে রেখে দিছে",
           "{obj} আমার রুমে রাখবি, আমি বললে ফেরত দিবি", "{obj} কোম্পানির কাছে জমা, শেষে সব পাবে"]
HOLD_BNL = ["{obj} amar kache joma thakbe", "{obj} {who} er kache thake", "{who} {obj} niye rekhe dise",
            "{obj} amar room e rakhbi, ami bolle ferot dibi", "{obj} company r kache joma, shesh e sob pabe"]
# the owner holding their own things, a bank, a family keeping them for a wedding or a school, a warning
KEEP_EN = ["my {obj} is with me, always in my bag", "my {obj} is with my wife in Dhaka for the wedding papers",
           "never let anyone keep your {obj}, not even the agent"]
KEEP_BN = ["আমার {obj} আমার কাছেই আছে", "আমার {obj} আম্মুর কাছে আছে, বিয়ের কাগজের জন্য",
           "কাউকে আপনার {obj} রাখতে দিবেন না"]
KEEP_BNL = ["amar {obj} amar kachei ase", "amar {obj} ammur kache ase, biyer kagoj er jonno",
            "kauke apnar {obj} rakhte diben na"]


def _pick(objs, i):
    return [o[i] for o in objs]


def _hold_grid():
    return (_grid(HOLD_EN, who=WHO_EN, obj=_pick(OBJ_EN, 0)) + _grid(HOLD_BN, who=WHO_BN, obj=_pick(OBJ_BN, 0))
            + _grid(HOLD_BNL, who=WHO_BNL, obj=_pick(OBJ_BNL, 0)))


def _hold_innocent():
    return (_grid(KEEP_EN, obj=_pick(OBJ_EN, 1)) + _grid(KEEP_BN, obj=_pick(OBJ_BN, 1))
            + _grid(KEEP_BNL, obj=_pick(OBJ_BNL, 1)))


def test_every_thing_held_by_another_reaches_the_line(matcher):
    missed = _below(matcher, _hold_grid())
    assert not missed, missed


def test_things_held_by_their_owner_or_family_stay_below(matcher):
    flagged = _above(matcher, _hold_innocent())
    assert not flagged, flagged


# --- frame 3: CONFINEMENT x PLACE -----------------------------------------------------------------
PLACE_EN = ["godown", "warehouse", "camp", "room", "house"]
PLACE_BN = ["গুদামে", "ক্যাম্পে", "রুমে", "ঘরে", "বাড়িতে"]
PLACE_BNL = ["godown e", "camp e", "room e", "ghore", "barite"]
# what makes a place a confinement: a guard, a fence, a lock, not knowing where, going out forbidden
MARK_EN = ["a guard at the door with a stick", "a fence all around", "we don't know where we are",
           "the door is locked from outside", "no going out"]
MARK_BN = ["দরজায় লাঠি নিয়ে গার্ড", "চারপাশে কাঁটাতারের বেড়া", "কোথায় আছি জানি না", "বাইরে থেকে তালা", "বাইরে যাওয়া মানা"]
MARK_BNL = ["dorjay lathi niye guard", "charpashe kata tar er bera", "kothay asi jani na", "baire theke tala", "baire jawa mana"]
CONFINE_EN = ["they keep us in a {place}, {mark}", "{mark}. {who} put us in this {place} three weeks ago"]
CONFINE_BN = ["আমাদের একটা {place} রাখছে, {mark}", "{mark}। {who} আমাদের এই {place} আটকে রাখছে"]
CONFINE_BNL = ["amader ekta {place} rakhse, {mark}", "{mark}. {who} amader ei {place} atke rakhse"]
# a dormitory described contentedly, a hotel stay before a flight
STAY_EN = ["the company keeps us in a nice {place} near the site, a guard at the gate for security, we go out whenever we like",
           "the agency kept us in a hotel for two days before the flight, good food"]
STAY_BN = ["কোম্পানি আমাদের একটা ভালো {place} রাখছে, নিরাপত্তার জন্য গেটে গার্ড, যখন খুশি বাইরে যাই",
           "ফ্লাইটের আগে এজেন্সি দুই দিন হোটেলে রাখছে, খাওয়া ভালো"]
STAY_BNL = ["company amader ekta bhalo {place} rakhse, security r jonno gate e guard, jokhon khushi baire jai",
            "flight er age agency 2 din hotel e rakhse, khawa bhalo"]


def _confine_grid():
    return (_grid(CONFINE_EN, who=WHO_EN, place=PLACE_EN, mark=MARK_EN)
            + _grid(CONFINE_BN, who=WHO_BN, place=PLACE_BN, mark=MARK_BN)
            + _grid(CONFINE_BNL, who=WHO_BNL, place=PLACE_BNL, mark=MARK_BNL))


def _confine_innocent():
    return _grid(STAY_EN, place=PLACE_EN) + _grid(STAY_BN, place=PLACE_BN) + _grid(STAY_BNL, place=PLACE_BNL)


def test_every_confinement_reaches_the_line(matcher):
    missed = _below(matcher, _confine_grid())
    assert not missed, missed


def test_a_contented_dormitory_or_a_hotel_stays_below(matcher):
    flagged = _above(matcher, _confine_innocent())
    assert not flagged, flagged


# --- the frames on texts written differently again: no template, other words for every slot -------
DIFFERENT_FLAG = [
    "no going outside for you lot, sardar's rule",
    "ekhane bahire jawa mana, sardar bolse",
    "Raju er sathe kotha bolte dibi na ora ke, boss er order",
    "new boys shouldnt be talking to the nepali guys, keep em apart",
    "phone gula amar room e thakbe, sunday te 10 min dibi",
    "sim card amar kache joma thakbe, kaj shesh hole ferot",
    "ur card stays with company, u get all of it end of contract",
    "4 mash hoye gelo ekdin o chuti dey nai malik",
    "madam doesnt allow me to see doctor even with fever",
    "oder ke masjid e o jaite diba na, bujhso?",
    "amra ekta shed e thaki, charpashe deyal, gate e 2 jon pahara dey, kothay asi bujhtesi na",
    "they locked 20 of us in a warehouse near the port, cant tell where we are",
    "মেয়েগুলারে ফোন দিবা না, বাড়ির লগে কথা কইতে দিবা না",
    "আমাদের কাউরে বাজারে যাইতে দেয় না, ম্যানেজার বলে দরকার হলে সে আনবে",
    "kofil r permission chara bazar e jawa jabe na",
]
DIFFERENT_OK = [
    "no going outside today, the storm is bad, stay in the camp everyone",
    "ammu bolse porikkhar age phone chalano bondho",
    "I don't call home much, too busy with overtime, my choice",
    "keep your phone and passport with you always, never hand them over",
    "amar passport amar kachei ase, company chaile dekhe",
    "hostel e rat 10 tar por baire jawa mana, warden er niyom",
    "factory te kaj er somoy mobile chalano nished, break e chalai",
    "hotel e 2 din rakhse agency, tarpor flight, sob thik",
    "amader dorm e guard ase security r jonno, jokhon khushi bahire jai",
    "my wife keeps my ATM card in Dhaka for the family expenses",
]


def test_the_frames_hold_on_texts_written_differently(matcher):
    results = matcher.match_many(DIFFERENT_FLAG + DIFFERENT_OK)
    missed = [(t, r.explanation) for t, r in zip(DIFFERENT_FLAG, results) if r.score < matcher.line]
    wrong = [(t, r.explanation) for t, r in zip(DIFFERENT_OK, results[len(DIFFERENT_FLAG):]) if r.score >= matcher.line]
    assert not missed and not wrong, (missed, wrong)
