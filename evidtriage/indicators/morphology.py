"""Morphology and spelling: one keyword, every form a chat writes it in.

A rule author writes a keyword once, in one form ("কাউকে বলবে না", "beton dey na", "passport");
this module turns it into a regular expression (on the normalised text) that also matches

* **Bengali inflection**: the keyword's words are reduced to a stem by stripping the longest known
  ending, and every ending of the same kind is allowed back: verb persons and tenses (বলবে,
  বলবেন, বলবি, বলবো, বলছে, বলেছে, বললাম...) and noun case and plural endings (পাসপোর্ট,
  পাসপোর্টের, পাসপোর্টগুলো, পাসপোর্টটা...). দি/দে and নি/নে ("give", "take") alternate.
  Colloquial and regional forms too: the first person future in -মু (দিমু, করমু) and the
  participle in -ইয়া of a short verb (কইরা, তুইলা, মাইরা, ধরাইয়া for করে, তুলে, মেরে, ধরিয়ে);
  the "ই" of a stem in -া and the sadhu "ি" (ঘুমাইতে, দেখাইবেন, করিবে); a word read as a verb
  as well as a noun (আটকে: আটকাইয়া); the eastern stem of "go" (যাইতে, যাইতো); the
  negation written on or before the verb (দেয়নি, যাইতে ন দিবো). A stem never takes in an everyday
  word of another sense that begins with it (মাল: not মালিক).
* **Romanised Bengali** the same way (bolba, bolben, bolbi, bolis; passport, passportgulo) and its
  free spelling: inner vowels by class (beton, baton, betan; dibo, debo), kh/k, gh/g, ph/f, bh/v/b,
  sh/s, ch/chh, z/j, th/t, dh/d, and doubled letters written once (pasport); the long "a" written "aa"
  (maarse, baaki); a participle in any of its spellings (puraia, puriye, puraye); the continuous and
  the perfect as one tense (katche, katse; nise, niyeche, nisey).

* **English verbs of control** (take, keep, hold, sell, lock, threaten, collect...): their tenses,
  from :mod:`.english` (the present also matches the past, keeps: kept; the past only the past).

The rules and ``search`` share it: :func:`keyword_regex` is what the matcher runs beside its exact
keyword automaton, and :func:`word_forms` is what ``search`` asks the full-text index for.

Why our own tables: ``bnlp-toolkit`` (4.4.1) has no stemmer (tokenisers, embeddings and taggers that
need downloaded models, with gensim, scipy and requests behind them), and ``bangla-stemmer`` (1.0,
2020) prints to standard output on every word and knows only standard (sadhu/cholito) written
endings, not the colloquial ones of chats (দিছে, নিছে, করসে). The endings below are the ordinary
ones of Bengali grammar, in standard and colloquial spelling; a keyword keeps its own form too.

Limits, on purpose: words of fewer than three letters, words with digits or symbols, keywords
that end in ``*`` (already prefixes) and keywords written with a leading ``=`` (``=hajj``: this
spelling only) are left as written; romanised words of fewer than five letters keep their
doubled letters and words of three letters their spelling (only endings are added); a stem keeps at least two letters, so
short words do not turn into everything.

Short stems, written out: a keyword whose words are all too short or too common for the prefilter
to look for their stems (দিবে, কর, বলবা না, মা; dibe, bolba na) gets its forms written out
instead (:func:`explicit_forms`), and those whole forms are what the prefilter looks for. A verb
keeps its tense and takes the other persons, standard and colloquial (দিবে: দিবো, দিবি, দিমু,
দেবে; not দিলাম), the polite "you" only where the keyword has it ("দিবে না", he won't give it
back, is not "দিবেন না", don't give it); a negated one takes the future and the imperative
together (bolba na, bolis na). A noun of one letter and a vowel takes its case endings (মাকে,
মায়েরে). Regional forms: the negation before the verb of Chittagonian and Sylheti (ছুটি ন দিবো
for ছুটি দিবে না) and a first হ dropped (অইলে for হইলে).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from . import dialect
from .entities import _trie_alternation
from .english import (_ENGLISH, _ENGLISH_KEPT, _NOT_REPORT, INFORMAL_PHRASES, STANDARD, SUBJECTS, english_forms,
                      english_number, informal_forms, subject_base_form)
from .normalise import normalise_keyword

_BN_VERB_ENDINGS = [
    # future
    "বো", "ব", "বে", "বেন", "বি", "বা", "বেনা", "বিনা",
    # present simple and imperative
    "ি", "ে", "েন", "িস", "ো", "ুন", "ুক",
    # present continuous (standard and colloquial)
    "ছি", "ছে", "ছেন", "ছিস", "ছো", "ছ", "চ্ছি", "চ্ছে", "চ্ছেন", "চ্ছিস", "চ্ছো", "তেছে", "তেছি", "তেছেন", "সে", "সি", "সেন",
    # perfect and past
    "েছি", "েছে", "েছেন", "েছিস", "েছো", "েছিল", "েছিলো", "েছিলাম", "ছিল", "ছিলো", "ছিলাম", "ছিলেন",
    "লাম", "লো", "ল", "লেন", "লি", "লে", "লা", "ত", "তো", "তেন", "তাম", "তিস",
    # non-finite
    "তে", "ার", "া", "েছে", "য়ে", "য়েছে", "য়েছেন", "য়েছি", "য়ে", "য়",
    # colloquial and regional first person future (দিমু, করমু, নিমুনা; করুম)
    "মু", "মুনা", "ুম",
]
_BN_NOUN_ENDINGS = [
    "ের", "এর", "র", "কে", "রে", "রা", "েরা", "দের", "গুলো", "গুলি", "গুলোর", "গুলোকে", "গুলা", "গুলাকে",
    "টা", "টি", "টাকে", "টার", "টির", "টাও", "খানা", "য়", "ে", "তে", "ও", "ই", "েই", "টাই", "সহ",
]
_LATN_VERB_ENDINGS = [
    "bo", "ba", "be", "ben", "bi", "bin", "bis", "bena", "bina",
    "i", "e", "en", "is", "o", "un", "uk",
    "chi", "che", "chen", "chis", "cho", "si", "se", "sen", "sis", "so", "tese", "tesi", "tasi", "tase",
    "echi", "eche", "echen", "esi", "ese", "esen", "sil", "silo", "silam", "chilo", "chilam", "chhilo",
    "lam", "lo", "le", "len", "li", "la", "to", "ten", "tam", "te", "ar", "a", "y",
]
_LATN_NOUN_ENDINGS = [
    "er", "r", "ke", "re", "ra", "der", "gulo", "guli", "gula", "gulor", "guloke", "ta", "ti", "take",
    "tar", "tir", "tao", "e", "te", "o", "i", "s", "es",
]
#: Verb endings that mark a romanised word as a verb when it ends in one (longest first)
_LATN_VERB_MARKS = ["bena", "bina", "chen", "chis", "echen", "silam", "chilo", "chilam", "lam", "len",
                    "ben", "bin", "bis", "che", "chi", "sen", "sis", "ese", "esi", "tese", "tesi",
                    "ba", "bo", "be", "bi", "se", "si", "lo", "le", "li", "te", "to"]


def _fold_all(words):
    return sorted({normalise_keyword(w) for w in words if normalise_keyword(w)}, key=lambda w: (-len(w), w))


BN_VERB = _fold_all(_BN_VERB_ENDINGS)
BN_NOUN = _fold_all(_BN_NOUN_ENDINGS)
LATN_VERB = sorted(set(_LATN_VERB_ENDINGS), key=lambda w: (-len(w), w))
LATN_NOUN = sorted(set(_LATN_NOUN_ENDINGS), key=lambda w: (-len(w), w))
_LATN_MARKS = sorted(set(_LATN_VERB_MARKS), key=lambda w: (-len(w), w))
_BN_LETTER = re.compile(r"[\u0980-\u09ff]")
#: Endings stripped to find a stem: one consonant alone ("ল", "ত", "ব", "র") is never stripped,
#: since so many stems end in one (দালাল, পাসপোর্ট)
_BN_STRIP_VERB = [e for e in BN_VERB if len(e) > 1 or unicodedata.category(e) != "Lo"]
_BN_STRIP_NOUN = [e for e in BN_NOUN if len(e) > 1 or unicodedata.category(e) != "Lo"]
_BN_VERB_RX = "(?:" + "|".join(re.escape(e) for e in BN_VERB) + ")"
_LATN_NOUN_RX = "(?:" + _trie_alternation(sorted(LATN_NOUN)) + ")"


def compiled_form(pattern: str) -> str:
    """The pattern a keyword-form regex is compiled from: the same language, written shorter.
    The romanised noun endings' alternation follows every romanised word of every keyword and
    made half the text of the built-in packs' form regexes (2.7 of 4.9 MB at packs 1.6.0); here it
    is written once, as a subpattern the others call (``(?&n)``, the `regex` module's
    DEFINE and call): all 2,873 of packs 1.6.0 compile in 14 s instead of 50, and no match changes
    (the ending is always followed by a word's end, so however the call backtracks, the same
    texts match, at the same spans: ``tests/test_morphology_forms.py``). The pattern as written
    stays the key of the literals, the form cache and the prefilter."""
    if _LATN_NOUN_RX not in pattern or "(?P<n>" in pattern:
        return pattern
    return pattern.replace(_LATN_NOUN_RX, "(?&n)") + "(?(DEFINE)(?P<n>" + _LATN_NOUN_RX + "))"


#: Everyday Bengali words of another sense that begin with a keyword's stem and that "any six
#: letters" after it would take in: never one of its forms (with their own endings), unless the
#: keyword is one of them (as the romanised :data:`_LATN_OTHER`)
_BN_OTHER = frozenset(normalise_keyword(w) for w in """মালিক মালিকানা মালা মালয়েশিয়া বন্ধু বন্ধুত্ব
কাজল কাজী দেশি দেশীয় জেলা ব্যাংকক""".split())
_GIVE_TAKE = [(normalise_keyword(a), normalise_keyword(b)) for a, b in
              (("দি", "দে"), ("নি", "নে"), ("দে", "দি"), ("নে", "নি"), ("দিয়", "দে"), ("নিয়", "নে"),
               # "go", irregular: যেতে, colloquial যাইতে, Chittagonian যাইতো
               ("যেত", "যাইত"), ("যাইত", "যেত"))]
# ("say" as the east says it, বলবি: কইবি, was tried as a stem of বল: the short stem কই, in every
# keyword with বল, made the matcher twice as slow, for no figure; the packs list কইতে, koite)
_LATN_WORD = re.compile(r"[a-z]+")
#: Everyday romanised words of another sense that the inner-vowel classes would take in ("lekh",
#: write, is not "lakh", a hundred thousand; "amader", our, is not "amar", my, nor "amra", we):
#: never one of a keyword's forms unless it is the keyword itself, as the English words of :mod:`.english`
_LATN_OTHER = frozenset("""lakh lakhs lakhe amar amra amake tomar tomra tomake
sob shob sobai shobai sobar sathe shathe somoy shomoy sokal shokal pathor pathar pothor
nije nijer nijei nijeri nijera nijeder nijere nijeo
pola polar polare polake polata polatare polader polapan polapain polao""".split())  # "visa sale" is not "visa sob" (all)
# (round 14, part F: "pola", a boy, and "polao", a dish, are no forms of "palay" or "palano", flees)
_NOT_FORMS = _ENGLISH | _LATN_OTHER
#: Romanised postpositions and particles whose last letters are no ending: "theke" (from) is not
#: "the" with "-ke", and its "forms" would be "there" and "ta"; they are matched as written
_LATN_AS_WRITTEN = frozenset("theke kache kase kore diye hoye niye sathe shathe jonno pore dhore moto".split())
#: The verbs "give" and "take", whose stems are one letter (দি/দে, নি/নে) and which end most
#: compound verbs of control ("পুলিশে দিয়ে দেব", "নিয়ে নিয়েছে", "রেখে দিয়েছে"): a word that is one of
#: these stems and a verb ending allows every stem and ending of the same verb, and only those
#: (not any six letters, which would let in দেশ, দিন, নেই)
_GIVE_TAKE_STEMS = [sorted({normalise_keyword(x) for x in forms}, key=lambda w: (-len(w), w)) for forms in
                    (("দি", "দে", "দিয়", "দেও", "দেওয়"), ("নি", "নে", "নিয়", "নেও", "নেওয়"))]
_BN_VERB_SET = frozenset(BN_VERB)
#: The stems of give and take whose forms are written out (দিবো, দিয়েছে, দেয়): not দেও/দেওয়
_GIVE_TAKE_WRITTEN = frozenset(normalise_keyword(x) for x in ("দি", "দে", "দিয়", "নি", "নে", "নিয়"))


def _letters(s: str) -> int:
    """Letters (not vowel signs or the virama) in a Bengali string."""
    return sum(unicodedata.category(c) == "Lo" for c in s)


def bn_stem(word: str) -> tuple[str, str]:
    """(stem, kind) of a folded Bengali word: ``kind`` is "verb", "noun" or "" (nothing stripped)."""
    best = ("", "")
    for kind, endings in (("verb", _BN_STRIP_VERB), ("noun", _BN_STRIP_NOUN)):
        for e in endings:
            if len(e) > len(best[0]) and word.endswith(e) and _letters(word[: -len(e)]) >= 2:
                best = (e, kind)  # the longest ending of either kind
    return (word[: -len(best[0])], best[1]) if best[0] else (word, "")


def _bn_verb_stem(word: str) -> set[str]:
    """The stem of a folded Bengali word read as a verb, when a noun's longer ending was
    stripped instead: আটকে is আট-কে as a noun but আটক-ে as a verb (আটকাইয়া, আটকায়ে রাখছে)."""
    for e in _BN_STRIP_VERB:
        if word.endswith(e) and _letters(word[: -len(e)]) >= 2:
            return {word[: -len(e)]}
    return set()


#: The consonants that begin the verb endings before which chats write an "ই" (a stem in -া:
#: ঘুমা-ই-তে, পাঠা-ই-বো, দেখা-ই-বেন, খাটা-ই-ছে) or the sadhu "ি" (a stem in a consonant: কর-ি-বে,
#: বল-ি-তে, রাখ-ি-লে)
_BN_INFIX_BEFORE = frozenset(normalise_keyword(c) for c in "বতলছস")
_AA, _I, _I_SIGN = "\u09be", "\u0987", "\u09bf"


def _bn_colloquial(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The colloquial and sadhu forms of a verb's (stem, ending) pairs: ঘুমাইতে for ঘুমাতে,
    দেখাইবেন for দেখাবেন, করিবে for করবে, বলিতে for বলতে."""
    out = set()
    for s, e in pairs:
        if not e or e[0] not in _BN_INFIX_BEFORE:
            continue
        if s.endswith(_AA):
            out.add((s + _I, e))
        elif unicodedata.category(s[-1]) == "Lo" and _letters(s) >= 2:
            out.add((s + _I_SIGN, e))
    return out


