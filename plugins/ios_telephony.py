"""The iPhone's own Messages, call history and address book (from a full-file-system extraction
or a backup), as messages and calls.

Where (under ``private/var/mobile/``): ``Library/SMS/sms.db`` (iMessage, SMS and RCS; attachments
under ``Library/SMS/Attachments/``), ``Library/CallHistoryDB/CallHistory.storedata`` (calls,
FaceTime, and calls of apps that use CallKit: WhatsApp, IMO, Messenger) and
``Library/AddressBook/AddressBook.sqlitedb`` (names). The schemas are the ones public forensic
write-ups and iLEAPP's SMS, call-history and address-book modules describe (read for the schema
only; the typedstream layout as the imessage-database project documents it). Read:

* ``sms.db``: ``message`` (``ROWID``, ``text``, ``attributedBody``, ``handle_id``, ``service``,
  ``date``, ``is_from_me``, ``item_type``, ``associated_message_type``, ``date_retracted``,
  ``date_edited``, ``subject``), ``chat`` (``chat_identifier``, ``display_name``), ``handle``
  (``id``: a number or e-mail), ``chat_message_join``, ``chat_handle_join``,
  ``message_attachment_join`` and ``attachment`` (``filename``, ``transfer_name``, ``mime_type``);
* ``CallHistory.storedata``: ``ZCALLRECORD`` (``ZADDRESS``, ``ZDATE``, ``ZDURATION`` in seconds,
  ``ZORIGINATED`` 1 = outgoing, ``ZANSWERED``, ``ZCALLTYPE`` 1 phone, 8 FaceTime video, 16
  FaceTime audio, ``ZNAME``, ``ZSERVICE_PROVIDER``);
* ``AddressBook.sqlitedb``: ``ABPerson`` (``First``, ``Middle``, ``Last``, ``Organization``,
  ``Nickname``) and ``ABMultiValue`` (``record_id``, ``property`` 3 = phone, 4 = e-mail, ``value``).

How each is shown:

* Text: ``text``; where it is empty (iOS 16 on keeps many messages only there) the string of the
  ``attributedBody`` typedstream (an archived NSAttributedString: the NSString's length-prefixed
  UTF-8 bytes). A typedstream that cannot be read leaves the text empty, not invented.
* Times: Core Data time (since 2001-01-01 UTC), in seconds on old iOS and nanoseconds since iOS
  11 (told apart by magnitude); absolute, so no zone is assumed; the raw value is kept in
  ``time_as_written``.
* Conversation ``ios-messages:<chat_identifier>`` (a number in E.164, so that an SMS chat the
  carrier recorded as ``01712345678`` and the iMessage chat with ``+8801712345678`` are one
  conversation; an e-mail or ``chat...`` for a group as written); the service (iMessage, SMS, RCS) is in ``record`` (``message ROWID=4 (SMS)``). The
  owner's messages have the sender "owner"; in a group the sender is the ``handle`` of the row.
* Names: from ``AddressBook.sqlitedb`` beside the database or at its place in the same
  extraction, matched on the last ten digits of a number (or the e-mail); else the handle.
* Kinds: ``date_retracted`` set (unsent) "deletion"; ``date_edited`` set "edit"; a tapback
  (``associated_message_type`` 2000-3007) or an ``item_type`` other than 0 (group renamed, member
  added or left) "system"; a message with an attachment "attachment", whose path
  (``~/Library/SMS/Attachments/...``) is kept as written and resolved to the file of the same path
  under the extraction's ``mobile`` folder when it is there.
* Calls: ``calls:<address>``, message kind ``call``, text "incoming call, 65 s" with the app for a
  call of another app than the phone (``net.whatsapp.WhatsApp``).
* A damaged table keeps what was read (the file is then partial, with counts).
* Not read: the edit history in ``message_summary_info``, tapback targets, the
  ``deleted_messages`` tombstones (ids only), sticker and app payloads (``payload_data``), and the
  address book's other fields (beyond each contact's metadata).
"""

from __future__ import annotations

import re
import sqlite3

