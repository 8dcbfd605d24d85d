"""A one-rule pack written for a test (the matcher's behaviour on a pattern the built-in packs
do not have), the built-in packs' matcher that every test shares, and the check of a frame's grid."""

import os
import tempfile
from functools import lru_cache
from itertools import product
from pathlib import Path

import pytest

from evidtriage.indicators.rules import load_pack


#: The scripts a frame's grid is written in, as the corpus names them
SCRIPTS = ["en", "bn-Latn", "bn"]


def flat(d: dict) -> list[str]:
    """Every phrase of a grid or a scene (script -> phrases), the scripts one after the other."""
    return [t for s in d for t in d[s]]


def grid(a: dict, b: dict, sep: str = ", ") -> dict:
    """A frame's grid: every phrase of ``a`` joined to every phrase of ``b`` (``sep`` between),
    script by script (``a`` and ``b``: script -> phrases)."""
    return {s: [f"{x}{sep}{y}" for x, y in product(a[s], b[s])] for s in SCRIPTS}


def one_rule_pack(folder: Path, patterns: str, condition: str, rule_id: str = "t.rule",
                  category: str = "deceptive_recruitment"):
    """``patterns``: the rule's pattern groups as YAML flow, e.g. ``{a: {regex: ['^urgent']}}``."""
    path = folder / f"{rule_id}.yaml"
    path.write_text(f"""
pack: {{id: test.{rule_id.replace('.', '_')}, version: "1", title: T, licence: CC0-1.0, languages: [en]}}
rules:
  - id: {rule_id}
    title: A test rule
    description: d
    category: {category}
    weight: 1
    languages: [en]
    references: [r]
    patterns: {patterns}
    condition: "{condition}"
    examples: {{match: {{en: ["a", "b"]}}, no_match: {{en: ["c", "d"]}}}}
""", encoding="utf-8")
    return load_pack(path)


@lru_cache(maxsize=None)
def builtin_matcher():
    """The built-in packs' matcher as a scan gets it (:func:`evidtriage.run.load_parts`, which keeps
    it for the next scan), built once a test session and shared: by the tests that match texts and
    by every scan the tests run, whose forked workers inherit its compiled forms. Building one takes
    seconds; a test that needs other packs builds its own."""
    from evidtriage.pipeline.stages import ScanOptions
    from evidtriage.run import load_parts

    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as mp:  # no examiner's own plugins or packs
        mp.setenv("XDG_DATA_HOME", os.path.join(home, "data"))
        mp.setenv("XDG_CONFIG_HOME", os.path.join(home, "config"))
        mp.setenv("EVIDTRIAGE_NO_ENTRY_POINTS", "1")
        _build_forms_shared()
        matcher = load_parts(ScanOptions())[2]
    _compile_forms_shared(matcher)
    return matcher


def _worker() -> tuple[int, int]:
    """(this xdist worker's number, how many there are); (0, 1) outside xdist."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:] or 0), int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))


def _build_forms_shared() -> None:
    """The built-in packs' keyword forms (:mod:`evidtriage.indicators.formcache`, about 13 s of
    CPU), built by the session's xdist workers in shares, as :func:`_compile_forms_shared` compiles
    them: each builds its share and writes it (beside what the others wrote), then the matcher reads
    the file and builds whatever is still missing itself."""
    from evidtriage.indicators import formcache
    from evidtriage.indicators.rules import load_packs
    from evidtriage.plugins import load_plugins

    me, workers = _worker()
    if workers < 2 or not formcache.enabled():
        return
    packs = load_packs(load_plugins([]).rule_pack_paths())  # (a second each worker: the forms take 13)
    groups = dict.fromkeys(g.keywords for p in packs for r in p.rules for g in r.groups if g.keywords)
    for k, keywords in enumerate(groups):
        if k % workers == me:
            formcache.forms(keywords)
    formcache.save()


def _compile_forms_shared(matcher) -> None:
    """``matcher.compile_forms()``, the work shared by the session's xdist workers (which share one
    cache folder, conftest.py): each compiles its share of the forms first, writes them
    (:mod:`evidtriage.indicators.regexcache`), then reads what the others wrote and compiles what is
    still missing itself (a worker that is slow or gone costs time, never a result)."""
    from evidtriage.indicators import regexcache

    me, workers = _worker()
    for k, rx in enumerate(matcher._forms):
        if k % workers == me:
            rx.compiled()
    regexcache.read_again()
    matcher.compile_forms()


def check_grid(matcher, flag, ok, rule=None):
    """A frame's grid (tests/test_frames_*.py), in one ``match_many``: every ``flag`` text reaches
    the review line (by ``rule`` when named), every ``ok`` text stays below it."""
    results = matcher.match_many(flag + ok)
    missed = [(t, r.explanation) for t, r in zip(flag, results) if r.score < matcher.line
              or (rule and rule not in {h.rule_id for h in r.hits})]
    flagged = [(t, r.explanation) for t, r in zip(ok, results[len(flag):]) if r.score >= matcher.line]
    assert not missed, f"{len(missed)} of {len(flag)} missed, e.g. {missed[:5]}"
    assert not flagged, f"{len(flagged)} of {len(ok)} flagged, e.g. {flagged[:5]}"


def fired_by(matcher, texts, rule):
    """The texts on which ``rule`` hit, whatever their score (one ``match_many``): a combination
    rule must not hit on one of its slots alone, nor on an innocent text another rule may flag."""
    return [t for t, r in zip(texts, matcher.match_many(texts)) if rule in {h.rule_id for h in r.hits}]


def assert_not_fired(matcher, texts, rule):
    """``rule`` hits none of ``texts`` (their near-misses, or one slot of a combination alone)."""
    hit = fired_by(matcher, texts, rule)
    assert not hit, f"{rule} fired where it must not: {hit[:5]}"


def check_rule_grid(matcher, flag, ok, rule):
    """Every text of ``flag`` is flagged with ``rule`` among its hits, and ``rule`` hits none of ``ok``
    (near-misses of this rule: another rule may still fire on them)."""
    check_grid(matcher, flag, [], rule=rule)
    assert_not_fired(matcher, ok, rule)


def flagged_texts(matcher, texts):
    """The texts that reach the review line (one ``match_many``)."""
    return [t for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


def check_scene_innocent(matcher, scenes, scene):
    """A precision part's scene (tests/test_frames_r*F.py: ``(rule or 'line', innocent texts, true
    texts, rule the true texts fire)``): its innocent texts stay below the line ('line'), or the
    rule named does not hit them."""
    rule, ok, _, _ = scenes[scene]
    if rule == "line":
        assert not flagged_texts(matcher, ok), f"{scene}: flagged {flagged_texts(matcher, ok)[:3]}"
    else:
        assert_not_fired(matcher, ok, rule)


def check_scene_true(matcher, scenes, scene):
    """A precision part's scene: its true texts still reach the line, by the rule named when one is."""
    _, _, flag, rule = scenes[scene]
    missed = [t for t in flag if t not in flagged_texts(matcher, flag)]
    assert not missed, f"{scene}: below the line {missed[:3]}"
    if rule:
        hit = fired_by(matcher, flag, rule)
        assert len(hit) == len(flag), f"{scene}: {rule} missing on {[t for t in flag if t not in hit][:3]}"
