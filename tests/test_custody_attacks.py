"""Custody against someone who can write the case folder but has not the examiner's key.

One test per attack of the custody issue (A-G, a key slipped into the store, the whole log
re-signed, a rollback), each of which `verify` passed before; and the hand-over between examiners.
"""

import json
import shutil
import sqlite3

import pytest

from conftest import built_case_folder, copy_of_built_case, triage_small_seized, write_tree


@pytest.fixture
def case(tmp_path, cli):
    """A copy of a case triaged once a session (:func:`conftest.copy_of_built_case`) and its
    evidence, which these tests read but never change (the attacks on the evidence use ``own_case``)."""
    case_dir = copy_of_built_case("custody-attacks", lambda folder: triage_small_seized(cli, folder), tmp_path)
    return case_dir, built_case_folder("custody-attacks") / "seized"


@pytest.fixture
def own_case(tmp_path, cli):
    """A case triaged for this test alone, with evidence of its own that the attack changes or moves."""
    return triage_small_seized(cli, tmp_path), tmp_path / "seized"


def entries(case_dir):
    return [json.loads(x) for x in (case_dir / "custody.jsonl").read_text().splitlines()]


def db(case_dir):
    return sqlite3.connect(case_dir / "case.sqlite", isolation_level=None)


def test_a_changed_evidence_with_its_digests_updated_in_the_store(own_case, cli):
    case_dir, src = own_case
    (src / "notes.txt").write_text("planted words")
    import hashlib

    sha = hashlib.sha256(b"planted words").hexdigest()
    db(case_dir).execute("UPDATE files SET sha256 = ?, size = 13 WHERE path = 'notes.txt'", (sha,))
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "evidence EX01:notes.txt has changed" in r.stdout, r


def test_b_changed_evidence_with_its_row_deleted(own_case, cli):
    case_dir, src = own_case
    (src / "notes.txt").write_text("planted words")
    c = db(case_dir)
    c.execute("PRAGMA foreign_keys = OFF")
    c.execute("DELETE FROM files WHERE path = 'notes.txt'")
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "evidence EX01:notes.txt has changed" in r.stdout, r


def test_c_file_planted_in_the_evidence_folder(own_case, cli):
    case_dir, src = own_case
    (src / "DCIM" / "planted.jpg").parent.mkdir(exist_ok=True)
    (src / "DCIM" / "planted.jpg").write_bytes(b"\xff\xd8 not from the phone")
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "evidence EX01:DCIM/planted.jpg was not there at acquisition" in r.stdout, r


def test_links_and_pipes_listed_at_acquisition_are_checked_not_reported(tmp_path, cli):
    import os

    src = write_tree(tmp_path / "seized", n_files=2)
    os.symlink("/proc/self", src / "sdcard-link")
    os.symlink("notes.txt", src / "to-notes")
    os.mkfifo(src / "pipe")
    case_dir = tmp_path / "case"
    assert cli("triage", src, "--case", case_dir, "--examiner", "Insp. Rahman").exit_code == 0
    skipped = (case_dir / "acquisition" / "EX01.skipped").read_text()
    assert "sdcard-link\tsymbolic link to '/proc/self'" in skipped and "pipe\tnamed pipe" in skipped
    r = cli("verify", case_dir)
    assert r.exit_code == 0, r.stdout  # unchanged links and pipes were never content
    os.remove(src / "to-notes")
    os.symlink("/etc/passwd", src / "to-notes")  # re-pointed
    os.symlink("/", src / "new-link")  # planted
    os.remove(src / "pipe")  # gone
    r = cli("verify", case_dir)
    assert r.exit_code == 1
    assert "evidence EX01:to-notes has changed: symbolic link to '/etc/passwd'" in r.stdout, r.stdout
    assert "evidence EX01:new-link was not there at acquisition" in r.stdout, r.stdout
    assert "evidence EX01:pipe is missing" in r.stdout, r.stdout
    # the list of what was not hashed is signed: editing it is caught
    (case_dir / "acquisition" / "EX01.skipped").write_text("")
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "EX01.skipped is not the list that was signed" in r.stdout, r.stdout


def test_d_reports_folder_deleted(case, cli):
    case_dir, _ = case
    shutil.rmtree(case_dir / "reports")
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 1, r
    assert "report file findings.json is missing" in r.stdout and "MANIFEST.sha256 is missing" in r.stdout


def test_d_report_file_added_after_writing(case, cli):
    case_dir, _ = case
    (case_dir / "reports" / "extra-findings.csv").write_text("a,b\n")
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 1 and "report file extra-findings.csv is not in the signed manifest" in r.stdout


