"""The scan: walk -> hash (and list archives) -> dedupe -> examine contents -> store.

Each stage is a plain function over plain records and receives the run's context
(:class:`evidtriage.run.Run`: options, plugins, packs and matcher, hash sets, manifest,
executor); per-file work runs in :mod:`evidtriage.workers` and :mod:`evidtriage.parsing` through
the run's executor (a local process pool, or a Dask cluster), and only this module's caller (the
main process) writes the store.

Resume: every batch of results is committed in one transaction, and a stage only picks up what
the store does not already hold as done (files with no digests, contents with no status). A
scan killed at any point therefore continues where it stopped, and because findings are built
from the store in a fixed order, ends with the same findings as an uninterrupted run.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import __version__
from .executors import DEFAULT_WORKER_MEMORY, Isolation, default_workers, make_batches
from ..intake.keyfiles import ENCRYPTED_MARK, KeyFile
from ..model import DIGEST_NAMES, HashResult, Progress
from ..ocr.tesseract import decode_limits
from ..ocr.tesseract import manifest as ocr_manifest
from ..intake.sniffing import libmagic_version
from ..intake.sniffing import ARCHIVE_TYPES
from ..intake.sources import DEFAULT_LIMITS, ArchiveLimits, InflationBudget, walk_exhibit
from ..store import Store
from .workers import hash_batch

if TYPE_CHECKING:
    from ..run import Run

ProgressCallback = Callable[[Progress], None]

#: Packages whose versions a finding may depend on; recorded in every run manifest.
RECORDED_PACKAGES = ("blake3", "python-magic", "pluggy", "pyyaml", "pyahocorasick", "regex",
                     "phonenumbers", "cryptography", "typer", "rich", "pillow", "pillow-heif", "exifread",
                     "imagehash", "tesserocr", "pypdf", "charset-normalizer", "numpy", "numba", "pytsk3",
                     "libewf-python")


#: Why ``--aid-corroborates`` with ``--no-ranking-aid`` is refused, in one line
NO_AID_TO_CORROBORATE = ("--aid-corroborates needs the ranking aid, and --no-ranking-aid turns it off: "
                         "give one or the other")


@dataclass(frozen=True)
class ScanOptions:
    """What a scan does. Options that later stages use are carried even before they exist."""

    workers: int = 0  # 0: one per core
    ocr: bool = True
    ocr_languages: str = "ben+eng"
    plugins_dirs: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    limits: ArchiveLimits = DEFAULT_LIMITS
    hashsets: str | None = None  # hash-set library; None: the default one, if it exists
    date_order: str = ""  # dmy | mdy | ymd for chat exports whose dates are ambiguous; "": inferred per file
    key_files: tuple[KeyFile, ...] = ()  # --key-file: keys for encrypted backups (only name and SHA-256 are recorded)
    worker_memory: int = DEFAULT_WORKER_MEMORY  # memory a worker may use (cgroup v2) or add to what it inherits (RLIMIT_AS)
    executor: str = "local"  # local | dask-local | dask://HOST:PORT (see evidtriage.run.open_run)
    evidence_map: tuple[str, ...] = ()  # LOCAL=REMOTE: where Dask workers find evidence and plugin folders
    spill_dir: str = ""  # a folder this machine and every Dask worker can write; "": this machine's temporary folder
    ranking_aid: bool = True  # score unflagged texts with the statistical ranking aid (never a finding)
    aid_corroborates: bool = False  # --aid-corroborates: a weak rule hit the aid puts at or above its line is flagged

    def __post_init__(self) -> None:
        if self.aid_corroborates and not self.ranking_aid:
            from ..errors import UserError

            raise UserError(NO_AID_TO_CORROBORATE)

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else default_workers()


def package_versions() -> dict[str, str]:
    out = {}
    for name in RECORDED_PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def engine_version() -> str:
    """The matching engine's version (:data:`evidtriage.indicators.matcher.ENGINE_VERSION`), read
    when asked: the matcher's module is imported only by runs that match."""
    from ..indicators import matcher

    return matcher.ENGINE_VERSION


