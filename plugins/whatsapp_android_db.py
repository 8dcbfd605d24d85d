"""WhatsApp for Android's own database, ``msgstore.db`` (from a full-file-system extraction), as messages.

Where: ``/data/data/com.whatsapp/databases/msgstore.db``, with ``wa.db`` (contacts) beside it.
The schema is the one public forensic write-ups describe (ALEAPP's and IPED's WhatsApp modules,
Kevin Pagano's and Josh Hickman's notes on the 2021 "new msgstore"), read for the schema only.
Both generations are read:

* **current** (2021 on): ``message`` (``chat_row_id``, ``from_me``, ``sender_jid_row_id``,
  ``timestamp`` in ms, ``message_type``, ``text_data``), ``chat`` (``jid_row_id``, ``subject`` of a
  group), ``jid`` (``raw_string`` such as ``8801712345678@s.whatsapp.net``), ``message_media``
  (``file_path``, ``mime_type``, ``media_caption``), ``group_participant_user`` (members);
* **legacy**: ``messages`` (``key_remote_jid``, ``key_from_me``, ``remote_resource`` = a group
  message's sender, ``data``, ``timestamp`` in ms, ``media_wa_type``, ``media_name``,
  ``media_caption``, ``status``), ``chat_list`` (``subject``), ``group_participants``.

How each field is read:

* Names come from ``wa.db`` beside the database (``wa_contacts``: ``display_name``, else
  ``wa_name``); without it, or for a number it does not know, the sender is shown by number.
  The device owner's messages (``from_me`` = 1) have the sender "owner".
* Times are absolute (milliseconds since 1970, UTC): no zone is assumed; the raw value is kept in
  ``time_as_written``.
* Kinds: type 15 is a message the sender deleted for everyone ("deletion", WhatsApp keeps the
  row, not the text); 7 (legacy: ``status`` 6) a system line; a row with a media file an
  "attachment", whose phone path (``Media/WhatsApp Images/IMG-...jpg``) is kept as written and
  resolved to the file of the same path inside the extraction when it is there (the report does
  that); the caption is the text.
* The record id is ``_id`` ("message _id=42"); rows are read in ``_id`` order, which keeps a
  damaged table readable up to the damage (the file is then partial, with counts).
* Not read: reactions, quoted replies, polls, call_log (the calls), and encrypted backups
  (``msgstore.db.crypt14`` and the like are reported as not examined).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from evidtriage.plugin_api import MessageArtifact, NotMyFormat, ParseError, Parser, database_copy, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

SQLITE_MAGIC = b"SQLite format 3\x00"
OWNER = "owner"
DELETED, SYSTEM = 15, 7


def iso_ms(raw) -> str | None:
    """UTC ISO time (to the second) of milliseconds since 1970; None for a missing or absurd value."""
    try:
        value = int(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    if value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value // 1000, timezone.utc).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _int(value) -> int | None:
    """A type or status column as a number (legacy tables keep some as text)."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _number(jid: str) -> str:
    """The phone number of a personal jid (``8801712345678@s.whatsapp.net`` -> ``+8801712345678``)."""
    user, _, server = jid.partition("@")
    return f"+{user}" if server == "s.whatsapp.net" and user.isdigit() else jid


def _columns(con, table: str) -> set[str]:
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


class WhatsAppAndroidDbParser(Parser):
    NAME = "whatsapp_android_db"
    VERSION = "1.0.0"
    DESCRIPTION = ("WhatsApp for Android msgstore.db (current and legacy schemas, with wa.db contact names "
                   "and its -wal when present), as messages.")
    FILENAME_PATTERNS = ("msgstore*.db",)
    SIGNATURES = (SQLITE_MAGIC,)
    PRIORITY = 40

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if not head.startswith(SQLITE_MAGIC):
            return False
        if file.name.lower().startswith("msgstore") and file.name.lower().endswith(".db"):
            return True
        return b"key_remote_jid" in head or (b"text_data" in head and b"chat_row_id" in head)

    def parse(self, file, stream, ctx):
        with database_copy(file, stream) as con:
            try:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            except UnicodeDecodeError as exc:
                raise ParseError(f"database damaged: its schema is not valid UTF-8 (byte {exc.start})") from None
            except sqlite3.DatabaseError as exc:
                raise ParseError(f"database could not be read: {_one_line(exc)}") from None
            if {"message", "chat", "jid"} <= tables and {"text_data", "chat_row_id"} <= _columns(con, "message"):
                reader = _Current(con, tables)
            elif "messages" in tables and {"key_remote_jid", "data", "timestamp"} <= _columns(con, "messages"):
                reader = _Legacy(con, tables)
            else:
                raise NotMyFormat()
            problems = []
            names = {}
            try:
                with database_copy(file, name="wa.db") as contacts:
                    if contacts is not None:
                        names = _contact_names(contacts)
            except (sqlite3.DatabaseError, ParseError) as exc:
                problems.append(f"wa.db beside it could not be read ({_one_line(exc)}): senders shown by number")
            reader.names = names
            read = 0
            try:
                for artifact in reader.messages():
                    yield artifact
                    read += 1
            except sqlite3.DatabaseError as exc:
                problems.insert(0, f"database damaged: {read} messages read ({_one_line(exc)})")
            if problems:
                raise ParseError("; ".join(problems))


