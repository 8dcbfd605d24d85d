"""Benchmark: `evidtriage hash` (4 digests) against hashdeep (3 digests, 2 threads) and b3sum.

Usage:  .venv/bin/python bench/hashing.py [--rounds 5] [--dir /tmp/evidtriage-bench-tree]

Builds (once) a tree of 16 files of 32 MiB and 1,500 files of 20-130 KiB, reads it once so it
is in the page cache, then runs the three tools in alternating order each round (the order is
shuffled, so they share the machine's noise) and prints median wall times and ratios. It also
measures each digest alone on one core, in memory, to give the two-core compute bound for
MD5+SHA-1+SHA-256+BLAKE3, and how close evidtriage comes to it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import blake3

HERE = Path(__file__).resolve().parent
EVIDTRIAGE = str(Path(sys.executable).parent / "evidtriage")
JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010100000100010000")
MP4_HEAD = bytes.fromhex("000000186674797069736f6d0000020069736f6d69736f32")


def build_tree(root: Path) -> int:
    marker = root.parent / (root.name + ".complete-v2")  # outside the tree it describes
    if not marker.exists():
        shutil.rmtree(root, ignore_errors=True)
        rng = random.Random(2026)
        (root / "big").mkdir(parents=True)
        # contents start with the signature their names promise, as phone media does; the rest
        # is random (incompressible, like real media payloads)
        for i in range(16):
            (root / "big" / f"video{i:02d}.mp4").write_bytes(MP4_HEAD + os.urandom(32 * 1024 * 1024 - len(MP4_HEAD)))
        for i in range(1500):
            d = root / "small" / f"d{i // 100:02d}"
            d.mkdir(parents=True, exist_ok=True)
            size = rng.randint(20 * 1024, 130 * 1024)
            (d / f"img{i:04d}.jpg").write_bytes(JPEG_HEAD + os.urandom(size - len(JPEG_HEAD)))
        marker.write_text("")
    total = 0
    for dirpath, _, names in os.walk(root):  # page-cache everything
        for n in names:
            with open(os.path.join(dirpath, n), "rb") as f:
                while chunk := f.read(1 << 20):
                    total += len(chunk)
    return total


def digest_rate(name: str, data: bytes) -> float:
    """MB/s of one digest over ``data`` on one core, best of 3."""
    best = float("inf")
    for _ in range(3):
        h = blake3.blake3() if name == "blake3" else hashlib.new(name)
        view = memoryview(data)
        t = time.perf_counter()
        for off in range(0, len(data), 1 << 20):
            h.update(view[off:off + (1 << 20)])
        h.hexdigest()
        best = min(best, time.perf_counter() - t)
    return len(data) / best / 1e6


def timed(cmd: list[str], cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dir", default="/tmp/evidtriage-bench-tree")
    args = ap.parse_args()
    root = Path(args.dir)
    total = build_tree(root)
    mb = total / 1e6
    print(f"tree: {root} ({mb:.0f} MB in 1,516 files, page-cached); cores: {os.cpu_count()}")

    data = os.urandom(256 * 1024 * 1024)
    rates = {n: digest_rate(n, data) for n in ("md5", "sha1", "sha256", "blake3")}
    one_core = 1 / sum(1 / r for r in rates.values())
    bound = one_core * min(2, os.cpu_count() or 1)
    del data
    print("single-core digest rates (MB/s): " + ", ".join(f"{k} {v:.0f}" for k, v in rates.items()))
    print(f"md5+sha1+sha256+blake3 in one pass: {one_core:.0f} MB/s a core; two-core bound {bound:.0f} MB/s")

    tools = {
        "evidtriage hash (md5,sha1,sha256,blake3)": [EVIDTRIAGE, "hash", ".", "--out", "/dev/null"],
        "hashdeep -c md5,sha1,sha256 -j2": ["hashdeep", "-c", "md5,sha1,sha256", "-j2", "-r", "-l", "."],
        "b3sum (blake3 only)": ["sh", "-c", "find . -type f -print0 | xargs -0 b3sum > /dev/null"],
    }
    missing = [c[0] for c in tools.values() if not shutil.which(c[0])]
    if missing:
        sys.exit(f"missing tools: {', '.join(missing)} (run `make test` once to install them)")
    times: dict[str, list[float]] = {k: [] for k in tools}
    rng = random.Random()
    for r in range(args.rounds):
        order = list(tools)
        rng.shuffle(order)
        for name in order:
            times[name].append(timed(tools[name], root))
        print(f"round {r + 1}: " + ", ".join(f"{n.split()[0]} {times[n][-1]:.2f}s" for n in tools), flush=True)

    print(f"\n{'tool':44} {'median s':>9} {'MB/s':>7}  runs")
    med = {k: statistics.median(v) for k, v in times.items()}
    for name, ts in times.items():
        print(f"{name:44} {med[name]:9.2f} {mb / med[name]:7.0f}  " + " ".join(f"{t:.2f}" for t in ts))
    ev, hd = med[list(tools)[0]], med[list(tools)[1]]
    print(f"\nevidtriage / hashdeep wall-time ratio: {ev / hd:.2f} (target <= 0.30)")
    print(f"evidtriage rate / two-core compute bound: {mb / ev / bound:.0%} (target >= 85%)")


if __name__ == "__main__":
    main()
