"""WhatsApp "Export chat" text files (Android and iOS, every date order), as messages.

What the format throws at a parser, and how each is met (see the research notes on chat formats):

* Two header families: Android ``12/01/2024, 10:02 - Name: text`` and iOS
  ``[12/01/2024, 10:02:33 AM] Name: text``, plus the legacy ``DATE TIME: Name: text``. One tolerant
  pattern covers them; fields are validated after (a line whose "date" is impossible continues
  the previous message).
* The phone's locale decides the date order. It is inferred once per file, from every header:
  readings that are impossible (a 13th month) and steps back in time rule an order out, which
  also tells two-digit year-first dates (``23-12-25``) from day-first ones; if nothing decides,
  day-first (South Asian phones) is used and each message says it was assumed. The examiner's
  ``--date-order`` settles only a file whose dates leave the order open: a file whose own dates
  settle it keeps its order, and a metadata record says the examiner's order was not applied.
* Narrow no-break spaces before AM/PM, no-break spaces inside Spanish "p. m.", left-to-right and
  other bidi marks, a byte-order mark at any line start, CRLF line ends, invalid UTF-8 (read as
  U+FFFD, never a crash), dates in Bengali, Persian or Arabic digits with the Arabic comma and
  Arabic AM/PM (ص/م), dots as time separators, "13. 6. 2018." dates, and the impossible
  "23:59 PM"; "24:00" is the end of the day written. The message text is kept exactly as written.
* Two-digit years are 20xx; a two-digit first field over 31 can only be a year. When no field
  exceeds 12, a month's end decides the order (the day field falls back as the month goes up).
* Lines that are not headers continue the previous message (multi-line messages, captions, polls'
  options).
* System events: Android writes them without an author; iOS puts the chat's name or the actor
  where the author goes, so an authored line is a system message when its whole text is in the
  catalogue (English and German: encryption notices, group created/renamed/icon, joins, leaves,
  adds and removals by the author or "You", number changes, security-code changes, "Waiting for
  this message"). Calls ("Missed voice call", "Voice call. 3 min", "Verpasster Sprachanruf")
  are calls, German iOS "Sprachanruf. 3 Min." too. A body of just ``null`` (old Android exports, where a call or media was left out)
  is a system line, not the sender's words. An author with nothing after the colon (view-once
  media) keeps their name and an empty text.
* Authors: "~ Name" (not in the exporter's contacts) loses the tilde; a phone number written as
  the author ("+880 1712-345678", often wrapped in bidi marks) is also kept as the sender id.
* Deleted and edited markers (iOS adds a mark and a final dot; German too) are kept as the kind.
* Media markers: ``<Media omitted>`` and its German and Persian forms, iOS ``image omitted`` and
  the like (German ``Bild weggelassen``, ``Video weggelassen``...), ``NAME • 3 pages document omitted`` (the name is kept), ``FILE (file attached)``
  (and Spanish, German), ``<attached: FILE>`` (and German; spaces inside the brackets too), old iOS ``FILE <attached>``; the
  file name is kept, with where it would be in the same export folder or zip.
* Reactions, replies and "forwarded" labels are not in these exports: nothing is invented.
* WhatsApp caps an export at about 40,000 messages (10,000 with media) and silently drops the
  oldest: an export within 2% of a cap ends with a metadata record ``{"messages": N,
  "may_be_truncated": true}`` (source ``whatsapp-export``).
* Times have no zone: they are yielded as naive datetimes, which the core reads in the examiner's
  case time zone (and says so); without one, only the time as written is kept. Lines out of time order stay in file order.
* Size: the file is read twice as a stream (once to settle the date order, once to parse), in
  chunks, so memory stays bounded whatever the export's size.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime, timedelta

from evidtriage.plugin_api import MessageArtifact, MetadataArtifact, NotMyFormat, ParseError, Parser, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

_MARKS = "\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SP = r"[^\S\n]"  # any space but a line end (U+00A0, U+202F and U+2009 included)
_BLANK = " \u00a0\u202f\u2009\t" + _MARKS  # what surrounds a sender's name or a marker

#: A message header at the start of a line. ``\d`` matches every script's digits (Bengali too),
#: and ``int()`` reads them, so dates in any digits need no translation.
HEADER = re.compile(
    r"^[" + _MARKS + r"]*\[?[" + _MARKS + r"]*"
    r"(?P<d1>\d{1,4})(?P<sep>[/\-]|\." + _SP + r"?)(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{2,4})\.?"
    r"[,\u060c]?" + _SP + r"?(?:à|klo)?" + _SP + r"?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    + r"\.?" + _SP + r"?(?P<ampm>[AaPp]\.?" + _SP + r"?[Mm]\.?|[\u0635\u0645])?\]?"
    r"(?:" + _SP + r"-" + _SP + r"|" + _SP + r"|:" + _SP + r")(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_PM = "Pp\u0645"  # Arabic exports write ص (morning) and م (evening)

# Attachments exported with the chat: iOS ``<attached: NAME>`` (German ``<Anhang: …>`` and
# ``<angehängt: …>``; old iOS ``NAME <attached>``), Android ``NAME (file attached)`` (Spanish
# ``(archivo adjunto)``, German ``(Datei angehängt)``).
_ATTACHED_IOS = re.compile(r"<\s*(?:attached|Anhang|angehängt):\s*([^>]*[^>\s])\s*>|^[" + _MARKS + r"]?(\S[^<\n]*?\.\w{2,5}) <attached>")
_ATTACHED_ANDROID = re.compile(r"^[" + _MARKS + r"]?(?P<name>\S.*?\.\w{2,5}) \((?:file attached|archivo adjunto|Datei angehängt)\)")
# Exported without media: only a marker is left. The iOS document form keeps the file's name.
MEDIA_OMITTED = re.compile(
    r"<(?:media|video message|video note|image|audio|sticker|gif) omitted>|<Medien ausgeschlossen>|<رسانه حذف شد>|"
    r"[\u200e]?(?:image|video|audio|sticker|GIF|document|Contact card|video note) omitted|"
    r"[\u200e]?(?:Bild|Video|Audio|Sticker|GIF|Dokument|Kontaktkarte|Videonachricht|Sprachnachricht) weggelassen", re.I)
_DOCUMENT_OMITTED = re.compile(r"^[" + _MARKS + r"]?(?P<name>.+?) \u2022 .*(?:document omitted|Dokument weggelassen)$")

# The catalogue of system events (English and German, Android and iOS, after the research notes'
# sources), matched against the whole line's text with bidi marks and "~" removed. iOS writes
# the chat's name or the actor where an author goes, so an authored line is an event only when
# its whole text is one; joins and leaves ("X added Y", "X left") only when X is the author or
# "You", so that a user's "I added sugar" stays a message.
SYSTEM = re.compile(
    r"(?:Messages and calls are end-to-end encrypted|Messages (?:to this group|you send to this chat(?: and calls)?)"
    r" are now secured with end-to-end encryption|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"
    r"|Your security code with .+ changed|Security code changed|Deine Sicherheitsnummer für .+ hat sich geändert"
    r"|Waiting for this message)(?:\W.*)?$")
#: Events written after the actor's name ("Karim created group …"); tried only on texts holding
#: " created ", " changed ", " joined " or " hat ", as nearly no message does.
SYSTEM_AFTER_NAME = re.compile(
    r".{1,80}? (?:created group [\"\u201c].*[\"\u201d]|created this group|changed the subject from .*"
    r"|changed this group's icon|changed the group description|joined using this group's invite link"
    r"|changed their phone number to a new number|changed to \+?[\d ()\-]+"
    r"|hat die Gruppe .* erstellt|hat den Betreff von .* geändert|hat das Gruppenbild geändert"
    r"|hat eine neue Telefonnummer|hat zu \+?[\d ()\-]+ gewechselt)\.?(?: Tap .*| Tippe, .*)?$")
_ACTOR_EVENT = re.compile(r" (?:added .+|removed .+|left|left the group|hat .+ (?:hinzugefügt|entfernt)"
                          r"|hat die Gruppe verlassen|hast .+ (?:hinzugefügt|entfernt))\.?$")
CALL = re.compile(r"(?:Missed (?:group )?(?:voice|video) call|(?:Voice|Video) call\.|(?:Voice|Video) call$"
                  r"|Verpasster (?:Gruppen-?)?(?:Sprach|Video)anruf|(?:Gruppen-?)?(?:Sprach|Video)anruf(?:\.|$))")
CALL_AFTER_NAME = re.compile(r".{1,80}? (?:started a (?:video )?call|hat einen (?:Video)?[Aa]nruf gestartet\.?)$")
_CALL_ENDS = ("call", "gestartet", "gestartet.")
DELETED = re.compile(r"^(?:this message was deleted|you deleted this message|message deleted"
                     r"|diese nachricht wurde gelöscht|du hast diese nachricht gelöscht)\.?$", re.I)
EDITED = "<This message was edited>"
_PHONE = re.compile(r"\+[\d \-()]{6,20}")
#: WhatsApp's export limits (messages without media, with media): an export this long may have
#: lost its oldest messages, silently.
CAPS = (40_000, 10_000)
NEAR_CAP = 0.02
DATE_ORDERS = ("dmy", "mdy", "ymd")
CHUNK = 4 * 1024 * 1024


def _plausible(m: re.Match) -> bool:
    return (int(m["h"]) <= 24 and int(m["m"]) < 60 and int(m["d1"]) > 0 and int(m["d2"]) > 0
            and (len(m["d1"]) == 4 or int(m["d3"]) > 0))


def _is_event(clean: str) -> bool:
    """Whether a line's text (bidi marks removed) is a system event of the catalogue."""
    if SYSTEM.match(clean):
        return True
    # (plain "in" tests: a generator over the words costs more than the rest of the message)
    return ((" created " in clean or " changed " in clean or " joined " in clean or " hat " in clean)
            and SYSTEM_AFTER_NAME.match(clean) is not None)


