"""Hashing at acquisition time, without a case: ``evidtriage hash``.

Only files on disk are listed (archives are hashed as the files they are, not opened), with
paths relative to the source root, so that the standard tools can check the list from that root
on their own. With several sources, paths are relative to the sources' common parent folder.
Disk images are the exception when asked for: the files inside them are hashed too (a list of
their own, since no standard tool can check a path inside an image), and each image's media is
hashed and checked against the digests an E01 stores.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..pipeline.executors import default_workers, make_batches, run_batches
from ..model import EvidenceFile, Exhibit, Progress, Skip
from ..reports.hashlists import HashEntry
from .sources import DEFAULT_LIMITS, source_kind, walk_exhibit
from .sources.diskimage import RAW_IMAGE, hash_media, image_kind_of, list_image_members, split_segments
from ..pipeline.workers import hash_batch


@dataclass(frozen=True)
class ImageCheck:
    """A disk image's own contents (its media: an E01's decompressed sectors, a split image's
    segments joined), hashed, and checked against the digests stored in it at acquisition."""

    path: bytes  # relative to the list's root, as in the entries
    kind: str  # sources.diskimage.RAW_IMAGE | EWF_IMAGE
    media: object  # Digests of the media
    stored: dict  # digest name -> value stored in the image (E01: md5, sha1)
    segments: int

    @property
    def mismatches(self) -> list[str]:
        return [n for n, v in sorted(self.stored.items()) if self.media.get(n) not in (None, v)]


@dataclass(frozen=True)
class HashListing:
    root: str
    entries: list[HashEntry]
    skips: list[Skip]
    #: files inside disk images (``laptop.E01!/p2/Users/x/a.jpg``), when asked for
    inside: list[HashEntry] = field(default_factory=list)
    images: list[ImageCheck] = field(default_factory=list)


def _root_for(sources: Sequence[str]) -> str:
    """The folder the list is checked from: the source folder itself, a single file's folder,
    or the common parent of several sources."""
    if len(sources) == 1:
        only = os.path.abspath(sources[0])
        return only if source_kind(only) == "folder" else os.path.dirname(only)
    return os.path.commonpath([os.path.dirname(os.path.abspath(s)) for s in sources])


def hash_sources(sources: Sequence[str], digests: tuple[str, ...], workers: int = 0,
                 progress: Callable[[Progress], None] = lambda p: None,
                 inside_images: bool = False) -> HashListing:
    """Hash every file on disk under ``sources``; return entries in path order and skips.

    :param inside_images: also hash every file inside the disk images among them, and each
        image's media (checked against an E01's stored digests).
    """
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
    inside: list[HashEntry] = []
    images: list[ImageCheck] = []
    if inside_images:
        for f in files:
            rel = rel_of[f.path, f.locator.disk_path]
            if os.fsencode(rel) in by_key and (kind := image_kind_of(f.locator.disk_path)):
                check, found = _hash_image(f, rel, kind, digests, workers, skips, progress,
                                           by_key[os.fsencode(rel)].digests)
                images.append(check)
                inside += found
    skips.sort(key=lambda s: s.path)
    return HashListing(root, entries, skips, inside, images)


def _hash_image(f: EvidenceFile, rel: str, kind: str, digests: tuple[str, ...], workers: int,
                skips: list[Skip], progress, file_digests) -> tuple[ImageCheck, list[HashEntry]]:
    """The media digests of one image and the entries of the files inside it."""
    image = EvidenceFile("", rel, f.size, None, f.locator)
    if kind == RAW_IMAGE and len(split_segments(f.locator.disk_path)) == 1:
        media, stored, segments = file_digests, {}, 1  # a one-file raw image is its media: read once
    else:
        media, stored, segments = hash_media(f.locator.disk_path, kind, digests)
    check = ImageCheck(os.fsencode(rel), kind, media, stored, segments)
    try:
        members, member_skips = list_image_members(image, kind, DEFAULT_LIMITS)
    except Exception as exc:  # noqa: BLE001 - recorded, the rest goes on
        skips.append(Skip("", rel, "image", f"disk image cannot be read: {exc}"))
        return check, []
    skips.extend(member_skips)
    found = []
    done = 0
    for batch, results in run_batches(hash_batch, make_batches(members, lambda m: m.size),
                                      workers or default_workers(), digests, DEFAULT_LIMITS, False, False, False):
        for m, r in zip(batch, results):
            if r.digests is None or (r.problem and not r.problem.startswith("recovered")):
                skips.append(Skip("", m.path, "hash", r.problem or "not read"))
            if r.digests is not None:
                found.append(HashEntry(os.fsencode(m.path), r.digests.bytes_hashed, r.digests))
        done += len(batch)
        progress(Progress("hash", done, len(members), message=f"inside {rel}"))
    found.sort(key=lambda e: e.path)
    return check, found
