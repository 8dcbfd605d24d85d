"""The parse step for one content, run in a worker: choose parsers, run them, bound them.

Rules kept here:

* A content is parsed once (by BLAKE3), from its first file in (exhibit, path) order.
* Parsers are tried in priority order; the first that does not raise NotMyFormat is the one
  whose artifacts are kept. ParseError makes the content "skipped" (or "partial" when artifacts
  came before the error), with the parser's reason. Any other exception is a parser bug: it is
  recorded the same way with its type, and the run goes on.
* A content no parser accepted is ``not examined``, with the format named (never ``parsed``):
  an archive is the exception, as the hash stage opened it and listed its members.
* Each parser run is bounded in time (``Parser.TIMEOUT``) with an alarm in the worker process, so
  a hostile file cannot hang the scan.
* Every text is capped where the artifacts pass (``artifacts.MAX_TEXT_CHARS`` characters), whatever
  the parser: a longer one is cut, the artifact says where (``cut``), and the content is partial
  with the cut named in its reason, so nothing after this step holds a text of unbounded size.
* Memory stays bounded however many artifacts one file yields (a chat export of millions of
  messages): past ``SPILL_AFTER`` they go, stamped, to a temporary file in the run's spill folder
  that the main process reads back one by one as it records them, and that is removed once read.
  A worker that shares no folder with the main process (a Dask worker on another machine) is
  given no spill folder and sends every artifact back with its results.
"""

from __future__ import annotations

import os
import pickle
import posixpath
import signal
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from .artifact_check import ArtifactError, checked
from ..artifacts import ARTIFACT_TYPES, StampedArtifact, cap_text, describe_cut
from .executors import time_limit
from ..model import EvidenceFile
from ..parsers import FileInfo, NotMyFormat, ParseContext, ParseError, Parser
from ..intake.sniffing import SNIFF_SIZE
from ..intake.sources import ArchiveCache, display_path
from .unread import is_archive, unread_reason
from .workers import archive_cache


@dataclass(frozen=True)
class ParseTask:
    blake3: str
    file: EvidenceFile
    media_type: str
    sha256: str | None = None
    md5: str | None = None


#: Artifacts of one file kept in memory before the rest go to a spill file.
SPILL_AFTER = 5000


class SpilledArtifacts:
    """Stamped artifacts in a temporary file, read back in order, once; the file is removed
    when they have all been read. Picklable (it travels as its path and count)."""

    def __init__(self, path: str, count: int):
        self.path, self.count = path, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        with open(self.path, "rb") as f:
            for _ in range(self.count):
                yield pickle.load(f)
        os.unlink(self.path)

class _NotAnArtifact(TypeError):
    """A parser yielded something that is not an artifact record."""


class _Collector:
    """Stamps what a parser yields; spills to a temporary file past SPILL_AFTER."""

    def __init__(self, task: "ParseTask", parser: type[Parser], zone: str = "", spill_dir: str | None = None):
        self.task, self.parser, self.zone, self.spill_dir = task, parser, zone, spill_dir
        self.items: list[StampedArtifact] = []
        self.count = 0
        self.partial = False
        self.cuts: list[tuple[int, dict]] = []  # (ordinal, cut) of each text that was cut
        self.spill = None
        self.refused = 0  # artifacts that broke the contract (see artifact_check), dropped
        self.first_refusal = ""

    def add(self, a) -> None:
        if not isinstance(a, ARTIFACT_TYPES):
            raise _NotAnArtifact(f"yielded {type(a).__name__}, not an artifact")
        try:
            a = checked(a, self.zone)
        except ArtifactError as exc:
            self.refused += 1
            self.partial = True
            if not self.first_refusal:
                self.first_refusal = f"{type(a).__name__} #{self.count + self.refused}: {exc}"
            return
        a = cap_text(a)
        if getattr(a, "cut", None):
            self.cuts.append((self.count, a.cut))
        p = self.parser
        stamped = StampedArtifact(f"{self.task.blake3[:16]}:{p.NAME}:{self.count}", self.task.blake3,
                                  p.NAME, p.VERSION, self.count, a)
        self.count += 1
        self.partial = self.partial or bool(getattr(a, "partial", False)) or bool(getattr(a, "cut", None))
        if self.spill is None and (len(self.items) < SPILL_AFTER or self.spill_dir is None):
            self.items.append(stamped)
            return
        if self.spill is None:
            self.spill = tempfile.NamedTemporaryFile("wb", prefix="evidtriage-spill-", dir=self.spill_dir, delete=False)
            for s in self.items:
                pickle.dump(s, self.spill, protocol=pickle.HIGHEST_PROTOCOL)
            self.items = []
        pickle.dump(stamped, self.spill, protocol=pickle.HIGHEST_PROTOCOL)

    def result(self):
        if self.spill is None:
            return tuple(self.items)
        self.spill.close()
        return SpilledArtifacts(self.spill.name, self.count)

    def discard(self) -> None:
        if self.spill is not None:
            self.spill.close()
            os.unlink(self.spill.name)
            self.spill = None
        self.items, self.count, self.cuts = [], 0, []

    def cut_reason(self) -> str:
        """What was cut, for the content's reason ("" when nothing was)."""
        if not self.cuts:
            return ""
        first, cut = self.cuts[0]
        more = f" (and {len(self.cuts) - 1} more texts)" if len(self.cuts) > 1 else ""
        return f"; text of artifact {first} {describe_cut(cut)}{more}"


