"""Round 10 of issue 15, part P: payments and sexual exploitation, scenes steered by sets not read.

Each scene was written first as the family of ways it is said (standard and eastern Bengali,
romanised Bengali, South-Asian, Gulf and Malay English and text-speak), in slots of
``rules/shared.lexicon.yaml`` (the block "round 10, part P"); a grid builds phrases from fillers
written here and asserts that every combination reaches the review line by the scene's rule, and
that the same fillers in an innocent frame do not fire it.

SEXUAL EXPLOITATION: the sex trade named plainly with someone forced, sold or put into it, passed
from man to man, men brought in by a husband, drugs given for the customers
(``sx.forced_into_sex_trade``); a worker abused by the man of the house
(``sx.abused_in_employer_house``); a marriage for a month (``sx.temporary_marriage``); a KTV's, a bar's or a club's lady drinks and customers
(``sx.venue_then_clients``, widened).
PAYMENTS: an account opened with the speaker's own NID and used by others (``pay.account_in_others_name``, widened).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_rule_grid as grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. FORCED INTO THE SEX TRADE -------------------------------------------------------------------

TRADE = {
    "en": (["they forced her into", "the agent tricked me into", "her husband pushed her into", "my sister was sold into"],
           ["prostitution", "sex work", "the sex trade", "selling her body"],
           ["in Dubai", "in a flat in Sharjah", "and keeps the money"]),
    "bn-Latn": (["ora amake", "dalal oke", "tar jamai ore"],
                ["dehobyabsa te namaise", "deho bebsha te namaise", "potita banaise", "kharap kaje lagaise"],
                ["ekhon kolkata te", "kauke bolte pari na"]),
    "bn": (["ওরা জোর করে আমাকে", "দালাল ওরে", "তার জামাই ওরে"],
           ["দেহব্যবসায় নামাইছে", "পতিতাবৃত্তিতে বাধ্য করছে", "খারাপ কাজে লাগাইছে"],
           ["এখন মুম্বাইতে", "কাউরে কইতে দেয় না"]),
}
TRADE_MORE = [
    "they share me with their friends, I am passed around like a thing",
    "she was used by many men in that house",
    "her bf turned her out, he posts her on the apps",
    "my husband brings his friends home and makes me sleep with them",
    "amar jamai tar bondhuder niye ashe, oder sathe thakte bole",
    "আমার স্বামী তার বন্ধুদের বাসায় আনে, তাদের সাথে থাকতে বাধ্য করে",
    "they give us yaba so we can stay up with customers all night",
    "ora yaba khawaiya rakhe, customer er sathe sara raat",
    "they made me act in blue films, they said it was a modelling shoot",
]


def test_forced_into_trade_grid(matcher):
    flag = [f"{a} {b} {c}" for s, d, p in TRADE.values() for a, b, c in product(s, d, p)] + TRADE_MORE
    ok = ["the film is about a woman forced into prostitution, watch it Friday",
          "prostitution is illegal in Bangladesh but legal in some countries",
          "sex workers rights seminar tomorrow at the NGO",
          "tui ekta beshya, tor kono lojja nai",
          "kharap kaj korbi na, porashona kor",
          "kharap kaj korle jor kore dhore niye jabe police",
          "she made me do my homework again",
          "ami oi line e kaj kori na, ami IT te",
          "দেহব্যবসা নিয়ে নাটকটা দেখছো? জোর করে রাখার গল্প",
          "খারাপ কাজ করবি না, পড়ায় মন দে",
          "share my number with your friends, I need tuition students",
          "the doctor gave me an injection, now I can sleep"]
    grid(matcher, flag, ok, "sx.forced_into_sex_trade")


# --- 2. ABUSED IN THE EMPLOYER'S HOUSE --------------------------------------------------------------

ABUSE = {
    "en": (["the employer's son", "sir", "the kafeel", "madams husband"],
           ["touches me", "tried to rape me", "wants to sleep with me", "grabs me"],
           ["when madam is out", "and I cannot tell anyone"]),
    "bn-Latn": (["malik er chele", "kafil er chele", "madam er jamai"],
                ["kharap prostab dey", "shuite chay", "joraiya dhore"],
                ["madam ghumaile", "kauke bolte pari na"]),
    "bn": (["মালিকের ছেলে", "কফিলের ছেলে", "ম্যাডামের জামাই"],
           ["খারাপ প্রস্তাব দেয়", "শুইতে চায়", "জড়িয়ে ধরে"],
           ["ম্যাডাম না থাকলে", "কাউরে কইতে পারি না"]),
}
ABUSE_MORE = ["malik raate amar rume ashe, gaye hat dey",
              "madam ghumaile baba amar room e ashe, gaye hat dite chay",
              "রাতে আমার রুমে আসে, গায়ে হাত দেয়, ম্যাডাম জানে না",
              "he comes into my room at night and touches me"]


def test_abused_in_house_grid(matcher):
    flag = [f"{a} {b} {c}" for s, d, p in ABUSE.values() for a, b, c in product(s, d, p)] + ABUSE_MORE
    ok = ["the baby comes to my room at night and hugs me, so sweet",
          "doctor touched my arm to check the pulse",
          "the baba says i should rest today, very kind",
          "sir came to my room to fix the AC",
          "boss touched on the topic of salary raise",
          "Union rep came round today and explained our rights. My sponsor even paid my flight",
          "বাচ্চাটা রাতে আমার রুমে আসে, গায়ে হাত দিয়ে ঘুমায়",
          "the kitten comes to my room at night and kisses me",
          "madam na thakle ami TV dekhi"]
    grid(matcher, flag, ok, "sx.abused_in_employer_house")


# --- 4. A KTV'S OR A BAR'S LADY DRINKS --------------------------------------------------------------

def test_venue_lady_drinks(matcher):
    flag = ["job is GRO at a KTV in KL, sit with customers and drink, lady drink commission, go out with the customer",
            "club e kastomar er sathe bose drink korte hoy, pore hotel e jaite hoy",
            "KTV te kaj, kastomar er sathe bose mod khawaite hoy, na korle beton nai",
            "the bar pays us per lady drink and the manager takes the bar fine when a customer takes one of us out",
            "dancer job in a Dubai club but they want us to go with the sheikhs after the show",
            "massage parlour e kaj, boss bole happy ending kajer part"]
    ok = ["I work as a cashier at a karaoke bar, night shift, good pay",
          "pub e gelam bondhuder sathe, drink korlam, moja hoise",
          "club e football practice, pore hotel e dinner"]
    grid(matcher, flag, ok, "sx.venue_then_clients")


# --- 6. AN ACCOUNT WITH MY NID, USED BY OTHERS ------------------------------------------------------

def test_account_with_my_id(matcher):
    flag = ["they opened 4 bkash accounts with my NID and now police is calling me",
            "amar nid diye 5 ta sim tulse, oder kache rakhse",
            "the company opened a bank account in my name and they use it to receive money",
            "আমার নামে বিকাশ একাউন্ট খুলছে, ওরা চালায়",
            "dalal amar nid diye nagad khulse, taka ashe, oder dite hoy"]
    ok = ["I opened a bkash account in my name yesterday",
          "my father opened a bkash account in my name, he keeps the card",
          "amar nid diye bkash khulsi, ekhon beton ashe",
          "আমার নামে একাউন্ট খুলেছি, আম্মু চালায়"]
    grid(matcher, flag, ok, "pay.account_in_others_name")


# --- 7. A MARRIAGE FOR A MONTH ----------------------------------------------------------------------

MARRIAGE = {
    "en": (["they married her to an old arab", "her uncle married her to a sheikh", "she was married to a tourist"],
           ["for 1 month, then divorced her", "for a few weeks, then sent her back", "for two months, then divorce"]),
    "bn-Latn": (["boyosko arob er sathe biye dise", "oke ek sheikh er sathe biye dilo"],
                ["1 mash er jonno, talak diye ferot", "2 mash por talak", "protibar notun arab"]),
    "bn": (["বুড়া আরবের সাথে বিয়ে দিছে", "ওরে এক শেখের সাথে বিয়ে দিলো"],
           ["এক মাসের জন্য, তালাক দিয়ে ফেরত", "দুই মাস পর তালাক", "প্রতিবার নতুন আরব"]),
}


def test_temporary_marriage_grid(matcher):
    flag = [f"{a} {b}" for s, d in MARRIAGE.values() for a, b in product(s, d)] + [
        "it's a contract marriage, the sheikh pays the family and she goes for the summer",
        "chukti biye diye arob er kache pathaise", "চুক্তি বিয়ে দিয়া পাঠাইছে"]
    ok = ["we have been married for a month now, alhamdulillah",
          "my sister got married 2 months ago, for a month she stayed in Dhaka",
          "bhai er biye 1 mash por, sobai ashben",
          "biyer 2 mash por talak hoye gese, khub kharap laglo",
          "আগামী মাসে ওদের বিয়ে, দাওয়াত দিছে",
          "our wedding is in one month, save the date"]
    grid(matcher, flag, ok, "sx.temporary_marriage")


# --- 8. WIDENED SLOTS: a caseworker's words, an ad's terms, the madam's half -------------------------

def test_widened_slots(matcher):
    for rule, flag, ok in [
        ("sx.forced_into_sex_trade",
         ["Client reports she was made to have sex with customers at the employer's friend's house",
          "Survivor disclosed she was sexually exploited by the recruiter in Riyadh",
          "she was forced to provide sexual services to clients at a massage centre",
          "sponsor sell me for sex to his friends", "she's being pimped by him since she was 16",
          "আমাকে দিয়ে জোর করে সেক্স করায়", "oi bari te meyeder diye bebsha koray"],
         ["sex education class koray school e", "safe sex awareness seminar at the clinic"]),
        ("sx.ad_service_terms",
         ["bhabi service available, home delivery, only trusted", "17 years girl available tonight hotel service"],
         ["home delivery available for biryani, only trusted riders"]),
        ("pay.earnings_share_to_controller",
         ["the madam keeps half of what each girl makes, adhiya system"],
         ["the shop keeps half of what each partner makes, profit share"]),
    ]:
        grid(matcher, flag, ok, rule)
