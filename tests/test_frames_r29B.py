"""Round 29 of issue 15, part B: recall in payments and proceeds, fees and debt.

Classes read from the training misses (dev154 to dev157 first), each spanning two writers or more, written
as mechanisms rather than any text's words:

1. The family's money sent for one who is held, with the release asked after ("when will you let my brother
   go"), said not to have come ("still not let go"), kept till the payment's screenshot arrives, a call with the
   one held given or begged beside the payment, or a fee paid so a relative can leave the place he is kept
   (``pay.ransom_release``, slots ``held29``/``kin29``, ``until_paid_r12p`` and ``talk_paid_r15p`` widened; the
   mobile-money receipt's suppressor lifted by the same forms).
2. The government's fee named only as the smaller figure beside the sum the writer paid or the agent took:
   the overcharge told by the one who paid, not the official channel used (``neg.official_channel``,
   ``took_r29b``).

Each in the three scripts where it exists, with innocent near-misses. None of these phrasings is a
training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. MONEY SENT FOR ONE HELD, THE RELEASE OR A CALL ASKED OR WITHHELD (pay.ransom_release)

HELD = {
    "en": ["sent 70,000 on Nagad this morning and my husband is still not released",
           "they ask 1500 USDT more so my nephew can leave the warehouse",
           "paid 25k by bKash yesterday, please let him call his mother"],
    "bn": ["রকেটে ৪০ হাজার পাঠাইছি, কন আমার ভাইরে কবে ছাড়বেন",
           "নগদে ২৫ হাজার দিলাম, তাও পোলারে এখনো ছাড়ে নাই",
           "বিকাশে ১৫ হাজার দিছি, কইছে স্ক্রিনশট না পাইলে ছাড়বো না"],
    "bn-Latn": ["Rocket e 45 hajar dilam, TrxID ZX98CV76BN, ekhon bolen amar chele ke kobe chharben",
                "nagad e 50 hajar nilo, tao abba ke ekhono chhare nai",
                "bkash e 10 hajar pathaisi, ss dile bhai ke phone dite dibe bolse"],
}
HELD_OK = [
    "sent 20,000 for his ticket so my brother can leave the country after Eid",
    "my bonus has not been released yet, sent 3000 by bKash to mum anyway",
    "বিকাশে ২ হাজার পাঠাইলাম, ভাইয়ের চাকরি এখনো ছাড়ে নাই",
    "bkash e 3000 pathalam, hospital theke bhai ke ekhono chare nai, bill baki",
    "ammu ke 5000 pathaisi bkash e, tumi ektu ammu ke phone ta dao",
]


def test_held_release_grid(matcher):
    check_rule_grid(matcher, flat(HELD), HELD_OK, "pay.ransom_release")


# --- 2. THE GOVERNMENT'S FEE AS THE SMALLER FIGURE BESIDE WHAT WAS TAKEN (neg.official_channel)

OVERCHARGE = {
    "en": ["I paid 4.5 lakh to the agency but the govt fee for Malaysia is only 79k, now they ask 1500 ringgit more or no job"],
    "bn": ["দালাল সাড়ে ৪ লাখ নিছে, সরকারি ফি নাকি ৭৯ হাজার, এখন কয় আরো ৫০ হাজার না দিলে কাম থাকবো না"],
    "bn-Latn": ["dalal 5 lakh nise, sorkari fee naki 79 hajar, ekhon bole ar 60 hajar na dile kaj nai"],
}


def test_overcharge_not_official(matcher):
    # the suppressor stays off the one who paid telling the overcharge
    assert_not_fired(matcher, flat(OVERCHARGE), "neg.official_channel")


OFFICIAL = [
    "The government fee for Malaysia is only 79,000 taka. Pay at the bank and take a receipt from BMET.",
    "সরকার নির্ধারিত ফি ৭৯ হাজার টাকা, রসিদ নিন, দালালকে টাকা দিবেন না",
    "sorkari fee 79 hajar matro, BMET registration kore rosid nin",
]


def test_official_notice_still_quiet(matcher):
    check_grid(matcher, [], OFFICIAL)
