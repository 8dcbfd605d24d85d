"""Entity extraction: every candidate is validated (checksum, numbering plan) before it counts.

Runs on the normalised copy (so Bengali digits, full-width digits and invisible characters do not
hide a number) and reports spans in the original text. Values are normalised: phones in E.164,
e-mail and domains lower-case, crypto addresses as written (they are case-sensitive).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import phonenumbers

from ..addresses import e164
from .checksums import base58check_decode, eip55_valid, iban_valid, segwit_decode
from .literals import Guarded
from .normalise import Normalised, normalise

#: Destination countries whose numbers are often written without "+" (Gulf, Malaysia, Singapore).
FOREIGN_PREFIXES = ("966", "971", "974", "965", "968", "973", "60", "65")

ENTITY_TYPES = ("phone", "email", "url", "domain", "whatsapp", "telegram", "instagram", "x", "tiktok", "handle", "btc_address",
                "eth_address", "tron_address", "iban", "mfs_account", "mfs_transaction",
                "bd_passport", "bd_nid")


@dataclass(frozen=True)
class Entity:
    type: str
    value: str  # normalised
    start: int  # span in the original text
    end: int
    obfuscated: bool = False  # written to defeat scrapers (number words, letters for digits)
    ocr_confidence: int | None = None  # read by OCR: the lowest confidence (0-100) of its words


def with_ocr_confidence(entities, words) -> tuple:
    """``entities`` found in an OCR text, each with the lowest confidence of the OCR words its span
    touches (``words``: ``(start, end, confidence)`` in the same text, as
    ``TextArtifact.word_confidences``). A number the engine half-read out of noise is only as
    sure as its least sure piece."""
    from dataclasses import replace

    out = []
    for e in entities:
        touched = [conf for s, end, conf in words if s < e.end and e.start < end]
        out.append(replace(e, ocr_confidence=min(touched)) if touched else e)
    return tuple(out)


_NUMBER_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
    "shunno": "0", "sunno": "0", "shunyo": "0", "ek": "1", "dui": "2", "tin": "3", "char": "4",
    "pach": "5", "panch": "5", "choy": "6", "soy": "6", "sat": "7", "shat": "7", "at": "8", "aat": "8",
    "noy": "9", "noi": "9",
    "শূন্য": "0", "শুন্য": "0", "এক": "1", "দুই": "2", "তিন": "3", "চার": "4", "পাঁচ": "5", "পাচ": "5",
    "ছয়": "6", "ছয়": "6", "সাত": "7", "আট": "8", "নয়": "9", "নয়": "9",
}


def _trie_alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie ("s(?:even|hat|ix)|..."): the same language and,
    since branches begin with different characters and a shorter word comes after the words it
    begins, the same choice as listing the words longest first; but the engine rejects most
    positions on one character instead of trying every word."""
    if not words:
        return ""
    branches = []
    for first in sorted({w[0] for w in words if w}):
        rest = [w[1:] for w in words if w and w[0] == first]
        longer = _trie_alternation([r for r in rest if r])
        if longer and "" in rest:
            branches.append(f"{re.escape(first)}(?:{longer})?")
        elif longer:
            branches.append(f"{re.escape(first)}(?:{longer})")
        else:
            branches.append(re.escape(first))
    return "|".join(branches)


_WORD_ALT = _trie_alternation(sorted({normalise(w).text for w in _NUMBER_WORDS}))
# a run of digits, number words and look-alike letters, 9+ digits long once read
#: What may stand between the pieces of a spelled number ("zero one - seven one"); the
#: prefilter's kernel (kernels.scan) takes the same characters as separators
SPELLED_SEPARATORS = " .,/-"
_SEP = re.escape(SPELLED_SEPARATORS)
_OBFUSCATED = re.compile(rf"(?:(?:{_WORD_ALT}|[0-9]|(?<=[0-9])[oil](?=[0-9oil])|(?<=[0-9])[oil]\b)[{_SEP}]*){{9,}}")
_TOKEN = re.compile(rf"{_WORD_ALT}|[0-9]|[oil]")
_NOT_A_DIGIT = re.compile(rf"[^0-9{_SEP}]")
_PIECE = re.compile(rf"[^{_SEP}]+")
_FOLDED_WORDS = {normalise(w).text: d for w, d in _NUMBER_WORDS.items()}
_DATE_OR_TIME = re.compile(r"\d[/:]\d")
#: A date written day-month-year or year-month-day with one separator: libphonenumber reads
#: "05-12-2026" as a Bangladeshi fixed line (+8805122026).
_DATE_SHAPE = re.compile(r"(?:\d{1,2}([-./ ])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([-./])\d{1,2}\2\d{1,2})")
_WORD_TOKEN = re.compile(rf"(?<![^\W\d_])(?:{_WORD_ALT})(?![^\W\d_])")
#: a number word standing alone between spaces ("1 at 18"): a spelled digit only beside others
_SPACED_WORD = re.compile(rf"(?:^|\s)(?:{_WORD_ALT})(?:\s|$)")

_EMAIL = Guarded(re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII))
_URL = Guarded(re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()]+", re.ASCII))
_WA = Guarded(re.compile(r"\b(?:https?://)?(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?(\d{8,15})", re.ASCII))
_TG = Guarded(re.compile(
    r"\b(?:https?://)?(?:www\.)?(t\.me|telegram\.me|instagram\.com|x\.com|twitter\.com|tiktok\.com)/@?([A-Za-z0-9_.]{3,32}[A-Za-z0-9_])"
    r"|(?<![\w@.])@([A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])(?![\w@])", re.ASCII))
#: The platform of a link's host, and the words near an @handle that name one (within
#: :data:`HANDLE_CONTEXT` characters): a handle whose platform no word names is typed ``handle``.
_HANDLE_HOSTS = {"t.me": "telegram", "telegram.me": "telegram", "instagram.com": "instagram", "x.com": "x",
                 "twitter.com": "x", "tiktok.com": "tiktok"}
_HANDLE_WORDS = re.compile(r"(telegram|টেলিগ্রাম|\btg\b|\btele\b)|(instagram|\binsta\b|\big\b|\breels?\b|ইনস্টাগ্রাম|ইনস্টা)"
                           r"|(twitter|\bx\.com\b)|(tiktok|টিকটক)")
HANDLE_CONTEXT = 60
#: Where no word names the platform, the idiom may: "follow @x", "my page @x" is how an Instagram
#: account is given (eval/dev's writers typed all 11 such handles, in 10 writers' sets, Instagram's,
#: none otherwise); never beside a word naming another place a page or a follower lives (Facebook,
#: YouTube), where the handle stays ``handle``
_HANDLE_IDIOMS = re.compile(r"\bfollow|\bfolo\b|\bpages?\b|\bpej\b|"
                            + "|".join(normalise(w).text for w in ("ফলো", "পেজ", "পেইজ")))
_HANDLE_ELSEWHERE = re.compile(r"facebook|\bfb\b|youtube|"
                               + "|".join(normalise(w).text for w in ("ফেসবুক", "ইউটিউব")))
