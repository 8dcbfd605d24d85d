"""Tar and tar.gz full-file-system extractions (issue 16, containers): Android and iOS layouts
read end to end, members streamed (never unpacked), hostile entries refused with their reason,
and thousands of members read in one pass rather than one pass each."""

import hashlib
import io
import os
import random
import tarfile

import pytest

from evidtriage.case import add_evidence, init_case
from evidtriage.model import CaseInfo, EvidenceFile, Locator
from evidtriage.pipeline.stages import ScanOptions, scan
from evidtriage.intake.sources import list_members, open_evidence
from evidtriage.intake.sources.archive import ArchiveCache
from evidtriage.intake.sources.gzipseek import SeekableGzip

from conftest import load_findings
from test_whatsapp_android_db import current_db, wa_db
from test_whatsapp_ios_db import make_db as ios_chat_db


def make_tar(path, root, prefix="", gz=False):
    """A tar of the tree under ``root``, names starting with ``prefix`` (``./`` as ``tar -C root .``
    writes them), in shuffled order (as a tar of a phone's file system lies: not by name); a zip
    when ``path`` ends in .zip."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    random.Random(7).shuffle(files)
    if str(path).endswith(".zip"):
        import zipfile

        with zipfile.ZipFile(path, "w") as z:
            for p in files:
                z.write(p, prefix + p.relative_to(root).as_posix())
        return path
    with tarfile.open(path, "w:gz" if gz else "w") as t:
        for p in files:
            t.add(p, prefix + p.relative_to(root).as_posix())
    return path


def tree_digest(root):
    return sorted((str(p), p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
                  for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("name,prefix", [("phone.tar", ""), ("phone.tar.gz", "./"), ("phone.zip", "")])
def test_android_extraction_in_a_tar_reaches_the_whatsapp_parser(tmp_path, cli, name, prefix):
    ffs = tmp_path / "FFS"
    db = ffs / "data" / "data" / "com.whatsapp" / "databases"
    db.mkdir(parents=True)
    current_db(db / "msgstore.db")
    wa_db(db / "wa.db")
    media = ffs / "data" / "media" / "0" / "WhatsApp" / "Media" / "WhatsApp Images"
    media.mkdir(parents=True)
    (media / "IMG-20240112-WA0001.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    ev = tmp_path / "evidence"
    ev.mkdir()
    make_tar(ev / name, ffs, prefix, name.endswith(".gz"))
    before = tree_digest(ev)
    r = cli("triage", ev / name, "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    assert tree_digest(ev) == before  # nothing written, nothing unpacked beside the evidence
    f = load_findings(tmp_path / "case")
    msgs = [a for a in f["artifacts"] if a["parser"] == "whatsapp_android_db"]
    assert len(msgs) == 6
    assert msgs[0]["file"] == f"{name}!/data/data/com.whatsapp/databases/msgstore.db"
    photo = next(a for a in msgs if a["record"] == "message _id=3")
    assert photo["attachments"] == [["Media/WhatsApp Images/IMG-20240112-WA0001.jpg",
                                     f"{name}!/data/media/0/WhatsApp/Media/WhatsApp Images/IMG-20240112-WA0001.jpg"]]
    files = {x["path"]: x for x in f["files"]}
    assert files[name]["status"] == "parsed"
    db_file = files[f"{name}!/data/data/com.whatsapp/databases/msgstore.db"]
    assert db_file["sha256"] == hashlib.sha256((db / "msgstore.db").read_bytes()).hexdigest()


def test_ios_extraction_in_a_tar_gz_reaches_the_whatsapp_parser(tmp_path, cli):
    ffs = tmp_path / "FFS"
    group = ffs / "private" / "var" / "mobile" / "Containers" / "Shared" / "AppGroup" / "ABCD"
    group.mkdir(parents=True)
    ios_chat_db(group / "ChatStorage.sqlite")
    media = group / "Message" / "Media" / "8801712345678@s.whatsapp.net" / "a" / "1"
    media.mkdir(parents=True)
    (media / "visa.jpg").write_bytes(b"\xff\xd8\xff\xe0 a picture")
    make_tar(tmp_path / "iphone.tar.gz", ffs, "", gz=True)
    r = cli("triage", tmp_path / "iphone.tar.gz", "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["parser"] == "whatsapp_ios_db"]
    assert len(msgs) == 7 and msgs[0]["hits"]
    photo = next(a for a in msgs if a["record"] == "ZWAMESSAGE Z_PK=13")
    assert photo["attachments"][0][1] == ("iphone.tar.gz!/private/var/mobile/Containers/Shared/AppGroup/ABCD/"
                                          "Message/Media/8801712345678@s.whatsapp.net/a/1/visa.jpg")


def _entry(t, name, data=b"", **kw):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    for k, v in kw.items():
        setattr(info, k, v)
    t.addfile(info, io.BytesIO(data) if data else None)


def test_hostile_tar_entries_are_recorded_skips(tmp_path):
    path = tmp_path / "hostile.tar"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as t:
        _entry(t, "ok.txt", b"fine")
        _entry(t, "../../etc/evil.txt", b"climb")
        _entry(t, "/abs/path.txt", b"absolute: stripped, as tar does")
        _entry(t, "link", type=tarfile.SYMTYPE, linkname="/etc/passwd")
        _entry(t, "hard", type=tarfile.LNKTYPE, linkname="ok.txt")
        _entry(t, "fifo", type=tarfile.FIFOTYPE)
        _entry(t, "dev", type=tarfile.CHRTYPE)
        _entry(t, "ok.txt", b"second copy")
        _entry(t, "bad\udcffname.txt", b"not utf-8")
    ef = EvidenceFile("EX", "hostile.tar", path.stat().st_size, None, Locator(str(path)))
    with open(path, "rb") as f:
        members, skips = list_members(ef, f)
    assert [m.path for m in members] == ["hostile.tar!/ok.txt", "hostile.tar!/abs/path.txt",
                                         "hostile.tar!/bad\\xffname.txt"]
    reasons = {s.path.split("!/")[1]: s.reason for s in skips}
    assert "zip-slip" in reasons["../../etc/evil.txt"]
    assert "symbolic link" in reasons["link"] and "hard link" in reasons["hard"]
    assert "FIFO" in reasons["fifo"] and "character device" in reasons["dev"]
    assert "duplicate" in reasons["ok.txt"]
    for m, want in zip(members, (b"fine", b"absolute: stripped, as tar does", b"not utf-8")):
        with open_evidence(m.locator) as s:
            assert s.read() == want  # the first copy of ok.txt; the undecodable name reopens


def test_a_truncated_tar_gz_keeps_what_was_listed_and_says_so(tmp_path):
    good = tmp_path / "good.tar.gz"
    with tarfile.open(good, "w:gz") as t:
        for i in range(50):
            _entry(t, f"f{i:02d}.bin", os.urandom(20_000))
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    ef = EvidenceFile("EX", "cut.tar.gz", cut.stat().st_size, None, Locator(str(cut)))
    with open(cut, "rb") as f:
        members, skips = list_members(ef, f)
    assert 10 < len(members) < 50
    assert "damaged" in skips[-1].reason and "rest not examined" in skips[-1].reason


def test_seekable_gzip_reads_the_same_bytes_anywhere(tmp_path):
    import gzip

    data = os.urandom(300_000) + bytes(2_000_000) + os.urandom(300_000)
    raw = gzip.compress(data[:1_000_000]) + gzip.compress(data[1_000_000:])  # two gzip members
    g = SeekableGzip(io.BytesIO(raw), interval=100_000, max_checkpoints=8)
    rnd = random.Random(1)
    for _ in range(200):
        off, n = rnd.randrange(len(data)), rnd.randrange(300_000)
        g.seek(off)
        assert g.read(n) == data[off:off + n]
    assert len(g._checkpoints) <= 8
    g.seek(0, io.SEEK_END)
    assert g.tell() == len(data)


def test_thousands_of_members_are_read_in_one_pass_per_stage(tmp_path, monkeypatch):
    """Members of a tar.gz read through gzip.GzipFile in path order would each send the stream
    back to its start: quadratic. Counted, not timed: bytes decompressed over the whole scan."""
    src = tmp_path / "src"
    src.mkdir()
    names = [f"sdcard/{i % 40:02d}/note{i:05d}.txt" for i in range(1500)]
    random.Random(3).shuffle(names)  # archive order is not path order
    with tarfile.open(src / "ffs.tar.gz", "w:gz") as t:
        for i, n in enumerate(names):
            _entry(t, n, f"note {i} ".encode() * 40)
    tally = tmp_path / "inflated"
    real_fill = SeekableGzip._fill

    def counting_fill(self):
        real_fill(self)
        with open(tally, "a") as f:
            f.write(f"{len(self._buf)}\n")

    monkeypatch.setattr(SeekableGzip, "_fill", counting_fill)
    store = init_case(str(tmp_path / "case"), CaseInfo("C", "A"))
    add_evidence(store, str(tmp_path / "case"), str(src), "EX01", "")
    scan(store, ScanOptions(workers=2, ocr=False))
    assert sum(1 for f in store.file_records() if f.digests) == 1501
    size = 1500 * 512 * 3  # each member: a header and its data padded to blocks (about 1.5 KiB)
    inflated = sum(int(x) for x in tally.read_text().split())
    # listing, hashing and parsing, each a pass per worker: a few passes, never one per member
    assert inflated < 12 * size, (inflated, size)


def test_member_cache_reads_a_tar_in_order_without_going_back(tmp_path):
    path = tmp_path / "a.tar.gz"
    with tarfile.open(path, "w:gz") as t:
        for i in range(200):
            _entry(t, f"d/{i:03d}", os.urandom(5000))
    ef = EvidenceFile("EX", "a.tar.gz", path.stat().st_size, None, Locator(str(path)))
    with open(path, "rb") as f:
        members, _ = list_members(ef, f)
    cache = ArchiveCache()
    restarts = []
    real = SeekableGzip._restart
    SeekableGzip._restart = lambda self, *a: (restarts.append(a[0]), real(self, *a))[1]
    try:
        for m in members:
            with cache.open(m.locator) as s:
                assert len(s.read()) == 5000
    finally:
        SeekableGzip._restart = real
        cache.close()
    assert len(restarts) <= 2  # the opening; never once per member
