"""Round 32 of issue 15, part A: recall in threats and coercion.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the authority turned on the worker under a label (reported "as" a runaway or a
thief, "chor bole thanay dhoraiya dimu", a false theft case, the whole batch sent back, the names on a
blacklist) and "any worker who" as the condition; the kin never to be seen again or sent back in pieces
(thr.conditional_harm); "everyone" as the witnesses of a punishment, not the many a notice addresses
(neg.awareness_news).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flagged_texts


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE AUTHORITY TURNED ON THE WORKER UNDER A LABEL (thr.conditional_harm, harm slot)

LABELLED = [
    "any helper who walks out before Eid will be reported to the labour office as an absconder",
    "if he goes to the union I will lodge a complaint that he stole the tools",
    "talk to the inspector and I send the whole batch back home",
    "if any of you meets that lawyer again, I put all your names on the blacklist",
    "union er kase gele tore chor bole thanay dhoraiya dimu",
    "beshi kotha bolle tore illegal bole police e dhoraye dibo",
    "ইউনিয়নে গেলে তোরে চোর বলে পুলিশে ধরাইয়া দিমু",
    "যদি দূতাবাসে যাস তাহলে অবৈধ বলে পুলিশে ধরিয়ে দেব",
]

LABELLED_PLAIN = [
    "if the goods go missing again, the guard will report the thief to the police",
    "any student who wants the form, please come to the office early",
    "any of you who finishes early can go home",
    "if the flight is cancelled the airline will send the whole group back to the hotel",
    "if you see a stranger near the school, report him to the guard",
]


def test_authority_under_a_label(matcher):
    check_rule_grid(matcher, LABELLED, LABELLED_PLAIN, "thr.conditional_harm")


# --- 2. THE KIN NEVER SEEN AGAIN, RETURNED IN PIECES (thr.conditional_harm, never_see_r32)

NEVER_SEEN = [
    "if your sister talks to the shelter lady again, you will never hear from her again",
    "call the embassy and you get him back in pieces",
    "taka na pathaile apnar meye re ar kono din dekhben na",
    "police e gele ore ar dekhbi na, tukra tukra kore pathabo",
    "টাকা না পাঠাইলে ওরে আর কোনদিন দেখবেন না",
    "পুলিশে গেলে তোর ভাইরে আর দেখবি না",
]

NEVER_SEEN_PLAIN = [
    "if you don't come to the airport today you won't see her again before her flight",
    "jodi aj na ashish, ore ar dekhte parbi na, kal e flight",
    "he passed away last night, you will never see him again",
    "If it breaks, you get it back in pieces",
]


def test_kin_never_seen_again(matcher):
    check_rule_grid(matcher, NEVER_SEEN, NEVER_SEEN_PLAIN, "thr.conditional_harm")


# --- 3. "EVERYONE" AS THE WITNESSES OF A PUNISHMENT (neg.awareness_news's audience cue)

WITNESSED = [
    "the supervisor slapped the new boy in front of everyone for asking to call the embassy",
    "If you go to the ministry they will report you absconded, HR said it in front of everyone",
]

ADDRESSED = [
    "Please share with everyone: never give your passport to a broker, call the hotline 16135",
]


def test_witnesses_not_an_audience(matcher):
    assert_not_fired(matcher, WITNESSED, "neg.awareness_news")
    assert flagged_texts(matcher, WITNESSED) == WITNESSED
    hits = [r for r in matcher.match_many(ADDRESSED)]
    assert all(r.score < matcher.line for r in hits)