def _is_call(clean: str) -> bool:
    if CALL.match(clean):
        return True
    return clean.endswith(_CALL_ENDS) and CALL_AFTER_NAME.match(clean) is not None


#: Characters of one line kept, at most. WhatsApp writes a message's first line after its
#: header, so this caps a message of one huge line (a 256 MB line took 4.7 GB and never ended);
#: the rest of such a line is read past, not kept, and the file is marked partial, naming the
#: line and the character where it was cut.
MAX_LINE = 1 << 20
#: Characters of a message's further lines kept, at most (its first line is capped by MAX_LINE).
MAX_MESSAGE = 1 << 20


def _chunks(stream, limit: int, cuts: list | None = None):
    """The stream as text in chunks that end at a line end, lines ending in ``\n``.

    Yields (chunk, first line number). Invalid UTF-8 becomes U+FFFD; CRLF and lone CR become LF.
    A line longer than :data:`MAX_LINE` characters is cut there (the rest is read past, never
    held); each cut is appended to ``cuts`` as (line number, characters not kept).
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    carry, line, read = "", 1, 0
    dropping = 0  # characters of an over-long line read past so far (0: not in one)
    while True:
        data = stream.read(min(CHUNK, limit - read)) if read < limit else b""
        read += len(data)
        text = carry + decoder.decode(data, final=not data)
        if "\r" in text:
            if data and text.endswith("\r"):  # the LF of a CRLF may start the next read
                text, tail = text[:-1], "\r"
            else:
                tail = ""
            text = text.replace("\r\n", "\n").replace("\r", "\n") + tail
        if dropping:  # the rest of a cut line, up to its end
            end = text.find("\n")
            if end < 0 and data:
                dropping += len(text)
                carry = ""
                continue
            dropping += len(text) if end < 0 else end
            if cuts is not None:
                cuts.append((line - 1, dropping))
            text, dropping = ("" if end < 0 else text[end + 1:]), 0
        if not data:
            if text:
                yield (text if text.endswith("\n") else text + "\n"), line
            return
        cut = text.rfind("\n") + 1
        carry = text[cut:]
        if cut:
            yield text[:cut], line
            line += text.count("\n", 0, cut)
        if len(carry) > MAX_LINE:  # a line with no end in sight: keep its start, read past the rest
            yield carry[:MAX_LINE] + "\n", line
            line += 1
            dropping, carry = len(carry) - MAX_LINE, ""


def infer_date_order(headers) -> tuple[str, bool]:
    """("dmy" | "mdy" | "ymd", decided) from every header of the file (an iterable of matches)."""
    return _DateOrder().feed(headers).result()


#: When the dates leave the order open, the one assumed first (South Asian phones write day-first).
_PREFERENCE = ("dmy", "mdy", "ymd")
_ORDER_WORDS = {"dmy": "day/month", "mdy": "month/day", "ymd": "year/month/day"}


def _fields(order: str, d1: str, d2: str, d3: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a header's date read in ``order``, or None when that reading is
    impossible (a month over 12, a day over 31, a four-digit day...)."""
    if order == "ymd":
        if len(d3) > 2:
            return None
        y, mo, d = int(d1), int(d2), int(d3)
    else:
        if len(d1) > 2:
            return None
        a, b, y = int(d1), int(d2), int(d3)
        d, mo = (a, b) if order == "dmy" else (b, a)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return (y + 2000 if y < 100 else y), mo, d


