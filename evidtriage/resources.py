"""Where evidtriage's own files are: the built-in plugins and rule packs, and the examiner's folders.

In a checkout the built-in plugins and packs sit at the top of the repository (``plugins/``,
``rules/``) so that they read like any third party's; the wheel carries them inside the package
(``evidtriage/_builtin/``, see ``pyproject.toml``). The examiner's keys, hash sets and cached
keyword forms are in the XDG base directories (:func:`user_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _builtin(name: str) -> Path:
    packaged = _PACKAGE / "_builtin" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def builtin_plugins_dir() -> Path:
    return _builtin("plugins")


def builtin_rules_dir() -> Path:
    return _builtin("rules")


#: The XDG base directories evidtriage uses, and where each is when its variable is unset.
_XDG = {"config": ("XDG_CONFIG_HOME", (".config",)), "data": ("XDG_DATA_HOME", (".local", "share")),
        "cache": ("XDG_CACHE_HOME", (".cache",))}


def user_dir(kind: str) -> Path:
    """evidtriage's folder of the examiner's ``kind`` of files ("config", "data" or "cache"):
    ``$XDG_CONFIG_HOME/evidtriage``, else ``~/.config/evidtriage`` (and so on)."""
    variable, default = _XDG[kind]
    base = os.environ.get(variable) or os.path.join(os.path.expanduser("~"), *default)
    return Path(base) / "evidtriage"
