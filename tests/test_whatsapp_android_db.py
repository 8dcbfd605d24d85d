"""WhatsApp for Android msgstore.db: both schema generations, wa.db names, groups, deletions,
media, the -wal, damage, and a triage of a full-file-system extraction that reads it.

The databases are built here with the tables and columns that public forensic write-ups give for
msgstore.db and wa.db (the DDL is ours, trimmed to the columns that matter, plus a few others so
that the parser meets the shape it meets on a phone; the current schema and wa.db's are the ones the
demo's full-file-system part is built with).
"""

import sqlite3

import pytest

from evidtriage.demo.ffs import MSGSTORE, WA_DB
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings, sqlite_db

PLUGINS = Plugins((), entry_points=False)
WA = PLUGINS.parser("whatsapp_android_db")
ALL = [e.cls for e in PLUGINS.parsers]

T0 = 1_705_053_720_000  # 2024-01-12T10:02:00Z in ms
RAHIM, KARIM, GROUP = "8801712345678@s.whatsapp.net", "8801898765432@s.whatsapp.net", "8801711111111-1600000000@g.us"

LEGACY = """
CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT NOT NULL, key_from_me INTEGER,
    key_id TEXT NOT NULL, status INTEGER, needs_push INTEGER, data TEXT, timestamp INTEGER, media_url TEXT,
    media_mime_type TEXT, media_wa_type TEXT, media_size INTEGER, media_name TEXT, media_caption TEXT,
    media_hash TEXT, media_duration INTEGER, origin INTEGER, latitude REAL, longitude REAL, thumb_image TEXT,
    remote_resource TEXT, received_timestamp INTEGER, send_timestamp INTEGER, receipt_server_timestamp INTEGER);
CREATE TABLE chat_list (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT UNIQUE, message_table_id INTEGER,
    subject TEXT, creation INTEGER);
CREATE TABLE group_participants (_id INTEGER PRIMARY KEY AUTOINCREMENT, gjid TEXT NOT NULL, jid TEXT NOT NULL,
    admin INTEGER, pending INTEGER);
"""



def current_db(path, rows=None):
    con = sqlite3.connect(path)
    con.executescript(MSGSTORE)  # the current schema, as the demo's full-file-system part builds it
    for jid in ("-1", RAHIM, KARIM, GROUP):  # rowids 1..4
        user, _, server = jid.partition("@")
        con.execute("INSERT INTO jid (user, server, raw_string) VALUES (?, ?, ?)", (user, server, jid))
    con.execute("INSERT INTO chat (jid_row_id, subject) VALUES (2, NULL)")  # chat 1: Rahim
    con.execute("INSERT INTO chat (jid_row_id, subject) VALUES (4, 'Saudi job group')")  # chat 2: group
    con.executemany("INSERT INTO group_participant_user (group_jid_row_id, user_jid_row_id) VALUES (4, ?)", [(2,), (3,)])
    for r in rows if rows is not None else ROWS:
        con.execute("INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id, timestamp, "
                    "message_type, text_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", r[:2] + (r[2], f"K{r[0]}") + r[3:7])
        if len(r) > 7:
            con.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, media_caption) "
                        "VALUES (?, ?, ?, ?, ?)", (r[0], r[1], *r[7]))
    con.commit()
    con.close()
    return path


# (_id, chat_row_id, from_me, sender_jid_row_id, timestamp, message_type, text_data[, (file_path, mime, caption)])
ROWS = [
    (1, 1, 0, 0, T0, 0, "passport amar kache thakbe, kauke bolben na"),
    (2, 1, 1, 0, T0 + 61_000, 0, "ji bhai"),
    (3, 1, 0, 0, T0 + 120_500, 1, None, ("Media/WhatsApp Images/IMG-20240112-WA0001.jpg", "image/jpeg", "visa copy")),
    (4, 1, 0, 0, T0 + 180_000, 15, None),
    (5, 2, 0, 3, T0 + 240_000, 0, "Saudi te beton 1500 riyal, free visa"),
    (6, 2, 0, 0, T0 + 300_000, 7, None),
]


def wa_db(path):
    con = sqlite3.connect(path)
    con.executescript(WA_DB)
    con.execute("INSERT INTO wa_contacts (jid, display_name, wa_name) VALUES (?, 'Rahim Agent', 'R')", (RAHIM,))
    con.execute("INSERT INTO wa_contacts (jid, display_name, wa_name) VALUES (?, NULL, 'Karim')", (KARIM,))
    con.commit()
    con.close()


def test_current_schema_every_field(tmp_path):
    db = current_db(tmp_path / "msgstore.db")
    wa_db(tmp_path / "wa.db")
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    msgs = [a for a in run.artifacts]
    assert [m.record for m in msgs] == [f"message _id={i}" for i in range(1, 7)]
    first = msgs[0]
    assert (first.sender, first.sender_id, first.conversation, first.conversation_title) == (
        "Rahim Agent", RAHIM, f"whatsapp:{RAHIM}", "Rahim Agent")
    assert first.timestamp == "2024-01-12T10:02:00Z" and first.time_as_written == str(T0) and not first.zone_assumed
    assert first.text.startswith("passport amar kache") and first.is_group is False
    assert (msgs[1].sender, msgs[1].sender_id, msgs[1].timestamp) == ("owner", "", "2024-01-12T10:03:01Z")
    assert msgs[2].message_kind == "attachment" and msgs[2].text == "visa copy"
    assert msgs[2].attachments == (("Media/WhatsApp Images/IMG-20240112-WA0001.jpg", ""),)
    assert msgs[3].message_kind == "deletion" and msgs[3].text == ""
    group = msgs[4]
    assert (group.sender, group.sender_id, group.conversation_title, group.is_group) == (
        "Karim", KARIM, "Saudi job group", True)
    assert group.participants == ("Karim", "Rahim Agent")
    assert msgs[5].message_kind == "system"


