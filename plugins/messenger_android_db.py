"""Facebook Messenger for Android's own database, ``threads_db2`` (from a full-file-system
extraction), as messages.

Where: ``data/data/com.facebook.orca/databases/threads_db2`` (no extension). Two generations are
described by public write-ups and open parsers (ALEAPP's Facebook Messenger module, the HPI
project's ``fbmessenger.android``; read for the schema only), and both are read as far as that
goes:

* **threads_db2** (up to about 2022): ``messages`` (``msg_id``, ``thread_key``, ``text``,
  ``sender``: JSON with ``user_key`` ``FACEBOOK:<id>`` and ``name``, ``timestamp_ms``, ``msg_type``,
  ``attachments``: JSON), ``threads`` (``thread_key`` ``ONE_TO_ONE:<other>:<owner>`` or
  ``GROUP:<id>``, ``name`` of a group), ``thread_users`` (``user_key``, ``name``),
  ``thread_participants`` (``thread_key``, ``user_key``). The owner is the last id of the
  one-to-one thread keys; their messages have the sender "owner".
* **msys** (newer, recognised by ``logging_events_v2``): ``messages`` (``message_id``,
  ``thread_key``, ``sender_id``, ``text``, ``timestamp_ms``), ``contacts`` (``id``, ``name``),
  ``threads`` (``thread_name``), ``participants``. The database does not say which account is the
  owner's: every sender is shown by name, none as "owner".

Times are milliseconds since 1970 (UTC): no zone is assumed; the raw value is kept in
``time_as_written``. ``msg_type`` 0 (threads_db2) is a message; -1 (empty rows) is left out; other
types (members added or left, calls, renames) are "system". Attachments: the ``filename`` of each
entry of the ``attachments`` JSON, as written (Messenger keeps the files in its cache, not by that
name, so none is resolved). Not read: reactions, replies, the media cache, Messenger's secret
(end-to-end encrypted) conversations, which are in other files; msys attachments and system
events (their layout is not documented).
"""

from __future__ import annotations

import json
from functools import partial

from evidtriage.plugin_api import DatabaseParser, MessageArtifact, db_columns, db_int, db_text, epoch_utc, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"


def _json(raw):
    try:
        return json.loads(db_text(raw)) if raw else None
    except (ValueError, RecursionError):
        return None


class MessengerAndroidDbParser(DatabaseParser):
    NAME = "messenger_android_db"
    VERSION = "1.0.0"
    DESCRIPTION = "Facebook Messenger for Android threads_db2 (and the newer msys layout), as messages."
    FILENAME_PATTERNS = ("threads_db2",)
    SCHEMA_HINTS = (b"thread_participants",)

    def mine(self, con, tables):
        return _layout(con, tables) is not None

    def records(self, con, tables, file, problems):
        return _layout(con, tables)(con, tables)


def _layout(con, tables):
    """The reader of this database's layout (threads_db2 or msys), or None for neither."""
    cols = db_columns(con, "messages") if "messages" in tables else set()
    if {"thread_key", "sender", "timestamp_ms", "text"} <= cols:
        return partial(_threads_db2, cols=cols)
    if {"thread_key", "sender_id", "timestamp_ms", "text"} <= cols and "contacts" in tables:
        return _msys
    return None


def _user_id(user_key: str) -> str:
    return user_key.split(":", 1)[1] if user_key.startswith("FACEBOOK:") else user_key


