"""The plugin system: the public API works unchanged for an outside plugin; failures are told apart."""

import inspect
import json
import os
import textwrap

import pytest

import evidtriage
from evidtriage import hookspecs
from evidtriage.plugins import PluginError, Plugins
from evidtriage.testing import run_parser

from conftest import REPO, load_findings, make_zip

EVX_PLUGIN = '''
from evidtriage import hookimpl, Parser, TextArtifact

EVIDTRIAGE_API = ">=1.0,<2"

class EvxParser(Parser):
    NAME = "evx_note"
    VERSION = "1.0.0"
    FILENAME_PATTERNS = ("*.evx",)

    def parse(self, file, stream, ctx):
        yield TextArtifact(text=stream.read().decode("utf-8"))

@hookimpl
def register_parsers():
    return [EvxParser]
'''


@pytest.fixture
def evx_dir(tmp_path):
    d = tmp_path / "myplugins"
    d.mkdir()
    (d / "evx.py").write_text(EVX_PLUGIN)
    return d


def test_the_documented_example_plugin_works_unchanged(evx_dir, tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.evx").write_text("leave your passport with me")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--plugins-dir", evx_dir)
    assert r.exit_code == 0, r
    f = load_findings(tmp_path / "case")
    (a,) = [x for x in f["artifacts"] if x["parser"] == "evx_note"]
    assert a["text"] == "leave your passport with me" and a["file"] == "note.evx" and a["kind"] == "text"
    assert a["parser_version"] == "1.0.0" and a["key"].endswith(":evx_note:0")
    assert {"name": "evx_note", "version": "1.0.0", "origin": "plugins-dir", "api": ">=1.0,<2"} in f["run"]["plugins"]
    assert f["files"][0]["reason"] == "evx_note 1.0.0: 1 artifacts"


def test_plugins_list_shows_origin_and_accepts(evx_dir, cli):
    r = cli("plugins", "list", "--plugins-dir", evx_dir, "--json")
    rows = {x["name"]: x for x in json.loads(r.stdout)["parsers"]}
    assert rows["evx_note"]["origin"].startswith("plugins-dir:") and rows["evx_note"]["filename_patterns"] == ["*.evx"]
    assert rows["text"]["origin"] == "built-in"


def make_parser(behaviour, **attrs):
    class P(evidtriage.Parser):
        NAME = attrs.get("NAME", "p")
        VERSION = "2"
        FILENAME_PATTERNS = ("*.dat",)
        PRIORITY = attrs.get("PRIORITY", 0)
        TIMEOUT = attrs.get("TIMEOUT", 120)

        def parse(self, file, stream, ctx):
            yield from behaviour(file, stream, ctx)

    return P


def test_not_my_format_tries_the_next_parser(tmp_path):
    f = tmp_path / "x.dat"
    f.write_text("data")

    def refuse(file, stream, ctx):
        raise evidtriage.NotMyFormat()
        yield

    def accept(file, stream, ctx):
        yield evidtriage.TextArtifact(text=stream.read().decode())

    run = run_parser([make_parser(refuse, NAME="first", PRIORITY=5), make_parser(accept, NAME="second")], f)
    assert run.status == "parsed" and run.artifacts[0].text == "data"  # the stream was rewound
    assert run.stamped[0].parser == "second"


def test_broken_file_is_skipped_with_reason_and_partial_keeps_what_was_read(tmp_path):
    f = tmp_path / "x.dat"
    f.write_text("data")

    def broken(file, stream, ctx):
        raise evidtriage.ParseError("truncated header")
        yield

    def half(file, stream, ctx):
        yield evidtriage.TextArtifact(text="first part")
        raise evidtriage.ParseError("unexpected end at line 12")

    run = run_parser(make_parser(broken), f)
    assert (run.status, run.reason, run.artifacts) == ("skipped", "p: truncated header", [])
    run = run_parser(make_parser(half), f)
    assert run.status == "partial" and run.reason == "p: unexpected end at line 12"
    assert [a.text for a in run.artifacts] == ["first part"]


