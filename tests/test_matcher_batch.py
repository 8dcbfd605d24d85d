"""The matcher's batch path (``match_many``: prefilter, repeat cache) gives exactly what matching
each text alone gives."""

import random

from hypothesis import HealthCheck, given, settings, strategies as st

from evidtriage.indicators import entities
from evidtriage.indicators.checksums import iban_valid
from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.normalise import normalise
from evidtriage.indicators.prefilter import FoldedBatch
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir
from packs import builtin_matcher, one_rule_pack

PACKS = load_packs([builtin_rules_dir()])
MATCHER = builtin_matcher()
EXAMPLES = [t for p in PACKS for r in p.rules for _, t in r.examples_match + r.examples_no_match]
ENTITY_TEXTS = [
    "call zero one seven one two three four five six seven eight", "01seven12345678 e phone dao",
    "o17l2345678", "mail me: rahim.agent@example.com", "join t.me/saudi_jobs_bd or @dalal_rahim",
    "https://wa.me/8801712345678", "pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    "TRC20 TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "0x52908400098527886E0F7030069857D2E4169EE7",
    "IBAN SA03 8000 0000 6080 1016 7519", "trx id 8N7A6D5F4C", "passport no a1234567, nid 1234567890123",
    "9665 1234 5678 is my saudi number", "dial 01 7 1 2 3 4 5 6 7 8", "৳৫০০০ বিকাশ ০১৭১২৩৪৫৬৭৮",
    "office: shunno dui noy ek ek choy sat char ek",  # nine pieces, the fewest a spelled number has
    "call 966 50 123 4567 or 01712345678",  # a foreign number before a Bangladeshi one
]


def _same(texts, alone=None):
    """``match_many`` gives what ``match`` gives each text alone; ``alone``: those results by text,
    when the test has them already (``match`` is a function of the text: no cache, no state)."""
    assert MATCHER.match_many(texts) == [MATCHER.match(t) if alone is None else alone[t] for t in texts]


def test_every_rule_example_and_entity_kind():
    texts = EXAMPLES + ENTITY_TEXTS + ["", "   ", "\n\n", "ok"]
    alone = {t: MATCHER.match(t) for t in texts}  # each text matched alone once, for both orders
    _same(texts, alone)
    random.Random(1).shuffle(texts)
    _same(texts, alone)
    assert sum(1 for t in texts if alone[t].hits or alone[t].entities) > len(EXAMPLES) // 3  # the batches equal these


def test_texts_that_cannot_be_batched_are_matched_alone(monkeypatch):
    _same(["free visa\x00passport amar kache", "x" * 10 + " 01712345678", "ok"])
    from evidtriage.indicators import matcher as matcher_module

    monkeypatch.setattr(matcher_module, "WINDOW", 120)  # longer texts are matched in windows
    monkeypatch.setattr(matcher_module, "OVERLAP", 60)
    texts = ["ok", "free visa, leave your passport with me 01712345678 " * 4, "free visa passport jama"]
    _same(texts)
    long = MATCHER.match_many(texts)[1]
    assert [e.start for e in long.entities if e.type == "phone"] == [39 + 51 * i for i in range(4)]


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


NUMBER_PIECES = sorted(entities._NUMBER_WORDS) + list("0123456789oilx ./,\n-") + ["০১৭", "bhai", "at", "one"]


_WORDS_FOR = {d: sorted(w for w, v in entities._NUMBER_WORDS.items() if v == d) + [d] for d in "0123456789"}


