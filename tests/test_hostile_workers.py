"""A worker that dies or overruns costs only its file (issue 18, items 5 and 6).

Hostile parsers stand in for hostile files: one that is killed (as the kernel's out-of-memory
killer kills), one that asks for more memory than the worker's cap, one stuck in C code that
an alarm cannot interrupt. Each file is recorded `skipped` with why; the ordinary files beside
them, even in the same batch, are parsed; the triage ends normally.
"""

import pytest

from evidtriage.pipeline import executors

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
    assert status["b.hog"][0] == "skipped" and "out of memory" in status["b.hog"][1], status["b.hog"]
    assert status["c.spin"][0] == "skipped" and "killed after" in status["c.spin"][1]
    for i in range(3):
        assert status[f"note{i}.txt"][0] == "parsed", status
    workers = f["run"]["workers"]
    assert workers["memory_cap_method"] in ("cgroup v2", "RLIMIT_AS")
    assert workers["memory_cap"].startswith(workers["memory_cap_method"])
    if workers["memory_cap_method"] == "RLIMIT_AS":  # the manifest says why no cgroup was used
        assert "(no cgroup v2: " in workers["memory_cap"]


def fake_cgroup_fs(tmp_path, subtree="memory pids", controllers="cpu memory pids"):
    """/proc/self/cgroup and mountinfo of a process in a delegated cgroup v2, and that cgroup."""
    proc = tmp_path / "proc"
    proc.mkdir()
    mount = tmp_path / "cgroup2"
    here = mount / "user.slice" / "evidence.service"
    here.mkdir(parents=True)
    (here / "cgroup.subtree_control").write_text(subtree + "\n")
    (here / "cgroup.controllers").write_text(controllers + "\n")
    (proc / "cgroup").write_text("0::/user.slice/evidence.service\n")
    (proc / "mountinfo").write_text(f"30 25 0:26 / {mount} rw,nosuid shared:4 - cgroup2 cgroup2 rw,nsdelegate\n")
    return proc, here


def test_a_delegated_cgroup_v2_is_found_and_each_worker_capped_in_its_own(tmp_path):
    from evidtriage.pipeline.cgroups import CgroupMemory, find_cgroup_memory

    proc, here = fake_cgroup_fs(tmp_path)
    cgroup, why = find_cgroup_memory(str(proc))
    assert cgroup == CgroupMemory(str(here)) and why == ""
    path = cgroup.add_worker(4242, 3 * 1024**3)
    assert (tmp_path / path).parent == here
    assert open(f"{path}/memory.max").read() == str(3 * 1024**3)
    assert open(f"{path}/cgroup.procs").read() == "4242"
    (here / path / "memory.events").write_text("low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n")
    assert CgroupMemory.oom_killed(path)


@pytest.mark.parametrize("subtree,controllers,reason", [
    ("pids", "cpu pids", "the memory controller is not available in cgroup v2 at "),
    ("pids", "memory pids", "the memory controller is not delegated to the children of "),
])
def test_no_usable_cgroup_says_why(tmp_path, subtree, controllers, reason):
    from evidtriage.pipeline.cgroups import find_cgroup_memory

    proc, here = fake_cgroup_fs(tmp_path, subtree, controllers)
    cgroup, why = find_cgroup_memory(str(proc))
    assert cgroup is None and why.startswith(reason + str(here)), why
    (proc / "cgroup").write_text("4:memory:/x\n")  # cgroup v1 only
    assert find_cgroup_memory(str(proc)) == (None, "this process is in no cgroup v2 hierarchy")


def _limits(batch):
    import os
    import resource

    return [(os.getpid(), resource.getrlimit(resource.RLIMIT_AS)[0]) for _ in batch]


def test_workers_go_in_the_cgroup_and_are_not_address_capped_there(tmp_path, monkeypatch):
    """Where a cgroup v2 is delegated, memory.max caps each worker (RLIMIT_AS would fail
    libraries that map much and touch little); the manifest says so."""
    import resource

    from evidtriage.pipeline.cgroups import CgroupMemory

    monkeypatch.setattr(executors, "_cgroup", (CgroupMemory(str(tmp_path)), ""))
    iso = executors.Isolation(lambda item, reason: (0, reason), memory_bytes=2 * 1024**3)
    (batch, [(pid, limit)]), = list(executors.run_batches(_limits, [[1]], 1, isolation=iso))
    assert limit == resource.RLIM_INFINITY or limit == resource.getrlimit(resource.RLIMIT_AS)[0]
    worker = tmp_path / f"evidtriage-worker-{__import__('os').getpid()}-{pid}"
    assert (worker / "memory.max").read_text() == str(2 * 1024**3)
    assert (worker / "cgroup.procs").read_text() == str(pid)
    assert executors.memory_cap_method(2 * 1024**3) == "cgroup v2"
    assert executors.memory_cap_description(2 * 1024**3).startswith(f"cgroup v2: memory.max {2 * 1024**3} bytes")
    monkeypatch.setattr(executors, "_cgroup", (None, "no cgroup here"))
    (batch, [(pid, limit)]), = list(executors.run_batches(_limits, [[1]], 1, isolation=iso))
    assert limit != resource.RLIM_INFINITY  # RLIMIT_AS where there is no cgroup
    assert executors.memory_cap_description(2 * 1024**3).endswith("(no cgroup v2: no cgroup here)")
