"""``plugins explain FILE``: which parser takes a file, and why not the others.

A parser is tried on a file when its declared media types (from the file's leading bytes), its
filename patterns (glob, case-insensitive, on the file's own name) or its signatures match, and
then its ``can_parse`` says yes; parsers are tried by priority, and the first that does not raise
``NotMyFormat`` keeps the file. Here each of those checks is shown for every parser, then the
parse is run as a scan would run it, for what actually happens.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from .errors import UserError
from .plugins import Plugins, pattern_warnings


def explain(path: str, plugins: Plugins, timezone: str = "") -> dict:
    """For one file: its sniffed type, each parser's checks, and the outcome of the parse."""
    from .parsers import FileInfo
    from .intake.sniffing import SNIFF_SIZE, sniff_media_type
    from .testing import run_parser

    p = Path(path)
    if not p.is_file():
        raise UserError(f"{path} is not a file")
    with open(p, "rb") as f:
        head = f.read(SNIFF_SIZE)
    media = sniff_media_type(head) if head else "application/x-empty"
    info = FileInfo("EXPLAIN", p.name, p.name, p.stat().st_size, media, "")
    rows = []
    for e in plugins.parsers:
        cls = e.cls
        media_hit = [m for m in cls.MEDIA_TYPES if fnmatch.fnmatchcase(media, m)]
        name_hit = [n for n in cls.FILENAME_PATTERNS if fnmatch.fnmatch(p.name.lower(), n.lower())]
        sig_hit = [s.hex() for s in cls.SIGNATURES if head.startswith(s)]
        declared = bool(media_hit or name_hit or sig_hit)
        try:
            can = cls.can_parse(head, info) if declared else None
        except Exception as exc:  # noqa: BLE001 - a plugin's bug, shown as such
            can = f"raised {type(exc).__name__}: {exc}"
        if not declared:
            why = "not tried: " + "; ".join(filter(None, [
                f"type {media} is not {', '.join(cls.MEDIA_TYPES)}" if cls.MEDIA_TYPES else "",
                f"name {p.name!r} matches none of {', '.join(cls.FILENAME_PATTERNS)}" if cls.FILENAME_PATTERNS else "",
                "no signature at the start" if cls.SIGNATURES else ""])) or "not tried: declares nothing it accepts"
        elif can is True:
            why = "tried: " + ", ".join(filter(None, [
                f"type matches {media_hit[0]}" if media_hit else "", f"name matches {name_hit[0]}" if name_hit else "",
                f"starts with 0x{sig_hit[0]}" if sig_hit else ""])) + ("; can_parse says yes")
        else:
            why = f"not tried: can_parse says {'no' if can is False else can}"
        rows.append({"parser": cls.NAME, "version": cls.VERSION, "origin": e.origin, "priority": cls.PRIORITY,
                     "tried": declared and can is True, "why": why, "warnings": pattern_warnings(cls)})
    run = run_parser([e.cls for e in plugins.parsers], p, timezone=timezone)
    return {"file": str(p), "media_type": media, "parsers": rows,
            "outcome": {"status": run.status, "reason": run.reason, "parser": run.parser, "artifacts": len(run.stamped)}}
