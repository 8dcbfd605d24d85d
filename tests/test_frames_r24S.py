"""Round 24, part S: a threat's condition and its harm read across one sentence, and harm said by
general verbs (a shop closed or a ban had done by another, a person put out of the house, the land
taken, a contract sold on, a theft reported), in the three scripts. Own phrasings."""

import pytest

from evidtriage.indicators.conditions import ConditionError, evaluate, parse
from evidtriage.indicators.clauses import sentence_index
from evidtriage.indicators.matcher import Matcher, _word_index
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def _rules(matcher, text):
    return {h.rule_id for h in matcher.match(text).hits}


def test_in_one_sentence_reads_no_pair_across_a_full_stop():
    node = parse("a near b within 24 words in one sentence", {"a", "b"})
    one = "if you tell anyone at the office or the shop near the station about this, he will burn it"
    two = "if you tell anyone at the office or the shop near the station about this. He will burn it"
    for text, held in ((one, True), (two, False)):
        a = text.index("if")
        b = text.index("burn")
        got = evaluate(node, {"a": [(a, a + 2)], "b": [(b, b + 4)]}, _word_index(text), sentence_index(text))
        assert (got is not None) is held


def test_in_one_sentence_keeps_its_word_bound():
    node = parse("a near b within 3 words in one sentence", {"a", "b"})
    text = "if you go there one more time in the night he will burn it"
    got = evaluate(node, {"a": [(0, 2)], "b": [(text.index("burn"), len(text) - 3)]}, _word_index(text), sentence_index(text))
    assert got is None


def test_in_one_sentence_cannot_stand_under_not():
    with pytest.raises(ConditionError):
        parse("a and not a near b within 24 words in one sentence", {"a", "b"})


@pytest.mark.parametrize("text", [
    "if you ever tell the inspector or that lady from the shelter about the back room, the boss will make sure you are deported",
    "jodi tui kono din ei company theke raat er bela lukiye ber hoye onno kothao kaj khujis, amar lok tore dhore jail e dhukabe",
    "যদি তুই কোনো দিন এই কোম্পানি থেকে রাতের বেলা লুকিয়ে বের হয়ে অন্য কোথাও কাজ খুঁজিস, আমার লোক তোরে ধরে জেলে ঢুকাবে",
])
def test_a_long_sentence_holds_its_threat(matcher, text):
    assert "thr.conditional_harm" in _rules(matcher, text)


@pytest.mark.parametrize("text", [
    "if you ever tell the inspector or that lady from the shelter about the back room. My cousin was deported after his contract ended.",
    "jodi tui kono din ei company theke raat er bela lukiye ber hoye onno kothao kaj khujis. amar chachato bhai gelo bochor jail e chilo",
])
def test_a_harm_in_the_next_sentence_is_no_threat(matcher, text):
    assert "thr.conditional_harm" not in _rules(matcher, text)


@pytest.mark.parametrize("text", [
    "if you quit before the season ends, my men will take your land in the village",
    "কাজ ছাড়লে তোর বাপের দোকান বন্ধ করাইয়া দিমু",
    "beshi kotha bolle ei mess theke ber kore dibo",
    "abar group e likhle tor account ban koraya dibo",
    "if you walk out of this job I sell your contract to the farm up north",
])
def test_general_harm_beside_a_condition_flags(matcher, text):
    assert {"thr.conditional_harm", "thr.conditional_harm_wide"} & _rules(matcher, text)
    assert matcher.match(text).score >= 3


@pytest.mark.parametrize("text", [
    "if you like the plot, take the land papers to the lawyer",
    "jodi biral ta abar ghore dhoke, ber kore dibo",
    "বিড়ালটা আবার ঘরে ঢুকলে বের করে দিব",
])
def test_errands_and_a_cat_put_out_are_no_threat(matcher, text):
    assert not {"thr.conditional_harm", "thr.conditional_harm_wide"} & _rules(matcher, text)
