"""Round 12 of issue 15, part R: recruitment, fees, minors and labour scenes of the Rohingya camps, the
Gulf's domestic workers, the western border and the job-scheme frauds, tested as grids (docs/rules.md,
"round 12, part R").

1. A CHILD'S GRADE, LOOKS OR "UNDER 16" BESIDE AN ADULT AGE WRITTEN (``mn.age_disguised``).
2. A CHILD AT SEA OR IN THE TANKS, OR TAKEN OVER BY THE LINE'S MEN (``mn.minor_exploited``).
3. OVER THE BORDER WITHOUT PAPERS, TO A JOB OR A MARRIAGE (``dr.crossed_no_papers``).
4. HURT AT WORK, CARE REFUSED, WORK GONE ON WITH (``lab.hurt_worked_on``).
5. THE WAGE KEPT "FOR US", OR SHORT OF THE SLIP (``lab.wage_skimmed``).
6. THE WORKER LENT OUT (``lab.worker_lent_out``).
7. NO RECEIPT, THE OFFICIAL FEE ONLY ON PAPER (``fd.receipt_for_less``); THE SEAT'S DEPOSIT FORFEITED
   (``fd.deposit_forfeit``); THE BALANCE THAT NEVER FALLS (``fd.debt_by_work``).
8. THE FORGER'S ASSURANCE, A PAPER OF ANOTHER NATION, NO COMPANY AT THE NAME (``dr.fake_documents``).
9. THE CONTRACT FOR SHOW (``dr.contract_for_show``); THE CHITTAGONIAN DELIVERY (``dr.delivered_elsewhere``).

Every filler was written for this file as a family of ways the slot is said; each grid asserts that
every combination reaches the review line by the frame's rule, and that near-misses do not fire it.
"""

import pytest

from packs import SCRIPTS, builtin_matcher, check_rule_grid, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A CHILD'S GRADE OR LOOKS, AN ADULT AGE WRITTEN ------------------------------------------------

