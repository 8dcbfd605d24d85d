"""Round 9 of issue 15, part C: scenes of threats, control, labour and minors, tested as grids.

The held-out misses of round 8 were scenes the packs had no words for. Each scene was written first
as the family of ways it is said (standard and eastern Bengali, romanised Bengali with its free
spellings, South-Asian and Gulf English and text-speak), as concepts in the "round 9, part C" block
of ``rules/shared.lexicon.yaml``, and joined to the frames that already read the situation:

1. THREATS: a relative taken away or the home set on fire ("tor bap re camp ottun uthai loi
   jaiyum", "ma r ghor e agun dibe"), men sent to the village, a relative "taken too"; the worker's
   status (the visa or CoS withdrawn, made illegal, the name given in a raid, the runaway's photo
   with every agent) after a condition or a provocation (``thr.conditional_harm``,
   ``thr.menace_on_escape``, ``thr.family``); a relative named with a word between or a case ending
   ("tor choto bon", "tor ma re") for the images sent to kin (``thr.images_to_kin``); a beating said by
   the body ("gaye haat tule", "pet e lathi", "pulled my hair") (``thr.violence``).
2. A HOUSE'S RULES (``iso.house_rules``): SIMs broken and no phone for the new ones, not let
   downstairs or out of the room (eastern "বার অইতে দেয় না"), a caller told she is busy, the messages
   read or a camera in the room, no calling this number, not knowing the area's name, a window barred
   or a lock at night; two of them together.
3. A relative cut off and the one in control who will not say where (``iso.whereabouts_withheld``).
4. LABOUR: leaving forfeits the wage (``lab.leave_forfeits_pay``), the wage on the payslip handed back
   in cash (``lab.wage_kickback``), hurt at work and sent away (``lab.injury_abandoned``), a maid's
   extra house, no leave and her salary paid to another (``lab.conditions_combined``).
5. MINORS: a begging ring's children ("pichchi gula"), the hand held out or sat at a station, the
   sardar and the day's sum (``mn.child_sent_to_beg``).

Each grid builds phrases from fillers written here (none is a dev set's sentence) and asserts that
every combination reaches the review line by the frame's rule, while the same words in innocent
frames (a lift from the station, a wedding's invitation, a refund, a courier's address, a hostel's
window, a football match, a child at a station waiting for a train) stay below it.
"""

from itertools import combinations, product

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. THREATS ------------------------------------------------------------------------------------

PROVOKE = {
    "en": ["if you run again", "if u talk to the union", "you think you can run?", "if you act up"],
    "bn-Latn": ["jodi abar palas", "beshi tera korle", "tui jodi falai zas", "police e gele"],
    "bn": ["আবার পালালে", "থানায় গেলে", "বেশি কথা বললে"],
}
MENACE = {
    "en": ["we take ur little sister too", "my men will go to your village", "your photo is with every agent",
           "we cancel your work pass and you will be illegal", "immigration will pick you in 2 days"],
    "bn-Latn": ["tor bap re uthai loi jaiyum", "tor maa r ghore agun dimu", "tor bari te amar manush zaibo",
                "tor bon ke o niye ashbo", "visa cancel kore dibo", "illegal banai dimu", "jekhanei jas khuje ber korbo"],
    "bn": ["তোর বাপরে উঠাইয়া লইয়া যামু", "তোর মায়ের ঘরে আগুন দিবে", "তোর বোনরেও নিয়া আসমু", "ভিসা বাতিল করে দিব",
           "অবৈধ বানাই দিমু", "যেখানেই যাস খুঁজে বের করব"],
}
KIN_HARM = {  # a relative named and a harm to them, without a condition (thr.family)
    "en": ["your little sister, we kidnap her", "i know your old father, i will burn down your house"],
    "bn-Latn": ["tor choto bon re uthai loi jaiyum", "tor bap er bari te agun dibe", "tor pola r angul pathamu",
                "tor baper jomi dokhol korbo"],
    "bn": ["তোর ছোট বোনরে উঠাইয়া লইয়া যামু", "তোর বাপের বাড়িতে আগুন দিবে", "তোর পোলার আঙুল পাঠামু", "তোর বাপের জমি দখল করব"],
}


def _threat_flag():
    return [f"{p}, {m}" for script in PROVOKE for p, m in product(PROVOKE[script], MENACE[script])]


