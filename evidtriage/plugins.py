"""The plugin manager: finds plugins, registers them, and answers "which parsers, which rule
packs, from where".

Plugins come from three places, all through the same hooks, called through pluggy:

* the built-in plugins folder (``plugins/`` in a checkout; inside the wheel when installed),
  which also gives the built-in rule packs (``plugins/rule_packs.py``);
* ``--plugins-dir D`` folders;
* installed packages that declare an entry point in the ``evidtriage`` group (left out when
  ``EVIDTRIAGE_NO_ENTRY_POINTS`` is set, as the test suite does, so that tests do not depend on
  what happens to be installed).

In a folder, a module is a plugin when it declares the API versions it needs
(``EVIDTRIAGE_API = ">=1.0,<2"``, read from its source before anything is imported). Test files
(``test_*.py``, ``*_test.py``, ``conftest.py``), modules starting with ``_`` and modules that
declare nothing are never imported: a plugin's tests and helpers can sit beside it. They are
listed as not loaded, with why (``plugins list``).

Modules loaded from folders are named ``evidtriage_plugin_<folder hash>_<stem>`` in
``sys.modules``, so that worker processes (forked) see the same classes.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pluggy

from . import hookspecs
from .errors import UserError
from .hookspecs import hookimpl  # noqa: F401 - kept importable from here for older plugins
from .parsers import Parser
from .plugin_api import DECLARATION
from .plugin_api import VERSION as API_VERSION
from .resources import builtin_plugins_dir

ENTRY_POINT_GROUP = "evidtriage"
_TEST_FILE = re.compile(r"^(test_.*|.*_test|conftest)\.py$")


@dataclass(frozen=True)
class ParserEntry:
    cls: type[Parser]
    origin: str  # "built-in", "plugins-dir:/path/x.py", "entry-point:pkg"


@dataclass(frozen=True)
class RulePackEntry:
    path: Path
    origin: str


@dataclass(frozen=True)
class NotLoaded:
    """A file in a plugins folder that was not imported, and why."""

    path: str
    reason: str


class PluginError(UserError):
    """A plugin that cannot be loaded or declares something invalid."""


def declared_api(path: Path) -> str | None:
    """The ``EVIDTRIAGE_API`` string a module's source assigns at its top level, or None;
    read without importing the module."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except SyntaxError as exc:
        raise PluginError(f"plugin {path} cannot be read: syntax error at line {exc.lineno}") from None
    except OSError as exc:
        raise PluginError(f"plugin {path} cannot be read: {exc.strerror or exc}") from None
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == DECLARATION for t in targets):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
            raise PluginError(f"plugin {path}: {DECLARATION} must be a string such as \">=1.0,<2\"")
    return None


def check_api(spec: str, origin: str) -> None:
    """Refuse a plugin whose declared range does not hold this evidtriage's plugin API."""
    from packaging.specifiers import InvalidSpecifier, SpecifierSet
    from packaging.version import Version

    try:
        wanted = SpecifierSet(spec)
    except InvalidSpecifier:
        raise PluginError(f"plugin {origin}: {DECLARATION} = {spec!r} is not a version range "
                          "(write, for example, \">=1.0,<2\")") from None
    if not wanted.contains(Version(API_VERSION), prereleases=True):
        raise PluginError(f"plugin {origin} needs plugin API {spec}; this evidtriage has plugin API "
                          f"{API_VERSION}: use a version of the plugin made for {API_VERSION.split('.')[0]}.x")


