"""Round 33 of issue 15, part E: recall in sexual exploitation.

A woman's body or company asked as the price of passage, papers, a job or a debt, written as a frame
with slots in sx.body_for_debt, in the three scripts: the road's cost or a debt paid "another way"
near the women or girls it is asked of; her staying, his office or room at night, a hotel "dinner",
a villa "party" or a weekend with him near what the one in control gives for it (the group's free
pass, the contract or iqama renewed, a new sponsor, the passport back), near the debt it clears, or,
said by the boss, near what she loses. The innocent lookalikes: one's own loan repaid another way,
an office's late shift or daytime renewal, a couple's weekend, a student's free pass, a family
party, a marriage's hope, a hotel's room rate.
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


ANOTHER_WAY = [
    "the smuggler told the girls the boat fare can be paid another way, one by one in his cabin",
    "the broker says the road money is owed, the women will pay in another way at the camp",
    "dalal bolse meye ta jodi onno bhabe shodh kore tahole rastar taka lagbe na",
    "guide bole meyeder rastar khoroch onno bhabe shodh korte hobe",
    "দালাল বলছে মেয়েদের রাস্তার খরচ অন্যভাবে শোধ করতে হবে",
    "গাইড কয় মাইয়ারা পথের টাকা 'অন্যভাবে' শোধ করবো",
]

ANOTHER_WAY_PLAIN = [
    "I will pay the loan another way, by bank transfer",
    "ami loan ta onno bhabe shodh korbo, kisti te",
    "লোনটা অন্যভাবে শোধ করব, কিস্তিতে",
    "we found another way to the station, the girls walked with us",
]


def test_the_cost_paid_another_way(matcher):
    check_rule_grid(matcher, ANOTHER_WAY, ANOTHER_WAY_PLAIN, "sx.body_for_debt")


STAY_FOR_GAIN = [
    "come to my office tonight and your contract is renewed, otherwise back home",
    "the supervisor said if she wants her iqama renewed she must spend the weekend with him",
    "the guide told the lady: if you stay with me, your group gets a free pass at the border",
    "guide bolse tumi thakle group ke free pass dibo",
    "manager bole raate or office e gele contract renew hobe, na gele desh e ferot",
    "ম্যানেজার বলছে রাতে তার অফিসে গেলে কন্ট্রাক্ট রিনিউ হবে",
    "দালাল কইছে তুমি থাকলে পুরা গ্রুপরে ফ্রি পাস দিমু",
    "এজেন্ট বলে তার বন্ধুর সাথে হোটেলে 'ডিনারে' গেলে নতুন স্পনসর দিবে",
]

STAY_PLAIN = [
    "come to the office tomorrow to sign the contract renewal",
    "রাতে অফিসে গেলে ওভারটাইম পাবি",
    "I spend the weekend with him, my husband, after I pay off the car loan",
    "the ticket counter gives a free pass to students",
    "tumi thakle amader kaj sohoj hobe",
    "tumi thakle party jombe",
    "বিয়ে করলে তুমি থাকলে আমাদের সংসার সুখের হবে",
    "my brother will take me to a party at his villa for eid",
    "if you stay the night at the hotel, the room rate is paid off with points",
]


def test_her_company_for_his_gain(matcher):
    check_rule_grid(matcher, STAY_FOR_GAIN, STAY_PLAIN, "sx.body_for_debt")
