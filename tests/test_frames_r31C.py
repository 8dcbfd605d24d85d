"""Round 31 of issue 15, part C: precision, innocent texts flagged.

iso.contact_watched read a hearing verb as listening-in when it was hearsay ("I heard you are well",
"having heard the news of the scam companies"), and a "check" said to the family ("look on your mobile
and check") as the one in control checking the phone. The hearing verb beside hearsay, and the reader
asked to check for themselves, are no longer a watcher; the boss who listens to every call, or checks
the worker's phone, still is.
None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


WATCHED = [
    "Madam reads all my messages and sits beside me when I call home",
    "মালিক আমার সব কল শোনে, বাড়িতে কথা বলতে ভয় লাগে",
    "ম্যাডাম পাশে বসে থাকে, বাসায় ফোন করলে সব শোনে",
    "supervisor amar phone check kore, barite kotha bolle pashe boshe shone",
    "malik amar sob call shune, desh e kotha bolte pari na",
]

HEARSAY_OR_OWN_CHECK = [
    "I heard your boss at the shop is kind, mum will video call you at home on Friday",
    "দোকানের মালিক ভালো শুনলাম, আম্মু রাতে বাসায় ভিডিও কল দিবে",
    "প্রতারণার খবর শুনে আব্বা চিন্তা করে, তাই বাড়িতে কোম্পানি থেকে প্রতিদিন ভিডিও কল দেই",
    "malik valo shunlam, ammu raate basay video call dibe",
    "Abbu, boss amar salary bank e dise, tumi mobile e check kore dekho",
    "আম্মা, মালিক বেতন পাঠাইছে, মোবাইলে চেক করে দেখো",
]


def test_contact_watched_not_hearsay_or_the_readers_own_check(matcher):
    check_rule_grid(matcher, WATCHED, HEARSAY_OR_OWN_CHECK, "iso.contact_watched")


# --- 2. A HYPOTHETICAL SOMEONE IS ADVICE, NOT A REPORT (dr.told_versus_found: anyone_if)

TOLD_AND_FOUND = [
    "they told us it was a sewing job in Dhaka, now she says there is no sewing at all",
    "ওরা কইছিল সাইটে রাজমিস্ত্রির কাম, এহন কয় শুটকির খলায় কাম করতে হইবো",
    "koisilo port e container loading er kaj, ekhane ene tule dilo trawler e, kagoj er sathe kichui mile na",
]

IF_ANYONE_OFFERS = [
    "If anyone says there is a sewing job in Dhaka for your daughter, take the address and the owner's number first",
    "ঢাকায় গার্মেন্টসের কাজের কথা বলে কেউ মেয়েকে নিতে চাইলে আগে ঠিকানা আর মালিকের নম্বর নিন",
    "Dhaka te garments er kaj er kotha bole keu bon ke nite chaile age thikana ar malik er number niben",
]


def test_told_versus_found_not_a_hypothetical_offer(matcher):
    check_rule_grid(matcher, TOLD_AND_FOUND, IF_ANYONE_OFFERS, "dr.told_versus_found")