class _DateOrder:
    """Which field is the day, from every header of a file.

    Each order (day-first, month-first, year-first) is tried on every header. A reading that is
    impossible on a header (a 13th month, a four-digit day) counts against its order; so does a
    step back in time from one header to the next, since an export is written in time order: a
    day-first chat read month-first jumps back at every month's end, and a year-first chat with
    two-digit years (``23-12-25``) read day-first wanders over thirty years. The order with the
    fewest impossible readings, then the fewest steps back, is chosen; the file decides it only
    when no other order does as well. Two-digit year-first dates are rare where the separator is
    a slash or a dot, so there a tie with year-first is given to the other order.
    """

    def __init__(self):
        self.seen = 0
        self.bad = dict.fromkeys(_PREFERENCE, 0)
        self.back = dict.fromkeys(_PREFERENCE, 0)
        self.prev: dict[str, tuple] = {}
        self.dashes = 0

    def feed(self, headers) -> "_DateOrder":
        bad, back, prev = self.bad, self.back, self.prev
        for m in headers:
            self.seen += 1
            d1, d2, d3 = m["d1"], m["d2"], m["d3"]
            self.dashes += m["sep"] == "-"
            for order in _PREFERENCE:
                ymd = _fields(order, d1, d2, d3)
                if ymd is None:
                    bad[order] += 1
                    continue
                if order in prev and ymd < prev[order]:
                    back[order] += 1
                prev[order] = ymd
        return self

    def ranked(self) -> list[tuple[tuple[int, int], str]]:
        return sorted(((self.bad[o], self.back[o]), o) for o in _PREFERENCE)

    def result(self) -> tuple[str, bool]:
        if not self.seen:
            return "dmy", False
        ranked = self.ranked()
        best = ranked[0][0]
        tied = [o for o in _PREFERENCE if (self.bad[o], self.back[o]) == best]
        if "ymd" in tied and len(tied) > 1 and self.dashes * 2 < self.seen:
            tied.remove("ymd")  # "13/01/24" is the 13th of January, not 2013
        return tied[0], len(tied) == 1

    def fits(self, order: str) -> bool:
        """Whether ``order`` reads the file at least as well as any other."""
        return (self.bad[order], self.back[order]) == self.ranked()[0][0]


