"""Cellebrite UFDR reports (``report.xml`` of a .ufdr, or of an extracted one), as messages.

A .ufdr is a zip; the case's archive source opens it like any zip (the type is sniffed from its
bytes), so this parser is handed its ``report.xml`` member, at ``phone.ufdr!/report.xml``. The
.ufdr itself is left to the archive source: claiming it here too would count every message twice.

What the format throws at a parser, and how each is met (see the research notes on chat formats,
section 7.1, and the element names published by readers of the format):

* report.xml reaches several GB. It is read with ``iterparse``; each record is turned into plain
  values when its element ends, then cleared and removed from its parent, so memory holds one
  record (one message of a chat, not the whole chat) plus a map of tagged-file ids to their
  paths inside the UFDR (a few hundred bytes per tagged file).
* A default namespace, ``http://pa.cellebrite.com/report/2.0``. Elements are matched by their
  local name, so a report written without the namespace is read too [U: no such sample seen];
  the root must be ``project`` and, without the namespace, its first section must be one a
  Cellebrite report has, or the file is not claimed.
* Records are ``decodedData/modelType/model`` with ``field``/``value`` (or ``empty``),
  ``modelField`` (one nested model), ``multiModelField`` (a list) and ``multiField`` (a list of
  values). ``deleted_state="Deleted"`` marks a record the tool recovered: the message is
  ``recovered``.
* A Chat's own fields (Source = the app, Id, Name, Participants) come before its Messages, so
  each message is emitted as it ends, with what the chat said of itself up to that point.
* TimeStamp values are ISO 8601, usually with an offset, sometimes without one and with a
  ``formattedTimestamp`` attribute that has it. Either is yielded as an aware datetime, which the
  core converts to UTC; a time with no offset anywhere is yielded naive, and takes the examiner's
  zone (and says so) or stays only as written.
* Attachments point at a tagged file through ``jumptargets/targetid`` (a ``taggedFiles/file``
  id, whose ``Local Path`` is written with backslashes), or give ``attachment_extracted_path``.
  Either becomes a location next to report.xml (``phone.ufdr!/files/Image/x.jpg``);
  ``taggedFiles`` comes before ``decodedData`` in the reports read so far.
* SMS, Call, Contact and UserAccount records are read too: SMS as messages, calls as messages
  of kind ``call``, contacts and accounts as metadata (an account's password is left out of it:
  reports travel further than the evidence).
* The XML may stop short (a truncated copy) or hold a record this parser cannot read: what came
  before is kept and the file is partial, with counts.
* No line or byte offset is given: ``iterparse`` does not report where an element starts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from datetime import datetime

from evidtriage.plugin_api import MessageArtifact, MetadataArtifact, NotMyFormat, ParseError, Parser, hookimpl, phone_key

EVIDTRIAGE_API = ">=1.0,<2"

NAMESPACE = "http://pa.cellebrite.com/report/2.0"
#: The sections a report's root holds; without the namespace, the first must be one of them.
SECTIONS = frozenset({
    "sourceExtractions", "caseInformation", "metadata", "images", "taggedFiles", "decodedData",
    "extraInfos", "carvedFiles", "HashSetsInfo", "MalwareScanner", "projectConfigurations",
    "enrichments", "infectedFiles", "caseInfo",
})
_MARKERS = (b"<decodedData", b"<taggedFiles", b"<sourceExtractions", b"<caseInformation",
            b'section="Extraction Data"', b'section="Device Info"')
_UNSAID = frozenset({"Password"})  # never copied into metadata
_IN_RECORD = ["decodedData", "modelType", "model"]  # the path below the root to a record
_IN_CHAT_FIELD = [*_IN_RECORD, "multiModelField"]
_FRACTION = re.compile(r"(\.\d{6})\d+")


class UfdrReportParser(Parser):
    NAME = "ufdr_report"
    VERSION = "1.1.0"  # 1.1: SMS and calls with one number keyed by its E.164 form
    DESCRIPTION = ("Cellebrite UFDR report.xml (chats of every app, SMS, calls as messages; "
                   "contacts and accounts as metadata), streamed.")
    MEDIA_TYPES = ("text/xml", "application/xml", "text/plain")
    FILENAME_PATTERNS = ("report.xml", "UFEDReport.xml")
    PRIORITY = 60  # before generic XML and text parsers
    TIMEOUT = 3600.0  # a report.xml of several GB takes minutes, not seconds

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode("utf-16", errors="ignore").encode("utf-8")
        if b"<project" not in head:
            return False
        return NAMESPACE.encode() in head or any(m in head for m in _MARKERS)

    def parse(self, file, stream, ctx):
        report = _Report(_base(file.path), ctx.region)
        try:
            yield from report.read(stream)
        except ET.ParseError as exc:
            raise ParseError(f"{report.summary()}; the XML stops being readable at line {exc.position[0]}, "
                             f"column {exc.position[1]} ({_first_line(exc)})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise ParseError(f"{report.summary()}; report.xml could not be read to its end "
                             f"({type(exc).__name__}: {_first_line(exc)})") from None
        if report.bad:
            raise ParseError(f"{report.bad} of {report.records} records could not be read "
                             f"(first: {report.first_problem})")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _base(path: str) -> str:
    """Where the report's Local Paths start: the folder of report.xml (inside its archive)."""
    container, _, inner = path.rpartition("!/")
    prefix = container + "!/" if container else ""
    folder = inner.rsplit("/", 1)[0] + "/" if "/" in inner else ""
    return prefix + folder


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


