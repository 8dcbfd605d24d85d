"""Archives (zip here; tar and tar.gz in :mod:`.tar`) as evidence containers, read in place.

Members are never extracted to disk: each is read as a stream from inside the archive (nested
archives too, up to :attr:`ArchiveLimits.max_depth`). A member's location is written
``outer.zip!/inner/path``. What a hostile archive can do is bounded here, and each refusal is a
recorded skip with its reason:

* names that would escape a folder if extracted (``../x``, ``/etc/x``, ``C:\\x``): "zip-slip";
* members that inflate far beyond their compressed size, or beyond a size cap: zip bombs;
* an exhibit whose archives, all levels of nesting together, would inflate to more than its
  budget (:class:`InflationBudget`): nesting must not multiply a per-archive limit;
* entries that overlap one another (the construction behind non-recursive zip bombs);
* encrypted members (never guessed at);
* symbolic-link and device entries (their data is not a file's contents);
* too many members, and archives nested deeper than the depth limit.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from typing import BinaryIO

from ...model import CONTAINER_SEP, EvidenceFile, HashResult, Locator, Skip
from .reading import escape_path, open_readonly
from .diskimage import IMAGE_TYPES, DiskImage, image_kind_of
from .tar import TarArchive, gzip_holds_tar, list_tar_members, looks_like_tar


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what an archive may make the tool do."""

    max_depth: int = 3  # an archive inside an archive inside an archive is opened; deeper is not
    max_ratio: float = 250.0  # uncompressed/compressed above this, for members above min_ratio_size
    # every member of 1 MiB or more is ratio-checked; smaller ones cannot be a bomb on their own,
    # and what many of them add up to is bounded by the exhibit's inflation budget
    min_ratio_size: int = 1024 * 1024
    max_member_size: int = 8 * 1024**3
    max_total_size: int = 64 * 1024**3  # all members of all archives of one exhibit together
    # an exhibit's archive members (every level) may inflate to max_ratio times its archives'
    # bytes on disk, plus this allowance (a small archive of text may hold a few MiB)
    inflation_allowance: int = 64 * 1024 * 1024
    max_members: int = 200_000
    in_memory_nested: int = 64 * 1024 * 1024  # nested archives up to this are read into memory


