"""The examiner's review decisions (issue 21): signed custody entries, superseded never deleted,
refused for bad input with one line, and the reports built from them."""

import json
import shutil
import sqlite3
import subprocess

import pytest

from conftest import copy_of_built_case, load_findings, triage_chat

CHAT = ("12/01/2024, 10:00 - Karim: bhai kemon acho\n"
        "12/01/2024, 10:02 - Rahim Agent: Malaysia factory job, free visa, no experience needed\n"
        "12/01/2024, 10:05 - Karim: ok bhai\n"
        "12/01/2024, 10:07 - Rahim Agent: passport amar kache jama rakhte hobe. advance 50000 taka bKash 01712-345678\n"
        "12/01/2024, 10:09 - Karim: ঠিক আছে ভাই, কাল পাঠাবো\n")


@pytest.fixture
def case(tmp_path, cli):
    """A copy of the chat's case, triaged once a session (:func:`conftest.copy_of_built_case`)."""
    case_dir = copy_of_built_case("review", lambda folder: triage_chat(cli, folder, CHAT, "--timezone", "Asia/Dhaka"),
                                  tmp_path)
    findings = load_findings(case_dir)
    groups = {a["text"][:8]: g["id"] for g in findings["groups"] for a in findings["artifacts"] if a["key"] == g["key"]}
    return case_dir, groups


def _log(case_dir):
    return [json.loads(x) for x in (case_dir / "custody.jsonl").read_text(encoding="utf-8").splitlines()]


def test_a_decision_is_a_signed_entry_and_a_change_supersedes_it(case, cli):
    case_dir, groups = case
    key = groups["passport"]
    r = cli("review", case_dir, "--set", key, "relevant", "--comment", "passport held by the broker", "--tag", "broker")
    assert r.exit_code == 0 and "relevant" in r.stdout, r
    r = cli("review", case_dir, "--set", key, "not-relevant", "--json")
    second = json.loads(r.stdout)
    entries = [e for e in _log(case_dir) if e["action"] == "review decision"]
    assert [e["details"]["decision"] for e in entries] == ["relevant", "not-relevant"]
    assert entries[0]["subject"] == key and entries[0]["examiner"] == "Insp. Rahman"
    assert entries[0]["details"]["tags"] == ["broker"] and entries[0]["details"]["artifacts"]
    assert second["supersedes"] == entries[0]["seq"] and second["seq"] == entries[1]["seq"]
    listed = json.loads(cli("review", case_dir, "--list", "--json").stdout)
    assert [(d["key"], d["decision"]) for d in listed] == [(key, "not-relevant")]
    history = json.loads(cli("review", case_dir, "--list", "--history", "--json").stdout)
    assert [d["decision"] for d in history] == ["relevant", "not-relevant"]
    assert cli("verify", case_dir, "--no-evidence").exit_code == 0


@pytest.mark.parametrize("args, message", [
    (("--set", "f-0000000000000000", "relevant"), "no finding or artifact"),
    (("--set", "KEY", "maybe"), "unknown decision"),
    (("--set", "KEY", "relevant", "--tag", "<b>boss</b>"), "tag '<b>boss</b>' refused"),
    (("--set", "KEY", "relevant", "--comment", "bell\x07"), "control characters"),
    (("--comment", "x"), "go with --set"),
])
def test_bad_decisions_are_refused_with_one_line(case, cli, args, message):
    case_dir, groups = case
    args = tuple(groups["passport"] if a == "KEY" else a for a in args)
    before = len(_log(case_dir))
    r = cli("review", case_dir, *args)
    assert r.exit_code == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1, r
    assert "Traceback" not in r.stderr and len(_log(case_dir)) == before


def test_a_script_in_a_comment_is_inert_text_in_every_report(case, cli):
    case_dir, groups = case
    comment = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    assert cli("review", case_dir, "--set", groups["passport"], "relevant", "--comment", comment).exit_code == 0
    assert cli("report", case_dir, "--format", "html").exit_code == 0
    assert cli("report", case_dir, "--reviewed", "--format", "html").exit_code == 0
    for name in ("report.html", "reviewed.html"):
        html = (case_dir / "reports" / name).read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in html and "<img src=x" not in html and '<script>alert("x")' not in html


