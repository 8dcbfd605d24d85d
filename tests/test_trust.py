"""Issue 17: every line of a report can be trusted. Each test here failed before its fix."""

import csv
import json
import sqlite3

from conftest import load_findings


def _sqlite(path, table="messages"):
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {table} (_id INTEGER PRIMARY KEY, data TEXT)")
    conn.execute(f"INSERT INTO {table} (data) VALUES ('passport jama')")
    conn.commit()
    conn.close()


# -- item 9: a file no parser read is "not examined", with its reason, never "parsed" ----------

def test_a_file_no_parser_read_is_not_examined_with_its_format_named(tmp_path, cli):
    src = tmp_path / "phone"
    _sqlite(src / "Android/data/com.whatsapp/databases/msgstore.db")
    _sqlite(src / "misc/notes.db", "notes")
    (src / "blob.bin").write_bytes(bytes(range(256)) * 40)
    (src / "note.txt").write_text("hello there\n")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r.output
    f = load_findings(case)
    by_path = {x["path"]: x for x in f["files"]}
    wa = by_path["Android/data/com.whatsapp/databases/msgstore.db"]
    assert wa["status"] == "not examined"
    assert wa["reason"].startswith("no parser for this format: SQLite database (com.whatsapp msgstore.db")
    assert by_path["misc/notes.db"]["status"] == "not examined"
    assert by_path["misc/notes.db"]["reason"] == "no parser for this format: SQLite database (notes.db)"
    assert by_path["blob.bin"]["status"] == "not examined"
    assert by_path["note.txt"]["status"] == "parsed"
    # no path still says "parsed" for a file that nothing read
    assert not [x for x in f["files"] if x["status"] == "parsed" and "no parser" in x["reason"]]
    assert f["summary"]["by_status"]["not examined"] == 3
    assert by_path["blob.bin"]["reason"].startswith("no parser for this format: ")
    groups = {g["reason"]: g["files"] for g in f["summary"]["not_examined"]}
    assert groups["no parser for this format: SQLite database (notes.db)"] == 1
    # the end-of-run summary lists them by reason, and does not say all was examined
    assert "not examined (3), by reason:" in r.stdout
    assert "com.whatsapp msgstore.db" in r.stdout
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    assert "Every file was examined" not in html
    assert "no parser for this format: SQLite database (notes.db)" in html
    rows = list(csv.reader((case / "reports" / "not_examined.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["files", "status", "reason"]
    assert ["1", "not examined", "no parser for this format: SQLite database (notes.db)"] in rows


def test_every_file_examined_is_said_only_when_true(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text("hello there\n")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r.output
    assert "every file was examined" in r.stdout
    assert "Every file was examined" in (case / "reports" / "report.html").read_text(encoding="utf-8")
