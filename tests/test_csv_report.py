"""CSV reports open safely in a spreadsheet and show Bengali."""

import csv
import io

import pytest

from evidtriage.reports.csv_report import neutralise, render_rows, tables

from conftest import write_tree


@pytest.mark.parametrize("value,cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+8801712345678", "'+8801712345678"),
    ("-1+2", "'-1+2"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\r=1", "'\r=1"),
    ("পাসপোর্ট জমা", "পাসপোর্ট জমা"),
    (-5, "-5"),
    (None, ""),
])
def test_formula_injection_is_neutralised(value, cell):
    assert neutralise(value) == cell


def test_utf8_bom_and_round_trip():
    data = render_rows(["text"], [["দালাল =1"], ["=cmd|' /C calc'!A0"]])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["text"], ["দালাল =1"], ["'=cmd|' /C calc'!A0"]]


def test_report_writes_four_csvs(tmp_path, cli):
    src = write_tree(tmp_path / "src", n_files=2)
    (src / "=evil,name.txt").write_text("x")
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    r = cli("report", tmp_path / "case", "--format", "csv")
    assert r.exit_code == 0, r
    out = tmp_path / "case" / "reports"
    for name in ("findings", "messages", "files", "entities"):
        assert (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO((out / "files.csv").read_text("utf-8-sig"))))
    paths = {r["path"] for r in rows}
    assert "'=evil,name.txt" in paths and "বাংলা নাম.txt" in paths


def test_tables_rank_hits_by_score():
    findings = {"artifacts": [
        {"key": "a1", "kind": "message", "file": "f", "score": 2.0, "text": "t", "hits": [{"rule_id": "r1", "start": 0, "end": 1}]},
        {"key": "a2", "kind": "text", "file": "g", "score": 9.0, "flagged": True, "text": "u", "hits": [{"rule_id": "r2", "start": 0, "end": 1}]},
    ]}
    header, rows = tables(findings)["findings"]
    assert [r[2] for r in rows] == ["r2", "r1"]
    # flagged items are told from weak mentions (below the review line)
    assert header[1] == "review" and [r[1] for r in rows] == ["flagged", "weak mention"]
    assert len(list(tables(findings)["messages"][1])) == 1
