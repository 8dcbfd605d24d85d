"""evidtriage: offline digital-evidence triage.

The public API for plugin authors is :mod:`evidtriage.plugin_api` (versioned); this module
re-exports its names, and plugins import nothing else.
"""

__version__ = "0.1.0"

#: Where each public name lives; imported on first use (PEP 562), so that a command that loads no
#: plugins (``evidtriage hash`` at acquisition time) does not pay for the plugin machinery.
_EXPORTS = {name: "plugin_api" for name in (
    "ImageArtifact", "MessageArtifact", "MetadataArtifact", "TextArtifact", "FileInfo",
    "NotMyFormat", "ParseContext", "ParseError", "Parser", "JsonNestingGuard", "hookimpl", "database_copy",
    "ocr_text", "ocr_words", "ocr_available", "ocr_languages_used", "render_scale", "MAX_DECODE_PIXELS", "utc_text",
    "epoch_utc", "apple_utc", "db_text", "db_int", "db_tables", "db_columns", "db_select", "one_line",
    "SQLITE_MAGIC", "until_damaged", "MAX_TEXT_CHARS", "cut_record",
)}


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'evidtriage' has no attribute {name!r}")

__all__ = [*sorted(_EXPORTS), "__version__"]
