"""Hostile files for the parsers (issue 18, items 4, 5 and 7): nesting bounded before the JSON
parser, pixels bounded before a decoder or renderer, one huge message bounded."""

import json

import pytest
from PIL import Image

from evidtriage.ocr import tesseract as ocr
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

PLUGINS = Plugins((), entry_points=False)


def deep_telegram_export(depth: int) -> bytes:
    """A Telegram chat export whose second message holds one array nested ``depth`` deep."""
    head = json.dumps({"name": "Agent", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-12T10:02:00", "from": "Agent", "from_id": "user1",
         "text": "passport amar kache"}]})
    return (head[:-2] + ', {"id": 2, "type": "message", "date": "2024-01-12T10:03:00", "text": '
            + "[" * depth + "]" * depth + "}]}").encode()


def test_deep_json_nesting_is_refused_before_the_parser_sees_it(tmp_path):
    """Item 5: ijson keeps a prefix per open level, so memory grew with depth squared (20,000
    levels took 1 GB). The guard stops at 128 levels; the message before it is kept."""
    path = tmp_path / "result.json"
    path.write_bytes(deep_telegram_export(20_000))
    run = run_parser(PLUGINS.parser("telegram_json"), path, media_type="application/json")
    assert run.status in ("partial", "skipped"), run
    assert "nested more than 128 levels" in run.reason


def test_an_ordinary_export_passes_the_guard(tmp_path):
    path = tmp_path / "result.json"
    path.write_bytes(deep_telegram_export(3))
    run = run_parser(PLUGINS.parser("telegram_json"), path, media_type="application/json")
    assert "nested" not in run.reason


@pytest.fixture
def small_cap(monkeypatch):
    from evidtriage import plugin_api

    monkeypatch.setattr(ocr, "MAX_DECODE_PIXELS", 1_000_000)  # PDF pages (render_scale)
    monkeypatch.setattr(plugin_api, "MAX_DECODE_PIXELS", 1_000_000)  # images (as the plugin API gives it)
    return 1_000_000


def test_a_large_jpeg_is_decoded_reduced(tmp_path, small_cap, monkeypatch):
    """Item 4: a large image was decoded in full (12 of them took 3.2 GB)."""
    Image.new("L", (2400, 2000), 200).save(tmp_path / "big.jpg", quality=70)
    decoded = []
    real_load = Image.Image.load

    def load(self):
        out = real_load(self)
        decoded.append(self.size)
        return out

    monkeypatch.setattr(Image.Image, "load", load)
    run = run_parser(PLUGINS.parser("image"), tmp_path / "big.jpg")
    assert run.status == "parsed", run
    (img,) = [a for a in run.artifacts if a.kind == "image"]
    assert (img.width, img.height) == (2400, 2000)  # the size as it is, though decoded smaller
    assert img.phash
    assert decoded and max(w * h for w, h in decoded) <= small_cap


def test_an_image_too_large_to_decode_reduced_is_a_recorded_skip(tmp_path, small_cap):
    Image.new("L", (1200, 1000), 0).save(tmp_path / "big.png")
    run = run_parser(PLUGINS.parser("image"), tmp_path / "big.png")
    assert run.status == "skipped" and "over the cap of 1000000 pixels" in run.reason


