"""SMS Backup & Restore (SyncTech) XML backups of Android SMS, MMS and the call log, as messages.

What the format throws at a parser, and how each is met (see the research notes on chat formats, §4.1):

* Two files: ``sms-<date>.xml`` (root ``<smses>``, children ``<sms>`` and ``<mms>``) and
  ``calls-<date>.xml`` (root ``<calls>``, children ``<call>``). Everything of an SMS or a call is
  in the attributes of one element; an MMS has ``<parts>`` (text and media) and ``<addrs>``.
* Size: backups reach hundreds of MB because MMS media sit inline as base64 ``data``. The file is
  streamed through expat (the parser under ElementTree's ``iterparse``) without building a tree:
  each record is turned into a message as its element closes, and a media part keeps only its
  name and type, never its data. Expat also gives the line each record starts on, for provenance.
* Times: ``date`` is UTC epoch **milliseconds**; an MMS ``date_sent`` is in **seconds** (an SMS
  ``date_sent`` in ms). ``date`` is used, ``date_sent`` only when ``date`` is missing.
  ``readable_date`` (the phone's own rendering, in its zone) is kept as the time as written.
* Direction: ``type`` (SMS, calls) or ``msg_box`` (MMS) 1 is received: the sender is the contact
  (``contact_name``, else the address); 2 and the other boxes (draft, outbox, failed, queued) are
  the phone's owner, written as "owner". Absent values are the literal string ``null``, and an
  unknown contact is "(Unknown)".
* Direction: an MMS with no ``msg_box`` falls back on ``m_type`` (132 retrieve-conf: received).
  The delivery state of the owner's messages (sent, draft, outbox, failed, queued) has no field
  of its own and is not kept; neither is the SIM slot (``sub_id``).
* Conversations: one per address (the phone's thread), titled with the contact's name. A group
  MMS joins its numbers with ``~``; its sender is the ``<addr>`` of type 137 (From).
* RCS chats (Google Messages) arrive as ``<mms>`` whose address is ``group_<n>@rcs.google.com``
  or ``<hash>@rcs.google.com``: a chat id, not a person. Its people are its ``<addr>`` numbers, it
  is a group when the id says so or more than two people take part (else unknown), and a
  received message's sender is the From number, never the chat's contact name.
* An SMS ``subject`` (rarely set) comes before the body, as an MMS ``sub`` does.
* MMS text is in the ``text/plain`` parts, in ``seq`` order; the ``application/smil`` layout
  part is skipped; other parts are attachments, by name (``cl``, ``name`` or ``fn``). The media
  are inside the XML, not separate files, so they have no location.
* Emoji written as two UTF-16 surrogate character references (``&#55357;&#56832;``), which XML
  forbids: a stream wrapper joins each high+low pair into one reference, across read boundaries,
  and turns lone surrogates and other characters XML forbids into U+FFFD before expat sees them.
* A DOCTYPE is refused before the root (the app never writes one), so entity tricks never run.
* A backup cut short (interrupted) or damaged keeps every record read before the damage; the
  file is then partial, with the line of the damage and how many of the ``count`` records were read.
"""

from __future__ import annotations

import re
from datetime import datetime
from xml.parsers import expat

from evidtriage.plugin_api import MessageArtifact, NotMyFormat, ParseError, Parser, epoch_utc, hookimpl, phone_key

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
ROOTS = {"smses": "messages", "calls": "calls"}
SMS_BOX = {"1": "received", "2": "sent", "3": "draft", "4": "outbox", "5": "failed", "6": "queued"}
CALL_TYPES = {"1": "incoming", "2": "outgoing", "3": "missed", "4": "voicemail", "5": "rejected",
              "6": "blocked", "7": "answered externally"}
ADDR_FROM = "137"
M_TYPE_RETRIEVE_CONF = "132"  # an MMS the phone received (128, send-req, is one it sent)
RCS_DOMAIN = "@rcs.google.com"
_NULLS = ("", "null", "(Unknown)", "insert-address-token")
_FIRST_ELEMENT = re.compile(rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->)*<(\w+)", re.S)


