"""The ranking aid's model: measured by leave-one-set-out over eval/dev, then trained on all of it
and written to evidtriage/ranking_aid/model.json (issue 15: "a transparent statistical signal is
allowed only as a separate, explained ranking aid, never as the sole reason for a flag").

The features are evidtriage's own (:mod:`evidtriage.ranking_aid.features`, pure Python, the same
code that scores at run time); the fit is scikit-learn's logistic regression (lbfgs, deterministic),
which is NOT a dependency of evidtriage: run this with a Python that has it::

    python -m venv /tmp/ml && /tmp/ml/bin/pip install scikit-learn
    .venv/bin/evidtriage eval eval/dev --no-ranking-aid --json > /tmp/rules-dev.json
    /tmp/ml/bin/python eval/train_ranking_aid.py measure --rules-json /tmp/rules-dev.json
    /tmp/ml/bin/python eval/train_ranking_aid.py write
    /tmp/ml/bin/python eval/train_ranking_aid.py write --like evidtriage/ranking_aid/model.json --out /tmp/again.json

``measure``: each set of eval/dev (``dev`` ... ``dev111``: one writer each; ``voice2`` ... ``voice5``) held out in
turn, the model trained on all the others (vocabulary, fit and pruning inside the fold), and the
held-out set scored: among the items the rules did not flag (from ``--rules-json``), how many of
those to flag the aid puts at or above each line (its review recall) and how many innocent ones
(its review load), and the same for the top 5% and 10% of them by aid score. Only eval/dev is read:
eval/corpus is the frozen test part (``evidtriage eval eval/corpus`` scores the written model on it).
``write``: trained on every set of eval/dev (``--like MODEL``: on the sets a model file records, so
that the shipped model is made again after eval/dev has grown); the same inputs give the same file,
byte for byte. Model 1.0.0 was trained on ``dev`` to ``dev57`` and ``voice2`` (58 sets); model 1.1.0,
after round 11 of issue 15, on the 71 sets ``dev`` to ``dev67`` and ``voice2`` to ``voice5``; model
1.2.0, after round 12, on the 75 sets ``dev`` to ``dev71`` and ``voice2`` to ``voice5``; model 1.3.0,
after round 13, on the 83 sets ``dev`` to ``dev79`` and ``voice2`` to ``voice5``; model 1.4.0,
in round 15, on the 91 sets ``dev`` to ``dev87`` and ``voice2`` to ``voice5``; model 1.5.0, in round 16, on
the 99 sets ``dev`` to ``dev95`` and ``voice2`` to ``voice5``; model 1.6.0, in round 17, on the 115 sets
``dev`` to ``dev111`` and ``voice2`` to ``voice5``; model 1.7.0, in round 32, on the 177 sets ``dev`` to
``dev173`` and ``voice2`` to ``voice5`` (``write --like`` remakes the shipped model once eval/dev grows).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from evidtriage.ranking_aid.features import feature_set  # noqa: E402  (the run-time featuriser)

DEV = ROOT / "eval" / "dev"
MODEL = ROOT / "evidtriage" / "ranking_aid" / "model.json"
VERSION = "1.7.0"

#: The configuration chosen by ``measure`` (see docs/rules.md, "The ranking aid")
#: Words, 4-character stems and word pairs; character n-grams ("c", 3 to 5) measured no better held out
#: (review recall 0.85 against 0.80 at 0.6, load 4.2% against 3.7%) and cost three times the time a text
CONFIG = {"kinds": "wpb", "ngrams": (3, 5), "prefix": 4, "scaled": True, "C": 4.0, "keep": 8000, "min_df": 2,
          "line": 0.6}


def dev_sets() -> dict[str, list[dict]]:
    out = {}
    for p in sorted(DEV.glob("*.jsonl")):
        out[p.stem] = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


class Featurised:
    """Every item's features under one configuration, as one binary (or scaled) sparse matrix."""

    def __init__(self, items: list[dict], cfg: dict):
        sets = [feature_set(x["text"], cfg["kinds"], tuple(cfg["ngrams"]), cfg["prefix"]) for x in items]
        names = sorted(set().union(*sets))
        index = {f: i for i, f in enumerate(names)}
        rows, cols, vals = [], [], []
        for r, s in enumerate(sets):
            v = 1 / math.sqrt(len(s)) if cfg["scaled"] and s else 1.0
            for f in sorted(s):
                rows.append(r)
                cols.append(index[f])
                vals.append(v)
        self.names = names
        self.x = csr_matrix((vals, (rows, cols)), shape=(len(items), len(names)), dtype=np.float64)
        self.y = np.array([x["label"] == "flag" for x in items])


