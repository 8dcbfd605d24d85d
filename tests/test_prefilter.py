"""The matcher's compiled prefilter: the batch fold equals ``normalise``, the automaton finds every
keyword occurrence, and the prefilter sets aside plain chat without ever setting aside a hit."""

import random

import phonenumbers
from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.indicators.conditions import evaluate, parse
from evidtriage.addresses import e164
from evidtriage.indicators.entities import _PHONE_RUN, _bd_mobile
from evidtriage.indicators.matcher import Matcher, _fires_without_keywords
from evidtriage.indicators.normalise import normalise
from evidtriage.indicators.prefilter import ENTITY, NOTHING, RULE, Automaton, FoldedBatch
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir
from packs import builtin_matcher, one_rule_pack

MATCHER = builtin_matcher()

# letters of both scripts, vowel signs typed as one code point or two, digits of three scripts,
# white space of several kinds, invisible marks, compatibility forms, upper case, emoji
ALPHABET = ("abcXYZ019 \n\t\r\u00a0\u202f\u2028-–_.@/ো োকক্ষ০১৯٣ＡａﬁⅫ¨\u200b\u200d\u200e\u00adßİ😂\U0001d400"
            "\ud800")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=25), min_size=1, max_size=12))
def test_the_compiled_batch_fold_equals_normalise(texts):
    got = FoldedBatch(texts).normalised()
    for text, norm in zip(texts, got):
        want = normalise(text)
        assert norm.text == want.text
        assert list(norm.offsets) == list(want.offsets)


def test_every_ascii_character_is_folded_as_normalise_folds_it():
    # normalise() takes a shortcut for plain ASCII; the compiled fold has none
    texts = [f"a{chr(c)}b{chr(c)}{chr(c)}c{chr(c)}" for c in range(1, 128)]
    for text, norm in zip(texts, FoldedBatch(texts).normalised()):
        assert (norm.text, list(norm.offsets)) == (normalise(text).text, list(normalise(text).offsets)), repr(text)


def test_the_batch_fold_learns_characters_it_has_not_met():
    texts = ["ᚠᛇᚻ ᛒᛦᚦ", "Ⓐⓑ ㍱", "\U00010400 \U0001f600", ""]  # runes, circled letters, Deseret
    assert [n.text for n in FoldedBatch(texts).normalised()] == [normalise(t).text for t in texts]


def _occurrences(keys, text, dense_depth):
    auto = Automaton(keys, dense_depth)
    found, state = set(), 0
    for i, ch in enumerate(text):
        state = auto.next_state(state, ch)
        found.update((i, int(k)) for k in auto.out_kw[auto.out_start[state]:auto.out_start[state + 1]])
    return found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abক্", min_size=1, max_size=5), min_size=1, max_size=8, unique=True),
       st.text(alphabet="abক্ x", max_size=60), st.sampled_from([0, 1, 3, 9]))
def test_the_automaton_reports_every_occurrence_of_every_keyword(keys, text, dense_depth):
    # states deeper than dense_depth keep only their children and a failure link: the same states
    want = {(i + len(k) - 1, ki) for ki, k in enumerate(keys) for i in range(len(text)) if text.startswith(k, i)}
    assert _occurrences(keys, text, dense_depth) == want