#: ... and "join @x", "our channel @x", "the group @x" is how a Telegram channel or group is given
#: (Instagram has no channel one joins by its name), never beside a word naming another place a
#: group lives (Facebook, YouTube, WhatsApp, IMO); nor where the idioms of both are near
_TELEGRAM_IDIOMS = re.compile(r"\bjoin|\bchannels?\b|\bchanel\b|\bgroups?\b|\bgrup\b|"
                              + "|".join(normalise(w).text for w in ("জয়েন", "চ্যানেল", "গ্রুপ")))
_GROUP_ELSEWHERE = re.compile(r"whats\s?app|\bwa\b|\bimo\b|messenger|"
                              + "|".join(normalise(w).text for w in ("হোয়াটসঅ্যাপ", "ইমো", "মেসেঞ্জার")))
#: a Telegram bot's username must end in "bot" (Telegram's Bot API: "it must end in `bot`"); a
#: handle ending "_bot" with no platform near is taken for one ("@abbot" is a name, not a bot)
_BOT_NAME = re.compile(r"_bot$")


def _platform_named_near(t: str, start: int, end: int) -> str | None:
    """The platform named nearest to the @handle at ``t[start:end]``, within
    :data:`HANDLE_CONTEXT` characters either side ("our Telegram group: @x", "@x on insta")."""
    # the window reaches back to the start of a word it cuts ("Telegram e ekta group ..., @x": the
    # word ends within reach, and is read whole)
    lo = max(0, start - HANDLE_CONTEXT)
    while lo > 0 and not t[lo - 1].isspace() and lo > start - HANDLE_CONTEXT - 12:
        lo -= 1
    around = t[lo:end + HANDLE_CONTEXT]
    if not around.isascii():
        around = normalise(around).text  # folding may move offsets a little: nearness stays close enough
    at, span = start - lo, end - start
    best = None
    for named in _HANDLE_WORDS.finditer(around):
        far = at - named.end() if named.end() <= at else named.start() - (at + span)
        if best is None or abs(far) < best[0]:
            best = (abs(far), ("telegram", "instagram", "x", "tiktok")[named.lastindex - 1])
    if best is not None:
        return best[1]
    if _HANDLE_ELSEWHERE.search(around):
        return None
    instagram = _HANDLE_IDIOMS.search(around) is not None
    telegram = _TELEGRAM_IDIOMS.search(around) is not None and not _GROUP_ELSEWHERE.search(around)
    if instagram != telegram:
        return "instagram" if instagram else "telegram"
    if not instagram and _BOT_NAME.search(t[start:end]):
        return "telegram"
    return None


# a handle written without its "@" where the platform is named with it: "glam_parlour_amman on
# insta", "insta: rupa.official", "telegram id - job_bd24"; only a name no word could be (it holds a
# "_", a "." or a digit), so that "me on insta" or "insta: follow" give nothing
_HANDLE_NAME = r"(?=[a-z]*[_.0-9])[a-z][a-z0-9_.]{2,29}[a-z0-9_]"
_NAMED_HANDLE = Guarded(re.compile(
    rf"(?<![\w@./:-])({_HANDLE_NAME})\s(?:on|in|at|e|te)\s(?:(telegram|tg)|(instagram|insta|ig))\b"
    rf"|\b(?:(telegram|tg)|(instagram|insta|ig))(?:\s(?:id|handle|page|channel|account|username))?\s?[:-]\s?({_HANDLE_NAME})(?![\w@/-]|\.[a-z0-9])",
    re.ASCII))


def _named_handle(m) -> tuple[str, int]:
    """(type, the group of the handle) of a :data:`_NAMED_HANDLE` match: the handle before its
    platform (group 1, the platform's groups 2 and 3) or after it (group 6, groups 4 and 5)."""
    if m.group(1):
        return ("telegram" if m.group(2) else "instagram"), 1
    return ("telegram" if m.group(4) else "instagram"), 6


_BTC_B58 = re.compile(r"(?<![0-9A-Za-z])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![0-9A-Za-z])")
_BTC_BECH = Guarded(re.compile(r"(?<![0-9a-z])bc1[ac-hj-np-z02-9]{8,87}(?![0-9a-z])"))
_TRON = re.compile(r"(?<![0-9A-Za-z])T[1-9A-HJ-NP-Za-km-z]{33}(?![0-9A-Za-z])")
# after its label ("TrxID 8N7A6D5EHK"), or after a bare "trx"/"txn" ("trx NT2E9CZ4LW") when the id
# holds a digit (a bare "trx" may be followed by a word: "trx complete")
# The label as the apps print it in Bengali too: bKash's "ট্রানজেকশন আইডি", Nagad's "লেনদেন নম্বর"
# ("transaction number"), and "transaction no" or "lenden id" as people copy them
_MFS_TXN_LABEL = ("(?:trx\\s?ids?|txn\\s?ids?|transaction\\s?(?:ids?|no\\b\\.?|number)|trx\\s?no\\b\\.?|txn\\s?no\\b\\.?|"
                  "lenden\\s?(?:id|no\\b\\.?|nombor|number|nambar)|"
                  + "|".join(normalise(w).text for w in ("ট্রানজেকশন আইডি", "ট্রানজ্যাকশন আইডি", "লেনদেন নম্বর", "লেনদেন নাম্বার",
                                                        "লেনদেন আইডি")) + ")")
_MFS_TXN = Guarded(re.compile(r"\b(?:" + _MFS_TXN_LABEL + r"\s*[:#-]?\s*([a-z0-9]{8,12})"
                              r"|(?:trx|txn)\s*[:#-]?\s*((?=[a-z]*[0-9])[a-z0-9]{8,12}))\b"))
# more ids listed after the first, each holding a digit and a letter or ten digits as the first did;
# never a Bangladeshi mobile's eleven digits (the account paid, not the payment)
_BD_MOBILE_DIGITS = re.compile(r"(?:88)?01[3-9][0-9]{8}")
_TXN_NEXT = re.compile(r"\s?(?:,|&|/|;|\band\b)\s?\b(?!" + _BD_MOBILE_DIGITS.pattern + r"\b)((?=[a-z]*[0-9])[a-z0-9]{8,12})\b")
_MFS_CONTEXT = Guarded(re.compile(r"(?:bkash|bikash|বিকাশ|nagad|নগদ|rocket|রকেট|upay)"))
# MRP numbers (two letters, seven digits) and e-passports (one letter, eight digits: from 2020),
# up to 160 characters after the word on its line (a sentence or two: "পাসপোর্ট আর রেসিডেন্স কার্ড
# মালিকের আলমারিতে তালা মারা ... আমারটা A03318472"), or up to 20 before it ("A01234567 passport ta
# boss er kache"): the shape is rare enough in a message about a passport. The word as people write it:
# passport, pasport, pass port, paspot, "ppt", "pp no", and the Bengali spellings
_PASSPORT_WORD = ("(?:pas{1,2} ?po?r?t|\\bppt\\b|\\bpp no\\b|\\bppno\\b|"
                  + "|".join(normalise(w).text for w in ("পাসপোর্ট", "পাসপোট", "পাছপোর্ট")) + ")")
