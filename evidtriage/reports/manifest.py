"""``reports/MANIFEST.sha256``: every report file with its SHA-256, in ``sha256sum -c`` format,
signed by the examiner (``MANIFEST.sha256.sig``: the raw 64-byte Ed25519 signature of the
manifest's bytes; ``MANIFEST.sha256.pub``: the public key, PEM). A third party checks both with
sha256sum and openssl alone (docs/custody.md).
"""

from __future__ import annotations

from pathlib import Path

from ..intake.hashing import file_sha256
from ..custody.keys import ExaminerKey, public_pem

MANIFEST = "MANIFEST.sha256"
OWN_FILES = {MANIFEST, MANIFEST + ".sig", MANIFEST + ".pub"}


def report_files(out_dir: Path) -> list[Path]:
    return sorted(p for p in out_dir.rglob("*") if p.is_file() and p.name not in OWN_FILES
                  and not p.name.endswith(".part"))


def write_manifest(out_dir: Path, key: ExaminerKey) -> dict[str, str]:
    """Write and sign the manifest; returns {relative path: sha256}."""
    digests = {p.relative_to(out_dir).as_posix(): file_sha256(p) for p in report_files(out_dir)}
    data = "".join(f"{d}  {name}\n" for name, d in sorted(digests.items())).encode("utf-8")
    (out_dir / MANIFEST).write_bytes(data)
    (out_dir / (MANIFEST + ".sig")).write_bytes(key.sign(data))
    (out_dir / (MANIFEST + ".pub")).write_text(public_pem(key.public))
    return digests
