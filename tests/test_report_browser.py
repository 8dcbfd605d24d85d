"""The HTML report opened in headless Chromium: what a reader sees, and that the page asks for
nothing outside itself (every request it tries goes to a recording proxy; see browser.py)."""

import re

from browser import open_page
from conftest import load_findings, make_zip
from test_html_report import minimal_findings
from test_images import camera_jpeg

from evidtriage.reports.html_report import render_html

HOSTILE = '<script>alert(1)</script><img src="http://evil.example/x.png" onerror="alert(2)">'


def test_the_harness_sees_a_page_that_reaches_out(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<img src="http://example.invalid/x.png"><link rel="stylesheet" href="https://cdn.example/x.css">')
    requests = open_page(page).requests
    assert any("example.invalid/x.png" in r for r in requests)
    assert any("cdn.example" in r for r in requests)


def _case(tmp_path, cli):
    src = tmp_path / "src"
    (src / "DCIM").mkdir(parents=True)
    camera_jpeg(src / "DCIM" / "IMG_1.jpg", lat=23.8103, lon=90.4125)
    camera_jpeg(src / "DCIM" / "IMG_2.jpg", lat=25.2048, lon=55.2708, size=(320, 240))
    (src / "DCIM" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    chat = ("12/01/2024, 10:02 - Rahim: free visa, leave your passport with me, bKash 01712-345678\n"
            f"12/01/2024, 10:03 - Rahim: {HOSTILE}\n"
            "13/01/2024, 11:00 - Karim: ঠিক আছে ভাই, কাল পাঠাবো\n").encode()
    (src / "WhatsApp Chat with Rahim.zip").write_bytes(make_zip({"WhatsApp Chat with Rahim.txt": chat}))
    (src / "note.txt").write_text("Rahim's bKash is 01712-345678, send the advance there")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--timezone", "Asia/Dhaka", "--no-ocr")
    assert r.exit_code == 0, r
    return tmp_path / "case"


def test_report_renders_in_chromium_and_requests_nothing(tmp_path, cli):
    case = _case(tmp_path, cli)
    page = open_page(case / "reports" / "report.html")
    assert page.requests == []
    dom = page.dom
    messages = dom.split('id="messages-table"')[1].split("</table>")[0]
    assert "<mark>free visa</mark>" in messages  # rows drawn by the page's script, hits marked
    assert "ঠিক আছে ভাই, কাল পাঠাবো" in messages  # Bengali as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in messages  # evidence shown as text...
    assert '<img src="http://evil.example' not in dom and "<script>alert" not in dom  # ...never as markup
    images = dom.split('id="images-table"')[1].split("</table>")[0]
    assert images.count('class="thumb blur"') == 2  # the two photos, blurred
    assert images.count('src="data:image/jpeg;base64,') == 2
    assert "no thumbnail: the picture could not be read" in images  # the broken one, with its reason
    svg_map = dom.split("GPS positions of photos")[1].split("</svg>")[0]
    assert svg_map.count("<circle") == 2 and "Bangladesh" in svg_map and "United Arab Emirates" in svg_map
    assert "Activity over time" in dom and "Entity link graph" in dom


def test_known_bad_pictures_are_never_in_the_report(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    camera_jpeg(src / "bad.jpg")
    import hashlib

    sets = tmp_path / "bad.txt"
    sets.write_text(hashlib.md5((src / "bad.jpg").read_bytes()).hexdigest() + "\n")
    lib = tmp_path / "hs.sqlite"
    r = cli("hashset", "import", sets, "--kind", "known-bad", "--format", "hashlist", "--library", lib)
    assert r.exit_code == 0, r
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr", "--hashsets", lib)
    assert r.exit_code == 0, r
    assert load_findings(tmp_path / "case")["files"][0]["status"] == "known-bad"
    html = (tmp_path / "case" / "reports" / "report.html").read_text()
    assert "data:image/jpeg" not in html
    dom = open_page(tmp_path / "case" / "reports" / "report.html").dom
    assert "No pictures in this case." in dom and "bad.jpg" in dom.split("Known-bad files")[1]


def test_a_large_case_is_paged_not_one_giant_table(tmp_path):
    msg = minimal_findings()["artifacts"][0]
    many = [{**msg, "key": f"k{i}", "text": f"message number {i}", "hits": [], "score": 0} for i in range(20000)]
    page = tmp_path / "report.html"
    page.write_text(render_html(minimal_findings(artifacts=many)), encoding="utf-8")
    dom = open_page(page).dom
    body = dom.split('id="messages-table"')[1].split("<tbody>")[1].split("</tbody>")[0]
    assert len(re.findall(r"<tr>", body)) == 200
    assert "rows 1–200 of 20000" in dom


def test_emoji_in_the_paged_messages_are_named(tmp_path, cli):
    """Issue 17 item 16: a pictograph the reader's fonts may lack is followed by its name."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with Rahim.txt").write_text(
        "12/01/2024, 10:02 - Rahim: passport \U0001F52A ekhon\n13/01/2024, 11:00 - Karim: ok \u2708\n", encoding="utf-8")
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr").exit_code == 0
    dom = open_page(tmp_path / "case" / "reports" / "report.html").dom
    messages = dom.split('id="messages-table"')[1].split("</table>")[0]
    assert '\U0001F52A<span class="glyph">[hocho]</span> ekhon' in messages
    assert '\u2708<span class="glyph">[airplane]</span>' in messages
