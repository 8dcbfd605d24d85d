"""Benchmark: how long ``evidtriage review DIR`` takes until its first page is served.

Usage:  .venv/bin/python bench/review_start.py CASE [--evidtriage .venv/bin/evidtriage] [--rounds 3] [--browser]

CASE is a triaged case folder, for instance one that ``bench/memory.py --messages 200000 --keep
DIR`` left in DIR (its key folder ``CASE-keys`` beside it is used as ``EVIDTRIAGE_CONFIG_DIR``
when present). Each round starts ``evidtriage review CASE`` as a user does, waits for the line
that gives the page's URL, fetches the page, and stops the server (Ctrl-C). Printed: seconds
from start to the URL line, and to the whole first page received, median of the rounds.
"""

from __future__ import annotations

import argparse
import os
import shlex
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start(program: str, case: Path) -> tuple[subprocess.Popen, str, float]:
    """Start ``evidtriage review CASE`` as a user does: (the server, its URL, when it started)."""
    keys = case.parent / (case.name + "-keys")
    env = {**os.environ, **({"EVIDTRIAGE_CONFIG_DIR": str(keys)} if keys.is_dir() else {})}
    t = time.perf_counter()
    proc = subprocess.Popen([*shlex.split(program), "review", str(case)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("review page: "):
            return proc, line.split(": ", 1)[1].strip(), t
    _stop(proc)
    sys.exit(f"review did not start: {proc.stderr.read().strip().splitlines()[-1:]}")


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def one_round(program: str, case: Path) -> tuple[float, float, int]:
    """(seconds to the URL, seconds to the whole page, page bytes)."""
    proc, url, t = _start(program, case)
    try:
        ready = time.perf_counter() - t
        with urllib.request.urlopen(url, timeout=600) as r:  # 127.0.0.1 only: the server refuses others
            size = len(r.read())
        return ready, time.perf_counter() - t, size
    finally:
        _stop(proc)


def browser_round(program: str, case: Path) -> tuple[float, float, float]:
    """(seconds to the URL, seconds to the page usable in Chromium, milliseconds for a decision)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import Browser

    browser = None
    proc, url, t = _start(program, case)
    try:
        ready = time.perf_counter() - t
        bypass = url.split("//", 1)[1].split("/", 1)[0]
        started = time.perf_counter()
        browser = Browser(bypass)  # Chromium's own start is not the page's: left out of the time
        t += time.perf_counter() - started
        browser.call("Page.enable")
        browser.call("Page.navigate", url=url)
        browser.wait_for("document.querySelectorAll('.finding button[data-decision=relevant]').length > 0", timeout=600)
        usable = time.perf_counter() - t
        # a decision other than the one the finding holds (an earlier round may have set one)
        ms = browser.evaluate("""new Promise(resolve => {
            const f = document.querySelector('.finding');
            const buttons = [...f.querySelectorAll('button[data-decision]')];
            const button = buttons.find(b => b.dataset.decision !== f.getAttribute('data-decision'));
            const t0 = performance.now();
            const seen = new MutationObserver(() => {
                if (f.getAttribute('data-decision') === button.dataset.decision) {
                    seen.disconnect(); resolve(performance.now() - t0);
                }
            });
            seen.observe(f, {attributes: true, subtree: true});
            button.click();
        })""")
        return ready, usable, float(ms)
    finally:
        if browser is not None:
            browser.close()
        _stop(proc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("case", type=Path)
    ap.add_argument("--evidtriage", default=str(ROOT / ".venv" / "bin" / "evidtriage"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--browser", action="store_true", help="open the page in headless Chromium and time a decision")
    args = ap.parse_args()
    if args.browser:
        runs = [browser_round(args.evidtriage, args.case) for _ in range(args.rounds)]
        print("| rounds | URL printed, median s | page usable in Chromium, median s | decision stored, median ms |")
        print("| --- | --- | --- | --- |")
        print(f"| {len(runs)} | {statistics.median(r[0] for r in runs):.2f} | "
              f"{statistics.median(r[1] for r in runs):.2f} | {statistics.median(r[2] for r in runs):.0f} |")
        return
    runs = [one_round(args.evidtriage, args.case) for _ in range(args.rounds)]
    print("| rounds | URL printed, median s | first page received, median s | page KB |")
    print("| --- | --- | --- | --- |")
    print(f"| {len(runs)} | {statistics.median(r[0] for r in runs):.2f} | "
          f"{statistics.median(r[1] for r in runs):.2f} | {runs[0][2] / 1024:,.0f} |")


if __name__ == "__main__":
    main()
