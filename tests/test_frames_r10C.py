"""Round 10 of issue 15, part C: scenes of control, threats, labour and minors, tested as grids.

Held-out recall moved by an item a round because the writers of new sets described scenes the packs
had no words for. Each scene below was written first as the family of ways it is said (English in
its registers: a worker's text-speak, Gulf English, a caseworker's or a lawyer's paraphrase in the
third person and the passive; romanised Bengali; written Bengali with the eastern forms), as
concepts in the "round 10, part C" block of ``rules/shared.lexicon.yaml``, and joined to a frame:

1. PAPERS OUT OF REACH (``doc.papers_out_of_reach``): the passport never seen again since arrival,
   "he's got it" or "amar hate nai" beside the time since arrival or a refusal, or a caseworker's
   "retained her passport", "no access to her documents".
2. NEVER OUTSIDE (``iso.never_outside``): not out of the house or the camp for weeks or months.
3. A HOUSE'S RULES (``iso.house_rules``): brought there at night in a closed van and not knowing the
   place's name, the location tracked or the passwords taken, guards on every floor, high walls.
4. CALLS ON THE CONTROLLER'S TERMS (``iso.contact_watched``): the phone put on speaker by order.
5. THE CASEWORKER'S PARAPHRASE (``iso.locked_confined``, ``iso.contact_restricted``,
   ``iso.secrecy``): "not permitted to leave the premises", "no means of communication", "told not
   to reveal her real name".
6. THREATS (``thr.conditional_harm``, ``thr.menace_on_escape``, ``thr.violence``): a body never
   found, a coffin, a false case with drugs planted, the dark room, overboard, food refused, a fine
   put on the debt, a quota missed as the condition; tied to the mast.
7. LABOUR (``lab.wages_withheld``): not one coin in hand, said in English.
8. MINORS (``mn.minor_exploited``): a child said young by her body or in text-speak ("13yo",
   "she's twelve") near a ship-breaking yard, a load carried, a house's work or a marriage.

Each grid's phrasings are written here (none is a dev set's sentence); every one must reach the
review line by the frame's rule, and the same words in innocent frames (a visa's stamping, a
mislaid passport, a fever, a hostel's warden, a school's fine, a photographer's dark room, a call
centre, a baby's age) stay below it.
"""

from itertools import product

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. PAPERS OUT OF REACH ---------------------------------------------------------------------

DOC_UNSEEN = {
    "en": ["I haven't seen my passport since I landed", "never saw my passport again after the airport",
           "havent seen my passport since day one, boss says its safe"],
    "bn-Latn": ["ashar por theke passport ar dekhi nai", "passport chokhe o dekhi nai 7 mash",
                "passport ar hate pai nai, malik bole office e ase"],
    "bn": ["আসার পর থেকে পাসপোর্ট আর চোখে দেখি নাই", "পাসপোর্ট একবারও দেখি নাই এই দেশে আসার পর",
           "পাসপোর্ট আর হাতে পাই নাই"],
}
DOC_HAS = {
    "en": ["he's got my passport since the day I landed", "the sponsor has my passport and won't give it",
           "the agent has my passport since the airport"],
    "bn-Latn": ["passport tar kache, chaile dey na", "passport amar hate nai, malik er kache 8 mash"],
    "bn": ["পাসপোর্ট মালিকের কাছে, আমার হাতে নাই, চাইলেও দেয় না", "আসার পর থেকে পাসপোর্ট ওদের কাছে"],
}
DOC_CASE = [
    "Client states the employer retained her passport throughout her employment.",
    "Survivor had no access to her identity documents for two years.",
    "His passport was never handed back to him by the agency.",
    "Her Aadhaar card was kept by the broker the whole time.",
]
DOC_OK = [
    "I haven't seen my passport since the visa stamping at the embassy",
    "passport ashar por theke ar dekhi nai, kothay rakhsi mone nai",
    "passport delivery hoy nai, ekhono hate pai nai",
    "ভিসা লাগানোর জন্য পাসপোর্ট এম্বাসিতে, এখনো হাতে পাই নাই",
    "my passport is with my wife at home, she has it for the months I am away",
    "bhaiya tomar passport ar visa r kagoj shelf er nil file e rekhe dichi",
    "Passport stays with the worker. Salary paid monthly.",
    "the passport office has it, they said 3 months",
]