def fit(f: Featurised, train: np.ndarray, cfg: dict) -> tuple[float, dict[str, float]]:
    """Bias and pruned weights, trained on the rows ``train`` (a boolean mask)."""
    xt, yt = f.x[train], f.y[train]
    df = np.asarray((xt > 0).sum(axis=0)).ravel()
    cols = np.flatnonzero(df >= cfg["min_df"])

    def one(columns):
        m = LogisticRegression(C=cfg["C"], max_iter=5000, class_weight="balanced", solver="lbfgs")
        m.fit(xt[:, columns], yt)
        return float(m.intercept_[0]), m.coef_[0]

    bias, coef = one(cols)
    if cfg["keep"] and len(cols) > cfg["keep"]:
        top = np.argsort(-np.abs(coef), kind="stable")[:cfg["keep"]]
        cols = np.sort(cols[top])
        bias, coef = one(cols)
    return round(bias, 4), {f.names[c]: round(float(w), 4) for c, w in zip(cols, coef) if round(float(w), 4) != 0}


def predict(f: Featurised, rows: np.ndarray, bias: float, weights: dict[str, float]) -> np.ndarray:
    w = np.array([weights.get(n, 0.0) for n in f.names])
    z = bias + f.x[rows] @ w
    return 1 / (1 + np.exp(-z))


def measure(a) -> None:
    sets = dev_sets()
    names = sorted(sets)
    items = [x for n in names for x in sets[n]]
    which = np.array([n for n in names for _ in sets[n]])
    rules = json.loads(Path(a.rules_json).read_text(encoding="utf-8"))
    missed = {x["id"] for x in rules["misses"]}
    alarms = {x["id"] for x in rules["false_alarms"]}
    flagged = np.array([(x["id"] not in missed) if x["label"] == "flag" else (x["id"] in alarms) for x in items])
    cfg = {**CONFIG, **json.loads(a.config or "{}")}
    f = Featurised(items, cfg)
    print(f"config {json.dumps(cfg, sort_keys=True)}; {len(items)} items, {len(f.names)} features", flush=True)
    lines = [float(v) for v in a.lines]
    totals = {k: [0, 0] for k in [*(f"p>={v:g}" for v in lines), "top5%", "top10%"]}
    per_set = []
    for name in (a.only or names):
        held = which == name
        bias, weights = fit(f, ~held, cfg)
        p = predict(f, held, bias, weights)
        y, fl = f.y[held], flagged[held]
        un = ~fl
        pos, neg = int((un & y).sum()), int((un & ~y).sum())
        row = {"set": name, "unflagged_to_flag": pos, "unflagged_innocent": neg,
               "to_flag": int(y.sum()), "innocent": int((~y).sum())}
        for v in lines:
            at = un & (p >= v)
            row[f"p>={v:g}"] = (int((at & y).sum()), int((at & ~y).sum()))
            row[f"all p>={v:g}"] = (int(((p >= v) & y).sum()), int(((p >= v) & ~y).sum()))
        order = np.argsort(-np.where(un, p, -1), kind="stable")
        for share in (5, 10):
            k = math.ceil(un.sum() * share / 100)
            top = np.zeros_like(un)
            top[order[:k]] = True
            row[f"top{share}%"] = (int((top & y).sum()), int((top & ~y).sum()))
        per_set.append(row)
        for k in totals:
            totals[k][0] += row[k][0]
            totals[k][1] += row[k][1]
        print(json.dumps(row), flush=True)
    pos = sum(r["unflagged_to_flag"] for r in per_set)
    neg = sum(r["unflagged_innocent"] for r in per_set)
    print(f"held out one set at a time: {pos} items to flag and {neg} innocent ones not flagged by the rules")
    for k, (tp, fp) in totals.items():
        recalls = sorted(r[k][0] / r["unflagged_to_flag"] for r in per_set if r["unflagged_to_flag"] >= a.min_items)
        q = (lambda s: recalls[min(len(recalls) - 1, int(s * len(recalls)))]) if recalls else (lambda s: float("nan"))
        print(f"  {k:8} review recall {tp}/{pos} = {tp / max(1, pos):.3f} (per set: min {q(0):.2f}, quartiles "
              f"{q(0.25):.2f} {q(0.5):.2f} {q(0.75):.2f}, max {recalls[-1] if recalls else float('nan'):.2f}); "
              f"review load {fp}/{neg} innocent = {fp / max(1, neg):.3f}")
    allpos = sum(r["to_flag"] for r in per_set)
    allneg = sum(r["innocent"] for r in per_set)
    print(f"the aid alone on every held-out item ({allpos} to flag, {allneg} innocent), rules aside:")
    for v in lines:
        tp = sum(r[f"all p>={v:g}"][0] for r in per_set)
        fp = sum(r[f"all p>={v:g}"][1] for r in per_set)
        recalls = sorted(r[f"all p>={v:g}"][0] / r["to_flag"] for r in per_set if r["to_flag"])
        q = lambda s: recalls[min(len(recalls) - 1, int(s * len(recalls)))]
        print(f"  p>={v:<5g} recall {tp}/{allpos} = {tp / allpos:.3f} (per set: min {q(0):.2f}, quartiles {q(0.25):.2f} "
              f"{q(0.5):.2f} {q(0.75):.2f}, max {recalls[-1]:.2f}); innocent at or above {fp}/{allneg} = {fp / allneg:.3f}, "
              f"precision {tp / max(1, tp + fp):.3f}")


