"""Images: EXIF (device, times, GPS), perceptual hashes, and OCR of any text in them.

* EXIF with exifread (MakerNotes off: one hostile file took 19-25 s with them on); every failure
  of the EXIF reader is caught, since damaged camera files are common. Every time the file holds
  is reported with the tag it comes from (``times``): DateTimeOriginal, DateTimeDigitized,
  DateTime (0x0132), the GPS date and time (UTC), and the dates of an XMP packet.
* No image decodes to more than ``MAX_DECODE_PIXELS`` (50 megapixels, recorded in
  the run manifest): a larger JPEG is decoded reduced (draft mode) for its fingerprints and OCR,
  and its full size is still reported; any other image over the cap is a recorded skip, decided
  from its header before a pixel is decoded. A truncated image is decoded as far as it goes and
  marked partial. A HEIF/HEIC file is checked against its own item index (``iloc``), since
  libheif decodes a cut-off grid picture with the missing tiles painted in.
* pHash and dHash (imagehash, 64 bits) for near-duplicate search.
* OCR in Bengali and English (``--ocr-lang``), in process (``ocr_words`` of the plugin API):
  screenshots and documents (no camera EXIF) bubble by bubble with page segmentation 6, camera
  photos whole with mode 11 and the long side capped at 1280 px. Text is kept only when at least
  four letters or digits, in words of two or more, were read with confidence 75 or more, and such
  words are a quarter or more of what was read, so photos without text yield no false text. A
  bubble's or a paragraph's wrapped lines are read back as one line (``evidtriage.ocr.wrapping``),
  the writer's own line breaks as line breaks. Each word's confidence is kept with the text
  (``word_confidences``): entities read by OCR carry it (docs/ocr.md).
"""

from __future__ import annotations

import io
import logging
import re
import warnings

import evidtriage.plugin_api as api
from evidtriage.plugin_api import (
    ImageArtifact, MetadataArtifact, ParseError, Parser, TextArtifact, hookimpl, ocr_languages_used, ocr_words,
)

EVIDTRIAGE_API = ">=1.0,<2"

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
        "EXIF DateTimeDigitized": "datetime_digitized", "Image DateTime": "datetime",
        "EXIF OffsetTime": "offset", "EXIF OffsetTimeOriginal": "offset_original",
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
    gps_time = _gps_datetime(tags.get("GPS GPSDate"), tags.get("GPS GPSTimeStamp"))
    if gps_time:
        out["gps_datetime"] = gps_time
    if "GPS GPSAltitude" in tags:
        try:
            alt = _ratio(tags["GPS GPSAltitude"].values[0])
            if str(tags.get("GPS GPSAltitudeRef", "0")).strip() in ("1", "Below Sea Level"):
                alt = -alt
            out["gps_alt"] = round(alt, 2)
        except (ValueError, ZeroDivisionError, IndexError, TypeError):
            pass
    return out


def _boxes(data: bytes, start: int, end: int):
    """(type, body start, end) of the ISO-BMFF boxes between ``start`` and ``end``."""
    pos = start
    while pos + 8 <= end:
        size, kind = int.from_bytes(data[pos:pos + 4], "big"), data[pos + 4:pos + 8]
        head = 8
        if size == 1:
            size, head = int.from_bytes(data[pos + 8:pos + 16], "big"), 16
        elif size == 0:
            size = end - pos
        if size < head:
            return
        yield kind, pos + head, min(pos + size, end)
        pos += size


def heif_missing_bytes(data: bytes) -> int:
    """How many bytes past the end of a HEIF/HEIC/AVIF file its item index (``iloc``) points to:
    0 for a complete file. libheif decodes a grid picture whose tiles are cut off with the missing
    area painted in, so a truncated file must be told from its index, not from the decoder."""
    for kind, start, end in _boxes(data, 0, len(data)):
        if kind != b"meta":
            continue
        for inner, s, e in _boxes(data, start + 4, end):  # meta is a full box: 4 bytes of version
            if inner == b"iloc":
                try:
                    return max(0, _iloc_end(data, s, e) - len(data))
                except IndexError:
                    return 0
    return 0