#: Romanised verb stems that a keyword may write bare or with an ending no table marks as a verb's
#: ("rakh", "pathan", "atke", "pathay"): a word that is one of them, or one of them and a verb's
#: ending, is that verb, and takes a verb's endings (rakhse, rakhbo; pathaisi, pathabo; atkaiya)
_LATN_VERB_STEMS = frozenset("""rakh patha atk atka dhor chhar char bech kin palai pala ghuma khata
khatai janai bhag tul phel fel lukai bosai""".split())
#: The endings of a verb that :data:`_LATN_VERB_MARKS` leaves to nouns, each with the others of
#: its mood and tense, and only those (a keyword's "rakhe", he keeps, is a report; "rakho", keep
#: it, advice): the participle (atke: atkaiya, atkaye, atkiye), the imperative (pathan: pathaiyen,
#: pathao), the present (pathay: pathaw, pathae). A bare stem (rakh) takes every verb ending.
_LATN_PARTICIPLE = ("e", "iye", "ie", "aiya", "aia", "aya", "aye", "ay", "iya", "ia", "ya", "ye")
_LATN_IMPERATIVE = ("n", "en", "un", "iyen", "ien", "ao", "aw", "o", "io", "iyo", "is")
_LATN_PRESENT = ("y", "ay", "w", "aw", "e", "ey", "i", "ai", "ae")
_LATN_BARE_ENDINGS = {"aiya": _LATN_PARTICIPLE, "iye": _LATN_PARTICIPLE, "n": _LATN_IMPERATIVE,
                      "ao": _LATN_IMPERATIVE, "o": _LATN_IMPERATIVE, "y": _LATN_PRESENT, "w": _LATN_PRESENT,
                      "ay": _LATN_PRESENT, "e": _LATN_PARTICIPLE + _LATN_PRESENT, "": ()}
