"""Round 14 of issue 15, part R: recruitment, fees, minors and labour scenes of the desert farm, the changed
visa, the raised fee, the levy charged, the inside man, the girl praised for her videos, the child's real
age and the school lied to, tested as grids (docs/rules.md, "round 14, part R").

1. TOLD ONE JOB, FOUND ANOTHER (``dr.told_job_found_other``, widened: the second person's telling, the
   arrival, the desert herding, the estate, the crowded house, the domestic visa, another country).
2. A FEE RAISED AFTER THE QUOTE (``fd.fee_raised_after_quote``).
3. THE EMPLOYER'S COSTS CHARGED TO THE WORKER (``fd.employer_costs_charged``).
4. THE INSIDE MAN AT THE CHECKS (``dr.inside_man_at_checks``).
5. A VISIT VISA TO BE TURNED INTO A WORK VISA (``dr.stay_on_after_visa``, widened).
6. A GIRL PRAISED FOR HER VIDEOS, OFFERED WORK ACROSS THE BORDER (``dr.video_praise_job_offer``).
7. A CHILD'S REAL AGE UNDER A FALSE ONE (``mn.real_age_covered``).
8. A CHILD TAKEN TO HOUSEWORK, HER MOTHER OR SCHOOL LIED TO (``mn.child_housework_hidden``).
9. A REMOTE SITE, A HARSH LIFE (``lab.remote_site_harsh``).
10. NO DAY OFF, FOUR HOURS' SLEEP, TWO HOUSEHOLDS (``lab.conditions_combined``, widened).
11. A FALL AT THE SITE, NO HOSPITAL, BACK TO WORK (``lab.hurt_worked_on``, widened).

Every filler was written for this file as a family of ways the slot is said (the sets' own wording is the
fewest); each grid asserts that every combination reaches the review line by the frame's rule, and that
near-misses do not fire it.
"""

import pytest

from packs import SCRIPTS, assert_not_fired, builtin_matcher, check_rule_grid, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. TOLD ONE JOB, FOUND ANOTHER ----------------------------------------------------------------