from evidtriage.plugin_api import (
    DatabaseParser, MessageArtifact, MetadataArtifact, ParseError, apple_utc, database_copy, db_columns, db_int,
    db_select, db_tables, db_text, hookimpl, one_line, phone_key,
)

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
PHONE, EMAIL = 3, 4
CALL_KINDS = {1: "", 8: "FaceTime video ", 16: "FaceTime audio "}
_HOME = re.compile(r"^(?P<home>.*?)Library/(?:SMS|CallHistoryDB|AddressBook)/[^/]+$")


# -- shared helpers (each built-in plugin is one self-contained file) ---------------------------


def address_key(address: str) -> str:
    """What two spellings of one number share: its last ten digits; an e-mail, lower-case."""
    digits = re.sub(r"\D", "", address)
    if len(digits) >= 6 and re.fullmatch(r"[\d\s()+\-.]+", address.strip()):
        return digits[-10:]
    return address.strip().lower()


def typedstream_text(blob) -> str:
    """The string of an ``attributedBody`` (an NSAttributedString archived as a typedstream).

    After the ``NSString`` (or ``NSMutableString``) class comes the ``+`` type tag and the length:
    one byte below 0x80, or 0x81 and two bytes, or 0x82 and four bytes (little-endian), then the
    UTF-8 bytes. Anything else is "" (the text is not guessed)."""
    if not isinstance(blob, (bytes, bytearray)) or not blob.startswith(b"\x04\x0bstreamtyped"):
        return ""
    data = bytes(blob)
    at = max(data.find(b"NSString"), data.find(b"NSMutableString"))
    if at < 0:
        return ""
    plus = data.find(b"\x01+", at)
    if plus < 0 or plus - at > 32:
        return ""
    i = plus + 2
    if i >= len(data):
        return ""
    lead = data[i]
    if lead == 0x81:
        size, i = int.from_bytes(data[i + 1:i + 3], "little"), i + 3
    elif lead == 0x82:
        size, i = int.from_bytes(data[i + 1:i + 5], "little"), i + 5
    elif lead < 0x80:
        size, i = lead, i + 1
    else:
        return ""
    if size <= 0 or i + size > len(data):
        return ""
    try:
        return data[i:i + size].decode("utf-8")
    except UnicodeDecodeError:
        return ""


class Names:
    """Address-book names by number or e-mail (see :func:`address_key`)."""

    def __init__(self, names: dict[str, str] | None = None):
        self.names = names or {}

    def __call__(self, address: str) -> str:
        return self.names.get(address_key(address), "") if address else ""


def home_of(file) -> str:
    """The extraction path of the ``mobile`` home the database is in (``.../var/mobile/``), or None."""
    prefix, sep, inner = file.path.rpartition("!/")
    m = _HOME.match(inner)
    return None if m is None else prefix + sep + m["home"]


def read_people(con) -> list[tuple[int, str, tuple[str, ...]]]:
    """(ROWID, name, numbers and e-mails) of each ``ABPerson``."""
    tables = db_tables(con)
    if not {"ABPerson", "ABMultiValue"} <= tables:
        return []
    cols = db_columns(con, "ABPerson")
    people = {}
    for rid, first, middle, last, org, nick in con.execute(
            f"SELECT ROWID, {db_select(cols, 'First', 'Middle', 'Last', 'Organization', 'Nickname')} FROM ABPerson"):
        name = " ".join(p for p in (db_text(first).strip(), db_text(middle).strip(), db_text(last).strip()) if p)
        people[rid] = name or db_text(org).strip() or db_text(nick).strip()
    values: dict[int, list[str]] = {}
    for rid, value in con.execute("SELECT record_id, value FROM ABMultiValue WHERE property IN (?, ?) ORDER BY UID",
                                  (PHONE, EMAIL)):
        if db_text(value).strip():
            values.setdefault(rid, []).append(db_text(value).strip())
    return [(rid, name, tuple(values.get(rid, ()))) for rid, name in sorted(people.items())]


def address_book(file) -> tuple[Names, str]:
    """The names of the address book of the extraction ``file`` is in, and a problem ("" if none)."""
    attempts = [{"name": "AddressBook.sqlitedb"}]
    home = home_of(file)
    if home is not None:
        attempts.append({"path": home + "Library/AddressBook/AddressBook.sqlitedb"})
    for where in attempts:
        try:
            with database_copy(file, **where) as con:
                if con is None:
                    continue
                return Names({address_key(v): name for _, name, values in read_people(con) for v in values if name}), ""
        except (sqlite3.DatabaseError, ParseError) as exc:
            return Names(), f"AddressBook.sqlitedb could not be read ({one_line(exc)}): shown by number"
    return Names(), ""