class _Report:
    """The state of one pass over a report: where files are, which records were read."""

    def __init__(self, base: str, region: str):
        self.base = base
        self.region = region  # whose national numbers the report's phone numbers are written in
        self.files: dict[str, str] = {}  # tagged-file id -> Local Path
        self.records = 0
        self.bad = 0
        self.first_problem = ""
        self.namespaced = False
        self.sections = 0  # known sections seen under the root
        self.chat: dict | None = None  # the chat whose messages are being read

    def summary(self) -> str:
        return f"{self.records} records read" + (f" ({self.bad} of them unreadable)" if self.bad else "")

    def read(self, stream):
        """Yield the artifacts of the report, one record at a time."""
        stack: list[ET.Element] = []  # the open elements, root first
        names: list[str] = []  # their local names
        for event, elem in ET.iterparse(stream, events=("start", "end")):
            if event == "start":
                self._start(elem, stack, names)
                stack.append(elem)
                names.append(_local(elem.tag))
            else:
                stack.pop()
                names.pop()
                yield from self._end(elem, stack, names)
        if not self.namespaced and not self.sections:
            raise NotMyFormat()  # a bare <project> of some other tool, and nothing was yielded

    def _start(self, elem: ET.Element, stack: list, names: list) -> None:
        tag, depth = _local(elem.tag), len(stack)
        if depth == 0:
            if tag != "project" or _namespace(elem.tag) not in (NAMESPACE, ""):
                raise NotMyFormat()
            self.namespaced = _namespace(elem.tag) == NAMESPACE
        elif depth == 1:
            if tag in SECTIONS:
                self.sections += 1
            elif not self.namespaced and not self.sections:
                raise NotMyFormat()
        elif depth == 4 and names[1:] == _IN_RECORD and tag == "multiModelField" and elem.get("name") == "Messages":
            # the chat's own fields and participants are complete: its messages follow
            self.chat = self._chat_or_none(stack[3]) if stack[3].get("type") == "Chat" else None

    def _end(self, elem: ET.Element, stack: list, names: list):
        """Turn an element that ended into artifacts, then drop it, so the tree never grows."""
        tag, depth = _local(elem.tag), len(stack)
        parent = stack[-1] if stack else None
        if depth == 2 and tag == "file" and names[1] == "taggedFiles":
            self._tagged_file(elem)
        elif depth == 3 and tag == "model" and names[1] == "decodedData":
            yield from self._record(elem)
            self.chat = None
        elif depth == 5 and tag == "model" and names[1:] == _IN_CHAT_FIELD and parent.get("name") == "Messages":
            if self.chat is not None:
                chat = self.chat
                yield from self._guarded(lambda: [self._message(read_model(elem), chat)])
        elif depth not in (1, 2):
            return  # part of a record still being read (or the root)
        elem.clear()
        parent.remove(elem)

    # -- records ---------------------------------------------------------------------------

    def _guarded(self, make):
        self.records += 1
        try:
            made = make()
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            self.bad += 1
            if not self.first_problem:
                self.first_problem = f"{type(exc).__name__}: {_first_line(exc)}"
            return
        yield from made

    def _record(self, elem: ET.Element):
        """A record of decodedData (one contact, one SMS ...) as its artifact."""
        kind = elem.get("type", "")
        if kind == "Chat":
            return  # its messages were emitted one by one
        maker = {"InstantMessage": self._lone_message, "SMS": self._sms, "Call": self._call,
                 "Contact": self._contact, "UserAccount": self._account}.get(kind)
        if maker is not None:
            yield from self._guarded(lambda: [maker(read_model(elem))])

    def _tagged_file(self, elem: ET.Element) -> None:
        fid = elem.get("id")
        if not fid:
            return
        for section in elem:
            if _local(section.tag) == "metadata" and section.get("section") == "File":
                for item in section:
                    if item.get("name") == "Local Path" and (item.text or "").strip():
                        self.files[fid] = item.text.strip()
                        return

    def _chat_or_none(self, elem: ET.Element) -> dict | None:
        try:
            return self._chat(elem)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            self.records += 1
            self.bad += 1
            self.first_problem = self.first_problem or f"chat: {type(exc).__name__}: {_first_line(exc)}"
            return None

    def _chat(self, elem: ET.Element) -> dict:
        """What a Chat says of itself before its Messages."""
        m = read_model(elem)
        f = m["fields"]
        parties = [p for p in m["lists"].get("Participants", []) if p["type"] == "Party"]
        names = tuple(_party_name(p) for p in parties if _party_name(p))
        app = f.get("Source") or f.get("SourceApplication") or "Chat"
        chat_id = f.get("Id") or f.get("Name") or m["id"]
        others = [_party_name(p) for p in parties if not _is_owner(p) and _party_name(p)]
        title = f.get("Name") or ", ".join(others) or chat_id
        is_group = len(parties) > 2 if parties else None  # the report has no field that says it
        return {"app": app, "conversation": f"ufdr:{app}:{chat_id}", "title": title, "participants": names,
                "is_group": is_group, "recovered": _deleted(m)}

    def _lone_message(self, m: dict) -> MessageArtifact:
        f = m["fields"]
        app = f.get("SourceApplication") or f.get("Source") or "Chat"
        sender = m["models"].get("From")
        chat_id = f.get("ChatId") or (sender and _party_id(sender)) or m["id"]
        chat = {"app": app, "conversation": f"ufdr:{app}:{chat_id}", "title": chat_id, "participants": (),
                "is_group": None, "recovered": False}
        return self._message(m, chat)

    def _message(self, m: dict, chat: dict) -> MessageArtifact:
        f = m["fields"]
        party = m["models"].get("From")
        attachments = [a for a in m["lists"].get("Attachments", []) if a["type"] == "Attachment"]
        if m["models"].get("Attachment", {}).get("type") == "Attachment":
            attachments.append(m["models"]["Attachment"])
        resolved = tuple(self._attachment(a, m["targets"] if len(attachments) == 1 else ()) for a in attachments)
        kind = "attachment" if resolved else "message"
        if "system" in (f.get("Type") or "").lower():
            kind = "system"
        timestamp, written = self._when(m, "TimeStamp")
        return MessageArtifact(
            text=f.get("Body", ""), conversation=chat["conversation"], conversation_title=chat["title"],
            is_group=chat["is_group"], participants=chat["participants"],
            sender=_party_name(party) if party else "", sender_id=_party_id(party) if party else "",
            timestamp=timestamp, time_as_written=written, message_kind=kind,
            attachments=resolved, recovered=_deleted(m) or chat["recovered"], record=_record(m),
        )

    def _sms(self, m: dict) -> MessageArtifact:
        f = m["fields"]
        parties, sender, other, other_id = _sides(m)
        app = f.get("Source") or "SMS"
        timestamp, written = self._when(m, "TimeStamp")
        return MessageArtifact(
            text=f.get("Body", ""), conversation=f"ufdr:{app}:{phone_key(other_id, self.region)}",
            conversation_title=(_party_name(other) if other else "") or other_id, is_group=len(parties) > 2,
            participants=tuple(_party_name(p) for p in parties if _party_name(p)),
            sender=_party_name(sender) if sender else "", sender_id=_party_id(sender) if sender else "",
            timestamp=timestamp, time_as_written=written, recovered=_deleted(m),
            record=_record(m),
        )

    def _call(self, m: dict) -> MessageArtifact:
        f = m["fields"]
        parties, caller, other, other_id = _sides(m)
        app = f.get("Source") or "Phone"
        direction = f.get("Type") or f.get("Direction") or ""
        video = (f.get("VideoCall") or "").lower() == "true"
        text = " ".join(x for x in (direction, app if f.get("Source") else "", "video call" if video else "call") if x)
        if f.get("Duration"):
            text += f", duration {f['Duration']}"
        if f.get("Status"):
            text += f" ({f['Status']})"
        timestamp, written = self._when(m, "TimeStamp")
        return MessageArtifact(
            text=text[0].upper() + text[1:], conversation=f"ufdr:{app}:{phone_key(other_id, self.region)}",
            conversation_title=(_party_name(other) if other else "") or other_id, is_group=len(parties) > 2,
            participants=tuple(_party_name(p) for p in parties if _party_name(p)),
            sender=_party_name(caller) if caller else "", sender_id=_party_id(caller) if caller else "",
            timestamp=timestamp, time_as_written=written, message_kind="call",
            recovered=_deleted(m), record=_record(m),
        )

    def _contact(self, m: dict) -> MetadataArtifact:
        return MetadataArtifact(metadata=_flat(m), source="ufdr-contact")

    def _account(self, m: dict) -> MetadataArtifact:
        return MetadataArtifact(metadata=_flat(m), source="ufdr-account")

    # -- values ----------------------------------------------------------------------------

    def _attachment(self, a: dict, message_targets) -> tuple[str, str]:
        f = a["fields"]
        name = f.get("Filename") or f.get("Title") or f.get("URL") or "attachment"
        local = ""
        for target in (*a["targets"], *message_targets):
            if target in self.files:
                local = self.files[target]
                break
        local = local or f.get("attachment_extracted_path", "")
        if not local:
            return name, ""
        local = local.replace("\\", "/").lstrip("/")
        return name, self.base + local

    def _when(self, m: dict, name: str) -> tuple[datetime | None, str]:
        """(the time, aware when the report gives an offset, naive when it gives none; the time as
        written)."""
        written = m["fields"].get(name, "")
        formatted = m["formatted"].get(name, "")
        candidates = [_iso(written), _iso(formatted)]
        for dt in candidates:
            if dt is not None and dt.tzinfo is not None:
                return dt, written or formatted
        return next((dt for dt in candidates if dt is not None), None), written or formatted


