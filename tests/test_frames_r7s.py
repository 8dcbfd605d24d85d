"""Round 7 of issue 15, part S: the sexual-exploitation and proceeds frames, tested as grids.

Each frame is a rule whose slots are concept classes of ``rules/shared.lexicon.yaml`` joined by
"near" (``sx.guest_duty``: the guests, the duty, what holds her to it; ``sx.person_priced_by_time``:
people as goods, the time they are sold for, a price; ``pay.hidden_payment``: a payment and its
hiding; ``pay.ransom_release``: a payment and a person moved on, released or shown alive). A grid
builds phrases from independent fillers written here, in the three scripts, and asserts that every
combination reaches the review line; the same fillers in innocent frames (a hotel's or a family's
guests, a fish or a rental trade with rates and fresh stock, a family's remittance, a bank's or an
NGO's warning that quotes them, a ticket, a hospital, a crypto trader's escrow) stay below it. None of
these sentences is a dev set's: a frame that catches a dev item but not its grid has fitted the item.

One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. GUEST / CLIENT DUTY --------------------------------------------------------------------------
# (the party served, the duty, what holds her to it) per script

GUEST = {
    "bn-Latn": (["raate guest ashbe", "boss er bondhura ashbe", "customer ashle", "arab guest ra ashbe aj"],
                ["oder sathe bosbi", "room e thakbi", "raat katabi oder sathe", "khushi korbi", "tader sathe shute hobe",
                 "drinks serve korba, ja bole korba", "ja chay tai dibi"],
                ["na korle passport pabi na", "eta tor kaj", "nahole chobi pathai dimu barite", "tor dena ase 2 lakh",
                 "proti raat 5 jon", "na shuile beton pabi na", "1000 dirham per night", "tip sob amar"]),
    "bn": (["রাতে গেস্ট আসবে", "বসের বন্ধুরা আসবে", "কাস্টমার আসলে", "বিদেশি ক্লায়েন্ট আসবে"],
           ["ওদের সাথে বসবি", "রুমে থাকবি", "রাত কাটাবি ওদের সাথে", "খুশি করবি", "তুমি তাদের সাথে থাকবা"],
           ["না করলে পাসপোর্ট পাবি না", "এটাই তোর কাজ", "নাহলে ছবি পাঠিয়ে দিব বাড়িতে", "তোর দেনা ২ লাখ",
            "প্রতি রাতে ৫ জন", "না থাকলে তোমার ভিডিও দেশে পাঠাবো"]),
    "en": (["the boss's friends come tonight", "guests arrive at 10", "when the clients come", "foreign clients are online",
            "2 arab sir coming to the flat"],
           ["you sit with them", "you stay the night", "you keep them company", "you entertain them",
            "u will stay with them till morning"],
           ["or no passport", "this is your job", "or we send your photos home", "you still owe 3 lakh",
            "6 a night", "refuse and ur salary for 3 months is gone", "if not we cut your pay"]),
}

# the same party and duty where they are a hotel's, a restaurant's or a family's guests, and the whole
# order quoted in a warning
GUEST_OK = {
    "bn-Latn": ["biyer dawat e {g}, {d}, ammu bolse", "hotel er reception e {g}, {d}, room service o dekhbi",
                "apnake jodi keu bole '{g}, {d}, {l}', sathe sathe 999 e call korun"],
    "bn": ["বিয়ের দাওয়াতে {g}, {d}, আম্মু বলছে", "হোটেলের রিসেপশনে {g}, {d}, রুম সার্ভিসও দেখবি, বেতন ১৫ হাজার",
           "কেউ যদি আপনাকে বলে '{g}, {d}, {l}', সাথে সাথে ৯৯৯ এ ফোন করুন"],
    "en": ["at my cousin's wedding {g}, {d}, my mom says", "hotel front desk: {g}, {d}, then check them in",
           "If someone tells you '{g}, {d}, {l}', call the hotline 16128 at once"],
}


def test_guest_duty_grid(matcher):
    flag, ok = [], []
    for script, (guests, duties, levers) in GUEST.items():
        for g, d, lv in product(guests, duties, levers):
            flag.append(f"{g}, {d}. {lv}")
        # (a wedding's or a hotel desk's guests are sat with, not spent the night with: the hospitable duty
        # in those frames, every duty in the warning that quotes the order)
        hosting, warning = GUEST_OK[script][:2], GUEST_OK[script][2]
        for frame, g in product(hosting, guests):
            ok.append(frame.format(g=g, d=duties[0]))
        # (the warning quotes the order without the intimate "tui" of "tor", "korbi": the voice step reads
        # those as a recruiter's own, not a warning's; a known limit, the quoted order is held otherwise)
        for g, d, lv in product(guests, duties[:3], (levers[0], levers[2])):
            ok.append(warning.format(g=g, d=d, l=lv))
    assert len(flag) >= 240
    check_grid(matcher, flag, ok, rule="sx.guest_duty")


# --- 2. PEOPLE AS GOODS ------------------------------------------------------------------------------
# (goods words or a young person offered, the time she is sold for, a price)

GOODS = {
    "bn-Latn": (["notun mal ashse", "ekdom fresh item", "college er meye ache", "choto meye ache, school dress e"],
                ["raat thakle", "2 ghontar jonno", "full night", "short time", "sara raat"],
                ["5 hajar", "rate 4000"]),
    "bn": (["নতুন মাল আসছে", "একদম ফ্রেশ আইটেম", "কলেজের মেয়ে আছে", "ছোট মেয়ে আছে, স্কুল ড্রেসে"],
           ["রাত থাকলে", "২ ঘণ্টার জন্য", "ফুল নাইট", "শর্ট টাইম", "সারারাত"],
           ["৫ হাজার", "রেট ৪০০০"]),
    "en": (["new stock arrived", "fresh items this week", "college girls available", "young ones in school uniform"],
           ["per night", "for 2 hours", "full night", "short time", "by the hour"],
           ["5k", "rate 4000 taka"]),
}

# the same stock words in a fish, vegetable or garment trade with its rates, and the same times and
# prices for a rental, a hostel seat or a tuition
GOODS_OK = {
    "bn-Latn": (["ghat e ilish er {s}, rate kg {p}", "bazare shobji {s}, {p} mon", "eid er kurti {s}, rate pis {p}"],
                ["microbus bhara {t} {p}", "girls hostel e seat khali, {t} {p}", "tuition {t} {p}"]),
    "bn": (["ঘাটে ইলিশের {s}, কেজি {p}", "বাজারে সবজি {s}, মণ {p}", "ঈদের কুর্তি {s}, পিস {p}"],
           ["মাইক্রোবাস ভাড়া {t} {p}", "মেয়েদের হোস্টেলে সিট খালি, {t} {p}", "টিউশন {t} {p}"]),
    "en": (["hilsa at the ghat, {s}, rate per kg {p}", "vegetable market: {s}, {p} a maund", "eid kurtis, {s}, {p} per piece"],
           ["microbus rent {t} {p}", "girls hostel seat free, {t} {p}", "tuition {t} {p}"]),
}


def test_people_as_goods_grid(matcher):
    flag, ok = [], []
    for script, (stocks, times, prices) in GOODS.items():
        for s, t, p in product(stocks, times, prices):
            flag.append(f"{s}, {t} {p}. phone den")
        trade, rent = GOODS_OK[script]
        # (the trade frames take the goods words that a trade uses: not "college girls" or "school dress")
        for frame, s, p in product(trade, stocks[:2], prices):
            ok.append(frame.format(s=s, p=p))
        for frame, t, p in product(rent, times[:2], prices):
            ok.append(frame.format(t=t, p=p))
    assert len(flag) >= 96
    check_grid(matcher, flag, ok, rule="sx.person_priced_by_time")


# a relative sold, or a person owned because paid for (thr.sold), against a relative's things sold
SOLD = (["the agent", "that dalal", "my uncle"], ["sold my daughter", "sold her sister", "sold our niece"],
        ["to a dance bar in Mumbai", "to a house in Beirut"], ["for 1.5 lakh rupees", "for 3000 dollars"])
SOLD_OK = ["{w} sold my daughter's old phone {s}", "{w} sold her sister's gold ring {s}", "{w} sold our niece's bike {s}"]
OWNED = ["Baba says the girl is his, he paid {s}", "the boss told me the maid is his, he paid {s} for her visa",
         "she belongs to the boss now, he paid {s}"]


def test_person_sold_or_owned_grid(matcher):
    flag = [f"{w} {x} {p} {s}" for w, x, p, s in product(*SOLD)]
    flag += [o.format(s=s) for o, s in product(OWNED, SOLD[3])]
    # (a broker who "sold" something for lakhs is read as a fee by fd.fee_above_cap: the kin sell their things)
    ok = [f.format(w=w, s=s) for f, w, s in product(SOLD_OK, ["my uncle", "my cousin"], SOLD[3])]
    ok += [f"my sister is his wife, he paid {s} for the wedding hall" for s in SOLD[3]]
    check_grid(matcher, flag, ok, rule="thr.sold")


# --- 3. PAY x CONCEALMENT ----------------------------------------------------------------------------

HIDDEN = {
    "bn-Latn": (["bkash e 20 hajar pathan", "Nagad e send money koren 01911502846 e", "cash in korben 01826440193 e",
                 "exchange e taka diben"],
                ["reference e kichu likhben na", "pathanor por msg ta delete kore diben",
                 "keu nam jigaile bolben bhai ke pathaisi", "bank e diben na", "bkash e dile record thake, cash e den",
                 "kono message rakhben na"]),
    "bn": (["বিকাশে ২০ হাজার পাঠান", "নগদে সেন্ড মানি করেন ০১৯১১৫০২৮৪৬ নম্বরে", "০১৮২৬৪৪০১৯৩ নাম্বারে ক্যাশ ইন করবেন",
            "এক্সচেঞ্জে টাকা দিবেন"],
           ["রেফারেন্সে কিছু লিখবেন না", "পাঠানোর পর মেসেজটা ডিলিট করে দিবেন", "কেউ নাম জিগাইলে বলবেন ভাইকে পাঠাইছি",
            "ব্যাংকে দিবেন না", "পাঠানোর পর চ্যাট ক্লিয়ার করবেন, মেসেজ রাখবেন না"]),
    "en": (["send 20k by bkash to 01716283947", "pay to this wallet", "cash in to 01826440193",
            "deposit it at the exchange house"],
           ["dont write anything in reference", "delete the message after sending",
            "if anyone asks say it is from your brother", "don't use the bank", "no reference, nothing",
            "after sending clear the chat"]),
}

# the same payment in a family's remittance or a receipt, and the whole order quoted in a warning
HIDDEN_OK = {
    "bn-Latn": ["ammu {p}, daily limit er jonno duibar, receipt rekhe dio",
                "shotorko thakun! apnake jodi keu bole '{p}, {h}', tahole 999 e janan"],
    "bn": ["আম্মু, {p}, লিমিটের জন্য দুইবার, রসিদ রেখে দিও",
           "সতর্ক থাকুন! আপনাকে যদি কেউ বলে '{p}, {h}', তাহলে ৯৯৯ এ জানান"],
    "en": ["mom, {p}, twice because of the daily limit, keep the receipt",
           "Beware! If someone tells you '{p}, {h}', report it to the hotline 16128"],
}


def test_pay_concealment_grid(matcher):
    flag, ok = [], []
    for script, (pays, hides) in HIDDEN.items():
        for p, h in product(pays, hides):
            flag.append(f"{p}, {h}")
        for frame, p, h in product(HIDDEN_OK[script], pays, hides):
            ok.append(frame.format(p=p, h=h))
    ok += ["Never send money to a personal number and never delete the message: keep every receipt. - your bank",
           "You have received Tk 5,000.00 from 01716283947. Ref: none. TrxID 8N7A2XK9QZ. Balance Tk 7,210.00"]
    assert len(flag) >= 60
    check_grid(matcher, flag, ok, rule="pay.hidden_payment")


# --- 4. PAY x RELEASE --------------------------------------------------------------------------------

RELEASE = {
    "bn-Latn": (["usdt te 3000 pathan TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "4 lakh bkash e diben",
                 "btc den 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"],
                ["confirm hoile apnar bhai ke boat e tulbo", "taka pele apnar chele ke chere dibo",
                 "tarpor apnar bhagne ke video call e dekhamu", "eta chere deyar taka",
                 "apnar cheleke phone e kotha bolaite dibo, tar por chharbo"]),
    "bn": (["ইউএসডিটিতে ৩০০০ পাঠান TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "৪ লাখ টাকা বিকাশে দিবেন",
            "বিটকয়েন দেন 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"],
           ["কনফার্ম হলে আপনার ভাইকে বোটে তুলে দিব", "টাকা পাইলে আপনার ছেলেকে ছেড়ে দিব",
            "তারপর আপনার ভাগ্নেরে ভিডিও কলে দেখামু", "এটা ছেড়ে দেওয়ার টাকা"]),
    "en": (["send 3000 usdt to TJRabPrwbZy45sbavfcjinPJC18kjpRTv8", "pay 4 lakh by bkash",
            "put 0.5 BTC in 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"],
           ["after confirmation your brother moves to the boat", "then we release your son",
            "then we show your nephew on video call", "your cousin goes to the boat tonight",
            "your brother is safe, proof photo after it clears"]),
}

# the same payments for a ticket or a tour boat, a hospital's discharge, a bail, or a crypto trader's escrow
RELEASE_OK = {
    "bn-Latn": ["Saint Martin er ticket: {p}, confirm hoile apnar bhai ke boat e tulbo, tour 3 din",
                "hospital er bill {p}, tarpor apnar bhai ke chere dibe",
                "p2p deal: {p}, confirm hoile usdt release kori, binance escrow"],
    "bn": ["সেন্ট মার্টিনের টিকিট: {p}, কনফার্ম হলে আপনার ভাইকে বোটে তুলে দিব, ট্যুর ৩ দিন",
           "হাসপাতালের বিল {p}, তারপর আপনার ভাইকে ছেড়ে দিবে",
           "পি টু পি ডিল: {p}, কনফার্ম হলে কয়েন রিলিজ করি, বাইনান্স এসক্রো"],
    "en": ["Saint Martin tour tickets: {p}, then your brother moves to the boat at 7 with the tour group",
           "hospital bill: {p}, then they discharge your brother",
           "p2p trade: {p}, after 2 confirmations I release the coins from escrow"],
}


def test_pay_release_grid(matcher):
    flag, ok = [], []
    for script, (pays, releases) in RELEASE.items():
        for p, r in product(pays, releases):
            flag.append(f"{p}. {r}")
        for frame, p in product(RELEASE_OK[script], pays):
            ok.append(frame.format(p=p))
    assert len(flag) >= 36
    check_grid(matcher, flag, ok, rule="pay.ransom_release")


# --- 5. A SHARE PAID FOR A PERSON, AND PEOPLE COUNTED AS GOODS ARRIVED, WITH THE PRICE ---------------
# (pay.network_share's per-person slot takes a person given in exchange; mig.people_moved_as_goods, once
# mig.counted_goods_put_to_work, takes counted goods arrived at a camp or a safe house with a payment asked beside them)

SHARE = {
    "bn-Latn": (["Nagad e dilam", "bkash e pathaisi", "usdt te pathabo"], ["apnar bhag 30 hajar", "tomar commission 20 hajar"],
                ["khadama r bodol e", "meyer bodole"]),
    "bn": (["নগদে দিলাম", "বিকাশে পাঠাইছি", "ইউএসডিটিতে পাঠাবো"], ["আপনার ভাগ ৩০ হাজার", "তোমার কমিশন ২০ হাজার"],
           ["খাদামার বদলে", "মেয়ের বদলে"]),
    "en": (["sent by bkash", "paid in usdt", "via nagad"], ["your share 30k", "your commission 20k"],
           ["for the maid", "for the girl"]),
}
SHARE_OK = {"bn-Latn": ["{s} {c}, picnic er chanda", "{s} {c}, baba r jomir bhag"],
            "bn": ["{s} {c}, পিকনিকের চাঁদা", "{s} {c}, বাবার জমির ভাগ"],
            "en": ["{s} {c}, the picnic share", "{s} {c}, for the old fridge"]}

ARRIVED = {
    "bn-Latn": (["8 ta mal", "5 ta item", "6 pis"], ["pouche gese camp e", "camp e pouchaise"], ["usdt te den", "bkash e taka pathan"]),
    "bn": (["৮টা মাল", "৬টা আইটেম", "৫ পিস"], ["ক্যাম্পে পৌঁছে গেছে", "ক্যাম্পে পৌঁছাইছে"], ["ইউএসডিটিতে দেন", "বিকাশে টাকা পাঠান"]),
    "en": (["8 pieces", "5 heads", "6 items"], ["reached the camp", "arrived at the safe house"], ["send the usdt now", "bkash the balance"]),
}
ARRIVED_OK = {"bn-Latn": ["{g} pouche gese dokane, {p}", "cement er {g} pouche gese site camp e, {p}"],
              "bn": ["{g} দোকানে পৌঁছে গেছে, {p}", "সিমেন্টের {g} সাইট ক্যাম্পে পৌঁছে গেছে, {p}"],
              "en": ["{g} reached the shop, {p}", "{g} of cement reached the site camp, {p}"]}


def test_share_for_person_and_goods_arrived_grid(matcher):
    flag, ok = [], []
    for script, (chans, shares, persons) in SHARE.items():
        for c, s, x in product(chans, shares, persons):
            flag.append(f"{x}, {s} {c}")
        for frame, c, s in product(SHARE_OK[script], chans, shares):
            ok.append(frame.format(s=s, c=c))
    check_grid(matcher, flag, ok, rule="pay.network_share")
    flag, ok = [], []
    for script, (goods, arrived, pays) in ARRIVED.items():
        for g, a, p in product(goods, arrived, pays):
            flag.append(f"boss {g} {a}. {p}")
        for frame, g, p in product(ARRIVED_OK[script], goods, pays):
            ok.append(frame.format(g=g, p=p))
    check_grid(matcher, flag, ok, rule="mig.people_moved_as_goods")
