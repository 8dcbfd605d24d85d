"""A long text in the HTML and PDF reports: its start and the context of its hits, with the cut
stated, so that a report of any size is written and signed (the custody issue, item 4)."""

import json

from evidtriage.reports.excerpt import CONTEXT, LIMIT, excerpt, flattened


def test_a_short_text_is_shown_whole():
    ex = excerpt(100, [(10, 20), (15, 30)])
    assert ex.whole and ex.parts[0].hits == ((10, 30),) and ex.note() == ""


def test_a_long_text_shows_its_start_and_each_hit_in_context_with_exact_offsets():
    text = "a" * 50_000 + "PASSPORT" + "b" * 50_000 + "VISA" + "c" * 10
    s1, s2 = text.index("PASSPORT"), text.index("VISA")
    ex = excerpt(len(text), [(s1, s1 + 8), (s2, s2 + 4)])
    assert [(p.start, p.end) for p in ex.parts] == [(0, CONTEXT), (s1 - CONTEXT, s1 + 8 + CONTEXT), (s2 - CONTEXT, len(text))]
    assert [h for p in ex.parts for h in p.hits] == [(s1, s1 + 8), (s2, s2 + 4)]
    assert "text of 100,022 characters" in ex.note() and "findings.json" in ex.note()
    shown, spans, note = flattened(text, [(s1, s1 + 8), (s2, s2 + 4)])
    assert [shown[s:e] for s, e in spans] == ["PASSPORT", "VISA"]
    assert "characters not shown" in shown and len(shown) < 2 * LIMIT and note == ex.note()


def test_hits_beyond_the_places_shown_are_counted():
    text = "".join("x" * 1000 + "HIT" for _ in range(40))
    spans = [(i, i + 3) for i in range(len(text)) if text.startswith("HIT", i)]
    ex = excerpt(len(text), spans)
    assert ex.hits_not_shown > 0 and f"{ex.hits_not_shown} more hits further on not shown" in ex.note()
    assert sum(len(p.hits) for p in ex.parts) + ex.hits_not_shown == 40


def test_a_huge_one_line_text_gives_small_signed_reports(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    filler = "lorem ipsum " * 40_000  # 0.48 MB either side, on one line (under the 2^20 an artifact keeps)
    (src / "dump.txt").write_text(filler + "passport amar kache jama rakhte hobe " + filler, encoding="utf-8")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    assert len(html) < 500_000 and "cut for this report" in html and "characters not shown" in html
    assert html.count("<mark>") >= 1 and "<mark>passport" in html
    assert (case / "reports" / "report.pdf").stat().st_size < 2_000_000
    log = [json.loads(x) for x in (case / "custody.jsonl").read_text().splitlines()]
    assert log[-1]["action"] == "report written"
    assert {"report.html", "report.pdf"} <= set(log[-1]["details"]["files"])
    # the whole text stays in findings.json
    findings = json.loads((case / "reports" / "findings.json").read_text(encoding="utf-8"))
    assert max(len(a.get("text") or "") for a in findings["artifacts"]) > 950_000


def test_the_report_and_readme_show_the_anchor_of_the_log_they_were_written_after(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text("free visa\n", encoding="utf-8")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    log = [json.loads(x) for x in (case / "custody.jsonl").read_text().splitlines()]
    before = log[-2]  # the head when the reports were written; "report written" is the last
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    readme = (case / "README.txt").read_text(encoding="utf-8")
    for page in (html, readme):
        assert f"entry hash   {before['entry_hash']}" in page
        assert f"log head     entry {before['seq']} ({before['action']}" in page
    r = cli("verify", case, "--anchor", before["entry_hash"])
    assert r.exit_code == 0, r.stdout
