"""Messenger / Instagram DYI JSON parser: mojibake repair, order, kinds, attachments, bad input.

Every sample is written here. Facebook's mojibake is made as Facebook makes it: the UTF-8 bytes of
each string read as Latin-1 code points, then written with json.dumps (which escapes them as
``\\u00XX``).
"""

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.parsers import FileInfo, ParseContext
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import load_findings, make_zip

PLUGINS = Plugins((), entry_points=False)
MESSENGER = PLUGINS.parser("messenger_json")
ALL = [e.cls for e in PLUGINS.parsers]


def moj(s: str) -> str:
    """A string as Facebook's DYI export writes it."""
    return s.encode("utf-8").decode("latin-1")


def thread(messages, **extra) -> dict:
    """A thread object in the field order of a real export; messages given oldest first."""
    data = {"participants": [{"name": moj("রহিম মিয়া")}, {"name": "Karim"}],
            "messages": list(reversed(messages)),  # the export is newest first
            "title": moj("রহিম মিয়া"), "is_still_participant": True,
            "thread_path": "inbox/rahimmia_1234567890", "magic_words": []}
    data.update(extra)
    return data


def msg(ms, content=None, sender="Karim", **extra) -> dict:
    m = {"sender_name": moj(sender), "timestamp_ms": ms}
    if content is not None:
        m["content"] = moj(content)
    m.update(extra)
    return m


def write(path, data, indent=2):
    path.write_text(json.dumps(data, indent=indent), encoding="ascii")  # ensure_ascii: \u00XX as Facebook does
    return path


T0 = 1705053720000  # 2024-01-12T10:02:00Z


def test_mojibake_repaired_bengali_emoji_and_correct_accents_kept(tmp_path):
    f = write(tmp_path / "message_1.json", thread([
        msg(T0, "বিদেশে চাকরি, ফ্রি ভিসা 😂", sender="রহিম মিয়া"),
        msg(T0 + 60_000, "Café"),  # mojibake of an accented word
    ]))
    raw = f.read_text(encoding="ascii")
    assert "\\u00e0\\u00a6" in raw and "\\u00f0\\u009f\\u0098\\u0082" in raw  # really written as Facebook does
    data = json.loads(raw)
    data["messages"][0]["content"] = "José déjà vu"  # a newer export: already-correct text
    write(f, data)
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    assert run.stamped[0].parser == "messenger_json"
    first, second = run.artifacts
    assert first.text == "বিদেশে চাকরি, ফ্রি ভিসা 😂"
    assert first.sender == "রহিম মিয়া"
    assert first.conversation_title == "রহিম মিয়া"
    assert first.participants == ("রহিম মিয়া", "Karim")
    assert second.text == "José déjà vu"


def test_oldest_first_with_utc_times_and_the_epoch_as_written(tmp_path):
    f = write(tmp_path / "message_1.json", thread([msg(T0 + i * 1000 + 123, f"m{i}") for i in range(5)]))
    arts = run_parser(MESSENGER, f).artifacts
    assert [a.text for a in arts] == ["m0", "m1", "m2", "m3", "m4"]
    assert arts[0].timestamp == "2024-01-12T10:02:00Z" and arts[0].time_as_written == str(T0 + 123)
    assert arts[4].timestamp == "2024-01-12T10:02:04Z"
    assert not arts[0].zone_assumed and arts[0].line is None and arts[0].offset is None
    assert arts[0].conversation == "messenger:inbox/rahimmia_1234567890"
    assert [a.record for a in arts] == [f"messages[{i}]" for i in (4, 3, 2, 1, 0)]  # the file is newest first


def test_kinds_shares_and_calls(tmp_path):
    f = write(tmp_path / "message_1.json", thread([
        msg(T0, "hello"),
        msg(T0 + 1, is_unsent=True),
        msg(T0 + 2, "Karim called you.", type="Call", call_duration=35),
        msg(T0 + 3, type="Call", call_duration=0),
        msg(T0 + 4, "Karim added Rahim to the group.", type="Subscribe"),
        msg(T0 + 5, "Reacted 😂 to your message"),
        msg(T0 + 6, "Karim sent a link.", type="Share",
            share={"link": "https://example.com/jobs", "share_text": moj("সৌদি আরবে চাকরি")}),
        msg(T0 + 7, "https://example.com/x", type="Share", share={"link": "https://example.com/x"}),
    ]))
    arts = run_parser(MESSENGER, f).artifacts
    assert [a.message_kind for a in arts] == ["message", "deletion", "call", "call", "system", "system", "message", "message"]
    assert arts[1].text == ""
    assert arts[3].text == "[call, 0 s]"
    assert arts[6].text == "Karim sent a link.\nhttps://example.com/jobs\nসৌদি আরবে চাকরি"
    assert arts[7].text == "https://example.com/x"  # the link is not repeated


