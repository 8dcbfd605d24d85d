"""Hostile archives (issue 18, items 2 and 3): bombs bounded across nesting, many members in
linear time."""

import zipfile

from evidtriage.case import add_evidence, init_case
from evidtriage.model import CaseInfo, EvidenceFile, Locator
from evidtriage.pipeline.stages import ScanOptions, scan
from evidtriage.intake.sources import ArchiveLimits, list_members, open_evidence

from conftest import make_zip


def scan_source(tmp_path, source, **options):
    case = tmp_path / "case"
    store = init_case(str(case), CaseInfo("C", "A"))
    add_evidence(store, str(case), str(source), "EX01", "")
    scan(store, ScanOptions(workers=1, ocr=False, **options))
    return store


def test_an_archive_of_many_members_has_its_directory_read_once_per_stage(tmp_path, monkeypatch):
    """Item 3: the parse stage reopened the archive (re-reading its central directory) for every
    member, so time grew with the square of the members. Counted, not timed: directory reads."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "export.zip").write_bytes(make_zip({f"chat/{i:05d}.txt": f"note {i}".encode() for i in range(1200)}))
    tally = tmp_path / "reads"  # the workers are forked: each read is a line appended here
    real_init = zipfile.ZipFile.__init__

    def counting_init(self, file, *args, **kwargs):
        if not isinstance(file, str) or file.startswith(str(tmp_path)):  # not importlib's own
            with open(tally, "a") as f:
                f.write("read\n")
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    store = scan_source(tmp_path, src)
    assert sum(1 for f in store.file_records() if f.digests) == 1201
    # listing, hashing, parsing: a handful of reads, however many members (was one per member)
    reads = tally.read_text().count("read")
    assert reads <= 6, reads


def nested_bomb(fanout=16, member=1024 * 1024 - 1):
    """fanout**3 members of just under 1 MiB of zeros, three zips deep (4 GiB from a few KB):
    each member stays under the per-member ratio check's 1 MiB, each archive under its caps."""
    level = make_zip({f"{i:02d}.bin": bytes(member) for i in range(fanout)})
    for _ in range(2):
        level = make_zip({f"{i:02d}.zip": level for i in range(fanout)})
    return level


def test_nesting_cannot_multiply_the_archive_limits(tmp_path):
    """Item 2: the total cap was per archive and the ratio check skipped members under 16 MiB,
    so a nested bomb of a few KB was inflated and hashed in full (4 GiB, no skip)."""
    src = tmp_path / "src"
    src.mkdir()
    bomb = nested_bomb()
    assert len(bomb) < 64 * 1024
    (src / "bomb.zip").write_bytes(bomb)
    (src / "note.txt").write_text("an ordinary file beside it")
    store = scan_source(tmp_path, src)
    inflated = sum(f.size for f in store.file_records() if f.depth > 0 and f.digests)
    assert inflated <= 250 * len(bomb) + ArchiveLimits().inflation_allowance
    budget_skips = [s for s in store.skips() if "would inflate to more than" in s.reason]
    assert budget_skips, "the members past the budget are named, with why"
    assert all(s.stage == "archive" for s in budget_skips)
    note = [f for f in store.file_records() if f.path == "note.txt"]
    assert note[0].digests is not None


def test_every_member_of_a_mebibyte_or_more_is_ratio_checked(tmp_path):
    ef_zip = make_zip({"zeros.bin": bytes(4 * 1024 * 1024), "text.txt": b"hello " * 1000})
    (tmp_path / "b.zip").write_bytes(ef_zip)
    ef = EvidenceFile("EX01", "b.zip", len(ef_zip), 0, Locator(str(tmp_path / "b.zip")))
    with open_evidence(ef.locator) as s:
        members, skips = list_members(ef, s)
    assert [m.path for m in members] == ["b.zip!/text.txt"]
    assert "compression ratio" in skips[0].reason  # 4 MiB from 4 KB: under the old 16 MiB floor


def test_the_budget_starts_again_from_the_store_on_resume(tmp_path):
    from evidtriage.model import HashResult
    from evidtriage.intake.sources import InflationBudget

    limits = ArchiveLimits(inflation_allowance=100)
    members = tuple(EvidenceFile("EX01", f"a.zip!/{i}", 40, None, Locator("/a.zip", (str(i),)), 1) for i in range(4))
    b = InflationBudget(limits, disk_archive_bytes=0, inflated=30)  # as a resumed scan finds it
    r = b.admit(HashResult("EX01", "x.zip!/in.zip", None, "application/zip", members=members), depth=1, size=10)
    assert len(r.members) == 1 and len(r.member_skips) == 3  # a nested archive earns no allowance
