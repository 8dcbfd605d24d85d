"""The ``evidtriage`` command: assembles one sub-app per command group."""

from __future__ import annotations

import typer

from .. import __version__
from .case_cmd import case_app, evidence_app
from .custody_cmd import custody_app, key_app, verify_command
from .demo_cmd import demo_command
from .eval_cmd import eval_command
from .common import ErrorHandlingGroup, out
from .hash_cmd import hash_command
from .hashset_cmd import hashset_app
from .plugins_cmd import plugins_app
from .rules_cmd import rules_app
from .search_cmd import entities_command, search_command
from .report_cmd import report_command
from .review_cmd import review_command
from .scan_cmd import scan_command, triage_command

app = typer.Typer(
    name="evidtriage",
    cls=ErrorHandlingGroup,
    help="Offline triage of seized digital evidence for human-trafficking investigations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # tracebacks may hold evidence in local variables
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        out.print(f"evidtriage {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Offline triage of seized digital evidence for human-trafficking investigations."""


app.command("triage")(triage_command)
app.command("hash")(hash_command)
app.command("scan")(scan_command)
app.command("report")(report_command)
app.command("review")(review_command)
app.command("demo")(demo_command)
app.command("verify")(verify_command)
app.add_typer(case_app, name="case")
app.add_typer(evidence_app, name="evidence")
app.add_typer(hashset_app, name="hashset")
app.add_typer(plugins_app, name="plugins")
app.add_typer(rules_app, name="rules")
app.add_typer(key_app, name="key")
app.add_typer(custody_app, name="custody")
app.command("search")(search_command)
app.command("entities")(entities_command)
app.command("eval")(eval_command)


def main() -> None:
    app(prog_name="evidtriage")
