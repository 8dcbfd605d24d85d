"""The findings as the HTML and printed reports rank them: one finding per text (its copies listed
with it), flagged ones (score at or above the review line) first, then the weak mentions; the
ones the examiner marked not relevant kept apart.

Two sources give the same ranking. Findings built from a case store (:class:`.findings.Findings`)
are ranked in the store (:class:`~evidtriage.store.finding_index.FindingIndex`): one pass over the
groups' light rows, in order, keeping only the findings a report shows (at most
:data:`SHOWN_AT_MOST`) and those the examiner decided on; the memory taken does not grow with the
case. Findings given as plain lists (older findings.json, tests) are ranked here in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..indicators.scoring import flagged

#: Findings shown at least (flagged or not), then every flagged one up to :data:`MOST_FLAGGED`;
#: the rest are in findings.csv.
TOP_FINDINGS = 200
MOST_FLAGGED = 2000
SHOWN_AT_MOST = max(TOP_FINDINGS, MOST_FLAGGED)


@dataclass
class Ranking:
    """What the reports show of the ranked findings; each finding is its group's first artifact
    (findings.json's row, hits included) with ``group`` and ``decision`` (None when undecided)."""

    shown: list[dict] = field(default_factory=list)
    set_apart: list[dict] = field(default_factory=list)  # marked not relevant, in rank order
    relevant: list[dict] = field(default_factory=list)  # marked relevant, in rank order
    ranked_total: int = 0  # findings not set apart
    flagged_total: int = 0  # flagged findings, set apart or not
    decided: int = 0
    items_with_hits: int = 0
    categories: list[tuple[str, int]] = field(default_factory=list)  # most hits first
    templates: object = ()


def rank(findings: dict, line: float) -> Ranking:
    """The ranking of ``findings`` (see the module's docstring) at review line ``line``."""
    index = getattr(findings, "index", None)
    if index is not None:
        return _from_store(findings, index)
    return _from_lists(findings, line)


def _decision_by_key(findings: dict) -> dict[str, dict]:
    return {d["key"]: d for d in (findings.get("review") or {}).get("decisions", [])}


def _latest(found: list[dict]) -> dict | None:
    return max(found, key=lambda d: d["seq"]) if found else None


class _Chooser:
    """Sorts the groups, in rank order, into shown, set apart and relevant."""

    def __init__(self):
        self.ranking = Ranking()
        self.candidates: list[str] = []  # kept, at most SHOWN_AT_MOST
        self.flagged_kept = 0
        self.decisions: dict[str, dict | None] = {}

    def add(self, gid: str, is_flagged: bool, decision: dict | None) -> None:
        r = self.ranking
        r.flagged_total += bool(is_flagged)
        r.decided += decision is not None
        self.decisions[gid] = decision
        verdict = (decision or {}).get("decision")
        if verdict == "relevant":
            r.relevant.append(gid)
        if verdict == "not-relevant":
            r.set_apart.append(gid)
            return
        r.ranked_total += 1
        self.flagged_kept += bool(is_flagged)
        if len(self.candidates) < SHOWN_AT_MOST:
            self.candidates.append(gid)

    def finish(self, rows_of) -> Ranking:
        """``rows_of``: group ids -> {group id: {**first artifact, "group": group}}."""
        r = self.ranking
        shown = self.candidates[:max(TOP_FINDINGS, min(self.flagged_kept, MOST_FLAGGED))]
        rows = rows_of(set(shown) | set(r.set_apart) | set(r.relevant))
        r.shown, r.set_apart, r.relevant = ([{**rows[g], "decision": self.decisions[g]} for g in gids]
                                            for gids in (shown, r.set_apart, r.relevant))
        return r


def _from_store(findings, index) -> Ranking:
    from ..linking.text_groups import groups_from_rows

    by_key = _decision_by_key(findings)
    on_artifacts: dict[str, list[dict]] = {}
    for key, gid in index.groups_of(by_key).items():
        on_artifacts.setdefault(gid, []).append(by_key[key])
    chooser = _Chooser()
    for gid, _, is_flagged in index.ranked():
        chooser.add(gid, bool(is_flagged), by_key.get(gid) or _latest(on_artifacts.get(gid, [])))
    artifacts = findings.artifact_rows

    def rows_of(gids):
        groups = {g["id"]: g for g in groups_from_rows(index.group_rows(gids), findings.copies)}
        first = artifacts.of_keys(g["key"] for g in groups.values())
        return {gid: {**first[g["key"]], "group": g} for gid, g in groups.items()}

    ranking = chooser.finish(rows_of)
    ranking.items_with_hits = index.count()
    ranking.categories = sorted(index.categories(), key=lambda kv: (-kv[1], kv[0]))
    ranking.templates = findings.get("templates") or []
    return ranking


def _from_lists(findings: dict, line: float) -> Ranking:
    from .findings import with_hits as hit_rows

    with_hits = {a["key"]: a if "flagged" in a else {**a, "flagged": flagged(a.get("score") or 0, line)}
                 for a in hit_rows(findings.get("artifacts", []))}
    groups, templates = findings.get("groups"), findings.get("templates")
    if groups is None:  # findings made before grouping: group them here
        from ..linking.text_groups import text_groups

        groups, templates = text_groups(list(with_hits.values()), findings.get("entities", []))
    by_key = _decision_by_key(findings)
    ranked = [{**with_hits[g["key"]], "group": g} for g in groups if g["key"] in with_hits]
    ranked.sort(key=lambda a: (not a["flagged"], -(a.get("score") or 0), str(a.get("file")), str(a.get("key"))))
    chooser = _Chooser()
    for a in ranked:
        g = a["group"]
        chooser.add(g["id"], a["flagged"], by_key.get(g["id"]) or _latest([by_key[k] for k in g["artifacts"] if k in by_key]))
    by_id = {a["group"]["id"]: a for a in ranked}
    ranking = chooser.finish(lambda gids: {g: by_id[g] for g in gids})
    ranking.items_with_hits = len(with_hits)
    categories: dict[str, int] = {}
    for a in with_hits.values():
        for h in a["hits"]:
            categories[h.get("category") or "?"] = categories.get(h.get("category") or "?", 0) + 1
    ranking.categories = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))
    ranking.templates = templates or []
    return ranking
