"""WhatsApp for Android encrypted backups (msgstore.db.crypt14 / .crypt15) decrypted with the key
file found in the same extraction; a wrong key, a damaged file and a missing key each recorded.

The backups are made here the way public write-ups (and the wa-crypt-tools project) describe the
format: a length byte, the feature byte 0x01, a protobuf prefix with the 16-byte IV, AES-256-GCM
over the zlib-compressed database, the tag, and an MD5 of all before it. No real backup is used:
the test shows the parser follows that description and refuses anything its tag does not prove.
"""

import hashlib
import hmac
import os
import zlib

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evidtriage.plugins import Plugins
from evidtriage.testing import run_parser

from conftest import load_findings
from test_whatsapp_android_db import current_db, wa_db

PLUGINS = Plugins((), entry_points=False)
ALL = [e.cls for e in PLUGINS.parsers]
ROOT_KEY = bytes(range(32))
IV = bytes(range(100, 116))


def crypt15_key(root: bytes) -> bytes:
    seed = hmac.new(b"\x00" * 32, root, hashlib.sha256).digest()
    return hmac.new(seed, b"backup encryption\x01", hashlib.sha256).digest()


def backup(db_bytes: bytes, key: bytes, checksum: bool = True) -> bytes:
    inner = b"\x0a\x10" + IV  # c15_iv { IV }
    prefix = b"\x08\x01" + b"\x1a" + bytes([len(inner)]) + inner  # key_type, c15_iv
    sealed = AESGCM(key).encrypt(IV, zlib.compress(db_bytes), None)  # ciphertext + 16-byte tag
    data = bytes([len(prefix)]) + b"\x01" + prefix + sealed
    return data + hashlib.md5(data).digest() if checksum else data


def java_key_file(key: bytes) -> bytes:
    """A crypt14 ``key`` file: 158 bytes, the AES key last."""
    head = b"\xac\xed\x00\x05ur\x00\x02[B"
    return head + b"\x00" * (126 - len(head)) + key


def extraction(tmp_path, name="msgstore-2024-03-05.1.db.crypt15", key_file=("encrypted_backup.key", ROOT_KEY.hex().encode())):
    root = tmp_path / "FFS"
    dbs = root / "data" / "data" / "com.whatsapp" / "databases"
    files = root / "data" / "data" / "com.whatsapp" / "files"
    backups = root / "data" / "media" / "0" / "WhatsApp" / "Databases"
    for d in (dbs, files, backups):
        d.mkdir(parents=True)
    wa_db(dbs / "wa.db")
    plain = current_db(tmp_path / "plain.db").read_bytes()
    key = crypt15_key(ROOT_KEY) if name.endswith("15") else bytes(range(50, 82))
    (backups / name).write_bytes(backup(plain, key))
    if key_file:
        (files / key_file[0]).write_bytes(key_file[1])
    return root, backups / name


