#!/usr/bin/env python3
"""Writes /work/blind/dev33.jsonl: 120-item blind eval set (60 flag, 60 ok)."""
import hashlib, json, random, re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def h160(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]

BTC1 = b58check(0x00, h160("dev33-btc-1"))
TRX1 = b58check(0x41, h160("dev33-trx-1"))
ETH1 = "0x" + hashlib.sha256(b"dev33-eth-1").hexdigest()[:40]
SUB = {"{BTC1}": BTC1, "{TRX1}": TRX1, "{ETH1}": ETH1}

F = "flag"; OK = "ok"; BN = "bn"; BL = "bn-Latn"; EN = "en"; VR = "victim_or_recruiter"
ITEMS = []
def add(text, label, cat, script, voice, hard, ents=()):
    for k, v in SUB.items():
        text = text.replace(k, v)
    ITEMS.append({"text": text, "label": label, "category": cat, "script": script,
                  "voice": voice, "hard": hard,
                  "entities": [{"type": t, "value": SUB.get(v, v)} for t, v in ents]})

# flag items: hard=True when the indicator is said indirectly (no passport/salary/agent/dalal-type
# keyword carrying it); hard=False when the wording is explicit.
INDIRECT = ("ami to driver", "আম্মা এই নাম্বারে", "রুমের দরজা", "ম্যাডাম কইছে", "ei group e",
            "bhaisab amare", "they keep us", "amra 40 jon", "টাকা হুন্ডিতে", "ওরা কারেন্টের",
            "cheler ma ke", "আপু দুবাইতে", "bhai ei meye", "meye ta class 8", "১২-১৩ বছরের",
            "chhoto chele", "হেতেরা কয়", "বাবা ইটা", "boss aajker", "new wallet", "bhai amake bolse")

def flag(cat, script, text, ents=()):
    add(text, F, cat, script, VR, text.startswith(INDIRECT), ents)

def neg(voice, script, text, ents=(), hard=True):
    add(text, OK, None, script, voice, hard, ents)

# ---------------- FLAG ----------------
c = "recruitment_deception"
flag(c, BN, "ভাই মালয়েশিয়ায় ফ্যাক্টরির কাজ বলছিল বেতন ১৮০০ রিংগিত। এখানে আইসা দেখি জঙ্গলে পাম বাগান, মাসে ৯০০ দিব কয়। যে কন্ট্রাক্টে সই করছিলাম ওইটা এয়ারপোর্টেই নিয়া গেছে")
flag(c, BN, "বাবা ইটা আমরার ফ্রি ভিসা, কফিলর কোন কাম নাই। তুমি আইয়া নিজে কাম বিছরি লইবায়, খালি আকামার খরচ মাসে মাসে দিবায়। কেউরে কইও না ভিসা কিলা অইছে")
flag(c, BN, "🇷🇴রোমানিয়া ওয়ার্ক পারমিট🇷🇴 অভিজ্ঞতা লাগবে না ভাষা লাগবে না!! বেতন ১২০০ ইউরো + ওভারটাইম। ভিজিট ভিসায় দুবাই হয়ে যাবেন ওখান থেকে কাগজ হবে 👍 সিট সীমিত। যোগাযোগ ০১৮৪৭-২৯৩৬১৫",
     [("phone", "+8801847293615")])
flag(c, BL, "bhai amake bolse hotel e waiter er kaj, ekhon dekhi ek chayer dokane rakhse. 5 star hotel er kotha bolsilo dalal ta. ekhon phone o dhore na")
flag(c, BL, "Qatar e cleaning company visa ase salery 1500 riyal khawa thaka free. medikel lagbe na, BMET card ami kore dimu nijer manush ase office e. whatsapp koren wa.me/8801936472810",
     [("whatsapp", "+8801936472810")])
flag(c, BL, "ami to driver er visa niye aslam license o dibe bolse. ekhane eshe bole uter khamar e rakhal er kaj, moru bhumi te tabu te thaki. ei kaj er kotha to keu bole nai")
flag(c, EN, "URGENT hiring Thailand/Cambodia customer service & typing job. Salary USD 1200-1500, free air ticket free hotel free food. only basic english n computer, no experience need. Telegram @hr_jobs.asia2026 or mail CV hr.asiajobs2026@gmail.com",
     [("telegram", "@hr_jobs.asia2026"), ("email", "hr.asiajobs2026@gmail.com")])
