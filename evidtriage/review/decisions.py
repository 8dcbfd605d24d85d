"""The examiner's review decisions: each one a signed custody entry, never changed or deleted.

A decision says of one finding (``f-…``, a text with every place it occurs: findings.json's
``groups``) or one artifact (its key) that it is ``relevant``, ``not-relevant`` or
``needs-translation``, with an optional comment and tags. It is recorded as a "review decision"
entry of the custody log, signed by the examiner who made it, with the time; a change is a new
entry that names the one it supersedes. The latest entry for a key is the one in force, whoever
made it: two examiners' decisions are both kept, in the log's order.

The ``decisions`` table of the case store is derived from those entries for look-up, and is
rebuilt from the log whenever they differ (``current``): the log is the record.

Rules kept here, with their reasons:

* a key must name a finding or an artifact of this case: a decision on nothing would read as a
  finding in the reviewed report;
* a tag is a name (letters, marks, digits, space, ``-``, ``_``, ``.``; at most 64 characters), so
  that no markup can travel in it; a comment is free text, refused only for control characters,
  and every report shows it escaped (inert text);
* two review commands at once are taken in turn (a lock on ``review.lock`` in the case folder),
  so that both entries are chained, neither lost.
"""

from __future__ import annotations

import fcntl
import os
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..custody import log
from ..errors import UserError
from ..linking.text_groups import group_id, normalised_text
from ..store import Store

ACTION = "review decision"
DECISIONS = ("relevant", "not-relevant", "needs-translation")
MOST_TAG = 64
MOST_COMMENT = 4000
_TAG_PUNCT = set(" -_.")


@dataclass(frozen=True)
class Decision:
    """A decision in force (or one of its history): who made it, when, in which custody entry."""

    seq: int
    key: str
    decision: str
    comment: str
    tags: tuple[str, ...]
    examiner: str
    time_utc: str
    supersedes: int | None = None

    def as_dict(self) -> dict:
        return {"seq": self.seq, "key": self.key, "decision": self.decision, "comment": self.comment,
                "tags": list(self.tags), "examiner": self.examiner, "time_utc": self.time_utc,
                "supersedes": self.supersedes}


def check_tag(tag: str) -> str:
    name = " ".join(tag.split())
    if not name:
        raise UserError("a tag needs a name")
    if len(name) > MOST_TAG:
        raise UserError(f"tag names are at most {MOST_TAG} characters")
    for ch in name:
        if not (unicodedata.category(ch)[0] in "LMN" or ch in _TAG_PUNCT):
            raise UserError(f"tag {name[:MOST_TAG]!r} refused: a tag name holds letters, digits, spaces, "
                            "'-', '_' and '.' only")
    return name


def check_comment(comment: str) -> str:
    if len(comment) > MOST_COMMENT:
        raise UserError(f"a comment is at most {MOST_COMMENT} characters")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in comment):
        raise UserError("a comment may not hold control characters")
    return comment.strip()


def finding_keys(store: Store) -> dict[str, list[str]]:
    """Each finding id of the case with the artifact keys it groups (as findings.json groups them)."""
    out: dict[str, list[str]] = {}
    for key, text in store.hit_texts():
        out.setdefault(group_id(normalised_text(text)), []).append(key)
    return out


def _entries(store: Store) -> list[dict]:
    return [e for e in store.custody_entries() if e["action"] == ACTION]


def history(store: Store) -> list[Decision]:
    """Every decision ever recorded, in the custody log's order (from the log itself)."""
    out = []
    for e in _entries(store):
        d = log.details_of(e)
        out.append(Decision(e["seq"], e["subject"], d.get("decision", ""), d.get("comment", ""),
                            tuple(d.get("tags") or ()), e["examiner"], e["time_utc"], d.get("supersedes")))
    return out


def current(store: Store) -> dict[str, Decision]:
    """The decision in force for each key (the latest entry), with the derived table brought in
    line with the log first."""
    every = history(store)
    derived = [(r["seq"], r["key"], r["decision"]) for r in store.decision_rows()]
    if derived != [(d.seq, d.key, d.decision) for d in every]:
        store.clear_decisions()
        store.record_decisions((d.seq, d.key, d.decision, d.comment, d.tags, d.examiner, d.time_utc) for d in every)
    latest: dict[str, Decision] = {}
    for d in every:
        latest[d.key] = d
    return latest


def derived_table_problems(store: Store) -> list[str]:
    """Where the store's decisions table differs from the signed log (for ``verify``)."""
    every = history(store)
    rows = store.decision_rows()
    signed = {d.seq: (d.key, d.decision, d.comment, list(d.tags), d.examiner) for d in every}
    problems = []
    for r in rows:
        if signed.get(r["seq"]) != (r["key"], r["decision"], r["comment"], r["tags"], r["examiner"]):
            problems.append(f"review decision of custody entry {r['seq']} in the case store differs from the "
                            "signed log (altered; 'evidtriage review DIR --list' rebuilds it from the log)")
    return problems


@contextmanager
def _review_lock(case_dir: str):
    fd = os.open(Path(case_dir) / "review.lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def decide(store: Store, case_dir: str, record, key: str, decision: str, comment: str = "",
           tags: tuple[str, ...] = (), groups: dict[str, list[str]] | None = None) -> Decision:
    """Record a decision as a signed custody entry (``record``: a custody recorder) and in the
    derived table; refused with one line for an unknown key or decision, a tag that is not a name
    or a comment with control characters.

    :param groups: :func:`finding_keys` of the case, when the caller keeps them (the review
        server: computing them reads and normalises every text with hits).
    """
    key = key.strip()
    if decision not in DECISIONS:
        raise UserError(f"unknown decision {decision!r}: choose from {', '.join(DECISIONS)}")
    tags = tuple(dict.fromkeys(check_tag(t) for t in tags))
    comment = check_comment(comment)
    if not key.startswith("f-"):
        groups = {}
    elif groups is None:
        groups = finding_keys(store)
    if key in groups:
        details = {"key": key, "kind": "finding", "artifacts": groups[key]}
    elif store.artifact_exists(key):
        details = {"key": key, "kind": "artifact"}
    else:
        raise UserError(f"no finding or artifact {key[:80]!r} in this case: use a finding id (f-…) or an "
                        "artifact key from findings.json, the report, or 'evidtriage review DIR --list'")
    with _review_lock(case_dir):
        before = current(store).get(key)
        details.update(decision=decision, comment=comment, tags=list(tags),
                       supersedes=before.seq if before else None)
        entry = record(ACTION, key, details)
        made = Decision(entry["seq"], key, decision, comment, tags, entry["examiner"], entry["time_utc"],
                        details["supersedes"])
        store.record_decisions([(made.seq, key, decision, comment, tags, made.examiner, made.time_utc)])
    return made
