"""The Run context: everything a scan decides once, before the case is touched.

:func:`open_run` loads the plugins, the rule packs and their compiled matcher, reads the hash-set
library's manifest, writes the run manifest, makes the spill folder and starts the executor (which,
for a Dask cluster, checks every worker against the manifest). A broken plugin, rule pack or hash
set, an unreachable scheduler or a worker with other versions is refused here, so the case folder
is never created or changed by a run that could not start. The stages receive the Run; nothing
travels through module globals.

Workers get what they need as picklable values: :class:`WorkerSpec` carries the rule packs
themselves (so a worker matches with exactly this run's packs, whatever is installed there) and
the plugin folders and versions it must load. A worker process rebuilds its plugins and matcher
from the spec once (:func:`worker_plugins`, :func:`worker_matcher`, memoised per process by the
spec's content) and refuses to work if what it loaded differs from the manifest.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from . import __version__
from .errors import UserError
from .pipeline.executors import Executor, LocalExecutor
from .pipeline.pathmap import PathMap
from .pipeline.stages import ScanOptions, engine_version, hashset_manifest, run_manifest, spill_folder


class WorkerMismatch(Exception):
    """A worker loaded another evidtriage, plugin API or plugin set than the run manifest names."""


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker process rebuilds its share of a run from (small, picklable).

    :param plugins_dirs: ``--plugins-dir`` folders, as the workers see them.
    :param packs: the run's rule packs (records, not paths: they travel with the work).
    :param expected: what the worker must load: evidtriage and plugin API versions and every
        parser's name and version, as in the run manifest.
    """

    plugins_dirs: tuple[str, ...]
    packs: tuple = ()
    region: str = "BD"
    expected: tuple = ()  # (("evidtriage", v), ("plugin_api", v), ("parser NAME", VERSION), ...)
    ocr_languages: str = ""  # the run's OCR languages ("" with --no-ocr): their engine and data are checked too
    ranking_aid: str = ""  # the ranking aid model's sha256 ("" with --no-ranking-aid); a worker loads its own and checks it

    def key(self) -> tuple:
        return (self.plugins_dirs, tuple(p.sha256 for p in self.packs), self.region, self.expected, self.ocr_languages,
                self.ranking_aid)


def loaded_versions(plugins, ocr_languages: str = "", ranking_aid: bool = False) -> tuple:
    """What a process has loaded, in the form of :attr:`WorkerSpec.expected`: evidtriage, the
    plugin API, every parser, and the libraries and libmagic the run manifest records (a worker
    with another libmagic types files otherwise, another regex or phonenumbers finds otherwise);
    with ``ocr_languages``, also the OCR engine's version and each language's data (another
    tesseract or traineddata reads pictures otherwise); with ``ranking_aid``, the sha256 of the
    ranking aid's model file (another model ranks otherwise)."""
    import platform

    from .pipeline.stages import package_versions
    from .plugin_api import VERSION
    from .intake.sniffing import libmagic_version

    aid: tuple = ()
    if ranking_aid:
        from .ranking_aid import RankingAidError, shipped_model

        try:
            aid = (("ranking aid model", shipped_model().sha256),)
        except RankingAidError as exc:
            aid = (("ranking aid model", f"not loaded ({exc})"),)
    ocr: tuple = ()
    if ocr_languages:
        from .ocr.tesseract import engine, language_data

        ocr = (("ocr engine", engine()[0] or "not available"),
               *((f"ocr data {lang}", sha) for lang, sha in sorted(language_data(ocr_languages).items())))
    return (("evidtriage", __version__), ("plugin_api", VERSION), ("python", platform.python_version()),
            ("libmagic", libmagic_version()),
            *((f"parser {e.cls.NAME}", e.cls.VERSION) for e in plugins.parsers),
            *((f"package {name}", v) for name, v in package_versions().items()), *ocr, *aid)


def differences(expected: tuple, found: tuple) -> str:
    """What differs between two :func:`loaded_versions`, in words ("" when nothing does)."""
    want, got = dict(expected), dict(found)
    out = []
    for name in sorted(set(want) | set(got)):
        if want.get(name) != got.get(name):
            out.append(f"{name} {got.get(name) or 'missing'} there, {want.get(name) or 'missing'} in the run manifest")
    return "; ".join(out)