flag(c, EN, "brother the paper they showed me in dhaka said electrician 1400 SAR. here they gave me new arabic contract 800 SAR cleaner and said sign or go back with your own money")

c = "fees_and_debt"
flag(c, BN, "মালয়েশিয়া সরকারি খরচ ৭৯ হাজার ওইটা কাগজে লেখা থাকবে, আসল খরচ ৫ লাখ ৮০। বাকিটা ক্যাশ দিবেন কোন রশিদ হবে না। জমি বন্ধক দিলে দেন, না পারলে ওখানে গিয়া বেতন থেকে কাটা হবে")
flag(c, BN, "আম্মা এখানে আসার পর কোম্পানি বলতেছে ভিসা আর টিকিটের টাকা নাকি আমাদের ঘাড়ে, প্রতি মাসে বেতন থেকে ৬০০ রিংগিত কাটে। আরো দুই বছর না খাটলে শোধ হবে না কয়")
flag(c, BN, "হেতেরা কয় আর এক লাখ টেঁয়া না দিলে কাম দিত ন। আঁই তো আগেই সাড়ে চাইর লাখ দিছি। আব্বারে কন গরুগা বেচি দিতো")
flag(c, BL, "dalal bollo 2 lakh ekhon, baki 3 lakh okhane giye kaj kore shodh korba. jotodin na shodh hoy passport company r kache thakbe")
flag(c, BL, "Saudi te asar por kofil bolse iqama renew er 4000 riyal amar e dite hobe, ar samitir loan er sud protimash barche. 8 mash kaj kore o ekhono dena 2.5 lakh taka")
flag(c, EN, "Sir I already paid 6 lakh to Manik bhai for the Malaysia quota. now they say another 1.5 lakh for medical re-check and if not paid my name will be cut and the 6 lakh is gone also")
flag(c, EN, "took loan from samiti 3 lac at 10% monthly to pay the agent. 11 months here only 4 months wages came. every week supervisor says your debt still big, keep working, no leave until finish")
flag(c, EN, "Visa price final: Qatar 4.2 lakh, Dubai 3.8 lakh. Half advance half after visa copy. Worker pays everything, company pays nothing. cash only no bank no receipt")

c = "payments_and_proceeds"
flag(c, BN, "ভাইয়ের ছুটানোর জন্য ওরা ৩ লাখ চাইছে, বলছে টাকা আলাদা আলাদা বিকাশ নাম্বারে ভাগ করে পাঠাতে, একটায় ৫০ হাজারের বেশি না। নাম্বার: ০১৭৯২৪৬৮১৩৫, ০১৬৮৭৩১৫৯০২",
     [("phone", "+8801792468135"), ("phone", "+8801687315902")])
flag(c, BN, "টাকা হুন্ডিতে দিবা ব্যাংকে না। দুবাইয়ের লোক রিয়াল নিব এইখানে আমার লোক নগদে বুঝাই দিব। ট্রানজেকশনের স্ক্রিনশট মুইছা ফালাইবা")
flag(c, BL, "boss aajker collection 4 ta meye theke 38 hajar. nagad e pathai disi 01958-204637 e, TxnID 7HK2M9QD. baki cash kal dibo",
     [("phone", "+8801958204637"), ("mfs_transaction", "7HK2M9QD")])
flag(c, BL, "passport EB0471293 ferot chaile 80 hajar bkash koren personal number e, agent e na. +880 1723 918406. taka na ashle kal passport chire felbo",
     [("bd_passport", "EB0471293"), ("phone", "+8801723918406")])
flag(c, BL, "USDT te payment nibo TRC20. address dilam {TRX1} . visa hoye gele baki ta. bank e pathaben na bhai ekdom",
     [("tron_address", "{TRX1}")])
flag(c, EN, "new wallet for the girls earnings dont use the old one. BTC only: {BTC1} split deposits under 500 usd each",
     [("btc_address", "{BTC1}")])
flag(c, EN, "Rocket payment recvd for 3 workers (Cumilla batch). forward TxnId 9042718365 to Rana for the Malaysia transfer. do not write worker names in remark",
     [("mfs_transaction", "9042718365")])
