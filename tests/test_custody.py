"""Chain of custody: signed, hash-chained log; signed manifest; verify names every tampering."""

import json
import os
import sqlite3
import stat
import subprocess

import pytest

from conftest import built_case_folder, copy_of_built_case, triage_small_seized


def triage_seized(cli, folder):
    return triage_small_seized(cli, folder, link_to_export=True)  # the link is listed as not hashed


@pytest.fixture
def case(tmp_path, cli):
    """A copy of a case triaged once a session (:func:`conftest.copy_of_built_case`) and its
    evidence, which the tests read but never change (those that change it use ``own_case``)."""
    case_dir = copy_of_built_case("custody", lambda folder: triage_seized(cli, folder), tmp_path)
    return case_dir, built_case_folder("custody") / "seized"


@pytest.fixture
def own_case(tmp_path, cli):
    """A case triaged for this test alone, with evidence of its own that the test may change."""
    return triage_seized(cli, tmp_path), tmp_path / "seized"


def verify(cli, case_dir, *args):
    return cli("verify", case_dir, *args)


def test_log_has_every_action_and_verifies(case, cli):
    case_dir, _ = case
    entries = [json.loads(x) for x in (case_dir / "custody.jsonl").read_text().splitlines()]
    actions = [e["action"] for e in entries]
    assert actions[:3] == ["case created", "key added", "evidence added"]
    assert "scan started" in actions and "scan finished" in actions and actions[-1] == "report written"
    added = next(e for e in entries if e["action"] == "evidence added")["details"]
    assert len(added["acquisition_digests"]["manifest_sha256"]) == 64
    written = entries[-1]["details"]["files"]
    assert "findings.json" in written and "report.html" in written
    r = verify(cli, case_dir)
    assert r.exit_code == 0 and "verified:" in r.stdout, r
    assert json.loads((case_dir / "custody.jsonl").read_text().splitlines()[-1])["action"] == "verification run"


def test_private_key_is_private(case):
    from evidtriage.custody.keys import keys_dir

    keys = list(keys_dir().glob("*.key"))
    assert keys and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in keys)


def test_store_refuses_to_alter_or_delete_entries(case):
    case_dir, _ = case
    db = sqlite3.connect(case_dir / "case.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE custody SET subject = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM custody WHERE seq = 2")


def test_changed_byte_in_the_mirror_is_reported(case, cli):
    case_dir, _ = case
    p = case_dir / "custody.jsonl"
    p.write_text(p.read_text().replace("Insp. Rahman", "Insp. Rahmax", 1))
    r = verify(cli, case_dir, "--no-evidence")
    assert r.exit_code == 1 and "custody.jsonl entry 1" in r.stdout


def test_altered_entry_in_the_store_is_reported(case, cli):
    case_dir, _ = case
    db = sqlite3.connect(case_dir / "case.sqlite")
    db.execute("DROP TRIGGER custody_no_update")  # what a determined tamperer would do
    db.execute("UPDATE custody SET subject = 'other exhibit' WHERE seq = 3")
    db.commit()
    r = verify(cli, case_dir, "--no-evidence")
    assert r.exit_code == 1 and "custody entry 3 (evidence added): entry hash does not match" in r.stdout


def test_deleted_entry_and_bad_signature_are_reported(case, cli):
    case_dir, _ = case
    db = sqlite3.connect(case_dir / "case.sqlite")
    db.execute("DROP TRIGGER custody_no_delete")
    db.execute("DROP TRIGGER custody_no_update")
    db.execute("DELETE FROM custody WHERE seq = 2")
    sig = db.execute("SELECT signature FROM custody WHERE seq = 4").fetchone()[0]
    db.execute("UPDATE custody SET signature = ? WHERE seq = 4", (("0" if sig[0] != "0" else "1") + sig[1:],))
    db.commit()
    r = verify(cli, case_dir, "--no-evidence")
    assert r.exit_code == 1
    assert "out of sequence" in r.stdout and "custody entry 4" in r.stdout and "signature does not verify" in r.stdout


