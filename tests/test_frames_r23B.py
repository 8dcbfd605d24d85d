"""Round 23 of issue 15, part B: romanised Bengali ("Banglish") in the matcher, for every rule at once.

Three spellings a chat writes that the keywords' forms did not reach: a participle of two syllables or a
causative in any of its spellings (-iye, -aiya, -aia, -aya, -aye: "puriye dibo", "puraia dibo", "puraye
dimu"); the continuous and the perfect written for each other, the intimate "tui" in -sos and a final "ey"
("katse" for "katche", "korsos", "nisey"); the long "a" of আ written "aa" ("maarse", "baaki"). And an
everyday sense the widening reached, guarded: "ticket katsi", "ticket kaatbo" (a ticket bought) are not a
cut from the pay. None of these phrasings is a dev set's sentence.
"""

import pytest
import regex

from evidtriage.indicators.morphology import keyword_form
from evidtriage.indicators.normalise import normalise_keyword
from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def _matches(keyword: str, text: str) -> bool:
    form = keyword_form(normalise_keyword(keyword))
    return form is not None and bool(regex.search(form.regex, normalise_keyword(text)))


# --- 1. THE PARTICIPLE IN ANY SPELLING

@pytest.mark.parametrize("keyword,text", [
    ("puraia dibo", "puraye dimu"), ("puraia dibo", "puriye dibo"), ("puraia dibo", "puraiya dibo"),
    ("dhukaye dibe", "dhukiye dibe"), ("dhukaye dibe", "dhukaiya dibe"), ("lukiye", "lukaiya"),
    ("lukiye", "lukia"), ("sajiye", "sajaiya"),
])
def test_participle_spellings(keyword, text):
    assert _matches(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("koriye", "koria"),     # Korea, not "having made do"
    ("media", "mediye"),     # -ia alone is no participle
    ("india", "indiye"),     # -ia alone is no participle
])
def test_participle_not_other_words(keyword, text):
    assert not _matches(keyword, text)


# --- 2. THE CONTINUOUS AND THE PERFECT, -sos, -ey

@pytest.mark.parametrize("keyword,text", [
    ("korse", "korche"), ("korse", "korsey"), ("korse", "korsos"), ("korche", "korse"),
    ("nise", "niyeche"), ("nise", "nisey"), ("katche", "katse"), ("marse", "marchhe"),
])
def test_continuous_and_perfect(keyword, text):
    assert _matches(keyword, text)


@pytest.mark.parametrize("keyword,text", [
    ("korse", "korbe"),      # the future stays the future
    ("dibe na", "dise na"),  # "will not give" is not "has not given"
    ("korse", "korsen"),     # the polite "you" only where the keyword has it
])
def test_tenses_kept_apart(keyword, text):
    assert not _matches(keyword, text)


# --- 3. THE LONG "a"

@pytest.mark.parametrize("keyword,text", [
    ("marse", "maarse"), ("baki taka", "baaki taka"), ("baki taka", "baki taaka"), ("passport", "paasport"),
])
def test_long_a(keyword, text):
    assert _matches(keyword, text)


# --- 4. WHAT THE RULES MAKE OF IT

FLAG = [
    "tui palaile tor passport puraye dimu, mone rakhis",
    "beton theke ticket er taka katse, 3 mash",
    "kafeel amar passport niye nisey, ferot dibe na",
]
OK = [
    "bhaiya ticket katsi, 20 tarikh e ashbo in sha allah",
    "passport number ta pathao, ticket kaatbo kal",
    "ammu rannar kaj sesh korsey, ekhon ghumabo",
    "South Koria te jabo porashona korte, IELTS dicchi",
]


def test_banglish_spellings_flag_and_innocent_stay(matcher):
    check_grid(matcher, FLAG, OK)
