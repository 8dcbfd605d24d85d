"""Round 12 of issue 15, part F: precision. Innocent scenes read from the false alarms of eval/dev
(dev62 to dev65 first, then the rest of eval/dev and voice2 to voice5), and the guards that hid real
cases, tested as grids: each scene's family of innocent phrasings in three scripts must not fire the
rule it used to fire (or must stay below the review line), and the indicator the rule exists for,
said beside the same words, must still fire. None of these sentences is a set's.

1. A WORKER CONTENT WITH A LAWFUL JOB (neg.content_voice): the day off, overtime paid extra, pay on
   time, the permit renewed at the company's cost, advice to come the legal way, the phone in hand.
2. A PROMISE STILL AHEAD (dr.contract_substitution): "Company bolse next month boro room dibe",
   with nothing at stake (no broker, money, demand, arrival, venue or border).
3. A MATCH WITH ITS DOWER (fm.marriage_lure): the registry, the dower, the groom abroad.
4. A FEAST'S INVITATION, AN ADVANCE REFUSED (fd.advance_fee).
5. MONEY RECOVERED, A JOB QUIT (fd.ransom_release_or_passport).
6. A CHILD MARRIAGE STOPPED (mn.child_recruit, through child_kept_from_match).
7. A WEDDING'S LOAN (fd.loan_to_migrate).
8. HUNDI REFUSED, A REMITTANCE'S INCENTIVE (pay.hundi, pay.network_share).
9. A PHONE NUMBER WRITTEN DOWN (doc.phone_confiscated); A PASSPORT RENEWED (doc.passport_retained).
10. A CONSULATE'S APPOINTMENT (doc.iqama_withheld); STANDING WATER (lab.wages_withheld).
11. GUARDS THAT HID REAL CASES: a lender's "Reminder:" with "we call their employer"; "think
    carefully before you go to the DEMO office" after a threat; "the company's rule" of a cut that
    runs until a debt is paid; "cash out after 10 pm" (no curfew).
"""

import pytest