def test_two_examiners_are_both_logged_in_order_and_the_latest_wins(case, cli, tmp_path, monkeypatch):
    from evidtriage.custody.keys import keys_dir

    case_dir, groups = case
    key = groups["passport"]
    first_config = str(keys_dir().parent.parent)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nasrin"))
    assert cli("key", "new").exit_code == 0
    nasrin_pub = keys_dir() / "examiner.pub"
    monkeypatch.setenv("XDG_CONFIG_HOME", first_config)
    assert cli("case", "handover", case_dir, "--examiner", "SI Nasrin Akter", "--public-key", nasrin_pub).exit_code == 0
    assert cli("review", case_dir, "--set", key, "relevant").exit_code == 0
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nasrin"))
    r = cli("review", case_dir, "--set", key, "needs-translation", "--examiner", "SI Nasrin Akter")
    assert r.exit_code == 0, r
    entries = [e for e in _log(case_dir) if e["action"] == "review decision"]
    assert [e["examiner"] for e in entries] == ["Insp. Rahman", "SI Nasrin Akter"]
    listed = json.loads(cli("review", case_dir, "--list", "--json").stdout)
    assert [(d["decision"], d["examiner"]) for d in listed] == [("needs-translation", "SI Nasrin Akter")]
    assert cli("verify", case_dir, "--no-evidence").exit_code == 0


def test_verify_catches_a_tampered_decision(case, cli):
    case_dir, groups = case
    assert cli("review", case_dir, "--set", groups["passport"], "not-relevant").exit_code == 0
    # the look-up table changed in the store: verify names it (the log is the record)
    with sqlite3.connect(case_dir / "case.sqlite") as db:
        db.execute("UPDATE decisions SET decision = 'relevant'")
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code != 0 and "review decision of custody entry" in r.stdout + r.stderr, r
    # the list rebuilds the table from the signed log
    assert json.loads(cli("review", case_dir, "--list", "--json").stdout)[0]["decision"] == "not-relevant"
    assert cli("verify", case_dir, "--no-evidence").exit_code == 0
    # the signed entry changed in the mirror: the chain check names it
    lines = (case_dir / "custody.jsonl").read_text(encoding="utf-8").splitlines()
    lines = [x.replace('"decision": "not-relevant"', '"decision": "relevant"') for x in lines]
    (case_dir / "custody.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = cli("verify", case_dir, "--no-evidence")
    assert r.exit_code != 0 and "custody.jsonl" in r.stdout + r.stderr, r


def test_full_report_shows_badges_and_keeps_not_relevant_findings_apart(case, cli):
    case_dir, groups = case
    cli("review", case_dir, "--set", groups["passport"], "relevant", "--tag", "broker")
    cli("review", case_dir, "--set", groups["Malaysia"], "not-relevant", "--comment", "generic advert")
    assert cli("report", case_dir, "--format", "html,json").exit_code == 0
    f = load_findings(case_dir)
    assert {d["key"]: d["decision"] for d in f["review"]["decisions"]} == {groups["passport"]: "relevant",
                                                                         groups["Malaysia"]: "not-relevant"}
    html = (case_dir / "reports" / "report.html").read_text(encoding="utf-8")
    apart = html.index('id="not-relevant"')
    assert html.index(f'id="{groups["Malaysia"]}"') > apart > html.index(f'id="{groups["passport"]}"')
    assert 'badge-relevant' in html and 'badge-not-relevant' in html and "generic advert" in html


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is installed by `make test`")
def test_reviewed_pdf_holds_exactly_the_relevant_items_with_context_and_how_to_check(case, cli):
    case_dir, groups = case
    cli("review", case_dir, "--set", groups["passport"], "relevant", "--comment", "the broker keeps the passport")
    cli("review", case_dir, "--set", groups["Malaysia"], "needs-translation")
    r = cli("report", case_dir, "--format", "pdf", "--reviewed")
    assert r.exit_code == 0, r
    text = subprocess.run(["pdftotext", str(case_dir / "reports" / "reviewed.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert groups["passport"] in flat and groups["Malaysia"] not in flat
    assert "the broker keeps the passport" in flat
    assert "ok bhai" in flat and "kemon acho" in flat  # the messages around it
    assert "2024-01-12 10:07:00 +06:00 (Asia/Dhaka) = 2024-01-12T04:07:00Z UTC" in flat and "12/01/2024, 10:07" in flat
    assert "How to check this report" in flat and "Versions" in flat and "Not examined" in flat
    assert "= 9" in flat  # the score's arithmetic
    assert cli("verify", case_dir, "--no-evidence").exit_code == 0