def read_model(elem: ET.Element) -> dict:
    """A ``<model>`` element as plain values: fields, nested models, lists, jump targets."""
    out = {"type": elem.get("type", ""), "id": elem.get("id", ""), "deleted_state": elem.get("deleted_state", ""),
           "fields": {}, "formatted": {}, "models": {}, "lists": {}, "multi": {}, "targets": []}
    for child in elem:
        tag = _local(child.tag)
        name = child.get("name", "")
        if tag == "field":
            for v in child:
                if _local(v.tag) == "value":
                    out["fields"][name] = (v.text or "").strip()
                    if v.get("formattedTimestamp"):
                        out["formatted"][name] = v.get("formattedTimestamp").strip()
                    break
        elif tag == "multiField":
            out["multi"][name] = [(v.text or "").strip() for v in child if _local(v.tag) == "value"]
        elif tag == "modelField":
            inner = [c for c in child if _local(c.tag) == "model"]
            if inner:
                out["models"][name] = read_model(inner[0])
        elif tag == "multiModelField":
            out["lists"][name] = [read_model(c) for c in child if _local(c.tag) == "model"]
        elif tag == "jumptargets":
            out["targets"] += [(t.text or "").strip() for t in child if _local(t.tag) == "targetid"]
    return out


def _deleted(m: dict) -> bool:
    return m["deleted_state"].lower() == "deleted"


