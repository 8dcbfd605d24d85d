"""Round 13 of issue 15, part R: recruitment, fees, minors and labour scenes of the trawlers, the begging
lines, the Gazipur boardings and the European job pages, tested as grids (docs/rules.md, "round 13, part R").

1. THE SLIP AGAINST THE CASH (``lab.slip_against_cash``).
2. MISERY KEPT FOR THE TAKE (``lab.misery_for_takings``).
3. HURT AT SEA, NO DOCTOR, BACK TO THE NET (``lab.hurt_worked_on``, widened).
4. FEW MEALS, SHORT NIGHTS, A WAGE PUT OFF (``lab.conditions_combined``, widened).
5. A BABY OR A CHILD HIRED BY THE DAY TO BEG (``mn.child_rented_out``).
6. LIVING COSTS CHARGED TO HER NAME, NO LEAVING TILL PAID (``fd.living_costs_owed``).
7. THE LOAN THAT DOUBLED, THE LENDER'S PRICE (``fd.loan_doubled``).
8. MORE MONEY OR LOSE WHAT WAS PAID (``fd.pay_more_or_lose``, widened).
9. TOLD ONE JOB, PUT TO ANOTHER (``dr.told_job_found_other``).
10. THE STEPS SKIPPED, THE SHORTCUT PROMISED (``dr.steps_skipped_shortcut``).
11. STAY ON AFTER THE PILGRIMAGE OR THE VISIT (``dr.stay_on_after_visa``).
12. AN AD'S LURE MARKS (``dr.ad_lure_marks``, weak: tested as a hit, not a flag).

Every filler was written for this file as a family of ways the slot is said; each grid asserts that
every combination reaches the review line by the frame's rule, and that near-misses do not fire it.
"""

import pytest

from packs import SCRIPTS, assert_not_fired, builtin_matcher, check_rule_grid, fired_by, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE SLIP AGAINST THE CASH ------------------------------------------------------------------