class _Telephony(DatabaseParser):
    """Names come from the address book (AddressBook.sqlitedb) of the same extraction."""

    NAMES = True

    def records(self, con, tables, file, problems):
        names, problem = address_book(file) if self.NAMES else (Names(), "")
        if problem:
            problems.append(problem)
        return self.rows(con, tables, names, file)


class IosSmsParser(_Telephony):
    NAME = "ios_sms_db"
    VERSION = "1.1.0"  # 1.1: a chat with one number keyed by its E.164 form
    DESCRIPTION = ("iPhone Messages sms.db (iMessage, SMS, RCS; attributedBody text; attachments; names from "
                   "AddressBook.sqlitedb), as messages.")
    FILENAME_PATTERNS = ("sms.db", "chat.db")
    SCHEMA_HINTS = (b"chat_message_join", b"attributedBody")

    def mine(self, con, tables):
        return {"message", "handle"} <= tables and {"text", "handle_id", "date", "is_from_me"} <= db_columns(con, "message")

    def rows(self, con, tables, names, file):
        handles = {rid: db_text(h).strip() for rid, h in con.execute("SELECT ROWID, id FROM handle")}
        chats, chat_of, members = {}, {}, {}
        if {"chat", "chat_message_join"} <= tables:
            ccols = db_columns(con, "chat")
            chats = {rid: (db_text(ident).strip(), db_text(name).strip()) for rid, ident, name in
                     con.execute(f"SELECT ROWID, {db_select(ccols, 'chat_identifier', 'display_name')} FROM chat")}
            for cid, mid in con.execute("SELECT chat_id, message_id FROM chat_message_join ORDER BY chat_id"):
                chat_of.setdefault(mid, cid)
            if "chat_handle_join" in tables:
                for cid, hid in con.execute("SELECT chat_id, handle_id FROM chat_handle_join ORDER BY rowid"):
                    if handles.get(hid):
                        members.setdefault(cid, []).append(handles[hid])
        attachments: dict[int, list[tuple[str, str]]] = {}
        if {"attachment", "message_attachment_join"} <= tables:
            home = home_of(file)
            acols = db_columns(con, "attachment")
            for mid, filename, transfer, mime in con.execute(
                    f"SELECT j.message_id, {db_select(acols, 'filename', 'transfer_name', 'mime_type')} "
                    "FROM message_attachment_join j JOIN attachment a ON a.ROWID = j.attachment_id "
                    "ORDER BY j.message_id, a.ROWID"):
                written = db_text(filename) or db_text(transfer) or db_text(mime) or "attachment"
                attachments.setdefault(mid, []).append((written, _attachment_location(file, home, written)))
        cols = db_columns(con, "message")
        query = (f"SELECT ROWID, text, {db_select(cols, 'attributedBody', 'subject', 'service')}, handle_id, date, is_from_me, "
                 f"{db_select(cols, 'item_type', 'associated_message_type', 'date_retracted', 'date_edited')} "
                 "FROM message ORDER BY ROWID")
        for (rid, text, body, subject, service, hid, date, from_me, item_type, assoc, retracted, edited) in con.execute(query):
            handle = handles.get(hid, "")
            ident, display = chats.get(chat_of.get(rid), ("", ""))
            people = members.get(chat_of.get(rid), []) or ([handle] if handle else [])
            ident = ident or handle
            is_group = len(people) > 1
            titles = [names(p) or p for p in people]
            title = display or ", ".join(titles) or ident or "(chat not recorded)"
            if db_int(from_me) == 1:
                sender, sender_id = OWNER, ""
            else:
                sender, sender_id = (names(handle) or handle), handle
            content = db_text(text) or typedstream_text(body)
            if db_text(subject):
                content = f"{db_text(subject)}\n{content}" if content else db_text(subject)
            files = tuple(attachments.get(rid, ()))
            a = db_int(assoc) or 0
            if (db_int(retracted) or 0) > 0:
                kind = "deletion"
            elif 2000 <= a < 4000 or (db_int(item_type) or 0) != 0:
                kind = "system"
            elif (db_int(edited) or 0) > 0:
                kind = "edit"
            else:
                kind = "attachment" if files else "message"
            yield MessageArtifact(
                text=content, conversation=f"ios-messages:{phone_key(ident, self.context.region)}", conversation_title=title, is_group=is_group,
                participants=tuple(sorted(titles)) if is_group else (title, OWNER), sender=sender, sender_id=sender_id,
                timestamp=apple_utc(date), time_as_written="" if date is None else db_text(date), message_kind=kind,
                attachments=files, record=f"message ROWID={rid}" + (f" ({db_text(service)})" if db_text(service) else ""))


