"""Small thumbnails of the case's pictures for the HTML report, as ``data:`` URIs.

Read from the evidence (read-only, archive members in place) when the report is written; never
for a file in a known-bad hash set, whose content is never shown. The report blurs each one until
the reader clicks it. A picture that cannot be read gets a reason instead, shown in its place.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

from ..ocr import tesseract as ocr

#: Longest side of a thumbnail, in pixels, and how many the report carries at most.
SIZE = 160
LIMIT = 1000
NEVER_SHOWN = ("known-bad",)


@dataclass(frozen=True)
class Thumbnail:
    src: str = ""  # data:image/jpeg;base64,... or "" with a reason
    reason: str = ""


def make_thumbnail(stream) -> Thumbnail:
    from PIL import Image, ImageFile

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with Image.open(stream) as im:
            im.draft("RGB", (SIZE * 2, SIZE * 2))
            if im.width * im.height > ocr.MAX_DECODE_PIXELS:  # the report is written in the main process
                return Thumbnail(reason=f"not shown: the picture is over the cap of {ocr.MAX_DECODE_PIXELS} "
                                        "pixels decoded")
            im.thumbnail((SIZE, SIZE))
            rgb = im.convert("RGB")
    except Image.DecompressionBombError:
        return Thumbnail(reason="not shown: the picture is larger than the decompression-bomb limit")
    except Exception as exc:  # noqa: BLE001 - any unreadable picture gets a placeholder
        return Thumbnail(reason=f"no thumbnail: the picture could not be read ({type(exc).__name__})")
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=70, optimize=True)
    return Thumbnail("data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii"))


def case_thumbnails(store, files: list[dict], limit: int = LIMIT) -> dict[tuple[str, str], Thumbnail]:
    """A thumbnail (or a reason) for each picture in ``files`` (findings rows), first ``limit``
    by score then path; known-bad files are left out entirely."""
    from ..intake.sources import open_evidence

    locators = store.locators_of("image/")
    pictures = [f for f in files if (f["exhibit_id"], f["path"]) in locators and f["status"] not in NEVER_SHOWN]
    pictures.sort(key=lambda f: (-(f.get("score") or 0), f["exhibit_id"], f["path"]))
    out: dict[tuple[str, str], Thumbnail] = {}
    by_content: dict[str, Thumbnail] = {}  # copies of one picture share its thumbnail
    for f in pictures:
        key = (f["exhibit_id"], f["path"])
        if f.get("blake3") in by_content:
            out[key] = by_content[f["blake3"]]
            continue
        if len(by_content) >= limit:
            out[key] = Thumbnail(reason=f"no thumbnail: the report carries at most {limit}")
            continue
        try:
            with open_evidence(locators[key]) as stream:
                thumb = make_thumbnail(stream)
        except Exception as exc:  # noqa: BLE001 - a vanished or unreadable file is a placeholder
            thumb = Thumbnail(reason=f"no thumbnail: the file could not be opened ({type(exc).__name__})")
        out[key] = by_content[f.get("blake3") or key] = thumb
    return out
