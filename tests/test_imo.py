"""IMO imofriends.db parser: names, directions, nanosecond times, attachments, groups, bad input,
and the evidence-handling rule (SQLite opens only a private copy).

Every database is built here with the columns public forensic modules describe for IMO 9.x
(Autopsy's and ALEAPP's IMO modules, read for the schema only).
"""

import hashlib
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings

PLUGINS = Plugins((), entry_points=False)
IMO = PLUGINS.parser("imo_db")
ALL = [e.cls for e in PLUGINS.parsers]

NS = 1_705_053_720_000_000_000  # 2024-01-12T10:02:00Z in nanoseconds
SCHEMA = """
CREATE TABLE friends (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT UNIQUE, name TEXT, display TEXT,
    note_name TEXT DEFAULT '', icon TEXT, type INTEGER, starred INTEGER, times_contacted INTEGER DEFAULT 0);
CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT, alias TEXT, author TEXT,
    author_alias TEXT, author_icon TEXT, imdata TEXT, last_message TEXT, message_read INTEGER,
    message_type INTEGER, message_state INTEGER, msg_id TEXT, delete_type INTEGER, timestamp INTEGER);
CREATE UNIQUE INDEX IX_messages_buid_timestamp ON messages (buid, timestamp);
CREATE INDEX messages_buid ON messages (buid);
"""


def make_db(path, friends=(), messages=(), schema=SCHEMA):
    con = sqlite3.connect(path)
    con.executescript(schema)
    if friends:
        con.executemany("INSERT INTO friends (buid, name) VALUES (?, ?)", friends)
    for m in messages:
        cols = ", ".join(m)
        con.execute(f"INSERT INTO messages ({cols}) VALUES ({', '.join('?' * len(m))})", tuple(m.values()))
    con.commit()
    con.close()
    return path


def m(buid, text, ts, mtype=1, **extra):
    return {"buid": buid, "last_message": text, "timestamp": ts, "message_type": mtype, **extra}


FRIENDS = [("u_rahim", "রহিম দালাল"), ("u_karim", "Karim")]
CHAT = [
    m("u_rahim", "মালয়েশিয়ায় ফ্রি ভিসা, আজই পাসপোর্ট পাঠাও", NS),
    m("u_rahim", "ok bhai", NS + 60 * 10**9 + 123_456_789, mtype=0),
    m("u_rahim", "", NS + 120 * 10**9, imdata=json.dumps({"type": "photo", "original_path": "/storage/emulated/0/imo/IMG_1.jpg",
                                                          "local_path": "/data/x.jpg"})),
    m("u_rahim", "voice", NS + 180 * 10**9, mtype=2, imdata=json.dumps({"local_path": "/data/a.aac"})),
    m("u_karim", "kemon acho", NS + 240 * 10**9, imdata="{not json"),
]


def test_messages_with_names_directions_times_and_attachments(tmp_path):
    db = make_db(tmp_path / "imofriends.db", FRIENDS, CHAT)
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    assert run.stamped[0].parser == "imo_db"
    a = run.artifacts
    assert [(x.sender, x.sender_id) for x in a] == [("রহিম দালাল", "u_rahim"), ("owner", ""), ("রহিম দালাল", "u_rahim"),
                                                    ("owner", ""), ("Karim", "u_karim")]
    assert a[0].text == "মালয়েশিয়ায় ফ্রি ভিসা, আজই পাসপোর্ট পাঠাও"
    assert a[0].timestamp == "2024-01-12T10:02:00Z" and a[0].time_as_written == str(NS)
    assert a[1].timestamp == "2024-01-12T10:03:00Z" and a[1].time_as_written == str(NS + 60 * 10**9 + 123_456_789)
    assert not a[0].zone_assumed
    assert a[0].conversation == "imo:u_rahim" and a[0].conversation_title == "রহিম দালাল"
    assert a[0].participants == ("রহিম দালাল", "owner") and a[0].is_group is None
    assert a[2].message_kind == "attachment" and a[2].attachments == (("/storage/emulated/0/imo/IMG_1.jpg", ""),)
    assert a[3].attachments == (("/data/a.aac", ""),)
    assert a[4].message_kind == "message" and a[4].attachments == ()  # unreadable imdata loses only the attachment
    assert [x.record for x in a] == [f"rowid={i}" for i in range(1, 6)]  # the row to look at in the database


