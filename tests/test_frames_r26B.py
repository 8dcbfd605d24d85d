"""Round 26 of issue 15, part B: recall where new writers lose most (payments and proceeds, isolation and
control, recruitment deception).

Classes read from the training misses (dev142 to dev145 first), each spanning three writers or more, written
as slots and condition branches (the block "round 26, part B" of ``rules/shared.lexicon.yaml``, ``*_r26B``):
crypto paid for the trade by what it buys or who takes it (``pay.crypto_for_trade_wide``); a sum spread over a
count of places or kept off one number (``pay.split_accounts``); contact kept from the one who would catch it
(``iso.contact_hidden_wide``); the one in control as the only channel of contact (``iso.contact_barred_wide``);
the thing told found not to be there, said by comparison (``dr.told_found_wide``). Each in the scripts where the
class is said, with innocent near-misses. None of these phrasings is a training or validation set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. CRYPTO PAID FOR THE TRADE, BY WHAT IT BUYS OR WHO TAKES IT (pay.crypto_for_trade_wide)

CRYPTO = {
    "en": ["transfer 700 USDT to TQ4xYk9 wallet first, the girl comes to your room after we see it",
           "to release him from the compound you pay 2500 USDT, binance is fine, today only"],
    "bn": ["ছেলেরে ছাড়াতে ২০০০ ইউএসডিটি লাগবো, ওয়ালেটে পাঠান আজকেই",
           "দালাল কইছে বিটকয়েনে দিলে কাজ তাড়াতাড়ি হইবো, ওয়ালেট নম্বর দিছে"],
    "bn-Latn": ["bhai ke chharate 3000 USDT lagbe, binance theke kine pathan",
                "usdt ta boss ke dite hobe aj rat er moddhe, wallet e pathao"],
}
CRYPTO_OK = [
    "the p2p seller still hasn't released my 40 USDT, support is slow",
    "bought 100 USDT for my trading account, the rate was good today",
    "বিটকয়েনের দাম আজ আবার বাড়ছে, বেচবো নাকি রাখবো",
    "boss ke usdt rate ta jiggesh korchi, aj koto?",
    "দালালরা বিটকয়েনে টাকা চাইলে সাবধান, ওরা প্রতারক",
]


def test_crypto_for_trade_grid(matcher):
    check_rule_grid(matcher, flat(CRYPTO), CRYPTO_OK, "pay.crypto_for_trade_wide")


# --- 2. A SUM SPREAD OVER PLACES OR KEPT OFF ONE NUMBER (pay.split_accounts)

SPLIT = {
    "en": ["send the 90k by bkash in 3 places, 30k each, then the screenshot on imo"],
    "bn": ["নগদে চার জায়গায় ২০ হাজার করে পাঠান, নম্বর নিচে দিলাম",
           "পুরা টাকা এক নম্বরে পাঠাইও না, বিকাশে ভাইঙ্গা দিবা"],
    "bn-Latn": ["bkash e 4 jaygay 25k kore diben, number gula niche",
                "60 hajar ek number e pathaio na, nagad e 3 bhag"],
}
SPLIT_OK = [
    "eid e 3 jaygay 5 hajar kore pathabo, ammu, khala ar nani ke",
    "ঈদে তিন জায়গায় টাকা পাঠাবো, আম্মা আর খালারে",
    "I send money to 3 places every Eid, my family and the mosque",
    "amra 3 jaygay ghurte gesilam, khoroch hoise onek",
]


def test_split_places_grid(matcher):
    check_rule_grid(matcher, flat(SPLIT), SPLIT_OK, "pay.split_accounts")


# --- 3. CONTACT KEPT FROM THE ONE WHO WOULD CATCH IT (iso.contact_hidden_wide)

HIDDEN = {
    "en": ["dont call this number again, its the gardener's phone, if madam sees i am finished",
           "writing from the cook's phone, delete this, if they find out they move us again"],
    "bn": ["এই নম্বরে ফোন দিও না, পাশের ঘরের মেয়ের ফোন, মালিক জানলে ধরা পইড়া যামু",
           "লুকাইয়া দিলাম, ম্যাডাম দেখে ফেলবে, আর কল দিও না"],
    "bn-Latn": ["ei number e call dio na, guard er phone, dhore felbe",
                "ami lukiye msg dilam, sardar dekhe felbe, shudhu msg dio"],
}
HIDDEN_OK = [
    "dont call this number during office hours, if the boss sees he will catch me slacking",
    "এই নম্বরে ফোন দিও না, আম্মু দেখে ফেলবে, কাল স্কুলে কথা বলবো",
    "shudhu msg dio, bou dekhe felbe, surprise ta nosto hobe",
    "phone nosto, bondhur phone theke dicchi, ar call dio na",
]


def test_contact_hidden_grid(matcher):
    check_rule_grid(matcher, flat(HIDDEN), HIDDEN_OK, "iso.contact_hidden_wide")


# --- 4. THE ONE IN CONTROL AS THE ONLY CHANNEL OF CONTACT (iso.contact_barred_wide)

VIA = {
    "en": ["stop texting your sister from here, every call goes through me now"],
    "bn": ["বাড়ির সাথে সরাসরি কথা হবে না, আমি কথা বলায় দিব, মেয়েদের ফোন অফিসে",
           "বন্ধুদের ব্লক করো, এখন থেকে সব কথা আমার সাথে হবে"],
    "bn-Latn": ["bondhu der block koro, ekhon theke sob kotha amar sathe hobe",
                "abbar sathe ekhon kotha bolar dorkar nei, oikhane giye ami kotha bolaye dibo"],
}
VIA_OK = [
    "for refunds the customers go through me, not the shop boy",
    "পাত্রীর ফ্যামিলির সাথে আমি কথা বলায় দিব, চিন্তা কইরো না",
    "order er jonno customer der sathe ami reply dibo, tumi packing koro",
]


def test_only_channel_grid(matcher):
    check_rule_grid(matcher, flat(VIA), VIA_OK, "iso.contact_barred_wide")


# --- 5. THE THING TOLD FOUND NOT TO BE THERE, SAID BY COMPARISON (dr.told_found_wide)

ABSENT = {
    "en": ["the man said a kitchen job in a hotel in Penang with a staff room; two months on, no hotel, we cut weeds on a slope"],
    "bn": ["ওরা কইছিল জুতার কারখানায় কাম, আইসা দেখি কারখানা নাই, খালি মাছের ঘের",
           "দালাল বলছিল দোকানে কাজ। যেই কাজের কথা বলছিল সেইটা নাই, বাসায় রাখছে"],
    "bn-Latn": ["ora koise bakery te kaj, 3 mash hoye gelo bakery koi, rasta banai",
                "agent bolsilo factory te kaj, je kajer kotha bolsilo ta nai"],
}
ABSENT_OK = [
    "mom said there is a job fair at the mall today, we went and there was no mall parking left",
    "আম্মা বলছে বাজারে কাজ আছে, গিয়া দেখি দোকান নাই, বন্ধ",
    "ammu bolse dokan e kaj ache, giye dekhi mishti nai, sob sesh",
    "হাসপাতালের ক্লিনারের কাজ, যে কাজের কথা বলছিল সেটাই, বেতন পাইছি",
    "boss bolse eid er age chakri chere dile bonus nai, company rule",
]


def test_told_absent_grid(matcher):
    check_rule_grid(matcher, flat(ABSENT), ABSENT_OK, "dr.told_found_wide")
