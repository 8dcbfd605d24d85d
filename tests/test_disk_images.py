"""Disk images (issue 16, containers): raw, split raw and E01; MBR and GPT; FAT and ext4 as the
Sleuth Kit reads them; deleted files recovered and marked; bad images recorded, never fatal;
nothing written to the evidence. The images are built here (tests/diskimages.py)."""

import hashlib
import json
import os
import shutil

import pytest

from evidtriage.model import EvidenceFile, Locator
from evidtriage.intake.sources.diskimage import EWF_IMAGE, RAW_IMAGE, image_kind_of
from evidtriage.pipeline.workers import hash_one

from conftest import load_findings
from diskimages import (CHAT, ORPHAN, e01_image, ext4_with_orphan, fat_image, gpt_image, listed, mbr_image,
                        ntfs_exfat_image, read, split)

DELETED = "to be deleted: recovered from the image\n"


def sha(data):
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def snapshot(folder):
    return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size, sha(p.read_bytes()))
                  for p in folder.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    folder = tmp_path_factory.mktemp("images")
    raw = mbr_image(folder)
    return {"fat": fat_image(folder), "mbr": raw, "gpt": gpt_image(folder), "e01": e01_image(raw, folder),
            "split": split(raw, 15 * 1024 * 1024, folder), "folder": folder}


def test_mbr_partitions_are_listed_by_number_with_their_files(images):
    r, members = listed(images["mbr"])
    assert r.media_type == RAW_IMAGE and not r.member_skips
    assert sorted(members) == ["p1/Users/x/Desktop/chat.txt", "p1/_one.txt", "p2/Users/x/Desktop/chat.txt",
                               "p2/blob.bin", "p2/gone.txt", "p2/readme.txt"]
    assert read(members["p1/Users/x/Desktop/chat.txt"]) == CHAT.encode()
    assert read(members["p2/blob.bin"]) == bytes(range(256)) * 1200  # ext4, several blocks
    assert members["p2/blob.bin"].path == "laptop.dd!/p2/blob.bin"


def test_a_deleted_fat_file_is_read_back_and_marked_recovered(images):
    _, members = listed(images["fat"])
    assert "_one.txt" in members  # FAT keeps the name but its first letter
    assert read(members["_one.txt"]) == DELETED.encode()
    r = hash_one(members["_one.txt"])
    assert r.digests.sha256 == sha(DELETED) and r.problem.startswith("recovered: a deleted file")
    assert hash_one(members["readme.txt"]).problem is None


