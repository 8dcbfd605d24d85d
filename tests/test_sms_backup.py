"""SMS Backup & Restore XML: SMS, MMS and calls, times, directions, repairs and bad input."""

import base64
import sys
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import assert_damage_is_recorded, load_findings

PLUGINS = Plugins((), entry_points=False)
SMS = PLUGINS.parser("sms_backup_xml")
ALL = [e.cls for e in PLUGINS.parsers]

BENGALI = "ভিসা ফ্রি, পাসপোর্ট জমা দিন"
PROLOG = ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
          "<!--File Created By SMS Backup & Restore v10.05.602 on 12/01/2024 16:10:00-->\n"
          '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n')


def element(tag, **kw):
    """An empty element with these attributes, escaped as the app escapes them."""
    return f"<{tag} " + " ".join(f"{k}={quoteattr(str(v))}" for k, v in kw.items()) + " />"


def sms(body, *, address="+8801712345678", date=1705053720000, type=1, contact="Rahim Agent",
        readable="12 Jan 2024 16:02:00"):
    """One <sms> line as the app writes it (absent values are the string "null")."""
    return "  " + element(
        "sms", protocol=0, address=address, date=date, type=type, subject="null", body=body, toa="null",
        sc_toa="null", service_center="null", read=1, status=-1, locked=0,
        date_sent=date - 1000 if type == 1 else 0, sub_id=1, readable_date=readable, contact_name=contact) + "\n"


def mms(text, *, address="+8801712345678", box=1, contact="Rahim Agent", date=1705053840000,
        sender="+8801712345678", media=()):
    """One <mms> with its layout part, media parts (name, type, base64 data), text part and addresses."""
    parts = [element("part", seq=-1, ct="application/smil", name="null", chset="null", cl="smil.xml", text="<smil/>")]
    for i, (name, ct, data) in enumerate(media):
        parts.append(element("part", seq=i, ct=ct, name="null", chset="null", cl=name, text="null", data=data))
    if text is not None:
        parts.append(element("part", seq=len(media), ct="text/plain", name="null", chset=106, cl="text_0.txt",
                             text=text))
    addrs = [element("addr", address=sender, type=137, charset=106)] + [
        element("addr", address=a, type=151, charset=106) for a in address.split("~") if a != sender]
    head = element("mms", date=date, date_sent=date // 1000, msg_box=box, address=address,
                   m_type=132 if box == 1 else 128, sub="null", readable_date="12 Jan 2024 16:04:00",
                   contact_name=contact, text_only=0)[:-3] + ">"
    return (f"  {head}\n    <parts>\n      {''.join(parts)}\n    </parts>\n"
            f"    <addrs>\n      {''.join(addrs)}\n    </addrs>\n  </mms>\n")


def call(type, duration, *, date=1705053720000):
    return "  " + element("call", number="+8801712345678", duration=duration, date=date, type=type, presentation=1,
                          subscription_id="null", readable_date="12 Jan 2024 16:02:00",
                          contact_name="Rahim Agent") + "\n"


def backup(*records, root="smses", count=None):
    body = "".join(records)
    n = count if count is not None else len(records)
    root_tag = f'<{root} count="{n}" backup_set="0c4b6a50" backup_date="1705054200000" type="full">'
    return PROLOG + f"{root_tag}\n{body}</{root}>\n"