def _threat_ok():
    return [
        # a lift from the station, a sister brought to a wedding, a ticket cancelled, a cheap hostel found
        "jodi brishti hoy ami tomake station theke uthai nimu", "tor bon ke o niye ashbo dawat e, jodi tor ma raji thake",
        "jodi ticket lagbe na, cancel kore dibo", "if you run out of money, we will find you a cheap hostel",
        "if you have questions call immigration, they will help you", "beshi tera korle ammu bokbe, bari te agun jalai shit e",
        "tor choto bon er jonno ekta chele amar chokhe ase, biye r kotha boli?",
        # news and an awareness post quoting the threats
        "Police said the broker threatened to burn the house of a worker who went to the embassy; he was arrested on Monday",
        "Awareness: traffickers say 'if you run we take your sister too'. If you hear this, call 999.",
        # one slot alone
        "if you run again tomorrow morning, take the park route", "tor bari te amar manush zaibo kal, biye r kotha bolte",
    ]


def test_threat_provoke_grid(matcher):
    check_grid(matcher, _threat_flag(), _threat_ok(), rule="thr.menace_on_escape")


def test_kin_harm_grid(matcher):
    flag = [k for script in KIN_HARM for k in KIN_HARM[script]]
    check_grid(matcher, flag, _threat_ok(), rule="thr.family")


STATUS_COND = {
    "en": ["If you don't sign the paper", "if you complain to the labour office"],
    "bn-Latn": ["beshi kotha bolle", "jodi high commission e phone dis"],
    "bn": ["বেশি কথা বললে", "আবার ফোন দিলে"],
}
STATUS_HARM = {
    "en": ["we cancel the permit today", "we will cancel your visa", "I'll make you illegal", "we say you stole the gold",
           "we never give you a release"],
    "bn-Latn": ["tor CoS withdraw kore dibo", "raid er somoy tor nam diya dibo", "visa cancel kore dimu", "chor banai dimu",
                "exit dibo na"],
    "bn": ["raid এর সময় তোর নাম দিয়া দিবো", "ভিসা বাতিল করে দিব", "পুলিশরে তোর নাম দিয়া দিমু", "চুরির মামলা দিমু",
           "রিলিজ দিমু না"],
}


def test_status_harm_grid(matcher):
    flag = [f"{c}, {h}" for script in STATUS_COND for c, h in product(STATUS_COND[script], STATUS_HARM[script])]
    check_grid(matcher, flag, _threat_ok(), rule="thr.conditional_harm")


IMAGES = {
    "en": ["if you run again i send the video to ur little sister", "if u leave, your old mother gets the pics"],
    "bn-Latn": ["jodi abar palanor chesta koros tor ma re video ta pathamu", "jodi kotha na shunos tor choto bon re chobi pathamu"],
    "bn": ["আবার পালাইলে তোর মায়েরে ভিডিও পাঠামু", "যদি কথা না শুনিস তোর ছোট বোনরে ছবি পাঠামু"],
}


def test_images_to_kin_grid(matcher):
    flag = [t for script in IMAGES for t in IMAGES[script]]
    ok = ["jodi tor ma chay, birthday r video ta pathamu", "if u want i send the video to ur little sister for her birthday",
          "যদি সময় পাও তোর মায়েরে বিয়ের ছবি পাঠাইও"]
    check_grid(matcher, flag, ok, rule="thr.images_to_kin")


BEATING = {
    "en": ["the madam pulled my hair and pushed me against the wall", "he broke my arm last night",
           "next time its the knife he said", "she choked me for burning the rice"],
    "bn-Latn": ["amar gaye haat tule protidin", "pet e lathi dise kal", "chul dhore tene niye gese"],
    "bn": ["আমার গায়ে হাত তোলে", "পেটে লাথি দিছে", "চুলের মুঠি ধরে টানে", "মাইরা আমার হাত ভাইঙ্গা দিছে"],
}


def test_beating_grid(matcher):
    flag = [t for script in BEATING for t in BEATING[script]]
    ok = ["he pushed me against the wall in the football match lol", "ami chul dhore rakhlam, apu beni kore dilo",
          "পায়ে বল লাগছে, খেলার মধ্যে"]
    check_grid(matcher, flag, ok, rule="thr.violence")


# --- 2. A HOUSE'S RULES ----------------------------------------------------------------------------

