"""Round 11 of issue 15, part R: recruitment, fees, minors and labour scenes the packs had no family
for, tested as grids (docs/rules.md, "round 11, part R").

1. THE JOB TOLD, THE RECRUIT DELIVERED ELSEWHERE (``dr.delivered_elsewhere``): a job promised, the
   recruit brought, dropped or taken on, and a place of hard labour found there.
2. THE AD IN EASTERN WORDS (``dr.easy_offer_papers_made``): a requirement waved away in Sylheti or
   Chittagonian negation, Europe got into after a first stop, the guarantee in Bengali script.
3. THE CROSSING'S MONEY (``fd.pay_more_or_lose``): the game, the boat or the camp paid from home, or
   the name not on the line.
4. COSTS ON THE PERSON'S ACCOUNT, FREE WHEN ZERO (``fd.debt_holds_worker``).
5. THE SPONSOR PAID MONTHLY, WORK OR NO WORK (``fd.sponsor_paid_monthly``).
6. AN ORGAN FOR A DEBT (``fd.organ_for_debt``).
7. A GROOMER'S SECRECY, A SCHOOL-GOING GIRL ASKED FOR, AN AGE RAISED IN DIALECT (minors).
8. HEAT AND WATER ON THE SITE (``lab.conditions_combined``).

Every filler was written for this file as a family of ways the slot is said; each grid asserts that
every combination reaches the review line by the frame's rule, and that near-misses stay silent.
"""

from itertools import product

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE JOB TOLD, THE RECRUIT DELIVERED ELSEWHERE ---------------------------------------------

