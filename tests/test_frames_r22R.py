"""Round 22 of issue 15, part R: recruitment deception said without the writer's domain nouns.

Three concept classes of existing frames widened (the block "round 22, part R" of
``rules/shared.lexicon.yaml``, ``*_r22R``), each a mechanism rather than a writer's words: told one
thing and found another with no job named, when a broker, an agent or a sponsor told it and the arrival
or the look "now" sets the truth against it (``dr.told_found_wide``); the recruiter's truth said as
"actual", a formality, another contract, and the order to keep saying the cover or not to
mention it (``dr.contract_substitution``'s recruiter's voice); an offer that removes the requirements near
the costs said to be borne, with a wage or a job (``dr.easy_offer_papers_made``). Each is written in the
three scripts with innocent near-misses. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. TOLD BY THE RECRUITER, FOUND ON ARRIVAL, NO JOB NAMED (dr.told_found_wide)

TOLD_FOUND = {
    "en": ["the agent told us 8 hours a day and a room of our own. after we arrived it is 14 hours and ten men in one room",
           "the broker promised we fly straight to Rome. when we landed it was Tripoli and a locked yard"],
    "bn": ["দালাল বলছিলো তিন দিনে ইতালি পৌঁছাইবো, এহন দেহি লিবিয়ার এক গুদামে রাখছে",
           "এজেন্ট কইছিল মাসে ৪০০ দিনার, এইখানে আইসা মালিক কয় ২০০"],
    "bn-Latn": ["agent bolsilo 8 ghonta duty, ekhane eshe dekhi 14 ghonta, off day o nai",
                "dalal koisilo plane e sorasori jabo, ekhon dekhi boat e tule dise"],
}
TOLD_FOUND_OK = [
    "the agent said after arrival call this number and the driver will come",
    "agent bolsilo 8 ghonta duty, ekhane eshe dekhi 8 ghontai, alhamdulillah",
    "দালাল বলছিলো ফ্লাইট রবিবার, আলহামদুলিল্লাহ এখানে এসে সব ঠিক পাইছি",
    "beware: a dalal told us Italy by plane, when we landed it was Libya. call the helpline",
]


def test_told_found_without_job_grid(matcher):
    check_rule_grid(matcher, flat(TOLD_FOUND), TOLD_FOUND_OK, "dr.told_found_wide")


def test_told_found_one_slot_alone(matcher):
    # the recruiter's telling with no finding, and a finding with nobody who told it
    assert_not_fired(matcher, ["the agent told us the flight is on sunday", "ekhon dekhi bristi thamse, bazar e jabo"],
                     "dr.told_found_wide")


# --- 2. THE COVER AND THE "ACTUAL" TRUTH (dr.contract_substitution, the recruiter's voice)

COVER = {
    "en": ["just tell them it's a hotel job, the actual work is cleaning malls for a labour supplier",
           "keep saying driver at the interview; on paper it's driver, once there a partner company takes them for farm work"],
    "bn": ["এম্বাসিতে বলবেন হোটেলের কাজ, ওখানে গিয়ে আলাদা কন্ট্রাক্ট হবে"],
    "bn-Latn": ["airport e bolba hotel er kaj, kagoj ta formality, oikhane giye onno company te kaj"],
}
COVER_OK = [
    "tell them the hotel job is from monday, it is exactly as written in the contract",
    "just tell the teacher you were sick, actually I am taking you to the doctor",
]


def test_cover_actual_grid(matcher):
    check_rule_grid(matcher, flat(COVER), COVER_OK, "dr.contract_substitution")


# --- 3. EVERY REQUIREMENT REMOVED, EVERY COST BORNE (dr.easy_offer_papers_made)

OFFER = {
    "en": ["Selected for warehouse helper post, salary 1100 USD, no experience or interview needed, free flight and free hostel",
           "packing job abroad, 900 dollar salary, no english needed, company bear all cost of ticket"],
    "bn": ["কোন অভিজ্ঞতা লাগবে না, বেতন ৭০ হাজার, থাকা খাওয়া ফ্রি, টিকিট আমরা দিব"],
    "bn-Latn": ["experience lagbe na, beton 60 hajar, thaka khawa free, ticket amra dibo"],
}
OFFER_OK = [
    "Holiday tour package to Bali: no experience needed for snorkelling, free hotel and free flight",
    "কোচিং এ ভর্তি চলছে, কোনো অভিজ্ঞতা লাগবে না, থাকা খাওয়া ফ্রি",
    "tour package: experience lagbe na, thaka khawa free, ticket free, cox's bazar trip",
]


def test_offer_costs_borne_grid(matcher):
    check_rule_grid(matcher, flat(OFFER), OFFER_OK, "dr.easy_offer_papers_made")


def test_offer_one_slot_alone(matcher):
    # costs borne alone (a worker's own good news) and requirements removed alone stay below the line
    assert_not_fired(matcher, ["আম্মা চিন্তা কইরো না, কোম্পানি থাকা খাওয়া ফ্রি দিছে, রুমে ৪ জন",
                               "no experience needed, just come to the workshop on saturday"],
                     "dr.easy_offer_papers_made")


def test_warning_that_lists_the_signs_stays_below_the_line(matcher):
    # an awareness post naming the same marks is held by its voice, whatever rule it wakes
    texts = ["Warning: a job abroad with high salary, no experience needed and free ticket is a trap. Check the RL number with BMET.",
             "সতর্ক থাকুন! 'অভিজ্ঞতা লাগবে না, থাকা খাওয়া ফ্রি, বেতন ২ লাখ' এমন পোস্ট দেখে কাউকে টাকা দিবেন না"]
    assert all(r.score < matcher.line for r in matcher.match_many(texts))
