"""Every hook evidtriage calls, in one module, each with its documented signature.

Built-in plugins (``plugins/``) implement these exactly as third-party ones do. Hooks are
called with keyword arguments only, so that new arguments can be added without breaking a
plugin that does not take them.
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("evidtriage")
#: What a plugin marks its hook functions with (``evidtriage.plugin_api.hookimpl``).
hookimpl = pluggy.HookimplMarker("evidtriage")


@hookspec
def register_parsers():
    """Parsers this plugin provides.

    :return: a list of :class:`evidtriage.Parser` subclasses (classes, not instances).
    """


@hookspec
def register_rule_packs():
    """Indicator rule packs this plugin provides, in addition to the built-in ones.

    :return: a list of paths (``str`` or ``pathlib.Path``) of YAML rule-pack files or folders.
    """