@st.composite
def spelled_number(draw):
    """A Bangladeshi number (a mobile, eleven digits, or a Dhaka line, nine: the fewest a spelled number
    has), each digit a digit or a number word, between random pieces."""
    head = draw(st.sampled_from(["01" + d for d in "3456789"] + ["029"]))
    number = head + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=11 - len(head) - 2 * (head == "029"),
                                          max_size=11 - len(head) - 2 * (head == "029"))))
    # which digits are spelled: all, some at random, the first few, the last few; or none, but
    # look-alike letters for 0 and 1 after the first digit
    style = draw(st.sampled_from(["all", "random", "head", "tail", "look-alike"]))
    spell = {"all": lambda i: True, "random": lambda i: draw(st.booleans()), "head": lambda i: i < 2,
             "tail": lambda i: i >= len(number) - 2, "look-alike": lambda i: False}[style]
    pieces = [draw(st.sampled_from(_WORDS_FOR[d][:-1] + (["o"] if d == "0" else ["l", "i"] if d == "1" else [])))
              if spell(i) else d for i, d in enumerate(number)]
    if style == "look-alike":
        pieces = [d if i == 0 else draw(st.sampled_from({"0": "oO", "1": "liI"}.get(d, d))) for i, d in enumerate(number)]
    # what comes between: nothing (a look-alike letter counts only right after a digit), the
    # separators a spelled number may have, and now and then one that breaks it
    seps = [""] * len(pieces) if draw(st.booleans()) else draw(st.lists(
        st.sampled_from(["", " ", " ", ".", ",", "/", " , "] * 3 + ["\n", "-"]), min_size=len(pieces), max_size=len(pieces)))
    around = st.lists(st.sampled_from(NUMBER_PIECES), max_size=4).map("".join)
    return draw(around) + "".join(p + s for p, s in zip(pieces, seps)) + draw(around)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.lists(st.sampled_from(NUMBER_PIECES), min_size=5, max_size=30).map("".join),
                          spelled_number()), min_size=1, max_size=8))
def test_spelled_numbers_are_found_in_a_batch_as_alone(texts):
    # the prefilter's chain of number pieces decides where spelled numbers are looked for
    _same(texts)


NUMBER_RUNS = ["01712345678", "+8801812345678", "966 50 123 4567", "60 12 345 6789", "02-9116741", "4100", "10:30",
               " ", " or ", "bkash ", "passport a1234567 ", "nid 1234567890 ", "taka", "\n"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(NUMBER_RUNS), min_size=1, max_size=8).map("".join), min_size=1, max_size=6))
def test_numbers_among_other_figures_are_found_in_a_batch_as_alone(texts):
    # in any order: the entities come back sorted by position either way
    _same(texts)


def _iban(country: str, bban: str) -> str:
    digits = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - digits % 97:02d}{bban}"


def test_entities_written_with_few_digits_are_found_in_a_batch():
    iban = _iban("QA", "DOHBABCDEFGHIJKLMNOPQRSTU")  # two digits: its check digits
    assert iban_valid(iban) and sum(c.isdigit() for c in iban) == 2
    texts = [f"send it to {iban} today", "open https://localhost/jobs", "trx id ABCDEFGHIJ", "ok"]  # an id of letters only, in capitals as printed
    _same(texts)
    found = [{e.type for e in r.entities} for r in MATCHER.match_many(texts)]
    assert found == [{"iban"}, {"url"}, {"mfs_transaction"}, set()]


def test_results_stay_right_when_the_repeat_cache_overflows(monkeypatch):
    from evidtriage.indicators import matcher as matcher_module

    monkeypatch.setattr(matcher_module, "CACHE_SIZE", 8)
    m = MATCHER
    monkeypatch.setattr(m, "_cache", {})  # the built-in packs' matcher, its repeat cache empty (the session's comes back after)
    rng = random.Random(3)
    for round_ in range(20):
        texts = [rng.choice(EXAMPLES) for _ in range(10)] + [f"call 0171{round_:02d}{i:05d} now" for i in range(5)]
        assert m.match_many(texts) == [m.match(t) for t in texts]
        assert len(m._cache) <= 8 + len(texts)
    again = EXAMPLES[0]
    first = m.match_many([again])[0]
    assert m.match_many([again])[0] is first  # a text met again comes from the cache
