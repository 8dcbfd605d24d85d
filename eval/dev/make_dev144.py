"""Blind evaluation set dev144 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a caseworker at a shelter in Jessore for girls and young women brought back
from brothels, spas and "hotel jobs" in India and Dubai, who reads the phones they bring and the
messages their families receive.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev144.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\x00"))
    return "1" * pad + s


def btc(seed):
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


def tron(seed):
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def eth(seed):
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


BTC1 = btc("dev144-btc-1")
TRON1 = tron("dev144-tron-1")
ETH1 = eth("dev144-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG (60)
# 8 categories, 7 or 8 items each, every category in all three scripts (bn, bn-Latn, en) evenly:
# recruitment_deception, fees_and_debt, isolation_and_control, labour_exploitation,
# sexual_exploitation, minors, payments_and_proceeds, threats_and_coercion
# F("category", "script", "text", [("type", "value"), ...])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---- recruitment_deception (7): bn 2, bn-Latn 3, en 2
F("recruitment_deception", "bn",
  "কলকাতার বিউটি পার্লারে কাজ, মাসে ২৫ হাজার রুপি, থাকা খাওয়া মালিকের। পাসপোর্ট লাগবে না, বেনাপোল দিয়া আমাগের লোক পার কইরে দেবে। বাড়িতে কবা খালার বাসায় যাচ্চো। যোগাযোগ ০১৭৮৬-৪৪১২০৯",
  [("phone", "+8801786441209")])
F("recruitment_deception", "bn",
  "বুবু ওরা কইছিলো দুবাইয়ে হাসপাতালে আয়ার কাজ। এহানে আসে দেহি একটা স্পা, আর আমার ভিসা নাকি ভিজিট ভিসা। কাজের কোনো কাগজ নাই, কিছু জিগালি কয় পরে হবে।")
F("recruitment_deception", "bn-Latn",
  "Dubai te hotel housekeeping er kaj ache, beton 1800 dirham. visit visa te jaba, oikhane giye company work visa kore dibe. training lagbe na, smart card o lagbe na. details ekhane nok dao wa.me/971561204478",
  [("whatsapp", "+971561204478")])
F("recruitment_deception", "bn-Latn",
  "tumi amar sathe Mumbai cholo, oikhane mamar garments e supervisor er kaj thik kora. oikhane giye biye korbo, ekhane keu jante parbe na. shudhu NID ta ar 2 ta chobi niye bus stand e aisho, ar kauke bolba na plz")
F("recruitment_deception", "bn-Latn",
  "Apu ami je kaj er kotha bolsilam oita restaurant e gaan gawar kaj, shudhu gaan. bar na, family type jayga. 50k mash e, advance o dibe. ma ke bolar dorkar nai, tumi to boro hoyecho. baki kotha Telegram e @kolkata_singer_job",
  [("telegram", "@kolkata_singer_job")])
F("recruitment_deception", "en",
  "URGENT!! Female staff needed for 5 star hotel Dubai. Age 18-25, good looking, no experience no education needed. Salary 2500 AED + tips. Free visa free ticket. Send full body photo on WhatsApp +971 55 318 4420",
  [("phone", "+971553184420")])
F("recruitment_deception", "en",
  "they said restaurant job in sharjah, contract will be given at airport. at the airport the man gave one paper all in arabic and said sign fast flight is leaving. now the place is a massage centre and nobody knows that restaurant")

# ---- fees_and_debt (7): bn 2, bn-Latn 2, en 3
F("fees_and_debt", "bn",
  "তোর জন্যি দুই লাখ রুপি দিয়ে আনিছি, ওটা শোধ না হওয়া পর্যন্ত যাওয়ার কথা ভুলে যা। খাওয়া, কাপড়, মেকআপ সব তোর খাতায় উঠতেছে।")
F("fees_and_debt", "bn",
  "মা, ওরা কচ্ছে আমার নামে আরো ৮০ হাজার টাকা বাকি, টিকিট আর ভিসার টাকা। যতদিন না দিবো ততদিন কাজ করা লাগবে, বেতন সব কাইটে রাখতেছে।")
F("fees_and_debt", "bn-Latn",
  "tor khata te ekhono 1 lakh 40 hajar baki. ajke 3 ta customer er 2 hajar katlam. beshi kotha bolle fine aro barbe, bujhli?")
F("fees_and_debt", "bn-Latn",
  "Dubai er visa 3 lakh 50 hajar, sorkari rate er kotha bolben na, oita kagoje thake. 1 lakh ekhon den, baki ta meye kaj kore shodh korbe, proti mash beton theke kete nibo. amar number 01945-330712",
  [("phone", "+8801945330712")])
F("fees_and_debt", "en",
  "Sister no salary 4 months. madam says my debt is 9000 dirham now for visa, room, food, even the uniform. if I am sick she adds fine. how I will ever finish")
F("fees_and_debt", "en",
  "You were bought for 1.5 lakh. Until that is cleared your passport A09318842 stays with me. Don't count days, count money.",
  [("bd_passport", "A09318842")])
F("fees_and_debt", "en",
  "bhai tell her family 60,000 more needed for new visa otherwise she stays illegal and goes to jail. first payment was only ticket, she knew that. send to 01632-778105 personal",
  [("phone", "+8801632778105")])

# ---- isolation_and_control (8): bn 2, bn-Latn 3, en 3
F("isolation_and_control", "bn",
  "ফোনটা ম্যাডাম নিয়া রাখছে, সপ্তায় একদিন পাঁচ মিনিট কথা কইতে দেয় তার সামনে বসায়ে। এইডা আরেক মেয়ের ফোন থেকে লুকায় দিচ্ছি, রিপ্লাই দিও না আপা।")
F("isolation_and_control", "bn",
  "বাইরে যাওয়া নিষেধ, দরজায় বাইরে থেকে তালা দিয়ে রাখে। জানালায় গ্রিল। নিচে সারাদিন একটা লোক বসে থাকে, দোকানেও একা যাইতে দেয় না।")
F("isolation_and_control", "bn-Latn",
  "amake rat e ek flat theke arek flat e niye jay, gari r kach kalo kora. ami jani na eta kon area. 3 mash hoilo ekdin o baire jai ni")
F("isolation_and_control", "bn-Latn",
  "bari te phone dile bolbi bhalo achis, hotel e kaj korchis. onno kisu bolle bujhbi. ami pashei boshe thakbo, loud speaker e.")
F("isolation_and_control", "bn-Latn",
  "madam er driver sob jaygay sathe jay, doctor er kache o. eka kothao jete dey na, amar passport A07725519 o or kache. amar nijer bolte kisu nai ekhane",
  [("bd_passport", "A07725519")])
F("isolation_and_control", "en",
  "Don't message your brother on this number again. All calls go through me. If you want to talk you ask first, understand?")
F("isolation_and_control", "en",
  "please help I don't know address, near big mosque and metro station. they keep 6 girls one room door locked from outside. this is a customer phone pls don't call back")
F("isolation_and_control", "en",
  "New girl's SIM taken and broken. Give her the house phone only Friday to call her mother, speaker on, you sit next to her.")

# ---- labour_exploitation (7): bn 3, bn-Latn 2, en 2
F("labour_exploitation", "bn",
  "সকাল ১০টা থেকে রাত ৩টা পর্যন্ত স্পাতে ডিউটি, কোনো ছুটি নাই। একবেলা খাবার দেয়, তাও ভাত আর পাতলা ডাল। পা ফুলে গেছে আপা।")
F("labour_exploitation", "bn",
  "চার মাস হলো একটা টাকাও দেয় নাই। কয় তোর টাকা জমা আছে, দেশে যাওয়ার সময় একবারে দিবো। জিগাইলি রাগ করে।")
F("labour_exploitation", "bn",
  "বাড়ির কাজ করি, বারো জনের সংসার। রাতে রান্নাঘরের মেঝেতে ঘুমাই। অসুখ হলিও কাজ করা লাগে, না করলি খাওয়া বন্ধ।")
F("labour_exploitation", "bn-Latn",
  "bar e rat 8 ta theke bhor 5 ta porjonto nachte hoy, tips sob manager rakhe, amra kisu pai na. bole beton porer mash e, ei kotha 6 mash dhore shuntesi")
F("labour_exploitation", "bn-Latn",
  "ekta room e 9 jon meye thaki, ekta bathroom. pani o kine khete hoy. masher sheshe hisab kore dekhi kisui pai nai, ulta dena")
F("labour_exploitation", "en",
  "I clean the villa 18 hours then they send me to madam sister house also. no day off 7 months. salary promised 1200 AED, got 300 one time only. sponsor number +971 50 442 8816 if embassy can call",
  [("phone", "+971504428816")])
F("labour_exploitation", "en",
  "They cut 50 dirham every time a client complains. Girls at the massage centre work noon till 4 am with one meal and sleep on the massage beds.")

# ---- sexual_exploitation (8): bn 3, bn-Latn 3, en 2
F("sexual_exploitation", "bn",
  "আমারে পার্লারের কাজের কথা বইলা আনছে, এইখানে আইসা দেখি খারাপ জায়গা। কাস্টমার না নিলি মারে। প্লিজ কাউরে কও আমারে নিয়া যাইতে।")
F("sexual_exploitation", "bn",
  "আজ রাতে হোটেলে দুইটা বুকিং আছে, নতুন মেয়েটারে সাজায়ে রেডি রাখবা। ও যাইতে না চাইলে আমারে ফোন দিবা ০১৯৭৩-৫৫০৮২১ এ।",
  [("phone", "+8801973550821")])
F("sexual_exploitation", "bn",
  "মুম্বাইয়ের যে বাড়িতে রাখছিলো ওখানে রোজ আট দশজন লোক আসতো। টাকা সব মাসি নিতো, আমরা হাতে কিছু পাইতাম না। ঘরের বাইরে আলো দেখি নাই।")
F("sexual_exploitation", "bn-Latn",
  "Bangladeshi fresh girls available, new in Dubai ✈️🌹 Deira hotel service, 1 hour 300 AED full night 1000. call/WA +971 52 774 1093",
  [("phone", "+971527741093")])
F("sexual_exploitation", "bn-Latn",
  "boss bolse ajke theke spa te massage er sathe 'extra' dite hobe. na dile ticket er taka ferot dite hobe. ami ki korbo apa, ami to eisob kaj korte ashi nai")
F("sexual_exploitation", "bn-Latn",
  "Pune theke Kolkata pathabe bolse, onno bari te. ekhankar malik ta bolse amake bikri kore dise, notun jaygay notun rate.")
F("sexual_exploitation", "en",
  "two Bangladeshi girls arriving tuesday via Benapole, one fair one dark, rate fixed with Shefali masi. keep them inside first 2 weeks till they get used. call masi 9007 312 846",
  [("phone", "+919007312846")])
F("sexual_exploitation", "en",
  "I was told spa therapist. First night the manager took me to a hotel room and said this is the real job, the massage is only for the licence.")

# ---- minors (8): bn 3, bn-Latn 2, en 3
F("minors", "bn",
  "মেয়েটার বয়স ১৪, কিন্তু কাগজে ১৯ বানায় দিছি, জন্ম নিবন্ধন নতুন কইরা করা। কাস্টমার বয়স জিগাইলে ১৮ কবি, শিখায় দিও।")
F("minors", "bn",
  "আমি ক্লাস সেভেনে পড়তাম, ফেসবুকে ভাইয়াটার সাথে পরিচয়। কইছিলো বিয়ে করবে, বর্ডার পার কইরা এক মহিলার কাছে রাইখা চইলা গেছে।")
F("minors", "bn",
  "দাদা ছোট মাল আছে, ১৫-১৬ বছর, একদম নতুন, গ্রামের। রেট একটু বেশি পড়বে।")
F("minors", "bn-Latn",
  "meye ta choto, 13 bochhor. oke Dubai te bari r kaj e lagabo, kintu NID te boyosh 25 deoa lagbe, 4617229053 number e notun kore banaisi. oi karone 1 lakh beshi.",
  [("bd_nid", "4617229053")])
F("minors", "bn-Latn",
  "kishori meye lagbe, class 8/9 er, gramer, kauke chine na emon. Kolkata hotel e kaj, family ke 20 hajar advance dibo, boyosh niye tension nai")
F("minors", "en",
  "Passport says 21 but she is 15, ask no questions at the airport. Teach her to say she is going to her husband.")
F("minors", "en",
  "im 15, they told the police im 19. please tell my ammu im in a house in pune, not in garments. they said if I tell my age they beat me")
F("minors", "en",
  "School girls 🍒 new stock 💗 real Bangla, small age, Kolkata. call Raju 98310 46275",
  [("phone", "+919831046275")])

# ---- payments_and_proceeds (7): bn 2, bn-Latn 2, en 3
F("payments_and_proceeds", "bn",
  "ওর বাড়ির লোকরে কও ছাড়াইতে চাইলে ৫০ হাজার বিকাশ করতে 01864-229317 নম্বরে, ক্যাশ আউট চার্জ সহ। টাকা না আসলি মেয়ে আর ফেরত যাবে না।",
  [("phone", "+8801864229317")])
F("payments_and_proceeds", "bn",
  "আজকের কালেকশন ৪২ হাজার। ১৫ হাজার নগদে পাঠাইলাম, TxnID 7K3MQ9PA। বাকিটা হুন্ডিতে দুবাই যাবে, মেয়েদের ভাগ খাতায় লিখে রাখছি, ওদের হাতে কিছু দিও না।",
  [("mfs_transaction", "7K3MQ9PA")])
F("payments_and_proceeds", "bn-Latn",
  "dalal bhai bolse visa r taka 3 bhag kore pathate, 3 ta alada bKash e, jate dhora na pore: 01713-558204, 01920-447615, baki ta agent er dokane cash.",
  [("phone", "+8801713558204"), ("phone", "+8801920447615")])
F("payments_and_proceeds", "bn-Latn",
  "customer er taka amader hate dey na, sob manager er UPI te jay. manager bole pore crypto wallet e rakhe, ei " + ETH1 + " address e. ma ke pathate chaile or hundi r lok diye pathay, 30% kete.",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  "payment for the two girls done in USDT TRC20 to " + TRON1 + " , confirm and hand them over at the border post before 6.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Send the 'visa processing' 35,000 to bKash, TrxID 9BQ4JX7TLM, then screenshot to Telegram @dubai_visa_desk_bd. No receipt will be given, don't tell the BMET office anything.",
  [("mfs_transaction", "9BQ4JX7TLM"), ("telegram", "@dubai_visa_desk_bd")])
F("payments_and_proceeds", "en",
  "ads renewed on the site, paid BTC to " + BTC1 + ". put the new girls' pics tonight, number stays same. her share goes to the house account as usual.",
  [("btc_address", BTC1)])

# ---- threats_and_coercion (8): bn 3, bn-Latn 3, en 2
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করলি তোর ছবি ভিডিও সব তোর গ্রামে পাঠায়ে দিবো। তোর বাপ মা মুখ দেখাইতে পারবে না কারো কাছে।")
F("threats_and_coercion", "bn",
  "পুলিশের কাছে গেলি তোরে অবৈধ কয়ে জেলে দিবে, বাংলাদেশি মেয়েগের এখানে কেউ বাঁচায় না। চুপচাপ কাজ কর।")
F("threats_and_coercion", "bn",
  "আপনার মেয়ে মামলা না তুললে আপনার ছোট ছেলেডার খবর আছে। যশোর কোর্টে আর যাবেন না, বুঝে শুনে চলেন।")
F("threats_and_coercion", "bn-Latn",
  "kal rat e Rupa ke current dise karon se customer er samne kanna korse. amake o bolse erokom korle same hobe. ami khub bhoy paitesi")
F("threats_and_coercion", "bn-Latn",
  "shelter e kisu bolle tor bon ke o niye jabo, amra jani o kon school e pore, kokhon chuti hoy. mukh bondho rakhis.")
F("threats_and_coercion", "bn-Latn",
  "tui jodi police ke phone dis amra bolbo tui churi korsis, 5 bochhor jail. passport amar kache, tui kothao jete parbi na, mone rakhis")
F("threats_and_coercion", "en",
  "You ran away from the spa, madam has filed absconding case. Come back quietly and pay 5000 AED or you will be deported with ban and your family gets nothing. Call madam today +971 56 990 2314",
  [("phone", "+971569902314")])
F("threats_and_coercion", "en",
  "We know your mother's house in Sharsha. If the girl gives statement to the NGO people, don't blame us for what happens after.")

# ================================================================ OK (60)
# ---- bn (20)
N("news", "bn",
  "বেনাপোল সীমান্ত দিয়ে ভারত থেকে পাচারের শিকার ১২ জন নারী ও শিশুকে ফেরত আনা হয়েছে। তাদের যশোরের একটি বেসরকারি সংস্থার আশ্রয়কেন্দ্রে রাখা হয়েছে বলে জানিয়েছে বিজিবি।")
N("news", "bn",
  "দুবাইয়ে হোটেলে চাকরির কথা বলে নারী পাচার চক্রের দুই সদস্যকে গ্রেফতার করেছে র‍্যাব-৬। তাদের কাছ থেকে ১৪টি পাসপোর্ট ও কয়েকটি ভুয়া ভিসা উদ্ধার করা হয়।")
N("awareness", "bn",
  "বিদেশে কাজের কথা বলে কেউ আপনার পাসপোর্ট নিজের কাছে রাখতে চাইলে দেবেন না। বিএমইটি নিবন্ধন ছাড়া বিদেশ যাবেন না। নারী ও শিশু নির্যাতন প্রতিরোধে ফোন করুন ১০৯।")
N("official", "bn",
  "সরকার নির্ধারিত অভিবাসন ব্যয়: সৌদি আরবে নারী গৃহকর্মীর জন্য কোনো খরচ নেই। রিক্রুটিং এজেন্সি টাকা দাবি করলে জেলা কর্মসংস্থান ও জনশক্তি অফিস, যশোরে অভিযোগ করুন। ফোন: ০৪২১-৬৮৮৪২",
  [("phone", "+88042168842")])
N("receipt", "bn",
  "নগদ: আপনার অ্যাকাউন্টে ৩,০০০ টাকা ক্যাশ ইন সফল হয়েছে। TxnID: 73HX2KQB। বর্তমান ব্যালেন্স ৩,৪৫০.৭৫ টাকা।",
  [("mfs_transaction", "73HX2KQB")])
N("family", "bn",
  "মা, আপার পাসপোর্টটা আলমারির উপরের তাকে রাখছি, হারায় না যেনো। সামনের মাসে ওর বিয়ে, পরে দুলাভাই ইন্ডিয়া নিয়ে যাবে ঘুরতে।")
N("family", "bn",
  "আব্বু দুবাই থেকে টাকা পাঠাইছে, বিশ হাজার। কইছে ঈদের আগে আরেকবার পাঠাবে, কোম্পানিতে এখন ওভারটাইম পাচ্ছে। আম্মুর বিকাশ ০১৭৪৫-৬০৩৯২১ এ আসছে।",
  [("phone", "+8801745603921")])
N("worker_content", "bn",
  "আলহামদুলিল্লাহ আপা, হাসপাতালের ক্লিনারের কাজটা ভালো। বেতন প্রতি মাসের ২৮ তারিখে ব্যাংকে আসে, শুক্রবার ছুটি, পাসপোর্ট নিজের কাছেই আছে।")
N("chatter", "bn",
  "কাল সকালে মেয়েদের সেলাই ক্লাস, দশটায় শুরু। রুমানা আপা দুপুরের পরে কাউন্সেলিং নিবেন। বাজারের লিস্ট অফিসের টেবিলে রাখে গেলাম।")
N("joke", "bn",
  "বউ কয় দুবাই যাবা? আমি কই তোর রান্না খায়েই তো আমি বন্দি, আর কোন জেলে যাবো 😂")
N("family", "bn",
  "খালা, মেয়ের জন্যি ছেলে দেখতিছি, ছেলে মালয়েশিয়া থাকে, ভালো বেতন। বিয়ের পরে মেয়েরেও নিয়ে যাবে কইছে, আগে সব কাগজপত্র দেখাবে, আমরা খোঁজ নিচ্ছি।")
N("news", "bn",
  "যশোরে মানবপাচার মামলায় এক নারীকে যাবজ্জীবন কারাদণ্ড দিয়েছে আদালত। ২০১৯ সালে এক কিশোরীকে ভারতে পাচারের অভিযোগ প্রমাণিত হয়েছে।")
N("awareness", "bn",
  "কিশোরীদের জন্য সচেতনতা সভা: ফেসবুকে অপরিচিত কারো প্রেমে পড়ে বাড়ি ছাড়বেন না, কাজের লোভে সীমান্ত পার হবেন না। বিস্তারিত জানতে ০১৭৩০-০৮৮৪২৫",
  [("phone", "+8801730088425")])
N("official", "bn",
  "প্রিয় আবেদনকারী, আপনার ই-পাসপোর্ট (A09173362) প্রস্তুত। আঞ্চলিক পাসপোর্ট অফিস, যশোর থেকে মূল রসিদ দেখিয়ে সংগ্রহ করুন।",
  [("bd_passport", "A09173362")])
N("chatter", "bn",
  "আজকে বাজারে ইলিশের দাম অনেক, নয়শো টাকা কেজি। তুমি আসার সময় এক হালি ডিম আনিও।", hard=False)
N("chatter", "bn",
  "কাল বৃষ্টি হলি আমি অফিসে আসতে দেরি করবো, ভ্যান পাওয়া যায় না।", hard=False)
N("family", "bn",
  "ভাবি, রিনার চাকরিটা হয়ে গেছে, ঢাকায় গার্মেন্টসে। মেসে তিনজন মেয়ে মিলে থাকবে, প্রতি সপ্তাহে ফোন দেবে কইছে।")
N("worker_content", "bn",
  "শিলার বোন দুবাইয়ে নিজে বিউটি পার্লার চালায়, ট্রেড লাইসেন্স ওর নামে। ভিডিও কলে দোকান দেখাইলো, অনেক সুন্দর সাজাইছে।")
N("official", "bn",
  "বিএমইটি: আপনার স্মার্ট কার্ড (বহির্গমন ছাড়পত্র) ইস্যু হয়েছে। নিয়োগকর্তা: Al Noor Hospital, আবুধাবি। বিমানবন্দরে প্রদর্শন করুন।")
N("chatter", "bn",
  "সন্ধ্যায় ছাদে আসিস, ঘুড়ি উড়াবো। ভাইয়া নতুন নাটাই আনছে।", hard=False)

# ---- bn-Latn (20)
N("family", "bn-Latn",
  "Apu passport er chobi ta abar tulte hobe, background white lagbe. kal studio te jabo, tumi NID ta niye aisho. number ta 19964117625003318 na?",
  [("bd_nid", "19964117625003318")])
N("family", "bn-Latn",
  "Ammu bolse Dubai theke mama ashle amar biye r kotha pakka korbe. ami bolsi age exam shesh hok 😒")
N("worker_content", "bn-Latn",
  "Dubai te salon e 2 bochhor holo, malik bhalo, beton mash e 2200 dirham, room e 3 jon. December e chuti te bari ashbo, ticket company dibe. amar kaj dekho insta te @salon_by_mim_dxb",
  [("instagram", "@salon_by_mim_dxb")])
N("family", "bn-Latn",
  "bhai 5000 pathalam bKash e, TrxID BH7Q2MK9XA. ammu r oshudh er jonno, baki ta pore dibo.",
  [("mfs_transaction", "BH7Q2MK9XA")])
N("joke", "bn-Latn",
  "tui to amake bikri kore dili bhai, 3 ta singara te 😂 next time treat tor")
N("chatter", "bn-Latn",
  "madam aj class nibe na, assignment jomar date porer shoptaho. group e share koris.")
N("awareness", "bn-Latn",
  "Facebook e 'Dubai hotel job, free visa' type post dekhle share korben na. age BMET er site e agency license check korun. Probash Bandhu helpline 16135.")
N("news", "bn-Latn",
  "bhai news dekhsen? Benapole te 7 jon meye ke BGB uddhar korse, dalal palaise. Jessore er meye naki 3 jon.")
N("family", "bn-Latn",
  "kaku bolse Rina ke Kolkata niye jabe chokh er doctor dekhate, passport visa sob ready. 10 din thakbe, kaki o jabe sathe.")
N("worker_content", "bn-Latn",
  "hotel er job ta bhalo lagtese, shift 8 ghonta, 2 din off. manager ektu ragi kintu thik ase, overtime er taka o dey.")
N("chatter", "bn-Latn",
  "oi spa ta te gesi kal, foot massage 1500 taka, ekdom relax 😌 tor birthday te ekta voucher dibo")
N("family", "bn-Latn",
  "apa bari theke phone ashse, nana r shorir kharap. ami ki shelter theke 2 diner chuti nite pari? bhaiya nite ashbe.")
N("joke", "bn-Latn",
  "amar boss amar passport rakhe nai, kintu amar lunch box rakhse 😭")
N("official", "bn-Latn",
  "Al-Madina Overseas (RL-1423): Saudi hospital cleaner, female, beton 1500 SAR, sorkari fee 0 taka, BMET registration badhyotamulok. kono dalal er maddhome asben na. office Jashore, 01711-406982",
  [("phone", "+8801711406982")])
N("chatter", "bn-Latn",
  "bhai kal khela ache, 4 tay math e chole ashish.", hard=False)
N("chatter", "bn-Latn",
  "ami rastay, 10 minute lagbe. tumi khete shuru koro.", hard=False)
N("family", "bn-Latn",
  "ma ke bolo chinta na korte, ami hostel e bhalo achi, porikkha r por bari ashbo. phone e taka nai tai kom call dei")
N("chatter", "bn-Latn",
  "tor insta te notun chobi ta sei hoise, @nusrat.jsr ke tag kor", [("instagram", "@nusrat.jsr")], hard=False)
N("joke", "bn-Latn",
  "debt shodh korte korte jibon shesh, credit card er bill abar ashse 🥲")
N("awareness", "bn-Latn",
  "Assalamualaikum, ami shelter theke bolchi. Shirin er court date 12 tarikh, apnara sathe asben. jatayat khoroch amra dibo, kono somossa hole 01799-254130 e phone diben.",
  [("phone", "+8801799254130")])

# ---- en (20)
N("news", "en",
  "Mumbai police rescued 9 women including 4 Bangladeshi nationals from a flat in Vashi; two accused were arrested and the women moved to a government shelter pending repatriation.")
N("news", "en",
  "Dubai Police bust fake job ring that lured women with hotel offers; 5 held, victims to be repatriated with embassy help.")
N("awareness", "en",
  "Never hand your passport to a recruiter or employer, it is your legal right to keep it. If the job is not what you were promised, call the Bangladesh Embassy labour wing or the Probashi helpline +880 9610 102030.",
  [("phone", "+8809610102030")])
N("official", "en",
  "BMET notice: migration cost for female domestic workers to KSA is zero. Workers must finish pre-departure training at a TTC. Verify licensed agencies at https://www.bmet.gov.bd/agencies",
  [("url", "https://www.bmet.gov.bd/agencies")])
N("receipt", "en",
  "You have received Tk 12,000.00 from 01819774203. Ref: salary. Fee Tk 0.00. Balance Tk 12,455.20. TrxID CKB3L7N9QE at 02/12/2026 10:41",
  [("phone", "+8801819774203"), ("mfs_transaction", "CKB3L7N9QE")])
N("worker_content", "en",
  "Alhamdulillah got my first salary today 1600 AED, sent home already. roommates from Khulna and Sylhet, all good people. company gave my Emirates ID in 2 weeks.")
N("family", "en",
  "bhaiya can you check flight prices Dhaka-Dubai for Abbu in January? he wants to visit chacha, visit visa done already.")
N("joke", "en",
  "my mother in law has confiscated my phone during dinner AGAIN. someone call the UN 😂")
N("chatter", "en",
  "the spa at that hotel was overpriced tbh, 400 dirham for one hour massage, never again")
N("official", "en",
  "Your Indian visa application (Medical) has been approved. Application ID BGDJ3F1276. Collect your passport from IVAC Jessore after 3 pm.")
N("awareness", "en",
  "Staff session today: how to go through a survivor's phone with her, consent form signed first, never forward her photos to your personal WhatsApp.")
N("family", "en",
  "Auntie we will send the proposal biodata for Tania next week. The boy is a doctor at Khulna Medical, family is very decent, they want a small wedding.")
N("news", "en",
  "Jessore court frames charges against three in a teen trafficking case; the survivor, now 19, testified by video link from the shelter.")
N("chatter", "en",
  "new number, save it. old SIM lost at the wedding lol +880 1558 932417",
  [("phone", "+8801558932417")], hard=False)
N("chatter", "en",
  "meeting moved to 3pm, bring the laptop charger pls", hard=False)
N("chatter", "en",
  "happy birthday Mitu!! 🎂🎉 have a great year", hard=False)
N("official", "en",
  "Dear applicant, your interview with Emirates Hospitality Group is confirmed for 14 Dec at the Westin Dhaka. Bring CV and original certificates. No fee is charged at any stage. Queries: careers.bd@ehg-group.ae",
  [("email", "careers.bd@ehg-group.ae")])
N("worker_content", "en",
  "nursing job in Riyadh is hard but fair. 12 hour shifts, overtime paid, passport in my own locker and I go shopping with my friends on off day.")
N("joke", "en",
  "bro we are basically bonded labour to this landlord, rent up AGAIN 😤")
N("chatter", "en",
  "pls pick up Riya from coaching at 6, I'm stuck in traffic", hard=False)


# ---------------------------------------------------------------- checks
def check(items):
    assert len(items) == 120, len(items)
    lab = Counter(i["label"] for i in items)
    assert lab["flag"] == 60 and lab["ok"] == 60, lab
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    cats = Counter(i["category"] for i in items if i["label"] == "flag")
    assert len(cats) == 8 and all(7 <= v <= 8 for v in cats.values()), cats
    for cat in cats:
        sc = Counter(i["script"] for i in items if i["category"] == cat)
        assert len(sc) == 3 and max(sc.values()) - min(sc.values()) <= 1, (cat, sc)
    assert len({i["text"] for i in items}) == 120, "duplicate text"
    for i in items:
        text = i["text"]
        tdig = re.sub(r"\D", "", text.translate(BN_DIGITS))
        for e in i["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert v.startswith("+"), v
                d = v[1:]
                nsn = d[3:] if d.startswith("880") else d[2:]
                assert d in tdig or nsn in tdig, (t, v, text)
            elif t == "bd_nid":
                assert v.isascii() and v in text.translate(BN_DIGITS), (v, text)
            elif t in ("telegram", "instagram"):
                assert v.startswith("@") and (v in text or v[1:] in text), (v, text)
            elif t == "eth_address":
                assert v == v.lower() and v in text.lower(), v
            else:
                assert v in text, (t, v, text)
            if t == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v)
            if t in ("btc_address", "tron_address"):
                n = 0
                for ch in v:
                    n = n * 58 + B58.index(ch)
                raw = n.to_bytes(25, "big")
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
                assert raw[0] == (0 if t == "btc_address" else 0x41)
        if "wa.me/" in text:
            assert any(e["type"] == "whatsapp" for e in i["entities"])
        if "@" in text:
            assert any(e["type"] in ("telegram", "instagram", "email") for e in i["entities"]), text


def main():
    check(ITEMS)
    items = list(ITEMS)
    random.Random(144).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev144-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
