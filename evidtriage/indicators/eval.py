"""Evaluation of the indicator engine on a labelled corpus: how many items that an officer should
look at are flagged (recall), how many flagged items deserve it (precision), per category, per
script and per voice, and how many extracted entities are real.

A corpus is one or more JSON-lines files (a folder: every ``*.jsonl`` in it, sorted), one item a
line::

    {"id": "...", "text": "...", "label": "flag" | "ok", "category": "minors" | null,
     "script": "bn" | "bn-Latn" | "en", "voice": "news" | ..., "hard": true | false,
     "entities": [{"type": "phone", "value": "+8801712345678"}, ...]}

An item is *flagged* when the matcher's review decision says so (:func:`.scoring.flagged`: its
score reaches the review line of the pack set); with ``corroborates`` (``--aid-corroborates``),
also when it is a weak rule hit (a score above 0, below the line) that the ranking aid puts at or
above its line, as a scan with that option flags it. Either way, with the aid, the report holds
what the option would give (``with_aid_corroborating``). Intervals are Wilson 95% score intervals, which
stay inside [0, 1] and are honest for small counts. Everything here is deterministic: the same
corpus and packs give the same figures.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError

#: The entity types whose every instance a corpus item lists; other types (URLs, domains, payment
#: roles of a phone) are not scored.
SCORED_ENTITIES = frozenset({"phone", "bd_passport", "bd_nid", "telegram", "instagram", "x", "handle",
                             "whatsapp", "mfs_transaction", "email", "btc_address", "eth_address",
                             "tron_address"})
#: Identifiers their services read without case: a label written "@ProbashiSurokkha" is the handle
#: the extractor gives as "@probashisurokkha"
CASELESS_ENTITIES = frozenset({"telegram", "instagram", "x", "handle", "email"})


def _entity_key(kind: str, value: str) -> tuple[str, str]:
    return kind, value.lower() if kind in CASELESS_ENTITIES else value


#: Which rule categories speak for each corpus category (for the per-category precision: when a
#: rule of these categories fires on a flagged item, is the item one to flag?)
RULE_CATEGORIES = {
    "recruitment_deception": {"deceptive_recruitment", "irregular_migration"},
    "fees_and_debt": {"fees_and_debt"},
    "isolation_and_control": {"isolation_and_secrecy", "document_retention"},
    "labour_exploitation": {"labour_exploitation"},
    "threats_and_coercion": {"threats_and_coercion"},
    "sexual_exploitation": {"sexual_exploitation_ad"},
    "minors": {"minor_indicators"},
    "payments_and_proceeds": {"payments_and_proceeds"},
}
LABELS = ("flag", "ok")


class CorpusError(UserError):
    """A corpus file that cannot be read; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    label: str
    category: str | None
    script: str
    voice: str
    hard: bool
    entities: tuple[tuple[str, str], ...]
    source: str  # file:line


def corpus_files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise CorpusError(f"{path}:0: no *.jsonl corpus files in this folder")
        return files
    if path.is_file():
        return [path]
    raise CorpusError(f"{path}:0: corpus not found")