def test_reactions_are_separate_system_messages_after_their_message(tmp_path):
    f = write(tmp_path / "message_1.json", thread([
        msg(T0, "passport amar kache thakbe", reactions=[{"reaction": moj("👍"), "actor": moj("রহিম মিয়া")}]),
        msg(T0 + 60_000, "ok"),
    ]))
    arts = run_parser(MESSENGER, f).artifacts
    assert [(a.text, a.sender, a.message_kind) for a in arts] == [
        ("passport amar kache thakbe", "Karim", "message"),
        ("রহিম মিয়া reacted 👍", "রহিম মিয়া", "system"),
        ("ok", "Karim", "message")]
    assert arts[1].timestamp == arts[0].timestamp
    assert "time of the message reacted to" in arts[1].time_as_written


def test_attachments_resolve_against_the_export_root():
    data = thread([msg(T0, photos=[{"uri": "messages/inbox/rahimmia_1234567890/photos/1.jpg", "creation_timestamp": 1}],
                       videos=[{"uri": "your_facebook_activity/messages/inbox/rahimmia_1234567890/videos/2.mp4"}],
                       files=[{"uri": "https://cdn.example/f.pdf"}], sticker={"uri": "messages/stickers_used/s.png"}),
                   msg(T0 + 1, "see this", audio_files=[{"uri": "messages/inbox/rahimmia_1234567890/audio/a.mp4"}])])
    path = "fb.zip!/your_facebook_activity/messages/inbox/rahimmia_1234567890/message_1.json"
    arts = _parse_direct(data, path)
    root = "fb.zip!/your_facebook_activity/"
    assert arts[0].attachments == (
        ("messages/inbox/rahimmia_1234567890/photos/1.jpg", root + "messages/inbox/rahimmia_1234567890/photos/1.jpg"),
        ("your_facebook_activity/messages/inbox/rahimmia_1234567890/videos/2.mp4",
         root + "messages/inbox/rahimmia_1234567890/videos/2.mp4"),
        ("https://cdn.example/f.pdf", ""),
        ("messages/stickers_used/s.png", root + "messages/stickers_used/s.png"))
    assert arts[0].message_kind == "attachment" and arts[1].message_kind == "attachment"
    assert arts[1].text == "see this"
    # a folder exhibit whose root is the export itself
    assert _parse_direct(data, "messages/inbox/rahimmia_1234567890/message_1.json")[1].attachments == (
        ("messages/inbox/rahimmia_1234567890/audio/a.mp4", "messages/inbox/rahimmia_1234567890/audio/a.mp4"),)


def _parse_direct(data: dict, path: str):
    import io

    raw = json.dumps(data).encode()
    info = FileInfo("E1", path, path.rsplit("/", 1)[-1], len(raw), "application/json", "0" * 64)
    return list(MESSENGER().parse(info, io.BytesIO(raw), ParseContext()))


def test_instagram_is_named_and_groups_are_marked():
    data = thread([msg(T0, "hi")], thread_type="RegularGroup")
    del data["thread_path"]
    (a,) = _parse_direct(data, "instagram-user-2024.zip!/your_instagram_activity/messages/inbox/jobs_99/message_1.json")
    assert a.conversation == "instagram:inbox/jobs_99" and a.is_group is True
    (b,) = _parse_direct(thread([msg(T0, "hi")], thread_type="Regular"), "messages/inbox/x_1/message_1.json")
    assert b.conversation.startswith("messenger:") and b.is_group is False


def test_odd_times_are_kept_as_written(tmp_path):
    f = tmp_path / "message_1.json"
    f.write_text('{"participants": [{"name": "A"}], "messages": ['
                 '{"sender_name": "A", "timestamp_ms": 1705053720000.5, "content": "fraction"},'
                 '{"sender_name": "A", "timestamp_ms": "soon", "content": "text"},'
                 '{"sender_name": "A", "timestamp_ms": 1705053720000.0, "content": "float"}]}')
    arts = run_parser(MESSENGER, f).artifacts
    assert [(a.text, a.timestamp, a.time_as_written) for a in arts] == [
        ("float", "2024-01-12T10:02:00Z", "1705053720000"), ("text", None, "soon"),
        ("fraction", "2024-01-12T10:02:00Z", "1705053720000.5")]


def test_byte_order_mark_and_compact_json(tmp_path):
    f = tmp_path / "message_2.json"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps(thread([msg(T0, "hello")])).encode())
    run = run_parser(ALL, f)
    assert run.status == "parsed" and run.artifacts[0].text == "hello"


