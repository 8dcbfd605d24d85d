"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
from pathlib import Path

import pytest

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def test_the_probe_file_holds_both_kinds():
    assert len(PROBES["flag"]) >= 100 and len(PROBES["ok"]) >= 60
    assert not set(PROBES["flag"]) & set(PROBES["ok"])


def test_every_phrasing_of_a_concept_is_flagged(matcher):
    results = matcher.match_many(PROBES["flag"])
    missed = [(t, r.explanation) for t, r in zip(PROBES["flag"], results) if r.score < matcher.line]
    assert not missed, missed


def test_everyday_messages_with_the_same_words_stay_below_the_line(matcher):
    results = matcher.match_many(PROBES["ok"])
    flagged = [(t, r.explanation) for t, r in zip(PROBES["ok"], results) if r.score >= matcher.line]
    assert not flagged, flagged


# --- Morphology and spelling (issue 15, round 4): concepts whose phrasings differ by a word's
# form or spelling only (দেয়নি, deyna, dae na; আটকাইয়া, atkay; ঘুমাইতে, ghumaite; রাইখা, rakhse,
# rakhchhe), five in the three scripts, and two innocent near-misses with the same forms. Written
# for this round, not taken from any dev set.
MORPHOLOGY_PROBES = {
    "wages_withheld": {
        "flag": ["মালিক তিন মাস ধরে বেতন দেয়নি, চাইলে মারে", "চার মাস বেতন দেয় না, কিছু বললে গালি দেয়",
                 "malik 3 mash beton deyna, chaile mare", "4 mash dhore betan dae na, kichu bolle gali dey",
                 "the boss has not paid my salary for three months, when I ask he beats me"],
        "ok": ["এই মাসের বেতন দিয়েছে, আলহামদুলিল্লাহ", "beton ta ajke dise, kal bari te pathabo"],
    },
    "confined": {
        "flag": ["আমাদের একটা ঘরে আটকাইয়া রাখছে, বাইরে যাইতে দেয় না", "ঘরে আটকায়ে রাখছে, দরজায় তালা",
                 "amader ekta ghore atkaiya rakhse, baire jaite dey na", "room e atkay rakhche, dorjay tala",
                 "they locked us in a room and do not let us go out"],
        "ok": ["বৃষ্টিতে বাসায় আটকে আছি, বাইরে যাওয়া যাচ্ছে না", "traffic e atke gesi, ashte deri hobe"],
    },
    "sleep_denied": {
        "flag": ["ম্যাডাম রাতে ঘুমাইতে দেয় না, সারাদিন কাজ করায়", "মালিক ৩ ঘণ্টার বেশি ঘুমাতে দেয় না",
                 "madam rate ghumaite dey na, saradin kaj koray", "malik 3 ghontar beshi ghumate dae na",
                 "madam doesnt let me sleep more than 3 hours"],
        "ok": ["pora r chap e rate ghumate pari na", "রাতে ঘুমাইতে দেরি হয়, সকালে উঠতে কষ্ট"],
    },
    "passport_kept": {
        "flag": ["মালিক আমার পাসপোর্ট রাইখা দিছে, চাইলে দেয় না", "কফিল পাসপোর্ট রাখছে, ফেরত দিবো না কয়",
                 "malik amar pasport rakhse, chaile dey na", "kofil passport rakhchhe, ferot dibo na bole",
                 "my employer keeps my passport and will not give it back"],
        "ok": ["passport ta ami nijer kache rakhsi, hariye na jay",
               "অফিসে পাসপোর্ট জমা রাখছি ভিসার জন্য, সামনের সপ্তাহে ফেরত দিবে"],
    },
}
#: Phrasings the packs do not reach yet, for their owners (not a matter of a word's form): each
#: fails this test the day it is fixed, so that it moves up to the probes above
MORPHOLOGY_GAPS = {
    "flag": ["madam does not let me sleep at night, I work all day"],  # "not let me sleep": no keyword
    "ok": ["বাবু রাতে ঘুমাইতে দেয় না, খালি কান্দে"],  # a baby keeps its mother awake: no family suppressor
}


@pytest.mark.parametrize("concept", sorted(MORPHOLOGY_PROBES))
def test_a_concept_in_any_form_of_its_words_is_flagged(matcher, concept):
    probes = MORPHOLOGY_PROBES[concept]
    assert len(probes["flag"]) >= 5 and len(probes["ok"]) >= 2
    flagged = [r.score >= matcher.line for r in matcher.match_many(probes["flag"] + probes["ok"])]
    assert flagged == [True] * len(probes["flag"]) + [False] * len(probes["ok"]), list(zip(probes["flag"] + probes["ok"], flagged))


@pytest.mark.xfail(strict=True, reason="gaps of the rule packs and suppressors, not of morphology")
def test_known_gaps_of_the_packs(matcher):
    flagged = [r.score >= matcher.line for r in matcher.match_many(MORPHOLOGY_GAPS["flag"] + MORPHOLOGY_GAPS["ok"])]
    assert flagged == [True] * len(MORPHOLOGY_GAPS["flag"]) + [False] * len(MORPHOLOGY_GAPS["ok"])
