"""Round 13 of issue 15, part P: payments and sexual exploitation, scenes written before the misses
of dev68 to dev71 were read.

Each scene was written first as the family of ways it is said (standard, Chittagonian and Dhaka
Bengali, romanised Bengali, Gulf and South-Asian English, ad copy), in slots of
``rules/shared.lexicon.yaml`` (the block "round 13, part P"); a grid builds phrases from fillers
written here and asserts that every combination reaches the review line by the scene's rule, and
that the innocent scenes sharing its words do not fire it.

PAYMENTS: people paid for by the head with the names kept off the slip, the rest due when they are
boarded or landed, or the next batch at the same rate (``pay.people_paid_off_record``); the takings
of the line, the station or the girls split between the controllers or kept from the earners, and
children seated where the begging pays more (``pay.others_takings_split``); a receipt's note that
names a woman and her nights (``pay.receipt_note_night``); crypto for a private video group
(``pay.crypto_for_trade``).
SEXUAL EXPLOITATION: girls counted, supplied or ordered with a trade's mark (``sx.girls_supplied``);
the lover who makes her be with his friends and takes their money (``sx.lover_sells_her``); the
sardar who takes the customer money (``sx.client_money_kept``); fresh girls in a "family boarding"
ad (``sx.new_girls_announced``); the hostess ad's "open minded, no shy girls" and a manager "strict
but fair" who is not a look asked for (``sx.appearance_job``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid as grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. PEOPLE PAID FOR BY THE HEAD, OFF THE RECORD OR ON DELIVERY --------------------------------------

PAID = {
    "en": ["payment for the 5 workers received", "sent the commission for the 3 boys", "got 60k for the 4 men from Sylhet",
           "the money for these 6 lads is in"],
    "bn-Latn": ["5 joner taka pathalam", "3 joner commission dilam", "char ta polar payment aj dilam", "dui joner rate 40 hajar"],
    "bn": ["৫ জনের টাকা পাঠাইলাম", "৩ জনের কমিশন দিলাম", "চার টা পোলার পেমেন্ট দিছি", "দুই জনের রেট ৪০ হাজার"],
}
OFF = {
    "en": ["don't write their names on the slip", "the rest when they board at Teknaf", "next batch same rate",
           "write 'dry fish' in the remark", "balance once they land in Penang"],
    "bn-Latn": ["slip e nam likhben na", "boat e uthaiya dile bakita", "porer chalan ager rate e", "'shutki' likhben remark e",
                "baki ta pouchaile"],
    "bn": ["স্লিপে নাম লিখবেন না", "বোটে তুলে দিলে বাকিটা", "পরের চালান আগের রেটে", "বাকিটা পৌঁছাইলে"],
}
PAID_OK = [
    "payment for the 5 workers who painted the house, sent by bKash",
    "3 joner khabar er taka pathalam, baki ta pouchaile",
    "৫ জনের পিকনিকের টাকা দিলাম, বাকিটা পৌঁছাইলে",
    "sent the money for the 4 boys' school trip, the rest when they board the bus",
    "দুই জনের টিকিটের টাকা দিছি, পরের চালান আগের রেটে",
    # one slot alone
    "5 joner taka pathalam",
    "next batch same rate, the fish is good this week",
    "slip e nam likhben na, ami bujhe nibo",
]


def test_people_paid_off_record(matcher):
    flag = [f"{a}, {b}" for s in PAID for a, b in product(PAID[s], OFF[s])]
    grid(matcher, flag, PAID_OK, "pay.people_paid_off_record")


# --- 2. THE TAKINGS OF OTHERS SPLIT, THE EARNERS KEPT OUT ------------------------------------------------

TAKE = {
    "en": ["the station weekly take is 9k from the line boys", "the girls' takings tonight 42k",
           "the kids' day's take 3,200 by Nagad"],
    "bn-Latn": ["4 ta meyer aajker hisab 38 hajar", "line er polapaner soptaher taka 8400 pathalam", "meyeder ajker hisab 25k bkash e"],
    "bn": ["৪ টা মেয়ের আজকের হিসাব ৩৮ হাজার", "লাইনের পোলাপানের সপ্তাহের টাকা ৮৪০০ পাঠাইলাম", "মেয়েদের আজকের হিসাব ২৫ হাজার বিকাশে"],
}
SPLIT = {
    "en": ["boss 70%, dont tell them the total", "sardar er bhag kept, the rest to the mohajon", "they get nothing, madam 60%"],
    "bn-Latn": ["sardar er bhag rekhe baki ta mohajon ke dilam", "meyeder hate kichu dei nai", "boss 70%, ora jane na koto"],
    "bn": ["সর্দারের ভাগ রাইখা দিছি, বাকিটা মহাজনরে দিয়েন", "ওদের হাতে কিছু দেই নাই", "বসের ভাগ রাইখা বাকিটা মহাজনরে দিলাম"],
}
BEG = [
    "Rafiq er dui pola station e tulse 4600, Baitul Mukarram e bosaile aro beshi uthto",
    "দুই পোলা স্টেশনে ৪৬০০ তুলছে, জুম্মার দিন মসজিদের সামনে বসাইলে আরো বেশি উঠে",
    "the kids brought in 3k at the signal, put them at the mosque gate on Friday",
    "3 ta baccha kamalapur e 2500 uthse, next week mazar e bosabo",
]
TAKE_OK = [
    "the shop's weekly take 42k, boss 70% as agreed, the sales boys split the rest",
    "দোকানের আজকের হিসাব ৩৮ হাজার, মেয়েদের বেতন কাল দিবো",
    "মহিপুরে জেলেদের আয় বন্ধ, মহাজনের ঋণ শোধ নিয়ে দুশ্চিন্তা",
    "club er polapaner picnic er taka dilam, sardar er bhag nai",
    "station e bosaile train dekha jay, polapan khushi",
    "mosque collection this week, the boys gave 5k",
    # one slot alone
    "4 ta meyer aajker hisab 38 hajar",
    "boss 70%, the rest is the partners'",
]


def test_takings_split(matcher):
    flag = [f"{a}. {b}" for s in TAKE for a, b in product(TAKE[s], SPLIT[s])] + BEG
    grid(matcher, flag, TAKE_OK, "pay.others_takings_split")


# --- 3. A RECEIPT'S NOTE NAMING A WOMAN'S NIGHTS ----------------------------------------------------------

RECEIPT = ["You have received Tk 6,000.00 from 01716483925.", "bkash e 8000 pathailam,", "নগদে ৫০০০ টাকা পেয়েছেন,",
           "Nagad sent 4000,"]
NOTE = ["Ref: Rupa 2 raat. TrxID CHK4M7P2QZ", "note: Mim 3 hours, trxid 8HQ2LMN", "ref: notun ta full night, TxnID 7HQ3K92M",
        "রেফারেন্স: লিমা ২ রাত, TxnID 7HQ3K92M", "remark: Sumi 1 night, trxid BKD7Q2LM9X"]
NOTE_OK = [
    "You have received Tk 6,000.00. Ref: hotel 2 nights. TrxID CHK4M7P2QZ",
    "bkash 3000, note: room rent 2 nights, trxid 8HQ2",
    "নগদ ৫০০০ টাকা, নোট: কটেজ ভাড়া ১ রাত, TxnID 7HQ3K92M",
    "nagad 4000 dilam, ref: resort 1 raat, trxid 9KD2",
    # one slot alone
    "Ref: Rupa 2 raat",
    "You have received Tk 6,000.00 from 01716483925. TrxID CHK4M7P2QZ",
]


def test_receipt_note_night(matcher):
    flag = [f"{a} {b}" for a, b in product(RECEIPT, NOTE)]
    grid(matcher, flag, NOTE_OK, "pay.receipt_note_night")


def test_crypto_for_private_videos(matcher):
    flag = ["Payment for the private video group: 25 USDT TRC20 only, send screenshot to admin",
            "video group e add hote 20 usdt pathan, live show o ache",
            "live show er jonno USDT dite hobe, wallet TBkQETJyHFcFwb4apN5NWD2ctz6Ub5Tny4"]
    ok = ["the trading signals group: 25 USDT a month", "live show of the concert tonight, tickets by bkash"]
    grid(matcher, flag, ok, "pay.crypto_for_trade")


# --- 4. GIRLS SUPPLIED OR ORDERED, WITH A TRADE'S MARK ----------------------------------------------------

GIRLS = {
    "en": ["i can supply 3 girls for ur place next month", "need 2 girls tonight for the vessel",
           "4 fresh girls available for your hotel"],
    "bn-Latn": ["amar kache 4 ta meye ache, hotel e pathate pari", "ship e 2 ta meye lagbe aj rate e",
                "3 jon meye lagbo party r jonno"],
    "bn": ["আমার কাছে ৩টা মেয়ে আছে, হোটেলে পাঠাতে পারি", "মাদার ভেসেলে আজ রাতে দুইটা মেয়ে লাগবে", "পার্টির জন্য ৪ জন মেয়ে লাগবো"],
}
MARK = {
    "en": ["2 lakh each, the girls dont know", "20k a girl, your 5", "rate inbox, deal only with me",
           "pick the pretty ones, new ones better"],
    "bn-Latn": ["rate inbox e, shudhu amar sathe deal", "meye proti 15 hajar, tomar 3", "notun meye hoile bhalo",
                "meyera jane na, oikhane gele bujhbe"],
    "bn": ["মেয়ে প্রতি ২০ হাজার, তোমার ৫", "রেট ইনবক্সে", "দেখতে সুন্দর দেইখা বাছাই করবা", "নতুন মেয়ে হইলে ভালো"],
}
GIRLS_OK = [
    "need 2 girls for the factory's packing line, salary 12k each",
    "গার্মেন্টসে ৪ জন মেয়ে লাগবে, বেতন ১২ হাজার, রেট ইনবক্সে",
    "factory te 4 ta meye lagbe, beton 12 hajar, tomar 2 ta seat",
    "বিয়ের জন্য দুইটা মেয়ে দেখলাম, দেখতে সুন্দর দেইখা বাছাই করবা",
    "school team e 3 jon meye lagbe, jersey 500 taka each",
    # one slot alone
    "amar duita meye ache, alhamdulillah",
    "rate inbox e, shudhu amar sathe deal, sofa set",
]


def test_girls_supplied(matcher):
    flag = [f"{a}, {b}" for s in GIRLS for a, b in product(GIRLS[s], MARK[s])]
    grid(matcher, flag, GIRLS_OK, "sx.girls_supplied")


# --- 5. THE LOVER WHO SELLS HER TO HIS FRIENDS -------------------------------------------------------------

WITH = {
    "en": ["my bf makes me sleep with his friends", "her husband sends her to his friends at night",
           "my boyfriend wants me to be with his friends every weekend"],
    "bn-Latn": ["amar boyfriend protibar or bondhu der sathe thakte bole", "premik bondhuder sathe shuite bole",
                "swami onno lok er sathe thakte bole"],
    "bn": ["আমার প্রেমিক বন্ধুদের সাথে থাকতে বলে", "স্বামী ওকে বন্ধুদের কাছে পাঠায়", "প্রেমিক অন্য ছেলেদের সাথে থাকতে বলে"],
}
PAIDHIM = {
    "en": ["and they pay him", "he takes money from them", "the money goes to him"],
    "bn-Latn": ["ar taka tara or hate dey", "taka se ney", "taka dey tare"],
    "bn": ["টাকা ওর হাতে দেয়", "টাকা সে নেয়", "টাকা দেয় তারে"],
}
LOVER_OK = [
    "my bf went out with his friends, they paid him back the loan",
    "amar boyfriend bondhuder sathe ghurte gese, taka se ney nai",
    "স্বামী বন্ধুদের সাথে ব্যবসা করে, টাকা সে নেয়",
    # one slot alone
    "amar boyfriend bole se amake bhalobashe",
    "they pay him every friday for the shop",
]


def test_lover_sells_her(matcher):
    flag = [f"{a}, {b}" for s in WITH for a, b in product(WITH[s], PAIDHIM[s])]
    grid(matcher, flag, LOVER_OK, "sx.lover_sells_her")


# --- 6. THE CUSTOMER MONEY TAKEN BY THE SARDAR; FRESH GIRLS; THE HOSTESS AD --------------------------------

def test_customer_money_to_sardar(matcher):
    flag = ["they moved her to a hotel, Sardar takes the customer money, she gets food and nothing else",
            "the madam takes the customers' money, the girls get food and nothing else",
            "hotel e customer ashe, customer er taka sardar ney, o khabar chara kichu pay na",
            "রাতে কাস্টমার আসে, কাস্টমারের টাকা সর্দার নেয়, খাবার ছাড়া কিছু পায় না"]
    ok = ["the restaurant's customers pay at the counter, the owner takes the customer money",
          "dokane customer ashe, khabar chara kichu pay na"]
    grid(matcher, flag, ok, "sx.client_money_kept")


def test_fresh_girls_family_boarding(matcher):
    flag = ["ফ্যামিলি বোর্ডিং, নিরাপদ পরিবেশ, পুলিশি ঝামেলা নাই। ফ্রেশ মেয়ে আছে, নাইট প্যাকেজ",
            "family boarding flat, fresh girls from the north, night package, no police problem",
            "residential hotel e fresh meye ache, uttorbonger notun, short time / full night, inbox e chobi",
            "new faces this week, college girls, hourly package, pic inbox"]
    ok = ["family boarding available for small families, safe environment, rent 12k",
          "fresh fish from the north, night package for the resort, pic inbox",
          "ফ্রেশ ফল আছে, নাইট প্যাকেজ রিসোর্টে"]
    grid(matcher, flag, ok, "sx.new_girls_announced")


def test_hostess_ad_boldness(matcher):
    flag = ["HOSTESS job Dubai, girls 18-25, fair, slim, open minded, no shy girls, full body pics in DM",
            "model job Cyprus, beautiful girls only, open minded, full body pics inbox",
            "hostess lagbe Dubai, meye 18-25, dekhte valo, lojja nai emon, full body pic inbox e"]
    ok = ["Hotel housekeeping night shift, salary 18k, manager is strict but fair",
          "Working at a licensed ladies salon in Sharjah, boss is strict but fair, salary 2200 AED",
          "receptionist wanted, fair salary, open minded team, send CV"]
    grid(matcher, flag, ok, "sx.appearance_job")
    assert_not_fired(matcher, ok, "sx.appearance_job")


# --- 7. THE WORKERS' CARDS AND PINS HELD BY THE ONE WHO DRAWS THEIR WAGE ------------------------------------

CARDS = {
    "en": ["I keep the boys' bank cards and the pins", "all their cards and pins are with me", "the boss holds our atm cards and pins"],
    "bn-Latn": ["cheleder bank card ar pin sob amar kache", "oder card ar pin ami rakhi", "amader card o pin malik er kache"],
    "bn": ["ছেলেদের ব্যাংক কার্ড আর পিন সব আমার কাছে", "ওদের কার্ড আর পিন আমি রাখি", "আমাদের কার্ড ও পিন মালিকের কাছে"],
}
DRAWN = {
    "en": ["when the salary comes in I withdraw it and give them 30 euro a week for food",
           "salary day he withdraws it, gives us pocket money"],
    "bn-Latn": ["beton dhukle ami atm theke tuli, oder hate soptahe 30 euro dei", "salary ashle malik tule ney, amader dey 50 riyal"],
    "bn": ["বেতন ঢুকলে আমি এটিএম থেকে তুলি, ওদের হাতে সপ্তাহে ৩০ ইউরো দেই", "বেতন আসলে মালিক তুলে নেয়, আমাদের দেয় ৫০ রিয়াল"],
}
CARDS_OK = [
    "amar cheleder card ar pin amar kache, beton dhukle ami tuli, oder hate pocket money dei",
    "my kids' cards and pins are with me, when the salary comes I withdraw it for their school",
    # one slot alone
    "cheleder bank card ar pin sob amar kache",
    "beton dhukle ami atm theke tuli",
]


def test_workers_cards_held(matcher):
    flag = [f"{a}. {b}" for s in CARDS for a, b in product(CARDS[s], DRAWN[s])]
    grid(matcher, flag, CARDS_OK, "pay.wage_drawn_by_other")


# --- 8. THE JOB PAGE'S BOOST AND THE FEE TAKEN FIRST --------------------------------------------------------

BOOST = ["পেজের বুস্টের টাকা দিয়ে দিছি, পর্তুগাল আর মাল্টার পোস্ট চালাও", "boost er taka dilam, italy r visa post 7 din chalao",
         "ad budget 200 dollars for the Malta jobs page", "boosted the Serbia work permit post for a week"]
LURE = ["যারা নক দিবে প্রথমেই ফাইল ওপেনিং ১০ হাজার নিবা", "comment e number diba na, ferot hobe na",
        "whoever messages, take the file opening fee first, non-refundable", "no numbers in the comments, fee first"]
BOOST_OK = [
    "boosted the Dubai tour post, whoever messages gets a discount",
    "বুস্টের টাকা দিছি, দুবাইয়ের উমরাহ প্যাকেজ, যারা নক দিবে প্রথমেই টিকিট",
    "boost paid for the Portugal work permit post, apply on the official portal, no fee",
    # one slot alone
    "boost er taka dilam, italy r visa post 7 din chalao",
]


def test_boost_for_fee(matcher):
    flag = [f"{a}. {b}" for a, b in product(BOOST, LURE)]
    grid(matcher, flag, BOOST_OK, "pay.boost_for_fee_scheme")
