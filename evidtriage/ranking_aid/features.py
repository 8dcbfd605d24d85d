"""The ranking aid's features: what it reads of a text, in pure Python.

A text is normalised as the matcher normalises it (:func:`evidtriage.indicators.normalise.normalise`:
case folded, every script's digits made ASCII, invisible characters dropped) and cut into words
(runs of letters, marks and digits, so that a Bengali word keeps its vowel signs). Each word gives
up to four kinds of feature, each named by a prefix:

* ``w:`` the word itself;
* ``p:`` its first four characters, a cheap stem (``beton``/``betoner``, ``পাসপো``...), for words longer than four;
* ``b:`` the word and the next one (a word pair);
* ``c:`` character n-grams within the word, marked at its edges (``<pas``, ``spo``, ``rt>``).

Which kinds a model uses, and the n-gram lengths, are written in the model file: the featuriser is
the same code for training (eval/train_ranking_aid.py) and for scoring. Every feature remembers the
word(s) it came from (spans in the original text), so that a score is explained by words the reader
sees. Numbers are folded to one token shape (``0`` for each digit) so that a phone number or an
amount is a shape, not a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..indicators.normalise import normalise

#: Letters and digits (``\w`` without the underscore), Bengali's whole block (its vowel signs and
#: virama are marks, which ``\w`` leaves out) and the combining accents that NFKD splits off Latin
_WORD = re.compile(r"(?:[^\W_]|[\u0980-\u09ff\u0300-\u036f])+")
_DIGIT = re.compile(r"\d")
#: Characters of a text read at most: a document's first pages are enough to rank it
MAX_CHARS = 20_000


def words(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) of every word of ``text``; start and end index the original text."""
    norm = normalise(text[:MAX_CHARS])
    out = []
    for m in _WORD.finditer(norm.text):
        w = _DIGIT.sub("0", m.group())
        start, end = norm.span(m.start(), m.end())
        out.append((w, start, end))
    return out


def features(tokens: list[tuple[str, int, int]], kinds: str = "wpbc",
             ngrams: tuple[int, int] = (3, 5), prefix: int = 4) -> Iterator[tuple[str, int, int]]:
    """(feature, first word index, last word index) for every feature of the words, in order,
    repeats included (a model counts each feature once)."""
    n_lo, n_hi = ngrams
    for i, (w, _, _) in enumerate(tokens):
        if "w" in kinds:
            yield "w:" + w, i, i
        if "p" in kinds and len(w) > prefix:
            yield "p:" + w[:prefix], i, i
        if "b" in kinds and i + 1 < len(tokens):
            yield "b:" + w + " " + tokens[i + 1][0], i, i + 1
        if "c" in kinds:
            marked = "<" + w + ">"
            for n in range(n_lo, n_hi + 1):
                for s in range(0, len(marked) - n + 1):
                    yield "c:" + marked[s:s + n], i, i


def feature_set(text: str, kinds: str = "wpbc", ngrams: tuple[int, int] = (3, 5), prefix: int = 4) -> set[str]:
    """The distinct features of a text (for training)."""
    return {f for f, _, _ in features(words(text), kinds, ngrams, prefix)}
