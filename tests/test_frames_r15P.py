"""Round 15 of issue 15, part P: payments and sexual exploitation, scenes written before the misses
of dev80 to dev87 were read.

Each scene was written first as the family of ways it is said (standard, Dhaka, Sylheti and eastern
Bengali, romanised Bengali, Gulf and Malaysian workers' English, Londoni English, text-speak, a
broker's ad copy, a caseworker's paraphrase), in slots of ``rules/shared.lexicon.yaml`` (the block
"round 15, part P"); each grid asserts that its phrasings reach the review line by the scene's rule,
and that the innocent scenes sharing its words do not fire it.

SEXUAL EXPLOITATION: the maid lent to another house or flat where only men are, or what is done to
her said without its name beside the madam who knows (``sx.abused_in_employer_house``); "keep the
guests happy" beside a model's or a party's lure or a house she was left in, and the client's order
for a "friendly" girl (``sx.friendly_with_guests``); the venue's VIP room made compulsory or the
'extra' in the room against a debt (``sx.venue_then_clients``); a massage or club job for girls with
two of the lure's marks (``sx.venue_job_ad``); the new ones announced as stock from across the border
with an ad's marks (``sx.new_girls_announced``); a buyer who paid for the girl who thinks it is a
garments job (``sx.girls_moved_for_price``); the window and the men who came up, recalled
(``sx.picked_no_refusal``); the camera room's "whatever they say", its cut and a call priced by the
minute (``sx.camera_shows``); the rent paid with her body (``sx.body_for_debt``); the recorded video
and his friends (``sx.sextortion``).
PAYMENTS: the captive's proof or a call allowed once paid (``pay.ransom_release``); the payslip's
figure and the cash handed back (``pay.wage_kickback``); pounds into a person's account paid out at
home with no trace (``pay.agent_payout_off_record``); the bank refused or crypto cheaper
(``pay.crypto_instead_of_bank``); not more than a sum in one account with the bank's report feared
(``pay.split_accounts``); girls ready for transfer for crypto (``pay.crypto_for_trade``); the manager
paid direct (``pay.client_money_to_controller``); a receipt beside a plea for release, a share of a
girl's price or a fee with no receipt is no receipt's innocence (``neg.mfs_receipt``); a hotline's
word inside a captor's handle is no hotline (``neg.awareness_news``).

None of these sentences is a dev set's. One module-scoped matcher, one ``match_many`` per grid.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_grid, check_rule_grid as grid, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. THE MAID LENT OUT ---------------------------------------------------------------------------

LENT = [
    "madam amake onno basay pathay ghor mochar kotha bole, oikhane kono mohila nai, sudhu 4 jon beta",
    "সপ্তাহে একদিন অন্য বাসায় দিয়া আসে, ওইখানে কোনো মহিলা নাই, তার বন্ধুরা থাকে",
    "every friday baba takes me to another flat, only men there, I cannot tell you more",
    "the sponsor lent her to his brother's house for a week, there were no women there",
    "kafil er chele ar tar bondhura onno ekta flat e niye jay amake, bole service dite hobe",
    "madam knows what her husband does with me, she says it is normal here",
    "ম্যাডাম জানে সাহেব আমার সাথে যা করে, কয় সব কাজের মেয়ের সাথে হয়",
    "madam jane kafeel er chele amar sathe ja kore, bole ekhane eta normal",
    "kafeel's son does with me what cannot be said, and madam knows",
]
LENT_OK = [
    "madam amake onno basay pathay eid er age ghor mochar jonno, oikhane tar bon ar bhabi thake",
    "ঈদের আগে অন্য বাসায় পাঠায় কাজ করতে, ম্যাডামের বোনের বাসা, ভালো মানুষ",
    "madam knows I am homesick, she lets me call my mother every friday",
    "her husband helps me carry the shopping, madam knows he is kind",
]


def test_maid_lent_out(matcher):
    grid(matcher, LENT, LENT_OK, "sx.abused_in_employer_house")


# --- 2. KEEP THE GUESTS HAPPY ---------------------------------------------------------------------------

FRIENDLY = [
    "you will be a model in Dubai, all costs mine, at the after party just be friendly with the guests",
    "tumi model hoba, shoot hobe Mumbai te, sob khoroch amar, raat e guest der khushi rakhte hobe",
    "তুই ড্যান্সার হবি, সব খরচ আমার, রাতে গেস্টদের খুশি রাখতে হবে, বুঝছো তো",
    "আপা ফটোশুটের পর পার্টিতে মেহমানদের সাথে একটু ফ্রেন্ডলি থাকতে হবে",
    "the dalal left me in a flat, guests will come at night, he said keep them happy",
    "dalal barite rakhse, bolse rate guest ashbe, tader mon rakhte hobe",
    "ur gonna model in kolkata, photoshoot paid by me, after the shoot keep the guests happy at the party ok",
    "4 girls are for your guests until their families pay, keep them in the house",
    "ektu friendly meye den bhai, amar flat e pathaben, extra dibo",
    "send her to my flat tonight, a friendly one, not the crying one",
]
FRIENDLY_OK = [
    "at the wedding be friendly with the guests and serve the sweets",
    "biye te guest der khushi rakhte hobe, mishti age dio",
    "front desk training: keep the guests happy at check in, smile",
    "amar meye model hobe, photoshoot er por bari chole ashbe",
    "dokan e customer der khushi rakhte hobe, discount dao",
    "she is a friendly girl, my niece, send her my love",
]


def test_friendly_with_guests(matcher):
    grid(matcher, FRIENDLY, FRIENDLY_OK, "sx.friendly_with_guests")


# --- 3. THE VENUE'S ROOM -----------------------------------------------------------------------------

ROOM = [
    "they said only dancing at the club, now the VIP room is compulsory",
    "bar e bola holo shudhu nach, ekhon vip room e jete hobe protirat",
    "ক্লাবে কইছিল খালি নাচ, এখন ভিআইপি রুমে যাইতে হয়",
    "karaoke job, customers pay for 'extra' in the room, commission after your visa debt clear",
    "ktv te private room e jete hoy, na gele beton kata",
]
ROOM_OK = [
    "we booked the vip room at the club for my birthday",
    "restaurant er private room e dinner korlam",
]


def test_venue_room(matcher):
    grid(matcher, ROOM, ROOM_OK, "sx.venue_then_clients")


# --- 4. A MASSAGE OR CLUB JOB FOR GIRLS WITH THE LURE'S MARKS ---------------------------------------------

VENUE_AD = [
    "Spa job for ladies in Manchester, no English needed, cash paid daily, we handle clients",
    "massage job for girls in KL, no visa problem, no questions, cash daily",
    "club e meyeder jonno kaj, english lagbe na, visa jhamela nai",
    "স্পা তে মেয়েদের জন্য কাজ, ভাষা লাগবে না, দৈনিক ক্যাশ, ক্লায়েন্ট আমরা দেখব",
    "karaoke work for girls, passport we keep, no english required",
]
VENUE_AD_OK = [
    "spa job for girls, salary 30k, accommodation provided, experience needed",
    "Massage therapist for ladies salon, certificate required, no English needed, no visa problem",
    "parlour e meyeder jonno kaj, beton 15 hajar, thaka free",
]


def test_venue_job_ad(matcher):
    grid(matcher, VENUE_AD, VENUE_AD_OK, "sx.venue_job_ad")


# --- 5. THE NEW ONES ANNOUNCED ------------------------------------------------------------------------

NEW_ONES = [
    "new stock 2 girls from across the border, very shy, no english, cash only",
    "notun stock 3 ta meye opar theke, khub shy, hindi jane na, real pic",
    "2 new Bangali girls on student visa, booking only through me, no direct contact",
]
NEW_ONES_OK = [
    "new stock of kurti just arrived, all sizes, cash only",
    "notun stock ashse dokane, three piece, real pic",
]


def test_new_ones(matcher):
    grid(matcher, NEW_ONES, NEW_ONES_OK, "sx.new_girls_announced")


# --- 6. SOLD ON, UNAWARE ------------------------------------------------------------------------------

SOLD = [
    "the buyer in Delhi paid for the girl, she still thinks its a hotel job, dont talk in front of her",
    "kolkata r party ei meye tar jonno taka dise, o jane na, bhabe garments er kaj",
    "ওপারের পার্টি মেয়েটার টাকা দিছে, ও জানে না, সামনে কথা বলবি না",
    "buyer paid for the khulna girl, pickup at the border on sunday",
]
SOLD_OK = [
    "the buyer paid for the cow, pickup at the haat on sunday",
    "our buyer paid for the shipment, the girl at the office will send the invoice",
]


def test_sold_unaware(matcher):
    grid(matcher, SOLD, SOLD_OK, "sx.girls_moved_for_price")


# --- 7. THE WINDOW, RECALLED ---------------------------------------------------------------------------

WINDOW = [
    "they made me sit at the window every evening and men came up one by one",
    "প্রতি সন্ধ্যায় জানালায় বসাইত, লোক আসত উপরে",
    "dorjay darate hoto, lok ashto raat bhor",
    "she was made to stand at the door and men would come, she says she counted the months",
]
WINDOW_OK = [
    "I sat at the window of the bus, men came to check tickets",
    "janalay boshe chilam, bristi dekhchilam",
]


def test_window_recalled(matcher):
    grid(matcher, WINDOW, WINDOW_OK, "sx.picked_no_refusal")


# --- 8. THE CAMERA ROOM -------------------------------------------------------------------------------

CAMERA = [
    "live e private room khulbi, camera te ja bole korbi, gift sob agency r",
    "ক্যামেরার সামনে যা বলে করবি, গিফট যা আসে এজেন্সির",
    "video calls with foreign men all night, we keep 60% of the tips",
    "bideshi lok der sathe video call, tui pabi 20% baki amader",
    "switch off camera during the call and you pay a fine, the strangers pay the agency account",
    "video call 15 min 1500 tk, agey bkash, meye ready",
    "ভিডিও কল ১০ মিনিট ১০০০ টাকা, আগে বিকাশ, মেয়ে রেডি",
]
CAMERA_OK = [
    "doctor er sathe video call 10 min 500 tk, agey bkash",
    "video call with my cousin abroad, we keep in touch",
    "online class video call 30 min 500 tk, teacher ready",
]


def test_camera_room(matcher):
    grid(matcher, CAMERA, CAMERA_OK, "sx.camera_shows")


# --- 9. RENT PAID WITH HER BODY -----------------------------------------------------------------------

RENT = [
    "landlord says if I can't pay the rent I have to spend the weekend with him",
    "bariwala bole bhara dite na parle tar sathe thakte hobe ek rat",
    "বাড়িওয়ালা কয় ভাড়া দিতে না পারলে তার সাথে থাকতে হবে",
    "instead of rent he wants me to sleep with him, the girl before me did the same",
]
RENT_OK = [
    "landlord says if I can't pay the rent this month I can pay next month, he is kind",
    "bhara dite na parle bari chere dite hobe",
]


def test_rent_with_body(matcher):
    grid(matcher, RENT, RENT_OK, "sx.body_for_debt")


# --- 10. THE RECORDED VIDEO ----------------------------------------------------------------------------

RECORDED = [
    "he filmed me that night and says he will send it to my family unless I go with his friends",
    "o video kore rakhse, bole na gele barite pathabe",
    "ও ভিডিও কইরা রাখছে, কথা না শুনলে বাড়িতে পাঠাবে",
]
RECORDED_OK = [
    "he recorded the video of the wedding and will send it to my family tomorrow",
]


def test_recorded_video(matcher):
    grid(matcher, RECORDED, RECORDED_OK, "sx.sextortion")


# --- 11. THE CAPTIVE'S PRICE ----------------------------------------------------------------------------

CAPTIVE = [
    "you've seen the video of your son. 3 lakh by bkash to this number, 50 thousand a day",
    "ছেলের ভিডিও তো দেখছেন, ৫০ হাজার কইরা নগদে পাঠান",
    "video to dekhsen, 2 lakh bkash koren ei number e",
    "send 40,000 to this bkash and tonight I let you talk to your daughter",
    "taka pathaile apnar chele ke phone e kotha bolte dibo",
    "টাকা দিলে আজ রাতে আপনার মেয়ের সাথে কথা বলতে দিমু, বিকাশ নম্বর দিলাম",
]
CAPTIVE_OK = [
    "hospital bill 40,000 bkash e din, tarpor apnar chele ke phone e kotha bolte dibo",
]


def test_captive_price(matcher):
    grid(matcher, CAPTIVE, CAPTIVE_OK, "pay.ransom_release")


RECEIPT_PLEA = [
    "TrxID 8KQ3LM2XPA taka pathaisi, ja bolsen dilam, amar bhai ke chere diben",
    "TrxID 7HB2KD9QXA পাঠাইছি, আমার ছেলেরে ছাইড়া দিবেন",
]


def test_receipt_with_plea_not_a_receipt(matcher):
    results = matcher.match_many(RECEIPT_PLEA)
    assert all("neg.mfs_receipt" not in {h.rule_id for h in r.hits} for r in results)


def test_handle_is_no_hotline(matcher):
    texts = ["pay 0.01 BTC to 1DpLQ7Qmymh3i4rcG1n1eKag4jYkhWi5Nx and your brother is released, proof to telegram @dxb_helpline_karim"]
    check_grid(matcher, texts, [])
    assert_not_fired(matcher, texts, "neg.awareness_news")


# --- 12. THE PAYSLIP KICKBACK ------------------------------------------------------------------------

KICKBACK = [
    "payslip will say 2300 pound, every month you withdraw and give back 1200 cash to the agent",
    "payslip e 2100 pound dekhabe, prottek mash e 1000 pound cash ferot dite hobe",
    "পে স্লিপে ১৮০০ রিয়াল, হাতে আসে ৯০০",
    "slip e ot 500 riyal, amader hate ase 120",
    "on paper the salary is 1500 ringgit, in hand we get 700, the rest cash back to the supervisor",
]
KICKBACK_OK = [
    "my payslip shows 1800, I will pay back the 300 pound loan to my cousin",
    "payslip paisi, salary 2100 bank e ashse",
    "pay slip e bhul ase, HR ke ferot dite hobe",
    "payslip e bhul kore beshi dise, office e 300 cash ferot dite hobe",
    "they overpaid me on the payslip, I have to give back 200 pound in cash",
]


def test_wage_kickback(matcher):
    grid(matcher, KICKBACK, KICKBACK_OK, "pay.wage_kickback")


# --- 13. MONEY THROUGH A PERSON'S ACCOUNT ---------------------------------------------------------------

PERSON_ACCT = [
    "Karim bhai er account e pound dio, uni Sylhet e abba ke taka dibe, receipt rakhba na",
    "put the pounds in his account in London, he gives taka to your mother, delete this chat",
    "ভাইয়ের একাউন্টে দিরহাম দেন, উনি দেশে টাকা দিবে, কোনো কাগজ থাকবে না",
]
PERSON_ACCT_OK = [
    "bhai er account e pound dio, bank er receipt ta rekhe dio",
]


def test_person_account(matcher):
    grid(matcher, PERSON_ACCT, PERSON_ACCT_OK, "pay.agent_payout_off_record")


# --- 14. THE BANK REFUSED, CRYPTO CHEAPER ------------------------------------------------------------------

CRYPTO = [
    "visa fee usdt te dile 500 pound kom, address e pathan",
    "pay in usdt and its 300 less, TRC20 only",
    "USDT e pathan, bank e pathaben na",
    "no bank transfer, send usdt to the wallet",
]
CRYPTO_OK = [
    "usdt er dam komse, kinbo na",
]


def test_crypto_over_bank(matcher):
    grid(matcher, CRYPTO, CRYPTO_OK, "pay.crypto_instead_of_bank")


# --- 15. UNDER THE BANK'S EYE -------------------------------------------------------------------------

SPLIT = [
    "dont put more than 4 lakh in one account, bank will report, open new accounts on your cousins NID",
    "ek account e beshi diben na, bank report korbe, nagad e bhag kore",
    "ek bare na, 20 hajar kore bkash koren, personal number",
]
SPLIT_OK = [
    "amma ek bare na, 20 hajar kore bkash korlam, limit",
]


def test_split_bank_eye(matcher):
    grid(matcher, SPLIT, SPLIT_OK, "pay.split_accounts")


# --- 16. GIRLS FOR CRYPTO ---------------------------------------------------------------------------------

def test_girls_for_crypto(matcher):
    grid(matcher, ["2 girls ready for transfer in Dubai, USDT only, half first",
                   "3 ta meye ready, usdt pathan, tarpor location and their papers"],
         ["usdt ready for transfer to my binance"], "pay.crypto_for_trade")


# --- 17. THE MANAGER PAID DIRECT ---------------------------------------------------------------------

def test_manager_paid_direct(matcher):
    grid(matcher, ["the customers pay him direct for the room, she gets 100 rupees per customer or sometimes nothing",
                   "customer ra taka manager ke dey, meyera kokhono kichu na pay"],
         ["customers pay the manager at the counter for the cake"], "pay.client_money_to_controller")


# --- 18. OTHERS' WAGES INTO AN ACCOUNT IN ANOTHER'S NAME -------------------------------------------------

def test_wages_in_another_name(matcher):
    grid(matcher, ["supervisor er bou er nam e account, 15 jon er overtime er taka oikhane jay",
                   "the overtime money of 30 workers goes into an account in his wife's name",
                   "আমাদের ১২ জনের বেতন ম্যানেজারের বউয়ের নামে একাউন্টে যায়"],
         ["amar beton amar bou er nam e account e jay, ami bolsi"], "pay.others_earnings_moved")


# --- 19. A GIRL IN THE BROKERS' SLANG ---------------------------------------------------------------------

def test_brokers_slang(matcher):
    texts = ["notun pakhi ashse 2 ta, party thakle bolen", "নতুন পাখি আসছে, পার্টি থাকলে বলেন",
             "fresh maal ready, party thakle knock din"]
    assert len(fired_by(matcher, texts, "sx.stock_offered_to_clients")) == len(texts)
    assert_not_fired(matcher, ["notun pakhi kinsi khachay, dekhte ashen", "new birds at the pet shop, party thakle bolen"],
                     "sx.stock_offered_to_clients")


# --- 20. NEIGHBOURING SCENES: the agency's "adjust", a caseworker's words, his boss for a night, the shoot,
# the hotel by the hour, an account in my name, a shop abroad paying out at home, a fee over five numbers,
# a payslip only for the visa, the son's call once paid ------------------------------------------------------

NEIGHBOURS = [
    ("the agency said just adjust with the baba, all the girls do it", "sx.abused_in_employer_house"),
    ("agency bole baba r sathe adjust kore nao, ekhane sobai kore", "sx.abused_in_employer_house"),
    ("the client was forced to have sex by the employer's son, the file says", "sx.abused_in_employer_house"),
    ("my boyfriend says if i love him i will go with his boss for one night", "sx.lover_sells_her"),
    ("premik bole jodi amake bhalobasho tar boss er sathe ek rat thakbi", "sx.lover_sells_her"),
    ("the photoshoot was for a brand, then they told me to take off everything for the private clients", "sx.camera_shows"),
    ("apu onek taka income, shudhu rat e hotel e jaite hobe, ami sob set kore dibo", "sx.sent_to_men_at_night"),
    ("ei meye ta ke rat e hotel e pathaba, 2 ghonta 8000", "sx.sent_to_men_at_night"),
    ("the recruiter said be nice to the boss's friends at the party, it's part of the package", "sx.friendly_with_guests"),
    ("she was made to entertain clients at the employer's majlis", "sx.made_to_serve_clients"),
    ("they opened a bank account in my name and use my card, i never see the statement", "pay.account_in_others_name"),
    ("send the riyal thru the shop in Jeddah, they give taka in the village same day, no paperwork", "pay.agent_payout_off_record"),
    ("the recruiter wants the fee in 5 bkash numbers, 20k each, and said not to mention visa", "pay.split_accounts"),
    ("your payslip is just for the visa, you will get 1000 ringgit cash only", "pay.wage_kickback"),
    ("send 50,000 to this bkash number and your son can call you tonight", "pay.ransom_release"),
]
NEIGHBOURS_OK = [
    ("my boss says adjust the shift with the baba's driver", "sx.abused_in_employer_house"),
    ("my boyfriend says if i love him i will come to his boss's wedding", "sx.lover_sells_her"),
    ("the photoshoot for the brand is done, the clients loved the pictures", "sx.camera_shows"),
    ("rat e hotel e jaite hobe, wedding er duty, 2 ghonta 800 taka", "sx.sent_to_men_at_night"),
    ("be nice to the guests at the wedding party", "sx.friendly_with_guests"),
    ("your payslip is ready, you will get the bonus in cash next month", "pay.wage_kickback"),
]


def test_neighbouring_scenes(matcher):
    for text, rule in NEIGHBOURS:
        check_grid(matcher, [text], [], rule=rule)
    for text, rule in NEIGHBOURS_OK:
        assert_not_fired(matcher, [text], rule)
