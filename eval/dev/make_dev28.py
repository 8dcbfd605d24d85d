import hashlib, json, random, re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s
def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]
BTC1 = b58check(b"\x00" + h20("dev28-btc-1"))
TRON1 = b58check(b"\x41" + h20("dev28-tron-1"))
ETH1 = "0x" + hashlib.sha256(b"dev28-eth-1").hexdigest()[:40]

F = "flag"; O = "ok"
RD, FD, PAY, ISO, LAB, THR, SX, MIN = ("recruitment_deception", "fees_and_debt", "payments_and_proceeds",
    "isolation_and_control", "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors")
BN, BL, EN = "bn", "bn-Latn", "en"
V = "victim_or_recruiter"
items = []
def add(label, cat, script, voice, hard, text, ents=()):
    items.append(dict(text=text, label=label, category=cat, script=script, voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))

# ---------------- FLAG ----------------
# recruitment_deception (8)
add(F, RD, BL, V, True, "bhai malaysia te factory kaj, beton 1800 ringgit khana thaka company dibe. calling visa lagbe na sudhu ekta visit diye jaben, okhane giye kaj pakka kore dibo. airport e keu jiggesh korle bolben beraite jacchen. kal dokane ashen")
add(F, RD, BL, V, True, "FREE VISA saudi 😍 kono kofil er jhamela nai, nijer moto jekhane khushi kaj koren. 4 lakh 50 hajar, akama 2 bosor. cl 01819-447261", [("phone", "+8801819447261")])
add(F, RD, BL, V, True, "amra to aisi hotel er cleaner er kaj koira, ekhon kuy mashit ar khet o kaj, agreement o lekha asilo hotel. dalal e koisil ekhane aile bujhba. ekhon bujhtasi")
add(F, RD, BN, V, True, "দুবাই এ সুপার শপে সেলসম্যান, মাসে ৬০ হাজার টাকা, থাকা খাওয়া ফ্রি। অভিজ্ঞতা লাগবে না ইংরেজি লাগবে না। ট্যুরিস্ট ভিসায় যাবেন ওখানে গেলে পারমিট হয়ে যাবে। যোগাযোগ ০১৭৩৩-৫৮২৯১০", [("phone", "+8801733582910")])
add(F, RD, BN, V, True, "ভাই এখানে আইসা দেখি কোন কোম্পানিই নাই। যে কাগজ দিছিল ওইটা ভুয়া, এখানকার লোক বলে এই নামে কিছু নাই। এখন রাস্তায় দাড়ায়া দিনমজুরি খুঁজি")
add(F, RD, BN, V, True, "থাইল্যান্ডে কাস্টমার সার্ভিসের চাকরি, শুধু কম্পিউটারে টাইপ করা। বেতন ১২০০ ডলার, প্লেনের টিকিট থাকা সব কোম্পানি দিবে। কাউকে বইলো না সিট কম। টেলিগ্রামে নক দাও @jobs_bkk_typing", [("telegram", "@jobs_bkk_typing")])
add(F, RD, EN, V, True, "Urgent need 40 men for Italy agriculture, direct job no middle man, salary 1400 euro. Route Dubai then Libya 2 weeks wait, all arrangement from our side. Pay half now half after reaching. wa.me/8801929364518", [("whatsapp", "+8801929364518")])
add(F, RD, EN, V, True, "they told us hospital cleaner in Riyadh with 1500 riyal but the paper they gave at airport say farm labour 800. when i asked the man said sign it or go back and nobody give your money back")
# fees_and_debt (8)
add(F, FD, BL, V, True, "bhai total 6 lakh lagbe malaysia. 2 lakh ekhon din, baki 4 lakh ami dhar dimu oikhane beton theke proti mash e kaita nibo. chinta koiren na shob amra dekhbo")
add(F, FD, BL, V, True, "ekhane asar por malik bolse visa khoroch 9000 riyal ferot dite hobe, protimash 600 kete rakhbe. ami to dese 5 lakh diye aslam, abar keno ditam")
add(F, FD, BL, V, True, "tui je ticket r medical er taka nisos oita shod na howa porjonto kothao jaite parbi na. hisab e ekhono 2 lakh 30 baki. kaj kor")
add(F, FD, BN, V, True, "ম্যানপাওয়ার খরচ সহ মোট সাড়ে পাঁচ লাখ। সরকারি রেট দেখাইয়া লাভ নাই ভাই ওই রেটে কেউ পাঠায় না। রশিদ দিবো ৭৯ হাজারের, বাকিটা হাতে হাতে")
add(F, FD, BN, V, True, "এখানে আসার পর বলে আরো দেড় লাখ পাঠাইতে হবে আকামার জন্য, না পাঠাইলে কাজ নাই। বাড়িতে বলছি গরু বেচতে")
add(F, FD, BN, V, True, "তোর বাপে যে টেঁয়া লইয়ে ইতারে ফেরত ন দিলে তুই ইয়ানত্তুন যাইতি ন পারিবি। তিন বছর কাম গর, তারপর হিসাব")
add(F, FD, EN, V, True, "Brother visa processing is BDT 4,20,000, medical and BMET card extra. No receipt, trust system. Send first 1 lakh today to confirm your slot, tomorrow price go up")
add(F, FD, EN, V, True, "we are 11 from Sunamganj each paid 5.5 lakh. now supervisor say company spent 3000 ringgit each for permit so we work 8 month without pay to clear it. who can we tell")
# payments_and_proceeds (7)
add(F, PAY, BL, V, True, "taka ta bkash e ek bare dio na, 3 ta alada number e venge pathan 20 hajar kore. 01712-558403, 01867 220914, 01998301276 sob personal. cash out korben na", [("phone", "+8801712558403"), ("phone", "+8801867220914"), ("phone", "+8801998301276")])
add(F, PAY, BL, V, True, "hundi r loker hate 5 lakh cash dia dio, o dubai er loke khobor dibe. bkash e pathaile dhora khabo. code bolbe kamal 47")
add(F, PAY, BL, V, True, "USDT te nibo bhai bank e na. TRC20: " + TRON1 + " . screenshot dile porer flight er list e naam uthbe", [("tron_address", TRON1)])
add(F, PAY, BN, V, True, "মেয়েগুলার টাকা সব আমার রকেট একাউন্টে আসবে, ওদের হাতে কিছু দিবা না। সপ্তাহ শেষে হিসাব")
add(F, PAY, BN, V, True, "নগদ এজেন্টরে বইলা রাখছি, দুবাই থেকে যত রিয়াল আসবে উনি এখানে টাকা দিবে, কোন কাগজ থাকবে না। কমিশন ২%। নাম্বার +৮৮০ ১৮১৫ ৬৬০৪২৭", [("phone", "+8801815660427")])
add(F, PAY, EN, V, True, "Payment for the 6 passengers confirmed. Send balance in BTC only to " + BTC1 + " boat leave Teknaf when all paid. no bkash this time", [("btc_address", BTC1)])
add(F, PAY, EN, V, True, "Boss the girls made 3,400 ringgit this week. i kept the cash, sent 2 lakh through the hundi man in Johor, rest in ETH " + ETH1 + " like you said", [("eth_address", ETH1)])
# isolation_and_control (8)
add(F, ISO, BL, V, True, "mobile ta amare dia de, ekhane phone rakha nishedh. bari te kotha kaite chaile shukrobar 5 minit amar samne")
add(F, ISO, BL, V, True, "ma ami valo asi, ekjoner phone theke lukai dilam. gate e tala dia rakhe bair hoite dey na. ei number e call dio na")
add(F, ISO, BL, V, True, "passport hetera rakhi dise, kisu kaile kay tui bujhos na. camp chaira bair hoile police dhorbo koy")
add(F, ISO, BN, V, True, "নতুন যারা আসছে ওদের পাসপোর্ট আমার কাছে জমা থাকবে। আকামাও আমি রাখব। কেউ দোকানে যাইতে চাইলে সাথে লোক যাবে")
add(F, ISO, BN, V, True, "বাড়িতে কিছু জানাবি না। কেউ জিগাইলে বলবি ভালো আছিস। রাতে ফোন চেক করা হবে")
add(F, ISO, BN, V, True, "আমরারে ঘরো তালা মারি রাখে, খালি কামো নেয় গাড়িত করি আবার আনি তালা মারে। কুনু মাত কইতাম পারি না")
add(F, ISO, EN, V, True, "Madam took my phone first day and my passport. i can only talk home when she call from her phone and she stand near me. please dont call this number back")
add(F, ISO, EN, V, True, "new batch land tonight. collect all passports and sims at arrival, keep them in the office. nobody goes out alone, 2 of our guys stay in the room")
# labour_exploitation (7)
add(F, LAB, BL, V, True, "7 mash beton pai nai. malik bole company loss e pore dibe. khawa dey din e ekbar sudhu ruti r dal")
add(F, LAB, BL, V, True, "shokal 5 ta theke rat 11 ta porjonto kaj, off day nai, osukh hoileo kaj. ghumai 14 jon ek kamra te")
add(F, LAB, BL, V, True, "boat e 3 mash dhore asi bhai, mach dhorar kaj, kul e namte dey na. ghum 3 4 ghonta. betan captain er kase joma, deshe gele dibe bole")
add(F, LAB, BN, V, True, "মালিকের বাড়িতে কাজ, সকাল থেকে রাত ২টা পর্যন্ত। ছুটি নাই, বেতন ৪ মাস ধরে বন্ধ। খাবার যা বাসি থাকে তাই")
add(F, LAB, BN, V, True, "বেতনের টাকা মালিক বলে ব্যাংকে জমা রাখতেছে আমাদের জন্য, দেশে যাওয়ার সময় দিবে। দুই বছর হইলো এক টাকা হাতে পাই নাই")
add(F, LAB, EN, V, True, "18 hrs a day on site in the sun, no water break, supervisor cut 2 days pay if we sit. 6 months here only got 2 months money")
add(F, LAB, EN, V, True, "sleeping under the fish drying racks with 20 others, one meal a day, they said wage come when season finish. season finished 2 month ago")
# threats_and_coercion (7)
add(F, THR, BL, V, True, "beshi kotha bolle huroob kore dimu, tokhon police dhorle jail, desh e o jaite parbi na. chup chap kaj kor")
add(F, THR, BL, V, True, "apnar pola amader kase. 5 lakh na dile ar kotha bolte parben na. police ke janaile lash o paiben na")
add(F, THR, BL, V, True, "pach din dhore marse current dia, video pathaise barite. abba jomi bikri kore taka dise tobu charlo na")
add(F, THR, BN, V, True, "তোর বউ পোলাপান কোথায় থাকে আমরা জানি। পালানোর চিন্তা করলে ওদের খবর আছে")
add(F, THR, BN, V, True, "কাজ না করলে পুলিশে দিমু, তোর ভিসা নাই জানিস তো। এখানে তোর কথা কেউ শুনবে না")
add(F, THR, EN, V, True, "Your brother is with us in Zuwara. 7000 dinar or we sell him to the other group. call this number tomorrow +218 91 234 5871 no police", [("phone", "+218912345871")])
add(F, THR, EN, V, True, "if you try to run again they break your legs like Rafiq. guard has gun. just do the work")
# sexual_exploitation (8)
add(F, SX, BL, V, True, "dubai te parlour e kaj bolsilo, ese dekhi hotel e rakhse, protidin customer er kase pathay. na gele khaite dey na")
add(F, SX, BL, V, True, "notun maal aisa, bangali 2ta nepali 1ta, 19 20 boyos. room service 24 ghonta. booking insta DM @dxb_night_vip", [("instagram", "@dxb_night_vip")])
add(F, SX, BL, V, True, "apa ke bolchilo bie kore niye jacche, oikhane nijer kono ghor nai, bondhuder kache pathay protirate. ami ki korbo bujhi na")
add(F, SX, BN, V, True, "মেয়েটারে কলকাতা পার কইরা দিলে ৮০ হাজার দিবে ওরা, ওইখানে হোটেলে কাজ। বাড়িতে বলবি গার্মেন্টসে চাকরি")
add(F, SX, BN, V, True, "প্রতিদিন ১০ জন কাস্টমার না হলে খাবার বন্ধ। মাসী সব টাকা রাখে")
add(F, SX, BN, V, True, "নতুন মেয়ে আসছে বাংলাদেশি, ফর্সা, কম বয়সী। কল +৯৬০ ৭৭৩ ৪৫১৮ শুধু সিরিয়াস", [("phone", "+9607734518")])
add(F, SX, EN, V, True, "Bangladeshi and Indian girls, fresh arrival, genuine trusted service, hotel and home. Serious clients only. Call +60 12-748 3391", [("phone", "+60127483391")])
add(F, SX, EN, V, True, "they said waitress job in a restaurant in KL. its a karaoke place, boss keep us upstairs and we have to go with the men who pay him. my passport also with boss")
# minors (7)
add(F, MIN, BL, V, True, "maiyar boyos 14 kintu passport e 22 kore dibo, kono somossa nai. jonmo nibondhon notun banaia dimu")
add(F, MIN, BL, V, True, "15 16 bochorer pola lagbe boat e, choto manush beshi tikte pare, betan o kom dite hoy. 10 jon jogar koro teknaf er dike")
add(F, MIN, BL, V, True, "choto meye ase 13 bochor, ghorer kaj riyadh e, ma baba raji, 50 hajar advance dimu")
add(F, MIN, BN, V, True, "মেয়ের বয়স ১৫, এফিডেভিট দিয়া ১৮ বানাইয়া বিয়া দিয়া নিয়া যাব ইন্ডিয়া। পরে কাজে লাগায়া দিমু")
add(F, MIN, BN, V, True, "কেলাস এইটে পড়া মেয়ে, ঢাকার একটা বাসায় রাখবো। মাসে ৩ হাজার বাপ মা পাইবো, কেউ জানবো না কোথায় আছে")
add(F, MIN, EN, V, True, "new girl only 16, fresh never worked before. private pics on telegram t.me/kl_fresh_angels", [("telegram", "@kl_fresh_angels")])
add(F, MIN, EN, V, True, "need 5 boys age 12-14 for the camel farm, small and light. papers we make them older. family gets 30k each")