flag(c, EN, "send the 2nd installment 1,20,000 in usdt to this eth {ETH1} . after confirm I will release your brothers passport and ticket",
     [("eth_address", "{ETH1}")])

c = "isolation_and_control"
flag(c, BN, "আম্মা এই নাম্বারে আর কল দিও না। ওরা সবার মোবাইল নিয়া গেছে, সপ্তাহে একদিন ৫ মিনিট কথা কইতে দেয় সুপারভাইজারের সামনে। আমি লুকাইয়া অন্যজনের ফোন দিয়া লিখতেছি")
flag(c, BN, "রুমের দরজা বাহির থেকে তালা দেয়, কাজে যাওয়ার সময় গাড়িতে নেয় আবার নিয়া আসে। ১ বছরে একবারও বাজারে যাইতে পারি নাই")
flag(c, BN, "ম্যাডাম কইছে বাড়ির বাইরে পা দিলে তোরে কেউ চিনব না, কাগজ তো আমার আলমারিতে। ফোন রাইখা দিছে খালি শুক্রবার রাতে দেয়")
flag(c, BL, "ei group e kichu likhben na, amader sob msg check kore. baire r lok er sathe kotha bola nishedh. bari te bolben ami valo achi shudhu")
flag(c, BL, "bhaisab amare airport thaki soja ekta ghor o rakhse, 12 jon ek room o, bahir hoite dey na, kunu jagar nam o jani na. lokation pathaisi dekhoin")
flag(c, BL, "tor passport r iqama amar kache thakbe. palaile ei deshe keu tore chinbe na. family ke phone dile o ami pashe thakbo, ulta palta kichu bolbi na")
flag(c, EN, "they keep us in a flat above the shop, door locked at night the guard keeps key. we are 9 boys. nobody here speaks bangla, we dont even know the city name")
flag(c, EN, "Notice to all staff: mobile phones will be handed to Mr Karim at gate on arrival and returned Friday only. Anyone who talks to outside people or embassy will be sent back at own cost")

c = "labour_exploitation"
flag(c, BN, "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। ওভারটাইমের কোন টাকা দেয় না। খাবার দিনে একবার, রুটি আর ডাল")
flag(c, BN, "৭ মাস হইছে একটা রিংগিতও দেয় নাই, কয় তোমার বেতন কোম্পানির কাছে জমা থাকব, দেশে যাওয়ার সময় একবারে দিব। হাতখরচ লাগলে দেশ থেকে আনাই")
flag(c, BL, "Dubai te asi 5 mash, baton dise matro 1 mash er. boss bole kaj valo na tai kete nise. 14 ghonta dhular moddhe kaj kori helmet o dey na")
flag(c, BL, "amra 40 jon ekta container e ghumai, AC nai, pani o kine khaite hoy. eid er din o kaj korsi, chuti chaile bole kal theke asha lagbe na")
flag(c, BL, "boss amake onno company te bhara dise. oi company amar betan dey boss ke, amake dey 300 ringgit. naki amar contract ta tar kache bikri hoye gese")
flag(c, EN, "working 18 hrs a day in the office, target 50 chats per day. if no target no food and they cut 2000 baht. no salary 3 months")
flag(c, EN, "madam makes me clean 3 houses, her sister house and mother house also. 5am to 1am. I sleep on kitchen floor. 6 month salary she says she is keeping for me")

c = "threats_and_coercion"
flag(c, BN, "বেশি কথা কইলে হুরুব দিয়া দিমু, তখন পুলিশ ধরব আর জেলে পচবি। চুপচাপ কাম কর")
flag(c, BN, "তোর বাপরে কইস মামলা তুললে গ্রামের বাড়িতে লোক যাইব। টেকাও পাইব না পোলাও ফিরত আইব না")
flag(c, BN, "ওরা কারেন্টের শক দিছে আরেকজনরে, ভিডিও কইরা দেখাইছে, কইছে পালাইলে আমাদেরও এমন হইব। আমারে বাঁচাও আব্বা")
flag(c, BL, "tumi jodi embassy te jao tomar nam e churir case dibo, company r camera footage ache. tarpor jibone ar bidesh jaite parba na")
flag(c, BL, "cheler ma ke bolen taka ready rakhte. na dile chele ke onno loker kache bikri kore dibo, ar khuje paben na")
flag(c, EN, "You signed the loan paper. if you run away your family in Tangail will pay double and we know the house. think before u do anything stupid")
flag(c, EN, "boss beat Rafiq with pipe yesterday in front of all of us bcz he asked for his passport. now nobody dare to ask anything")