_LATN_BARE_LONGEST_FIRST = sorted(_LATN_BARE_ENDINGS, key=len, reverse=True)


def latn_stem(word: str) -> tuple[str, str]:
    """(stem, kind) of a romanised word: a verb when it ends in a verb ending or is a known
    verb stem (:data:`_LATN_VERB_STEMS`) with or without one; else a noun, stripped of a noun
    ending when one is there."""
    for e in _LATN_BARE_LONGEST_FIRST:
        if word.endswith(e) and word[: len(word) - len(e)] in _LATN_VERB_STEMS:
            return word[: len(word) - len(e)], "verb"
    for e in _LATN_MARKS:
        if word.endswith(e) and len(word) - len(e) >= 2:
            return word[: -len(e)], "verb"
    for e in LATN_NOUN:
        if len(e) > 1 and word.endswith(e) and len(word) - len(e) >= 3:
            return word[: -len(e)], "noun"
    return word, "noun"


_DIGRAPHS = [("chh", "ch{1,2}h?"), ("kh", "kh?"), ("gh", "gh?"), ("ph", "(?:ph|f)"), ("bh", "(?:bh|v|b)"),
             ("sh", "sh?"), ("ch", "ch{0,2}"), ("th", "th?"), ("dh", "dh?"), ("jh", "jh?")]
_SINGLE = {"f": "(?:ph|f)", "v": "(?:bh|v|b)", "z": "[zj]", "j": "[jz]", "k": "kh?", "g": "gh?", "s": "sh?",
           "t": "th?", "d": "dh?"}
_VOWEL = {"a": "[aeo]", "e": "[eai]", "o": "[oau]", "i": "[ie]", "u": "[uo]"}


def latn_spelling(stem: str, doubles: bool = True, long: bool = False) -> str:
    """A regex for the spellings of a romanised stem: first letter as written, inner vowels by
    class, consonant digraphs and their one-letter forms, doubled letters written once or twice;
    ``long``: the first inner "a" also written "aa" (baari, taaka: the vowel আ written long)."""
    out = []
    i = 0
    long_at = _long_a_at(stem) if long else -1
    while i < len(stem):
        for dg, rx in _DIGRAPHS:
            if stem.startswith(dg, i):
                if dg in ("ch", "chh") and i > 0 and len(stem) >= 5 and stem[i + len(dg):i + len(dg) + 1] in ("u", "o"):
                    # inner ch before u or o, said s in chat: kichu, kisu; pichone, pisone (not before
                    # a or e: "becha" would take in "basa", home)
                    rx = f"(?:{rx}|s)"
                out.append(rx)
                i += len(dg)
                break
        else:
            c = stem[i]
            n = 1
            while i + n < len(stem) and stem[i + n] == c:
                n += 1
            if i == long_at:
                out.append("(?:aa|[aeo])")
            elif c in _VOWEL:
                out.append(re.escape(c) if i == 0 else _VOWEL[c])
                if n > 1:
                    out.append("{1,2}")  # "ee", "oo": once or twice
            elif n > 1 and not doubles:
                out.append(re.escape(c * n))
            elif n > 1:
                out.append(f"{_SINGLE.get(c, re.escape(c))}{{1,2}}" if c not in _SINGLE else f"(?:{_SINGLE[c]}){{1,2}}")
            elif c in _SINGLE and i > 0:
                out.append(_SINGLE[c])
            else:
                out.append(re.escape(c))
            i += n
    return "".join(out)


def _alternation(endings: list[str]) -> str:
    return "(?:" + "|".join(re.escape(e) for e in endings) + ")"


#: A short verb's participle as chats write it: the standard "-ে" and "-িয়ে" (করে, তুলে, মেরে,
#: ধরিয়ে) said with an "ই" before the last consonant or after the stem (কইরা, তুইলা, মাইরা,
#: ধরাইয়া), the colloquial and regional "-ইয়া" forms; a first "ে" of the stem is said "া" (মাইরা)
_BN_PARTICIPLE = re.compile("([\u0995-\u09b9])([\u09be\u09bf\u09c1\u09c7]?)([\u0995-\u09b9\u09dc\u09dd]\u09bc?)"
                            "(\u09c7|\u09bf\u09af\u09bc\u09c7)")


#: The colloquial participle of a stem in -া written as it is said, "-ায়া" for "-াইয়া" (ধরায়া,
#: লুকায়া, পাঠায়া, মিলায়া: a hundred times in eval/dev beside the "-াইয়া" of the same verbs):
#: the keyword written in either spelling takes the other. Only the participle, "-ায়া" and "-ায়ে":
#: "-ায়" alone is the present ("ঠকায় না", he does not cheat, is no form of "ঠকিয়ে", cheated)
_BN_IYA = re.compile("(.+\u09be)\u0987\u09af\u09bc[\u09be\u09c7]")
_AA_YA = ("\u09be\u09af\u09bc\u09be", "\u09be\u09af\u09bc\u09c7")  # "ায়া", "ায়ে", folded


def colloquial_stems(word: str) -> set[str]:
    """The stems of the colloquial participle of a folded Bengali word (কইর for করে; ধরাই, ধরায়া
    and ধরায়ে for ধরিয়ে, whose participle is written ধরাইয়া and ধরায়া; লুকায়া for লুকাইয়া); none
    for other words."""
    m = _BN_PARTICIPLE.fullmatch(word)
    if not m:
        iya = _BN_IYA.fullmatch(word)
        return {iya.group(1)[:-1] + e for e in _AA_YA} if iya else set()
    c1, sign, c2, ending = m.groups()
    if ending == "\u09c7":
        return {c1 + ("\u09be" if sign == "\u09c7" else sign) + "\u0987" + c2}
    return {c1 + sign + c2 + "\u09be\u0987"} | {c1 + sign + c2 + e for e in _AA_YA}


def _beside(rx: str, literals: frozenset[str], others: list[str]) -> tuple[str, frozenset[str]]:
    """A word's regex with the regexes of its other forms as alternatives beside it."""
    return ("(?:" + "|".join([rx] + others) + ")", literals) if others else (rx, literals)


def _bn_dialect(rx: str, literals: frozenset[str], stem: str, kind: str) -> tuple[str, frozenset[str]]:
    """A Bengali word's regex and literals with its eastern and rural forms beside
    (:mod:`.dialect`): "say" as কইবি, কবি for বলবি; কাম for কাজ, টেকা for টাকা."""
    extra: list[str] = []
    if stem == dialect.BN_SAY and kind == "verb":
        say = dialect.bn_say_forms(None)
        extra.append(_trie_alternation(sorted(say)))
        literals |= say
    other = dialect.bn_other_regex(stem, BN_VERB + BN_NOUN)  # a whole word: টেকাও, টেকার, কামে
    if other:
        extra.append(other)
        literals |= frozenset(dialect.bn_other_stems(stem))
    return _beside(rx, literals, extra)


def _latn_dialect(rx: str, literals: frozenset[str], word: str, stem: str, kind: str) -> tuple[str, frozenset[str]]:
    """A romanised word's regex and literals with its eastern and colloquial forms beside
    (:mod:`.dialect`): koibi, kobi for bolbi; kam for kaj; maira for mere."""
    extra: list[str] = []
    if stem == dialect.LATN_SAY and kind == "verb":
        say = dialect.latn_say_forms(None)
        extra.append(_trie_alternation(sorted(say)))
        literals |= say
    key = word if dialect.latn_other_stems(word) else stem
    other = dialect.latn_other_regex(key, LATN_VERB + LATN_NOUN)
    if other:
        extra.append(other)
        literals |= frozenset(dialect.latn_other_stems(key))
    participles = dialect.latn_colloquial_participles(word)
    if participles:
        extra.append(_trie_alternation(sorted(participles)))
        literals |= participles
    return _beside(rx, literals, extra)


