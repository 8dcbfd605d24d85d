"""Round 14 of issue 15, part P: payments and sexual exploitation, scenes written before the misses
of dev72 to dev79 were read.

Each scene was written first as the family of ways it is said (standard, Dhaka and western-border
Bengali, romanised Bengali, Gulf and South-Asian English, a controller's orders, a victim's account),
in slots of ``rules/shared.lexicon.yaml`` (the block "round 14, part P"); a grid builds phrases from
fillers written here and asserts that every combination reaches the review line by the scene's rule,
and that the innocent scenes sharing its words do not fire it.

PAYMENTS: the captors' release once paid, the son brought back or put on the next boat
(``pay.ransom_release``), and the captors refusing bKash for crypto (``pay.crypto_instead_of_bank``);
not all on one number or in one branch, with another's NID or a source told to the bank
(``pay.split_accounts``); a remittance avoided because the name shows, no receipt to be asked
(``pay.avoid_traceable_channel``); the clients' money to the controller with none in the woman's hand,
and a worker's first wage kept with her unaware (``pay.clients_pay_controller``); a lure page's boost
paid from the next batch (``pay.boost_for_fee_scheme``); a receipt beside a release, people as goods, a
secret number or her wage kept is not a receipt's innocence (``neg.mfs_receipt``).
SEXUAL EXPLOITATION: the husband or lover who hands her to his friends or his boss, her refusal
overruled (``sx.lover_sells_her``); women lined up for the client to pick, with no refusal
(``sx.picked_no_refusal``); a camera show "without clothes" or "whatever you ask" for pay
(``sx.camera_shows``); the scam compound's club for those who miss the target (``sx.sent_to_club``);
the man of the house at her room at night, the madam or the agency complicit
(``sx.abused_in_employer_house``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid as grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE CAPTORS' RELEASE ONCE PAID -----------------------------------------------------------------

RANSOM = [
    "your son will be on the next boat once the 3 lakh is in",
    "send 2000 dollars to get your son back, no police",
    "to bring your brother back you must pay the camp 5000 usdt",
    "আপনার ছেলেরে ফেরত আনতে ৩ লাখ টাকা লাগবে, বিকাশে পাঠান",
    "আপনার ভাইকে ফেরত আনতে ২ লাখ টাকা দিতে হবে",
    "৫০ হাজার টাকা দিলে আপনার পোলারে পরের বোটে তুলে দিবে",
    "apnar chele ke ferot ante 2 lakh taka lagbe, nagad e pathan",
    "apnar bhai ke porer boat e tulbe, 1 lakh taka pathan",
    "taka dile apnar chele ke ora release korbe",
]
RANSOM_OK = [
    "the next boat to Saint Martin leaves at 9, fare 1500 taka",
    "ami ferot ante parbo na, taka nai",
    "bring him back from school at 3, I'll send the rickshaw money",
]


def test_ransom_release_widened(matcher):
    grid(matcher, RANSOM, RANSOM_OK, "pay.ransom_release")


COIN_REFUSED = {
    "en": ["they dont take bkash anymore, send usdt trc20", "the men in the camp don't take bkash, pay in USDT only",
           "no bkash now, send USDT to this wallet"],
    "bn-Latn": ["ora bkash e ar nibe na, usdt pathan", "mafia bolse bkash ar ney na, USDT den", "bkash e ar nibe na, binance theke usdt pathao"],
    "bn": ["ওরা বিকাশে আর নিবে না, ইউএসডিটি পাঠান", "বিকাশ আর নেয় না, USDT পাঠান"],
}
COIN_OK = [
    "the shop doesn't take bkash anymore, pay cash",
    "USDT price went up today, bkash e taka pathalam ammu ke",
]


def test_captors_refuse_bkash(matcher):
    flag = [t for s in COIN_REFUSED for t in COIN_REFUSED[s]]
    grid(matcher, flag, COIN_OK, "pay.crypto_instead_of_bank")


# --- 2. NOT ALL ON ONE NUMBER OR IN ONE BRANCH, WITH WHAT HIDES IT ----------------------------------------

SPLIT = {
    "en": ["dont deposit all 6 lakh in one branch", "don't send all the money to one number", "dont send all the money through one branch"],
    "bn-Latn": ["ek number e sob pathaben na, taka 3 jaygay den", "taka ek branch e jama diben na"],
    "bn": ["এক নাম্বারে সব পাঠাবেন না, টাকা ভাইঙ্গা দেন", "এক নম্বরে সব দিবেন না, টাকা তিন জায়গায়"],
}
HIDE = {
    "en": ["use your cousins NID, not yours", "if the bank asks, say land sale", "the account gets blocked"],
    "bn-Latn": ["account atkay jay", "bank jiggesh korle jomi bikri bolben"],
    "bn": ["একাউন্ট আটকায় যায়", "ব্যাংক জিজ্ঞেস করলে জমি বিক্রি বলবেন"],
}
SPLIT_OK = [
    "dont deposit all your savings in one branch of a shaky bank, my uncle says",
    "ek number e sob pathaben na, ammu er number e 2000 din",
    "if the bank asks, say it is for your sister's wedding",
]


def test_split_with_concealment(matcher):
    flag = [f"{a}, {b}" for s in SPLIT for a, b in product(SPLIT[s], HIDE[s])]
    grid(matcher, flag, SPLIT_OK, "pay.split_accounts")


# --- 3. A REMITTANCE AVOIDED: THE NAME SHOWS, NO RECEIPT ----------------------------------------------------

TRACE = [
    "not by Western Union, your name shows up there, give cash at the shop",
    "Western Union e pathaiyen na, nam uthe, dokane cash diyen",
    "ওয়েস্টার্ন ইউনিয়নে পাঠাবেন না, নাম উঠে, দোকানে ক্যাশ দেন",
    "cash ta dokane diya diyen, receipt chaiben na",
    "টাকা দোকানে পাঠাইয়া দিবেন, রসিদ চাইবেন না",
    "pay cash to my man, don't ask for a receipt",
]
TRACE_OK = [
    "the western union office is closed today, my name shows up on the list for the lottery",
    "receipt chaiben na, dokaner printer nosto",
]


def test_trace_avoided(matcher):
    grid(matcher, TRACE, TRACE_OK, "pay.avoid_traceable_channel")


# --- 4. THE CLIENTS' MONEY TO THE CONTROLLER, NONE IN HER HAND ----------------------------------------------

PAID_IN = {
    "en": ["customers pay the booking to this nagad", "the client pays 5000 on bkash", "payment done for tonight's booking"],
    "bn-Latn": ["customer booking er taka bkash e diben", "payment paisi, meye ready", "kastomar er 4000 taka nagad e"],
    "bn": ["কাস্টমারের বুকিংয়ের টাকা বিকাশে দিবেন", "টাকা পাইছি, মেয়ে রেডি", "খদ্দেরের ৩০০০ টাকা নগদে"],
}
NONE_HERS = {
    "en": ["nothing to the girl", "rest in cash to didi, not to the girl", "daily total to me, whoever keeps back is out"],
    "bn-Latn": ["meyer hate kichu diben na", "baki cash e didi ke diben, meye ke na", "amra ekta taka o dhorte pari na"],
    "bn": ["মেয়ের হাতে কিছু দিবেন না", "বাকি ক্যাশ দিদিরে দিবেন, মেয়েরে না", "একটা টাকাও ধরতে পারি না"],
}
WAGE_KEPT = [
    "মেয়েটার প্রথম মাসের টাকা আসছে, ওর মারে ২ হাজার দিয়া বাকিটা আমার কাছে থাকবো, ও জানলে ঝামেলা করবে",
    "meyetar beton ashse, baki ta amar kache thakbe, o janle kanna korbe",
    "her first month salary is in, 3k to her mother, the rest stays with me. she doesn't need to know",
]
CLIENTS_OK = [
    "meyer hate kichu diben na, school er taka amar kache diben",
    "মেয়ের হাতে কিছু দিবেন না, টিউশনের টাকা আমার কাছে দিবেন",
    "my first month salary is in, the rest stays with me, mom doesn't need to know about the new phone",
    "prothom maser taka ashse, baki ta amar kache rakhlam",
    "customers pay at the counter, nothing to the delivery boy",
]


def test_clients_pay_controller(matcher):
    flag = [f"{a}, {b}" for s in PAID_IN for a, b in product(PAID_IN[s], NONE_HERS[s])] + WAGE_KEPT
    grid(matcher, flag, CLIENTS_OK, "pay.clients_pay_controller")


# --- 5. A RECEIPT IS NOT AN ALIBI: RELEASE, GOODS, A SECRET NUMBER, HER WAGE ---------------------------------

RECEIPT = "You have received Tk 25,000.00 from 01715882034. Fee Tk 0.00. TrxID BGH7K2M9QX."
RECEIPT_NOT_ALIBI = [
    f"{RECEIPT} মাল দুইটা কাল রাতে বর্ডারে পৌঁছায় দিবা, ওপারে লোক থাকবো",
    f"{RECEIPT} mal duita kal rat e border e pouchay diba, opare lok thakbe",
    f"{RECEIPT} ওর মারে ২ হাজার দিয়া বাকিটা আমার কাছে থাকবো, ও জানলে ঝামেলা করবে",
]
RECEIPT_OK = [
    f"{RECEIPT} ammu ke pathalam, baki ta amar kache",
    f"{RECEIPT} দোকানের মাল দুইটা কাল পাঠাবো",
]


def test_receipt_not_an_alibi(matcher):
    check_grid(matcher, RECEIPT_NOT_ALIBI, RECEIPT_OK)


# --- 6. A LURE PAGE'S BOOST PAID FROM THE NEXT BATCH ------------------------------------------------------

BOOST = [
    "boost the Kolkata parlour job post again, I'll pay you back from the next batch",
    "কলকাতার পার্লারের কাজের পোস্টে আবার বুস্ট দাও, পরের ব্যাচ থেকে টাকা দিমু",
    "mumbai spa job post e boost dao, porer batch theke dibo",
    "parlour job post boosted 3000 tk, porer chalan theke ferot",
]
BOOST_OK = [
    "boost the Kolkata tour post, the next batch of tourists leaves Friday",
    "boost the parlour job post, same rate as last month",
]


def test_boost_from_next_batch(matcher):
    grid(matcher, BOOST, BOOST_OK, "pay.boost_for_fee_scheme")


# --- 7. THE HUSBAND OR LOVER HANDS HER TO HIS FRIENDS OR HIS BOSS ------------------------------------------

LOVER = [
    "হোটেলের মালিক বিয়ে করছি বলে আনছিল, এখন বন্ধুগো কাছে পাঠায়, মানা করলে কয় তুই তো আমার বউ",
    "amar swami bondhuder kache pathay, mana korle bole tui to amar bou",
    "jan ek raat er jonno boss er sathe thakbi, eta kono problem na",
    "jaan amar bondhur sathe thakbi aj, tor kichu hobe na, na koris na",
    "he married me and now sends me to his friends, says you are my wife, do what i say",
    "my husband sends me to his friends, when i refuse he says you're my wife",
    "জান বসের সাথে থাকবি এক রাত, না করিস না",
]
LOVER_OK = [
    "jan aj raat boss er sathe dinner, tor kichu hobe na",
    "amar swami bondhuder sathe ghurte gese, tui to amar bou bole hasse",
    "my husband is out with his friends, do what i say and sleep early lol",
]


def test_lover_hands_her_over(matcher):
    grid(matcher, LOVER, LOVER_OK, "sx.lover_sells_her")


# --- 8. LINED UP FOR THE CLIENT, NO REFUSAL ------------------------------------------------------------

PICKED = {
    "en": ["madam makes us stand at the window every evening", "whoever points, we go up with him", "whoever picks, she goes to the room"],
    "bn-Latn": ["je pochondo kore tar sathe jete hoy", "customer pochondo korle room e jete hoy", "jare pochondo kore tar sathe uthte hoy"],
    "bn": ["যারে পছন্দ করে তার সাথে যাইতে হয়", "কাস্টমার পছন্দ করলে রুমে যাইতে হয়", "যাকে পছন্দ করে তার সাথে যেতে হয়"],
}
NOREFUSE = {
    "en": ["i dont get to say no", "we cannot refuse", "the money goes straight to her drawer"],
    "bn-Latn": ["na bolte pari na", "na korte pari na"],
    "bn": ["না বলতে পারি না", "না করতে পারি না"],
}
PICKED_OK = [
    "whoever picks the restaurant pays, no arguing",
    "je pochondo kore se bill dibe, ami na korte pari na tomar treat",
    "জানালায় দাঁড়াইয়া দেখো বৃষ্টি আসছে",
]


def test_picked_no_refusal(matcher):
    flag = [f"{a}, {b}" for s in PICKED for a, b in product(PICKED[s], NOREFUSE[s])]
    grid(matcher, flag, PICKED_OK, "sx.picked_no_refusal")


# --- 9. A CAMERA SHOW FOR PAY: WITHOUT CLOTHES, WHATEVER YOU ASK --------------------------------------------

CAMERA = [
    "video call show 1500 per 20 min, she will do what you ask, pay first",
    "video call e ja bolben tai korbe, 2000 taka bkash e",
    "ভিডিও কলে যা বলবেন তাই করবে, ১৫০০ টাকা আগে",
    "do video call with clients without clothes",
    "customer er sathe video call korbi kapor chara",
    "কাস্টমারের সাথে ভিডিও কল কাপড় ছাড়া",
    "live show 3000 taka, ja chaben tai dekhabe",
]
CAMERA_OK = [
    "video call the doctor, he will do what you ask, pay 500 fee",
    "video call without clothes? lol no i'm in the bathroom",
    "ভিডিও কলে আম্মুকে দেখাও, যা বলবেন তাই করবো",
]


def test_camera_show_for_pay(matcher):
    grid(matcher, CAMERA, CAMERA_OK, "sx.camera_shows")


# --- 10. THE SCAM COMPOUND'S CLUB FOR THOSE WHO MISS THE TARGET ----------------------------------------------

CLUB = [
    "the girls who can't meet the target go to the KTV downstairs",
    "miss the target again and they send you to the ktv",
    "do the calls or go to the club downstairs",
    "target na hole ktv te pathabe meyeder",
    "je meyera target puron korte parbe na tader nicher club e pathabe",
    "টার্গেট না হলে কেটিভিতে পাঠায় দিবে",
    "টার্গেট পূরণ করতে পারবে না যারা, নিচের ক্লাবে যাবে",
]
CLUB_OK = [
    "if we miss the target this month, no KTV party for the team",
    "target na hole bonus nai, ktv party o nai",
    "নিচের কেটিভি তে গান গাইলাম",
]


def test_sent_to_club(matcher):
    grid(matcher, CLUB, CLUB_OK, "sx.sent_to_club")


# --- 11. THE MAN OF THE HOUSE AT HER ROOM AT NIGHT, THE HOUSEHOLD OR AGENCY COMPLICIT --------------------------

HOUSE = [
    "বাসার সাহেব রাতে রুমে আসে, ম্যাডাম জানে কিছু কয় না",
    "সাহেব রাতে আমার রুমে আসে, এজেন্সি কয় মানাইয়া চল",
    "barir saheb raate rume ashe, madam jane kichu bole na",
    "arbab comes to my room at night, madam knows and says nothing",
    "the sahib comes into my room at night, the agency told me to adjust",
]
HOUSE_OK = [
    "sahib comes to my room at night to check the AC, madam knows",
    "বাসার সাহেব রাতে বাসায় আসে, ম্যাডাম জানে",
]


def test_master_at_night_complicit(matcher):
    grid(matcher, HOUSE, HOUSE_OK, "sx.abused_in_employer_house")
