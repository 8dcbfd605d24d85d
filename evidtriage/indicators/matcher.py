"""The matcher: every rule of every pack over one text, in one pass of an Aho-Corasick automaton
(pyahocorasick) for the keywords, plus the rules' regexes (compiled once, time-limited) and the
entity extractors. Spans and snippets point into the original text.

Most messages on a seized phone match nothing. ``match_many`` therefore first looks at a whole
batch at once: the batch is normalised in one go (the same per-character folding as
``normalise``, applied with ``str.translate``), and the keyword automaton, the rules' regexes
and the entity extractors' patterns each run once over it. Only the messages where any of them
finds a candidate are matched in full, one by one; the others get the empty result. The gate
can only let too much through, never too little (a test compares ``match_many`` with ``match``
on every rule's examples and on random text).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import ahocorasick

from .conditions import evaluate, parse
from .entities import ALWAYS_PHONES, GATE_HINT, GATE_PATTERNS, GATE_PATTERNS_ORIGINAL, Entity, extract_entities
from .normalise import fold_table, is_word_char, normalise, normalise_keyword
from .rules import RulePack, compile_regex
from .scoring import score

#: Longest text matched per artifact; the rest is left out and a warning says so.
MAX_TEXT = 2_000_000
#: Time one regex may take on one text before it is abandoned with a warning.
REGEX_TIMEOUT = 0.5
SNIPPET_CONTEXT = 40


@dataclass(frozen=True)
class Hit:
    rule_id: str
    pack: str
    category: str
    weight: float
    start: int
    end: int
    snippet: str
    matched: tuple[str, ...] = ()  # the words that matched, as written


@dataclass(frozen=True)
class MatchResult:
    hits: tuple[Hit, ...]
    entities: tuple[Entity, ...]
    score: float
    explanation: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


class Matcher:
    """All rules of the given packs, compiled once; picklable by rebuilding from the packs."""

    def __init__(self, packs: list[RulePack], region: str = "BD"):
        self.packs = packs
        self.region = region
        self.rules = [r for p in packs for r in p.rules]
        self._conditions = []
        self._regexes: list[list[list]] = []
        self._entity_groups: list[list[tuple[str, tuple[str, ...]]]] = []
        auto = ahocorasick.Automaton()
        entries: dict[str, list[tuple[int, str, bool]]] = {}
        for ri, rule in enumerate(self.rules):
            names = {g.name for g in rule.groups}
            self._conditions.append(parse(rule.condition, names))
            self._regexes.append([[(g.name, compile_regex(x)) for x in g.regexes] for g in rule.groups])
            self._entity_groups.append([(g.name, g.entities) for g in rule.groups if g.entities])
            for g in rule.groups:
                for kw in g.keywords:
                    stem = kw.endswith("*")
                    folded = normalise_keyword(kw.rstrip("*"))
                    if not folded:
                        continue
                    variants = {folded, folded.replace(" ", "-")} if " " in folded else {folded}
                    for v in variants:
                        entries.setdefault(v, []).append((ri, g.name, stem))
        for word in GATE_HINT[0]:  # number words, for the batch gate (match() skips them), first
            entries.setdefault(word, []).insert(0, (-1, "", True))
        for key, value in entries.items():
            auto.add_word(key, (len(key), value))
        if entries:
            auto.make_automaton()
        self._auto = auto if entries else None
        # only the rules that have regexes or entity groups are visited for them
        self._regex_rules = [(ri, [p for g in groups for p in g]) for ri, groups in enumerate(self._regexes)
                             if any(groups)]
        self._entity_rules = [(ri, groups) for ri, groups in enumerate(self._entity_groups) if groups]
        self._negated = [ri for ri, c in enumerate(self._conditions) if c.op == "not"]

        # regexes anchored to the start or end of the text are run per message by the gate
        self._anchored = [(ri, [rx for _, rx in compiled]) for ri, compiled in self._regex_rules
                          if any(_ANCHORED.search(rx.pattern) for _, rx in compiled)]
        self._empty = MatchResult((), (), *score([], []))
        # the gate runs a rule's regexes over the whole batch only when they can make the rule
        # fire without its keywords; otherwise only over the texts where its keywords were found
        self._regex_batch, self._regex_local = [], {}
        for ri, compiled in self._regex_rules:
            alone = {name: [(0, 1)] for name, _ in compiled}
            if evaluate(self._conditions[ri], alone, lambda pos: 0):
                self._regex_batch.append((ri, compiled))
            else:
                self._regex_local[ri] = compiled

    def __reduce__(self):
        return (Matcher, (self.packs, self.region))

    def match_many(self, texts: list[str]) -> list[MatchResult]:
        """``[self.match(t) for t in texts]``, faster: a batch-wide gate first (module docstring)."""
        candidates, entities = self._gate(texts)
        return [self.match(t, find_entities=e) if c else self._empty for t, c, e in zip(texts, candidates, entities)]

    def _gate(self, texts: list[str]) -> tuple[list[bool], list[bool]]:
        """For each text: whether it may hold any hit or entity, and whether it may hold an
        entity (each False only when it cannot)."""
        out = [False] * len(texts)
        entity = [False] * len(texts)
        batch = []
        for i, t in enumerate(texts):
            if len(t) > MAX_TEXT or _SEP in t:
                out[i] = entity[i] = True  # matched alone: long texts are cut, and the separator is ours
            else:
                batch.append(i)
        if not batch:
            return out, entity
        original = _SEP.join(texts[i] for i in batch)
        gate = fold_table().fold(original)
        seps = [m.start() for m in re.finditer(_SEP, gate)]
        seps_orig = [m.start() for m in re.finditer(_SEP, original)]

        def mark(pos: int, positions: list[int]) -> None:
            i = batch[bisect.bisect_left(positions, pos)]
            out[i] = entity[i] = True

        # 1. anything that may be an entity: matched in full
        for rx in GATE_PATTERNS:
            for m in rx.finditer(gate):
                mark(m.start(), seps)
        for rx in GATE_PATTERNS_ORIGINAL:
            for m in rx.finditer(original):
                mark(m.start(), seps_orig)
        pieces = gate.split(_SEP)
        starts = [0] + [p + 1 for p in seps]
        _, letters, spelled = GATE_HINT
        hinted = {bisect.bisect_left(seps, m.start()) for m in letters.finditer(gate)}
        for k, piece in enumerate(pieces):
            if len(piece) >= ALWAYS_PHONES:
                out[batch[k]] = entity[batch[k]] = True
        if self._anchored:
            for k, piece in enumerate(pieces):
                if not out[batch[k]] and any(rx.search(piece, timeout=REGEX_TIMEOUT) for _, rxs in self._anchored
                                             for rx in rxs):
                    out[batch[k]] = True
        # 2. keyword and regex spans of the other texts, with the same word-boundary checks as
        #    match(); a text goes on only if some rule's condition holds on them
        spans: dict[int, dict[int, dict[str, list[tuple[int, int]]]]] = {}
        word = _WORD_CHARS
        n = len(gate)
        try:
            if self._auto is not None:
                k, limit, base = 0, seps[0] if seps else n, 0
                for end, (length, targets) in self._auto.iter(gate):
                    if end >= limit:  # hits come in order of their end: move to the text that holds it
                        k = bisect.bisect_left(seps, end)
                        limit, base = (seps[k] if k < len(seps) else n), starts[k]
                    if out[batch[k]]:
                        continue
                    if targets[0][0] < 0:
                        hinted.add(k)  # a number word, even inside a word ("01seven12"): a spelled phone?
                        if len(targets) == 1:
                            continue
                    start = end - length + 1
                    if start > 0 and word[gate[start - 1]] and word[gate[start]]:
                        continue  # starts inside a word
                    inside = end + 1 < n and word[gate[end + 1]] and word[gate[end]]
                    by_rule = spans.setdefault(k, {})
                    for ri, group, stem in targets:
                        if ri < 0 or (inside and not stem):
                            continue  # a number word (seen above), or a keyword ending inside a word
                        by_rule.setdefault(ri, {}).setdefault(group, []).append((start - base, end + 1 - base))
            for k, by_rule in spans.items():
                for ri in by_rule.keys() & self._regex_local.keys():
                    for name, rx in self._regex_local[ri]:
                        for m in rx.finditer(pieces[k], timeout=REGEX_TIMEOUT):
                            if m.end() > m.start():
                                by_rule[ri].setdefault(name, []).append((m.start(), m.end()))
            for ri, compiled in self._regex_batch:
                for name, rx in compiled:
                    for m in rx.finditer(gate, timeout=REGEX_TIMEOUT * 20):
                        if m.end() > m.start():
                            k = bisect.bisect_left(seps, m.start())
                            if not out[batch[k]]:
                                spans.setdefault(k, {}).setdefault(ri, {}).setdefault(name, []).append(
                                    (m.start() - starts[k], m.end() - starts[k]))
        except TimeoutError:
            return [True] * len(texts), [True] * len(texts)  # a slow regex: all matched alone, with a warning
        for k in hinted:
            if not entity[batch[k]] and spelled.search(pieces[k]):
                out[batch[k]] = entity[batch[k]] = True
        for k, by_rule in spans.items():
            if out[batch[k]]:
                continue
            word_of = _word_index(pieces[k])
            for ri, found in by_rule.items():
                for v in found.values():
                    v.sort()
                if evaluate(self._conditions[ri], found, word_of):
                    out[batch[k]] = True
                    break
        return out, entity

    def match(self, text: str, find_entities: bool = True) -> MatchResult:
        """Every hit and entity in ``text`` (``find_entities=False``: the caller knows there are none)."""
        warnings = []
        if len(text) > MAX_TEXT:
            warnings.append(f"text of {len(text)} characters: only the first {MAX_TEXT} were matched")
            text = text[:MAX_TEXT]
        norm = normalise(text)
        t = norm.text
        spans: dict[int, dict[str, list[tuple[int, int]]]] = {ri: {} for ri in self._negated}
        if self._auto is not None and t:
            word = _WORD_CHARS
            for end, (length, targets) in self._auto.iter(t):
                start = end - length + 1
                if start > 0 and word[t[start - 1]] and word[t[start]]:
                    continue  # starts inside a word
                after = t[end + 1] if end + 1 < len(t) else ""
                for ri, group, stem in targets:
                    if ri < 0:
                        continue  # a number word: only the batch gate looks at these
                    if not stem and after and word[after] and word[t[end]]:
                        continue  # ends inside a word
                    spans.setdefault(ri, {}).setdefault(group, []).append((start, end + 1))
        for ri, compiled in self._regex_rules:
            for name, rx in compiled:
                try:
                    for m in rx.finditer(t, timeout=REGEX_TIMEOUT):
                        if m.end() > m.start():
                            spans.setdefault(ri, {}).setdefault(name, []).append((m.start(), m.end()))
                except TimeoutError:
                    warnings.append(f"rule {self.rules[ri].id}: a regex took over {REGEX_TIMEOUT} s and was stopped")
        entities = extract_entities(text, self.region, norm) if find_entities else []
        if entities and self._entity_rules:
            starts = norm.offsets
            for ri, groups in self._entity_rules:
                for name, types in groups:
                    for e in entities:
                        if e.type in types or (e.obfuscated and f"{e.type}:obfuscated" in types):
                            s = bisect.bisect_left(starts, e.start, 0, len(starts) - 1)
                            en = bisect.bisect_left(starts, e.end, 0, len(starts) - 1)
                            spans.setdefault(ri, {}).setdefault(name, []).append((s, max(en, s + 1)))
        word_of = _word_index(t)
        hits = []
        for ri in sorted(spans):
            rule = self.rules[ri]
            found = spans[ri]
            for v in found.values():
                v.sort()
            support = evaluate(self._conditions[ri], found, word_of)
            if not support:
                continue
            orig = sorted(norm.span(s, e) for s, e in support)
            start, end = orig[0][0], max(e for _, e in orig)
            hits.append(Hit(rule.id, rule.pack, rule.category, rule.weight, start, end,
                            _snippet(text, start, end), tuple(text[s:e] for s, e in orig)))
        hits.sort(key=lambda h: (h.start, h.rule_id))
        total, explanation = score(hits, entities)
        return MatchResult(tuple(hits), tuple(entities), total, explanation, tuple(warnings))


_SEP = "\x00"


class _WordChars(dict):
    """char -> is_word_char(char), filled as characters are met."""

    def __missing__(self, ch: str) -> bool:
        self[ch] = is_word_char(ch)
        return self[ch]


_WORD_CHARS = _WordChars()
_ANCHORED = re.compile(r"(?<![\\\[])\^|(?<!\\)\$|\\[AZz]")


def _word_index(text: str):
    """pos -> the number of the word it is in (for "near ... within N words"), built on first use."""
    spaces: list[int] | None = None

    def word_of(pos: int) -> int:
        nonlocal spaces
        if spaces is None:
            spaces = [i for i, c in enumerate(text) if c in " \n"]
        return bisect.bisect_left(spaces, pos)

    return word_of


def _snippet(text: str, start: int, end: int) -> str:
    s = max(0, start - SNIPPET_CONTEXT)
    e = min(len(text), end + SNIPPET_CONTEXT)
    return ("…" if s > 0 else "") + " ".join(text[s:e].split()) + ("…" if e < len(text) else "")
