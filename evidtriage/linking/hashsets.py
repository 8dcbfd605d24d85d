"""Known-hash sets: reading NSRL, Project VIC (VICS), plain lists and CSV into one shape.

A set is either known-good (files to leave out: operating-system and application files, as in
NSRL) or known-bad (files to flag and never show: as in Project VIC). Every reader yields
``(algorithm, hex digest, category)`` and raises :class:`HashSetError` naming the line (or the
record) that is wrong, so that an import either takes the whole set or nothing.

Categories are kept as the set gives them (a VICS category number, an NSRL product id, a CSV
column): their meaning belongs to the set's publisher, not to this code.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import UserError
from ..intake.hashing import file_sha256
from ..resources import user_dir

FORMATS = ("nsrl", "vics", "hashlist", "csv")
KINDS = ("known-good", "known-bad")
_LENGTH_ALGO = {32: "md5", 40: "sha1", 64: "sha256"}
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_COLUMN_ALGO = {"md5": "md5", "sha1": "sha1", "sha-1": "sha1", "sha256": "sha256", "sha-256": "sha256"}

Entry = tuple[str, str, str]


class HashSetError(UserError):
    """A hash set that cannot be imported: says where and what."""


def _digest(value: str, where: str, algo: str | None = None) -> tuple[str, str]:
    v = value.strip().lower()
    if not _HEX.match(v) or len(v) not in _LENGTH_ALGO:
        raise HashSetError(f"{where}: {value.strip()[:80]!r} is not an MD5, SHA-1 or SHA-256 digest")
    found = _LENGTH_ALGO[len(v)]
    if algo and algo != found:
        raise HashSetError(f"{where}: {value.strip()[:80]!r} is not a valid {algo} digest")
    return found, v


def read_hashlist(path: Path) -> Iterator[Entry]:
    """One digest per line (``sha256sum``-style lines too: the first field is taken).

    Blank lines, ``#`` comments and a header line naming the algorithm (``MD5``, ``SHA-1``)
    are skipped; the algorithm of each digest follows from its length.
    """
    with open(path, encoding="utf-8", errors="strict", newline="") as f:
        try:
            for n, line in enumerate(f, 1):
                text = line.strip().lstrip("\ufeff")
                if not text or text.startswith("#"):
                    continue
                token = text.split()[0].lstrip("\\")
                if n == 1 and token.lower().replace("-", "") in ("md5", "sha1", "sha256"):
                    continue
                algo, value = _digest(token, f"{path.name}:{n}")
                yield algo, value, ""
        except UnicodeDecodeError as exc:
            raise HashSetError(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_csv(path: Path) -> Iterator[Entry]:
    """CSV with a header; columns ``md5``, ``sha1`` and/or ``sha256`` (any case, ``SHA-1`` too)
    and an optional ``category``."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise HashSetError(f"{path.name}:1: empty file, a header line is needed") from None
        names = [h.strip().lower() for h in header]
        cols = [(i, _COLUMN_ALGO[h]) for i, h in enumerate(names) if h in _COLUMN_ALGO]
        if not cols:
            raise HashSetError(f"{path.name}:1: no md5, sha1 or sha256 column in the header {header!r}")
        cat = names.index("category") if "category" in names else None
        for row in reader:
            n = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise HashSetError(f"{path.name}:{n}: {len(row)} fields where the header has {len(header)}")
            category = row[cat].strip() if cat is not None else ""
            seen = False
            for i, algo in cols:
                if row[i].strip():
                    yield (*_digest(row[i], f"{path.name}:{n}", algo), category)
                    seen = True
            if not seen:
                raise HashSetError(f"{path.name}:{n}: no digest in this row")


