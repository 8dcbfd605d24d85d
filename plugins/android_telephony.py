"""Android's own telephony databases (from a full-file-system extraction): SMS and MMS, the call
log, and the contacts that name their numbers.

Where (Android 7 on; older phones keep them under ``data/data`` alike):

* ``data/user_de/0/com.android.providers.telephony/databases/mmssms.db`` (SMS, MMS), the MMS
  attachments in ``.../com.android.providers.telephony/app_parts/PART_...``;
* ``data/data/com.android.providers.contacts/databases/calllog.db`` (calls; before Android 7 the
  ``calls`` table is in ``contacts2.db``) and ``contacts2.db`` (the address book).

The schemas are the platform's own (``android.provider.Telephony``, ``CallLog.Calls``,
``ContactsContract``) as public forensic write-ups and ALEAPP's SMS/MMS, call-log and contacts
modules describe them (read for the schema only). Read:

* ``sms``: ``_id``, ``thread_id``, ``address``, ``date`` (ms since 1970, UTC), ``type`` (1 received;
  2 sent, 3 draft, 4 outbox, 5 failed, 6 queued: the owner's), ``subject``, ``body``;
* ``pdu`` (MMS): ``_id``, ``thread_id``, ``date`` (**seconds** since 1970), ``msg_box`` (1 received;
  2 sent, 3 draft, 4 outbox), ``sub`` (subject); ``part``: ``mid``, ``seq``, ``ct``, ``text``
  (``text/plain`` parts, joined in ``seq`` order), ``_data`` (the attachment's path on the
  phone), ``cl``/``name``/``fn``; ``application/smil`` (layout) is left out; ``addr``: ``msg_id``,
  ``address``, ``type`` (137 from, 151 to, 130 cc, 129 bcc);
* ``threads.recipient_ids`` with ``canonical_addresses`` (who a thread is with);
* ``calls``: ``_id``, ``number``, ``date`` (ms), ``duration`` (s), ``type`` (1 incoming, 2 outgoing,
  3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered elsewhere), ``name`` (the name cached
  when the call was logged), ``presentation`` (2 withheld, 3 unknown, 4 payphone);
* ``contacts2.db``: ``raw_contacts`` (``display_name``, ``deleted``), ``data`` with ``mimetypes``
  (``vnd.android.cursor.item/phone_v2``: ``data1`` the number as typed, ``data4`` normalised).

How each is shown:

* One conversation per correspondent, ``sms:<address>`` (the same id as the SMS Backup & Restore
  parser gives, so a backup and the database of one phone meet); a group MMS thread is the
  addresses joined with ``~``. Calls are ``calls:<number>``, message kind ``call``.
* Names: from ``contacts2.db`` beside the database, or at its usual place in the same extraction
  (``data/data/com.android.providers.contacts/databases/contacts2.db``), matched on the last ten
  digits of the number (``01712345678`` = ``+8801712345678``); a call's cached name comes first.
  Without the address book, senders are shown by number, and the file says why.
* The owner's messages have the sender "owner"; a draft, unsent or failed message says so in
  ``record`` (``sms _id=7 (draft)``).
* Times are absolute (UTC): no zone is assumed; the raw value is kept in ``time_as_written``.
* An MMS attachment keeps its phone path as written; it resolves to the file of the same name in
  the ``app_parts`` folder beside ``databases/`` when the extraction holds it (or, in the report,
  to the one file of the exhibit whose path ends with it).
* A damaged table keeps what was read (the file is then partial, with counts).
* Not read: RCS (``rcs_*`` tables of newer phones, Google Messages' own ``bugle_db``), delivery
  reports, the SIM of each message, blocked-number lists, and contacts' other fields (e-mail,
  address) beyond the metadata of each contact.
"""

from __future__ import annotations

import posixpath
import re
import sqlite3

from evidtriage.plugin_api import (
    DatabaseParser, MessageArtifact, MetadataArtifact, ParseError, database_copy, db_columns, db_int, db_select,
    db_tables, db_text, epoch_utc, hookimpl, one_line, phone_key,
)

EVIDTRIAGE_API = ">=1.0,<2"

OWNER = "owner"
SMS_BOXES = {1: "", 2: "", 3: "draft", 4: "outbox", 5: "failed", 6: "queued"}
MMS_BOXES = {1: "", 2: "", 3: "draft", 4: "outbox"}
CALL_TYPES = {1: "incoming", 2: "outgoing", 3: "missed", 4: "voicemail", 5: "rejected", 6: "blocked",
              7: "answered elsewhere"}
