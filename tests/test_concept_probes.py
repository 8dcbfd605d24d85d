"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
from pathlib import Path

import pytest

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def test_the_probe_file_holds_both_kinds():
    assert len(PROBES["flag"]) >= 100 and len(PROBES["ok"]) >= 60
    assert not set(PROBES["flag"]) & set(PROBES["ok"])


def test_every_phrasing_of_a_concept_is_flagged(matcher):
    results = matcher.match_many(PROBES["flag"])
    missed = [(t, r.explanation) for t, r in zip(PROBES["flag"], results) if r.score < matcher.line]
    assert not missed, missed


def test_everyday_messages_with_the_same_words_stay_below_the_line(matcher):
    results = matcher.match_many(PROBES["ok"])
    flagged = [(t, r.explanation) for t, r in zip(PROBES["ok"], results) if r.score >= matcher.line]
    assert not flagged, flagged


# ---------------------------------------------------------------- precision by mechanism (round 4, part V:
# subject, voice, negation)
#
# Each concept is written as five or more phrasings in English, romanised Bengali (spellings varied) and
# Bengali that an innocent writer uses (below the line), and the controller's near-miss lines that
# must stay flagged: who holds the passport (the owner, as a present state), a family refusing for its
# own child, a worker's own choice or agreed term, and a stay abroad counted in years (not an age).

