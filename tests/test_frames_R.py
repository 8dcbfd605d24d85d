"""Round 6 of issue 15, part R: the deception and money frames, tested as grids, not as examples.

Each frame is a rule whose slots are concept classes of ``rules/shared.lexicon.yaml`` joined by
"near" (``dr.contract_substitution``, ``mig.route_without_papers``, ``mig.visit_visa_for_work``,
``fd.debt_by_work`` with ``debt_grows``, ``pay.network_share``). A grid builds phrases from
independent fillers written here (who is told, how it is told, the truth set against it, the job;
a departure point, the order to go, its marks; a channel, a cut, the network's people), in the
three scripts, and asserts that every combination reaches the review line; the same fillers in
innocent frames (an agency's honest word, a promotion, a warning's quote, a tourist's trip, a
picnic's share, a family's money, a bank's loan) stay below it. None of these sentences is a dev
set's: a frame that catches a dev item but not its grid has fitted the item.

One module-scoped matcher, one ``match_many`` per grid (the suite is slow enough).
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. SAID versus REAL ---------------------------------------------------------------------------
# (told, truth) markers x (said job, real job) pairs, per script; and hide orders x recruits x jobs

SAID_REAL = {
    "bn-Latn": (
        ["oder bolben", "polapain ke bolbi", "candidate re koiya tulsi", "party ke bolte hobe"],
        ["asole", "ashol kotha", "kintu asole"],
        [("company te cleaner er kaj", "kafil er kono kaj nai"), ("security guard", "visa house driver er"),
         ("hotel e waiter", "visa farm er"), ("beton 1500 riyal", "kono kaj nai, free visa")],
    ),
    "bn": (
        ["ওদের বলবেন", "পোলাগুলারে কইয়া তুলছি", "পার্টিরে কইবেন", "ক্যান্ডিডেটরে বলবি"],
        ["আসলে", "আসল কথা", "কিন্তু আসল কাজ"],
        [("কোম্পানিতে ক্লিনারের কাজ", "কফিলের কোনো কাজ নাই"), ("সিকিউরিটি গার্ড", "ভিসা হাউস ড্রাইভারের"),
         ("হোটেলে ওয়েটার", "ভিসা খামারের"), ("বেতন ১৫০০ রিয়াল", "কোনো কাজ নাই, ফ্রি ভিসা")],
    ),
    "en": (
        ["tell them", "we tell the boys", "the ad says", "on paper it is"],
        ["but actually", "but really", "the truth is"],
        [("a hotel job", "the visa is for a farm"), ("security guard", "house driver visa"),
         ("cleaner in a company", "the kafeel has no work"), ("salary 1500 riyal", "they get 800")],
    ),
}

HIDE = {
    "bn-Latn": (["bolar dorkar nai", "bujhano lagbe na", "jante dibi na"],
                ["candidate ke", "party re", "polapain ke", "oder"],
                ["asol beton", "visa ta kiser", "kafil er kaj nai"]),
    "bn": (["বলার দরকার নাই", "বুঝানোর দরকার নাই", "জানাবেন না"],
           ["ক্যান্ডিডেটরে", "পার্টিরে", "পোলাপানরে", "ওদের"],
           ["আসল বেতন", "ভিসা কিসের", "কফিলের কাজ নাই"]),
    "en": (["don't tell", "no need to tell", "don't let them know"],
           ["the candidates", "the party", "the boys", "the workers"],
           ["what the salary is", "the visa type", "the kafeel has no job"]),
}


# the victim's voice: the lure recalled, then what was found (job, pay, housing, status, study)
VICTIM = {
    "bn-Latn": (["amake bolsilo", "dalal bolechilo"], ["giye dekhi", "pore dekhi"],
                [("five star hotel er restaurant e kaj", "cha er dokan"), ("hostel e thaka", "ek rume 20 jon"),
                 ("work visa", "visit visa, iqama nai"), ("university admission", "factory te kaj")]),
    "bn": (["আমারে কইছিল", "দালাল বলেছিল"], ["গিয়ে দেখি", "এসে দেখি"],
           [("ফাইভ স্টার হোটেলের রেস্টুরেন্টে কাজ", "চায়ের দোকান"), ("হোস্টেলে থাকা", "এক রুমে ২০ জন"),
            ("কাজের ভিসা", "ভিজিট ভিসা, ইকামা নাই"), ("ইউনিভার্সিটিতে ভর্তি", "ফ্যাক্টরিতে কাজ")]),
    "en": (["they told me", "the agent promised"], ["but when I got there it was", "I ended up in"],
           [("a restaurant in a five star hotel", "a tea stall"), ("a hostel room", "one room for 20 men"),
            ("a work visa", "a visit visa with no iqama"), ("university admission", "factory work")]),
}


def _said_real_flag():
    out = []
    for told, truth, pairs in VICTIM.values():
        for t, r, (a, b) in product(told, truth, pairs):
            out.append(f"{t} {a}, {r} {b}")
    for told, truth, pairs in SAID_REAL.values():
        for t, r, (a, b) in product(told, truth, pairs):
            out.append(f"{t} {a}, {r} {b}")
    for hide, target, job in HIDE.values():
        for h, w, j in product(hide, target, job):
            out.append(f"{w} {j} {h}" if h[0] not in "dn" else f"{h} {w} {j}")
    return out


def _said_real_ok():
    out = []
    # the agency's honest word: the paper and the pay are the same
    for a, _ in SAID_REAL["bn-Latn"][2]:
        out.append(f"contract e {a} likha, oikhane giye exactly the same paben, kono kata nai")
        out.append(f"apnar offer letter e {a}, okhane giye tai paben")
    for a, _ in SAID_REAL["en"][2]:
        out.append(f"the contract says {a} and you get exactly the same there")
        # a worker's promotion
        out.append(f"they told me {a} but actually I got a promotion, supervisor now")
    for a, _ in SAID_REAL["bn"][2]:
        out.append(f"চুক্তিতে {a} লেখা, ওখানে গিয়ে তাই পাবেন, কোনো কাটা নাই")
        # a warning that quotes the recruiter
        out.append(f"কেউ যদি আপনাকে বলে {a}, সাবধান, দালালরা প্রায়ই এমন বলে। বিএমইটিতে যাচাই করুন")
    # a surprise kept for an occasion, and "when it comes" (আসলে, asle)
    for w in ["oder", "polapain ke", "candidate ke"]:
        out.append(f"{w} bolbi na, birthday te hotel e surprise dibo")
        out.append(f"{w} bolte hobe visa asole call dibo, company valo")
    for w in ["ওদের", "পোলাপানরে"]:
        out.append(f"{w} বলবেন ভিসার কাগজ আসলে জানাবো ইনশাআল্লাহ")
    out += ["আজকে কোম্পানির ইন্টারভিউ দিলাম, বেতন বলছে ৬০ হাজার। অফার লেটার আসলে জানাবো",
            "asole ami bujhi nai boss ki bollo, kal duty ache naki",
            "actually the hotel job pays well, I checked the contract with BMET",
            "boss said the meeting is actually at the hotel, tell them 3 pm",
            "paper e likha 1500, asole overtime niye 1800 pai, alhamdulillah"]
    return out


def test_said_versus_real_grid(matcher):
    check_grid(matcher, _said_real_flag(), _said_real_ok())


# --- 2. IRREGULAR ROUTE and VISA MISUSE ----------------------------------------------------------
# departure point x order to go x two marks of the frame (night, small bag, no papers, abroad,
# "we land you there", airport avoided, paid on arrival), per script

ROUTE = {
    "bn-Latn": (["shamlapur ghat e", "teknaf er ghat e", "border diye", "nouka te"],
                ["chole asben", "asba", "uthben", "jawa sohoj"],
                ["raat 11 tay", "bag choto rakhben", "passport lagbe na", "malaysia namai dibo",
                 "airport diye na", "pouchaile taka"]),
    "bn": (["শামলাপুর ঘাটে", "টেকনাফের ঘাটে", "বর্ডার দিয়ে", "নৌকায়"],
           ["চলে আসেন", "আসবা", "উঠবেন", "যাওয়া সহজ"],
           ["রাত ১১টায়", "ব্যাগ ছোট রাখবেন", "পাসপোর্ট লাগবে না", "মালয়েশিয়া নামাই দিবো",
            "এয়ারপোর্ট দিয়ে না", "পৌঁছাইলে টাকা"]),
    "en": (["the ghat at shamlapur", "the boat", "the border", "the ship"],
           ["be at", "reach", "come to", "we take you to"],
           ["by 11pm thursday", "dont bring big bag", "no passport needed", "we land you in malaysia",
            "not through the airport", "pay when you reach"]),
}


def _route_flag():
    out = []
    for script, (points, goes, marks) in ROUTE.items():
        pairs = [(marks[i], marks[j]) for i in range(len(marks)) for j in range(i + 1, len(marks))]
        for (p, g), (m1, m2) in product(zip(points, goes), pairs):
            out.append(f"{g} {p} {m1}, {m2}" if script == "en" else f"{p} {g}, {m1}, {m2}")
    return out


def _route_ok():
    out = []
    for script, (points, goes, marks) in ROUTE.items():
        for p, g in zip(points, goes):
            # one mark alone, a tourist's trip with night and bag, news of a boat accident
            out.append(f"{g} {p} {marks[0]}" if script == "en" else f"{p} {g}, {marks[0]}")
            if script == "en":
                out.append(f"saint martin trip: {g} {p} {marks[0]}, {marks[1]}")
                out.append(f"courier: the parcel goes by {p}, we land it in malaysia, pay when you reach")
            elif script == "bn":
                out.append(f"সেন্টমার্টিন ঘুরতে যাব, {p} {g}, {marks[0]}, {marks[1]}")
            else:
                out.append(f"saint martin trip e jabo, {p} {g}, {marks[0]}, {marks[1]}")
    out += ["Boat capsized off Teknaf at night, 20 feared dead, no passports were found on them: coast guard",
            "নৌকাডুবিতে ১২ জন নিখোঁজ, রাতে টেকনাফ উপকূলে, কোস্টগার্ড জানায়",
            "launch leaves sadarghat at 9 at night, bring a small bag, we go home for eid",
            "launch chharbe raat 10 pm, sadarghat e thakbi, bag halka nis, eid e bari",
            "my uncle will pick you up at the airport at 2 am, bring your passport"]
    return out


def test_irregular_route_grid(matcher):
    check_grid(matcher, _route_flag(), _route_ok(), rule="mig.route_without_papers")


VISA = {
    "bn-Latn": (["tourist visa te", "umrah visa te", "student visa te", "visit visa te"],
                ["jaben, oikhane giye kaj korben", "jaben, class kora lagbe na, factory te kaj", "giye kaje dhukben"]),
    "bn": (["টুরিস্ট ভিসায়", "ওমরাহ ভিসায়", "স্টুডেন্ট ভিসায়", "ভিজিট ভিসায়"],
           ["যাবেন, ওখানে গিয়ে কাজ করবেন", "যাবেন, ক্লাস করা লাগবে না, ফ্যাক্টরিতে কাজ করবেন", "গিয়ে কাজে ঢুকবেন"]),
    "en": (["visa is tourist", "on umrah visa", "student visa", "on a visit visa"],
           ["but the company converts it after you land", "and start work there", "no classes, you work in a factory"]),
}


def _visa_flag():
    return [f"{k} {w}" for kinds, works in VISA.values() for k, w in product(kinds, works)]


def _visa_ok():
    out = []
    for k in VISA["en"][0]:
        out += [f"{k} for the family holiday, back in two weeks", f"{k}, classes every day, part time work allowed 20 hours"]
    for k in VISA["bn-Latn"][0]:
        out += [f"{k} family niye ghurte jabo", f"{k} jaben, kaj korben na, shudhu ghurben"]
    for k in VISA["bn"][0]:
        out += [f"{k} মাকে নিয়ে উমরাহ করতে যাব", f"{k} পড়তে যাবেন, পার্টটাইম কাজ ২০ ঘণ্টা"]
    return out + ["tourist visa, iqama lagbe na, 30 din ghure jabo",
                  "visit visa te ammu ke niye jabo, abbu er iqama ache oikhane",
                  "ami work visa te asi, iqama hoise alhamdulillah, tourist visa r jhamela nai"]


def test_visa_misuse_grid(matcher):
    check_grid(matcher, _visa_flag(), _visa_ok(), rule="mig.visit_visa_for_work")


# --- 3. DEBT THAT GROWS ----------------------------------------------------------------------------

DEBT = {
    "en": (["my ticket and visa cost", "the training cost", "the debt for the flight", "what i owe the agent"],
           ["i have to work it off", "they cut it from salary"],
           ["and i owe more than when i came", "every month they show a new number", "it never goes down"]),
    "bn-Latn": (["visa r khoroch", "ticket er taka", "dalal er dena", "amar dena"],
                ["kaj kore shodh korte hobe", "beton theke kete ney"],
                ["dena barei cholse", "hisab mile na", "ashar somoyer cheye dena aro beshi, dena kome na"]),
    "bn": (["ভিসার খরচ", "টিকিটের টাকা", "দালালের দেনা", "আমার দেনা"],
           ["কাজ করে শোধ করতে হবে", "বেতন থেকে কেটে নেয়"],
           ["দেনা বাড়তেই থাকে", "হিসাব মিলে না", "আগের চেয়ে বেশি দেনা"]),
}


def _debt_flag():
    return [f"{d}, {w}, {g}" for debts, works, grows in DEBT.values() for d, w, g in product(debts, works, grows)]


def _debt_ok():
    return ["bank loan er EMI protimash dei, 10 ta kisti baki, shodh hoye jabe",
            "home loan EMI every month, i owe less each year, bank statement attached",
            "ভাইয়ের কাছ থেকে ধার নিয়েছি, সামনের মাসে বেতন পেলে শোধ করে দিব",
            "ammu bolse mama r taka ta aste aste dilei hobe, kono chap nai",
            "the car loan is almost paid off, two instalments left",
            "দোকানের বাকির খাতায় লেখা, মাস শেষে দিয়ে দিব",
            "dena te likhe rakho, kal dibo, dokandar bhai",
            "কাস্টমার না আসলে দোকানের দেনা বাড়বে", "dokan er dena aro barbe jodi customer na ase",
            "Credit card bill barche, ei mash e kom khoroch korbo"]


def test_debt_that_grows_grid(matcher):
    check_grid(matcher, _debt_flag(), _debt_ok())


# --- 4. MONEY WITH AN ILLICIT CONTEXT ---------------------------------------------------------------
# channel x (a cut near the network's people or a head count), and a coin near a wiped trail

MONEY = {
    "bn-Latn": (["bkash e", "nagad e", "hundi te", "usdt te"],
                ["lineman er commission", "airport er loker bhag", "border er loker vag", "proti meye 5 hajar commission"],
                ["delete kore diyo", "purano wallet bondho, delete koren"]),
    "bn": (["বিকাশে", "নগদে", "হুন্ডিতে", "ইউএসডিটিতে"],
           ["লাইনম্যানের কমিশন", "এয়ারপোর্টের লোকের ভাগ", "বর্ডারের লোকের ভাগ", "প্রতি মেয়ে ৫ হাজার কমিশন"],
           ["ডিলিট করে দিও", "পড়ে ডিলিট করে দিবেন"]),
    "en": (["by bkash", "via hundi", "in usdt", "to the nagad number"],
           ["the lineman's commission", "half for the border man", "the airport guy's share", "commission per girl"],
           ["delete after reading", "old one is burned"]),
}


def _money_flag():
    out = []
    for script, (channels, cuts, wipes) in MONEY.items():
        for c, k in product(channels, cuts):
            out.append(f"{k} {c} pathaisi, baki kal" if script == "bn-Latn" else
                       f"{k} {c} পাঠাইছি, বাকিটা কাল" if script == "bn" else f"sent {k} {c}, rest tomorrow")
        coin = {"bn-Latn": "usdt", "bn": "ইউএসডিটি", "en": "usdt"}[script]
        for w in wipes:
            out.append(f"{coin} address ta dilam, {w}" if script != "en" else f"{coin} trc20 for tonight, {w}")
    return out


def _money_ok():
    out = []
    # hundi is its own rule (pay.hundi): the innocent frames use the licensed channels
    for c in ["bkash e", "nagad e", "rocket e"]:
        out += [f"ammu tomar bhag {c} pathalam", f"picnic er chanda jon proti 500, {c} diben",
                f"refer korle proti jon 100 taka commission {c}", f"{c} 5000 pathalam, TrxID 8KD72JS91A"]
    for c in ["বিকাশে", "নগদে", "রকেটে"]:
        out += [f"বাবার জমির ভাগ {c} পাঠাইছি", f"পিকনিকের চাঁদা জনপ্রতি ৫০০, {c} দিবেন"]
    for c in ["by bkash", "to the nagad number", "via rocket"]:
        out += [f"your share of the dinner bill {c}", f"sent the shop's commission {c}, receipt attached",
                f"family's remittance {c}, half for mother half for school fees"]
    out += ["bkash agent commission went down this month", "bitcoin price up again, hodl",
            "my binance wallet got hacked, new wallet made",
            "bkash e 40% cashback offer, per person ekbar",
            "dinner bill 2400, per head 600, nagad e pathao",
            "Share market e 20 hajar invest korlam, commission kete nilo broker"]
    return out


def test_money_with_an_illicit_context_grid(matcher):
    check_grid(matcher, _money_flag(), _money_ok(), rule="pay.network_share")
