"""Benchmark: reading a disk image through evidtriage against the Sleuth Kit's and libewf's own tools.

Usage:  .venv/bin/python bench/disk_images.py [--mb 512] [--rounds 3] [--no-e01]

Builds (in a temporary folder) an ext4 file system of about MB megabytes of incompressible files
(1-8 MiB each) with ``mkfs.ext4 -d``, an MBR around it (``sfdisk``), and an E01 of the whole disk
(``ewfacquire``, deflate "fast"). Then, page-cached, in shuffled order each round, times:

* raw media: ``img_cat disk.dd > /dev/null`` against evidtriage reading the same bytes
  (``sources.diskimage.RawMedia`` in 1 MiB reads);
* E01 media: ``ewfexport -f raw -t - laptop.E01 > /dev/null`` against evidtriage reading it
  (``EwfMedia``, libewf through pyewf);
* files inside: every file of the image read through evidtriage's container (pytsk3) from the
  raw image and from the E01 (what a scan reads before hashing them), against the media read by
  the peer tool;
* for reference, ``evidtriage hash --format json`` on the raw image (the image's file plus every
  file inside it, with all four digests).

Prints MB/s for each and the ratios (target: evidtriage >= 0.8 of the peer's throughput).
Needs the Debian packages sleuthkit, ewf-tools, e2fsprogs and fdisk (``make setup``).
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
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidtriage.model import EvidenceFile, Locator  # noqa: E402
from evidtriage.intake.sources.diskimage import EWF_IMAGE, RAW_IMAGE, DiskImage, list_image_members, open_media  # noqa: E402
from evidtriage.intake.sources import DEFAULT_LIMITS  # noqa: E402

EVIDTRIAGE = str(Path(sys.executable).parent / "evidtriage")
CHUNK = 1 << 20


def build(folder: Path, mb: int, e01: bool) -> tuple[Path, Path | None]:
    src = folder / "src"
    rnd = random.Random(16)
    total = 0
    i = 0
    while total < mb * 1024 * 1024:
        size = rnd.randint(1, 8) * 1024 * 1024
        d = src / f"dir{i % 20:02d}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"file{i:05d}.bin").write_bytes(os.urandom(size))
        total += size
        i += 1
    fs_mb = int(total / 1024 / 1024 * 1.15) + 64
    img = folder / "disk.dd"
    subprocess.run(["truncate", "-s", f"{fs_mb + 2}M", str(img)], check=True)
    subprocess.run(["sfdisk", "-q", str(img)], input="label: dos\nstart=2048, type=83\n", text=True, check=True)
    subprocess.run(["mkfs.ext4", "-q", "-F", "-E", f"offset={2048 * 512}", "-d", str(src), str(img), f"{fs_mb}M"],
                   check=True)
    global EXPECTED
    EXPECTED = {f"p1/{p.relative_to(src).as_posix()}": hashlib.sha256(p.read_bytes()).hexdigest()
                for p in src.rglob("*") if p.is_file()}
    shutil.rmtree(src)
    ewf = None
    if e01:
        subprocess.run(["ewfacquire", "-u", "-q", "-t", str(folder / "laptop"), "-f", "encase6", "-c", "deflate:fast",
                        "-S", "8GiB", str(img)], check=True, stdout=subprocess.DEVNULL)
        ewf = folder / "laptop.E01"
    return img, ewf


def read_media(path: Path, kind: str) -> int:
    media = open_media(str(path), kind)
    try:
        pos = 0
        while data := media.read(pos, CHUNK):
            pos += len(data)
        return pos
    finally:
        media.close()


EXPECTED: dict[str, str] = {}


def check_files(path: Path, kind: str) -> None:
    """Every file read back from the image has the bytes that went into it (outside the timing)."""
    disk = DiskImage(str(path), kind)
    try:
        for name, digest in EXPECTED.items():
            with disk.open(name) as f:
                assert hashlib.sha256(f.read()).hexdigest() == digest, name
    finally:
        disk.close()


def read_files(path: Path, kind: str) -> int:
    ef = EvidenceFile("B", path.name, path.stat().st_size, None, Locator(str(path)))
    members, _ = list_image_members(ef, kind, DEFAULT_LIMITS)
    disk = DiskImage(str(path), kind)
    total = 0
    try:
        for m in members:
            with disk.open(m.locator.members[0]) as f:
                while data := f.read(CHUNK):
                    total += len(data)
    finally:
        disk.close()
    return total


def shell(cmd: str) -> int:
    subprocess.run(cmd, shell=True, check=True, stderr=subprocess.DEVNULL)
    return 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=512)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-e01", action="store_true")
    args = ap.parse_args()
    for tool in ("img_cat", "sfdisk", "mkfs.ext4") + (() if args.no_e01 else ("ewfacquire", "ewfexport")):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} not installed (make setup installs it)")
    folder = Path(tempfile.mkdtemp(prefix="evidtriage-bench-img-"))
    try:
        t0 = time.perf_counter()
        img, ewf = build(folder, args.mb, not args.no_e01)
        print(f"built in {time.perf_counter() - t0:.1f} s: {img.name} {img.stat().st_size / 1e6:.0f} MB"
              + (f", {ewf.name} {ewf.stat().st_size / 1e6:.0f} MB" if ewf else ""))
        media_bytes = img.stat().st_size
        runs = {
            "img_cat (raw media)": (lambda: shell(f"img_cat {img} > /dev/null"), media_bytes),
            "evidtriage raw media": (lambda: read_media(img, RAW_IMAGE), media_bytes),
            "evidtriage raw files inside": (lambda: read_files(img, RAW_IMAGE), None),
            "evidtriage hash --format json (raw)": (
                lambda: shell(f"{EVIDTRIAGE} hash {img} --format json --out {folder / 'h.json'}"), None),
        }
        if ewf:
            runs.update({
                "ewfexport (E01 media)": (lambda: shell(f"ewfexport -q -u -f raw -t - {ewf} > /dev/null"), media_bytes),
                "evidtriage E01 media": (lambda: read_media(ewf, EWF_IMAGE), media_bytes),
                "evidtriage E01 files inside": (lambda: read_files(ewf, EWF_IMAGE), None),
            })
        check_files(img, RAW_IMAGE)
        if ewf:
            check_files(ewf, EWF_IMAGE)
        print(f"checked: the {len(EXPECTED)} files read back from the image{'s' if ewf else ''} have the bytes put in")
        files_bytes = read_files(img, RAW_IMAGE)  # also warms the page cache
        read_media(img, RAW_IMAGE)
        times: dict[str, list[float]] = {k: [] for k in runs}
        for _ in range(args.rounds):
            order = list(runs)
            random.shuffle(order)
            for name in order:
                t = time.perf_counter()
                runs[name][0]()
                times[name].append(time.perf_counter() - t)
        print(f"{'run':40} {'median s':>9} {'MB/s':>8}   (files inside: {files_bytes / 1e6:.0f} MB; media {media_bytes / 1e6:.0f} MB)")
        rate = {}
        for name, (_, nbytes) in runs.items():
            med = statistics.median(times[name])
            n = nbytes if nbytes is not None else files_bytes
            rate[name] = n / med / 1e6
            print(f"{name:40} {med:9.2f} {rate[name]:8.0f}   rounds: {', '.join(f'{t:.2f}' for t in times[name])}")
        print(f"ratio raw media   evidtriage/img_cat   {rate['evidtriage raw media'] / rate['img_cat (raw media)']:.2f}")
        print(f"ratio raw files   evidtriage/img_cat   {rate['evidtriage raw files inside'] / rate['img_cat (raw media)']:.2f}")
        if ewf:
            print(f"ratio E01 media   evidtriage/ewfexport {rate['evidtriage E01 media'] / rate['ewfexport (E01 media)']:.2f}")
            print(f"ratio E01 files   evidtriage/ewfexport {rate['evidtriage E01 files inside'] / rate['ewfexport (E01 media)']:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
