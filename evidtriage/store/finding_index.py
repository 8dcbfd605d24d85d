"""The findings (artifacts with hits, grouped by text) grouped and ranked inside the case database.

A case of a million messages has tens of thousands of artifacts with hits. Grouping them by text
and ranking them for the reports used to need every one of them in a Python list at once; here
each is written, as it is read, into temporary tables of the store's connection (one row an
artifact: its group, the fields its occurrence shows, the figures it is ranked by), and SQLite
groups and sorts them on disk past its page cache. The reports then read the rows back in the
order each of them needs, a row or a group at a time.

Temporary tables live in SQLite's temporary database, never in the case file: a report
writes nothing to the case. Each index has tables of its own (numbered), so two indexes of one
store do not share rows; they last as long as the connection, or until :meth:`drop`.

What goes in (see :meth:`FindingIndex.add`) is made by the caller: the group of a text is the
matcher's normalisation (Python), which SQL cannot compute. The orders below are those of
``linking.text_groups``; SQLite compares text by its UTF-8 bytes, which orders strings as
Python compares them.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator

from .common import in_chunks

#: The columns of one member (an artifact with hits), in the order :meth:`FindingIndex.add` takes them.
MEMBER_COLUMNS = ("key", "gid", "kind", "flagged", "score", "exhibit_id", "file", "timestamp", "conversation",
                  "sender", "time_as_written", "zone_assumed", "template", "entities")

#: A member's rank inside its group: flagged first, then score, exhibit, file, time and key.
_MEMBER_ORDER = ("flagged DESC, score DESC, COALESCE(exhibit_id, ''), COALESCE(file, ''),"
                 " COALESCE(timestamp, ''), key")
#: The groups' order (by their first member): flagged, score, exhibit, file, then the group's id.
_GROUP_ORDER = "flagged DESC, score DESC, COALESCE(exhibit_id, ''), COALESCE(file, ''), gid"
#: The reports' ranking of the groups (by their first member): flagged, score, file and key as
#: text (a missing file sorts as "None", as Python's ``str(None)``), then the groups' order.
_VIEW_ORDER = "flagged DESC, score DESC, CASE WHEN file IS NULL THEN 'None' ELSE file END, key, rank"

_numbers = itertools.count(1)


class FindingIndex:
    """The artifacts with hits of one store, grouped and ranked in temporary tables."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        n = next(_numbers)
        self.raw, self.members, self.groups_table, self.templates_table = (
            f"temp.findings{n}_raw", f"temp.findings{n}_members", f"temp.findings{n}_groups",
            f"temp.findings{n}_templates")
        # no declared types: each value keeps its own (a score of 0 stays an integer, 0.5 a float)
        conn.execute(f"CREATE TABLE {self.raw} ({', '.join(MEMBER_COLUMNS)})")
        self._finished = False

    def add(self, rows: Iterable[tuple]) -> None:
        """Members, as tuples of :data:`MEMBER_COLUMNS`: ``flagged`` and ``zone_assumed`` 0 or 1,
        ``template`` the text of the template the artifact's text makes, ``entities`` its
        entities as JSON (``[[type, value], ...]``, sorted)."""
        marks = ", ".join("?" * len(MEMBER_COLUMNS))
        rows = iter(rows)
        while True:
            batch = list(itertools.islice(rows, 2000))
            if not batch:
                break
            self.conn.executemany(f"INSERT INTO {self.raw} VALUES ({marks})", batch)

    def finish(self) -> "FindingIndex":
        """Rank the members in their groups, the groups, and find the templates (texts of two or
        more groups' first members)."""
        if self._finished:
            return self
        c = self.conn
        short = self.members.split(".", 1)[1]
        c.execute(f"CREATE TABLE {self.members} AS SELECT *, ROW_NUMBER() OVER (PARTITION BY gid ORDER BY"
                  f" {_MEMBER_ORDER}) AS pos, COUNT(*) OVER (PARTITION BY gid) AS size FROM {self.raw}")
        c.execute(f"CREATE INDEX temp.{short}_gid ON {short} (gid, pos)")
        c.execute(f"CREATE INDEX temp.{short}_key ON {short} (key)")
        c.execute(f"DROP TABLE {self.raw}")
        c.execute(f"CREATE TABLE {self.groups_table} AS SELECT gid, key, kind, flagged, score, exhibit_id, file,"
                  f" template, entities, size, ROW_NUMBER() OVER (ORDER BY {_GROUP_ORDER}) AS rank"
                  f" FROM {self.members} WHERE pos = 1")
        short = self.groups_table.split(".", 1)[1]
        c.execute(f"CREATE INDEX temp.{short}_gid ON {short} (gid)")
        c.execute(f"CREATE TABLE {self.templates_table} AS SELECT template, MIN(rank) AS first FROM"
                  f" {self.groups_table} GROUP BY template HAVING COUNT(*) >= 2")
        self._finished = True
        return self

    def drop(self) -> None:
        """Remove the tables (the rows are gone; the index cannot be read again)."""
        for table in (self.raw, self.members, self.groups_table, self.templates_table):
            self.conn.execute(f"DROP TABLE IF EXISTS {table}")

    # -- reading ---------------------------------------------------------------------------------
    def count(self) -> int:
        """How many artifacts have hits."""
        return self.conn.execute(f"SELECT COUNT(*) FROM {self.finish().members}").fetchone()[0]

    def group_rows(self, gids: Iterable[str] | None = None) -> Iterator[tuple]:
        """Every member of every group (``gids``: of these groups only), the groups in their order
        and the members in theirs: ``(gid, in a template (0 or 1), template text, then the
        member's columns from key to zone_assumed but gid)``."""
        self.finish()
        cols = ", ".join(f"m.{c}" for c in MEMBER_COLUMNS[:12] if c != "gid")
        query = (f"SELECT g.gid, t.template IS NOT NULL, g.template, {cols} FROM {self.groups_table} g"
                 f" JOIN {self.members} m ON m.gid = g.gid LEFT JOIN {self.templates_table} t ON t.template = g.template")
        if gids is None:
            yield from self.conn.execute(f"{query} ORDER BY g.rank, m.pos")
            return
        for marks, part in in_chunks(sorted(set(gids))):
            yield from self.conn.execute(f"{query} WHERE g.gid IN ({marks}) ORDER BY g.rank, m.pos", part)

    def any_templates(self) -> bool:
        """Whether two groups or more share a template."""
        return self.conn.execute(f"SELECT 1 FROM {self.finish().templates_table} LIMIT 1").fetchone() is not None

    def template_rows(self) -> Iterator[tuple[str, str, str]]:
        """(template text, group id, the entities of the group's first member as JSON) of each
        group whose text makes a template shared with another group: the templates in the order
        of their best group, their groups in the groups' order."""
        yield from self.conn.execute(
            f"SELECT t.template, g.gid, g.entities FROM {self.finish().templates_table} t"
            f" JOIN {self.groups_table} g ON g.template = t.template ORDER BY t.first, g.rank")

    def ranked(self) -> Iterator[tuple[str, str, int]]:
        """(group id, its first member's key, flagged 0 or 1) of every group, in the order the
        reports rank the findings."""
        yield from self.conn.execute(f"SELECT gid, key, flagged FROM {self.finish().groups_table}"
                                     f" ORDER BY {_VIEW_ORDER}")

    def groups_of(self, keys: Iterable[str]) -> dict[str, str]:
        """Artifact key -> the id of its group, for those of ``keys`` that have hits."""
        self.finish()
        out = {}
        for marks, part in in_chunks(sorted(set(keys))):
            out.update(self.conn.execute(f"SELECT key, gid FROM {self.members} WHERE key IN ({marks})", part))
        return out

    def categories(self) -> list[tuple[str, int]]:
        """(indicator category, or "?" where a hit has none; how many hits) over the artifacts
        with hits, in no particular order."""
        return list(self.conn.execute(
            f"SELECT COALESCE(NULLIF(h.category, ''), '?'), COUNT(*) FROM hits h"
            f" JOIN {self.finish().members} m ON m.key = h.artifact_key GROUP BY 1"))

    def hit_rows(self) -> Iterator[tuple]:
        """A row per hit, most serious first (score, file as text, artifact, start, then the hit's
        rule): ``(key, kind, score, flagged, file, conversation, sender, timestamp,
        time_as_written, zone_assumed, group id, group size, rule_id, pack, category, weight,
        start, end, snippet)``."""
        yield from self.conn.execute(
            "SELECT m.key, m.kind, m.score, m.flagged, m.file, m.conversation, m.sender, m.timestamp,"
            " m.time_as_written, m.zone_assumed, m.gid, m.size, h.rule_id, h.pack, h.category, h.weight,"
            f' h.start, h."end", h.snippet FROM {self.finish().members} m JOIN hits h ON h.artifact_key = m.key'
            " ORDER BY m.score DESC, CASE WHEN m.file IS NULL THEN 'None' ELSE m.file END, m.key,"
            " COALESCE(h.start, 0), h.start, h.rule_id")
