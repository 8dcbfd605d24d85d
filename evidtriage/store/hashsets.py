"""Known-hash sets (``hashset import``), in their own SQLite file shared by an examiner's cases."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..errors import CaseError
from .common import _Database, _Transaction, utc_now
from .schema import HASHSET_SCHEMA, _split_sql


class HashSetLibrary(_Database):
    """Known-hash sets, in their own SQLite file shared by the cases of one examiner.

    Digests are stored as raw bytes (16, 20 or 32 of them: the length tells MD5, SHA-1 and
    SHA-256 apart), keyed for lookup; a set is imported in one transaction, so a set that fails
    half-way leaves nothing behind.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            for statement in _split_sql(HASHSET_SCHEMA):
                self.conn.execute(statement)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise CaseError(f"hash-set library {self.path} cannot be opened: {exc}") from None

    def add_set(self, name: str, kind: str, fmt: str, source: str, sha256: str,
                entries: Iterable[tuple[bytes, str]]) -> int:
        """Insert a whole set atomically; ``entries`` are (raw digest, category). Returns the count."""
        with _Transaction(self.conn):
            if self.conn.execute("SELECT 1 FROM sets WHERE name = ?", (name,)).fetchone():
                raise CaseError(f"a hash set named {name!r} is already in {self.path}")
            set_id = self.conn.execute(
                "INSERT INTO sets (name, kind, format, source, sha256, entries, imported_utc)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)", (name, kind, fmt, source, sha256, utc_now()),
            ).lastrowid
            self.conn.executemany(
                "INSERT OR IGNORE INTO hashes (digest, set_id, category) VALUES (?, ?, ?)",
                ((d, set_id, c) for d, c in entries),
            )
            count = self.conn.execute("SELECT COUNT(*) FROM hashes WHERE set_id = ?", (set_id,)).fetchone()[0]
            self.conn.execute("UPDATE sets SET entries = ? WHERE id = ?", (count, set_id))
        return count

    def sets(self) -> list[dict]:
        rows = self.conn.execute(
            "SELECT name, kind, format, source, sha256, entries, imported_utc FROM sets ORDER BY name")
        keys = ("name", "kind", "format", "source", "sha256", "entries", "imported_utc")
        return [dict(zip(keys, r)) for r in rows]

    def lookup(self, digests: list[bytes]) -> dict[bytes, list[tuple[str, str, str]]]:
        """For each digest found: (set name, kind, category) of every set that holds it."""
        found: dict[bytes, list[tuple[str, str, str]]] = {}
        for i in range(0, len(digests), 900):
            chunk = digests[i:i + 900]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT h.digest, s.name, s.kind, h.category FROM hashes h JOIN sets s ON s.id = h.set_id"
                f" WHERE h.digest IN ({marks}) ORDER BY s.name", chunk,
            )
            for d, name, kind, cat in rows:
                found.setdefault(d, []).append((name, kind, cat))
        return found