_PASSPORT_NUMBER = r"([a-z]{1,2}[0-9]{7}|[a-z][0-9]{8})"
_PASSPORT = Guarded(re.compile(_PASSPORT_WORD + r"[^\n]{0,160}?\b" + _PASSPORT_NUMBER + r"\b|\b"
                               + _PASSPORT_NUMBER + r"\b[^\n]{0,20}?" + _PASSPORT_WORD))
# more numbers listed after the first ("Passport nos. BW4418207 and BW4418236", "A0123..., A0456...")
_LIST_SEPARATOR = r"\s?(?:,|&|/|;|\band\b|\bo\b|\bar\b|" + normalise("ও").text + "|" + normalise("আর").text + r")\s?"
_PASSPORT_NEXT = re.compile(_LIST_SEPARATOR + r"\b" + _PASSPORT_NUMBER + r"\b")
# more numbers listed before one found just before the word ("Ref: BW0827341, BX1190456. Passports ...")
_PASSPORT_BEFORE = re.compile(r"\b" + _PASSPORT_NUMBER + r"\b" + _LIST_SEPARATOR + "$")
# one number of that shape on its own
_PASSPORT_ALONE = re.compile(r"\b" + _PASSPORT_NUMBER + r"\b")
# the labels folded as the text is (a Bengali label written with "য়" as one code point would never
# meet the folded text); seventeen digits up to 80 characters after the label, thirteen or ten up
# to 30, or further when the word "number" says so on the way ("NID diye korbe, ei number ta ...",
# "NID number ta lagbe ... ei ta na? ...") or the writer's own is given ("... Mine is 7812049365",
# up to 160 on the line, as a passport's); never a phone's digits or a link's
_NID_LABEL = ("(?:\\bnid\\b|national id|" + "|".join(normalise(w).text for w in (
    "জাতীয় পরিচয়পত্র", "জাতীয় পরিচয় পত্র", "এনআইডি", "আইডি কার্ড", "ভোটার আইডি", "ন্যাশনাল আইডি")) +
    "|id card|voter id)")
_NID_LABEL_RX = re.compile(_NID_LABEL)
_NUMBER_WORD = "(?:number|nombor|nomber|nambar|" + "|".join(normalise(w).text for w in ("নম্বর", "নাম্বার", "নং")) + ")"
_NUMBER_WORD_RX = re.compile(_NUMBER_WORD)
#: the number a word before "number" makes another thing's ("phone number", "bKash er nombor")
_ANOTHER_THINGS_NUMBER = re.compile(
    "(?:phone|fon|mobile|mobail|cell|whats ?app|imo|account|acc|a/c|bkash|bikash|nagad|rocket|ticket|order|"
    "passport|visa|flight|room|house|bank|roll|reg|registration|serial|case|file|" + "|".join(normalise(w).text for w in (
        "ফোন", "মোবাইল", "একাউন্ট", "অ্যাকাউন্ট", "বিকাশ", "নগদ", "ব্যাংক", "পাসপোর্ট", "ভিসা")) + ")"
    "(?:\\s?(?:er|এর|র))?\\s?" + _NUMBER_WORD + "$")
_NID = Guarded(re.compile(_NID_LABEL + "(?:[^\\n]{0,80}?(?<![0-9])([0-9]{17})|[^\\n]{0,30}?(?<![0-9])([0-9]{13}|[0-9]{10})"
    "|[^\\n]{0,40}?" + _NUMBER_WORD + "[^\\n]{0,90}?(?<![0-9])([0-9]{13}|[0-9]{10})"
    # or the number given a sentence or two on, straight after the word ("NID er chobi ta pathao, form e
    # lagbe. Number ta 4619283570 na?"), when no other thing's number is named there (a phone's, an account's)
    "|[^\\n]{0,160}?" + _NUMBER_WORD + "(?:\\s?(?:ta|ti|holo|is|hocche|" + "|".join(normalise(w).text for w in (
        "টা", "হলো", "হইলো", "হচ্ছে")) + "))?[\\s:.-]{0,3}(?<![0-9])([0-9]{17}|[0-9]{13}|[0-9]{10})"
    # or the writer's own among the labelled cards, a sentence or two on ("NID cards ... Mine is ...")
    "|[^\\n]{0,160}?(?:\\bmine is|\\bmine's|\\bmine:|\\bamar ta\\b|\\bamarta\\b|" + "|".join(
        normalise(w).text for w in ("আমারটা", "আমার টা")) + ")[\\s:-]{0,3}(?<![0-9])([0-9]{17}|[0-9]{13}|[0-9]{10}))(?![0-9])"))
_ETH_ORIGINAL = Guarded(re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])"), folded=False)
_IBAN = Guarded(re.compile(r"\b(?:sa|ae|qa|kw|bh|om|jo|pk|gb|de|fr|it|es|nl|tr|lb|eg|ch|be|ie|pl|gr|pt|ro)\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?\b"))
#: The extractors that are run only where one of their literals is: bit ``1 << i`` of
#: :attr:`Hints.marks` says that a literal of ``GUARDED[i]`` is in the text.
GUARDED = (_EMAIL, _URL, _WA, _TG, _BTC_BECH, _ETH_ORIGINAL, _MFS_TXN, _MFS_CONTEXT, _PASSPORT, _NID, _IBAN, _NAMED_HANDLE)
(EMAIL, URL, WA, TG, BTC_BECH, ETH, MFS_TXN, MFS_CONTEXT, PASSPORT, NID, IBAN, NAMED_HANDLE) = (1 << i for i in range(len(GUARDED)))
#: The extractors that may find something in a text of fewer than seven digits and no 25-character
#: token (the others need one of those: a WhatsApp number 8 digits, a passport 7, a NID 10, an
#: Ethereum address 42 letters and digits, a payment account a phone number)
ALONE = EMAIL | URL | TG | BTC_BECH | MFS_TXN | IBAN | NAMED_HANDLE
#: Bit of :attr:`Hints.marks`: the text may hold a number spelled with words or look-alike letters.
SPELLED = 1 << 30
#: Bits the prefilter adds to a text's marks when it weighs which entities may be in it: seven
#: digits or more, a 25-character token.
SEVEN_DIGITS, LONG_TOKEN = 1 << 29, 1 << 28
#: Which marks an entity type needs (any of them): where none is, none of that type is found.
NEEDS = {"phone": SEVEN_DIGITS | SPELLED, "phone:obfuscated": SPELLED, "email": EMAIL, "url": URL,
         "domain": URL, "whatsapp": WA, "telegram": TG | NAMED_HANDLE, "instagram": TG | NAMED_HANDLE, "x": TG, "tiktok": TG, "handle": TG, "btc_address": BTC_BECH | LONG_TOKEN, "eth_address": ETH,
         "tron_address": LONG_TOKEN, "iban": IBAN, "mfs_account": MFS_CONTEXT, "mfs_transaction": MFS_TXN,
         "bd_passport": PASSPORT, "bd_nid": NID}


def needs(kind: str) -> int:
    """The marks an entity type (as a rule names it, perhaps with ":obfuscated") needs: all of them
    for a type not known here."""
    if kind in NEEDS:
        return NEEDS[kind]
    return NEEDS.get(kind.split(":")[0], -1)


