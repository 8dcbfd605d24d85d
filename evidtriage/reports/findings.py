"""``findings.json``: the machine-readable contract, schema ``evidtriage/findings/1``.

Built from the case store alone, every list in a fixed order and every object with sorted keys,
so that the same evidence gives the same bytes (apart from the run's timestamps) however the
scan was run: in one go, resumed after a kill, with one worker or many. ``docs/findings.md``
documents every field.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from pathlib import Path

from .. import __version__
from ..artifacts import ARTIFACT_TYPES, artifact_fields, artifact_from_fields
from ..indicators.scoring import DEFAULT_REVIEW_LINE, flagged
from ..linking.text_groups import groups_from_rows, member_rows, templates_from_rows, text_groups
from ..model import CONTAINER_SEP, FileRecord
from ..store import Store
from ..store.finding_index import FindingIndex

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


def entity_rows(store: Store, with_hits: bool = False) -> list[dict]:
    """Each normalised entity with every occurrence, in (type, value) order (``with_hits``: only
    the occurrences in artifacts with indicator hits, as grouping needs them)."""
    return list(_entities(store, with_hits))


def _entities(store: Store, with_hits: bool = False):
    """:func:`entity_rows` one entity at a time."""
    row: dict | None = None
    for etype, value, key, start, end, obfuscated, ocr_confidence, ex, path in store.entity_stream(with_hits):
        if row is None or (row["type"], row["value"]) != (etype, value):
            if row is not None:
                yield row
            row = {"type": etype, "value": value, "occurrences": []}
        row["occurrences"].append({"artifact": key, "exhibit_id": ex, "file": path, "start": start,
                                   "end": end, "obfuscated": bool(obfuscated),
                                   **({"ocr_confidence": ocr_confidence} if ocr_confidence is not None else {})})
    if row is not None:
        yield row


class Streamed:
    """A list of findings.json read afresh from the store each time it is iterated, never held
    whole (written by :func:`write_findings` as the list it stands for)."""

    def __init__(self, make, any_rows):
        """``make``: a new iterator of the rows; ``any_rows``: whether there is one (asked of the
        store, so that no iterator is left half read: one collected later, maybe in another
        thread, would use its cursor there)."""
        self._make, self._any = make, any_rows

    def __iter__(self):
        return iter(self._make())

    def __bool__(self) -> bool:
        return bool(self._any())


def as_lists(findings: dict) -> dict:
    """findings.json as plain lists and dicts (as ``json.load`` of it gives them): every streamed
    list read whole, for small cases and tests."""
    return {k: list(v) if isinstance(v, (Streamed, ArtifactRows)) else v for k, v in findings.items()}


class Findings(dict):
    """findings.json as :func:`build_findings` makes it: a dict whose long lists (artifacts,
    groups, templates, entities) are :class:`Streamed` from the store, and ``index``, the
    findings grouped and ranked in the store, from which the reports read what they show."""

    index: FindingIndex
    artifact_rows: "ArtifactRows"
    copies: object  # (exhibit, file) -> the other files with its content


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


def conversation_rows(messages) -> list[dict]:
    """Each conversation (per file) with its score: the sum of its messages' scores, the highest
    single message, and how many messages had hits, most serious first.

    :param messages: (exhibit, file, conversation, timestamp, score, has hits) of each message,
        in findings order, one at a time (``Store.message_stats``): per conversation only its
        figures are kept, and the scores that are not zero, so that the sum is the same float.
    """
    from ..indicators.scoring import aggregate

    groups: dict[tuple, list] = {}
    for ex, f, conv, ts, score, hits in messages:
        g = groups.get((ex or "", f or "", conv or ""))
        if g is None:  # messages, with hits, scores kept, zero types seen, first time, last time
            g = groups[(ex or "", f or "", conv or "")] = [0, 0, [], set(), None, None]
        g[0] += 1
        g[1] += bool(hits)
        if score or type(score) not in g[3]:  # a zero changes neither sum nor max: one of each type is kept
            g[2].append(score)
            if not score:
                g[3].add(type(score))
        if ts:
            g[4] = ts if g[4] is None or ts < g[4] else g[4]
            g[5] = ts if g[5] is None or ts > g[5] else g[5]
    rows = [{"exhibit_id": ex, "file": f, "conversation": conv, "messages": n, "messages_with_hits": h,
             "score": aggregate(scores), "top_score": max(scores), "first_timestamp": first, "last_timestamp": last}
            for (ex, f, conv), (n, h, scores, _, first, last) in groups.items()]
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


class ArtifactRows:
    """findings.json's ``artifacts``: each with its provenance and its kind's fields, in (file,
    parser, ordinal) order, read from the store every time they are iterated, never all held in
    memory (a case of a million messages would need gigabytes).

    ``file`` is the first file (in exhibit, path order) with the artifact's content: the one
    that was parsed. Hits and score are filled by the indicator engine; ``flagged`` says whether
    the score reaches the run's review line (an item with hits below it is a weak mention), or,
    in a run with ``--aid-corroborates``, whether it is a weak mention that the ranking aid
    corroborates: such a row is flagged and carries ``corroborated_by_aid`` (``corroborated``:
    artifact key -> that object, :func:`corroborations`).
    """

    def __init__(self, store: Store, files: list[FileRecord], line: float = DEFAULT_REVIEW_LINE,
                 corroborated: dict[str, dict] | None = None):
        self.store, self.line = store, line
        self.corroborated = corroborated or {}
        self._present = {(f.exhibit_id, f.path) for f in files}
        self._by_suffix = _suffix_resolver(files)
        self._with_hits: list[dict] | None = None

    def __iter__(self):
        return self._rows(self.store.artifact_stream())

    def of_keys(self, keys) -> dict[str, dict]:
        """Key -> row (hits included) of those of ``keys`` that are artifacts."""
        keys, out = sorted(set(keys)), {}
        for start in range(0, len(keys), 500):
            out.update((row["key"], row) for row in self._rows(self.store.artifact_stream(keys=keys[start:start + 500])))
        return out

    def with_hits_by_key(self):
        """The artifacts with hits in key order, without their hits (``hits`` is empty): what
        grouping needs of them."""
        return self._rows(self.store.artifact_stream(with_hits=True, by_key=True), {})

    def of_kind(self, *kinds: str):
        """Only the artifacts of these kinds, in the same order."""
        return self._rows(self.store.artifact_stream(kinds=kinds))

    def timeline(self):
        """The messages in each conversation's reading order: (conversation, file, time), then
        findings order."""
        return self._rows(self.store.artifact_stream(kinds=("message",), timeline=True))

    def with_hits(self) -> list[dict]:
        """The artifacts with indicator hits (a small share of a case), in findings order.

        These rows are all held at once: the review page's light findings use them; the reports
        do not (they read the findings grouped and ranked in the store, :class:`Findings`). Tens
        of thousands in a case of a million messages: each row shares its field names and the values that repeat
        from row to row (file, parser, sender, rule...) with the rows before it, instead of
        holding copies of its own, which takes about a third less memory. Read once: every
        report written from these findings uses the same rows (none changes them)."""
        if self._with_hits is not None:
            return self._with_hits
        shared: dict[str, str] = {}
        rows = []
        for row in self._rows(self.store.artifact_stream(with_hits=True), self.store.all_hits()):
            for h in row["hits"]:
                for name in _REPEATED_IN_HITS:
                    h[name] = shared.setdefault(h[name], h[name])
            rows.append({shared.setdefault(k, k): shared.setdefault(v, v) if k in _REPEATED and isinstance(v, str) else v
                         for k, v in row.items()})
        self._with_hits = rows
        return rows

    def _rows(self, stream, hits: dict[str, list[dict]] | None = None):
        for key, _, parser, version, _, kind, data, ex, path, score, explanation, has_hits in stream:
            row = {"key": key, "kind": kind, "exhibit_id": ex, "file": path, "parser": parser,
                   "parser_version": version, "hits": [], "score": 0, "flagged": False}
            row.update(_fields(kind, data))
            if row.get("attachments"):
                # an attachment resolves only to a file that is really in the exhibit
                row["attachments"] = [[name, (loc if loc and (ex, loc) in self._present
                                              else self._by_suffix(ex, name)) if ex is not None else ""]
                                      for name, loc in row["attachments"]]
            if explanation is not None or has_hits:
                score = score if explanation is not None else 0
                found = (hits.get(key, []) if hits is not None else self.store.hits_of(key)) if has_hits else []
                row.update(hits=found, score=score,
                           score_explanation=explanation or "", flagged=flagged(score, self.line))
                if has_hits and not row["flagged"] and key in self.corroborated:
                    row.update(flagged=True, corroborated_by_aid=self.corroborated[key])
            yield row


#: Fields whose values repeat from artifact to artifact (see :meth:`ArtifactRows.with_hits`).
_REPEATED = frozenset({"kind", "exhibit_id", "file", "parser", "parser_version", "conversation", "conversation_title",
                       "sender", "sender_id", "message_kind", "forwarded_from", "record", "method", "language",
                       "score_explanation"})
_REPEATED_IN_HITS = ("rule_id", "pack", "category")


def with_hits(artifacts) -> list[dict]:
    """The artifacts with hits, of findings.json's ``artifacts`` (streamed rows or a list)."""
    if isinstance(artifacts, ArtifactRows):
        return artifacts.with_hits()
    return [a for a in artifacts if a.get("hits")]


