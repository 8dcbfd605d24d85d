"""Round 33 of issue 15, part F: recall in isolation and control.

Each class is a mechanism, written in the three scripts where it exists, with the innocent lookalikes
that must stay quiet: the workers hidden, sent elsewhere or coached before a visit or an inspection (the
embassy, an inspector, an auditor or the ministry's officer said with its coming, near the answer to give
or the workers kept from its eyes or passed off as relatives or guests; not an audit prepared with cleaning, files and gear, nor a school's
inspection) (iso.cover_story_wide); the workers moved at night or to another dorm or site and not told the
address, nor for which company or on whose permit they now work (not a family's move, a trip or a school's
outing) (iso.moved_between_places).
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. HIDDEN OR COACHED BEFORE A VISIT (iso.cover_story_wide, the visitor's coming)

VISIT = [
    "when the labour inspector comes on monday keep the new boys out of sight in the back store",
    "the buyer's auditor is coming tomorrow, hide the under-age girls in the upstairs room",
    "auditor ashle bolba 8 ghonta duty, overtime er kotha bolba na",
    "inspector ashbe sokale, notun gula jeno samne na jay",
    "ইন্সপেক্টর আসলে নতুনরা যেন সামনে না যায়, ওদের ওই দিন অন্য সাইটে পাঠাইয়া দেন",
    "অডিটর আসলে বলবা ৮ ঘণ্টা ডিউটি, ওভারটাইমের কথা বলবা না",
    # the identity coached for them: relatives or guests visiting
    "when the ministry team comes the new boys are guests, nothing more",
    "labour officer ashle ora attiyo, beraite ashse",
    "শ্রম অফিস থেকে কেউ আসলে ওরা আত্মীয়, বেড়াতে আসছে",
]

VISIT_PLAIN = [
    "the auditor comes on monday, please clean the floor and keep the PPE ready",
    "the school inspector comes tomorrow, tell the students to wear the uniform",
    "my uncle is coming on friday, say hi to him",
    "auditor ashbe shombar, sobai helmet pore thakben, file gula ready rakhen",
    "embassy er officer ashbe, passport renew er jonno sobai line e thakben",
    "অডিটর আসবে সোমবার, সবাই হেলমেট পরে থাকবেন",
    "স্কুলে ইন্সপেক্টর আসলে ছাত্ররা ইউনিফর্ম পরে আসবে",
    "my cousins are coming on friday, they are relatives visiting from Sylhet",
    "the inspection team comes tomorrow, guests visiting the factory must sign the register",
]


def test_hidden_or_coached_before_a_visit(matcher):
    check_rule_grid(matcher, VISIT, VISIT_PLAIN, "iso.cover_story_wide")


# --- 2. MOVED UNSEEN, NOT TOLD WHERE OR FOR WHOM (iso.moved_between_places)

MOVED = [
    "they moved us to another dorm at night, the new address nobody knows",
    "rat e amader onno site e niye gese, kar permit e kaj kori jani na",
    "raite gari te tule arek site e niye gese, kon company te achi keu bole nai",
    "রাতে গাড়িতে তুলে আরেক সাইটে নিয়ে গেছে, কোন কোম্পানির পারমিটে আছি জানি না",
    "আমাদের আরেক বাসাত লইয়া যায় রাইতো, ঠিকানা কয় না",
]

MOVED_PLAIN = [
    "our family moved to another flat at night because of the heat, abba drove",
    "abba amader rat e notun basay niye gese, khub moja",
    "school er trip e rat e bus e kore arek site e niye gese",
    "kon company te apply korbo jani na, bhai suggest koro",
    "স্কুলের ট্যুরে রাতে বাসে করে আরেক সাইটে নিয়ে গেছে",
    "কোন কোম্পানিতে অ্যাপ্লাই করব জানি না, ভাই একটু বলো",
]


def test_moved_unseen_not_told(matcher):
    check_rule_grid(matcher, MOVED, MOVED_PLAIN, "iso.moved_between_places")
