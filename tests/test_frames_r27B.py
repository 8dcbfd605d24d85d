"""Round 27 of issue 15, part B: recall where writers lose most in recruitment deception and payments.

Classes read from the training misses (dev142 to dev149 first), each spanning three writers or more, written
as slots and condition branches (the block "round 27, part B" of ``rules/shared.lexicon.yaml``, ``*_r27B``):
the recruit's own papers waved away and made or arranged by the recruiter (``dr.easy_offer_papers_made``); a
worker's wage sent to a channel the broker or the agent holds (``pay.pay_routed_to_another``); the working day
said as a span of clock hours, fifteen or more (``lab.excessive_hours``).
Each in the scripts where the class is said, with innocent near-misses. None of these phrasings is a training
or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE PAPERS WAVED AWAY AND MADE OR ARRANGED BY THE RECRUITER (dr.easy_offer_papers_made)

PAPERS = {
    "en": ["cleaning job in Johor, no visa needed, the border is arranged by our man",
           "Dubai hotel work, passport not needed at all, we manage it at the airport"],
    "bn": ["সৌদিতে বাসার কাজ, পাসপোর্ট কিছুই লাগবে না, আমরাই সব করে দিব",
           "কারখানায় কাজ, তোমার কার্ড লাগবো না, ওইখানে গিয়া নতুন আইডি বানায় দিমু"],
    "bn-Latn": ["Oman e cleaner er kaj, visa o lagbe na, amra manage kori",
                "hotel er kaj, tomar passport kisu lagbe na, oikhane giye notun card banay dibo"],
}
PAPERS_OK = [
    "Nepal jete visa lagbe na, hotel booking amra kore dibo, tour package 25000",
    "bank e account khulte passport lagbe na, NID card diye hobe, form ami fill up kore dibo",
    "no visa needed for Bangladeshis to go to Bhutan, our agency arranges the hotel, tour package",
    "নতুন সিম কার্ড লাগবে না, পুরানটাই চলবে, আমি রিচার্জ করে দিব",
    "BMET registered agency: passport not needed for the first interview, govt fee paid at the bank, we prepare the papers with BMET",
]


def test_papers_waved_made_grid(matcher):
    check_rule_grid(matcher, flat(PAPERS), PAPERS_OK, "dr.easy_offer_papers_made")


# --- 2. THE WAGE SENT TO THE BROKER'S NUMBER (pay.pay_routed_to_another)

WAGE = {
    "en": ["the girls' wages will not go home direct, they come to our agent's bkash, he pays the families later",
           "the company paid my salary to some number, that is not my number, it is the broker's"],
    "bn": ["ছেলেদের বেতন সরাসরি বাড়িতে যাবে না, সর্দারের নগদে আসবে, পরে সে দিবে",
           "আমার চার মাসের বেতন মালিক দালালের একাউন্টে দিছে, আমি কিছু পাই নাই"],
    "bn-Latn": ["tomar beton bari te jabe na, agent er bkash e ashbe, o pore dibe",
                "malik amar 3 maser beton pathaise, kintu oi number ta dalal er, amader na"],
}
WAGE_OK = [
    "beton tule bkash agent er kache cash out korlam, barite pathaisi",
    "বেতন পাইয়া বিকাশ এজেন্টের কাছে ক্যাশ আউট করলাম",
    "your first salary is paid into your own bank account, the agent will help you open it",
    "nagad agent point e giye salary ta cash out korbo kal",
]


def test_wage_to_broker_grid(matcher):
    check_rule_grid(matcher, flat(WAGE), WAGE_OK, "pay.pay_routed_to_another")


# --- 3. THE DAY SAID AS A SPAN OF CLOCK HOURS (lab.excessive_hours)

HOURS = {
    "en": ["in the orchard from 4 in the morning till dark, picking every day",
           "at the club the girls work noon till 3 am, one meal"],
    "bn": ["খামারে ভোর চারটা থেইকা রাত এগারোটা পর্যন্ত ধান কাটি",
           "ইটভাটায় ভোর ৪টা থেকে রাত ৮টা পর্যন্ত ইট টানি"],
    "bn-Latn": ["khamar e bhor 4 ta theke rat 9 ta porjonto kaj, beton o dey na",
                "bagane shokal 5 ta theke rat 8 ta porjonto pata tola"],
}
HOURS_OK = [
    "we partied from noon till 3 am, best birthday ever",
    "the fishing trip goes from 4 am to dark, bring sunscreen",
    "ami bhor 5 ta theke rat 8 ta porjonto porasona kori exam er jonno",
    "আমাদের দোকান সকাল ৫টা থেকে রাত ৮টা পর্যন্ত খোলা থাকে",
    "ভোর চারটা থেকে রাত দশটা পর্যন্ত লোডশেডিং, গরমে শেষ",
]


def test_hours_span_grid(matcher):
    check_rule_grid(matcher, flat(HOURS), HOURS_OK, "lab.excessive_hours")
