"""A gzip stream read as if it were the uncompressed file, seekable, without unpacking it.

A full-file-system extraction may come as a ``.tar.gz`` of tens of gigabytes. Unpacking it to
disk is not allowed (nothing is extracted from evidence) and not possible in the field; reading
members through :class:`gzip.GzipFile` makes every backward seek decompress from the start of
the stream, so reading N members out of order costs N passes over the archive: quadratic.

:class:`SeekableGzip` keeps checkpoints while it reads: a copy of the decompressor's state (its
32 KiB window) every MiB of output, and the last 16 MiB of output itself. A seek backwards restarts from the nearest checkpoint
at or before the target, so it costs at most one checkpoint interval of decompression. The
number of checkpoints is bounded (the interval doubles when they would grow past the bound), so
memory stays at a few tens of MiB however large the stream. Forward reads are one pass.
"""

from __future__ import annotations

import bisect
import io
import zlib
from collections import OrderedDict
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"

_IN_CHUNK = 256 * 1024
_OUT_CHUNK = 1024 * 1024


class SeekableGzip(io.RawIOBase):
    """Read-only, seekable view of the decompressed bytes of a gzip stream (members joined)."""

    def __init__(self, raw: BinaryIO, interval: int = 1024 * 1024, max_checkpoints: int = 1024,
                 max_output: int | None = None, recent: int = 16):
        """:param raw: the compressed bytes, seekable, read-only; never written.
        :param max_output: refuse (``OSError``) to inflate beyond this many bytes (a gzip bomb)."""
        super().__init__()
        self._raw = raw
        self._interval = interval
        self._max_checkpoints = max_checkpoints
        self._max_output = max_output
        self._checkpoints: list[tuple[int, int, object]] = []  # (output offset, input offset, state)
        # the last pieces of output, kept: members read a little out of order (by name rather
        # than as they lie) are served from here without going back at all
        self._recent: OrderedDict[int, bytes] = OrderedDict()
        self._recent_max = recent
        self._pos = 0
        self._restart(0, 0, None)

    # -- state -----------------------------------------------------------------------------
    def _restart(self, out_pos: int, in_pos: int, state) -> None:
        self._raw.seek(in_pos)
        self._in_pos = in_pos
        self._d = state.copy() if state is not None else zlib.decompressobj(31)
        self._tail = b""
        self._buf = b""
        self._buf_start = out_pos
        self._hold = None  # (start, piece) where decompression stands while a kept piece is read
        self._done = False

    def _checkpoint(self) -> None:
        out = self._buf_start + len(self._buf)
        last = self._checkpoints[-1][0] if self._checkpoints else 0
        if out - last < self._interval or self._d.eof:
            return
        self._checkpoints.append((out, self._in_pos, self._d.copy()))
        if len(self._checkpoints) > self._max_checkpoints:
            self._checkpoints = self._checkpoints[1::2]
            self._interval *= 2

    def _remember(self) -> None:
        if self._buf:
            self._recent[self._buf_start] = self._buf
            self._recent.move_to_end(self._buf_start)
            while len(self._recent) > self._recent_max:
                self._recent.popitem(last=False)

    def _from_recent(self) -> bool:
        """Serve the position from a kept piece, if one holds it (no decompression)."""
        for start, piece in self._recent.items():
            if start <= self._pos < start + len(piece):
                if self._hold is None:  # where decompression stands, to come back to
                    self._remember()
                    self._hold = (self._buf_start, self._buf)
                self._buf_start, self._buf = start, piece
                return True
        return False

    def _unhold(self) -> None:
        if self._hold is not None:
            self._buf_start, self._buf = self._hold
            self._hold = None

    def _fill(self) -> None:
        """Replace the buffer with the next piece of output (empty at the end of the stream)."""
        self._unhold()
        self._remember()
        self._buf_start += len(self._buf)
        self._buf = b""
        while not self._buf and not self._done:
            if self._d.eof:  # the end of one gzip member: another may follow
                rest = self._d.unused_data + self._tail
                if not rest:
                    rest = self._raw.read(_IN_CHUNK)
                    self._in_pos += len(rest)
                if not rest.startswith(GZIP_MAGIC[: len(rest)]) or not rest:
                    self._done = True  # end, or padding after the last member (ignored, as gzip does)
                    return
                self._d = zlib.decompressobj(31)
                self._tail = rest
            if not self._tail:
                self._checkpoint()
                self._tail = self._raw.read(_IN_CHUNK)
                self._in_pos += len(self._tail)
                if not self._tail:
                    raise EOFError("compressed stream ended before its end marker (truncated gzip)")
            self._buf = self._d.decompress(self._tail, _OUT_CHUNK)
            self._tail = self._d.unconsumed_tail
        if self._max_output is not None and self._buf_start + len(self._buf) > self._max_output:
            raise OSError(f"gzip stream inflates to more than {self._max_output} bytes: not read further")

    # -- io interface -----------------------------------------------------------------------
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            self._unhold()
            while not self._done:
                self._fill()
            offset += self._buf_start + len(self._buf)
        if offset < 0:
            raise ValueError("negative seek position")
        self._pos = offset
        return offset

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes, fewer only at the end of the stream (tarfile relies on it)."""
        if size is None or size < 0:
            parts = []
            while chunk := self.read(_OUT_CHUNK):
                parts.append(chunk)
            return b"".join(parts)
        out = bytearray(size)
        view = memoryview(out)
        got = 0
        while got < size:
            n = self.readinto(view[got:])
            if not n:
                break
            got += n
        del view
        return bytes(out[:got]) if got < size else bytes(out)

    def readinto(self, b) -> int:
        view = memoryview(b).cast("B")
        while True:
            off = self._pos - self._buf_start
            if 0 <= off < len(self._buf):
                n = min(len(view), len(self._buf) - off)
                view[:n] = self._buf[off:off + n]
                self._pos += n
                return n
            if self._from_recent():
                continue
            if self._hold is not None:
                self._unhold()
                continue
            if off < 0:
                i = bisect.bisect_right(self._checkpoints, self._pos, key=lambda c: c[0]) - 1
                if i >= 0:
                    self._restart(*self._checkpoints[i])
                else:
                    self._restart(0, 0, None)
                continue
            if self._done:
                return 0
            self._fill()
            if not self._buf and self._done:
                return 0

    def close(self) -> None:
        self._checkpoints = []
        super().close()


def inflate_head(data: bytes, size: int = 1024) -> bytes:
    """Up to ``size`` leading bytes of the decompressed gzip ``data`` (a file's first bytes), or
    ``b""`` when they cannot be decompressed."""
    try:
        return zlib.decompressobj(31).decompress(data, size)
    except zlib.error:
        return b""
