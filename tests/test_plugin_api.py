"""Plugin API 1.0: artifacts checked at the boundary, hooks as the only way in, versioned, a
scaffold, and `plugins explain` (the plugin API issue)."""

import inspect
import json
import re
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

import evidtriage
from evidtriage import hookspecs, plugin_api
from evidtriage.plugins import PluginError, Plugins
from evidtriage.testing import run_parser

from conftest import REPO, load_findings, sqlite_db

BUILTIN = Plugins((), entry_points=False)
ALL = [e.cls for e in BUILTIN.parsers]


def plugin(tmp_path, body, name="chat", api='">=1.0,<2"'):
    d = tmp_path / "plugins"
    d.mkdir(exist_ok=True)
    head = f"EVIDTRIAGE_API = {api}\n" if api else ""
    (d / f"{name}.py").write_text(head + textwrap.dedent(body), encoding="utf-8")
    return d


def message_parser(*yields):
    """A parser class whose parse yields the given artifacts (built when the file is parsed)."""
    class P(evidtriage.Parser):
        NAME = "p"
        VERSION = "1"
        FILENAME_PATTERNS = ("*.dat",)

        def parse(self, file, stream, ctx):
            for make in yields:
                yield make()

    return P


def M(**kw):
    return lambda: evidtriage.MessageArtifact(text=kw.pop("text", "hi"), **kw)


# -- 1: typed artifacts checked as they are yielded ---------------------------------------------

def test_times_are_converted_to_utc_once_in_the_core(tmp_path):
    f = tmp_path / "x.dat"
    f.write_text("x")
    dhaka = timezone(timedelta(hours=6))
    run = run_parser(message_parser(
        M(timestamp="2024-01-12T10:02:00+00:00"),  # the offset form a plugin author may write
        M(timestamp=datetime(2024, 1, 12, 16, 2, tzinfo=dhaka)),  # aware
        M(timestamp=datetime(2024, 1, 12, 16, 2)),  # naive: a time as written, no zone
        M(timestamp="2024-01-12T10:02:00Z"),
    ), f, timezone="Asia/Dhaka")
    assert run.status == "parsed", run.reason
    assert [a.timestamp for a in run.artifacts] == ["2024-01-12T10:02:00Z"] * 4
    assert [a.zone_assumed for a in run.artifacts] == [False, False, True, False]
    assert run.artifacts[2].time_as_written == "2024-01-12 16:02:00"  # kept, since the parser gave none
    run = run_parser(message_parser(M(timestamp=datetime(2024, 1, 12, 16, 2), time_as_written="12/01/2024, 16:02")), f)
    (a,) = run.artifacts  # no zone given: no UTC time is made up; the time as written stays
    assert a.timestamp is None and a.time_as_written == "12/01/2024, 16:02" and not a.zone_assumed


@pytest.mark.parametrize("zone,local", [
    ("America/New_York", [datetime(2024, 3, 10, 1, 59), datetime(2024, 3, 10, 3, 0),  # spring forward
                          datetime(2024, 11, 3, 1, 30), datetime(2024, 11, 3, 2, 30)]),  # fall back
    # a clock that changed at one minute past midnight, not on an hour
    ("America/St_Johns", [datetime(2010, 3, 14, 0, 0, 30), datetime(2010, 3, 14, 0, 59),
                          datetime(2010, 3, 14, 1, 30), datetime(2010, 11, 7, 0, 0, 59), datetime(2010, 11, 7, 0, 30)]),
    ("Asia/Kathmandu", [datetime(1985, 12, 31, 23, 59), datetime(1986, 1, 1, 0, 30)]),  # +05:30 to +05:45
])
def test_times_in_the_examiners_zone_are_exact_across_clock_changes(tmp_path, zone, local):
    """The core reads a naive time in the examiner's zone as the zone database does, in every hour
    a message can fall in, also the hour in which a clock changes (first reading of a repeated hour)."""
    from zoneinfo import ZoneInfo

    f = tmp_path / "x.dat"
    f.write_text("x")
    for when in local + local:  # twice: the second reading comes from what the first learned
        (a,) = run_parser(message_parser(M(timestamp=when)), f, timezone=zone).artifacts
        want = when.replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert (a.timestamp, a.zone_assumed) == (want, True), when


