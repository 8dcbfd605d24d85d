"""The officer's one command: open or create the case, add sources, scan, report."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..case import (add_evidence, case_exists, case_lock, check_case_outside_source, check_timezone, init_case,
                   next_exhibit_id, open_case, recorder, require_case)
from ..custody import anchor
from ..errors import UserError
from ..model import CaseInfo
from .stages import ProgressCallback, ScanOptions, scan
from ..reports.findings import case_summary
from ..run import open_run
from ..reports.writer import AVAILABLE, write_reports
from ..intake.sources import source_kind
from ..store import Store


@dataclass(frozen=True)
class TriageRequest:
    sources: tuple[str, ...]
    case_dir: str
    examiner: str
    case_id: str
    exhibits: tuple[str, ...] = ()
    timezone: str = ""
    options: ScanOptions = field(default_factory=ScanOptions)


def _result(store: Store, case_dir: str, reports: list) -> dict:
    info = store.case_info()
    top = anchor.head(info.case_id, store.custody_entries())
    return {"case_id": info.case_id, "case_dir": case_dir,
            "summary": case_summary(store), "reports": [str(p) for p in reports],
            "notices": list(store.notices), "anchor": top.as_dict() if top else None}


@contextmanager
def _disk_full_is_reported(case_dir: str) -> Iterator[None]:
    """A full disk mid-scan is one clear line: every batch is its own transaction, so the case
    holds what was finished and the same command continues once there is space."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        full = getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in str(exc)
        if not full:
            raise
        raise UserError(f"a disk this scan writes to is full ({exc}): the case in {case_dir} keeps what was "
                        "finished; free some space, then run the same command again to continue") from None


def scan_case(case_dir: str, options: ScanOptions, progress: ProgressCallback, examiner: str = "") -> dict:
    """Scan (or resume) a case and write ``findings.json``, as ``examiner`` (default: the examiner
    of the case whose key is on this machine)."""
    require_case(case_dir)
    # the case is held and checked before the run is built (seconds of rule compiling): a case
    # that cannot be scanned, or that another scan holds, says so at once
    with case_lock(case_dir), open_case(case_dir) as store:
        if not store.exhibits():
            raise UserError(f"case {case_dir} has no evidence yet: add some with 'evidtriage evidence add'")
        with open_run(options) as run, _disk_full_is_reported(case_dir):
            record = recorder(store, case_dir, examiner)
            scan(store, run, progress, record)
            reports = write_reports(store, case_dir, ("json",), record=record)
            return _result(store, case_dir, reports)


def triage(req: TriageRequest, progress: ProgressCallback) -> dict:
    if req.exhibits and len(req.exhibits) != len(req.sources):
        raise UserError(f"{len(req.exhibits)} --exhibit ids for {len(req.sources)} sources: "
                        "give one per source, or none")
    for s in req.sources:  # every source is checked before anything is created
        source_kind(s)
        check_case_outside_source(req.case_dir, s)
    check_timezone(req.timezone)
    # a broken plugin, rule pack or hash set, or a Dask worker unlike this machine, is refused
    # before the case is touched
    with open_run(req.options) as run:
        return _triage(req, run, progress)


def _triage(req: TriageRequest, run, progress: ProgressCallback) -> dict:
    if case_exists(req.case_dir):
        store = open_case(req.case_dir)
        info = store.case_info()
        if req.case_id and info.case_id != req.case_id:
            store.close()
            raise UserError(f"{req.case_dir} holds case {info.case_id}, not {req.case_id}")
        zone_set = False
        if req.timezone and req.timezone != info.timezone:
            try:
                check_zone_change(store, info, req.timezone)
            except UserError:
                store.close()
                raise
            zone_set = True
    else:
        zone_set = False
        case_id = req.case_id or Path(req.case_dir).resolve().name
        store = init_case(req.case_dir, CaseInfo(case_id, req.examiner, timezone=req.timezone))
    with store, case_lock(req.case_dir), _disk_full_is_reported(req.case_dir):
        record = recorder(store, req.case_dir, req.examiner)  # a second officer is refused here, before any work
        if zone_set:
            store.set_timezone(req.timezone)
            record("time zone set", info.case_id, {"from": info.timezone, "to": req.timezone,
                                                   "reason": "no content had been examined yet"})
        for i, source in enumerate(req.sources):
            wanted = req.exhibits[i] if req.exhibits else ""
            known = _exhibit_for(store, source)
            add_evidence(store, req.case_dir, source, wanted or known or next_exhibit_id(store), examiner=req.examiner)
        scan(store, run, progress, record)
        reports = write_reports(store, req.case_dir, AVAILABLE, record=record)
        return _result(store, req.case_dir, reports)


def check_zone_change(store: Store, info: CaseInfo, zone: str) -> None:
    """Refuse a new zone for a case whose evidence was already read under the old one.

    Times written without a zone were converted to UTC with the case's zone when their file was
    examined; a new zone now would leave those as they are while the report says every time was
    read in the new one. The case keeps its zone; a case whose contents were never examined may
    still be given one (recorded in the custody log).
    """
    if not store.examined_count():
        return
    was = info.timezone or "no zone (times kept as written, no UTC)"
    raise UserError(f"case {info.case_id} has already read its zone-less times as {was}; "
                    f"--timezone {zone} would mix two zones in one report: run it again "
                    + (f"with --timezone {info.timezone}" if info.timezone else "without --timezone")
                    + ", or triage into a new case folder")


def _exhibit_for(store: Store, source: str) -> str:
    real = os.path.realpath(source)
    return next((e.id for e in store.exhibits() if e.source == real), "")
