"""Required literals of a regex: a set of strings such that every match contains one of them, so
that a text holding none of them cannot match (the prefilter's test before a rule's regex runs).

Read from the parse tree of Python's own ``re`` parser; a pattern it cannot read (syntax only the
``regex`` module knows), a case-insensitive one, or one with no literal every match must hold
gives ``None``: "no test, always run it".
"""

from __future__ import annotations

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

_V1_SET_OPERATORS = ("[[", "--", "&&", "||", "~~")
#: A character class of at most this many characters counts as a set of one-character literals.
SMALL_CLASS = 10


def required_literals(pattern: str, folded: bool = True) -> frozenset[str] | None:
    """``folded``: the pattern runs on normalised text, where every digit is an ASCII digit."""
    if any(op in pattern for op in _V1_SET_OPERATORS):
        return None  # the regex module's nested sets and set operations read differently in re
    try:
        tree = P.parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax re does not know: no test
        return None
    if tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):
        return None
    found = _sequence(list(tree), folded)
    return frozenset(found) if found else None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two literal sets: longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _sequence(items: list, folded: bool) -> set[str] | None:
    best = None
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            best = _better(best, {run})
            run = ""
        best = _better(best, _item(op, av, folded))
    if run:
        best = _better(best, {run})
    return best


def _item(op, av, folded: bool) -> set[str] | None:
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < SMALL_CLASS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT and folded:
                chars.update("0123456789")  # the text is folded: every digit is an ASCII digit
            else:
                return None  # a negated or large class
        return chars if len(chars) <= SMALL_CLASS else None
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _sequence(list(alternative), folded)
            if got is None:
                return None
            out |= got
        return out
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags & C.SRE_FLAG_IGNORECASE:
            return None
        return _sequence(list(sub), folded)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub), folded) if low >= 1 else None
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(av), folded)
    return None  # anchors, look-arounds, any character, back-references: no requirement


class Guarded:
    """A compiled pattern that is not run on a text holding none of its required literals (a few
    substring tests instead of a scan); with no such literals, always run."""

    __slots__ = ("rx", "literals")

    def __init__(self, rx, folded: bool = True, most: int = 8):
        self.rx = rx
        found = None if rx.flags & 2 else required_literals(rx.pattern, folded)  # 2: IGNORECASE
        self.literals = tuple(sorted(found)) if found and len(found) <= most else None

    def may_match(self, text: str) -> bool:
        if self.literals is None:
            return True
        for lit in self.literals:
            if lit in text:
                return True
        return False

    def finditer(self, text: str):
        return self.rx.finditer(text) if self.may_match(text) else ()

    def search(self, text: str):
        return self.rx.search(text) if self.may_match(text) else None
