"""``evidtriage key new``, ``evidtriage verify`` and ``evidtriage custody anchor``."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import ExaminerOpt, err, out, print_json

key_app = typer.Typer(help="Examiner signing keys (Ed25519).", no_args_is_help=True)
custody_app = typer.Typer(help="The custody log: its anchor.", no_args_is_help=True)


@key_app.command("new")
def key_new(
    name: Annotated[str, typer.Option(help="Name of the key file in the config folder.")] = "examiner",
    passphrase: Annotated[bool, typer.Option("--passphrase/--no-passphrase", help="Protect the private key with a passphrase (from EVIDTRIAGE_KEY_PASSPHRASE, or asked).")] = False,
) -> None:
    """Make an Ed25519 key pair for signing custody logs and report manifests."""
    from ..custody.keys import new_key

    secret = None
    if passphrase:
        secret = os.environ.get("EVIDTRIAGE_KEY_PASSPHRASE") or typer.prompt(
            "passphrase", hide_input=True, confirmation_prompt=True, err=True)
    key = new_key(name, secret)
    out.print(f"key {key.name}: {key.path} (private, mode 0600), fingerprint {key.fingerprint}", markup=False)
    out.print(f"public key (give it to the examiner who hands a case over to you): {key.path.with_suffix('.pub')}",
              markup=False)


def _evidence_roots(specs: list[str] | None) -> dict[str, str]:
    from ..errors import UserError

    roots = {}
    for spec in specs or ():
        exhibit, sep, path = spec.partition("=")
        if not sep or not exhibit or not path:
            raise UserError(f"--evidence-root takes EXHIBIT=PATH, not {spec!r}")
        roots[exhibit] = path
    return roots


def verify_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    evidence: Annotated[bool, typer.Option("--evidence/--no-evidence", help="Re-hash the evidence against the signed acquisition listings (evidence that cannot be found is a failure); --no-evidence checks the log and reports alone.")] = True,
    evidence_root: Annotated[list[str] | None, typer.Option("--evidence-root", metavar="EXHIBIT=PATH", help="Where an exhibit's evidence is now, if it was moved (once per exhibit).")] = None,
    anchor: Annotated[str, typer.Option("--anchor", metavar="HASH", help="An entry hash kept outside the case folder ('custody anchor'): the log must still hold that entry.")] = "",
    workers: Annotated[int, typer.Option(help="Worker processes for re-hashing (0: one per core).")] = 0,
    examiner: ExaminerOpt = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check the custody log, its keys, the reports and the evidence against what was signed; exit 0 only if all hold."""
    from ..case import open_case, recorder, require_case
    from ..custody.verify import verify_case
    from ..errors import UserError

    roots = _evidence_roots(evidence_root)
    require_case(case_dir)
    with open_case(case_dir) as store:
        result = verify_case(store, case_dir, evidence, workers, roots, anchor)
        logged = True
        try:
            recorder(store, case_dir, examiner)(
                "verification run", case_dir,
                {"ok": result.ok, "problems": result.problems, "checked": result.checked,
                 "evidence_roots": roots, "anchor": anchor})
        except UserError as exc:
            logged = False
            err.print(f"note: the verification was not logged ({exc})", markup=False)
    if json_out:
        print_json({"ok": result.ok, "problems": result.problems, "checked": result.checked, "logged": logged,
                    "notes": result.notes,
                    "trusted_keys": [{"fingerprint": k.fingerprint, "examiner": k.examiner, "entry": k.seq,
                                      "added_by": k.by} for k in result.trusted]})
    else:
        out.print("keys this case's log trusts (compare each with the fingerprint its examiner declared):", markup=False)
        for k in result.trusted:
            how = f"handed over by {k.by}" if k.by else "created the case"
            out.print(f"  {k.fingerprint}  {k.examiner} ({how}, entry {k.seq})", markup=False)
        for p in result.problems:
            out.print(p, markup=False)
        for n in result.notes:
            out.print(f"note: {n}", markup=False)
        out.print(("verified: " if result.ok else f"NOT verified, {len(result.problems)} problems: ")
                  + f"{result.checked.get('custody_entries', 0)} custody entries, "
                  f"{result.checked.get('report_files', 0)} report files, "
                  f"{result.checked.get('evidence_files', 0)} evidence files re-hashed", markup=False)
    if not result.ok:
        raise typer.Exit(1)


@custody_app.command("anchor")
def custody_anchor(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Print the head of the custody log (entry hash, number, key) to copy into the seizure memo or case file."""
    from ..case import open_case, require_case
    from ..custody.anchor import head

    require_case(case_dir)
    with open_case(case_dir) as store:
        top = head(store.case_info().case_id, store.custody_entries())
    if top is None:
        from ..errors import UserError

        raise UserError(f"case {case_dir} has no custody log")
    if json_out:
        print_json(top.as_dict())
    else:
        out.print(top.block(case_dir), markup=False)
