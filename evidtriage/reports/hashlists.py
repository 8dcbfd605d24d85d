"""Hash lists in the formats that standard tools verify on their own.

* ``hashdeep``: the HASHDEEP-1.0 CSV that ``hashdeep -o f -a -k LIST`` audits. Paths are written
  ``./relative/path`` because hashdeep, run as ``hashdeep -r -l .`` from the root, names files
  that way and treats any other spelling as "moved".
* ``sha256sum`` / ``md5sum`` / ``b3sum``: the GNU coreutils check format, ``<hex>  <path>``. A
  path holding a backslash, a newline or a carriage return is escaped as coreutils does (line
  starts with ``\\``, ``\\`` becomes ``\\\\``, newline ``\\n``, carriage return ``\\r``). b3sum
  reads the same convention for ``\\`` and newline but refuses ``\\r`` (it reads a raw carriage
  return in a name), and it refuses any name that is not valid UTF-8 or holds U+FFFD: it defines
  no escaped form for them, and one such line stops it reading the rest of the list. Those files
  are left out of a b3sum list (:func:`unlisted` names them, for the caller to say so); they are
  in the sha256sum, md5sum and hashdeep lists.
* ``json``: one object per file, for programs.

Paths are bytes (exactly as on disk, whatever their encoding) so that the checking tool finds
the very file that was hashed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import UserError
from ..model import Digests

FORMATS = ("hashdeep", "sha256sum", "md5sum", "b3sum", "json")

#: The digest each check format needs.
CHECK_FORMAT_DIGEST = {"sha256sum": "sha256", "md5sum": "md5", "b3sum": "blake3"}
HASHDEEP_DIGESTS = ("md5", "sha1", "sha256")  # hashdeep knows no BLAKE3


@dataclass(frozen=True)
class HashEntry:
    """A file on disk, relative to the root the list is checked from."""

    path: bytes
    size: int
    digests: Digests


def _escape_coreutils(path: bytes, carriage_return: bool = True) -> tuple[bytes, bytes]:
    if b"\\" in path or b"\n" in path or (carriage_return and b"\r" in path):
        escaped = path.replace(b"\\", b"\\\\").replace(b"\n", b"\\n")
        if carriage_return:
            escaped = escaped.replace(b"\r", b"\\r")
        return b"\\", escaped
    return b"", path


def _b3sum_cannot_check(path: bytes) -> str | None:
    """Why b3sum cannot check a file of this name (None: it can)."""
    try:
        text = path.decode("utf-8")
    except UnicodeDecodeError:
        return "its name is not valid UTF-8"
    if "\ufffd" in text:
        return "its name holds U+FFFD, which b3sum takes for a name that is not UTF-8"
    return None


def unlisted(entries: Sequence[HashEntry], fmt: str) -> list[tuple[HashEntry, str]]:
    """The entries a list in ``fmt`` leaves out, each with why (the tool defines no way to write
    its name): a line break for hashdeep; a name that is not UTF-8 for b3sum."""
    out = []
    for e in entries:
        if fmt == "hashdeep" and (b"\n" in e.path or b"\r" in e.path):
            out.append((e, "hashdeep's format cannot hold a line break in a name"))
        elif fmt == "b3sum" and (why := _b3sum_cannot_check(e.path)):
            out.append((e, f"b3sum cannot check it: {why}"))
    return out


def check_format(entries: Sequence[HashEntry], fmt: str) -> bytes:
    """A ``sha256sum``/``md5sum``/``b3sum`` list (a b3sum list leaves out what :func:`unlisted` names)."""
    name = CHECK_FORMAT_DIGEST[fmt]
    b3sum = fmt == "b3sum"
    out = bytearray()
    for e in entries:
        value = e.digests.get(name)
        if value is None:
            raise UserError(f"format {fmt} needs the {name} digest: add it to --digests")
        if b3sum and _b3sum_cannot_check(e.path):
            continue
        prefix, path = _escape_coreutils(e.path, carriage_return=not b3sum)
        out += prefix + value.encode() + b"  " + path + b"\n"
    return bytes(out)


def shown_name(path: bytes) -> str:
    """A name for a message or a note: bytes that are not UTF-8 as ``\\xNN``, a line break escaped."""
    return (path.decode("utf-8", "backslashreplace").replace("\n", "\\n").replace("\r", "\\r"))


def hashdeep_format(entries: Sequence[HashEntry], digests: Sequence[str], root: str,
                    invocation: str) -> bytes:
    """A HASHDEEP-1.0 list with the chosen digests that hashdeep knows."""
    cols = [d for d in HASHDEEP_DIGESTS if d in digests]
    if not cols:
        raise UserError("format hashdeep needs at least one of md5, sha1, sha256 in --digests")
    out = bytearray()
    out += b"%%%% HASHDEEP-1.0\n"
    out += ("%%%% size," + ",".join(cols) + ",filename\n").encode()
    out += b"## Invoked from: " + root.encode("utf-8", "surrogateescape") + b"\n"
    out += b"## $ " + invocation.encode("utf-8", "surrogateescape") + b"\n## \n"
    for e in entries:
        if b"\n" in e.path or b"\r" in e.path:
            # hashdeep's format cannot hold a line break in a name (sha256sum's can): say so in
            # a comment line, which hashdeep ignores, so the gap is visible to a reader
            _, shown = _escape_coreutils(e.path)
            out += b"## not listed, a line break in its name cannot be written here: " + shown + b"\n"
            continue
        values = [e.digests.get(c) or "" for c in cols]
        out += (f"{e.size}," + ",".join(values) + ",").encode() + b"./" + e.path + b"\n"
    return bytes(out)


def json_format(entries: Sequence[HashEntry], digests: Sequence[str]) -> bytes:
    rows = []
    for e in entries:
        row = {"path": e.path.decode("utf-8", "backslashreplace"), "size": e.size}
        for d in digests:
            row[d] = e.digests.get(d)
        rows.append(row)
    return (json.dumps(rows, indent=2, ensure_ascii=False) + "\n").encode()


def render(entries: Sequence[HashEntry], fmt: str, digests: Sequence[str], root: str = ".",
           invocation: str = "evidtriage hash") -> bytes:
    """Render ``entries`` (already in the order wanted) in ``fmt``."""
    if fmt == "hashdeep":
        return hashdeep_format(entries, digests, root, invocation)
    if fmt in CHECK_FORMAT_DIGEST:
        return check_format(entries, fmt)
    if fmt == "json":
        return json_format(entries, digests)
    raise UserError(f"unknown hash list format {fmt!r}: choose from {', '.join(FORMATS)}")
