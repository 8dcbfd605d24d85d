"""Benchmark: does the HTML report of a large case open in seconds?

Usage:  .venv/bin/python bench/report.py [--messages 200000] [--rounds 3]

Builds findings for a case of N messages (1 in 50 with indicator hits, 40 conversations, a
year of days), writes ``report.html`` with the report writer, and times headless Chromium from
start to the page's DOM after its script ran (``--dump-dom``), checking that the first page of
the message table was drawn. Peer in the same run: the same messages as one plain HTML table
(what a report without paging would be), opened the same way.
"""

from __future__ import annotations

import argparse
import html
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser import FLAGS, chromium  # noqa: E402
from evidtriage.reports.html_report import render_html  # noqa: E402
from test_html_report import minimal_findings  # noqa: E402

TEXTS = ["bhai kemon acho? eid e bari ashbo", "ঠিক আছে ভাই, কাল দেখা হবে", "The meeting is at 5pm tomorrow.",
         "free visa, leave your passport with me, send the advance by bKash 01712-345678"]


def findings(n: int) -> dict:
    rng = random.Random(5)
    base = minimal_findings()
    msg = base["artifacts"][0]
    arts = []
    for i in range(n):
        hit = i % 50 == 0
        text = TEXTS[3] if hit else rng.choice(TEXTS[:3])
        arts.append({**msg, "key": f"k{i}", "conversation": f"conversation {i % 40}", "sender": f"person {i % 7}",
                     "timestamp": f"2024-{1 + (i // 20000) % 12:02d}-{1 + (i // 700) % 28:02d}T10:{i % 60:02d}:00Z",
                     "text": text, "score": 11.0 if hit else 0,
                     "hits": msg["hits"] if hit else []})
    convs = [{"conversation": f"conversation {c}", "file": "chat.txt", "messages": n // 40, "messages_with_hits": 0,
              "score": 0, "top_score": 0, "first_timestamp": None, "last_timestamp": None} for c in range(40)]
    return minimal_findings(artifacts=arts, conversations=convs)


def plain_table(f: dict) -> str:
    rows = "".join(f"<tr><td>{html.escape(a['conversation'])}</td><td>{a['timestamp']}</td><td>{html.escape(a['sender'])}</td>"
                   f"<td>{html.escape(a['text'])}</td><td>{a['score']}</td></tr>" for a in f["artifacts"])
    return f"<!DOCTYPE html><meta charset=utf-8><table id=messages-table><tbody>{rows}</tbody></table>"


def open_seconds(path: Path) -> tuple[float, str]:
    with tempfile.TemporaryDirectory() as profile:
        t = time.perf_counter()
        r = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", path.as_uri()],
                           capture_output=True, text=True, timeout=600)
        return time.perf_counter() - t, r.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if not shutil.which("chromium"):
        sys.exit("chromium is not installed: `make test` installs it")
    f = findings(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        report, plain = Path(tmp) / "report.html", Path(tmp) / "plain.html"
        t = time.perf_counter()
        report.write_text(render_html(f), encoding="utf-8")
        render = time.perf_counter() - t
        plain.write_text(plain_table(f), encoding="utf-8")
        times: dict[str, list[float]] = {"evidtriage report.html": [], "one plain table (peer)": []}
        for _ in range(args.rounds):
            for label, path in (("evidtriage report.html", report), ("one plain table (peer)", plain)):
                secs, dom = open_seconds(path)
                assert "message" in dom or "kemon" in dom, f"{label}: nothing drawn"
                times[label].append(secs)
        print(f"{args.messages:,} messages; report.html written in {render:.1f} s, "
              f"{report.stat().st_size / 1e6:.1f} MB; plain table {plain.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        print("| page | size MB | Chromium start to DOM ready, median s |")
        print("| --- | --- | --- |")
        for label, path in (("evidtriage report.html", report), ("one plain table (peer)", plain)):
            print(f"| {label} | {path.stat().st_size / 1e6:.1f} | {statistics.median(times[label]):.2f} |")


if __name__ == "__main__":
    main()
