"""``evidtriage hash``: hash lists at acquisition time, no case needed."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..intake.hashing import parse_digest_names
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
    relative to the source root, so the standard tools can check the list from there. A disk
    image (raw, split raw, E01) is hashed as a file, and so are the files inside it
    (IMAGE!/p1/path, in the json format) and its media, checked against an E01's stored MD5
    and SHA-1: a mismatch fails the run.
    """
    from ..intake.acquisition import hash_sources
    from ..reports import hashlists

    names = parse_digest_names(digests)
    if format not in hashlists.FORMATS:
        raise UserError(f"unknown format {format!r}: choose from {', '.join(hashlists.FORMATS)}")
    needed = hashlists.CHECK_FORMAT_DIGEST.get(format)
    if needed and needed not in names:
        raise UserError(f"format {format} needs the {needed} digest: add it to --digests")
    with progress_display("acquisition:") as progress:
        listing = hash_sources(sources, names, workers, progress, inside_images=True)
    invocation = "evidtriage hash " + " ".join(shlex.quote(a) for a in sys.argv[2:])
    # a check format holds files on disk only (sha256sum cannot open a path inside an image);
    # the files inside disk images are in the json list
    entries = sorted(listing.entries + listing.inside, key=lambda e: e.path) if format == "json" else listing.entries
    data = hashlists.render(entries, format, names, listing.root, invocation)
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
    failed = _report_images(listing, format, names)
    err.print(f"{len(listing.entries)} files hashed from {listing.root}"
              + (f", {len(listing.skips)} skipped" if listing.skips else ""), markup=False)
    unread = [s for s in listing.skips if s.stage == "hash"]
    if unread:
        # a list that misses files it was asked to cover must not look like a clean acquisition
        err.print(f"evidtriage: {len(unread)} file(s) could not be hashed completely (listed above)",
                  markup=False)
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)


def _report_images(listing, format: str, names: tuple[str, ...]) -> bool:
    """Each disk image's media digests and its E01 check, on stderr; True when a check failed."""
    from ..intake.sources.diskimage import EWF_IMAGE

    failed = False
    for image in listing.images:
        path = image.path.decode("utf-8", "backslashreplace")
        kind = "E01" if image.kind == EWF_IMAGE else "raw image"
        digests = ", ".join(f"{n} {image.media.get(n)}" for n in names)
        inside = sum(1 for e in listing.inside if e.path.startswith(image.path + b"!/"))
        err.print(f"image {path} ({kind}, {image.segments} segment(s)): media {image.media.bytes_hashed} bytes, {digests}",
                  markup=False)
        if image.mismatches:
            failed = True
            bad = "; ".join(f"{n.upper().replace('SHA1', 'SHA-1')} stored {image.stored[n]}, computed {image.media.get(n)}" for n in image.mismatches)
            err.print(f"evidtriage: E01 VERIFICATION FAILED for {path}: {bad}: the image is damaged or was altered",
                      markup=False)
        elif image.stored:
            checked = [n.upper().replace("SHA1", "SHA-1") for n in sorted(image.stored) if image.media.get(n)]
            err.print(f"image {path}: {' and '.join(checked) or 'no digest'} "
                      f"{'match' if checked else 'checked'} the digests stored at acquisition"
                      + ("" if checked else f" (add {', '.join(sorted(image.stored))} to --digests to check them)"),
                      markup=False)
        where = "listed above" if format == "json" else "listed with --format json (this format holds files on disk only)"
        err.print(f"image {path}: {inside} files inside, {where}", markup=False)
    return failed
