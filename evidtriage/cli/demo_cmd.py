"""``evidtriage demo``: generate a synthetic seized folder and triage it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import err, out, progress_display
from .scan_cmd import _print_summary


def demo_command(
    target: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for the demo (evidence/ and case/ inside).")] = Path("demo-case"),
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
) -> None:
    """Generate a synthetic seized-device folder (no real people) and triage it."""
    from ..demo import run_demo

    with progress_display("demo") as progress:
        result, top = run_demo(target, workers, progress, notice=lambda m: err.print(m, markup=False))
    _print_summary(result, False)
    out.print("\ntop findings:", markup=False)
    for a in top:
        who = f"{a.get('sender')}: " if a.get("sender") else ""
        rules = ", ".join(h["rule_id"] for h in a["hits"])
        text = " ".join((a.get("text") or "").split())[:70]
        out.print(f"  {a['score']:>5}  {a['file']}  {who}{text}\n         {rules}", markup=False)
    out.print(f"\nreport: {target / 'case' / 'reports' / 'report.html'}", markup=False)
