"""Round 25 of issue 15, part C: English misses of payments, labour, control and sexual exploitation grouped
into concept classes, as a victim, a relative, a courier or a caseworker tells them in plain English.

Mechanisms kept through the validation gate by their breadth on the training sets (the block "round 25,
part C" of ``rules/shared.lexicon.yaml``, ``*_r25C``, and the ``*25`` groups of the rules named). Each is
written in the scripts where the class exists, with innocent near-misses. None of these phrasings is a
training set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A SPREAD OVER COUNTED AGENTS, ACCOUNTS OR PARTS, WITH THE PURPOSE THAT HIDES THE SIZE
# (pay.structured_under_cap, round 25 branch)

SPREAD_HIDDEN = {
    "en": ["the 3 lakh went through five different Nagad agents so no one account shows the whole",
           "my father paid it in 3 parts from 3 agent shops, the dalal told him so it doesn't look big",
           "we deposited the money in 4 accounts under cousins' names so no single account crosses 2 lakh"],
    "bn": ["দুই লাখ টাকা ৩টা আলাদা এজেন্টে জমা দিছি, যাতে বেশি না দেখায়"],
    "bn-Latn": ["1 lakh taka 4 ta alada agent e jama disi jate beshi na dekhay"],
}
SPREAD_OK = [
    "I paid the tuition in 3 parts, the college allows instalments",
    "send it through 2 bkash numbers, the daily limit is 25000",
    "we split the pizza in four parts so it doesn't look big on the plate",
    "কেকটা ৪ টুকরা করো যাতে বড় না দেখায়",
    "cake ta 4 ta plate e dao jate boro na dekhay",
]


def test_spread_hidden_grid(matcher):
    check_rule_grid(matcher, flat(SPREAD_HIDDEN), SPREAD_OK, "pay.structured_under_cap")


def test_spread_hidden_one_slot_alone(matcher):
    assert_not_fired(matcher, ["collected 2 lakh through 5 bkash agents today",
                               "so it doesn't look big, wear the black dress"], "pay.structured_under_cap")


# --- 2. A HELD PERSON'S RELEASE TOLD IN ENGLISH, THE ONE HELD NAMED BY A NAME (pay.ransom_release, round 25 branch)

RELEASE_TOLD = {
    "en": ["sent 60,000 on Nagad again, this is the second part for Rubel release",
           "the men holding my husband took 2 lakh by bKash and now want one more",
           "pay the last 40 thousand taka and your boy gets the phone tonight",
           "the rest in taka to our man in Dhaka, then the sardar releases Monir",
           "they want 1 lakh by Rocket before the boy is let go from the farm"],
    # the class in Bengali and romanised Bengali is the rule's older wording (the held one as object, "chharbe")
    "bn": ["রকেটে আরো ৫০ হাজার দিলে আপনার পোলারে ছেড়ে দিব"],
    "bn-Latn": ["nagad e 2 lakh dile tomar bhai ke chere dibo"],
}
RELEASE_OK = [
    "paid 2000 taka for salary release at the office",
    "sent 5000 bkash for the hospital bill, he is let go tomorrow after discharge",
    "I was holding my son when I sent the 3000 taka",
    "the bank will release the money for your brother tomorrow",
    "paid 500 taka for the film release party tickets",
]


def test_release_told_grid(matcher):
    check_rule_grid(matcher, flat(RELEASE_TOLD), RELEASE_OK, "pay.ransom_release")


def test_release_told_one_slot_alone(matcher):
    assert_not_fired(matcher, ["then the sardar releases Monir from the night shift", "the guys holding my brother's shop"],
                     "pay.ransom_release")


# --- 3. THE WORKER'S ACT AND WHAT IT COSTS (lab.penalty_cut, widened): the act in the third person as a rule of the
# place or as what happened, the cut as a day's pay, a meal or its allowance, the earnings forfeited

PENALTY_TOLD = {
    "en": ["the manager's rule: anyone who sleeps on the night line loses that day's food allowance",
           "Jamal went out for a doctor and the foreman cut 2 days pay",
           "if anyone sleeps on duty the supervisor cuts 3 days salary",
           "two refusals in a week and your earnings are forfeited, the agency says"],
    "bn": ["ডিউটিতে ঘুমাইলে সুপারভাইজার ঐ দিনের বেতন কেটে নেয়"],
    "bn-Latn": ["duty te ghumale supervisor oi diner beton kete ney"],
}
PENALTY_OK = [
    "if anyone sleeps past 9 on Eid, no one will save them any sweets",
    "we went out for dinner after the shift, the boss paid",
    "if anyone complains and the employer cuts 2 days salary, call the helpline",
    "if we complain about the food the cook makes it better",
]


def test_penalty_told_grid(matcher):
    check_rule_grid(matcher, flat(PENALTY_TOLD), PENALTY_OK, "lab.penalty_cut")


def test_penalty_one_slot_alone(matcher):
    assert_not_fired(matcher, ["anyone who sleeps early gets up fresh", "my food allowance is 300 riyal a month"],
                     "lab.penalty_cut")


# --- 5. GOING OUT ONLY IN THE CONTROLLER'S COMPANY, TOLD AS A RULE OF THE PLACE (iso.not_let_out, widened)

OUT_ALONE = {
    "en": ["the ustad's word: nobody goes to the market alone, his driver takes us",
           "my cousin works at a dairy farm in Tripoli, the owner doesnt let him go to town",
           "new rule from today, no one goes to the shop alone, the guards bring what we need",
           "the watchman is told our maid does not step out without her madam"],
    "bn": ["উস্তাদ বলছে দোকানে কেউ একা যাবে না"],
    "bn-Latn": ["ustad bolse dokane keu ekla jabe na"],
}
OUT_ALONE_OK = [
    "nobody goes to the beach alone on the trip, stay with your group",
    "new rule from today: no one goes out without finishing homework",
    "my mom does not let me go out at night",
]


def test_out_alone_grid(matcher):
    check_rule_grid(matcher, flat(OUT_ALONE), OUT_ALONE_OK, "iso.not_let_out")


# --- 6. THE CLIENTS' MONEY TO THE ONE IN CONTROL, TOLD IN ENGLISH (pay.clients_pay_controller, round 25 branch):
# the clients pay him or the madam with the women given only their keep, the madam keeps all the money beside the
# trade's place, whatever she earns there is his

CLIENTS_TO_CTRL = {
    "en": ["at the karaoke the guests pay the madam, the girls get only food and a room",
           "she goes to the hotel on call and the aunty keeps all the money",
           "whatever she makes at the club is the boss's, he told her family"],
    # the class in Bengali and romanised Bengali is the rule's older wording ("sob taka didi ney")
    "bn": ["যত কাস্টমার আসে সব টাকা দিদি নেয়, একটা টাকাও ধরতে পারি না"],
    "bn-Latn": ["joto customer ashe sob taka didi ney, amra ekta taka o dhorte pari na"],
}
CLIENTS_TO_CTRL_OK = [
    "whatever you earn at the hotel is yours, my son, save it",
    "the hotel guests pay the manager at the desk and get the room key",
    "my boss keeps all the money in the shop's safe, the hotel pays our salary",
]


def test_clients_to_controller_grid(matcher):
    check_rule_grid(matcher, flat(CLIENTS_TO_CTRL), CLIENTS_TO_CTRL_OK, "pay.clients_pay_controller")


# --- 7. THE WHOLE PAY ONLY AT THE END, TOLD IN ENGLISH (lab.wages_kept_back, widened): the pay as a payment or
# earnings, the end as the leaving or the work "finished", the earnings said to be "kept"

PAY_AT_END = {
    "en": ["the farm owner says the salary comes when we leave for the city",
           "payment only at end of harvest season, and only if the sardar is happy",
           "her earnings are 'kept' by the aunty till she is finished"],
    "bn": ["মালিক বলে কাজ শেষ হলে দিবে বেতন, ৮ মাস হইলো"],
    "bn-Latn": ["malik bole beton kaj sesh hole dibe, 8 mash hoilo"],
}
PAY_AT_END_OK = [
    "the payment is at the end of the page, click confirm",
    "when we leave for the airport, call me",
    "salary is paid on the first of every month, bonus when I leave",
]


def test_pay_at_end_grid(matcher):
    check_rule_grid(matcher, flat(PAY_AT_END), PAY_AT_END_OK, "lab.wages_kept_back")