def test_e_rollback_is_caught_by_the_anchor_only(case, cli):
    case_dir, _ = case
    r = cli("custody", "anchor", case_dir, "--json")
    assert r.exit_code == 0
    head = json.loads(r.stdout)
    assert head["seq"] == len(entries(case_dir)) and len(head["entry_hash"]) == 64
    keep = head["seq"] - 2
    c = db(case_dir)
    c.execute("DROP TRIGGER custody_no_delete")
    c.execute("DELETE FROM custody WHERE seq > ?", (keep,))
    mirror = case_dir / "custody.jsonl"
    mirror.write_text("".join(line + "\n" for line in mirror.read_text().splitlines()[:keep]))
    shutil.rmtree(case_dir / "reports")  # reports written after the cut would betray it: gone too
    (case_dir / "reports").mkdir()
    r = cli("verify", case_dir, "--no-evidence")
    # nothing inside the folder shows a clean cut: verify says so instead of claiming more
    assert r.exit_code == 0 and "cut back to an earlier entry" in r.stdout and "--anchor" in r.stdout, r
    r = cli("verify", case_dir, "--no-evidence", "--anchor", head["entry_hash"])
    assert r.exit_code == 1 and "is not in the custody log" in r.stdout, r


def test_anchor_found_on_an_intact_log(case, cli):
    case_dir, _ = case
    block = cli("custody", "anchor", case_dir).stdout
    assert "evidtriage custody anchor" in block and "entry hash" in block
    digest = json.loads(cli("custody", "anchor", case_dir, "--json").stdout)["entry_hash"]
    assert digest in block
    r = cli("verify", case_dir, "--anchor", digest)
    assert r.exit_code == 0 and "anchor found: entry" in r.stdout, r
    r = cli("verify", case_dir, "--no-evidence", "--anchor", "not-a-hash")
    assert r.exit_code == 1 and "is not an entry hash" in r.stdout


def test_f_key_inserted_into_the_store_and_a_forged_entry(case, cli, tmp_path, monkeypatch):
    from evidtriage.custody import log
    from evidtriage.custody.keys import new_key, public_pem
    from evidtriage.store import Store

    case_dir, _ = case
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "attacker"))
    forger = new_key("forger")
    with Store.open(case_dir) as store:
        store.conn.execute("INSERT INTO case_keys (fingerprint, name, public_key_pem, added_utc) VALUES (?, ?, ?, ?)",
                           (forger.fingerprint, "forger", public_pem(forger.public), "2024-01-01T00:00:00Z"))
        log.append(store, case_dir, forger, "Insp. Rahman", "evidence added", "EX09",
                   {"source": "/planted", "kind": "folder", "acquisition_digests": {}})
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 1, r
    assert f"holds key {forger.fingerprint}, which no signed entry introduced" in r.stdout
    assert f"signed by a key that no trusted entry introduced ({forger.fingerprint})" in r.stdout


def test_resigned_log_shows_another_fingerprint_and_fails_the_anchor(case, cli, tmp_path, monkeypatch):
    """The whole log re-signed with a new key and a forged warrant number."""
    from evidtriage.custody import log
    from evidtriage.custody.keys import new_key
    from evidtriage.reports.manifest import write_manifest
    from evidtriage.store import Store

    case_dir, _ = case
    original = entries(case_dir)
    real_fp = original[0]["key_fingerprint"]
    anchor = original[-1]["entry_hash"]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "attacker"))
    forger = new_key("forger")
    with Store.open(case_dir) as store:
        for t in ("custody_no_delete", "case_keys_no_delete"):
            store.conn.execute(f"DROP TRIGGER {t}")
        store.conn.execute("DELETE FROM custody")
        store.conn.execute("DELETE FROM case_keys")
        (case_dir / "custody.jsonl").unlink()
        info = store.case_info()
        store.conn.execute("UPDATE case_info SET authority = 'warrant 999/2024'")
        log.append_first(store, case_dir, forger, store.case_info())
        for e in original[2:]:
            details = e["details"]
            if e["action"] == "report written":
                details = {**details, "files": write_manifest(case_dir / "reports", forger)}
            log.append(store, case_dir, forger, info.examiner, e["action"], e["subject"], details)
    r = cli("verify", case_dir)
    assert r.exit_code == 0, r  # consistent in itself: only the fingerprint and the anchor tell
    assert forger.fingerprint in r.stdout and real_fp not in r.stdout
    assert r.stdout.index(forger.fingerprint) < r.stdout.index("verified")  # printed first
    r = cli("verify", case_dir, "--anchor", anchor)
    assert r.exit_code == 1 and "is not in the custody log" in r.stdout


