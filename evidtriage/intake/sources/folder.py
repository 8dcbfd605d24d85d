"""Walk a folder (or a single file) of evidence, read-only.

Links are never followed (a link could lead out of the seized folder, or loop); links, FIFOs,
sockets and devices are recorded as skips without being opened, since opening a FIFO blocks and
reading a device reads a whole disk. Entries are sorted by name so that every walk of the same
tree gives the same order, which keeps findings deterministic.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from ...model import EvidenceFile, Exhibit, Locator, Skip
from .reading import display_path, escape_path

_SPECIAL = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def _describe_special(mode: int) -> str | None:
    for test, name in _SPECIAL:
        if test(mode):
            return name
    return None


def _entry(exhibit_id: str, abs_path: str, rel: str, st: os.stat_result) -> EvidenceFile | Skip:
    if stat.S_ISLNK(st.st_mode):
        try:
            target = display_path(os.readlink(abs_path))
        except OSError:
            target = "?"
        return Skip(exhibit_id, rel, "walk", f"symbolic link to {target!r}: not followed")
    special = _describe_special(st.st_mode)
    if special:
        return Skip(exhibit_id, rel, "walk", f"{special}: not opened")
    return EvidenceFile(exhibit_id, rel, st.st_size, st.st_mtime_ns, Locator(abs_path))


def walk_folder(exhibit: Exhibit) -> Iterator[EvidenceFile | Skip]:
    """Yield every regular file under the exhibit's folder, and a skip for everything else."""
    root = exhibit.source
    stack: list[tuple[str, str]] = [(root, "")]
    while stack:
        folder, rel_folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Skip(exhibit.id, rel_folder or ".", "walk", f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for e in entries:
            rel = escape_path(f"{rel_folder}/{e.name}" if rel_folder else e.name)
            try:
                st = e.stat(follow_symlinks=False)
            except OSError as exc:
                yield Skip(exhibit.id, rel, "walk", f"cannot stat: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(st.st_mode):
                subfolders.append((e.path, f"{rel_folder}/{e.name}" if rel_folder else e.name))
                continue
            yield _entry(exhibit.id, e.path, rel, st)
        # depth-first, in name order
        stack.extend(reversed(subfolders))


def walk_single_file(exhibit: Exhibit) -> Iterator[EvidenceFile | Skip]:
    """A single-file exhibit: the file itself, named by its base name."""
    path = exhibit.source
    rel = escape_path(os.path.basename(path))
    try:
        st = os.lstat(path)
    except OSError as exc:
        yield Skip(exhibit.id, rel, "walk", f"cannot stat: {exc.strerror or exc}")
        return
    yield _entry(exhibit.id, path, rel, st)