def test_truncated_file_keeps_what_was_read_and_is_partial(tmp_path):
    # the export is newest first: cutting the file keeps the newest messages
    raw = json.dumps(thread([msg(T0 + i, f"m{i}") for i in range(10)]), indent=2).encode()
    f = tmp_path / "message_1.json"
    f.write_bytes(raw[: raw.index(b'"m3"')])
    run = run_parser(ALL, f)
    assert run.status == "partial"
    assert "JSON broken after 6 messages" in run.reason and "\n" not in run.reason
    assert [a.text for a in run.artifacts] == ["m4", "m5", "m6", "m7", "m8", "m9"]


def test_invalid_json_early_is_skipped_with_a_reason(tmp_path):
    f = tmp_path / "message_1.json"
    f.write_text('{"participants": [{"name": "A"}], "messages": [{"sender_name": "A", "timestamp_ms": 1, oops')
    run = run_parser(ALL, f)
    assert run.status == "skipped" and run.reason.startswith("messenger_json: JSON broken after 0 messages")


def test_entries_that_are_not_objects_are_counted(tmp_path):
    data = thread([msg(T0, "a"), msg(T0 + 1, "b")])
    data["messages"].insert(1, "garbage")
    f = write(tmp_path / "message_1.json", data)
    run = run_parser(ALL, f)
    assert run.status == "partial" and run.reason == "messenger_json: 1 of 3 messages could not be read: not a JSON object"
    assert [a.text for a in run.artifacts] == ["a", "b"]


def test_look_alike_json_is_not_claimed(tmp_path):
    other = tmp_path / "message_1.json"  # another app's chat JSON: no sender_name / timestamp_ms
    write(other, {"participants": ["a", "b"], "messages": [{"from": "a", "text": "hi", "date": "2024-01-01"}]})
    assert all(s.parser != "messenger_json" for s in run_parser(ALL, other).stamped)
    notes = tmp_path / "notes.txt"  # text that mentions the keys
    notes.write_text('we need "participants", "messages", "sender_name" and "timestamp_ms" fields\n')
    assert run_parser(ALL, notes).stamped[0].parser == "text"
    array = tmp_path / "message_2.json"  # right keys, but an array, not a thread object
    write(array, [{"participants": [], "messages": [{"sender_name": "a", "timestamp_ms": 1}]}])
    assert all(s.parser != "messenger_json" for s in run_parser(ALL, array).stamped)


def test_empty_thread_is_mine_with_no_messages():
    assert _parse_direct(thread([]), "messages/inbox/x_1/message_1.json") == []


def test_zip_export_through_triage_gets_hits_entities_and_attachments(tmp_path, cli):
    folder = "messages/inbox/rahimmia_1234567890/"
    data = thread([
        msg(T0, "free visa, send the advance by bKash 01712345678", sender="রহিম মিয়া",
            reactions=[{"reaction": moj("👍"), "actor": "Karim"}]),
        msg(T0 + 60_000, "ok", photos=[{"uri": folder + "photos/1.jpg"}, {"uri": folder + "photos/2.jpg"}]),
    ])
    src = tmp_path / "src"
    src.mkdir()
    (src / "facebook-rahim.zip").write_bytes(make_zip({
        folder + "message_1.json": json.dumps(data, indent=2).encode(),
        folder + "photos/1.jpg": b"\xff\xd8\xff\xe0 jpeg"}))
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message"]
    assert [m["message_kind"] for m in msgs] == ["message", "system", "attachment"]
    assert msgs[0]["sender"] == "রহিম মিয়া" and msgs[0]["timestamp"] == "2024-01-12T10:02:00Z"
    assert msgs[0]["hits"] and not msgs[1]["hits"]  # the reaction does not repeat the message's hits
    assert msgs[0]["conversation"] == "messenger:inbox/rahimmia_1234567890"
    phones = [e for e in findings["entities"] if e["type"] == "phone"]
    assert phones and phones[0]["value"] == "+8801712345678"
    assert msgs[2]["attachments"] == [[folder + "photos/1.jpg", "facebook-rahim.zip!/" + folder + "photos/1.jpg"],
                                      [folder + "photos/2.jpg", ""]]  # referenced, not in the export


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(
    st.fixed_dictionaries({"sender_name": st.text(max_size=5), "timestamp_ms": st.one_of(
        st.integers(min_value=-10**20, max_value=10**20), st.floats(allow_nan=True), st.text(max_size=3), st.none())},
        optional={"content": st.one_of(st.text(max_size=20), st.integers()), "is_unsent": st.booleans(),
                  "type": st.sampled_from(["Generic", "Call", "Share", "Subscribe", "X"]),
                  "photos": st.lists(st.one_of(st.fixed_dictionaries({"uri": st.text(max_size=10)}), st.integers()), max_size=2),
                  "reactions": st.lists(st.dictionaries(st.sampled_from(["reaction", "actor"]), st.text(max_size=3)), max_size=2),
                  "share": st.one_of(st.none(), st.dictionaries(st.sampled_from(["link", "share_text"]), st.text(max_size=5))),
                  "call_duration": st.one_of(st.integers(), st.text(max_size=2))}),
    st.integers(), st.text(max_size=5)), max_size=8), st.integers(min_value=0, max_value=400), st.binary(max_size=20))
