"""Per-file work on a Dask cluster: ``--executor dask-local`` or ``--executor dask://HOST:PORT``.

The same worker functions as the local pool run on Dask workers; the results come back to the
main process, the only one that writes the case store, which records them as they arrive (in
any order: the store and the findings do not depend on it). What keeps a distributed run
equal to a local one:

* Every worker is checked before any work is sent (``client.run``): it must load the same
  evidtriage, plugin API and parser versions as the run manifest names, or the run is refused
  with what differs. A worker that joins later is checked by its first task, which refuses to
  work the same way. The rule packs are not looked up on the workers: they travel with the
  work, so every worker matches with exactly this run's packs.
* A worker lost mid-batch (killed, out of memory, its machine gone) has its batches run again
  elsewhere by the scheduler (``distributed.scheduler.allowed-failures``); a batch that kills
  its workers every time is then run one file at a time, and the file whose worker dies is
  recorded as skipped with the reason, as the local pool does.
* Workers run one task at a time (``--nthreads 1``): per-file work keeps one open archive per
  process, and native libraries (tesseract, BLAS) start their own threads.
* Evidence paths are translated with ``--evidence-map`` (:mod:`evidtriage.pathmap`) on the way
  out and back.
* The artifacts of a very large file are spilled to a folder the main process reads (a
  LocalCluster's workers share this machine's; other workers only with ``--spill-dir``, a shared
  folder); without one they come back with the results.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import zlib
import time
from collections import deque
from concurrent.futures import CancelledError

from ..errors import UserError
from .executors import Executor, Isolation, _worker_init, default_workers
from .pathmap import PathMap
from ..run import WorkerMismatch, WorkerSpec, build_matcher_meanwhile, check_worker, worker_plugins

#: Seconds to wait for a scheduler to answer, and for it to have a worker.
CONNECT_SECONDS = 20
#: Times a batch is sent again when its result was lost with its worker after it was done.
LOST_RESULTS = 3


def pack_spec(spec: WorkerSpec) -> bytes:
    """The spec as every task carries it (about 75 KB with the built-in packs). Sent by value, not
    scattered once: a task that depends on scattered data is cancelled when the worker holding it
    is lost, and a lost worker must cost nothing."""
    return zlib.compress(pickle.dumps(spec, protocol=pickle.HIGHEST_PROTOCOL), 6)


_unpacked: dict[bytes, WorkerSpec] = {}  # this worker process's spec, by digest: unpickled once


def _unpack_spec(blob: bytes) -> WorkerSpec:
    digest = hashlib.blake2b(blob, digest_size=16).digest()
    spec = _unpacked.get(digest)
    if spec is None:
        _unpacked.clear()
        spec = _unpacked[digest] = pickle.loads(zlib.decompress(blob))
    return spec


def _call(fn, batch, args, blob: bytes):
    """Run on a Dask worker: check the worker once, then do the batch's work."""
    spec = _unpack_spec(blob)
    _worker_init()
    try:
        worker_plugins(spec)
    except WorkerMismatch as exc:  # a worker unlike the run manifest, which joined after the check
        from distributed import get_worker

        raise WorkerMismatch(f"{get_worker().address}\0{exc}") from None
    return fn(batch, *args)


def _build_matcher_meanwhile(blob: bytes) -> None:
    build_matcher_meanwhile(_unpack_spec(blob))