def test_parser_bug_and_hang_are_bounded(tmp_path):
    f = tmp_path / "x.dat"
    f.write_text("data")

    def bug(file, stream, ctx):
        yield evidtriage.TextArtifact(text=1 / 0)

    def hang(file, stream, ctx):
        while True:
            pass
        yield

    run = run_parser(make_parser(bug), f)
    assert run.status == "skipped" and "ZeroDivisionError" in run.reason
    run = run_parser(make_parser(hang, TIMEOUT=0.5), f)
    assert run.status == "skipped" and "gave up after 0.5 s" in run.reason


def test_a_hang_is_bounded_in_a_thread_as_a_dask_worker_runs_tasks(tmp_path):
    """A Dask worker parses in a task thread, which no alarm signal reaches: the time limit is
    kept there by a timer thread, and a parse that ends in time leaves nothing behind it."""
    import threading
    import time

    f = tmp_path / "x.dat"
    f.write_text("data")

    def hang(file, stream, ctx):
        while True:
            pass
        yield

    def quick(file, stream, ctx):
        yield evidtriage.TextArtifact(text="done")

    runs = {}

    def in_thread():
        t = time.monotonic()
        runs["hang"] = run_parser(make_parser(hang, TIMEOUT=0.5), f), time.monotonic() - t
        runs["quick"] = run_parser(make_parser(quick, TIMEOUT=0.3), f)
        time.sleep(0.6)  # past the quick parser's limit: its timer must not fire into the thread
        runs["after"] = "still running"

    worker = threading.Thread(target=in_thread, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive()
    (hung, seconds) = runs["hang"]
    assert hung.status == "skipped" and "gave up after 0.5 s" in hung.reason and seconds < 20
    assert runs["quick"].status == "parsed" and [a.text for a in runs["quick"].artifacts] == ["done"]
    assert runs["after"] == "still running"


def test_yielding_something_else_is_refused(tmp_path):
    f = tmp_path / "x.dat"
    f.write_text("data")

    def wrong(file, stream, ctx):
        yield {"text": "a dict"}

    run = run_parser(make_parser(wrong), f)
    assert run.status == "skipped" and "not an artifact" in run.reason


@pytest.mark.parametrize("source,message", [
    ("raise RuntimeError('boom')", "failed to load: RuntimeError: boom"),
    ("from evidtriage import hookimpl\n@hookimpl\ndef register_parsrs():\n    return []", "unknown hook"),
    ("from evidtriage import hookimpl\n@hookimpl\ndef register_parsers():\n    return [object]", "not a Parser subclass"),
    ("import x x", "syntax error at line 2"),
])
def test_broken_plugins_are_named(tmp_path, source, message, cli):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "bad.py").write_text('EVIDTRIAGE_API = ">=1.0,<2"\n' + source)
    with pytest.raises(PluginError, match=message):
        Plugins((str(d),), entry_points=False)
    r = cli("plugins", "list", "--plugins-dir", d)
    assert r.exit_code == 2 and message.split(":")[0] in r.stderr


def test_every_hook_is_documented_and_has_a_test():
    """Like datasette's test_plugins: a hook without a documented signature or a test fails here."""
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "tests").glob("test_*.py"))
    docs = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    hooks = [n for n, f in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(f, "evidtriage_spec")]
    assert hooks == ["register_parsers", "register_rule_packs"]
    for name in hooks:
        doc = inspect.getdoc(getattr(hookspecs, name))
        assert doc and ":return:" in doc, f"hook {name} has no documented return"
        assert f"def {name}(" in docs, f"hook {name} is not in docs/plugins.md"
        assert f"test_hook_{name}" in tests, f"hook {name} has no test named test_hook_{name}"


def test_hook_register_parsers(evx_dir):
    plugins = Plugins((str(evx_dir),), entry_points=False)
    assert "evx_note" in [e.cls.NAME for e in plugins.parsers]


