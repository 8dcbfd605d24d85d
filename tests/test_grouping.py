"""Findings grouped by text (issue 21): identical texts are one finding with every occurrence,
texts that differ only in numbers and entities a template; on a case of many slightly different
copies of the demo phone, every distinct flagged text reaches the HTML and the PDF."""

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import load_findings
from evidtriage.linking.text_groups import group_id, normalised_text, text_groups


def _art(key, text, score=8.0, file="chat.txt", exhibit="EX1", **kw):
    return {"key": key, "kind": "message", "text": text, "score": score, "flagged": score >= 3,
            "exhibit_id": exhibit, "file": file, "hits": [{"rule_id": "r", "start": 0, "end": 3}], **kw}


def test_identical_texts_are_one_finding_with_every_occurrence():
    arts = [_art("a:1", "Free visa, send  PASSPORT", exhibit="EX1", conversation="c1", timestamp="2024-01-01T00:00:00Z"),
            _art("b:1", "free visa, send passport", exhibit="EX2", conversation="c2"),
            _art("c:1", "another text entirely", score=4.0),
            {"key": "d:1", "kind": "message", "text": "free visa, send passport", "hits": [], "score": 0}]
    groups, templates = text_groups(arts, [], {"a:1": ["EX3:copy.txt"]})
    assert [len(g["artifacts"]) for g in groups] == [2, 1]
    g = groups[0]
    assert g["id"] == group_id(normalised_text("free visa, send passport"))
    assert g["exhibits"] == ["EX1", "EX2"] and g["artifacts"] == ["a:1", "b:1"]
    assert g["occurrences"][0]["copies"] == ["EX3:copy.txt"] and g["occurrences"][1]["conversation"] == "c2"
    assert templates == []  # the message without hits is not a finding


def test_texts_differing_in_phone_and_price_are_one_template_with_the_differing_numbers():
    t1 = "Malaysia job, salary 1500 ringgit, call 01712345678"
    t2 = "Malaysia job, salary 1800 ringgit, call 01898765432"
    arts = [_art("a:1", t1), _art("b:1", t2, exhibit="EX2"), _art("c:1", "passport amar kache")]
    ents = [{"type": "phone", "value": "+8801712345678", "occurrences": [{"artifact": "a:1", "start": 36, "end": 47}]},
            {"type": "phone", "value": "+8801898765432", "occurrences": [{"artifact": "b:1", "start": 36, "end": 47}]}]
    groups, templates = text_groups(arts, ents)
    assert len(groups) == 3 and len(templates) == 1
    t = templates[0]
    assert "<phone>" in t["template"] and "#" in t["template"] and "1500" not in t["template"]
    assert sorted(t["groups"]) == sorted(g["id"] for g in groups if g["key"] in ("a:1", "b:1"))
    assert t["differing"] == [{"type": "phone", "values": ["+8801712345678", "+8801898765432"]}]
    assert {g["template"] for g in groups if g["key"] == "c:1"} == {None}


COPIES = 4


@pytest.fixture(scope="module")
def copies_case(tmp_path_factory):
    """A case of several copies of the demo phone, each slightly different (a line added to its
    WhatsApp chat, so each copy's chat is read again and its flagged messages repeat)."""
    from evidtriage.demo import generate_demo_source

    root = tmp_path_factory.mktemp("copies")
    demo = generate_demo_source(root / "demo")
    sources = []
    for i in range(COPIES):
        dst = root / f"PHONE-{i:02d}"
        shutil.copytree(demo, dst, symlinks=True)
        z = dst / "WhatsApp" / "WhatsApp Chat with Rahim Agent.zip"
        with zipfile.ZipFile(z) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        name = "WhatsApp Chat with Rahim Agent.txt"
        members[name] += f"15/03/2024, 10:0{i} - Karim: ok, copy {i}\n".encode()
        with zipfile.ZipFile(z, "w") as zf:
            for n, data in members.items():
                zf.writestr(n, data)
        sources.append(dst)
    case = root / "case"
    from typer.testing import CliRunner

    from evidtriage.cli.main import app

    args = ["triage", *map(str, sources), "--case", str(case), "--examiner", "Test Examiner", "--no-ocr",
            "--timezone", "Asia/Dhaka", "--workers", "2"]
    for i in range(COPIES):
        args += ["--exhibit", f"PHONE-{i:02d}"]
    r = CliRunner().invoke(app, args, catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return case


def test_copies_of_a_phone_give_each_flagged_text_once_with_its_occurrences(copies_case):
    f = load_findings(copies_case)
    with_hits = [a for a in f["artifacts"] if a["hits"]]
    texts = {normalised_text(a["text"]) for a in with_hits}
    assert len(f["groups"]) == len(texts) < len(with_hits)
    assert sorted(k for g in f["groups"] for k in g["artifacts"]) == sorted(a["key"] for a in with_hits)
    # a text in every copy (in the export, and in the app database identical in every copy) names every copy
    repeated = [g for g in f["groups"] if len(g["occurrences"]) >= COPIES]
    assert repeated and all(g["exhibits"] == [f"PHONE-{i:02d}" for i in range(COPIES)] for g in repeated)
    # a file that is the same in every copy is parsed once; its copies are listed with it
    assert any(len(o["copies"]) == COPIES - 1 for g in f["groups"] for o in g["occurrences"])


def test_every_flagged_finding_reaches_the_html_and_the_pdf(copies_case):
    f = load_findings(copies_case)
    flagged = [g["id"] for g in f["groups"] if g["flagged"]]
    assert flagged
    html = (copies_case / "reports" / "report.html").read_text(encoding="utf-8")
    assert all(f'id="{gid}"' in html for gid in flagged)
    assert html.count('<div class="finding"') == len(f["groups"])  # each text once
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(copies_case / "reports" / "report.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        assert all(gid in text for gid in flagged)
    occ = (copies_case / "reports" / "occurrences.csv").read_text(encoding="utf-8-sig")
    assert len(occ.strip().splitlines()) == 1 + sum(len(g["occurrences"]) for g in f["groups"])
