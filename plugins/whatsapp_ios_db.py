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


from evidtriage.plugin_api import DatabaseParser, MessageArtifact, apple_utc, db_columns, db_int, db_text, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
DELETED, GROUP_EVENT, NOTICE = 14, 6, 10
MISSED_CALL_EVENTS = (1, 4, 22)


def _number(jid: str) -> str:
    user, _, server = jid.partition("@")
    return f"+{user}" if server == "s.whatsapp.net" and user.isdigit() else jid


class WhatsAppIosDbParser(DatabaseParser):
    NAME = "whatsapp_ios_db"
    VERSION = "1.0.0"
    DESCRIPTION = "WhatsApp for iPhone ChatStorage.sqlite (with its -wal when present), as messages."
    FILENAME_PATTERNS = ("ChatStorage*.sqlite",)
    SCHEMA_HINTS = (b"ZWAMESSAGE", b"ZWACHATSESSION")

    def mine(self, con, tables):
        return {"ZWAMESSAGE", "ZWACHATSESSION"} <= tables

    def records(self, con, tables, file, problems):
        return _messages(con, tables)


def _messages(con, tables):
    push = {}
    if "ZWAPROFILEPUSHNAME" in tables:
        push = {db_text(j): db_text(n) for j, n in con.execute("SELECT ZJID, ZPUSHNAME FROM ZWAPROFILEPUSHNAME")}

    def name(jid: str, given: str = "") -> str:
        return given.strip() or push.get(jid, "").strip() or _number(jid)

    sessions = {pk: (db_text(jid), db_text(partner)) for pk, jid, partner in
                con.execute("SELECT Z_PK, ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION")}
    members: dict[int, tuple[str, str]] = {}
    by_chat: dict[int, list[str]] = {}
    if "ZWAGROUPMEMBER" in tables:
        for pk, chat, jid, contact in con.execute("SELECT Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME FROM ZWAGROUPMEMBER"):
            members[pk] = (db_text(jid), name(db_text(jid), db_text(contact)))
            by_chat.setdefault(chat, []).append(members[pk][1])
    media = {}
    if "ZWAMEDIAITEM" in tables:
        cols = db_columns(con, "ZWAMEDIAITEM")
        title = "ZTITLE" if "ZTITLE" in cols else "NULL"
        media = {msg: (db_text(path), db_text(cap)) for msg, path, cap in
                 con.execute(f"SELECT ZMESSAGE, ZMEDIALOCALPATH, {title} FROM ZWAMEDIAITEM WHERE ZMESSAGE IS NOT NULL")}
    cols = db_columns(con, "ZWAMESSAGE")
    pick = [c if c in cols else "NULL" for c in ("ZGROUPMEMBER", "ZGROUPEVENTTYPE", "ZFROMJID")]
    order = "ZSORT, Z_PK" if "ZSORT" in cols else "Z_PK"
    query = (f"SELECT Z_PK, ZCHATSESSION, ZISFROMME, ZMESSAGEDATE, ZTEXT, ZMESSAGETYPE, {', '.join(pick)} "
             f"FROM ZWAMESSAGE ORDER BY {order}")
    for pk, chat, from_me, date, text, mtype, member, event, from_jid in con.execute(query):
        chat_jid, partner = sessions.get(chat, ("", ""))
        is_group = chat_jid.endswith("@g.us")
        title = partner.strip() or name(chat_jid) if chat_jid else "(chat not recorded)"
        if db_int(from_me) == 1:
            sender, sender_id = OWNER, ""
        elif is_group:
            sender_id, sender = members.get(member, (db_text(from_jid), name(db_text(from_jid))))
        else:
            sender_id, sender = chat_jid, title
        path, caption = media.get(pk, ("", ""))
        t, e = db_int(mtype), db_int(event)
        if t == DELETED:
            kind = "deletion"
        elif t == NOTICE and e in MISSED_CALL_EVENTS:
            kind = "call"
        elif t in (GROUP_EVENT, NOTICE):
            kind = "system"
        else:
            kind = "attachment" if path else "message"
        yield MessageArtifact(
            text=db_text(text) or caption, conversation=f"whatsapp:{chat_jid}", conversation_title=title,
            is_group=is_group, participants=tuple(sorted(by_chat.get(chat, ()))) if is_group else (title, OWNER),
            sender=sender, sender_id=sender_id, timestamp=apple_utc(date),
            time_as_written="" if date is None else db_text(date), message_kind=kind,
            attachments=((path, ""),) if path else (), record=f"ZWAMESSAGE Z_PK={pk}")


@hookimpl
def register_parsers():
    return [WhatsAppIosDbParser]