def of_kind(artifacts, *kinds: str):
    """The artifacts of these kinds, of findings.json's ``artifacts`` (streamed rows or a list)."""
    if isinstance(artifacts, ArtifactRows):
        return artifacts.of_kind(*kinds)
    return (a for a in artifacts if a.get("kind") in kinds)


def timeline(artifacts):
    """The messages in each conversation's reading order: (conversation, file, time), then
    findings order (streamed rows or a list)."""
    if isinstance(artifacts, ArtifactRows):
        return artifacts.timeline()
    return sorted(of_kind(artifacts, "message"),
                  key=lambda m: (m.get("conversation") or "", m.get("file") or "", m.get("timestamp") or ""))


def artifact_rows(store: Store, files: list[FileRecord], line: float = DEFAULT_REVIEW_LINE) -> list[dict]:
    """Every artifact row (see :class:`ArtifactRows`) as one list: for small cases and tests."""
    return list(ArtifactRows(store, files, line))


@cache
def _field_names(kind: str) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields({c.kind: c for c in ARTIFACT_TYPES}[kind]))


def _fields(kind: str, data: str) -> dict:
    """An artifact's fields from its stored JSON, as :func:`artifact_fields` gives them; the
    dataclass is rebuilt only when the stored fields are not its own (a case written by an
    earlier version), to fill in defaults."""
    d = json.loads(data)
    names = _field_names(kind)
    if d.keys() == names or ("cut" not in d and d.keys() | {"cut"} == names):
        return d
    return artifact_fields(artifact_from_fields(kind, d))