c = "sexual_exploitation"
flag(c, BN, "আপু দুবাইতে পার্লারের কাজ বলে আনছে, এখন একটা ফ্ল্যাটে রাখছে আরো ৬টা মেয়ের সাথে, রাতে লোক আসে। না করলে খাবার দেয় না")
flag(c, BN, "নতুন মাল আসছে বাংলাদেশি, ফ্রেশ, হোটেলে ডেলিভারি। রেট ইনবক্সে। শুধু পরিচিত কাস্টমার 💋 wa.me/971552839146",
     [("whatsapp", "+971552839146")])
flag(c, BL, "bhai ei meye tar jonno 1.5 lakh dise Kolkata r party. border e Jessore diye pathai dibo, kichu din wait koren")
flag(c, BL, "tumi to dance bar e gaan gaite ashcho thik ache, kintu customer er sathe room e na gele tomar dena barbe. sobai kore tumio korba")
flag(c, EN, "Sweet bengali & nepali girls new arrival 🌸 young, obedient, full night available. hotel/home. agency managed, pay to manager only. call +60 11-3948 2716",
     [("phone", "+601139482716")])
flag(c, EN, "They told my sister it was a spa receptionist job in Kuala Lumpur. The owner keeps her passport and every night he decides which client she goes with. She gets nothing")
flag(c, EN, "bro i can supply 3 girls from sylhet for ur place next month, paperwork as housemaid. 2 lakh each. the girls dont know, i will explain them after landing")

c = "minors"
flag(c, BN, "মেয়ের বয়স ১৪ তাতে কি, জন্মনিবন্ধন বদলাইয়া পাসপোর্টে ২৫ কইরা দিমু। সৌদিতে বাসার কামে নিব, ২০ হাজার টাকা আপনাদের হাতে আগাম")
flag(c, BN, "১২-১৩ বছরের পোলা লাগব ওয়ার্কশপে, থাকা খাওয়া দিমু, বেতন বছর শেষে বাপ মার হাতে। ইস্কুল টিস্কুল চলব না, ছুটিও নাই")
flag(c, BL, "meye ta class 8 e pore, biyer kotha bole India niye jabe. chele pokkho bole kono kagoj lagbe na, shudhu border e lok ache")
flag(c, BL, "chhoto chele duita ke uter dowr er jonno pathate chai Dubai, ওদের ওজন কম তাই ভালো। 2 jon er jonno 3 lakh advance")
flag(c, EN, "need 2 small girls 10-12 yrs for house work in Dhaka, family far away is better, no one come to visit. pay 1500/month to parents")
flag(c, EN, "age 16 but looks older, she can work in the club. just make the NID say 19, pay the union office guy 5000")
flag(c, EN, "Teen model auditions 🌟 girls 13-17, trip to Dubai for photoshoot paid by agency, no parents allowed to travel. DM @star.faces_bd on Instagram",
     [("instagram", "@star.faces_bd")])

# ---------------- HARD NEGATIVES ----------------
v = "news"
neg(v, BN, "কুমিল্লায় বিদেশে চাকরির প্রলোভন দেখিয়ে টাকা আত্মসাতের অভিযোগে মানব পাচার চক্রের ৩ সদস্যকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ১৭টি পাসপোর্ট উদ্ধার করা হয়।")
neg(v, BN, "ব্রাহ্মণবাড়িয়ার মানব পাচার মামলায় দালাল হারুন মিয়াকে ১০ বছরের কারাদণ্ড দিয়েছেন ট্রাইব্যুনাল। লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগ প্রমাণিত হয়েছে।")
neg(v, BL, "khobor dekhlam Tangail e ek dalal dhora porse, 40 jon er passport nise Malaysia pathabe bole. police bolse manob pachar ain e case hobe")
neg(v, BL, "Prothom Alo te aslo: Libya theke 144 jon Bangladeshi ferot aslo IOM er flight e, onekei bolse mukti pon diye chara paisilo")
neg(v, EN, "DHAKA, Nov 12 - Police rescued 23 women from a house in Jashore before they could be trafficked to India, officials said. Two brokers were arrested and a case was filed under the Prevention and Suppression of Human Trafficking Act 2012.")
neg(v, EN, "Court update: hearing in the Malaysia recruitment syndicate case adjourned to 14 January. Defence says the accused agency held a valid licence and charged only the government fee.")

