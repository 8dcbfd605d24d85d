"""Round 8 of issue 15, part P: payments and sexual exploitation, the slots widened, tested as grids.

Four frames, each a rule whose slots are concept classes of ``rules/shared.lexicon.yaml``:

1. PAYMENT FOR PEOPLE (``pay.per_person_quota``, widened): people counted as goods ("for the 4
   boys", "14 men x RM3,000", "2 ta bou er jonno", "তিন মাইয়ার পেমেন্ট", "2nd girl payment") near a sum,
   with the channel it moves by; or the balance due when a person reaches the other side, owed to a
   matchmaker, a party or a captain.
2. PAYMENT x CONCEALMENT (``pay.hidden_payment``, widened): an order to pay near its hiding said in
   other words: the note kept blank of visa or job, the company's account refused, no talk of it on
   the phone, a name not to be given.
3. PAYMENT x RELEASE (``pay.ransom_release``, widened): a payment near a person let go in the
   passive ("Rahim will be taken off the vessel", "ছাড়া পাবে", "jahaj theke namiye dibo").
4. SEX-TRADE ADVERTISING AND PLACEMENT (``mn.youthful_language_sx``, ``sx.person_priced_by_time``,
   ``sx.venue_then_clients``, ``sx.women_kept_for_clients``, widened): women said young and docile
   near the ad's trade (trusted clients, a private room), a "new bride" priced by the hour, a club's
   work that sends her out at night, a girl placed "for work" in a house where men come at night.

A grid builds phrases from independent fillers written here, in the three scripts, and asserts
that every combination reaches the review line (by the frame's rule); the same fillers in innocent
frames (a ticket, a school fee, a payroll, a picnic, a family's remittance, a receipt, a bank's
warning, a film's release, bail, a hotel's staff notice, a wedding's guests, a parlour's ad) stay
below it. None of these sentences is a dev set's.

One module-scoped matcher, one ``match_many`` per grid.
"""

from itertools import product

import pytest

from packs import builtin_matcher, check_grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. PAYMENT FOR PEOPLE --------------------------------------------------------------------------
# people counted as goods with a sum x the channel it moves by

COUNTED = {
    "en": (["paid 36,000 for the 3 girls", "crew fee 9 men x RM2,800", "25k for the 2 brides",
            "the 2nd girl payment is 40k", "x 6 boys = 66,000 this week"],
           ["send it by bKash to 01812-334455", "in USDT TRC20 only", "through hundi from Dubai",
            "cash to the jetty man", "Nagad to the skipper"]),
    "bn-Latn": (["3 ta polar taka 45 hajar", "2 ta bou er jonno 1800 usdt", "12 jon crew, proti matha 1500 dollar",
                 "char ta meyer payment 80k"],
                ["bkash e pathan", "usdt te diben", "hundi te ashbe", "cash e captain nibe", "nagad e dilam"]),
    "bn": (["তিন মাইয়ার পুরা পেমেন্ট ৯০ হাজার", "৪ জন পোলার টাকা ৬০ হাজার", "দুইটা বউয়ের দাম ৩ লাখ",
            "১৪ জন ক্রু, মাথাপিছু ৩ হাজার রিঙ্গিত"],
           ["বিকাশে পাঠান", "ইউএসডিটিতে আসবে", "হুন্ডিতে দিবো", "নগদে দিছি", "ক্যাশ দিবেন ঘাটে"]),
}

BALANCE = {
    "en": ["advance sent to the party by bKash, balance 1.2 lakh when she reaches Guangzhou",
           "half by USDT now to the captain, the other half when they reach Langkawi"],
    "bn-Latn": ["ghotok ke 50k bkash e disi, baki 1.5 lakh meye shanghai pouchaile",
                "dalal ke advance nagad e, baki ta polara opare par hoile"],
    "bn": ["ঘটক ভাইরে বিকাশে ৫০ হাজার দিছি, বাকি দেড় লাখ মাইয়া চীনে পৌঁছাইলে",
           "পার্টিরে নগদে অর্ধেক দিছি, বাকি অর্ধেক পোলারা পার হইলে"],
}


def _people_flag():
    out = []
    for counted, channel in COUNTED.values():
        out += [f"{c}, {ch}" for c, ch in product(counted, channel)]
    for texts in BALANCE.values():
        out += texts
    return out


