"""Regional and chat forms of Bengali words, in Bengali script and romanised, that no ending
table reaches: the same word said with another stem, not another ending.

:mod:`.morphology` asks this module for a word's other stems and forms; both the rules and
``search`` then find them. What is here, and why each is safe:

* **"Say" in the east** (Dhaka colloquial, Noakhali, Chittagong, Sylhet, Barishal): বলা is কওয়া,
  with the stem কই (কৈ) before a consonant's ending and ক before the future's (বলবি: কইবি, কবি;
  বলবেন না: কইয়েন না; বলছে: কইছে, কৈছে, কইসে); romanised ``bolbi``: ``koibi``, ``kobi``,
  ``bolben na``: ``koiyen na``. Only whole forms (stem and a real ending) are added, never the
  bare stem: কই alone is "where", ``kobe`` "when", ``kon`` "which", কয় "how many".
* **Words with an eastern or rural stem of their own**: কাজ / কাম (work), টাকা / টেকা, টেহা, টেয়া,
  ট্যাকা, মেয়ে / মাইয়া, রাত / রাইত, শুন / হুন (the initial শ said হ in Noakhali, Chittagong and
  Sylhet); romanised ``kaj`` / ``kam``, ``kaam``; ``meye`` / ``maiya``; ``rat`` / ``rait``;
  ``shun`` / ``hun``; ``taka`` / ``tk`` (the chat's abbreviation). The other stem takes the noun's
  or the verb's real endings only, not any letters: কামরা (a room), কামাল (a name), ``hundi``
  are no forms of কাজ, ``shun``.
* **The romanised colloquial participle**: ``mere`` said ``maira``, ``kore`` ``koira``, ``dhore``
  ``dhoira``, ``tule`` ``tuila``, ``rekhe`` ``raikha``, ``fele`` ``faila`` (the Bengali script's
  মাইরা, কইরা are :func:`.morphology.colloquial_stems`).
* **The negation after the verb as the east writes it**: ``ন`` (Noakhali: টেয়াও দেয় ন) and
  ``নায়``, ``nay`` (Sylheti: লাগত নায়), beside না and নাই.

Each table is short on purpose: a form is added when it is the ordinary way a region writes
the word, and its collisions with words of another sense are blocked by name.
"""

from __future__ import annotations

import re
import unicodedata

from .normalise import normalise_keyword


def _n(words: str) -> tuple[str, ...]:
    return tuple(normalise_keyword(w) for w in words.split())


# --- "say" ------------------------------------------------------------------------------------

#: The standard stem of "say" (বল, bol) whose eastern forms are added
BN_SAY = normalise_keyword("বল")
LATN_SAY = "bol"
#: Eastern stems of "say" before an ending that begins with a consonant (কই-বি, কৈ-ছে)
_BN_SAY_EAST = _n("কই কৈ")
#: The short stem ক takes the future only (কবি, কবা, কমু; not কবে, "when")
_BN_SAY_SHORT_ENDINGS = frozenset(_n("বি বা বো ব বেন বু মু বায় বাম বিনা"))
#: Standard endings that begin with a vowel sign, and what they are after কই (বলিস: কইস)
_BN_SAY_VOWEL_ENDINGS = {normalise_keyword(a): _n(b) for a, b in (
    ("িস", "স"), ("ো", "ও য়ো"), ("েন", "ন য়েন"), ("ুন", "ন য়েন"), ("েছে", "ছে"), ("েছি", "ছি"),
    ("েছেন", "ছেন"), ("িয়ে", "য়া"), ("য়ে", "য়া"), ("ে", "য়া"))}
#: Every eastern form of "say", for a keyword whose word takes any ending
_BN_SAY_ANY = _n("""বি বা বো বেন বু মু বায় বাম বিনা ছি ছে ছেন ছিস ছো ছস সি সে সেন সস লাম লো ল লেন লি লে লা
তে তো তাম তেন তিস ছিলো ছিল সিলো ছিলাম তেছে তেছি য়েন য়ো য়া স ও ন""")

_LATN_SAY_EAST = ("koi", "koy", "kai")
_LATN_SAY_SHORT_ENDINGS = frozenset("bi ba bo ben bu mu bay bam bina bena".split())
_LATN_SAY_VOWEL_ENDINGS = {"is": ("s", "sh"), "o": ("o", "io", "yo"), "io": ("o", "io", "yo"),
                           "en": ("n", "yen", "en"), "un": ("yen",), "eche": ("che", "se"),
                           "echi": ("chi", "si"), "ese": ("se",), "esi": ("si",), "ye": ("ya", "ia"),
                           "iya": ("ya", "ia"), "ia": ("ya", "ia")}
_LATN_SAY_ANY = tuple("""bi ba bo ben bu mu bay bam bina bena chi che chen chis cho si se sen sis so sos
lam lo le len li la te to tam ten tis silo chilo silam chilam tese tesi yen ien yo io ya ia s sh n""".split())
#: Forms of the eastern stem that are words of another sense: "koira" (having done), "koyla" (coal)
_LATN_SAY_NOT = frozenset("koira kaila koyla koyle kaile".split())


