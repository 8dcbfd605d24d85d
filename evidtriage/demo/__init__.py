"""A synthetic seized-phone folder for `evidtriage demo`.

Everything here is invented: no real people, numbers or accounts (numbers are valid-looking but
made up). It shows what the tool does on a folder like an officer's: a WhatsApp export with a
recruiter's messages in Banglish, Bengali and English, a family chat, the same story in every
other chat format the tool reads (Telegram, Messenger, SMS backup, IMO, a Cellebrite UFDR; see
``demo.exports``), the apps' own databases of a full-file-system extraction telling the same story
(WhatsApp ``msgstore.db``, Android ``mmssms.db``; see ``demo.ffs``), a screenshot with Bengali
and English text, camera photos with GPS around Dhaka, Kuala Lumpur and Dubai, an ad picture
reposted resized and captioned, a forwarded news warning, a file in a known-bad hash set, and a
few damaged or hostile files, each accounted for.
"""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from pathlib import Path

RECRUITER_CHAT = """\
12/01/2024, 10:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
12/01/2024, 10:02 - Rahim Agent: Malaysia factory job, free visa, no experience needed. salary RM 1800
12/01/2024, 10:05 - Karim: ki korte hobe bhai?
12/01/2024, 10:07 - Rahim Agent: passport amar kache jama rakhte hobe. advance 50000 taka amar personal bKash e pathan 01712-345678
12/01/2024, 10:09 - Karim: ঠিক আছে ভাই, কাল পাঠাবো
12/01/2024, 10:11 - Rahim Agent: IMG-20240112-WA0001.jpg (file attached)
ei dekhen company r visa
12/01/2024, 10:12 - Rahim Agent: kauke bolba na, BMET smart card lagbe na
03/03/2024, 22:40 - Karim: bhai malik passport niye nise, 3 mash beton dey na
03/03/2024, 22:41 - Karim: ghore atke rakhse, baire jete dey na
03/03/2024, 22:45 - Rahim Agent: aro 1 lakh taka dile passport ferot dibe. beshi bolle police e dhoriye dibo
"""

FAMILY_CHAT = """\
[14/02/2024, 19:02:11] Ammu: বাবা কেমন আছো? খাওয়া দাওয়া ঠিক মতো করছো?
[14/02/2024, 19:03:40] Karim: ভালো আছি আম্মু, চিন্তা করো না
[14/02/2024, 19:05:02] Ammu: ঈদে বাড়ি আসবা? সবাই অপেক্ষা করছে
"""

NEWS = """সতর্ক থাকুন: বিদেশে চাকরির প্রলোভন দেখিয়ে দালালরা পাসপোর্ট জমা রাখতে বলে এবং অগ্রিম টাকা চায়।
প্রতারণা থেকে বাঁচতে প্রবাসী কল্যাণ হটলাইন ১৬১৩৫ নম্বরে যোগাযোগ করুন। র‍্যাব দুজনকে গ্রেপ্তার করেছে।
"""


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _scene(rng: random.Random, size=(800, 600)):
    from PIL import Image, ImageDraw

    im = Image.new("RGB", size, tuple(rng.randrange(60, 200) for _ in range(3)))
    d = ImageDraw.Draw(im)
    for _ in range(14):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        d.ellipse((x, y, x + rng.randrange(40, 260), y + rng.randrange(40, 200)),
                  fill=tuple(rng.randrange(256) for _ in range(3)))
    return im


def _photo(path: Path, rng: random.Random, lat: float, lon: float, when: str) -> None:
    from PIL import Image
    from PIL.TiffImagePlugin import IFDRational

    def dms(v: float):
        v = abs(v)
        d = int(v)
        m = int((v - d) * 60)
        return (IFDRational(d, 1), IFDRational(m, 1), IFDRational(round(((v - d) * 60 - m) * 6000), 100))

    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "samsung", "SM-A125F"
    exif.get_ifd(0x8769)[0x9003] = when
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = ("N" if lat >= 0 else "S"), dms(lat), ("E" if lon >= 0 else "W"), dms(lon)
    _scene(rng).save(path, "JPEG", exif=exif, quality=88)


AD_SCREENSHOT = [("bn", "সৌদিতে বেতন ১৫০০ রিয়াল"), ("en", "free visa, no experience needed"),
                 ("bn", "অগ্রিম টাকা বিকাশে পাঠান"), ("en", "leave your passport with me"), ("en", "bKash 01712-345678")]
PAYMENT_SCREENSHOT = [("bn", "সেন্ড মানি সফল হয়েছে"), ("en", "Send Money successful"), ("en", "Tk 50,000.00 to 01712345678"),
                      ("en", "TrxID 8N7A6D5F4C"), ("bn", "ধন্যবাদ")]


def _screenshot(path: Path, lines=AD_SCREENSHOT, dark: bool = True) -> bool:
    """A phone screenshot with Bengali (shaped by Raqm through Pillow) and English text."""
    from PIL import Image, ImageDraw, ImageFont

    try:
        fonts = {"bn": ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf", 40),
                 "en": ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)}
    except OSError:
        return False  # fonts-noto-core is installed by `make demo`; without it, no screenshot
    im = Image.new("RGB", (1080, 860), (18, 18, 18) if dark else (250, 250, 250))
    d = ImageDraw.Draw(im)
    for i, (lang, text) in enumerate(lines):
        d.text((40, 60 + i * 120), text, font=fonts[lang], fill=(235, 235, 235) if dark else (20, 20, 20))
    im.save(path)
    return True


