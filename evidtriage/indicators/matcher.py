"""The matcher: every rule of every pack over one text, in one pass of an Aho-Corasick automaton
(pyahocorasick) for the keywords, plus the rules' regexes (compiled once, time-limited) and the
entity extractors. Spans and snippets point into the original text.

Most messages on a seized phone match nothing. ``match_many`` therefore first looks at a whole
batch at once, in the compiled prefilter (:mod:`.prefilter`): it sets aside every text where no
rule can hit and no entity can be found, and tells which of the others may hold entities. Only
those are matched in full, one by one, normalised together; a text met before (a forwarded
message, a broadcast ad) gets its earlier result. The prefilter can only let too much through,
never too little (tests compare ``match_many`` with ``match`` on every rule's examples, every
entity kind and random text).
"""

from __future__ import annotations

import bisect
import gc
import weakref
from dataclasses import dataclass, field, replace
from itertools import islice

import ahocorasick
import numpy as np

from .address import addressed
from .clauses import sentence_index
from .conditions import evaluate, guard_groups, parse, required_groups
from .entities import ALWAYS_PHONES, Entity, Hints, extract_entities
from .morphology import compiled_form
from . import bounded, formcache, regexcache
from .negation import denied, holds_negation, may_deny, negator, over_own_negation
from .normalise import Normalised, is_word_char, normalise
from .prefilter import ENTITY, RULE, FoldedBatch, Prefilter
from .rules import RulePack, compile_regex
from .scoring import review_line, score
from .windows import windows

