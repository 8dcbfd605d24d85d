"""Round 28 of issue 15, part A: recall in threats and coercion and sexual exploitation.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the fate of one who fled, shown as a warning (thr.menace_by_example); a
relative's land, house, marriage or living made the price of quitting or speaking (thr.kin_taken);
the refusal of the clients said of "those who won't go", priced by the month's pay or a move to
another flat (sx.clients_refusal_punished).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE FATE OF ONE WHO FLED, SHOWN AS A WARNING (thr.menace_by_example)

FLED_FATE = [
    "anyone who runs from this site ends up like Karim, ask the others",
    "the boy who tried to run last week, you saw what state he is in? dont try it",
    "two men ran away in March, the foreman did it to a boy from Sylhet before, so think",
    "যে পালাবে তার এই দশা হবে, ওরে গাছের সাথে বাইন্ধা রাখছে দুই দিন",
    "তোর মতো যে পালাইতে চাইছিল, ওর অবস্থা দেখছস? পিঠে এখনো দাগ",
    "je palate chaibe tar o ei hal hobe, mone rakhis",
    "gotokal je chele ta palaite chaisilo or obostha dekhsis? haat bhanga",
]

FLED_WELL = [
    "He tried to run the marathon but ended up like me, limping home",
    "amar chachi palaite chaisilo na, tar obostha ekhon bhalo, hospital theke chuti dise",
    "কাল আমার বোন রাগ করে পালাইছে, এখন তার অবস্থা ভালো, বাড়ি ফিরছে",
    "the cat ran away last week and came back fine, she is safe at home",
]


def test_fled_fate_warning(matcher):
    check_rule_grid(matcher, FLED_FATE, FLED_WELL, "thr.menace_by_example")


# --- 2. A RELATIVE'S LAND, HOUSE, MARRIAGE OR LIVING MADE THE PRICE (thr.kin_taken)

KIN_PRICE = [
    "if you quit before the season ends, nobody in the village will marry your sister",
    "কাজ ছাড়বি? তর বাপের জমি কাইলই দখল নিমু",
    "কাজ ছাড়লে তোমার স্বামীরে আর নৌকায় নিমু না, দাদন ফেরত দিবা",
    "পালাইলে তোর বাপরে গ্রাম থেকে তুইলা আনমু",
    "ghat theke nambi to tor ma r ghor e agun lagbe, bujhli",
    "kaj charbi? tor baba r jomi dokhol nimu kal e",
]

KIN_NO_PRICE = [
    "if you want, take the land papers to your father tomorrow",
    "if you don't come, your sister's wedding will wait, ma says so",
    "তোর বাপের জমি দখল নিছে পাশের বাড়ির লোক, মামলা করলে ভালো হবে",
    "যদি তুমি না আসো, তোমার বোনের বিয়ে হবে না, সবাই অপেক্ষা করবে",
    "tui na ashle tor boner biye hobe na, sobai tor jonno wait korbe",
    "chakri charbi? tor baba khushi hobe na, bhebe dekh",
    "jodi rain hoy tor baba r ghor e agun lagbe na, chinta koris na",
]


def test_kin_price(matcher):
    check_rule_grid(matcher, KIN_PRICE, KIN_NO_PRICE, "thr.kin_taken")


# --- 3. THE REFUSAL OF THE CLIENTS, SAID OF THOSE WHO WON'T GO, AND ITS PRICE (sx.clients_refusal_punished)

REFUSAL_PRICED = [
    "if you don't go with the guest tonight, you are moved to the other flat",
    "রাতে পার্টি আছে, গেস্টের রুমে যারা যাবে না তাদের বেতন কাটা",
    "aj raate party, jara jabe na tader salary kata",
    "customer ja bole korte hobe, na korle jorimana 50 hajar",
]

REFUSAL_INNOCENT = [
    "if you don't go with the client to the site visit, your salary cut is on you",
    "office er party te jara jabe na tader attendance e absent dibe",
    "যারা পার্টিতে যাবে না তাদের জরিমানা ৫০০ টাকা, ক্লাবের নিয়ম",
    "customer er order ta na korle jorimana hobe, target ache",
    "jara jabe na tara amake bolo, bus e seat kom ache",
]


def test_refusal_priced(matcher):
    check_rule_grid(matcher, REFUSAL_PRICED, REFUSAL_INNOCENT, "sx.clients_refusal_punished")