def _threads_db2(con, tables, cols):
    names = {}
    if "thread_users" in tables:
        names = {db_text(k): db_text(n).strip() for k, n in con.execute("SELECT user_key, name FROM thread_users")}
    thread_names = {}
    if "threads" in tables and "name" in db_columns(con, "threads"):
        thread_names = {db_text(k): db_text(n).strip() for k, n in con.execute("SELECT thread_key, name FROM threads")}
    members: dict[str, list[str]] = {}
    if "thread_participants" in tables:
        for key, user in con.execute("SELECT thread_key, user_key FROM thread_participants ORDER BY rowid"):
            members.setdefault(db_text(key), []).append(db_text(user))
    owners = {k.split(":")[2] for k in thread_names.keys() | members.keys()
              if k.startswith("ONE_TO_ONE:") and k.count(":") == 2}
    owner = next(iter(owners)) if len(owners) == 1 else ""
    pick = [c if c in cols else "NULL" for c in ("msg_type", "attachments")]
    query = (f"SELECT rowid, msg_id, thread_key, sender, timestamp_ms, text, {', '.join(pick)} FROM messages "
             "ORDER BY timestamp_ms, rowid")
    for rowid, msg_id, key, sender, ts, text, mtype, attachments in con.execute(query):
        t = db_int(mtype)
        if t == -1:
            continue
        key = db_text(key)
        info = _json(sender)
        user_key = db_text(info.get("user_key")) if isinstance(info, dict) else ""
        uid = _user_id(user_key)
        given = db_text(info.get("name")).strip() if isinstance(info, dict) else ""
        is_group = key.startswith("GROUP:")
        people = [u for u in members.get(key, []) if _user_id(u) != owner]
        titles = [names.get(u) or _user_id(u) for u in people]
        if not is_group and not titles and key.startswith("ONE_TO_ONE:"):
            other = key.split(":")[1]
            titles = [names.get(f"FACEBOOK:{other}") or other]
        title = thread_names.get(key) or ", ".join(titles) or key
        if owner and uid == owner:
            who, who_id = OWNER, ""
        else:
            who, who_id = names.get(user_key) or given or uid, uid
        files = []
        for item in _json(attachments) or ():
            if isinstance(item, dict) and isinstance(item.get("filename"), str) and item["filename"]:
                files.append((item["filename"], ""))
        kind = "message" if t in (0, None) else "system"
        if files and kind == "message":
            kind = "attachment"
        yield MessageArtifact(
            text=db_text(text), conversation=f"messenger-android:{key}", conversation_title=title, is_group=is_group,
            participants=tuple(sorted(titles)) if is_group else (title, OWNER), sender=who, sender_id=who_id,
            timestamp=epoch_utc(ts, 1000), time_as_written="" if ts is None else db_text(ts), message_kind=kind,
            attachments=tuple(files), record=f"messages msg_id={db_text(msg_id) or rowid}")


def _msys(con, tables):
    names = {db_text(i): db_text(n).strip() for i, n in con.execute("SELECT CAST(id AS TEXT), name FROM contacts")}
    thread_names, members = {}, {}
    if "threads" in tables and "thread_name" in db_columns(con, "threads"):
        thread_names = {db_text(k): db_text(n).strip() for k, n in
                        con.execute("SELECT CAST(thread_key AS TEXT), thread_name FROM threads")}
    if "participants" in tables:
        for key, cid in con.execute("SELECT CAST(thread_key AS TEXT), CAST(contact_id AS TEXT) FROM participants"):
            members.setdefault(db_text(key), []).append(names.get(db_text(cid)) or db_text(cid))
    for rowid, mid, key, sender, ts, text in con.execute(
            "SELECT rowid, message_id, CAST(thread_key AS TEXT), CAST(sender_id AS TEXT), timestamp_ms, text "
            "FROM messages ORDER BY timestamp_ms, rowid"):
        key, sender = db_text(key), db_text(sender)
        people = sorted(members.get(key, ()))
        title = thread_names.get(key) or ", ".join(people) or key
        yield MessageArtifact(
            text=db_text(text), conversation=f"messenger-android:{key}", conversation_title=title,
            is_group=len(people) > 2 if people else None, participants=tuple(people),
            sender=names.get(sender) or sender, sender_id=sender, timestamp=epoch_utc(ts, 1000),
            time_as_written="" if ts is None else db_text(ts), message_kind="message",
            record=f"messages message_id={db_text(mid) or rowid}")


@hookimpl
def register_parsers():
    return [MessengerAndroidDbParser]