def build_findings(store: Store) -> dict:
    """findings.json as a dict whose ``artifacts`` are streamed from the store (see
    :class:`ArtifactRows`); everything else is small (files, groups of texts with hits, entities,
    conversations' figures)."""
    run = store.last_finished_run()
    files = store.file_records()
    statuses = file_statuses(files, store.content_statuses(), store.skips())
    manifest = run["manifest"] if run else {}
    corroborated = corroborations(store, manifest)
    artifacts = ArtifactRows(store, files, manifest.get("review_line", DEFAULT_REVIEW_LINE), corroborated)
    pending = sum(reason == NOT_YET for _, reason in statuses)
    content_score: dict[str, float] = {}
    for b3, score in store.content_scores():
        content_score[b3] = round(content_score.get(b3, 0) + score, 2)
    index = store.finding_index()
    index.add(member_rows(artifacts.with_hits_by_key(), store.hit_entity_spans()))
    index.finish()
    copies = _copies_of(files)
    file_rows = []
    for f, (status, reason) in zip(files, statuses):
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
    findings = Findings({
        **_head(store, run, pending == 0),
        "summary": _summary(files, statuses, skip_records),
        "exhibits": [
            {"id": e.id, "source": e.source, "kind": e.kind, "description": e.description,
             "added_utc": store.exhibit_added_utc(e.id)}
            for e in store.exhibits()
        ],
        "files": file_rows,
        "artifacts": artifacts,
        "conversations": conversation_rows(store.message_stats()),
        "entities": Streamed(lambda: _entities(store), store.any_entities),
        "image_clusters": image_cluster_rows(store, files),
        "skips": skips,
        "groups": Streamed(lambda: groups_from_rows(index.group_rows(), copies), index.count),
        "templates": Streamed(lambda: templates_from_rows(index.template_rows()), index.any_templates),
        "review": _review(store),
        "ranking_aid": ranking_aid_list(store, manifest, corroborated),
    })
    findings.index, findings.artifact_rows, findings.copies = index, artifacts, copies
    return findings