#: Every literal of the guarded extractors Python checks (folded; "0x" folds to itself): a text
#: with none of them skips them all in one search. The IBAN's literals are too many for it (its
#: check digits stand in for them).
_MARKERS = None if any(g.literals is None for g in GUARDED if g is not _IBAN) else re.compile("|".join(
    re.escape(lit) for lit in sorted({lit for g in GUARDED if g is not _IBAN for lit in g.literals}, key=len, reverse=True)))
_TRON_CONTRACTS = frozenset({"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"})  # USDT token contract, not a wallet


_BD_MOBILE = re.compile(r"(?<![\d+])((?:\+?88[ -]?)?01[3-9]\d{2}[ -]?\d{6})(?!\d)")
_LONG_TOKEN = re.compile(r"[0-9A-Za-z]{25,}")


#: Texts at least this long (normalised) are always searched for phone numbers.
ALWAYS_PHONES = 10000
#: The number words (folded), for the matcher's prefilter: a text with none of them, no
#: look-alike letter after a digit and fewer than seven digits cannot hold a spelled number.
NUMBER_WORDS = tuple(sorted(_FOLDED_WORDS))


def _orig(norm: Normalised, s: int, e: int) -> tuple[int, int]:
    return norm.span(s, e)


def _passport_series(value: str) -> tuple[str, int]:
    """A passport number's series: its letters and its length ("EB0456712": ("EB", 9))."""
    return value.rstrip("0123456789"), len(value)


def _bd_mobile(digits: str) -> str | None:
    """A Bangladeshi mobile as ``_BD_MOBILE`` finds it (``01[3-9]`` and eight digits, perhaps after
    ``88`` or ``+88``), in E.164, when the numbering plan in phonenumbers' own metadata says it is
    a mobile number: the answer :func:`~evidtriage.addresses.e164` gives, without parsing (a test compares them)."""
    national = digits[-10:]
    if _BD_MOBILE_PLAN.fullmatch(national):
        return "+880" + national
    return e164(digits, "BD")


_BD_MOBILE_PLAN = re.compile(phonenumbers.PhoneMetadata.metadata_for_region("BD").mobile.national_number_pattern)


def _shortest(md) -> int:
    """The shortest national number phonenumbers' metadata allows (99 when it says none)."""
    lengths = [n for n in (md.general_desc.possible_length if md and md.general_desc else ()) if n > 0]
    return min(lengths) if lengths else 99


@lru_cache(maxsize=None)
def _fewest_digits(region: str) -> int:
    """The fewest digits a valid number has as written, from phonenumbers' metadata: a national
    number of the default region, or any number with its country code."""
    fewest = _shortest(phonenumbers.PhoneMetadata.metadata_for_region(region))
    for r in phonenumbers.SUPPORTED_REGIONS:
        md = phonenumbers.PhoneMetadata.metadata_for_region(r)
        fewest = min(fewest, len(str(md.country_code)) + _shortest(md))
    for cc in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        fewest = min(fewest, len(str(cc)) + _shortest(phonenumbers.PhoneMetadata.metadata_for_nongeo_region(cc)))
    return fewest


#: The places phonenumbers' matcher looks at, loosely: digits joined by up to four of its
#: punctuation characters (every one a non-word character, but "x" and "ー"); a place it looks
#: at lies inside one of these runs, so never holds more digits (a test checks it on texts made
#: of its own punctuation)
_PHONE_RUN = re.compile(r"\d(?:[\Wxー]{0,4}\d)*")


def _may_hold_a_number(text: str, region: str) -> bool:
    """False only when phonenumbers' matcher cannot find a valid number in ``text``: none of the
    places it looks at holds as many digits as the shortest valid number."""
    fewest = _fewest_digits(region)
    return any(sum(map(str.isdigit, m.group())) >= fewest for m in _PHONE_RUN.finditer(text))


class _Taken:
    """Where the numbers found so far are: the spans as found (in order of finding), and their
    union as sorted disjoint intervals, so that "does this overlap a number found?" is a bisect,
    not a walk over every number (a long text dense with numbers made that quadratic)."""

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._has_empty = False

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __iter__(self):
        return iter(self.spans)

    def append(self, span: tuple[int, int]) -> None:
        self.spans.append(span)
        s, e = span
        if e <= s:
            self._has_empty = True
            return
        i = bisect.bisect_left(self._ends, s)  # the first interval that ends at or after s
        j = bisect.bisect_right(self._starts, e)  # intervals from i to j touch or overlap [s, e)
        if i < j:
            s, e = min(s, self._starts[i]), max(e, self._ends[j - 1])
        self._starts[i:j], self._ends[i:j] = [s], [e]

    def overlaps(self, s: int, e: int) -> bool:
        if e <= s or self._has_empty:
            # an empty span on either side: the plain test, exactly as written before (rare)
            return any(a < e and s < b for a, b in self.spans)
        i = bisect.bisect_right(self._starts, s)  # intervals before i start at or before s
        if i and self._ends[i - 1] > s:
            return True
        return i < len(self._starts) and self._starts[i] < e

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)
        return bool(i) and self._ends[i - 1] > pos


def _standalone(t: str, s: int, e: int) -> bool:
    """Whether the number at ``t[s:e]`` stands as a token of its own, and is not a piece of
    something longer: a file name or a photo URL (``.../149897_662218197.jpg``), the fraction of
    a second of a timestamp (``17:52:05.167690``), a date, a hex string or a longer run of digits.
    Phones are only taken from standalone tokens: a number cut from one of those is invented,
    and would then link unrelated items."""
    if _DATE_SHAPE.fullmatch(t, s, e):
        return False  # the whole of it a date: "on 05-12-2026", "05.12.2026"
    if t.endswith("tel:", 0, s) and (s == 4 or not t[s - 5].isalnum()):
        s -= 4  # a tel: link is a phone number written for dialling: judged as the link
    before = t[s - 1] if s > 0 else " "
    before2 = t[s - 2] if s > 1 else " "
    after = t[e] if e < len(t) else " "
    after2 = t[e + 1] if e + 1 < len(t) else " "
    if before.isalnum() or before in "_=&%\\#@" or after.isalnum() or after == "_":
        return False
    if before in ".:-" and before2.isalnum() and (before != "-" or before2.isdigit()):
        return False  # 05.167690, 17:52, 2026-...
    if after in ".:-" and after2.isalnum():
        return False  # 662218197.jpg, 0171:23, ...-2026
    if (before == "/" and before2.isalpha()) or (after == "/" and after2.isalpha()):
        return False  # a path: photos/..., .../n.jpg (two numbers written "0171.../0181..." stay)
    if "/" in t and "/" in t[max(0, s - 200):s]:
        # inside a URL (its host and path, up to the first space)
        start = max(t.rfind(" ", 0, s), t.rfind("\n", 0, s)) + 1
        if "://" in t[start:s] or t.startswith("www.", start):
            return False
    return True


