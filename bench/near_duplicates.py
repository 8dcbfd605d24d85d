"""Benchmark: near-duplicate clustering of 1,000,000 64-bit pHashes at distance <= 10.

Usage:  .venv/bin/python bench/near_duplicates.py [--n 1000000] [--baseline-n 100000]

Hashes are random 64-bit values with 10% planted variants (0-12 bits flipped from another
hash), so the answer has real clusters and pairs just beyond the radius. Each method runs in
its own process so its peak memory (max RSS) is its own:

* evidtriage: `near_duplicate_pairs` (multi-index hashing, numba, all cores) + `clusters`;
* baseline: vectorised numpy all-pairs (`np.bitwise_count` over 1024-row tiles), at
  --baseline-n, extrapolated to --n by the square of the ratio (all-pairs work is quadratic).

Also checks that both find the same pairs on the baseline-sized prefix.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import json, resource, sys, time
import numpy as np
sys.path.insert(0, {root!r})
from evidtriage.linking import near_duplicates as nd

def planted(n, seed=2026):
    rng = np.random.default_rng(seed)
    h = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    k = n // 10
    src = rng.integers(0, n - k, size=k)
    nflip = rng.integers(0, 13, size=k)
    for i in range(k):
        v = h[src[i]]
        for b in rng.choice(64, size=int(nflip[i]), replace=False):
            v ^= np.uint64(1) << np.uint64(int(b))
        h[n - k + i] = v
    return h

h = planted({n})
if {method!r} == "mih":
    nd._compiled()  # compile outside the timing: a one-off per process, reported apart
    t = time.perf_counter(); nd._mih_pairs(h[:30000], 10); warm = time.perf_counter() - t
    t = time.perf_counter()
    pairs = nd._mih_pairs(h, 10)
    groups = nd.clusters(len(h), pairs)
    el = time.perf_counter() - t
else:
    warm = 0.0
    t = time.perf_counter()
    pairs = nd._brute_force_pairs(h, 10)
    el = time.perf_counter() - t
    groups = nd.clusters(len(h), pairs)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": el, "warm": warm, "pairs": int(len(pairs)), "clusters": len(groups),
                  "max_rss_mb": rss, "digest": int(np.bitwise_xor.reduce(pairs[:, 0] * 1000003 + pairs[:, 1])) if len(pairs) else 0}}))
"""


def run(method: str, n: int) -> dict:
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    code = CHILD.format(root=root, n=n, method=method)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--baseline-n", type=int, default=100_000)
    args = ap.parse_args()
    small_mih = run("mih", args.baseline_n)
    small_bf = run("brute", args.baseline_n)
    assert small_mih["pairs"] == small_bf["pairs"] and small_mih["digest"] == small_bf["digest"], \
        "multi-index and all-pairs disagree"
    big = run("mih", args.n)
    extrap = small_bf["seconds"] * (args.n / args.baseline_n) ** 2
    print(f"same pairs as all-pairs at {args.baseline_n:,}: yes ({small_bf['pairs']:,} pairs)")
    print(f"{'method':38} {'n':>10} {'seconds':>9} {'max RSS MB':>11} {'pairs':>9} {'clusters':>9}")
    print(f"{'numpy all-pairs (baseline)':38} {args.baseline_n:>10,} {small_bf['seconds']:9.1f} {small_bf['max_rss_mb']:11.0f} {small_bf['pairs']:>9,} {small_bf['clusters']:>9,}")
    print(f"{'evidtriage multi-index':38} {args.baseline_n:>10,} {small_mih['seconds']:9.1f} {small_mih['max_rss_mb']:11.0f} {small_mih['pairs']:>9,} {small_mih['clusters']:>9,}")
    print(f"{'evidtriage multi-index':38} {args.n:>10,} {big['seconds']:9.1f} {big['max_rss_mb']:11.0f} {big['pairs']:>9,} {big['clusters']:>9,}")
    print(f"numpy all-pairs extrapolated to {args.n:,}: {extrap:,.0f} s ({extrap / 60:.0f} min); "
          f"speed-up {extrap / big['seconds']:.0f}x; numba compile+warm-up {big['warm']:.1f} s (not timed)")
    print(f"target: {args.n:,} in under 60 s -> {'met' if big['seconds'] < 60 else 'NOT met'}")


if __name__ == "__main__":
    main()
