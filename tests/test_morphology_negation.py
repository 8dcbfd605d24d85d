"""Morphology and spelling (one mechanism for rules and search) and negation scope (issue 15)."""

from __future__ import annotations

import pytest
import regex

from evidtriage.indicators.morphology import bn_stem, fts_query, keyword_regex, search_terms
from evidtriage.indicators.normalise import normalise, normalise_keyword

from packs import builtin_matcher

MATCHER = builtin_matcher()


def forms(keyword: str, text: str) -> bool:
    rx = keyword_regex(normalise_keyword(keyword))
    return rx is not None and regex.search(rx, normalise(text).text, regex.V1) is not None


@pytest.mark.parametrize("keyword,text", [
    ("কাউকে বলবে না", "কাউকে বলবেন না"), ("কাউকে বলবে না", "কাউকে বলবি না"),
    ("পাসপোর্ট", "পাসপোর্টগুলো"), ("পাসপোর্ট", "পাসপোর্টের"),
    ("kauke bolba na", "kauke bolben na"), ("kauke bolba na", "kauke bolis na"), ("kauke bolba na", "kauke bolbi na"),
    ("beton", "baton"), ("beton", "betan"), ("dibo", "debo"), ("dibo", "dibe"),
    ("passport joma", "pasport jama"), ("khabar", "kabar"), ("phone", "fone"),
    ("lekh", "likh"), ("amader lok", "amader loker"), ("tomar", "tumar"),
])
def test_other_forms_of_a_keyword_match(keyword, text):
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("দালাল", "মহাদালাল"),  # never inside another word
    ("hajj", "hajar"),  # short romanised words keep their spelling
    ("passport", "passenger"),
    # the inner-vowel classes do not reach an everyday romanised word of another sense
    ("lekh", "lakh"), ("lekha chilo", "lakh chilo"), ("amader lok", "amar lok"), ("amader lok", "amra lok"),
])
def test_unrelated_words_do_not_match(keyword, text):
    assert not forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("took my", "has taken my"), ("taken away", "took away"), ("keeps our", "kept our"), ("keeps our", "keeping our"),
    ("holds my", "held my"), ("take all our", "took all our"), ("take all our", "takes all our"),
    ("collected our phones", "collects our phones"), ("confiscated", "confiscates"), ("locked from outside", "locks from outside"),
    ("sells us", "sold us"), ("threatened", "threatening"), ("lock from outside", "locked from outside"),
])
def test_english_verbs_of_control_take_their_tenses(keyword, text):
    """A keyword in the present matches the past; a past matches the past (and the present only
    for verbs whose present has no other sense)."""
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("took", "take"), ("taken", "takes"),  # the past does not turn into the present ("the visa takes two weeks")
    ("kept", "keeps"), ("keeps our", "keep our"),  # nor into the imperative ("keep our passports safe")
    ("locked from outside", "lock from outside"),
    ("take", "taka"), ("kept", "kapt"),  # English verbs are spelled as English spells them
    ("sold", "sell"), ("held", "hold"),
])
def test_english_verbs_keep_their_tense_and_spelling(keyword, text):
    assert not forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("beton dey na", "beton dey nai"), ("ber hote dey na", "ber hote dey nai"),
    ("বের হতে দেয় না", "বের হতে দেয় নাই"), ("বের হতে দেয় না", "বের হতে দেয়নি"),
])
def test_a_negation_at_the_end_also_takes_its_past(keyword, text):
    """"does not give" is a complaint in the past too ("did not give"): na/nai, না/নাই/নি."""
    assert forms(keyword, text)


def test_a_negation_at_the_end_stays_a_word():
    assert not forms("beton dey na", "beton dey nationwide")
    assert not forms("beton dey na", "beton dey")


def test_search_shares_the_english_tenses():
    assert search_terms("took") == ["taken", "took"]
    assert search_terms("keeps") == ["keeping", "keeps", "kept"]


@pytest.mark.parametrize("keyword,text", [
    ("পুলিশে দিবো", "পুলিশে দিয়ে দেব"), ("পুলিশে দিবো", "পুলিশে দিলাম"), ("ফোন নিয়ে নিয়েছে", "ফোন নিয়ে নিবে"),
])
def test_give_and_take_keep_their_one_letter_stems(keyword, text):
    """দি/দে and নি/নে end most compound verbs of control; their stems are one letter."""
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("পুলিশে দিবো", "পুলিশে দেশ"), ("পুলিশে দিবো", "পুলিশে দেখা হলো"), ("ফোন নিয়ে নিয়েছে", "ফোন নিয়ে নেতা"),
])
def test_give_and_take_take_only_verb_endings(keyword, text):
    """Not any letters after দি/নি: দেশ (country), দেখা (seen), নেতা (leader) are other words."""
    assert not forms(keyword, text)


def test_stems_strip_the_longest_ending():
    assert bn_stem(normalise_keyword("পাসপোর্টগুলো"))[0] == normalise_keyword("পাসপোর্ট")
    assert bn_stem(normalise_keyword("বলবেন"))[0] == normalise_keyword("বল")


