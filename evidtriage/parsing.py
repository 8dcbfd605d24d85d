"""The parse step for one content, run in a worker: choose parsers, run them, bound them.

Rules kept here:

* A content is parsed once (by BLAKE3), from its first file in (exhibit, path) order.
* Parsers are tried in priority order; the first that does not raise NotMyFormat is the one
  whose artifacts are kept. ParseError makes the content "skipped" (or "partial" when artifacts
  came before the error), with the parser's reason. Any other exception is a parser bug: it is
  recorded the same way with its type, and the run goes on.
* Each parser run is bounded in time (``Parser.TIMEOUT``) with an alarm in the worker process, so
  a hostile file cannot hang the scan.
"""

from __future__ import annotations

import posixpath
import signal
from contextlib import contextmanager
from dataclasses import dataclass

from .artifacts import ARTIFACT_TYPES, StampedArtifact
from .model import CONTAINER_SEP, EvidenceFile
from .parsers import FileInfo, NotMyFormat, ParseContext, ParseError, Parser
from .plugins import load_plugins
from .sniffing import SNIFF_SIZE
from .sources import open_evidence


@dataclass(frozen=True)
class ParseTask:
    blake3: str
    file: EvidenceFile
    media_type: str
    sha256: str | None = None
    md5: str | None = None


@dataclass(frozen=True)
class ParseResult:
    blake3: str
    status: str  # parsed | partial | skipped
    reason: str
    artifacts: tuple[StampedArtifact, ...] = ()
    parser: str | None = None


class _Timeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float):
    if not seconds or seconds <= 0:
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


def file_info(task: ParseTask) -> FileInfo:
    last = task.file.path.rsplit(CONTAINER_SEP, 1)[-1]
    return FileInfo(task.file.exhibit_id, task.file.path, posixpath.basename(last), task.file.size,
                    task.media_type or "application/octet-stream", task.blake3, task.sha256, task.md5)


def _stamp(task: ParseTask, parser: type[Parser], items: list) -> tuple[StampedArtifact, ...]:
    out = []
    for i, a in enumerate(items):
        if not isinstance(a, ARTIFACT_TYPES):
            raise TypeError(f"yielded {type(a).__name__}, not an artifact")
        out.append(StampedArtifact(f"{task.blake3[:16]}:{parser.NAME}:{i}", task.blake3,
                                   parser.NAME, parser.VERSION, i, a))
    return tuple(out)


def parse_one(task: ParseTask, candidates: list[type[Parser]], ctx: ParseContext) -> ParseResult:
    info = file_info(task)
    try:
        with open_evidence(task.file.locator) as stream:
            head = stream.read(SNIFF_SIZE)
            stream.seek(0)
            chosen = [p for p in candidates if p.accepts(info, head)]
            for parser in chosen:
                items: list = []
                try:
                    with _time_limit(parser.TIMEOUT):
                        for a in parser().parse(info, stream, ctx):
                            items.append(a)
                except NotMyFormat:
                    stream.seek(0)
                    continue
                except _Timeout:
                    reason = f"{parser.NAME}: gave up after {parser.TIMEOUT:g} s"
                    return _broken(task, parser, items, reason)
                except ParseError as exc:
                    return _broken(task, parser, items, f"{parser.NAME}: {exc}")
                except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the run
                    return _broken(task, parser, items, f"{parser.NAME} failed ({type(exc).__name__}: {exc})")
                stamped = _stamp(task, parser, items)
                partial = any(getattr(a.artifact, "partial", False) for a in stamped)
                status = "partial" if partial else "parsed"
                return ParseResult(task.blake3, status,
                                   f"{parser.NAME} {parser.VERSION}: {len(stamped)} artifacts"
                                   + (" (part of the file could not be read)" if partial else ""),
                                   stamped, parser.NAME)
    except Exception as exc:  # noqa: BLE001 - the file itself could not be opened again
        return ParseResult(task.blake3, "skipped", f"could not be read for parsing: {type(exc).__name__}: {exc}")
    return ParseResult(task.blake3, "parsed",
                       f"hashed and typed only: no parser for {task.media_type or 'unknown type'}")


def _broken(task: ParseTask, parser: type[Parser], items: list, reason: str) -> ParseResult:
    try:
        stamped = _stamp(task, parser, items)
    except TypeError as exc:
        return ParseResult(task.blake3, "skipped", f"{parser.NAME} {exc}", (), parser.NAME)
    return ParseResult(task.blake3, "partial" if stamped else "skipped", reason, stamped, parser.NAME)


def parse_batch(batch: list[ParseTask], plugins_dirs: tuple[str, ...], ctx: ParseContext) -> list[ParseResult]:
    """Run in a worker: parse each content of the batch with the plugins of this run."""
    plugins = load_plugins(plugins_dirs)
    candidates = [e.cls for e in plugins.parsers]
    return [parse_one(t, candidates, ctx) for t in batch]