def test_papers_out_of_reach_grid(matcher):
    flag = [t for d in (DOC_UNSEEN, DOC_HAS) for s in d for t in d[s]] + DOC_CASE
    check_grid(matcher, flag, [], rule="doc.papers_out_of_reach")
    assert_not_fired(matcher, DOC_OK, "doc.papers_out_of_reach")


# --- 2. NEVER OUTSIDE ---------------------------------------------------------------------------

NOT_OUT = {
    "en": ["I have not been outside", "haven't stepped out of the house", "havent left the camp", "haven't seen the street"],
    "bn-Latn": ["ekdin o baire jai nai", "rasta dekhi nai", "ber hoite pari nai"],
    "bn": ["একদিনও বাইরে যাই নাই", "বাইরের আলো দেখি নাই", "ঘর থেকে বের হই নাই"],
}
SPAN = {
    "en": ["in 3 months", "since I came here", "for months now"],
    "bn-Latn": ["3 mash dhore", "ashar por theke"],
    "bn": ["৪ মাস ধরে", "আসার পর থেকে"],
}
NOT_OUT_OK = [
    "I haven't been outside in 3 weeks because of the snow", "haven't left the house in months lol netflix",
    "jor er jonno 2 soptah baire jai nai", "পরীক্ষার জন্য ২ মাস ধরে বের হই নাই",
    "since I came here the weather is great, I go out every evening", "baby hoise, 2 mash dhore baire jai nai, ammu ase sathe",
]


def test_never_outside_grid(matcher):
    flag = [f"{a} {b}" for s in NOT_OUT for a, b in product(NOT_OUT[s], SPAN[s])]
    flag += [f"{b} {a}" for s in NOT_OUT for a, b in product(NOT_OUT[s], SPAN[s])]
    check_grid(matcher, flag, [], rule="iso.never_outside")
    assert_not_fired(matcher, NOT_OUT_OK, "iso.never_outside")


# --- 3. A HOUSE'S RULES: brought unseen, tracked, guarded, walled ---------------------------------

HOUSE = {
    "blind": ["they brought us here at night in a closed van", "rate gari te anse, janala kalo", "রাতে মাইক্রোতে আনছে, জানালা কালো"],
    "lost": ["i dont even know the name of this place", "no idea which city we are in", "কোন দেশে আছি জানি না"],
    "track": ["she checks my location every hour", "amar fb password niye nise", "লোকেশন চেক করে সারাদিন"],
    "guards": ["guards with tasers on every floor", "armed guards at the gate", "বন্দুক নিয়া পাহারা দেয়"],
    "walls": ["the compound has high walls", "charpashe kata tar", "চারপাশে কাঁটাতার"],
}


def test_house_rules_new_slots(matcher):
    slots = list(HOUSE)
    flag = [f"{a}. {b}" for i, x in enumerate(slots) for y in slots[i + 1:] for a, b in product(HOUSE[x][:2], HOUSE[y][:2])]
    check_grid(matcher, flag, [], rule="iso.house_rules")
    # one slot alone never fires the combination
    assert_not_fired(matcher, [t for s in HOUSE for t in HOUSE[s]], "iso.house_rules")


# --- 4. CALLS ON THE CONTROLLER'S TERMS -----------------------------------------------------------

SPEAKER = ["she makes me put the phone on speaker when my mum calls", "i can only call when madam dials the number herself",
           "speaker e diye kotha bolte hoy, madam pashe bose thake", "মা ফোন দিলে লাউড দিয়া কথা কইতে হয়",
           "স্পিকারে দিয়ে কথা বলতে হয়, ম্যাডাম শোনে"]
SPEAKER_OK = ["my mum makes me put it on speaker when grandma calls", "put the phone on speaker, i am driving",
              "speaker ta kharap, loud e shona jay na"]


def test_speaker_grid(matcher):
    check_grid(matcher, SPEAKER, SPEAKER_OK, rule="iso.contact_watched")


# --- 5. THE CASEWORKER'S PARAPHRASE -----------------------------------------------------------------

