"""IMO (imo.im) chats from an Android extraction: ``imofriends.db``, as messages.

IMO has no user-facing chat export; its chats come from the app's database,
``com.imo.android.imous/databases/imofriends.db`` (research notes §5.3; schema confirmed from the
public descriptions of Autopsy's and ALEAPP's IMO modules, read for behaviour only). What the
format throws at a parser, and how each is met:

* It is SQLite, and so are many other files. The parser is tried on the SQLite signature; the
  cheap check takes the name ``imofriends*.db``, or, for a renamed copy, the IMO column names
  (``last_message``, ``imdata``, ``buid``) in the schema text on the first pages. The parse then
  decides by the schema: no ``messages`` table with ``buid``, ``timestamp`` and ``last_message``
  means "not mine" before anything is yielded, so other SQLite parsers get the file.
* Evidence handling: SQLite may write beside a database it opens (journals, WAL, shared memory)
  and ``ATTACH`` ignores read-only mode. So the original is never opened by SQLite: the read-only
  stream is copied to a private temporary folder, the copy is opened with
  ``mode=ro&immutable=1``, and the folder is removed afterwards. Copies above ``MAX_BYTES``
  (4 GiB) are refused as a skip rather than filling the disk.
* Tables: ``messages`` (``buid`` = the chat partner's IMO id, ``last_message`` = the text,
  ``timestamp``, ``message_type``, ``imdata`` JSON) and ``friends`` (``buid``, ``name``). The
  friends table is optional: without it the sender is shown by IMO id. A friends table that
  exists but cannot be read makes the file partial (names lost), with the reason.
* Times: ``timestamp`` is nanoseconds since the Unix epoch (UTC). Older or foreign rows in
  micro-, milli- or plain seconds are recognised by magnitude. ``timestamp`` is written to the
  second (``...Z``); the raw value is kept in ``time_as_written``. No zone is assumed.
* Direction: ``message_type`` 1 is incoming (sender = the contact's name, ``sender_id`` = buid);
  0 (Autopsy) and 2 (ALEAPP) are outgoing (sender "owner", or the account name when the
  database has an ``account`` table). Any other value is not guessed: sender stays empty.
* Groups: where the ``author`` column names someone other than the chat's buid, that author is
  the sender (``author_alias`` or their friends name) and the chat is marked a group.
* Attachments: ``imdata`` JSON gives ``original_path`` (preferred) or ``local_path``, a path on
  the phone; it is kept as written, with no evidence location (the phone path cannot be placed
  in the exhibit reliably). Unreadable ``imdata`` only loses the attachment, not the message.
* Order: rows are read in the table's own order (rowid: the order IMO stored them), which keeps
  a damaged table readable up to the damage. The database gives no line or byte offset: a
  message is found by its chat (``imo:<buid>``) and raw timestamp, unique per chat in IMO's
  schema. A database that breaks part-way keeps the messages read and is partial with counts.
* Recent messages may still be in the write-ahead log beside the database
  (``imofriends.db-wal``): when the extraction holds one, it is copied beside the private copy
  too, and that copy (only it) is opened read-write so that SQLite reads the log into it.
* Not read (yet): ``delete_type``/``message_state`` (meanings unverified), big-group and call
  tables, and ``accountdb.db``.
"""

from __future__ import annotations

import fnmatch
import json
import sqlite3
from datetime import datetime, timezone

from evidtriage.plugin_api import (
    MessageArtifact, NotMyFormat, ParseError, Parser, SQLITE_MAGIC, database_copy, db_columns, db_int, db_tables,
    db_text, hookimpl, one_line,
)

EVIDTRIAGE_API = ">=1.0,<2"

REQUIRED = ("buid", "timestamp", "last_message")
OPTIONAL = ("message_type", "imdata", "author", "author_alias")
INCOMING, OUTGOING = (1,), (0, 2)