def read_vics(path: Path) -> Iterator[Entry]:
    """Project VIC VICS JSON (1.3 and 2.0): every ``Media`` record's MD5/SHA1/SHA256."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            doc = json.load(f)
    except json.JSONDecodeError as exc:
        raise HashSetError(f"{path.name}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except UnicodeDecodeError:
        raise HashSetError(f"{path.name}: not UTF-8 JSON") from None
    cases = doc.get("value") if isinstance(doc, dict) else None
    if not isinstance(cases, list):
        raise HashSetError(f"{path.name}: not a VICS document (no top-level \"value\" list)")
    for ci, case in enumerate(cases):
        media = case.get("Media") if isinstance(case, dict) else None
        if media is None:
            continue
        if not isinstance(media, list):
            raise HashSetError(f"{path.name}: value[{ci}].Media is not a list")
        for mi, m in enumerate(media):
            where = f"{path.name}: value[{ci}].Media[{mi}]"
            if not isinstance(m, dict):
                raise HashSetError(f"{where} is not an object")
            keys = {k.lower(): k for k in m}
            category = m.get(keys.get("category", ""), "")
            category = "" if category is None else str(category)
            found = False
            for name, algo in (("md5", "md5"), ("sha1", "sha1"), ("sha256", "sha256")):
                if name in keys and m[keys[name]]:
                    yield (*_digest(str(m[keys[name]]), where, algo), category)
                    found = True
            if not found:
                raise HashSetError(f"{where} has no MD5, SHA1 or SHA256")


def read_nsrl(path: Path) -> Iterator[Entry]:
    """NSRL RDS v3 (SQLite; full, or a minimal subset): the ``FILE`` view or ``METADATA`` table.

    The database is opened read-only and immutable: it is never written.
    """
    uri = f"file:{path.resolve()}?mode=ro&immutable=1"
    try:
        db = sqlite3.connect(uri, uri=True)
        tables = {r[0].upper(): r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    except sqlite3.DatabaseError as exc:
        raise HashSetError(f"{path.name}: not an NSRL RDS v3 SQLite database ({exc})") from None
    try:
        table = tables.get("FILE") or tables.get("METADATA")
        if table is None:
            raise HashSetError(f"{path.name}: no FILE or METADATA table: not an NSRL RDS v3 database")
        cols = {r[1].lower(): r[1] for r in db.execute(f'PRAGMA table_info("{table}")')}
        algos = [a for a in ("sha256", "sha1", "md5") if a in cols]
        if not algos:
            raise HashSetError(f"{path.name}: table {table} has no sha256, sha1 or md5 column")
        cat = cols.get("package_id")
        select = ", ".join(f'"{cols[a]}"' for a in algos) + (f', "{cat}"' if cat else "")
        for n, row in enumerate(db.execute(f'SELECT {select} FROM "{table}"'), 1):
            category = str(row[-1]) if cat and row[-1] is not None else ""
            for algo, value in zip(algos, row):
                if value:
                    yield (*_digest(str(value), f"{path.name}: {table} row {n}", algo), category)
    except sqlite3.DatabaseError as exc:
        raise HashSetError(f"{path.name}: cannot read the database ({exc})") from None
    finally:
        db.close()


READERS = {"hashlist": read_hashlist, "csv": read_csv, "vics": read_vics, "nsrl": read_nsrl}


def read_hashset(path: str | Path, fmt: str) -> Iterator[Entry]:
    path = Path(path)
    if fmt not in READERS:
        raise UserError(f"unknown hash-set format {fmt!r}: choose from {', '.join(FORMATS)}")
    if not path.is_file():
        raise UserError(f"hash set not found: {path}")
    return READERS[fmt](path)


def default_library_path() -> Path:
    """``$EVIDTRIAGE_HASHSETS``, else ``$XDG_DATA_HOME/evidtriage/hashsets.sqlite``."""
    import os

    if os.environ.get("EVIDTRIAGE_HASHSETS"):
        return Path(os.environ["EVIDTRIAGE_HASHSETS"])
    return user_dir("data") / "hashsets.sqlite"


def import_hashset(library, path: str | Path, fmt: str, kind: str, name: str = "") -> dict:
    """Read a whole set and add it to the library in one transaction.

    :return: the set's record (name, kind, format, source, sha256 of the set file, entries).
    """
    if kind not in KINDS:
        raise UserError(f"unknown kind {kind!r}: choose known-good or known-bad")
    path = Path(path)
    entries = read_hashset(path, fmt)  # validates the format name and the file's existence
    name = name or path.name
    digest = file_sha256(path)
    count = library.add_set(name, kind, fmt, str(path.resolve()), digest,
                            ((bytes.fromhex(v), c) for _, v, c in entries))
    return next(s for s in library.sets() if s["name"] == name) | {"entries": count}
