"""Reading app databases: values, schema and times, for the parsers of SQLite app databases.

Every app database parser needs the same small things: a column's value as text or as a number
whatever type the app stored, the tables and columns a given version of the app has (schemas
change between versions), a select list that tolerates a missing column, an error as one line,
and the app's clock (milliseconds since 1970, or Core Data seconds since 2001) as a UTC time.
They are part of the plugin API (:mod:`evidtriage.plugin_api`).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from .parsers import ParseError

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
