"""Round 31 of issue 15, part A: recall in sexual exploitation.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the clients' euphemism set in quotes
where women are kept ("raate 'guest' ashe"), the women counted as "maiya", the refusal said with "mana"
and the speaker sold (sx.women_kept_for_clients, sx.men_rotated, against_will); a phone switched off is
not a phone collected for a class (neg.meeting_or_exam).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. CLIENTS IN QUOTES WHERE WOMEN ARE KEPT (sx.women_kept_for_clients: the quoted come regexes, "maiya")

QUOTED_GUESTS = [
    "they put her in a flat and 'friends' come every night",
    "ওরা আমাকে একটা ফ্ল্যাটে রাখছে, রাতে 'গেস্ট' আসে",
    "malik nijer flat e rakhse, raate 'guest' ashe",
    "4 ta maiya ek basay, rat hoile customer ashe",
]

QUOTED_PLAIN = [
    "my aunt's flat, 'guests' come for Eid, they keep me busy",
    "3 ta maiya ek basay thake, tuition er student ashe",
    "বাসায় ৩ জন মেয়ে থাকে, আত্মীয় আসে ঈদে",
]


def test_quoted_guests(matcher):
    check_rule_grid(matcher, QUOTED_GUESTS, QUOTED_PLAIN, "sx.women_kept_for_clients")


# --- 2. THE REFUSAL SAID WITH "MANA", THE SPEAKER SOLD (against_will, read by sx.men_rotated)

ROTATED_FORCED = [
    "hotel er room e rakhse, protidin alada alada manush ane, mana korle mare",
    "they sold me to this house, different men every night",
    "ওরা আমারে বেইচা দিছে, রোজ নতুন লোক আসে",
]

ROTATED_PLAIN = [
    "dokane alada alada manush ase, mana korle malik rag kore",
    "দোকানে আলাদা আলাদা লোক আসে, মানা করলে মালিক রাগ করে",
]


def test_rotated_forced(matcher):
    check_rule_grid(matcher, ROTATED_FORCED, ROTATED_PLAIN, "sx.men_rotated")


# --- 3. A PHONE SWITCHED OFF IS NOT A PHONE COLLECTED (neg.meeting_or_exam: control guard)

def test_phone_off_not_collected(matcher):
    assert_not_fired(matcher, ["se ar class e ashe na, phone o bondho, kake bolbo",
                               "she stopped coming to class, her phone is switched off",
                               "ও আর ক্লাসে আসে না, ফোন বন্ধ"], "neg.meeting_or_exam")
