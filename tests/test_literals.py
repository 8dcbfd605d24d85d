"""Required literals of a regex: every match holds one of them, so a text without any is skipped."""

import re

import regex
from hypothesis import given, settings, strategies as st

from evidtriage.indicators import entities
from evidtriage.indicators.literals import Guarded, required_literals
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

RULE_REGEXES = [x for p in load_packs([builtin_rules_dir()]) for r in p.rules for g in r.groups for x in g.regexes]
HANDMADE = [r"ab(?:cd|ef)+g", r"x?yz", r"(?:foo|bar)?baz", r"[ab]c{2,}", r"\d{3}-\d{4}", r"(?:a|b*)c", r"q(?=u)",
            r"(?:12|3)\s?(?:kg|lb)", r"[^a]bc", r"(a)\1x"]


def test_what_the_literals_are():
    assert required_literals(r"\b[2-9](?:\.\d)?\s?(?:lakh|lac|লাখ)") == {"lakh", "lac", "লাখ"}
    assert required_literals(r"years? old") in ({"year"}, {" old"})
    assert required_literals(r"(?:foo|bar)?baz") == {"baz"}
    assert required_literals(r"a*b?") is None  # nothing every match must hold
    assert required_literals(r"(?i)taka\d") is None  # case-insensitive: no test
    assert required_literals(r"\p{Bengali}+taka") is None  # syntax only the regex module reads
    assert required_literals(r"[[a-z]--[aeiou]]x") is None  # a nested set: read differently by re
    assert required_literals(r"\d", folded=False) is None  # digits of other scripts, as written


PATTERNS = RULE_REGEXES + HANDMADE


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATTERNS), st.data())
def test_every_match_holds_a_required_literal(pattern, data):
    literals = required_literals(pattern)
    pieces = sorted(literals or ()) + ["1", "17", "5 ", "a", "b", "c", " ", "x", "years", "yrs", "ghonta", "lakh",
                                       "966 5", "rm", "tk", "৫", "বছর", "old", "-", "12kg", "baz", "abcdg"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=8)))
    if literals is not None and regex.compile(pattern, regex.V1).search(text):
        assert any(lit in text for lit in literals), (pattern, text, literals)


def test_the_entity_patterns_are_guarded_by_their_literals():
    assert entities._EMAIL.literals == ("@",)
    assert set(entities._URL.literals) == {"http", "www."}
    assert entities._ETH_ORIGINAL.literals == ("0x",)
    guarded = Guarded(re.compile(r"(?:bkash|nagad)\s?\d+"))
    assert guarded.search("bkash 500") and not guarded.may_match("send it by hand")
    assert Guarded(re.compile(r"x", re.IGNORECASE)).literals is None
