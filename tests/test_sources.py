"""Folder and single-file sources: what is listed, what is skipped and why, and in what order."""

import os

from evidtriage.model import EvidenceFile, Exhibit, Skip
from evidtriage.intake.sources import walk_exhibit


def walk(root, kind="folder"):
    items = list(walk_exhibit(Exhibit("EX01", str(root), kind)))
    files = [i for i in items if isinstance(i, EvidenceFile)]
    skips = [i for i in items if isinstance(i, Skip)]
    return files, skips


def test_walk_is_sorted_and_relative(tmp_path):
    for name in ["b.txt", "a.txt", "sub/z.txt", "sub/c.txt", "A.txt"]:
        p = tmp_path / name
        p.parent.mkdir(exist_ok=True)
        p.write_text(name)
    files, skips = walk(tmp_path)
    assert [f.path for f in files] == ["A.txt", "a.txt", "b.txt", "sub/c.txt", "sub/z.txt"]
    assert not skips
    assert all(f.locator.disk_path.startswith(str(tmp_path)) for f in files)
    assert files[0].size == len("A.txt")


def test_links_fifos_are_skipped_never_opened(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("outside the source")
    src = tmp_path / "src"
    src.mkdir()
    (src / "real.txt").write_text("x")
    os.symlink(outside, src / "dirlink")
    os.symlink(outside / "secret.txt", src / "filelink")
    os.symlink(src / "nowhere", src / "dangling")
    os.mkfifo(src / "pipe")
    files, skips = walk(src)
    assert [f.path for f in files] == ["real.txt"]
    reasons = {s.path: s.reason for s in skips}
    assert set(reasons) == {"dirlink", "filelink", "dangling", "pipe"}
    assert "symbolic link" in reasons["dirlink"] and "not followed" in reasons["dirlink"]
    assert "FIFO" in reasons["pipe"]
    assert all(s.stage == "walk" for s in skips)


def test_undecodable_names_are_listed_printably(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/bad\xffname.txt"
    with open(raw, "wb") as f:
        f.write(b"data")
    files, _ = walk(tmp_path)
    assert files[0].path == "bad\\xffname.txt"
    assert os.fsencode(files[0].locator.disk_path) == raw  # still reopens the very file


def test_single_file_source(tmp_path):
    f = tmp_path / "chat.txt"
    f.write_text("hello")
    files, skips = walk(f, "file")
    assert [x.path for x in files] == ["chat.txt"] and not skips


def test_unlistable_folder_is_a_skip(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text("ok")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skips = walk(tmp_path)
    assert [f.path for f in files] == ["ok.txt"]
    assert skips == [Skip("EX01", "locked", "walk", "cannot list folder: Permission denied")]
