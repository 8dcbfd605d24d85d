"""``evidtriage plugins list``."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import out, print_json

plugins_app = typer.Typer(help="Parser plugins: what is loaded and from where.", no_args_is_help=True)


@plugins_app.command("list")
def plugins_list(
    plugins_dir: Annotated[list[str] | None, typer.Option("--plugins-dir", help="Extra folder of parser plugins to load.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Show every parser: name, version, origin and what it accepts."""
    from ..plugins import load_plugins

    entries = load_plugins(tuple(plugins_dir or ())).parsers
    rows = [{**e.cls.describe(), "origin": e.origin} for e in entries]
    if json_out:
        print_json(rows)
        return
    for r in rows:
        accepts = ", ".join(r["media_types"] + r["filename_patterns"] + [f"0x{s}" for s in r["signatures"]])
        out.print(f"{r['name']:20} {r['version']:8} {r['origin']:30} {accepts}", markup=False)