PARAPHRASE = {
    "iso.locked_confined": ["She was not permitted to leave the premises unaccompanied.",
                            "The survivor was confined to the flat and only allowed out with the madam.",
                            "He reports that his movement was restricted for the whole contract."],
    "iso.contact_restricted": ["She was under no circumstances given a phone and had no means of communication.",
                               "She was denied access to a phone for the entire period.",
                               "Contact with her family was limited to one call a month in the presence of the broker."],
    "iso.secrecy": ["She was given a new name and told not to reveal her real name to anyone.",
                    "asol nam bolbi na kauke, ekhane tor nam rupa", "আসল নাম বলবি না কাউরে"],
}
PARAPHRASE_OK = ["I stayed in because of the rain and could not leave the house", "our calls are monitored for quality and training",
                 "the baby is under constant supervision in the hospital", "we need permission to go out from the hostel warden after 10"]


def test_paraphrase_grid(matcher):
    for rule, texts in PARAPHRASE.items():
        check_grid(matcher, texts, [], rule=rule)
    check_grid(matcher, [], PARAPHRASE_OK)


# --- 6. THREATS -----------------------------------------------------------------------------------

COND = {
    "en": ["if you try to run", "if you miss the target again", "if u complain"],
    "bn-Latn": ["palaile", "target puron na hole", "beshi kotha bolle"],
    "bn": ["পালাইলে", "টার্গেট পূরণ না হইলে", "নালিশ করলে"],
}
HARM = {
    "en": ["no one will ever find your body", "they put you in the dark room", "we put drugs in your bag and call the police",
           "you go overboard", "it goes on your debt", "we send you home in a coffin"],
    "bn-Latn": ["tor lash o pabe na keu", "andhar ghore rakhbo", "bag e yaba dhukaiya police e dimu", "sagore fele dimu",
                "mittha mamla dimu", "khaite dibo na"],
    "bn": ["তোর লাশও পাবে না কেউ", "অন্ধকার ঘরে রাখমু", "ব্যাগে ইয়াবা ঢুকাইয়া পুলিশে দিমু", "সাগরে ফেলে দিমু",
           "মিথ্যা মামলা দিয়া দিমু", "খাইতে দিমু না"],
}
THREAT_OK = [
    "if you miss the bus you will be fined by the school", "if you miss the target this month no bonus, sorry guys",
    "the kids are in the dark room developing photos", "we went overboard with the wedding shopping lol",
    "if it rains we will find you a dry room", "the cat is tied to a post in the yard",
    "Awareness: brokers say 'if you run no one will find your body'. If you hear this, call 999.",
]


def test_threat_grid(matcher):
    flag = [f"{c}, {h}" for s in COND for c, h in product(COND[s], HARM[s])]
    check_grid(matcher, flag, THREAT_OK, rule="thr.conditional_harm")


VIOLENCE = ["the skipper tied him to the mast all night", "they tied my hands and beat me", "majhi khuti te bendhe marse",
            "হাত পা বেঁধে মারছে", "they put him in the water prison for a week"]


def test_violence_more(matcher):
    check_grid(matcher, VIOLENCE, ["i am tied up with work all week", "tie the boat to the post"], rule="thr.violence")


# --- 7. LABOUR ---------------------------------------------------------------------------------------

UNPAID = ["not one taka in my hand since i came", "7 months and not a single dirham", "we have never been paid, not a cent",
          "no salary since i came, they say they send it home", "haven't been paid since january"]
UNPAID_OK = ["i paid the client, not a cent more", "the shop gave me change, not one taka missing"]


def test_unpaid_en(matcher):
    check_grid(matcher, UNPAID, UNPAID_OK, rule="lab.wages_withheld")


# --- 8. MINORS --------------------------------------------------------------------------------------

CHILD = {
    "en": ["she's twelve", "the 13yo", "my cousin, 11 y/o,", "the girl hasn't even got her period yet and"],
    "bn-Latn": ["11 bochorer pola", "meyetar masik o hoy nai,", "ekhono putul khele, oke"],
    "bn": ["১১ বছরের পোলা", "মাসিকও হয় নাই, মেয়েটারে", "এখনো পুতুল খেলে, তারে"],
}
PUT = {
    "en": ["works on the ship breaking yard carrying plates", "they married her off to a man in India",
           "was sent to a house in dhaka to work day and night"],
    "bn-Latn": ["yard e plate tane", "biye dia dise", "dhaka r basay kaj e lagaise"],
    "bn": ["ইয়ার্ডে প্লেট টানে", "বিয়া দিয়া দিছে", "বাসায় কামে লাগাইছে"],
}
CHILD_OK = ["my 12yo daughter started class 6 this year", "she is only ten minutes away",
            "he is just twelve months old and already walking", "she's twelve today, birthday party at 5",
            "ship breaking yard e 3 jon mara gese, news e dekhlam"]


