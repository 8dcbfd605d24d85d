"""The PDF report: text a court file can hold, Bengali shaped, nothing fetched."""

import shutil
import subprocess

import pytest

from evidtriage.reports.pdf_report import render_pdf

from test_html_report import minimal_findings

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by `make test`")


def pdf_text(data: bytes, tmp_path) -> str:
    p = tmp_path / "r.pdf"
    p.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_holds_case_findings_and_bengali(tmp_path):
    f = minimal_findings()
    f["artifacts"][0]["text"] = "পাসপোর্ট আমার কাছে জমা রাখতে হবে, free visa"
    f["artifacts"][0]["hits"][0].update(start=0, end=8, snippet="পাসপোর্ট")
    data = render_pdf(f, [{"seq": 1, "time_utc": "2026-01-01T00:00:00Z", "examiner": "A", "action": "case created",
                           "subject": "C", "entry_hash": "ab" * 32}])
    assert data.startswith(b"%PDF")
    text = pdf_text(data, tmp_path)
    assert "Triage report — case C<1>" in text
    assert "আমার" in text and "free visa" in text  # Bengali came through as text, not boxes
    assert "created" in text and "document_retention" in text
    assert "<script>alert(1)</script>" in text  # shown as text, never interpreted


def test_pdf_fetches_nothing(tmp_path):
    f = minimal_findings()
    f["case"]["case_id"] = '<img src="http://example.invalid/x.png">'
    data = render_pdf(f)  # an img tag in evidence is text, so nothing is even attempted
    assert 'src="http' in pdf_text(data, tmp_path)


def test_pdf_pages_render_with_bengali_shaped(tmp_path):
    """The PDF rasterised with pdftoppm, as a reader's viewer would, then read back by OCR: the
    Bengali words come back, which they would not from boxes or unshaped glyphs."""
    from PIL import Image

    from evidtriage.ocr.tesseract import read_text

    f = minimal_findings()
    f["artifacts"][0]["text"] = "পাসপোর্ট আমার কাছে জমা রাখতে হবে, free visa"
    f["artifacts"][0]["hits"][0].update(start=0, end=8, snippet="পাসপোর্ট")
    (tmp_path / "r.pdf").write_bytes(render_pdf(f))
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "2", str(tmp_path / "r.pdf"), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    text = " ".join(read_text(Image.open(p), "ben+eng", photo=False) or "" for p in pages)
    assert "free visa" in text
    assert "আমার" in text and "পাসপোর্ট" in text
