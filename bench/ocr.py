"""Benchmark: OCR word recall on chat screenshots, and false text on ordinary photos.

Usage:  .venv/bin/python bench/ocr.py [--seeds 2] [--langs ben+eng] [--save DIR]

Renders the screenshot corpus of tests/screenshots.py (WhatsApp, Messenger and IMO, light and
dark, normal and small text: 6 themes x 2 sizes x SEEDS) and its photos (gradients, noise,
foliage, bricks, wood, a rendered scene), reads each through ``evidtriage.ocr.read_text`` (the
path the image parser takes) and prints:

* word recall by script (Bengali, Latin), overall and per theme and size: a word of a bubble is
  found when the OCR text holds it as a word (each occurrence counted once);
* seconds per screenshot and per photo (in process, one engine, OMP_THREAD_LIMIT=1);
* photos that gave any text, read as a screenshot (no camera EXIF: psm 6) and as a camera photo
  (psm 11), with any Bengali letter or phone number in that text;
* with ``--confidences`` (this tree only: it needs ``read_words``): the OCR confidence of every
  phone number read on the screenshots, right or wrong, and of every word with 3+ digits that
  tesseract reads on the photos when no page filter is applied (what docs/ocr.md's link line
  is set against).

To measure the code before a change, run this file with the other tree first on the path, e.g.
``PYTHONPATH=OTHER_TREE .venv/bin/python bench/ocr.py``: it imports ``evidtriage`` from there,
and uses only ``read_text(image, languages, photo)``. On a shared,
loaded machine, compare times with ``--baseline OTHER_TREE/evidtriage/ocr/tesseract.py`` instead: that
module (only one that imports nothing of the package, as before bubble-by-bubble reading) reads each
image right after this tree's, so both see the same load, and the ratio of the two is printed.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import screenshots  # noqa: E402 - the corpus generator lives beside the tests that use it

_EDGE = re.compile(r"^[^\w\u0980-\u09ff]+|[^\w\u0980-\u09ff]+$")


def ocr_words(text: str) -> Counter:
    """The words of an OCR text, punctuation stripped from their edges, NFC."""
    out = Counter()
    for w in unicodedata.normalize("NFC", text or "").split():
        w = _EDGE.sub("", w)
        if w:
            out[w] += 1
    return out


def found_words(truth: tuple[tuple[str, str], ...], text: str) -> dict[str, tuple[int, int]]:
    """script -> (found, total) for one screenshot."""
    have = ocr_words(text)
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for script, word in truth:
        word = _EDGE.sub("", unicodedata.normalize("NFC", word))
        out[script][1] += 1
        if have[word] > 0:
            have[word] -= 1
            out[script][0] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=2, help="screenshots per theme and size")
    ap.add_argument("--langs", default="ben+eng")
    ap.add_argument("--save", type=Path, help="save the images and the OCR text here")
    ap.add_argument("--confidences", action="store_true", help="confidences of numbers read (see above)")
    ap.add_argument("--baseline", type=Path, help="an older ocr/tesseract.py (or ocr.py) to time and measure beside this one")
    args = ap.parse_args()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from evidtriage.ocr import tesseract as ocr
    from evidtriage.indicators.entities import extract_entities

    print(f"evidtriage.ocr from {ocr.__file__}; engine {ocr.engine()[0]}")
    base = None
    if args.baseline:
        import importlib.util

        spec = importlib.util.spec_from_file_location("baseline_ocr", args.baseline)
        base = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = base  # its dataclasses look their module up there
        spec.loader.exec_module(base)
        print(f"baseline: {args.baseline}")
    shots = screenshots.corpus(args.seeds)
    pics = screenshots.photos(args.seeds)
    for reader in (ocr, base) if base else (ocr,):  # load the engines before timing
        for photo in (False, True):
            reader.read_text(shots[0].image, args.langs, photo=photo)
            reader.read_text(pics[0][1], args.langs, photo=photo)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    base_totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    groups: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    times, base_times = [], []
    for shot in shots:
        t0 = time.perf_counter()
        text = ocr.read_text(shot.image, args.langs, photo=False) or ""
        times.append(time.perf_counter() - t0)
        if base:
            t0 = time.perf_counter()
            old = base.read_text(shot.image, args.langs, photo=False) or ""
            base_times.append(time.perf_counter() - t0)
            for script, (found, total) in found_words(shot.words, old).items():
                base_totals[script][0] += found
                base_totals[script][1] += total
        theme, size = shot.name.rsplit("-", 2)[:2]
        for script, (found, total) in found_words(shot.words, text).items():
            for acc in (totals[script], groups[theme, size][script]):
                acc[0] += found
                acc[1] += total
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            shot.image.save(args.save / f"{shot.name}.png")
            (args.save / f"{shot.name}.txt").write_text(text, encoding="utf-8")

    def recall(acc) -> str:
        return f"{acc[0] / acc[1]:.3f} ({acc[0]}/{acc[1]})" if acc[1] else "-"

    print(f"\n{len(shots)} screenshots, languages {args.langs}")
    print(f"{'theme':18} {'size':7} {'Bengali recall':>20} {'Latin recall':>20}")
    for (theme, size), acc in sorted(groups.items()):
        print(f"{theme:18} {size:7} {recall(acc['bn']):>20} {recall(acc['latin']):>20}")
    print(f"{'all':26} {recall(totals['bn']):>20} {recall(totals['latin']):>20}")
    print(f"seconds per screenshot: median {statistics.median(times):.3f}, mean {statistics.mean(times):.3f}")
    if base:
        print(f"baseline, same screenshots: Bengali {recall(base_totals['bn'])}, Latin {recall(base_totals['latin'])}; "
              f"seconds per screenshot: median {statistics.median(base_times):.3f}, mean {statistics.mean(base_times):.3f}; "
              f"ratio of total time this/baseline {sum(times) / sum(base_times):.2f}")

    readers = (("", ocr), ("baseline: ", base)) if base else (("", ocr),)
    for photo in (False, True):
        seen = {label: ([], [0, 0], []) for label, _ in readers}  # gave text, (Bengali, phone), seconds
        for name, im in pics:  # each photo by each reader in turn: both see the same load
            for label, reader in readers:
                with_text, counts, ptimes = seen[label]
                t0 = time.perf_counter()
                text = reader.read_text(im, args.langs, photo=photo)
                ptimes.append(time.perf_counter() - t0)
                if text:
                    with_text.append(f"{name}: {text[:60]!r}")
                    counts[0] += any("\u0980" <= ch <= "\u09ff" for ch in text)
                    counts[1] += any(e.type == "phone" for e in extract_entities(text))
        mode = "as a camera photo (psm 11)" if photo else "as a screenshot (psm 6)"
        for label, _ in readers:
            with_text, counts, ptimes = seen[label]
            print(f"\n{label}photos {mode}: {len(with_text)} of {len(pics)} gave text ({counts[0]} with Bengali "
                  f"letters, {counts[1]} with a phone number); seconds per photo: median "
                  f"{statistics.median(ptimes):.3f}, total {sum(ptimes):.1f}")
            for line in with_text:
                print("  " + line)
    if args.confidences:
        confidences(shots, pics, args.langs)


def confidences(shots, pics, langs: str) -> None:
    from evidtriage.ocr import tesseract as ocr
    from evidtriage.indicators.entities import extract_entities, with_ocr_confidence

    shown = {f"+880{n.replace('-', '')[-10:]}" for n in screenshots.NUMBERS}
    right, wrong = [], []
    for shot in shots:
        found = ocr.read_words(shot.image, langs, photo=False)
        for e in with_ocr_confidence(extract_entities(found.text), found.words) if found else ():
            if e.type == "phone":
                (right if e.value in shown else wrong).append(e.ocr_confidence)
    print(f"\nphone numbers read on the screenshots: {len(right)} right, confidences {sorted(right)}; "
          f"{len(wrong)} wrong, confidences {sorted(wrong)}")
    keep = ocr.SURE_CHARACTERS, ocr.SURE_SHARE
    ocr.SURE_CHARACTERS, ocr.SURE_SHARE = 0, 0.0  # everything tesseract reads, kept or not
    try:
        digits = []
        for _, im in pics:
            for photo in (False, True):
                found = ocr.read_words(im, langs, photo=photo)
                for s, e, conf in found.words if found else ():
                    if sum(ch.isdigit() for ch in found.text[s:e]) >= 3:
                        digits.append(conf)
        print(f"words of 3+ digits read on the photos (no page filter): {len(digits)}, confidences {sorted(digits)}")
    finally:
        ocr.SURE_CHARACTERS, ocr.SURE_SHARE = keep


if __name__ == "__main__":
    main()