# One per worker process, keyed by the spec's content: rebuilt once per process, never inherited
# as a channel (a forked worker may find the main process's entry; it is the same by its key).
_built: dict[tuple, tuple] = {}


def _build(spec: WorkerSpec) -> tuple:
    key = spec.key()
    if key not in _built:
        from .plugins import load_plugins

        plugins = load_plugins(spec.plugins_dirs)
        found = differences(spec.expected, loaded_versions(plugins, spec.ocr_languages, bool(spec.ranking_aid)))
        if found:
            raise WorkerMismatch(found)
        _built.clear()
        _built[key] = (plugins, None)
    return _built[key]


def worker_plugins(spec: WorkerSpec):
    """This process's plugins for the spec, checked against the manifest (raises WorkerMismatch)."""
    return _build(spec)[0]


_matcher_built = threading.Lock()  # one thread of a worker builds the matcher; another waits for it


def worker_matcher(spec: WorkerSpec):
    """This process's compiled matcher for the spec's rule packs."""
    plugins, matcher = _build(spec)
    if matcher is None:
        with _matcher_built:
            plugins, matcher = _build(spec)
            if matcher is None:
                from .indicators.matcher import Matcher

                matcher = Matcher(list(spec.packs), spec.region)
                matcher.prepare()
                _built[spec.key()] = (plugins, matcher)
    return matcher


def worker_aid(spec: WorkerSpec):
    """This process's ranking aid for the spec (None when the run has it off). The model is the
    one shipped in this process's evidtriage, checked against the spec's sha256 (by
    :func:`loaded_versions` when the worker was checked, and here again)."""
    if not spec.ranking_aid:
        return None
    from .ranking_aid import shipped_model

    aid = shipped_model()
    if aid.sha256 != spec.ranking_aid:
        raise WorkerMismatch(f"ranking aid model {aid.sha256} there, {spec.ranking_aid} in the run manifest")
    return aid


def build_matcher_meanwhile(spec: WorkerSpec) -> None:
    """Start building this process's matcher in a thread of its own, so that it is ready when the
    first texts come (a Dask worker: seconds of regex compiling, done while it hashes and parses
    rather than after)."""
    threading.Thread(target=worker_matcher, args=(spec,), name="evidtriage-matcher", daemon=True).start()


def check_worker(spec: WorkerSpec) -> str:
    """Run on a worker before any work is sent: "" when it matches the manifest, else what differs."""
    try:
        worker_plugins(spec)
    except WorkerMismatch as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a plugin that does not load there is a difference too
        return f"its plugins do not load: {type(exc).__name__}: {exc}"
    return ""


@dataclass
class Run:
    """One scan's context, built by :func:`open_run` and handed to every stage."""

    options: ScanOptions
    plugins: object
    packs: list
    matcher: object
    hash_sets: list[dict]
    manifest: dict
    spec: WorkerSpec
    executor: Executor
    spill_dir: str | None = None  # where workers spill the artifacts of very large files
    region: str = "BD"
    aid: object = None  # the ranking aid (evidtriage.ranking_aid.RankingAid), None with --no-ranking-aid

    @property
    def ruleset(self) -> str:
        """The packs and the matching engine a case's matches were made with, as its store
        remembers them (another value: every item is matched again)."""
        return ",".join([*(f"{p.id}@{p.sha256}" for p in self.packs), f"engine@{engine_version()}"])

    @property
    def aid_identity(self) -> str:
        """The ranking aid as the case store remembers it: model version, sha256 and line, or "off";
        with ``--aid-corroborates``, followed by "+corroborates" (the identity without it is the
        one cases matched before the option existed hold, so that they are not matched again)."""
        if self.aid is None:
            return "off"
        return self.aid.identity + ("+corroborates" if self.options.aid_corroborates else "")


