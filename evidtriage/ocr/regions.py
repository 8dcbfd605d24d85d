"""Bubble-aware preparation of screenshots for OCR: find the bubbles, give each dark text on white.

Why: tesseract (psm 6, Debian "fast" models) read a whole chat screenshot with whole bubbles
missing: every line of a colour it did not expect (white on Messenger's blue, light text on a
dark theme's grey beside green bubbles), and Bengali lines at small sizes. One grey level, one
polarity and one text size for the whole page does not hold on a chat screen. So, on a picture
with a flat page colour (a screenshot, a document; not a photo):

1. the page colour is the commonest colour, exactly as drawn; pixels more than :data:`INK` away
   from it in any channel are "not page";
2. the picture is cut into regions along rows, then columns, of page colour (a recursive XY
   cut, two levels): a bubble, a header bar, a line of text on the page;
3. each region gets its own background (its commonest grey) and is redrawn as the distance of
   each pixel from it, dark on white, stretched to full contrast, faint marks dropped:
   light-on-dark and dark-on-light come out alike, whatever the bubble's colour;
4. a region whose lines of text are under :data:`MIN_LINE` pixels tall is enlarged (Lanczos, at
   most 3x): the Bengali model loses vowel signs and conjuncts at small sizes.

A picture without a flat page colour (under :data:`MIN_PAGE` of its pixels in the commonest
colour), or cut into more than :data:`MAX_REGIONS` pieces, is not cut: the caller reads it whole,
as before. Only numpy and Pillow are used.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

#: How far (0-255, any channel) a pixel is from the page colour to count as something on it.
INK = 16
#: The share of the picture in its commonest colour (exactly) for it to be a page (a screenshot
#: or a document). Measured (bench/ocr.py's corpus, PNG and JPEG q70): photos 0.00-0.17, chat
#: screenshots 0.39-0.60.
MIN_PAGE = 0.25
#: A gap of page colour at least this many pixels (at 1080 px wide; scaled with the width)
#: separates two regions side by side; rows separate at any gap of 2 px.
COLUMN_GAP = 24
#: Lines of text shorter than this (pixels, ink top to bottom) are enlarged up to it.
MIN_LINE = 40
#: Distances from a region's background under this share of its text's are drawn white: the
#: ringing JPEG leaves beside letters and the edge of a bubble came out as grey marks that
#: tesseract read as letters ("fo", "জজ" on an IMO dark screenshot at quality 75).
NOISE_FLOOR = 0.25
#: Regions smaller than this on either side hold no readable text.
MIN_REGION = 8
#: More regions than this is not a chat screen (a few dozen bubbles) or a page (some 60 lines):
#: a texture on a flat ground, such as a facade's rows of windows (117 regions, 2 s to read one
#: by one against 0.06 s whole). Such a picture is read whole.
MAX_REGIONS = 80


def _runs(flags: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True, joining runs separated by fewer than ``min_gap`` False."""
    idx = np.flatnonzero(flags)
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > min_gap)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def page_mask(rgb: np.ndarray) -> np.ndarray | None:
    """True where a pixel is not the page colour; None when the picture has no page colour."""
    sample = rgb[::4, ::4].astype(np.int32)  # the commonest colour, from 1 pixel in 16
    colours, counts = np.unique((sample[..., 0] << 16 | sample[..., 1] << 8 | sample[..., 2]).ravel(),
                                return_counts=True)
    if counts.max() < MIN_PAGE * counts.sum():
        return None
    top = int(colours[counts.argmax()])
    off = np.zeros(rgb.shape[:2], dtype=bool)
    for channel, centre in enumerate(((top >> 16) & 255, (top >> 8) & 255, top & 255)):
        value = rgb[..., channel]
        off |= value > min(255, centre + INK)
        off |= value < max(0, centre - INK)
    return off


def regions(off: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(top, left, bottom, right) of the regions of ``off`` (True: not page), in reading order:
    bands of rows, then blocks of columns in each band, each trimmed to what it holds."""
    height, width = off.shape
    col_gap = max(8, COLUMN_GAP * width // 1080)
    out = []
    for top, bottom in _runs(off.any(axis=1), 2):
        band = off[top:bottom]
        for left, right in _runs(band.any(axis=0), col_gap):
            rows = _runs(band[:, left:right].any(axis=1), 2)
            t, b = top + rows[0][0], top + rows[-1][1]
            if b - t >= MIN_REGION and right - left >= MIN_REGION:
                out.append((t, left, b, right))
    return out


def outside(off: np.ndarray) -> np.ndarray:
    """True at the page-coloured pixels of a region that reach its left or right edge along their
    row without crossing anything: the page around a bubble's rounded corners (white text on a
    blue bubble is page-coloured too, but inside the bubble)."""
    page = ~off
    return np.cumprod(page, axis=1, dtype=bool) | np.cumprod(page[:, ::-1], axis=1, dtype=bool)[:, ::-1]


def dark_on_white(gray: np.ndarray, off: np.ndarray) -> np.ndarray:
    """A region redrawn as each pixel's distance from its background (its commonest grey), dark
    on white at full contrast; the page around it (``off``: not page) white."""
    background = int(np.bincount(gray.ravel(), minlength=256).argmax())
    distance = np.abs(gray.astype(np.int16) - background)
    distance[outside(off)] = 0
    top = max(float(np.percentile(distance, 99.5)), 48.0)
    floor = top * NOISE_FLOOR  # JPEG ringing beside the letters, a bubble's anti-aliased edge
    return (255 - np.clip((distance - floor) * (255.0 / (top - floor)), 0, 255)).astype(np.uint8)


def line_height(region: np.ndarray) -> int:
    """The median height of the lines of text in a region drawn dark on white (0: none)."""
    lines = [b - t for t, b in _runs((region < 128).any(axis=1), 1) if b - t >= 4]
    return int(np.median(lines)) if lines else 0


class Region(NamedTuple):
    """A region ready for OCR and where it lies on the picture: a pixel (x, y) of ``image`` is
    the picture's (``left`` + (x - ``BORDER``) / ``scale``, ``top`` + (y - ``BORDER``) / ``scale``)."""

    image: object  # a PIL "L" image
    top: int
    left: int
    scale: float


#: The white margin around each prepared region (pixels of the prepared image).
BORDER = 12


def prepared_regions(image) -> list[Region] | None:
    """The regions of a screenshot or page, each a PIL "L" image ready for OCR (dark on white,
    enlarged where its text is small, with a white margin) with its place on the picture; None
    when the picture has no page colour (a photo): read it whole."""
    from PIL import Image, ImageOps

    rgb = np.asarray(image.convert("RGB"))
    off = page_mask(rgb)
    if off is None:
        return None
    boxes = regions(off)
    if len(boxes) > MAX_REGIONS:
        return None
    gray = np.asarray(image.convert("L"))
    out = []
    for t, left, b, r in boxes:
        region = dark_on_white(gray[t:b, left:r], off[t:b, left:r])
        if region.min() > 128:
            continue  # nothing drawn in it but the bubble itself
        im = Image.fromarray(region, "L")
        h = line_height(region)
        scale = 1.0
        if 0 < h < MIN_LINE:
            scale = min(3.0, MIN_LINE / h)
            im = im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)
        out.append(Region(ImageOps.expand(im, border=BORDER, fill=255), t, left, scale))
    return out
