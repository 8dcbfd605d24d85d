"""Where the built-in plugins and rule packs are, from a checkout or from an installed wheel.

In a checkout they sit at the top of the repository (``plugins/``, ``rules/``) so that they read
like any third party's; the wheel carries them inside the package (``evidtriage/_builtin/``, see
``pyproject.toml``).
"""

from __future__ import annotations

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
