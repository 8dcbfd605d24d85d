"""Round 19 of issue 15, part A: recruitment deception and English phrasing, tested as grids.

A round 16 wide frame widened and one frame more, each an indicator's definition (ILO 2012 indicator
1, deception about the work, the place and the employer; UNODC 2009, false documents; ILO Fair
Recruitment, false job offers) as broad slots standing near each other (the block "round 19, part A"
of ``rules/shared.lexicon.yaml``): told one job and found another, said as learnt later, "now I hear",
on landing or where she is now, or the place unlicensed; the paper the recruiter gave checked and
found to be no one's. Each is written in the three
scripts and their registers (a relative's English, Gulf workers' English, text-speak, the dialects'
verbs), with innocent near-misses. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. TOLD ONE JOB, FOUND ANOTHER, WIDENED (dr.told_found_wide)

TOLD_FOUND = {
    "en": ["they told my niece it was a packing job at a shoe factory, turns out its a bar in Dubai",
           "he said a kitchen helper post in Muscat. when we landed they drove us to a farm",
           "the agent told my wife nursing job in a clinic, now she is in a villa cleaning for 9 people",
           "they promised us a care home job, later we learned the care home had no licence",
           "the ad said hotel cleaner in Doha, nobody has seen any hotel, we are in a camp"],
    "bn": ["গার্মেন্টসে চাকরি দিবে বলে নিয়ে গেল, পরে জানলাম ইটের ভাটায় কাজ করায়",
           "হাসপাতালে আয়ার কাজ বলছিল, এখন শুনি এক বাড়িতে সারাদিন কাম করে",
           "কেয়ার হোমে চাকরির কথা বলছিল, পরে জানি ওদের লাইসেন্সই নাই"],
    "bn-Latn": ["restaurant e helper er kaj bole niye gese, pore janlam ekta boat e rakhse",
                "bolsilo factory te operator er chakri, ekhon shunchi oi factory nai",
                "mall e cleaner er kaj koisilo, ekhon shuni dokaner godown e ghumay"],
}
TOLD_FOUND_OK = [
    "they told me the kitchen helper job starts monday, when we landed the supervisor was waiting, alhamdulillah",
    "beware: if anyone says a nursing job and she is in a house instead, call the helpline",
    "chakri ta kemon bolsilo? ami to ekhono jani na",
    "the ad said packing job, i applied, waiting for the call",
    "কেয়ার হোমে চাকরি দিবে বলছিল, আলহামদুলিল্লাহ কথা মতো পাইছি",
]


def test_told_found_grid(matcher):
    check_rule_grid(matcher, flat(TOLD_FOUND), TOLD_FOUND_OK, "dr.told_found_wide")


def test_told_found_one_slot_alone(matcher):
    assert_not_fired(matcher, ["she is in the kitchen", "pore janlam tomar result", "we found out the train was late",
                               "এখন শুনি বৃষ্টি হবে"], "dr.told_found_wide")


# --- 2. THE PAPER CHECKED AND FOUND FALSE (dr.paper_checked_false_wide)

CHECKED = {
    "en": ["the work permit the agent gave, I checked on the site, it says no record",
           "my cousin showed the offer letter at the labour office, they say the employer never applied",
           "I verified the reference number, it belongs to another person",
           "companies house says the sponsor firm was registered 3 weeks ago, 0 employees"],
    "bn": ["দালালের দেওয়া পারমিট অনলাইনে যাচাই করলাম, কোনো রেকর্ড নাই",
           "ভিসার কাগজ অফিসে গেলাম দেখাইতে, চেক করলাম, কয় নম্বরটা অন্য লোকের"],
    "bn-Latn": ["Serbia r work permit ta site e check korlam, likha ase not found",
                "visa ta online e check korsi, kono record nai, dalal phone dhore na"],
}
CHECKED_OK = [
    "checked my visa on the portal, not found yet, agency says still processing",
    "how to check your permit: type the number on the site, if it says not found it is fake",
    "পারমিট অনলাইনে চেক করলাম, সব ঠিক আছে",
    "visa check korlam, ekhono processing e ase",
    "I checked the company on the website, 300 employees, looks good",
    "checked the reference, not found, I typed wrong, now ok",
]


def test_checked_grid(matcher):
    check_rule_grid(matcher, flat(CHECKED), CHECKED_OK, "dr.paper_checked_false_wide")


def test_checked_one_slot_alone(matcher):
    assert_not_fired(matcher, ["my visa is approved", "checked the parcel, not found", "no record of the payment"],
                     "dr.paper_checked_false_wide")