class WhatsAppTextParser(Parser):
    NAME = "whatsapp_txt"
    VERSION = "1.3.0"
    DESCRIPTION = "WhatsApp 'Export chat' .txt (Android and iOS layouts, any date order), as messages."
    MEDIA_TYPES = ("text/plain", "text/x-*", "application/octet-stream")
    FILENAME_PATTERNS = ("WhatsApp Chat*.txt", "_chat.txt", "WhatsApp-Chat*.txt")
    PRIORITY = 50  # before the generic text parser
    MAX_BYTES = 4 * 1024 * 1024 * 1024

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        text = head.decode("utf-8", errors="ignore").replace("\r\n", "\n")
        lines = [ln for ln in text.split("\n")[:20] if ln.strip()]
        found = sum(1 for ln in lines if HEADER.match(ln + "\n"))
        return found >= max(1, min(3, len(lines) // 3))

    def parse(self, file, stream, ctx):
        override = (ctx.options or {}).get("date_order") or ""
        orders = _DateOrder()
        for chunk, _ in _chunks(stream, self.MAX_BYTES):
            orders.feed(m for m in HEADER.finditer(chunk) if _plausible(m))
        if not orders.seen:
            raise NotMyFormat()
        order, decided = orders.result()
        note = ""
        if override in DATE_ORDERS and override != order:
            if not decided and orders.fits(override):
                order, decided = override, True  # the examiner settles what the file leaves open
            elif decided:
                # the file's own dates settle it: the examiner's order would blank or swap them
                note = (f"the file's own dates are {_ORDER_WORDS[order]}: --date-order {override} "
                        "was not applied to it")
        stream.seek(0)
        builder = _Builder(file, order, decided)
        current = None  # [header match, first line, [text pieces]]
        unparsed = 0
        cuts: list[tuple[int, int]] = []  # (line, characters not kept) of over-long lines and messages
        kept = dropped = 0  # characters of the current message's continuation lines kept, left out

        def add(piece: str) -> None:
            nonlocal kept, dropped
            room = MAX_MESSAGE - kept
            if len(piece) > room:
                dropped += len(piece) - max(room, 0)
                piece = piece[:max(room, 0)]
            if piece:
                current[2].append(piece)
                kept += len(piece)

        def finish():
            nonlocal kept, dropped
            if dropped:
                cuts.append((current[1], dropped))
            kept = dropped = 0
            return builder.message(*current)

        for chunk, first_line in _chunks(stream, self.MAX_BYTES, cuts):
            pos, line = 0, first_line
            for m in HEADER.finditer(chunk):
                if not _plausible(m):
                    continue
                start = m.start()
                line += chunk.count("\n", pos, start)
                if start > pos:
                    if current is None:
                        unparsed += chunk.count("\n", pos, start)  # text before the first header
                    else:
                        add(chunk[pos:start])
                if current is not None:
                    yield finish()
                current = [m, line, ["\n"]]
                pos = m.end() + 1
                line += 1
            if pos < len(chunk):
                if current is None:
                    unparsed += chunk.count("\n", pos)
                else:
                    add(chunk[pos:])
        if current is not None:
            yield finish()
        count = builder.count
        if note:
            yield MetadataArtifact(metadata={"date_order": order, "date_order_given": override or None,
                                             "note": note}, source="whatsapp-export")
        if any(abs(count - cap) <= cap * NEAR_CAP for cap in CAPS):
            # the export may have lost its oldest messages: the examiner must know
            yield MetadataArtifact(metadata={"messages": count, "may_be_truncated": True}, source="whatsapp-export")
        if cuts:
            cuts.sort()
            where = ", ".join(f"line {n} ({n_left} more characters)" for n, n_left in cuts[:5])
            raise ParseError(f"{len(cuts)} over-long messages or lines were cut at {MAX_LINE} characters "
                             f"(the rest is in the file, not read): {where}" + (" ..." if len(cuts) > 5 else ""))
        size = file.size or 0
        if size > self.MAX_BYTES:
            raise ParseError(f"export larger than {self.MAX_BYTES} bytes: read up to that point")
        if unparsed and unparsed > orders.seen:
            raise ParseError(f"{unparsed} lines before the first message could not be read")


def _conversation_name(name: str, path: str = "") -> str:
    stem = name.rsplit(".", 1)[0]
    if stem == "_chat" and "!/" in path:
        # iOS names the text _chat.txt; the chat's name is on the zip ("WhatsApp Chat - Ammu.zip")
        stem = path.rsplit("!/", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for prefix in ("WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ", "WhatsApp Chat "):
        if stem.startswith(prefix):
            return stem[len(prefix):]
    return stem


class _Builder:
    """Turns a header match and its text into a MessageArtifact, for one file."""

    def __init__(self, file, order: str, decided: bool):
        self.order, self.decided = order, decided
        container = file.path.rsplit("!/", 1)[0] + "!/" if "!/" in file.path else ""
        folder = file.path.rsplit("/", 1)[0] + "/" if "/" in file.path.rsplit("!/", 1)[-1] else ""
        self.base = container + (folder.rsplit("!/", 1)[-1] if container else folder)
        self.conversation = _conversation_name(file.name, file.path)
        self.count = 0
        self.senders: dict[str, tuple[str, str]] = {}

    def when(self, m: re.Match) -> tuple[datetime | None, str]:
        """(the wall-clock time the header shows, with no zone, or None; the header's own text)."""
        written = m.group(0)[: m.start("rest") - m.start()].strip(" -:[]" + _MARKS)
        d1, d2, d3 = int(m["d1"]), int(m["d2"]), int(m["d3"])
        if self.order == "ymd":
            y, mo, d = d1, d2, d3
        elif self.order == "mdy":
            mo, d, y = d1, d2, d3
        else:
            d, mo, y = d1, d2, d3
        if y < 100:
            y += 2000
        h, mi, s = int(m["h"]), int(m["m"]), int(m["s"] or 0)
        ampm = m["ampm"]
        if ampm:
            pm = ampm[0] in _PM
            if pm and h < 12:
                h += 12
            elif not pm and h == 12:
                h = 0
        try:
            local = datetime(y, mo, d, h % 24, mi, s)
        except ValueError:
            return None, written
        if h == 24:  # "24:00" ends the day written
            local += timedelta(days=1)
        return local, written

    def message(self, m: re.Match, line: int, pieces: list[str]) -> MessageArtifact:
        self.count += 1
        timestamp, written = self.when(m)
        if not self.decided:
            written += f" (date order assumed {_ORDER_WORDS[self.order]})"
        first = m["rest"]
        sender, body = "", first
        if ": " in first:
            sender, body = first.split(": ", 1)
            if ('"' in sender or "\u201c" in sender or "\u201e" in sender) and _is_event(first.strip(_BLANK)):
                sender, body = "", first  # an event quoting a group subject that holds ": "
        elif first.endswith(":"):
            sender, body = first[:-1], ""  # view-once media: the author, and no text
        text = body if len(pieces) == 1 else (body + "".join(pieces)).rstrip("\n")
        sender, sender_id = self.sender(sender) if sender else ("", "")
        kind, attachments = self.classify(sender, text)
        if kind == "edit":
            text = text[: text.rindex(EDITED)].rstrip(_BLANK)
        return MessageArtifact(
            text=text, conversation=self.conversation, conversation_title=self.conversation,
            sender=sender, sender_id=sender_id,
            timestamp=timestamp, time_as_written=written, message_kind=kind,
            attachments=tuple(attachments), line=line,
        )

    def classify(self, sender: str, text: str) -> tuple[str, list]:
        """(message kind, attachments) of a message's text."""
        clean = text.replace("\u200e", "") if "\u200e" in text else text
        clean = clean.strip(_BLANK)
        kind = "message"
        if not sender:
            kind = "call" if _is_call(clean) else "system"  # Android writes events without an author
        elif "\n" not in clean and len(clean) < 300:
            if _is_event(clean) or self.actor_event(sender, clean):
                kind = "system"  # iOS puts the chat's name (or the actor) where the author goes
            elif _is_call(clean):
                kind = "call"
            elif clean == "null":
                kind = "system"  # old Android exports: a call or media left out, not the sender's words
        if len(clean) < 40 and DELETED.match(clean):
            return "deletion", []
        if clean.endswith(EDITED):
            return "edit", []
        attachments = []
        if "<" in clean:
            for a in _ATTACHED_IOS.finditer(clean):
                name = (a[1] or a[2]).strip()
                attachments.append((name, self.base + name))
        if ")" in clean:
            a = _ATTACHED_ANDROID.match(clean)
            if a:
                attachments.append((a["name"], self.base + a["name"]))
        if "omitted" in clean or "weggelassen" in clean or (clean[:1] == "<" and clean[-1:] == ">"):
            if MEDIA_OMITTED.fullmatch(clean):
                return "attachment", [*attachments, (text.strip(), "")]
            doc = _DOCUMENT_OMITTED.match(clean)
            if doc:
                return "attachment", [*attachments, (doc["name"], "")]
        if attachments and kind == "message":
            kind = "attachment"
        return kind, attachments

    def sender(self, written: str) -> tuple[str, str]:
        """(display name, phone number or "") of an author as written; remembered per file."""
        known = self.senders.get(written)
        if known is None:
            name = written
            if name[0] in _BLANK or name[0] == "~" or name[-1] in _BLANK:
                # "~ Name": not in the exporter's contacts; phone numbers come wrapped in bidi marks
                name = name.strip(_BLANK).lstrip("~").strip(_BLANK)
            phone = ""
            if name[:1] == "+" and _PHONE.fullmatch(name):
                phone = "+" + "".join(str(int(c)) for c in name if c.isdecimal())
            known = (name, phone)
            if len(self.senders) < 10_000:  # a damaged file may have a new "author" on every line
                self.senders[written] = known
        return known

    @staticmethod
    def actor_event(sender: str, clean: str) -> bool:
        """An iOS join or leave: the author's own name (or "You") starts the text: "Karim added Rahim"."""
        if clean[:1] == "~":
            clean = clean.lstrip("~").lstrip(_BLANK)
        if clean.startswith(sender):
            return _ACTOR_EVENT.match(clean, len(sender)) is not None
        if clean.startswith("You "):
            return _ACTOR_EVENT.match(clean, 3) is not None
        return clean.startswith("Du hast ") and _ACTOR_EVENT.match(clean, 2) is not None


@hookimpl
def register_parsers():
    return [WhatsAppTextParser]
