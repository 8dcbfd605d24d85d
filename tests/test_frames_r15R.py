"""Round 15 of issue 15, part R: recruitment, fees, minors and labour scenes of the UK sponsorship bought
and held over the worker, the lover who takes her across the border, the recruiter who boasts of needing no
licence, the wage cut as a penalty, the months without a day off, the child wanted because a child obeys,
the children handed across, the contract signed unread, the student visa sold as a work visa, tested as
grids (docs/rules.md, "round 15, part R").

1. A SPONSORSHIP BOUGHT (``fd.sponsorship_bought``).
2. THE SPONSOR'S HOLD (``lab.sponsor_leverage``).
3. THE LOVER WHO TAKES HER ACROSS (``dr.lover_border_lure``).
4. THE RECRUITER WHO NEEDS NO LICENCE (``dr.unlicensed_offer``).
5. THE WAGE CUT AS A PENALTY (``lab.penalty_cut``).
6. MONTHS WITHOUT A DAY OFF (``lab.no_day_off``).
7. THE CHILD WANTED BECAUSE A CHILD OBEYS (``mn.child_docile_wanted``).
8. CHILDREN HANDED ACROSS THE BORDER (``mn.child_handed_across``).
9. THE CONTRACT SIGNED UNREAD (``dr.contract_unread``).
10. THE STUDENT VISA SOLD AS A WORK VISA (``dr.student_visa_work_lure``).
12. A FREE PILGRIMAGE OR TRIP FOR A LITTLE WORK (``dr.free_trip_work_lure``).
13. A FEW MONTHS' PAY FOR MANY MONTHS' WORK (``lab.paid_fraction``).
11. Widened: told one job, found another; the payslip against the cash; a leaving fee; paid before going
    home; the employer's costs taken "from us"; a child at housework in a relative's house; "16 yr".

Every filler was written for this file as a family of ways the slot is said (the sets' own wording is the
fewest); each grid asserts that every combination reaches the review line by the frame's rule, and that
near-misses do not fire it.
"""

import pytest

from packs import SCRIPTS, assert_not_fired, builtin_matcher, check_rule_grid, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A SPONSORSHIP BOUGHT -------------------------------------------------------------------------