PRESENTATION = {2: "number withheld", 3: "number unknown", 4: "payphone"}
ADDR_FROM, ADDR_TO = 137, 151
PHONE_MIME = "vnd.android.cursor.item/phone_v2"
#: Where the telephony and contacts providers keep their databases inside an extraction.
_PROVIDER = re.compile(r"^(?P<root>.*?)(?:data/(?:data|user(?:_de)?/\d+)/)com\.android\.providers\.(?:telephony|contacts)/")
_CONTACTS_AT = ("data/data/", "data/user/0/", "data/user_de/0/")


# -- shared helpers (each built-in plugin is one self-contained file) ---------------------------


def number_key(number: str) -> str:
    """What two spellings of one phone number share: its last ten digits (all of them when
    fewer); an address that is not a number (an e-mail, a sender name "bKash") is itself, lower-case."""
    digits = re.sub(r"\D", "", number)
    if len(digits) >= 6 and re.fullmatch(r"[\d\s()+\-.]+", number.strip()):
        return digits[-10:]
    return number.strip().lower()


class Names:
    """Contact names by phone number (see :func:`number_key`)."""

    def __init__(self, names: dict[str, str] | None = None):
        self.names = names or {}

    def __call__(self, number: str) -> str:
        return self.names.get(number_key(number), "") if number else ""

    def __len__(self) -> int:
        return len(self.names)


def contacts_paths(file) -> list[str]:
    """Where ``contacts2.db`` is in the same extraction as ``file`` (a telephony database)."""
    inner = file.path.rsplit("!/", 1)
    prefix = inner[0] + "!/" if len(inner) == 2 else ""
    m = _PROVIDER.match(inner[-1])
    if not m:
        return []
    return [f"{prefix}{m['root']}{at}com.android.providers.contacts/databases/contacts2.db" for at in _CONTACTS_AT]


def read_contacts(con) -> list[tuple[int, str, tuple[str, ...], bool]]:
    """(raw contact id, name, numbers, deleted) of each contact of a ``contacts2.db``."""
    tables = db_tables(con)
    if not {"raw_contacts", "data", "mimetypes"} <= tables:
        return []
    rc_cols = db_columns(con, "raw_contacts")
    names = {rid: (db_text(name).strip(), db_int(deleted) == 1) for rid, name, deleted in con.execute(
        f"SELECT _id, {db_select(rc_cols, 'display_name', 'deleted')} FROM raw_contacts")}
    numbers: dict[int, list[str]] = {}
    for rid, typed, normalised in con.execute(
            "SELECT d.raw_contact_id, d.data1, d.data4 FROM data d JOIN mimetypes m ON m._id = d.mimetype_id "
            "WHERE m.mimetype = ? ORDER BY d._id", (PHONE_MIME,)):
        for n in (db_text(typed).strip(), db_text(normalised).strip()):
            if n and n not in numbers.setdefault(rid, []):
                numbers[rid].append(n)
    return [(rid, name, tuple(numbers.get(rid, ())), deleted) for rid, (name, deleted) in sorted(names.items())]


def contact_names(file) -> tuple[Names, str]:
    """The names of the address book of the extraction ``file`` is in, and a problem ("" if none)."""
    attempts = [{"name": "contacts2.db"}] if file.name.lower() != "contacts2.db" else []
    attempts += [{"path": p} for p in contacts_paths(file) if p != file.path]
    for where in attempts:
        try:
            with database_copy(file, **where) as con:
                if con is None:
                    continue
                names = {}
                for _, name, numbers, _ in read_contacts(con):
                    for n in numbers:
                        if name:
                            names.setdefault(number_key(n), name)
                return Names(names), ""
        except (sqlite3.DatabaseError, ParseError) as exc:
            return Names(), f"contacts2.db could not be read ({one_line(exc)}): shown by number"
    return Names(), ""


class _Telephony(DatabaseParser):
    """Names come from the address book (contacts2.db) of the same extraction."""

    def records(self, con, tables, file, problems):
        names, problem = (Names(), "") if file.name.lower() == "contacts2.db" else contact_names(file)
        if problem:
            problems.append(problem)
        return self.rows(con, tables, names, file)


