"""Blind evaluation set dev123 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only the
brief and sections 1 and 2.1 of the shared indicator notes.
Persona: a field officer of a small NGO working in the brick kilns around Dhaka and Narayanganj,
where families from Gaibandha and Kurigram come on a sardar's 'dadon' advance, children carry bricks
and girls are sent on to houses in the city, reading sardars', owners', workers' and relatives'
messages.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev123.jsonl"
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


BTC1 = btc("dev123-btc-1")
TRON1 = tron("dev123-tron-1")
ETH1 = eth("dev123-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "সর্দার গ্রামে আইসা কইছিল হাজার ইটে ৬০০ টাকা দিবো, থাকা খাওয়া ফ্রি। এহানে আইসা দেহি ৩৫০ কইরা দেয়, ঘরভাড়াও কাটে। জিগাইলে কয় ওইটাই নাকি কথা আছিল।")
F("recruitment_deception", "bn",
  "মালয়েশিয়ার কামের ভিসা কইয়া ৫ লাখ নিছে, এয়ারপোর্টে গিয়া দেখে টুরিস্ট ভিসা। দালাল কয় ওইহানে গেলে কোম্পানি কামের ভিসা বানায়া দিবো, চিন্তা নাই।")
F("recruitment_deception", "bn",
  "আপা, মাইয়াডারে কইছিল গার্মেন্সে হেলপারের কাম, মাসে আট হাজার। নিয়া তুলছে এক বাসায়, এখন কয় গার্মেন্স বন্ধ, বাসার কামই করো। বেতনের কথা কেউ মুখে আনে না।")
F("recruitment_deception", "bn-Latn",
  "bhai ami to bhatay aslam rannar kaj er kotha shune, sardar nijei bolsilo. ekhon shara din kacha it tanay, bole prothom theke naki eta e kotha chilo. bou ke ki bolmu")
F("recruitment_deception", "bn-Latn",
  "Dubai te cleaner er kaj bole niye gelo, airport theke soja moru te uter khamar e. company r nam o onno, contract e ja likha chilo kisui mele na. dalal phone dhore na")
F("recruitment_deception", "bn-Latn",
  "Saudi free visa 🇸🇦 company te kaj ready, iqama company korbe, beton 1500 riyal fix, overtime alada. 4 lakh e full package, 45 din e flight. imo 01556 112 233",
  [("phone", "+8801556112233")])
F("recruitment_deception", "en",
  "They told my brother it was a factory job in Kuala Lumpur, 1800 ringgit. 5 months now he is on a palm estate in Pahang and the agent (+60 12-345 6789) says the factory paper was just for immigration.",
  [("phone", "+60123456789")])
F("recruitment_deception", "en",
  "bro just tell them 15k salary and 8 hr duty, that paper is only for BMET show. real job they will see after landing, dont worry they cant come back anyway")

# ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "দাদনের ২৫ হাজার শোধ না হওয়া পর্যন্ত কোনো পরিবার বাড়ি যাইতে পারবো না, সর্দার পরিষ্কার কইয়া দিছে। হপ্তার খোরাকির টাকা থাইকাও অর্ধেক কাইটা রাখে।")
F("fees_and_debt", "bn",
  "মা, হামার দাদন নাকি এলাও ১৮ হাজার বাকি। চাইর মাস কাম করনু, সর্দার খাতা দেখি কয় উল্টা বাড়ি গেইছে। মুই বুঝবার পাং না কেমন করি।")
F("fees_and_debt", "bn",
  "তোর বাপে যে টাকা নিছিল ওইটা তুই কাম কইরা শোধ দিবি। না পারলে সামনের মৌসুমে তোর ছোট ভাইও আইবো, কথা পাকা।")
F("fees_and_debt", "bn-Latn",
  "sardar bole dadon er 30 hajar er upor ekhon sud 6 hajar, tar upor ghor bhara, chaler dam sob katse. 2 soptahe haate dilo 200 taka. ei hishab e amra jibone bari jaite parbo na")
F("fees_and_debt", "bn-Latn",
  "Visa processing 3 lakh 80 hajar. Saudi pouchanor por company ke aro 1 lakh dite hobe, na dile iqama hobe na, kaj o pabe na. seat kom, joldi knock din wa.me/8801712009988",
  [("whatsapp", "+8801712009988")])
F("fees_and_debt", "bn-Latn",
  "vai Jeddah aisa 7 mash, dalal er 4 lakh er loan ekhono 2 lakh baki. kofil protimash beton theke 600 riyal kaite rakhe oi loan er jonno, haate thake 200")
F("fees_and_debt", "en",
  "Your father took 40000 advance, his NID 1987451236 is on the paper with thumb. boy will stay til season end, half weekly khoraki cut for advance. nobody go home before clear.",
  [("bd_nid", "1987451236")])
F("fees_and_debt", "en",
  "Madam I paid 5 lakh to agent for Malaysia, they say govt fee is 79k only. now in KL they say pay 2000 ringgit more for permit or no job. i have nothing left, my mother sold the cow already")

# ---- isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "ভাটার গেট রাইতে তালা দেয়, দিনে সর্দারের ভাইগ্না লাঠি নিয়া বইসা থাকে। হাটে যাইতে হইলেও ওর লগে যাওন লাগে, একলা কেউ বাইর হইতে পারে না।")
F("isolation_and_control", "bn",
  "মেয়েটার মোবাইল বাড়িওয়ালি নিয়া রাখছে। মাসে একবার মায়ের লগে কথা কওয়ায়, তাও পাশে বইসা শোনে কী কয়।")
F("isolation_and_control", "bn",
  "কেউ জিগাইলে কইবি তুই আমার ভাতিজি, বেড়াইতে আইছস। কামের কথা, টাকার কথা কাউরে কবি না, বারান্দায়ও যাবি না।")
F("isolation_and_control", "bn-Latn",
  "amar passport no A09876543, oita kofil er kase, bole chutite jawar shomoy dibe. room theke ber hote dey na, supervisor bahir theke tala mare",
  [("bd_passport", "A09876543")])
F("isolation_and_control", "bn-Latn",
  "ammu amare phone dite dey na, ei number ta driver chachar 01934567812, lukaiya dilam. kal abar kemne kotha bolmu jani na, ke jani dekhe felbe",
  [("phone", "+8801934567812")])
F("isolation_and_control", "bn-Latn",
  "NGO r apa ashle bolbi tor boyosh 18, nijer icchay ashchis, sardar tor chacha. beshi kotha bolbi na, ar kono kagoj e shoi dibi na")
F("isolation_and_control", "en",
  "Sir the owner keeps all workers NID cards in his office drawer and says nobody leaves before kiln closes. 2 families tried to go on Friday, the guard brought them back from the bus stand.")
F("isolation_and_control", "en",
  "Dont let her talk to the neighbours or the building guard. If anyone from her village calls say she is sleeping, and keep her phone with you.")

# ---- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "ভোর ৪টা থাইকা রাইত ৯টা পর্যন্ত কাঁচা ইট টানায়, হপ্তায় একদিনও বন্ধ নাই। জ্বর নিয়াও লাইনে দাঁড়াইতে হয়, না দাঁড়াইলে সেদিনের খোরাকি নাই।")
F("labour_exploitation", "bn",
  "তিন মাস হইলো একটা টাকাও দেয় নাই, মালিক কয় মৌসুম শেষে একলগে দিবো। খাওনের চাইল নিজের পয়সায় কিনা লাগে, ধার কইরা চলতাছি।")
F("labour_exploitation", "bn",
  "চুলার উপরে কয়লা দেওনের কামে দিছে, পায়ে জুতা নাই, মুখে কিছু নাই। পরশু রহিমের পা পুইড়া গেছে, মালিক ডাক্তারও দেখায় নাই, কয় কাম না করলে ভাত নাই।")
F("labour_exploitation", "bn-Latn",
  "amader 12 jon ke arek bhatay diye dise, Munshiganj er dike. sardar bole oi malik er kase taka nisilo tai ekhon amader oikhane kaj korte hobe, amra kisui jantam na")
F("labour_exploitation", "bn-Latn",
  "arbab 18 ghonta kaj koray, ek bela khaite dey, shudhu khobush r pani. 9 mash er beton baki, chaile bole pore dibo, beshi chaile bole desh e pathay dibo")
F("labour_exploitation", "bn-Latn",
  "bhai ektu help koren, khola te amra 6 jon, puro din rode mati kati, raite abar it sajai. ghum 4 ghonta, pani khaite gele o gali dey")
F("labour_exploitation", "en",
  "Sir my wife works in that house from 5 am to midnight, no day off in 8 months. Madam says her salary is being kept safe and she will get it when contract finish. Not one riyal yet.")
F("labour_exploitation", "en",
  "my husband is unloading hot bricks from chamber 14 hrs a day, no gloves no mask, coughing blood now. owner says who cant work go home but first pay back the advance")

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "পলাইয়া গেলে তোর বাপ-মায়ের নামে থানায় চুরির মামলা দিমু। দাদনের কাগজে টিপসই আছে, মনে রাখিস, গাইবান্ধার থানায়ও আমার লোক আছে।")
F("threats_and_coercion", "bn",
  "কাইল রাইতে সর্দার হাসানরে বেল্ট দিয়া পিটাইছে সবার সামনে। কয় বেশি কথা কইলে ভাটার আগুনে ফালাইয়া দিবো, কেউ টেরও পাইবো না।")
F("threats_and_coercion", "bn",
  "তোর যে ছবিগুলা আমার মোবাইলে আছে, কাম ছাইড়া গেলে সব তোর গ্রামের মাইনষেরে পাঠামু। চুপচাপ যা কইছি তাই কর।")
F("threats_and_coercion", "bn-Latn",
  "kofil bolse huroob kore dibe, tokhon police dhorle jail e thakbi, desh e r jaite parbi na. chup chap kaj kor, beton er kotha r tulbi na")
F("threats_and_coercion", "bn-Latn",
  "tui jodi NGO r kache jaish tor choto bon ke tule nibo. Gaibandha te amader lok ache, tor ma ki kore haat e jay shob jani. bhule jais na")
F("threats_and_coercion", "en",
  "If she runs again we will tell police she stole gold from the house. Her mother will be arrested in village, understand? Tell her this.")
F("threats_and_coercion", "en",
  "Boss said anyone talking to the NGO apa will be beaten and get no wages for the season. yesterday they slapped Rashida's husband in front of everyone to show us")

# ---- minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১২, তয় জন্মনিবন্ধনে ১৮ বানাইয়া দিমু, ইউনিয়ন পরিষদে আমার লোক আছে। তাইলে ঢাকায় কেউ কিছু কইতে পারবো না।")
F("minors", "bn",
  "ছোট পোলাপানগুলারে দিয়া দিনে ৫০০-৬০০ ইট টানায়। ইস্কুলের লোক বা এনজিও আইলে পিছনের ঘরে ঢুকাইয়া দরজা দিয়া দেয়।")
F("minors", "bn-Latn",
  "Dhanmondi r ek basay kajer meye lagbe, 10-11 bochor hoile bhalo, choto meye kotha shone. mashe 3000 taka baba ke pathay dibo, eid e o bari jabe na prothom bochor")
F("minors", "bn-Latn",
  "Rina r biye thik hoise Chattogram er ek loker shathe, boyosh to 14, kagoj e 18 likhbe. chele pokkho bole biyer por Dubai niye jabe kaj korte")
F("minors", "bn-Latn",
  "sardar bolse 8 bochor er upor shob bacchader nam o khatay likhate, tahole dadon beshi pabi. bacchara kacha it ulte dibe, shukale shukale")
F("minors", "en",
  "Need 2 small girls for house work in Mirpur and Uttara, 9 to 12 yrs best. Family must not visit first year. Advance given to parents. call 01987654321",
  [("phone", "+8801987654321")])
F("minors", "en",
  "Sir, Kulsum is only 13. The sardar sent her from the kiln to a flat in Mohammadpur last month. The lady says she is like a daughter but she works all day and sleeps on the kitchen floor.")

# ---- sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "ঢাকায় পার্লারের কাম কইয়া নিছিল, এখন একটা হোটেলে রাখছে, রাইতে লোক পাঠায় রুমে। মাইয়াডা ফোনে খালি কান্দে, কয় আম্মা আমারে নিয়া যাও।")
F("sexual_exploitation", "bn",
  "নতুন দুইটা মেয়ে আইছে উত্তরবঙ্গ থাইকা, গ্রামের, একদম নতুন। রাইত প্রতি ৬ হাজার, হোটেল আমরা দিমু। আগে বিকাশ পরে ঠিকানা। টেলিগ্রামে নক দেন @raatrani_dhk",
  [("telegram", "@raatrani_dhk")])
F("sexual_exploitation", "bn",
  "ম্যাডাম কইছে খদ্দেরের লগে না গেলে এই মাসে বাড়িতে টাকা পাঠাইতে দিবো না, আর ঋণের টাকা দ্বিগুণ লেইখা দিবো।")
F("sexual_exploitation", "bn-Latn",
  "Dubai spa te kaj, salary 2500 dirham + tips. shudhu sundori meye lagbe 18-25, raate guest der room e service dite hobe, lojja korle cholbe na. wa.me/8801823456719",
  [("whatsapp", "+8801823456719")])
F("sexual_exploitation", "bn-Latn",
  "aj raate video call e show korte hobe, customer wait korche. na korle ager video gula tor jamai r kase chole jabe, bujhli?")
F("sexual_exploitation", "en",
  "new girls from north Bengal available 🌹 fresh, hotel service Gazipur & Ashulia, full night or short. call 01798765432 only whatsapp, no police no drama",
  [("phone", "+8801798765432")])
F("sexual_exploitation", "en",
  "They said she would work at a beauty parlour in Banani. Now the manager keeps her in the residential hotel upstairs and takes all the money the customers pay.")

# ---- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "সর্দারের বিকাশে ৫০০০ পাঠাইছি, TrxID 9FH3KD72LQ। কইছে মাইয়ারে ছাড়বো, বাকি ১৫ হাজার কাইলকার মধ্যে দিতে হইবো, নাইলে ছাড়বো না।",
  [("mfs_transaction", "9FH3KD72LQ")])
F("payments_and_proceeds", "bn",
  "এই মাসে মেয়েগুলার বেতন সব দালালের নগদে যাইবো ০১৬২৩৪৫৮৯০১, ওদের হাতে এক টাকাও দিবা না, বাড়িতেও পাঠাইবা না।",
  [("phone", "+8801623458901")])
F("payments_and_proceeds", "bn-Latn",
  "Malaysia r 6 ta cheler family theke baki taka hundi te nibi, Sajib er dokan e. ek bkash e 25k er beshi na, alada alada number e tulbi, bank e ekdom na")
F("payments_and_proceeds", "bn-Latn",
  "passport ferot chaile 20 hajar pathao Nagad e 01811234567, TxnID er screenshot dibi. taka na ashle passport puraye felbo",
  [("phone", "+8801811234567")])
F("payments_and_proceeds", "bn-Latn",
  f"dalal er share 1200 USDT, ei address e TRC20 pathabi: {TRON1} . bkash e na, oita dhora khay",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Send the girls fee to this wallet only, no bank no bkash: {BTC1} . After confirm I release the passports.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Agent wants 85,000 through bKash before the boy is let go from the camp, in 4 parts to 4 numbers. Last one sent, TrxID 8GT5MN2KXA. He says 2 more tonight.",
  [("mfs_transaction", "8GT5MN2KXA")])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn",
  "নারায়ণগঞ্জের রূপগঞ্জে একটি ইটভাটা থেকে ২৩ শিশুসহ ৪১ শ্রমিককে উদ্ধার করেছে র‍্যাব। দাদনের টাকা শোধের নামে তাদের আটকে রাখা হয়েছিল বলে অভিযোগ। ভাটার মালিক পলাতক।")
N("news", "bn",
  "মানবপাচার মামলায় গাইবান্ধার এক দালালকে যাবজ্জীবন কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। মালয়েশিয়ায় চাকরির কথা বলে ১২ জনের কাছ থেকে টাকা নিয়েছিলেন তিনি।")
N("news", "bn",
  "সৌদি আরবে গৃহকর্মীর কাজে গিয়ে নির্যাতনের শিকার হয়ে দেশে ফিরেছেন আরও ৩৫ নারী। বৃহস্পতিবার রাতে তারা শাহজালাল বিমানবন্দরে পৌঁছান।")
N("news", "en",
  "Dhaka, Dec 3: CID arrested three members of a gang that lured young women from Kurigram with promises of parlour jobs and sold them to hotels in Cox's Bazar, police said.")
N("news", "en",
  "BFIU has frozen 230 bKash, Nagad and Rocket accounts suspected of being used for digital hundi, according to a CID statement on Tuesday.")
N("news", "en",
  "Court jails Narayanganj kiln owner for 7 years over debt bondage; nine Gaibandha families were kept two seasons without wages, the prosecutor said.")
N("news", "bn-Latn",
  "*Forwarded* Savar e ekta bhata theke 15 jon shishu uddhar, tara protidin 10-12 ghonta it tanto bole jana gese. malik ke greftar korse police. details link e")

# ---- awareness (7)
N("awareness", "bn",
  "সতর্কতা: বিদেশে যাওয়ার আগে পাসপোর্ট কখনো দালালের হাতে দেবেন না। সরকার নির্ধারিত খরচ জানতে প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
N("awareness", "bn",
  "ইটভাটায় দাদন নিয়ে যাওয়ার আগে সর্দারের সাথে লিখিত হিসাব রাখুন। শিশুদের দিয়ে ইট টানানো আইনত অপরাধ। বিপদে পড়লে ৯৯৯ এ ফোন করুন।")
N("awareness", "bn",
  "মেয়েকে 'পার্লারে ভালো চাকরি' বা 'বিদেশে বিয়ে' — এমন প্রস্তাবে সাবধান। অচেনা লোকের কথায় মেয়েকে শহরে পাঠাবেন না, আগে খোঁজ নিন।")
N("awareness", "bn-Latn",
  "Apnar meye ke Dhaka te basar kaje pathanor age maliker thikana, phone number rakhun, protimash kotha bolun. 18 er niche meye ke basar kaje deya oporadh.")
N("awareness", "bn-Latn",
  "Bhata sromik bhai-bon der jonno: dadon er hishab nijer khatay likhe rakhun, tipshoi dewar age kagoj pore shunun. kono shomossha hole jogajog korun Shapla apa 01812 334 556",
  [("phone", "+8801812334556")])
N("awareness", "en",
  "Warning: 'customer service' jobs in Cambodia or Myanmar with $1500 salary and free flight are scams. Your passport and phone will be taken. Check with BMET before you go.")
N("awareness", "en",
  "REMEMBER: No legal employer keeps your passport. Nobody can force you to work to repay a loan. If you are held, call 999 or our field officer 01715 432 198.",
  [("phone", "+8801715432198")])

# ---- official (6)
N("official", "en",
  "Notice: M/S Al-Noor Overseas (RL-1234). Malaysia plantation workers: government-fixed cost Tk 79,000 per worker, all fees included. Pay only by bank to our account and take official money receipt. Do not pay any sub-agent.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: সৌদি আরবগামী কর্মীদের স্মার্ট কার্ড সংগ্রহের জন্য পাসপোর্ট, ভিসার কপি ও প্রশিক্ষণ সনদসহ জেলা জনশক্তি অফিসে উপস্থিত থাকুন।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers whose iqama has expired may contact the Labour Wing at +966 11 419 1234 on working days. Email: labourwing.riyadh@bdmission-ksa.org",
  [("phone", "+966114191234"), ("email", "labourwing.riyadh@bdmission-ksa.org")])
N("official", "bn-Latn",
  "Probashi Kallyan Bank: Ami Probashi app e registration kore obhibashon rin er abedon korun, sorbochcho 2 lakh taka, sohoj kisti. kono dalal er maddhome noy.")
N("official", "bn",
  "জেলা শিশু কল্যাণ বোর্ডের সিদ্ধান্ত মোতাবেক উদ্ধারকৃত ৭ শিশুকে তাদের অভিভাবকের জিম্মায় দেওয়া হলো। অভিভাবকদের জাতীয় পরিচয়পত্রের কপি জমা দিতে হবে।")
N("official", "en",
  "Dear applicant, your e-Passport A08765432 is ready for collection at RPO Narayanganj. Please bring your delivery slip.",
  [("bd_passport", "A08765432")])

# ---- receipt (7)
N("receipt", "en",
  "Cash In Tk 5,000.00 from 01712345678 successful. Fee Tk 0.00. Balance Tk 5,210.50. TrxID BKC8M3N0P2 at 07/12/2026 10:14",
  [("phone", "+8801712345678"), ("mfs_transaction", "BKC8M3N0P2")])
N("receipt", "en",
  "You have received Tk 2,500.00 from 01876543210. Ref khoraki. Fee Tk 0.00. Balance Tk 2,640.00. TrxID 9JH4LK7Q2W at 05/12/2026 18:40",
  [("phone", "+8801876543210"), ("mfs_transaction", "9JH4LK7Q2W")])
N("receipt", "en",
  "Money Received. Amount: Tk 10000 Sender: 01556789012 Ref: dadon ferot TxnID: 73KD9QW1 Balance: Tk 10250.00 06/12/2026 20:11",
  [("phone", "+8801556789012"), ("mfs_transaction", "73KD9QW1")])
N("receipt", "en",
  "Tk 3000 received from 01911223344. TxnId: 2384759610. Your Rocket balance Tk 3120.",
  [("phone", "+8801911223344"), ("mfs_transaction", "2384759610")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার হিসাবে সৌদি আরব থেকে ৪৫,০০০ টাকা রেমিট্যান্স জমা হয়েছে, সরকারি প্রণোদনা ২.৫% সহ। ধন্যবাদ।")
N("receipt", "en",
  "Send Money Tk 1,500.00 to 01745678123 successful. Ref: Rina school fee. Fee Tk 5.00. Balance Tk 320.00. TrxID AK72PL9XZ3 at 04/12/2026 09:02",
  [("phone", "+8801745678123"), ("mfs_transaction", "AK72PL9XZ3")])
N("receipt", "bn",
  "আপনি ৳৮,০০০ পেয়েছেন ০১৭৯৯৮৮৭৭৬৬ থেকে। ফি ৳০। ব্যালেন্স ৳৮,৪২০। TrxID CH45TR8ZN1",
  [("phone", "+8801799887766"), ("mfs_transaction", "CH45TR8ZN1")])

# ---- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্ট অফিসে আঙুলের ছাপ দিয়া আইছি, পনেরো দিন পর ডেলিভারি। মামা কইছে বিএমইটিতে রেজিস্ট্রেশন নিজে করাইয়া দিবো, কোনো দালাল লাগবো না।")
N("family", "bn",
  "ছোট মাইয়াডারে এবার ভাটায় নিমু না, ইস্কুলে দিছি। বড়টা আর তোর বাপ যাইবো। দাদন নিছি ১২ হাজার, সর্দার কইছে হিসাব লেইখা দিবো।")
N("family", "bn-Latn",
  "Ma tension nio na, bhatar kaj shesh hole Boishakh er prothom soptahe bari ashbo. sardar hishab kore dise, dadon shodh, 14 hajar haate paisi")
N("family", "bn-Latn",
  "Bhaiya passport ta tomar kase rekho na, ammu r almari te rakho. visa ashle ami nije niye jabo agency te")
N("family", "bn-Latn",
  "khalamoni Rupa ke Dhaka te tar basay rakhte chaise, college e bhorti korabe. Rupa 19, nijei jete chay. ami agami mashe giye dekhe ashbo kemon ache")
N("family", "en",
  "Appu did you send the money to abbu? He said bKash showed nothing. Check the number again, 01678 901 234",
  [("phone", "+8801678901234")])
N("family", "en",
  "Bro your Malaysia calling visa came. Agency said total 79k as per govt, they gave receipt. Passport number AB1234567 on the letter matches, check yours too.",
  [("bd_passport", "AB1234567")])

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah Riyadh e 2 bochor holo, kofil bhalo, protimash time moto beton dey, iqama renew o nijei korse. eid e 10 din chuti disilo")
N("worker_content", "bn",
  "এই মৌসুমে মালিক ভালো, হপ্তায় খোরাকি ঠিকমতো দেয়, শুক্রবার বন্ধ। পোলাপান সব ভাটার পাশের ইস্কুলে যায়।")
N("worker_content", "en",
  "Working in Penang factory 3 years now, 8 hrs + OT paid, passport with me, company paid the levy. Planning to bring my cousin through proper agency next year.")
N("worker_content", "bn-Latn",
  "Dubai te hotel er housekeeping e asi. shift 9 ghonta, week e 1 din off, room e 4 jon. beton 1800 dirham, ekdom somoy moto. bhai tui o try koris legal agency diye")
N("worker_content", "bn",
  "কাতারে আইসা দুই বছর, কোম্পানি পাসপোর্ট নিজের কাছেই রাখতে দিছে। ছুটিতে দেশে আসমু ডিসেম্বরে, বেতন সব বিকাশে পাঠাই।")
N("worker_content", "en",
  "Got my first month salary in Kuwait, 120 KD, sending 30,000 home tonight. Madam is strict about cleaning but kind, I eat with the family.")

# ---- joke (5)
N("joke", "bn-Latn",
  "amar boss amake 18 ghonta kaj koray, ekdin o chuti dey na... mane amar bou 😂")
N("joke", "bn-Latn",
  "Ammu exam er jonno amar phone confiscate korse, ami ekhon officially nojorbondi 😭 keu amake uddhar koro")
N("joke", "bn",
  "দাদন নিছিলাম শ্বশুরের কাছ থাইকা, এখন সারা জীবন শোধ করতেছি, এর নামই বিয়া 😅")
N("joke", "bn-Latn",
  "bhai tui jodi ar ekbar amar charger niye palash, tor passport amar kase bondhok thakbe 🤣")
N("joke", "en",
  "Sardar said bricks dont carry themselves. I said neither do I on a Friday. He laughed and bought us tea 😂")

# ---- chatter (5 hard)
N("chatter", "bn-Latn",
  f"ETH ta kal kinchi, wallet e ashche dekh {ETH1} . dam barle biyer khoroch uthe jabe 😅",
  [("eth_address", ETH1)])
N("chatter", "bn",
  "কাইল হাটে সর্দারের লগে দেখা, কইলো এবার ভাটা শুরু হইবো অগ্রহায়ণের শেষে। যারা যাইবো নাম দিয়া রাখতে কইছে।")
N("chatter", "en",
  "Anyone have the Telegram group for Malaysia job news? I saw @bd_probashi_updates sharing BMET circulars.",
  [("telegram", "@bd_probashi_updates")])
N("chatter", "bn-Latn",
  "bhai tor insta te je video dichos @rafi.kilnlife, oitay amader bhata dekha jay, malik dekhle khushi hobe",
  [("instagram", "@rafi.kilnlife")])
N("chatter", "bn",
  "কক্সবাজারে হোটেলে রুম বুক দিছি তিন রাইতের। ভাবি কইলো যাওয়ার আগে পার্লারে গিয়া সাজবো 😄")

# ---- easy everyday (10, hard=False)
N("chatter", "bn", "আম্মা ভাত খাইছো? আইজ খুব ঠান্ডা পড়ছে।", hard=False)
N("chatter", "bn-Latn", "kal bikele match ache, tui ashbi?", hard=False)
N("chatter", "en", "Meeting moved to 3pm tomorrow, please bring the attendance sheets.", hard=False)
N("chatter", "bn", "বৃষ্টি থামলে বাজারে যামু, কিছু লাগবো?", hard=False)
N("chatter", "bn-Latn", "Eid Mubarak shobaike ❤️", hard=False)
N("chatter", "en", "Happy birthday Nabila! Have a great year 🎂", hard=False)
N("chatter", "bn-Latn", "net slow, video ta pore pathai", hard=False)
N("chatter", "en",
  "Can you send me the photos from the school program? My email is shapla.field.ngo@gmail.com",
  [("email", "shapla.field.ngo@gmail.com")], hard=False)
N("chatter", "bn", "ছাগলটা আবার দড়ি ছিঁড়া পালাইছে, দেখলে ধইরা রাখিস।", hard=False)
N("chatter", "bn-Latn", "ami pouche gesi, bus e onek bhir chilo", hard=False)


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
    random.Random(123).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev123-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
