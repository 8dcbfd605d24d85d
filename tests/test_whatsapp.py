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
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason


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


# --- Research notes, section 1 (WhatsApp), pitfall by pitfall -------------------------------------

def _parse(tmp_path, text, name="WhatsApp Chat with Rahim.txt", **kw):
    f = tmp_path / name
    f.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return run_parser(WA, f, **kw)


def _one(tmp_path, line, **kw):
    """The message a single export line becomes."""
    (a,) = _parse(tmp_path, line + "\n", **kw).artifacts
    return a


def test_1_1_export_near_a_cap_says_it_may_be_truncated(tmp_path):
    def export(n):
        return "".join(f"{1 + i // 1440 % 28:02d}/01/2024, {i // 60 % 24:02d}:{i % 60:02d} - A: m{i}\n" for i in range(n))

    arts = _parse(tmp_path, export(40_000)).artifacts
    assert len(arts) == 40_001 and arts[-1].kind == "metadata"
    assert arts[-1].source == "whatsapp-export"
    assert arts[-1].metadata == {"messages": 40_000, "may_be_truncated": True}
    assert _parse(tmp_path, export(9_950), name="WhatsApp Chat with B.txt").artifacts[-1].metadata["may_be_truncated"] is True
    assert all(a.kind == "message" for a in _parse(tmp_path, export(12_000), name="WhatsApp Chat with C.txt").artifacts)


def test_1_2_bom_mid_file_invalid_bytes_and_bidi_marks(tmp_path):
    data = ("\ufeff12/01/2024, 10:02 - Rahim: hi\n\ufeff12/01/2024, 10:03 - Karim: ok\n"
            "\u200f12/01/2024, 10:04 - Karim: \u2067مرحبا\u2069\n").encode() + b"12/01/2024, 10:05 - A: caf\xe9\n"
    arts = _parse(tmp_path, data).artifacts
    assert [a.sender for a in arts] == ["Rahim", "Karim", "Karim", "A"]
    assert arts[2].text == "\u2067مرحبا\u2069"  # the text is kept as written
    assert arts[3].text == "caf\ufffd"  # not cp1252, not a crash


def test_1_2_spanish_nbsp_inside_p_m_is_not_the_author(tmp_path):
    a = _one(tmp_path, "28/3/2025, 9:29\u00a0p.\u00a0m. - Michelle: hola", timezone="UTC")
    assert (a.sender, a.text, a.timestamp) == ("Michelle", "hola", "2025-03-28T21:29:00Z")
    a = _one(tmp_path, "28/3/2025, 12:05 a. m. - Michelle: hola", timezone="UTC")
    assert a.timestamp == "2025-03-28T00:05:00Z"


HEADER_VARIANTS = {
    # written line: (sender, UTC time with zone UTC)
    "24/3/14, 13:59:59: Rahim: free visa": ("Rahim", "2014-03-24T13:59:59Z"),  # legacy
    "2023-12-20, 5:46 p.m. - Rahim: free visa": ("Rahim", "2023-12-20T17:46:00Z"),  # en-CA
    "2023/12/20, 5:46 pm - Rahim: free visa": ("Rahim", "2023-12-20T17:46:00Z"),  # en-ZA
    "[05.08.23, 5:52:02 PM] Rahim: free visa": ("Rahim", "2023-08-05T17:52:02Z"),  # de iOS, 12 h
    "02.05.18 à 18:00 - Rahim: free visa": ("Rahim", "2018-05-02T18:00:00Z"),  # fr
    "13.6.2018 klo 21.25.15 - Rahim: free visa": ("Rahim", "2018-06-13T21:25:15Z"),  # fi
    "13. 6. 2018. 21:25:15 Rahim: free visa": ("Rahim", "2018-06-13T21:25:15Z"),  # hr/hu
    "30/08/25 18.00 - Rahim: free visa": ("Rahim", "2025-08-30T18:00:00Z"),  # id
    "۲۰۲۱/۵/۳۰، ۱۸:۴۴ - Rahim: free visa": ("Rahim", "2021-05-30T18:44:00Z"),  # fa
    "٣٠/٥/٢٠٢١، ٦:٤٤ م - Rahim: free visa": ("Rahim", "2021-05-30T18:44:00Z"),  # ar, Arabic PM
    "٣٠/٥/٢٠٢١، ٦:٤٤ ص - Rahim: free visa": ("Rahim", "2021-05-30T06:44:00Z"),  # ar, Arabic AM
    "1/29/18, 23:59 PM - Rahim: free visa": ("Rahim", "2018-01-29T23:59:00Z"),  # impossible combo
    "1/30/18, 00:04 AM - Rahim: free visa": ("Rahim", "2018-01-30T00:04:00Z"),
    "1/30/18, 12:04 AM - Rahim: free visa": ("Rahim", "2018-01-30T00:04:00Z"),
    "1/5/24, 9:05 PM - Rahim: free visa": ("Rahim", "2024-05-01T21:05:00Z"),  # single digits (undecided: d/m)
}