def hostile_pdf(side_pt: int = 7200) -> bytes:
    """A one-page PDF of a few hundred bytes whose empty page is ``side_pt`` points square."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (side_pt, side_pt),
               b"<< /Length 0 >>\nstream\n\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.skipif(ocr.engine()[0] is None, reason="OCR engine not installed")
def test_a_huge_pdf_page_is_rendered_within_the_pixel_cap(tmp_path, small_cap, monkeypatch):
    """Item 5: a 442-byte PDF whose page is 7,200 pt square was rendered at 200 dpi for OCR:
    20,000 x 20,000 pixels, 3.7 GB."""
    import pypdfium2

    rendered = []
    real_render = pypdfium2.PdfPage.render

    def render(self, *args, **kwargs):
        bitmap = real_render(self, *args, **kwargs)
        rendered.append(bitmap.width * bitmap.height)
        return bitmap

    monkeypatch.setattr(pypdfium2.PdfPage, "render", render)
    path = tmp_path / "page.pdf"
    path.write_bytes(hostile_pdf())
    assert len(path.read_bytes()) < 600
    run = run_parser(PLUGINS.parser("pdf"), path, ocr=True, ocr_languages="eng")
    assert rendered and max(rendered) <= small_cap, rendered
    assert run.status in ("parsed", "partial", "skipped")


def test_render_scale_keeps_ordinary_pages_at_200_dpi():
    a4 = (595, 842)
    assert ocr.render_scale(*a4, 200 / 72) == 200 / 72
    s = ocr.render_scale(7200, 7200, 200 / 72)
    assert (7200 * s) ** 2 <= ocr.MAX_DECODE_PIXELS * 1.0001


def test_one_huge_message_is_cut_and_the_file_marked_partial(tmp_path):
    """Item 7: a WhatsApp export that is one message of one 256 MB line ran for over 15 minutes
    at 4.7 GB. Its text is now capped (1 MiB of characters); the rest stays in the file, named
    by line, and the file is partial. 24 MB here: the same path, a fraction of the time."""
    import sys

    parser = PLUGINS.parser("whatsapp_txt")
    cap = sys.modules[parser.__module__].MAX_LINE
    path = tmp_path / "WhatsApp Chat with Agent.txt"
    with open(path, "w", encoding="utf-8") as f:
        f.write("12/01/2024, 10:02 - Agent: passport amar kache\n")
        f.write("12/01/2024, 10:03 - Agent: " + "taka bKash " * (24 * 1024 * 1024 // 11) + "\n")
        for i in range(3):
            f.write(f"12/01/2024, 10:0{4 + i} - Karim: ok {i}\n" + "more\n" * 3)
        f.write("13/01/2024, 11:00 - Karim: " + "line of a long message\n" * 100_000)  # 2.3 MB of lines
        f.write("13/01/2024, 11:01 - Agent: the last one\n")
    run = run_parser(parser, path)
    assert run.status == "partial", run
    messages = [a for a in run.artifacts if a.kind == "message"]
    assert len(messages) == 7
    assert messages[0].text == "passport amar kache"
    assert len(messages[1].text) <= cap + 100
    assert len(messages[5].text) <= 2 * cap + 100
    assert messages[6].text == "the last one" and messages[6].line == 100_015
    assert "line 2 (" in run.reason and "line 15 (" in run.reason and "cut" in run.reason


def test_near_conditions_cost_n_log_n_on_a_long_text():
    """Item 7: 'a near b within N words' compared every a with every b: a 0.5 MB message dense
    with amounts and numbers took 140 s. Counted, not timed: word lookups."""
    from evidtriage.indicators.conditions import Node, evaluate

    calls = []

    def word_of(pos):
        calls.append(pos)
        return pos // 10

    a = [(i * 100, i * 100 + 5) for i in range(3000)]
    b = [(i * 100 + 50, i * 100 + 55) for i in range(3000)]
    got = evaluate(Node("near", ("a", "b", 5)), {"a": a, "b": b}, word_of)
    assert got is not None
    assert len(calls) <= 4 * (len(a) + len(b)), len(calls)  # was 2 x 3000 x 3000


def test_near_picks_the_same_pair_as_comparing_every_pair():
    import random

    from evidtriage.indicators.conditions import _nearest_pair

    rng = random.Random(4)
    for _ in range(500):
        a = [(rng.randint(0, 200), 0) for _ in range(rng.randint(0, 8))]
        b = [(rng.randint(0, 200), 0) for _ in range(rng.randint(0, 8))]
        n = rng.randint(0, 30)
        best = None
        for sa in a:  # the definition: closest; first a, then first b, among the closest
            for sb in b:
                d = abs(sa[0] // 7 - sb[0] // 7)
                if d <= n and (best is None or d < best[0]):
                    best = (d, [sa, sb])
        assert _nearest_pair(a, b, n, lambda p: p // 7) == (best[1] if best else None)


def test_numbers_found_are_looked_up_not_walked():
    import random

    from evidtriage.indicators.entities import _Taken

    rng = random.Random(5)
    for _ in range(2000):
        taken, raw = _Taken(), []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            span = (s, s + rng.randint(0, 10))
            taken.append(span)
            raw.append(span)
            q = rng.randint(0, 70)
            r = q + rng.randint(0, 8)
            assert taken.overlaps(q, r) == any(x < r and q < y for x, y in raw)
            assert taken.covers(q) == any(x <= q < y for x, y in raw)


def test_report_thumbnails_keep_the_pixel_cap(tmp_path, small_cap):
    """Item 4: thumbnails are made in the main process when the report is written; a picture
    over the cap (Pillow only warns between 89 and 179 megapixels) gets a reason, not a decode."""
    from evidtriage.reports.thumbnails import make_thumbnail

    Image.new("L", (1200, 1000), 0).save(tmp_path / "big.png")
    with open(tmp_path / "big.png", "rb") as f:
        thumb = make_thumbnail(f)
    assert not thumb.src and "over the cap of 1000000 pixels" in thumb.reason
    Image.new("L", (900, 1000), 0).save(tmp_path / "ok.png")
    with open(tmp_path / "ok.png", "rb") as f:
        assert make_thumbnail(f).src.startswith("data:image/jpeg")
    assert Image.MAX_IMAGE_PIXELS  # the image parser left Pillow's own limit in place
