"""Issue 15, round 15 G: mechanisms of the matcher, not rule content, whose change carries to text
nobody has read.

1. ENGLISH KEYWORDS OF EVERYDAY WORDS ONLY TAKE THEIR TEXT-SPEAK ("your family": "ur family"). A
   keyword whose words are all too common for the prefilter to look for ("your family", "if you
   tell", "send you back", "say you are fine") matched only as written: 108 keywords of the packs,
   so "we know ur house" was no form of "we know your house" while "tell ur family" was one of
   "tell your family". They are now written out with their standard words in each informal form.
2. A WAGE'S MONTHS AND A DEADLINE'S "BEFORE" IN TEXT-SPEAK: "mnth", "mnths", "b4".
3. THE BENGALI COLLOQUIAL PARTICIPLE WRITTEN "-ায়া" (ধরায়া, লুকায়া, পাঠায়া) as well as "-াইয়া"
   (a hundred times in eval/dev): a keyword in either spelling, or in the standard "-িয়ে", takes both.
"""

import pytest

from evidtriage.indicators.morphology import keyword_form, word_regex
from evidtriage.indicators.normalise import normalise_keyword
from packs import builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def rules_of(matcher, text):
    return {h.rule_id for h in matcher.match(text).hits}


# --- 1. keywords of everyday English words take their text-speak --------------------------------

@pytest.mark.parametrize("keyword, written", [
    ("your family", "ur family"), ("your house", "ur house"), ("if you tell", "if u tell"),
    ("send you back", "send u back"), ("say you are fine", "say u r fine"), ("say you are fine", "say u are fine"),
    ("where you are going", "where ur going"), ("i am fine", "im fine"),
])
def test_everyday_keyword_takes_its_text_speak(keyword, written):
    import regex

    form = keyword_form(keyword)
    assert form is not None and form.written_out
    assert regex.search(form.regex, f"ok {written} now")
    assert written in form.literals  # the prefilter looks for the whole phrase, never "ur" or "u" alone


def test_text_speak_is_not_taken_from_a_text_speak_keyword():
    # "cos" in a keyword is as often a Certificate of Sponsorship: only a standard word is written out
    form = keyword_form("cos fee")
    assert form is None or "because fee" not in form.literals


@pytest.mark.parametrize("text, rule", [
    ("We have ur cousin. No police, no embassy, we know ur house in Cumilla.", "thr.family"),
    ("Only talk to me on Telegram from now, and dont tell ur parents where u r going.", "iso.hidden_from_family"),
])
def test_text_speak_threats_and_secrecy_fire(matcher, text, rule):
    assert rule in rules_of(matcher, text)


@pytest.mark.parametrize("text", [
    "ur family is always welcome at our house for eid",
    "tell ur family i said salam, see u soon",
    "if u tell me the time i will come to the station",
])
def test_innocent_text_speak_stays_below_the_line(matcher, text):
    assert matcher.match(text).score < matcher.line


# --- 2. months and "before" in text-speak -------------------------------------------------------

def test_before_as_b4(matcher):
    assert "lab.cannot_leave" in rules_of(matcher, "The kafeel says if I leave b4 the contract ends I must pay 10000 riyal.")


def test_month_forms():
    import regex

    rx, _ = word_regex("months")
    assert regex.fullmatch(rx, "mnths") and regex.fullmatch(rx, "months")


# --- 3. the colloquial participle in "-ায়া" -----------------------------------------------------

@pytest.mark.parametrize("keyword, written", [
    ("ধরিয়ে", "ধরায়া"), ("ধরিয়ে", "ধরাইয়া"), ("লুকিয়ে", "লুকায়া"), ("পাঠিয়ে", "পাঠায়া"), ("লুকাইয়া", "লুকায়া"),
])
def test_participle_in_aya(keyword, written):
    import regex

    rx, _ = word_regex(normalise_keyword(keyword))
    assert regex.fullmatch(rx, normalise_keyword(written))


def test_police_threat_in_aya(matcher):
    assert "thr.police_deport" in rules_of(matcher, "বেশি ফাল পারলে পুলিশে ধরায়া দিমু, তোর তো ইকামা নাই")


def test_participle_in_aya_is_no_other_word():
    import regex

    rx, _ = word_regex(normalise_keyword("ধরিয়ে"))
    for other in ("ধর্ম", "ধারা", "ধরন"):
        assert not regex.fullmatch(rx, normalise_keyword(other))
