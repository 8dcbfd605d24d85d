"""Blind evaluation set dev155 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a young man from Madaripur who went by the Dubai-Egypt-Libya route towards Italy; his phone holds the broker's (dalal, "game" organiser) messages, calls from Libyan holding houses, family messages about ransom and land sold, other travellers' voice-note transcripts, a Sicilian reception centre's notices, and chat with friends and cousins in Italy and at home.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev155.jsonl"
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


BTC1 = btc("dev155-btc-1")
TRON1 = tron("dev155-tron-1")
ETH1 = eth("dev155-eth-1")

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

# ---------------- recruitment_deception (bn3, bn-Latn3, en2)
F("recruitment_deception", "bn", "ভাই চিন্তা কইরেন না, দুবাই থেকে মিশর হইয়া সোজা লিবিয়া, ওইখানে আমার লোক কোম্পানির কাজ রেডি রাখছে। তিন মাস কাজ করবেন, তারপর বড় জাহাজে ইতালি। ছোট নৌকা না, গ্যারান্টি দিলাম। ইমোতে নক দিয়েন ০১৯১৩-৭৭০৪৫২",
  [("phone", "+8801913770452")])
F("recruitment_deception", "bn", "মামা কইছিলো লিবিয়ায় ক্লিনারের ভিসা, মাসে ৮০০ দিনার। আইসা দেখি কোন ভিসা নাই, এয়ারপোর্ট থেকে সোজা গাড়িতে তুইলা এক গুদামে নিয়া রাখছে, কোম্পানি-টোম্পানি কিছু নাই")
F("recruitment_deception", "bn", "ইতালি যাইতে চান? কাজের ভিসা, মাত্র ১৪ লাখ, কাজ না হইলে টাকা ফেরত। দুবাই হয়ে ট্রানজিট, কোন ঝামেলা নাই, মাদারীপুর ও শরীয়তপুরের শতাধিক ভাই এখন ইতালিতে। যোগাযোগ ০১৭১৬-৪৮২৯৩০ (ইমো/হোয়াটসঅ্যাপ)",
  [("phone", "+8801716482930")])
F("recruitment_deception", "bn-Latn", "Bhai tension niyen na, game ta 100% safe, boro jahaj, 2 din er moddhe Lampedusa. Ei bochor amar 300 jon pass korse. Shudhu Benghazi te 1 mash company r guest house e thakte hobe. Telegram e @italy_game_direct e join koren, proof dekhben",
  [("telegram", "@italy_game_direct")])
F("recruitment_deception", "bn-Latn", "Dalal bolse Libya te airport e company r lok nibe, salary 1200 dinar, khaoa thaka free. ekhon dekhi amra 40 jon ekta ghor e, keu kono company chine na, je lok nite ashse she arabi chara kotha bole na")
F("recruitment_deception", "bn-Latn", "[voice note, Mamun] ami je visa diye ashsi oita naki fake, Egypt e immigration e atkaise. Dalal phone e bole 'bolo tourist, kichu hobe na', ekhon bole Libya r visa naki ekhane e banaye dibe. bhai eta ki hoilo")
F("recruitment_deception", "en", "ITALY WORK PERMIT 100% via Libya route. Shipyard & agriculture jobs, salary €1500 + overtime. No IELTS, no bank statement. Limited seats this month!! WhatsApp wa.me/971552384716",
  [("whatsapp", "+971552384716")])
F("recruitment_deception", "en", "They told us Italy seasonal visa, the paper even had a stamp. In Dubai the man took the papers back and said the visa will come in Benghazi. There was never any visa, just a truck to the desert.")

# ---------------- fees_and_debt (bn3, bn-Latn3, en2)
F("fees_and_debt", "bn", "আব্বা, দালাল আবার ফোন দিছে, কইতেছে বেনগাজি থেকে ত্রিপলি নেওয়ার জন্য আরো আড়াই লাখ লাগবো, না দিলে এইখানেই পইড়া থাকমু। চুক্তি তো ছিলো ১২ লাখে ইতালি পর্যন্ত, এখন খালি নতুন নতুন খরচ")
F("fees_and_debt", "bn", "বাবা তোর লাইগা দক্ষিণের জমিটা বেচছি, সাড়ে ছয় লাখ পাইছি, বাকিটা সমিতির ঋণ। দালাল জমানত হিসাবে তোর আব্বার এনআইডি কার্ড (৪৬১৭২৮৩৯৫০) আর দলিল রাখছে, কয় আরো ৩ লাখ না দিলে গেমে তুলবো না। আর কত দেওন লাগবো কইয়া দে",
  [("bd_nid", "4617283950")])
F("fees_and_debt", "bn", "লিবিয়ায় আসার পরে কয় ভিসার খরচ, খাওয়ার খরচ, থাকার খরচ সব মিলাইয়া তোর নামে ৪ হাজার ডলার বাকি। কাজ কইরা শোধ দিবি, নাইলে বাড়ি থেকে আনাবি, দুইটার একটা")
F("fees_and_debt", "bn-Latn", "Bhai je 4 mash farm e kaj korlam oi taka naki amar 'khoroch' e kete nise. Arbab bole ekhono 1500 dinar baki, shodh na hoile game e uthabe na. ki korum bujhtesi na")
F("fees_and_debt", "bn-Latn", "Ammu, Sobur dalal (01717-640295) bolse Tripoli pouchanor por aro 3 lakh, Italy pouchaile baki 4 lakh. Amar kache kono taka nai, tomra pukur par er jomi ta bondhok diye dao please, eikhane ar thakte parchi na",
  [("phone", "+8801717640295")])
F("fees_and_debt", "bn-Latn", "shudhu 'game' er jonno 3500 dollar alada, boat e uthar age cash. je dite parbe na she Zuwara camp e kaj korbe jotodin lage, eta ager theke e niyom")
F("fees_and_debt", "en", "Contract was 11 lakh Dhaka to Italy all inclusive. In Egypt they asked 1,500 USD more for the Libya entry, in Benghazi again 2,000. Every time a new fee, and my father took a loan from the samity at 20%.")
F("fees_and_debt", "en", "you owe the house 2800 dollar for food and transport. you work on the farm until it finish, then we talk about the sea. no work no food.")

# ---------------- isolation_and_control (bn3, bn-Latn2, en2)
F("isolation_and_control", "bn", "আইসাই সবার মোবাইল নিয়া গেছে, শুধু যখন বাড়িতে টাকার জন্য ফোন করায় তখন দুই মিনিটের জন্য দেয়। এইটা এক ভাইয়ের লুকানো ফোন থেকে দিতেছি, রিপ্লাই দিও না")
F("isolation_and_control", "bn", "গেটে তালা, জানলায় লোহার শিক। দুই মাস আকাশ দেখি নাই। বাথরুমেও গুনে গুনে নিয়া যায়, একজন বন্দুক নিয়া দাঁড়ায় থাকে")
F("isolation_and_control", "bn", "আপনার পোলার লগে এখন যোগাযোগ করার দরকার নাই, সে ভালো আছে। পুলিশ, সাংবাদিক, এনজিও কারো সাথে কথা কইলে ওর গেম বাতিল, মনে রাইখেন")
F("isolation_and_control", "bn-Latn", "ekhane ber howar kono upay nai, bahire gele Libyan police dhore arek jail e bechbe, ar gate e 2 jon bondhuk niye boshe thake. amader shobar passport dalal er kache, amar ta A07391845",
  [("bd_passport", "A07391845")])
F("isolation_and_control", "bn-Latn", "Bhai amar ei number e call diyo na, phone ta ghetto r boss er, shudhu 1 minute dise. Ammare bolba na kothay asi, shudhu bolba Italy r pothe asi valo asi")
F("isolation_and_control", "en", "Kept 7 of us in a container behind the garage in Zawiya. They take us out only at night to move to another house. Our phones are with the Egyptian guy, his number +20 10 2845 7731 if anything happens tell my brother",
  [("phone", "+201028457731")])
F("isolation_and_control", "en", "no one allowed to talk to family except on speaker with him sitting next to you. he tells us what to say: 'I am fine, send the money fast'. if you cry he cuts the call")

# ---------------- labour_exploitation (bn2, bn-Latn3, en2)
F("labour_exploitation", "bn", "সকাল ৬টা থেকে রাত ১০টা পর্যন্ত ইট ভাটায় কাজ, দিনে একবার রুটি আর পানি। বেতনের কথা কইলে কয় তোর গেমের টাকা কাটা যাইতেছে")
F("labour_exploitation", "bn", "ভাই এইখানে টমেটো ক্ষেতে ঘণ্টায় ৩ ইউরো দেয়, দিনে ১২ ঘণ্টা। কাপোরালে কাগজ রাইখা দিছে, কয় কাজ ছাড়লে পেরমেসসো হইবো না, থাকার জায়গা একটা ভাঙা ঘর, ১৫ জন")
F("labour_exploitation", "bn-Latn", "4 mash hoye gelo kono taka dey nai, bole tomar khoroch e jacche. ekdin o chuti nai, jumma r din o cement er bosta tulte hoy")
F("labour_exploitation", "bn-Latn", "Misrata te ekta farm e rakhse, gorur ghor er pashe ghumai, bhor 5 ta theke shondha porjonto. khaoa bolte macaroni ar pani. keu oshustho hoileo kaj, na korle khaoa bondho")
F("labour_exploitation", "bn-Latn", "[voice note, Shuvo] bhai amader 20 jon ke construction e dise, dinar ta arbab nije ney, amra kichui pai na, boshle laathi. ek maser kotha bole 3 mash hoye gelo")
F("labour_exploitation", "en", "16 hours in the bakery, sleep on the floor near the oven, 1 day off in 2 months. The boss says my pay goes straight to the connection man for my debt.")
F("labour_exploitation", "en", "campagna near Latina: 11 hrs picking, €25 a day but the caporale takes €5 for the van and €3 for water. no contract, he keeps our documents 'for safety'.")

# ---------------- sexual_exploitation (bn2, bn-Latn2, en3)
F("sexual_exploitation", "bn", "আমাদের পাশের রুমে তিনটা মেয়ে রাখছে, দুইজন বাংলাদেশি। রাতে লিবিয়ান লোকজন আসে, মেয়েগুলা কান্দে। দালাল কয় ওরা নাকি গেমের টাকা এইভাবে শোধ দিতেছে")
F("sexual_exploitation", "bn", "দুবাইতে যেই আপার কথা কইছিলাম, পার্লারের কাজের কথা কইয়া নিছিলো, এখন ডান্সবারে রাখছে। পাসপোর্ট নাই, কাস্টমারের লগে না গেলে মারে")
F("sexual_exploitation", "bn-Latn", "Tripoli r oi house e eritrean meye gula ke raat e onno ghor e niye jay, guard ra hashe bole 'eta tader payment'. keu kichu bolle marbe, amra chup thaki")
F("sexual_exploitation", "bn-Latn", "Dubai te hotel e thakba 3 din, chaile room e 'maal' pathabo, 200 dirham, bangali meye o ase notun ashse. wa.me/971509917342 e bolo code DM",
  [("whatsapp", "+971509917342")])
F("sexual_exploitation", "en", "Boss says the Nigerian girls in the back house work for him now, they go with the guards every night to pay for their sea crossing.")
F("sexual_exploitation", "en", "New girls arrived from Bangladesh & Nepal 🌹 Deira, 24/7, hotel room service available, contact +971 56 418 2290",
  [("phone", "+971564182290")])
F("sexual_exploitation", "en", "In Sabratha the woman from Narayanganj told me the connection man sold her to a man in the house. She cannot leave until 'her debt' is paid, and you know how they make her pay.")

# ---------------- minors (bn2, bn-Latn2, en3)
F("minors", "bn", "আমাদের লগে শরীয়তপুরের একটা পোলা, বয়স ১৪-১৫ হইবো, পাসপোর্টে (B03946127) বয়স ১৯ লেখা। দালাল কইছে জন্ম নিবন্ধন বদলাইয়া দিছে",
  [("bd_passport", "B03946127")])
F("minors", "bn", "মাদারীপুরের দালাল এখন স্কুলের পোলাপান ধরতেছে, কয় বাচ্চা হইলে ইতালিতে কাগজ তাড়াতাড়ি পাবে। ক্লাস নাইনের রাকিবরে নিয়া গেছে, ওর মায় জানে না কই")
F("minors", "bn-Latn", "ghetto te 3 ta baccha ase, 13-14 bochor, oderke o pitay jokhon bari theke taka ashe na. ekta ke kal current dise, shara raat kanlo")
F("minors", "bn-Latn", "Dalal (01818-290377) bolse 'boyosh 18 er niche hoile Italy te minor center e rakhe, pore kagoj pabe, tai choto chele pathan'. amar bhagnar boyosh 16, apa raji hoye gese",
  [("phone", "+8801818290377")])
F("minors", "en", "Two boys with us are 15 and 16, their fathers paid the dalal in Rajoir. They do the kitchen and cleaning for the guards all day and sleep by the door.")
F("minors", "en", "Broker office asked for the birth certificate of my 15 yr old brother to 'make him 20' for the Dubai visa. They said send docs to brightway.overseas.bd@gmail.com, minors go cheaper on the boat",
  [("email", "brightway.overseas.bd@gmail.com")])
F("minors", "en", "A 12-year-old from Shibchar was on the boat with us, alone, no parents. The organiser made him hold the phone and compass because 'kids don't get arrested'.")

# ---------------- payments_and_proceeds (bn2, bn-Latn3, en3)
F("payments_and_proceeds", "bn", "দালালের লোক কইছে ৫০ হাজার কইরা তিন নাম্বারে বিকাশ দিতে, এক নাম্বারে বেশি গেলে ধরা খায়। ০১৮২৪-৫৫১৯০৩, ০১৯২৭-৩৩০৪১৮, ০১৬১১-২৮৭৬৫৪, ওরা মাদারীপুর বাজারে ক্যাশআউট করবো",
  [("phone", "+8801824551903"), ("phone", "+8801927330418"), ("phone", "+8801611287654")])
F("payments_and_proceeds", "bn", "টাকা পাঠাইছি বাবা। নগদ TxnID 71KQ9D3X, ৩০,০০০ টাকা, রাজৈরের সেই এজেন্টের নাম্বারে। লিবিয়ায় দালালরে স্ক্রিনশট দিয়া দিস, কইছে স্ক্রিনশট না পাইলে ছাড়বো না",
  [("mfs_transaction", "71KQ9D3X")])
F("payments_and_proceeds", "bn-Latn", f"Mafia ra ekhon taka na, USDT chay, ei address e pathate bolse: {TRON1} . Dubai r hundi wala 1 lakh taka te 760 USDT dibe, Kamal bhai ke bolo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Bkash korsi 25000, TrxID BGH7K2LM4Q, Sobur dalal er bhai er number e 01735-902214. baki ta Egypt er lok hundi te nibe, Libya r kotha kono msg e likhbi na",
  [("mfs_transaction", "BGH7K2LM4Q"), ("phone", "+8801735902214")])
F("payments_and_proceeds", "bn-Latn", "hawala wala Dubai te boshe, amra taka dei Madaripur e tar dokan e, oi pashe Tripoli te dinar e boss ke pay kore. kono receipt nai, shudhu code word 'shapla 44' bolle chere dibe")
F("payments_and_proceeds", "en", f"Transfer remaining 3,000 USD in USDT TRC20 only: {TRON1} . BTC also ok: {BTC1} . After confirmation we release him to the boat. No bank, no Western Union.",
  [("tron_address", TRON1), ("btc_address", BTC1)])
F("payments_and_proceeds", "en", "Dubai office collects cash, AED 9,000 per head, receipt in name of a travel agency. Rest is paid from Italy after arrival, call Jewel in Rome +39 351 224 8807 for the account.",
  [("phone", "+393512248807")])
F("payments_and_proceeds", "en", "Send to Abdul's agent number 01956-118470, use cash in at the shop not send money, then text me the TrxID only. do not write Libya or boat anywhere.",
  [("phone", "+8801956118470")])

# ---------------- threats_and_coercion (bn3, bn-Latn2, en3)
F("threats_and_coercion", "bn", "[কল রেকর্ড] আপনার ছেলে আমাদের কাছে। সাত দিনের মধ্যে পাঁচ লাখ না দিলে ওরে আর দেখবেন না। এই শুনেন ওর গলা... (+২১৮ ৯৪ ৫৫১ ০২৮৬ থেকে কল)",
  [("phone", "+218945510286")])
F("threats_and_coercion", "bn", "আম্মা, ওরা মারতেছে, পায়ে পাইপ দিয়া বাড়ি দিছে। টাকা না দিলে আরেক মাফিয়ার কাছে বেইচা দিবো কইছে। যেভাবে পারো পাঠাও আম্মা")
F("threats_and_coercion", "bn", "চেয়ারম্যানের কাছে গেছেন শুনলাম। থানা পুলিশ করলে আপনার পোলা লিবিয়ার মরুভূমিতে মরবো, লাশও পাইবেন না। ফোন দিয়েন ০১৭৯৮-৩৩৬১২০ এ, অন্য কারো কাছে না",
  [("phone", "+8801798336120")])
F("threats_and_coercion", "bn-Latn", "oder kotha na shunle shoja Libyan police er kache dibe, bolbe illegal, tarpor Ain Zara jail. okhan theke ber hoite 5000 dollar, keu ber hoy na")
F("threats_and_coercion", "bn-Latn", "Video call e dekhaise bhai ke ulta kore jhulaye rakhse. bolse kal 12 tar moddhe na dile pa kete video pathabe. +218 92 614 3307 ei number theke call ashse",
  [("phone", "+218926143307")])
F("threats_and_coercion", "en", "If your family go to police in Madaripur, we know the house near the launch ghat. Pay and keep quiet, this is the last warning.")
F("threats_and_coercion", "en", "voice note (Arabic, Rubel translated): 'Money tomorrow or he goes in the sea without jacket. You understand? no money no life.'")
F("threats_and_coercion", "en", "They beat Sohel with an electric cable in front of all of us and recorded it to send to his family. Said the next video will be mine if my father doesn't pay.")

# ================================================================ OK
# news
N("news", "bn", "মাদারীপুরে ইতালি পাঠানোর নামে মানবপাচার চক্রের দুই সদস্য গ্রেপ্তার, লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়ের অভিযোগ — র‌্যাব-৮")
N("news", "en", "Italian coast guard rescues 48 Bangladeshis off Lampedusa; survivors say they paid up to 12 lakh taka to brokers in Madaripur and Shariatpur.")
N("news", "bn-Latn", "Khobor dekhsos? Rajoir er Sobur dalal re PBI dhorse, 3 ta case. onek family ekhon taka ferot chaibe, amader ta o dekhi")
N("news", "bn", "লিবিয়া থেকে ফিরলেন আরো ১৪৪ বাংলাদেশি, আইওএমের সহায়তায় দেশে প্রত্যাবর্তন। বিমানবন্দরে প্রত্যেককে নগদ টাকা ও খাবার দেওয়া হয়।")
N("news", "en", "Court in Agrigento convicts two boat drivers for the 2023 shipwreck; prosecutors say the crossing was organised from Zuwara.")
# awareness
N("awareness", "bn", "সাবধান! লিবিয়া হইয়া ইতালি যাওয়ার পথ মৃত্যুর পথ। কোন দালালের হাতে পাসপোর্ট ও টাকা দিবেন না। বৈধ পথে বিদেশ যেতে যোগাযোগ করুন জেলা কর্মসংস্থান ও জনশক্তি অফিস, মাদারীপুর, ফোন ০১৭৬৬-২৩৪৫৮১",
  [("phone", "+8801766234581")])
N("awareness", "bn-Latn", "Apnar poribarer keu Libya te atke ache? Muktipon er call ashle taka pathanor age amader helpline e kotha bolun: 01321-456789. Apnar tottho gopon thakbe.",
  [("phone", "+8801321456789")])
N("awareness", "en", "IOM reminder: smugglers promise a 'big ship' and a 'safe game'. There is no safe irregular sea crossing. If a relative is held for ransom, contact the embassy before paying anyone.")
N("awareness", "en", "Wage Earners' Welfare Board: never send money to unknown bKash numbers for the 'release' of relatives abroad. Verify with the embassy first.")
N("awareness", "bn", "জুমার খুতবায় ইমাম সাব কইলেন, জমি বেইচা দালালের হাতে পোলারে তুইলা দিয়েন না, সাগরে কত মায়ের বুক খালি হইছে। সবাই চুপ কইরা শুনলো")
N("awareness", "bn", "টেলিগ্রামে @italy_bd_news চ্যানেলে ডিক্রেতো ফ্লুসির তারিখ দিছে, আবেদন শুধু নিয়োগকর্তার মাধ্যমে, কোন দালালরে টাকা দিবেন না কইছে",
  [("telegram", "@italy_bd_news")])
N("awareness", "en", "Legal clinic at the centre: if you were forced to work or held for ransom in Libya, you can tell the lawyer. It may help your asylum case. Everything is confidential.")
# official
N("official", "en", "CAS NOTICE: All guests must come to the office at 9:00 tomorrow for fingerprints and photo. Bring your centre ID card. Bengali interpreter available.")
N("official", "bn", "নোটিশ: আগামী সোমবার কমিশন টেরিটোরিয়ালে যাদের ইন্টারভিউ, তারা সকাল ৭টায় গেটে থাকবেন। সেন্টার থেকে বাস যাবে। নিজের কাগজপত্র সাথে রাখবেন।")
N("official", "bn-Latn", "Centro r notice: pocket money protidin 2.50 euro, card e mash e ekbar dewa hobe. keu card harale office e janaben, notun card 5 din e.")
N("official", "en", "BMET: registration for overseas jobs only through licensed agencies and the Ami Probashi app. Fees as per government circular, pay by bank and take a receipt. Details https://www.bmet.gov.bd",
  [("url", "https://www.bmet.gov.bd")])
N("official", "bn", "বাংলাদেশ দূতাবাস, রোম: পাসপোর্ট নবায়নের আবেদনের সাথে পুরাতন পাসপোর্ট ও পেরমেসসোর কপি জমা দিন। সরকারি ফি ব্যাংকের মাধ্যমে পরিশোধযোগ্য।")
N("official", "en", "Questura di Catania: your permesso di soggiorno is ready for collection. Bring the ricevuta and your passport. Appointment 14/03 at 10:30.")
N("official", "bn-Latn", "Camp er office theke bolse jader passport nai tara embassy theke travel permit nite parben, form ta Mohammad bhai er kache ase")
N("official", "en", "Free Italian class at the centre, Tue & Thu 15:00. To register write to corsi.italiano@accoglienza-sicilia.it or see Chiara at reception.",
  [("email", "corsi.italiano@accoglienza-sicilia.it")])
# receipt
N("receipt", "en", "You have received Tk 15,000.00 from 01789223410. Ref eid. Fee Tk 0.00. Balance Tk 16,240.50. TrxID CHJ4L8PQ2T at 12/04/2025 18:22",
  [("phone", "+8801789223410"), ("mfs_transaction", "CHJ4L8PQ2T")])
N("receipt", "bn", "নগদ: আপনার একাউন্টে ৮,০০০ টাকা ক্যাশ ইন সফল হয়েছে। TxnID: 73RF5K2W। ব্যালেন্স: ৮,৪১২.৩০ টাকা।",
  [("mfs_transaction", "73RF5K2W")])
N("receipt", "bn-Latn", "Abba 10k pathalam, TrxID DEK2M7PL9A, ammar oshudh ar bazar er jonno. pouchaile ekta msg dio", [("mfs_transaction", "DEK2M7PL9A")])
N("receipt", "en", "Money transfer of 250.00 EUR to Bangladesh is ready for pickup. Receiver: Md. Harun. Thank you for using our service.")
N("receipt", "en", "Ticket booked Rome–Dhaka via Dubai for 12 Jan, passport no. EB0472916, name exactly as in passport. Check and confirm before I pay.",
  [("bd_passport", "EB0472916")])
# family
N("family", "bn", "আম্মা কইলো তোর পাসপোর্ট নবায়নের কাগজ আলমারিতে রাখছে, নম্বর EF2904816। ভাইজানের কাছে দিলে সে ঢাকায় জমা দিবো।",
  [("bd_passport", "EF2904816")])
N("family", "bn-Latn", "Abba jomi bechar kotha bole nai, shudhu pukur par er tuku bondhok dise, Rinar biyer khoroch er jonno. tui tension nish na")
N("family", "bn", "ইতালি থেকে মামা টাকা পাঠাইছে, বড় আপার বিয়ার গয়না কিনবো। দেনমোহর ঠিক হইছে ৫ লাখ, ছেলের বাড়ি কালকিনি।")
N("family", "en", "Cousin Tanvir: bro got my permesso finally!! 2 years. now looking for a restaurant contract in Palermo, will send money home from next month. follow my insta @tanvir_in_palermo 😎",
  [("instagram", "@tanvir_in_palermo")])
N("family", "bn-Latn", "Ammu ami Italy te valo asi, camp e 3 bela khaoa dey, shudhu bhat pai na pasta khai 😂 tomra chinta koiro na")
N("family", "bn", "বাবা, তোর নামে সমিতি থেকে যেই ঋণ নিছিলাম, শেষ কিস্তি আজ দিয়া দিছি। আলহামদুলিল্লাহ এখন আর কোনো দেনা নাই।")
N("family", "en", "Ma wants to know if you need her NID copy for the embassy form. Number is 8254019377 I think, I'll send a photo of the card tonight",
  [("bd_nid", "8254019377")])
N("family", "bn-Latn", "Chacha Italy te ashar por prothom beton pelo, 1100 euro. bolse ekhon dhaar shodh shuru korbe mashe mashe, ar boro apar jonno kichu pathabe")
N("family", "bn", "জীবন ভাই, তোমার টিকিটের জন্য পাসপোর্ট নম্বর লাগবো, A05837261 এইটাই তো? মিলাইয়া কইও", [("bd_passport", "A05837261")])
# joke
N("joke", "bn-Latn", "ei group e jara Italy te, taderke ekhon theke 'Sir' bolte hobe 😂 pizza khaiya khaiya Madaripur er bhasha o bhule gese")
N("joke", "bn", "ঘটক চাচা কইছে ইতালির পোলা শুনলে মাইয়ার বাপ আর কিছু চায় না 😂 আম্মা কয় আগে কাগজ, পরে বিয়া")
N("joke", "en", "lol Rasel says the only 'game' he is playing in Italy now is FIFA on the camp TV 😂")
N("joke", "bn", "রাইতে ঘুমের মধ্যে শফিক চিল্লাইতেছিল 'আমার ভাত কই', সকালে কয় স্বপ্নে আম্মার রান্না খাইতেছিলো 😆")
N("joke", "bn-Latn", "Game er khobor ki? arre Bangladesh vs India cricket er kotha bolsi 😂 kalke bikal 3ta e match, camp e TV te dekhbo")
# worker_content
N("worker_content", "en", "Working at a kebab shop in Catania now, 6 days a week, boss pays every Saturday, contract registered. Tired but good.")
N("worker_content", "bn-Latn", "Ami Brescia te factory te kaj paisi, 8 ghonta, overtime korle alada taka, boss valo manush. paper o thik ase alhamdulillah")
N("worker_content", "bn", "রোমে ফুলের দোকানে কাজ নিছি, মালিক বাংলাদেশি, বেতন সময়মতো দেয়, থাকার জায়গাও দিছে, ভাড়া কম রাখে।")
N("worker_content", "en", "Overtime this week 10 hrs extra on the farm in Ragusa, all in the busta paga. Fine with me, Eid money for home.")
# chatter (hard)
N("chatter", "bn", "লামপেদুসার হটস্পটে তিন দিন ছিলাম, তারপর জাহাজে কইরা পোর্তো এম্পেদোকলে, পরে বাসে কাতানিয়া। মেডিকেল চেকআপ কইরা সিসিলির একটা ক্যাম্পে দিছে")
N("chatter", "bn-Latn", "bhai oi Libya r kotha mone porle ekhono ghum ashe na, kintu alhamdulillah baicha asi. Eid e bari jaite parle valo hoito")
N("chatter", "bn-Latn", "Monday Questura te ke ke jaitaso? centre theke ekta ride lagbe, bus ta onek shokale chare")
N("chatter", "bn-Latn", "Dubai te transit 8 ghonta chilo, airport e shudhu ekta coffee khaisi 14 dirham 😑 ar kono din na")
N("chatter", "en", "My passport is with the lawyer for the asylum appeal, she gives it back after the hearing on the 22nd. Then I go for renewal.")
N("chatter", "bn-Latn", "ei je @madaripur_italy_probashi page e Lampedusa r video dise dekhsos? amader camp er pashe e shoot korse",
  [("instagram", "@madaripur_italy_probashi")])
N("chatter", "en", "anyone has a type C charger? mine broke. call me 320 884 1290, I'm in room 6", [("phone", "+393208841290")])
# everyday (not hard)
N("family", "bn", "ভাত খাইছস? আজকে আম্মা ইলিশ রানছে, তোর কথা খুব মনে পড়তেছে।", hard=False)
N("chatter", "bn-Latn", "kire kal match dekhli? Messi ekai khela ghuraye dilo", hard=False)
N("chatter", "en", "Happy birthday Rumi! Miss you from Sicily, eat cake for me too 🎂", hard=False)
N("chatter", "bn-Latn", "net e shomossa, pore call dimu. sim er MB shesh", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে খুব, আমগাছের ডাল ভাইঙ্গা পড়ছে উঠানে।", hard=False)
N("chatter", "bn", "শুভ সকাল ভাই, জুম্মা মোবারক।", hard=False)
N("chatter", "bn-Latn", "ajke centre e biriyani ranna hoise, Pakistani bhai ra ranna korse, oshadharon", hard=False)
N("family", "bn", "ছোট ভাইয়ের এসএসসির রেজাল্ট দিছে, জিপিএ ৪.৮৩। দোয়া কইরো।", hard=False)
N("chatter", "bn-Latn", "thik ase bhai, maghrib er por masjid e dekha hobe", hard=False)
N("family", "bn-Latn", "Rafi r baby hoise, chele. naam rakhse Ayaan, tor dowa chaise", hard=False)

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
    random.Random(155).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev155-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