v = "awareness"
neg(v, BN, "সচেতনতা: দালালের হাতে পাসপোর্ট দিবেন না। বিদেশে যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন এবং চুক্তিপত্র নিজের ভাষায় বুঝে নিন। সরকার নির্ধারিত ফির বেশি টাকা দিবেন না।")
neg(v, BN, "মা-বোনেরা সাবধান! পার্লার বা গার্মেন্টসের চাকরির কথা বলে বিদেশে নিয়ে যারা বিক্রি করে দেয় তাদের থেকে দূরে থাকুন। শেয়ার করে সবাইকে জানান 🙏")
neg(v, BL, "bhai ra free visa bole kichu nai. oi visa te gele kaj paben na iqama o hobe na. dalal ke taka diben na, agency r license BMET site e check koren")
neg(v, BL, "Ashshash project theke bolchi: jodi keu apnar passport atke rakhe ba beton na dey, amader sathe jogajog korun. sob tottho gopon thakbe.")
neg(v, EN, "Know the signs: a job offer with very high pay, free flights and no interview can be a trap. Never hand over your passport, never pay cash to a middleman, always get a written contract.")
neg(v, EN, "Parents: children under 18 must not be sent abroad for work. If someone offers to change your child's age on a birth certificate, report it to the UNO office or police.")

v = "official"
neg(v, BN, "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: মালয়েশিয়ায় গমনেচ্ছু কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা নির্ধারণ করা হয়েছে। এর বেশি অর্থ দাবি করা হলে বিএমইটিতে অভিযোগ করুন।")
neg(v, BN, "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৮৪): কাতারে ক্লিনার পদে নিয়োগ। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির। সরকার নির্ধারিত ফি ছাড়া কোন অর্থ লেনদেন নেই, সকল পেমেন্ট ব্যাংকের মাধ্যমে রশিদসহ। যোগাযোগ: info@alnoor-overseas.com.bd",
    [("email", "info@alnoor-overseas.com.bd")])
neg(v, BL, "Embassy notice: Malaysia te thaka Bangladeshi kormi ra passport renew er jonno online e apply korun, kono dalal er maddhome noy. fee embassy r website e deya ache.")
neg(v, BL, "Assalamu alaikum, ami Sunrise HR agency theke bolchi. apnar Romania work permit er interview 5 tarikh 11 tay Banani office e. original passport ar 2 copy chobi anben, interview sheshe passport ferot diye dibo. ajke kono taka lagbe na.")
neg(v, EN, "High Commission of Bangladesh, Kuala Lumpur: workers whose employers hold their passports may lodge a complaint with the Labour Wing. Keeping a worker's passport is an offence under Malaysian law. Hotline +60 3-2148 7940",
    [("phone", "+60321487940")])
neg(v, EN, "BMET: the smart card for emigrant workers is issued only after registration, pre-departure orientation and verification of the employment contract. Pay fees through the bank only and verify your visa on the BMET website.")

v = "receipt"
neg(v, BN, "আপনার বিকাশ অ্যাকাউন্টে ০১৭১৫৮২৩৯৪৬ থেকে ৳২৫,০০০.০০ গ্রহণ করা হয়েছে। ফি ৳০.০০। ব্যালেন্স ৳২৭,৩১০.৫০। TrxID BK84JQ2W7T ০৫/১১/২০২৬ ১৯:৪২",
    [("phone", "+8801715823946"), ("mfs_transaction", "BK84JQ2W7T")])
neg(v, BN, "নগদ: আপনি সফলভাবে ৳৫,০০০ সেন্ড মানি করেছেন ০১৯১২৩৪০৮৫৭ নম্বরে। TxnID: 71QK3VPZ ব্যালেন্স ৳১২,৪৪০",
    [("phone", "+8801912340857"), ("mfs_transaction", "71QK3VPZ")])
