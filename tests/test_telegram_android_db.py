"""Telegram for Android's cache4.db: the text of each message found after its date, senders from
the blob's peerUser, names from Telegram's search names; service events counted, never guessed.

The database is built with the DDL Telegram's Android source creates, and each message blob is
written the way Telegram serialises a ``message`` (constructor, flags, id, from_id, peer_id,
date, message, ...): what the test shows is that the parser follows that layout and refuses
what does not fit it."""

import sqlite3
import struct

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import load_findings, sqlite_db

ALL = [e.cls for e in Plugins((), entry_points=False).parsers]
DATE = 1705053720  # 2024-01-12T10:02:00Z

MESSAGES_V2 = ("CREATE TABLE messages_v2(mid INTEGER, uid INTEGER, read_state INTEGER, send_state INTEGER, "
               "date INTEGER, data BLOB, out INTEGER, ttl INTEGER, media INTEGER, replydata BLOB, imp INTEGER, "
               "mention INTEGER, forwards INTEGER, replies_data BLOB, thread_reply_id INTEGER, is_channel INTEGER, "
               "reply_to_message_id INTEGER, custom_params BLOB, group_id INTEGER, reply_to_story_id INTEGER, "
               "PRIMARY KEY(mid, uid))")


def tl_string(text: str) -> bytes:
    raw = text.encode("utf-8")
    head = bytes([len(raw)]) if len(raw) < 254 else b"\xfe" + len(raw).to_bytes(3, "little")
    body = head + raw
    return body + b"\x00" * (-len(body) % 4)


def peer_user(uid: int, old: bool = False) -> bytes:
    return struct.pack("<Iq", 0x59511722, uid) if not old else struct.pack("<Ii", 0x9DB1BC6D, uid)


def peer_chat(cid: int) -> bytes:
    return struct.pack("<Iq", 0x36C6019A, cid)


def message(mid: int, date: int, text: str, from_id: bytes = b"", peer: bytes = b"") -> bytes:
    """A ``message`` as TL: constructor, flags, flags2, id, [from_id], peer_id, date, message, media."""
    flags = (1 << 8) if from_id else 0
    return (struct.pack("<IIIi", 0x94345242, flags, 0, mid) + from_id + peer + struct.pack("<i", date)
            + tl_string(text) + struct.pack("<I", 0x3DED6320))  # messageMediaEmpty


def service(mid: int, date: int, from_id: bytes, peer: bytes) -> bytes:
    """A ``messageService``: the action (chat add user, with its vector of ids) where text would be."""
    action = struct.pack("<IIIq", 0x15CEFD00, 0x1CB5C415, 1, 777)
    return struct.pack("<IIi", 0x2B085862, 1 << 8, mid) + from_id + peer + struct.pack("<i", date) + action