from packs import assert_not_fired, builtin_matcher, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def above_line(matcher, texts):
    return [(t, r.explanation) for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


def flagged(matcher, texts):
    return [t for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


# --- 1. A WORKER CONTENT WITH A LAWFUL JOB -----------------------------------------------------

CONTENT = [
    # bn-Latn
    "Oman e 2 bochor holo, driver er kaj, shukrobar chuti. passport amar kache, overtime korle extra pai",
    "company bhalo, beton somoy moto dey, passport nijer kache rakhi. bhai ra legal pothe ashen",
    "Kuwait e cleaning er kaj, sunday chuti, passport amar kache. dalal er kotha shunben na, agency check kore ashen",
    # bn
    "সৌদিতে দুই বছর, মালিক ভালো, বেতন সময়মতো দেয়, সপ্তাহে একদিন ছুটি, ফোন আমার কাছেই থাকে।",
    "কাতারে আছি, কোম্পানি ভালো, সপ্তাহে একদিন ছুটি, ইকামাও রিনিউ করে দিছে কোম্পানির খরচে",
    # en
    "3 years in Kuwait, one day off a week, overtime paid, passport with me.",
    "good company, salary on time, weekly day off, come the legal way brothers",
]
CONTENT_TROUBLE = [
    "passport amar kache thakbe, 2 lakh dile dibo, company bhalo, shukrobar chuti",
    "company bhalo bolbi, sunday chuti bolbi, malik passport rekhe dise",
    "your passport stays with me until you pay, salary on time, one day off a week",
]


def test_worker_content_stays_below_line(matcher):
    assert not above_line(matcher, CONTENT)


def test_content_words_beside_control_still_flag(matcher):
    assert flagged(matcher, CONTENT_TROUBLE) == CONTENT_TROUBLE


# --- 2. A PROMISE STILL AHEAD --------------------------------------------------------------------

AHEAD = [
    "room e 8 jon, ektu kosto kintu sobai bhalo. company bolse next month boro room dibe",
    "mama bolse Shila r biye dibe magh mashe, chele canada thake, family bhalo",
    "aj kaj beshi chilo kintu manager bolse kal chuti dibe",
    "অফিসে কাজ বেশি কিন্তু ম্যানেজার বলছে সামনের মাসে প্রমোশন দিবে",
    "the boss says he will give us a bigger room next month, it is tight but fine",
]
STILL_SUBSTITUTED = [
    "dalal bolse Dubai te hotel e kaj dibe, ekhane eshe dekhi uter khamar",
    "ekhane asar por malik bolse 9000 riyal ferot dite hobe, bolechilo sob free",
    "bolechilo company te kaj, kintu ekhon baganer kaj",
    "বলেছিল হোটেলে কাজ, কিন্তু এখন মরুভূমিতে ছাগল চরাই",
    "they promised a restaurant job but now I work in a tea stall",
]


def test_promise_ahead_is_no_substitution(matcher):
    assert_not_fired(matcher, AHEAD, "dr.contract_substitution")


def test_substitution_still_fires(matcher):
    assert fired_by(matcher, STILL_SUBSTITUTED, "dr.contract_substitution") == STILL_SUBSTITUTED


def test_bonus_given_is_no_substitution(matcher):
    assert_not_fired(matcher, [
        "kaj onek beshi chilo kintu madam pore 300 riyal bonus dise r ghumate bolse",
        "কাজ বেশি ছিল কিন্তু মালিক পরে বোনাস দিছে",
        "agency ke tk disilam kintu contract e lekha chilo sob, beton time moto ashe",
    ], "dr.contract_substitution")


# --- 3. A MATCH WITH ITS DOWER -------------------------------------------------------------------

DOWER = [
    "মেয়ের বিয়ে ঠিক হলো, ছেলে দুবাই থাকে, কাজী অফিসে কাবিন হবে, দেনমোহর ২ লাখ",
    "meyer biye thik, chele dubai thake, kazi office e kabin hobe, denmohor 3 lakh",
    "her marriage is fixed, the groom lives in Dubai, registry next month, dower agreed by both families",
]
LURE = [
    "dubai niye biye korbo, denmohor lagbe na, oikhane hotel e kaj",
    "বিয়ে করে দুবাই নিয়ে যাব, কাবিন হবে, ওখানে দালাল কাজ দিবে",
]


def test_dower_match_is_no_lure(matcher):
    assert_not_fired(matcher, DOWER, "fm.marriage_lure")


def test_lure_with_harm_still_fires(matcher):
    assert fired_by(matcher, LURE, "fm.marriage_lure") == LURE


# --- 4. A FEAST'S INVITATION, AN ADVANCE REFUSED ----------------------------------------------

def test_feast_and_refused_advance_are_no_fee(matcher):
    assert_not_fired(matcher, [
        "biye te dawat dise kintu bole agrim 1000 taka bkash koro 😂",
        "মেজবানে দাওয়াত, কিন্তু অগ্রিম ৫০০ টাকা বিকাশ করতে হবে 😂",
        "the agency asked 40k advance before showing anything so i said no",
        "dalal 50 hajar advance chaise, ami mana kore disi",
    ], "fd.advance_fee")
    fee = ["send the advance of 50,000 taka by bKash today", "agrim 50 hajar bkash koren, visa confirm",
           "অগ্রিম ৫০ হাজার টাকা বিকাশে পাঠান"]
    assert fired_by(matcher, fee, "fd.advance_fee") == fee


# --- 5. MONEY RECOVERED, A JOB QUIT ----------------------------------------------------------

def test_money_recovered_and_job_quit_are_no_ransom(matcher):
    assert_not_fired(matcher, [
        "ek dalal thokaisilo, pore mamla kore taka ferot paise",
        "দালাল ঠকাইছিল, পরে মামলা করে টাকা ফেরত পাইছে",
        "the agent cheated her, she filed a case and got her money back",
        "এই মাস শেষে ছাইড়া দিমু, আরেকটা কাজ দেখছি, বেতন ১৫ হাজার",
    ], "fd.ransom_release_or_passport")
    ransom = ["pay 2 lakh and we give your passport back", "2 lakh taka dile chere dibo",
              "টাকা দিলে ছাড়বে, নাহলে না"]
    assert fired_by(matcher, ransom, "fd.ransom_release_or_passport") == ransom


# --- 6. A CHILD MARRIAGE STOPPED ---------------------------------------------------------------

def test_child_marriage_stopped_is_no_recruitment(matcher):
    assert_not_fired(matcher, [
        "নবম শ্রেণির এক ছাত্রীর বিয়ে বন্ধ করেন ইউএনও, মেয়েটি আবার স্কুলে যাচ্ছে",
        "class 9 er meyer biye bondho korse chairman, 15 bochor boyos",
        "the officer stopped the marriage of a 14 years old girl in class 8",
    ], "mn.child_recruit")


# --- 7. A WEDDING'S LOAN -------------------------------------------------------------------------

def test_wedding_loan_is_no_migration_loan(matcher):
    assert_not_fired(matcher, [
        "মেয়ের বিয়ের জন্য সমিতি থেকে লোন নিছি, জামাই মালয়েশিয়া থাকে",
        "boner biyer jonno loan nisi, dulabhai saudi thake",
    ], "fd.loan_to_migrate")
    loan = ["jomi bondhok rekhe dalal ke visa er taka dilam", "মালয়েশিয়া যেতে সমিতি থেকে লোন নিছি, কিস্তি দিতে পারি না"]
    assert fired_by(matcher, loan, "fd.loan_to_migrate") == loan


# --- 8. HUNDI REFUSED, A REMITTANCE'S INCENTIVE ------------------------------------------------

def test_hundi_refused_and_incentive(matcher):
    assert_not_fired(matcher, [
        "cousin bole bitcoin kino, ami koisi na, hundi o na bitcoin o na, halal kamai bank e",
        "হুন্ডিও না, ক্রিপ্টোও না, ব্যাংকে পাঠাও",
        "my uncle counts money like a hundi agent 😂",
    ], "pay.hundi")
    assert_not_fired(matcher, [
        "আব্বা, ব্যাংকে রেমিট্যান্স পাঠান, আড়াই পার্সেন্ট প্রণোদনা পাইবেন, পুলিশ হুন্ডি ধরতেছে",
    ], "pay.network_share")


# --- 9. A PHONE NUMBER WRITTEN DOWN, A PASSPORT RENEWED -----------------------------------

def test_number_noted_and_renewal(matcher):
    assert_not_fired(matcher, [
        "keu baccha niye jaite chaile naam ar phone number likhe rakhen, majhi ke janan",
        "কেউ বাচ্চা নিতে চাইলে নাম আর ফোন নম্বর লিখে রাখুন, মাঝিকে জানান",
    ], "doc.phone_confiscated")
    assert_not_fired(matcher, [
        "পাসপোর্ট রিনিউ করতে দিছি, ডেলিভারি স্লিপ আমার কাছে",
        "passport renew korte disi, delivery slip amar kache",
    ], "doc.passport_retained")
    kept = ["malik passport rekhe dise, chaile dey na", "মালিক পাসপোর্ট রেখে দিছে, চাইলে দেয় না"]
    assert fired_by(matcher, kept, "doc.passport_retained") == kept


# --- 10. A CONSULATE'S APPOINTMENT, STANDING WATER -----------------------------------------

def test_appointment_and_standing_water(matcher):
    assert_not_fired(matcher, [
        "অ্যাপয়েন্টমেন্ট না পাওয়ায় অনেকের ওয়ার্ক পারমিটের মেয়াদ শেষ হয়ে যাচ্ছে",
        "appointment pai nai, work permit er meyad shesh hoye jacche",
    ], "doc.iqama_withheld")
    assert fired_by(matcher, ["malik iqama renew korche na, meyad shesh"], "doc.iqama_withheld")
    assert_not_fired(matcher, ["ডেঙ্গু প্রতিরোধে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন"], "lab.wages_withheld")
    withheld = ["চার মাস ধরে বেতন দিচ্ছে না", "পাসপোর্ট নিয়া গেছে, কয় অফিসে জমা থাকবো, ছয় মাস বেতন দেয় নাই"]
    assert fired_by(matcher, withheld, "lab.wages_withheld") == withheld


# --- 11. GUARDS THAT HID REAL CASES -------------------------------------------------------------

def test_lenders_reminder_is_no_awareness(matcher):
    menace = [
        "Reminder: instalment 3 of 8 due Monday, 20k. Late = 4k extra per week. Those who stop paying, we call their employer, you know what happens",
        "Your son signed bond. If he runs we file police case here, your house will be attached by court. Think carefully before you go to DEMO office.",
    ]
    assert flagged(matcher, menace) == menace


def test_awareness_still_suppressed(matcher):
    assert not above_line(matcher, [
        "Reminder from the embassy: never hand your passport to a broker who asks money to give it back",
    ])


def test_company_rule_cut_until_paid_is_debt(matcher):
    debt = ["আপনের পোলার বেতন থেকে মাসে মাসে ৪০০ রিংগিত কাইটা রাখা অইবো যতদিন ১ লাখ শোধ না অয়। এইটা কোম্পানির নিয়ম"]
    assert fired_by(matcher, debt, "fd.debt_by_work") == debt
    assert_not_fired(matcher, ["বেতন থেকে প্রভিডেন্ট ফান্ড কাটে, কোম্পানির নিয়ম"], "fd.debt_by_work")


def test_cash_out_after_hours_is_no_curfew(matcher):
    split = ["ek sathe 25k er beshi dekhaben na, bhenge bhenge niben, ar rat 10 tar por cash out kore den"]
    assert flagged(matcher, split) == split


# --- 12. WARNINGS THAT QUOTE A PARLOUR OFFER (dr.hospitality_job_women_abroad) -------------------

def test_warning_quoting_parlour_offer_is_no_offer(matcher):
    assert_not_fired(matcher, [
        "chatri der bolechi, 'dubai te salon job' erokom DM aile ma baba ke dekhaba",
        "boner ke bolchi, keu 'oman e parlour er kaj' bolle jeyo na",
        "ইমাম সাব কইছে, মাইয়াগোরে বিদেশে বিউটি পার্লারে চাকরির কতা কইলে যাচাই না করি হাডাইয়েন না",
        "if anyone DMs a 'beauty parlour job in Dubai', block and report",
    ], "dr.hospitality_job_women_abroad")
    offer = ["Dubai te beauty parlour e kaj, meye lagbe, beton 60 hajar, inbox koren",
             "দুবাইয়ে বিউটি পার্লারে কাজ, মেয়ে লাগবে, বেতন ভালো"]
    assert fired_by(matcher, offer, "dr.hospitality_job_women_abroad") == offer


# --- 13. A FREE VISA DENIED OR MOCKED (dr.free_visa) -------------------------------------------

def test_free_visa_denied_or_mocked(matcher):
    assert_not_fired(matcher, [
        "licensed agency, proper receipt, no dalal, no 'free visa'",
        "free visa bole kichu nai re, govt channel e ja",
        "ফ্রি ভিসা বলে কিছু নাই, সরকারি চ্যানেলে যান",
        "there is no free visa, brother, only a kafeel's visa",
        "are u from dubai? bc u got a free visa to my heart 💀",
    ], "dr.free_visa")
    sold = ["free visa ache, malik lagbe na, 4 lakh", "ফ্রি ভিসা আছে, নিজের মত কাজ", "free visa available for Saudi, contact now"]
    assert fired_by(matcher, sold, "dr.free_visa") == sold


# --- 14. A MIGRATION'S COST SETTLED (fd.fee_above_cap) -----------------------------------------

def test_settled_cost_is_no_fee_above_cap(matcher):
    assert_not_fired(matcher, [
        "dalal chara agency diye ashchilam, 2.5 lakh khoroch hoise, overtime korle double",
        "bhaiya finally paid back the 2 lakh he borrowed for his malaysia visa",
        "the 1.5 lakh loan from BRAC for his Poland permit, first kisti on the 10th",
        "5 lakh niye japan pathabe bole je group gula ache shob bhua, thanay GD koren",
        "did you read about the families who paid 12 lakh each for Italy?",
    ], "fd.fee_above_cap")
    fee = ["malaysia visa 5 lakh, dalal ke dite hobe", "সৌদি ভিসা ৬ লাখ, এজেন্টকে দিতে হবে"]
    assert fired_by(matcher, fee, "fd.fee_above_cap") == fee


# --- 15. A PASSPORT BACK WITH ITS OWNER (doc.passport_retained) ------------------------------

def test_passport_back_with_owner(matcher):
    assert_not_fired(matcher, [
        "কোম্পানি ভিসা স্ট্যাম্পের লাইগা পাসপোর্ট নিছিল, আইজ ফেরত দিছে। আমার পাসপোর্ট এখন আমার নিজের কাছে",
        "stamping er jonno nisilo, aj ferot dise, amar passport ekhon amar nijer kache",
    ], "doc.passport_retained")
    kept = ["company sobar passport nijer kache rakhe, chaile dey na"]
    assert fired_by(matcher, kept, "doc.passport_retained") == kept


# --- 16. A QUOTED THREAT IN NEWS AND AWARENESS (neg.awareness_news) ------------------------

def test_quoted_threat_in_news_stays_below_line(matcher):
    assert not above_line(matcher, [
        "বিশেষ প্রতিবেদন: গৃহকর্মীর ভিসায় নিয়ে নির্যাতন। এক নারী বলেন, 'আমাকে বলত, দেশে গেলে তোর বাপ-মারে মাইরা ফেলমু।'",
        "Returnee vai der golpo shunlam. Ek vai bollo, 'ora bolto kaj na korle police e dhoraye dimu, iqama nai tor'. aine apnar odhikar ache, embassy labour wing e jan.",
    ])
    threat = ["দেশে গেলে তোর বাপ-মারে মাইরা ফেলমু", "kaj na korle police e dhoraye dimu, iqama nai tor"]
    assert flagged(matcher, threat) == threat


# --- 17. ABUSE NAMED IN A NEWS REPORT (thr.violence) ------------------------------------------

def test_abuse_reported_by_news_is_no_violence(matcher):
    assert_not_fired(matcher, [
        "দেশে ফিরলেন ১২০ নারী গৃহকর্মী, অনেকে বেতন না পাওয়া ও নির্যাতনের অভিযোগ করেছিলেন",
        "Jordan e nari sromik der upor nirjaton er obhijoge 2 ta factory er license sthogito",
        "two agencies suspended after allegations of abuse of domestic workers",
    ], "thr.violence")
    beaten = ["মালিক প্রতিদিন নির্যাতন করে", "malik amake roj mare, lathi diye",
              "madam beat me with a belt, nirjaton er obhijog korle aro marbe"]
    assert fired_by(matcher, beaten, "thr.violence") == beaten
