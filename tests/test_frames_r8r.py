"""Round 8 of issue 15, part R: the recruitment and debt frames, their slots widened, tested as grids.

Four frames, each a rule whose slots are concept classes of ``rules/shared.lexicon.yaml``:

1. MARRIAGE-BROKER LURE (``fm.broker_groom_lure``): a groom named far away (China, India,
   Pakistan, "bideshi") with two kinds of the broker's inducements: the costs borne, money to the
   family, the rest of the lure (a queen's life, converted, no education needed, photos and a
   passport copy first, no delay).
2. PROMISED vs FOUND in the family's or the victim's words (``dr.told_versus_found``): what was
   told of a job or a groom, and what it turned out to be.
3. TOO EASY (``dr.easy_offer_papers_made``, widened): every requirement removed (the exam, the
   seaman's papers, the skill, the age) near the papers made by the recruiter, a test the state
   makes everyone pass skipped, the family told nothing, or the recruit told to come alone.
4. ADVANCE THAT BINDS (``fd.advance_binds``): an advance or dadon that obliges a family to a
   season's work with a penalty for leaving; money a relative took, or costs spent on the person,
   to be paid back by the person's work. And ``fd.pay_more_or_lose`` with the loss said as the
   file stopped.

Every filler here was written for this file, as a family of ways each slot is said in the three
scripts (standard and eastern Bengali, romanised Bengali, South-Asian English and text-speak); a
grid asserts that every combination reaches the review line by the frame's rule, and that the same
fillers in innocent frames (an ordinary match, a matrimonial notice, a warning, a licensed agency,
an NGO's or a bank's loan, a shop's account, a content worker, family talk) stay below it.

One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. MARRIAGE-BROKER LURE ----------------------------------------------------------------------
# a far groom x two of (the costs borne | money to the family | the rest of the lure)

GROOM = {
    "en": ["The groom is a Chinese businessman from Guangzhou", "boy is Pakistani, lives in Lahore",
           "groom from Haryana India, has his own land", "a foreign groom from China, age 30"],
    "bn-Latn": ["patro chin er, guangzhou te business", "chele pakistan e thake, lahore e ghor",
                "bideshi patro, china r nagorik", "chele india te thake, delhi te dokan"],
    "bn": ["পাত্র চীনের নাগরিক, কুনমিংয়ে ব্যবসা", "ছেলে ইন্ডিয়ার, হরিয়ানায় জমিজমা আছে",
           "পাত্র পাকিস্তানের, করাচিতে থাকে", "বিদেশি পাত্র, চায়নার বড় কোম্পানির মালিক"],
}
INDUCE = {
    "en": (["no dowry at all", "groom side will bear all the costs", "all wedding expenses paid by them",
            "no dowry nd groom pays all"],
           ["they will give the family 3 lakh as gift", "she can send money home every month", "it will help her family a lot"],
           ["she will live like a queen", "he already converted to Islam", "just send 2 photos and her passport copy",
            "dont delay, he goes back next week"]),
    "bn-Latn": (["joutuk lagbe na", "biyer sob khoroch chele pokkher", "apnader ek poisa o lagbe na"],
                ["apnader 2 lakh taka hadiya dibe", "meye mashe mashe taka pathate parbe", "family er obostha bhalo hobe"],
                ["meye ke ranir moto rakhbe", "chele musolman hoise", "meyer chobi r passport er copy pathan",
                 "deri korben na, chele next week chole jabe"]),
    "bn": (["যৌতুক লাগবে না", "বিয়ের সব খরচ ছেলেপক্ষের", "আপনাদের এক পয়সাও লাগবে না"],
           ["আপনাদের ৩ লাখ টাকা হাদিয়া দিবে", "মেয়ে মাসে মাসে টাকা পাঠাতে পারবে", "বরপক্ষ গয়না দিবে, অবস্থা ফিরবে"],
           ["মেয়েকে রানীর মতো রাখবে", "ছেলে মুসলমান হয়েছে", "মেয়ের ছবি আর পাসপোর্টের কপি পাঠান",
            "দেরি করবেন না, ছেলে সামনের সপ্তাহে চলে যাবে"]),
}


def _groom_flag():
    out = []
    for script, grooms in GROOM.items():
        cost, money, lure = INDUCE[script]
        for g, c, o in product(grooms, cost, money + lure):
            out.append(f"{g}. {c}, {o}")
        for g, m, o in product(grooms, money, lure[:2]):
            out.append(f"{g}. {m}. {o}")
    return out


def _groom_ok():
    out = []
    for script, grooms in GROOM.items():
        cost, money, lure = INDUCE[script]
        for g in grooms:
            if script == "en":
                # an ordinary match by biodata and visits; a warning that quotes the pitch; one inducement alone
                out += [f"{g}. {cost[0]}, biodata attached, his parents will visit on Friday",
                        f"Beware of brokers: '{g}, {cost[1]}, {money[0]}'. This is how girls are trafficked, report to the UNO office",
                        f"{g}. {cost[0]}"]
            elif script == "bn-Latn":
                out += [f"{g}. {cost[0]}, biodata pathalam, family visit shukrobar",
                        f"sabdhan! dalal ra bole '{g}, {cost[1]}, {money[1]}', eta pacharer fad, UNO office e janan",
                        f"{g}. {lure[0]}"]
            else:
                out += [f"{g}। {cost[0]}, বায়োডাটা পাঠালাম, শুক্রবার পারিবারিকভাবে দেখা",
                        f"সাবধান! দালালরা বলে '{g}, {cost[1]}, {money[1]}' — এটা পাচারের ফাঁদ, ইউএনও অফিসে জানান",
                        f"{g}। {lure[0]}"]
    # family talk: a daughter married far away who sends money, a groom's family from India at a wedding
    out += ["amar bon er biye hoise kolkata te, jamai valo, bon mashe mashe taka pathay",
            "আমার বোনের বিয়ে হয়েছে দিল্লিতে, জামাই ভালো, বোন প্রতি মাসে টাকা পাঠায়",
            "my sister married a man from Delhi last year, she sends money home every month, she is happy",
            "Matrimonial notice: verified profiles of grooms from India and Pakistan. Send biodata and photo to our office",
            "China te scholarship e porte jacche meye, sob khoroch university dibe, passport er copy lagbe",
            "my cousin married an Indian doctor, no dowry, his family gave her gold, she helps her family a lot, they visit every eid with biodata of other relatives",
            "my cousin's husband is from Delhi, no dowry was taken, she helps her family a lot, alhamdulillah they are happy",
            "আমার বোনের জামাই করাচির, যৌতুক লাগে নাই, বোন মাসে মাসে টাকা পাঠায়, সুখে আছে",
            # the news of such a case
            "Police rescued five girls in Kunming; brokers had told their families the Chinese grooms bear all costs and give 2 lakh as gift",
            "কুনমিং থেকে পাঁচ তরুণী উদ্ধার: দালালরা পরিবারকে বলেছিল চীনা পাত্র যৌতুক নেবে না, উল্টা টাকা দিবে, পুলিশ জানায়"]
    return out


def test_broker_groom_lure_grid(matcher):
    check_grid(matcher, _groom_flag(), _groom_ok(), rule="fm.broker_groom_lure")


# --- 2. PROMISED vs FOUND, in the family's words -------------------------------------------------
# the promise recalled x the job or standing x the falsehood found

TOLD = {
    "en": (["they told us", "the man from the village said", "the ghotok said"],
           ["he is a doctor in Karachi", "it was a sewing job in a factory", "container loading at the port"],
           ["all lies, he is a driver", "the photo was someone else", "it was a lie, now she is in a house",
            "now they say she must work at a dried fish yard", "turns out he already has a wife", "they cheated us, totally different",
            "none of it was true, he has no job"]),
    "bn-Latn": (["amader koisilo", "dalal bolsilo", "ghotok bolechilo"],
                ["chele engineer", "garments e selai er kaj", "port e loading er kaj"],
                ["sob mittha kotha", "ekhon koy trawler e jal tanbi", "chobi ta onno karo chilo",
                 "kagojer sathe kichui mile na", "ekdom alada, chele bekar", "dhoka dise amader"]),
    "bn": (["আমাগো কইছিল", "দালাল বলেছিল", "ঘটক বলছিল"],
           ["ছেলে ডাক্তার", "গার্মেন্টসে সেলাইয়ের কাজ", "সাইটে রাজমিস্ত্রির যোগালি"],
           ["সব মিছা কথা", "এহন কয় শুটকির খলায় কাম করতে হইবো", "ছবিটা অন্য লোকের ছিল", "সইয়ের কাগজের লগে কিছুই মিলে না"]),
}


# ...or said outright, beside anything: this is not the work one came for
CAME_FOR = ["this is not the job i came for", "madam, this is not the work they promised",
            "ei kaj korte ashi nai ami", "ei kaj korar kotha chilo na, onno kaj koray",
            "এই কাজের জন্য আসি নাই", "এখানে অন্য কাম করায়, এই কাম করতে আসি নাই"]


def _told_flag():
    return ([f"{w} {j}. {f}" for who, job, found in TOLD.values() for w, j, f in product(who, job, found)]
            + [f"{c}. {tail}" for c, tail in product(CAME_FOR, ["they keep us in the camp", "ki korbo bujhtesi na",
                                                                   "আম্মা দোয়া কইরো"])])


def _told_kept():
    """The promise kept. ``dr.contract_substitution`` (left to the lead this round) flags the
    Bengali and romanised ones whose job is a workplace ("kotha moto" is not among its guards), so
    for these the grid asserts only that the new frame stays silent."""
    out = []
    for script, (who, job, _) in TOLD.items():
        for w, j in product(who, job):
            if script == "en":
                out.append(f"{w} {j}, and it is so, alhamdulillah she is happy there")
            elif script == "bn-Latn":
                out.append(f"{w} {j}, giye dekhi kotha moto, alhamdulillah")
            else:
                out.append(f"{w} {j}, গিয়ে দেখি কথা মতো, আলহামদুলিল্লাহ")
    out.append("they told us the site job was container loading, now they say loading is done by machine "
               "so i drive the forklift, salary more")
    return out


def _told_ok():
    out = []
    out += ["Beware: brokers said it was a sewing job in a factory, then it was all lies. Don't believe such brokers",
            "সাবধান! দালালরা বলেছিল গার্মেন্টসে সেলাইয়ের কাজ, সব মিথ্যা কথা, বিশ্বাস করবেন না",
            "the doctor said he is fine, the rumour that he was sick was a lie",
            "daktar bolsilo jor kome jabe, ekhon valo",
            "amar bhai bolsilo chele engineer, asolei engineer, biye valo hoise",
            "they told us the rich businessman would donate, it was a fraud call, we blocked the number",
            "I didn't come to Dubai for this heat lol, but the job is fine and salary on time",
            "ei gorom er jonno ashi nai bhai 😅 kaj valoi, beton shomoy moto",
            # the news of such a case
            "পুলিশ জানায়, চক্রটি ভুক্তভোগীদের বলেছিল গার্মেন্টসে সেলাইয়ের কাজ, পরে দেখা যায় সব মিথ্যা; তিনজন গ্রেপ্তার",
            # a worker's own change of plan, a joke
            "ghotok bolsilo chele engineer 😂 ekhon dekhi chele engineer na, chef! khana khub moja, ammu khushi"]
    return out


def test_told_versus_found_grid(matcher):
    check_grid(matcher, _told_flag(), _told_ok(), rule="dr.told_versus_found")
    fired = fired_by(matcher, _told_kept(), "dr.told_versus_found")
    assert not fired, fired


# --- 3. TOO EASY, widened --------------------------------------------------------------------------
# a requirement removed x (the papers made | a state's test skipped | the family told nothing | come alone | age no matter)

EASY = {
    "en": (["no experience, no exam", "no CDC needed", "no skills needed", "no education needed", "only light work, she can study too",
            "no exp no english, any1 can apply"],
           ["the seaman book we arrange ourselves", "we will get the language certificate done",
            "BMET clearance not needed, immigration we handle", "no need to tell your parents",
            "come alone to the bus stand before fajr", "age no matter", "visa within 3 weeks guaranteed",
            "only 4 seats left", "address will be given later", "all docs we provide"]),
    "bn-Latn": (["porikkha lagbe na", "kono skill lagbe na", "cdc lagbe na", "lekhapora lagbe na", "halka kaj, porte o parbe"],
                ["bhashar certificate amra manage kore dimu", "seaman book amrai banaye dimu",
                 "bmet chara jaben, immigration amra dekhbo", "baba ma ke janano lagbe na",
                 "fojorer age bus stand e eka ashben", "boyos kono bepar na", "visa 1 mash e hoye jabe",
                 "seat limited, ajkei naam dao", "kaj er thikana pore janabo"]),
    "bn": (["পরীক্ষা ছাড়াই", "কোনো দক্ষতা লাগবে না", "লেখাপড়া লাগবে না", "অভিজ্ঞতা লাগবো না", "হালকা কাজ, পড়তেও পারবে"],
           ["ভাষার সার্টিফিকেট আমরাই ম্যানেজ কইরা দিমু", "সিডিসি আমরা বানাইয়া দিমু", "ইমিগ্রেশন আমরা দেখমু, বিএমইটি ছাড়া যাইবেন",
            "বাপ মায়েরে কওনের দরকার নাই", "ভোরে বাসস্ট্যান্ডে একলা চইলা আইসো", "বয়স কোনো ব্যাপার না",
            "৩ মাসে ফ্লাইট", "সিট সীমিত, আজই নাম দেন", "বাসার ঠিকানা এখন বলা যাবে না"]),
}


def _easy_flag():
    out = [f"Job abroad, salary good. {e}. {j}" if s == "en" else f"bidesh e kaj, beton valo. {e}. {j}"
           if s == "bn-Latn" else f"বিদেশে কাজ, বেতন ভালো। {e}। {j}"
           for s, (easy, joined) in EASY.items() for e, j in product(easy, joined)]
    # "no language to learn" denies the study voice's cue ("ভাষা শিখতে"): an offer's words, not a student's
    out += [f"কোরিয়া ইপিএস ভিসা, ভাষা শিখা লাগবো না। {j}" for j in EASY["bn"][1][:4]]
    out += [f"Korea EPS, language shikha lagbe na. {j}" for j in EASY["bn-Latn"][1][:4]]
    return out


def _easy_ok():
    out = []
    # a licensed agency's notice
    for e in EASY["en"][0]:
        out.append(f"BMET registered agency, recruiting licence RL-0871. {e} for helpers. "
                   "Government fee paid at the bank, receipt given, BMET clearance and smart card at the office")
    for e in EASY["bn-Latn"][0]:
        out.append(f"amader recruiting licence ase, {e}, sorkari fee bank e joma, bmet registration amra kore dibo")
    for e in EASY["bn"][0]:
        out.append(f"রিক্রুটিং লাইসেন্স নং ০৮৭১। {e}। সরকারি ফি ব্যাংকে জমা, বিএমইটি নিবন্ধন আমরা করে দিব")
    # one slot alone, a school, family talk, a worker's own news
    out += ["no experience needed, salary 1200 riyal, call now", "porikkha lagbe na, beton 25 hajar, imo te knock",
            "বয়স কোনো ব্যাপার না, সবাই খেলায় আসতে পারবে, ফুটবল টুর্নামেন্ট শুক্রবার",
            "age no matter, everyone is welcome to the eid football match",
            "come alone to the bus stand before fajr, I will drop you at the madrasa, bring your books",
            "ammu ke janano lagbe na, ami nijei bolbo surprise dibo",
            "I passed the EPS exam and got the language certificate myself, flight to Korea next month",
            "eid er dawat e kichu ana lagbe na, no exp in cooking needed lol, ma ke bolo amra 8 tay ashbo",
            # a tour, a student's own visa, a worker's own news
            "Nepal tour package: no passport needed for the bus part, flight in 3 days, limited seats",
            "no IELTS needed for my masters, visa within 3 weeks they said",
            "alhamdulillah visa 1 mash e hoye gese, experience lagbe na chilo helper er jonno",
            "আলহামদুলিল্লাহ, ৩ মাসে ফ্লাইট পাইলাম, অভিজ্ঞতা লাগে নাই হেল্পারের জন্য"]
    return out


def test_easy_offer_widened_grid(matcher):
    check_grid(matcher, _easy_flag(), _easy_ok(), rule="dr.easy_offer_papers_made")


# --- 4. ADVANCE THAT BINDS ---------------------------------------------------------------------------
# an advance taken x the season's work x a penalty for leaving; a relative's money or costs x work to repay

ADV = {
    "en": (["You took 30,000 dadon from the sardar", "her father took an advance from the kiln owner",
            "the family took the advance from the contractor"],
           ["the whole family must be at the kiln by Kartik", "you all work the season till Boishakh",
            "the whole family goes on the trawler for the season"],
           ["leave before the season ends and the loan doubles", "or you return it with interest",
            "and bring the boy too"]),
    "bn-Latn": (["sardar theke dadon nicho 30 hajar", "mohajon er kach theke advance nise tor baap",
                 "bhata malik theke agrim nise"],
                ["kartik e puro poribar niye bhatay hajir hoba", "boishakh porjonto shara season kaj korbi",
                 "poribar soho bhata te thakte hobe"],
                ["chole gele taka dui gun", "naile sud soho ferot", "polare o anba", "majhe namle jorimana"]),
    "en-sea": (["he took 40,000 advance money from the boat owner", "the mohajon gave dadon to his father",
                "the owner lent us 20,000 before the season"],
               ["he must go to sea for the whole ilish season", "the boys work on the trawler till the season ends"],
               ["if he leaves before, the penalty is double", "he can't get off the boat until it's paid",
                "if we stop, we pay back double", "they won't let us go before"]),
    "bn": (["সর্দারের কাছ থেকে দাদন নিছো", "ভাটার মালিকের কাছ থেকে অগ্রিম নিছে তোর বাপ", "মহাজনের কাছ থেকে দাদন নিছে"],
           ["কার্তিকে পুরা পরিবার নিয়া ভাটায় আসবা", "বৈশাখ পর্যন্ত সারা মৌসুম কাম করবা", "পরিবার নিয়া ভাটাতে থাকবা"],
           ["চইলা গেলে টাকা দ্বিগুণ", "নাইলে সুদসহ ফেরত দিবা", "পোলারেও আনবা", "মাঝপথে আইলে জরিমানা"]),
}
COSTS = {
    "en": (["your father took 1 lakh when you married", "we spent 4 lakh on her visa and ticket",
            "you are paid for, 2 lakh to your family"],
           ["you work and pay it back first", "or she works here until it's paid", "pay, or he works it off"]),
    "bn-Latn": (["tor baap 1 lakh nise", "or laiga amago khoroch hoise 4 lakh", "tor jonno khoroch hoise 2 lakh"],
                ["kam kore shodh dibi", "na dile ekhane kaj kore shodh korbe"]),
    "bn": (["তোর বাপে ১ লাখ নিছে", "ওর লাইগা আমাগো খরচ হইছে সাড়ে চাইর লাখ", "তোর জন্য খরচ হইছে ২ লাখ"],
           ["কাম কইরা শোধ দিবি", "না দিলে এইখানে কাম কইরা শোধ দিবো"]),
}


def _adv_flag():
    out = [f"{a}. {s}, {p}" for adv, season, pen in ADV.values() for a, s, p in product(adv, season, pen)]
    out += [f"{c}. {r}" for cost, repay in COSTS.values() for c, r in product(cost, repay)]
    # a relative's debt passed to the person
    out += [f"{d}, {r}" for d, r in product(["your father's debt is 80,000", "tor baper dena 80 hajar", "বাপের দেনা ৮০ হাজার"],
                                             ["you work it off at the kiln", "tui kam kore shodh dibi", "তুই কাম কইরা শোধ দিবি"])]
    return out


# Four innocents that older rules left to the lead this round flag (``fd.advance_fee``: a salary
# advance adjusted by agreement, a kiln worker's or a fisher's own; ``lab.wages_kept_back``, ``fd.debt_by_work``: a kiln worker's own season): for them the
# grid asserts only that the new frame stays silent.
ADV_OK_LOCKED = ["salary advance of 5000 adjusted in two months as agreed, receipt given",
                 "amra nijera bhatay kaj kori, beton protidin 700, season sesh e bari jabo",
                 "ami malik theke 10 hajar advance nisi, season sesh e beton theke kete nibe, chukti moto",
                 "took 5000 advance from the boat owner for eid, the whole season I am fine, he is a good man"]


def _adv_ok():
    return ["took a BRAC loan for the tea stall at the kiln, kisti every week, the whole family helps in the season",
            "brac theke loan nisi bhatay dokan dite, kisti protisoptah, season e poribar soho kaj kori",
            "ব্র্যাক থেকে লোন নিয়া ভাটায় দোকান দিছি, কিস্তি প্রতি সপ্তাহে, মৌসুমে পরিবার নিয়া থাকি",
            "সাবধান! দাদনের টাকা নিয়া পুরা পরিবার ভাটায় গেলে আটকা পড়বেন, হেল্পলাইন ১০৯৮ এ জানান",
            "bhai dokaner baki khata te 2000 likha, season sesh hole dibo",
            "we spent 4 lakh on her wedding, alhamdulillah it was beautiful",
            "abba 1 lakh nise bank theke, amar porar khoroch, chakri pele shodh korbo",
            "your father took the car to the garage, bring the boy too when you come",
            "the whole family will be at the kiln village for Kartik puja, bring the boy too",
            "ইটভাটায় দাদনের টাকায় পুরো পরিবার আটকা, মৌসুম শেষ না হলে ছাড়ে না: ১২ জনকে উদ্ধার করলো পুলিশ",
            "your father took 1 lakh from the bank for your studies, he pays it back monthly, dont worry",
            "the ilish season starts, whole family going to the ghat to see the boats, bring the boy too, he loves it",
            "the owner lent us the van for the whole season, if it breaks we pay double the repair, fair deal",
            "baba r dena ami chakri kore shodh kore disi alhamdulillah, ekhon ar kono dena nai",
            "my father's loan from the bank, I pay it back from my salary every month",
            "the whole family goes to the kiln fair for Kartik, abba won't let us go alone at night"]


def test_advance_binds_grid(matcher):
    check_grid(matcher, _adv_flag(), _adv_ok(), rule="fd.advance_binds")
    fired = fired_by(matcher, ADV_OK_LOCKED, "fd.advance_binds")
    assert not fired, fired


# --- 5. PAY MORE OR LOSE IT: the loss said as the file stopped ----------------------------------------

FILE = {
    "en": (["as per our deal the groom family already paid the agency", "we paid 5 lakh already"],
           ["but extra cost for the medical, translation and certificate 95,000 tk",
            "another 80,000 for the embassy papers"],
           ["must be paid before Friday otherwise her file will stop", "or she stays there until paid"]),
    "bn-Latn": (["agei 4 lakh disi", "amra to 5 lakh dilam"],
                ["ekhon aro 90 hajar lagbe medical r translation er jonno"],
                ["shukrobar er age na dile file atke jabe", "naile process bondho"]),
}


def test_pay_more_file_stops_grid(matcher):
    flag = [f"{p}. {m}, {lo}" for paid, more, lose in FILE.values() for p, m, lo in product(paid, more, lose)]
    ok = ["we paid 2 lakh for the wedding hall, another 40k for decoration 90,000 tk, otherwise no flowers",
          "the university already paid the fee, another 20,000 tk for the hostel, must be paid before Friday otherwise the file will stop",
          "biye te 2 lakh dilam, ekhon aro 90 hajar lagbe decoration er jonno, naile process bondho"]
    check_grid(matcher, flag, ok, rule="fd.pay_more_or_lose")
