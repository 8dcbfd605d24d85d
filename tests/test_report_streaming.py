"""Reports read from the store a row at a time (issue 19, bounded memory): the streamed
findings.json is the very document ``json.dump`` would write, artifacts.jsonl holds its
artifacts, and the review page's light findings group exactly as the full ones do."""

import json

import pytest

from conftest import load_findings
from evidtriage.reports.findings import (ArtifactRows, Streamed, as_lists, build_findings, conversation_rows,
                                         review_findings, timeline)
from evidtriage.store import Store


@pytest.fixture(scope="module")
def demo_case(tmp_path_factory):
    from typer.testing import CliRunner

    from evidtriage.cli.main import app
    from evidtriage.demo import generate_demo_source

    root = tmp_path_factory.mktemp("streaming")
    source = generate_demo_source(root / "phone")
    case = root / "case"
    r = CliRunner().invoke(app, ["triage", str(source), "--case", str(case), "--examiner", "Test Examiner",
                                 "--no-ocr", "--timezone", "Asia/Dhaka"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return case


def test_streamed_findings_are_the_bytes_json_dump_writes(demo_case):
    written = (demo_case / "reports" / "findings.json").read_text(encoding="utf-8")
    with Store.open(demo_case) as store:
        f = build_findings(store)
        assert isinstance(f["artifacts"], ArtifactRows)  # never a list of every artifact
        assert all(isinstance(f[k], Streamed) for k in ("groups", "templates", "entities"))
        whole = as_lists(f)
    assert whole["artifacts"] and any(a["hits"] for a in whole["artifacts"])
    assert written == json.dumps(whole, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_artifacts_jsonl_holds_the_artifacts_one_a_line(demo_case):
    lines = (demo_case / "reports" / "artifacts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == load_findings(demo_case)["artifacts"]
    assert all("\n" not in line and line.startswith('{"') for line in lines)


def test_the_review_page_groups_as_the_full_findings_do(demo_case):
    with Store.open(demo_case) as store:
        full, light = as_lists(build_findings(store)), review_findings(store)
        for k in ("groups", "templates", "review", "case", "run"):
            assert light[k] == full[k], k
        assert light["artifacts"] == [a for a in full["artifacts"] if a["hits"]]


def test_the_timeline_from_the_store_is_the_sorted_list(demo_case):
    with Store.open(demo_case) as store:
        rows = build_findings(store)["artifacts"]
        streamed = [a["key"] for a in timeline(rows)]
        listed = [a["key"] for a in timeline(list(rows))]
    assert streamed == listed and len(listed) > 10


def test_conversation_figures_keep_the_types_and_order_of_a_plain_sum():
    rows = conversation_rows([("EX1", "c.txt", "A", "2024-01-02T00:00:00Z", 0.0, False),
                              ("EX1", "c.txt", "A", None, 0.1, True), ("EX1", "c.txt", "A", "", 0.2, True),
                              ("EX1", "c.txt", "A", "2024-01-01T00:00:00Z", 0, False),
                              ("EX1", "d.txt", "", None, 0, False)])
    a, d = rows
    assert (a["score"], a["top_score"], a["messages"], a["messages_with_hits"]) == (round(0.0 + 0.1 + 0.2 + 0, 2), 0.2, 4, 2)
    assert (a["first_timestamp"], a["last_timestamp"]) == ("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z")
    assert d["score"] == 0 and type(d["score"]) is int and type(d["top_score"]) is int  # nothing matched: no float


def test_the_review_page_shows_its_findings_a_page_at_a_time(demo_case, monkeypatch):
    from types import SimpleNamespace

    from evidtriage.review import server

    monkeypatch.setattr(server, "PAGE_SIZE", 2)
    with Store.open(demo_case) as store:
        ids = [g["id"] for g in review_findings(store)["groups"]]
        srv = server.ReviewServer(store, str(demo_case), SimpleNamespace(examiner="Test Examiner"))
        try:
            srv.prepare()
            assert srv.pages == -(-len(ids) // 2) > 1
            shown = [[i for i in ids if f'id="{i}"' in srv.page(n).decode()] for n in range(srv.pages)]
            assert [i for page in shown for i in page] and sorted(i for page in shown for i in page) == sorted(ids)
            assert all(len(page) <= 2 for page in shown)
            assert f"page=1" in srv.page(0).decode() and "next page" in srv.page(0).decode()
            assert srv._groups == server.decisions.finding_keys(store)  # as review --set groups them
        finally:
            srv.server_close()


def test_findings_ranked_in_the_store_make_the_reports_ranked_from_lists(demo_case):
    """The reports read the ranking from the store (findings grouped and ranked in SQL); given the
    same findings as plain lists they rank them in Python: every report is the same, decisions
    on a finding and on an artifact of another included."""
    from evidtriage.reports.csv_report import tables
    from evidtriage.reports.html_report import render_html, render_reviewed_html
    from evidtriage.reports.pdf_report import print_documents

    with Store.open(demo_case) as store:
        f = build_findings(store)
        groups = list(f["groups"])
        assert len(groups) > 3
        decided = {"examiner": "Test Examiner", "time_utc": "2024-01-01T00:00:00Z", "comment": "", "tags": [],
                   "supersedes": None}
        f["review"] = {"superseded": 0, "decisions": [
            {**decided, "seq": 7, "key": groups[0]["id"], "decision": "not-relevant"},
            {**decided, "seq": 8, "key": groups[2]["artifacts"][-1], "decision": "relevant"}]}
        lists = as_lists(f)
        assert render_html(f, []) == render_html(lists, [])
        assert render_reviewed_html(f, []) == render_reviewed_html(lists, [])
        assert "Marked not relevant" in render_html(f, []) and groups[2]["id"] in render_reviewed_html(f, [])
        assert list(print_documents(f)) == list(print_documents(lists))
        streamed, listed = tables(f), tables(lists)
        for name, (header, rows) in streamed.items():
            assert [list(r) for r in rows] == [list(r) for r in listed[name][1]], name
        assert len(list(streamed["findings"][1])) > len(groups)



def test_streamed_lists_say_whether_they_are_empty_without_reading_them(demo_case, monkeypatch):
    import gc
    import sys
    import threading

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_value))
    with Store.open(demo_case) as store:
        f = build_findings(store)
        for name in ("groups", "templates", "entities"):
            assert bool(f[name]) == bool(list(f[name])), name
        thread = threading.Thread(target=gc.collect)  # nothing half read is left to be closed there
        thread.start()
        thread.join()
    assert not seen
