"""``evidtriage verify``: check a case without changing it (apart from its own log entry).

What to check is derived from the signed custody log alone, never from the case store's other
tables (anyone who can write the case folder can edit those):

* the log in the store: sequence, chain, entry hashes, signatures, and which keys it trusts (the
  first key signs "case created"; any other only through a "key added" entry signed by a trusted
  key); the store's key table may hold no other key; the mirror ``custody.jsonl`` equals the store;
* the evidence: each signed "evidence added" entry against the evidence as it is now (changed,
  missing and planted files), at its recorded place or at ``--evidence-root EXHIBIT=PATH``;
  evidence that cannot be found is a failure unless ``--no-evidence`` is given;
* the reports: the latest signed "report written" entry for the case's ``reports/`` folder against
  the files there (changed, missing, added), the manifest and its signature;
* the review decisions the store keeps for look-up against the signed "review decision" entries;
* optionally an anchor taken earlier (``--anchor HASH``): the log must still hold that entry.

A log cut back to an earlier entry, or re-signed whole with another key, cannot be seen from inside
the folder; the result says so, and the anchor is the answer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..intake.hashing import file_sha256
from ..reports.manifest import MANIFEST, report_files
from ..store import Store
from . import log
from .anchor import check_anchor
from .keys import load_public_pem, verify_signature
from .listing import check_exhibit

LIMIT_NOTE = ("a log cut back to an earlier entry, or re-signed whole with another key, cannot be seen from "
              "inside the case folder: compare the key fingerprints above with the ones the examiners declared, "
              "and check the anchor kept outside the folder with --anchor HASH (docs/custody.md)")


@dataclass
class VerifyResult:
    problems: list[str] = field(default_factory=list)
    checked: dict = field(default_factory=dict)
    trusted: list[log.TrustedKey] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_mirror(store_entries: list[dict], case_dir: str) -> list[str]:
    mirror, problems = log.read_mirror(case_dir)
    if problems:
        return problems
    for i, (s, m) in enumerate(zip(store_entries, mirror), 1):
        ms = {**m, "details": log.canonical(m.get("details", {})).decode("utf-8")}
        for k in log.SIGNED_FIELDS + ("entry_hash", "signature", "details"):
            if ms.get(k) != s.get(k):
                problems.append(f"custody.jsonl entry {i}: {k} differs from the case store (altered)")
                break
    if len(mirror) != len(store_entries):
        problems.append(f"custody.jsonl has {len(mirror)} entries, the case store {len(store_entries)}")
    return problems


def _check_key_table(store: Store, trusted: dict[str, log.TrustedKey]) -> list[str]:
    problems = []
    for fp, pem in store.case_keys().items():
        known = trusted.get(fp)
        if known is None:
            problems.append(f"the case store's key table holds key {fp}, which no signed entry introduced "
                            "(inserted by hand)")
        elif known.public_key_pem.strip() != pem.strip():
            problems.append(f"the case store's key table gives another public key for {fp} than the log")
    return problems


def _is_case_reports(entry: dict) -> bool:
    location = log.details_of(entry).get("location")
    if location is not None:
        return location == "reports"
    return Path(entry.get("subject", "")).name == "reports"  # older entries, written before the "location" field


def _check_reports(entries: list[dict], reports: Path, trusted: dict[str, log.TrustedKey]) -> tuple[list[str], int]:
    written = [e for e in entries if e.get("action") == "report written" and _is_case_reports(e)]
    present = {p.relative_to(reports).as_posix(): p for p in report_files(reports)} if reports.is_dir() else {}
    if not written:
        return ([f"reports/{name} is listed by no signed 'report written' entry" for name in sorted(present)], 0)
    last = written[-1]
    files: dict = log.details_of(last).get("files") or {}
    problems = []
    where = f"(signed in custody entry {last['seq']})"
    for name, digest in sorted(files.items()):
        p = present.get(name)
        if p is None:
            problems.append(f"report file {name} is missing {where}")
        elif file_sha256(p) != digest:
            problems.append(f"report file {name} has changed since it was written {where}")
    for name in sorted(set(present) - set(files)):
        problems.append(f"report file {name} is not in the signed manifest (added after the reports were written)")
    manifest = reports / MANIFEST
    expected = "".join(f"{d}  {n}\n" for n, d in sorted(files.items())).encode("utf-8")
    if not manifest.is_file():
        problems.append(f"reports/{MANIFEST} is missing {where}")
        return problems, len(files)
    data = manifest.read_bytes()
    if data != expected:
        problems.append(f"reports/{MANIFEST} is not the manifest signed in custody entry {last['seq']} (altered)")
    sig = reports / (MANIFEST + ".sig")
    signer = trusted.get(last.get("key_fingerprint"))
    if not sig.is_file():
        problems.append(f"reports/{sig.name} is missing")
    elif signer is not None and not verify_signature(load_public_pem(signer.public_key_pem), sig.read_bytes(), data):
        # the check a third party makes with openssl: the manifest as it is, with the examiner's key
        problems.append(f"{MANIFEST} signature does not verify with the key of {signer.examiner} (manifest or signature altered)")
    return problems, len(files)


def _check_exhibits_table(store: Store, added: dict[str, dict]) -> list[str]:
    problems = []
    for ex in store.exhibits():
        signed = added.get(ex.id)
        if signed is None:
            problems.append(f"exhibit {ex.id} is in the case store but no signed 'evidence added' entry added it")
        elif signed.get("source") != ex.source:
            problems.append(f"exhibit {ex.id}: the case store gives its source as {ex.source}, "
                            f"the signed entry as {signed.get('source')}")
    return problems


def verify_case(store: Store, case_dir: str, evidence: bool = True, workers: int = 0,
                evidence_roots: dict[str, str] | None = None, anchor: str = "") -> VerifyResult:
    """Check a case; ``evidence_roots`` maps an exhibit id to the place its evidence is now."""
    result = VerifyResult()
    entries = store.custody_entries()
    if not entries:
        result.problems.append("the case has no custody log")
    problems, trusted = log.check_chain(entries)
    result.trusted = sorted(trusted.values(), key=lambda k: k.seq)
    result.problems += problems
    result.problems += _check_key_table(store, trusted)
    result.problems += _check_mirror(entries, case_dir)
    report_problems, n_reports = _check_reports(entries, Path(case_dir) / "reports", trusted)
    result.problems += report_problems
    result.checked["custody_entries"] = len(entries)
    result.checked["report_files"] = n_reports
    added = {e["subject"]: log.details_of(e) for e in entries if e.get("action") == "evidence added"}
    result.problems += _check_exhibits_table(store, added)
    from ..review.decisions import derived_table_problems

    result.problems += derived_table_problems(store)
    roots = dict(evidence_roots or {})
    for exhibit_id in sorted(set(roots) - set(added)):
        result.problems.append(f"--evidence-root names exhibit {exhibit_id}, which this case does not have "
                               f"(its exhibits: {', '.join(sorted(added)) or 'none'})")
    n_files = 0
    if evidence:
        for exhibit_id, details in sorted(added.items()):
            source = os.path.abspath(roots[exhibit_id]) if exhibit_id in roots else details.get("source", "")
            check = check_exhibit(case_dir, exhibit_id, details, source, workers)
            result.problems += check.problems
            n_files += check.files
    else:
        result.notes.append("the evidence was not checked (--no-evidence)")
    result.checked["evidence_files"] = n_files
    if anchor:
        anchor_problems, found = check_anchor(entries, anchor)
        result.problems += anchor_problems
        if found:
            result.notes.append(found)
    else:
        result.notes.append(LIMIT_NOTE)
    return result
