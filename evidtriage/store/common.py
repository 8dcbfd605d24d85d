"""What both of the tool's SQLite files share: UTC stamps, closing, and lists of values asked for
in parts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

#: Values bound in one statement's ``IN (...)``, at most (well inside SQLite's parameter limit).
IN_CHUNK = 500


def in_chunks(values: Iterable) -> Iterator[tuple[str, list]]:
    """``values`` in parts of :data:`IN_CHUNK`: (the part's placeholders ``?, ?, ...``, the part)."""
    values = list(values)
    for start in range(0, len(values), IN_CHUNK):
        part = values[start:start + IN_CHUNK]
        yield ", ".join("?" * len(part)), part


def utc_now() -> str:
    """Current UTC time, ISO 8601 with seconds and a ``Z``."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")



class _Database:
    """What both SQLite files share: closing, and use as a context manager."""

    conn: sqlite3.Connection

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
        return False
