"""Round 23 of issue 15, part P: money (fees and debt, payments and proceeds), tested as grids.

Each change is a mechanism, not a writer's phrasing, checked on a validation gate (four writers' sets
nobody read): a payment made now and the rest of it owed once a person arrives, crosses, lands or is let
go (``pay.rest_on_delivery_wide``, and the mobile-money receipt's guard ``neg.mfs_receipt``); a debt
whose end is said never to come, which grows or of which only the interest is paid, and the Bengali loan
word "লোন" (``fd.debt_bondage_wide``). The concepts are the block "round 23, part P" of
``rules/shared.lexicon.yaml``. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat, grid, flagged_texts


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE REST PAID ON A PERSON'S DELIVERY (pay.rest_on_delivery_wide)

PAID = {
    "en": ["sent 15k on bkash this morning", "paid 30,000 by nagad"],
    "bn-Latn": ["rocket e 20 hajar pathailam", "nagad e 12k dilam"],
    "bn": ["বিকাশে ২০ হাজার পাঠাইছি", "নগদে ১০ হাজার দিলাম"],
}
REST_MOVED = {
    "en": ["the rest when the girl lands in Muscat", "second instalment after she crosses the border"],
    "bn-Latn": ["baki ta meye ta ashle dibo", "baki 25 hajar 2 jon par korar por"],
    "bn": ["বাকিটা মেয়ে ওপারে পৌঁছাইলে দিমু", "বাকি টাকা ছেলে ফ্লাইটের পর পাবেন"],
}
REST_OK = [
    "sent 3k on bkash for the table, the rest when the furniture is delivered",
    "paid the electrician 800 by nagad, balance after he fixes the wiring",
    "nagad e 2000 dilam, baki ta parcel ashle dibo",
    "বিকাশে ৫০০ দিলাম, বাকিটা অর্ডার পৌঁছাইলে দিব",
    "rocket e 4000 pathailam ammu, baki ta abbu ashle dibe",
    "beware: a broker who asks half now and the rest after the girl crosses is a trafficker, call 999",
]


def test_rest_on_delivery_grid(matcher):
    check_rule_grid(matcher, flat(grid(PAID, REST_MOVED, ", ")), REST_OK, "pay.rest_on_delivery_wide")


def test_rest_on_delivery_one_slot_alone(matcher):
    assert_not_fired(matcher, ["bkash e 20 hajar pathailam, baki ta kalke dibo", "meye ta ashle janaio",
                               "the girl lands in Muscat tomorrow"], "pay.rest_on_delivery_wide")


def test_receipt_with_rest_on_delivery_is_flagged(matcher):
    # the service's receipt alone is a receipt's voice; with the rest owed on a person's arrival it is a staged payment
    receipt = "You have sent Tk 20,000.00 to 01712345678. Fee Tk 0.00. Balance Tk 1,200.50. TrxID 8BC3DE4FG5."
    assert flagged_texts(matcher, [receipt + " baki ta meye ta ashle dibo"]) == [receipt + " baki ta meye ta ashle dibo"]
    assert flagged_texts(matcher, [receipt + " ammu, oshudh kine nio"]) == []


# --- 2. A DEBT THAT NEVER ENDS, AND THE BENGALI LOAN WORD (fd.debt_bondage_wide)

DEBT = {
    "en": ["the agent's loan is on my name", "they say I owe them for the ticket"],
    "bn-Latn": ["dalal er dena 2 lakh", "sardar er dadon 40 hajar"],
    "bn": ["এজেন্টের লোন দেড় লাখ", "মালিকের কাছে দেনা ৮০ হাজার"],
}
ENDLESS = {
    "en": ["I work every day and it never ends", "it will never end, he says"],
    "bn-Latn": ["kaj kori tobu kono din shesh hobe na", "shodh hobe na kono din"],
    "bn": ["কাজ কইরা যাই, কোনোদিন শেষ হবে না", "শুধু সুদ দিয়া যাই, আসল কমে না"],
}
ENDLESS_OK = [
    "ngo theke loan nisi, kisti dite dite shesh hoy na",
    "এনজিওর কিস্তি শেষ হয় না, তাও চালায় যাইতেছি",
    "loan shodh korsi alhamdulillah, ekhon ar kono dena nai",
    "beware: if a broker says the debt never ends, call the helpline",
]


def test_endless_debt_grid(matcher):
    check_rule_grid(matcher, flat(grid(DEBT, ENDLESS, ", ")), ENDLESS_OK, "fd.debt_bondage_wide")


def test_endless_one_slot_alone(matcher):
    assert_not_fired(matcher, ["this serial never ends lol", "কোনোদিন শেষ হবে না এই জ্যাম",
                               "এজেন্টের লোন দেড় লাখ"], "fd.debt_bondage_wide")
