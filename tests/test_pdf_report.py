"""The PDF report: text a court file can hold, Bengali shaped, nothing fetched."""

import re
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


def findings_of(n_flagged: int, n_weak: int) -> dict:
    """A case whose findings are distinct texts: ``n_flagged`` above the review line, then
    ``n_weak`` below it."""
    f = minimal_findings()
    one = f["artifacts"][0]
    f["artifacts"] = [{**one, "key": f"k{i}", "text": f"message {i}: leave your passport with me",
                       "score": 9.0 - i * 0.01 if i < n_flagged else 1.0 - i * 0.01,
                       "hits": [{**one["hits"][0], "start": 13 + len(str(i)), "end": 40 + len(str(i))}]}
                      for i in range(n_flagged + n_weak)]
    return f


def outline(data: bytes) -> list[tuple[int, str, int]]:
    """The PDF's bookmarks as (depth, title, page index), in order."""
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    out = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))
    walk(reader.outline, 0)
    return out


def test_a_report_rendered_in_parts_reads_as_one_document(tmp_path):
    """Rendered a few findings per WeasyPrint document (to bound memory), the report has the
    same text, one page numbering across the parts ("page N of M"), and its bookmarks nested as
    in one document: a heading that opens a later part sits under the section it belongs to."""
    from evidtriage.reports.pdf_report import parts

    f = findings_of(n_flagged=30, n_weak=30)
    whole, split = render_pdf(f, per_part=1000), render_pdf(f, per_part=6)  # the weak mentions open the sixth part
    assert len(parts(60, 6)) == 10

    def words(data, name):
        (tmp_path / name).write_bytes(data)
        return subprocess.run(["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True, check=True).stdout

    text = words(split, "split.pdf")
    pages = text.count("\f")
    assert pages > 2
    assert [int(n) for n in re.findall(r"Case C<1> — page (\d+) of %d\n" % pages, text)] == list(range(1, pages + 1))
    def body(t):  # the characters printed, footers left out: the parts start on pages of their own,
        # so a page's blocks may be read in another order, and a long id broken at another place
        return sorted(re.sub(r"Case C<1> — page \d+ of \d+\n|\s|-", "", t))

    assert body(words(whole, "whole.pdf")) == body(text)
    assert all(f"message {i}:" in text for i in range(60))  # every finding printed
    assert text.index("message 29:") < text.index("Weak mentions") < text.index("message 30:")
    marks = outline(split)
    assert [(d, t) for d, t, _ in marks] == [(d, t) for d, t, _ in outline(whole)]
    assert (0, "Triage report — case C<1>") == marks[0][:2]
    under = [t for d, t, _ in marks[marks.index(next(m for m in marks if m[1] == "Ranked findings")) + 1:]][:2]
    assert under == ["Flagged for review", "Weak mentions (below the review line 3.0)"]
    assert [d for d, t, _ in marks if t in under] == [2, 2]
    weak = next(p for d, t, p in marks if t.startswith("Weak mentions"))
    assert "message 30:" in text.split("\f")[weak]
    assert [p for _, _, p in marks] == sorted(p for _, _, p in marks)


def test_a_kept_child_renders_the_next_report_to_the_same_bytes_and_a_long_one_ends_it(monkeypatch):
    from evidtriage.reports import pdf_parts

    pdf_parts._end_kept()
    fresh = render_pdf(minimal_findings())  # a new child, kept after
    kept = pdf_parts._kept
    assert kept is not None and kept.alive()
    assert render_pdf(minimal_findings()) == fresh  # the kept child, the same bytes
    assert pdf_parts._kept is kept
    monkeypatch.setattr(pdf_parts, "KEEP_CHILD_PAGES", 0)  # past its pages: the child ends
    assert render_pdf(findings_of(3, 2)).startswith(b"%PDF")
    assert pdf_parts._kept is None and not kept.alive()
    kept._child.kill()  # a child that died between reports is replaced
    monkeypatch.setattr(pdf_parts, "KEEP_CHILD_PAGES", 60)
    assert render_pdf(minimal_findings()) == fresh
    dead = pdf_parts._kept
    dead._child.kill()
    dead._child.wait()
    assert render_pdf(minimal_findings()) == fresh and pdf_parts._kept is not dead
