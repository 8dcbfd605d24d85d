"""``evidtriage key new`` and ``evidtriage verify``."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from .common import err, out, print_json

key_app = typer.Typer(help="Examiner signing keys (Ed25519).", no_args_is_help=True)


@key_app.command("new")
def key_new(
    name: Annotated[str, typer.Option(help="Name of the key file in the config folder.")] = "examiner",
    passphrase: Annotated[bool, typer.Option("--passphrase/--no-passphrase", help="Protect the private key with a passphrase (from EVIDTRIAGE_KEY_PASSPHRASE, or asked).")] = False,
) -> None:
    """Make an Ed25519 key pair for signing custody logs and report manifests."""
    from ..keys import new_key

    secret = None
    if passphrase:
        secret = os.environ.get("EVIDTRIAGE_KEY_PASSPHRASE") or typer.prompt(
            "passphrase", hide_input=True, confirmation_prompt=True, err=True)
    key = new_key(name, secret)
    out.print(f"key {key.name}: {key.path} (private, mode 0600), fingerprint {key.fingerprint}", markup=False)


def verify_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    evidence: Annotated[bool | None, typer.Option("--evidence/--no-evidence", help="Re-hash every evidence file (default: when the sources are reachable).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes for re-hashing (0: one per core).")] = 0,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check the custody log, its signatures, the report manifest and the evidence; exit 0 only if all hold."""
    from ..case import open_case, recorder, require_case
    from ..errors import UserError
    from ..verify import verify_case

    require_case(case_dir)
    with open_case(case_dir) as store:
        result = verify_case(store, case_dir, evidence, workers)
        logged = True
        try:
            recorder(store, case_dir)("verification run", case_dir,
                                      {"ok": result.ok, "problems": result.problems, "checked": result.checked})
        except UserError as exc:
            logged = False
            err.print(f"note: the verification was not logged ({exc})", markup=False)
    if json_out:
        print_json({"ok": result.ok, "problems": result.problems, "checked": result.checked, "logged": logged})
    else:
        for p in result.problems:
            out.print(p, markup=False)
        out.print(("verified: " if result.ok else f"NOT verified, {len(result.problems)} problems: ")
                  + f"{result.checked.get('custody_entries', 0)} custody entries, "
                  f"{result.checked.get('evidence_files', 0)} evidence files re-hashed", markup=False)
    if not result.ok:
        raise typer.Exit(1)
