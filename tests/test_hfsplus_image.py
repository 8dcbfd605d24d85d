"""HFS+ (issue 16, containers): a Mac's volume, bare or in a GPT partition, read through the Sleuth
Kit as the other file systems are. Debian has no mkfs.hfsplus, so tests/hfsplus.py writes the
volume itself from Apple's TN1150; ``fls`` checks it before our reader is asked anything."""

import hashlib
import subprocess
import unicodedata

import pytest

from evidtriage.pipeline.workers import hash_one

from conftest import load_findings
from diskimages import CHAT, listed, need, read, run
from hfsplus import build

BLOB = bytes(range(256)) * 1200  # 75 blocks of 4 KiB: one extent of many blocks
TREE = {"Users": {"rahim": {"Desktop": {"chat.txt": CHAT.encode()}, "Documents": {"Passport scan.txt": b"EB0123456"}}},
        "readme.txt": b"hello readme\n", "blob.bin": BLOB, "Bengali name \u09aa\u09be\u09b8\u09aa\u09cb\u09b0\u09cd\u099f.txt": b"x"}
FILES = {"Users/rahim/Desktop/chat.txt": CHAT.encode(), "Users/rahim/Documents/Passport scan.txt": b"EB0123456",
         "readme.txt": b"hello readme\n", "blob.bin": BLOB,
         # a Mac stores a name decomposed (the vowel sign O as E + AA): the path says it as stored
         unicodedata.normalize("NFD", "Bengali name \u09aa\u09be\u09b8\u09aa\u09cb\u09b0\u09cd\u099f.txt"): b"x"}
HFS_OWN = {"$AllocationFile", "$BadBlockFile", "$CatalogFile", "$ExtentsFile"}


@pytest.fixture(scope="module")
def volume(tmp_path_factory):
    need("fls")
    img = build(tmp_path_factory.mktemp("hfs") / "mac.img", TREE)
    listing = run("fls", "-r", "-p", img)  # the Sleuth Kit's own tool reads what was written
    assert "Users/rahim/Desktop/chat.txt" in listing and "blob.bin" in listing, listing
    return img


def test_a_bare_hfs_plus_volume_lists_every_file_with_its_bytes(volume):
    r, members = listed(volume)
    assert not r.member_skips
    assert set(members) == set(FILES) | HFS_OWN  # HFS+'s own files are files on the disk: listed, as NTFS's are
    for name, data in FILES.items():
        assert read(members[name]) == data, name
        assert hash_one(members[name]).digests.sha256 == hashlib.sha256(data).hexdigest()
    assert members["Users/rahim/Desktop/chat.txt"].path == "mac.img!/Users/rahim/Desktop/chat.txt"


def test_hfs_plus_in_a_gpt_partition(volume, tmp_path):
    need("sfdisk", "mmls")
    disk = tmp_path / "macbook.dd"
    start = 2048
    sectors = volume.stat().st_size // 512
    run("truncate", "-s", str((start + sectors + 2048) * 512), disk)
    subprocess.run(["sfdisk", "-q", str(disk)],
                   input=f"label: gpt\nstart={start}, size={sectors}, type=48465300-0000-11AA-AA11-00306543ECAC\n",
                   text=True, check=True, capture_output=True)
    assert "GUID Partition Table" in run("mmls", disk)
    with open(disk, "r+b") as fh:
        fh.seek(start * 512)
        fh.write(volume.read_bytes())
    r, members = listed(disk)
    assert not r.member_skips
    assert read(members["p1/Users/rahim/Desktop/chat.txt"]) == CHAT.encode()
    assert read(members["p1/blob.bin"]) == BLOB


def test_triage_of_an_hfs_plus_volume_finds_the_chat_and_writes_nothing(volume, tmp_path, cli):
    ev = tmp_path / "ev"
    ev.mkdir()
    (ev / "mac.img").write_bytes(volume.read_bytes())
    before = (ev / "mac.img").stat().st_mtime_ns, hashlib.sha256((ev / "mac.img").read_bytes()).hexdigest()
    r = cli("triage", ev, "--case", tmp_path / "case", "--examiner", "SI", "--no-ocr")
    assert r.exit_code == 0, r
    assert ((ev / "mac.img").stat().st_mtime_ns, hashlib.sha256((ev / "mac.img").read_bytes()).hexdigest()) == before
    f = load_findings(tmp_path / "case")
    files = {x["path"]: x for x in f["files"]}
    chat = files["mac.img!/Users/rahim/Desktop/chat.txt"]
    assert chat["status"] == "parsed" and chat["sha256"] == hashlib.sha256(CHAT.encode()).hexdigest()
    assert [a for a in f["artifacts"] if a["file"] == "mac.img!/Users/rahim/Desktop/chat.txt" and a["hits"]]