CHILD_SIGN = {
    "en": ["she looks 15", "the girl is in class seven", "the boy is under 16", "they are 14-15 years", "she still in school"],
    "bn-Latn": ["meyeta dekhte 14", "meye ta class seven e pore", "cheleta under 16", "meye 13-14 bochor"],
    "bn": ["মেয়েটা দেখতে ১৫", "মাইয়া ক্লাস সেভেনে পড়ে", "সপ্তম শ্রেণির ছাত্রী", "মেয়েটা অষ্টম শ্রেণিতে"],
}
ADULT_WRITTEN = {
    "en": ["we write age 19 in birth certificate", "paperwork will show 18+", "tell them 19 at the airport",
           "the agent put age 20 in the nid"],
    "bn-Latn": ["kagoje 18 kore dibo", "boyos 19 likhbo kabin e", "passport e 20 lekha thakbe"],
    "bn": ["কাবিনে বয়স ১৮ লিখবো", "জন্ম নিবন্ধনে ১৯ কইরা দিমু", "কাগজে দেখাবে ২০"],
}
AGE_OK = [
    "we write age 19 in the form, she is 19, born 2006",
    "my daughter is in class seven, her exam is on sunday",
    "আমার মেয়ে ক্লাস সেভেনে পড়ে, সামনে পরীক্ষা",
    "children under 14 must not work, ask the social services office",
    "he looks 15 years younger after the diet",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_age_disguised(matcher, script):
    check_rule_grid(matcher, grid(CHILD_SIGN, ADULT_WRITTEN)[script], AGE_OK, "mn.age_disguised")


# --- 2. A CHILD AT SEA, IN THE TANKS OR TAKEN OVER BY THE LINE'S MEN ---------------------------------

CHILD_PUT = {
    "en": ["9 boys under 16 on this boat, the captain says we work in fishing to pay the fare",
           "3 boys 15-16 years, small body good for cleaning inside ship tanks",
           "the boy is 13, he works in the furnace room under the shop",
           "the girl is in class seven, the lineman ready at the border, take her across on friday"],
    "bn-Latn": ["cheleta under 15, mach dhorar boat e kaj kore", "meye class six e pore, line er lok ready, opare niye jabe",
                "chele 12-13 bochor, zari karkhana te kaj"],
    "bn": ["ক্লাস সেভেনের মেয়েটা রাজি হইছে, হাকিমপুরে লাইনম্যান রেডি রাখিস, ওপারে নিয়া ড্রেস বদলায় দিবি",
           "ছেলেটা ক্লাস ফাইভে পড়ে, মাছ ধরার ট্রলারে কাজে দিছে", "স্কুলড্রেস পইরা আসবে মেয়েটা, লাইনের লোক পার করায় দিমু"],
}
CHILD_OK = [
    "children under 16 cannot work on fishing boats, report to 1098",
    "my son is in class seven, his under 16 team plays at the tea stall field on friday",
    "আমার মেয়ে ক্লাস সেভেনে পড়ে, ভারতে চিকিৎসার জন্য বেনাপোল দিয়া যামু",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_minor_put_or_taken(matcher, script):
    check_rule_grid(matcher, CHILD_PUT[script], CHILD_OK, "mn.minor_exploited")


# --- 3. OVER THE BORDER WITHOUT PAPERS, TO A JOB OR A MARRIAGE -------------------------------------

NO_PAPERS = {
    "en": ["job in a Mumbai flat looking after a baby, no passport needed", "we marry in Kolkata, no papers needed",
           "parlour work in Pune, without passport", "housework in Delhi, no documents required"],
    "bn-Latn": ["Kolkata te parlour e kaj, passport visa kisu lagbe na", "Mumbai te basar kaj, kagoj lagbe na",
                "biye ta Kolkata te korbo, passport chara"],
    "bn": ["মুম্বাইয়ে বাচ্চা দেখার কাম, কাগজপত্র কিছু লাগবো না", "কলকাতায় পার্লারে কাজ, পাসপোর্ট লাগবে না",
           "দিল্লিতে বাসার কাজ, পাসপোর্ট ছাড়া"],
}
CROSS_BY_ME = {
    "en": ["our man at the border takes her across", "I'll take you across at night", "the lineman is ready"],
    "bn-Latn": ["line er lok ase amar", "border ami par kore dibo", "amar lok ase border e"],
    "bn": ["বর্ডার আমি নিজে পার করায় দিমু", "লাইনের লোক ওপারে নিয়া যাবে", "বর্ডারে আমার লোক আছে"],
}
CROSS_OK = [
    "for Nepal we need a passport now, the bus at Benapole checks it",
    "সাবধান! দালাল বলে কাগজপত্র লাগবে না, লাইনম্যান পার করবে, কলকাতায় কাজ, এরা পাচারকারী",
    "passport lagbe na eta bhul, India jete passport visa dui lagbe",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_crossed_no_papers(matcher, script):
    check_rule_grid(matcher, grid(NO_PAPERS, CROSS_BY_ME)[script], CROSS_OK, "dr.crossed_no_papers")


# --- 4. HURT AT WORK, CARE REFUSED, WORK GONE ON WITH ------------------------------------------------

HURT = {
    "en": ["my hands are bleeding from the bleach", "fever for 4 days", "I burnt my hand on the press", "I got injured at the machine"],
    "bn-Latn": ["hat pure gese", "jor niye kaj korchi", "hat fete rokto pore", "komor bettha"],
    "bn": ["হাত পুইড়া গেছে", "জ্বর নিয়া কাম করতাছি", "হাত ফাইটা রক্ত পড়ে", "হাত ফুইলা গেছে"],
}
CARE_REFUSED = {
    "en": ["madam says I am pretending, no doctor", "I asked for gloves, the boss said no money",
           "the supervisor won't take me to the doctor", "sir gave only panadol and sent me back to work",
           "no sick leave, the supervisor told me to keep working"],
    "bn-Latn": ["madam bole dhong korchis, daktar er kache nibe na", "malik doctor dekhate dey nai, bole holud laga",
                "gloves chaisilam, sheth dey nai, khali hate kaj"],
    "bn": ["মাডাম কয় ঢং করতাছো, ডাক্তারের কাছে নিবো না", "মালিক ডাক্তার দেখাইতে দেয় নাই, কইছে হলুদ লাগা",
           "গ্লাভস চাইছিলাম, মাডাম কয় টাকা নাই, খালি হাতে বাথরুম ধুই"],
}
HURT_OK = [
    "my son has fever, no school today, the doctor comes at 5",
    "আম্মুর জ্বর, ডাক্তারের কাছে নিবো না, ঘরের ওষুধ দিছি",
    "I burnt my hand cooking at home, put some cream",
    "fever gone, doctor said rest, back to work monday",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_hurt_worked_on(matcher, script):
    check_rule_grid(matcher, grid(HURT, CARE_REFUSED)[script], HURT_OK, "lab.hurt_worked_on")


# --- 5. THE WAGE KEPT "FOR US", OR SHORT OF THE SLIP -------------------------------------------------

WAGE_GIVEN = {
    "en": ["sir gives 500 rupees a month", "the boss hands us 200 riyal", "the sheth pays 1000 rupees"],
    "bn-Latn": ["sheth mase 1000 rupee dey", "malik mase 300 riyal dey", "ostad 500 taka dey"],
    "bn": ["মালিক মাসে ৫০০ টাকা দেয়", "শেঠ মাসে ১০০০ রুপি দেয়", "ওস্তাদ সপ্তাহে ২০০ টাকা দেয়"],
}
REST_KEPT = {
    "en": ["rest he says he is saving for us", "pocket money only, rest goes to agency", "nobody knows where the rest goes, he is keeping it for us",
           "he keeps the rest for us till the contract ends"],
    "bn-Latn": ["baki ta amader jonno jomay rakhe bole", "hat khoroch, baki taka koi jay keu jane na", "bakita agency te jay"],
    "bn": ["বাকি বেতন আমাদের জন্য জমা রাখে কয়", "হাত খরচ, বাকি টাকা কই যায় কেউ বলে না", "বাকিটা এজেন্সিতে যায় কয়"],
}
SLIP_VS_WORK = [
    "বেতনের স্লিপে লেখা ১৬০ ঘন্টা অথচ করি ২৮০ ঘন্টা",
    "payslip e 160 ghonta lekha kintu kori 260 ghonta",
    "the payslip says 160 hours but we work 280",
    "shuno tomar salary slip e je 280 JD lekha, hate to dey 110, bakita kothay jay",
    "boss pays €450 cash instead of the €1000 in the contract",
]
WAGE_OK = [
    "abbu gives me 500 pocket money, rest he is saving for my studies",
    "the boss pays 1800 on time, I send 1500 home and keep the rest",
    "আব্বু মাসে ৫০০ টাকা হাত খরচ দেয়",
    "payslip ta dekhlam, overtime soho 1800",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_wage_skimmed(matcher, script):
    check_rule_grid(matcher, grid(WAGE_GIVEN, REST_KEPT)[script] + SLIP_VS_WORK, WAGE_OK, "lab.wage_skimmed")


# --- 6. THE WORKER LENT OUT --------------------------------------------------------------------------

LENT = {
    "en": ["on weekends he takes her to his farm to clean the goat area", "the company sends us to other company site",
           "madam lends us to her sister's flat"],
    "bn-Latn": ["madam shukrobar e farm e niye jay", "onno company r site e kaj koray", "khalar basay o kaj koray"],
    "bn": ["শুক্রবারে মাডাম খামারে নিয়া যায়", "কাজ করায় অন্য কোম্পানির সাইটে", "খালার বাসায়ও কাজ করায়"],
}
LENT_COST = {
    "en": ["nobody pays extra", "no extra pay, heavy work", "we came on trainee visa"],
    "bn-Latn": ["extra taka dey na", "heavy work, helmet chara", "trainee visa te aisi"],
    "bn": ["এক্সট্রা টাকা দেয় না", "ভারী কাজ, হেলমেট ছাড়া", "ট্রেইনি ভিসায় আসছি"],
}
LENT_OK = [
    "we went to his farm for a picnic on friday",
    "the company sends us to other company site sometimes, overtime paid double",
    "শুক্রবারে খামারে বেড়াতে গেলাম",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_worker_lent_out(matcher, script):
    check_rule_grid(matcher, grid(LENT, LENT_COST)[script], LENT_OK, "lab.worker_lent_out")


# --- 7. FEES: NO RECEIPT, ON PAPER ONLY, THE DEPOSIT FORFEITED, THE BALANCE THAT NEVER FALLS ----------

FEES_NAMED = {
    "en": ["medical 9500, finger 3000, BMET 12000, office service 45000", "visa fee 3 lakh, half now rest before flight",
           "processing charge 80 thousand to the agent"],
    "bn-Latn": ["medical 9500, training 6000, visa er taka 3 lakh", "dalal ke 2 lakh, half now", "processing fee 50 hajar"],
    "bn": ["মেডিকেল ৯৫০০, ট্রেনিং ৬০০০, ভিসার টাকা ৩ লাখ", "দালালরে ২ লাখ, অর্ধেক এখন", "প্রসেসিং ৫০ হাজার"],
}
NO_RECEIPT = {
    "en": ["no receipt will be given", "cash only no receipt", "without receipt"],
    "bn-Latn": ["rashid dibo na", "roshid chara", "receipt dibo na"],
    "bn": ["রশিদ দেওয়া হবে না", "রশিদ দিমু না", "রশিদ ছাড়া"],
}
RECEIPT_OK = ["the shop gave no receipt for the rice", "restaurant e receipt chara bill dilo", "dokane rashid dey na"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_no_receipt(matcher, script):
    check_rule_grid(matcher, grid(FEES_NAMED, NO_RECEIPT)[script], RECEIPT_OK, "fd.receipt_for_less")


ON_PAPER = [
    "সরকারি খরচ তো কাগজে ৭৯ হাজার, ওইটা কাগজেই থাকবো, ক্যাশ দিবেন",
    "sorkari khoroch 79 hajar kagojei thakbe, baki cash diben",
    "the government cost stays on paper, full package 5 lakh cash only",
]


def test_official_fee_on_paper(matcher):
    check_rule_grid(matcher, ON_PAPER, ["সরকারি খরচ ৭৯ হাজার, ব্যাংকে জমা দিলাম, রশিদ পাইছি"], "fd.receipt_for_less")


SEAT = {
    "en": ["EPS quota fee 6.5 lakh, 1 lakh now to lock the seat", "the agent took 2 lakh for the work permit processing",
           "seat confirm korte 50 hajar"],
    "bn-Latn": ["visa processing er jonno 1 lakh advance", "quota te seat confirm 50 hajar", "agency medical er taka nise"],
    "bn": ["কোটার সিট কনফার্ম করতে ৫০ হাজার", "ভিসার প্রসেসিং এর জন্য ১ লাখ", "এজেন্সি মেডিকেলের টাকা নিছে"],
}
FORFEIT = {
    "en": ["if u back out u lose the lock money", "if you change your mind you lose the deposit", "if you cancel, no refund"],
    "bn-Latn": ["jete na chaile taka ferot paben na", "pichaile taka ferot pabe na", "mot bodlaile taka ferot hobe na"],
    "bn": ["যাইতে না চাইলে টাকা ফেরত পাবেন না", "মত বদলাইলে টাকা ফেরত হবে না", "পিছাইলে টাকা ফেরত পাবা না"],
}
FORFEIT_OK = [
    "the air ticket is non-refundable if you cancel, the airline said",
    "হোটেল বুকিং, বাতিল করলে টাকা ফেরত হবে না",
    "concert er ticket non refundable, na gele taka jabe",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_deposit_forfeit(matcher, script):
    check_rule_grid(matcher, grid(SEAT, FORFEIT)[script], FORFEIT_OK, "fd.deposit_forfeit")


BALANCE = [
    "যত কাজ করি বাকি কমে না, শেঠ কয় সুদ আছে না?",
    "gaji theke 300 kore katse tao baki dekhay 3000",
    "loan kome na, every month the malik cuts 500 from salary",
    "we work all season but the debt balance never goes down",
    "মহাজনের দেনা, যত কাজ করি ধার কমে না",
    "protimas beton theke kete ney, tao rin kome na",
]
BALANCE_OK = [
    "Tui amar kase 3 ta teh tarik er dhar, shod na kora porjonto amar kapor dhuibi interest shoho",
    "the water level never goes down in the rainy season",
]


def test_balance_never_falls(matcher):
    check_rule_grid(matcher, BALANCE, BALANCE_OK, "fd.debt_by_work")


# --- 8. THE FORGER'S ASSURANCE, ANOTHER NATION'S PAPER, NO COMPANY -----------------------------------

PAPER = {
    "en": ["the IPA letter", "the experience certificate we make", "the offer letter from Bangkok"],
    "bn-Latn": ["certificate amra bebostha kore dibo", "IPA letter ready ase", "offer letter ta dekhen"],
    "bn": ["সার্টিফিকেট আমরা বানাইয়া দিমু", "অফার লেটার রেডি", "ওয়ার্ক পারমিট হাতে পাইবেন"],
}
SURE = {
    "en": ["nobody will know", "it will pass any check", "no need to verify at the embassy"],
    "bn-Latn": ["keu dhorte parbe na", "check korle o pass hobe", "verify korar dorkar nai"],
    "bn": ["কেউ ধরতে পারবে না", "চেক করলেও পাস", "এম্বাসিতে চেক লাগবে না"],
}
FAKE_MORE = [
    "Indian aadhar card banay dibo, tarpor plane e Dubai",
    "আধার কার্ড বানাই দিমু, ইন্ডিয়ান হিসেবে যাবেন",
    "we make you an Indian passport, you fly as an Indian",
    "পরিচিত একজনরে দিয়া চেক করাইলাম, বলে এই নামে কোনো কোম্পানিই নাই, ওয়ার্ক পারমিট ভুয়া",
    "checked the work permit in Warsaw, there is no company by this name",
    "work permit er address e kichu nai, ei name kono company nai",
]
FAKE_OK = [
    "the IPA letter came, MOM approved, flight next week",
    "offer letter ta BMET e verify korlam, sob thik",
    "nobody will know the result before friday, the exam was hard",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_forger_assurance(matcher, script):
    check_rule_grid(matcher, grid(PAPER, SURE)[script], FAKE_OK, "dr.fake_documents")


def test_other_nation_or_no_company(matcher):
    check_rule_grid(matcher, FAKE_MORE, [], "dr.fake_documents")


# --- 9. THE CONTRACT FOR SHOW; THE CHITTAGONIAN DELIVERY ---------------------------------------------

FOR_SHOW = [
    "Agency in Dhaka now says the contract was only for embassy file",
    "captain says the contract is verbal, we get only catch share",
    "the boss said that paper means nothing, the contract was just for show",
    "agency bole oi contract shudhu embassy r jonno, ekhane kaj arek",
    "boss bole contract ta sudhu dekhanor jonno, beton hobe 800",
    "দালাল কয় ওই চুক্তি শুধু এম্বাসির জন্য, এখানে বেতন ১২০০",
    "মালিক বলে কাগজের চুক্তি শুধু দেখানোর জন্য, আসল কাজ অন্য",
    "চুক্তি মুখে মুখে, কাগজ কিছু নাই, মালিক যা দেয়",
]
FOR_SHOW_OK = [
    "the agency sent an attested copy of the contract to the embassy as required",
    "contract signed, salary 1500 as written",
    "চুক্তির একটা কপি এম্বাসিতে জমা দিতে হয়, সত্যায়িত",
]


def test_contract_for_show(matcher):
    check_rule_grid(matcher, FOR_SHOW, FOR_SHOW_OK, "dr.contract_for_show")


CTG = [
    "ভাই আঁরারে হইয়েদে মালয়েশিয়ার ফ্যাক্টরিত হাম, অহন থাইল্যান্ডর সাগরত মাছর বোটত তুলি দিয়ে",
    "দালাল কইয়িল হোটেলত চাকরি, পরে মাছর বোটত তুলি দিল",
    "agent koiyechilo factory te kaj, pore fishing boat e tuli diye",
]


def test_ctg_delivered(matcher):
    check_rule_grid(matcher, CTG, ["দালাল হইয়েদে ফ্যাক্টরিত হাম, আইজ ফ্যাক্টরিত আইলাম, আলহামদুলিল্লাহ"], "dr.delivered_elsewhere")
