"""Read-only opening of evidence files.

Evidence is opened with O_RDONLY, never for writing. O_NOATIME keeps the kernel from updating
the access time (allowed for the file's owner or root; elsewhere we fall back to a plain
read-only open and the OS may touch atime, never mtime or contents). O_NOFOLLOW refuses to
follow a link that replaced a regular file between walking and reading.
"""

from __future__ import annotations

import os
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


def display_path(path: str) -> str:
    """A path that can be stored and printed: undecodable bytes become ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
