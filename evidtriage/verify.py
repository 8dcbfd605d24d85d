"""``evidtriage verify``: check a case without changing it (apart from its own log entry).

Checks, each problem one line naming what changed: the custody log in the store (sequence,
chain, entry hashes, signatures), its mirror ``custody.jsonl`` against the store, the report
manifest against the report files and its signature, and (when asked, and by default when the
sources are reachable) every evidence file re-hashed against the digests recorded at scan time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import custody
from .executors import default_workers, make_batches, run_batches
from .keys import load_public_pem, verify_signature
from .hashing import file_sha256
from .reports.manifest import MANIFEST, report_files
from .store import Store
from .workers import hash_batch


@dataclass
class VerifyResult:
    problems: list[str] = field(default_factory=list)
    checked: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _check_mirror(store_entries: list[dict], case_dir: str) -> list[str]:
    mirror, problems = custody.read_mirror(case_dir)
    if problems:
        return problems
    for i, (s, m) in enumerate(zip(store_entries, mirror), 1):
        ms = {**m, "details": custody.canonical(m.get("details", {})).decode("utf-8")}
        for k in custody.SIGNED_FIELDS + ("entry_hash", "signature", "details"):
            if ms.get(k) != s.get(k):
                problems.append(f"custody.jsonl entry {i}: {k} differs from the case store (altered)")
                break
    if len(mirror) != len(store_entries):
        problems.append(f"custody.jsonl has {len(mirror)} entries, the case store {len(store_entries)}")
    return problems


def _check_manifest(reports: Path, keys: dict[str, str]) -> list[str]:
    manifest = reports / MANIFEST
    if not manifest.is_file():
        return [] if not reports.exists() or not any(reports.iterdir()) else [f"{manifest} is missing"]
    problems = []
    data = manifest.read_bytes()
    listed = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    for name, digest in sorted(listed.items()):
        p = reports / name
        if not p.is_file():
            problems.append(f"report file {name} is missing")
        elif file_sha256(p) != digest:
            problems.append(f"report file {name} has changed since it was written")
    for p in report_files(reports):
        name = p.relative_to(reports).as_posix()
        if name not in listed:
            problems.append(f"report file {name} is not in the signed manifest")
    sig = reports / (MANIFEST + ".sig")
    if not sig.is_file():
        problems.append(f"{sig.name} is missing")
    elif not any(verify_signature(load_public_pem(pem), sig.read_bytes(), data) for pem in keys.values()):
        problems.append(f"{MANIFEST} signature does not verify with the case's key (manifest or signature altered)")
    return problems


def _check_evidence(store: Store, workers: int) -> tuple[list[str], int]:
    recorded = store.evidence_digests()
    by_key = {(ef.exhibit_id, ef.path): (sha, b3) for ef, sha, b3 in recorded}
    problems = []
    files = [ef for ef, sha, _ in recorded if sha]
    batches = make_batches(files, lambda f: f.size)
    for batch, results in run_batches(hash_batch, batches, workers, ("sha256", "blake3"), store_limits(), False):
        for ef, r in zip(batch, results):
            sha, b3 = by_key[(ef.exhibit_id, ef.path)]
            if r.digests is None:
                problems.append(f"evidence {ef.exhibit_id}:{ef.path} cannot be read now: {r.problem}")
            elif r.digests.sha256 != sha or r.digests.blake3 != b3:
                problems.append(f"evidence {ef.exhibit_id}:{ef.path} has changed (sha256 {r.digests.sha256}, recorded {sha})")
    return problems, len(files)


def store_limits():
    from .sources import DEFAULT_LIMITS

    return DEFAULT_LIMITS


def sources_reachable(store: Store) -> bool:
    return all(os.path.exists(e.source) for e in store.exhibits())


def verify_case(store: Store, case_dir: str, evidence: bool | None = None, workers: int = 0) -> VerifyResult:
    result = VerifyResult()
    entries = store.custody_entries()
    keys = store.case_keys()
    if not entries:
        result.problems.append("the case has no custody log")
    result.problems += custody.check_chain(entries, keys)
    result.problems += _check_mirror(entries, case_dir)
    result.problems += _check_manifest(Path(case_dir) / "reports", keys)
    result.checked["custody_entries"] = len(entries)
    if evidence is None:
        evidence = sources_reachable(store)
    if evidence:
        problems, n = _check_evidence(store, workers or default_workers())
        result.problems += problems
        result.checked["evidence_files"] = n
    else:
        result.checked["evidence_files"] = 0
    return result