def _contact_names(con) -> dict[str, str]:
    if "wa_contacts" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
        return {}
    cols = _columns(con, "wa_contacts")
    picks = [c for c in ("display_name", "wa_name") if c in cols]
    if "jid" not in cols or not picks:
        return {}
    names = {}
    for jid, *candidates in con.execute(f"SELECT jid, {', '.join(picks)} FROM wa_contacts"):
        name = next((_text(c).strip() for c in candidates if _text(c).strip()), "")
        if jid and name:
            names[_text(jid)] = name
    return names


class _Reader:
    """What both schemas share: names, conversations and the artifact."""

    names: dict[str, str]

    def name(self, jid: str) -> str:
        return self.names.get(jid) or _number(jid)

    def artifact(self, *, row_id, chat_jid, subject, members, from_me, sender_jid, timestamp, text, kind,
                 media_path) -> MessageArtifact:
        is_group = chat_jid.endswith("@g.us")
        title = subject or ("status updates" if chat_jid == "status@broadcast" else self.name(chat_jid))
        if from_me:
            sender, sender_id = OWNER, ""
        else:
            who = sender_jid if (is_group or chat_jid == "status@broadcast") and sender_jid else chat_jid
            sender, sender_id = self.name(who), who
        participants = tuple(sorted(self.name(m) for m in members)) if is_group else (title, OWNER)
        if media_path and kind == "message":
            kind = "attachment"
        return MessageArtifact(
            text=text, conversation=f"whatsapp:{chat_jid}", conversation_title=title, is_group=is_group,
            participants=participants, sender=sender, sender_id=sender_id, timestamp=iso_ms(timestamp),
            time_as_written="" if timestamp is None else _text(timestamp), message_kind=kind,
            attachments=((media_path, ""),) if media_path else (), record=f"message _id={row_id}")


class _Current(_Reader):
    def __init__(self, con, tables):
        self.con, self.tables = con, tables

    def messages(self):
        con = self.con
        jids = {rid: _text(raw) for rid, raw in con.execute("SELECT _id, raw_string FROM jid")}
        chats = {cid: (jids.get(jrid, ""), _text(subject))
                 for cid, jrid, subject in con.execute("SELECT _id, jid_row_id, subject FROM chat")}
        members: dict[str, list[str]] = {}
        if "group_participant_user" in self.tables:
            for group, user in con.execute("SELECT group_jid_row_id, user_jid_row_id FROM group_participant_user"):
                members.setdefault(jids.get(group, ""), []).append(jids.get(user, ""))
        media = "message_media" in self.tables
        media_cols = _columns(con, "message_media") if media else set()
        caption = "mm.media_caption" if "media_caption" in media_cols else "NULL"
        query = ("SELECT m._id, m.chat_row_id, m.from_me, m.sender_jid_row_id, m.timestamp, m.message_type, "
                 f"m.text_data, {'mm.file_path' if media else 'NULL'}, {caption if media else 'NULL'} FROM message m "
                 + ("LEFT JOIN message_media mm ON mm.message_row_id = m._id " if media else "")
                 + "ORDER BY m._id")
        for row_id, chat_id, from_me, sender_rid, ts, mtype, text, path, cap in con.execute(query):
            chat_jid, subject = chats.get(chat_id, ("", ""))
            if not chat_jid or chat_jid == "-1":
                continue  # WhatsApp's own placeholder rows
            kind = {DELETED: "deletion", SYSTEM: "system"}.get(_int(mtype), "message")
            yield self.artifact(row_id=row_id, chat_jid=chat_jid, subject=subject,
                                members=members.get(chat_jid, ()), from_me=_int(from_me) == 1,
                                sender_jid=jids.get(sender_rid, ""), timestamp=ts,
                                text=_text(text) or _text(cap), kind=kind, media_path=_text(path))


class _Legacy(_Reader):
    def __init__(self, con, tables):
        self.con, self.tables = con, tables

    def messages(self):
        con = self.con
        cols = _columns(con, "messages")
        subjects = {}
        if "chat_list" in self.tables and {"key_remote_jid", "subject"} <= _columns(con, "chat_list"):
            subjects = {_text(j): _text(s) for j, s in con.execute("SELECT key_remote_jid, subject FROM chat_list")}
        members: dict[str, list[str]] = {}
        if "group_participants" in self.tables:
            for group, user in con.execute("SELECT gjid, jid FROM group_participants WHERE jid != ''"):
                members.setdefault(_text(group), []).append(_text(user))
        pick = [c if c in cols else "NULL" for c in ("remote_resource", "media_wa_type", "media_name",
                                                      "media_caption", "status")]
        query = (f"SELECT _id, key_remote_jid, key_from_me, timestamp, data, {', '.join(pick)} "
                 "FROM messages ORDER BY _id")
        for row_id, chat_jid, from_me, ts, data, sender, wa_type, media_name, cap, status in con.execute(query):
            chat_jid = _text(chat_jid)
            if not chat_jid or chat_jid == "-1":
                continue
            kind = "deletion" if _int(wa_type) == DELETED else "system" if _int(status) == 6 else "message"
            yield self.artifact(row_id=row_id, chat_jid=chat_jid, subject=subjects.get(chat_jid, ""),
                                members=members.get(chat_jid, ()), from_me=_int(from_me) == 1,
                                sender_jid=_text(sender), timestamp=ts, text=_text(data) or _text(cap),
                                kind=kind, media_path=_text(media_name))


@hookimpl
def register_parsers():
    return [WhatsAppAndroidDbParser]
