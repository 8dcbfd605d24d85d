"""Round 7 of issue 15, part D: the deception-and-debt frames, tested as grids.

Four frames, each a rule whose slots are concept classes of ``rules/shared.lexicon.yaml``:

1. TOO EASY x PAPERS MADE (``dr.easy_offer_papers_made``): an offer that removes every normal
   requirement, or a first stop with Europe after it, near the recruiter making the documents,
   arranging everything, or a story for the family.
2. PROMISED vs FOUND (``dr.contract_substitution``, widened): what was said set against a thing that
   does not exist or is not as said ("there is no clinic", "not like they said").
3. PAY MORE OR LOSE IT (``fd.pay_more_or_lose``): large sums paid, another demanded, a loss if not.
4. COSTS CHARGED TO THE PERSON (``fd.debt_by_work``, widened): the ticket, the clothes, the room or
   the sponsor's fee charged to the worker and paid back by work or cuts.

A grid builds phrases from independent fillers written here, in the three scripts, and asserts
that every combination reaches the review line (by the frame's rule); the same fillers in innocent
frames (a licensed agency's notice, a student's own papers, a wedding, a shop's account, a bank
loan, a family's own choice) stay below it. None of these sentences is a dev set's.

One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. TOO EASY x PAPERS MADE FOR YOU ------------------------------------------------------------
# an easy term x (a paper the recruiter makes | everything arranged | a story for the family)

EASY = {
    "en": (["no experience needed", "no IELTS, no interview", "visa 100% guaranteed", "no papers needed",
            "border is no problem", "just send passport copy",
            "no need english no need skill", "training not required"],
           ["the experience certificate we will make", "we prepare the bank statement",
            "birth certificate we make new", "we fix all the papers", "we arrange everything", "tell your mom you got a job in Sylhet",
            "dont tell ur parents yet"]),
    "bn-Latn": (["experience lagbe na", "ielts lagbe na", "interview chara visa", "kagoj potro lagbe na",
                 "thaka khawa free", "khali passport ar chobi diben",
                 "passport chara o jawa jabe", "training er dorkar nai"],
                ["experience certificate amra baniye dimu", "bank statement amra ready kore dibo",
                 "kagoj potro amra kore dimu", "baki amra dekhmu", "ma ke bolo dhaka te garments e kaj",
                 "barite bolar dorkar nai"]),
    "bn": (["অভিজ্ঞতা লাগবে না", "ভাষা জানা লাগবে না", "ইন্টারভিউ ছাড়াই ভিসা", "কাগজপত্র লাগবে না",
            "থাকা খাওয়া ফ্রি", "বর্ডার কোন ব্যাপার না",
            "কোনো ট্রেনিং লাগবে না", "পাসপোর্ট ছাড়াই যাওয়া যাবে"],
           ["অভিজ্ঞতার সনদ আমরা বানিয়ে দিব", "ব্যাংক স্টেটমেন্ট আমরাই রেডি কইরা দিমু", "কাগজপত্র সব আমাদের দায়িত্ব",
            "বাকি সব আমরা দেখমু", "আম্মুরে বলবা খালার বাসায় যাইতেছ", "বাড়িতে বলার দরকার নাই"]),
}

ONWARD = {
    "en": ["hospital cleaner job in libya, then italy in 3 months", "italy package, dubai first then straight to italy"],
    "bn-Latn": ["libya te company r kaj, 3 mash por italy niye jabo", "italy package ase, dubai hoye tarpor italy"],
    "bn": ["লিবিয়াতে হাসপাতালের কাজ, তিন মাস পরে ইতালি নিয়া যামু", "ইতালি প্যাকেজ, দুবাই হয়ে তারপর সোজা ইতালি"],
}


def _easy_flag():
    out = []
    for script, (easy, joined) in EASY.items():
        for e, j in product(easy, joined):
            out.append(f"{e}, salary good. {j}")
        for o, j in product(ONWARD[script], joined[3:]):
            out.append(f"{o}. {j}")
    return out


def _easy_ok():
    out = []
    # a licensed agency's notice: its licence, the government fee and the process
    for e in EASY["en"][0][:4]:
        out.append(f"BMET registered agency, recruiting licence RL-1127. {e} for helpers. "
                   "Government fee Tk 79,000 paid at the bank, receipt given, training at the TTC")
    for e in EASY["bn"][0][:4]:
        out.append(f"বিএমইটি নিবন্ধনকৃত এজেন্সি, রিক্রুটিং লাইসেন্স নং ১১২৭। {e}। সরকারি ফি ব্যাংকে জমা, রশিদ দেওয়া হবে")
    for e in EASY["bn-Latn"][0][:4]:
        out.append(f"amader recruiting licence ase, {e}, sorkari fee bank e joma diben, receipt paben")
    # a student's own visa talk: the papers are the student's own
    out += ["no IELTS needed for this university, I made my own bank statement and my own experience letter",
            "ielts lagbe na ei university te, bank statement ami nije ready korsi",
            "আইইএলটিএস লাগবে না এই ভার্সিটিতে, ব্যাংক স্টেটমেন্ট আমি নিজে রেডি করছি",
            "ami ar amar bondhu IELTS chara UK te porte jabo, bank statement abbu ready kore dise",
            "no IELTS needed for my masters, my uncle will give the bank statement from his account",
            # one signal alone: the easy offer, or the papers
            "no experience needed, salary 1200 riyal, call now",
            "experience lagbe na, beton 30 hajar, imo te knock den",
            "কোন অভিজ্ঞতা লাগবে না, বেতন ৩০ হাজার",
            "the bank statement we prepare for your loan file, bring the salary slips",
            # family talk and a worker's own choice
            "ammu ke bolo ami valo asi, thaka khawa free company te, alhamdulillah",
            "আম্মুকে বলো আমি ভালো আছি, থাকা খাওয়া ফ্রি, বেতন সময়মতো পাই",
            "tell your mom you got the job, no interview needed since you were already an intern there"]
    return out


def test_easy_offer_papers_made_grid(matcher):
    check_grid(matcher, _easy_flag(), _easy_ok(), rule="dr.easy_offer_papers_made")


# --- 2. PROMISED vs FOUND --------------------------------------------------------------------------
# who told x the thing promised x the truth found (it does not exist, or is not as said)

FOUND = {
    "en": (["they told my mother", "the agent promised", "they said"],
           ["a nurse job in a clinic", "a cleaner job in a company", "a work permit for poland"],
           ["there is no clinic, i clean a house alone", "there is no company, we sit in a room",
            "the embassy says no such permit, it was all fake", "its not like they said, i work in a farm"]),
    "bn-Latn": (["amake bolsilo", "dalal bolechilo", "agent koisilo"],
                ["clinic e nurse er kaj", "company te cleaner er kaj", "poland er work permit"],
                ["kono clinic nai, ek basay sob kaj kori", "embassy bollo kono permit e nai, puro ta banano",
                 "jemon bolsilo temon na, khamar e kaj"]),
    "bn": (["আমারে কইছিল", "দালাল বলেছিল", "এজেন্ট বলছিল"],
           ["ক্লিনিকে নার্সের কাজ", "কোম্পানিতে ক্লিনারের কাজ", "পোল্যান্ডের ওয়ার্ক পারমিট"],
           ["এম্বাসি কইলো কোন পারমিটই নাই, পুরাটা বানানো", "যেমন বলছিল তেমন না, খামারে কাজ",
            "কোনো ক্লিনিক নাই, এক বাসায় সব কাজ করি"]),
}


def _found_flag():
    return [f"{w} {p}. {t}" for who, promised, truth in FOUND.values()
            for w, p, t in product(who, promised, truth)]


def _found_ok():
    out = []
    for script, (who, promised, _) in FOUND.items():
        for w, p in product(who, promised):
            if script == "en":
                out.append(f"{w} {p} and it is exactly the same, happy here")
            elif script == "bn-Latn":
                out.append(f"{w} {p}, oikhane giye tai paisi, alhamdulillah")
            else:
                out.append(f"{w} {p}, ওখানে গিয়ে তাই পাইছি, আলহামদুলিল্লাহ")
    out += ["there is no clinic near our village, the nearest is in the upazila",
            "there is no company holiday this friday, the boss said",
            "kono clinic nai amader gram e, sadar e jete hoy",
            "আমাদের গ্রামে কোনো ক্লিনিক নাই, সদরে যেতে হয়",
            "the rumour that the permit does not exist was fake, the embassy confirmed my permit"]
    return out


def test_promised_versus_found_grid(matcher):
    check_grid(matcher, _found_flag(), _found_ok(), rule="dr.contract_substitution")


# --- 3. PAY MORE OR LOSE IT ------------------------------------------------------------------------
# sums paid x another stage demanded x the loss if not

PAY_MORE = {
    "en": (["we already paid 6 lakh", "abba sold the land and we paid 4 lakh", "i paid 3500 dollar"],
           ["now they want another 2 lakh for the ticket", "now 3000 euro more for the next stage"],
           ["otherwise the money is gone", "or we stay stuck in the camp", "no refund"]),
    "bn-Latn": (["6 lakh dilam jomi beiche", "abba dhar kore 4 lakh pathaise already", "agei 3 lakh disi"],
                ["ekhon bole aro 2 lakh lagbe", "condition er taka aro 1500 dollar"],
                ["naile camp e boisha thakbo", "na dile ferot dibe na", "ekhane atka"]),
    "bn": (["জমি বন্ধক দিয়া ২ লাখ দিছি", "আগে ৪ লাখ দিলাম", "মহাজনের কাছে ধার কইরা ৩ লাখ দিছি"],
           ["অহন কয় আরো ৪০ হাজার লাগবো", "তিন নম্বর কিস্তি আরো ১ লাখ"],
           ["নইলে আগের টাকাও ফেরত দিবো না", "না দিলে ওখানে আটকা থাকবে", "নাইলে টিকিট হবে না"]),
}


def _pay_more_flag():
    return [f"{p}, {m}, {lo}" for paid, more, lose in PAY_MORE.values()
            for p, m, lo in product(paid, more, lose)]


def _pay_more_ok():
    out = []
    # the same sums and losses in a wedding, a shop's account, a bank's loan, a school
    for lo in PAY_MORE["en"][2]:
        out += [f"we paid 2 lakh for the wedding hall, another 40k for decoration, {lo}",
                f"i paid the shop 5000, 2000 more next week, {lo}"]
    for lo in PAY_MORE["bn-Latn"][2]:
        out += [f"biye te 2 lakh dilam, aro 40 hajar lagbe decoration e, {lo}",
                f"dokan e 5 hajar disi, aro 2 hajar baki, {lo}"]
    for lo in PAY_MORE["bn"][2]:
        out += [f"বিয়ের জন্য ২ লাখ দিলাম, আরো ৪০ হাজার লাগবে ডেকোরেশনে, {lo}",
                f"স্কুলে ভর্তির ফি ১০ হাজার দিছি, আরো ২ হাজার লাগবে, {lo}"]
    # a licensed agency's fee schedule (no loss), a remittance
    out += ["BMET registered agency: paid 40,000 of the government fee, the rest 39,000 at visa stamping, receipt given",
            "আমি আম্মুকে ২০ হাজার দিলাম, আরো ১০ হাজার পাঠাবো ঈদে",
            "ami 20 hajar disi bari te, aro 10 hajar pathabo eid e"]
    return out


def test_pay_more_or_lose_grid(matcher):
    check_grid(matcher, _pay_more_flag(), _pay_more_ok(), rule="fd.pay_more_or_lose")


# --- 4. COSTS CHARGED TO THE PERSON -----------------------------------------------------------------
# a cost spent on the worker x the worker paying it back (worked off, cut, paid back first)

COSTS = {
    "en": (["we paid for her ticket, her clothes, her room", "your sponsor paid 18000 SAR to the office for you",
            "thats 3000 more on his account"],
           ["she works it off first", "you pay it back first, then we talk", "we cut it from his salary",
            "he still owes more"]),
    "bn-Latn": (["madam bole amar jonno naki 1 lakh khoroch hoise", "tor jonno khoroch hoise 80 hajar",
                 "jama kapor kinte 20 hajar gese"],
                ["protidin 500 kore kate", "beton theke kete nibo", "ferot na dile jaite parbi na"]),
    "bn": (["তোর জন্য খরচ হইছে ৮০ হাজার", "বর্ডার পার করতে ১ লাখ খরচ হইছে", "জামা কাপড় কিনতে ২০ হাজার গেছে"],
           ["প্রতিদিন ৫০০ করে কাটে", "বেতন থেকে কেটে নিব", "ফেরত না দিলে যেতে পারবি না"]),
}


# an advance kept in the owner's book that grows, whoever writes it
ADVANCE = (["the sardar writes our advance in his book", "malik agrim er hisab khatay likhe rakhe",
            "মালিক অগ্রিমের হিসাব খাতায় লিখে রাখে", "the owner keeps the advance in his khata"],
           ["every year it gets bigger not smaller", "protibochor bare, shesh hoy na", "প্রতি বছর বাড়ে, শেষ হয় না"])


def _costs_flag():
    return ([f"{s}. {r}" for spent, repay in COSTS.values() for s, r in product(spent, repay)]
            + [f"{a}, {g}" for a, g in product(*ADVANCE)])


def _costs_ok():
    return ["we paid for her ticket and her clothes as a gift for eid, she is my niece",
            "the company paid for your ticket, it is free as per contract, nothing is cut",
            "your customer account: 3000 on his account this month, pay when you can",
            "dokaner khatay 3000 tar account e, mash shesh e dibe",
            "ammu tomar jonno jama kapor kinte 2 hajar khoroch hoise, eid mubarak",
            "তোমার জন্য জামা কাপড় কিনতে ২ হাজার খরচ হইছে, ঈদ মোবারক",
            "student loan 2 lakh, I pay it back after graduation from my salary through the bank",
            "বাবা ব্যাংক লোন নিয়ে আমার পড়ার খরচ দিছে, চাকরি পেলে শোধ করব",
            "we paid the licensed agency the government fee 79,000 at the bank, receipt given",
            "we booked the hall in advance, the price gets bigger every year",
            "the rent is written in the landlord's book, paid in advance, it gets bigger every year",
            "advance booking er hisab khatay likhe rakhlam, eid e dam bare"]


def test_costs_charged_to_the_person_grid(matcher):
    check_grid(matcher, _costs_flag(), _costs_ok(), rule="fd.debt_by_work")
