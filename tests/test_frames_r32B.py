"""Round 32 of issue 15, part B: recall in fees and debt, payments and proceeds.

Classes read from the training misses (dev166 to dev169 first), each spanning several writers, written as
mechanisms rather than any text's words:

1. The rest of a fee or a debt worked off at the destination ("kaj kore kete nibe", "কাম কইরা কাটাইব",
   "work it off at the farm"), or cut from the card or the month's income; the sum kept in the worker's name
   in the holder's book or said due to the agent ("পাওনা"); the cost said covered for the worker; and the exit
   visa or the paper held "as long as it is not repaid" ("যতদিন শোধ না হয়", "joto din shodh na hoy")
   (``fd.fee_from_wages_wide``, ``fd.debt_bondage_wide``: lexicons ``by_wages_r17a``, ``debt_r21g``,
   ``held_r22M`` widened, the ``untilpay`` regex; a gym's "work it off" guarded).
2. The one held moved on to the next house, the next leg or the next "game" once paid, or left waiting if not
   (``pay.ransom_release``'s ``moved32``; a player cleared for a match and a house move guarded).

Each in the three scripts where it exists, with innocent near-misses. None of these phrasings is a
training or validation set's sentence.
"""

import pytest

from packs import check_grid, check_rule_grid, flat, builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE REST WORKED OFF OR CUT AT THE DESTINATION, THE EXIT OR PAPER HELD TILL REPAID

WORKED_OFF = {
    "en": ["the rest, 3 lakh, you work it off in his bakery in Milan, one euro an hour",
           "the supervisor says he covered it for you, so you work it off on the night shift"],
    "bn": ["বাকি চার লাখ পোলা লন্ডন গিয়া মামার হোটেলে কাম কইরা কাটাইবো",
           "ভিসার খরচ তোমার নামে খাতায় থাকবো, প্রতি মাসের ইনকাম থেকে কাটা হইব"],
    "bn-Latn": ["baki 5 lakh Portugal giye oder farm e kaj kore kete nibe",
                "ticket er taka tomar name e khatay thakbe, protimash income theke kata hobe"],
}
WORKED_OFF_OK = [
    "had half the pizza, I will work it off at the gym tonight",
    "baki taka kal dibo, salary pailei",
    "the rest of the bill I will pay when I get my card back",
    "ভাই তোমার পাওনা ৫ হাজার কাল বিকাশে দিমু",
]


def test_worked_off_grid(matcher):
    check_grid(matcher, flat(WORKED_OFF), WORKED_OFF_OK)


HELD_TILL_REPAID = {
    "en": [],
    "bn": ["অফিসের পাওনা শোধ না হওয়া পর্যন্ত কারো এক্সিট ভিসা হবে না"],
    "bn-Latn": ["joto din loan shodh na hoy, passport ar paper malik er kache thakbe"],
}
HELD_OK = [
    "joto din shodh na hoy, ami kisti diye jabo, bank theke loan",
    "exit the app before you pay, the bill is due until Friday",
]


def test_held_till_repaid_grid(matcher):
    check_rule_grid(matcher, flat(HELD_TILL_REPAID), HELD_OK, "fd.debt_bondage_wide")


# --- 2. THE ONE HELD MOVED ON ONCE PAID, OR LEFT WAITING (pay.ransom_release)

MOVED = {
    "en": ["send the last 2000 USDT, once it confirms we take him to the next safe house",
           "80,000 by bKash before Sunday, otherwise your brother waits at the river camp"],
    "bn": ["বিকাশে ৮০ হাজার আইলে ওরে পরের ক্যাম্পে পাঠামু",
           "নগদে বাকি ৫০ হাজার দেন, তারপর ভাইরে পরের ঘরে নিমু"],
    "bn-Latn": ["USDT ta confirm hoilei ore porer ghore nimu",
                "baki 60 hajar bKash e aj rat er moddhe, na hole tomar chele er nam next boat er list e thakbe na"],
}
MOVED_OK = [
    "paid the 2000 taka registration, the coach will clear him for the saturday game",
    "the movers took 8000 taka, we move to the next house on Friday",
    "club er fee 500 taka dile oke porer match e nibo",
    "বাসা ভাড়া ১২ হাজার দিলাম, সামনের মাসে পরের বাসায় উঠব",
]


def test_moved_on_once_paid_grid(matcher):
    check_rule_grid(matcher, flat(MOVED), MOVED_OK, "pay.ransom_release")