def test_g_moved_evidence_fails_unless_told_where_it_is(own_case, cli, tmp_path):
    case_dir, src = own_case
    moved = tmp_path / "evidence-store" / "PHONE"
    moved.parent.mkdir()
    src.rename(moved)
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "exhibit EX01: its evidence cannot be checked" in r.stdout
    assert "--evidence-root EX01=" in r.stdout
    r = cli("verify", case_dir, "--evidence-root", f"EX01={moved}")
    signed = next(e for e in entries(case_dir) if e["action"] == "evidence added")["details"]["acquisition_digests"]
    assert r.exit_code == 0 and f"{signed['files']} evidence files re-hashed" in r.stdout, r
    r = cli("verify", case_dir, "--evidence-root", f"EX07={moved}")
    assert r.exit_code == 1 and "--evidence-root names exhibit EX07" in r.stdout
    r = cli("verify", case_dir, "--evidence-root", "EX01")
    assert r.exit_code == 2 and "EXHIBIT=PATH" in r.stderr
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 0 and "the evidence was not checked (--no-evidence)" in r.stdout


def test_exhibit_source_changed_in_the_store_is_reported(case, cli, tmp_path):
    case_dir, _ = case
    other = write_tree(tmp_path / "other", n_files=2)
    db(case_dir).execute("UPDATE exhibits SET source = ?", (str(other),))
    r = cli("verify", case_dir)
    assert r.exit_code == 1 and "the case store gives its source as" in r.stdout


# -- examiners ---------------------------------------------------------------------------------

def test_second_officer_is_refused_without_a_handover(case, cli, tmp_path, monkeypatch):
    case_dir, src = case
    before = len(entries(case_dir))
    r = cli("triage", src, "--case", case_dir, "--examiner", "SI Nasrin Akter")
    assert r.exit_code == 2 and "is not an examiner of case" in r.stderr and "case handover" in r.stderr, r
    assert len(entries(case_dir)) == before
    # on another machine, with a key of her own, the same
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nasrin"))
    assert cli("key", "new").exit_code == 0
    r = cli("scan", case_dir, "--examiner", "SI Nasrin Akter")
    assert r.exit_code == 2 and "case handover" in r.stderr
    r = cli("scan", case_dir)
    assert r.exit_code == 2 and "no examiner key of this case is in" in r.stderr
    assert len(entries(case_dir)) == before


def test_handover_then_each_entry_names_who_acted(case, cli, tmp_path, monkeypatch):
    from evidtriage.custody.keys import keys_dir

    case_dir, src = case
    first_config = str(keys_dir().parent.parent)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nasrin"))
    r = cli("key", "new")
    assert r.exit_code == 0
    nasrin_pub = keys_dir() / "examiner.pub"
    nasrin_fp = r.stdout.split("fingerprint ")[1].split()[0]
    monkeypatch.setenv("XDG_CONFIG_HOME", first_config)
    r = cli("case", "handover", case_dir, "--examiner", "SI Nasrin Akter", "--public-key", nasrin_pub)
    assert r.exit_code == 0 and nasrin_fp in r.stdout and "added to the case by Insp. Rahman" in r.stdout, r
    r = cli("case", "handover", case_dir, "--examiner", "Someone Else", "--public-key", nasrin_pub)
    assert r.exit_code == 2 and "already belongs to examiner" in r.stderr
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nasrin"))
    (src / "later.txt").write_text("seized later")  # picked up by a second exhibit below
    later = write_tree(tmp_path / "sdcard", n_files=2)
    r = cli("triage", src, later, "--case", case_dir, "--examiner", "SI Nasrin Akter")
    assert r.exit_code == 0, r
    log = entries(case_dir)
    handed = next(e for e in log if e["action"] == "key added" and e["subject"] == nasrin_fp)
    assert handed["examiner"] == "Insp. Rahman" and handed["details"]["examiner"] == "SI Nasrin Akter"
    after = log[handed["seq"]:]
    assert after and all(e["examiner"] == "SI Nasrin Akter" and e["key_fingerprint"] == nasrin_fp for e in after)
    assert any(e["action"] == "evidence added" for e in after)
    # later.txt was added to the first exhibit after its acquisition: verify names it
    r = cli("verify", case_dir)
    assert "evidence EX01:later.txt was not there at acquisition" in r.stdout
    (src / "later.txt").unlink()
    r = cli("verify", case_dir)
    assert r.exit_code == 0, r
    assert nasrin_fp in r.stdout and "SI Nasrin Akter (handed over by Insp. Rahman" in r.stdout
    assert entries(case_dir)[-1]["examiner"] == "SI Nasrin Akter"


def test_entry_naming_another_examiner_than_its_key_is_reported(case, cli):
    from evidtriage.custody import examiners, log
    from evidtriage.store import Store

    case_dir, _ = case
    with Store.open(case_dir) as store:
        key = examiners.acting_identity(store).key
        log.append(store, case_dir, key, "SI Nasrin Akter", "report written", "reports", {})
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code == 1 and "names examiner 'SI Nasrin Akter', but is signed with the key of 'Insp. Rahman'" in r.stdout