def iso_from_epoch(raw) -> datetime | None:
    """The UTC time (to the second) of an IMO timestamp: nanoseconds, or by magnitude µs/ms/s."""
    value = db_int(raw)
    if value is None:
        return None
    size = abs(value)
    divisor = 10**9 if size >= 10**17 else 10**6 if size >= 10**14 else 10**3 if size >= 10**11 else 1
    try:
        return datetime.fromtimestamp(value // divisor, timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _direction(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _attachments(imdata) -> tuple[tuple[str, str], ...]:
    if imdata is None:
        return ()
    try:
        data = json.loads(imdata)
    except (ValueError, TypeError, RecursionError):
        return ()
    if not isinstance(data, dict):
        return ()
    for key in ("original_path", "local_path"):
        path = data.get(key)
        if isinstance(path, str) and path:
            return ((path, ""),)
    return ()


class ImoParser(Parser):
    NAME = "imo_db"
    VERSION = "1.1.0"
    DESCRIPTION = "IMO (imo.im) Android imofriends.db (with its -wal when present): chats with contact names, as messages."
    FILENAME_PATTERNS = ("imofriends*.db",)
    SIGNATURES = (SQLITE_MAGIC,)
    PRIORITY = 40

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if not head.startswith(SQLITE_MAGIC):
            return False
        if fnmatch.fnmatch(file.name.lower(), "imofriends*.db"):
            return True
        return b"last_message" in head and b"imdata" in head and b"buid" in head

    def parse(self, file, stream, ctx):
        with database_copy(file, stream) as con:  # never SQLite on the evidence itself
            try:
                yield from _read(con)
            except UnicodeDecodeError as exc:  # a damaged schema: SQLite's own text is not UTF-8
                raise ParseError(f"database damaged: its schema is not valid UTF-8 (byte {exc.start})") from None


def _read(con: sqlite3.Connection):
    try:
        tables = db_tables(con)
        columns = db_columns(con, "messages") if "messages" in tables else []
    except sqlite3.DatabaseError as exc:
        raise ParseError(f"database could not be read: {one_line(exc)}") from None
    if not all(c in columns for c in REQUIRED):
        raise NotMyFormat()  # SQLite, but not IMO's chats
    problems = []
    names, owner, owner_id = {}, "owner", ""
    try:
        names = _friend_names(con, tables)
    except sqlite3.DatabaseError as exc:
        problems.append(f"contact names could not be read ({one_line(exc)}): senders shown by IMO id")
    try:
        owner, owner_id = _owner(con, tables)
    except sqlite3.DatabaseError:
        pass  # the owner's own name is a nicety; "owner" says the same
    present = [c for c in OPTIONAL if c in columns]
    authors: dict[str, set[str]] = {}
    if "author" in present:
        try:
            authors = _group_authors(con, present, names)
        except sqlite3.DatabaseError:
            pass  # group senders are still read row by row below
    query = f"SELECT rowid, {', '.join(REQUIRED + tuple(present))} FROM messages ORDER BY rowid"
    read = 0
    try:
        for rowid, *values in con.execute(query):
            row = dict(zip(REQUIRED + tuple(present), values), rowid=rowid)
            yield _message(row, names, owner, owner_id, authors)
            read += 1
    except sqlite3.DatabaseError as exc:
        try:
            total = con.execute("SELECT count(*) FROM messages").fetchone()[0]
            counted = f"{read} of {total} messages read"
        except sqlite3.DatabaseError:
            counted = f"{read} messages read"
        problems.insert(0, f"database damaged: {counted} ({one_line(exc)})")
    if problems:
        raise ParseError("; ".join(problems))


def _friend_names(con, tables) -> dict[str, str]:
    if "friends" not in tables:
        return {}
    cols = db_columns(con, "friends")
    picks = [c for c in ("name", "display", "note_name") if c in cols]
    if "buid" not in cols or not picks:
        return {}
    names = {}
    for buid, *candidates in con.execute(f"SELECT buid, {', '.join(picks)} FROM friends"):
        name = next((db_text(c) for c in candidates if db_text(c).strip()), "")
        if buid is not None and name:
            names[db_text(buid)] = name
    return names


def _owner(con, tables) -> tuple[str, str]:
    if "account" not in tables:
        return "owner", ""
    cols = db_columns(con, "account")
    if "name" not in cols:
        return "owner", ""
    uid = "uid" if "uid" in cols else "''"
    row = con.execute(f"SELECT name, {uid} FROM account LIMIT 1").fetchone()
    if not row or not db_text(row[0]).strip():
        return "owner", ""
    return db_text(row[0]), db_text(row[1])


def _group_authors(con, present, names) -> dict[str, set[str]]:
    alias = "author_alias" if "author_alias" in present else "''"
    groups: dict[str, set[str]] = {}
    for buid, author, author_alias in con.execute(
            f"SELECT buid, author, {alias} FROM messages WHERE author IS NOT NULL AND author != '' "
            f"AND author != buid GROUP BY buid, author"):
        groups.setdefault(db_text(buid), set()).add(db_text(author_alias) or names.get(db_text(author)) or db_text(author))
    return groups


def _message(row: dict, names, owner: str, owner_id: str, authors) -> MessageArtifact:
    buid = db_text(row["buid"])
    contact = names.get(buid) or buid
    direction = _direction(row.get("message_type"))
    author = db_text(row.get("author"))
    if direction in INCOMING:
        if author and author != buid:
            sender_id = author
            sender = db_text(row.get("author_alias")) or names.get(author) or author
        else:
            sender, sender_id = contact, buid
    elif direction in OUTGOING:
        sender, sender_id = owner, owner_id
    else:
        sender, sender_id = "", ""  # direction not recorded or not known: not guessed
    attachments = _attachments(row.get("imdata"))
    is_group = buid in authors or None
    participants = (*sorted(authors[buid]), owner) if is_group else (contact, owner)
    raw = row["timestamp"]
    return MessageArtifact(
        text=db_text(row["last_message"]), conversation=f"imo:{buid}", conversation_title=contact,
        is_group=is_group, participants=participants, sender=sender, sender_id=sender_id,
        timestamp=iso_from_epoch(raw), time_as_written="" if raw is None else db_text(raw),
        message_kind="attachment" if attachments else "message", attachments=attachments,
        record=f"rowid={row['rowid']}" if row.get("rowid") is not None else "")


@hookimpl
def register_parsers():
    return [ImoParser]
