"""The case store's schema: the migrations that build it, in order, and the known-hash
library's tables. ``PRAGMA user_version`` counts the migrations a case has taken."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

MIGRATIONS: tuple[str, ...] = (
    # 1: foundation
    """
    CREATE TABLE case_info (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        case_id TEXT NOT NULL,
        examiner TEXT NOT NULL,
        agency TEXT NOT NULL DEFAULT '',
        authority TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        tool_version TEXT NOT NULL
    );
    CREATE TABLE exhibits (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('folder', 'file')),
        description TEXT NOT NULL DEFAULT '',
        added_utc TEXT NOT NULL
    );
    CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
        path TEXT NOT NULL,
        disk_path BLOB NOT NULL,
        members TEXT NOT NULL DEFAULT '[]',
        size INTEGER NOT NULL,
        mtime_ns INTEGER,
        depth INTEGER NOT NULL DEFAULT 0,
        hashed INTEGER NOT NULL DEFAULT 0,
        bytes_hashed INTEGER,
        md5 TEXT, sha1 TEXT, sha256 TEXT, blake3 TEXT,
        media_type TEXT,
        problem TEXT,
        UNIQUE (exhibit_id, path)
    );
    CREATE INDEX files_blake3 ON files (blake3);
    CREATE INDEX files_pending ON files (hashed);
    CREATE TABLE skips (
        exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
        path TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (exhibit_id, path, stage)
    );
    CREATE TABLE contents (
        blake3 TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_utc TEXT NOT NULL,
        finished_utc TEXT,
        manifest TEXT NOT NULL,
        counts TEXT
    );
    """,
    # 2: parser plugins: what each distinct content yielded, with provenance
    """
    CREATE TABLE artifacts (
        key TEXT PRIMARY KEY,
        blake3 TEXT NOT NULL,
        parser TEXT NOT NULL,
        parser_version TEXT NOT NULL,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX artifacts_blake3 ON artifacts (blake3, ordinal);
    """,
    # 3: indicator engine: hits, entities and scores per artifact; full-text search
    """
    CREATE TABLE matched (
        artifact_key TEXT PRIMARY KEY,
        score REAL NOT NULL,
        explanation TEXT NOT NULL,
        warnings TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE hits (
        artifact_key TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        pack TEXT NOT NULL,
        category TEXT NOT NULL,
        weight REAL NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        snippet TEXT NOT NULL,
        matched TEXT NOT NULL
    );
    CREATE INDEX hits_artifact ON hits (artifact_key);
    CREATE TABLE entity_occurrences (
        artifact_key TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        obfuscated INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entity_value ON entity_occurrences (type, value);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE VIRTUAL TABLE texts USING fts5 (artifact_key UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 0');
    """,
    # 4: chain of custody: examiner keys and the append-only, hash-chained, signed log
    """
    CREATE TABLE case_keys (
        fingerprint TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        public_key_pem TEXT NOT NULL,
        added_utc TEXT NOT NULL
    );
    CREATE TABLE custody (
        seq INTEGER PRIMARY KEY,
        time_utc TEXT NOT NULL,
        examiner TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        details_sha256 TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        key_fingerprint TEXT NOT NULL,
        entry_hash TEXT NOT NULL,
        signature TEXT NOT NULL
    );
    CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
        BEGIN SELECT RAISE(ABORT, 'the custody log is append-only: entries cannot be changed'); END;
    CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
        BEGIN SELECT RAISE(ABORT, 'the custody log is append-only: entries cannot be deleted'); END;
    CREATE TRIGGER case_keys_no_update BEFORE UPDATE ON case_keys
        BEGIN SELECT RAISE(ABORT, 'case keys cannot be changed'); END;
    CREATE TRIGGER case_keys_no_delete BEFORE DELETE ON case_keys
        BEGIN SELECT RAISE(ABORT, 'case keys cannot be deleted'); END;
    """,
    # 5: near-duplicate image groups, written by the link stage of each scan
    """
    CREATE TABLE image_clusters (
        cluster INTEGER NOT NULL,
        blake3 TEXT NOT NULL,
        distance INTEGER NOT NULL,
        PRIMARY KEY (cluster, blake3)
    );
    """,
    # 6: paths are stored in a lossless escape (sources.escape_path): no columns change, but a
    # case whose paths were written the old, ambiguous way is refused (see _check_old_paths)
    """
    INSERT OR REPLACE INTO settings (key, value) VALUES ('path_escape', 'lossless-1');
    """,
    # 7: the examiner's review decisions, derived from the signed custody log ("review decision"
    # entries, which are the record): one row per entry, for look-up; rebuilt from the log
    """
    CREATE TABLE IF NOT EXISTS decisions (
        seq INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        decision TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        examiner TEXT NOT NULL,
        time_utc TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS decisions_key ON decisions (key, seq);
    """,
    # 8: an entity read by OCR keeps the engine's confidence in it (NULL: not from OCR). The table
    # is rebuilt rather than altered, so that the step is safe to run again, as 6 and 7 are
    """
    DROP TABLE IF EXISTS entity_occurrences_8;
    CREATE TABLE entity_occurrences_8 (
        artifact_key TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        obfuscated INTEGER NOT NULL DEFAULT 0,
        ocr_confidence INTEGER
    );
    INSERT INTO entity_occurrences_8 (artifact_key, type, value, start, "end", obfuscated)
        SELECT artifact_key, type, value, start, "end", obfuscated FROM entity_occurrences;
    DROP TABLE entity_occurrences;
    ALTER TABLE entity_occurrences_8 RENAME TO entity_occurrences;
    CREATE INDEX IF NOT EXISTS entity_value ON entity_occurrences (type, value);
    """,
    # 9: the statistical ranking aid's list (issue 15): texts no rule flagged that the aid puts at
    # or above its line, with its probability and the words that raised it most. Never a finding:
    # written by the match stage beside the matches, cleared with them
    """
    CREATE TABLE IF NOT EXISTS aid_listed (
        artifact_key TEXT PRIMARY KEY,
        probability REAL NOT NULL,
        words TEXT NOT NULL
    );
    """,
)

#: The migration from which paths are written with sources.escape_path.
_LOSSLESS_PATHS = 6

SCHEMA_VERSION = len(MIGRATIONS)



def _split_sql(script: str) -> Iterator[str]:
    """Statements of a script, one at a time (a trigger's body holds ';' of its own), so that a
    migration runs inside one transaction (``executescript`` would commit first)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                yield buffer
            buffer = ""
    if buffer.strip(" \n;"):
        yield buffer


HASHSET_SCHEMA = """
CREATE TABLE IF NOT EXISTS sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('known-good', 'known-bad')),
    format TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    entries INTEGER NOT NULL,
    imported_utc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS hashes (
    digest BLOB NOT NULL,
    set_id INTEGER NOT NULL REFERENCES sets(id),
    category TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (digest, set_id)
) WITHOUT ROWID
"""
