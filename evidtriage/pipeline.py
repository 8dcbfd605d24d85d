"""The scan: walk -> hash (and list archives) -> dedupe -> examine contents -> store.

Each stage is a plain function over plain records; per-file work runs in
:mod:`evidtriage.workers` through :mod:`evidtriage.executors`, and only this module's caller
(the main process) writes the store.

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

from . import __version__
from .executors import (
    DEFAULT_WORKER_MEMORY, GRACE_SECONDS, Isolation, default_workers, make_batches,
    memory_cap_description, memory_cap_method, run_batches,
)
from .model import DIGEST_NAMES, HashResult, Progress
from .ocr import decode_limits
from .ocr import manifest as ocr_manifest
from .sniffing import libmagic_version
from .sniffing import ARCHIVE_TYPES
from .sources import DEFAULT_LIMITS, ArchiveLimits, InflationBudget, walk_exhibit
from .store import Store
from .workers import hash_batch

ProgressCallback = Callable[[Progress], None]

#: Packages whose versions a finding may depend on; recorded in every run manifest.
RECORDED_PACKAGES = ("blake3", "python-magic", "pluggy", "pyyaml", "pyahocorasick", "regex",
                     "phonenumbers", "cryptography", "typer", "rich", "pillow", "pillow-heif", "exifread",
                     "imagehash", "tesserocr", "pypdf", "charset-normalizer", "numpy", "numba", "pytsk3",
                     "libewf-python")


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
    worker_memory: int = DEFAULT_WORKER_MEMORY  # memory a worker may use (cgroup v2) or add to what it inherits (RLIMIT_AS)

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else default_workers()


def _package_versions() -> dict[str, str]:
    out = {}
    for name in RECORDED_PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def run_manifest(options: ScanOptions) -> dict:
    """What produced the findings: tool, libraries, plugins, rule packs. No timestamps."""
    return {
        "tool": {"name": "evidtriage", "version": __version__},
        "python": platform.python_version(),
        "libmagic": libmagic_version(),
        "packages": _package_versions(),
        "digests": list(DIGEST_NAMES),
        "plugin_api": _plugin_api_version(),
        "plugins": _plugin_manifest(options),
        "rule_packs": _rule_pack_manifest(options),
        "review_line": load_matcher(options).line,
        "hash_sets": hashset_manifest(options),
        "ocr": ocr_manifest(options.ocr, options.ocr_languages),
        "image_decoding": decode_limits(),
        "date_order": options.date_order or "inferred per file",
        "workers": {
            "memory_cap_method": memory_cap_method(options.worker_memory),
            "memory_cap": memory_cap_description(options.worker_memory),
            "time_limits": f"each parser's TIMEOUT, kept from outside the worker ({GRACE_SECONDS:g} s grace); "
                           "a worker that dies or overruns costs only its file, recorded as skipped",
        },
        "archive_limits": {
            "max_depth": options.limits.max_depth, "max_ratio": options.limits.max_ratio,
            "min_ratio_size": options.limits.min_ratio_size,
            "max_member_size": options.limits.max_member_size,
            "max_total_size": options.limits.max_total_size,
            "inflation_allowance": options.limits.inflation_allowance,
            "max_members": options.limits.max_members,
        },
    }


def _plugin_api_version() -> str:
    from .plugin_api import VERSION

    return VERSION


def _plugin_manifest(options: ScanOptions) -> list[dict]:
    from .plugins import load_plugins

    return load_plugins(options.plugins_dirs).manifest()


def _rule_pack_manifest(options: ScanOptions) -> list[dict]:
    """Each pack by id, version and file sha256, with its rules' citable details."""
    packs = load_matcher(options).packs
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


def hash_stage(store: Store, options: ScanOptions, progress: ProgressCallback = _noop) -> int:
    """Hash every file not yet hashed; archives found are listed and their members hashed too."""
    done_files = done_bytes = 0
    total_files, total_bytes = store.pending_hash_totals()
    # Each pass ends with all its work recorded, so a file is never in flight twice. Every
    # file sent is recorded as hashed (with digests or with the problem), so passes end.
    budgets = {ex: InflationBudget(options.limits, disk, inflated)
               for ex, (disk, inflated) in store.inflation_totals(ARCHIVE_TYPES).items()}
    while (pending := store.pending_hash_totals()[0]):
        lone = pending == 1  # one big file alone is hashed on two threads instead
        batches = make_batches(_pending_files(store), lambda f: f.size)
        for batch, results in run_batches(hash_batch, batches, 1 if lone else options.worker_count,
                                          DIGEST_NAMES, options.limits, True, lone,
                                          isolation=_hash_isolation(options)):
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


