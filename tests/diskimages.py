"""Small disk images built by the tests themselves, with the Debian tools an examiner would use
(``make setup`` installs them: dosfstools, mtools, e2fsprogs, fdisk, sleuthkit, ewf-tools).

Each builder writes into a folder and returns the image's path. Partition tables are checked with
the Sleuth Kit's ``mmls`` so that a test never runs on a table the tools did not write as meant.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evidtriage.intake.sources import open_evidence
from evidtriage.model import EvidenceFile, Locator
from evidtriage.pipeline.workers import hash_one

TOOLS = ("mkfs.vfat", "mcopy", "mdel", "mkfs.ext4", "sfdisk", "mmls")
ORPHAN = "found only among the orphans: passport amar kache thakbe\n"


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (make setup installs them; needs root or sudo)")


def run(*cmd) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def listed(path: Path):
    """The image's hash result, and its members by their name inside it (``p2/Users/x/a.txt``)."""
    r = hash_one(EvidenceFile("EX", path.name, path.stat().st_size, None, Locator(str(path))))
    return r, {m.path.split("!/", 1)[1]: m for m in r.members}


def read(member) -> bytes:
    """A member's bytes, read through the image as a scan reads them."""
    with open_evidence(member.locator) as s:
        return s.read()


CHAT = ("Rahim Agent: passport amar kache thakbe, kauke bolben na\n"
        "Rahim Agent: Saudi te beton 1500 riyal, free visa\n")


def source_tree(root: Path) -> Path:
    (root / "Users" / "x" / "Desktop").mkdir(parents=True)
    (root / "Users" / "x" / "Desktop" / "chat.txt").write_text(CHAT)
    (root / "readme.txt").write_text("hello readme\n")
    (root / "gone.txt").write_text("to be deleted: recovered from the image\n")
    (root / "blob.bin").write_bytes(bytes(range(256)) * 1200)
    return root


def fat_image(folder: Path, name: str = "card.img") -> Path:
    """A bare FAT file system (an SD card) with a deleted file."""
    need("mkfs.vfat", "mcopy", "mdel")
    src = source_tree(folder / f"{name}.src")
    img = folder / name
    run("mkfs.vfat", "-C", img, 8192)
    run("mcopy", "-i", img, "-s", src / "Users", src / "readme.txt", src / "gone.txt", src / "blob.bin", "::/")
    run("mdel", "-i", img, "::/gone.txt")
    return img


def ext4_with_orphan(folder: Path, name: str = "sdcard.img") -> tuple[Path, int]:
    """A bare ext4 file system with two deleted files: ``gone.txt`` keeps its name, and
    ``Users/x/Desktop/orphan.txt`` loses it, as an orphan. Returns the image and the orphan's inode.

    Both are deleted with debugfs (inode and blocks freed, as the kernel frees them). The
    orphan's name is then cut from its inode the way ext4 cuts the first name of a folder block
    on deletion (its inode field set to 0): the folder no longer says which inode it was, and
    only the Sleuth Kit's ``$OrphanFiles`` still finds the file.
    """
    need("mkfs.ext4", "debugfs")
    src = source_tree(folder / f"{name}.src")
    (src / "Users" / "x" / "Desktop" / "orphan.txt").write_text(ORPHAN)
    img = folder / name
    run("mkfs.ext4", "-q", "-F", "-d", src, img, "16M")
    inode = int(run("debugfs", "-R", "stat /Users/x/Desktop/orphan.txt", img).split("Inode:", 1)[1].split()[0])
    for path in ("/gone.txt", "/Users/x/Desktop/orphan.txt"):
        run("debugfs", "-w", "-R", f"rm {path}", img)
    data = bytearray(img.read_bytes())
    entry = inode.to_bytes(4, "little")
    at = data.find(b"\x0a\x01orphan.txt")  # name length 10, regular file, then the name
    assert at > 0 and data.count(b"\x0a\x01orphan.txt") == 1 and data[at - 6:at - 2] == entry
    data[at - 6:at - 2] = bytes(4)
    img.write_bytes(bytes(data))
    return img, inode


