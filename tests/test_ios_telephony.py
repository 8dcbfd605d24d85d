"""iPhone sms.db (iMessage, SMS, attributedBody text, attachments), CallHistory.storedata and
AddressBook.sqlitedb, names linked across them, damage, and a triage of an extraction.

The databases are built here with the tables and columns that public forensic write-ups (and
iLEAPP's SMS, call-history and address-book modules) give; the DDL is ours, trimmed to the columns
that matter plus a few others. The attributedBody blobs follow the typedstream layout that the
imessage-database project documents (an archived NSAttributedString).
"""

import sqlite3

import pytest

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings, sqlite_db

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]

APPLE = 978_307_200
T0 = 1_705_053_720 - APPLE  # 2024-01-12T10:02:00Z in Core Data seconds
NS = 10**9
RAHIM, KARIM, JAMAL, MAIL = "+8801712345678", "+8801819000111", "+8801555000222", "jamal.agent@example.com"

SMS_DB = """
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL, country TEXT,
    service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT, UNIQUE (id, service));
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, style INTEGER, state INTEGER,
    account_id TEXT, properties BLOB, chat_identifier TEXT, service_name TEXT, room_name TEXT, account_login TEXT,
    is_archived INTEGER DEFAULT 0, last_addressed_handle TEXT, display_name TEXT, group_id TEXT,
    is_filtered INTEGER DEFAULT 0, successful_query INTEGER);
CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,
    replace INTEGER DEFAULT 0, service_center TEXT, handle_id INTEGER DEFAULT 0, subject TEXT, country TEXT,
    attributedBody BLOB, version INTEGER DEFAULT 0, type INTEGER DEFAULT 0, service TEXT, account TEXT,
    account_guid TEXT, error INTEGER DEFAULT 0, date INTEGER, date_read INTEGER, date_delivered INTEGER,
    is_delivered INTEGER DEFAULT 0, is_finished INTEGER DEFAULT 0, is_emote INTEGER DEFAULT 0,
    is_from_me INTEGER DEFAULT 0, is_empty INTEGER DEFAULT 0, is_read INTEGER DEFAULT 0,
    is_system_message INTEGER DEFAULT 0, is_sent INTEGER DEFAULT 0, cache_has_attachments INTEGER DEFAULT 0,
    item_type INTEGER DEFAULT 0, other_handle INTEGER DEFAULT 0, group_title TEXT, group_action_type INTEGER DEFAULT 0,
    associated_message_guid TEXT, associated_message_type INTEGER DEFAULT 0, balloon_bundle_id TEXT,
    payload_data BLOB, message_summary_info BLOB, destination_caller_id TEXT, reply_to_guid TEXT,
    thread_originator_guid TEXT, date_retracted INTEGER DEFAULT 0, date_edited INTEGER DEFAULT 0);
CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
    message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER DEFAULT 0,
    PRIMARY KEY (chat_id, message_id));
CREATE TABLE chat_handle_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
    handle_id INTEGER REFERENCES handle (ROWID) ON DELETE CASCADE, UNIQUE(chat_id, handle_id));
CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, created_date INTEGER DEFAULT 0,
    start_date INTEGER DEFAULT 0, filename TEXT, uti TEXT, mime_type TEXT, transfer_state INTEGER DEFAULT 0,
    is_outgoing INTEGER DEFAULT 0, user_info BLOB, transfer_name TEXT, total_bytes INTEGER DEFAULT 0,
    is_sticker INTEGER DEFAULT 0, hide_attachment INTEGER DEFAULT 0);
CREATE TABLE message_attachment_join (message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE,
    attachment_id INTEGER REFERENCES attachment (ROWID) ON DELETE CASCADE, UNIQUE(message_id, attachment_id));
CREATE TABLE deleted_messages (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, guid TEXT NOT NULL);
"""

