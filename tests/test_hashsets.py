"""Known-hash sets: every format read, bad sets refused whole with the line named."""

import hashlib
import json
import sqlite3

import pytest

from evidtriage.linking.hashsets import HashSetError, import_hashset, read_hashset
from evidtriage.store import HashSetLibrary

MD5 = hashlib.md5(b"a").hexdigest()
SHA1 = hashlib.sha1(b"b").hexdigest()
SHA256 = hashlib.sha256(b"c").hexdigest()


def test_hashlist_reads_each_algorithm_and_skips_headers(tmp_path):
    p = tmp_path / "list.txt"
    p.write_text(f"MD5\n# comment\n{MD5}\n\n{SHA1.upper()}  some/file.bin\n{SHA256}\n")
    assert list(read_hashset(p, "hashlist")) == [("md5", MD5, ""), ("sha1", SHA1, ""), ("sha256", SHA256, "")]


def test_csv_with_header_and_category(tmp_path):
    p = tmp_path / "set.csv"
    p.write_text(f"Name,SHA-1,MD5,Category\nx.jpg,{SHA1},{MD5},2\ny.jpg,,{MD5.replace('0', '1')},1\n")
    rows = list(read_hashset(p, "csv"))
    assert ("sha1", SHA1, "2") in rows and ("md5", MD5, "2") in rows and len(rows) == 3


def test_vics_13_and_20(tmp_path):
    for version, meta in (("1.3", {"odata.metadata": "http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases"}),
                          ("2.0", {"@odata.context": "http://github.com/ICMEC/ProjectVic/DataModels/2.0.xml/CASE"})):
        p = tmp_path / f"vics{version}.json"
        p.write_text(json.dumps({**meta, "value": [{"CaseNumber": "1", "Media": [
            {"MediaID": 1, "Category": 1, "MD5": MD5.upper(), "SHA1": SHA1},
            {"MediaID": 2, "Category": 3, "SHA256": SHA256}]}]}))
        assert list(read_hashset(p, "vics")) == [("md5", MD5, "1"), ("sha1", SHA1, "1"), ("sha256", SHA256, "3")]


def test_nsrl_rds_v3_minimal(tmp_path):
    p = tmp_path / "RDS_2024.03.1_modern_minimal.db"
    with sqlite3.connect(p) as db:
        db.execute("CREATE TABLE FILE (sha256 TEXT, sha1 TEXT, md5 TEXT, crc32 TEXT, file_name TEXT, file_size INTEGER, package_id INTEGER)")
        db.execute("INSERT INTO FILE VALUES (?, ?, ?, '00000000', 'kernel32.dll', 1, 77)", (SHA256.upper(), SHA1.upper(), MD5.upper()))
    before = p.read_bytes()
    assert list(read_hashset(p, "nsrl")) == [("sha256", SHA256, "77"), ("sha1", SHA1, "77"), ("md5", MD5, "77")]
    assert p.read_bytes() == before  # opened read-only, immutable


@pytest.mark.parametrize("fmt,content,where", [
    ("hashlist", f"{MD5}\nnot-a-hash\n", "list:2:"),
    ("hashlist", f"{MD5}\n{MD5[:-1]}\n", "list:2:"),
    ("csv", "name,size\nx,1\n", "list:1: no md5"),
    ("csv", f"md5,category\n{MD5},1\n{MD5},1,extra\n", "list:3: 3 fields"),
    ("vics", '{"value": [{"Media": [{"MD5": "zz"}]}]}', "value[0].Media[0]"),
    ("vics", '{"value": [', "list:1:"),
    ("nsrl", "not sqlite", "not an NSRL"),
])
def test_malformed_sets_name_the_place(tmp_path, fmt, content, where):
    p = tmp_path / "list"
    p.write_text(content)
    with pytest.raises(HashSetError, match=where.replace("[", r"\[").replace("]", r"\]")):
        list(read_hashset(p, fmt))


