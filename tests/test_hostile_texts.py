"""Issue 18, item 7 for every parser: one text of any size (a document, a JSON export's message,
an SMS body, a database row, one 256 MB line of plain text) keeps time and memory linear and small.

Texts are capped where every parser's artifacts pass (``artifacts.MAX_TEXT_CHARS``): the artifact
says where it was cut (``cut``) and the file is partial, with the cut in its reason. Matching and
entity extraction run over bounded windows (``matcher.WINDOW``) that overlap, so a hit across a
window's edge is found once, at its exact offset. Sizes here are just over the caps: the same
paths as a 256 MB file, a fraction of the time (bench figures are in the issue's note).
"""

import json
import random
import sqlite3

import pytest

from conftest import load_findings
from evidtriage import MessageArtifact, Parser, TextArtifact
from evidtriage.artifacts import MAX_TEXT_CHARS
from evidtriage.indicators import matcher as matcher_module
from evidtriage.indicators.windows import windows
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from packs import builtin_matcher

PLUGINS = Plugins((), entry_points=False)
OVER = MAX_TEXT_CHARS + 300_000  # characters: just over what one artifact keeps
FILLER = "kemon acho bhai, aj ki korcho? "


def filler(n: int) -> str:
    return (FILLER * (n // len(FILLER) + 1))[:n]


def test_windows_own_every_position_once_and_hold_what_starts_there():
    rng = random.Random(7)
    for _ in range(300):
        size = rng.randint(20, 400)
        overlap = rng.randint(2, size - 1)
        length = rng.randint(0, 3000)
        ws = windows(length, size, overlap)
        assert ws[0].start == 0 and ws[-1].end == length
        assert all(w.end - w.start <= size for w in ws)
        owned = [p for w in ws for p in range(w.own_start, w.own_end)]
        assert owned == list(range(length))  # every position owned, by one window, in order
        for w in ws:  # what starts in a window's own stretch, up to overlap // 2 long, is inside it
            assert w.start <= w.own_start and min(w.own_end - 1 + overlap // 2, length) <= w.end


def test_a_long_text_is_matched_to_its_end_in_windows_with_exact_offsets():
    """Was: texts over 2,000,000 characters were matched up to there only ("only the first ...
    were matched"). Now every window is matched; a hit and a phone number laid across each
    window's edge are each found once, where they are."""
    m = builtin_matcher()
    phrase, phone = "passport amar kache jama", "01712-345678"
    n = 2_100_000  # past the old cut, and several windows
    edges = [w.end for w in windows(n, matcher_module.WINDOW, matcher_module.OVERLAP)][:-1]
    text = list(filler(n))
    where = []
    for e in edges + [n]:  # (a rule hits once a window: at the end, the phone alone)
        for offset, s in ((-10, phrase), (-5 - len(phrase) - 40, phone))[e == n:]:
            pos = e + offset
            text[pos - 1:pos + len(s) + 1] = " " + s + " "
            where.append((s, pos))
    text = "".join(text)[:n]
    r = m.match(text)
    assert not r.warnings
    phones = sorted(e.start for e in r.entities if e.type == "phone")
    assert phones == sorted(p for s, p in where if s == phone)
    starts = sorted(h.start for h in r.hits if h.rule_id == "doc.passport_retained")
    assert starts == sorted(p for s, p in where if s == phrase)
    for h in r.hits:
        assert text[h.start:h.end].startswith(h.matched[0])


class HugeTexts(Parser):
    """A third party's parser that hands over texts far longer than an artifact keeps."""

    NAME = "huge_texts"
    VERSION = "1"
    FILENAME_PATTERNS = ("*.huge",)

    def parse(self, file, stream, ctx):
        yield MessageArtifact(text="passport amar kache " + filler(OVER), sender="Agent", record="id=1")
        yield TextArtifact(text="short")
        yield TextArtifact(text=filler(OVER + 5))


def test_any_parsers_huge_text_is_cut_where_artifacts_pass(tmp_path):
    path = tmp_path / "x.huge"
    path.write_text("x")
    run = run_parser(HugeTexts, path)
    assert run.status == "partial", run
    msg, short, text = run.artifacts
    assert len(msg.text) == MAX_TEXT_CHARS and msg.text.startswith("passport amar kache")
    assert msg.cut == {"kept_characters": MAX_TEXT_CHARS, "characters": OVER + 20, "rest_at_byte": None}
    assert short.cut is None and short.text == "short"
    assert text.partial and text.cut["characters"] == OVER + 5
    assert f"text of artifact 0 cut at {MAX_TEXT_CHARS} characters of {OVER + 20}" in run.reason
    assert "(and 1 more texts)" in run.reason


def _telegram(path):
    path = path / "result.json"
    path.write_text(json.dumps({"name": "Agent", "type": "personal_chat", "id": 1, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-12T10:02:00", "from": "Agent", "from_id": "user1",
         "text": "passport amar kache " + filler(OVER)}]}))  # one line, as exports of one chat are
    return path


def _messenger(path):
    path = path / "message_1.json"
    path.write_text(json.dumps({"participants": [{"name": "Agent"}, {"name": "Karim"}], "messages": [
        {"sender_name": "Agent", "timestamp_ms": 1705053720000, "content": "passport amar kache " + filler(OVER)}],
        "title": "Agent", "thread_path": "inbox/agent_1"}))
    return path


def _sms(path):
    path = path / "sms-20240112.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1"><sms protocol="0" address="01712345678"'
                    f' date="1705053720000" type="1" body="passport amar kache {filler(OVER)}" /></smses>\n')
    return path


