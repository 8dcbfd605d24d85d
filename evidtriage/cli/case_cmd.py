"""``evidtriage case ...`` and ``evidtriage evidence ...``: a case folder and its exhibits."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import ExaminerOpt, err, out, print_json

case_app = typer.Typer(help="Create and inspect case folders.", no_args_is_help=True)
evidence_app = typer.Typer(help="Add evidence sources (exhibits) to a case.", no_args_is_help=True)


@case_app.command("init")
def case_init(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder to create.")],
    case_id: Annotated[str, typer.Option("--case-id", help="The case reference, e.g. CID-2026-0147.")],
    examiner: Annotated[str, typer.Option(help="Name of the examiner doing the work.")],
    agency: Annotated[str, typer.Option(help="The examiner's agency or unit.")] = "",
    authority: Annotated[str, typer.Option(help='Legal authority, e.g. "warrant no. 123/2026".')] = "",
    timezone: Annotated[str, typer.Option(help="IANA zone assumed for zone-less times in the evidence, e.g. Asia/Dhaka.")] = "",
) -> None:
    """Create a new case folder with its case store."""
    from ..case import init_case
    from ..model import CaseInfo

    store = init_case(case_dir, CaseInfo(case_id, examiner, agency, authority, timezone))
    for n in store.notices:
        err.print(n, markup=False)
    store.close()
    out.print(f"case {case_id} created in {case_dir}", markup=False)


@case_app.command("show")
def case_show(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Show a case's details and its exhibits."""
    from ..case import open_case

    with open_case(case_dir) as store:
        info = store.case_info()
        exhibits = store.exhibits()
    data = {"case_id": info.case_id, "examiner": info.examiner, "agency": info.agency,
            "authority": info.authority, "timezone": info.timezone, "created_utc": info.created_utc,
            "exhibits": [{"id": e.id, "source": e.source, "kind": e.kind,
                          "description": e.description} for e in exhibits]}
    if json_out:
        print_json(data)
        return
    for key in ("case_id", "examiner", "agency", "authority", "timezone", "created_utc"):
        out.print(f"{key:12} {data[key]}", markup=False)
    for e in exhibits:
        out.print(f"exhibit {e.id}: {e.kind} {e.source} {e.description}".rstrip(), markup=False)


@case_app.command("handover")
def case_handover(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    examiner: Annotated[str, typer.Option("--examiner", help="Name of the colleague taking over.")],
    public_key: Annotated[str, typer.Option("--public-key", help="The colleague's public key (the .pub file 'evidtriage key new' wrote on their machine).")],
    by: Annotated[str, typer.Option("--by", help="The examiner of the case handing over (default: the one whose key is on this machine).")] = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Add a colleague as an examiner of the case: a signed "key added" entry binds their key to
    their name; from then on they sign their own entries with their own key."""
    from ..case import open_case, require_case
    from ..custody.examiners import handover

    require_case(case_dir)
    with open_case(case_dir) as store:
        added = handover(store, case_dir, examiner, public_key, by)
    if json_out:
        print_json({"examiner": added.examiner, "fingerprint": added.fingerprint, "by": added.by, "entry": added.seq})
        return
    out.print(f"examiner {added.examiner} added to the case by {added.by} (custody entry {added.seq})", markup=False)
    out.print(f"their key fingerprint: {added.fingerprint}", markup=False)
    out.print("have them confirm it is the fingerprint 'evidtriage key new' showed them", markup=False)


@evidence_app.command("add")
def evidence_add(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    source: Annotated[str, typer.Argument(help="A folder, a zip or a single file; read-only.")],
    exhibit: Annotated[str, typer.Option(help="Exhibit id, e.g. EX01 or the seizure label.")],
    description: Annotated[str, typer.Option(help="What the exhibit is.")] = "",
    examiner: ExaminerOpt = "",
) -> None:
    """Add an evidence source to the case as an exhibit: its files are hashed now and the signed
    "evidence added" entry holds their listing (the rest is read by `scan`)."""
    from ..case import add_evidence, open_case

    with open_case(case_dir) as store:
        ex, new = add_evidence(store, case_dir, source, exhibit, description, examiner)
        for n in store.notices:
            err.print(n, markup=False)
    out.print(f"exhibit {ex.id} {'added' if new else 'already in the case'}: {ex.source}", markup=False)
