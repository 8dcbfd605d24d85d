"""Blind evaluation set dev138 (trafficking-indicator detector, Bangladesh: bn / bn-Latn / en).

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only the brief
and sections 1 and 2.1 of the shared indicator research notes (for what the indicators mean).
Persona: an immigration officer at the departure desk of Dhaka's Hazrat Shahjalal airport who, with
consent, reads the phones of travellers stopped before boarding (visit-visa job seekers, women with a
'husband' or 'uncle' they barely know, Umrah pilgrims, students, families seeing people off).
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev138.jsonl"
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


BTC1 = btc("dev138-btc-1")
TRON1 = tron("dev138-tron-1")
ETH1 = eth("dev138-eth-1")

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
  "এখন ভিজিটে যাও, দুবাই নামার ১৫ দিনের মধ্যে কোম্পানি ভিসা লাগাইয়া দিমু। বেতন ১৮০০ দিরহাম, থাকা খাওয়া ফ্রি। "
  "ফ্লাইটের দিন এই নাম্বারে ফোন দিবা ০১৬১২৪৫৭৮৯০",
  [("phone", "+8801612457890")])
F("recruitment_deception", "bn",
  "আপা আমারে কইছিল হাসপাতালে আয়ার কাজ। এখন এগ্রিমেন্টের কাগজ হাতে দিল, আরবিতে লেখা, পাশের ভাই পইড়া কইল হাউস মেইড। "
  "দালাল আর ফোন ধরে না")
F("recruitment_deception", "bn",
  "স্মার্ট কার্ড নিয়া টেনশন কইরো না, বিএমইটিতে আমার লোক আছে, কার্ড বানাইয়া দিব। আসল না হইলেও কেউ স্ক্যান করে না, খালি হাতে দেখাইবা")
F("recruitment_deception", "bn-Latn",
  "oman e giye dekhi je company er nam bolsilo oita nai. amader 6 jon ke ekta farm e niye rakhse, dalal bolse kichu din por "
  "company te nibe. 2 mash hoye gelo")
F("recruitment_deception", "bn-Latn",
  "visa ta tourist kintu tension nai, Muscat e namar por amar manush airport theke niye jabe, sorasori company te join. "
  "salary 150 rial + overtime. contract paper oikhane giye sign korba")
F("recruitment_deception", "bn-Latn",
  "Apni to bolsilen amar cousin ke supermarket e cashier er kaj diben. Ekhon o phone kore kandtese, tare mathe uth charaite "
  "pathaise. Eta ki kotha chilo vai?")
F("recruitment_deception", "en",
  "Congratulations!! You are selected for Customer Service Executive post in Malaysia. Salary RM 4500, free air ticket, "
  "free hotel. No interview no experience. Send passport copy today only wa.me/60112345678",
  [("whatsapp", "+60112345678")])
F("recruitment_deception", "en",
  "bro the job letter came from hr.alnoorhotel.dubai@gmail.com and the hotel name when I search on google shows "
  "permanently closed. broker says dont worry visa is 100% real, his cousin will pick me from airport",
  [("email", "hr.alnoorhotel.dubai@gmail.com")])

# ---- fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "মালয়েশিয়ার জন্য সাড়ে ছয় লাখ লাগবে, সরকারি রেটের কথা ভুইলা যান। চার লাখ এখন দেন, বাকিটা ওখানে গিয়া বেতন থেকে কাটবো।")
F("fees_and_debt", "bn",
  "আম্মা জমি বন্ধক রাখছে আমার লাইগা, সুদে আরো দুই লাখ আনছে। এখন কোম্পানি কয় প্রথম আট মাস বেতনের অর্ধেক কাইটা রাখবো ভিসার খরচ বাবদ")
F("fees_and_debt", "bn",
  "তুমি এখনো আমার কাছে ১ লাখ ৮০ হাজার টাকা পাওনা। এই টাকা শোধ না হওয়া পর্যন্ত কাজ ছাড়ার কথা মুখেও আনবা না।")
F("fees_and_debt", "bn-Latn",
  "Saudi pouchanor por arekta 1 lakh lagbe iqama korar jonno, kafil dibe na. na dile kaj o nai iqama o nai. bari theke "
  "pathaite bolo taratari")
F("fees_and_debt", "bn-Latn",
  "bhai ami to 5 lakh dilam. ekhon bole medical e unfit, abar 40 hajar dile pass koraia dibe. taka ferot chaile bole "
  "agreement e lekha nai kichu")
F("fees_and_debt", "en",
  "Madam total fee is 3.5 lakh. 1.5 now, rest we cut from your salary 20,000 every month until finish. No need to tell "
  "your family the full amount.")
F("fees_and_debt", "en",
  "My husband is in Kuwait 11 months and sends nothing. Kafil takes 60 dinar every month for 'visa loan', now says he "
  "still owes 900 dinar and cannot leave before paying it all")
F("fees_and_debt", "en",
  "Sir you already took 4 lakh from us. Now 1.2 lakh more for 'ticket confirm'?? My son sold both cows for this. Where is "
  "the visa?")

# ---- isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "ইমিগ্রেশনে কেউ জিগাইলে বলবা খালুর বাসায় বেড়াইতে যাইতেছো। আমার নাম্বার কাউরে দিবা না, কাউন্টারে যাওয়ার আগে এই চ্যাট মুইছা ফেলবা।")
F("isolation_and_control", "bn",
  "ওরা আমার পাসপোর্ট আর মোবাইল নিয়া গেছে, এইটা আরেক মাইয়ার ফোন থেইকা লিখতেছি। বাইর থেইকা তালা দিয়া রাখে। কাউরে কইও না আম্মা")
F("isolation_and_control", "bn-Latn",
  "Airport e amar sathe kotha bolba na, ami dure thakbo. Jodi dhore tahole bolba tumi amar bou, biye hoise 3 mash age. "
  "Kabinnama er copy tomar bag er bhitore ache")
F("isolation_and_control", "bn-Latn",
  "tomar passport A04519837 ami rakhlam, tomar kache thakle harai jabe. Dubai te o company rakhbe, hate dibe na, eta "
  "oikhankar niyom",
  [("bd_passport", "A04519837")])
F("isolation_and_control", "bn-Latn",
  "Bhaiya amake room theke ber hote dey na, dorja baire theke lock. Shudhu Friday te 5 min phone dey, pashe dariye thake "
  "sob shune")
F("isolation_and_control", "en",
  "Dont save my number with my name. Save as 'Rahim Mama'. From now use only this new number 01933 214 658. Delete all "
  "voice messages before you reach the counter.",
  [("phone", "+8801933214658")])
F("isolation_and_control", "en",
  "Sister they collected all our phones when we arrived. One phone for 14 girls and madam reads every message. Tell my "
  "mother I am fine, dont call this number back")
F("isolation_and_control", "en",
  "The man with me is not my uncle. He told me to say uncle. He is keeping my passport and boarding pass and says I "
  "should not talk to anyone in the queue")

# ---- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "বেশি চালাকি করলে তোর বাপ-মারে গ্রামে গিয়া দেইখা আসমু। আমার লোক তোর বাড়ি চিনে, মনে রাখিস।")
F("threats_and_coercion", "bn",
  "কাজ না করলে মালিক পুলিশে দিবে, কইবো পালাইছো। তখন জেলে যাইবা, তারপর খালি হাতে দেশে ফেরত।")
F("threats_and_coercion", "bn-Latn",
  "tor chobi gula amar kache ase. ar ekbar jodi bolos bari jabi sob facebook e chere dimu, tor gramer sobai dekhbe")
F("threats_and_coercion", "bn-Latn",
  "Kafil bolse huroob dia dibe jodi onno jaygay kaj khuji. tahole ami illegal, dhorle jail. ekhon chup kore thakte hobe "
  "bhai")
F("threats_and_coercion", "bn-Latn",
  "ajke abar marse, hater upor garam pani dhele dise. bolse beshi kotha bolle aro hobe. ammu ke kichu bolis na")
F("threats_and_coercion", "en",
  "If you go to the embassy I will file absconding case. Police will catch you and you will never come back to Oman. "
  "Think about your family first.")
F("threats_and_coercion", "en",
  "Listen carefully. You say my name to the officer, your brother in Narayanganj will have problem. I know where he "
  "works. Call me when you are out 01821-009944",
  [("phone", "+8801821009944")])

# ---- labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, কোনো ছুটি নাই। ম্যাডাম দিনে একবার খাওন দেয়। ৬ মাস হইলো একটা রিয়ালও দেয় নাই।")
F("labour_exploitation", "bn",
  "আমাগো এক কোম্পানি থেইকা আরেক কোম্পানির কাছে বেইচা দিছে। নতুন মালিক কয় আমাগো লাইগা টাকা দিছে, তাই বেতন পরে।")
F("labour_exploitation", "bn",
  "৩০ তলার উপরে বেল্ট ছাড়া কাজ করায়। গত সপ্তাহে একজন পইড়া গেছে, সুপারভাইজার কইছে কাউরে জানাইলে চাকরি শেষ।")
F("labour_exploitation", "bn-Latn",
  "bhai 4 mash hoye gelo salary dey na, bole project er taka ashe nai. protidin 16 ghonta duty, Friday teo kaj. khabar o "
  "nijer taka diye kinte hoy")
F("labour_exploitation", "bn-Latn",
  "camp e ek room e 22 jon thaki, AC nai. 48 degree te dupure bahire kaj koray. overtime er taka chaile supervisor gali "
  "dey ar bole cancel kore dibe")
F("labour_exploitation", "en",
  "Baba I work from 6 in the morning to midnight in three houses, madam's sister and mother also. No off day. She says "
  "salary will come after two years together.")
F("labour_exploitation", "en",
  "They put us on the fishing boat 3 months now. No salary, they say after season. Work whole night, sleep 3 hours, if "
  "sick still must work")

# ---- minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৫, কিন্তু পাসপোর্টে ২৫ কইরা দিছি। নতুন আইডি নাম্বার ২০০১২৬৯৩৪১৮২৭৫০৪৬, মুখস্থ করাইয়া রাখেন, কেউ জিগাইলে কইবো ২৫।",
  [("bd_nid", "20012693418275046")])
F("minors", "bn",
  "ঢাকার বাসার লাইগা ১২-১৩ বছরের দুইটা মাইয়া লাগবো, সারাদিন বাচ্চা দেখবো, ঘরের কাম করবো। মাসে ২০০০ টাকা, বাড়ি যাইতে দিমু ঈদে একবার।")
F("minors", "bn-Latn",
  "Chele ta choto dekhay, 16 bochor. Passport e 19 kora ache. Immigration er age dari rakhte bolo ar mukh bondho rakhte "
  "bolo")
F("minors", "bn-Latn",
  "Meye 14 hoileo somossa nai, Oman er patro biye korbe, kabin er por visa. Boyos kagoje baraia dibo. Tomader ke 2 lakh "
  "dibe")
F("minors", "bn-Latn",
  "apa tomar meyeta ke amar sathe dao, Dubai te ek family te bacha dekhbe. school er chinta koiro na, boyos 13 kono "
  "bepar na, mash e mash e taka pathabe")
F("minors", "en",
  "Need 3 boys 14 to 16 for the camel farm, lighter is better. Passport we will arrange with adult age. Commission 50,000 "
  "each to you.")
F("minors", "en",
  "She is only 16 but looks older. Make new birth certificate with 1999 and passport will come same. Nobody checks at "
  "BMET")

# ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "দুবাইয়ের পার্লারে কাজ বলছিলাম না? ওইখানে কাস্টমারের লগে হোটেলে যাওন লাগবো। না গেলে তোমার পিছনে যত খরচ হইছে সব ফেরত দিবা।")
F("sexual_exploitation", "bn",
  "আপা, ওরা আমাদের একটা ফ্ল্যাটে রাখে, রাতে লোক আনে। না করলে খাবার দেয় না। আমি এখানে ড্যান্স বারের কাজে আসছিলাম")
F("sexual_exploitation", "bn-Latn",
  "notun 2 ta meye ashse desh theke, boyos kom, fresh. hotel e pathabo, rate 500 dirham. booking er jonno telegram e "
  "@dxb_rosegarden knock dio",
  [("telegram", "@dxb_rosegarden")])
F("sexual_exploitation", "bn-Latn",
  "video call e kapor khulte hobe, customer online e wait korche. na korle ajke rate e khabar nai, madam bole dise")
F("sexual_exploitation", "en",
  "Job: spa therapist in Muscat hotel, girls 18-25 only, good looking, no experience. 1500 USD plus tips. Must be "
  "friendly with VIP guests. Contact Telegram @spa_muscat_hr",
  [("telegram", "@spa_muscat_hr")])
F("sexual_exploitation", "en",
  "They said I will work as receptionist in the hotel. Tonight manager said I must go to room 512 and if I refuse my debt "
  "becomes double.")
F("sexual_exploitation", "en",
  "New girls from Dhaka arrived, Bengali, very young. Photos on request. Outcall only Deira and Bur Dubai. Call "
  "+971 55 234 8817",
  [("phone", "+971552348817")])

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "পোলারে ছাড়াইতে চাইলে আজকে রাতের মধ্যে ৩ লাখ পাঠান। বিকাশে ০১৭৮৪৫৬২৯১৩ নাম্বারে ভাইঙ্গা ভাইঙ্গা দিবেন, একবারে ৫০ হাজারের বেশি না।",
  [("phone", "+8801784562913")])
F("payments_and_proceeds", "bn",
  "মাইয়াগো এই মাসের কামাই থেকে ৪ লাখ ২০ হাজার হুন্ডি কইরা পাঠাইলাম। তোমার ভাগ নগদে দিছি, TxnID 7HK29QXZ। বাকিটা মামার একাউন্টে।",
  [("mfs_transaction", "7HK29QXZ")])
F("payments_and_proceeds", "bn",
  "পাসপোর্ট ফেরত চাইলে ৮০ হাজার লাগবো। রকেটে পাঠাও ০১৮১৯৪৪৭২৬০ এই নাম্বারে, তারপর ছবি তুইলা পাঠাইবা।",
  [("phone", "+8801819447260")])
F("payments_and_proceeds", "bn-Latn",
  "dalal ke 2.5 lakh bkash korsi, TrxID 9G4K7M2P1Q. baki 1 lakh Dubai pouchanor por. receipt ta save kore rakho, kauke "
  "dekhaba na",
  [("mfs_transaction", "9G4K7M2P1Q")])
F("payments_and_proceeds", "bn-Latn",
  f"Bhai USDT te nibo, bank e na. ei address e pathan TRC20: {TRON1} . 3 jon er jonno 4500 USDT, pouchaile chere dibo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Amar bhai ke Libya te atkaise, 5 lakh na dile chere dibe na. ora bolse Nagad 01913572468 e pathate, police ke janale "
  "mere felbe",
  [("phone", "+8801913572468")])
F("payments_and_proceeds", "en",
  f"Boss this week collection from the girls 18,500 AED. Sent to the BTC wallet as usual {BTC1}. Kamal will do hundi for "
  "the Dhaka part.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Pay the remaining 90,000 to agent through different bKash numbers, not more than 25k in one. Use 01556 890 123 and "
  "01723-456789. Dont write visa in reference.",
  [("phone", "+8801556890123"), ("phone", "+8801723456789")])

# ================================================================ OK (60)

# ---- news (7)
N("news", "en",
  "Dhaka, Dec 3: RAB detained two men at Shahjalal airport with 11 forged BMET smart cards. Police said they charged job "
  "seekers up to Tk 5 lakh each for Dubai visit visas with promises of work.")
N("news", "bn",
  "মানবপাচার মামলায় তিন দালালের যাবজ্জীবন। লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুরের আদালত আজ এ রায় দেন।")
N("news", "bn-Latn",
  "khobor dekhsen? Sylhet e ekta agency sil kore dise, office theke 200 jon er passport uddhar korse. thik kaj hoise")
N("news", "en",
  "Malaysian authorities rescued 37 Bangladeshi workers from a construction site in Johor; the workers said wages were "
  "unpaid and their passports had been held for eight months, the ministry said.")
N("news", "bn",
  "বিমানবন্দরে ভুয়া স্বামী সেজে নারী পাচারের চেষ্টা, আটক ১। পুলিশ জানায়, সঙ্গে থাকা কাবিননামাটি জাল ছিল।")
N("news", "en",
  "CID says a hundi ring used hundreds of agent wallets on bKash and Nagad to move remittances; 230 accounts frozen, "
  "investigation ongoing.")
N("news", "bn-Latn",
  "Prothom Alo te porlam Oman theke 14 jon nari ke uddhar kore desh e anse embassy. tader ke parlour er kaj er kotha bole "
  "niye gesilo")

# ---- awareness (7)
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে মনে রাখুন: পাসপোর্ট কখনো দালালের হাতে দেবেন না। ভিজিট ভিসায় কাজ হয় না। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে অভিযোগ করুন।")
N("awareness", "en",
  "Sisters, if anyone offers you a 'parlour job' or 'hotel job' in Dubai with free ticket and no experience needed, please "
  "be careful. Check the agency licence on the BMET website before paying anything.")
N("awareness", "bn-Latn",
  "Bhai ra, free visa bole kichu nai. Saudi te free visa mane apni illegal hoye jaben. Dalal er kothay jomi bikri korben "
  "na. Sobai share koren.")
N("awareness", "en",
  "WARNING: Facebook ads offering RM 4000 'customer service' jobs in Malaysia or Cambodia are often scam centres. Never "
  "send your passport copy to unknown WhatsApp numbers.")
N("awareness", "bn",
  "মেয়েকে অল্প বয়সে বিয়ে দিয়ে বিদেশ পাঠানোর প্রস্তাব এলে সাবধান। ১৮ বছরের আগে বিয়ে আইনত অপরাধ। প্রয়োজনে ১০৯ নম্বরে ফোন করুন।")
N("awareness", "bn-Latn",
  "Probashi bhai der jonno: kafil apnar passport rekhe dite parbe na, eta apnar odhikar. Passport atkaile embassy r "
  "labour wing e janan.")
N("awareness", "en",
  "Migrant help desk: if your family member abroad is unpaid or locked in, write to help@probashisheba.org or call "
  "01700-112233 (9am-5pm). All services free.",
  [("email", "help@probashisheba.org"), ("phone", "+8801700112233")])

# ---- official (6)
N("official", "en",
  "M/s Green Crescent Overseas (RL-1487). Malaysia recruitment: government-fixed migration cost Tk 78,990 only. Pay by "
  "bank to our official account and collect money receipt. Do not pay any sub-agent. Ph: 02-55012345",
  [("phone", "+880255012345")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, মাস্কাট: ভিজিট ভিসায় ওমানে এসে কাজ খোঁজা অবৈধ। কর্মীর পাসপোর্ট নিয়োগকর্তার কাছে জমা রাখার কোনো বাধ্যবাধকতা নেই। "
  "শ্রম কল্যাণ উইং: +৯৬৮ ২৪৫০ ১১৭৩",
  [("phone", "+96824501173")])
N("official", "bn-Latn",
  "Priyo abedonkari, apnar BMET registration shompurno hoyeche. Smart card nite passport (EF0723519) o NID niye jela "
  "karmasangsthan office e ashun. Kono dalal er proyojon nai.",
  [("bd_passport", "EF0723519")])
N("official", "en",
  "Notice to all recruiting agencies: a money receipt must be issued for every payment. Charging workers above the fixed "
  "cost is punishable under the Overseas Employment and Migrants Act 2013. Complaints through the Ami Probashi app.")
N("official", "bn",
  "উমরাহ যাত্রীদের জ্ঞাতব্য: পাসপোর্ট ও টিকিট নিজের কাছে রাখুন, এজেন্সি প্রতিনিধি শুধু গ্রুপ ভিসার কাগজ দেবেন। ফ্লাইট ১২ ডিসেম্বর, "
  "রিপোর্টিং সকাল ৬টা, টার্মিনাল ১। প্রতিনিধি: ০১৭১৫৬৬৩৪২১",
  [("phone", "+8801715663421")])
N("official", "en",
  "Dear candidate, your trade test for Welder (Saudi project) is on 10 Dec at our Banani office. Bring original passport "
  "and 4 photos. Service charge at government rate only, paid by bank draft. Licence RL-0921.")

# ---- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01812345670. Ref Abba. Fee Tk 0.00. Balance Tk 26,412.50. TrxID CL74M3Q9ZT at "
  "06/12/2026 21:14",
  [("phone", "+8801812345670"), ("mfs_transaction", "CL74M3Q9ZT")])
N("receipt", "en",
  "Cash Out Tk 50,000.00 to Agent 01710998877 successful. Fee Tk 925.00. Balance Tk 1,204.00. TrxID AJ61KD08PX at "
  "07/12/2026 05:02",
  [("phone", "+8801710998877"), ("mfs_transaction", "AJ61KD08PX")])
N("receipt", "bn",
  "নগদ: ০১৯৩৩৪৪৫৫৬৬ থেকে ৳১৫,০০০ গ্রহণ করেছেন। TxnID: 73KD9A2F। ব্যালেন্স ৳১৫,২১০।",
  [("phone", "+8801933445566"), ("mfs_transaction", "73KD9A2F")])
N("receipt", "en",
  "Dear Customer, inward remittance of BDT 87,350.00 from Al Rajhi Bank KSA credited to A/C ***4471 on 05-12-2026. "
  "Incentive 2.5% credited. -Sonali Bank")
N("receipt", "en",
  "Rocket: Tk 3,000 Send Money to 01611-778899 successful. TxnId: 8845127730. Balance Tk 412.00",
  [("phone", "+8801611778899"), ("mfs_transaction", "8845127730")])
N("receipt", "en",
  "Payment Tk 1,250.00 to Merchant Dhaka Airport Car Parking successful. TrxID BKA7D2K8Q1. Balance Tk 3,880.40",
  [("mfs_transaction", "BKA7D2K8Q1")])
N("receipt", "en",
  "Western Union: money transfer of 8,200 AED to MST RAHIMA KHATUN (Bangladesh) is ready for pickup. MTCN 4471209836.")

# ---- family (8)
N("family", "bn",
  "আব্বা, পাসপোর্ট আর টিকিট আমার কাছেই আছে, ব্যাগের ভিতরের চেইনে রাখছি। বোর্ডিং পাস পাইছি, ইমিগ্রেশনের লাইনে দাঁড়াইছি। দোয়া কইরেন।")
N("family", "bn-Latn",
  "Ammu, bhaiya Saudi theke 40 hajar pathaise bkash e tomar nam e. Ami tule rakhsi, kal jomir kisti ta diye dibo.")
N("family", "en",
  "Mama please send scan of your passport page and NID both sides, the embassy needs sponsor documents for my student "
  "visa. Your NID is 19752694418263507 right?",
  [("bd_nid", "19752694418263507")])
N("family", "bn",
  "খালা তোমার উমরাহর পাসপোর্ট নম্বর A09318462 তো? এজেন্সি হোটেল বুকিংয়ের জন্য জানতে চাইছে।",
  [("bd_passport", "A09318462")])
N("family", "bn-Latn",
  "Dulabhai bollo Malaysia te tar company notun lok nibe, BMET diye, sob legal. Govt fee er beshi ek taka o lagbe na. Tui "
  "certificate gula ready kor.")
N("family", "en",
  "Bhaiya landed safe in Kuala Lumpur. Company bus came to airport, we are at the hostel now. Passport is with me, they "
  "only took a copy for the permit. Will call after Isha.")
N("family", "bn",
  "মা, টাকা নিয়া চিন্তা কইরো না। ব্যাংকের লোনের কিস্তি আমি প্রতি মাসে বেতন থেকে পাঠামু, দুই বছরে শেষ। কোম্পানি ভালো, ওভারটাইমও দেয়।")
N("family", "bn",
  "এয়ারপোর্টের বাইরে দাঁড়ায় আছি, ভিতরে ঢুকতে দেয় না। ইমিগ্রেশন পার হইলে একটা মেসেজ দিও, তারপর বাড়ি যামু।")

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah 3 bochor holo Riyadh e. Salary protimash er 27 tarikh e ashe, Friday off, company room e 4 jon thaki AC "
  "ache. Iqama renew company nijei kore.")
N("worker_content", "en",
  "Our supervisor is strict about 8 hours, overtime only if we want and it's paid 1.5x. First time I'm saving properly. "
  "Sending 60k home this month.")
N("worker_content", "bn",
  "দুবাইতে হোটেলে হাউসকিপিংয়ের কাজ করি, ডিউটি ৯ ঘণ্টা। পাসপোর্ট নিজের লকারে। ম্যানেজার ভালো, ছুটি চাইলে দেয়। এই মাসে বোনাসও পাইছি।")
N("worker_content", "bn-Latn",
  "Kuwait e driver er kaj, malik bhalo manush, Ramadan e double salary dise. Ammu ke bolo amar notun number ei, "
  "wa.me/96550123456 e video call dite",
  [("whatsapp", "+96550123456")])
N("worker_content", "en",
  "Finished my 2 year contract in Malaysia, end of service paid in full, company even paid my ticket home. Landing Dhaka "
  "on the 9th InshaAllah 🇧🇩")
N("worker_content", "bn",
  "ওমানে ফার্মে কাজ, গরম বেশি তবে দুপুর ১২টা থেকে ৩টা কাজ বন্ধ, সরকারি নিয়ম। থাকা খাওয়া কোম্পানির, বেতন ঠিক সময়ে আসে।")

# ---- joke (5)
N("joke", "bn-Latn",
  "Amar bou amar passport lukaia rakhse jate ami Dubai na jai 😂 eta kon dhoroner control bhai, kar kache bichar dibo")
N("joke", "en",
  "Mom has kept my phone since exams started. Confinement, no contact with family... wait, she IS the family 😂")
N("joke", "bn",
  "বসরে কইলাম বেতন বাড়ান, কয় আগে গত মাসের লেট শোধ করো 😅 এখন আমি অফিসের কাছে ঋণী, আমার ছুটি বন্ধক রাখছে")
N("joke", "bn-Latn",
  "dalal bhai bolse Canada te free visa, giye dekhi free shudhu wifi 🤣🤣 (meme bhai, tension nio na)")
N("joke", "en",
  "Group rule: whoever is late to the airport to see off Rafi pays for everyone's biryani. Non-negotiable debt. Payment "
  "by bKash only 😤")

# ---- chatter (4)
N("chatter", "bn-Latn",
  "Tor Malaysia r student visa ki hoise? Uni offer letter ashse? Bank statement e 8 lakh dekhate bolse naki?")
N("chatter", "en",
  "bro follow my insta @rafi.travels, posting the whole Umrah trip, Madinah pics tonight",
  [("instagram", "@rafi.travels")])
N("chatter", "en",
  f"Anyone selling USDT? Need 300 for my freelancing card, ERC20 to {ETH1} and I pay you bKash same rate as last time",
  [("eth_address", ETH1)])
N("chatter", "bn-Latn",
  "Bhai hotel booking er confirmation ta forward koro, immigration e dekhte chaite pare. Ar return ticket print kore nio")

# ---- easy negatives (10, hard=False)
N("chatter", "bn", "আজ রাতে ভাত খাবি? মা ইলিশ রান্না করছে।", hard=False)
N("chatter", "en", "Meeting moved to 4pm, please bring the printed slides.", hard=False)
N("chatter", "bn-Latn", "Kal khela ache, 5 tar moddhe mathe chole ashis", hard=False)
N("chatter", "en", "Happy birthday Nila! 🎂 have a great year", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে, ছাতা নিয়া বাইর হইও।", hard=False)
N("family", "bn-Latn", "Ammu ami pouchai gesi, bus e sobai ghumaise", hard=False)
N("family", "en", "Can you pick up milk and eggs on the way home?", hard=False)
N("chatter", "bn", "পরীক্ষার রুটিন দিছে, ১৫ তারিখ থেকে শুরু।", hard=False)
N("chatter", "en", "Flight delayed 40 mins, boarding at 10:20 now. See you in Chattogram.", hard=False)
N("chatter", "bn-Latn", "Dokan bondho ajke, shukrobar. Kal ashen", hard=False)


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
    random.Random(138).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev138-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
