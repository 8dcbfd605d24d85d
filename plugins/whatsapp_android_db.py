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
* Not read: reactions, quoted replies, polls, call_log (the calls).

Encrypted backups (``WhatsApp/Databases/msgstore.db.crypt12``, ``.crypt14``, ``.crypt15``, on the
phone's storage) are read by ``whatsapp_android_backup`` with a key file the examiner gives
(``--key-file``, as many as needed: each is tried, and only the one whose tag checks is used) or
the one in the same exhibit: the ``key`` file (crypt12, crypt14) or ``encrypted_backup.key``
(crypt15, the end-to-end encrypted backup's 64-digit key) in ``data/data/com.whatsapp/files/`` of
the extraction, or beside the backup. The layouts are the ones public write-ups and the
wa-crypt-tools project describe (read for the format only). crypt12: a 67-byte header with the
IV at bytes 51-67, AES-256-GCM over the zlib-compressed database, its 16-byte tag and 4 bytes
more. crypt14/15: a length byte, an optional feature byte 0x01, a protobuf prefix holding the
16-byte IV, then AES-256-GCM over the zlib-compressed database, its 16-byte tag, and (for
msgstore) an MD5 of everything before it. The crypt12/14 key is the last 32 bytes of the
158-byte ``key`` file; the crypt15 key is derived from the 32-byte root key as
HMAC-SHA256(HMAC-SHA256(0^32, root), "backup encryption" 0x01). GCM's tag proves the key and IV
right: a wrong key, a damaged file or a layout this code does not know is a skip with the reason,
never a guessed database. Without any key the backup stays ``not examined: encrypted``; a key
given on a later run opens it then (see ``evidtriage.intake.keyfiles``). Not done: crypt8 and older.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import posixpath
import re
import sqlite3
import tempfile
import zlib

from evidtriage.plugin_api import (
    DatabaseParser, MessageArtifact, NotMyFormat, ParseError, Parser, SQLITE_MAGIC, database_copy, db_columns, db_int,
    db_tables, db_text, epoch_utc, hookimpl, one_line, utc_text,
)

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
DELETED, SYSTEM = 15, 7


def iso_ms(raw) -> str | None:
    """UTC ISO time (to the second) of milliseconds since 1970; None for a missing or absurd value."""
    when = epoch_utc(raw, 1000)
    return utc_text(when) if when else None


def _number(jid: str) -> str:
    """The phone number of a personal jid (``8801712345678@s.whatsapp.net`` -> ``+8801712345678``)."""
    user, _, server = jid.partition("@")
    return f"+{user}" if server == "s.whatsapp.net" and user.isdigit() else jid


class WhatsAppAndroidDbParser(DatabaseParser):
    NAME = "whatsapp_android_db"
    VERSION = "1.0.1"
    DESCRIPTION = ("WhatsApp for Android msgstore.db (current and legacy schemas, with wa.db contact names "
                   "and its -wal when present), as messages.")
    FILENAME_PATTERNS = ("msgstore*.db",)

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if super().can_parse(head, file):
            return True
        # renamed: either generation's schema
        return head.startswith(SQLITE_MAGIC) and (b"key_remote_jid" in head or (b"text_data" in head and b"chat_row_id" in head))

    def mine(self, con, tables):
        return _reader(con, tables) is not None

    def records(self, con, tables, file, problems):
        reader = _reader(con, tables)
        reader.names = {}  # senders by number unless wa.db names them
        try:
            for where in _wa_db_places(file):
                with database_copy(file, **where) as contacts:
                    if contacts is not None:
                        reader.names = _contact_names(contacts)
                        break
        except (sqlite3.DatabaseError, ParseError) as exc:
            problems.append(f"wa.db beside it could not be read ({one_line(exc)}): senders shown by number")
        return reader.messages()


def _reader(con, tables):
    """The reader of this msgstore.db's generation (current or legacy), or None for neither."""
    if {"message", "chat", "jid"} <= tables and {"text_data", "chat_row_id"} <= db_columns(con, "message"):
        return _Current(con, tables)
    if "messages" in tables and {"key_remote_jid", "data", "timestamp"} <= db_columns(con, "messages"):
        return _Legacy(con, tables)
    return None


def _wa_db_places(file) -> list[dict]:
    """Where ``wa.db`` is: beside the database, else (for a backup on the phone's storage) in
    ``data/data/com.whatsapp/databases/`` of the same extraction."""
    prefix, sep, inner = file.path.rpartition("!/")
    parts = inner.split("/")[:-1]
    places = [{"name": "wa.db"}]
    if "crypt" in file.name.lower():
        places += [{"path": prefix + sep + "/".join(parts[:k] + ["data", "data", "com.whatsapp", "databases", "wa.db"])}
                   for k in range(len(parts), -1, -1)]
    return places


def _contact_names(con) -> dict[str, str]:
    if "wa_contacts" not in db_tables(con):
        return {}
    cols = db_columns(con, "wa_contacts")
    picks = [c for c in ("display_name", "wa_name") if c in cols]
    if "jid" not in cols or not picks:
        return {}
    names = {}
    for jid, *candidates in con.execute(f"SELECT jid, {', '.join(picks)} FROM wa_contacts"):
        name = next((db_text(c).strip() for c in candidates if db_text(c).strip()), "")
        if jid and name:
            names[db_text(jid)] = name
    return names


class _Reader:
    """What both schemas share: names, conversations and the artifact.

    Speed (bench/msgstore.py): what is the same for every message of a chat (its title, members,
    conversation id) and every sender's name is worked out once and kept; times are written
    from the minute's text kept from the message before (rows come in time order, mostly)."""

    names: dict[str, str]

    def __init__(self, con, tables):
        self.con, self.tables = con, tables
        self._chats: dict[tuple[str, str], tuple] = {}
        self._senders: dict[str, str] = {}
        self._minute, self._minute_text = None, ""

    def name(self, jid: str) -> str:
        return self.names.get(jid) or _number(jid)

    def sender_name(self, jid: str) -> str:
        found = self._senders.get(jid)
        if found is None:
            found = self._senders[jid] = self.name(jid)
        return found

    def chat(self, chat_jid: str, subject: str, members) -> tuple:
        key = (chat_jid, subject)
        found = self._chats.get(key)
        if found is None:
            is_group = chat_jid.endswith("@g.us")
            title = subject or ("status updates" if chat_jid == "status@broadcast" else self.name(chat_jid))
            participants = tuple(sorted(self.name(m) for m in members)) if is_group else (title, OWNER)
            found = self._chats[key] = (f"whatsapp:{chat_jid}", title, is_group, participants,
                                        is_group or chat_jid == "status@broadcast", self.name(chat_jid))
        return found

    def when(self, raw) -> str | None:
        """:func:`iso_ms`, with the minute's text reused."""
        if type(raw) is not int or raw <= 0:
            return iso_ms(raw)
        seconds = raw // 1000
        minute = seconds // 60
        if minute != self._minute:
            full = iso_ms(raw)
            if full is None:
                return None
            self._minute, self._minute_text = minute, full[:-3]
        return f"{self._minute_text}{seconds % 60:02d}Z"

    def artifact(self, *, row_id, chat_jid, subject, members, from_me, sender_jid, timestamp, text, kind,
                 media_path) -> MessageArtifact:
        conversation, title, is_group, participants, by_member, chat_name = self.chat(chat_jid, subject, members)
        if from_me:
            sender, sender_id = OWNER, ""
        elif by_member and sender_jid:
            sender, sender_id = self.sender_name(sender_jid), sender_jid
        else:
            sender, sender_id = chat_name, chat_jid
        if media_path and kind == "message":
            kind = "attachment"
        return MessageArtifact(
            text=text, conversation=conversation, conversation_title=title, is_group=is_group,
            participants=participants, sender=sender, sender_id=sender_id, timestamp=self.when(timestamp),
            time_as_written=str(timestamp) if type(timestamp) is int else db_text(timestamp), message_kind=kind,
            attachments=((media_path, ""),) if media_path else (), record=f"message _id={row_id}")


class _Current(_Reader):
    def messages(self):
        con = self.con
        jids = {rid: db_text(raw) for rid, raw in con.execute("SELECT _id, raw_string FROM jid")}
        chats = {cid: (jids.get(jrid, ""), db_text(subject))
                 for cid, jrid, subject in con.execute("SELECT _id, jid_row_id, subject FROM chat")}
        members: dict[str, list[str]] = {}
        if "group_participant_user" in self.tables:
            for group, user in con.execute("SELECT group_jid_row_id, user_jid_row_id FROM group_participant_user"):
                members.setdefault(jids.get(group, ""), []).append(jids.get(user, ""))
        media = "message_media" in self.tables
        media_cols = db_columns(con, "message_media") if media else set()
        caption = "mm.media_caption" if "media_caption" in media_cols else "NULL"
        query = ("SELECT m._id, m.chat_row_id, m.from_me, m.sender_jid_row_id, m.timestamp, m.message_type, "
                 f"m.text_data, {'mm.file_path' if media else 'NULL'}, {caption if media else 'NULL'} FROM message m "
                 + ("LEFT JOIN message_media mm ON mm.message_row_id = m._id " if media else "")
                 + "ORDER BY m._id")
        kinds = {DELETED: "deletion", SYSTEM: "system"}
        for row_id, chat_id, from_me, sender_rid, ts, mtype, text, path, cap in con.execute(query):
            chat_jid, subject = chats.get(chat_id, ("", ""))
            if not chat_jid or chat_jid == "-1":
                continue  # WhatsApp's own placeholder rows
            yield self.artifact(row_id=row_id, chat_jid=chat_jid, subject=subject,
                                members=members.get(chat_jid, ()), from_me=from_me == 1 or db_int(from_me) == 1,
                                sender_jid=jids.get(sender_rid, ""), timestamp=ts,
                                text=(text if type(text) is str else db_text(text)) or db_text(cap),
                                kind=kinds.get(mtype if type(mtype) is int else db_int(mtype), "message"),
                                media_path=db_text(path) if path is not None else "")


class _Legacy(_Reader):
    def messages(self):
        con = self.con
        cols = db_columns(con, "messages")
        subjects = {}
        if "chat_list" in self.tables and {"key_remote_jid", "subject"} <= db_columns(con, "chat_list"):
            subjects = {db_text(j): db_text(s) for j, s in con.execute("SELECT key_remote_jid, subject FROM chat_list")}
        members: dict[str, list[str]] = {}
        if "group_participants" in self.tables:
            for group, user in con.execute("SELECT gjid, jid FROM group_participants WHERE jid != ''"):
                members.setdefault(db_text(group), []).append(db_text(user))
        pick = [c if c in cols else "NULL" for c in ("remote_resource", "media_wa_type", "media_name",
                                                      "media_caption", "status")]
        query = (f"SELECT _id, key_remote_jid, key_from_me, timestamp, data, {', '.join(pick)} "
                 "FROM messages ORDER BY _id")
        for row_id, chat_jid, from_me, ts, data, sender, wa_type, media_name, cap, status in con.execute(query):
            chat_jid = db_text(chat_jid)
            if not chat_jid or chat_jid == "-1":
                continue
            kind = "deletion" if db_int(wa_type) == DELETED else "system" if db_int(status) == 6 else "message"
            yield self.artifact(row_id=row_id, chat_jid=chat_jid, subject=subjects.get(chat_jid, ""),
                                members=members.get(chat_jid, ()), from_me=db_int(from_me) == 1,
                                sender_jid=db_text(sender), timestamp=ts, text=db_text(data) or db_text(cap),
                                kind=kind, media_path=db_text(media_name))


_CRYPT_NAME = re.compile(r"^msgstore.*\.db\.crypt(12|14|15)$", re.I)
KEY_FILES = {"12": "key", "14": "key", "15": "encrypted_backup.key"}
CHUNK = 1024 * 1024


class WhatsAppBackupParser(Parser):
    """``msgstore.db.crypt12`` / ``.crypt14`` / ``.crypt15`` decrypted with a key given with
    ``--key-file`` or found in the same exhibit."""

    NAME = "whatsapp_android_backup"
    VERSION = "1.1.0"
    DESCRIPTION = ("WhatsApp for Android encrypted backups msgstore.db.crypt12/.crypt14/.crypt15, decrypted with "
                   "a key file given with --key-file or found in the same extraction, read as messages.")
    FILENAME_PATTERNS = ("msgstore*.db.crypt12", "msgstore*.db.crypt14", "msgstore*.db.crypt15")
    PRIORITY = 40
    TIMEOUT = 600.0

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        return bool(_CRYPT_NAME.match(file.name)) and len(head) > 64

    def parse(self, file, stream, ctx):
        version = _CRYPT_NAME.match(file.name)[1]
        given = [(name, key) for name, raw in ctx.key_files
                 if (key := _key_from_file(raw, version)) is not None]
        found = _backup_key(file, version)
        keys = [key for _, key in given] + ([found] if found is not None else [])
        if not keys:
            if ctx.key_files:
                raise ParseError(f"encrypted backup (crypt{version}) not decrypted: none of the {len(ctx.key_files)} "
                                 f"key files given (--key-file) is a crypt{version} key, and its key "
                                 f"(com.whatsapp files/{KEY_FILES[version]}) is not in the exhibit")
            raise NotMyFormat()  # no key at all: left "not examined: encrypted", with its reason
        with tempfile.TemporaryDirectory(prefix="evidtriage-crypt-") as folder:
            plain = os.path.join(folder, "msgstore.db")
            _decrypt(stream, keys, plain, version)
            with open(plain, "rb") as db:
                yield from WhatsAppAndroidDbParser().parse(file, db, ctx)


def _backup_key(file, version: str) -> bytes | None:
    """The AES key of a backup, from its key file in the exhibit; None if there is none."""
    name = KEY_FILES[version]
    prefix, sep, inner = file.path.rpartition("!/")
    parts = inner.split("/")[:-1]
    places = [posixpath.join(posixpath.dirname(inner), name)]
    places += ["/".join(parts[:k] + ["data", "data", "com.whatsapp", "files", name]) for k in range(len(parts), -1, -1)]
    for place in dict.fromkeys(places):
        with file.open_file(prefix + sep + place) as f:
            if f is None:
                continue
            raw = f.read(4096)
        key = _key_from_file(raw, version)
        if key is not None:
            return key
    return None


def _key_from_file(raw: bytes, version: str) -> bytes | None:
    """The AES key in a key file's bytes for a backup of ``version``, or None when it holds none:
    crypt12 and crypt14 take the last 32 bytes of the 158-byte ``key`` file; crypt15 derives its
    key from the 32-byte root key (64 hex digits, or a Java-serialised byte array)."""
    if version in ("12", "14"):
        return raw[126:158] if len(raw) == 158 else None
    text = raw.strip()
    if re.fullmatch(rb"[0-9a-fA-F]{64}", text):
        root = bytes.fromhex(text.decode())
    elif len(raw) >= 32 and raw.startswith(b"\xac\xed"):  # a Java-serialised byte[32]
        root = raw[-32:]
    else:
        return None
    seed = hmac.new(b"\x00" * 32, root, hashlib.sha256).digest()
    return hmac.new(seed, b"backup encryption\x01", hashlib.sha256).digest()


def _protobuf_ivs(data: bytes, depth: int = 0) -> list[bytes]:
    """Every 16-byte length-delimited field of a protobuf message, at any depth (the IV is one)."""
    found, i = [], 0
    try:
        while i < len(data):
            tag, i = _varint(data, i)
            wire = tag & 7
            if tag >> 3 == 0:
                return found
            if wire == 0:
                _, i = _varint(data, i)
            elif wire == 1:
                i += 8
            elif wire == 5:
                i += 4
            elif wire == 2:
                size, i = _varint(data, i)
                value = data[i:i + size]
                i += size
                if len(value) == 16:
                    found.append(value)
                if depth < 4:
                    found += _protobuf_ivs(value, depth + 1)
            else:
                return found
    except IndexError:
        pass
    return found


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7
        if shift > 63:
            raise IndexError


def _layout(stream, size: int, version: str) -> tuple[list[bytes], int, int]:
    """(candidate IVs, where the ciphertext starts, where its 16-byte GCM tag is) of a backup.

    crypt12: a 67-byte header with the IV at bytes 51-67, then the ciphertext, the tag and 4
    bytes more. crypt14/15: a length byte, an optional feature byte 0x01, a protobuf prefix that
    holds the IV, the ciphertext, the tag, and (when present) an MD5 of all before it.
    """
    stream.seek(0)
    head = stream.read(4096)
    if version == "12":
        if size < 67 + 16 + 4:
            raise ParseError("encrypted backup too short to hold its header")
        return [head[51:67]], 67, size - 20
    if len(head) < 2:
        raise ParseError("encrypted backup too short to hold its header")
    start = 2 if head[1] == 1 else 1
    prefix = head[start:start + head[0]]
    body = start + head[0]
    ivs = list(dict.fromkeys(_protobuf_ivs(prefix)))
    if not ivs:
        raise ParseError("encrypted backup: no IV in its header (a layout evidtriage does not know): not decrypted")
    # with a checksum, the file ends with the MD5 of all before it, after the 16-byte tag
    stream.seek(size - 16)
    tail = stream.read(16)
    md5 = hashlib.md5()
    stream.seek(0)
    remaining = size - 16
    while remaining > 0:
        chunk = stream.read(min(CHUNK, remaining))
        if not chunk:
            break
        md5.update(chunk)
        remaining -= len(chunk)
    return ivs, body, (size - 32 if md5.digest() == tail else size - 16)


def _decrypt(stream, keys: list[bytes], out_path: str, version: str) -> None:
    """Decrypt and inflate a backup to ``out_path`` with the first of ``keys`` whose GCM tag
    checks; ParseError when none opens it."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.exceptions import InvalidTag

    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    ivs, body, end = _layout(stream, size, version)
    stream.seek(end)
    tag = stream.read(16)
    if end <= body or len(tag) < 16:
        raise ParseError("encrypted backup shorter than its header says: not decrypted")
    for key in keys:
        for iv in ivs:
            if _decrypt_with(stream, Cipher(algorithms.AES(key), modes.GCM(iv, tag)).decryptor(), body, end,
                             out_path, InvalidTag):
                return
    where = "the key given or found in the exhibit does not" if len(keys) == 1 else \
        f"none of the {len(keys)} keys given or found in the exhibit"
    raise ParseError(f"encrypted backup (crypt{version}): {where} open it (wrong key, damaged file, or a layout "
                     "evidtriage does not know): not decrypted")


def _decrypt_with(stream, decryptor, body: int, end: int, out_path: str, invalid_tag) -> bool:
    """Whether ``decryptor`` opens the ciphertext (its tag checks); the database is then in ``out_path``."""
    inflate, inflated = zlib.decompressobj(), True
    stream.seek(body)
    remaining = end - body
    with open(out_path, "wb") as out:
        while remaining > 0:
            chunk = stream.read(min(CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            plain = decryptor.update(chunk)
            if inflated:
                try:
                    out.write(inflate.decompress(plain))
                except zlib.error:
                    inflated = False  # garbage: a wrong IV or key; the tag will tell
        try:
            decryptor.finalize()
        except invalid_tag:
            return False
        if not inflated:
            raise ParseError("encrypted backup decrypted (its tag checks) but is not a compressed database")
        out.write(inflate.flush())
    with open(out_path, "rb") as check:
        if check.read(16) != SQLITE_MAGIC:
            raise ParseError("encrypted backup decrypted (its tag checks) but does not hold a SQLite database")
    return True


@hookimpl
def register_parsers():
    return [WhatsAppAndroidDbParser, WhatsAppBackupParser]