DEFAULT_LIMITS = ArchiveLimits()

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is unsafe (would escape the archive's folder), or None."""
    if "\x00" in name:
        return "member name contains a NUL byte"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return f"absolute member name {name!r} (zip-slip): not examined"
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return f"member name {name!r} climbs out of the archive (zip-slip): not examined"
    return None


def _special_entry(info: zipfile.ZipInfo) -> str | None:
    """Why an entry is not a file's contents (a Unix symbolic link or device made by ``zip -y``
    or a hostile tool), or None. A link entry's data is its target: listed as a file, it would
    pass the target's name off as contents."""
    if info.create_system != 3:  # the Unix mode is only in entries made on Unix
        return None
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "symbolic link entry: not followed (its data is the link's target, not a file's contents)"
    for test, what in ((stat.S_ISBLK, "block device"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return f"{what} entry: not read"
    return None


def _overlapping(infos: list[zipfile.ZipInfo], archive_size: int | None) -> set[int]:
    """Indexes of entries whose data overlaps another entry's (a zip-bomb construction)."""
    order = sorted(range(len(infos)), key=lambda i: infos[i].header_offset)
    bad: set[int] = set()
    for a, b in zip(order, order[1:]):
        ia, ib = infos[a], infos[b]
        # a local header is 30 bytes plus the name; data follows it
        end = ia.header_offset + 30 + len(ia.orig_filename.encode("utf-8", "replace")) + ia.compress_size
        if ib.header_offset < end:
            bad.add(a)
            bad.add(b)
    if archive_size is not None:
        for i, info in enumerate(infos):
            if info.header_offset + 30 + info.compress_size > archive_size:
                bad.add(i)
    return bad


def is_tar(stream: BinaryIO) -> bool:
    """Whether the seekable ``stream`` holds a tar (plain or gzip-compressed); else it is read as
    a zip. Its position is left at the start."""
    stream.seek(0)
    head = stream.read(64 * 1024)
    stream.seek(0)
    return looks_like_tar(head) or gzip_holds_tar(head)


class _ZipContainer:
    """A zip with the same small interface as :class:`~.tar.TarArchive`."""

    def __init__(self, stream: BinaryIO):
        self.zip = zipfile.ZipFile(stream)

    def open(self, name: str) -> BinaryIO:
        return self.zip.open(name)

    def size(self, name: str) -> int:
        return self.zip.getinfo(name).file_size

    def close(self) -> None:
        self.zip.close()


class _TarContainer(TarArchive):
    def size(self, name: str) -> int:
        return self.find(name).size


def open_container(stream: BinaryIO, limits: ArchiveLimits = None) -> _ZipContainer | _TarContainer:
    """The archive that ``stream`` holds, opened for reading members by name."""
    limits = limits or DEFAULT_LIMITS
    if is_tar(stream):
        return _TarContainer(stream, max_output=limits.max_total_size)
    return _ZipContainer(stream)


def list_members(
    archive: EvidenceFile, stream: BinaryIO, limits: ArchiveLimits = DEFAULT_LIMITS
) -> tuple[list[EvidenceFile], list[Skip]]:
    """List the members of the archive ``archive`` (zip or tar, whose bytes ``stream`` reads).

    :return: the members to examine, and a skip for each member that will not be, with why.
    :raises zipfile.BadZipFile: the zip's directory cannot be read at all (``tarfile.TarError``
        for a tar).
    """
    if is_tar(stream):
        return list_tar_members(archive, stream, limits)
    members: list[EvidenceFile] = []
    skips: list[Skip] = []
    ex = archive.exhibit_id

    def loc(name: str) -> str:
        return f"{archive.path}{CONTAINER_SEP}{escape_path(name)}"

    with zipfile.ZipFile(stream) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.max_members:
            # the members at the archive's top level come first: that is where an export keeps
            # its index (a UFDR's report.xml, WhatsApp's _chat.txt), which must not be cut off
            nested_first = sorted(infos, key=lambda i: "/" in i.filename.strip("/"))  # stable: top level first
            kept = {id(i) for i in nested_first[: limits.max_members]}
            skips.append(Skip(ex, archive.path, "archive",
                              f"{len(infos)} members, over the limit of {limits.max_members}: "
                              f"{limits.max_members} examined (those at the top level, then the first in order), "
                              f"{len(infos) - limits.max_members} not examined"))
            infos = [i for i in infos if id(i) in kept]
        overlap = _overlapping(infos, archive.size if archive.depth == 0 else None)
        seen: set[str] = set()
        total = 0
        for i, info in enumerate(infos):
            name = info.filename
            unsafe = unsafe_name_reason(name)
            if unsafe:
                skips.append(Skip(ex, loc(name), "archive", unsafe))
                continue
            if name in seen:
                skips.append(Skip(ex, loc(name), "archive",
                                  "duplicate member name: only the last copy is examined"))
                members[:] = [m for m in members if m.path != loc(name)]
            seen.add(name)
            special = _special_entry(info)
            if special:
                skips.append(Skip(ex, loc(name), "archive", special))
                continue
            if info.flag_bits & 0x1:
                skips.append(Skip(ex, loc(name), "archive", "encrypted member: not decrypted"))
                continue
            if i in overlap:
                skips.append(Skip(ex, loc(name), "archive",
                                  "member overlaps another entry (zip bomb construction): not read"))
                continue
            if info.file_size > limits.max_member_size:
                skips.append(Skip(ex, loc(name), "archive",
                                  f"declared size {info.file_size} bytes is over the limit of "
                                  f"{limits.max_member_size}: not read"))
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size >= limits.min_ratio_size and ratio > limits.max_ratio:
                skips.append(Skip(ex, loc(name), "archive",
                                  f"possible zip bomb: compression ratio {ratio:.0f}:1 "
                                  f"({info.file_size} bytes from {info.compress_size}): not read"))
                continue
            total += info.file_size
            if total > limits.max_total_size:
                skips.append(Skip(ex, loc(name), "archive",
                                  f"archive members total over {limits.max_total_size} bytes "
                                  f"(zip bomb limit): not read"))
                continue
            members.append(EvidenceFile(
                ex, loc(name), info.file_size, None,
                Locator(archive.locator.disk_path, archive.locator.members + (name,)),
                depth=archive.depth + 1,
            ))
    return members, skips


class InflationBudget:
    """What one exhibit's archives may inflate to, all levels of nesting together.

    A per-archive limit is multiplied by nesting (16 archives of 16 archives of 16 members...),
    so the bound is the exhibit's: its archive members, at every depth, may add up to
    ``max_ratio`` times the bytes of its archives on disk plus ``inflation_allowance``, and never
    more than ``max_total_size``. Only archives on disk earn an allowance; an archive inside an
    archive spends it. Members past the budget are recorded skips, never read. Kept by the main
    process, which sees every listing; rebuilt from the store on resume.
    """

    def __init__(self, limits: ArchiveLimits, disk_archive_bytes: int = 0, inflated: int = 0):
        self.limits = limits
        self.disk_archive_bytes = disk_archive_bytes
        self.inflated = inflated

    @property
    def allowed(self) -> int:
        lim = self.limits
        return min(lim.max_total_size, int(lim.max_ratio * self.disk_archive_bytes) + lim.inflation_allowance)

    def admit(self, result: HashResult, depth: int, size: int) -> HashResult:
        """``result`` with the members that fit the budget, and a skip for each that does not.

        :param depth: the listed archive's depth (0: on disk); ``size`` its size.
        """
        if not result.members or result.media_type in IMAGE_TYPES:
            # a disk image's files are bounded by the image itself (its media size), not by a
            # ratio: a 500 GB disk must not read as a bomb
            return result
        if depth == 0:
            self.disk_archive_bytes += size
        kept, skips = [], list(result.member_skips)
        for m in result.members:
            if self.inflated + m.size > self.allowed:
                skips.append(Skip(m.exhibit_id, m.path, "archive",
                                  f"possible zip bomb: the exhibit's archives would inflate to more than "
                                  f"{self.allowed} bytes (all levels of nesting together; "
                                  f"{self.disk_archive_bytes} bytes of archives on disk): not read"))
                continue
            self.inflated += m.size
            kept.append(m)
        return replace(result, members=tuple(kept), member_skips=tuple(skips))


@contextmanager
def open_evidence(
    locator: Locator, limits: ArchiveLimits = DEFAULT_LIMITS, nested: bool = False
) -> Iterator[BinaryIO]:
    """Open an evidence file's bytes read-only, following its chain of archive members.

    :param nested: the caller will read the result as an archive (it needs to seek).
    """
    with ExitStack() as stack:
        image = image_kind_of(locator.disk_path) if locator.members else None
        stream: BinaryIO = None if image else stack.enter_context(open_readonly(locator.disk_path))
        last = len(locator.members) - 1
        for depth, name in enumerate(locator.members):
            # a disk image is only ever the outermost container (an image on disk)
            container = DiskImage(locator.disk_path, image) if depth == 0 and image else open_container(stream, limits)
            stack.callback(container.close)
            member = stack.enter_context(container.open(name))
            if (depth < last or nested) and container.size(name) <= limits.in_memory_nested:
                # a nested archive: seeking inside a compressed member re-inflates it from the
                # start, so read small ones into memory (never to disk)
                stream = io.BytesIO(member.read())
            else:
                stream = member
        yield stream


class ArchiveCache:
    """Keeps the innermost opened archive of the last member read, for a worker's batch.

    Members of one archive arrive together (batches are in path order), so reading the
    archive's central directory once per batch instead of once per member keeps large
    exports (tens of thousands of members) linear. A tar has no directory: kept open, it is
    read forward once for members asked for in archive order (its checkpoints bound the cost
    of going back, see :mod:`.gzipseek`).
    """

    def __init__(self, limits: ArchiveLimits = DEFAULT_LIMITS):
        self.limits = limits
        self._key: tuple | None = None
        self._stack: ExitStack | None = None
        self._zip: _ZipContainer | _TarContainer | None = None

    def _archive_for(self, locator: Locator) -> _ZipContainer | _TarContainer:
        key = (locator.disk_path, locator.members[:-1])
        if key != self._key or self._zip is None:
            self.close()
            stack = ExitStack()
            try:
                if key[1]:  # the archive is itself a member of an archive
                    stream = stack.enter_context(open_evidence(Locator(*key), self.limits, nested=True))
                    self._zip = open_container(stream, self.limits)
                elif image := image_kind_of(locator.disk_path):
                    self._zip = DiskImage(locator.disk_path, image)
                else:
                    stream = stack.enter_context(open_readonly(locator.disk_path))
                    self._zip = open_container(stream, self.limits)
                stack.callback(self._zip.close)
            except BaseException:
                stack.close()
                raise
            self._stack, self._key = stack, key
        return self._zip

    @contextmanager
    def open(self, locator: Locator) -> Iterator[BinaryIO]:
        """Open the file behind ``locator``, reusing the archive opened for the previous one."""
        if not locator.members:
            with open_readonly(locator.disk_path) as f:
                yield f
            return
        zf = self._archive_for(locator)
        with zf.open(locator.members[-1]) as member:
            yield member

    def close(self) -> None:
        if self._stack is not None:
            self._stack.close()
        self._stack = self._zip = self._key = None
