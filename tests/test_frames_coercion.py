"""Round 6 of issue 15, part T: coercion frames tested as grids, not as examples.

Each frame is a few shared concept classes (rules/shared.lexicon.yaml) composed by ``near``: a
condition or a repetition on a worker's deed, and a harm promised (thr.conditional_harm); others
like the worker who vanished (thr.menace_by_example); a person bought for a sum, sex sold on camera
or from hotel to hotel, an ad's young women with a private trade (sx.*); a child's age with work, a
journey, a marriage or a lie about the age (mn.*). The fillers below were written independently of
each other and of any evaluation set; every combination of a controller's or a victim's words must
reach the review line and every innocent frame built from the same fillers (a warning that quotes
them, a parent's rule, a joke, a shop) must stay below it. One matcher for the module, one
``match_many`` a grid."""

import itertools

import pytest

from packs import builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def _flagged(matcher, texts):
    results = matcher.match_many(texts)
    return [(t, r.explanation) for t, r in zip(texts, results) if r.score >= matcher.line]


def _below(matcher, texts):
    results = matcher.match_many(texts)
    return [(t, r.explanation) for t, r in zip(texts, results) if r.score < matcher.line]


# --- frame 1: condition x deed x harm ------------------------------------------------------------
# markers said before the deed (English, Bengali, romanised), deeds in the conditional, harms
EN_MARKERS = ["if u", "next time you", "the day you"]
EN_DEEDS = ["talk too much", "complain to the embassy", "call the police", "post in the group again",
            "refuse a customer", "try to leave"]
EN_HARMS = ["we will throw you in the river", "I will break your legs", "I will cancel your visa and you go to jail",
            "our boys will come to your house", "we sell you to another boss", "you get the treatment like the last guy"]
BN_MARKERS = ["", "যদি ", "আবার "]
BN_DEEDS = ["বেশি কথা বললে", "এম্বাসিতে ফোন দিলে", "পুলিশের কাছে গেলে", "গ্রুপে লিখলে", "কাস্টমারের কাছে না গেলে",
            "পালাইলে"]
BN_HARMS = ["নদীতে ফেলে দিমু", "হাত পা ভেঙে দিব", "ভিসা বাতিল করে দিব", "তোর বাড়িতে লোক যাবে", "এক পয়সাও পাবি না",
            "খাবার বন্ধ"]
LA_MARKERS = ["", "ar ekbar ", "jodi "]
LA_DEEDS = ["beshi kotha bolle", "embassy te phone dile", "pulish er kache gele", "group e likhle",
            "customer er kache na gele", "palaile"]
LA_HARMS = ["nodi te falay dimu", "haddi bhenge dibo", "visa batil kore dimu", "tor barite lok pathabo",
            "1 poisha o pabi na", "khabar bondho"]


def _threats():
    texts = [f"{m} {d}, {h}" for m, d, h in itertools.product(EN_MARKERS, EN_DEEDS, EN_HARMS)]
    texts += [f"{m}{d} {h}" for m, d, h in itertools.product(BN_MARKERS, BN_DEEDS, BN_HARMS)]
    texts += [f"{m}{d} {h}" for m, d, h in itertools.product(LA_MARKERS, LA_DEEDS, LA_HARMS)]
    return texts


def test_every_condition_deed_and_harm_is_a_threat(matcher):
    texts = _threats()
    assert len(texts) == 3 * 108
    missed = _below(matcher, texts)
    assert not missed, missed[:10]


# the same deeds and markers with a household's, a shop's or an office's consequence, and the same
# threats quoted by a warning or the news
EN_CONSEQUENCES = ["no phone for a week", "call me first", "the office will help you", "we celebrate with biryani",
                   "tell the supervisor", "the salary is cut as the contract says"]
EN_INNOCENT_DEEDS = ["fail the exam", "are late", "need help", "finish early", "lose the match", "want leave"]
BN_CONSEQUENCES = ["আমাকে ফোন দিও", "অফিস সাহায্য করবে", "বিরিয়ানি খাওয়াব", "সুপারভাইজারকে জানাবে", "ছুটি পাবে"]
BN_INNOCENT_DEEDS = ["পরীক্ষায় ফেল করলে", "দেরি হইলে", "সমস্যা হলে", "কাজ শেষ হলে"]
LA_CONSEQUENCES = ["amake phone dio", "office help korbe", "biriyani khawabo", "supervisor ke janaba", "chuti pabe"]
LA_INNOCENT_DEEDS = ["porikkhay fail korle", "deri hole", "somossa hole", "kaj shesh hole"]