HOUSE = {  # slot -> script -> fillers; two different slots together are the frame
    "phone": {"en": ["break the sim of the new girls", "dont give them phones"],
              "bn-Latn": ["sim vainga fel", "notun meye duita ke kono phone dibi na"], "bn": ["সিম ভেঙে ফেল", "কোনো ফোন দিবি না"]},
    "confined": {"en": ["we are not allowed downstairs", "they lock us at night, window has grill"],
                 "bn-Latn": ["room theke ber hote dey na", "rate tala dey"],
                 "bn": ["রুম থাকি বার অইতে দেয় না", "রাতে তালা দেয়"]},
    "busy": {"en": ["if family calls say she is sleeping"], "bn-Latn": ["bari theke call ashle bolbi duty te busy"],
             "bn": ["বাড়ি থেকে ফোন আসলে বলবি ডিউটিতে"]},
    "read": {"en": ["they read all my messages", "there is a camera in the room"], "bn-Latn": ["madam sob message pore"],
             "bn": ["রুমে ক্যামেরা আছে", "সব মেসেজ পড়ে"]},
    "lost": {"en": ["i dont know the area name", "they won't let me send location"], "bn-Latn": ["area r nam jani na"],
             "bn": ["ঠিকানা জানি না", "এলাকার নাম জানি না"]},
}


def _house_flag():
    out = []
    for a, b in combinations(HOUSE, 2):
        for script in ("en", "bn-Latn", "bn"):
            out += [f"{x}. {y}" for x, y in product(HOUSE[a][script], HOUSE[b][script])]
    return out


def _house_ok():
    return [
        "I don't know the address of the new restaurant, can you send location?",
        "our window has grill for safety, we go out whenever we like",
        "ammu bolse porikkhar age phone dibi na, niche namte dibi na, porte bosh",
        "hostel rule: gate closes at 11, phones off in study time",
        "Awareness: if an agency breaks your sim and reads your messages, call the hotline 16135",
    ]


def test_house_rules_grid(matcher):
    check_grid(matcher, _house_flag(), _house_ok(), rule="iso.house_rules")
    assert_not_fired(matcher, [f for slot in HOUSE.values() for fillers in slot.values() for f in fillers], "iso.house_rules")


UNREACH = {
    "en": ["his phone is always off since October", "nobody can reach her"],
    "bn-Latn": ["bhai er phone bondho thake", "meye r sathe kono jogajog nai"],
    "bn": ["তিন মাস ধরে ভাইয়ের ফোন বন্ধ থাকে", "মেয়ের সাথে কোনো যোগাযোগ নাই"],
}
WITHHELD = {
    "en": ["the agent won't give the address", "the sponsor won't tell us where she is"],
    "bn-Latn": ["dalal thikana dey na", "agent kothay rakhse bole na"],
    "bn": ["দালাল ঠিকানা দেয় না", "এজেন্ট কোথায় রাখছে বলে না"],
}


def test_whereabouts_withheld_grid(matcher):
    flag = [f"{u}, {w}" for script in UNREACH for u, w in product(UNREACH[script], WITHHELD[script])]
    ok = ["the courier won't give the address and I can't reach him, the parcel is late",
          "কুরিয়ারের লোকের ফোন বন্ধ থাকে, দোকান ঠিকানা দেয় না", "bhai er phone bondho thake, porikkha cholche",
          "the agent won't give the address of the office, his phone is always off, bad service"]
    check_grid(matcher, flag, ok, rule="iso.whereabouts_withheld")
    assert_not_fired(matcher, [f for d in (UNREACH, WITHHELD) for fillers in d.values() for f in fillers], "iso.whereabouts_withheld")


# --- 4. LABOUR -------------------------------------------------------------------------------------

