"""Emoji and other pictographs in reports: named, so that none is lost as an empty box.

A message's emoji can matter (a knife, a plane, a money bag); shown as a blank box by a reader
or a PDF renderer without a font for it, it says nothing and invites a wrong reading. The PDF is
rendered here, so each pictograph that no installed font covers (asked of fontconfig) is written
as its Unicode name, ``[GRINNING FACE]``. The HTML is read on other machines, whose fonts are not
known: each pictograph keeps its glyph and is followed by its name, in small type.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from functools import cache


def is_pictograph(ch: str) -> bool:
    """Emoji and pictographic symbols (not letters, digits or punctuation of any script)."""
    o = ord(ch)
    if o < 0x2190:
        return False
    return unicodedata.category(ch) == "So" and (o >= 0x1F000 or 0x2190 <= o < 0x2C00 or 0x3297 <= o <= 0x3299)


def name_of(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}")


@cache
def font_covers(ch: str) -> bool:
    """Whether an installed font has a glyph for ``ch`` (fontconfig's ``fc-list``); False when
    fontconfig cannot be asked."""
    fc = shutil.which("fc-list")
    if not fc:
        return False
    try:
        found = subprocess.run([fc, f":charset={ord(ch):x}", "family"], capture_output=True, text=True,
                               timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.strip())
