"""Round 30 of issue 15, part B: recall in payments and proceeds, recruitment deception, fees and debt.

Classes read from the training misses (dev158 to dev161 first), each spanning two writers or more, written
as mechanisms rather than any text's words:

1. Crypto asked for with the bank, the company's account or a name on the transfer avoided as the reason
   ("to avoid the bank's questions", "not to the company account", "bank transfer korben na, X er nam ashbe"),
   or the wallet's limit said to be too small for the rest (``pay.crypto_instead_of_bank``; lexicon
   ``formal_avoided_r30b``, ``limit_reached`` widened).
2. The purpose kept out of the reference or anything written with the payment ("don't write visa in the
   reference", "reference e X likhba na", "do not write the country anywhere"; not a PIN kept unwritten)
   (``pay.payment_hidden_wide``'s ``hide``; the mobile-money receipt's suppressor lifted by the same order).
3. The job or place told and another found, the finding said as a carrying: the recruit taken, put or left at
   another place or "this" one ("a van took him to a shed", "niye gelo arek company te", "নিয়া ট্রলারে তুলছে",
   "আনছে ... এই কারখানায়") (``dr.told_found_wide``'s ``carried30``; not the place told, not with the promise kept).
4. Leaving before the term priced: the contract left early, a backing out, a contract broken, beside a sum owed
   back said with "ferot" or the bond or the deposit forfeited (``fd.pay_to_leave``'s ``leave`` and ``payback``).

Each in the three scripts where it exists, with innocent near-misses. None of these phrasings is a
training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_grid, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. CRYPTO WITH THE BANK OR A NAME AVOIDED (pay.crypto_instead_of_bank)

COIN = {
    "en": ["pay the second part in USDT, to avoid the bank asking where it comes from",
           "send the bitcoin to this wallet, not to the company account, the manager will confirm",
           "he wants the balance in bitcoin now 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy, the bkash limit is too small"],
    "bn": ["বাকিটা ইউএসডিটি তে দিবেন, ব্যাংক ট্রান্সফার করবেন না, সাহেবের নাম আসবে",
           "ভিসার টাকা বিটকয়েনে পাঠান, কোম্পানির একাউন্টে না"],
    "bn-Latn": ["baki taka usdt te diba, bank transfer korben na, malik er nam ashbe",
                "ora baki ta bitcoin e chay 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, bkash er limit kom"],
}
COIN_OK = [
    "pay the fee by bank transfer, not in USDT, the company account is on the receipt",
    "my cousin wants to buy bitcoin but the bank limit is too small",
    "bkash er limit kom, tai bank e pathalam ammu ke",
    "বিকাশের লিমিট কম, তাই ব্যাংকে পাঠাইলাম আব্বাকে",
]


def test_coin_bank_avoided_grid(matcher):
    check_rule_grid(matcher, flat(COIN), COIN_OK, "pay.crypto_instead_of_bank")


# --- 2. THE PURPOSE KEPT OUT OF THE REFERENCE (pay.payment_hidden_wide)

REF = {
    "en": ["wire the rest to this account, and do not put the word agency in the reference",
           "send it by nagad to 01811223344, don't write passport anywhere"],
    "bn": ["বাকি টাকা ব্যাংকে দিবা, রেফারেন্সে ভিসা লিখবা না"],
    "bn-Latn": ["baki ta account e deposit koro, reference e 'kaj' likhba na"],
}
REF_OK = [
    "bkash will never ask your PIN, never write your PIN anywhere",
    "paid by nagad, write my name in the reference please",
    "send money by bkash to 01711000000 and write your invoice number in the reference",
]


def test_reference_purpose_hidden_grid(matcher):
    check_rule_grid(matcher, flat(REF), REF_OK, "pay.payment_hidden_wide")


RECEIPT_REF = [
    "You have sent Tk 12,000.00 to 01822334455. Fee Tk 0.00. TrxID QW12ER34TY. baki ta pore, don't write visa in the reference",
]
RECEIPT_OK = [
    "You have sent Tk 5,000.00 to 01711000000. Fee Tk 0.00. TrxID AB12CD34EF. ammu pathalam, eid er bazar koro",
]


def test_receipt_with_hidden_purpose_lifted(matcher):
    check_grid(matcher, RECEIPT_REF, RECEIPT_OK)


# --- 3. TOLD ONE JOB, CARRIED TO ANOTHER PLACE (dr.told_found_wide, carried30)

CARRIED = {
    "en": ["the recruiter told my cousin a packing job at a juice plant, a van took him to a farm shed in the hills",
           "they said we would work in a hotel kitchen in Muscat, at the airport a driver took us to another site in the desert"],
    "bn": ["দালাল কইছিলো শহরের হোটেলে রান্নার কাজ, নামার পর নিয়া ট্রলারে তুলছে",
           "ভাই বলছিলো বড় গার্মেন্টসে কাজ, আনছে এই ছোট কারখানায়, বেতনও কম"],
    "bn-Latn": ["agent bolsilo mall e security er kaj, niye gelo arek jaygay, ekta khamar e",
                "dalal koisilo factory te kaj, airport theke ane ekta basay rakhse"],
}
CARRIED_OK = [
    "they told us a cleaning job at the airport hotel, the shuttle took us to the hotel and we started on Monday",
    "ভাই কইছে কারখানায় কাজ, বাসে নিয়া গেল আরেক গেটে, একই কোম্পানি, সব ঠিক আছে",
    "dalal bolse hotel e kaj, airport theke niye gelo arek hotel e, same company, kono somossa nai",
    "ammu bolse bazar e jabo, abbu gari te niye gelo arek dokan e",
]


def test_told_then_carried_grid(matcher):
    check_rule_grid(matcher, flat(CARRIED), CARRIED_OK, "dr.told_found_wide")


# --- 4. LEAVING BEFORE THE TERM PRICED: A SUM OWED BACK OR THE BOND FORFEITED (fd.pay_to_leave)

EXIT = {
    "en": ["if you back out after the trial month you must pay back 40,000 for the training",
           "the paper says two years here; break the contract and you forfeit the 600 dollar bond"],
    "bn": ["তিন বছরের চুক্তি, আগে ছেড়ে দিলে ৩ লাখ ফেরত দিবা"],
    "bn-Latn": ["contract shesh na kore gele bond er 400 dollar ar 2 mash er beton jabe",
                "2 bochor er agreement, age chere dile 5 lakh ferot"],
}
EXIT_OK = [
    "if you leave before the contract ends, the company still pays your gratuity and the ticket",
    "job age chere dile o company last mash er beton dibe, tension nai",
    "ami chakri chere dile o bank er loan ami e shodh korbo",
]


def test_exit_priced_grid(matcher):
    check_rule_grid(matcher, flat(EXIT), EXIT_OK, "fd.pay_to_leave")