#: What findings.json and the reports say of the ranking aid's list, every time they show it
AID_NOTE = ("Not flagged by any rule: texts that the statistical ranking aid puts first. A ranking aid, never a "
            "finding: it changes no flag, score or finding, and it learns how the writers of its training sets "
            "write as much as what they write about. Each text is listed with the aid's probability and the "
            "words that raised it most; read it as a place to start reading, not as a reason.")


#: The same, in a run with ``--aid-corroborates``
AID_NOTE_CORROBORATING = (
    "Not flagged: texts that the statistical ranking aid puts first and that no rule flagged, with no rule hit "
    "scoring above 0. In this run the aid also corroborated weak rule hits (--aid-corroborates): a text with a rule "
    "hit below the review line that the aid puts at or above its line is flagged, among the findings, and marked "
    "'corroborated by the ranking aid'; it is not listed here. The aid never flags a text on its own. It learns how "
    "the writers of its training sets write as much as what they write about. Each text is listed with the aid's "
    "probability and the words that raised it most; read it as a place to start reading, not as a reason.")


def corroborates(manifest: dict) -> bool:
    """Whether the run of ``manifest`` had the ranking aid corroborate weak rule hits."""
    model = manifest.get("ranking_aid") or {}
    return bool(model.get("used") and model.get("corroborates_weak_hits"))


def corroborations(store: Store, manifest: dict) -> dict[str, dict]:
    """Artifact key -> findings.json's ``corroborated_by_aid`` of each weak rule hit that the
    ranking aid corroborates, in a run with ``--aid-corroborates`` (empty otherwise): a text with
    a rule hit scoring above 0 and below the review line, and an aid probability at or above the
    aid's line. The rule hits stay its reasons; the aid's probability and words are told beside
    them, so that no reader takes it for a flag of the review line."""
    if not corroborates(manifest):
        return {}
    model = manifest["ranking_aid"]
    line = manifest.get("review_line", DEFAULT_REVIEW_LINE)
    return {key: corroboration(score, line, p, words, model) for key, p, words, score in store.aid_weak_hits(line)}


def corroboration(score: float, line: float, probability: float, words: list[str], model: dict) -> dict:
    """The ``corroborated_by_aid`` object of one weak rule hit that the aid corroborates."""
    said = ", ".join(words) if words else "none"
    return {"score": score, "review_line": line, "probability": probability, "words": list(words),
            "model_version": model.get("version"), "aid_line": model.get("line"),
            "explanation": (f"a weak rule hit (score {score:g}, below the review line {line:g}) corroborated by the "
                            f"ranking aid: probability {probability:g}, words {said} (model {model.get('version')}, "
                            f"line {model.get('line'):g}); its rule hits are its reasons: the aid corroborates them "
                            "and never flags a text alone")}


def ranking_aid_list(store: Store, manifest: dict, corroborated: dict[str, dict] | None = None) -> dict:
    """findings.json's ``ranking_aid``: the model that ranked (from the run manifest), and the
    texts no rule flagged that it puts at or above its line, highest first (``key``: the
    artifact, as in ``artifacts``). Kept apart from the findings, which it never changes; in a
    run with ``--aid-corroborates``, the texts it corroborated (``corroborated``) are flagged
    findings and left out of the list, and ``corroborated`` says how many there are."""
    model = manifest.get("ranking_aid") or {"used": False}
    corroborated = corroborated or {}
    listed = [{"key": key, "probability": p, "words": words} for key, p, words in store.aid_listed()
              if key not in corroborated] if model.get("used") else []
    if corroborates(manifest):
        return {"note": AID_NOTE_CORROBORATING, "model": model, "listed": listed, "corroborated": len(corroborated)}
    return {"note": AID_NOTE, "model": model, "listed": listed}


def _head(store: Store, run: dict | None, none_pending: bool) -> dict:
    """findings.json's schema, tool, case and run."""
    info = store.case_info()
    manifest = run["manifest"] if run else {}
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
            "complete": run is not None and none_pending,
        },
    }