def _is_consonant(c: str) -> bool:
    return unicodedata.category(c) == "Lo"


def bn_say_forms(endings, rare: bool = True) -> frozenset[str]:
    """The eastern forms of "say" with these (folded) endings of বল; every eastern form when
    ``endings`` is None. বলবি: কইবি, কৈবি, কবি; বলিস: কইস; বলবেন: কইবেন, কইয়েন. ``rare``: with
    the rarer spelling কৈ too."""
    stems = _BN_SAY_EAST if rare else _BN_SAY_EAST[:1]
    if endings is None:
        return frozenset(s + e for s in _BN_SAY_EAST for e in _BN_SAY_ANY) | {
            normalise_keyword("ক") + e for e in _BN_SAY_SHORT_ENDINGS}
    out: set[str] = set()
    polite = False
    for e in endings:
        if not e:
            continue
        if _is_consonant(e[0]):
            out |= {s + e for s in stems}
            if e in _BN_SAY_SHORT_ENDINGS:
                out.add(normalise_keyword("ক") + e)
        for x in _BN_SAY_VOWEL_ENDINGS.get(e, ()):
            out |= {s + x for s in stems}
        polite |= e in (normalise_keyword("বেন"), normalise_keyword("েন"))
    if polite:  # the polite order "don't say", কইয়েন না, as the east says বলবেন না
        out |= {s + normalise_keyword("য়েন") for s in stems}
    return frozenset(out)


def latn_say_forms(endings) -> frozenset[str]:
    """The romanised eastern forms of "say" with these endings of ``bol``; every one when
    ``endings`` is None. bolbi: koibi, kobi; bolis: kois; bolben: koiben, koiyen."""
    if endings is None:
        out = {s + e for s in _LATN_SAY_EAST for e in _LATN_SAY_ANY} | {"ko" + e for e in _LATN_SAY_SHORT_ENDINGS}
        return frozenset(out - _LATN_SAY_NOT)
    out = set()
    polite = False
    for e in endings:
        if not e:
            continue
        if e[0] not in "aeiou":
            out |= {s + e for s in _LATN_SAY_EAST}
            if e in _LATN_SAY_SHORT_ENDINGS:
                out.add("ko" + e)
        for x in _LATN_SAY_VOWEL_ENDINGS.get(e, ()):
            out |= {s + x for s in _LATN_SAY_EAST}
        polite |= e in ("ben", "en")
    if polite:
        out |= {s + x for s in _LATN_SAY_EAST for x in ("yen", "ien")}
    return frozenset(out - _LATN_SAY_NOT)


# --- other stems of the same word ---------------------------------------------------------------

#: A standard stem (as :func:`.morphology.bn_stem` finds it) and the whole words of its eastern or
#: rural form, each taking a noun's or a verb's real endings only
_BN_OTHER_STEMS = {normalise_keyword(a): _n(b) for a, b in (
    ("কাজ", "কাম"),
    ("টাক", "টেকা টেহা টেয়া ট্যাকা"),
    ("মেয়", "মাইয়া মাইয়্যা"),
    ("রাত", "রাইত"),
    ("শুন", "হুন"), ("শোন", "হোন হুন"),
)}
#: Words that begin with another stem but are words of another sense: never its forms
_BN_OTHER_NOT = frozenset(_n("কামরা কামড় কামড়ে কামাল কামান কামানো কামাই কামনা কামিজ কামরায় কামরার হুনুর"))

_LATN_OTHER_STEMS = {
    "kaj": ("kam", "kaam"), "kaaj": ("kam", "kaam"),
    "mey": ("maiya", "maia", "maiyya"), "meye": ("maiya", "maia", "maiyya"),
    "rat": ("rait",), "raat": ("rait",), "raate": ("raite",),
    "shun": ("hun",), "shon": ("hon", "hun"), "sun": ("hun",), "son": ("hon",),
    "taka": ("tk",),
}
#: Romanised words that begin with another stem and are words of another sense
_LATN_OTHER_NOT = frozenset("kami kamer kamon kamal kaman kamra kamla kamli hunda hundi honey hone".split())


def bn_other_stems(stem: str) -> tuple[str, ...]:
    """The eastern or rural forms (whole words) of a folded Bengali stem: কাজ: কাম; টাক: টেকা."""
    return _BN_OTHER_STEMS.get(stem, ())


def latn_other_stems(stem: str) -> tuple[str, ...]:
    """The eastern or rural forms of a romanised stem: kaj: kam, kaam; shun: hun."""
    return _LATN_OTHER_STEMS.get(stem, ())