def _valid_xml_char(cp: int) -> bool:
    return (cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD
            or 0x10000 <= cp <= 0x10FFFF)


def _code_point(ref: re.Match) -> int:
    return int(ref.group(1), 16) if ref.group(1) else int(ref.group(2))


class SurrogateRepair:
    """Rewrites numeric character references XML forbids, in a stream of byte chunks.

    A high-surrogate reference followed at once by a low-surrogate one becomes one reference
    to the combined code point (``&#55357;&#56832;`` -> ``&#128512;``, 😀); a lone surrogate, or
    any other reference to a character XML forbids (``&#0;``, ``&#27;``), becomes ``&#65533;``
    (U+FFFD). A chunk's tail that may be an unfinished reference, or a high surrogate whose
    partner is in the next chunk, waits for the next chunk.
    """

    REF = re.compile(rb"&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")
    _TAIL = 40  # longer than any two references the writer produces
    _REF_AT_END = re.compile(rb"&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));\Z")

    def __init__(self):
        self.carry = b""
        self.replaced = 0

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        data, self.carry = self.carry + chunk, b""
        if not final:
            cut = data.rfind(b"&", max(0, len(data) - self._TAIL))
            if cut == -1:
                cut = len(data)
            last = self._REF_AT_END.search(data, max(0, cut - self._TAIL), cut)
            if last and 0xD800 <= _code_point(last) <= 0xDBFF:
                cut = last.start()  # a high surrogate: its partner may start the next chunk
            data, self.carry = data[:cut], data[cut:]
        return self._rewrite(data) if b"&#" in data else data

    def _rewrite(self, data: bytes) -> bytes:
        out, pos, pending = [], 0, None  # pending: (start, code point) of a high surrogate
        for m in self.REF.finditer(data):
            cp = _code_point(m)
            if pending is not None:
                start, high = pending
                pending = None
                if 0xDC00 <= cp <= 0xDFFF and start[1] == m.start():
                    combined = 0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00)
                    out += [data[pos:start[0]], b"&#%d;" % combined]
                    pos = m.end()
                    continue
                out += [data[pos:start[0]], b"&#65533;"]  # a high surrogate with no partner
                self.replaced += 1
                pos = start[1]
            if 0xD800 <= cp <= 0xDBFF:
                pending = ((m.start(), m.end()), cp)
            elif not _valid_xml_char(cp):
                out += [data[pos:m.start()], b"&#65533;"]
                self.replaced += 1
                pos = m.end()
        if pending is not None:
            (start, end), _ = pending
            out += [data[pos:start], b"&#65533;"]
            self.replaced += 1
            pos = end
        out.append(data[pos:])
        return b"".join(out)


class _NotMine(Exception):
    pass


class SmsBackupXmlParser(Parser):
    NAME = "sms_backup_xml"
    VERSION = "1.2.0"  # 1.2: a thread's key is its number in E.164, however each record wrote it
    DESCRIPTION = "SMS Backup & Restore XML (Android SMS, MMS and call log), as messages and calls."
    MEDIA_TYPES = ("text/xml", "application/xml", "text/plain", "application/octet-stream")
    FILENAME_PATTERNS = ("sms-*.xml", "calls-*.xml", "*.xml")
    PRIORITY = 50  # before the generic text parser
    TIMEOUT = 900.0  # backups with inline MMS media reach hundreds of MB
    CHUNK = 1024 * 1024

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        m = _FIRST_ELEMENT.match(head.removeprefix(b"\xef\xbb\xbf"))
        return bool(m) and m.group(1) in (b"smses", b"calls")

    def parse(self, file, stream, ctx):
        reader = _Reader(ctx.region)
        repair = SurrogateRepair()
        p = expat.ParserCreate()
        p.StartElementHandler = lambda name, attrs: reader.start(name, attrs, p.CurrentLineNumber)
        p.EndElementHandler = reader.end
        p.StartDoctypeDeclHandler = reader.doctype
        try:
            while True:
                chunk = stream.read(self.CHUNK)
                p.Parse(repair.feed(chunk, final=not chunk), not chunk)
                yield from reader.take()
                if not chunk:
                    break
        except _NotMine:
            raise NotMyFormat() from None
        except expat.ExpatError as exc:
            yield from reader.take()
            if reader.root is None:
                raise NotMyFormat() from None
            raise ParseError(f"XML damaged or cut short at line {exc.lineno} ({expat.ErrorString(exc.code)}): "
                             f"{reader.summary()}") from None
        if reader.root is None:
            raise NotMyFormat()
        if reader.bad:
            total = reader.read + reader.bad
            raise ParseError(f"{reader.bad} of {total} records could not be read: {reader.first_bad}")