def _people_ok():
    out = []
    # the same counts and sums in a ticket, a school, clothes, food, a payroll, a picnic, a family's remittance
    out += [f"bus ticket {c}, {ch}" for c in COUNTED["en"][0][:3] for ch in COUNTED["en"][1][:2]]
    out += [f"school fee: {c}, {ch}" for c in COUNTED["en"][0][:3] for ch in COUNTED["en"][1][:2]]
    out += [f"{c} er school er beton, {ch}" for c in COUNTED["bn-Latn"][0][:2] for ch in COUNTED["bn-Latn"][1][:2]]
    out += [f"{c} ঈদের জামার জন্য, {ch}" for c in COUNTED["bn"][0][:2] for ch in COUNTED["bn"][1][:2]]
    out += ["payroll October: 14 men x RM1,800 salary, paid by bank transfer, slips attached",
            "picnic per head 1,500 taka, 40 jon, bkash e treasurer ke diben",
            "ammu 2 ta meyer coaching er taka 6000 bkash e pathaisi, TrxID 8BC3DE4FG5",
            "আম্মু, দুই মেয়ের স্কুলের বেতন ৩০০০ বিকাশে দিলাম, TrxID 7AB2CD3EF4",
            "bhai 4 ta gorur dam 3 lakh, cash e dibo hat e",
            "the fish trader wants 36,000 for the 3 boxes, send by bKash",
            "I bought 500 USDT on Binance for the 2 of us, my brother and me, as savings",
            "amar 2 ta chele, eid e 5000 salami bkash e pathaisi",
            "baki taka maal dhaka pouchaile dibo, bkash e, dokaner party ke",
            "the balance for the package when they reach the hotel, pay by card to the tour agent",
            # one signal alone: counted people with a sum, or a receipt
            "paid 36,000 for the 3 girls", "12 jon crew ready, proti matha 1500 dollar",
            "You have received Tk 45,000.00 from 01712345678. TrxID 8N7A2XK9QZ"]
    return out


def test_payment_for_people_grid(matcher):
    check_grid(matcher, _people_flag(), _people_ok(), rule="pay.per_person_quota")


# --- 2. PAYMENT x CONCEALMENT ---------------------------------------------------------------------

HIDE = {
    "en": (["send the 80,000 by bKash to 01812-334455", "pay in USDT to this wallet", "transfer it to the Nagad number"],
           ["do not write visa or job in the note", "dont use company account", "dont talk about this on phone"]),
    "bn-Latn": (["taka bkash e pathan 01812-334455 e", "usdt te pathaben ei address e", "nagad e 50 hajar pathaben"],
                ["note e kichu likhben na", "company account e na", "phone e eisob kotha bolben na"]),
    "bn": (["টাকা বিকাশে পাঠান", "ইউএসডিটি এই এড্রেসে পাঠাবেন", "নগদে ৫০ হাজার পাঠাবেন"],
           ["নোটে কিছু লিখবেন না", "কোম্পানির একাউন্টে না", "ফোনে এসব কথা বলবেন না"]),
}


def _hide_flag():
    return [f"{p}, {h}" for pay, hide in HIDE.values() for p, h in product(pay, hide)]


def _hide_ok():
    return ["Send Money Tk 2,000.00 to 01712345678 successful. Ref: ammu oshudh. TrxID 8BC3DE4FG5",
            "ammu bkash e 5000 pathalam, bill er taka, receipt rekhe dio",
            "আম্মু বিকাশে ৫ হাজার পাঠাইলাম, বিদ্যুৎ বিলের টাকা",
            "the company account pays salaries on the 7th, your bank gets it direct",
            "office notice: use the company account for supplier payments, receipts to accounts",
            "please note the visa fee goes to the embassy account, receipt given at the counter",
            "bhai phone e kotha bolben, amar bkash number 01812334455, eid er salami"]


def test_payment_concealed_grid(matcher):
    check_grid(matcher, _hide_flag(), _hide_ok(), rule="pay.hidden_payment")


# --- 3. PAYMENT x RELEASE -------------------------------------------------------------------------

FREED = {
    "en": (["transfer 3000 USDT to 0xbdb831a5d6b3e9961bb937dd0eaa6a6b0839170b", "send 2 lakh by bKash to 01812-334455",
            "pay 4000 ringgit cash to our man"],
           ["and Rahim will be taken off the vessel", "and your brother will be brought ashore", "then he will be set free"]),
    "bn-Latn": (["2 lakh nagad e dile", "usdt 3000 pathaile", "bkash e 1 lakh dile"],
                ["Karim ke jahaj theke namiye dibo", "o kalke chhara pabe", "tomar bhai ke chhere deya hobe"]),
    "bn": (["বিকাশে ২ লাখ দিলে", "৩০০০ ইউএসডিটি পাঠাইলে", "নগদে এক লাখ দিলে"],
           ["ও কালকে ছাড়া পাবে", "করিমরে ট্রলার থেকে নামিয়ে দিব", "আপনার ভাইরে ছেড়ে দেওয়া হবে"]),
}