def _web_page(path):
    path = path / "ad.html"
    path.write_text(f"<html><body><p>passport amar kache {filler(OVER)}</p></body></html>")
    return path


def _imo(path):
    path = path / "imofriends.db"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE friends (_id INTEGER PRIMARY KEY, buid TEXT UNIQUE, name TEXT);
        CREATE TABLE messages (_id INTEGER PRIMARY KEY, buid TEXT, author TEXT, imdata TEXT, last_message TEXT,
            message_type INTEGER, timestamp INTEGER);""")
    con.execute("INSERT INTO messages (buid, last_message, message_type, timestamp) VALUES (?, ?, 1, ?)",
                ("u_agent", "passport amar kache " + filler(OVER), 1_705_053_720_000_000_000))
    con.commit()
    con.close()
    return path


def _plain(path):
    path = path / "notes.txt"
    path.write_text("passport amar kache " + filler(5 * MAX_TEXT_CHARS))  # past what the parser reads
    return path


@pytest.mark.parametrize("parser,make", [("telegram_json", _telegram), ("messenger_json", _messenger),
                                         ("sms_backup_xml", _sms), ("web_page", _web_page), ("imo_db", _imo),
                                         ("text", _plain)])
def test_every_parser_cuts_one_huge_text_and_says_where(tmp_path, parser, make):
    run = run_parser(PLUGINS.parser(parser), make(tmp_path))
    assert run.status == "partial", run
    texts = [a for a in run.artifacts if a.kind in ("text", "message") and a.text.startswith("passport")]
    assert len(texts) == 1, run.artifacts
    a = texts[0]
    assert len(a.text) <= MAX_TEXT_CHARS and a.cut["kept_characters"] == len(a.text)
    assert f"cut at {MAX_TEXT_CHARS} characters" in run.reason and "the rest is in the file" in run.reason


def test_plain_text_past_the_read_says_where_the_rest_starts(tmp_path):
    path = tmp_path / "one-line.txt"
    path.write_bytes(("আমি " * 10).encode() + b"x" * (5 * MAX_TEXT_CHARS))
    run = run_parser(PLUGINS.parser("text"), path)
    (a,) = run.artifacts
    assert a.cut["characters"] is None  # the file was not read to its end
    assert a.cut["rest_at_byte"] == len(a.text.encode("utf-8"))
    assert path.read_bytes()[:a.cut["rest_at_byte"]].decode("utf-8") == a.text
    assert f"from byte {a.cut['rest_at_byte']} of the file" in run.reason


def test_a_scan_of_huge_texts_finishes_with_them_cut_matched_and_named(tmp_path, cli):
    """A one-line text file and a one-line JSON export, each holding one huge text, beside an
    ordinary note: all scanned; the huge ones partial with the cut named, their kept text matched.
    (A scan, not a triage: the PDF report of a megabyte of text is the report's own matter.)"""
    src = tmp_path / "src"
    src.mkdir()
    _plain(src)
    _telegram(src)
    (src / "note.txt").write_text("advance 50000 taka bKash 01712345678, passport amar kache")
    case = tmp_path / "case"
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    assert cli("evidence", "add", case, src, "--exhibit", "EX01").exit_code == 0
    r = cli("scan", case, "--no-ocr")
    assert r.exit_code == 0, r
    f = load_findings(case)
    files = {x["path"]: x for x in f["files"]}
    for p in ("notes.txt", "result.json"):
        assert files[p]["status"] == "partial" and "cut at" in files[p]["reason"], files[p]
    assert files["note.txt"]["status"] == "parsed"
    arts = {a["file"]: a for a in f["artifacts"] if a["kind"] in ("text", "message")}
    assert arts["notes.txt"]["cut"]["kept_characters"] == MAX_TEXT_CHARS
    assert "cut" not in arts["note.txt"]  # only a cut text says so
    for p in ("notes.txt", "result.json", "note.txt"):
        assert any(h["rule_id"] == "doc.passport_retained" for h in arts[p]["hits"]), p
