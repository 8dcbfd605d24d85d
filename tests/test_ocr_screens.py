"""OCR on chat screenshots bubble by bubble, no text from photos, and the confidence of OCR
entities (issue 15, items 6 and 7). The images are drawn by tests/screenshots.py; the whole
corpus is measured by bench/ocr.py (docs/ocr.md)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image, ImageDraw

import screenshots
from evidtriage.indicators.entities import Entity, extract_entities, with_ocr_confidence
from evidtriage.linking.entity_links import OCR_LINK_CONFIDENCE, links, linking_files
from evidtriage.ocr.tesseract import engine, engine_languages, read_words
from evidtriage.ocr.regions import page_mask, prepared_regions, regions
from evidtriage.reports.html_report import ocr_note
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

needs_ocr = pytest.mark.skipif(engine()[0] is None, reason="tesseract data is installed by `make test`")


def recall(shot, text: str) -> dict[str, float]:
    have: dict[str, int] = {}
    for w in text.split():
        have[w.strip(".,!?")] = have.get(w.strip(".,!?"), 0) + 1
    found, total = {}, {}
    for script, word in shot.words:
        total[script] = total.get(script, 0) + 1
        if have.get(word, 0):
            have[word] -= 1
            found[script] = found.get(script, 0) + 1
    return {s: found.get(s, 0) / total[s] for s in total}


@needs_ocr
@pytest.mark.parametrize("theme,size,seed", [
    ("messenger-light", "small", 0),  # grey and blue bubbles, white text on blue, small text
    ("whatsapp-light", "normal", 0),  # a Bengali line tesseract's noise filter dropped
    ("imo-dark", "small", 1),  # dark theme, JPEG quality 75
])
def test_screenshot_words_are_read_bubble_by_bubble(theme, size, seed):
    shot = screenshots.screenshot(theme, size, seed)
    found = read_words(shot.image, "ben+eng", photo=False)
    got = recall(shot, found.text)
    assert got["bn"] >= 0.95 and got["latin"] >= 0.95, (got, found.text)


@needs_ocr
@pytest.mark.parametrize("kind", ["gravel", "leaves", "facade", "foliage", "scene"])
@pytest.mark.parametrize("photo", [False, True])
def test_photos_give_no_text(kind, photo):
    assert read_words(screenshots.photo(kind, 0), "ben+eng", photo=photo) is None


def test_regions_are_the_bubbles_and_photos_have_none():
    shot = screenshots.screenshot("whatsapp-dark", "normal", 0)
    boxes = regions(page_mask(np.asarray(shot.image)))
    bubbles = [b for b in boxes if b[0] > 150]  # below the header
    assert len(bubbles) >= 8
    assert all(r - left < shot.image.width * 0.8 for _, left, _, r in bubbles)  # left or right, not both
    assert prepared_regions(screenshots.photo("scene", 0)) is None
    assert prepared_regions(screenshots.photo("foliage", 0)) is None


def test_light_on_dark_and_dark_on_light_come_out_alike():
    # white text on Messenger's blue beside black text on its grey: both dark on white
    shot = screenshots.screenshot("messenger-light", "normal", 0)
    for part in prepared_regions(shot.image):
        a = np.asarray(part.image)
        assert np.median(a) > 200 and a.min() < 60  # white ground, dark text


def test_english_is_given_to_the_engine_first():
    assert engine_languages("ben+eng") == "eng+ben"
    assert engine_languages("ben") == "ben"


def test_an_entity_carries_the_lowest_confidence_of_its_words():
    text = "call 01712 345678 now"
    words = ((0, 4, 96), (5, 10, 91), (11, 17, 48), (18, 21, 95))
    (phone,) = with_ocr_confidence(extract_entities(text), words)
    assert (phone.value, phone.ocr_confidence) == ("+8801712345678", 48)
    assert with_ocr_confidence((Entity("phone", "+1", 40, 45),), words)[0].ocr_confidence is None


def test_ocr_entities_below_the_line_link_nothing():
    sure, unsure = {"file": "a.png", "ocr_confidence": OCR_LINK_CONFIDENCE}, {"file": "b.png", "ocr_confidence": 40}
    chat = {"file": "chat.txt"}
    assert links(sure) and links(chat) and not links(unsure)
    entity = {"type": "phone", "value": "+8801712345678", "occurrences": [chat, sure, unsure]}
    assert linking_files(entity) == {"chat.txt", "a.png"}
    assert ocr_note(entity, "b.png") == f" (OCR, confidence 40: below the link line {OCR_LINK_CONFIDENCE}, links nothing)"
    assert ocr_note(entity, "a.png") == f" (OCR, confidence {OCR_LINK_CONFIDENCE})" and ocr_note(entity, "chat.txt") == ""


@needs_ocr
def test_ocr_text_keeps_word_confidences_through_the_parser(tmp_path):
    shot = screenshots.screenshot("whatsapp-light", "small", 0)
    shot.image.save(tmp_path / "shot.png")
    run = run_parser(Plugins((), entry_points=False).parser("image"), tmp_path / "shot.png", ocr=True)
    (text,) = [a for a in run.artifacts if a.kind == "text"]
    assert text.word_confidences and all(0 <= c <= 100 for _, _, c in text.word_confidences)
    assert all(text.text[s:e].strip() == text.text[s:e] and text.text[s:e] for s, e, _ in text.word_confidences)


def number_screenshot(path, theme: str, number: str) -> None:
    """A chat screen of ``theme`` with one received bubble giving ``number``."""
    page, received, _, text_colour = screenshots.THEMES[theme][:4]
    im = Image.new("RGB", (1080, 600), page)
    draw = ImageDraw.Draw(im)
    draw.rounded_rectangle((30, 100, 760, 220), radius=24, fill=received)
    draw.text((60, 135), f"call {number} today", font=screenshots._font(screenshots.EN_FONT, 38), fill=text_colour)
    draw.rounded_rectangle((30, 260, 900, 380), radius=24, fill=received)
    draw.text((60, 295), "টাকা বিকাশে পাঠান", font=screenshots._font(screenshots.BN_FONT, 38), fill=text_colour)
    im.save(path)


@needs_ocr
def test_scan_stores_ocr_confidence_and_links_only_sure_numbers(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    number_screenshot(src / "shot0.png", "whatsapp-light", "01911223344")
    number_screenshot(src / "shot1.png", "messenger-dark", "01911223344")
    (src / "chat.txt").write_text("agent number 01911223344\n", encoding="utf-8")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--workers", "1")
    assert r.exit_code == 0, r.stderr
    findings = json.loads((tmp_path / "case" / "reports" / "findings.json").read_text(encoding="utf-8"))
    (phone,) = [e for e in findings["entities"] if (e["type"], e["value"]) == ("phone", "+8801911223344")]
    by_file = {o["file"]: o.get("ocr_confidence") for o in phone["occurrences"]}
    assert by_file.keys() == {"chat.txt", "shot0.png", "shot1.png"} and by_file["chat.txt"] is None
    assert all(isinstance(by_file[f], int) and 0 <= by_file[f] <= 100 for f in ("shot0.png", "shot1.png"))
    assert linking_files(phone) == {f for f, c in by_file.items() if c is None or c >= OCR_LINK_CONFIDENCE}