CALL_HISTORY = """
CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZANSWERED INTEGER, ZCALLTYPE INTEGER,
    ZDISCONNECTED_CAUSE INTEGER, ZFACE_TIME_DATA INTEGER, ZNUMBER_AVAILABILITY INTEGER, ZORIGINATED INTEGER,
    ZREAD INTEGER, ZJUNKCONFIDENCE INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT, ZADDRESS VARCHAR, ZDEVICE_ID VARCHAR,
    ZISO_COUNTRY_CODE VARCHAR, ZLOCATION VARCHAR, ZNAME VARCHAR, ZSERVICE_PROVIDER VARCHAR, ZUNIQUE_ID VARCHAR);
CREATE TABLE Z_PRIMARYKEY (Z_ENT INTEGER PRIMARY KEY, Z_NAME VARCHAR, Z_SUPER INTEGER, Z_MAX INTEGER);
CREATE TABLE Z_METADATA (Z_VERSION INTEGER PRIMARY KEY, Z_UUID VARCHAR(255), Z_PLIST BLOB);
"""

ADDRESS_BOOK = """
CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, First TEXT, Last TEXT, Middle TEXT, FirstPhonetic TEXT,
    MiddlePhonetic TEXT, LastPhonetic TEXT, Organization TEXT, Department TEXT, Note TEXT, Kind INTEGER,
    Birthday TEXT, JobTitle TEXT, Nickname TEXT, Prefix TEXT, Suffix TEXT, CreationDate INTEGER,
    ModificationDate INTEGER);
CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER, identifier INTEGER,
    label INTEGER, value TEXT, guid TEXT);
"""


def attributed_body(text: str) -> bytes:
    """An NSAttributedString archived as a typedstream, as Messages writes ``attributedBody``."""
    raw = text.encode("utf-8")

    def number(n: int) -> bytes:  # one byte below 0x80, else 0x81 and two bytes (little-endian)
        return bytes([n]) if n < 0x80 else b"\x81" + n.to_bytes(2, "little")

    size = number(len(raw))
    return (b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00"
            b"\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + size + raw
            + b"\x86\x84\x02iI\x01" + number(len(text)) + b"\x92\x84\x84\x84\x0cNSDictionary\x00\x94\x84\x01i\x01\x86\x86")


LONG = "আমার পাসপোর্ট ওরা রেখে দিয়েছে, " * 5  # longer than 127 bytes: the two-byte length form