def _other_regex(others: tuple[str, ...], endings, not_words, letter: str) -> str | None:
    """A regex for the other stems ``others`` with these endings (or none), and not the words of
    another sense that begin with them (``not_words``; ``letter``: a letter of the script, which
    must not follow one of them); None when there are no other stems."""
    if not others:
        return None
    ends = "|".join(re.escape(e) for e in sorted(set(endings), key=lambda e: (-len(e), e)) if e)
    heads = "|".join(re.escape(o) for o in others)
    # longest first, then in order: the same pattern in every process, whatever the set's hash order
    blocked = sorted((w for w in not_words if w.startswith(others)), key=lambda w: (-len(w), w))
    not_rx = "(?!(?:" + "|".join(map(re.escape, blocked)) + f")(?!{letter}))" if blocked else ""
    return f"{not_rx}(?:{heads})(?:{ends})?"


def bn_other_regex(stem: str, endings: list[str]) -> str | None:
    """A regex for the other stems of a folded Bengali stem with these endings (or none, or the
    rural গো, ত, ডা), and not the words of another sense that begin with them; None when it has none."""
    return _other_regex(bn_other_stems(stem), [*endings, normalise_keyword("গো"), normalise_keyword("ত"), normalise_keyword("ডা")],
                        _BN_OTHER_NOT, "[\u0980-\u09ff]")


def latn_other_regex(stem: str, endings: list[str]) -> str | None:
    """The romanised counterpart of :func:`bn_other_regex`."""
    return _other_regex(latn_other_stems(stem), endings, _LATN_OTHER_NOT, "[a-z]")


# --- the romanised colloquial participle ----------------------------------------------------------

_LATN_PARTICIPLE = re.compile(r"((?:chh|ch|kh|gh|ph|bh|th|dh|jh|sh|[bcdfghjklmnprstvz]))([aeou])"
                              r"((?:kh|gh|ph|bh|th|dh|jh|sh|[bdfgklmnprstvz]))e")


def latn_colloquial_participles(word: str) -> frozenset[str]:
    """The colloquial participle of a romanised word in -e of one syllable before it (mere:
    maira, maire; kore: koira; dhore: dhoira; tule: tuila; rekhe: raikha; fele: faila), as
    :func:`.morphology.colloquial_stems` does for মেরে: মাইরা; and the other spellings of a
    participle in -iye or -aiya (:func:`latn_participle_spellings`); none for other words."""
    m = _LATN_PARTICIPLE.fullmatch(word)
    if not m:
        return latn_participle_spellings(word)
    c1, v, c2 = m.groups()
    v = "a" if v == "e" else v
    return frozenset(f"{c1}{v}i{c2}{end}" for end in ("a", "e", "ya"))


#: The endings of a romanised participle of a stem of two syllables or a causative, each a
#: spelling of the same form (standard -iye, colloquial -aiya, written as said -aya, -aye, -ia):
#: "puriye dibo", "puraia dibo", "puraye dimu"; "dhukiye", "dhukaiya", "dhukaye"; "lukiye",
#: "lukaiya", "lukia". A keyword's word is read as one only when it ends in one of the longer
#: endings (not -ia or -ie alone: india, asia, media, movie)
_LATN_PART_FROM = ("aiya", "aiye", "aia", "iya", "iye", "aya", "aye")
_LATN_PART_TO = ("aiya", "aiye", "aia", "aie", "iya", "iye", "ia", "ie", "aya", "aye")
#: Spellings of another sense the endings would make: "koria" is Korea
_LATN_PART_NOT = frozenset("koria koriya korea".split())


def latn_participle_spellings(word: str) -> frozenset[str]:
    """The other spellings of a romanised participle in -iye, -aiya, -aia, -aya or -aye after a
    stem of three letters or more that holds a vowel and ends in a consonant (puraia: puriye,
    puraiya, puraye; dhukaye: dhukiye, dhukaiya, dhukia); none for other words ("bhaiya": the
    stem "bh" has no vowel; "niye": too short, give and take have their own forms)."""
    for e in sorted(_LATN_PART_FROM, key=len, reverse=True):
        if word.endswith(e):
            stem = word[: -len(e)]
            if len(stem) >= 3 and re.search("[aeiou]", stem) and stem[-1] not in "aeiouwy":
                return frozenset(stem + t for t in _LATN_PART_TO) - {word} - _LATN_PART_NOT
            return frozenset()
    return frozenset()


# --- a romanised noun's ending written apart ------------------------------------------------------

#: Noun endings that romanised chats write as a word of their own ("mas er beton", "passport ta",
#: "company r lok", "bari te"): a keyword's noun takes them either way
LATN_DETACHED = ("er", "r", "e", "ke", "te", "re", "der", "ra", "ta", "ti", "gulo", "gula", "guli")


# --- the negation after the verb -------------------------------------------------------------------

#: The negation after a verb as the east writes it besides না and নাই: ন (Noakhali), নায় (Sylhet)
BN_NEG_AFTER_EAST = _n("ন নায়")
LATN_NEG_AFTER_EAST = ("nay",)