def _call(row_id, number, date, duration, ctype, cached, presentation, names, region) -> MessageArtifact:
    number = db_text(number).strip()
    withheld = PRESENTATION.get(db_int(presentation) or 1, "")
    t = db_int(ctype)
    kind = CALL_TYPES.get(t, f"type {t}" if t is not None else "unknown type")
    seconds = db_int(duration)
    name = db_text(cached).strip() or names(number) or number or withheld or "(no number)"
    text = f"{kind} call" + (f", {seconds} s" if seconds else "") + (f" ({withheld})" if withheld else "")
    outgoing = t == 2
    return MessageArtifact(
        text=text, conversation=f"calls:{phone_key(number, region) or withheld}", conversation_title=name, is_group=False,
        participants=(name,), sender=OWNER if outgoing else name, sender_id="" if outgoing else number,
        timestamp=epoch_utc(date, 1000), time_as_written="" if date is None else db_text(date),
        message_kind="call", record=f"calls _id={row_id}")


def _calls(con, names, region):
    """The rows of ``calls``, each a call; one number written two ways ("+8801712345678" when
    received, "01712345678" as dialled) is one conversation, by its E.164 key."""
    cols = db_columns(con, "calls")
    query = (f"SELECT _id, number, date, {db_select(cols, 'duration', 'type', 'name', 'presentation')} "
             "FROM calls ORDER BY _id")
    for row in con.execute(query):
        yield _call(*row, names, region)


class AndroidSmsMmsParser(_Telephony):
    NAME = "android_mmssms_db"
    VERSION = "1.1.0"  # 1.1: a thread keyed by its numbers in E.164, as sms_backup_xml keys it
    DESCRIPTION = ("Android mmssms.db (SMS, MMS with text parts and attachments; names from contacts2.db), "
                   "as messages.")
    FILENAME_PATTERNS = ("mmssms*.db",)
    SCHEMA_HINTS = (b"CREATE TABLE sms", b"CREATE TABLE pdu")

    def mine(self, con, tables):
        return "sms" in tables and {"address", "date", "body", "type"} <= db_columns(con, "sms")

    def rows(self, con, tables, names, file):
        threads = _thread_addresses(con, tables)
        yield from self._sms(con, threads, names)
        if {"pdu", "part"} <= tables:
            yield from self._mms(con, tables, threads, names, file)

    def _sms(self, con, threads, names):
        cols = db_columns(con, "sms")
        for row_id, thread, address, date, stype, subject, body in con.execute(
                f"SELECT _id, {db_select(cols, 'thread_id')}, address, date, type, {db_select(cols, 'subject')}, body "
                "FROM sms ORDER BY _id"):
            address = db_text(address).strip()
            people = threads.get(thread) or ([address] if address else [])
            t = db_int(stype)
            received = t == 1
            state = SMS_BOXES.get(t, f"type {t}")
            body, subject = db_text(body), db_text(subject)
            yield _message(people, names, self.context.region, received=received, sender_address=address if received else "",
                           text=f"{subject}\n{body}" if subject else body, when=epoch_utc(date, 1000),
                           written=date, attachments=(), record=f"sms _id={row_id}" + (f" ({state})" if state else ""))

    def _mms(self, con, tables, threads, names, file):
        parts: dict[int, list[tuple]] = {}
        part_cols = db_columns(con, "part")
        for mid, seq, ct, text, data, cl, name, fn in con.execute(
                f"SELECT mid, {db_select(part_cols, 'seq', 'ct', 'text', '_data', 'cl', 'name', 'fn')} "
                "FROM part ORDER BY mid, seq, _id"):
            parts.setdefault(mid, []).append((db_text(ct).lower(), db_text(text), db_text(data), db_text(cl) or db_text(name) or db_text(fn)))
        addrs: dict[int, list[tuple[str, int | None]]] = {}
        if "addr" in tables:
            for msg, address, atype in con.execute("SELECT msg_id, address, type FROM addr ORDER BY _id"):
                address = db_text(address).strip()
                if address and address != "insert-address-token":
                    addrs.setdefault(msg, []).append((address, db_int(atype)))
        folder = posixpath.dirname(posixpath.dirname(file.path))  # .../com.android.providers.telephony
        pdu_cols = db_columns(con, "pdu")
        for row_id, thread, date, box, subject in con.execute(
                f"SELECT _id, {db_select(pdu_cols, 'thread_id')}, date, msg_box, {db_select(pdu_cols, 'sub')} FROM pdu ORDER BY _id"):
            b = db_int(box)
            received = b == 1
            mine = addrs.get(row_id, [])
            sender = next((a for a, t in mine if t == ADDR_FROM), "") if received else ""
            people = threads.get(thread) or [a for a, t in mine if (t == ADDR_FROM) == received] or ([sender] if sender else [])
            texts, attachments = [], []
            for ct, text, data, label in parts.get(row_id, ()):
                if ct == "application/smil":
                    continue
                if ct.startswith("text/plain") and not data:
                    if text:
                        texts.append(text)
                    continue
                written = data or label or ct
                local = ""
                if data and folder:
                    candidate = f"{folder}/app_parts/{posixpath.basename(data)}"
                    local = candidate if file.has_file(candidate) else ""
                attachments.append((written, local))
            subject = db_text(subject)
            state = MMS_BOXES.get(b, f"msg_box {b}")
            yield _message(people, names, self.context.region, received=received, sender_address=sender,
                           text="\n".join(([subject] if subject else []) + texts), when=epoch_utc(date, 1),
                           written=date, attachments=tuple(attachments),
                           record=f"pdu _id={row_id}" + (f" ({state})" if state else ""))


