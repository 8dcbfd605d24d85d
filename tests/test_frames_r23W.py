"""Round 23 of issue 15, part W: how hits add up to the review line, checked on writers nobody read.

What the scoring keeps, and what a user relies on: a mobile-money receipt's voice is the receipt's only, so a
strong rule whose words stand in another sentence (the writer's own note beside a pasted receipt: the rest of a
ransom, the women's earnings split over accounts) is scored as if no receipt were there; the receipt with a
family's note stays a weak mention, and a strong rule in the receipt's own sentence is still held. Weak signals
keep their rule: one alone, or two together, never reach the line, however they are spread. None of these
phrasings is a dev set's sentence.
"""

import pytest

from evidtriage.indicators.matcher import Hit
from evidtriage.indicators.scoring import DEFAULT_REVIEW_LINE, flagged, score

from packs import builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def hit(rule_id, weight, category, start, end):
    return Hit(rule_id, "p", category, weight, start, end, "x")


NOTE = "bkash e 25k pathaisi. TrxID AB12CD34EF. meyeder hishab alada rakhen"
#       the receipt cue: 8..30 (sentences 1 and 2); the note: 40..68 (sentence 3)


# --- 1. THE RECEIPT HOLDS ITS OWN SENTENCE ONLY (scoring.OWN_SENTENCE_VOICES)

def test_a_strong_rule_in_another_sentence_than_the_receipt_is_scored_as_usual():
    total, why = score([hit("neg.mfs_receipt", -1, "suppressor", 8, 30),
                        hit("pay.others_earnings_moved", 4, "payments_and_proceeds", 40, 68)], [],
                       DEFAULT_REVIEW_LINE, NOTE)
    assert flagged(total) and total == 4
    assert "holds its own sentence only: pay.others_earnings_moved" in why


def test_a_strong_rule_in_the_receipts_own_sentence_is_still_held():
    total, why = score([hit("neg.mfs_receipt", -1, "suppressor", 8, 30),
                        hit("pay.hidden_payment", 3, "payments_and_proceeds", 0, 20)], [],
                       DEFAULT_REVIEW_LINE, NOTE)
    assert not flagged(total) and "x0.3" in why


def test_without_the_text_a_receipt_holds_everything_as_before():
    total, _ = score([hit("neg.mfs_receipt", -1, "suppressor", 8, 30),
                      hit("pay.others_earnings_moved", 4, "payments_and_proceeds", 40, 68)], [])
    assert not flagged(total)


def test_a_weak_rule_in_the_note_does_not_lift_the_receipt():
    total, why = score([hit("neg.mfs_receipt", -1, "suppressor", 8, 30),
                        hit("fd.loan_to_migrate", 2, "fees_and_debt", 40, 68)], [], DEFAULT_REVIEW_LINE, NOTE)
    assert not flagged(total) and "x0.3" in why


@pytest.mark.parametrize("voice", ["neg.banter", "neg.awareness_news", "neg.legit_study_or_visit", "neg.official_channel"])
def test_other_voices_colour_the_whole_message(voice):
    total, _ = score([hit(voice, -1, "suppressor", 8, 30),
                      hit("pay.others_earnings_moved", 4, "payments_and_proceeds", 40, 68)], [], DEFAULT_REVIEW_LINE, NOTE)
    assert not flagged(total)


def test_a_receipt_beside_another_voice_still_holds():
    total, _ = score([hit("neg.mfs_receipt", -1, "suppressor", 8, 30), hit("neg.banter", -1, "suppressor", 60, 68),
                      hit("pay.others_earnings_moved", 4, "payments_and_proceeds", 40, 68)], [], DEFAULT_REVIEW_LINE, NOTE)
    assert not flagged(total)


