"""OCR engine discovery and reuse: tesseract through tesserocr, in process, one engine per worker.

Measured on this class of machine (research, perf-feasibility section 2): starting a tesseract
process costs about 0.2 s an image, OpenMP threads make two parallel engines 3x slower, grey +
invert-if-dark fixes dark-mode screenshots, and page segmentation mode 6 reads chat screenshots
(Bengali and English) far better than the default. So: an in-process API kept per worker and
per (languages, mode), OMP_THREAD_LIMIT=1, and the caller chooses the mode.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os

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
            "settings": "grey, inverted when dark; psm 6 for screenshots and documents, psm 11 with the long side "
                        "capped at 1280 px for camera photos; OMP_THREAD_LIMIT=1; text kept when 4+ letters or "
                        "digits, in words of 2+, are read with confidence 75 or more",
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


def api(languages: str, psm: int):
    """A reusable engine for these languages and page-segmentation mode (one per process)."""
    import tesserocr

    key = (languages, psm)
    if key not in _apis:
        _apis[key] = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=languages, psm=psm)
    return _apis[key]


#: Camera photos are OCR'd with the long side capped here (12 MP photos took 1.7-3.6 s at full size).
PHOTO_MAX_SIDE = 1280


def read_text(im, languages: str, photo: bool) -> str | None:
    """The text in a PIL image, or None when nothing was read with confidence.

    Grey, inverted when dark (dark-mode screenshots); page segmentation 6 for screenshots and
    pages, 11 with the long side capped for photos. Text is kept only when at least four letters
    or digits, in words of two or more, were read with confidence 75 or more: photos without text
    then give none.
    """
    from PIL import ImageOps, ImageStat

    gray = ImageOps.exif_transpose(im).convert("L")
    if min(gray.size) < 32 or ImageStat.Stat(gray).stddev[0] < 1:
        return None  # too small, or one flat colour
    if photo and max(gray.size) > PHOTO_MAX_SIDE:
        gray.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    if ImageStat.Stat(gray).mean[0] < 110:
        gray = ImageOps.invert(gray)  # dark mode: tesseract reads dark text on light
    engine_ = api(languages, 11 if photo else 6)
    engine_.SetImage(gray)
    text = engine_.GetUTF8Text()
    sure = 0
    if text.strip():  # (asking for word confidences of an empty page makes tesseract complain)
        sure = sum(n for word, conf in engine_.MapWordConfidences()
                   if conf >= 75 and (n := sum(ch.isalnum() for ch in word)) >= 2)
    engine_.Clear()
    return text.strip() if sure >= 4 and text.strip() else None
