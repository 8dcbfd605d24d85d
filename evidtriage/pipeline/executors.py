"""Where per-file work runs: a local process pool sized to the cores, or inline.

Work is sent in batches (a few hundred small files, or about 64 MiB) to amortise the cost of
sending tasks between processes; at most two batches per worker are in flight, so memory stays
bounded however large the exhibit. Results come back as they finish; the caller (the main
process) is the only one that writes the case store.

A worker that dies or overruns costs only its file (:class:`Isolation`): its batch is run again
one file at a time, each in a fresh worker, and the file whose worker dies again is returned as
the caller's failure record ("worker died: out of memory", "killed after N s") while the run goes
on. Time limits are kept from outside the worker (the main process kills it): an alarm inside
is only seen by Python when a C call returns. Each worker's memory is capped, so a file that
would take all the machine's memory fails in its own worker: in a cgroup v2 of its own
(``memory.max``) where the system delegates one (:mod:`.cgroups`), else by its address space
(``RLIMIT_AS``); :func:`memory_cap_description` says which, for the run manifest.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from multiprocessing.connection import wait as wait_ready
from typing import Any, Generic, TypeVar

from .cgroups import CgroupMemory, find_cgroup_memory
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


#: Address space each isolated worker may add to what it inherits from the main process.
DEFAULT_WORKER_MEMORY = 3 * 1024**3
#: Seconds an isolated worker gets beyond the limit it announced (see :func:`time_limit`) before
#: it is killed from outside; the alarm inside the worker gets the first chance to stop cleanly.
GRACE_SECONDS = 10.0


@dataclass(frozen=True)
class Isolation(Generic[T, R]):
    """How a stage contains a worker that dies or overruns.

    :param failed: the result recorded for an item whose own worker died: ``failed(item, reason)``.
    :param item_seconds: seconds one item may take, until the worker announces a limit itself.
    :param memory_bytes: address space a worker may add to what it inherits (0: no cap).
    """

    failed: Callable[[T, str], R]
    item_seconds: Callable[[T], float] = lambda _: 300.0
    memory_bytes: int = DEFAULT_WORKER_MEMORY


#: In an isolated worker, the connection to the main process (None elsewhere).
_conn = None


def time_limit(seconds: float) -> None:
    """Called in a worker when it starts a step that may take up to ``seconds``: the main
    process kills the worker if the step is not over ``GRACE_SECONDS`` later. No-op elsewhere."""
    if _conn is not None and seconds and seconds > 0:
        _conn.send(("limit", float(seconds)))


_cgroup: tuple[CgroupMemory | None, str] | None = None


def worker_cgroup() -> tuple[CgroupMemory | None, str]:
    """The cgroup v2 workers are capped in, or None and why not (looked for once a process)."""
    global _cgroup
    if _cgroup is None:
        _cgroup = find_cgroup_memory()
    return _cgroup


def memory_cap_method(memory_bytes: int) -> str:
    """Which cap applies to each worker: ``cgroup v2``, ``RLIMIT_AS`` or ``none``."""
    if not memory_bytes:
        return "none"
    return "cgroup v2" if worker_cgroup()[0] is not None else "RLIMIT_AS"


def memory_cap_description(memory_bytes: int) -> str:
    """How a worker's memory is capped, for the run manifest."""
    if not memory_bytes:
        return "none"
    cgroup, why_not = worker_cgroup()
    if cgroup is not None:
        return (f"cgroup v2: memory.max {memory_bytes} bytes (no swap) for each worker, in a cgroup of "
                f"its own under {cgroup.parent}; a file that needs more is a recorded skip")
    return (f"RLIMIT_AS: {memory_bytes} bytes of address space over what each worker inherits; "
            f"a file that needs more is a recorded skip (no cgroup v2: {why_not})")


