"""Required literals of a regex: a set of strings such that every match contains one of them, so
that a text holding none of them cannot match (the prefilter's test before a rule's regex runs).

Read from the parse tree of Python's own ``re`` parser; a pattern it cannot read (syntax only the
``regex`` module knows), a case-insensitive one, or one with no literal every match must hold
gives ``None``: "no test, always run it".

Where a run of the pattern has few enough spellings ("1[4-9]\\s?(?:hours|ghonta)": 6 x 3 x 2),
the literals are those spellings, whole ("14 ghonta", "18hours"...): a text that says "2 ghonta"
holds none of them. Otherwise the most selective single piece counts ("ghonta" or "hours").
"""

from __future__ import annotations

from functools import lru_cache
from math import prod

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

_V1_SET_OPERATORS = ("[[", "--", "&&", "||", "~~")
#: A character class of at most this many characters counts as a set of one-character literals.
SMALL_CLASS = 10
#: The most literals a set may have, unless the caller says otherwise.
MOST = 256
#: Longest repeat of a piece spelled out ("x{2,3}": "xx", "xxx").
_SPELLED_REPEAT = 4
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def prefix_cover(literals: frozenset[str], usable, length: int = 5) -> frozenset[str]:
    """Fewer, shorter literals that still every match holds: literals that share their first
    ``length`` letters are replaced by the longest beginning they all share ("ন যাইবও", "ন যাইববো",
    "ন যাইবমু"... by "ন যাইব"), where ``usable`` accepts that beginning (without a space it ends
    in) as a literal of its own;
    then a literal that begins with another kept one is dropped (the shorter wakes wherever the
    longer would). A literal's beginning is in every text the literal is in, so no text that may
    match is set aside; the prefilter's table of literals shrinks by half or more."""
    kept: set[str] = set()
    groups: dict[str, list[str]] = {}
    for lit in literals:
        if len(lit) < length:
            kept.add(lit)
        else:
            groups.setdefault(lit[:length], []).append(lit)
    for group in groups.values():
        if len(group) == 1:
            kept.add(group[0])
            continue
        shared = min(group)
        for other in group:
            n = 0
            while n < len(shared) and n < len(other) and shared[n] == other[n]:
                n += 1
            shared = shared[:n]
        if usable(frozenset([shared.rstrip()])):  # "ammu " stands for "ammu", an everyday word
            kept.add(shared)
        else:
            kept.update(group)
    out: set[str] = set()
    for lit in sorted(kept, key=len):  # shorter first: a kept literal any of whose beginnings is kept goes
        if not any(lit[:n] in out for n in range(len(lit))):
            out.add(lit)
    return frozenset(out)


#: Literal sets known for patterns built by code that knows them (:mod:`.morphology`, whose
#: patterns are long to read back): pattern -> the set, for the folded text.
KNOWN: dict[str, frozenset[str]] = {}


@lru_cache(maxsize=4096)
def required_literals(pattern: str, folded: bool = True, most: int = MOST) -> frozenset[str] | None:
    """(Kept per pattern: the matcher, its guards and the prefilter ask for the same ones.)
    ``folded``: the pattern runs on normalised text, where every digit is an ASCII digit and every
    white space a space or a line break; ``most``: the largest set wanted."""
    known = KNOWN.get(pattern) if folded else None
    if known is not None:
        return known if len(known) <= most else None
    if any(op in pattern for op in _V1_SET_OPERATORS):
        return None  # the regex module's nested sets and set operations read differently in re
    try:
        tree = P.parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax re does not know: no test
        return None
    if tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):
        return None
    found = _Reader(folded, most).sequence(list(tree), most)
    return frozenset(found) if found else None


def _better(a: set[str] | None, b: set[str] | None, most: int) -> set[str] | None:
    """The more selective of two literal sets (longer shortest literal, then fewer literals); a set
    holding the empty string, or more than ``most``, is no test at all."""
    if b is not None and (len(b) > most or "" in b):
        b = None
    if a is None or b is None:
        return a if b is None else b
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