def _freed_flag():
    return [f"{p} {f}" for pay, freed in FREED.values() for p, f in product(pay, freed)]


def _freed_ok():
    return ["the cargo will be taken off the vessel once we pay the port fee of 3000 USD",
            "hospital bill 50 hajar bkash e dile kal chhara pabe, doctor bolse",
            "ukil ke 20 hajar dile jamin e chhara pabe",
            "সিনেমাটা ঈদে মুক্তি পাবে, বাজেট ২ কোটি টাকা",
            "the film will be released after the distributor pays 2 lakh",
            "হাসপাতালের বিল ৫০ হাজার দিলে কালকে ছাড়া পাবে"]


def test_payment_release_grid(matcher):
    check_grid(matcher, _freed_flag(), _freed_ok(), rule="pay.ransom_release")


# --- 4. SEX-TRADE ADVERTISING AND PLACEMENT -------------------------------------------------------

AD_WOMEN = ["New Bengali girls just in", "two Nepali girls arrived", "Fresh girls from Sylhet"]
AD_YOUNG = ["young and shy", "young & obedient", "young and innocent"]
AD_TRADE = ["first week only for trusted clients", "private room, booking on telegram", "for VIP clients only"]

BRIDE = ["নতুন বউ আইছে কুমিল্লার, বয়স কম", "notun bou ashse, ekdom fresh", "new bride from Khulna, shy"]
BRIDE_RATE = ["ঘণ্টা ৫০০০, রাত ১২০০০", "raat thakle 10 hajar, booking inbox", "per hour 5k, hotel only"]

CLUB = {
    "bn-Latn": (["shilpi re club e nachar kaje lagaise", "dance bar e kaj dise oke"], ["ratre bahire pathay", "rate bahire pathay, taka pay na"]),
    "bn": (["ক্লাবে নাচের কাজে দিছে ওরে", "ডান্স বারে কাজ দিছে"], ["রাতে বাইরে পাঠায়", "রাইতে বাইরে পাঠায়, টাকা দেয় না"]),
    "en": (["they put her in a dance club", "the club job they gave my sister"], ["sends her out at night", "they send her out at night, no pay"]),
}

HOUSE = ["আপা আমারে যে বাসায় কামে দিছিল ওইটা বাসা না, রাইতে লোক আসে",
         "je basay kaje dise oikhane rat e lok ashe, ami jete chai",
         "amake je flat e kaje dichilo, ekhane rat e manush ashe"]


def _sex_flag():
    out = [f"{w}, {y}, {t}" for w, y, t in product(AD_WOMEN, AD_YOUNG, AD_TRADE)]
    out += [f"{b}. {r}" for b, r in product(BRIDE, BRIDE_RATE)]
    out += [f"{v}, {n}" for venue, night in CLUB.values() for v, n in product(venue, night)]
    out += HOUSE
    return out


def _sex_ok():
    out = []
    # a hotel's or restaurant's staff notice, a parlour's or a tuition's ad, with the same fillers
    out += [f"Hotel staff notice: {w} joined housekeeping, {y}, please help them settle" for w, y in product(AD_WOMEN[:2], AD_YOUNG)]
    out += ["Beauty parlour ad: new girls trained, young and friendly staff, private room for bridal makeup, booking on telegram",
            "Tuition: two new girls joined class 8, young and shy, private room for coaching, booking on whatsapp",
            # a wedding's new bride and her guests
            "নতুন বউ আইছে কুমিল্লার, মেহমানরা রাত থাকলে রুম রেডি, বিয়ের দাওয়াত ৫০০ জন",
            "notun bou ashse, raat thakle guest room ready, biye r dawat 300 jon",
            "new bride from Khulna, the wedding guests stay the night, per night 3000 at the hotel",
            # a club's practice, a night shift, a house where relatives come
            "club e football practice, ratre bahire pathay na, coach strict",
            "amake je basay kaje dise oikhane rat e mehman ase, khala khub bhalo",
            "আমারে যে বাসায় কামে দিছিল ওইখানে রাইতে আত্মীয় আসে, খালাম্মা ভালো"]
    return out