def test_built_in_parsers_leave_the_zone_to_the_core():
    """No built-in reads the examiner's zone or writes UTC text itself: it yields datetimes."""
    for path in (REPO / "plugins").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("ctx.timezone", "ZoneInfo", "zone_assumed=", '+ "Z"', 'replace("+00:00", "Z")', '%SZ"'):
            assert needle not in source, f"{path.name} holds {needle!r}"


@pytest.mark.parametrize("bad,why", [
    (M(timestamp="12/01/2024 10:02"), "not an ISO 8601 time"),
    (M(timestamp="2024-13-45T10:02:00Z"), "not an ISO 8601 time"),
    (M(timestamp=1705053720), "not a datetime"),
    (M(sender=42), "sender is int, not str"),
    (M(message_kind="sms"), "message_kind 'sms' is not one of"),
    (M(attachments=(("photo.jpg",),)), "attachments is not"),
    (lambda: evidtriage.MetadataArtifact(metadata={"when": datetime(2024, 1, 1)}), "metadata.when is datetime"),
    (lambda: evidtriage.ImageArtifact(width=-1, height=2), "width is -1"),
])
def test_a_broken_artifact_is_dropped_and_the_file_partial_with_the_plugin_and_reason(tmp_path, bad, why):
    f = tmp_path / "x.dat"
    f.write_text("x")
    run = run_parser(message_parser(M(text="kept"), bad, M(text="also kept")), f)
    assert run.status == "partial", run
    assert run.reason.startswith("p 1: 2 artifacts (1 refused at the plugin boundary") and why in run.reason, run.reason
    assert [a.text for a in run.artifacts] == ["kept", "also kept"]


def test_a_plugin_with_a_malformed_time_ends_in_a_report_not_an_internal_error(tmp_path, cli):
    d = plugin(tmp_path, """
        from evidtriage.plugin_api import MessageArtifact, Parser, hookimpl

        class Line(Parser):
            NAME = "line_chat"
            VERSION = "1.0.0"
            FILENAME_PATTERNS = ("*.line",)

            def parse(self, file, stream, ctx):
                yield MessageArtifact(text="free visa", sender="A", timestamp="2024-01-12T10:02:00+00:00")
                yield MessageArtifact(text="passport amar kache", sender="A", timestamp="yesterday 10pm")

        @hookimpl
        def register_parsers():
            return [Line]
    """)
    src = tmp_path / "src"
    src.mkdir()
    (src / "chat.line").write_text("x")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--plugins-dir", d, "--no-ocr")
    assert r.exit_code == 0, r
    f = load_findings(tmp_path / "case")
    (file,) = f["files"]
    assert file["status"] == "partial" and "line_chat" in file["reason"] and "'yesterday 10pm'" in file["reason"]
    (msg,) = [a for a in f["artifacts"] if a["kind"] == "message"]
    assert msg["timestamp"] == "2024-01-12T10:02:00Z"
    assert f["run"]["plugin_api"] == plugin_api.VERSION


# -- 3: --plugins-dir loads plugin modules only -------------------------------------------------

def test_a_plugins_folder_may_hold_tests_and_helpers_beside_the_plugin(tmp_path, cli):
    d = plugin(tmp_path, """
        from evidtriage.plugin_api import Parser, TextArtifact, hookimpl

        class Evx(Parser):
            NAME = "evx"
            VERSION = "1"
            FILENAME_PATTERNS = ("*.evx",)

            def parse(self, file, stream, ctx):
                yield TextArtifact(text=stream.read().decode())

        @hookimpl
        def register_parsers():
            return [Evx]
    """, name="evx")
    (d / "test_evx.py").write_text("raise SystemExit('a test file was imported as a plugin')\n")
    (d / "conftest.py").write_text("raise SystemExit('conftest imported')\n")
    (d / "helpers.py").write_text("raise SystemExit('a helper without EVIDTRIAGE_API was imported')\n")
    plugins = Plugins((str(d),), entry_points=False)
    assert "evx" in [e.cls.NAME for e in plugins.parsers]
    left = {p.path.rsplit("/", 1)[1]: p.reason for p in plugins.not_loaded}
    assert set(left) == {"test_evx.py", "conftest.py", "helpers.py"}
    assert "test file" in left["test_evx.py"] and "declares no EVIDTRIAGE_API" in left["helpers.py"]
    r = cli("plugins", "list", "--plugins-dir", d)
    assert r.exit_code == 0 and "not loaded:" in r.stdout and "helpers.py" in r.stdout