def test_a_decimal_point_or_a_colon_ends_no_sentence():
    text = "You have received Tk 8,000.00 from 01712345678: TrxID 3LK9PQ2WZX tumi meyeder taka rakhba"
    total, _ = score([hit("neg.mfs_receipt", -1, "suppressor", 0, 17),
                      hit("pay.others_earnings_moved", 4, "payments_and_proceeds", 70, 89)], [], DEFAULT_REVIEW_LINE, text)
    assert not flagged(total)


NOTES_FLAGGED = [
    # (round 25: an order about the one held beside the payment, "ছেলের সাথে একবার কথা বলান", is
    # pay.captive_paid_for_wide's, which the receipt yields to; the note here only owes the rest)
    "নগদে ৩০ হাজার পাঠাইছি, TrxID 4HG8TR2WQP। মুক্তিপণের বাকি টাকা কাইল দিমু, আর কেউ যেন না জানে।",
    # (a ransom's "the rest once you let him go" is pay.rest_on_delivery_wide's, which the receipt yields to: the note
    # here owes the rest tomorrow, so that only the receipt's sentence can hold it)
    "bkash e 30 hajar pathaisi, TrxID 4HG8TR2WQP. tomar chele ke chharar baki 50 hajar kal dibo, video call e dekhao age.",
    "Nagad e 20 hajar pathaisi, TrxID 7QW2ER9TYU. meyeder haptar hishab excel e rakhen, ek account e rakhben na.",
]
NOTES_OK = [
    "নগদে ১২ হাজার পাঠাইলাম, TrxID 3KD8LQ2WPZ। আম্মার ওষুধ আর বাজারের টাকা।",
    "bkash e 20 hajar pathaisi, TrxID 7QW2ER9TYU. ammur oshudh ar bazar, baki ta eid er por.",
    "ammu bkash e 15 hajar pathalam, TrxID 6FJ2KL8QWE. abbar oshudh ar bazar er taka eita diye.",
    "You have received Tk 8,000.00 from 01712345678. Fee Tk 0.00. TrxID 3LK9PQ2WZX. salary for March, thanks bhai.",
    "You have sent Tk 20,000.00 to 01712345678. Fee Tk 0.00. TrxID 7QW2ER9TYU. For mum's medicine and the rent, the rest after Eid.",
]


@pytest.mark.parametrize("text", NOTES_FLAGGED)
def test_a_note_beside_a_receipt_is_flagged(matcher, text):
    r = matcher.match(text)
    assert flagged(r.score, matcher.line), r.explanation
    assert "holds its own sentence only" in r.explanation and any(h.rule_id == "neg.mfs_receipt" for h in r.hits)


@pytest.mark.parametrize("text", NOTES_OK)
def test_a_receipt_with_a_familys_note_stays_a_weak_mention(matcher, text):
    r = matcher.match(text)
    assert not flagged(r.score, matcher.line), r.explanation


# --- 2. WEAK SIGNALS KEEP THEIR RULE, HOWEVER THEY ARE SPREAD

def test_two_weak_rules_on_different_words_stay_below_the_line():
    text = "salary 1500 riyal. call +966 55 204 8173 on imo"
    total, why = score([hit("dr.salary_promise", 1, "deceptive_recruitment", 0, 17),
                        hit("fd.loan_to_migrate", 2, "fees_and_debt", 19, 40)], [], DEFAULT_REVIEW_LINE, text)
    assert not flagged(total) and "weak signals only" in why


WEAK_OK = [
    "bhai amar notun number +966 55 310 2277, imo te add koro. beton barse 1600 riyal alhamdulillah",
    "Riyadh e amar mama ache, number +966 53 118 2044, oi company te beton 1700 riyal, bhalo jayga",
    "ammu nagad e 10 hajar pathaisi, TrxID 5RT7YU3KLM. somitir kisti ta diye dio, dalal er taka shob shodh",
]


@pytest.mark.parametrize("text", WEAK_OK)
def test_weak_signals_of_a_relatives_chat_are_not_flagged(matcher, text):
    r = matcher.match(text)
    assert not flagged(r.score, matcher.line), r.explanation