class _Reader:
    def __init__(self, folded: bool, most: int):
        self.folded = folded
        self.most = most

    def sequence(self, items: list, most: int) -> set[str] | None:
        """Literals every match of the concatenation ``items`` holds: the spellings of a window of
        consecutive pieces with few spellings, or what one other piece requires."""
        best = None
        window: list[set[str]] = []  # consecutive pieces of known spellings, each a set of strings
        for op, av in _unrolled(items):
            if op in _ZERO_WIDTH:
                continue  # matches nothing: the pieces around it are still consecutive
            spellings = self.spellings(op, av)
            if spellings is None:
                best = _best_window(best, window, len(window), most)
                window = []
                best = _better(best, self.required(op, av, most), most)
                continue
            window.append(spellings)
            while len(window) > 1 and prod(map(len, window)) > most:
                best = _best_window(best, window[:-1], 1, most)  # the windows the first piece begins
                window.pop(0)
        return _best_window(best, window, len(window), most)

    def spellings(self, op, av) -> set[str] | None:
        """Every string this piece can match, when there are few (at most ``self.most``)."""
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            chars = self.chars(av)
            return chars if chars is not None and len(chars) <= SMALL_CLASS else None
        if op is C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                got = self.spelled_sequence(list(alternative))
                if got is None:
                    return None
                out |= got
            return out if len(out) <= self.most else None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & C.SRE_FLAG_IGNORECASE else self.spelled_sequence(list(sub))
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            if high > _SPELLED_REPEAT:
                return None
            one = self.spelled_sequence(list(sub))
            if one is None:
                return None
            out, power = set(), {""}
            for times in range(high + 1):
                if times >= low:
                    out |= power
                if times < high:
                    power = {a + b for a in power for b in one}
                    if len(power) > self.most:
                        return None
            return out if len(out) <= self.most else None
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.spelled_sequence(list(av))
        return None

    def spelled_sequence(self, items: list) -> set[str] | None:
        out = {""}
        for op, av in items:
            if op in _ZERO_WIDTH:
                continue
            got = self.spellings(op, av)
            if got is None or len(out) * len(got) > self.most:
                return None
            out = {a + b for a in out for b in got}
        return out

    def chars(self, av) -> set[str] | None:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < SMALL_CLASS:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT and self.folded:
                chars.update("0123456789")  # the text is folded: every digit is an ASCII digit
            elif kind is C.CATEGORY and value is C.CATEGORY_SPACE and self.folded:
                chars.update(" \n")  # and every white space a space or a line break
            else:
                return None  # a negated or large class
        return chars

    def required(self, op, av, most: int) -> set[str] | None:
        """Literals every match of a piece with too many spellings holds."""
        if op is C.BRANCH:
            alternatives = [list(a) for a in av[1]]
            for budget in (most, max(1, most // len(alternatives))):
                out: set[str] = set()
                for alternative in alternatives:
                    got = self.sequence(alternative, budget)
                    if got is None:
                        return None
                    out |= got
                if len(out) <= most:
                    return out
            return None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            return None if add_flags & C.SRE_FLAG_IGNORECASE else self.sequence(list(sub), most)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            return self.sequence(list(sub), most) if low >= 1 else None
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.sequence(list(av), most)
        return None  # a large class, any character, a back-reference: no requirement


def _unrolled(items: list) -> list:
    """``items`` with each short repeat's required part written out ("\\d{2,3}": "\\d", "\\d",
    "\\d?"), so that a window can take some of its pieces."""
    out = []
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and 0 < av[0] <= _SPELLED_REPEAT:
            low, high, sub = av
            out.extend(list(sub) * low)
            if high > low:
                out.append((op, (0, high - low if high != C.MAXREPEAT else C.MAXREPEAT, sub)))
            continue
        out.append((op, av))
    return out


def _best_window(best: set[str] | None, window: list[set[str]], begins: int, most: int) -> set[str] | None:
    """``best``, or the spellings of a run of consecutive pieces of ``window`` beginning at one of
    its first ``begins`` pieces, whichever is more selective."""
    for i in range(begins):
        out = {""}
        for spellings in window[i:]:
            if len(out) * len(spellings) > most:
                break
            out = {a + b for a in out for b in spellings}
            best = _better(best, out, most)
    return best


class Guarded:
    """A compiled pattern that is not run on a text holding none of its required literals (a few
    substring tests instead of a scan); with no such literals, always run."""

    __slots__ = ("rx", "literals", "folded")

    def __init__(self, rx, folded: bool = True, most: int = 8):
        self.rx = rx
        self.folded = folded  # run on the normalised text (else on the text as written)
        found = None if rx.flags & 2 else required_literals(rx.pattern, folded, most)  # 2: IGNORECASE
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
