"""Measure: do the packs flag a message the same when it arrives as a screenshot?

Usage:  .venv/bin/python bench/ocr_flags.py [CORPUS ...] [--limit 400] [--wrap-only] [--tree DIR] [--json OUT]

Each item of the evaluation corpora (default: eval/dev) is drawn as one received chat bubble
(tests/screenshots.py's fonts, themes and wrapping; the six themes in turn, every third one at the
small size), read back through ``evidtriage.ocr.tesseract.read_text`` (the image parser's path)
and matched; the item's flag on its text is compared with its flag on what OCR read. Printed by
label and script: items, flagged from the text, flagged from the screenshot, flags lost and
flags gained, and each item whose flag changed.

``--wrap-only`` skips drawing and OCR: the text is only broken into lines where the bubble
would break it, which measures what the line breaks alone cost (seconds for all of eval/dev,
against about a second an item with OCR). ``--limit N`` takes a fixed sample of N items.

To measure the tree before a change, give it with ``--tree OTHER_TREE``: its ``evidtriage``
and its rules are used (this file, the corpora and the screenshot generator are this tree's).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
#: The widest a bubble is, as a share of the screen (docs/ocr.md's figures were measured at 0.72).
WRAP = 0.72


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=[str(HERE / "eval" / "dev")])
    ap.add_argument("--limit", type=int, help="a fixed sample of this many items")
    ap.add_argument("--wrap-only", action="store_true", help="line breaks where the bubble wraps; no drawing, no OCR")
    ap.add_argument("--tree", default=str(HERE), help="the tree whose evidtriage and rules are measured")
    ap.add_argument("--json", help="write each item's row here")
    args = ap.parse_args()
    tree = Path(args.tree).resolve()
    sys.path[:0] = [str(tree), str(HERE / "tests")]
    import screenshots  # noqa: PLC0415 - the generator lives beside the tests that use it

    from evidtriage.indicators.eval import load_corpus
    from evidtriage.indicators.matcher import Matcher
    from evidtriage.indicators.rules import load_packs
    from evidtriage.ocr.tesseract import read_text

    items = [item for corpus in args.corpora for item in load_corpus(corpus)]
    if args.limit and len(items) > args.limit:
        items = random.Random(7).sample(items, args.limit)
    matcher = Matcher(load_packs([str(tree / "rules")]))
    themes = list(screenshots.THEMES)
    rows, counts, started = [], Counter(), time.monotonic()
    for n, item in enumerate(items):
        theme, size = themes[n % len(themes)], "small" if n % 3 == 0 else "normal"
        if args.wrap_only:
            read = "\n".join(screenshots.bubble_lines(item.text, "normal", WRAP))
        else:
            read = read_text(screenshots.bubbles(item.text, theme=theme, size=size, share=WRAP), "ben+eng", False) or ""
        text_r, read_r = matcher.match_many([item.text, read])
        was, now = text_r.score >= matcher.line, read_r.score >= matcher.line
        key = (item.label, item.script)
        counts[key + ("items",)] += 1
        counts[key + ("text",)] += was
        counts[key + ("screenshot",)] += now
        counts[key + ("lost",)] += was and not now
        counts[key + ("gained",)] += now and not was
        row = {"id": item.id, "label": item.label, "script": item.script, "theme": theme, "size": size,
               "text_flag": was, "screenshot_flag": now, "read": read,
               "text_rules": sorted({h.rule_id for h in text_r.hits}),
               "screenshot_rules": sorted({h.rule_id for h in read_r.hits})}
        rows.append(row)
        if was != now:
            print(f"{item.id} {item.label} {'lost' if was else 'gained'}: "
                  f"{sorted(set(row['text_rules']) ^ set(row['screenshot_rules']))}")
    print(f"{len(items)} items in {time.monotonic() - started:.0f} s ({'wrapping only' if args.wrap_only else 'OCR'})")
    for label in ("flag", "ok"):
        for script in sorted({k[1] for k in counts if k[0] == label}):
            c = {what: counts[(label, script, what)] for what in ("items", "text", "screenshot", "lost", "gained")}
            print(f"{label:4} {script:8} " + "  ".join(f"{k} {v}" for k, v in c.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
