"""The statistical ranking aid (issue 15): a separate, explained ranking of the texts no rule
flagged, never a finding.

Kept here: the scorer's explanation names words of the text; the shipped model loads from the
package with its recorded sha256 (tests/test_wheel.py loads it from an installed wheel too); the
same text gives the same score; a case with an unflagged text the aid ranks high gets the aid's
section in report.html and its list in findings.json's ``ranking_aid``, while every finding
stays byte for byte what it is with ``--no-ranking-aid``; a reopened case scanned with another
aid model, or with the aid turned off, is matched again and says which model ranked; ``eval``
prints the aid's review recall and load, and says when a corpus is one the aid was trained on.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

from evidtriage.ranking_aid import AidScore, RankingAidError, load_model, shipped_model
from evidtriage.ranking_aid.features import feature_set, words
from evidtriage.ranking_aid.model import MODEL_FILE, MODEL_SHA256

REPO = Path(__file__).resolve().parent.parent
#: A text the rules leave alone (a victim, watched, saying so without a rule's words) and the aid ranks high.
#: (Until packs 1.10.0 it was "..., room e camera ase, shob call shune": iso.overheard now reads that.)
WATCHED = "vai ami ekhon kotha bolte parbo na, oder lok pashe ase, pore janabo"
PLAIN = "ammu kal bari ashbo, bazar theke ki anbo?"
FLAGGED = "passport amar kache jama rakhte hobe. advance 50000 taka bKash 01712-345678, kauke bolba na"
TEXTS = [WATCHED, PLAIN, FLAGGED, "মালিক পাসপোর্ট রেখে দিয়েছে, বাইরে যেতে দেয় না", "Send 3000 for boosting the Malaysia job post",
         "ＦＵＬＬ　ＷＩＤＴＨ and café", ""]


def test_the_shipped_model_is_the_recorded_one():
    data = resources.files("evidtriage.ranking_aid").joinpath("model.json").read_bytes()
    assert MODEL_SHA256 and hashlib.sha256(data).hexdigest() == MODEL_SHA256
    aid = shipped_model()
    assert aid.sha256 == MODEL_SHA256 and 0 < aid.line < 1 and aid.weights
    assert aid.describe() == {"version": aid.version, "sha256": MODEL_SHA256, "line": aid.line,
                              "features": len(aid.weights)}
    # trained on eval/dev only, never on eval/corpus (the frozen test part)
    assert aid.trained_on and all(f.startswith("eval/dev/") for f, _ in aid.trained_on)


def test_a_model_file_that_is_not_the_recorded_one_is_refused(tmp_path):
    other = tmp_path / "model.json"
    other.write_bytes(MODEL_FILE.read_bytes().replace(b'"version":"', b'"version":"x', 1))
    with pytest.raises(RankingAidError, match="not the model this evidtriage records"):
        load_model(other, expect_sha256=MODEL_SHA256)
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(RankingAidError, match="format"):
        load_model(tmp_path / "bad.json")
    with pytest.raises(RankingAidError, match="cannot read"):
        load_model(tmp_path / "missing.json")


@pytest.mark.parametrize("text", TEXTS)
def test_the_explanation_names_words_of_the_text(text):
    s = shipped_model().score(text)
    assert isinstance(s, AidScore) and 0 <= s.probability <= 1
    spans = {text[a:b] for _, a, b in words(text)}
    assert all(w in spans for w in s.words)  # each as the text writes it
    assert len(s.words) == len(set(s.words)) <= 5


def test_the_words_named_are_those_that_raised_the_probability():
    aid = shipped_model()
    s = aid.score(WATCHED)
    assert s.probability >= aid.line and s.words
    # taking the words named out of the text lowers its probability
    rest = " ".join(w for w, _, _ in words(WATCHED) if w not in {x.lower() for x in s.words})
    assert aid.score(rest).probability < s.probability
    assert aid.score(PLAIN).probability < aid.line


def test_scores_are_deterministic():
    aid, again = shipped_model(), load_model()
    for text in TEXTS:
        assert aid.score(text) == aid.score(text) == again.score(text)
    assert feature_set(WATCHED) == feature_set(WATCHED)
    # the featuriser reads text as the matcher normalises it: case, width and Bengali digits fold
    assert words("ＡＢＣ ১২৩") == [("abc", 0, 3), ("000", 4, 7)]


def test_eval_prints_the_aids_figures(cli, tmp_path):
    corpus = tmp_path / "c.jsonl"
    items = [{"id": "a", "text": WATCHED, "label": "flag", "category": "isolation_and_control", "script": "bn-Latn"},
             {"id": "b", "text": PLAIN, "label": "ok", "script": "bn-Latn", "voice": "family"},
             {"id": "c", "text": FLAGGED, "label": "flag", "category": "isolation_and_control", "script": "bn-Latn"}]
    corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    r = cli("eval", corpus, "--misses", "0")
    assert r.exit_code == 0, r
    assert "ranking aid" in r.stdout and "review recall" in r.stdout and "IN-SAMPLE" not in r.stdout
    data = json.loads(cli("eval", corpus, "--json").stdout)["ranking_aid"]
    assert data["unflagged_to_flag"] == 1 and data["unflagged_innocent"] == 1
    assert data["review_recall"]["k"] == 1 and data["review_load"]["k"] == 0
    assert [x["id"] for x in data["listed"]] == ["a"] and data["in_sample"] == []
    assert "ranking_aid" not in json.loads(cli("eval", corpus, "--json", "--no-ranking-aid").stdout)


def test_eval_says_when_the_aid_was_trained_on_the_corpus(cli):
    r = cli("eval", REPO / "eval" / "dev" / "dev2.jsonl", "--misses", "0")
    assert r.exit_code == 0, r
    assert "IN-SAMPLE" in r.stdout and "dev2.jsonl" in r.stdout


def _seized(root: Path) -> Path:
    root.mkdir()
    (root / "watched.txt").write_text(WATCHED + "\n", encoding="utf-8")
    (root / "home.txt").write_text(PLAIN + "\n", encoding="utf-8")
    (root / "agent.txt").write_text(FLAGGED + "\n", encoding="utf-8")
    return root


def _findings(case: Path) -> dict:
    return json.loads((case / "reports" / "findings.json").read_text(encoding="utf-8"))


def _without_aid_and_times(f: dict) -> dict:
    f = dict(f)
    f.pop("ranking_aid")
    f["run"] = {k: v for k, v in f["run"].items() if k not in ("ranking_aid", "started_utc", "finished_utc")}
    f["case"] = {k: v for k, v in f["case"].items() if k != "created_utc"}
    f["exhibits"] = [{k: v for k, v in e.items() if k not in ("source", "added_utc")} for e in f["exhibits"]]
    return f


def test_the_aids_section_is_apart_and_changes_no_finding(cli, tmp_path):
    src = _seized(tmp_path / "src")
    with_aid, without = tmp_path / "with", tmp_path / "without"
    assert cli("triage", src, "--case", with_aid, "--case-id", "C1", "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    r = cli("triage", src, "--case", without, "--case-id", "C1", "--examiner", "A", "--no-ocr", "--workers", "1",
            "--no-ranking-aid")
    assert r.exit_code == 0, r
    f, g = _findings(with_aid), _findings(without)
    aid = shipped_model()
    assert f["run"]["ranking_aid"]["sha256"] == aid.sha256 and f["run"]["ranking_aid"]["line"] == aid.line
    assert g["run"]["ranking_aid"] == {"used": False} and g["ranking_aid"]["listed"] == []
    watched = next(a for a in f["artifacts"] if a.get("text", "").startswith("vai ami"))
    flagged = next(a for a in f["artifacts"] if a.get("text", "").startswith("passport"))
    assert flagged["flagged"] and not watched["flagged"] and not watched["hits"]
    listed = f["ranking_aid"]["listed"]
    assert [x["key"] for x in listed] == [watched["key"]]  # the flagged text is the rules', never the aid's
    assert listed[0]["probability"] >= aid.line and listed[0]["words"]
    assert "never a finding" in f["ranking_aid"]["note"]
    # every finding, group and score the same, byte for byte, with the aid or without it
    assert _without_aid_and_times(f) == _without_aid_and_times(g)
    for name in ("findings.csv", "messages.csv", "entities.csv"):
        assert (with_aid / "reports" / name).read_bytes() == (without / "reports" / name).read_bytes()
    html = (with_aid / "reports" / "report.html").read_text(encoding="utf-8")
    assert ("Not flagged by any rule: texts the statistical ranking aid puts first "
            "(a ranking aid, never a finding)") in html
    section = html.split('id="ranking-aid"', 1)[1].split("<h2", 1)[0]
    assert "oder lok pashe ase" in section and "passport amar kache" not in section
    assert all(w in section for w in listed[0]["words"])
    assert 'id="ranking-aid"' not in (without / "reports" / "report.html").read_text(encoding="utf-8")


def test_a_reopened_case_with_another_aid_is_matched_again(cli, tmp_path, monkeypatch):
    from evidtriage.ranking_aid import model as aid_model

    src = _seized(tmp_path / "src")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
    assert len(_findings(case)["ranking_aid"]["listed"]) == 1
    # the aid turned off: the case is matched again, and its list is gone, not left from the last model
    assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1", "--no-ranking-aid").exit_code == 0
    assert cli("report", case, "--format", "json", "--examiner", "A").exit_code == 0
    f = _findings(case)
    assert f["ranking_aid"]["listed"] == [] and f["run"]["ranking_aid"] == {"used": False}
    # another model (its line above every probability): matched again, the manifest names it
    data = json.loads(MODEL_FILE.read_bytes())
    data["version"], data["line"] = "9.9.9", 0.99999
    other = tmp_path / "model.json"
    other.write_bytes(json.dumps(data).encode())
    monkeypatch.setattr(aid_model, "MODEL_FILE", other)
    monkeypatch.setattr(aid_model, "MODEL_SHA256", hashlib.sha256(other.read_bytes()).hexdigest())
    aid_model.shipped_model.cache_clear()
    try:
        assert cli("scan", case, "--examiner", "A", "--no-ocr", "--workers", "1").exit_code == 0
        assert cli("report", case, "--format", "json", "--examiner", "A").exit_code == 0
        f = _findings(case)
        assert f["run"]["ranking_aid"]["version"] == "9.9.9" and f["ranking_aid"]["listed"] == []
    finally:
        aid_model.shipped_model.cache_clear()


def test_the_reports_section_shows_each_text_once_with_its_copies():
    from evidtriage.reports.html_report import aid_view

    model = {"used": True, "version": "1.0.0", "sha256": "x", "line": 0.6}
    findings = {"ranking_aid": {"note": "n", "model": model, "listed": [
        {"key": "a", "probability": 0.9, "words": ["job"]}, {"key": "b", "probability": 0.9, "words": ["job"]},
        {"key": "c", "probability": 0.7, "words": ["kaj"]}]},
        "artifacts": [{"key": k, "text": t, "kind": "message", "file": "chat.txt"}
                      for k, t in (("a", "factory job"), ("b", "factory job"), ("c", "kaj ache"))]}
    view = aid_view(findings)
    assert [(i["key"], i["aid_copies"]) for i in view["items"]] == [("a", 2), ("c", 1)] and view["total"] == 3
    assert aid_view({"ranking_aid": {"model": {"used": False}, "listed": []}}) is None