def test_import_is_all_or_nothing_and_lookups_work(tmp_path):
    lib = HashSetLibrary(tmp_path / "lib.sqlite")
    good = tmp_path / "good.txt"
    good.write_text(f"{MD5}\n{SHA256}\n")
    info = import_hashset(lib, good, "hashlist", "known-good", "os-files")
    assert info["entries"] == 2 and info["sha256"] == hashlib.sha256(good.read_bytes()).hexdigest()
    bad = tmp_path / "bad.txt"
    bad.write_text(f"{SHA1}\n" * 1000 + "garbage\n")
    with pytest.raises(HashSetError, match="bad.txt:1001"):
        import_hashset(lib, bad, "hashlist", "known-bad")
    assert [s["name"] for s in lib.sets()] == ["os-files"]  # nothing half-imported
    found = lib.lookup([bytes.fromhex(MD5), bytes.fromhex(SHA1), bytes.fromhex(SHA256)])
    assert found == {bytes.fromhex(MD5): [("os-files", "known-good", "")],
                     bytes.fromhex(SHA256): [("os-files", "known-good", "")]}
    lib.close()


def test_cli_import_and_list(tmp_path, cli):
    lib = tmp_path / "lib.sqlite"
    f = tmp_path / "vic.csv"
    f.write_text(f"md5,category\n{MD5},1\n")
    r = cli("hashset", "import", f, "--kind", "known-bad", "--format", "csv", "--library", lib)
    assert r.exit_code == 0 and "imported 1 digests as known-bad" in r.stdout
    r = cli("hashset", "list", "--library", lib, "--json")
    assert json.loads(r.stdout)[0]["kind"] == "known-bad"
    r = cli("hashset", "import", f, "--kind", "known-bad", "--format", "csv", "--library", lib)
    assert r.exit_code == 2 and "already in" in r.stderr
    r = cli("hashset", "import", tmp_path / "none.csv", "--kind", "known-bad", "--format", "csv", "--library", lib)
    assert r.exit_code == 2 and "hash set not found" in r.stderr


def test_scan_marks_known_files_and_records_the_sets(tmp_path, cli):
    from conftest import load_findings

    src = tmp_path / "src"
    src.mkdir()
    (src / "os.dll").write_bytes(b"operating system file")
    (src / "bad.jpg").write_bytes(b"known bad picture")
    (src / "copy of bad.jpg").write_bytes(b"known bad picture")
    (src / "chat.txt").write_text("hello")
    lib = tmp_path / "lib.sqlite"
    good = tmp_path / "nsrl.txt"
    good.write_text(hashlib.sha1(b"operating system file").hexdigest() + "\n")
    bad = tmp_path / "vics.csv"
    bad.write_text(f"md5,category\n{hashlib.md5(b'known bad picture').hexdigest()},1\n")
    assert cli("hashset", "import", good, "--kind", "known-good", "--format", "hashlist", "--library", lib).exit_code == 0
    assert cli("hashset", "import", bad, "--kind", "known-bad", "--format", "csv", "--library", lib).exit_code == 0
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--hashsets", lib)
    assert r.exit_code == 0, r
    f = load_findings(tmp_path / "case")
    files = {x["path"]: x for x in f["files"]}
    assert files["os.dll"]["status"] == "known-good"
    assert files["os.dll"]["reason"] == "in known-good hash set nsrl.txt"
    assert files["bad.jpg"]["status"] == files["copy of bad.jpg"]["status"] == "known-bad"
    assert files["bad.jpg"]["reason"] == "in known-bad hash set vics.csv (category 1)"
    assert files["chat.txt"]["status"] == "parsed"
    assert [s["name"] for s in f["run"]["hash_sets"]] == ["nsrl.txt", "vics.csv"]
    assert f["summary"]["by_status"] == {"known-bad": 2, "known-good": 1, "parsed": 1}


def test_import_recorded_in_a_case_custody_log(tmp_path, cli):
    case = tmp_path / "case"
    assert cli("case", "init", case, "--case-id", "C", "--examiner", "A").exit_code == 0
    f = tmp_path / "vics.csv"
    f.write_text(f"md5,category\n{MD5},1\n")
    r = cli("hashset", "import", f, "--kind", "known-bad", "--format", "csv", "--library", tmp_path / "l.sqlite", "--case", case)
    assert r.exit_code == 0, r
    last = json.loads((case / "custody.jsonl").read_text().splitlines()[-1])
    assert last["action"] == "hash set imported" and last["details"]["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
    assert cli("verify", case, "--no-evidence").exit_code == 0
