"""Morphology round 4 (issue 15): what may follow a Bengali stem (not a word of another sense),
the colloquial and sadhu verb forms, the negation written on, and romanised verb stems written bare."""

from __future__ import annotations

import pytest
import regex

from evidtriage.indicators.morphology import keyword_regex
from evidtriage.indicators.normalise import normalise, normalise_keyword


def forms(keyword: str, text: str) -> bool:
    rx = keyword_regex(normalise_keyword(keyword))
    return rx is not None and regex.search(rx, normalise(text).text, regex.V1) is not None


@pytest.mark.parametrize("keyword,text", [
    # a noun's case, plural and emphatic endings, chained, standard and colloquial
    ("মাল", "মালের"), ("মাল", "মালগুলা"), ("পাসপোর্ট", "পাসপোর্টগুলোর"), ("দালাল", "দালালদেরকে"),
    ("মেয়ে", "মেয়েটাও"), ("বেতন", "বেতনডা"), ("ভিসা", "ভিসাটা"), ("দেশে", "দেশত"),
    ("কাস্টমার", "কাস্টমারদের"), ("কাস্টমার", "কাস্টমারের"),
    # a verb's persons and tenses, standard, colloquial and regional
    ("রাখে", "রাখছে"), ("রাখে", "রাখছিলো"), ("রাখে", "রাখসে"), ("রাখে", "রাখতেছে"), ("রাখে", "রাখবায়"),
    ("মারে", "মারবে"), ("মারে", "মাইরা"),
    # the colloquial "ই" of a stem in -া and the sadhu "ি"
    ("ঘুমাতে", "ঘুমাইতে"), ("ঘুমাতে দেয় না", "ঘুমাইতে দেয় না"), ("দেখাবেন", "দেখাইবেন"), ("পাঠাবে", "পাঠাইবো"),
    ("পাঠায়", "পাঠাইছে"), ("করবে", "করিবে"), ("বলবে", "বলিবে"),
    # a word read as a noun (আট-কে) and as a verb (আটক-ে)
    ("আটকে", "আটকাইয়া"), ("আটকে", "আটকায়ে"), ("আটকে রাখছে", "আটকাইয়া রাখছে"),
    # the negation written on, and before the verb (Chittagonian)
    ("দেয় না", "দেয়নি"), ("দেয় না", "দেয়না"), ("ছুটি দেয় না", "ছুটি দেয়নি"), ("বলবে না", "বলবেনা"), ("দেয় না", "ন দেয়"),
    ("ছুটি দেয় না", "ছুটি ন দেয়"), ("যেতে দিব না", "যাইতে ন দিবো"), ("দেশে যেতে দেবে না", "দেশত যাইতো ন দিবো"),
    # "go", irregular: যেতে, colloquial যাইতে, Chittagonian যাইতো
    ("যেতে দিব না", "যাইতে দিবো না"), ("বাইরে যেতে দেয় না", "বাইরে যাইতে দেয়নি"),
])
def test_bengali_forms_match(keyword, text):
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    # a word of another sense that begins with the stem
    ("মাল", "মালিক"), ("মাল", "মালিকে"), ("কাজ", "কাজল"), ("কাজ", "কাজী"), ("বন্ধ", "বন্ধু"), ("বন্ধ", "বন্ধুরা"),
    ("মাল", "মালয়েশিয়া"), ("দালাল", "মহাদালাল"),
    ("ছুটি দেয় না", "ছুটি দেয়"), ("যেতে দিব না", "যেতে দিবো"),  # no negation at all
])
def test_bengali_near_words_do_not_match(keyword, text):
    assert not forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    # a known verb stem written bare takes every verb ending
    ("rakh", "rakhse"), ("rakh", "rakhbo"), ("rakh", "rakhchhe"), ("rakhse", "rakhchhe"),
    # with an ending of one mood, that mood's other endings
    ("pathan", "pathao"), ("pathay", "pathaw"), ("atke rakhse", "atkaiya rakhse"), ("atke rakhse", "atkay rakhche"),
    # the present of "give" in any spelling, the negation written on or in the past
    ("beton dey na", "betan dae na"), ("beton dey na", "beton daey na"), ("beton dey na", "beton deyna"),
    ("beton dey na", "beton dey nai"), ("bolbi na", "bolbina"),
    # written-out endings in their other spellings (s: sh)
    ("bolis na", "bolish na"), ("kotha bolbi na", "kotha bolish na"),
])
def test_romanised_verb_forms_match(keyword, text):
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("pathan", "pathabe"),  # "send it" (an order) is not "will send" (a letter's promise)
    ("joma rakhe", "jomai rakho"),  # "keeps deposited" (a report) is not "keep it saved" (advice)
    ("beton dey na", "beton day na"), ("beton dey na", "beton dey nationwide"),  # "day" is English
    ("call dey", "call dei"),  # দেই, I give ("ami ammu ke call dei"), is not দেয়, he lets
    ("pathan", "pathor"),  # a stone
])
def test_romanised_near_forms_do_not_match(keyword, text):
    assert not forms(keyword, text)


def test_forms_compiled_shorter_match_the_same_texts_at_the_same_spans():
    """The romanised noun endings written once and called (morphology.compiled_form) match exactly
    what the pattern as written matches, ending by ending, alone, chained and before a word."""
    from evidtriage.indicators.morphology import LATN_NOUN, compiled_form, morph_regexes

    patterns = morph_regexes(("passport", "dalal amar lok", "beton dey na", "kafil", "মেয়ে", "company te kaj"))
    short = [compiled_form(p) for p in patterns]
    assert any(len(s) < len(p) / 2 for s, p in zip(short, patterns))  # the endings were written out
    texts = [f"amar {w}{e} niye gese" for w in ("passport", "pasport", "dalal", "kofil", "kafeel", "company")
             for e in ["", *LATN_NOUN, "gulor", "take", "xyz"]]
    texts += ["dalal amar loker kache", "dalaler amar lokke", "beton dey na 3 mash", "companyte kaj nai",
              "company te kaj", "মেয়েটাকে নিয়ে গেছে", "passportgulo", "passports"]
    for p, s in zip(patterns, short):
        a, b = regex.compile(p, regex.V1), regex.compile(s, regex.V1)
        for t in texts:
            assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)], (p[:60], t)
