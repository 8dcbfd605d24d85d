"""The prefilter's tables kept on disk between processes (evidtriage.indicators.prefiltercache):
read back, they are the arrays built and the compiled pass gives the same answers; a damaged,
truncated, foreign or out-of-range file is never used; other rules read another file; the cache
can be turned off."""

import io
import json
import random

import numpy as np
import pytest

from evidtriage.indicators import prefilter as prefilter_module
from evidtriage.indicators import prefiltercache
from evidtriage.indicators.kernels import OP_AND
from evidtriage.indicators.matcher import Matcher
from packs import builtin_matcher, one_rule_pack


def _prefilter(monkeypatch, m):
    """``m``'s prefilter made anew, as a new process makes it (the shared matcher gets its own back
    after the test)."""
    monkeypatch.setattr(m, "_prefilter", None)
    m._prefiltered(["prepare"])
    return m._prefilter


def _not_built(monkeypatch):
    """From here on a prefilter that would be built fails the test: it must come from the file."""
    def refuse(*args):
        raise AssertionError("built, not read back")
    monkeypatch.setattr(prefilter_module.Prefilter, "_build", refuse)


def _texts(m, n=3000, seed=3):
    """Every rule example (and variants), and random text made of the packs' own keywords and
    characters, digits, links, "@": texts that wake rules, entities and nothing."""
    texts = [t for r in m.rules for _, ex in r.examples_match + r.examples_no_match for t in (ex, ex[3:], ex.upper())]
    rng = random.Random(seed)
    keys = list(m._entries)
    chars = sorted(set("".join(keys[::7]))) + list("0123456789 .,:/@+-\n")
    for _ in range(n):
        parts = [rng.choice(keys) if rng.random() < 0.3 else "".join(rng.choices(chars, k=rng.randint(1, 12)))
                 for _ in range(rng.randint(1, 8))]
        texts.append(" ".join(parts))
    return texts


def _answers(p, texts):
    flags = p.run(texts).tolist()
    return flags, [p.hints(k) for k in range(len(texts))]


def _written(home):
    return list((home / "evidtriage" / "prefilter").glob("*.npz"))


def test_the_built_in_packs_tables_read_back_are_the_tables_built_and_answer_the_same(cache_home, monkeypatch):
    m = builtin_matcher()
    built = _prefilter(monkeypatch, m)
    (path,) = _written(cache_home)
    _not_built(monkeypatch)
    loaded = _prefilter(monkeypatch, m)
    for name in prefilter_module.Prefilter._OWN:
        a, b = getattr(built, name), getattr(loaded, name)
        assert a.dtype == b.dtype and np.array_equal(a, b), name
    for name in ("cls", *prefilter_module.Prefilter._AUTO):
        a, b = getattr(built.auto, name), getattr(loaded.auto, name)
        assert a.dtype == b.dtype and np.array_equal(a, b), name
    assert (loaded.usable, loaded.marks_always, loaded.auto.n_dense, loaded.batch_regexes, loaded.anchored) == \
        (built.usable, built.marks_always, built.auto.n_dense, built.batch_regexes, built.anchored)
    texts = _texts(m)
    got = _answers(loaded, texts)
    assert got == _answers(built, texts)
    assert len(set(got[0])) == 4  # the texts get every answer: nothing, entity, rule, both


def _small(tmp_path):
    return Matcher([one_rule_pack(tmp_path, "{fee: {keywords: [fee, 'visa fee*']}, "
                                            "receipt: {regex: ['receipt no\\.? ?\\d+', '^urgent']}}",
                                  "fee or receipt")])


SMALL_TEXTS = ["pay the visa feeS now", "receipt no 42", "urgent: call", "plain chat", "call 01712345678",
               "mail me at a@b.com", "fee", "no fees"]


def test_a_small_pack_reads_back_its_regexes_by_place(cache_home, monkeypatch, tmp_path):
    m = _small(tmp_path)
    built = _prefilter(monkeypatch, m)
    assert built.anchored  # "^urgent": run on each text
    _not_built(monkeypatch)
    loaded = _prefilter(monkeypatch, m)
    assert loaded.anchored == built.anchored and loaded.batch_regexes == built.batch_regexes
    assert _answers(loaded, SMALL_TEXTS) == _answers(built, SMALL_TEXTS)


def _rewrite(path, change):
    """The file at ``path`` written again with ``change(arrays, meta)`` applied and its digests made
    to match: a file that passes every check but the one under test."""
    with np.load(path, allow_pickle=False) as data:
        arrays = {name: data[name].copy() for name in prefiltercache.ARRAYS}
        meta = json.loads(data["meta"].tobytes())
    change(arrays, meta)
    meta["digests"] = {name: prefiltercache._digest(arrays[name]) for name in prefiltercache.ARRAYS}
    path.write_bytes(_npz(meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), **arrays))


