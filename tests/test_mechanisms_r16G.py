"""English mechanisms of the matcher (issue 15, round 16 G): the base form of a verb of control
after its subject, as workers in the Gulf and Malaysia write it ("madam take my phone" for a
keyword's "took my phone"), and a noun's other number in -y and -ies ("salary": "salaries").
The phrasings that now match, and the innocent ones that must not."""

from __future__ import annotations

import pytest
import regex

from evidtriage.indicators.morphology import keyword_regex, search_terms
from evidtriage.indicators.normalise import normalise, normalise_keyword

from packs import builtin_matcher


def forms(keyword: str, text: str) -> bool:
    rx = keyword_regex(normalise_keyword(keyword))
    return rx is not None and regex.search(rx, normalise(text).text, regex.V1) is not None


@pytest.mark.parametrize("keyword,text", [
    ("took my phone", "madam take my phone"), ("took my phone", "Boss take my phone yesterday"),
    ("took my phone", "our driver take my phone"), ("took my phone", "he take my phone"),
    ("keeps the passport", "the kafeel keep the passport"), ("took my phone", "boss took my phone"),
    ("held our passports", "company hold our passports"), ("salary", "3 months salaries not paid"),
    ("duties", "extra duty at night"), ("party", "parties every night"),
])
def test_a_workers_english_matches(keyword, text):
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    # the base form alone is the imperative of advice
    ("took my phone", "take my phone to the repair shop"),
    # a question, a modal or "to" before the subject: not a report
    ("took my phone", "does madam take my phone at night?"), ("took my phone", "will boss take my phone"),
    ("keeps the passport", "does the kafeel keep the passport?"),
    # "you" is no subject of a report (an order or a question)
    ("took my phone", "you take my phone"),
    # the third person in -s is not the base form: "the company keeps no passport" has its own sense
    ("took the passport", "the company takes the passport photo"),
    # the plural of a word in -y is spelled as English spells it: "busy" is no romanised "bos-"
    ("busy", "bazar e boshe"),
])
def test_near_phrasings_do_not_match(keyword, text):
    assert not forms(keyword, text)


def test_search_finds_a_plural_in_ies():
    assert "salaries" in search_terms("salary")


@pytest.mark.parametrize("text", [
    "When she land at airport our driver take the passport and ticket. Nobody visit her.",
    "madam take my phone, 2 month no talk to family",
])
def test_reports_in_gulf_english_reach_the_line(text):
    result = builtin_matcher().match_many([text])[0]
    assert result.score >= builtin_matcher().line, result.explanation


@pytest.mark.parametrize("text", [
    "Does the kafeel keep our passports in the company safe? No bro, new law says you keep your own. I have mine.",
    "Take your passport and your phone to the embassy, they will help you",
])
def test_innocent_ones_stay_below(text):
    result = builtin_matcher().match_many([text])[0]
    assert result.score < builtin_matcher().line, result.explanation
