"""Round 31 of issue 15, part B: recall in payments and proceeds, fees and debt.

Classes read from the training misses (dev162 to dev165 first), each spanning two writers or more, written
as mechanisms rather than any text's words:

1. The costs of the worker's coming and keep (the fare, the flight, the hostel, the transport, "your coming")
   laid behind the worker or on the account kept by the holder ("tomar pisone X baki", "on your account with
   us", the newcomers' "hutang"), and the going held till the reckoning ("er age kothao jaiba na", the papers
   withheld till it ends, the going home talked of only after) (``fd.living_costs_owed``; lexicons
   ``living_cost_r13``, ``charged_to_r13``, ``repay_leave_r13`` widened; guard ``settled``).
2. Crypto asked for with the money-transfer counter refused as the bank is ("no western union"), the bank's
   trouble said as a condition ("ব্যাংকে দিলে ঝামেলা") with the paying reported as asked ("দিয়া দিতে কয়"),
   and the study or pilgrimage voice lifted when its fee or balance is asked in a coin with the bank or the
   institution's account refused (``pay.crypto_instead_of_bank``; ``neg.legit_study_or_visit``'s ``work``).

Each in the three scripts where it exists, with innocent near-misses. None of these phrasings is a
training or validation set's sentence.
"""

import pytest

from packs import check_grid, check_rule_grid, flat, builtin_matcher


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE COMING'S COSTS ON THE WORKER, THE GOING HELD (fd.living_costs_owed)

COMING = {
    "en": ["the flight and the hostel for the first month are on your account with us, until it's paid you stay on this farm",
           "bus fare, ticket and the transport from the port, 1200 euro on your account, no leaving until it's cleared"],
    "bn": ["তোমার পিছনে দেড় লাখ বাকি, টিকিট আর হোস্টেল মিলায়া, সিজন শেষে হিসাব, এর আগে কোথাও যাবা না",
           "তোর পিছনে সত্তর হাজার, আসার খরচ আর যাতায়াত সব, শোধ না হইলে পাসপোর্ট পাবি না"],
    "bn-Latn": ["tor pisone 70 hajar baki, plane er ticket ar mess er khawa sob, kaj shesh na hole kothao jabi na",
                "notun der hutang 3000 ringgit, flight ar hostel, shesh na hoile passport dibo na"],
}
COMING_OK = [
    "the flight ticket on your account was refunded, until it's paid back to your card just wait",
    "I paid the flight ticket with my own card, it's on your account statement, you can go home whenever",
    "তোমার আসার খরচ আমি দিছি, চিন্তা কইরো না, ছুটিতে কোথাও যাবা না?",
    "hostel er bill tomar khatay lekha, ami shodh kore dibo, tumi porikkhar age kothao jaba na",
    "Rent and gas bill for March is due, pay to the landlord's account; my son is going home next week",
]


def test_coming_costs_held_grid(matcher):
    check_rule_grid(matcher, flat(COMING), COMING_OK, "fd.living_costs_owed")


# --- 2. CRYPTO WITH THE COUNTER OR THE BANK REFUSED, THE STUDY VOICE LIFTED (pay.crypto_instead_of_bank)

COIN = {
    "en": ["pay the man in Tripoli with USDT only, no western union this time",
           "send the semester fee in USDT to this wallet, not to the university account, it is being checked"],
    "bn": ["লোকটা কয় বাকিটা বিটকয়েনে দিয়া দিতে, ব্যাংকে দিলে ঝামেলা",
           "বাকি টাকা ইউএসডিটি তে পাঠান, ওয়েস্টার্ন ইউনিয়নে না"],
    "bn-Latn": ["baki ta usdt te diye dite bolse, western union e na",
                "umrah group er baki ta btc te pathan, not to the company account"],
}
COIN_OK = [
    "abba ke taka western union e pathailam, usdt te na, beshi safe",
    "university tuition paid by bank transfer, not in USDT, receipt attached",
    "I sent the umrah balance through western union, no bitcoin please, the agency gave a receipt",
    "আম্মা বলছে বিকাশে দিয়ে দিতে, ব্যাংকে দিলে ঝামেলা, লাইন লম্বা",
]


def test_coin_counter_refused_grid(matcher):
    check_rule_grid(matcher, flat(COIN), COIN_OK, "pay.crypto_instead_of_bank")


STUDY_OK = [
    "university admission open, student visa for Malaysia, pay the fee by bank to the university account",
    "umrah package with visa and ticket, pay at the office",
]


def test_study_voice_kept_for_ordinary_study(matcher):
    check_grid(matcher, [], STUDY_OK)


# --- 3. THE PHONES GATHERED FROM A GROUP, OR TAKEN BACK AFTER A CALL'S MINUTES (doc.phone_confiscated)
# English only: the Bengali "ফোন রাইখা দিছে" / "phone rekhe dise" is as often "(s)he hung up", and was left out.

PHONES = [
    "no phones here, the guards collected them in a box every evening",
    "on the farm all our phones were collected the first night, three weeks now",
    "the man who keeps them takes the phone back after one minute",
]
PHONES_OK = [
    "phones are collected at the exam hall door and given back after",
    "my mother takes the phone after ten minutes of games",
    "I took a photo with my phone after two minutes of waiting",
]


def test_phones_gathered_grid(matcher):
    check_rule_grid(matcher, PHONES, PHONES_OK, "doc.phone_confiscated")