def test_fuzz_never_crashes(tmp_path, messages, cut, noise):
    raw = json.dumps({"participants": [{"name": "A"}], "messages": messages, "title": "t"}).encode()
    f = tmp_path / "message_1.json"
    f.write_bytes(raw[: max(cut, 60)] + noise if cut < len(raw) else raw)
    run = run_parser(ALL, f)
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason
    assert "failed (" not in run.reason, run.reason  # no parser bug surfaced as an exception


# --- the research notes' pitfalls (chat-formats.md §3), one by one ---------------------------

def test_correct_text_with_characters_beyond_latin1_is_kept(tmp_path):
    f = tmp_path / "message_1.json"  # Chatistics#65: repairing “quoted” text must not crash or garble it
    f.write_text(json.dumps({"participants": [{"name": "Karim"}], "messages": [
        {"sender_name": "Karim", "timestamp_ms": T0, "content": "“free visa” — ভিসা"},
        {"sender_name": moj("Zoë"), "timestamp_ms": T0 + 1, "content": "plain ascii"}]}), encoding="utf-8")
    arts = run_parser(ALL, f).artifacts
    assert [a.text for a in arts] == ["plain ascii", "“free visa” — ভিসা"] and arts[0].sender == "Zoë"


def test_files_of_one_thread_and_sibling_folders_share_their_conversation():
    base = "fb.zip!/your_facebook_activity/messages/"
    one = _parse_direct(thread([msg(T0, "new")]), base + "inbox/rahimmia_1234567890/message_1.json")
    two = _parse_direct(thread([msg(T0 - 1, "old")]), base + "inbox/rahimmia_1234567890/message_2.json")
    assert one[0].conversation == two[0].conversation == "messenger:inbox/rahimmia_1234567890"
    for folder in ("archived_threads", "message_requests", "filtered_threads", "e2ee_cutover"):
        data = thread([msg(T0, "hi", photos=[{"uri": f"messages/{folder}/x_1/photos/p.jpg"}])])
        del data["thread_path"]
        (a,) = _parse_direct(data, f"{base}{folder}/x_1/message_1.json")
        assert a.conversation == f"messenger:{folder}/x_1"
        assert a.attachments[0][1] == f"fb.zip!/your_facebook_activity/messages/{folder}/x_1/photos/p.jpg"


def test_pseudo_system_messages_and_calls(tmp_path):
    f = write(tmp_path / "message_1.json", thread([
        msg(T0, "Reacted 😂 to your message"), msg(T0 + 1, "Liked a message"),
        msg(T0 + 2, "Missed a video call"), msg(T0 + 3, "You are now connected on Messenger"),
        msg(T0 + 4, "Karim created a poll: Which day for the flight?"),
        msg(T0 + 5, 'Karim voted for "Friday" in the poll.'),
        msg(T0 + 6, type="Call", call_duration=0, missed=True),
        msg(T0 + 7, "passport jama dite hobe, poll kore bolo"),  # an ordinary message that mentions a poll
    ]))
    arts = run_parser(MESSENGER, f).artifacts
    assert [a.message_kind for a in arts] == ["system", "system", "call", "system", "system", "system", "call", "message"]
    assert arts[4].text == "Karim created a poll: Which day for the flight?"  # the question stays in the text
    assert arts[6].text == "[missed call]"


def test_media_only_messages_have_no_content(tmp_path):
    f = write(tmp_path / "message_1.json", thread([
        msg(T0, gifs=[{"uri": "messages/inbox/rahimmia_1234567890/gifs/g.gif"}]),
        msg(T0 + 1, files=[{"uri": "messages/inbox/rahimmia_1234567890/files/contract.pdf",
                            "creation_timestamp": 1705053720}])]))
    a, b = run_parser(MESSENGER, f).artifacts
    assert (a.text, a.message_kind, b.message_kind) == ("", "attachment", "attachment")
    assert b.attachments[0][0] == "messages/inbox/rahimmia_1234567890/files/contract.pdf"


def test_instagram_string_map_data_files_are_not_claimed(tmp_path):
    f = tmp_path / "message_requests.json"  # Instagram's other JSON: human-readable times, no messages
    f.write_text(json.dumps({"inbox_message_requests": [{"title": "", "string_map_data": {
        "Username": {"value": "rahim.agent"}, "Time": {"value": "Apr 19, 2017, 3:35 AM"}}}]}))
    assert all(s.parser != "messenger_json" for s in run_parser(ALL, f).stamped)
