"""``evidtriage eval``: the indicator engine measured on a labelled corpus."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import UserError
from .common import out, print_json


def eval_command(
    corpus: Annotated[str, typer.Argument(metavar="CORPUS", help="A labelled corpus: a .jsonl file or a folder of them.")],
    rules: Annotated[list[str] | None, typer.Option("--rules", help="Rule-pack files or folders (default: the built-in packs).")] = None,
    line: Annotated[float | None, typer.Option("--line", help="Review line to use instead of the packs' own.")] = None,
    misses: Annotated[int, typer.Option("--misses", help="How many misses and false alarms to list.")] = 20,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table (every miss included).")] = False,
    no_ranking_aid: Annotated[bool, typer.Option("--no-ranking-aid", help="Leave out the statistical ranking aid's figures (its review recall and load on the items no rule flagged).")] = False,
    aid_corroborates: Annotated[bool, typer.Option("--aid-corroborates", help="Count as flagged the weak rule hits (a score above 0, below the review line) that the ranking aid puts at or above its line, as a scan with --aid-corroborates flags them. Without it, one line shows what it would give.")] = False,
) -> None:
    """Recall and precision (Wilson 95% intervals) per category, script and voice; entity precision and recall; the misses; the ranking aid's review recall and load."""
    from ..indicators.eval import evaluate, format_report, load_corpus
    from ..indicators.rules import load_packs
    from ..pipeline.stages import NO_AID_TO_CORROBORATE
    from ..ranking_aid import shipped_model
    from ..resources import builtin_rules_dir
    from ..run import shared_matcher

    if aid_corroborates and no_ranking_aid:
        raise UserError(NO_AID_TO_CORROBORATE)
    items = load_corpus(corpus)
    packs = load_packs(rules or [str(builtin_rules_dir())])
    report = evaluate(items, shared_matcher(packs, keep=False), line, None if no_ranking_aid else shipped_model(),
                      aid_corroborates)
    if json_out:
        print_json(report)
        return
    for text in format_report(report, misses):
        out.print(text, markup=False)