@lru_cache(maxsize=None)
def word_regex(word: str) -> tuple[str, frozenset[str]] | None:
    """A regex for the forms of one folded word, and the literals (prefixes) that every one of
    its matches begins with; None when the word is kept as written. Cached: a word recurs in
    many keywords (3,325 distinct words in the built-in packs' 11,069)."""
    if _BN_LETTER.search(word):
        if not all(_BN_LETTER.match(c) for c in word) or _letters(word) < 2:
            return None
        for forms in _GIVE_TAKE_STEMS:
            if any(word.startswith(f) and (word == f or word[len(f):] in _BN_VERB_SET) for f in forms):
                return "(?:" + "|".join(map(re.escape, forms)) + ")" + _BN_VERB_RX + "?", frozenset(forms)
        stem, kind = bn_stem(word)
        stems = {stem} | {b for a, b in _GIVE_TAKE if stem == a} | colloquial_stems(word)
        if kind == "noun":  # আটকে, read as আট-কে, is also আটক-ে: আটকাইয়া, আটকায়ে
            stems |= _bn_verb_stem(word)
        head = "|".join(re.escape(x) for x in sorted(stems))
        # any ending of up to six letters and signs: the endings of Bengali grammar chain
        # (পাসপোর্ট-গুলো-র, বল-ছি-লাম), and the regex of every chain, written into each of the
        # packs' Bengali words, made the matcher half as slow again (issue 15, round 4: tried and
        # measured); the stem of two letters or more keeps it to the same word. No ending begins
        # with a virama: that joins the stem's last consonant to the next one, a word of another
        # stem (মার্কেটে, "at the market", is no form of মারে)
        rx = f"(?:{head})(?!\u09cd)[\u0980-\u09ff]{{0,6}}"
        blocked = sorted(w for w in _BN_OTHER if not word.startswith(w) and re.fullmatch(rx, w))
        if blocked:  # a word of another sense that begins with the stem (মাল: মালিক; বন্ধ: বন্ধু)
            rx = "(?!" + "|".join(blocked) + ")" + rx
        return _bn_dialect(rx, frozenset(stems), stem, kind)
    return _with_informal(word, _latn_regex(word))


def _with_informal(word: str, found: tuple[str, frozenset[str]] | None) -> tuple[str, frozenset[str]] | None:
    """A Latin word's forms and the ways a chat writes it in English (:func:`.english.informal_forms`:
    "you" is also "u", "don't" "dont" and "do not"), or ``found`` alone when it has none."""
    informal = informal_forms(word)
    if not informal:
        return found

    def written(w: str) -> str:  # a phrase's words apart by a space or a hyphen, as a keyword's are
        return re.escape(w).replace("\\ ", "[ -]")

    rx, literals = found or (written(word), frozenset([word]))
    others = sorted(informal - {word}, key=lambda w: (-len(w), w))
    return _beside(rx, literals | informal, list(map(written, others)))


_SUBJECT_RX = "(?:" + _trie_alternation(sorted(SUBJECTS)) + ")"
_NOT_REPORT_RX = "(?:" + _trie_alternation(sorted(_NOT_REPORT)) + ")"
#: A verb right after a subject of :data:`.english.SUBJECTS`, which no auxiliary, modal or "to" stands
#: before ("our driver take", not "does the driver take" or "will the company take"). Written after
#: the verb (``take`` then a look back at ``subject take``), so that it is tried only where the verb
#: is, not at every position of a text
def _after_subject(verb: str) -> str:
    v = re.escape(verb)
    return (f"{v}(?<=(?<![a-z]){_SUBJECT_RX} {v})(?<!(?<![a-z]){_NOT_REPORT_RX} "
            f"(?:the |your |our |my |his |her |their |ur )?{_SUBJECT_RX} {v})")


def _latn_regex(word: str) -> tuple[str, frozenset[str]] | None:
    """:func:`word_regex` of a word in Latin letters: an English verb's tenses, or a romanised word's
    spellings and endings; a noun's other number in -y and -ies beside (:func:`.english.english_number`:
    "salary" also "salaries", "duties" also "duty"), unless its literals would wake most chat where
    the word's own would not."""
    found = _latn_regex_one(word)
    if found is None:
        return None
    others = english_number(word)
    if not others:
        return found
    rx, literals = found
    extra, lits = [], set(literals)
    for other in sorted(others):  # spelled as English spells it: "busies" is no romanised "bus-"
        extra.append(re.escape(other))
        lits.add(other)
    if _usable(literals) and not _usable(frozenset(lits)):
        return found
    return _beside(rx, frozenset(lits), extra)


def _latn_regex_one(word: str) -> tuple[str, frozenset[str]] | None:
    """:func:`_latn_regex` without the other number."""
    if not _LATN_WORD.fullmatch(word) or len(word) < 3 or word in _LATN_AS_WRITTEN or word in _ENGLISH_KEPT:
        return None
    if word in _LATN_GIVES:  # "gives": dey, dei, dae, day, dai (any of them written)
        return "(?:" + "|".join(sorted(_LATN_GIVES, key=lambda w: (-len(w), w))) + ")", _LATN_GIVES
    english = english_forms(word)
    if english is not None:  # an English verb: its tenses, spelled as English spells them
        rx = "(?:" + _trie_alternation(sorted(english)) + ")"
        base = subject_base_form(word)
        if base:  # "took" also "take" after its subject ("madam take my phone"): the pair is the literal
            rx = "(?:" + rx + "|" + _after_subject(base) + ")"
            english = english | frozenset(f"{x} {base}" for x in SUBJECTS)
        return rx, english
    stem, kind = latn_stem(word)
    bare = word[len(stem):] if kind == "verb" and word[len(stem):] in _LATN_BARE_ENDINGS else None
    # words of four letters keep their doubled letters ("hajj" is not "hajar"); three-letter ones
    # their spelling, but for the two-letter stems of give and take (dibo: debo, nibe: nebe)
    if len(word) >= 4 or (len(stem) == 2 and stem[1] in "ie"):
        head = latn_spelling(stem, doubles=len(word) >= 5)
        spellings = _spellings(stem, doubles=len(word) >= 5)
        long = _spellings(stem, doubles=len(word) >= 5, long=True) if len(word) >= 4 else frozenset()
        if long and _usable(long) == _usable(spellings):  # the long "a" too, if the prefilter can still look for it
            head, spellings = latn_spelling(stem, doubles=len(word) >= 5, long=True), long
    elif ("j" in stem or "z" in stem) and stem.isalpha():  # z and j are one sound: zor, jor; jama, zama
        head = re.sub("[jz]", "[jz]", stem)
        spellings = frozenset(stem.replace(c, d) for c, d in (("j", "z"), ("z", "j"), ("j", "j")))
    else:
        head = re.escape(stem)
        spellings = frozenset([stem])
    # a verb's endings are many and chain (bol-ben-na, kor-chi-lam): up to five letters; a noun's
    # are few (passport-gulo, dalal-er)
    # a noun's ending is also written as a word of its own ("mas er", "passport ta", "company r")
    rx = head + ("[a-z]{0,5}" if kind == "verb" else f"{_LATN_NOUN_RX}?")
    own = word[len(stem):]
    if kind == "noun" and own in dialect.LATN_DETACHED:
        # the keyword's own case ending also written as a word of its own ("maser": "mas er");
        # only its own: every ending apart, on every noun, made the matcher's regexes 1.6 times slower
        rx = head + f"(?:{_LATN_NOUN_RX}|[ -]{own}(?![a-z]))?"
    if bare:  # a known verb stem with an ending of one mood: that mood's endings only
        rx = head + "(?:" + _trie_alternation(sorted(set(_LATN_BARE_ENDINGS[bare]) | {bare})) + ")"
    forms = re.compile(rx)
    blocked = sorted(e for e in _NOT_FORMS if e != word and forms.fullmatch(e))
    if blocked:  # an English or other romanised word the free spelling would take in ("likhe": like; "lekh": lakh)
        rx = "(?!(?:" + "|".join(blocked) + r")(?![a-z]))" + rx
    return _latn_dialect(rx, spellings, word, stem, kind)


