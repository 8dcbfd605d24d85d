"""``findings.json``: the machine-readable contract, schema ``evidtriage/findings/1``.

Built from the case store alone, every list in a fixed order and every object with sorted keys,
so that the same evidence gives the same bytes (apart from the run's timestamps) however the
scan was run: in one go, resumed after a kill, with one worker or many. ``docs/findings.md``
documents every field.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..artifacts import artifact_fields
from ..indicators.scoring import DEFAULT_REVIEW_LINE, flagged
from ..linking.text_groups import text_groups
from ..model import CONTAINER_SEP, FileRecord
from ..store import Store

SCHEMA = "evidtriage/findings/1"
NOT_YET = "not examined yet: the scan has not reached it (run 'evidtriage scan' to continue)"


def _archive_troubles(skips) -> tuple[dict, dict]:
    """From the skips of the archive stage: (exhibit, archive path) -> why the archive itself
    could not be listed, and -> how many of its members were refused."""
    unlisted: dict[tuple[str, str], str] = {}
    refused: dict[tuple[str, str], int] = {}
    for s in skips or ():
        if s.stage not in ("archive", "image"):  # image: a disk image's volumes and entries
            continue
        if s.reason.startswith(("archive cannot be listed", "archive nested", "disk image cannot be read")):
            unlisted[(s.exhibit_id, s.path)] = s.reason
            continue
        # "N members, over the limit" is written on the archive; every other skip on a member
        outer = s.path if " members, over the limit of " in s.reason else s.path.rsplit(CONTAINER_SEP, 1)[0]
        refused[(s.exhibit_id, outer)] = refused.get((s.exhibit_id, outer), 0) + 1
    return unlisted, refused


def file_statuses(files: list[FileRecord], contents: dict[str, tuple[str, str]],
                  skips=None) -> list[tuple[str, str]]:
    """The status and reason of each file, in the order given.

    The first file (in exhibit, path order) with a content is examined; later ones are
    duplicates of it. A file that could not be read is skipped; one that changed size while
    read is partial. An archive that could not be listed is not examined; one whose members
    were refused in part is partial (``skips``: the store's skips, which say so).
    """
    unlisted, refused = _archive_troubles(skips)
    first_with: dict[str, FileRecord] = {}
    out = []
    for f in files:
        if f.digests is None:
            out.append(("skipped", f.problem if f.hashed else NOT_YET))
            continue
        b3 = f.digests.blake3
        first = first_with.setdefault(b3, f)
        if contents.get(b3, ("",))[0] in ("known-good", "known-bad"):
            out.append(contents[b3])  # every copy of a known file says so, not "duplicate"
        elif first is not f:
            out.append(("duplicate", f"same content (BLAKE3) as {first.exhibit_id}:{first.path}"))
        elif f.problem:
            out.append(("partial", f.problem))
        elif (f.exhibit_id, f.path) in unlisted:
            out.append(("not examined", unlisted[f.exhibit_id, f.path]))
        elif (f.exhibit_id, f.path) in refused and contents.get(b3, ("",))[0] == "parsed":
            out.append(("partial", "archive: opened; some of its members were not examined (see skips)"))
        elif b3 in contents:
            out.append(contents[b3])
        else:
            out.append(("skipped", NOT_YET))
    return out


def first_files(files: list[FileRecord]) -> dict[str, FileRecord]:
    first: dict[str, FileRecord] = {}
    for f in files:
        if f.digests:
            first.setdefault(f.digests.blake3, f)
    return first


def entity_rows(store: Store, first: dict[str, FileRecord]) -> list[dict]:
    """Each normalised entity with every occurrence, in (type, value) order."""
    by_key: dict[tuple[str, str], dict] = {}
    contents = store.artifact_contents()
    for etype, value, key, start, end, obfuscated, ocr_confidence in store.entity_occurrences():
        f = first.get(contents.get(key, ""))
        row = by_key.setdefault((etype, value), {"type": etype, "value": value, "occurrences": []})
        row["occurrences"].append({"artifact": key, "exhibit_id": f.exhibit_id if f else None,
                                   "file": f.path if f else None, "start": start, "end": end,
                                   "obfuscated": bool(obfuscated),
                                   **({"ocr_confidence": ocr_confidence} if ocr_confidence is not None else {})})
    return [by_key[k] for k in sorted(by_key)]


def image_cluster_rows(store: Store, files: list[FileRecord]) -> list[dict]:
    """Groups of near-duplicate images (pHash distance <= 10) as the scan's link stage stored
    them, with every file holding one of the images."""
    by_content: dict[str, list[str]] = {}
    for f in files:
        if f.digests:
            by_content.setdefault(f.digests.blake3, []).append(f"{f.exhibit_id}:{f.path}")
    rows = []
    for n, members, distance in store.image_clusters():
        rows.append({"id": f"cluster-{n}", "members": sorted(m for b3 in members for m in by_content.get(b3, [])),
                     "distance": distance})
    return rows


def conversation_rows(artifacts: list[dict]) -> list[dict]:
    """Each conversation (per file) with its score: the sum of its messages' scores, the highest
    single message, and how many messages had hits, most serious first."""
    from ..indicators.scoring import aggregate

    groups: dict[tuple, list[dict]] = {}
    for a in artifacts:
        if a["kind"] == "message":
            groups.setdefault((a["exhibit_id"] or "", a["file"] or "", a.get("conversation") or ""), []).append(a)
    rows = []
    for (ex, f, conv), msgs in groups.items():
        times = sorted(m["timestamp"] for m in msgs if m.get("timestamp"))
        rows.append({"exhibit_id": ex, "file": f, "conversation": conv, "messages": len(msgs),
                     "messages_with_hits": sum(1 for m in msgs if m["hits"]),
                     "score": aggregate([m["score"] for m in msgs]), "top_score": max(m["score"] for m in msgs),
                     "first_timestamp": times[0] if times else None, "last_timestamp": times[-1] if times else None})
    rows.sort(key=lambda r: (-r["score"], r["exhibit_id"], r["file"], r["conversation"]))
    return rows


def _suffix_resolver(files: list[FileRecord]):
    """Where an app database names its media by a path on the phone (``Media/WhatsApp
    Images/IMG-1.jpg``), the one file of the exhibit whose path ends with it; "" when there is
    none, or several (then which one is not said)."""
    index: dict[tuple[str, str], list[str]] = {}

    def resolve(exhibit_id: str, name: str) -> str:
        if "/" not in name.strip("/"):
            return ""
        if not index:
            for f in files:
                index.setdefault((f.exhibit_id, f.path.rsplit("/", 1)[-1]), []).append(f.path)
        tail = name.strip("/")
        found = [p for p in index.get((exhibit_id, tail.rsplit("/", 1)[-1]), ()) if p == tail or p.endswith("/" + tail)]
        return found[0] if len(found) == 1 else ""

    return resolve


def artifact_rows(store: Store, files: list[FileRecord], line: float = DEFAULT_REVIEW_LINE) -> list[dict]:
    """Each artifact with its provenance and its kind's fields, in (file, parser, ordinal) order.

    ``file`` is the first file (in exhibit, path order) with the artifact's content: the one
    that was parsed. Hits and score are filled by the indicator engine; ``flagged`` says whether
    the score reaches the run's review line (an item with hits below it is a weak mention).
    """
    first: dict[str, FileRecord] = {}
    for f in files:
        if f.digests:
            first.setdefault(f.digests.blake3, f)
    matches = store.match_results()
    present = {(f.exhibit_id, f.path) for f in files}
    by_suffix = _suffix_resolver(files)
    rows = []
    for sa in store.stamped_artifacts():
        f = first.get(sa.blake3)
        row = {"key": sa.key, "kind": sa.kind, "exhibit_id": f.exhibit_id if f else None,
               "file": f.path if f else None, "parser": sa.parser, "parser_version": sa.parser_version,
               "hits": [], "score": 0, "flagged": False}
        row.update(artifact_fields(sa.artifact))
        if row.get("attachments"):
            # an attachment resolves only to a file that is really in the exhibit
            row["attachments"] = [[name, (loc if loc and (f.exhibit_id, loc) in present
                                          else by_suffix(f.exhibit_id, name)) if f else ""]
                                  for name, loc in row["attachments"]]
        m = matches.get(sa.key)
        if m:
            row.update(hits=m["hits"], score=m["score"], score_explanation=m["explanation"],
                       flagged=flagged(m["score"], line))
        rows.append(row)
    rows.sort(key=lambda r: (r["exhibit_id"] or "", r["file"] or "", r["parser"], int(r["key"].rsplit(":", 1)[1])))
    return rows


def build_findings(store: Store) -> dict:
    info = store.case_info()
    run = store.last_finished_run()
    files = store.file_records()
    statuses = file_statuses(files, store.content_statuses(), store.skips())
    manifest = run["manifest"] if run else {}
    artifacts = artifact_rows(store, files, manifest.get("review_line", DEFAULT_REVIEW_LINE))
    content_score: dict[str, float] = {}
    contents = store.artifact_contents()
    for a in artifacts:
        b3 = contents.get(a["key"], "")
        content_score[b3] = round(content_score.get(b3, 0) + a["score"], 2)
    entities = entity_rows(store, first_files(files))
    groups, templates = text_groups(artifacts, entities, _copies(files, contents, artifacts))
    file_rows = []
    pending = 0
    for f, (status, reason) in zip(files, statuses):
        pending += reason == NOT_YET
        d = f.digests
        file_rows.append({
            "exhibit_id": f.exhibit_id,
            "path": f.path,
            "size": f.size,
            "md5": d.md5 if d else None,
            "sha1": d.sha1 if d else None,
            "sha256": d.sha256 if d else None,
            "blake3": d.blake3 if d else None,
            "media_type": f.media_type,
            "status": status,
            "reason": reason,
            "score": content_score.get(d.blake3, 0) if d else 0,
        })
    skip_records = store.skips()
    skips = [{"exhibit_id": s.exhibit_id, "path": s.path, "stage": s.stage, "reason": s.reason}
             for s in skip_records]
    return {
        "schema": SCHEMA,
        "tool": manifest.get("tool", {"name": "evidtriage", "version": __version__}),
        "case": {
            "case_id": info.case_id, "examiner": info.examiner, "agency": info.agency,
            "authority": info.authority, "timezone": info.timezone or None,
            "created_utc": info.created_utc,
        },
        "run": {
            **{k: v for k, v in manifest.items() if k != "tool"},
            "started_utc": run["first_started_utc"] if run else None,
            "finished_utc": run["finished_utc"] if run else None,
            "complete": run is not None and pending == 0,
        },
        "summary": _summary(files, statuses, skip_records),
        "exhibits": [
            {"id": e.id, "source": e.source, "kind": e.kind, "description": e.description,
             "added_utc": store.exhibit_added_utc(e.id)}
            for e in store.exhibits()
        ],
        "files": file_rows,
        "artifacts": artifacts,
        "conversations": conversation_rows(artifacts),
        "entities": entities,
        "image_clusters": image_cluster_rows(store, files),
        "skips": skips,
        "groups": groups,
        "templates": templates,
        "review": _review(store),
    }


def _review(store: Store) -> dict:
    """The examiner's decisions in force (the latest signed "review decision" entry of each key)
    and how many earlier ones they superseded."""
    from ..review.decisions import current, history

    now = current(store)
    return {"decisions": [now[k].as_dict() for k in sorted(now, key=lambda k: now[k].seq)],
            "superseded": len(history(store)) - len(now)}


def _copies(files: list[FileRecord], contents: dict[str, str], artifacts: list[dict]) -> dict[str, list[str]]:
    """For each artifact with hits: the other files (``EXHIBIT:path``) holding the same content,
    which were not parsed again (duplicates)."""
    by_content: dict[str, list[str]] = {}
    for f in files:
        if f.digests:
            by_content.setdefault(f.digests.blake3, []).append(f"{f.exhibit_id}:{f.path}")
    out = {}
    for a in artifacts:
        if a["hits"]:
            same = by_content.get(contents.get(a["key"], ""), [])
            out[a["key"]] = [p for p in same if p != f"{a['exhibit_id']}:{a['file']}"]
    return out


#: File statuses that mean "not read at all", or read only in part.
UNREAD_STATUSES = ("not examined", "skipped", "partial")


def not_examined_groups(files: list[FileRecord], statuses: list[tuple[str, str]], skips: list) -> list[dict]:
    """Files not read (status ``not examined`` or ``skipped``) or read only in part (``partial``),
    and the skips of things that are not files of their own (links, refused archive members),
    grouped by reason: the most frequent reason first. A file is counted once, even when a skip
    names it too."""
    groups: dict[tuple[str, str], int] = {}
    counted = set()
    for f, (status, reason) in zip(files, statuses):
        if status in UNREAD_STATUSES:
            groups[(status, reason)] = groups.get((status, reason), 0) + 1
            counted.add((f.exhibit_id, f.path))
    for s in skips:
        if (s.exhibit_id, s.path) not in counted:
            groups[(f"skip ({s.stage})", s.reason)] = groups.get((f"skip ({s.stage})", s.reason), 0) + 1
    return [{"status": st, "reason": r, "files": n}
            for (st, r), n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))]


def _summary(files: list[FileRecord], statuses: list[tuple[str, str]], skips: list) -> dict:
    counts: dict[str, int] = {}
    for status, _ in statuses:
        counts[status] = counts.get(status, 0) + 1
    return {"files": len(files), "bytes": sum(f.size for f in files),
            "distinct_contents": len({f.digests.blake3 for f in files if f.digests}),
            "by_status": dict(sorted(counts.items())), "skips": len(skips),
            "not_examined": not_examined_groups(files, statuses, skips)}


def case_summary(store: Store) -> dict:
    """findings.json's ``summary``, without building the rest (for the end of a run)."""
    files = store.file_records()
    skips = store.skips()
    return _summary(files, file_statuses(files, store.content_statuses(), skips), skips)


def write_findings(store: Store, path: Path, findings: dict | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    data = findings if findings is not None else build_findings(store)
    with open(tmp, "w", encoding="utf-8") as fh:  # streamed: never the whole document as one string
        json.dump(data, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    tmp.replace(path)  # never leave a half-written report under the final name
    return path
