"""The plugin manager: finds plugins, registers them, and answers "which parsers, from where".

Plugins come from three places, all through the same hooks:

* the built-in plugins folder (``plugins/`` in a checkout; inside the wheel when installed);
* ``--plugins-dir D`` folders: every ``*.py`` file (not starting with ``_``) is a plugin module;
* installed packages that declare an entry point in the ``evidtriage`` group (left out when
  ``EVIDTRIAGE_NO_ENTRY_POINTS`` is set, as the test suite does, so that tests do not depend on
  what happens to be installed).

Modules loaded from folders are named ``evidtriage_plugin_<folder hash>_<stem>`` in
``sys.modules``, so that worker processes (forked) see the same classes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pluggy

from . import hookspecs
from .errors import UserError
from .parsers import Parser
from .resources import builtin_plugins_dir

hookimpl = pluggy.HookimplMarker("evidtriage")
ENTRY_POINT_GROUP = "evidtriage"


@dataclass(frozen=True)
class ParserEntry:
    cls: type[Parser]
    origin: str  # "built-in", "plugins-dir:/path/x.py", "entry-point:pkg"


class PluginError(UserError):
    """A plugin that cannot be loaded or declares something invalid."""


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


def _folder_modules(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise PluginError(f"plugins folder not found: {folder}")
    return sorted(p for p in folder.glob("*.py") if not p.name.startswith("_"))


class Plugins:
    """The loaded plugins of one run."""

    def __init__(self, plugins_dirs: tuple[str, ...] = (), entry_points: bool | None = None):
        self.pm = pluggy.PluginManager("evidtriage")
        self.pm.add_hookspecs(hookspecs)
        self.origins: dict[object, str] = {}
        for path in _folder_modules(builtin_plugins_dir()):
            self._register(_load_module(path), "built-in")
        for d in plugins_dirs:
            for path in _folder_modules(Path(d)):
                self._register(_load_module(path), f"plugins-dir:{path}")
        if entry_points is None:
            entry_points = not os.environ.get("EVIDTRIAGE_NO_ENTRY_POINTS")
        if entry_points:
            self._load_entry_points()
        try:
            self.pm.check_pending()  # a misspelled hook name fails loudly
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"plugin declares an unknown hook: {exc}") from None
        self._parsers = self._collect_parsers()

    def _register(self, module, origin: str) -> None:
        if self.pm.is_registered(module):
            return
        try:
            self.pm.register(module)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginError(f"plugin {origin} cannot be registered: {exc}") from None
        self.origins[module] = origin

    def _load_entry_points(self) -> None:
        from importlib.metadata import entry_points

        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                module = ep.load()
            except Exception as exc:  # noqa: BLE001
                raise PluginError(f"plugin {ep.name} ({ep.value}) failed to load: {exc}") from None
            self._register(module, f"entry-point:{ep.dist.name if ep.dist else ep.value}")

    def _collect_parsers(self) -> list[ParserEntry]:
        entries: list[ParserEntry] = []
        seen: dict[str, str] = {}
        for impl in self.pm.hook.register_parsers.get_hookimpls():
            origin = self.origins.get(impl.plugin, "unknown")
            for cls in impl.function() or []:
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

    def rule_pack_paths(self) -> list[Path]:
        paths: list[Path] = []
        for result in self.pm.hook.register_rule_packs():
            paths.extend(Path(p) for p in (result or []))
        return paths

    def manifest(self) -> list[dict]:
        """Name, version and origin of every parser, for the run manifest."""
        return [{"name": e.cls.NAME, "version": e.cls.VERSION,
                 "origin": e.origin.split(":", 1)[0] if e.origin.startswith("plugins-dir") else e.origin}
                for e in self._parsers]


_loaded: dict[tuple, Plugins] = {}


def load_plugins(plugins_dirs: tuple[str, ...] = ()) -> Plugins:
    """The plugins for these folders (loaded once per process)."""
    key = tuple(str(Path(d).resolve()) for d in plugins_dirs)
    if key not in _loaded:
        _loaded[key] = Plugins(tuple(plugins_dirs))
    return _loaded[key]
