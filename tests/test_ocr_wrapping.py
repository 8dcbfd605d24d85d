"""A screenshot's wrapped lines are read back as one line; the writer's own breaks are kept.

A bubble breaks a long message where the next word no longer fits; read back with a line break
there, a phrase over the break is not found and a negation no longer reaches its verb (a line
break ends a sentence for the matcher). `evidtriage.ocr.wrapping` tells the two kinds of break
apart from the word boxes: first on boxes drawn by hand, then through tesseract on bubbles drawn
as tests/screenshots.py draws them.
"""

from __future__ import annotations

import pytest
import screenshots
from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.ocr.tesseract import engine, read_words
from evidtriage.ocr.wrapping import Word, blocks, soft_breaks

needs_ocr = pytest.mark.skipif(engine()[0] is None, reason="tesseract data is installed by `make test`")


def line(y: int, *words: tuple[int, int], height: int = 40) -> list[Word]:
    """A line of words at (left, right) pixels, its top at ``y``."""
    return [Word(f"w{left}", 90, left, y, right, y + height) for left, right in words]


def test_a_wrapped_paragraph_is_one_line_and_its_last_line_ends_it():
    lines = [line(0, (40, 200), (215, 420), (435, 700)),  # the widest line
             line(60, (40, 300), (315, 520), (535, 690)),  # "w40" (260 px) would not fit after 690
             line(120, (40, 120))]
    assert soft_breaks(lines) == [False, True, True]


def test_a_writers_short_line_keeps_its_break():
    # "Salam" then a long line: the next line's first word would have fitted after "Salam"
    lines = [line(0, (40, 160)), line(60, (40, 110), (125, 400), (415, 700))]
    assert soft_breaks(lines) == [False, False]


def test_a_paragraph_gap_an_indent_and_the_other_side_of_the_chat_keep_their_breaks():
    wrapped = [line(0, (40, 400), (415, 700)), line(60, (40, 380))]
    assert soft_breaks(wrapped) == [False, True]
    gap = [line(0, (40, 400), (415, 700)), line(130, (40, 380))]  # 90 px gap under 40 px lines
    assert soft_breaks(gap) == [False, False]
    corner = [line(0, (40, 400), (415, 700)), line(55, (560, 690), height=25)]  # the time in the corner
    assert soft_breaks(corner) == [False, False]
    sides = [line(0, (40, 400), (415, 700)), line(60, (380, 1000), (1015, 1040))]  # a sent bubble, right
    assert soft_breaks(sides) == [False, False]


def test_lines_cut_into_regions_of_their_own_are_still_one_block():
    # IMO's light bubbles are so near the page colour that each line is a region: the lines keep
    # their place on the picture, so they still make one block
    lines = [line(100, (40, 400), (415, 700)), line(160, (41, 380), (395, 690)), line(220, (39, 300))]
    assert blocks(lines) == [[0, 1, 2]]
    assert soft_breaks(lines) == [False, True, True]


LONG = ("bhai ami ekhon Dubai te achi kintu ekhane onek kosto kaj kori sokal theke raat porjonto "
        "ar malik amader passport rekhe dise ar bolse beton dibe na jodi kaj chere jai")


@needs_ocr
@pytest.mark.parametrize("theme,size", [("whatsapp-light", "normal"), ("imo-light", "small"),
                                        ("messenger-dark", "normal")])
def test_a_wrapped_bubble_reads_as_one_line_and_two_bubbles_as_two(theme, size):
    im = screenshots.bubbles(LONG, "Salam\nami valo achi, tumi kemon acho bhai", theme=theme, size=size)
    text = read_words(im, "ben+eng", photo=False).text
    first, *rest = text.split("\n")
    assert first.startswith("bhai ami") and first.endswith("kaj chere jai"), text
    assert rest == ["Salam", "ami valo achi, tumi kemon acho bhai"], text


@needs_ocr
def test_a_phrase_wrapped_over_two_lines_of_a_bubble_is_matched():
    matcher = Matcher(load_packs(["rules"]))
    phrase = "they took our passports and do not let us go out of the camp"
    whole = None
    for n in range(40):  # a filler that puts the bubble's line break where it costs a hit
        text = "salam bhai " + "ok " * n + phrase
        wrapped = "\n".join(screenshots.bubble_lines(text, "normal"))
        whole, cut = (r.score for r in matcher.match_many([text, wrapped]))
        if cut < whole:
            break
    else:
        pytest.fail("no filler puts a line break inside the phrase")
    found = read_words(screenshots.bubbles(text), "ben+eng", photo=False).text
    assert "\n" not in found and phrase in found, found
    assert matcher.match_many([found])[0].score == whole
