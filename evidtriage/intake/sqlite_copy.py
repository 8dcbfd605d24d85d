"""Reading an app's SQLite database from evidence: always through a private copy.

Why: SQLite may write beside a database it opens (journals, WAL, shared memory), and ``ATTACH``
ignores read-only mode, so the evidence file is never opened by SQLite. Its read-only stream is
copied into a private temporary folder with its ``-wal`` (recent writes not yet checkpointed)
and its ``-journal`` (an interrupted transaction) when the extraction holds them beside it; the
copy is opened ``immutable`` (read-only, nothing written even beside it) or, when a log was copied,
read-write, which SQLite needs to apply the log. It is our own copy, never the evidence. The
folder is removed afterwards. Copies above ``MAX_BYTES`` are refused as a parse error rather
than filling the disk.

Plugins use :func:`database_copy` (exported as ``evidtriage.database_copy``).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from urllib.request import pathname2url

from ..parsers import FileInfo, ParseError

MAX_BYTES = 4 * 1024 ** 3
CHUNK = 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
LOGS = ("-wal", "-journal")


def copy_to(stream, path: str, limit: int = MAX_BYTES) -> None:
    """Copy a read-only evidence stream to ``path`` (a private temporary file)."""
    size = 0
    with open(path, "wb") as out:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise ParseError(f"database larger than {limit} bytes: not copied for reading")
            out.write(chunk)


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


@contextmanager
def database_copy(file: FileInfo, stream=None, name: str = "", path: str = "") -> Iterator[sqlite3.Connection | None]:
    """A connection to a private copy of a database in the evidence.

    :param file: the file the parser was given.
    :param stream: its read-only stream (the database itself), or None with ``name`` or ``path``.
    :param name: instead, a database beside ``file`` (``wa.db`` beside ``msgstore.db``); yields
        None when the extraction has no such file.
    :param path: instead, a database elsewhere in the same exhibit (or the same archive), by its
        exhibit path as findings.json writes it (``contacts2.db`` of another app's folder for
        ``mmssms.db``); its own ``-wal``/``-journal`` are taken from beside it. Yields None when
        there is no such regular file (links and ``..`` are never followed).
    :return: a connection; damaged text cells read as U+FFFD rather than raising.
    """
    with ExitStack() as stack:
        if path:
            other = _file_at(file, path)
            if other is None:
                yield None
                return
            from .sources import open_evidence

            try:
                stream = stack.enter_context(open_evidence(other.locator))
            except (OSError, KeyError, ValueError):
                yield None
                return
            file = other
        elif name:
            stream = stack.enter_context(file.sibling(name))
            if stream is None:
                yield None
                return
        base = name or file.name
        folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="evidtriage-sqlite-"))
        copy = os.path.join(folder, "copy.db")
        copy_to(stream, copy)
        logged = False
        for suffix in LOGS:
            with file.sibling(base + suffix) as log:
                if log is not None:
                    copy_to(log, copy + suffix)
                    logged = True
        mode = "rw" if logged else "ro&immutable=1"
        con = sqlite3.connect(f"file:{pathname2url(copy)}?mode={mode}", uri=True)
        con.text_factory = _lenient_text
        try:
            yield con
        finally:
            con.close()


def _file_at(file: FileInfo, path: str) -> FileInfo | None:
    """The :class:`FileInfo` of another regular file of the same exhibit, for reading it."""
    import dataclasses
    import posixpath

    from .sources.sibling import relative_locator

    loc = relative_locator(file.locator, file.path, path) if file.locator is not None else None
    if loc is None:
        return None
    return dataclasses.replace(file, path=path, name=posixpath.basename(path.rsplit("!/", 1)[-1]), size=0,
                               media_type="", blake3="", sha256=None, md5=None, locator=loc)
