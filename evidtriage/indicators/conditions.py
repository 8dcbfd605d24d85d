"""Rule conditions: a small language over a rule's named pattern groups.

    any | all | A | not A | A and B | A or B | (A or B) and C | 2 of (A, B, C)
    | A near B within 5 words | A near B within 24 words in one sentence

"In one sentence" (round 24, part S): the pair within N words with no sentence's end between them
(:data:`.clauses.RECORD_SENTENCE_END`: a full stop, a question or exclamation mark or a dari before a
space, or a line break), so that a threat's condition and the harm it promises, said in one long
sentence with a place, a person or a second verb between them, are read together, and a harm said in
the next sentence is not. It may not stand under "not" (the prefilter reads it as the plain "near",
which may hold where the sentence's bound does not).

Evaluation gives the spans that make the condition true (to highlight and explain), or None.
"""

from __future__ import annotations

import bisect

import re
from collections.abc import Callable
from dataclasses import dataclass

Span = tuple[int, int]
_TOKEN = re.compile(r"\s*(\(|\)|,|\d+|[A-Za-z_][A-Za-z0-9_]*)")
_WORDS = {"and", "or", "not", "of", "near", "within", "words", "word", "any", "all", "in", "one", "sentence"}


class ConditionError(ValueError):
    pass


@dataclass(frozen=True)
class Node:
    op: str  # name | any | all | not | and | or | nof | near
    args: tuple = ()


def parse(text: str, groups: set[str]) -> Node:
    tokens = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise ConditionError(f"cannot read the condition at {text[pos:]!r}")
        tokens.append(m.group(1))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    i = 0
    negated = 0  # how many "not" the factor being read stands under

    def peek():
        return tokens[i] if i < len(tokens) else None

    def take(expected=None):
        nonlocal i
        tok = peek()
        if tok is None or (expected and tok != expected):
            raise ConditionError(f"expected {expected or 'more'} in condition {text!r}")
        i += 1
        return tok

    def name():
        tok = take()
        if tok in _WORDS or not re.match(r"[A-Za-z_]", tok):
            raise ConditionError(f"expected a pattern group name, got {tok!r}")
        if tok not in groups:
            raise ConditionError(f"condition names {tok!r}, which is not a pattern group of the rule")
        return tok

    def factor() -> Node:
        tok = peek()
        nonlocal negated
        if tok == "not":
            take()
            negated += 1
            inner = factor()
            negated -= 1
            return Node("not", (inner,))
        if tok == "(":
            take()
            node = expr()
            take(")")
            return node
        if tok == "any":
            take()
            return Node(tok)
        if tok == "all":
            take()
            return Node(tok, tuple(sorted(groups)))  # every pattern group of the rule
        if tok is not None and tok.isdigit():
            n = int(take())
            take("of")
            take("(")
            names = [name()]
            while peek() == ",":
                take()
                names.append(name())
            take(")")
            return Node("nof", (n, tuple(names)))
        a = name()
        if peek() == "near":
            take()
            b = name()
            take("within")
            n = take()
            if not n.isdigit():
                raise ConditionError(f"'within' needs a number of words in {text!r}")
            if peek() in ("words", "word"):
                take()
            if peek() == "in":
                take()
                take("one")
                take("sentence")
                if negated:
                    raise ConditionError(f"'in one sentence' cannot stand under 'not' in {text!r}")
                return Node("near", (a, b, int(n), True))
            return Node("near", (a, b, int(n)))
        return Node("name", (a,))

    def term() -> Node:
        node = factor()
        while peek() == "and":
            take()
            node = Node("and", (node, factor()))
        return node

    def expr() -> Node:
        node = term()
        while peek() == "or":
            take()
            node = Node("or", (node, term()))
        return node

    node = expr()
    if i != len(tokens):
        raise ConditionError(f"unexpected {tokens[i]!r} in condition {text!r}")
    return node


