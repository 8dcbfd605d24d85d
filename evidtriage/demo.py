"""A small synthetic seized-device folder for `evidtriage demo`.

Everything here is invented: no real people, numbers or accounts. It shows what the tool does
on a folder like an officer's: a phone's camera roll, a WhatsApp export zip, duplicates, a
damaged archive and a link, each accounted for in the findings.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

CHAT = """\
12/01/2024, 10:02 - Rahim Agent: Malaysia factory job, free visa, no experience needed
12/01/2024, 10:05 - Karim: ki korte hobe bhai?
12/01/2024, 10:07 - Rahim Agent: passport amar kache jama rakhte hobe. advance 50000 taka bKash korben 01712-345678
12/01/2024, 10:09 - Karim: ঠিক আছে ভাই, কাল পাঠাবো
"""


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def generate_demo_source(root: Path, seed: int = 2024) -> Path:
    """Write the demo evidence folder at ``root`` (which must not exist yet)."""
    rng = random.Random(seed)
    root.mkdir(parents=True)
    camera = root / "DCIM" / "Camera"
    camera.mkdir(parents=True)
    jpeg_head = bytes.fromhex("ffd8ffe000104a46494600010100000100010000")
    for i in range(12):
        (camera / f"IMG_2024011{i % 10}_{i:04d}.jpg").write_bytes(jpeg_head + rng.randbytes(rng.randint(2000, 40000)))
    chat = CHAT.encode("utf-8")
    (root / "WhatsApp").mkdir()
    (root / "WhatsApp" / "WhatsApp Chat with Rahim Agent.zip").write_bytes(_zip({
        "WhatsApp Chat with Rahim Agent.txt": chat,
        "IMG-20240112-WA0001.jpg": (camera / "IMG_20240110_0000.jpg").read_bytes(),
    }))
    (root / "Download").mkdir()
    (root / "Download" / "job_offer_copy.txt").write_bytes(chat)
    damaged = _zip({"contract.pdf": rng.randbytes(5000)})
    (root / "Download" / "damaged.zip").write_bytes(damaged[: len(damaged) // 2])  # cut short
    (root / "Download" / "suspicious.zip").write_bytes(_zip({"../../outside.txt": b"zip-slip"}))
    (root / "notes.txt").write_text("দালাল বলেছে পাসপোর্ট জমা দিতে হবে\n", encoding="utf-8")
    try:
        (root / "sdcard-link").symlink_to("/proc/self")
    except OSError:
        pass
    return root
