"""evidtriage: offline digital-evidence triage.

The public API for plugin authors is what this module exports; plugins import nothing else.
"""

__version__ = "0.1.0"

#: Where each public name lives; imported on first use (PEP 562), so that a command that loads no
#: plugins (``evidtriage hash`` at acquisition time) does not pay for the plugin machinery.
_EXPORTS = {
    "ImageArtifact": "artifacts", "MessageArtifact": "artifacts", "MetadataArtifact": "artifacts",
    "TextArtifact": "artifacts", "FileInfo": "parsers", "NotMyFormat": "parsers", "ParseContext": "parsers",
    "ParseError": "parsers", "Parser": "parsers", "hookimpl": "plugins", "database_copy": "sqlite_copy",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'evidtriage' has no attribute {name!r}")

__all__ = [
    "FileInfo", "ImageArtifact", "MessageArtifact", "MetadataArtifact", "NotMyFormat",
    "ParseContext", "ParseError", "Parser", "TextArtifact", "database_copy", "hookimpl", "__version__",
]
