"""Tar archives (``.tar``, ``.tar.gz``) as evidence containers, read in place.

Full-file-system extractions of phones often come as a tar (an Android ``/data/data`` tree, an
iOS ``private/var/mobile`` tree). Members are never extracted: each is read as a stream from
inside the archive, through :class:`~.gzipseek.SeekableGzip` when the tar is compressed, so a
tar of tens of gigabytes costs no disk and one pass to list.

A member is found by its name. The index of names is built lazily, in archive order, as names
are asked for: members read in the order they were listed (the hash stage) cost one pass over
the archive in all, whatever their number. Names are kept as the archive writes them, with a
leading ``./`` or ``/`` taken off (as ``tar`` itself does when it extracts); a member name with
``..`` is still refused (it would climb out if the archive were ever extracted), and a name
written twice is examined once (its first copy; the later one is a recorded skip).

Entries that are not a file's contents are recorded skips, never read as files: symbolic and
hard links (a hard link's contents are examined at the member it points to), devices, FIFOs.
"""

from __future__ import annotations

import tarfile
from typing import BinaryIO

from ...model import CONTAINER_SEP, EvidenceFile, Locator, Skip
from .gzipseek import GZIP_MAGIC, SeekableGzip, inflate_head
from .reading import escape_path, unescape_path

TAR_TYPES = frozenset({"application/x-tar", "application/x-gtar"})


def looks_like_tar(head: bytes) -> bool:
    """Whether ``head`` (at least 512 bytes) begins with a valid tar header (checksum checked)."""
    if len(head) < 512:
        return False
    block = head[:512]
    try:
        stored = int(block[148:156].replace(b"\x00", b" ").strip() or b"-1", 8)
    except ValueError:
        return False
    unsigned = sum(block[:148]) + 8 * 32 + sum(block[156:])
    signed = sum((b - 256 if b > 127 else b) for b in block[:148]) + 8 * 32 + sum(
        (b - 256 if b > 127 else b) for b in block[156:])
    return stored in (unsigned, signed) and block[:1] != b"\x00"


def gzip_holds_tar(head: bytes) -> bool:
    """Whether the compressed ``head`` of a gzip file decompresses to a tar header."""
    return head.startswith(GZIP_MAGIC) and looks_like_tar(inflate_head(head, 512))


def member_key(name: str) -> str:
    """The name under which a member is listed and found: ``./`` and ``/`` prefixes and a
    trailing ``/`` taken off."""
    while name.startswith(("./", "/")):
        name = name[2:] if name.startswith("./") else name[1:]
    return name.rstrip("/")


class TarArchive:
    """An opened tar (plain or gzip-compressed) whose members are found by name."""

    def __init__(self, stream: BinaryIO, max_output: int | None = None):
        head = stream.read(2)
        stream.seek(0)
        self.compressed = head == GZIP_MAGIC
        self._base: BinaryIO = SeekableGzip(stream, max_output=max_output) if self.compressed else stream
        # errors="surrogateescape": names that are not UTF-8 keep their bytes (escape_path below)
        self._tar = tarfile.open(fileobj=self._base, mode="r:", errors="surrogateescape")
        self._index: dict[str, tarfile.TarInfo] = {}
        for info in self._tar.members:  # the first entry, read by tarfile.open
            self._index.setdefault(escape_path(member_key(info.name)), info)
        self._complete = False

    def __iter__(self):
        """Every entry, in archive order (one pass for a fresh archive)."""
        seen = 0
        while True:
            if seen < len(self._tar.members):
                yield self._tar.members[seen]
                seen += 1
                continue
            if self._complete or self._next() is None:
                return

    def _next(self) -> tarfile.TarInfo | None:
        info = self._tar.next()
        if info is None:
            self._complete = True
            return None
        self._index.setdefault(escape_path(member_key(info.name)), info)
        return info

    def find(self, name: str) -> tarfile.TarInfo:
        """The entry listed under ``name`` (its :func:`escape_path` form), or ``KeyError``."""
        key = escape_path(member_key(unescape_path(name).decode("utf-8", "surrogateescape")))
        while key not in self._index:
            if self._complete or self._next() is None:
                raise KeyError(f"no member {name!r} in the tar archive")
        return self._index[key]

    def open(self, name: str) -> BinaryIO:
        info = self.find(name)
        if not info.isreg():
            raise KeyError(f"tar member {name!r} is not a regular file")
        stream = self._tar.extractfile(info)
        assert stream is not None
        return stream

    def close(self) -> None:
        self._tar.close()
        if self.compressed:
            self._base.close()

    def __enter__(self) -> TarArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _entry_problem(info: tarfile.TarInfo) -> str | None:
    if info.issym():
        return f"symbolic link entry to {escape_path(info.linkname)!r}: not followed"
    if info.islnk():
        return (f"hard link entry to {escape_path(member_key(info.linkname))!r}: "
                "its contents are examined there")
    for test, what in ((info.isblk, "block device"), (info.ischr, "character device"),
                       (info.isfifo, "named pipe (FIFO)")):
        if test():
            return f"{what} entry: not read"
    if not info.isreg():
        return f"tar entry of type {info.type!r}: not a file's contents, not read"
    return None


def list_tar_members(archive: EvidenceFile, stream: BinaryIO, limits) -> tuple[list[EvidenceFile], list[Skip]]:
    """List the members of the tar ``archive`` (whose bytes ``stream`` reads), in archive order.

    :return: the members to examine, and a skip for each entry that will not be, with why.
    :raises tarfile.TarError: the archive cannot be read at all.
    """
    from .archive import unsafe_name_reason

    members: list[EvidenceFile] = []
    skips: list[Skip] = []
    ex = archive.exhibit_id
    seen: set[str] = set()
    total = 0
    with TarArchive(stream, max_output=limits.max_total_size) as tar:
        try:
            for info in tar:
                if info.isdir():
                    continue
                key = escape_path(member_key(info.name))
                where = f"{archive.path}{CONTAINER_SEP}{key}"
                unsafe = unsafe_name_reason(member_key(info.name))
                if unsafe:
                    skips.append(Skip(ex, where, "archive", unsafe))
                    continue
                if key in seen:
                    skips.append(Skip(ex, where, "archive",
                                      "duplicate member name: only the first copy is examined"))
                    continue
                seen.add(key)
                problem = _entry_problem(info)
                if problem:
                    skips.append(Skip(ex, where, "archive", problem))
                    continue
                if len(members) >= limits.max_members:
                    skips.append(Skip(ex, where, "archive",
                                      f"over the limit of {limits.max_members} members: not examined"))
                    continue
                if info.size > limits.max_member_size:
                    skips.append(Skip(ex, where, "archive",
                                      f"declared size {info.size} bytes is over the limit of "
                                      f"{limits.max_member_size}: not read"))
                    continue
                total += info.size
                if total > limits.max_total_size:
                    skips.append(Skip(ex, where, "archive",
                                      f"archive members total over {limits.max_total_size} bytes: not read"))
                    continue
                members.append(EvidenceFile(
                    ex, where, info.size, None,
                    Locator(archive.locator.disk_path, archive.locator.members + (key,)),
                    depth=archive.depth + 1,
                ))
        except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
            if not members and not skips:
                raise
            # what was listed before the damage is kept, and the damage is recorded
            skips.append(Skip(ex, archive.path, "archive",
                              f"tar archive damaged after {len(members) + len(skips)} entries "
                              f"({type(exc).__name__}: {exc}): the rest not examined"))
    return members, skips
