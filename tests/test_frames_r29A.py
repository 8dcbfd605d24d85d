"""Round 29 of issue 15, part A: recall in labour exploitation, sexual exploitation and minors.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the sick or hurt worker kept at work, the illness said as itself and the work
gone on anyway (lab.hurt_no_care_wide); the woman sent or called at night to the one in control's room,
office, flat or quarters, beside what he holds over her (sx.boss_at_night_wide); the children of a workplace
put out of sight of an audit, an inspection or the NGO's people (mn.minor_exploited).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE SICK WORKER KEPT AT WORK (lab.hurt_no_care_wide: sick_r29A, worked_on_r29A)

SICK_WORKED = [
    "Rina had a 103 fever and still had to stand at the press all shift",
    "the drill went through his hand, the site office gave painkiller only and sent him back up",
    "জ্বর আইলেও মালিক ডাক্তার দেখায় না, কয় শুইয়া থাকলে বেতন নাই",
    "এইখানে অসুস্থ হইলেও কামে বসতে হয়, কাল একজন মাথা ঘুইরা পড়ছিল",
    "amader keu oshustho hoileo kaj, shuye thakle khawa bondho",
    "jor ashle o malik doctor dekhay na, bole kaj kor",
]

SICK_OWN = [
    "fever since monday but i still have to submit the thesis draft",
    "the kid had 102 fever, we took him to hospital, doctor gave paracetamol only",
    "জ্বর নিয়া কোচিংয়ে গেছি, কাল ক্লাস টেস্ট",
    "oshustho thakle office e asben na, doctor dekhan",
]


def test_sick_worked_on(matcher):
    check_rule_grid(matcher, SICK_WORKED, SICK_OWN, "lab.hurt_no_care_wide")


# --- 2. SENT OR CALLED TO HIS ROOM AT NIGHT, BESIDE A LEVER (sx.boss_at_night_wide: boss_r29A, sent_in_r29A,
# night_r29A, lever_r29A; desk_r29A keeps the office's own errands quiet)

BOSS_NIGHT = [
    "when a girl misses target the team leader sends her to his room at night",
    "the supervisor calls her to his office at night, says if she doesn't come her contract renew is finished",
    "রাতের বেলা ইনচার্জ তার ফ্ল্যাটে যাইতে কয়, না গেলে কন্ট্রাক্ট রিনিউ হবে না",
    "যারা টার্গেট পারে না তাদের রাতে সর্দারের রুমে পাঠায়",
    "rater bela supervisor office e dake, na gele chakri rakhte parbi na bole",
    "target pare na je meye, team leader rat e tar room e pathabe",
]

BOSS_DESK = [
    "team leader rat e meeting room e dake, target pare na bole bokaboki kore",
    "boss rater bela office e dake, contract renew er file sign korte",
    "the manager called her to his office at night to discuss how to keep the job numbers up",
    "রাতের বেলা ম্যানেজার অফিসে ডাকে, কন্ট্রাক্ট রিনিউ এর কাগজ সই করতে",
    "supervisor raat e tar flat e party dise, amra shobai gelam",
]


def test_boss_night_room(matcher):
    check_rule_grid(matcher, BOSS_NIGHT, BOSS_DESK, "sx.boss_at_night_wide")


# --- 3. THE CHILDREN PUT OUT OF SIGHT OF A CHECK THAT COMES (mn.minor_exploited: kids_r29A, visit_r29A, hide_r29A;
# hide_ok_r29A keeps a gift, a drill or a cleaning quiet)

KIDS_HIDDEN = [
    "when the buyer audit comes the supervisor hides the small girls in the store room",
    "NGO team ashle bacchagula ke pichoner room e lukai rakhe malik",
    "ইন্সপেকশনের দিন ছোট পোলাপানগুলারে পিছনের ঘরে রাখে, অফিসার চলে না যাওয়া পর্যন্ত",
]

KIDS_INNOCENT = [
    "the school inspection is tomorrow, kids please clean the store room",
    "during the fire drill the children go to the back field until the inspectors leave",
    "we hid the kids' gifts in the store room before the NGO visit",
    "অডিটের আগে বাচ্চারা স্টোর রুম পরিষ্কার করছে, স্কুলের অনুষ্ঠান",
]


def test_kids_hidden_from_check(matcher):
    check_rule_grid(matcher, KIDS_HIDDEN, KIDS_INNOCENT, "mn.minor_exploited")