@pytest.mark.parametrize("line", HEADER_VARIANTS)
def test_1_3_header_variants(tmp_path, line):
    a = _one(tmp_path, line, timezone="UTC")
    assert (a.sender, a.timestamp, a.text) == (*HEADER_VARIANTS[line], "free visa")


def test_1_3_body_line_starting_with_a_date_continues_the_message(tmp_path):
    arts = _parse(tmp_path, "12/01/2024, 10:02 - Rahim: dates\n12/01/2024 was the deadline\n"
                            "12.01.2024: office closed\n").artifacts
    assert len(arts) == 1 and arts[0].text.count("\n") == 2


def test_1_4_date_order_from_days_wrapping_when_no_field_exceeds_12(tmp_path):
    # every field <= 12: the first field falls back to 1 when the second goes up, so it is the day
    dmy = "10/01/2024, 10:00 - A: a\n12/01/2024, 10:00 - A: b\n02/02/2024, 10:00 - A: c\n"
    mdy = "01/10/2024, 10:00 - A: a\n01/12/2024, 10:00 - A: b\n02/02/2024, 10:00 - A: c\n"
    a = _parse(tmp_path, dmy, timezone="UTC").artifacts[2]
    assert (a.timestamp, a.time_as_written) == ("2024-02-02T10:00:00Z", "02/02/2024, 10:00")
    a = _parse(tmp_path, mdy, name="WhatsApp Chat with B.txt", timezone="UTC").artifacts[1]
    assert (a.timestamp, a.time_as_written) == ("2024-01-12T10:00:00Z", "01/12/2024, 10:00")


def test_1_4_two_digit_years_and_year_first(tmp_path):
    assert _one(tmp_path, "31/12/99, 23:59 - A: x", timezone="UTC").timestamp == "2099-12-31T23:59:00Z"
    # a two-digit first field over 31 can only be a year
    assert _one(tmp_path, "32/01/05, 10:00 - A: x", timezone="UTC").timestamp == "2032-01-05T10:00:00Z"
    # 24:00 is midnight at the end of the day, not the start of it
    assert _one(tmp_path, "31/12/2024, 24:00 - A: x", timezone="UTC").timestamp == "2025-01-01T00:00:00Z"


SYSTEM_LINES = [
    # Android: no author, any locale
    "12/01/2024, 10:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
    "12/01/2024, 10:00 - Messages to this group are now secured with end-to-end encryption. Tap for more info.",
    "12/01/2024, 10:00 - Karim created group \"Saudi jobs\"",
    "12/01/2024, 10:00 - Karim added Rahim",
    "12/01/2024, 10:00 - Rahim left",
    "12/01/2024, 10:00 - Rahim changed their phone number to a new number. Tap to message or add the new number.",
    "12/01/2024, 10:00 - Your security code with Rahim changed. Tap to learn more.",
    "12/01/2024, 10:00 - Karim changed the subject from \"Jobs\" to \"Visa: Saudi\"",
    "12.01.24, 10:00 - Karim hat die Gruppe verlassen.",
    # iOS: the chat's name or the actor where the author goes
    "[12/01/2024, 10:00:00] Saudi jobs: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
    "[12/01/2024, 10:00:00] ~\u202fAK: \u200e~\u202fAK created this group",
    "[12/01/2024, 10:00:00] Saudi jobs: \u200eKarim created group \u201cSaudi jobs\u201d",
    "[12/01/2024, 10:00:00] Karim: \u200eKarim added Rahim",
    "[12/01/2024, 10:00:00] Rahim: \u200eRahim left",
    "[12/01/2024, 10:00:00] Saudi jobs: \u200eYou added Rahim",
    "[12.01.24, 10:00:00] Jobs: \u200eDu hast Rahim hinzugefügt.",
    "[12/01/2024, 10:00:00] Rahim: \u200eRahim joined using this group's invite link",
    "[12/01/2024, 10:00:00] +880 1712-345678: \u200e+880 1712-345678 changed to +880 1812-345678.",
    "[12/01/2024, 10:00:00] Rahim: \u200eRahim changed their phone number to a new number. Tap to message or add the new number.",
    "[12/01/2024, 10:00:00] Rahim: \u200eYour security code with Rahim changed. Tap to learn more.",
    "[12/01/2024, 10:00:00] Rahim: \u200eSecurity code changed. Tap for more info.",
    "[12/01/2024, 10:00:00] Rahim: \u200eWaiting for this message. This may take a while.",
    "[12.01.24, 10:00:00] Jobs: \u200eNachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.",
    "[12.01.24, 10:00:00] Karim: \u200eKarim hat die Gruppe \u201eJobs\u201c erstellt.",
    "[12.01.24, 10:00:00] Karim: \u200eKarim hat Rahim hinzugefügt.",
    "[12.01.24, 10:00:00] Rahim: \u200eRahim hat die Gruppe verlassen.",
    "[12.01.24, 10:00:00] Rahim: \u200eDeine Sicherheitsnummer für Rahim hat sich geändert. Tippe, um mehr zu erfahren.",
]


