"""Cellebrite UFDR report.xml parser: chats, SMS, calls, contacts, accounts, deleted records,
attachments resolved inside the .ufdr, and bad input.

Every sample is written here from the element names published for Cellebrite's report.xml
(namespace http://pa.cellebrite.com/report/2.0; project / taggedFiles / decodedData / modelType /
model with field, modelField, multiModelField, jumptargets); no real report is used.
"""

import io
import sys
import tracemalloc
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from PIL import Image

from evidtriage import NotMyFormat
from evidtriage.parsers import FileInfo, ParseContext
from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import load_findings, make_zip

PLUGINS = Plugins((), entry_points=False)
UFDR = PLUGINS.parser("ufdr_report")
ALL = [e.cls for e in PLUGINS.parsers]
NS = "http://pa.cellebrite.com/report/2.0"
IMAGE_ID = "5f0c1d2e-0000-4000-8000-000000000001"


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buf, "JPEG")
    return buf.getvalue()


IMAGE_BYTES = _jpeg()


# -- writing a report ---------------------------------------------------------------------

def field(name, value, kind="String", formatted=None):
    if value is None:
        return f'<field name="{name}" type="{kind}"><empty /></field>'
    extra = f" formattedTimestamp={quoteattr(formatted)}" if formatted else ""
    return f'<field name="{name}" type="{kind}"><value type="{kind}"{extra}><![CDATA[{value}]]></value></field>'


def stamp(value, formatted=None):
    return field("TimeStamp", value, "TimeStamp", formatted)


def model(kind, mid, *children, deleted="Intact"):
    return (f'<model type="{kind}" id="{mid}" deleted_state="{deleted}" decoding_confidence="High" '
            f'isrelated="False" source_index="1" extractionId="0">{"".join(children)}</model>')


def party(identifier, name=None, role="General", owner=False, mid="p"):
    return model("Party", mid, field("Identifier", identifier), field("Role", role, "PartyRole"),
                 field("Name", name), field("IsPhoneOwner", "True" if owner else "False", "Boolean"))


def model_field(name, inner):
    return f'<modelField name="{name}" type="Party">{inner}</modelField>'


def multi(name, *models):
    return f'<multiModelField name="{name}">{"".join(models)}</multiModelField>'


def im(mid, sender, body, when, *extra, deleted="Intact"):
    return model("InstantMessage", mid, model_field("From", sender), field("Body", body), stamp(when), *extra,
                 deleted=deleted)


def tagged_file(fid, local_path):
    return (f'<file fs="Data" fsid="fs1" path="/data/media/0/WhatsApp/Media/{local_path.rsplit(chr(92), 1)[-1]}" '
            f'size="{len(IMAGE_BYTES)}" id="{fid}" extractionId="0" deleted="Intact" embedded="false">'
            f'<accessInfo><timestamp name="ModifyTime" format="TimeStampKnown" '
            f'formattedTimestamp="2024-01-12T10:05:00+06:00">2024-01-12T10:05:00.000+06:00</timestamp></accessInfo>'
            f'<metadata section="File"><item name="Local Path"><![CDATA[{local_path}]]></item>'
            f'<item name="SHA256"><![CDATA[00]]></item></metadata></file>')


OWNER = party("8801911000000@s.whatsapp.net", "Me", owner=True, mid="p-owner")
RAHIM = party("8801712345678@s.whatsapp.net", "Rahim Dalal", mid="p-rahim")

WHATSAPP_CHAT = model(
    "Chat", "chat-wa-1",
    field("Source", "WhatsApp"), field("Id", "8801712345678@s.whatsapp.net"), field("Name", None),
    multi("Participants", OWNER, RAHIM),
    multi("Messages",
          im("m1", party("8801712345678@s.whatsapp.net", "Rahim Dalal", role="From"),
             "free visa, send the advance by bKash 01712345678", "2024-01-12T10:02:00.000+06:00"),
          im("m2", party("8801911000000@s.whatsapp.net", "Me", role="From", owner=True),
             "পাসপোর্ট আমার কাছে জমা রাখতে হবে?", "2024-01-12T04:03:00.000+00:00"),
          im("m3", party("8801712345678@s.whatsapp.net", "Rahim Dalal", role="From"),
             "passport amar kache jama rakhte hobe", "2024-01-12T10:04:00.000+06:00", deleted="Deleted"),
          im("m4", party("8801712345678@s.whatsapp.net", "Rahim Dalal", role="From"), "visa copy",
             "2024-01-12T10:05:00.1234567+06:00",
             multi("Attachments", model("Attachment", "a1", field("Filename", "IMG-20240112-WA0001.jpg"),
                                        field("ContentType", "image/jpeg"),
                                        f'<jumptargets name=""><targetid ismodel="false">{IMAGE_ID}</targetid></jumptargets>')))),
)