def _npz(**members):
    buf = io.BytesIO()
    np.savez(buf, **members)
    return buf.getvalue()


@pytest.mark.parametrize("damage", [
    "truncated", "a byte changed", "empty", "not a zip", "another key", "an array missing", "an object array",
    "a state out of range", "a keyword out of range", "a column out of range", "a program that empties the stack",
    "a regex out of place",
])
def test_a_damaged_or_foreign_file_is_ignored_and_the_tables_built_again(cache_home, monkeypatch, tmp_path, damage):
    m = _small(tmp_path)
    built = _prefilter(monkeypatch, m)
    expected = _answers(built, SMALL_TEXTS)
    (path,) = _written(cache_home)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:len(data) // 2])
    elif damage == "a byte changed":
        i = data.index(b"delta.npy") + 400  # inside the automaton's table
        path.write_bytes(data[:i] + bytes([data[i] ^ 1]) + data[i + 1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not a zip":
        path.write_bytes(b"\x93NUMPY but not really" * 50)
    elif damage == "another key":
        _rewrite(path, lambda a, meta: meta.update(key="0" * 64))
    elif damage == "an array missing":
        path.write_bytes(_npz(meta=np.frombuffer(b"{}", dtype=np.uint8), delta=np.zeros((2, 2), np.int32)))
    elif damage == "an object array":
        path.write_bytes(_npz(meta=np.array([{"key": "x"}], dtype=object)))
    elif damage == "a state out of range":
        _rewrite(path, lambda a, meta: a["delta"].__setitem__((0, 0), 10 ** 9))
    elif damage == "a keyword out of range":
        _rewrite(path, lambda a, meta: a["out_kw"].__setitem__(0, len(a["kw_len"]) + 5))
    elif damage == "a column out of range":
        _rewrite(path, lambda a, meta: a["cls_cols"].__setitem__(0, a["delta"].shape[1]))
    elif damage == "a program that empties the stack":
        _rewrite(path, lambda a, meta: a["prog"].__setitem__((0, 0), OP_AND))
    elif damage == "a regex out of place":
        _rewrite(path, lambda a, meta: meta.update(anchored=[99]))
    if "range" not in damage and "stack" not in damage and "place" not in damage:
        assert prefiltercache.load(path.stem) is None  # (the others pass the file's checks, not the tables')
    calls = []
    build = prefilter_module.Prefilter._build
    monkeypatch.setattr(prefilter_module.Prefilter, "_build", lambda self, *a: calls.append(1) or build(self, *a))
    again = _prefilter(monkeypatch, m)
    assert calls and _answers(again, SMALL_TEXTS) == expected
    assert prefiltercache.load(path.stem) is not None  # written again, whole


def test_other_rules_or_another_automaton_depth_read_another_file(cache_home, monkeypatch, tmp_path):
    _prefilter(monkeypatch, _small(tmp_path))
    other = Matcher([one_rule_pack(tmp_path, "{fee: {keywords: [fee, 'visa fee*']}, "
                                             "receipt: {regex: ['receipt no\\.? ?\\d+', '^urgent']}}",
                                   "fee and receipt")])  # only the condition differs
    _prefilter(monkeypatch, other)
    monkeypatch.setattr(prefilter_module, "DENSE_DEPTH", 0)
    assert _prefilter(monkeypatch, other).auto.n_dense == 1
    assert len(_written(cache_home)) == 3


def test_the_folder_keeps_a_few_files(cache_home, monkeypatch, tmp_path):
    for n in range(prefiltercache.MOST_FILES + 2):
        _prefilter(monkeypatch, Matcher([one_rule_pack(tmp_path, f"{{a: {{keywords: [word{n}]}}}}", "a",
                                                       rule_id=f"t.r{n}")]))
    assert len(_written(cache_home)) == prefiltercache.MOST_FILES


def test_turned_off_nothing_is_written_nor_read(cache_home, monkeypatch, tmp_path):
    m = _small(tmp_path)
    built = _prefilter(monkeypatch, m)
    (path,) = _written(cache_home)
    monkeypatch.setenv("EVIDTRIAGE_NO_FORM_CACHE", "1")
    path.unlink()
    _prefilter(monkeypatch, m)
    assert not _written(cache_home)
    monkeypatch.delenv("EVIDTRIAGE_NO_FORM_CACHE")
    _prefilter(monkeypatch, m)
    monkeypatch.setenv("EVIDTRIAGE_NO_FORM_CACHE", "1")
    calls = []
    build = prefilter_module.Prefilter._build
    monkeypatch.setattr(prefilter_module.Prefilter, "_build", lambda self, *a: calls.append(1) or build(self, *a))
    assert _answers(_prefilter(monkeypatch, m), SMALL_TEXTS) == _answers(built, SMALL_TEXTS) and calls
