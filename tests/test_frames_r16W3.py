"""Round 16 of issue 15, part W3: WIDE FRAMES for minors, sexual exploitation and payments.

Each frame is the indicator's own definition (ILO, UNODC, FATF; shared/research/indicators.md) as two
or three broad concepts standing near each other, in the block "round 16, part W3" of
``rules/shared.lexicon.yaml`` (``*_r16c``): a child's age near what the child is put to
(``mn.child_put_to_use_wide``); a child's age near a record made anew or an adult's age to say
(``mn.age_record_changed_wide``); a girl near a trade's price (``sx.person_priced_wide``); an image of
the body near a demand or a price (``sx.sexual_images_asked_wide``); clients counted or sent near what
refusing costs (``sx.clients_imposed_wide``); the one in control at her room at night near a lever
(``sx.boss_at_night_wide``); the earner's money near its taking (``pay.earnings_taken_wide``); a
payment near the order that hides it (``pay.payment_hidden_wide``); crypto near what it pays for
(``pay.crypto_for_trade_wide``); a cut near the people it was earned on (``pay.cut_of_people_wide``).

The phrasings are written here, in the three scripts and their registers (Dhaka, eastern and
Sylheti Bengali, romanised chat spellings, English text-speak, Gulf workers' English, a caseworker's
paraphrase), and are no set's sentences; each grid asserts its phrasings reach the review line by the
frame, and that innocent near-misses sharing its words do not fire it. One module-scoped matcher.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid as grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A CHILD PUT TO USE -----------------------------------------------------------------------------

CHILD_USE = [
    # English, text-speak, a caseworker's paraphrase
    "need 3 girls aged 12-14 for house work in Jeddah, pay goes to the father",
    "the boy is 11 yrs old, he sells flowers at the signal till midnight and the man takes it all",
    "small girl 10 years old wanted for a house, salary to her uncle",
    "client asked for a 15 yo for the weekend, send pics first",
    "a 13-year-old was working as a helper in the hotel kitchen, her pay went to the dalal",
    # romanised Bengali
    "meyetar boyos 13, dhaka te basar kaj e dibo, beton baper hate",
    "chele 12 bochor, rastay pani bechbe, sondhay taka boss ke dibe",
    "class 7 er meye, pic dao ekta, tomar jonno special kaj ase",
    "boyosh matro 14, kintu biye dite chay kabin chara",
    # Bengali, Dhaka and eastern
    "মেয়েটার বয়স ১২, ঢাকায় বাসার কাজে দিবো, বেতন বাপের হাতে",
    "১১ বছরের মেয়ে লাগবে বাসার কাজের জন্য, গ্রামের হইলে ভালো",
    "ক্লাস ফাইভের পোলা, হোটেলে কাম করবো, বেতন মাসে তিন হাজার",
    "বয়স ১৫, কাস্টমার আসলে রুমে পাঠাইবা",
]
CHILD_USE_OK = [
    "my son is in class 7, his tuition fee is 2500 a month",
    "I worked 12 years in Dubai as a driver",
    "the girl is 14, she just passed her exam with a good result",
    "meyer boyos 15, ekhon biye dibo na, age SSC dik",
    "chele Dubai te 8 bochor, nijer dokan ase",
    "আমার মেয়ে ক্লাস সিক্সে পড়ে, ওর স্কুলের বেতন ৫০০ টাকা",
    "ছেলে মালয়েশিয়ায় থাকে ৬ বছর, পরিবার ভালো",
    "Notice for class 6 to 10 students: never send your photos to anyone you met in a game",
    "lan tournament entry 200 tk per head, boyos 15+ allowed",
]


def test_child_put_to_use(matcher):
    grid(matcher, CHILD_USE, CHILD_USE_OK, "mn.child_put_to_use_wide")


# --- 2. A CHILD'S RECORD CHANGED, AN ADULT'S AGE TO SAY ----------------------------------------------------

AGE_CHANGED = [
    "she is 15 but we make new birth certificate, passport will show 22",
    "the 16-17 boys, tell them to say 19 if the inspector asks",
    "how old r u? 14? ok on the profile write 18, nobody checks",
    "under-16 girls ok, NID we make new, age 20 on paper",
    "cheler boyos 15, jonmo nibondhon bodlaiya 22 banaiya dibo",
    "tomar boyos 13? profile e 18 likhe rakho",
    "meye ta 14, kagoje 19 kore dibo, tension nai",
    "ছেলের বয়স ১৫, জন্ম নিবন্ধন বদলাইয়া ২০ বানাইয়া দিবো",
    "মেয়েটার বয়স ১৩, পাসপোর্টে ২১ করা লাগবে",
    "বয়স ১৬ হইলে কি, কেউ জিগাইলে ১৮ বলবি",
]
AGE_CHANGED_OK = [
    "my son turns 16 next month, we will renew his passport",
    "the age limit for the job is 18 to 35",
    "meyer boyos 14, class 9 e pore",
    "ছেলের বয়স ১৬, পাসপোর্ট নতুন করতে দিছি, রেজাল্ট দেখে ভর্তি",
]


def test_age_record_changed(matcher):
    grid(matcher, AGE_CHANGED, AGE_CHANGED_OK, "mn.age_record_changed_wide")


# --- 3. A PERSON PRICED ---------------------------------------------------------------------------------

PRICED = [
    "she is new, 40$ per hour, 120 for the whole night, I drop her to you",
    "3 girls from Satkhira, buyer in Pune paying 2 lakh each",
    "this one is cheaper, 80k, payment on delivery at the border",
    "the girl's price was 50,000 taka, the agent paid her aunt",
    "meye tar dam 60 hajar, adha ekhon adha pore",
    "ei meye ta sosta, 30 hajar, border e delivery",
    "এই মেয়েটার দাম ৪০ হাজার, বাকিটা কাজে লাগাইলে",
    "মাইয়াগুলা প্রতি মেয়ে ২০ হাজার, বায়ার রেডি",
]
PRICED_OK = [
    "girls dresses 500 each, all sizes available",
    "the girls hostel rent is 3000 per head",
    "meyeder jama 500 taka each, sob size ase",
    "মেয়েদের জামার দাম ৫০০ টাকা",
    "meye ta 10 taka dam er chocolate kinse",
    "going with ammu for her knee operation, hotel 2000 rupees per night",
]


def test_person_priced(matcher):
    grid(matcher, PRICED, PRICED_OK, "sx.person_priced_wide")


# --- 4. IMAGES OF THE BODY ASKED FOR OR SOLD ----------------------------------------------------------------

IMAGES = [
    "send me pics without clothes, I'll top up 500 diamonds right now",
    "new nude clips, 300 each, bkash first",
    "keep the camera on when you change your dress, you're my gf na?",
    "school dress e 4 ta video, proti ta 400 taka, bkash korle link",
    "ekta pic dao jama chara, 1000 diamond dibo",
    "শুধু শরীরের একটা ভিডিও দাও, মুখ দেখা লাগবে না, ডায়মন্ড দিমু",
    "স্কুল ড্রেসে ছবি, প্রতিটা ২০০, বিকাশে পাঠাইলেই দিব",
]
IMAGES_OK = [
    "school dress photos for the yearbook, pay 200 tk to the class captain",
    "send me the video of the match, I will top up your data",
    "স্কুল ড্রেসের ছবি তুলে দাও, আইডি কার্ডের জন্য",
    "khelar video pathao, ami data kine dibo",
]


def test_sexual_images(matcher):
    grid(matcher, IMAGES, IMAGES_OK, "sx.sexual_images_asked_wide")


# --- 5. CLIENTS IMPOSED ---------------------------------------------------------------------------------------

CLIENTS = [
    "tonight 6 clients, no condom talk, madam says",
    "8 customers a night or no food for us, passport with the manager",
    "at the spa the massage is for male customers, if I refuse they say pay back the visa money",
    "aj 5 ta guest, na hoile khabar nai",
    "room 12 er guest maiya chaise, oke upore pathao",
    "আজকে ৭ টা কাস্টমার না হইলে খাবার নাই",
    "পুরুষ কাস্টমার আসে, না করলে কয় টিকিটের টাকা ফেরত দে",
]
CLIENTS_OK = [
    "we had 40 customers at the shop today, good sales",
    "10 guests are coming for dinner, cook biryani",
    "night shift at the hotel, 10 guests checked in late, tips were good",
    "আজকে দোকানে ৩০ জন কাস্টমার আসছে",
]


def test_clients_imposed(matcher):
    grid(matcher, CLIENTS, CLIENTS_OK, "sx.clients_imposed_wide")


# --- 6. THE BOSS AT NIGHT -------------------------------------------------------------------------------------

BOSS_NIGHT = [
    "the sponsor comes into my room at night, if I shout he says visa cancel",
    "boss raat e room e dake, shudhu dhore, na gele permit cancel",
    "supervisor rat e ghore dhuke, kaoke bolle kaj theke bad",
    "সাহেব রাতে রুমে ঢুকে, কইলে কয় ভিসা বাতিল",
    "সুপারভাইজার রাতে ঘরে ঢুকে, কাউরে কইলে কাম থাইকা বাদ",
]
BOSS_NIGHT_OK = [
    "the boss called me to his room at night to fix the wifi, nice man",
    "the supervisor said the permit is cancelled for the new site",
    "বস রাতে রুমে ডাকে হিসাব মিলাতে",
    "supervisor bolse permit renew korte hobe",
]


def test_boss_at_night(matcher):
    grid(matcher, BOSS_NIGHT, BOSS_NIGHT_OK, "sx.boss_at_night_wide")


# --- 7. THE EARNER'S MONEY TAKEN ------------------------------------------------------------------------------

EARNINGS = [
    "the boys bring 20 euro a day from the roses and the boss takes the money",
    "her tips, all of them, cash to me not to her",
    "din e 500 taka ane, sob boss ney",
    "customer er taka sob amake dite hobe, ek taka o rakhbi na",
    "আজকের কাস্টমারের টাকা সব পাঠাবি, নিজের কাছে এক টাকাও রাখবি না",
    "বেতন মালিক অফিসে দেয়, আমি নিজের হাতে কোনো দিন পাই নাই",
]
EARNINGS_OK = [
    "my salary comes to my own account every month",
    "the rest of the money I will send to my mother",
    "beton protimash amar account e ashe",
    "কোম্পানি পাসপোর্ট রাখে না, বেতন ঠিক সময়ে",
]


def test_earnings_taken(matcher):
    grid(matcher, EARNINGS, EARNINGS_OK, "pay.earnings_taken_wide")


# --- 8. A PAYMENT HIDDEN --------------------------------------------------------------------------------------

HIDDEN = [
    "send it to the rocket number, dont put names in the group, use code",
    "bkash e pathao, reference e kichu likhba na",
    "TrxID screenshot rakhio, kaoke dekhaio na",
    "nagad e 20 hajar pathaisi, receipt lagbe na",
    "বিকাশে পাঠাও, রেফারেন্সে কিছু লিখবা না",
    "ক্যাশ আউট কইরা দিও, কাউকে দেখাইও না",
]
HIDDEN_OK = [
    "send it by bkash and keep the receipt",
    "paid by nagad, write my name in the reference please",
    "বিকাশে পাঠাইছি, রিসিট রাখো",
    "nagad e pathao, reference e nam likho",
]


def test_payment_hidden(matcher):
    grid(matcher, HIDDEN, HIDDEN_OK, "pay.payment_hidden_wide")


# --- 9. CRYPTO FOR THE TRADE ----------------------------------------------------------------------------------

CRYPTO = [
    "visa file payment only in USDT, bank not safe these days",
    "send 500 USDT for the appointment slot, then we book",
    "bitcoin e dile taratari, Dubai te cash kori dibo",
    "girls ready, pay in usdt trc20 first",
    "ভিসার টাকা ইউএসডিটি তে পাঠান, ব্যাংকে যাওয়া লাগবে না",
]
CRYPTO_OK = [
    "btc price is up again, should I sell",
    "i bought usdt on binance p2p for my savings",
    "Beware: a fake page asks USDT for housemaid visas, report such pages",
    "বিটকয়েনের দাম বাড়ছে",
]


def test_crypto_for_trade(matcher):
    grid(matcher, CRYPTO, CRYPTO_OK, "pay.crypto_for_trade_wide")


# --- 10. A CUT OF PEOPLE'S PRICE ------------------------------------------------------------------------------

CUT = [
    "4 boys sent to the farm this week, my share 20k, send by nagad",
    "2 girls delivered, 30k each, your commission 10k",
    "meye gula theke oder share 20%, baki amar",
    "৩ জন মেয়ে গেছে, তোর ভাগ ১৫ হাজার",
]
CUT_OK = [
    "the shop made 20k profit, your share is 5k",
    "my share of the rent is 3000",
    "hotel booked for 3 nights, girls room and boys room, send your share 2000",
    "দোকানের লাভ ২০ হাজার, তোর ভাগ ৫ হাজার",
]


def test_cut_of_people(matcher):
    grid(matcher, CUT, CUT_OK, "pay.cut_of_people_wide")
