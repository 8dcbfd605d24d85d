"""The demo phone's full-file-system part: the apps' own databases at their places in an Android
extraction, carrying the same story as the exports beside them (``demo.exports`` and the WhatsApp
export), so that the report shows them linked: the same numbers, the same bKash account and
transaction, the same picture.

* ``data/data/com.whatsapp/databases/msgstore.db`` (current schema) with ``wa.db``: Karim's chat
  with Rahim, as in "WhatsApp Chat with Rahim Agent.zip", plus what an export does not carry: a
  message Rahim deleted for everyone. The picture is at its place on the phone's storage
  (``WhatsApp/Media/WhatsApp Images/``). The export's times are Dhaka wall-clock times; the
  database's are UTC (10:02 in Dhaka is 04:02 UTC).
* ``data/data/com.android.providers.telephony/databases/mmssms.db``: the SMS of the SMS Backup &
  Restore file (the bKash confirmation, the brother's messages) and an MMS from Rahim, with
  ``contacts2.db`` (``data/data/com.android.providers.contacts/databases/``) for the names.

Invented people and numbers only. The DDL is ours, trimmed from the published schemas.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from .exports import RAHIM, T0

BHAIYA = "+8801911222333"
WA_T0 = 1705032120  # 2024-01-12T04:02:00Z = 10:02 in Dhaka, the export's first message

MSGSTORE = """
CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,
    agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT);
CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE, hidden INTEGER,
    subject TEXT, created_timestamp INTEGER, display_message_row_id INTEGER, last_message_row_id INTEGER);
CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL, from_me INTEGER NOT NULL,
    key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER, broadcast INTEGER, recipient_count INTEGER,
    participant_hash TEXT, origination_flags INTEGER, origin INTEGER, timestamp INTEGER, received_timestamp INTEGER,
    receipt_server_timestamp INTEGER, message_type INTEGER, text_data TEXT, starred INTEGER, lookup_tables INTEGER,
    sort_id INTEGER NOT NULL DEFAULT 0);
CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER, file_path TEXT, file_size INTEGER,
    mime_type TEXT, media_name TEXT, media_caption TEXT, width INTEGER, height INTEGER);
CREATE TABLE group_participant_user (_id INTEGER PRIMARY KEY AUTOINCREMENT, group_jid_row_id INTEGER NOT NULL,
    user_jid_row_id INTEGER NOT NULL, rank INTEGER, pending INTEGER);
"""
WA_DB = """
CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL, is_whatsapp_user BOOLEAN,
    status TEXT, number TEXT, raw_contact_id INTEGER, display_name TEXT, phone_type INTEGER, wa_name TEXT);
"""
MMSSMS = """
CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER, date INTEGER,
    date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0, status INTEGER DEFAULT -1, type INTEGER,
    reply_path_present INTEGER, subject TEXT, body TEXT, service_center TEXT, locked INTEGER DEFAULT 0,
    sub_id INTEGER DEFAULT -1, error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0);
CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER, date_sent INTEGER DEFAULT 0,
    msg_box INTEGER, read INTEGER DEFAULT 0, m_id TEXT, sub TEXT, sub_cs INTEGER, ct_t TEXT, m_type INTEGER,
    tr_id TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1, seen INTEGER DEFAULT 0, creator TEXT,
    text_only INTEGER DEFAULT 0);
CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT, mid INTEGER, seq INTEGER DEFAULT 0, ct TEXT, name TEXT,
    chset INTEGER, cd TEXT, fn TEXT, cid TEXT, cl TEXT, ctt_s INTEGER, ctt_t TEXT, _data TEXT, text TEXT);
CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER, address TEXT, type INTEGER,
    charset INTEGER);
CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT, date INTEGER DEFAULT 0, message_count INTEGER DEFAULT 0,
    recipient_ids TEXT, snippet TEXT, snippet_cs INTEGER DEFAULT 0, read INTEGER DEFAULT 1, archived INTEGER DEFAULT 0,
    type INTEGER DEFAULT 0, error INTEGER DEFAULT 0, has_attachment INTEGER DEFAULT 0);
CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT);
"""
CONTACTS2 = """
CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL);
CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER, sourceid TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, contact_id INTEGER, display_name TEXT, display_name_alt TEXT,
    display_name_source INTEGER NOT NULL DEFAULT 0, sort_key TEXT, starred INTEGER NOT NULL DEFAULT 0);
CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, package_id INTEGER, mimetype_id INTEGER NOT NULL,
    raw_contact_id INTEGER NOT NULL, is_primary INTEGER NOT NULL DEFAULT 0, is_super_primary INTEGER NOT NULL DEFAULT 0,
    data_version INTEGER NOT NULL DEFAULT 0, data1 TEXT, data2 TEXT, data3 TEXT, data4 TEXT, data5 TEXT);
