"""A statistical baseline beside the rule packs: how well a plain text classifier, trained on the
labelled sets of eval/dev, tells the items to flag on sets held out from it (issue 15, round 7).

Not part of evidtriage: nothing here flags or ranks anything in a case. It measures what a
transparent statistical signal (the issue allows one only as a separate, explained ranking aid,
never as the reason for a flag) would find that the rules do not, so that the figures in
docs/rules.md ("Measuring the packs") can be run again.

The classifier: TF-IDF of character n-grams (2 to 5, within words) and of words and word pairs,
and a logistic regression (C=8, balanced classes), from scikit-learn, which is not a dependency of
evidtriage: run it with a Python that has it (``python -m venv /tmp/ml && /tmp/ml/bin/pip install
scikit-learn``)::

    .venv/bin/evidtriage eval eval/dev/dev46.jsonl ... --json > /tmp/rules.json     # optional
    /tmp/ml/bin/python eval/statistical_baseline.py --hold dev46 dev47 dev48 dev49 [--rules-json /tmp/rules.json]
    /tmp/ml/bin/python eval/statistical_baseline.py --leave-one-out dev34 ... dev49

``--hold``: trained on every other set of eval/dev, scored on these (and, with ``--rules-json``,
beside the rules' own flags on them and the two together). ``--leave-one-out``: each set in turn
held out, trained on all the others.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

DEV = Path(__file__).resolve().parent / "dev"


def load(paths) -> list[dict]:
    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def fit_predict(train: list[dict], test: list[dict]) -> np.ndarray:
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                            token_pattern=r"[\w\u0980-\u09ff]+")
    x_train = hstack([chars.fit_transform([x["text"] for x in train]), words.fit_transform([x["text"] for x in train])])
    x_test = hstack([chars.transform([x["text"] for x in test]), words.transform([x["text"] for x in test])])
    model = LogisticRegression(C=8, max_iter=3000, class_weight="balanced")
    model.fit(x_train.tocsr(), [x["label"] == "flag" for x in train])
    return model.predict_proba(x_test.tocsr())[:, 1]


def figures(name: str, flagged: np.ndarray, test: list[dict]) -> str:
    y = np.array([x["label"] == "flag" for x in test])
    hard = np.array([x["label"] != "flag" and bool(x.get("hard")) for x in test])
    tp, fp = int((flagged & y).sum()), int((flagged & ~y).sum())
    return (f"{name}: recall {tp / y.sum():.3f} ({tp}/{int(y.sum())}), precision {tp / max(1, tp + fp):.3f}, "
            f"hard-negative false positives {int((flagged & hard).sum())}/{int(hard.sum())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hold", nargs="+", default=[], help="sets of eval/dev held out (dev46 ...)")
    ap.add_argument("--leave-one-out", nargs="+", default=[], help="sets held out one at a time")
    ap.add_argument("--rules-json", help="`evidtriage eval HELD --json` of the held-out sets")
    ap.add_argument("--at", type=float, nargs="+", default=[0.5, 0.8, 0.9], help="probability lines")
    a = ap.parse_args()
    every = sorted(DEV.glob("*.jsonl"))
    if a.hold:
        held = [DEV / f"{n}.jsonl" for n in a.hold]
        test, train = load(held), load([p for p in every if p not in held])
        p = fit_predict(train, test)
        print(f"trained on {len(train)} items, scored on {len(test)} ({', '.join(a.hold)})")
        rules = None
        if a.rules_json:
            d = json.loads(Path(a.rules_json).read_text(encoding="utf-8"))
            missed = {x["id"] for x in d["misses"]}
            alarms = {x["id"] for x in d["false_alarms"]}
            rules = np.array([(x["id"] not in missed) if x["label"] == "flag" else (x["id"] in alarms) for x in test])
            print(figures("rules", rules, test))
        for at in a.at:
            print(figures(f"classifier >= {at}", p >= at, test))
            if rules is not None:
                print(figures(f"rules or classifier >= {at}", rules | (p >= at), test))
    for name in a.leave_one_out:
        held = DEV / f"{name}.jsonl"
        test, train = load([held]), load([p for p in every if p != held])
        p = fit_predict(train, test)
        print("; ".join(figures(f"{name} classifier >= {at}", p >= at, test) for at in a.at))


if __name__ == "__main__":
    main()