@pytest.mark.parametrize("line", SYSTEM_LINES)
def test_1_5_system_message_catalogue(tmp_path, line):
    a = _one(tmp_path, line)
    assert a.message_kind == "system", (a.sender, a.text)
    assert ": " not in a.sender


@pytest.mark.parametrize("line", ["[12/01/2024, 10:00:00] Rahim: I added sugar, he left early",
                                  "[12/01/2024, 10:00:00] Rahim: Rahim left? no, I am here",
                                  "[12/01/2024, 10:00:00] Rahim: You are lucky, Karim added you",
                                  "12/01/2024, 10:00 - Rahim: our security code changed, use the new one"])
def test_1_5_user_messages_that_look_like_events_stay_messages(tmp_path, line):
    assert _one(tmp_path, line).message_kind == "message"


@pytest.mark.parametrize("line, kind", [
    ("[12/01/2024, 10:00:00] Rahim: \u200eMissed voice call. \u200eTap to call back", "call"),
    ("[12/01/2024, 10:00:00] Rahim: \u200eMissed video call", "call"),
    ("[12/01/2024, 10:00:00] Rahim: \u200eVoice call. \u200e3 min", "call"),
    ("[12/01/2024, 10:00:00] Rahim: \u200eVideo call. \u200eNo answer", "call"),
    ("12.01.24, 10:00 - Rahim: Verpasster Sprachanruf", "call"),
    ("12/01/2024, 10:00 - Rahim: null", "system"),  # old Android exports: no content, not Rahim's words
])
def test_1_7_calls_and_null_bodies(tmp_path, line, kind):
    a = _one(tmp_path, line)
    assert (a.sender, a.message_kind) == ("Rahim", kind)


def test_1_5_senders_not_in_contacts_and_phone_numbers(tmp_path):
    arts = _parse(tmp_path, "[12/01/2024, 10:00:00] ~\u202fRahim Dalal: hi\n"
                            "12/01/2024, 10:01 - ~ Karim: hi\n"
                            "12/01/2024, 10:02 - \u202a+880 1712-345678\u202c: free visa\n"
                            "[12/01/2024, 10:03:00] \u200e+880 1812 345678: ok\n"
                            "12/01/2024, 10:04 - Rahim: a: b : c\n").artifacts
    assert [a.sender for a in arts] == ["Rahim Dalal", "Karim", "+880 1712-345678", "+880 1812 345678", "Rahim"]
    assert [a.sender_id for a in arts] == ["", "", "+8801712345678", "+8801812345678", ""]
    assert arts[4].text == "a: b : c"


