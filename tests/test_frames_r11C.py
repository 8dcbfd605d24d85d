"""Round 11 of issue 15, part C: scenes of control and threats, tested as grids.

Held-out recall on new writers' sets moved by about an item a round: the writers of dev58 to dev61
(a caseworker on the Libya "game" route, a child-protection officer in Old Dhaka, an organiser of
builders in the Maldives and garment workers in Jordan, an NGO worker on kilns and the Hili border)
described scenes in words the packs had no family for. Each scene below was written first as the
family of ways it is said (written Bengali with the Sylheti, Rangpur, Dhaka and eastern forms;
romanised Bengali in its spellings; English as workers, returnees and caseworkers write it), as
concepts in the "round 11, part C" block of ``rules/shared.lexicon.yaml``, and joined to a rule:

1. GOING OUT REFUSED, IN THE DIALECTS' WORDS FOR "OUT" (``iso.locked_confined``): "bahir hoite dey
   na", "বার অইতে দেয় না", "বাইর হইতে দেয় না"; the door locked from outside ("bahir theke lock
   dey"); no way off an island, a camp or a kiln ("ber howar kono upay nai").
2. CALLS ON LOUD (``iso.contact_watched``): the phone on loud or speaker by order ("লাউড দেওয়া
   নাগে"), the controller sitting beside the worker.
3. WHAT TO SAY WHEN HOME CALLS (``iso.cover_story_controlled``): a say-verb in the dialects'
   persons ("কইবায়", "কবি", "কইম") with silence ordered ("মাতবায় না"), or a claim that she is at
   work or asleep told to her mother.
4. KEPT MOVING (``iso.moved_between_places``): "never keep her in one place more than three days".
5. A PHONE TAKEN "FOR WORK" AND NEVER GIVEN BACK (``doc.phone_confiscated``).
6. THREATS (``thr.conditional_harm``, ``thr.menace_on_escape``, ``thr.violence``): a relative never
   to be seen again, an end at sea or as fish food, a sale to the next group, the runaway caught,
   brought back and beaten.

Each grid's phrasings are written here (none is a dev set's sentence); every one must reach the
review line by the rule named, and the same words in innocent frames (a mother's rule, a flood,
traffic, a grandmother's hearing, a teenager's sleepover, land sold for a debt, a thief caught by a
crowd, a lover's quarrel) stay below it.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. GOING OUT REFUSED ----------------------------------------------------------------------

OUT_REFUSED = {
    "bn-Latn": ["flat e rakhse 2 mash, bahir hoite dey na", "madam amake bahir hoite dey na ekdin o",
                "camp theke bair hoite dey na, gate e guard", "boss bar oite dey na kauke",
                "kiln theke bahir hote dey nai puro season"],
    "bn": ["দুই মাস ধরে ঘরে রাখছে, বাইর হইতে দেয় না", "ম্যাডাম বাহির হইতে দেয় না একদিনও",
           "মালিক বার অইতে দেয় না, গেইটো তালা", "ক্যাম্প থেকে বাইর হইতে দেয় নাই তিন হপ্তা"],
}
LOCK_OUTSIDE = {
    "bn-Latn": ["rait e supervisor bahir theke tala dey", "boss er lok bair theke lock kore rakhe shed e",
                "bahir theke dorja lagai dey ratre"],
    "bn": ["রাতে বাহির থেকে তালা দেয় ম্যানেজার", "সর্দার বাইর থিকা দরজা আটকায় দেয়", "বার থাকি শিকল দেয় রাইতে"],
}
NO_WAY = {
    "en": ["there is no way off the island, the only boat is the company's", "no way to leave the camp, desert all around",
           "stuck on the island 7 months, the boat only comes for the manager"],
    "bn-Latn": ["island theke ber howar kono upay nai", "bhata theke bair howar upay nai, sardar pahara dey",
                "jongol er camp theke palanor kono rasta nai"],
    "bn": ["দ্বীপ থেকে বের হওয়ার কোনো উপায় নাই", "ক্যাম্প থাকি বার অইবার কোনো রাস্তা নাই", "ইটভাটা থেকে পালানোর কোনো পথ নাই"],
}
OUT_OK = [
    "ammu rate bahir hoite dey na, porikkha samne",
    "বন্যার পানিতে বাইর হইতে পারি না, উঠানে হাঁটু পানি",
    "traffic jam e atke asi, ber howar kono upay nai",
    "লিফটে আটকা পড়ছি, বের হওয়ার কোনো উপায় নাই",
    "ei dena theke ber howar kono upay nai, kisti dite dite shesh",
    "the island resort was lovely, we took the boat back on sunday",
    "tor bhai ke bollam bahir hoite, o to ghum theke uthe nai",
    "ঝড়ের জন্য দ্বীপ থেকে বের হওয়ার উপায় নাই, ফেরি বন্ধ",
]


def test_going_out_refused_grid(matcher):
    flag = [t for d in (OUT_REFUSED, LOCK_OUTSIDE, NO_WAY) for s in d for t in d[s]]
    check_grid(matcher, flag, OUT_OK, rule="iso.locked_confined")


# --- 2. CALLS ON LOUD ---------------------------------------------------------------------------

LOUD = {
    "en": ["when i call home it has to be on speaker, madam sits next to me", "the boss lets me call only on speaker",
           "every call must be on speaker, the supervisor listens"],
    "bn-Latn": ["barite phone dile loud e dite hoy, madam shob shune", "ma er sathe kotha bolle loud e diye kotha bolte hoy",
                "speaker on kore kotha bolte hoy, malik pashe"],
    "bn": ["বাড়িতে ফোন দিলে লাউডে দিতে হয়, মালিক পাশে বসে থাকে", "মার সাথে কথা কইলে লাউড দেওয়া নাগে",
           "স্পিকার অন করে কথা বলতে হয় সবসময়"],
}
LOUD_OK = [
    "nanu kane kom shune, tai loud e dite hoy",
    "নানু কানে কম শুনে, লাউডে দিতে হয়",
    "group call e sobai mile kotha bolbo, loud e dite hoy",
    "network kharap, loud e dite hoy na hole shuni na",
    "turn the music up loud, the party starts at 9",
]


def test_calls_on_loud_grid(matcher):
    flag = [t for s in LOUD for t in LOUD[s]]
    check_grid(matcher, flag, LOUD_OK)
    assert len(fired_by(matcher, flag, "iso.contact_watched")) >= len(flag) - 2


# --- 3. WHAT TO SAY WHEN HOME CALLS -------------------------------------------------------------

COVER = {
    "bn": ["বাড়িত কল দিলে খালি কইবায় ভালা আছি, আর কিচ্ছু মাতবায় না", "মায়েরে কবি সব ঠিক, আর কিছু বলবি না",
           "ওর মায় ফোন দিলে কবি ঘুমাইতেছে", "ওর মা কল দিলে বলবি কাজে আছে, পরে কথা কইবো"],
    "bn-Latn": ["barite phone dile koibay bala asi, kisu matbay na", "or ma phone dile kobi kaje ase",
                "tar ma call dile bolbi ghumaitese, pore call dibe"],
    "en": ["if her mother calls tell her she is at work, she'll call later", "when her mom calls just tell her she's busy",
           "tell her family she is sleeping, say nothing else"],
}
COVER_OK = [
    "Riya'r ma phone dile bolbi o amar basay porte boshse",
    "if her mom calls tell her she's at my place for the birthday party",
    "ওর মা ফোন দিলে বলবি টিউশনে গেছে",
    "or ma phone dise, o kaje ase bollam",
    "ammu phone dile bolbi ami ghumaitesi, surprise ta nosto korbi na",
    "ammu phone dile bolbi ami ghumaitesi, ami ekhon bahire",
    "if mom calls tell her i am at work, i will call her later",
    "মা ফোন দিলে বলো আমি ভালো আছি, চিন্তা না করে",
]


def test_cover_when_home_calls_grid(matcher):
    flag = [t for s in COVER for t in COVER[s]]
    check_grid(matcher, flag, COVER_OK, rule="iso.cover_story_controlled")


# --- 4. KEPT MOVING -----------------------------------------------------------------------------

MOVING = {
    "bn": ["মাইয়াটারে অন্য বাসায় সরায় দে, এক জায়গায় দুই দিনের বেশি রাখিস না", "মেয়েগুলারে এক জায়গায় বেশি দিন রাখবি না"],
    "bn-Latn": ["meye ta re sorai de, ek jaygay 3 diner beshi rakhis na", "oder ek jaigay beshi din rakhba na, shift kore de"],
    "en": ["move her tonight, never keep her in one place more than two nights",
           "dont keep them in one place, keep moving the girls every few days"],
}
MOVING_OK = [
    "mach ta ek jaygay beshi din rakhis na, pocha gondho hobe",
    "এক জায়গায় বেশি দিন চাল রাখবি না, পোকা ধরে",
    "dont keep the laptop in one place near the window, it gets hot",
]


def test_kept_moving_grid(matcher):
    flag = [t for s in MOVING for t in MOVING[s]]
    check_grid(matcher, flag, MOVING_OK, rule="iso.moved_between_places")


# --- 5. A PHONE TAKEN FOR WORK, NEVER GIVEN BACK --------------------------------------------------

PHONE_KEPT = {
    "bn": ["সুপারভাইজার ফোন নিয়া নিছে, কইছে কাজের সময় ফোন চলবে না, এক মাস হইলো ফেরত দেয় নাই"],
    "bn-Latn": ["manager phone niye nise kaj er somoy rakha jabe na bole, 3 hopta holo ferot dey nai"],
    "en": ["they took my phone during work saying its the rule, two weeks and they still haven't given it back",
           "the line leader took our phones during the shift and never gave it back"],
}
PHONE_OK = [
    "kaj er somoy phone supervisor er kache joma thake, chuti hole ferot dey",
    "phones are collected during the shift and returned at the gate every evening",
    "কাজের সময় ফোন লকারে রাখি, ছুটির পর নিজেই নিয়া যাই",
]


def test_phone_kept_for_work_grid(matcher):
    flag = [t for s in PHONE_KEPT for t in PHONE_KEPT[s]]
    check_grid(matcher, flag, PHONE_OK, rule="doc.phone_confiscated")


# --- 6. THREATS ---------------------------------------------------------------------------------

NEVER_SEE = {
    "bn-Latn": ["case korle tor pola re ar kono din dekhbi na", "NGO te gele apnar puta re kunu din dekhbain na",
                "police e gele tor bhai re jibone dekhbi na"],
    "bn": ["মামলা করলে তোর পোলারে আর কোনো দিন দেখবি না", "থানায় গেলে আপনার পুতরে কুনু দিন দেখবায় না"],
    "en": ["if you go to the police you will never see your son again", "complain and you'll never see ur brother again"],
}
END_PLACE = {
    "bn-Latn": ["taka na dile sea tei shesh", "kotha bolle maach er khabar banamu"],
    "bn": ["টাকা না দিলে সাগরেই শেষ", "পালাইলে মাছের খাবার বানামু"],
    "en": ["if the family doesnt pay he ends up in the sea", "try to run and you are fish food"],
}
SOLD_ON = {
    "en": ["whoever tries to leave will be sold to the next compound", "if you run again we sell you to the other group"],
    "bn-Latn": ["palaile tore bikri kore dimu onno group er kache", "kaj na korle tore beicha dimu arab er kache"],
    "bn": ["পালাইলে তোরে বেইচা দিমু", "কথা না শুনলে অন্য দলের কাছে বিক্রি কইরা দিমু"],
}
THREAT_OK = [
    "bidesh gele ar kono din tor ma ke dekhbi na, boro hote dekhbi na",
    "tumi chole gele ar kono din amake dekhbe na",
    "if we can't pay the loan the house will be sold",
    "porikkha kharap hole abbu bolse mobile bikri kore dibe",
    "the sea was rough, we came back early from the beach",
]


def test_threat_grid(matcher):
    flag = [t for d in (NEVER_SEE, END_PLACE, SOLD_ON) for s in d for t in d[s]]
    check_grid(matcher, flag, THREAT_OK)


CAUGHT = {
    "bn-Latn": ["Rana bhai palaite chaisilo, dhoira ania marse", "kal ekjon palaise, boss er lok dhore niye ashse, lathi diye marse"],
    "bn": ["সুমন পালাইতে চাইছিল, ধইরা আইনা মারছে", "গতকাল একজন পালাতে চেয়েছিল, ধরে এনে পিটাইছে"],
    "en": ["one guy tried to run, they caught him and brought him back and beat him", "Nadia tried to escape, they dragged her back and hit her"],
}
CAUGHT_OK = [
    "amader goru ta palaise, dhore niye ashse bhai",
    "the kid ran off from school, his teacher brought him back, no one hit him",
]


def test_caught_and_beaten_grid(matcher):
    flag = [t for s in CAUGHT for t in CAUGHT[s]]
    check_grid(matcher, flag, CAUGHT_OK)
    assert len(fired_by(matcher, flag, "thr.violence")) == len(flag)


def test_a_slot_alone_never_fires(matcher):
    """One slot of a combination alone: a far place, a say-verb, a claim she is asleep, a sale."""
    assert_not_fired(matcher, ["we live on an island, the boat comes on friday", "ber howar kono upay nai bhai"],
                     "iso.locked_confined")
    assert_not_fired(matcher, ["kobi kaje ase, ami pore jabo", "or ma bollo o ghumaitese"], "iso.cover_story_controlled")
    assert_not_fired(matcher, ["will be sold at the auction on friday", "tore bikri korte dekhsi bazar e"],
                     "thr.conditional_harm")


# --- 7. TALKING BACK AND THE LAW'S HARMS (batch 2) ------------------------------------------------

LEGAL = {
    "bn": ["বেশি প্যাঁচাল পারলে পুলিশের হাতে তুলে দিব", "তর্ক করলে ইমিগ্রেশনে ধরাইয়া দিমু, ডিপোতে পইচা মরবি",
           "পালাইলে তোর বাড়ি ক্রোক করবে কোর্ট", "কাজ বন্ধ করলে পারমিট রিনিউ করমু না, টিকেট দিমু না"],
    "bn-Latn": ["beshi pechal parle police daika tuila dimu", "jhamela korle immigration e dhoraiya dimu",
                "kaj bondho korle permit renew korbo na", "natok korle khawa bondho"],
    "en": ["if he runs we file police case against your family", "anyone who stops work gets no permit renewal and no ticket home",
           "answer back again and we report you to immigration", "if you make drama the debt will double"],
}
LEGAL_OK = [
    "amader bari te tin din khawa bondho chilo, ammu er jor",
    "if you want the permit renewal, submit the form before friday",
    "ticket dibo na bolsilo travel agent, pore dise",
]


def test_talk_back_and_legal_harm_grid(matcher):
    flag = [t for s in LEGAL for t in LEGAL[s]]
    check_grid(matcher, flag, LEGAL_OK)


# --- 8. AN ACCOUNT RUN BY THE ONE IN CONTROL ----------------------------------------------------

ACCOUNT = {
    "bn-Latn": ["tomar imo id ta ami chalabo ekhon theke", "amar facebook id ora chalay, ami kisu likhte pari na",
                "tomar whatsapp e ami reply dibo, tumi phone dhorba na"],
    "bn": ["তোমার ইমো আইডি আমি চালাবো, তোমার হয়ে আমি রিপ্লাই দিমু", "আমার ফেসবুক আইডি এখন ওরা চালায়"],
    "en": ["they run my facebook now, they answer my messages", "from today i run your imo account, i reply for you"],
}
ACCOUNT_OK = [
    "amader dokaner facebook page ora chalay",
    "my cousin runs the shop's facebook page, i reply for you when you are busy",
    "আমার ইউটিউব চ্যানেল ভাইয়া চালায়",
]


def test_account_run_by_controller_grid(matcher):
    flag = [t for s in ACCOUNT for t in ACCOUNT[s]]
    check_grid(matcher, flag, ACCOUNT_OK, rule="iso.accounts_held")


# --- 9. MOVED AT NIGHT, BLINDFOLDED -------------------------------------------------------------

RELOCATED = {
    "bn-Latn": ["raat 3 tay building change korlo, chokh bendhe gari te tulse", "amader basa bodlai dise abar, kothay asi jani na"],
    "bn": ["রাতে আবার বাসা চেঞ্জ করল, চোখ বেঁধে গাড়িতে তুলছে", "ক্যাম্প বদল করছে রাতে, কোথায় আছি জানি না"],
    "en": ["they moved us again at night, blindfolded in the van", "changed the building last night, we dont know where we are"],
}
RELOCATED_OK = [
    "amra basa change korlam, notun basa ta bhalo",
    "we changed buildings last month, the new office is in Gulshan",
    "office er room change korse, kal theke 5 tolay",
]


def test_moved_at_night_grid(matcher):
    flag = [t for s in RELOCATED for t in RELOCATED[s]]
    check_grid(matcher, flag, RELOCATED_OK, rule="iso.moved_between_places")


# --- 10. THE ONE WHO TRIED TO LEAVE: NOT SEEN SINCE, CHAINED, THE LESSON ------------------------

EXAMPLE = {
    "en": ["a boy tried to leave the compound last month, nobody has seen him since",
           "the last girl who tried to run, they kept her in the sun 2 days. after that nobody tried"],
    "bn-Latn": ["ekjon palaite chaisilo, tarpor theke ar dekhi nai", "je palaisilo tare mairse, keu ar palay nai"],
    "bn": ["একজন পালাইতে চাইছিল, তারপর থেকে আর দেখি নাই", "পালাইতে গিয়া ধরা পড়া পোলাডারে হাতকড়া দিয়া খাটের সাথে বাইন্ধা রাখছে"],
}
EXAMPLE_OK = [
    "amader biral ta palaise, tarpor theke ar dekhi nai",
    "Rafi tried to call me yesterday, haven't seen him since the wedding",
    "chor ta palaite giya dhora porse, lokjon chere dise",
]


def test_menace_by_example_grid(matcher):
    flag = [t for s in EXAMPLE for t in EXAMPLE[s]]
    check_grid(matcher, flag, EXAMPLE_OK)