def write(a) -> None:
    sets = dev_sets()
    if a.like:  # the sets another model file was trained on (each checked by its sha256)
        recorded = json.loads(Path(a.like).read_text(encoding="utf-8"))["trained_on"]
        for t in recorded:
            name = Path(t["file"]).stem
            if name not in sets or hashlib.sha256((DEV / f"{name}.jsonl").read_bytes()).hexdigest() != t["sha256"]:
                sys.exit(f"{t['file']} is not the file {a.like} was trained on")
        sets = {Path(t["file"]).stem: sets[Path(t["file"]).stem] for t in recorded}
    names = sorted(sets)
    items = [x for n in names for x in sets[n]]
    cfg = dict(CONFIG)
    f = Featurised(items, cfg)
    bias, weights = fit(f, np.ones(len(items), dtype=bool), cfg)
    model = {
        "format": "evidtriage/ranking-aid/1", "version": VERSION,
        "about": "A statistical ranking aid, never a finding: logistic regression over words, word stems, "
                 "word pairs and character n-grams, trained on eval/dev by eval/train_ranking_aid.py. "
                 "It learns how these sets' writers write as much as what they write about.",
        "kinds": cfg["kinds"], "ngrams": list(cfg["ngrams"]), "prefix": cfg["prefix"], "scaled": cfg["scaled"],
        "fit": {"C": cfg["C"], "keep": cfg["keep"], "min_df": cfg["min_df"], "class_weight": "balanced",
                "solver": "lbfgs"},
        "line": cfg["line"], "bias": bias,
        "trained_on": [{"file": f"eval/dev/{n}.jsonl", "items": len(sets[n]),
                        "sha256": hashlib.sha256((DEV / f"{n}.jsonl").read_bytes()).hexdigest()} for n in names],
        "weights": dict(sorted(weights.items())),
    }
    data = (json.dumps(model, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n").encode("utf-8")
    target = Path(a.out) if a.out else MODEL
    target.write_bytes(data)
    print(f"{target}: {len(weights)} features, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("measure", help="leave one set of eval/dev out at a time")
    m.add_argument("--rules-json", required=True, help="`evidtriage eval eval/dev --json` (the rules' own flags)")
    m.add_argument("--config", help="JSON overriding CONFIG (kinds, ngrams, prefix, scaled, C, keep, min_df)")
    m.add_argument("--lines", nargs="+", default=["0.5", "0.7", "0.8", "0.9"])
    m.add_argument("--only", nargs="+", help="hold out only these sets")
    m.add_argument("--min-items", type=int, default=1,
                   help="a set's review recall enters the spread when it has this many unflagged items to flag")
    w = sub.add_parser("write", help="train on all of eval/dev and write the model file")
    w.add_argument("--out", help="where (default: evidtriage/ranking_aid/model.json)")
    w.add_argument("--like", help="train on the sets this model file records (default: every set of eval/dev)")
    a = ap.parse_args()
    (measure if a.cmd == "measure" else write)(a)


if __name__ == "__main__":
    main()