def _attachment_location(file, home: str | None, written: str) -> str:
    """The extraction path of an attachment written ``~/Library/SMS/Attachments/...`` (or
    ``/var/mobile/...``), when the extraction holds it; else ""."""
    if home is None:
        return ""
    for lead in ("~/", "/var/mobile/", "/private/var/mobile/"):
        if written.startswith(lead):
            candidate = home + written[len(lead):]
            return candidate if file.has_file(candidate) else ""
    return ""


class IosCallHistoryParser(_Telephony):
    NAME = "ios_call_history"
    VERSION = "1.1.0"  # 1.1: calls with one number keyed by its E.164 form
    DESCRIPTION = ("iPhone CallHistory.storedata (phone, FaceTime and CallKit apps' calls; names from "
                   "AddressBook.sqlitedb), as calls.")
    FILENAME_PATTERNS = ("CallHistory*.storedata",)
    SCHEMA_HINTS = (b"ZCALLRECORD", b"ZORIGINATED")
    NOUN = "calls"

    def mine(self, con, tables):
        return "ZCALLRECORD" in tables and {"ZADDRESS", "ZDATE"} <= db_columns(con, "ZCALLRECORD")

    def rows(self, con, tables, names, file):
        cols = db_columns(con, "ZCALLRECORD")
        query = (f"SELECT Z_PK, ZADDRESS, ZDATE, {db_select(cols, 'ZDURATION', 'ZORIGINATED', 'ZANSWERED', 'ZCALLTYPE', 'ZNAME', 'ZSERVICE_PROVIDER')} "
                 "FROM ZCALLRECORD ORDER BY ZDATE, Z_PK")
        for pk, address, date, duration, originated, answered, ctype, cached, provider in con.execute(query):
            address = db_text(address).strip()
            out = db_int(originated) == 1
            direction = "outgoing" if out else "incoming" if db_int(answered) == 1 else "missed"
            try:
                seconds = round(float(duration)) if duration is not None else 0
            except (TypeError, ValueError, OverflowError):
                seconds = 0
            app = db_text(provider)
            via = f" ({app})" if app and app != "com.apple.Telephony" and not app.startswith("com.apple.FaceTime") else ""
            text = f"{CALL_KINDS.get(db_int(ctype), '')}{direction} call" + (f", {seconds} s" if seconds else "") + via
            name = names(address) or db_text(cached).strip() or address or "(no number)"
            yield MessageArtifact(
                text=text, conversation=f"calls:{phone_key(address, self.context.region)}", conversation_title=name, is_group=False, participants=(name,),
                sender=OWNER if out else name, sender_id="" if out else address, timestamp=apple_utc(date),
                time_as_written="" if date is None else db_text(date), message_kind="call", record=f"ZCALLRECORD Z_PK={pk}")


class IosAddressBookParser(_Telephony):
    NAME = "ios_address_book"
    VERSION = "1.0.0"
    DESCRIPTION = "iPhone AddressBook.sqlitedb: each contact (name, numbers, e-mails) as metadata."
    FILENAME_PATTERNS = ("AddressBook*.sqlitedb",)
    SCHEMA_HINTS = (b"ABPerson", b"ABMultiValue")
    NOUN = "contacts"
    NAMES = False

    def mine(self, con, tables):
        return {"ABPerson", "ABMultiValue"} <= tables

    def rows(self, con, tables, names, file):
        for rid, name, values in read_people(con):
            if name or values:
                yield MetadataArtifact(metadata={"name": name, "phone_numbers_and_emails": list(values),
                                                 "record": f"ABPerson ROWID={rid}"}, source="ios-contact")


@hookimpl
def register_parsers():
    return [IosSmsParser, IosCallHistoryParser, IosAddressBookParser]
