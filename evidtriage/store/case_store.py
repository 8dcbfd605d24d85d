"""The case store: one SQLite file per case folder, and every SQL statement of the tool.

Rules kept here, with their reasons:

* Only the main process opens the store for writing; workers return records instead. SQLite
  copes with one writer, and a single writer makes resume reasoning simple.
* WAL journal, foreign keys on, and every unit of work in one transaction: a run killed at any
  point leaves either the whole result of a batch or none of it, so a resumed scan never sees
  half-written work as done.
* The schema is versioned (``PRAGMA user_version``) and migrated forward in order; a case
  written by a newer evidtriage is refused rather than guessed at.
* Evidence paths may contain bytes that are not UTF-8; the store keeps a printable path (TEXT)
  and, for files on disk, the exact bytes needed to reopen them (BLOB).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..artifacts import StampedArtifact, artifact_fields, artifact_from_fields
from ..errors import CaseError
from ..model import (
    CaseInfo, Digests, EvidenceFile, Exhibit, FileRecord, HashResult, Locator, Skip,
)
from .common import _Database, _Transaction, in_chunks, utc_now
from .finding_index import FindingIndex
from .schema import _LOSSLESS_PATHS, MIGRATIONS, SCHEMA_VERSION, _split_sql

STORE_NAME = "case.sqlite"


def store_path(case_dir: str | os.PathLike) -> Path:
    return Path(case_dir) / STORE_NAME


def missing_case(case_dir: str | os.PathLike) -> str:
    """Why ``case_dir`` holds no case, in one line: a path that does not exist is said to be
    mistyped rather than answered with advice to create a case there."""
    where = Path(case_dir)
    if not where.exists():
        return (f"{case_dir} does not exist: check the path (a new case is made by "
                f"'evidtriage triage SOURCE --case DIR' or 'evidtriage case init DIR')")
    if not where.is_dir():
        return f"{case_dir} is a file, not a case folder"
    return (f"{case_dir} is not a case folder (it has no {STORE_NAME}): make a case with "
            f"'evidtriage triage SOURCE --case DIR' or 'evidtriage case init DIR'")


#: Each content's first file (in exhibit, path order): the one that was parsed, whose name
#: findings give the content's artifacts (a query's WITH clause: ``firsts (blake3, exhibit_id, path)``).
_FIRST_FILES = ("WITH firsts AS MATERIALIZED (SELECT f.blake3, f.exhibit_id, f.path FROM files f"
                " JOIN (SELECT blake3, MIN(exhibit_id || char(0) || path) AS first FROM files"
                "       WHERE blake3 IS NOT NULL GROUP BY blake3) c"
                " ON f.blake3 = c.blake3 AND f.exhibit_id || char(0) || f.path = c.first)")

#: findings.json's order of artifacts (``a``: artifacts, ``fi``: firsts).
_FINDINGS_ORDER = "COALESCE(fi.exhibit_id, ''), COALESCE(fi.path, ''), a.parser, a.ordinal, a.blake3"

#: The artifacts not matched yet (for a query's FROM and WHERE).
_UNMATCHED = "FROM artifacts a LEFT JOIN matched m ON m.artifact_key = a.key WHERE m.artifact_key IS NULL"


class Store(_Database):
    """An open case store. Use :meth:`create` for a new case and :meth:`open` for an existing one."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path
        self.notices: list[str] = []  # things the examiner should be told (a key was made...)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def _connect(cls, path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @classmethod
    def create(cls, case_dir: str | os.PathLike, info: CaseInfo, tool_version: str) -> "Store":
        case_dir = Path(case_dir)
        path = store_path(case_dir)
        if path.exists():
            raise CaseError(f"a case already exists in {case_dir}")
        try:
            case_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CaseError(f"cannot create case folder {case_dir}: {exc.strerror or exc}") from None
        store = cls(cls._connect(path), path)
        store._migrate()
        with store.transaction():
            store.conn.execute(
                "INSERT INTO case_info (singleton, case_id, examiner, agency, authority, timezone,"
                " created_utc, tool_version) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                (info.case_id, info.examiner, info.agency, info.authority, info.timezone,
                 info.created_utc or utc_now(), tool_version),
            )
        return store

    @classmethod
    def open(cls, case_dir: str | os.PathLike) -> "Store":
        path = store_path(case_dir)
        if not path.is_file():
            raise CaseError(missing_case(case_dir))
        try:
            conn = cls._connect(path)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CaseError(f"case store {path} cannot be read: {exc}") from None
        if version > SCHEMA_VERSION:
            conn.close()
            raise CaseError(
                f"case {case_dir} was written by a newer evidtriage (schema {version}; "
                f"this one knows up to {SCHEMA_VERSION}): upgrade evidtriage to open it"
            )
        store = cls(conn, path)
        store._migrate()
        return store

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            if number + 1 == _LOSSLESS_PATHS and version:
                self._check_old_paths()
            with self.transaction():
                for statement in _split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def _check_old_paths(self) -> None:
        """Refuse a case from before lossless paths if any of its paths would now be written
        differently (a backslash, an undecodable byte, or ``!/`` in a name): a new scan would
        list those files a second time beside the old rows."""
        row = self.conn.execute(
            "SELECT path FROM files WHERE instr(path, '\\') OR (members = '[]' AND instr(path, '!/'))"
            " OR instr(members, '!/') OR instr(members, '\\')"
            " UNION ALL SELECT path FROM skips WHERE instr(path, '\\') LIMIT 1").fetchone()
        if row is not None:
            self.conn.close()
            raise CaseError(
                f"case {self.path.parent} was made by an older evidtriage that stored paths such as "
                f"{row[0]!r} ambiguously: open it with that version, or make a new case of the same "
                "evidence with this one")

    def transaction(self) -> "_Transaction":
        """``with store.transaction():`` groups statements into one atomic unit."""
        return _Transaction(self.conn)

    # -- case and exhibits ---------------------------------------------------------------------
    def case_info(self) -> CaseInfo:
        row = self.conn.execute(
            "SELECT case_id, examiner, agency, authority, timezone, created_utc FROM case_info"
        ).fetchone()
        if row is None:
            raise CaseError(f"case store {self.path} has no case record")
        return CaseInfo(*row)

    def set_timezone(self, tz: str) -> None:
        with self.transaction():
            self.conn.execute("UPDATE case_info SET timezone = ?", (tz,))

    def add_exhibit(self, exhibit: Exhibit) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO exhibits (id, source, kind, description, added_utc) VALUES (?, ?, ?, ?, ?)",
                (exhibit.id, exhibit.source, exhibit.kind, exhibit.description, utc_now()),
            )

    def exhibits(self) -> list[Exhibit]:
        rows = self.conn.execute("SELECT id, source, kind, description FROM exhibits ORDER BY id")
        return [Exhibit(*r) for r in rows]

    def exhibit_added_utc(self, exhibit_id: str) -> str:
        row = self.conn.execute("SELECT added_utc FROM exhibits WHERE id = ?", (exhibit_id,)).fetchone()
        return row[0] if row else ""

    # -- walk and hash -----------------------------------------------------------------------
    def add_walk_items(self, items: Iterable[EvidenceFile | Skip]) -> int:
        """Record files and skips found by a walk; already known ones are left as they are.

        :return: the number of files that were new.
        """
        new = 0
        with self.transaction():
            for item in items:
                if isinstance(item, Skip):
                    self._insert_skip(item)
                else:
                    new += self._insert_file(item)
        return new

    def _insert_file(self, ef: EvidenceFile) -> int:
        disk = os.fsencode(ef.locator.disk_path)
        members = json.dumps(list(ef.locator.members), ensure_ascii=False)
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO files (exhibit_id, path, disk_path, members, size, mtime_ns, depth)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ef.exhibit_id, ef.path, disk, members, ef.size, ef.mtime_ns, ef.depth),
        )
        if cur.rowcount:
            return 1
        # the path is known: the same item listed again (a re-run), or a different item whose
        # path is the same, which must never vanish without a trace
        known = self.conn.execute("SELECT disk_path, members FROM files WHERE exhibit_id = ? AND path = ?",
                                  (ef.exhibit_id, ef.path)).fetchone()
        if known is not None and (bytes(known[0]), known[1]) != (disk, members):
            where = " inside ".join([*reversed(ef.locator.members), repr(ef.locator.disk_path)])
            self._insert_skip(Skip(ef.exhibit_id, ef.path, "collision",
                                   f"another evidence item is stored under the same path; this one "
                                   f"({where}) was not examined"))
        return 0

    def _insert_skip(self, skip: Skip) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO skips (exhibit_id, path, stage, reason) VALUES (?, ?, ?, ?)",
            (skip.exhibit_id, skip.path, skip.stage, skip.reason),
        )

    def add_skips(self, skips: Iterable[Skip]) -> None:
        with self.transaction():
            for s in skips:
                self._insert_skip(s)

    def files_to_hash(self, after_id: int = 0, limit: int = 5000) -> list[tuple[int, EvidenceFile]]:
        """Up to ``limit`` files listed but not yet hashed, after row ``after_id``, in listing order.

        Listing order keeps the members of one archive together (they are listed together), so
        a worker can read them through one opened archive. Paging keeps memory flat on
        exhibits of millions of files.
        """
        rows = self.conn.execute(
            "SELECT id, exhibit_id, path, size, mtime_ns, disk_path, members, depth FROM files"
            " WHERE hashed = 0 AND id > ? ORDER BY id LIMIT ?", (after_id, limit),
        )
        return [
            (rowid, EvidenceFile(ex, path, size, mtime,
                                 Locator(os.fsdecode(disk), tuple(json.loads(members))), depth))
            for rowid, ex, path, size, mtime, disk, members, depth in rows
        ]

    def pending_hash_totals(self) -> tuple[int, int]:
        """Number and total size of files not yet hashed."""
        n, size = self.conn.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM files WHERE hashed = 0").fetchone()
        return n, size

    def record_hash_results(self, results: Iterable[HashResult]) -> None:
        """Store a batch of hash results, with archive members they found, in one transaction."""
        with self.transaction():
            for r in results:
                d = r.digests
                self.conn.execute(
                    "UPDATE files SET hashed = 1, bytes_hashed = ?, md5 = ?, sha1 = ?, sha256 = ?,"
                    " blake3 = ?, media_type = ?, problem = ? WHERE exhibit_id = ? AND path = ?",
                    (d.bytes_hashed if d else None, d.md5 if d else None, d.sha1 if d else None,
                     d.sha256 if d else None, d.blake3 if d else None, r.media_type, r.problem,
                     r.exhibit_id, r.path),
                )
                for m in r.members:
                    self._insert_file(m)
                for s in r.member_skips:
                    self._insert_skip(s)

    def inflation_totals(self, archive_types: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Per exhibit: bytes of its hashed archives on disk, and bytes of archive members listed
        (every depth); what :class:`~evidtriage.sources.InflationBudget` starts from on resume."""
        types = sorted(archive_types)
        marks = ", ".join("?" * len(types))
        rows = self.conn.execute(
            f"SELECT exhibit_id, COALESCE(SUM(CASE WHEN depth = 0 AND media_type IN ({marks}) THEN size END), 0),"
            " COALESCE(SUM(CASE WHEN depth > 0 THEN size END), 0) FROM files GROUP BY exhibit_id", types)
        return {ex: (disk, inflated) for ex, disk, inflated in rows}

    def file_records(self) -> list[FileRecord]:
        rows = self.conn.execute(
            "SELECT exhibit_id, path, size, depth, hashed, bytes_hashed, md5, sha1, sha256, blake3,"
            " media_type, problem FROM files ORDER BY exhibit_id, path"
        )
        out = []
        for ex, path, size, depth, hashed, nbytes, md5, sha1, sha256, b3, mt, problem in rows:
            digests = Digests(nbytes, md5, sha1, sha256, b3) if nbytes is not None else None
            out.append(FileRecord(ex, path, size, depth, bool(hashed), digests, mt, problem))
        return out

    def locators_of(self, media_prefix: str) -> dict[tuple[str, str], Locator]:
        """(exhibit, path) -> how to reopen it, for hashed files whose type starts with ``media_prefix``."""
        rows = self.conn.execute(
            "SELECT exhibit_id, path, disk_path, members FROM files"
            " WHERE blake3 IS NOT NULL AND media_type LIKE ? || '%' ESCAPE '\\'",
            (media_prefix.replace("%", "\\%").replace("_", "\\_"),))
        return {(ex, path): Locator(os.fsdecode(disk), tuple(json.loads(m))) for ex, path, disk, m in rows}

    def disk_files(self, exhibit_id: str) -> list[tuple[bytes, FileRecord]]:
        """Hashed files on disk of one exhibit, with their raw paths, in path order."""
        rows = self.conn.execute(
            "SELECT disk_path, path, size, depth, bytes_hashed, md5, sha1, sha256, blake3, media_type,"
            " problem FROM files WHERE exhibit_id = ? AND members = '[]' AND bytes_hashed IS NOT NULL"
            " ORDER BY path", (exhibit_id,),
        )
        return [
            (disk, FileRecord(exhibit_id, path, size, depth, True,
                              Digests(nbytes, md5, sha1, sha256, b3), mt, problem))
            for disk, path, size, depth, nbytes, md5, sha1, sha256, b3, mt, problem in rows
        ]

    def skips(self) -> list[Skip]:
        rows = self.conn.execute(
            "SELECT exhibit_id, path, stage, reason FROM skips ORDER BY exhibit_id, path, stage"
        )
        return [Skip(*r) for r in rows]

    # -- contents (one row per distinct BLAKE3) ------------------------------------------------
    def contents_to_examine(self) -> list[tuple[str, EvidenceFile, str | None, str | None, str | None]]:
        """Distinct contents not yet examined, each with the first file (in path order) that has
        it: (blake3, file, media type, sha256, md5), in listing order: the members of a tar are
        then read in the order they lie in it (path order would send a compressed tar back and
        forth for every member)."""
        rows = self.conn.execute(
            "SELECT f.blake3, f.exhibit_id, f.path, f.size, f.mtime_ns, f.disk_path, f.members,"
            " f.depth, f.media_type, f.sha256, f.md5 FROM files f"
            " JOIN (SELECT blake3, MIN(exhibit_id || char(0) || path) AS first FROM files"
            "       WHERE blake3 IS NOT NULL GROUP BY blake3) c"
            "   ON f.blake3 = c.blake3 AND f.exhibit_id || char(0) || f.path = c.first"
            " WHERE f.blake3 NOT IN (SELECT blake3 FROM contents)"
            " ORDER BY f.id"
        )
        return [
            (b3, EvidenceFile(ex, path, size, mtime, Locator(os.fsdecode(disk), tuple(json.loads(m))), depth),
             mt, sha256, md5)
            for b3, ex, path, size, mtime, disk, m, depth, mt, sha256, md5 in rows
        ]

    def unexamined_digests(self) -> list[tuple[str, str, str, str]]:
        """(blake3, md5, sha1, sha256) of each distinct content not yet examined."""
        return list(self.conn.execute(
            "SELECT blake3, MIN(md5), MIN(sha1), MIN(sha256) FROM files WHERE blake3 IS NOT NULL"
            " AND blake3 NOT IN (SELECT blake3 FROM contents) GROUP BY blake3 ORDER BY blake3"
        ))

    def examined_count(self) -> int:
        """How many distinct contents have a status (examined, or marked by a hash set)."""
        return self.conn.execute("SELECT count(*) FROM contents").fetchone()[0]

    def parser_versions(self) -> list[tuple[str, str, int]]:
        """(parser, version, how many distinct contents) of the artifacts in the case."""
        return self.conn.execute("SELECT parser, parser_version, count(DISTINCT blake3) FROM artifacts"
                                 " GROUP BY parser, parser_version ORDER BY parser, parser_version").fetchall()

    def reopen_contents(self, reason_holds: str, statuses: tuple[str, ...]) -> int:
        """Forget the status of every content with one of ``statuses`` for a reason that holds
        ``reason_holds`` and no artifacts, so the next examination reads it again."""
        marks = ", ".join("?" * len(statuses))
        with self.transaction():
            return self.conn.execute(
                f"DELETE FROM contents WHERE status IN ({marks}) AND instr(reason, ?) > 0"
                " AND blake3 NOT IN (SELECT blake3 FROM artifacts)", (*statuses, reason_holds)).rowcount

    def record_content_statuses(self, statuses: Iterable[tuple[str, str, str]]) -> None:
        """(blake3, status, reason) for several contents, in one transaction."""
        with self.transaction():
            for b3, status, reason in statuses:
                self.record_content_status(b3, status, reason)

    def record_content_status(self, blake3: str, status: str, reason: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO contents (blake3, status, reason) VALUES (?, ?, ?)",
            (blake3, status, reason),
        )

    def record_parse_results(self, results) -> None:
        """Each content's status and artifacts, for a batch, in one transaction (so a killed
        scan never leaves a content half-recorded: it is either examined with all its
        artifacts, or not examined)."""
        with self.transaction():
            for r in results:
                self.conn.execute("DELETE FROM artifacts WHERE blake3 = ?", (r.blake3,))
                for a in r.artifacts:
                    self.conn.execute(
                        "INSERT INTO artifacts (key, blake3, parser, parser_version, ordinal, kind, data)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (a.key, a.blake3, a.parser, a.parser_version, a.ordinal, a.kind,
                         json.dumps(artifact_fields(a.artifact), ensure_ascii=False, sort_keys=True)),
                    )
                self.record_content_status(r.blake3, r.status, r.reason)

    def stamped_artifacts(self) -> Iterator[StampedArtifact]:
        """Every artifact, in content then ordinal order."""
        rows = self.conn.execute(
            "SELECT key, blake3, parser, parser_version, ordinal, kind, data FROM artifacts"
            " ORDER BY blake3, parser, ordinal")
        for key, b3, parser, version, ordinal, kind, data in rows:
            yield StampedArtifact(key, b3, parser, version, ordinal, artifact_from_fields(kind, json.loads(data)))

    # -- chain of custody ----------------------------------------------------------------------
    def add_case_key(self, fingerprint: str, name: str, public_key_pem: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR IGNORE INTO case_keys (fingerprint, name, public_key_pem, added_utc)"
                              " VALUES (?, ?, ?, ?)", (fingerprint, name, public_key_pem, utc_now()))

    def case_keys(self) -> dict[str, str]:
        """fingerprint -> public key PEM, for every key the case knows."""
        return dict(self.conn.execute("SELECT fingerprint, public_key_pem FROM case_keys ORDER BY added_utc"))

    def last_custody_entry(self) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT seq, entry_hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else None

    def append_custody(self, entry: dict) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO custody (seq, time_utc, examiner, action, subject, details, details_sha256,"
                " prev_hash, key_fingerprint, entry_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (entry["seq"], entry["time_utc"], entry["examiner"], entry["action"], entry["subject"],
                 entry["details"], entry["details_sha256"], entry["prev_hash"], entry["key_fingerprint"],
                 entry["entry_hash"], entry["signature"]))

    def custody_entries(self) -> list[dict]:
        cols = ("seq", "time_utc", "examiner", "action", "subject", "details", "details_sha256", "prev_hash",
                "key_fingerprint", "entry_hash", "signature")
        rows = self.conn.execute(f"SELECT {', '.join(cols)} FROM custody ORDER BY seq")
        return [dict(zip(cols, r)) for r in rows]

    def evidence_digests(self) -> list[tuple[EvidenceFile, str | None, str | None]]:
        """Every file with its recorded sha256 and blake3, for re-hashing at verification."""
        rows = self.conn.execute(
            "SELECT exhibit_id, path, size, mtime_ns, disk_path, members, depth, sha256, blake3 FROM files"
            " WHERE hashed = 1 ORDER BY id")
        return [(EvidenceFile(ex, path, size, mtime, Locator(os.fsdecode(disk), tuple(json.loads(m))), depth), sha, b3)
                for ex, path, size, mtime, disk, m, depth, sha, b3 in rows]

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def reset_matches(self, ruleset: str) -> None:
        """Forget every hit and the ranking aid's list (the rule packs or the aid changed) and
        remember the rule set now in use."""
        with self.transaction():
            for table in ("matched", "hits", "entity_occurrences", "texts", "aid_listed"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('ruleset', ?)", (ruleset,))

    def artifacts_to_match(self, limit: int = 2000, after: str = "") -> list[tuple[str, str]]:
        """(key, text) of artifacts that have not been matched yet, in key order, from the first key
        after ``after``."""
        # the text is read out of the artifact's JSON by SQLite itself (decoding every artifact in
        # Python took as long as matching it)
        rows = self.conn.execute(
            "SELECT a.key, CASE WHEN a.kind IN ('text', 'message') THEN json_extract(a.data, '$.text') END"
            f" {_UNMATCHED} AND a.key > ? ORDER BY a.key LIMIT ?", (after, limit))
        return [(key, text if isinstance(text, str) else "") for key, text in rows]

    def count_to_match(self) -> int:
        """How many artifacts have not been matched yet."""
        return self.conn.execute(f"SELECT count(*) {_UNMATCHED}").fetchone()[0]

    def record_matches(self, results) -> None:
        """(key, text, MatchResult[, AidScore or None]) for a batch, in one transaction (one
        statement a table); an AidScore puts the text on the ranking aid's list."""
        matched, hits, entities, texts, listed = [], [], [], [], []
        for key, text, r, *rest in results:
            if rest and rest[0] is not None:
                listed.append((key, rest[0].probability, json.dumps(list(rest[0].words), ensure_ascii=False)))
            matched.append((key, r.score, r.explanation, json.dumps(list(r.warnings)) if r.warnings else "[]"))
            hits.extend((key, h.rule_id, h.pack, h.category, h.weight, h.start, h.end, h.snippet,
                         json.dumps(list(h.matched), ensure_ascii=False)) for h in r.hits)
            entities.extend((key, e.type, e.value, e.start, e.end, int(e.obfuscated), e.ocr_confidence)
                            for e in r.entities)
            if text:
                texts.append((key, text))
        with self.transaction():
            self.conn.executemany("INSERT OR REPLACE INTO matched (artifact_key, score, explanation, warnings)"
                                  " VALUES (?, ?, ?, ?)", matched)
            self.conn.executemany(
                'INSERT INTO hits (artifact_key, rule_id, pack, category, weight, start, "end", snippet, matched)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", hits)
            self.conn.executemany('INSERT INTO entity_occurrences (artifact_key, type, value, start, "end", obfuscated,'
                                  " ocr_confidence) VALUES (?, ?, ?, ?, ?, ?, ?)", entities)
            self.conn.executemany("INSERT INTO texts (artifact_key, body) VALUES (?, ?)", texts)
            self.conn.executemany("INSERT OR REPLACE INTO aid_listed (artifact_key, probability, words)"
                                  " VALUES (?, ?, ?)", listed)

    def aid_listed(self) -> Iterator[tuple[str, float, list[str]]]:
        """(artifact key, probability, words) of the texts on the ranking aid's list, highest
        probability first (then by key)."""
        for key, p, words in self.conn.execute(
                "SELECT artifact_key, probability, words FROM aid_listed ORDER BY probability DESC, artifact_key"):
            yield key, p, json.loads(words)

    def aid_weak_hits(self, line: float) -> Iterator[tuple[str, float, list[str], float]]:
        """(artifact key, probability, words, score) of the texts on the ranking aid's list that
        have a rule hit scoring above 0 and below ``line`` (the review line): the weak rule hits the
        aid corroborates (``--aid-corroborates``), highest probability first (then by key)."""
        for key, p, words, score in self.conn.execute(
                "SELECT l.artifact_key, l.probability, l.words, m.score FROM aid_listed l"
                " JOIN matched m ON m.artifact_key = l.artifact_key"
                " WHERE m.score > 0 AND m.score < ? AND EXISTS (SELECT 1 FROM hits h WHERE h.artifact_key = l.artifact_key)"
                " ORDER BY l.probability DESC, l.artifact_key", (line,)):
            yield key, p, json.loads(words), score

    def image_hashes(self) -> list[tuple[str, str]]:
        """(content blake3, pHash hex) of every image fingerprinted, in content order."""
        out = []
        for b3, data in self.conn.execute("SELECT blake3, data FROM artifacts WHERE kind = 'image' ORDER BY blake3, key"):
            ph = json.loads(data).get("phash")
            if ph:
                out.append((b3, ph))
        return out

    def replace_image_clusters(self, groups: list[tuple[list[str], int]]) -> None:
        """Store the near-duplicate groups (contents by BLAKE3, and each group's distance)."""
        with self.transaction():
            self.conn.execute("DELETE FROM image_clusters")
            for n, (members, distance) in enumerate(groups, 1):
                for b3 in members:
                    self.conn.execute("INSERT INTO image_clusters (cluster, blake3, distance) VALUES (?, ?, ?)",
                                      (n, b3, distance))

    def image_clusters(self) -> list[tuple[int, list[str], int]]:
        groups: dict[int, tuple[list[str], int]] = {}
        for cluster, b3, distance in self.conn.execute(
                "SELECT cluster, blake3, distance FROM image_clusters ORDER BY cluster, blake3"):
            groups.setdefault(cluster, ([], distance))[0].append(b3)
        return [(c, members, d) for c, (members, d) in sorted(groups.items())]

    def artifact_contents(self) -> dict[str, str]:
        """artifact key -> the BLAKE3 of the content it came from."""
        return dict(self.conn.execute("SELECT key, blake3 FROM artifacts"))

    def artifact_content(self, key: str) -> str:
        row = self.conn.execute("SELECT blake3 FROM artifacts WHERE key = ?", (key,)).fetchone()
        return row[0] if row else ""

    def match_results(self) -> dict[str, dict]:
        """Per artifact key: score, explanation, warnings, hits[]."""
        out: dict[str, dict] = {}
        for key, sc, expl, warn in self.conn.execute("SELECT artifact_key, score, explanation, warnings FROM matched"):
            out[key] = {"score": sc, "explanation": expl, "warnings": json.loads(warn), "hits": []}
        for row in self.conn.execute(
                'SELECT artifact_key, rule_id, pack, category, weight, start, "end", snippet, matched FROM hits'
                ' ORDER BY artifact_key, start, rule_id'):
            key, rule_id, pack, cat, weight, start, end, snippet, matched = row
            out.setdefault(key, {"score": 0, "explanation": "", "warnings": [], "hits": []})["hits"].append(
                {"rule_id": rule_id, "pack": pack, "category": cat, "weight": weight, "start": start,
                 "end": end, "snippet": snippet, "matched": json.loads(matched)})
        return out

    def entity_occurrences(self) -> list[tuple]:
        """(type, value, artifact key, start, end, obfuscated, OCR confidence or None) of every
        entity found."""
        return list(self.conn.execute(
            'SELECT type, value, artifact_key, start, "end", obfuscated, ocr_confidence FROM entity_occurrences'
            ' ORDER BY type, value, artifact_key, start'))

    def ocr_word_confidences(self, keys: list[str]) -> dict[str, list]:
        """artifact key -> the ``word_confidences`` of those of ``keys`` that are OCR text with them."""
        out = {}
        for marks, chunk in in_chunks(keys):
            rows = self.conn.execute(
                "SELECT key, json_extract(data, '$.word_confidences') FROM artifacts WHERE kind = 'text'"
                f" AND key IN ({marks}) AND json_extract(data, '$.word_confidences') IS NOT NULL", chunk)
            out.update((key, json.loads(words)) for key, words in rows)
        return out

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str]]:
        """Artifacts whose text matches an FTS5 query: (key, snippet)."""
        try:
            return list(self.conn.execute(
                "SELECT artifact_key, snippet(texts, 1, '[', ']', '…', 12) FROM texts WHERE texts MATCH ?"
                " ORDER BY rank LIMIT ?", (query, limit)))
        except sqlite3.OperationalError as exc:
            raise CaseError(f"search query {query!r} cannot be read: {exc}") from None

    def entity_artifacts(self, values: list[str], limit: int = 50) -> list[tuple[str, int, int]]:
        """(artifact key, start, end) of the first occurrence in each artifact of any of the
        normalised entity ``values``, in artifact order."""
        if not values:
            return []
        marks = ",".join("?" * len(values))
        return list(self.conn.execute(
            f'SELECT artifact_key, MIN(start), MIN("end") FROM entity_occurrences WHERE value IN ({marks})'
            " GROUP BY artifact_key ORDER BY artifact_key LIMIT ?", (*values, limit)))

    def artifact_text(self, key: str) -> str:
        row = self.conn.execute("SELECT json_extract(data, '$.text') FROM artifacts WHERE key = ?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else ""

    def content_statuses(self) -> dict[str, tuple[str, str]]:
        return {b3: (s, r) for b3, s, r in self.conn.execute("SELECT blake3, status, reason FROM contents")}

    def artifact_exists(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM artifacts WHERE key = ?", (key,)).fetchone() is not None

    def hit_texts(self) -> Iterator[tuple[str, str]]:
        """(key, text) of every artifact with indicator hits, in key order."""
        yield from self.conn.execute(
            "SELECT a.key, COALESCE(json_extract(a.data, '$.text'), '') FROM artifacts a"
            " WHERE a.key IN (SELECT DISTINCT artifact_key FROM hits) ORDER BY a.key")

    # -- findings, read a row at a time (memory does not grow with the case) ----------------------
    def artifact_stream(self, *, kinds: tuple[str, ...] = (), with_hits: bool = False,
                        timeline: bool = False, by_key: bool = False,
                        keys: Iterable[str] | None = None) -> Iterator[tuple]:
        """Artifacts as findings.json lists them, one row at a time: ``(key, blake3, parser,
        parser_version, ordinal, kind, data (JSON), first file's exhibit, its path (both None
        when no file holds the content), score, explanation (None when not matched), has hits)``.

        In findings order: the first file (exhibit, path) holding the artifact's content, then
        parser and ordinal. ``timeline``: in a conversation's reading order instead (conversation,
        file, time, then findings order); ``by_key``: in key order. ``kinds``: only these kinds;
        ``with_hits``: only artifacts with indicator hits; ``keys``: only these (a few hundred at
        most). SQLite sorts on disk past its cache, so a case of millions of artifacts is never
        held in memory.
        """
        where, args = [], []
        if keys is not None:
            keys = list(keys)
            where.append(f"a.key IN ({', '.join('?' * len(keys))})")
            args.extend(keys)
        if kinds:
            where.append(f"a.kind IN ({', '.join('?' * len(kinds))})")
            args.extend(kinds)
        if with_hits:
            where.append("a.key IN (SELECT artifact_key FROM hits)")
        order = _FINDINGS_ORDER
        if by_key:
            order = "a.key"
        elif timeline:
            order = ("COALESCE(json_extract(a.data, '$.conversation'), ''), COALESCE(fi.path, ''),"
                     " COALESCE(json_extract(a.data, '$.timestamp'), ''), " + order)
        yield from self.conn.execute(
            f"{_FIRST_FILES} SELECT a.key, a.blake3, a.parser, a.parser_version, a.ordinal, a.kind, a.data,"
            " fi.exhibit_id, fi.path, m.score, m.explanation, EXISTS (SELECT 1 FROM hits h WHERE h.artifact_key = a.key)"
            " FROM artifacts a LEFT JOIN firsts fi ON fi.blake3 = a.blake3"
            " LEFT JOIN matched m ON m.artifact_key = a.key"
            f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}", args)

    def hits_of(self, key: str) -> list[dict]:
        """The indicator hits of one artifact, in text order."""
        return [_hit(*row) for row in self.conn.execute(
            'SELECT rule_id, pack, category, weight, start, "end", snippet, matched FROM hits'
            " WHERE artifact_key = ? ORDER BY start, rule_id", (key,))]

    def all_hits(self) -> dict[str, list[dict]]:
        """Artifact key -> its indicator hits in text order, for every artifact with hits (a small
        share of a case: one query instead of one an artifact)."""
        out: dict[str, list[dict]] = {}
        for key, *row in self.conn.execute(
                'SELECT artifact_key, rule_id, pack, category, weight, start, "end", snippet, matched FROM hits'
                " ORDER BY artifact_key, start, rule_id"):
            out.setdefault(key, []).append(_hit(*row))
        return out

    def content_scores(self) -> Iterator[tuple[str, float | int]]:
        """(content BLAKE3, artifact score, 0 when not matched) of every artifact, each content's
        artifacts together in findings order."""
        yield from self.conn.execute(
            "SELECT a.blake3, COALESCE(m.score, 0) FROM artifacts a LEFT JOIN matched m ON m.artifact_key = a.key"
            " ORDER BY a.blake3, a.parser, a.ordinal")

    def message_stats(self) -> Iterator[tuple]:
        """(first file's exhibit, its path, conversation, timestamp, score (0 when not matched),
        has hits) of every message, in findings order: what the conversations'
        figures are summed from."""
        yield from self.conn.execute(
            f"{_FIRST_FILES} SELECT fi.exhibit_id, fi.path, json_extract(a.data, '$.conversation'),"
            " json_extract(a.data, '$.timestamp'), COALESCE(m.score, 0),"
            " EXISTS (SELECT 1 FROM hits h WHERE h.artifact_key = a.key)"
            " FROM artifacts a LEFT JOIN firsts fi ON fi.blake3 = a.blake3"
            f" LEFT JOIN matched m ON m.artifact_key = a.key WHERE a.kind = 'message' ORDER BY {_FINDINGS_ORDER}")

    def entity_stream(self, with_hits: bool = False) -> Iterator[tuple]:
        """(type, value, artifact key, start, end, obfuscated, OCR confidence or None, the first
        file of the artifact's content: exhibit and path, or None and None) of every entity
        occurrence, in (type, value, artifact, start) order; ``with_hits``: only those in
        artifacts with indicator hits."""
        yield from self.conn.execute(
            f'{_FIRST_FILES} SELECT e.type, e.value, e.artifact_key, e.start, e."end", e.obfuscated,'
            " e.ocr_confidence, fi.exhibit_id, fi.path"
            " FROM entity_occurrences e LEFT JOIN artifacts a ON a.key = e.artifact_key"
            " LEFT JOIN firsts fi ON fi.blake3 = a.blake3"
            f"{' WHERE e.artifact_key IN (SELECT artifact_key FROM hits)' if with_hits else ''}"
            " ORDER BY e.type, e.value, e.artifact_key, e.start")

    def any_entities(self) -> bool:
        """Whether any entity was found."""
        return self.conn.execute("SELECT 1 FROM entity_occurrences LIMIT 1").fetchone() is not None

    def hit_entity_spans(self) -> Iterator[tuple]:
        """(artifact key, start, end, type, value) of every entity occurrence in an artifact with
        indicator hits, in artifact key order."""
        yield from self.conn.execute(
            'SELECT artifact_key, start, "end", type, value FROM entity_occurrences'
            " WHERE artifact_key IN (SELECT artifact_key FROM hits) ORDER BY artifact_key")

    def finding_index(self) -> FindingIndex:
        """A new, empty index of the findings in temporary tables of this connection (see
        :mod:`.finding_index`)."""
        return FindingIndex(self.conn)

    def conversation_around(self, key: str, most: int) -> list[tuple[str, dict]]:
        """The message ``key`` with up to ``most`` messages of its conversation before and after
        it, from the same file and parser, in the file's order: [(key, fields)]; [] when ``key``
        is not a message."""
        row = self.conn.execute("SELECT blake3, parser, ordinal, data FROM artifacts WHERE key = ? AND kind = 'message'",
                                (key,)).fetchone()
        if row is None:
            return []
        b3, parser, ordinal, data = row
        fields = json.loads(data)
        same = ("SELECT key, data FROM artifacts WHERE blake3 = ? AND parser = ? AND kind = 'message'"
                " AND json_extract(data, '$.conversation') = ? AND ordinal {} ? ORDER BY ordinal {} LIMIT ?")
        args = (b3, parser, fields.get("conversation", ""), ordinal, most)
        before = self.conn.execute(same.format("<", "DESC"), args).fetchall()
        after = self.conn.execute(same.format(">", "ASC"), args).fetchall()
        return [(k, json.loads(d)) for k, d in reversed(before)] + [(key, fields)] + [(k, json.loads(d)) for k, d in after]

    # -- review decisions (derived from the custody log) -------------------------------------------
    def record_decisions(self, rows: Iterable[tuple[int, str, str, str, list, str, str]]) -> None:
        """(seq, key, decision, comment, tags, examiner, time_utc) of custody entries; one already
        recorded is left as it is."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO decisions (seq, key, decision, comment, tags, examiner, time_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(seq, key, d, c, json.dumps(list(t), ensure_ascii=False), ex, when)
                 for seq, key, d, c, t, ex, when in rows])

    def decision_rows(self) -> list[dict]:
        """Every decision recorded, in custody order."""
        cols = ("seq", "key", "decision", "comment", "tags", "examiner", "time_utc")
        rows = self.conn.execute(f"SELECT {', '.join(cols)} FROM decisions ORDER BY seq")
        return [{**dict(zip(cols, r)), "tags": json.loads(r[4])} for r in rows]

    def clear_decisions(self) -> None:
        """Forget the derived table (it is rebuilt from the custody log)."""
        with self.transaction():
            self.conn.execute("DELETE FROM decisions")

    # -- runs ------------------------------------------------------------------------------------
    def start_run(self, manifest: dict) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO runs (started_utc, manifest) VALUES (?, ?)",
                (utc_now(), json.dumps(manifest, sort_keys=True, ensure_ascii=False)),
            )
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET finished_utc = ?, counts = ? WHERE id = ?",
                (utc_now(), json.dumps(counts, sort_keys=True), run_id),
            )

    def last_finished_run(self) -> dict | None:
        row = self.conn.execute(
            "SELECT id, started_utc, finished_utc, manifest, counts FROM runs"
            " WHERE finished_utc IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        rid, started, finished, manifest, counts = row
        first = self.conn.execute("SELECT MIN(started_utc) FROM runs").fetchone()[0]
        return {"id": rid, "first_started_utc": first, "started_utc": started,
                "finished_utc": finished, "manifest": json.loads(manifest),
                "counts": json.loads(counts or "{}")}


def _hit(rule_id, pack, category, weight, start, end, snippet, matched) -> dict:
    return {"rule_id": rule_id, "pack": pack, "category": category, "weight": weight, "start": start,
            "end": end, "snippet": snippet, "matched": json.loads(matched)}