# -- 4: a versioned API --------------------------------------------------------------------------

@pytest.mark.parametrize("api,message", [
    ('">=2.0,<3"', "needs plugin API >=2.0,<3; this evidtriage has plugin API 1.2.0"),
    ('"version one"', "is not a version range"),
    ("2", "must be a string"),
])
def test_a_plugin_made_for_another_api_is_refused_before_the_case_is_touched(tmp_path, api, message, cli):
    d = plugin(tmp_path, "from evidtriage.plugin_api import hookimpl\n", api=api)
    with pytest.raises(PluginError, match=re.escape(message)):
        Plugins((str(d),), entry_points=False)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("x")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--plugins-dir", d)
    assert r.exit_code == 2 and message in r.stderr and not (tmp_path / "case").exists()


def test_an_entry_point_plugin_must_declare_its_api(monkeypatch):
    import importlib.metadata
    import types

    module = types.ModuleType("undeclared")

    class EP:
        name, value, dist = "undeclared", "undeclared", None

        def load(self):
            return module

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [EP()])
    with pytest.raises(PluginError, match="declares no EVIDTRIAGE_API"):
        Plugins((), entry_points=True)
    module.EVIDTRIAGE_API = ">=1.0,<2"
    assert Plugins((), entry_points=True).declared["entry-point:undeclared"] == ">=1.0,<2"


# -- 2: hooks as the only way in -------------------------------------------------------------------

def test_built_in_packs_come_through_the_hook_and_every_pack_names_its_plugin(tmp_path, cli):
    packs = tmp_path / "packs"
    packs.mkdir()
    assert cli("rules", "new", "loc.job_abroad", "--dir", packs).exit_code == 0
    d = plugin(tmp_path, f"""
        from evidtriage.plugin_api import hookimpl

        @hookimpl
        def register_rule_packs():
            return [{str(packs)!r}]
    """, name="local_packs")
    r = cli("rules", "list", "--plugins-dir", d, "--json")
    rows = {x["id"]: x for x in json.loads(r.stdout)}
    assert rows["loc.job_abroad"]["origin"].startswith("plugins-dir:") and rows["loc.job_abroad"]["origin"].endswith("local_packs.py")
    assert rows["doc.passport_retained"]["origin"] == "built-in"
    listed = json.loads(cli("plugins", "list", "--plugins-dir", d, "--json").stdout)
    assert [p["origin"].split(":")[0] for p in listed["rule_packs"]] == ["built-in", "plugins-dir"]
    # and a scan uses the plugin's pack
    src = tmp_path / "src"
    src.mkdir()
    (src / "ad.txt").write_text("a good job abroad for you\n")
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--plugins-dir", d, "--no-ocr").exit_code == 0
    hits = [h["rule_id"] for a in load_findings(tmp_path / "case")["artifacts"] for h in a["hits"]]
    assert "loc.job_abroad" in hits


def test_hooks_are_called_through_pluggy_so_they_can_gain_arguments(tmp_path):
    """A hook implementation that takes none of a hook's arguments still works: pluggy passes
    only what it asks for. The manager must call hooks through pluggy, not the functions."""
    called = []
    d = plugin(tmp_path, """
        from evidtriage.plugin_api import hookimpl

        @hookimpl
        def register_rule_packs():
            return []
    """, name="packs")
    plugins = Plugins((str(d),), entry_points=False)
    plugins.pm.add_hookcall_monitoring(lambda name, impls, kwargs: called.append(name), lambda *a: None)
    plugins._per_plugin("register_rule_packs")
    assert called and set(called) == {"register_rule_packs"}


def test_built_in_plugins_import_only_the_plugin_api():
    for path in (REPO / "plugins").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported = set(re.findall(r"^\s*(?:from|import) (evidtriage[\w.]*)", text, re.M))
        assert imported <= {"evidtriage.plugin_api"}, (path.name, imported)
        assert re.search(r'^EVIDTRIAGE_API = ">=1\.0,<2"$', text, re.M), path.name


# -- 5: the scaffolds ----------------------------------------------------------------------------

