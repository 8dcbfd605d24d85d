"""``evidtriage scan`` and ``evidtriage triage``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UserError
from .common import ExaminerOpt, err, out, print_json, progress_display

if TYPE_CHECKING:
    from ..pipeline.stages import ScanOptions

WorkersOpt = Annotated[int, typer.Option(help="Worker processes (0: one per core).")]
NoOcrOpt = Annotated[bool, typer.Option("--no-ocr", help="Do not run OCR on images (they are still hashed, their EXIF read and fingerprinted); fixed for the case once a file is examined.")]
OcrLangOpt = Annotated[str, typer.Option("--ocr-lang", help="Tesseract languages for OCR, joined with + (ben+eng: Bengali and English); fixed for the case once a file is examined.")]
PluginsDirOpt = Annotated[list[str] | None, typer.Option("--plugins-dir", help="Extra folder of parser plugins (*.py files with @hookimpl register_parsers); may be repeated.")]
RulesOpt = Annotated[list[str] | None, typer.Option("--rules", help="Extra rule pack file or folder of packs (YAML), beside the built-in ones; may be repeated. Another set of packs matches every item again.")]
HashsetsOpt = Annotated[str | None, typer.Option("--hashsets", help="Hash-set library to consult (default $EVIDTRIAGE_HASHSETS or ~/.local/share/evidtriage/hashsets.sqlite, if it exists).")]
DateOrderOpt = Annotated[str, typer.Option("--date-order", help="Date order of chat exports whose own dates leave it open (dmy, mdy or ymd); a file whose dates settle it keeps its own. Default: inferred per file, day-first when undecided and flagged.")]
KeyFileOpt = Annotated[list[str] | None, typer.Option("--key-file", help="Key file for encrypted WhatsApp backups (msgstore.db.crypt12/14/15): the phone's files/key or encrypted_backup.key; may be repeated. Only its name and SHA-256 are recorded. A key given on a later run opens the backups left encrypted.")]
ExecutorOpt = Annotated[str, typer.Option("--executor", help="Where per-file work runs: local (a process pool on this machine), dask-local (a Dask LocalCluster) or dask://HOST:PORT (a running 'dask scheduler' and its workers; see docs/lab-guide.md). Only this process writes the case.")]
EvidenceMapOpt = Annotated[list[str] | None, typer.Option("--evidence-map", help="LOCAL=REMOTE: Dask workers find the evidence (and --plugins-dir folders) that this machine sees under the folder LOCAL under REMOTE; may be repeated.")]
SpillDirOpt = Annotated[str, typer.Option("--spill-dir", help="Folder for the artifacts of very large files while they are recorded, which this machine and every Dask worker can write (mapped with --evidence-map); without it, workers on other machines send them back with their results. Default: this machine's temporary folder.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
AidCorroboratesOpt = Annotated[bool, typer.Option("--aid-corroborates", help="Also flag a text whose rule hits score above 0 but below the review line (a weak mention) when the statistical ranking aid puts it at or above its line: the rule hits and the aid's words are its reasons, marked as such in every report; the aid never flags a text with no rule hit. Off by default; not with --no-ranking-aid. Changing it on a reopened case matches every item again.")]
NoAidOpt = Annotated[bool, typer.Option("--no-ranking-aid", help="Do not rank the texts no rule flagged with the statistical ranking aid (a separate list in the reports, never a finding). Changing it on a reopened case matches every item again.")]


def _options(workers: int, no_ocr: bool, ocr_lang: str, plugins_dir, rules, hashsets=None,
             date_order: str = "", key_file=None, executor: str = "local", evidence_map=None,
             spill_dir: str = "", no_ranking_aid: bool = False, aid_corroborates: bool = False) -> ScanOptions:
    from ..intake.keyfiles import load_key_files
    from ..pipeline.stages import ScanOptions

    if date_order and date_order not in ("dmy", "mdy", "ymd"):
        raise UserError(f"--date-order must be dmy, mdy or ymd, not {date_order!r}")
    return ScanOptions(workers=workers, ocr=not no_ocr, ocr_languages=ocr_lang,
                       plugins_dirs=tuple(plugins_dir or ()), rules=tuple(rules or ()),
                       hashsets=hashsets, date_order=date_order, key_files=load_key_files(key_file),
                       executor=executor, evidence_map=tuple(evidence_map or ()), spill_dir=spill_dir,
                       ranking_aid=not no_ranking_aid, aid_corroborates=aid_corroborates)


def _print_summary(result: dict, json_out: bool) -> None:
    for n in result.get("notices", []):
        err.print(n, markup=False)
    if json_out:
        print_json(result)
        return
    s = result["summary"]
    out.print(f"case {result['case_id']}: {s['files']} files, {s['bytes']} bytes, "
              f"{s['distinct_contents']} distinct contents", markup=False)
    for status, n in s["by_status"].items():
        out.print(f"  {status:12} {n}", markup=False)
    groups = s.get("not_examined") or []
    if groups:
        out.print(f"not examined, or only in part ({sum(g['files'] for g in groups)}), by reason:", markup=False)
        for g in groups:
            out.print(f"  {g['files']:6}  {g['status']}: {g['reason']}", markup=False)
    else:
        out.print("every file was examined", markup=False)
    for path in result.get("reports", []):
        out.print(f"report: {path}", markup=False)


def scan_command(
    case_dir: Annotated[str, typer.Argument(metavar="DIR", help="The case folder.")],
    workers: WorkersOpt = 0,
    no_ocr: NoOcrOpt = False,
    ocr_lang: OcrLangOpt = "ben+eng",
    plugins_dir: PluginsDirOpt = None,
    rules: RulesOpt = None,
    hashsets: HashsetsOpt = None,
    date_order: DateOrderOpt = "",
    key_file: KeyFileOpt = None,
    executor: ExecutorOpt = "local",
    evidence_map: EvidenceMapOpt = None,
    spill_dir: SpillDirOpt = "",
    no_ranking_aid: NoAidOpt = False,
    aid_corroborates: AidCorroboratesOpt = False,
    examiner: ExaminerOpt = "",
    json_out: JsonOpt = False,
) -> None:
    """Scan (or resume scanning) every exhibit of a case."""
    from ..pipeline.triage import scan_case

    with progress_display("scan") as progress:
        result = scan_case(case_dir, _options(workers, no_ocr, ocr_lang, plugins_dir, rules, hashsets, date_order,
                                              key_file, executor, evidence_map, spill_dir, no_ranking_aid,
                                              aid_corroborates),
                           progress, examiner)
    _print_summary(result, json_out)


def triage_command(
    sources: Annotated[list[str], typer.Argument(metavar="SOURCE...", help="Folders, zips or files (read-only).")],
    case: Annotated[str, typer.Option("--case", help="Case folder (created, or reopened if it exists).")],
    examiner: Annotated[str, typer.Option(help="Name of the examiner (on a reopened case: one of its examiners; see 'case handover').")],
    case_id: Annotated[str, typer.Option("--case-id", help="Case reference (default: the case folder's name for a new case; a reopened case keeps its own).")] = "",
    exhibit: Annotated[list[str] | None, typer.Option(help="Exhibit id, once per SOURCE in order (default EX01, EX02, ...).")] = None,
    workers: WorkersOpt = 0,
    timezone: Annotated[str, typer.Option(help="IANA zone assumed for zone-less times, e.g. Asia/Dhaka.")] = "",
    no_ocr: NoOcrOpt = False,
    ocr_lang: OcrLangOpt = "ben+eng",
    plugins_dir: PluginsDirOpt = None,
    rules: RulesOpt = None,
    hashsets: HashsetsOpt = None,
    date_order: DateOrderOpt = "",
    key_file: KeyFileOpt = None,
    executor: ExecutorOpt = "local",
    evidence_map: EvidenceMapOpt = None,
    spill_dir: SpillDirOpt = "",
    no_ranking_aid: NoAidOpt = False,
    aid_corroborates: AidCorroboratesOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """One shot: create or reopen the case, add the sources, scan, and write the reports.

    Running it again on the same case and sources continues an interrupted run; it never
    adds the same source twice.
    """
    from ..pipeline.triage import TriageRequest, triage

    request = TriageRequest(
        sources=tuple(sources), case_dir=case, examiner=examiner,
        case_id=case_id, exhibits=tuple(exhibit or ()),
        timezone=timezone,
        options=_options(workers, no_ocr, ocr_lang, plugins_dir, rules, hashsets, date_order, key_file,
                         executor, evidence_map, spill_dir, no_ranking_aid, aid_corroborates),
    )
    with progress_display("triage") as progress:
        result = triage(request, progress)
    _print_summary(result, json_out)
    if not json_out and result.get("anchor"):
        from ..custody.anchor import Anchor

        out.print("\nCopy this anchor into the seizure memo or case file; it lets anyone show later that "
                  "the custody log was not cut back or re-signed:", markup=False)
        out.print(Anchor(**result["anchor"]).block(case), markup=False)