def _spellings(stem: str, doubles: bool, long: bool = False) -> frozenset[str]:
    """Every string :func:`latn_spelling` matches, from the literal reader (the stem's pattern is
    short: no endings), at most :data:`_CHUNK_LITERALS`; the empty set when there are more."""
    from .literals import required_literals

    found = required_literals(latn_spelling(stem, doubles, long), most=_CHUNK_LITERALS)
    return found or frozenset()


#: Everyday chat words: never chosen as the literal that wakes a keyword's forms when another
#: word of it can be (the prefilter would let most chat through)
_COMMON = frozenset(normalise_keyword(w) for w in (
    # English
    "call home only just with your you that this have will they them their there what when then "
    "take give send said says tell told after before again more money work good fine okay are see "
    "one two off free phone mobile number photo photos school come going done back time today "
    "tomorrow night day week month year food eat sleep house family friend please thanks "
    # Bengali script
    "আছে আছ ঠিক সব কাল ভাই আপা কথা বল বলে হবে দিব দেব নিব কর করে আমার তোমার তোর দেখ দেখা "
    "ভালো যাব যা খা নে দি এখন বাড়ি বাসা ঘুম ঘুমা খাওয়া খাবার টাকা কাজ ফোন মোবাইল আজ পরে আগে "
    "মা বাবা আব্বা আম্মু বিয়ে খবর নতুন চা "
    # romanised
    "ache ase acho achen achi thik sob kal bhai vai apa kotha bol bole hobe dibo korbo kore amar "
    "tomar tor dekh dekha bhalo valo jabo khabo ekhon bari basa ghum khawa khabar taka kaj kaaj "
    "aj por age ma baba abba ammu biye khobor notun cha nai nei dao den dite nite amake tomake "
    "char pore ama ami tumi apni "
    # everyday words that end phrases of the packs ("shodh na kora porjonto", "raat katate")
    "porjonto পর্যন্ত raat rat rate রাত রাতে bring please ajke school fee "
    # romanised postpositions and particles, matched as written (_LATN_AS_WRITTEN)
    "theke kache kase kore diye hoye niye sathe shathe jonno pore dhore moto").split())


#: The beginnings (three letters or more) of everyday words: a literal that is one of them wakes
#: every text holding the everyday word ("bol" wakes "bole"); one that only shares their first
#: letters ("bhagni" with "bhai") wakes nothing more than itself
_COMMON_PREFIXES = frozenset(w[:n] for w in _COMMON for n in range(3, len(w) + 1))


def _usable(literals: frozenset[str]) -> bool:
    """Whether literals can wake a keyword's forms in the prefilter without waking most chat."""
    return (bool(literals) and min(map(len, literals)) >= 3 and not literals & _COMMON
            and not any(x in _COMMON_PREFIXES for x in literals))


#: The endings of a Bengali noun of one letter and a vowel (মা, ভা): case, "also", plural
_BN_SHORT_NOUN = _fold_all(["কে", "কেও", "রে", "রেও", "য়ের", "য়েরে", "য়েরেও", "য়েরও", "য়েরা", "দের",
                            "রা", "ও", "ই"])
#: Negation before the verb, as Chittagonian and Sylheti say it ("ছুটি ন দিবো" for "ছুটি দিবে না")
_BN_NEG_BEFORE = "ন"
#: The negation written on to the verb: দেয়না (does not), দেয়নি (did not)
_BN_NEG_ON = (normalise_keyword("না"), normalise_keyword("নি"))
_LATN_GIVE_TAKE = {"di": "de", "de": "di", "ni": "ne", "ne": "ni"}
#: The present of "give" (দেয়) as chats spell it: one word, any spelling
#: (not "dei", দেই, I give: "ammu ke call dei"; nor "day", English, or "dai", a midwife)
_LATN_GIVES = frozenset("dey dae daey deay".split())
_NEGATIONS = frozenset(normalise_keyword(w) for w in ("না", "na", "নাই", "nai", "নি"))
#: Bengali words of one syllable that are particles, never nouns: kept as written
_BN_PARTICLES = frozenset(normalise_keyword(w) for w in "না নি নে তো যে কি ও ই ন সে তা".split())


def _h_dropped(stems: set[str]) -> set[str]:
    """A stem's regional form without its first হ (অইলে, অইবো for হইলে, হইবো)."""
    return {"\u0985" + s[1:] for s in stems if s.startswith("\u09b9") and len(s) >= 2}


#: Verb endings by tense and mood: a word written out keeps its own (দিবে: দিবো, দিবি, দিমু, দেবেন;
#: not দিলাম or দিয়েছে), so a keyword of the future ("will give") does not turn into the past
_BN_TENSES = [
    ["বো", "ব", "বে", "বেন", "বি", "বা", "বেনা", "বিনা", "মু", "মুনা", "ুম", "বু", "মো"],  # future
    ["ি", "ে", "েন", "িস", "ো", "ুন", "ুক", "য়", "ন", "ও", "াও", "েও"],  # present, imperative
    ["ছি", "ছে", "ছেন", "ছিস", "ছো", "ছ", "চ্ছি", "চ্ছে", "চ্ছেন", "চ্ছিস", "চ্ছো", "তেছে", "তেছি",
     "তেছেন", "তাছে", "তাসে"],  # continuous
    ["েছি", "েছে", "েছেন", "েছিস", "েছো", "য়েছে", "য়েছেন", "য়েছি", "ছি", "ছে", "ছেন", "সে", "সি",
     "সেন", "ছস", "সস"],  # perfect (দিছে, দিসে: given)
    ["লাম", "লো", "ল", "লেন", "লি", "লা", "লু", "েছিল", "েছিলো", "েছিলাম", "ছিল", "ছিলো", "ছিলাম",
     "ছিলেন", "সিল", "সিলো"],  # past
    ["ত", "তো", "তেন", "তাম", "তিস", "তা"],  # habitual past
    ["তে", "তেও"], ["লে", "লেও"], ["য়ে", "ে", "ইয়া", "য়া", "িয়ে", "িয়া", "াইয়া", "ায়ে", "ায়া"],  # infinitive, conditional, participle
]
_LATN_TENSES = [
    ["bo", "ba", "be", "ben", "bi", "bin", "bis", "bena", "bina", "mu", "mo", "bu"],
    ["i", "e", "en", "is", "o", "un", "uk", "y", "n", "o", "ao", "io", "en"],
    # the continuous and the perfect, one group each way: a chat writes "korse" for "korche" and
    # "korche" for "korse" (the "chh" of the standard said "s" in Dhaka; "is cutting" and "has cut"
    # report the same act), the intimate "tui" in -sos beside -sis ("korsos", "bujhsos"), and the
    # "y" glide of give and take written out ("niyeche", "diyechi")
    ["chi", "che", "chen", "chis", "cho", "tese", "tesi", "tasi", "tase", "cche", "cchi", "cchen",
     "si", "se", "sen", "sis", "so", "sos", "chos", "teso", "tesos"],
    ["si", "se", "sen", "sis", "so", "echi", "eche", "echen", "esi", "ese", "esen", "ise", "isi",
     "sos", "chi", "che", "chen", "chis", "cho", "chos", "yeche", "yechi", "yechen", "yese", "yesi"],
    ["lam", "lo", "le", "len", "li", "la", "sil", "silo", "silam", "chilo", "chilam", "chhilo"],
    ["to", "ten", "tam", "tis"],
    ["te", "teo"], ["le", "leo"], ["ye", "iya", "ia", "e"],
]


def _tense_of(ending: str, tenses: list[list[str]], fold, negated: bool = False) -> list[str]:
    """The endings of the tenses an ending belongs to (every tense that has it); negated, the
    future and the present together (a "don't tell" is said in either: বলবি না, বলিস না). The
    polite second person (দিবেন, diben) only when the ending is in it: "দিবে না" (he will not
    give it back) is retention, "দিবেন না" (do not give it) a warning."""
    out: list[str] = []
    for i, t in enumerate(tenses):
        folded = [fold(e) for e in t]
        if ending in folded:
            out += folded
            if negated and i < 2:
                out += [fold(e) for e in tenses[1 - i]]
    polite = {fold(e) for e in _POLITE}
    return out if ending in polite else [e for e in out if e not in polite]