"""

#: Karim's chat with Rahim as WhatsApp stored it: (seconds after WA_T0, from Karim, type, text[, media]).
WHATSAPP = [
    (0, False, 0, "Malaysia factory job, free visa, no experience needed. salary RM 1800"),
    (180, True, 0, "ki korte hobe bhai?"),
    (300, False, 0, "passport amar kache jama rakhte hobe. advance 50000 taka amar personal bKash e pathan 01712-345678"),
    (420, True, 0, "ঠিক আছে ভাই, কাল পাঠাবো"),
    (540, False, 1, None, ("Media/WhatsApp Images/IMG-20240112-WA0001.jpg", "image/jpeg", "ei dekhen company r visa")),
    (600, False, 0, "kauke bolba na, BMET smart card lagbe na"),
    (86400 * 51 + 45480, True, 0, "bhai malik passport niye nise, 3 mash beton dey na"),
    (86400 * 51 + 45540, True, 0, "ghore atke rakhse, baire jete dey na"),
    (86400 * 51 + 45780, False, 0, "aro 1 lakh taka dile passport ferot dibe. beshi bolle police e dhoriye dibo"),
    (86400 * 51 + 45840, False, 15, None),  # deleted for everyone: only the database knows it was there
]


def _db(script: str, fill) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.db"
        con = sqlite3.connect(path)
        con.executescript(script)
        fill(con)
        con.commit()
        con.close()
        return path.read_bytes()


def msgstore() -> bytes:
    def fill(con):
        rahim = f"{RAHIM[1:]}@s.whatsapp.net"
        con.execute("INSERT INTO jid (_id, user, server, raw_string) VALUES (1, ?, 's.whatsapp.net', ?)", (RAHIM[1:], rahim))
        con.execute("INSERT INTO chat (_id, jid_row_id) VALUES (1, 1)")
        for i, (dt, mine, mtype, text, *media) in enumerate(WHATSAPP, start=1):
            con.execute("INSERT INTO message (_id, chat_row_id, from_me, key_id, timestamp, message_type, text_data, sort_id) "
                        "VALUES (?, 1, ?, ?, ?, ?, ?, ?)", (i, int(mine), f"3EB0DEMO{i:04d}", (WA_T0 + dt) * 1000, mtype, text, i))
            if media:
                path, mime, caption = media[0]
                con.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, media_caption) "
                            "VALUES (?, 1, ?, ?, ?)", (i, path, mime, caption))
    return _db(MSGSTORE, fill)


def wa_contacts() -> bytes:
    return _db(WA_DB, lambda con: con.execute(
        "INSERT INTO wa_contacts (jid, is_whatsapp_user, number, display_name, wa_name) VALUES (?, 1, ?, 'Rahim Agent', 'Rahim')",
        (f"{RAHIM[1:]}@s.whatsapp.net", RAHIM)))


def mmssms() -> bytes:
    def fill(con):
        con.executemany("INSERT INTO canonical_addresses (_id, address) VALUES (?, ?)",
                        [(1, "bKash"), (2, BHAIYA), (3, "01712345678")])
        con.executemany("INSERT INTO threads (_id, recipient_ids) VALUES (?, ?)", [(1, "1"), (2, "2"), (3, "3")])
        con.executemany("INSERT INTO sms (_id, thread_id, address, date, type, body, read) VALUES (?, ?, ?, ?, ?, ?, 1)", [
            (1, 1, "bKash", (T0 + 1800) * 1000, 1, "Send Money Tk 50,000.00 to 01712345678 successful. Fee Tk 5.00. "
                                                   "Balance Tk 1,230.50. TrxID 8N7A6D5F4C at 12/01/2024 16:32"),
            (2, 2, BHAIYA, (T0 + 86400 * 60) * 1000, 1, "Karim tui thik achis? phone dhorish na keno?"),
            (3, 2, BHAIYA, (T0 + 86400 * 60 + 120) * 1000, 2, "ভাই আমাকে ঘরে আটকে রাখছে, বাইরে যেতে দেয় না")])
        con.execute("INSERT INTO pdu (_id, thread_id, date, msg_box, m_type, sub) VALUES (1, 3, ?, 1, 132, NULL)",
                    (T0 + 86400 * 2,))
        con.executemany("INSERT INTO part (mid, seq, ct, cl, text) VALUES (1, ?, ?, ?, ?)", [
            (-1, "application/smil", "smil.xml", "<smil><body><par><text src=\"text_0.txt\"/></par></body></smil>"),
            (0, "text/plain", "text_0.txt", "flight er age baki 1 lakh taka bKash korben 01712345678, passport ami rakhbo")])
        con.executemany("INSERT INTO addr (msg_id, address, type, charset) VALUES (1, ?, ?, 106)",
                        [(RAHIM, 137), ("insert-address-token", 151)])
    return _db(MMSSMS, fill)


def contacts2() -> bytes:
    def fill(con):
        con.executemany("INSERT INTO mimetypes (_id, mimetype) VALUES (?, ?)",
                        [(1, "vnd.android.cursor.item/name"), (5, "vnd.android.cursor.item/phone_v2")])
        con.executemany("INSERT INTO raw_contacts (_id, display_name) VALUES (?, ?)", [(1, "Rahim Agent"), (2, "Bhaiya")])
        con.executemany("INSERT INTO data (mimetype_id, raw_contact_id, data1, data4) VALUES (?, ?, ?, ?)", [
            (5, 1, "01712-345678", RAHIM), (5, 2, "01911-222333", BHAIYA)])
    return _db(CONTACTS2, fill)


def write_ffs(root: Path, photo: bytes) -> None:
    """Write the FFS part under the demo's evidence folder ``root``."""
    places = {
        "data/data/com.whatsapp/databases/msgstore.db": msgstore(),
        "data/data/com.whatsapp/databases/wa.db": wa_contacts(),
        "data/data/com.android.providers.telephony/databases/mmssms.db": mmssms(),
        "data/data/com.android.providers.contacts/databases/contacts2.db": contacts2(),
        "WhatsApp/Media/WhatsApp Images/IMG-20240112-WA0001.jpg": photo,
    }
    for path, data in places.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