class _Reader:
    """Turns expat's element events into messages, one record at a time."""

    def __init__(self, region: str):
        self.region = region  # whose national numbers the addresses are written in
        self.root = None
        self.count = None
        self.depth = 0
        self.ready: list[MessageArtifact] = []
        self.mms = None  # the MMS being read: its attributes, line, parts and addresses
        self.read = self.bad = 0
        self.first_bad = ""

    def doctype(self, *args):
        if self.root is None:
            raise _NotMine()

    def start(self, name, attrs, line):
        self.depth += 1
        if self.depth == 1:
            if name not in ROOTS:
                raise _NotMine()
            self.root = name
            self.count = attrs.get("count")
            return
        if self.depth == 2 and name in ("sms", "call"):
            self._add(_sms if name == "sms" else _call, attrs, line)
        elif self.depth == 2 and name == "mms":
            self.mms = {"attrs": attrs, "line": line, "parts": [], "addrs": []}
        elif self.mms is not None and name == "part":
            # keep what names the part; its base64 data is dropped with the attributes
            self.mms["parts"].append({k: attrs.get(k, "") for k in ("seq", "ct", "text", "cl", "name", "fn")})
        elif self.mms is not None and name == "addr":
            self.mms["addrs"].append((attrs.get("address", ""), attrs.get("type", "")))

    def end(self, name):
        self.depth -= 1
        if self.depth == 1 and name == "mms" and self.mms is not None:
            mms, self.mms = self.mms, None
            self._add(_mms, mms, mms["line"])

    def _add(self, build, record, line):
        try:
            self.ready.append(build(record, line, self.region))
            self.read += 1
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
            self.bad += 1
            self.first_bad = self.first_bad or f"line {line}: {type(exc).__name__}"

    def take(self):
        ready, self.ready = self.ready, []
        return ready

    def summary(self) -> str:
        what = ROOTS.get(self.root or "", "records")
        if self.count and self.count.isdigit():
            return f"{self.read} of {self.count} {what} read"
        return f"{self.read} {what} read"


def _value(attrs: dict, key: str) -> str:
    v = (attrs.get(key) or "").strip()
    return "" if v in _NULLS else v


def _when(attrs: dict, sent_unit: int) -> tuple[datetime | None, str]:
    """(the UTC time of ``date``, else of ``date_sent``; the phone's own rendering as written)."""
    date, sent = _value(attrs, "date"), _value(attrs, "date_sent")
    stamp = epoch_utc(date, 1000) or epoch_utc(sent, sent_unit)
    return stamp, _value(attrs, "readable_date") or date or sent


def _thread(address: str, contact: str, region: str) -> tuple[str, str]:
    """(conversation id, title) of the thread with ``address`` ("~" between a group's numbers):
    the id holds each number in E.164, since one backup writes the same person's number
    "+8801712345678" on one record and "01712345678" on the next; the title is as written."""
    return "sms:" + "~".join(phone_key(a, region) for a in address.split("~")), contact or address


