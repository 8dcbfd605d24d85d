"""Read-only opening of evidence files.

Evidence is opened with O_RDONLY, never for writing. O_NOATIME keeps the kernel from updating
the access time (allowed for the file's owner or root; elsewhere we fall back to a plain
read-only open and the OS may touch atime, never mtime or contents). O_NOFOLLOW refuses to
follow a link that replaced a regular file between walking and reading.
"""

from __future__ import annotations

import os
import re
from typing import BinaryIO

_NOATIME = getattr(os, "O_NOATIME", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def open_readonly(path: str, follow_links: bool = False) -> BinaryIO:
    """Open ``path`` for reading only, without touching its access time where allowed."""
    flags = os.O_RDONLY | _CLOEXEC | (0 if follow_links else _NOFOLLOW)
    try:
        fd = os.open(path, flags | _NOATIME)
    except PermissionError:
        # O_NOATIME is refused for files we do not own (EPERM): open without it.
        fd = os.open(path, flags)
    return os.fdopen(fd, "rb", buffering=0)


def read_at(media, offset: int, size: int) -> bytes:
    """Up to ``size`` bytes at ``offset`` of ``media`` (a disk image's media: ``size`` and
    ``readinto(offset, view)``), fewer at its end."""
    buf = bytearray(max(0, min(size, media.size - offset)))
    n = media.readinto(offset, memoryview(buf))
    return bytes(buf[:n]) if n < len(buf) else bytes(buf)


def display_path(path: str) -> str:
    """A path that can be printed: undecodable bytes become ``\\xNN`` (not reversible; for
    messages such as a link's target, never for the path that identifies an evidence item)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def escape_path(path: str) -> str:
    """The stored, printable form of a path inside one container level, reversible byte for byte.

    Two items must never share a stored path, or one of them would vanish from the case (no row,
    no hash, no skip). So the escape cannot collide:

    * a backslash is written ``\\\\``, so a name literally spelled ``a\\xff`` stays apart from
      one holding the byte 0xFF;
    * a byte that is not UTF-8 is written ``\\xNN``;
    * a ``!`` that ends a folder name (``!/`` inside one level) is written ``\\x21``, so the
      container separator ``!/`` only ever means "inside the archive": a folder named
      ``chat.zip!`` holding ``msg.txt`` is ``chat.zip\\x21/msg.txt``, never
      ``chat.zip!/msg.txt``.

    Names without a backslash, invalid UTF-8 or ``!/`` (nearly all) are written as they are.
    :func:`unescape_path` gives the bytes back.
    """
    text = path.replace("\\", "\\\\").encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text.replace("!/", "\\x21/")


_ESCAPE = re.compile(r"\\(\\|x[0-9a-f]{2})")


def unescape_path(text: str) -> bytes:
    """The bytes of a path written by :func:`escape_path` (one container level)."""
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(text):
        out += text[pos:m.start()].encode("utf-8")
        code = m.group(1)
        out += b"\\" if code == "\\" else bytes([int(code[1:], 16)])
        pos = m.end()
    out += text[pos:].encode("utf-8")
    return bytes(out)
