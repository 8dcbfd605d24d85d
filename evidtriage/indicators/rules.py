"""Rule packs: the YAML format, its loader (errors point at ``file:line``) and the checks.

A pack file::

    pack:   {id, version, title, licence, languages, description, review_line, lexicon}
    rules:
      - id, title, description, category, weight, weight_reason, languages,
        references: [text, ...]
        patterns:  {GROUP: {keywords: [...], lexicon: [CONCEPT, ...], regex: [...], entities: [...]}, ...}
        condition: "any" | "all" | "GROUP and GROUP" | "GROUP or (A and B)" | "not GROUP"
                   | "2 of (A, B, C)" | "A near B within 5 words"
        examples:  {match: [...], no_match: [...]}

Keywords are matched on the normalised text with word boundaries that understand Bengali
(vowel signs and the virama are part of a word); a keyword ending in ``*`` also matches the
words it begins (``দালাল*`` matches দালালের, দালালরা). Regexes use the ``regex`` module on the
normalised text, compiled once, run with a time limit.

A *lexicon* (a file named ``*.lexicon.yaml``, which the pack's header names by a path relative to
the pack) holds word lists shared across rules and packs, one per concept (kin, police, money
channels...)::

    lexicon:
      kin: [mother, ammu, মা, ...]
      family_threat: ["@kin", hurt, ...]   # "@name" takes in another concept's words

A pattern group's ``lexicon: [kin, police]`` adds those concepts' words to its keywords as the pack
loads, so the matcher, its prefilter and ``rules test`` see ordinary keywords (with their other
forms, :mod:`.morphology`). A folder of packs leaves its lexicon files out of the packs.
"""

from __future__ import annotations

import hashlib
import re as std_re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from ..errors import UserError
from . import regexcache

CATEGORIES = {
    "deceptive_recruitment": "false or misleading job offers, visas and conditions",
    "fees_and_debt": "recruitment fees, advances, debts worked off",
    "document_retention": "passports, iqamas, phones kept by someone else",
    "isolation_and_secrecy": "confinement, secrecy, controlled contact",
    "threats_and_coercion": "threats, violence, being sold",
    "labour_exploitation": "wages withheld, excessive hours, deprivation (added: ILO indicators 8, 10, 11)",
    "irregular_migration": "irregular routes and visa misuse",
    "sexual_exploitation_ad": "commercial-sex ad features that predicted trafficking",
    "minor_indicators": "children recruited or advertised",
    "payments_and_proceeds": "mobile money, hundi, crypto payments",
    "suppressor": "news, NGO awareness and official-channel voice (negative weight)",
}
LANGUAGES = ("en", "bn", "bn-Latn")
PACK_FIELDS = {"id", "version", "title", "licence", "languages", "description", "review_line", "lexicon"}
RULE_FIELDS = {"id", "title", "description", "category", "weight", "weight_reason", "languages",
               "references", "patterns", "condition", "examples", "suppresses"}
GROUP_FIELDS = {"keywords", "lexicon", "regex", "entities"}
LEXICON_SUFFIXES = (".lexicon.yaml", ".lexicon.yml")


class RuleLoadError(UserError):
    """A rule pack that cannot be used; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class PatternGroup:
    name: str
    keywords: tuple[str, ...] = ()
    regexes: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    pack: str
    title: str
    description: str
    category: str
    weight: float
    weight_reason: str
    languages: tuple[str, ...]
    references: tuple[str, ...]
    groups: tuple[PatternGroup, ...]
    condition: str
    examples_match: tuple[tuple[str, str], ...]  # (language, text)
    examples_no_match: tuple[tuple[str, str], ...]
    source: str  # file:line


@dataclass(frozen=True)
class RulePack:
    id: str
    version: str
    title: str
    licence: str
    languages: tuple[str, ...]
    path: str
    sha256: str
    rules: tuple[Rule, ...]
    raw: dict = field(default_factory=dict, compare=False, repr=False)
    review_line: float | None = None  # the score from which an artifact is flagged (scoring.review_line)
    lexicon: Lexicon | None = None  # the shared word lists its groups name


@dataclass(frozen=True)
class Lexicon:
    """Named word lists shared by rules (the module docstring); ``concepts`` has every "@name"
    taken in already."""

    path: str
    sha256: str
    concepts: dict[str, tuple[str, ...]]
    lines: dict[str, int]  # concept -> line in the file
    takes_in: dict[str, tuple[str, ...]]  # concept -> the concepts it names with "@"


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that remembers the line of every mapping (as ``__line__``). On libyaml's
    parser where PyYAML has it: the same documents, marks and errors, a tenth of the time (the
    built-in packs took 1.5 s to read, on every scan)."""


