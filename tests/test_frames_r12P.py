"""Round 12 of issue 15, part P: payments and sexual exploitation, scenes written before the misses
of dev62 to dev65 were read.

Each scene was written first as the family of ways it is said (standard and eastern Bengali, the
Gulf domestic workers' and the border's words, romanised Bengali, Gulf and South-Asian English), in
slots of ``rules/shared.lexicon.yaml`` (the block "round 12, part P"); a grid builds phrases from
fillers written here and asserts that every combination reaches the review line by the scene's
rule, and that the innocent scenes sharing its words do not fire it.

PAYMENTS: the worker's card and PIN held by the broker who draws the wage and sends home what he
chooses (``pay.wage_drawn_by_other``); a relative paying again and again for a release said to come
after "the last payment" (``pay.ransom_release``); a sum cut in parts with the reference blanked
(``pay.split_accounts``); a spotter's price per girl beside a receipt, no longer read as a receipt
(``neg.mfs_receipt``).
SEXUAL EXPLOITATION: called to a room by the employer's household with the wage as the lever, and a
favour asked as a job's price ("be friendly with the boss ... or no visa") (``sx.body_for_debt``);
a price by the hour or the night near the customers in a broker's order (``sx.person_priced_by_time``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid as grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE CARD AND PIN HELD, THE WAGE DRAWN BY HIM --------------------------------------------------

SALARY = {
    "en": ["my salary goes to a bank account in my name", "the company pays her salary into the bank"],
    "bn-Latn": ["amar beton bank e jay", "salary account e dhoke bole"],
    "bn": ["আমার বেতন ব্যাংকে যায়", "বেতন নাকি একাউন্টে ঢোকে"],
}
HELD = {
    "en": ["but the card and pin are with the agent, he takes the money out and sends home whatever he wants",
           "the sponsor has her card and the pin, he draws it out, whatever he sends is what the family gets"],
    "bn-Latn": ["kintu card ar pin dalal er kache, se taka tule ja pathay tai",
                "card o pin kafil er kache, uni taka uthaiya je koy taka dey"],
    "bn": ["কিন্তু কার্ড আর পিন দালালের কাছে, উনি টাকা তুলে যা পাঠায় তাই",
           "কার্ড ও পিন কফিলের কাছে, সে টাকা উঠায়, বাড়িতে যা দেয় তাই"],
}
CARD_OK = [
    "my salary goes to the bank, the card and pin are with me, I take the money out myself on Friday",
    "amar beton bank e jay, card ar pin amar kache, ami nije taka tuli",
    "আমার বেতন ব্যাংকে যায়, কার্ড আর পিন আমার বউয়ের কাছে, আমার বউ টাকা তুলে বাজার করে",
    "card ar pin hariye geche, notun card ashle salary tulbo",
    # one slot alone
    "salary bank e dhoke, alhamdulillah",
    "the shop's card and pin are with the manager",
]


def test_card_and_pin_held(matcher):
    flag = [f"{a}, {b}" for s in SALARY for a, b in product(SALARY[s], HELD[s])]
    grid(matcher, flag, CARD_OK, "pay.wage_drawn_by_other")


# --- 2. PAID AGAIN AND AGAIN FOR A RELEASE ------------------------------------------------------------

AGAIN = {
    "en": ["this is the 3rd time i paid the dalal 40,000 taka", "i paid him again 2 lakh by bkash"],
    "bn-Latn": ["tin bar dilam 50 hajar kore", "ekhon abar taka chay, 1 lakh bkash e"],
    "bn": ["তিনবার দিলাম ৫০ হাজার করে", "এখন আবার টাকা চায়, ১ লাখ বিকাশে"],
}
PROMISED = {
    "en": ["he says last payment then my wife can leave the house", "they said then she can come home"],
    "bn-Latn": ["bole eitai shesh, tarpor chere dibe", "bolse tahole chere dibe amar meye ke"],
    "bn": ["কয় এইটাই শেষ, তারপর ছেড়ে দিবে", "বলছে তাহলে ছেড়ে দিবে আমার মেয়েরে"],
}
AGAIN_OK = [
    "3rd time i paid the hospital bill, last payment then she can leave the ward",
    "tin bar dilam kisti, eitai shesh, tarpor phone ta amar",
    "paid again for the tour, they said then she can come home by the saint martin ship",
    # one slot alone
    "this is the 3rd time i paid the electricity bill this month",
    "last payment then my wife can leave the job and rest",
]


def test_paid_again_for_release(matcher):
    flag = [f"{a}, {b}" for s in AGAIN for a, b in product(AGAIN[s], PROMISED[s])]
    grid(matcher, flag, AGAIN_OK, "pay.ransom_release")


# --- 3. A SUM CUT IN PARTS WITH THE REFERENCE BLANKED ---------------------------------------------------

PARTS = ["taka ta 3 bhag koren, 3 ta bkash number e", "টাকা তিন ভাগ করেন, তিনটা নাম্বারে পাঠান",
         "split into three, bkash 01711 nagad 01822 rocket 01933"]
BLANK = ["reference e kichu likhben na", "রেফারেন্সে কিছু লিখবেন না, শুধু ফ্যামিলি", "leave the reference blank, just write family"]
SPLIT_OK = [
    "amma limit er jonno taka 3 bhag koren, reference e Eid er khoroch likhen",
    "the bill split into three for the dinner",
    "reference e kichu likhben na, ami bujhe nibo",
]


def test_split_reference_blanked(matcher):
    flag = [f"{p}, {b}" for p, b in product(PARTS, BLANK)]
    grid(matcher, flag, SPLIT_OK, "pay.split_accounts")


# --- 4. CALLED TO THE ROOM IN THE EMPLOYER'S HOUSE, THE WAGE AS THE LEVER ------------------------------

ROOM = {
    "en": ["when madam is out, baba calls me to his room at night", "his friends come on friday, then he calls me to his room"],
    "bn-Latn": ["madam bari na thakle baba r bondhu room e dake", "arbab rat e tar room e jete bole"],
    "bn": ["ম্যাডাম বাসায় না থাকলে বাবার বন্ধু রুমে ডাকে", "আরবাব রাতে তার রুমে যেতে বলে"],
}
LEVER = {
    "en": ["if I say no he says don't forget who pays your salary", "refuse and he says you won't get the job back, no visa"],
    "bn-Latn": ["na gele bole tomar beton to ami dei", "na korle visa hobe na bole"],
    "bn": ["না গেলে বলে তোমার বেতন তো আমি দেই", "না করলে ভিসা হবে না বলে"],
}
ROOM_OK = [
    "baba r bondhura ashe, cha dite bole, abbu khushi hoy",
    "madam calls me to her room to fold the clothes, she pays my salary on time",
    "আব্বু রুমে ডাকে পড়া দেখতে, না পড়লে টিভি বন্ধ",
    "baba r bondhu ashle ammu cha dite room e dake, na korle bokbe",
    "the director calls me to his room for the visa file, the embassy is slow",
]


def test_room_in_employer_house(matcher):
    flag = [f"{r}, {v}" for s in ROOM for r, v in product(ROOM[s], LEVER[s])]
    grid(matcher, flag, ROOM_OK, "sx.body_for_debt")


# --- 5. A FAVOUR ASKED AS THE JOB'S PRICE -------------------------------------------------------------

OFFER = {
    "en": ["waitress job in Moscow, 1.5 lakh salary", "sales girl in a Dubai mall, good pay"],
    "bn-Latn": ["apu Malaysia te hotel er receptionist, beton 80 hajar", "Dubai te salon e kaj"],
    "bn": ["আপু রাশিয়ায় রেস্টুরেন্টে কাজ, বেতন দেড় লাখ", "দুবাইয়ে সেলুনে চাকরি"],
}
FAVOUR = {
    "en": ["but first an interview in his hotel, be friendly with the boss you understand, otherwise no visa",
           "you have to keep the boss happy 😉 or you won't get the job"],
    "bn-Latn": ["kintu boss er sathe hotel e interview, ektu friendly hoite hobe, na hole visa hobe na",
                "boss ke khushi rakhte hobe 😉 na korle chakri hobe na"],
    "bn": ["কিন্তু বসের সাথে হোটেলে ইন্টারভিউ, একটু ফ্রেন্ডলি হতে হবে, না হলে ভিসা হবে না",
           "বসকে খুশি রাখতে হবে, না করলে চাকরি হবে না"],
}
FAVOUR_OK = [
    "be friendly with the customers, smile, tips are yours",
    "boss er sathe meeting, dress code formal, interview 10 tay",
    "visa hobe na ei bochor, embassy bondho, abar apply koro",
    "বসকে খুশি রাখতে ভালো করে কাজ করো, বোনাস পাবা",
]


def test_favour_as_job_price(matcher):
    flag = [f"{o}, {f}" for s in OFFER for o, f in product(OFFER[s], FAVOUR[s])]
    grid(matcher, flag, FAVOUR_OK, "sx.body_for_debt")


# --- 6. A PRICE BY THE HOUR OR THE NIGHT NEAR THE CUSTOMERS --------------------------------------------

GIRL = {
    "en": ["the new one from Jessore is here, send her to the flat", "2 new girls came today"],
    "bn-Latn": ["notun maiya duita ashche", "Khulna theke notun ekta meye ashse"],
    "bn": ["নতুন মাইয়া দুইটা আসছে", "খুলনা থেকে নতুন একটা মেয়ে আসছে"],
}
PRICE = {
    "en": ["customers are asking, 500 per night, the driver collects", "tell the customers 3k an hour, 10k full night"],
    "bn-Latn": ["customer ke bolo ghonta 2000, sararat 8000", "kastomar der rate ghonta 3 hajar"],
    "bn": ["কাস্টমাররে কও ঘন্টা ২০০০, সারারাত ৮০০০", "কাস্টমারের রেট ঘণ্টা ৩ হাজার"],
}
PRICE_OK = [
    "new tutor for the girls, 500 per hour, the customers of the coaching pay monthly",
    "গাড়ি ভাড়া ঘন্টা ৫০০, কাস্টমার মেয়ে নিয়ে যাবে কলেজে",
    "customer der jonno room bhara ghonta 1000, meye ra reception e",
    "the customers want the new one, the blue saree, 800 per piece",
]


def test_priced_by_time_near_customers(matcher):
    flag = [f"{g}. {p}" for s in GIRL for g, p in product(GIRL[s], PRICE[s])]
    grid(matcher, flag, PRICE_OK, "sx.person_priced_by_time")


# --- 7. A SPOTTER'S PRICE PER GIRL BESIDE A RECEIPT ---------------------------------------------------

PER_GIRL = [
    "tor commission 30 hajar pathailam bkash e, TrxID 8KQ2LD9P. protita meye 20k, boyosh kom hoile beshi",
    "commission sent, TxnID 5JD83KQ1. per girl 15k next time, younger pays more",
    "কমিশন পাঠাইলাম নগদে, TxnID 9KD2LQ8X. প্রতিটা মাইয়া ১৫ হাজার",
]
RECEIPT_OK = [
    "ammu 5000 pathailam bkash e, TrxID 7HD2KQ9L, oushud kinben",
    "You have sent Tk 2,000.00 to 01711000000. TrxID 9KD2LQ8X. for Eid shopping",
]


def test_per_girl_price_not_a_receipt(matcher):
    assert not fired_by(matcher, PER_GIRL, "neg.mfs_receipt")
    assert len(fired_by(matcher, RECEIPT_OK, "neg.mfs_receipt")) == len(RECEIPT_OK)
    assert_not_fired(matcher, RECEIPT_OK, "pay.per_person_quota")


# --- 8. THE GIRLS' TAKINGS: HIS HALF OF THE RATE, THE TIPS TO THE MADAM, THE PASSWORD KEPT -------------

HALF = [
    "amar kache 3 ta meye, hotel e pathai, rate 4000, adhek amar",
    "৪টা মেয়ে আছে, রেট ৫ হাজার, অর্ধেক আমার",
    "2 girls at the guesthouse, rate 6k a night, half is mine",
    "notun maiya ta rate 3000 proti rat, fifty fifty",
]
TIPS = [
    "aj raite 2 ta booking tor, tips sob madam er kache jama",
    "২টা বুকিং আজ রাতে, টিপস সব ম্যাডামের কাছে জমা দিবি",
    "3 customers tonight, all tips to madam, you keep nothing",
]
LOCKED = [
    "the girls don't know the password of the live account, their coins go to my wallet",
    "meyeder earning amar account e, password ora jane na",
    "মেয়েদের কামাই আমার অ্যাকাউন্টে আসে, পাসওয়ার্ড ওরা জানে না",
    "I changed the login again, the 3 girls can't see the dashboard, this week's earnings $900",
]
TAKINGS_OK = [
    "dollar er rate 122, adhek amar adhek tomar, business er profit",
    "tips sob manager er kache jama, month end e shobai bhag pay, restaurant er niyom",
    "ammu changed the wifi password, the girls dont know it, my earnings from tuition are low",
    "rate 500 per hour for the tutor, half is mine, the girls' coaching fee",
]


def test_girls_takings_to_controller(matcher):
    grid(matcher, HALF + TIPS + LOCKED, TAKINGS_OK, "pay.earnings_share_to_controller")


# --- 9. MORE THAN A MASSAGE ---------------------------------------------------------------------------

SPA = ["the spa in Bangsar", "spa te kaj", "স্পায়ে কাজ", "the massage parlour"]
EXTRA = ["the massage is only the start, every girl has to give extra if the customer pays more",
         "shudhu massage na, customer beshi dile extra dite hoy, na dile beton kata",
         "শুধু ম্যাসাজ না, কাস্টমার বেশি দিলে এক্সট্রা দিতে হয়"]
SPA_OK = [
    "the spa gives extra towels, every girl has to fold them",
    "spa te kaj, massage er training, extra shift dite hoy Eid e",
    "ম্যাসাজ পার্লারে কাজ, টিপস বেশি দিলে কাস্টমার খুশি",
]


def test_more_than_massage(matcher):
    flag = [f"{v}: {e}" for v, e in product(SPA, EXTRA)]
    grid(matcher, flag, SPA_OK, "sx.venue_then_clients")


# --- 10. KEPT UNTIL THE WHOLE SUM IS PAID; A PLEA TO LET HIM OUT BESIDE A RECEIPT -----------------------

UNTIL = ["they said the boat goes only after the full 2 lakh by bkash, till then he stays in the camp",
         "oder lok bolse baki taka na dile chharbe na, 1 lakh nagad e dite hobe",
         "বাকি টাকা না দিলে ছাড়বে না, ৫০ হাজার বিকাশে পাঠাইতে কইছে",
         "পুরা টাকা না দিলে ওরে ছাড়বো না, ২ লাখ নগদে",
         "until the full amount of 3000 usdt comes they will keep him there"]
PLEA = ["Nagad e 30k pathaisi, TxnID 8KD2LQ7X. bhai amar bhai re ghor theke ber hote den",
        "৩০ হাজার পাঠাইছি বিকাশে, TrxID 7KD2LQ9X। আমার পোলারে বের হইতে দেন",
        "sent 20k by bkash, TrxID 9LQ2KD7X. please let my son out of that room"]
UNTIL_OK = [
    "customs e taka na dile mal chharbe na, 20 hajar lagbe",
    "the garage keeps the car till the full bill of 30k is paid",
    "হাসপাতালের বিল বাকি টাকা না দিলে ছাড়বে না, ২০ হাজার",
    "taka pura na hole flat er chabi dibe na, 2 lakh baki",
]


def test_kept_until_paid(matcher):
    grid(matcher, UNTIL + PLEA, UNTIL_OK, "pay.ransom_release")


# --- 11. NEW GIRLS ANNOUNCED WITH AN AD'S MARKS --------------------------------------------------------

ARRIVED = ["Fresh girls just arrived", "new girls in town", "notun meye ashse 3 ta", "নতুন মেয়ে আসছে দুইটা",
           "new arrival: 2 Bangali girls", "notun maiya aise Teknaf theke"]
MARKS = ["18-20, hotel or flat, booking via telegram", "pic inbox e, party thakle bolen",
         "১৮-২০, ছবি ইনবক্সে", "real pics, incall outcall, serious clients only"]
ARRIVED_OK = [
    "new arrivals! girls' frocks age 5-8, real pics, booking via inbox",
    "notun meye ashse amader office e, 18-20 bochor, training cholche",
    "নতুন কালেকশন আসছে, মেয়েদের ড্রেস, ছবি ইনবক্সে, ডেলিভারি আছে",
    "the new girls arrived at the hostel, 18-19, room booking via the office",
    "new girl just arrived in our class, she is 18-19 maybe",
]


def test_new_girls_announced(matcher):
    flag = [f"{a}, {m}" for a, m in product(ARRIVED, MARKS)]
    grid(matcher, flag, ARRIVED_OK, "sx.new_girls_announced")
