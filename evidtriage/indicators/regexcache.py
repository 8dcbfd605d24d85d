"""Compiled regexes kept on disk between processes.

The `regex` module parses and compiles a pattern in Python: the built-in packs' 845 rule regexes
took every process 3 seconds as their packs loaded, and each of their ~4,900 keyword-form regexes
(:mod:`.morphology`) about 12 ms when a text first woke it; each worker of a scan compiled again
what the last run's workers had compiled. A compiled pattern pickles to the code the `regex`
engine runs (`regex`'s own pickling: ``regex._regex.compile`` and its arguments), which loads a
hundred times faster than the pattern compiles. So each process keeps what it compiled, in::

    $XDG_CACHE_HOME/evidtriage/regex/KEY/*.pickle      (else ~/.cache/evidtriage/regex/)

KEY is the SHA-256 of the code key of :mod:`.formcache` (evidtriage's version, Python's and every
module of :mod:`evidtriage.indicators`) and the `regex` module's version: another version reads
another folder, and the oldest folders go. Each file is written whole under a temporary name and
renamed (a process that dies leaves no half file); a process writes a file of what it compiled
that the folder did not have when it first read it (a scan's workers, after each batch), and a
process that finds many files merges them into one.

What is read back is checked: a file is read with an unpickler that builds nothing but strings,
bytes, numbers, containers and the `regex` engine's own compiled patterns (no other class or
function can be named in it), and a pattern is used only when it is the pattern asked for with
the flags asked for; any other file or entry is ignored and the pattern compiled. The cache
changes no result: a pattern read back is the same compiled code (``tests/test_regexcache.py``).
Like the keyword forms' cache, it lives in the examiner's own folder: who can write there can
change what evidtriage runs in other ways too. ``EVIDTRIAGE_NO_FORM_CACHE=1`` turns it off (every
pattern compiled, nothing written).
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import shutil
from pathlib import Path

import regex

from ..resources import user_dir
from . import formcache

#: The most folders (code versions) kept; the oldest go first
MOST_FOLDERS = 3
#: Files in the folder past which a process that reads them writes them as one
MERGE_PAST = 12
#: Patterns compiled and not yet written past which a process writes them without waiting to be told
SAVE_EVERY = 256
_FORMAT = 1
_COMPILE = ("regex._regex", "compile")


class _Patterns(pickle.Unpickler):
    """Builds the `regex` engine's compiled patterns and plain data, nothing else."""

    def find_class(self, module: str, name: str):
        if (module, name) == _COMPILE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is no compiled pattern")


class _Store:
    def __init__(self) -> None:
        self.folder = folder()
        self.known: dict[str, bytes] = {}  # pattern -> its pickled compiled pattern
        self.new: dict[str, bytes] = {}  # what this process compiled that the folder did not have
        self._read()

    def _read(self) -> None:
        try:
            files = sorted(self.folder.glob("*.pickle"))
        except OSError:
            return
        for path in files:
            try:
                with open(path, "rb") as f:
                    entries = _Patterns(f).load()
            except Exception:  # noqa: BLE001 - a damaged or foreign file is not used, whatever it holds
                continue
            if isinstance(entries, dict):
                self.known.update((k, v) for k, v in entries.items() if isinstance(k, str) and isinstance(v, bytes))
        if len(files) > MERGE_PAST and self.known and self._write(self.known, "all"):
            for path in files:  # only those read: a file written since is left for the next reader
                path.unlink(missing_ok=True)

    def compiled(self, pattern: str):
        data = self.known.get(pattern)
        if data is not None:
            try:
                rx = _Patterns(io.BytesIO(data)).load()
            except Exception:  # noqa: BLE001 - as above: compiled again
                rx = None
            if isinstance(rx, regex.Pattern) and rx.pattern == pattern and rx.flags & regex.V1:
                return rx
        rx = regex.compile(pattern, regex.V1)
        self.known[pattern] = self.new[pattern] = pickle.dumps(rx, protocol=pickle.HIGHEST_PROTOCOL)
        if len(self.new) >= SAVE_EVERY:  # a process that matches text by text (rules test, search) keeps them too
            self.save()
        return rx

    def save(self) -> None:
        if self.new and self._write(self.new, "part"):
            self.new = {}

    def _write(self, entries: dict[str, bytes], kind: str) -> bool:
        try:
            formcache.write_whole(self.folder / f"{kind}-{os.getpid()}-{os.urandom(6).hex()}.pickle",
                                  lambda f: pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL))
            for old in formcache.oldest((p for p in self.folder.parent.iterdir() if p.is_dir() and p != self.folder),
                                        MOST_FOLDERS - 1):
                shutil.rmtree(old, ignore_errors=True)
            return True
        except OSError:
            return False  # a read-only or full disk: compiled again next time, as without a cache


def folder() -> Path:
    key = hashlib.sha256(f"format {_FORMAT}\0{formcache.code_key()}\0regex {regex.__version__}".encode()).hexdigest()
    return user_dir("cache") / "regex" / key


_store: _Store | None = None


def _the_store() -> _Store:
    global _store
    if _store is None or _store.folder != folder():
        _store = _Store()
    return _store


def compiled(pattern: str):
    """``regex.compile(pattern, regex.V1)``, read from the folder when a process compiled it before."""
    if not formcache.enabled():
        return regex.compile(pattern, regex.V1)
    return _the_store().compiled(pattern)


def save() -> None:
    """Write what this process compiled since it last wrote (nothing when there is nothing new)."""
    if _store is not None and formcache.enabled():
        _store.save()


def read_again() -> None:
    """Write what this process compiled, then read the folder again at the next pattern (what
    other processes wrote since: the test session's workers, which share the compiling)."""
    global _store
    save()
    _store = None


def _forget_in_child() -> None:
    # a forked worker writes only what it compiles itself, not what its parent had yet to write
    if _store is not None:
        _store.new = {}


os.register_at_fork(after_in_child=_forget_in_child)
