"""OCR engine discovery and reuse: tesseract through tesserocr, in process, one engine per worker.

Measured on this class of machine (research, perf-feasibility section 2): starting a tesseract
process costs about 0.2 s an image, OpenMP threads make two parallel engines 3x slower, grey +
invert-if-dark fixes dark-mode screenshots, and page segmentation mode 6 reads chat screenshots
(Bengali and English) far better than the default. So: an in-process API kept per worker and
per (languages, mode, settings), OMP_THREAD_LIMIT=1, and the caller chooses the mode. Chat
screenshots are read bubble by bubble (:mod:`evidtriage.ocr.regions`); docs/ocr.md gives the
measurements (bench/ocr.py) and the confidence at which an OCR entity links items.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os
from dataclasses import dataclass

from .wrapping import Word, soft_breaks

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@functools.cache
def tessdata_dir() -> str | None:
    for pattern in ("/usr/share/tesseract-ocr/*/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata"):
        for d in sorted(glob.glob(pattern), reverse=True):
            if glob.glob(os.path.join(d, "*.traineddata")):
                return d
    return None


@functools.cache
def engine() -> tuple[str | None, str]:
    """(version, why not) of the OCR engine: version None when OCR cannot run here."""
    try:
        import tesserocr
    except ImportError:
        return None, "tesserocr is not installed"
    if tessdata_dir() is None:
        return None, "no tesseract language data (install tesseract-ocr-eng and tesseract-ocr-ben)"
    return tesserocr.tesseract_version().splitlines()[0], ""


def available_languages() -> set[str]:
    d = tessdata_dir()
    return {os.path.basename(p)[: -len(".traineddata")] for p in glob.glob(os.path.join(d, "*.traineddata"))} if d else set()


def language_data(languages: str) -> dict[str, str]:
    """sha256 of each language's traineddata file (for the run manifest)."""
    out = {}
    d = tessdata_dir()
    for lang in languages.split("+"):
        path = os.path.join(d or "", f"{lang}.traineddata")
        if os.path.isfile(path):
            with open(path, "rb") as f:
                out[lang] = hashlib.sha256(f.read()).hexdigest()
        else:
            out[lang] = "missing"
    return out


def manifest(enabled: bool, languages: str) -> dict:
    version, why = engine()
    if not enabled:
        return {"enabled": False, "engine": None, "languages": languages, "note": "OCR was turned off (--no-ocr)"}
    if version is None:
        return {"enabled": True, "engine": None, "languages": languages, "note": f"OCR was not done: {why}"}
    return {"enabled": True, "engine": f"{version} via tesserocr", "languages": languages,
            "language_data_sha256": language_data(languages),
            "settings": "screenshots and pages cut into their bubbles and blocks, each dark on white, enlarged "
                        "when its lines are under 40 px, psm 6 with textord_noise_rejrows=0; pictures with no page "
                        "colour grey, inverted when dark, psm 6; camera photos psm 11 with the long side capped at "
                        "1280 px; English given to the engine first; OMP_THREAD_LIMIT=1; text kept when 4+ letters "
                        "or digits, in words of 2+, are read with confidence 75 or more and such words are a "
                        "quarter or more of the characters read; a block's wrapped lines joined into one, the "
                        "writer's line breaks kept (not for camera photos); word confidences kept (docs/ocr.md)",
            "note": "OCR ran on images"}


#: Pixels a worker decodes of one image or renders of one PDF page, at most. Larger images are
#: decoded reduced where the format allows it (JPEG draft mode: 1/2, 1/4, 1/8) and pages rendered
#: at a lower resolution; otherwise not decoded (a recorded reason). 50 MP is a 48 MP phone
#: photo; a 200 dpi A4 scan is 4 MP. Recorded in the run manifest.
MAX_DECODE_PIXELS = 50_000_000


def render_scale(width: float, height: float, scale: float) -> float:
    """``scale`` (pixels per unit of ``width``/``height``), lowered so that the rendered image
    has at most :data:`MAX_DECODE_PIXELS` pixels."""
    area = max(width, 1.0) * max(height, 1.0)
    if area * scale * scale <= MAX_DECODE_PIXELS:
        return scale
    return (MAX_DECODE_PIXELS / area) ** 0.5


def decode_limits() -> dict:
    """The bound on decoded pixels, for the run manifest."""
    return {"max_decode_pixels": MAX_DECODE_PIXELS,
            "how": "larger JPEGs are decoded reduced (draft mode) for fingerprints and OCR; PDF pages are "
                   "rendered at a resolution that fits; other images over the cap are not decoded (recorded)"}


_apis: dict = {}

#: Tesseract settings for the regions of a screenshot or page. ``textord_noise_rejrows`` off:
#: tesseract's noise filter threw away whole lines of Bengali (a long word joined by its
#: headline, "মালয়েশিয়ায়", reads as a noise row at every size), and those lines were missing
#: from the text (bench/ocr.py). Photos, and pictures with no page colour, keep tesseract's
#: defaults.
REGION_SETTINGS = (("textord_noise_rejrows", "0"),)


def api(languages: str, psm: int, settings: tuple[tuple[str, str], ...] = ()):
    """A reusable engine for these languages, page-segmentation mode and settings (one per process)."""
    import tesserocr

    key = (languages, psm, settings)
    if key not in _apis:
        engine_ = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=languages, psm=psm)
        for name, value in settings:
            engine_.SetVariable(name, value)
        _apis[key] = engine_
    return _apis[key]


