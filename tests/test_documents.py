"""Documents: PDF text, saved web pages, e-mail; encrypted, broken and look-alike files."""

import io
import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

ALL = [e.cls for e in Plugins((), entry_points=False).parsers]


def pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def test_pdf_text_of_every_page(tmp_path):
    p = tmp_path / "offer.pdf"
    p.write_bytes(pdf_bytes("<h1>Job offer</h1><p>Free visa for Saudi Arabia.</p>"
                            "<p style='page-break-before:always'>Leave your passport with me.</p>"))
    run = run_parser(ALL, p)
    assert run.status == "parsed" and run.stamped[0].parser == "pdf"
    meta, text = run.artifacts
    assert meta.metadata["pages"] == 2
    assert "Free visa for Saudi Arabia." in text.text and "Leave your passport with me." in text.text


def test_encrypted_broken_and_scanned_pdfs(tmp_path):
    import pypdf

    w = pypdf.PdfWriter()
    w.append(pypdf.PdfReader(io.BytesIO(pdf_bytes("<p>secret terms</p>"))))
    w.encrypt("s3cret")
    buf = io.BytesIO()
    w.write(buf)
    (tmp_path / "locked.pdf").write_bytes(buf.getvalue())
    run = run_parser(ALL, tmp_path / "locked.pdf")
    assert run.status == "skipped" and "encrypted PDF" in run.reason
    good = pdf_bytes("<p>hello</p>")
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    assert run_parser(ALL, tmp_path / "cut.pdf").status in ("skipped", "partial")
    blank = pypdf.PdfWriter()
    blank.add_blank_page(200, 200)
    buf = io.BytesIO()
    blank.write(buf)
    (tmp_path / "scan.pdf").write_bytes(buf.getvalue())
    run = run_parser(ALL, tmp_path / "scan.pdf")
    assert run.status == "partial" and "have no text layer" in run.reason and "not OCR'd (--no-ocr)" in run.reason


@pytest.mark.skipif(__import__("evidtriage.ocr.tesseract", fromlist=["engine"]).engine()[0] is None, reason="needs tesseract data")
def test_scanned_pdf_pages_are_ocrd(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(im)
    d.text((100, 200), "Employment contract: the employer keeps the passport",
           font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 36), fill="black")
    d.text((100, 300), "পাসপোর্ট মালিকের কাছে জমা থাকবে",
           font=ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf", 40), fill="black")
    im.save(tmp_path / "scan.pdf", "PDF", resolution=150)
    run = run_parser(ALL, tmp_path / "scan.pdf", ocr=True)
    assert run.status == "parsed", run.reason
    (text,) = [a for a in run.artifacts if a.kind == "text"]
    assert text.method == "ocr"
    assert "Employment contract: the employer keeps the passport" in text.text
    assert "পাসপোর্ট মালিকের কাছে জমা থাকবে" in text.text


def test_web_page_visible_text_only(tmp_path):
    p = tmp_path / "ad.html"
    p.write_text("<html><head><title>Jobs in Dubai</title><script>var s='free visa hidden'</script>"
                 "<style>p{color:red}</style></head><body><div>Free visa, no experience</div>"
                 "<p>Call&nbsp;01712-345678</p><template>hidden too</template></body></html>")
    run = run_parser(ALL, p)
    meta, text = run.artifacts
    assert meta.metadata == {"title": "Jobs in Dubai"}
    assert text.text == "Free visa, no experience\nCall 01712-345678"


def test_eml_and_mbox(tmp_path):
    (tmp_path / "m.eml").write_bytes(
        "From: Rahim Agent <rahim@example.com>\nTo: karim@example.com\nSubject: Malaysia job\n"
        "Date: Fri, 12 Jan 2024 10:02:00 +0600\nMessage-ID: <1@x>\nContent-Type: text/plain; charset=utf-8\n\n"
        "পাসপোর্ট আমার কাছে জমা রাখতে হবে\n".encode())
    (msg,) = run_parser(ALL, tmp_path / "m.eml").artifacts
    assert (msg.sender, msg.timestamp, msg.conversation) == ("Rahim Agent <rahim@example.com>", "2024-01-12T04:02:00Z", "Malaysia job")
    assert "পাসপোর্ট আমার কাছে জমা রাখতে হবে" in msg.text and msg.participants == ("karim@example.com",)
    (tmp_path / "inbox.mbox").write_bytes(
        b"From rahim@example.com Fri Jan 12 10:02:00 2024\nFrom: Rahim <rahim@example.com>\nSubject: one\n\n"
        b"first body\n>From the agency\n\nFrom karim@example.com Sat Jan 13 10:02:00 2024\n"
        b"From: Karim <karim@example.com>\nSubject: two\n\nsecond body\n")
    msgs = run_parser(ALL, tmp_path / "inbox.mbox").artifacts
    assert [m.sender for m in msgs] == ["Rahim <rahim@example.com>", "Karim <karim@example.com>"]
    assert "From the agency" in msgs[0].text  # mboxrd quoting undone


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["a.pdf", "a.html", "a.eml", "a.mbox"]), st.binary(max_size=2000))
def test_random_bytes_never_crash_document_parsers(tmp_path, name, data):
    prefix = {"a.pdf": b"%PDF-1.7\n", "a.html": b"<html>", "a.eml": b"From: a@b.c\nTo: d@e.f\nSubject: s\n\n",
              "a.mbox": b"From x@y Fri Jan 12 10:02:00 2024\n"}[name]
    p = tmp_path / name
    p.write_bytes(prefix + data)
    run = run_parser(ALL, p)
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason


def test_mutated_documents_never_crash(tmp_path):
    seeds = {"a.pdf": pdf_bytes("<p>free visa</p>"), "a.html": b"<html><body><p>free visa</p></body></html>",
             "a.eml": b"From: a@b.c\nTo: d@e.f\nSubject: x\nDate: Fri, 12 Jan 2024 10:02:00 +0600\n\nbody\n"}
    rng = random.Random(5)
    for name, seed in seeds.items():
        for i in range(15):
            data = bytearray(seed)
            for _ in range(rng.randint(1, 12)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            p = tmp_path / f"{i}-{name}"
            p.write_bytes(bytes(data))
            run = run_parser(ALL, p)
            assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason
