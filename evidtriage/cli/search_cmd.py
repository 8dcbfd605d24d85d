"""``evidtriage search`` and ``evidtriage entities``: questions asked of a scanned case."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import out, print_json


def search_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    query: Annotated[str, typer.Argument(help="Words to find (every word must be there), each as written or in "
                                         "its other forms (বলবেন: বলবি, বলছে; passport: passportgulo; beton: baton); "
                                         "a phone number or account also finds its other spellings.")],
    fts: Annotated[bool, typer.Option("--fts", help='Take QUERY as SQLite FTS5 syntax: "exact phrase", a OR b, pass*.')] = False,
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 50,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Search all text extracted from the case (messages, documents, OCR); a word also finds its inflected forms and romanised spellings."""
    from ..case import open_case, require_case
    from ..reports.findings import first_files
    from ..search import search_case

    require_case(case_dir)
    with open_case(case_dir) as store:
        rows = search_case(store, query, fts=fts, limit=limit)
        first = first_files(store.file_records())
        results = []
        for r in rows:
            f = first.get(store.artifact_content(r["artifact"]))
            results.append({**r, "exhibit_id": f.exhibit_id if f else None, "file": f.path if f else None})
    if json_out:
        print_json(results)
        return
    for r in results:
        out.print(f"{r['exhibit_id']}:{r['file']}  {r['snippet']}", markup=False)
    out.print(f"{len(results)} results", markup=False)


def entities_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    min_items: Annotated[int, typer.Option("--min-items", help="Show entities seen in at least this many files.")] = 2,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Entities (phones, accounts, addresses) that tie several items together, most-linked first."""
    from ..case import open_case, require_case
    from ..linking.entity_links import entity_links

    require_case(case_dir)
    with open_case(case_dir) as store:
        links = entity_links(store, min_items)
    if json_out:
        print_json(links)
        return
    for e in links:
        out.print(f"{e['type']:16} {e['value']:36} {e['files']:>3} files {e['artifacts']:>4} items  "
                  f"{', '.join(e['categories']) or '-'}", markup=False)
    out.print(f"{len(links)} linking entities", markup=False)