#: The endings of the polite second person (and the third person honorific)
_POLITE = ["বেন", "েন", "ুন", "ছেন", "চ্ছেন", "তেছেন", "েছেন", "য়েছেন", "সেন", "লেন", "ছিলেন", "তেন",
           "বেনা", "ben", "bena", "en", "un", "chen", "cchen", "echen", "esen", "sen", "len", "ten"]


_VOWEL_SIGN = re.compile("[\u09be-\u09cc\u09d7][\u09be-\u09cc\u09d7]")
#: Forms of "give" that are also everyday words of their own (দিন: day)
_HOMOGRAPHS = frozenset(normalise_keyword(w) for w in ("দিন", "দিনে", "নিলে"))


def _real(forms) -> frozenset[str]:
    """Forms that can be written: no two vowel signs in a row, not another word's spelling."""
    return frozenset(f for f in forms if f not in _HOMOGRAPHS
                     and not _VOWEL_SIGN.search(f.replace("\u09c7\u09be", "\u09cb").replace("\u09c7\u09d7", "\u09cc")))


def _long_a_at(stem: str) -> int:
    """Where a romanised stem's "a" may also be written long, "aa", as chats write the vowel আ: its
    first "a" after the first letter, when a consonant stands before it (mar, kat, baki: 1); -1
    when there is none, or the stem already writes one long."""
    i = stem.find("a", 1)
    return i if i > 0 and "aa" not in stem and stem[i - 1] not in "aeiou" else -1


def _long_a(stem: str) -> str | None:
    """A romanised stem with its "a" written long (:func:`_long_a_at`: mar: maar, kat: kaat, baki:
    baaki); None when it has none."""
    i = _long_a_at(stem)
    return stem[:i] + "a" + stem[i:] if i > 0 else None


def explicit_forms(word: str, negated: bool = False, east: bool = True, long: bool = False) -> frozenset[str]:
    """The forms of one folded word, written out, for the words whose stems are too short or
    too common to be looked for alone (দি/দে, কর, বল, মা; dibe, bolba): the forms themselves are
    then what the prefilter looks for. A verb keeps its tense (other persons, standard and
    colloquial: দিবে, দিবি, দিমু, দেবেন); a short noun takes its case endings (মা: মাকে, মায়েরে).
    Empty for a word that keeps its spelling (digits, symbols, one or two Latin letters,
    particles). ``east``: with the eastern forms of :mod:`.dialect` (কইবি for বলবি)."""
    if _BN_LETTER.search(word):
        if not all(_BN_LETTER.match(c) for c in word):
            return frozenset()
        for forms in _GIVE_TAKE_STEMS:
            for f in forms:
                if word.startswith(f) and word[len(f):] in _BN_VERB_SET | {""}:
                    endings = _tense_of(word[len(f):], _BN_TENSES, normalise_keyword, negated) or [""]
                    return _real(g + e for g in forms if g in _GIVE_TAKE_WRITTEN for e in endings) | {word}
        if _letters(word) < 2:
            if unicodedata.category(word[-1]) == "Lo" or word in _BN_PARTICLES:
                return frozenset()  # one letter alone (ন, ও): a particle
            return frozenset(word + e for e in _BN_SHORT_NOUN) | {word}
        stem, kind = bn_stem(word)
        stems = {stem} | {b for a, b in _GIVE_TAKE if stem == a} | colloquial_stems(word)
        stems |= _h_dropped(stems)
        if kind == "verb":
            endings = _tense_of(word[len(stem):], _BN_TENSES, normalise_keyword, negated) or [word[len(stem):]]
        else:
            endings = BN_NOUN
        pairs = {(s, e) for s in stems for e in endings}
        verb = pairs if kind == "verb" else set()
        for vs in _bn_verb_stem(word) - {stem}:  # আটকে read as a verb too: আটক-ে, আটকাইয়া, আটকায়ে
            verb = {(vs, e) for e in _tense_of(word[len(vs):], _BN_TENSES, normalise_keyword, negated)}
        regional: set[str] = set()
        if east:
            regional = {o + e for o in dialect.bn_other_stems(stem) for e in list(endings) + [""]}  # কাজ: কাম
            if stem == dialect.BN_SAY and kind == "verb":  # বলবি: কইবি, কবি
                regional |= dialect.bn_say_forms(endings, rare=False)
        return _real({s + e for s, e in pairs | verb | _bn_colloquial(verb)} | regional) | {word}
    if not _LATN_WORD.fullmatch(word) or len(word) < 4:
        return frozenset()
    stem, kind = latn_stem(word)
    if kind != "verb" or (len(stem) < 3 and stem not in _LATN_GIVE_TAKE):
        return frozenset()  # a noun's endings are few and its stem long enough; "case" is no verb
    endings = _latn_ending_spellings(_tense_of(word[len(stem):], _LATN_TENSES, str, negated) or [word[len(stem):]])
    if stem in _LATN_GIVE_TAKE:
        endings = [e for e in endings if len(e) >= 2 and e != "ar"]  # not "dear", "nei", "dey"
        return frozenset(s + e for s in (stem, _LATN_GIVE_TAKE[stem]) for e in endings) | {word}
    regional = dialect.latn_say_forms(endings) if east and stem == dialect.LATN_SAY else frozenset()  # bolbi: koibi
    if east:
        regional |= dialect.latn_colloquial_participles(word)  # tule: tuila
    stems = [stem]
    if long and _long_a(stem):  # maarse, kaatse: the long "a" written as said
        stems.append(_long_a(stem))
    return frozenset(s + e for s in stems for e in endings) | regional | {word}


def _latn_ending_spellings(endings: list[str]) -> list[str]:
    """Romanised endings with their other spellings: s as sh (bolis: bolish; dise: dishe), ch
    as chh or c (korche: korchhe, korce)."""
    out = list(endings)
    for e in endings:
        if "s" in e and "sh" not in e:
            out.append(e.replace("s", "sh"))
        if "ch" in e and "chh" not in e:
            out += [e.replace("ch", "chh"), e.replace("ch", "c")]
    # a final "e" of the perfect or the continuous also written "ey" (korsey, nisey, korchey)
    out += [e + "y" for e in out if e.endswith(("se", "che", "she"))]
    return list(dict.fromkeys(out))


#: The most literals one keyword's written-out forms may need
_EXPLICIT_LITERALS = 512


class Form(NamedTuple):
    """A keyword's forms: the regex, the literals every match holds, and how many literals the
    prefilter may be given for it (written-out forms are whole words, so they may be many)."""

    regex: str
    literals: frozenset[str]
    written_out: bool = False
    #: the literals are a word's informal forms (:func:`_informal_form`): looked for even where
    #: one is also an everyday romanised word ("nite")
    informal: bool = False


def _explicit_form(words: list[str], parts: list[str]) -> Form | None:
    """A keyword's forms when none of its words has literals the prefilter can use: one word's
    forms written out, alone or with a neighbour kept as written ("bolben na", "দিবো না"), are
    the literals; a Bengali negation after a verb may also stand before it, as in Chittagonian."""
    return (_explicit_form_of(words, parts, True, True) or _explicit_form_of(words, parts, True)
            or _explicit_form_of(words, parts, False))


