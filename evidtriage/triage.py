"""The officer's one command: open or create the case, add sources, scan, report."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .case import (add_evidence, case_exists, check_case_outside_source, check_timezone, init_case,
                   next_exhibit_id, open_case, recorder, require_case)
from .custody import anchor
from .errors import UserError
from .model import CaseInfo
from .pipeline import ProgressCallback, ScanOptions, scan
from .reports.findings import case_summary
from .reports.writer import AVAILABLE, write_reports
from .sources import source_kind
from .store import Store


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


def scan_case(case_dir: str, options: ScanOptions, progress: ProgressCallback, examiner: str = "") -> dict:
    """Scan (or resume) a case and write ``findings.json``, as ``examiner`` (default: the examiner
    of the case whose key is on this machine)."""
    require_case(case_dir)
    with open_case(case_dir) as store:
        if not store.exhibits():
            raise UserError(f"case {case_dir} has no evidence yet: add some with 'evidtriage evidence add'")
        record = recorder(store, case_dir, examiner)
        scan(store, options, progress, record)
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
    if case_exists(req.case_dir):
        store = open_case(req.case_dir)
        info = store.case_info()
        if req.case_id and info.case_id != req.case_id:
            store.close()
            raise UserError(f"{req.case_dir} holds case {info.case_id}, not {req.case_id}")
        if req.timezone and req.timezone != info.timezone:
            store.set_timezone(req.timezone)
    else:
        store = init_case(req.case_dir, CaseInfo(req.case_id, req.examiner, timezone=req.timezone))
    with store:
        record = recorder(store, req.case_dir, req.examiner)  # a second officer is refused here, before any work
        for i, source in enumerate(req.sources):
            wanted = req.exhibits[i] if req.exhibits else ""
            known = _exhibit_for(store, source)
            add_evidence(store, req.case_dir, source, wanted or known or next_exhibit_id(store), examiner=req.examiner)
        scan(store, req.options, progress, record)
        reports = write_reports(store, req.case_dir, AVAILABLE, record=record)
        return _result(store, req.case_dir, reports)


def _exhibit_for(store: Store, source: str) -> str:
    real = os.path.realpath(source)
    return next((e.id for e in store.exhibits() if e.source == real), "")