def test_1_6_media_markers_in_every_form(tmp_path):
    lines = {
        "Rahim: <Media omitted>": ("<Media omitted>", ""),
        "Rahim: <Video note omitted>": ("<Video note omitted>", ""),
        "Rahim: <Medien ausgeschlossen>": ("<Medien ausgeschlossen>", ""),
        "Rahim: <رسانه حذف شد>": ("<رسانه حذف شد>", ""),
        "Rahim: \u200eimage omitted": ("\u200eimage omitted", ""),
        "Rahim: \u200evideo note omitted": ("\u200evideo note omitted", ""),
        "Rahim: \u200eContact card omitted": ("\u200eContact card omitted", ""),
        "Rahim: \u200epassport.pdf \u2022 \u200e3 pages \u200edocument omitted": ("passport.pdf", ""),
        "Rahim: \u200eIMG-20240112-WA0001.jpg (file attached)": ("IMG-20240112-WA0001.jpg", "IMG-20240112-WA0001.jpg"),
        "Rahim: PTT-20240112-WA0002.opus (archivo adjunto)": ("PTT-20240112-WA0002.opus", "PTT-20240112-WA0002.opus"),
        "Rahim: STK-20240112-WA0003.webp (Datei angehängt)": ("STK-20240112-WA0003.webp", "STK-20240112-WA0003.webp"),
        "Rahim: Karim.vcf (file attached)": ("Karim.vcf", "Karim.vcf"),
        "Rahim: \u200e<attached: 00000042-PHOTO-2024-01-12-10-05-00.jpg>": ("00000042-PHOTO-2024-01-12-10-05-00.jpg",) * 2,
        "Rahim: \u200e<Anhang: 00000043-AUDIO-2024-01-12-10-05-00.opus>": ("00000043-AUDIO-2024-01-12-10-05-00.opus",) * 2,
        "Rahim: <angehängt: 4f2680f1db95a8454775cc2eefc95bfc.jpg>": ("4f2680f1db95a8454775cc2eefc95bfc.jpg",) * 2,
        "Rahim: 2015-08-04-PHOTO-00004762.jpg <attached>": ("2015-08-04-PHOTO-00004762.jpg",) * 2,
    }
    text = "".join(f"[12/01/2024, 10:{i:02d}:00] {body}\n" for i, body in enumerate(lines))
    arts = _parse(tmp_path, text).artifacts
    for a, expected in zip(arts, lines.values()):
        assert (a.message_kind, a.attachments) == ("attachment", (expected,)), a.text


def test_1_6_captions_and_locations_stay_with_their_message(tmp_path):
    arts = _parse(tmp_path, "12/01/2024, 10:00 - Rahim: IMG-20240112-WA0001.jpg (file attached)\nmy passport\n"
                            "12/01/2024, 10:01 - Rahim: location: https://maps.google.com/?q=23.81,90.41\n"
                            "12/01/2024, 10:02 - Rahim: live location shared\n").artifacts
    assert arts[0].text.endswith("\nmy passport") and arts[0].message_kind == "attachment"
    assert arts[1].text == "location: https://maps.google.com/?q=23.81,90.41" and arts[1].sender == "Rahim"
    assert arts[2].message_kind == "message"


def test_1_7_deleted_edited_view_once_and_polls(tmp_path):
    arts = _parse(tmp_path, "[12/01/2024, 10:00:00] Rahim: \u200eThis message was deleted.\n"
                            "[12/01/2024, 10:01:00] Rahim: \u200eYou deleted this message.\n"
                            "12.01.24, 10:02 - Rahim: Diese Nachricht wurde gelöscht.\n"
                            "[12/01/2024, 10:03:00] Rahim: send the advance \u200e<This message was edited>\n"
                            "[12/01/2024, 10:04:00] Carol:\n"
                            "12/01/2024, 10:05 - Rahim: POLL:\nWhich country?\nOPTION: Saudi (2 votes)\n"
                            "OPTION: Malaysia (0 votes)\n").artifacts
    assert [a.message_kind for a in arts] == ["deletion", "deletion", "deletion", "edit", "message", "message"]
    assert arts[3].text == "send the advance"
    assert (arts[4].sender, arts[4].text) == ("Carol", "")
    assert arts[5].text == "POLL:\nWhich country?\nOPTION: Saudi (2 votes)\nOPTION: Malaysia (0 votes)"


def test_1_9_out_of_order_lines_keep_file_order_and_lines(tmp_path):
    arts = _parse(tmp_path, "[1/29/18, 12:25:03] Alice: second\n[1/29/18, 12:24:16] Bob: first\n",
                  timezone="UTC").artifacts
    assert [(a.line, a.text, a.timestamp) for a in arts] == [
        (1, "second", "2018-01-29T12:25:03Z"), (2, "first", "2018-01-29T12:24:16Z")]


def test_phone_number_sender_reaches_findings_with_hits(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with Agency.txt").write_text(
        "12/01/2024, 10:02 - \u202a+880 1712-345678\u202c: free visa, send the advance by bKash 01712345678\n",
        encoding="utf-8")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr", "--timezone", "Asia/Dhaka")
    assert r.exit_code == 0, r
    (msg,) = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["kind"] == "message"]
    assert msg["sender"] == "+880 1712-345678" and msg["sender_id"] == "+8801712345678"
    assert msg["hits"]
