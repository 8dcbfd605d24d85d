"""Where a file beside an evidence file is: the same folder on disk, or the same folder inside
the same archive. Only plain names are accepted (no separators, no ``..``), so a parser can
never reach outside the folder of the file it was given, and never through a link."""

from __future__ import annotations

import os
import stat

from ..model import Locator


def sibling_locator(locator: Locator, name: str) -> Locator | None:
    """The locator of ``name`` beside ``locator``'s file, or None if it cannot be one."""
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
        return None
    if not locator.members:
        path = os.path.join(os.path.dirname(locator.disk_path), name)
        try:
            st = os.lstat(path)
        except OSError:
            return None
        return Locator(path) if stat.S_ISREG(st.st_mode) else None
    last = locator.members[-1]
    folder = last.rsplit("/", 1)[0] + "/" if "/" in last else ""
    return Locator(locator.disk_path, (*locator.members[:-1], folder + name))
