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
    from ..demo import generate_demo_source
    from ..linking.hashsets import import_hashset
    from ..pipeline import ScanOptions
    from ..reports.findings import build_findings
    from ..store import HashSetLibrary
    from ..triage import TriageRequest, triage
    from ..case import open_case

    evidence = target / "evidence"
    library = target / "hashsets.sqlite"
    if not evidence.exists():
        generate_demo_source(evidence)
        err.print(f"demo evidence written to {evidence}", markup=False)
    with HashSetLibrary(library) as lib:
        if not lib.sets():
            import_hashset(lib, target / "known-bad.txt", "hashlist", "known-bad", "demo known-bad set")
    request = TriageRequest(sources=(str(evidence),), case_dir=str(target / "case"),
                            examiner="Demo Examiner", case_id="DEMO-2024-001",
                            exhibits=("PHONE-01",), timezone="Asia/Dhaka",
                            options=ScanOptions(workers=workers, hashsets=str(library)))
    with progress_display("demo") as progress:
        result = triage(request, progress)
    _print_summary(result, False)
    with open_case(str(target / "case")) as store:
        findings = build_findings(store)
    top = sorted((a for a in findings["artifacts"] if a["hits"]), key=lambda a: -a["score"])[:8]
    out.print("\ntop findings:", markup=False)
    for a in top:
        who = f"{a.get('sender')}: " if a.get("sender") else ""
        rules = ", ".join(h["rule_id"] for h in a["hits"])
        text = " ".join((a.get("text") or "").split())[:70]
        out.print(f"  {a['score']:>5}  {a['file']}  {who}{text}\n         {rules}", markup=False)
    out.print(f"\nreport: {target / 'case' / 'reports' / 'report.html'}", markup=False)