def generate_demo_source(root: Path, seed: int = 2024) -> Path:
    """Write the demo evidence folder at ``root`` (which must not exist yet); also writes a
    known-bad hash list beside it (``root.parent / 'known-bad.txt'``)."""
    from PIL import ImageDraw

    rng = random.Random(seed)
    root.mkdir(parents=True)
    camera = root / "DCIM" / "Camera"
    camera.mkdir(parents=True)
    for i, (lat, lon, when) in enumerate([(23.8103, 90.4125, "2024:01:10 09:12:00"), (23.7806, 90.2794, "2024:01:11 17:40:00"),
                                          (3.1390, 101.6869, "2024:02:20 11:05:00"), (25.2048, 55.2708, "2024:03:01 20:15:00")]):
        _photo(camera / f"IMG_2024{i:04d}.jpg", rng, lat, lon, when)
    ad = _scene(random.Random(99), (720, 720))
    ad_buf = io.BytesIO()
    ad.save(ad_buf, "JPEG", quality=90)
    whatsapp = root / "WhatsApp"
    (whatsapp / "Media").mkdir(parents=True)
    (whatsapp / "WhatsApp Chat with Rahim Agent.zip").write_bytes(_zip({
        "WhatsApp Chat with Rahim Agent.txt": RECRUITER_CHAT.encode("utf-8"),
        "IMG-20240112-WA0001.jpg": ad_buf.getvalue(),
    }))
    (whatsapp / "WhatsApp Chat - Ammu.zip").write_bytes(_zip({"_chat.txt": FAMILY_CHAT.encode("utf-8")}))
    reposted = ad.resize((360, 360))
    reposted.save(whatsapp / "Media" / "IMG-20240301-WA0007.jpg", quality=45)
    captioned = ad.copy()
    ImageDraw.Draw(captioned).text((20, 680), "Malaysia job 01712345678", fill=(255, 255, 255))
    captioned.save(root / "DCIM" / "Screenshots_ad.png")
    screenshots = root / "Pictures" / "Screenshots"
    screenshots.mkdir(parents=True)
    _screenshot(screenshots / "Screenshot_20240115-212233.png")
    _screenshot(screenshots / "Screenshot_20240112-163210_bKash.png", PAYMENT_SCREENSHOT, dark=False)
    (root / "Download").mkdir()
    (root / "Download" / "forwarded_warning.txt").write_text(NEWS, encoding="utf-8")
    damaged = _zip({"contract.pdf": rng.randbytes(5000)})
    (root / "Download" / "damaged.zip").write_bytes(damaged[: len(damaged) // 2])  # cut short
    (root / "Download" / "suspicious.zip").write_bytes(_zip({"../../outside.txt": b"zip-slip"}))
    photo = (camera / "IMG_20240000.jpg").read_bytes()
    (root / "Download" / "broken_photo.jpg").write_bytes(photo[: len(photo) // 2])
    flagged = b"synthetic stand-in for a file listed in a known-bad hash set"
    (root / "Download" / "received_file.bin").write_bytes(flagged)
    (root.parent / "known-bad.txt").write_text(hashlib.sha256(flagged).hexdigest() + "\n")
    from .exports import write_exports

    write_exports(root, ad_buf.getvalue())
    from .ffs import write_ffs

    write_ffs(root, ad_buf.getvalue())
    try:
        (root / "sdcard-link").symlink_to("/proc/self")
    except OSError:
        pass
    return root


def run_demo(target: Path, workers: int = 0, progress=None, notice=print) -> tuple[dict, list[dict]]:
    """Generate the demo evidence under ``target`` (once; kept on later runs), import its
    known-bad set, and triage it into ``target/case``. Returns the triage summary and the eight
    highest-scoring items. Safe to run again: the case continues, nothing is added twice."""
    from ..case import open_case
    from ..linking.hashsets import import_hashset
    from ..pipeline.stages import ScanOptions
    from ..reports.findings import build_findings, with_hits
    from ..store import HashSetLibrary
    from ..pipeline.triage import TriageRequest, triage

    evidence = target / "evidence"
    library = target / "hashsets.sqlite"
    if not evidence.exists():
        generate_demo_source(evidence)
        notice(f"demo evidence written to {evidence}")
    with HashSetLibrary(library) as lib:
        if not lib.sets():
            import_hashset(lib, target / "known-bad.txt", "hashlist", "known-bad", "demo known-bad set")
    request = TriageRequest(sources=(str(evidence),), case_dir=str(target / "case"),
                            examiner="Demo Examiner", case_id="DEMO-2024-001",
                            exhibits=("PHONE-01",), timezone="Asia/Dhaka",
                            options=ScanOptions(workers=workers, hashsets=str(library)))
    result = triage(request, progress or (lambda _: None))
    with open_case(str(target / "case")) as store:
        found = with_hits(build_findings(store)["artifacts"])  # artifacts are read from the store: inside
    top = sorted(found, key=lambda a: -a["score"])[:8]
    return result, top
