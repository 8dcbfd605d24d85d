"""Round 31 of issue 15, part D: recall in recruitment deception, "told one thing, found another" as an open frame.

``dr.told_found_wide``'s slots widened without trades (lexicon ``told_r31D``, ``job_r31D``, ``found_r31D``,
``saynow_r31D``, ``sched_r31D``; branch ``saynow31``):

1. The telling in the passive ("কওয়া হইছিল", "bola hoisilo"), as the thing's talk told ("kaj er kotha koye anse"),
   or as written ("the letter said", "লেখা ছিল").
2. The post said without its trade: "would work in", "studying at", a placement, an internship, a position.
3. The finding as where he or she is now ("now he is on a"), on getting there ("when he got there"), the thing
   told that never was ("there was never any", "কোনোদিন ছিল না"), or what they say now ("ekhon koy ... trawler e",
   "এখন কয় ...") unless it is a start or a day put off.

Guards: the job found as told, a better one, a shop's hours, a start put off, the worker's own change of mind.
Each in the three scripts where it exists. None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


TOLD_FOUND = {
    "en": ["my cousin was told he would work in a print shop in Sharjah; when he got there it was a scrapyard",
           "the letter said a paid placement at a dental clinic, now she is on a vegetable farm in the hills",
           "they told my uncle he would be working at a car parts plant in Busan, now he is on a squid boat",
           "he was promised an internship at a travel firm; when we got there it was a laundry, there was never any firm"],
    "bn": ["আমাদের কওয়া হইছিল বেকারিতে কাজ, এখন কয় লবণের মাঠে কাম করবি",
           "ওরে বলা হইছিল দর্জির দোকানে কাজ, এখন কয় এমন দোকান কোনোদিন ছিল না",
           "ভাইরে বলা হয়েছিল রঙের কারখানায় কাজ, এখন বলে ইটের ভাটায় থাকবি"],
    "bn-Latn": ["bhai ke dye house er kaj er kotha koye anse, ekhon bole ita bhata te thakbi",
                "amar mama re kowa hoisilo hotel e kaj, ekhon koy boat e jal tanbi",
                "amader bola hoisilo pharmacy te kaj, ekhon koy pahare pathor bhangbi"],
}
TOLD_FOUND_OK = [
    "they told me i would work in the print shop and when i got there it was the print shop, alhamdulillah",
    "the school said the internship is paid, now he is on the internship and happy",
    "he said the shop opens at 9, when we got there it was closed",
    "teacher said the course starts monday, now she says tuesday",
    "they told me the post will be confirmed, here it is, the letter came",
    "amake kowa hoisilo dokan e kaj, ekhon koy kal theke shuru",
    "আমারে কওয়া হইছিল হোটেলে কাজ, এখন কয় কাল থেকে শুরু",
    "dalal bolsilo pharmacy te kaj, eshe dekhi pharmacy i, alhamdulillah",
    "ami nije i car wash chere restaurant e gelam, beshi beton",
    "আমি নিজেই চা বাগানের কাজ ছাইড়া দোকানে গেলাম, বেতন বেশি",
    "ammu bolse dokan e kaj ache, ekhon bole kal ashte",
    "বাবা তোর পাসপোর্টটা আলমারিতে রাখছি, ভিসা আসলে এজেন্সির অফিসে নিয়া যাবি",
]


def test_told_found_open_frame_grid(matcher):
    check_rule_grid(matcher, flat(TOLD_FOUND), TOLD_FOUND_OK, "dr.told_found_wide")