def _digit_phones(norm: Normalised, region: str, text: str, out: list[Entity], taken: list, digits: int,
                  run: int = -1) -> None:
    """Phone numbers written with digits (``digits``: how many the text has, 99 for a long one;
    ``run``: the most digits of one ``_PHONE_RUN``, -1 when not known)."""
    # Bangladeshi mobiles first: one regex and one validation each, where the general matcher
    # below costs a hundred microseconds a text (and can miss them when digits follow)
    used = 0  # the digits of the mobiles found
    for m in _BD_MOBILE.finditer(text):
        written = m.group(1).replace(" ", "").replace("-", "")
        num = _bd_mobile(written)
        if num and _standalone(text, m.start(1), _rocket_end(text, m.end(1))):
            out.append(Entity("phone", num, *_orig(norm, m.start(1), m.end(1))))
            taken.append((m.start(1), m.end(1)))
            used += len(written) - written.startswith("+")
    if taken and len(text) < ALWAYS_PHONES:
        left = digits - used
        if left < 7:
            # no other number can be left; a foreign one could only use these digits where a run
            # of digits and spaces leads into a mobile found
            joined = any(_digits_before(text, s0) for s0, _ in taken)
            return _foreign_phones(norm, text, out, taken, 99 if joined else left)
    found = []
    if run < _fewest_digits(region) if run >= 0 else not _may_hold_a_number(text, region):
        return _foreign_phones(norm, text, out, taken)
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        if taken.overlaps(m.start, m.end) or not _standalone(text, m.start, m.end):
            continue
        if _dialled_in_named_country(text, m):
            continue  # "Modern Slavery Helpline (UK) 08000 121 700": taken below as the named country's
        e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(Entity("phone", e164, *_orig(norm, m.start, m.end)))
        taken.append((m.start, m.end))
    out.extend(found)
    _foreign_phones(norm, text, out, taken)


def _rocket_end(text: str, end: int) -> int:
    """Where a Bangladeshi mobile ending at ``end`` ends as a Rocket (DBBL) account: the account is
    the mobile number and one more digit, written after a hyphen ("01683-550914-2"), so the
    mobile stands whole in it (and is taken, as the account's own number). Otherwise ``end``."""
    if (text.startswith("-", end) and end + 1 < len(text) and text[end + 1].isdigit()
            and (end + 2 == len(text) or not text[end + 2].isalnum())):
        return end + 2
    return end


def _dialled_in_named_country(text: str, m) -> bool:
    """Whether a number the default region reads as one of its own fixed or toll-free lines (not a
    mobile) is written as dialled inside another country named next to it, and valid there: a
    leading 0 and no country code, as a UK helpline's "08000 121 700" beside "in the UK"."""
    if not m.raw_string.startswith("0") or m.number.country_code != 880:
        return False
    if phonenumbers.number_type(m.number) in _MOBILE_TYPES:
        return False
    region = _named_country(text, m.start, m.end)
    if region is None:
        return False
    try:
        num = phonenumbers.parse(m.raw_string.replace(" ", "").replace("-", ""), region)
    except phonenumbers.NumberParseException:
        return False
    return _named_country_kind(num)


def _named_country_kind(num, grouped: bool = False) -> bool:
    """Whether a number parsed in a named country is one taken there: a mobile, or a fixed or
    toll-free line of :data:`_LANDLINE_FEWEST` digits or more (:data:`_GROUPED_LANDLINE_FEWEST`
    when ``grouped``: written in a phone's groups)."""
    kind = phonenumbers.number_type(num) if phonenumbers.is_valid_number(num) else None
    fewest = _GROUPED_LANDLINE_FEWEST if grouped else _LANDLINE_FEWEST
    return kind in _MOBILE_TYPES or (kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.TOLL_FREE)
                                     and len(str(num.national_number)) >= fewest)


def _digits_before(text: str, pos: int) -> bool:
    """Whether spaces and then a digit come just before ``pos``."""
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < pos - 1 and j >= 0 and text[j].isdigit()


@lru_cache(maxsize=None)
def _foreign_fewest() -> int:
    """The fewest digits of a valid number of the destination countries, country code included."""
    return min((len(prefix) + _shortest(phonenumbers.PhoneMetadata.metadata_for_region(region))
                for prefix in FOREIGN_PREFIXES for region in phonenumbers.region_codes_for_country_code(int(prefix))),
               default=99)