def evaluate(node: Node, spans: dict[str, list[Span]], word_of: Callable[[int], int],
             sentence_of: Callable[[int], int] | None = None) -> list[Span] | None:
    """The spans that make ``node`` true, or None; ``word_of`` and ``sentence_of`` give the number of
    the word and of the sentence a position is in (no ``sentence_of``: the text is one sentence)."""
    op = node.op
    if op == "name":
        got = spans.get(node.args[0])
        return got[:1] if got else None
    if op == "any":
        for v in spans.values():
            if v:
                return v[:1]
        return None
    if op == "all":
        names = node.args or tuple(spans)
        if names and all(spans.get(x) for x in names):
            return [spans[x][0] for x in names]
        return None
    if op == "not":
        return None if evaluate(node.args[0], spans, word_of, sentence_of) is not None else []
    if op == "and":
        a = evaluate(node.args[0], spans, word_of, sentence_of)
        if a is None:
            return None
        b = evaluate(node.args[1], spans, word_of, sentence_of)
        return None if b is None else a + b
    if op == "or":
        a = evaluate(node.args[0], spans, word_of, sentence_of)
        return a if a is not None else evaluate(node.args[1], spans, word_of, sentence_of)
    if op == "nof":
        n, names = node.args
        found = [spans[x][0] for x in names if spans.get(x)]
        return found if len(found) >= n else None
    if op == "near":
        one = sentence_of if len(node.args) > 3 and sentence_of is not None else None
        return _nearest_pair(spans.get(node.args[0], []), spans.get(node.args[1], []), node.args[2], word_of, one)
    raise ConditionError(f"unknown operator {op}")


def _nearest_pair(spans_a: list[Span], spans_b: list[Span], n: int,
                  word_of: Callable[[int], int],
                  sentence_of: Callable[[int], int] | None = None) -> list[Span] | None:
    """The closest pair (a, b) within ``n`` words (with ``sentence_of``: in one sentence): of the
    closest, the first ``a`` in order with the first ``b`` in order. Each ``a`` looks up the nearest
    words holding a ``b`` (a sorted list, one a sentence), so a long text with thousands of each
    costs n log n, not the product (a message of 0.5 MB dense with amounts and numbers took 140 s
    comparing every pair)."""
    if not spans_a or not spans_b:
        return None
    first_b: dict[int, int] = {}  # word -> index of the first b in it
    for i, sb in enumerate(spans_b):
        first_b.setdefault(word_of(sb[0]), i)
    by_sentence: dict[int, list[int]] = {}  # sentence -> the words holding a b in it, in order
    for w in sorted(first_b):
        by_sentence.setdefault(sentence_of(spans_b[first_b[w]][0]) if sentence_of else 0, []).append(w)
    best = None
    for sa in spans_a:
        wa = word_of(sa[0])
        words = by_sentence.get(sentence_of(sa[0]) if sentence_of else 0)
        if not words:
            continue
        k = bisect.bisect_left(words, wa)
        near = []
        if k < len(words):
            near.append((words[k] - wa, first_b[words[k]]))
        if k:
            near.append((wa - words[k - 1], first_b[words[k - 1]]))
        d, i = min(near)
        if d <= n and (best is None or d < best[0]):
            best = (d, [sa, spans_b[i]])
            if d == 0:
                break
    return best[1] if best else None


def required_groups(node: Node) -> frozenset[str]:
    """The groups that must all have matched for the condition to hold (a quick test before
    ``evaluate``)."""
    op = node.op
    if op == "name":
        return frozenset(node.args)
    if op == "near":
        return frozenset(node.args[:2])
    if op == "and":
        return required_groups(node.args[0]) | required_groups(node.args[1])
    if op == "or":
        return required_groups(node.args[0]) & required_groups(node.args[1])
    if op == "all":
        return frozenset(node.args)
    if op == "nof":
        n, names = node.args
        return frozenset(names) if n >= len(names) else frozenset()
    return frozenset()  # any, not


def named_groups(node: Node) -> frozenset[str]:
    """Every group a condition names ("any" names none)."""
    if node.op == "name":
        return frozenset(node.args)
    if node.op == "near":
        return frozenset(node.args[:2])
    if node.op == "all":
        return frozenset(node.args)
    if node.op == "nof":
        return frozenset(node.args[1])
    return frozenset(n for a in node.args if isinstance(a, Node) for n in named_groups(a))


def guard_groups(node: Node) -> frozenset[str]:
    """The groups the condition names only under ``not``: its guards ("not kin near taken"). A
    group also named outside a ``not`` is not one."""
    under_not: set[str] = set()
    outside: set[str] = set()
    every = False  # "any" outside a "not": every group counts

    def walk(n: Node, negated: bool) -> None:
        nonlocal every
        if n.op == "any":
            every = every or not negated
        elif n.op == "not":
            walk(n.args[0], not negated)
        elif n.op in ("and", "or"):
            for a in n.args:
                walk(a, negated)
        else:  # a leaf: name, near, all, n of
            (under_not if negated else outside).update(named_groups(n))

    walk(node, False)
    return frozenset() if every else frozenset(under_not - outside)