def _explicit_form_of(words: list[str], parts: list[str], east: bool, long: bool = False) -> Form | None:
    """:func:`_explicit_form`, with the eastern forms of :mod:`.dialect` or without them (when they
    would need more literals than the prefilter takes)."""
    from .literals import MOST

    # with them, no more literals than the prefilter reads as a test (more, and the rule's group
    # would be woken on every text); without them, as many as before
    most = min(MOST, _EXPLICIT_LITERALS) if east else _EXPLICIT_LITERALS
    for i, w in enumerate(words):
        forms = explicit_forms(w, east=east, long=long)
        if not forms:
            continue
        alone = frozenset(f for f in forms if len(f) >= 3 and f not in _COMMON and f not in _COMMON_PREFIXES)
        for j in (i + 1, i - 1):
            if not 0 <= j < len(words) or word_regex(words[j]) is not None or explicit_forms(words[j]):
                continue
            if j > i and words[j] in _NEGATIONS:
                forms = explicit_forms(w, negated=True, east=east, long=long)
            alt = _trie_alternation(sorted(forms))
            lits = frozenset(f"{f} {words[j]}" if j > i else f"{words[j]} {f}" for f in forms)
            own = f"(?:{alt}) {re.escape(words[j])}" if j > i else f"{re.escape(words[j])} (?:{alt})"
            if j > i and words[j] == "na":  # also written on: bolbina, deyna, korinai
                lits |= {f + x for f in forms for x in ("na", "ni")}
                own = f"(?:{alt})(?: na| nay|na|ni)" if east else f"(?:{alt})(?: na|na|ni)"  # Sylheti "nay"
            if j > i and words[j] == "না":
                # also written on (দেয়না, দেয়নি: did not) and before the verb, as in Chittagonian
                lits |= {f"{_BN_NEG_BEFORE} {f}" for f in forms} | {f + x for f in forms for x in _BN_NEG_ON}
                if east:
                    # and after it as Noakhali and Sylhet write it (দেয় ন, লাগত নায়): "f ন" begins
                    # all three, "fন" both written on (দেয়না, দেয়নি)
                    lits = ({f"{f} {_BN_NEG_BEFORE}" for f in forms} | {f"{_BN_NEG_BEFORE} {f}" for f in forms}
                            | {f + _BN_NEG_BEFORE for f in forms})
                after = "".join(f"| {x}" for x in dialect.BN_NEG_AFTER_EAST) if east else ""
                own = f"(?:(?:{alt})(?: না{after}|{'|'.join(_BN_NEG_ON)})|{_BN_NEG_BEFORE} (?:{alt}))"
            if _usable(lits) and len(lits) <= most:
                lo, hi = min(i, j), max(i, j)
                rx = r"(?<!\w)" + "[ -]".join(parts[:lo] + [own] + parts[hi + 1:]) + r"(?!\w)"
                return Form(rx, lits, written_out=True)
        if len(words) == 1 and _usable(alone) and len(alone) <= most:
            rx = r"(?<!\w)(?:" + _trie_alternation(sorted(alone)) + r")(?!\w)"
            return Form(rx, alone, written_out=True)
    return None


#: A keyword's last word of negation and what it may also be: "dey na" (does not give) is also
#: said "dey nai" (did not), "দেয় না" also "দেয় নাই" and "দেয়নি"; a complaint in either tense
_NEGATED_ENDS = {"na": "(?:[ -]?na(?:i)?|[ -]?ni|[ -]nay)", normalise_keyword("না"): "(?:[ -]" + normalise_keyword("না") + "(?:"
                 + normalise_keyword("ই") + ")?|" + normalise_keyword("নি") + "".join(
                     "|[ -]" + x for x in dialect.BN_NEG_AFTER_EAST) + ")"}


#: The endings of an order to "you" (bolba na, bolbi na, bolis na; বলবা না, বলিস না): its negation
#: takes no past ("kichu bolen nai", he said nothing, is a report, not "kichu bolba na")
_ORDER_ENDINGS = frozenset(["ba", "bi", "ben", "bis", "o", "io", "is"] + [normalise_keyword(e) for e in (
    "বা", "বি", "বেন", "িস", "ো", "ও")])
_NEGATED_ORDER = {"na": "(?:[ -]?na|[ -]nay)", normalise_keyword("না"): "(?:[ -]" + normalise_keyword("না") + "|"
                  + normalise_keyword("না") + "".join("|[ -]" + x for x in dialect.BN_NEG_AFTER_EAST) + ")"}


def _is_order(word: str) -> bool:
    """Whether a keyword's verb is an order to "you" (bolba, বলবি), not a report (dey, দিবে)."""
    if _BN_LETTER.search(word):
        stem, kind = bn_stem(word)
    elif _LATN_WORD.fullmatch(word) and word not in _LATN_GIVES:
        stem, kind = latn_stem(word)
    else:
        return False
    ending = word[len(stem):]
    if stem in (dialect.BN_SAY, dialect.LATN_SAY) and ending in ("be", normalise_keyword("বে")):
        return kind == "verb"  # "kauke bolbe na" (you will tell no one) is an order too
    return kind == "verb" and ending in _ORDER_ENDINGS


def _negated_join(words: list[str], parts: list[str]) -> str:
    """The parts of a keyword joined by a space or a hyphen, its last negation (na, না) taking its
    past forms too (nai; নাই, নি written on), unless the verb is an order to "you"."""
    if len(words) >= 2 and words[-1] in _NEGATED_ENDS and _is_order(words[-2]):
        return "[ -]".join(parts[:-1]) + _NEGATED_ORDER[words[-1]]
    if len(words) >= 2 and words[-1] in _NEGATED_ENDS:
        if words[-1] != "na" and len(words) >= 3:
            # Chittagonian and Sylheti say it before the verb (যাইতে ন দিবো): the choice after the
            # keyword's first words, not at its start, which would slow every search for it
            verb = parts[-2]
            return ("[ -]".join(parts[:-2]) + "[ -](?:" + verb + _NEGATED_ENDS[words[-1]] + "|"
                    + _BN_NEG_BEFORE + " " + verb + ")")
        return "[ -]".join(parts[:-1]) + _NEGATED_ENDS[words[-1]]
    return "[ -]".join(parts)


def _informal_pairs(words: list[str]) -> list[str]:
    """A keyword's words, two that chats also write as one ("do not": "dont", "going to": "gonna")
    taken together as one word (:data:`.english.INFORMAL_PHRASES`)."""
    out: list[str] = []
    for w in words:
        if out and f"{out[-1]} {w}" in INFORMAL_PHRASES:
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out


def _joined_endings(words: list[str], parts: list[str]) -> list[str]:
    """The parts of a keyword whose romanised noun ending is written as a word of its own ("mas
    er beton") with the space before that ending made optional, so that "maser beton" matches
    too (the other way, "maser" taking "mas er", is in :func:`word_regex`)."""
    out = list(parts)
    for k in range(1, len(words)):
        prev = words[k - 1]
        if (words[k] in dialect.LATN_DETACHED and k < len(words) - 1 and _LATN_WORD.fullmatch(prev)
                and not (k == len(words) - 2 and words[-1] in _NEGATED_ENDS)
                and len(prev) >= 3 and prev not in _LATN_AS_WRITTEN):
            out[k] = "?" + out[k]  # joined by "[ -]": "[ -]?er"
    return out


@lru_cache(maxsize=None)
def keyword_form(keyword: str) -> Form | None:
    """A regex (for the normalised text, word-bounded) for every form of a folded keyword, with
    literals every match holds (those of its most selective word), or None when it has no other
    forms (a prefix keyword, digits, short words only). When no word has literals the prefilter
    can use, one word's forms are written out instead (:func:`_explicit_form`)."""
    if keyword.endswith("*"):
        return None
    parts = []
    best: frozenset[str] = frozenset()
    best_rank = (False, False, 0)
    changed = False
    words = _informal_pairs(keyword.split(" "))
    for w in words:
        found = word_regex(w)
        if found is None:
            parts.append(re.escape(w))
            lits = frozenset([w])
        else:
            parts.append(found[0])
            lits = found[1]
            changed = True
        rank = (_usable(lits), w not in _COMMON and not (lits & _COMMON), min(map(len, lits)) if lits else 0)
        if lits and (not best or rank > best_rank):
            best, best_rank = lits, rank
    if not changed or not best:
        return _explicit_form(words, parts)
    found = Form(r"(?<!\w)" + _negated_join(words, _joined_endings(words, parts)) + r"(?!\w)", best)
    # (literals the prefilter cannot use: the written-out forms, else these, which
    # morph_regexes leaves to the exact keyword)
    return found if _usable(best) else (_explicit_form(words, parts) or _informal_form(words, parts)
                                        or _informal_written(words) or found)


def _standard_forms(word: str) -> set[str]:
    """A standard word's informal forms; a two-word phrase's also each of its words in theirs
    ("you are": "u r", "ur", and "u are", "you r")."""
    forms = set(informal_forms(word))
    if " " in word:
        a, b = word.split(" ")
        forms |= {f"{x} {y}" for x in informal_forms(a) | {a} for y in informal_forms(b) | {b}}
    return forms