def _foreign_phones(norm: Normalised, text: str, out: list[Entity], taken: list, left: int = 99) -> None:
    """``left``: how many digits of the text are not in a number found already."""
    if left >= _LOCAL_FEWEST:
        _named_country_phones(norm, text, out, taken)
        _bare_mobiles(norm, text, out, taken)
    if left < _foreign_fewest():
        return
    # foreign numbers written without "+": 9665..., 9715..., 60 1X...
    for m in re.finditer(r"(?<![\d+])(\d[\d ]{8,16}\d)(?!\d)", text):
        if taken.covers(m.start()):
            continue
        digits = m.group(1).replace(" ", "")
        if not digits.startswith(FOREIGN_PREFIXES):
            continue
        try:
            num = phonenumbers.parse("+" + digits, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and _standalone(text, m.start(1), m.end(1)):
            out.append(Entity("phone", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
                              *_orig(norm, m.start(1), m.end(1))))
            taken.append((m.start(1), m.end(1)))


#: The destination countries whose mobiles are written at home with a leading 0 (Saudi 05..., UAE
#: 05..., Malaysia 01..., Jordan 07..., Lebanon 03..., Iraq 07..., Libya 09..., the UK 07...,
#: Romania 07..., Korea 010..., Japan 090..., Thailand 08..., Indonesia 08...), and the words
#: (English, romanised, Bengali) that name each: a worker gives "my Saudi number 055..." in the
#: form dialled there. The Gulf states of eight-digit numbers without a 0 are left out: eight
#: digits next to a country's name are too often an amount.
_COUNTRY_WORDS = {
    "SA": ("saudi", "soudi", "ksa", "riyadh", "riyad", "jeddah", "jedda", "dammam", "makkah", "mecca",
           "madina", "medina", "সৌদি", "রিয়াদ", "জেদ্দা", "দাম্মাম", "মক্কা", "মদিনা"),
    "AE": ("dubai", "uae", "emirates", "abu dhabi", "abudhabi", "sharjah", "ajman", "deira", "দুবাই",
           "আবুধাবি", "শারজাহ", "আমিরাত"),
    "MY": ("malaysia", "malaysian", "maloysia", "kuala lumpur", "johor", "penang", "selangor",
           "মালয়েশিয়া", "মালয়শিয়া", "মালেশিয়া", "কুয়ালালামপুর"),
    "JO": ("jordan", "amman", "জর্ডান"),
    "LB": ("lebanon", "beirut", "লেবানন"),
    "IQ": ("iraq", "erbil", "baghdad", "ইরাক"),
    "LY": ("libya", "tripoli", "benghazi", "লিবিয়া"),
    "GB": ("london", "england", "britain", "manchester", "birmingham", "bradford", "luton", "leeds", "oldham",
           "sheffield", "leicester", "glasgow", "cardiff", "scotland", "wales", "united kingdom", "the uk", "in uk",
           "u.k.", "লন্ডন", "ইংল্যান্ড",
           "যুক্তরাজ্য", "বিলেত"),
    "RO": ("romania", "bucharest", "রোমানিয়া"),
    "KR": ("korea", "seoul", "কোরিয়া"),
    "JP": ("japan", "tokyo", "জাপান"),
    "TH": ("thailand", "bangkok", "থাইল্যান্ড"),
    "ID": ("indonesia", "jakarta", "ইন্দোনেশিয়া"),
    "SG": ("singapore", "singapur", "সিঙ্গাপুর", "সিংগাপুর"),
    "GR": ("greece", "greek", "athens", "athina", "manolada", "patras", "thessaloniki", "গ্রিস", "গ্রীস", "এথেন্স"),
    "IN": ("india", "kolkata", "kolkatta", "calcutta", "howrah", "mumbai", "bombay", "pune", "delhi", "chennai",
           "bangalore", "bengaluru", "ভারত", "ইন্ডিয়া", "কলকাতা", "কলিকাতা", "হাওড়া", "মুম্বাই", "মুম্বই", "পুনে",
           "দিল্লি"),
}
#: One regex over the folded words; a Latin word starts at a word's start (and may take an
#: ending: saudia, malaysiar), a Bengali one anywhere (সৌদিতে, দুবাইয়ে).
#: ...and short names read only as whole words, with no ending ("UK helpline", never "ukil", a lawyer)
_COUNTRY_WHOLE_WORDS = {"GB": ("uk",)}
_COUNTRY = re.compile("|".join(
    f"(?P<{region}>" + "|".join(
        [(r"(?<![a-z])" if w.isascii() else "") + re.escape(normalise(w).text) for w in sorted(words, key=len, reverse=True)]
        + [r"(?<![a-z])" + re.escape(w) + r"(?![a-z])" for w in _COUNTRY_WHOLE_WORDS.get(region, ())]) + ")"
    for region, words in _COUNTRY_WORDS.items()))
#: A number as dialled inside such a country: a leading 0 and 8 to 11 more digits, in groups
_LOCAL_NUMBER = re.compile(r"(?<![\d+])(0\d(?:[ -]?\d){7,10})(?!\d)")
_LOCAL_FEWEST = 9
#: A fixed line of the named country is taken when its national number has this many digits (a
#: London 020 3865 4410); shorter ones are too often a file or an account number...
_LANDLINE_FEWEST = 10
#: ...unless written in a phone's groups, its area code apart: Kuala Lumpur's "03-2148 7720"
_GROUPED_LANDLINE = re.compile(r"0\d{1,3}[ -]\d{3,4}[ -]?\d{3,4}")
_GROUPED_LANDLINE_FEWEST = 9
#: Mobiles written at home with no trunk 0: India's ten digits from 6 to 9 ("98310 46275", "9007 312
#: 846": the numbers of the border's brokers and of the places girls are taken to) and Singapore's
#: eight from 8 or 9 ("8926 4417": a dormitory's). One is taken next to its country's name (as the
#: numbers above), or right after a word that gives a number to call ("call masi 9007 312 846"),
#: since no Bangladeshi number has either shape. The UK's mobiles as dialled there, eleven digits from
#: 07 ("07956 221843": a London relative's, a care broker's), likewise: Bangladesh's mobiles begin 01,
#: and 070 (a UK personal number, a Japanese or Nigerian mobile) is left out.
#: Greece's mobiles, ten digits from 69 ("6944 117 082": a strawberry camp's gang master, an Athens room), are
#: taken only where Greece is named; where it is not, India's reading of the same digits is not made either
#: (a call word alone says nothing of the country there).
#: None of them is the tail of a longer run of digits in groups ("01 7 2 9 8 6 4 0 3 5 1", a Bangladeshi
#: number spelled out; "+52 1 998 204 3316", a Mexican one with its old mobile prefix)
_NOT_A_TAIL = r"(?<![\d+])(?<!\d[ -])"
#: Each: its region, its shape, and whether a word to call is enough without the country named.
_BARE_MOBILES = (("GR", re.compile(_NOT_A_TAIL + r"(69\d(?:[ -]?\d){7})(?!\d)"), False),
                 ("IN", re.compile(_NOT_A_TAIL + r"([6-9](?:[ -]?\d){9})(?!\d)"), True),
                 ("SG", re.compile(_NOT_A_TAIL + r"([89]\d{3}[ -]?\d{4})(?!\d)"), True),
                 ("GB", re.compile(_NOT_A_TAIL + r"(07[1-57-9]\d{2}[ -]?\d{3}[ -]?\d{3})(?!\d)"), True))
#: How far after an NID's label ten digits are taken as the NID's, never as a phone
_NID_LABEL_BEFORE = 80
_CALL_WORDS = ("call", "phone", "mobile", "mob", "cell", "contact", "whatsapp", "imo", "number", "nmbr", "কল", "ফোন",
               "নম্বর", "নাম্বার", "যোগাযোগ")
_CALL_BEFORE = re.compile(
    "(?:" + "|".join((r"(?<![a-z])" if w.isascii() else "") + re.escape(normalise(w).text) for w in _CALL_WORDS) + ")"
    r"[^\w\n]{0,3}(?:[^\s,;.!?।]+[^\S\n]?[,:;\-–]?[^\S\n]{1,2}){0,2}$")
#: a "number" that is not one to call: "order number", "roll no", "ticket number"...
_OTHER_NUMBER = re.compile(r"(?<![a-z])(?:order|account|a/c|tracking|invoice|roll|reg|registration|file|ref|reference|"
                           r"passport|nid|serial|bill|ticket|token|seat|room|flight|trx|txn|transaction|id|visa|case|"
                           r"house|plot|road|batch|card|job|lot|box)\s(?:number|nmbr)(?!\w)")
#: How far before (or after) a number the country's name may stand; and how far when it is the
#: only country named that far around (a message's length: a notice, an ad).
_COUNTRY_BEFORE, _COUNTRY_AFTER = 100, 40
_COUNTRY_FAR = 400
_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _named_country(t: str, s: int, e: int, far: bool = True) -> str | None:
    """The region of the country named nearest to ``t[s:e]`` (before it within
    ``_COUNTRY_BEFORE`` characters, or after it within ``_COUNTRY_AFTER``; ``far``: or the one
    country named within ``_COUNTRY_FAR``)."""
    best = None
    for m in _COUNTRY.finditer(t, max(0, s - _COUNTRY_BEFORE), min(len(t), e + _COUNTRY_AFTER)):
        distance = s - m.end() if m.end() <= s else m.start() - e
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, m.lastgroup)
    if best is None and far:
        # further off (within ``_COUNTRY_FAR`` either side), one country named and no other: a
        # notice that says "your employer in the UK" in its first line gives the helpline in its last
        regions = {m.lastgroup for m in _COUNTRY.finditer(t, max(0, s - _COUNTRY_FAR), min(len(t), e + _COUNTRY_FAR))}
        if len(regions) == 1:
            return regions.pop()
    return best[1] if best else None


