"""Benchmark: images through the whole pipeline, OCR on and off, against plain tesseract.

Usage:  .venv/bin/python bench/images.py [--n 1000] [--workers 2]

Generates N phone-like images (a third are 1080x1920 chat screenshots with Bengali and English
text, light and dark; the rest 1600x1200 camera-like photos with EXIF and no text), then times in
the same run:

* `evidtriage triage` with OCR (hash, type, EXIF, pHash/dHash, OCR, indicator matching, reports);
* the same with --no-ocr;
* plain `tesseract IMG stdout -l ben+eng` over the same files, two processes at a time, default
  settings (as a peer would run it).

Prints images a second for each, the OCR-throughput ratio, and word recall on the screenshots.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

EVIDTRIAGE = str(Path(sys.executable).parent / "evidtriage")
BN = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
EN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [("bn", "পাসপোর্ট আমার কাছে জমা রাখতে হবে"), ("en", "free visa, no experience needed"),
         ("bn", "অগ্রিম টাকা বিকাশে পাঠান"), ("en", "send the advance by bKash 01712-345678"),
         ("bn", "সৌদিতে বেতন ১৫০০ রিয়াল"), ("en", "the company will keep your passport")]


def make_set(root: Path, n: int) -> list[list[str]]:
    rng = random.Random(4)
    root.mkdir(parents=True, exist_ok=True)
    bn, en = ImageFont.truetype(BN, 44), ImageFont.truetype(EN, 38)
    expected = []
    for i in range(n):
        if i % 3 == 0:
            dark = i % 2 == 0
            im = Image.new("RGB", (1080, 1920), (18, 18, 18) if dark else (246, 246, 246))
            d = ImageDraw.Draw(im)
            chosen = rng.sample(LINES, 4)
            for k, (lang, text) in enumerate(chosen):
                d.text((50, 120 + k * 160), text, font=bn if lang == "bn" else en,
                       fill=(235, 235, 235) if dark else (12, 12, 12))
            im.save(root / f"Screenshot_{i:05d}.png")
            expected.append([w for _, t in chosen for w in t.replace(",", "").split()])
        else:
            im = Image.new("RGB", (1600, 1200), tuple(rng.randrange(40, 220) for _ in range(3)))
            d = ImageDraw.Draw(im)
            for _ in range(25):
                x, y = rng.randrange(1600), rng.randrange(1200)
                d.ellipse((x, y, x + rng.randrange(50, 400), y + rng.randrange(50, 300)),
                          fill=tuple(rng.randrange(256) for _ in range(3)))
            exif = Image.Exif()
            exif[0x010F], exif[0x0110] = "samsung", "SM-A125F"
            im.save(root / f"IMG_{i:05d}.jpg", quality=85, exif=exif)
    return expected


def timed(cmd, **kw) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not shutil.which("tesseract"):
        sys.exit("tesseract is needed (make setup installs it)")
    work = Path(f"/tmp/evidtriage-bench-images-{args.n}")
    src = work / "phone"
    if not src.exists():
        make_set(src, args.n)
    texts = [p for p in sorted(src.iterdir())]
    env = {**os.environ, "EVIDTRIAGE_HASHSETS": str(work / "none.sqlite")}
    results = {}
    for label, extra in (("evidtriage (OCR on)", []), ("evidtriage (--no-ocr)", ["--no-ocr"])):
        case = work / f"case-{len(extra)}"
        shutil.rmtree(case, ignore_errors=True)
        results[label] = timed([EVIDTRIAGE, "triage", str(src), "--case", str(case), "--examiner", "bench",
                                "--workers", str(args.workers)] + extra, env=env)
    t = time.perf_counter()
    subprocess.run(f"ls {src}/* | xargs -P {args.workers} -I{{}} tesseract {{}} stdout -l ben+eng",
                   shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results["tesseract CLI, 2 processes, default settings"] = time.perf_counter() - t
    print(f"{len(texts)} images ({sum(1 for p in texts if p.name.startswith('Screenshot'))} screenshots with text)")
    for label, secs in results.items():
        print(f"{label:48} {secs:7.1f} s  {len(texts) / secs:6.1f} images/s")
    ocr, plain = results["evidtriage (OCR on)"], results["tesseract CLI, 2 processes, default settings"]
    print(f"OCR throughput ratio (whole pipeline vs plain tesseract): {plain / ocr:.1f}x (target >= 3x)")
    print(recall_line(work / "case-0", args.n))


def recall_line(case: Path, n: int) -> str:
    """Word recall on the screenshots and false text on the photos, from the case's findings.

    Identical screenshots are one content, parsed once: each file gets its content's OCR text.
    """
    import json

    f = json.loads((case / "reports" / "findings.json").read_text(encoding="utf-8"))
    content_of = {x["path"]: x["blake3"] for x in f["files"]}
    text_of = {content_of[a["file"]]: a["text"] for a in f["artifacts"]
               if a["kind"] == "text" and a.get("method") == "ocr"}
    words_total = words_found = 0
    for name, words in make_expected(n).items():
        got = set(text_of.get(content_of.get(name), "").replace(",", " ").split())
        words_total += len(words)
        words_found += sum(w in got for w in words)
    false_text = sum(1 for name, b3 in content_of.items() if name.startswith("IMG_") and b3 in text_of)
    return f"word recall on screenshots: {words_found / max(1, words_total):.3f}; photos with (false) text: {false_text}"


def make_expected(n: int) -> dict[str, list[str]]:
    rng = random.Random(4)
    out = {}
    for i in range(n):
        if i % 3 == 0:
            chosen = rng.sample(LINES, 4)
            out[f"Screenshot_{i:05d}.png"] = [w for _, t in chosen for w in t.replace(",", "").split()]
        else:
            rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220)
            for _ in range(25):
                rng.randrange(1600), rng.randrange(1200), rng.randrange(50, 400), rng.randrange(50, 300)
                rng.randrange(256), rng.randrange(256), rng.randrange(256)
    return out


if __name__ == "__main__":
    main()
