"""Round 23 of issue 15, part X: recruitment deception, sexual exploitation, minors, control and threats.

Mechanisms kept through the validation gate by their breadth on the training sets (the block "round 23,
part X" of ``rules/shared.lexicon.yaml``, ``*_r23X``): the pretext taken, whatever was told, near the
finding or the place she is now kept (``dr.told_found_wide``); the images named once and then sent as
"it" or "them" to a relative on a threat's cue, and the reader's kin to be told what she does there
(``thr.images_to_kin``). Each is written in the three scripts with innocent near-misses. None of these
phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE PRETEXT TAKEN, AND THE TRUTH FOUND (dr.told_found_wide, round 23 branch)

PRETEXT = {
    "en": ["they took her saying a modelling contract in Dubai, later we learned she is kept in a flat in Deira",
           "he brought us promising a farm visa for Portugal, when we landed it was a tent near the border"],
    "bn": ["সেলাই শিখাইবো, এই কথা বইলা খুলনা থেকে আনছিল, আসার পর থেকে মাঠে কাম করায়",
           "নার্সিং পড়াইবো কইয়া কলকাতা নিয়া গেলো, এখন শুনি একটা হোটেলে রাখছে"],
    "bn-Latn": ["'hotel receptionist' bole Kuala Lumpur niye gese, ekhon shunlam ekta godown e rakhse",
                "cricket academy bole Lahore niye gelo, pore jani ekta factory te kaj koray"],
}
PRETEXT_OK = [
    "ammu doctor dekhabe bole niye gelo, kal abar jete hobe",
    "আম্মা ডাক্তার দেখাইবো বইলা নিয়া গেলো, কাল আবার যাইতে হবে",
    "they took her saying the clinic opens at nine, and it did, she is home now alhamdulillah",
]


def test_pretext_taken_grid(matcher):
    check_rule_grid(matcher, flat(PRETEXT), PRETEXT_OK, "dr.told_found_wide")


def test_pretext_one_slot_alone(matcher):
    # the finding with no pretext taken, and the pretext with no finding
    assert_not_fired(matcher, ["pore jani bristi hobe, chata niye ber hoio", "cricket academy bole Lahore niye gelo, match ache"],
                     "dr.told_found_wide")


# --- 2. THE IMAGES SENT AS "IT" TO THE KIN, AND THE KIN TOLD WHAT SHE DOES (thr.images_to_kin, round 23 branches)

EXPOSURE = {
    "en": ["she says he kept a clip of her, and if she stops he will send it to her husband",
           "he has a video of the call. if I block him he says he will send the screenshots from that night to my father"],
    "bn": ["তোমার আব্বারে ফোন দিয়া কমু তুই রাইতে কি করস", "তোর মায়েরে গিয়া কমু তুই এইখানে কি করস, ছবি সহ"],
    "bn-Latn": ["tomar ma ke phone kore bolbo tumi raat e ki kaj koros",
                "tor abba ke janabo tui ekhane ki koros, chobi gula o dibo"],
}
EXPOSURE_OK = [
    "if you get time send them to your mother, the wedding pics look great",
    "tor ma ke bolbo tui sara din ki koros, porashona nai",
    "তোর মায়েরে কমু তুই পরীক্ষায় কত পাইছস",
    "I'll tell your mom what you did to my phone lol",
]


def test_exposure_to_kin_grid(matcher):
    check_rule_grid(matcher, flat(EXPOSURE), EXPOSURE_OK, "thr.images_to_kin")


def test_exposure_one_slot_alone(matcher):
    # the sending with no images named, and the kin told with nothing of what she does
    assert_not_fired(matcher, ["if he is late send it to my father, the bill is in the drawer",
                               "tor ma ke bolbo kal bazar korte"], "thr.images_to_kin")


# --- 3. THE FAMILY OR THE RECRUIT KEPT UNAWARE (iso.hidden_from_family, round 23 branch)

UNAWARE = {
    "en": ["the girl is 15, her parents think it's a hotel training, the agency sends her to clients at night",
           "he knows only he is going for a driving job, the operation is fixed for monday"],
    "bn": ["মাইয়াটারে ঢাকার এজেন্সিতে দিছি, বাড়ির কেউ জানে না ওরে দিয়া কী করায়"],
    "bn-Latn": ["3 ta meye recruit korsi, oder abba jane na, bhabe garments e kaj"],
}
UNAWARE_OK = [
    "she thinks it's a surprise party, the customers of the shop are invited too",
    "মা জানে না আমি চাকরির ইন্টারভিউ দিছি, সারপ্রাইজ দিমু",
    "ammu jane na ami tuition e jai nai, cricket khelte gesi",
    "her family thinks she is studying, she got a job at a bank and wants to tell them herself",
]


def test_kept_unaware_grid(matcher):
    check_rule_grid(matcher, flat(UNAWARE), UNAWARE_OK, "iso.hidden_from_family")
