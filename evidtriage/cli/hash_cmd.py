"""``evidtriage hash``: hash lists at acquisition time, no case needed."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..hashing import parse_digest_names
from ..errors import UserError
from .common import err, progress_display


def hash_command(
    sources: Annotated[list[str], typer.Argument(help="Folders or files to hash (read-only).")],
    digests: Annotated[str, typer.Option(help="Digests to compute, comma-separated: md5,sha1,sha256,blake3.")] = "md5,sha1,sha256,blake3",
    format: Annotated[str, typer.Option("--format", "-f", help="hashdeep | sha256sum | md5sum | b3sum | json.")] = "hashdeep",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the list here instead of standard output.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
) -> None:
    """Hash files for acquisition: one read each, a list that hashdeep, sha256sum or b3sum checks.

    Every file on disk under SOURCE... is hashed (archives as files, not opened); paths are
    relative to the source root, so the standard tools can check the list from there.
    """
    from ..acquisition import hash_sources
    from ..reports import hashlists

    names = parse_digest_names(digests)
    if format not in hashlists.FORMATS:
        raise UserError(f"unknown format {format!r}: choose from {', '.join(hashlists.FORMATS)}")
    needed = hashlists.CHECK_FORMAT_DIGEST.get(format)
    if needed and needed not in names:
        raise UserError(f"format {format} needs the {needed} digest: add it to --digests")
    with progress_display("acquisition:") as progress:
        listing = hash_sources(sources, names, workers, progress)
    invocation = "evidtriage hash " + " ".join(shlex.quote(a) for a in sys.argv[2:])
    data = hashlists.render(listing.entries, format, names, listing.root, invocation)
    if out is not None:
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    for e, why in hashlists.unlisted(listing.entries, format):
        err.print(f"not in the {format} list: {hashlists.shown_name(e.path)}: {why} "
                  "(it is in a sha256sum or md5sum list)", markup=False)
    for s in listing.skips:
        err.print(f"skipped {s.path}: {s.reason}", markup=False)
    err.print(f"{len(listing.entries)} files hashed from {listing.root}"
              + (f", {len(listing.skips)} skipped" if listing.skips else ""), markup=False)
    unread = [s for s in listing.skips if s.stage == "hash"]
    if unread:
        # a list that misses files it was asked to cover must not look like a clean acquisition
        err.print(f"evidtriage: {len(unread)} file(s) could not be hashed completely (listed above)",
                  markup=False)
        raise typer.Exit(1)
