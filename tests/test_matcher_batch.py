"""The matcher's batch path (``match_many``: prefilter, repeat cache) gives exactly what matching
each text alone gives."""

import random

from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.normalise import normalise
from evidtriage.indicators.prefilter import FoldedBatch
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir
from packs import one_rule_pack

PACKS = load_packs([builtin_rules_dir()])
MATCHER = Matcher(PACKS)
EXAMPLES = [t for p in PACKS for r in p.rules for _, t in r.examples_match + r.examples_no_match]
ENTITY_TEXTS = [
    "call zero one seven one two three four five six seven eight", "01seven12345678 e phone dao",
    "o17l2345678", "mail me: rahim.agent@example.com", "join t.me/saudi_jobs_bd or @dalal_rahim",
    "https://wa.me/8801712345678", "pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "TRC20 TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "0x52908400098527886E0F7030069857D2E4169EE7",
    "IBAN SA03 8000 0000 6080 1016 7519", "trx id 8N7A6D5F4C", "passport no a1234567, nid 1234567890123",
    "9665 1234 5678 is my saudi number", "dial 01 7 1 2 3 4 5 6 7 8", "৳৫০০০ বিকাশ ০১৭১২৩৪৫৬৭৮",
]


def _same(texts):
    assert MATCHER.match_many(texts) == [MATCHER.match(t) for t in texts]


def test_every_rule_example_and_entity_kind():
    texts = EXAMPLES + ENTITY_TEXTS + ["", "   ", "\n\n", "ok"]
    _same(texts)
    random.Random(1).shuffle(texts)
    _same(texts)
    assert sum(1 for r in MATCHER.match_many(texts) if r.hits or r.entities) > len(EXAMPLES) // 3


def test_texts_that_cannot_be_batched_are_matched_alone():
    _same(["free visa\x00passport amar kache", "x" * 10 + " 01712345678", "ok"])


def test_the_batch_fold_equals_normalise():
    texts = ["  Free\u200b  VISA\n\n ok", "পাসপোর্ট  ০১৭১২", "\u00a0x", "ａｂｃ１", "a\u00a8b", "\tTab\r\nCR"]
    assert [n.text for n in FoldedBatch(texts).normalised()] == [normalise(t).text for t in texts]


def test_anchored_regexes_of_third_party_packs(tmp_path):
    m = Matcher([one_rule_pack(tmp_path, "{a: {regex: ['^urgent']}}", "a")])
    texts = ["ok", "urgent job", "not urgent", "urgent visa"]
    assert [bool(r.hits) for r in m.match_many(texts)] == [False, True, False, True]


PIECES = EXAMPLES[:200] + ENTITY_TEXTS + ["bhai", "kemon acho", "১২৩", "one", "seven", "0", "l", "@", ".", "\n",
                                          "free", "visa", "\u200d", "ক্ষ", "Ａ", "  "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map(" ".join), min_size=1, max_size=30))
def test_random_batches_match_as_alone(texts):
    _same(texts)


def test_results_stay_right_when_the_repeat_cache_overflows(monkeypatch):
    from evidtriage.indicators import matcher as matcher_module

    monkeypatch.setattr(matcher_module, "CACHE_SIZE", 8)
    m = Matcher(PACKS)
    rng = random.Random(3)
    for round_ in range(20):
        texts = [rng.choice(EXAMPLES) for _ in range(10)] + [f"call 0171{round_:02d}{i:05d} now" for i in range(5)]
        assert m.match_many(texts) == [m.match(t) for t in texts]
        assert len(m._cache) <= 8 + len(texts)
    again = EXAMPLES[0]
    first = m.match_many([again])[0]
    assert m.match_many([again])[0] is first  # a text met again comes from the cache
