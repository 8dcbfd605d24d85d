"""The regexes of keywords' other forms, kept on disk between runs.

Writing the regexes that match the built-in packs' keywords in their other forms
(:func:`.morphology.morph_regexes`: Bengali inflection, romanised spellings, English tenses) takes
most of the time a matcher takes to build, about 13 seconds on a laptop, and every ``triage``,
``scan``, ``rules test`` and ``eval`` built them again. What they are depends only on the keywords
and on evidtriage's own code, so they are kept, with the literals the prefilter looks for, in one
JSON file a code version, beside two other things a matcher derived from the packs in every
process (about a second of it): each keyword folded as text is (:func:`.normalise.normalise_keyword`,
~64,000 of them) and the literals each written regex's matches hold (:class:`.literals.Guarded`,
which reads the pattern with Python's ``re`` parser)::

    $XDG_CACHE_HOME/evidtriage/forms/KEY.json      (else ~/.cache/evidtriage/forms/)

KEY is the SHA-256 of evidtriage's version, Python's version (its ``re`` parser and Unicode tables
take part) and the bytes of every module of :mod:`evidtriage.indicators`: a changed module, an
upgrade or another Python reads another file, and a file whose name or content does not match is
never read. A file that cannot be read as written (damaged, half written, of another form) is
ignored and the forms built again; a folder that cannot be written to leaves every run building
them, as before. The cache changes no result: the same keywords give the same regexes either way
(the test suite compares the two). ``EVIDTRIAGE_NO_FORM_CACHE=1`` builds them every time and
writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from ..resources import user_dir
from .literals import KNOWN, Guarded
from .morphology import morph_regexes
from .normalise import normalise_keyword

#: The most keyword groups one file keeps (the built-in packs have about 650; an examiner's own
#: packs add theirs): a file past it starts again, rather than growing without end.
MOST_GROUPS = 20_000
#: The most files (code versions) the folder keeps; the oldest go first.
MOST_FILES = 4
_FORMAT = 2


def enabled() -> bool:
    return os.environ.get("EVIDTRIAGE_NO_FORM_CACHE", "") in ("", "0")


def folder() -> Path:
    return user_dir("cache") / "forms"


def code_key(here: Path | None = None) -> str:
    """The SHA-256 (hex) of what the forms are made by: evidtriage's version, Python's, and the
    source of every module of this package (``here``: another folder of them)."""
    if here is None:
        return _own_key()
    from .. import __version__

    h = hashlib.sha256()
    h.update(f"format {_FORMAT}\0evidtriage {__version__}\0python {sys.version}\0".encode())
    for path in sorted(here.glob("*.py")):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def _own_key() -> str:
    """:func:`code_key` of this package, read once a process (the code that runs is the code that
    was imported), not again for each matcher built."""
    return code_key(Path(__file__).resolve().parent)


class _Store:
    def __init__(self) -> None:
        self.key = code_key()
        self.path = folder() / f"{self.key}.json"
        self.groups: dict[str, list[list]] = {}
        self.folded: dict[str, str] = {}  # keyword -> normalise_keyword(keyword)
        self.literals: dict[str, list[str] | None] = {}  # "most\x1fpattern" -> Guarded(...).literals
        self.changed = False
        self.load()

    def load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return
        groups = data.get("groups") if isinstance(data, dict) and data.get("key") == self.key else None
        if not isinstance(groups, dict) or len(groups) > MOST_GROUPS:
            return
        for name, chunks in groups.items():
            if not (isinstance(chunks, list) and all(
                    isinstance(c, list) and len(c) == 2 and isinstance(c[0], str) and isinstance(c[1], list)
                    and all(isinstance(x, str) for x in c[1]) for c in chunks)):
                return  # not as this code writes it: built again, all of it
        folded, literals = data.get("folded"), data.get("literals")
        if not (isinstance(folded, dict) and all(isinstance(v, str) for v in folded.values())
                and isinstance(literals, dict) and all(
                    v is None or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in literals.values())):
            return
        self.groups, self.folded, self.literals = groups, folded, literals

    def save(self) -> None:
        if not self.changed:
            return
        self.changed = False
        # what another process wrote since this one read the file (the test session's workers,
        # which share building the forms) is kept beside this one's
        ours = (self.groups, self.folded, self.literals)
        self.load()
        for theirs, mine in zip((self.groups, self.folded, self.literals), ours):
            if theirs is not mine:
                mine.update((k, v) for k, v in theirs.items() if k not in mine)
        self.groups, self.folded, self.literals = ours
        if len(self.groups) > MOST_GROUPS:
            self.groups = {}
        where = self.path.parent
        try:
            write_whole(self.path, lambda f: json.dump({"key": self.key, "groups": self.groups, "folded": self.folded,
                                                        "literals": self.literals}, f, ensure_ascii=False), "w")
            for old in oldest((p for p in where.glob("*.json") if p != self.path), MOST_FILES - 1):
                old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only or full disk: the forms are built again next time, as without a cache


def oldest(paths, keep: int) -> list[Path]:
    """Those of ``paths`` beyond the ``keep`` most recently modified: a cache folder's files (or
    folders) of older code versions, for the caller to delete."""
    paths = sorted(paths, key=lambda p: p.stat().st_mtime)
    return paths[:max(0, len(paths) - keep)]


def write_whole(path: Path, write, mode: str = "wb") -> None:
    """``write(file)`` into ``path`` under a temporary name in its folder, then renamed: a reader
    never meets half a file, and processes that write at once never mix theirs (OSError when the
    folder cannot be written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


_store: _Store | None = None


def _the_store() -> _Store:
    global _store
    if _store is None or _store.path.parent != folder():
        _store = _Store()
    return _store


def forms(keywords: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`.morphology.morph_regexes` of a pattern group's keywords, from the cache when it has
    them (their literals then go where the built ones go, :data:`.literals.KNOWN`)."""
    if not enabled():
        return morph_regexes(keywords)
    store = _the_store()
    name = "\x1f".join(keywords)
    found = store.groups.get(name)
    if found is not None:
        for pattern, literals in found:
            KNOWN.setdefault(pattern, frozenset(literals))
        return tuple(pattern for pattern, _ in found)
    chunks = morph_regexes(keywords)
    if len(store.groups) >= MOST_GROUPS:
        store.groups = {}
    store.groups[name] = [[pattern, sorted(KNOWN[pattern])] for pattern in chunks]
    store.changed = True
    return chunks


def folded(keywords: list[str]) -> list[str]:
    """:func:`.normalise.normalise_keyword` of each keyword, from the cache when it has them."""
    if not enabled():
        return [normalise_keyword(k) for k in keywords]
    store = _the_store()
    known = store.folded
    out = []
    for keyword in keywords:
        f = known.get(keyword)
        if f is None:
            f = known[keyword] = normalise_keyword(keyword)
            store.changed = True
        out.append(f)
    return out


def guard_literals(rx, most: int) -> tuple[str, ...] | None:
    """``Guarded(rx, most=most).literals`` of a compiled rule regex (the literals one of which each
    of its matches holds, or None: always run it), from the cache when it has them."""
    if not enabled():
        return Guarded(rx, most=most).literals
    store = _the_store()
    name = f"{most}\x1f{rx.pattern}"
    if name in store.literals:
        found = store.literals[name]
        return None if found is None else tuple(found)
    found = Guarded(rx, most=most).literals
    store.literals[name] = None if found is None else list(found)
    store.changed = True
    return found


def save() -> None:
    """Write what this process built that the file did not have (nothing when the cache is off),
    then let go of the file's contents: the matcher keeps the regexes it uses, and the next
    matcher of this process reads the file again."""
    global _store
    if _store is not None and enabled():
        _store.save()
    _store = None
