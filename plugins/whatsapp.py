"""WhatsApp "Export chat" text files (Android and iOS, every date order), as messages.

What the format throws at a parser, and how each is met (see the research notes on chat formats):

* Two header families: Android ``12/01/2024, 10:02 - Name: text`` and iOS
  ``[12/01/2024, 10:02:33 AM] Name: text``, plus the legacy ``DATE TIME: Name: text``. One tolerant
  pattern covers them; fields are validated after (a line whose "date" is impossible continues
  the previous message).
* The phone's locale decides the date order. It is inferred once per file, from every header: a
  first field over 12 means day-first, a second over 12 month-first, four digits year-first; if
  nothing decides, day-first (South Asian phones) is used and each message says it was assumed.
  The examiner can override it (``--date-order``).
* Narrow no-break spaces before AM/PM, left-to-right marks, a byte-order mark at any line start,
  CRLF line ends, and dates written in Bengali (or any other) digits; the message text itself is
  kept exactly as written.
* Lines that are not headers continue the previous message (multi-line messages, captions).
* Messages without an author, or whose text is in the catalogue of system events, are system
  messages; deleted and edited markers are kept as the message kind.
* Media markers: ``<Media omitted>``, ``FILE (file attached)``, ``<attached: FILE>``; the file name
  is kept, with where it would be in the same export folder or zip.
* Times have no zone: the examiner's case time zone is applied (and the result says so); without
  one, only the time as written is kept.
* Size: the file is read twice as a stream (once to settle the date order, once to parse), in
  chunks, so memory stays bounded whatever the export's size.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from evidtriage import MessageArtifact, NotMyFormat, ParseError, Parser, hookimpl

_MARKS = "\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e"
_SP = r"[^\S\n]"  # any space but a line end (U+00A0, U+202F and U+2009 included)

#: A message header at the start of a line. ``\d`` matches every script's digits (Bengali too),
#: and ``int()`` reads them, so dates in any digits need no translation.
HEADER = re.compile(
    r"^[" + _MARKS + r"]*\[?[" + _MARKS + r"]*"
    r"(?P<d1>\d{1,4})(?P<sep>[/.\-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{2,4})\.?"
    r",?" + _SP + r"?(?:à|klo)?" + _SP + r"?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    + _SP + r"?(?P<ampm>[AaPp]\.?" + _SP + r"?[Mm]\.?)?\]?"
    r"(?:" + _SP + r"-" + _SP + r"|" + _SP + r"|:" + _SP + r")(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
_ATTACHED_IOS = re.compile(r"<attached:\s*([^>]+)>")
_ATTACHED_ANDROID = re.compile(r"^\u200e?(?P<name>\S.*?\.\w{2,5}) \(file attached\)")
IOS_SYSTEM = re.compile(r"end-to-end encrypted|created (?:group|this group)|changed the (?:subject|group)|"
                        r"joined using this group's invite link|security code changed", re.I)
DELETED = re.compile(r"^(?:this message was deleted|you deleted this message|message deleted)\.?$", re.I)
EDITED = " <This message was edited>"
MEDIA_OMITTED = re.compile(r"^<(?:media|video message|video note|image|audio|sticker|gif) omitted>$|"
                           r"^\u200e?(?:image|video|audio|sticker|GIF|document|Contact card) omitted$", re.I)
DATE_ORDERS = ("dmy", "mdy", "ymd")
CHUNK = 4 * 1024 * 1024


def _plausible(m: re.Match) -> bool:
    return (int(m["h"]) <= 24 and int(m["m"]) < 60 and int(m["d1"]) > 0 and int(m["d2"]) > 0
            and (len(m["d1"]) == 4 or int(m["d3"]) > 0))


def _chunks(stream, limit: int):
    """The stream as text in chunks that end at a line end, lines ending in ``\n``.

    Yields (chunk, first line number). Invalid UTF-8 becomes U+FFFD; CRLF and lone CR become LF.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    carry, line, read = "", 1, 0
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
        if not data:
            if text:
                yield (text if text.endswith("\n") else text + "\n"), line
            return
        cut = text.rfind("\n") + 1
        carry = text[cut:]
        if cut:
            yield text[:cut], line
            line += text.count("\n", 0, cut)


def infer_date_order(headers) -> tuple[str, bool]:
    """("dmy" | "mdy" | "ymd", decided) from every header of the file (an iterable of matches)."""
    return _DateOrder().feed(headers).result()


