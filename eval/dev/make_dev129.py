"""Blind evaluation set dev129 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the detector's rules, the other evaluation sets or the tool's code.
Persona: an international-student adviser at a private university in Dhaka whose students and their
friends took 'study and work' offers through consultancies for North Cyprus, Georgia, Hungary,
Lithuania and Uzbekistan, writing the chats of deceived students, their families and agents alongside
the ordinary talk of genuine students, parents and university staff about visas, fees, exams and jobs.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev129.jsonl"
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


BTC1 = btc("dev129-btc-1")
TRON1 = tron("dev129-tron-1")
ETH1 = eth("dev129-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG items

# ---------------- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই, কনসালটেন্সি বলছিল নিকোসিয়ার ভার্সিটিতে ভর্তি, সপ্তাহে ২০ ঘণ্টা পার্ট টাইম। এখানে আইসা দেখি ওই নামে কোনো ক্যাম্পাসই নাই, অফার লেটারের সিলটাও নাকি বানানো। এয়ারপোর্ট থেকে সোজা একটা হোটেলের কিচেনে নিয়া গেছে আমাদের।")
F("recruitment_deception", "bn",
  "আম্মু, ওরা বলছিল জর্জিয়ায় নার্সিং পড়াবে আর ক্যাম্পাসের ক্যান্টিনেই কাজ। এখন বলতেছে ক্লাস পরে শুরু হবে, আগে ছয় মাস ফার্মে আঙুর তুলতে হবে। ভিসাটাও দেখি স্টুডেন্ট না, কী একটা লেখা যেটা আমি পড়তেও পারি না।")
F("recruitment_deception", "bn",
  "🇭🇺 হাঙ্গেরি ফুল স্কলারশিপ 🇭🇺\nIELTS লাগবে না, গ্যাপ সমস্যা নাই\nপড়ার পাশাপাশি মাসে ১২০০-১৫০০ ইউরো জব গ্যারান্টি ✅\nমাত্র ৭ দিনে অফার লেটার, ভিসা ১০০% নিশ্চিত\nসিট সীমিত! যোগাযোগ: wa.me/8801955617042",
  [("whatsapp", "+8801955617042")])
F("recruitment_deception", "bn-Latn",
  "bhai tui je admission letter ta pathaisili oita university r international office e dekhaisi. ora bolse oder system e amar nam e nai, reference number tao bhuya. consultancy er Rakib bhai 01711-482936 phone e dhore na ar 2 din dhore",
  [("phone", "+8801711482936")])
F("recruitment_deception", "bn-Latn",
  "Uzbekistan e MBBS bole niye ashche amader 9 jon ke. ekhon Samarkand theke 2 ghonta dure ekta cotton field er pashe ghore rakhse. class kobe jiggesh korle bole 'next month semester start'. 3 mash hoye gelo bhai")
F("recruitment_deception", "bn-Latn",
  "Lithuania student visa bolsilo, embassy theke je sticker ta ashlo oita naki seasonal work er visa. agent bolse 'same jinish, porer bochor convert kore dibo'. ami to porte ashchilam, kaj korte na")
F("recruitment_deception", "en",
  "Sir, the offer letter the agency gave me has the uni logo and everything, but the registrar here says they never issued it. The 'admissions office' that emailed me was neu.admission.office2026@gmail.com, not the university domain. On arrival the agent said classes are 'online for now' and took us to a construction site in Famagusta.",
  [("email", "neu.admission.office2026@gmail.com")])
F("recruitment_deception", "en",
  "They said part time cafe job 10 euro/hr, max 20 hrs a week like the law says. Reality: unloading trucks at a warehouse outside Debrecen, paid per pallet, no contract, no uni. Nobody in the Dhaka office mentioned any of this.")

# ---------------- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "ব্যাংক সলভেন্সির নামে ৮ লাখ নিল, বলল অ্যাকাউন্টে দেখায়া ফেরত দিবে। এখন বলে ওইটা টিউশন ফি-তে চলে গেছে, আরো ৩ লাখ না দিলে ফাইল আটকায়া থাকবে। আব্বা জমি বন্ধক রাখছে ভাই, আর কিছু নাই।")
F("fees_and_debt", "bn",
  "প্রতি মাসে বেতন থেকে ৪০০ ইউরো কেটে রাখে, বলে ঢাকায় তোমার ফ্যামিলি যে লোন নিছে সেটার কিস্তি। কত বাকি জিজ্ঞেস করলে খাতা দেখায় না, খালি বলে আরো দুই বছর।")
F("fees_and_debt", "bn",
  "ফ্লাইট, থাকা, খাওয়া, এয়ারপোর্ট পিকআপ সব আমাদের নামে খাতায় লেখা। প্রথম মাসে কাজ কইরা পাইলাম ৬০০, খাতায় দেখি খরচ ৯০০। দিন দিন দেনা খালি বাড়তেছে, এইটা কোনোদিন শেষ হবে না।")
F("fees_and_debt", "bn-Latn",
  "Consultancy fee 4.5 lakh chilo, shob diye dichi. ekhon bolche Cyprus e land korar por 'residence fee' ar 'insurance' baabod aro 2500 euro lagbe, na dile university theke naam kete dibe ar kaj diye shodh korte hobe. ei taka ami kothay pabo",
  )
F("fees_and_debt", "bn-Latn",
  "ma boltese dalal er lok ra barite ashchilo, bolse amar 'loan' er interest maashe 20k dite hobe. ami to kono loan nei nai! oder bkash 01839-552104 e file processing er 50k dichilam shudhu, TrxID 9JD4KQ2XLM ekhono ache amar kache",
  [("phone", "+8801839552104"), ("mfs_transaction", "9JD4KQ2XLM")])
F("fees_and_debt", "en",
  "My brother paid BDT 12 lakh to the agency for Georgia 'study + work'. Now the employer in Tbilisi deducts half his wage every month for 'agency repayment' and says he still owes more than 6,000 dollars. He's been there 14 months and the number never goes down.")
F("fees_and_debt", "en",
  "bro turns out our tuition was never paid to the uni, agent kept it. now the boss says he 'covered it for us' and we have to work it off at the farm, 2 euro/hr credited against it. do the maths, thats years")
F("fees_and_debt", "en",
  "Dear Madam, I took loan from NGO and relatives total 9 lakh taka for Hungary admission. Now the agent (+90 533 847 2219, he says he is in Cyprus now) demands 3,000 euro more for 'visa extension', otherwise I become illegal. I told him I cannot pay, he says then I must work in his cousin's restaurant with no salary until it is cleared.",
  [("phone", "+905338472219")])

# ---------------- isolation_and_control (bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "পাসপোর্ট (B01928374) আর রেসিডেন্স কার্ড দুইটাই সুপারভাইজার নিজের লকারে রাখছে। বলছিল ইমিগ্রেশনের কাজে লাগবে, তিন মাস হইয়া গেল এখনো দেয় না। চাইলেই বলে 'পালাবা নাকি?'",
  [("bd_passport", "B01928374")])
F("isolation_and_control", "bn",
  "রাতে ডর্মের দরজা বাইরে থেকে তালা দেয়। সন্ধ্যায় সবার ফোন জমা নেয়, সপ্তাহে একদিন ১০ মিনিট বাড়িতে কথা বলতে দেয়, তাও পাশে দাঁড়ায়া শুনে।")
F("isolation_and_control", "bn-Latn",
  "ekhane keu university te jaite pare na, campus koi seta e jani na. ekta lok gari kore kaj e niye jay abar niye ashe, majhe kothao thamay na. baire ekla jaite chaile bole police dhorle ar deshe firte parbi na")
F("isolation_and_control", "bn-Latn",
  "amar phone ta niye gese, eta roommate er phone theke likhtesi, lukaye. barite bolis na ami kemon achi, ora message check kore. ammu ke bolis shob thik ache, porashona cholche")
F("isolation_and_control", "bn-Latn",
  "agent er direct kotha: kono Bangladeshi er shathe mishbi na, embassy te call dile sobar visa cancel. university theke keu jiggesh korle bolbi amra regular class kori ar hostel e thaki. bujhsos?")
F("isolation_and_control", "en",
  "Miss, please dont reply on this number (+90 542 318 7765) after 9pm, they check our phones at night. The manager kept all our passports 'for safety' since we arrived in Kyrenia. We are 11 boys in one flat and we are not allowed to go to town alone.",
  [("phone", "+905423187765")])
F("isolation_and_control", "en",
  "If anyone from the uni or the embassy calls you, just say he is attending classes and staying at the student hostel. Don't mention the farm. Don't give anyone this number. Tell his mother the same, the less she says the better for him.")
F("isolation_and_control", "en",
  "they moved us to another house outside Vilnius last night, didnt say where. no wifi, the sim they gave only calls the boss. got this msg out from a shop wifi. please call my mom 01913-775420 and tell her im alive",
  [("phone", "+8801913775420")])

# ---------------- threats_and_coercion (bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "বলছে যদি আর একবার অ্যাম্বাসিতে ফোন দিই তাহলে ভিসা ক্যানসেল করায়া জেলে ঢুকাবে। ওদের নাকি পুলিশে লোক আছে। এইখানে কাগজ ছাড়া ধরা খাইলে কেউ বাঁচাইতে পারবে না, এইটাই বারবার বলে।")
F("threats_and_coercion", "bn",
  "আপনার ছেলে বেশি কথা বলতেছে। ঢাকায় আপনাদের বাসা আমরা চিনি, ছোট মেয়েটা কোন স্কুলে যায় সেটাও জানি। ওরে চুপচাপ কাজ করতে বলেন, নাহলে ফল ভালো হবে না।")
F("threats_and_coercion", "bn-Latn",
  "kal Sajib bhai kaj e jete mana korse bole supervisor ra oke mere nak fatai dise, amader shobar samne. bolse next time deport na, ekebare kobor e pathabe. ami khub bhoy e achi")
F("threats_and_coercion", "bn-Latn",
  "tor video gula ache amar kache. taka na dile ba kaj chere dile tor family r facebook e chere dibo, tor abba o dekhbe. tui bujhis ki bolsi, chup thak")
F("threats_and_coercion", "bn-Latn",
  "agent er lok ammu re 01625-339018 number theke phone kore bolse ami naki palaisi, ar 5 lakh na dile amar nam e case dibe Dhaka te. ami palai nai, ami shudhu complain korchilam je kono class hoy na",
  [("phone", "+8801625339018")])
F("threats_and_coercion", "en",
  "Supervisor told us anyone who talks to the labour inspector will be reported to migration as an overstayer and deported with a 5 year ban. He said 'your families will pay back every taka if you are sent home'.")
F("threats_and_coercion", "en",
  "He slapped Tanvir in front of everyone and said the next one who asks about salary goes to the basement. We are scared sir. Please don't call the agency, they will know it was us who talked.")

# ---------------- labour_exploitation (bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১১টা পর্যন্ত কিচেনে দাঁড়ায়া। সপ্তাহে একদিনও ছুটি নাই। তিন মাসে বেতন দিছে একবার, তাও অর্ধেক।")
F("labour_exploitation", "bn",
  "গ্রিনহাউসে ওষুধ স্প্রে করায় মাস্ক ছাড়া, গতকাল দুইজন মাথা ঘুরে পড়ে গেছিল। ডাক্তারের কাছে নেয় নাই, আজকে আবার কাজে পাঠাইছে।")
F("labour_exploitation", "bn",
  "আমাদের ৬ জনরে আরেক মালিকের কাছে দিয়া দিছে, বলে 'তোমাদের কন্ট্রাক্ট এখন ওর'। কেউ আমাদের জিজ্ঞেসও করে নাই। নতুন জায়গায় একবেলা খাবার, ১৪ ঘণ্টা ডিউটি।")
F("labour_exploitation", "bn-Latn",
  "warehouse e 16 ghonta shift, break 20 min. 2 mash salary pai nai, bolse company r payment ashe nai. ekhane kew porashona kore na bhai, shob student visa r pola ra kaj kore shudhu")
F("labour_exploitation", "bn-Latn",
  "amra 4 jon ke 'bhara' dise ekta construction company ke. raat e scaffolding e kaj, helmet nai, harness nai. taka jay agent er kache, amra pai khabar ar shaptah e 50 lari")
F("labour_exploitation", "en",
  "We work every day at the hazelnut farm, sunrise to dark. Wages were promised monthly but the boss says he pays 'at end of season'. It's been 5 months. 8 of us sleep in a storage container with one fan.")
F("labour_exploitation", "en",
  "Sir honestly there is no study. 7 days a week at the chicken factory, 12 hour shifts, and if we're sick they cut 2 days pay. Last week they sent three of the guys to a farm in the south, the owner just came in a van and took them.")

# ---------------- minors (bn 2, bn-Latn 2, en 3)
F("minors", "bn",
  "মেয়েটার বয়স মাত্র ১৬, এজেন্ট নতুন পাসপোর্ট (A05512873) করাইছে জন্মসাল বদলায়া, যাতে ফাউন্ডেশন প্রোগ্রামে দেখানো যায়। এখন সে সাইপ্রাসে এক বাসায় ঘরের কাজ করে, কোনো ক্লাসে যায় না।",
  [("bd_passport", "A05512873")])
F("minors", "bn",
  "চাচা বলে ভাতিজারে উজবেকিস্তান পাঠাবে পড়াইতে, ছেলের বয়স ১৪। দালাল বলছে বয়স নিয়া চিন্তা নাই, জন্ম নিবন্ধন নতুন কইরা বানায়া দিবে, ওইখানে গিয়া হোটেলে কাজ শিখবে।")
F("minors", "bn-Latn",
  "SSC o dey nai ekhono, 15 bochor boyosh, oke Georgia te 'language course' e pathaise. ekhon shuni Batumi te ekta restaurant e thala bashon dhoy raat 2ta porjonto, school er kono khobor nai")
F("minors", "bn-Latn",
  "dalal bolse meye ta re biye dia dile husband er shathe Cyprus e student dependent hoye jete parbe, tarpor kaj. meyer boyosh 15, chele 32. family raji hoye gese taka r jonno, ami ki korbo bujhtesi na")
F("minors", "en",
  "Just put 18 on the form, nobody checks at the foundation college. Once he's there he can work at the restaurant with the others. Tell his mother not to worry about the birth certificate, we will fix it here.")
F("minors", "en",
  "Ma'am one of the 'students' who came with our batch looks 13 or 14. He says he's 19 but doesn't know his own birth year. The owner makes him clean the hotel rooms and sleep in the laundry room.")
F("minors", "en",
  "Age no problem sister. We have girls 16 17 working as babysitter with families in Nicosia, visa as 'English language student'. Family pays 2 lakh, we arrange all papers. WhatsApp +90 533 412 0098",
  [("phone", "+905334120098")])

# ---------------- sexual_exploitation (bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "বলছিল হোটেলে রিসেপশনের চাকরি। গিয়া দেখি রাতের ক্লাবে 'হোস্টেস', কাস্টমারের সাথে বসে ড্রিংক করতে হয়, রুমে যাইতে বলে। না করলে বলে ফ্লাইটের টাকা ফেরত দাও তাইলে।")
F("sexual_exploitation", "bn",
  "আপু, ওরা আমাদের ছবি তুলে কোন একটা সাইটে দিছে 'নতুন বাংলাদেশি স্টুডেন্ট'। ম্যাডাম বলছে প্রতি রাতে কাস্টমার না নিলে খাবার বন্ধ। আমি কী করব বুঝতেছি না।")
F("sexual_exploitation", "bn-Latn",
  "massage parlour er job bolse, 'only spa, family environment'. ekhon boss bole 'extra service' na dile salary nai. amra 5 ta meye ek room e thaki, passport tar kache")
F("sexual_exploitation", "bn-Latn",
  "Girne te ekta casino r pashe flat, meye der 'student' bole ane, raat e gari kore hotel e pathay. amar cousin o oikhane, phone e kanna kore, kichu bolte pare na karon pashe lok thake")
F("sexual_exploitation", "bn-Latn",
  "new 2 ta bd girl ashche 🌸 student visa, age 20-22, fresh. private party / hotel visit available Kyrenia + Famagusta. booking only tg: @kyrenia_vip_bd, advance lagbe",
  [("telegram", "@kyrenia_vip_bd")])
F("sexual_exploitation", "en",
  "The 'part time modelling' from that insta page @euro.model.jobs turned out to be webcam shows. The agent's wife sits in the room and if we refuse a private show she adds 100 euro to our 'debt'. Please help me get out, I'm a 2nd semester student only on paper.",
  [("instagram", "@euro.model.jobs")])
F("sexual_exploitation", "en",
  "Madam the girls from the Batumi batch are not in any college. They were taken to a 'sauna' near the beach and have to go with men the owner sends. One of them texted me 'save us' and then her number went off.")

# ---------------- payments_and_proceeds (bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ছেলেরে ছাড়াইতে চাইলে আজ রাতের মধ্যে ৩ লাখ বিকাশ করেন ০১৮১৯-৪৪৭২১৬ নম্বরে। ১০-১২ ভাগ করে পাঠাবেন, একবারে না। পুলিশে গেলে ছেলেরে আর পাবেন না।",
  [("phone", "+8801819447216")])
F("payments_and_proceeds", "bn",
  "মালিক বলছে বেতন আর ব্যাংকে দিবে না, হুন্ডির লোক দিয়া সরাসরি ঢাকায় দালালের কাছে যাবে 'লোন কাটার জন্য'। আমার নামে কোনো কাগজ থাকবে না, কত গেল তাও জানব না।")
F("payments_and_proceeds", "bn",
  "পাসপোর্ট ফেরত দেয়ার জন্য ৮০০ ইউরো চাইছে। আব্বা রকেট থেকে ওদের এজেন্টরে ১ লাখ পাঠাইছে, TxnId 9844127751। বলছে টাকা পাইলে কালকে ছাড়বে, এখনো কিছু বলে নাই।",
  [("mfs_transaction", "9844127751")])
F("payments_and_proceeds", "bn-Latn",
  "ei number e nagad koren 01936-218457, 'file clear' er jonno 75k. receipt chaile dibo na, eta unofficial channel. payment clear na howa porjonto apnar chele er passport amader kache thakbe",
  [("phone", "+8801936218457")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT pathan TRC20 te, ei address e: {TRON1}\nbank e dile block hoye jay. pura amount na ashle chele re chara hobe na, screenshot dile confirm korbo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "bhai salary ta amar account e ashe na, boss cash dey Anwar bhai ke, uni oita bKash kore dalal er kache pathay 'kisti' bole. amar hate maashe 100 euro o thake na")
F("payments_and_proceeds", "en",
  f"Send the remaining 4,500 to this wallet before Friday or the boys stay at the farm another season: {BTC1}\nNo bank transfer, no questions, no police.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  f"Forwarded\n\"Mr Karim, your son's release and ticket fee is 2,000 USD. Pay via Binance to the ETH address below. Once confirmed he will get his passport back.\"\n{ETH1}\nsir what should we do, is this real",
  [("eth_address", ETH1)])

# ================================================================ OK items (hard negatives)

# ---------------- news
N("news", "bn",
  "রাজধানীর বনানীতে 'স্টাডি অ্যাব্রড' কনসালটেন্সির আড়ালে মানবপাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে সিআইডি। উত্তর সাইপ্রাসে ভর্তির ভুয়া কাগজ দিয়ে শিক্ষার্থীদের কাছ থেকে জনপ্রতি ৮-১০ লাখ টাকা নেওয়ার অভিযোগ রয়েছে তাদের বিরুদ্ধে।")
N("news", "en",
  "Georgian police rescued 14 Bangladeshi nationals from a farm in the Kakheti region on Tuesday. The men had entered on student visas arranged by a Dhaka agency and their passports had been confiscated by the farm owner, officials said.")
N("news", "bn-Latn",
  "news dekhsos? Hungary te student visa te giye illegal kaj korte giye 20 jon bangladeshi dhora khaise, ar agency malik ke Dhaka te arrest korse. amader Rafi oi agency diye gese naki ektu check kor to")
N("news", "en",
  "Court sentences two brokers to life imprisonment under the Prevention and Suppression of Human Trafficking Act 2012 for sending women abroad on promises of beauty parlour jobs where they were forced into prostitution.")
N("news", "bn",
  "লিথুয়ানিয়ায় শিক্ষার্থী ভিসার আবেদনে ভুয়া ব্যাংক সলভেন্সি সনদ বেড়েছে, গত বছর চার শতাধিক বাংলাদেশির আবেদন প্রত্যাখ্যান — জানিয়েছে সংশ্লিষ্ট দূতাবাস।")
N("news", "en",
  "BFIU has frozen 43 bKash and Nagad accounts linked to a hundi network that allegedly collected 'release money' from families of students stranded in Uzbekistan, a senior official told reporters.")
N("news", "bn-Latn",
  "Aajker paper e boro report: 'Cyprus e porte giye restaurant e kaj korte baddho chatro ra'. onek university ekhon help desk khulse, amader international office o naki notice dibe")

# ---------------- awareness
N("awareness", "bn",
  "সতর্কবার্তা: বিদেশে পড়তে যাওয়ার আগে বিশ্ববিদ্যালয়ের অফিসিয়াল ওয়েবসাইট থেকে ভর্তির চিঠি যাচাই করুন। কোনো এজেন্ট বা মালিককে আপনার পাসপোর্ট রেখে দিতে দেবেন না। বিপদে পড়লে ৯৯৯ এ কল করুন।")
N("awareness", "en",
  "Students: your employer cannot keep your passport or residence card. Part-time work on a student visa is limited by law. If someone tells you 'classes are online, just work for now', contact your university's international office immediately.")
N("awareness", "bn-Latn",
  "Sobai ke bolchi: 'IELTS chara scholarship + 1500 euro job guarantee' type post dekhle 100% scam. University nijer theke kokhono WhatsApp e admission dey na. share koren, kew jeno fande na pore 🙏")
N("awareness", "en",
  "Red flags when choosing a study-abroad consultant: asks you to pay tuition to a personal account; won't show the university's own invoice; 'guarantees' a job; wants to keep your original documents. Our volunteers verify offer letters for free, message the channel @safe_study_abroad_bd on Telegram.",
  [("telegram", "@safe_study_abroad_bd")])
N("awareness", "bn",
  "মা-বাবাদের প্রতি অনুরোধ: সন্তানের টিউশন ফি সরাসরি বিশ্ববিদ্যালয়ের ব্যাংক অ্যাকাউন্টে পাঠান, দালালের বিকাশ নম্বরে নয়। রশিদ ছাড়া কাউকে এক টাকাও দেবেন না।")
N("awareness", "bn-Latn",
  "Meyeder jonno: bideshe 'hotel receptionist', 'spa', 'model' job er offer e jawar age family ke janan, contract ta bangla te bujhe nin. kew passport nite chaile shoja mana korben.")
N("awareness", "en",
  "Under-18s cannot be enrolled in a degree programme abroad without a guardian's consent and proper documents. If an agent offers to 'adjust' your child's age on a passport, that is a crime. Child Helpline: 1098.")

# ---------------- official
N("official", "en",
  "CONSULAR NOTICE: Bangladeshi students in Hungary are requested to register with the Embassy. Students facing problems with employers, landlords or agents may contact the consular wing at +36 1 325 4471 (Sun-Thu, 9:00-16:00) or consular.hu.bdembassy@gmail.com.",
  [("phone", "+3613254471"), ("email", "consular.hu.bdembassy@gmail.com")])
N("official", "bn",
  "মেসার্স সোনালী ওভারসিজ (আরএল-১৪৭২): মালয়েশিয়াগামী কর্মীদের জন্য সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি কোনো অর্থ প্রদান করবেন না, সকল লেনদেন ব্যাংকের মাধ্যমে রশিদসহ। যোগাযোগ: ০১৭৩০-৪৪৫৫৬৬",
  [("phone", "+8801730445566")])
N("official", "en",
  "Office of International Admissions: the spring intake deposit (EUR 1,500) must be paid ONLY to the university account printed on your official invoice. We do not authorise any agent to collect tuition in cash or via mobile banking.")
N("official", "bn-Latn",
  "Notice: visa file submission er shomoy original passport VFS e jama dite hobe, receipt ta oboshshoi niben. 10-15 working day por nijei collect korben. kono consultancy staff apnar passport bari niye jete parbe na.")
N("official", "bn",
  "বিএমইটি: বিদেশগামী কর্মীদের স্মার্ট কার্ড সংগ্রহের আগে নিবন্ধন বাধ্যতামূলক। নিবন্ধনহীন সাব-এজেন্টের কাছে টাকা দেবেন না। অভিযোগ জানাতে 'আমি প্রবাসী' অ্যাপ ব্যবহার করুন।")
N("official", "en",
  "Dear student, your residence permit card is ready for collection at the Migration Office, Lefkoşa. Bring your passport and the payment receipt. Appointment ref: RP-2026-88143. Cards not collected within 30 days will be returned.")

# ---------------- receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712345678. Ref tuition. Fee Tk 0.00. Balance Tk 31,250.40. TrxID CK71PQ3ZRA at 05/12/2026 19:22",
  [("phone", "+8801712345678"), ("mfs_transaction", "CK71PQ3ZRA")])
N("receipt", "en",
  "Money Received.\nAmount: Tk 10000.00\nSender: 01819223344\nRef: semester\nTxnID: 73HF9K2Q\nBalance: Tk 10450.50\n02/12/2026 11:40",
  [("phone", "+8801819223344"), ("mfs_transaction", "73HF9K2Q")])
N("receipt", "en",
  "Dear Customer, your A/C XXXX4471 has been debited by BDT 6,25,000.00 on 03-DEC-26 for outward TT to NEAR EAST UNIV TUITION (Ref: STU-20431). Avl Bal BDT 1,12,340.55. Call 16234 for queries.")
N("receipt", "bn",
  "আপনি ৫,০০০ টাকা সেন্ড মানি করেছেন ০১৯১১-৫৬৭৮৯০ নম্বরে। রেফারেন্স: আম্মুর ঔষধ। ফি ০.০০ টাকা। TrxID: BHK2L8M4QD",
  [("phone", "+8801911567890"), ("mfs_transaction", "BHK2L8M4QD")])
N("receipt", "en",
  "Rocket: Tk 3,000 Cash Out from A/C 0181XXXXXX6. TxnId: 4921873365. Fee Tk 54.00. Balance Tk 812.20",
  [("mfs_transaction", "4921873365")])
N("receipt", "en",
  "Your remittance of EUR 300.00 from Budapest has been credited to bKash wallet 01755-908812 as Tk 39,660.00 incl. 2.5% govt incentive. TrxID DA93KQ71LM",
  [("phone", "+8801755908812"), ("mfs_transaction", "DA93KQ71LM")])

# ---------------- family
N("family", "bn",
  "আব্বু, পাসপোর্টটা আলমারির উপরের তাকে রাখছি, বৃহস্পতিবার ভিসা অফিসে জমা দিতে লাগবে। নাম্বার A07734521, ফর্মে ঠিক লিখছে কিনা মিলায়া দেইখো একটু।",
  [("bd_passport", "A07734521")])
N("family", "bn-Latn",
  "ammu tuition er 2nd installment ta bank theke direct university account e pathay dio, agent ke dio na kintu. invoice ta whatsapp e dichi, account number oikhane ache")
N("family", "en",
  "Beta, your chacha says his friend's son went to Hungary through the same agency and is doing fine, works in a pizza shop on weekends. But still check every paper with your adviser, ok? Don't sign anything in a hurry.")
N("family", "bn-Latn",
  "apu, tor passport ta ami niye gelam renewal er jonno, Agargaon passport office e. purano tar number BR0723415, form e ami likhe disi. 2 shopta lagbe bolse, tension nis na",
  [("bd_passport", "BR0723415")])
N("family", "bn",
  "মেয়েটারে একা পাঠাইতে ভয় লাগে। ওর খালু বলছে জর্জিয়ায় ওদের হোস্টেল ভালো, মেয়েদের আলাদা ফ্লোর, প্রতিদিন ভিডিও কল দিবে। দেখি, আল্লাহ ভরসা।")
N("family", "en",
  "Abbu moved 20 lakh into his account for the bank solvency certificate, it has to stay there 6 months. Bank wants his NID 5512873904 on the letter, they'll give it Sunday. Don't let any agent 'hold' the money for us.",
  [("bd_nid", "5512873904")])
N("family", "bn-Latn",
  "bhaiya amar jonno Lithuania theke chocolate anis 😄 ar bolis kobe ashbi, ammu protidin tor room guchay ar bole passport ta shabdhane rakhis")

# ---------------- worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah shift shesh. aj 6 ghonta cafe te kaj korsi, weekend e max 20 ghonta, boss bhalo manush. next week exam tai off nisi, kono jhamela kore nai")
N("worker_content", "en",
  "Got my first payslip from the warehouse! 18 hrs a week, paid every Friday into my own account. Manager even let me swap shifts around my midterms 🙌")
N("worker_content", "bn",
  "এখানে রেস্টুরেন্টে পার্ট টাইম করি, মালিক তুর্কি, খুব ভালো মানুষ। পাসপোর্ট আমার কাছেই, লিখিত কন্ট্রাক্টও দিছে। টিউশনের অর্ধেক এখন নিজেই দিতে পারতেছি।")
N("worker_content", "bn-Latn",
  "Tashkent e hostel ta clean, class regular hoy. weekend e ekta Bangladeshi restaurant e kaj kori, taka kom but ok, porashona agey. vlog dekhis amar insta te @rafi_in_tashkent",
  [("instagram", "@rafi_in_tashkent")])
N("worker_content", "en",
  "Summer harvest job in Lithuania was tough but fair. 8 hours, overtime paid extra, they gave us boots and gloves and a proper room. Made enough for next semester's rent.")
N("worker_content", "bn",
  "সাইকেলে ডেলিভারির কাজ করি, নিজের সময়মতো। সপ্তাহে ১৫-১৮ ঘণ্টা, ক্লাস মিস হয় না। এইবার বাসায় ২০০ ইউরো পাঠাইলাম 😊")
N("worker_content", "bn-Latn",
  "Cyprus e hotel e housekeeping e summer job paisi, official contract, social insurance o kate. manager bolse next season abar nibe, ami to khushi")

# ---------------- joke
N("joke", "bn-Latn",
  "bhai amar boss amar passport nite chaise... photo tulte, 'employee of the month' board e lagabe 😂😂 ami to bhoy paisilam")
N("joke", "en",
  "My mom tracks my location more closely than any agent ever could 😂 she knows I'm at the library before I do")
N("joke", "bn",
  "আম্মু পরীক্ষার আগে আমার ফোন জব্দ করছে, মনে হইতেছে আমি বন্দি 😭 কেউ উদ্ধার করো প্লিজ")
N("joke", "bn-Latn",
  "semester fee dite dite abba nije debt bondage e 🤣 'work until tuition is repaid' ei hocche amader family r life")
N("joke", "en",
  "lol the class rep is holding us all hostage until everyone pays 200 tk for the picnic bus 😂 bkash to 01799-120045 before Thursday or no seat",
  [("phone", "+8801799120045")])

# ---------------- chatter (hard)
N("chatter", "bn",
  "কেউ জানো জর্জিয়ার স্টুডেন্ট ভিসায় সপ্তাহে কয় ঘণ্টা কাজ করা যায়? ইউনিভার্সিটির অফিস আজকে বন্ধ।")
N("chatter", "bn-Latn",
  "ei consultancy ta ki legit? insta te @brightpath.edu.bd, Banani te office. keu gese oder diye Hungary? reviews mixed dekhtesi",
  [("instagram", "@brightpath.edu.bd")])
N("chatter", "en",
  "Anyone in Debrecen need a roommate? Flat near the medical campus, 180 euro incl. bills. Msg me wa.me/36301234567",
  [("whatsapp", "+36301234567")])
N("chatter", "bn-Latn",
  "Ercan airport theke hostel jaite taxi koto ney? university pickup dibe bolse but amar flight 4 ghonta late")
N("chatter", "en",
  "Reminder: visa interview prep session tomorrow 3pm, room 402. Bring bank solvency letter, offer letter and passport COPIES, not originals.")

# ================================================================ OK items (easy)
N("chatter", "bn", "আজকে ক্লাস হবে না, স্যার অসুস্থ। কালকে কুইজ।", hard=False)
N("chatter", "bn-Latn", "bhai khelbi aj bikale? field e 5 tay", hard=False)
N("chatter", "en", "Happy birthday Nabila!! 🎂🎉", hard=False)
N("chatter", "bn", "বাজার থেকে আসার সময় ডিম আর পেঁয়াজ আইনো।", hard=False)
N("chatter", "bn-Latn", "network khub kharap, pore call dicchi", hard=False)
N("chatter", "en", "Can you send me the notes from today's lecture? I missed the second half.", hard=False)
N("chatter", "bn", "বৃষ্টি হবে মনে হয়, ছাতা নিয়া বের হইও।", hard=False)
N("chatter", "bn-Latn", "ami raste, 10 min e pouchabo", hard=False)
N("chatter", "en", "Library closes at 8 tonight because of maintenance.", hard=False)
N("chatter", "bn-Latn", "ammu biryani banaise, tui ashbi?", hard=False)


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
    random.Random(129).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev129-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