def _named_country_phones(norm: Normalised, text: str, out: list[Entity], taken: list) -> None:
    """Mobiles of a destination country written as dialled there (a leading 0, no country code),
    when that country is named next to them and the number is not one of the default region's:
    "সৌদি নম্বর ০৫৫৮৩২১৯০৭" is +966558321907; and its fixed lines of ten digits or more (a London
    office's 020 3865 4410). A number that is not valid in the named country is left alone."""
    for m in _LOCAL_NUMBER.finditer(text):
        s, e = m.span(1)
        if taken.overlaps(s, e) or not _standalone(text, s, e):
            continue
        region = _named_country(text, s, e)
        if region is None:
            continue
        try:
            num = phonenumbers.parse(m.group(1).replace(" ", "").replace("-", ""), region)
        except phonenumbers.NumberParseException:
            continue
        if _named_country_kind(num, _GROUPED_LANDLINE.fullmatch(m.group(1)) is not None):
            out.append(Entity("phone", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
                              *_orig(norm, s, e)))
            taken.append((s, e))


def _bare_mobiles(norm: Normalised, text: str, out: list[Entity], taken: list) -> None:
    """Mobiles of India, Singapore and Greece written as at home, with no trunk 0, and the UK's with its 07
    (:data:`_BARE_MOBILES`), next to their country's name or a word to call, and not after an NID's label."""
    nids = None
    for region, rx, call_enough in _BARE_MOBILES:
        for m in rx.finditer(text):
            s, e = m.span(1)
            if taken.overlaps(s, e) or not _standalone(text, s, e):
                continue
            if nids is None:  # a smart NID has ten digits too: none is taken after an NID's label
                nids = [n.end() for n in _NID_LABEL_RX.finditer(text)]
            if any(s - _NID_LABEL_BEFORE <= end <= s for end in nids):
                continue
            # a shape that needs its country named (Greece's), here or as another region's reading of the same
            # digits (India's "6944 117 082"): the country named, or nothing
            if not call_enough or any(not enough and other != region and other_rx.fullmatch(m.group(1))
                                      for other, other_rx, enough in _BARE_MOBILES):
                if _named_country(text, s, e) != region:
                    continue
            elif _named_country(text, s, e, far=False) != region and not _called(text, s):
                continue
            num = phonenumbers.parse(re.sub(r"[ -]", "", m.group(1)), region)
            if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in _MOBILE_TYPES:
                out.append(Entity("phone", phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164),
                                  *_orig(norm, s, e)))
                taken.append((s, e))


def _called(text: str, s: int) -> bool:
    """Whether a word that gives a number to call stands just before ``text[s]``."""
    cue = _CALL_BEFORE.search(text, max(0, s - 40), s)
    return cue is not None and not _OTHER_NUMBER.search(text, max(0, cue.start() - 20), cue.end())


def _spelled_phones(norm: Normalised, region: str, text: str, out: list[Entity], taken: list) -> None:
    # numbers spelled out or with look-alike letters ("zero one seven...", "01seven12...", "0l7l2")
    for m in _OBFUSCATED.finditer(text):
        if taken.overlaps(m.start(), m.end()) or not _NOT_A_DIGIT.search(m.group()):
            continue  # taken, or only digits: no window of it is spelled
        # the run may hold more than one number (or a number after other digits): try windows of
        # its space-separated pieces, longest first, keeping the first valid number
        pieces = [(p.start() + m.start(), p.end() + m.start()) for p in _PIECE.finditer(m.group(0))]
        hit = None
        for size in range(len(pieces), 0, -1):
            for i in range(0, len(pieces) - size + 1):
                s0, e0 = pieces[i][0], pieces[i + size - 1][1]
                window = text[s0:e0]
                tokens = _TOKEN.findall(window)
                if all(t.isdigit() for t in tokens) or not 9 <= len(tokens) <= 15:
                    continue
                if _DATE_OR_TIME.search(window) or (_SPACED_WORD.search(window) and len(_WORD_TOKEN.findall(window)) < 2):
                    continue  # "TrxID ...1 at 18/05/2026 12:19": a date and one word that reads as a digit
                if not _standalone(text, s0, e0):
                    continue
                digits = "".join(_FOLDED_WORDS.get(t) or {"o": "0", "i": "1", "l": "1"}.get(t, t) for t in tokens)
                num = e164(digits, region)
                if num:
                    hit = (num, s0, e0)
                    break
            if hit:
                break
        if hit:
            out.append(Entity("phone", hit[0], *_orig(norm, hit[1], hit[2]), obfuscated=True))
            taken.append((hit[1], hit[2]))


class Hints(NamedTuple):
    """What decides which extractors run on a text: its digits (99 for a text of ``ALWAYS_PHONES``
    characters or more), ``marks`` (bit ``1 << i``: a literal of ``GUARDED[i]`` is in it;
    ``SPELLED``: it may hold a spelled number) and whether it holds a 25-character token of ASCII
    letters and digits as written. The matcher's prefilter gives them for a batch at once; they
    may say too much, never too little."""

    digits: int
    marks: int
    long_token: bool
    run: int = -1  # the most digits in one of the places phonenumbers looks at (-1: not known)


def count_digits(t: str) -> int:
    """The digits of a normalised text (where every decimal digit is an ASCII digit)."""
    return sum(map(t.count, "0123456789"))


def hints(text: str, t: str) -> Hints:
    """The hints of ``text`` (normalised: ``t``), looked for in Python."""
    digits = count_digits(t) if len(t) < ALWAYS_PHONES else 99
    marks = IBAN if digits >= 2 else 0  # an IBAN's check digits at least
    if _MARKERS is None or _MARKERS.search(t):
        for i, guard in enumerate(GUARDED):
            if guard is not _IBAN and guard.may_match(t if guard.folded else text):
                marks |= 1 << i
    # a spelled number may hide in any text ("ohekthreeoh..."): only the prefilter's chain of
    # number pieces can say where not to look
    return Hints(digits, marks | SPELLED, _LONG_TOKEN.search(text) is not None)