SPONSOR = {
    "en": ["we paid for the CoS", "my sponsorship balance is", "the care visa sponsorship cost us",
           "agent said the sponsor licence fee is"],
    "bn-Latn": ["cos er jonno dilam", "sponsor ke dite hobe", "care visa r sponsorship er jonno lagse",
                "sponsorship er taka baki"],
    "bn": ["CoS এর লাগি দিতে হইবো", "স্পন্সরকে দিছি", "কেয়ার ভিসার স্পন্সরশিপের জন্য লাগছে", "সিওএস এর জন্য বাকি"],
}
SPONSOR_SUM = {
    "en": ["£18,000", "15k pounds", "22 lakh taka"],
    "bn-Latn": ["18 lakh", "12 hajar pound", "£16000"],
    "bn": ["২২ হাজার পাউন্ড", "১৮ লাখ টাকা", "১৫ লাখ"],
}
SPONSOR_OK = [
    "the visa application fee is £719 and the health surcharge £1,035 for 3 years",
    "the sponsor pays the CoS, the employer paid £525, we paid nothing",
    "beware: anyone who asks £10,000 for a CoS is a fraud, never pay",
    "আমার CoS আসছে, আলহামদুলিল্লাহ, ২২ তারিখ ফ্লাইট",
    "sponsorship er khoroch company dise, free of cost",
    "cos i was late i paid 50 pounds fine",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_sponsorship_bought(matcher, script):
    check_rule_grid(matcher, grid(SPONSOR, SPONSOR_SUM, sep=" ")[script], SPONSOR_OK, "fd.sponsorship_bought")


# --- 2. THE SPONSOR'S HOLD ---------------------------------------------------------------------------

LEVER_CAUSE = {
    "en": ["I asked for my holiday pay", "asked for the breakdown of the deductions", "when I said the hours are too much"],
    "bn-Latn": ["chhuti chaile", "beton er kotha bolle", "payslip chaile"],
    "bn": ["ছুটি চাইলে", "বেতনের কথা কইলে", "পেস্লিপ চাইলে"],
}
LEVER = {
    "en": ["manager said stop asking or find another sponsor", "owner says he will withdraw my CoS",
           "he said your visa is in my hand", "boss said he will report you to the home office"],
    "bn-Latn": ["malik koy tor visa amar hate", "koy jao, dekhi ke tomare CoS dey", "bole cos cancel kore dibo",
                "manager bole home office e janabo"],
    "bn": ["মালিক কয় তোর ভিসা আমার হাতে", "কয় হোম অফিসে জানামু", "কয় যাও, দেখি কে তোমারে cos দেয়",
           "ম্যানেজার কয় স্পন্সর বাতিল করমু"],
}
LEVER_OK = [
    "news: the home office has revoked the licence of 40 care sponsors, workers can find another sponsor",
    "know your rights: if your sponsor threatens to cancel your visa, call the helpline",
    "আমার ভিসা আমার হাতেই আছে, পাসপোর্টে লাগানো",
    "visa hate peye gesi alhamdulillah",
    "my visa is in my hand now, flying on monday",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_sponsor_leverage(matcher, script):
    check_rule_grid(matcher, grid(LEVER_CAUSE, LEVER)[script], LEVER_OK, "lab.sponsor_leverage")


# --- 3. THE LOVER WHO TAKES HER ACROSS ---------------------------------------------------------------

MARRY = {
    "en": ["he says he will marry me", "my bf promised he will marry me, his house is in Kolkata",
           "the boy from tiktok says he will marry her"],
    "bn-Latn": ["o bolse biye korbe", "chele ta bole biya korbo", "bf bole bie korbo"],
    "bn": ["ছেলেটা কয় বিয়া করবো", "ও কইছে বিয়ে করবে", "ফেসবুকের ছেলেটা কয় বিয়া করব"],
}
CROSS_HUSH = {
    "en": ["just cross the border at night and dont tell ur family", "cross at Benapole, he said don't tell anyone",
           "in Mumbai, but first she must work in his didi's hotel for a while"],
    "bn-Latn": ["benapole diye oipare gelei niye jabe, kauke janaio na", "border par hoye aso, basay kauke bolo na",
                "kolkata te, kintu biyer age kichudin kaj korte hobe"],
    "bn": ["সাতক্ষীরার মাঠ পার হইলেই ও দাঁড়াই থাকবো, বাসায় কাউরে জানাইতে মানা", "বর্ডার পার হইয়া আসো, কাউরে কইও না",
           "মুম্বাইতে, কিন্তু বিয়ার আগে কিছুদিন দিদির হোটেলে কাম"],
}
MARRY_OK = [
    "beware: men who promise to marry girls and take them across the border sell them",
    "my brother will marry her next month in Kolkata, both families agreed",
    "বিয়ে করবে কলকাতায়, দুই পরিবার রাজি, সবাই দাওয়াত পাবে",
    "বর্ডারে বিয়ের প্রলোভনে পাচারের খবর, পুলিশ উদ্ধার করেছে",
    "bhaiya biye korbe india te, amra sobai jabo",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_lover_border_lure(matcher, script):
    check_rule_grid(matcher, grid(MARRY, CROSS_HUSH)[script], MARRY_OK, "dr.lover_border_lure")


# --- 4. THE RECRUITER WHO NEEDS NO LICENCE -----------------------------------------------------------

OFFER = {
    "en": ["Malaysia factory job, salary RM 2200", "Singapore S pass guarantee, salary SGD 2500",
           "Saudi company visa, send passport copy"],
    "bn-Latn": ["malaysia factory visa ase, beton 1800 ringgit", "italy jaben? 12 lakh", "dubai company visa, beton 60 hajar"],
    "bn": ["মালয়েশিয়া ফ্যাক্টরি ভিসা, বেতন ১৮০০ রিংগিত", "সৌদি কোম্পানি ভিসা আছে", "দুবাই ভিসা, খরচ ৪ লাখ"],
}
BOAST = {
    "en": ["we are not an agency, cost less than govt rate", "no need BMET, everything on whatsapp",
           "no need IPA first, come on social visit pass, convert inside"],
    "bn-Latn": ["amra nije agency na, tai kom khoroch", "amader license lage na, amra direct lok",
                "office e asar dorkar nai sob whatsapp e hobe"],
    "bn": ["আমরা নিজে এজেন্সি না, খরচ কম", "লাইসেন্স লাগে না, আমরা ডাইরেক্ট লোক", "অফিসে আসার দরকার নাই, সব হোয়াটসঅ্যাপে হবে"],
}
BOAST_OK = [
    "beware: an agent who says no need BMET or less than govt rate is illegal, avoid him",
    "we are not agency, we are a cleaning company in Dhaka",
    "সাবধান! যারা বলে লাইসেন্স লাগে না, তারা প্রতারক",
    "অফিসে আসার দরকার নাই, বিল অনলাইনে দেন",
    "office e ashte hobe na kal, chuti",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_unlicensed_offer(matcher, script):
    check_rule_grid(matcher, grid(OFFER, BOAST)[script], BOAST_OK, "dr.unlicensed_offer")


# --- 5. THE WAGE CUT AS A PENALTY --------------------------------------------------------------------

CAUSE = {
    "en": ["overtime they dont pay, if we complain", "if thread breaks", "daily target 1 ton, if we miss the target"],
    "bn-Latn": ["complain korle", "target puron na hole", "kisu bhangle"],
    "bn": ["সুপারভাইজারের কাছে নালিশ করলে", "টার্গেট পূরণ না হলে", "কিছু ভাঙলে"],
}
CUT = {
    "en": ["they cut 2 days salary", "he cuts 50 from the piece money", "the supervisor cut my salary"],
    "bn-Latn": ["oi diner beton kata", "supervisor beton kete ney", "jorimana dite hoy"],
    "bn": ["ঐ দিনের বেতন কাটা যায়", "মালিক বেতন কেটে নেয়", "বেতন থেকে জরিমানা কাটে"],
}
CUT_OK = [
    "know your rights: if they cut your salary when you complain, it is illegal, call the helpline",
    "if we complain about the food the cook makes it better",
    "অভিযোগ করলে কর্তৃপক্ষ ব্যবস্থা নিবে",
    "target puron hole bonus dey",
    "complain korle manager shune, valo company",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_penalty_cut(matcher, script):
    check_rule_grid(matcher, grid(CAUSE, CUT)[script], CUT_OK, "lab.penalty_cut")


# --- 6. MONTHS WITHOUT A DAY OFF ---------------------------------------------------------------------

SPAN = {
    "en": ["2 years in this house", "8 months at the restaurant", "3 years with this kafeel"],
    "bn-Latn": ["2 bochor ei bari te", "8 mash restaurant e", "3 bochor malik er kache"],
    "bn": ["২ বছর এই বাসায়", "৮ মাস রেস্টুরেন্টে", "৩ বছর মালিকের কাছে"],
}
NO_OFF = {
    "en": ["not one day off, madam says no", "no day off, work from 5am", "seven days a week in the kitchen"],
    "bn-Latn": ["ekdin o chhuti pai nai, madam dey na", "ek din o off nai, kaj ar kaj", "week e 7 din duty"],
    "bn": ["একদিনও ছুটি পাই নাই, ম্যাডাম দেয় না", "সপ্তাহে ৭ দিন কাজ", "এক দিনও ছুটি নাই, রান্না আর রান্না"],
}
NO_OFF_OK = [
    "our shop is open 7 days a week, home delivery available",
    "exam month, no day off for me, study every single day",
    "আমাদের দোকান সপ্তাহে ৭ দিন খোলা, হোম ডেলিভারি আছে",
    "amar dokan, 7 bochor ekdin o chhuti nei nai, my own business",
    "exam er jonno 2 mash ekdin o off nai",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_no_day_off(matcher, script):
    check_rule_grid(matcher, grid(SPAN, NO_OFF)[script], NO_OFF_OK, "lab.no_day_off")


# --- 7. THE CHILD WANTED BECAUSE A CHILD OBEYS -------------------------------------------------------

CHILD_WANT = {
    "en": ["Boss need small boys for the site", "employer wants very young housemaid", "agent says the factory wants young girls"],
    "bn-Latn": ["boss bolse choto chele lagbe site e", "kafeel er kom boyoshi meye lagbe", "factory te choto meye lagbe"],
    "bn": ["মালিক কইছে কম বয়সী মেয়ে লাগবে", "ফ্যাক্টরিতে ছোট ছেলে লাগবে", "বাসার কাজে ছোট মেয়ে চাই"],
}
DOCILE = {
    "en": ["cheap, don't argue", "they dont complain and dont run", "no need permit, nobody check"],
    "bn-Latn": ["sosta, kotha shune", "palabe na", "keu check kore na"],
    "bn": ["সস্তা, কথা শোনে", "পালাবে না", "কেউ চেক করে না"],
}
DOCILE_OK = [
    "small boys t-shirt cheap price, what size do you need",
    "child labour is illegal: employers who want small boys because they are cheap must be reported to 1098",
    "ছোট ছেলের শার্ট সস্তা দামে, কোন সাইজ লাগবে",
    "choto chele ta kotha shune na, sara din khela",
    "choto meye ta khub sosta jama pochondo kore",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_child_docile_wanted(matcher, script):
    check_rule_grid(matcher, grid(CHILD_WANT, DOCILE)[script], DOCILE_OK, "mn.child_docile_wanted")


# --- 8. CHILDREN HANDED ACROSS THE BORDER ------------------------------------------------------------

CARRY = {
    "en": ["the two kids 9 and 11, we have to take them across at Benapole", "the girls 13 and 14, need to get them across the border tonight"],
    "bn-Latn": ["baccha duita ke benapole diye par korte hobe", "polapan 3 ta border par kore dibo kal"],
    "bn": ["বাচ্চা দুইটারে বেনাপোল দিয়া পার করতে হইবো", "মেয়ে দুইটারে সাতক্ষীরার মাঠ দিয়া পার করা লাগবো"],
}
FAR_MEN = {
    "en": ["our people on the other side will pick them up", "people on the other side will pick them up", "our people on the other side will take them"],
    "bn-Latn": ["oipare lok ase, ora niye jabe", "oder bolsi khalar bari jai", "oi pare lok ase"],
    "bn": ["ঐপারে লোক আছে, ওরা নিয়া যাইবো", "ওগো কইছি মামার বাসায় যাইতেছি", "ওইপারে লোক থাকবো"],
}
CARRY_OK = [
    "news: BGB rescued two children the traffickers tried to take across the border at Benapole",
    "we will cross at Benapole with the kids, visa done, staying at my sister's in Kolkata",
    "বিজিবি বেনাপোল সীমান্তে পাচারের সময় দুই শিশুকে উদ্ধার করেছে",
    "বাচ্চাদের নিয়া বেনাপোল দিয়া কলকাতা যাবো, ভিসা হইছে",
    "nodi par hoye school e jay baccha ra",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_child_handed_across(matcher, script):
    check_rule_grid(matcher, grid(CARRY, FAR_MEN)[script], CARRY_OK, "mn.child_handed_across")


# --- 9. THE CONTRACT SIGNED UNREAD -------------------------------------------------------------------

UNREAD = {
    "en": ["at the airport they gave a contract in arabic, I can't read it", "the paper was in malay, could not read"],
    "bn-Latn": ["airport e malay bhashar contract dhoraise, bujhi na ki lekha", "contract arabic e lekha, porte pari na"],
    "bn": ["এয়ারপোর্টে আরবিতে লেখা কন্ট্রাক্ট দিল, বুঝি না কি লেখা", "চুক্তি ইংরেজিতে লেখা, পড়তে দেয় নাই"],
}
PUSH = {
    "en": ["agent said just sign, it is formality", "he said real contract in Malaysia", "no sign no flight he said"],
    "bn-Latn": ["agen bole sign koro eta shudhu formality", "ashol contract malaysia te dibe", "sign na korle flight bad"],
    "bn": ["কয় সাইন করো এইটা ফরমালিটি", "আসল চুক্তি ওইখানে দিবে", "সই না করলে ফ্লাইট বাদ"],
}
UNREAD_OK = [
    "never sign a contract you cannot read, ask for it in Bangla",
    "the contract was in english but the officer read it to me in bangla, I signed",
    "না বুঝে সই করবেন না, বাংলায় চুক্তি চান",
    "contract bangla te chilo, pore sign korsi",
    "arabic e lekha board ta porte pari na haha",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_contract_unread(matcher, script):
    check_rule_grid(matcher, grid(UNREAD, PUSH)[script], UNREAD_OK, "dr.contract_unread")


# --- 10. THE STUDENT VISA SOLD AS A WORK VISA --------------------------------------------------------

STUDENT = {
    "en": ["agent said on student visa", "the college he sold us", "the university in London"],
    "bn-Latn": ["agent koisil student visa te aila", "college e admission", "university te"],
    "bn": ["এজেন্ট কইছিল স্টুডেন্ট ভিসায়", "কলেজে ভর্তি", "ইউনিভার্সিটিতে"],
}
NO_CLASS = {
    "en": ["is name only, no need to attend", "only on paper, work full time", "nobody checks, full time work"],
    "bn-Latn": ["naam matro thakbo, class kora lagbe na", "class lagbe na, full time kaj", "keu dekhbe na, full time kaj korte parba"],
    "bn": ["নাম মাত্র, ক্লাস করা লাগবে না", "ক্লাস লাগবে না, ফুল টাইম কাজ", "কেউ দেখবে না, ফুল টাইম কাজ"],
}
STUDENT_OK = [
    "beware: on a student visa you must attend and full time work is not allowed",
    "university starts next week, attendance is compulsory",
    "সাবধান! স্টুডেন্ট ভিসায় ফুল টাইম কাজ অবৈধ",
    "university te class shuru hobe kal",
    "college e admission hoise alhamdulillah",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_student_visa_work_lure(matcher, script):
    check_rule_grid(matcher, grid(STUDENT, NO_CLASS)[script], STUDENT_OK, "dr.student_visa_work_lure")


# --- 12. A FREE PILGRIMAGE OR TRIP FOR A LITTLE WORK ------------------------------------------------

TRIP = {
    "en": ["my aunt says a saudi family will take me for umrah for free", "free umrah, all expenses paid",
           "the broker said free hajj for my mother"],
    "bn-Latn": ["khala bolse umra korte niye jabe free te", "free umrah", "umrah korte niye jabe oder poribar"],
    "bn": ["খালা কইছে উমরা করাইতে নিয়া যাবে", "ফ্রিতে উমরা", "উমরাহ করাতে নিয়ে যাবে সৌদি পরিবার"],
}
LITTLE_WORK = {
    "en": ["I only have to help in their house", "just a little housework for the madam", "only a small job in the house"],
    "bn-Latn": ["shudhu oder ghore ektu kaj kore dite hobe", "ghore ektu kaj", "choto kaj ta korle hobe"],
    "bn": ["শুধু ওদের ঘরে একটু কাজ করে দিতে হবে", "বাসার একটু কাজ করলেই হবে", "ছোট কাজ করলেই চলবে"],
}
TRIP_OK = [
    "beware: free umrah offers with a little housework are a scam to take women as maids",
    "we won a free holiday to Cox's Bazar, all expenses paid",
    "আব্বা আম্মারে উমরা করাইতে নিয়া যাবে ভাইয়া",
    "bhaiya abba ammake umrah korte niye jabe",
    "free umrah lottery te jitsi",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_free_trip_work_lure(matcher, script):
    check_rule_grid(matcher, grid(TRIP, LITTLE_WORK)[script], TRIP_OK, "dr.free_trip_work_lure")


# --- 13. A FEW MONTHS' PAY FOR MANY MONTHS' WORK -----------------------------------------------------

FRACTION = {
    "en": ["in 10 months I got only 2 months salary", "in 8 months we were paid 3 months", "12 months work, paid for 4"],
    "bn-Latn": ["10 mash e beton paisi 2 mash er", "8 mash e salary dise 3 mash er", "1 bochor kaj, 12 mash e beton pelam 4 mash er"],
    "bn": ["১০ মাসে বেতন পাইছি ২ মাসের", "৮ মাসে বেতন দিছে ৩ মাসের", "১২ মাসে টাকা পাইলাম ৪ মাসের"],
}
WHERE = {
    "en": ["the kafeel says later", "I live in a tent by the camels"],
    "bn-Latn": ["kafeel bole pore dibo", "tent e thaki"],
    "bn": ["কফিল কয় পরে দিবো", "তাঁবুতে থাকি"],
}
FRACTION_OK = [
    "in 10 months I got 2 months salary as bonus, alhamdulillah",
    "10 months of work on the house, paid in full",
    "২ মাসের ভাড়া বাকি",
    "2 mash er bhara baki",
    "10 mash e bonus paisi 2 mash er",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_paid_fraction(matcher, script):
    check_rule_grid(matcher, grid(FRACTION, WHERE, sep=". ")[script], FRACTION_OK, "lab.paid_fraction")


# --- 11. WIDENED -------------------------------------------------------------------------------------

WIDENED = {
    "dr.told_job_found_other": [
        "আমার জামাই হোটেলে ওয়েটারের কামের কথা কইয়া নিছে, গিয়া দেহে উটের খামারে রাখছে",
        "agent say shipyard job, reach here is construction site, no permit",
        "they promised us packing in a factory, when we reached there was no factory",
        "company r nam paper e chilo, ekhane aisi dekhi ei company na",
    ],
    "lab.slip_against_cash": [
        "Salary slip show SGD 1,200 but cash we receive 700 only",
        "payslip shows £1,400, take home £600 cash",
        "পেস্লিপে লেখা ১২০০ পাউন্ড, হাতে পাই ৫০০",
    ],
    "fd.pay_to_leave": [
        "কন্ট্রাক্টে লেখা আছে ৩ বছরের আগে চাকরি ছাড়লে ৯৫০০ পাউন্ড ফেরত দিতে অইবো",
        "if i leave before 3 years i must pay back £8000 training costs",
        "মাদাম কইছে দেশে যাইতে চাইলে ১২ হাজার রিয়াল দিয়া যাইতে হইবো",
    ],
    "fd.employer_costs_charged": [
        "permit renew er tk amader theke ney, 1850 ringgit ekbare, company kichui dey na",
        "levy and insurance they take from us, 300 ringgit every month from the salary",
    ],
    "mn.child_housework_hidden": [
        "১৪ বছরের মেয়েটা মামার বাসায়, স্কুলে দেয় না। সারাদিন বাচ্চা রাখে, রান্না করে, কেউ জিগাইলে কয় বেড়াইতে আইছে",
        "she is 13 years old, not in school, she cooks and cleans and minds the kids at her uncle's",
    ],
    "mn.minor_age_stated": [
        "my niece is 13 yr old, the agent will send her to dubai for housemaid work",
    ],
}
WIDENED_OK = {
    "dr.told_job_found_other": ["they promised us packing in a factory, when we reached it was the same factory, alhamdulillah"],
    "lab.slip_against_cash": ["salary slip shows 1200 and cash we receive 1200, same as the payslip, full salary"],
    "fd.pay_to_leave": ["if i leave before 3 years the company will refund the training costs"],
    "fd.employer_costs_charged": ["levy company dey, amader theke ney na kichu, employer pays"],
    "mn.child_housework_hidden": ["my 14 years old niece cooks and cleans at home after school, she is in class 9"],
    "mn.minor_age_stated": ["my niece is 23 yr old, the agent will send her to dubai for a nurse job, her own choice"],
}


@pytest.mark.parametrize("rule", sorted(WIDENED))
def test_widened(matcher, rule):
    check_rule_grid(matcher, WIDENED[rule], WIDENED_OK[rule], rule)
