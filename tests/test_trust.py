"""Issue 17: every line of a report can be trusted. Each test here failed before its fix."""

import csv
import json
import sqlite3
import sys

from conftest import load_findings


def _sqlite(path, table="messages"):
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {table} (_id INTEGER PRIMARY KEY, data TEXT)")
    conn.execute(f"INSERT INTO {table} (data) VALUES ('passport jama')")
    conn.commit()
    conn.close()


# -- item 9: a file no parser read is "not examined", with its reason, never "parsed" ----------

def test_a_file_no_parser_read_is_not_examined_with_its_format_named(tmp_path, cli):
    src = tmp_path / "phone"
    _sqlite(src / "Android/data/com.whatsapp/databases/msgstore.db")
    _sqlite(src / "misc/notes.db", "notes")
    (src / "blob.bin").write_bytes(bytes(range(256)) * 40)
    (src / "Databases").mkdir()
    (src / "Databases" / "msgstore-2024-01-12.1.db.crypt14").write_bytes(bytes((i * 7 + 3) % 256 for i in range(5000)))
    (src / "note.txt").write_text("hello there\n")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    f = load_findings(case)
    by_path = {x["path"]: x for x in f["files"]}
    wa = by_path["Android/data/com.whatsapp/databases/msgstore.db"]
    assert wa["status"] == "not examined"
    assert wa["reason"].startswith("no parser for this format: SQLite database (com.whatsapp msgstore.db")
    assert by_path["misc/notes.db"]["status"] == "not examined"
    assert by_path["misc/notes.db"]["reason"] == "no parser for this format: SQLite database (notes.db)"
    assert by_path["blob.bin"]["status"] == "not examined"
    assert by_path["note.txt"]["status"] == "parsed"
    # no path still says "parsed" for a file that nothing read
    assert not [x for x in f["files"] if x["status"] == "parsed" and "no parser" in x["reason"]]
    crypt = by_path["Databases/msgstore-2024-01-12.1.db.crypt14"]
    assert crypt["status"] == "not examined" and "WhatsApp encrypted backup" in crypt["reason"]
    assert f["summary"]["by_status"]["not examined"] == 4
    assert by_path["blob.bin"]["reason"].startswith("no parser for this format: ")
    groups = {g["reason"]: g["files"] for g in f["summary"]["not_examined"]}
    assert groups["no parser for this format: SQLite database (notes.db)"] == 1
    # the end-of-run summary lists them by reason, and does not say all was examined
    assert "not examined, or only in part (4), by reason:" in r.stdout
    assert "com.whatsapp msgstore.db" in r.stdout
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    assert "Every file was examined" not in html
    assert "no parser for this format: SQLite database (notes.db)" in html
    rows = list(csv.reader((case / "reports" / "not_examined.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["files", "status", "reason"]
    assert ["1", "not examined", "no parser for this format: SQLite database (notes.db)"] in rows


def test_every_file_examined_is_said_only_when_true(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text("hello there\n")
    case = tmp_path / "case"
    r = cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr")
    assert r.exit_code == 0, r
    assert "every file was examined" in r.stdout
    assert "Every file was examined" in (case / "reports" / "report.html").read_text(encoding="utf-8")


# -- item 1: a case's zone never changes under times already read in it ------------------------

CHAT = ("12/01/2024, 10:02 - Rahim: passport amar kache\n"
        "13/01/2024, 09:00 - Karim: ok\n")


def _chat_source(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "WhatsApp Chat with Rahim.txt").write_text(CHAT, encoding="utf-8")
    return src


def test_another_timezone_on_a_reopened_case_is_refused(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Dhaka").exit_code == 0
    before = load_findings(case)
    r = cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Riyadh")
    assert r.exit_code == 2
    assert "Asia/Dhaka" in r.stderr and "Asia/Riyadh" in r.stderr and "Traceback" not in r.stderr
    after = load_findings(case)
    assert after["case"]["timezone"] == "Asia/Dhaka"
    msgs = [a for a in after["artifacts"] if a["kind"] == "message"]
    assert msgs[0]["timestamp"] == "2024-01-12T04:02:00Z"  # 10:02 in Dhaka, not in Riyadh
    assert after["artifacts"] == before["artifacts"]
    # the same zone again, or none, is a plain re-run
    assert cli("triage", src, "--case", case, "--examiner", "A").exit_code == 0
    assert cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Dhaka").exit_code == 0


def test_a_zone_given_after_times_were_read_without_one_is_refused(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A").exit_code == 0
    r = cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Dhaka")
    assert r.exit_code == 2 and "without --timezone" in r.stderr
    assert load_findings(case)["case"]["timezone"] is None


def test_a_zone_given_before_anything_was_examined_is_recorded(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("case", "init", case, "--case-id", "C1", "--examiner", "A").exit_code == 0
    assert cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Dhaka").exit_code == 0
    f = load_findings(case)
    assert f["case"]["timezone"] == "Asia/Dhaka"
    log = [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]
    zone = [e for e in log if e["action"] == "time zone set"]
    assert len(zone) == 1 and zone[0]["details"]["to"] == "Asia/Dhaka"


# -- item 5: options that change findings are fixed per case -----------------------------------

def test_a_resume_with_other_finding_options_is_refused(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    r = cli("triage", src, "--case", case, "--examiner", "A")
    assert r.exit_code == 2 and "OCR off (--no-ocr) then, on now" in r.stderr, r
    r = cli("scan", case, "--no-ocr", "--date-order", "mdy")
    assert r.exit_code == 2 and "--date-order inferred per file then, mdy now" in r.stderr, r
    assert cli("scan", case, "--no-ocr").exit_code == 0
    log = (case / "custody.jsonl").read_text()
    assert log.count('"scan started"') == 2  # the refused runs left nothing in the log


# -- item 4: every report shows local time and UTC, the time as written and the assumption -----

def test_reports_show_local_time_utc_time_as_written_and_the_assumption(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--timezone", "Asia/Dhaka", "--no-ocr").exit_code == 0
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    line = ("2024-01-12 10:02:00 +06:00 (Asia/Dhaka) = 2024-01-12T04:02:00Z UTC; written “12/01/2024, 10:02”; "
            "zone assumed by the examiner: Asia/Dhaka")
    assert line in html  # the ranked finding (passport) and the message table
    rows = list(csv.DictReader((case / "reports" / "messages.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["local_time"] == "2024-01-12 10:02:00 +06:00"
    assert rows[0]["timestamp"] == "2024-01-12T04:02:00Z" and rows[0]["time_as_written"] == "12/01/2024, 10:02"
    assert rows[0]["time_zone"] == "zone assumed by the examiner: Asia/Dhaka"
    findings_rows = list(csv.DictReader((case / "reports" / "findings.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert findings_rows[0]["local_time"] == "2024-01-12 10:02:00 +06:00"


def test_without_a_zone_a_finding_still_shows_the_time_as_written(tmp_path, cli):
    src, case = _chat_source(tmp_path), tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    assert "written “12/01/2024, 10:02”; written without a zone, none given: not converted to UTC" in html


def test_pdf_states_times_the_same_way():
    from evidtriage.reports.pdf_report import print_documents
    from test_html_report import minimal_findings

    f = minimal_findings()
    f["case"]["timezone"] = "Asia/Dhaka"
    f["artifacts"][0].update(kind="message", timestamp="2024-01-12T04:02:00Z", time_as_written="12/01/2024, 10:02",
                             zone_assumed=True)
    html = "".join(print_documents(f, []))
    assert "2024-01-12 10:02:00 +06:00 (Asia/Dhaka) = 2024-01-12T04:02:00Z UTC" in html
    assert "zone assumed by the examiner: Asia/Dhaka" in html


# -- items 6, 7: date orders ---------------------------------------------------------------------

def _parse_whatsapp(path, **options):
    import blake3

    from evidtriage.model import EvidenceFile, Locator
    from evidtriage.parsers import ParseContext
    from evidtriage.pipeline.parsing import ParseTask, parse_one
    from test_whatsapp import WA as wa

    ef = EvidenceFile("E", path.name, path.stat().st_size, None, Locator(str(path)))
    task = ParseTask(blake3.blake3(path.read_bytes()).hexdigest(), ef, "text/plain")
    r = parse_one(task, [wa], ParseContext(timezone="UTC", options=options))
    return [s.artifact for s in r.artifacts]


def _day_first_chat(n=300):
    from datetime import datetime, timedelta

    start = datetime(2024, 1, 1, 9, 0)
    return "".join(f"{(start + timedelta(hours=7 * i)):%d/%m/%Y, %H:%M} - A: message {i}\n" for i in range(n))


def test_date_order_given_does_not_override_a_file_whose_dates_settle_it(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text(_day_first_chat(), encoding="utf-8")
    arts = _parse_whatsapp(f, date_order="mdy")
    msgs = [a for a in arts if a.kind == "message"]
    assert len(msgs) == 300 and all(m.timestamp for m in msgs)
    assert msgs[0].timestamp == "2024-01-01T09:00:00Z" and msgs[5].timestamp == "2024-01-02T20:00:00Z"
    assert not any("assumed" in m.time_as_written for m in msgs)
    (note,) = [a for a in arts if a.kind == "metadata"]
    assert note.metadata["date_order"] == "dmy" and "--date-order mdy was not applied" in note.metadata["note"]


def test_date_order_given_settles_a_file_that_leaves_it_open(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("05/01/2024, 10:00 - A: hi\n05/01/2024, 11:00 - B: hello\n", encoding="utf-8")
    msgs = _parse_whatsapp(f, date_order="mdy")
    assert msgs[0].timestamp == "2024-05-01T10:00:00Z" and "assumed" not in msgs[0].time_as_written


def test_two_digit_year_first_dates_are_detected(tmp_path):
    from datetime import datetime, timedelta

    start = datetime(2023, 10, 2, 9, 0)
    lines = "".join(f"{(start + timedelta(hours=19 * i)):%y-%m-%d, %H:%M} - A: message {i}\n" for i in range(110))
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text(lines, encoding="utf-8")
    msgs = _parse_whatsapp(f)
    assert msgs[0].time_as_written == "23-10-02, 09:00" and msgs[0].timestamp == "2023-10-02T09:00:00Z"
    years = {m.timestamp[:4] for m in msgs}
    assert years == {"2023", "2024"} or years == {"2023"}, years
    assert msgs[-1].timestamp.startswith("2023-12-") or msgs[-1].timestamp.startswith("2024-")


def test_a_year_first_file_that_stays_ambiguous_is_flagged(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("23-12-25, 14:03 - A: hi\n23-12-25, 14:05 - B: hello\n", encoding="utf-8")
    msgs = _parse_whatsapp(f)
    assert all("(date order assumed" in m.time_as_written for m in msgs)


# -- item 8: a Telegram epoch of "0" is not trusted over the message's date ---------------------

def test_telegram_epoch_zero_falls_back_to_the_date(tmp_path):
    from evidtriage.testing import run_parser
    from test_telegram import ALL, chat, msg, write

    f = write(tmp_path / "ChatExport" / "result.json", chat([
        msg(1, "free visa", unix=0, date="2024-01-12T16:02:00"),
        msg(2, "passport", unix=1705053780, date="2024-01-12T16:03:00"),
        msg(3, "advance", unix=86400 * 400, date="2024-01-12T16:04:00"),  # 1971: not this date
    ]))
    a, b, c = run_parser(ALL, f, timezone="Asia/Dhaka").artifacts
    assert a.timestamp == "2024-01-12T10:02:00Z" and a.zone_assumed
    assert "date_unixtime 0 does not match date: not used" in a.time_as_written
    assert b.timestamp == "2024-01-12T10:03:00Z" and not b.zone_assumed
    assert c.timestamp == "2024-01-12T10:04:00Z"
    without_zone = run_parser(ALL, f).artifacts[0]
    assert without_zone.timestamp is None and without_zone.time_as_written.startswith("2024-01-12T16:02:00")


# -- item 11: German iOS media and call lines; "13:34. -" headers; "< attached: x >" ------------

GERMAN_IOS = ("[12.01.24, 10:02:33] Rahim: Hallo\n"
              "[12.01.24, 10:03:00] Rahim: \u200eBild weggelassen\n"
              "[12.01.24, 10:03:05] Rahim: \u200eVideo weggelassen\n"
              "[12.01.24, 10:03:09] Karim: \u200eAudio weggelassen\n"
              "[12.01.24, 10:04:00] Karim: \u200eVerpasster Sprachanruf\n"
              "[12.01.24, 10:05:00] Rahim: \u200eSprachanruf. \u200e3 Min.\n"
              "[12.01.24, 10:06:00] Rahim: \u200eVideoanruf. \u200eKeine Antwort\n"
              "[12.01.24, 10:07:00] Rahim: Pass \u00fcber \u200eVerpasster Sprachanruf gesprochen\n"
              "[13.01.24, 10:08:00] Rahim: Bericht.pdf \u2022 \u200e3 Seiten \u200eDokument weggelassen\n")


def test_german_ios_media_and_call_lines_are_typed(tmp_path):
    f = tmp_path / "_chat.txt"
    f.write_text(GERMAN_IOS, encoding="utf-8")
    msgs = _parse_whatsapp(f)
    kinds = [m.message_kind for m in msgs]
    assert kinds == ["message", "attachment", "attachment", "attachment", "call", "call", "call", "message",
                     "attachment"], kinds
    assert msgs[-1].attachments == (("Bericht.pdf", ""),)


def test_more_header_styles_and_spaced_attachment_markers(tmp_path):
    f = tmp_path / "WhatsApp Chat with A.txt"
    f.write_text("13.01.24, 13:34. - Rahim: passport rakho\n"
                 "13.01.24, 13:35. - Rahim: < attached: 00000042-PHOTO-2024-01-13.jpg >\n", encoding="utf-8")
    msgs = _parse_whatsapp(f)
    assert [m.sender for m in msgs] == ["Rahim", "Rahim"]
    assert msgs[0].text == "passport rakho" and msgs[0].timestamp == "2024-01-13T13:34:00Z"
    assert msgs[1].message_kind == "attachment"
    assert msgs[1].attachments == (("00000042-PHOTO-2024-01-13.jpg", "00000042-PHOTO-2024-01-13.jpg"),)


# -- item 12: Messenger attachments next to the JSON, without a messages/ folder ----------------

def test_messenger_attachments_beside_the_json_are_linked(tmp_path, cli):
    from conftest import make_zip
    from test_messenger import T0, msg, thread

    uris = [f"messages/inbox/rahim_1/photos/{n}.jpg" for n in range(39)]
    data = thread([msg(T0 + n, "photo", photos=[{"uri": u}]) for n, u in enumerate(uris)]
                  + [msg(T0 + 99, "file", files=[{"uri": "files/contract.pdf"}])])
    src = tmp_path / "src"
    (src / "rahim").mkdir(parents=True)
    (src / "rahim" / "message_1.json").write_text(json.dumps(data), encoding="utf-8")
    for n in range(39):
        (src / "rahim" / f"{n}.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg %d" % n)
    (src / "rahim" / "files").mkdir()
    (src / "rahim" / "files" / "contract.pdf").write_bytes(b"%PDF-1.4 x")
    repacked = thread([msg(T0, "photo", photos=[{"uri": uris[7]}])])
    (src / "repacked.zip").write_bytes(make_zip({"chat/message_1.json": json.dumps(repacked).encode(),
                                                 "chat/7.jpg": b"\xff\xd8\xff\xe0 seven"}))
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    msgs = [a for a in load_findings(case)["artifacts"] if a["kind"] == "message"]
    on_disk = [m for m in msgs if m["file"] == "rahim/message_1.json"]
    linked = [loc for m in on_disk for _, loc in m["attachments"] if loc]
    assert len(linked) == 40
    assert "rahim/0.jpg" in linked and "rahim/files/contract.pdf" in linked
    in_zip = [loc for m in msgs if m["file"] == "repacked.zip!/chat/message_1.json" for _, loc in m["attachments"] if loc]
    assert in_zip == ["repacked.zip!/chat/7.jpg"]


def test_has_file_stays_inside_the_exhibit(tmp_path):
    import os

    from evidtriage.model import Locator
    from evidtriage.parsers import FileInfo

    root = tmp_path / "ex"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "x.json").write_text("{}")
    (root / "a" / "photo.jpg").write_bytes(b"j")
    (tmp_path / "outside.jpg").write_bytes(b"o")
    os.symlink(tmp_path / "outside.jpg", root / "a" / "link.jpg")
    f = FileInfo("E", "a/b/x.json", "x.json", 2, "application/json", "0" * 64,
                 locator=Locator(str(root / "a" / "b" / "x.json")))
    assert f.has_file("a/photo.jpg")
    assert not f.has_file("a/missing.jpg")
    assert not f.has_file("a/link.jpg")  # through a link: not the exhibit's
    assert not f.has_file("../outside.jpg") and not f.has_file("a/../../outside.jpg")
    assert not f.has_file("z.zip!/a/photo.jpg")  # another container


# -- item 14: a chat JSON in no known shape is said to be so ------------------------------------

def test_minimal_telegram_json_is_read_and_an_unknown_json_shape_is_named(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "result.json").write_text(json.dumps({"name": "Rahim", "type": "personal_chat", "id": 7, "messages": [
        {"id": 1, "type": "message", "date": "2024-01-12T16:02:00", "from": "Rahim", "text": "passport rakho"}]}))
    (src / "messages.json").write_text(json.dumps([{"participants": ["a", "b"], "conversation": [
        {"sender": "a", "created_at": "2019-01-12T16:02:00", "text": "free visa"}]}]))
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    f = load_findings(case)
    by_path = {x["path"]: x for x in f["files"]}
    assert by_path["result.json"]["status"] == "parsed", by_path["result.json"]
    msgs = [a for a in f["artifacts"] if a["kind"] == "message"]
    assert msgs[0]["text"] == "passport rakho" and msgs[0]["sender"] == "Rahim"
    assert by_path["messages.json"]["status"] == "not examined"
    assert by_path["messages.json"]["reason"] == "no parser for this format: JSON, not a known export shape"


# -- item 15: search takes text; a phone number finds every spelling ----------------------------

def test_search_takes_text_and_finds_every_spelling_of_a_number(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("bKash 01712-345678 now\n", encoding="utf-8")
    (src / "b.txt").write_text("call +880 1712 345678 today\n", encoding="utf-8")
    (src / "c.txt").write_text("নম্বর ০১৭১২৩৪৫৬৭৮ দিন\n", encoding="utf-8")
    (src / "d.txt").write_text("passport amar kache\n", encoding="utf-8")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    for q in ("01712-345678", "+8801712345678"):
        r = cli("search", case, q, "--json")
        assert r.exit_code == 0, r
        files = sorted(x["file"] for x in json.loads(r.stdout))
        assert files == ["a.txt", "b.txt", "c.txt"], (q, files)
    r = cli("search", case, "passport kache")
    assert r.exit_code == 0 and "d.txt" in r.stdout and "1 results" in r.stdout
    assert "d.txt" in cli("search", case, "pass*", "--fts").stdout
    r = cli("search", case, "passport AND", "--fts")
    assert r.exit_code == 2 and "cannot be read" in r.stderr and "Traceback" not in r.stderr


# -- item 20: a mistyped case path is said not to exist ----------------------------------------

def test_a_mistyped_case_path_is_said_not_to_exist(tmp_path, cli):
    for cmd in (("scan",), ("report",), ("search",), ("verify",), ("entities",)):
        args = (*cmd, tmp_path / "cases" / "DMP-2024-117x") + (("passport",) if cmd == ("search",) else ())
        r = cli(*args)
        assert r.exit_code == 2, (cmd, r)
        assert "does not exist: check the path" in r.stderr and "evidtriage triage" in r.stderr, (cmd, r)
        assert "run 'evidtriage case init' first" not in r.stderr
    (tmp_path / "empty").mkdir()
    r = cli("scan", tmp_path / "empty")
    assert r.exit_code == 2 and "is not a case folder" in r.stderr


# -- item 10: a truncated HEIC is partial, even when the decoder paints the missing area in ------

def _heic(path, exif=True):
    import io

    import pillow_heif
    from PIL import Image, ImageDraw

    pillow_heif.register_heif_opener()
    im = Image.new("RGB", (640, 480), (200, 30, 30))
    d = ImageDraw.Draw(im)
    for i in range(0, 640, 20):
        d.line((i, 0, 640 - i, 480), fill=(i % 255, 100, 50), width=3)
    ex = Image.Exif()
    ex[0x010F], ex[0x0110] = "Apple", "iPhone 12"
    buf = io.BytesIO()
    im.save(buf, format="HEIF", exif=ex.tobytes() if exif else None)
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def test_truncated_heic_is_partial_even_when_decoded(tmp_path, monkeypatch):
    from PIL import Image

    from evidtriage.testing import run_parser
    from test_images import IMAGE
    image_plugin = sys.modules[IMAGE.__module__]  # the built-in plugin module, as loaded

    data = _heic(tmp_path / "full.heic")
    assert image_plugin.heif_missing_bytes(data) == 0
    cut = tmp_path / "IMG_0001.HEIC"
    cut.write_bytes(data[: len(data) // 2])
    assert image_plugin.heif_missing_bytes(cut.read_bytes()) > 0
    # libheif fills in the cut-off tiles of a grid picture (green) and reports no error
    monkeypatch.setattr(image_plugin, "_open", lambda b: (Image.new("RGB", (640, 480), (0, 160, 0)), False))
    run = run_parser(IMAGE, cut, media_type="image/heic")
    assert run.status == "partial", (run.status, run.reason)
    assert "HEIF file is truncated" in run.reason
    # and where libheif refuses the cut file, the reason says it is truncated
    monkeypatch.undo()
    run = run_parser(IMAGE, cut, media_type="image/heic")
    assert run.status in ("partial", "skipped") and "HEIF file is truncated" in run.reason, run.reason
    assert run_parser(IMAGE, tmp_path / "full.heic").status == "parsed"


# -- item 13: every image time is reported with its source tag -----------------------------------

def test_image_times_are_reported_each_with_its_tag(tmp_path):
    from PIL import Image

    from evidtriage.testing import run_parser
    from test_images import IMAGE

    ex = Image.Exif()
    ex[0x010F], ex[0x0110] = "Samsung", "SM-A125F"
    ex[0x0132] = "2024:01:15 21:22:33"  # DateTime
    gps = ex.get_ifd(0x8825)
    gps[1], gps[2] = "N", (23.0, 48.0, 0.0)
    gps[3], gps[4] = "E", (90.0, 24.0, 0.0)
    gps[7] = (15.0, 22.0, 33.0)  # GPSTimeStamp, UTC
    gps[29] = "2024:01:15"  # GPSDateStamp
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreateDate="2024-01-15T21:22:30+06:00"'
           b"><photoshop:DateCreated>2024-01-15</photoshop:DateCreated></rdf:Description></rdf:RDF></x:xmpmeta>")
    p = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), "white").save(p, exif=ex.tobytes(), xmp=xmp)
    meta = next(a for a in run_parser(IMAGE, p).artifacts if a.kind == "metadata").metadata
    times = {t["tag"]: (t["value"], t["offset"]) for t in meta["times"]}
    assert times["EXIF DateTime (0x0132)"] == ("2024:01:15 21:22:33", "")
    assert times["EXIF GPSDateStamp (0x001D) + GPSTimeStamp (0x0007)"] == ("2024-01-15T15:22:33Z", "Z")
    assert times["XMP xmp:CreateDate"][0] == "2024-01-15T21:22:30+06:00"
    assert times["XMP photoshop:DateCreated"][0] == "2024-01-15"


def test_heif_with_gps_has_its_gps_time(tmp_path):
    import pillow_heif
    from PIL import Image

    from evidtriage.testing import run_parser
    from test_images import IMAGE

    pillow_heif.register_heif_opener()
    ex = Image.Exif()
    ex[0x010F] = "Apple"
    gps = ex.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (23.0, 48.0, 0.0), "E", (90.0, 24.0, 0.0)
    gps[7], gps[29] = (4.0, 2.0, 0.0), "2024:01:12"
    p = tmp_path / "IMG_0002.HEIC"
    Image.new("RGB", (64, 48), "white").save(p, format="HEIF", exif=ex.tobytes())
    meta = next(a for a in run_parser(IMAGE, p).artifacts if a.kind == "metadata").metadata
    assert meta.get("gps_lat") and meta["gps_datetime"] == "2024-01-12T04:02:00Z"


# -- item 16: the PDF holds what the HTML holds; emoji are named; README.txt in the case folder ---

def test_pdf_holds_not_examined_entity_links_and_run_manifest(tmp_path, cli, monkeypatch):
    import shutil
    import subprocess

    import pytest

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is installed by `make test`")
    from evidtriage.reports import glyphs

    monkeypatch.setattr(glyphs, "font_covers", lambda ch: False)
    monkeypatch.setattr("evidtriage.reports.html_report.font_covers", lambda ch: False)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("passport jama 😀 bKash 01712-345678\n", encoding="utf-8")
    (src / "b.txt").write_text("advance taka bKash 01712-345678 free visa\n", encoding="utf-8")
    _sqlite(src / "msgstore.db")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(case / "reports" / "report.pdf"), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    # a msgstore.db without WhatsApp's tables is named for what it is not (its parser found no table it knows)
    assert "Not examined, or not completely" in text and "(com.whatsapp msgstore.db: named like" in text
    assert "Entity links" in text and "+8801712345678" in text
    assert "Run manifest" in text and "Rule packs" in text
    assert "GRINNING FACE" in text
    html = (case / "reports" / "report.html").read_text(encoding="utf-8")
    assert '😀<span class="glyph">[grinning face]</span>' in html
    readme = (case / "README.txt").read_text(encoding="utf-8")
    assert "reports/report.pdf" in readme and "How to check this report" in readme
    assert "evidtriage verify" in readme and "sha256sum -c MANIFEST.sha256" in readme and "-o f" in readme


# -- item 17: plain case_validate conforms -------------------------------------------------------

def test_case_uco_export_conforms_without_allow_infos(tmp_path, cli):
    import shutil
    import subprocess

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("passport jama\n", encoding="utf-8")
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    out = case / "reports" / "case-uco.jsonld"
    graph = json.loads(out.read_text())["@graph"]
    facets = [fc for n in graph for fc in n.get("uco-core:hasFacet", []) if "uco-observable:hash" in fc]
    assert facets and all(len(fc["evidtriage:blake3"]["@value"]) == 64 for fc in facets)
    assert not [h for fc in facets for h in fc["uco-observable:hash"] if h["uco-types:hashMethod"] == "BLAKE3"]
    validate = shutil.which("case_validate") or str(__import__("pathlib").Path(sys.executable).parent / "case_validate")
    r = subprocess.run([validate, str(out)], capture_output=True, text=True)
    assert r.returncode == 0 and "Conforms: True" in r.stdout, r.stdout[-2000:]


def test_an_archive_that_could_not_be_listed_is_not_said_to_be_opened(tmp_path, cli):
    from conftest import make_zip

    src = tmp_path / "src"
    src.mkdir()
    good = make_zip({"contract.pdf": bytes(range(256)) * 20})
    (src / "damaged.zip").write_bytes(good[: len(good) // 2])  # cut short: no central directory
    (src / "slip.zip").write_bytes(make_zip({"../../out.txt": b"x", "in.txt": b"passport"}))
    (src / "fine.zip").write_bytes(make_zip({"b.txt": b"visa"}))
    case = tmp_path / "case"
    assert cli("triage", src, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    by_path = {x["path"]: x for x in load_findings(case)["files"]}
    assert by_path["fine.zip"]["status"] == "parsed"
    assert by_path["slip.zip"]["status"] == "partial" and "not examined" in by_path["slip.zip"]["reason"]
    damaged = by_path["damaged.zip"]
    assert damaged["status"] != "parsed" and "opened" not in damaged["reason"], damaged