V_OWN_PAPERS_OK = [
    # en
    "My passport is with me, the company never asked for it",
    "I keep my passport in my own locker, salary came on time",
    "Don't worry mum, my passport is still with me and the job is fine",
    "the boss gave me my passport back after the visa stamping",
    "I have my passport and my iqama with me, all good here",
    # bn-Latn
    "passport amar kache, beton 1800 riyal, kono extra nai",
    "amar passport amar kachei ase, kofil valo manush",
    "pasport ta amar kase e thake, company kokhono ney nai",
    "ammu chinta koro na, passport amar kache ache, beton time moto pai",
    "No agent took my passport, ami nijer kache rakhi",
    # bn
    "পাসপোর্ট আমার কাছেই আছে, বেতন সময়মতো পাই",
    "আমার পাসপোর্ট আমার কাছে, কোম্পানি কখনো নেয়নি",
    "আম্মু চিন্তা কইরো না, পাসপোর্ট আমার কাছেই থাকে",
    "পাসপোর্টটা আমার কাছে আছে, ইকামাও নতুন হইছে",
    "ভাই, আমার পাসপোর্ট আমার হাতেই আছে, সব ঠিক আছে",
]
V_OWN_PAPERS_FLAG = [
    "passport amar kache thakbe jotodin kaj korbi, palanor chinta korbi na",
    "Your passport stays with me until you pay the rest",
    "পাসপোর্ট আমার কাছে জমা থাকবে, বাকি টাকা দিলে ফেরত দিব",
]
V_FAMILY_REFUSAL_OK = [
    "My daughter is only 14, she will finish school first, no marriage talk now",
    "my sister is 15, I won't send her to Dubai for any job, she stays in school",
    "We will not send our daughter abroad, she is 16 and in class ten",
    "meyer boyos 15, ekhon biye dibo na, age school shesh koruk",
    "choto bon ke ar raat e bahire jaite dibo na, abba bolse",
    "amar bhatiji 16, biyer kotha ekhon koio na, or SSC samne",
    "abba bolse raat e bahire jaite dibe na bon ke, exam ache",
    "meye ke bidesh e kaj e pathabo na, boyos matro 15",
    "আমার মেয়ের বয়স ১৫, এখন বিয়ে দিব না, আগে এসএসসি দিক",
    "আপা, তানিয়ার বয়স তো মাত্র ১৫, এখনই বিয়ার কথা কইও না",
    "ছোট বোনকে আর রাতে বাইরে যেতে দিব না, আব্বা বলছে",
    "মেয়েকে বিদেশে কাজে পাঠাব না, বয়স মাত্র ১৬",
    "ভাতিজির বয়স ১৬, বিয়ের কথা এখন কইও না",
]
V_FAMILY_REFUSAL_FLAG = [
    "tor bon ke ar bahire jaite dibo na, taka pathao",
    "তোকে আর বাইরে যেতে দিব না, আগে টাকা শোধ কর",
    "meyer boyos 15, dubai te kaj e pathabo, agent bolse cholbe",
]
V_OWN_CHOICE_OK = [
    "I do overtime by choice, extra 300 riyal a month is good for my family",
    "the food money is cut from my pay, it was in the contract and I knew it",
    "nobody forces me, I take the extra shifts by choice",
    "amar beton theke khabar er taka kete ney, eta contract e lekha chilo, ami jani",
    "salary theke accommodation 200 riyal kate, contract e chilo, shob thik",
    "ami nijer icchay overtime kori, beshi taka pai",
    "বেতন থেকে খাবারের টাকা কেটে নেয়, এটা চুক্তিতে লেখা ছিল, সমস্যা নাই",
    "ওভারটাইম নিজের ইচ্ছায় করি, কেউ জোর করে না",
    "I work the Friday shift by choice, double pay",
    "they cut 200 riyal for the room every month, it was in my contract, fine by me",
    "ami nijer iccha te friday te kaj kori, double beton",
    "overtime e keu jor kore na, taka beshi tai kori",
    "রুমের ভাড়া ২০০ রিয়াল বেতন থেকে কাটে, এটা চুক্তিতে ছিল",
    "শুক্রবারে নিজের ইচ্ছায় কাজ করি, ডাবল বেতন",
    "আমি নিজের খুশিতে ওভারটাইম করি, কোনো জোর নাই",
]
V_OWN_CHOICE_FLAG = [
    "contract e chilo 1500 riyal, kintu beton theke 500 kete ney",
    "চুক্তিতে লেখা ছিল ড্রাইভার, এখানে এনে মরুভূমিতে উট চরাতে দিয়েছে।",
]
V_DURATION_OK = [
    "ami dubai te 6 bochor ase, company valo, chuti te bari ashbo eid e",
    "amar mama dubai te 10 bochor, beton valo, malik valo",
    "আমি সৌদিতে ৫ বছর, মালিক ভালো, বেতন সময়মতো পাই",
    "I have been in Qatar for 7 years, visa renewed, all fine",
    "kuwait e 12 bochor achi, ekhon family visa korbo",
    "saudi te 8 bochor hoye gelo, kofil valo manush",
    "oman e 9 bochor kaj korsi, ekhon deshe",
    "My uncle has been in Dubai for 10 years, good company",
    "I worked in Oman for 9 years, the boss was good",
    "been in Malaysia 6 years now, the factory is fine",
    "Saudi 12 years, same company, they renew my iqama every year",
    "কুয়েতে ১২ বছর আছি, এখন ফ্যামিলি ভিসা করব",
    "মামা দুবাইতে ১০ বছর, কোম্পানি ভালো",
    "ওমানে ৯ বছর কাজ করছি, মালিক ভালো",
    "সৌদিতে ৮ বছর হয়ে গেল, কফিল ভালো মানুষ",
]
V_DURATION_FLAG = [
    "amar meye 15 bochor, dubai te kaj korte parbe?",
    "14 bochorer meye, saudi te basar kaj, visa ready",
]


@pytest.mark.parametrize("text", V_OWN_PAPERS_OK + V_FAMILY_REFUSAL_OK + V_OWN_CHOICE_OK + V_DURATION_OK)
def test_v_an_innocent_writers_phrasing_stays_below_the_line(matcher, text):
    r = matcher.match(text)
    assert r.score < matcher.line, r.explanation


@pytest.mark.parametrize("text", V_OWN_PAPERS_FLAG + V_FAMILY_REFUSAL_FLAG + V_OWN_CHOICE_FLAG + V_DURATION_FLAG)
def test_v_the_controllers_near_miss_stays_flagged(matcher, text):
    r = matcher.match(text)
    assert r.score >= matcher.line, r.explanation


def test_v_each_concept_has_five_phrasings_in_all_three_scripts():
    for probes in (V_OWN_PAPERS_OK, V_FAMILY_REFUSAL_OK):
        assert len(probes) >= 13
        assert sum(1 for t in probes if any("\u0980" <= ch <= "\u09ff" for ch in t)) >= 4
