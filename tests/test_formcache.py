"""The keyword forms kept on disk between runs (evidtriage.indicators.formcache): read back, they
are the forms built; a damaged, foreign or stale file is never used; the cache can be turned off."""

import json
import shutil
from pathlib import Path

import pytest

from evidtriage.indicators import formcache
from evidtriage.indicators.literals import KNOWN
from evidtriage.indicators.morphology import morph_regexes
from packs import builtin_matcher


def _groups():
    return [g.keywords for r in builtin_matcher().rules for g in r.groups if g.keywords]


def _written(home: Path) -> Path:
    (path,) = (home / "evidtriage" / "forms").glob("*.json")
    return path


def test_forms_read_back_from_the_cache_are_the_forms_built_for_every_built_in_group(cache_home, monkeypatch):
    groups = _groups()
    for keywords in groups:
        formcache.forms(keywords)
    formcache.save()
    path = _written(cache_home)
    assert path.name == formcache.code_key() + ".json"

    monkeypatch.setattr(formcache, "_store", None)  # the next run: a process that built nothing
    saved = dict(KNOWN)
    KNOWN.clear()
    try:
        for keywords in groups:
            from_disk = formcache.forms(keywords)
            assert from_disk == morph_regexes(keywords)
            for pattern in from_disk:
                assert KNOWN[pattern] == saved[pattern]
    finally:
        KNOWN.update(saved)
    assert not formcache._store.changed  # all of it came from the file


@pytest.mark.parametrize("content", [
    "{not json",
    '{"key": "another code version", "groups": {}}',
    json.dumps({"groups": {"x": [["pattern", ["lit"]]]}}),
    "[1, 2, 3]",
])
def test_a_damaged_or_foreign_cache_file_is_not_read_and_is_written_again(cache_home, monkeypatch, content):
    keywords = _groups()[0]
    path = cache_home / "evidtriage" / "forms" / (formcache.code_key() + ".json")
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    assert formcache.forms(keywords) == morph_regexes(keywords)
    formcache.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["key"] == formcache.code_key()
    assert list(data["groups"]) == ["\x1f".join(keywords)]


def test_a_file_of_the_right_key_whose_groups_are_not_as_written_is_not_read(cache_home):
    keywords = _groups()[0]
    path = cache_home / "evidtriage" / "forms" / (formcache.code_key() + ".json")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"key": formcache.code_key(),
                                "groups": {"\x1f".join(keywords): [["(?:x)", "not a list"]]}}), encoding="utf-8")
    assert formcache.forms(keywords) == morph_regexes(keywords)


def test_a_change_to_any_indicator_module_is_another_key(tmp_path):
    here = Path(formcache.__file__).parent
    copy = tmp_path / "indicators"
    shutil.copytree(here, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert formcache.code_key(copy) == formcache.code_key()
    (copy / "dialect.py").write_text((copy / "dialect.py").read_text(encoding="utf-8") + "\n# changed\n",
                                     encoding="utf-8")
    assert formcache.code_key(copy) != formcache.code_key()


def test_turned_off_the_cache_writes_nothing(cache_home, monkeypatch):
    monkeypatch.setenv("EVIDTRIAGE_NO_FORM_CACHE", "1")
    keywords = _groups()[0]
    assert formcache.forms(keywords) == morph_regexes(keywords)
    formcache.save()
    assert not cache_home.exists()


def test_a_folder_that_cannot_be_written_leaves_the_forms_built(cache_home):
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_text("a file where the cache folder would be")
    keywords = _groups()[0]
    assert formcache.forms(keywords) == morph_regexes(keywords)
    formcache.save()  # no error: the next run builds them again
    assert cache_home.is_file()


def test_folded_keywords_and_regex_literals_read_back_are_those_computed(cache_home, monkeypatch):
    from evidtriage.indicators.literals import Guarded
    from evidtriage.indicators.normalise import normalise_keyword
    from evidtriage.indicators.rules import compile_regex

    rules = builtin_matcher().rules
    keywords = [k.rstrip("*").removeprefix("=") for r in rules for g in r.groups for k in g.keywords]
    regexes = [compile_regex(x) for r in rules for g in r.groups for x in g.regexes]
    regexes.append(compile_regex(r"(?i)visa fee"))  # case-insensitive: no test, always run
    folded = [normalise_keyword(k) for k in keywords]
    literals = [Guarded(rx, most=128).literals for rx in regexes]
    assert formcache.folded(keywords) == folded
    assert [formcache.guard_literals(rx, 128) for rx in regexes] == literals
    formcache.save()
    monkeypatch.setattr(formcache, "_store", None)  # the next run
    assert formcache.folded(keywords) == folded
    assert [formcache.guard_literals(rx, 128) for rx in regexes] == literals
    assert [formcache.guard_literals(rx, 4) for rx in regexes[:20]] == [Guarded(rx, most=4).literals for rx in regexes[:20]]
    assert literals[-1] is None and all(literals[:-1])
    store = formcache._the_store()
    assert store.changed and len(store.literals) == len({rx.pattern for rx in regexes}) + len({rx.pattern for rx in regexes[:20]})


@pytest.mark.parametrize("part", [{"folded": {"passport": 1}}, {"folded": ["passport"]},
                                  {"literals": {"128\x1fpassport": "passport"}}, {"literals": {"x": [1]}}])
def test_a_file_whose_folded_keywords_or_literals_are_not_as_written_is_not_read(cache_home, part):
    from evidtriage.indicators.normalise import normalise_keyword

    path = cache_home / "evidtriage" / "forms" / (formcache.code_key() + ".json")
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"key": formcache.code_key(), "groups": {}, "folded": {"Pass": "nope"}, "literals": {},
                                **part}), encoding="utf-8")
    assert formcache.folded(["Pass"]) == [normalise_keyword("Pass")] == ["pass"]


def test_turned_off_folded_keywords_and_literals_are_computed_and_nothing_written(cache_home, monkeypatch):
    from evidtriage.indicators.rules import compile_regex

    monkeypatch.setenv("EVIDTRIAGE_NO_FORM_CACHE", "1")
    assert formcache.folded(["PassPort"]) == ["passport"]
    assert formcache.guard_literals(compile_regex(r"visa\s?fee"), 128) is not None
    formcache.save()
    assert not cache_home.exists()


def test_two_processes_that_write_at_once_keep_both_their_forms(cache_home):
    first, second = _groups()[:2]
    a = formcache._Store()  # two processes that read the file before either wrote it
    b = formcache._Store()
    for store, keywords in ((a, first), (b, second)):
        store.groups["\x1f".join(keywords)] = [[p, sorted(KNOWN[p])] for p in morph_regexes(keywords)]
        store.folded[keywords[0]] = keywords[0].lower()
        store.changed = True
    a.save()
    b.save()
    c = formcache._Store()
    assert set(c.groups) == {"\x1f".join(first), "\x1f".join(second)}
    assert set(c.folded) == {first[0], second[0]}
