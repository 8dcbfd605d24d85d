"""Round 14 of issue 15, part F: precision. Innocent scenes read from the false alarms of eval/dev
(dev72 to dev79 first, then the rest of eval/dev), and those named at the end of round 13, tested
as grids: each scene's family of innocent phrasings in three scripts must not fire the rule it used
to fire (or must stay below the review line), and the indicator the rule exists for, said beside the
same words, must still fire. None of these sentences is a set's.

1. A MAN'S YEARS ABROAD ARE NO CHILD'S AGE (mn.child_recruit, mn.minor_age_stated): "the groom
   lives in Riyadh 8 years", "ওমানে ৮ বছর", "kaj kore 6 bochor".
2. A RESIDENCE PERMIT HAD (doc.passport_retained): "ইকামা আছে", "has a valid iqama".
3. A HELP DESK'S "IF THIS HAPPENS TO YOU, CONTACT US" (neg.awareness_news): the harm as a condition,
   then a place to turn to, told to the reader; a threat's "if you go to the embassy I will tell
   police" stays a threat.
4. AN EMBASSY'S WING NAMED FIRST, A PROTEST REPORTED (neg.awareness_news): "Embassy of Bangladesh,
   Riyadh - Labour Wing.", "মানববন্ধন করেছেন".
5. A SPENDING SPREE OR A GAME AS THE CAPTOR (neg.banter): "pay my ransom from this debt 😭".
6. "POLA" (A BOY) IS NO ESCAPE (thr.menace_on_escape, through the romanised forms of "palay").
7. A COW OR A BOAT TIED TO A POST (thr.violence).
8. A CHILD'S CLOTHES BY SIZE, A COACHING BATCH (mn.minor_age_stated, mn.child_recruit).
"""

import pytest

