"""Round 13 of issue 15, part F: precision. Innocent scenes read from the false alarms of eval/dev
(dev68 to dev71 first, then the rest of eval/dev and voice2 to voice5), and the guards that hid real
cases, tested as grids: each scene's family of innocent phrasings in three scripts must not fire the
rule it used to fire (or must stay below the review line), and the indicator the rule exists for,
said beside the same words, must still fire. None of these sentences is a set's.

1. "মারা" AS A VERB OF DOING, "মার" AS THE MOTHER'S (thr.violence): a trip made, a chat, parents.
2. A FISHER'S OR A DRIVER'S OWN SHARE (lab.excessive_hours): long hours for one's own take.
3. "FAIR" AS JUST (sx.appearance_job): "the manager is strict but fair".
4. A HOSTEL'S SEAT ADVERTISED (iso.watched_always): CCTV and the gate's hours.
5. A STREET WOMEN COULD NOT WALK AT NIGHT (sx.third_party_control).
6. A FAMILY'S NGO LOAN PAID FROM A SALARY (fd.debt_by_work).
7. A PARENT WHO WILL NOT SEND THE CHILD TO WORK (mn.minor_exploited, through child_kept_from_match).
8. A WORKER'S NOTE HOME (neg.content_voice): all well, the pay received, don't worry.
9. NOTICES AND WARNINGS BY THEIR SHAPE (neg.awareness_news): a public announcement, a tip or a note
   with its sender, "stay away", "10 lakh means dalal", the headline's "..., says police", an
   office's data, a workshop held, a notice to all staff.
10. GUARDS THAT HID REAL CASES: a controller's "here there is no such thing as resigning"; a
    caseworker's "Family says ..."; a recruiter's offer with a laughing emoji.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def flagged(matcher, texts):
    return [t for t, r in zip(texts, matcher.match_many(texts)) if r.score >= matcher.line]


# --- 1. "মারা" AS A VERB OF DOING, "মার" AS THE MOTHER'S ---------------------------------------

IDIOM = [
    # bn
    "আইজ দুইটা খ্যাপ মাইরা ৯০০ টাকা হইছে, মহাজনের জমা দিয়া বাসায় যাইতাছি",
    "সারা বিকাল চায়ের দোকানে আড্ডা মারা হইলো, কাল পরীক্ষা",
    "ঈদের আগে বাপ-মার কাছে যামু, টিকিট কাটছি",
    # bn-Latn
    "aj 3 ta khep maira 1200 hoise, rickshaw malik er joma dia baki amar",
    "bondhura mile adda marchi tea stall e, tui asbi?",
    # en (the English words are no idiom; the family's greeting)
    "did three trips today, bap-mar er jonno mishti kinsi",
]
BEATEN = [
    "মালিক লাঠি দিয়া মাইরা হাত ভাইঙ্গা দিছে",
    "খ্যাপ শেষে মহাজন লাঠি দিয়া মারছে, টাকা কম হইছে বইলা",
    "malik protidin mare, beton dey na",
    "the boss beat me with a belt",
]


def test_idioms_of_mara_are_no_violence(matcher):
    assert_not_fired(matcher, IDIOM, "thr.violence")


def test_beating_still_reads(matcher):
    assert fired_by(matcher, BEATEN, "thr.violence") == BEATEN


# --- 2. A FISHER'S OR A DRIVER'S OWN SHARE ------------------------------------------------------

OWN_SHARE = [
    "aijja 18 ghonta kam goijji, ilish uthse bout, bhag ot 12 hajar hoibo, season bala",
    "kal 16 ghonta gari chalaisi, amar bhag e 3 hajar, season bhalo",
    "১৮ ঘণ্টা নদীতে আছিলাম, আমার ভাগে ১০ হাজার পামু, সিজন ভালো",
    "worked 18 hours on the boat, my share is 9,000 this trip, good season",
]
HOURS = [
    "protidin 18 ghonta kaj koray, chuti nai",
    "প্রতিদিন ১৮ ঘণ্টা কাজ করায়, ছুটি দেয় না",
    "we work 18 hours a day with no day off",
]


def test_own_share_is_no_excessive_hours(matcher):
    assert_not_fired(matcher, OWN_SHARE, "lab.excessive_hours")


def test_excessive_hours_still_fire(matcher):
    assert fired_by(matcher, HOURS, "lab.excessive_hours") == HOURS


# --- 3. "FAIR" AS JUST --------------------------------------------------------------------------

FAIR = [
    "Hotel housekeeping, night shift, salary 18k after probation. Manager is strict but fair",
    "hotel e receptionist er job, salary bhalo, malik strict but fair",
    "হোটেলে চাকরি, বেতন ঠিক আছে, fair pay, ম্যানেজার ভালো",
]
APPEARANCE = [
    "fair and slim girls needed for hotel reception in Dubai, salary 80k",
    "Hotel e job, fair meye lagbe, salary 60 hajar",
]


def test_fair_as_just_is_no_appearance(matcher):
    assert_not_fired(matcher, FAIR, "sx.appearance_job")


def test_appearance_job_still_fires(matcher):
    assert fired_by(matcher, APPEARANCE, "sx.appearance_job") == APPEARANCE


# --- 4. A HOSTEL'S SEAT ADVERTISED --------------------------------------------------------------

HOSTEL = [
    "Girls hostel near Tongi station has seats free, 3500 per month with meals, CCTV, gate closes 10pm",
    "ladies hostel e seat khali, CCTV ache, gate rat 10 tay bondho, meyeder jonno",
    "মেয়েদের হোস্টেলে সিট খালি, সিসিটিভি আছে, গেট রাত ১০টায় বন্ধ",
]


def test_hostel_ad_is_not_watched(matcher):
    assert_not_fired(matcher, HOSTEL, "iso.watched_always")


# --- 5. A STREET WOMEN COULD NOT WALK AT NIGHT --------------------------------------------------

STREET = [
    "oi hotel ta police bondho kore dise, rat e oi rastay meyera hata jeto na",
    "রাতে ওই রাস্তায় মেয়েরা হাঁটা যেত না, এখন হোটেলটা বন্ধ",
    "the hotel is shut now, women could not walk that road at night before",
]


def test_unsafe_street_is_no_third_party_control(matcher):
    assert_not_fired(matcher, STREET, "sx.third_party_control")


# --- 6. A FAMILY'S NGO LOAN PAID FROM A SALARY --------------------------------------------------

NGO_LOAN = [
    "Brother the loan from ASA is 40k, weekly kisti 1000. I can pay 600 from my salary, can you cover the rest?",
    "asa theke loan 40 hajar, weekly kisti 1000, ami salary theke 600 dite parbo",
    "আশা থেকে লোন ৪০ হাজার, সাপ্তাহিক কিস্তি ১০০০, বেতন থেকে ৬০০ দিতে পারবো",
]
DEBT_WORK = [
    "the agent's loan is cut from my salary every month and it never ends",
    "dalal er loan beton theke kete ney protimash, shesh hoy na",
]


def test_ngo_loan_is_no_debt_bondage(matcher):
    assert_not_fired(matcher, NGO_LOAN, "fd.debt_by_work")


def test_debt_by_work_still_fires(matcher):
    assert fired_by(matcher, DEBT_WORK, "fd.debt_by_work") == DEBT_WORK


# --- 7. A PARENT WHO WILL NOT SEND THE CHILD TO WORK ----------------------------------------------

REFUSE = [
    "ছোট মাইয়াটারে ঢাকায় কারো বাসায় কামে দিমু না, পড়াশোনা করুক",
    "choto meye ta ke dhakay karo basay kaje dibo na, porashona koruk",
    "we won't send her to work in anyone's house in Dhaka, she is 12 and studying",
]
SENT = [
    "ছোট মাইয়াটারে ঢাকায় এক বাসায় কামে দিছি, মাসে ৩ হাজার দেয়",
    "12 bochorer meye ta ke dhakay basay kaje dise, school bondho",
]


def test_refusal_is_no_child_exploited(matcher):
    assert not flagged(matcher, REFUSE)


def test_child_put_to_work_still_flags(matcher):
    assert flagged(matcher, SENT) == SENT


# --- 8. A WORKER'S NOTE HOME ----------------------------------------------------------------------

NOTE_HOME = [
    "Ammu Italy te shob thik ache, aj beton paisi, overtime shoho. 1.5 lakh pathalam bank e. chinta koiro na",
    "আম্মা সব ঠিক আছে, বেতন পাইছি, দেড় লাখ ব্যাংকে পাঠাইলাম, চিন্তা কইরো না",
    "Mom everything is fine here, got my salary, sent 1.5 lakh to the bank, don't worry",
]
NOTE_TROUBLE = [
    "ammu shob thik ache bolbi, malik passport rekhe dise, 2 lakh dile dibe",
    "ammu beton paisi kintu malik passport rekhe dise, 2 lakh chaise",
]


def test_note_home_stays_below_line(matcher):
    assert not flagged(matcher, NOTE_HOME)


def test_note_with_trouble_still_flags(matcher):
    assert flagged(matcher, NOTE_TROUBLE) == NOTE_TROUBLE


# --- 9. NOTICES AND WARNINGS BY THEIR SHAPE ----------------------------------------------------

NOTICES = [
    "[miking] ekti jaruri ghoshona.. bidesh e kaj er kotha bole keu taka chaile, free visa, umrah visa te kaj, egula shob protarona. dalal er khoppor e porben na",
    "জরুরি ঘোষণা: বিদেশে কাজের কথা বলে কেউ টাকা চাইলে, ফ্রি ভিসা, এগুলো সব প্রতারণা। দালালের খপ্পরে পড়বেন না",
    "Tip from our outreach team: an employer cannot keep a domestic worker's NID or phone. If your relative cannot call you freely, message our page and we will visit.",
    "Teacher's note to Class 10 guardians: a man is offering 'free visa' jobs in Dubai. Please do not give him documents or money.",
    "PSA from Shathi: if any 'agency' messages you offering nursing jobs in Italy with no IELTS and 'visa in 15 days', block and report.",
    "Bhai ra Romania/Serbia hoye Italy jawar kotha keu bolle shune rakhen, amar mama 7 lakh dise, kono kaj hoy nai. Dalal er kotha e jomi bikri koren na.",
    "Q: portugal work visa cost? agent saying 10 lakh\nA: visa fee is 90 euro + VFS only. 10 lakh means dalal, stay away",
    "Sextortion complaints up sharply, says police cyber unit: 'victims were asked for money on bKash.' Police urged victims not to pay.",
    "Female migration fell 15% in 2025, BMET data show. Returnees cited unpaid wages and abuse by employers.",
    "NOTICE TO ALL STAFF: Passports are NOT kept by HR. If any supervisor asks for your passport, report to HR office.",
]
RECRUITER = [
    "জরুরি ঘোষণা: সৌদি ফ্রি ভিসা, ২ লাখ অগ্রিম, পাসপোর্ট জমা দিতে হবে, যোগাযোগ ০১৭১২৩৪৫৬৭৮",
    "Tip from our agency: free visa to Dubai, 3 lakh advance, send your passport to me",
    "bhai ra free visa ache, 4 lakh lagbe, passport amar kache jama diben",
    "He says police will take you if you run, so your passport stays with me",
    "Forwarded from Saudi visa group: free visa 3 lakh advance, passport jama diben, inbox",
    "[miking] jaruri ghoshona: Malaysia te free visa, 2 lakh advance, passport jama diben, jogajog 01712345678",
]


def test_notices_stay_below_line(matcher):
    assert not flagged(matcher, NOTICES)


def test_recruiters_borrowing_the_words_still_flag(matcher):
    assert flagged(matcher, RECRUITER) == RECRUITER


# --- 10. GUARDS THAT HID REAL CASES --------------------------------------------------------------

HIDDEN = [
    "contract sesh, tao chharte dicche na. resign dite chaile HR hase, bole eikhane resign bole kichu nai",
    "চুক্তি শেষ, তাও ছাড়তে দিচ্ছে না। মালিক বলে এখানে ছুটি বলে কিছু নাই",
    "Client's daughter (14) missing since Monday. Last chat: 'dont tell ammu, u will work in my sister's boutique'. Family says he sent her 2k on bkash.",
    "Japan TITP te jaite N4 lagbe na bhai 😅 amra certificate bebostha kore dibo, keu dhorte parbe na. salary 1.8 lakh, office e asen kalke, original passport shathe anben",
]
STILL_WARNINGS = [
    "free visa bole kichu nai, dalal er kotha shunben na, legal pothe jan",
    "ফ্রি ভিসা বলে কিছু নাই, দালালের কথা শুনবেন না",
    "there is no such thing as a free visa, don't pay any broker",
]


def test_hidden_cases_flag(matcher):
    assert flagged(matcher, HIDDEN) == HIDDEN


def test_warnings_of_no_such_thing_stay_below(matcher):
    assert not flagged(matcher, STILL_WARNINGS)


# --- 11. A JOKE'S "TAKES ALL MY SALARY", A WIFE'S CHORE DEBT -------------------------------------

JOKE_TAKER = [
    "my mom handles my salary like a hundi agent: takes all of it, gives me 2% 😭",
    "My landlord is the real trafficker. takes 60% of my salary 💀",
    "amar bou salary r din pura beton niye ney, amake 500 taka pocket money dey 😂",
    "আমার বউ বেতনের দিন সব টাকা নিয়ে নেয়, আমারে ৫০০ দেয় 😂",
]
TAKER = [
    "the malik takes 60% of my salary every month for the visa",
    "malik beton er ordhek rekhe dey protimash",
    "মালিক প্রতি মাসে বেতনের অর্ধেক রেখে দেয়",
    "my boss takes all my salary 😭",
]


def test_joke_taker_is_no_wages_kept(matcher):
    assert_not_fired(matcher, JOKE_TAKER, "lab.wages_kept_back")


def test_wages_kept_back_still_fires(matcher):
    assert fired_by(matcher, TAKER, "lab.wages_kept_back") == TAKER


def test_wife_chore_debt_stays_below(matcher):
    assert not flagged(matcher, [
        "wife took my phone, locked the door and says I cant leave until the debt is paid. the debt: taking out the trash 🙃",
    ])


# --- 12. A HOSTEL'S GATE AND GUARD, A FACTORY'S GATE PASS ------------------------------------------

GATE = [
    "খালা শুনলো রাত ১০টায় হোস্টেলের গেটে তালা পড়ে আর গার্ড থাকে, তখন শান্তি পাইছে",
    "hostel er gate e rat 10 tay tala pore, guard thake, ammu ekhon nishchinto",
    "the hostel gate is locked at 10 and a guard sits there, mom is relieved",
]
GATE_PASS = [
    "গেট পাস ছাড়া দুপুরে বাইরে যাইতে দেয় না, তবে জরুরি দরকার হইলে লাইন চিফ পাস লেইখা দেয়",
    "gate pass chara lunch e baire jaite dey na, dorkar hole line chief pass likhe dey",
    "no going out at lunch without a gate pass, the line chief writes one if you need it",
]
CONFINED = [
    "মালিক দরজায় তালা দিয়া রাখে, বাইরে যাইতে দেয় না",
    "madam gate e tala diye rakhe, guard boshe thake, baire jaite dey na",
]


def test_hostel_gate_is_no_escort(matcher):
    assert_not_fired(matcher, GATE, "iso.escorted")


def test_gate_pass_stays_below(matcher):
    assert not flagged(matcher, GATE_PASS)


def test_confinement_still_flags(matcher):
    assert flagged(matcher, CONFINED) == CONFINED


# --- 13. A LONG SHIFT PAID DOUBLE, THE WORKER'S OWN RENT, A HARVEST PAID BY THE DAY ------------------

def test_paid_shift_own_rent_and_harvest_are_no_labour_abuse(matcher):
    assert_not_fired(matcher, [
        "Amma ajke 14 ghonta duty silo, inventory counting. double overtime dibe, kal pura din off",
        "আজকে ১৪ ঘণ্টা ডিউটি, ডাবল ওভারটাইম দিবে, কাল পুরা দিন অফ",
        "14 hours today for the stock count, double overtime and a full day off tomorrow",
    ], "lab.excessive_hours")
    assert_not_fired(matcher, [
        "company salary thik e dise kintu room rent ar mess er taka ami nije ditam, shob kete 14000 thakse",
        "উত্তরবঙ্গ থেকে লোক আনি দৈনিক ৭০০ টেয়া দি ধান কাটাইছি",
        "লোক আইনা দৈনিক ৭০০ টাকা দিয়া ধান কাটার কাম করাইছি",
    ], "fd.debt_by_work")


# --- 14. A CLUB'S SIGNED WARNING, A COURSE'S ONLY FEE, A RENEWAL AT THE EMBASSY --------------------

def test_club_signed_warning_stays_below(matcher):
    assert not flagged(matcher, [
        "Girls! If anyone promises a parlour job in Dhaka and says 'dont tell your parents', say NO and tell your teacher. - Kishori Club, Chilmari",
        "মেয়েরা! কেউ ঢাকায় পার্লারের কাজের কথা বলে 'বাসায় কাউকে বলো না' বললে না বলো, শিক্ষককে জানাও। - কিশোরী ক্লাব, চিলমারী",
    ])


def test_course_only_fee_is_no_wage_withheld(matcher):
    assert_not_fired(matcher, [
        "anyone know about Japan TITP? my cousin paid nothing except the course",
        "TITP te gese amar bhai, course fee chara kichu dey nai",
        "টিটিপিতে গেছে, কোর্স ফি ছাড়া কিছু দেয় নাই",
    ], "lab.wages_withheld")
    unpaid = ["the company paid nothing for 3 months", "3 mash beton dey nai company"]
    assert fired_by(matcher, unpaid, "lab.wages_withheld") == unpaid


def test_own_renewal_is_no_document_held(matcher):
    assert_not_fired(matcher, [
        "Passport renewal er jonno Riyadh embassy te gesilam, appointment online e nisi. purono passport er copy rakhsi",
        "পাসপোর্ট রিনিউ করতে দূতাবাসে গেছিলাম, পুরান পাসপোর্টের কপি রাখছি",
        "went to the embassy to renew my passport, kept a copy of the old one",
    ], "doc.document_held_on_condition")
