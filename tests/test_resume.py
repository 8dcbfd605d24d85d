"""A scan killed with SIGKILL at any point resumes and ends with the same findings (promise 7)."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import time

import pytest

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


def _progress(case):
    """(files hashed, files listed) while a scan writes, (0, 0) when the store is busy."""
    try:
        done, total = hashed_count(case)
    except sqlite3.OperationalError:
        return 0, 0
    return done or 0, total or 0


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
    # the first run is killed as soon as hashing is seen under way (however loaded the machine),
    # the later ones after growing delays: wherever they land, the resumed scan must agree
    for delay in (None, 0.6, 0.9, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0):
        p = subprocess.Popen([EVIDTRIAGE, "scan", str(case), "--workers", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        if delay is None:
            deadline = time.monotonic() + 300
            while p.poll() is None and time.monotonic() < deadline:
                done, total = _progress(case)
                if done and done < total:
                    break
                time.sleep(0.01)
        else:
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
    from evidtriage.pipeline.stages import walk_stage
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


def test_an_interrupted_match_stage_resumes_and_matches_each_text_once(tmp_path, cli, monkeypatch):
    from evidtriage.pipeline import stages as pipeline
    from evidtriage.store import Store

    src = tmp_path / "src"
    src.mkdir()
    lines = [f"12/03/2024, 10:{i % 60:02d} - Rahim Agent: " + ("free visa, passport amar kache, call 01712345678"
                                                              if i % 7 == 0 else f"ok bhai {i}") for i in range(3000)]
    (src / "WhatsApp Chat with Rahim Agent.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    store = Store.open(case)

    def matched():
        return (store.conn.execute("SELECT count(*), sum(score) FROM matched").fetchone(),
                sorted(store.conn.execute("SELECT artifact_key, rule_id, start FROM hits").fetchall()),
                sorted(store.conn.execute("SELECT artifact_key, type, value FROM entity_occurrences").fetchall()),
                store.conn.execute("SELECT count(*) FROM texts").fetchone())

    whole = matched()
    assert whole[0][0] >= 3000 and whole[1] and whole[2]
    monkeypatch.setattr(pipeline, "MATCH_BATCH", 100)  # many rounds of reading from the store
    store.reset_matches("again")

    class Stop(Exception):
        pass

    def stop_at_a_third(p):
        if p.files_done >= whole[0][0] // 3:
            raise Stop

    from evidtriage.run import open_run

    with open_run(pipeline.ScanOptions(workers=2)) as run:
        with pytest.raises(Stop):
            pipeline.match_stage(store, run, stop_at_a_third)
        left = store.count_to_match()
        assert 0 < left < whole[0][0]
        assert pipeline.match_stage(store, run) == left
    assert store.count_to_match() == 0 and matched() == whole


def test_a_case_matched_by_another_engine_is_matched_again(tmp_path, cli, monkeypatch):
    """A new version of the matcher or the entity extractors (not only new packs) matches a reopened
    case again: the findings never mix what two engines found, and the manifest names the engine."""
    from evidtriage.indicators import matcher
    from evidtriage.store import Store

    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with Rahim Agent.txt").write_text(
        "12/03/2024, 10:01 - Rahim Agent: free visa, passport amar kache, call 01712345678\n", encoding="utf-8")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    store = Store.open(case)
    assert store.setting("ruleset").endswith(f"engine@{matcher.ENGINE_VERSION}")
    # a mark only a match stage that runs again would remove
    store.conn.execute("UPDATE matched SET score = 99")
    store.conn.commit()
    assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    assert store.conn.execute("SELECT max(score) FROM matched").fetchone()[0] == 99  # the same engine: kept
    monkeypatch.setattr(matcher, "ENGINE_VERSION", "9999.01.01")
    assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    assert store.conn.execute("SELECT max(score) FROM matched").fetchone()[0] < 99
    assert store.setting("ruleset").endswith("engine@9999.01.01")
    assert cli("report", case, "--format", "json", "--examiner", "A").exit_code == 0
    assert load_findings(case)["run"]["matching_engine"] == "9999.01.01"
    assert cli("report", case, "--examiner", "A").exit_code == 0
    assert "matching engine 9999.01.01" in (case / "reports" / "report.html").read_text(encoding="utf-8")
