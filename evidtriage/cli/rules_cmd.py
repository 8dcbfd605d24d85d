"""``evidtriage rules list | lint | test | new``."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import err, out, print_json

rules_app = typer.Typer(help="Indicator rule packs: list, lint, test their examples, write a new one.", no_args_is_help=True)

PathsArg = Annotated[list[str] | None, typer.Argument(metavar="[PATH]...", help="Rule-pack files or folders (default: the packs the plugins give, built-in ones included).")]
PluginsDirOpt = Annotated[list[str] | None, typer.Option("--plugins-dir", help="Extra folder of plugins whose rule packs to include (without PATH).")]


def _paths(paths, plugins_dir=None):
    """The packs to work on, each with the plugin that gave it ("given" for a PATH)."""
    from ..plugins import load_plugins

    if paths:
        return [(p, "given") for p in paths]
    return [(str(e.path), e.origin) for e in load_plugins(tuple(plugins_dir or ())).rule_packs]


@rules_app.command("list")
def rules_list(
    paths: PathsArg = None,
    plugins_dir: PluginsDirOpt = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Every rule: id, pack, the plugin that gave the pack, category, languages, weight, references."""
    from pathlib import Path

    from ..indicators.rules import load_packs

    given = _paths(paths, plugins_dir)
    rows = []
    for where, origin in given:
        for p in load_packs([where]):
            rows += [{"id": r.id, "pack": r.pack, "pack_file": Path(p.path).name, "origin": origin,
                      "category": r.category, "languages": list(r.languages), "weight": r.weight, "title": r.title,
                      "references": list(r.references)} for r in p.rules]
    if json_out:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['id']:36} {r['weight']:>5g}  {r['category']:24} {','.join(r['languages']):14} {r['title']}",
                  markup=False)
    packs = sorted({(r["pack"], r["origin"]) for r in rows})
    for pack, origin in packs:
        out.print(f"pack {pack}: from {origin}", markup=False)
    out.print(f"{len(rows)} rules in {len(packs)} packs", markup=False)


@rules_app.command("lint")
def rules_lint(paths: PathsArg = None, plugins_dir: PluginsDirOpt = None) -> None:
    """Check rule packs: unknown fields, duplicate ids, missing references or examples, bad regexes, short keywords."""
    from ..indicators.lint import lint

    problems = lint([p for p, _ in _paths(paths, plugins_dir)])
    for p in problems:
        out.print(str(p), markup=False)
    errors = [p for p in problems if p.severity == "error"]
    err.print(f"{len(errors)} errors, {len(problems) - len(errors)} warnings", markup=False)
    if errors:
        raise typer.Exit(1)


@rules_app.command("test")
def rules_test(paths: PathsArg = None, plugins_dir: PluginsDirOpt = None) -> None:
    """Run every rule's examples through the production matcher."""
    from ..indicators.lint import test_examples
    from ..indicators.rules import load_packs
    from ..run import shared_matcher

    packs = load_packs([p for p, _ in _paths(paths, plugins_dir)])
    failures = test_examples(packs, shared_matcher(packs, keep=False))
    for f in failures:
        out.print(f, markup=False)
    n = sum(len(r.examples_match) + len(r.examples_no_match) for p in packs for r in p.rules)
    err.print(f"{n - len(failures)} of {n} examples behave as written", markup=False)
    if failures:
        raise typer.Exit(1)


@rules_app.command("new")
def rules_new(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="The rule's id: prefix.name (lower case).")],
    folder: Annotated[str, typer.Option("--dir", help="Folder to write the pack in.")] = ".",
    category: Annotated[str, typer.Option("--category", help="The rule's category (see docs/rules.md).")] = "deceptive_recruitment",
) -> None:
    """Write a rule pack with one rule ID to start from: patterns, condition, references and examples that pass `rules test`."""
    from ..scaffold import new_rule

    for path in new_rule(rule_id, folder, category):
        out.print(f"wrote {path}", markup=False)
        out.print(f"next: evidtriage rules lint {path}; evidtriage rules test {path}; scan with --rules {path}", markup=False)
