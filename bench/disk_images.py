"""Benchmark: reading a disk image through evidtriage against the Sleuth Kit's and libewf's own tools.

Usage:  .venv/bin/python bench/disk_images.py [--gb 4] [--rounds 3] [--keep] [--no-e01] [--no-hash]

Builds an MBR disk holding one ext4 file system (``mkfs.ext4 -d``) filled with a mixed tree of
about GB gigabytes, as a seized laptop holds: videos and photos (incompressible), chats and
documents (text), app databases (SQLite-like pages), many small files (1-32 KiB) and a few
mostly-zero files (preallocated space), then its E01 (``ewfacquire -c deflate:fast``, one
segment). With ``--keep`` the images stay in ``/tmp/evidtriage-bench-disk-<GB>g`` and a later
run reuses them; without it they are built in a temporary folder and removed.

Every file read back from both images is first checked against the bytes put in (outside the
timing). Then, page-cached, each round runs every measurement in a shuffled order, and each
evidtriage measurement is paired with its peer from the same round:

===============================  ==========================================  ===========================
pair                             evidtriage                                  peer
===============================  ==========================================  ===========================
raw media                        ``RawMedia`` read whole in 1 MiB reads      ``img_cat disk.dd``
raw files inside                 list, open and read every file (the scan)   ``img_cat disk.dd``
raw hash                         ``evidtriage hash disk.dd --format json``   ``img_cat disk.dd``
E01 media + MD5                  ``EwfMedia`` read whole, MD5 over it        ``ewfexport -t -`` (MD5 too)
E01 files inside                 list, open and read every file (the scan)   ``ewfexport -t -``
E01 check (MD5 + SHA-1)          what a scan does to check an E01            ``ewfverify -d sha1``
E01 hash                         ``evidtriage hash laptop.E01 --format json`` ``ewfexport -t -``
===============================  ==========================================  ===========================

Throughput is the bytes each one delivers over its wall time: the media's bytes for the peers and
the media reads, the files' bytes for "files inside", and for ``hash`` the bytes it reads and
digests (the image file, plus for an E01 its media, plus every file inside). A ratio is
evidtriage's throughput over the peer's in the same round; the table gives the median of the
rounds' ratios (target >= 0.8), and beside it the plain ratio of wall times (the peer's over
evidtriage's: for ``hash``, which reads more than its peer, the lower figure). The one-core speed of the four digests together is measured too:
``hash`` cannot go faster than it on two cores, whatever the reading.

Needs the Debian packages sleuthkit, ewf-tools, e2fsprogs and fdisk (``make setup``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidtriage.model import EvidenceFile, Locator  # noqa: E402
from evidtriage.intake.hashing import hash_stream  # noqa: E402
from evidtriage.intake.sources import DEFAULT_LIMITS  # noqa: E402
from evidtriage.intake.sources.diskimage import (  # noqa: E402
    EWF_IMAGE, RAW_IMAGE, DiskImage, MediaStream, list_image_members, open_media)

EVIDTRIAGE = str(Path(sys.executable).parent / "evidtriage")
CHUNK = 1 << 20
MiB = 1024 * 1024

#: (share of the bytes, smallest and largest file in bytes, kind of content)
MIX = (
    (0.42, 50 * MiB, 400 * MiB, "random"),   # videos
    (0.20, 500 * 1024, 6 * MiB, "random"),   # photos
    (0.15, 2 * 1024, 2 * MiB, "text"),       # chats, documents, web pages
    (0.10, 1 * MiB, 64 * MiB, "pages"),      # app databases
    (0.08, 1024, 32 * 1024, "small"),        # settings, thumbnails, caches: many files
    (0.05, 4 * MiB, 64 * MiB, "zeros"),      # preallocated, mostly empty
)
WORDS = ("ami tomake kal dekhbo passport visa salary taka bkash agent dubai saudi kaj hobe na "
         "the meeting is at ten please send the documents tomorrow family khub bhalo achi "
         "উত্তর দাও কাল সকালে আসবে টাকা পাঠাও ভিসা হয়ে গেছে").split()


def _pools(rnd: random.Random) -> dict[str, bytes]:
    lines = []
    size = 0
    while size < 4 * MiB:
        line = f"[{rnd.randint(1, 28):02d}/11/2026 {rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}] " \
               + " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 18))) + "\n"
        lines.append(line)
        size += len(line.encode())
    text = "".join(lines).encode()
    pages = bytearray()
    while len(pages) < 4 * MiB:
        page = bytearray(4096)
        page[0:1] = b"\x0d"
        at = 100
        while at < 3800:
            row = rnd.randint(1, 10**9).to_bytes(8, "big") + rnd.choice(WORDS).encode() + bytes(rnd.randint(0, 40))
            page[at:at + len(row)] = row
            at += len(row) + 8
        pages += page
    return {"text": text, "pages": bytes(pages)}


def _content(kind: str, size: int, rnd: random.Random, pools: dict[str, bytes]) -> bytes:
    if kind in ("random", "small"):
        return os.urandom(size) if kind == "random" or rnd.random() < 0.5 else _slice(pools["text"], size, rnd)
    if kind == "zeros":
        data = bytearray(size)
        data[:MiB] = os.urandom(MiB)
        return bytes(data)
    return _slice(pools[kind], size, rnd)


def _slice(pool: bytes, size: int, rnd: random.Random) -> bytes:
    out = bytearray()
    while len(out) < size:
        at = rnd.randrange(len(pool))
        out += pool[at:at + size - len(out)]
    return bytes(out)


def build(folder: Path, gb: float, e01: bool) -> dict:
    """Build ``disk.dd`` (and ``laptop.E01``) in ``folder``; the SHA-256 of every file put in."""
    src = folder / "src"
    rnd = random.Random(16)
    pools = _pools(rnd)
    target = int(gb * 1024 * MiB)
    expected = {}
    i = 0
    for share, low, high, kind in MIX:
        total = 0
        while total < share * target:
            size = rnd.randint(low, high)
            d = src / f"{kind}{i % 40:02d}"
            d.mkdir(parents=True, exist_ok=True)
            data = _content(kind, size, rnd, pools)
            (d / f"f{i:06d}.bin").write_bytes(data)
            expected[f"p1/{d.name}/f{i:06d}.bin"] = hashlib.sha256(data).hexdigest()
            total += size
            i += 1
    used = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    fs_mb = int(used / MiB * 1.12) + 128
    img = folder / "disk.dd"
    subprocess.run(["truncate", "-s", f"{fs_mb + 2}M", str(img)], check=True)
    subprocess.run(["sfdisk", "-q", str(img)], input="label: dos\nstart=2048, type=83\n", text=True, check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-E", f"offset={2048 * 512}", "-d", str(src), str(img), f"{fs_mb}M"],
                   check=True)
    shutil.rmtree(src)
    if e01:
        subprocess.run(["ewfacquire", "-u", "-q", "-t", str(folder / "laptop"), "-f", "encase6", "-c", "deflate:fast",
                        "-S", "64GiB", "-d", "sha1", str(img)], check=True, stdout=subprocess.DEVNULL)
    info = {"gb": gb, "e01": e01, "files": expected}
    (folder / "expected.json").write_text(json.dumps(info))
    return info


def read_media(path: Path, kind: str, md5: bool = False) -> int:
    """The whole media read in 1 MiB reads (with ``md5``: and hashed with MD5, as ewfexport does)."""
    media = open_media(str(path), kind)
    try:
        if md5:
            digests, _ = hash_stream(MediaStream(media), ("md5",))
            return digests.bytes_hashed
        pos = 0
        buf = memoryview(bytearray(CHUNK))
        while n := media.readinto(pos, buf):
            pos += n
        return pos
    finally:
        media.close()


def check_e01(path: Path) -> int:
    """What a scan does to an E01 beside listing it: its media hashed (MD5, SHA-1) and checked."""
    from evidtriage.intake.sources.diskimage import hash_media

    digests, stored, _ = hash_media(str(path), EWF_IMAGE, ("md5", "sha1"))
    assert stored and all(digests.get(n) == v for n, v in stored.items()), (stored, digests)
    return digests.bytes_hashed


def check_files(path: Path, kind: str, expected: dict) -> None:
    """Every file read back from the image has the bytes that went into it (outside the timing)."""
    disk = DiskImage(str(path), kind)
    try:
        for name, digest in expected.items():
            with disk.open(name) as f:
                got, _ = hash_stream(f, ("sha256",))
            assert got.sha256 == digest, name
    finally:
        disk.close()


def read_files(path: Path, kind: str) -> int:
    """What a scan's hash stage reads: the image's files listed, then each opened and read
    (through a reused buffer, as its workers do), in one process."""
    ef = EvidenceFile("B", path.name, path.stat().st_size, None, Locator(str(path)))
    members, _ = list_image_members(ef, kind, DEFAULT_LIMITS)
    disk = DiskImage(str(path), kind)
    total = 0
    buf = bytearray(CHUNK)
    try:
        for m in members:
            with disk.open(m.locator.members[0]) as f:
                digests, _ = hash_stream(f, (), 0, buf)
                total += digests.bytes_hashed
    finally:
        disk.close()
    return total


def shell(cmd: str) -> None:
    subprocess.run(cmd, shell=True, check=True, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def digest_speed() -> float:
    """MB/s of the four digests together on one core, over 256 MiB in memory (best of 3)."""
    import blake3

    data = memoryview(os.urandom(64 * MiB))
    best = 0.0
    for _ in range(3):
        hs = [hashlib.md5(), hashlib.sha1(), hashlib.sha256(), blake3.blake3()]
        t = time.perf_counter()
        for _ in range(4):
            for at in range(0, len(data), CHUNK):
                for h in hs:
                    h.update(data[at:at + CHUNK])
        best = max(best, 4 * len(data) / (time.perf_counter() - t) / 1e6)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=4.0, help="size of the tree put in the image (default 4)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the images in /tmp and reuse them on the next run")
    ap.add_argument("--no-e01", action="store_true")
    ap.add_argument("--no-hash", action="store_true", help="leave out the `evidtriage hash` runs (the slowest)")
    args = ap.parse_args()
    e01 = not args.no_e01
    for tool in ("img_cat", "sfdisk", "mkfs.ext4") + (("ewfacquire", "ewfexport", "ewfverify") if e01 else ()):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} not installed (make setup installs it)")
    if args.keep:
        folder = Path(tempfile.gettempdir()) / f"evidtriage-bench-disk-{args.gb:g}g"
        folder.mkdir(exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="evidtriage-bench-disk-"))
    try:
        stamp = folder / "expected.json"
        info = json.loads(stamp.read_text()) if stamp.is_file() else None
        if info is None or (e01 and not info["e01"]):
            for old in folder.iterdir():
                shutil.rmtree(old) if old.is_dir() else old.unlink()
            t0 = time.perf_counter()
            info = build(folder, args.gb, e01)
            print(f"built in {time.perf_counter() - t0:.0f} s in {folder}")
        else:
            print(f"reusing the images in {folder}")
        img, ewf = folder / "disk.dd", (folder / "laptop.E01" if e01 else None)
        expected = info["files"]
        media_bytes = img.stat().st_size
        print(f"{img.name} {media_bytes / 1e6:.0f} MB" + (f", {ewf.name} {ewf.stat().st_size / 1e6:.0f} MB" if ewf else "")
              + f"; {len(expected)} files inside")
        check_files(img, RAW_IMAGE, expected)
        if ewf:
            check_files(ewf, EWF_IMAGE, expected)
        files_bytes = read_files(img, RAW_IMAGE)
        print(f"checked: the {len(expected)} files read back from the image{'s' if ewf else ''} have the bytes put in "
              f"({files_bytes / 1e6:.0f} MB)")
        runs = {
            "img_cat": (lambda: shell(f"img_cat {img}"), media_bytes),
            "raw media": (lambda: read_media(img, RAW_IMAGE), media_bytes),
            "raw files inside": (lambda: read_files(img, RAW_IMAGE), files_bytes),
        }
        pairs = [("raw media", "img_cat"), ("raw files inside", "img_cat")]
        if not args.no_hash:
            runs["raw hash"] = (lambda: shell(f"{EVIDTRIAGE} hash {img} --format json --out {folder / 'h.json'}"),
                                media_bytes + files_bytes)
            pairs.append(("raw hash", "img_cat"))
        if ewf:
            runs.update({
                "ewfexport": (lambda: shell(f"ewfexport -q -u -f raw -t - {ewf}"), media_bytes),
                "ewfverify": (lambda: shell(f"ewfverify -q -d sha1 {ewf}"), media_bytes),
                "E01 media + MD5": (lambda: read_media(ewf, EWF_IMAGE, md5=True), media_bytes),
                "E01 files inside": (lambda: read_files(ewf, EWF_IMAGE), files_bytes),
                "E01 check (MD5 + SHA-1)": (lambda: check_e01(ewf), media_bytes),
            })
            pairs += [("E01 media + MD5", "ewfexport"), ("E01 files inside", "ewfexport"),
                      ("E01 check (MD5 + SHA-1)", "ewfverify")]
            if not args.no_hash:
                runs["E01 hash"] = (
                    lambda: shell(f"{EVIDTRIAGE} hash {ewf} --format json --out {folder / 'h.json'}"),
                    ewf.stat().st_size + media_bytes + files_bytes)
                pairs.append(("E01 hash", "ewfexport"))
        read_media(img, RAW_IMAGE)  # into the page cache
        times: dict[str, list[float]] = {k: [] for k in runs}
        for r in range(args.rounds):
            order = list(runs)
            random.shuffle(order)
            for name in order:
                t = time.perf_counter()
                runs[name][0]()
                times[name].append(time.perf_counter() - t)
            print(f"round {r + 1}: " + ", ".join(f"{n} {times[n][-1]:.2f}" for n in runs), flush=True)
        rate = {n: [b / t / 1e6 for t in times[n]] for n, (_, b) in runs.items()}
        print(f"\n{'run':26} {'MB':>7} {'median s':>9} {'MB/s':>7}   rounds (s)")
        for name, (_, nbytes) in runs.items():
            print(f"{name:26} {nbytes / 1e6:7.0f} {statistics.median(times[name]):9.2f} "
                  f"{statistics.median(rate[name]):7.0f}   {', '.join(f'{t:.2f}' for t in times[name])}")
        print(f"\n{'pair':44} {'MB/s ratio':>10}   per round (target >= 0.8)   {'wall-time ratio (peer s / ours)':>10}")
        for ours, peer in pairs:
            per = [a / b for a, b in zip(rate[ours], rate[peer])]
            wall = [b / a for a, b in zip(times[ours], times[peer])]
            print(f"{ours + ' / ' + peer:44} {statistics.median(per):10.2f}   {', '.join(f'{x:.2f}' for x in per):24}"
                  f"   {statistics.median(wall):.2f}")
        bound = digest_speed()
        print(f"\nthe four digests together on one core: {bound:.0f} MB/s "
              f"(two cores: {2 * bound:.0f} MB/s, the most `evidtriage hash` can reach)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