@pytest.mark.parametrize("raw,expected", [
    (NS, "2024-01-12T10:02:00Z"), (NS // 1000, "2024-01-12T10:02:00Z"), (NS // 10**6, "2024-01-12T10:02:00Z"),
    (NS // 10**9, "2024-01-12T10:02:00Z"), ("junk", None), (None, None)])
def test_timestamp_units(tmp_path, raw, expected):
    db = make_db(tmp_path / "imofriends.db", FRIENDS, [m("u_karim", "x", raw)])
    (a,) = run_parser(IMO, db).artifacts
    assert a.timestamp == expected
    assert a.time_as_written == ("" if raw is None else str(raw))


def test_unknown_direction_is_not_guessed_and_owner_name_is_used_when_known(tmp_path):
    db = make_db(tmp_path / "imofriends.db", FRIENDS, [m("u_karim", "a", NS, mtype=7), m("u_karim", "b", NS + 1, mtype=None),
                                                      m("u_karim", "c", NS + 2, mtype=0)])
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE account (uid TEXT, name TEXT); INSERT INTO account VALUES ('u_me', 'Selim');")
    con.commit()
    con.close()
    a = run_parser(IMO, db).artifacts
    assert [(x.sender, x.sender_id) for x in a] == [("", ""), ("", ""), ("Selim", "u_me")]


def test_group_authors_are_senders(tmp_path):
    db = make_db(tmp_path / "imofriends.db", FRIENDS + [("g_jobs", "Saudi jobs")], [
        m("g_jobs", "salary 1500 riyal", NS, author="u_rahim", author_alias="Rahim bhai"),
        m("g_jobs", "who pays the agent?", NS + 1, author="u_karim", author_alias=""),
        m("g_jobs", "me", NS + 2, mtype=0),
    ])
    a = run_parser(IMO, db).artifacts
    assert [(x.sender, x.sender_id) for x in a] == [("Rahim bhai", "u_rahim"), ("Karim", "u_karim"), ("owner", "")]
    assert all(x.is_group is True and x.conversation_title == "Saudi jobs" for x in a)
    assert a[0].participants == ("Karim", "Rahim bhai", "owner")


def test_missing_optional_tables_and_columns(tmp_path):
    schema = "CREATE TABLE messages (buid TEXT, last_message TEXT, timestamp INTEGER);"
    db = make_db(tmp_path / "imofriends.db", (), [{"buid": "u_x", "last_message": "hi", "timestamp": NS}], schema=schema)
    run = run_parser(IMO, db)
    assert run.status == "parsed"
    (a,) = run.artifacts
    assert (a.sender, a.conversation_title, a.text) == ("", "u_x", "hi")  # no direction column: not guessed


def test_renamed_copy_is_recognised_by_its_schema(tmp_path):
    db = make_db(tmp_path / "evidence_0042.bin", FRIENDS, CHAT[:1])
    run = run_parser(ALL, db)
    assert run.stamped and run.stamped[0].parser == "imo_db"


def test_other_sqlite_is_not_claimed(tmp_path):
    other = make_db(tmp_path / "imofriends.db", (), (), schema="""
        CREATE TABLE friends (buid TEXT, name TEXT);
        CREATE TABLE messages (_id INTEGER PRIMARY KEY, thread_id INTEGER, body TEXT, date INTEGER);
        INSERT INTO messages (thread_id, body, date) VALUES (1, 'free visa', 1);""")
    run = run_parser(ALL, other)
    assert run.status == "not examined" and not run.stamped and "no parser" in run.reason
    assert not IMO.accepts(_info(tmp_path / "mmssms.db", other.read_bytes()), other.read_bytes()[:65536])


def _info(path, data):
    from evidtriage.parsers import FileInfo

    return FileInfo("E1", path.name, path.name, len(data), "application/vnd.sqlite3", "0" * 64)


def test_corrupt_database_is_skipped_with_one_line_reason(tmp_path):
    f = tmp_path / "imofriends.db"
    f.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    run = run_parser(ALL, f)
    assert run.status == "skipped"
    assert run.reason.startswith("imo_db: database could not be read") and "\n" not in run.reason


def test_damaged_table_keeps_what_was_read(tmp_path):
    db = make_db(tmp_path / "imofriends.db", FRIENDS,
                 [m("u_karim", f"message {i} " + "x" * 300, NS + i) for i in range(200)])
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    for p in range(pages - 3, pages):  # wreck the last pages of the file, where later rows live
        data[p * page: (p + 1) * page] = b"\xa5" * page
    db.write_bytes(bytes(data))
    run = run_parser(IMO, db)
    assert run.status == "partial" and "\n" not in run.reason
    assert run.reason.startswith(f"imo_db: database damaged: {len(run.artifacts)} of 200 messages read (")
    assert 0 < len(run.artifacts) < 200 and run.artifacts[0].text.startswith("message 0 ")


def test_the_original_is_never_opened_by_sqlite_and_the_copy_is_removed(tmp_path, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    db = make_db(src / "imofriends.db", FRIENDS, CHAT)
    before = hashlib.sha256(db.read_bytes()).hexdigest(), sorted(p.name for p in src.iterdir())
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    opened = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda target, *a, **k: opened.append(str(target)) or real_connect(target, *a, **k))
    assert run_parser(IMO, db).status == "parsed"
    assert (hashlib.sha256(db.read_bytes()).hexdigest(), sorted(p.name for p in src.iterdir())) == before
    assert opened and all(str(src) not in t and "mode=ro&immutable=1" in t for t in opened)
    assert list(temp.iterdir()) == []


def test_triage_end_to_end_hits_and_phone_entity(tmp_path, cli):
    src = tmp_path / "src" / "data" / "com.imo.android.imous" / "databases"
    src.mkdir(parents=True)
    make_db(src / "imofriends.db", FRIENDS, [m("u_rahim", "free visa, send the advance by bKash 01712345678", NS),
                                             m("u_rahim", "ok", NS + 10**9, mtype=0)])
    r = cli("triage", tmp_path / "src", "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message"]
    assert [(x["sender"], x["parser"]) for x in msgs] == [("রহিম দালাল", "imo_db"), ("owner", "imo_db")]
    assert msgs[0]["hits"] and msgs[0]["timestamp"] == "2024-01-12T10:02:00Z"
    assert any(e["type"] == "phone" and e["value"] == "+8801712345678" for e in findings["entities"])
    assert findings["conversations"][0]["conversation"] == "imo:u_rahim"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.one_of(st.text(max_size=4), st.none(), st.integers(min_value=-9, max_value=9)),
                          st.one_of(st.text(max_size=10), st.binary(max_size=10), st.none(), st.floats()),
                          st.one_of(st.integers(min_value=-2**63, max_value=2**63 - 1), st.text(max_size=3), st.none()),
                          st.one_of(st.integers(min_value=-3, max_value=3), st.text(max_size=2), st.none()),
                          st.one_of(st.text(max_size=20), st.just('{"local_path": 5}'), st.just("[]"), st.none())),
                max_size=10), st.integers(min_value=0, max_value=20000), st.binary(max_size=50))
@example(rows=[], cut=3231, noise=b"\x80")  # a schema byte that is not UTF-8 (found by the fuzz test)
def test_fuzz_never_crashes(tmp_path, rows, cut, noise):
    f = tmp_path / "imofriends.db"
    f.unlink(missing_ok=True)
    con = sqlite3.connect(f)
    con.executescript(SCHEMA.replace("CREATE UNIQUE INDEX", "CREATE INDEX"))
    con.executemany("INSERT INTO messages (buid, last_message, timestamp, message_type, imdata) VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    data = f.read_bytes()
    assert_damage_is_recorded(ALL, f, data, cut, noise if cut < len(data) else b"")


def test_recent_messages_in_the_write_ahead_log_are_read(tmp_path, cli):
    """An extraction taken while IMO ran holds imofriends.db-wal with the newest messages."""
    import shutil

    live = tmp_path / "live"
    live.mkdir()
    con = sqlite3.connect(live / "imofriends.db")
    con.executescript(SCHEMA + "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;")
    con.executemany("INSERT INTO friends (buid, name) VALUES (?, ?)", FRIENDS)
    con.execute("INSERT INTO messages (buid, last_message, timestamp, message_type) VALUES ('u_rahim', 'old', ?, 1)", (NS,))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("INSERT INTO messages (buid, last_message, timestamp, message_type) "
                "VALUES ('u_rahim', 'free visa, passport amar kache jama rakhte hobe', ?, 1)", (NS + 10**9,))
    con.commit()  # in the log only: the database file itself still holds one message
    src = tmp_path / "src" / "databases"
    src.mkdir(parents=True)
    shutil.copy(live / "imofriends.db", src / "imofriends.db")
    shutil.copy(live / "imofriends.db-wal", src / "imofriends.db-wal")
    con.close()
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()}
    assert [a.text for a in run_parser(IMO, src / "imofriends.db").artifacts] == [
        "old", "free visa, passport amar kache jama rakhte hobe"]
    r = cli("triage", tmp_path / "src", "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["kind"] == "message"]
    assert msgs[-1]["hits"] and len(msgs) == 2
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in src.iterdir()} == before
    (tmp_path / "alone").mkdir()
    shutil.copy(src / "imofriends.db", tmp_path / "alone" / "imofriends.db")
    assert [a.text for a in run_parser(IMO, tmp_path / "alone" / "imofriends.db").artifacts] == ["old"]
