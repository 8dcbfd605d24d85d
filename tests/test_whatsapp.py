"""WhatsApp "Export chat" parser: every layout and date order the research found, and bad input."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import load_findings, make_zip

PLUGINS = Plugins((), entry_points=False)
WA = PLUGINS.parser("whatsapp_txt")
ALL = [e.cls for e in PLUGINS.parsers]

LAYOUTS = {
    # locale: (export text, expected (sender, UTC time) of the second message with zone Asia/Dhaka)
    "en-US": ("1/5/24, 9:30 PM - Messages and calls are end-to-end encrypted.\n"
              "1/13/24, 9:05\u202fPM - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "en-GB/IN": ("05/01/2024, 21:30 - Karim created group \"Saudi jobs\"\n"
                 "13/01/2024, 21:05 - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "de": ("05.01.24, 21:30 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n"
           "13.01.24, 21:05 - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "fr": ("05/01/2024 à 21:30 - Karim a créé le groupe\n"
           "13/01/2024 à 21:05 - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "id": ("05/01/24 21.30 - Karim membuat grup\n"
           "13/01/24 21.05 - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "iOS": ("\u200e[05/01/2024, 21:30:00] Saudi jobs: \u200eMessages and calls are end-to-end encrypted.\n"
            "[13/01/2024, 9:05:10 PM] Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:10Z")),
    "bn digits": ("০৫/০১/২০২৪, ২১:৩০ - করিম গ্রুপ তৈরি করেছে\n"
                  "১৩/০১/২০২৪, ২১:০৫ - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
    "yyyy first": ("2024/01/05, 21:30 - Karim created group\n"
                   "2024/01/13, 21:05 - Rahim: free visa\n", ("Rahim", "2024-01-13T15:05:00Z")),
}


@pytest.mark.parametrize("locale", LAYOUTS)
def test_layouts_and_date_orders(tmp_path, locale):
    text, (sender, when) = LAYOUTS[locale]
    f = tmp_path / "WhatsApp Chat with Rahim.txt"
    f.write_text("\ufeff" + text, encoding="utf-8")
    run = run_parser(ALL, f, timezone="Asia/Dhaka")
    assert run.status == "parsed", run.reason
    first, second = run.artifacts
    assert run.stamped[0].parser == "whatsapp_txt"
    assert first.message_kind == "system"
    assert (second.sender, second.timestamp, second.text) == (sender, when, "free visa")
    assert second.zone_assumed and second.conversation == "Rahim"


def test_ambiguous_date_order_is_flagged_not_guessed_silently(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("05/01/2024, 10:00 - A: hi\n06/01/2024, 10:00 - B: hello\n")
    run = run_parser(WA, f)
    assert all("date order assumed day/month" in a.time_as_written for a in run.artifacts)
    assert run.artifacts[0].timestamp is None  # no zone given: only the time as written


def test_multiline_media_deleted_edited_and_attachments(tmp_path):
    f = tmp_path / "_chat.txt"
    f.write_text(
        "12/01/2024, 10:02 - Rahim: Malaysia factory job\nno experience needed\n\n12/01/2024 was the deadline\n"
        "12/01/2024, 10:03 - Karim: <Media omitted>\n"
        "12/01/2024, 10:04 - Rahim: IMG-20240112-WA0001.jpg (file attached)\nthe visa copy\n"
        "[12/01/2024, 10:05:00] Rahim: \u200e<attached: 00000042-PHOTO-2024-01-12-10-05-00.jpg>\n"
        "12/01/2024, 10:06 - Rahim: This message was deleted\n"
        "12/01/2024, 10:07 - Rahim: send the advance <This message was edited>\n", encoding="utf-8")
    arts = run_parser(WA, f).artifacts
    assert arts[0].text == "Malaysia factory job\nno experience needed\n\n12/01/2024 was the deadline"
    assert arts[0].line == 1
    assert [a.message_kind for a in arts] == ["message", "attachment", "attachment", "attachment", "deletion", "edit"]
    assert arts[2].attachments == (("IMG-20240112-WA0001.jpg", "IMG-20240112-WA0001.jpg"),)
    assert arts[3].attachments[0][0] == "00000042-PHOTO-2024-01-12-10-05-00.jpg"
    assert arts[5].text == "send the advance"


def test_zip_export_resolves_attachments_to_members(tmp_path, cli):
    chat = ("12/01/2024, 10:02 - Rahim: passport amar kache jama rakhte hobe\n"
            "12/01/2024, 10:03 - Rahim: IMG-20240112-WA0001.jpg (file attached)\n"
            "12/01/2024, 10:04 - Rahim: IMG-20240112-WA0002.jpg (file attached)\n").encode()
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with Rahim.zip").write_bytes(make_zip({
        "WhatsApp Chat with Rahim.txt": chat, "IMG-20240112-WA0001.jpg": b"\xff\xd8\xff\xe0 jpeg"}))
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--timezone", "Asia/Dhaka")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["kind"] == "message"]
    assert [m["sender"] for m in msgs] == ["Rahim"] * 3
    assert msgs[0]["hits"][0]["rule_id"] == "doc.passport_retained"
    assert msgs[1]["attachments"] == [["IMG-20240112-WA0001.jpg", "WhatsApp Chat with Rahim.zip!/IMG-20240112-WA0001.jpg"]]
    assert msgs[2]["attachments"] == [["IMG-20240112-WA0002.jpg", ""]]  # referenced, not in the export
    assert msgs[0]["conversation"] == "Rahim"


def test_ios_zip_takes_the_chat_name_from_the_zip(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat - Ammu.zip").write_bytes(make_zip({"_chat.txt": "[14/02/2024, 19:02:11] Ammu: kemon acho?\n".encode()}))
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    (conv,) = load_findings(tmp_path / "case")["conversations"]
    assert conv["conversation"] == "Ammu" and conv["messages"] == 1


def test_look_alike_text_is_not_a_chat(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("Shopping list\nrice 5 kg\n12/01/2024 doctor appointment\n")
    run = run_parser(ALL, f)
    assert run.stamped[0].parser == "text"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["12/01/2024, 10:02 - A: hi", "[1/2/24, 9:05:00 PM] B: x", "continued",
                                 "99/99/9999, 99:99 - bad", "\u200e", "", "১২/০১/২০২৪, ১০:০২ - C: হ্যাঁ"]),
                max_size=30), st.binary(max_size=200))
def test_fuzz_never_crashes(tmp_path, lines, noise):
    f = tmp_path / "WhatsApp Chat with X.txt"
    f.write_bytes("\n".join(lines).encode() + noise)
    run = run_parser(ALL, f, timezone="Asia/Dhaka")
    assert run.status in ("parsed", "partial", "skipped") and run.reason


def test_line_numbers_crlf_and_chunk_boundaries(tmp_path, monkeypatch):
    import sys
    module = sys.modules[WA.__module__]  # the plugin module, loaded from plugins/ by the plugin loader
    monkeypatch.setattr(module, "CHUNK", 7)  # every read ends mid-line, some mid-character
    f = tmp_path / "WhatsApp Chat with Rahim.txt"
    f.write_bytes("12/01/2024, 10:02 - Rahim: ভিসা ফ্রি\r\nline two\r\n\r\n"
                  "13/01/2024, 10:03 - Karim: ok\r\n13/01/2024, 10:04 - Rahim: last".encode())
    arts = run_parser(WA, f).artifacts
    assert [(a.line, a.text) for a in arts] == [(1, "ভিসা ফ্রি\nline two"), (4, "ok"), (5, "last")]


def test_narrow_space_is_kept_in_the_text_and_the_time_as_written(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("1/13/24, 9:05\u202fPM - Rahim: 5\u202f000 taka\n")
    (a,) = run_parser(WA, f, timezone="Asia/Dhaka").artifacts
    assert a.text == "5\u202f000 taka" and a.time_as_written == "1/13/24, 9:05\u202fPM"
    assert a.timestamp == "2024-01-13T15:05:00Z"


def test_date_order_override_applies_to_ambiguous_files(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with A.txt").write_text("05/01/2024, 10:00 - A: hi\n06/01/2024, 10:00 - B: hello\n")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--timezone", "UTC", "--date-order", "mdy")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message"]
    assert msgs[0]["timestamp"] == "2024-05-01T10:00:00Z"
    assert "assumed" not in msgs[0]["time_as_written"]
    assert findings["run"]["date_order"] == "mdy"
    bad = cli("triage", src, "--case", tmp_path / "case2", "--examiner", "A", "--date-order", "yd")
    assert bad.exit_code == 2 and "--date-order must be dmy, mdy or ymd" in bad.stderr