def run_batches(fn: Callable[..., list[R]], batches: Iterable[list[T]], workers: int,
                *args: Any, isolation: Isolation | None = None) -> Iterator[tuple[list[T], list[R]]]:
    """Run ``fn(batch, *args)`` over batches; yield ``(batch, results)`` as each completes.

    With ``isolation``, the work runs in worker processes however few are asked for, and a
    worker that dies or overruns costs only its item (see :class:`Isolation`); the batches
    yielded are then the batches sent, or single items of a batch that failed. Without it,
    ``workers <= 1`` runs the work in this process, in order (useful for debugging and for tiny
    jobs).
    """
    # the archive a process keeps open between batches (workers.archive_cache) is closed before
    # forking (a shared descriptor's offset would be shared by the workers) and when the work
    # ends (the next stage, verify above all, must read the evidence afresh)
    close_archive_cache()
    if isolation is not None:
        gc.freeze()  # see below
        try:
            yield from _run_isolated(fn, batches, max(1, workers), isolation, args)
        finally:
            gc.unfreeze()
        return
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


def _cap_memory(memory_bytes: int) -> None:
    """Cap this process's address space at what it has now plus ``memory_bytes``."""
    if not memory_bytes:
        return
    try:
        with open("/proc/self/statm") as f:
            inherited = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        inherited = 0
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = inherited + memory_bytes
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _isolated_worker(conn, fn, args, memory_bytes: int) -> None:
    global _conn
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides when work stops
    _worker_init()
    _cap_memory(memory_bytes)
    _conn = conn
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        try:
            reply = ("done", fn(batch, *args))
        except MemoryError:
            reply = ("failed", "worker died: out of memory")
        except BaseException as exc:  # noqa: BLE001 - reported to the main process, which decides
            reply = ("failed", f"worker failed: {type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("failed", "worker died: out of memory (while sending its results)"))


class _Worker:
    def __init__(self, ctx, fn, args, memory_bytes: int):
        self.conn, child = ctx.Pipe()
        cgroup = worker_cgroup()[0] if memory_bytes else None
        self.cgroup: str | None = None
        self.memory_bytes = memory_bytes
        # in a cgroup, memory.max is the cap; RLIMIT_AS only where there is none
        rlimit = 0 if cgroup is not None else memory_bytes
        self.proc = ctx.Process(target=_isolated_worker, args=(child, fn, args, rlimit), daemon=True)
        self.proc.start()
        child.close()
        if cgroup is not None:
            try:
                self.cgroup = cgroup.add_worker(self.proc.pid, memory_bytes)
            except OSError as exc:
                # the cgroup refused it: this worker must not run uncapped; it and the next use RLIMIT_AS
                global _cgroup
                _cgroup = (None, f"a worker could not be put in a cgroup of {cgroup.parent}: {exc.strerror or exc}")
                self.proc.kill()
                self.proc.join()
                self.conn.close()
                self.__init__(ctx, fn, args, memory_bytes)
        self.job: tuple[list, bool] | None = None  # (batch, alone)
        self.started = self.deadline = 0.0
        self.limit = 0.0

    def send(self, batch: list, alone: bool, seconds: float) -> None:
        self.job = (batch, alone)
        self.started = time.monotonic()
        self.limit = seconds
        self.deadline = self.started + seconds
        self.conn.send(batch)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()
        self._leave_cgroup()

    def _leave_cgroup(self) -> None:
        if self.cgroup is not None:
            CgroupMemory.remove(self.cgroup)
            self.cgroup = None

    def death_reason(self) -> str:
        if self.cgroup is not None and CgroupMemory.oom_killed(self.cgroup):
            return f"worker died: out of memory (over its cgroup's memory.max of {self.memory_bytes} bytes)"
        return _death_reason(self.proc)

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()
        self._leave_cgroup()


def _death_reason(proc) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        sig = -code
        if sig == signal.SIGKILL:
            return "worker died: killed (SIGKILL; most often the system ran out of memory)"
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"worker died: {name}"
    return f"worker died: exit status {code}"


def _run_isolated(fn, batches, workers: int, iso: Isolation, args) -> Iterator[tuple[list, list]]:
    ctx = multiprocessing.get_context("fork")
    pool = [_Worker(ctx, fn, args, iso.memory_bytes) for _ in range(workers)]
    retry: deque[list] = deque()  # items of failed batches, each to run alone
    it = iter(batches)
    exhausted = False
    try:
        while True:
            for i, w in enumerate(pool):
                if w.job is not None:
                    continue
                if not w.proc.is_alive():  # died after its last answer
                    w.kill()
                    pool[i] = w = _Worker(ctx, fn, args, iso.memory_bytes)
                if retry:
                    item = retry.popleft()
                    w.send([item], True, iso.item_seconds(item))
                elif not exhausted:
                    try:
                        batch = next(it)
                    except StopIteration:
                        exhausted = True
                        continue
                    w.send(batch, False, sum(iso.item_seconds(x) for x in batch))
            busy = [w for w in pool if w.job is not None]
            if not busy:
                return
            now = time.monotonic()
            timeout = max(0.0, min(w.deadline for w in busy) - now)
            wait_ready([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
            for i, w in enumerate(pool):
                if w.job is None:
                    continue
                batch, alone = w.job
                reason = None
                try:
                    while w.conn.poll():
                        kind, value = w.conn.recv()
                        if kind == "limit":
                            w.limit = value
                            w.deadline = time.monotonic() + value + GRACE_SECONDS
                            continue
                        w.job = None
                        if kind == "done":
                            yield batch, value
                        else:
                            reason = value
                        break
                except (EOFError, OSError):
                    w.proc.join(5)
                    reason = w.death_reason()
                if w.job is not None and reason is None:
                    if not w.proc.is_alive():
                        reason = w.death_reason()
                    elif time.monotonic() > w.deadline:
                        reason = f"killed after {time.monotonic() - w.started:.0f} s (its limit: {w.limit:g} s)"
                if reason is None:
                    continue
                # the worker is gone or not to be trusted: a fresh one takes its place
                w.job = None
                w.kill()
                pool[i] = _Worker(ctx, fn, args, iso.memory_bytes)
                if alone:
                    yield batch, [iso.failed(batch[0], reason)]
                else:
                    retry.extend(batch)
    finally:
        for w in pool:
            if w.job is not None:
                w.kill()
            else:
                w.stop()


class Executor:
    """Where a stage's batches run. Every executor yields ``(batch, results)`` as batches finish,
    in any order; the caller (the main process) records them in the store.

    :meth:`map_batches` takes the worker function and its extra arguments, which must be
    picklable values (no closures over the main process's state), so that the same call runs in
    a local process or on a Dask worker.
    """

    name = "executor"
    #: Whether the workers are forked from this process, and so inherit what it has built (the
    #: local pool); others build their own (Dask workers).
    forks_workers = False

    def map_batches(self, fn: Callable[..., list[R]], batches: Iterable[list[T]], *args: Any,
                    isolation: Isolation | None = None, lone: bool = False) -> Iterator[tuple[list[T], list[R]]]:
        """Run ``fn(batch, *args)`` for each batch. ``lone``: this is all the work there is (one
        file); a local executor runs it in one worker."""
        raise NotImplementedError

    def describe(self) -> dict:
        """Where the work ran, for the custody log (not the run manifest: findings do not depend on it)."""
        return {"executor": self.name}

    def containment(self, memory_bytes: int) -> dict:
        """How a worker that dies, overruns or overeats is contained, for the run manifest."""
        raise NotImplementedError

    def capacity(self) -> int:
        """How many batches run at once."""
        return 1

    def spill_dir(self, run_spill: str | None) -> str | None:
        """Where workers spill the artifacts of very large files: a folder the main process reads,
        or None to send them back with the results."""
        return run_spill

    def close(self) -> None:
        pass


class LocalExecutor(Executor):
    """A process pool on this machine, one worker per core (or ``workers``)."""

    name = "local"
    forks_workers = True

    def __init__(self, workers: int):
        self.workers = max(1, workers)

    def map_batches(self, fn, batches, *args, isolation=None, lone=False):
        return run_batches(fn, batches, 1 if lone else self.workers, *args, isolation=isolation)

    def describe(self) -> dict:
        return {"executor": self.name, "workers": self.workers}

    def capacity(self) -> int:
        return self.workers

    def containment(self, memory_bytes: int) -> dict:
        return {
            "memory_cap_method": memory_cap_method(memory_bytes),
            "memory_cap": memory_cap_description(memory_bytes),
            "time_limits": f"each parser's TIMEOUT, kept from outside the worker ({GRACE_SECONDS:g} s grace); "
                           "a worker that dies or overruns costs only its file, recorded as skipped",
        }
