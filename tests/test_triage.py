"""`evidtriage triage` end to end, as an officer runs it: one command, every file accounted for."""

import json
import os
import sqlite3

import pytest

from conftest import built_case_folder, copy_of_built_case, load_findings, make_zip, tree_state, without_timestamps, write_tree

FILE_KEYS = {"exhibit_id", "path", "size", "md5", "sha1", "sha256", "blake3", "media_type",
             "status", "reason", "score"}


@pytest.fixture
def seized(tmp_path):
    return write_tree(tmp_path / "seized")


def _triage_seized(cli, folder):
    r = cli("triage", write_tree(folder / "seized"), "--case", folder / "case", "--examiner", "A")
    assert r.exit_code == 0, r
    return folder / "case"


@pytest.fixture
def triaged(tmp_path, cli):
    """(case, evidence): a copy of the case of the ``seized`` tree triaged once a session with the
    defaults (:func:`conftest.copy_of_built_case`), for the tests that reopen it; they read the
    evidence and never change it."""
    case = copy_of_built_case("triage-seized", lambda folder: _triage_seized(cli, folder), tmp_path)
    return case, built_case_folder("triage-seized") / "seized"


def test_triage_accounts_for_every_file(seized, tmp_path, cli):
    case = tmp_path / "case"
    os.symlink("/etc/passwd", seized / "link-out")
    (seized / "WhatsApp" / "evil.zip").write_bytes(make_zip({"../../escape.txt": b"x", "ok.txt": b"ok"}))
    r = cli("triage", seized, "--case", case, "--examiner", "Insp. Rahman", "--case-id", "CID-1")
    assert r.exit_code == 0, r
    f = load_findings(case)
    assert f["schema"] == "evidtriage/findings/1"
    assert f["case"]["case_id"] == "CID-1" and f["case"]["examiner"] == "Insp. Rahman"
    assert [e["id"] for e in f["exhibits"]] == ["EX01"]
    paths = {x["path"]: x for x in f["files"]}
    on_disk = {os.path.relpath(os.path.join(d, n), seized) for d, _, ns in os.walk(seized) for n in ns}
    on_disk.discard("link-out")
    assert on_disk <= set(paths)
    assert "WhatsApp/export.zip!/nested.zip!/deep/inner.txt" in paths
    assert all(set(x) == FILE_KEYS for x in f["files"])
    # the first in path order ("W" sorts before "n") is examined, the other is its duplicate
    assert paths["WhatsApp/copy of notes.txt"]["status"] == "parsed"
    assert paths["notes.txt"]["status"] == "duplicate"
    assert paths["notes.txt"]["reason"] == "same content (BLAKE3) as EX01:WhatsApp/copy of notes.txt"
    skips = {(s["path"], s["stage"]): s["reason"] for s in f["skips"]}
    assert "symbolic link" in skips["link-out", "walk"]
    assert "zip-slip" in skips["WhatsApp/evil.zip!/../../escape.txt", "archive"]
    assert f["summary"]["skips"] == len(f["skips"]) == 2
    assert f["run"]["complete"] is True
    texts = {a["file"]: a["text"] for a in f["artifacts"] if a["kind"] == "text"}
    assert texts["WhatsApp/copy of notes.txt"].startswith("পাসপোর্ট জমা রাখতে হবে")  # parsed once, from the first copy
    assert "notes.txt" not in texts
    # hash lists per exhibit, beside findings.json
    assert (case / "reports" / "hashes" / "EX01.sha256").is_file()
    assert "report:" in r.stdout


