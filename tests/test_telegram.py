"""Telegram Desktop JSON export: both layouts, text runs, times, kinds, media, repairs and bad input."""

import io
import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage import FileInfo, ParseContext
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings, make_zip

PLUGINS = Plugins((), entry_points=False)
TG = PLUGINS.parser("telegram_json")
ALL = [e.cls for e in PLUGINS.parsers]

BENGALI = "ভিসা ফ্রি, পাসপোর্ট জমা দিন"
NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def msg(id, text="", *, unix=1705053720, date="2024-01-12T16:02:00", sender="Rahim Agent",
        sender_id="user4242", **extra):
    m = {"id": id, "type": "message", "date": date, "date_unixtime": str(unix),
         "from": sender, "from_id": sender_id, "text": text, "text_entities": []}
    if unix is None:
        del m["date_unixtime"]
    m.update(extra)
    return m


def chat(messages, *, name="Rahim Agent", type="personal_chat", id=4242):
    return {"name": name, "type": type, "id": id, "messages": messages}


def write(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_single_chat_export(tmp_path):
    f = write(tmp_path / "ChatExport_2024-01-12" / "result.json", chat([
        msg(1, BENGALI),
        msg(2, ["free visa, send the advance by bKash ", {"type": "phone", "text": "01712345678"}, " today"],
            unix=1705053780, date="2024-01-12T16:03:00"),
        msg(3, "passport amar kache rakho", sender="Me", sender_id="user1", unix=1705053840,
            edited="2024-01-12T16:05:00", edited_unixtime="1705053900"),
    ]))
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    assert {s.parser for s in run.stamped} == {"telegram_json"}
    a, b, c = run.artifacts
    assert a.text == BENGALI  # Bengali comes out readable, not escaped
    assert (a.sender, a.sender_id, a.conversation, a.conversation_title) == (
        "Rahim Agent", "user4242", "telegram:4242", "Rahim Agent")
    assert a.is_group is False and a.participants == ("Rahim Agent",)
    assert (a.timestamp, a.time_as_written, a.zone_assumed) == ("2024-01-12T10:02:00Z", "2024-01-12T16:02:00", False)
    assert b.text == "free visa, send the advance by bKash 01712345678 today"
    assert c.message_kind == "message" and "edited 2024-01-12T16:05:00" in c.time_as_written
    assert (a.line, a.offset) == (None, None)
    assert [x.record for x in run.artifacts] == ["id=1", "id=2", "id=3"]  # found again by Telegram's own id
    assert [x.forwarded_from for x in run.artifacts] == ["", "", ""]


def test_forwarded_messages_name_their_original_author(tmp_path):
    f = write(tmp_path / "result.json", chat([{**msg(1, "free visa Malaysia"), "forwarded_from": "Malaysia Job BD"}]))
    (a,) = run_parser(TG, f).artifacts
    assert a.forwarded_from == "Malaysia Job BD" and a.sender == "Rahim Agent"


def test_full_account_export_with_left_chats(tmp_path):
    export = {
        "about": "Here is the data you requested. Remember: Telegram is ad free...",
        "personal_information": {"user_id": 1, "first_name": "Shirin", "last_name": "Akter",
                                 "phone_number": "+880 1812 345678", "bio": ""},
        "contacts": {"about": "...", "list": [{"first_name": "Rahim", "phone_number": "+8801712345678"}]},
        "chats": {"about": "...", "list": [
            chat([msg(1, "kemon acho?")]),
            chat([msg(7, "Malaysia factory job, no experience", sender="Karim", sender_id="user5")],
                 name="Saudi jobs 2024", type="private_supergroup", id=777),
        ]},
        "left_chats": {"about": "...", "list": [
            chat([msg(3, "join now")], name="Dubai visa channel", type="public_channel", id=888)]},
    }
    run = run_parser(TG, write(tmp_path / "result.json", export))
    assert run.status == "parsed", run.reason
    account, *msgs = run.artifacts
    assert account.source == "telegram-account"
    assert account.metadata["phone_number"] == "+880 1812 345678" and account.metadata["user_id"] == "1"
    assert [(m.conversation, m.conversation_title, m.is_group) for m in msgs] == [
        ("telegram:4242", "Rahim Agent", False), ("telegram:777", "Saudi jobs 2024", True),
        ("telegram:888", "Dubai visa channel", True)]
    assert msgs[0].participants == ("Rahim Agent", "Shirin Akter")  # the exporting account is the other side
    assert msgs[1].participants == ()  # a group's members are not known up front


def test_full_export_whose_chats_start_after_many_contacts(tmp_path):
    contacts = [{"first_name": f"Contact {i}", "phone_number": f"+88017{i:08d}", "date": "2023-01-01T00:00:00"}
                for i in range(2000)]
    export = {"about": "Here is the data you requested. Remember: Telegram is ad free...",
              "personal_information": {"user_id": 1, "first_name": "Shirin"},
              "contacts": {"about": "...", "list": contacts},
              "chats": {"about": "...", "list": [chat([msg(1, "kemon acho?")])]}}
    f = write(tmp_path / "result.json", export)
    assert f.read_bytes()[:64 * 1024].find(b'"chats"') == -1
    run = run_parser(ALL, f)
    assert [s.parser for s in run.stamped] == ["telegram_json"] * 2 and run.artifacts[1].text == "kemon acho?"


def test_messages_before_the_chat_name_fall_back_to_position(tmp_path):
    f = tmp_path / "result.json"
    f.write_text('{"messages": [' + json.dumps(msg(1, "hi")) + '], "name": "Late", "type": "personal_chat", "id": 5}')
    (m,) = run_parser(TG, f).artifacts
    assert (m.conversation, m.conversation_title, m.is_group) == ("telegram:chat-1", "", None)


def test_times_epoch_preferred_local_date_needs_a_zone(tmp_path):
    f = write(tmp_path / "result.json", chat([
        msg(1, "with epoch", unix=1705053720, date="2024-01-12T16:02:00"),
        msg(2, "old export", unix=None, date="2019-07-05T16:55:32"),
        msg(3, "epoch in date", unix=None, date="1562324132"),
    ]))
    a, b, c = run_parser(TG, f).artifacts
    assert (b.timestamp, b.time_as_written, b.zone_assumed) == (None, "2019-07-05T16:55:32", False)
    assert c.timestamp == "2019-07-05T10:55:32Z"
    a, b, c = run_parser(TG, f, timezone="Asia/Dhaka").artifacts
    assert (a.timestamp, a.zone_assumed) == ("2024-01-12T10:02:00Z", False)  # the epoch wins over the zone
    assert (b.timestamp, b.zone_assumed) == ("2019-07-05T10:55:32Z", True)


def test_service_messages_calls_and_unsupported(tmp_path):
    service = {"type": "service", "date": "2024-01-12T16:00:00", "date_unixtime": "1705053600",
               "actor": "Karim", "actor_id": "user5", "text": "", "text_entities": []}
    f = write(tmp_path / "result.json", chat([
        {"id": 1, **service, "action": "create_group", "title": "Saudi jobs 2024", "members": ["Rahim", None]},
        {"id": 2, **service, "action": "phone_call", "duration_seconds": 95},
        {"id": 3, **service, "action": "phone_call", "discard_reason": "missed"},
        {"id": 4, "type": "unsupported"},
    ], type="private_group"))
    a, b, c, d = run_parser(TG, f).artifacts
    assert [x.message_kind for x in (a, b, c, d)] == ["system", "call", "call", "system"]
    assert (a.sender, a.sender_id) == ("Karim", "user5")
    assert a.text == "create_group: Saudi jobs 2024; Rahim"
    assert b.text == "phone_call: 95 s" and c.text == "phone_call: missed"
    assert d.text == "unsupported message" and d.timestamp is None


def test_photos_and_files_resolve_next_to_result_json(tmp_path):
    f = write(tmp_path / "ChatExport" / "result.json", chat([
        msg(1, "visa copy", photo="photos/photo_1@12-01-2024_16-02-00.jpg", width=800, height=600),
        msg(2, "", file="files/contract.pdf", mime_type="application/pdf"),
        msg(3, "", file="voice_messages/audio_1@12-01-2024.ogg", media_type="voice_message"),
        msg(4, "", photo=NOT_INCLUDED),
        msg(5, "", file="../../etc/passwd"),
        msg(6, "", contact_information={"first_name": "Dalal", "last_name": "", "phone_number": "+8801912345678"}),
    ]))
    run = run_parser(TG, f)
    a, b, c, d, e, g = run.artifacts
    assert a.message_kind == "attachment" and a.text == "visa copy"
    # run_parser names the file by its own name, so the export folder is the exhibit's root here
    assert a.attachments == (("photos/photo_1@12-01-2024_16-02-00.jpg", "photos/photo_1@12-01-2024_16-02-00.jpg"),)
    assert b.attachments == (("files/contract.pdf", "files/contract.pdf"),)
    assert c.message_kind == "attachment"
    assert d.attachments == ((NOT_INCLUDED, ""),)  # not exported: no location
    assert e.attachments == (("../../etc/passwd", ""),)  # outside the exhibit: never resolved
    assert g.text == "Contact: Dalal +8801912345678"


def test_resolve_inside_a_zip():
    from evidtriage.plugins import Plugins as _P  # noqa: F401 - the plugin module is loaded by now
    import sys

    mod = sys.modules[TG.__module__]
    assert mod.resolve("seized.zip!/Telegram/ChatExport/result.json", "photos/p.jpg") == \
        "seized.zip!/Telegram/ChatExport/photos/p.jpg"
    assert mod.resolve("ChatExport/result.json", "./files/a b.pdf") == "ChatExport/files/a b.pdf"


X_ESCAPED = (b'{"name": "A", "type": "personal_chat", "id": 1, "messages": [{"id": 1, "type": "message", '
             b'"date": "2024-01-12T16:02:00", "date_unixtime": "1705053720", "from": "A", "from_id": "user1", '
             b'"text": "bell\\x07 and path C:\\\\xampp and \\u0986"}]}')


def test_invalid_x_escapes_are_repaired(tmp_path):
    f = tmp_path / "result.json"
    f.write_bytes(X_ESCAPED)
    (m,) = run_parser(TG, f).artifacts
    assert m.text == "bell\x07 and path C:\\xampp and আ"  # an escaped backslash before x is left alone


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
def test_x_escape_repair_across_read_boundaries(chunk):
    import sys

    repair = sys.modules[TG.__module__].XEscapeRepair
    repair.CHUNK = chunk
    try:
        out = b"".join(iter(lambda r=repair(io.BytesIO(b"\xef\xbb\xbf" + X_ESCAPED)): r.read(3), b""))
    finally:
        repair.CHUNK = 64 * 1024
    assert json.loads(out)["messages"][0]["text"] == "bell\x07 and path C:\\xampp and আ"


def test_truncated_export_keeps_what_was_read(tmp_path):
    data = json.dumps(chat([msg(i, f"message {i}") for i in range(1, 6)]), indent=1).encode()
    f = tmp_path / "result.json"
    f.write_bytes(data[: data.index(b'"message 5"')])
    run = run_parser(TG, f)
    assert run.status == "partial"
    assert [a.text for a in run.artifacts] == [f"message {i}" for i in range(1, 5)]
    assert run.reason.startswith("telegram_json: JSON damaged or cut short after 4 messages (")
    assert "\n" not in run.reason and "message 5" not in run.reason


def test_invalid_json_after_messages_is_partial(tmp_path):
    f = tmp_path / "result.json"
    f.write_text('{"name": "A", "type": "personal_chat", "id": 1, "messages": ['
                 + json.dumps(msg(1, "ok")) + ', {"id": 2, "text": unquoted}]}')
    run = run_parser(TG, f)
    assert run.status == "partial" and len(run.artifacts) == 1 and "\n" not in run.reason


def test_odd_values_keep_the_message_and_unreadable_ones_are_counted(tmp_path):
    odd = {"id": 3, "type": "service", "date_unixtime": "1705053720", "action": "invite_members", "members": 5}
    f = write(tmp_path / "result.json", chat([msg(1, "ok", date_unixtime={"not": "a time"}), msg(2, "ok"), odd]))
    run = run_parser(TG, f)
    assert [a.text for a in run.artifacts] == ["ok", "ok"]
    assert run.artifacts[0].timestamp is None  # a time that cannot be read is unknown, not invented
    assert run.status == "partial"
    assert run.reason == "telegram_json: 1 of 3 messages could not be read: TypeError: 'int' object is not iterable"


@pytest.mark.parametrize("content", [
    '{"messages": [{"role": "user", "content": "hi"}]}',  # an LLM chat log
    '{"name": "package", "version": "1.0", "dependencies": {}}',
    '[{"id": 1, "date": "2024-01-01", "from_id": "x"}]',
])
def test_look_alike_json_is_not_claimed(tmp_path, content):
    f = tmp_path / "result.json"
    f.write_text(content)
    run = run_parser(ALL, f)
    assert all(s.parser != "telegram_json" for s in run.stamped)
    assert "telegram_json" not in run.reason


def test_json_that_mentions_the_keys_but_is_not_telegram(tmp_path):
    f = tmp_path / "data.json"
    f.write_text('{"messages": [{"body": "x"}], "note": "from_id is a field", "from_id": 3}')
    run = run_parser(ALL, f)
    assert all(s.parser != "telegram_json" for s in run.stamped)


def test_whatsapp_text_is_not_claimed(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("12/01/2024, 10:02 - A: messages\n")
    assert run_parser(ALL, f).stamped[0].parser == "whatsapp_txt"


def test_end_to_end_hits_entities_and_attachment(tmp_path, cli):
    src = tmp_path / "src"
    export = chat([msg(1, ["free visa, send the advance by bKash ", {"type": "phone", "text": "01712345678"}],
                       photo="photos/photo_1@12-01-2024_16-02-00.jpg"),
                   msg(2, "kemon acho?", photo="photos/photo_2@12-01-2024_16-03-00.jpg")])
    write(src / "ChatExport_2024-01-12" / "result.json", export)
    (src / "ChatExport_2024-01-12" / "photos").mkdir()
    (src / "ChatExport_2024-01-12" / "photos" / "photo_1@12-01-2024_16-02-00.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    in_zip = chat([msg(9, "passport amar kache jama rakho", photo="photos/p.jpg")], name="Karim", id=55)
    (src / "telegram.zip").write_bytes(make_zip({"Telegram/ChatExport/result.json": json.dumps(in_zip).encode(),
                                                 "Telegram/ChatExport/photos/p.jpg": b"\xff\xd8\xff\xe0 other"}))
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message" and a["parser"] == "telegram_json"]
    first, second, zipped = msgs
    assert first["hits"] and first["sender"] == "Rahim Agent" and first["timestamp"] == "2024-01-12T10:02:00Z"
    assert first["attachments"] == [["photos/photo_1@12-01-2024_16-02-00.jpg",
                                     "ChatExport_2024-01-12/photos/photo_1@12-01-2024_16-02-00.jpg"]]
    assert second["attachments"][0][1] == ""  # referenced but not in the exhibit
    assert zipped["file"] == "telegram.zip!/Telegram/ChatExport/result.json" and zipped["hits"]
    assert zipped["attachments"] == [["photos/p.jpg", "telegram.zip!/Telegram/ChatExport/photos/p.jpg"]]
    phones = [e for e in findings["entities"] if e["type"] == "phone"]
    assert any(e["value"].endswith("1712345678") for e in phones)
    (conv,) = [c for c in findings["conversations"] if c["conversation"] == "telegram:4242"]
    assert conv["messages"] == 2 and conv["messages_with_hits"] >= 1


def _big_export(path, target_bytes):
    """A one-chat export of about ``target_bytes``, written message by message."""
    line = json.dumps(msg(0, ["free visa ", {"type": "phone", "text": "01712345678"}, " " + BENGALI * 8]),
                      ensure_ascii=False)
    n = max(1, target_bytes // (len(line.encode()) + 2))
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"name": "Big", "type": "private_supergroup", "id": 9, "messages": [\n')
        for i in range(n):
            out.write(("," if i else "") + line.replace('"id": 0', f'"id": {i + 1}', 1) + "\n")
        out.write("]}\n")
    return n


def _parse_peak(path) -> tuple[int, int]:
    """(messages read, peak bytes the parser held) for one export."""
    size = path.stat().st_size
    info = FileInfo("TEST", "result.json", "result.json", size, "application/json", "0" * 64)
    tracemalloc.start()
    try:
        count = 0
        with open(path, "rb") as stream:
            for _ in TG().parse(info, stream, ParseContext()):
                count += 1  # artifacts are dropped as they come: only the parser's own memory is measured
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_large_export_streams_in_bounded_memory(tmp_path):
    """The parser's memory does not grow with the export: an export four times larger peaks at
    about the same, and both stay within a few of ijson's reads (each 1 MiB read of this export
    becomes some 77,000 parse events at once in ijson's C backend, about 6 MB)."""
    from plugins.telegram import READ_SIZE

    small, large = tmp_path / "small.json", tmp_path / "large.json"
    n_small, n_large = _big_export(small, 5 * 1024 * 1024), _big_export(large, 20 * 1024 * 1024)
    count_small, peak_small = _parse_peak(small)
    count_large, peak_large = _parse_peak(large)
    assert (count_small, count_large) == (n_small, n_large)
    assert peak_large < 1.25 * peak_small, f"peak {peak_large} bytes for 20 MB, {peak_small} for 5 MB"
    assert peak_large < 12 * READ_SIZE, f"peak {peak_large} bytes for a {large.stat().st_size}-byte export"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([json.dumps(chat([msg(1, BENGALI), msg(2, ["a", {"type": "phone", "text": "017"}])])),
                        X_ESCAPED.decode()]),
       st.integers(min_value=0, max_value=600), st.binary(max_size=40))
def test_fuzz_never_crashes(tmp_path, doc, cut, noise):
    assert_damage_is_recorded(ALL, tmp_path / "result.json", doc.encode(), cut, noise, timezone="Asia/Dhaka")


def test_bytes_that_are_not_utf8_make_the_file_partial_not_a_parser_failure(tmp_path):
    good = json.dumps(chat([msg(1, "free visa"), msg(2, "second")]), ensure_ascii=False).encode()
    f = tmp_path / "result.json"
    f.write_bytes(good.replace(b'"second"', b'"sec\xc0\xffond"'))  # inside a string: a decoding error
    run = run_parser(ALL, f)
    assert run.status == "partial" and "utf" in run.reason.lower(), run.reason
    assert [a.text for a in run.artifacts] == ["free visa"]
    f.write_bytes(b"\xc0" + good)
    assert "failed (" not in run_parser(ALL, f).reason


# --- the research notes' pitfalls (chat-formats.md §2.1-2.6), one by one ---------------------

CUSTOM_EMOJI_411 = (  # tdesktop 4.1.1 (tdesktop#24961): document_id written without quotes
    '{\n "name": "A",\n "type": "private_group",\n "id": 1,\n "messages": [\n  {\n   "id": 66967,\n'
    '   "type": "message",\n   "date": "2022-08-13T11:11:11",\n   "date_unixtime": "1660389071",\n'
    '   "from": "Rahim", "from_id": "user5",\n   "text": [\n    {\n     "type": "custom_emoji",\n'
    '     "text": "😮",\n     "document_id": video_files/sticker (2).webm\n    },\n'
    '    " visa ready",\n    {\n     "type": "custom_emoji",\n     "text": "✈",\n'
    '     "document_id": stickers/"odd"\\name.webp\n    }\n   ]\n  },\n'
    '  {"id": 2, "type": "message", "date_unixtime": "1660389072", "from": "Rahim", "text": '
    '[{"type": "custom_emoji", "text": "👍", "document_id": 5368324170671202286}, " ok"]}\n ]\n}\n')


def test_unquoted_custom_emoji_document_id_is_repaired(tmp_path):
    f = tmp_path / "result.json"
    f.write_text(CUSTOM_EMOJI_411, encoding="utf-8")
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    assert [a.text for a in run.artifacts] == ["😮 visa ready✈", "👍 ok"]  # a legal number is left alone


@pytest.mark.parametrize("chunk", [1, 2, 5, 13, 64])
def test_custom_emoji_repair_across_read_boundaries(chunk):
    import sys

    repair = sys.modules[TG.__module__].XEscapeRepair
    repair.CHUNK = chunk
    try:
        out = b"".join(iter(lambda r=repair(io.BytesIO(CUSTOM_EMOJI_411.encode())): r.read(7), b""))
    finally:
        repair.CHUNK = 64 * 1024
    first = json.loads(out)["messages"][0]["text"]
    assert [e["document_id"] for e in first if isinstance(e, dict)] == [
        "video_files/sticker (2).webm", 'stickers/"odd"\\name.webp']


def test_document_id_hold_back_is_bounded():
    """A compact (one-line) file never makes the wrapper hold more than a few KiB back."""
    import sys

    repair = sys.modules[TG.__module__].XEscapeRepair
    data = b'{"messages": [' + b",".join(
        b'{"id": %d, "text": [{"type": "custom_emoji", "text": "x", "document_id": "%d"}]}' % (i, i)
        for i in range(20000)) + b"]}"
    r = repair(io.BytesIO(data))
    biggest = 0
    out = []
    while chunk := r.read(65536):
        out.append(chunk)
        biggest = max(biggest, len(r.carry))
    assert b"".join(out) == data and biggest <= repair.LINE_MAX + 16


def test_text_links_keep_their_hidden_address_and_entities_their_text(tmp_path):
    f = write(tmp_path / "result.json", chat([msg(1, [
        "apply ", {"type": "text_link", "text": "here", "href": "https://wa.me/8801712345678"},
        ", call ", {"type": "phone", "text": "+8801812345678"}, " or ",
        {"type": "mention_name", "text": "Karim", "user_id": 5}, " ",
        {"type": "link", "text": "https://jobs.example"}, {"type": "bank_card", "text": " 4111111111111111"}])]))
    (a,) = run_parser(TG, f).artifacts
    assert a.text == ("apply here, call +8801812345678 or Karim https://jobs.example 4111111111111111\n"
                      "Link: https://wa.me/8801712345678")


@pytest.mark.parametrize("reason", [
    "(File not included. Change data exporting settings to download.)",
    "(File exceeds maximum size. Change data exporting settings to download.)",
    "(File unavailable, please try again later)",
    "(Photo not included. Change data exporting settings to download.)",
    "(Photo exceeds maximum size. Change data exporting settings to download.)",
    "(Photo unavailable, please try again later)"])
def test_skip_reasons_instead_of_paths_have_no_location(tmp_path, reason):
    key = "photo" if "Photo" in reason else "file"
    f = write(tmp_path / "result.json", chat([msg(1, "", **{key: reason, "thumbnail": reason})]))
    (a,) = run_parser(TG, f).artifacts
    assert a.message_kind == "attachment" and a.attachments == ((reason, ""), (reason, ""))


def test_media_kinds_thumbnails_stickers_and_vcards(tmp_path):
    f = write(tmp_path / "result.json", chat([
        msg(1, "", file="video_files/v.mp4", thumbnail="video_files/v.mp4_thumb.jpg", media_type="video_file",
            duration_seconds=12),
        msg(2, "", file="stickers/s.webp", thumbnail="stickers/s.webp_thumb.jpg", media_type="sticker",
            sticker_emoji="😂"),
        msg(3, "", file="round_video_messages/r.mp4", media_type="video_message", self_destruct_period_seconds=10),
        msg(4, "", contact_information={"first_name": "", "last_name": "", "phone_number": "+8801912345678"},
            contact_vcard="contacts/contact_1.vcard"),
    ]))
    a, b, c, d = run_parser(TG, f).artifacts
    assert a.attachments == (("video_files/v.mp4", "video_files/v.mp4"),
                             ("video_files/v.mp4_thumb.jpg", "video_files/v.mp4_thumb.jpg"))
    assert b.attachments[0] == ("stickers/s.webp", "stickers/s.webp") and c.message_kind == "attachment"
    assert d.text == "Contact: +8801912345678" and d.attachments == (("contacts/contact_1.vcard",
                                                                      "contacts/contact_1.vcard"),)


def test_polls_places_and_invoices_are_written_into_the_text(tmp_path):
    poll = {"question": "Which day for the flight?", "closed": True, "total_voters": 3,
            "answers": [{"text": "Friday", "voters": 2, "chosen": True}, {"text": "শনিবার", "voters": 1, "chosen": False}]}
    f = write(tmp_path / "result.json", chat([
        msg(1, "", poll=poll),
        msg(2, "", location_information={"latitude": 23.8103, "longitude": 90.4125}, place_name="Agency office",
            address="Paltan, Dhaka"),
        msg(3, "", location_information={"latitude": 23.7, "longitude": 90.4}, live_location_period_seconds=900),
        msg(4, "", invoice_information={"title": "Visa processing", "description": "advance", "amount": 50000,
                                        "currency": "BDT", "receipt_message_id": 9}),
    ]))
    a, b, c, d = run_parser(TG, f).artifacts
    assert a.text == "Poll (closed): Which day for the flight?\n- Friday (2 votes, chosen)\n- শনিবার (1 votes)"
    assert b.text == "Location: 23.8103, 90.4125 Agency office Paltan, Dhaka" and c.text == "Location: 23.7, 90.4"
    assert d.text == "Invoice: Visa processing; advance; 50000 BDT"


def test_chats_without_a_name_and_deleted_accounts(tmp_path):
    export = {"about": "Here is the data you requested.",
              "personal_information": {"user_id": 1, "first_name": "Shirin"},
              "chats": {"about": "", "list": [
                  {"type": "saved_messages", "id": 1, "messages": [msg(1, "my passport no", sender="Shirin")]},
                  {"type": "replies", "id": 2, "messages": [msg(2, "reply")]},
                  {"name": None, "type": "personal_chat", "id": 3,
                   "messages": [msg(3, "gone", sender=None, sender_id="user99")]}]}}
    _, a, b, c = run_parser(TG, write(tmp_path / "result.json", export)).artifacts
    assert (a.conversation_title, a.is_group, a.participants) == ("Saved Messages", False, ("Shirin",))
    assert (b.conversation_title, b.is_group) == ("Replies", None)
    assert (c.conversation_title, c.sender, c.sender_id, c.conversation) == ("", "", "user99", "telegram:3")


def test_old_export_integer_from_id_and_no_entities(tmp_path):
    old = {"id": 1, "type": "message", "date": "2019-05-31T21:28:30", "from": "Daan", "from_id": 123456789,
           "text": "old style"}
    (a,) = run_parser(TG, write(tmp_path / "result.json", chat([old])), timezone="Asia/Dhaka").artifacts
    assert (a.sender_id, a.text, a.timestamp, a.zone_assumed) == ("123456789", "old style", "2019-05-31T15:28:30Z", True)


def test_channel_signatures_saved_from_and_forwards_are_names_not_ids(tmp_path):
    f = write(tmp_path / "result.json", chat([
        msg(1, "job list", sender="Dubai Jobs", sender_id="channel777", author="Rahim Agent"),
        msg(2, "saved", saved_from="Dubai Jobs"),
        msg(3, "fwd", forwarded_from="Karim", saved_from="Dubai Jobs"),
        msg(4, "hidden", forwarded_from=None),
    ], name="Dubai Jobs", type="public_channel", id=777))
    a, b, c, d = run_parser(TG, f).artifacts
    assert (a.sender, a.sender_id) == ("Dubai Jobs (Rahim Agent)", "channel777")
    assert b.forwarded_from == "Dubai Jobs" and c.forwarded_from == "Karim" and d.forwarded_from == ""
    assert c.sender_id == "user4242"  # the original author is never made into an id


def test_replies_are_written_into_the_record(tmp_path):
    f = write(tmp_path / "result.json", chat([
        msg(1, "passport?"), msg(2, "yes", reply_to_message_id=1),
        msg(3, "other chat", reply_to_message_id=40, reply_to_peer_id="channel777")]))
    assert [a.record for a in run_parser(TG, f).artifacts] == [
        "id=1", "id=2; reply to id=1", "id=3; reply to id=40 in channel777"]


def test_reactions_follow_their_message_as_system_messages(tmp_path):
    reactions = [{"type": "emoji", "count": 3, "emoji": "👍", "recent": [
        {"from": "Karim", "from_id": "user5", "date": "2024-01-12T16:10:00", "date_unixtime": "1705054200"}]},
        {"type": "custom_emoji", "count": 1, "document_id": "stickers/s.webp"},
        {"type": "paid", "count": 2}]
    f = write(tmp_path / "result.json", chat([msg(1, "passport amar kache", reactions=reactions), msg(2, "ok")]))
    run = run_parser(TG, f)
    assert run.status == "parsed", run.reason
    assert [(a.text, a.sender, a.message_kind) for a in run.artifacts] == [
        ("passport amar kache", "Rahim Agent", "message"), ("Karim reacted 👍", "Karim", "system"),
        ("2 × 👍 more", "", "system"), ("1 × custom emoji", "", "system"), ("2 × paid", "", "system"),
        ("ok", "Rahim Agent", "message")]
    react = run.artifacts[1]
    assert (react.sender_id, react.timestamp, react.record, react.conversation) == (
        "user5", "2024-01-12T10:10:00Z", "id=1", "telegram:4242")
    assert "time of the message reacted to" in run.artifacts[2].time_as_written
    assert run.artifacts[2].timestamp == run.artifacts[0].timestamp


def test_more_service_actions(tmp_path):
    service = {"type": "service", "date": "2024-01-12T16:00:00", "date_unixtime": "1705053600", "text": ""}
    f = write(tmp_path / "result.json", chat([
        {"id": 1, **service, "actor": "Karim", "actor_id": "user5", "action": "set_messages_ttl", "period": 86400},
        {"id": 2, **service, "actor": "Karim", "actor_id": "user5", "action": "pin_message", "message_id": 1},
        {"id": 3, **service, "actor": "Rahim", "actor_id": "user6", "action": "join_group_by_link",
         "inviter": "Karim"},
        {"id": 4, **service, "actor": None, "actor_id": "user9", "action": "group_call", "duration_seconds": 60},
        {"id": 5, **service, "actor": "Karim", "actor_id": "user5", "action": "custom_action",
         "information_text": "Karim shared the phone number"},
    ], type="private_supergroup"))
    a, b, c, d, e = run_parser(TG, f).artifacts
    assert a.text == "set_messages_ttl: 86400" and b.text == "pin_message: message 1"
    assert c.text == "join_group_by_link: Karim" and c.sender == "Rahim"
    assert (d.message_kind, d.sender, d.sender_id) == ("call", "", "user9")
    assert e.text == "custom_action: Karim shared the phone number"


def test_unescaped_quotes_end_the_file_as_partial(tmp_path):
    f = tmp_path / "result.json"  # tdesktop#8573 (never reproduced): quotes inside text not escaped
    f.write_text('{"name": "A", "type": "personal_chat", "id": 1, "messages": [' + json.dumps(msg(1, "ok"))
                 + ', {"id": 2, "type": "message", "date": "2019-05-31T21:28:30", "from": "D", "from_id": 1,'
                 ' "text": "This has "Quotation Marks" in it"}]}')
    run = run_parser(TG, f)
    assert run.status == "partial" and [a.text for a in run.artifacts] == ["ok"]
    assert run.reason.startswith("telegram_json: JSON damaged or cut short after 1 messages (")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(min_value=0, max_value=900), st.binary(max_size=40))
def test_fuzz_custom_emoji_and_reactions_never_crash(tmp_path, cut, noise):
    reactions = [{"type": "emoji", "count": 2, "emoji": "👍", "recent": [{"from": "K", "date": "2024-01-12T16:10:00"}]}]
    doc = CUSTOM_EMOJI_411.replace('"type": "message",', json.dumps({"reactions": reactions})[1:-1] + ', "type": "message",', 1)
    assert_damage_is_recorded(ALL, tmp_path / "result.json", doc.encode(), cut, noise, timezone="Asia/Dhaka")
