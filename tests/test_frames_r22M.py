"""Round 22 of issue 15, part M: money (fees and debt, payments and proceeds), tested as grids.

Each change is a mechanism, not a writer's phrasing, and was kept on a validation gate (four writers'
sets nobody read): a debt's condition said in the grammar of "until" (Bengali "... না দেওয়া পর্যন্ত",
Banglish "... na kora porjonto", English "until your family pays") near what it holds
(``fd.debt_bondage_wide``); a payment channel, an account or a number avoided because it gets caught,
frozen or blocked, the verb in any tense (``pay.avoid_traceable_channel``, and crypto's
``pay.crypto_for_trade_wide``); a label to write in the payment's reference in quotes, or the name kept
off it (``pay.payment_hidden_wide``). The concepts are the block "round 22, part M" of
``rules/shared.lexicon.yaml``. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A DEBT'S HOLD "UNTIL IT IS PAID", SAID IN THE GRAMMAR OF "UNTIL" (fd.debt_bondage_wide)

UNTIL = {
    "en": ["until your father pays the rest", "till the family settles what they owe"],
    "bn-Latn": ["baki taka na dile porjonto", "dena shodh na kora porjonto", "loan ferot na dewa porjonto"],
    "bn": ["বাকি টাকা না দেওয়া পর্যন্ত", "দেনা শোধ না হওয়া পর্যন্ত", "ঋণের টাকা ফেরত না দেওয়া পর্যন্ত"],
}
HELD = {
    "en": ["his passport stays with us", "she cannot go home"],
    "bn-Latn": ["passport amar kache thakbe", "desh e jaite parbi na"],
    "bn": ["পাসপোর্ট আমার কাছে থাকবে", "মেয়ে দেশে যাইতে পারবো না"],
}
UNTIL_OK = [
    "the shop keeps the phone in repair until you pay the balance",
    "baki taka na dewa porjonto mal delivery hobe na",
    "বাকি টাকা না দেওয়া পর্যন্ত দোকান থেকে মাল পাবেন না",
    "i cannot send money home until they pay my salary",
    "beware: if a broker says your passport stays with him until you pay, call the helpline",
    "samity r kisti shodh na kora porjonto notun loan dibe na, bari te boshe achi",
]


def test_until_paid_grid(matcher):
    check_rule_grid(matcher, flat(grid(UNTIL, HELD, ", ")), UNTIL_OK, "fd.debt_bondage_wide")


def test_until_paid_one_slot_alone(matcher):
    assert_not_fired(matcher, ["dena shodh na kora porjonto ghum ashe na", "দেশে যাইতে পারবো না এবার ঈদে",
                               "until your father pays the rest, wait"], "fd.debt_bondage_wide")


# --- 2. THE CHANNEL AVOIDED BECAUSE IT GETS CAUGHT (pay.avoid_traceable_channel)

AVOID = {
    "en": ["pay cash, not the office account", "no bank transfer"],
    "bn-Latn": ["Rocket e diben na", "bkash e sob pathaio na"],
    "bn": ["ব্যাংকে পাঠাবেন না", "বিকাশে সব দিয়েন না"],
}
CAUGHT = {
    "en": ["those accounts get caught", "the bank gets flagged, send cash by my man"],
    "bn-Latn": ["oi account dhora khaise, cash e den", "bank e dile dhore felbe"],
    "bn": ["আগের একাউন্ট ধরা খাইছে, হাতে হাতে দেন", "একাউন্টে পাঠাইলে ধরা পড়ে"],
}
AVOID_OK = [
    "my bkash account got blocked after a wrong pin, send it to my brother's number",
    "amar bkash account block hoye gese pin bhul diye, bhaiyer number e pathao",
    "ব্যাংক শুক্রবার বন্ধ, শনিবার পাঠাও",
    "chor ta dhora khaise, police niye gese",
    "লাইসেন্স নাম্বার দিলে চেক কইরা নিবো",
]


def test_caught_channel_grid(matcher):
    check_rule_grid(matcher, flat(grid(AVOID, CAUGHT, ", ")), AVOID_OK, "pay.avoid_traceable_channel")


def test_crypto_bank_caught(matcher):
    check_rule_grid(matcher, ["send it as USDT, bank transfers get caught these days",
                              "USDT te pathan, bkash e dile account dhora khay",
                              "ইউএসডিটিতে দেন, ব্যাংকে দিলে ধরা পড়বেন"],
                    ["usdt er dam kome gese, bank e dile fee beshi", "I bought USDT, the bank was slow"],
                    "pay.crypto_for_trade_wide")


# --- 3. A LABEL FOR THE REFERENCE, OR THE NAME KEPT OFF THE PAYMENT (pay.payment_hidden_wide)

PAY = {
    "en": ["send 20k by nagad", "pay the rest by bkash"],
    "bn-Latn": ["bkash e 40k dao", "baki ta nagad e"],
    "bn": ["নগদে পাঠাও", "বিকাশে বাকিটা দেন"],
}
LABEL = {
    "en": ["and write 'shop goods' in the reference", "nothing should stay in your name"],
    "bn-Latn": ["reference e likhba 'dokaner mal'", "amar nam jeno na ashe kothao"],
    "bn": ["রেফারেন্সে লিখবা 'দোকানের মাল'", "দালালের নাম যেন না আসে"],
}
LABEL_OK = [
    "paid by nagad, write my name in the reference please",
    "নগদে টাকা পাঠাও, রেফারেন্সে নাম লিখো",
    "bkash e pathaisi, receipt rekhe dio",
]


def test_label_grid(matcher):
    check_rule_grid(matcher, flat(grid(PAY, LABEL, ", ")), LABEL_OK, "pay.payment_hidden_wide")
