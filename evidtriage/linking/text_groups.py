"""Findings grouped by text: identical texts are one finding; near-identical ones a template.

A case made of many copies of a phone (or many phones of one ring) holds the same flagged text
many times: listed once per copy, the same three texts filled the report and pushed the other
findings out of it. Here every artifact with indicator hits is put in a *group* with the others
whose text is the same after normalisation (the matcher's own folding: case, digit forms,
white space), and the group is the finding; its occurrences say where each copy is (exhibit,
file, conversation, sender, time, and the files holding the very same content).

Groups whose texts differ only in their entities (another phone number, account or price: the
same job advert posted with another broker's number) are joined in a *template*, with each
variant's entities and the entities that differ between them listed: that is how one broker's
adverts are tied across phones.

Plain functions over findings.json's own rows (dicts): no store, no evidence read. The cost is
one normalisation of each text with hits (a small share of a case's messages) and dictionary
look-ups; see ``bench/grouping.py``. :func:`text_groups` groups a list of rows at once; for a
case read from its store, :func:`member_rows` gives each artifact with hits its group and
template a row at a time, the store's index (``store.finding_index``) groups and ranks those rows
in SQL, and :func:`groups_from_rows` and :func:`templates_from_rows` make the same groups and
templates from what it reads back, one at a time (memory that does not grow with the case).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterator

from ..indicators.normalise import normalise

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")


def normalised_text(text: str) -> str:
    """The text as grouping compares it: folded as the matcher folds it, white space collapsed."""
    return _SPACE.sub(" ", normalise(text or "").text).strip()


def group_id(normalised: str) -> str:
    """A finding's stable id, from its normalised text: the same text gives the same id in every
    case and every run (``f-`` and 16 hex digits of its SHA-256)."""
    return "f-" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def _template_text(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with each entity replaced by its type and every other number by ``#``."""
    out, pos = [], 0
    for s, e, etype in sorted(spans):
        if s < pos:
            continue
        out.append(_DIGITS.sub("#", text[pos:s]))
        out.append(f"<{etype}>")
        pos = e
    out.append(_DIGITS.sub("#", text[pos:]))
    return normalised_text("".join(out))


def _occurrence(a: dict, copies: dict[str, list[str]]) -> dict:
    return {"artifact": a["key"], "exhibit_id": a.get("exhibit_id"), "file": a.get("file"),
            "conversation": a.get("conversation"), "sender": a.get("sender"),
            "timestamp": a.get("timestamp"), "time_as_written": a.get("time_as_written"),
            "zone_assumed": bool(a.get("zone_assumed")), "copies": copies.get(a["key"], [])}


def text_groups(artifacts: list[dict], entities: list[dict], copies: dict[str, list[str]] | None = None
                ) -> tuple[list[dict], list[dict]]:
    """The findings (groups of artifacts with hits and the same normalised text) and the
    templates joining groups whose texts differ only in entities and numbers.

    :param artifacts: findings.json's ``artifacts``; only those with hits are grouped.
    :param entities: findings.json's ``entities`` (their occurrences give each text's entities).
    :param copies: artifact key -> the other files (``EXHIBIT:path``) with the same content.
    :return: (groups, templates); groups in the order of their first artifact's rank (flagged
        first, then score, then file), templates by their best group.
    """
    copies = copies or {}
    with_hits = [a for a in artifacts if a.get("hits")]
    ents_of: dict[str, list[tuple[int, int, str, str]]] = {}
    wanted = {a["key"] for a in with_hits}
    for e in entities:
        for o in e.get("occurrences", ()):
            if o.get("artifact") in wanted:
                ents_of.setdefault(o["artifact"], []).append((o.get("start") or 0, o.get("end") or 0,
                                                               e["type"], e["value"]))
    by_text: dict[str, list[dict]] = {}
    for a in with_hits:
        by_text.setdefault(normalised_text(a.get("text") or ""), []).append(a)
    groups = []
    for norm, members in by_text.items():
        members.sort(key=lambda a: (not a.get("flagged"), -(a.get("score") or 0), a.get("exhibit_id") or "",
                                    a.get("file") or "", a.get("timestamp") or "", a["key"]))
        first = members[0]
        groups.append({
            "id": group_id(norm), "key": first["key"], "kind": first.get("kind"),
            "score": first.get("score") or 0, "flagged": bool(first.get("flagged")),
            "artifacts": [a["key"] for a in members],
            "occurrences": [_occurrence(a, copies) for a in members],
            "exhibits": sorted({a.get("exhibit_id") or "" for a in members}),
            "template": None,
        })
    groups.sort(key=lambda g: (not g["flagged"], -g["score"], g["occurrences"][0]["exhibit_id"] or "",
                               g["occurrences"][0]["file"] or "", g["id"]))
    return groups, _templates(groups, {a["key"]: a for a in with_hits}, ents_of)