def load_parts(options: ScanOptions, region: str = "BD"):
    """Plugins, rule packs and matcher of a run; a broken plugin or pack raises a UserError."""
    from .indicators.rules import load_packs
    from .plugins import load_plugins

    plugins = load_plugins(options.plugins_dirs)
    packs = load_packs([*plugins.rule_pack_paths(), *options.rules])
    return plugins, packs, shared_matcher(packs, region)


def shared_matcher(packs, region: str = "BD", keep: bool = True):
    """The matcher of ``packs``: the one this process built last for the same packs (by their
    sha256) and region, or a new one, kept for the next run when ``keep``. ``eval`` and ``rules
    test`` use one kept by a scan (or by the test session) but keep none of theirs, so that they
    never push a scan's matcher out: a process that runs several, as the tests do, builds and
    compiles the built-in packs' matcher once."""
    from .indicators.matcher import Matcher

    key = (tuple(p.sha256 for p in packs), region)
    matcher = _matchers.pop(key, None)
    if matcher is None:
        matcher = Matcher(packs, region)
        if not keep:
            return matcher
    _matchers[key] = matcher  # the most recent last
    while len(_matchers) > KEPT_MATCHERS:
        del _matchers[next(iter(_matchers))]
    return matcher


#: The main process's last matchers, kept for the next run of the same packs (a process that
#: runs scans with its own packs and with the built-in ones, in turn, builds each once)
_matchers: dict = {}
KEPT_MATCHERS = 2


@contextmanager
def open_run(options: ScanOptions, region: str = "BD") -> Iterator[Run]:
    """Build and check a run, start its executor; close both at the end.

    ``options.executor``: ``local`` (a process pool on this machine), ``dask-local`` (a Dask
    LocalCluster) or ``dask://HOST:PORT`` (a running ``dask scheduler``).
    ``options.evidence_map``: ``LOCAL=REMOTE`` prefixes: where Dask workers find the evidence and
    the plugin folders that this machine sees under LOCAL.
    """
    executor = options.executor
    paths = PathMap.parse(options.evidence_map)
    if paths and not executor.startswith("dask://"):
        raise UserError("--evidence-map is for Dask workers that mount the evidence elsewhere: "
                        "give it with --executor dask://HOST:PORT")
    plugins, packs, matcher = load_parts(options, region)
    hash_sets = hashset_manifest(options)
    ocr_languages = options.ocr_languages if options.ocr else ""
    aid = None
    if options.ranking_aid:
        from .ranking_aid import shipped_model

        aid = shipped_model()  # a model file that is not the recorded one is refused here
    spec = WorkerSpec(tuple(paths.to_remote(d) for d in options.plugins_dirs), tuple(packs), region,
                      loaded_versions(plugins, ocr_languages, aid is not None), ocr_languages,
                      aid.sha256 if aid is not None else "")
    # this process is the local pool's parent: its workers, forked, find the run's plugins and
    # matcher under the spec's key instead of loading them again (a Dask worker builds its own)
    _built.clear()
    _built[spec.key()] = (plugins, matcher)
    pool = _start_executor(executor, options, spec, paths)  # a Dask cluster's workers are checked here
    spill = None
    try:
        manifest = run_manifest(options, plugins, packs, matcher, hash_sets, pool.containment(options.worker_memory), aid)
        if options.spill_dir and not os.path.isdir(options.spill_dir):
            raise UserError(f"--spill-dir {options.spill_dir}: no such folder")
        spill = spill_folder(options.spill_dir)
        yield Run(options, plugins, packs, matcher, hash_sets, manifest, spec, pool, spill, region, aid)
    finally:
        pool.close()
        if spill:
            shutil.rmtree(spill, ignore_errors=True)


def _start_executor(name: str, options: ScanOptions, spec: WorkerSpec, paths: PathMap) -> Executor:
    if name == "local":
        return LocalExecutor(options.worker_count)
    if name == "dask-local" or name.startswith("dask://"):
        from .pipeline.dask_executor import DaskExecutor

        return DaskExecutor(None if name == "dask-local" else name[len("dask://"):], spec, paths,
                            workers=options.workers, memory_bytes=options.worker_memory,
                            shared_spill=bool(options.spill_dir))
    raise UserError(f"--executor must be local, dask-local or dask://HOST:PORT, not {name!r}")
