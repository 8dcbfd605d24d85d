"""Required literals of a regex: every match holds one of them, so a text without any is skipped."""

import re

import regex
from hypothesis import given, settings, strategies as st

from evidtriage.indicators import entities
from evidtriage.indicators.literals import Guarded, required_literals
from evidtriage.indicators.normalise import normalise
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

RULE_REGEXES = [x for p in load_packs([builtin_rules_dir()]) for r in p.rules for g in r.groups for x in g.regexes]
HANDMADE = [r"ab(?:cd|ef)+g", r"x?yz", r"(?:foo|bar)?baz", r"[ab]c{2,}", r"\d{3}-\d{4}", r"(?:a|b*)c", r"q(?=u)",
            r"(?:12|3)\s?(?:kg|lb)", r"[^a]bc", r"(a)\1x", r"x{2,3}y", r"(?:\+|\b)60\s?1\d", r"(?<=a)b\s?(?:c|xx)"]


def test_what_the_literals_are():
    assert required_literals(r"\b[2-9](?:\.\d)?\s?(?:lakh|lac|লাখ)") == {"lakh", "lac", "লাখ"}
    assert required_literals(r"years? old") == {"year old", "years old"}
    assert required_literals(r"(?:foo|bar)?baz") == {"baz"}
    assert required_literals(r"a*b?") is None  # nothing every match must hold
    assert required_literals(r"(?i)taka\d") is None  # case-insensitive: no test
    assert required_literals(r"\p{Bengali}+taka") is None  # syntax only the regex module reads
    assert required_literals(r"[[a-z]--[aeiou]]x") is None  # a nested set: read differently by re
    assert required_literals(r"\d", folded=False) is None  # digits of other scripts, as written


def test_a_run_with_few_spellings_gives_them_whole():
    hours = required_literals(r"\b1[4-9]\s?(?:hours|ghonta)")
    assert len(hours) == 6 * 3 * 2 and {"14ghonta", "16 hours", "19\nghonta"} <= hours  # folded white space
    assert required_literals(r"\b1[4-9]\s?(?:hours|ghonta)", most=8) == {"hours", "ghonta"}  # too many: a piece
    assert required_literals(r"x{2,3}y") == {"xxy", "xxxy"}
    assert required_literals(r"(?:\+|\b)60\s?1") == {"601", "60 1", "60\n1"}  # "+601" holds "601"
    assert required_literals(r"\s", folded=False) is None  # white space of every kind, as written


PATTERNS = RULE_REGEXES + HANDMADE


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATTERNS), st.data())
def test_every_match_holds_a_required_literal(pattern, data):
    literals = required_literals(pattern)
    pieces = sorted(literals or ()) + ["1", "17", "5 ", "a", "b", "c", " ", "x", "years", "yrs", "ghonta", "lakh",
                                       "966 5", "rm", "tk", "৫", "বছর", "old", "-", "12kg", "baz", "abcdg",
                                       "14", "16 ", "\n", "hours", "৯", "xx", "y", "+", "60 1"]
    # the rules run on the normalised text, where Bengali digits are ASCII ones: the literals are of
    # that text (required_literals(folded=True)), so the drawn text is folded as a scan folds it
    text = normalise("".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))).text
    if literals is not None and regex.compile(pattern, regex.V1).search(text):
        assert any(lit in text for lit in literals), (pattern, text, literals)


def test_the_entity_patterns_are_guarded_by_their_literals():
    assert entities._EMAIL.literals == ("@",)
    assert set(entities._URL.literals) == {"http://", "https://", "www."}
    assert entities._ETH_ORIGINAL.literals == ("0x",)
    guarded = Guarded(re.compile(r"(?:bkash|nagad)\s?\d+"))
    assert guarded.search("bkash 500") and not guarded.may_match("send it by hand")
    assert Guarded(re.compile(r"x", re.IGNORECASE)).literals is None