#: Characters matched at once: a longer text is matched in windows of this size (:mod:`.windows`),
#: overlapping by ``OVERLAP``, so time stays linear and memory bounded however long the text; a
#: hit or entity up to ``OVERLAP // 2`` characters long is found whole, once, its offsets exact.
WINDOW = 1 << 18
OVERLAP = 8192
#: Time one regex may take on one text before it is abandoned with a warning (its own CPU time).
REGEX_TIMEOUT = bounded.SECONDS
SNIPPET_CONTEXT = 40
#: Results kept for texts that repeat (forwarded messages, broadcast ads), per matcher; the least
#: recently used go first.
CACHE_SIZE = 20_000
CACHED_TEXT = 2_000  # characters: chat messages, not documents
#: The version of what the matcher and the entity extractors find in a text with given rule packs,
#: raised whenever a change to their code (not to the packs) can change a hit or an entity. A case
#: matched with another version is matched again (:attr:`evidtriage.run.Run.ruleset`), so that no
#: report mixes two engines' findings, and the run manifest records it (``matching_engine``).
ENGINE_VERSION = "2026.12.08.2"


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
        self.line = review_line(packs)
        self._conditions = []
        self._regexes: list[list[list]] = []
        self._entity_groups: list[list[tuple[str, tuple[str, ...]]]] = []
        entries: dict[str, list[tuple[int, str, bool]]] = {}
        # one regex a pattern of keyword forms: the lexicon's concepts give many rules the same
        # (a fifth of them; compiled, they weigh a few hundred kilobytes each), and every matcher
        # of this process shares those it has in common with another (:func:`_form`)
        for ri, rule in enumerate(self.rules):
            names = {g.name for g in rule.groups}
            self._conditions.append(parse(rule.condition, names))
            self._regexes.append([[(g.name, compile_regex(x)) for x in g.regexes]
                                  + [(g.name, _form(x)) for x in formcache.forms(g.keywords)]
                                  for g in rule.groups])
            self._entity_groups.append([(g.name, g.entities) for g in rule.groups if g.entities])
            for g in rule.groups:
                for kw, folded in zip(g.keywords, formcache.folded([k.rstrip("*").removeprefix("=") for k in g.keywords])):
                    stem = kw.endswith("*")
                    if not folded:
                        continue
                    variants = {folded, folded.replace(" ", "-")} if " " in folded else {folded}
                    for v in variants:
                        entries.setdefault(v, []).append((ri, g.name, stem))
        self._auto = _automaton({key: (len(key), value) for key, value in entries.items()})
        # only the rules that have regexes or entity groups are visited for them
        self._regex_rules = [(ri, [p for g in groups for p in g]) for ri, groups in enumerate(self._regexes)
                             if any(groups)]
        self._entity_rules = [(ri, groups) for ri, groups in enumerate(self._entity_groups) if groups]
        self._negated = [ri for ri, c in enumerate(self._conditions) if c.op == "not"]
        self._empty = MatchResult((), (), *score([], [], self.line))
        # the rules whose regexes can make them fire without keywords (in a text with no entity)
        self._regex_alone = {ri for ri, compiled in self._regex_rules
                             if _fires_without_keywords(self._conditions[ri], {name for name, _ in compiled})}
        # match() skips a rule's regexes where none of its keywords is, when regexes and entities
        # cannot make it fire alone
        self._regex_needs_keywords = {
            ri for ri, compiled in self._regex_rules
            if not _fires_without_keywords(self._conditions[ri], {name for name, rx in compiled if not isinstance(rx, _LazyRegex)}
                                           | {name for name, _ in self._entity_groups[ri]})}
        # match() runs the written regexes rule by rule, and the regexes of keywords' other forms
        # (which stand for keywords: their spans come first) only where their literals are
        self._plain_regex_rules = [(ri, [(n, rx) for n, rx in compiled if not isinstance(rx, _LazyRegex)])
                                   for ri, compiled in self._regex_rules]
        self._plain_regex_rules = [(ri, c) for ri, c in self._plain_regex_rules if c]

        self._required = [required_groups(c) for c in self._conditions]
        # the groups each condition names only under "not" (its guards), which leave out the words
        # that call the reader ("Mom, they took my phone": the mother is spoken to, not the holder)
        self._guards = [guard_groups(c) for c in self._conditions]
        self._entity_targets: dict[str, list[tuple[int, str]]] = {}  # entity type -> (rule, group)
        for ri, groups in self._entity_rules:
            for name, types in groups:
                for kind in types:
                    self._entity_targets.setdefault(kind, []).append((ri, name))
        # the written regexes' required literals (up to 128 a regex: a regex with more, or with
        # none, is always run) in one automaton, which tells in one pass over a text which of them
        # may match there (a substring test of each literal, a hundred regexes a text, took 40% of
        # the time of a text with rules to match)
        guards = {rx: formcache.guard_literals(rx, 128) for _, compiled in self._regex_rules for _, rx in compiled
                  if not isinstance(rx, _LazyRegex)}
        formcache.save()  # the forms, keywords and literals this matcher wrote that the cache did not have
        self._regex_number = {rx: n for n, rx in enumerate(guards)}
        self._unguarded = frozenset(n for rx, n in self._regex_number.items() if guards[rx] is None)
        guarded_by: dict[str, set[int]] = {}
        for rx, n in self._regex_number.items():
            for lit in guards[rx] or ():
                guarded_by.setdefault(lit, set()).add(n)
        self._guard_auto = _automaton({lit: tuple(sorted(numbers)) for lit, numbers in guarded_by.items()})
        # the regexes of keywords' other forms: one automaton of their literals tells, in one pass
        # over a text, which of them may match (instead of a guard's substring tests for each)
        from .literals import KNOWN

        # each regex once, with the rules' groups it stands for (run once a text, however many use it)
        users: dict[_LazyRegex, list[tuple[int, str]]] = {}
        for ri, compiled in self._regex_rules:
            for name, rx in compiled:
                if isinstance(rx, _LazyRegex):
                    users.setdefault(rx, []).append((ri, name))
        self._forms = list(users)
        self._form_users = list(users.values())
        by_literal: dict[str, list[int]] = {}
        for i, rx in enumerate(self._forms):
            for lit in KNOWN[rx.pattern]:
                by_literal.setdefault(lit, []).append(i)
        self._forms_auto = _automaton({lit: (len(lit), tuple(ids)) for lit, ids in by_literal.items()})
        self._entries = entries
        self._prefilter: Prefilter | None = None
        self._cache: dict[str, MatchResult] = {}  # text -> result, for texts that repeat

    def __reduce__(self):
        return (Matcher, (self.packs, self.region))

    def match_many(self, texts: list[str]) -> list[MatchResult]:
        """``[self.match(t) for t in texts]``, faster: the compiled prefilter sets aside the texts
        where nothing can be found, and tells which others may hold entities (module docstring)."""
        # the results are made of tuples, strings and numbers, none of which can form a cycle:
        # the cycle collector, which the thousands of them would set off again and again (and
        # each time walk the repeat cache), waits until the batch is done (about 3% of the time)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._match_many(texts)
        finally:
            if collecting:
                gc.enable()
            regexcache.save()  # the forms this process compiled for them, for the next process

    def _match_many(self, texts: list[str]) -> list[MatchResult]:
        results = [self._empty] * len(texts)
        if not texts:
            return results
        index: list[int] | range = range(len(texts))
        alone: set[int] = set()
        joined: str | None = _SEP.join(texts)
        if joined.count(_SEP) != len(texts) - 1 or (len(joined) > WINDOW and max(map(len, texts)) > WINDOW):
            # long texts are matched in windows, and NUL separates the batch's texts: those are matched alone
            alone = {i for i, t in enumerate(texts) if len(t) > WINDOW or _SEP in t}
            index = [i for i in index if i not in alone]
            joined = None
        flags = self._prefiltered([texts[i] for i in index] if alone else texts, joined)
        prefilter = self._prefilter
        # (text number, its number in what the prefilter saw, what to match: ENTITY and RULE bits)
        todo: list[tuple[int, int | None, int]] = [(i, None, ENTITY | RULE) for i in sorted(alone)]
        seen = np.flatnonzero(flags)
        todo += zip([index[j] for j in seen.tolist()] if alone else seen.tolist(), seen.tolist(), flags[seen].tolist())
        # a text met before (a forwarded message, a broadcast ad, "ok") has its result already
        cache = self._cache
        rest = []
        for item in todo:
            text = texts[item[0]]
            known = cache.pop(text, None)
            if known is None:
                rest.append(item)
            else:
                results[item[0]] = cache[text] = known  # now the most recently used
        # the rest are normalised together, in one compiled pass; but plain ASCII, which
        # normalise() folds by lower-casing
        batch = [i for i, j, _ in rest if j is not None and not texts[i].isascii()]
        norms = dict(zip(batch, FoldedBatch([texts[i] for i in batch]).normalised())) if batch else {}
        if len(cache) + len(rest) > CACHE_SIZE:  # the least recently used quarter goes
            for text in list(islice(cache, len(cache) // 4 + len(rest))):
                del cache[text]
        for i, j, f in rest:
            text = texts[i]
            known = cache.get(text)  # (the same text earlier in this batch)
            if known is None:
                known = self.match(text, find_entities=f & ENTITY != 0, norm=norms.get(i),
                                   hints=prefilter.hints(j) if j is not None and f & ENTITY else None,
                                   find_rules=f & RULE != 0)
                if len(text) <= CACHED_TEXT:
                    cache[text] = known
            results[i] = known
        return results

    def prepare(self) -> None:
        """Build the prefilter and load its compiled code now (before worker processes fork, so
        that they inherit both instead of each loading them). The regexes of the keywords' other
        forms stay to be compiled where a text first wakes one: compiled all at once they took
        25 s and 128 MB (1,684 of them, rule packs 1.2.0) in every run, small case or large, while
        a worker compiles only those its texts need."""
        self._prefiltered(["prepare"])

    def compile_forms(self) -> None:
        """Compile every keyword-form regex now, for a process that will fork workers for many
        scans of many texts (each worker then inherits them instead of compiling its own)."""
        for rx in self._forms:
            rx.compiled()
        regexcache.save()

    def _prefiltered(self, texts: list[str], joined: str | None = None) -> np.ndarray:
        if self._prefilter is None:
            # a suppressor alone changes nothing (match() keeps no hit of it without an indicator):
            # its words do not wake a text
            voice = {ri for ri, r in enumerate(self.rules) if r.category == "suppressor"}
            entries = {k: kept for k, v in self._entries.items() if (kept := [x for x in v if x[0] not in voice])}
            self._prefilter = Prefilter(entries, self.rules, self._conditions,
                                        [(ri, c) for ri, c in self._regex_rules if ri not in voice],
                                        self._regex_alone - voice, ALWAYS_PHONES)
        return self._prefilter.run(texts, joined)

    def match(self, text: str, find_entities: bool = True, norm: Normalised | None = None,
              hints: Hints | None = None, find_rules: bool = True, keep_voice: bool = False) -> MatchResult:
        """Every hit and entity in ``text`` (``find_entities=False``: the caller knows there are none;
        ``find_rules=False``: it knows no rule can hit; ``norm``: ``normalise(text)``, ``hints``:
        where entities may be, when the caller has them; ``keep_voice``: keep a suppressor's hits even
        with no indicator beside them, as ``rules test`` does for a suppressor's examples)."""
        if len(text) > WINDOW:
            hits, entities, warnings, negated = self._match_windows(text)
        else:
            hits, entities, warnings, negated = self._match_text(text, find_entities, norm, hints, find_rules)
        if hits and not keep_voice and all(h.category == "suppressor" for h in hits):
            hits = []  # a voice (news, receipt, banter) with no indicator in it: nothing to say
        hits.sort(key=lambda h: (h.start, h.rule_id))
        total, explanation = score(hits, entities, self.line, text)
        if negated:
            explanation += "; " + "; ".join(negated) + " (left out)"
        return MatchResult(tuple(hits), tuple(entities), total, explanation, tuple(warnings))

    def _match_windows(self, text: str):
        """:meth:`_match_text` window by window (:mod:`.windows`): what each window owns, its
        offsets shifted into the whole text."""
        hits, entities, warnings, negated = [], [], [], []
        for w in windows(len(text), WINDOW, OVERLAP):
            h, e, warn, neg = self._match_text(text[w.start:w.end], True, None, None, True)
            hits += [replace(x, start=x.start + w.start, end=x.end + w.start) for x in h
                     if w.own_start <= x.start + w.start < w.own_end]
            entities += [replace(x, start=x.start + w.start, end=x.end + w.start) for x in e
                         if w.own_start <= x.start + w.start < w.own_end]
            warnings += [x for x in warn if x not in warnings]
            negated += [x for x in neg if x not in negated]
        return hits, entities, warnings, negated

    def _match_text(self, text: str, find_entities: bool, norm: Normalised | None, hints: Hints | None,
                    find_rules: bool):
        """(hits, entities, warnings, negations left out) of one text of at most WINDOW characters."""
        warnings: list[str] = []
        norm = norm or normalise(text)
        if not find_rules:
            entities = extract_entities(text, self.region, norm, hints) if find_entities else []
            return [], list(entities), warnings, []
        t = norm.text
        spans: dict[int, dict[str, list[tuple[int, int]]]] = {ri: {} for ri in self._negated}
        if self._auto is not None and t:
            word = _WORD_CHARS
            for end, (length, targets) in self._auto.iter(t):
                start = end - length + 1
                if start > 0 and word[t[start - 1]] and word[t[start]]:
                    continue  # starts inside a word
                after = t[end + 1] if end + 1 < len(t) else ""
                if t[start].isdigit() and t[end].isdigit() and _a_group_of_a_number(t, start, end + 1):
                    continue  # "1098" as the last group of "+971 55 432 1098" is no helpline
                for ri, group, stem in targets:
                    if not stem and after and word[after] and word[t[end]]:
                        continue  # ends inside a word
                    spans.setdefault(ri, {}).setdefault(group, []).append((start, end + 1))
        if self._forms_auto is not None and t:
            forms: set[int] = set()
            word = _WORD_CHARS
            for end, (length, ids) in self._forms_auto.iter(t):
                start = end - length + 1
                if start > 0 and word[t[start - 1]]:
                    continue  # a literal is where a word begins
                forms.update(ids)
            for i in sorted(forms):
                try:
                    found = bounded.spans(self._forms[i], t, REGEX_TIMEOUT)
                except TimeoutError:
                    ids = ", ".join(dict.fromkeys(self.rules[ri].id for ri, _ in self._form_users[i]))
                    warnings.append(f"rule {ids}: a keyword's forms took over {REGEX_TIMEOUT} s and were stopped")
                    continue
                if found:
                    for ri, name in self._form_users[i]:
                        spans.setdefault(ri, {}).setdefault(name, []).extend(found)
        woken = None  # the written regexes whose literals are in the text (read at first need)
        for ri, compiled in self._plain_regex_rules:
            if ri not in spans and ri in self._regex_needs_keywords:
                continue  # its regexes (and entities) cannot make it fire without its keywords
            if woken is None:
                woken = set(self._unguarded)
                if self._guard_auto is not None:
                    for _, numbers in self._guard_auto.iter(t):
                        woken.update(numbers)
            for name, rx in compiled:
                if self._regex_number[rx] not in woken:
                    continue  # none of the literals each of its matches holds is in the text
                try:
                    found = bounded.spans(rx, t, REGEX_TIMEOUT)
                    if found:
                        spans.setdefault(ri, {}).setdefault(name, []).extend(found)
                except TimeoutError:
                    warnings.append(f"rule {self.rules[ri].id}: a regex took over {REGEX_TIMEOUT} s and was stopped")
        entities = extract_entities(text, self.region, norm, hints) if find_entities else []
        if entities and self._entity_targets:
            starts = norm.offsets
            by_type = self._entity_targets
            for e in entities:
                targets = by_type.get(e.type, ())
                if e.obfuscated and e.type + ":obfuscated" in by_type:
                    targets = dict.fromkeys([*targets, *by_type[e.type + ":obfuscated"]])
                if not targets:
                    continue
                s = bisect.bisect_left(starts, e.start, 0, len(starts) - 1)
                en = max(bisect.bisect_left(starts, e.end, 0, len(starts) - 1), s + 1)
                for ri, name in targets:
                    spans.setdefault(ri, {}).setdefault(name, []).append((s, en))
        word_of = _word_index(t)
        sentence_of = sentence_index(t)  # for "near ... in one sentence"
        hits = []
        negated: list[str] = []
        required = self._required
        denies = may_deny(t)
        calls = None  # the spans that call the reader (read at first need)
        for ri in sorted(spans):
            found = spans[ri]
            if not found.keys() >= required[ri]:
                continue  # a group the condition needs has no match
            guards = self._guards[ri]
            if guards and not guards.isdisjoint(found):
                if calls is None:
                    calls = addressed(t)
                if calls:
                    for g in guards & found.keys():
                        found[g] = [sp for sp in found[g] if not any(a <= sp[0] and sp[1] <= b for a, b in calls)]
            rule = self.rules[ri]
            for v in found.values():
                v.sort()
            support = evaluate(self._conditions[ri], found, word_of, sentence_of)
            if not support:
                continue
            if rule.category != "suppressor" and denies:
                # a thing said not to exist ("kono advance nai") is left out of the matches, and the
                # condition tried on the rest
                every = tuple(sp for v in found.values() for sp in v)
                gone = {sp: w for sp in every if (w := denied(t, *sp, every))}
                if gone:
                    found = {g: [sp for sp in v if sp not in gone] for g, v in found.items()}
                    support = evaluate(self._conditions[ri], found, word_of, sentence_of)
                    if not support:
                        negated.append(f"{rule.id} negated by {next(iter(gone.values()))!r}")
                        continue
            if rule.category != "suppressor":
                neg = _negation_over(t, support)
                if neg is not None:
                    # the negation may scope over one of the matches only ("don't pay at the office,
                    # put it in my wife's Rocket, no receipt needed"): the condition is tried again
                    # without the matches a negation scopes over, and holds or not on the rest
                    rest = {g: [sp for sp in v if _negation_over(t, [sp]) is None] for g, v in found.items()}
                    again = evaluate(self._conditions[ri], rest, word_of, sentence_of) if rest != found else None
                    if not again or _negation_over(t, again) is not None:
                        negated.append(f"{rule.id} negated by {neg!r}")
                        continue
                    support = again
            orig = sorted(norm.span(s, e) for s, e in support)
            start, end = orig[0][0], max(e for _, e in orig)
            hits.append(Hit(rule.id, rule.pack, rule.category, rule.weight, start, end,
                            _snippet(text, start, end), tuple(text[s:e] for s, e in orig)))
        return hits, list(entities), warnings, negated


_SEP = "\x00"


def _automaton(words: dict):
    """An Aho-Corasick automaton of these words, each giving its value; None for no words."""
    if not words:
        return None
    auto = ahocorasick.Automaton()
    for word, value in words.items():
        auto.add_word(word, value)
    auto.make_automaton()
    return auto


def _negation_over(t: str, support) -> str | None:
    """The negation word that scopes over these matches (normalised text), unless their own words
    hold one (then the rule is about that negation: "kauke bolba na")."""
    if holds_negation(" ".join(t[s:e] for s, e in support)):
        # the rule is about its negation ("jaite dibo na"), unless the family says it of its own child
        # or a clock hour bounds it ("9 tar por baire jaite dey na": a curfew)
        return over_own_negation(t, min(s for s, _ in support), max(e for _, e in support))
    return negator(t, min(s for s, _ in support), max(e for _, e in support))


class _LazyRegex:
    """A regex of a keyword's other forms (:mod:`.morphology`), compiled when a text first holds
    one of its literals: there are a hundred or more, long to compile, and most scans wake few."""

    __slots__ = ("pattern", "_rx", "__weakref__")
    flags = 0

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._rx = None

    def compiled(self):
        if self._rx is None:
            self._rx = compile_regex(compiled_form(self.pattern))
        return self._rx

    def finditer(self, text: str, *args, **kwargs):
        return self.compiled().finditer(text, *args, **kwargs)

    def search(self, text: str, *args, **kwargs):
        return self.compiled().search(text, *args, **kwargs)

    def __hash__(self):
        return hash(self.pattern)

    def __eq__(self, other):
        return isinstance(other, _LazyRegex) and other.pattern == self.pattern


_FORMS: weakref.WeakValueDictionary[str, _LazyRegex] = weakref.WeakValueDictionary()


def _form(pattern: str) -> _LazyRegex:
    """The process's one form regex of this pattern, so that a matcher built again for the same or
    other packs (``rules test``, ``eval``, the next scan) finds it compiled if another matcher that
    still lives compiled it; it goes with the last matcher that uses it."""
    rx = _FORMS.get(pattern)
    if rx is None:
        rx = _FORMS[pattern] = _LazyRegex(pattern)
    return rx


def _fires_without_keywords(condition, groups: set[str]) -> bool:
    """Whether ``condition`` can hold with only these groups' (regex or entity) matches, whichever of
    them are present: every subset is tried, since "not" makes presence cut both ways."""
    names = sorted(groups)
    if len(names) > 10:
        return True
    for mask in range(1, 1 << len(names)):
        present = {name: [(i, i + 1)] for i, name in enumerate(names) if mask >> i & 1}
        if evaluate(condition, present, lambda pos: 0):
            return True
    return False


class _WordChars(dict):
    """char -> is_word_char(char), filled as characters are met."""

    def __missing__(self, ch: str) -> bool:
        self[ch] = is_word_char(ch)
        return self[ch]


_WORD_CHARS = _WordChars()

#: A number written in groups ("+971 55 432 1098", "01711-999-123") holds at least this many digits:
#: a phone number's length. Shorter runs are numbers side by side ("999 1098", "call 999 2 times").
_GROUPED_NUMBER_DIGITS = 9


def _a_group_of_a_number(t: str, start: int, end: int) -> bool:
    """Whether ``t[start:end]``, a keyword made of digits (a helpline: 999, 1098, 16135), is one group of
    a longer number written in groups separated by a space or a hyphen, as phone numbers are: a
    keyword's own number never matches a piece of a phone number, whichever rule names it."""
    def is_digit(i: int) -> bool:
        return 0 <= i < len(t) and t[i].isdigit()

    left = start
    while is_digit(left - 1) or (t[left - 1:left] in (" ", "-") and is_digit(left - 2)):
        left -= 1
    right = end
    while is_digit(right) or (t[right:right + 1] in (" ", "-") and is_digit(right + 1)):
        right += 1
    if left == start and right == end:
        return False
    return sum(ch.isdigit() for ch in t[left:right]) >= _GROUPED_NUMBER_DIGITS


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
