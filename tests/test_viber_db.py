"""Viber for Android viber_messages: messages, direction, participants, groups, attachments, damage.

Built here with the tables and columns that ALEAPP's Viber module reads (messages,
participants, participants_info; conversations for a group's name); the DDL is ours.
"""

import sqlite3

import pytest

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, sqlite_db

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]
T0 = 1_705_053_720_000  # 2024-01-12T10:02:00Z

VIBER = """
CREATE TABLE conversations (_id INTEGER PRIMARY KEY, group_id INTEGER, name TEXT, conversation_type INTEGER, date INTEGER);
CREATE TABLE participants_info (_id INTEGER PRIMARY KEY, participant_type INTEGER, member_id TEXT, number TEXT,
    encrypted_number TEXT, display_name TEXT, contact_name TEXT, viber_name TEXT, contact_id INTEGER);
CREATE TABLE participants (_id INTEGER PRIMARY KEY, conversation_id INTEGER, participant_info_id INTEGER, active INTEGER);
CREATE TABLE messages (_id INTEGER PRIMARY KEY, msg_date INTEGER, conversation_id INTEGER, participant_id INTEGER,
    address TEXT, body TEXT, send_type INTEGER, unread INTEGER, extra_uri TEXT, extra_mime INTEGER, msg_info TEXT,
    deleted INTEGER DEFAULT 0);
"""


def viber_db(path):
    con = sqlite3.connect(path)
    con.executescript(VIBER)
    con.executemany("INSERT INTO conversations (_id, name, conversation_type) VALUES (?, ?, ?)",
                    [(1, None, 0), (2, "Malaysia job group", 1)])
    con.executemany("INSERT INTO participants_info (_id, participant_type, number, display_name, contact_name, viber_name) "
                    "VALUES (?, ?, ?, ?, ?, ?)", [(1, 0, "+8801819000111", None, None, "Karim"),
                                                  (2, 1, "+8801712345678", "Rahim", "Rahim Agent", None),
                                                  (3, 1, "+8801555000222", None, None, None)])
    con.executemany("INSERT INTO participants (_id, conversation_id, participant_info_id) VALUES (?, ?, ?)",
                    [(1, 1, 1), (2, 1, 2), (3, 2, 1), (4, 2, 2), (5, 2, 3)])
    con.executemany("INSERT INTO messages (_id, msg_date, conversation_id, participant_id, body, send_type, extra_uri) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", [
                        (1, T0, 1, 2, "Malaysia factory job, passport amar kache rakhbo", 0, None),
                        (2, T0 + 60_000, 1, 1, "ji bhai", 1, None),
                        (3, T0 + 120_000, 2, 5, "", 0, "content://com.viber.voip.provider/IMG-1.jpg"),
                        (4, T0 + 180_000, 2, 3, "ok", 1, None)])
    con.commit()
    con.close()
    return path


def test_viber_every_field(tmp_path):
    run = run_parser(ALL, viber_db(tmp_path / "viber_messages"))
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert [a.record for a in m] == [f"messages _id={i}" for i in range(1, 5)]
    assert (m[0].sender, m[0].sender_id, m[0].conversation, m[0].conversation_title, m[0].is_group) == (
        "Rahim Agent", "+8801712345678", "viber:1", "Rahim Agent", False)
    assert (m[0].timestamp, m[0].time_as_written, m[0].zone_assumed) == ("2024-01-12T10:02:00Z", str(T0), False)
    assert m[0].participants == ("Rahim Agent", "owner")
    assert (m[1].sender, m[1].sender_id, m[1].text) == ("owner", "", "ji bhai")
    assert (m[2].sender, m[2].conversation_title, m[2].is_group, m[2].message_kind) == (
        "+8801555000222", "Malaysia job group", True, "attachment")  # no name: shown by number
    assert m[2].attachments == (("content://com.viber.voip.provider/IMG-1.jpg", ""),)
    assert m[2].participants == ("+8801555000222", "Rahim Agent") and m[3].sender == "owner"


def test_other_sqlite_is_not_mine(tmp_path):
    run = run_parser(ALL, sqlite_db(tmp_path / "viber_messages", "CREATE TABLE messages (x)"))
    assert not run.artifacts and run.status == "not examined"


@pytest.mark.parametrize("cut", [100, 2048, 5000])
def test_damaged_database_is_recorded(tmp_path, cut):
    data = viber_db(tmp_path / "good.db").read_bytes()
    assert_damage_is_recorded(ALL, tmp_path / "viber_messages", data, cut, b"\xff" * 700)
