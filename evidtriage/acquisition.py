"""Hashing at acquisition time, without a case: ``evidtriage hash``.

Only files on disk are listed (archives are hashed as the files they are, not opened), with
paths relative to the source root, so that the standard tools can check the list from that root
on their own. With several sources, paths are relative to the sources' common parent folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .executors import default_workers, make_batches, run_batches
from .model import EvidenceFile, Exhibit, Progress, Skip
from .reports.hashlists import HashEntry
from .sources import DEFAULT_LIMITS, source_kind, walk_exhibit
from .workers import hash_batch


@dataclass(frozen=True)
class HashListing:
    root: str
    entries: list[HashEntry]
    skips: list[Skip]


def _root_for(sources: Sequence[str]) -> str:
    """The folder the list is checked from: the source folder itself, a single file's folder,
    or the common parent of several sources."""
    if len(sources) == 1:
        only = os.path.abspath(sources[0])
        return only if source_kind(only) == "folder" else os.path.dirname(only)
    return os.path.commonpath([os.path.dirname(os.path.abspath(s)) for s in sources])


def hash_sources(sources: Sequence[str], digests: tuple[str, ...], workers: int = 0,
                 progress: Callable[[Progress], None] = lambda p: None) -> HashListing:
    """Hash every file on disk under ``sources``; return entries in path order and skips."""
    for s in sources:
        source_kind(s)  # a clear error for a missing or unreadable source, before any work
    root = _root_for(sources)
    files: list[EvidenceFile] = []
    skips: list[Skip] = []
    for s in sources:
        ex = Exhibit("", os.path.abspath(s), source_kind(s))
        for item in walk_exhibit(ex):
            (skips if isinstance(item, Skip) else files).append(item)
    rel_of = {}
    for f in files:
        rel_of[f.path, f.locator.disk_path] = os.path.relpath(f.locator.disk_path, root)
    files.sort(key=lambda f: os.fsencode(rel_of[f.path, f.locator.disk_path]))
    total_bytes = sum(f.size for f in files)
    done = done_bytes = 0
    by_key = {}
    lone = len(files) == 1
    # largest first, in batches of at most 16 MiB: the workers finish together (no long tail of
    # one big file on one core while the other waits); the lists are sorted by path after
    batches = make_batches(sorted(files, key=lambda f: -f.size), lambda f: f.size, max_bytes=16 * 1024 * 1024)
    for batch, results in run_batches(hash_batch, batches, 1 if lone else workers or default_workers(),
                                      digests, DEFAULT_LIMITS, False, lone, False):
        for f, r in zip(batch, results):
            rel = rel_of[f.path, f.locator.disk_path]
            if r.digests is None:
                skips.append(Skip("", rel, "hash", r.problem or "not read"))
                continue
            if r.problem:
                skips.append(Skip("", rel, "hash", r.problem))
            by_key[os.fsencode(rel)] = HashEntry(os.fsencode(rel), r.digests.bytes_hashed, r.digests)
        done += len(batch)
        done_bytes += sum(f.size for f in batch)
        progress(Progress("hash", done, len(files), done_bytes, total_bytes))
    entries = [by_key[k] for k in sorted(by_key)]
    skips.sort(key=lambda s: s.path)
    return HashListing(root, entries, skips)
