"""``evidtriage rules list | lint | test``."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import err, out, print_json

rules_app = typer.Typer(help="Indicator rule packs: list, lint, test their examples.", no_args_is_help=True)

PathsArg = Annotated[list[str] | None, typer.Argument(metavar="[PATH]...", help="Rule-pack files or folders (default: the built-in packs).")]


def _paths(paths):
    from ..resources import builtin_rules_dir

    return paths or [str(builtin_rules_dir())]


@rules_app.command("list")
def rules_list(
    paths: PathsArg = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Every rule: id, pack, category, languages, weight, references."""
    from ..indicators.rules import load_packs

    rows = [{"id": r.id, "pack": r.pack, "category": r.category, "languages": list(r.languages),
             "weight": r.weight, "title": r.title, "references": list(r.references)}
            for p in load_packs(_paths(paths)) for r in p.rules]
    if json_out:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['id']:36} {r['weight']:>5g}  {r['category']:24} {','.join(r['languages']):14} {r['title']}",
                  markup=False)
    out.print(f"{len(rows)} rules", markup=False)


@rules_app.command("lint")
def rules_lint(paths: PathsArg = None) -> None:
    """Check rule packs: unknown fields, duplicate ids, missing references or examples, bad regexes, short keywords."""
    from ..indicators.lint import lint

    problems = lint(_paths(paths))
    for p in problems:
        out.print(str(p), markup=False)
    errors = [p for p in problems if p.severity == "error"]
    err.print(f"{len(errors)} errors, {len(problems) - len(errors)} warnings", markup=False)
    if errors:
        raise typer.Exit(1)


@rules_app.command("test")
def rules_test(paths: PathsArg = None) -> None:
    """Run every rule's examples through the production matcher."""
    from ..indicators.lint import test_examples
    from ..indicators.matcher import Matcher
    from ..indicators.rules import load_packs

    packs = load_packs(_paths(paths))
    failures = test_examples(packs, Matcher(packs))
    for f in failures:
        out.print(f, markup=False)
    n = sum(len(r.examples_match) + len(r.examples_no_match) for p in packs for r in p.rules)
    err.print(f"{n - len(failures)} of {n} examples behave as written", markup=False)
    if failures:
        raise typer.Exit(1)
