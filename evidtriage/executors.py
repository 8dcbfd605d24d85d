"""Where per-file work runs: a local process pool sized to the cores, or inline.

Work is sent in batches (a few hundred small files, or about 64 MiB) to amortise the cost of
sending tasks between processes; at most two batches per worker are in flight, so memory stays
bounded however large the exhibit. Results come back as they finish; the caller (the main
process) is the only one that writes the case store.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from .workers import close_archive_cache

T = TypeVar("T")
R = TypeVar("R")

BATCH_FILES = 200
BATCH_BYTES = 64 * 1024 * 1024


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def make_batches(items: Iterable[T], size_of: Callable[[T], int],
                 max_files: int = BATCH_FILES, max_bytes: int = BATCH_BYTES) -> Iterator[list[T]]:
    """Group items, in order, into batches of at most ``max_files`` items or ``max_bytes``."""
    batch: list[T] = []
    total = 0
    for item in items:
        batch.append(item)
        total += size_of(item)
        if len(batch) >= max_files or total >= max_bytes:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _worker_init() -> None:
    # Per-file work is single-threaded; parallelism is across processes. Native libraries that
    # start their own thread pools (OpenMP in tesseract, BLAS) would oversubscribe the cores.
    for var in ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"


def run_batches(fn: Callable[..., list[R]], batches: Iterable[list[T]], workers: int,
                *args: Any) -> Iterator[tuple[list[T], list[R]]]:
    """Run ``fn(batch, *args)`` over batches; yield ``(batch, results)`` as each completes.

    With ``workers <= 1`` the work runs in this process, in order (useful for debugging and
    for tiny jobs).
    """
    # the archive a process keeps open between batches (workers.archive_cache) is closed before
    # forking (a shared descriptor's offset would be shared by the workers) and when the work
    # ends (the next stage, verify above all, must read the evidence afresh)
    close_archive_cache()
    if workers <= 1:
        try:
            for batch in batches:
                yield batch, fn(batch, *args)
        finally:
            close_archive_cache()
        return
    ctx = multiprocessing.get_context("fork")  # workers inherit loaded plugins and rule packs
    # what the workers inherit lives as long as they do: frozen, their garbage collector stops
    # walking it at every full collection (numba's objects alone cost 40 ms a collection)
    gc.freeze()
    try:
        yield from _run_pool(fn, batches, workers, ctx, *args)
    finally:
        gc.unfreeze()


def _run_pool(fn: Callable[..., list[R]], batches: Iterable[list[T]], workers: int, ctx,
              *args: Any) -> Iterator[tuple[list[T], list[R]]]:
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        pending: dict[Future, list[T]] = {}
        it = iter(batches)
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * workers:
                try:
                    batch = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending[pool.submit(fn, batch, *args)] = batch
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                batch = pending.pop(fut)
                yield batch, fut.result()