def _automaton_in_python(keys, dense_depth):
    """The automaton as it was built before its compiled construction (a dict of children and a
    list of outputs a state): the arrays :class:`Automaton` must give, for any keys and depth."""
    import numpy as np

    chars = sorted({c for k in keys for c in k})
    column = {c: i + 1 for i, c in enumerate(chars)}
    cls = np.zeros(0x110000, dtype=np.uint16 if len(chars) < 65535 else np.uint32)
    for c, i in column.items():
        cls[ord(c)] = i
    goto, ends = [{}], [[]]
    for ki, key in enumerate(keys):
        s = 0
        for c in key:
            nxt = goto[s].get(column[c])
            if nxt is None:
                nxt = goto[s][column[c]] = len(goto)
                goto.append({})
                ends.append([])
            s = nxt
        ends[s].append(ki)
    n = len(goto)
    order, depth, fail = [0], [0] * n, [0] * n
    outputs = [[] for _ in range(n)]
    outputs[0] = ends[0]
    head = 0
    while head < len(order):
        s = order[head]
        head += 1
        for col, nxt in goto[s].items():
            depth[nxt] = depth[s] + 1
            if s:
                f = fail[s]
                while f and col not in goto[f]:
                    f = fail[f]
                fail[nxt] = goto[f].get(col, 0)
            outputs[nxt] = ends[nxt] + outputs[fail[nxt]]
            order.append(nxt)
    new = [0] * n
    for i, s in enumerate(order):
        new[s] = i
    n_dense = sum(1 for s in order if depth[s] <= dense_depth)
    delta = np.zeros((n_dense, len(chars) + 1), dtype=np.int32)
    for i in range(n_dense):
        s = order[i]
        if s:
            delta[i] = delta[new[fail[s]]]
        for col, nxt in goto[s].items():
            delta[i, col] = new[nxt]
    deep = order[n_dense:]
    ch_start = np.zeros(len(deep) + 1, dtype=np.int64)
    np.cumsum([len(goto[s]) for s in deep], out=ch_start[1:])
    kids = [(col, new[nxt]) for s in deep for col, nxt in sorted(goto[s].items())]
    out_start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum([len(outputs[s]) for s in order], out=out_start[1:])
    return {"n_dense": n_dense, "cls": cls, "delta": delta,
            "fail": np.array([new[fail[s]] for s in deep] or [0], dtype=np.int32), "ch_start": ch_start,
            "ch_col": np.array([c for c, _ in kids] or [0], dtype=np.int32),
            "ch_state": np.array([t for _, t in kids] or [0], dtype=np.int32), "out_start": out_start,
            "out_kw": np.array([k for s in order for k in outputs[s]] or [0], dtype=np.int64)}


def _same_automaton(keys, dense_depth):
    auto = Automaton(keys, dense_depth)
    for name, want in _automaton_in_python(keys, dense_depth).items():
        got = getattr(auto, name)
        if name == "n_dense":
            assert got == want
        else:
            assert got.dtype == want.dtype and got.shape == want.shape and (got == want).all(), name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abক্ x", max_size=6), max_size=12), st.sampled_from([0, 1, 3, 9]))
def test_the_compiled_construction_gives_the_automaton_the_python_one_gave(keys, dense_depth):
    # every array, state numbers included: the same walk, the same keywords found (duplicate and
    # empty keys too)
    _same_automaton(keys, dense_depth)