def test_hook_register_rule_packs(tmp_path):
    d = tmp_path / "packs"
    d.mkdir()
    (d / "p.py").write_text(textwrap.dedent("""
        from evidtriage import hookimpl
        EVIDTRIAGE_API = ">=1.0,<2"
        @hookimpl
        def register_rule_packs():
            return ["/opt/packs/extra.yaml"]
    """))
    packs = Plugins((str(d),), entry_points=False).rule_packs
    # the built-in packs come through the same hook, first
    assert [(str(p.path), p.origin.split(":")[0]) for p in packs] == [
        (str(REPO / "rules"), "built-in"), ("/opt/packs/extra.yaml", "plugins-dir")]


def test_duplicate_parser_names_are_refused(evx_dir, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "evx2.py").write_text(EVX_PLUGIN)
    with pytest.raises(PluginError, match="declared twice"):
        Plugins((str(evx_dir), str(other)), entry_points=False)


def test_a_file_with_very_many_artifacts_is_spilled_and_recorded_whole(tmp_path, cli, monkeypatch):
    """Past SPILL_AFTER artifacts a parse goes to a temporary file, read back once and removed."""
    import glob
    import tempfile

    from evidtriage.pipeline import parsing

    monkeypatch.setattr(parsing, "SPILL_AFTER", 10)
    src = tmp_path / "src"
    src.mkdir()
    lines = "".join(f"12/01/2024, 10:{i % 60:02d} - Rahim: message {i}\n" for i in range(57))
    (src / "WhatsApp Chat with Rahim.txt").write_text(lines + "12/01/2024, 11:00 - Rahim: free visa\n")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--workers", "1")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["kind"] == "message"]
    assert [m["text"] for m in msgs[:2]] + [msgs[-1]["text"]] == ["message 0", "message 1", "free visa"]
    assert len(msgs) == 58 and msgs[-1]["hits"]
    assert not glob.glob(tempfile.gettempdir() + "/evidtriage-spill-*")
    assert not glob.glob(tempfile.gettempdir() + f"/evidtriage-scan-{os.getpid()}-*")  # this process's (other runs share /tmp)


def test_spill_folders_of_killed_scans_are_removed_by_the_next_scan(tmp_path, monkeypatch):
    import subprocess
    import tempfile

    from evidtriage.pipeline.stages import SPILL_PREFIX, spill_folder

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.Popen(["true"])
    gone.wait()  # a process id that no longer runs
    stale = tmp_path / f"{SPILL_PREFIX}{gone.pid}-abc"
    stale.mkdir()
    (stale / "evidtriage-spill-1").write_bytes(b"x" * 10)
    import os

    alive = tmp_path / f"{SPILL_PREFIX}{os.getpid()}-def"  # a scan still running: kept
    alive.mkdir()
    mine = spill_folder()
    assert not stale.exists() and alive.exists() and os.path.isdir(mine)


def test_a_parser_can_open_a_file_beside_its_own_in_a_folder_or_a_zip(tmp_path):
    from evidtriage.model import Locator
    from evidtriage.parsers import FileInfo

    (tmp_path / "chat.db").write_bytes(b"db")
    (tmp_path / "chat.db-wal").write_bytes(b"wal")
    (tmp_path / "link").symlink_to(tmp_path / "chat.db-wal")
    f = FileInfo("EX", "chat.db", "chat.db", 2, "x", "b3", locator=Locator(str(tmp_path / "chat.db")))
    with f.sibling("chat.db-wal") as s:
        assert s.read() == b"wal"
    for name in ("missing", "../chat.db-wal", "link", "", ".."):
        with f.sibling(name) as s:
            assert s is None, name
    (tmp_path / "x.zip").write_bytes(make_zip({"db/chat.db": b"db", "db/chat.db-wal": b"zwal"}))
    z = FileInfo("EX", "x.zip!/db/chat.db", "chat.db", 2, "x", "b3", locator=Locator(str(tmp_path / "x.zip"), ("db/chat.db",)))
    with z.sibling("chat.db-wal") as s:
        assert s.read() == b"zwal"
    with z.sibling("other") as s:
        assert s is None
