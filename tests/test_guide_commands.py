"""Every command of the guides, run as written against the demo phone (issue 17 item 19).

The guides' shell blocks (hash lists checked with hashdeep and sha256sum, the signed manifest
checked with openssl, the custody log checked with Python alone) and the README's transcript are
run with their placeholders filled in: /media/extraction/PHONE-01 and SEIZED_FOLDER are the demo
phone (with its ``sdcard-link -> /proc/self``), /cases and DIR a case triaged from it. A command
that fails on the demo's evidence fails here.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

TOOLS = ("hashdeep", "sha256sum", "openssl")
pytestmark = pytest.mark.skipif(not all(shutil.which(t) for t in TOOLS),
                                reason="hashdeep, sha256sum and openssl are installed by `make test`")
CHECKED = re.compile(r"^(?:cd |hashdeep |sha256sum |md5sum |b3sum |openssl |evidtriage hash )")


def _blocks(name: str) -> list[tuple[str, str]]:
    """(language, body) of each fenced block of a guide."""
    text = (REPO / name).read_text(encoding="utf-8")
    return re.findall(r"```([a-z]*)\n(.*?)```", text, re.S)


def _script(name: str, fill: dict[str, str]) -> str:
    """The blocks of a guide that use standard tools, as one bash script, placeholders filled."""
    parts = []
    for lang, body in _blocks(name):
        if lang == "python" and "custody.jsonl" in body:
            parts.append(f"{sys.executable} - <<'PYTHON'\n{body}PYTHON\n")
            continue
        lines = [ln.split("  #")[0].rstrip() for ln in body.splitlines()]
        if lang or not any(CHECKED.match(ln) for ln in lines):
            continue
        parts.append("\n".join(ln for ln in lines if ln) + "\n")
    script = "set -euo pipefail\n" + "".join(parts)
    for placeholder, value in fill.items():
        script = script.replace(placeholder, value)
    return script


def _run(script: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo phone, hash lists of it, and a case triaged from it (OCR off, for speed)."""
    from evidtriage.demo import generate_demo_source

    root = tmp_path_factory.mktemp("guides")
    env = {**os.environ, "XDG_CONFIG_HOME": str(root / "config"), "XDG_DATA_HOME": str(root / "data"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    phone = generate_demo_source(root / "PHONE-01")
    assert (phone / "sdcard-link").is_symlink()
    case = root / "cases" / "DMP-2024-117"
    r = subprocess.run([str(Path(sys.executable).parent / "evidtriage"), "triage", str(phone), "--case", str(case),
                        "--case-id", "DMP-2024-117", "--exhibit", "PHONE-01", "--examiner", "SI Nasrin Akter",
                        "--no-ocr"], env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    return root, phone, case, env


@pytest.mark.parametrize("guide", ["docs/officer-guide.md", "docs/custody.md", "docs/prosecutor-guide.md"])
def test_the_guides_shell_commands_work_on_the_demo(demo, guide):
    root, phone, case, env = demo
    fill = {"/media/extraction/PHONE-01": str(phone), "SEIZED_FOLDER": str(phone), "/cases/DMP-2024-117": str(case),
            "/cases/": f"{root}/cases/", "DIR": str(case), "EXHIBIT": "PHONE-01"}
    script = _script(guide, fill)
    assert "hashdeep" in script or "openssl" in script, script
    r = _run(script, root, env)
    assert r.returncode == 0, f"{guide}:\n{script}\n--- stdout\n{r.stdout[-3000:]}\n--- stderr\n{r.stderr[-3000:]}"
    if "hashdeep" in script:
        assert "Audit passed" in r.stdout
    if "openssl pkeyutl" in script:
        assert "Signature Verified Successfully" in r.stdout


@pytest.fixture(scope="module")
def readme_session(demo, tmp_path_factory) -> list[tuple[str, subprocess.CompletedProcess]]:
    """The README's step-by-step session, each ``$`` line run in order in a fresh folder, once for
    the module's two tests (each ``scan`` of it builds the packs' matcher in a new process): the
    commands run and their results, up to the first that failed before ``verify``."""
    _, phone, _, env = demo
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(phone, folder / "PHONE-01", symlinks=True)
    (block,) = [b for _, b in _blocks("README.md") if "$ evidtriage case init" in b]
    commands = [ln[2:] for ln in re.sub(r"\\\n\s*", " ", block).splitlines() if ln.startswith("$ ")]
    assert len(commands) >= 8 and commands[-1].startswith("evidtriage verify")
    results = []
    for c in commands:
        r = _run("set -euo pipefail\n" + c, folder, env)
        results.append((c, r))
        if r.returncode != 0 and not c.startswith("evidtriage verify"):
            break  # the session stops where a step fails, as it did run test by test
    return results


def _assert_steps_before_verify_ran(session) -> None:
    for c, r in session:
        if not c.startswith("evidtriage verify"):
            assert r.returncode == 0, f"{c}\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}"


def test_the_readme_transcript_runs_on_the_demo(readme_session):
    _assert_steps_before_verify_ran(readme_session)


def test_the_readme_verify_passes_on_the_demo(readme_session):
    _assert_steps_before_verify_ran(readme_session)
    c, r = readme_session[-1]
    assert c.startswith("evidtriage verify")
    assert r.returncode == 0, f"{r.stdout[-2000:]}\n{r.stderr[-2000:]}"