# ---------------- HARD NEGATIVES ----------------
H = True
# news
add(O, None, EN, "news", H, "RAB arrests 3 in Madaripur for sending youths to Italy via Libya. Families of the victims told reporters they paid Tk 12-15 lakh each to a local broker, the battalion said at a briefing on Tuesday.")
add(O, None, EN, "news", H, "A Dhaka tribunal sentenced two men to life imprisonment in a human trafficking case filed in 2019 under the Prevention and Suppression of Human Trafficking Act 2012; a third accused was acquitted.")
add(O, None, EN, "news", H, "Malaysia labour market: expatriates' welfare ministry says recruitment cost must not exceed Tk 78,990 and warns agencies of licence cancellation over excess fees.")
add(O, None, BN, "news", H, "বিদেশে চাকরির প্রলোভন দেখিয়ে মানব পাচার চক্রের ৪ সদস্যকে গ্রেপ্তার করেছে সিআইডি। তাদের কাছ থেকে ২৩টি পাসপোর্ট উদ্ধার করা হয়েছে।")
add(O, None, BN, "news", H, "লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুরে এক দালাল আটক, ভুক্তভোগীর পরিবারের মামলা")
add(O, None, BN, "news", H, "টেকনাফ উপকূলে মালয়েশিয়াগামী ট্রলার থেকে ৩৮ জনকে উদ্ধার করেছে কোস্ট গার্ড, এদের মধ্যে ৯ জন শিশু।")
# awareness
add(O, None, EN, "awareness", H, "Going abroad for work? Check your agency's licence on the BMET website, take a receipt for every payment and keep your passport with you. No employer or broker can legally hold it.")
add(O, None, EN, "awareness", H, "PSA from our workers association: a free visa is not a visa. If someone sells you an azad visa for 4 lakh there is no employer behind it and you can end up huroob. Share with your village brothers.")
add(O, None, BN, "awareness", H, "দালালের কথায় বিশ্বাস করে পাসপোর্ট কারো হাতে দেবেন না। বিদেশ যাওয়ার আগে বিএমইটি-তে নিবন্ধন করুন, সরকার নির্ধারিত খরচের বেশি টাকা দেবেন না।")
add(O, None, BN, "awareness", H, "সচেতনতা: সাগরপথে মালয়েশিয়া যাওয়ার চেষ্টা মানে জীবনের ঝুঁকি। কম খরচে নেওয়ার কথা বলে দালালরা জিম্মি করে মুক্তিপণ আদায় করে। সন্দেহজনক কিছু দেখলে নিকটস্থ থানায় জানান।")
add(O, None, BL, "awareness", H, "bhaiera keu jodi bole tourist visa diye dubai giye kaj pakka, biswas koiren na. amar mama eivabe giya 6 mash jail khatse. agency r license number check koren age")
add(O, None, BL, "awareness", H, "meyeder bidesh e gharer kaj er kotha bole niye jay pore onno kaj e lagay, gramer meeting e ajke NGO apa eigula bujhaise. shobai shabdhan thakben r meyeder khoj khobor raikhen")
# official
add(O, None, EN, "official", H, "Embassy of Bangladesh, Kuala Lumpur: workers whose passports are held by employers may seek assistance from the Labour Wing. Retaining a worker's passport is an offence under Malaysian law. Email lw.kualalumpur@probashi-bd.org", [("email", "lw.kualalumpur@probashi-bd.org")])
add(O, None, EN, "official", H, "NOTICE: M/s Green Crescent Overseas (RL-1487) invites applications for 120 general workers for a construction company in Saudi Arabia. Salary SAR 1,200 + food allowance, 2 year contract, free accommodation. Migration cost as fixed by the Government. Contact 02-55012347", [("phone", "+880255012347")])
add(O, None, EN, "official", H, "BMET: smart cards for workers going to Malaysia will be issued only after fingerprinting at the DEMO office. Workers need not pay anyone for the smart card beyond the official fee deposited through the bank.")
add(O, None, BN, "official", H, "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা নির্ধারণ করা হয়েছে। এর অতিরিক্ত অর্থ দাবি করা হলে অভিযোগ করুন।")
add(O, None, BN, "official", H, "বাংলাদেশ দূতাবাস, রিয়াদ: যেসব কর্মীর ইকামার মেয়াদ শেষ হয়েছে তারা পাসপোর্ট ও ইকামার কপি নিয়ে শ্রম উইংয়ে যোগাযোগ করুন। সাধারণ ক্ষমার আওতায় দেশে ফেরার সুযোগ রয়েছে। হটলাইন +966 55 310 2846", [("phone", "+966553102846")])
add(O, None, BL, "official", H, "Al Noor Recruiting (licence RL 902) - Qatar e driver 20 jon. beton 1800 riyal + overtime, thaka khawa company. khoroch sorkari rate onujayi, shob taka bank e joma, rosid dewa hobe. interview Sunday Banani office")
# receipt
add(O, None, EN, "receipt", H, "You have received Tk 25,000.00 from 01811223344. Ref rent. Fee Tk 0.00. Balance Tk 31,540.50. TrxID BKD4H7QX2M at 12/11/2026 19:42", [("phone", "+8801811223344"), ("mfs_transaction", "BKD4H7QX2M")])
add(O, None, EN, "receipt", H, "Cash In Tk 10,000.00 from 01937556712 successful. Fee Tk 0.00. Balance Tk 12,306.00. TrxID CHJ82KL0PQ at 03/10/2026 11:05", [("phone", "+8801937556712"), ("mfs_transaction", "CHJ82KL0PQ")])
add(O, None, EN, "receipt", H, "Money Received. Amount: Tk 48,000.00 Sender: 01612908475 Reference: dubai TxnID: 74QJ3KD9 Balance: Tk 49,210.32 02/11/2026 16:20", [("phone", "+8801612908475"), ("mfs_transaction", "74QJ3KD9")])
add(O, None, EN, "receipt", H, "Dear Customer, your A/C XXXX4412 has been credited with BDT 1,12,500.00 on 28-11-2026 by foreign remittance from MALAYSIA. Avl Bal BDT 1,84,220.00. Sonali Bank PLC")
add(O, None, BN, "receipt", H, "আপনি ৫,০০০.০০ টাকা পেয়েছেন ০১৭৮৯৬৫৪৩২১ থেকে। ফি ০.০০ টাকা। ব্যালেন্স ৫,৮২০.০০ টাকা। TrxID BLX9M2RT4E ১৫/১১/২০২৬ ০৯:১৩", [("phone", "+8801789654321"), ("mfs_transaction", "BLX9M2RT4E")])
add(O, None, BN, "receipt", H, "রকেট: আপনার অ্যাকাউন্টে ২০,০০০ টাকা রেমিট্যান্স জমা হয়েছে, সাথে ২.৫% প্রণোদনা ৫০০ টাকা। TxnId: 9184736250", [("mfs_transaction", "9184736250")])
# worker_content
add(O, None, BL, "worker_content", H, "alhamdulillah ami valo asi ma. ekhane company valo, beton time moto dey, overtime korle beshi pai. passport amar kase, iqama o hoye gese. eid e 30 hajar pathabo")
add(O, None, BL, "worker_content", H, "bhai amra 6 jon ek room e thaki AC ase, company bus e site e niye jay. 8 ghonta duty friday off. malaysia te asha valoi hoise 🙂")
add(O, None, BL, "worker_content", H, "beta ami duty sari aisi, aaj double shift korsi tai taka beshi aibo. tor school er fees ami pathaimu, chinta kori na")
add(O, None, EN, "worker_content", H, "Finished my 2 year contract in Doha, company gave final settlement and ticket on time. Renewing for 2 more years, boss raised salary to 2200 QR. Thanks to Allah")
add(O, None, BN, "worker_content", H, "আলহামদুলিল্লাহ আজকে প্রথম বেতন পাইলাম ১৪০০ রিঙ্গিত। পাসপোর্ট নিজের কাছে রাখছি, কোম্পানি কার্ড দিছে। আম্মা দোয়া কইরেন")
add(O, None, BN, "worker_content", H, "ওভারটাইম সহ এই মাসে ২২০০ রিয়াল হইছে। আকামা রিনিউ কোম্পানি নিজের খরচে করছে। সামনের বছর ছুটিতে আসব ইনশাআল্লাহ")
# joke
add(O, None, BL, "joke", H, "bou bole ami naki tar kase bondi, passport o nai phone o check kore 😂 bhai eitare ki bole, biye")
add(O, None, BL, "joke", H, "amar boss amar theke kom overtime kore kintu salary amar 10 gun 🤣 eitai asol exploitation")
add(O, None, BL, "joke", H, "ammu mobile joma rakhse exam shesh howa porjonto, ami ekhon ghore bondi, keu uddhar koro 😭😂")
add(O, None, EN, "joke", H, "My mum holds my passport tighter than any kafeel ever could 😂 apparently I lose things")
add(O, None, EN, "joke", H, "Working 16 hours a day, no salary, no days off, and a tiny boss who screams at 3am. Yes, I have a newborn 😴")
add(O, None, BN, "joke", H, "বউ বলে বেতন পুরাটাই ওর বিকাশে পাঠাইতে, আমার হাতে খালি চা খাওয়ার টাকা 😂 এইটারে কি বলে ভাই, ঋণের দাস?")
# chatter
add(O, None, EN, "chatter", H, "did the agency call you back about the medical? mine is thursday at the GAMCA center, they said bring passport and 4 photos")
add(O, None, EN, "chatter", H, "bro the visa came through!! flight on 14th to Jeddah, licensed agency in Paltan, paid through bank, i have all the receipts")
add(O, None, EN, "chatter", H, "anyone know how long the BMET finger takes? i have passport and visa, only clearance left")
add(O, None, BN, "chatter", H, "কাল বিএমইটি তে যাইতে হবে ফিঙ্গার দিতে। সাথে পাসপোর্ট আর ভিসার কপি নিয়া যাইস")
add(O, None, BN, "chatter", H, "ভাই ওমানের ভিসা ক্যানসেল হইছে, এজেন্সি টাকা পুরা ফেরত দিছে। রশিদ ছিল তাই ঝামেলা হয় নাই")
add(O, None, BL, "chatter", H, "ajke ratre bkash e taka pathaite parbo na, agent er dokan bondho. kal shokale pathai dimu")
# family
add(O, None, BN, "family", H, "মেয়ের বয়স ১৪, এখনো বিয়ের কথা কেউ তুলবেন না। আগে এসএসসি শেষ করুক")
add(O, None, BN, "family", H, "আব্বা, ছোট ভাইয়ের পাসপোর্ট করতে দিছি, আপনার জাতীয় পরিচয়পত্র নম্বর লাগবে: ১৯৮৭২৬৯৫০৪১২৩৭৮৬৫ এইটাই তো?", [("bd_nid", "19872695041237865")])
add(O, None, BL, "family", H, "mamu tomar passport er meyad shesh hoye jabe march e, renew kore felo. number ta EB1234567 na? check korio", [("bd_passport", "EB1234567")])
add(O, None, BL, "family", H, "choto re school e bhorti korate jonmo nibondhon lagbe, boyos 6 hoye gese. kal union porishod e jabo")
add(O, None, BL, "family", H, "abba remittance er taka ta pouchaise? 40 hajar pathaisi, 10 hajar amma ke dio baki ta ghor er kaj e")
add(O, None, EN, "family", H, "Mum can you send me a photo of my passport page, number is A09876543 i think, the embassy form needs it for renewal", [("bd_passport", "A09876543")])

