"""Round 25 of issue 15, part A: precision, the good news read as the bad (family and worker voices).

Innocent contraries of an indicator said in the speaker's own voice, each a class with its guard:
the owner let keep, or said in the third person to hold, their own papers or phone, or keeping them
in their own place (``indicators/holders.py``: ``_LET_KEEP``, ``_HELD_3P``, ``_OWN_PLACE_BN``, and
"nijer kache rakhe" with no one named before it); the job found as it was told (``negation.found_as_told``);
a fee's offer turned down or held until its papers are checked (``fd.fee_above_cap``); long hours
counted by the week or said with their rest and pay (``lab.excessive_hours``); one's own debt repaid or
put first, and a cost borne without a cut (``fd.debt_by_work``). Each class is written in the three scripts where
it exists, with the true texts beside it that must stay flagged. None of these phrasings is a dev
set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, fired_by, flagged_texts


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE OWNER LET KEEP, OR HOLDING, THEIR OWN PAPERS OR PHONE (holders.py, round 25 part A)

OWNER_HOLDS = [
    # let keep their own thing, by whoever lets
    "My madam lets me keep my own phone in my room, I video call my son every night",
    "ম্যাডাম আমারে নিজের ফোন রাখতে দেয়, রাতে বাড়িতে কথা বলি",
    "madam amake nijer mobile rakhte dey, protidin raate bari te kotha boli",
    # the owner in the third person as the holder of their own thing
    "My cousin reached Jeddah safely, he has his passport with him and the visa is fine",
    "Rumana joined the hospital in Muscat, her passport is with her, the agency kept only a photocopy",
    # the owner's own keeping, no one named before it
    "chacha Oman e 3 bochor holo, bolse company bhalo, passport nijer kase rakhe",
    # the owner's own place
    "বেতন ঠিকমতো পাই। পাসপোর্ট আমার নিজের আলমারিতে।",
]

HELD_BY_ANOTHER = [
    "he keeps her phone and her card, she cannot call us for months",
    "Madam doesn't let me keep my phone, only friday one hour",
    "madam amar phone rakhte dey na, shudhu shukrobar ekbar",
    "sardar passport nijer kache rakhe, chaileo dey na",
    "মালিক নিজের লকারে সবার পাসপোর্ট রাখে, চাইলেও দেয় না",
    "he has his passport with him until he pays the agent the rest",
]


def test_owner_holds_stays_below_the_line(matcher):
    assert not flagged_texts(matcher, OWNER_HOLDS), flagged_texts(matcher, OWNER_HOLDS)


def test_held_by_another_still_flagged(matcher):
    check_grid(matcher, HELD_BY_ANOTHER, [])


def test_owner_holds_rules_quiet(matcher):
    for rule in ("doc.phone_confiscated", "doc.passport_retained", "doc.kept_by_other_wide"):
        assert_not_fired(matcher, OWNER_HOLDS, rule)


# --- 2. THE JOB FOUND AS IT WAS TOLD (negation.py found_as_told, round 25 part A)

FOUND_AS_TOLD = [
    "I was scared the broker lied, but the factory, the room and the pay are exactly what the agent promised",
    "ভয় ছিল দালাল ঠকাবে, এসে দেখি কাজ আর বেতন যা বলছিল তাই",
    "chukti te ja lekha chilo tai pacchi, 1500 ringgit ar overtime alada",
    "eshe dekhi kaj jemon bolsilo temon, beton o thik somoy e",
]
TOLD_AND_FOUND_OTHERWISE = [
    "dalal bolse hotel e kaj, eshe dekhi ja bolse tai na, construction site e dise",
    "এসে দেখি যা বলছিল তাই, কিন্তু বেতন দেয় না তিন মাস",
    "madam ja bolse tai korte hoy, beton dey na 4 mash",
]


def test_found_as_told_stays_below_the_line(matcher):
    assert not flagged_texts(matcher, FOUND_AS_TOLD), flagged_texts(matcher, FOUND_AS_TOLD)


def test_told_and_found_otherwise_still_flagged(matcher):
    check_grid(matcher, TOLD_AND_FOUND_OTHERWISE, [])


# --- 3. THE FEE'S OFFER TURNED DOWN OR HELD UNTIL ITS PAPERS ARE CHECKED (fd.fee_above_cap, round 25 part A)

OFFER_DECLINED = [
    "the broker wants 5 lakh for a Qatar visa, I said no, we will ask at the BMET office",
    "মামা কয় দুবাই যাইতে খরচ পাঁচ লাখ, আব্বা কইছে আগে অফিসে গিয়া কাগজ দেখমু",
    "খালু বলছে সৌদি যাইতে সাড়ে তিন লাখ, আম্মা কয় এত টাকায় যাওয়ার দরকার নাই",
    "dalal Oman er visa 4 lakh chaise, ami mana kore disi, age BMET e giye jigabo",
]
FEE_PAID = [
    "dalal malaysia er visa er jonno 5 lakh nise, ekhon ami na kore disi kintu taka ferot dey na",
    "saudi visa pach lakh, flight soho, advance 1 lakh pathan",
]


def test_offer_declined_fee_quiet(matcher):
    assert_not_fired(matcher, OFFER_DECLINED, "fd.fee_above_cap")


def test_fee_paid_still_fires(matcher):
    hits = fired_by(matcher, FEE_PAID, "fd.fee_above_cap")
    assert hits == FEE_PAID, hits


# --- 4. LONG HOURS COUNTED BY THE WEEK, OR SAID WITH THEIR REST AND PAY (lab.excessive_hours, round 25 part A)

HOURS_RESTED = [
    "library job, 15 hours a week, they pay every week, classes first",
    "পড়ার ফাঁকে ক্যাফেতে কাজ, সপ্তাহে ১৬ ঘণ্টা, টাকা ব্যাংকে আসে",
    "aj restaurant e 14 ghonta dilam, eid er rush, kal off tai ghumabo",
    "ঈদের আগে ১৫ ঘন্টার ডিউটি, তারপর দুই দিন ছুটি, ওভারটাইম আলাদা",
    "harvest week, 15 hours on the boat some days, every cent paid at the end",
]
HOURS_HARD = [
    "we work 16 hours every day, no day off for three months",
    "16 ghonta kaj, overtime alada bole kintu chuti nai ekdin o",
    "প্রতিদিন ১৮ ঘণ্টা কাজ করায়, ছুটি নাই",
]


def test_hours_rested_quiet(matcher):
    assert_not_fired(matcher, HOURS_RESTED, "lab.excessive_hours")


def test_hours_hard_still_fire(matcher):
    hits = fired_by(matcher, HOURS_HARD, "lab.excessive_hours")
    assert hits == HOURS_HARD, hits


# --- 5. ONE'S OWN DEBT REPAID OR PUT FIRST, AND NOTHING CUT (fd.debt_by_work, round 25 part A)

DEBT_OWN = [
    "abbu, ager loan ta age shodh kori, tarpor notun kisti nibo",
    "the sponsor renewed our iqama without cutting any salary this year",
    "সমিতির লোনের টাকা বেতন থেকে দিয়া শোধ হইয়া গেছে, আলহামদুলিল্লাহ",
]
DEBT_HELD = [
    "you will work until the debt is repaid",
    "ভিসার টাকা বেতন থেকে কেটে নেওয়া হবে",
    "visa er taka beton theke kete rakhbe",
]


def test_debt_own_quiet(matcher):
    assert_not_fired(matcher, DEBT_OWN, "fd.debt_by_work")


def test_debt_held_still_fires(matcher):
    hits = fired_by(matcher, DEBT_HELD, "fd.debt_by_work")
    assert hits == DEBT_HELD, hits
