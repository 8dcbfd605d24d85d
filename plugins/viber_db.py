"""Viber for Android's own message database, ``viber_messages`` (from a full-file-system
extraction), as messages.

Where: ``data/data/com.viber.voip/databases/viber_messages`` (no extension; its companion
``viber_data`` holds calls and the phone book and is not read here). The schema is the one ALEAPP's
Viber module reads (read for the schema only); only what it documents is relied on:

* ``messages``: ``_id``, ``conversation_id``, ``participant_id`` (a ``participants`` row),
  ``msg_date`` (milliseconds since 1970, UTC), ``body``, ``send_type`` (1 sent by the owner, else
  received), ``extra_uri`` (an attachment's location on the phone, kept as written);
* ``participants``: ``_id``, ``conversation_id``, ``participant_info_id``;
  ``participants_info``: ``_id``, ``number``, and a name where the table has one (``contact_name``,
  ``display_name`` or ``viber_name``, the first that is filled);
* ``conversations``: a group's ``name`` where the table has that column.

Conversation ``viber:<conversation_id>``, titled by the group name or the other people's names;
the owner's messages (``send_type`` 1) have the sender "owner", and the participant rows those
messages name are taken as the owner's (in a conversation where the owner never wrote, their row
is not known and counts as a member). Times are absolute: no zone is assumed; the raw
value is kept in ``time_as_written``. Not read: message types and system events (``msg_info``,
``extra_mime``: undocumented), reactions, deletions, ``viber_data`` (calls, contacts), and the
iOS and desktop databases.
"""

from __future__ import annotations


from evidtriage.plugin_api import DatabaseParser, MessageArtifact, db_columns, db_text, epoch_utc, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
SENT = 1


class ViberDbParser(DatabaseParser):
    NAME = "viber_db"
    VERSION = "1.0.0"
    DESCRIPTION = "Viber for Android viber_messages (messages, participants, attachments by phone path), as messages."
    FILENAME_PATTERNS = ("viber_messages",)
    SCHEMA_HINTS = (b"participants_info",)

    def mine(self, con, tables):
        needed = {"conversation_id", "participant_id", "msg_date", "body"}
        return {"messages", "participants", "participants_info"} <= tables and needed <= db_columns(con, "messages")

    def records(self, con, tables, file, problems):
        return _messages(con, tables)


def _messages(con, tables):
    info_cols = db_columns(con, "participants_info")
    name_cols = [c for c in ("contact_name", "display_name", "viber_name") if c in info_cols]
    people = {}
    for row in con.execute(f"SELECT _id, number{''.join(', ' + c for c in name_cols)} FROM participants_info"):
        number = db_text(row[1]).strip()
        name = next((db_text(n).strip() for n in row[2:] if db_text(n).strip()), "")
        people[row[0]] = (number, name or number)
    participant = {}
    members: dict[int, list[str]] = {}
    for pid, conv, info in con.execute("SELECT _id, conversation_id, participant_info_id FROM participants ORDER BY _id"):
        participant[pid] = people.get(info, ("", ""))
        members.setdefault(conv, []).append(pid)
    groups = {}
    if "conversations" in tables and "name" in db_columns(con, "conversations"):
        groups = {cid: db_text(n).strip() for cid, n in con.execute("SELECT _id, name FROM conversations")}
    cols = db_columns(con, "messages")
    pick = ", ".join(c if c in cols else "NULL" for c in ("send_type", "extra_uri"))
    owner_rows = set()
    if "send_type" in cols:  # the participant rows of the owner: those of the messages they sent
        owner_rows = {p for (p,) in con.execute("SELECT DISTINCT participant_id FROM messages WHERE send_type = 1")}
    for mid, conv, pid, date, body, send_type, uri in con.execute(
            f"SELECT _id, conversation_id, participant_id, msg_date, body, {pick} FROM messages ORDER BY msg_date, _id"):
        owner = send_type == SENT or db_text(send_type) == "1"
        names = sorted({participant[p][1] for p in members.get(conv, ()) if p not in owner_rows and participant[p][1]})
        is_group = bool(groups.get(conv)) or len(names) > 1
        title = groups.get(conv) or ", ".join(names) or f"conversation {conv}"
        number, name = participant.get(pid, ("", ""))
        uri = db_text(uri)
        yield MessageArtifact(
            text=db_text(body), conversation=f"viber:{conv}", conversation_title=title, is_group=is_group,
            participants=tuple(names) if is_group else (title, OWNER), sender=OWNER if owner else (name or number),
            sender_id="" if owner else number, timestamp=epoch_utc(date, 1000), time_as_written="" if date is None else db_text(date),
            message_kind="attachment" if uri else "message", attachments=((uri, ""),) if uri else (),
            record=f"messages _id={mid}")


@hookimpl
def register_parsers():
    return [ViberDbParser]