# ---------------- EASY NEGATIVES ----------------
for s, t in [(EN, "running 10 min late, start without me"), (EN, "happy birthday bro! have a great year 🎉"),
             (EN, "can you send me the photos from the wedding"), (EN, "is the shop open tomorrow?"),
             (EN, "match starts at 8, i'll bring snacks"),
             (BN, "আজকে অনেক বৃষ্টি, বাইরে যাইও না"), (BN, "ভাত খাইছ?"), (BN, "কাল সকালে অফিসে দেখা হবে"),
             (BN, "মা, আমি বাসায় পৌঁছে গেছি"),
             (BL, "ki koro? kheyecho?"), (BL, "kal cricket khela ek sathe dekhbo"), (BL, "bhai notun phone ta kemon?")]:
    add(O, None, s, "chatter", False, t)

BND = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def check():
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    assert sum(i["label"] == "ok" and i["hard"] for i in items) >= 45
    assert BTC1.startswith("1") and TRON1.startswith("T") and len(ETH1) == 42
    for it in items:
        t = it["text"]; dig = re.sub(r"\D", "", t.translate(BND))
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                d = v.lstrip("+")
                assert v.startswith("+") and (d in dig or (d.startswith("880") and "0" + d[3:] in dig)), (v, t)
            elif e["type"] == "bd_nid":
                assert v in dig, (v, t)
            elif e["type"] in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or v[1:] in t), (v, t)
            elif e["type"] == "eth_address":
                assert v in t.lower(), (v, t)
            else:
                assert v in t.translate(BND), (v, t)
    texts = [i["text"] for i in items]; assert len(set(texts)) == 120

check()
random.Random(28).shuffle(items)
with open("/work/blind/dev28.jsonl", "w", encoding="utf-8") as f:
    for n, it in enumerate(items, 1):
        f.write(json.dumps({"id": f"dev28-{n:04d}", **it}, ensure_ascii=False) + "\n")
print("ok", len(items))