def _assert_untouched_by_triage(source, tmp_path, cli):
    # old access times, so that any read without O_NOATIME would move them (relatime)
    for d, _, names in os.walk(source):
        for n in names:
            p = os.path.join(d, n)
            if not os.path.islink(p):
                st = os.stat(p)
                os.utime(p, ns=(st.st_mtime_ns - 10**12, st.st_mtime_ns))
    before = tree_state(source)
    atimes = {p: os.stat(source / p).st_atime_ns for p in before
              if (source / p).is_file() and not (source / p).is_symlink()}
    assert cli("triage", source, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    assert cli("report", tmp_path / "case", "--format", "all").exit_code == 0
    assert tree_state(source) == before
    assert {p: os.stat(source / p).st_atime_ns for p in atimes} == atimes


def test_evidence_is_never_modified(seized, tmp_path, cli):
    _assert_untouched_by_triage(seized, tmp_path, cli)


def test_thumbnails_ocr_and_chat_databases_leave_the_evidence_untouched(tmp_path, cli):
    """The demo phone: real photos and screenshots (read again for the report's thumbnails), an
    IMO database (copied for SQLite), a UFDR and zips whose members are read in place."""
    from evidtriage.demo import generate_demo_source

    source = generate_demo_source(tmp_path / "phone")
    _assert_untouched_by_triage(source, tmp_path, cli)
    html = (tmp_path / "case" / "reports" / "report.html").read_text(encoding="utf-8")
    assert "data:image/jpeg;base64," in html  # the thumbnails were made from the evidence


def test_rerun_continues_never_duplicates(triaged, cli):
    case, seized = triaged
    first = without_timestamps(load_findings(case))
    r = cli("triage", seized, "--case", case, "--examiner", "A")
    assert r.exit_code == 0, r
    second = without_timestamps(load_findings(case))
    assert second == first
    assert len(second["exhibits"]) == 1


def test_findings_are_deterministic_across_cases_and_worker_counts(seized, tmp_path, cli):
    a, b = tmp_path / "a", tmp_path / "b"
    assert cli("triage", seized, "--case", a, "--examiner", "A", "--case-id", "C", "--workers", "1").exit_code == 0
    assert cli("triage", seized, "--case", b, "--examiner", "A", "--case-id", "C", "--workers", "2").exit_code == 0
    fa = json.dumps(without_timestamps(load_findings(a)), sort_keys=True)
    fb = json.dumps(without_timestamps(load_findings(b)), sort_keys=True)
    assert fa == fb


def test_step_by_step_commands_equal_triage(seized, tmp_path, cli):
    case = tmp_path / "case"
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A", "--timezone", "Asia/Dhaka").exit_code == 0
    r = cli("evidence", "add", case, seized, "--exhibit", "PHONE-1", "--description", "Samsung A12")
    assert r.exit_code == 0 and "added" in r.stdout
    assert "already in the case" in cli("evidence", "add", case, seized, "--exhibit", "PHONE-1").stdout
    r = cli("scan", case, "--json")
    assert r.exit_code == 0, r
    assert json.loads(r.stdout)["summary"]["files"] > 30
    f = load_findings(case)
    assert f["case"]["timezone"] == "Asia/Dhaka"
    assert f["exhibits"][0]["description"] == "Samsung A12"
    assert {x["exhibit_id"] for x in f["files"]} == {"PHONE-1"}


def test_two_sources_two_exhibits(tmp_path, cli):
    s1 = write_tree(tmp_path / "phone", seed=1, n_files=3)
    s2 = tmp_path / "chat.zip"
    s2.write_bytes(make_zip({"WhatsApp Chat.txt": b"hello"}))
    case = tmp_path / "case"
    r = cli("triage", s1, s2, "--case", case, "--examiner", "A", "--exhibit", "P1", "--exhibit", "Z1")
    assert r.exit_code == 0, r
    f = load_findings(case)
    assert [e["id"] for e in f["exhibits"]] == ["P1", "Z1"]
    z = [x["path"] for x in f["files"] if x["exhibit_id"] == "Z1"]
    assert z == ["chat.zip", "chat.zip!/WhatsApp Chat.txt"]


def test_vanished_and_unreadable_files_are_skips_and_the_run_goes_on(seized, tmp_path, monkeypatch):
    """A file that disappears between listing and reading, and one the OS refuses to read."""
    from evidtriage.case import add_evidence, init_case
    from evidtriage.model import CaseInfo
    from evidtriage.pipeline.stages import ScanOptions, hash_stage, walk_stage
    from evidtriage.reports.findings import build_findings
    from evidtriage.run import open_run
    from evidtriage.intake.sources import reading

    case = tmp_path / "case"
    store = init_case(str(case), CaseInfo("C", "A"))
    add_evidence(store, str(case), str(seized), "EX01")
    walk_stage(store)
    (seized / "notes.txt").unlink()
    real_open = os.open

    def refuse(path, flags, *a, **k):
        if str(path).endswith("IMG_0003.bin"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *a, **k)

    monkeypatch.setattr(reading.os, "open", refuse)
    with open_run(ScanOptions(workers=1)) as run:
        hash_stage(store, run)
    files = {x["path"]: x for x in build_findings(store)["files"]}
    assert files["notes.txt"]["status"] == "skipped"
    assert files["notes.txt"]["reason"] == "vanished: no such file"
    assert files["DCIM/Camera/IMG_0003.bin"]["reason"] == "permission denied"
    assert files["DCIM/Camera/IMG_0004.bin"]["sha256"]
    store.close()


@pytest.mark.parametrize("args,message", [
    (["{src}", "--case", "{case}"], "Missing option '--examiner'"),
    (["/no/such", "--case", "{case}", "--examiner", "A"], "evidence source not found: /no/such"),
    (["{src}", "--case", "{src}/inside", "--examiner", "A"], "is inside the evidence source"),
    (["{src}", "--case", "{case}", "--examiner", "A", "--timezone", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
    (["{src}", "--case", "{case}", "--examiner", "A", "--exhibit", "a", "--exhibit", "b"], "2 --exhibit ids for 1 sources"),
    (["{src}", "--case", "{case}", "--examiner", "A", "--exhibit", "bad id!"], "exhibit id 'bad id!' must be"),
])
def test_triage_user_errors(seized, tmp_path, cli_proc, args, message):
    before = tree_state(seized)
    r = cli_proc("triage", *[a.format(src=seized, case=tmp_path / "case") for a in args])
    assert r.exit_code == 2, r
    assert message in r.stderr and "Traceback" not in r.stderr
    assert tree_state(seized) == before


def test_case_errors(tmp_path, cli_proc):
    r = cli_proc("scan", tmp_path / "nocase")
    assert r.exit_code == 2 and "nocase does not exist: check the path" in r.stderr and "triage" in r.stderr
    case = tmp_path / "case"
    assert cli_proc("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    r = cli_proc("case", "init", case, "--case-id", "C", "--examiner", "A")
    assert r.exit_code == 2 and "a case already exists" in r.stderr
    r = cli_proc("scan", case)
    assert r.exit_code == 2 and "has no evidence yet" in r.stderr
    r = cli_proc("report", case, "--format", "xml")
    assert r.exit_code == 2 and "unknown report format 'xml'" in r.stderr
    r = cli_proc("report", case, "--format", "html,json")  # before any scan: says so, no crash
    assert r.exit_code == 0, r
    assert "The scan is not complete" in (case / "reports" / "report.html").read_text()
    # a case written by a newer evidtriage is refused, not guessed at
    with sqlite3.connect(case / "case.sqlite") as db:
        db.execute("PRAGMA user_version = 999")
    r = cli_proc("scan", case)
    assert r.exit_code == 2 and "written by a newer evidtriage (schema 999" in r.stderr
    # a store that is not a database
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "case.sqlite").write_bytes(b"this is not sqlite" * 100)
    r = cli_proc("scan", bad)
    assert r.exit_code == 2 and "cannot be read" in r.stderr and "Traceback" not in r.stderr


def test_the_run_summary_is_the_summary_in_findings(triaged):
    from evidtriage.case import open_case
    from evidtriage.reports.findings import build_findings, case_summary

    with open_case(str(triaged[0])) as store:
        assert case_summary(store) == build_findings(store)["summary"]


def test_a_case_reopened_after_an_upgrade_says_which_contents_an_older_parser_read(triaged, cli):
    """Each content is examined once: artifacts made by an earlier version of a parser stay, and
    the examiner who reopens the case is told so, with the way to read everything anew."""
    case, seized = triaged
    with sqlite3.connect(case / "case.sqlite") as con:
        parser, = con.execute("SELECT parser FROM artifacts ORDER BY parser LIMIT 1").fetchone()
        contents, = con.execute("SELECT count(DISTINCT blake3) FROM artifacts WHERE parser = ?", (parser,)).fetchone()
        con.execute("UPDATE artifacts SET parser_version = '0.9.0' WHERE parser = ?", (parser,))
    r = cli("triage", seized, "--case", case, "--examiner", "A")
    assert r.exit_code == 0, r
    assert f"{contents} by {parser} 0.9.0 (this run has " in r.stderr
    assert "triage the evidence into a new case folder" in r.stderr
    findings = load_findings(case)
    assert {a["parser_version"] for a in findings["artifacts"] if a.get("parser") == parser} == {"0.9.0"}


def test_a_case_read_by_todays_parsers_has_no_such_notice(triaged, cli):
    case, seized = triaged
    r = cli("triage", seized, "--case", case, "--examiner", "A")
    assert r.exit_code == 0 and "another parser version" not in r.stderr
