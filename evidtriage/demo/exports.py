"""The demo's chat exports in every format evidtriage reads besides WhatsApp: Telegram Desktop,
Facebook Messenger, SMS Backup & Restore, IMO and a Cellebrite UFDR. Invented people and
numbers, one story across them: Rahim, a broker, recruits Karim for a job abroad; the advance
goes by bKash; a sub-agent collects passports; Karim's brother hears what happened next.
"""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

RAHIM = "+8801712345678"
KARIM = "+8801819000111"
T0 = 1705053720  # 2024-01-12T10:02:00Z
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _base58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


#: A well-formed (checksum-valid) but invented Tron address for the demo's USDT payments.
TRON = _base58check(b"\x41" + hashlib.sha256(b"evidtriage demo wallet").digest()[:20])


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 3, 5, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def telegram_export() -> bytes:
    """A Telegram Desktop result.json: a job-ad channel the phone followed."""
    posts = [
        "🔥 Malaysia factory job 🔥 free visa, no experience needed, salary 1800 RM. Contact WhatsApp 01712-345678",
        ["সৌদি আরবে ড্রাইভার ভিসা, বেতন ১৫০০ রিয়াল। অগ্রিম মাত্র ৫০ হাজার টাকা। যোগাযোগ ",
         {"type": "phone", "text": "01712345678"}],
        f"Dubai cleaning job, age 18-30, mohila der jonno. payment USDT TRC20: {TRON}",
        "BMET card lagbe na, amra sob kore dibo. passport ar 2 copy chobi niye ashen",
    ]
    messages = []
    for i, text in enumerate(posts):
        ts = T0 - 86400 * (10 - i)
        messages.append({"id": 100 + i, "type": "message", "date": "", "date_unixtime": str(ts),
                         "from": "Malaysia Saudi Job BD", "from_id": "channel1700000001", "text": text})
    messages.append({"id": 104, "type": "service", "date_unixtime": str(T0 - 86400 * 5),
                     "actor": "Malaysia Saudi Job BD", "actor_id": "channel1700000001", "action": "pin_message",
                     "text": ""})
    export = {"name": "Malaysia Saudi Job BD", "type": "public_channel", "id": 1700000001, "messages": messages}
    return json.dumps(export, ensure_ascii=False, indent=1).encode("utf-8")


def _mojibake(text: str) -> str:
    """What Facebook's export writes: each UTF-8 byte as its own code point."""
    return text.encode("utf-8").decode("latin-1")


def messenger_export() -> bytes:
    """A Facebook "Download Your Information" zip with one Messenger thread (newest first)."""
    msgs = [
        ("Rahim Agent", 0, "Jamal bhai, 5 ta passport pathalam, kauke bolben na"),
        ("Jamal Sub Agent", 300, "পাসপোর্টগুলো আমার কাছে থাকবে, ওদের হাতে দেওয়া যাবে না"),
        ("Rahim Agent", 600, "advance er 2 lakh bKash e dilam 01712345678, baki ta flight er age"),
        ("Jamal Sub Agent", 900, "👍"),
    ]
    thread = {
        "participants": [{"name": _mojibake("Rahim Agent")}, {"name": _mojibake("Jamal Sub Agent")}],
        "messages": [{"sender_name": _mojibake(s), "timestamp_ms": (T0 + 86400 * 3 + dt) * 1000,
                      "content": _mojibake(c), "is_geoblocked_for_viewer": False} for s, dt, c in reversed(msgs)],
        "title": _mojibake("Jamal Sub Agent"), "is_still_participant": True,
        "thread_path": "inbox/jamalsubagent_1234567890", "magic_words": [],
    }
    path = "your_facebook_activity/messages/inbox/jamalsubagent_1234567890/message_1.json"
    return _zip({path: json.dumps(thread, indent=2).encode("ascii")})


def sms_backup() -> bytes:
    """SMS Backup & Restore XML: the bKash confirmation of the advance, and family messages."""
    rows = [
        ("bKash", 2, T0 + 1800, "Send Money Tk 50,000.00 to 01712345678 successful. Fee Tk 5.00. "
                                "Balance Tk 1,230.50. TrxID 8N7A6D5F4C at 12/01/2024 16:32"),
        ("+8801911222333", 1, T0 + 86400 * 60, "Karim tui thik achis? phone dhorish na keno?"),
        ("+8801911222333", 2, T0 + 86400 * 60 + 120, "ভাই আমাকে ঘরে আটকে রাখছে, বাইরে যেতে দেয় না"),
    ]
    body = "".join(
        f'  <sms protocol="0" address={quoteattr(a)} date="{ts * 1000}" type="{t}" subject="null" '
        f'body={quoteattr(b)} toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" '
        f'date_sent="0" sub_id="1" readable_date="" contact_name={quoteattr("Bhaiya" if a.startswith("+880") else "(Unknown)")} />\n'
        for a, t, ts, b in rows)
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{len(rows)}\" "
            f"backup_set=\"demo\" backup_date=\"{(T0 + 86400 * 61) * 1000}\" type=\"full\">\n{body}</smses>\n").encode("utf-8")


