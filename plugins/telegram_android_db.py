"""Telegram for Android's own database, ``cache4.db`` (from a full-file-system extraction), as
messages, as far as its text can be read without Telegram's full type schema.

Where: ``data/data/org.telegram.messenger/files/cache4.db`` (``files/account1/cache4.db`` and so
on for a second or third account). The table layout is the one Telegram's own Android source
creates (``MessagesStorage``) and forensic write-ups describe (Francesco Picasso's teleparser
notes); read for the layout only:

* ``messages_v2`` (``messages`` before 2021): ``mid``, ``uid`` (the dialog: a user's id, minus a
  group's or channel's id), ``date`` (seconds since 1970, UTC), ``out`` (1: sent by the owner),
  ``data`` (the message as Telegram serialises it on the wire, its "TL" form);
* ``users`` (``uid``, ``name``) and ``chats`` (``uid``, ``name``): the names Telegram keeps for
  search, in lower case, with ``;;;username`` after a user's name when they have one.

How the text is found: in every layer of Telegram's ``message`` type, the message's ``date``
comes immediately before its text, and a TL string is a length, the UTF-8 bytes, then zero bytes
to a multiple of four. The text is the TL string right after the first place the ``data`` blob
holds the row's own ``date``, and only when that string is whole: its length inside the blob,
its padding all zeros, strict UTF-8, no control characters. A group message's sender is the
first ``peerUser`` in the blob (a message's ``from_id`` comes before its ``peer_id``).

What is not read, and said so: service events (members added, calls, pins: their action comes
where a message has its text, and fails the checks above), media (the caption is the text; the
file itself is not located), reactions, edits, replies' targets, secret chats' keys. A row whose
text cannot be found is counted, not guessed: the file gets a metadata record with the count of
rows read and not read. Names are Telegram's lower-case search names. Times are absolute: no
zone is assumed; the raw value is kept in ``time_as_written``.
"""

from __future__ import annotations

import struct

from evidtriage.plugin_api import (
    DatabaseParser, MessageArtifact, MetadataArtifact, db_columns, db_int, db_text, epoch_utc, hookimpl,
)

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
#: ``peerUser`` in current layers (user_id:long) and before 2021 (user_id:int), little-endian.
PEER_USER_LONG = struct.pack("<I", 0x59511722)
PEER_USER_INT = struct.pack("<I", 0x9DB1BC6D)
_CONTROL = {chr(c) for c in range(32)} - {"\n", "\t", "\r"}


class TelegramAndroidDbParser(DatabaseParser):
    NAME = "telegram_android_db"
    VERSION = "1.0.0"
    DESCRIPTION = ("Telegram for Android cache4.db: the text of messages (not service events or media files), "
                   "with the dialog's and sender's names, as messages.")
    FILENAME_PATTERNS = ("cache4.db",)
    SCHEMA_HINTS = (b"messages_v2", b"enc_chats")

    def mine(self, con, tables):
        table = _table(tables)
        return table is not None and {"mid", "uid", "date", "data", "out"} <= db_columns(con, table)

    def records(self, con, tables, file, problems):
        table = _table(tables)
        users = _names(con, tables, "users")
        chats = _names(con, tables, "chats")
        read = unread = 0
        for mid, uid, date, data, out in con.execute(f"SELECT mid, uid, date, data, out FROM {table} ORDER BY uid, mid"):
            blob = bytes(data) if isinstance(data, (bytes, bytearray, memoryview)) else b""
            stamp = db_int(date)
            text = message_text(blob, stamp) if stamp else None
            if text is None:
                unread += 1
                continue
            read += 1
            yield _message(db_int(mid), db_int(uid) or 0, date, stamp, text, db_int(out) == 1, blob, users, chats)
        yield MetadataArtifact(metadata={"messages_read": read, "rows_not_read": unread, "table": table,
                                         "not_read": "service events, and rows whose text is not where a "
                                                     "message keeps it (see the parser's notes)"},
                               source="telegram-android-db")


def _table(tables) -> str | None:
    return "messages_v2" if "messages_v2" in tables else "messages" if "messages" in tables and "enc_chats" in tables else None


def _names(con, tables, table: str) -> dict[int, tuple[str, str]]:
    """id -> (name, @username or "") from Telegram's search names."""
    if table not in tables or not {"uid", "name"} <= db_columns(con, table):
        return {}
    out = {}
    for uid, name in con.execute(f"SELECT uid, name FROM {table}"):
        full, _, username = db_text(name).partition(";;;")
        out[db_int(uid) or 0] = (full.strip(), ("@" + username.strip()) if username.strip() else "")
    return out


def _message(mid, uid, raw_date, stamp, text, out, blob, users, chats) -> MessageArtifact:
    group = uid < 0
    if group:
        title = chats.get(-uid, ("", ""))[0] or f"chat {-uid}"
    else:
        name, username = users.get(uid, ("", ""))
        title = name or username or f"user {uid}"
    if out:
        sender, sender_id = OWNER, ""
    elif not group:
        sender, sender_id = title, str(uid)
    else:
        who = sender_of(blob)
        name, username = users.get(who, ("", "")) if who is not None else ("", "")
        sender = name or username or (f"user {who}" if who is not None else "")
        sender_id = "" if who is None else str(who)
    return MessageArtifact(
        text=text, conversation=f"telegram:{uid}", conversation_title=title, is_group=group,
        sender=sender, sender_id=sender_id, timestamp=epoch_utc(stamp), time_as_written=db_text(raw_date),
        message_kind="message", record=f"mid={mid} uid={uid}")


def message_text(blob: bytes, date: int) -> str | None:
    """The text of a serialised message: the whole TL string right after its ``date``; None when
    there is none (a service event, or a layout where the text is not there)."""
    try:
        marker = struct.pack("<i", date)
    except struct.error:
        return None
    at = blob.find(marker, 8)  # after the constructor and flags
    if at < 0:
        return None
    return tl_string(blob, at + 4)


def tl_string(blob: bytes, at: int) -> str | None:
    """A TL string at ``at``, or None unless it is whole (length inside, zero padding, strict
    UTF-8, no control characters)."""
    if at >= len(blob):
        return None
    first = blob[at]
    if first == 254:
        if at + 4 > len(blob):
            return None
        size, head = int.from_bytes(blob[at + 1:at + 4], "little"), 4
    elif first == 255:
        return None
    else:
        size, head = first, 1
    end = at + head + size
    padded = at + (head + size + 3) // 4 * 4
    if padded > len(blob) or any(blob[end:padded]):
        return None
    try:
        text = blob[at + head:end].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(c in _CONTROL for c in text):
        return None
    return text


def sender_of(blob: bytes) -> int | None:
    """The id of the first ``peerUser`` in a serialised message (its ``from_id``), or None."""
    at = blob.find(PEER_USER_LONG, 8)
    if at >= 0 and at + 12 <= len(blob):
        return struct.unpack_from("<q", blob, at + 4)[0]
    at = blob.find(PEER_USER_INT, 8)
    if at >= 0 and at + 8 <= len(blob):
        return struct.unpack_from("<i", blob, at + 4)[0]
    return None


@hookimpl
def register_parsers():
    return [TelegramAndroidDbParser]
