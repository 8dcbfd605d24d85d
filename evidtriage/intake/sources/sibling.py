"""Where a file beside an evidence file is: the same folder on disk, or the same folder inside
the same archive. Only plain names are accepted (no separators, no ``..``), so a parser can
never reach outside the folder of the file it was given, and never through a link."""

from __future__ import annotations

import os
import stat

from ...model import Locator


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


def relative_locator(locator: Locator, file_path: str, target: str) -> Locator | None:
    """The locator of the exhibit path ``target`` (``folder/name`` or ``a.zip!/folder/name``),
    found from the locator of the file at exhibit path ``file_path``, when ``target`` is a regular
    file in the same archive (or, for a file on disk, on disk under the same exhibit root). None
    when it is anywhere else, climbs with ``..``, or passes through a link."""
    container, _, inner = file_path.rpartition("!/")
    t_container, _, t_inner = target.rpartition("!/")
    parts = t_inner.split("/")
    if container != t_container or not t_inner or any(p in ("", ".", "..") for p in parts) or "\\" in t_inner:
        return None
    if locator.members:
        return Locator(locator.disk_path, (*locator.members[:-1], t_inner))
    if not locator.disk_path.endswith(inner) or (len(locator.disk_path) > len(inner)
                                                 and locator.disk_path[-len(inner) - 1] != os.sep):
        return None
    root = locator.disk_path[: len(locator.disk_path) - len(inner)]
    path = root
    for p in parts:  # no link on the way: the exhibit's walk does not follow links either
        path = os.path.join(path, p)
        try:
            st = os.lstat(path)
        except OSError:
            return None
        if stat.S_ISLNK(st.st_mode):
            return None
    return Locator(path) if stat.S_ISREG(st.st_mode) else None