def test_crypt15_with_its_key_in_the_extraction(tmp_path, cli):
    root, _ = extraction(tmp_path)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    r = cli("triage", root, "--case", tmp_path / "case", "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before
    f = load_findings(tmp_path / "case")
    msgs = [a for a in f["artifacts"] if a["parser"] == "whatsapp_android_backup"]
    assert [a["record"] for a in msgs] == [f"message _id={i}" for i in range(1, 7)]
    assert msgs[0]["sender"] == "Rahim Agent" and msgs[0]["timestamp"] == "2024-01-12T10:02:00Z"  # wa.db found
    assert msgs[0]["hits"]
    status = {x["path"]: x["status"] for x in f["files"]}
    assert status["data/media/0/WhatsApp/Databases/msgstore-2024-03-05.1.db.crypt15"] == "parsed"


def test_crypt14_with_its_key_beside_the_backup(tmp_path):
    folder = tmp_path / "Databases"
    folder.mkdir()
    key = bytes(range(50, 82))
    plain = current_db(tmp_path / "plain.db").read_bytes()
    (folder / "msgstore.db.crypt14").write_bytes(backup(plain, key, checksum=False))
    (folder / "key").write_bytes(java_key_file(key))
    run = run_parser(ALL, folder / "msgstore.db.crypt14")
    assert run.status == "parsed", run.reason
    assert len(run.artifacts) == 6 and run.artifacts[0].sender == "+8801712345678"  # no wa.db: by number


def test_without_a_key_it_is_not_examined_with_the_reason(tmp_path):
    _, crypt = extraction(tmp_path, key_file=None)
    run = run_parser(ALL, crypt)
    assert run.status == "not examined" and "encrypted_backup.key" in run.reason and not run.artifacts


def test_a_wrong_key_or_damage_is_a_skip_never_a_guess(tmp_path):
    _, crypt = extraction(tmp_path, key_file=None)
    (crypt.parent / "encrypted_backup.key").write_bytes(os.urandom(32).hex().encode())  # beside it, and wrong
    wrong = run_parser(ALL, crypt)
    assert wrong.status == "skipped" and "does not open it" in wrong.reason and not wrong.artifacts
    (crypt.parent / "encrypted_backup.key").write_bytes(ROOT_KEY.hex().encode())
    data = bytearray(crypt.read_bytes())
    data[200] ^= 0xFF
    crypt.write_bytes(bytes(data))
    damaged = run_parser(ALL, crypt)
    assert damaged.status == "skipped" and "does not open it" in damaged.reason and not damaged.artifacts
    crypt.write_bytes(crypt.read_bytes()[:300])  # cut short
    cut = run_parser(ALL, crypt)
    assert cut.status == "skipped" and cut.reason and "failed (" not in cut.reason


def crypt12_backup(db_bytes: bytes, key: bytes) -> bytes:
    """A crypt12 backup as decrypt12 reads one: a 67-byte header (the IV at 51-67), the AES-GCM
    ciphertext of the compressed database, its 16-byte tag, and 4 more bytes."""
    header = b"\x00\x01\x02" + bytes(range(32)) + b"\x00" * 16 + IV
    assert len(header) == 67
    return header + AESGCM(key).encrypt(IV, zlib.compress(db_bytes), None) + b"\x00\x00\x00\x00"


def test_crypt12_opened_with_a_key_given_on_the_command_line(tmp_path):
    key = bytes(range(60, 92))
    plain = current_db(tmp_path / "plain.db").read_bytes()
    crypt = tmp_path / "msgstore-2019-05-01.1.db.crypt12"
    crypt.write_bytes(crypt12_backup(plain, key))
    others = [("encrypted_backup.key", ROOT_KEY.hex().encode()), ("old-key", java_key_file(bytes(32)))]
    run = run_parser(ALL, crypt, key_files=tuple(others) + (("key", java_key_file(key)),))  # the third one opens it
    assert run.status == "parsed", run.reason
    assert [a.record for a in run.artifacts] == [f"message _id={i}" for i in range(1, 7)]
    wrong = run_parser(ALL, crypt, key_files=tuple(others))
    assert wrong.status == "skipped" and "none of the 1 keys" not in wrong.reason and "does not open it" in wrong.reason
    no_fit = run_parser(ALL, crypt, key_files=(others[0],))  # a crypt15 key: not one for crypt12
    assert no_fit.status == "skipped" and "none of the 1 key files given (--key-file) is a crypt12 key" in no_fit.reason
    none = run_parser(ALL, crypt)
    assert none.status == "not examined" and none.reason.startswith("encrypted: ") and "--key-file" in none.reason


def test_a_key_given_on_a_later_run_opens_the_backup_and_only_it(tmp_path, cli):
    """The officer triages, sees the backup left encrypted, obtains its key and runs again: the
    backup is read then, nothing else is examined again, and the log says which key came when
    (its name and digest, never the key)."""
    import hashlib
    import json

    root, crypt = extraction(tmp_path, key_file=None)
    key_path = tmp_path / "from-the-lab" / "encrypted_backup.key"
    key_path.parent.mkdir()
    key_path.write_bytes(ROOT_KEY.hex().encode())
    case = tmp_path / "case"
    r = cli("triage", root, "--case", case, "--examiner", "SI Nasrin Akter", "--no-ocr")
    assert r.exit_code == 0, r
    first = load_findings(case)
    inner = "data/media/0/WhatsApp/Databases/msgstore-2024-03-05.1.db.crypt15"
    entry = next(x for x in first["files"] if x["path"] == inner)
    assert entry["status"] == "not examined" and "give it with --key-file" in entry["reason"]
    assert not [a for a in first["artifacts"] if a["parser"] == "whatsapp_android_backup"]

    r = cli("triage", root, "--case", case, "--examiner", "SI Nasrin Akter", "--no-ocr", "--key-file", key_path)
    assert r.exit_code == 0, r
    second = load_findings(case)
    assert next(x for x in second["files"] if x["path"] == inner)["status"] == "parsed"
    msgs = [a for a in second["artifacts"] if a["parser"] == "whatsapp_android_backup"]
    assert len(msgs) == 6 and msgs[0]["sender"] == "Rahim Agent"
    kept = {a["key"]: a for a in first["artifacts"]}
    assert all(kept[k] == a for k, a in ((a["key"], a) for a in second["artifacts"]) if k in kept)  # the rest as it was
    digest = hashlib.sha256(ROOT_KEY.hex().encode()).hexdigest()
    assert second["run"]["key_files"] == [{"name": "encrypted_backup.key", "sha256": digest}]
    log = (case / "custody.jsonl").read_text()
    given = [json.loads(x) for x in log.splitlines() if '"key file given"' in x]
    assert len(given) == 1 and given[0]["details"]["sha256"] == digest and given[0]["details"]["contents_reopened"] == 1
    assert ROOT_KEY.hex() not in log and ROOT_KEY.hex() not in (case / "reports" / "findings.json").read_text()
    assert cli("verify", case).exit_code == 0

    r = cli("triage", root, "--case", case, "--examiner", "SI Nasrin Akter", "--no-ocr", "--key-file", key_path)
    assert r.exit_code == 0, r  # the same key again: nothing re-opened, no new entry
    assert (case / "custody.jsonl").read_text().count('"key file given"') == 1


def test_a_key_file_that_cannot_be_used_is_refused_before_the_case_is_touched(tmp_path, cli):
    root, _ = extraction(tmp_path, key_file=None)
    big = tmp_path / "big.key"
    big.write_bytes(b"x" * 100_000)
    for bad, said in ((tmp_path / "missing.key", "no such file"), (big, "is not a key file")):
        r = cli("triage", root, "--case", tmp_path / "case", "--examiner", "A", "--key-file", bad)
        assert r.exit_code == 2 and said in r.stderr and "Traceback" not in r.stderr + r.stdout, r
        assert not (tmp_path / "case").exists()


def test_a_key_taken_by_a_run_that_stopped_still_opens_the_backup_later(tmp_path, cli):
    """A run took the key and stopped before the backup was read; the next ran without the key
    (the backup: not examined again); a third with the key must still open it."""
    from evidtriage.case import open_case
    from evidtriage.intake.keyfiles import load_key_files
    from evidtriage.pipeline.stages import ScanOptions, adopt_key_files

    root, _ = extraction(tmp_path, key_file=None)
    key_path = tmp_path / "encrypted_backup.key"
    key_path.write_bytes(ROOT_KEY.hex().encode())
    case = tmp_path / "case"
    assert cli("triage", root, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    with open_case(str(case)) as store:  # what the stopped run had done: the key recorded, nothing read
        assert adopt_key_files(store, ScanOptions(key_files=load_key_files([key_path]))) == 1
    assert cli("triage", root, "--case", case, "--examiner", "A", "--no-ocr").exit_code == 0
    inner = "data/media/0/WhatsApp/Databases/msgstore-2024-03-05.1.db.crypt15"
    assert {x["path"]: x["status"] for x in load_findings(case)["files"]}[inner] == "not examined"
    assert cli("triage", root, "--case", case, "--examiner", "A", "--no-ocr", "--key-file", key_path).exit_code == 0
    assert {x["path"]: x["status"] for x in load_findings(case)["files"]}[inner] == "parsed"
