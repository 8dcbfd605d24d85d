"""Benchmark: time and peak memory of a whole triage of N generated WhatsApp messages.

Usage:  .venv/bin/python bench/memory.py [--messages 1000000] [--per-file 20000]
            [--evidtriage .venv/bin/evidtriage] [--keep DIR] [--each-format]

Writes N messages as WhatsApp Android exports of ``--per-file`` messages each (English, Bengali
and romanised Bengali; one message in 50 an indicator text, most with a varying phone number or
amount, so that grouping has many distinct texts and some templates), then runs

    evidtriage triage EXPORTS --case CASE --examiner Bench --timezone Asia/Dhaka --no-ocr

under ``/usr/bin/time -v`` and prints its wall time and peak RSS (``Maximum resident set size``:
the largest single process of the run, main process or worker). Each run gets a fresh case and
its own key folder (``EVIDTRIAGE_CONFIG_DIR``), so nothing is reused between runs.

``--each-format``: then also ``evidtriage report CASE --format F --out ...`` for each format
(json, csv, html, pdf), each under ``/usr/bin/time -v``, to tell which part of the run peaks.

``--triage-option`` adds an option to the triage command (``--triage-option=--no-ranking-aid``: the
same run without the ranking aid).

``--evidtriage`` chooses the program, as a command line (``"env PYTHONPATH=/tmp/old
.venv/bin/evidtriage"`` measures another tree's code: "before" and "after" on the same
generated exports with ``--keep``).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = ["Rahim Dalal", "Karim Bhai", "Ammu", "+880 1712-345678", "Shila", "Agency Office", "Nasrin", "Jamal"]
CHAT = [
    "bhai kemon acho? eid e bari ashbo, ammu ke salam dio", "ঠিক আছে ভাই, কাল দেখা হবে",
    "The meeting is at {h}pm tomorrow, please bring the documents.", "<Media omitted>",
    "ok 👍", "Happy birthday! 🌸🎂", "ami {n} minute e ashchi", "দোকানে {n} টাকার বাজার করলাম",
    "did you reach home? call me when you are free", "kal {h} tay station e thakbo",
]
FLAGGED = [
    "free visa, leave your passport with me, send the advance by bKash 017{p}",
    "পাসপোর্ট আমার কাছে জমা রাখতে হবে, অগ্রিম {n} হাজার টাকা পাঠান",
    "Malaysia factory job, no experience needed\nsalary {n}00 ringgit\nfood and room free, call 018{p}",
]


def make_exports(folder: Path, messages: int, per_file: int) -> int:
    """Write the exports; returns the number of files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    left = messages
    while left > 0:
        rng = random.Random(files)
        n = min(per_file, left)
        with (folder / f"WhatsApp Chat with Contact {files:04d}.txt").open("w", encoding="utf-8") as out:
            for i in range(n):
                day = i // 40
                d, mo, y = 1 + day % 28, 1 + (day // 28) % 12, 20 + (day // 336) % 6
                pool = FLAGGED if rng.random() < 0.02 else CHAT
                text = rng.choice(pool).format(h=rng.randint(1, 12), n=rng.randint(2, 99),
                                               p=f"{rng.randint(0, 99_999_999):08d}")
                out.write(f"{d:02d}/{mo:02d}/{y}, {8 + (i % 40) // 4:02d}:{(i * 7) % 60:02d} - "
                          f"{rng.choice(PEOPLE)}: {text}\n")
        files += 1
        left -= n
    return files


def run_triage(program: str, exports: Path, case: Path, extra: tuple[str, ...] = ()) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, the command's last line of output) of one triage."""
    return _timed(program, case, ["triage", str(exports), "--case", str(case), "--examiner", "Bench",
                                  "--timezone", "Asia/Dhaka", "--no-ocr", *extra])


def _timed(program: str, case: Path, args: list[str]) -> tuple[float, float, str]:
    config = case.parent / (case.name + "-keys")
    env = {**os.environ, "EVIDTRIAGE_CONFIG_DIR": str(config)}
    cmd = ["/usr/bin/time", "-v", *shlex.split(program), *args]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    tail = [line for line in r.stderr.splitlines() if line and not line.startswith("\t")]
    if r.returncode or not peak:
        sys.exit(f"{args[0]} failed (exit {r.returncode}): {(tail or ['no output'])[-1]}")
    return wall, int(peak.group(1)) / 1024, (r.stdout.strip().splitlines() or [""])[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--per-file", type=int, default=20_000)
    ap.add_argument("--evidtriage", default=str(ROOT / ".venv" / "bin" / "evidtriage"))
    ap.add_argument("--keep", help="folder for the exports and cases (kept; exports reused if there)")
    ap.add_argument("--each-format", action="store_true", help="also time each report format alone")
    ap.add_argument("--triage-option", action="append", default=[],
                    help="an option added to the triage command (e.g. --triage-option=--no-ranking-aid); may be repeated")
    args = ap.parse_args()
    if not Path("/usr/bin/time").exists():
        sys.exit("/usr/bin/time is not installed (apt-get install time)")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="evidtriage-memory-"))
    exports = work / f"exports-{args.messages}-{args.per_file}"
    try:
        if not exports.is_dir():
            n = make_exports(exports, args.messages, args.per_file)
            size = sum(p.stat().st_size for p in exports.iterdir())
            print(f"{args.messages:,} messages in {n} exports, {size / 1e6:.1f} MB", file=sys.stderr)
        case = work / f"case-{args.messages}-{os.getpid()}"
        wall, peak, _ = run_triage(args.evidtriage, exports, case, tuple(args.triage_option))
        findings = case / "reports" / "findings.json"
        print("| messages | wall s | peak RSS MB | findings.json MB |")
        print("| --- | --- | --- | --- |")
        print(f"| {args.messages:,} | {wall:,.1f} | {peak:,.0f} | "
              f"{findings.stat().st_size / 1e6 if findings.exists() else 0:,.1f} |")
        if args.each_format:
            print("\n| report --format | wall s | peak RSS MB |\n| --- | --- | --- |")
            for fmt in ("json", "csv", "html", "pdf"):
                wall, peak, _ = _timed(args.evidtriage, case, ["report", str(case), "--format", fmt,
                                                               "--out", str(case / f"bench-{fmt}")])
                print(f"| {fmt} | {wall:,.1f} | {peak:,.0f} |", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
