"""Round 11 of issue 15, part F: precision. Innocent scenes read from the false alarms of eval/dev
(dev58 to dev61 first, then voice2 to voice4 and the rest) and of the read sets voice5 and dev66,
tested as grids: each scene's family of innocent phrasings in three scripts must not fire the rule
it used to fire (or must stay below the review line), and the indicator the rule exists for, said
beside the same words, must still fire. None of these sentences is a set's.

1. A CUT THE WORKER OWNS (fd.debt_by_work): pay docked for the worker's own absence or a lost card,
   a salary advance the worker took; an NGO's or a bank's loan paid on its schedule; nothing cut
   ("বেতন থেকে কাটে না"); "nije", "nijer" (self) is no form of "nibe" (will take).
2. A TICKET ASKED ABOUT (fd.debt_by_work): "টিকিট কি কাটা হইছে" is no cut from pay.
3. "জেলা" (district) is no form of "জেল" (jail) (thr.conditional_harm, thr.menace_on_escape).
4. A FAN'S THREAT OVER A MATCH (neg.banter): "India jitle tore khun kore felamu 😤🏏".
5. AN EXAM RESULT'S MOCK DESPAIR (neg.banter): "রেজাল্ট খারাপ হইলে ঘরে তালা 😭".
6. A LANDLORD'S GATE, A DRAWER (iso.locked_confined, iso.guarded_not_let_out): the gate shut at 11
   by the landlord; a passport locked in the cupboard by a mother.
7. PHONES OUT OF THE LINE FOR THE SHIFT (neg.meeting_or_exam): a buyer's audit, back at the break.
8. BANK, NOT HUNDI (pay.hundi): a family choosing the bank.
9. THE WORKER'S OWN LIST (neg.content_voice): "passport with me," beside the overtime rate.
10. A DOWER, A COUNT OF PEOPLE (fd.fee_above_cap): "kabin 5 lakh", "13 lakh manush bidesh gese".
11. A WAGE ADVANCE, A HOTEL'S BALANCE (fd.advance_fee): "salary advance", "balance at check-in".
12. A FAMILY'S PILGRIMAGE (mn.child_recruit, mn.minor_age_stated): the child's passport for umrah.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def below_line(matcher, texts):
    return [(t, r.explanation) for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


# --- 1. A CUT THE WORKER OWNS -------------------------------------------------------------------

OWN_CUT = [
    # en
    "they docked one day from my salary for my absence last week, fair enough",
    "HR cut 300 from my salary for the replacement card, I lost my ID card on the bus",
    "I took a salary advance for the wedding, they deduct 500 from my salary each month",
    "the deduction on my slip is the advance I took in Ramadan, cut from salary in two parts",
    # bn-Latn
    "absent er jonno 2 diner beton kete nise, doctor er kagoj dite parini",
    "card harai gese, notun card er taka salary theke kete nibe, bhul to amar e",
    "advance nisilam 5000 eid er age, ei mashe beton theke kete nise, kono interest nai",
    # bn
    "অনুপস্থিতির জন্য দুই দিনের বেতন কেটে নিছে, ভুল তো আমারই",
    "অ্যাবসেন্ট থাকলে বেতন থেকে কাটে, আর কিছু না",
    "ঈদের আগে অগ্রিম নিছিলাম, এখন বেতন থেকে কেটে নেয় মাসে ১০০০",
]
FAMILY_LOAN = [
    "don't worry about the loan, I'll pay 4000 a month from my salary, the NGO apa gave us the full schedule",
    "ngo theke loan nisilam, beton theke protimash 3000 kore dei, kisti card e likha",
    "এনজিও থেকে লোন নিছি, বেতন থেকে মাসে মাসে দিতেছি, কিস্তির কার্ড আছে",
]
NONE_CUT = [
    "লেভি কোম্পানি দেয়, আমাদের বেতন থেকে কাটে না",
    "permit er taka company dey, beton theke kichu kate na",
    "the company pays the levy, it doesn't cut from our salary",
]
NOT_TAKE = [
    "company nijer khorche permit renew korse, beton time moto",
    "agent nijei ticket er taka dise, ami kisu dei nai, beton bhalo",
    "company nijer taka diye visa korse, salary 1800",
]
DEBT_STILL = [
    # the indicator beside the same words: a debt worked off, a cut with no end
    "visa er taka beton theke kete rakhbe, shodh na hoya porjonto jaite dibe na",
    "company says I owe 8000 riyal, they deduct half my salary and the debt never goes down",
    "দালাল কয় আমার দেনা শোধ না হওয়া পর্যন্ত বেতন থেকে কেটে রাখবে",
    "advance nisilam 20 hajar, ekhon 3 bochor kaj kori, beton theke kete ney, dena kome na",
    "sponsor paid 18000 for you, it will be cut from your salary until paid",
]


def test_cut_the_worker_owns_is_no_debt(matcher):
    assert_not_fired(matcher, OWN_CUT + FAMILY_LOAN + NONE_CUT + NOT_TAKE, "fd.debt_by_work")


def test_debt_worked_off_still_fires(matcher):
    assert fired_by(matcher, DEBT_STILL, "fd.debt_by_work") == DEBT_STILL


# --- 2. A TICKET ASKED ABOUT --------------------------------------------------------------------

def test_ticket_asked_about_is_no_cut(matcher):
    assert_not_fired(matcher, ["ভাইয়া, তোমাদের টিকিট কি কাটা হইছে? টাকা লাগলে বলো",
                               "ticket ki kata hoise? taka pathabo naki",
                               "eid er ticket kata hoise, taka ami dimu"], "fd.debt_by_work")


# --- 3. জেলা IS NO FORM OF জেল --------------------------------------------------------------------

DISTRICT = [
    "জেলা কর্মসংস্থান ও জনশক্তি অফিস জানাচ্ছে: কেউ বেশি টাকা চাইলে অভিযোগ দিবেন",
    "জেলার ডিসি অফিসে কাল মেলা, কেউ চাইলে আসতে পারেন",
    "জেলায় নতুন প্রশিক্ষণ কেন্দ্র, ভর্তি হতে চাইলে যোগাযোগ করুন",
]
JAIL = [
    "পালাইলে জেলে পাঠামু, কথা না শুনলে",
    "কাজ না করলে জেলে দিমু তোরে",
    "pasport chaile jail e dhukabo, mone rakhis",
]


def test_district_is_not_jail(matcher):
    assert_not_fired(matcher, DISTRICT, "thr.conditional_harm")
    assert_not_fired(matcher, DISTRICT, "thr.menace_on_escape")


def test_jail_still_threatens(matcher):
    assert fired_by(matcher, JAIL, "thr.conditional_harm") == JAIL


# --- 4 and 5. A FAN'S THREAT, AN EXAM RESULT --------------------------------------------------

BANTER = [
    "If India wins tonight I'm selling my brother for two samosas 😤",
    "if argentina loses I will kill you bro 😤⚽",
    "Messi penalty miss korle tore mere felbo 😤",
    "bangladesh harle tor phone venge dibo 💀🏏",
    "ইন্ডিয়া জিতলে তোরে খুন কইরা ফালামু 😤🏏",
    "আর্জেন্টিনা হারলে তোর মোবাইল ভাইঙ্গা ফেলমু 😤",
    "আম্মা কইছে রেজাল্ট খারাপ হইলে ঘরে তালা মাইরা রাখবো, মোবাইল জব্দ 😭",
    "result kharap hole ammu phone niye nibe, baire jawa bondho 😭",
]
THREAT_NOT_BANTER = [
    # an employer or a broker named with the threat keeps it
    "malik bolse pasaile mere felbe, Messi er khela dekhar somoy o chuti nai 😤",
    "the kafeel said if I run he will kill me, even on world cup night 😤",
]


def test_fan_threat_and_exam_despair_stay_below_line(matcher):
    assert not below_line(matcher, BANTER)


def test_controller_threat_beside_a_match_stays(matcher):
    res = matcher.match_many(THREAT_NOT_BANTER)
    assert all(r.score >= matcher.line for r in res), [r.explanation for r in res]


# --- 6. A LANDLORD'S GATE, A DRAWER --------------------------------------------------------------

TENANT_GATE = [
    "Barirwala bolse raat 11 tay main gate e tala, tarpor keu dhukte parbe na",
    "our landlord locks the gate at 11pm now, the tenants are meeting about it",
    "বাড়িওয়ালা রাতে গেটে তালা দিয়া দেয়, দেরি হইলে দারোয়ানরে ডাকতে হয়",
]
DRAWER = [
    "ওর পাসপোর্টটা আলমারির ড্রয়ারে তালা দিয়া রাখছি, হারাইবো না",
    "I locked the passports in the cupboard drawer before we left, the key is with dad",
    "passport almari te tala diye rakhsi, chabi ammu r kache",
]
CONFINED = [
    "malik ghore tala diye rakhe, baire jete dey na",
    "মেডাম আমার মোবাইলটা আলমারিতে তালা দিয়া রাখছে, মালিকের কথা ছাড়া কিছু পারি না",
    "the boss locks the gate at night and keeps the key, we cannot go out",
    "বাড়িওয়ালা না, মালিক নিজেই গেটে তালা দেয়, বাইরে যাইতে দেয় না",
]


def test_landlord_gate_and_drawer_are_no_confinement(matcher):
    assert_not_fired(matcher, TENANT_GATE + DRAWER, "iso.locked_confined")
    assert_not_fired(matcher, TENANT_GATE, "iso.guarded_not_let_out")


def test_confinement_still_fires(matcher):
    assert fired_by(matcher, CONFINED, "iso.locked_confined") == CONFINED


# --- 7. PHONES OUT OF THE LINE FOR THE SHIFT -----------------------------------------------------

SHIFT_PHONES = [
    "from tomorrow phones go in the locker before the floor, buyer audit, we get them at lunch break",
    "floor e dhukar age phone locker e rakhte hobe, audit er rule, lunch break e phone nite parbo",
    "লাইনে ফোন নেওয়া নিষেধ, অডিট চলতেছে, ব্রেকে ফোন হাতে পাই",
]
PHONES_TAKEN = [
    "Sir took all our phones on day one 'for safety'. if you want to call home you ask him",
    "supervisor keeps my phone in his drawer for safety, calls home only friday with speaker on",
]


def test_shift_phone_rule_is_no_confiscation(matcher):
    assert not below_line(matcher, SHIFT_PHONES)


def test_phones_taken_for_safety_still_flag(matcher):
    res = matcher.match_many(PHONES_TAKEN)
    assert all(r.score >= matcher.line for r in res), [r.explanation for r in res]


# --- 8. BANK, NOT HUNDI --------------------------------------------------------------------------

def test_bank_not_hundi(matcher):
    assert_not_fired(matcher, [
        "Sending 30k thru bank, not hundi, uncle keeps saying hundi rate is better",
        "taka bank e pathabo, hundi noy, chacha bole hundi te rate beshi",
        "টাকা ব্যাংকে পাঠাইছি, হুন্ডিতে নয়, মামা কয় হুন্ডিতে রেট বেশি",
    ], "pay.hundi")
    hundi = ["hundi te pathao, bank e rate kom", "send it by hundi, my man in Dubai takes it",
             "হুন্ডিতে পাঠান, ব্যাংকে পাঠাইলে ধরা খাইবেন", "tomar chele thakbe jotokkhon 2 lakh hundi te na pathao",
             "যতক্ষণ হুন্ডিতে না পাঠাও ততক্ষণ ছাড়মু না"]
    assert fired_by(matcher, hundi, "pay.hundi") == hundi


# --- 9. THE WORKER'S OWN LIST --------------------------------------------------------------------

def test_worker_list_passport_with_me(matcher):
    assert not below_line(matcher, [
        "Factory job near Cluj, 8-hour shifts, overtime at 1.5x, passport with me. It's ok.",
        "alhamdulillah ei mashe 2000 ringgit pailam, passport amar kache, beton time moto ashe",
    ])
    res = matcher.match_many(["passport amar kache thakbe, baki taka dile dibo, alhamdulillah",
                              "your passport with me until you pay, overtime at 1.5x"])
    assert all(r.score >= matcher.line for r in res), [r.explanation for r in res]


# --- 10. A DOWER, A COUNT OF PEOPLE --------------------------------------------------------------

def test_dower_and_people_count_are_no_fee(matcher):
    assert_not_fired(matcher, [
        "মেয়ের বিয়া ঠিক, ছেলে সৌদি থাকে, কাবিন ৫ লাখ",
        "chele dubai thake, kabin 10 lakh dhora hoise",
        "groom works in Qatar, the mohr is 3 lakh, registry at the kazi office",
        "BMET bolse 13 lakh manush bidesh gese 2023 e, beshi Saudi",
        "গত বছর ১০ লাখ কর্মী বিদেশ গেছেন, বেশিরভাগ সৌদি",
    ], "fd.fee_above_cap")
    fee = ["dalal 5 lakh chaise saudi visa er jonno", "Saudi visa 6 lakh, advance 1 lakh diben",
           "সৌদি ভিসা ৫ লাখ, দালাল কইছে আগে অর্ধেক"]
    assert fired_by(matcher, fee, "fd.fee_above_cap") == fee


# --- 11. A WAGE ADVANCE, A HOTEL'S BALANCE -------------------------------------------------------

def test_wage_advance_is_no_fee(matcher):
    assert_not_fired(matcher, [
        "Ref: salary advance Oct, Tk 2500.00 received",
        "salary advance nisilam 3000, ei mashe kete nise",
        "অগ্রিম বেতন ৫০০০ টাকা দিছে কোম্পানি, ঈদের জন্য",
        "Hotel booking for 2 nights: Advance BDT 4,000 received, balance payable at check-in",
    ], "fd.advance_fee")
    fee = ["visa confirm korte 50000 advance pathan", "advance 1 lakh taka dile visa hobe"]
    assert fired_by(matcher, fee, "fd.advance_fee") == fee


# --- 12. A FAMILY'S PILGRIMAGE -------------------------------------------------------------------

def test_family_pilgrimage_passport_is_no_child_recruitment(matcher):
    texts = ["ছোটনের পাসপোর্ট করতে দিলাম, বয়স ১৬, ঈদের পরে সবাই মিলা ওমরায় যামু",
             "choto bhai er passport korsi, boyos 12, amra sobai mile umrah te jabo inshallah",
             "got my son's passport done, he's 11, we are going for umrah in March"]
    assert_not_fired(matcher, texts, "mn.child_recruit")
    assert_not_fired(matcher, texts, "mn.minor_age_stated")


# --- 13. A MORTGAGE FREED, ARREARS PAID OUT, A LINE'S OUTPUT, A PAYSLIP ------------------------

def test_mortgage_freed_is_no_pay_or_else(matcher):
    assert_not_fired(matcher, [
        "খুশির খবর, আব্বা জমির বন্ধক ছাড়াই আনছে, আর কোনো লোন নাই, টাকা না দিলে আর ভয় নাই",
        "abba bollo jomi bondhok dite hobe na, bank loan pass hoise, kono taka na dile o cholbe",
        "dad got the land back from the mortgage today, no more loans, otherwise all fine",
    ], "fd.pay_or_else")


def test_arrears_paid_out_are_no_wages_kept(matcher):
    assert_not_fired(matcher, [
        "ei bochor 37 jon er bokeya beton adai kora hoise alhamdulillah",
        "শ্রম মন্ত্রণালয় বকেয়া বেতন পরিশোধের নির্দেশ দিয়েছে, শ্রমিকদের বকেয়া বেতন আদায় করা হয়েছে",
        "the union got our arrears paid, the arrears were paid to 40 workers last week",
    ], "lab.wages_kept_back")


def test_line_output_and_payslip_are_no_sex_trade(matcher):
    assert_not_fired(matcher, ["আজকে লাইনে টার্গেট ছিল ঘণ্টায় ১২০ পিস, ওটি ২ ঘণ্টা",
                               "line e ghontay 90 piece er target, rate moto pai"], "sx.person_priced_by_time")
    assert_not_fired(matcher, ["Got my payslip: OT 40 hrs at the proper rate, first time it matches my count",
                               "payslip e overtime thik ase, first time rate moto pailam"], "mn.youthful_language_sx")


# --- 14. THE YOUNG TURNED AWAY AT THE GATE -------------------------------------------------------

def test_turned_away_for_age_is_no_confinement(matcher):
    assert_not_fired(matcher, [
        "HR turned away a girl at the gate because she couldn't prove she's 18, the factory can't hire anyone underage",
        "কমপ্লায়েন্স কড়া, ১৮ এর নিচে কাউরে গেটের ভিতরেই ঢুকতে দেয় না",
        "auditor ashbe, underage kauke gate e dhukte dey na ekhon",
    ], "iso.not_let_out")


# --- 15. A RENEWED PASSPORT, A FEE'S CHALLAN, A GRANT, A WEDDING ATTENDED, PAY ON TIME, BANGKOK ---

def test_renewed_passport_and_fee_challan_are_no_retention(matcher):
    assert_not_fired(matcher, ["renewed my passport at the high commission today, took 20 mins",
                               "ই-পাসপোর্ট ফি জমা সফল, চালান নং 2603-1187",
                               "passport renew korlam embassy te, fee jama dilam bank e"], "doc.passport_retained")
    kept = ["the agent took my passport and renewed nothing", "malik passport jama rakhse, renew er kotha bole"]
    assert fired_by(matcher, kept[:1], "doc.passport_retained") == kept[:1]


def test_grant_to_family_is_no_fee(matcher):
    assert_not_fired(matcher, ["মালয়েশিয়ায় মৃত কর্মীর পরিবারের জন্য ৩ লক্ষ টাকার আর্থিক অনুদান",
                               "Saudi te mara jawa bhai er family 3 lakh khotipuron pabe",
                               "the family of the worker who died in Qatar got 3 lakh compensation from the welfare board"],
                     "fd.fee_above_cap")


def test_wedding_attended_is_no_marriage_lure(matcher):
    assert_not_fired(matcher, ["Bhaiyer biye te Dubai theke mama ashtese, airport e pick korte hobe", "boner biye te dubai theke chacha ashbe",
                               "দুবাই থেকে খালু বিয়েতে আসতেছে শুক্রবার",
                               "মেয়ের বিয়ের প্রস্তাব, ছেলে দুবাই থাকে, আগে ছেলের বাড়ি গিয়া খোঁজ নে"], "fm.marriage_lure")
    lure = ["biye kore dubai niye jabo, kaj o dibo", "I will marry you and take you to Dubai, there is a job too"]
    assert fired_by(matcher, lure, "fm.marriage_lure") == lure


def test_pay_on_time_is_no_wages_kept(matcher):
    assert_not_fired(matcher, ["malik bhalo, beton time moto dey, bochor e ekbar desh e jaoar ticket o dey",
                               "মালিক বেতন সময়মতো দেয়, বছরে একবার দেশে যাওয়ার টিকিট দেয়"], "lab.wages_kept_back")


def test_bangkok_is_no_bank(matcher):
    assert_not_fired(matcher, ["ভাবী বলতেছিল পাতায়া যাবে না, শুধু ব্যাংকক আর ফুকেট, টাকা আমি দিমু"], "pay.informal_transfer")
