"""The built-in indicator rule packs (``rules/``), given through the same hook as a third party's.

The packs sit beside this folder: ``rules/`` at the top of a checkout, ``evidtriage/_builtin/rules``
in an installed wheel.
"""

from pathlib import Path

from evidtriage.plugin_api import hookimpl

EVIDTRIAGE_API = ">=1.0,<2"


@hookimpl
def register_rule_packs():
    return [Path(__file__).resolve().parent.parent / "rules"]