def _innocent():
    texts = [f"{m} {d}, {c}" for m, d, c in itertools.product(EN_MARKERS, EN_INNOCENT_DEEDS, EN_CONSEQUENCES)]
    texts += [f"{m}{d} {c}" for m, d, c in itertools.product(BN_MARKERS, BN_INNOCENT_DEEDS, BN_CONSEQUENCES)]
    texts += [f"{m}{d} {c}" for m, d, c in itertools.product(LA_MARKERS, LA_INNOCENT_DEEDS, LA_CONSEQUENCES)]
    # a parent's rule said with a harm's words, about school
    texts += [f"porikkhay fail korle {h}, abbu bolse" for h in ["khabar bondho", "phone bondho"]]
    texts += [f"পরীক্ষায় ফেল করলে {h}, আম্মু বলছে" for h in ["খাবার বন্ধ", "ফোন বন্ধ"]]
    # a warning that quotes the threat to the reader
    texts += [f"If a broker tells you '{d}, {h}', call the embassy hotline 999. Do not pay anyone."
              for d, h in itertools.product(EN_DEEDS[:3], EN_HARMS[:3])]
    texts += [f"কেউ যদি আপনাকে বলে '{d} {h}', ৯৯৯ এ কল করুন। সচেতন থাকুন।"
              for d, h in itertools.product(BN_DEEDS[:3], BN_HARMS[:3])]
    texts += [f"apnake jodi keu bole '{d} {h}', 999 e call korun. sotorko thakun"
              for d, h in itertools.product(LA_DEEDS[:3], LA_HARMS[:3])]
    return texts


def test_the_same_markers_in_innocent_frames_stay_below_the_line(matcher):
    flagged = _flagged(matcher, _innocent())
    assert not flagged, flagged[:10]


# --- frame 2: a menace without a condition -------------------------------------------------------
LIKE_YOU = {"en": ["many like you", "the last guy"], "bn": ["তোর মতো কয়টা", "আগের জন"],
            "bn-Latn": ["tor moto koyta", "tomar moto onek"]}
VANISHED = {"en": ["went to the river and nobody found them", "left, never came back"],
            "bn": ["গেছে, কেউ খোঁজ পায় নাই", "গেছে, আর ফিরে নাই"],
            "bn-Latn": ["gese, keo khoj pay nai", "gelo, ar fire nai"]}
# the same vanishing told by a relative or a warning, without "like you"
VANISHED_TOLD = ["my cousin went by boat in 2022 and nobody found him, please pray",
                 "আমার চাচাতো ভাই ২০২২ এ গেছে, আর ফিরে নাই, দোয়া করবেন",
                 "amar mama gese boat e, ekhono keo khoj pay nai, dua koren"]


def test_others_like_the_worker_who_vanished_are_a_menace(matcher):
    texts = [f"{a} {b}" for s in LIKE_YOU for a, b in itertools.product(LIKE_YOU[s], VANISHED[s])]
    missed = _below(matcher, texts)
    assert not missed, missed


def test_a_relative_who_vanished_is_not_a_menace(matcher):
    assert not _flagged(matcher, VANISHED_TOLD)


# --- frame 3: persons as goods and the sale of sex -----------------------------------------------
BOUGHT = {"en": ["I bought you for {s}", "we paid {s} for her, she works till it is back"],
          "bn": ["তোরে {s} কিনছি", "ওরে {s} কিনে আনছি"],
          "bn-Latn": ["tore {s} kinsi", "ore {s} kine nisi"]}
SUMS = {"en": ["80 thousand", "2 lakh taka"], "bn": ["৮০ হাজারে", "২ লাখে"], "bn-Latn": ["80 hajare", "2 lakhe"]}
# the same verbs and sums for things
BOUGHT_THINGS = ["he sold me his old bike for 60 thousand", "phone ta 80 hajare kinsi", "ফোনটা ৮০ হাজারে কিনছি", "I bought you a phone for 80 thousand",
                 "gari ta 2 lakhe kinsi", "জমিটা ২ লাখে কিনছি"]