class _DateOrder:
    def __init__(self):
        self.ymd = self.dmy = self.mdy = False
        self.seen = 0

    def feed(self, headers) -> "_DateOrder":
        for m in headers:
            self.seen += 1
            d1 = m["d1"]
            if len(d1) == 4:
                self.ymd = True
            elif int(d1) > 12:
                self.dmy = True
            elif int(m["d2"]) > 12:
                self.mdy = True
        return self

    def result(self) -> tuple[str, bool]:
        if self.ymd:
            return "ymd", True
        if self.dmy:
            return "dmy", True
        if self.mdy:
            return "mdy", True
        return "dmy", not self.seen


class WhatsAppTextParser(Parser):
    NAME = "whatsapp_txt"
    VERSION = "1.1.0"
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
        if override in DATE_ORDERS:
            order, decided = override, True
        else:
            order, decided = orders.result()
        stream.seek(0)
        builder = _Builder(file, ctx, order, decided)
        current = None  # [header match, first line, [text pieces]]
        unparsed = 0
        for chunk, first_line in _chunks(stream, self.MAX_BYTES):
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
                        current[2].append(chunk[pos:start])
                if current is not None:
                    yield builder.message(*current)
                current = [m, line, ["\n"]]
                pos = m.end() + 1
                line += 1
            if pos < len(chunk):
                if current is None:
                    unparsed += chunk.count("\n", pos)
                else:
                    current[2].append(chunk[pos:])
        if current is not None:
            yield builder.message(*current)
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

    def __init__(self, file, ctx, order: str, decided: bool):
        self.order, self.decided = order, decided
        self.zone = ZoneInfo(ctx.timezone) if ctx.timezone else None
        self.offsets: dict = {}
        container = file.path.rsplit("!/", 1)[0] + "!/" if "!/" in file.path else ""
        folder = file.path.rsplit("/", 1)[0] + "/" if "/" in file.path.rsplit("!/", 1)[-1] else ""
        self.base = container + (folder.rsplit("!/", 1)[-1] if container else folder)
        self.conversation = _conversation_name(file.name, file.path)

    def when(self, m: re.Match) -> tuple[str | None, str]:
        written = m.group(0)[: m.start("rest") - m.start()].strip(" -:[]" + _MARKS)
        if self.zone is None:
            return None, written
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
            pm = ampm[0] in "Pp"
            if pm and h < 12:
                h += 12
            elif not pm and h == 12:
                h = 0
        try:
            local = datetime(y, mo, d, h % 24, mi, s)
        except ValueError:
            return None, written
        key = (y, mo, d, h)
        off = self.offsets.get(key)
        if off is None:
            off = self.offsets[key] = local.replace(tzinfo=self.zone).utcoffset() or timedelta(0)
        return (local - off).isoformat() + "Z", written

    def message(self, m: re.Match, line: int, pieces: list[str]) -> MessageArtifact:
        timestamp, written = self.when(m)
        if not self.decided:
            written += " (date order assumed day/month)"
        first = m["rest"]
        sender, body = "", first
        if ": " in first:
            sender, body = first.split(": ", 1)
        text = body if len(pieces) == 1 else (body + "".join(pieces)).rstrip("\n")
        kind = "message"
        if not sender:
            kind = "system"  # Android writes events without an author
        elif "\n" not in text and IOS_SYSTEM.search(text):
            kind = "system"  # iOS puts the group name (or the actor) where the author goes
        stripped = text.strip()
        if len(stripped) < 40 and DELETED.match(stripped):
            kind = "deletion"
        elif text.endswith(EDITED):
            kind, text = "edit", text[: -len(EDITED)]
        attachments = []
        if "<attached:" in text:
            for name in _ATTACHED_IOS.findall(text):
                attachments.append((name.strip(), self.base + name.strip()))
        if "(file attached)" in text:
            a = _ATTACHED_ANDROID.match(text)
            if a:
                attachments.append((a["name"], self.base + a["name"]))
        if "omitted" in stripped and MEDIA_OMITTED.match(stripped):
            kind = "attachment"
            attachments.append((stripped, ""))
        elif attachments and kind == "message":
            kind = "attachment"
        return MessageArtifact(
            text=text, conversation=self.conversation, conversation_title=self.conversation,
            sender=sender.lstrip("~ ").strip() if sender[:1] in "~ " else sender.strip(),
            timestamp=timestamp, time_as_written=written, zone_assumed=self.zone is not None, message_kind=kind,
            attachments=tuple(attachments), line=line,
        )


@hookimpl
def register_parsers():
    return [WhatsAppTextParser]
