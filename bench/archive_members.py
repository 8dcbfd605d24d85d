"""Benchmark: a scan of one zip holding many small members (issue 18, item 3).

Usage:  .venv/bin/python bench/archive_members.py [--members 100000] [--workers 2] [--container zip|tar|tar.gz]

The zip holds ``--members`` tiny text members, each with its own content (so each is parsed,
not deduplicated), in 100 folders. A fresh case is made, the zip added as an exhibit, and
``scan`` run in a child process (``--no-ocr``); the seconds of each stage (from the progress
reports) and the peak RSS of the scan and its workers are printed. Time must grow linearly with
the members: run with 10,000 and 100,000 and compare the seconds per member.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DRIVER = r"""
import json, resource, sys, time
from evidtriage.case import add_evidence, init_case
from evidtriage.model import CaseInfo
from evidtriage.pipeline.stages import ScanOptions, scan

case, source, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = init_case(case, CaseInfo("BENCH", "bench"))
add_evidence(store, case, source, "EX01", "")
stages, t0 = {}, time.perf_counter()
def progress(p):
    now = time.perf_counter() - t0
    first, _ = stages.get(p.stage, (now, now))
    stages[p.stage] = (first, now)
scan(store, ScanOptions(workers=workers, ocr=False), progress)
total = time.perf_counter() - t0
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"total_s": round(total, 2), "peak_rss_mb": round(peak / 1024),
                  "stages": {k: round(b - a, 2) for k, (a, b) in stages.items()}}))
"""


def make_archive(path: Path, members: int, container: str = "zip") -> None:
    names = [(f"chat{i % 100:02d}/note{i:06d}.txt", f"note {i}: meet at the office at {i % 24}:00\n".encode())
             for i in range(members)]
    if container == "zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
            for name, data in names:
                z.writestr(name, data)
        return
    import io
    import random
    import tarfile

    random.Random(18).shuffle(names)  # a phone's tar lies in directory order, not by name
    with tarfile.open(path, "w:gz" if container == "tar.gz" else "w") as t:
        for name, data in names:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--container", choices=("zip", "tar", "tar.gz"), default="zip",
                    help="zip (stored), or a tar / tar.gz whose members lie in shuffled order (issue 16)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="evidtriage-bench-") as tmp:
        src = Path(tmp) / f"export.{args.container}"
        make_archive(src, args.members, args.container)
        out = subprocess.run([sys.executable, "-c", DRIVER, str(Path(tmp) / "case"), str(src), str(args.workers)],
                             check=True, capture_output=True, text=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["members"] = args.members
        result["container"] = args.container
        result["us_per_member"] = round(result["total_s"] / args.members * 1e6)
        print(json.dumps(result))


if __name__ == "__main__":
    main()
