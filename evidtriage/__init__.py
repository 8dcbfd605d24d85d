"""evidtriage: offline digital-evidence triage.

The public API for plugin authors is what this module exports; plugins import nothing else.
"""

__version__ = "0.1.0"

from .artifacts import ImageArtifact, MessageArtifact, MetadataArtifact, TextArtifact  # noqa: E402
from .parsers import FileInfo, NotMyFormat, ParseContext, ParseError, Parser  # noqa: E402
from .plugins import hookimpl  # noqa: E402

__all__ = [
    "FileInfo", "ImageArtifact", "MessageArtifact", "MetadataArtifact", "NotMyFormat",
    "ParseContext", "ParseError", "Parser", "TextArtifact", "hookimpl", "__version__",
]
