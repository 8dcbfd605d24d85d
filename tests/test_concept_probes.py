"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
from pathlib import Path

import pytest

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def test_the_probe_file_holds_both_kinds():
    assert len(PROBES["flag"]) >= 100 and len(PROBES["ok"]) >= 60
    assert not set(PROBES["flag"]) & set(PROBES["ok"])


def test_every_phrasing_of_a_concept_is_flagged(matcher):
    results = matcher.match_many(PROBES["flag"])
    missed = [(t, r.explanation) for t, r in zip(PROBES["flag"], results) if r.score < matcher.line]
    assert not missed, missed


def test_everyday_messages_with_the_same_words_stay_below_the_line(matcher):
    results = matcher.match_many(PROBES["ok"])
    flagged = [(t, r.explanation) for t, r in zip(PROBES["ok"], results) if r.score >= matcher.line]
    assert not flagged, flagged