def mbr_image(folder: Path, name: str = "laptop.dd") -> Path:
    """An MBR disk: p1 FAT32 with a deleted file, p2 ext4 (built with ``mkfs.ext4 -d``)."""
    need(*TOOLS)
    src = source_tree(folder / f"{name}.src")
    img = folder / name
    run("truncate", "-s", "40M", img)
    subprocess.run(["sfdisk", "-q", str(img)], input="label: dos\nstart=2048, size=32768, type=c\nstart=34816, type=83\n",
                   text=True, check=True, capture_output=True)
    table = run("mmls", img)
    assert "Win95 FAT32 (0x0c)" in table and "Linux (0x83)" in table, table
    run("mkfs.vfat", "--offset", 2048, "-n", "EVID", img, 16384)
    run("mcopy", "-i", f"{img}@@1M", "-s", src / "Users", src / "gone.txt", "::/")
    run("mdel", "-i", f"{img}@@1M", "::/gone.txt")
    run("mkfs.ext4", "-q", "-F", "-E", f"offset={34816 * 512}", "-d", src, img, "20M")
    return img


def gpt_image(folder: Path, name: str = "disk.raw") -> Path:
    """A GPT disk with one FAT partition (Microsoft basic data)."""
    need(*TOOLS)
    src = source_tree(folder / f"{name}.src")
    img = folder / name
    run("truncate", "-s", "20M", img)
    subprocess.run(["sfdisk", "-q", str(img)],
                   input="label: gpt\nstart=2048, size=16384, type=EBD0A0A2-B9E5-4433-87C0-68B6B72699C7\n",
                   text=True, check=True, capture_output=True)
    assert "GUID Partition Table" in run("mmls", img)
    run("mkfs.vfat", "--offset", 2048, img, 8192)
    run("mcopy", "-i", f"{img}@@1M", src / "readme.txt", "::/")
    return img


def ntfs_exfat_image(folder: Path, name: str = "usb.img") -> Path:
    """An MBR disk: p1 NTFS (``mkntfs``, a file copied in with ``ntfscp``), p2 exFAT (empty)."""
    need("sfdisk", "mmls", "mkntfs", "ntfscp", "mkfs.exfat")
    img = folder / name
    run("truncate", "-s", "40M", img)
    subprocess.run(["sfdisk", "-q", str(img)], input="label: dos\nstart=2048, size=32768, type=7\nstart=34816, type=7\n",
                   text=True, check=True, capture_output=True)
    assert "NTFS / exFAT (0x07)" in run("mmls", img)
    part1, part2 = folder / f"{name}.p1", folder / f"{name}.p2"
    run("truncate", "-s", str(32768 * 512), part1)
    run("mkntfs", "-q", "-F", "-Q", part1)
    (folder / "report.txt").write_text(CHAT)
    run("ntfscp", "-f", part1, folder / "report.txt", "report.txt")
    run("truncate", "-s", str(47104 * 512), part2)
    run("mkfs.exfat", part2)
    with open(img, "r+b") as disk:  # the two file systems put in place in the partitioned disk
        disk.seek(2048 * 512)
        disk.write(part1.read_bytes())
        disk.seek(34816 * 512)
        disk.write(part2.read_bytes())
    return img


def e01_image(raw: Path, folder: Path, name: str = "laptop") -> Path:
    """``raw`` acquired as an E01 by ewfacquire (stores the media's MD5 and SHA-1)."""
    need("ewfacquire")
    run("ewfacquire", "-u", "-q", "-t", folder / name, "-f", "encase6", "-c", "none", "-d", "sha1",
        "-C", "CASE-1", "-D", "test disk", "-e", "examiner", "-E", "EV1", "-N", "made by the tests", raw)
    return folder / f"{name}.E01"


def split(img: Path, part: int, folder: Path, stem: str = "split") -> Path:
    """``img`` cut into ``stem.001``, ``stem.002``... of ``part`` bytes (as ``split -d`` would)."""
    data = img.read_bytes()
    for i in range(0, len(data), part):
        (folder / f"{stem}.{i // part + 1:03d}").write_bytes(data[i:i + part])
    return folder / f"{stem}.001"