def load_corpus(path: str | Path) -> list[Item]:
    items: list[Item] = []
    seen: dict[str, str] = {}
    for file in corpus_files(path):
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{file}:0: cannot read: {exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{file}:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{where}: not JSON: {exc.msg}") from None
            if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not d.get("id"):
                raise CorpusError(f"{where}: an item needs an 'id' and a 'text'")
            if d.get("label") not in LABELS:
                raise CorpusError(f"{where}: label must be 'flag' or 'ok', not {d.get('label')!r}")
            if d["label"] == "flag" and not d.get("category"):
                raise CorpusError(f"{where}: an item to flag needs a category")
            ents = d.get("entities") or []
            if not isinstance(ents, list) or not all(isinstance(e, dict) and "type" in e and "value" in e for e in ents):
                raise CorpusError(f"{where}: entities must be a list of {{type, value}}")
            item_id = str(d["id"])
            if item_id in seen:
                raise CorpusError(f"{where}: duplicate id {item_id!r} (also at {seen[item_id]})")
            seen[item_id] = where
            items.append(Item(item_id, d["text"], d["label"], d.get("category"), str(d.get("script", "?")),
                              str(d.get("voice", "?")), bool(d.get("hard", False)),
                              tuple(sorted((str(e["type"]), str(e["value"])) for e in ents)), where))
    return items


def wilson(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (95% for the default z)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3)


def _share(k: int, n: int) -> dict:
    lo, hi = wilson(k, n)
    return {"value": round(k / n, 3) if n else None, "k": k, "n": n, "low": lo, "high": hi}


def evaluate(items: list[Item], matcher, line: float | None = None, aid=None, corroborates: bool = False) -> dict:
    """Every figure of the evaluation report, as plain data (JSON-ready, in a fixed order).

    With ``aid`` (a :class:`evidtriage.ranking_aid.RankingAid`), also the ranking aid's figures
    on the items the rules did not flag (:func:`aid_figures`) and the figures with the aid
    corroborating weak rule hits (``with_aid_corroborating``); with ``corroborates`` too, the
    items it corroborates count as flagged in every figure (``--aid-corroborates``)."""
    if corroborates and aid is None:
        raise ValueError("corroborates: the aid corroborates weak rule hits only where there is an aid")
    line = matcher.line if line is None else line
    results = matcher.match_many([i.text for i in items])
    # the aid scores every item once: its own figures and the corroboration below both read them
    scored = [aid.score(i.text) for i in items] if aid is not None else []
    # the weak rule hits (a score above 0, below the line) that the aid puts at or above its line
    corroborated = ([0 < r.score < line and s.probability >= aid.line for r, s in zip(results, scored)]
                    if aid is not None else [False] * len(items))
    rows = []
    ent_tp = ent_fp = ent_fn = 0
    invented: list[dict] = []
    missed_entities: list[dict] = []
    for item, r, c in zip(items, results, corroborated):
        flagged = r.score >= line or (corroborates and c)
        cats = sorted({h.category for h in r.hits if h.category != "suppressor"})
        rows.append((item, flagged, cats, r))
        found = {_entity_key(e.type, e.value) for e in r.entities if e.type in SCORED_ENTITIES}
        # a type no extractor is scored on (a URL a writer listed) is neither found nor missed
        gold = {_entity_key(t, v) for t, v in item.entities if t in SCORED_ENTITIES}
        ent_tp += len(found & gold)
        for t, v in sorted(found - gold):
            ent_fp += 1
            invented.append({"id": item.id, "type": t, "value": v})
        for t, v in sorted(gold - found):
            ent_fn += 1
            missed_entities.append({"id": item.id, "type": t, "value": v})
    pos = [x for x in rows if x[0].label == "flag"]
    neg = [x for x in rows if x[0].label == "ok"]
    tp = sum(f for _, f, _, _ in pos)
    fp = sum(f for _, f, _, _ in neg)
    report: dict = {
        "items": len(items), "to_flag": len(pos), "not_to_flag": len(neg),
        "hard_negatives": sum(i.hard for i, *_ in neg), "review_line": line,
        "recall": _share(tp, len(pos)), "precision": _share(tp, tp + fp),
        "false_positive_rate": _share(fp, len(neg)),
        "hard_false_positive_rate": _share(sum(f for i, f, _, _ in neg if i.hard), sum(i.hard for i, *_ in neg)),
        # what an officer who also reads the weak mentions (a hit below the line) would see: the
        # items to flag among them, and the innocent ones that would be there to read too
        "recall_with_weak_mentions": _share(sum(r.score > 0 for _, _, _, r in pos), len(pos)),
        "weak_mentions": {"to_flag": sum(not f and r.score > 0 for _, f, _, r in pos),
                          "not_to_flag": sum(not f and r.score > 0 for _, f, _, r in neg)},
    }
    if aid is not None:
        report["with_aid_corroborating"] = _with_corroboration(rows, corroborated)
    if corroborates:
        report["aid_corroborates"] = True
    by_cat = {}
    for cat in sorted({i.category for i, *_ in pos}):
        members = [f for i, f, _, _ in pos if i.category == cat]
        rule_cats = RULE_CATEGORIES.get(cat, {cat})
        fired = [i for i, f, cs, _ in rows if f and rule_cats & set(cs)]
        by_cat[cat] = {"recall": _share(sum(members), len(members)),
                       "precision": _share(sum(i.label == "flag" for i in fired), len(fired))}
    report["by_category"] = by_cat
    by_script = {}
    for script in sorted({i.script for i, *_ in rows}):
        p = [f for i, f, _, _ in pos if i.script == script]
        n_flagged = [f for i, f, _, _ in neg if i.script == script]
        by_script[script] = {"recall": _share(sum(p), len(p)),
                             "precision": _share(sum(p), sum(p) + sum(n_flagged))}
    report["by_script"] = by_script
    report["false_positives_by_voice"] = {
        voice: _share(sum(f for i, f, _, _ in neg if i.voice == voice), sum(i.voice == voice for i, *_ in neg))
        for voice in sorted({i.voice for i, *_ in neg})}
    report["entities"] = {"precision": _share(ent_tp, ent_tp + ent_fp), "recall": _share(ent_tp, ent_tp + ent_fn),
                          "invented": invented, "missed": missed_entities}
    report["misses"] = [{"id": i.id, "category": i.category, "script": i.script, "score": r.score, "text": i.text}
                        for i, f, _, r in pos if not f]
    report["false_alarms"] = [{"id": i.id, "voice": i.voice, "script": i.script, "score": r.score,
                               "explanation": r.explanation, "text": i.text}
                              for i, f, _, r in neg if f]
    if aid is not None:
        report["ranking_aid"] = aid_figures(items, [f for _, f, _, _ in rows], aid, scored)
    return report


def _with_corroboration(rows: list, corroborated: list[bool]) -> dict:
    """Recall, precision and hard-negative false positives with the weak rule hits that the aid
    corroborates counted as flagged (what ``--aid-corroborates`` gives), and how many items to
    flag and innocent ones it adds to the flags of the review line."""
    pos = [(f or c) for (i, f, _, _), c in zip(rows, corroborated) if i.label == "flag"]
    neg = [(i, f or c) for (i, f, _, _), c in zip(rows, corroborated) if i.label != "flag"]
    tp, fp = sum(pos), sum(f for _, f in neg)
    added = [(i.label, c and not f) for (i, f, _, _), c in zip(rows, corroborated)]
    return {"recall": _share(tp, len(pos)), "precision": _share(tp, tp + fp),
            "hard_false_positive_rate": _share(sum(f for i, f in neg if i.hard), sum(i.hard for i, _ in neg)),
            "corroborated": {"to_flag": sum(a for label, a in added if label == "flag"),
                             "not_to_flag": sum(a for label, a in added if label != "flag")}}


def _file_digests(items: list[Item]) -> dict[str, str]:
    import hashlib

    out = {}
    for path in sorted({i.source.rsplit(":", 1)[0] for i in items}):
        try:
            out[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            out[path] = ""
    return out


def aid_figures(items: list[Item], flagged: list[bool], aid, scored: list) -> dict:
    """The ranking aid measured where it works: on the items no rule flagged.

    ``review_recall``: of the unflagged items to flag, how many the aid puts at or above its line;
    ``review_load``: how many unflagged innocent items it puts there too; ``top_5%`` and
    ``top_10%``: the same for the first 5% and 10% of the unflagged items ranked by the aid (ties
    in corpus order); ``alone``: the aid on every item, the rules aside (of the items to flag, how
    many it puts at or above its line; of the innocent ones, how many). ``in_sample`` names the
    corpus files the model was trained on (by sha256): figures on them describe the fit, not the
    aid's quality. ``scored``: the aid's score of each item (:meth:`RankingAid.score`, as
    :func:`evaluate` computes them once for these figures and for the corroboration)."""
    trained = {sha for _, sha in aid.trained_on}
    digests = _file_digests(items)
    in_sample = sorted(path for path, sha in digests.items() if sha and sha in trained)
    scores = [s.probability for s in scored]
    unflagged = [n for n, f in enumerate(flagged) if not f]
    pos = [n for n in unflagged if items[n].label == "flag"]
    neg = [n for n in unflagged if items[n].label != "flag"]
    at = {n for n in unflagged if scores[n] >= aid.line}
    order = sorted(unflagged, key=lambda n: (-scores[n], n))
    out = {"model": aid.describe(), "in_sample": in_sample,
           "unflagged_to_flag": len(pos), "unflagged_innocent": len(neg),
           "review_recall": _share(sum(n in at for n in pos), len(pos)),
           "review_load": _share(sum(n in at for n in neg), len(neg))}
    for share in (5, 10):
        top = set(order[:math.ceil(len(unflagged) * share / 100)])
        out[f"top_{share}%"] = {"items": len(top), "review_recall": _share(sum(n in top for n in pos), len(pos)),
                                "review_load": _share(sum(n in top for n in neg), len(neg))}
    every_pos = [n for n, i in enumerate(items) if i.label == "flag"]
    every_neg = [n for n, i in enumerate(items) if i.label != "flag"]
    out["alone"] = {"recall": _share(sum(scores[n] >= aid.line for n in every_pos), len(every_pos)),
                    "innocent_at_line": _share(sum(scores[n] >= aid.line for n in every_neg), len(every_neg))}
    out["listed"] = [{"id": items[n].id, "label": items[n].label, "probability": scores[n],
                      "words": list(scored[n].words)} for n in order if n in at]
    return out


def _fmt(share: dict) -> str:
    if share["value"] is None:
        return "   -   (0 items)"
    return f"{share['value']:.2f} [{share['low']:.2f}-{share['high']:.2f}] ({share['k']}/{share['n']})"


def format_report(report: dict, misses: int = 20) -> list[str]:
    """The report as lines of text for a terminal (``misses``: how many misses and false alarms to list)."""
    lines = [f"{report['items']} items: {report['to_flag']} to flag, {report['not_to_flag']} not "
             f"({report['hard_negatives']} hard negatives); review line {report['review_line']:g}",
             f"recall     {_fmt(report['recall'])}",
             f"precision  {_fmt(report['precision'])}",
             f"false positives: all negatives {_fmt(report['false_positive_rate'])}, "
             f"hard negatives {_fmt(report['hard_false_positive_rate'])}",
             f"with the weak mentions (a hit below the line) read too: recall "
             f"{_fmt(report['recall_with_weak_mentions'])}; weak mentions {report['weak_mentions']['to_flag']} "
             f"to flag, {report['weak_mentions']['not_to_flag']} not",
             *_corroboration_lines(report),
             "", "by category            recall                     precision"]
    for cat, v in report["by_category"].items():
        lines.append(f"  {cat:22} {_fmt(v['recall']):26} {_fmt(v['precision'])}")
    lines += ["", "by script              recall                     precision"]
    for script, v in report["by_script"].items():
        lines.append(f"  {script:22} {_fmt(v['recall']):26} {_fmt(v['precision'])}")
    lines += ["", "false positives by voice"]
    for voice, v in report["false_positives_by_voice"].items():
        lines.append(f"  {voice:22} {v['k']} of {v['n']}")
    ent = report["entities"]
    lines += ["", f"entities   precision {_fmt(ent['precision'])}, recall {_fmt(ent['recall'])}"]
    for e in ent["invented"][:misses]:
        lines.append(f"  invented {e['id']}: {e['type']} {e['value']}")
    for e in ent["missed"][:misses]:
        lines.append(f"  missed   {e['id']}: {e['type']} {e['value']}")
    lines += ["", f"misses ({len(report['misses'])})"]
    for m in report["misses"][:misses]:
        lines.append(f"  {m['id']} [{m['category']}, {m['script']}] {m['score']:g}: {m['text']}")
    lines += ["", f"false alarms ({len(report['false_alarms'])})"]
    for m in report["false_alarms"][:misses]:
        lines.append(f"  {m['id']} [{m['voice']}, {m['script']}] {m['explanation']}: {m['text']}")
    if "ranking_aid" in report:
        lines += ["", *format_aid(report["ranking_aid"])]
    return lines


def _corroboration_lines(report: dict) -> list[str]:
    """The line of the figures with the aid corroborating weak rule hits (none without the aid)."""
    c = report.get("with_aid_corroborating")
    if c is None:
        return []
    counted = " (--aid-corroborates: counted in the figures above)" if report.get("aid_corroborates") else ""
    if (report.get("ranking_aid") or {}).get("in_sample"):
        counted += " (IN-SAMPLE: the aid was trained on this corpus, see its lines below)"
    return [f"with the aid corroborating weak hits{counted}: recall {_fmt(c['recall'])}; precision "
            f"{_fmt(c['precision'])}; hard negatives {_fmt(c['hard_false_positive_rate'])}; corroborated "
            f"{c['corroborated']['to_flag']} to flag, {c['corroborated']['not_to_flag']} not"]


def format_aid(aid: dict) -> list[str]:
    """The ranking aid's figures as lines of text."""
    m = aid["model"]
    lines = [f"ranking aid {m['version']} (a ranking aid, never a finding; line {m['line']:g}, sha256 {m['sha256'][:12]}): "
             f"on the {aid['unflagged_to_flag']} items to flag and {aid['unflagged_innocent']} innocent items "
             "that no rule flagged"]
    if aid["in_sample"]:
        lines.append(f"  IN-SAMPLE: the aid was trained on {', '.join(aid['in_sample'])}: these figures describe "
                     "its fit, not its quality (measure it on sets it was not trained on)")
    lines.append(f"  at or above its line   review recall {_fmt(aid['review_recall'])}; "
                 f"review load {aid['review_load']['k']} innocent of {aid['review_load']['n']}")
    for share in (5, 10):
        t = aid[f"top_{share}%"]
        lines.append(f"  top {share:2}% ({t['items']:4} items) review recall {_fmt(t['review_recall'])}; "
                     f"review load {t['review_load']['k']} innocent")
    alone = aid["alone"]
    lines.append(f"  the aid alone on every item, rules aside: recall {_fmt(alone['recall'])}; innocent items at or "
                 f"above its line {_fmt(alone['innocent_at_line'])}")
    return lines


def headline(report: dict) -> dict:
    """The figures a regression test keeps (tests/test_eval.py): recall, precision, hard-negative
    false-positive rate (overall and by voice), per-category and per-script recall, entity
    precision and recall."""
    return {"review_line": report["review_line"], "recall": report["recall"]["value"],
            "precision": report["precision"]["value"],
            "hard_false_positive_rate": report["hard_false_positive_rate"]["value"],
            "category_recall": {c: v["recall"]["value"] for c, v in report["by_category"].items()},
            "script_recall": {s: v["recall"]["value"] for s, v in report["by_script"].items()},
            "voice_false_positive_rate": {v: x["value"] for v, x in report["false_positives_by_voice"].items()},
            "entity_precision": report["entities"]["precision"]["value"],
            "entity_recall": report["entities"]["recall"]["value"]}


def _record(corpus: str, target: str) -> None:
    """Write the headline figures of the built-in packs on ``corpus`` to ``target`` (JSON)."""
    from ..resources import builtin_rules_dir
    from .matcher import Matcher
    from .rules import load_packs

    report = evaluate(load_corpus(corpus), Matcher(load_packs([str(builtin_rules_dir())])))
    Path(target).write_text(json.dumps(headline(report), indent=2, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":  # python -m evidtriage.indicators.eval CORPUS FIGURES.json
    import sys

    _record(sys.argv[1], sys.argv[2])