def imo_database() -> bytes:
    """An IMO imofriends.db: Karim's brother and Karim, in Bengali."""
    ns = 10**9
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "imofriends.db"
        con = sqlite3.connect(path)
        con.executescript("""
            CREATE TABLE friends (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT UNIQUE, name TEXT, display TEXT);
            CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, buid TEXT, author TEXT, author_alias TEXT,
                imdata TEXT, last_message TEXT, message_read INTEGER, message_type INTEGER, timestamp INTEGER);
            CREATE UNIQUE INDEX IX_messages_buid_timestamp ON messages (buid, timestamp);""")
        con.execute("INSERT INTO friends (buid, name, display) VALUES ('u_bhaiya', 'বড় ভাই', 'বড় ভাই')")
        for i, (mtype, text) in enumerate([
                (1, "কারিম, তোর খবর কি? টাকা পাঠাতে পারছিস না কেন?"),
                (0, "malik passport niye nise, 3 mash beton dey na"),
                (0, "বাইরে যেতে দেয় না, মারধর করে। দালাল বলে আরো ১ লাখ টাকা দিলে পাসপোর্ট ফেরত দিবে"),
                (1, "দূতাবাসে ফোন কর, নম্বর পাঠাচ্ছি")]):
            con.execute("INSERT INTO messages (buid, last_message, message_type, timestamp, message_read) "
                        "VALUES ('u_bhaiya', ?, ?, ?, 1)", (text, mtype, (T0 + 86400 * 55 + i * 90) * ns))
        con.commit()
        con.close()
        return path.read_bytes()


def _field(name: str, value: str, kind: str = "String") -> str:
    return f'<field name="{name}" type="{kind}"><value type="{kind}"><![CDATA[{value}]]></value></field>'


def _model(kind: str, mid: str, *children: str, deleted: str = "Intact") -> str:
    return f'<model type="{kind}" id="{mid}" deleted_state="{deleted}" decoding_confidence="High">{"".join(children)}</model>'


def _party(identifier: str, name: str, role: str = "General", owner: bool = False, mid: str = "p") -> str:
    return _model("Party", mid, _field("Identifier", identifier), _field("Role", role, "PartyRole"),
                  _field("Name", name), _field("IsPhoneOwner", "True" if owner else "False", "Boolean"))


def ufdr_report(photo: bytes) -> bytes:
    """A small Cellebrite-style .ufdr (zip with report.xml and a tagged file) of the broker's
    second phone, as a lab would hand it over: a WhatsApp chat with a recovered deleted message."""
    image_id = "7a1b2c3d-0000-4000-8000-00000000demo"
    rahim = f"{RAHIM[1:]}@s.whatsapp.net"
    other = "8801555000222@s.whatsapp.net"

    def im(mid: str, sender: str, name: str, body: str, when: str, *extra: str, deleted: str = "Intact") -> str:
        frm = f'<modelField name="From" type="Party">{_party(sender, name, "From", mid=mid + "-from")}</modelField>'
        return _model("InstantMessage", mid, frm, _field("Body", escape(body)), _field("TimeStamp", when, "TimeStamp"),
                      *extra, deleted=deleted)

    attachment = ('<multiModelField name="Attachments">'
                  + _model("Attachment", "att1", _field("Filename", "IMG-20240120-WA0003.jpg"),
                           f'<jumptargets name=""><targetid ismodel="false">{image_id}</targetid></jumptargets>')
                  + "</multiModelField>")
    chat = _model(
        "Chat", "chat1", _field("Source", "WhatsApp"), _field("Id", other),
        f'<multiModelField name="Participants">{_party(rahim, "Rahim Agent", owner=True, mid="o")}'
        f'{_party(other, "Shefali", mid="s")}</multiModelField>',
        '<multiModelField name="Messages">'
        + im("m1", rahim, "Rahim Agent", "Dubai te housemaid er kaj, beton 1200 dirham, free visa, kono khoroch nai",
             "2024-01-20T11:00:00.000+06:00")
        + im("m2", other, "Shefali", "amar boyos 16, cholbe?", "2024-01-20T11:04:00.000+06:00")
        + im("m3", rahim, "Rahim Agent", "passport e boyos 22 kore dibo, kauke bolba na",
             "2024-01-20T11:06:00.000+06:00", deleted="Deleted")
        + im("m4", rahim, "Rahim Agent", "ei je company r chobi", "2024-01-20T11:07:00.000+06:00", attachment)
        + "</multiModelField>")
    tagged = (f'<file fs="Data" path="/data/media/0/WhatsApp/Media/IMG-20240120-WA0003.jpg" size="{len(photo)}" '
              f'id="{image_id}" deleted="Intact"><metadata section="File"><item name="Local Path">'
              r"<![CDATA[files\Image\IMG-20240120-WA0003.jpg]]></item></metadata></file>")
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<project id="demo" name="Rahim second phone" reportVersion="5.2.0.0" '
           'xmlns="http://pa.cellebrite.com/report/2.0">\n'
           f"<taggedFiles>{tagged}</taggedFiles>\n"
           f'<decodedData><modelType type="Chat">{chat}</modelType></decodedData>\n</project>\n')
    return _zip({"report.xml": xml.encode("utf-8"), "files/Image/IMG-20240120-WA0003.jpg": photo})


def write_exports(root: Path, photo: bytes) -> None:
    """Write every export under the demo's evidence folder ``root``."""
    tg = root / "Telegram Desktop" / "ChatExport_2024-01-12"
    tg.mkdir(parents=True)
    (tg / "result.json").write_bytes(telegram_export())
    (root / "Download" / "facebook-karim-2024-03-05.zip").write_bytes(messenger_export())
    (root / "SMSBackup").mkdir()
    (root / "SMSBackup" / "sms-20240312.xml").write_bytes(sms_backup())
    imo = root / "Android" / "data" / "com.imo.android.imoim" / "databases"
    imo.mkdir(parents=True)
    (imo / "imofriends.db").write_bytes(imo_database())
    (root / "Extraction").mkdir()
    (root / "Extraction" / "Rahim_second_phone.ufdr").write_bytes(ufdr_report(photo))
