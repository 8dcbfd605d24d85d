"""Facebook Messenger for Android threads_db2 (and the newer msys layout): messages, senders,
the owner, groups, system rows, attachments, damage.

The databases are built here with the tables and columns that public write-ups and open parsers
give for threads_db2 (ALEAPP's Facebook Messenger module, HPI's fbmessenger.android); the DDL is ours.
"""

import json
import sqlite3

import pytest

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, sqlite_db

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]
T0 = 1_705_053_720_000  # 2024-01-12T10:02:00Z
OWNER_ID, RAHIM_ID, JAMAL_ID = "100001", "100002", "100003"
ONE = f"ONE_TO_ONE:{RAHIM_ID}:{OWNER_ID}"
GROUP = "GROUP:5550001"

THREADS_DB2 = """
CREATE TABLE threads (thread_key TEXT PRIMARY KEY, thread_fbid TEXT, legacy_thread_id TEXT, action_id INTEGER,
    refetch_action_id INTEGER, last_visible_action_id INTEGER, sequence_id INTEGER, name TEXT, senders TEXT,
    snippet TEXT, snippet_sender TEXT, timestamp_ms INTEGER, last_read_timestamp_ms INTEGER, folder TEXT);
CREATE TABLE thread_users (user_key TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, name TEXT, username TEXT,
    profile_pic_square TEXT, is_messenger_user INTEGER, is_friend INTEGER);
CREATE TABLE thread_participants (thread_key TEXT, user_key TEXT, type TEXT, is_admin INTEGER,
    last_read_receipt_time INTEGER, last_delivered_receipt_time INTEGER, PRIMARY KEY (thread_key, user_key, type));
CREATE TABLE messages (msg_id TEXT PRIMARY KEY, thread_key TEXT, action_id INTEGER, text TEXT, sender TEXT,
    is_not_forwardable INTEGER, timestamp_ms INTEGER, timestamp_sent_ms INTEGER, attachments TEXT, shares TEXT,
    sticker_id TEXT, msg_type INTEGER, affected_users TEXT, coordinates TEXT, offline_threading_id TEXT,
    source TEXT, channel_source TEXT, is_non_authoritative INTEGER, pending_send_media_attachment TEXT,
    sent_share_attachment TEXT, client_tags TEXT, send_error TEXT, send_error_message TEXT,
    message_replied_to_id TEXT);
"""


def sender(uid, name):
    return json.dumps({"email": f"{uid}@facebook.com", "user_key": f"FACEBOOK:{uid}", "name": name})