def test_changed_report_and_manifest_are_reported(case, cli):
    case_dir, _ = case
    reports = case_dir / "reports"
    f = reports / "findings.json"
    f.write_bytes(f.read_bytes().replace(b"Insp. Rahman", b"Insp. Rahmax"))
    r = verify(cli, case_dir, "--no-evidence")
    assert r.exit_code == 1 and "report file findings.json has changed" in r.stdout
    m = reports / "MANIFEST.sha256"
    lines = m.read_text().splitlines()
    lines[0] = "0" * 64 + lines[0][64:]
    m.write_text("\n".join(lines) + "\n")
    r = verify(cli, case_dir, "--no-evidence")
    assert "signature does not verify" in r.stdout


def test_changed_evidence_is_reported_by_file(own_case, cli):
    case_dir, src = own_case
    (src / "notes.txt").write_text("altered")
    r = verify(cli, case_dir)
    assert r.exit_code == 1 and "evidence EX01:notes.txt has changed" in r.stdout
    os.remove(src / "export.zip")
    r = verify(cli, case_dir)
    assert "evidence EX01:export.zip is missing (listed at acquisition)" in r.stdout


def test_third_party_check_with_sha256sum_and_openssl(case):
    """The commands of docs/custody.md, run as written."""
    reports = case[0] / "reports"
    subprocess.run(["sha256sum", "-c", "--quiet", "MANIFEST.sha256"], cwd=reports, check=True)
    r = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "MANIFEST.sha256.pub", "-rawin",
                        "-in", "MANIFEST.sha256", "-sigfile", "MANIFEST.sha256.sig"], cwd=reports,
                       capture_output=True, text=True)
    assert "Signature Verified Successfully" in r.stdout
    fp = subprocess.run("openssl pkey -pubin -in MANIFEST.sha256.pub -outform DER | tail -c 32 | sha256sum",
                        shell=True, cwd=reports, capture_output=True, text=True).stdout.split()[0]
    entries = [json.loads(x) for x in (case[0] / "custody.jsonl").read_text().splitlines()]
    assert fp == entries[1]["details"]["fingerprint"]