def _party_name(p: dict | None) -> str:
    if not p:
        return ""
    f = p["fields"]
    return f.get("Name") or f.get("Identifier") or ("(phone owner)" if _is_owner(p) else "")


def _party_id(p: dict | None) -> str:
    return p["fields"].get("Identifier", "") if p else ""


def _is_owner(p: dict) -> bool:
    return (p["fields"].get("IsPhoneOwner") or "").lower() == "true"


def _sides(m: dict) -> tuple[list[dict], dict | None, dict | None, str]:
    """An SMS's or a call's parties: all of them, the one in the "From" role, the other side (the
    first party that is not the phone's owner) and that side's id (the record's id without one)."""
    parties = [p for p in m["lists"].get("Parties", []) if p["type"] == "Party"]
    sender = next((p for p in parties if (p["fields"].get("Role") or "").lower() == "from"), None)
    other = next((p for p in parties if not _is_owner(p)), parties[0] if parties else None)
    other_id = (_party_id(other) or _party_name(other)) if other else m["id"]
    return parties, sender, other, other_id


def _iso(text: str) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(_FRACTION.sub(r"\1", text.strip()))
    except ValueError:
        return None




def _flat(m: dict) -> dict:
    """A contact or account record as metadata of plain values."""
    meta: dict = {"ufdr_id": m["id"], "deleted_state": m["deleted_state"], "recovered": _deleted(m)}
    for name, value in m["fields"].items():
        if value and name not in _UNSAID:
            meta[name] = value
    for name, values in m["multi"].items():
        if any(values):
            meta[name] = [v for v in values if v]
    for name, models in m["lists"].items():
        entries = [_entry(x) for x in models]
        if any(entries):
            meta[name] = [e for e in entries if e]
    for name, model in m["models"].items():
        if _entry(model):
            meta[name] = _entry(model)
    return meta


def _entry(m: dict) -> str:
    """One line for a nested model: ``Mobile: +8801712345678``, ``Name (Identifier)``."""
    f = m["fields"]
    value = f.get("Value") or f.get("Identifier") or f.get("Name") or ""
    label = f.get("Category") or f.get("Domain") or ""
    if f.get("Name") and f.get("Identifier"):
        value = f"{f['Name']} ({f['Identifier']})"
    return f"{label}: {value}" if label and value else value


def _record(m: dict) -> str:
    """The model's id in report.xml, by which a reader finds the record there."""
    return f"id={m['id']}" if m.get("id") else ""


@hookimpl
def register_parsers():
    return [UfdrReportParser]
