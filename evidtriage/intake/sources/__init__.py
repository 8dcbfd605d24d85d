"""Read-only evidence sources: a folder, a single file, and zip archives found in either.

Nothing under a source is ever written, renamed or extracted. See each module for the rules it
keeps and why.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from ...errors import SourceError
from ...model import EvidenceFile, Exhibit, Skip
from .archive import DEFAULT_LIMITS, ArchiveCache, ArchiveLimits, InflationBudget, list_members, open_evidence
from .folder import walk_folder, walk_single_file
from .reading import display_path, escape_path, open_readonly, unescape_path

__all__ = [
    "ArchiveCache", "ArchiveLimits", "DEFAULT_LIMITS", "InflationBudget", "display_path", "escape_path", "list_members",
    "open_evidence", "open_readonly", "source_kind", "unescape_path", "walk_exhibit",
]


def source_kind(path: str) -> str:
    """``"folder"`` or ``"file"`` for an evidence source, or a :class:`SourceError` saying why not."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise SourceError(f"evidence source not found: {path}") from None
    except OSError as exc:
        raise SourceError(f"cannot read evidence source {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        if not os.access(path, os.R_OK | os.X_OK):
            raise SourceError(f"cannot list evidence folder {path}: permission denied")
        return "folder"
    if stat.S_ISREG(st.st_mode):
        if not os.access(path, os.R_OK):
            raise SourceError(f"cannot read evidence file {path}: permission denied")
        return "file"
    raise SourceError(f"evidence source {path} is neither a folder nor a regular file")


def walk_exhibit(exhibit: Exhibit) -> Iterator[EvidenceFile | Skip]:
    """Every file on disk in the exhibit (archive members are listed later, by the hash stage)."""
    if exhibit.kind == "folder":
        yield from walk_folder(exhibit)
    else:
        yield from walk_single_file(exhibit)
