"""A run that stopped between the custody store and its mirror (killed, a power cut) must not leave the
case's custody unverifiable, nor its reports unwritable: the next entry completes the mirror from the
store (whose entries are signed and chained) and records that it did; a mirror that is not the store's
beginning (altered) is left for `verify` to name."""
from __future__ import annotations

import json

from evidtriage.custody import log


def _case(tmp_path, cli):
    case = tmp_path / "case"
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text("passport amar kache thakbe, kauke bolba na", encoding="utf-8")
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    assert cli("evidence", "add", case, src, "--exhibit", "EX01").exit_code == 0
    return case


def _lines(case):
    return (case / "custody.jsonl").read_bytes().splitlines(keepends=True)


def test_a_torn_last_line_is_completed_from_the_store_and_said(tmp_path, cli):
    case = _case(tmp_path, cli)
    lines = _lines(case)
    torn = lines[-1][: len(lines[-1]) // 2]
    (case / "custody.jsonl").write_bytes(b"".join(lines[:-1]) + torn)  # the run stopped mid-line
    assert cli("verify", case).exit_code != 0  # as it stands, the mirror is not the store
    r = cli("scan", case)
    assert r.exit_code == 0, r
    after = [json.loads(x) for x in _lines(case)]
    assert [x["seq"] for x in after] == list(range(1, len(after) + 1))
    done = [x for x in after if x["action"] == "custody mirror completed"]
    assert len(done) == 1 and done[0]["details"] == {
        "entries_written_from_the_store": [len(lines), len(lines)], "torn_bytes_removed": len(torn)}
    assert b"".join(_lines(case)[:len(lines)]) == b"".join(lines)  # the torn line whole again, byte for byte
    assert cli("verify", case).exit_code == 0


def test_entries_the_mirror_lacks_are_written_from_the_store(tmp_path, cli):
    case = _case(tmp_path, cli)
    lines = _lines(case)
    (case / "custody.jsonl").write_bytes(b"".join(lines[:-2]))  # stopped after the store, before the mirror
    assert cli("scan", case).exit_code == 0
    after = [json.loads(x) for x in _lines(case)]
    done = [x for x in after if x["action"] == "custody mirror completed"]
    assert done[0]["details"] == {"entries_written_from_the_store": [len(lines) - 1, len(lines)], "torn_bytes_removed": 0}
    assert cli("verify", case).exit_code == 0


def test_an_altered_mirror_is_left_for_verify_and_the_reports_are_still_written(tmp_path, cli):
    case = _case(tmp_path, cli)
    lines = _lines(case)
    changed = lines[1].replace(b'"examiner": "A"', b'"examiner": "B"')
    assert changed != lines[1]
    (case / "custody.jsonl").write_bytes(lines[0] + changed + b"".join(lines[2:]) + b"not json\n")
    r = cli("scan", case)
    assert r.exit_code == 0, r  # the reports are written; the custody problem is verify's to say
    assert not any(json.loads(x)["action"] == "custody mirror completed" for x in _lines(case)[2:-1] if x != b"not json\n")
    assert _lines(case)[1] == changed
    v = cli("verify", case)
    assert v.exit_code != 0 and "custody.jsonl" in v.stdout + v.stderr


def test_a_mirror_level_with_the_store_is_read_at_its_end_only(tmp_path, cli, monkeypatch):
    case = _case(tmp_path, cli)

    def whole(fd, size):
        raise AssertionError("the whole mirror was read though it was level with the store")

    monkeypatch.setattr(log, "_whole", whole)
    monkeypatch.setattr(log, "_TAIL", 64)  # lines longer than a read: the line's start is looked for further back
    assert cli("scan", case).exit_code == 0
    assert not any(json.loads(x)["action"] == "custody mirror completed" for x in _lines(case))
    assert cli("verify", case).exit_code == 0
