"""Golden snapshots: findings.json and the four CSV files of a fixed small case, byte for byte
(after the parts that honestly vary between runs and machines are masked: run times, the case's
folder, library versions).

A change to what the tool reports shows up here as a diff. When the change is intended, write
the new snapshots with ``UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py`` and
review the diff in ``tests/golden/`` before committing it.
"""

import io
import json
import os
from pathlib import Path

import pytest
from PIL import Image

from conftest import make_zip

GOLDEN = Path(__file__).parent / "golden"
CSVS = ("findings.csv", "messages.csv", "files.csv", "entities.csv")
MASKED_RUN = ("packages", "python", "libmagic", "plugins", "rule_packs", "ocr", "started_utc", "finished_utc")


def _bmp() -> bytes:
    im = Image.new("RGB", (64, 48), "white")
    for x in range(64):
        for y in range(0, 48, 6):
            im.putpixel((x, y), (x * 4 % 256, 40, 120))
    buf = io.BytesIO()
    im.save(buf, "BMP")  # uncompressed: the same bytes from any Pillow
    return buf.getvalue()


def _seized(root: Path) -> Path:
    (root / "Download").mkdir(parents=True)
    chat = ("12/01/2024, 10:02 - Rahim Agent: Malaysia factory job, free visa, no experience needed\n"
            "12/01/2024, 10:07 - Rahim Agent: passport amar kache jama rakhte hobe. advance 50000 taka bKash 01712-345678\n"
            "12/01/2024, 10:09 - Karim: ঠিক আছে ভাই, কাল পাঠাবো\n"
            "12/01/2024, 10:11 - Rahim Agent: IMG-20240112-WA0001.bmp (file attached)\n"
            "13/01/2024, 09:00 - Karim: =HYPERLINK(\"http://x\")\n").encode()
    (root / "WhatsApp Chat with Rahim Agent.zip").write_bytes(
        make_zip({"WhatsApp Chat with Rahim Agent.txt": chat, "IMG-20240112-WA0001.bmp": _bmp()},
                 date_time=(2024, 1, 12, 10, 0, 0)))
    (root / "Download" / "note.txt").write_text("Rahim bhai bKash 01712-345678, Dubai visa 3 lakh\n", encoding="utf-8")
    (root / "Download" / "news.txt").write_text(
        "Awareness: police warn that brokers keep passports and ask for advance fees. Never pay a dalal.\n")
    (root / "Download" / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    return root


def _masked_findings(case: Path) -> str:
    f = json.loads((case / "reports" / "findings.json").read_text(encoding="utf-8"))
    for k in MASKED_RUN:
        f["run"].pop(k, None)
    for k in ("memory_cap", "memory_cap_method"):  # a cgroup v2 where the machine delegates one, else RLIMIT_AS
        f["run"]["workers"][k] = "<masked>"
    f["case"]["created_utc"] = "<masked>"
    for e in f["exhibits"]:
        e["source"], e["added_utc"] = "<source>", "<masked>"
    f["tool"]["version"] = "<masked>"
    return json.dumps(f, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def golden_case(tmp_path_factory):
    from typer.testing import CliRunner

    from evidtriage.cli.main import app

    tmp = tmp_path_factory.mktemp("golden")
    src = _seized(tmp / "src")
    r = CliRunner().invoke(app, ["triage", str(src), "--case", str(tmp / "case"), "--examiner", "Golden",
                                 "--case-id", "GOLD-1", "--exhibit", "PHONE-01", "--timezone", "Asia/Dhaka",
                                 "--no-ocr", "--workers", "1"])
    assert r.exit_code == 0, r.output
    return tmp / "case"


def _check(name: str, actual: str):
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"no snapshot {path}: run with UPDATE_GOLDEN=1 once and review it"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        import difflib

        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"golden/{name}", "this run", n=2))
        pytest.fail(f"{name} differs from its snapshot (UPDATE_GOLDEN=1 if intended):\n{diff[:6000]}")


def test_findings_json_matches_its_snapshot(golden_case):
    _check("findings.json", _masked_findings(golden_case))


@pytest.mark.parametrize("name", CSVS)
def test_csv_matches_its_snapshot(golden_case, name):
    _check(name, (golden_case / "reports" / name).read_text(encoding="utf-8-sig"))
