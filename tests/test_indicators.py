"""The indicator engine: normalisation, matching, conditions, entities, checksums, scoring, lint."""

import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from evidtriage.indicators.checksums import base58check_decode, eip55_valid, iban_valid, keccak256, segwit_decode
from evidtriage.indicators.entities import extract_entities
from evidtriage.indicators.lint import lint, test_examples as run_examples
from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.normalise import normalise
from evidtriage.indicators.rules import RuleLoadError, load_pack, load_packs
from evidtriage.resources import builtin_rules_dir

from packs import builtin_matcher

BUILTIN = load_packs([builtin_rules_dir()])
MATCHER = builtin_matcher()


# -- normalisation --------------------------------------------------------------------------------
def test_normalisation_folds_what_hides_words():
    n = normalise("FREE\u00a0 VISA\u200b ০১৭১২ পাসপো\u200cর্ট")
    assert n.text == unicodedata.normalize("NFKD", "free visa 01712 পাসপোর্ট")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aBc ১২৩পাসপোর্ট\u200b\u200e\u00a0\nﬁ①Åéßİ-_.")), max_size=60))
def test_every_normalised_span_maps_back_into_the_original(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= o <= len(text) for o in n.offsets)
    assert list(n.offsets) == sorted(n.offsets)
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)


# -- matching and Bengali word boundaries ----------------------------------------------------------
def matches(rule_id, text):
    return rule_id in {h.rule_id for h in MATCHER.match(text).hits}


def test_bengali_word_boundaries():
    pack_text = """
pack: {id: t, version: "1", title: t, licence: x, languages: [bn]}
rules:
  - id: t.dalal
    title: broker
    category: deceptive_recruitment
    weight: 1
    references: [x]
    patterns: {w: {keywords: [দালাল]}}
  - id: t.dalal_stem
    title: broker, inflected
    category: deceptive_recruitment
    weight: 1
    references: [x]
    patterns: {w: {keywords: ["দালাল*"]}}
  - id: t.dalal_exact
    title: broker, as written only
    category: deceptive_recruitment
    weight: 1
    references: [x]
    patterns: {w: {keywords: ["=দালাল"]}}
"""
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "t.yaml"
        p.write_text(pack_text, encoding="utf-8")
        m = Matcher([load_pack(p)])
    ids = lambda t: {h.rule_id for h in m.match(t).hits}  # noqa: E731
    assert ids("এই দালাল খারাপ") == {"t.dalal", "t.dalal_stem", "t.dalal_exact"}
    # a plain keyword also matches its inflected forms (morphology); "=" keeps it as written
    assert ids("দালালের কাছে টাকা") == {"t.dalal", "t.dalal_stem"}
    assert ids("দালালগুলো টাকা নিয়েছে") == {"t.dalal", "t.dalal_stem"}
    assert ids("মহাদালাল") == set()  # never at the end of another word


def test_spans_point_into_the_original_text():
    text = "আগে\u200b অনেক কথা। পাসপোর্ট আমার কাছে জমা রাখতে হবে, Free\u00a0Visa!"
    r = MATCHER.match(text)
    by = {h.rule_id: h for h in r.hits}
    h = by["doc.passport_retained"]
    assert text[h.start:h.end].startswith("পাসপোর্ট")
    assert "পাসপোর্ট" in h.matched
    assert text[by["dr.free_visa"].start:by["dr.free_visa"].end] == "Free\u00a0Visa"


def test_the_recruiters_message_comes_first():
    recruiter = "free visa, no experience, leave your passport with me, send the advance by bKash 01712-345678"
    chat = "bhai kemon acho? eid e bari ashbo, ammu ke salam dio"
    assert MATCHER.match(recruiter).score > 10
    assert MATCHER.match(chat).score == 0
    assert "doc.passport_retained +5" in MATCHER.match(recruiter).explanation


def test_news_and_awareness_voice_is_suppressed():
    recruiter = "পাসপোর্ট আমার কাছে জমা রাখতে হবে, অগ্রিম ৫০ হাজার টাকা বিকাশে পাঠান"
    news = ("সতর্ক থাকুন: দালালরা পাসপোর্ট জমা রাখতে বলে এবং অগ্রিম টাকা চায়। "
            "প্রতারণা থেকে বাঁচতে বিএমইটির হটলাইনে যোগাযোগ করুন। র‍্যাব দুজনকে গ্রেপ্তার করেছে।")
    assert MATCHER.match(news).score < MATCHER.match(recruiter).score / 2
    assert any(h.weight < 0 for h in MATCHER.match(news).hits)


def test_every_builtin_example_behaves_as_written():
    assert run_examples(BUILTIN, MATCHER) == []


