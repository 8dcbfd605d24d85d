"""Write a case's reports into ``DIR/reports/``.

Each format is its own module; this one only chooses which to write and where. Files are
written under a temporary name and renamed, so a report folder never holds a half-written file
under its final name.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from ..errors import UserError
from ..store import Store
from . import hashlists
from .csv_report import write_csv_reports
from .findings import build_findings, write_findings

AVAILABLE = ("json", "html", "pdf", "csv", "case-uco", "hashdeep", "sha256sum", "md5sum", "b3sum")
PLANNED: tuple[str, ...] = ()
HASHLIST_SUFFIX = {"hashdeep": "hashdeep.txt", "sha256sum": "sha256", "md5sum": "md5", "b3sum": "b3"}


def parse_formats(spec: str) -> tuple[str, ...]:
    names = [n.strip().lower() for n in spec.split(",") if n.strip()]
    if not names:
        raise UserError("no report format given")
    out: list[str] = []
    for n in names:
        if n == "all":
            out.extend(AVAILABLE)
        elif n in PLANNED:
            raise UserError(f"report format {n} is not available in this version yet "
                            f"(available: {', '.join(AVAILABLE)}, all)")
        elif n in AVAILABLE:
            out.append(n)
        else:
            raise UserError(f"unknown report format {n!r}: choose from "
                            f"{', '.join(AVAILABLE + PLANNED)}, all")
    return tuple(dict.fromkeys(out))


def _atomic_write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _atomic_write_parts(path: Path, parts) -> Path:
    """:func:`_atomic_write` of a text made a piece at a time (UTF-8), never held whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        for part in parts:
            fh.write(part)
    tmp.replace(path)
    return path


def write_hashlists(store: Store, out_dir: Path, fmt: str) -> list[Path]:
    """One list per exhibit, checkable from the exhibit's root (a file exhibit: its folder)."""
    written = []
    for ex in store.exhibits():
        entries = [hashlists.HashEntry(disk_rel(ex.source, ex.kind, raw), rec.size, rec.digests)
                   for raw, rec in store.disk_files(ex.id)]
        root = ex.source if ex.kind == "folder" else str(Path(ex.source).parent)
        data = hashlists.render(entries, fmt, ("md5", "sha1", "sha256", "blake3"), root,
                                f"evidtriage report --format {fmt} (exhibit {shlex.quote(ex.id)})")
        name = f"{ex.id}.{HASHLIST_SUFFIX[fmt]}"
        written.append(_atomic_write(out_dir / "hashes" / name, data))
        if fmt == "b3sum":  # (hashdeep's list names what it leaves out in comment lines; b3sum reads none)
            note = out_dir / "hashes" / f"{name}.not-listed.txt"
            left_out = hashlists.unlisted(entries, fmt)
            if left_out:
                written.append(_atomic_write(note, not_listed_note(ex.id, name, left_out)))
            elif note.exists():
                note.unlink()  # from an earlier report of another state of the case
    return written


def not_listed_note(exhibit_id: str, list_name: str, left_out) -> bytes:
    """What a hash list leaves out (its tool cannot read those names), with why and the BLAKE3."""
    lines = [f"# Files of exhibit {exhibit_id} that are not in {list_name}, because its tool cannot check them;\n",
             f"# each is in {exhibit_id}.sha256, {exhibit_id}.md5 and {exhibit_id}.hashdeep.txt.\n",
             "# name (bytes that are not UTF-8 written \\xNN), a tab, why, a tab, its BLAKE3\n"]
    lines += [f"{hashlists.shown_name(e.path)}\t{why}\t{e.digests.blake3 or ''}\n" for e, why in left_out]
    return "".join(lines).encode("utf-8")


def disk_rel(source: str, kind: str, raw_disk_path: bytes) -> bytes:
    """A file's path relative to its exhibit's root, as bytes."""
    root = os.fsencode(source if kind == "folder" else os.path.dirname(source))
    return os.path.relpath(raw_disk_path, root)


