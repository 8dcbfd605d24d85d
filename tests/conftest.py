"""Shared fixtures: evidence trees written by the tests, and the CLI run as a user runs it."""

from __future__ import annotations

import atexit
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evidtriage.cli.main import app
from packs import builtin_matcher

REPO = Path(__file__).resolve().parent.parent
EVIDTRIAGE = str(Path(sys.executable).parent / "evidtriage")

# The fuzz tests draw the same examples on every run, so CI never fails on a new random draw;
# to explore fresh inputs by hand: HYPOTHESIS_PROFILE=explore .venv/bin/python -m pytest -k fuzz
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None)
_hypothesis_settings.register_profile("explore", max_examples=500)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# The keyword forms that matchers keep on disk (evidtriage.indicators.formcache) are kept for the
# test session in a folder of its own, never in the examiner's, shared by the session's workers
# (with the compiled regexes, evidtriage.indicators.regexcache): written by the first matchers the
# session builds, read by every evidtriage the tests start
_CACHE_HOME = os.environ.get("EVIDTRIAGE_TESTS_CACHE_HOME")
if not _CACHE_HOME:  # the first process of the session (xdist's controller): its workers inherit it
    _CACHE_HOME = os.environ["EVIDTRIAGE_TESTS_CACHE_HOME"] = tempfile.mkdtemp(prefix="evidtriage-tests-cache-")
    atexit.register(shutil.rmtree, _CACHE_HOME, ignore_errors=True)
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """An empty cache folder of the examiner's (XDG_CACHE_HOME), the caches on, and neither of the
    process's caches read yet: the keyword forms (formcache) and the compiled regexes (regexcache)."""
    from evidtriage.indicators import formcache, regexcache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("EVIDTRIAGE_NO_FORM_CACHE", raising=False)
    monkeypatch.setattr(formcache, "_store", None)
    monkeypatch.setattr(regexcache, "_store", None)
    return tmp_path / "cache"


@pytest.fixture(scope="session", autouse=True)
def _built_in_matcher_compiled_once():
    """Every scan in the tests reuses the run's matcher for the built-in packs (see
    :func:`packs.builtin_matcher`)."""
    builtin_matcher()


def _user_folders_in(home: Path, monkeypatch) -> None:
    """The examiner's hash sets, data (keys) and config read and written under ``home``."""
    monkeypatch.setenv("EVIDTRIAGE_HASHSETS", str(home / "hashsets.sqlite"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Tests never read or write the examiner's own hash sets, keys or config."""
    _user_folders_in(tmp_path_factory.mktemp("home"), monkeypatch)
    monkeypatch.setenv("EVIDTRIAGE_NO_ENTRY_POINTS", "1")  # installed third-party plugins stay out


#: Cases that several tests read (or change a copy of), each triaged once a test session
_BUILT_CASES: dict[str, Path] = {}
_BUILT_ROOT = tempfile.mkdtemp(prefix="evidtriage-tests-cases-")
atexit.register(shutil.rmtree, _BUILT_ROOT, ignore_errors=True)


def copy_of_built_case(name: str, build, tmp_path: Path) -> Path:
    """A copy, at ``tmp_path / "case"``, of the case that ``build(folder)`` makes once a test
    session (under ``folder``, with an examiner key and data folders of its own, and its evidence
    kept there for the session; ``build`` returns the case's folder), with that examiner's key and
    data copied into this test's own folders: the copy verifies, and this test signs as the
    examiner who triaged it. A test that changes the copy changes no other test's case; one that
    changes the evidence needs a triage of its own."""
    if name not in _BUILT_CASES:
        folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=_BUILT_ROOT))
        with pytest.MonkeyPatch.context() as mp:
            _user_folders_in(folder / "home", mp)
            _BUILT_CASES[name] = Path(build(folder))
    built = _BUILT_CASES[name]
    home = built.parent / "home"
    for variable, part in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        if (home / part).is_dir():
            shutil.copytree(home / part, os.environ[variable], dirs_exist_ok=True)
    shutil.copytree(built, tmp_path / "case", symlinks=True)
    return tmp_path / "case"


def built_case_folder(name: str) -> Path:
    """The folder in which :func:`copy_of_built_case` built the case ``name`` (its evidence is
    there: read it, never change it)."""
    return _BUILT_CASES[name].parent


def triage_chat(cli, folder: Path, chat: str, *options: str) -> Path:
    """``folder/case``: ``folder/PHONE-01``, one WhatsApp chat, triaged by Insp. Rahman without OCR
    on one worker, with ``options`` besides."""
    src = folder / "PHONE-01"
    src.mkdir()
    (src / "WhatsApp Chat with Rahim Agent.txt").write_text(chat, encoding="utf-8")
    case_dir = folder / "case"
    r = cli("triage", src, "--case", case_dir, "--examiner", "Insp. Rahman", "--no-ocr", "--workers", "1", *options)
    assert r.exit_code == 0, r
    return case_dir


