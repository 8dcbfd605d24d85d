"""WhatsApp "Export chat" text files (Android and iOS, every date order), as messages.

What the format throws at a parser, and how each is met (see the research notes on chat formats):

* Two header families: Android ``12/01/2024, 10:02 - Name: text`` and iOS
  ``[12/01/2024, 10:02:33 AM] Name: text``, plus the legacy ``DATE TIME: Name: text``. One tolerant
  pattern covers them; fields are validated after.
* The phone's locale decides the date order. It is inferred once per file, from every header: a
  first field over 12 means day-first, a second over 12 month-first, four digits year-first; if
  nothing decides, day-first (South Asian phones) is used and the result says it was assumed.
* Narrow no-break spaces before AM/PM, left-to-right marks, a byte-order mark at any line start,
  CRLF line ends, and dates written in Bengali digits.
* Lines that are not headers continue the previous message (multi-line messages, captions).
* Messages without an author, or whose text is in the catalogue of system events, are system
  messages; deleted and edited markers are kept as the message kind.
* Media markers: ``<Media omitted>``, ``FILE (file attached)``, ``<attached: FILE>``; the file name
  is kept, with where it would be in the same export folder or zip.
* Times have no zone: the examiner's case time zone is applied (and the result says so); without
  one, only the time as written is kept.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from evidtriage import MessageArtifact, NotMyFormat, ParseError, Parser, hookimpl

_DIGITS = {ord(c): str(i) for i, c in enumerate("০১২৩৪৫৬৭৮৯")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_DIGITS.update({ord(c): str(i) for i, c in enumerate("०१२३४५६७८९")})
_MARKS = "\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e"
_SPACES = "\u00a0\u202f\u2009"

HEADER = re.compile(
    r"^[" + _MARKS + r"]*\[?[" + _MARKS + r"]*"
    r"(?P<d1>\d{1,4})(?P<sep>[/.\-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{2,4})\.?"
    r",?\s?(?:à|klo)?\s?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2}))?"
    r"\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?\]?"
    r"(?:\s-\s|\s|:\s)(?P<rest>.*)$"
)
_ATTACHED_IOS = re.compile(r"<attached:\s*([^>]+)>")
_ATTACHED_ANDROID = re.compile(r"^(?P<name>\S.*?\.\w{2,5}) \(file attached\)")
IOS_SYSTEM = re.compile(r"end-to-end encrypted|created (?:group|this group)|changed the (?:subject|group)|"
                        r"joined using this group's invite link|security code changed", re.I)
DELETED = re.compile(r"^(?:this message was deleted|you deleted this message|message deleted)\.?$", re.I)
EDITED = " <This message was edited>"
MEDIA_OMITTED = re.compile(r"^<(?:media|video message|video note|image|audio|sticker|gif) omitted>$|"
                           r"^\u200e?(?:image|video|audio|sticker|GIF|document|Contact card) omitted$", re.I)


def _fields(m: re.Match) -> tuple[int, int, int]:
    return int(m["d1"]), int(m["d2"]), int(m["d3"])


def infer_date_order(headers: list[re.Match]) -> tuple[str, bool]:
    """("dmy" | "mdy" | "ymd", decided) from every header of the file."""
    if any(len(m["d1"]) == 4 for m in headers):
        return "ymd", True
    if any(int(m["d1"]) > 12 for m in headers):
        return "dmy", True
    if any(int(m["d2"]) > 12 for m in headers):
        return "mdy", True
    return "dmy", not headers


class WhatsAppTextParser(Parser):
    NAME = "whatsapp_txt"
    VERSION = "1.0.0"
    DESCRIPTION = "WhatsApp 'Export chat' .txt (Android and iOS layouts, any date order), as messages."
    MEDIA_TYPES = ("text/plain", "text/x-*", "application/octet-stream")
    FILENAME_PATTERNS = ("WhatsApp Chat*.txt", "_chat.txt", "WhatsApp-Chat*.txt")
    PRIORITY = 50  # before the generic text parser
    MAX_BYTES = 512 * 1024 * 1024

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        text = head.decode("utf-8", errors="ignore").translate(_DIGITS)
        lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
        return sum(1 for ln in lines if HEADER.match(_clean(ln))) >= max(1, min(3, len(lines) // 3))

    def parse(self, file, stream, ctx):
        data = stream.read(self.MAX_BYTES + 1)
        truncated = len(data) > self.MAX_BYTES
        text = data[: self.MAX_BYTES].decode("utf-8-sig", errors="replace")
        lines = text.splitlines()
        parsed = []
        for n, raw in enumerate(lines, 1):
            m = HEADER.match(_clean(raw).translate(_DIGITS))
            if m and _plausible(m):
                parsed.append((n, m, None))
            else:
                parsed.append((n, None, raw))
        headers = [m for _, m, _ in parsed if m]
        if not headers:
            raise NotMyFormat()
        order, decided = infer_date_order(headers)
        zone = ZoneInfo(ctx.timezone) if ctx.timezone else None
        container = file.path.rsplit("!/", 1)[0] + "!/" if "!/" in file.path else ""
        folder = file.path.rsplit("/", 1)[0] + "/" if "/" in file.path.rsplit("!/", 1)[-1] else ""
        base = container + (folder.rsplit("!/", 1)[-1] if container else folder)
        conversation = _conversation_name(file.name, file.path)
        current = None
        unparsed = 0
        for n, m, raw in parsed:
            if m is None:
                if current is None:
                    unparsed += 1  # text before the first header
                else:
                    current["text"].append(raw)
                continue
            if current is not None:
                yield _message(current, conversation, base, zone, order, decided)
            current = {"m": m, "line": n, "text": [m["rest"]]}
        if current is not None:
            yield _message(current, conversation, base, zone, order, decided)
        if truncated:
            raise ParseError(f"export larger than {self.MAX_BYTES} bytes: read up to that point")
        if unparsed and unparsed > len(headers):
            raise ParseError(f"{unparsed} lines before the first message could not be read")


def _clean(line: str) -> str:
    for ch in _SPACES:
        line = line.replace(ch, " ")
    return line.lstrip(_MARKS)


def _plausible(m: re.Match) -> bool:
    h, mi = int(m["h"]), int(m["m"])
    return h <= 24 and mi < 60 and 1 <= max(int(m["d1"]), int(m["d2"])) and int(m["d1"]) > 0 and int(m["d2"]) > 0


def _conversation_name(name: str, path: str = "") -> str:
    stem = name.rsplit(".", 1)[0]
    if stem == "_chat" and "!/" in path:
        # iOS names the text _chat.txt; the chat's name is on the zip ("WhatsApp Chat - Ammu.zip")
        stem = path.rsplit("!/", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
    for prefix in ("WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ", "WhatsApp Chat "):
        if stem.startswith(prefix):
            return stem[len(prefix):]
    return stem


def _when(m: re.Match, order: str, zone) -> tuple[str | None, str]:
    d1, d2, d3 = _fields(m)
    if order == "ymd":
        y, mo, d = d1, d2, d3
    elif order == "mdy":
        mo, d, y = d1, d2, d3
    else:
        d, mo, y = d1, d2, d3
    if y < 100:
        y += 2000
    h, mi, s = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    ampm = (m["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    written = m.group(0)[: m.start("rest")].strip(" -:[]" + _MARKS)
    try:
        local = datetime(y, mo, d, h % 24, mi, s)
    except ValueError:
        return None, written
    if zone is None:
        return None, written
    return local.replace(tzinfo=zone).astimezone(timezone.utc).isoformat().replace("+00:00", "Z"), written


def _message(cur: dict, conversation: str, base: str, zone, order: str, decided: bool) -> MessageArtifact:
    m = cur["m"]
    timestamp, written = _when(m, order, zone)
    if not decided:
        written += " (date order assumed day/month)"
    first = cur["text"][0]
    sender, body = "", first
    if ": " in first:
        sender, body = first.split(": ", 1)
    text = "\n".join([body, *cur["text"][1:]])
    kind = "message"
    if not sender:
        kind = "system"  # Android writes events without an author
    elif IOS_SYSTEM.search(text) and "\n" not in text:
        kind = "system"  # iOS puts the group name (or the actor) where the author goes
    if DELETED.match(text.strip()):
        kind = "deletion"
    elif text.endswith(EDITED):
        kind, text = "edit", text[: -len(EDITED)]
    attachments = []
    for name in _ATTACHED_IOS.findall(text):
        attachments.append((name.strip(), base + name.strip()))
    a = _ATTACHED_ANDROID.match(text)
    if a:
        attachments.append((a["name"], base + a["name"]))
    if MEDIA_OMITTED.match(text.strip()):
        kind = "attachment"
        attachments.append((text.strip(), ""))
    elif attachments and kind == "message":
        kind = "attachment"
    return MessageArtifact(
        text=text, conversation=conversation, conversation_title=conversation, sender=sender.lstrip("~ ").strip(),
        timestamp=timestamp, time_as_written=written, zone_assumed=zone is not None, message_kind=kind,
        attachments=tuple(attachments), line=cur["line"],
    )


@hookimpl
def register_parsers():
    return [WhatsAppTextParser]
