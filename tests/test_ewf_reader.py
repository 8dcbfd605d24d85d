"""E01 media read through the segments' tables and inflated with zlib (issue 16, E01 read speed):
the bytes equal libewf's (pyewf's) at every offset, for every compression, several segments and a
media size that is not a multiple of the chunk; a damaged chunk is an error with the reason, never
data; a layout the reader does not fully understand is read through libewf.
"""

from __future__ import annotations

import os
import random
import struct
import zlib
from array import array
from pathlib import Path

import pytest

from diskimages import need, run
from evidtriage.intake.sources.diskimage import EwfMedia
from evidtriage.intake.sources.ewf import DamagedChunk, EwfChunks, NotUnderstood, _Table, table_chunks

pyewf = pytest.importorskip("pyewf")


def media_bytes(size: int = 1_500_000, seed: int = 16) -> bytes:
    """Random, zero and text runs (compressible and not), ``size`` bytes (whole sectors)."""
    rnd = random.Random(seed)
    parts, n = [], 0
    while n < size:
        k = rnd.randint(1, 90_000)
        kind = rnd.choice("rzt")
        part = (rnd.randbytes(k) if kind == "r" else bytes(k) if kind == "z"
                else (b"passport amar kache thakbe %d\n" % n * (k // 30 + 1))[:k])
        parts.append(part)
        n += k
    return b"".join(parts)[:size // 512 * 512]


def acquire(folder: Path, data: bytes, name: str, *options: str) -> Path:
    need("ewfacquire")
    raw = folder / f"{name}.bin"
    raw.write_bytes(data)
    run("ewfacquire", "-u", "-q", "-t", folder / name, "-d", "sha1", *options, raw)
    return folder / f"{name}.E01"


def libewf_bytes(path: Path) -> bytes:
    h = pyewf.handle()
    h.open(pyewf.glob(str(path)))
    try:
        return h.read_buffer_at_offset(h.get_media_size(), 0)
    finally:
        h.close()


def same_as_libewf(path: Path, data: bytes) -> EwfMedia:
    media = EwfMedia(str(path))
    assert media.reader == "zlib"
    assert libewf_bytes(path) == data
    assert media.read(0, media.size + 100) == data
    rnd = random.Random(7)
    for _ in range(1500):
        offset = rnd.randrange(0, media.size + 64)
        size = rnd.choice((1, 511, 4096, media._chunks.chunk_size, 40_000, 100_000))
        assert media.read(offset, size) == data[offset:offset + size], (offset, size)
    buf = bytearray(70_000)  # readinto straight into a caller's buffer, whole chunks and parts
    for offset in (0, 32768, 1000, len(data) - 5000):
        n = media.readinto(offset, memoryview(buf))
        assert bytes(buf[:n]) == data[offset:offset + 70_000]
    return media


@pytest.mark.parametrize("compression", ["none", "fast", "best"])
def test_every_offset_reads_as_libewf_reads_it(tmp_path, compression):
    data = media_bytes()
    assert len(data) % 32768  # the last chunk is short
    e01 = acquire(tmp_path, data, f"c_{compression}", "-f", "encase6", "-c", f"deflate:{compression}")
    media = same_as_libewf(e01, data)
    assert media.stored_hashes()["md5"]
    media.close()


@pytest.mark.parametrize("fmt", ["encase1", "encase2", "encase5", "ftk", "linen6", "ewfx"])
def test_older_layouts_read_as_libewf(tmp_path, fmt):
    """EnCase 1 keeps its chunks inside the table section; the others in a sectors section
    (offsets from the file's start before EnCase 6, from a base offset after)."""
    data = media_bytes(600_000, seed=3)
    e01 = acquire(tmp_path, data, fmt, "-f", fmt, "-c", "fast")
    e01 = e01 if e01.exists() else e01.with_suffix(".e01")
    same_as_libewf(e01, data).close()


def test_several_segments_and_small_chunks(tmp_path):
    data = media_bytes(2_400_000, seed=5)
    e01 = acquire(tmp_path, data, "seg", "-f", "encase6", "-c", "none", "-S", "1048576", "-b", "16")
    assert (tmp_path / "seg.E03").exists()
    media = same_as_libewf(e01, data)
    assert media.segments >= 3 and media._chunks.chunk_size == 8192
    media.close()


def _damage(e01: Path, compressed: bool) -> tuple[Path, int]:
    """A copy of ``e01`` with one byte of one chunk's stored data flipped; the chunk's index."""
    chunks = EwfChunks([str(e01)], EwfMedia(str(e01)).size)
    try:
        index = next(i for i in range(chunks.chunks) if chunks._where(i)[3] == compressed)
        _, start, stored, _ = chunks._where(index)
    finally:
        chunks.close()
    data = bytearray(e01.read_bytes())
    data[start + stored // 2] ^= 0x01
    bad = e01.with_name(f"bad{int(compressed)}.E01")
    bad.write_bytes(bytes(data))
    return bad, index


@pytest.mark.parametrize("compressed", [True, False])
def test_a_damaged_chunk_is_an_error_never_data(tmp_path, compressed):
    data = media_bytes(400_000, seed=9)
    e01 = acquire(tmp_path, data, "d", "-f", "encase6", "-c", "fast" if compressed else "none")
    bad, index = _damage(e01, compressed)
    media = EwfMedia(str(bad))
    assert media.reader == "zlib"
    chunk = media._chunks.chunk_size
    with pytest.raises(DamagedChunk, match=f"E01 chunk {index} .*is damaged: "
                       + ("its compressed data does not inflate" if compressed else "its Adler-32")):
        media.read(index * chunk, chunk)
    with pytest.raises(OSError):  # a part of it too
        media.read(index * chunk + 100, 10)
    other = (index + 1) * chunk
    assert media.read(other, 1000) == data[other:other + 1000]  # the rest reads on
    media.close()


def test_a_damaged_chunk_fails_the_stored_digest_check(tmp_path, cli):
    """``evidtriage hash`` on an E01 with a damaged chunk: E01 VERIFICATION FAILED, no crash."""
    data = media_bytes(400_000, seed=11)
    e01 = acquire(tmp_path, data, "v", "-f", "encase6", "-c", "none")
    bad, _ = _damage(e01, False)
    ev = tmp_path / "ev"
    ev.mkdir()
    os.replace(bad, ev / "v.E01")
    r = cli("hash", ev, "--format", "sha256sum")
    assert r.exit_code == 1 and "E01 VERIFICATION FAILED for v.E01: MD5 stored" in r.stderr


def test_a_truncated_segment_is_left_to_libewf(tmp_path):
    data = media_bytes(2_400_000, seed=5)
    e01 = acquire(tmp_path, data, "t", "-f", "encase6", "-c", "none", "-S", "1048576")
    last = sorted(tmp_path.glob("t.E0*"))[-1]
    last.write_bytes(last.read_bytes()[:-300])  # its done section and more cut off
    with pytest.raises(NotUnderstood, match="cut short|outside the file"):
        EwfChunks(pyewf.glob(str(e01)), len(data))
    try:
        media = EwfMedia(str(e01))
    except OSError:
        return  # libewf will not open it either: "disk image cannot be read", as before
    assert media.reader == "libewf"
    assert media.read(0, len(data)) == data  # only the closing sections were cut off
    media.close()


def test_an_ewf2_segment_is_left_to_libewf(tmp_path):
    """ewfacquire 20140813 cannot write an Ex01 (``-f encase7-v2`` falls back to encase6): a
    segment with the EWF2 signature is refused by this reader, so EwfMedia reads it via libewf."""
    e01 = acquire(tmp_path, media_bytes(100_000), "x", "-f", "encase6", "-c", "fast")
    ex01 = tmp_path / "x.Ex01"
    ex01.write_bytes(b"EVF2\r\n\x81\x00" + e01.read_bytes()[8:])
    with pytest.raises(NotUnderstood, match="not an EWF version 1 segment"):
        EwfChunks([str(ex01)], 100_000 // 512 * 512)


def test_a_bad_table_checksum_is_left_to_libewf(tmp_path):
    data = media_bytes(300_000, seed=2)
    e01 = acquire(tmp_path, data, "k", "-f", "encase6", "-c", "fast")
    raw = bytearray(e01.read_bytes())
    at = raw.index(b"table\0")
    raw[at + 76 + 24 + 1] ^= 0x01  # one table entry changed: the entries' Adler-32 fails
    e01.write_bytes(bytes(raw))
    media = EwfMedia(str(e01))
    assert media.reader == "libewf"  # libewf reads it from table2
    assert media.read(0, len(data)) == data
    media.close()


def test_an_unfinished_acquisition_is_left_to_libewf(tmp_path):
    """An ``incomplete`` section (remote imaging that did not finish) is libewf's to read."""
    data = media_bytes(300_000, seed=3)
    e01 = acquire(tmp_path, data, "u", "-f", "encase6", "-c", "fast")
    raw = bytearray(e01.read_bytes())
    at = raw.index(b"digest\0")
    raw[at:at + 16] = b"incomplete".ljust(16, b"\0")
    raw[at + 72:at + 76] = struct.pack("<I", zlib.adler32(bytes(raw[at:at + 72])))
    e01.write_bytes(bytes(raw))
    with pytest.raises(NotUnderstood, match="incomplete section"):
        EwfChunks([str(e01)], len(data) // 512 * 512)


def test_table_entries_past_2_gib_overflow_as_libewf_reads_them():
    """EnCase 6.7.1: offsets past 2^31 use the top bit; from there chunks are uncompressed."""
    base = 0
    entries = [0x80000000 | 100, 0x7FFF0000, 0x80000000 + 0x00008000 - 4]  # the 3rd wraps in 31 bits
    found = table_chunks(entries, base, (0, 0x80010000))
    assert found[0] == (100, 0x7FFF0000 - 100, True)
    assert found[1] == (0x7FFF0000, 0x80007FFC - 0x7FFF0000, False)
    assert found[2] == (0x80007FFC, 0x80010000 - 0x80007FFC, False)
    kept = _Table(0, -1, "x.E01", array("I", entries), base, 0x80010000)  # what reads use
    assert [kept.chunk(j) for j in range(3)] == found
    plain = [0x80000000 | 76, 76 + 900, 0x80000000 | 76 + 900 + 32772]
    kept = _Table(0, -1, "x.E01", array("I", plain), 1780, 1780 + 76 + 900 + 32772 + 500)
    assert [kept.chunk(j) for j in range(3)] == table_chunks(plain, 1780, (1780 + 76, kept.end)) == [
        (1780 + 76, 900, True), (1780 + 76 + 900, 32772, False), (1780 + 76 + 900 + 32772, 500, True)]
    with pytest.raises(NotUnderstood):
        table_chunks([200, 100], 0, (0, 1000))  # out of order, no overflow


def test_the_adler32_of_an_uncompressed_chunk_is_its_stored_checksum(tmp_path):
    data = media_bytes(100_000, seed=4)
    e01 = acquire(tmp_path, data, "a", "-f", "encase6", "-c", "none")
    chunks = EwfChunks([str(e01)], len(data))
    try:
        _, start, stored, compressed = chunks._where(0)
        assert not compressed and stored >= 32768 + 4
        raw = e01.read_bytes()[start:start + 32768 + 4]
        assert zlib.adler32(raw[:32768]) == struct.unpack("<I", raw[32768:])[0]
        assert raw[:32768] == data[:32768]
    finally:
        chunks.close()
