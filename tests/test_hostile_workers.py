"""A worker that dies or overruns costs only its file (issue 18, items 5 and 6).

Hostile parsers stand in for hostile files: one that is killed (as the kernel's out-of-memory
killer kills), one that asks for more memory than the worker's cap, one stuck in C code that
an alarm cannot interrupt. Each file is recorded `skipped` with why; the ordinary files beside
them, even in the same batch, are parsed; the triage ends normally.
"""

import pytest

from evidtriage import executors

from conftest import load_findings

HOSTILE_PLUGIN = '''
import hashlib, os, signal

from evidtriage import Parser, TextArtifact, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

class Hostile(Parser):
    NAME = "hostile"
    VERSION = "1.0.0"
    FILENAME_PATTERNS = ("*.die", "*.hog", "*.spin")
    TIMEOUT = 2.0

    def parse(self, file, stream, ctx):
        if file.name.endswith(".die"):
            os.kill(os.getpid(), signal.SIGKILL)
        if file.name.endswith(".hog"):
            hog = bytearray(64 * 1024**3)  # far over the worker's cap
            yield TextArtifact(text=str(len(hog)))
        if file.name.endswith(".spin"):
            # one C call that never looks at Python's signal flags: the alarm cannot stop it
            hashlib.pbkdf2_hmac("sha256", b"x", b"y", 2**31 - 1)
        yield TextArtifact(text="unreachable")


@hookimpl
def register_parsers():
    return [Hostile]
'''


@pytest.fixture
def hostile_dir(tmp_path):
    d = tmp_path / "hostile_plugins"
    d.mkdir()
    (d / "hostile.py").write_text(HOSTILE_PLUGIN)
    return d


def test_a_dying_or_overrunning_worker_costs_only_its_file(tmp_path, cli, hostile_dir, monkeypatch):
    monkeypatch.setattr(executors, "GRACE_SECONDS", 1.0)
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):
        (src / f"note{i}.txt").write_text(f"ordinary note {i}: the agent keeps the passport")
    (src / "a.die").write_text("dies")
    (src / "b.hog").write_text("hogs")
    (src / "c.spin").write_text("spins")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--case-id", "C", "--no-ocr",
            "--plugins-dir", hostile_dir, "--workers", "1")
    assert r.exit_code == 0, r
    f = load_findings(case)
    status = {x["path"]: (x["status"], x["reason"]) for x in f["files"]}
    assert status["a.die"][0] == "skipped" and "worker died" in status["a.die"][1]
    assert status["b.hog"] == ("skipped", "hostile: out of memory (over the worker's memory cap)")
    assert status["c.spin"][0] == "skipped" and "killed after" in status["c.spin"][1]
    for i in range(3):
        assert status[f"note{i}.txt"][0] == "parsed", status
    assert f["run"]["workers"]["memory_cap"].startswith("RLIMIT_AS")