def test_plugins_new_writes_a_plugin_whose_tests_pass_and_that_loads(tmp_path, cli):
    r = cli("plugins", "new", "line_chat", "--dir", tmp_path / "line_chat")
    assert r.exit_code == 0, r
    folder = tmp_path / "line_chat"
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "line_chat.py", "sample.linechat", "test_line_chat.py"]
    t = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
                       capture_output=True, text=True, cwd=tmp_path)
    assert t.returncode == 0 and "3 passed" in t.stdout, t.stdout + t.stderr
    listed = json.loads(cli("plugins", "list", "--plugins-dir", folder, "--json").stdout)
    assert "line_chat" in [p["name"] for p in listed["parsers"]]
    assert cli("plugins", "new", "line_chat", "--dir", folder).exit_code == 2  # never overwritten
    src = tmp_path / "src"
    src.mkdir()
    (src / "chat.linechat").write_bytes((folder / "sample.linechat").read_bytes())
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--plugins-dir", folder,
            "--timezone", "Asia/Dhaka", "--no-ocr")
    assert r.exit_code == 0, r
    msgs = [a for a in load_findings(tmp_path / "case")["artifacts"] if a["kind"] == "message"]
    assert msgs[1]["timestamp"] == "2024-01-12T04:07:00Z" and msgs[1]["hits"]


def test_rules_new_writes_a_pack_that_lints_and_whose_examples_pass(tmp_path, cli):
    r = cli("rules", "new", "loc.job_abroad", "--dir", tmp_path, "--category", "deceptive_recruitment")
    assert r.exit_code == 0, r
    pack = tmp_path / "loc-job_abroad.yaml"
    assert cli("rules", "lint", pack).exit_code == 0
    t = cli("rules", "test", pack)
    assert t.exit_code == 0 and "12 of 12 examples behave as written" in t.stderr, t
    assert cli("rules", "new", "Not An Id", "--dir", tmp_path).exit_code == 2
    assert cli("rules", "new", "loc.x", "--dir", tmp_path, "--category", "nonsense").exit_code == 2


@pytest.mark.parametrize("change,message", [
    (("condition: job near abroad within 4 words", "condition: job neer abroad"), "condition 'job neer abroad'"),
    (("keywords: [job, কাজ, kaj]", "regex: ['(unclosed']"), "does not compile"),
    (("keywords: [job, কাজ, kaj]", "entities: [phone_numbr]"), "unknown entity type 'phone_numbr'"),
])
def test_a_broken_rules_pack_is_refused_before_the_case_is_touched(tmp_path, cli, change, message):
    assert cli("rules", "new", "loc.job_abroad", "--dir", tmp_path).exit_code == 0
    pack = tmp_path / "loc-job_abroad.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace(*change), encoding="utf-8")
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("x")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--rules", pack)
    assert r.exit_code == 2 and message in r.stderr and "internal error" not in r.stderr, r
    assert not (tmp_path / "case").exists()


# -- 7: filename patterns and `plugins explain` --------------------------------------------------

def test_explain_says_which_parser_takes_a_file_and_warns_of_a_pattern_that_cannot_match(tmp_path, cli):
    d = plugin(tmp_path, """
        from evidtriage.plugin_api import Parser, TextArtifact, hookimpl

        class Line(Parser):
            NAME = "line_txt"
            VERSION = "1"
            FILENAME_PATTERNS = ("[LINE]*.txt",)

            def parse(self, file, stream, ctx):
                yield TextArtifact(text="x")

        @hookimpl
        def register_parsers():
            return [Line]
    """)
    f = tmp_path / "[LINE] Chat with A.txt"
    f.write_text("12/01/2024, 10:00 - A: hello\n")
    r = cli("plugins", "explain", f, "--plugins-dir", d, "--json")
    assert r.exit_code == 0, r
    result = json.loads(r.stdout)
    rows = {x["parser"]: x for x in result["parsers"]}
    assert not rows["line_txt"]["tried"] and "matches none of [LINE]*.txt" in rows["line_txt"]["why"]
    assert "matches one character (L, I, N, E)" in rows["line_txt"]["warnings"][0]
    assert rows["text"]["tried"] and result["outcome"]["status"] == "parsed"
    w = tmp_path / "WhatsApp Chat with Rahim.txt"
    w.write_text("12/01/2024, 10:00 - Rahim: free visa\n")
    result = json.loads(cli("plugins", "explain", w, "--json").stdout)
    assert result["outcome"]["parser"] == "whatsapp_txt" and result["outcome"]["artifacts"] >= 1
    assert cli("plugins", "explain", tmp_path / "missing.txt").exit_code == 2


