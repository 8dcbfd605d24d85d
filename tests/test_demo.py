"""`evidtriage demo`: the synthetic case a newcomer sees first, in every built-in export format."""

from conftest import load_findings

CHAT_PARSERS = {"whatsapp_txt", "telegram_json", "messenger_json", "sms_backup_xml", "imo_db", "ufdr_report",
                "whatsapp_android_db", "android_mmssms_db"}


def test_demo_triages_every_format_and_is_safe_to_repeat(tmp_path, cli):
    target = tmp_path / "demo"
    r = cli("demo", target, "--workers", "2")
    assert r.exit_code == 0, r
    assert "top findings:" in r.stdout and f"report: {target / 'case' / 'reports' / 'report.html'}" in r.stdout
    f = load_findings(target / "case")
    parsers = {a["parser"] for a in f["artifacts"] if a["kind"] == "message"}
    assert CHAT_PARSERS <= parsers  # a chat in each export format the tool reads
    by_path = {x["path"]: x for x in f["files"]}
    assert by_path["Download/received_file.bin"]["status"] == "known-bad"
    assert any("zip-slip" in s["reason"] for s in f["skips"])
    assert any(x["status"] == "partial" for x in f["files"])  # the photo cut in half
    ocr = [a for a in f["artifacts"] if a["kind"] == "text" and a.get("method") == "ocr"]
    assert any("free visa" in a["text"] for a in ocr)  # the screenshot read by OCR
    assert any(e["type"] == "mfs_account" and e["value"] == "+8801712345678"
               and len({o["file"] for o in e["occurrences"]}) >= 3 for e in f["entities"])
    # the full-file-system part: the apps' databases tell the exports' story, linked to them
    msgstore = "data/data/com.whatsapp/databases/msgstore.db"
    mmssms = "data/data/com.android.providers.telephony/databases/mmssms.db"
    assert by_path[msgstore]["status"] == "parsed" and by_path[mmssms]["status"] == "parsed"
    rahim = next(e for e in f["entities"] if e["value"] == "+8801712345678" and e["type"] == "mfs_account")
    assert {msgstore, mmssms, "WhatsApp/WhatsApp Chat with Rahim Agent.zip!/WhatsApp Chat with Rahim Agent.txt"} <= {
        o["file"] for o in rahim["occurrences"]}
    wa_db = [a for a in f["artifacts"] if a["file"] == msgstore]
    assert {a["sender"] for a in wa_db} == {"Rahim Agent", "owner"} and wa_db[-1]["message_kind"] == "deletion"
    assert wa_db[4]["attachments"] == [["Media/WhatsApp Images/IMG-20240112-WA0001.jpg",
                                        "WhatsApp/Media/WhatsApp Images/IMG-20240112-WA0001.jpg"]]
    sms_db = [a for a in f["artifacts"] if a["file"] == mmssms]
    assert [a["sender"] for a in sms_db] == ["bKash", "Bhaiya", "owner", "Rahim Agent"]
    assert any(a.get("recovered") for a in f["artifacts"] if a["kind"] == "message")  # UFDR deleted record
    txid = [e for e in f["entities"] if e["type"] == "mfs_transaction"]  # the bKash payment: SMS and screenshot
    assert txid and {"SMSBackup/sms-20240312.xml", "Pictures/Screenshots/Screenshot_20240112-163210_bKash.png", mmssms} <= {
        o["file"] for o in txid[0]["occurrences"]}
    assert f["image_clusters"] and (target / "case" / "reports" / "report.html").is_file()
    again = cli("demo", target, "--workers", "2")
    assert again.exit_code == 0, again
    assert load_findings(target / "case")["summary"] == f["summary"]  # continued, nothing added twice
