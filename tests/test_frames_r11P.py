"""Round 11 of issue 15, part P: payments and sexual exploitation, families written before the
misses of dev58 to dev61 were read.

Each scene was written first as the family of ways it is said (standard, Sylheti, Rangpur and
eastern Bengali, romanised Bengali, South-Asian, Gulf and Malay English and text-speak), in slots
of ``rules/shared.lexicon.yaml`` (the block "round 11, part P"); a grid builds phrases from fillers
written here and asserts that every combination reaches the review line by the scene's rule, and
that the innocent scenes sharing its words (a night shift, a bride's viewing, a fish market, a
family's split for the daily limit, a relative's remittance) do not fire it.

SEXUAL EXPLOITATION: a night with a man asked as the price of a debt (``sx.body_for_debt``); a girl
made ready for the customers, or a customer's demand for a fresh one (``sx.readied_for_clients``);
girls taken to India's lines for a price (``sx.girls_moved_for_price``, widened); a live app's
private room (``sx.camera_shows``, widened).
PAYMENTS: a split for the limit with an order that hides it (``pay.split_accounts``), cash taken out
at several agents with such an order (``pay.structured_under_cap``), a group's wages to the
speaker's number with cash kept from their hands (``pay.pay_routed_to_another``), a wage kept by the
boss or sent to the broker (``pay.wage_drawn_by_other``), a release in English (``pay.ransom_release``),
a ledger of girls' guests with a transfer's id no longer read as a receipt (``neg.mfs_receipt``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid, check_rule_grid as grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A NIGHT WITH A MAN AS THE PRICE OF A DEBT ---------------------------------------------------

DEBT = {
    "en": ["babe I have to clear my loan of 2 lakh", "he said it pays off what the family owes", "her husband couldn't pay the 3 lakh"],
    "bn-Latn": ["jaan amar 2 lakh loan shodh korte hobe", "oder jamai taka dite pare nai", "taka jomle biye korbo bolse"],
    "bn": ["আমার ২ লাখ টাকার লোন শোধ করতে হবে", "ওর জামাই টাকা দিতে পারে নাই", "টাকা জমলে বিয়ে, কইছে"],
}
NIGHT = {
    "en": ["just spend one night with my boss", "you have to sleep with him once", "so the guards take the women at night"],
    "bn-Latn": ["ekbar boss er sathe ek rat thako", "onar bondhuder sathe kichu din time dite hobe", "rait e arab ra ashe niye jay"],
    "bn": ["একবার বসের সাথে এক রাত থাকো", "তার সাথে রাত কাটাতে হবে", "বন্ধুদের সাথে কিছু দিন সময় দিতে হবে"],
}
NIGHT_OK = [
    "I have to clear my loan, so I spend the night on the overtime shift",
    "loan shodh korte hobe, tai raat e duty kori, ek rat thako hospital e nanu r sathe",
    "ঋণ শোধ করতে হবে, তাই সারা রাত ওভারটাইম করি",
    "boss er sathe ek meeting ache kal, loan shodh er kagoj niye",
    # one slot alone
    "ekbar boss er sathe ek rat thako, kal office e kotha hobe na",
    "spend one night with my boss at the conference dinner",
    "আমার লোন শোধ করতে হবে, কিস্তি বাকি",
]


def test_night_as_price_of_debt(matcher):
    flag = [f"{d}, {n}" for s in DEBT for d, n in product(DEBT[s], NIGHT[s])]
    grid(matcher, flag, NIGHT_OK, "sx.body_for_debt")


# --- 2. A GIRL MADE READY FOR THE CUSTOMERS -----------------------------------------------------------

CLIENTS = {
    "en": ["two customers at the hotel tonight", "the Chinese clients come to the flat tonight", "a client from Gulshan in room 304 tonight"],
    "bn-Latn": ["aj raite hotel e 2 ta customer", "raite flat e client ashbe", "aj rate resort e 2 ta guest"],
    "bn": ["আজ রাতে হোটেলে দুইটা কাস্টমার", "রাইতে ফ্ল্যাটে ক্লায়েন্ট আসবে", "আজ রাতে রুমে কাস্টমার আসবে"],
}
READY = {
    "en": ["the girls must be ready", "have the new girl ready, makeup done", "keep her ready in the red dress"],
    "bn-Latn": ["meye ready rakhis", "notun meye ta ke makeup kore ready rakhbi", "ore sajiye rakhis"],
    "bn": ["মেয়েটারে রেডি রাখবি", "নতুন মাইয়াটারে মেকআপ করে রেডি রাখ", "ওরে সাজিয়ে রাখবি"],
}
FRESH = [
    "customer notun meye chay, raite flat e pathabi",
    "client wants a fresh one tonight, not the old girls",
    "কাস্টমার কচি মেয়ে চায়, আজ রাতে হোটেলে",
    "guest fresh chay, meye ta ke hotel e niye ja",
    "he wants a young one, the girl from Kurigram, tonight at the resort",
]
READY_OK = [
    "aj raite patro pokkho meye dekhte ashbe, meye ke ready rakhis",
    "আজ রাতে পাত্রপক্ষ মেয়ে দেখতে আসবে, মেয়েরে সাজিয়ে রাখো",
    "get ready tonight, the bridal makeup at the parlour, customers are waiting",
    "the customer wants fresh fish tonight, have the order ready",
    "customer fresh mach chay, raite delivery dibi",
    "aj raite hotel e 2 ta guest ashbe, room ready rakhis",
    "wear the red dress tonight, my boss and his clients are coming to dinner",
    "photoshoot tonight at the studio, the client wants the girls ready with makeup",
]


def test_girl_readied_for_customers(matcher):
    flag = [f"{c}, {r}" for s in CLIENTS for c, r in product(CLIENTS[s], READY[s])] + FRESH
    grid(matcher, flag, READY_OK, "sx.readied_for_clients")


# --- 3. GIRLS TAKEN TO INDIA'S LINES FOR A PRICE ------------------------------------------------------

GIRLS = ["2 girls from Kurigram", "meyeta ke", "tin ta meye", "দুইটা মেয়ে"]
TAKEN = ["can go India, the party in Mumbai pays 80k each", "Kolkata te 2 lakh e bechhe dise",
         "ভারতে পাঠাবো, ২ লাখে বেচা হবে", "will work in the line there, 50k each"]
GIRLS_OK = [
    "2 girls from our college go to India for treatment, 80k each for the hospital",
    "meyeta Kolkata te porte gese, 2 lakh taka fee",
    "amra 3 jon Kolkata jabo shopping e, 20k each",
]


def test_girls_sold_over_the_border(matcher):
    flag = [f"{g} {t}" for g, t in product(GIRLS, TAKEN)]
    grid(matcher, flag, GIRLS_OK, "sx.girls_moved_for_price")


# --- 4. A LIVE APP'S PRIVATE ROOM ---------------------------------------------------------------------

ROOM = ["private room e dress khulle gift beshi, 1 ghonta te 5k", "in the private room take off your top, 5k an hour from the viewers",
        "প্রাইভেট রুমে ড্রেস খুললে ৫ হাজার টাকা", "live room e jama khulte hobe, 3k per show"]
ROOM_OK = ["the hotel's private room is 5k a night, dress code formal", "private room e meeting, 5k er bill"]


def test_private_room_shows(matcher):
    grid(matcher, ROOM, ROOM_OK, "sx.camera_shows")


# --- 5. A SPLIT FOR THE LIMIT WITH AN ORDER THAT HIDES IT ---------------------------------------------

SPLIT = {
    "en": ["don't send it all to one number, the limit blocks it, split it over these 3 numbers bkash",
           "the daily limit is done, send in 3 parts to bkash and nagad"],
    "bn-Latn": ["ekbare ek number e pathaben na, limit e atke jabe, 3 bhag kore den bkash e",
                "limit er karone alada alada number e bkash koren"],
    "bn": ["এক নাম্বারে দিবেন না, লিমিট ক্রস করলে আটকায়, ভাগ করে বিকাশে দেন",
           "লিমিটের জন্য আলাদা আলাদা নাম্বারে বিকাশ করেন"],
}
CONCEAL = {
    "en": ["write 'family' in the reference, don't call", "only screenshot after, no calls", "they'll text the next number, not in this imo"],
    "bn-Latn": ["reference e likhben 'family', call diben na", "shudhu screenshot diben", "baki number pore dibo, ei imo te na"],
    "bn": ["রেফারেন্সে কিছু লিখবেন না", "শুধু স্ক্রিনশট দিবেন, কল দিবেন না", "নাম্বার পরে দিব, নাম বলবে না"],
}
SPLIT_OK = [
    "bkash er limit sesh, tai 2 bhag kore pathalam ammu, screenshot dilam",
    "limit er jonno alada alada number e bkash korlam, pouche gele janaio",
    "লিমিটের জন্য দুই ভাগে বিকাশ করলাম আম্মা, পাইলে জানাইও",
    "the daily limit is done so I sent it in 2 parts to your bkash, love you",
]


def test_split_for_limit_hidden(matcher):
    flag = [f"{a}. {c}" for s in SPLIT for a, c in product(SPLIT[s], CONCEAL[s])]
    grid(matcher, flag, SPLIT_OK, "pay.split_accounts")


# --- 6. CASH TAKEN OUT AT SEVERAL AGENTS, HIDDEN --------------------------------------------------------

SPREAD = ["cash out done from 4 agent point, each 19,500, send the next names on whatsapp, not in this imo",
          "3 ta agent theke cash out koro, ei number e na, nam bolbe na",
          "৩টা এজেন্ট থেকে ক্যাশ আউট করবা, নাম বলবে না",
          "14 ta cash in ashbe, ek sathe 25k er beshi dekhaben na, bhenge bhenge niben"]
SPREAD_OK = ["abba 2 agent theke cash out korse, limit er jonno", "cashed out from 3 agents because of the daily limit, all fine",
             "from 2 agents I took the salary out, the limit is 25k"]


def test_cash_out_spread_hidden(matcher):
    grid(matcher, SPREAD, SPREAD_OK, "pay.structured_under_cap")


# --- 7. A GROUP'S WAGES TO THE SPEAKER'S NUMBER ---------------------------------------------------------

WAGES = ["salary of the 6 girls will come to my Nagad only", "the 12 boys' wages go into my bkash",
         "meyeder beton amar account e ashbe", "মেয়েদের বেতন আমার বিকাশে আসবে"]
HAND = ["dont give cash in their hand", "send each boy 2000 only, the rest goes to mess", "oder hate taka diben na",
        "ওদের হাতে টাকা দিবেন না"]
WAGES_OK = ["salary of the 6 girls goes to their own account, HR confirmed", "meyeder beton nijer account e ashbe",
            "the boys' wages are paid by bank transfer to each one"]


def test_group_wages_routed(matcher):
    flag = [f"{w}, {h}" for w, h in product(WAGES, HAND)]
    grid(matcher, flag, WAGES_OK, "pay.pay_routed_to_another")


# --- 8. A WAGE KEPT BY THE BOSS OR SENT TO THE BROKER ---------------------------------------------------

KEPT = ["boss amader salary account e dey na, nijer hate rakhe, mash e 500 hate dey",
        "our salary never goes into the account, the supervisor keeps it himself and gives us only 50 dinar",
        "মালিক বেতন একাউন্টে দেয় না, নিজের কাছে রাখে, মাসে ৫০০ হাতে দেয়",
        "salary ashle dalal er account e jay, amake dey matro 1000"]
KEPT_OK = ["my salary goes into the account, I withdraw it myself", "amar bou salary tule ney, amake 500 dey",
           "আমার বেতন একাউন্টে আসে, আমি নিজে তুলি"]


def test_wage_kept_or_sent_to_broker(matcher):
    grid(matcher, KEPT, KEPT_OK, "pay.wage_drawn_by_other")


# --- 9. A RELEASE SAID IN ENGLISH -----------------------------------------------------------------------

RELEASE = ["pay £4,000 in 2 parts and they let him out of the Zuwara house",
           "send 3000 euros tonight and they will let my brother out",
           "they want 5 lakh taka in bkash, then they set him free",
           "€2,500 to this account and they set your son free"]
RELEASE_OK = ["pay the £40 fee and they let him out of detention class early",
              "the hospital bill is 3 lakh taka, they let him out tomorrow"]


def test_release_in_english(matcher):
    grid(matcher, RELEASE, RELEASE_OK, "pay.ransom_release")


# --- 10. A LEDGER OF GIRLS' GUESTS IS NO RECEIPT ------------------------------------------------------

LEDGER = ["apa ei shoptahr hisab: Mim 14 ta guest, Rupa 9 ta, tk 46500 amar kase. tomar bkash e 30 hajar pathailam TrxID BKD8XQ41ZP, meyeder hate kono taka dei nai",
          "week's count: 12 ta customer for the 2 girls, 30 hajar pathailam TrxID 8KQ2MX41PL, baki ta thana khoroch"]


def test_ledger_not_a_receipt(matcher):
    for text, r in zip(LEDGER, matcher.match_many(LEDGER)):
        assert "neg.mfs_receipt" not in {h.rule_id for h in r.hits}, text


# --- 11. A WALLET ADDRESS ONCE THE MOBILE WALLET'S LIMIT IS REACHED -----------------------------------

ADDR = "TTgQBWZSK5vmZwKMn3ae7AwL1njcfitBvR"
LIMITED = [f"bkash e ar hobe na, limit sesh. USDT te pathan ei address e: {ADDR}",
           f"বিকাশে আর হবে না, লিমিট শেষ। এই ঠিকানায় ইউএসডিটি পাঠান {ADDR}",
           f"bkash limit is done, send the rest as USDT to {ADDR} before fajr",
           f"nagad limit cross, baki ta {ADDR} e pathao"]
LIMITED_OK = ["bkash limit sesh, kal baki ta pathabo ammu", "the bkash limit is done, I will send the rest tomorrow"]


def test_wallet_after_limit(matcher):
    grid(matcher, LIMITED, LIMITED_OK, "pay.crypto_instead_of_bank")


# --- 12. HER VIDEO HELD, AND ITS SPREADING A SENTENCE ON ------------------------------------------------

HELD = ["tor video ta amar kache ache", "I have your video", "তোর ভিডিও আমার কাছে আছে", "i still have your pics"]
THEN = ["20 hajar bkash kor 1 ghontar moddhe. na hole tor FB friend list er sobar inbox e jabe",
        "send 20k taka in an hour or it goes to everyone on your friend list",
        "২০ হাজার বিকাশ কর এক ঘণ্টার মধ্যে, না হলে তোর ফ্রেন্ড লিস্টের সবার ইনবক্সে যাবে"]
HELD_OK = ["I have your video from the wedding, sending it to everyone in the family group now",
           "tor video ta amar kache ache, birthday r, kal FB te post korbo"]


def test_media_held_spread(matcher):
    flag = [f"{h}. {t}" for h, t in product(HELD, THEN)]
    grid(matcher, flag, HELD_OK, "sx.sextortion")


# --- 13. SAT WITH THE GUESTS AT A BAR; SENT TO THE KTV FOR A MISSED TARGET -----------------------------

VENUE = ["Selina ke karaoke bar e kaj koraitese, raite guest er sathe bosaite bole",
         "they put her in a bar in Johor, she has to sit with the guests at night",
         "ক্লাবে কাজ দিছে, রাতে গেস্টের সাথে বসাইতে কয়"]
VENUE_OK = ["the karaoke bar was fun, we sat with the guests from the wedding", "club er cricket practice e guest er sathe boshte hobe"]


def test_venue_guests(matcher):
    grid(matcher, VENUE, VENUE_OK, "sx.venue_then_clients")


TARGET = ["যে মেয়েরা টার্গেট পূরণ করতে পারে না, বস তাদের রাতে কেটিভিতে পাঠায়",
          "girls who don't meet the target are sent to the KTV rooms at night",
          "target puron korte pare na jara, boss oder raite hotel e pathay"]


def test_missed_target_sent_at_night(matcher):
    check_grid(matcher, TARGET, [], rule="sx.sent_to_men_at_night")


# --- 14. HOTEL ROOMS KEPT FOR THE GIRLS ---------------------------------------------------------------

ROOMS = {
    "en": ["keep rooms 304 and 306 for the girls all week", "the top floor rooms are for my girls"],
    "bn-Latn": ["2 ta room meyeder jonno rakhba", "hotel er 3 ta room maiyagular jonno"],
    "bn": ["৩০৪ আর ৩০৬ নাম্বার রুম মাইয়াগুলার জন্য রাখবা", "দুইটা রুম মেয়েদের জন্য রাখবা"],
}
ROOMS_THEN = {
    "en": ["no ID entry", "write my cousin in the register", "2000 per guest to you"],
    "bn-Latn": ["id entry lagbe na", "register e amar cousin likhba", "proti guest e tomar 1000"],
    "bn": ["আইডি এন্ট্রি লাগবো না", "রেজিস্টারে আমার কাজিন লেখবা", "প্রতি গেস্টে তোমার ২ হাজার"],
}
ROOMS_OK = ["book two rooms for the girls of the school team, no ID needed for children",
            "picnic e meyeder jonno 2 ta room, per guest 800 taka",
            "বিয়েতে মেয়েদের জন্য দুইটা রুম রাখবা, প্রতি গেস্টে ১৫০০ টাকার খাবার",
            "2 ta room meyeder jonno rakhba, bathroom shoho"]


def test_hotel_rooms_for_girls(matcher):
    flag = [f"{r}, {t}" for s in ROOMS for r, t in product(ROOMS[s], ROOMS_THEN[s])]
    grid(matcher, flag, ROOMS_OK, "sx.hotel_rooms_for_girls")


# --- 15. THE NIGHT ASKED BY THE ONE WHO HOLDS THE JOB -------------------------------------------------

ASKED = ["sleep with the supervisor or no overtime this month",
         "supervisor raat e room e dake, na gele overtime bondho",
         "সুপারভাইজার রাতে রুমে ডাকে, না গেলে বেতন কাটে",
         "the manager calls me to his room at night, if I refuse he will cut my salary",
         "malik bole ek rat thak, noile chuti pabi na",
         "kafeel says come to my room tonight or no renewal of your iqama"]
ASKED_OK = ["supervisor bolse aj raat e overtime, kal chuti pabi na",
            "the manager says no overtime this month, the orders are down",
            "ম্যানেজার বলছে এই মাসে ওভারটাইম বন্ধ, অর্ডার নাই"]


def test_night_asked_by_job_holder(matcher):
    grid(matcher, ASKED, ASKED_OK, "sx.body_for_debt")


# --- 16. CLOTHES OFF IN A LIVE APP'S ROOM, PAID IN GIFTS ------------------------------------------------

GIFTED = ["প্রাইভেট রুমে কাপড় খুলতে কইলে খুলবি, গিফট কম আসলে খাওয়া বন্ধ",
          "live e kapor khulte bolle khulbi, gift beshi ashbe",
          "on cam take off your top when they ask, gifts double"]
GIFTED_OK = ["birthday video call e gift khulbo sobai mile", "tiktok live e gift pathalam bhaiya ke"]


def test_undress_for_gifts(matcher):
    grid(matcher, GIFTED, GIFTED_OK, "sx.camera_shows")