def test_builtin_packs_lint_clean():
    assert [str(p) for p in lint([builtin_rules_dir()]) if p.severity == "error"] == []


def test_builtin_packs_size_and_languages():
    rules = [r for p in BUILTIN for r in p.rules]
    assert len(rules) >= 60, f"{len(rules)} rules"
    assert len({r.category for r in rules}) >= 9
    for lang in ("en", "bn", "bn-Latn"):
        assert sum(lang in r.languages for r in rules) >= 40


# -- entities ----------------------------------------------------------------------------------------
def ents(text, kind=None):
    return [(e.type, e.value) for e in extract_entities(text) if kind is None or e.type == kind]


@pytest.mark.parametrize("text,value", [
    ("call 01712-345678", "+8801712345678"),
    ("০১৭১২৩৪৫৬৭৮ নম্বরে", "+8801712345678"),
    ("+880 1812 345678", "+8801812345678"),
    ("saudi 966 51 234 5678 number", "+966512345678"),
    ("malaysia 60 12 345 6789", "+60123456789"),
    ("zero one seven one two three four five six seven eight", "+8801712345678"),
    ("01seven12345678", "+8801712345678"),
    ("শূন্য এক সাত এক দুই তিন চার পাঁচ ছয় সাত আট", "+8801712345678"),
])
def test_phone_numbers(text, value):
    assert ("phone", value) in ents(text)


def test_obfuscated_numbers_are_marked():
    (e,) = [e for e in extract_entities("num: zero one seven one two three four five six seven eight") if e.type == "phone"]
    assert e.obfuscated


def test_not_phone_numbers():
    assert ents("invoice 2024-01-12 amount 50000 and 12/01/2024", "phone") == []


# BIP-173 and BIP-350 test vectors (valid mainnet addresses, and invalid ones)
BIP350_VALID = [
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
    "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
    "BC1SW50QGDZ25J",
    "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs",
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
]
BIP350_INVALID = [
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",  # bech32 checksum on v1
    "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",  # bech32 checksum on v16
    "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du",  # invalid padding
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",  # bech32m checksum on v0
    "bc1gmk9yu",  # empty data
]


@pytest.mark.parametrize("addr", BIP350_VALID)
def test_bip350_valid(addr):
    assert segwit_decode(addr) is not None


@pytest.mark.parametrize("addr", BIP350_INVALID)
def test_bip350_invalid(addr):
    assert segwit_decode(addr) is None


def test_other_checksums():
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    for a in ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"):
        assert eip55_valid(a) is True  # the EIP-55 specification's vectors
    assert eip55_valid("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed") is False
    assert base58check_decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")[0] == 0
    assert base58check_decode("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3") is None
    assert iban_valid("SA03 8000 0000 6080 1016 7519") and not iban_valid("SA03 8000 0000 6080 1016 7518")


def test_payment_and_identity_entities():
    text = ("USDT TRC20: TJRabPrwbZy45sbavfcjinPJC18kjpRTv8 (not TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t), "
            "TrxID 8N7A2XK9QZ, bKash 01712345678, passport no AB1234567, NID: 1990123456789, "
            "wa.me/8801712345678 t.me/saudi_jobs_bd agent@Example.com")
    got = ents(text)
    assert ("tron_address", "TJRabPrwbZy45sbavfcjinPJC18kjpRTv8") in got
    assert not any(v == "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" for _, v in got)  # the USDT contract
    for item in [("mfs_transaction", "8N7A2XK9QZ"), ("mfs_account", "+8801712345678"), ("bd_passport", "AB1234567"),
                 ("bd_nid", "1990123456789"), ("whatsapp", "+8801712345678"), ("telegram", "@saudi_jobs_bd"),
                 ("email", "agent@example.com")]:
        assert item in got, item


# -- pack loading and lint ----------------------------------------------------------------------------
BAD_PACK = """pack: {id: bad, version: "1", title: t, licence: x, languages: [en]}
rules:
  - id: a.one
    title: one
    category: deceptive_recruitment
    weight: 1
    colour: red
    patterns: {w: {keywords: [ab], regex: ["(unclosed"]}}
    condition: w and z
  - id: a.one
    title: dup
    category: not_a_category
    weight: 1
    references: [x]
    patterns: {w: [visa]}
"""


