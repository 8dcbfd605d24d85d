"""The media bytes of an E01 (EWF version 1), read chunk by chunk and inflated with ``zlib``.

Why not libewf for the reading: the libewf-python wheel (the only source of pyewf) is built
without zlib and inflates every chunk with libewf's own DEFLATE code, about five times slower
than zlib on the same chunks (``bench/README.md``). This module reads the format itself, after
the libyal documentation "Expert Witness Compression Format (EWF)":

* each segment file (``.E01``, ``.E02``...) begins with a 13-byte header: the signature
  ``EVF\\x09\\x0d\\x0a\\xff\\x00``, 0x01, the segment number (16-bit) and 0x0000;
* then sections back to back, each opened by a 76-byte descriptor: type (16 bytes), the offset
  of the next section in the file (64-bit), the section's size (64-bit), 40 bytes of padding and
  the Adler-32 of the 72 bytes before it;
* ``volume`` (or ``disk``) in the first segment: chunk count, sectors per chunk, bytes per sector
  and sector count (64-bit in EnCase's 1052-byte layout, 32-bit in SMART's 94-byte one);
* ``sectors``: the chunks' data; the ``table`` after it: entry count, base offset (EnCase 6 and
  later; 0 before, where offsets are from the start of the file), a 4-byte entry per chunk (a
  31-bit offset from the base, the top bit set when the chunk is compressed) and the Adler-32 of
  the entries. A chunk ends where the next one begins; the last chunk of a table ends with its
  ``sectors`` section. EnCase 1 and SMART keep the chunks inside the ``table`` section itself,
  after the entries. ``table2`` is a mirror copy of ``table`` (not read);
* ``next`` ends every segment but the last, which ends with ``done``;
* a compressed chunk is a zlib stream (whose own Adler-32 zlib checks); an uncompressed chunk is
  the data followed by its Adler-32 (checked here);
* the EnCase 6.7.1 offset overflow: a sectors section larger than 2 GiB makes the 31-bit offsets
  run past 2^31 into the compression bit. As libewf does, once a chunk reaches past that limit
  its offset is read as the full 32 bits and it and every later chunk of that table are taken as
  uncompressed (each one's Adler-32 still checked). No image with this fault was at hand: this
  path is tested on a table built in the tests only.

Anything this module does not fully understand (an EWF2 ``.Ex01``, an L01, a section or table
whose checksum does not match, a segment out of order or cut short, counts that disagree with
each other or with the media size libewf reports, a chunk outside its section) raises
:class:`NotUnderstood` when the image is opened, and the caller reads the image through libewf
instead. A chunk that is damaged (its zlib stream does not inflate or fails its check, its
Adler-32 does not match, it is cut short) is a :class:`DamagedChunk` (an ``OSError``) when read:
never returned as data.
"""

from __future__ import annotations

import bisect
import os
import struct
import zlib
from array import array
from collections import OrderedDict

from .reading import open_readonly, read_at

SIGNATURE = b"EVF\x09\x0d\x0a\xff\x00"
_HEADER = 13
_DESCRIPTOR = 76
_TABLE_HEADER = 24
_LIMIT31 = 0x7FFFFFFF
#: Chunks kept inflated for reads that take part of a chunk (the Sleuth Kit reads file-system
#: blocks of a few KiB, so the same chunk is asked for again and again).
_CACHED = 16


class NotUnderstood(Exception):
    """The image's layout is not one this reader fully understands: read it through libewf."""


class DamagedChunk(OSError):
    """A chunk of the image whose stored data fails its check: its bytes are not returned."""


def overflow_start(entries) -> int:
    """The index of a table's first chunk that reaches past the 31-bit limit (EnCase 6.7.1): its
    next offset is lower in 31 bits but higher in 32. That chunk and every later one are
    uncompressed, and the later ones' offsets are 32-bit. ``len(entries)`` when none does."""
    limit = _LIMIT31
    for i in range(len(entries) - 1):
        raw, following = entries[i], entries[i + 1]
        if following & limit < raw & limit < following:
            return i
    return len(entries)


