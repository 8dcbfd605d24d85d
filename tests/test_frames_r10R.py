"""Round 10 of issue 15, part R: recruitment and debt scenes the packs had no family for, tested as
grids (docs/rules.md, "round 10, part R").

1. THE DECEIT NAMED (``dr.deceit_named``): the lie itself named against the recruiter or the job
   ("the agent lied about the salary", "recruited under false pretences", "dalal protarona korse",
   "দালাল মিথ্যা কথা বইলা আনছে"), not a partner's, a shop's or the speaker's own lie, nor a warning.
2. THE LOAN FOR THE BROKER GONE BAD (``fd.loan_for_broker_lost``): land, gold or an NGO loan for
   the broker, and now no work, no way to pay the instalments, the interest above the loan.
3. A PERSON TAKEN FOR A FAMILY'S DEBT (``fd.advance_binds``): "bap er loan er bodole", "দেনার বদলে".
4. THE WAGE PROMISED AND GOT in English (``dr.contract_substitution``), the costs all borne
   (``dr.easy_offer_papers_made``), a recruitment fee by its names (``fd.debt_by_work``), the fee
   over the government's rate charged outright (``fd.fee_above_cap``).

Every filler was written for this file as a family of ways the slot is said; each grid asserts that
every combination reaches the review line by the frame's rule, and that near-misses stay silent.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE DECEIT NAMED -------------------------------------------------------------------------
# who x the deceit x what it was about

WHO_DECEIT = {
    "en": ["the agent lied about", "the broker lied to us about", "the agency tricked us with", "that dalal misled us about",
           "the recruiter conned us with"],
    "bn-Latn": ["dalal protarona korse", "agent mittha bole", "dalal amader thokaise", "agent dhoka dise", "dalal vul bujhiye"],
    "bn": ["দালাল প্রতারণা করছে", "এজেন্ট মিথ্যা কথা বলে", "দালাল আমাগো ঠকাইছে", "এজেন্ট ধোঁকা দিছে", "দালাল ভুল বুঝিয়ে"],
}
ABOUT = {
    "en": ["the salary", "the job", "the work and the hours", "everything, the company too"],
    "bn-Latn": ["kaj er kotha bole", "beton niye", "chakri r kotha koiya", "sob kichu niye"],
    "bn": ["কাজের কথা বইলা", "বেতন নিয়া", "চাকরির কথা কইয়া", "সব কিছু নিয়া"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_deceit_named(matcher, script):
    flag = [f"{w} {a}" for w, a in product(WHO_DECEIT[script], ABOUT[script])]
    check_grid(matcher, flag, [], rule="dr.deceit_named")


DECEIT_MORE = [
    # a caseworker's paraphrase, with no broker named
    "she was recruited under false pretences for a job that did not exist",
    "client was misled about the nature of the work in Jordan",
    "we got scammed bro, the job in Dubai was fake",
    "they sent us here with false promises of a factory job",
    "বিদেশে ভালো চাকরির মিথ্যা প্রলোভন দেখিয়ে ভাইকে নিয়ে গেছে",
    "malaysia te kaj er kotha bole thokaise",
]


def test_deceit_paraphrased(matcher):
    check_grid(matcher, DECEIT_MORE, [], rule="dr.deceit_named")


DECEIT_OK = [
    "my boyfriend lied about his job, we broke up",
    "I lied about my age to get the job",
    "the phone shop cheated me, battery is dead",
    "দোকানদার দাম নিয়ে ঠকাইছে",
    "bondhu mittha bole class fanki dise",
    "shobai shotorko thakun, keu Malaysia r job er kotha bole taka chaile diben na, eta protarona",
    "Finished my contract in Qatar, the agency took only the official fee, flying home next week",
    "the company lied about the raise, hr said 10 percent",
    "beware of agents who lie about the salary abroad, check BMET",
]


def test_deceit_innocent(matcher):
    check_grid(matcher, [], DECEIT_OK)
    assert not fired_by(matcher, DECEIT_OK, "dr.deceit_named")


# --- 2. THE LOAN FOR THE BROKER GONE BAD ---------------------------------------------------------
# the loan x paid to the broker x what became of it

LOAN = {
    "en": ["we mortgaged the land and paid the agent", "took an NGO loan to pay the broker",
           "sold the gold to pay the dalal", "borrowed from the moneylender for the visa"],
    "bn-Latn": ["jomi bondhok diye dalal ke taka dilam", "somiti theke loan niye agent ke disi",
                "gohona bikri kore dalal ke dilam", "mohajon theke sude niye visa r taka dilam"],
    "bn": ["জমি বন্ধক রেখে দালালকে টাকা দিছি", "এনজিও থেকে লোন নিয়ে এজেন্টরে দিছি", "গয়না বিক্রি করে দালালরে দিলাম",
           "মহাজনের থেকে সুদে নিয়ে ভিসার টাকা দিছি"],
}
LOST = {
    "en": ["now there is no work", "now we can't pay the instalments", "the interest is more than the loan now",
           "now we are drowning in debt"],
    "bn-Latn": ["ekhon kaj nai", "kisti dite partesi na", "sud bartese protimash", "ekhon kono kaj dey na"],
    "bn": ["এখন কাজ নাই", "কিস্তি দিতে পারতেছি না", "সুদ বাড়তেছে", "এখন দেনায় ডুবে আছি"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_loan_for_broker_lost(matcher, script):
    flag = [f"{a}, {b}" for a, b in product(LOAN[script], LOST[script])]
    check_grid(matcher, flag, [], rule="fd.loan_for_broker_lost")


LOAN_OK = [
    "took a loan to open a shop, paid on time",
    "rickshaw kinte loan nilam, kisti dicchi",
    "দোকানের জন্য লোন নিয়েছি, কিস্তি সময়মতো দিই",
    "visa er jonno loan nisilam, alhamdulillah ekhon shodh hoye gese",
    "we took a loan for the wedding, now the harvest is bad",
    # the loan alone, or the outcome alone
    "jomi bondhok diye dalal ke taka dilam",
    "ekhon kaj nai, kisti dite partesi na",
]


def test_loan_innocent(matcher):
    assert not fired_by(matcher, LOAN_OK, "fd.loan_for_broker_lost")


# --- 3. A PERSON TAKEN FOR A FAMILY'S DEBT -------------------------------------------------------

EXCHANGE = {
    "en": ["against his father's debt", "to clear the debt", "in exchange for the loan"],
    "bn-Latn": ["bap er loan er bodole", "dena'r bodole", "dadon er bodole"],
    "bn": ["বাপের দেনার বদলে", "ঋণের বদলে", "দাদনের বদলে"],
}
TAKEN = {
    "en": ["they took my son to the kiln", "the landlord made her work", "the contractor kept my daughter"],
    "bn-Latn": ["amar chele re niye gese", "meye re rekhe dise", "chele ke kaj koray"],
    "bn": ["আমার পোলারে নিয়া গেছে", "মাইয়ারে রাইখা দিছে", "ছেলেরে কাম করায়"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_person_taken_for_debt(matcher, script):
    flag = [f"{t} {e}" for t, e in product(TAKEN[script], EXCHANGE[script])]
    flag += [f"{e}, {t}" for t, e in product(TAKEN[script], EXCHANGE[script])]
    check_grid(matcher, flag, [], rule="fd.advance_binds")


EXCHANGE_OK = [
    "bhai dena shodh korte bidesh gese",
    "ami loan er bodole jomi diye dilam",
    "took a bank loan to clear the debt of the shop",
]


def test_exchange_innocent(matcher):
    assert not fired_by(matcher, EXCHANGE_OK, "fd.advance_binds")


# --- 4. THE WAGE, THE COSTS, THE FEE -------------------------------------------------------------

WIDENED = [
    ("They told her she would earn 1500 riyal but she only gets 800", "dr.contract_substitution"),
    ("promised 2000 AED, getting 900 after cuts", "dr.contract_substitution"),
    ("he was supposed to get 1800 a month, in hand only 1100 riyal", "dr.contract_substitution"),
    ("the visa they gave me is for a different company, my kafeel is someone i never met", "dr.contract_substitution"),
    ("modelling gig in dubai, all expenses paid, u just need a passport, dont tell ur mom yet", "dr.easy_offer_papers_made"),
    ("Jordan e housemaid er kaj, sob khoroch amader, barite bolar dorkar nai", "dr.easy_offer_papers_made"),
    ("I was charged 2,500 dollars in recruitment fees, they deduct it from my wages every month", "fd.debt_by_work"),
    ("agency fee 300 ringgit deducted from my salary every month", "fd.debt_by_work"),
    ("Agency charged me 4.5 lakh when govt rate is 1.6 lakh, no receipt for the extra", "fd.fee_above_cap"),
]


@pytest.mark.parametrize("text,rule", WIDENED)
def test_widened(matcher, text, rule):
    check_grid(matcher, [text], [], rule=rule)


WIDENED_OK = [
    "they promised to visit on friday, getting ready now",
    "scholarship to Malaysia, all expenses paid, apply at the university office",
    "the government rate is 1.6 lakh, we paid exactly that at the bank with a receipt",
    "the contract says 1500 riyal and you get exactly the same, no cuts",
]


def test_widened_innocent(matcher):
    check_grid(matcher, [], WIDENED_OK)


# --- 5. GONE WITH A JOB'S PROMISE, NOT HEARD FROM SINCE (``dr.lured_then_lost``) -----------------

WENT_LURED = {
    "en": ["she went with a neighbour who promised her a job in a garment factory",
           "my brother left with a man who said he would get him a job in a hotel"],
    "bn-Latn": ["pasher barir bhabi kaj dibe bole bon ke niye gese", "ek lok chakrir kotha bole chele ke niye gelo"],
    "bn": ["পাশের বাড়ির ভাবি কাজ দিবে বলে বোনরে নিয়া গেছে", "এক লোক চাকরির কথা বলে ছেলেরে নিয়ে গেল"],
}
SILENCE = {
    "en": ["and we haven't heard from her since", "his phone is off for two weeks", "no news of her for a month"],
    "bn-Latn": ["ek mash kono khobor nai", "ar kotha hoy nai", "ekhon jogajog bondho"],
    "bn": ["এক মাস কোনো খবর নাই", "আর কথা হয় নাই", "এখন যোগাযোগ বন্ধ"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_lured_then_lost(matcher, script):
    flag = [f"{w}, {s}" for w, s in product(WENT_LURED[script], SILENCE[script])]
    check_grid(matcher, flag, [], rule="dr.lured_then_lost")


LOST_OK = [
    "my brother went to Dubai for a job last year, no news from him this week, probably busy",
    "bhai kaj er jonno dubai gese, 2 din kono khobor nai, busy mone hoy",
    "she went with her friends to Cox's Bazar, phone is off, must be the network",
    "সাবধান! কাজ দিবে বলে নিয়ে গেছে এমন নিখোঁজের খবর পেলে হেল্পলাইনে জানান",
]


def test_lured_then_lost_innocent(matcher):
    assert not fired_by(matcher, LOST_OK, "dr.lured_then_lost")


# --- 6. THE RECRUITER WHO STALLS, THE DEBT IN ENGLISH, THE SUM IN DIGITS -------------------------

MORE = [
    ("i gave the dalal my passport and 2 lakh in january, now its october, he says next month every month", "dr.recruiter_gone_with_fee"),
    ("the agent keeps asking for small amounts, 5k here 10k there, its been a year and no visa", "dr.recruiter_gone_with_fee"),
    ("paid the agent 80k in march, he always says next week", "dr.recruiter_gone_with_fee"),
    ("দালাল ৮ মাস ধরে টালবাহানা করতেছে, টাকা ফেরত দেয় না", "dr.recruiter_gone_with_fee"),
    ("dalal ke 3 lakh disi, aj na kal kore 6 mash ghuraitese", "dr.recruiter_gone_with_fee"),
    ("He incurred debts of 4 lakh to migrate and is now bonded to the employer", "fd.debt_by_work"),
    ("the worker reported paying 4,000 USD in recruitment costs, the employer recovers it from wages", "fd.debt_by_work"),
    ("agent money not finish yet, 6 month more salary go to him", "fd.debt_by_work"),
    ("the kafeel bought my visa from the agent for 9000 riyal and says I must pay it back", "fd.debt_by_work"),
    ("madam said i cost her 30000 riyal and i have to work 2 years without salary", "fd.debt_by_work"),
    ("they charge us for the bed, the food, the uniform, the transport, at the end nothing left", "fd.debt_by_work"),
    ("company khawar taka kete ney, room bhara kete ney, mash sheshe hate kichu thake na", "fd.debt_by_work"),
    ("Client paid BDT 550,000 to a sub-agent for a cleaning job in Kuwait", "fd.fee_above_cap"),
    ("দালালরে ৪,৫০,০০০ টাকা দিছি ভিসার জন্য", "fd.fee_above_cap"),
    ("visa er jonno agent ke Tk 3,20,000 dilam", "fd.fee_above_cap"),
]


@pytest.mark.parametrize("text,rule", MORE)
def test_more(matcher, text, rule):
    check_grid(matcher, [text], [], rule=rule)


MORE_OK = [
    "visa processing 2 weeks, no visa yet, the embassy is slow, all paid at the bank with receipt",
    "we paid BDT 550,000 for the new shop in Mirpur",
    "the hotel charges us for the breakfast, nothing left in the minibar",
    "flat rent Tk 25,000 a month for the family, paid by bank",
    "agent bolse visa next week, all paid with receipt at the office",
]


def test_more_innocent(matcher):
    for rule in ("dr.recruiter_gone_with_fee", "fd.debt_by_work", "fd.fee_above_cap"):
        assert not fired_by(matcher, MORE_OK, rule), rule
