"""The CLI reference (docs/cli.md), generated from the commands' own --help.

``python -m evidtriage.cli.reference > docs/cli.md`` regenerates it; a test fails when the
file and the commands disagree, so the reference never drifts from the tool.
"""

from __future__ import annotations

import os

import typer.main
from typer.testing import CliRunner

from .main import app


def _commands(cmd, path=()):
    subs = getattr(cmd, "commands", None)
    if subs:
        for name in sorted(subs):
            yield from _commands(subs[name], path + (name,))
    else:
        yield path


def reference() -> str:
    """Markdown with the --help of every command, in name order."""
    env = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}
    runner = CliRunner()
    parts = ["# Command reference\n",
             "Generated from each command's `--help` by `python -m evidtriage.cli.reference > docs/cli.md`;",
             "a test checks that it matches the commands.\n"]
    root = typer.main.get_command(app)
    for path in [()] + list(_commands(root)):
        r = runner.invoke(app, [*path, "--help"], env=env, terminal_width=100)
        title = "evidtriage " + " ".join(path) if path else "evidtriage"
        body = "\n".join(line.rstrip() for line in r.stdout.strip("\n").splitlines()).strip("\n")
        parts.append(f"## `{title.strip()}`\n\n```\n{body}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    os.environ.setdefault("COLUMNS", "100")
    print(reference(), end="")
