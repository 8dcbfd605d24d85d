"""Blind evaluation set dev109 for the trafficking-indicator detector.

Written 2026-12-06. The writer never read the tool's rules, the other evaluation sets or the
tool's code; only sections 1 and 2.1 of the indicator research notes were consulted for meaning.
Persona: a lawyer for families of Bangladeshi men who went to Russia as 'cleaners' or 'security
guards' and were pressed into the army or unpaid work (plus similar Belarus and Kazakhstan offers),
who also sees plenty of genuine migrants' and families' everyday talk.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev109.jsonl"
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


BTC1 = btc("dev109-btc-1")
TRON1 = tron("dev109-tron-1")
ETH1 = eth("dev109-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn-Latn",
  "Ammu amake bolsilo cleaner er kaj, Moscow te office building e. Ekhane ese dekhi army camp, "
  "uniform dise, Russian e ekta kagoj sign koraise keu bujhay nai ki likha. Dalal Sohel bhai phone "
  "dhore na 01846-302917",
  [("phone", "+8801846302917")])
F("recruitment_deception", "bn",
  "ভাই আমারে কইছিল সিকিউরিটি গার্ডের চাকরি, মস্কোর একটা শপিং মলে, মাসে দুই লাখ টাকা। এখন দেখি "
  "ট্রেনিং ক্যাম্পে আনছে, বন্দুক চালানো শিখায়। আমাদের বাকি ১৪ জনরেও একই কথা কইছিল।")
F("recruitment_deception", "en",
  "Sir this is what my brother sent on 14 March, I am forwarding: 'They told kitchen helper in St "
  "Petersburg. Now we are in Rostov. One man translated the paper, it is 1 year contract with defence "
  "ministry. I never said I will fight.' Please help sir 🙏")
F("recruitment_deception", "bn-Latn",
  "Contract e ja likha ache oita niye tension nio na, oita shudhu visa er jonno. Oikhane giye amader "
  "company onno kaj dibe, beton o beshi. Embassy te kichu jiggesh korle bolba hotel job, bas.")
F("recruitment_deception", "bn",
  "মিনস্কে ফ্যাক্টরির কাজ বলছিল, মাসে ১২০০ ডলার, ওয়ার্ক পারমিট সহ। আসার পর দেখি ভিসা টুরিস্ট। "
  "এখন বলে পোল্যান্ডের বর্ডার পার হইতে হবে জঙ্গল দিয়া, নাইলে কোন কাজ নাই।")
F("recruitment_deception", "bn-Latn",
  "Almaty ashar age bolse construction company work permit kore dibe, 900 dollar beton. Ekhon dekhi "
  "tourist visa, 30 din por amra illegal. Beton dicche 250, tao mash shesh hoile na")
F("recruitment_deception", "en",
  "Bhaiya the visa copy agent sent on whatsapp, I showed it at the Russian embassy gate in Baridhara, "
  "they said that invitation number doesn't exist in their system. Agent still says flight on Sunday "
  "and wants the remaining 2 lakh. His mail is globalmanpower.rus@gmail.com",
  [("email", "globalmanpower.rus@gmail.com")])
F("recruitment_deception", "bn",
  "দালাল বলছিল সৌদির ভিসা, আগে উমরাহ তারপর কাজ। জেদ্দা থেকে সোজা মস্কোর ফ্লাইটে তুইলা দিছে, বলে "
  "ওইখানে বেতন বেশি। আমার ভাইয়ের পাসপোর্ট নম্বর B00817263, দয়া কইরা একটু খোঁজ নেন স্যার।",
  [("bd_passport", "B00817263")])

# ---------------------------------------------------------------- fees_and_debt (7)
F("fees_and_debt", "bn-Latn",
  "Mama dalal bolse Russia jaite 7 lakh, 3 lakh ekhon, baki 4 lakh beton theke kete nibe prothom 8 "
  "mash. Abba jomi bondhok rakhse. Ekhon chhele bole 8 mash hoye gese ekta taka o hate pay nai.")
F("fees_and_debt", "bn",
  "ছেলেটার বেতন থেকে প্রতি মাসে ৪০০ ডলার কাইটা রাখে, বলে টিকিট, ভিসা আর থাকার খরচ। দেড় বছর "
  "হইল, এখনো নাকি শোধ হয় নাই। হিসাব চাইলে দেয় না।")
F("fees_and_debt", "en",
  "Company says I owe 2300 dollar for flight, hostel and 'documents'. Every month they add something "
  "new, uniform, medical, even the blanket. They say you can go when debt is zero. It never becomes "
  "zero bro")
F("fees_and_debt", "bn",
  "সমিতি থেকে সুদে ৫ লাখ নিয়া ছেলেরে রাশিয়া পাঠাইছি। এখন দালাল ফোন দিয়া আরো ২ লাখ চায়, বলে ওর "
  "কাগজ রিনিউ করতে লাগবে, না দিলে কাজ থাকবে না।")
F("fees_and_debt", "bn-Latn",
  "Boss bole tomar recruitment fee 1500$ amra dalal ke disi, oita shodh na kora porjonto company "
  "chharte parba na. Ami to dalal ke deshe nijei 5 lakh taka disi!!")
F("fees_and_debt", "en",
  "He took 6.5 lakh from my father for Belarus, cash, no receipt. Now he is saying another 1.2 lakh "
  "for 'residence card' otherwise my stay expires. Where will my father get this money from")
F("fees_and_debt", "bn",
  "তোর বাপ আগাম ১ লাখ নিছে আমার কাছ থেকে। ওইটা কাইটা শেষ না হওয়া পর্যন্ত তুই কাজ ছাড়তে পারবি "
  "না, বুঝছস? বেশি বুঝলে টাকা তোর বাপের কাছ থেকে আদায় করমু।")

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn-Latn",
  "Passport commander er kache, bole contract shesh hoile dibe. Phone o nie nise sobar. Aj ekjon er "
  "phone lukaya diye dilam. Ammu ke boiyo na, tension korbe.")
F("isolation_and_control", "bn-Latn",
  "Amra 40 jon ek ghore, gate e guard, baire jaite dey na, Sunday te o na. Supervisor bole keu "
  "jiggesh korle bolbi tourist, ghurte ashchi.")
F("isolation_and_control", "en",
  "they took all phones first day. sunday we get 5 min with someone standing next. pls dont call "
  "back this number its my friends, +7 926 118 40 52. I will msg when I can",
  [("phone", "+79261184052")])
F("isolation_and_control", "en",
  "If anyone from the embassy or any lawyer calls you, tell them he is working in a restaurant and he "
  "is fine. Don't say anything about the camp. Understand? This is for his own safety.")
F("isolation_and_control", "bn",
  "ভাইয়ের পাসপোর্ট কোম্পানি রাইখা দিছে, বের হইলে পুলিশ ধরবে তাই রুম থেকে বাইর হয় না। সপ্তাহে "
  "একবার ফোন করতে দেয়, তাও পাশে লোক দাঁড়ায়া থাকে।")
F("isolation_and_control", "bn",
  "ক্যাম্পের বাইরে যাওয়া নিষেধ। সবার সিম ভাইঙ্গা ফালাইছে, নতুন একটা ফোন দিছে যেইটায় শুধু "
  "অফিসারের নম্বর। এই মেসেজ অন্য একজনের ফোন থেকে দিতেছি, রিপ্লাই দিও না।")
F("isolation_and_control", "en",
  "Bhai in the Minsk hostel the agent's man locks the door from outside at night. He keeps the key "
  "and all 11 passports in his car. We asked to go to the shop, he said write a list.")
F("isolation_and_control", "bn-Latn",
  "Kauke bolbi na kothay jacchis, tor bou keo na. Airport e jiggesh korle bolbi umrah e jaitesi. "
  "Telegram e amake knock dibi @sohel_visa_bd, ar kothao na.",
  [("telegram", "@sohel_visa_bd")])

# ---------------------------------------------------------------- threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "ফ্রন্টে না গেলে জেলে দিবে কইছে, ১০ বছর। আমার সামনে নোয়াখালীর একজনরে রাইফেলের বাট দিয়া "
  "মারছে। আম্মারে কিছু কইয়ো না।")
F("threats_and_coercion", "bn-Latn",
  "Dalal ammu ke phone kore bolse case tule nao, naile tomar chhele ar kono din feret ashbe na. "
  "Number ta 01911-574203. Ukil shaheb ami ki korbo?",
  [("phone", "+8801911574203")])
F("threats_and_coercion", "en",
  "The officer said if we refuse we are deserters and they can shoot us. Two guys from Cumilla "
  "refused last week, we don't know where they are now.")
F("threats_and_coercion", "bn",
  "মামলা তুইলা নেন, নইলে আপনার ছোট মেয়েটার খবর আছে। এলাকায় আমাদের লোক আছে, কোন স্কুলে যায় "
  "তাও জানি।")
F("threats_and_coercion", "bn-Latn",
  "Boss bolse beshi kotha bolle police e diye dibe, tor visa nai, deport kore dibe, ek taka o pabi na. "
  "Tai chup kore achi bhai")
F("threats_and_coercion", "en",
  "We know your son is talking to a lawyer. If your family goes on TV again we will tell the Russian "
  "police he ran away from his unit. Then you will never see him. Think.")
F("threats_and_coercion", "bn",
  "কাজ না করলে খাওয়া বন্ধ। কাল রাতে দুইজনরে কারেন্টের তার দিয়া পিটাইছে, একজনের হাত ফুইলা গেছে।")
F("threats_and_coercion", "bn-Latn",
  "Tui palaile tor baaper jomi ami likhe nimu, stamp e sign ache. Mone rakhis tor ma bon kothay thake "
  "ami jani.")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "en",
  "Digging trenches 14-16 hours, no salary since we came 4 months ago. They say salary goes to a bank "
  "card but nobody has seen any card.")
F("labour_exploitation", "bn-Latn",
  "Site e sokal 6 ta theke rat 11 ta, ekdin o chuti nai. 3 mash er beton baki. Khawa dey ekbar, ruti "
  "ar cha.")
F("labour_exploitation", "bn",
  "আমাদের মনে হয় আরেক কোম্পানির কাছে বেইচা দিছে। নতুন সুপারভাইজার আসছে, বলে তোমরা এখন আমাদের "
  "লোক, আগের বেতনের কথা আগের মালিকরে জিগাও।")
F("labour_exploitation", "en",
  "They sent us to clear a field near the line with shovels. No helmet no vest nothing. 'Cleaner' job "
  "they said lol. 7 months no money.")
F("labour_exploitation", "bn-Latn",
  "Belarus er farm e kaj, 800 dollar bolsilo, 5 mash e paisi 200. Rat e truck e maal tulte hoy, off "
  "day bole kichu nai.")
F("labour_exploitation", "bn",
  "জ্বর নিয়াও গুদামে ১২ ঘণ্টা কাজ করাইছে। বেতন চাইলে বলে পরের মাসে, পরের মাসে আসলে বলে কোম্পানির লস।")
F("labour_exploitation", "en",
  "Day 19 without a day off. Hands frozen. Supervisor keeps our salary 'safe' he says, we get "
  "everything at end of contract. Nobody who finished got anything.")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn-Latn",
  "Chhele tar boyosh 16, kintu dalal bolse passport e 19 koira dibe, notun jonmo nibondhon banay dibe "
  "3 hajar takay. Russia te boyosh keu check kore na bole.")
F("minors", "bn",
  "ক্লাস নাইনে পড়ত ছেলেটা। রাশিয়া নিয়া গেছে, পাসপোর্টে বয়স বাড়ায়া দিছে। কাল ফোনে কানতেছিল, "
  "বলে ট্রেনিং করায়, আম্মু আমি বাড়ি আসব।")
F("minors", "en",
  "Need girl 12-13 for housework in Gulshan, family from village ok. We send 4000 monthly to parents. "
  "She will stay with us full time, no need school.")
F("minors", "bn-Latn",
  "Meye ta 15 te porse matro, kintu Dubai er party bolse biye dile visa easy, jamai oikhane kaj dibe. "
  "Kabin e boyosh 18 likhe dibe kazi, chinta koiren na.")
F("minors", "bn",
  "ওর এনআইডি নাই তো কি হইছে, বয়স ১৭। ওর বড় ভাইয়ের এনআইডি ১৯৯৮২৬৯৪৫১২৩৭৮৮০২ দিয়া পাসপোর্ট "
  "করায়া দিমু, ছবি মিলাইয়া। আমার লোক আছে।",
  [("bd_nid", "19982694512378802")])
F("minors", "en",
  "boss the 2 boys from Sylhet are 15 and 16, we put 21 in the forms. If anybody asks they are "
  "Rafiq's cousins going for cleaning job. Rafiq number +966 55 804 2231",
  [("phone", "+966558042231")])
F("minors", "bn-Latn",
  "14 bochhor er bachha ta ke hotel e dise, rat 2 ta porjonto thala-baati dhoy, school chharaye dise. "
  "Mashe 2 hajar taka baba ke dey malik.")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "en",
  "New Bangladeshi girls in Moscow ✈️🌹 young, real photos, hotel or outcall 24/7. Only telegram "
  "t.me/desi_rose_msk",
  [("telegram", "@desi_rose_msk")])
F("sexual_exploitation", "bn-Latn",
  "Apu bolsilo Almaty te beauty parlour e kaj. Ashar por dekhi parlour er pichone room, rat e customer "
  "ashe. Na bolle khaite dey na, passport madam er kache.")
F("sexual_exploitation", "bn",
  "দুবাইয়ে হোটেলে রিসেপশনের কাজ কইছিল। এখন জোর কইরা রাতে কাস্টমারের রুমে পাঠায়। না গেলে কয় "
  "টিকিটের টাকা শোধ কর।")
F("sexual_exploitation", "en",
  "Madam says tonight private show for 3 guests, if you say no it's 500 dollar fine. Wear the red one "
  "and smile in the video.")
F("sexual_exploitation", "bn-Latn",
  "Notun maal ashse Dhaka theke, 18-19 boyosh, Bangla meye, shy. Rate 300$ night, Deira flat. "
  "Interested hole WhatsApp koren wa.me/971556203418",
  [("whatsapp", "+971556203418")])
F("sexual_exploitation", "bn",
  "স্পা তে ম্যাসাজের চাকরি বইলা নিছে। এখন বলে এক্সট্রা সার্ভিস না দিলে দেশে ফেরত পাঠাবে, এক "
  "টাকাও দিবে না। ফোনও নিয়া গেছে।")
F("sexual_exploitation", "en",
  "Video call only, 20 min 3000tk, pay first to 01736-481290 bKash. Girls do what you ask, boss keeps "
  "their phone so don't try to add them.",
  [("phone", "+8801736481290")])

# ---------------------------------------------------------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn-Latn",
  "Chhele ke chharate hoile 3 lakh lagbe. bKash e 01812-457390 ar 01409-662158 e pathan, ek number e "
  "50 hajar er beshi na, 5-6 bhaag e. Reference e kichu likhben na.",
  [("phone", "+8801812457390"), ("phone", "+8801409662158")])
F("payments_and_proceeds", "en",
  "Send remaining 4,50,000 through hundi, my man in Motijheel will give you the code. Don't use bank, "
  "too many questions. After that your son gets his passport.")
F("payments_and_proceeds", "bn",
  "নগদে ৪৯,৫০০ পাঠাইছি, TrxID 73KQ2XH9, স্ক্রিনশটও দিছি। এখন দালাল কয় আরো ৫০ হাজার লাগবে, নাইলে "
  "ভাইরে ছাড়বে না।",
  [("mfs_transaction", "73KQ2XH9")])
F("payments_and_proceeds", "en",
  f"Pay 1500 USDT TRC20 to {TRON1} and send screenshot here. Then passport will be handed at the "
  "hostel. No screenshot no passport.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Rocket e pathaiyen na, Rocket er account dhora khaise. Nagad e 3 ta agent number dilam, protita te "
  "20 hajar kore, cash out kore amar lok niye ashbe.")
F("payments_and_proceeds", "bn",
  "প্রত্যেক বাঙালি পাঠাইলে ওইপারের লোক ২ হাজার ডলার দেয়, ওই টাকা দুবাই হয়া হুন্ডিতে আসে। তোর "
  "ভাগ ৩০০ ডলার, কাউরে কইস না।")
F("payments_and_proceeds", "bn-Latn",
  f"Boss 6 jon er payment eshe gese BTC te, {BTC1} e. Tomar share kalke dibo, ar notun 10 jon ready "
  "rakho Kazan er jonno.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Passport back only after 80,000 tk. bKash personal 01625 093 771, write 'loan' in reference. "
  "Before 8pm today or he goes to the camp with the others.",
  [("phone", "+8801625093771")])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (6)
N("news", "en",
  "Dhaka, 12 May: RAB arrested three members of a gang that allegedly sent at least 17 men to Russia "
  "with promises of cleaning jobs. Families say several were later deployed to the front line.")
N("news", "bn",
  "রাশিয়ায় যুদ্ধে পাঠানোর অভিযোগে মানব পাচার আইনে মামলা হয়েছে। আসামি রাজধানীর একটি রিক্রুটিং "
  "এজেন্সির মালিক। সিআইডি জানায়, প্রত্যেকের কাছ থেকে ৭ থেকে ১০ লাখ টাকা নেওয়া হয়েছিল।")
N("news", "bn-Latn",
  "Khobor dekhsen? Minsk e 12 jon bangali atke ase, embassy bolse tader ferot anar bebostha hocche. "
  "Amader elakar duijon o ase naki.")
N("news", "en",
  "BFIU has frozen 47 MFS accounts linked to digital hundi; police said agents received instructions "
  "over WhatsApp and IMO, and split deposits to stay under limits.")
N("news", "bn",
  "কাজাখস্তান থেকে ফেরত আসা ২৩ জন শ্রমিক বিমানবন্দরে সাংবাদিকদের বলেন, চার মাসের বেতন না দিয়েই "
  "তাঁদের ফেরত পাঠানো হয়েছে। মন্ত্রণালয় বিষয়টি তদন্ত করছে।")
N("news", "en",
  "Court grants bail to alleged dalal in Russia recruitment case; next hearing 3 February. Counsel for "
  "the families said they would challenge the order in the High Court.")

# ---------------------------------------------------------------- awareness (6)
N("awareness", "bn",
  "বিদেশে যাওয়ার আগে নিজের পাসপোর্ট কখনো দালালের হাতে দেবেন না। বিএমইটির নিবন্ধন ও স্মার্ট কার্ড "
  "ছাড়া কোনো চাকরির প্রস্তাবে রাজি হবেন না। প্রবাসী হেল্পলাইন ১৬১৩৫।")
N("awareness", "bn-Latn",
  "Russia, Belarus e 'cleaner' ba 'security guard' er job offer pele shabdhan! Onek bangali ke army "
  "te dhukaye deya hoise. Contract er Bangla copy chaiben, sign er age embassy te verify korben.")
N("awareness", "en",
  "Red flags: salary too good to be true, agent asks you to keep the trip secret, tourist visa for a "
  "'work' job, payment only cash or personal bKash. Ask first: WhatsApp wa.me/8801784333222 (free "
  "migrant legal aid).",
  [("whatsapp", "+8801784333222")])
N("awareness", "bn",
  "মেয়েদের জন্য বিদেশে পার্লার, স্পা বা হোটেলে লোভনীয় বেতনের চাকরির অফার পেলে যাচাই করুন। "
  "লাইসেন্সবিহীন এজেন্সির মাধ্যমে কাউকে পাঠাবেন না।")
N("awareness", "en",
  "Parents: a child under 18 cannot legally be sent abroad for work. If anyone offers to 'fix' your "
  "child's birth certificate for a passport, that is a crime. Call 999 or 1098.")
N("awareness", "bn-Latn",
  "Kono company jodi apnar passport rekhe dey, eta ain birodhi. Russia te thakle Bangladesh embassy "
  "er hotline e jogajog korun: +7 495 246 79 11 (24 ghonta).",
  [("phone", "+74952467911")])

# ---------------------------------------------------------------- official (6)
N("official", "en",
  "M/S Rupsha Overseas Ltd (RL-1287). Malaysia plantation workers, 60 posts. Government-fixed migration "
  "cost Tk 78,990, payable only by bank with money receipt. Do not pay anyone else. Info: 01730-118452, "
  "rupsha.overseas.rl1287@gmail.com",
  [("phone", "+8801730118452"), ("email", "rupsha.overseas.rl1287@gmail.com")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, মস্কো: রাশিয়ায় অবস্থানরত যেসব বাংলাদেশি নাগরিক সামরিক চুক্তিতে স্বাক্ষরের জন্য "
  "চাপের সম্মুখীন হচ্ছেন, তাঁরা অবিলম্বে দূতাবাসের হটলাইনে যোগাযোগ করুন: +৭ ৯৮৫ ৩৩১ ৪০ ২৭",
  [("phone", "+79853314027")])
N("official", "bn-Latn",
  "Assalamu alaikum, apnar Saudi visa er medical FIT asche. BMET fingerprint er jonno original passport "
  "office e 2 diner jonno jama dite hobe, money receipt o jama receipt deya hobe. -Al Noor Recruiting "
  "Agency")
N("official", "en",
  "BMET: Your emigration clearance (smart card) for KINGDOM OF SAUDI ARABIA is ready. Passport No "
  "EF0736251. Collect from DEMO Cumilla with original passport, Sun-Thu 10am-4pm.",
  [("bd_passport", "EF0736251")])
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: আপনার অভিবাসন ঋণ ২,০০,০০০ টাকা অনুমোদিত হয়েছে। কিস্তি বিদেশে যোগদানের "
  "তিন মাস পর থেকে শুরু হবে। দালালের মাধ্যমে কোনো টাকা লেনদেন করবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Astana: consular camp in Almaty on 14 December. Bring passport and work "
  "permit. Workers with unpaid wages may submit complaints at the camp. Contact +7 701 555 34 12.",
  [("phone", "+77015553412")])

# ---------------------------------------------------------------- receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712-908344. Ref ammar oshudh. Fee Tk 0.00. Balance Tk "
  "27,340.50. TrxID BK71HX3Q9P at 12/11/2026 19:42",
  [("phone", "+8801712908344"), ("mfs_transaction", "BK71HX3Q9P")])
N("receipt", "en",
  "Cash In Tk 10,000.00 successful. Agent: 01911-640277. TxnID: 7A3KD9QW. Balance Tk 10,214.00. "
  "Nagad",
  [("phone", "+8801911640277"), ("mfs_transaction", "7A3KD9QW")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার হিসাবে রেমিট্যান্স ৮৭,৪৫০ টাকা জমা হয়েছে, প্রেরক: MD HABIB, রাশিয়া। সরকারি "
  "প্রণোদনা ২.৫% যোগ হবে। -সোনালী ব্যাংক")
N("receipt", "en",
  "Tk 5,000 sent to 01558-203916 successfully. TxnId: 4839201755. Charge Tk 9.00. Rocket",
  [("phone", "+8801558203916"), ("mfs_transaction", "4839201755")])
N("receipt", "bn",
  "আপনি ১৫,০০০ টাকা পেয়েছেন ০১৮১৯-২৪৫৬৭৩ থেকে। ফি ০ টাকা। ব্যালেন্স ১৬,২২০ টাকা। TrxID BKC4H7Z2QP",
  [("phone", "+8801819245673"), ("mfs_transaction", "BKC4H7Z2QP")])
N("receipt", "en",
  "Dutch-Bangla Bank: Inward remittance of BDT 1,12,500.00 from KAZAKHSTAN credited to A/C ****4471 "
  "on 03-DEC-26. Govt incentive credited separately.")

# ---------------------------------------------------------------- family (6)
N("family", "bn-Latn",
  "Ammu tomar NID number ta ki 4612873950? passport renew er form e dite hobe, ektu mile dekho.",
  [("bd_nid", "4612873950")])
N("family", "bn",
  "ভাইয়া রাশিয়া থেকে ভিডিও কল দিছিল, বলছে ভালো আছে, কোম্পানির হোস্টেলে থাকে, বেতন পাইছে। আম্মারে "
  "টেনশন করতে মানা করছে।")
N("family", "en",
  "Don't send money through that hundi guy again, use the bank app. We get the 2.5% bonus anyway and "
  "it's not worth the risk.")
N("family", "bn-Latn",
  "Mama Malaysia jabe, agency 78 hajar nise bank e, receipt ache. BMET training o shesh. Flight next "
  "month inshallah.")
N("family", "bn",
  "ছোটটার বয়স ১৫, ওরে এখন বিদেশ পাঠানোর কথা কেউ তুলবা না। আগে এসএসসি দিবে, তারপর দেখা যাবে।")
N("family", "bn-Latn",
  "Bhai bKash e 20 hajar pathailam 01552-774019 e, ammur operation er jonno. Baki ta salary pele.",
  [("phone", "+8801552774019")])

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah Kazakhstan e 2 bochor holo. Company valo, overtime korle extra pay, passport nijer "
  "kache. Friday off, ranna kori nijera.")
N("worker_content", "en",
  "Moscow update: working as cleaner in a shopping centre, 8 hours, salary on card every 10th. Cold "
  "as hell though 🥶 follow my reels @moscow_diaries_rakib",
  [("instagram", "@moscow_diaries_rakib")])
N("worker_content", "bn",
  "দুবাইয়ে হোটেলে হাউসকিপিংয়ের কাজ করি, দিনে ৯ ঘণ্টা, সপ্তাহে একদিন ছুটি। ম্যানেজার ভালো, ঈদে বোনাস দিছে।")
N("worker_content", "en",
  "Got a security guard job at a warehouse in Minsk. Contract was in Russian but company gave English "
  "copy, I checked it with the embassy first. First salary came today 🙌")
N("worker_content", "bn-Latn",
  "Site e aj 12 ghonta kaj korlam, overtime er taka alada dibe. Ami nijei chaisilam, shiter age "
  "beshi kamai kore rakhi.")
N("worker_content", "bn",
  "কোম্পানি ফোন রাখে শুধু ডিউটির সময়, লকারে। ডিউটি শেষে ফেরত দেয়। এইটা এখানের নিয়ম, সমস্যা নাই।")
N("worker_content", "en",
  "Finally cleared the loan I took for the migration cost, 11 months. Now every taka goes home "
  "alhamdulillah")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Amar boss amar passport na, amar lunch box confiscate korse 😂 bole office e biryani gondho ney na")
N("joke", "en",
  "My wife holds my salary hostage every month and I still can't leave. Is this forced labour?? 😂")
N("joke", "bn",
  "শীতে মস্কো গেলে নাকি আর ফেরত আসা যায় না, জইমা বরফ হইয়া যাইবা 😂")
N("joke", "bn-Latn",
  "Ami Russia gele amake army te nibe na, 2 km dourate parina, tar age hapaye jai 🤣")
N("joke", "en",
  "Dalal of the year award goes to my cousin who sold me a 'lifetime' gym membership for a gym that "
  "closed in 2 weeks 💀")

# ---------------------------------------------------------------- chatter (8)
N("chatter", "bn-Latn",
  "Oi Rashed er bhai naki Russia theke phire ashche? Shunlam onek kahini, kal dekha korte jabo.")
N("chatter", "en",
  "anyone know a good place in Dhaka to learn basic Russian? going to study in Kazan from February, "
  "scholarship finally came")
N("chatter", "bn",
  "আজকের মিটিংয়ে উকিল সাহেব বললেন সব কাগজ ফটোকপি করে রাখতে। পাসপোর্টের কপি, চুক্তির কপি, বিকাশের "
  "রসিদ, দালালের সাথে চ্যাটের স্ক্রিনশট।")
N("chatter", "bn-Latn",
  "Ekta group e bole Belarus e job, link dise t.me/belarus_jobs_info. Ami kichu bujhlam na, tumi "
  "ekbar dekhba? Taka dibo na age.",
  [("telegram", "@belarus_jobs_info")])
N("chatter", "en",
  "Is anyone going to the probashi job fair on Friday? Heard licensed agencies will have Japan and "
  "Korea EPS info.")
N("chatter", "bn",
  "ভাই তোমার রাশিয়ার ছবিগুলা দারুণ হইছে! ইনস্টাতে দেখলাম @tanvir.in.kazan, বরফের মধ্যে মসজিদের ছবিটা সেরা।",
  [("instagram", "@tanvir.in.kazan")])
N("chatter", "bn-Latn",
  "Kal hearing e jaben? Uttara court, 10 tay. Family ra sobai ashbe, sir bolse kagoj gula sathe "
  "ante.")
N("chatter", "en",
  f"Bro my freelancing payment came to my wallet {ETH1}, how do I cash it out to bank legally? Don't "
  "want the p2p hassle.",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- easy negatives (10)
N("chatter", "bn-Latn", "Bhai kal khela dekhsos? Shesh over e oi catch ta!!", hard=False)
N("chatter", "en", "Reminder: team lunch tomorrow at 1, bring your own plates", hard=False)
N("family", "bn", "আম্মু আজ রাতে খিচুড়ি রান্না করবা? বাইরে বৃষ্টি হইতেছে।", hard=False)
N("chatter", "bn-Latn", "Net slow, pore call dicchi", hard=False)
N("chatter", "en", "Happy birthday Nila!! 🎂🎉 have a great year", hard=False)
N("family", "bn", "কাল সকালে বাজারে যাবো, কিছু লাগলে বলিস।", hard=False)
N("chatter", "bn-Latn", "Eid er chhuti koydin paisos? Bari ashbi?", hard=False)
N("chatter", "en", "Can you send me the notes from today's class? I missed the last 20 min", hard=False)
N("family", "bn", "ছাদে কাপড় শুকাইতে দিছি, বৃষ্টি আসলে তুইলা আনিস।", hard=False)
N("chatter", "en", "My number changed, new one is 01715 223344, save it pls", [("phone", "+8801715223344")],
  hard=False)


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
    random.Random(109).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev109-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
