"""Benchmark: looking up 1,000,000 files' digests in a 10,000,000-entry known set.

Usage:  .venv/bin/python bench/hashsets.py [--entries 10000000] [--files 1000000] [--dir /tmp]

Builds (once) a library with one set of random SHA-1/MD5/SHA-256 digests, then looks up the
MD5, SHA-1 and SHA-256 of 1,000,000 "files" (5% of them in the set) through
HashSetLibrary.lookup, as the scan does, and prints lookups (files) a second. Target: over 50,000.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidtriage.store import HashSetLibrary  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000_000)
    ap.add_argument("--files", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp")
    args = ap.parse_args()
    path = Path(args.dir) / f"evidtriage-bench-hashsets-{args.entries}.sqlite"
    rng = random.Random(1)
    sizes = (16, 20, 32)
    if not path.exists():
        t = time.perf_counter()
        with HashSetLibrary(path) as lib:
            lib.add_set("bench", "known-good", "hashlist", "generated", "0" * 64,
                        ((rng.randbytes(sizes[i % 3]), "") for i in range(args.entries)))
        print(f"built {args.entries:,}-entry set in {time.perf_counter() - t:.0f} s ({path.stat().st_size / 1e6:.0f} MB)")
    rng = random.Random(1)
    known = [rng.randbytes(sizes[i % 3]) for i in range(min(args.entries, 200_000))]
    qrng = random.Random(2)
    with HashSetLibrary(path) as lib:
        t = time.perf_counter()
        hits = 0
        batch = []
        for i in range(args.files):
            if qrng.random() < 0.05:
                batch.extend([known[qrng.randrange(len(known))], qrng.randbytes(20), qrng.randbytes(32)])
            else:
                batch.extend([qrng.randbytes(16), qrng.randbytes(20), qrng.randbytes(32)])
            if len(batch) >= 3 * 300:
                hits += len(lib.lookup(batch))
                batch = []
        if batch:
            hits += len(lib.lookup(batch))
        el = time.perf_counter() - t
    print(f"{args.files:,} files (3 digests each) looked up in {el:.1f} s: {args.files / el:,.0f} files/s, "
          f"{hits:,} found (target > 50,000/s)")


if __name__ == "__main__":
    main()