def sms_db(path):
    con = sqlite3.connect(path)
    con.executescript(SMS_DB)
    con.executemany("INSERT INTO handle (ROWID, id, service) VALUES (?, ?, ?)",
                    [(1, RAHIM, "iMessage"), (2, KARIM, "SMS"), (3, MAIL, "iMessage")])
    con.executemany("INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, display_name) VALUES (?, ?, ?, ?, ?, ?)", [
        (1, f"iMessage;-;{RAHIM}", 45, RAHIM, "iMessage", ""),
        (2, f"SMS;-;{KARIM}", 45, KARIM, "SMS", None),
        (3, "iMessage;+;chat555", 43, "chat555", "iMessage", "Dubai team")])
    con.executemany("INSERT INTO chat_handle_join (chat_id, handle_id) VALUES (?, ?)", [(1, 1), (2, 2), (3, 1), (3, 3)])
    rows = [  # ROWID, text, attributedBody, handle_id, service, date, is_from_me, item_type, assoc type, retracted, edited
        (1, "passport amar kache jama thakbe", None, 1, "iMessage", T0, 0, 0, 0, 0, 0),  # seconds (old iOS)
        (2, None, attributed_body("ji bhai, advance pathacchi"), 1, "iMessage", (T0 + 60) * NS, 1, 0, 0, 0, 0),
        (3, None, attributed_body(LONG), 2, "SMS", (T0 + 120) * NS, 0, 0, 0, 0, 0),
        (4, "\ufffc", None, 1, "iMessage", (T0 + 180) * NS, 0, 0, 0, 0, 0),  # a picture: the object character
        (5, "Loved “ji bhai, advance pathacchi”", None, 1, "iMessage", (T0 + 200) * NS, 0, 0, 2000, 0, 0),
        (6, None, None, 1, "iMessage", (T0 + 240) * NS, 0, 0, 0, (T0 + 250) * NS, 0),
        (7, "beton 1200 dirham, free visa", None, 3, "iMessage", (T0 + 300) * NS, 0, 0, 0, 0, (T0 + 310) * NS),
        (8, None, None, 3, "iMessage", (T0 + 360) * NS, 0, 1, 0, 0, 0),
        (9, None, b"\x04\x0bstreamtyped garbage", 1, "iMessage", (T0 + 420) * NS, 0, 0, 0, 0, 0),
    ]
    con.executemany("INSERT INTO message (ROWID, guid, text, attributedBody, handle_id, service, date, is_from_me, item_type, "
                    "associated_message_type, date_retracted, date_edited) VALUES (?, 'g' || ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r[0], r[0], *r[1:]) for r in rows])
    con.executemany("INSERT INTO chat_message_join (chat_id, message_id) VALUES (?, ?)",
                    [(1, 1), (1, 2), (2, 3), (1, 4), (1, 5), (1, 6), (3, 7), (3, 8), (1, 9)])
    con.execute("INSERT INTO attachment (ROWID, guid, filename, mime_type, transfer_name) VALUES (1, 'a1', ?, 'image/jpeg', 'IMG_0001.jpeg')",
                ("~/Library/SMS/Attachments/0a/10/A1B2C3D4/IMG_0001.jpeg",))
    con.execute("INSERT INTO message_attachment_join (message_id, attachment_id) VALUES (4, 1)")
    con.commit()
    con.close()
    return path


def call_history_db(path):
    con = sqlite3.connect(path)
    con.executescript(CALL_HISTORY)
    con.executemany("INSERT INTO ZCALLRECORD (Z_PK, Z_ENT, ZADDRESS, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED, ZCALLTYPE, ZNAME, "
                    "ZSERVICE_PROVIDER) VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?, ?)", [
                        (1, RAHIM, T0 - 3600.5, 125.4, 0, 1, 1, None, "com.apple.Telephony"),
                        (2, "01819-000111", T0 + 7200.25, 0.0, 0, 0, 1, None, "com.apple.Telephony"),
                        (3, "8801712345678@s.whatsapp.net", T0 + 7300.0, 40.0, 1, 1, 1, "Rahim Agent", "net.whatsapp.WhatsApp"),
                        (4, MAIL, T0 + 7400.0, 60.0, 1, 1, 8, None, "com.apple.FaceTime")])
    con.commit()
    con.close()
    return path


def address_book_db(path):
    con = sqlite3.connect(path)
    con.executescript(ADDRESS_BOOK)
    con.executemany("INSERT INTO ABPerson (ROWID, First, Last, Organization) VALUES (?, ?, ?, ?)",
                    [(1, "Rahim", "Agent", None), (2, None, None, "Jamal Travels"), (3, "করিম", None, None)])
    con.executemany("INSERT INTO ABMultiValue (UID, record_id, property, label, value) VALUES (?, ?, ?, 1, ?)", [
        (1, 1, 3, "01712-345678"), (2, 2, 4, "Jamal.Agent@example.com"), (3, 3, 3, "+880 1819-000111")])
    con.commit()
    con.close()
    return path


def test_sms_db_every_field(tmp_path):
    db = sms_db(tmp_path / "sms.db")
    address_book_db(tmp_path / "AddressBook.sqlitedb")
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert [a.record for a in m] == [f"message ROWID={i} ({'SMS' if i == 3 else 'iMessage'})" for i in range(1, 10)]
    first = m[0]
    assert (first.sender, first.sender_id, first.conversation, first.conversation_title, first.is_group) == (
        "Rahim Agent", RAHIM, f"ios-messages:{RAHIM}", "Rahim Agent", False)
    assert (first.timestamp, first.time_as_written, first.zone_assumed) == ("2024-01-12T10:02:00Z", str(T0), False)
    assert first.participants == ("Rahim Agent", "owner") and first.message_kind == "message"
    assert (m[1].sender, m[1].sender_id, m[1].text) == ("owner", "", "ji bhai, advance pathacchi")  # from attributedBody
    assert (m[1].timestamp, m[1].time_as_written) == ("2024-01-12T10:03:00Z", str((T0 + 60) * NS))  # nanoseconds
    assert (m[2].text, m[2].sender, m[2].conversation) == (LONG, "করিম", f"ios-messages:{KARIM}")
    assert m[3].message_kind == "attachment"
    assert m[3].attachments == (("~/Library/SMS/Attachments/0a/10/A1B2C3D4/IMG_0001.jpeg", ""),)
    assert m[4].message_kind == "system"  # a tapback
    assert m[5].message_kind == "deletion" and m[5].text == ""  # unsent
    group = m[6]
    assert (group.message_kind, group.sender, group.sender_id, group.is_group, group.conversation_title) == (
        "edit", "Jamal Travels", MAIL, True, "Dubai team")
    assert group.conversation == "ios-messages:chat555" and group.participants == ("Jamal Travels", "Rahim Agent")
    assert m[7].message_kind == "system"
    assert m[8].text == "" and m[8].message_kind == "message"  # an unreadable typedstream is not guessed


def test_sms_chat_recorded_in_national_form_is_the_same_conversation(tmp_path):
    """A carrier's SMS chat "01712345678" and the iMessage chat with "+8801712345678" are one
    person: both are keyed by E.164, and the number stays as written in sender_id."""
    db = sms_db(tmp_path / "sms.db")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO handle (ROWID, id, service) VALUES (4, '01712345678', 'SMS')")
    con.execute("INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, display_name) "
                "VALUES (4, 'SMS;-;01712345678', 45, '01712345678', 'SMS', '')")
    con.execute("INSERT INTO chat_handle_join (chat_id, handle_id) VALUES (4, 4)")
    con.execute("INSERT INTO message (ROWID, guid, text, handle_id, service, date, is_from_me, item_type, "
                "associated_message_type, date_retracted, date_edited) "
                "VALUES (10, 'g10', 'taka pathan ajkei', 4, 'SMS', ?, 0, 0, 0, 0, 0)", ((T0 + 500) * NS,))
    con.execute("INSERT INTO chat_message_join (chat_id, message_id) VALUES (4, 10)")
    con.commit()
    con.close()
    run = run_parser(ALL, db)
    last = run.artifacts[-1]
    assert last.text == "taka pathan ajkei" and last.sender_id == "01712345678"
    assert last.conversation == run.artifacts[0].conversation == f"ios-messages:{RAHIM}"
    assert run.artifacts[6].conversation == "ios-messages:chat555"  # a group's identifier as written


def test_without_address_book_senders_are_handles(tmp_path):
    run = run_parser(ALL, sms_db(tmp_path / "sms.db"))
    assert run.status == "parsed"
    assert run.artifacts[0].sender == RAHIM and run.artifacts[6].sender == MAIL


def test_call_history_every_field(tmp_path):
    db = call_history_db(tmp_path / "CallHistory.storedata")
    address_book_db(tmp_path / "AddressBook.sqlitedb")
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    c = run.artifacts
    assert [a.record for a in c] == [f"ZCALLRECORD Z_PK={i}" for i in range(1, 5)]
    assert all(a.message_kind == "call" for a in c)
    assert (c[0].text, c[0].sender, c[0].sender_id, c[0].conversation, c[0].timestamp, c[0].time_as_written) == (
        "incoming call, 125 s", "Rahim Agent", RAHIM, f"calls:{RAHIM}", "2024-01-12T09:01:59Z", str(T0 - 3600.5))
    assert (c[1].text, c[1].sender) == ("missed call", "করিম")
    assert (c[1].sender_id, c[1].conversation) == ("01819-000111", f"calls:{KARIM}")  # one key, however written
    assert (c[2].text, c[2].sender, c[2].conversation_title) == (
        "outgoing call, 40 s (net.whatsapp.WhatsApp)", "owner", "Rahim Agent")
    assert (c[3].text, c[3].conversation_title, c[3].timestamp) == ("FaceTime video outgoing call, 60 s", "Jamal Travels",
                                                                    "2024-01-12T12:05:20Z")


def test_address_book_contacts(tmp_path):
    run = run_parser(ALL, address_book_db(tmp_path / "AddressBook.sqlitedb"))
    assert run.status == "parsed", run.reason
    assert [a.metadata for a in run.artifacts] == [
        {"name": "Rahim Agent", "phone_numbers_and_emails": ["01712-345678"], "record": "ABPerson ROWID=1"},
        {"name": "Jamal Travels", "phone_numbers_and_emails": ["Jamal.Agent@example.com"], "record": "ABPerson ROWID=2"},
        {"name": "করিম", "phone_numbers_and_emails": ["+880 1819-000111"], "record": "ABPerson ROWID=3"}]
    assert {a.source for a in run.artifacts} == {"ios-contact"}


def test_typedstream_lengths():
    from plugins.ios_telephony import typedstream_text

    assert typedstream_text(attributed_body("a")) == "a"
    assert typedstream_text(attributed_body("x" * 300)) == "x" * 300
    assert typedstream_text(attributed_body("x" * 300)[:-200]) == ""  # cut short: nothing invented
    assert typedstream_text(None) == "" and typedstream_text(b"bplist00") == ""


def test_other_sqlite_is_not_mine(tmp_path):
    for name in ("sms.db", "CallHistory.storedata", "AddressBook.sqlitedb"):
        run = run_parser(ALL, sqlite_db(tmp_path / name, "CREATE TABLE message (x)"))
        assert not run.artifacts and run.status == "not examined", (name, run.status, run.reason)


@pytest.mark.parametrize("name,build", [("sms.db", sms_db), ("CallHistory.storedata", call_history_db),
                                        ("AddressBook.sqlitedb", address_book_db)])
@pytest.mark.parametrize("cut", [100, 2048, 5000])
def test_damaged_database_is_recorded(tmp_path, name, build, cut):
    data = build(tmp_path / "good.db").read_bytes()
    assert_damage_is_recorded(ALL, tmp_path / name, data, cut, b"\xff" * 700)


def test_triage_of_an_extraction_reads_them(tmp_path, cli):
    home = tmp_path / "iPhone" / "private" / "var" / "mobile"
    for folder in ("SMS", "CallHistoryDB", "AddressBook"):
        (home / "Library" / folder).mkdir(parents=True)
    sms_db(home / "Library" / "SMS" / "sms.db")
    call_history_db(home / "Library" / "CallHistoryDB" / "CallHistory.storedata")
    address_book_db(home / "Library" / "AddressBook" / "AddressBook.sqlitedb")
    picture = home / "Library" / "SMS" / "Attachments" / "0a" / "10" / "A1B2C3D4"
    picture.mkdir(parents=True)
    (picture / "IMG_0001.jpeg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    before = {p: p.read_bytes() for p in (tmp_path / "iPhone").rglob("*") if p.is_file()}
    r = cli("triage", tmp_path / "iPhone", "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    assert {p: p.read_bytes() for p in (tmp_path / "iPhone").rglob("*") if p.is_file()} == before
    f = load_findings(tmp_path / "case")
    by_parser = {}
    for a in f["artifacts"]:
        by_parser.setdefault(a["parser"], []).append(a)
    msgs = by_parser["ios_sms_db"]
    assert len(msgs) == 9 and len(by_parser["ios_call_history"]) == 4 and len(by_parser["ios_address_book"]) == 3
    assert msgs[0]["sender"] == "Rahim Agent" and msgs[0]["hits"]  # names from the address book in its own folder
    assert msgs[3]["attachments"] == [["~/Library/SMS/Attachments/0a/10/A1B2C3D4/IMG_0001.jpeg",
                                       "private/var/mobile/Library/SMS/Attachments/0a/10/A1B2C3D4/IMG_0001.jpeg"]]
    assert by_parser["ios_call_history"][1]["sender"] == "করিম"
