"""The Run context (issue 19, item 1): built and checked before the case is touched; workers
need nothing from the main process but the picklable values they are sent."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest

from evidtriage.pipeline.stages import ScanOptions


def test_a_broken_hash_set_library_is_refused_before_the_case_is_touched(tmp_path, cli):
    library = tmp_path / "hashsets.sqlite"
    library.write_bytes(b"not a database, " * 100)
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("x")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--hashsets", library)
    assert r.exit_code == 2 and f"hash-set library {library} cannot be opened" in r.stderr, r
    assert not (tmp_path / "case").exists()


def test_workers_rebuild_the_run_from_what_they_are_sent(tmp_path):
    from evidtriage.model import EvidenceFile, Locator
    from evidtriage.parsers import ParseContext
    from evidtriage.pipeline.parsing import ParseTask, parse_batch
    from evidtriage.pipeline.stages import _match_batch
    from evidtriage.run import open_run

    chat = tmp_path / "WhatsApp Chat with Rahim.txt"
    chat.write_text("12/01/2024, 10:00 - Rahim: new Nepali girls, booking now\n")
    task = ParseTask("ab" * 32, EvidenceFile("EX01", chat.name, chat.stat().st_size, None, Locator(str(chat))),
                     "text/plain")
    # a process started from nothing (spawn): no state inherited by a fork
    with open_run(ScanOptions(workers=1)) as run, multiprocessing.get_context("spawn").Pool(1) as fresh:
        spec = pickle.loads(pickle.dumps(run.spec))  # what a Dask worker receives
        [parsed] = fresh.apply(parse_batch, ([task], spec, ParseContext(timezone="UTC"), None))
        assert parsed.status == "parsed" and parsed.parser == "whatsapp_txt"
        text = parsed.artifacts[0].artifact.text
        [(key, _, matched, listed)] = fresh.apply(_match_batch, ([("k1", text)], spec))
        assert key == "k1" and matched.hits and listed is None  # flagged by the rules: never the aid's
        assert matched == run.matcher.match_many([text])[0]  # the same as the main process finds


def test_a_worker_that_loads_other_versions_refuses_to_work():
    from evidtriage.run import WorkerMismatch, WorkerSpec, check_worker, worker_plugins

    spec = WorkerSpec((), (), "BD", (("evidtriage", "0.0.1"),))
    assert check_worker(spec).startswith("evidtriage ")
    assert "0.0.1 in the run manifest" in check_worker(spec)
    with pytest.raises(WorkerMismatch, match="parser whatsapp_txt"):
        worker_plugins(WorkerSpec((), (), "BD", ()))  # a parser there that the manifest does not name


def test_a_worker_with_other_ocr_language_data_refuses_to_work():
    """With OCR on, the engine's version and each language's traineddata are part of what a worker
    must match: another tesseract or other language data reads pictures otherwise."""
    from evidtriage.plugins import load_plugins
    from evidtriage.run import WorkerSpec, check_worker, loaded_versions

    here = loaded_versions(load_plugins(()), "ben+eng")
    names = dict(here)
    assert "ocr engine" in names and {"ocr data ben", "ocr data eng"} <= set(names)
    assert check_worker(WorkerSpec((), (), "BD", here, "ben+eng")) == ""
    other = tuple((k, "0" * 64 if k == "ocr data ben" else v) for k, v in here)
    said = check_worker(WorkerSpec((), (), "BD", other, "ben+eng"))
    assert said.startswith("ocr data ben ") and "in the run manifest" in said
    without = loaded_versions(load_plugins(()))  # --no-ocr: OCR is not part of the check
    assert not any(k.startswith("ocr ") for k, _ in without)
