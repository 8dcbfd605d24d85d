"""Benchmark: what grouping findings by text costs when findings.json is written.

Usage:  .venv/bin/python bench/grouping.py [--lines 1000000] [--rounds 3] [--base REV]

Builds one case from a generated WhatsApp export (``bench/chats.py``'s generator: English,
Bengali and romanised Bengali, a third of the messages with indicator hits, most of them the
same few texts repeated: the worst case for grouping, every flagged message normalised and
grouped), triaged with ``--no-ocr`` by the code of ``--base`` (default: the commit this branch
started from, ``git merge-base HEAD main``), then times ``build_findings`` + ``write_findings``
on that case, each round in a fresh process: first with the base code (no grouping), then with
this checkout's code (groups and templates). The case store is opened (and migrated) once by
this checkout before its rounds, outside the timing. Prints the medians and their ratio.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from chats import make_whatsapp  # noqa: E402

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from evidtriage.store import Store
from evidtriage.reports.findings import build_findings, write_findings
with Store.open(sys.argv[2]) as store:
    t = time.perf_counter()
    f = build_findings(store)
    write_findings(store, __import__("pathlib").Path(sys.argv[3]), f)
    took = time.perf_counter() - t
    # counted after the timing, inside the store: newer code streams the artifacts from it
    artifacts = with_hits = 0
    for a in f["artifacts"]:
        artifacts += 1
        with_hits += bool(a["hits"])
print(json.dumps({"seconds": took, "artifacts": artifacts, "groups": len(f.get("groups", [])),
                  "templates": len(f.get("templates", [])), "with_hits": with_hits,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""

TRIAGE = """
import sys
sys.path.insert(0, sys.argv[1])
from evidtriage.cli.main import app
app(sys.argv[2:], prog_name="evidtriage")
"""


def _run(code: str, *args: str) -> str:
    r = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"failed: {r.stderr.strip()[-2000:]}")
    return r.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", default="")
    args = ap.parse_args()
    base_rev = args.base or subprocess.run(["git", "-C", str(ROOT), "merge-base", "HEAD", "main"],
                                           capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = tmp / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", base_rev], capture_output=True, check=True).stdout
        (tmp / "base.tar").write_bytes(archive)
        with tarfile.open(tmp / "base.tar") as tf:
            tf.extractall(base, filter="data")
        src = tmp / "src"
        src.mkdir()
        lines = make_whatsapp(src / "WhatsApp Chat with Bench.txt", args.lines)
        case = tmp / "case"
        t = time.perf_counter()
        _run(TRIAGE, str(base), "triage", str(src), "--case", str(case), "--examiner", "bench", "--no-ocr")
        print(f"case: {lines:,} lines, triaged by {base_rev[:10]} in {time.perf_counter() - t:.1f} s", flush=True)
        results: dict[str, list[dict]] = {"base": [], "grouped": []}
        for r in range(args.rounds):
            results["base"].append(json.loads(_run(CHILD, str(base), str(case), str(tmp / "base.json"))))
            print("base", results["base"][-1], flush=True)
        _run("import sys; sys.path.insert(0, sys.argv[1]); from evidtriage.store import Store; Store.open(sys.argv[2]).close()",
             str(ROOT), str(case))
        for r in range(args.rounds):
            results["grouped"].append(json.loads(_run(CHILD, str(ROOT), str(case), str(tmp / "new.json"))))
            print("grouped", results["grouped"][-1], flush=True)
    med = {k: statistics.median(x["seconds"] for x in v) for k, v in results.items()}
    g = results["grouped"][-1]
    print("\n| code | artifacts | with hits | groups | templates | median s | peak RSS MB |\n| --- | --- | --- | --- | --- | --- | --- |")
    for k, v in results.items():
        last = v[-1]
        print(f"| {k} | {last['artifacts']:,} | {last['with_hits']:,} | {last['groups']:,} | {last['templates']:,} "
              f"| {med[k]:.2f} | {max(x['rss_mb'] for x in v):,} |")
    print(f"\nratio grouped/base: {med['grouped'] / med['base']:.2f} (target 1.5); {g['artifacts']:,} artifacts")


if __name__ == "__main__":
    main()