def write(tmp_path, text, name="sms-20240112161000.xml"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def test_sms_received_and_sent(tmp_path):
    f = write(tmp_path, backup(sms(BENGALI), sms("passport amar kache rakho&#10;kal dibo", type=2, date=1705053780000)
                               .replace("&amp;#10;", "&#10;")))
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    assert {s.parser for s in run.stamped} == {"sms_backup_xml"}
    a, b = run.artifacts
    assert a.text == BENGALI
    assert (a.sender, a.sender_id, a.conversation, a.conversation_title) == (
        "Rahim Agent", "+8801712345678", "sms:+8801712345678", "Rahim Agent")
    assert (a.timestamp, a.time_as_written, a.zone_assumed) == ("2024-01-12T10:02:00Z", "12 Jan 2024 16:02:00", False)
    assert (a.is_group, a.participants, a.message_kind, a.line) == (False, ("Rahim Agent",), "message", 5)
    assert (b.sender, b.sender_id, b.text, b.line) == ("owner", "", "passport amar kache rakho\nkal dibo", 6)


def test_unknown_contact_falls_back_to_the_number(tmp_path):
    f = write(tmp_path, backup(sms("hello", address="16216", contact="(Unknown)", readable="null")))
    (m,) = run_parser(SMS, f).artifacts
    assert (m.sender, m.conversation_title, m.participants) == ("16216", "16216", ("16216",))
    assert m.time_as_written == "1705053720000"  # no readable date: the raw epoch as written


def test_mms_text_media_and_seconds_date_sent(tmp_path):
    jpeg = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(2000)).decode()
    f = write(tmp_path, backup(
        mms("free visa, send the advance by bKash 01712345678", media=[("IMG_0001.jpg", "image/jpeg", jpeg)]),
        mms("ami pathiyechi", box=2, sender="insert-address-token"),
        mms(None, media=[("voice.amr", "audio/amr", "")]).replace('date="1705053840000"', 'date="0"'),
    ))
    a, b, c = run_parser(SMS, f).artifacts
    assert a.text == "free visa, send the advance by bKash 01712345678"
    assert a.message_kind == "attachment" and a.attachments == (("IMG_0001.jpg", ""),)  # inside the XML: no file
    assert (a.sender, a.sender_id, a.timestamp, a.line) == ("Rahim Agent", "+8801712345678", "2024-01-12T10:04:00Z", 5)
    assert (b.sender, b.sender_id, b.message_kind) == ("owner", "", "message")
    # no date: date_sent is used, and an MMS writes it in seconds, not milliseconds
    assert c.timestamp == "2024-01-12T10:04:00Z" and c.text == ""


def test_group_mms(tmp_path):
    f = write(tmp_path, backup(mms("meeting at the agency office", address="+8801712345678~+8801812345678",
                                   contact="Rahim Agent, Karim", sender="+8801812345678")))
    (m,) = run_parser(SMS, f).artifacts
    assert m.is_group and m.participants == ("Rahim Agent", "Karim")
    assert (m.sender, m.sender_id) == ("+8801812345678", "+8801812345678")
    assert m.conversation == "sms:+8801712345678~+8801812345678"


def test_calls_backup(tmp_path):
    calls = [call(1, 95), call(2, 30, date=1705053780000), call(3, 0, date=1705053840000)]
    f = write(tmp_path, backup(*calls, root="calls"), name="calls-20240112161000.xml")
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    a, b, c = run.artifacts
    assert [x.message_kind for x in (a, b, c)] == ["call"] * 3
    assert [x.text for x in (a, b, c)] == ["incoming call, 95 s", "outgoing call, 30 s", "missed call, 0 s"]
    assert (a.sender, a.sender_id, b.sender) == ("Rahim Agent", "+8801712345678", "owner")
    assert a.conversation == "calls:+8801712345678" and a.timestamp == "2024-01-12T10:02:00Z"


def test_surrogate_pair_references_become_emoji(tmp_path):
    f = write(tmp_path, backup(sms("দালাল &#55357;&#56832; lone &#55357; x &#56832; bad &#27; hex &#xD83D;&#xDE00;")
                               .replace("&amp;#", "&#")))
    run = run_parser(ALL, f)
    assert run.status == "parsed", run.reason
    assert run.artifacts[0].text == "দালাল 😀 lone \ufffd x \ufffd bad \ufffd hex 😀"


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8, 13, 64])
def test_surrogate_repair_across_read_boundaries(chunk):
    repair = sys.modules[SMS.__module__].SurrogateRepair()
    data = b'<a b="&#55357;&#56832;&amp;&#2437;&#55357;" c="&#xd83d;&#xde00;"/>' * 3
    out = b"".join(repair.feed(data[i:i + chunk]) for i in range(0, len(data), chunk)) + repair.feed(b"", final=True)
    assert out == b'<a b="&#128512;&amp;&#2437;&#65533;" c="&#128512;"/>' * 3


def test_truncated_backup_keeps_what_was_read(tmp_path):
    text = backup(*[sms(f"message {i}", date=1705053720000 + i * 1000) for i in range(1, 6)])
    f = write(tmp_path, text[: text.index("message 5") - 40])
    run = run_parser(SMS, f)
    assert run.status == "partial"
    assert [a.text for a in run.artifacts] == [f"message {i}" for i in range(1, 5)]
    assert run.reason.startswith("sms_backup_xml: XML damaged or cut short at line ")
    assert run.reason.endswith(": 4 of 5 messages read") and "\n" not in run.reason


