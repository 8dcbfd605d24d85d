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

import fcntl
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..store import Store, utc_now
from .keys import ExaminerKey, fingerprint, load_public_pem, public_pem, verify_signature

GENESIS = "0" * 64
SIGNED_FIELDS = ("seq", "time_utc", "examiner", "action", "subject", "details_sha256", "prev_hash", "key_fingerprint")


def canonical(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_bytes(entry: dict) -> bytes:
    """The exact bytes that are hashed and signed for an entry."""
    return canonical({k: entry[k] for k in SIGNED_FIELDS})


def mirror_path(case_dir: str | Path) -> Path:
    return Path(case_dir) / "custody.jsonl"


def key_details(name: str, public, examiner: str, handed_over_by: str = "") -> dict:
    """What a "key added" entry says of a key: enough to check its signatures from the log alone.

    :param name: the key file's name on the examiner's machine; :param public: the public key.
    """
    details = {"name": name, "public_key_pem": public_pem(public), "fingerprint": fingerprint(public),
               "examiner": examiner}
    if handed_over_by:
        details["handed_over_by"] = handed_over_by
    return details


def append_first(store: Store, case_dir, key: ExaminerKey, info) -> None:
    """The opening entries of a new case: case created (signed by, and naming, its first key),
    then that key's "key added" entry."""
    store.add_case_key(key.fingerprint, key.name, public_pem(key.public))
    append(store, case_dir, key, info.examiner, "case created", info.case_id,
           {"case_id": info.case_id, "examiner": info.examiner, "agency": info.agency,
            "authority": info.authority, "timezone": info.timezone, "created_utc": info.created_utc,
            "key_fingerprint": key.fingerprint, "public_key_pem": public_pem(key.public)})
    append(store, case_dir, key, info.examiner, "key added", key.fingerprint, key_details(key.name, key.public, info.examiner))


def append(store: Store, case_dir: str | Path, key: ExaminerKey, examiner: str, action: str, subject: str,
           details: dict | None = None) -> dict:
    """Sign and append one entry, in the store and in the mirror.

    A run that stopped between the two (killed, a power cut) leaves the store an entry or more ahead of
    the mirror, or the mirror's last line torn: the next append completes the mirror from the store
    first (:func:`_complete_mirror`) and says so in an entry of its own, "custody mirror completed".

    :param examiner: the person acting now; the entry names them (the key must be theirs in this
        case: ``examiners.acting_identity`` decides that).
    """
    with open(mirror_path(case_dir), "a+b") as mirror:
        # Another process may be appending to the same case at this moment (a scan while the
        # review page records a decision): the mirror's lock makes read-last, sign, insert and
        # mirror one step, so no two entries take the same place in the chain.
        fcntl.flock(mirror, fcntl.LOCK_EX)
        completed = _complete_mirror(store, mirror.fileno())
        if completed:
            _sign_and_write(store, mirror.fileno(), key, examiner, "custody mirror completed", mirror_path(case_dir).name,
                            completed)
        return _sign_and_write(store, mirror.fileno(), key, examiner, action, subject, details or {})


def _sign_and_write(store: Store, fd: int, key: ExaminerKey, examiner: str, action: str, subject: str,
                    details: dict) -> dict:
    details_text = canonical(details).decode("utf-8")
    last = store.last_custody_entry()
    entry = {
        "seq": (last[0] + 1) if last else 1,
        "time_utc": utc_now(),
        "examiner": examiner,
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
    _write_all(fd, mirror_line(entry))
    return entry


def mirror_line(entry: dict) -> bytes:
    """An entry (as the store keeps it: its details as canonical JSON text) as the mirror writes it:
    one line of JSON, its details as JSON."""
    return (json.dumps({**{k: v for k, v in entry.items() if k != "details"}, "details": json.loads(entry["details"])},
                       ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    """The bytes written to an ``O_APPEND`` descriptor with as few writes as the kernel allows (one, for
    a mirror line), so that a stop leaves a whole line or a torn one, never lines interleaved."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


#: How much of the mirror is read at a time, from its end, to find where its last line starts
_TAIL = 1 << 16


def _last_line_is(fd: int, size: int, last: tuple[int, str]) -> bool:
    """Whether the mirror ends with a whole line that is the store's last entry (``(seq, entry_hash)``),
    read from the end back to the line's start only."""
    if size == 0 or os.pread(fd, 1, size - 1) != b"\n":
        return False
    start, pos = 0, size - 1
    while pos > 0:
        n = min(_TAIL, pos)
        i = os.pread(fd, n, pos - n).rfind(b"\n")
        if i >= 0:
            start = pos - n + i + 1
            break
        pos -= n
    try:
        said = json.loads(os.pread(fd, size - 1 - start, start))
    except ValueError:
        return False
    return isinstance(said, dict) and said.get("seq") == last[0] and said.get("entry_hash") == last[1]


def _whole(fd: int, size: int) -> bytes:
    return os.pread(fd, size, 0)


def _complete_mirror(store: Store, fd: int) -> dict | None:
    """Bring the mirror level with the store after a run that stopped between them: a torn last line
    (a prefix of the line the store's entry gives) is cut and the entries the mirror lacks are written
    from the store, each as the mirror would have written it (they are signed and chained: writing
    them adds nothing a check would not see). What was done, for the entry that records it; None when
    the mirror's last line is the store's last entry (the usual case: only the end of the file is
    read), or when the mirror is not the store's beginning (altered: left as it is, for ``verify``)."""
    last = store.last_custody_entry()
    if last is None:
        return None
    size = os.fstat(fd).st_size
    if _last_line_is(fd, size, last):
        return None
    data = _whole(fd, size)
    lines = [mirror_line(e) for e in store.custody_entries()]
    kept, at = 0, 0
    while kept < len(lines) and data.startswith(lines[kept], at):
        at += len(lines[kept])
        kept += 1
    torn = data[at:]
    if kept == len(lines) or not lines[kept].startswith(torn):
        return None  # ahead of the store, or not what the store holds: verify says so
    os.ftruncate(fd, at)
    for line in lines[kept:]:
        _write_all(fd, line)
    return {"entries_written_from_the_store": [kept + 1, len(lines)], "torn_bytes_removed": len(torn)}


def details_of(entry: dict) -> dict:
    """An entry's details as a dict (the store keeps them as canonical JSON text, the mirror as JSON)."""
    d = entry.get("details")
    if isinstance(d, dict):
        return d
    try:
        value = json.loads(d or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class TrustedKey:
    """A key the log itself introduced, and the examiner it belongs to in this case."""

    fingerprint: str
    public_key_pem: str
    examiner: str
    seq: int  # the entry that introduced it
    by: str  # the examiner whose key signed that entry ("" for the case's first key)


def _first_key(entries: list[dict]) -> tuple[TrustedKey | None, list[str]]:
    """The case's first key: the one that signed "case created" (entry 1). Its public key is in
    that entry's details, or (older cases) in the "key added" entry it signed next."""
    first = entries[0]
    if first.get("action") != "case created":
        return None, [f"custody entry 1 is {first.get('action')!r}, not 'case created': the log does not start the case"]
    fp = first.get("key_fingerprint")
    details = details_of(first)
    pem = details.get("public_key_pem")
    if not pem:
        pem = next((details_of(e).get("public_key_pem") for e in entries[1:3]
                    if e.get("action") == "key added" and e.get("key_fingerprint") == fp
                    and details_of(e).get("fingerprint") == fp), None)
    if not pem:
        return None, ["custody entry 1 (case created): the public key that signed it is given by no entry"]
    return TrustedKey(fp, pem, details.get("examiner") or first.get("examiner", ""), 1, ""), []


def check_chain(entries: list[dict]) -> tuple[list[str], dict[str, TrustedKey]]:
    """Problems with a sequence of entries (from the store or the mirror), one line each, and the
    keys the log trusts.

    Trust comes from the log alone: the first key is the one that signed "case created"; any other
    key only through a "key added" entry signed by a key already trusted (a hand-over). Each entry
    must be signed by a key trusted before it and name that key's examiner.
    """
    problems: list[str] = []
    trusted: dict[str, TrustedKey] = {}
    pubs: dict = {}
    if entries:
        first, problems = _first_key(entries)
        if first:
            trusted[first.fingerprint] = first
    prev = GENESIS
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
        prev = e.get("entry_hash")
        signer = trusted.get(e.get("key_fingerprint"))
        if signer is None:
            problems.append(f"{where} ({e.get('action')}): signed by a key that no trusted entry introduced "
                            f"({e.get('key_fingerprint')})")
            continue
        if signer.fingerprint not in pubs:
            try:
                pubs[signer.fingerprint] = load_public_pem(signer.public_key_pem)
            except Exception:  # noqa: BLE001 - any unreadable key is a problem to report
                pubs[signer.fingerprint] = None
                problems.append(f"the public key {signer.fingerprint} given in custody entry {signer.seq} cannot be read")
        pub = pubs[signer.fingerprint]
        try:
            sig = bytes.fromhex(e.get("signature", ""))
        except ValueError:
            sig = b""
        if pub is not None and not verify_signature(pub, sig, data):
            problems.append(f"{where} ({e.get('action')}): signature does not verify")
        if e.get("examiner") != signer.examiner:
            problems.append(f"{where} ({e.get('action')}): names examiner {e.get('examiner')!r}, but is signed "
                            f"with the key of {signer.examiner!r}")
        if e.get("action") == "key added":
            problems += _introduce(trusted, e, signer, where)
    return problems, trusted


def _introduce(trusted: dict[str, TrustedKey], entry: dict, signer: TrustedKey, where: str) -> list[str]:
    d = details_of(entry)
    fp, pem = d.get("fingerprint"), d.get("public_key_pem")
    try:
        real = fingerprint(load_public_pem(pem or ""))
    except Exception:  # noqa: BLE001
        return [f"{where} (key added): its public key cannot be read"]
    if real != fp or entry.get("subject") != fp:
        return [f"{where} (key added): the fingerprint it states is not that of the key it gives"]
    known = trusted.get(fp)
    if known:
        return [] if known.public_key_pem.strip() == pem.strip() else [f"{where} (key added): gives another key for {fp}"]
    trusted[fp] = TrustedKey(fp, pem, d.get("examiner") or signer.examiner, entry.get("seq", 0), signer.examiner)
    return []


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
