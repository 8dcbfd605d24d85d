"""A normalised copy of a text for matching, with a map back to the original.

Rules, and why:

* Compatibility folding (NFKD, per character) and case folding, so that full-width letters,
  ligatures, ``ো`` typed as one code point or as ``ে`` + ``া``, and upper/lower case all match
  the same keyword. The decomposed form (NFKD rather than NFKC) keeps every output character
  traceable to one input character; keywords are folded the same way, so matching is the same.
* Bidi marks, zero-width characters, soft hyphens, the byte-order mark, variation selectors and
  the emoji keycap mark are dropped: they are invisible (or only dress a character: 0️⃣ is "0")
  and are used to break keyword matching and to hide phone numbers from scrapers.
* Every decimal digit of any script (Bengali ০-৯, Arabic-Indic, Devanagari, full-width...) becomes
  its ASCII digit (NFKC does not do this for Bengali).
* Typographic apostrophes (’ ‘ ʼ ′) become "'": a phone keyboard's "don’t" is the keyword "don't".
* Runs of white space (including NBSP, narrow NBSP, line breaks) and typographic dashes
  words become one space, so "free-visa", "free  visa" and "free\\nvisa" match "free visa".

``offsets[i]`` is the index in the original text of the character that produced normalised
character ``i``; ``offsets[len]`` is ``len(original)``, so spans map back as
``(offsets[s], offsets[e - 1] + 1)``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

IGNORED = frozenset("\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                    "\u061c\ufeff\u00ad\u2060\u180e\ufe0e\ufe0f\u20e3")
_SPACE_LIKE = frozenset("\u2010\u2011\u2012\u2013\u2014")  # dashes; "-" and "_" stay (e-mail, handles)
#: Typographic apostrophes (iOS and most phone keyboards type "’" in "don’t"), the modifier letter
#: apostrophe and the prime: one ASCII apostrophe, so that "don’t tell" matches the keyword "don't tell"
_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in IGNORED:
        return ""
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if ch in "\n\r\u2028\u2029\x0b\x0c\x85":
        return "\n"
    if ch.isspace() or ch in _SPACE_LIKE:
        return " "
    if ch in _APOSTROPHES:
        return "'"
    out = []
    for c in unicodedata.normalize("NFKD", ch).casefold():
        if c in IGNORED:
            continue
        out.append(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c)
    folded = "".join(out)
    return " " if folded.isspace() else folded


@dataclass(frozen=True)
class Normalised:
    text: str
    offsets: tuple[int, ...] | range

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


class _CharFolds(dict):
    """char -> its folded text, as normalise() folds it, filled as characters are met."""

    def __missing__(self, ch: str) -> str:
        folded = ch if (ch.isascii() and ch.isalnum() and not ch.isupper()) else _fold_char(ch)
        self[ch] = folded
        return folded


_CHARS = _CharFolds()
#: What the plain-ASCII shortcut cannot fold by lower-casing: white space other than one space or
#: line break (the file and group separators \x1c-\x1f included: Python counts them as white space)
_PLAIN_ASCII = re.compile(r"[ \t\n\r\x0b\x0c\x1c-\x1f]{2,}|[\t\r\x0b\x0c\x1c-\x1f]|^\s")


def normalise(text: str) -> Normalised:
    if text.isascii() and not _PLAIN_ASCII.search(text):
        # the common case of plain ASCII chat text: folding is lower-casing, one to one
        return Normalised(text.lower(), range(len(text) + 1))
    out: list[str] = []
    offsets: list[int] = []
    last_space = True  # leading white space is dropped
    for i, folded in enumerate(map(_CHARS.__getitem__, text)):
        if not folded:
            continue
        if folded == " " or folded == "\n":
            if last_space:
                if folded == "\n" and out and out[-1] == " ":
                    out[-1] = "\n"  # a line break wins over a space: it separates entries
                continue
            last_space = True
        else:
            last_space = False
        out.append(folded)
        if len(folded) == 1:
            offsets.append(i)
        else:
            offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return Normalised("".join(out), tuple(offsets))


@lru_cache(maxsize=1 << 17)
def normalise_keyword(keyword: str) -> str:
    """A keyword folded exactly as text is (so that both sides compare equal). Kept per keyword:
    building the built-in packs' matcher folds the same words hundreds of thousands of times."""
    return normalise(keyword).text.strip()


def is_word_char(ch: str) -> bool:
    """Letters, marks (Bengali vowel signs, virama) and digits are word characters."""
    if not ch:
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "LMN"
