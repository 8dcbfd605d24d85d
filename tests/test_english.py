"""English as chats write it (issue 15, round 5): text-speak, contractions without their apostrophe
or in full, phrases run together, and a phone keyboard's typographic apostrophe. One table
(evidtriage.indicators.english) gives a keyword's words their informal forms, in the rules and in
``search`` alike; the near words that must not match are here too."""

from __future__ import annotations

import pytest
import regex

from evidtriage.indicators.english import INFORMAL_PHRASES, informal_forms
from evidtriage.indicators.morphology import keyword_regex, word_query
from evidtriage.indicators.normalise import normalise, normalise_keyword
from evidtriage.search import text_query

from packs import builtin_matcher


def forms(keyword: str, text: str) -> bool:
    rx = keyword_regex(normalise_keyword(keyword))
    return rx is not None and regex.search(rx, normalise(text).text, regex.V1) is not None


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


@pytest.mark.parametrize("keyword,text", [
    ("if you run", "if u run"), ("if you run", "if ya run"), ("your passport", "ur passport"),
    ("your passport", "yr passport"), ("don't tell anyone", "dont tell anyone"),
    ("don't tell anyone", "do not tell any1"), ("do not tell anyone", "don't tell anyone"),
    ("don't tell anyone", "don’t tell anyone"), ("because of the debt", "coz of the debt"),
    ("because of the debt", "bcz of the debt"), ("tomorrow night", "tmrw nite"),
    ("through the border", "thru the border"), ("people are watching", "ppl r watching"),
    ("please help me", "pls help me"), ("please help me", "plz help me"),
    ("message your family", "msg ur family"), ("going to sell", "gonna sell"),
    ("want to leave", "wanna leave"), ("have to pay", "gotta pay"), ("can't leave", "cant leave"),
    ("can't leave", "cannot leave"), ("won't give", "wont give"), ("didn't pay", "didnt pay"),
    ("didn't pay", "did not pay"), ("they are watching", "they r watching"), ("you are", "u r"),
    ("i'm locked", "im locked"), ("no one knows", "noone knows"),
])
def test_an_english_keyword_matches_its_informal_forms(keyword, text):
    assert forms(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    # a form is a whole word: "ur" is not the start of "urgent", "u" not a letter inside a word
    ("your passport", "urgent passport"), ("your passport", "urdu passport"), ("if you run", "if bus run"),
    # romanised Bengali "r" (ar, and) and "n" are no English word unless the rest of the keyword is there
    ("they are watching", "tara r dekhbe na"), ("you and me", "tumi n ami"),
    # "ill" (sick), "were", "well" are other words, not I'll, we're, we'll
    ("i will", "ill"), ("we are", "were"),
    # a contraction's other forms are its own, not another verb's
    ("don't tell", "didn't tell"), ("can't leave", "won't leave"),
])
def test_near_words_do_not_match(keyword, text):
    assert not forms(keyword, text)


def test_the_table_is_symmetric_and_holds_two_word_phrases():
    for word in ("you", "u", "dont", "don't", "do not", "gonna", "going to"):
        assert word in informal_forms(word)
        assert all(word in informal_forms(f) for f in informal_forms(word))
    assert {"do not", "going to", "want to"} <= INFORMAL_PHRASES
    assert informal_forms("passport") == frozenset()


def test_a_typographic_apostrophe_folds_to_the_ascii_one():
    assert normalise("don’t ‘tell’").text == "don't 'tell'"
    assert len(normalise("don’t").offsets) == len("don’t") + 1


@pytest.mark.parametrize("formal,informal", [
    ("if you run away they will catch you and beat you", "if u run away they will catch u n beat u"),
    ("they are watching us all the time, you cannot go out", "they r watching us all the time, u cant go out"),
    ("we are not allowed to go out, they lock the door at night", "we r not allowed to go out, they lock the door at nite"),
    ("they are going to sell you to another boss", "they r gonna sell u to another boss"),
    ("don't tell anyone", "dont tell any1"), ("don't tell anyone", "don’t tell anyone"),
    ("they won't give my passport back", "they wont give my passport back"),
    ("i didn't get salary for 5 months", "i didnt get salary for 5 months"),
])
def test_a_message_in_text_speak_scores_at_least_as_written_out(matcher, formal, informal):
    a, b = matcher.match_many([formal, informal])
    assert a.score >= matcher.line
    assert b.score >= a.score, (b.explanation, a.explanation)


@pytest.mark.parametrize("text", [
    "ami r jabo na, tumi n ami eksathe thakbo", "u r so funny bro, pls send the pics from the wedding",
    "dont forget ur umbrella tmrw, rain at nite", "ppl r saying the exam is postponed, msg me if u hear",
])
def test_everyday_text_speak_stays_below_the_line(matcher, text):
    assert matcher.match(text).score < matcher.line


def test_search_finds_the_informal_forms_whole():
    query = word_query("your")
    assert '"ur"' in query and '"ur"*' not in query
    assert '"do not"' in text_query("don't") and '"dont"' in text_query("don't")
    assert word_query("passport").count('"passport"') >= 1 and '"ur"' not in word_query("passport")


def test_a_keyword_of_everyday_words_matches_its_informal_forms():
    # "at night" has no word the prefilter can look for ("night" is everyday chat); its informal forms
    # are rare enough, and "nite", also romanised "to take", still needs "at" before it
    assert forms("at night", "they move us at nite") and forms("at night", "at nyt")
    assert not forms("at night", "dite nite hobe")
