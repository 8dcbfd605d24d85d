"""Zip archives: members read in place, and every hostile construction refused with a reason."""

import struct
import zipfile

import pytest

from evidtriage.model import EvidenceFile, Locator
from evidtriage.intake.sources import ArchiveLimits, list_members, open_evidence
from evidtriage.pipeline.workers import hash_one

from conftest import make_zip


def archive_file(path, data: bytes) -> EvidenceFile:
    path.write_bytes(data)
    return EvidenceFile("EX01", path.name, len(data), 0, Locator(str(path)))


def listing(ef, limits=ArchiveLimits()):
    with open_evidence(ef.locator) as s:
        return list_members(ef, s, limits)


def test_members_are_located_inside_the_archive(tmp_path):
    ef = archive_file(tmp_path / "export.zip", make_zip({"chat.txt": b"hi", "media/a.jpg": b"\xff\xd8"}))
    members, skips = listing(ef)
    assert [m.path for m in members] == ["export.zip!/chat.txt", "export.zip!/media/a.jpg"]
    assert members[0].locator == Locator(str(tmp_path / "export.zip"), ("chat.txt",))
    with open_evidence(members[0].locator) as s:
        assert s.read() == b"hi"
    assert not skips


def test_nested_archives_open_to_the_depth_limit(tmp_path):
    level3 = make_zip({"deepest.txt": b"3"})
    level2 = make_zip({"l3.zip": level3})
    level1 = make_zip({"l2.zip": level2})
    ef = archive_file(tmp_path / "l1.zip", level1)
    r1 = hash_one(ef, limits=ArchiveLimits(max_depth=2))
    assert [m.path for m in r1.members] == ["l1.zip!/l2.zip"]
    r2 = hash_one(r1.members[0], limits=ArchiveLimits(max_depth=2))
    assert [m.path for m in r2.members] == ["l1.zip!/l2.zip!/l3.zip"]
    r3 = hash_one(r2.members[0], limits=ArchiveLimits(max_depth=2))
    assert r3.digests is not None and not r3.members  # hashed, but not opened
    assert "over the limit of 2" in r3.member_skips[0].reason
    # and one level less deep is read through the chain, in place
    with open_evidence(Locator(str(tmp_path / "l1.zip"), ("l2.zip", "l3.zip", "deepest.txt"))) as s:
        assert s.read() == b"3"


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/path.txt", "C:\\Windows\\x.dll", "a/../../b"])
def test_zip_slip_names_are_skipped(tmp_path, name):
    ef = archive_file(tmp_path / "evil.zip", make_zip({name: b"x", "fine.txt": b"y"}))
    members, skips = listing(ef)
    assert [m.path for m in members] == ["evil.zip!/fine.txt"]
    assert "zip-slip" in skips[0].reason and skips[0].stage == "archive"


def test_compression_bomb_is_skipped_by_ratio(tmp_path):
    ef = archive_file(tmp_path / "bomb.zip", make_zip({"zeros.bin": bytes(20 * 1024 * 1024), "ok.txt": b"ok"}))
    members, skips = listing(ef)
    assert [m.path for m in members] == ["bomb.zip!/ok.txt"]
    assert "possible zip bomb" in skips[0].reason


def test_size_caps(tmp_path):
    ef = archive_file(tmp_path / "big.zip", make_zip({"a.bin": b"a" * 1000, "b.bin": b"b" * 1000},
                                                     zipfile.ZIP_STORED))
    members, skips = listing(ef, ArchiveLimits(max_member_size=999))
    assert not members and all("over the limit" in s.reason for s in skips)
    members, skips = listing(ef, ArchiveLimits(max_total_size=1500))
    assert [m.path for m in members] == ["big.zip!/a.bin"] and "total" in skips[0].reason


def test_encrypted_member_is_skipped(tmp_path):
    data = bytearray(make_zip({"secret.txt": b"s", "open.txt": b"o"}, zipfile.ZIP_STORED))
    # set the "encrypted" flag bit of the first entry, in its local and central headers
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 6] |= 1
    data[central + 8] |= 1
    ef = archive_file(tmp_path / "enc.zip", bytes(data))
    members, skips = listing(ef)
    assert [m.path for m in members] == ["enc.zip!/open.txt"]
    assert skips[0].reason == "encrypted member: not decrypted"


def test_overlapping_entries_are_refused(tmp_path):
    """Two central-directory entries that point at the same data (a non-recursive zip bomb)."""
    data = bytearray(make_zip({"a.txt": b"AAAA", "b.txt": b"BBBB"}, zipfile.ZIP_STORED))
    first = data.find(b"PK\x01\x02")
    second = data.find(b"PK\x01\x02", first + 4)
    offset = struct.unpack_from("<I", data, first + 42)[0]
    struct.pack_into("<I", data, second + 42, offset)  # b.txt now claims a.txt's local header
    ef = archive_file(tmp_path / "overlap.zip", bytes(data))
    members, skips = listing(ef)
    assert not members
    assert all("overlaps" in s.reason for s in skips) and len(skips) == 2


def test_corrupt_archive_and_member_become_recorded_problems(tmp_path):
    good = make_zip({"a.txt": b"hello world" * 100})
    ef = archive_file(tmp_path / "trunc.zip", good[: len(good) // 2])
    r = hash_one(ef)
    assert r.digests is not None  # the archive file itself is still hashed
    assert r.members == () and "cannot be listed" in r.member_skips[0].reason
    # a member whose bytes were damaged: CRC mismatch when read
    damaged = bytearray(make_zip({"a.txt": b"hello world" * 100}, zipfile.ZIP_STORED))
    damaged[40] ^= 0xFF
    ef2 = archive_file(tmp_path / "crc.zip", bytes(damaged))
    (member,), _ = listing(ef2)
    r2 = hash_one(member)
    assert r2.digests is None and "CRC" in r2.problem


def test_member_read_without_temp_files(tmp_path, monkeypatch):
    import tempfile

    def no_temp(*a, **k):
        raise AssertionError("archive members must never be extracted to disk")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_temp)
    monkeypatch.setattr(tempfile, "mkstemp", no_temp)
    inner = make_zip({"x.txt": b"x"})
    ef = archive_file(tmp_path / "o.zip", make_zip({"i.zip": inner}))
    r = hash_one(ef)
    r2 = hash_one(r.members[0])
    assert [m.path for m in r2.members] == ["o.zip!/i.zip!/x.txt"]
    assert hash_one(r2.members[0]).digests.bytes_hashed == 1


def test_over_the_member_limit_the_top_level_index_is_still_examined(tmp_path):
    """A huge export (a UFDR of a full phone) keeps its index at the top level, often listed last."""
    members = {f"files/Image/{i:04d}.jpg": b"x" for i in range(10)}
    members["report.xml"] = b"<project/>"
    ef = archive_file(tmp_path / "phone.ufdr", make_zip(members))
    found, skips = listing(ef, ArchiveLimits(max_members=4))
    assert [m.path for m in found] == ["phone.ufdr!/files/Image/0000.jpg", "phone.ufdr!/files/Image/0001.jpg",
                                       "phone.ufdr!/files/Image/0002.jpg", "phone.ufdr!/report.xml"]
    (skip,) = skips
    assert "11 members, over the limit of 4" in skip.reason and "7 not examined" in skip.reason