def _iloc_end(data: bytes, start: int, end: int) -> int:
    """The furthest byte the ``iloc`` box's file-offset extents reach."""
    version, pos = data[start], start + 4

    def read(n: int) -> int:
        nonlocal pos
        if pos + n > end:
            raise IndexError("iloc box cut short")
        value = int.from_bytes(data[pos:pos + n], "big") if n else 0
        pos += n
        return value

    sizes = read(2)
    offset_size, length_size, base_size = sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15
    index_size = sizes & 15 if version in (1, 2) else 0
    furthest = 0
    for _ in range(read(2 if version < 2 else 4)):
        read(2 if version < 2 else 4)  # item id
        method = read(2) & 15 if version in (1, 2) else 0
        read(2)  # data reference index
        base = read(base_size)
        for _ in range(read(2)):
            read(index_size)
            offset, length = read(offset_size), read(length_size)
            if method == 0:  # offsets in the file (1 and 2 point inside other boxes or items)
                furthest = max(furthest, base + offset + length)
    return furthest


#: The times an image may hold, each with the tag it comes from and what it means.
TIME_TAGS = (
    ("datetime_original", "offset_original", "EXIF DateTimeOriginal (0x9003)", "taken, camera clock"),
    ("datetime_digitized", "offset_digitized", "EXIF DateTimeDigitized (0x9004)", "digitised, camera clock"),
    ("datetime", "offset", "EXIF DateTime (0x0132)", "file last changed, camera clock"),
    ("gps_datetime", "", "EXIF GPSDateStamp (0x001D) + GPSTimeStamp (0x0007)", "GPS fix, UTC"),
)


def _gps_datetime(date, stamp) -> str:
    """``2024-01-12T10:02:33Z`` from the GPS date and time tags (UTC by definition), or ""."""
    try:
        y, mo, d = (int(x) for x in str(date).strip().replace("-", ":").split(":"))
        h, mi, sec = (_ratio(v) for v in stamp.values)
        if not (1 <= mo <= 12 and 1 <= d <= 31 and 0 <= h < 24 and 0 <= mi < 60 and 0 <= sec < 61):
            return ""
        return f"{y:04d}-{mo:02d}-{d:02d}T{int(h):02d}:{int(mi):02d}:{int(sec):02d}Z"
    except (AttributeError, ValueError, TypeError, ZeroDivisionError):
        return ""


_XMP_START, _XMP_END = b"<x:xmpmeta", b"</x:xmpmeta>"
#: XMP properties that hold a date, as attributes (``xmp:CreateDate="..."``) or elements.
XMP_DATES = ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate", "exif:DateTimeOriginal",
             "exif:DateTimeDigitized", "photoshop:DateCreated", "exif:GPSTimeStamp")


def read_xmp_dates(data: bytes) -> dict[str, str]:
    """The dates in an image's XMP packet, by property name (``xmp:CreateDate`` -> its value as
    written, ISO 8601 with or without a zone)."""
    start = data.find(_XMP_START)
    if start < 0:
        return {}
    end = data.find(_XMP_END, start)
    packet = data[start:end if end > 0 else start + 65536].decode("utf-8", errors="replace")
    out = {}
    for name in XMP_DATES:
        n = re.escape(name)
        found = re.search(n + "\\s*=\\s*[\"']([^\"']{4,40})[\"']|<" + n + ">\\s*([^<]{4,40}?)\\s*</", packet)
        if found:
            out[name] = (found[1] or found[2]).strip()
    return out


def image_times(exif: dict, xmp: dict) -> list[dict]:
    """Every time the image holds, each with its source tag: ``{"tag", "value", "offset",
    "meaning"}`` (``offset``: the zone the file writes beside it, "" when none)."""
    out = []
    for key, offset_key, tag, meaning in TIME_TAGS:
        if exif.get(key):
            out.append({"tag": tag, "value": exif[key], "offset": exif.get(offset_key, "") if offset_key else "Z",
                        "meaning": meaning})
    for name, value in xmp.items():
        out.append({"tag": f"XMP {name}", "value": value, "offset": "", "meaning": "as the XMP packet writes it"})
    return out


#: EXIF tag numbers -> the names read_exif gives them (for Pillow's reader, the fallback).
_PILLOW_TAGS = {0x010F: "make", 0x0110: "model", 0xA431: "body_serial", 0x0131: "software",
                0x9003: "datetime_original", 0x9004: "datetime_digitized", 0x0132: "datetime",
                0x9010: "offset", 0x9011: "offset_original", 0x9012: "offset_digitized", 0x0112: "orientation"}


class _Rational:
    """A number as exifread gives it (``num``/``den``), for the shared GPS helpers."""

    def __init__(self, value):
        self.num, self.den = float(value), 1


class _Values:
    def __init__(self, values):
        self.values = [_Rational(v) for v in values]


