"""Where a clause and a sentence end, and the words that negate one: the shape shared by the
negation scope (:mod:`.negation`) and the holder of a thing (:mod:`.holders`).

A clause ends at , . ; : ! ? । or a line break, and at "but", "kintu", "কিন্তু"; a sentence at
. ! ? । or a line break (a pasted record's sentence, for the scoring, only at a mark before a space
or the end, or a line break).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .normalise import normalise_keyword

#: negation words before what they negate ("don't", "never", "কখনো") and after it (Bengali's "na", "নাই")
BEFORE = ["don't", "dont", "do not", "never", "not", "cannot", "can't", "may not", "must not", "no one should", "nobody should", "avoid",
          "কখনো", "কখনোই", "কখনও", "kokhono", "kokhonoi", "kakhono"]
AFTER = ["na", "nah", "naa", "nai", "nei", "noy", "noi", "না", "নাহ", "নাই", "নেই", "নয়", "নি"]
CLAUSE_END = re.compile(r"[,.;:!?।\n]| but | kintu | কিন্তু ")
BEFORE_RX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise_keyword(w)) for w in sorted(BEFORE, key=len, reverse=True)) + r")(?!\w)")
AFTER_WORDS = frozenset(normalise_keyword(w) for w in AFTER)
ANY_NEGATION = re.compile(BEFORE_RX.pattern + "|" + r"(?<!\w)(?:" + "|".join(
    re.escape(w) for w in sorted(AFTER_WORDS, key=len, reverse=True)) + r")(?!\w)|n't\b|নি(?!\w)")


def holds_negation(words: str) -> bool:
    """Whether matched words (normalised) hold a negation of their own."""
    return ANY_NEGATION.search(words) is not None


SENTENCE_END = re.compile(r"[.!?।\n]")


def sentence_end(t: str, i: int) -> int:
    """Where the sentence holding ``t[i]`` ends."""
    stop = SENTENCE_END.search(t, i)
    return stop.start() if stop else len(t)


#: Where a sentence of a pasted record ends (the scoring's receipt voice, :mod:`.scoring`): a full
#: stop, a question or exclamation mark or a dari before a space or the end, or a line break; unlike
#: :data:`SENTENCE_END`, a decimal point ("Tk 3,000.00") or a stop inside a token ends none. A run of
#: marks is read once from its first (linear on a window of a quarter million dots).
RECORD_SENTENCE_END = re.compile(r"(?<![.!?\u0964\u0965])[.!?\u0964\u0965]++(?=\s|$)|(?<!\n)\n++")


def sentence_starts(t: str) -> list[int]:
    """Where each sentence of ``t`` begins, by :data:`RECORD_SENTENCE_END`, in order (0 first)."""
    return [0] + [m.end() for m in RECORD_SENTENCE_END.finditer(t)]


def sentence_index(t: str) -> Callable[[int], int]:
    """pos -> the number of the sentence of ``t`` it is in (0 first; :func:`sentence_starts`), the
    sentences found on first use."""
    starts: list[int] | None = None

    def sentence_of(pos: int) -> int:
        nonlocal starts
        if starts is None:
            starts = sentence_starts(t)
        return bisect.bisect_right(starts, pos) - 1

    return sentence_of


def _begins(t: str, start: int, ends: re.Pattern, back: int) -> int:
    """Where the stretch holding ``t[start]`` begins: after the last of ``ends`` in the ``back``
    characters before it."""
    left = max(0, start - back)
    return max((m.end() for m in ends.finditer(t, left, start)), default=left)


def clause(t: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause around ``t[start:end]``, looking back 80 characters at most."""
    stop = CLAUSE_END.search(t, end)
    return _begins(t, start, CLAUSE_END, 80), stop.start() if stop else len(t)


def sentence(t: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``t[start:end]``, looking back 200 characters at most."""
    return _begins(t, start, SENTENCE_END, 200), sentence_end(t, end)

