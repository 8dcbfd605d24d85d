"""CSV reports: findings (a row per hit, with the finding it belongs to), occurrences (where each
finding's text occurs), messages, files, entities, and what was not examined (by reason).

Safe to open in a spreadsheet: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with an apostrophe, so evidence text like ``=HYPERLINK(...)`` is
shown, never evaluated (formula injection). Files are UTF-8 with a byte-order mark so that
spreadsheet programs show Bengali instead of mojibake.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..linking.entity_links import linking_files
from .findings import of_kind, with_hits
from .times import time_fields

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """The cell text for ``value``, defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)  # numbers are data, a leading minus included
    text = str(value)
    if text.startswith(_DANGEROUS):
        return "'" + text
    return text


def render_rows(header: list[str], rows) -> bytes:
    buf = io.StringIO()
    write_rows(buf, header, rows)
    return buf.getvalue().encode("utf-8")


def write_rows(fh, header: list[str], rows) -> None:
    """The table to a text file, a row at a time (``rows`` may be streamed from the store)."""
    fh.write("\ufeff")
    w = csv.writer(fh, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([neutralise(v) for v in row])


def _artifact_text(a: dict) -> str:
    return a.get("text") or ""


class _Rows:
    """A table's rows, made afresh each time they are read (none held)."""

    def __init__(self, make):
        self._make = make

    def __iter__(self):
        return iter(self._make())


def tables(findings: dict) -> dict[str, tuple[list[str], list[list]]]:
    """The six tables, from findings.json's contract; the rows of hits, occurrences and messages
    are made as they are read (the messages read from the store as they are written)."""
    artifacts = findings.get("artifacts", [])
    zone = (findings.get("case") or {}).get("timezone") or ""

    # the weak rule hits that the ranking aid corroborated (--aid-corroborates): their rows say so
    corroborated = getattr(getattr(findings, "artifact_rows", None), "corroborated", None) or {}

    def review(a: dict) -> str:
        c = a.get("corroborated_by_aid") or corroborated.get(a.get("key"))
        if c and a.get("flagged"):
            return f"flagged, not by the review line: {c['explanation']}"
        return "flagged" if a.get("flagged") else "weak mention"

    def hit_row(a: dict, h: dict, group_id: str, size: int) -> list:
        t = list(time_fields(a, zone).values()) if a.get("kind") == "message" else ["", "", "", ""]
        return [a.get("score", 0), review(a), h.get("rule_id"), h.get("pack"), h.get("category"),
                h.get("weight"), a.get("file"), a.get("key"), group_id, size, a.get("kind"),
                a.get("conversation"), a.get("sender"), a.get("timestamp"), *t[:1], *t[2:],
                h.get("start"), h.get("end"), h.get("snippet")]

    index = getattr(findings, "index", None)
    if index is not None:  # a row per hit, most serious first, as the store ranks them
        hits = _Rows(lambda: (hit_row(*_hit_pair(row)) for row in index.hit_rows()))
    else:
        hits = _Rows(lambda: (hit_row(*row) for row in _ranked_hits(findings)))
    occurrences = _Rows(lambda: ([g["id"], o["artifact"], o["exhibit_id"], o["file"], o.get("conversation"), o.get("sender"),
                                  o.get("timestamp"), *[v for k, v in time_fields(o, zone).items() if k != "timestamp_utc"],
                                  "; ".join(o.get("copies") or ())]
                                 for g in findings.get("groups") or () for o in g["occurrences"]))
    messages = ([a.get("key"), a.get("file"), a.get("conversation"), a.get("sender"), a.get("timestamp"),
                 *[v for k, v in time_fields(a, zone).items() if k != "timestamp_utc"],
                 a.get("score", 0), _artifact_text(a)]
                for a in of_kind(artifacts, "message"))
    files = [[f["exhibit_id"], f["path"], f["size"], f["status"], f["reason"], f["media_type"],
              f["md5"], f["sha1"], f["sha256"], f["blake3"]] for f in findings.get("files", [])]
    entities = _Rows(lambda: ([e.get("type"), e.get("value"), len(e.get("occurrences", [])), len(linking_files(e)),
                               "; ".join(sorted({str(o.get("file")) for o in e.get("occurrences", [])}))]
                              for e in findings.get("entities", [])))
    return {
        "findings": (["score", "review", "rule_id", "pack", "category", "weight", "file", "artifact", "finding",
                      "occurrences", "kind",
                      "conversation", "sender", "timestamp", "local_time", "time_as_written", "time_zone",
                      "start", "end", "snippet"], hits),
        "occurrences": (["finding", "artifact", "exhibit_id", "file", "conversation", "sender", "timestamp",
                         "local_time", "time_as_written", "time_zone", "identical_files"], occurrences),
        "messages": (["artifact", "file", "conversation", "sender", "timestamp", "local_time", "time_as_written",
                      "time_zone", "score", "text"], messages),
        "files": (["exhibit_id", "path", "size", "status", "reason", "media_type", "md5", "sha1",
                   "sha256", "blake3"], files),
        "entities": (["type", "value", "occurrences", "files", "file_list"], entities),
        "not_examined": (["files", "status", "reason"],
                         [[g["files"], g["status"], g["reason"]]
                          for g in (findings.get("summary") or {}).get("not_examined") or []]),
    }


def _ranked_hits(findings: dict):
    """(artifact, hit, group id, group size) of every hit of findings given as lists, most
    serious first (as :meth:`FindingIndex.hit_rows` ranks them in the store)."""
    group_of = {k: g for g in findings.get("groups") or () for k in g["artifacts"]}
    order, pairs = [], []
    for a in with_hits(findings.get("artifacts", [])):
        for h in a.get("hits", []):
            order.append((-(a.get("score", 0) or 0), str(a.get("file")), str(a.get("key")), h.get("start") or 0, len(pairs)))
            pairs.append((a, h))
    order.sort()
    for k in order:
        a, h = pairs[k[-1]]
        g = group_of.get(a.get("key")) or {}
        yield a, h, g.get("id", ""), len(g.get("artifacts", ()))


def _hit_pair(row: tuple) -> tuple[dict, dict, str, int]:
    """(artifact, hit, group id, group size) from a row of :meth:`FindingIndex.hit_rows`: the
    artifact's fields that a row of findings.csv shows."""
    (key, kind, score, flagged, file, conversation, sender, timestamp, written, assumed, gid, size,
     rule_id, pack, category, weight, start, end, snippet) = row
    a = {"key": key, "kind": kind, "score": score, "flagged": bool(flagged), "file": file, "conversation": conversation,
         "sender": sender, "timestamp": timestamp, "time_as_written": written, "zone_assumed": bool(assumed)}
    h = {"rule_id": rule_id, "pack": pack, "category": category, "weight": weight, "start": start, "end": end,
         "snippet": snippet}
    return a, h, gid, size


def write_csv_reports(findings: dict, out_dir: Path) -> list[Path]:
    """Write ``findings.csv``, ``occurrences.csv``, ``messages.csv``, ``files.csv``, ``entities.csv`` and
    ``not_examined.csv``, each under a temporary name first, a row at a time."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (header, rows) in tables(findings).items():
        path = out_dir / f"{name}.csv"
        tmp = path.with_name(path.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            write_rows(fh, header, rows)
        tmp.replace(path)
        written.append(path)
    return written
