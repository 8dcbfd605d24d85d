"""The acquisition listing: what each exhibit held when it was added, signed into the log.

When a folder is added as an exhibit, every file on disk in it is hashed and listed in
``sha256sum`` form (``DIR/acquisition/EXHIBIT.sha256``, paths relative to the folder, escaped as
coreutils escapes them); the signed "evidence added" entry holds the listing's own SHA-256, its
file count and bytes. What was on disk but not hashed (symbolic links, named pipes, devices,
files that could not be read) is listed beside it (``EXHIBIT.skipped``: the path, a tab, and why,
a line each), and that list's SHA-256 is signed too. A single-file exhibit's four digests are in
the entry itself.

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

from ..intake.acquisition import HashListing, hash_sources
from ..errors import SourceError
from ..model import Exhibit
from ..reports.hashlists import check_format

ALL_DIGESTS = ("md5", "sha1", "sha256", "blake3")
LISTING_FORMAT = ("sha256sum -c lines of every file on disk, sorted by path, paths relative to the folder "
                  "(a name holding a backslash or line break escaped as coreutils does)")


SKIPPED_FORMAT = "a line for each entry on disk not hashed: its path as in the listing, a tab, why; sorted by path"


def listing_path(case_dir: str | os.PathLike, exhibit_id: str) -> Path:
    return Path(case_dir) / "acquisition" / f"{exhibit_id}.sha256"


def skipped_listing(skips) -> bytes:
    """The ``EXHIBIT.skipped`` file: what was on disk and not hashed, with why."""
    lines = sorted({(s.path, s.reason.replace("\n", " ").replace("\t", " ")) for s in skips})
    return "".join(f"{p}\t{r}\n" for p, r in lines).encode("utf-8", "surrogateescape")


def parse_skipped(data: bytes) -> dict[str, str]:
    out = {}
    for line in data.decode("utf-8", "surrogateescape").split("\n"):
        if line:
            path, _, reason = line.partition("\t")
            out[path] = reason
    return out


def acquire(exhibit: Exhibit, workers: int = 0) -> tuple[dict, dict[str, bytes]]:
    """Hash the exhibit as it is now: the "evidence added" entry's ``acquisition_digests``, and
    for a folder the files (paths relative to the case folder) whose SHA-256 they hold."""
    listing = hash_sources([exhibit.source], ALL_DIGESTS, workers)
    if exhibit.kind == "file":
        (entry,) = listing.entries or [None]
        d = entry.digests if entry else None
        return {"size": entry.size if entry else None, "md5": d and d.md5, "sha1": d and d.sha1,
                "sha256": d and d.sha256, "blake3": d and d.blake3}, {}
    data = check_format(listing.entries, "sha256sum")
    skipped = skipped_listing(listing.skips)
    files = {f"acquisition/{exhibit.id}.sha256": data, f"acquisition/{exhibit.id}.skipped": skipped}
    return {"files": len(listing.entries), "bytes": sum(e.size for e in listing.entries),
            "manifest_sha256": hashlib.sha256(data).hexdigest(), "manifest_format": LISTING_FORMAT,
            "listing_file": f"acquisition/{exhibit.id}.sha256", "not_hashed": len(listing.skips),
            "skipped_file": f"acquisition/{exhibit.id}.skipped",
            "skipped_sha256": hashlib.sha256(skipped).hexdigest(), "skipped_format": SKIPPED_FORMAT}, files


def write_listings(case_dir: str | os.PathLike, files: dict[str, bytes]) -> None:
    """Write the files :func:`acquire` returned, each whole or not at all."""
    for rel, data in files.items():
        path = Path(case_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)


#: Skips that are not content: entries a walk never opens (see sources.folder). At acquisition
#: they were listed, not hashed; on a case whose entry lists no skips they are not problems.
_NOT_CONTENT = (": not followed", ": not opened")


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
    result.problems += _check_skips(case_dir, exhibit_id, acquired, now.skips, source)
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


def _check_skips(case_dir: str, exhibit_id: str, acquired: dict, skips, source: str) -> list[str]:
    """What is wrong with the entries not hashed now, against those signed at acquisition."""
    name = f"exhibit {exhibit_id}"
    now = {s.path: s.reason for s in skips}
    rel = acquired.get("skipped_file")
    if not rel:  # an older case: its links and pipes were never content; read errors are problems
        return [f"{name}: {p} cannot be read now: {r}" for p, r in sorted(now.items())
                if not r.endswith(_NOT_CONTENT)]
    path = Path(case_dir) / rel
    if not path.is_file():
        return [f"{name}: {rel} (what was not hashed at acquisition) is missing, so the links and pipes "
                "cannot be checked"] + [f"{name}: {p} cannot be read now: {r}" for p, r in sorted(now.items())]
    recorded = path.read_bytes()
    if hashlib.sha256(recorded).hexdigest() != acquired.get("skipped_sha256"):
        return [f"{name}: {rel} is not the list that was signed (altered)"]
    then, problems = parse_skipped(recorded), []
    for p in sorted(set(then) | set(now)):
        if p not in now:
            if not os.path.lexists(os.path.join(source, p)):  # a file now: the listing comparison names it
                problems.append(f"evidence {exhibit_id}:{p} is missing (at acquisition: {then[p]})")
            continue
        if p not in then:
            problems.append(f"evidence {exhibit_id}:{p} was not there at acquisition, or was a file then "
                            f"({now[p]})")
        elif then[p] != now[p]:
            problems.append(f"evidence {exhibit_id}:{p} has changed: {now[p]} (at acquisition: {then[p]})")
    return problems