IMO_CHAT = model(
    "Chat", "chat-imo-1",
    field("Source", "IMO"), field("Id", "imo-group-77"), field("Name", "Dubai kaj"),
    multi("Participants", OWNER, RAHIM, party("karim-imo", "Karim", mid="p-karim")),
    multi("Messages",
          model("InstantMessage", "i1", model_field("From", party("karim-imo", "Karim", role="From")),
                field("Body", "Dubai te bhalo kaj ache, beton 40 hajar"),
                stamp("2024-01-13T21:05:00.838", formatted="2024-01-13T21:05:00+06:00")),
          model("InstantMessage", "i2", model_field("From", party("karim-imo", "Karim", role="From")),
                field("Body", "no offset anywhere"), stamp("2024-01-13T21:06:00"))),
)

SMS = model(
    "SMS", "sms-1",
    multi("Parties", party("+8801712345678", "Rahim Dalal", role="From", mid="s1"),
          party("+8801911000000", None, role="To", owner=True, mid="s2")),
    field("Body", "Agent fee 50000 taka, passport niye ashen"), stamp("2024-01-10T09:00:00.000+06:00"),
    field("Folder", "Inbox"), field("Status", "Read"),
)

CALL = model(
    "Call", "call-1",
    multi("Parties", party("+8801911000000", None, role="From", owner=True, mid="c1"),
          party("+8801712345678", "Rahim Dalal", role="To", mid="c2")),
    stamp("2024-01-11T20:00:00.000+06:00"), field("Duration", "00:03:12", "TimeSpan"),
    field("Type", "Outgoing", "CallType"), field("Source", "WhatsApp"), field("VideoCall", "False", "Boolean"),
)

CONTACT = model(
    "Contact", "contact-1",
    field("Name", "Rahim Dalal (Malaysia)"), field("Source", "Phone"),
    multi("Entries", model("PhoneNumber", "e1", field("Category", "Mobile"), field("Value", "+8801712345678"))),
)

ACCOUNT = model(
    "UserAccount", "acct-1",
    field("Name", "Me"), field("Username", "8801911000000"), field("ServiceType", "WhatsApp"),
    field("Password", "hunter2"),
)


def report(*decoded, tagged="", namespace=True, prolog=True) -> str:
    xmlns = f' xmlns="{NS}"' if namespace else ""
    types: dict[str, list[str]] = {}
    for m in decoded:
        types.setdefault(m.split('type="', 1)[1].split('"', 1)[0], []).append(m)
    body = "".join(f'<modelType type="{t}">{"".join(ms)}</modelType>' for t, ms in types.items())
    return (('<?xml version="1.0" encoding="utf-8"?>\n' if prolog else "")
            + f'<project id="p1" name="Phone" reportVersion="5.2.0.0" containsGarbage="False"{xmlns}>\n'
            + '<sourceExtractions><extractionInfo id="0" name="Logical" type="Logical" /></sourceExtractions>\n'
            + '<metadata section="Additional Fields"><item name="UFED_PA_Version"><![CDATA[7.60.0.114]]></item></metadata>\n'
            + f"<taggedFiles>{tagged}</taggedFiles>\n"
            + f"<decodedData>{body}</decodedData>\n</project>\n")


FULL = report(WHATSAPP_CHAT, IMO_CHAT, SMS, CALL, CONTACT, ACCOUNT,
              tagged=tagged_file(IMAGE_ID, r"files\Image\IMG-20240112-WA0001.jpg"))


