"""Scans on a real Dask cluster give the findings of a local scan (issue 19, items 2 and 3).

A real ``dask scheduler`` and two ``dask worker`` processes are started on 127.0.0.1 (free
ports) for this module, and stopped however the tests end. A test plugin stands in for a lab's
own: its version comes from the worker's environment (a worker where another version is
installed), and on a worker told to, it kills its own process mid-parse (a machine lost mid-scan).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import load_findings, make_zip, without_timestamps

DASK = str(Path(sys.executable).parent / "dask")

TICK_PLUGIN = '''
import os, signal

from evidtriage import Parser, TextArtifact, hookimpl

EVIDTRIAGE_API = ">=1.0,<2"

class Tick(Parser):
    """Reads *.tick notes; stands in for a lab's own plugin."""
    NAME = "tick"
    VERSION = os.environ.get("TEST_TICK_VERSION", "1.0.0")
    FILENAME_PATTERNS = ("*.tick",)

    def parse(self, file, stream, ctx):
        if os.environ.get("TEST_TICK_DIE"):
            os.kill(os.getpid(), signal.SIGKILL)  # this worker's machine is lost mid-scan
        yield TextArtifact(text=stream.read().decode())


@hookimpl
def register_parsers():
    return [Tick]
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and its workers, each a process group of its own."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.procs: list[subprocess.Popen] = []
        self.env = {**os.environ, "EVIDTRIAGE_NO_ENTRY_POINTS": "1", "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        self.env.pop("TEST_TICK_VERSION", None)
        self.env.pop("TEST_TICK_DIE", None)
        self.scheduler = self._start([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--no-dashboard"], "scheduler")

    def _start(self, cmd: list[str], name: str, env: dict | None = None) -> subprocess.Popen:
        log = open(self.tmp / f"{name}-{len(self.procs)}.log", "wb")
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             env=env or self.env, start_new_session=True)
        log.close()
        self.procs.append(p)
        return p

    def worker(self, nanny: bool = True, **env: str) -> subprocess.Popen:
        """Start a worker (one thread, as evidtriage needs) and wait until the scheduler has it."""
        before = self.count()
        p = self._start([DASK, "worker", f"tcp://{self.address}", "--nthreads", "1", "--host", "127.0.0.1",
                         "--no-dashboard", *([] if nanny else ["--no-nanny"])], "worker", {**self.env, **env})
        self.wait_for(before + 1)
        return p

    def count(self) -> int:
        from distributed import Client

        with Client(self.address, timeout=30) as c:
            return len(c.scheduler_info(n_workers=-1)["workers"])

    def wait_for(self, n: int, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if self.count() == n:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"the scheduler did not reach {n} workers; logs in {self.tmp}")

    def stop(self, p: subprocess.Popen) -> None:
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        p.wait()

    def close(self) -> None:
        for p in reversed(self.procs):
            self.stop(p)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    c = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        c.worker()
        c.worker()
        yield c
    finally:
        c.close()


@pytest.fixture(scope="module")
def evidence(tmp_path_factory):
    """A mixed tree: chats with findings, a zip of a chat export, notes for the test plugin,
    opaque binaries and a duplicate."""
    import random

    root = tmp_path_factory.mktemp("evidence")
    src = root / "src"
    plugins = root / "plugins"
    src.mkdir()
    plugins.mkdir()
    (plugins / "tick.py").write_text(TICK_PLUGIN)
    rng = random.Random(19)
    chat = "".join(f"12/01/2024, 10:{i % 60:02d} - Rahim: message {i}: new Nepali girls, booking now\n"
                   for i in range(200))
    (src / "WhatsApp Chat with Rahim.txt").write_text(chat)
    # past parsing.SPILL_AFTER messages: spilled to a shared folder, or sent back whole
    (src / "WhatsApp Chat with Salma.txt").write_text("".join(
        f"13/01/2024, 11:{i % 60:02d} - Salma: {i} ok\n" for i in range(5100)) + chat.replace("Rahim", "Salma"))
    (src / "export.zip").write_bytes(make_zip({"WhatsApp Chat with Karim.txt": chat.replace("Rahim", "Karim").encode(),
                                              **{f"m/{i:03d}.bin": rng.randbytes(2000) for i in range(50)}}))
    for i in range(90):
        (src / "notes" / f"{i // 30}").mkdir(parents=True, exist_ok=True)
        (src / "notes" / f"{i // 30}" / f"n{i:03d}.tick").write_text(f"note {i}: my girls are available tonight, contact manager")
    for i in range(40):
        (src / f"blob{i:02d}.bin").write_bytes(rng.randbytes(rng.randint(1, 50_000)))
    (src / "dup.bin").write_bytes((src / "blob00.bin").read_bytes())
    return src, plugins


def _scan(cli, tmp: Path, name: str, src: Path, plugins: Path, *options: str):
    case = tmp / name
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    assert cli("evidence", "add", case, src, "--exhibit", "EX01").exit_code == 0
    return case, cli("scan", case, "--no-ocr", "--plugins-dir", plugins, *options)


def _findings(case: Path) -> str:
    """findings.json without timestamps and without the manifest's note on how workers were
    contained (a process pool and a Dask cluster contain them differently, and say so)."""
    got = without_timestamps(load_findings(case))
    got["run"].pop("workers")
    return json.dumps(got, sort_keys=True)


@pytest.fixture(scope="module")
def local_findings(evidence, tmp_path_factory, cli_module):
    """The local scan the Dask scans are compared with (the user's folders kept out, as in
    conftest's per-test fixture, which a module's fixture runs before)."""
    src, plugins = evidence
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDTRIAGE_HASHSETS", str(home / "hashsets.sqlite"))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        mp.setenv("EVIDTRIAGE_NO_ENTRY_POINTS", "1")
        case, r = _scan(cli_module, tmp_path_factory.mktemp("local"), "case", src, plugins, "--workers", "2")
    assert r.exit_code == 0, r
    assert _scans_started(case) == [{"executor": "local", "workers": 2}]
    return _findings(case)


@pytest.fixture(scope="module")
def cli_module():
    from typer.testing import CliRunner

    from conftest import CliResult
    from evidtriage.cli.main import app

    def run(*args):
        r = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
        return CliResult(r.exit_code, r.stdout, r.stderr)

    return run


def test_a_scan_on_a_dask_cluster_finds_what_a_local_scan_finds(cluster, evidence, local_findings, tmp_path, cli):
    src, plugins = evidence
    cluster.wait_for(2)  # a worker the scheduler dropped under load (a missed heartbeat) is back first
    case, r = _scan(cli, tmp_path, "case", src, plugins, "--executor", f"dask://{cluster.address}")
    assert r.exit_code == 0, r
    got = _findings(case)
    assert got == local_findings
    findings = json.loads(got)
    assert sum(1 for a in findings["artifacts"] if a["hits"]) >= 90  # the comparison is not of two empty runs
    assert load_findings(case)["run"]["workers"]["memory_cap_method"] == "dask worker memory limit"
    assert _scans_started(case) == [{"executor": f"dask://{cluster.address}", "workers": 2}]


def _scans_started(case: Path) -> list[dict]:
    """Where each scan of the case ran, from the custody log."""
    from evidtriage.case import open_case

    with open_case(str(case)) as store:
        return [json.loads(e["details"])["executor"] for e in store.custody_entries() if e["action"] == "scan started"]


def test_a_worker_lost_mid_scan_costs_nothing(evidence, local_findings, tmp_path, cli):
    """A worker, without a nanny to restart it, dies as soon as it parses a note: its batches run
    again on the worker that comes after it, and the findings are those of a local scan. The
    doomed worker is first alone on its own scheduler, so that it is sure to be given a note
    however the machine's load orders the work. (The workers spill to a shared folder here,
    which is left empty.)"""
    import threading

    src, plugins = evidence
    shared = tmp_path / "shared"
    shared.mkdir()
    (tmp_path / "lone").mkdir()
    lone = Cluster(tmp_path / "lone")
    try:
        doomed = lone.worker(nanny=False, TEST_TICK_DIE="1")

        def rescue():  # the next worker comes once the doomed one is gone
            doomed.wait()
            lone.worker()

        threading.Thread(target=rescue, daemon=True).start()
        case, r = _scan(cli, tmp_path, "case", src, plugins, "--executor", f"dask://{lone.address}",
                        "--spill-dir", shared)
        assert r.exit_code == 0, r
        assert list(shared.iterdir()) == []
        assert doomed.wait(timeout=30) == -signal.SIGKILL, "the doomed worker was given no note to parse"
        assert _findings(case) == local_findings
    finally:
        lone.close()


def test_a_worker_with_another_plugin_version_is_refused(cluster, evidence, tmp_path, cli):
    src, plugins = evidence
    other = cluster.worker(TEST_TICK_VERSION="2.0.0")
    try:
        case, r = _scan(cli, tmp_path, "case", src, plugins, "--executor", f"dask://{cluster.address}")
        assert r.exit_code != 0
        assert "is refused, it differs from this run's manifest: parser tick 2.0.0 there, 1.0.0 in the run manifest" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1  # one clear line, no traceback
        from evidtriage.case import open_case

        assert _scans_started(case) == []  # refused before anything was done to the case
        with open_case(str(case)) as store:
            assert not store.file_records()
    finally:
        cluster.stop(other)
        cluster.wait_for(2)


def test_an_unreachable_scheduler_and_a_bad_evidence_map_are_one_line_each(evidence, tmp_path, cli, monkeypatch):
    from evidtriage.pipeline import dask_executor

    src, plugins = evidence
    monkeypatch.setattr(dask_executor, "CONNECT_SECONDS", 2)  # the client tries until then: 20 s of waiting
    port = _free_port()
    _, r = _scan(cli, tmp_path, "a", src, plugins, "--executor", f"dask://127.0.0.1:{port}")
    assert r.exit_code != 0 and f"no Dask scheduler answers at 127.0.0.1:{port}" in r.stderr
    _, r = _scan(cli, tmp_path, "b", src, plugins, "--evidence-map", "relative=/x")
    assert r.exit_code != 0 and "both folders must be absolute paths" in r.stderr
    _, r = _scan(cli, tmp_path, "c", src, plugins, "--executor", "ray://x")
    assert r.exit_code != 0 and "--executor must be local, dask-local or dask://HOST:PORT" in r.stderr


def test_evidence_map_translates_work_out_and_results_back():
    from evidtriage.model import EvidenceFile, HashResult, Locator
    from evidtriage.pipeline.parsing import ParseTask
    from evidtriage.pipeline.pathmap import PathMap

    m = PathMap.parse(["/cases/evidence=/mnt/evidence", "/cases/evidence/phone=/mnt/phone"])
    ef = EvidenceFile("EX01", "a.zip", 3, None, Locator("/cases/evidence/a.zip"))
    assert m.item_to_remote(ef).locator.disk_path == "/mnt/evidence/a.zip"
    task = ParseTask("b3", EvidenceFile("EX02", "x", 1, None, Locator("/cases/evidence/phone/x", ("m",))), "text/plain")
    assert m.item_to_remote(task).file.locator == Locator("/mnt/phone/x", ("m",))
    assert m.to_remote("/cases/evidence2/y") == "/cases/evidence2/y"  # a prefix of a name is not a folder
    member = EvidenceFile("EX01", "a.zip!/m", 1, None, Locator("/mnt/evidence/a.zip", ("m",)), 1)
    back = m.result_to_local(HashResult("EX01", "a.zip", None, "application/zip", members=(member,)))
    assert back.members[0].locator.disk_path == "/cases/evidence/a.zip"
