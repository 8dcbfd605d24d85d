"""Android telephony databases: mmssms.db (SMS, MMS with parts), calllog.db and contacts2.db,
names linked across them, attachments in app_parts, damage, and a triage of an extraction.

The databases are built here with the tables and columns of the platform's providers as public
forensic write-ups (and ALEAPP's SMS/MMS, call-log and contacts modules) describe them; the DDL is
ours, trimmed to the columns that matter plus a few others so the parser meets a phone's shape.
"""

import sqlite3

import pytest

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings, sqlite_db

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]

T0 = 1_705_053_720_000  # 2024-01-12T10:02:00Z in ms
RAHIM, RAHIM_LOCAL, BHAIYA, JAMAL = "+8801712345678", "01712345678", "+8801911222333", "+8801555000222"

MMSSMS = """
CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER, date INTEGER,
    date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0, status INTEGER DEFAULT -1,
    type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT, service_center TEXT,
    locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1, error_code INTEGER DEFAULT 0, creator TEXT,
    seen INTEGER DEFAULT 0);
CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER, date_sent INTEGER DEFAULT 0,
    msg_box INTEGER, read INTEGER DEFAULT 0, m_id TEXT, sub TEXT, sub_cs INTEGER, ct_t TEXT, ct_l TEXT,
    exp INTEGER, m_cls TEXT, m_type INTEGER, v INTEGER, m_size INTEGER, pri INTEGER, rr INTEGER,
    rpt_a INTEGER, resp_st INTEGER, st INTEGER, tr_id TEXT, retr_st INTEGER, retr_txt TEXT,
    retr_txt_cs INTEGER, read_status INTEGER, ct_cls INTEGER, resp_txt TEXT, d_tm INTEGER, d_rpt INTEGER,
    locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1, seen INTEGER DEFAULT 0, creator TEXT,
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

CALLLOG = """
CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT, presentation INTEGER NOT NULL DEFAULT 1,
    post_dial_digits TEXT NOT NULL DEFAULT '', date INTEGER, duration INTEGER, data_usage INTEGER, type INTEGER,
    features INTEGER NOT NULL DEFAULT 0, subscription_component_name TEXT, subscription_id TEXT,
    phone_account_address TEXT, new INTEGER, name TEXT, numbertype INTEGER, numberlabel TEXT, countryiso TEXT,
    voicemail_uri TEXT, is_read INTEGER, geocoded_location TEXT, lookup_uri TEXT, matched_number TEXT,
    normalized_number TEXT, photo_id INTEGER NOT NULL DEFAULT 0, formatted_number TEXT,
    last_modified INTEGER DEFAULT 0);
"""

CONTACTS2 = """
CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL);
CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER, sourceid TEXT,
    version INTEGER NOT NULL DEFAULT 1, dirty INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,
    contact_id INTEGER, display_name TEXT, display_name_alt TEXT, display_name_source INTEGER NOT NULL DEFAULT 0,
    phonetic_name TEXT, sort_key TEXT, starred INTEGER NOT NULL DEFAULT 0, times_contacted INTEGER NOT NULL DEFAULT 0,
    last_time_contacted INTEGER);
CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, package_id INTEGER, mimetype_id INTEGER NOT NULL,
    raw_contact_id INTEGER NOT NULL, is_read_only INTEGER NOT NULL DEFAULT 0, is_primary INTEGER NOT NULL DEFAULT 0,
    is_super_primary INTEGER NOT NULL DEFAULT 0, data_version INTEGER NOT NULL DEFAULT 0,
    data1 TEXT, data2 TEXT, data3 TEXT, data4 TEXT, data5 TEXT, data6 TEXT, data7 TEXT, data8 TEXT, data9 TEXT,
    data10 TEXT, data11 TEXT, data12 TEXT, data13 TEXT, data14 TEXT, data15 TEXT);
CREATE TABLE phone_lookup (data_id INTEGER REFERENCES data(_id) NOT NULL,
    raw_contact_id INTEGER REFERENCES raw_contacts(_id) NOT NULL, normalized_number TEXT NOT NULL,
    min_match TEXT NOT NULL);
