"""``evidtriage plugins list | explain | new``."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import err, out, print_json

plugins_app = typer.Typer(help="Parser plugins: what is loaded and from where, which parser takes a file, a new plugin.",
                          no_args_is_help=True)

PluginsDirOpt = Annotated[list[str] | None, typer.Option("--plugins-dir", help="Extra folder of parser plugins to load.")]


@plugins_app.command("list")
def plugins_list(
    plugins_dir: PluginsDirOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Show every parser and rule pack with the plugin that gave it, and the files of a plugins folder not loaded."""
    from ..plugin_api import VERSION
    from ..plugins import load_plugins

    plugins = load_plugins(tuple(plugins_dir or ()))
    rows = [{**e.cls.describe(), "origin": e.origin, "api": plugins.declared.get(e.origin, "")} for e in plugins.parsers]
    packs = [{"path": str(p.path), "origin": p.origin} for p in plugins.rule_packs]
    left = [{"path": n.path, "reason": n.reason} for n in plugins.not_loaded]
    if json_out:
        print_json({"plugin_api": VERSION, "parsers": rows, "rule_packs": packs, "not_loaded": left,
                    "warnings": plugins.warnings()})
        return
    out.print(f"plugin API {VERSION}", markup=False)
    for r in rows:
        accepts = ", ".join(r["media_types"] + r["filename_patterns"] + [f"0x{s}" for s in r["signatures"]])
        out.print(f"{r['name']:20} {r['version']:8} {r['origin']:30} {accepts}", markup=False)
    for p in packs:
        out.print(f"rule packs           {p['origin']:39} {p['path']}", markup=False)
    for n in left:
        out.print(f"not loaded: {n['path']}: {n['reason']}", markup=False)
    for w in plugins.warnings():
        err.print(f"warning: {w}", markup=False)


@plugins_app.command("explain")
def plugins_explain(
    file: Annotated[str, typer.Argument(metavar="FILE", help="A file to try every parser on.")],
    plugins_dir: PluginsDirOpt = None,
    timezone: Annotated[str, typer.Option("--timezone", help="IANA zone for times written without one, as in a scan.")] = "",
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Which parser would take FILE and why not the others: each parser's checks, then the parse run as a scan runs it."""
    from ..case import check_timezone
    from ..explain import explain
    from ..plugins import load_plugins

    check_timezone(timezone)
    result = explain(file, load_plugins(tuple(plugins_dir or ())), timezone)
    if json_out:
        print_json(result)
        return
    out.print(f"{result['file']}: {result['media_type']}", markup=False)
    for r in result["parsers"]:
        out.print(f"  {r['parser']:20} priority {r['priority']:<4} {r['why']}", markup=False)
        for w in r["warnings"]:
            out.print(f"  {'':20} warning: {w}", markup=False)
    o = result["outcome"]
    out.print(f"outcome: {o['status']}" + (f" by {o['parser']}" if o["parser"] else "") + f": {o['reason']}", markup=False)


@plugins_app.command("new")
def plugins_new(
    name: Annotated[str, typer.Argument(metavar="NAME", help="The parser's name: lower-case letters, digits, '_'.")],
    folder: Annotated[str, typer.Option("--dir", help="Folder to write the plugin in (default: ./NAME).")] = "",
) -> None:
    """Write a working parser plugin to start from: the module, a sample file, its tests (with evidtriage.testing) and a README."""
    from ..scaffold import new_plugin

    for path in new_plugin(name, folder or name):
        out.print(f"wrote {path}", markup=False)
    out.print(f"next: python -m pytest {folder or name}; evidtriage plugins list --plugins-dir {folder or name}",
              markup=False)