from packs import assert_not_fired, builtin_matcher, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def flagged(matcher, texts):
    return [t for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


# --- 1. A MAN'S YEARS ABROAD ARE NO CHILD'S AGE -------------------------------------------------

YEARS_ABROAD = [
    # bn
    "ভাইয়ের শালা দুবাইতে ৯ বছর, নিজের গাড়ি চালায়, ঈদে দেশে আইবো",
    "পাত্র সৌদি থাকে ৭ বছর, ভালো কোম্পানিতে কাজ, ছুটিতে আসবে মার্চে",
    "ছেলে মালয়েশিয়ায় কাজ করে ৫ বছর, ফ্যাক্টরিতে সুপারভাইজার",
    "মামা কাতারে থাকেন ১২ বছর, এবার বাড়ি করতেছে",
    # bn-Latn
    "patro Oman thake 9 bochor, nijer dokan, chuti te ashbe",
    "amar chachato bhai Dubai te 7 bochor, company te driver",
    "chele Malaysia kaj kore 5 bochor, bhalo beton, family valo",
    "pattro Riyadh thake, bhalo company te electrician, 8 bochor. tomra dekho",
    # en
    "the groom lives in Qatar 6 years, good company, coming on leave in June",
    "my cousin has been working in Dubai 9 years, he drives for a hotel",
]
CHILD_AGE = [
    "মেয়েটার বয়স ১৪ বছর, সৌদিতে গৃহকর্মী হিসেবে পাঠাবো",
    "chele Dubai thake 8 bochor, meyer boyos 14, biye dibo",
    "choto meye ase 13 bochor, ghorer kaj riyadh e, 50 hajar advance dimu",
    "আমার ভাগনি আছে ১১ বছরের, ঢাকায় কোন বাসায় কাম দিলে ভালো হয়",
    "my niece is 14, the agent says he will send her to Jordan as a housemaid",
]


def test_years_abroad_are_no_child_age(matcher):
    assert_not_fired(matcher, YEARS_ABROAD, "mn.child_recruit")
    assert_not_fired(matcher, YEARS_ABROAD, "mn.minor_age_stated")


def test_child_age_still_reads(matcher):
    assert flagged(matcher, CHILD_AGE) == CHILD_AGE


# --- 2. A RESIDENCE PERMIT HAD -------------------------------------------------------------------

PERMIT_HAD = [
    "ছেলে রিয়াদে থাকে, ইকামা আছে, নিজের দোকান দিছে",
    "জামাই জেদ্দায় থাকে, আকামা আছে, কাগজ সব ঠিক",
    "patro Dammam thake, iqama ase, kaj valo",
    "tar bhai Riyadh e thake 10 bochor, iqama ache, business kore",
    "he lives in Jeddah, has a valid iqama and his own shop",
]
PASSPORT_KEPT = [
    "মালিক পাসপোর্ট আর ইকামা রেখে দিছে, দেয় না",
    "kofil iqama rekhe dise, chaile dey na",
    "the sponsor took my passport and iqama",
]


def test_permit_had_is_no_passport_held(matcher):
    assert_not_fired(matcher, PERMIT_HAD, "doc.passport_retained")


def test_passport_kept_still_reads(matcher):
    assert fired_by(matcher, PASSPORT_KEPT, "doc.passport_retained") == PASSPORT_KEPT


# --- 3. A HELP DESK'S "IF THIS HAPPENS TO YOU, CONTACT US" ----------------------------------------

IF_HELP = [
    # bn
    "যদি মালিক পাসপোর্ট আটকে রাখে বা বেতন না দেয়, তাহলে দূতাবাসের লেবার উইংয়ে যোগাযোগ করুন",
    "বোনেরা, যদি কোনো ম্যাডাম ঘরে তালা দিয়া রাখে, আমাদের হেল্প ডেস্কে আসেন",
    # bn-Latn
    "jodi malik passport atke rakhe ba beton na dey, tahole embassy er labour wing e jogajog korun",
    "apu, jodi madam basay tala diye rakhe, mobile rakhte na dey, amader help desk e ashen",
    "jodi kofil passport rekhe dey ba mar dhor kore, tahole thanay janan ba hotline e call den",
    # en
    "If your employer keeps your passport or does not pay you, contact the Labour Wing at the embassy",
    "If your madam locks you in or takes your phone, call our help desk",
    "If the agent keeps your passport, then please report it to the welfare desk",
]
THREAT_IF = [
    "If you go to the embassy I will tell police you stole and you will rot in jail",
    "If you run, I call the police and say you stole",
    "jodi palas, police ke bole jail e dhukabo",
]


def test_help_desk_conditional_is_awareness(matcher):
    assert not flagged(matcher, IF_HELP)
    assert fired_by(matcher, IF_HELP, "neg.awareness_news") == IF_HELP


def test_threats_with_if_stay(matcher):
    assert_not_fired(matcher, THREAT_IF, "neg.awareness_news")
    assert flagged(matcher, THREAT_IF) == THREAT_IF


# --- 4. AN EMBASSY'S WING NAMED FIRST, A PROTEST REPORTED ------------------------------------------

NOTICE = [
    "Embassy of Bangladesh, Riyadh - Labour Wing. Workers whose sponsor filed huroob may come with iqama copy for legal help.",
    "Bangladesh Embassy, Kuwait - Welfare Wing. Workers reported as huroob can get legal assistance here.",
    "বাংলাদেশ দূতাবাস, রিয়াদ - শ্রম কল্যাণ উইং। হুরুব মামলায় পড়া কর্মীরা আইনি সহায়তার জন্য আসতে পারেন।",
    "হুরুব মামলায় হয়রানি বন্ধের দাবিতে মানববন্ধন করেছেন প্রবাসী কর্মীরা",
    "huroob hoyrani bondho korar dabite press club er samne manobbondhon korlen ferot asha sromikra",
    "Returnees formed a human chain in Dhaka demanding an end to huroob cases",
]
HUROOB = [
    "kofil amar name huroob dise, ekhon police dhorbe",
    "মালিক হুরুব দিছে, এখন বাইর হইতে পারি না",
    "my sponsor filed huroob on me, now police will catch me",
]


def test_wing_notice_and_protest_are_news(matcher):
    assert not flagged(matcher, NOTICE)


def test_huroob_still_reads(matcher):
    assert fired_by(matcher, HUROOB, "thr.huroob") == HUROOB


# --- 5. A SPENDING SPREE OR A GAME AS THE CAPTOR ----------------------------------------------------

SPREE = [
    "Foodpanda order x10 this week 😭 someone pay my ransom from this debt",
    "amar choto bhai game khelar jonno puro bari jimmi kore rakhse 🙄 muktipon 1 ghonta mobile",
    "ছোট ভাই গেম খেলার জন্য পুরা সংসার জিম্মি কইরা রাখছে 🙄 মুক্তিপণ দিলে ছাড়বে",
    "daraz sale e shob taka shesh 😭 amar ransom ke dibe",
]
RANSOM = [
    "ওরা ভাইরে আটকাইছে, মুক্তিপণ ৩ লাখ না দিলে ছাড়বে না",
    "they are holding my brother, pay the ransom or he dies",
]


def test_spree_is_banter(matcher):
    assert not flagged(matcher, SPREE)


def test_ransom_still_reads(matcher):
    assert flagged(matcher, RANSOM) == RANSOM


# --- 6. "POLA" (A BOY) IS NO ESCAPE ----------------------------------------------------------------

POLA = [
    "amar pola ta ke dhorle mere felbe bolse",
    "polar bap kal raate mere felbe bolse, goru chor naki",
    "polao khaile mere felbo, ammu rag korbe",
]
ESCAPE = [
    "palaile mere felbo",
    "palanor chesta korle mere felbo",
]


def test_pola_is_no_escape(matcher):
    assert_not_fired(matcher, POLA, "thr.menace_on_escape")


def test_escape_menace_still_reads(matcher):
    assert fired_by(matcher, ESCAPE, "thr.menace_on_escape") == ESCAPE


# --- 7. A COW OR A BOAT TIED TO A POST -------------------------------------------------------------

TIED_OK = [
    "বাবা গরুটা খুঁটিতে বেঁধে রাখছে, বৃষ্টি আসতেছে",
    "নৌকাটা খুঁটিতে বেঁধে রাখো, জোয়ার আসবে",
    "abba goru ta khuti te bendhe rakhse",
    "chagol ta khuti te bendhe de",
    "grandpa tied the cow to the post, tied him to it like every evening, the horse too",
]
TIED = [
    "মালিক ওরে খুঁটিতে বেঁধে রাখছে সারাদিন",
    "they tied him to the mast because he refused to work",
    "sardar oke khuti te bendhe pitaise",
]


def test_animals_tied_are_no_violence(matcher):
    assert_not_fired(matcher, TIED_OK, "thr.violence")


def test_people_tied_still_read(matcher):
    assert fired_by(matcher, TIED, "thr.violence") == TIED


# --- 8. A CHILD'S CLOTHES BY SIZE, A COACHING BATCH -------------------------------------------------

SIZE_BATCH = [
    "ei jama ta koto? size ki 8 years er bachar hobe? kal courier e pathaben",
    "৮ বছরের বাচ্চার সাইজ আছে? কুরিয়ারে পাঠাবেন",
    "do you have it in age 8? what size for a 8 years old girl",
    "Class 8 girls batch starts Sunday, math and English, coaching fee 1200",
    "ক্লাস ৮ এর কোচিং শুরু রবিবার, ফি ১০০০ টাকা, অভিভাবকরা বিকাশে দিবেন",
    "Teachers group: class 7 attendance low this week, please call the guardians",
]
CHILD_WORK = [
    "new batch includes 2 girls 15-16, ID cards made showing 19, send them to the hotel",
    "12 bochorer meye lagbe basar kaj er jonno, frock kine dibo",
    "class 8 er meye, school charaye dubai te kaj e pathabo",
    "ক্লাস সেভেনের মেয়ে, ঢাকার বাসায় কাজে দিমু, পড়াশোনা আর লাগবে না",
]


def test_size_and_batch_are_no_child_recruit(matcher):
    assert_not_fired(matcher, SIZE_BATCH, "mn.child_recruit")
    assert_not_fired(matcher, SIZE_BATCH, "mn.minor_age_stated")


def test_child_work_still_reads(matcher):
    assert flagged(matcher, CHILD_WORK) == CHILD_WORK
