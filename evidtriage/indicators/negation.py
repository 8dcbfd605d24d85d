"""Negation scope: a warning that says "don't give your passport to anyone" is not passport
retention, in English, Bengali and romanised Bengali alike.

A hit is *negated* when a negation stands next to it in the same clause, outside the words that
matched: up to three words before it ("don't", "never", "কখনো", "kokhono"), or, up to five
words after it, a verb of the polite second person followed by its negation (Bengali puts the
negation after the verb, often with an object between: "পাসপোর্ট জমা দিবেন না", "passport joma
diben na", "hundi te taka pathaben na"), or "cannot"
("parbe na", "পারবে না": a rights notice's "malik apnar passport rakhte parbe na"). Before a hit,
"cannot", "can't", "may not" and "must not" count as well as "don't" and "never". Only that form
counts after a hit: the third person's "kaj dibe na", "ferot dey na" (he won't give work, he
doesn't give it back) is what victims report, and negates nothing. A clause ends at , . ; : ! ? । or a line break, and at "but", "kintu", "কিন্তু".
A rule whose own matched words hold a negation ("beton dey na", "kauke bolba na", "don't tell
the police") is about that negation, and is never negated: the recruiter's "don't tell anyone"
stays a hit. The matcher leaves a negated hit out and says so in the score's explanation.
"""

from __future__ import annotations

import re

from .normalise import normalise_keyword

_BEFORE = ["don't", "dont", "do not", "never", "not", "cannot", "can't", "may not", "must not", "no one should", "nobody should", "avoid",
           "কখনো", "কখনোই", "কখনও", "kokhono", "kokhonoi", "kakhono"]
_AFTER = ["na", "nah", "naa", "nai", "nei", "noy", "noi", "না", "নাহ", "নাই", "নেই", "নয়", "নি"]
#: a verb of the polite second person (-ben, -বেন) and then its negation: the warning's form
_POLITE_NEGATIVE = re.compile(r"(?<!\S)(?:\S+(?:ben|বেন)|parbe|পারবে|parben|পারবেন)\s(?:na|naa|না)(?![^\s,.;:!?।])")
_CLAUSE_END = re.compile(r"[,.;:!?।\n]| but | kintu | কিন্তু ")
_BEFORE_RX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise_keyword(w)) for w in sorted(_BEFORE, key=len, reverse=True)) + r")(?!\w)")
_AFTER_WORDS = frozenset(normalise_keyword(w) for w in _AFTER)
_ANY_NEGATION = re.compile(_BEFORE_RX.pattern + "|" + r"(?<!\w)(?:" + "|".join(
    re.escape(w) for w in sorted(_AFTER_WORDS, key=len, reverse=True)) + r")(?!\w)|n't\b|নি(?!\w)")


def holds_negation(words: str) -> bool:
    """Whether matched words (normalised) hold a negation of their own."""
    return _ANY_NEGATION.search(words) is not None


def negator(t: str, start: int, end: int) -> str | None:
    """The negation word that scopes over ``t[start:end]`` (normalised text), or None."""
    # before: up to three words, back to the clause's start
    left = t[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    before = left[cut:].split()[-3:]
    m = _BEFORE_RX.search(" ".join(before))
    if m:
        return m.group(0)
    # after: a polite negative within five words, up to the clause's end (the hit's own last
    # word may be its verb: "joma diben" + "na")
    word_start = t.rfind(" ", 0, end) + 1
    right = t[max(word_start, start):end + 40]
    m2 = _CLAUSE_END.search(right, end - max(word_start, start))
    scope = right[:m2.start()] if m2 else right
    scope = " ".join(scope.split()[:6])
    m3 = _POLITE_NEGATIVE.search(scope)
    return m3.group(0) if m3 else None