class DaskExecutor(Executor):
    """Batches sent to a Dask cluster, at most two per worker in flight.

    :param address: ``HOST:PORT`` of a running scheduler, or None for a LocalCluster.
    :param workers: LocalCluster workers (0: one per core).
    """

    def __init__(self, address: str | None, spec: WorkerSpec, paths: PathMap, workers: int = 0,
                 memory_bytes: int = 0, shared_spill: bool = False):
        from distributed import Client, LocalCluster

        self.cluster = None
        self.paths = paths
        self.shared_spill = shared_spill
        self.spec = spec
        try:
            if address is None:
                self.name = "dask-local"
                self.cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                            processes=True, dashboard_address=None,
                                            memory_limit=memory_bytes or "auto", silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            else:
                self.name = f"dask://{address}"
                # results come straight from the workers, not through the scheduler a second time
                self.client = Client(address if "://" in address else f"tcp://{address}", timeout=CONNECT_SECONDS,
                                     direct_to_workers=True)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise UserError(f"no Dask scheduler answers at {address} ({exc}): start one with 'dask scheduler' "
                            "and its workers with 'dask worker' (see docs/lab-guide.md)") from None
        try:
            self._check_workers()
            self._spec = pack_spec(spec)
            # each worker compiles the run's matcher while it hashes and parses, not when the
            # first texts reach it
            self.client.run(_build_matcher_meanwhile, self._spec)
        except BaseException:
            self.close()
            raise

    def _check_workers(self) -> None:
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError:
            raise UserError(f"the Dask scheduler {self.name} has no workers: start some with "
                            "'dask worker HOST:PORT --nthreads 1' (see docs/lab-guide.md)") from None
        workers = self.client.scheduler_info(n_workers=-1)["workers"]
        many = sorted(a for a, w in workers.items() if w.get("nthreads", 1) != 1)
        if many:
            raise UserError(f"Dask worker {many[0]} runs {workers[many[0]]['nthreads']} threads: evidtriage needs "
                            "one task at a time per worker process; start it with 'dask worker --nthreads 1' "
                            "(and --nworkers for more processes)")
        found = self.client.run(check_worker, self.spec, on_error="return")
        for address, what in sorted(found.items()):
            if isinstance(what, BaseException):
                what = f"the check failed there: {type(what).__name__}: {what}"
            if what:
                raise UserError(_refusal(address, what))
        self.workers = len(workers)

    def describe(self) -> dict:
        return {"executor": self.name, "workers": self.capacity()}

    def capacity(self) -> int:
        try:
            return max(1, len(self.client.scheduler_info(n_workers=-1)["workers"]))
        except Exception:  # noqa: BLE001 - a guess is enough for batch sizes
            return max(1, getattr(self, "workers", 1))

    def containment(self, memory_bytes: int) -> dict:
        return {
            "memory_cap_method": "dask worker memory limit",
            "memory_cap": "each Dask worker's --memory-limit: its nanny restarts a worker that passes it; "
                          "a batch whose worker dies is run again by the scheduler, then one file at a time, "
                          "and a file whose worker dies is recorded as skipped",
            "time_limits": "parsers run in the Dask worker's task thread, where a timer thread stops one that "
                           "overruns its TIMEOUT in Python code; one stuck in C code holds its worker until "
                           "the call returns (nothing kills it from outside)",
        }

    def spill_dir(self, run_spill: str | None) -> str | None:
        # a LocalCluster shares this machine's folders, as does a worker given --spill-dir (under
        # its own path for it); any other worker sends every artifact back with its results
        if self.cluster is not None or run_spill is None:
            return run_spill
        return self.paths.to_remote(run_spill) if self.shared_spill else None

    def map_batches(self, fn, batches, *args, isolation: Isolation | None = None, lone: bool = False):
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        done = as_completed()
        pending: dict = {}  # future -> (batch, alone)
        retry: deque = deque()  # items of a batch that killed its workers, each to run alone
        it = iter(batches)
        exhausted = False

        def submit(batch: list, alone: bool, lost: int = 0) -> None:
            remote = [self.paths.item_to_remote(x) for x in batch]
            fut = self.client.submit(_call, fn, remote, args, self._spec, pure=False)
            pending[fut] = (batch, alone, lost)
            done.add(fut)

        limit, asked = 2 * self.capacity(), time.monotonic()
        try:
            while True:
                if time.monotonic() - asked > 2:  # workers come and go: ask the scheduler now and then
                    limit, asked = 2 * self.capacity(), time.monotonic()
                while len(pending) < limit and (retry or not exhausted):
                    if retry:
                        submit([retry.popleft()], True)
                        continue
                    try:
                        submit(next(it), False)
                    except StopIteration:
                        exhausted = True
                if not pending:
                    return
                fut = next(done)
                batch, alone, lost = pending.pop(fut)
                try:
                    results = fut.result()
                except WorkerMismatch as exc:
                    raise UserError(_refusal(*str(exc).split("\0", 1))) from None
                except KilledWorker as exc:
                    if isolation is None:
                        raise UserError(f"Dask workers died running a batch ({exc})") from None
                    if alone:
                        yield batch, [isolation.failed(batch[0], "worker died: every Dask worker that ran it was lost")]
                    else:
                        retry.extend(batch)
                    continue
                except CancelledError:
                    # done, then its result was lost with its worker before it reached us: run it
                    # again (a few times: then it counts as a batch that kills its workers)
                    if lost < LOST_RESULTS:
                        submit(batch, alone, lost + 1)
                    elif isolation is not None and not alone:
                        retry.extend(batch)
                    elif isolation is not None:
                        yield batch, [isolation.failed(batch[0], "worker died: its result was lost with its Dask worker")]
                    else:
                        raise UserError("a batch's result was lost with its Dask worker, again and again") from None
                    continue
                finally:
                    fut.release()
                yield batch, [self.paths.result_to_local(r) for r in results]
        finally:
            for fut in pending:
                fut.cancel()

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def _refusal(address: str, what: str) -> str:
    return (f"Dask worker {address} is refused, it differs from this run's manifest: {what}; install the same "
            "evidtriage and plugins there, or stop that worker (see docs/lab-guide.md)")