def read_exif_pillow(data: bytes) -> dict:
    """EXIF through Pillow (and pillow-heif), for files exifread cannot read: HEIF/HEIC written
    by some encoders make it fail, which left such photos with no time and no place."""
    try:
        from PIL import Image

        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
        except ImportError:
            pass
        with warnings.catch_warnings():  # "Corrupt EXIF data" on damaged files: read what is there
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as im:  # the header only: nothing is decoded
                exif = im.getexif()
                main, sub, gps = dict(exif), dict(exif.get_ifd(0x8769)), dict(exif.get_ifd(0x8825))
    except Exception:  # noqa: BLE001 - a damaged file has no readable EXIF, that is all
        return {}
    out = {}
    for number, name in _PILLOW_TAGS.items():
        value = sub.get(number, main.get(number))
        if value not in (None, ""):
            out[name] = str(value).strip().strip("\x00")
    try:
        if 2 in gps and 4 in gps:
            lat, lon = _dms(_Values(gps[2]), gps.get(1, "N")), _dms(_Values(gps[4]), gps.get(3, "E"))
            if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                out["gps_lat"], out["gps_lon"] = lat, lon
        if 6 in gps:
            alt = float(gps[6])
            out["gps_alt"] = round(-alt if gps.get(5) in (1, b"\x01") else alt, 2)
    except (TypeError, ValueError, ZeroDivisionError):
        pass
    gps_time = _gps_datetime(gps.get(29), _Values(gps[7])) if 7 in gps else ""
    if gps_time:
        out["gps_datetime"] = gps_time
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
    cap = api.MAX_DECODE_PIXELS  # read at each call: the run's setting
    w, h = im.size
    im.info["full_size"] = (w, h)  # reported as the image's size, whatever is decoded
    if w * h <= cap:
        return im
    if im.format == "JPEG":
        # draft picks the largest reduction that keeps at least the size asked for: asking for
        # half the side that fits the cap gives an image between a quarter of the cap and the cap
        shrink = 2 * (w * h / cap) ** 0.5
        im.draft(im.mode, (max(1, int(w / shrink)), max(1, int(h / shrink))))
        if im.size[0] * im.size[1] <= cap:
            return im
    raise ParseError(f"image of {w} x {h} pixels is over the cap of {cap} pixels a worker "
                     "decodes (and cannot be decoded reduced): not decoded")


class ImageParser(Parser):
    NAME = "image"
    VERSION = "1.3.0"
    DESCRIPTION = "Images: EXIF and GPS, pHash and dHash, OCR (Bengali and English)."
    MEDIA_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/heic",
                   "image/heif", "image/bmp", "image/x-ms-bmp")
    PRIORITY = 10
    TIMEOUT = 120

    def parse(self, file, stream, ctx):
        import imagehash

        data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ParseError(f"image larger than {MAX_BYTES} bytes: not decoded")
        exif = read_exif(data) or read_exif_pillow(data)
        times = image_times(exif, read_xmp_dates(data))
        if exif or times:
            yield MetadataArtifact(metadata={**exif, **({"times": times} if times else {})}, source="exif")
        missing = heif_missing_bytes(data) if data[4:8] == b"ftyp" else 0
        try:
            im, partial = _open(data)
        except ParseError as exc:
            if missing:
                raise ParseError(f"HEIF file is truncated ({missing} bytes its index points to are missing): "
                                 f"{exc}") from None
            raise
        problems = ["image file is truncated: decoded as far as it goes"] if partial else []
        if missing:
            partial = True  # the decoder painted the missing area in: what is hashed is not the picture
            problems.append(f"HEIF file is truncated: {missing} bytes its index points to are missing, "
                            "so part of the picture is filled in by the decoder (fingerprints and OCR are "
                            "of what remains)")
        try:
            frame = im.convert("RGB") if im.mode not in ("RGB", "L") else im
            phash, dhash = str(imagehash.phash(frame)), str(imagehash.dhash(frame))
        except Exception as exc:  # noqa: BLE001 - a skip for this step only; EXIF and OCR go on
            phash = dhash = None
            problems.append(f"fingerprint could not be computed ({type(exc).__name__}: {exc})")
        width, height = im.info.get("full_size", im.size)
        yield ImageArtifact(width=width, height=height, phash=phash, dhash=dhash)
        found = ocr_words(im, ctx, photo=bool(exif.get("make") or exif.get("model")))
        if found:
            yield TextArtifact(text=found.text, method="ocr", language=ocr_languages_used(ctx), partial=partial,
                               word_confidences=found.words)
        if problems:
            raise ParseError("; ".join(problems))


@hookimpl
def register_parsers():
    return [ImageParser]