def engine_languages(languages: str) -> str:
    """The order the engine is given the languages in: English first when it is one of them.
    With Bengali first, romanised Bengali in Latin letters came out as Bengali digits ("valo" as
    "৬৭10"); with English first, Bengali words are read as well (bench/ocr.py)."""
    langs = languages.split("+")
    return "+".join(sorted(langs, key=lambda lg: lg != "eng"))


#: Camera photos are OCR'd with the long side capped here (12 MP photos took 1.7-3.6 s at full size).
PHOTO_MAX_SIDE = 1280
#: A text is kept only when at least SURE_CHARACTERS letters or digits, in words of two or more,
#: were read with confidence SURE_CONFIDENCE or more, and those words are at least SURE_SHARE of
#: the characters read. Measured (bench/ocr.py): on chat screenshots 0.93-0.98 of the characters
#: are in such words; on photos of gravel, leaves, a facade 0.00-0.04, though gravel gave a
#: dozen confident "words" ("gee", "এ", "৯০৬"). The price: a small sign in a busy photo is lost.
SURE_CONFIDENCE, SURE_CHARACTERS, SURE_SHARE = 75, 4, 0.25


@dataclass(frozen=True)
class OcrText:
    """What OCR read: the text (words joined by spaces, lines by newlines, a block's wrapped lines
    by spaces: :mod:`evidtriage.ocr.wrapping`) and each word's place in it with tesseract's
    confidence (0-100): ``(start, end, confidence)``."""

    text: str
    words: tuple[tuple[int, int, int], ...]


def _recognise(engine_, image, top: int = 0, left: int = 0, scale: float = 1.0, border: int = 0) -> list[list[Word]]:
    """The lines of words tesseract reads in ``image``, each word with its confidence and its box
    on the picture (``image`` is a region at ``top``, ``left`` of it, enlarged ``scale`` times,
    with a margin of ``border`` pixels)."""
    import tesserocr

    def place(x: int, at: int) -> int:
        return round(at + (x - border) / scale)

    engine_.SetImage(image)
    engine_.Recognize()
    level, lines = tesserocr.RIL.WORD, []
    for item in tesserocr.iterate_level(engine_.GetIterator(), level):
        try:
            word = (item.GetUTF8Text(level) or "").strip()
        except RuntimeError:  # tesserocr's "No text returned": nothing was read here
            continue
        if not word:
            continue
        if not lines or item.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
            lines.append([])
        x1, y1, x2, y2 = item.BoundingBox(level) or (0, 0, 0, 0)
        lines[-1].append(Word(word, max(0, min(100, round(item.Confidence(level)))),
                              place(x1, left), place(y1, top), place(x2, left), place(y2, top)))
    engine_.Clear()
    return lines


def read_words(im, languages: str, photo: bool) -> OcrText | None:
    """The text in a PIL image with each word's confidence, or None when nothing was read with
    confidence.

    A camera photo: grey, inverted when dark, the long side capped at PHOTO_MAX_SIDE, sparse-text
    segmentation (psm 11). A screenshot or page: cut into its bubbles and blocks, each drawn dark
    on white and enlarged where its text is small (:mod:`evidtriage.ocr.regions`), each read as a
    block (psm 6); a picture with no flat page colour is read whole, grey and inverted when dark.
    """
    from PIL import ImageOps, ImageStat

    from .regions import BORDER, prepared_regions

    upright = ImageOps.exif_transpose(im)
    gray = upright.convert("L")
    if min(gray.size) < 32 or ImageStat.Stat(gray).stddev[0] < 1:
        return None  # too small, or one flat colour
    languages = engine_languages(languages)
    regions = None if photo else prepared_regions(upright)
    settings = REGION_SETTINGS if regions is not None else ()
    engine_ = api(languages, 11 if photo else 6, settings)
    lines: list[list[Word]] = []
    if regions is not None:
        for r in regions:
            lines += _recognise(engine_, r.image, r.top, r.left, r.scale, BORDER)
    else:
        if photo and max(gray.size) > PHOTO_MAX_SIDE:
            gray.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
        if ImageStat.Stat(gray).mean[0] < 110:
            gray = ImageOps.invert(gray)  # dark mode: tesseract reads dark text on light
        lines = _recognise(engine_, gray)
    # per line: it continues the line before it (a block's wrapping, not the writer's break)
    joined = [False] * len(lines) if photo else soft_breaks(lines)
    sure = [w.text for line in lines for w in line
            if w.confidence >= SURE_CONFIDENCE and sum(ch.isalnum() for ch in w.text) >= 2]
    if (sum(ch.isalnum() for word in sure for ch in word) < SURE_CHARACTERS
            or sum(map(len, sure)) < SURE_SHARE * sum(len(w.text) for line in lines for w in line)):
        return None
    text, words = [], []
    pos = 0
    for n, (line, wrapped) in enumerate(zip(lines, joined)):
        if n:
            text.append(" " if wrapped else "\n")
            pos += 1
        for i, w in enumerate(line):
            if i:
                text.append(" ")
                pos += 1
            text.append(w.text)
            words.append((pos, pos + len(w.text), w.confidence))
            pos += len(w.text)
    return OcrText("".join(text), tuple(words))


def read_text(im, languages: str, photo: bool) -> str | None:
    """The text in a PIL image, or None when nothing was read with confidence (see
    :func:`read_words`)."""
    found = read_words(im, languages, photo)
    return found.text if found else None
