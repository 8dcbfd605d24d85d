#!/usr/bin/env python3
"""Blind evaluation set dev21 for evidtriage (issue 15).

Written from /work/shared/research/indicators.md and the TYPES listed in issue 15's
"What fails today", without sight of the rule packs, the corpus or other dev sets.
120 items: 60 to flag (8 categories), 60 ok (45 hard negatives over 8 voices).
Emphasis: code-switching inside messages, regional Bengali (Sylheti, Chittagonian,
Noakhali), English from Bangladeshi and foreign speakers.

Run: python3 make_dev21.py  ->  writes dev21.jsonl next to this script.
"""
import hashlib
import json
import os

# ---------------------------------------------------------------- crypto addresses
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\x00"))
    return "1" * pad + out


def h20(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


TRON1 = b58check(b"\x41" + h20("dev21-tron-ransom"))       # valid TRON (0x41 + checksum)
BTC1 = b58check(b"\x00" + h20("dev21-btc-sale"))            # valid P2PKH
ETH1 = "0x" + hashlib.sha256(b"dev21-eth-ransom").hexdigest()[:40]  # all lower-case

# ---------------------------------------------------------------- helpers
def ph(v):
    return {"type": "phone", "value": v}


def wa(v):
    return {"type": "whatsapp", "value": v}


def trx(v):
    return {"type": "mfs_transaction", "value": v}


# ---------------------------------------------------------------- FLAG items
# (category, script, text, entities)
FLAG = [
    # ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
    ("recruitment_deception", "bn",
     "ভাই আমারে কইছিল রিয়াদের হোটেলো ওয়েটারের কাম, বেতন ১৮০০ রিয়াল। আইয়া দেখি মরুভূমিত উট চরাইন লাগে, মালিক কয় ইটাই তোর কাম, কাগজো তাই লেখা। অখন কিতা করতাম বুঝরাম না", []),
    ("recruitment_deception", "bn",
     "🔥সৌদি আরবে ফ্রি ভিসায় যেতে চান? আকামা ওখানে গিয়া হবে, কাজ নিজে খুঁজে নিবেন, কফিল ঝামেলা করবে না। ভিজিট ভিসায় গিয়েও কাজ করা যায় no problem. যোগাযোগ ইমো 01819-447263",
     [ph("+8801819447263")]),
    ("recruitment_deception", "bn",
     "দালাল হারুন যে ভিসাডা দিছে হেডা বলে ভুয়া, এয়ারপোর্টে ইমিগ্রেশন আটকাই দিছে হোলারে। হেতে কইছিল ওয়ার্ক পারমিট রেডি, মেডিকেল ক্লিয়ার, অখন হেতে ফোন ধরে না। সাড়ে চাইর লাখ টেকা গেল", []),
    ("recruitment_deception", "bn-Latn",
     "malaysia calling visa ase, factory kaj, beton 45k theke 50k. BMET smart card lagbe na amra airport e setting kore dibo, kono jhamela nai. interested hole whatsapp koren wa.me/8801712093384",
     [wa("+8801712093384")]),
    ("recruitment_deception", "bn-Latn",
     "bhai amare koisilo dubai t supermarket ot kaam, ehon dekhi construction site ot eent tola, betonou ordhek. agent or number bondho. ki gorgum kon, bari t ki hoiyum",
     []),
    ("recruitment_deception", "bn-Latn",
     "Thailand e online customer service job, sudhu typing, experience lagbe na, salary 1200 USD. ticket + hotel company dibe, passport ready thakle porshu flight. office ta Myawaddy border er pashe, tension nibenna",
     []),
    ("recruitment_deception", "en",
     "Hello bro, we need 5 Bangladeshi boys for data entry job in Cambodia, Sihanoukville. Salary 1000$ plus commission, free food free room, visa we manage at airport. No need experience only basic English typing. Come fast, seat limited. CV send hr.globaltech.kh@gmail.com or Telegram @kh_recruit_hr",
     [{"type": "email", "value": "hr.globaltech.kh@gmail.com"}, {"type": "telegram", "value": "@kh_recruit_hr"}]),
    ("recruitment_deception", "en",
     "Sir they told me cleaner job in hospital in Riyadh with 1500 riyal. After landing they take me to a farm 200 km away, salary is 800 and the contract paper is different, all arabic which I cant read. Agent say sign it or go back with your own money.",
     []),

    # ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
    ("fees_and_debt", "bn",
     "মালিক বলছে প্রথম ৮ মাস বেতনের অর্ধেক কাইটা রাখবো, দালালরে যে টাকা দিছে ওইটা উসুল না হওয়া পর্যন্ত। আম্মারে বইলো না, টেনশন করবো", []),
    ("fees_and_debt", "bn",
     "ইকামা করাইতে আরো দেড় লাখ লাগবো। টাকা না পাঠাইলে কাজে নামাইতে পারমু না, তোর ভাইরে কইস জমি বন্ধক দিয়া হইলেও পাঠাইতে। এইখানে বইসা খাওয়ার খরচও তোর নামে লেখা হইতেছে", []),
    ("fees_and_debt", "bn",
     "মালয়েশিয়া পাঠাইতে দালালে সাড়ে ছয় লাখ চায়, কয় সরকারি রেট অউ কাগজো থাকে। আমরা এনজিও থাকি কিস্তি তুলছি, গরু বেচছি। অখন ফ্লাইটের আগে আরো পঞ্চাশ হাজার চায়, না দিলে আগর টেকাও ফিরত দিতা নায়", []),
    ("fees_and_debt", "bn-Latn",
     "company bolse visa r ticket er khoroch 3 lakh amar naam e loan, protimash beton theke 600 riyal kete nibe. 2 bosor lagbe shodh korte, er age chara jabe na, exit o dibe na", []),
    ("fees_and_debt", "bn-Latn",
     "advance 2 lac aj e pathan, baki 3 lac visa hate pele. ei taka ferot hobe na mone rakhben. bikash e personal number e pathaiben 01936-582710, 5 vag kore, ek sathe pathaile account block hoy",
     [ph("+8801936582710")]),
    ("fees_and_debt", "bn-Latn",
     "hetera koy ekhane aishya je khoroch hoise, khana thaka, gari bhara sob mila 4000 ringgit den. beton theke kaitta laibo, 1 bosor bari e ek takao pathaite parmu na. hetego hisab shesh hoy na",
     []),
    ("fees_and_debt", "en",
     "Brother agent took 5 lakh in Dhaka, now in Kuala Lumpur they ask another RM 3000 for permit renewal. Until I pay they keep my salary as 'deposit'. I already sold ammu's gold for the first part, what to do",
     []),
    ("fees_and_debt", "en",
     "Your agent fee I pay 12000 riyal to office. You work until this money finish, after that you get salary. If you run away you pay me everything. Understand?",
     []),

    # ---- payments_and_proceeds (7: bn 2, bn-Latn 2, en 3)
    ("payments_and_proceeds", "bn",
     "তোর ভাই আমাগো কাছে আছে। লিবিয়া থাইকা ছাড়াইতে চাইলে ৮ লাখ লাগবো। তিনটা বিকাশ নাম্বারে ভাগ কইরা পাঠা: 01742-118093, 01865-320477, 01551-906382। পুলিশের কাছে গেলে কিন্তু লাশ পাবি",
     [ph("+8801742118093"), ph("+8801865320477"), ph("+8801551906382")]),
    ("payments_and_proceeds", "bn",
     "এই মাসের কালেকশন হুন্ডিতে দিবি, ব্যাংকে না। মাইয়াগো থেকে যা কাটা হইছে ওইটা সহ ১২ লাখ। দুবাইয়ে ইমরান ভাইয়ের লোক দিরহাম নিবো, দেশে এজেন্ট নগদে ক্যাশ আউট দিবো, একেক দিন একেক বাজারে", []),
    ("payments_and_proceeds", "bn-Latn",
     "tomar chele Myawaddy compound e ase. bahir korte chaile 6000 USDT TRC20 pathao ei address e: " + TRON1 + " . 48 ghonta time, na hole onno company te bikri kore dibo",
     [{"type": "tron_address", "value": TRON1}]),
    ("payments_and_proceeds", "bn-Latn",
     "ora bolse tmr jamai ke chere dibe jodi 1.5 lakh nagad e pathai 01613-774205 number e. ami already 50k dichi TxnID: 7N3KQ2WX, ekhon abar bolche baki ta na dile Oman er jail e pathabe, kauke bolte mana",
     [ph("+8801613774205"), trx("7N3KQ2WX")]),
    ("payments_and_proceeds", "en",
     "Agent bhai I sent 3 TrxID, total 40k received from family: TrxID 9KD7QW2LMA, TrxID BXT4R8PZ1N, TrxID 7HF2JV9QKE. Balance of the 4 boys in Saudi, when their family pay remaining I release their passport",
     [trx("9KD7QW2LMA"), trx("BXT4R8PZ1N"), trx("7HF2JV9QKE")]),
    ("payments_and_proceeds", "en",
     "We have your cousin. Send 3500 USDT ERC20 to " + ETH1 + " before Friday, then he gets ticket to Dhaka. No police, no embassy, we know your house in Cumilla.",
     [{"type": "eth_address", "value": ETH1}]),
    ("payments_and_proceeds", "en",
     "Payment for the 3 girls from Dhaka batch: 0.05 BTC to " + BTC1 + " . After confirm I send them to the Bahrain flat, their docs go with my driver.",
     [{"type": "btc_address", "value": BTC1}]),

    # ---- isolation_and_control (8: bn 3, bn-Latn 3, en 2)
    ("isolation_and_control", "bn",
     "আপা এটা মালিকের ছেলের ফোন থেকে লুকাইয়া লিখতেছি। মেডাম আমার মোবাইলটা আলমারিতে তালা দিয়া রাখছে, সপ্তাহে একবার ৫ মিনিট কথা বলতে দেয় সামনে বইসা থাইকা", []),
    ("isolation_and_control", "bn",
     "বাড়িতে ফোন দিলে বলবি হাসপাতালে ক্লিনারের কাজ করিস, ভালো আছিস, বেতন ঠিকমত পাস। অন্য কিছু বললে কিন্তু খবর আছে। মাসে একবারই ফোন পাবি, সেটাও আমার সামনে", []),
    ("isolation_and_control", "bn",
     "আঁরারে একখান গুদাম ঘরত রাখে, বাইরে তালা মারি দেয়। গেইটত গার্ড বই থাকে, বাজারত যাইতও ন দেয়। হাজিরা দিবার লাই ছাড়া বাইর হইতাম ন পারি", []),
    ("isolation_and_control", "bn-Latn",
     "bhai amrare ekta flat o rakhse, 12 jon, darwaza baire thaki lock. kaam o nite ar ante gari te kore, raasta o kunu jaygat namte dey na. phone o nia gese sobar, ekhon ekjon er lukano phone dia likhtesi",
     []),
    ("isolation_and_control", "bn-Latn",
     "airport e keu jiggesh korle bolben tourist, bhai er kache berate jaitesen. family ke o ekhon kichu bolben na job er bepare, pore amra sob bujhiye dibo. sim ta o Dhaka te fele jaben",
     []),
    ("isolation_and_control", "bn-Latn",
     "apu re 3 mash dhore phone e pai na. imo te seen hoy kintu reply dey na. last bar ek line likhse 'ami valo asi, ar phone dio na', pichone kar jeno awaj 'jaldi rakh'. madam naki kotha bolte dey na",
     []),
    ("isolation_and_control", "en",
     "Madam you don't need mobile, I keep it. If you want call family I give on Friday, you talk in front of me. No friends come to the house, you don't go outside alone.",
     []),
    ("isolation_and_control", "en",
     "We are 30 people inside the compound, the gate has guards with guns. They took all our phones on first day and gave us work phones only for the chat with customers. Nobody can leave the building.",
     []),

    # ---- labour_exploitation (7: bn 2, bn-Latn 2, en 3)
    ("labour_exploitation", "bn",
     "৭ মাস হইল একটা রিয়ালও দেয় নাই। খাবার দেয় দিনে এক বেলা, শুকনা খবুজ আর ডাল। বেতন চাইলে কয় কফিল টাকা দিলে দিবো, না পোষাইলে দেশে যা", []),
    ("labour_exploitation", "bn",
     "ভোর ৪টা থেকে রাত ১টা পর্যন্ত কাজ, কোন ছুটি নাই। মেডাম তার বোনের বাসায়ও পাঠায় কাজ করতে, বেতন একটাই। জ্বর হইলেও বিছানায় থাকতে দেয় না, ঔষধ চাইলে বকে", []),
    ("labour_exploitation", "bn-Latn",
     "ami ekhane 16-18 gonta kam kori, shukrobar o chuti nai. kafeel kay beton jomaiya rakhbo, desho jaibar somoy ekbare dibo. 11 mash oiya gelo, ekta riyal o hatoe pailam na",
     []),
    ("labour_exploitation", "bn-Latn",
     "chakri charte chaile boss bole contract shesh hoy nai, charle visa cancel r 4 mash er beton o pabi na. oshukh hoileo site e jaite hoy, na gele 2 diner beton kate",
     []),
    ("labour_exploitation", "en",
     "Sir i am working here in Qatar 9 month no salary. Company say project money not come. We eat what other workers give us. When we ask for exit they say first finish project.",
     []),
    ("labour_exploitation", "en",
     "All salary the company keep, they say saving for us. Only 100 ringgit they give for food. 14 person in one room, one toilet, no fan. If we complain supervisor say go back to Bangladesh by swimming.",
     []),
    ("labour_exploitation", "en",
     "You sleep in kitchen, it is ok. Work start 5 morning. Day off not in contract. Your salary I send to your agent in Dhaka, you don't need money here.",
     []),

    # ---- threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
    ("threats_and_coercion", "bn",
     "তোর পোলা পালাইছে শুনছি। হেরে ফিরা আইতে ক কোম্পানিতে, নাইলে তোর বাড়ির ঠিকানা আমাগো কাছে আছে, ছোট মাইয়াটা কোন স্কুলে পড়ে তাও জানি", []),
    ("threats_and_coercion", "bn",
     "কফিল বলছে তুমি যদি অন্য জায়গায় কাজ খোঁজো তাহলে হুরুব দিয়া দিবে, তারপর পুলিশ ধরলে জেল, তারপর ডিপোর্ট। চুপচাপ কাজ করো, বেশি কথা কইয়ো না", []),
    ("threats_and_coercion", "bn-Latn",
     "dalal koise hetar kotha na hunle bari te mamla dibo, abbare jail e dhukaibo. hetar bhai thanar SI, hetai koise. ammu kansse shara rait",
     []),
    ("threats_and_coercion", "bn-Latn",
     "beshi tedibedi korle police er hate tule dibo, iqama nai tor, sojha jail. tor passport A12904417 amar drawer e. ar jodi embassy te jas tahole tor family r jomi-jomar khobor ache amar kache",
     [{"type": "bd_passport", "value": "A12904417"}]),
    ("threats_and_coercion", "en",
     "If you go to embassy again I call police and say you steal gold from madam. Nobody believe you, you are illegal here. Stay quiet and work.",
     []),
    ("threats_and_coercion", "en",
     "They beat Sohel with a pipe in front of us because he tried to escape over the back wall. Boss said the next one who tries will be sold to the fishing boat.",
     []),
    ("threats_and_coercion", "en",
     "if target not complete they take us to that room and give current shock. yesterday they hit Rakib so much he cannot walk. we cannot say anything bhai, they watch the group chat",
     []),

    # ---- minors (8: bn 3, bn-Latn 3, en 2)
    ("minors", "bn",
     "মাইয়ার বয়স ১৪ তো কি হইছে, নতুন জন্মনিবন্ধন বানায় দিমু ২১ বছর দিয়া, পাসপোর্টও ওইটা দিয়াই হইবো। সৌদিতে বাসার কাজে নিবো, কেউ ধরতে পারবো না", []),
    ("minors", "bn",
     "আপা, আমার ভাগনি আছে ১১ বছরের, ঢাকায় কোন বাসায় কাম দিলে ভালো হয়। বেতন লাগবো না, খাওয়া পরা দিলেই চলবো, আর আগাম ৩০ হাজার দিলে ওর বাপে ছাড়বো", []),
    ("minors", "bn",
     "আমার বয়স ১৬, আম্মারে কইছে দুবাইওয়ালা ছেলের লগে বিয়া দিব, বিয়ার পর দুবাই লইয়া যাইব। দালাল কয় কাগজে বয়স ১৯ লেখা থাকবো, কাজী ম্যানেজ", []),
    ("minors", "bn-Latn",
     "15 bochor? somossa nai, NID lagbe na, amra boyos bariye notun birth certificate kore dibo 2 dine. tui sudhu ma re bolbi na koto boyos likhsi",
     []),
    ("minors", "bn-Latn",
     "kisu choto pola lagbe, 12-14 bochorer, trawler e maach dhorar kaj. mash e 5 hajar baba-mar hate agaam dibo. boat e 3 mash thakbe, school er jhamela nai",
     []),
    ("minors", "bn-Latn",
     "maiya fua ibar boyos 13, kintu dekhte dangor. saudi t basar kam o dibo. passport ot boyos 25 dekhaiyum, bhai tension ngoijjo, baki kaam ami gorum",
     []),
    ("minors", "en",
     "Need 2 girl for house work in Oman, young is better, 15 16 ok. Passport age we fix in Dhaka, no problem. Family get 50k advance.",
     []),
    ("minors", "en",
     "please help me i am 14, my uncle send me to Dhaka to a madam house for work. they dont let me go school or call my mother, i sleep on kitchen floor",
     []),

    # ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
    ("sexual_exploitation", "bn",
     "দুবাইয়ে বিউটি পার্লারে জব, শুধু সুন্দরী মেয়ে ১৮-২৫, বেতন ১ লাখ + টিপস। থাকা খাওয়া ফ্রি, অভিজ্ঞতা লাগবে না, পার্লার ম্যাডাম সব শিখায় দিবে। ছবি সহ ইনবক্স করুন", []),
    ("sexual_exploitation", "bn",
     "আফা আমারে পার্লারের কথা কইয়া আনছে, ইখানো আইয়া দেখি হোটেলো রাখে, রাইতে মানুষ পাঠায়। না করলে মারে, কয় ৩ লাখ টেকা শোধ না অইলে যাইতে দিতা নায়", []),
    ("sexual_exploitation", "bn-Latn",
     "notun 3 ta maal ashse Bangladeshi, fresh, Deira hotel e. booking er jonno shudhu amar sathe kotha bolben, meyeder number dibo na. chobi insta te @deira.vip.models, rate whatsapp +971 52 418 7730",
     [{"type": "instagram", "value": "@deira.vip.models"}, ph("+971524187730")]),
    ("sexual_exploitation", "bn-Latn",
     "border diye kolkata, tarpor mumbai. ekta spa te kaj, customer er sathe 'friendly' thakte hobe, income onek. meyeder barite bolben garments e jacche Gazipur, family jene jabe na",
     []),
    ("sexual_exploitation", "en",
     "Spa in Bukit Bintang need Bangladeshi and Nepali girls, age 18-22, good looking, massage training given. Salary RM 6000 + tips, agent arrange visa. Contact +60 12-338 4721 whatsapp only.",
     [ph("+60123384721")]),
    ("sexual_exploitation", "en",
     "They told me the hotel job in Muscat was receptionist. Now the manager keeps our passports and sends us to rooms at night, says we owe him for the flight and the visa.",
     []),
    ("sexual_exploitation", "en",
     "they put my photos on facebook page and send 8-10 customer every day. madam keeps all the money, i get nothing, she say my debt is still 2 lakh",
     []),
]

# ---------------------------------------------------------------- OK items
# (voice, hard, script, text, entities)
OK = [
    # ---- news (7 hard, 1 not)
    ("news", True, "bn",
     "রাজধানীর উত্তরায় অভিযান চালিয়ে মানবপাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব-১। তারা মালয়েশিয়ায় উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে জনপ্রতি পাঁচ লাখ টাকা নিত এবং ভুক্তভোগীদের পাসপোর্ট আটকে রাখত বলে জানিয়েছে র‍্যাব।", []),
    ("news", True, "bn",
     "কক্সবাজারের টেকনাফ উপকূল থেকে ট্রলারে করে সাগরপথে মালয়েশিয়া পাচারের সময় ২৬ জনকে উদ্ধার করেছে কোস্টগার্ড, যাদের মধ্যে ৯ জন শিশু। দালালচক্রের দুইজনকে আটক করা হয়েছে।", []),
    ("news", True, "en",
     "Dhaka tribunal sentences two to life imprisonment for trafficking women to Dubai dance clubs. Prosecutors said the accused lured victims with beauty parlour jobs and kept their passports on arrival.", []),
    ("news", True, "en",
     "Libya: 23 Bangladeshi migrants freed from captors near Zuwara; families had paid ransom through bKash, says foreign ministry. Police in Madaripur arrested a local broker who collected the money.", []),
    ("news", True, "bn-Latn",
     "news dekhsen? Shariatpur e adam bepari Kalam re dhorse police, 40 jon re Libya pathaiya family thika mukti pon chaito. RAB er press briefing e bolse. bhalo hoise, emon loker fashi hoya uchit",
     []),
    ("news", True, "bn",
     "মিয়ানমারের মায়াওয়াদ্দির সাইবার স্ক্যাম সেন্টার থেকে উদ্ধার হওয়া ৪২ বাংলাদেশি দেশে ফিরেছেন। তাঁরা জানান, অনলাইনে প্রতারণার কাজ করতে বাধ্য করা হতো, লক্ষ্য পূরণ না হলে মারধর করা হতো এবং মোবাইল ফোন কেড়ে নেওয়া হয়েছিল।", []),
    ("news", True, "en",
     "Malaysia deports 120 Bangladeshi workers over expired permits; rights groups say many were victims of a recruitment syndicate that charged up to Tk 6 lakh against the government cap of Tk 79,000.", []),
    ("news", False, "bn",
     "আগামীকাল থেকে ঢাকা-সিলেট মহাসড়কে চার লেনের কাজের জন্য যান চলাচল সীমিত থাকবে বলে জানিয়েছে সড়ক ও জনপথ বিভাগ।", []),

    # ---- awareness (7 hard, 1 not)
    ("awareness", True, "bn",
     "সতর্ক থাকুন! বিদেশে চাকরির নামে কেউ পাসপোর্ট জমা রাখতে চাইলে কখনো দেবেন না। ফ্রি ভিসা বলে কিছু নেই। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে ৩৩৩ নম্বরে অভিযোগ জানান।", []),
    ("awareness", True, "bn-Latn",
     "sobai share koren: kono dalal ke passport diben na, bikash e advance o diben na. Malaysia jaite sorkari khoroch 79 hajar, er beshi chaile BMET e obhijog korun. nijer passport nijer kache rakhun",
     []),
    ("awareness", True, "en",
     "IOM reminder: Never give your passport to your employer or agent. If someone asks you to pay for a job abroad, tells you not to tell your family, or promises a 'free visa', it could be trafficking. Call the helpline.", []),
    ("awareness", True, "bn",
     "মেয়েদের দুবাই, ওমানে পার্লার বা হোটেলে চাকরির বিজ্ঞাপন দেখলে যাচাই না করে যাবেন না। এভাবে অনেক মেয়েকে বিক্রি করে দেওয়া হয়েছে। অপরিচিত কাউকে নিজের বা মেয়ের ছবি পাঠাবেন না।", []),
    ("awareness", True, "en",
     "Child domestic work is hazardous labour. Do not send children under 14 to work in other people's homes, and never accept advance money for a child. Report to 1098, the child helpline.", []),
    ("awareness", True, "bn-Latn",
     "Thailand/Cambodia te typing job, customer service job er offer dekhle sabdhan. ogula scam company, gele passport r phone nia nibo, ar ferot aite dibo na. Facebook er ei ad gulat kew jaiyen na",
     []),
    ("awareness", True, "bn-Latn",
     "Libya theke keu phone kore apnar shontaner jonno mukti pon chaile police ke janan, bikash e taka pathaben na. poribar ke voy dekhiye taka newar ei fad theke sotorko thakun. - Madaripur jela police",
     []),
    ("awareness", False, "en",
     "Reminder: dengue cases rising in Dhaka. Remove standing water from flower pots and AC trays, use nets at night. Free testing at upazila health complexes.", []),

    # ---- official (6 hard, 1 not)
    ("official", True, "bn",
     "আল-মদিনা ওভারসিজ (RL-1184), সরকার অনুমোদিত রিক্রুটিং এজেন্সি। মালয়েশিয়া ফ্যাক্টরি কর্মী, সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা, ব্যাংক রসিদে জমা। পাসপোর্ট শুধু ভিসা স্ট্যাম্পিংয়ের সময় অফিসে থাকবে, ভিসা হলে ফেরত। কোন দালাল নেই।", []),
    ("official", True, "en",
     "BMET notice: Workers going to Saudi Arabia must complete biometric registration and collect the smart card from the district employment office. Registration fee Tk 200. Do not pay anyone for a 'visa in 7 days'.", []),
    ("official", True, "bn-Latn",
     "Karim Overseas (BMET licensed) - Japan caregiver program, training 6 mash, total khoroch government rate onujayi, sob payment bank e, kono cash ba bikash na. office: Naya Paltan. mail: info@karimoverseas.com.bd",
     [{"type": "email", "value": "info@karimoverseas.com.bd"}]),
    ("official", True, "bn",
     "রিয়াদস্থ বাংলাদেশ দূতাবাসের বিজ্ঞপ্তি: যেসব কর্মীর নামে হুরুব (পলাতক) রিপোর্ট করা হয়েছে বা যাদের ইকামার মেয়াদ শেষ, তারা আউটপাস ও সাধারণ ক্ষমার জন্য দূতাবাসের শ্রম উইং-এ যোগাযোগ করুন।", []),
    ("official", True, "en",
     "Malaysia Immigration reminder: employers are prohibited from holding workers' passports. Workers whose passports are withheld may lodge a complaint at any labour department (JTK) office.", []),
    ("official", True, "bn-Latn",
     "Ami Probashi: apnar registration shofol hoyeche. Passport No: A07362519. Emigration clearance fee Tk 3,500 app er maddhome online e pay korun, kono dalal er kache taka diben na.",
     [{"type": "bd_passport", "value": "A07362519"}]),
    ("official", False, "bn",
     "জেলা প্রশাসকের কার্যালয়, নেত্রকোনা: ১৬ ডিসেম্বর মহান বিজয় দিবস উপলক্ষে কুচকাওয়াজের মহড়া সকাল ৯টায় স্টেডিয়ামে অনুষ্ঠিত হবে।", []),

    # ---- worker_content (6 hard, 2 not)
    ("worker_content", True, "bn-Latn",
     "alhamdulillah ei mash e beton time moto paisi, overtime o dise. kafeel valo manush, passport amar kache i thake, eid e chuti dibe 3 din. ammu chinta koiro na",
     []),
    ("worker_content", True, "bn",
     "আম্মা, ইখানো কাম বালা, দিনো ৮ ঘণ্টা, শুক্রবার ছুটি। মালিক নিজে আমারে ফোন কিনি দিছইন। বেতন পাইয়া ৩০ হাজার টেকা বিকাশ করলাম, দেখিও", []),
    ("worker_content", True, "en",
     "Finished my 2nd year contract in the Singapore shipyard. Salary always on time, company keeps no passport, I renewed work permit myself. Coming home in March inshallah, anyone need tips about the training ask me.", []),
    ("worker_content", True, "bn",
     "আমাদের কোম্পানিতে বাংলাদেশি ৪০ জন, থাকা খাওয়া কোম্পানির, রুমে ৪ জন করে। ওভারটাইম করলে বাড়তি পাই। দালাল ছাড়া বোয়েসেল দিয়া আসছি, খরচ হইছে সরকারি রেটেই", []),
    ("worker_content", True, "en",
     "Madam is kind, she gave me my own room and a phone, I call my son every night. Day off Friday. My salary she send to my bKash every month 1st date.", []),
    ("worker_content", True, "bn-Latn",
     "Dubai te parlour e kaj kori 2 bochor dhore, nijer visa, nijer passport. mash e 2500 dirham, customer sob mohila. kew bhul bujhben na pls 😅",
     []),
    ("worker_content", False, "bn-Latn",
     "aj site e lunch e biryani dise company, sobai khushi. kal Friday, ghumabo shara din", []),
    ("worker_content", False, "en",
     "Night shift done. Qatar weather finally cooling down, 24 degrees tonight. Cricket with the boys tomorrow.", []),

    # ---- receipt (5 hard, 2 not)
    ("receipt", True, "en",
     "You have received Tk 25,000.00 from 01719552843. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BKL7Q3M9XZ at 02/12/2026 14:07",
     [ph("+8801719552843"), trx("BKL7Q3M9XZ")]),
    ("receipt", True, "en",
     "Money Received. Amount: Tk 8000.00 Sender: 01827640913 Ref: abba TxnID: 71A8KD3F Balance: Tk 8,412.00 03/12/2026 19:44",
     [ph("+8801827640913"), trx("71A8KD3F")]),
    ("receipt", True, "bn",
     "আপনি ০১৮৭৬-৪১২০৯৫ নম্বরে ৫,০০০.০০ টাকা সেন্ড মানি করেছেন। ফি ৳৫.০০। ব্যালেন্স ৳১২,৩৪০.০০। TrxID CK59HTR2PL সময় ২৮/১১/২০২৬ ১০:২২",
     [ph("+8801876412095"), trx("CK59HTR2PL")]),
    ("receipt", True, "en",
     "Cash-In from A/C: ***8842 Tk 15,000.00 Fee: Tk 0.00 Your A/C Balance: Tk 15,310.00 TxnId: 4410938276 Date: 01-DEC-26 11:05 am",
     [trx("4410938276")]),
    ("receipt", True, "bn-Latn",
     "bhai passport renew er fee r ticket er baki ta pathaisi, check koro: Cash Out Tk 20,000.00 to Agent 01911308276 successful. Fee Tk 370.00. Balance Tk 1,204.00. TrxID AJ4M8VQ2NR",
     [ph("+8801911308276"), trx("AJ4M8VQ2NR")]),
    ("receipt", False, "en",
     "Payment of Tk 1,250.00 to DESCO Prepaid is successful. Fee Tk 0.00. Balance Tk 2,980.75. TrxID DF83KQ1ZWA at 29/11/2026 21:15",
     [trx("DF83KQ1ZWA")]),
    ("receipt", False, "bn",
     "আপনার ০১৫৫৮৯০৩২১৭ নম্বরে ১০০ টাকা রিচার্জ সফল হয়েছে। TrxID BH2ZT9KL3P",
     [ph("+8801558903217"), trx("BH2ZT9KL3P")]),

    # ---- joke (4 hard, 2 not)
    ("joke", True, "bn-Latn",
     "bou amar phone ta niye nise r password change kore dise, ekhon ami ghore bondi 😂😂 keu uddhar koro", []),
    ("joke", True, "bn",
     "বস বলছে টার্গেট পূরণ না হলে বাসায় যাইতে দিবে না... আরে ভাই আমি ব্যাংকে চাকরি করি, জেলখানায় না 🤣", []),
    ("joke", True, "en",
     "My mom holds my passport like it's the crown jewels 😂 'you'll lose it' ma I'm 32 years old", []),
    ("joke", True, "bn-Latn",
     "dost tui jodi ar ekbar amar biryani khas tore Saudi er kafeel er kache bikri kore dimu 😂", []),
    ("joke", False, "en",
     "Why did the rickshaw puller fail maths? He always took shortcuts through the goli 😂", []),
    ("joke", False, "bn",
     "ভাই আজকে অফিসে এত ঘুম পাইছে, মিটিংয়ে নাক ডাকতেছিলাম মনে হয় 😅", []),

    # ---- chatter (5 hard, 3 not)
    ("chatter", True, "bn-Latn",
     "bhai Riyadh e amar khalato bhai ache, tar number +966 55 204 8173, giye call dis. oi company te beton 1800 riyal, valo jayga, iqama o company kore dey",
     [ph("+966552048173")]),
    ("chatter", True, "en",
     "Anyone got an RM 3000 factory job lead in Penang? legit agency only pls, my cousin already has his calling visa approved through BMET, looking for a second job after contract",
     []),
    ("chatter", True, "bn",
     "ইমো তে knock দাও, ভিডিও কলে কথা বলবো। দুবাইয়ে নতুন নাম্বার +971 50 663 1948, আগেরটা বন্ধ",
     [ph("+971506631948")]),
    ("chatter", True, "bn-Latn",
     "kal Netflix e oi movie ta dekhlam, meye gula ke bikri kore dey, passport kere ney... bhai raat e ghum ashe nai", []),
    ("chatter", True, "en",
     "Join our Telegram @dhaka_it_jobs for remote freelancing gigs, no fee, we only share verified posts from Upwork and Fiverr.",
     [{"type": "telegram", "value": "@dhaka_it_jobs"}]),
    ("chatter", False, "bn",
     "কাল বিকালে মাঠে খেলা আছে, সবাই আসিস। বল নিয়া আসবে রাকিব।", []),
    ("chatter", False, "bn-Latn",
     "apu cake ta ki order diba naki ami banabo? abbur birthday te 20 jon ashbe mone hoy", []),
    ("chatter", False, "en",
     "Traffic on Airport Road is insane today, took me 2 hours from Uttara to Banani.", []),

    # ---- family (5 hard, 3 not)
    ("family", True, "bn",
     "তোর পাসপোর্টটা আমার আলমারিতে রাইখা দিছি, হারাইবি তাই। ভিসার কাগজ আসলে বাইর কইরা দিমু, চিন্তা করিস না", []),
    ("family", True, "bn-Latn",
     "abba, Saudi jawar khoroch er jonno jomi bondhok dite hobe na, ami BRAC er migration loan er kotha shunsi, sud kom. kal office e jabo kagoj niye", []),
    ("family", True, "bn",
     "মাইয়ার বয়স মাত্র ১৪, অহনই বিয়া দিমু না। আগে পড়ালেহা শেষ করুক, হেরপর দেহুম। যে যাই কউক", []),
    ("family", True, "bn-Latn",
     "bhaiya tomar NID number ta pathaisi: 19926915482301774, bikash agent ke diye dio account khulte. ar ammur medicine er taka pathaiyo",
     [{"type": "bd_nid", "value": "19926915482301774"}]),
    ("family", True, "bn-Latn",
     "tumar passport visa sob tik ase ni? London jaibar age amar lagi kichu anon lagto nay, khali tumi shabdhane thakiyo. airport o kaure passport diyo na", []),
    ("family", False, "bn",
     "আম্মা আজকে রাতে কি রান্না করবা? আমার ফিরতে দেরি হবে।", []),
    ("family", False, "en",
     "Reminder: Nanu's milad is on Friday after Asr, please come early to help with the food.", []),
    ("family", False, "en",
     "Ammu I sent the money for Rina's school fees and your medicine. Tell abbu to buy winter blanket also. I am fine, work is good here.", []),
]


def main():
    rows = []
    for cat, script, text, ents in FLAG:
        rows.append({"text": text, "label": "flag", "category": cat, "script": script,
                     "voice": "victim_or_recruiter", "hard": False, "entities": ents})
    for voice, hard, script, text, ents in OK:
        rows.append({"text": text, "label": "ok", "category": None, "script": script,
                     "voice": voice, "hard": hard, "entities": ents})
    # interleave flag and ok deterministically so the file is not sorted by label
    flag = [r for r in rows if r["label"] == "flag"]
    ok = [r for r in rows if r["label"] == "ok"]
    order = []
    for i in range(max(len(flag), len(ok))):
        a = flag[(i * 7) % len(flag)] if i < len(flag) else None
        b = ok[(i * 11) % len(ok)] if i < len(ok) else None
        order += [x for x in (a, b) if x is not None]
    assert len({id(r) for r in order}) == len(rows) == 120, len({id(r) for r in order})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev21.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(order, 1):
            rec = {"id": "dev21-%04d" % n, "text": r["text"], "label": r["label"],
                   "category": r["category"], "script": r["script"], "voice": r["voice"],
                   "hard": r["hard"], "entities": r["entities"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out, len(order))


if __name__ == "__main__":
    main()
