"""Round 26 of issue 15, part C: precision, innocent texts flagged.

Classes of training false alarms, each with its guard, written in the three scripts where the class
exists, with the true texts beside them that must stay flagged: the parlour abroad warned about, worked
in and liked, or owned (``dr.hospitality_job_women_abroad``); a room booked for one's own trip
(``fd.advance_fee``, ``pay.others_earnings_moved``); a match the family arranges with a groom abroad
and checks (``fm.marriage_lure``); the writer's own words told to another (``dr.contract_substitution``);
a fee warning's voice (``fd.fee_above_cap``); a passport errand back on a named day, with a receipt or
returned (``neg.visa_processing``). None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE PARLOUR ABROAD WARNED ABOUT, WORKED IN AND LIKED, OR OWNED

PARLOUR_INNOCENT = [
    "Apura, Oman er spa job er offer inbox e ashle age jachai koren, family ke janan",
    "ওমানে স্পা কাজের অফার আসলে আগে যাচাই করুন, পরিবারকে জানান।",
    "If a beauty parlour job in Dubai is offered to your sister online, verify before she goes and report the post",
    "Qatar er salon e ek bochor holo, madam bhalo, weekly off pai, amar kaj dekho tiktok e",
    "আমার খালাতো বোন দুবাইতে নিজে একটা বিউটি পার্লার চালায়, ট্রেড লাইসেন্স ওর নামে",
    "Two years at a salon in Dubai now, the owner is kind, see my work on my page",
]
PARLOUR_OFFERS = [
    "Dubai te salon e kaj, malik bhalo, beton 2000 dirham, meye lagbe, inbox koren",
    "দুবাইতে বিউটি পার্লারে কাজ, মালিক ভালো, মেয়ে লাগবে",
    "beauty parlour job in Oman for girls, free visa, apply inbox",
]


def test_parlour_innocent_quiet(matcher):
    assert_not_fired(matcher, PARLOUR_INNOCENT, "dr.hospitality_job_women_abroad")


def test_parlour_offers_still_hit(matcher):
    check_rule_grid(matcher, PARLOUR_OFFERS, [], "dr.hospitality_job_women_abroad")


# --- 2. A ROOM BOOKED FOR ONE'S OWN TRIP

TRIP_BOOKED = [
    "Sylhet er resort e booking dilam, 2 raat, bkash e 4000 advance pathaisi, tora ready thakis",
    "সেন্টমার্টিনে হোটেল বুক দিছি দুই রাতের, অ্যাডভান্স ৩০০০ বিকাশে দিছি, মেয়েরা সবাই আসবা তো?",
    "I booked the resort in Sreemangal for two nights, sent the 5000 advance by bKash, who is coming?",
]
BOOKINGS_THAT_ARE_NOT_TRIPS = [
    "visa er advance 50000 taka bkash e pathan, hotel e thakben 2 raat",
    "মেয়েদের কামাইয়ের অ্যাডভান্স বিকাশে পাঠাও, হোটেলে কাস্টমার আসবে ৩ রাত",
    "new girls at the hotel, 2 nights, booking through me, advance first by bkash 5000",
]


def test_trip_booked_quiet(matcher):
    for rule in ("fd.advance_fee", "pay.others_earnings_moved"):
        assert_not_fired(matcher, TRIP_BOOKED, rule)


def test_bookings_not_trips_still_flagged(matcher):
    check_grid(matcher, BOOKINGS_THAT_ARE_NOT_TRIPS, [])


# --- 3. A MATCH THE FAMILY ARRANGES WITH A GROOM ABROAD, AND CHECKS

MATCH_CHECKED = [
    "ঘটক বিয়ের প্রস্তাব আনছে, ছেলে দুবাই থাকে, বিয়ের পর নিয়ে যাবে, আমরা খোঁজ নিতেছি",
    "chachi, biyer kotha cholche, chele Oman e thake, biyer por visa kore niye jabe. ektu khoj nio to",
    "The proposal is from a boy in Qatar, marriage and then a family visa; we are asking around about him first",
]
LURES = [
    "biye kore bidesh niye jabo tomake, kauke bolo na",
    "বিয়ে করে দুবাই নিয়ে যাবো, কাউকে বলবা না",
]


def test_match_checked_quiet(matcher):
    assert_not_fired(matcher, MATCH_CHECKED, "fm.marriage_lure")


def test_lures_still_hit(matcher):
    check_rule_grid(matcher, LURES, [], "fm.marriage_lure")


# --- 4. THE WRITER'S OWN WORDS TOLD TO ANOTHER

OWN_WORDS = [
    "ছোট ভাই বলল ওকে একটা অ্যাপে কাজের অফার দিছে। আমি বললাম ওসবে যাইস না, এখানে দোকানে কাজ শিখ, বেতন বাড়বে।",
    "Chachi bolse Dubai jawar kotha bhule ja. ami bazar er dokane kotha bolsi, ekhane kaj paba shokal theke",
    "My niece's friend wants to take her to Sylhet for the weekend. I told him not without her father. He got upset",
]
TOLD_AND_FOUND = [
    "dalal bolechilo hotel e kaj, ami bolsi thik ache, ekhane eshe dekhi construction er kaj",
    "agent told us cleaning job, I told him ok, but when we landed they put us in a farm",
    "আমি বললাম ঠিক আছে, দালাল বলছিল রেস্টুরেন্টে কাজ, এখন ইটভাটায় কাজ করায়",
    "ekhane ora amake jor kore loker sathe thakte bole, ami bolsi ami salon e kaj korte ashchi. ora bole salon er kaj eta i",
]


def test_own_words_quiet(matcher):
    assert_not_fired(matcher, OWN_WORDS, "dr.contract_substitution")


def test_told_and_found_still_flagged(matcher):
    check_grid(matcher, TOLD_AND_FOUND, [])


# --- 5. A FEE WARNING'S VOICE

FEE_WARNINGS = [
    "Saudi jete sorkari khoroch 1,65,000 taka. er beshi kono taka diben na, roshid niben.",
    "বাবা, বিদেশ যাওয়ার কথা ভালো, কিন্তু দালালের হাতে টাকা দিও না, ওরা পাশের গ্রামের সুমনের ৪ লাখ খাইছে।",
    "Thinking of Malaysia? Any dalal asking 5 lakh is breaking the law. Get a receipt for every taka.",
]
FEES_CHARGED = [
    "dalal amar 5 lakh nise visa er jonno, apnara keu dalal ke taka diben na",
    "Malaysia visa 5 lakh lagbe, kauke bolben na, taka diben na onno karo hate, shudhu amake diben",
    "the dalal ate my 5 lakh for a Saudi visa, never pay a broker",
]


def test_fee_warnings_quiet(matcher):
    assert_not_fired(matcher, FEE_WARNINGS, "fd.fee_above_cap")


def test_fees_charged_still_hit(matcher):
    check_rule_grid(matcher, FEES_CHARGED, [], "fd.fee_above_cap")


# --- 6. THE PASSPORT ERRAND BACK ON A NAMED DAY, WITH A RECEIPT, OR RETURNED

ERRAND_BACK = [
    "The company kept our passports for the iqama renewal, all returned today with the new card.",
    "My passport is at the agency for visa stamping, I have the receipt, I collect it on Sunday.",
    "Apu er passport ta travel agency te visa stamping er jonno dise, roshid ache, Monday te anbo",
]
PASSPORT_KEPT = [
    "company kept our passports for the permit renewal, 3 months not returned",
    "agent bolse passport amar kache rekhe dibo visa stamping er jonno, Thursday advance niye asben",
]


def test_errand_back_below_the_line(matcher):
    check_grid(matcher, [], ERRAND_BACK)


def test_passport_kept_still_flagged(matcher):
    check_grid(matcher, PASSPORT_KEPT, [])