def test_child_grid(matcher):
    flag = [f"{c} {p}" for s in CHILD for c, p in product(CHILD[s], PUT[s])]
    check_grid(matcher, flag, CHILD_OK, rule="mn.minor_exploited")


# --- 9. THE RETURNEE'S PAST, ACCOUNTS, NAMES, TERMS, HOME REFUSED ------------------------------------

PAST = {
    "iso.contact_restricted": ["বাড়িতে ফোন করতে দিত না", "barite phone korte dito na, mobile niye nito", "kotha bolte dito na karo sathe"],
    "doc.phone_confiscated": ["dalal amar mobile bhenge felse jate bari te jogajog na kori", "দালাল আমার মোবাইল ভাইঙ্গা ফেলছে",
                              "the manager broke my phone when he saw me calling home"],
    "iso.secrecy": ["amar nam bodle dise, notun nam rakhse priya", "they gave her a new name, a hindu name, in Pune"],
    "iso.locked_confined": ["I was never allowed to leave the flat", "she was kept in a room in Mumbai for 8 months"],
    "doc.papers_out_of_reach": ["ora amar sob kagoj niye nisilo", "ওরা আমার সব কাগজ নিয়া নিছিল",
                                "Workers must surrender their passports on arrival", "passport deposit compulsory, returned at end of contract"],
    "iso.accounts_held": ["he has her account password and the earnings go to his wallet",
                          "account er password ora rakhse, ami login korte pari na", "পাসওয়ার্ড ওরা রাখছে, আমি লগইন করতে পারি না"],
    "lab.cannot_leave": ["not allowed to go home for Eid, haven't been home in 3 years", "the kafeel won't let me go home, 4 years now"],
    "lab.forced_to_sign": ["we sign blank papers every month for the sardar", "malik sada kagoje sign nay protimash"],
}
PAST_OK = [
    "ami amar kagoj niye nisilam office theke", "amar choto bhai rag kore amar phone bhenge felse",
    "I broke my phone yesterday, dropped it", "NID te amar nam bhul kore bodle dise, songshodhon korte hobe",
    "biye r por or nam bodle dise", "ammu amake raat e bahire jaite dito na, ekhon ami boro",
    "she was kept in hospital for two days for observation", "we named the puppy, gave her a new name",
    "someone hacked my fb and locked me out of my own account", "passport deposit at VFS for the visa, returned in 10 days",
]


def test_past_and_terms_grid(matcher):
    for rule, texts in PAST.items():
        check_grid(matcher, texts, [], rule=rule)
    check_grid(matcher, [], PAST_OK)


TAKEN_CHILD = {
    "en": ["she was underage when", "she was in class 8 when", "the girl, still in school,"],
    "bn-Latn": ["nabalika meye ke", "kishori meye der"],
    "bn": ["অপ্রাপ্তবয়স্ক মেয়েটাকে", "নাবালিকা মেয়েকে"],
}
TAKEN = {
    "en": ["he took her across the border", "the broker promised her a job in a parlour in Mumbai", "he took her to Kolkata promising marriage"],
    "bn-Latn": ["biyer kotha bole india niye gese", "kaj er kotha bole dubai pathay"],
    "bn": ["বিয়ের কথা বলে ভারতে নিয়ে গেছে", "কাজের কথা বলে বর্ডার পার করে"],
}
TAKEN_OK = ["when she was in class 8 her father took her to India for treatment", "my underage cousin can't drive yet lol",
            "she was still in school when we moved across the border to our new house",
            "Awareness: brokers promise marriage to underage girls and take them across the border. Call 1098."]


def test_child_taken_grid(matcher):
    flag = [f"{c} {t}" for s in TAKEN_CHILD for c, t in product(TAKEN_CHILD[s], TAKEN[s])]
    check_grid(matcher, flag, TAKEN_OK, rule="mn.minor_exploited")
