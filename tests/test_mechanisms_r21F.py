"""Mechanisms of the matcher mended in issue 15, round 21 F, each for every keyword at once: the
polite future of "get" taken for a prediction and not for advice ("lash o paben na"),
a rule whose own words hold the "kono" of "kono X nai", a passport "with its owner" in the line a
worker is coached to give, and the app's forwarded mark as one cue of two of a notice's voice.
Each: a phrasing of ours that now flags, and an innocent one that stays below the line."""

from __future__ import annotations

import pytest

from evidtriage.indicators.holders import self_held
from evidtriage.indicators.negation import denied, negator
from evidtriage.indicators.normalise import normalise, normalise_keyword

from packs import builtin_matcher


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


# --- the polite future of "get" --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "পুলিশের কাছে গেলে ছেলের লাশও পাইবেন না",
    "থানায় খবর দিলে মেয়ের লাশও পাবেন না, বুঝলেন",
    "police e janaile bhai er lash o paiben na",
])
def test_what_the_reader_will_not_get_is_a_threat(text):
    m = builtin_matcher()
    assert m.match(text).score >= m.line, text


@pytest.mark.parametrize("text", [
    # advice in the same polite form, of a verb that is not "get": still advice
    "কারো কাছে পাসপোর্ট জমা রাখবেন না",
    "passport karo hate diben na",
])
def test_advice_in_the_polite_negative_still_negates(text):
    t = normalise(text).text
    thing = normalise_keyword("পাসপোর্ট" if "পাস" in text else "passport")
    i = t.index(thing)
    assert negator(t, i, i + len(thing)) is not None


def test_fear_not_is_no_negation_of_an_act():
    t = normalise("ভয় পাবেন না, কাল টাকা পাঠান").text
    money = normalise_keyword("টাকা")
    i = t.index(money)
    assert negator(t, i, i + len(money)) is None


# --- "kono X nai" where "kono" is the rule's own word ------------------------------------------------

def test_a_match_is_denied_by_kono_nai_unless_kono_is_another_match():
    t = normalise("dalal ke cash e den, kono receipt nai").text
    receipt = _span(t, "receipt")
    assert denied(t, *receipt) == "nai"
    assert denied(t, *receipt, (_span(t, "kono receipt"), receipt)) is None


@pytest.mark.parametrize("text", [
    "baki ta amar lok er hate cash dile hobe, kono bank nai, kono receipt nai",
    "taka ta agent er hate dile kaj hobe, kono receipt nai",
])
def test_no_bank_and_no_receipt_is_a_payment_kept_off_the_record(text):
    m = builtin_matcher()
    assert "pay.avoid_traceable_channel" in {h.rule_id for h in m.match(text).hits}, text


def test_an_advance_said_not_to_exist_is_still_denied():
    m = builtin_matcher()
    hits = {h.rule_id for h in m.match("Saudi cleaner visa, kono advance nai, bank e payment").hits}
    assert "fd.advance_fee" not in hits


# --- the owner's passport in a coached line --------------------------------------------------------

@pytest.mark.parametrize("text,thing", [
    ("ইন্সপেক্টর আসলে বলতে বলছে পাসপোর্ট নিজের কাছে", "পাসপোর্ট"),
    ("inspection e bolte bolse passport nijer kache", "passport"),
    ("supervisor told us to say our passports are with us", "passports"),
])
def test_a_coached_line_is_not_the_owner_holding_it(text, thing):
    t, thing = normalise(text).text, normalise_keyword(thing)
    i = t.index(thing)
    assert self_held(t, i, i + len(thing)) is None


@pytest.mark.parametrize("text,thing", [
    ("আমার পাসপোর্ট আমার কাছেই আছে, চিন্তা কইরো না", "পাসপোর্ট"),
    ("my passport is with me, the company never took it", "passport"),
])
def test_the_owner_holding_it_still_says_so(text, thing):
    t, thing = normalise(text).text, normalise_keyword(thing)
    i = t.index(thing)
    assert self_held(t, i, i + len(thing)) is not None


# --- the forwarded mark: one cue of two ----------------------------------------------------------------

def test_a_forwarded_ad_is_not_a_notice_by_its_mark_alone():
    m = builtin_matcher()
    ad = ("*Forwarded many times*\nCANADA FARM VISA\nno IELTS, no experience, job guarantee, salary 3 lakh\n"
          "only 50% advance, rest after visa. Limited seat!! WhatsApp now")
    r = m.match(ad)
    assert "neg.awareness_news" not in {h.rule_id for h in r.hits}
    assert r.score >= m.line


def test_a_forwarded_warning_is_still_a_notice():
    m = builtin_matcher()
    notice = ("*Forwarded many times*\nBeware of fake agents: they ask a 50% advance for a Canada farm visa with a "
              "job guarantee. Check the agency's licence with BMET before you pay.")
    r = m.match(notice)
    assert r.score < m.line