CAMERA = {"en": ["from tonight you do video calls with the customers, you must do what they say",
                 "on camera the clients pay, you have to smile and do what they ask"],
          "bn": ["ভিডিও কলে কাস্টমার খুশি করতে হবে", "এখন থেকে ক্যামেরায় বসবি, কাস্টমার যা বলে করবি"],
          "bn-Latn": ["video call e customer khushi korte hobe", "ekhon theke camera te boshbi, customer ja bole korbi"]}
CAMERA_SHOP = ["video call e customer ke product dekhate hobe, order confirm korbe",
               "you must video call the customer to confirm the delivery",
               "ভিডিও কলে কাস্টমারকে জামা দেখাতে হবে, অর্ডার নিবে"]
HOTELS = ["raate bivinno hotel e pathay, na gele mare", "every night they take us hotel to hotel, we cannot say no",
          "রাতে বিভিন্ন হোটেলে পাঠায়, না গেলে খাবার দেয় না"]
ADS = {"en": ["young BD girls, very private, hotel or our place. DM for rate",
              "new girls arrived, pretty and fresh, incall outcall, DM for rate"],
       "bn-Latn": ["notun maiya 3 ta ase, dekhte valo. raat e dorkar hoile inbox for rate",
                   "sundori meye ase, very private, our place, full night"]}
AD_SHOPS = ["new girls collection arrived, pretty kurti, DM for rate", "young girls football team, practice at our place, booking er jonno inbox",
            "notun meye der class shuru, dekhte valo uniform, rate er jonno inbox"]


def test_persons_bought_and_sex_sold_are_flagged(matcher):
    texts = [b.format(s=n) for s in BOUGHT for b in BOUGHT[s] for n in SUMS[s]]
    texts += [t for s in CAMERA for t in CAMERA[s]] + HOTELS + [t for s in ADS for t in ADS[s]]
    missed = _below(matcher, texts)
    assert not missed, missed


def test_things_bought_shops_and_calls_stay_below_the_line(matcher):
    assert not _flagged(matcher, BOUGHT_THINGS + CAMERA_SHOP + AD_SHOPS)


# --- frame 4: a minor's age with work, a journey, a marriage or a lie about the age ---------------
MINORS = {"en": ["my niece is {a}", "the girl is {a}", "she is only {a}", "my sister {a}"],
          "bn": ["আমার ভাগ্নির বয়স {a}", "মেয়েটার বয়স {a}"],
          "bn-Latn": ["amar bhagnir boyos {a}", "meyetar boyos {a}"]}
AGES = ["14", "15", "16"]
EXPLOIT = {"en": ["and a boy from TikTok will marry her in India, he told her to come alone",
                  "but they taught her to say 22 if anyone asks", "and the agent sends her to Dubai as a maid"],
           "bn": ["কিন্তু ওরা শিখাইয়া দিছে কেউ জিগাইলে ২২ কইবা", "দালাল দুবাই পাঠাবে বাসার কাজে"],
           "bn-Latn": ["kintu ora shikhaiya dise keu jigaile 22 koiba", "dalal dubai pathabe basar kaje"]}
INNOCENT_CHILD = {"en": ["and in class nine, exams next week", "today, we are buying a birthday cake"],
                  "bn": ["এবার ক্লাস নাইনে, সামনে পরীক্ষা", "আজ জন্মদিন, কেক কিনছি"],
                  "bn-Latn": ["ebar class nine e, samne porikkha", "aj jonmodin, cake kinsi"]}
CHILD_LISTS = ["any boys 13 14 15 for the fish processing, they stay with us", "small hands good for the work, boys 12 13",
               "chele 12 13 lagbe dokaner kaj e, thaka khawa"]


def test_a_minor_with_exploitation_is_flagged(matcher):
    texts = [f"{w.format(a=a)} {e}" for s in MINORS for w, a, e in itertools.product(MINORS[s], AGES, EXPLOIT[s])]
    missed = _below(matcher, texts + CHILD_LISTS)
    assert not missed, missed


