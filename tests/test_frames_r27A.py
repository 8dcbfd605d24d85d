"""Round 27 of issue 15, part A: recall where new writers lose most (threats and coercion, minors).

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: a crime laid on the worker before the police, on a condition (thr.police_deport);
a relative dealt with if a case is filed or kept (thr.kin_taken);
a child's age beside the toil put on the child (mn.minor_age_stated's work slot); the child named, then
"were" or a hedged age, in one sentence (mn.minor_age_stated's person_is).
None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A CRIME LAID ON THE WORKER BEFORE THE POLICE, ON A CONDITION (thr.police_deport)

CRIME_LAID = [
    "if you leave the site, we tell the port police you were driving the van",
    "if she quits, I tell them she stole from the shop",
    "one more complaint and we hand your papers to the police and say you are a thief",
    "কাজ ছাড়লে মালিক পুলিশরে কমু তুই চোর",
    "jodi palas, sardar police e bolbe tui churi korsos",
    "ar ekbar palaile police ke bolbo tui chor",
]

OWN_LOSS = [
    "if it is not found I will tell the police my bag was taken",
    "the police say the thief stole two phones",
    "police bollo chor ta dhora porse",
    "যদি না পাই তাইলে থানায় জিডি করমু, মোবাইল হারাইছে",
    "we told the police about the thief who came to the shop last night",
]


def test_crime_laid_before_police(matcher):
    check_rule_grid(matcher, CRIME_LAID, OWN_LOSS, "thr.police_deport")


def test_crime_laid_needs_a_condition(matcher):
    # the telling and the crime without any condition in the message: a report, not a threat
    assert_not_fired(matcher, ["he went to the police and said the guard is a thief"], "thr.police_deport")


# --- 2. A CHILD'S AGE BESIDE THE TOIL PUT ON THE CHILD (mn.minor_age_stated, work slot)

AGE_AND_TOIL = [
    "the depot boys are 12 and 13, the foreman made them carry cement sacks till dark",
    "ঘাটে ১২-১৩ বছরের চারটা পোলা, সর্দার ওদের দিয়া সারাদিন বোঝা টানায়",
    "meye duitar boyos mone hoy 14-15, oder ke KTV te rakhse",
    "bhagne ta 13 bochor, malik oke raat din khatay",
    "নাতিটার বয়স ১৩, ওরে দিয়া সারাদিন খাটায়",
]

AGE_NO_TOIL = [
    "my son is 13, the coach made them carry the goalposts after practice at school",
    "meyer boyos 14, aj class e pani tanay nai, pipe nosto",
    "ছেলের বয়স ১২, স্কুলে পড়ে, বিকালে খেলতে যায়",
]


def test_child_age_beside_toil(matcher):
    check_rule_grid(matcher, AGE_AND_TOIL, AGE_NO_TOIL, "mn.minor_age_stated")


# --- 3. A RELATIVE DEALT WITH IF A CASE IS FILED OR KEPT (thr.kin_taken)

KIN_ON_COMPLAINT = [
    "মামলা করলে তোমার ভাইরে দেইখা লমু",
    "thanay gele tomar pola re dekhe nibo, mone rakhis",
    "case tule na nile tomar meye ar deshe firbe na",
    "if you complain to the embassy, your daughter is in our hands",
    "মামলা না উঠাইলে তোমার ছোট ফুয়ারে দেখি নিমু",
]

KIN_CARED_FOR = [
    "tomar pola re ami dekhe rakhbo, chinta koro na",
    "মামলা করলে উকিল লাগবে, তোমার ভাইরে নিয়া আইসো",
    "if you go to the embassy, take your daughter's birth certificate too",
    "the case is in our hands now, your son's lawyer will call",
]


def test_kin_dealt_with_on_complaint(matcher):
    check_rule_grid(matcher, KIN_ON_COMPLAINT, KIN_CARED_FOR, "thr.kin_taken")


# --- 4. THE CHILD NAMED, THEN "WERE" OR A HEDGED AGE, IN ONE SENTENCE (mn.minor_age_stated, person_is)

AGE_HEDGED = [
    "the boy they sent to the garage was maybe 13, the agent took his papers",
    "the kids on that truck were about 12, the broker took them to the brick field to work",
    "the girl for the Riyadh house is 13 but looks older, the agent will do her passport",
]

AGE_NOT_A_CHILD = [
    "my daughter's flight to the Gulf job fair is 14 march, the agent sent the visa",
    "the girls in my class are about 14 and the teacher gives too much homework",
    "the boy said the bus fare is 15 taka, the agent's office is near the station",
]


def test_child_named_then_hedged_age(matcher):
    check_rule_grid(matcher, AGE_HEDGED, AGE_NOT_A_CHILD, "mn.minor_age_stated")