def run_manifest(options: ScanOptions, plugins, packs, matcher, hash_sets: list[dict], workers: dict,
                 aid=None) -> dict:
    """What produced the findings: tool, libraries, plugins, rule packs. No timestamps.

    The plugins, packs, matcher and hash sets are the run's (see :mod:`evidtriage.run`);
    ``workers`` how its executor contains a worker that dies, overruns or overeats."""
    return {
        "tool": {"name": "evidtriage", "version": __version__},
        "python": platform.python_version(),
        "libmagic": libmagic_version(),
        "packages": package_versions(),
        "digests": list(DIGEST_NAMES),
        "plugin_api": _plugin_api_version(),
        "plugins": plugins.manifest(),
        "rule_packs": _rule_pack_manifest(packs),
        "matching_engine": engine_version(),
        "review_line": matcher.line,
        "ranking_aid": aid_manifest(aid, options.aid_corroborates),
        "hash_sets": hash_sets,
        "ocr": ocr_manifest(options.ocr, options.ocr_languages),
        "image_decoding": decode_limits(),
        "date_order": options.date_order or "inferred per file",
        "key_files": [k.describe() for k in options.key_files],
        "workers": workers,
        "archive_limits": {
            "max_depth": options.limits.max_depth, "max_ratio": options.limits.max_ratio,
            "min_ratio_size": options.limits.min_ratio_size,
            "max_member_size": options.limits.max_member_size,
            "max_total_size": options.limits.max_total_size,
            "inflation_allowance": options.limits.inflation_allowance,
            "max_members": options.limits.max_members,
        },
    }


#: The manifest's note on the aid with ``--aid-corroborates``: what it may do then, and what it never does
CORROBORATES_NOTE = ("the ranking aid corroborates weak rule hits (--aid-corroborates): a text with a rule hit whose "
                     "score is above 0 and below the review line, and whose aid probability is at or above the aid's "
                     "line, is flagged, its rule hits and the aid's words given as the reasons; the aid never flags a "
                     "text with no rule hit, never changes a score, and lists the other texts no rule flagged apart")


def aid_manifest(aid, corroborates: bool = False) -> dict:
    """What the run manifest records of the ranking aid: its model's version, sha256 and line, or
    that it was off (``--no-ranking-aid``); with ``corroborates`` (``--aid-corroborates``), that
    it corroborated weak rule hits (a run without it records exactly what it did before)."""
    if aid is None:
        return {"used": False}
    if corroborates:
        return {"used": True, **aid.describe(), "corroborates_weak_hits": True, "note": CORROBORATES_NOTE}
    return {"used": True, **aid.describe(),
            "note": "a ranking aid, never a finding: it lists texts no rule flagged and changes no flag or score"}


def _plugin_api_version() -> str:
    from ..plugin_api import VERSION

    return VERSION


def _rule_pack_manifest(packs) -> list[dict]:
    """Each pack by id, version and file sha256, with its rules' citable details."""
    return [{"id": p.id, "version": p.version, "title": p.title, "licence": p.licence,
             "file": p.path.rsplit("/", 1)[-1], "sha256": p.sha256,
             "rules": [{"id": r.id, "title": r.title, "description": r.description, "category": r.category,
                        "weight": r.weight, "weight_reason": r.weight_reason, "references": list(r.references)}
                       for r in p.rules]}
            for p in packs]


def _noop(_: Progress) -> None:
    pass


def walk_stage(store: Store, progress: ProgressCallback = _noop) -> int:
    """List every exhibit's files into the store (already known ones are kept as they are)."""
    new = 0
    for exhibit in store.exhibits():
        progress(Progress("walk", 0, 0, message=f"listing {exhibit.id}"))
        buffer = []
        for item in walk_exhibit(exhibit):
            buffer.append(item)
            if len(buffer) >= 2000:
                new += store.add_walk_items(buffer)
                buffer = []
        new += store.add_walk_items(buffer)
    return new


def _pending_files(store: Store):
    """Files not yet hashed, page by page, in listing order; rows listed during the walk
    through the pages (members of archives just hashed) are picked up as it reaches them."""
    last = 0
    while page := store.files_to_hash(after_id=last):
        for rowid, ef in page:
            last = rowid
            yield ef


