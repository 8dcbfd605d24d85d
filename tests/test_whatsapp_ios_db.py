"""WhatsApp for iPhone ChatStorage.sqlite: chats, groups, Core Data times, media, deletions, damage.

The database is built here with the Core Data tables and columns that public forensic tools
describe for ChatStorage.sqlite (our DDL, trimmed to the columns that matter plus a few others).
"""

import sqlite3

import pytest

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]

T0 = 726_746_520  # 2024-01-12T10:02:00Z in Core Data seconds (since 2001-01-01)
RAHIM, KARIM, GROUP = "8801712345678@s.whatsapp.net", "8801898765432@s.whatsapp.net", "8801711111111-1600000000@g.us"

SCHEMA = """
CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZARCHIVED INTEGER,
    ZSESSIONTYPE INTEGER, ZLASTMESSAGE INTEGER, ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTJID VARCHAR, ZPARTNERNAME VARCHAR);
CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZCHILDMESSAGESDELIVEREDCOUNT INTEGER,
    ZFLAGS INTEGER, ZGROUPEVENTTYPE INTEGER, ZISFROMME INTEGER, ZMESSAGESTATUS INTEGER, ZMESSAGETYPE INTEGER,
    ZSORT INTEGER, ZCHATSESSION INTEGER, ZGROUPMEMBER INTEGER, ZMEDIAITEM INTEGER, ZMESSAGEDATE TIMESTAMP,
    ZFROMJID VARCHAR, ZSTANZAID VARCHAR, ZTEXT VARCHAR, ZTOJID VARCHAR);
CREATE TABLE ZWAGROUPMEMBER (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZISACTIVE INTEGER,
    ZCHATSESSION INTEGER, ZCONTACTNAME VARCHAR, ZFIRSTNAME VARCHAR, ZMEMBERJID VARCHAR);
CREATE TABLE ZWAMEDIAITEM (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZFILESIZE INTEGER,
    ZMESSAGE INTEGER, ZLATITUDE FLOAT, ZLONGITUDE FLOAT, ZMEDIALOCALPATH VARCHAR, ZMEDIAURL VARCHAR, ZTITLE VARCHAR,
    ZVCARDNAME VARCHAR, ZVCARDSTRING VARCHAR, ZXMPPTHUMBPATH VARCHAR);
CREATE TABLE ZWAPROFILEPUSHNAME (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZJID VARCHAR, ZPUSHNAME VARCHAR);
"""


def make_db(path):
    con = sqlite3.connect(path)
    con.executescript(SCHEMA)
    con.execute("INSERT INTO ZWACHATSESSION (Z_PK, ZCONTACTJID, ZPARTNERNAME) VALUES (1, ?, 'Rahim Agent')", (RAHIM,))
    con.execute("INSERT INTO ZWACHATSESSION (Z_PK, ZCONTACTJID, ZPARTNERNAME) VALUES (2, ?, 'Malaysia job')", (GROUP,))
    con.execute("INSERT INTO ZWAGROUPMEMBER (Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME) VALUES (7, 2, ?, NULL)", (KARIM,))
    con.execute("INSERT INTO ZWAGROUPMEMBER (Z_PK, ZCHATSESSION, ZMEMBERJID, ZCONTACTNAME) VALUES (8, 2, ?, 'Rahim Agent')", (RAHIM,))
    con.execute("INSERT INTO ZWAPROFILEPUSHNAME (ZJID, ZPUSHNAME) VALUES (?, 'Karim Bhai')", (KARIM,))
    rows = [  # Z_PK, ZSORT, chat, from me, type, event, member, date, text, from jid
        (11, 1, 1, 0, 0, 0, None, T0, "passport jama dite hobe, kauke bolben na", RAHIM),
        (12, 2, 1, 1, 0, 0, None, T0 + 61.5, "accha", None),
        (13, 3, 1, 0, 1, 0, None, T0 + 120, None, RAHIM),
        (14, 4, 1, 0, 14, 0, None, T0 + 180, None, RAHIM),
        (15, 5, 2, 0, 0, 0, 7, T0 + 240, "Malaysia factory kaj, beton 40000", GROUP),
        (16, 6, 2, 0, 6, 2, 8, T0 + 300, None, GROUP),
        (17, 7, 1, 0, 10, 1, None, T0 + 360, None, RAHIM),
    ]
    con.executemany("INSERT INTO ZWAMESSAGE (Z_PK, ZSORT, ZCHATSESSION, ZISFROMME, ZMESSAGETYPE, ZGROUPEVENTTYPE, "
                    "ZGROUPMEMBER, ZMESSAGEDATE, ZTEXT, ZFROMJID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("INSERT INTO ZWAMEDIAITEM (ZMESSAGE, ZMEDIALOCALPATH, ZTITLE) VALUES "
                "(13, 'Media/8801712345678@s.whatsapp.net/a/1/visa.jpg', 'visa ready')")
    con.commit()
    con.close()
    return path


def test_every_field(tmp_path):
    run = run_parser(ALL, make_db(tmp_path / "ChatStorage.sqlite"))
    assert run.status == "parsed", run.reason
    m = run.artifacts
    assert [a.record for a in m] == [f"ZWAMESSAGE Z_PK={i}" for i in range(11, 18)]
    assert (m[0].sender, m[0].sender_id, m[0].conversation_title, m[0].timestamp, m[0].time_as_written) == (
        "Rahim Agent", RAHIM, "Rahim Agent", "2024-01-12T10:02:00Z", str(T0))
    assert (m[1].sender, m[1].timestamp) == ("owner", "2024-01-12T10:03:01Z")
    assert m[2].message_kind == "attachment" and m[2].text == "visa ready"
    assert m[2].attachments == (("Media/8801712345678@s.whatsapp.net/a/1/visa.jpg", ""),)
    assert m[3].message_kind == "deletion"
    assert (m[4].sender, m[4].sender_id, m[4].is_group, m[4].participants) == (
        "Karim Bhai", KARIM, True, ("Karim Bhai", "Rahim Agent"))
    assert m[5].message_kind == "system" and m[6].message_kind == "call"


def test_not_whatsapp_and_damage(tmp_path):
    other = tmp_path / "ChatStorage.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE ZOTHER (x)")
    con.commit()
    con.close()
    assert not run_parser(ALL, other).artifacts
    data = make_db(tmp_path / "good.sqlite").read_bytes()
    for cut in (100, 3000, 6000):
        assert_damage_is_recorded(ALL, tmp_path / "ChatStorage.sqlite", data, cut, b"\x00\xff" * 300)


def test_triage_reads_it_and_resolves_media(tmp_path, cli):
    group = tmp_path / "FFS" / "private" / "var" / "mobile" / "Containers" / "Shared" / "AppGroup" / "ABCD"
    group.mkdir(parents=True)
    make_db(group / "ChatStorage.sqlite")
    media = group / "Message" / "Media" / "8801712345678@s.whatsapp.net" / "a" / "1"
    media.mkdir(parents=True)
    (media / "visa.jpg").write_bytes(b"\xff\xd8\xff\xe0 a picture")
    r = cli("triage", tmp_path / "FFS", "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["parser"] == "whatsapp_ios_db"]
    assert len(msgs) == 7 and msgs[0]["hits"]
    photo = next(a for a in msgs if a["record"] == "ZWAMESSAGE Z_PK=13")
    assert photo["attachments"][0][1].endswith("Message/Media/8801712345678@s.whatsapp.net/a/1/visa.jpg")
