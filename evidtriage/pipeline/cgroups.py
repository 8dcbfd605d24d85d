"""A memory cap for each worker process in its own cgroup v2, where the system delegates one.

RLIMIT_AS caps address space, not memory: a library that maps much and touches little fails
under it, and memory a worker shares with the main process counts in full. A cgroup v2's
``memory.max`` caps the memory a worker really uses, and the kernel stops that worker alone when
it is over. It needs a cgroup v2 hierarchy with the memory controller enabled for the children of
the cgroup this process runs in (``cgroup.subtree_control`` holding ``memory``: a delegated
cgroup, as systemd gives a unit with ``Delegate=yes``), and the right to create cgroups there.
Where that is not so, :func:`find_cgroup_memory` says why, and the caller keeps RLIMIT_AS; the
run manifest records which cap applied (``executors.memory_cap_description``).

Nothing here moves other processes or changes the cgroup this process is in: each worker gets
a new child cgroup, removed when the worker ends.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

PREFIX = "evidtriage-worker-"


@dataclass(frozen=True)
class CgroupMemory:
    """The cgroup (a folder of the cgroup v2 file system) in which each worker gets its own."""

    parent: str

    def add_worker(self, pid: int, memory_bytes: int) -> str:
        """Put process ``pid`` in a new cgroup whose memory (swap included) is capped at
        ``memory_bytes``; returns the cgroup's folder (for :meth:`oom_killed` and :meth:`remove`)."""
        path = os.path.join(self.parent, f"{PREFIX}{os.getpid()}-{pid}")
        os.mkdir(path)
        _write(os.path.join(path, "memory.max"), str(memory_bytes))
        if os.path.exists(os.path.join(path, "memory.swap.max")):
            _write(os.path.join(path, "memory.swap.max"), "0")
        _write(os.path.join(path, "cgroup.procs"), str(pid))
        return path

    @staticmethod
    def oom_killed(path: str) -> bool:
        """Whether the kernel stopped a process of this cgroup for going over ``memory.max``."""
        try:
            with open(os.path.join(path, "memory.events")) as f:
                return any(line.split()[:1] == ["oom_kill"] and int(line.split()[1]) > 0 for line in f)
        except (OSError, ValueError, IndexError):
            return False

    @staticmethod
    def remove(path: str) -> None:
        try:
            os.rmdir(path)  # (empty once its worker has ended)
        except OSError:
            pass


def _write(path: str, value: str) -> None:
    with open(path, "w") as f:
        f.write(value)


def _own_cgroup(proc: str) -> str | None:
    """This process's cgroup v2 path (``0::/path`` in /proc/self/cgroup), or None."""
    try:
        with open(os.path.join(proc, "cgroup")) as f:
            for line in f:
                hid, _, rest = line.rstrip("\n").partition(":")
                controllers, _, path = rest.partition(":")
                if hid == "0" and controllers == "":
                    return path
    except OSError:
        pass
    return None


def _cgroup2_mount(proc: str) -> str | None:
    """Where the cgroup v2 file system is mounted (from /proc/self/mountinfo), or None."""
    try:
        with open(os.path.join(proc, "mountinfo")) as f:
            for line in f:
                fields = line.split()
                if "-" in fields and fields[fields.index("-") + 1] == "cgroup2":
                    return fields[4].replace("\\040", " ")
    except OSError:
        pass
    return None


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def find_cgroup_memory(proc: str = "/proc/self") -> tuple[CgroupMemory | None, str]:
    """(the cgroup workers can be capped in, "") or (None, why not), for this process."""
    own = _own_cgroup(proc)
    if own is None:
        return None, "this process is in no cgroup v2 hierarchy"
    mount = _cgroup2_mount(proc)
    if mount is None:
        return None, "no cgroup v2 file system is mounted"
    here = os.path.normpath(os.path.join(mount, own.lstrip("/")))
    if "memory" not in _read(os.path.join(here, "cgroup.subtree_control")).split():
        available = _read(os.path.join(here, "cgroup.controllers")).split()
        if "memory" not in available:
            return None, (f"the memory controller is not available in cgroup v2 at {here} "
                          f"(controllers: {', '.join(available) or 'none'})")
        return None, f"the memory controller is not delegated to the children of {here} (cgroup.subtree_control)"
    probe = os.path.join(here, f"{PREFIX}{os.getpid()}-probe")
    try:
        os.mkdir(probe)
        os.rmdir(probe)
    except OSError as exc:
        return None, f"cannot create a cgroup in {here}: {exc.strerror or exc}"
    return CgroupMemory(here), ""