def test_the_compiled_construction_gives_the_same_automaton_for_the_packs_keywords():
    keys = list(MATCHER._entries)
    step = max(1, len(keys) // 6000)  # a spread of the packs' keywords, both scripts (quick in Python)
    _same_automaton(keys[::step], 3)


def test_the_compiled_walk_through_sparse_states_lets_on_what_a_dense_table_lets_on(monkeypatch):
    # the built-in packs' keywords, in the compiled pass, with every state dense (one row each, as
    # before the sparse tier) and with only the root dense (every other step through children and
    # failure links): the same texts let on, the same entity hints
    import evidtriage.indicators.prefilter as prefilter

    texts = [t for r in MATCHER.rules for _, ex in r.examples_match + r.examples_no_match
             for t in (ex, ex[3:], ex.upper())]
    texts += ["plain chat about lunch", "pas pass passp passpo", "ঠিক আছে ভাই", "call 01712345678 at 5pm"]
    got = []
    for depth in (99, 0):
        monkeypatch.setattr(prefilter, "DENSE_DEPTH", depth)
        # the shared matcher's prefilter built again at this depth (a prefilter is all the matcher
        # builds at it); the session's own comes back after the test
        monkeypatch.setattr(MATCHER, "_prefilter", None)
        m = MATCHER
        got.append((m._prefiltered(texts).tolist(), [m._prefilter.hints(k) for k in range(len(texts))]))
        assert (m._prefilter.auto.n_dense == len(m._prefilter.auto.out_start) - 1) == (depth == 99)
    assert got[0] == got[1]
    assert sum(f != NOTHING for f in got[0][0]) > len(texts) // 2


def test_plain_chat_is_set_aside_and_indicators_are_not():
    plain = ["bhai kemon acho?", "ঠিক আছে ভাই, কাল দেখা হবে", "the meeting is at 5pm", "eid mubarak 🌙"]
    flags = MATCHER._prefiltered(plain + ["free visa, leave your passport with me", "call 01712345678"])
    assert flags.tolist() == [NOTHING] * 4 + [RULE, ENTITY]


def test_a_regex_is_looked_for_only_where_one_of_its_spellings_is():
    # lab.excessive_hours: "\b1[4-9]\s?(?:hours|ghonta|...)"; "ghonta" alone is everyday chat
    flags = MATCHER._prefiltered(["traffic jam 2 ghonta", "ami 11 ghonta por ashbo", "roj 16 ghonta kaj", "18hrs a day"])
    assert flags.tolist() == [NOTHING, NOTHING, RULE, RULE]


def test_every_rule_example_that_matches_gets_past_the_prefilter():
    for pack in load_packs([builtin_rules_dir()]):
        for rule in pack.rules:
            if rule.category == "suppressor":
                continue  # a voice alone is not reported: it does not wake a text (next test)
            texts = [t for _, t in rule.examples_match]
            assert NOTHING not in MATCHER._prefiltered(texts).tolist(), rule.id


def test_a_voice_alone_is_set_aside_and_reported_only_beside_an_indicator():
    news = "RAB arrested two men of a trafficking ring, according to police"
    assert MATCHER.match(news).hits == () and MATCHER.match_many([news])[0].hits == ()
    assert MATCHER.match(news, keep_voice=True).hits
    both = MATCHER.match("RAB arrested a broker who kept the workers' passports, according to police")
    assert "neg.awareness_news" in {h.rule_id for h in both.hits}


def test_a_near_condition_is_decided_on_word_distance():
    texts = ["malik passport niye nise", "passport " + "x " * 30 + "niye nise"]
    flags = MATCHER._prefiltered(texts).tolist()
    assert flags[0] != NOTHING and [bool(r.hits) for r in MATCHER.match_many(texts)] == [True, False]


def test_a_rule_whose_regex_fires_under_not_is_not_set_aside(tmp_path):
    m = Matcher([one_rule_pack(tmp_path, "{fee: {keywords: [fee]}, receipt: {regex: ['receipt no\\.? ?\\d+']}}",
                               "fee and not receipt", category="fees_and_debt")])
    texts = ["pay the fee", "fee paid, receipt no 12", "receipt no 4", "ok"]
    assert [bool(r.hits) for r in m.match_many(texts)] == [True, False, False, False]
    assert m._prefiltered(texts).tolist()[3] == NOTHING


def test_all_means_every_pattern_group():
    node = parse("all", {"a", "b"})
    assert evaluate(node, {"a": [(0, 1)]}, lambda p: 0) is None
    assert evaluate(node, {"a": [(0, 1)], "b": [(2, 3)]}, lambda p: 0) == [(0, 1), (2, 3)]


def test_which_rules_can_fire_without_their_keywords():
    groups = {"a", "r", "k"}
    assert _fires_without_keywords(parse("r or k", groups), {"r"})
    assert not _fires_without_keywords(parse("r and k", groups), {"r"})
    assert _fires_without_keywords(parse("a and not r", {"a", "r"}), {"a", "r"})  # a alone, r absent
    assert not _fires_without_keywords(parse("k and not r", {"k", "r"}), {"r"})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["", "88", "+88"]), st.sampled_from("3456789"), st.integers(0, 10**8 - 1))
