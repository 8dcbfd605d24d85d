"""Single-pass multi-digest hashing.

Every byte of a file is read once, into a reused buffer, and fed to each requested digest in
turn (MD5, SHA-1, SHA-256 from OpenSSL through hashlib; BLAKE3 from the blake3 package). The
number of bytes hashed is returned with the digests, so that a short read (a file that shrank,
a reader bug) is visible instead of silently producing digests of part of a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import BinaryIO

import blake3

from ..errors import UserError
from ..model import DIGEST_NAMES, Digests

#: Read size: 64 KiB to 8 MiB measured within noise on this class of machine; 1 MiB is the middle.
CHUNK_SIZE = 1 << 20


def parse_digest_names(spec: str | Iterable[str]) -> tuple[str, ...]:
    """Turn ``"md5,sha256"`` (or a list) into a validated tuple in canonical order."""
    names = [n.strip().lower().replace("-", "") for n in (spec.split(",") if isinstance(spec, str) else spec)]
    names = [n for n in names if n]
    unknown = sorted(set(names) - set(DIGEST_NAMES))
    if unknown:
        raise UserError(f"unknown digest {', '.join(unknown)}: choose from {', '.join(DIGEST_NAMES)}")
    if not names:
        raise UserError(f"no digest chosen: choose from {', '.join(DIGEST_NAMES)}")
    return tuple(n for n in DIGEST_NAMES if n in names)


def file_sha256(path) -> str:
    """SHA-256 of a (non-evidence) file such as a report or a hash set, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            h.update(chunk)
    return h.hexdigest()


def _new(name: str):
    if name == "blake3":
        # max_threads stays 1: parallelism comes from the worker pool, across files.
        return blake3.blake3()
    return hashlib.new(name)


def hash_stream(
    stream: BinaryIO,
    names: tuple[str, ...] = DIGEST_NAMES,
    head_size: int = 0,
    buffer: bytearray | None = None,
) -> tuple[Digests, bytes]:
    """Hash everything readable from ``stream`` in one pass.

    :param names: digests to compute, from :data:`DIGEST_NAMES`.
    :param head_size: also return up to this many leading bytes (for type sniffing).
    :param buffer: a reusable buffer (a worker keeps one); allocated when not given.
    :return: the digests and the leading bytes.
    """
    hashers = [_new(n) for n in names]
    buf = buffer if buffer is not None else bytearray(CHUNK_SIZE)
    view = memoryview(buf)
    total = 0
    head = b""
    readinto = getattr(stream, "readinto", None)
    while True:
        if readinto is not None:
            n = readinto(view)
            if not n:
                break
            chunk = view[:n]
        else:  # streams without readinto (rare)
            data = stream.read(len(buf))
            if not data:
                break
            n = len(data)
            chunk = memoryview(data)
        if total < head_size:
            head += bytes(chunk[: head_size - total])
        for h in hashers:
            h.update(chunk)
        total += n
    values = {n: h.hexdigest() for n, h in zip(names, hashers)}
    return Digests(bytes_hashed=total, **values), head


#: Files at least this big, with nothing else to hash beside them, are hashed with the digests
#: split over two threads (MD5 alone on one, the rest on the other): MD5 is the slowest digest
#: and the single-core ceiling for all four together.
SPLIT_MIN_SIZE = 256 * 1024 * 1024
_SPLIT_GROUPS = (("md5",), ("sha1", "sha256", "blake3"))


def hash_stream_split(
    stream: BinaryIO, names: tuple[str, ...] = DIGEST_NAMES, head_size: int = 0
) -> tuple[Digests, bytes]:
    """Like :func:`hash_stream`, with the digests computed on two threads.

    hashlib and blake3 release the GIL while hashing, so one file is hashed on two cores. Each
    chunk is a fresh immutable ``bytes`` shared by both threads; bounded queues keep memory at a
    few chunks.
    """
    import queue
    import threading

    groups = [[n for n in g if n in names] for g in _SPLIT_GROUPS]
    groups = [g for g in groups if g]
    if len(groups) < 2:
        return hash_stream(stream, names, head_size)
    hashers = {n: _new(n) for n in names}
    queues = [queue.Queue(maxsize=8) for _ in groups]
    failures: list[BaseException] = []

    def consume(q: queue.Queue, group: list[str]) -> None:
        hs = [hashers[n] for n in group]
        while (chunk := q.get()) is not None:
            if failures:
                continue  # keep draining so the reader never blocks
            try:
                for h in hs:
                    h.update(chunk)
            except BaseException as exc:  # noqa: BLE001 - reported by the caller
                failures.append(exc)

    threads = [threading.Thread(target=consume, args=(q, g), daemon=True) for q, g in zip(queues, groups)]
    for t in threads:
        t.start()
    total = 0
    head = b""
    try:
        while chunk := stream.read(CHUNK_SIZE):
            if total < head_size:
                head += chunk[: head_size - total]
            total += len(chunk)
            for q in queues:
                q.put(chunk)
    finally:
        for q in queues:
            q.put(None)
        for t in threads:
            t.join()
    if failures:
        raise failures[0]
    return Digests(bytes_hashed=total, **{n: h.hexdigest() for n, h in hashers.items()}), head
