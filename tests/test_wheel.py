"""Built-in plugins, rule packs and report templates work from an installed wheel, not only from
a checkout (DESIGN.md)."""

import json
import os
import subprocess
import sys

from conftest import REPO


def test_installed_wheel_has_builtins(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(REPO)], check=True, capture_output=True)
    (wheel,) = wheels.glob("evidtriage-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import json, evidtriage\n"
        "from evidtriage.plugins import Plugins\n"
        "from evidtriage.indicators.rules import load_packs\n"
        "from evidtriage.resources import builtin_rules_dir\n"
        "from evidtriage.reports.html_report import TEMPLATES\n"
        "from evidtriage.ranking_aid import shipped_model\n"
        "from evidtriage.ranking_aid.model import MODEL_FILE, MODEL_SHA256\n"
        "p = Plugins((), entry_points=False)\n"
        "print(json.dumps({'module': evidtriage.__file__, 'parsers': sorted(e.cls.NAME for e in p.parsers),"
        " 'origins': sorted({e.origin for e in p.parsers}), 'rules': sum(len(k.rules) for k in load_packs([builtin_rules_dir()])),"
        " 'templates': (TEMPLATES / 'report.html.j2').is_file(),"
        " 'aid': [str(MODEL_FILE), shipped_model().sha256 == MODEL_SHA256, shipped_model().score('kauke bolba na').words]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    got = json.loads(out.stdout)
    assert got["module"].startswith(str(target))  # the wheel, not the checkout
    assert {"image", "text", "whatsapp_txt"} <= set(got["parsers"]) and got["origins"] == ["built-in"]
    assert got["rules"] >= 60 and got["templates"]
    aid_file, recorded, words = got["aid"]  # the ranking aid's model ships in the wheel, as recorded
    assert aid_file.startswith(str(target)) and recorded and words