def review_findings(store: Store) -> dict:
    """What the review page shows of findings.json, read from the store alone: the findings
    (groups of texts with hits), their templates and the decisions; ``artifacts`` holds only
    the artifacts with hits, and there are no files, entities or conversations. It reads
    what the first page needs, never every artifact: the page opens in seconds on a case of
    hundreds of thousands of messages."""
    run = store.last_finished_run()
    files = store.file_records()
    manifest = run["manifest"] if run else {}
    statuses = file_statuses(files, store.content_statuses(), store.skips())
    hits = ArtifactRows(store, files, manifest.get("review_line", DEFAULT_REVIEW_LINE),
                        corroborations(store, manifest)).with_hits()
    groups, templates = text_groups(hits, entity_rows(store, with_hits=True), _copies(files, hits))
    return {**_head(store, run, all(reason != NOT_YET for _, reason in statuses)),
            "artifacts": hits, "groups": groups, "templates": templates, "review": _review(store)}


def _review(store: Store) -> dict:
    """The examiner's decisions in force (the latest signed "review decision" entry of each key)
    and how many earlier ones they superseded."""
    from ..review.decisions import current, history

    now = current(store)
    return {"decisions": [now[k].as_dict() for k in sorted(now, key=lambda k: now[k].seq)],
            "superseded": len(history(store)) - len(now)}


def _copies_of(files: list[FileRecord]):
    """(exhibit, file) -> the other files (``EXHIBIT:path``) holding the content of that file,
    which were not parsed again (duplicates)."""
    by_content: dict[str, list[str]] = {}
    content_of: dict[tuple[str, str], str] = {}
    for f in files:
        if f.digests:
            by_content.setdefault(f.digests.blake3, []).append(f"{f.exhibit_id}:{f.path}")
            content_of[(f.exhibit_id, f.path)] = f.digests.blake3

    def copies(exhibit_id, file) -> list[str]:
        return [p for p in by_content.get(content_of.get((exhibit_id, file), ""), []) if p != f"{exhibit_id}:{file}"]

    return copies


def _copies(files: list[FileRecord], with_hits: list[dict]) -> dict[str, list[str]]:
    """For each artifact with hits: the other files (``EXHIBIT:path``) holding the same content,
    which were not parsed again (duplicates)."""
    copies = _copies_of(files)
    return {a["key"]: copies(a["exhibit_id"], a["file"]) for a in with_hits}


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


#: Beside findings.json: its artifacts, one JSON object a line, for tools that stream.
ARTIFACTS_JSONL = "artifacts.jsonl"


def write_findings(store: Store, path: Path, findings: dict | None = None) -> list[Path]:
    """Write ``findings.json`` and, beside it, ``artifacts.jsonl``, streamed: the artifacts are
    written one at a time as the store yields them, never the whole document in memory. The
    bytes are those of ``json.dump(findings, indent=2, sort_keys=True, ensure_ascii=False)``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lines_path = path.with_name(ARTIFACTS_JSONL)
    tmp, lines_tmp = path.with_suffix(path.suffix + ".part"), lines_path.with_suffix(".jsonl.part")
    data = findings if findings is not None else build_findings(store)
    with open(tmp, "w", encoding="utf-8") as fh, open(lines_tmp, "w", encoding="utf-8") as lines:
        fh.write("{")
        for n, name in enumerate(sorted(data)):
            fh.write(("," if n else "") + "\n  " + json.dumps(name, ensure_ascii=False) + ": ")
            value = data[name]
            if name == "artifacts":
                _write_list(fh, value, lines)
            elif isinstance(value, Streamed):
                _write_list(fh, value)
            else:
                fh.write(_indented(value, 1))
        fh.write("\n}\n")
    tmp.replace(path)  # never leave a half-written report under the final name
    lines_tmp.replace(lines_path)
    return [path, lines_path]


def _indented(value, level: int) -> str:
    """``value`` as ``json.dump(indent=2)`` writes it at nesting ``level``."""
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", "\n" + "  " * level)


def _write_list(fh, items, lines=None) -> None:
    """A list at nesting 1, one item at a time; each item also as one line of ``lines`` (if given)."""
    empty = True
    for item in items:
        fh.write(("[" if empty else ",") + "\n    " + _indented(item, 2))
        if lines is not None:
            lines.write(json.dumps(item, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n")
        empty = False
    fh.write("[]" if empty else "\n  ]")