def _sms(attrs: dict, line: int, region: str) -> MessageArtifact:
    address, contact = _value(attrs, "address"), _value(attrs, "contact_name")
    conversation, title = _thread(address, contact, region)
    received = _value(attrs, "type") == "1"
    timestamp, written = _when(attrs, 1000)
    body = attrs.get("body") if attrs.get("body") not in (None, "null") else ""
    subject = _value(attrs, "subject")
    return MessageArtifact(
        text=f"{subject}\n{body}" if subject else body,
        conversation=conversation, conversation_title=title, is_group=False, participants=(title,) if title else (),
        sender=(contact or address) if received else OWNER, sender_id=address if received else "",
        timestamp=timestamp, time_as_written=written, message_kind="message", line=line,
    )


def _mms(mms: dict, line: int, region: str) -> MessageArtifact:
    attrs = mms["attrs"]
    address, contact = _value(attrs, "address"), _value(attrs, "contact_name")
    numbers = [a for a in address.split("~") if a]
    is_group = len(numbers) > 1
    conversation, title = _thread(address, contact, region)
    names = [n.strip() for n in contact.split(",")] if contact else []
    participants = tuple(names if len(names) == len(numbers) else numbers)
    sender_addr = next((a for a, t in mms["addrs"] if t == ADDR_FROM and a not in _NULLS), "")
    if len(numbers) == 1 and numbers[0].lower().endswith(RCS_DOMAIN):
        # an RCS chat (Google Messages): the address names the chat, not a person; its people are the <addr>s
        people = tuple(dict.fromkeys(a for a, _ in mms["addrs"] if a not in _NULLS and a != numbers[0]))
        is_group = True if numbers[0].lower().startswith("group") or len(people) > 2 else None
        participants = people or participants
    box = _value(attrs, "msg_box")
    received = box == "1" if box else _value(attrs, "m_type") == M_TYPE_RETRIEVE_CONF
    if received:
        sender_addr = sender_addr or (numbers[0] if len(numbers) == 1 else "")
        sender = contact if contact and is_group is False else sender_addr
    else:
        sender = OWNER
    parts = sorted(mms["parts"], key=lambda p: int(p["seq"]) if p["seq"].lstrip("-").isdigit() else 0)
    texts = [p["text"] for p in parts if p["ct"] == "text/plain" and p["text"] not in ("", "null")]
    attachments = tuple((_part_name(p), "") for p in parts
                        if p["ct"] not in ("text/plain", "application/smil") and p["ct"])
    subject = _value(attrs, "sub")
    text = "\n".join(([subject] if subject else []) + texts)
    timestamp, written = _when(attrs, 1)  # an MMS date_sent is in seconds
    return MessageArtifact(
        text=text, conversation=conversation, conversation_title=title, is_group=is_group,
        participants=participants, sender=sender, sender_id=sender_addr,
        timestamp=timestamp, time_as_written=written, message_kind="attachment" if attachments else "message",
        attachments=attachments, line=line,
    )


def _part_name(part: dict) -> str:
    for key in ("cl", "name", "fn"):
        if part[key] and part[key] != "null":
            return part[key]
    return part["ct"]


def _call(attrs: dict, line: int, region: str) -> MessageArtifact:
    number, contact = _value(attrs, "number"), _value(attrs, "contact_name")
    kind = CALL_TYPES.get(_value(attrs, "type"), f"type {_value(attrs, 'type') or 'unknown'}")
    duration = _value(attrs, "duration")
    text = f"{kind} call" + (f", {duration} s" if duration else "")
    timestamp, written = _when(attrs, 1000)
    outgoing = kind == "outgoing"
    return MessageArtifact(
        text=text, conversation=f"calls:{phone_key(number, region)}", conversation_title=contact or number, is_group=False,
        participants=(contact or number,) if (contact or number) else (),
        sender=OWNER if outgoing else (contact or number), sender_id="" if outgoing else number,
        timestamp=timestamp, time_as_written=written, message_kind="call", line=line,
    )


@hookimpl
def register_parsers():
    return [SmsBackupXmlParser]