def cache4(path, rows):
    con = sqlite3.connect(path)
    con.execute(MESSAGES_V2)
    con.execute("CREATE TABLE users(uid INTEGER PRIMARY KEY, name TEXT, status INTEGER, data BLOB)")
    con.execute("CREATE TABLE chats(uid INTEGER PRIMARY KEY, name TEXT, data BLOB)")
    con.execute("CREATE TABLE enc_chats(uid INTEGER PRIMARY KEY, user INTEGER, name TEXT, data BLOB, g BLOB, "
                "authkey BLOB, ttl INTEGER, layer INTEGER, seq_in INTEGER, seq_out INTEGER, use_count INTEGER, "
                "exchange_id INTEGER, key_date INTEGER, fprint INTEGER, fauthkey BLOB, khash BLOB, in_seq_no INTEGER, "
                "admin_id INTEGER, mtproto_seq INTEGER)")
    con.executemany("INSERT INTO users (uid, name, status) VALUES (?, ?, 0)",
                    [(5001, "rahim dalal;;;rahim_visa", ), (5002, "karim bhai")])
    con.execute("INSERT INTO chats (uid, name) VALUES (9001, 'malaysia job group')")
    con.executemany("INSERT INTO messages_v2 (mid, uid, read_state, send_state, date, data, out) "
                    "VALUES (?, ?, 3, 0, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def rows():
    long_text = "পাসপোর্ট জমা দিতে হবে, " * 20  # over 253 bytes: the four-byte length form
    return [
        (1, 5001, DATE, message(1, DATE, "passport amar kache rakhbo, bKash e 50000 pathan", peer=peer_user(7)), 0),
        (2, 5001, DATE + 60, message(2, DATE + 60, "ঠিক আছে ভাই", peer=peer_user(5001)), 1),
        (3, -9001, DATE + 120, message(3, DATE + 120, long_text, from_id=peer_user(5002), peer=peer_chat(9001)), 0),
        (4, -9001, DATE + 180, service(4, DATE + 180, peer_user(5001), peer_chat(9001)), 0),
        (5, -9001, DATE + 240, message(5, DATE + 240, "old layer", from_id=peer_user(5001, old=True),
                                       peer=peer_chat(9001)), 0),
        (6, 5002, DATE + 300, message(6, DATE + 300, "", peer=peer_user(5002)), 0),  # a photo without caption
    ]


def test_messages_senders_names_and_times(tmp_path):
    run = run_parser(ALL, cache4(tmp_path / "cache4.db", rows()))
    assert run.status == "parsed" and run.parser == "telegram_android_db", run
    msgs = [a for a in run.artifacts if hasattr(a, "text")]
    by_record = {m.record.split()[0]: m for m in msgs}
    assert set(by_record) == {"mid=1", "mid=2", "mid=3", "mid=5", "mid=6"}  # the service event is not a message
    one = by_record["mid=1"]
    assert one.text.startswith("passport amar kache") and one.sender == "rahim dalal" and one.sender_id == "5001"
    assert one.conversation == "telegram:5001" and one.conversation_title == "rahim dalal" and not one.is_group
    assert one.timestamp == "2024-01-12T10:02:00Z" and one.time_as_written == str(DATE) and not one.zone_assumed
    assert by_record["mid=2"].sender == "owner"
    three = by_record["mid=3"]
    assert three.text == "পাসপোর্ট জমা দিতে হবে, " * 20 and three.sender == "karim bhai" and three.is_group
    assert three.conversation_title == "malaysia job group" and three.conversation == "telegram:-9001"
    assert by_record["mid=5"].sender == "rahim dalal"  # peerUser with an int id (before 2021)
    assert by_record["mid=6"].text == ""
    (meta,) = [a for a in run.artifacts if hasattr(a, "metadata")]
    assert meta.metadata["messages_read"] == 5 and meta.metadata["rows_not_read"] == 1


def test_text_that_is_not_whole_is_not_guessed():
    from plugins.telegram_android_db import message_text

    good = message(1, DATE, "hello")
    assert message_text(good, DATE) == "hello"
    assert message_text(good, DATE + 1) is None  # no such date in it
    cut = good[:-6]  # the string runs past the end
    assert message_text(cut, DATE) is None
    dirty = bytearray(good)
    dirty[dirty.index(b"hello") + 5] = 1  # padding not zero
    assert message_text(bytes(dirty), DATE) is None
    bad_utf8 = good.replace(b"hello", b"hel\xff\xfe")
    assert message_text(bad_utf8, DATE) is None


def test_another_apps_messages_table_is_not_taken(tmp_path):
    path = sqlite_db(tmp_path / "other.db", "CREATE TABLE messages(mid INTEGER, uid INTEGER, date INTEGER, data BLOB, out INTEGER)")
    assert run_parser(ALL, path).parser != "telegram_android_db"


def test_in_an_extraction_the_messages_are_matched(tmp_path, cli):
    files = tmp_path / "FFS" / "data" / "data" / "org.telegram.messenger" / "files"
    files.mkdir(parents=True)
    cache4(files / "cache4.db", rows())
    r = cli("triage", tmp_path / "FFS", "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    f = load_findings(tmp_path / "case")
    status = {x["path"]: x["status"] for x in f["files"]}
    assert status["data/data/org.telegram.messenger/files/cache4.db"] == "parsed"
    first = next(a for a in f["artifacts"] if a.get("record", "").startswith("mid=1 "))
    assert first["hits"], first