def table_chunks(entries, base: int, region: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """Each chunk of one table as (start in the segment file, stored size, compressed).

    ``entries`` are the table's raw 32-bit values, ``region`` the (start, end) in the file that
    holds the chunks (the ``sectors`` section's data, or the table's own data in EnCase 1 and
    SMART). :class:`NotUnderstood` when a chunk lies outside it or the chunks are out of order.
    """
    return _checked(_Table(0, -1, "", entries, base, region[1]), region[0])


def _checked(table: "_Table", start: int) -> list[tuple[int, int, bool]]:
    """Every chunk of ``table``, each checked to lie in order between ``start`` and its end."""
    out = [table.chunk(j) for j in range(len(table.entries))]
    for i, (offset, size, _) in enumerate(out):
        if not start <= offset < offset + size <= table.end:
            raise NotUnderstood(f"chunk {i} of a table lies outside its section or out of order")
    return out


class _Table:
    """The chunks of one table, kept as its 4-byte entries (a chunk's place is worked out from
    them when it is read: 4 bytes a chunk held, 128 MB for a 1 TB image of 32 KiB chunks)."""

    __slots__ = ("first", "fd", "name", "entries", "base", "end", "overflow")

    def __init__(self, first: int, fd: int, name: str, entries, base: int, end: int):
        self.first = first
        self.fd = fd
        self.name = name
        self.entries = entries
        self.base = base
        self.end = end
        self.overflow = overflow_start(entries)

    def chunk(self, j: int) -> tuple[int, int, bool]:
        """(start in the segment file, stored size, compressed) of the table's ``j``th chunk: it
        ends where the next one begins, the last one at ``end`` (the one rule for a chunk's place,
        :func:`table_chunks` checks every chunk by it when the image is opened)."""
        start, compressed = self._at(j)
        stop = self._at(j + 1)[0] if j + 1 < len(self.entries) else self.end
        return start, stop - start, compressed

    def _at(self, j: int) -> tuple[int, bool]:
        raw = self.entries[j]
        if j > self.overflow:
            return self.base + raw, False
        return self.base + (raw & _LIMIT31), j < self.overflow and bool(raw >> 31)


class EwfChunks:
    """The media of an E01's segment files (``paths`` in order), read through their tables.

    ``media_size`` is the size libewf reports; the image's own counts must agree with it.
    """

    def __init__(self, paths: list[str], media_size: int):
        self._files = []
        try:
            self._open(paths, media_size)
        except BaseException:
            self.close()
            raise

    # ---- opening: the sections of every segment --------------------------------------------

    def _open(self, paths: list[str], media_size: int) -> None:
        volume = None
        tables: list[_Table] = []
        chunks = 0
        for number, path in enumerate(paths, 1):
            f = open_readonly(path, follow_links=True)
            self._files.append(f)
            fd = f.fileno()
            length = os.fstat(fd).st_size
            head = os.pread(fd, _HEADER, 0)
            if head[:8] != SIGNATURE:
                raise NotUnderstood(f"{os.path.basename(path)}: not an EWF version 1 segment")
            if head[8] != 1 or struct.unpack_from("<H", head, 9)[0] != number or head[11:13] != b"\0\0":
                raise NotUnderstood(f"{os.path.basename(path)}: segment header is not segment {number}")
            sectors = None
            pos = _HEADER
            ended = None
            while ended is None:
                desc = os.pread(fd, _DESCRIPTOR, pos)
                if len(desc) < _DESCRIPTOR:
                    raise NotUnderstood(f"{os.path.basename(path)}: cut short at a section at {pos}")
                if zlib.adler32(desc[:72]) != struct.unpack_from("<I", desc, 72)[0]:
                    raise NotUnderstood(f"{os.path.basename(path)}: section descriptor at {pos} fails its checksum")
                kind = desc[:16].rstrip(b"\0")
                following, size = struct.unpack_from("<QQ", desc, 16)
                if kind in (b"next", b"done"):
                    ended = kind
                    break
                if following <= pos or following > length or (size and pos + size > length):
                    raise NotUnderstood(f"{os.path.basename(path)}: section {kind!r} at {pos} points outside the file")
                if kind in (b"volume", b"disk"):
                    if number != 1 or volume is not None:
                        raise NotUnderstood("a volume section outside the first segment, or two")
                    volume = self._volume(fd, pos, size)
                elif kind == b"sectors":
                    sectors = (pos + _DESCRIPTOR, pos + size)
                elif kind == b"table":
                    region, entries, base = self._table(fd, pos, size, sectors)
                    sectors = None  # a sectors section belongs to the one table after it
                    table = _Table(chunks, fd, os.path.basename(path), entries, base, region[1])
                    if _checked(table, region[0]):
                        tables.append(table)
                        chunks += len(entries)
                elif kind in (b"ltree", b"ltypes", b"map"):
                    raise NotUnderstood("a logical evidence file (L01), not a disk image")
                elif kind == b"incomplete":  # an acquisition left unfinished (remote imaging): libewf's rules
                    raise NotUnderstood("an incomplete section: an unfinished acquisition")
                pos = following
            if ended != (b"done" if number == len(paths) else b"next"):
                raise NotUnderstood(f"{os.path.basename(path)}: ends with {ended!r} where "
                                    f"{'done' if number == len(paths) else 'next'} was expected")
        if volume is None:
            raise NotUnderstood("no volume section")
        count, per_chunk, per_sector, sector_count = volume
        chunk_size = per_chunk * per_sector
        if (not chunk_size or count != chunks or sector_count * per_sector != media_size
                or count != -(-media_size // chunk_size)):
            raise NotUnderstood("the volume's counts disagree with the tables or the media size")
        self.size = media_size
        self.chunk_size = chunk_size
        self.chunks = count
        self._tables = tables
        self._firsts = [t.first for t in tables]
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    @staticmethod
    def _volume(fd: int, pos: int, size: int) -> tuple[int, int, int, int]:
        data = os.pread(fd, size - _DESCRIPTOR, pos + _DESCRIPTOR)
        if len(data) not in (1052, 94) or len(data) != size - _DESCRIPTOR:
            raise NotUnderstood(f"a volume section of {len(data)} bytes")
        if zlib.adler32(data[:-4]) != struct.unpack_from("<I", data, len(data) - 4)[0]:
            raise NotUnderstood("the volume section fails its checksum")
        count, per_chunk, per_sector = struct.unpack_from("<III", data, 4)
        sectors = struct.unpack_from("<Q" if len(data) == 1052 else "<I", data, 16)[0]
        return count, per_chunk, per_sector, sectors

    @staticmethod
    def _table(fd: int, pos: int, size: int, sectors):
        header = os.pread(fd, _TABLE_HEADER, pos + _DESCRIPTOR)
        if len(header) < _TABLE_HEADER or zlib.adler32(header[:20]) != struct.unpack_from("<I", header, 20)[0]:
            raise NotUnderstood(f"the table at {pos} fails its checksum")
        count = struct.unpack_from("<I", header, 0)[0]
        base = struct.unpack_from("<Q", header, 8)[0]
        first = pos + _DESCRIPTOR + _TABLE_HEADER
        if first + 4 * count > pos + size:
            raise NotUnderstood(f"the table at {pos} holds fewer entries than it counts")
        raw = os.pread(fd, 4 * count + 4, first)
        entries = array("I")
        entries.frombytes(raw[:4 * count])
        if entries.itemsize != 4:
            raise NotUnderstood("no 32-bit array type")
        if struct.pack("<I", 1) != b"\1\0\0\0":
            entries.byteswap()
        stored = struct.unpack_from("<I", raw, 4 * count)[0] if len(raw) == 4 * count + 4 else None
        if sectors is not None:
            # EnCase 2 and later: the chunks are in the sectors section before, and the entries
            # are followed by their Adler-32
            if stored != zlib.adler32(raw[:4 * count]):
                raise NotUnderstood(f"the entries of the table at {pos} fail their checksum")
            return sectors, entries, base
        # EnCase 1 and SMART: the chunks follow the entries (and their checksum, if there is one)
        if stored == zlib.adler32(raw[:4 * count]):
            first += 4
        return (first + 4 * count, pos + size), entries, base

    # ---- reading ----------------------------------------------------------------------------

    def _where(self, index: int):
        t = self._tables[bisect.bisect_right(self._firsts, index) - 1]
        return (t, *t.chunk(index - t.first))

    def _length(self, index: int) -> int:
        """The media bytes chunk ``index`` holds (the last one may hold fewer)."""
        return min(self.chunk_size, self.size - index * self.chunk_size)

    def _damaged(self, index: int, t: _Table, start: int, why: str) -> DamagedChunk:
        first = index * self.chunk_size
        return DamagedChunk(f"E01 chunk {index} (media bytes {first}-{first + self._length(index) - 1}, "
                            f"{t.name} at offset {start}) is damaged: {why}")

    def _inflate(self, index: int, t: _Table, start: int, stored: int) -> bytes:
        data = os.pread(t.fd, stored, start)
        try:
            out = zlib.decompress(data)
        except zlib.error as exc:
            raise self._damaged(index, t, start, f"its compressed data does not inflate ({exc})") from None
        if len(out) != self._length(index):
            raise self._damaged(index, t, start, f"it inflates to {len(out)} bytes, not {self._length(index)}")
        return out

    def _plain_into(self, index: int, t: _Table, start: int, stored: int, view: memoryview) -> None:
        n = len(view)
        if stored < n + 4:
            raise self._damaged(index, t, start, f"{stored} bytes stored for {n} bytes of data and a checksum")
        stored_sum = bytearray(4)  # one per call: a media may be read from several threads
        if os.preadv(t.fd, [view, stored_sum], start) != n + 4:
            raise self._damaged(index, t, start, "cut short")
        if zlib.adler32(view) != struct.unpack("<I", stored_sum)[0]:
            raise self._damaged(index, t, start, "its Adler-32 does not match its data")

    def _chunk(self, index: int) -> bytes:
        """The media bytes of chunk ``index`` (kept for the next partial read)."""
        data = self._cache.get(index)
        if data is not None:
            self._cache.move_to_end(index)
            return data
        t, start, stored, compressed = self._where(index)
        if compressed:
            data = self._inflate(index, t, start, stored)
        else:
            buf = bytearray(self._length(index))
            self._plain_into(index, t, start, stored, memoryview(buf))
            data = bytes(buf)
        self._cache[index] = data
        if len(self._cache) > _CACHED:
            self._cache.popitem(last=False)
        return data

    def readinto(self, offset: int, view: memoryview) -> int:
        """Read the media from ``offset`` into ``view``; the bytes read (fewer only at the end).

        A whole chunk goes straight into ``view`` (an uncompressed one read there by ``preadv``,
        a compressed one inflated and copied once); part of a chunk comes from the chunks kept.
        """
        want = max(0, min(len(view), self.size - offset))
        got = 0
        size = self.chunk_size
        while got < want:
            index, within = divmod(offset + got, size)
            n = min(self._length(index) - within, want - got)
            part = view[got:got + n]
            if within == 0 and n == self._length(index) and index not in self._cache:
                t, start, stored, compressed = self._where(index)
                if compressed:
                    part[:] = self._inflate(index, t, start, stored)
                else:
                    self._plain_into(index, t, start, stored, part)
            else:
                part[:] = self._chunk(index)[within:within + n]
            got += n
        return got

    def read(self, offset: int, size: int) -> bytes:
        return read_at(self, offset, size)

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files = []