def threads_db2(path):
    con = sqlite3.connect(path)
    con.executescript(THREADS_DB2)
    con.executemany("INSERT INTO threads (thread_key, name) VALUES (?, ?)", [(ONE, None), (GROUP, "Dubai team")])
    con.executemany("INSERT INTO thread_users (user_key, name) VALUES (?, ?)", [
        (f"FACEBOOK:{OWNER_ID}", "Karim"), (f"FACEBOOK:{RAHIM_ID}", "Rahim Agent"), (f"FACEBOOK:{JAMAL_ID}", "Jamal Sub Agent")])
    con.executemany("INSERT INTO thread_participants (thread_key, user_key, type) VALUES (?, ?, 'PARTICIPANT')", [
        (ONE, f"FACEBOOK:{RAHIM_ID}"), (ONE, f"FACEBOOK:{OWNER_ID}"),
        (GROUP, f"FACEBOOK:{RAHIM_ID}"), (GROUP, f"FACEBOOK:{JAMAL_ID}"), (GROUP, f"FACEBOOK:{OWNER_ID}")])
    rows = [  # msg_id, thread_key, text, sender, timestamp_ms, msg_type, attachments
        ("mid.$1", ONE, "Jamal bhai, 5 ta passport pathalam", sender(RAHIM_ID, "Rahim Agent"), T0 + 60_000, 0, None),
        ("mid.$0", ONE, "ji bhai", sender(OWNER_ID, "Karim"), T0, 0, None),  # stored out of order
        ("mid.$2", GROUP, "পাসপোর্টগুলো আমার কাছে থাকবে", sender(JAMAL_ID, "Jamal Sub Agent"), T0 + 120_000, 0, None),
        ("mid.$3", GROUP, None, sender(RAHIM_ID, "Rahim Agent"), T0 + 180_000, 0,
         json.dumps([{"id": "a1", "filename": "image-7741.jpg", "mime_type": "image/jpeg"}])),
        ("mid.$4", GROUP, "Rahim Agent added Jamal", sender(RAHIM_ID, "Rahim Agent"), T0 + 240_000, 1, None),
        ("mid.$5", GROUP, None, None, T0 + 300_000, -1, None),
    ]
    con.executemany("INSERT INTO messages (msg_id, thread_key, text, sender, timestamp_ms, msg_type, attachments) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def test_threads_db2_every_field(tmp_path):
    run = run_parser(ALL, threads_db2(tmp_path / "threads_db2"))
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert [a.record for a in m] == [f"messages msg_id=mid.${i}" for i in range(5)]  # time order; the empty row left out
    assert (m[0].sender, m[0].sender_id, m[0].timestamp, m[0].time_as_written, m[0].zone_assumed) == (
        "owner", "", "2024-01-12T10:02:00Z", str(T0), False)
    assert (m[0].conversation, m[0].conversation_title, m[0].is_group, m[0].participants) == (
        f"messenger-android:{ONE}", "Rahim Agent", False, ("Rahim Agent", "owner"))
    assert (m[1].sender, m[1].sender_id, m[1].text) == ("Rahim Agent", RAHIM_ID, "Jamal bhai, 5 ta passport pathalam")
    group = m[2]
    assert (group.sender, group.conversation_title, group.is_group, group.participants) == (
        "Jamal Sub Agent", "Dubai team", True, ("Jamal Sub Agent", "Rahim Agent"))
    assert m[3].message_kind == "attachment" and m[3].attachments == (("image-7741.jpg", ""),)
    assert m[4].message_kind == "system"


def test_msys_layout(tmp_path):
    db = tmp_path / "threads_db2"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE logging_events_v2 (id INTEGER PRIMARY KEY);
        CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, profile_picture_url TEXT);
        CREATE TABLE threads (thread_key INTEGER PRIMARY KEY, thread_name TEXT, thread_type INTEGER);
        CREATE TABLE participants (thread_key INTEGER, contact_id INTEGER, PRIMARY KEY (thread_key, contact_id));
        CREATE TABLE messages (message_id TEXT PRIMARY KEY, thread_key INTEGER, sender_id INTEGER, text TEXT,
            timestamp_ms INTEGER, offline_threading_id TEXT, reply_source_id TEXT);""")
    con.executemany("INSERT INTO contacts (id, name) VALUES (?, ?)", [(100001, "Karim"), (100002, "Rahim Agent")])
    con.execute("INSERT INTO threads (thread_key, thread_name, thread_type) VALUES (100002, NULL, 1)")
    con.executemany("INSERT INTO participants VALUES (100002, ?)", [(100001,), (100002,)])
    con.execute("INSERT INTO messages VALUES ('mid.$9', 100002, 100002, 'free visa, advance bKash e', ?, 'o1', NULL)", (T0,))
    con.commit()
    con.close()
    run = run_parser(ALL, db)
    assert run.status == "parsed", run.reason
    (a,) = run.artifacts
    assert (a.sender, a.sender_id, a.text, a.timestamp, a.conversation_title) == (
        "Rahim Agent", "100002", "free visa, advance bKash e", "2024-01-12T10:02:00Z", "Karim, Rahim Agent")


def test_other_sqlite_is_not_mine(tmp_path):
    run = run_parser(ALL, sqlite_db(tmp_path / "threads_db2", "CREATE TABLE messages (x)"))
    assert not run.artifacts and run.status == "not examined"


@pytest.mark.parametrize("cut", [100, 2048, 5000])
def test_damaged_database_is_recorded(tmp_path, cut):
    data = threads_db2(tmp_path / "good.db").read_bytes()
    assert_damage_is_recorded(ALL, tmp_path / "threads_db2", data, cut, b"\xff" * 700)