def known_hash_stage(store: Store, options: ScanOptions, progress: ProgressCallback = _noop) -> int:
    """Mark contents found in known-hash sets, before anything parses them.

    Known-good contents are left out of parsing; known-bad ones are flagged and never parsed,
    thumbnailed or rendered (a report lists them by hash and path only). Where sets disagree,
    known-bad wins: leaving out a file that a known-bad set names would hide it.
    """
    sets = hashset_manifest(options)
    if not sets:
        return 0
    from .store import HashSetLibrary

    todo = store.unexamined_digests()
    marked = []
    with HashSetLibrary(_library_path(options)) as lib:
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
    from .linking.hashsets import default_library_path

    return options.hashsets or default_library_path()


def hashset_manifest(options: ScanOptions) -> list[dict]:
    """The hash sets a scan consults, each with its file's sha256 (for the run manifest)."""
    import os

    from .store import HashSetLibrary

    path = _library_path(options)
    if not os.path.isfile(path):
        return []
    with HashSetLibrary(path) as lib:
        return [{k: s[k] for k in ("name", "kind", "format", "sha256", "entries")} for s in lib.sets()]


def examine_stage(store: Store, options: ScanOptions, progress: ProgressCallback = _noop) -> int:
    """Parse each distinct content once (by BLAKE3) with the parser plugins, in the worker pool.

    Each batch's statuses and artifacts are committed together, so a killed scan resumes with
    the contents it had not finished.
    """
    from .parsers import ParseContext
    from .parsing import ParseTask, parse_batch
    from .plugins import load_plugins

    from . import parsing

    load_plugins(options.plugins_dirs)  # loaded here, before the workers fork, and checked
    info = store.case_info()
    ctx = ParseContext(timezone=info.timezone, ocr=options.ocr, ocr_languages=options.ocr_languages,
                       options={"date_order": options.date_order} if options.date_order else {})
    todo = [ParseTask(b3, ef, mt or "", sha256, md5) for b3, ef, mt, sha256, md5 in store.contents_to_examine()]
    total_bytes = sum(t.file.size for t in todo)
    done = done_bytes = 0
    batches = make_batches(todo, lambda t: t.file.size, max_files=20, max_bytes=16 * 1024 * 1024)
    parsing.SPILL_DIR = spill_folder()  # inherited by the workers when they fork
    try:
        isolation = Isolation(lambda t, reason: parsing.ParseResult(t.blake3, "skipped", reason),
                              lambda t: 120.0, options.worker_memory)  # until a parser announces its TIMEOUT
        for batch, results in run_batches(parse_batch, batches, options.worker_count, options.plugins_dirs, ctx,
                                          isolation=isolation):
            store.record_parse_results(results)
            done += len(batch)
            done_bytes += sum(t.file.size for t in batch)
            progress(Progress("parse", done, len(todo), done_bytes, total_bytes))
    finally:
        shutil.rmtree(parsing.SPILL_DIR, ignore_errors=True)
        parsing.SPILL_DIR = None
    return len(todo)


SPILL_PREFIX = "evidtriage-scan-"


def spill_folder() -> str:
    """A temporary folder for this scan's spill files, named with its process id; folders left
    by scans whose process is gone (killed) are removed first."""
    base = tempfile.gettempdir()
    for entry in os.scandir(base):
        if entry.name.startswith(SPILL_PREFIX) and entry.is_dir(follow_symlinks=False):
            try:
                pid = int(entry.name[len(SPILL_PREFIX):].split("-", 1)[0])
                os.kill(pid, 0)
            except ProcessLookupError:
                shutil.rmtree(entry.path, ignore_errors=True)  # its scan was killed
            except (ValueError, PermissionError, OSError):
                pass  # not ours to judge
    return tempfile.mkdtemp(prefix=f"{SPILL_PREFIX}{os.getpid()}-")


def rule_pack_paths(options: ScanOptions) -> list:
    """The packs plugins give (the built-in ones first, through the same hook), then ``--rules``."""
    from .plugins import load_plugins

    return [*load_plugins(options.plugins_dirs).rule_pack_paths(), *options.rules]


_matcher_cache: dict = {}


def load_matcher(options: ScanOptions, region: str = "BD"):
    """The matcher for this run's rule packs; a broken pack stops the run before it starts."""
    from .indicators.matcher import Matcher
    from .indicators.rules import load_packs

    packs = load_packs(rule_pack_paths(options))
    key = (tuple(p.sha256 for p in packs), region)
    if key not in _matcher_cache:
        _matcher_cache.clear()
        _matcher_cache[key] = Matcher(packs, region)
    return _matcher_cache[key]