# -- 6: meta-tests -------------------------------------------------------------------------------

def test_every_hookspec_is_documented_with_its_signature_and_matches_pluggy():
    docs = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    pm = BUILTIN.pm
    for name, fn in inspect.getmembers(hookspecs, inspect.isfunction):
        if not hasattr(fn, "evidtriage_spec"):
            continue
        signature = f"def {name}{inspect.signature(fn)}:"
        assert signature in docs, f"{signature} is not in docs/plugins.md"
        caller = getattr(pm.hook, name)
        assert tuple(caller.spec.argnames) == tuple(inspect.signature(fn).parameters), name
        for impl in caller.get_hookimpls():  # every built-in implementation takes only spec arguments
            assert set(impl.argnames) <= set(caller.spec.argnames), (name, impl.plugin_name)


def _samples(tmp_path):
    """A small file of each built-in parser's format, written here (one per parser)."""
    import sqlite3

    import test_android_telephony
    import test_imo
    import test_ios_telephony
    import test_messenger_android_db
    import test_telegram_android_db
    import test_viber_db
    import test_whatsapp_backup
    import test_telegram
    import test_ufdr
    import test_whatsapp_android_db
    import test_whatsapp_ios_db
    from PIL import Image
    from test_documents import pdf_bytes
    from test_messenger import msg as fb_msg
    from test_messenger import thread
    from test_messenger import write as fb_write
    from test_sms_backup import backup, sms
    from test_sms_backup import write as sms_write

    def folder(name):
        p = tmp_path / name
        p.mkdir()
        return p

    def crypt15(where):
        plain = test_whatsapp_android_db.current_db(tmp_path / "plain.db").read_bytes()
        key = test_whatsapp_backup.crypt15_key(test_whatsapp_backup.ROOT_KEY)
        (where / "msgstore.db.crypt15").write_bytes(test_whatsapp_backup.backup(plain, key))
        (where / "encrypted_backup.key").write_bytes(test_whatsapp_backup.ROOT_KEY.hex().encode())
        return where / "msgstore.db.crypt15"

    def image():
        p = folder("img") / "photo.png"
        Image.new("RGB", (40, 30), "white").save(p)
        return p

    def text(name, body):
        p = folder(name.replace(".", "_")) / name
        p.write_text(body, encoding="utf-8")
        return p

    ufdr_chat = test_ufdr.model("Chat", "c", test_ufdr.field("Source", "WhatsApp"), test_ufdr.field("Id", "x"),
                                test_ufdr.multi("Messages", test_ufdr.im("m", test_ufdr.party("x"), "free visa",
                                                                         "2024-01-12T10:05:00+06:00")))
    pdf = folder("pdf") / "offer.pdf"
    pdf.write_bytes(pdf_bytes("<p>Malaysia factory job</p>"))
    wa = folder("wa")
    (wa / "WhatsApp Chat with A.txt").write_text("12/01/2024, 10:00 - A: hello\n", encoding="utf-8")
    samples = {
        "whatsapp_txt": wa / "WhatsApp Chat with A.txt",
        "text": text("note.txt", "hello there, a plain note\n"),
        "email": text("mail.eml", "From: a@example.org\nTo: b@example.org\nSubject: job\n"
                                  "Date: Fri, 12 Jan 2024 10:00:00 +0600\n\nfree visa\n"),
        "web_page": text("page.html", "<html><head><title>t</title></head><body><p>job offer</p></body></html>"),
        "pdf": pdf,
        "image": image(),
        "telegram_json": test_telegram.write(folder("tg") / "result.json", test_telegram.chat([test_telegram.msg(1, "hi")])),
        "messenger_json": fb_write(folder("fb") / "message_1.json", thread([fb_msg(1705053720000, "hi")])),
        "sms_backup_xml": sms_write(folder("sms"), backup(sms("hello"))),
        "imo_db": test_imo.make_db(folder("imo") / "imofriends.db", test_imo.FRIENDS, test_imo.CHAT),
        "whatsapp_android_db": test_whatsapp_android_db.current_db(folder("msgstore") / "msgstore.db"),
        "whatsapp_ios_db": test_whatsapp_ios_db.make_db(folder("ios") / "ChatStorage.sqlite"),
        "ufdr_report": test_ufdr.write_report(folder("ufdr"), test_ufdr.report(ufdr_chat)),
        "android_mmssms_db": test_android_telephony.mmssms_db(folder("mmssms") / "mmssms.db"),
        "android_calllog_db": test_android_telephony.calllog_db(folder("calllog") / "calllog.db"),
        "android_contacts_db": test_android_telephony.contacts2_db(folder("contacts2") / "contacts2.db"),
        "ios_sms_db": test_ios_telephony.sms_db(folder("smsdb") / "sms.db"),
        "ios_call_history": test_ios_telephony.call_history_db(folder("calls") / "CallHistory.storedata"),
        "ios_address_book": test_ios_telephony.address_book_db(folder("ab") / "AddressBook.sqlitedb"),
        "messenger_android_db": test_messenger_android_db.threads_db2(folder("orca") / "threads_db2"),
        "viber_db": test_viber_db.viber_db(folder("viber") / "viber_messages"),
        "telegram_android_db": test_telegram_android_db.cache4(folder("telegram") / "cache4.db",
                                                               test_telegram_android_db.rows()),
        "whatsapp_android_backup": crypt15(folder("crypt")),
    }
    del sqlite3
    return samples