def test_without_wa_db_senders_are_numbers(tmp_path):
    run = run_parser(ALL, current_db(tmp_path / "msgstore.db"))
    assert run.status == "parsed"
    assert run.artifacts[0].sender == "+8801712345678" and run.artifacts[4].sender == "+8801898765432"


def test_legacy_schema(tmp_path):
    db = tmp_path / "msgstore.db"
    con = sqlite3.connect(db)
    con.executescript(LEGACY)
    con.execute("INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, timestamp) VALUES ('-1', 0, '-1', -1, NULL, 0)")
    rows = [(RAHIM, 0, "a", 0, "tomar passport amar kache", T0, None, None, None, None),
            (RAHIM, 1, "b", 13, "ok", T0 + 1000, None, None, None, None),
            (GROUP, 0, "c", 0, None, T0 + 2000, KARIM, "1", "IMG-1.jpg", "job offer"),
            (GROUP, 0, "d", 0, None, T0 + 3000, RAHIM, "15", None, None),
            (GROUP, 0, "e", 6, None, T0 + 4000, None, "0", None, None)]
    con.executemany("INSERT INTO messages (key_remote_jid, key_from_me, key_id, status, data, timestamp, remote_resource,"
                    " media_wa_type, media_name, media_caption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("INSERT INTO chat_list (key_remote_jid, subject) VALUES (?, 'Dubai visa')", (GROUP,))
    con.executemany("INSERT INTO group_participants (gjid, jid) VALUES (?, ?)", [(GROUP, RAHIM), (GROUP, KARIM), (GROUP, "")])
    con.commit()
    con.close()
    wa_db(tmp_path / "wa.db")
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert len(m) == 5  # the placeholder row -1 is not a message
    assert (m[0].sender, m[0].text, m[0].timestamp) == ("Rahim Agent", "tomar passport amar kache", "2024-01-12T10:02:00Z")
    assert m[1].sender == "owner"
    assert (m[2].sender, m[2].conversation_title, m[2].message_kind, m[2].text) == ("Karim", "Dubai visa", "attachment", "job offer")
    assert m[2].attachments == (("IMG-1.jpg", ""),) and m[2].participants == ("Karim", "Rahim Agent")
    assert m[3].message_kind == "deletion" and m[4].message_kind == "system"


def test_recent_messages_in_the_wal_are_read(tmp_path):
    src = tmp_path / "databases"
    src.mkdir()
    db = current_db(src / "msgstore.db", rows=ROWS[:2])
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("INSERT INTO message (_id, chat_row_id, from_me, key_id, timestamp, message_type, text_data) "
                "VALUES (9, 1, 0, 'K9', ?, 0, 'only in the wal')", (T0 + 900_000,))
    con.commit()
    import shutil

    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for name in ("msgstore.db", "msgstore.db-wal"):  # copied while the writer still holds the log
        shutil.copy(src / name, evidence / name)
    con.close()
    before = {p.name: p.read_bytes() for p in evidence.iterdir()}
    run = run_parser(ALL, evidence / "msgstore.db")
    assert [a.text for a in run.artifacts][-1] == "only in the wal"
    assert {p.name: p.read_bytes() for p in evidence.iterdir()} == before  # nothing written beside the evidence


def test_other_sqlite_is_not_mine(tmp_path):
    run = run_parser(WA, sqlite_db(tmp_path / "msgstore.db", "CREATE TABLE other (x)"))
    assert not run.artifacts and "failed" not in (run.reason or "")


@pytest.mark.parametrize("cut", [100, 2048, 5000])
def test_damaged_database_is_recorded(tmp_path, cut):
    data = current_db(tmp_path / "good.db").read_bytes()
    assert_damage_is_recorded(ALL, tmp_path / "msgstore.db", data, cut, b"\xff" * 700)


def test_triage_of_an_extraction_reads_the_database(tmp_path, cli):
    root = tmp_path / "FFS" / "data" / "data" / "com.whatsapp" / "databases"
    root.mkdir(parents=True)
    current_db(root / "msgstore.db")
    wa_db(root / "wa.db")
    media = tmp_path / "FFS" / "data" / "media" / "0" / "WhatsApp" / "Media" / "WhatsApp Images"
    media.mkdir(parents=True)
    (media / "IMG-20240112-WA0001.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    r = cli("triage", tmp_path / "FFS", "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    f = load_findings(tmp_path / "case")
    msgs = [a for a in f["artifacts"] if a["parser"] == "whatsapp_android_db"]
    assert len(msgs) == 6
    flagged = {a["record"] for a in msgs if a["hits"]}
    assert {"message _id=1", "message _id=5"} <= flagged
    photo = next(a for a in msgs if a["record"] == "message _id=3")
    assert photo["attachments"] == [["Media/WhatsApp Images/IMG-20240112-WA0001.jpg",
                                     "data/media/0/WhatsApp/Media/WhatsApp Images/IMG-20240112-WA0001.jpg"]]


def test_reused_minute_text_gives_the_same_times():
    """The reader keeps the minute's text between rows (for speed): any order of values, also
    backwards, odd or absurd ones, must give what iso_ms gives."""
    import random

    from plugins.whatsapp_android_db import _Reader, iso_ms

    rng = random.Random(3)
    values = [T0 + rng.randrange(-10**7, 10**7) for _ in range(2000)] + [T0, T0 + 59_999, T0 + 60_000, T0 - 1, 0, -5,
                                                                          None, "1705053720000", 10**20, 1]
    reader = _Reader(None, set())
    assert [reader.when(v) for v in values] == [iso_ms(v) for v in values]
