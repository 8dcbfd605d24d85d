"""A scan killed with SIGKILL at any point resumes and ends with the same findings (promise 7)."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import time

from conftest import EVIDTRIAGE, load_findings, make_zip, without_timestamps


def big_tree(root):
    rng = random.Random(7)
    for d in range(20):
        sub = root / f"dir{d:02d}"
        sub.mkdir(parents=True)
        for i in range(60):
            (sub / f"f{i:03d}.bin").write_bytes(rng.randbytes(rng.randint(1, 200_000)))
    (root / "export.zip").write_bytes(make_zip({f"m/{i:04d}.txt": rng.randbytes(3000) for i in range(800)}))
    (root / "dup.bin").write_bytes((root / "dir00" / "f000.bin").read_bytes())


def hashed_count(case):
    with sqlite3.connect(case / "case.sqlite") as db:
        return db.execute("SELECT SUM(hashed), COUNT(*) FROM files").fetchone()


def test_killed_scan_resumes_to_identical_findings(tmp_path, cli):
    src = tmp_path / "src"
    big_tree(src)
    ref = tmp_path / "ref"
    assert cli("triage", src, "--case", ref, "--examiner", "A", "--case-id", "C").exit_code == 0

    case = tmp_path / "case"
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    assert cli("evidence", "add", case, src, "--exhibit", "EX01").exit_code == 0
    kills = 0
    mid_scan = False
    for delay in (0.6, 0.9, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0):
        p = subprocess.Popen([EVIDTRIAGE, "scan", str(case), "--workers", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        if p.poll() is not None:
            break  # finished before the kill
        os.killpg(p.pid, signal.SIGKILL)  # the scan and its workers, as a power cut would
        p.wait()
        kills += 1
        done, total = hashed_count(case)
        mid_scan |= bool(done) and done < total
    assert kills >= 2, "the scan finished too fast to be interrupted"
    assert mid_scan, "no kill landed in the middle of hashing"
    assert cli("scan", case).exit_code == 0
    got = without_timestamps(load_findings(case))
    want = without_timestamps(load_findings(ref))
    assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True)
    assert got["run"]["complete"] is True


def test_report_of_an_unfinished_scan_says_so(tmp_path, cli):
    from evidtriage.case import add_evidence, init_case
    from evidtriage.model import CaseInfo
    from evidtriage.pipeline import walk_stage
    from evidtriage.reports.findings import build_findings

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    store = init_case(str(tmp_path / "case"), CaseInfo("C", "A"))
    add_evidence(store, str(tmp_path / "case"), str(src), "EX01")
    walk_stage(store)  # listed, never hashed: as after a kill during hashing
    f = build_findings(store)
    assert f["files"][0]["status"] == "skipped"
    assert f["files"][0]["reason"].startswith("not examined yet")
    assert f["run"]["complete"] is False
    store.close()
