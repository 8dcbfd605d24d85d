"""Images: EXIF (device, times, GPS), perceptual hashes, and OCR of any text in them.

* EXIF with exifread (MakerNotes off: one hostile file took 19-25 s with them on); every failure
  of the EXIF reader is caught, since damaged camera files are common.
* No image decodes to more than ``evidtriage.ocr.MAX_DECODE_PIXELS`` (50 megapixels, recorded in
  the run manifest): a larger JPEG is decoded reduced (draft mode) for its fingerprints and OCR,
  and its full size is still reported; any other image over the cap is a recorded skip, decided
  from its header before a pixel is decoded. A truncated image is decoded as far as it goes and
  marked partial.
* pHash and dHash (imagehash, 64 bits) for near-duplicate search.
* OCR in Bengali and English (``--ocr-lang``), in process (see evidtriage.ocr): grey, inverted
  when dark; screenshots and documents (no camera EXIF) with page segmentation 6, camera photos
  with mode 11 and the long side capped at 1280 px. Text is kept only when at least four letters
  or digits, in words of two or more, were read with confidence 75 or more, so photos without
  text yield no false text.
"""

from __future__ import annotations

import io
import logging
import warnings

from evidtriage import ImageArtifact, MetadataArtifact, ParseError, Parser, TextArtifact, hookimpl

MAX_BYTES = 256 * 1024 * 1024
logging.getLogger("exifread").setLevel(logging.ERROR)  # it logs "no EXIF" for every PNG


def _ratio(v) -> float:
    return float(v.num) / float(v.den) if getattr(v, "den", 0) else float(getattr(v, "num", v))


def _dms(values, ref) -> float | None:
    try:
        d, m, s = (_ratio(x) for x in values.values)
    except (AttributeError, ValueError, ZeroDivisionError, TypeError):
        return None
    deg = d + m / 60 + s / 3600
    return round(-deg if str(ref).strip().upper() in ("S", "W") else deg, 7)


def read_exif(data: bytes) -> dict:
    import exifread

    try:
        tags = exifread.process_file(io.BytesIO(data), details=False)
    except Exception:  # noqa: BLE001 - the EXIF reader raises many things on damaged files
        return {}
    out = {}
    names = {
        "Image Make": "make", "Image Model": "model", "EXIF BodySerialNumber": "body_serial",
        "Image Software": "software", "EXIF DateTimeOriginal": "datetime_original",
        "EXIF DateTimeDigitized": "datetime_digitized", "EXIF OffsetTimeOriginal": "offset_original",
        "EXIF OffsetTimeDigitized": "offset_digitized", "Image Orientation": "orientation",
    }
    for tag, name in names.items():
        if tag in tags:
            out[name] = str(tags[tag]).strip().strip("\x00")
    if "GPS GPSLatitude" in tags and "GPS GPSLongitude" in tags:
        lat = _dms(tags["GPS GPSLatitude"], tags.get("GPS GPSLatitudeRef", "N"))
        lon = _dms(tags["GPS GPSLongitude"], tags.get("GPS GPSLongitudeRef", "E"))
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            out["gps_lat"], out["gps_lon"] = lat, lon
    if "GPS GPSAltitude" in tags:
        try:
            alt = _ratio(tags["GPS GPSAltitude"].values[0])
            if str(tags.get("GPS GPSAltitudeRef", "0")).strip() in ("1", "Below Sea Level"):
                alt = -alt
            out["gps_alt"] = round(alt, 2)
        except (ValueError, ZeroDivisionError, IndexError, TypeError):
            pass
    return out


def _open(data: bytes):
    from PIL import Image, ImageFile

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    # other libraries may have switched truncated loading on for the whole process (WeasyPrint
    # does, on import): a damaged image must be seen as damaged here, so set it explicitly
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    # Pillow's own bomb check would refuse a large JPEG that decodes well reduced: the bound
    # kept here is MAX_DECODE_PIXELS, on what is actually decoded (see _bounded)
    pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        im = _bounded(Image.open(io.BytesIO(data)))
        im.load()
        return im, False
    except ParseError:
        raise
    except OSError as exc:
        if "truncated" not in str(exc):
            raise ParseError(f"image cannot be decoded: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises SyntaxError, ValueError... on damage
        raise ParseError(f"image cannot be decoded: {type(exc).__name__}: {exc}") from None
    finally:
        Image.MAX_IMAGE_PIXELS = pillow_limit  # a process-wide setting: others (thumbnails) keep theirs
    # truncated: decode what is there, and say it is partial
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    pillow_limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        im = _bounded(Image.open(io.BytesIO(data)))
        im.load()
        return im, True
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ParseError(f"truncated image cannot be decoded: {exc}") from None
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        Image.MAX_IMAGE_PIXELS = pillow_limit


def _bounded(im):
    """``im`` (opened, not decoded) set to decode at most MAX_DECODE_PIXELS: a larger JPEG in
    draft mode (1/2, 1/4 or 1/8 scale, chosen by the decoder); any other image too large is
    refused before a pixel is decoded."""
    from evidtriage.ocr import MAX_DECODE_PIXELS

    w, h = im.size
    im.info["full_size"] = (w, h)  # reported as the image's size, whatever is decoded
    if w * h <= MAX_DECODE_PIXELS:
        return im
    if im.format == "JPEG":
        # draft picks the largest reduction that keeps at least the size asked for: asking for
        # half the side that fits the cap gives an image between a quarter of the cap and the cap
        shrink = 2 * (w * h / MAX_DECODE_PIXELS) ** 0.5
        im.draft(im.mode, (max(1, int(w / shrink)), max(1, int(h / shrink))))
        if im.size[0] * im.size[1] <= MAX_DECODE_PIXELS:
            return im
    raise ParseError(f"image of {w} x {h} pixels is over the cap of {MAX_DECODE_PIXELS} pixels a worker "
                     "decodes (and cannot be decoded reduced): not decoded")


class ImageParser(Parser):
    NAME = "image"
    VERSION = "1.0.0"
    DESCRIPTION = "Images: EXIF and GPS, pHash and dHash, OCR (Bengali and English)."
    MEDIA_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/heic",
                   "image/heif", "image/bmp", "image/x-ms-bmp")
    PRIORITY = 10
    TIMEOUT = 120

    def parse(self, file, stream, ctx):
        import imagehash

        from evidtriage.ocr import available_languages, engine, read_text

        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ParseError(f"image larger than {MAX_BYTES} bytes: not decoded")
        exif = read_exif(data)
        if exif:
            yield MetadataArtifact(metadata=exif, source="exif")
        im, partial = _open(data)
        problems = ["image file is truncated: decoded as far as it goes"] if partial else []
        try:
            frame = im.convert("RGB") if im.mode not in ("RGB", "L") else im
            phash, dhash = str(imagehash.phash(frame)), str(imagehash.dhash(frame))
        except Exception as exc:  # noqa: BLE001 - a skip for this step only; EXIF and OCR go on
            phash = dhash = None
            problems.append(f"fingerprint could not be computed ({type(exc).__name__}: {exc})")
        width, height = im.info.get("full_size", im.size)
        yield ImageArtifact(width=width, height=height, phash=phash, dhash=dhash)
        if ctx.ocr and engine()[0]:
            langs = "+".join(lg for lg in ctx.ocr_languages.split("+") if lg in available_languages()) or "eng"
            text = read_text(im, langs, photo=bool(exif.get("make") or exif.get("model")))
            if text:
                yield TextArtifact(text=text, method="ocr", language=langs, partial=partial)
        if problems:
            raise ParseError("; ".join(problems))


@hookimpl
def register_parsers():
    return [ImageParser]