def test_every_built_in_parser_is_exercised_by_the_test_kit(tmp_path):
    """Each built-in parser takes a sample of its format through evidtriage.testing.run_parser,
    with every other parser competing for it, as a third party's would be tested."""
    samples = _samples(tmp_path)
    assert set(samples) == {e.cls.NAME for e in BUILTIN.parsers}, "a built-in parser has no sample here"
    for name, path in samples.items():
        run = run_parser(ALL, path)
        assert run.parser == name and run.status in ("parsed", "partial"), (name, run.status, run.reason)
        assert run.stamped and all(s.parser == name for s in run.stamped), name


def test_the_test_kit_says_not_examined_when_no_parser_takes_the_file(tmp_path):
    f = tmp_path / "notes.bin"
    f.write_bytes(b"\x00\x01\x02 binary")
    run = run_parser(message_parser(M()), f)  # the parser takes *.dat only
    assert run.status == "not examined" and run.parser == "" and not run.stamped
    assert run.reason.startswith("no parser for this format: ")


# -- the app-database parser base class, as docs/plugins.md shows it -------------------------

def _doc_database_parser():
    docs = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", docs, re.S) if "class NotesDb(DatabaseParser)" in b)
    scope: dict = {}
    exec(block, scope)  # the example exactly as a plugin author reads it
    return scope["NotesDb"]


def _notes_db(path, rows=3, damaged=False):
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE note (body TEXT, created INTEGER)")
    con.executemany("INSERT INTO note VALUES (?, ?)",
                    [(f"note {i} " + "x" * 3000, 1_700_000_000_000 + i) for i in range(rows)])
    con.commit()
    con.close()
    if damaged:  # overwrite the table's later pages: the first rows read, then SQLite finds garbage
        data = bytearray(path.read_bytes())
        half = len(data) // 2 // 4096 * 4096
        data[half:] = b"\xff" * (len(data) - half)
        path.write_bytes(bytes(data))


def test_the_documented_database_parser_reads_renamed_copies_refuses_other_databases_and_keeps_damage(tmp_path):
    notes = _doc_database_parser()
    _notes_db(tmp_path / "notes.db")
    run = run_parser(notes, tmp_path / "notes.db")
    assert run.status == "parsed" and [a.text[:6] for a in run.artifacts] == ["note 0", "note 1", "note 2"]
    assert run.artifacts[0].timestamp == "2023-11-14T22:13:20Z"
    _notes_db(tmp_path / "copy_of_export.sqlite")  # renamed: found by its schema
    assert run_parser(notes, tmp_path / "copy_of_export.sqlite").status == "parsed"
    other = sqlite_db(tmp_path / "notes_other.db", "CREATE TABLE x (y)")  # the name, but another app's tables
    assert run_parser(notes, other).status != "parsed"
    _notes_db(tmp_path / "notes_big.db", rows=60, damaged=True)
    run = run_parser(notes, tmp_path / "notes_big.db")
    assert run.status == "partial" and "database damaged:" in run.reason and "notes read" in run.reason, run
    assert 0 < len(run.artifacts) < 60