LEAVE = {
    "en": ["4 months no salary, boss says all at season end. if you leave you get nothing",
           "the salary is kept with the kafeel; if u quit before the contract ends you'll get nothing"],
    "bn-Latn": ["4 mash beton pai nai, boss koy season shesh e dibo, chaira jaite chaile kichui paibi na",
                "beton er baki ta jomai rakhse, ber hoye gele ekta poisa o pabo na"],
    "bn": ["চার মাস বেতন পাই নাই, সিজন শেষে দিবে, ছাইড়া গেলে কিছুই পাবি না", "বেতনের বাকিটা জমাই রাখছে, ছেড়ে গেলে এক পয়সাও পাবি না"],
}
KICKBACK = {
    "en": ["my payslip shows 40 hours but the manager makes us give back 150 pound in cash",
           "salary goes into my account, then i withdraw and give 500 to the agent, boss says rule"],
    "bn-Latn": ["payslip e 37 ghonta dekhay, kintu manager bole cash e ferot dite", "salary account e dhukar por boss ke cash e ferot dite hoy"],
    "bn": ["পে স্লিপে ৪০ ঘণ্টা দেখায়, কিন্তু ম্যানেজার বলে ক্যাশে ফেরত দিতে", "একাউন্টে ঢুকে, তারপর মালিককে ক্যাশে ফেরত দিতে হয়"],
}
INJURY = {
    "en": ["I lost two fingers at the press machine, the company sent me home, no compensation"],
    "bn-Latn": ["machine e hat kete gese, company khotipuron dey nai", "kaj er somoy angul kete gelo, malik chikitsa koray nai"],
    "bn": ["মেশিনে হাত কেটে গেছে, কোম্পানি ক্ষতিপূরণ দেয় নাই", "কাজের সময় আঙুল কেটে গেল, মালিক চিকিৎসা করায় নাই"],
}
LABOUR_OK = [
    "if you leave the job before the contract ends you get nothing extra, only the salary of the month",
    "course chere gele admission er taka kichui pabi na", "বাসা ছেড়ে গেলে জামানতের টাকা কিছুই পাবি না",
    "my payslip came, I will give back the 500 I borrowed from my friend in cash",
    "payslip e bhul kore beshi dise, office e cash e ferot dite hoy",
    "machine e hat kete gese, khotipuron paisi, alhamdulillah",
    "রান্না করতে গিয়ে হাত কেটে গেছে, চিকিৎসা লাগে নাই",
]


@pytest.mark.parametrize("grid,rule", [(LEAVE, "lab.leave_forfeits_pay"), (KICKBACK, "lab.wage_kickback"),
                                       (INJURY, "lab.injury_abandoned")])
def test_labour_grids(matcher, grid, rule):
    check_grid(matcher, [t for script in grid for t in grid[script]], LABOUR_OK, rule=rule)


MAID = {
    "en": ["also my sister's flat on fridays", "no leave at all", "salary goes to the khala, not to her"],
    "bn-Latn": ["khalar basay o kaj korte hoy", "kono chuti nai", "beton tar hate dey na"],
    "bn": ["খালার বাসায়ও কাজ করতে হয়", "কোনো ছুটি নাই", "বেতন তার হাতে দেয় না"],
}


def test_maid_conditions_grid(matcher):
    flag = []
    for script in MAID:
        flag += [f"{a}. {b}" for a, b in combinations(MAID[script], 2)]
    ok = ["no leave this week because of eid shopping, salary on time alhamdulillah",
          "amar bon er basay o jabo kal, office bondho"]
    check_grid(matcher, flag, ok, rule="lab.conditions_combined")


# --- 5. MINORS -------------------------------------------------------------------------------------

BEG = {
    "en": ["sardar's order: the kids sit at the bus stand from 6 and beg, bring back 300 or no dinner"],
    "bn-Latn": ["sardar er order: pichchi gula bus stand e sokal theke bosbe, 300 er kom thakle rater khana nai",
                "5 ta pichchi ready, 8 theke 11 bochor, station e hat patbo, sardar ke dimu"],
    "bn": ["সরদারের লাইগা ৫টা পোলাপান রেডি, স্টেশনে হাত পাতবো, ৩০০ এর কম আনলে রাতের খানা নাই",
           "পিচ্চিগুলা মাজারে সকাল থেকে বসবে, ২০০ টাকার কম থাকলে রাইতে খাওন নাই"],
}


def test_child_begging_grid(matcher):
    flag = [t for script in BEG for t in BEG[script]]
    ok = ["the kids sit at the station waiting for the train, bring back some snacks",
          "pichchi gula station e bosbe, train ashle uthbe, ami ticket kati",
          "karo kache hat pata lage na amar, alhamdulillah"]
    check_grid(matcher, flag, ok, rule="mn.child_sent_to_beg")


