"""``evidtriage eval`` and the figures of the frozen test part of the development corpus.

The frozen part (eval/corpus/test.jsonl) is never tuned on; its figures are recorded in
eval/corpus/test-figures.json, and this test keeps every one of them: a rule change that loses
recall, precision or entity precision there fails here. After an improvement, record the new
figures with: python -m evidtriage.indicators.eval eval/corpus/test.jsonl eval/corpus/test-figures.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidtriage.indicators.eval import CorpusError, evaluate, load_corpus, wilson

from packs import builtin_matcher

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "eval" / "corpus"


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


@pytest.fixture(scope="module")
def frozen(matcher):
    return evaluate(load_corpus(CORPUS / "test.jsonl"), matcher)


def test_wilson_interval_known_values():
    # research §5.2: 27/30 is [0.74, 0.97], 30/30 is [0.89, 1.0]
    assert wilson(27, 30) == (0.744, 0.965)
    assert wilson(30, 30)[0] == pytest.approx(0.886, abs=0.001) and wilson(30, 30)[1] == 1.0
    assert wilson(0, 0) == (0.0, 1.0)


def test_corpus_is_big_enough_and_balanced():
    items = load_corpus(CORPUS)
    assert len(items) >= 600
    pos = [i for i in items if i.label == "flag"]
    neg = [i for i in items if i.label == "ok"]
    assert len(neg) >= len(pos) * 0.9
    assert sum(i.hard for i in neg) > len(neg) / 2
    for cat in {i.category for i in pos}:
        members = [i for i in pos if i.category == cat]
        assert len(members) >= 40, cat
        assert {i.script for i in members} == {"bn", "bn-Latn", "en"}, cat


def test_tune_and_test_parts_share_no_text():
    test = {i.text for i in load_corpus(CORPUS / "test.jsonl")}
    tune = {i.text for i in load_corpus(CORPUS / "tune.jsonl")}
    assert not test & tune


def test_frozen_part_keeps_its_recorded_figures(frozen):
    recorded = json.loads((CORPUS / "test-figures.json").read_text(encoding="utf-8"))
    assert frozen["review_line"] == recorded["review_line"]
    assert frozen["recall"]["value"] >= recorded["recall"]
    assert frozen["precision"]["value"] >= recorded["precision"]
    assert frozen["hard_false_positive_rate"]["value"] <= recorded["hard_false_positive_rate"]
    for cat, value in recorded["category_recall"].items():
        assert frozen["by_category"][cat]["recall"]["value"] >= value, cat
    for script, value in recorded["script_recall"].items():
        assert frozen["by_script"][script]["recall"]["value"] >= value, script
    for voice, value in recorded["voice_false_positive_rate"].items():
        assert frozen["false_positives_by_voice"][voice]["value"] <= value, voice
    assert frozen["entities"]["precision"]["value"] >= recorded["entity_precision"]
    assert frozen["entities"]["recall"]["value"] >= recorded["entity_recall"]


def test_evaluation_counts_by_hand(tmp_path, matcher):
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": "the sponsor took my passport and will not give it back", "label": "flag",
         "category": "isolation_and_control", "script": "en", "voice": "victim"},
        {"id": "b", "text": "see you at dinner", "label": "flag", "category": "minors", "script": "en", "voice": "victim"},
        {"id": "c", "text": "lunch at one?", "label": "ok", "script": "en", "voice": "chatter",
         "entities": [{"type": "phone", "value": "+8801712345678"}]},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = evaluate(load_corpus(corpus), matcher)
    assert (report["recall"]["k"], report["recall"]["n"]) == (1, 2)
    assert report["precision"]["value"] == 1.0
    assert [m["id"] for m in report["misses"]] == ["b"]
    assert report["entities"]["missed"] == [{"id": "c", "type": "phone", "value": "+8801712345678"}]
    assert report["false_positives_by_voice"]["chatter"]["k"] == 0


def test_entities_are_scored_on_the_types_measured_and_handles_without_case(tmp_path, matcher):
    """Was: a URL a writer listed counted as an entity missed, though URLs are not among the types
    scored, and a handle labelled as written ("@ProbashiSurokkha") as both missed and invented, as
    the extractor gives it in the lower case Telegram reads it in."""
    corpus = tmp_path / "c.jsonl"
    rows = [
        {"id": "a", "text": "news and more on our Telegram channel @ProbashiSurokkha and https://example.org/jobs",
         "label": "ok", "script": "en", "voice": "awareness",
         "entities": [{"type": "telegram", "value": "@ProbashiSurokkha"}, {"type": "url", "value": "https://example.org/jobs"}]},
        {"id": "b", "text": "write to Info.Desk@Example.org today", "label": "ok", "script": "en", "voice": "official",
         "entities": [{"type": "email", "value": "Info.Desk@Example.org"}]},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    ents = evaluate(load_corpus(corpus), matcher)["entities"]
    assert (ents["missed"], ents["invented"]) == ([], [])
    assert (ents["recall"]["k"], ents["recall"]["n"], ents["precision"]["n"]) == (2, 2, 2)


def test_weak_mentions_are_counted_apart_from_flags(tmp_path, matcher):
    """An item with a hit below the line is not flagged, but is among the weak mentions an officer
    may read: the report counts those of each label."""
    corpus = tmp_path / "c.jsonl"
    weak = "Saudi visa, salary 1500 riyal"  # a salary figure: context, below the line
    assert 0 < matcher.match_many([weak])[0].score < matcher.line
    rows = [
        {"id": "a", "text": weak, "label": "flag", "category": "recruitment_deception", "script": "en", "voice": "x"},
        {"id": "b", "text": "see you at dinner", "label": "flag", "category": "minors", "script": "en", "voice": "x"},
        {"id": "c", "text": "my cousin in Saudi: salary 1500 riyal, he is fine", "label": "ok", "script": "en",
         "voice": "family"},
        {"id": "d", "text": "lunch at one?", "label": "ok", "script": "en", "voice": "chatter"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = evaluate(load_corpus(corpus), matcher)
    assert report["recall"]["k"] == 0
    assert (report["recall_with_weak_mentions"]["k"], report["recall_with_weak_mentions"]["n"]) == (1, 2)
    assert report["weak_mentions"] == {"to_flag": 1, "not_to_flag": 1}


@pytest.mark.parametrize("line,message", [
    ("not json", "not JSON"),
    ('{"id": "x", "text": "t", "label": "maybe"}', "label must be"),
    ('{"id": "x", "text": "t", "label": "flag"}', "needs a category"),
    ('{"text": "t", "label": "ok"}', "needs an 'id'"),
])
def test_bad_corpus_lines_are_named(tmp_path, line, message):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=rf"c.jsonl:1: .*{message}"):
        load_corpus(corpus)


def test_eval_command_prints_figures_and_json(cli, tmp_path):
    result = cli("eval", str(CORPUS / "test.jsonl"), "--misses", "0")
    assert result.exit_code == 0, result.stderr
    assert "recall" in result.stdout and "by script" in result.stdout and "false positives by voice" in result.stdout
    result = cli("eval", str(CORPUS / "test.jsonl"), "--json")
    data = json.loads(result.stdout)
    assert {"recall", "precision", "by_category", "by_script", "false_positives_by_voice", "entities",
            "misses"} <= data.keys()


def test_eval_command_on_a_missing_corpus_says_so_in_one_line(cli, tmp_path):
    result = cli("eval", str(tmp_path / "nothing"))
    assert result.exit_code != 0
    assert "corpus not found" in result.stderr and "Traceback" not in result.stderr
