"""``evidtriage review``: the examiner's decisions on findings: a local review page, --set, --list."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import ExaminerOpt, err, out, print_json


def review_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    set_: Annotated[tuple[str, str], typer.Option(
        "--set", metavar="KEY DECISION",
        help="Record a decision: KEY is a finding id (f-…, shown on each finding of the report) or an artifact key; "
             "DECISION is relevant, not-relevant or needs-translation. Signed into the custody log; a later "
             "decision on the same KEY supersedes it.")] = ("", ""),
    comment: Annotated[str, typer.Option("--comment", help="A comment kept with the decision (shown as plain text).")] = "",
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A tag (a name: letters, digits, spaces, - _ .); repeat for several.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the decisions in force, and how many were superseded.")] = False,
    history: Annotated[bool, typer.Option("--history", help="With --list: every decision ever recorded, in the log's order.")] = False,
    port: Annotated[int, typer.Option("--port", help="Without --set or --list: the port to serve on (0: any free one).")] = 0,
    examiner: ExaminerOpt = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Review the findings: without options, serve a review page on 127.0.0.1 (a random token in its URL) where each finding is marked relevant, not relevant or needs translation; --set records one decision, --list lists them. Every decision is a signed custody entry."""
    from ..case import open_case, recorder, require_case
    from ..errors import UserError
    from ..review import decisions

    key, decision = set_
    if (comment or tag) and not key:
        raise UserError("--comment and --tag go with --set KEY DECISION")
    if key and list_:
        raise UserError("--set and --list are separate commands: give one")
    require_case(case_dir)
    with open_case(case_dir) as store:
        if not key and not list_:
            from ..review.server import serve

            def ready(server) -> None:
                out.print(f"review page: {server.url}", markup=False)
                err.print("open it in a browser on this machine; Ctrl-C stops the server", markup=False)

            serve(store, case_dir, recorder(store, case_dir, examiner), port, ready)
            err.print("review server stopped; every decision made is in the custody log", markup=False)
            return
        if key:
            made = decisions.decide(store, case_dir, recorder(store, case_dir, examiner), key, decision,
                                    comment, tuple(tag or ()))
            if json_out:
                print_json(made.as_dict())
            else:
                was = f" (supersedes custody entry {made.supersedes})" if made.supersedes else ""
                out.print(f"{made.key}: {made.decision}, by {made.examiner} at {made.time_utc}, custody entry "
                          f"{made.seq}{was}", markup=False)
            return
        rows = decisions.history(store) if history else list(decisions.current(store).values())
        superseded = len(decisions.history(store)) - len(decisions.current(store))
    if json_out:
        print_json([d.as_dict() for d in rows])
        return
    for d in rows:
        tags = f" [{', '.join(d.tags)}]" if d.tags else ""
        note = f"  {d.comment!r}" if d.comment else ""
        out.print(f"{d.seq:>5}  {d.time_utc}  {d.key}  {d.decision}{tags}  by {d.examiner}{note}", markup=False)
    out.print(f"{len(rows)} decision{'s' if len(rows) != 1 else ''}"
              + ("" if history else f" in force, {superseded} superseded"), markup=False)
