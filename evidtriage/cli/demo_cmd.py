"""``evidtriage demo``: generate a synthetic seized folder and triage it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..demo import generate_demo_source
from ..pipeline import ScanOptions
from ..triage import TriageRequest, triage
from .common import err, out, progress_display
from .scan_cmd import _print_summary


def demo_command(
    target: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for the demo (evidence/ and case/ inside).")] = Path("demo-case"),
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
) -> None:
    """Generate a synthetic seized-device folder (no real people) and triage it."""
    evidence = target / "evidence"
    if not evidence.exists():
        generate_demo_source(evidence)
        err.print(f"demo evidence written to {evidence}", markup=False)
    request = TriageRequest(sources=(str(evidence),), case_dir=str(target / "case"),
                            examiner="Demo Examiner", case_id="DEMO-2024-001",
                            exhibits=("PHONE-01",), timezone="Asia/Dhaka",
                            options=ScanOptions(workers=workers))
    with progress_display("demo") as progress:
        result = triage(request, progress)
    _print_summary(result, False)
    out.print(f"findings: {target / 'case' / 'reports' / 'findings.json'}", markup=False)