CHILD = {
    "en": ["my brother is 12", "she is only 11"],
    "bn-Latn": ["amar bhai er boyos 12", "choto meye, boyos matro 11"],
    "bn": ["আমার ভাইয়ের বয়স ১২", "বয়স মাত্র ১১"],
}
CHILD_WORK = {
    "en": ["works in a garage all day", "he is a hotel boy now, works at a tea stall"],
    "bn-Latn": ["garage e kaj kore sara din", "bus er helper", "kajer meye hisebe rakhse"],
    "bn": ["গ্যারেজে কাজ করে সারাদিন", "বাসের হেলপার", "কাজের মেয়ে হিসেবে রাখছে"],
}


def test_child_work_grid(matcher):
    flag = [f"{c}, {w}" for script in CHILD for c, w in product(CHILD[script], CHILD_WORK[script])]
    ok = ["my brother is 12, he wants to be a mechanic, loves the garage e kaj videos but goes to school, exams next week",
          "garage e kaj kore, beton bhalo", "বাসের হেলপার ভাড়া বেশি চাইছে", "hotel boy brought the tea, checkout at 12"]
    check_grid(matcher, flag, ok, rule="mn.minor_exploited")


DOC_SEASON = {
    "en": ["he took our papers day one and says he keeps them till the season is over",
           "the farmer has my papers, back only when the harvest is over he says"],
    "bn-Latn": ["passport malik er kache, bole season shesh hole dibe"],
    "bn": ["পাসপোর্ট মালিকের কাছে, কয় সিজন শেষ হলে দিবে"],
}


def test_document_back_at_season_end_grid(matcher):
    flag = [t for script in DOC_SEASON for t in DOC_SEASON[script]]
    flag = [t.replace("back only when the harvest is over", "he keeps them until the harvest is over") for t in flag]
    ok = ["the exam papers will be returned after the harvest holiday", "we pick up the visa papers at the airport on arrival",
          "the travel agent will give you the tickets at the airport", "ami duty te busy, pore call dibo. niche namte dibo na aj, pa betha"]
    check_grid(matcher, flag, ok, rule="doc.document_held_on_condition")


# --- 6. MORE SCENES OF CONTROL: moved often, escorted everywhere, worship forbidden, far from anywhere ----------

MOVED = {
    "en": ["we are moved every 3 days to a new flat", "they shift us to another house at night in a closed van"],
    "bn-Latn": ["amader protidin rate onno basay niye jay", "ek jaygay beshi din rakhe na, shift kore notun basay"],
    "bn": ["আমাদের প্রতিদিন রাতে অন্য বাসায় নিয়ে যায়", "এক জায়গায় বেশি দিন রাখে না, নতুন বাসায় শিফট করে"],
}
ESCORT = {
    "en": ["they never let me go alone, the driver takes me and brings me back", "i can't go anywhere alone, someone always comes with me"],
    "bn-Latn": ["ekla kothao jaite dey na, driver niye jay abar niye ashe"],
    "bn": ["একা কোথাও যেতে দেয় না, সাথে সব সময় লোক থাকে"],
}
WORSHIP = {
    "en": ["the kafeel does not let us go to the mosque, not even for jummah"],
    "bn-Latn": ["malik mosjid e jete dey na, jummah o na"],
    "bn": ["মালিক মসজিদে যেতে দেয় না, জুম্মাও না"],
}


@pytest.mark.parametrize("grid,rule", [(MOVED, "iso.moved_between_places"), (ESCORT, "iso.escorted"),
                                       (WORSHIP, "iso.not_let_out")])
def test_more_control_scenes(matcher, grid, rule):
    ok = ["we moved to a new flat last week, come visit", "amra notun basay uthsi, dawat roilo",
          "my mom never lets me go alone to the fair, so my cousin comes", "ammu ekla kothao jaite dey na, rat hoye gele",
          "aj brishti, mosjid e jabo na, ghore namaz pori"]
    check_grid(matcher, [t for script in grid for t in grid[script]], ok, rule=rule)


def test_more_threat_scenes(matcher):
    flag = ["if u complain one more time ur visa finish, i send u back with nothing",
            "they burn us with cigarettes if we miss target", "সিগারেট দিয়ে ছ্যাঁকা দেয় টার্গেট না হলে",
            "we are in the middle of the desert, no shop, no road, the camp is fenced"]
    ok = ["my visa finish next month, i will renew with the company", "he burned me with his comeback lol",
          "we camped in the middle of the desert, no shop no road, best trip ever"]
    check_grid(matcher, flag, ok)