def read_custody(case_dir: str) -> list[dict]:
    """The case's custody log mirror (``custody.jsonl``), if it has one: its entries that are JSON (a
    line that is not is left out here, and ``evidtriage verify`` names it)."""
    from ..custody.log import read_mirror

    return read_mirror(case_dir)[0]  # no mirror: no entries (verify names it missing)


REVIEWED_FORMATS = ("html", "pdf")


def write_reports(store: Store, case_dir: str, formats: tuple[str, ...], out: str | None = None,
                  record=None, reviewed: bool = False) -> list[Path]:
    """Write the chosen formats; ``out`` overrides the folder (default ``DIR/reports``).

    With ``reviewed``, the reviewed report instead (``reviewed.html``, ``reviewed.pdf``): the
    findings the examiner marked relevant, with comments and conversation context.

    With ``record`` (a custody recorder), the signed manifest is rewritten over every file in
    the folder and a "report written" entry lists each file's SHA-256.
    """
    out_dir = Path(out) if out else Path(case_dir) / "reports"
    written: list[Path] = []
    built: dict = {}

    def findings() -> dict:  # built once, for every format that needs it
        if "f" not in built:
            built["f"] = build_findings(store)
        return built["f"]

    def custody() -> list[dict]:  # read once: nothing is logged until every file is written
        if "c" not in built:
            built["c"] = read_custody(case_dir)
        return built["c"]

    where = str(Path(case_dir).resolve())  # the case folder as the reports' commands name it

    if reviewed:
        other = [f for f in formats if f not in REVIEWED_FORMATS]
        if other:
            raise UserError(f"--reviewed writes html and pdf only (not {', '.join(other)})")
    for fmt in formats:
        if reviewed and fmt == "html":
            from .html_report import render_reviewed_html

            html = render_reviewed_html(findings(), custody(), case_dir=where)
            written.append(_atomic_write(out_dir / "reviewed.html", html.encode("utf-8")))
        elif reviewed:
            from .pdf_report import render_reviewed_pdf

            written.append(_atomic_write(out_dir / "reviewed.pdf", render_reviewed_pdf(
                findings(), custody(), case_dir=where)))
        elif fmt == "json":
            written.extend(write_findings(store, out_dir / "findings.json", findings()))
        elif fmt == "html":
            from .html_report import html_parts

            from .thumbnails import case_thumbnails

            parts = html_parts(findings(), custody(), case_thumbnails(store, findings()["files"]), case_dir=where)
            written.append(_atomic_write_parts(out_dir / "report.html", parts))
        elif fmt == "pdf":
            from .pdf_report import render_pdf

            written.append(_atomic_write(out_dir / "report.pdf", render_pdf(findings(), custody(), case_dir=where)))
        elif fmt == "case-uco":
            from .case_uco import render_case_uco

            written.append(_atomic_write(out_dir / "case-uco.jsonld", render_case_uco(findings(), custody())))
        elif fmt == "csv":
            written.extend(write_csv_reports(findings(), out_dir))
        else:
            written.extend(write_hashlists(store, out_dir, fmt))
    if not out:
        from .. import __version__
        from .readme import case_readme

        from ..custody.anchor import head

        info = store.case_info()
        now = head(info.case_id, custody())
        block = now.block(shlex.quote(where)) if now else ""
        _atomic_write(Path(case_dir) / "README.txt",
                      case_readme(info.case_id, __version__, case_dir, store.exhibits(), block).encode("utf-8"))
    if record is not None:
        from .manifest import write_manifest

        digests = write_manifest(out_dir, record.key)
        inside = out_dir.resolve() == (Path(case_dir) / "reports").resolve()
        # verify checks the case's own folder ("reports"); a folder elsewhere is named in full
        details = {"formats": list(formats), "files": digests, **({"reviewed": True} if reviewed else {}),
                   "location": "reports" if inside else str(out_dir.resolve())}
        record("report written", str(out_dir), details)
    return written