def hash_stage(store: Store, run: Run, progress: ProgressCallback = _noop) -> int:
    """Hash every file not yet hashed; archives found are listed and their members hashed too."""
    options = run.options
    done_files = done_bytes = 0
    total_files, total_bytes = store.pending_hash_totals()
    # Each pass ends with all its work recorded, so a file is never in flight twice. Every
    # file sent is recorded as hashed (with digests or with the problem), so passes end.
    budgets = {ex: InflationBudget(options.limits, disk, inflated)
               for ex, (disk, inflated) in store.inflation_totals(ARCHIVE_TYPES).items()}
    while (pending := store.pending_hash_totals()[0]):
        lone = pending == 1  # one big file alone is hashed on two threads instead
        batches = make_batches(_pending_files(store), lambda f: f.size)
        for batch, results in run.executor.map_batches(hash_batch, batches, DIGEST_NAMES, options.limits, True, lone,
                                                       isolation=_hash_isolation(options), lone=lone):
            # archives found are bounded by their exhibit's budget, all nesting together
            results = [budgets.setdefault(f.exhibit_id, InflationBudget(options.limits)).admit(r, f.depth, f.size)
                       for f, r in zip(batch, results)]
            store.record_hash_results(results)
            for r in results:  # archive members found grow the job
                total_files += len(r.members)
                total_bytes += sum(m.size for m in r.members)
            done_files += len(batch)
            done_bytes += sum(f.size for f in batch)
            progress(Progress("hash", done_files, total_files, done_bytes, total_bytes))
    return done_files


def _hash_isolation(options: ScanOptions) -> Isolation:
    # generous: 5 minutes, and a slow disk's 5 MiB/s; an archive's listing comes with it
    return Isolation(lambda ef, reason: HashResult(ef.exhibit_id, ef.path, None, None, problem=reason),
                     lambda ef: 300.0 + ef.size / (5 * 1024 * 1024), options.worker_memory)


def known_hash_stage(store: Store, run: Run, progress: ProgressCallback = _noop) -> int:
    """Mark contents found in known-hash sets, before anything parses them.

    Known-good contents are left out of parsing; known-bad ones are flagged and never parsed,
    thumbnailed or rendered (a report lists them by hash and path only). Where sets disagree,
    known-bad wins: leaving out a file that a known-bad set names would hide it.
    """
    if not run.hash_sets:
        return 0
    from ..store import HashSetLibrary

    todo = store.unexamined_digests()
    marked = []
    with HashSetLibrary(_library_path(run.options)) as lib:
        for i in range(0, len(todo), 300):
            chunk = todo[i:i + 300]
            wanted = [bytes.fromhex(d) for row in chunk for d in row[1:] if d]
            found = lib.lookup(wanted)
            for b3, *digests in chunk:
                matches = sorted({m for d in digests if d for m in found.get(bytes.fromhex(d), [])})
                if not matches:
                    continue
                status = "known-bad" if any(k == "known-bad" for _, k, _ in matches) else "known-good"
                named = "; ".join(f"{n}" + (f" (category {c})" if c else "") for n, k, c in matches if k == status)
                marked.append((b3, status, f"in {status} hash set {named}"))
    store.record_content_statuses(marked)
    progress(Progress("known hashes", len(todo), len(todo), message=f"{len(marked)} known"))
    return len(marked)


def _library_path(options: ScanOptions):
    from ..linking.hashsets import default_library_path

    return options.hashsets or default_library_path()


def hashset_manifest(options: ScanOptions) -> list[dict]:
    """The hash sets a scan consults, each with its file's sha256 (for the run manifest)."""
    import os

    from ..store import HashSetLibrary

    path = _library_path(options)
    if not os.path.isfile(path):
        return []
    with HashSetLibrary(path) as lib:
        return [{k: s[k] for k in ("name", "kind", "format", "sha256", "entries")} for s in lib.sets()]