neg(v, BL, "abba bkash er msg ta dilam: You have received Tk 18,000.00 from 01829-457361. TrxID CF92LMX4QA at 02/12/2026 10:05. basha bhara r taka",
    [("phone", "+8801829457361"), ("mfs_transaction", "CF92LMX4QA")])
neg(v, BL, "Rocket e pathaisi, TxnId 4829103756, Tk 12000, school fee ar ammur oshudh er jonno. pele janaio",
    [("mfs_transaction", "4829103756")])
neg(v, EN, "You have received Tk 45,000.00 from 01756-398214. Ref remittance. Fee Tk 0.00. Balance Tk 46,210.75. TrxID DJ3HK8PZ2M at 28/11/2026 16:31",
    [("phone", "+8801756398214"), ("mfs_transaction", "DJ3HK8PZ2M")])
neg(v, EN, "Dutch-Bangla Bank: Inward remittance BDT 1,12,450.00 credited to A/C ***7721 from ALRAJHI BANK SA incl. 2.5% govt incentive. Thank you for banking with us.")

v = "worker_content"
neg(v, BN, "প্রবাস জীবনের একদিন 🇲🇾 সকাল ৭টায় ডিউটি, আজকে ৩ ঘণ্টা ওভারটাইম করলাম, রেট ঘণ্টায় ৮ রিংগিত। মাস শেষে বেতন ব্যাংকে আসে, বাড়িতে পাঠাই। পাসপোর্ট রিনিউ করতে কাল এম্বাসি যাব ইনশাআল্লাহ")
neg(v, BN, "ভাইরা কাতারে এখন ৪৫ ডিগ্রি গরম, দুপুরে ৩ ঘণ্টা কাজ বন্ধ থাকে আইন অনুযায়ী। কোম্পানির বাস আজকেও লেট, ১ ঘণ্টা রোদে দাঁড়াই ছিলাম 😓 বাড়ির কথা খুব মনে পড়ে")
neg(v, BL, "Singapore e 3 bochor holo shipyard e kaj. basic salary 1100 SGD, overtime soho 1600 hoy. passport nijer kache thake, work permit renew company kore dey. notun ra dalal er kothay ashben na, agency check kore ashben")
neg(v, BL, "aj payday 💰 boss 2 din deri te dise bank holiday er jonno. roommate ra mile biriyani ranna korlam, ammu ke video call dilam ❤️")
neg(v, EN, "Day in my life as a Bangladeshi worker in Romania 🇷🇴 food delivery, 8 hrs, salary 3200 lei + tips, company gave accommodation with 3 roommates. yes I paid the agency fee but got proper receipt. passport always with me.")
neg(v, EN, "Saudi vlog: got my iqama renewed today, kafeel paid it as per contract. missing home a lot, 2 more years then inshallah back for good")

v = "joke"
neg(v, BN, "বউ: তোমার পাসপোর্ট কই? জামাই: তোমার আম্মার কাছে জমা, উনি কইছেন বেতন না বাড়লে বিদেশ যাইতে দিবেন না 😂")
neg(v, BN, "আমার বস আমারে দিনে ১৮ ঘণ্টা খাটায়, ছুটি দেয় না, রাতে ঘুমাইতেও দেয় না... বস মানে আমার ৩ বছরের মেয়ে 🤣")
neg(v, BL, "dalal bhai ke bollam amar biye dite, bole 5 lakh advance, meye Malaysia te ase, calling visa te ashbe 😂😂")
neg(v, BL, "office e boss bolse phone jomа rekhe kaj korte, mone hoy jail e asi 🤣 wifi password o dey na".replace("jomа", "joma"))
neg(v, EN, "my wife has held my passport, salary card and phone since 2019. send help. or biryani 😂")
neg(v, EN, "Landlord took 3 months advance, keeps my deposit and says I can't leave before the lease ends. basically a trafficker with a tin roof 😂")

