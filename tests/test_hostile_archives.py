"""Hostile archives (issue 18, items 2 and 3): bombs bounded across nesting, many members in
linear time."""

import zipfile

from evidtriage.case import add_evidence, init_case
from evidtriage.model import CaseInfo
from evidtriage.pipeline import ScanOptions, scan

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