def _load_module(path: Path):
    folder_tag = hashlib.sha256(str(path.parent.resolve()).encode()).hexdigest()[:10]
    name = f"evidtriage_plugin_{folder_tag}_{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PluginError(f"cannot load plugin {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001 - a broken plugin is the user's to fix: say where
        del sys.modules[name]
        raise PluginError(f"plugin {path} failed to load: {type(exc).__name__}: {exc}") from None
    return module


def folder_modules(folder: Path) -> tuple[list[Path], list[NotLoaded]]:
    """The plugin modules of a folder (their declared API checked), and the files left out."""
    if not folder.is_dir():
        raise PluginError(f"plugins folder not found: {folder}")
    modules, left = [], []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        if _TEST_FILE.match(path.name):
            left.append(NotLoaded(str(path), "a test file: never loaded as a plugin"))
            continue
        spec = declared_api(path)
        if spec is None:
            left.append(NotLoaded(str(path), f"declares no {DECLARATION}: not a plugin module "
                                             f"(add {DECLARATION} = \">=1.0,<2\" if it is one)"))
            continue
        check_api(spec, str(path))
        modules.append(path)
    return modules, left


#: A bracket expression that reads like a word: ``[LINE]`` is one character of L, I, N, E.
_WORDY_CLASS = re.compile(r"\[(?!!)([A-Za-z]{3,})\]")


def pattern_warnings(cls: type[Parser]) -> list[str]:
    """Filename patterns that probably do not mean what they say (glob character classes)."""
    out = []
    for p in cls.FILENAME_PATTERNS:
        m = _WORDY_CLASS.search(p)
        if m:
            out.append(f"parser {cls.NAME}: pattern {p!r}: {m[0]} matches one character ({', '.join(m[1])}), "
                       f"not the text {m[1]!r}; write [[]{m[1]}] for a literal bracket")
    return out


class Plugins:
    """The loaded plugins of one run."""

    def __init__(self, plugins_dirs: tuple[str, ...] = (), entry_points: bool | None = None):
        self.pm = pluggy.PluginManager("evidtriage")
        self.pm.add_hookspecs(hookspecs)
        self.origins: dict[object, str] = {}
        self.declared: dict[str, str] = {}  # origin -> the API range it declared
        self.not_loaded: list[NotLoaded] = []
        modules, _ = folder_modules(builtin_plugins_dir())  # the built-in folder holds plugins only
        for path in modules:
            self._register(_load_module(path), "built-in", declared_api(path) or "")
        for d in plugins_dirs:
            modules, left = folder_modules(Path(d))
            self.not_loaded += left
            for path in modules:
                self._register(_load_module(path), f"plugins-dir:{path}", declared_api(path) or "")
        if entry_points is None:
            entry_points = not os.environ.get("EVIDTRIAGE_NO_ENTRY_POINTS")
        if entry_points:
            self._load_entry_points()
        try:
            self.pm.check_pending()  # a misspelled hook name fails loudly
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"plugin declares an unknown hook: {exc}") from None
        self._parsers = self._collect_parsers()
        self._packs = self._collect_rule_packs()

    def _register(self, module, origin: str, declared: str) -> None:
        if self.pm.is_registered(module):
            return
        try:
            self.pm.register(module)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginError(f"plugin {origin} cannot be registered: {exc}") from None
        self.origins[module] = origin
        self.declared[origin] = declared

    def _per_plugin(self, hook_name: str) -> list[tuple[str, object]]:
        """(origin, result) of one hook for each plugin that implements it, each called through
        pluggy (with only that plugin), so that hooks can gain keyword arguments."""
        hook = getattr(self.pm.hook, hook_name)
        out = []
        for impl in hook.get_hookimpls():
            others = [p for p in self.pm.get_plugins() if p is not impl.plugin]
            results = self.pm.subset_hook_caller(hook_name, remove_plugins=others)()
            origin = self.origins.get(impl.plugin, "unknown")
            for result in results:
                out.append((origin, result))
        return out

    def _load_entry_points(self) -> None:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                module = ep.load()
            except Exception as exc:  # noqa: BLE001
                raise PluginError(f"plugin {ep.name} ({ep.value}) failed to load: {exc}") from None
            origin = f"entry-point:{ep.dist.name if ep.dist else ep.value}"
            spec = getattr(module, DECLARATION, None)
            if not isinstance(spec, str):
                raise PluginError(f"plugin {origin} ({ep.value}) declares no {DECLARATION}: "
                                  "it cannot say which plugin API it was made for")
            check_api(spec, origin)
            self._register(module, origin, spec)

    def _collect_parsers(self) -> list[ParserEntry]:
        entries: list[ParserEntry] = []
        seen: dict[str, str] = {}
        for origin, classes in self._per_plugin("register_parsers"):
            for cls in classes or []:
                if not (isinstance(cls, type) and issubclass(cls, Parser)):
                    raise PluginError(f"{origin}: register_parsers returned {cls!r}, not a Parser subclass")
                if not cls.NAME:
                    raise PluginError(f"{origin}: parser {cls.__name__} has no NAME")
                if cls.NAME in seen:
                    raise PluginError(f"parser name {cls.NAME!r} is declared twice ({seen[cls.NAME]} and {origin})")
                seen[cls.NAME] = origin
                entries.append(ParserEntry(cls, origin))
        entries.sort(key=lambda e: (-e.cls.PRIORITY, e.cls.NAME))
        return entries

    @property
    def parsers(self) -> list[ParserEntry]:
        return list(self._parsers)

    def parser(self, name: str) -> type[Parser]:
        for e in self._parsers:
            if e.cls.NAME == name:
                return e.cls
        raise KeyError(name)

    def _collect_rule_packs(self) -> list[RulePackEntry]:
        out: list[RulePackEntry] = []
        for origin, paths in self._per_plugin("register_rule_packs"):
            if isinstance(paths, (str, os.PathLike)) or not isinstance(paths, (list, tuple)):
                raise PluginError(f"{origin}: register_rule_packs returned {paths!r}, not a list of paths")
            for p in paths:
                if not isinstance(p, (str, os.PathLike)):
                    raise PluginError(f"{origin}: register_rule_packs returned {p!r}, not a path")
                out.append(RulePackEntry(Path(p), origin))
        # the built-in packs first, then the others in the order the plugins were found
        out.sort(key=lambda e: e.origin != "built-in")
        return out

    @property
    def rule_packs(self) -> list[RulePackEntry]:
        return list(self._packs)

    def rule_pack_paths(self) -> list[Path]:
        return [e.path for e in self._packs]

    def warnings(self) -> list[str]:
        """What a plugin author should know: filename patterns that probably do not match."""
        return [w for e in self._parsers for w in pattern_warnings(e.cls)]

    def manifest(self) -> list[dict]:
        """Name, version, origin and declared plugin API of every parser, for the run manifest."""
        return [{"name": e.cls.NAME, "version": e.cls.VERSION,
                 "origin": e.origin.split(":", 1)[0] if e.origin.startswith("plugins-dir") else e.origin,
                 "api": self.declared.get(e.origin, "")}
                for e in self._parsers]


_loaded: dict[tuple, Plugins] = {}


def load_plugins(plugins_dirs: tuple[str, ...] = ()) -> Plugins:
    """The plugins for these folders (loaded once per process)."""
    key = tuple(str(Path(d).resolve()) for d in plugins_dirs)
    if key not in _loaded:
        _loaded[key] = Plugins(tuple(plugins_dirs))
    return _loaded[key]