def test_the_bangladeshi_mobile_shortcut_agrees_with_phonenumbers(prefix, operator, rest):
    digits = f"{prefix}01{operator}{rest:08d}"
    assert _bd_mobile(digits) == e164(digits, "BD")


def test_the_shortcut_reads_the_numbering_plan_from_phonenumbers():
    plan = phonenumbers.PhoneMetadata.metadata_for_region("BD").mobile.national_number_pattern
    assert plan and _bd_mobile("01712345678") == "+8801712345678"
    numbers = [f"01{random.Random(i).randrange(3, 10)}{i:08d}" for i in range(50)]
    assert all(_bd_mobile(n) == e164(n, "BD") for n in numbers)


# phonenumbers' own punctuation (a private name, read here only to test against it)
PHONE_PUNCTUATION = sorted(set(__import__("phonenumbers.phonenumberutil").phonenumberutil._VALID_PUNCTUATION)
                           - set("\\")) + ["+", ":", "a", "b", "ab", "+88", "+966"]


@st.composite
def written_numbers(draw):
    """A real number of some region, its digits split by runs of phonenumbers' punctuation."""
    region = draw(st.sampled_from(["BD", "US", "SA", "AE", "MY", "GB", "IN", "NU", "AT"]))
    kind = draw(st.sampled_from([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    number = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    form = draw(st.sampled_from([phonenumbers.PhoneNumberFormat.E164, phonenumbers.PhoneNumberFormat.NATIONAL,
                                 phonenumbers.PhoneNumberFormat.INTERNATIONAL]))
    digits = [c for c in phonenumbers.format_number(number, form) if c.isdigit() or c == "+"]
    gaps = st.lists(st.sampled_from(PHONE_PUNCTUATION), max_size=4).map("".join)
    text = "".join(c + (draw(gaps) if draw(st.booleans()) else "") for c in digits)
    return draw(st.sampled_from(["", "call ", "x"])) + text, draw(st.sampled_from(["BD", region]))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_numbers())
def test_written_numbers_phonenumbers_finds_are_never_set_aside(case):
    from evidtriage.indicators.entities import _may_hold_a_number

    text, region = case
    if list(phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)):
        assert _may_hold_a_number(text, region)
    # the compiled pass counts the same runs on the folded text: never fewer digits
    folded = normalise(text).text
    MATCHER._prefiltered([text])
    runs = [sum(map(str.isdigit, m.group())) for m in _PHONE_RUN.finditer(folded)]
    assert MATCHER._prefilter.hints(0).run >= max(runs, default=0)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("0123456789") * 3 + PHONE_PUNCTUATION), min_size=1, max_size=30).map("".join),
       st.sampled_from(["BD", "US", "SA"]))
def test_texts_set_aside_before_phonenumbers_hold_no_number(text, region):
    from evidtriage.indicators.entities import _may_hold_a_number

    if not _may_hold_a_number(text, region):
        assert not list(phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID))


def test_phone_numbers_among_other_figures_are_still_found():
    from evidtriage.indicators.entities import extract_entities

    found = extract_entities("fee 4100 taka at 10:30, office 02-9116741, cell +966 50 123 4567", "BD")
    assert {e.value for e in found if e.type == "phone"} == {"+88029116741", "+966501234567"}


PHONE_PIECES = ["01712345678", "+8801812345678", "966 50 123 4567", "60 12 345 6789", "65 9123 4567", "9", "66",
                "5", " ", "  ", "call", "taka 500", "017", "bkash", "৯৬৬"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PHONE_PIECES), min_size=1, max_size=8).map("".join))
def test_skipping_the_foreign_number_search_changes_nothing(text):
    from unittest import mock

    from evidtriage.indicators import entities

    fast = entities.extract_entities(text, "BD")
    with mock.patch.object(entities, "_foreign_fewest", lambda: 0), \
            mock.patch.object(entities, "_may_hold_a_number", lambda text, region: True):
        assert entities.extract_entities(text, "BD") == fast


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["zero", "one", "oh", "at", "aat", "ek", "eight", "shat", "sat", "noi", "noy", "o",
                                 "l", "i", "0", "1", "7", " ", ".", "x", "seven", "সাত", "শূন্য", "এক", "ne", "n"]),
                max_size=25).map("".join))