#: Texts sent to a worker at once for matching.
MATCH_BATCH = 2000


def _match_batch(batch: list[tuple[str, str]], _key) -> list:
    matcher = next(iter(_matcher_cache.values()))  # built before the workers forked
    results = matcher.match_many([text for _, text in batch])
    return [(key, text, r) for (key, text), r in zip(batch, results)]


def with_ocr_confidences(store: Store, results: list) -> list:
    """(key, text, MatchResult) with each entity of an OCR text given its words' confidence."""
    from dataclasses import replace

    from .indicators.entities import with_ocr_confidence

    words = store.ocr_word_confidences([key for key, _, r in results if r.entities])
    return [(key, text, replace(r, entities=with_ocr_confidence(r.entities, words[key])) if key in words else r)
            for key, text, r in results]


def match_stage(store: Store, options: ScanOptions, progress: ProgressCallback = _noop) -> int:
    """Match every artifact's text against the rule packs; extract entities; score.

    If the rule packs differ from those the case was matched with, every artifact is matched
    again, so that findings never mix two rule sets.
    """
    matcher = load_matcher(options)
    ruleset = ",".join(f"{p.id}@{p.sha256}" for p in matcher.packs)
    if store.setting("ruleset") != ruleset:
        store.reset_matches(ruleset)
    matcher.prepare()  # the workers fork from this process: its compiled prefilter goes with them
    total = store.count_to_match()

    def batches():
        # read from the store a few batches of texts per worker at a time, in key order (texts
        # in flight are past the last key read), so that one pool of workers, their repeat
        # caches warm, serves the whole stage
        after = ""
        while todo := store.artifacts_to_match(limit=4 * MATCH_BATCH * options.worker_count, after=after):
            after = todo[-1][0]
            yield from make_batches(todo, lambda kt: len(kt[1]), max_files=MATCH_BATCH, max_bytes=4 * 1024 * 1024)

    from .indicators.matcher import MatchResult

    def not_matched(item, reason):
        key, text = item
        return key, text, MatchResult((), (), 0.0, "", (f"not matched: {reason}",))

    isolation = Isolation(not_matched, lambda kt: 60.0 + len(kt[1]) / 256_000, options.worker_memory)
    done = 0
    for batch, results in run_batches(_match_batch, batches(), options.worker_count, ruleset, isolation=isolation):
        store.record_matches(with_ocr_confidences(store, results))
        done += len(batch)
        progress(Progress("match", done, max(total, done)))
    return done


def link_stage(store: Store, progress: ProgressCallback = _noop) -> int:
    """Group near-duplicate images (pHash distance <= 10) and store the groups."""
    from .linking.near_duplicates import DEFAULT_RADIUS, clusters, near_duplicate_pairs

    hashes = store.image_hashes()
    groups = []
    if len(hashes) >= 2:
        pairs = near_duplicate_pairs([int(h, 16) for _, h in hashes], DEFAULT_RADIUS)
        groups = [([hashes[i][0] for i in c.members], c.distance) for c in clusters(len(hashes), pairs)]
    store.replace_image_clusters(groups)
    progress(Progress("link", len(hashes), len(hashes), message=f"{len(groups)} image groups"))
    return len(groups)


def scan(store: Store, options: ScanOptions = ScanOptions(),
         progress: ProgressCallback = _noop, record=None) -> dict:
    """Run (or resume) the scan of every exhibit in the case.

    :param record: appends a signed custody entry: ``record(action, subject, details)``.
    :return: counts for the summary.
    """
    load_matcher(options)  # a broken rule pack stops the scan before anything is done
    check_finding_options(store, options)
    manifest = run_manifest(options)
    run_id = store.start_run(manifest)
    if record:
        record("scan started", f"run {run_id}", {"run": run_id, "manifest": manifest})
    walk_stage(store, progress)
    hashed = hash_stage(store, options, progress)
    known_hash_stage(store, options, progress)
    examined = examine_stage(store, options, progress)
    match_stage(store, options, progress)
    link_stage(store, progress)
    counts = summary_counts(store)
    counts.update({"hashed_this_run": hashed, "examined_this_run": examined})
    store.finish_run(run_id, counts)
    if record:
        record("scan finished", f"run {run_id}", {"run": run_id, "counts": counts})
    return counts


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
    from .errors import UserError

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