"""


def mmssms_db(path):
    con = sqlite3.connect(path)
    con.executescript(MMSSMS)
    con.executemany("INSERT INTO canonical_addresses (_id, address) VALUES (?, ?)",
                    [(1, RAHIM_LOCAL), (2, "bKash"), (3, BHAIYA), (4, JAMAL)])
    con.executemany("INSERT INTO threads (_id, recipient_ids) VALUES (?, ?)", [(1, "1"), (2, "2"), (3, "3"), (4, "1 4")])
    sms = [  # (_id, thread_id, address, date, type, subject, body)
        (1, 1, RAHIM_LOCAL, T0, 1, None, "passport amar kache jama rakhte hobe"),
        (2, 1, RAHIM_LOCAL, T0 + 60_000, 2, None, "ji bhai, kal pathabo"),
        (3, 2, "bKash", T0 + 1_800_000, 1, None, "Send Money Tk 50,000.00 to 01712345678 successful"),
        (4, 3, BHAIYA, T0 + 3_600_000, 3, None, "ভাই আমাকে ঘরে আটকে রাখছে"),
    ]
    con.executemany("INSERT INTO sms (_id, thread_id, address, date, type, subject, body) VALUES (?, ?, ?, ?, ?, ?, ?)", sms)
    # MMS 10: received from Rahim, a picture with a caption; MMS 11: the owner's to a group
    con.execute("INSERT INTO pdu (_id, thread_id, date, msg_box, m_type, sub) VALUES (10, 1, ?, 1, 132, NULL)", (T0 // 1000 + 600,))
    con.execute("INSERT INTO pdu (_id, thread_id, date, msg_box, m_type, sub) VALUES (11, 4, ?, 2, 128, 'visa')", (T0 // 1000 + 900,))
    parts = [  # (mid, seq, ct, name, cl, _data, text)
        (10, -1, "application/smil", None, "smil.xml", None, "<smil><body/></smil>"),
        (10, 0, "image/jpeg", "IMG_0001.jpg", "IMG_0001.jpg",
         "/data/user_de/0/com.android.providers.telephony/app_parts/PART_1705054320000_IMG_0001.jpg", None),
        (10, 1, "text/plain", None, "text_0.txt", None, "ei dekhen company r visa"),
        (11, 0, "text/plain", None, "text_0.txt", None, "passport copy pathalam"),
        (11, 1, "text/plain", None, "text_1.txt", None, "baki ta flight er age"),
    ]
    con.executemany("INSERT INTO part (mid, seq, ct, name, cl, _data, text) VALUES (?, ?, ?, ?, ?, ?, ?)", parts)
    con.executemany("INSERT INTO addr (msg_id, address, type, charset) VALUES (?, ?, ?, 106)", [
        (10, RAHIM, 137), (10, "insert-address-token", 151),
        (11, "insert-address-token", 137), (11, RAHIM_LOCAL, 151), (11, JAMAL, 151)])
    con.commit()
    con.close()
    return path


def calllog_db(path):
    con = sqlite3.connect(path)
    con.executescript(CALLLOG)
    con.executemany("INSERT INTO calls (_id, number, presentation, date, duration, type, name) VALUES (?, ?, ?, ?, ?, ?, ?)", [
        (1, RAHIM, 1, T0 - 3_600_000, 125, 1, None),
        (2, BHAIYA, 1, T0 + 7_200_000, 0, 3, "Bhaiya (cached)"),
        (3, "", 2, T0 + 7_300_000, 0, 1, None),
        (4, RAHIM_LOCAL, 1, T0 + 7_400_000, 40, 2, None),
    ])
    con.commit()
    con.close()
    return path


def contacts2_db(path, calls=False):
    con = sqlite3.connect(path)
    con.executescript(CONTACTS2)
    if calls:
        con.executescript(CALLLOG)
        con.execute("INSERT INTO calls (number, date, duration, type) VALUES (?, ?, 30, 2)", (RAHIM, T0))
    con.executemany("INSERT INTO mimetypes (_id, mimetype) VALUES (?, ?)",
                    [(1, "vnd.android.cursor.item/name"), (5, "vnd.android.cursor.item/phone_v2")])
    con.executemany("INSERT INTO raw_contacts (_id, display_name, deleted) VALUES (?, ?, ?)",
                    [(1, "Rahim Agent", 0), (2, "বড় ভাই", 0), (3, "Jamal Sub Agent", 1)])
    con.executemany("INSERT INTO data (mimetype_id, raw_contact_id, data1, data4) VALUES (?, ?, ?, ?)", [
        (1, 1, "Rahim Agent", None), (5, 1, "01712-345678", "+8801712345678"),
        (5, 2, "01911 222333", "+8801911222333"), (5, 3, "+880 1555-000222", "+8801555000222")])
    con.commit()
    con.close()
    return path


def extraction(tmp_path):
    """An FFS with the three databases at their real places, and one MMS part."""
    root = tmp_path / "FFS"
    tel = root / "data" / "user_de" / "0" / "com.android.providers.telephony"
    (tel / "databases").mkdir(parents=True)
    (tel / "app_parts").mkdir()
    (tel / "app_parts" / "PART_1705054320000_IMG_0001.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    cdb = root / "data" / "data" / "com.android.providers.contacts" / "databases"
    cdb.mkdir(parents=True)
    return mmssms_db(tel / "databases" / "mmssms.db"), calllog_db(cdb / "calllog.db"), contacts2_db(cdb / "contacts2.db")


def test_sms_and_mms_every_field(tmp_path):
    mmssms = mmssms_db(tmp_path / "mmssms.db")
    contacts2_db(tmp_path / "contacts2.db")  # beside it, as an officer may hand databases over
    run = run_parser(ALL, mmssms)
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert [a.record for a in m] == ["sms _id=1", "sms _id=2", "sms _id=3", "sms _id=4 (draft)", "pdu _id=10", "pdu _id=11"]
    first = m[0]
    assert (first.sender, first.sender_id, first.conversation, first.conversation_title, first.is_group) == (
        "Rahim Agent", RAHIM_LOCAL, f"sms:{RAHIM}", "Rahim Agent", False)  # keyed in E.164, the address as written
    assert first.participants == ("Rahim Agent", "owner")
    assert (first.timestamp, first.time_as_written, first.zone_assumed) == ("2024-01-12T10:02:00Z", str(T0), False)
    assert first.text == "passport amar kache jama rakhte hobe" and first.message_kind == "message"
    assert (m[1].sender, m[1].sender_id, m[1].timestamp, m[1].text) == ("owner", "", "2024-01-12T10:03:00Z", "ji bhai, kal pathabo")
    assert (m[2].sender, m[2].conversation, m[2].conversation_title) == ("bKash", "sms:bKash", "bKash")
    assert (m[3].sender, m[3].conversation_title, m[3].text) == ("owner", "বড় ভাই", "ভাই আমাকে ঘরে আটকে রাখছে")
    mms = m[4]
    assert (mms.sender, mms.sender_id, mms.conversation, mms.message_kind) == ("Rahim Agent", RAHIM, f"sms:{RAHIM}", "attachment")
    assert (mms.timestamp, mms.time_as_written) == ("2024-01-12T10:12:00Z", str(T0 // 1000 + 600))  # MMS dates are seconds
    assert mms.text == "ei dekhen company r visa"  # the SMIL layout part is not text
    # the phone path as written; where it is in the extraction is checked in the triage below
    assert mms.attachments == (("/data/user_de/0/com.android.providers.telephony/app_parts/PART_1705054320000_IMG_0001.jpg", ""),)
    group = m[5]
    assert (group.sender, group.is_group, group.conversation) == ("owner", True, f"sms:{RAHIM}~{JAMAL}")
    assert group.participants == ("Jamal Sub Agent", "Rahim Agent")
    assert group.text == "visa\npassport copy pathalam\nbaki ta flight er age" and group.message_kind == "message"
    assert group.timestamp == "2024-01-12T10:17:00Z"


def test_without_contacts_senders_are_numbers(tmp_path):
    db = mmssms_db(tmp_path / "mmssms.db")
    run = run_parser(ALL, db)
    assert run.status == "parsed"
    assert run.artifacts[0].sender == RAHIM_LOCAL and run.artifacts[4].sender == RAHIM


def test_contacts_beside_the_database_are_used(tmp_path):
    db = mmssms_db(tmp_path / "mmssms.db")
    contacts2_db(tmp_path / "contacts2.db")
    assert run_parser(ALL, db).artifacts[0].sender == "Rahim Agent"


def test_calllog_every_field(tmp_path):
    _, calllog, _ = extraction(tmp_path)
    run = run_parser(ALL, calllog)
    assert run.status == "parsed", run.reason
    c = run.artifacts
    assert [a.record for a in c] == [f"calls _id={i}" for i in range(1, 5)]
    assert all(a.message_kind == "call" for a in c)
    assert (c[0].text, c[0].sender, c[0].sender_id, c[0].conversation, c[0].timestamp) == (
        "incoming call, 125 s", "Rahim Agent", RAHIM, f"calls:{RAHIM}", "2024-01-12T09:02:00Z")
    assert (c[1].text, c[1].sender, c[1].conversation_title) == ("missed call", "Bhaiya (cached)", "Bhaiya (cached)")
    assert (c[2].text, c[2].sender, c[2].conversation) == ("incoming call (number withheld)", "number withheld", "calls:number withheld")
    assert (c[3].text, c[3].sender, c[3].sender_id, c[3].conversation_title) == ("outgoing call, 40 s", "owner", "", "Rahim Agent")
    assert c[3].conversation == c[0].conversation  # dialled as 01712345678, received as +8801712345678: one thread
    assert c[3].time_as_written == str(T0 + 7_400_000) and not c[3].zone_assumed


def test_contacts2_contacts_and_old_call_log(tmp_path):
    run = run_parser(ALL, contacts2_db(tmp_path / "contacts2.db", calls=True))
    assert run.status == "parsed", run.reason
    contacts = [a for a in run.artifacts if a.kind == "metadata"]
    assert [c.metadata for c in contacts] == [
        {"name": "Rahim Agent", "phone_numbers": ["01712-345678", "+8801712345678"], "deleted": False, "record": "raw_contacts _id=1"},
        {"name": "বড় ভাই", "phone_numbers": ["01911 222333", "+8801911222333"], "deleted": False, "record": "raw_contacts _id=2"},
        {"name": "Jamal Sub Agent", "phone_numbers": ["+880 1555-000222", "+8801555000222"], "deleted": True,
         "record": "raw_contacts _id=3"}]
    assert {c.source for c in contacts} == {"android-contact"}
    calls = [a for a in run.artifacts if a.kind == "message"]
    assert [(a.text, a.sender, a.conversation_title) for a in calls] == [("outgoing call, 30 s", "owner", "Rahim Agent")]


def test_other_sqlite_is_not_mine(tmp_path):
    for name in ("mmssms.db", "calllog.db", "contacts2.db"):
        run = run_parser(ALL, sqlite_db(tmp_path / name, "CREATE TABLE other (x)"))
        assert not run.artifacts and run.status == "not examined", (name, run.status, run.reason)


def test_unreadable_contacts_is_partial_with_reason(tmp_path):
    db = mmssms_db(tmp_path / "mmssms.db")
    (tmp_path / "contacts2.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    run = run_parser(ALL, db)
    assert run.status == "partial" and "contacts2.db could not be read" in run.reason
    assert run.artifacts[0].sender == RAHIM_LOCAL


@pytest.mark.parametrize("name,build", [("mmssms.db", mmssms_db), ("calllog.db", calllog_db), ("contacts2.db", contacts2_db)])
@pytest.mark.parametrize("cut", [100, 2048, 5000])
def test_damaged_database_is_recorded(tmp_path, name, build, cut):
    data = build(tmp_path / "good.db").read_bytes()
    assert_damage_is_recorded(ALL, tmp_path / name, data, cut, b"\xff" * 700)


def test_triage_of_an_extraction_reads_them(tmp_path, cli):
    extraction(tmp_path)
    before = {p: p.read_bytes() for p in (tmp_path / "FFS").rglob("*") if p.is_file()}
    r = cli("triage", tmp_path / "FFS", "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    assert {p: p.read_bytes() for p in (tmp_path / "FFS").rglob("*") if p.is_file()} == before
    f = load_findings(tmp_path / "case")
    by_parser = {}
    for a in f["artifacts"]:
        by_parser.setdefault(a["parser"], []).append(a)
    assert len(by_parser["android_mmssms_db"]) == 6 and len(by_parser["android_calllog_db"]) == 4
    assert len(by_parser["android_contacts_db"]) == 3
    first = by_parser["android_mmssms_db"][0]
    assert first["hits"] and first["sender"] == "Rahim Agent"  # contacts2.db found in the other provider's folder
    mms = next(a for a in by_parser["android_mmssms_db"] if a["record"] == "pdu _id=10")
    part = "data/user_de/0/com.android.providers.telephony/app_parts/PART_1705054320000_IMG_0001.jpg"
    assert mms["attachments"] == [["/" + part, part]]
    assert by_parser["android_calllog_db"][0]["sender"] == "Rahim Agent"
    statuses = {x["path"]: x["status"] for x in f["files"]}
    assert statuses["data/user_de/0/com.android.providers.telephony/databases/mmssms.db"] == "parsed"
    assert statuses["data/data/com.android.providers.contacts/databases/calllog.db"] == "parsed"


def test_an_extraction_as_a_zip_links_the_databases_inside_it(tmp_path, cli):
    """An FFS handed over as a .zip: contacts2.db and the MMS part are found inside the same zip."""
    from conftest import make_zip

    extraction(tmp_path)
    root = tmp_path / "FFS"
    members = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    (tmp_path / "seized").mkdir()
    (tmp_path / "seized" / "ffs.zip").write_bytes(make_zip(members))
    r = cli("triage", tmp_path / "seized", "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["parser"] == "android_mmssms_db"]
    assert msgs[0]["sender"] == "Rahim Agent"
    part = "data/user_de/0/com.android.providers.telephony/app_parts/PART_1705054320000_IMG_0001.jpg"
    assert next(a for a in msgs if a["record"] == "pdu _id=10")["attachments"] == [["/" + part, "ffs.zip!/" + part]]


def test_a_wal_that_does_not_match_is_recorded_not_fatal(tmp_path):
    import os

    db = mmssms_db(tmp_path / "mmssms.db")
    (tmp_path / "mmssms.db-wal").write_bytes(b"\x37\x7f\x06\x82" + os.urandom(8188))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    run = run_parser(ALL, db)
    assert run.status in ("parsed", "partial", "skipped") and "failed (" not in (run.reason or "")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