def triage_small_seized(cli, folder: Path, link_to_export: bool = False) -> Path:
    """``folder/case``: ``folder/seized`` (four files of :func:`write_tree` and a WhatsApp export
    zip; with ``link_to_export``, a symbolic link to the zip, never followed) triaged by Insp. Rahman."""
    src = write_tree(folder / "seized", n_files=4)
    (src / "export.zip").write_bytes(make_zip({"WhatsApp Chat with A.txt": b"12/01/2024, 10:00 - A: free visa\n"}))
    if link_to_export:
        os.symlink("export.zip", src / "link-to-export")
    r = cli("triage", src, "--case", folder / "case", "--examiner", "Insp. Rahman")
    assert r.exit_code == 0, r
    return folder / "case"


class CliResult:
    def __init__(self, code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = code, stdout, stderr

    def __repr__(self) -> str:
        return f"<exit {self.exit_code}\nstdout: {self.stdout}\nstderr: {self.stderr}>"


@pytest.fixture
def cli():
    """Run the CLI in-process (fast): ``cli("hash", path)`` -> result with exit_code/stdout/stderr."""
    runner = CliRunner()

    def run(*args: str) -> CliResult:
        r = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        return CliResult(r.exit_code, r.stdout, r.stderr)

    return run


@pytest.fixture
def cli_proc():
    """Run the installed ``evidtriage`` in a subprocess, exactly as an officer would."""

    def run(*args: str, cwd: str | None = None, timeout: float = 300) -> CliResult:
        p = subprocess.run([EVIDTRIAGE, *map(str, args)], capture_output=True, text=True,
                           cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL)
        return CliResult(p.returncode, p.stdout, p.stderr)

    return run


def make_zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED, date_time=None) -> bytes:
    """A zip of ``members``; with ``date_time``, every member has that time, so its bytes (and
    digests) are the same on every run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, date_time=date_time) if date_time else name, data, compression)
    return buf.getvalue()


def write_tree(root: Path, seed: int = 1, n_files: int = 30) -> Path:
    """A small seized-folder lookalike: text, binary, duplicates, a nested zip, odd names."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "DCIM" / "Camera").mkdir(parents=True)
    (root / "WhatsApp" / "Media").mkdir(parents=True)
    for i in range(n_files):
        size = rng.choice([0, 1, 100, 4096, 70_000, (1 << 20) + 3])
        (root / "DCIM" / "Camera" / f"IMG_{i:04d}.bin").write_bytes(rng.randbytes(size))
    (root / "notes.txt").write_text("পাসপোর্ট জমা রাখতে হবে\nfree visa, no experience\n", encoding="utf-8")
    (root / "WhatsApp" / "copy of notes.txt").write_bytes((root / "notes.txt").read_bytes())
    (root / "name with spaces, and comma.txt").write_text("spaces\n")
    (root / "বাংলা নাম.txt").write_text("bengali name\n", encoding="utf-8")
    inner = make_zip({"deep/inner.txt": b"inner text\n"})
    (root / "WhatsApp" / "export.zip").write_bytes(make_zip({
        "WhatsApp Chat with Rahim.txt": b"12/01/2024, 10:00 - Rahim: send the advance by bKash\n",
        "IMG-20240112-WA0001.jpg": rng.randbytes(5000),
        "nested.zip": inner,
    }))
    return root


def tree_state(root: Path) -> dict[str, tuple]:
    """Contents digest and mtime of everything under root (links not followed)."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in sorted(dirnames + filenames):
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            digest = None
            if os.path.isfile(p) and not os.path.islink(p):
                digest = hashlib.sha256(Path(p).read_bytes()).hexdigest()
            state[os.path.relpath(p, root)] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return state


def load_findings(case_dir: Path) -> dict:
    return json.loads((case_dir / "reports" / "findings.json").read_text(encoding="utf-8"))


TIMESTAMP_KEYS = {"created_utc", "added_utc", "started_utc", "finished_utc"}


def without_timestamps(obj):
    """findings.json with the run's timestamps removed, for byte-level comparisons."""
    if isinstance(obj, dict):
        return {k: without_timestamps(v) for k, v in obj.items() if k not in TIMESTAMP_KEYS}
    if isinstance(obj, list):
        return [without_timestamps(v) for v in obj]
    return obj


def sqlite_db(path: Path, *statements: str) -> Path:
    """A SQLite database at ``path`` made of ``statements`` (another app's tables, say)."""
    import sqlite3

    con = sqlite3.connect(path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def assert_damage_is_recorded(parsers, path: Path, data: bytes, cut: int, noise: bytes, **options):
    """Write ``data`` with ``noise`` over it at ``cut`` and parse it: whatever the damage, the file
    is parsed, partial, skipped or not examined with a reason, never a parser failure."""
    from evidtriage.testing import run_parser

    path.write_bytes(data[:cut] + noise + data[cut + len(noise):])
    run = run_parser(parsers, path, **options)
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason
    assert "failed (" not in run.reason, run.reason  # a parser bug, not a damaged file
    return run
