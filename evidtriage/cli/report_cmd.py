"""``evidtriage report``: write a case's reports."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import ExaminerOpt, err, out


def report_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json | html | pdf | csv | case-uco | hashdeep | sha256sum | md5sum | b3sum | all (comma-separated).")] = "all",
    out_dir: Annotated[str | None, typer.Option("--out", help="Folder to write into (default DIR/reports).")] = None,
    reviewed: Annotated[bool, typer.Option("--reviewed", help="Write the reviewed report instead (reviewed.html, reviewed.pdf; html and pdf only): the findings marked relevant with 'evidtriage review', with comments and the messages around each.")] = False,
    examiner: ExaminerOpt = "",
) -> None:
    """Write the case's reports from its store (no evidence is read)."""
    from ..case import open_case, recorder, require_case
    from ..reports.writer import parse_formats, write_reports

    formats = parse_formats("html,pdf" if reviewed and format == "all" else format)
    require_case(case_dir)
    with open_case(case_dir) as store:
        written = write_reports(store, case_dir, formats, out_dir, record=recorder(store, case_dir, examiner),
                                reviewed=reviewed)
        for n in store.notices:
            err.print(n, markup=False)
    for p in written:
        out.print(f"wrote {p}", markup=False)
