"""``evidtriage hashset ...``: known-good and known-bad hash sets."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import ExaminerOpt, out, print_json

hashset_app = typer.Typer(help="Import and list known-good / known-bad hash sets.", no_args_is_help=True)

LibraryOpt = Annotated[Path | None, typer.Option("--library", help="Hash-set library file (default $EVIDTRIAGE_HASHSETS or ~/.local/share/evidtriage/hashsets.sqlite).")]


@hashset_app.command("import")
def hashset_import(
    file: Annotated[Path, typer.Argument(help="The hash set file.")],
    kind: Annotated[str, typer.Option(help="known-good (leave out) or known-bad (flag, never show).")],
    format: Annotated[str, typer.Option("--format", help="nsrl | vics | hashlist | csv.")],
    name: Annotated[str, typer.Option(help="Name of the set (default: the file name).")] = "",
    library: LibraryOpt = None,
    case: Annotated[str | None, typer.Option("--case", help="Also record the import, with the set's sha256, in this case's custody log.")] = None,
    examiner: ExaminerOpt = "",
) -> None:
    """Import a hash set, whole or not at all, into the hash-set library."""
    from ..case import open_case, recorder, require_case
    from ..linking.hashsets import default_library_path, import_hashset
    from ..store import HashSetLibrary

    if case:
        require_case(case)
        with open_case(case) as store:
            recorder(store, case, examiner)  # someone who cannot sign for the case is refused before the import
    with HashSetLibrary(library or default_library_path()) as lib:
        info = import_hashset(lib, file, format, kind, name)
    if case:
        with open_case(case) as store:
            recorder(store, case, examiner)("hash set imported", info["name"], info)
    out.print(f"imported {info['entries']} digests as {info['kind']} set {info['name']!r} "
              f"(file sha256 {info['sha256']}) into {library or default_library_path()}", markup=False)


@hashset_app.command("list")
def hashset_list(
    library: LibraryOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List the hash sets in the library."""
    from ..linking.hashsets import default_library_path
    from ..store import HashSetLibrary

    with HashSetLibrary(library or default_library_path()) as lib:
        sets = lib.sets()
    if json_out:
        print_json(sets)
        return
    for s in sets:
        out.print(f"{s['name']:30} {s['kind']:10} {s['format']:8} {s['entries']:>10}  sha256 {s['sha256']}", markup=False)