def examine_stage(store: Store, run: Run, progress: ProgressCallback = _noop) -> int:
    """Parse each distinct content once (by BLAKE3) with the parser plugins, in the workers.

    Each batch's statuses and artifacts are committed together, so a killed scan resumes with
    the contents it had not finished.
    """
    from ..parsers import ParseContext
    from .parsing import ParseTask, parse_batch

    options = run.options
    info = store.case_info()
    ctx = ParseContext(timezone=info.timezone, ocr=options.ocr, ocr_languages=options.ocr_languages,
                       options={"date_order": options.date_order} if options.date_order else {},
                       key_files=tuple((k.name, k.data) for k in options.key_files), region=run.region)
    todo = [ParseTask(b3, ef, mt or "", sha256, md5) for b3, ef, mt, sha256, md5 in store.contents_to_examine()]
    total_bytes = sum(t.file.size for t in todo)
    done = done_bytes = 0
    batches = make_batches(todo, lambda t: t.file.size, max_files=20, max_bytes=16 * 1024 * 1024)
    isolation = Isolation(_parse_failed, lambda t: 120.0, options.worker_memory)  # until a parser announces its TIMEOUT
    spill = run.executor.spill_dir(run.spill_dir)
    for batch, results in run.executor.map_batches(parse_batch, batches, run.spec, ctx, spill, isolation=isolation):
        store.record_parse_results(results)
        done += len(batch)
        done_bytes += sum(t.file.size for t in batch)
        progress(Progress("parse", done, len(todo), done_bytes, total_bytes))
    return len(todo)


def _parse_failed(task, reason: str):
    from .parsing import ParseResult

    return ParseResult(task.blake3, "skipped", reason)


SPILL_PREFIX = "evidtriage-scan-"


def spill_folder(shared: str = "") -> str:
    """A temporary folder for this scan's spill files, named with its process id; folders left
    by scans whose process is gone (killed) are removed first.

    :param shared: a folder that Dask workers on other machines write too (``--spill-dir``);
        there the folders are named with this machine's name as well, and only this machine's
        are judged."""
    import socket

    base = shared or tempfile.gettempdir()
    host = f"{socket.gethostname()}-" if shared else ""
    for entry in os.scandir(base):
        if entry.name.startswith(SPILL_PREFIX) and entry.is_dir(follow_symlinks=False):
            try:
                pid, rest = entry.name[len(SPILL_PREFIX):].split("-", 1)
                if not rest.startswith(host):
                    continue  # another machine's scan
                os.kill(int(pid), 0)
            except ProcessLookupError:
                shutil.rmtree(entry.path, ignore_errors=True)  # its scan was killed
            except (ValueError, PermissionError, OSError):
                pass  # not ours to judge
    return tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}-{host}", dir=base)


#: Texts sent to a worker at once for matching.
MATCH_BATCH = 2000


def _match_batch(batch: list[tuple[str, str]], spec) -> list:
    """(key, text, MatchResult, AidScore or None) for each text: the aid's score is kept only for a
    text that the rules did not flag and that the aid puts at or above its line."""
    from ..run import worker_aid, worker_matcher

    matcher = worker_matcher(spec)
    results = matcher.match_many([text for _, text in batch])
    aid = worker_aid(spec)
    out = []
    for (key, text), r in zip(batch, results):
        listed = None
        if aid is not None and text and r.score < matcher.line:
            s = aid.score(text)
            listed = s if s.probability >= aid.line else None
        out.append((key, text, r, listed))
    return out


def with_ocr_confidences(store: Store, results: list) -> list:
    """(key, text, MatchResult) with each entity of an OCR text given its words' confidence."""
    from dataclasses import replace

    from ..indicators.entities import with_ocr_confidence

    words = store.ocr_word_confidences([key for key, _, r, *_ in results if r.entities])
    return [(key, text, replace(r, entities=with_ocr_confidence(r.entities, words[key])) if key in words else r, *rest)
            for key, text, r, *rest in results]