def extract_entities(text: str, region: str = "BD", norm: Normalised | None = None,
                     hint: Hints | None = None) -> list[Entity]:
    """Every validated entity in ``text``, in order of position (``hint``: :func:`hints` of it, or
    more, when the caller has them)."""
    norm = norm or normalise(text)
    t = norm.text
    digits, marks, long_token, run = hint or hints(text, t)
    found: list[Entity] = []
    taken = _Taken()  # where the numbers found are, in the normalised text
    if digits >= 7:
        _digit_phones(norm, region or "BD", t, found, taken, digits, run)
    if marks & SPELLED:
        _spelled_phones(norm, region or "BD", t, found, taken)
    if not marks and not long_token:
        found.sort(key=_position)
        return found
    orig = text

    def add(kind: str, value: str, s: int, e: int) -> None:
        found.append(Entity(kind, value, *_orig(norm, s, e)))

    if marks & EMAIL:
        for m in _EMAIL.rx.finditer(t):
            add("email", m.group(0).lower(), m.start(), m.end())
    if marks & URL:
        for m in _URL.rx.finditer(t):
            url = m.group(0).rstrip(".,;:!?")
            add("url", url, m.start(), m.start() + len(url))
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/")[0].split("?")[0]
            if "." in host:
                add("domain", host, m.start(), m.start() + len(url))
    if marks & WA:
        for m in _WA.rx.finditer(t):
            try:
                num = phonenumbers.parse("+" + m.group(1), None)
                value = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            except phonenumbers.NumberParseException:
                value = "+" + m.group(1)
            add("whatsapp", value, m.start(), m.end())
    if marks & TG:
        linked, untyped = {}, []
        for m in _TG.rx.finditer(t):
            if m.group(1):  # a link: its host says the platform
                handle, kind = m.group(2), _HANDLE_HOSTS[m.group(1)]
                linked["@" + handle.lower()] = kind
            else:  # an @handle: typed by the words around it, whole (dots included)
                handle, kind = m.group(3), "handle"
                kind = _platform_named_near(t, m.start(), m.end()) or "handle"
                if kind == "handle":
                    untyped.append(len(found))
            add(kind, "@" + handle.lower(), m.start(), m.end())
        for i in untyped:  # an @handle the message also gives as a link ("t.me/x or search @x") is the link's
            if found[i].value in linked:
                found[i] = Entity(linked[found[i].value], found[i].value, found[i].start, found[i].end)
    if marks & NAMED_HANDLE:
        for m in _NAMED_HANDLE.rx.finditer(t):
            kind, g = _named_handle(m)
            add(kind, "@" + m.group(g), m.start(g), m.end(g))
    if marks & BTC_BECH:
        for m in _BTC_BECH.rx.finditer(t):
            s, e = _orig(norm, m.start(), m.end())
            raw = orig[s:e]
            if segwit_decode(raw) is not None:
                found.append(Entity("btc_address", raw.lower(), s, e))
    if marks & ETH:
        # crypto addresses are case-sensitive: looked for in the original text
        for m in _ETH_ORIGINAL.rx.finditer(orig):
            if eip55_valid(m.group(0)) is not False:
                found.append(Entity("eth_address", m.group(0).lower(), m.start(), m.end()))
    if marks & MFS_TXN:
        for m in _MFS_TXN.rx.finditer(t):
            g = m.lastindex
            if not _written_as_an_id(orig, norm, m.group(g), m.start(g), m.end(g)):
                continue  # "TxnID pathaile location dimu": a word after the label, not an id
            if _BD_MOBILE_DIGITS.fullmatch(m.group(g)):
                continue  # "transaction number 01712345678": the phone it was sent from or to, not an id
            add("mfs_transaction", m.group(g).upper(), m.start(g), m.end(g))
            end = m.end(g)
            while g == 1 and (more := _TXN_NEXT.match(t, end)):  # "TrxIDs BK82..., BK83... and ..."
                add("mfs_transaction", more.group(1).upper(), more.start(1), more.end(1))
                end = more.end(1)
    if marks & MFS_CONTEXT and _MFS_CONTEXT.rx.search(t):
        # an 11-digit BD mobile near a bKash/Nagad/Rocket word is also a payment account
        for e in list(found):
            if e.type == "phone" and e.value.startswith("+8801"):
                ns = t.find(normalise(orig[e.start:e.end]).text)
                window = t[max(0, ns - 60): ns + 60] if ns >= 0 else t
                if _MFS_CONTEXT.rx.search(window):
                    found.append(Entity("mfs_account", e.value, e.start, e.end, e.obfuscated))
    if marks & PASSPORT:
        for m in _PASSPORT.rx.finditer(t):
            g = m.lastindex  # 1: the number after the word, 2: before it
            add("bd_passport", m.group(g).upper(), m.start(g), m.end(g))
            end = m.end(g)
            while g == 1 and (more := _PASSPORT_NEXT.match(t, end)):
                add("bd_passport", more.group(1).upper(), more.start(1), more.end(1))
                end = more.end(1)
            if g == 2:
                # a list that ends just before the word: the numbers after this one, up to the word
                # ("BX1190456, EB0347712. Passports ..."), and those listed before it
                for more in _PASSPORT_ALONE.finditer(t, m.end(2), m.end()):
                    add("bd_passport", more.group(1).upper(), more.start(1), more.end(1))
                start = m.start(2)
                while more := _PASSPORT_BEFORE.search(t, 0, start):
                    add("bd_passport", more.group(1).upper(), more.start(1), more.end(1))
                    start = more.start(1)
        have = {(e.start, e.end): e.value for e in found if e.type == "bd_passport"}
        if have:
            # once a number near the word is a passport, a number of the same series (its letters
            # and length) elsewhere in the message is one too ("আব্বার পাসপোর্ট নং EB0456712,
            # আম্মার EB0456713"): a family's or a group's passports listed one by one
            series = {_passport_series(v) for v in have.values()}
            for more in _PASSPORT_ALONE.finditer(t):
                value = more.group(1).upper()
                if _passport_series(value) in series and _orig(norm, more.start(1), more.end(1)) not in have:
                    add("bd_passport", value, more.start(1), more.end(1))
    if marks & NID:
        for m in _NID.rx.finditer(t):
            g = m.lastindex  # 1: seventeen digits, 2: thirteen or ten, 3: those after "number", 4: right
            # after "number" a sentence or two on, 5: "mine is"
            if (taken.overlaps(m.start(g), m.end(g)) or t.endswith("+", 0, m.start(g))
                    or not _standalone(t, m.start(g), m.end(g))):
                continue  # a phone's or a link's digits ("NID. Call +8801713049275"), not an NID
            if g in (2, 3, 4) and (words := list(_NUMBER_WORD_RX.finditer(t, m.start(), m.start(g)))):
                if _ANOTHER_THINGS_NUMBER.search(t, max(0, words[-1].start() - 24), words[-1].end()):
                    continue  # "NID lagbe na, shudhu bKash number 1712345678": not the card's
            add("bd_nid", m.group(g), m.start(g), m.end(g))
    if long_token:
        for m in _BTC_B58.finditer(orig):
            payload = base58check_decode(m.group(0))
            if payload is not None and len(payload) == 21 and payload[0] in (0x00, 0x05):
                found.append(Entity("btc_address", m.group(0), m.start(), m.end()))
        for m in _TRON.finditer(orig):
            payload = base58check_decode(m.group(0))
            if payload is not None and len(payload) == 21 and payload[0] == 0x41 and m.group(0) not in _TRON_CONTRACTS:
                found.append(Entity("tron_address", m.group(0), m.start(), m.end()))
    if marks & IBAN:
        for m in _IBAN.rx.finditer(t):
            if iban_valid(m.group(0)):
                add("iban", m.group(0).replace(" ", "").upper(), m.start(), m.end())
    found.sort(key=_position)
    return found


def _written_as_an_id(orig: str, norm: Normalised, value: str, s: int, e: int) -> bool:
    """Whether a transaction id found after its label is written as one: with a digit, or in
    capitals as the providers print an id of letters only ("TrxID WNZCCSGWYZ"); a word in lower
    case after the label ("TxnID pathaile ...": send the TxnID, then ...) is not one."""
    if any(c.isdigit() for c in value):
        return True
    os, oe = _orig(norm, s, e)
    return orig[os:oe].isupper()


def _position(e: Entity) -> tuple:
    return e.start, e.end, e.type, e.value