def test_lint_names_file_line_and_problem(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text(BAD_PACK)
    found = {(pr.where.rsplit(":", 1)[1], pr.check) for pr in lint([p])}
    for item in [("3", "unknown-field"), ("3", "missing-references"), ("3", "bad-regex"), ("3", "short-keyword"),
                 ("3", "bad-condition"), ("3", "missing-examples"), ("10", "duplicate-id"), ("10", "unknown-category")]:
        assert item in found, item


def test_lint_warns_of_a_regex_that_must_run_everywhere(tmp_path):
    p = tmp_path / "slow.yaml"
    p.write_text("""pack: {id: slow, version: "1", title: t, licence: x, languages: [en]}
rules:
  - id: s.amount
    title: amount
    category: fees_and_debt
    weight: 1
    references: [x]
    languages: [en]
    patterns: {fee: {keywords: [fee]}, n: {regex: ['[a-z]{3,}'], keywords: [lakh]}}
    condition: fee and n
""")
    found = [pr for pr in lint([p]) if pr.check == "regex-without-literal"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].where.endswith("slow.yaml:3")


def test_lint_warns_of_an_anchored_regex_that_the_prefilter_must_count_everywhere(tmp_path):
    """Was (round 6 of issue 15): a look-ahead ending in '$' made the prefilter count its group as
    present in every text, and the rule was matched on most everyday lines (a 70% slower matcher,
    unseen). A suppressor's header regex anchored at the start is its job, and stays unflagged."""
    p = tmp_path / "anchored.yaml"
    p.write_text(r"""pack: {id: anchored, version: "1", title: t, licence: x, languages: [en]}
rules:
  - id: a.kin_age
    title: kin and age
    category: minor_indicators
    weight: 1
    references: [x]
    languages: [en]
    patterns: {kin: {regex: ['\bsister 1[0-7](?=\s?(?:,|years|$))']}, work: {keywords: [work]}}
    condition: kin and work
  - id: a.ended
    title: kin and age, end of line
    category: minor_indicators
    weight: 1
    references: [x]
    languages: [en]
    patterns: {kin: {regex: ['\bsister 1[0-7](?=\s?(?:,|years)|\s*(?!.))']}, work: {keywords: [work]}}
    condition: kin and work
  - id: a.header
    title: a notice's header
    category: suppressor
    weight: 0.3
    references: [x]
    languages: [en]
    patterns: {header: {regex: ['^\W{0,3}notice']}}
    condition: header
""")
    found = [pr for pr in lint([p]) if pr.check == "anchored-regex"]
    assert [(pr.severity, "a.kin_age" in pr.message) for pr in found] == [("warning", True)]
    assert found[0].where.endswith("anchored.yaml:3")


def test_lint_refuses_a_regex_written_with_letters_the_folded_text_never_holds(tmp_path):
    """Text is matched folded (NFKD): a Bengali regex typed with the composed vowel sign ো
    (U+09CB) never matches, silently; written as ে + া it does."""
    pack = """pack: {id: fold, version: "1", title: t, licence: x, languages: [bn]}
rules:
  - id: f.told
    title: told
    category: threats_and_coercion
    weight: 1
    references: [x]
    languages: [bn]
    patterns: {w: {regex: ['REGEX']}}
"""
    composed, folded = "বলো", "বলো"  # বলো
    p = tmp_path / "fold.yaml"
    p.write_text(pack.replace("REGEX", composed))
    found = [pr for pr in lint([p]) if pr.check == "unfolded-regex"]
    assert len(found) == 1 and found[0].severity == "error" and "U+09CB" in found[0].message
    p.write_text(pack.replace("REGEX", folded))
    assert not [pr for pr in lint([p]) if pr.check == "unfolded-regex"]
    assert Matcher([load_pack(p)]).match("আমাকে বলো").hits  # composed text


def test_broken_yaml_points_at_the_line(tmp_path):
    p = tmp_path / "broken.yaml"
    p.write_text("pack: {id: x}\nrules:\n  - id: a\n    title: [unclosed\n")
    with pytest.raises(RuleLoadError, match=r"broken.yaml:\d+: invalid YAML"):
        load_pack(p)


def test_rules_commands(tmp_path, cli):
    assert cli("rules", "lint").exit_code == 0
    assert cli("rules", "test").exit_code == 0
    p = tmp_path / "bad.yaml"
    p.write_text(BAD_PACK)
    r = cli("rules", "lint", p)
    assert r.exit_code == 1 and "bad.yaml:3: error:" in r.stdout
    r = cli("rules", "list", "--json")
    assert r.exit_code == 0 and "doc.passport_retained" in r.stdout


def test_triage_refuses_a_broken_pack(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("x")
    p = tmp_path / "broken.yaml"
    p.write_text("pack: {id: x}\nrules:\n  - id: a\n    title: [unclosed\n")
    r = cli("triage", src, "--case", tmp_path / "case", "--examiner", "A", "--rules", p)
    assert r.exit_code == 2 and "broken.yaml:" in r.stderr and "invalid YAML" in r.stderr
