"""Per-file work that runs in worker processes.

Functions here are pure with respect to the case: they read evidence (read-only, through
:mod:`evidtriage.sources`) and return records. They never open the case store; only the main
process writes it. Every failure becomes part of the returned record, never an exception that
would lose the rest of a batch.
"""

from __future__ import annotations

import tarfile
import zipfile

from ..intake.hashing import CHUNK_SIZE, SPLIT_MIN_SIZE, hash_stream, hash_stream_split
from ..model import DIGEST_NAMES, EvidenceFile, HashResult, Skip
from ..intake.sniffing import ARCHIVE_TYPES, SNIFF_SIZE, sniff_media_type
from ..intake.sources import ArchiveCache, ArchiveLimits, DEFAULT_LIMITS, list_members, open_evidence
from ..intake.sources.diskimage import EWF_IMAGE, RECOVERED, hash_media, image_kind, list_image_members

_buffer: bytearray | None = None  # one read buffer per worker process
_archives: ArchiveCache | None = None  # the archive last read by this process, kept open


def archive_cache(limits: ArchiveLimits = DEFAULT_LIMITS) -> ArchiveCache:
    """This process's cache of the archive it read last, kept open from one batch to the next.

    A worker is handed batch after batch of members of the same archive (batches are in path
    order); reading the archive's central directory once per batch would make an archive of
    N members cost N/batch directory reads of N entries each: quadratic. Kept for the worker's
    life, it is read once per worker. Callers in the main process close it with
    :func:`close_archive_cache` when their stage ends.
    """
    global _archives
    if _archives is None or _archives.limits != limits:
        if _archives is not None:
            _archives.close()
        _archives = ArchiveCache(limits)
    return _archives


def close_archive_cache() -> None:
    global _archives
    if _archives is not None:
        _archives.close()
        _archives = None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "vanished: no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 40:  # ELOOP from O_NOFOLLOW
        return "replaced by a symbolic link since the walk: not followed"
    if isinstance(exc, (zipfile.BadZipFile, tarfile.TarError, EOFError)):
        return f"corrupt archive member: {exc}"
    if isinstance(exc, OSError):
        return f"read error: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}"


def hash_one(
    ef: EvidenceFile,
    names: tuple[str, ...] = DIGEST_NAMES,
    cache: ArchiveCache | None = None,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    expand_archives: bool = True,
    split: bool = False,
    sniff: bool = True,
) -> HashResult:
    """Hash one evidence file, sniff its type, and list it if it is an archive.

    :param split: compute the digests on two threads (for a lone large file).
    :param sniff: type the file from its leading bytes (``evidtriage hash`` needs no types).
    """
    global _buffer
    if _buffer is None:
        _buffer = bytearray(CHUNK_SIZE)
    try:
        if cache is not None:
            ctx = cache.open(ef.locator)
        else:
            ctx = open_evidence(ef.locator, limits)
        with ctx as stream:
            if split:
                digests, head = hash_stream_split(stream, names, SNIFF_SIZE)
            else:
                digests, head = hash_stream(stream, names, SNIFF_SIZE, _buffer)
            recovered = getattr(stream, "recovered", False)  # a deleted file read back from an image
    except Exception as exc:  # noqa: BLE001 - every failure is recorded, never raised
        return HashResult(ef.exhibit_id, ef.path, None, None, problem=_describe(exc))
    media_type = sniff_media_type(head) if sniff else None
    # a disk image inside an archive is typed as one too, so that its status says what it is;
    # only one on disk is opened (see unread.image_in_archive)
    image = image_kind(ef.path, head) if sniff or (ef.on_disk and expand_archives) else None
    media_type = image or media_type
    problem = RECOVERED if recovered else None
    if digests.bytes_hashed != ef.size:
        problem = (f"size changed while reading: {ef.size} bytes when listed, "
                   f"{digests.bytes_hashed} read")
    members: tuple = ()
    skips: tuple = ()
    if expand_archives and image and ef.on_disk:
        try:
            found, skipped = list_image_members(ef, image, limits)
            members, skips = tuple(found), tuple(skipped) + check_stored_hashes(ef, image)
        except Exception as exc:  # noqa: BLE001
            skips = (Skip(ef.exhibit_id, ef.path, "image", f"disk image cannot be read: {_describe(exc)}"),)
            try:  # a damaged E01 chunk can stop the listing: the stored digests are checked still
                skips += check_stored_hashes(ef, image)
            except Exception:  # noqa: BLE001 - the skip above says the image cannot be read
                pass
    elif expand_archives and media_type in ARCHIVE_TYPES and not image:
        if ef.depth >= limits.max_depth:
            skips = (Skip(ef.exhibit_id, ef.path, "archive",
                          f"archive nested {ef.depth} deep, over the limit of {limits.max_depth}: "
                          "members not examined"),)
        else:
            try:
                with open_evidence(ef.locator, limits, nested=True) as stream:
                    found, skipped = list_members(ef, stream, limits)
                members, skips = tuple(found), tuple(skipped)
            except Exception as exc:  # noqa: BLE001
                skips = (Skip(ef.exhibit_id, ef.path, "archive",
                              f"archive cannot be listed: {_describe(exc)}"),)
    return HashResult(ef.exhibit_id, ef.path, digests, media_type, problem, members, skips)


def check_stored_hashes(ef: EvidenceFile, image: str) -> tuple[Skip, ...]:
    """An E01's media read again in full and checked against the digests stored in it at
    acquisition: a mismatch is recorded loudly (the image is damaged or was altered)."""
    if image != EWF_IMAGE:
        return ()
    digests, stored, _ = hash_media(ef.locator.disk_path, image, ("md5", "sha1"))
    bad = [f"{n.upper().replace('SHA1', 'SHA-1')} stored {v}, computed {digests.get(n)}" for n, v in sorted(stored.items())
           if digests.get(n) != v]
    if bad:
        return (Skip(ef.exhibit_id, ef.path, "image",
                     "E01 VERIFICATION FAILED: the media does not match the digests stored at acquisition ("
                     + "; ".join(bad) + "): the image is damaged or was altered; its files are listed as read"),)
    return ()


def hash_batch(
    batch: list[EvidenceFile],
    names: tuple[str, ...] = DIGEST_NAMES,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    expand_archives: bool = True,
    lone: bool = False,
    sniff: bool = True,
) -> list[HashResult]:
    """Hash a batch of files (members of one archive together reuse its opened directory).

    :param lone: this batch is all the work there is; a single large file in it is then hashed
        on two threads, since a pool of one file per worker would leave a core idle.
    """
    if lone and len(batch) == 1 and batch[0].size >= SPLIT_MIN_SIZE:
        return [hash_one(batch[0], names, None, limits, expand_archives, split=True, sniff=sniff)]
    cache = archive_cache(limits)
    return [hash_one(ef, names, cache, limits, expand_archives, sniff=sniff) for ef in batch]
