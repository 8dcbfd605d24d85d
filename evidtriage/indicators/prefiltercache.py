"""The prefilter's tables, kept on disk between processes.

Building the batch prefilter (:class:`.prefilter.Prefilter`: the table of ~120,000 folded
keywords and literals with the rules' groups each wakes, the rules' condition programs, and the
Aho-Corasick automaton over them, ~450,000 states) took every new process that matched text about
3 seconds: each ``triage``/``scan``, each test worker, each CLI call of the suite. What it builds
is numbers in arrays and depends only on the rule packs and on evidtriage's code, so the arrays
are kept, one file a set of packs and code version::

    $XDG_CACHE_HOME/evidtriage/prefilter/KEY.npz      (else ~/.cache/evidtriage/prefilter/)

KEY is the SHA-256 of the keyword forms' code key (:func:`.formcache.code_key`: evidtriage's
version, Python's, every module of :mod:`evidtriage.indicators`), numpy's version, the tunables a
test may change (:data:`.prefilter.DENSE_DEPTH`...), and everything of the rules the matcher reads
(ids, categories, conditions, and each pattern group's name, keywords, regexes and entity kinds),
with the rules the matcher lets match alone and the phone-number shortcut's value: the keyword
table, the conditions and the regexes the prefilter is given are made from those by that code.

The file is numpy's own ``.npz`` of plain number arrays, written with ``allow_pickle=False`` and
read the same way (no Python object is ever built from it), with its metadata as JSON: the key,
the format, a few flags, and the SHA-256 of every array's bytes. It is written whole under a
temporary name and renamed (:func:`.formcache.write_whole`). What is read back is checked before
use: the key and format, each array's name, type and shape, its digest, and that every number the
compiled pass uses as an index is within the table it indexes; a file that fails any check
(damaged, half written, of another version, foreign) is ignored and the tables built again and
written. The cache changes no result: read back, the tables are the arrays built, and the pass
gives the same answers (``tests/test_prefiltercache.py``). ``EVIDTRIAGE_NO_FORM_CACHE=1`` turns it
off with the other caches (built every time, nothing written).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import numpy as np

from ..resources import user_dir
from . import formcache

#: The most files (sets of packs, code versions) the folder keeps; the oldest go first.
MOST_FILES = 4
_FORMAT = 1
#: The arrays a file holds: name -> (type, number of dimensions).
ARRAYS = {
    "maybe": (np.uint64, 1), "prog": (np.int32, 2), "prog_start": (np.int64, 1),
    "e_rule": (np.int64, 1), "e_group": (np.int64, 1), "e_need": (np.int64, 1),
    "kw_len": (np.int64, 1), "kw_spaces": (np.int64, 1), "t_start": (np.int64, 1),
    "t_rule": (np.int64, 1), "t_group": (np.int64, 1), "t_stem": (np.bool_, 1), "t_hint": (np.bool_, 1),
    # the automaton: its column of each character is kept as the characters and their columns
    # (the full table, one entry a code point, is 2 MB of zeros)
    "cls_chars": (np.uint32, 1), "cls_cols": (np.uint32, 1), "delta": (np.int32, 2), "fail": (np.int32, 1),
    "ch_start": (np.int64, 1), "ch_col": (np.int32, 1), "ch_state": (np.int32, 1),
    "out_start": (np.int64, 1), "out_kw": (np.int64, 1),
}


def folder() -> Path:
    return user_dir("cache") / "prefilter"


def key(rules, alone, always_phones: int, tunables: dict) -> str:
    """The SHA-256 (hex) of what the prefilter's tables are made from (module docstring)."""
    h = hashlib.sha256()
    h.update(f"format {_FORMAT}\0{formcache.code_key()}\0numpy {np.__version__}\0".encode())
    h.update(repr((sorted(tunables.items()), sorted(alone), always_phones)).encode())
    for rule in rules:
        # repr of strings and tuples of strings: a value in it cannot be taken for a separator
        h.update(repr((rule.id, rule.category, rule.condition, rule.groups)).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def load(key: str) -> tuple[dict[str, np.ndarray], dict] | None:
    """The arrays and metadata written under ``key``, checked (module docstring); None when there
    are none or they fail a check, or the cache is off. What the arrays index is checked by
    :func:`.prefilter.Prefilter` (:func:`within`)."""
    if not formcache.enabled():
        return None
    path = folder() / f"{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(data["meta"].tobytes().decode("utf-8"))
            if not (isinstance(meta, dict) and meta.get("key") == key and meta.get("format") == _FORMAT
                    and isinstance(meta.get("digests"), dict) and set(data.files) == {*ARRAYS, "meta"}):
                return None
            arrays = {}
            for name, (dtype, ndim) in ARRAYS.items():
                a = data[name]
                if a.dtype != dtype or a.ndim != ndim or meta["digests"].get(name) != _digest(a):
                    return None
                arrays[name] = a
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, UnicodeDecodeError):
        return None  # missing, damaged, half written or foreign: built again
    return arrays, meta


def save(key: str, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write the arrays and metadata under ``key`` (nothing when the cache is off; a folder that
    cannot be written to leaves every process building them, as without a cache)."""
    if not formcache.enabled():
        return
    meta = {**meta, "key": key, "format": _FORMAT,
            "digests": {name: _digest(arrays[name]) for name in ARRAYS}}
    members = {name: np.ascontiguousarray(arrays[name], dtype=dtype) for name, (dtype, _) in ARRAYS.items()}
    members["meta"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    path = folder() / f"{key}.npz"
    try:
        formcache.write_whole(path, lambda f: np.savez(f, allow_pickle=False, **members))
        for old in formcache.oldest((p for p in path.parent.glob("*.npz") if p != path), MOST_FILES - 1):
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a).data).hexdigest()


def within(a: np.ndarray, low: int, high: int) -> bool:
    """Every number of ``a`` is at least ``low`` and below ``high``."""
    return a.size == 0 or (int(a.min()) >= low and int(a.max()) < high)


def ascending(starts: np.ndarray, end: int) -> bool:
    """``starts`` can be the start offsets of consecutive slices of a table of ``end`` entries: from
    0, never decreasing, ending within the table."""
    return starts.size > 0 and starts[0] == 0 and starts[-1] <= end and bool(np.all(starts[1:] >= starts[:-1]))
