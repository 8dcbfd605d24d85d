"""Hostile names (issue 18, item 1): two items whose paths look alike are two items.

Every file that goes in comes out: a row, digests, a line in the hash lists; none vanishes under
another's path. Paths are stored in a reversible escape (``sources.escape_path``).
"""

import os
import signal
import sqlite3

import pytest

from evidtriage.errors import CaseError
from evidtriage.store import Store

from conftest import make_zip


def colliding_tree(root):
    """Three pairs that the old display path wrote the same way."""
    root.mkdir()
    raw = os.fsencode(str(root))
    with open(raw + b"/collide\xff.txt", "wb") as f:  # the byte 0xFF
        f.write(b"raw byte")
    (root / "collide\\xff.txt").write_bytes(b"literal backslash")  # the four characters \xff
    (root / "chat.zip").write_bytes(make_zip({"msg.txt": b"inside the zip"}))
    (root / "chat.zip!").mkdir()
    (root / "chat.zip!" / "msg.txt").write_bytes(b"inside a folder named chat.zip!")
    (root / "both.zip").write_bytes(make_zip({"x": make_zip({"y": b"nested y"}), "x!/y": b"member named x!/y"}))
    # in: 5 files on disk, 1 member of chat.zip, 2 members of both.zip, 1 member of both.zip!/x
    return 9


def test_escape_is_reversible_and_never_collides():
    from evidtriage.intake.sources import escape_path, unescape_path

    names = ["collide\udcff.txt", "collide\\xff.txt", "chat.zip!/msg.txt", "x!/y", "a\\", "a\\!/b",
             "a!!/b", "plain/name.txt", "\\x21/", "!/", "new\nline\ttab-\u202e"]
    escaped = [escape_path(n) for n in names]
    assert len(set(escaped)) == len(names)
    assert all("!/" not in e for e in escaped)  # the container separator never appears in a level
    for n, e in zip(names, escaped):
        assert unescape_path(e) == n.encode("utf-8", "surrogateescape")
    assert escape_path("plain/name.txt") == "plain/name.txt"


def test_colliding_names_are_all_accounted_for(tmp_path, cli):
    src = tmp_path / "src"
    items_in = colliding_tree(src)
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr")
    assert r.exit_code == 0, r
    with sqlite3.connect(case / "case.sqlite") as db:
        rows = db.execute("SELECT path, sha256 FROM files ORDER BY path").fetchall()
        skips = db.execute("SELECT path, reason FROM skips").fetchall()
    assert len(rows) == items_in, rows
    assert all(sha for _, sha in rows), "every item is hashed"
    assert not skips
    paths = {p for p, _ in rows}
    assert {"collide\\xff.txt", "collide\\\\xff.txt", "chat.zip!/msg.txt", "chat.zip\\x21/msg.txt",
            "both.zip!/x!/y", "both.zip!/x\\x21/y"} <= paths
    # each file on disk is in the hash lists, and verify re-reads each item
    listing = (case / "reports" / "hashes" / "EX01.sha256").read_bytes()
    assert listing.count(b"\n") == 5, listing
    v = cli("verify", case)
    assert v.exit_code == 0, v


def test_a_second_item_under_a_known_path_is_a_recorded_skip(tmp_path):
    from evidtriage.model import CaseInfo, EvidenceFile, Exhibit, Locator

    store = Store.create(tmp_path / "case", CaseInfo("C", "A"), "test")
    store.add_exhibit(Exhibit("EX01", str(tmp_path), "folder"))
    a = EvidenceFile("EX01", "same", 1, 0, Locator(str(tmp_path / "a")))
    b = EvidenceFile("EX01", "same", 1, 0, Locator(str(tmp_path / "b")))
    assert store.add_walk_items([a, a]) == 1  # the same item twice: a re-run, nothing to say
    assert not store.skips()
    store.add_walk_items([b])
    (skip,) = store.skips()
    assert skip.stage == "collision" and "was not examined" in skip.reason
    store.close()


def test_a_case_with_ambiguous_old_paths_is_refused(tmp_path):
    from evidtriage.model import CaseInfo

    store = Store.create(tmp_path / "case", CaseInfo("C", "A"), "test")
    store.conn.execute("INSERT INTO exhibits (id, source, kind, added_utc) VALUES ('EX01', '/x', 'folder', 'now')")
    store.conn.execute("INSERT INTO files (exhibit_id, path, disk_path, size) VALUES ('EX01', 'bad\\xff', x'00', 1)")
    store.conn.execute("PRAGMA user_version = 5")
    store.close()
    with pytest.raises(CaseError, match="older evidtriage"):
        Store.open(tmp_path / "case")
    # one without such paths is simply brought forward
    store = Store.create(tmp_path / "case2", CaseInfo("C", "A"), "test")
    store.conn.execute("PRAGMA user_version = 5")
    store.close()
    Store.open(tmp_path / "case2").close()


HOSTILE_NAMES = ("new\nline.txt", "tab\there.txt", "back\\slash.txt", "-leading-dash.txt", "rlo\u202etxt.exe")


#: Names b3sum cannot check (it defines no escaped form for them): not UTF-8, or holding U+FFFD.
NOT_FOR_B3SUM = (b"bad\xfe\xffutf8.txt", "rep\ufffdlaced.txt".encode())


