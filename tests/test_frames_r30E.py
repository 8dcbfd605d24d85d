"""Round 30 of issue 15, part E: recall in labour exploitation and recruitment deception told as wages.

Two classes, each a mechanism written in the three scripts, with the innocent lookalikes that must
stay quiet: the wage promised (a promise, an agent's word, a contract, each with its amount) set against
what is paid or received with another amount (dr.wage_promised_vs_paid); and wages withheld said
without the usual words, the pay stopped or never coming, the asking answered with "next month", months
worked for nothing, near the months gone (lab.wages_withheld, stopped_r30e near months_r30e).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid, flagged_texts


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE WAGE PROMISED AGAINST THE WAGE RECEIVED (dr.wage_promised_vs_paid)

WAGE_CONTRAST = [
    "he told us 55 thousand taka monthly, we are getting 22 thousand",
    "promised salary 45k, reality 17k, and the food is cut too",
    "the recruiter was supposed to be 1300 ringgit, the boss gives only 800",
    "dalal bolsilo 700 dollar, paisi 240",
    "chukti te lekha 1400 riyal, hate pai 850",
    "agent koisilo mashe 60 hajar, ekhane dey 25 hajar",
    "contract e 1100 dinar likha, dicche 500",
    "কইছিল মাসে ৪৫ হাজার, এখানে দেয় ১৬ হাজার",
    "দালাল বলছিল ৯০০ ডলার, পাইছি ৩০০",
    "চুক্তিতে লেখা ১৬০০ রিয়াল, হাতে পাই ৯৫০",
]
WAGE_INNOCENT = [
    "they promised 700 a month, now they give 1100",
    "agent bolsilo 900, ekhon dey 1200, bonus o dey",
    "কথা ছিল মাসে ৭০০ ডলার, এখন দেয় ৯০০ ডলার",
    "shirt price was 1500, now 1100 in the sale",
    "দোকানে দাম ছিল ১৪০০, এখন ১০০০",
    "news: migrants say they were promised 1400 riyal and got 800, the ministry said",
    "tutor bolsilo 4000 taka, ekhon nicche 3000",
    "she said sorry and gave me 300 extra riyal this month",
]


def test_wage_promised_against_received(matcher):
    check_rule_grid(matcher, WAGE_CONTRAST, WAGE_INNOCENT, "dr.wage_promised_vs_paid")


# --- 2. WAGES WITHHELD WITHOUT THE USUAL WORDS (lab.wages_withheld)

WITHHELD = [
    "they stopped paying us after the fourth month",
    "since march the boss stopped our pay, we eat on credit",
    "we work every day but the wages stopped five months back",
    "the money never comes, 4 months now",
    "char mash dhore salary bondho",
    "beton chaile bole samner mash e, 6 mash hoye gelo",
    "taka chaile bole agami mash e, emne 5 mash gelo",
    "চার মাস ধইরা বেতন বন্ধ",
    "বেতন চাইলে কয় সামনের মাসে, এমনে পাঁচ মাস গেল",
    "madam promised 300 dollars, 6 months nothing, she says wait",
]
WITHHELD_INNOCENT = [
    "the bank said the payment stopped because my card expired",
    "ব্যাংকে পেমেন্ট বন্ধ, সার্ভার ডাউন",
    "dokane payment bondho, card kaj kore na",
    "garment workers strike: salary stopped for 3 months at the factory, news report",
    "eid er chutir jonno beton 10 din por dise, sob paisi",
    "আমি নিজে ৩ মাস ছুটি নিছি, তাই বেতন বন্ধ",
    "the gym membership payment stopped after the second month, I cancelled",
    "netflix er taka bondho kore disi 3 mash",
    "4 months nothing happened with the file",
]


def test_wages_withheld_without_usual_words(matcher):
    check_rule_grid(matcher, WITHHELD, WITHHELD_INNOCENT, "lab.wages_withheld")


def test_innocent_lookalikes_stay_below_line(matcher):
    assert not flagged_texts(matcher, WAGE_INNOCENT + WITHHELD_INNOCENT[:8])
