"""Issue 18, "done when": a triage of one folder holding every hostile file together finishes,
names each one with its reason, and parses the ordinary files beside them.

The hostile files are made here (the bombs and poison pills small, or with limits lowered where
the real size would only cost time); the hostile parser plugin stands in for a file that makes a
library die or hang in C code (the OOM killer, a decoder stuck for minutes).
"""

import json
import os
import sqlite3
import stat
import struct
import zipfile
import zlib

from conftest import load_findings, make_zip
from test_hostile_archives import nested_bomb
from test_hostile_parsers import deep_telegram_export, hostile_pdf
from test_hostile_paths import colliding_tree
from test_hostile_workers import HOSTILE_PLUGIN

from evidtriage import artifacts
from evidtriage.pipeline import executors


def tree_state(root) -> dict:
    """Every entry under ``root`` (links and FIFOs not followed or opened): kind, size, mtime,
    and the bytes of regular files."""
    out = {}
    for folder, dirs, names in os.walk(os.fsencode(str(root))):
        for n in dirs + names:
            p = os.path.join(folder, n)
            st = os.lstat(p)
            data = open(p, "rb").read() if stat.S_ISREG(st.st_mode) else None
            out[p] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns, data)
    return out


def png_header(w, h):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")


def hostile_zip() -> bytes:
    """Zip-slip names of every kind, a symlink entry, a device entry and an encrypted member,
    beside one ordinary member."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in ("../../etc/passwd", "/abs/x.txt", "..\\..\\win.ini", "C:\\Windows\\x.dll", "D:/y.txt"):
            z.writestr(name, b"escape")
        link = zipfile.ZipInfo("link-to-etc")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(link, b"/etc/shadow")
        dev = zipfile.ZipInfo("sda")
        dev.external_attr = (stat.S_IFBLK | 0o600) << 16
        z.writestr(dev, b"")
        z.writestr("ok.txt", b"an ordinary member: the agent keeps the passport")
    data = bytearray(buf.getvalue())
    # mark "ok.txt"'s neighbour encrypted: a copy of the ordinary member flagged encrypted
    enc = io.BytesIO()
    with zipfile.ZipFile(enc, "w") as z:
        z.writestr("locked.txt", b"secret")
    e = bytearray(enc.getvalue())
    e[6] |= 1  # local header flag
    cd = e.rfind(b"PK\x01\x02")
    e[cd + 8] |= 1  # central directory flag
    return bytes(data), bytes(e)


def build_hostile_folder(root, secret):
    colliding_tree(root)  # item 1: three pairs of look-alike paths
    (root / "bomb.zip").write_bytes(nested_bomb())  # item 2
    (root / "many.zip").write_bytes(make_zip({f"m/{i:05d}.txt": f"member {i}".encode() for i in range(3000)}))  # item 3
    (root / "huge.png").write_bytes(png_header(30000, 30000))  # item 4: 900 MP claimed
    (root / "result.json").write_bytes(deep_telegram_export(50_000))  # item 5
    (root / "page.pdf").write_bytes(hostile_pdf())  # item 5
    (root / "a.die").write_text("dies")  # item 5: the worker is killed
    (root / "b.hog").write_text("hogs")  # item 5: over the worker's memory cap
    (root / "c.spin").write_text("spins")  # item 6: stuck in C code
    # item 7, any parser: one line of plain text, and a chat export's one message, over the cap
    (root / "one-line.txt").write_text("passport amar kache " + "kemon acho bhai " * 400_000)
    (root / "tg").mkdir()
    (root / "tg" / "result.json").write_text(json.dumps({"name": "Agent", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-12T10:02:00", "from": "Agent", "from_id": "user1",
         "text": "passport amar kache " + "kemon acho bhai " * 400_000}]}))
    with open(root / "WhatsApp Chat with Dalal.txt", "w", encoding="utf-8") as f:  # item 7
        f.write("12/01/2024, 10:02 - Dalal: passport amar kache jama rakhte hobe\n")
        f.write("12/01/2024, 10:03 - Dalal: " + "taka " * 1_000_000 + "\n")
        f.write("12/01/2024, 10:04 - Karim: ok\n")
    slips, locked = hostile_zip()
    (root / "slips.zip").write_bytes(slips)
    (root / "locked.zip").write_bytes(locked)
    (root / "self.zip").write_bytes(make_zip({"self.zip": make_zip({"self.zip": make_zip({"self.zip": make_zip({"x": b"x"})})})}))
    loop = root / "loop"
    loop.mkdir()
    os.symlink("..", loop / "up")  # a symlink loop
    os.symlink(loop / "up", loop / "again")
    os.mkfifo(root / "pipe")
    names = root / "names"
    names.mkdir()
    for name in ("new\nline.txt", "tab\there.txt", "back\\slash.txt", "-leading-dash.txt", "rlo\u202etxt.exe"):
        (names / name).write_text(name)
    with open(os.fsencode(str(names)) + b"/bad\xfe\xffutf8.txt", "wb") as f:
        f.write(b"not utf-8")
    sms_xxe = (f'<?xml version="1.0"?>\n<!DOCTYPE smses [<!ENTITY x SYSTEM "file://{secret}">]>\n'
               '<smses count="1"><sms protocol="0" address="01712345678" date="1700000000000" type="1" body="&x;" /></smses>\n')
    (root / "sms-xxe.xml").write_text(sms_xxe)
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE smses [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
           + ']>\n<smses count="1"><sms protocol="0" address="1" date="1700000000000" type="1" body="&j;" /></smses>\n')
    (root / "sms-lol.xml").write_text(lol)
    ufdr = (f'<?xml version="1.0"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM "file://{secret}">]>\n'
            '<project xmlns="http://pa.cellebrite.com/report/2.0" name="x"><decodedData><modelType type="Chat">'
            '<model type="Chat"><field name="Name"><value type="String">&x;</value></field></model>'
            '</modelType></decodedData></project>\n')
    (root / "ufdr").mkdir()
    (root / "ufdr" / "report.xml").write_text(ufdr)
    (root / "imofriends.db").write_bytes(b"SQLite format 3\x00" + os.urandom(4080))  # corrupt SQLite
    (root / "imofriends.db-wal").write_bytes(os.urandom(4096))  # a garbage WAL beside it
    db = sqlite3.connect(root / "msgstore.db")  # a real database, then its pages damaged
    db.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY, data TEXT)")
    db.executemany("INSERT INTO message (data) VALUES (?)", [("x" * 200,)] * 200)
    db.commit()
    db.close()
    raw = bytearray((root / "msgstore.db").read_bytes())
    raw[4096:8192] = os.urandom(4096)
    (root / "msgstore.db").write_bytes(bytes(raw))
    (root / "msgstore.db-wal").write_bytes(b"\x37\x7f\x06\x82" + os.urandom(8188))  # a WAL header, then garbage
    # the ordinary files
    (root / "note.txt").write_text("The agent said: passport amar kache jama rakhte hobe, advance 50000 taka bKash")
    (root / "WhatsApp Chat with Rahim.txt").write_text(
        "12/01/2024, 10:02 - Rahim: Malaysia factory job, free visa, no experience needed\n"
        "12/01/2024, 10:07 - Rahim: passport amar kache jama rakhte hobe\n")


def test_a_folder_of_every_hostile_file_is_triaged_to_the_end(tmp_path, cli, monkeypatch):
    monkeypatch.setattr(executors, "GRACE_SECONDS", 1.0)
    # texts cut at 100,000 characters, not 2^20: the same path, without a PDF of megabytes of text
    monkeypatch.setattr(artifacts, "MAX_TEXT_CHARS", 100_000)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-never-in-the-case")
    src = tmp_path / "src"
    build_hostile_folder(src, secret)
    plugins = tmp_path / "hostile_plugins"
    plugins.mkdir()
    (plugins / "hostile.py").write_text(HOSTILE_PLUGIN)
    before = tree_state(src)
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--plugins-dir", plugins)
    assert r.exit_code == 0, r
    assert tree_state(src) == before  # the hostile evidence itself is untouched (the WAL included)
    f = load_findings(case)
    files = {x["path"]: x for x in f["files"]}
    skips = {}
    for s in f["skips"]:
        skips.setdefault(s["path"], []).append(s["reason"])

    def named(path, *words):
        """The file is named, with a reason holding each of ``words``, as a file or a skip."""
        reasons = skips.get(path, []) + ([files[path]["reason"]] if path in files else [])
        assert any(all(w in r for w in words) for r in reasons), (path, reasons)

    # 1: every look-alike path is its own file, hashed
    for p in ("collide\\xff.txt", "collide\\\\xff.txt", "chat.zip!/msg.txt", "chat.zip\\x21/msg.txt",
              "both.zip!/x!/y", "both.zip!/x\\x21/y"):
        assert files[p]["sha256"], p
    # 2: the nested bomb stops at the exhibit's budget
    assert any("would inflate to more than" in r for p, rs in skips.items() if p.startswith("bomb.zip!/") for r in rs)
    inflated = sum(x["size"] for p, x in files.items() if p.startswith("bomb.zip!/"))
    assert inflated < 256 * 1024 * 1024
    # 3: every member of the big archive is there and parsed
    assert sum(1 for p, x in files.items() if p.startswith("many.zip!/m/") and x["status"] == "parsed") == 3000
    # 4, 5, 6, 7
    named("huge.png", "over the cap")
    named("result.json", "nested more than 128 levels")
    assert files["page.pdf"]["status"] in ("parsed", "partial", "skipped")
    named("a.die", "worker died")
    named("b.hog", "out of memory")
    named("c.spin", "killed after")
    named("WhatsApp Chat with Dalal.txt", "cut at")
    named("one-line.txt", "cut at 100000 characters", "the rest is in the file")
    named("tg/result.json", "cut at 100000 characters of 6400020", "the rest is in the file")
    cut = {a["file"]: a["cut"] for a in f["artifacts"] if a.get("cut")}
    assert cut["tg/result.json"] == {"kept_characters": 100_000, "characters": 6_400_020, "rest_at_byte": None}
    assert cut["one-line.txt"]["kept_characters"] == 100_000
    # also confirm: archives, links, FIFOs, names, XML, SQLite
    for p in ("../../etc/passwd", "/abs/x.txt", "..\\\\..\\\\win.ini", "C:\\\\Windows\\\\x.dll", "D:/y.txt"):
        named(f"slips.zip!/{p}", "zip-slip")
    named("slips.zip!/link-to-etc", "symbolic link")
    named("slips.zip!/sda", "device")
    assert files["slips.zip!/ok.txt"]["status"] == "parsed"
    named("locked.zip!/locked.txt", "encrypted")
    named("self.zip!/self.zip!/self.zip!/self.zip", "nested 3 deep")
    named("loop/up", "symbolic link", "not followed")
    named("pipe", "FIFO")
    # a name b3sum cannot check is left out of its list, and named beside it
    note = (case / "reports" / "hashes" / "EX01.b3.not-listed.txt").read_text(encoding="utf-8")
    assert "names/bad\\xfe\\xffutf8.txt\tb3sum cannot check it" in note
    for p in ("names/new\nline.txt", "names/tab\there.txt", "names/back\\\\slash.txt", "names/-leading-dash.txt",
              "names/rlo\u202etxt.exe", "names/bad\\xfe\\xffutf8.txt"):
        assert files[p]["sha256"], p
    named("ufdr/report.xml", "undefined entity")
    assert "TOPSECRET" not in (case / "reports" / "findings.json").read_text(encoding="utf-8")
    assert files["imofriends.db"]["status"] == "skipped", files["imofriends.db"]
    assert files["msgstore.db"]["sha256"] and files["msgstore.db-wal"]["sha256"]  # hashed; the WAL never applied
    # the ordinary files beside them
    assert files["note.txt"]["status"] == "parsed"
    assert files["WhatsApp Chat with Rahim.txt"]["status"] == "parsed"
    flagged = {h["file"] for h in f["hits"]} if "hits" in f else {a["file"] for a in f["artifacts"] if a.get("hits")}
    assert "WhatsApp Chat with Rahim.txt" in flagged and "note.txt" in flagged
    # and verify reads every file again: the links and the FIFO were listed at acquisition as not
    # hashed, and are unchanged, so the evidence checks out
    v = cli("verify", case)
    assert v.exit_code == 0, v.stdout + v.stderr
    assert not [ln for ln in v.stdout.splitlines() if "EX01" in ln and ("changed" in ln or "missing" in ln)], v.stdout