def test_the_number_word_trie_finds_what_the_plain_alternation_finds(text):
    import re

    from evidtriage.indicators import entities

    words = sorted({normalise(w).text for w in entities._NUMBER_WORDS}, key=len, reverse=True)
    plain = re.compile("|".join(re.escape(w) for w in words))
    trie = re.compile(entities._WORD_ALT)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert entities._OBFUSCATED.pattern.startswith("(?:(?:" + entities._WORD_ALT)


def test_a_condition_too_deep_for_the_compiled_pass_is_matched_the_long_way(tmp_path):
    names = [f"g{i}" for i in range(70)]
    groups = "{" + ", ".join(f"{n}: {{keywords: [word{n}]}}" for n in names) + "}"
    m = Matcher([one_rule_pack(tmp_path, groups, f"70 of ({', '.join(names)})")])
    every = " ".join(f"word{n}" for n in names)
    assert [bool(r.hits) for r in m.match_many(["ok", every])] == [False, True]
    assert m._prefiltered(["ok"]).tolist() == [ENTITY | RULE]  # over 64 groups: not used, every text goes on

    nested = "g0"
    for i in range(70):  # a condition nested 70 deep over two groups: too deep for the stack
        nested = f"g{i % 2} and ({nested})"
    m = Matcher([one_rule_pack(tmp_path, "{g0: {keywords: [wordg0]}, g1: {keywords: [wordg1]}}", nested)])
    assert [bool(r.hits) for r in m.match_many(["ok", "wordg0 wordg1"])] == [False, True]
    assert m._prefilter is not None and not m._prefilter.usable


def test_a_text_holding_nul_is_refused_by_the_compiled_fold():
    import pytest

    with pytest.raises(ValueError, match="NUL"):
        FoldedBatch(["a\x00b", "c"])


@settings(max_examples=300, deadline=None)
@given(st.frozensets(st.text(alphabet="abকা্ ", min_size=1, max_size=9), min_size=1, max_size=30),
       st.text(alphabet="abকা্ x", max_size=40))
def test_the_shortened_literals_wake_every_text_a_literal_wakes(literals, text):
    from evidtriage.indicators.literals import prefix_cover

    cover = prefix_cover(literals, lambda lits: min(map(len, lits)) >= 3)
    assert len(cover) <= len(literals)
    assert all(any(lit.startswith(p) for p in cover) for lit in literals)  # each keeps a beginning
    assert all(len(p) >= 3 or p in literals for p in cover)  # only beginnings the caller accepts
    if any(lit in text for lit in literals):
        assert any(p in text for p in cover)


def test_a_keyword_forms_literal_shortened_is_not_an_everyday_word():
    from evidtriage.indicators.literals import prefix_cover
    from evidtriage.indicators.morphology import _usable

    # "ammu ke" and "ammu re" share "ammu " whose beginning "ammu" is an everyday word: kept whole
    assert prefix_cover(frozenset({"ammu ke boli", "ammu re boli"}), _usable) == {"ammu ke boli", "ammu re boli"}
    assert prefix_cover(frozenset({"pathaiya dimu", "pathaiya disi"}), _usable) == {"pathaiya di"}


def test_rules_that_share_a_concept_share_its_compiled_forms_and_both_fire():
    from collections import Counter

    assert len(MATCHER._forms) == len({rx.pattern for rx in MATCHER._forms})  # one regex a pattern
    shared = [users for users in MATCHER._form_users if len({ri for ri, _ in users}) > 1]
    assert shared, "the lexicon's concepts are used by several rules"
    # a text that wakes a shared regex gives its matches to every rule using it
    users = Counter(ri for u in MATCHER._form_users for ri, _ in u)
    assert max(users.values()) > 1