def test_invalid_xml_mid_file_is_partial(tmp_path):
    f = write(tmp_path, backup(sms("ok"), '  <sms address="1" body="a < b" />\n', sms("never reached")))
    run = run_parser(SMS, f)
    assert run.status == "partial" and [a.text for a in run.artifacts] == ["ok"]
    assert "line 6" in run.reason and "1 of 3 messages read" in run.reason


@pytest.mark.parametrize("content", [
    "<?xml version='1.0'?>\n<rss version=\"2.0\"><channel><title>smses</title></channel></rss>\n",
    "<?xml version='1.0'?>\n<!DOCTYPE smses [<!ENTITY a \"aaaa\">]>\n<smses count=\"1\"><sms body=\"&a;\"/></smses>\n",
    "<html><body>&lt;smses&gt; calls</body></html>\n",
    "notes about <smses and <calls tags\n",
])
def test_look_alikes_are_not_claimed(tmp_path, content):
    run = run_parser(ALL, write(tmp_path, content, name="backup.xml"))
    assert all(s.parser != "sms_backup_xml" for s in run.stamped)
    assert "sms_backup_xml" not in run.reason


def test_garbage_after_the_prolog_is_not_claimed(tmp_path):
    run = run_parser(ALL, write(tmp_path, PROLOG + "<smses count='1'>\x00\x01 not xml"))
    assert all(s.parser != "sms_backup_xml" for s in run.stamped)


def test_media_data_is_not_kept(tmp_path):
    """A 6 MB inline picture is read through, not kept: only its name reaches the message."""
    big = base64.b64encode(bytes(4_500_000)).decode()
    f = write(tmp_path, backup(mms("photo of the visa", media=[("visa.jpg", "image/jpeg", big)]), sms("after")))
    run = run_parser(SMS, f)
    assert [a.text for a in run.artifacts] == ["photo of the visa", "after"]
    assert run.artifacts[0].attachments == (("visa.jpg", ""),)
    assert all("AAAA" not in repr(a) for a in run.artifacts)


def test_end_to_end_hits_and_phone_entity(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    write(src, backup(sms("free visa, send the advance by bKash 01712345678"), sms(BENGALI, date=1705053780000)))
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    findings = load_findings(tmp_path / "case")
    msgs = [a for a in findings["artifacts"] if a["kind"] == "message"]
    assert [m["parser"] for m in msgs] == ["sms_backup_xml"] * 2
    assert msgs[0]["hits"] and msgs[1]["hits"]
    assert msgs[0]["line"] == 5 and msgs[0]["sender"] == "Rahim Agent"
    assert any(e["type"] == "phone" and e["value"].endswith("1712345678") for e in findings["entities"])
    (conv,) = findings["conversations"]
    assert conv["conversation"] == "sms:+8801712345678" and conv["messages"] == 2


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from([backup(sms(BENGALI), mms("hi", media=[("a.jpg", "image/jpeg", "AAAA")])),
                        backup(sms("x &#55357;&#56832;").replace("&amp;#", "&#"))]),
       st.integers(min_value=0, max_value=1500), st.binary(max_size=40))
def test_fuzz_never_crashes(tmp_path, doc, cut, noise):
    assert_damage_is_recorded(ALL, tmp_path / "sms-1.xml", doc.encode(), cut, noise, timezone="Asia/Dhaka")


# --- the research notes' pitfalls (chat-formats.md §4.1), one by one -------------------------

def test_prolog_byte_order_mark_stylesheet_and_comment(tmp_path):
    f = tmp_path / "sms-20240112161000.xml"
    f.write_bytes(b"\xef\xbb\xbf" + backup(sms("hello")).encode())
    run = run_parser(ALL, f)
    assert [s.parser for s in run.stamped] == ["sms_backup_xml"] and run.artifacts[0].text == "hello"


def test_date_is_utc_milliseconds_and_readable_date_is_only_as_written(tmp_path):
    # the phone was on UTC+6: readable_date says 16:02, date (epoch ms) 10:02 UTC; no zone is assumed
    (m,) = run_parser(SMS, write(tmp_path, backup(sms("x"))), timezone="Europe/London").artifacts
    assert (m.timestamp, m.time_as_written, m.zone_assumed) == ("2024-01-12T10:02:00Z", "12 Jan 2024 16:02:00", False)