def test_a_minor_at_school_or_a_birthday_stays_below_the_line(matcher):
    texts = [f"{w.format(a=a)} {e}" for s in MINORS for w, a, e in itertools.product(MINORS[s], AGES, INNOCENT_CHILD[s])]
    texts += ["my daughter is 14 and started swimming classes at the hotel pool", "meye 10 ta lagbe garments e, dhaka te",
              "ভাই 6 minute por ashchi ajke 6 ta porjonto kaj", "my brother 10 pm e ashbe, kaj ache",
              "the boys 13 14 15 play cricket after school", "my niece is 24, she is marrying a man from India next month"]
    # a family's errand for the child's own passport: the parents' NIDs at the passport office
    texts += [f"{w.format(a=a)}, passport office e baba mar NID lagbe" for w, a in itertools.product(MINORS["bn-Latn"], AGES)]
    texts += [f"{w.format(a=a)}, তাই পাসপোর্টে আব্বার এনআইডি লাগবে" for w, a in itertools.product(MINORS["bn"], AGES)]
    assert not _flagged(matcher, texts)


# --- frame 3b: a woman put in a place where men come ----------------------------------------------
KEPT = {"en": ["they put me in a house in Penang", "he left me at a flat near the port", "the madam kept us in rooms upstairs"],
        "bn": ["আমাকে এক বাড়িতে রাইখা গেছে", "আমাদের একটা ফ্ল্যাটে রাখছে"],
        "bn-Latn": ["amake ek bari te rekhe gese", "amader ekta flat e rakhse"]}
COME = {"en": ["and men come every night", "and clients come after ten"],
        "bn": ["রাতে লোক আসে", "কাস্টমার আসে রাতে"], "bn-Latn": ["rat e lok ashe", "customer ashe raat e"]}
KEPT_INNOCENT = ["they put me in a house near the market, men come to fix the AC on friday",
                 "amader ekta flat e rakhse company, landlord ashe mash e ekbar rent nite",
                 "আমাকে এক বাড়িতে রাইখা গেছে মামা, আত্মীয় আসে দেখতে"]


def test_a_woman_kept_where_men_come_is_flagged(matcher):
    texts = [f"{k} {c}" for s in KEPT for k, c in itertools.product(KEPT[s], COME[s])]
    assert not _below(matcher, texts)


def test_a_house_with_repairmen_or_relatives_stays_below_the_line(matcher):
    assert not _flagged(matcher, KEPT_INNOCENT)


# everyday conditionals and repetitions that share the frame's markers and some of its words: an
# office, a trip, a parent, a shop, a friend, a film
EVERYDAY_CONDITIONALS = [
    "if the leave is approved I take the first flight home, inshallah",
    "if you start now the work will be done by friday",
    "if it rains again, move the boxes to the basement",
    "jodi visa shesh hoye jay, embassy te giye renew korben",
    "jodi na bujhe, bhalo kore bujhai dio, o notun",
    "যদি বুঝতে না পারে, ভালো করে বুঝিয়ে দিও",
    "if you have questions, send everything to hr@company.com",
    "abar jodi dokane jas, ek kg chal aniyo",
    "আবার যদি বাজারে যাস, ডিম আনিস",
    "if u call me again at 3am i will kill u 😂😂",
    "next time you come to Sylhet, we go to the river and the tea garden",
    "jodi shomoy pao, nodi te ghurte jabo, boat e",
    "if the customer complains again, tell the manager and give a refund",
    "kaj na korle beton kata jabe, contract e lekha ase",
    "if he calls the embassy, they will renew his passport in two weeks",
    "পুলিশের কাছে গেলে ওরা জিডি নিবে, ভয় পাইস না",
    "police er kache gele GD nibe, voy pais na",
    "if you talk too much in class the teacher sends you out lol",
    "if you refuse the offer, tell them politely",
    "the last one who left the office forgot the lights again",
    "dost pitha রান্না করেছি the bus is late again",
    "jodi kichu lage khobor dibo, chinta koro na",
    "abar jodi gorom lage, AC thanda kore dibo",
]


def test_everyday_conditionals_stay_below_the_line(matcher):
    flagged = _flagged(matcher, EVERYDAY_CONDITIONALS)
    assert not flagged, flagged