TOLD = {
    "en": ["you told me driver job in a company", "agent showed me the contract for office helper",
           "they tell me electronic factory work", "you said sales girl in a mall"],
    "bn-Latn": ["amake bolse company te driver er kaj", "apni bolsilen supermarket e salesman",
                "tumi bolsila parlour er kaj", "amare koise restaurant e kaj"],
    "bn": ["আপনি না বলছিলেন অফিসের কাজ", "আমারে কইছে ড্রাইভারের কাজ", "বলছিলেন সুপারমার্কেটে সেলসম্যান",
           "আপনি বলছিলেন কাজের ভিসা"],
}
FOUND = {
    "en": ["when i came they sent me to herd goats in the desert", "now i am in an oil palm estate, no road",
           "when we reached it was a house with 11 people, cooking cleaning from 5am",
           "here my visa is house driver visa"],
    "bn-Latn": ["ekhane aisha dekhi baddu r bari te chagol charai", "ese dekhi morubhumi te bhera charai",
                "ekhane jongol er estate e kaj", "aiya dekhi khadim er kaj"],
    "bn": ["এখানে এসে দেখি মরুভূমিতে ছাগল চরাই", "আইসা দেখি বেদুইনের বাড়িতে উট দেখি",
           "এখানে এসে দেখি কম্বোডিয়ার বাভেত", "এসে দেখি শুধু অন অ্যারাইভাল সিল"],
}
TOLD_OK = [
    "you told me driver job in a company, and it is the same, alhamdulillah",
    "amake bolse company te driver er kaj, kal theke shuru",
    "আপনি বলছিলেন অফিসের কাজ, এখানে এসে দেখি অফিসেই কাজ, ভালো আছি",
    "we went to the desert safari, goats and camels everywhere",
    "beware: agents say driver job, then you herd goats in the desert",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_told_job_found_other(matcher, script):
    check_rule_grid(matcher, grid(TOLD, FOUND)[script], TOLD_OK, "dr.told_job_found_other")


# --- 2. A FEE RAISED AFTER THE QUOTE ---------------------------------------------------------------

QUOTE = {
    "en": ["you said 3 lakh max", "the deal was 4 lakh", "first he said 2.5 lakh", "we agreed on 350000 taka"],
    "bn-Latn": ["apni je bolsilen 3 lakh er beshi lagbe na", "kotha chilo 2 lakh", "prothome bolse 3 lakh 50 hajar",
                "shuru te bolse 4 lakh"],
    "bn": ["কথা ছিল ৩ লাখ", "আপনি বলছিলেন ২ লাখ", "প্রথমে বলছিল ৪ লাখ", "শুরুতে বলছে ৩ লাখ ৫০ হাজার"],
}
NOW_MORE = {
    "en": ["now you say 4.5 lakh", "now he wants 6 lakh before the flight", "now they say 5 lakh or no visa"],
    "bn-Latn": ["ekhon bolen 4.5", "ekhon chaitese 5 lakh", "ahon koy 6 lakh lagbe"],
    "bn": ["এখন বলেন ৪ লাখ ৫০ হাজার", "এখন চায় ৫ লাখ", "এখন বলে ৬ লাখ লাগবে"],
}
QUOTE_OK = [
    "you said 3 lakh and it was 3 lakh, thank you",
    "কথা ছিল ৩ লাখ, ৩ লাখই দিছি, ভিসা হাতে",
    "ekhon bolen kobe flight",
    "beware: the deal was 3 lakh, now he says 5 lakh, this is the oldest trick of dalals",
    "now you say 5 o'clock, first you said 4",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_fee_raised_after_quote(matcher, script):
    check_rule_grid(matcher, grid(QUOTE, NOW_MORE)[script], QUOTE_OK, "fd.fee_raised_after_quote")


# --- 3. THE EMPLOYER'S COSTS CHARGED TO THE WORKER -------------------------------------------------

COST = {
    "en": ["the company say levy", "medical, insurance, hostel, levy", "iqama renewal fee", "the work permit renewal"],
    "bn-Latn": ["company bole levy", "iqama renew er taka", "permit er taka", "hostel er taka"],
    "bn": ["কোম্পানি বলে লেভি", "ইকামার টাকা", "পারমিটের টাকা", "ইকামা নবায়নের টাকা, মালিক বলে"],
}
CHARGED = {
    "en": ["all we must pay, the company says", "cut from my salary every month by the agent",
           "we have to pay it ourselves, kafeel says"],
    "bn-Latn": ["amader dite hoy, malik bole", "beton theke kete ney", "salary theke kaita rakhe company"],
    "bn": ["আমাদের দিতে হয়, কফিল বলে", "বেতন থেকে কেটে নেয়", "বেতন থেকে কাইটা রাখে কোম্পানি"],
}
COST_OK = [
    "the employer pays the levy and the iqama, we pay nothing",
    "লেভি কোম্পানি দেয়, আমাদের কিছু দিতে হয় না",
    "hostel fee we must pay this semester, the university raised it",
    "beware: if the company says levy we must pay, complain to the embassy",
    "iqama er taka malik dey, amader kisu dite hoy na",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_employer_costs_charged(matcher, script):
    check_rule_grid(matcher, grid(COST, CHARGED)[script], COST_OK, "fd.employer_costs_charged")


# --- 4. THE INSIDE MAN AT THE CHECKS ---------------------------------------------------------------

INSIDE = {
    "en": ["our man at immigration will pass you", "dont go BMET office, our man give you smart card direct",
           "no tension at immigration, our people are there", "our guy at the border takes you across"],
    "bn-Latn": ["immigration e amader lok ase tension nio na", "BMET card amader lok direct kore dibe",
                "border e amago lok ase par kore dibe", "clearance er jonno nijer lok ase"],
    "bn": ["ইমিগ্রেশনে আমাদের লোক আছে, কিছু জিগাইবো না", "বর্ডার আমাদের লোক পার করাই দিবে",
           "স্মার্ট কার্ড আমাদের লোক করে দিবে, অফিসে যাওয়া লাগবে না", "ইমিগ্রেশনে বডি কন্ট্রাক্ট করা আছে"],
}
INSIDE_OK = [
    "our man will receive you at the airport after immigration",
    "এয়ারপোর্টে আমাদের লোক রিসিভ করবে",
    "BMET e nijei giye smart card nilam",
    "beware of brokers who say our man at immigration will pass you, it is fraud",
    "immigration e line onek lomba chilo",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_inside_man_at_checks(matcher, script):
    check_rule_grid(matcher, INSIDE[script], INSIDE_OK, "dr.inside_man_at_checks")


# --- 5. A VISIT VISA TO BE TURNED INTO A WORK VISA -------------------------------------------------

VISIT = {
    "en": ["go on visit visa to Dubai, salesman job, later work visa the company will do",
           "visit visa first, the job is ready, convert to work visa there"],
    "bn-Latn": ["visit visa te jaben, kaj ready, pore kajer visa lagay dibe", "visa visit oilou kaj paiba, oikhane giya work permit oibo"],
    "bn": ["ভিজিট ভিসায় যাবেন, সেলসম্যানের কাজ, পরে কাজের ভিসা লাগায় দিবে", "ভিজিট ভিসায় যান, কাজ রেডি, ভিসা চেঞ্জ করে দিবে"],
}
VISIT_OK = [
    "visit visa for my mother, she comes back in march",
    "ভিজিট ভিসায় গেছিলাম, কাজের ভিসা লাগায় দিবে বলছিল, সাবধান, জেল হইছে",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_visit_visa_turned(matcher, script):
    check_rule_grid(matcher, VISIT[script], VISIT_OK, "dr.stay_on_after_visa")


# --- 6. A GIRL PRAISED FOR HER VIDEOS, OFFERED WORK ACROSS THE BORDER ------------------------------

PRAISE = {
    "en": ["saw your tiktok videos, you look beautiful", "your videos are so pretty", "saw your reels"],
    "bn-Latn": ["tmr likee live dekhsi, tmi onk valo dance paro", "tomar video dekhlam", "tomar tiktok dekhlam"],
    "bn": ["আপু তোমার টিকটক ভিডিও গুলা দেখলাম", "তোমার ভিডিও দেখলাম, অনেক সুন্দর", "তোমার লাইভ দেখলাম"],
}
OFFER = {
    "en": ["we need a model for a shooting in Kolkata, 60k rupees", "an event company in Dubai needs a dancer",
           "modeling house in Mumbai, you can earn a lot"],
    "bn-Latn": ["bengaluru te event company te dancer lagbe, 80k rupees", "kolkata te modeling er kaj", "dubai te dancer lagbe"],
    "bn": ["কলকাতায় আমাদের মডেলিং হাউস আছে", "দুবাইতে ড্যান্সার লাগবে", "মুম্বাইতে শুটিং, মাসে ৬০ হাজার রুপি"],
}
PRAISE_OK = [
    "saw your tiktok videos, so pretty! see you at the wedding",
    "তোমার টিকটক ভিডিও গুলা দেখলাম, অনেক সুন্দর হইছে",
    "be careful: strangers who praise your tiktok and offer modeling in India are a scam, block them",
    "dancer lagbe college program e",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_video_praise_job_offer(matcher, script):
    check_rule_grid(matcher, grid(PRAISE, OFFER)[script], PRAISE_OK, "dr.video_praise_job_offer")


# --- 7. A CHILD'S REAL AGE UNDER A FALSE ONE -------------------------------------------------------

REAL = {
    "en": ["she is under 16", "she is actually 2010 born", "she is still in school", "her real age is 14"],
    "bn-Latn": ["16 er niche", "meyeta ekhono SSC dey nai", "asol boyos 14", "asole 15"],
    "bn": ["১৬ এর নিচে", "মেয়েটা এখনো এসএসসি দেয় নাই", "আসল বয়স ১৪", "আসলে ১৫"],
}
FALSE_AGE = {
    "en": ["tell the client 19, rate double", "just tell her to say 21 at the airport", "looks 20, the customer won't know"],
    "bn-Latn": ["customer ke bolba 18", "dekhle 20 mone hoy, ajke raat e client", "airport e 19 bolbi"],
    "bn": ["কাস্টমাররে বলবা ১৮", "দেখলে ২০ লাগে, আজ রাতে ক্লায়েন্ট", "এয়ারপোর্টে বলবি ১৯"],
}
REAL_OK = [
    "she is actually 15, tell her to say 15 to the doctor",
    "১৬ এর নিচে হইলে টিকিট হাফ, বাসে",
    "meyeta ekhono SSC dey nai, biye dibo na",
    "under 16 cannot work here, the hotel checks the ID, 18 only",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_real_age_covered(matcher, script):
    check_rule_grid(matcher, grid(REAL, FALSE_AGE)[script], REAL_OK, "mn.real_age_covered")


# --- 8. A CHILD TAKEN TO HOUSEWORK, HER MOTHER OR SCHOOL LIED TO -----------------------------------

CHILD_WORK = {
    "en": ["she is in class 7, the family will pay 8000 a month for housework", "class 5 girl, maid work in the city",
           "age 13, housework in a big house in Dhaka"],
    "bn-Latn": ["tumi koto class e poro? bashay choto baccha dekhbe sudhu", "boyosh 14, basar kaj dhaka te",
                "class 6 e pore, barite kaj korbe"],
    "bn": ["তুমি কোন ক্লাসে পড়ো? বাসায় কাজ, বাচ্চা দেখবে", "ক্লাস সিক্সে পড়ে, ঢাকায় বাসার কাজ", "বয়স ১৩, বাসাবাড়ির কাজ"],
}
HIDDEN = {
    "en": ["tell the school she went to her nani's house", "don't tell your mother, nobody checks", "keep her there"],
    "bn-Latn": ["ma ke ekhon bolba na", "amar sathe cholo, kal school er samne theko", "keu check kore na, nanir bari bolba"],
    "bn": ["মাকে বলবা না", "আমার সাথে চলো, স্কুলের সামনে থেকো", "স্কুলে বলবা নানির বাড়ি গেছে"],
}
CHILD_OK = [
    "she is in class 7, she helps with housework at home after school",
    "class 7 girl sent for housework? call 1098 and report it",
    "meye class 7 e pore, bashay kaj e help kore",
    "আমার সাথে চলো স্কুলে, দেরি হবে",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_child_housework_hidden(matcher, script):
    check_rule_grid(matcher, grid(CHILD_WORK, HIDDEN)[script], CHILD_OK, "mn.child_housework_hidden")


# --- 9. A REMOTE SITE, A HARSH LIFE ----------------------------------------------------------------

REMOTE = {
    "en": ["camel farm in the desert", "oil palm estate in the jungle, no road no shop", "we live in a tent"],
    "bn-Latn": ["morubhumir moddhe tent", "jongol er moddhe estate, kono dokan nai", "goru r chagol dekhi, morubhumi te"],
    "bn": ["মরুভূমির মধ্যে তাঁবু", "জঙ্গলের ভিতর, রাস্তা নাই", "খামারে কাজ, মরুভূমিতে"],
}
HARSH = {
    "en": ["they give 2 water bottle a day", "4 month no salary", "no network to call home"],
    "bn-Latn": ["panir bottle dey 2 ta din e", "4 mash hoye gelo beton er nam nai", "3 mash beton pai nai"],
    "bn": ["দিনে ২টা পানির বোতল দেয়", "৪ মাস বেতন নাই", "বেতনের নাম নাই"],
}
REMOTE_OK = [
    "desert safari trip was amazing, no network for a day lol",
    "মরুভূমিতে ঘুরতে গেছিলাম, নেটওয়ার্ক নাই",
    "khamar e kaj kori, beton thik moto pai",
    "the tent for the wedding is ready",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_remote_site_harsh(matcher, script):
    check_rule_grid(matcher, grid(REMOTE, HARSH)[script], REMOTE_OK, "lab.remote_site_harsh")


# --- 10. NO DAY OFF, FOUR HOURS' SLEEP, TWO HOUSEHOLDS ---------------------------------------------

DAY = {
    "en": ["no off day, sleep 4 hours", "I do the work of two families, no off day", "leftovers only, sleep 4 hours"],
    "bn-Latn": ["ek din o chhuti pai na, 2 ta family r kaj ekai kori", "2 ta family r kaj ekai kori, khaite dile khai na dile na",
                "3 tola bari ekai, kono chhuti nai"],
    "bn": ["একদিনও ছুটি পাই না, ৪ ঘণ্টা ঘুম", "দুই ফ্যামিলির কাজ একা করি, খাইতে দিলে খাই", "তিন তলা বাড়ি একা, কোনো ছুটি নাই"],
}
DAY_OK = [
    "no off day this week because of the exam, I sleep 4 hours",
    "amar ek din o chhuti pai na ei mash e, project er jonno, overtime paid",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_day_of_a_domestic_worker(matcher, script):
    check_rule_grid(matcher, DAY[script], [], "lab.conditions_combined")


# --- 11. A FALL AT THE SITE, NO HOSPITAL, BACK TO WORK ---------------------------------------------

FALL = {
    "en": ["a man fell from the scaffold, they didn't take him to hospital, the foreman said go back to work",
           "he fell down from the roof, no hospital, supervisor said back to work"],
    "bn-Latn": ["ekjon pore gese last week, hospital e nei nai, bole ja tor kaj kor",
                "pa bhangse, hospital nibe na, malik bole kaje ja"],
    "bn": ["একজন পড়ে গেছে, হাসপাতালে নেয় নাই, বলে যা তোর কাজ কর", "পা ভাঙছে, হাসপাতালে নিবে না, মালিক বলে কাজে যা"],
}
FALL_OK = [
    "my son fell down at school, we took him to hospital",
    "ammu pore gese, hospital e nilam",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_fall_no_hospital(matcher, script):
    check_rule_grid(matcher, FALL[script], FALL_OK, "lab.hurt_worked_on")