def test_null_strings_subject_and_owner_boxes(tmp_path):
    drafts = [sms(f"box {t}", type=t) for t in (3, 4, 5, 6)]
    with_subject = sms("body text").replace('subject="null"', 'subject="Visa"')
    f = write(tmp_path, backup(with_subject, sms("null", address="null", contact="null"), *drafts))
    a, b, *owned = run_parser(SMS, f).artifacts
    assert a.text == "Visa\nbody text"
    assert (b.text, b.sender, b.conversation_title) == ("", "", "")  # "null" is an absent value
    assert {m.sender for m in owned} == {"owner"}


def test_mms_text_parts_in_seq_order_and_no_msg_box(tmp_path):
    record = mms("second", media=[("a.jpg", "image/jpeg", "")])
    extra = '<part seq="0" ct="text/plain" name="null" chset="106" cl="text_a.txt" text="first" />'
    record = record.replace('<part seq="1" ct="text/plain"', extra + '<part seq="1" ct="text/plain"')
    record = record.replace('<part seq="0" ct="image/jpeg"', '<part seq="2" ct="image/jpeg"')
    incoming = record.replace('msg_box="1" ', "")  # m_type 132 (retrieve-conf) still says received
    outgoing = mms("sent", box=2).replace('msg_box="2" ', "")  # m_type 128 (send-req)
    a, b = run_parser(SMS, write(tmp_path, backup(incoming, outgoing))).artifacts
    assert a.text == "first\nsecond" and a.attachments == (("a.jpg", ""),)
    assert a.sender == "Rahim Agent" and b.sender == "owner"


def test_rcs_chats_arrive_as_mms_with_a_chat_id_for_address(tmp_path):
    group = mms("ticket ready", address="group_8@rcs.google.com", contact="Saudi jobs", sender="+8801812345678")
    group = group.replace("</addrs>", '<addr address="+8801912345678" type="151" charset="106" /></addrs>')
    one = mms("kemon acho", address="a1b2c3d4@rcs.google.com", contact="Rahim Agent", sender="+8801712345678")
    one = one.replace("</addrs>", '<addr address="+8801555000111" type="151" charset="106" /></addrs>')
    g, o = run_parser(SMS, write(tmp_path, backup(group, one))).artifacts
    assert (g.conversation, g.conversation_title, g.is_group) == ("sms:group_8@rcs.google.com", "Saudi jobs", True)
    assert (g.sender, g.sender_id) == ("+8801812345678", "+8801812345678")  # the From number, not the chat's name
    assert set(g.participants) == {"+8801812345678", "+8801912345678"}
    assert (o.is_group, o.sender, o.sender_id) == (None, "+8801712345678", "+8801712345678")


def test_one_thread_however_each_record_writes_the_number(tmp_path):
    """The app writes the same person's number in E.164 on one record and as dialled at home on
    the next: one conversation, keyed by E.164, while each record keeps its address as written."""
    f = write(tmp_path, backup(
        sms("kal asben?", address="+8801712345678"),
        sms("ji asbo", address="01712345678", type=2, date=1705053780000),
        sms("taka pathan", address="+880 1712-345678", date=1705053800000),
        sms("Your OTP is 4411", address="16247", contact="null", date=1705053900000),
        sms("Cash In Tk 500", address="bKash", contact="null", date=1705054000000)))
    run = run_parser(SMS, f)
    assert run.status == "parsed", run.reason
    threads = [a.conversation for a in run.artifacts]
    assert threads[:3] == ["sms:+8801712345678"] * 3
    assert threads[3:] == ["sms:16247", "sms:bKash"]  # short codes and sender names as written
    assert [a.sender_id for a in run.artifacts[:3]] == ["+8801712345678", "", "+880 1712-345678"]


def test_a_national_number_is_read_as_the_regions(tmp_path):
    f = write(tmp_path, backup(sms("salam", address="0558321907")))
    assert run_parser(SMS, f, region="SA").artifacts[0].conversation == "sms:+966558321907"
    assert run_parser(SMS, f, region="BD").artifacts[0].conversation == "sms:0558321907"  # no BD number


def test_calls_with_one_number_are_one_thread(tmp_path):
    f = write(tmp_path, backup(call(1, 30), call(2, 10).replace('"+8801712345678"', '"01712345678"'),
                               root="calls"))
    run = run_parser(SMS, f)
    assert {a.conversation for a in run.artifacts} == {"calls:+8801712345678"}
