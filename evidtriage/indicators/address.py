"""The words a message opens with to call its reader: "Mom, they took my phone", "আম্মা, রুমটা
বাইরে থেকে তালা দিয়া রাখে", "bhai! passport rekhe dise".

Such a word names who is spoken to, not who acts. A rule's guard that reads a parent as the one
who keeps a phone ("ammu phone niye nise" is a family's rule, not control) must not read the
mother a victim writes to as that parent. :func:`addressed` gives the spans of those words; the
matcher leaves them out of the pattern groups a condition uses only under ``not`` (its guards),
and nowhere else: a rule that looks for a relative named in a threat still sees every word.

A word is taken as an address when it calls a relative, an elder or one of rank (:data:`CALLS`:
"ammu", "bhai", "আপা", "sir"), or is a name with such a word after it ("Rahim bhai", "রিনা আপা"),
stands first in the text, a line or a sentence (after a bracketed tag such as "[voice message]"
and an interjection such as "o", "hi", "dear"), and a comma, "!", ":" or a dash follows it. "Mom
took my phone" (no comma) names the one who took it, and stays as it is; so does "Alhamdulillah,"
or "hundi te na," which call no one.
"""

from __future__ import annotations

import re

from .normalise import normalise_keyword

_INTERJECTION = "|".join(re.escape(normalise_keyword(w)) for w in (
    "o", "oi", "oh", "hi", "hello", "dear", "salam", "assalamualaikum", "ও", "ওই", "ওগো", "হ্যালো"))
#: the words that call a relative or an elder, or one of rank ("ammu", "bhai", "আপা", "sir", "boss")
CALLS = ("ammu", "amma", "ammi", "ammajan", "maa", "ma", "mom", "mum", "mommy", "mummy", "mother", "abbu", "abba", "abbajan",
         "baba", "bapjan", "dad", "daddy", "father", "bhai", "bhaiya", "bhaia", "vai", "vaiya", "bro", "brother", "apa", "apu",
         "afa", "bon", "sis", "sister", "didi", "di", "dada", "da", "mama", "mami", "khala", "khalamma", "khalu", "chacha",
         "chachi", "kaka", "kaki", "fufu", "nana", "nani", "dadu", "dadi", "bou", "jaan", "jan", "uncle", "aunty", "auntie",
         "sir", "madam", "mam", "maam", "ma'am", "boss", "ustad", "huzur", "dost", "dosto", "beta", "beti",
         "আম্মু", "আম্মা", "আম্মি", "মা", "মাগো", "আব্বু", "আব্বা", "বাবা", "বাবাগো", "ভাই", "ভাইয়া", "ভাইজান", "আপা",
         "আপু", "আফা", "বোন", "দিদি", "দাদা", "মামা", "মামি", "খালা", "খালাম্মা", "খালু", "চাচা", "চাচি", "কাকা",
         "কাকি", "ফুফু", "নানা", "নানি", "দাদু", "দাদি", "বউ", "জান", "আংকেল", "আন্টি", "স্যার", "ম্যাডাম", "বস",
         "উস্তাদ", "হুজুর", "দোস্ত", "বেটা")
#: the words of rank that follow a name ("Rahim bhai", "রিনা আপা")
_AFTER_NAME = ("bhai", "vai", "bhaiya", "apa", "apu", "da", "di", "sir", "saheb", "shaheb", "bhabi", "khala", "mama",
               "chacha", "kaka", "ভাই", "ভাইয়া", "আপা", "আপু", "দা", "দি", "স্যার", "সাহেব", "ভাবি", "খালা", "মামা", "চাচা", "কাকা")


def _any(words) -> str:
    return "|".join(re.escape(normalise_keyword(w)) for w in sorted(words, key=len, reverse=True))


#: a line's or a sentence's start, a tag in brackets, an interjection, then the call and the mark of an address
_ADDRESS = re.compile(
    r"(?:^|\n|[.!?।][ \t]+)[ \t]*(?:[\[(][^\]\)\n]{0,40}[\])][ \t]*)?(?:(?:" + _INTERJECTION + r")[ \t]+)?"
    r"(?P<words>(?:(?:" + _any(CALLS) + r")|[^\W\d_]\S*?[ \t](?:" + _any(_AFTER_NAME) + r")))"
    r"[ \t]*(?:,|!|:(?!\S)|[ \t]+[-–—][ \t])")


def addressed(t: str) -> list[tuple[int, int]]:
    """The spans of the normalised text ``t`` that call its reader (see the module's text)."""
    return [m.span("words") for m in _ADDRESS.finditer(t)]