@dataclass(frozen=True)
class ParseResult:
    blake3: str
    status: str  # parsed | partial | skipped | not examined
    reason: str
    artifacts: tuple[StampedArtifact, ...] | SpilledArtifacts = ()
    parser: str | None = None


class _Timeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    """Raise :class:`_Timeout` in the block after ``seconds``. In a process's main thread (a local
    worker) by an alarm signal; in another thread (a Dask worker's task thread, where no signal
    reaches) by a timer thread that sets the exception in the block's thread. Either way it is
    raised between two Python steps: a long call into C code is stopped from outside (the local
    pool's :func:`~.executors.time_limit`; on Dask, the worker's memory limit only)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds):
            yield
        return

    def on_alarm(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_time_limit(seconds: float):
    import ctypes

    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"armed": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["armed"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
            timer.cancel()
            if state["fired"]:  # set as the block ended, not raised yet: it must not surface later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)


def file_info(task: ParseTask) -> FileInfo:
    # the name as the export wrote it (not the stored path's escaped form), for name patterns
    loc = task.file.locator
    name = posixpath.basename(loc.members[-1]) if loc.members else display_path(os.path.basename(loc.disk_path))
    return FileInfo(task.file.exhibit_id, task.file.path, name, task.file.size,
                    task.media_type or "application/octet-stream", task.blake3, task.sha256, task.md5,
                    task.file.locator)


def parse_one(task: ParseTask, candidates: list[type[Parser]], ctx: ParseContext,
              archives: ArchiveCache | None = None, spill_dir: str | None = None) -> ParseResult:
    """Parse one content with the first candidate that takes it.

    :param spill_dir: where artifacts past ``SPILL_AFTER`` go; None: all are kept in memory."""
    archives = archives or archive_cache()
    info = file_info(task)
    try:
        with archives.open(task.file.locator) as stream:
            head = stream.read(SNIFF_SIZE)
            stream.seek(0)
            chosen = [p for p in candidates if p.accepts(info, head)]
            for parser in chosen:
                got = _Collector(task, parser, ctx.timezone, spill_dir)
                try:
                    time_limit(parser.TIMEOUT)  # kept from outside too: the alarm waits for C code
                    with _time_limit(parser.TIMEOUT):
                        for a in parser().parse(info, stream, ctx):
                            got.add(a)
                except NotMyFormat:
                    got.discard()
                    stream.seek(0)
                    continue
                except _Timeout:
                    return _broken(task, parser, got, f"{parser.NAME}: gave up after {parser.TIMEOUT:g} s")
                except ParseError as exc:
                    return _broken(task, parser, got, f"{parser.NAME}: {exc}")
                except MemoryError:
                    got.discard()
                    return ParseResult(task.blake3, "skipped",
                                       f"{parser.NAME}: out of memory (over the worker's memory cap)", (), parser.NAME)
                except _NotAnArtifact as exc:
                    got.discard()
                    return ParseResult(task.blake3, "skipped", f"{parser.NAME} {exc}", (), parser.NAME)
                except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the run
                    return _broken(task, parser, got, f"{parser.NAME} failed ({type(exc).__name__}: {exc})")
                status = "partial" if got.partial else "parsed"
                cut = got.cut_reason()
                if got.refused:
                    note = f" ({got.refused} refused at the plugin boundary, the first {got.first_refusal})"
                else:
                    note = cut or (" (part of the file could not be read)" if got.partial else "")
                return ParseResult(task.blake3, status, f"{parser.NAME} {parser.VERSION}: {got.count} artifacts" + note,
                                   got.result(), parser.NAME)
    except Exception as exc:  # noqa: BLE001 - the file itself could not be opened again
        return ParseResult(task.blake3, "skipped", f"could not be read for parsing: {type(exc).__name__}: {exc}")
    if is_archive(task.media_type, task.file.on_disk):
        return ParseResult(task.blake3, "parsed", "archive: opened, its members are listed and examined as files")
    return ParseResult(task.blake3, "not examined", unread_reason(task.file.path, task.media_type))


def _broken(task: ParseTask, parser: type[Parser], got: _Collector, reason: str) -> ParseResult:
    if got.refused:
        reason += f"; {got.refused} artifacts refused at the plugin boundary, the first {got.first_refusal}"
    return ParseResult(task.blake3, "partial" if got.count else "skipped", reason + got.cut_reason(),
                       got.result(), parser.NAME)


def parse_batch(batch: list[ParseTask], spec, ctx: ParseContext, spill_dir: str | None) -> list[ParseResult]:
    """Run in a worker: parse each content of the batch with the plugins of this run.

    :param spec: the run's :class:`evidtriage.run.WorkerSpec` (plugins loaded once per process).
    :param spill_dir: the run's spill folder, or None (see the module's notes)."""
    from ..run import worker_plugins

    candidates = [e.cls for e in worker_plugins(spec).parsers]
    archives = archive_cache()  # kept open from batch to batch: see workers.archive_cache
    return [parse_one(t, candidates, ctx, archives, spill_dir) for t in batch]
