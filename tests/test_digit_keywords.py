"""A keyword made of digits (a helpline: 999, 1098, 16135) names that number, never one group of a phone
number written in groups: "+971 55 432 1098" is a number to call on WhatsApp, not the child helpline, and
a rule that reads the helpline as a warning's or an awareness notice's mark must not hold the message for it."""
from __future__ import annotations

import pytest

from evidtriage.indicators.matcher import Matcher
from packs import builtin_matcher, one_rule_pack


@pytest.fixture(scope="module")
def helpline(tmp_path_factory):
    return Matcher([one_rule_pack(tmp_path_factory.mktemp("pack"), "{h: {keywords: ['1098', '999', '১০৯৮']}}", "h")])


@pytest.mark.parametrize("text", [
    "Child helpline: 1098.", "call 999 or 1098 now", "হেল্পলাইন ১০৯৮ এ ফোন দিন", "999 1098 duita number e call korben",
    "call 999 2 times if nobody answers", "1098-e janan",
])
def test_a_helpline_said_alone_or_beside_another_is_the_helpline(helpline, text):
    assert helpline.match(text).hits, text


@pytest.mark.parametrize("text", [
    "whatsapp +971 55 432 1098 for pics", "number: 01711-999-123, call after 9", "call 0171 1 999 123",
    "+880 1712 ১০৯৮ ৪৪", "call +218 94 552 1098 tonight",
])
def test_a_group_of_a_phone_number_is_no_helpline(helpline, text):
    assert not helpline.match(text).hits, text


def test_a_phone_number_in_keycaps_ending_in_the_helplines_digits_does_not_hold_an_ad():
    # our own ad: a WhatsApp number written in keycap digits whose last group is 1098
    ad = ("new girls from BD arrived, fresh, rate 1500 dirham a night, hotel outcall only. "
          "pics on whatsapp +971 5️⃣5️⃣ 6️⃣2️⃣7️⃣ 1️⃣0️⃣9️⃣8️⃣")
    plain = ad.replace("5️⃣5️⃣ 6️⃣2️⃣7️⃣ 1️⃣0️⃣9️⃣8️⃣", "55 627 4412")
    m = builtin_matcher()
    assert m.match(ad).score == m.match(plain).score > 0
