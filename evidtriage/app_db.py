"""Reading app databases: values, schema and times, for the parsers of SQLite app databases.

Every app database parser needs the same small things: a column's value as text or as a number
whatever type the app stored, the tables and columns a given version of the app has (schemas
change between versions), a select list that tolerates a missing column, an error as one line,
and the app's clock (milliseconds since 1970, or Core Data seconds since 2001) as a UTC time.
Most such parsers are one shape, :class:`DatabaseParser`: take the file on the SQLite magic
and its name or its schema, read it through a private copy, check the app's tables are there,
yield the records, keep what was read when the database turns out damaged partway.
They are part of the plugin API (:mod:`evidtriage.plugin_api`).
"""

from __future__ import annotations

import fnmatch
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import ClassVar

from .parsers import NotMyFormat, ParseContext, ParseError, Parser
from .intake.sqlite_copy import database_copy

#: The first bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Core Data's clock (iOS apps): seconds, or on newer iOS nanoseconds, since 2001-01-01 UTC.
APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=timezone.utc)


def db_text(value) -> str:
    """A column's value as text: "" for NULL, bytes decoded as UTF-8 (damage replaced)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def db_int(value) -> int | None:
    """A column's value as a whole number (apps keep some as text), or None."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def one_line(exc: BaseException) -> str:
    """An error as one short line, for a ``ParseError`` reason."""
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def db_tables(con: sqlite3.Connection) -> set[str]:
    """The database's table names; a damaged schema is a :class:`ParseError`."""
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except UnicodeDecodeError as exc:
        raise ParseError(f"database damaged: its schema is not valid UTF-8 (byte {exc.start})") from None
    except sqlite3.DatabaseError as exc:
        raise ParseError(f"database could not be read: {one_line(exc)}") from None


def until_damaged(artifacts, noun: str = "messages"):
    """Yield from ``artifacts`` (read from a database); damage found partway is a
    :class:`ParseError` that says how many were read, so what came before is kept (partial)."""
    read = 0
    try:
        for artifact in artifacts:
            yield artifact
            read += 1
    except sqlite3.DatabaseError as exc:
        raise ParseError(f"database damaged: {read} {noun} read ({one_line(exc)})") from None


def db_columns(con: sqlite3.Connection, table: str) -> set[str]:
    """The columns a table has in this version of the app."""
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def db_select(columns: set[str], *names: str) -> str:
    """A select list of ``names`` with NULL for each column this version lacks."""
    return ", ".join(n if n in columns else "NULL" for n in names)


def epoch_utc(raw, per_second: int = 1) -> datetime | None:
    """A UTC time, to the whole second, from a count since 1970-01-01 in 1/``per_second`` seconds
    (1000 for milliseconds); None for a missing, zero, negative or absurd value."""
    value = db_int(raw)
    if value is None or value <= 0:
        return None
    try:
        return datetime.fromtimestamp(value // per_second, timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def apple_utc(raw) -> datetime | None:
    """A UTC time, to the whole second, from Core Data's clock: seconds since 2001-01-01, or
    nanoseconds (values past 10^14, as iOS 11 and later write); None when missing or absurd."""
    try:
        value = float(raw)
    except (TypeError, ValueError, OverflowError):
        return None
    if value != value or value <= 0:
        return None
    seconds = value / 1e9 if value > 1e14 else value
    try:
        return APPLE_EPOCH + timedelta(seconds=int(seconds))
    except OverflowError:
        return None


class DatabaseParser(Parser):
    """A parser of one app's SQLite database. Write :meth:`mine` and :meth:`records`; the rest is
    done here, the same way for every app:

    * the file is tried when it starts with :data:`SQLITE_MAGIC` and either its name matches
      ``FILENAME_PATTERNS`` or its first bytes (the schema) hold every one of ``SCHEMA_HINTS``
      (say ``(b"CREATE TABLE sms", b"CREATE TABLE pdu")``), so a renamed copy is still found;
    * it is read through :func:`database_copy` (a private copy, with its ``-wal``/``-journal``);
    * :meth:`mine` says whether the tables are this app's, else the file is left to others;
    * damage found partway keeps what was read and makes the file ``partial``, saying how many
      ``NOUN`` were read; anything :meth:`records` adds to ``problems`` (an address book that
      could not be read, say) is reported the same way;
    * :meth:`records` finds the run's :class:`ParseContext` in ``self.context`` (since API 1.2:
      its ``region`` for :func:`phone_key`, say).
    """

    SIGNATURES = (SQLITE_MAGIC,)
    PRIORITY = 40
    #: Bytes the database's first 64 KiB (its schema) holds when it is this app's, whatever its name.
    SCHEMA_HINTS: ClassVar[tuple[bytes, ...]] = ()
    #: What the records are called in a "database damaged: N ... read" reason.
    NOUN: ClassVar[str] = "messages"

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        if not head.startswith(SQLITE_MAGIC):
            return False
        name = file.name.lower()
        if any(fnmatch.fnmatch(name, p.lower()) for p in cls.FILENAME_PATTERNS):
            return True
        return bool(cls.SCHEMA_HINTS) and all(h in head for h in cls.SCHEMA_HINTS)

    def mine(self, con: sqlite3.Connection, tables: set[str]) -> bool:
        """Whether the database (its ``tables``, from :func:`db_tables`) is this app's."""
        raise NotImplementedError

    def records(self, con: sqlite3.Connection, tables: set[str], file, problems: list[str]) -> Iterator:
        """The artifacts of the database. ``problems`` takes a short reason for anything that
        could not be read beside it; the file is then ``partial`` with those reasons."""
        raise NotImplementedError

    #: The context of the file being parsed, set by :meth:`parse` before :meth:`records` runs.
    context: ParseContext = ParseContext()

    def parse(self, file, stream, ctx):
        self.context = ctx
        with database_copy(file, stream) as con:
            tables = db_tables(con)
            if not self.mine(con, tables):
                raise NotMyFormat()
            problems: list[str] = []
            read = 0
            try:
                for artifact in self.records(con, tables, file, problems):
                    yield artifact
                    read += 1
            except sqlite3.DatabaseError as exc:
                problems.insert(0, f"database damaged: {read} {self.NOUN} read ({one_line(exc)})")
            if problems:
                raise ParseError("; ".join(problems))
