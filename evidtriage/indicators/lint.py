"""``evidtriage rules lint``: one small check class per problem, each with a name, a severity
and advice, in the manner of pySigma's validators and capa's lint. Problems point at ``file:line``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .conditions import ConditionError, parse
from .entities import ENTITY_TYPES
from .literals import required_literals
from .normalise import normalise, normalise_keyword
from .prefilter import is_anchored
from .rules import (CATEGORIES, GROUP_FIELDS, LANGUAGES, PACK_FIELDS, RULE_FIELDS, Rule, RuleLoadError,
                    RulePack, compile_regex, load_pack, pack_files)


@dataclass(frozen=True)
class Problem:
    where: str  # file:line
    check: str
    severity: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message} [{self.check}]"


class Check:
    name = ""
    severity = "error"
    advice = ""

    def rule(self, rule: Rule) -> list[str]:
        return []

    def pack(self, pack: RulePack) -> list[tuple[str, str]]:
        return []


class UnknownFields(Check):
    name = "unknown-field"
    advice = "fix the spelling or remove the field; unknown fields are ignored by the matcher"

    def pack(self, pack):
        out = []
        raw = pack.raw
        for k in raw.get("pack", {}):
            if k != "__line__" and k not in PACK_FIELDS:
                out.append((f"{pack.path}:{raw['pack'].get('__line__', 1)}", f"unknown pack field {k!r}"))
        for r in raw.get("rules", []):
            for k in r:
                if k != "__line__" and k not in RULE_FIELDS:
                    out.append((f"{pack.path}:{r.get('__line__', '?')}", f"rule {r.get('id')!r}: unknown field {k!r}"))
            for gname, g in (r.get("patterns") or {}).items():
                if isinstance(g, dict):
                    for k in g:
                        if k != "__line__" and k not in GROUP_FIELDS:
                            out.append((f"{pack.path}:{g.get('__line__', '?')}",
                                        f"rule {r.get('id')!r}, group {gname!r}: unknown field {k!r}"))
        return out


class MissingReferences(Check):
    name = "missing-references"
    advice = "cite the published indicator the rule comes from (ILO, UNODC, IOM, Polaris, research)"

    def rule(self, rule):
        return [] if rule.references else [f"rule {rule.id!r} cites no reference"]


class MissingExamples(Check):
    name = "missing-examples"
    advice = "give at least two texts that must match and two that must not, in each language"

    def rule(self, rule):
        out = []
        for lang in rule.languages:
            m = sum(1 for lg, _ in rule.examples_match if lg == lang)
            n = sum(1 for lg, _ in rule.examples_no_match if lg == lang)
            if m < 2 or n < 2:
                out.append(f"rule {rule.id!r}: {m} match and {n} no-match examples in {lang} (2 and 2 needed)")
        return out


def _each_regex(rule: Rule):
    """``(group name, pattern, compile error or None)`` for every regex of the rule."""
    for g in rule.groups:
        for rx in g.regexes:
            try:
                compile_regex(rx)
            except Exception as exc:  # noqa: BLE001 - any compile error is a finding
                yield g.name, rx, exc
            else:
                yield g.name, rx, None


class BadRegex(Check):
    name = "bad-regex"
    advice = "the regex module could not compile it"

    def rule(self, rule):
        return [f"rule {rule.id!r}, group {name!r}: regex {rx!r} does not compile: {error}"
                for name, rx, error in _each_regex(rule) if error is not None]


class UnfoldedRegex(Check):
    name = "unfolded-regex"
    advice = ("a regex is matched against the folded text (NFKD, lower case, ASCII digits: "
              "docs/rules.md): write its letters as they are folded, e.g. a Bengali ো as ে + া")

    def rule(self, rule):
        out = []
        for name, rx, error in _each_regex(rule):
            if error is not None:
                continue
            unfolded = sorted({c for c in rx if not c.isascii() and normalise(c).text != c})
            if unfolded:
                shown = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in unfolded)
                out.append(f"rule {rule.id!r}, group {name!r}: regex {rx!r} has characters the folded "
                           f"text never holds: {shown}")
        return out


class ShortKeywords(Check):
    name = "short-keyword"
    advice = "short keywords match inside ordinary text; make them longer or join words"

    def rule(self, rule):
        out = []
        for g in rule.groups:
            for kw in g.keywords:
                folded = normalise_keyword(kw.rstrip("*").removeprefix("="))
                # Latin keywords need 3 characters; Bengali words of two code points
                # (ঋণ, ফি) are whole words
                symbols = folded and all(unicodedata.category(c)[0] == "S" or c == "\ufe0f" for c in folded)
                if not symbols and len(folded) < (3 if folded.isascii() else 2):
                    out.append(f"rule {rule.id!r}, group {g.name!r}: keyword {kw!r} is too short")
        return out


class UnknownCategory(Check):
    name = "unknown-category"
    advice = "use a category from docs/rules.md, or add one there with its reason"

    def rule(self, rule):
        return [] if rule.category in CATEGORIES else [f"rule {rule.id!r}: unknown category {rule.category!r}"]


class UnknownLanguage(Check):
    name = "unknown-language"
    advice = "languages are en, bn and bn-Latn"

    def rule(self, rule):
        langs = set(rule.languages) | {lg for lg, _ in rule.examples_match + rule.examples_no_match}
        return [f"rule {rule.id!r}: unknown language {lg!r}" for lg in sorted(langs - set(LANGUAGES))]


class BadCondition(Check):
    name = "bad-condition"
    advice = "see the condition language in docs/rules.md"

    def rule(self, rule):
        try:
            parse(rule.condition, {g.name for g in rule.groups})
        except ConditionError as exc:
            return [f"rule {rule.id!r}: {exc}"]
        return []


class UnknownEntityType(Check):
    name = "unknown-entity"
    advice = f"entity types are: {', '.join(ENTITY_TYPES)}"

    def rule(self, rule):
        return [f"rule {rule.id!r}: unknown entity type {e!r}" for g in rule.groups for e in g.entities
                if e.removesuffix(":obfuscated") not in ENTITY_TYPES]


class RegexWithoutLiteral(Check):
    name = "regex-without-literal"
    severity = "warning"
    advice = ("give the regex a word or symbol every match holds (a unit, a currency): then it runs only "
              "where that is; without one it runs on every text its rule's keywords are in")

    def rule(self, rule):
        return [f"rule {rule.id!r}, group {name!r}: regex {rx!r} holds no literal every match has"
                for name, rx, error in _each_regex(rule) if error is None and required_literals(rx) is None]


class AnchoredRegex(Check):
    name = "anchored-regex"
    severity = "warning"
    advice = ("^, $, \\A and \\Z tie a regex to a text's start or end, where no literal can be looked for: "
              "the prefilter then counts the group as present in every text its rule touches. To end a "
              "look-ahead at the end of a line, write (?!.) instead of $")

    def rule(self, rule):
        if rule.category == "suppressor":
            return []  # a voice's words wake no text: its header and footer regexes run on flagged texts only
        return [f"rule {rule.id!r}, group {name!r}: regex {rx!r} is anchored (^, $, \\A or \\Z): the prefilter "
                f"counts it as matching in every text" for name, rx, error in _each_regex(rule)
                if error is None and is_anchored(rx)]


class WeightWithoutReason(Check):
    name = "weight-reason"
    severity = "warning"
    advice = "say why the weight is what it is (which evidence supports it)"

    def rule(self, rule):
        return [] if rule.weight_reason.strip() else [f"rule {rule.id!r}: weight {rule.weight:g} has no weight_reason"]


CHECKS: tuple[Check, ...] = (UnknownFields(), MissingReferences(), MissingExamples(), BadRegex(), UnfoldedRegex(),
                             ShortKeywords(),
                             UnknownCategory(), UnknownLanguage(), BadCondition(), UnknownEntityType(),
                             RegexWithoutLiteral(), AnchoredRegex(), WeightWithoutReason())


def unused_concepts(packs) -> list[Problem]:
    """Concepts of the packs' lexicons that no pattern group names, directly or through another
    concept: words nobody matches (a renamed group, a rule removed)."""
    named: dict[str, set[str]] = {}
    lexicons = {}
    for pack in packs:
        if pack.lexicon is None:
            continue
        lexicons[pack.lexicon.path] = pack.lexicon
        used = named.setdefault(pack.lexicon.path, set())
        for r in pack.raw.get("rules", []):
            for g in (r.get("patterns") or {}).values():
                if isinstance(g, dict) and isinstance(g.get("lexicon"), list):
                    used.update(map(str, g["lexicon"]))
    out = []
    for path, lex in sorted(lexicons.items()):
        used = set(named[path])
        todo = list(used)
        while todo:
            for ref in lex.takes_in.get(todo.pop(), ()):
                if ref not in used:
                    used.add(ref)
                    todo.append(ref)
        out += [Problem(f"{path}:{lex.lines[c]}", "unused-concept", "warning",
                        f"concept {c!r} is named by no rule of the packs linted")
                for c in sorted(set(lex.concepts) - used)]
    return out


def lint(paths) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    loaded = []
    try:
        files = pack_files(paths)
    except RuleLoadError as exc:
        return [Problem(str(exc).split(": ", 1)[0], "load", "error", str(exc).split(": ", 1)[1])]
    for path in files:
        try:
            pack = load_pack(path, runnable=False)
        except RuleLoadError as exc:
            where, _, message = str(exc).partition(": ")
            problems.append(Problem(where, "load", "error", message))
            continue
        loaded.append(pack)
        for check in CHECKS:
            for where, message in check.pack(pack):
                problems.append(Problem(where, check.name, check.severity, message))
        for rule in pack.rules:
            if rule.id in seen:
                problems.append(Problem(rule.source, "duplicate-id", "error",
                                        f"rule id {rule.id!r} is also at {seen[rule.id]}"))
            seen[rule.id] = rule.source
            for check in CHECKS:
                for message in check.rule(rule):
                    problems.append(Problem(rule.source, check.name, check.severity, message))
    return problems + unused_concepts(loaded)


def test_examples(packs, matcher) -> list[str]:
    """Every example through the production matcher (the batch path a scan takes, prefilter
    included): what failed, as ``file:line: ...`` lines."""
    failures = []
    for pack in packs:
        for rule in pack.rules:
            texts = rule.examples_match + rule.examples_no_match
            if rule.category == "suppressor":
                # a voice alone is not reported (no indicator to lower): its examples are matched
                # one by one, keeping its hits
                results = [matcher.match(text, keep_voice=True) for _, text in texts]
            else:
                results = matcher.match_many([text for _, text in texts])
            for i, ((lang, text), result) in enumerate(zip(texts, results)):
                hit = rule.id in {h.rule_id for h in result.hits}
                if i < len(rule.examples_match) and not hit:
                    failures.append(f"{rule.source}: {rule.id} does not match its {lang} example {text!r}")
                elif i >= len(rule.examples_match) and hit:
                    failures.append(f"{rule.source}: {rule.id} matches its {lang} no-match example {text!r}")
    return failures
