"""The words that call the reader ("Mom, ...", "আম্মা, ...") are not read as the relative a guard
looks for: a victim writing to her mother that the madam took her phone is a finding."""

import pytest

from evidtriage.indicators.address import addressed
from evidtriage.indicators.conditions import guard_groups, parse
from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.normalise import normalise
from packs import builtin_matcher, fired_by, one_rule_pack

MATCHER = builtin_matcher()


def _calls(text):
    t = normalise(text).text
    return [t[a:b] for a, b in addressed(t)]


@pytest.mark.parametrize("text, calls", [
    ("Mom, madam took my phone", ["mom"]),
    ("আম্মা, ফোন নিয়া রাখছে", ["আম্মা"]),
    ("[voice message] Ammu, ora amar phone niye nise", ["ammu"]),
    ("o ma! ki bolbo", ["ma"]),
    ("ami bhalo achi. Bhai: passport ta ferot dey nai", ["bhai"]),
    ("Rahim bhai, kaj kobe shuru", ["rahim bhai"]),
    ("রিনা আপা, আমারে বাইর হইতে দেয় না", ["রিনা আপা"]),
    # no one called: the first word is no call, has no mark of address, or is not first
    ("Mom took my phone", []),
    ("Alhamdulillah, contract shesh", []),
    ("আলহামদুলিল্লাহ, ৩ বছরের চুক্তি শেষ", []),
    ("ভাইয়া ২ লাখ পাঠাবে। হুন্ডিতে না, ব্যাংকে", []),
    ("I told my mom, they took my phone", []),
])
def test_the_words_that_call_the_reader(text, calls):
    assert _calls(text) == calls


def test_a_guard_is_a_group_named_only_under_not():
    groups = {"phone", "taken", "kin", "back", "worktime"}
    node = parse("phone near taken within 5 words and not (kin near taken within 3 words) and not (worktime and not back)",
                 groups)
    assert guard_groups(node) == {"kin", "worktime"}  # "back", under two nots, is a condition's own
    assert guard_groups(parse("any and not kin", groups)) == frozenset()  # "any": every group counts
    assert guard_groups(parse("phone or kin and not phone", groups)) == frozenset()


@pytest.mark.parametrize("text", [
    "Mom, madam took my phone, I am writing from the guard's phone",
    "[voice] Ammu, ora amar phone niye nise, kotha bolte dey na",
    "আম্মা, ম্যাডাম ফোন নিয়া রাখছে, এইটা দারোয়ানের ফোন",
    "আম্মা, ফোন নিয়া রাখছে, রুমটা বাইরে থেকে তালা দিয়া রাখে",
])
def test_a_victim_writing_to_her_mother_that_her_phone_was_taken_is_a_finding(text):
    assert fired_by(MATCHER, [text], "doc.phone_confiscated") == [text]


@pytest.mark.parametrize("text", [
    "Mom took my phone because of my exams",
    "ammu amar phone niye nise porikkha porjonto",
    "আম্মু আমার ফোন নিয়া নিছে, পরীক্ষা শেষ হইলে দিবে",
])
def test_a_parent_who_takes_the_phone_is_still_family(text):
    assert fired_by(MATCHER, [text], "doc.phone_confiscated") == []


def test_only_guards_leave_out_the_call(tmp_path):
    # a rule that looks for a relative named in a threat still sees the word that calls the reader
    m = Matcher([one_rule_pack(tmp_path, "{kin: {keywords: [mom, ammu]}, hurt: {keywords: [hurt]}, joke: {keywords: [mom]}}",
                               "kin near hurt within 4 words and not joke near hurt within 2 words",
                               category="threats")])
    texts = ["Mom, hurt", "mom hurt", "they will hurt your ammu"]
    # "Mom, hurt": the guard "joke" loses the call, the positive "kin" keeps it; "mom hurt": the guard holds
    assert [bool(r.hits) for r in m.match_many(texts)] == [True, False, True]
    assert [bool(m.match(t).hits) for t in texts] == [True, False, True]  # the prefilter sets none of them aside


def test_the_writer_keeping_her_own_passport_is_not_retention():
    texts = ["Mom, I'm keeping my own passport, don't worry. The company only took a photocopy.",
             "we are holding our passports ourselves"]
    assert fired_by(MATCHER, texts, "doc.passport_retained") == []
    assert fired_by(MATCHER, ["they are keeping my passport"], "doc.passport_retained")