def test_ext4_deleted_and_orphan_files_are_examined_and_marked_recovered(tmp_path, cli):
    """A deleted file that kept its name, and an orphan (its name cut from its inode), on ext4:
    both read back, examined and marked recovered; the orphan found under $OrphanFiles."""
    ev = tmp_path / "ev"
    ev.mkdir()
    img, inode = ext4_with_orphan(ev)
    shutil.rmtree(ev / "sdcard.img.src")  # the tree it was built from: not part of the exhibit
    before = snapshot(ev)
    r = cli("triage", ev, "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    assert snapshot(ev) == before
    f = load_findings(tmp_path / "case")
    files = {x["path"]: x for x in f["files"]}
    orphan = files[f"sdcard.img!/$OrphanFiles/OrphanFile-{inode}"]
    gone = files["sdcard.img!/gone.txt"]
    for x, text in ((orphan, ORPHAN), (gone, DELETED)):
        assert x["sha256"] == sha(text) and x["status"] == "partial" and x["reason"].startswith("recovered")
    assert files["sdcard.img!/readme.txt"]["status"] == "parsed"
    assert [a for a in f["artifacts"] if a["file"] == orphan["path"] and a["hits"]]  # read, and matched
    skips = {s["path"]: s["reason"] for s in f["skips"]}
    assert "listed under $OrphanFiles" in skips["sdcard.img!/Users/x/Desktop/orphan.txt"]


def test_files_are_found_through_their_folders_whichever_were_kept(images, monkeypatch):
    """A file is opened through its folder's entries, kept for the last few folders: with room
    for one folder only, every folder on the way is listed again and the bytes are the same."""
    from evidtriage.intake.sources import diskimage

    monkeypatch.setattr(diskimage, "_FOLDERS_KEPT", 1)
    disk = diskimage.DiskImage(str(images["mbr"]), RAW_IMAGE)
    try:
        for name, want in (("p2/Users/x/Desktop/chat.txt", CHAT.encode()), ("p2/blob.bin", bytes(range(256)) * 1200),
                           ("p1/Users/x/Desktop/chat.txt", CHAT.encode()), ("p2/Users/x/Desktop/chat.txt", CHAT.encode()),
                           ("p2/gone.txt", DELETED.encode())):
            with disk.open(name) as f:
                assert f.read() == want, name
        with pytest.raises(KeyError, match="no file"):
            disk.open("p2/Users/x/Desktop/other.txt")
        with pytest.raises(KeyError, match="no file"):
            disk.open("p2/Users/y/chat.txt")
    finally:
        disk.close()


def test_gpt_and_split_raw(images):
    _, gpt = listed(images["gpt"])
    assert list(gpt) == ["p1/readme.txt"] and read(gpt["p1/readme.txt"]) == b"hello readme\n"
    assert sorted(p.name for p in images["folder"].glob("split.0*")) == ["split.001", "split.002", "split.003"]
    r, members = listed(images["split"])
    assert r.media_type == RAW_IMAGE and len(members) == 6
    assert read(members["p2/blob.bin"]) == bytes(range(256)) * 1200  # crosses the segments' boundary


def test_ntfs_and_exfat(tmp_path):
    r, members = listed(ntfs_exfat_image(tmp_path))
    assert not r.member_skips
    assert read(members["p1/report.txt"]) == CHAT.encode()
    assert "p1/$MFT" in members  # NTFS's own files are files on the disk: listed and hashed
    assert {n for n in members if n.startswith("p2/")} == {"p2/$ALLOC_BITMAP", "p2/$UPCASE_TABLE"}  # exFAT, empty


def test_e01_reads_as_the_raw_image_and_its_stored_digests_are_checked(images, tmp_path):
    e01 = images["e01"]
    assert image_kind_of(str(e01)) == EWF_IMAGE
    r, members = listed(e01)
    assert r.media_type == EWF_IMAGE and r.member_skips == ()  # MD5 and SHA-1 match what ewfacquire stored
    assert sorted(members) == sorted(listed(images["mbr"])[1])
    assert read(members["p2/Users/x/Desktop/chat.txt"]) == CHAT.encode()
    data = bytearray(e01.read_bytes())
    at = data.find(b"passport amar")
    data[at] ^= 0x20  # one byte of the media changed after acquisition
    bad = tmp_path / "bad.E01"
    bad.write_bytes(bytes(data))
    r, _ = listed(bad)
    assert "E01 VERIFICATION FAILED" in r.member_skips[-1].reason and "MD5 stored" in r.member_skips[-1].reason


def test_triage_of_a_disk_image_examines_its_files_and_writes_nothing(images, tmp_path, cli):
    ev = tmp_path / "ev"
    ev.mkdir()
    os.link(images["e01"], ev / "laptop.E01")
    before = snapshot(ev)
    r = cli("triage", ev / "laptop.E01", "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    assert snapshot(ev) == before
    f = load_findings(tmp_path / "case")
    files = {x["path"]: x for x in f["files"]}
    assert files["laptop.E01"]["status"] == "parsed"
    chat = files["laptop.E01!/p1/Users/x/Desktop/chat.txt"]
    assert chat["status"] == "parsed" and chat["sha256"] == sha(CHAT)
    assert files["laptop.E01!/p2/Users/x/Desktop/chat.txt"]["status"] == "duplicate"
    rec = files["laptop.E01!/p1/_one.txt"]
    assert rec["status"] == "partial" and rec["reason"].startswith("recovered")
    flagged = [a for a in f["artifacts"] if a["file"] == "laptop.E01!/p1/Users/x/Desktop/chat.txt" and a["hits"]]
    assert flagged


def test_an_image_inside_an_archive_is_not_examined_with_the_reason(images, tmp_path, cli):
    """A raw image in a tar and an E01 in a zip are hashed and typed, never opened: each is
    'not examined' with why and what to do, and the run does not claim every file was examined."""
    import tarfile
    import zipfile

    ev = tmp_path / "ev"
    ev.mkdir()
    with zipfile.ZipFile(ev / "seized.zip", "w") as z:
        z.write(images["e01"], "laptop.E01")
    with tarfile.open(ev / "phone.tar", "w") as t:
        t.add(images["fat"], "sdcard/card.img")
    r = cli("triage", ev, "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    files = {x["path"]: x for x in load_findings(tmp_path / "case")["files"]}
    e01, raw = files["seized.zip!/laptop.E01"], files["phone.tar!/sdcard/card.img"]
    assert e01["sha256"] == sha(images["e01"].read_bytes()) and raw["sha256"] == sha(images["fat"].read_bytes())
    assert e01["status"] == raw["status"] == "not examined"
    assert e01["reason"].startswith("disk image (E01) inside an archive: not opened")
    assert raw["reason"].startswith("disk image (raw image) inside an archive: not opened")
    assert "add it as evidence" in raw["reason"]
    assert not [p for p in files if "card.img!/" in p or "laptop.E01!/" in p]
    assert "Every file was examined" not in r.stdout + r.stderr


def _bad_image(path, head_at_partition=b"", table=True, size=8 * 1024 * 1024):
    data = bytearray(size)
    if table:  # one MBR entry: type 0x07 (NTFS/exFAT/BitLocker), sectors 2048..
        entry = bytes([0, 0, 0, 0, 0x07, 0, 0, 0]) + (2048).to_bytes(4, "little") + (8192).to_bytes(4, "little")
        data[446:462] = entry
        data[510:512] = b"\x55\xaa"
        data[2048 * 512:2048 * 512 + len(head_at_partition)] = head_at_partition
    else:
        data[:len(head_at_partition)] = head_at_partition
    path.write_bytes(bytes(data))
    return path


def test_bad_images_are_recorded_and_the_run_goes_on(tmp_path, cli):
    ev = tmp_path / "ev"
    ev.mkdir()
    _bad_image(ev / "bitlocker.dd", b"\xeb\x58\x90-FVE-FS-" + bytes(500) + b"\x55\xaa")
    _bad_image(ev / "luks.img", b"LUKS\xba\xbe\x00\x01", table=False)
    _bad_image(ev / "unknown.raw", os.urandom(4096))
    broken = bytearray(_bad_image(ev / "broken.dd").read_bytes())
    broken[446 + 8:446 + 16] = (2**31).to_bytes(4, "little") + (2**31).to_bytes(4, "little")  # past the end
    (ev / "broken.dd").write_bytes(bytes(broken))
    (ev / "note.txt").write_text(CHAT)
    before = snapshot(ev)
    r = cli("triage", ev, "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    assert snapshot(ev) == before
    f = load_findings(tmp_path / "case")
    skips = {s["path"]: s["reason"] for s in f["skips"] if s["stage"] == "image"}
    assert "BitLocker encrypted volume" in skips["bitlocker.dd!/p1"]
    assert "LUKS encrypted volume" in skips["luks.img"]
    assert "file system not recognised" in skips["unknown.raw!/p1"]
    assert "broken.dd" in skips or "broken.dd!/p1" in skips
    files = {x["path"]: x for x in f["files"]}
    assert files["note.txt"]["status"] == "parsed"
    assert files["luks.img"]["status"] == "not examined"
    assert files["bitlocker.dd"]["status"] == files["unknown.raw"]["status"] == "partial"
    json.dumps(f)


def test_hash_lists_the_files_inside_an_image_and_checks_the_e01(images, tmp_path, cli):
    ev = tmp_path / "ev"
    ev.mkdir()
    os.link(images["e01"], ev / "laptop.E01")
    r = cli("hash", ev, "--format", "json")
    assert r.exit_code == 0, r
    rows = {row["path"]: row for row in json.loads(r.stdout)}
    assert rows["laptop.E01!/p1/Users/x/Desktop/chat.txt"]["sha256"] == sha(CHAT)
    assert rows["laptop.E01!/p1/_one.txt"]["sha256"] == sha(DELETED)  # recovered files are listed too
    raw_md5 = hashlib.md5(images["mbr"].read_bytes()).hexdigest()
    assert f"md5 {raw_md5}" in r.stderr and "MD5 and SHA-1 match the digests stored at acquisition" in r.stderr
    r = cli("hash", ev, "--format", "sha256sum")  # a check format holds files on disk only
    assert r.exit_code == 0 and r.stdout.count("\n") == 1 and "6 files inside" in r.stderr
    data = bytearray((ev / "laptop.E01").read_bytes())
    data[data.find(b"passport amar")] ^= 0x20
    (ev / "laptop.E01").unlink()
    (ev / "laptop.E01").write_bytes(bytes(data))
    r = cli("hash", ev, "--format", "sha256sum")
    assert r.exit_code == 1 and "E01 VERIFICATION FAILED for laptop.E01: MD5 stored" in r.stderr


def test_a_file_in_several_extents_and_a_hole_reads_whole():
    """A read stops at an extent's end; read() must go on to the size asked (an 8 MiB ext4 file
    in two extents once came back as its first extent only)."""
    from evidtriage.intake.sources.diskimage import TskFile

    class Media:
        def readinto(self, offset, view):
            view[:] = bytes((offset + i) % 251 for i in range(len(view)))
            return len(view)

    f = TskFile(None, 10, False, [(0, 100, 4), (4, None, 2), (6, 300, 8)], Media())
    want = bytes(range(100, 104)) + bytes(2) + bytes(range(300 % 251, 300 % 251 + 4))
    assert f.read() == want
    f.seek(3)
    assert f.read(4) == want[3:7]


def test_a_disk_images_files_are_not_held_to_the_archive_inflation_budget():
    """A 500 GB laptop disk holds more than the archives' 64 GiB cap: its files are bounded by
    the image, never skipped as a 'possible zip bomb'."""
    from evidtriage.model import Digests, HashResult
    from evidtriage.intake.sources import DEFAULT_LIMITS, InflationBudget

    big = [EvidenceFile("EX", f"disk.E01!/p1/f{i}", 40 * 1024**3, None, Locator("/x", (f"p1/f{i}",)), 1)
           for i in range(3)]
    r = HashResult("EX", "disk.E01", Digests(1), EWF_IMAGE, members=tuple(big))
    assert InflationBudget(DEFAULT_LIMITS).admit(r, 0, 10 * 1024**3) == r


def test_a_damaged_chunk_under_one_partition_leaves_the_others_examined(images, monkeypatch):
    """A chunk that fails its check under one file system's metadata (pytsk3 hands that to us as
    a RuntimeError) costs that partition alone, with the reader's reason; a deleted file whose
    clusters cannot be read is an unreadable file, not a crash."""
    from evidtriage.intake.sources import diskimage
    from evidtriage.intake.sources.ewf import DamagedChunk

    disk = diskimage.DiskImage(str(images["mbr"]), RAW_IMAGE)
    p2 = next(o for label, _, o in disk.volumes if label == "p2")
    disk.close()
    real_read = diskimage.RawMedia.read

    def damaged(self, offset, size):
        if p2 <= offset < p2 + 64 * 1024:
            raise DamagedChunk("chunk 77 fails its checksum")
        return real_read(self, offset, size)

    monkeypatch.setattr(diskimage.RawMedia, "read", damaged)
    r, members = listed(images["mbr"])
    assert sorted(members) == ["p1/Users/x/Desktop/chat.txt", "p1/_one.txt"]
    reason = next(s.reason for s in r.member_skips if s.path.endswith("!/p2"))
    assert "file system cannot be read: chunk 77 fails its checksum: not examined" in reason
    assert read(members["p1/Users/x/Desktop/chat.txt"]) == CHAT.encode()

    class Img:  # as _img_info's image keeps the reader's error that pytsk3 turned into a RuntimeError
        failure = DamagedChunk("chunk 3 fails its checksum")

    class Deleted:  # a deleted file, read back through the Sleuth Kit (no extents of ours)
        def read_random(self, offset, size):
            raise RuntimeError("DamagedChunk('chunk 3 fails its checksum')")

    with pytest.raises(OSError, match="^cannot be read from the image: chunk 3 fails its checksum$"):
        diskimage.TskFile(Deleted(), 10, True, img=Img()).read()
