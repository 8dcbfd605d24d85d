"""Round 32 of issue 15, part C: precision, innocent texts flagged.

Children in the institution's voice (mn.child_recruit, mn.minor_exploited): a raid, the police or a court
that has rescued children or handed them back to their families, and a training or workshop that teaches
adults to spot minors, are reports and sessions, not a child offered or put to work; a plea to rescue a
child still is a child put to work.
The family's own spending (fd.advance_fee): an advance or deposit for one's own hotel, room or tailor is
no recruitment fee. The worker's own boast that the going cost nothing (lab.wages_withheld): "I didn't
pay a single taka" is no wage withheld; the boss who gives not one taka still is.
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


CHILD_AT_WORK = [
    "she is 14 years old but the agency can send her to Saudi as a housemaid",
    "আমাদের ১৩ বছরের মেয়েটারে উদ্ধার করেন, ভাটায় কাজ করায়, পুলিশ কিছু করে না",
    "১৪ বছরের ছেলেটারে দুবাইয়ে উটের খামারে কাজে পাঠাবো",
    "amader choto meye ta 14 bochor, uddhar koren plz, dubai te basar kaj korte pathaise",
    "nabalok chele ke saudi te kaj e pathabo, police jante parbe na",
]

CHILDREN_RESCUED_OR_TAUGHT = [
    "Police raid at a brick kiln: 11 children were rescued and handed back to their families, the owner fined",
    "Training for guest house staff on spotting minors brought in by adult men, certificates for all",
    "পুলিশের অভিযানে জুতার কারখানা থেকে ১৪ শিশু শ্রমিক উদ্ধার, মালিককে জরিমানা",
    "ভ্রাম্যমাণ আদালতের অভিযান: গাড়ির গ্যারেজে কাজ করা ৬ শিশুকে অভিভাবকের কাছে হস্তান্তর",
    "ovijan e bhatay kaj kora 7 ta shishu uddhar hoise, malik atok",
    "Narayanganj e police ovijan, 5 kishori uddhar, dalal atok, factory te kaj dibe bole niye jeto",
]


def test_child_recruit_not_a_rescue_or_a_session(matcher):
    check_rule_grid(matcher, CHILD_AT_WORK[:1] + CHILD_AT_WORK[2:5], CHILDREN_RESCUED_OR_TAUGHT, "mn.child_recruit")


def test_minor_exploited_not_a_rescue(matcher):
    check_rule_grid(matcher, CHILD_AT_WORK[1:2] + CHILD_AT_WORK[3:4], CHILDREN_RESCUED_OR_TAUGHT, "mn.minor_exploited")


FEE_ASKED = [
    "send the advance of 60,000 taka by bKash today, then the visa",
    "ভিসার জন্য অগ্রিম ৫০ হাজার টাকা বিকাশে পাঠান",
    "advance 70000 taka bkash korben, tarpor visa hobe",
]

OWN_ROOM_OR_TAILOR = [
    "paid the room deposit of 40,000 to the landlord by bank, moving in on the 1st",
    "hotel advance 3500 taka bkash korlam, 2 ta room mamar biyer guest der jonno",
    "দর্জিকে পাঞ্জাবির অগ্রিম ১২০০ টাকা বিকাশ করলাম",
]


def test_advance_fee_not_own_room_or_tailor(matcher):
    check_rule_grid(matcher, FEE_ASKED, OWN_ROOM_OR_TAILOR, "fd.advance_fee")


WAGE_WITHHELD = [
    "the company has not paid a single riyal for 4 months, we have no food",
    "মালিক ৩ মাস ধরে এক টাকাও দেয় নাই, বেতন চাইলে মারে",
    "malik 3 mash dhore ek taka o dey nai, beton chaile gali dey",
]

NO_FEE_PAID = [
    "got the visa straight from the company, I didn't pay a single taka for it, two years here now",
    "ভিসা কোম্পানি দিছে, আমি এক টাকাও দেই নাই, ডিউটি শেষ রাত ৯টায়",
    "work permit er jonno ek taka o dei nai, interview online e hoise, ekhon 3 bochor",
]


def test_wages_withheld_not_the_workers_no_fee_boast(matcher):
    check_rule_grid(matcher, WAGE_WITHHELD, NO_FEE_PAID, "lab.wages_withheld")
