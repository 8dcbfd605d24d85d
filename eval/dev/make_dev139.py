"""Blind evaluation set dev139 (120 labelled chat messages: 60 flag, 60 ok), written 2026-12-07.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only the
brief and sections 1 and 2.1 of indicators.md.
Persona: a volunteer moderator of a 200,000-member Bangladeshi 'jobs abroad' Facebook group who
reads the posts, comments and reported direct messages of recruiters, stranded members, licensed
agencies and ordinary members.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev139.jsonl"
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


BTC1 = btc("dev139-btc-1")
TRON1 = tron("dev139-tron-1")
ETH1 = eth("dev139-eth-1")

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
F("recruitment_deception", "en",
  "Romania work permit ready!! Food packing factory, salary 1200 euro + overtime, free accommodation. "
  "No IELTS no experience. Only 3 seats left for this month, inbox fast. WhatsApp +40 745 218 663",
  [("phone", "+40745218663")])
F("recruitment_deception", "en",
  "Sister the job is receptionist in a big hotel in Dubai, only smile and welcome guests, salary 2500 dirham. "
  "You go on visit visa first, company will change it to work visa there, everyone does like this. "
  "Send passport copy and full photo to hr.alnoorhotels.dxb@gmail.com, don't ask the Dhaka agencies they will spoil it.",
  [("email", "hr.alnoorhotels.dxb@gmail.com")])
F("recruitment_deception", "bn-Latn",
  "bhai ami je croatia r work permit ta dilam oita embassy te check korsi, bolse oi number e kono permit e nai. "
  "dalal ekhon phone dhore na. 4 lakh diye disi already 😭")
F("recruitment_deception", "bn-Latn",
  "Saudi te giye dekhi company er kono naam nishana nai. airport theke ek lok niye gelo ek kafil er bari, "
  "bole tumi driver na, uter khamar e kaj korba. contract e lekha chilo company driver 1500 riyal.")
F("recruitment_deception", "bn-Latn",
  "Malaysia calling visa asol, 100% guarantee, factory job 8 ghonta duty. keu jodi bole fake tahole amar kache ashen "
  "ami dekhay dibo. visa copy whatsapp e pathabo wa.me/8801829304716",
  [("whatsapp", "+8801829304716")])
F("recruitment_deception", "bn",
  "ভাই আমারে বলছিল মালয়েশিয়ার পাম অয়েল কোম্পানিতে সুপারভাইজার, মাসে ৬০ হাজার টাকা। আইসা দেখি জঙ্গলে গাছ কাটার কাজ, "
  "বেতন তার অর্ধেকও না। কাগজে যে কোম্পানির নাম ছিল ওইটার কোনো অস্তিত্বই নাই।")
F("recruitment_deception", "bn",
  "রোমানিয়ার ভিসা লাগানো পাসপোর্টের ছবি পাঠাইছে, কিন্তু এম্বাসির সাইটে নম্বর দিলে কিছুই আসে না। দালাল বলে সাইট আপডেট হয় নাই, "
  "টেনশন নিয়েন না, আগামী সপ্তাহে ফ্লাইট।")
F("recruitment_deception", "bn",
  "আপু, কম্বোডিয়ায় অনলাইন কাস্টমার সার্ভিসের কাজ, শুধু কম্পিউটারে টাইপিং। বেতন ১২০০ ডলার, বিমান টিকিট থাকা খাওয়া সব কোম্পানির। "
  "কোনো অভিজ্ঞতা লাগবে না, শুধু পাসপোর্ট রেডি রাখেন 🙂")

# ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "সৌদি যাওয়ার জন্য জমি বন্ধক রাইখা সাড়ে চার লাখ দিছি। এখন কফিল প্রতি মাসে বেতন থেকে ৩০০ রিয়াল কাটে, "
  "বলে ভিসার খরচ নাকি এখনো শোধ হয় নাই।")
F("fees_and_debt", "bn",
  "মালয়েশিয়া পৌঁছানোর পর এজেন্টের লোক বলে আরও ১ লাখ ২০ হাজার লাগবে, না দিলে পারমিট হবে না। "
  "বাড়িতে ফোন দিয়া বললাম গরুটা বেইচা টাকা পাঠাও।")
F("fees_and_debt", "bn",
  "সুপারভাইজার পরিষ্কার বইলা দিছে, প্রথম এক বছরের বেতন পুরাটাই দালালের দেনা শোধে যাবে, হাতে পাবা শুধু খাওয়ার খরচ। "
  "দেনা শেষ না হওয়া পর্যন্ত অন্য কোথাও যাওয়ার উপায় নাই।")
F("fees_and_debt", "bn-Latn",
  "Croatia er jonno total 9 lakh. 3 lakh ekhon, 3 lakh visa hoile, baki 3 lakh oikhane giye beton theke kete nibe company. "
  "tension er kichu nai sobai emne jay.")
F("fees_and_debt", "bn-Latn",
  "amar bhai dubai te 2 bochor dhore kaj kore, kintu proti mash e 'visa cost' kete rakhe. ekhon bole aro 6 mash kata hobe "
  "tarpor passport ferot dibe. eta ki legal?")
F("fees_and_debt", "bn-Latn",
  "dalal ke 5 lakh dilam sudhu 'processing' er jonno. ekhon bolche medical r BMET er jonno aro 80 hajar, na dile file bondho. "
  "somiti theke loan nisi masik 10% sud e, ki korbo bujhtesi na")
F("fees_and_debt", "en",
  "Processing fee for Poland work visa is 7,50,000 BDT. Govt fee is only paper fee, real cost is this. 2 lakh advance today "
  "to hold your slot, rest company will cut from salary monthly after you go. Call 01976 458 213",
  [("phone", "+8801976458213")])
F("fees_and_debt", "en",
  "They told us ticket and visa were free, company pays. After landing the manager showed a paper that each of us owes "
  "4,000 ringgit and 400 will be cut every month. Nobody can leave until it's zero.")

# ---- isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আসার পরদিনই কোম্পানি সবার পাসপোর্ট আর মোবাইল জমা নিয়া নিছে। সপ্তাহে একদিন ১০ মিনিটের জন্য ফোন দেয়, পাশে সুপারভাইজার খাড়ায়া থাকে। "
  "এই মেসেজটা এক ভাইয়ের ফোন থেকে লুকায়া দিতেছি।")
F("isolation_and_control", "bn",
  "আম্মা, বাসার মালিক বাইরে যাইতে দেয় না, যাওয়ার সময় দরজায় তালা দিয়া যায়। কাউরে কইয়ো না আমি এইভাবে ফোন করছি, "
  "ধরা পড়লে ফোনটা নিয়া নিবে।")
F("isolation_and_control", "bn",
  "হোস্টেলের গেটে সারাদিন দুইজন পাহারা থাকে। কাজে যাই গাড়িতে, ফিরি গাড়িতে। কেউ জিজ্ঞেস করলে বলতে বলছে আমরা টুরিস্ট, কাজ করি না।")
F("isolation_and_control", "bn-Latn",
  "bhaiya amar passport kafil er kache, number EB0412378, 8 mash hoye gelo iqama o dey nai. baire gele police dhorbe bole "
  "room thekei ber hoite dey na. barite kotha bolte dey mash e ekbar.",
  [("bd_passport", "EB0412378")])
F("isolation_and_control", "bn-Latn",
  "apu notun number theke msg dilam, ager sim ta madam niye gese. amake kothao jete dey na, onno bangali meyeder sathe "
  "kotha bolao nished. +966 55 913 4027 ei number e sudhu rat 2tar por msg dio",
  [("phone", "+966559134027")])
F("isolation_and_control", "en",
  "Please help my cousin, she's in Jordan, the garment factory keeps all the girls' passports in the office. They live inside "
  "the compound and go out once a month with a guard. Her number is +962 79 604 3318, she can only read msgs at night.",
  [("phone", "+962796043318")])
F("isolation_and_control", "en",
  "Agent said when immigration asks, say you're going for Umrah, don't say work. Don't carry any job papers. "
  "And delete our chat before airport.")

# ---- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "টাকা ফেরত চাইছি দেইখা দালাল বলে বেশি কথা কইলে তোর বাপরে গ্রামে থাকতে দিমু না। আব্বার নামে মিথ্যা মামলা দিবে কইয়া হুমকি দিতেছে।")
F("threats_and_coercion", "bn",
  "মালিকের কাছে বেতন চাইলাম, কয় পুলিশে দিয়া দিবে চোর বানায়া, তারপর জেল থেকে খালি হাতে দেশে পাঠাবে। "
  "গত সপ্তাহে একজনরে মাইরা হাত ভাইঙ্গা দিছে।")
F("threats_and_coercion", "bn-Latn",
  "(dalal er DM er screenshot) tui jodi group er post ta delete na korish tor bon er chobi gula shob group e chere dibo. "
  "vabis na tor barir thikana jani na.")
F("threats_and_coercion", "bn-Latn",
  "kafil bole tumi palaile huroob kore dibo, tarpor jekhane dhorbe oikhanei jail. 3 jon ke emne korse already. tai keu palay na.")
F("threats_and_coercion", "bn-Latn",
  "camp e je kotha shune nai tare current er shock dise shobar shamne. bole ei holo kotha na shonar fol. amra sobai voy e chup.")
F("threats_and_coercion", "en",
  "Your son signed the contract. If he runs away we will file absconding case and he will never leave this country. "
  "And the 3 lakh your family owes we will collect from your house, we know where you live.")
F("threats_and_coercion", "en",
  "boss took my phone and said if i call embassy he will tell police i stole gold from madam. he hit me yesterday with belt. "
  "please dont post my name")

# ---- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। চার মাস হইলো বেতনের এক টাকাও দেয় নাই, বলে কোম্পানির লস চলতেছে।")
F("labour_exploitation", "bn",
  "একটা রুমে আমরা ১৪ জন থাকি, দিনে একবার খাবার দেয়। মাস্ক ছাড়া কেমিক্যাল স্প্রে করার কাজ, মাস্ক চাইলে বলে নিজের টাকায় কিনো।")
F("labour_exploitation", "bn",
  "যে কোম্পানিতে আসছিলাম ওরা তিন মাস পর আমাদের পাঁচজনরে আরেক মালিকের কাছে দিয়া দিছে, শুনলাম মাথাপিছু টাকা নিছে। "
  "নতুন জায়গায় কনস্ট্রাকশনের কাজ, বেতনের কোনো ঠিক নাই।")
F("labour_exploitation", "bn-Latn",
  "madam er basay 3 ta family er kaj kori, rat 2 tay ghumai 5 tay uthi. 6 mash er beton bolche deshe jawar somoy ek sathe dibe.")
F("labour_exploitation", "bn-Latn",
  "farm e 45 degree gorom e dupure kaj, pani o thik moto dey na. ek bhai ajke behush hoye porse, tao supervisor bole kaj bondho kora jabe na.")
F("labour_exploitation", "bn-Latn",
  "bhai ekhane overtime er kono taka nai, 16 ghonta duty. chhuti chaile bole 'tomar visa amar hat e'. 3 mash salary pai nai ekta o.")
F("labour_exploitation", "en",
  "We are 30 Bangladeshi at a construction site in Serbia. 7 days working 14 hours, no salary since March. Company says pay "
  "after project finish. Some of us sleep in a container without fan.")
F("labour_exploitation", "en",
  "Ma'am she is working for 3 houses not 1, cleaning and cooking from 5am until midnight, no day off in 11 months. "
  "Sponsor says the salary is kept 'for her safety' but she has never seen it.")

# ---- minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৫ হইলে কী হইছে, পাসপোর্টে ২৫ বানায়া দিমু। জন্মনিবন্ধন নতুন কইরা বানাইতে ৮ হাজার লাগবে। সৌদির বাসাবাড়ির কাজ, ভালো টাকা।")
F("minors", "bn",
  "গ্রামের ১২-১৩ বছরের দুইটা মেয়েরে ঢাকায় বাসার কাজে নিয়া গেছে এক লোক, বলছিল মাসে মাসে বাড়িতে টাকা পাঠাবে। "
  "এক বছর হইলো মেয়েদের সাথে কথা বলতে দেয় না।")
F("minors", "bn",
  "দালাল বলে আগে বিয়া দিয়া দেন, জামাইয়ের সাথে দুবাই যাবে, পরে ওইখানে কাজ। মেয়েটার বয়স মাত্র চৌদ্দ, "
  "জামাই নামে যে লোকটা আসছে তারে কেউ চিনে না।")
F("minors", "bn-Latn",
  "Malaysia te 16 bochorer chele der jonno kaj ase, hotel e thala basan dhowa. boyosh kono problem na, NID amra banay dibo 18 dekhiye.")
F("minors", "bn-Latn",
  "amar bhagina 14 bochor, tare ek lok boat e kore Malaysia nibe bole niye gese. ekhon Thailand er jongol er camp theke phone dise, "
  "bole 2 lakh na dile charbe na.")
F("minors", "en",
  "Need small girls 12-14 age for house work in Dhaka families, they get food, clothes and 3000 monthly sent to parents. "
  "No school needed. Contact broker Rashid 01552 807 194",
  [("phone", "+8801552807194")])
F("minors", "en",
  "Her birth certificate says 2009 but the agent made a new one showing 2001 and got an NID on it (4617093852), passport has the "
  "new date too. She's 16 and they are sending her to Riyadh next week.",
  [("bd_nid", "4617093852")])

# ---- sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "দুবাইয়ে পার্লারের কাজ কইয়া নিয়া আসছে। এখন রাতে হোটেলে পাঠায়, না গেলে খাওয়া বন্ধ। আমার মতো আরও ছয়টা মেয়ে আছে এই ফ্ল্যাটে।")
F("sexual_exploitation", "bn",
  "সিঙ্গাপুরে ক্লাবে ওয়েট্রেসের চাকরি, শুধু গেস্টদের সাথে বসে গল্প করতে হবে, টিপস অনেক। ১৮-২৩ বছরের সুন্দরী মেয়েরা ইনবক্সে ফুল বডি ছবি দিন। "
  "রাতে রুম সার্ভিস দিতে রাজি থাকলে বেতন ডাবল।")
F("sexual_exploitation", "bn-Latn",
  "new girls from Bangladesh ashse KL e 🌹✈️ hotel service available, short time / full night, booking er jonno telegram @klroseservice",
  [("telegram", "@klroseservice")])
F("sexual_exploitation", "bn-Latn",
  "apu ami caregiver er job e Jordan aschi, ekhane boss ratre guest der room e pathay. passport o nai. na korle bole deshe tor video pathabo.")
F("sexual_exploitation", "bn-Latn",
  "massage spa te kaj, salary 80k + tips. 'extra service' dite parle income 2 lakh porjonto. age 18-25, photo pathan insta te @spa.jobs.dxb",
  [("instagram", "@spa.jobs.dxb")])
F("sexual_exploitation", "en",
  "They said receptionist at a hotel in Muscat. First night the manager took our passports and told us the job is to 'entertain "
  "guests' in the rooms. Girls who refused were locked in without food.")
F("sexual_exploitation", "en",
  "live video call show every night, the man says if I stop he'll send the recordings to my husband. he takes all the money "
  "people send. i don't know how to get out")

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ছেলেরে লিবিয়ায় আটকায়া রাখছে, ভিডিও কলে মারতেছে দেখাইছে। বলে ৩ লাখ বিকাশ করেন এই নম্বরে ০১৭৮৪২৯৬৫১৩, টাকা না পাইলে আর ফোন দিবে না।",
  [("phone", "+8801784296513")])
F("payments_and_proceeds", "bn",
  "দালালের বাকি টাকা হুন্ডিতে দিতে হবে। দুবাইয়ে আমাদের লোক দিরহাম নিবে, দেশে নগদে এজেন্টের হাতে চলে যাবে। "
  "ব্যাংকে পাঠাইলে রেকর্ড থাকে, ওইটা কইরেন না।")
F("payments_and_proceeds", "bn",
  "নগদে ৫০ হাজার পাঠানো হইছে ভাই, TxnID 7HKQ2M9X। এখন আমার ভাইয়ের পাসপোর্টটা ফেরত দেন, কথা দিছিলেন টাকা পাইলে ছাইড়া দিবেন।",
  [("mfs_transaction", "7HKQ2M9X")])
F("payments_and_proceeds", "bn-Latn",
  "bhai ransom er 2 lakh 3 bhag e pathaisi, 3 ta alada bkash agent number e, oder kotha moto. last TrxID BK83JD5Q2L. "
  "ekhono chele ke chare nai",
  [("mfs_transaction", "BK83JD5Q2L")])
F("payments_and_proceeds", "bn-Latn",
  "Rocket e taka dio na, amar personal number e o na. 5 jon er processing er taka 01646 73 82 05 ei agent number e cash in koren, "
  "receipt ta amake inbox e diben.",
  [("phone", "+8801646738205")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT TRC20 te pathao, bkash e ar nibo na. address: {TRON1} . 1500 USDT pele tomar wife ke camp theke chere dibo.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Send the balance for the 6 Romania files in BTC only, not bank: {BTC1} . Once it confirms I release the visas. "
  "Don't write visa in any note.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Girls' earnings go to boss's cousin in Dhaka by Nagad every week, split in 20k pieces so nobody asks. "
  "Last one TxnID 72NW8Q4K, sender 01898 331 640.",
  [("mfs_transaction", "72NW8Q4K"), ("phone", "+8801898331640")])

# ================================================================ OK (60)

# ---- news (6)
N("news", "en",
  "Dhaka, Dec 5: RAB arrested three members of a gang that allegedly sent young men to Libya promising jobs in Italy, then "
  "demanded ransom from their families through mobile banking. The gang used bKash accounts opened with borrowed NIDs, RAB said.")
N("news", "bn",
  "মানবপাচার মামলায় নারায়ণগঞ্জের এক রিক্রুটিং এজেন্সির মালিককে ১০ বছরের কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। রাষ্ট্রপক্ষ জানায়, "
  "তিনি চাকরির কথা বলে ৯ নারীকে দুবাইয়ে পাঠিয়ে পাচার করেছিলেন।")
N("news", "bn",
  "সিআইডি জানিয়েছে, ডিজিটাল হুন্ডির সঙ্গে জড়িত ৫ হাজারের বেশি এমএফএস এজেন্ট শনাক্ত হয়েছে। প্রবাসীদের বৈধ পথে রেমিট্যান্স পাঠানোর আহ্বান জানানো হয়েছে।")
N("news", "bn-Latn",
  "news dekhlam, Croatia er fake work permit dekhiye 40 jon er kach theke 3 kotir beshi taka nise ek chokro, Motijheel theke "
  "2 jon greftar. group er sobai sabdhan.")
N("news", "en",
  "Malaysian police rescued 41 Bangladeshi workers from a locked hostel in Johor; passports were found in the employer's safe. "
  "The High Commission is arranging travel documents. Hotline for families: +60 3-2148 7940",
  [("phone", "+60321487940")])
N("news", "en",
  f"Police traced the ransom to a crypto wallet ({ETH1}) and froze it with the exchange's help, the DMP spokesperson said on Sunday.",
  [("eth_address", ETH1)])

# ---- awareness (7)
N("awareness", "bn",
  "সতর্কতা: বিদেশে চাকরির জন্য কারো হাতে পাসপোর্ট দিবেন না। বিএমইটির নিবন্ধন ও স্মার্ট কার্ড ছাড়া বিদেশে যাবেন না। প্রবাসী হেল্পলাইন ১৬১৩৫।")
N("awareness", "bn-Latn",
  "MOD NOTICE: group e keu 'free visa', 'calling visa 100% guarantee' bole inbox korle taka diben na. agency er license BMET er "
  "site e check koren. screenshot soho telegram e @jobsabroad_mods ke report koren.",
  [("telegram", "@jobsabroad_mods")])
N("awareness", "en",
  "Red flags before you pay anyone: they want cash or bKash instead of bank, they keep your passport 'for processing', they tell "
  "you not to say it's a work trip at immigration. Any one of these = stop.")
N("awareness", "bn",
  "মেয়েদের জন্য বিশেষ সতর্কতা: 'রিসেপশনিস্ট', 'কেয়ারগিভার', 'পার্লার' কাজের নামে অনেক প্রতারক ইনবক্সে আসে। চুক্তিপত্র না দেখে, "
  "দূতাবাসে যাচাই না করে কোথাও যাবেন না। বিপদে পড়লে ৯৯৯ এ ফোন দিন।")
N("awareness", "en",
  "If someone abroad is holding your family member and demands ransom, don't just send money. Call 999 and keep every number "
  "and TrxID they give you, police need them.")
N("awareness", "bn-Latn",
  "Cambodia/Myanmar e 'data entry', 'customer service' job er offer ashle bujhben beshirbhag e scam compound. "
  "free ticket + high salary + experience lagbe na = bipod.")
N("awareness", "en",
  "Workshop tomorrow at the Union Parishad: safe migration, how to read your employment contract, the legal cost for Saudi, "
  "and how to complain to BMET if an agent cheats you. Coordinator: info.safemigration.jsr@gmail.com",
  [("email", "info.safemigration.jsr@gmail.com")])

# ---- official (6)
N("official", "en",
  "M/S Al-Barakah Overseas (RL-1432). Demand for 50 male cleaners, Kuwait. Salary KWD 100 + food. Govt approved migration cost "
  "Tk 1,06,780 incl. air ticket. No other money to be paid to anyone. CV to recruit@albarakahoverseas.com.bd",
  [("email", "recruit@albarakahoverseas.com.bd")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, রিয়াদ: যেসব কর্মীর পাসপোর্ট নিয়োগকর্তা আটকে রেখেছেন বা ইকামা নবায়ন হয়নি, তারা শ্রম কল্যাণ উইংয়ে যোগাযোগ করুন। "
  "হটলাইন +966 11 419 3340 (রবি-বৃহস্পতি)।",
  [("phone", "+966114193340")])
N("official", "bn",
  "মালয়েশিয়া গমনেচ্ছু কর্মীদের জ্ঞাতার্থে: সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি টাকা কেউ দাবি করলে প্রবাসী কল্যাণ "
  "মন্ত্রণালয়ে অভিযোগ করুন। টাকা শুধুমাত্র ব্যাংকের মাধ্যমে জমা দিন।")
N("official", "bn-Latn",
  "Agency notice: Romania r jonno kono 'processing fee' advance neya hoy na. work permit ashar por contract dekhe bank e payment. "
  "office Banani, RL-0875. sudhu ei number e call korben 01711 902 348.",
  [("phone", "+8801711902348")])
N("official", "en",
  "Embassy notice: work visas are issued only after the employer's work permit is approved. Visa appointments are free through "
  "the official portal. The Embassy does not work with intermediaries.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: ক্রোয়েশিয়াগামী কর্মীদের প্রাক-বহির্গমন প্রশিক্ষণ আগামী রবিবার সকাল ৯টায়। সঙ্গে আনবেন পাসপোর্টের মূল কপি, "
  "জাতীয় পরিচয়পত্র ও ২ কপি ছবি।")

# ---- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01819447203. Ref remittance. Fee Tk 0.00. Balance Tk 25,412.50. TrxID CL24K8M7QP at 06/12/2026 21:14",
  [("phone", "+8801819447203"), ("mfs_transaction", "CL24K8M7QP")])
N("receipt", "en",
  "Cash In Tk 5,000.00 from 01711-556092 successful. Fee Tk 0.00. Balance Tk 5,230.00. TrxID CL31H7TB9A at 05/12/2026 10:02",
  [("phone", "+8801711556092"), ("mfs_transaction", "CL31H7TB9A")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার অ্যাকাউন্টে সৌদি আরব থেকে ৮৫,৩২০ টাকা রেমিট্যান্স জমা হয়েছে। সরকারি প্রণোদনা ২.৫% যুক্ত হয়েছে। -সোনালী ব্যাংক")
N("receipt", "en",
  "Money Sent. Amount: Tk 12,000 Receiver: 01968234517 TxnID: 73KD9FQ2 Charge Tk 0.00 Balance Tk 3,118.40 07/12/2026 08:41",
  [("phone", "+8801968234517"), ("mfs_transaction", "73KD9FQ2")])
N("receipt", "bn",
  "আপনি ০১৬৩৪৮১২৯০৭ নম্বরে ৩,০০০ টাকা সেন্ড মানি করেছেন। চার্জ ০.০০ টাকা। ব্যালেন্স ১,৪৫২ টাকা। TrxID CL57Q3LX1E",
  [("phone", "+8801634812907"), ("mfs_transaction", "CL57Q3LX1E")])
N("receipt", "bn-Latn",
  "eta ki fake sms? 'Tk 2,000 received from 01552-118903. TxnId 9843127765' ashlo kintu balance e to dekhay na. keu janen?",
  [("phone", "+8801552118903"), ("mfs_transaction", "9843127765")])
N("receipt", "en",
  "Dear Customer, USD 1,200.00 has been credited to your a/c ***4471 via Western Union from KSA. Avl bal BDT 1,62,904.33. "
  "Govt incentive will be credited separately.")

# ---- family (6)
N("family", "bn",
  "বাবা তোর পাসপোর্টটা আলমারির উপরের ড্রয়ারে রাখছি, কাল সকালে এজেন্সিতে যাওয়ার সময় মনে কইরা নিস। মূল কপি কারো কাছে রাইখা আসবি না, "
  "শুধু ফটোকপি দিবি।")
N("family", "bn-Latn",
  "ammu taka pathaisi bkash e 15 hajar, TrxID BK94LM2Q7A. abbar osudh r chotur school er fees dio. ami valo achi, kaj bhalo cholche.",
  [("mfs_transaction", "BK94LM2Q7A")])
N("family", "en",
  "Bhaiya did the agency give you the receipt for the BMET fee? Keep a photo of it and your passport in Drive and send me a copy. "
  "Passport no. is BK3078216 right? I'm filling the insurance form.",
  [("bd_passport", "BK3078216")])
N("family", "bn",
  "আপার জামাই কয় মালয়েশিয়া যাইতে জমি বেচবে। আমি কইলাম আগে সরকারি খরচ কত জাইনা নে, দালালের কথায় ৬ লাখ দিস না। "
  "কাল সবাই মিলা জেলা অফিসে যামু।")
N("family", "bn-Latn",
  "abba nominee form e tomar NID number lagbe, 1962269340712 eta thik ache? ar dubai theke ashar somoy tomar jonno ki anbo bolo.",
  [("bd_nid", "1962269340712")])
N("family", "en",
  "Mum relax, the company gave everyone their passports back after the iqama was done, mine is in my bag. Salary came on the 28th "
  "as usual. Will call after Jumma.")

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "alhamdulillah Romania te 8 mash holo, factory te 8 ghonta duty, overtime korle extra pay. thaka khawa company r. keu ashte "
  "chaile sudhu legal agency diye ashben, dalal der kache na.")
N("worker_content", "bn",
  "কাতারে আমাদের কোম্পানি খুব ভালো, প্রতি মাসের ১ তারিখে বেতন ব্যাংকে আসে, শুক্রবার ছুটি। পাসপোর্ট নিজের কাছেই থাকে। আলহামদুলিল্লাহ ভালো আছি।")
N("worker_content", "en",
  "3 years in Malaysia now, started as general worker, now I'm line leader. Paid the agency only the govt fee through bank. "
  "Proud of this 🇧🇩🇲🇾")
N("worker_content", "bn-Latn",
  "Croatia te hotel e housekeeping kori, shift 8 ghonta, mash e 8 din chuti. boss bhalo, passport nijer kache. group e sobai "
  "jiggesh kore tai share korlam.")
N("worker_content", "bn",
  "দুবাইয়ে ক্লিনিং কোম্পানিতে কাজ করি, আজ প্রথম বেতন পাইলাম ১৮০০ দিরহাম। রুমে ৪ জন থাকি, এসি আছে। মায়ের জন্য প্রথম টাকা পাঠাইলাম, "
  "খুশিতে কান্না আসতেছে।")
N("worker_content", "en",
  "Saudi caregiver here, my madam treats me like family, I have my own room and my own phone, day off Friday. Not every house "
  "is bad. Just check the agency, that's all.")

# ---- joke (5)
N("joke", "bn-Latn",
  "amar bou bole dubai gele passport ta or kache jama rakhte hobe, naile ami naki ar ferot ashbo na 😂😂")
N("joke", "en",
  "My mum has been 'processing' my marriage for 3 years, still no visa to happiness 😭 and the fee keeps increasing")
N("joke", "bn",
  "বিয়ের পর থেকে আমার মোবাইল, মানিব্যাগ, বাইরে যাওয়া সব বউয়ের নিয়ন্ত্রণে 😂 মডারেটর ভাই, এইটা রিপোর্ট করলে কি একশন নিবেন?")
N("joke", "bn-Latn",
  "dalal bhai bolse Romania visa 7 din e, ami bollam bhai amar 7 din e to biye er date o fix hoy na 🤣")
N("joke", "en",
  "Boss said no day off this week because of audit. Fine, I'll be held hostage by Excel then 🙃")

# ---- chatter, hard (5)
N("chatter", "bn-Latn",
  "Croatia r work permit pete koto din lage keu janen? agency bolse 4-5 mash, official fee koto?")
N("chatter", "en",
  "Is it normal for the agency to keep the passport a week for visa stamping? They gave me a receipt with their seal.")
N("chatter", "bn",
  "কেউ কি জানেন সৌদির ইকামা নবায়ন হইলে কতদিনে হাতে পায়? আমার ভাইয়েরটা অফিসে জমা দেওয়া হইছে।")
N("chatter", "bn-Latn",
  "bhai Ami Probashi app e registration korte giye OTP ashe na, keu help korben? 01829 55 71 46 e whatsapp korte paren",
  [("phone", "+8801829557146")])
N("chatter", "en",
  "Anyone know a good bKash agent near Gulistan who does cash out at normal charge? Sending money for my brother's ticket")

# ---- easy negatives (12)
N("chatter", "bn", "আজকে গ্রুপে অনেক পোস্ট আসছে, সবাই একটু ধৈর্য ধরেন, আমরা একে একে অ্যাপ্রুভ করতেছি।", hard=False)
N("chatter", "en", "Happy Victory Day everyone 🇧🇩", hard=False)
N("chatter", "bn-Latn", "bhai ajke khela dekhsen? ki ekta match!", hard=False)
N("chatter", "en", "Admin please change the group cover photo, it's been the same since 2022 lol", hard=False)
N("chatter", "bn", "কাল থেকে শীত পড়তেছে, সবাই গরম কাপড় নিয়া বের হইয়েন।", hard=False)
N("chatter", "bn-Latn", "ke ke Sylhet theke? ekta meetup korle kemon hoy", hard=False)
N("chatter", "en", "Thanks for accepting my request. Hello everyone from Cumilla!", hard=False)
N("chatter", "bn", "মা ভাত রান্না হইছে? আমি আধা ঘণ্টার মধ্যে আসতেছি।", hard=False)
N("chatter", "bn-Latn", "wifi ta abar gese, ISP ke call korte hobe", hard=False)
N("chatter", "en", "Reminder: Friday meeting moved to 4pm, bring the attendance sheet.", hard=False)
N("chatter", "bn", "আপনার পার্সেল আজ বিকালের মধ্যে ডেলিভারি হবে। ডেলিভারি ম্যানের নম্বর ০১৯১১২৩৪০৮৭।",
  [("phone", "+8801911234087")], hard=False)
N("chatter", "bn-Latn", "eid er chuti te bari jacchi, keu bus ticket er link dite paren?", hard=False)


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
    random.Random(139).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev139-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