def match_stage(store: Store, run: Run, progress: ProgressCallback = _noop) -> int:
    """Match every artifact's text against the rule packs; extract entities; score.

    If the rule packs differ from those the case was matched with, every artifact is matched
    again, so that findings never mix two rule sets. The ranking aid is handled the same way: a
    case matched with another aid model, or with the aid on where it is now off (or the reverse),
    is matched again, so that the aid's list never mixes two models (the run manifest, in the
    custody log's "scan started" entry, records which model ranked). ``--aid-corroborates`` is
    part of the aid's identity (:attr:`Run.aid_identity`): a case matched with it and scanned
    without it (or the reverse) is matched again too, so that no report mixes flags decided both ways.
    """
    options = run.options
    ruleset = run.ruleset
    aid = run.aid_identity
    if store.setting("ruleset") != ruleset or store.setting("ranking_aid") != aid:
        store.reset_matches(ruleset)
        store.set_setting("ranking_aid", aid)
    if run.executor.forks_workers:  # local workers fork from this process: its compiled prefilter goes with them
        run.matcher.prepare()  # (Dask workers build their own: preparing here would only cost time)
    total = store.count_to_match()
    workers = run.executor.capacity()

    def batches():
        # read from the store a few batches of texts per worker at a time, in key order (texts
        # in flight are past the last key read), so that one pool of workers, their repeat
        # caches warm, serves the whole stage
        after = ""
        while todo := store.artifacts_to_match(limit=4 * MATCH_BATCH * workers, after=after):
            after = todo[-1][0]
            yield from make_batches(todo, lambda kt: len(kt[1]), max_files=MATCH_BATCH, max_bytes=4 * 1024 * 1024)

    isolation = Isolation(_not_matched, lambda kt: 60.0 + len(kt[1]) / 256_000, options.worker_memory)
    done = 0
    for batch, results in run.executor.map_batches(_match_batch, batches(), run.spec, isolation=isolation):
        store.record_matches(with_ocr_confidences(store, results))
        done += len(batch)
        progress(Progress("match", done, max(total, done)))
    return done


def _not_matched(item, reason):
    from ..indicators.matcher import MatchResult

    key, text = item
    return key, text, MatchResult((), (), 0.0, "", (f"not matched: {reason}",)), None


def link_stage(store: Store, progress: ProgressCallback = _noop) -> int:
    """Group near-duplicate images (pHash distance <= 10) and store the groups."""
    from ..linking.near_duplicates import DEFAULT_RADIUS, clusters, near_duplicate_pairs

    hashes = store.image_hashes()
    groups = []
    if len(hashes) >= 2:
        pairs = near_duplicate_pairs([int(h, 16) for _, h in hashes], DEFAULT_RADIUS)
        groups = [([hashes[i][0] for i in c.members], c.distance) for c in clusters(len(hashes), pairs)]
    store.replace_image_clusters(groups)
    progress(Progress("link", len(hashes), len(hashes), message=f"{len(groups)} image groups"))
    return len(groups)


def scan(store: Store, run: Run | ScanOptions = ScanOptions(),
         progress: ProgressCallback = _noop, record=None) -> dict:
    """Run (or resume) the scan of every exhibit in the case.

    :param run: the run context (:func:`evidtriage.run.open_run`); given plain options, a local
        run is opened for this scan.
    :param record: appends a signed custody entry: ``record(action, subject, details)``.
    :return: counts for the summary.
    """
    if isinstance(run, ScanOptions):
        from ..run import open_run

        with open_run(run) as opened:
            return scan(store, opened, progress, record)
    check_finding_options(store, run.options)
    run_id = store.start_run(run.manifest)
    if record:
        record("scan started", f"run {run_id}", {"run": run_id, "manifest": run.manifest,
                                                  "executor": run.executor.describe()})
    adopt_key_files(store, run.options, record)
    walk_stage(store, progress)
    hashed = hash_stage(store, run, progress)
    known_hash_stage(store, run, progress)
    examined = examine_stage(store, run, progress)
    older = other_parser_versions(store, run.plugins)
    if older:
        store.notices.append(older)
    match_stage(store, run, progress)
    link_stage(store, progress)
    counts = summary_counts(store)
    counts.update({"hashed_this_run": hashed, "examined_this_run": examined})
    store.finish_run(run_id, counts)
    if record:
        record("scan finished", f"run {run_id}", {"run": run_id, "counts": counts})
    return counts


