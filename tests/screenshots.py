"""Chat screenshots and ordinary photos made with Pillow, with the words each screenshot shows.

Used by tests/test_ocr_screens.py (a few images) and bench/ocr.py (the whole corpus). Everything is
drawn from a seed, so the same call gives the same pixels on any machine with the same fonts
(Noto Sans Bengali from fonts-noto-core, DejaVu Sans from fonts-dejavu-core; both are in
scripts/setup-system.sh).

Screenshots: the bubble colours of WhatsApp, Messenger and IMO in their light and dark themes, a
status bar and a header, received bubbles on the left and sent ones on the right, each with a
small time in its corner; text in Bengali, English and romanised Bengali, some bubbles mixing
them, at a normal size (1080 px wide, text 38 px) and a small one (720 px wide, text 22 px: a
screenshot scaled down before it was shared); odd seeds are JPEG (quality 75), as messaging apps
pass screenshots on. The ground truth is the words of the bubbles (the
times, status bar and header are drawn, not counted).

Photos: gradients, noise, textures (foliage-like blurred noise, sharp leaves, gravel, bricks,
wood grain, a fence, a facade of windows) and a rendered scene (sky, sun, hills, houses, trees):
no text in any of them. Gravel and leaves made tesseract "read" Bengali letters and digits.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont

BN_FONT = "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"
EN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

#: theme -> page, received bubble, sent bubble, received text, sent text, time text, header
THEMES = {
    "whatsapp-light": ("#EFEAE2", "#FFFFFF", "#D9FDD3", "#111B21", "#111B21", "#667781", "#008069"),
    "whatsapp-dark": ("#0B141A", "#202C33", "#005C4B", "#E9EDEF", "#E9EDEF", "#8696A0", "#202C33"),
    "messenger-light": ("#FFFFFF", "#E4E6EB", "#0084FF", "#050505", "#FFFFFF", "#65676B", "#FFFFFF"),
    "messenger-dark": ("#000000", "#303030", "#0084FF", "#E4E6EB", "#FFFFFF", "#B0B3B8", "#18191A"),
    "imo-light": ("#F3F4F6", "#E9E9EB", "#DCF1FF", "#1A1A1A", "#1A1A1A", "#8A8A8A", "#1E88E5"),
    "imo-dark": ("#121212", "#2A2A2E", "#1E5BA8", "#EDEDED", "#FFFFFF", "#9A9A9A", "#1F1F1F"),
}
#: size -> screen width, height, text size
SIZES = {"normal": (1080, 1920, 38), "small": (720, 1280, 22)}

BENGALI = [
    "পাসপোর্ট আমার কাছে জমা রাখতে হবে",
    "অগ্রিম টাকা বিকাশে পাঠান আজকেই",
    "সৌদিতে বেতন মাসে পনেরো হাজার টাকা",
    "কাউকে কিছু বলবেন না পরিবারকেও না",
    "মেয়েদের জন্য পার্লারে ভালো কাজ আছে",
    "ভিসা খরচ আমরা দেব পরে বেতন থেকে কাটা হবে",
    "আগামীকাল সকালে বাসস্ট্যান্ডে দেখা করবেন",
    "মালয়েশিয়ায় কারখানায় কাজ ওভারটাইম আছে",
    "তোমার বয়স কত জন্ম নিবন্ধন নতুন করে দেব",
    "দালাল বলেছে বর্ডার দিয়ে যেতে হবে",
    "আমার ফোন ওরা রেখে দিয়েছে বাইরে যেতে দেয় না",
    "টাকা না দিলে ছাড়বে না তাড়াতাড়ি পাঠাও",
    "মা কেমন আছো আমি ভালো আছি",
    "কাল রাতে খাবার খেয়েছি চিন্তা করো না",
    "হোটেলে কাজ বেতন অনেক ভালো",
    "নম্বরটা দিলাম এখানে যোগাযোগ করবেন",
]
ENGLISH = [
    "free visa no experience needed",
    "send the advance today please",
    "the company will keep your passport",
    "salary is good and food is free",
    "call me after the prayer time",
    "do not tell anyone about this job",
    "your flight is booked for Monday",
    "we need three girls for the hotel",
]
ROMANISED = [
    "kauke bolben na apnar passport amar kache thakbe",
    "taka bikash e pathan ajkei",
    "beton onek valo dubai te kaj",
    "amar boyos 16 cholbe",
]
NUMBERS = ["01712-345678", "+8801812345678", "01911223344"]


@dataclass(frozen=True)
class Screenshot:
    name: str
    image: Image.Image
    words: tuple[tuple[str, str], ...]  # (script: "bn" or "latin", word) for every word of the bubbles


def _font(path: str, size: int):
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)


def script_of(word: str) -> str:
    return "bn" if any("\u0980" <= ch <= "\u09ff" for ch in word) else "latin"


def _length(draw, line: str, fonts: dict) -> float:
    """The width of a line drawn word by word, each word in its script's font (Noto Sans Bengali
    has no Latin letters: phones fall back to another font for them, as this does)."""
    space = draw.textlength(" ", font=fonts["latin"])
    words = line.split()
    return sum(draw.textlength(w, font=fonts[script_of(w)]) for w in words) + space * (len(words) - 1)


def _draw_line(draw, xy: tuple[int, int], line: str, fonts: dict, fill: str) -> None:
    x, y = xy
    space = draw.textlength(" ", font=fonts["latin"])
    for word in line.split():
        font = fonts[script_of(word)]
        draw.text((x, y), word, font=font, fill=fill)
        x += draw.textlength(word, font=font) + space


def _wrap(draw, text: str, fonts: dict, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and _length(draw, trial, fonts) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def screenshot(theme: str, size: str, seed: int) -> Screenshot:
    """One chat screenshot: the theme's colours, a status bar, a header, bubbles left and right."""
    rng = random.Random(f"{theme}/{size}/{seed}")
    page, recv, sent, recv_text, sent_text, time_text, header = THEMES[theme]
    width, height, text_size = SIZES[size]
    im = Image.new("RGB", (width, height), page)
    draw = ImageDraw.Draw(im)
    fonts = fonts_for(size)
    small = _font(EN_FONT, max(12, text_size * 5 // 8))
    unit = text_size / 38
    bar = int(60 * unit)
    draw.rectangle((0, 0, width, bar), fill=header)
    draw.text((int(24 * unit), int(12 * unit)), "12:4%d" % rng.randrange(10), font=small, fill="#FFFFFF"
              if header not in ("#FFFFFF",) else "#000000")
    head = int(150 * unit)
    draw.rectangle((0, bar, width, head), fill=header)
    draw.text((int(140 * unit), bar + int(25 * unit)), rng.choice(["Rahim Bhai", "Agency BD", "Salma", "Karim"]),
              font=fonts["latin"], fill="#FFFFFF" if header not in ("#FFFFFF",) else "#000000")
    pad, gap, margin = int(22 * unit), int(18 * unit), int(28 * unit)
    line_h = int(text_size * 1.55)
    y = head + gap
    words: list[tuple[str, str]] = []
    while True:
        kind = rng.random()
        if kind < 0.45:
            text = rng.choice(BENGALI)
        elif kind < 0.65:
            text = rng.choice(ENGLISH)
        elif kind < 0.8:
            text = rng.choice(ROMANISED)
        else:  # mixed: Bengali with an English phrase or a number in it
            text = f"{rng.choice(BENGALI)} {rng.choice(NUMBERS + ['passport', 'visa', 'bKash', 'Dubai'])}"
        mine = rng.random() < 0.5
        lines = _wrap(draw, text, fonts, int(width * 0.68) - 2 * pad)
        w = max(_length(draw, line, fonts) for line in lines)
        w = int(max(w, draw.textlength("00:00 PM", font=small) + 10)) + 2 * pad
        h = len(lines) * line_h + 2 * pad + int(text_size * 0.6)
        if y + h > height - gap:
            break
        x = width - margin - w if mine else margin
        draw.rounded_rectangle((x, y, x + w, y + h), radius=int(24 * unit), fill=sent if mine else recv)
        colour = sent_text if mine else recv_text
        for i, line in enumerate(lines):
            _draw_line(draw, (x + pad, y + pad + i * line_h), line, fonts, colour)
        stamp = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {rng.choice(['AM', 'PM'])}"
        draw.text((x + w - pad - draw.textlength(stamp, font=small), y + h - pad - int(text_size * 0.55)), stamp,
                  font=small, fill=colour if theme.startswith("messenger") and mine else time_text)
        words.extend((script_of(word), word) for word in text.split())
        y += h + gap
    if seed % 2:  # as a messaging app passes a screenshot on: JPEG, quality 75
        out = io.BytesIO()
        im.save(out, "JPEG", quality=75)
        im = Image.open(io.BytesIO(out.getvalue()))
        im.load()
    return Screenshot(f"{theme}-{size}-{seed}", im, tuple(words))


def fonts_for(size: str) -> dict:
    """The Bengali and Latin fonts of a size's text."""
    text_size = SIZES[size][2]
    return {"bn": _font(BN_FONT, text_size), "latin": _font(EN_FONT, text_size)}


def bubble_lines(text: str, size: str, share: float = 0.68) -> list[str]:
    """The lines a bubble at most ``share`` of the screen wide breaks ``text`` into (each of the
    writer's own lines wrapped on its own)."""
    width, _, text_size = SIZES[size]
    draw, fonts = ImageDraw.Draw(Image.new("RGB", (8, 8))), fonts_for(size)
    pad = text_size * 22 // 38
    return [part for para in text.split("\n") for part in _wrap(draw, para, fonts, int(width * share) - 2 * pad) or [""]]


def bubbles(*texts: str, theme: str = "whatsapp-light", size: str = "normal", share: float = 0.68) -> Image.Image:
    """A chat screen with one received bubble per text, wrapped as :func:`bubble_lines` wraps it,
    and no header, times or status bar (a screen's text is only the bubbles')."""
    page, received, _, ink = THEMES[theme][:4]
    width, height, text_size = SIZES[size]
    fonts = fonts_for(size)
    pad, line_h, gap = text_size * 22 // 38, int(text_size * 1.55), text_size
    laid = [bubble_lines(text, size, share) for text in texts]
    need = text_size * 4 + sum(len(rows) * line_h + 2 * pad for rows in laid) + gap * (len(laid) - 1) + 80
    im = Image.new("RGB", (width, max(height // 2, need)), page)
    draw = ImageDraw.Draw(im)
    y = text_size * 4
    for rows in laid:
        box_w = max([_length(draw, row, fonts) for row in rows if row] + [100]) + 2 * pad
        box_h = len(rows) * line_h + 2 * pad
        draw.rounded_rectangle((28, y, 28 + box_w, y + box_h), radius=text_size * 24 // 38, fill=received)
        for i, row in enumerate(rows):
            _draw_line(draw, (28 + pad, y + pad + i * line_h), row, fonts, ink)
        y += box_h + gap
    return im


def corpus(seeds: int = 2) -> list[Screenshot]:
    """Every theme at every size, ``seeds`` screenshots of each."""
    return [screenshot(t, s, n) for t in THEMES for s in SIZES for n in range(seeds)]


def _noise(rng: random.Random, size: tuple[int, int], blur: float) -> Image.Image:
    im = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    return im.filter(ImageFilter.GaussianBlur(blur)) if blur else im


def photo(kind: str, seed: int = 0, size: tuple[int, int] = (800, 600)) -> Image.Image:
    """An ordinary photo-like image with no text, one of :data:`PHOTO_KINDS`."""
    rng = random.Random(f"{kind}/{seed}")
    w, h = size
    if kind == "gradient":
        a, b = (rng.randrange(256) for _ in range(2))
        g = Image.linear_gradient("L").resize(size).rotate(rng.randrange(360), expand=False, fillcolor=a)
        return Image.merge("RGB", (g, g.point(lambda v: (v + a) % 256), g.point(lambda v: (v + b) % 256)))
    if kind == "noise":
        return Image.merge("RGB", [_noise(rng, size, 0) for _ in range(3)])
    if kind == "foliage":
        base = _noise(rng, size, 3).point(lambda v: min(255, max(0, (v - 128) * 6 + 128)))
        detail = _noise(rng, size, 1)
        g = Image.blend(base, detail, 0.3)
        return Image.merge("RGB", (g.point(lambda v: v // 3), g, g.point(lambda v: v // 4)))
    if kind == "bricks":
        im = Image.new("RGB", size, "#B0B0A8")
        draw = ImageDraw.Draw(im)
        bh, bw = 40 + rng.randrange(10), 110 + rng.randrange(30)
        for row, top in enumerate(range(0, h, bh)):
            for left in range(-(row % 2) * bw // 2, w, bw):
                red = 140 + rng.randrange(50)
                draw.rectangle((left + 3, top + 3, left + bw - 3, top + bh - 3), fill=(red, 60 + rng.randrange(30), 50))
        return Image.blend(im, Image.merge("RGB", [_noise(rng, size, 1)] * 3), 0.15)
    if kind == "wood":
        rows = [int(128 + 60 * ((i * 0.21 + rng.random() * 0.4) % 1)) for i in range(h)]
        g = Image.new("L", (1, h))
        g.putdata(rows)
        g = Image.blend(g.resize(size), _noise(rng, size, 2), 0.25).rotate(rng.randrange(-20, 20), fillcolor=128)
        return Image.merge("RGB", (g, g.point(lambda v: v * 3 // 4), g.point(lambda v: v // 2)))
    if kind == "scene":
        im = Image.new("RGB", size)
        draw = ImageDraw.Draw(im)
        for yy in range(h // 2):
            draw.line((0, yy, w, yy), fill=(90 + yy // 4, 150 + yy // 5, 230))
        draw.ellipse((w - 180, 40, w - 100, 120), fill="#FFE680")
        for i in range(3):
            top = h // 2 - 60 + 30 * i
            draw.polygon([(0, h), (0, top + 40), (w // 3, top), (2 * w // 3, top + 50), (w, top + 10), (w, h)],
                         fill=(40 + 20 * i, 110 + 15 * i, 40))
        for _ in range(4):
            x0, y0 = rng.randrange(w - 150), h // 2 + rng.randrange(60, 160)
            draw.rectangle((x0, y0, x0 + 110, y0 + 80), fill=rng.choice(["#D9C7A0", "#C0504D", "#EEEEEE"]))
            draw.polygon([(x0 - 10, y0), (x0 + 55, y0 - 45), (x0 + 120, y0)], fill="#7A3B2E")
            draw.rectangle((x0 + 45, y0 + 40, x0 + 65, y0 + 80), fill="#4A2F1E")
        for _ in range(6):
            x0, y0 = rng.randrange(w), h // 2 + rng.randrange(40, 250)
            draw.rectangle((x0 - 6, y0, x0 + 6, y0 + 60), fill="#5B3A1E")
            draw.ellipse((x0 - 40, y0 - 70, x0 + 40, y0 + 10), fill=(30, 90 + rng.randrange(60), 30))
        return Image.blend(im, Image.merge("RGB", [_noise(rng, size, 0.7)] * 3), 0.12)
    if kind == "leaves":  # sharp-edged leaves against shade
        g = _noise(rng, size, 2).point(lambda v: 255 if v > 130 else 0)
        return Image.merge("RGB", (g.point(lambda v: v // 4), g.point(lambda v: 60 + v // 2), g.point(lambda v: v // 5)))
    if kind == "gravel":  # pebbles: round blobs that tesseract reads as "e", "o", "এ"
        im = Image.new("RGB", size, "#8A8070")
        draw = ImageDraw.Draw(im)
        for _ in range(3000):
            x, y, r = rng.randrange(w), rng.randrange(h), rng.randrange(2, 9)
            v = rng.randrange(40, 220)
            draw.ellipse((x - r, y - r * 0.7, x + r, y + r * 0.7), fill=(v, max(0, v - 10), max(0, v - 20)))
        return im
    if kind == "facade":  # rows of windows
        im = Image.new("RGB", size, "#C8B89A")
        draw = ImageDraw.Draw(im)
        for top in range(20, h, 70):
            for left in range(20, w, 60):
                draw.rectangle((left, top, left + 30 + rng.randrange(8), top + 40),
                               fill=rng.choice(["#202830", "#405060", "#101010"]))
        return im.filter(ImageFilter.GaussianBlur(0.8))
    if kind == "fence":
        im = Image.new("RGB", size, "#7FA37F")
        draw = ImageDraw.Draw(im)
        for left in range(0, w, 22 + rng.randrange(6)):
            draw.rectangle((left, 80, left + 8, h - 40), fill="#303030")
        draw.rectangle((0, 120, w, 128), fill="#303030")
        draw.rectangle((0, h - 120, w, h - 112), fill="#303030")
        return im
    raise ValueError(f"unknown photo kind {kind!r}")


PHOTO_KINDS = ("gradient", "noise", "foliage", "bricks", "wood", "scene", "leaves", "gravel", "facade", "fence")


def photos(seeds: int = 2) -> list[tuple[str, Image.Image]]:
    return [(f"{k}-{n}", photo(k, n)) for k in PHOTO_KINDS for n in range(seeds)]