def _templates(groups: list[dict], by_key: dict[str, dict], ents_of: dict) -> list[dict]:
    by_template: dict[str, list[dict]] = {}
    for g in groups:
        a = by_key[g["key"]]
        spans = [(s, e, t) for s, e, t, _ in ents_of.get(g["key"], ())]
        by_template.setdefault(_template_text(a.get("text") or "", spans), []).append(g)
    out = []
    for text, members in by_template.items():
        if len(members) < 2:
            continue
        for g in members:
            g["template"] = template_id(text)
        out.append(_template(text, [(g["id"], sorted({(t, v) for _, _, t, v in ents_of.get(g["key"], ())}))
                                    for g in members]))
    return out


def template_id(text: str) -> str:
    """A template's stable id, from its text (``t-`` and 16 hex digits of its SHA-256)."""
    return "t-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _template(text: str, variants: list[tuple[str, list]]) -> dict:
    """A template from its text and its groups in order: (group id, its sorted (type, value)s)."""
    variants = [{"group": gid, "entities": [{"type": t, "value": v} for t, v in found]} for gid, found in variants]
    common = set.intersection(*({(e["type"], e["value"]) for e in v["entities"]} for v in variants))
    differing: dict[str, set] = {}
    for v in variants:
        for e in v["entities"]:
            if (e["type"], e["value"]) not in common:
                differing.setdefault(e["type"], set()).add(e["value"])
    return {"id": template_id(text), "template": text, "groups": [v["group"] for v in variants], "variants": variants,
            "differing": [{"type": t, "values": sorted(vs)} for t, vs in sorted(differing.items())]}


# -- the same, a group at a time, from the store's index (see store.finding_index) ---------------
def member_rows(artifacts, spans) -> Iterator[tuple]:
    """The rows of :class:`~evidtriage.store.finding_index.FindingIndex` for the artifacts with
    hits: ``artifacts`` (findings.json's rows) and ``spans`` ((artifact key, start, end, type,
    value) of their entities), both in artifact key order."""
    spans = iter(spans)
    pending = next(spans, None)
    for a in artifacts:
        mine = []
        while pending is not None and pending[0] < a["key"]:
            pending = next(spans, None)
        while pending is not None and pending[0] == a["key"]:
            _, start, end, etype, value = pending
            mine.append((start or 0, end or 0, etype, value))
            pending = next(spans, None)
        text = a.get("text") or ""
        found = sorted({(t, v) for _, _, t, v in mine})
        yield (a["key"], group_id(normalised_text(text)), a.get("kind"), 1 if a.get("flagged") else 0,
               a.get("score", 0), a.get("exhibit_id"), a.get("file"), a.get("timestamp"), a.get("conversation"),
               a.get("sender"), a.get("time_as_written"), 1 if a.get("zone_assumed") else 0,
               _template_text(text, [(s, e, t) for s, e, t, _ in mine]),
               json.dumps([list(x) for x in found], ensure_ascii=False))


def groups_from_rows(rows, copies: Callable[[str | None, str | None], list[str]]) -> Iterator[dict]:
    """The groups as :func:`text_groups` gives them, one at a time, from the index's
    ``group_rows`` (``copies``: (exhibit, file) -> the other files with its content)."""
    for gid, members in itertools.groupby(rows, key=lambda r: r[0]):
        members = list(members)
        _, in_template, template, key, kind, flagged, score = members[0][:7]
        yield {"id": gid, "key": key, "kind": kind, "score": score or 0, "flagged": bool(flagged),
               "artifacts": [m[3] for m in members],
               "occurrences": [{"artifact": k, "exhibit_id": ex, "file": f, "conversation": conv, "sender": sender,
                                "timestamp": ts, "time_as_written": written, "zone_assumed": bool(assumed),
                                "copies": copies(ex, f)}
                               for _, _, _, k, _, _, _, ex, f, ts, conv, sender, written, assumed in members],
               "exhibits": sorted({m[7] or "" for m in members}),
               "template": template_id(template) if in_template else None}


def templates_from_rows(rows) -> Iterator[dict]:
    """The templates as :func:`text_groups` gives them, one at a time, from the index's
    ``template_rows``."""
    for text, members in itertools.groupby(rows, key=lambda r: r[0]):
        yield _template(text, [(gid, [tuple(x) for x in json.loads(found)]) for _, gid, found in members])