v = "chatter"
neg(v, BN, "দোস্ত কালকে এজেন্সিতে গেছিলাম, লাইসেন্স দেখাইছে, সরকারি ফির কাগজও দিছে। মেডিকেল হইলে ভিসা হইব। দোয়া করিস")
neg(v, BN, "মামা সৌদি থেকে ফোন দিছিল, কয় ওখানে এখন বেতন ভালো, ভিসা লাগলে লাইসেন্সওয়ালা এজেন্সি দিয়া যাইতে, দালাল দিয়া না")
neg(v, BL, "tui ki Rafiq bhai er number ta dibi? ohr kache Malaysia r kaj niye kichu jante chai, uni to 10 bochor chilen oikhane. +880 1611 572930 eta na?",
    [("phone", "+8801611572930")])
neg(v, BL, "bro kal overtime korte hobe, supervisor bolse double rate e payment dibe. tui ashbi?")
neg(v, EN, "Guys Cox's Bazar trip: everyone send 3500 to Tanvir by bkash by Friday, he will book bus and hotel. dont forget NID copy for the hotel")
neg(v, EN, "anyone knows a good agency for Japan TITP? my cousin went by the government BOESL route, paid only the official fee and got a clear contract")

v = "family"
neg(v, BN, "আব্বা আমার পাসপোর্ট রেডি হইছে, কালকে আনতে যাব। ফর্মে জাতীয় পরিচয়পত্র নম্বর দিছিলাম ১৯৯৮২৬১৪৭৩০৫৮২১৯৪ ঠিক আছে কিনা একবার দেখেন",
    [("bd_nid", "19982614730582194")])
neg(v, BN, "আপা রুমানার বয়স এখন ১৬, এখনই বিয়ের কথা বলবেন না, আগে এসএসসি দিক। টাকা লাগলে আমি পাঠামু")
neg(v, BL, "Ammu ei mash e 30 hajar pathalam, 10 hajar Rimi r school fee, baki ta songsar e. overtime beshi korchi tai ektu beshi holo 😊")
neg(v, BL, "Kaka meyer biyer jonno ekta chele dekhechi, Italy te thake, passport copy pathaise AB4718263. family valo, sob kichu jachai kore dekhi",
    [("bd_passport", "AB4718263")])
neg(v, EN, "Abbu the agency wants only a copy of my passport and NID for the Japan application, not the original. I sent it from rakib.hossain93@gmail.com. passport no A07193826",
    [("email", "rakib.hossain93@gmail.com"), ("bd_passport", "A07193826")])
neg(v, EN, "Bhaiya Nila turned 18 today 🎂 she wants a phone as gift. also school says her board exam fee 2,400 by Sunday")

# ---------------- EASY NEGATIVES ----------------
for s, t in [(BN, "আজকে বিকালে খেলা দেখতে আসবি?"), (BN, "ভাত খাইছো? আম্মা ডাকতেছে"),
             (BN, "বৃষ্টি থামলে বাজারে যামু, কিছু লাগবো?"), (BN, "শুভ জন্মদিন দোস্ত 🎉 অনেক বড় হ"),
             (BL, "kal class hobe na sir bolse"), (BL, "ami 10 min e ashtesi, bus e"),
             (BL, "eid mubarak sobaike ❤️"), (BL, "tomar laptop ta ki thik hoise?"),
             (EN, "Running late, traffic on Airport road"), (EN, "can you send the notes from yesterday's lecture?"),
             (EN, "Happy anniversary to my parents ❤️"), (EN, "who's up for cricket on friday?")]:
    neg("chatter", s, t, hard=False)

BNDIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        text = it["text"].translate(BNDIG)
        digits = re.sub(r"\D", "", text)
        for e in it["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert v.startswith("+") and v[1:].isdigit(), v
                assert v[-9:] in digits, (it["text"], v)
            elif t == "bd_nid":
                assert v in digits, v
            elif t in ("telegram", "instagram"):
                assert v.startswith("@") and v in text, v
            else:
                assert v in text, (t, v, it["text"])
        assert (it["label"] == "flag") == (it["category"] is not None)
    ids = [it["id"] for it in items]
    assert len(set(ids)) == 120

random.Random(3303).shuffle(ITEMS)
for i, it in enumerate(ITEMS, 1):
    it["id"] = f"dev33-{i:04d}"
    ITEMS[i - 1] = {k: it[k] for k in ("id", "text", "label", "category", "script", "voice", "hard", "entities")}
check(ITEMS)
with open("/work/blind/dev33.jsonl", "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(ITEMS), BTC1, TRX1, ETH1)