def _thread_addresses(con, tables) -> dict[int, list[str]]:
    """Who each thread is with: ``threads.recipient_ids`` through ``canonical_addresses``."""
    if not {"threads", "canonical_addresses"} <= tables:
        return {}
    canonical = {cid: db_text(a).strip() for cid, a in con.execute("SELECT _id, address FROM canonical_addresses")}
    out = {}
    for tid, ids in con.execute("SELECT _id, recipient_ids FROM threads"):
        people = [canonical[i] for i in map(db_int, db_text(ids).split()) if i in canonical and canonical[i]]
        if people:
            out[tid] = people
    return out


def _message(people, names, region, *, received, sender_address, text, when, written, attachments, record) -> MessageArtifact:
    is_group = len(people) > 1
    titles = [names(p) or p for p in people]
    title = ", ".join(titles) if titles else "(no address)"
    if received:
        sender_address = sender_address or (people[0] if len(people) == 1 else "")
        sender = names(sender_address) or sender_address
    else:
        sender, sender_address = OWNER, ""
    return MessageArtifact(
        text=text, conversation="sms:" + "~".join(phone_key(p, region) for p in people), conversation_title=title, is_group=is_group,
        participants=tuple(sorted(titles)) if is_group else (title, OWNER), sender=sender,
        sender_id=sender_address, timestamp=when, time_as_written="" if written is None else db_text(written),
        message_kind="attachment" if attachments else "message", attachments=attachments, record=record)


class AndroidCallLogParser(_Telephony):
    NAME = "android_calllog_db"
    VERSION = "1.1.0"  # 1.1: calls with one number keyed by its E.164 form
    DESCRIPTION = "Android calllog.db (the call log; names from contacts2.db or as cached), as calls."
    FILENAME_PATTERNS = ("calllog*.db",)
    SCHEMA_HINTS = (b"CREATE TABLE calls", b"presentation")
    NOUN = "calls"

    def mine(self, con, tables):
        return "calls" in tables and {"number", "date"} <= db_columns(con, "calls") and "raw_contacts" not in tables

    def rows(self, con, tables, names, file):
        yield from _calls(con, names, self.context.region)


class AndroidContactsParser(_Telephony):
    NAME = "android_contacts_db"
    VERSION = "1.1.0"  # 1.1: calls with one number keyed by its E.164 form
    DESCRIPTION = ("Android contacts2.db: each contact (name, numbers) as metadata, and the call log an older "
                   "Android keeps in it, as calls.")
    FILENAME_PATTERNS = ("contacts2*.db",)
    SCHEMA_HINTS = (b"CREATE TABLE raw_contacts", b"mimetype_id")
    NOUN = "records"

    def mine(self, con, tables):
        return {"raw_contacts", "data", "mimetypes"} <= tables

    def rows(self, con, tables, names, file):
        contacts = read_contacts(con)
        own = Names({number_key(n): name for _, name, numbers, _ in contacts for n in numbers if name})
        for rid, name, numbers, deleted in contacts:
            if not name and not numbers:
                continue
            yield MetadataArtifact(metadata={"name": name, "phone_numbers": list(numbers), "deleted": deleted,
                                             "record": f"raw_contacts _id={rid}"}, source="android-contact")
        if "calls" in tables and {"number", "date"} <= db_columns(con, "calls"):
            yield from _calls(con, own, self.context.region)


@hookimpl
def register_parsers():
    return [AndroidSmsMmsParser, AndroidCallLogParser, AndroidContactsParser]
