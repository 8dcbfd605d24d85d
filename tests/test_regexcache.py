"""The compiled regexes kept on disk between processes (evidtriage.indicators.regexcache): read
back, a pattern is the same compiled code and matches the same; a damaged, foreign or hostile
file is never used and runs nothing; the folder stays bounded; the cache can be turned off."""

import io
import pickle
import random

import pytest
import regex

from evidtriage.indicators import regexcache
from evidtriage.indicators.morphology import compiled_form
from packs import builtin_matcher

TEXTS = ["amake kauke bolte dibe na, passport rekhe dise malik",
         "পাসপোর্টগুলো মালিকের কাছে, কাউকে বলবেন না, বেতন দেয় না তিন মাস",
         "they took my passport and kept my phone, we cannot go out",
         "দালাল ৫ লাখ টাকা নিয়েছে bKash e pathaisi TrxID 9XK2L1 ok"]


def _next_process(monkeypatch):
    """What a new process finds: nothing in memory, the folder as written."""
    regexcache.save()
    monkeypatch.setattr(regexcache, "_store", None)


def _sample() -> list[str]:
    """Built-in keyword forms and rule regexes, as the matcher compiles them."""
    m = builtin_matcher()
    forms = sorted(compiled_form(rx.pattern) for rx in m._forms)
    rules = sorted({rx for r in m.rules for g in r.groups for rx in g.regexes})
    rng = random.Random(7)
    return rng.sample(forms, 40) + rng.sample(rules, 40)


def test_a_pattern_read_back_is_the_same_compiled_code_and_matches_the_same(cache_home, monkeypatch):
    patterns = _sample()
    fresh = {p: regex.compile(p, regex.V1) for p in patterns}
    for p in patterns:
        regexcache.compiled(p)
    _next_process(monkeypatch)
    assert list((cache_home / "evidtriage" / "regex").glob("*/*.pickle"))
    store = regexcache._the_store()
    assert set(patterns) <= set(store.known)
    for p in patterns:
        back = regexcache.compiled(p)
        assert back.pattern == p and back.flags == fresh[p].flags
        assert pickle.dumps(back) == pickle.dumps(fresh[p])  # the engine's code, byte for byte
        for t in TEXTS:
            assert [m.span() for m in back.finditer(t)] == [m.span() for m in fresh[p].finditer(t)]
    assert not store.new  # all of it came from the folder


def test_the_built_in_matcher_finds_the_same_with_its_regexes_read_back(cache_home, monkeypatch):
    import weakref

    from evidtriage.indicators import matcher as matcher_module
    from evidtriage.indicators import rules

    def results(m):
        return [(r.score, r.hits, r.entities) for r in m.match_many(TEXTS)]

    shared = builtin_matcher()
    before = results(shared)
    assert all(hits for _, hits, _ in before[:3])  # the texts do hit rules
    for run in ("compiles", "reads back"):  # two processes: neither sees the other's compiled forms
        monkeypatch.setattr(matcher_module, "_FORMS", weakref.WeakValueDictionary())
        rules.compile_regex.cache_clear()
        m = matcher_module.Matcher(shared.packs, shared.region)
        assert results(m) == before, run
        if run == "compiles":
            assert regexcache._the_store().new == {}  # written by match_many
            _next_process(monkeypatch)
    assert not regexcache._the_store().new


@pytest.mark.parametrize("content", [
    b"not a pickle at all",
    pickle.dumps(["a", "list"]),
    pickle.dumps({"x": "a string, not bytes"}),
    b"",
])
def test_a_damaged_or_foreign_file_is_ignored(cache_home, content):
    folder = regexcache.folder()
    folder.mkdir(parents=True)
    (folder / "part-1-x.pickle").write_bytes(content)
    rx = regexcache.compiled(r"(?<!\w)pass(?:port)?(?!\w)")
    assert rx.search("my passport") and rx.pattern == r"(?<!\w)pass(?:port)?(?!\w)"


class _Boom:
    def __reduce__(self):
        import os
        return (os.remove, (self.path,))


def test_a_file_that_names_a_function_runs_nothing(cache_home, tmp_path):
    canary = tmp_path / "canary"
    canary.write_text("still here")
    boom = _Boom()
    boom.path = str(canary)
    folder = regexcache.folder()
    folder.mkdir(parents=True)
    (folder / "part-1-a.pickle").write_bytes(pickle.dumps(boom))  # the whole file
    (folder / "part-1-b.pickle").write_bytes(pickle.dumps({"abc": pickle.dumps(boom)}))  # one entry
    rx = regexcache.compiled("abc")
    assert rx.search("xabcx")
    assert canary.read_text() == "still here"
    with pytest.raises(pickle.UnpicklingError):
        regexcache._Patterns(io.BytesIO(pickle.dumps(boom))).load()


def test_an_entry_under_another_pattern_is_not_used(cache_home):
    folder = regexcache.folder()
    folder.mkdir(parents=True)
    other = pickle.dumps(regex.compile("xyz", regex.V1))
    (folder / "part-1-a.pickle").write_bytes(pickle.dumps({"abc": other}))
    rx = regexcache.compiled("abc")
    assert rx.pattern == "abc" and rx.search("abc") and not rx.search("xyz")


def test_many_files_are_merged_into_one_and_old_versions_go(cache_home, monkeypatch):
    for i in range(regexcache.MERGE_PAST + 1):
        regexcache.compiled(f"word{i}")
        regexcache.save()
    folder = regexcache.folder()
    assert len(list(folder.glob("*.pickle"))) == regexcache.MERGE_PAST + 1
    monkeypatch.setattr(regexcache, "_store", None)
    assert regexcache.compiled("word3").search("a word3")
    (merged,) = folder.glob("*.pickle")
    assert merged.name.startswith("all-")
    for n in range(regexcache.MOST_FOLDERS + 1):  # other code versions
        (folder.parent / f"old{n}").mkdir()
    regexcache.compiled("another")
    regexcache.save()
    assert len([p for p in folder.parent.iterdir() if p.is_dir()]) == regexcache.MOST_FOLDERS
    assert folder.is_dir()


def test_turned_off_nothing_is_written(cache_home, monkeypatch):
    monkeypatch.setenv("EVIDTRIAGE_NO_FORM_CACHE", "1")
    assert regexcache.compiled("abc").search("abc")
    regexcache.save()
    assert not (cache_home / "evidtriage" / "regex").exists()
