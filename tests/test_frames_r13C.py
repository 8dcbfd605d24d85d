"""Round 13 of issue 15, part C: scenes of control and threats, tested as grids.

The held-out sets of round 12 (dev68 to dev71: a maritime-welfare officer on the trawlers of Chattogram,
Cox's Bazar and Patuakhali, an investigator of forced begging and the Umrah schemes, a social worker in
Gazipur's and Narayanganj's boarding flats, a moderator of job pages for southern Europe) missed control
and threats mostly with no hit at all. Each scene below was written first as a family in the three
scripts (the concepts of the block "round 13, part C" of ``rules/shared.lexicon.yaml``) and joined to a
rule; none of these phrasings is a dev set's sentence. Every one must reach the review line by the rule
named, and its innocent twins (a hostel's rule, a sister's care, a friend's phone, a surprise, a boat
moored for a storm, a picnic's photos, a son fetching his mother from the station) must not fire it.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. THE BOARDING FLAT'S, THE TRAWLER'S AND THE LINE'S REGIME (iso.house_rules) -------------------
# the ID, SIM or papers kept by the speaker, phones in the office drawer; going out with a minder, no
# visitors; her going out reported; calls home cut, the SIM changed; the searcher denied, the worker
# hidden when a helper comes; a crew never ashore; the captive's call in secret

REGIME = {
    "en": ["your NID and sim i'm keeping, harale jhamela. when you go out Rakib goes with you",
           "I'll keep your id card and sim, if you go out alone someone will tell me",
           "New girls: phones stay in the office drawer at night, no girl goes to the market alone",
           "boss keeps her papers, she can go out only if Mita goes with her",
           "told her she can't call her family anymore, i changed her sim",
           "if her brother comes looking for her, tell him she's not here. i changed her sim too",
           "if the NGO apa comes, hide her in the back room, you keep her phone",
           "we never go ashore, 7 months now, i am writing from another man's phone, dont call back",
           "my son called for one minute, someone was standing next to him, he said don't call back",
           "my sister called from a strange number, whispering, said someone was standing next to her and not to call back",
           "they took her sim and gave her a new one, her family can't call her anymore"],
    "bn": ["তোমার এনআইডি কার্ড আর সিম আমি রাখলাম, বাইরে গেলে সুমি সাথে যাবে",
           "কাগজ আর সিম আমার কাছে রাখলাম, একা বাজারে যাবি না, দেখলে আমার কাছে খবর আসবে",
           "সব ফোন অফিসের ড্রয়ারে থাকবে, কেউ দেখা করতে আসতে পারবে না",
           "ওর বাড়িতে আর ফোন দিতে পারবে না, সিম বদলাইয়া দিছি, কেউ খুঁজতে আসলে কইবি এইখানে নাই",
           "এনজিওর আপা আসলে সরাইয়া দে, ফোনটা তোর কাছে রাখবি",
           "সাত মাস ধইরা কূলে নামি নাই, অন্যের ফোন থেকে দিলাম, উল্টা ফোন দিও না",
           "ভাই এক মিনিট ফোন দিছে, পাশে লোক দাঁড়াইয়া ছিল, কইলো উল্টা ফোন দিও না"],
    "bn-Latn": ["tor nid card ar sim ami rakhlam, baire gele Shathi sathe jabe",
                "sob phone office er drawer e thakbe, kono visitor na, ekla gele amar kache khobor ashbe",
                "ore bari te ar phone dite parbe na, sim change kore dilam. keu khujte ashle bolbi ekhane nai",
                "ngo r lok ashle meyeta ke pichoner ghore pathay de, phone ta tor kache rakhbi",
                "7 mash dhore kule nami nai, onner phone theke dilam, call back korio na",
                "bhai phone dise 1 minute, pashe lok dariye chilo, bollo call back korio na"],
}
REGIME_OK = [
    "Rumana goes with you to the market, ammu bolse eka jabi na",
    "call me from your friend's phone, don't call back on this number i'm in class",
    "the hostel warden says no visitors, phones stay in the locker during exams",
    "bhaiya tor sathe jabe, eka bazare jabi na raate",
    "she's not here, she went to the parlour, call later",
    "delete after reading, it's a surprise for abbu's birthday",
    "the boat never goes ashore on friday, we fish near the island",
]


def test_regime_grid(matcher):
    check_rule_grid(matcher, flat(REGIME), REGIME_OK, "iso.house_rules")


def test_regime_needs_two_slots(matcher):
    assert_not_fired(matcher, ["tor nid card ar sim ami rakhlam", "no visitors after 10 pm", "changed her sim",
                               "she's not here", "we never go to port", "delete after reading",
                               "someone was standing next to him"], "iso.house_rules")


# --- 2. PAPERS IN THE BOSS'S CUPBOARD, "THEY KEEP HER PAPERS" (doc.papers_out_of_reach) -------------

PAPERS = {
    "en": ["her passport and NID are in the madam's cupboard, locked", "they keep her papers, she cannot go to the embassy alone",
           "sardar keeps the boys' id cards and the money"],
    "bn": ["তার পাসপোর্ট আর এনআইডি ম্যাডামের আলমারিতে তালা দেওয়া", "কাগজপত্র সব মালিক রাখে, হাতে কিছু নাই"],
    "bn-Latn": ["passport ta malik er almari te tala, chaile dey na", "kagojpotro sob malik rakhe, amar hate kichu nai"],
}
PAPERS_OK = [
    "my passport is in the almari, i keep the key myself",
    "ammu passport ta almari te tala diye rakhse, harabo bole",
    "passport er photocopy office er drawer e, original amar kache",
    "the boss keeps his own papers in the safe",
    "your passport is in the almari, I kept it safe, the agency will send the receipt",
    "আম্মা, পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, এজেন্সিতে আমি নিজে নিয়া যামু",
]


def test_papers_locked_grid(matcher):
    check_rule_grid(matcher, flat(PAPERS), PAPERS_OK, "doc.papers_out_of_reach")


# --- 3. THE SEXTORTION'S PRICE OR DEADLINE (thr.images_to_kin) ---------------------------------------

SEXT = {
    "en": ["your video goes to your mother's inbox unless you pay 20k tonight",
           "send 15k in 1 hour or i send ur pics to ur dad and ur school group"],
    "bn": ["তোর ভিডিও তোর মায়ের ইনবক্সে পাঠামু, ২০ হাজার টাকা দে আজ রাতের মধ্যে", "তোর ছবিগুলা তোর বাপরে পাঠাবো, ৩০ মিনিট সময়, ১৫ হাজার টাকা দে"],
    "bn-Latn": ["tor chobi gula tor abbu r inbox e pathabo, 10 hajar de ekhon, 1 ghonta time",
                "tor video tor college er group e dimu ar tor ammu ke pathamu, 20 hajar bkash e de"],
}
SEXT_OK = [
    "tor birthday er video ta ammu ke pathabo, 2 hajar taka er cake order dilam",
    "send 500 taka for the class picnic, i'll post the photos in the school group tonight",
    "ammu ke video call dao, 5 minute time ache",
]


def test_sextortion_price_grid(matcher):
    check_rule_grid(matcher, flat(SEXT), SEXT_OK, "thr.images_to_kin")


# the victim's own account, the threat in the third person's future
SEXT_TOLD = {
    "en": ["he says if i don't send 5000 he will post my pics in my school group and my mom will see"],
    "bn": ["ও বলছে টাকা না দিলে আমার ছবি আমার আব্বুর কাছে পাঠাবে"],
    "bn-Latn": ["bolse 5 hajar na dile amar ammu r inbox e video pathabe"],
}
SEXT_TOLD_OK = [
    "ore bolse picnic er chobi gula amar ammu ke pathabe, khub moja",
    "if you don't come to the wedding, ammu will share the video on facebook haha",
]


def test_sextortion_told_grid(matcher):
    check_rule_grid(matcher, flat(SEXT_TOLD), SEXT_TOLD_OK, "thr.images_to_kin")


# --- 4. TIED TO THE MAST, A POST OR A TREE AS A PUNISHMENT (thr.violence) ----------------------------

TIED = {
    "en": ["they tied Rafiq to the mast for two days because he asked for his share",
           "the captain had him tied to a post in the sun all day as a lesson"],
    "bn": ["ওরে খুঁটির সাথে বাইন্ধা রাখছে সারাদিন, কাজ না করায় শাস্তি", "মাস্তুলের সাথে বাইন্ধা রাখছে পোলাটারে, রোদে, পরের বার কারেন্ট"],
    "bn-Latn": ["majhi Karim ke mastul e bendhe rakhse sara din rode, kotha na shonay",
                "sardar pola take gacher sathe bendhe rakhse, next time current dibe bolse"],
}
TIED_OK = [
    "we tied the boat to the post all day because of the storm",
    "we tied the goat to the tree all day in the sun",
]


def test_tied_grid(matcher):
    check_rule_grid(matcher, flat(TIED), TIED_OK, "thr.violence")


# hung from a hook, and a beggar maimed so that the takings rise
MAIM = {
    "en": ["they hung Salam from the ceiling fan hook all night because he asked for his wages",
           "he broke the boy's leg so he earns more begging, said the same for anyone who runs"],
    "bn": ["লুলা পোলার ঠ্যাং ভাইঙ্গা দিছে, এখন টাকা বেশি উঠে"],
    "bn-Latn": ["sardar oi pola r thang bhaingga dise, bole ekhon beshi uthbe"],
}
MAIM_OK = ["i broke my leg last year, now i earn more at the new job",
           "he broke his arm playing cricket, taka beshi lagse doctor e"]


def test_maimed_grid(matcher):
    check_rule_grid(matcher, flat(MAIM), MAIM_OK, "thr.violence")


# --- 5. A LIMB, THE PAPERS, THE NEXT RUNAWAY (thr.menace_on_escape) ----------------------------------

LIMB = {
    "en": ["whoever runs from the line, I'll break his legs, you saw what happened to Kalu",
           "if you try to run I break your other leg, then you earn more",
           "one complaint to the labour office and you won't see your passport again",
           "the next one who runs goes to the line in Chattogram, not coming back"],
    "bn": ["যে পালাইবো তার পা ভাইঙ্গা দিমু, আগের জনের কথা মনে আছে"],
    "bn-Latn": ["bhagle tor thang bhenge dimu, ager joner ta mone ase?", "ekta nalish korle passport ar ferot pabi na",
                "je palabe take line e bechbo, ar ferot ashbe na"],
}
LIMB_OK = [
    "my brother ran away from home last year, not coming back they say",
    "the next one who runs the shop must lock the shutter",
    "i broke my leg running for the bus",
    "amar pola r thang bhaingga gese football khelte",
]


def test_menace_limb_grid(matcher):
    check_rule_grid(matcher, flat(LIMB), LIMB_OK, "thr.menace_on_escape")


# --- 6. THE KIN FETCHED FROM THE VILLAGE, THE HOUSE KNOWN (thr.kin_taken) ----------------------------

FETCH = {
    "en": ["I can have your mother picked up from the village in two hours, we know the house"],
    "bn": ["তোর মায়েরে গ্রাম থেকে তুইলা আনমু, বাড়ি চিনি"],
    "bn-Latn": ["tor bon ke school theke tule anbo, bari chini amra", "tor maa ke tuila anmu, tor barir rasta chini"],
}
FETCH_OK = [
    "ammu ke station theke tule ante hobe, bari chini to, ami jabo",
    "I'll pick up your mother from the station, I know the house",
]


def test_kin_fetched_grid(matcher):
    check_rule_grid(matcher, flat(FETCH), FETCH_OK, "thr.kin_taken")


# --- 7. THE WORKER NAMED, KEPT FROM THE NGO (iso.kept_from_help) ------------------------------------

HELP = {
    "en": ["don't let them talk to the NGO people at the station, keep them inside"],
    "bn": ["মিনারে এনজিওর লোকের সাথে কথা কইতে দিবা না"],
    "bn-Latn": ["Shila re ngo er lok er sathe kotha bolte dibi na"],
}
HELP_OK = ["ammu bole NGO er lok er sathe kotha bolte dibo na? keno?", "ngo er apa ra bhalo, kotha bolo",
           "don't let her go to the police alone, i will come with her"]


def test_kept_from_help_named_grid(matcher):
    check_rule_grid(matcher, flat(HELP), HELP_OK, "iso.kept_from_help")
