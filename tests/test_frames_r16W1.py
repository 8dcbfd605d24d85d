"""Round 16 of issue 15, part W1: wide frames of control and threats, tested as grids.

Each frame is an indicator's definition (ILO 2012, UNODC) as two or three broad slots standing near
each other (the concepts of the block "round 16, part W1" of ``rules/shared.lexicon.yaml``): a document,
SIM or card near one who keeps it other than its owner; a bar near contact or going out; "if anyone
asks" near what to say; a threat's "if" or "or" near a harm; the speaker who knows the house or the kin.
Each is written in the three scripts and their registers (dialects, Banglish spellings, text-speak, Gulf
workers' English, a caseworker's paraphrase), with innocent near-misses. None of these phrasings is a
dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()



# --- 1. A DOCUMENT, A SIM OR A CARD KEPT BY SOMEONE OTHER THAN ITS OWNER (doc.kept_by_other_wide)

KEPT = {
    "en": ["hand me ur sim card, i will keep it till u finish",
           "all the papers stay in my office safe, you get them when you go",
           "my iqama with him since 2 years, he not give",
           "client reports her ATM card is with the manager",
           "pls help sir my residence card with the company, they not return"],
    "bn": ["সিম কার্ড মালিকের কাছে, বাড়িত ফোন দিতে পারি না",
           "পাসপোর্ট আর আইডি কার্ড ম্যাডামের কাছে, চাইলে দেয় না",
           "সবার পাসপোর্ট লকারে থাকবে, কাজ শেষ হইলে পাবি"],
    "bn-Latn": ["amar passport ta kofil er kache, ferot chaile rag kore",
                "iqama boss er kase, bahire gele police dhore",
                "sim card o malik er kache, bari te kotha hoy na"],
}
KEPT_OK = [
    "bring your passport and 2 photos to the VFS appointment",
    "passport er photocopy ta office e jama diben",
    "পাসপোর্টের ফটোকপি অফিসে জমা দিতে হবে",
    "my mom keeps my passport with her, she is scared i lose it",
    "passport ready, collect it from the passport office with the delivery slip",
    "পাসপোর্ট হারিয়ে গেছে, থানায় জিডি করছি",
    "i renewed my passport myself at the passport office",
]


def test_kept_grid(matcher):
    check_rule_grid(matcher, flat(KEPT), KEPT_OK, "doc.kept_by_other_wide")


def test_kept_one_slot_alone(matcher):
    assert_not_fired(matcher, ["my passport is ready", "he keeps the shop open late", "sim card kinsi notun"],
                     "doc.kept_by_other_wide")


# --- 2. CONTACT, CALLS OR GOING OUT FORBIDDEN (iso.contact_barred_wide)

BARRED = {
    "en": ["she is not allowed to call her family, madam says later",
           "we r not allowed to talk to the nepali guys",
           "boss wont let us go to the market even on friday",
           "no going to the town, no talking to anyone outside"],
    "bn": ["মালিক দোকানে যাইতে দেয় না, সারাদিন ঘরে",
           "বাড়িত ফোনও ন দেয়, কথা কইতে দেয় না",
           "শুধু আমার সাথে কথা বলবা, আর কারো সাথে না"],
    "bn-Latn": ["madam bahire jaite dey na, dorja tala",
                "sardar family te phone korte dey na",
                "malik bazar e jaite dey na, 6 mash hoye gelo"],
}
BARRED_OK = [
    "no talking during the exam, phones off",
    "visitors not allowed in the ICU after 8pm",
    "পরীক্ষার হলে কথা বলা নিষেধ",
    "exam hall e kotha bola nished",
    "brishti te ammu bahire jaite dey na",
]


def test_barred_grid(matcher):
    check_rule_grid(matcher, flat(BARRED), BARRED_OK, "iso.contact_barred_wide")


def test_barred_one_slot_alone(matcher):
    assert_not_fired(matcher, ["call me when you reach", "not allowed to park here", "dokane jabo ekhon"],
                     "iso.contact_barred_wide")


# --- 3. A COVER STORY ORDERED FOR WHOEVER ASKS (iso.cover_story_wide)

COVER = {
    "en": ["if the police ask, tell them she is your niece",
           "if anyone asks u say ur 19 ok",
           "if the inspector asks, you are 18 and you work for your uncle"],
    "bn": ["কেউ জিগাইলে কইবি আমি তোর মামা",
           "পুলিশ জিজ্ঞেস করলে বলবা বেড়াতে আসছি"],
    "bn-Latn": ["keu jigaile bolbi amar bhagni",
                "embassy theke keu jigaile bolba sob thik ase",
                "police jiggesh korle bolbi 18 bochor"],
}
COVER_OK = [
    "if anyone asks about the surprise party say nothing",
    "birthday surprise, keu jigaile kichu bolbi na",
    "জন্মদিনের সারপ্রাইজ, কেউ জিগাইলে কিছু বলবি না",
    "if you have any questions, ask me",
    "kono proshno thakle amake jiggesh koro",
]


def test_cover_grid(matcher):
    check_rule_grid(matcher, flat(COVER), COVER_OK, "iso.cover_story_wide")


def test_cover_one_slot_alone(matcher):
    assert_not_fired(matcher, ["if anyone asks for the key, its under the mat", "bolbi je ami ashchi"],
                     "iso.cover_story_wide")


# --- 4. A HARM PROMISED ON A CONDITION (thr.conditional_harm_wide)

HARM = {
    "en": ["if u go to the embassy i cancel ur visa same day",
           "try to leave and we sell your visa to another company",
           "pay by friday otherwise we send him back to the jungle",
           "if you dont come tonight the videos goes to everyone on your list"],
    "bn": ["পালাইলে তোর পাসপোর্ট পুড়িয়ে দিব",
           "বেশি কথা কইলে লাইন কাইটা দিমু",
           "টাকা না দিলে বাড়িতে লোক পাঠামু"],
    "bn-Latn": ["jodi police e jas tor passport puraia dibo",
                "kotha na shunle tor visa cancel kore dibo",
                "naile tor barite lok pathabo"],
}
HARM_OK = [
    "if you want, we sell the old car to him",
    "tumi chaile amra asbo na",
    "পরীক্ষায় ফেল করলে আর কোনোদিন খেলা নাই",
    "if you lose the game we never see the cup again lol",
]


def test_harm_grid(matcher):
    check_rule_grid(matcher, flat(HARM), HARM_OK, "thr.conditional_harm_wide")


def test_harm_one_slot_alone(matcher):
    assert_not_fired(matcher, ["they will cancel your visa appointment if the slot is full, ask VFS",
                               "if you come early we can eat together"],
                     "thr.conditional_harm_wide")


# --- 5. THE ONE WHO THREATENS KNOWS THE HOUSE, THE SCHOOL OR THE KIN (thr.knows_where_wide)

KNOWS = {
    "en": ["I know where your family lives in Sylhet",
           "we know your house, think before you talk"],
    "bn": ["তোর ভাইরে আমি চিনি, কোথায় থাকে সব জানি",
           "আপনার বাড়ি আমি চিনি, পোলারে সাবধানে রাইখেন"],
    "bn-Latn": ["tor bhai ke ami chini, Moulvibazar e thake",
                "tor school, bari sob jani, beshi bolis na"],
}
KNOWS_OK = [
    "I know your house, I will come for the dawat",
    "ami tomar bari chini, dawat e ashbo",
    "বাসার লোকেশন পাঠাও, ডেলিভারি দিবে",
]


def test_knows_grid(matcher):
    check_rule_grid(matcher, flat(KNOWS), KNOWS_OK, "thr.knows_where_wide")
