"""The matcher: every rule of every pack over one text, in one pass of an Aho-Corasick automaton
(pyahocorasick) for the keywords, plus the rules' regexes (compiled once, time-limited) and the
entity extractors. Spans and snippets point into the original text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import ahocorasick

from .conditions import evaluate, parse
from .entities import Entity, extract_entities
from .normalise import is_word_char, normalise, normalise_keyword
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

    def __reduce__(self):
        return (Matcher, (self.packs, self.region))

    def match(self, text: str) -> MatchResult:
        warnings = []
        if len(text) > MAX_TEXT:
            warnings.append(f"text of {len(text)} characters: only the first {MAX_TEXT} were matched")
            text = text[:MAX_TEXT]
        norm = normalise(text)
        t = norm.text
        spans: dict[int, dict[str, list[tuple[int, int]]]] = {ri: {} for ri in self._negated}
        if self._auto is not None and t:
            for end, (length, targets) in self._auto.iter(t):
                start = end - length + 1
                if start > 0 and is_word_char(t[start - 1]) and is_word_char(t[start]):
                    continue  # starts inside a word
                after = t[end + 1] if end + 1 < len(t) else ""
                for ri, group, stem in targets:
                    if not stem and after and is_word_char(after) and is_word_char(t[end]):
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
        entities = extract_entities(text, self.region, norm)
        if entities and self._entity_rules:
            starts = norm.offsets
            for ri, groups in self._entity_rules:
                for name, types in groups:
                    for e in entities:
                        if e.type in types or (e.obfuscated and f"{e.type}:obfuscated" in types):
                            s = bisect.bisect_left(starts, e.start, 0, len(starts) - 1)
                            en = bisect.bisect_left(starts, e.end, 0, len(starts) - 1)
                            spans.setdefault(ri, {}).setdefault(name, []).append((s, max(en, s + 1)))
        spaces: list[int] | None = None

        def word_of(pos: int) -> int:
            nonlocal spaces
            if spaces is None:
                spaces = [i for i, c in enumerate(t) if c in " \n"]
            return bisect.bisect_left(spaces, pos)

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


def _snippet(text: str, start: int, end: int) -> str:
    s = max(0, start - SNIPPET_CONTEXT)
    e = min(len(text), end + SNIPPET_CONTEXT)
    return ("…" if s > 0 else "") + " ".join(text[s:e].split()) + ("…" if e < len(text) else "")
