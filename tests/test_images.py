"""The image parser: EXIF and GPS, fingerprints, OCR in Bengali and English, hostile images."""

import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PIL import Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

from evidtriage.ocr.tesseract import engine
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

IMAGE = Plugins((), entry_points=False).parser("image")
BENGALI_FONT = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
needs_ocr = pytest.mark.skipif(engine()[0] is None, reason="tesseract data is installed by `make test`")


def camera_jpeg(path, lat=23.8103, lon=90.4125, size=(640, 480)):
    im = Image.new("RGB", size)
    px = im.load()
    rng = random.Random(3)
    for x in range(0, size[0], 8):
        for y in range(0, size[1], 8):
            c = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            for dx in range(8):
                for dy in range(8):
                    px[x + dx, y + dy] = c
    exif = Image.Exif()
    exif[0x010F] = "samsung"  # Make
    exif[0x0110] = "SM-A125F"  # Model
    exif[0x0131] = "A125FXXU1"  # Software
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2024:01:12 10:02:33"  # DateTimeOriginal
    ifd[0x9011] = "+06:00"  # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)

    def dms(v):
        d = int(v)
        m = int((v - d) * 60)
        s = round(((v - d) * 60 - m) * 60 * 100)
        return (IFDRational(d, 1), IFDRational(m, 1), IFDRational(s, 100))

    gps[1], gps[2], gps[3], gps[4] = "N", dms(lat), "E", dms(lon)
    gps[5], gps[6] = b"\x00", IFDRational(12, 1)
    im.save(path, "JPEG", exif=exif, quality=90)
    return path


def screenshot(path, dark=False):
    im = Image.new("RGB", (1080, 900), (18, 18, 18) if dark else (246, 246, 246))
    d = ImageDraw.Draw(im)
    fg = (235, 235, 235) if dark else (10, 10, 10)
    bn = ImageFont.truetype(BENGALI_FONT, 40)
    en = ImageFont.truetype(LATIN_FONT, 34)
    lines = [(bn, "পাসপোর্ট আমার কাছে জমা রাখতে হবে"), (en, "free visa, no experience needed"),
             (bn, "অগ্রিম টাকা বিকাশে পাঠান"), (en, "send the advance by bKash 01712-345678")]
    for i, (font, text) in enumerate(lines):
        d.text((40, 60 + i * 110), text, font=font, fill=fg)
    im.save(path)
    return [w for _, t in lines for w in t.replace(",", "").split()]


def test_exif_device_times_and_gps(tmp_path):
    p = camera_jpeg(tmp_path / "IMG_0001.jpg")
    run = run_parser(IMAGE, p)
    assert run.status == "parsed", run.reason
    meta = run.artifacts[0].metadata
    assert (meta["make"], meta["model"], meta["software"]) == ("samsung", "SM-A125F", "A125FXXU1")
    assert meta["datetime_original"] == "2024:01:12 10:02:33" and meta["offset_original"] == "+06:00"
    assert meta["gps_lat"] == pytest.approx(23.8103, abs=1e-4) and meta["gps_lon"] == pytest.approx(90.4125, abs=1e-4)
    assert meta["gps_alt"] == 12.0
    img = run.artifacts[1]
    assert (img.width, img.height) == (640, 480) and len(img.phash) == 16 and len(img.dhash) == 16


def test_fingerprints_survive_resize_and_recompression(tmp_path):
    a = camera_jpeg(tmp_path / "a.jpg")
    im = Image.open(a)
    im.resize((320, 240)).save(tmp_path / "b.jpg", quality=40)
    ha = next(x for x in run_parser(IMAGE, a).artifacts if x.kind == "image").phash
    hb = next(x for x in run_parser(IMAGE, tmp_path / "b.jpg").artifacts if x.kind == "image").phash
    assert bin(int(ha, 16) ^ int(hb, 16)).count("1") <= 10


@needs_ocr
@pytest.mark.parametrize("dark", [False, True])
def test_ocr_reads_bengali_and_english_screenshots(tmp_path, dark):
    words = screenshot(tmp_path / "shot.png", dark)
    run = run_parser(IMAGE, tmp_path / "shot.png", ocr=True)
    (text,) = [a for a in run.artifacts if a.kind == "text"]
    got = set(text.text.replace(",", " ").split())
    recall = sum(w in got for w in words) / len(words)
    assert recall >= 0.95, (recall, text.text)
    assert text.method == "ocr" and text.language == "ben+eng"


