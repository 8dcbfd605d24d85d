"""The chain of custody: an append-only, hash-chained, signed log, and its verification.

Each entry holds its sequence number, the UTC time, the examiner, the action, its subject, the
SHA-256 of its details (the details are kept beside it), the hash of the entry before it and the
fingerprint of the key that signed it. The entry's hash is the SHA-256 of its canonical JSON
(keys sorted, no spaces, UTF-8) and the examiner's Ed25519 signature is over those same bytes,
so anyone can check an entry with sha256sum and openssl alone (docs/custody.md).

The log lives in the case store, where triggers refuse any change or deletion, and is mirrored
to ``DIR/custody.jsonl`` (one entry per line) for reading and for independent checking.
Verification re-computes everything; a difference is reported, never repaired.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .keys import ExaminerKey, load_public_pem, public_pem, verify_signature
from .store import Store, utc_now

GENESIS = "0" * 64
SIGNED_FIELDS = ("seq", "time_utc", "examiner", "action", "subject", "details_sha256", "prev_hash", "key_fingerprint")


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_bytes(entry: dict) -> bytes:
    """The exact bytes that are hashed and signed for an entry."""
    return canonical({k: entry[k] for k in SIGNED_FIELDS})


def mirror_path(case_dir: str | Path) -> Path:
    return Path(case_dir) / "custody.jsonl"


def append_first(store: Store, case_dir, key: ExaminerKey, info) -> None:
    """The opening entries of a new case: case created, then its key."""
    register_key(store, key)
    store.set_setting("examiner_key", key.fingerprint)
    append(store, case_dir, key, "case created", info.case_id,
           {"case_id": info.case_id, "examiner": info.examiner, "agency": info.agency,
            "authority": info.authority, "timezone": info.timezone, "created_utc": info.created_utc})
    append(store, case_dir, key, "key added", key.fingerprint,
           {"name": key.name, "public_key_pem": public_pem(key.public), "fingerprint": key.fingerprint})


def add_key(store: Store, case_dir, key: ExaminerKey) -> None:
    register_key(store, key)
    store.set_setting("examiner_key", key.fingerprint)
    append(store, case_dir, key, "key added", key.fingerprint,
           {"name": key.name, "public_key_pem": public_pem(key.public), "fingerprint": key.fingerprint})


def register_key(store: Store, key: ExaminerKey) -> bool:
    """Record the examiner's public key in the case; returns whether it was new."""
    new = key.fingerprint not in store.case_keys()
    if new:
        store.add_case_key(key.fingerprint, key.name, public_pem(key.public))
    return new


def append(store: Store, case_dir: str | Path, key: ExaminerKey, action: str, subject: str,
           details: dict | None = None) -> dict:
    """Sign and append one entry, in the store and in the mirror."""
    details_text = canonical(details or {}).decode("utf-8")
    last = store.last_custody_entry()
    entry = {
        "seq": (last[0] + 1) if last else 1,
        "time_utc": utc_now(),
        "examiner": store.case_info().examiner,
        "action": action,
        "subject": subject,
        "details_sha256": hashlib.sha256(details_text.encode("utf-8")).hexdigest(),
        "prev_hash": last[1] if last else GENESIS,
        "key_fingerprint": key.fingerprint,
    }
    data = entry_bytes(entry)
    entry["entry_hash"] = hashlib.sha256(data).hexdigest()
    entry["signature"] = key.sign(data).hex()
    entry["details"] = details_text
    store.append_custody(entry)
    with open(mirror_path(case_dir), "a", encoding="utf-8") as f:
        f.write(json.dumps({**{k: v for k, v in entry.items() if k != "details"},
                            "details": json.loads(details_text)}, ensure_ascii=False, sort_keys=True) + "\n")
    return entry


def check_chain(entries: list[dict], keys: dict[str, str]) -> list[str]:
    """Problems with a sequence of entries (from the store or the mirror), one line each."""
    problems = []
    prev = GENESIS
    pubs = {}
    for fp, pem in keys.items():
        try:
            pubs[fp] = load_public_pem(pem)
        except Exception:  # noqa: BLE001
            problems.append(f"case key {fp[:16]}… cannot be read")
    for i, e in enumerate(entries, 1):
        where = f"custody entry {e.get('seq', '?')}"
        if e.get("seq") != i:
            problems.append(f"{where}: out of sequence (expected {i}): an entry was removed or reordered")
        details = e["details"] if isinstance(e["details"], str) else canonical(e["details"]).decode("utf-8")
        if hashlib.sha256(details.encode("utf-8")).hexdigest() != e.get("details_sha256"):
            problems.append(f"{where} ({e.get('action')}): details do not match their digest")
        if e.get("prev_hash") != prev:
            problems.append(f"{where} ({e.get('action')}): does not follow the entry before it (chain broken)")
        data = entry_bytes(e)
        if hashlib.sha256(data).hexdigest() != e.get("entry_hash"):
            problems.append(f"{where} ({e.get('action')}): entry hash does not match its content (altered)")
        pub = pubs.get(e.get("key_fingerprint"))
        if pub is None:
            problems.append(f"{where}: signed by a key the case does not know ({str(e.get('key_fingerprint'))[:16]}…)")
        else:
            try:
                sig = bytes.fromhex(e.get("signature", ""))
            except ValueError:
                sig = b""
            if not verify_signature(pub, sig, data):
                problems.append(f"{where} ({e.get('action')}): signature does not verify")
        prev = e.get("entry_hash")
    return problems


def read_mirror(case_dir: str | Path) -> tuple[list[dict], list[str]]:
    path = mirror_path(case_dir)
    if not path.is_file():
        return [], [f"{path} is missing"]
    entries, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            problems.append(f"{path.name} line {n}: not valid JSON (altered)")
    return entries, problems
