"""WhatsApp for iPhone's own database, ``ChatStorage.sqlite`` (from a full-file-system extraction or
a backup), as messages.

Where: ``private/var/mobile/Containers/Shared/AppGroup/<uuid>/ChatStorage.sqlite`` (the
``group.net.whatsapp.WhatsApp.shared`` container). The schema is the Core Data one that public
forensic write-ups and tools describe (iLEAPP's and IPED's WhatsApp iOS modules, read for the
schema only):

* ``ZWAMESSAGE``: ``ZCHATSESSION``, ``ZISFROMME``, ``ZFROMJID``, ``ZGROUPMEMBER``, ``ZMESSAGEDATE``
  (seconds since 2001-01-01 UTC, Core Data time), ``ZTEXT``, ``ZMESSAGETYPE``, ``ZGROUPEVENTTYPE``,
  ``ZSORT`` (the app's own order);
* ``ZWACHATSESSION``: ``ZCONTACTJID``, ``ZPARTNERNAME`` (the contact's or the group's name);
* ``ZWAGROUPMEMBER``: ``ZMEMBERJID``, ``ZCONTACTNAME``, per chat; ``ZWAPROFILEPUSHNAME``: the names
  people gave themselves (``ZJID``, ``ZPUSHNAME``), used where the address book gives none;
* ``ZWAMEDIAITEM``: ``ZMESSAGE``, ``ZMEDIALOCALPATH`` (a path in the app's container, kept as
  written and resolved by the report to the file of that path in the extraction), ``ZTITLE`` (the caption).

Kinds: type 14 is a message its sender deleted for everyone ("deletion"); 6 a group event and 10
a call or security notice ("system", or "call" for the missed-call events 1, 4 and 22); a row
with a media file an "attachment". Times are absolute: no zone is assumed, and the raw Core Data
value is kept in ``time_as_written``. Rows are read in ``ZSORT`` order; a damaged table keeps
what was read (partial, with counts). Not read: reactions, receipts, calls of ``CallHistory.sqlite``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from evidtriage.plugin_api import MessageArtifact, NotMyFormat, ParseError, Parser, database_copy, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

SQLITE_MAGIC = b"SQLite format 3\x00"
CORE_DATA_EPOCH = datetime(2001, 1, 1, tzinfo=timezone.utc)
OWNER = "owner"
DELETED, GROUP_EVENT, NOTICE = 14, 6, 10
MISSED_CALL_EVENTS = (1, 4, 22)


def iso_core_data(raw) -> str | None:
    """UTC ISO time (to the second) of Core Data seconds since 2001-01-01."""
    try:
        seconds = float(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    if seconds <= 0 or seconds != seconds:
        return None
    try:
        when = CORE_DATA_EPOCH + timedelta(seconds=int(seconds))
    except OverflowError:
        return None
    return when.isoformat().replace("+00:00", "Z")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _number(jid: str) -> str:
    user, _, server = jid.partition("@")
    return f"+{user}" if server == "s.whatsapp.net" and user.isdigit() else jid


def _columns(con, table: str) -> set[str]:
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


class WhatsAppIosDbParser(Parser):
    NAME = "whatsapp_ios_db"
    VERSION = "1.0.0"
    DESCRIPTION = "WhatsApp for iPhone ChatStorage.sqlite (with its -wal when present), as messages."
    FILENAME_PATTERNS = ("ChatStorage*.sqlite",)
    SIGNATURES = (SQLITE_MAGIC,)
    PRIORITY = 40

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if not head.startswith(SQLITE_MAGIC):
            return False
        return file.name.lower().startswith("chatstorage") or (b"ZWAMESSAGE" in head and b"ZWACHATSESSION" in head)

    def parse(self, file, stream, ctx):
        with database_copy(file, stream) as con:
            try:
                tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            except UnicodeDecodeError as exc:
                raise ParseError(f"database damaged: its schema is not valid UTF-8 (byte {exc.start})") from None
            except sqlite3.DatabaseError as exc:
                raise ParseError(f"database could not be read: {_one_line(exc)}") from None
            if not {"ZWAMESSAGE", "ZWACHATSESSION"} <= tables:
                raise NotMyFormat()
            read = 0
            try:
                for artifact in _messages(con, tables):
                    yield artifact
                    read += 1
            except sqlite3.DatabaseError as exc:
                raise ParseError(f"database damaged: {read} messages read ({_one_line(exc)})") from None


def _messages(con, tables):
    push = {}
    if "ZWAPROFILEPUSHNAME" in tables:
        push = {_text(j): _text(n) for j, n in con.execute("SELECT ZJID, ZPUSHNAME FROM ZWAPROFILEPUSHNAME")}

    def name(jid: str, given: str = "") -> str:
        return given.strip() or push.get(jid, "").strip() or _number(jid)

    sessions = {pk: (_text(jid), _text(partner)) for pk, jid, partner in
                con.execute("SELECT Z_PK, ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION")}
    members: dict[int, tuple[str, str]] = {}
    by_chat: dict[int, list[str]] = {}
    if "ZWAGROUPMEMBER" in tables:
        for pk, chat, jid, contact in con.execute("SELECT Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME FROM ZWAGROUPMEMBER"):
            members[pk] = (_text(jid), name(_text(jid), _text(contact)))
            by_chat.setdefault(chat, []).append(members[pk][1])
    media = {}
    if "ZWAMEDIAITEM" in tables:
        cols = _columns(con, "ZWAMEDIAITEM")
        title = "ZTITLE" if "ZTITLE" in cols else "NULL"
        media = {msg: (_text(path), _text(cap)) for msg, path, cap in
                 con.execute(f"SELECT ZMESSAGE, ZMEDIALOCALPATH, {title} FROM ZWAMEDIAITEM WHERE ZMESSAGE IS NOT NULL")}
    cols = _columns(con, "ZWAMESSAGE")
    pick = [c if c in cols else "NULL" for c in ("ZGROUPMEMBER", "ZGROUPEVENTTYPE", "ZFROMJID")]
    order = "ZSORT, Z_PK" if "ZSORT" in cols else "Z_PK"
    query = (f"SELECT Z_PK, ZCHATSESSION, ZISFROMME, ZMESSAGEDATE, ZTEXT, ZMESSAGETYPE, {', '.join(pick)} "
             f"FROM ZWAMESSAGE ORDER BY {order}")
    for pk, chat, from_me, date, text, mtype, member, event, from_jid in con.execute(query):
        chat_jid, partner = sessions.get(chat, ("", ""))
        is_group = chat_jid.endswith("@g.us")
        title = partner.strip() or name(chat_jid) if chat_jid else "(chat not recorded)"
        if _int(from_me) == 1:
            sender, sender_id = OWNER, ""
        elif is_group:
            sender_id, sender = members.get(member, (_text(from_jid), name(_text(from_jid))))
        else:
            sender_id, sender = chat_jid, title
        path, caption = media.get(pk, ("", ""))
        t, e = _int(mtype), _int(event)
        if t == DELETED:
            kind = "deletion"
        elif t == NOTICE and e in MISSED_CALL_EVENTS:
            kind = "call"
        elif t in (GROUP_EVENT, NOTICE):
            kind = "system"
        else:
            kind = "attachment" if path else "message"
        yield MessageArtifact(
            text=_text(text) or caption, conversation=f"whatsapp:{chat_jid}", conversation_title=title,
            is_group=is_group, participants=tuple(sorted(by_chat.get(chat, ()))) if is_group else (title, OWNER),
            sender=sender, sender_id=sender_id, timestamp=iso_core_data(date),
            time_as_written="" if date is None else _text(date), message_kind=kind,
            attachments=((path, ""),) if path else (), record=f"ZWAMESSAGE Z_PK={pk}")


@hookimpl
def register_parsers():
    return [WhatsAppIosDbParser]