def test_passphrase_protected_key(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("EVIDTRIAGE_KEY_PASSPHRASE", "correct horse")
    r = cli("key", "new", "--name", "locked", "--passphrase")
    assert r.exit_code == 0 and "fingerprint" in r.stdout
    from evidtriage.custody.keys import load_key

    assert load_key("locked").fingerprint
    monkeypatch.setenv("EVIDTRIAGE_KEY_PASSPHRASE", "wrong")
    r = cli("key", "new", "--name", "locked")
    assert r.exit_code == 2 and "already exists" in r.stderr
    from evidtriage.custody.keys import KeyError_

    with pytest.raises(KeyError_, match="wrong passphrase"):
        load_key("locked")
    monkeypatch.delenv("EVIDTRIAGE_KEY_PASSPHRASE")
    with pytest.raises(KeyError_, match="passphrase-protected"):
        load_key("locked")


def test_missing_key_is_one_line(case, cli, monkeypatch, tmp_path):
    case_dir, _ = case
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    r = cli("report", case_dir, "--format", "json")
    assert r.exit_code == 2 and "examiner key of this case" in r.stderr


def test_case_uco_export_validates(case, cli):
    """The CASE/UCO export passes plain case_validate (BLAKE3 declared as the ontology allows)."""
    import shutil
    import sys

    case_dir, _ = case
    assert cli("report", case_dir, "--format", "case-uco").exit_code == 0
    out = case_dir / "reports" / "case-uco.jsonld"
    graph = json.loads(out.read_text())["@graph"]
    types = {n["@type"] for n in graph}
    assert {"case-investigation:Investigation", "case-investigation:ProvenanceRecord", "uco-observable:File",
            "case-investigation:InvestigativeAction"} <= types
    validate = shutil.which("case_validate") or str(__import__("pathlib").Path(sys.executable).parent / "case_validate")
    r = subprocess.run([validate, str(out)], capture_output=True, text=True)
    assert r.returncode == 0 and "Conforms: True" in r.stdout, r.stdout[-2000:]


def _doc_blocks(lang: str) -> list[str]:
    import re
    from pathlib import Path

    text = (Path(__file__).parent.parent / "docs" / "custody.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.S)


def test_docs_custody_manual_check_step_by_step(own_case, tmp_path):
    """Every check of docs/custody.md, run as written (sha256sum, openssl, grep and the Python
    snippet), against a real case: the listing is the signed one, the evidence matches it, every
    entry's signature verifies with the key its log trusts, and the anchor is found."""
    case_dir, src = own_case
    entries = [json.loads(x) for x in (case_dir / "custody.jsonl").read_text().splitlines()]
    (python_block,) = _doc_blocks("python")
    work = tmp_path / "manual"
    work.mkdir()
    code = python_block.replace("DIR/", f"{case_dir}/")
    r = subprocess.run(["python3", "-c", code], cwd=work, capture_output=True, text=True)
    assert r.returncode == 0 and "chain intact" in r.stdout, r.stderr
    pem = work / "key.pem"
    pem.write_text(entries[0]["details"]["public_key_pem"])
    for n in range(1, len(entries) + 1):
        v = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin",
                            "-in", f"entry{n}.bin", "-sigfile", f"entry{n}.sig"], cwd=work, capture_output=True, text=True)
        assert "Signature Verified Successfully" in v.stdout, (n, v.stdout, v.stderr)
    added = next(e for e in entries if e["action"] == "evidence added")["details"]["acquisition_digests"]
    listing = case_dir / added["listing_file"]
    assert subprocess.run(["sha256sum", listing], capture_output=True, text=True).stdout.split()[0] == added["manifest_sha256"]
    subprocess.run(["sha256sum", "-c", "--quiet", listing], cwd=src, check=True)
    skipped = case_dir / added["skipped_file"]
    assert subprocess.run(["sha256sum", skipped], capture_output=True, text=True).stdout.split()[0] == added["skipped_sha256"]
    found = subprocess.run(["find", ".", "!", "-type", "f", "!", "-type", "d", "-printf", "%P\t%l\n"], cwd=src,
                           capture_output=True, text=True, check=True).stdout
    assert sorted(ln.split("\t")[0] for ln in found.splitlines()) == sorted(
        ln.split("\t")[0] for ln in skipped.read_text().splitlines())
    subprocess.run(["sha256sum", "-c", "--quiet", case_dir / "reports" / "hashes" / "EX01.sha256"], cwd=src, check=True)
    head = entries[-1]["entry_hash"]
    grep = subprocess.run(["grep", "-c", f'"entry_hash": "{head}"', case_dir / "custody.jsonl"], capture_output=True, text=True)
    assert grep.stdout.strip() == "1"
    (src / "notes.txt").write_text("altered")
    assert subprocess.run(["sha256sum", "-c", "--quiet", listing], cwd=src, capture_output=True).returncode != 0


_APPENDER = """
import sys
from evidtriage.case import open_case, recorder
store = open_case(sys.argv[1])
record = recorder(store, sys.argv[1], "Insp. Rahman")
sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()  # start together
for i in range(40):
    record("note", f"{sys.argv[2]}-{i}", {"i": i})
"""


def test_two_processes_appending_at_once_keep_one_chain(case, cli):
    """A scan and the review page (or two examiners) write to one case at the same moment: every
    entry gets its own place in the chain, in the store and the mirror alike, and it verifies."""
    import sys

    case_dir, _ = case
    before = len((case_dir / "custody.jsonl").read_text().splitlines())
    procs = [subprocess.Popen([sys.executable, "-c", _APPENDER, str(case_dir), name], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for p in procs:
        assert p.stdout.readline() == "ready\n", p.stderr.read()
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    entries = [json.loads(x) for x in (case_dir / "custody.jsonl").read_text().splitlines()]
    assert len(entries) == before + 80
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert {e["subject"] for e in entries[before:]} == {f"{n}-{i}" for n in "ab" for i in range(40)}
    r = verify(cli, case_dir)
    assert r.exit_code == 0, r.output