def _construct_mapping(loader, node, deep=False):
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
        if key in seen:  # YAML keeps the last silently: a second concept or group of one name hides the first
            raise yaml.constructor.ConstructorError(
                None, None, f"'{key}' is given twice in one mapping (first at line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    mapping = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _yaml_with_lines(path: Path) -> tuple[object, str]:
    """A YAML file's document (each mapping with its ``__line__``) and its text; errors name the
    file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleLoadError(f"{path}:1: cannot read: {exc}") from None
    try:
        return yaml.load(text, Loader=_LineLoader), text  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise RuleLoadError(f"{path}:{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None


def read_yaml(path: Path) -> dict:
    doc, _ = _yaml_with_lines(path)
    if not isinstance(doc, dict) or "rules" not in doc or "pack" not in doc:
        if isinstance(doc, dict) and "lexicon" in doc:
            raise RuleLoadError(f"{path}:1: this is a lexicon (shared word lists), not a rule pack: a pack "
                                f"names it in its header (lexicon: FILE)")
        raise RuleLoadError(f"{path}:1: a rule pack needs top-level 'pack' and 'rules'")
    return doc


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise RuleLoadError(f"{where}: {name} must be a list of strings")
    return tuple(str(v) for v in value)


def _examples(value, where: str, languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Examples as a list (language of the rule's first) or as {language: [texts]}."""
    if value is None:
        return ()
    if isinstance(value, dict):
        out = []
        for lang, texts in value.items():
            if lang == "__line__":
                continue
            out.extend((lang, t) for t in _strings(texts, where, f"examples for {lang}"))
        return tuple(out)
    return tuple((languages[0] if languages else "en", t) for t in _strings(value, where, "examples"))


def is_lexicon_file(path: Path) -> bool:
    return path.name.endswith(LEXICON_SUFFIXES)


#: Lexicons read so far, by (path, digest of their bytes): the packs that share one read it once.
_LEXICONS: dict[tuple[str, str], Lexicon] = {}


def load_lexicon(path: str | Path) -> Lexicon:
    """A lexicon file (the module docstring), its "@name" references taken in; errors name the
    file and line."""
    path = Path(path)
    if not is_lexicon_file(path):
        raise RuleLoadError(f"{path}:1: a lexicon file's name ends in .lexicon.yaml")
    key = (str(path.resolve()), hashlib.sha256(path.read_bytes()).hexdigest())
    if key not in _LEXICONS:
        _LEXICONS[key] = _read_lexicon(path, key[1])
    return _LEXICONS[key]


def _read_lexicon(path: Path, sha256: str) -> Lexicon:
    doc, text = _yaml_with_lines(path)
    body = doc.get("lexicon") if isinstance(doc, dict) else None
    if not isinstance(body, dict) or not [k for k in body if k != "__line__"]:
        raise RuleLoadError(f"{path}:1: a lexicon file needs a top-level 'lexicon' mapping of concept: [words]")
    line = body.get("__line__", 1)
    raw: dict[str, tuple[str, ...]] = {}
    lines: dict[str, int] = {}
    # a mapping's own line is where it begins; a concept's line is found by its name
    where = {m.group(1): i + 1 for i, ln in enumerate(text.splitlines())
             if (m := std_re.match(r"\s+([A-Za-z_][A-Za-z0-9_]*)\s*:", ln))}
    for name, words in body.items():
        if name == "__line__":
            continue
        lines[str(name)] = where.get(str(name), line)
        at = f"{path}:{lines[str(name)]}"
        if not _NAME.fullmatch(str(name)):
            raise RuleLoadError(f"{at}: concept name {name!r} must be a word (letters, digits, _)")
        words = _strings(words, at, f"concept {name!r}")
        if not words:
            raise RuleLoadError(f"{at}: concept {name!r} has no words")
        raw[str(name)] = words
    concepts: dict[str, tuple[str, ...]] = {}

    def expand(name: str, chain: tuple[str, ...]) -> tuple[str, ...]:
        if name in concepts:
            return concepts[name]
        out: list[str] = []
        for w in raw[name]:
            if w.startswith("@"):
                ref = w[1:]
                if ref not in raw:
                    raise RuleLoadError(f"{path}:{lines[name]}: concept {name!r} takes in {w!r}, which "
                                        f"the lexicon does not define")
                if ref in chain:
                    raise RuleLoadError(f"{path}:{lines[name]}: concepts take each other in: "
                                        f"{' -> '.join((*chain, ref))}")
                out.extend(expand(ref, (*chain, ref)))
            else:
                out.append(w)
        concepts[name] = tuple(dict.fromkeys(out))
        return concepts[name]

    for name in raw:
        expand(name, (name,))
    takes_in = {n: tuple(w[1:] for w in ws if w.startswith("@")) for n, ws in raw.items()}
    return Lexicon(str(path), sha256, concepts, lines, takes_in)


#: Packs this process read, by (path, SHA-256 of the file, runnable): the most recent last
_PACKS: dict[tuple[str, str, bool], RulePack] = {}
_KEPT_PACKS = 32


def load_pack(path: str | Path, runnable: bool = True) -> RulePack:
    """A rule pack file read and checked. A process that loads the same file again (the tests'
    scans, ``eval`` after a scan) gets the pack it read, as long as the file and its lexicon hold
    the same bytes: reading the built-in packs' YAML took each scan 1.3 s."""
    path = Path(path)
    try:
        key = (str(path), hashlib.sha256(path.read_bytes()).hexdigest(), runnable)
    except OSError:
        return _load_pack(path, runnable)  # says why it cannot be read
    pack = _PACKS.pop(key, None)
    if pack is not None and (pack.lexicon is None or _lexicon_unchanged(pack.lexicon)):
        _PACKS[key] = pack
        return pack
    pack = _load_pack(path, runnable)
    if hashlib.sha256(path.read_bytes()).hexdigest() == key[1]:  # not changed while it was read
        _PACKS[key] = pack
        while len(_PACKS) > _KEPT_PACKS:
            del _PACKS[next(iter(_PACKS))]
    return pack


def _lexicon_unchanged(lexicon: Lexicon) -> bool:
    try:
        return hashlib.sha256(Path(lexicon.path).read_bytes()).hexdigest() == lexicon.sha256
    except OSError:
        return False


def _load_pack(path: Path, runnable: bool) -> RulePack:
    doc = read_yaml(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    pack = doc["pack"]
    if not isinstance(pack, dict) or not pack.get("id"):
        raise RuleLoadError(f"{path}:1: 'pack' needs an id")
    lexicon = None
    if pack.get("lexicon") is not None:
        if not isinstance(pack["lexicon"], str):
            raise RuleLoadError(f"{path}:{pack.get('__line__', 1)}: lexicon must be a file name")
        lex_path = path.parent / pack["lexicon"]
        if not lex_path.is_file():
            raise RuleLoadError(f"{path}:{pack.get('__line__', 1)}: lexicon {pack['lexicon']!r} not found "
                                f"(looked at {lex_path})")
        lexicon = load_lexicon(lex_path)
        # the pack's digest (recorded in the run manifest) changes when its shared words do
        sha = hashlib.sha256((sha + lexicon.sha256).encode()).hexdigest()
    rules_doc = doc["rules"]
    if not isinstance(rules_doc, list):
        raise RuleLoadError(f"{path}:{pack.get('__line__', 1)}: 'rules' must be a list")
    rules = []
    for r in rules_doc:
        if not isinstance(r, dict):
            raise RuleLoadError(f"{path}: every rule must be a mapping")
        where = f"{path}:{r.get('__line__', '?')}"
        for key in ("id", "title", "category", "weight", "patterns"):
            if key not in r:
                raise RuleLoadError(f"{where}: rule {r.get('id', '?')!r} has no {key}")
        try:
            weight = float(r["weight"])
        except (TypeError, ValueError):
            raise RuleLoadError(f"{where}: weight of {r['id']!r} is not a number") from None
        groups = []
        pats = r["patterns"]
        if not isinstance(pats, dict) or not [k for k in pats if k != "__line__"]:
            raise RuleLoadError(f"{where}: patterns of {r['id']!r} must be a mapping of named groups")
        for name, g in pats.items():
            if name == "__line__":
                continue
            gw = f"{path}:{g.get('__line__', r['__line__']) if isinstance(g, dict) else r['__line__']}"
            if isinstance(g, list):
                g = {"keywords": g}
            if not isinstance(g, dict):
                raise RuleLoadError(f"{gw}: pattern group {name!r} must be a mapping or a keyword list")
            keywords = _strings(g.get("keywords"), gw, "keywords")
            concepts = _strings(g.get("lexicon"), gw, "lexicon")
            if concepts and lexicon is None:
                raise RuleLoadError(f"{gw}: rule {r['id']!r}, group {name!r} names lexicon concepts, but the "
                                    f"pack's header names no lexicon file")
            for c in concepts:
                if c not in lexicon.concepts:
                    raise RuleLoadError(f"{gw}: rule {r['id']!r}, group {name!r}: concept {c!r} is not in "
                                        f"{lexicon.path} (it has: {', '.join(sorted(lexicon.concepts))})")
                keywords += lexicon.concepts[c]
            groups.append(PatternGroup(str(name), tuple(dict.fromkeys(keywords)),
                                       _strings(g.get("regex"), gw, "regex"),
                                       _strings(g.get("entities"), gw, "entities")))
        if runnable:  # lint loads without, to list every problem rather than the first
            _check_runnable(str(r["id"]), groups, str(r.get("condition", "any")), where)
        langs = _strings(r.get("languages"), where, "languages") or tuple(pack.get("languages") or ("en",))
        ex = r.get("examples") or {}
        rules.append(Rule(
            id=str(r["id"]), pack=str(pack["id"]), title=str(r["title"]),
            description=str(r.get("description", "")), category=str(r["category"]), weight=weight,
            weight_reason=str(r.get("weight_reason", "")), languages=langs,
            references=_strings(r.get("references"), where, "references"),
            groups=tuple(groups), condition=str(r.get("condition", "any")),
            examples_match=_examples(ex.get("match") if isinstance(ex, dict) else None, where, langs),
            examples_no_match=_examples(ex.get("no_match") if isinstance(ex, dict) else None, where, langs),
            source=where,
        ))
    line = pack.get("review_line")
    if line is not None:
        try:
            line = float(line)
        except (TypeError, ValueError):
            raise RuleLoadError(f"{path}:{pack.get('__line__', 1)}: review_line must be a number") from None
        if line <= 0:
            raise RuleLoadError(f"{path}:{pack.get('__line__', 1)}: review_line must be above 0")
    return RulePack(str(pack["id"]), str(pack.get("version", "0")), str(pack.get("title", "")),
                    str(pack.get("licence", "")), tuple(_strings(pack.get("languages"), str(path), "languages")),
                    str(path), sha, tuple(rules), doc, line, lexicon)


def _check_runnable(rule_id: str, groups: list, condition: str, where: str) -> None:
    """What would stop the matcher: a regex that does not compile, a condition that cannot be
    read, an unknown entity type. Refused as the pack loads, before a case is touched."""
    from .conditions import ConditionError, parse
    from .entities import ENTITY_TYPES

    for g in groups:
        for rx in g.regexes:
            error = _regex_error(rx)
            if error is not None:
                raise RuleLoadError(f"{where}: rule {rule_id!r}, group {g.name!r}: regex {rx!r} does not "
                                    f"compile: {error}")
        for e in g.entities:
            if e.removesuffix(":obfuscated") not in ENTITY_TYPES:
                raise RuleLoadError(f"{where}: rule {rule_id!r}: unknown entity type {e!r} "
                                    f"(known: {', '.join(ENTITY_TYPES)})")
    try:
        parse(condition, {g.name for g in groups})
    except ConditionError as exc:
        raise RuleLoadError(f"{where}: rule {rule_id!r}: condition {condition!r}: {exc}") from None


def _regex_error(pattern: str) -> str | None:
    """Why a rule's regex does not compile, or None. A pattern that compiles is compiled once a
    process (:func:`compile_regex` keeps it), however often the packs are loaded again (the review
    server, the test session's scans, evals and rules tests): the regex module's own cache keeps
    500 patterns, and the matcher's thousands of keyword forms push the packs' out of it."""
    try:
        compile_regex(pattern)
    except regex.error as exc:
        return str(exc)
    return None


def pack_files(paths) -> list[Path]:
    """YAML files named by ``paths`` (files, or folders searched for ``*.yaml``/``*.yml``)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():  # a folder's lexicon files are its packs' word lists, not packs
            out.extend(sorted(f for f in list(p.glob("*.yaml")) + list(p.glob("*.yml")) if not is_lexicon_file(f)))
        elif p.is_file():
            out.append(p)
        else:
            raise RuleLoadError(f"{p}:0: rule pack not found")
    return out


def load_packs(paths) -> list[RulePack]:
    packs = [load_pack(p) for p in pack_files(paths)]
    regexcache.save()  # the rule regexes this process compiled, for the next one
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RuleLoadError(f"{rule.source}: duplicate rule id {rule.id!r} (also at {seen[rule.id]})")
            seen[rule.id] = rule.source
    return packs


@lru_cache(maxsize=8192)
def compile_regex(pattern: str):
    """A rule's regex compiled (regex module, version 1 syntax). Kept for the process: the check
    as a pack loads (:func:`_check_runnable`) and the matcher that follows compile the same 1,700
    patterns, which took each process 2 to 4 seconds twice; a compiled pattern is never changed
    by its users. Bounded, so that a process that loads many packs in turn keeps no more. What a
    process compiled, the next reads back from disk (:mod:`.regexcache`)."""
    return regexcache.compiled(pattern)


_NAME = std_re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