@pytest.mark.parametrize("tool,fmt", [("sha256sum", "sha256"), ("md5sum", "md5"), ("b3sum", "b3")])
def test_hostile_names_verify_with_the_standard_tools(tmp_path, cli, tool, fmt):
    """Also confirm (issue 18): each check list verifies with its own tool, names with line
    breaks, carriage returns, tabs, backslashes, a leading '-', U+202E and bytes that are not
    UTF-8 included. b3sum defines no way to write a name that is not UTF-8 (one such line made
    it stop reading the list, failing every file after it): such names are left out of the b3sum
    list, and named with why in a note beside it; every other file checks."""
    import shutil
    import subprocess

    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed")
    src = tmp_path / "src"
    src.mkdir()
    for name in HOSTILE_NAMES + ("carriage\rreturn.txt", "ends-in-cr\r"):
        (src / name).write_text(name)
    for name in NOT_FOR_B3SUM:
        with open(os.fsencode(str(src)) + b"/" + name, "wb") as f:
            f.write(b"x")
    (src / "z-last.txt").write_text("after the others in the list")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr").exit_code == 0
    listing = case / "reports" / "hashes" / f"EX01.{fmt}"
    out = subprocess.run([tool, "-c", str(listing)], cwd=src, capture_output=True)
    assert out.returncode == 0, out
    left_out = len(NOT_FOR_B3SUM) if tool == "b3sum" else 0
    assert out.stdout.count(b": OK") == len(os.listdir(src)) - left_out
    note = listing.with_name(listing.name + ".not-listed.txt")
    if tool == "b3sum":
        lines = [ln for ln in note.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        assert sorted(ln.split("\t")[0] for ln in lines) == ["bad\\xfe\\xffutf8.txt", "rep\ufffdlaced.txt"]
        assert all("b3sum cannot check it" in ln for ln in lines)
    else:
        assert not note.exists()


def test_hostile_names_audit_with_hashdeep(tmp_path, cli):
    """hashdeep's format cannot hold a line break in a name: that file alone is left out (and
    said so in the list); every other name audits."""
    import shutil
    import subprocess

    if shutil.which("hashdeep") is None:
        pytest.skip("hashdeep not installed")
    src = tmp_path / "src"
    src.mkdir()
    for name in HOSTILE_NAMES[1:]:
        (src / name).write_text(name)
    for name in NOT_FOR_B3SUM:
        with open(os.fsencode(str(src)) + b"/" + name, "wb") as f:
            f.write(b"x")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr").exit_code == 0
    listing = case / "reports" / "hashes" / "EX01.hashdeep.txt"
    out = subprocess.run(["hashdeep", "-a", "-l", "-k", str(listing), "-r", "."], cwd=src, capture_output=True)
    assert out.returncode == 0 and b"Audit passed" in out.stdout, out


def test_a_second_scan_of_a_case_is_refused_clearly(tmp_path, cli):
    """Also confirm (issue 18): two scans on one case. The second is refused in one line while
    the first holds the case; once it is over, the case scans again."""
    import subprocess
    import sys

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr").exit_code == 0
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom evidtriage.case import case_lock\n"
        f"with case_lock({str(case)!r}):\n    print('held', flush=True)\n    sys.stdin.read()\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        r = cli("scan", case, "--no-ocr")
        assert r.exit_code == 2
        assert f"is being scanned by another evidtriage process (pid {holder.pid})" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
        r = cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr")
        assert r.exit_code == 2 and "being scanned" in r.stderr
    finally:
        holder.communicate("")
    assert cli("scan", case, "--no-ocr").exit_code == 0


def test_a_worker_left_by_a_killed_scan_does_not_hold_the_case(tmp_path, cli):
    """A scan killed alone (``kill -9`` of its process, not of its workers) leaves its forked workers
    ending, or orphaned: the case lock ends with the scan itself, and the next scan runs."""
    import subprocess
    import sys

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr").exit_code == 0
    # the scan holds the lock and forks a worker (as its pool does), then is killed; the worker lives on
    scan = subprocess.Popen([sys.executable, "-c", (
        "import multiprocessing, os, sys, time\nfrom evidtriage.case import case_lock\n"
        f"with case_lock({str(case)!r}):\n"
        "    w = multiprocessing.get_context('fork').Process(target=time.sleep, args=(600,))\n"
        "    w.start()\n"
        "    print(w.pid, flush=True)\n"
        "    time.sleep(600)\n")],
        stdout=subprocess.PIPE, text=True)
    worker = int(scan.stdout.readline())
    try:
        scan.kill()
        scan.wait()
        os.kill(worker, 0)  # the worker is still alive
        r = cli("scan", case, "--no-ocr")
        assert r.exit_code == 0, r.stderr
    finally:
        os.kill(worker, signal.SIGKILL)


def test_a_full_disk_mid_scan_is_one_line_and_the_case_resumes(tmp_path, cli, monkeypatch):
    """Also confirm (issue 18): SQLite reports a full disk while the scan records its work. One
    clear line and a non-zero exit; what was finished is kept; once there is space again, the
    same command completes the case, every file hashed once."""
    import sqlite3 as sqlite

    src = tmp_path / "src"
    src.mkdir()
    for i in range(450):  # three hash batches
        (src / f"f{i:03d}.txt").write_text(f"file {i}")
    calls = []
    real = Store.record_hash_results

    def filling_up(self, results):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite.OperationalError("database or disk is full")
        return real(self, results)

    monkeypatch.setattr(Store, "record_hash_results", filling_up)
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr", "--workers", "1")
    assert r.exit_code == 2, r
    assert "is full" in r.stderr and "run the same command again" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    with sqlite.connect(case / "case.sqlite") as db:
        done, total = db.execute("SELECT SUM(hashed), COUNT(*) FROM files").fetchone()
    assert 0 < done < total == 450
    monkeypatch.setattr(Store, "record_hash_results", real)
    assert cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr").exit_code == 0
    with sqlite.connect(case / "case.sqlite") as db:
        assert db.execute("SELECT SUM(hashed), COUNT(*), COUNT(DISTINCT path) FROM files").fetchone() == (450, 450, 450)