#: The most phrases one keyword's informal forms are written out in (:func:`_informal_written`)
_INFORMAL_WRITTEN = 64


def _informal_written(words: list[str]) -> Form | None:
    """A keyword of everyday English words only ("your family", "if you tell", "send you back",
    "say you are fine"), whose forms the prefilter cannot look for, and whose text-speak forms are
    one or two letters ("ur family", "if u tell", "send u back", "say u r fine"): the keyword written
    out with its standard words (:data:`.english.STANDARD`) in each of their informal forms, the
    other words as written, each whole phrase a literal. Before this, such a keyword matched only as
    written: 108 keywords of the built-in packs (issue 15, round 15 G), "ur family" no form of "your
    family" while "tell ur family" was one of "tell your family"."""
    choices = [sorted(_standard_forms(w)) if w in STANDARD else [w] for w in words]
    if all(len(c) == 1 for c in choices):
        return None
    phrases = {""}
    for c in choices:
        phrases = {f"{p} {w}".strip() for p in phrases for w in c}
        if len(phrases) > _INFORMAL_WRITTEN:
            return None
    phrases.discard(" ".join(words))  # as written: the exact keyword's
    lits = frozenset(p for p in phrases if _usable(frozenset([p])))
    if not lits:
        return None
    return Form(r"(?<!\w)(?:" + _trie_alternation(sorted(lits)) + r")(?!\w)", lits, written_out=True)


def _informal_form(words: list[str], parts: list[str]) -> Form | None:
    """A keyword of everyday words only ("at night", "please help"), whose forms the prefilter
    cannot look for: its one word's informal forms alone ("at nite", "pls help"; the keyword as
    written is the exact keyword's), when each is three letters or more. "nite" is also romanised
    "to take" (dite nite), an everyday word: it wakes the regex, which still wants "at" before it."""
    for i, w in enumerate(words):
        others = informal_forms(w) - {w}
        if others and min(map(len, others)) >= 3:
            alt = "(?:" + "|".join(re.escape(x).replace("\\ ", "[ -]")
                                    for x in sorted(others, key=lambda x: (-len(x), x))) + ")"
            return Form(r"(?<!\w)" + "[ -]".join(parts[:i] + [alt] + parts[i + 1:]) + r"(?!\w)", frozenset(others),
                        informal=True)
    return None


def keyword_regex(keyword: str) -> str | None:
    """The regex of :func:`keyword_form`, alone."""
    found = keyword_form(keyword)
    return found[0] if found else None


def search_terms(word: str, most: int = 32) -> list[str]:
    """What ``search`` asks the full-text index for, for one word of a query: prefixes (each to be
    written ``term*``) that every form :func:`word_regex` allows begins with: the Bengali stem, or
    each spelling of the romanised stem; none when the word has no other forms."""
    from .literals import required_literals

    folded = normalise_keyword(word)
    if _BN_LETTER.search(folded):
        if not all(_BN_LETTER.match(c) for c in folded) or _letters(folded) < 2:
            return []
        stem, kind = bn_stem(folded)
        east = set(dialect.bn_other_stems(stem))  # কাজ: কাম; বলবি: কইবি, কবি (never কই alone: "where")
        if stem == dialect.BN_SAY and kind == "verb":
            east |= dialect.bn_say_forms([folded[len(stem):]], rare=False)
        return sorted({stem} | {b for a, b in _GIVE_TAKE if stem == a} | east)
    if not _LATN_WORD.fullmatch(folded) or len(folded) < 3:
        return []
    english = english_forms(folded)
    if english is not None:
        return sorted(english)
    stem, kind = latn_stem(folded)
    if len(stem) < 3:
        return []  # "kache" -> "k": every word in k... would be found; the word as written only
    east = set(dialect.latn_other_stems(folded) or dialect.latn_other_stems(stem))  # shunle: hun
    east |= dialect.latn_colloquial_participles(folded)  # mere: maira
    if stem == dialect.LATN_SAY and kind == "verb":
        east |= dialect.latn_say_forms([folded[len(stem):]])  # bolbi: koibi, kobi
    east |= english_number(folded)  # salary: salaries, as the rules match it
    spellings = required_literals(latn_spelling(stem), most=most)
    if not spellings or any(len(x) < len(stem) - 2 for x in spellings):
        return sorted({stem} | east)
    return sorted(set(spellings) | east)


_FTS_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def fts_query(query: str) -> str:
    """A full-text (FTS5) query in which each bare word also finds its other forms: ``বলবেন``
    becomes ``(বলবেন OR বল*)``, ``beton`` ``(beton OR baton* OR betan* ...)``. Phrases in quotes,
    operators, prefixes (``pass*``) and column filters are kept as written."""
    tokens = _FTS_TOKEN.findall(query)
    if "NEAR" in tokens:
        return query  # NEAR(...) takes phrases only: the query is passed as written
    out = []
    for tok in tokens:
        if (tok.startswith('"') or tok in "()" or tok in _FTS_OPERATORS or tok.endswith("*")
                or ":" in tok or not _BARE_WORD.fullmatch(tok)):
            out.append(tok)
            continue
        out.append(word_query(tok))
    return " ".join(_explicit_and(out))


_BARE_WORD = re.compile(r"[\w\u0980-\u09ff]+")


def word_query(word: str) -> str:
    """The FTS5 query for one word of a search: the word as written (quoted), or one of its other
    forms when it is a bare word that has some (``("beton" OR "baton"* OR ...)``), or an English
    word that chats write otherwise, those ways whole (``("your" OR "ur" OR "yr" ...)``, not
    ``"ur"*``, which would find "urgent"; :func:`.english.informal_forms`, as the rules use them)."""
    quoted = '"' + word.replace('"', '""') + '"'
    forms = [f'"{t}"*' for t in search_terms(word) if t and '"' not in t] if _BARE_WORD.fullmatch(word) else []
    folded = normalise_keyword(word)
    forms += ['"' + t.replace('"', '""') + '"' for t in sorted(informal_forms(folded) - {folded})]
    return f"({quoted} OR {' OR '.join(forms)})" if forms else quoted


def _explicit_and(tokens: list[str]) -> list[str]:
    """``tokens`` with AND written between two operands side by side: FTS5 reads ``a b`` as both,
    but refuses ``(a OR b) c`` (its implicit AND joins plain terms only)."""
    out: list[str] = []
    for tok in tokens:
        if (out and out[-1] not in _FTS_OPERATORS and out[-1] not in ("(", "+")
                and tok not in _FTS_OPERATORS and tok not in (")", "+")):
            out.append("AND")
        out.append(tok)
    return out


#: The most literals one combined regex of a group's keyword forms may need (the prefilter looks
#: for each of them: see :mod:`.literals`)
_CHUNK_LITERALS = 96


@lru_cache(maxsize=4096)
def morph_regexes(keywords: tuple[str, ...]) -> tuple[str, ...]:
    """The regexes that match a pattern group's keywords in their other forms, as few as can be:
    the keywords' forms joined, a chunk at a time, each chunk needing few enough literals that
    the prefilter can still set aside the texts that hold none of them. A keyword whose forms
    need no literal the prefilter can use is left to its exact form."""
    from .literals import KNOWN, prefix_cover

    chunks: list[str] = []
    current: list[str] = []
    literals: set[str] = set()  # the chunk's: those of its alternatives, together

    def close() -> None:
        pattern = "|".join(current)
        KNOWN[pattern] = prefix_cover(frozenset(literals), _usable)  # read back by the guards and the prefilter
        chunks.append(pattern)

    for kw in keywords:
        if kw.endswith("*") or kw.startswith("="):
            continue  # a prefix already, or to be matched only as written
        found = keyword_form(normalise_keyword(kw))
        if found is None:
            continue
        rx, own, written_out, informal = found
        if not (_usable(own) or informal) or len(own) > (_EXPLICIT_LITERALS if written_out else _CHUNK_LITERALS):
            continue  # it would wake the rule on nearly every text: the exact keyword alone
        if current and len(literals | own) > _CHUNK_LITERALS:
            close()
            current, literals = [], set()
        current.append(rx)
        literals |= own
    if current:
        close()
    return tuple(chunks)