def write_report(tmp_path, text, name="report.xml"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def messages(run):
    return [a for a in run.artifacts if a.kind == "message"]


# -- tests --------------------------------------------------------------------------------

def test_chats_of_two_apps_with_bengali_banglish_and_english(tmp_path):
    run = run_parser(ALL, write_report(tmp_path, FULL))
    assert run.status == "parsed", run.reason
    assert {s.parser for s in run.stamped} == {"ufdr_report"}
    wa = [m for m in messages(run) if m.conversation.startswith("ufdr:WhatsApp:8801712345678@")]
    assert [m.text for m in wa[:3]] == ["free visa, send the advance by bKash 01712345678",
                                        "পাসপোর্ট আমার কাছে জমা রাখতে হবে?",
                                        "passport amar kache jama rakhte hobe"]
    first = wa[0]
    assert first.conversation == "ufdr:WhatsApp:8801712345678@s.whatsapp.net"
    assert first.conversation_title == "Rahim Dalal"  # no chat name: the other party
    assert first.participants == ("Me", "Rahim Dalal") and first.is_group is False
    assert (first.sender, first.sender_id) == ("Rahim Dalal", "8801712345678@s.whatsapp.net")
    assert first.timestamp == "2024-01-12T04:02:00Z"
    assert first.time_as_written == "2024-01-12T10:02:00.000+06:00"
    assert first.zone_assumed is False and first.message_kind == "message"
    assert wa[1].sender == "Me" and wa[1].timestamp == "2024-01-12T04:03:00Z"
    imo = [m for m in messages(run) if m.conversation == "ufdr:IMO:imo-group-77"]
    assert imo[0].conversation_title == "Dubai kaj" and imo[0].is_group is True
    assert imo[0].participants == ("Me", "Rahim Dalal", "Karim")
    assert imo[0].text == "Dubai te bhalo kaj ache, beton 40 hajar"


def test_times_offset_formatted_attribute_and_zone_less(tmp_path):
    f = write_report(tmp_path, FULL)
    imo = [m for m in messages(run_parser(UFDR, f)) if m.conversation == "ufdr:IMO:imo-group-77"]
    # no offset on the value: the formattedTimestamp attribute has it
    assert imo[0].timestamp == "2024-01-13T15:05:00Z" and imo[0].time_as_written == "2024-01-13T21:05:00.838"
    assert imo[1].timestamp is None and imo[1].time_as_written == "2024-01-13T21:06:00"
    assumed = [m for m in messages(run_parser(UFDR, f, timezone="Asia/Dhaka"))
               if m.conversation == "ufdr:IMO:imo-group-77"]
    assert (assumed[1].timestamp, assumed[1].zone_assumed) == ("2024-01-13T15:06:00Z", True)
    assert assumed[0].zone_assumed is False  # the report's own offset wins
    seven = [m for m in messages(run_parser(UFDR, f)) if m.text == "visa copy"][0]
    assert seven.timestamp == "2024-01-12T04:05:00.123456Z"  # .NET's seven fraction digits


def test_deleted_record_is_recovered_others_not(tmp_path):
    msgs = messages(run_parser(UFDR, write_report(tmp_path, FULL)))
    assert [m.text for m in msgs if m.recovered] == ["passport amar kache jama rakhte hobe"]
    assert [m.record for m in msgs][:4] == ["id=m1", "id=m2", "id=m3", "id=m4"]  # the model to find in report.xml


def test_attachment_resolves_through_the_tagged_file(tmp_path):
    (msg,) = [m for m in messages(run_parser(UFDR, write_report(tmp_path, FULL))) if m.attachments]
    assert msg.message_kind == "attachment"
    assert msg.attachments == (("IMG-20240112-WA0001.jpg", "files/Image/IMG-20240112-WA0001.jpg"),)


def test_attachment_without_a_tagged_file_keeps_its_name_only(tmp_path):
    chat = model("Chat", "c", field("Source", "WhatsApp"), field("Id", "x"), multi("Messages", im(
        "m", party("x"), "", "2024-01-12T10:05:00+06:00",
        multi("Attachments", model("Attachment", "a", field("Filename", "voice.opus"))))))
    (msg,) = messages(run_parser(UFDR, write_report(tmp_path, report(chat))))
    assert msg.attachments == (("voice.opus", ""),)


def test_attachment_with_an_extracted_path(tmp_path):
    chat = model("Chat", "c", field("Source", "IMO"), field("Id", "x"), multi("Messages", im(
        "m", party("x"), "", "2024-01-12T10:05:00+06:00",
        multi("Attachments", model("Attachment", "a", field("Filename", "voice.opus"),
                                   field("attachment_extracted_path", r"Attachments\IMO\voice.opus"))))))
    (msg,) = messages(run_parser(UFDR, write_report(tmp_path, report(chat))))
    assert msg.attachments == (("voice.opus", "Attachments/IMO/voice.opus"),)


def test_sms_call_contact_account(tmp_path):
    run = run_parser(UFDR, write_report(tmp_path, FULL))
    (sms,) = [m for m in messages(run) if m.conversation.startswith("ufdr:SMS:")]
    assert sms.conversation == "ufdr:SMS:+8801712345678" and sms.sender == "Rahim Dalal"
    assert sms.sender_id == "+8801712345678" and sms.timestamp == "2024-01-10T03:00:00Z"
    assert sms.text == "Agent fee 50000 taka, passport niye ashen" and sms.message_kind == "message"
    (call,) = [m for m in messages(run) if m.message_kind == "call"]
    assert call.text == "Outgoing WhatsApp call, duration 00:03:12"
    assert call.conversation == "ufdr:WhatsApp:+8801712345678" and call.conversation_title == "Rahim Dalal"
    assert call.sender == "+8801911000000" and call.timestamp == "2024-01-11T14:00:00Z"
    meta = {a.source: a.metadata for a in run.artifacts if a.kind == "metadata"}
    assert meta["ufdr-contact"]["Name"] == "Rahim Dalal (Malaysia)"
    assert meta["ufdr-contact"]["Entries"] == ["Mobile: +8801712345678"]
    assert meta["ufdr-contact"]["recovered"] is False
    assert meta["ufdr-account"]["Username"] == "8801911000000"
    assert "Password" not in meta["ufdr-account"]  # never copied into the case


def test_report_without_namespace_is_read(tmp_path):
    run = run_parser(ALL, write_report(tmp_path, report(SMS, namespace=False)))
    assert run.status == "parsed", run.reason
    assert [m.text for m in messages(run)] == ["Agent fee 50000 taka, passport niye ashen"]


def test_truncated_report_is_partial_with_counts(tmp_path):
    text = FULL[: FULL.index("<modelType type=\"SMS\">") + 200]
    run = run_parser(UFDR, write_report(tmp_path, text))
    assert run.status == "partial"
    assert len(messages(run)) == 6  # both chats, read before the cut
    assert run.reason.startswith("ufdr_report: 6 records read; the XML stops being readable at line ")
    assert "\n" not in run.reason


def test_invalid_xml_from_the_start_is_skipped_with_reason(tmp_path):
    run = run_parser(UFDR, write_report(tmp_path, f'<?xml version="1.0"?>\n<project xmlns="{NS}"><<<'))
    assert run.status == "skipped"
    assert "0 records read; the XML stops being readable at line 2" in run.reason


def test_unreadable_record_makes_the_file_partial(tmp_path, monkeypatch):
    module = sys.modules[UFDR.__module__]
    real = module._Report._sms

    def broken(self, m):
        if m["id"] == "sms-bad":
            raise ValueError("odd party list")
        return real(self, m)

    monkeypatch.setattr(module._Report, "_sms", broken)
    bad = SMS.replace('id="sms-1"', 'id="sms-bad"', 1)
    run = run_parser(UFDR, write_report(tmp_path, report(SMS, bad, SMS)))
    assert run.status == "partial" and len(run.artifacts) == 2
    assert run.reason == "ufdr_report: 1 of 3 records could not be read (first: ValueError: odd party list)"


@pytest.mark.parametrize("text", [
    '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>',
    '<?xml version="1.0"?>\n<project name="build" default="jar"><target name="jar"/></project>',
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\"><sms address=\"+880\" body=\"hi\"/></smses>",
])
def test_look_alike_xml_is_not_claimed(tmp_path, text):
    run = run_parser(ALL, write_report(tmp_path, text))
    assert all(s.parser != "ufdr_report" for s in run.stamped)
    assert "ufdr_report" not in run.reason


def test_other_project_that_passes_the_cheap_check_is_not_mine(tmp_path):
    # "decodedData" in a comment gets past can_parse; the structure does not
    f = write_report(tmp_path, '<project name="x"><!-- <decodedData> --><target name="jar"/></project>')
    info = FileInfo("T", f.name, f.name, f.stat().st_size, "text/xml", "0" * 64)
    assert UFDR.can_parse(f.read_bytes(), info)
    with pytest.raises(NotMyFormat), f.open("rb") as stream:
        list(UFDR().parse(info, stream, ParseContext()))


def test_memory_stays_bounded_on_a_long_chat(tmp_path):
    """A chat of 20,000 messages is read one message at a time (each is removed once read)."""
    msgs = "".join(im(f"m{i}", party("x", "X"), f"message {i} " + "x" * 200, "2024-01-12T10:02:00+06:00")
                   for i in range(20_000))
    chat = model("Chat", "c", field("Source", "WhatsApp"), field("Id", "x"), f'<multiModelField name="Messages">{msgs}</multiModelField>')
    f = write_report(tmp_path, report(chat))
    assert f.stat().st_size > 20_000_000
    info = FileInfo("T", f.name, f.name, f.stat().st_size, "text/xml", "0" * 64)
    tracemalloc.start()
    count = 0
    with f.open("rb") as stream:
        for _ in UFDR().parse(info, stream, ParseContext()):
            count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 20_000
    assert peak < 2_000_000, peak  # the file is over 20 MB


def test_ufdr_triage_end_to_end(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "phone.ufdr").write_bytes(make_zip({
        "report.xml": FULL.encode("utf-8"),
        "files/Image/IMG-20240112-WA0001.jpg": IMAGE_BYTES,
    }))
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message"]
    assert {m["file"] for m in msgs} == {"phone.ufdr!/report.xml"}
    assert all(m["parser"] == "ufdr_report" for m in msgs)
    first = next(m for m in msgs if m["text"].startswith("free visa"))
    assert first["hits"], first
    assert first["timestamp"] == "2024-01-12T04:02:00Z"
    bengali = next(m for m in msgs if m["sender"] == "Me")
    assert bengali["text"] == "পাসপোর্ট আমার কাছে জমা রাখতে হবে?"
    (with_image,) = [m for m in msgs if m["attachments"]]
    assert with_image["attachments"] == [["IMG-20240112-WA0001.jpg", "phone.ufdr!/files/Image/IMG-20240112-WA0001.jpg"]]
    assert [m["text"] for m in msgs if m["recovered"]] == ["passport amar kache jama rakhte hobe"]
    convs = {c["conversation"] for c in findings["conversations"]}
    assert {"ufdr:WhatsApp:8801712345678@s.whatsapp.net", "ufdr:IMO:imo-group-77", "ufdr:SMS:+8801712345678"} <= convs
    status = {f["path"]: f["status"] for f in findings["files"]}
    assert status["phone.ufdr!/report.xml"] == "parsed"
    phones = {e["value"]: {o["artifact"] for o in e["occurrences"]} for e in findings["entities"] if e["type"] == "phone"}
    assert first["key"] in phones["+8801712345678"]


PIECES = [WHATSAPP_CHAT, IMO_CHAT, SMS, CALL, CONTACT, ACCOUNT, "<model>", "</model>", "<field name='Body'>",
          "<value>x</value>", "</field>", "<multiModelField name='Messages'>", "</multiModelField>",
          "<![CDATA[", "]]>", "&amp;", "&bogus;", "\u09aa\u09be\u09b8", "<empty/>"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(min_value=0, max_value=4000),
       st.binary(max_size=100))
def test_fuzz_never_crashes(tmp_path, pieces, cut, noise):
    text = report(*[p for p in pieces if p.startswith("<model type=")])
    text = text.replace("<decodedData>", "<decodedData>" + "".join(p for p in pieces if not p.startswith("<model type=")))
    f = tmp_path / "report.xml"
    f.write_bytes(text.encode("utf-8")[: max(cut, 200)] + noise)
    run = run_parser(ALL, f, timezone="Asia/Dhaka")
    assert run.status in ("parsed", "partial", "skipped", "not examined") and run.reason
    assert "failed (" not in run.reason, run.reason  # a parser bug would say "failed (Type: ...)"


def test_sms_with_one_number_written_two_ways_is_one_thread(tmp_path):
    """Cellebrite keeps each record's party as the phone wrote it: "+8801712345678" on the
    received SMS, "01712345678" on the reply. One conversation, keyed by E.164."""
    reply = (SMS.replace('id="sms-1"', 'id="sms-2"', 1)
             .replace("[+8801712345678]", "[01712345678]"))
    run = run_parser(UFDR, write_report(tmp_path, report(SMS, reply)))
    threads = [m.conversation for m in messages(run)]
    assert threads == ["ufdr:SMS:+8801712345678"] * 2
    assert sorted(m.sender_id for m in messages(run)) == ["+8801712345678", "01712345678"]  # as written
