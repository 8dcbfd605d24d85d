"""Round 9 of issue 15, part R: the recruitment and debt frames widened by the scenes last round's
sets did not have, tested as grids.

1. THE LURE'S MARKS (``dr.easy_offer_papers_made``): a visa, a job or the money back guaranteed,
   counted with one more mark: a requirement removed or waved away ("IELTS নাই? সমস্যা নাই"),
   seats by number or first come first served, or a fee asked at once beside a visa or a job.
2. FOUND NOT TO EXIST (``dr.told_versus_found``): after arriving ("eshe dekhi", "আইসা দেখি",
   "after landing") the place or employer said not to be there ("kono factory nai", "X বলে কিছু
   নাই", "এইডা গার্মেন্টস না", "the hotel does not exist"), or a promise recalled in the taker's
   colloquial words ("amake bolse", "কথা কইয়া আনছে") against the same.
3. A PAPER WITHOUT A RECORD (``dr.fake_documents``): a visa or a paper checked and found without a
   record, the owner's name not matching, the company never asking for workers.
4. THE GROOM ABROAD (``fm.broker_groom_lure``): a groom in the Gulf or Malaysia with the family
   told to keep it quiet or the girl's age asked, and one of the broker's inducements.
5. DEBT: the earlier money, a new rate and its loss (``fd.pay_more_or_lose``); costs written to
   the worker's account with a sum still owed, the cut in eastern words near a debt named
   (``fd.debt_by_work``); the government's rate waved away beside a sum in lakhs
   (``fd.fee_above_cap``).

Every filler was written for this file as a family of ways the slot is said (standard and eastern
Bengali, romanised Bengali, chat English); each grid asserts that every combination reaches the
review line by the frame's rule, and that the same words in innocent frames (a coaching centre's
seats, a shop's guarantee, a traveller's arrival, an ordinary match, a student's course, awareness
posts) stay below it, and that one slot alone never fires the frame.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE LURE'S MARKS -------------------------------------------------------------------------
# a guarantee x (a requirement removed or waved away | seats pressed | a fee asked at once)

GUARANTEE = {
    "en": ["visa 100% guaranteed", "job guaranteed for Romania", "Poland visa sure shot, money back if not"],
    "bn-Latn": ["visa 100% gurantee", "chakri confirm Malaysia te", "Saudi visa guarantee dicchi, risk nai"],
    "bn": ["ভিসা গ্যারান্টি", "মালয়েশিয়ায় চাকরি নিশ্চিত", "ইতালির ভিসা শিওর, ঝুঁকি নাই"],
}
MARK = {
    "en": ["no IELTS? no problem", "no experience needed", "only 4 seats left", "first come first served",
           "send 30k processing today"],
    "bn-Latn": ["experience nai? somossa nai", "ielts lagbe na", "matro 5 ta seat baki", "age ashle age paben",
                "aj i taka jama din"],
    "bn": ["অভিজ্ঞতা না থাকলেও সমস্যা নাই", "ভাষা লাগবে না", "সিট মাত্র ৩টা", "আগে আসলে আগে পাবেন", "আগে ৫০ হাজার টাকা জমা দেন"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_guarantee_with_a_mark(matcher, script):
    flag = [f"{g}, {m}" for g, m in product(GUARANTEE[script], MARK[script])]
    flag += [f"{m}. {g}" for g, m in product(GUARANTEE[script], MARK[script])]
    check_grid(matcher, flag, [], rule="dr.easy_offer_papers_made")


LURE_OK = [
    # one mark alone
    "visa 100% guaranteed", "ভিসা গ্যারান্টি", "chakri confirm hoise alhamdulillah, next month flight",
    "only 4 seats left", "সিট মাত্র ৩টা", "no IELTS? no problem",
    # a shop's guarantee, a coaching centre's seats, a tour's seats, a student's course
    "100% money back guarantee on this phone, pay now and get free delivery",
    "Our coaching centre: only 5 seats left in the IELTS batch, admission fee 3000, confirm today",
    "Tour package to Thailand: only 5 seats left, pay 20k advance to confirm",
    "no english? no problem, our spoken english course starts monday, admission fee 2000",
    "IELTS nai? problem nai, ei university te MOI diye admission hoy, tuition 8000 pound",
    # a licensed agency's notice, a worker's own news
    "guaranteed hours 40 per week, salary 2200 pound, licensed sponsor, apply at our office with documents",
    "passport renewal processing 2-3 weeks, no appointment needed",
    "ভিসা কনফার্ম হইছে, আগে যে টাকা দিছিলাম তার রসিদ আছে, বাকি টাকা ব্যাংকে জমা দিব",
]


def test_lure_marks_innocent(matcher):
    check_grid(matcher, [], LURE_OK)
    assert not fired_by(matcher, LURE_OK, "dr.easy_offer_papers_made")


# the offer's other new words: papers "banai dimu", the medical "pass koraiya dimu", the costs borne, the office avoided
OFFER_MORE = [
    "bank statement, experience letter, police clearence sob amra banai dibo apnar kichu kora lagbe na",
    "অভিজ্ঞতা লাগবে না, মেডিকেল আমরাই পাস করাইয়া দিমু",
    "experience nai? tension nai, certificate amra banai dimu",
    "we will make your skill certificate and police clearance, you just pay",
    "NO COST to you visa+ticket free, no need to tell the office",
    "কোনো কাগজ লাগবো না, বাইর হওয়ার ব্যবস্থা আমরা করমু",
    "kono certificate lagbe na, jaowar vara amra debo, family ke sathe anben na",
    "IELTS nai? kono problem nai, amra sob manage korbo",
    # the visa or the processing in a range of days or weeks, beside a requirement removed
    "No IELTS no experience, processing 3-4 weeks only, apply now",
    "ielts lagbe na, visa 2-3 weeks e hoye jabe",
    "কোনো অভিজ্ঞতা লাগবে না, processing 10-15 days",
    "experience lagbe na, flight 7 to 10 din er moddhe",
]


def test_offer_widened(matcher):
    check_grid(matcher, OFFER_MORE, [], rule="dr.easy_offer_papers_made")


# --- 2. FOUND NOT TO EXIST -----------------------------------------------------------------------
# arrived x the place said not to be there

ARRIVED = {
    "en": ["when we arrived", "after landing i found", "when i got here"],
    "bn-Latn": ["eshe dekhi", "namar por dekhlam", "ese dekhi"],
    "bn": ["এসে দেখি", "আইসা দেখি", "পৌঁছে দেখি"],
}
NONE_HERE = {
    "en": ["there was no factory", "the hotel does not exist", "it's not a hospital", "there is no company at all"],
    "bn-Latn": ["kono factory nai", "oi company bole kichu nai", "eta hospital na, ekta basa", "kono office nai"],
    "bn": ["কোনো কোম্পানি নাই", "কেয়ার হোম বলে কিছু নাই", "এইটা হাসপাতাল না, একটা বাসা", "ঐ ঠিকানায় কোনো অফিস নাই"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_found_after_arriving(matcher, script):
    flag = [f"{a} {n}, they put us somewhere else" if script == "en" else f"{a} {n}"
            for a, n in product(ARRIVED[script], NONE_HERE[script])]
    check_grid(matcher, flag, [], rule="dr.told_versus_found")


TOLD_FOUND = [
    "bolechilo garments e kaj, eita garments na, ekta bar",
    "the agent told me it was a restaurant job, this is not a restaurant, its a club",
    "আমারে কইছে অফিসের কাজ, এইডা অফিস না, গোডাউন",
    "vai amake bolse mirpur e sweater factory te kaj, kono factory nai, ekta flat",
    "মা আমারে গার্মেন্টসের কথা কইয়া আনছে, এইডা গার্মেন্টস না। একটা হোটেল",
    "the lady said it was housemaid job with a doctor family. there is no family here",
]


def test_told_then_found(matcher):
    check_grid(matcher, TOLD_FOUND, [], rule="dr.told_versus_found")


FOUND_OK = [
    # a traveller's or a visitor's arrival
    "eshe dekhi kono hotel khola nai, eid er chuti, tai mama r basay uthlam",
    "when we arrived at the airport there was no family to receive us, so we took a taxi",
    "after landing there was no taxi, we waited two hours",
    "Dubai te namar por dekhi amar luggage nai, airline ke complain korsi",
    "eshe dekhi office bondho, kal abar jabo",
    "Dhaka te eshe dekhi kono kaj nai, lockdown chole, bari fire jabo",
    "there is no family here for me, i feel lonely in the dorm, but the university is good",
    # a worker content, a matter said not to be the company's
    "this is not a hotel, it's a hostel, but the room is clean and the job is fine",
    "eta factory na, warehouse, kintu beton thik moto dey, valo achi",
    "this is not a company matter, it's personal, please don't tell the boss",
    # an awareness post's "no such thing" stays the awareness post's
    "ভাইরা, ফ্রি ভিসা বলে কিছু নাই, চুক্তিপত্র বাংলায় পড়ে নিবেন",
]


def test_found_innocent(matcher):
    check_grid(matcher, [], FOUND_OK)


# --- 3. A PAPER WITHOUT A RECORD -----------------------------------------------------------------

NORECORD = [
    "visa ta online e check korlam, kono record nai",
    "the embassy says my visa has no record in the system",
    "ভিসা চেক করলাম, কোনো রেকর্ড নাই",
    "বাবা ইতালির যে কাগজ দিছলা ইটা বুলে নকল, অফিসো গেছলাম তারা কইছে ইটার কুনু রেকর্ড নাই",
    "the company written in my visa says they never requested any worker",
    "the company on my visa does not exist, nobody here knows it",
    "visa ta jal chilo, airport e atkaise",
]


def test_paper_without_record(matcher):
    check_grid(matcher, NORECORD, [], rule="dr.fake_documents")


# --- 4. THE GROOM ABROAD -------------------------------------------------------------------------

GROOM_ABROAD = {
    "bn-Latn": ["chele saudi te thake", "patro dubai te chakri kore", "chele malaysia te dokan chalay"],
    "bn": ["পাত্র দুবাই থাকে", "মালয়েশিয়াতে ছেলে ঠিক করা আছে", "ছেলে সৌদি থাকে"],
    "en": ["the groom works in Dubai", "the boy lives in Malaysia", "groom is in Saudi"],
}
HUSH = {
    "bn-Latn": ["kauke janaiyen na", "meyer chobi r boyos pathan"],
    "bn": ["কাউকে জানাবেন না", "মাইয়ার খালি একটা ছবি আর বয়স পাঠান"],
    "en": ["dont tell anyone", "send her photo and age"],
}
INDUCE_ONE = {
    "bn-Latn": ["biyer sob khoroch chele pokkher", "ek takao lagbo na"],
    "bn": ["খরচ সব ছেলের পক্ষ", "আপনাদের এক টাকাও লাগবো না"],
    "en": ["groom side bears all cost", "no dowry at all"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_groom_abroad(matcher, script):
    flag = [f"{g}, {i}, {h}" for g, h, i in product(GROOM_ABROAD[script], HUSH[script], INDUCE_ONE[script])]
    check_grid(matcher, flag, [], rule="fm.broker_groom_lure")


GROOM_OK = [
    # an ordinary match with a groom abroad, without secrecy: biodata, family visits
    "amar chele malaysia thake, biodata dekhe family visit kore biye thik hoise, alhamdulillah",
    "apnar meyer jonno patro ache, chele saudi te chakri kore, family niye asben dekha korte, biodata pathalam",
    "chele dubai te thake, biodata pathalam, family ra dekha korbe, meyer chobi pathan",
    "ছেলে সৌদি থাকে, যৌতুক লাগবে না, বায়োডাটা পাঠাইলাম, দেখা করতে আসেন",
]


def test_groom_abroad_innocent(matcher):
    assert not fired_by(matcher, GROOM_OK, "fm.broker_groom_lure")


# --- 5. DEBT -------------------------------------------------------------------------------------

PAID = {"en": ["we already gave the agent 3 lakh", "i paid £17,000 to the agent"],
        "bn-Latn": ["ager taka dilam 2 lakh", "aage 50 hajar dilam"],
        "bn": ["সমিতি থেকে ৮০ হাজার তুলে দিছি", "আগে ১ লাখ দিলাম"]}
MORE_LOSE = {"en": ["now a new rate, 1 lakh more, or they cancel the visa",
                    "now another £5,000 training fee or they cancel his sponsorship"],
             "bn-Latn": ["ekhon notun rate 1 lac 20, baki ta na dile ferot nai",
                         "ekhon aro 40 hajar lagbe, na dile boat e uthaite dibo na"],
             "bn": ["এখন নতুন রেট, আরো ৪০ হাজার লাগবো, না দিলে আগের টাকাও ফেরত পাওয়া যাইবো না",
                    "ভিসা আসতে আরো ৫০ হাজার, না দিলে ভিসা বাতিল"]}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_pay_more_or_lose(matcher, script):
    flag = [f"{p}, {m}" for p, m in product(PAID[script], MORE_LOSE[script])]
    check_grid(matcher, flag, [], rule="fd.pay_more_or_lose")


DEBT = [
    "malik bole ekhono 40 hajar baki, thaka khawa amar hisab e lekhe",
    "manager bole ekhono 60 hajar baki. room vara khabar oshud sob amar hisab e lekhe",
    "the manager says i still 900 riyal due, food and room on my tab",
    "মালিক কয় এখনো ৩০ হাজার বাকি, খাওয়া থাকা সব আমার হিসাবে লেখে",
    "sponsor bolse protimash 200 riyal kati raikhbo visa er dena",
    "sponsor hete kaiche hotta mash beton hoite 300 pound kati raikhbo 'debt' koi",
]
CAP = [
    "sorkari rate er kotha bole labh nai, oita khali kagoje, 4 lakh lagbe",
    "he said the fee is 6 lakh and when i asked about the govt rate 79 thousand he laughed, said that paper rate nobody gets",
    "মালয়েশিয়া যাইতে সিন্ডিকেটের ফিক্সড রেট ৫ লাখ ৮০ হাজার। সরকারি ফি এর কথা কইয়া লাভ নাই ভাই ওইটা খালি কাগজে",
]


def test_debt_widened(matcher):
    check_grid(matcher, DEBT, [], rule="fd.debt_by_work")
    check_grid(matcher, CAP, [], rule="fd.fee_above_cap")


DEBT_OK = [
    "আমি আগের টাকা দিয়া দিছি, নতুন রেটে আর কিনবো না, দোকানদার ঠকায়",
    "she paid £200 to the agency for the course, another £50 for the exam or they cancel the seat",
    "the govt fee is 79,000 but agents charge 5 lakh; only on paper, complain to BMET hotline 16135",
    "সরকারি ফি ৭৯ হাজার, কেউ ৫ লাখ চাইলে অভিযোগ করুন প্রবাসী কল্যাণ হেল্পলাইনে",
    "Returnees from Malaysia tell press conference they paid Tk 5-6 lakh each to brokers against a government cap of Tk 79,000",
    "ekhono 2 ta kisti baki, grameen office e dibo",
]


def test_debt_innocent(matcher):
    check_grid(matcher, [], DEBT_OK)