@needs_ocr
def test_no_false_text_on_photos_without_any(tmp_path):
    run = run_parser(IMAGE, camera_jpeg(tmp_path / "noise.jpg"), ocr=True)
    assert [a.kind for a in run.artifacts] == ["metadata", "image"]


def test_hostile_images(tmp_path):
    # a PNG header claiming 20000 x 20000 pixels: refused before decoding
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")
    (tmp_path / "bomb.png").write_bytes(bomb)
    run = run_parser(IMAGE, tmp_path / "bomb.png")
    assert run.status == "skipped" and "over the cap" in run.reason and "not decoded" in run.reason
    good = camera_jpeg(tmp_path / "full.jpg").read_bytes()
    (tmp_path / "cut.jpg").write_bytes(good[: len(good) * 2 // 3])
    run = run_parser(IMAGE, tmp_path / "cut.jpg")
    assert run.status == "partial" and "truncated" in run.reason
    assert any(a.kind == "image" for a in run.artifacts)
    (tmp_path / "junk.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    assert run_parser(IMAGE, tmp_path / "junk.jpg").status == "skipped"


def test_mutated_images_never_crash(tmp_path):
    good = camera_jpeg(tmp_path / "seed.jpg").read_bytes()
    rng = random.Random(11)
    for i in range(40):
        data = bytearray(good)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(min(len(data), 8192))] = rng.randrange(256)
        p = tmp_path / f"m{i}.jpg"
        p.write_bytes(bytes(data))
        run = run_parser(IMAGE, p, media_type="image/jpeg")
        assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason


def test_reposted_ads_are_clustered_in_findings(tmp_path, cli):
    from conftest import load_findings

    src = tmp_path / "src"
    src.mkdir()
    a = camera_jpeg(src / "ad.jpg")
    im = Image.open(a)
    im.resize((320, 240)).save(src / "ad_small.jpg", quality=40)
    captioned = im.copy()
    ImageDraw.Draw(captioned).text((10, 440), "call now", fill=(255, 255, 255))
    captioned.save(src / "ad_caption.png")
    w, h = im.size
    im.crop((int(w * 0.025), int(h * 0.025), int(w * 0.975), int(h * 0.975))).save(src / "ad_crop.jpg", quality=85)
    other = Image.new("RGB", (640, 480), (30, 120, 200))
    ImageDraw.Draw(other).ellipse((100, 100, 500, 400), fill=(250, 200, 0))
    other.save(src / "unrelated.png")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    (cluster,) = load_findings(tmp_path / "case")["image_clusters"]
    assert cluster["members"] == ["EX01:ad.jpg", "EX01:ad_caption.png", "EX01:ad_crop.jpg", "EX01:ad_small.jpg"]
    assert cluster["distance"] <= 10


def test_heic_photo(tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    Image.open(camera_jpeg(tmp_path / "src.jpg")).save(tmp_path / "IMG_0001.HEIC", format="HEIF")
    run = run_parser(IMAGE, tmp_path / "IMG_0001.HEIC")
    assert run.media_type == "image/heic" and run.status == "parsed", run.reason
    img = next(a for a in run.artifacts if a.kind == "image")
    assert (img.width, img.height) == (640, 480)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBP", b"II*\x00"]),
       st.binary(max_size=3000))
def test_random_bytes_never_crash_the_image_parser(tmp_path, magic, data):
    p = tmp_path / "r.img"
    p.write_bytes(magic + data)
    run = run_parser(IMAGE, p, media_type="image/jpeg")
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason


def test_fingerprint_failure_is_a_skip_for_that_step_only(tmp_path, monkeypatch):
    import imagehash

    def broken(*a, **k):
        raise ValueError("simulated failure")

    monkeypatch.setattr(imagehash, "phash", broken)
    run = run_parser(IMAGE, camera_jpeg(tmp_path / "x.jpg"))
    assert run.status == "partial" and "fingerprint could not be computed" in run.reason
    kinds = [a.kind for a in run.artifacts]
    assert kinds == ["metadata", "image"] and run.artifacts[1].phash is None  # EXIF kept
