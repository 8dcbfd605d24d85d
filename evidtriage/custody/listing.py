"""The acquisition listing: what each exhibit held when it was added, signed into the log.

When a folder is added as an exhibit, every file on disk in it is hashed and listed in
``sha256sum`` form (``DIR/acquisition/EXHIBIT.sha256``, paths relative to the folder, escaped as
coreutils escapes them); the signed "evidence added" entry holds the listing's own SHA-256, its
file count and bytes. A single-file exhibit's four digests are in the entry itself.

``verify`` compares the evidence as it is now with that signed record, never with the case
store's tables (anyone who can write the case folder can edit those): a changed file, a missing
file and a file planted after acquisition are each named. A defence expert can do the same with
``sha256sum`` alone (docs/custody.md).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..acquisition import HashListing, hash_sources
from ..errors import SourceError
from ..model import Exhibit
from ..reports.hashlists import check_format

ALL_DIGESTS = ("md5", "sha1", "sha256", "blake3")
LISTING_FORMAT = ("sha256sum -c lines of every file on disk, sorted by path, paths relative to the folder "
                  "(a name holding a backslash or line break escaped as coreutils does)")


def listing_path(case_dir: str | os.PathLike, exhibit_id: str) -> Path:
    return Path(case_dir) / "acquisition" / f"{exhibit_id}.sha256"


def acquire(exhibit: Exhibit, workers: int = 0) -> tuple[dict, bytes | None]:
    """Hash the exhibit as it is now: the "evidence added" entry's ``acquisition_digests``, and
    for a folder the listing whose SHA-256 they hold."""
    listing = hash_sources([exhibit.source], ALL_DIGESTS, workers)
    if exhibit.kind == "file":
        (entry,) = listing.entries or [None]
        d = entry.digests if entry else None
        return {"size": entry.size if entry else None, "md5": d and d.md5, "sha1": d and d.sha1,
                "sha256": d and d.sha256, "blake3": d and d.blake3}, None
    data = check_format(listing.entries, "sha256sum")
    return {"files": len(listing.entries), "bytes": sum(e.size for e in listing.entries),
            "manifest_sha256": hashlib.sha256(data).hexdigest(), "manifest_format": LISTING_FORMAT,
            "listing_file": f"acquisition/{exhibit.id}.sha256", "not_hashed": len(listing.skips)}, data


def write_listing(case_dir: str | os.PathLike, exhibit_id: str, data: bytes) -> Path:
    path = listing_path(case_dir, exhibit_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def parse_listing(data: bytes) -> dict[bytes, str]:
    """``{path: sha256}`` from ``sha256sum`` lines (coreutils escapes undone)."""
    out = {}
    for line in data.split(b"\n"):
        if not line:
            continue
        escaped = line.startswith(b"\\")
        if escaped:
            line = line[1:]
        digest, _, path = line.partition(b"  ")
        if escaped:
            path = _unescape(path)
        out[path] = digest.decode("ascii", "replace")
    return out


def _unescape(path: bytes) -> bytes:
    out, i = bytearray(), 0
    while i < len(path):
        if path[i:i + 1] == b"\\" and i + 1 < len(path):
            out += {b"n": b"\n", b"r": b"\r", b"\\": b"\\"}.get(path[i + 1:i + 2], path[i:i + 2])
            i += 2
        else:
            out += path[i:i + 1]
            i += 1
    return bytes(out)


def _legacy_digest(listing: HashListing) -> str:
    """The listing digest as older cases computed it (names decoded, unescaped)."""
    lines = "".join(f"{e.digests.sha256}  {os.fsdecode(e.path)}\n" for e in listing.entries)
    return hashlib.sha256(lines.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass
class ExhibitCheck:
    problems: list[str] = field(default_factory=list)
    files: int = 0


def check_exhibit(case_dir: str, exhibit_id: str, signed: dict, source: str, workers: int = 0) -> ExhibitCheck:
    """Compare one exhibit as it is now at ``source`` with its signed "evidence added" details."""
    result = ExhibitCheck()
    name = f"exhibit {exhibit_id}"
    acquired = signed.get("acquisition_digests") or {}
    kind = signed.get("kind", "folder")
    try:
        now = hash_sources([source], ALL_DIGESTS, workers)
    except SourceError as exc:
        result.problems.append(f"{name}: its evidence cannot be checked ({exc}); if it was moved, give "
                               f"--evidence-root {exhibit_id}=NEW_PLACE, or --no-evidence to check the log and reports alone")
        return result
    if kind == "file":
        result.files = len(now.entries)
        if not now.entries:
            result.problems.append(f"{name}: {source} cannot be read now")
            return result
        d = now.entries[0].digests
        for algo in ALL_DIGESTS:
            if acquired.get(algo) and acquired[algo] != d.get(algo):
                result.problems.append(f"{name}: {source} has changed since it was added "
                                       f"({algo} {d.get(algo)}, signed {acquired[algo]})")
                break
        return result
    data = check_format(now.entries, "sha256sum")
    result.files = len(now.entries)
    for skip in now.skips:
        result.problems.append(f"{name}: {skip.path} cannot be read now: {skip.reason}")
    signed_digest = acquired.get("manifest_sha256")
    if not signed_digest:
        result.problems.append(f"{name}: its 'evidence added' entry holds no acquisition listing digest")
        return result
    if hashlib.sha256(data).hexdigest() == signed_digest or _legacy_digest(now) == signed_digest:
        return result
    listing_file = Path(case_dir) / acquired["listing_file"] if acquired.get("listing_file") else None
    if listing_file is None or not listing_file.is_file():
        result.problems.append(f"{name}: the files differ from the signed acquisition listing "
                               f"({len(now.entries)} files now, {acquired.get('files')} signed)"
                               + ("; the per-file listing is missing, so which files cannot be said"
                                  if listing_file else ""))
        return result
    recorded = listing_file.read_bytes()
    if hashlib.sha256(recorded).hexdigest() != signed_digest:
        result.problems.append(f"{name}: {acquired['listing_file']} is not the listing that was signed (altered); "
                               f"the files differ from the signed digest ({len(now.entries)} files now, "
                               f"{acquired.get('files')} signed)")
        return result
    then, current = parse_listing(recorded), parse_listing(data)
    for path in sorted(set(then) | set(current)):
        shown = os.fsdecode(path)
        if path not in current:
            result.problems.append(f"evidence {exhibit_id}:{shown} is missing (listed at acquisition)")
        elif path not in then:
            result.problems.append(f"evidence {exhibit_id}:{shown} was not there at acquisition (added since)")
        elif then[path] != current[path]:
            result.problems.append(f"evidence {exhibit_id}:{shown} has changed (sha256 {current[path]}, "
                                   f"signed {then[path]})")
    return result
