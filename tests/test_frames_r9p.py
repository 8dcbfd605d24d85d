"""Round 9 of issue 15, part P: payments and sexual exploitation, scenes the packs had no words for.

Each scene was written first as the family of ways it is said (standard and eastern Bengali,
romanised Bengali, South-Asian, Gulf and Malay English and text-speak), in slots of
``rules/shared.lexicon.yaml`` (the block "round 9, part P"); a grid builds phrases from fillers
written here and asserts that every combination reaches the review line by the scene's rule, and
that the same fillers in an innocent frame stay below it (or do not fire the rule).

PAYMENTS: a worker's wage drawn by another with her card or PIN (``pay.wage_drawn_by_other``); a
cover for a payment if anyone asks, a relation or a wage claimed (``pay.payment_cover_story``); a
payment through a Gulf or Malay wallet or as cash to the speaker, with the company or the shop's
books kept out or the reference given a false label (``pay.hidden_payment``); crypto for papers,
a crossing, a batch of people or a woman's number (``pay.crypto_for_trade``).
SEXUAL EXPLOITATION: women offered with an advert's terms (``sx.ad_service_terms``); different men
every night against her will (``sx.men_rotated``); intimate images held over her
(``sx.sextortion``); a guest's wishes with her account as the lever (``sx.guest_duty``); her
clients' money taken (``sx.client_money_kept``); a client who wants her for a week
(``sx.person_booked_for_time``); a venue's back rooms (``sx.venue_then_clients``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid, check_rule_grid as grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. WAGE DRAWN BY ANOTHER -----------------------------------------------------------------------

WAGE = {
    "en": (["when the salary comes in", "every payday", "each month the wage lands and"],
           ["the supervisor takes my card and withdraws it", "the agent keeps our salary cards and withdraws our salary",
            "his driver has my pin and draws my salary"],
           ["gives me only 300 riyal", "hands me 100 dinar for food", "the rest goes to the office"]),
    "bn-Latn": (["mash e salary dhukle", "beton ashle", "protek mash e beton dhukle"],
                ["supervisor amar atm card niye tule ney", "dalal card rekhe dise, nije tule ney",
                 "kafil er lok pin o tar kache, uthay ney"],
                ["amar hate dey 50 riyal", "hat khoroch dey matro", "baki ta tar kache"]),
    "bn": (["বেতন ঢুকলে", "মাস শেষে বেতন আসলে", "প্রতি মাসে বেতন ঢুকলে"],
           ["মালিকের ছেলে আমার এটিএম কার্ড নিয়ে তুলে নেয়", "দালাল কার্ড রেখে দিছে, নিজে তুলে নেয়",
            "কফিলের লোক পিন জানে, তুইলা নেয়"],
           ["আমার হাতে দেয় ২০০ রিয়াল", "হাত খরচ দেয় মাত্র", "বাকিটা সে রাখে"]),
}


def test_wage_drawn_grid(matcher):
    flag = [f"{a} {b}, {c}" for s, d, p in WAGE.values() for a, b, c in product(s, d, p)]
    ok = ["my wife withdraws my salary with my card every month and pays the rent",
          "when the salary comes I withdraw it myself, my card stays with me",
          "lost my card, new card in 10 days, the bank says salary is safe",
          "salary dhukle ami nije atm theke tuli, card amar kache",
          "amar bou card diye beton tule ney, bazar kore",
          "বেতন ঢুকলে আমি নিজে তুলি, আম্মুর হাতে দেই",
          "কার্ড হারিয়ে গেছে, নতুন কার্ড আসলে বেতন তুলে নিব",
          "the company deposits the salary to your own bank card on the 28th"]
    grid(matcher, flag, ok, "pay.wage_drawn_by_other")


# --- 2. PAYMENT x COVER IF ASKED, x HIDDEN ----------------------------------------------------------

COVER = {
    "en": (["send the 60,000 by bKash to 01812-334455", "cash in 40k to this Nagad number"],
           ["if anyone asks, say it's your cousin", "if the agent asks, say it's a loan", "if they ask, say it is his salary"]),
    "bn-Latn": (["bkash e 50 hajar pathan", "rocket e taka pathaba"],
                ["keu jigaile bolben bhaigna", "keu jiggesh korle bolben attiyo", "agent jigaile bolben garments er beton"]),
    "bn": (["বিকাশে ৫০ হাজার পাঠান", "নগদে টাকা দিবেন"],
           ["কেউ জিজ্ঞেস করলে বলবেন ভাগ্নে", "কেউ জিগাইলে বলবেন আত্মীয়", "এজেন্ট জিজ্ঞেস করলে বলবেন গার্মেন্টসের বেতন"]),
}


def test_cover_story_grid(matcher):
    flag = [f"{p}, {c}" for pay, cov in COVER.values() for p, c in product(pay, cov)]
    ok = ["if anyone asks, say my cousin is coming to the wedding on friday",
          "keu jigaile bolben ami tar bhaigna, hospital e dekhte ashchi",
          "কেউ জিজ্ঞেস করলে বলবেন আমি তার ভাগ্নে, দেখা করতে আসছি"]
    grid(matcher, flag, ok, "pay.payment_cover_story")


HIDDEN_MORE = {
    "en": (["pay the levy by TnG ewallet", "send it by STC Pay", "rest cash to me"],
           ["don't tell the company", "not in the shop account", "keep it off the books"]),
    "bn-Latn": (["levy ta TnG ewallet e diba", "stc pay te pathaben", "taka amake diben cash e"],
                ["company ke kichu bolben na", "khatay likhben na", "reference e company er nam likhben na"]),
    "bn": (["লেভির টাকা ইওয়ালেটে দিবেন", "বিকাশে পাঠান", "টাকা আমারে দিবা"],
           ["কোম্পানিকে কিছু বলার দরকার নাই", "খাতায় লিখবেন না", "রেফারেন্সে কোম্পানির নাম লিখবেন না"]),
}


def test_hidden_payment_more_grid(matcher):
    flag = [f"{p}, {h}" for pay, hid in HIDDEN_MORE.values() for p, h in product(pay, hid)]
    ok = ["pay the rent by TnG ewallet and write your unit number in the reference",
          "company payroll goes to your bank account, the ewallet is only for the canteen",
          "বিদ্যুৎ বিল বিকাশে দিবেন, রেফারেন্সে মিটার নাম্বার লিখবেন",
          "stc pay e salary ashe, receipt dekhaben",
          "ammu ke bkash e 5000 pathalam, write family in the reference bolse agent"]
    grid(matcher, flag, ok, "pay.hidden_payment")


# --- 3. CRYPTO FOR PAPERS, A CROSSING, PEOPLE, A WOMAN'S NUMBER -------------------------------------

CRYPTO = {
    "en": (["send 900 USDT TRC20", "pay in ETH", "bitcoin only"],
           ["for the work permit", "and you get the girl's private number", "for the seat on the boat"]),
    "bn-Latn": (["usdt te 1500 pathan", "btc e diben", "crypto wallet e den"],
                ["cos letter er jonno", "meyer number paben", "game er taka"]),
    "bn": (["ইউএসডিটি পাঠান", "বিটকয়েনে দিতে হবে", "ক্রিপ্টোতে দিবেন"],
           ["ওয়ার্ক পারমিটের জন্য", "মেয়ের নাম্বার পাবেন", "লিবিয়া পার হওয়ার জন্য"]),
}


def test_crypto_for_trade_grid(matcher):
    flag = [f"{c} {b}" for coin, buys in CRYPTO.values() for c, b in product(coin, buys)]
    ok = ["I pay with the Binance Visa card, USDT cashback on every swipe",
          "bitcoin price crossed 100k, work permit news later",
          "usdt trading signal group, 50 usdt course fee",
          "বিটকয়েনের দাম আজ বেড়েছে, লিবিয়ার খবরও দেখলাম",
          "bought a boat ticket for Saint Martin, paid by card",
          "Saint Martin tour: send 3000 usdt for the boat seat, 3 days trip"]
    grid(matcher, flag, ok, "pay.crypto_for_trade")


# --- 4. WOMEN OFFERED WITH AN ADVERT'S TERMS --------------------------------------------------------

AD = {
    "en": (["new deshi girls in town", "2 college girls available", "bhabi and her friend here"],
           ["hotel/home service", "room ready, short 3000", "meet in hotel, full night", "30 min 1500tk, 1 hour 2500"],
           ["100% safe", "no police problem", "DM to book, advance by bkash"]),
    "bn-Latn": (["notun meye ashche", "2 jon college er meye", "deshi girl ache"],
                ["hotel e meet", "rater jonno 6000", "room ready"],
                ["police setting ase", "kono voy nai", "booking advance bkash e"]),
    "bn": (["নতুন মাইয়া আইছে", "দুইজন কলেজের মেয়ে", "ভাবি আছে"],
           ["হোটেল বা বাসা", "রাতের জন্য ৬০০০", "রুম রেডি"],
           ["কোন ডর নাই", "পুলিশের ঝামেলা নাই", "বুকিং অগ্রিম বিকাশে"]),
}


def test_ad_service_terms_grid(matcher):
    flag = [f"{w}, {s}, {b}" for women, serv, book in AD.values() for w, s, b in product(women, serv, book)]
    ok = ["girls hostel, room available, 100% safe area, advance 2 months",
          "bridal makeup home service by expert girls, booking advance 30%",
          "মেয়েদের হোস্টেলে সিট খালি, রুম রেডি, অগ্রিম লাগবে",
          "home service e mehedi, expert meye, booking advance",
          "female tutor home service for class 8 girls, 100% safe, call now",
          "hiring girls for hotel reception, salary 15000, room available",
          "ladies gym, girls only batch, 1 hour 300 taka, booking advance",
          "meyeder swimming class 45 min 800 taka, 100% safe pool, booking koren"]
    grid(matcher, flag, ok, "sx.ad_service_terms")


# --- 5. DIFFERENT MEN EVERY NIGHT, AGAINST HER WILL -------------------------------------------------

ROTATE = {
    "en": (["they said it was a job,", "he promised marriage,"],
           ["now different men come every night", "every night a new man is sent in", "men one after another"],
           ["if I refuse they beat me", "I want to go home", "not allowed out"]),
    "bn-Latn": (["kaj er kotha bole anse,", "biyer kotha bole niye ashche,"],
                ["ekhon roj notun lok ase", "alada alada lok pathay", "ekjoner por ekjon"],
                ["na korle khawa bondho", "bari jaite chai", "amake niye jao"]),
    "bn": (["কাজের কথা বলে আনছে,", "বিয়ার কথা কইয়া আনছে,"],
           ["এখন রোজ নতুন লোক আসে", "প্রতি রাইতে আলাদা আলাদা লোক আসে", "একজনের পর একজন"],
           ["না কইলে মারে", "বাড়ি যাইতে চাই", "আমারে নিয়া যাও"]),
}


def test_men_rotated_grid(matcher):
    flag = [f"{a} {b}, {c}" for lure, rot, will in ROTATE.values() for a, b, c in product(lure, rot, will)]
    ok = ["at the hotel reception different men every night check in, I want to go home for Eid",
          "night counter: different customers every night, boring, I want to go home",
          "হাসপাতালে রোজ নতুন লোক আসে, রোগী দেখি, বাড়ি যেতে চাই ঈদে",
          "dokan e alada alada lok ase, bikri bhalo, bari jaite chai eid e"]
    grid(matcher, flag, ok, "sx.men_rotated")


# --- 6. SEXTORTION ----------------------------------------------------------------------------------

SEXT = {
    "en": (["if you stop the calls", "send 20k tonight or", "unless you do more videos"],
           ["your nudes go to your family", "I post the recording on facebook", "the private video goes to everyone"]),
    "bn-Latn": (["call na korle", "taka na dile", "aro video na dile"],
                ["tor nongta chobi facebook e dibo", "recording ta sobar kase pathabo", "gopon video viral kore dibo"]),
    "bn": (["কল না করলে", "টাকা না দিলে", "আরো ভিডিও না দিলে"],
           ["তোর খারাপ ছবি ফেসবুকে দিমু", "রেকর্ডিং সবার কাছে পাঠামু", "গোপন ভিডিও ভাইরাল কইরা দিমু"]),
}


def test_sextortion_grid(matcher):
    flag = [f"{a} {b}" for lever, spread in SEXT.values() for a, b in product(lever, spread)]
    ok = ["if anyone threatens to post your private photos, call the cyber crime helpline 999",
          "never share nudes, they can go to everyone",
          "কেউ যদি হুমকি দেয় গোপন ছবি ছড়াবে, সাইবার ইউনিটে জানান",
          "birthday er video facebook e dibo, sobaike dekhabo",
          "if you don't come I'll post the wedding video on facebook haha"]
    grid(matcher, flag, ok, "sx.sextortion")


# --- 7. WIDENED: THE GUEST'S WISHES, HER CLIENTS' MONEY, A WEEK'S BOOKING, THE BACK ROOMS ----------

def test_guest_duty_widened(matcher):
    flag = ["boss er mehman ashbe, sundor kore sajbi, ja koy tai korbi, na hole tor hisab theke kata hobe",
            "বসের মেহমান আসবে, যা কয় তাই করবি, খুশি না হইলে তোর হিসাব থেকে কাটা হইবো",
            "the sheikh's guests come tonight, do whatever he wants, it comes off your debt",
            "client ashbe, ja bolbe tai korbi, dena theke kata jabe"]
    ok = ["biyer mehman ashbe, sundor kore sajbi, ja koy tai korbi",
          "বিয়ের মেহমান আসবে, সুন্দর কইরা সাজবি"]
    grid(matcher, flag, ok, "sx.guest_duty")


def test_client_money_widened(matcher):
    flag = ["auntie takes money from every customer, says it goes toward her debt",
            "madam customer er kach theke taka ney, or dena te jay",
            "কাস্টমারের কাছ থেকে টাকা নেয় আপা, মেয়েটা কিছুই পায় না"]
    ok = ["the cashier takes money from every customer at the shop counter"]
    grid(matcher, flag, ok, "sx.client_money_kept")


def test_booked_for_a_week(matcher):
    flag = ["client wants her for the whole week at the flat, pays 60k",
            "guest wants her for 3 days in cox's bazar, 45 hajar dibe",
            "customer oke chay puro shoptaho, 50k"]
    ok = ["client wants her for the whole week to finish the design project, pays 60k",
          "the family wants her for 3 days as a babysitter, 4000 taka"]
    grid(matcher, flag, ok, "sx.person_booked_for_time")


def test_venue_back_rooms(matcher):
    flag = ["told her she'd be a waitress at the karaoke, now she's in the back rooms with customers",
            "spa te receptionist bole nise, ekhon pichoner room e customer er sathe thakte hoy",
            "ক্লাবে গান গাইবে বলে আনছে, এখন পেছনের রুমে কাস্টমারের সাথে থাকতে হয়"]
    check_grid(matcher, flag, [], rule="sx.venue_then_clients")


# --- 8. ONE SLOT ALONE NEVER FIRES A NEW COMBINATION --------------------------------------------------

def test_one_slot_alone(matcher):
    alone = ["salary dhukle ami bazar kori", "the supervisor takes my card to the canteen",
             "send 900 USDT TRC20", "work permit er file jama dilam",
             "new deshi girls in the class", "hotel/home service for AC repair, booking advance",
             "different men every night at the reception", "I want to go home",
             "the recording of the meeting goes to everyone", "if you stop the calls I will be sad"]
    for rule in ["pay.wage_drawn_by_other", "pay.crypto_for_trade", "sx.ad_service_terms", "sx.men_rotated",
                 "sx.sextortion"]:
        assert not fired_by(matcher, alone, rule), rule


# --- 9. A RELATIVE'S PLEA FOR RELEASE, TAKINGS COLLECTED, IMAGES SOLD -------------------------------

PLEA = {
    "en": (["sent 50k by bkash just now, the rest tomorrow,", "paid 2 lakh to your man,"],
           ["please let my son go", "plz release my brother", "let my husband go home"]),
    "bn-Latn": (["nagad e 40 hajar dilam, baki kal,", "bkash e 1 lakh pathaisi,"],
                ["amar chele re chere den", "bhai ke camp theke ber kore den", "amar jamai re ber hoite den"]),
    "bn": (["বিকাশে ৫০ হাজার দিলাম, বাকিটা কাল,", "নগদে এক লাখ পাঠাইছি,"],
           ["আমার ছেলেরে ছাইড়া দেন", "ভাইরে ঘর থেকে বের করে দেন", "আমার স্বামীরে বাইর কইরা দেন"]),
}


def test_release_plea_grid(matcher):
    flag = [f"{m} {p}" for money, plea in PLEA.values() for m, p in product(money, plea)]
    ok = ["bhai dam ta kom kore chere den, 500 taka dibo",
          "fee 2000 dilam, amar chele ke school theke aaj chuti diye chere den",
          "বিল দিয়ে দিছি, ছেলেরে স্কুল থেকে ছুটি দিয়ে ছেড়ে দেন"]
    grid(matcher, flag, ok, "pay.ransom_release")


COLLECT = {
    "en": (["collection this week:", "the daily collection:"],
           ["the girls 52k in total", "each girl brings 12k", "the beggars 600 each"]),
    "bn-Latn": (["meyeder collection aj", "din sheshe joma dibi,"],
                ["meyera 25 hajar", "bacchara sob taka 500 kore", "proti meye 3000"]),
    "bn": (["মেয়েদের কালেকশন", "দিন শেষে জমা দিবি,"],
           ["মেয়েরা ৪০ হাজার", "বাচ্চারা প্রত্যেকে ৫০০", "প্রতি মেয়ে ৩০০০"]),
}


def test_takings_collected_grid(matcher):
    flag = [f"{c} {e}" for col, earn in COLLECT.values() for c, e in product(col, earn)]
    ok = ["mosque collection this Friday 25,000 taka, thanks to all the boys",
          "school picnic collection: each girl 500",
          "মসজিদের চাঁদা কালেকশন ২০ হাজার, ছেলেরা দিছে",
          "club er chanda collection 10 hajar, polapan dise",
          "eid collection of the shop: 3 new sarees 9k, the girls loved it",
          "din sheshe joma dibi, 25 hajar", "দিন শেষে জমা দিবি, ৪০ হাজার"]
    grid(matcher, flag, ok, "pay.takings_collected")


SOLD = {
    "en": (["her private videos", "the girls' nudes", "those naked pics"],
           ["are sold in the premium group", "sell for 300 taka per video", "go to subscription buyers"]),
    "bn-Latn": (["oder private video", "meyeder nongta chobi", "oi recording ta"],
                ["premium group e bikri kore", "vip group e beche", "proti video 500 taka"]),
    "bn": (["ওদের গোপন ভিডিও", "মেয়েদের খারাপ ছবি", "ওই রেকর্ডিং"],
           ["প্রিমিয়াম গ্রুপে বিক্রি করে", "ভিআইপি গ্রুপে বেচে", "প্রতি ভিডিও ৫০০ টাকা"]),
}


def test_images_sold_grid(matcher):
    flag = [f"{m} {s}" for media, sold in SOLD.values() for m, s in product(media, sold)]
    ok = ["the recording of the class is sold as a course",
          "gaan er recording bikri kori",
          "ক্লাসের রেকর্ডিং কোর্সে বিক্রি হয়",
          "never share nudes, they get sold, call the helpline 999"]
    grid(matcher, flag, ok, "sx.images_sold")


# --- 10. TEXT-SPEAK AND DIALECT PHRASINGS OF THE NEW SCENES -----------------------------------------

@pytest.mark.parametrize("text,rule", [
    ("if u dont come on cam again ill leak ur nudes to ur family", "sx.sextortion"),
    ("tor video call er recording ase amar kase, taka na dile facebook e chere dimu", "sx.sextortion"),
    ("তোর ন্যাংটা ছবি তোর বাপেরে পাঠামু, কাল ১০ হাজার দিবি", "sx.sextortion"),
    ("she says every night diff men r sent to her room, if she says no they dont give food", "sx.men_rotated"),
    ("প্রতি রাতে নতুন নতুন লোক আসে আমার ঘরে, না করলে মারে, আমারে বাঁচাও", "sx.men_rotated"),
    ("hot girls available hotel n home service 100% safe inbox", "sx.ad_service_terms"),
    ("kafeel keeps all our bank cards, he withdraws the salary and gives us 200 each month", "pay.wage_drawn_by_other"),
    ("মালিক আমার কার্ড আর পিন রাখছে, বেতন তুলে নিয়া আমারে ৫০০ দেয়", "pay.wage_drawn_by_other"),
    ("pay the CoS fee 1500 usdt to this wallet", "pay.crypto_for_trade"),
    ("boat e seat er jonno usdt pathan", "pay.crypto_for_trade"),
    ("your son will be let go after 3 lakh, send by bkash", "pay.ransom_release"),
    ("din sheshe bhikkhuk gula sob taka joma dibe, proti jon 400", "pay.takings_collected"),
    ("sardar protidin beggars collection ney, 300 taka kore", "pay.takings_collected"),
])
def test_text_speak_and_dialect(matcher, text, rule):
    check_grid(matcher, [text], [], rule=rule)


# --- 11. PRIVATE CALLS FOR GIFTS ON A LIVE APP; A QUOTA OF CLIENTS UNDER A PENALTY -------------------

def test_private_calls_for_gifters(matcher):
    flag = ["imo te live e boshte hobe raat e, jara gift dey tader sathe private call, taka agency ney",
            "you must go live every night and do private calls with the top gifters, the agency keeps the coins",
            "লাইভে বসতে হবে, যারা গিফট দেয় তাদের সাথে প্রাইভেট কল করবি, টাকা এজেন্সি নেয়"]
    ok = ["Bigo live app e private call feature ache, gift dile unlock hoy",
          "the live app's private call costs coins, my cousin tried it"]
    grid(matcher, flag, ok, "sx.camera_shows")


def test_client_quota_under_penalty(matcher):
    flag = ["koto jon nisos aj? 5 jon er kom hole tor dena barbe",
            "কয়জন নিছস আজ? ৪ জনের কম হইলে খাওয়া বন্ধ",
            "less than 6 customers tonight and madam adds it to your debt",
            "aj 4 jon er kom hole jorimana"]
    ok = ["tuition e 10 jon er kom hole batch hobe na",
          "sales e 5 ta er kom hole beton katbe, showroom er target"]
    grid(matcher, flag, ok, "sx.clients_refusal_punished")