def other_parser_versions(store: Store, plugins) -> str:
    """A notice when some of the case's contents were examined by another version of their
    parser than this run's ("" when none were).

    Each content is examined once: a case reopened after evidtriage was upgraded keeps the
    artifacts the earlier parser made (each artifact names its parser's version in the reports),
    while new contents are read by today's parser. The examiner is told, not refused: the earlier
    artifacts are still what that parser read; a case read wholly by today's parsers is a new case.
    """
    now = {e.cls.NAME: e.cls.VERSION for e in plugins.parsers}
    other = [(p, v, n) for p, v, n in store.parser_versions() if p in now and v != now[p]]
    if not other:
        return ""
    said = "; ".join(f"{n} by {p} {v} (this run has {now[p]})" for p, v, n in other)
    total = sum(n for *_, n in other)
    whose = "1 content of this case keeps" if total == 1 else f"{total} contents of this case keep"
    return (f"{whose} the artifacts of another parser version ({said}): "
            "each content is examined once, and the reports name each artifact's parser version; to read every "
            "content with this run's parsers, triage the evidence into a new case folder")


#: What each option that changes findings is called on the command line, for messages.
_OPTION_NAMES = {"ocr": "OCR", "ocr_languages": "--ocr-lang", "date_order": "--date-order"}


def finding_options(options: ScanOptions) -> dict:
    """The options that change what the parsers find (the rule packs are handled by the match
    stage, which matches everything again when they change)."""
    return {"ocr": "on" if options.ocr else "off (--no-ocr)",
            "ocr_languages": options.ocr_languages if options.ocr else "",
            "date_order": options.date_order or "inferred per file"}


def check_finding_options(store: Store, options: ScanOptions) -> None:
    """Options that change findings are fixed for a case once its first content is examined.

    A scan resumed (or re-run) with other ones would examine the rest of the evidence differently
    from what was examined already, and the report would describe all of it with the last run's
    options: OCR "off" over pictures that were read. Such a scan is refused before it starts.
    """
    from ..errors import UserError

    wanted = finding_options(options)
    held = store.setting("finding_options")
    if held and store.examined_count():
        before = json.loads(held)
        changed = [k for k in wanted if before.get(k) != wanted[k]]
        if changed:
            said = "; ".join(f"{_OPTION_NAMES[k]} {before.get(k) or 'not used'} then, {wanted[k] or 'not used'} now"
                             for k in changed)
            raise UserError(f"this case was examined with other options ({said}): findings would mix both; "
                            "run it again with the options it was examined with, or triage into a new case folder")
    store.set_setting("finding_options", json.dumps(wanted, sort_keys=True))


def adopt_key_files(store: Store, options: ScanOptions, record=None) -> int:
    """Keys given to a case re-open what was left encrypted, and only that.

    With any key given, a backup examined earlier with no key at all is examined again (a run
    that stopped after taking a key may have been followed by one without it); one that the keys
    known then did not open is examined again when a key is new. Every other content keeps what
    it was found to hold. Each new key is a custody entry (its name and SHA-256, never its
    bytes). Returns how many contents were re-opened.
    """
    if not options.key_files:
        return 0
    held = set(json.loads(store.setting("key_files") or "[]"))
    new = [k for k in options.key_files if k.sha256 not in held]
    reopened = store.reopen_contents(ENCRYPTED_MARK, ("not examined", "skipped") if new else ("not examined",))
    for k in new:
        if record:
            record("key file given", k.name, {**k.describe(), "contents_reopened": reopened})
    if new:
        store.set_setting("key_files", json.dumps(sorted(held | {k.sha256 for k in new})))
    return reopened


def summary_counts(store: Store) -> dict:
    """Files, bytes, distinct contents and skips held by the store."""
    files = store.file_records()
    distinct = {f.digests.blake3 for f in files if f.digests}
    return {
        "files": len(files),
        "bytes": sum(f.size for f in files),
        "distinct_contents": len(distinct),
        "duplicates": sum(1 for f in files if f.digests) - len(distinct),
        "unreadable": sum(1 for f in files if f.hashed and f.digests is None),
        "skips": len(store.skips()),
    }