def test_sex_trade_ad_and_placement_grid(matcher):
    check_grid(matcher, _sex_flag(), _sex_ok())


# --- the same families in other words (round 8's thesaurus, not the dev sets' phrasings) ----------

def _more_flag():
    return ["meye 3 ta ready, 1.5 lakh kore, usdt te pathaben",
            "ekta meyer payment 70 hajar, nagad e diben",
            "14 heads x 2,500 ringgit, hundi te asbe",
            "captain ke advance bkash e, baki ta hate pele, polara opare gele",
            "advance to the party by USDT, the rest when she gets there",
            "nagad e 1 lakh dile tomar bhai ke camp theke ber kore dibo",
            "send 3000 USDT to this wallet and he will be allowed to leave the compound",
            "taka bkash e pathan, onno karo number theke, nijer number theke pathaben na",
            "send the 2 lakh by bKash, dont mention visa in the note",
            "New Nepali girls, just turned 18 and shy, for gentlemen only, booking whatsapp",
            "For access pay 0.004 BTC, new stock weekly, young ones, join t.me/rosegarden_vip",
            "আমারে যে বাসায় কামে দিছিল ওইখানে রাইতে রুমে লোক ঢুকায়",
            "ওরে দৌলতদিয়া পল্লীতে বেইচা দিছে দালাল",
            "madam bole customer er sathe na gele khawa bondho",
            "ম্যাডাম বলে কাস্টমারের সাথে না গেলে খাওয়া বন্ধ",
            "the girls are kept in a flat in Bur Dubai, men are brought in every night",
            "proti pola 40 hajar, ordhek ekhon bkash e, ordhek kolkata pouchaile",
            "polader beton amar bkash e ashe, oder ma baba ke 3000 kore dei",
            "ledger: Rupa 12 customers, Mim 9, Shila 14, total 35 x 2000 = 70000, madam share 70%",
            "hisab: rupa 12 ta customer, mim 9 ta, proti ta 2000, madam er bhag 70%",
            "bro 3 pax ready for the boat, 1.2 lakh each, bkash 50% now rest after landing",
            "send the money to the lineman's nagad, 5 lakh for the group of 6",
            "send it by bkash. dont put visa in the reference",
            "amake hotel e rekhe dise, protidin 4-5 jon ashe, taka sob madam ney",
            "oder beton sob dalal er account e jay, sardar bole pore dibe",
            "the boys' pay goes to the broker's account, not to them",
            "ghat er lok er bhag bkash e pathaisi, proti matha 3 hajar",
            "usdt to the link man, his cut 20%, per head 2000 for the game",
            "the Malaysia boss sent RM 500 per worker to my account, I pass it on after cutting my share",
            "the girls' tips must be handed to me each night, anyone hiding money will be fined"]


def _more_ok():
    return ["ekta meyer chikitsar jonno 20 hajar bkash e sahajjo korun",
            "14 heads of cattle x 65,000, cash at the haat",
            "baki ta hate pele dibo, bkash e, dokaner mal",
            "the rest when she gets there, pay the hotel by card, tour package confirmed",
            "ammu nagad e 5000 pathalam, note e gift likhsi eid er",
            "my brother will be allowed to leave the hospital tomorrow once the bill of 20,000 is paid",
            "just turned 18, happy birthday! booking the restaurant for the gentlemen of the family",
            "join our vip group t.me/cricket_vip for match updates, young ones welcome",
            "shop ledger: 12 customers today, total 24000, partner share 30%",
            "the girls stay in a flat near the college, men are brought in to fix the lift on friday",
            "dokaner customer er sathe na gele sales kom, bonus bondho",
            "polader beton nijer account e ashe, ami kichu dhori na",
            "3 pax hotel booking 36,000, bkash e advance, tour package Cox's Bazar",
            "picnic committee: 5 lakh for the group of 60, nagad e treasurer ke",
            "ammu ke bkash e 5000 pathalam, write family in the reference bolse agent",
            "nanu amake basay rekhe dise, protidin 2-3 jon dekhte ashe, attiyo ra",
            "amar beton amar account e ashe, alhamdulillah, ammu ke pathai",
            "the captain's share of the picnic money, bkash e, per head 500",
            "the shop's daily sales must be handed to me each night, if short no bonus",
            "every worker gets RM 500 bonus per worker of the month award"]


def test_more_families_grid(matcher):
    check_grid(matcher, _more_flag(), _more_ok())