ON_PAPER = {
    "en": ["payslip says 1200 euro", "the contract said 900 euro", "on paper my salary is €1100", "the offer letter says 1500 riyal"],
    "bn-Latn": ["payslip e lekha 1200 euro", "contract e chilo 900", "kagoje beton 1100 euro", "offer letter e 1500 riyal"],
    "bn": ["স্লিপে লেখা ১২০০ ইউরো", "চুক্তিতে ছিল ৯০০", "কাগজে বেতন ১১০০", "অফার লেটারে ১৫০০ রিয়াল"],
}
IN_HAND = {
    "en": ["but they hand me 480 cash", "I get only 400 in hand", "cash in hand is 500, rest 'rent and transport'"],
    "bn-Latn": ["hate dey 480", "hate pai matro 400", "kintu hate ashe 500, baki ta bole transport"],
    "bn": ["হাতে দেয় ৪৮০", "হাতে পাই মাত্র ৪০০", "হাতে আসে ৫০০, বাকিটা বলে ঘর ভাড়া"],
}
SLIP_OK = [
    "payslip says 1200 euro, same as the payslip in my bank, alhamdulillah",
    "the contract is ready, salary 900 euro, sign on monday",
    "স্লিপে লেখা ১২০০, পুরো বেতন পাই",
    "contract e lekha beton 900 euro, kalke sign",
    "in hand I have the payslip, the bank is closed",
    "room rent 200 riyal is cut from the salary, it was in the contract",
    "beton theke ghor bhara 200 kate, eta contract e chilo",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_slip_against_cash(matcher, script):
    check_rule_grid(matcher, grid(ON_PAPER, IN_HAND)[script], SLIP_OK, "lab.slip_against_cash")


CUTS = {
    "en": ["salary 400 euro after tax and food money cut, the contract said 900",
           "wage 380, they cut for room rent, transport and a uniform, in the contract it was 850"],
    "bn-Latn": ["batan 400 euro, bolse tax kata ar khawar khoroch kata, contract e silo 900",
                "beton 30 hajar theke ghor bhara kata, contract e chilo 45 hajar"],
    "bn": ["বেতন ৪০০ ইউরো, খাওয়ার খরচ কাটা, চুক্তিতে ছিল ৯০০", "বেতন থেকে ঘর ভাড়া কাটে, কাগজে ৪৫ হাজার"],
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_slip_cuts(matcher, script):
    check_rule_grid(matcher, CUTS[script], [], "lab.slip_against_cash")


# --- 2. MISERY KEPT FOR THE TAKE -------------------------------------------------------------------

MISERY = {
    "en": ["no food for him today", "keep him in the sun", "keep the bandage on the leg", "he has fever"],
    "bn-Latn": ["3 din kisu khaite dei nai", "rode bosay rakhbi", "payer bandage khulbi na", "jor thakleo"],
    "bn": ["কিছু খাইতে দিবা না", "রোদে বসায়া রাখবা", "পায়ের ব্যান্ডেজ খুলবা না", "জ্বর থাকলেও"],
}
TAKE = {
    "en": ["sit him at the station, people give more", "the sardar says it is better for business at the overbridge",
           "put him at the mazar gate, sick ones collect more"],
    "bn-Latn": ["station e bosabo, taka beshi uthe", "sardar bole mazar e beshi uthbe", "signal e boshaile manushe doya kore, collection beshi"],
    "bn": ["স্টেশনে বসাইছি, বেশি উঠে", "সর্দার কয় মাজারে বেশি উঠবো", "মসজিদের সামনে বসাইলে মাইনষে দয়া করে, পয়সা দেয়"],
}
MISERY_OK = [
    "the shop sells more in the sun season, business is slow",
    "my son has fever, no school, the doctor at the station clinic",
    "জ্বর হইছে, স্টেশনের ডাক্তার দেখাইছি",
    "rode dokan e beshi bikri hoy, station er samne",
    "charity iftar at the masjid, no food wasted, people give more in ramadan for the donation box",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_misery_for_takings(matcher, script):
    check_rule_grid(matcher, grid(MISERY, TAKE)[script], MISERY_OK, "lab.misery_for_takings")


# --- 3. HURT AT SEA, NO DOCTOR, BACK TO THE NET ----------------------------------------------------

HURT_SEA = {
    "en": ["two fingers crushed in the winch", "my hand cut on the hook", "fever since yesterday"],
    "bn-Latn": ["winch e haat thetlaise", "hat kete gese hook e", "kal theke jor"],
    "bn": ["উইঞ্চে দুইটা আঙুল থেঁতলাইছে", "বড়শিতে হাত কেটে গেছে", "কাল থেকে জ্বর"],
}
NO_DOCTOR = {
    "en": ["captain says tie a bandage and back to the net, no doctor till the trip ends",
           "the captain won't take me to a doctor, back on deck at 4"],
    "bn-Latn": ["captain bole bandage bendhe kaje nam, daktar dekhate nibe na", "majhi bole trip shesh hoy nai, doctor dekhate nibe na, jal tani"],
    "bn": ["ক্যাপ্টেন বলে ব্যান্ডেজ বাইন্ধা কাজে নাম, ডাক্তার দেখাইতে নিবে না", "মাঝি কয় ট্রিপ শেষ হয় নাই, ডাক্তার দেখাইতে নিবে না, তাও সকালে জাল বাছতে হইছে"],
}
HURT_SEA_OK = [
    "two fingers crushed in the winch, the captain took me to the doctor at port, 5 days rest",
    "আম্মুর জ্বর, ডাক্তারের কাছে নিবো না, ঘরের ওষুধ দিছি",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_hurt_at_sea(matcher, script):
    check_rule_grid(matcher, grid(HURT_SEA, NO_DOCTOR)[script], HURT_SEA_OK, "lab.hurt_worked_on")


# --- 4. FEW MEALS, SHORT NIGHTS, A WAGE PUT OFF ----------------------------------------------------

FEW_MEALS = {
    "en": ["only two meals, nothing in the morning", "one meal a day"],
    "bn-Latn": ["matro 2 bela khaite dey, sokale kisu na", "ek bela khaite dey"],
    "bn": ["দুই বেলা খাইতে দেয়, সকালে কিছু না", "এক বেলা খাইতে দেয়"],
}
PUT_OFF = {
    "en": ["3 months no salary, he keeps saying he'll pay", "boss says a roof over your head is enough, months no salary"],
    "bn-Latn": ["beton 3 mash theke bolche dibe dibe", "chaile bole thakar jayga dei eita kom ki"],
    "bn": ["৩ মাস বেতন নাই, দিবে দিবে বলে", "চাইলে কয় থাকার জায়গা দেই এইটা কম কি"],
}
CONDITIONS_OK = [
    "diet: only one meal today, gym at 5",
    "ramadan: two meals a day, up at 4 for sehri",
    "রোজায় দুই বেলা খাওয়া, সেহরিতে উঠি",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_conditions_meals_pay(matcher, script):
    check_rule_grid(matcher, grid(FEW_MEALS, PUT_OFF)[script], CONDITIONS_OK, "lab.conditions_combined")


# --- 5. A BABY OR A CHILD HIRED BY THE DAY TO BEG --------------------------------------------------

CHILD_HIRE = {
    "en": ["Baby needed Friday, 6-8 month best, less crying", "need a 10 months old, rate 300 a day", "a 6 months old baby, rent 500, return by asr"],
    "bn-Latn": ["kole baccha lagbe, rate 400", "6 mash er baccha bhara din e 500", "baby lagbe shukrobar, kom kande emon, dudh dibo"],
    "bn": ["কোলের বাচ্চা লাগবে, দিনে ৩০০", "মাসের বাচ্চা ভাড়া ৫০০, সন্ধ্যায় ফেরত দিমু", "বাচ্চা লাগবে শুক্রবার, কম কান্দে এমন, দুধ দিমু"],
}
BEG_PLACE = {
    "en": ["for the jummah crowd at Baitul Mukarram", "station signal", "sit at the mazar gate"],
    "bn-Latn": ["jumma te masjid er gate e", "station e bosabo", "mazar e"],
    "bn": ["জুমার দিন মসজিদের গেটে", "স্টেশনে বসাবো", "মাজারে"],
}
CHILD_HIRE_OK = [
    "baby needed for a diaper photo shoot, 6-8 month, rate 400",
    "need a babysitter for my 6 month old on friday after jummah",
    "মাসের বাচ্চার টিকা দিতে স্টেশন রোডের ক্লিনিকে যাবো, ডাক্তার ৫০০ নেয়",
    "6 mash er baccha r jonno ayah lagbe, din e 500, masjid er pashe basa",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_child_rented_out(matcher, script):
    check_rule_grid(matcher, grid(CHILD_HIRE, BEG_PLACE)[script], CHILD_HIRE_OK, "mn.child_rented_out")


# --- 6. LIVING COSTS CHARGED TO HER NAME, NO LEAVING TILL PAID -------------------------------------

COSTS_CHARGED = {
    "en": ["rent, food and clothes are on your account, 38k", "aunty says the room, makeup and medicine are your bill",
           "food and rent added to your name, you owe 40k"],
    "bn-Latn": ["ghor bhara, khawa, kapor sob tor name e 38 hajar", "makeup ar oshudh er bill tor hisab e",
                "khawa ar rum bhara tor khatay likhlam"],
    "bn": ["ঘরভাড়া, খাওয়া, কাপড় সব মিলায়া তোর নামে ৩৮ হাজার", "মেকআপ আর ওষুধের বিল তোর খাতায়", "খাওয়া আর কাপড় তোর হিসাবে"],
}
NO_LEAVING = {
    "en": ["you can't leave till you pay it off", "no leaving until it is paid", "repay first, then go"],
    "bn-Latn": ["shodh na kore kothao jete parbi na", "shodh na koira jaite parbi na"],
    "bn": ["এইটা শোধ না কইরা কোথাও যাইতে পারবি না", "শোধ না করে যাইতে পারবি না"],
}
COSTS_OK = [
    "the rent and electricity bill are in your name, the landlord wants the lease signed",
    "তোর নামে কাপড় কিনলাম ঈদের জন্য",
    "current bill tomar name e, bariwala bolse",
    "food and clothes for the kids on your account, you can leave the card at home",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_living_costs_owed(matcher, script):
    check_rule_grid(matcher, grid(COSTS_CHARGED, NO_LEAVING)[script], COSTS_OK, "fd.living_costs_owed")


# --- 7. THE LOAN THAT DOUBLED, THE LENDER'S PRICE --------------------------------------------------

TOOK = {
    "en": ["took 20k from the mohajon two years ago", "I borrowed 50 thousand for the boat", "we took dadon of 30k"],
    "bn-Latn": ["aslo 50 hajar nisilam 2 bosor agey", "mohajon theke 20 hajar dhar nisi", "dadon nisi 30 hajar"],
    "bn": ["৫০ হাজার নিছিলাম দুই বছর আগে", "মহাজনের কাছ থেকে ২০ হাজার ধার নিছি", "দাদন নিছি ৩০ হাজার"],
}
NOW_OWED = {
    "en": ["now he says I owe 1 lakh 30", "now they say 90k is due"],
    "bn-Latn": ["ahon koy 1 lakh 30 baki", "ekhon bole 90 hajar dena"],
    "bn": ["এখন কয় ১ লাখ ৩০ বাকি", "এখন বলে ৯০ হাজার দেনা"],
}
LOAN_OK = [
    "took 20k loan from the bank, now the emi is 2k",
    "ব্যাংক থেকে ৫০ হাজার নিছিলাম, এখন কিস্তি বাকি ১০ হাজার",
    "samity theke 50 hajar nisilam, ekhon kisti baki 10 hajar",
    "arot e aj macher dam kom",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_loan_doubled(matcher, script):
    check_rule_grid(matcher, grid(TOOK, NOW_OWED)[script], LOAN_OK, "fd.loan_doubled")


LENDER_PRICE = {
    "en": ["the mohajon gave dadon, all the catch to his arot, at his price", "interest every month and we sell only to him at his price"],
    "bn-Latn": ["mohajon kaise mase teen hajar sud, sob machh amar arot e dibi, dam mui thik hormu",
                "dadon nisi, tar kache bechte hobe, dam ami thik korbo bole"],
    "bn": ["মহাজন কইছে সুদ মাসে তিন হাজার, সব মাছ আমার আড়তে দিবি", "দাদন দিছে, দাম মুই ঠিক করমু কয়"],
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_lender_price(matcher, script):
    check_rule_grid(matcher, LENDER_PRICE[script], [], "fd.loan_doubled")


# --- 8. MORE MONEY OR LOSE WHAT WAS PAID -----------------------------------------------------------

PAID_MORE = {
    "en": ["he took 7000 for the factory job, now 3000 more for the medical, or the first payment gone"],
    "bn-Latn": ["mama factory te dhukanor jonno 7 hajar nise, ekhon r 3 hajar lagbe, na dile ager tao ferot nai",
                "dalal 20 hajar nilo, ar 5 hajar dite hobe card er jonno, naile ferot pabi na"],
    "bn": ["দালাল ৭ হাজার নিছে, আর ৩ হাজার লাগবে, না দিলে আগেরটাও ফেরত নাই",
           "মামা ২০ হাজার নিল, আরো ৫ হাজার দিতে হবে, নাইলে আগের টাকাও যাবে"],
}
PAID_MORE_OK = ["ami 7 hajar nisi bazar er jonno, r 3 hajar lagbe na", "বাজারে ৭ হাজার নিছে, আর কিছু লাগবে না"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_pay_more_or_lose(matcher, script):
    check_rule_grid(matcher, PAID_MORE[script], PAID_MORE_OK, "fd.pay_more_or_lose")


# --- 9. TOLD ONE JOB, PUT TO ANOTHER ---------------------------------------------------------------

TOLD_JOB = {
    "en": ["they told us container ship, engine room job", "they told me it was a garment factory job", "I came for the family boarding job, cooking"],
    "bn-Latn": ["amake bolechilo factory te kaj", "koisilo garments e helper er kaj", "apa kaisilo cleaning er kaj"],
    "bn": ["আমারে কইছিল জাহাজ কোম্পানিতে ইঞ্জিন রুমের কাজ", "রিনা আপা কইছিল গার্মেন্টসে হেলপারের কাম", "বলছিল ফ্যাক্টরিতে অপারেটরের কাজ"],
}
FOUND_BAD = {
    "en": ["now we are on a wooden longline boat", "but it is a flat, men coming all night", "now every morning we sit at the gate with hand out"],
    "bn-Latn": ["giye dekhi ekta flat e rakhse, customer ashe", "ekhon kather boat e jal tani", "kintu hotel e rakhse"],
    "bn": ["আসি দেখোং একটা বাসা, এটে আরো ৪টা মেয়ে", "এখন কাঠের বোটে দিনরাত জাল টানি", "গিয়া দেখি হোটেলে কাস্টমার আসে"],
}
TOLD_OK = [
    "they told us the factory job starts monday, the hotel is near",
    "they told us the ship job is as promised, alhamdulillah, now on the container ship",
    "আমারে কইছিল গার্মেন্টসে কাজ, এখন গার্মেন্টসেই আছি, ভালো আছি",
    "koisilo factory job, kal theke shuru",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_told_job_found_other(matcher, script):
    check_rule_grid(matcher, grid(TOLD_JOB, FOUND_BAD, sep=". ")[script], TOLD_OK, "dr.told_job_found_other")


# --- 10. THE STEPS SKIPPED, THE SHORTCUT PROMISED --------------------------------------------------

SKIPPED = {
    "en": ["NO embassy interview, NO VFS", "quota not needed", "you dont need employer", "no IELTS"],
    "bn-Latn": ["EPS er porikkha lagbe na", "N4 lagbe na", "interview lagbe na", "quota lagbe na"],
    "bn": ["পরীক্ষা লাগবে না", "ইন্টারভিউ লাগবে না", "কোটা লাগবে না", "ট্রেনিং লাগবে না"],
}
SHORTCUT = {
    "en": ["we give company name", "our lawyer does it internal", "work permit in hand in 25 days guaranteed"],
    "bn-Latn": ["amader nijossho line ase", "certificate amra banaia dimu", "embassy te setting ase"],
    "bn": ["আমাদের নিজস্ব লাইন আছে", "সার্টিফিকেট আমরা করে দিবো", "এম্বাসিতে সেটিং আছে"],
}
SKIPPED_OK = [
    "beware: pages saying no embassy interview, permit guaranteed, are a scam",
    "the embassy interview is on monday, the permit comes after",
    "সাবধান! পরীক্ষা লাগবে না বলে যারা গ্যারান্টি দেয় তারা প্রতারক",
    "EPS er porikkha dite hobe, kono shortcut nai",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_steps_skipped(matcher, script):
    check_rule_grid(matcher, grid(SKIPPED, SHORTCUT)[script], SKIPPED_OK, "dr.steps_skipped_shortcut")


# --- 11. STAY ON AFTER THE PILGRIMAGE OR THE VISIT -------------------------------------------------

VISIT = {
    "en": ["umrah visa ready in 15 days", "visit visa to Dubai", "go on a hajj package"],
    "bn-Latn": ["umrah visa 15 dine ready", "visit visa te jan", "umra kore"],
    "bn": ["ওমরাহ ভিসা ১৫ দিনে রেডি", "ভিজিট ভিসায় যান", "ওমরা কইরা"],
}
STAY = {
    "en": ["then just stay back, our man gives you work", "overstay, no iqama needed, job ready"],
    "bn-Latn": ["oikhanei theke jaben, kaj amra dibo", "iqama lagbe na, kamai din e 200 riyal"],
    "bn": ["ওইখানেই থাইকা যাইবেন, কাম ধরাইয়া দিবো", "ইকামা লাগে না, দিনে ২০০ রিয়াল কামাই"],
}
STAY_OK = [
    "umrah done, coming back on sunday, work resumes monday",
    "beware: staying back after umrah to work means jail and blacklist",
    "ওমরা কইরা ফিরা আসছি, কাজে যোগ দিছি",
    "visit visa te giye kaj korben na, blacklist hobe",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_stay_on_after_visa(matcher, script):
    check_rule_grid(matcher, grid(VISIT, STAY)[script], STAY_OK, "dr.stay_on_after_visa")


# --- 12b. FREE TREATMENT FOR A STAY AND "A SMALL JOB" -----------------------------------------------

TREAT = {
    "en": ["we will do your leg operation at Dhaka Medical, no cost", "free treatment for your son's eyes in the city",
           "the hospital bills are on us, surgery free"],
    "bn-Latn": ["apnar paa er operation korabo, kono khoroch nai", "chikitsha free, hospital e bhorti koraye dibo",
                "operation er sob khoroch amader"],
    "bn": ["আপনার পায়ের অপারেশন করাবো, কোনো খরচ নাই", "চিকিৎসা ফ্রি, হাসপাতালে ভর্তি করায় দিমু", "অপারেশনের সব খরচ আমাদের"],
}
STAY_WORK = {
    "en": ["just stay with us 2-3 months and do a small job in the city", "he stays with us a while, a little work in town, tell his mother not to worry"],
    "bn-Latn": ["shudhu 2-3 mash amader shathe thakben, choto ekta kaj korben shohore", "amader sathe thakbe, halka kaj, maa ke bolen chinta na korte"],
    "bn": ["শুধু ২-৩ মাস আমাদের সাথে থাকবেন, ছোট একটা কাজ করবেন শহরে", "আমাদের সাথে থাকবে, হালকা কাজ, মাকে বলেন চিন্তা না করতে"],
}
TREAT_OK = [
    "free eye camp at the upazila hospital, operation free, stay 2 days in the ward, bring a relative",
    "আব্বুর অপারেশন হইছে, সব খরচ অফিস দিছে, এখন কাজে ফিরছে",
    "operation er por 2 mash rest, choto kaj o korben na",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_treatment_lure(matcher, script):
    check_rule_grid(matcher, grid(TREAT, STAY_WORK)[script], TREAT_OK, "dr.treatment_lure")


# --- 12. AN AD'S LURE MARKS (weak) -----------------------------------------------------------------

AD_MARKS = [
    "Female staff needed. Girls from outside Dhaka welcome, we send bus ticket",
    "Send 2 full length photos to hr",
    "ফ্যাক্টরির নাম ফোনে বলা হবে, পোস্টে না",
    "কোনো কাগজপত্র লাগবে না শুধু ব্যাগ নিয়া চলে আসবেন",
    "meyera outside Dhaka welcome, we send bus ticket",
]
AD_MARKS_OK = ["we send the bus ticket for the wedding", "send a passport size photo with the CV", "phone diyen"]


def test_ad_lure_marks(matcher):
    assert fired_by(matcher, AD_MARKS, "dr.ad_lure_marks") == AD_MARKS
    assert_not_fired(matcher, AD_MARKS_OK, "dr.ad_lure_marks")