TOLD = {
    "en": ["they told us resort job", "the agent promised us a factory job in KL", "we were hired for a hotel job",
           "the recruiter assured us a cleaner job in a mall"],
    "bn-Latn": ["agent kotha dise hotel e kaj", "dalal bolsilo factory te chakri", "amake koise restaurant e waiter er kaj",
                "kotha chilo supershop e cleaner er kaj"],
    "bn": ["দালাল কইছিল গার্মেন্টসে চাকরি", "এজেন্ট কথা দিছিল হোটেলে কাজ", "বলছিল রেস্টুরেন্টে কাজ",
           "সর্দার ওয়াদা করছিল ফ্যাক্টরির চাকরি"],
}
DELIVERED = {
    "en": ["but when we reached they took us by boat to an island to mix cement", "then they drove us to a palm plantation in the jungle",
           "after landing they put us on a trawler", "they dropped us at a brick kiln outside the city"],
    "bn-Latn": ["ekhane anar por dekhi palm bagan e rakhse", "pore namai dilo ekta bhata te", "niye tulse trawler e",
                "eshe dekhi murgir farm e kaj"],
    "bn": ["পরে নামাইল এক ইটভাটায়", "পৌঁছানোর পর নিয়া তুলছে মুরগির খামারে", "এসে দেখি জঙ্গলের ভিতরে পাম বাগানে রাখছে",
           "আনার পর পাঠাই দিছে ট্রলারে"],
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_delivered_elsewhere(matcher, script):
    flag = [f"{t}, {d}" for t, d in product(TOLD[script], DELIVERED[script])]
    check_grid(matcher, flag, [], rule="dr.delivered_elsewhere")


DELIVERED_OK = [
    "they told us hotel job and it is a hotel job, we reached yesterday, alhamdulillah",
    "they told us the flight lands at 6, we reached the hotel by 8",
    "bhai kotha dise eid e ashbe, ekhon office e kaj",
    "কইছিল হোটেলে কাজ, পৌঁছে দেখি হোটেলই, আলহামদুলিল্লাহ ভালো আছি",
    "সাবধান! দালাল বলছিল হোটেলে কাজ, পরে ভাটায় নামাইল, এমন প্রতারণা থেকে সতর্ক থাকুন",
    # a slot alone: the delivery and the place, or the promise and the job
    "they took us to the island for the weekend, cement everywhere",
    "pore namai dilo bhata r samne, ami hete bari gelam",
    "agent kotha dise hotel e kaj, visa next week",
]


def test_delivered_elsewhere_innocent(matcher):
    assert_not_fired(matcher, DELIVERED_OK, "dr.delivered_elsewhere")


# --- 2. THE AD IN EASTERN WORDS -----------------------------------------------------------------

GUARANTEE = ["১০০% গ্যারান্টি!!", "ভিসা না অইলে টাকা ফেরত।", "visa na hoile taka ferot.", "100% refund if visa not done."]
WAIVED = ["কুনু অভিজ্ঞতা লাগতো নায়", "ইংলিশ ন লাগিবো", "experience lagto nay, english o lagtona", "experience not must",
          "সার্বিয়া থাকি ৬ মাস পরে ইটালি ঢুকাই দিমু", "sekhan theke italy dhukai dibo", "after 6 months we send you on to italy"]


def test_eastern_offer(matcher):
    flag = [f"Serbia work permit {g} kaj factory te, {w}" for g, w in product(GUARANTEE, WAIVED)]
    check_grid(matcher, flag, [], rule="dr.easy_offer_papers_made")


def test_eastern_offer_one_mark_alone(matcher):
    # a requirement waved away, or a guarantee, alone
    assert_not_fired(matcher, ["অভিজ্ঞতা লাগতো নায়, কাম শিখাই দিমু", "experience lagto nay, ami shikhai dibo",
                               "১০০% গ্যারান্টি দিচ্ছি, ম্যাচ আমরাই জিতবো"], "dr.easy_offer_papers_made")


# --- 3. THE CROSSING'S MONEY ------------------------------------------------------------------------

CROSSING = {
    "en": (["we are in Tripoli", "he reached Zuwara", "from Benghazi"],
           ["the game money 3500 dollar still due", "boat money 4000 dollar to be paid this week", "camp costs 200000 more"],
           ["or he will stay behind", "if not, others go first", "otherwise no boat for him"]),
    "bn-Latn": (["Libya te pouchse", "Benghazi camp e ache", "Tripoli te ache"],
                ["game er taka 280 hajar baki", "camp er khoroch 80 hajar", "boat er taka 300000"],
                ["na dile nam uthbe na", "naile pichone rakhbo", "na dile porer game e jabe na"]),
    "bn": (["লিবিয়া পৌঁছছে", "বেনগাজি ক্যাম্পে আছে", "ত্রিপোলিতে আছে"],
           ["গেমের টাকা ২৮০ হাজার বাকি", "ক্যাম্পের খরচ ৮০ হাজার", "নৌকার টাকা ৩০০০০০"],
           ["না দিলে লাইনে নাম উঠবে না", "নইলে পিছনে রাখমু", "না দিলে অন্যদের আগে পাঠাব"]),
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_crossing_money(matcher, script):
    route, money, loss = CROSSING[script]
    flag = [f"{r}. {m}, {l}" for r, m, l in product(route, money, loss)]
    check_grid(matcher, flag, [], rule="fd.pay_more_or_lose")


CROSSING_OK = [
    "PUBG game er taka 500 dilam, na dile id ban",
    "bhai Libya te kaj kore, camp er khoroch company dey",
    "গেমের টাকা বাকি ৫০০, কাল দিমু",
    "boat money 4000 taka for the Sundarbans trip, if not paid by Friday we lose the booking",
]


def test_crossing_innocent(matcher):
    assert_not_fired(matcher, CROSSING_OK, "fd.pay_more_or_lose")


# --- 4. COSTS ON THE PERSON'S ACCOUNT, FREE WHEN ZERO -------------------------------------------

ACCOUNT = {
    "en": (["the room, the food and the clothes are all on your account now, 38,000.",
            "everything we spent is on your tab, 50k.", "the ticket and the visa are charged to you, 2 lakh."],
           ["When it's zero you can go wherever you want", "once it's cleared you can leave", "till then you stay here"]),
    "bn-Latn": (["room bhara khabar sob tor hisab e, 40 hajar.", "visa ticket sob tor name e lekha.", "sob khoroch tomar hisabe."],
                ["shodh hoile jaite parbi", "hisab mitle jabi", "tarpor jekhane khushi jaio"]),
    "bn": (["ঘর ভাড়া খাওয়া সব তোর হিসাবে।", "ভিসা টিকিট সব তোর নামে লেখা।", "সব খরচ তোমার হিসাবে।"],
           ["শোধ হইলে যাইতে পারবি", "হিসাব মিটলে যাবি", "তারপর যেখানে খুশি যাইস"]),
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_free_when_paid(matcher, script):
    debts, frees = ACCOUNT[script]
    flag = [f"{d} {f}" for d, f in product(debts, frees)]
    check_grid(matcher, flag, [], rule="fd.debt_holds_worker")


def test_free_when_paid_innocent(matcher):
    assert_not_fired(matcher, ["dinner is on your account tonight, after that go wherever you want",
                               "you can go wherever you want this Eid, we will manage the shop",
                               "everything is on your account in the app, check the balance"], "fd.debt_holds_worker")


# --- 5. THE SPONSOR PAID MONTHLY, WORK OR NO WORK ---------------------------------------------------

SPONSOR = {
    "en": (["we pay the kafeel 300 riyal every month", "I have to pay my sponsor 200 dinar a month", "my kafeel takes 250 riyal monthly"],
           ["even when there is no work", "work or no work", "I borrowed it from a friend"]),
    "bn-Latn": (["Kafeel re mash e mash 40 dinar dite hoy", "kafil ke protimash 300 riyal dite hobe", "arbab re mashe 200 riyal dite hoy"],
                ["kaj thakuk ba na thakuk", "kaj na thakleo", "dhar kore disi"]),
    "bn": (["কফিলরে মাসে মাসে ২০০ রিয়াল দিতে হয়", "কফিলকে প্রতি মাসে ৫০ দিনার দেওয়া লাগে", "আরবাবরে মাসে ৩০০ রিয়াল দিতে হয়"],
           ["কাজ থাকুক বা না থাকুক", "কাম না থাকলেও", "ধার করে দিছি"]),
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_sponsor_paid_monthly(matcher, script):
    pays, whys = SPONSOR[script]
    flag = [f"{p}, {w}" for p, w in product(pays, whys)]
    check_grid(matcher, flag, [], rule="fd.sponsor_paid_monthly")


SPONSOR_OK = [
    "the kafeel pays me 1500 riyal every month, even when there is no work he pays",
    "kafeel ke bolsi mashe mashe beton barate, kaj beshi",
    "ammu ke protimash 20 hajar pathai, kaj thakuk ba na thakuk",
    "কফিল প্রতি মাসে বেতন দেয়, কাজ না থাকলেও দেয়",
]


def test_sponsor_innocent(matcher):
    assert_not_fired(matcher, SPONSOR_OK, "fd.sponsor_paid_monthly")


# --- 6. AN ORGAN FOR A DEBT --------------------------------------------------------------------------

ORGAN = {
    "en": (["they said if he gives one kidney", "the broker told him to sell a kidney", "she sold her kidney in Kolkata"],
           ["the loan of 2 lakh would be finished", "to pay off the mahajon", "and the debt is still there"]),
    "bn-Latn": (["kidney dile", "kidney bechle", "ekta kidney bikri korle"],
                ["loan shodh hoye jabe", "mahajon er dena shesh", "NGO kisti dalal dibe"]),
    "bn": (["কিডনি দিলে", "কিডনি বেচলে", "একটা কিডনি বিক্রি করলে"],
           ["ঋণ শোধ হইয়া যাইবো", "মহাজনের দেনা শেষ", "দালাল কিস্তির টাকা দিবে"]),
}


@pytest.mark.parametrize("script", ["en", "bn-Latn", "bn"])
def test_organ_for_debt(matcher, script):
    organs, debts = ORGAN[script]
    flag = [f"{o} {d}" for o, d in product(organs, debts)]
    check_grid(matcher, flag, [], rule="fd.organ_for_debt")


ORGAN_OK = [
    "Nanu's kidney review is on the 18th, dialysis twice a week, the loan for it is from the bank",
    "my uncle needs a kidney, the doctor said the transplant costs 5 lakh",
    "কিডনিতে পাথর, অপারেশনে ২ লাখ লাগবে",
    "abbur kidney problem, dialysis er jonno loan nisi",
    "Mom, CMC Vellore confirmed the appointment, dont give money to anyone who says cheaper kidney",
]


def test_organ_innocent(matcher):
    assert_not_fired(matcher, ORGAN_OK, "fd.organ_for_debt")


# --- 7. MINORS ------------------------------------------------------------------------------------------

MINOR = ["tumi to class 8 e", "ur only 14", "তুমি তো ক্লাস সেভেনে"]
LURE = ["ekta pic dao", "send me a pic", "একটা ছবি দাও", "1000 diamond topup dibo, ekta pic dao"]
SECRET = ["keu dekhbe na", "then delete the chat", "আব্বু জানলে বকবে, চ্যাট ডিলিট কইরো", "nobody else will see 😅",
          "and dont let your mother come"]


def test_groomer_secrecy(matcher):
    flag = [f"{m}, {l}, {s}" for m, l, s in product(MINOR, LURE, SECRET) if not (s.startswith("and dont") and m == "ur only 14")]
    check_grid(matcher, flag, [], rule="mn.minor_groomed")


def test_groomer_secrecy_innocent(matcher):
    assert_not_fired(matcher, ["delete this chat lol, my wife reads everything", "keu dekhbe na, ami chobi tulsi amar jonno",
                               "tumi to class 8 e, porashona koro"], "mn.minor_groomed")


AGE_RAISED = [
    "মেয়ের বয়স ১৪, জন্ম নিবন্ধনে ১৮ করি দেমো",
    "বয়স ১৩ তো কী, কাগজে ১৯ বানাই দিমু",
    "boyos 15, birth certificate e 18 kori dimu",
    "meyer boyos 14, chairman ke bole boyos baraiya dibo",
    "she's 15, we'll raise her age on the birth certificate",
    "মাইয়ার বয়স ১৪, চেয়ারম্যানরে কইয়া বয়স বাড়াইয়া দিমু",
]


def test_age_raised(matcher):
    check_grid(matcher, AGE_RAISED, [], rule="mn.age_disguised")


def test_age_raised_innocent(matcher):
    assert_not_fired(matcher, ["আমার বয়স ১৮ হইলে আব্বু বাইক কিনে দিবো", "meyer boyos 14, birthday te 18 ta mombati",
                               "raise her allowance, she is 15 now"], "mn.age_disguised")


SCHOOL_GIRL = ["client wants a school going girl tonight, pays double", "school going girl available for booking, rate inbox",
               "VIP customer asking school-going girl for the night"]


def test_school_going_girl(matcher):
    check_grid(matcher, SCHOOL_GIRL, [], rule="mn.youthful_language_sx")


def test_school_going_innocent(matcher):
    assert_not_fired(matcher, ["school going girl needs a tutor, rate 3000 a month", "school going girls joined the picnic bus booking"],
                     "mn.youthful_language_sx")


# --- 8. HEAT AND WATER ON THE SITE ---------------------------------------------------------------

WATER = ["no drinking water on the site", "site e khawar pani nai", "সাইটে খাওয়ার পানি নাই", "foreman pani o dey na duty te"]
HEAT = ["two men fainted", "45 degree and we work on the roof", "একজন অজ্ঞান হয়ে পড়ছে", "sara din rode kaj"]


def test_heat_and_water(matcher):
    flag = [f"{w}, {h}" for w, h in product(WATER, HEAT)]
    check_grid(matcher, flag, [], rule="lab.conditions_combined")


def test_heat_and_water_innocent(matcher):
    assert_not_fired(matcher, ["after the flood there is no drinking water in the village, ammu fainted yesterday",
                               "45 degree in Riyadh today, stay inside bhai", "two men fainted at the wedding from the heat"],
                     "lab.conditions_combined")