def test_search_shares_the_stems():
    terms = search_terms("বলবেন")  # the stem, and the eastern forms of "say" (never কই alone: "where")
    assert normalise_keyword("বল") in terms and normalise_keyword("কইবেন") in terms
    assert normalise_keyword("কই") not in terms
    assert "baton" in search_terms("beton")
    q = fts_query('passport "free visa" OR pass*')
    assert q.startswith('("passport" OR "passport"*)') and '"free visa" OR pass*' in q


def test_search_finds_inflected_forms_in_a_case(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text("মালিক পাসপোর্টগুলো রেখে দিয়েছে\nkauke bolben na\n", encoding="utf-8")
    assert cli("triage", src, "--case", tmp_path / "case", "--examiner", "A").exit_code == 0
    for query in ("পাসপোর্ট", "bolba"):
        result = cli("search", tmp_path / "case", query)
        assert result.exit_code == 0 and "1 results" in result.stdout, (query, result.stdout)


@pytest.mark.parametrize("text", [
    "Never hand your passport to a broker.",
    "kauke passport diben na, dalal er kache kokhono passport jama diben na",
    "কাউকে পাসপোর্ট দিবেন না, দালালের কাছে কখনো পাসপোর্ট জমা রাখবেন না।",
])
def test_a_warning_not_to_hand_over_a_passport_is_not_retention(text):
    r = MATCHER.match(text)
    assert "doc.passport_retained" not in {h.rule_id for h in r.hits}


def test_a_polite_negative_after_an_object_still_scopes_over_the_hit():
    """Bengali puts an object between the indicator and "pathaben na": a warning not to use hundi."""
    r = MATCHER.match("hundi te taka pathaben na, eta beaini")
    assert "pay.hundi" not in {h.rule_id for h in r.hits} and "negated" in r.explanation


@pytest.mark.parametrize("text,rule", [
    ("malik passport rekhe dise, ferot dibe na", "doc.passport_retained"),
    ("kauke bolben na", "iso.secrecy"),
    ("the sponsor took my passport and will not give it back", "doc.passport_retained"),
])
def test_negation_inside_the_indicator_or_in_another_clause_keeps_the_hit(text, rule):
    assert rule in {h.rule_id for h in MATCHER.match(text).hits}


def test_a_negated_hit_is_named_in_the_explanation():
    r = MATCHER.match("Never hand your passport to a broker, keep it with you")
    assert "negated" in r.explanation or "doc.passport_retained" not in r.explanation


def test_a_word_that_only_shares_its_first_letters_with_an_everyday_one_keeps_its_forms():
    """bhagni begins like bhai and bhalo, but only words beginning bhagni wake its forms: bhagnike
    is matched; bol, a beginning of bole, still wakes nothing: bolbo's forms are written out in its
    own tense (bolbi, bolben), and bole is not one of them."""
    from evidtriage.indicators.morphology import morph_regexes
    from evidtriage.indicators.literals import KNOWN

    assert morph_regexes(("bhagni",)) and regex.search(morph_regexes(("bhagni",))[0], "tor bhagnike", regex.V1)
    (bolbo,) = morph_regexes(("bolbo",))
    assert regex.search(bolbo, "ami bolbi na", regex.V1) and not regex.search(bolbo, "se bole je", regex.V1)
    assert not {"bol", "bole"} & KNOWN[bolbo]


@pytest.mark.parametrize("keyword,text,other", [
    ("দিবে", "ছুটি দিমু", "টাকা দিলাম"),  # a short stem alone: its persons, in its tense only
    ("দিবে না", "ছুটি ন দিবো", "দিবেন না"),  # Chittagonian negation before the verb; not the polite "don't"
    ("মা", "তোমার মায়েরেও না", "মার খাইছি"),  # a noun of one letter and a vowel: its case endings
    ("হইলে", "শোধ ন অইলে", "হলুদ"),  # a regional form without its first h
    ("dibe na", "ora debo na", "diben na"),
])
def test_short_stems_get_their_forms_written_out(keyword, text, other):
    from evidtriage.indicators.morphology import morph_regexes

    (rx,) = morph_regexes((keyword,))
    assert regex.search(rx, normalise(text).text, regex.V1)
    assert not regex.search(rx, normalise(other).text, regex.V1)


def test_a_negation_scopes_over_the_match_it_stands_by_not_the_whole_rule():
    """"Don't pay at the office" negates that payment word; the rest of the message (my wife's
    Rocket, no receipt) still makes the rule hold, so the hit stays, on the words not negated."""
    r = MATCHER.match("Don't pay at the office, put it in my wife's Rocket, no receipt needed.")
    hit = [h for h in r.hits if h.rule_id == "fd.pay_to_personal_mfs"]
    assert hit and "Don't pay" not in " ".join(hit[0].matched) and "pay" not in hit[0].matched
    # a negation over every match still negates the rule
    r = MATCHER.match("Never send the fee to a personal bKash number.")
    assert "fd.pay_to_personal_mfs" not in {h.rule_id for h in r.hits}
