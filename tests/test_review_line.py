"""The review line: which artifacts are flagged for an officer, and which are weak mentions."""

from __future__ import annotations

import pytest

from evidtriage.indicators.matcher import Hit, Matcher
from evidtriage.indicators.rules import RuleLoadError, load_pack, load_packs
from evidtriage.indicators.scoring import DEFAULT_REVIEW_LINE, flagged, review_line, score
from evidtriage.resources import builtin_rules_dir

from packs import builtin_matcher


def hit(rule_id, weight, category="fees_and_debt"):
    return Hit(rule_id, "p", category, weight, 0, 1, "x")


def test_weak_signals_alone_stay_below_the_line():
    total, why = score([hit("pay.mfs_txn", 1, "payments_and_proceeds"), hit("mig.irregular_route", 2, "irregular_migration")], [])
    assert total < DEFAULT_REVIEW_LINE and not flagged(total)
    assert "weak signals only" in why


def test_weak_signals_add_to_a_real_hit():
    alone, _ = score([hit("doc.passport_retained", 5, "document_retention")], [])
    more, _ = score([hit("doc.passport_retained", 5, "document_retention"), hit("pay.hundi", 2, "payments_and_proceeds")], [])
    assert flagged(alone) and more > alone


def test_a_suppressing_voice_keeps_even_strong_words_below_the_line():
    total, why = score([hit("doc.passport_retained", 5, "document_retention"), hit("thr.sold", 5, "threats_and_coercion"),
                        hit("neg.awareness_news", -3, "suppressor")], [])
    assert 0 < total < DEFAULT_REVIEW_LINE
    assert "held below the review line" in why


def test_the_line_of_a_pack_set_is_the_highest_declared(tmp_path):
    packs = load_packs([str(builtin_rules_dir())])
    assert review_line(packs) == 3
    assert Matcher(packs).line == 3
    strict = tmp_path / "strict.yaml"
    strict.write_text("pack: {id: strict, review_line: 4.5}\nrules: []\n", encoding="utf-8")
    assert review_line([*packs, load_pack(strict)]) == 4.5
    none = tmp_path / "none.yaml"
    none.write_text("pack: {id: none}\nrules: []\n", encoding="utf-8")
    assert review_line([load_pack(none)]) == DEFAULT_REVIEW_LINE


@pytest.mark.parametrize("value", ["high", "0", "-1"])
def test_a_bad_review_line_is_refused_with_its_file(tmp_path, value):
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"pack: {{id: bad, review_line: {value}}}\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleLoadError, match="bad.yaml:.*review_line"):
        load_pack(bad)


def test_a_receipt_alone_is_a_weak_mention_and_a_recruiter_message_is_flagged():
    m = builtin_matcher()
    receipt = m.match("You have received Tk 7,500.00 from 01712345678. Fee Tk 0.00. Balance Tk 9,210.50. "
                      "TrxID 8AB3CD7EF1 at 18/05/2026 12:19")
    assert not flagged(receipt.score, m.line)
    held = m.match("the sponsor took my passport and will not give it back")
    assert flagged(held.score, m.line)


def test_three_distinct_weak_signals_together_reach_the_line():
    two, _ = score([hit("dr.salary_promise", 1, "deceptive_recruitment"), hit("dr.free_board_ticket", 1, "deceptive_recruitment")], [])
    three, _ = score([hit("dr.salary_promise", 1, "deceptive_recruitment"), hit("dr.free_board_ticket", 1, "deceptive_recruitment"),
                      hit("dr.high_pay_no_experience", 2, "deceptive_recruitment")], [])
    assert not flagged(two) and flagged(three)


def test_the_demo_minor_asking_whether_her_age_will_do_is_flagged():
    m = builtin_matcher()
    assert flagged(m.match("amar boyos 16, cholbe?").score, m.line)
    assert not m.match("amar boyos 25, cholbe?").hits
