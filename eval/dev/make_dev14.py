#!/usr/bin/env python3
"""Blind evaluation set dev14 for evidtriage (issue 15).

Written from /work/shared/research/indicators.md and the TYPES listed in issue 15,
without sight of the rule packs. Writes dev14.jsonl next to this script.
"""
import json
import os

TRON = "TEwM5eLJBezPgAdr46HQrUzQ3WmGq2YGtw"   # valid Base58Check, prefix 0x41
BTC = "1DnzFg2yK5XTkXW8GAEagyjcjNqAXMUfqk"    # valid P2PKH Base58Check
ETH = "0x8ae76ff89082343e2d8e8f3c0e52d23a2fd9f556"

def P(v):
    return {"type": "phone", "value": v}

def E(t, v):
    return {"type": t, "value": v}

# ---------------------------------------------------------------- flag items
# (category, script, text, entities)
FLAG = [
    # ---------------- recruitment_deception
    ("recruitment_deception", "bn",
     "ভাই আমারে বলছিল ফাইভ স্টার হোটেলে ওয়েটারের কাজ, মাসে ৯০০ রিয়াল। আইসা দেখি মরুভূমির মধ্যে উটের খামারে রাখছে, "
     "বেতন এখন বলে ৫০০। চুক্তির কাগজ আরবিতে, কিছুই বুঝি না", []),
    ("recruitment_deception", "bn",
     "🔥জরুরী ভিত্তিতে রোমানিয়া🇷🇴🔥\nকাজ: ক্লিনার / প্যাকিং\nবেতন ১,২০,০০০ টাকা+\nঅভিজ্ঞতা লাগবে না, ভাষা\nলাগবে না\n"
     "ভিজিট ভিসায় গিয়ে ওখানে কাজের কাগজ করে দেওয়া হবে\nযোগাযোগ: ০১৯১৫-৪৮২৭৩৬\nLike · Comment · Share",
     [P("+8801915482736")]),
    ("recruitment_deception", "bn",
     "তোমার ভিসাটা আসলে আজাদ ভিসা, কোনো কোম্পানি নাই পিছনে। ওইখানে গিয়া নিজে কাজ খুঁজে নিবা আর কফিলরে মাসে মাসে "
     "টাকা দিবা। এজেন্সিতে কেউ জিগাইলে বলবা কোম্পানির ভিসা", []),
    ("recruitment_deception", "bn",
     "ডিমান্ড লেটারটা ভুয়া ছিলো ভাই 😞 এম্বাসিতে গিয়া শুনলাম এই নামে কোন কোম্পানিই নাই,\nভিসাও জাল। দালাল এখন "
     "ফোন ধরে না, সাড়ে চার লাখ টাকা গেলো", []),
    ("recruitment_deception", "bn-Latn",
     "Teknaf theke trawler e Malaysia, 70 hajar ditei hobe, baki ta pouche kaj kore shodh korben. kaj confirm garments "
     "factory te. bari te kauke bolben na, police jante parle jhamela", []),
    ("recruitment_deception", "bn-Latn",
     "Seen 9:14 PM\nMalaysia calling visa ase 😍 kono experience lagbena, kaj factory te, beton 50-60k taka. shudhu "
     "passport ar 2 kopi chobi niye ashen. BMET er kono jhamela nai, smart card charai\nflight hobe\nwa.me/8801768339042",
     [E("whatsapp", "+8801768339042")]),
    ("recruitment_deception", "bn-Latn",
     "apu apnake to bolechilam office er kaj, computer e data entry. ekhane ashar por bolche kaj holo customer service, "
     "manush ke message diye invest koraite hobe, target na hole salary nai", []),
    ("recruitment_deception", "en",
     "URGENT!! Dubai hotel jobs for boys and girls 🇦🇪 Salary 2500 AED + tips, free food free room free ticket. No "
     "interview no experience. Tourist visa first, work visa change after reaching. Limited seat, inbox fast. Telegram "
     "@dubai_job_hub24", [E("telegram", "@dubai_job_hub24")]),
    ("recruitment_deception", "en",
     "they told us cleaning job in a mall, 1200 dirham. when we landed the agent took us to a labour camp in sharjah and "
     "said mall job finished, now you go construction 600. new contract in arabic, sign or go back with your own money",
     []),
    ("recruitment_deception", "en",
     "Forwarded\nHigh paying job in Thailand 🇹🇭 customer support / typing, $1000-1500 per month, free flight, free hotel,"
     "\nvisa on arrival. Basic English ok, no degree needed. Send CV to hr.siamtalent@gmail.com\n10:02 ✓✓",
     [E("email", "hr.siamtalent@gmail.com")]),

    # ---------------- fees_and_debt
    ("fees_and_debt", "bn",
     "সৌদির খরচ ৫ লাখ ৮০ হাজার। ৩ লাখ এখন দিবেন, বাকিটা বেতন থেকে মাসে মাসে কাটবে। জমি বন্ধক দিয়া হইলেও টাকা "
     "জোগাড় করেন, সুযোগ বারবার আসে না", []),
    ("fees_and_debt", "bn",
     "আব্বা, কোম্পানি বলতেছে আগের এজেন্টের পাওনা ২ লাখ নাকি আমার নামে। ঐ টাকা শোধ না হওয়া পর্যন্ত হাতে বেতন দিবে না, "
     "শুধু খাওয়ার খরচটা দেয়", []),
    ("fees_and_debt", "bn",
     "এখানে আসার পর ম্যানেজার বলে ইকামা করাইতে আরো ১ লাখ ২০ হাজার লাগবে, না দিলে কাজ নাই।\nবাড়িতে বলো কিস্তি তুলে "
     "হইলেও পাঠাইতে 😢", []),
    ("fees_and_debt", "bn",
     "আপনার মেডিকেল ফিট আসছে। এখন ভিসা স্ট্যাম্পিং এর জন্য অগ্রিম ১ লাখ ৫০ হাজার বিকাশ করবেন এই পার্সোনাল নাম্বারে "
     "০১৮২৭৪৪৬১৯০। রশিদ দেয়া হবে না, এটা অফিসের নিয়ম", [P("+8801827446190")]),
    ("fees_and_debt", "bn-Latn",
     "tor advance er 3 lakh ar ticket 60 hajar, total 3.6 lakh. proti mash e 400 riyal kete rakhbo jotokkhon na shodh "
     "hoy. kaj chere gele puro taka ekbare dite hobe", []),
    ("fees_and_debt", "bn-Latn",
     "vai amar chele ta 8 mash dhore kaj kortese kintu company bole loan shodh hoy nai, ekhono 1 lakh 70 baki. protimas "
     "e khali 100 ringgit haat khoroch dey", []),
    ("fees_and_debt", "bn-Latn",
     "visa confirm korte r 50 hajar lagbe vai, aaj e nagad korte hobe 01645-209871 ei number e. na dile file cancel, "
     "age jeta dicen oita o ferot hobe na", [P("+8801645209871")]),
    ("fees_and_debt", "en",
     "Poland work permit package 9 lakh. 2 lakh booking now, 4 lakh after visa, rest 3 lakh cut from salary first 6 "
     "months. No refund after booking. Serious candidates only, knock inbox", []),
    ("fees_and_debt", "en",
     "my brother says he cannot come home until he pays back 4500 riyal to the kafeel for the visa and ticket. every "
     "month they keep 700 from his 1000, he sends us nothing", []),
    ("fees_and_debt", "en",
     "Screenshot_2026-11-02\n11:47 ✓✓\nSir I already paid 4 lakh 20 thousand to your agent in Comilla. now he says "
     "another 1.5 lakh\nfor setting or the visa will not come. where i will get this money, i already took NGO loan", []),

    # ---------------- payments_and_proceeds
    ("payments_and_proceeds", "bn",
     "তোমার ভাই আমাদের কাছে আছে। ৩ লাখ দিলে ছাড়বো। বিকাশে ৫০ হাজার করে ৬টা নাম্বারে পাঠাবা, একটাতে বেশি দিবা না। "
     "প্রথমটা ০১৭৬৩২৯১৮৪৫, বাকিগুলা পরে দিমু", [P("+8801763291845")]),
    ("payments_and_proceeds", "bn",
     "মেয়েদের কামাইয়ের টাকা সরাসরি দেশে পাঠাবা না। দুবাইয়ে হুন্ডির লোক আছে, ওর কাছে দিরহাম জমা দিবা, দেশে বিকাশ "
     "এজেন্ট ক্যাশ দিয়া দিবে। কোনো ব্যাংক একাউন্ট খুলবা না", []),
    ("payments_and_proceeds", "bn",
     "লিবিয়ার ক্যাম্প থেকে ফোন দিছিল। ওরা বলে ৮ লাখ না দিলে নৌকায় তুলবে না, আটকায়া রাখবে। টাকা নারায়ণগঞ্জের এক দোকানে "
     "ক্যাশ জমা দিতে বলছে, দোকানদার ফোনে কনফার্ম দিলে ছাড়বে", []),
    ("payments_and_proceeds", "bn-Latn",
     "bhai ke chharanor jonno USDT chaise 2000, TRC20 te. ei address e pathate bolse:\n" + TRON +
     "\ntaka dile kalke border e chere dibe bolse", [E("tron_address", TRON)]),
    ("payments_and_proceeds", "bn-Latn",
     "aj er collection 48 hajar, 4 ta agent number e vaag kore cash in korbi, ekta number e 15 er beshi na. slip gula "
     "group e dibi. meyeder hate kono taka dibi na, hishab ami rakhbo", []),
    ("payments_and_proceeds", "bn-Latn",
     "tomra bolcho 1 lakh dile chere dibe. Rocket e 25000 pathaisi, TxnId: 7741928365, baki ta kal. ekhon amar chhele "
     "re phone e dao, or gola na shunle r ek taka o dibo na", [E("mfs_transaction", "7741928365")]),
    ("payments_and_proceeds", "bn-Latn",
     "hundi te pathai de, bank e dile dhora khabi. club er income ta Deira te Sumon vai er kache joma dibi, rate 33.40 "
     "dibe. desh e Nagad agent cash kore dibe", []),
    ("payments_and_proceeds", "en",
     "Your husband is with us in Tripoli. Send 6500 USDT (ERC20) to\n" + ETH +
     "\nwithin 48 hours. No police or you will not see him again.", [E("eth_address", ETH)]),
    ("payments_and_proceeds", "en",
     "Forwarded message\nboss says this week's money from the spa goes to BTC only. wallet " + BTC +
     "\ndont use the girls bkash anymore, too many numbers blocked", [E("btc_address", BTC)]),
    ("payments_and_proceeds", "en",
     "pay the release money 1,20,000 to Nagad 01936-714402 in three parts, send screenshot each time. after full "
     "payment they will put your father on the bus from Teknaf", [P("+8801936714402")]),

    # ---------------- isolation_and_control
    ("isolation_and_control", "bn",
     "মালিক আমার মোবাইলটা নিয়া নিছে, শুধু শুক্রবার ১০ মিনিট দেয় তাও পাশে দাঁড়াইয়া থাকে। এটা পাশের বাসার বুয়ার ফোন "
     "থেকে দিলাম, এই নাম্বারে কল দিও না", []),
    ("isolation_and_control", "bn",
     "পাসপোর্টগুলো company-র লকারে, আমাদের room এ রাতে বাইরে থেকে তালা দেয়।\nদারোয়ান ছাড়া বাইরে যাইতে দেয় না, "
     "তিন মাস হইলো রোদ দেখি নাই", []),
    ("isolation_and_control", "bn",
     "মাকে বলবি তুই গার্মেন্টসে ভালো আছিস, ফোনে বেশি কথা বলবি না। কেউ জিজ্ঞেস করলে বলবি নিজের ইচ্ছায় আসছিস, আমাদের "
     "নাম নিবি না", []),
    ("isolation_and_control", "bn-Latn",
     "amader ke ek building er 6 tolay rakhse, gate e guard bondhuk niye. nich e namte dey na 3 mash hoilo. passportgula "
     "HR er kache", []),
    ("isolation_and_control", "bn-Latn",
     "supervisor bolse bari te phone dile bolbi hotel e kaj kori, valo achi, beton pai. onno kichu bolle phone ta r "
     "pabi na", []),
    ("isolation_and_control", "bn-Latn",
     "Apnar passport ta amader kache thakbe, iqama hoileo dibo na. bahire gele sathe amader lok jabe, eka jawa nishedh",
     []),
    ("isolation_and_control", "bn-Latn",
     "vai ami ekhon kotha bolte parbo na, room e camera ase, shob call shune. sim o oder naam e. kal rat e abar try "
     "korbo, tumi call diyo na", []),
    ("isolation_and_control", "en",
     "Madam took my phone the first day and said I can call family once a month from her phone, on speaker. I am not "
     "allowed to go outside even to the shop. please dont reply on this number", []),
    ("isolation_and_control", "en",
     "11:32 PM\nthey keep all our passports in the office safe and we sleep in the same building we work. door is "
     "locked from outside at night. one guy tried to leave, they brought him back", []),
    ("isolation_and_control", "en",
     "Reminder to new staff: personal phones are collected on arrival and returned when your contract is finished. No "
     "outside contact during training. Anyone found with a second phone will be fined 5000 baht", []),

    # ---------------- labour_exploitation
    ("labour_exploitation", "bn",
     "৯ মাস হইলো বেতন দেয় না, চাইলে বলে সামনের মাসে। দিনে ১৬-১৭ ঘন্টা কাজ, শুক্রবারেও ছুটি নাই", []),
    ("labour_exploitation", "bn",
     "এক বেলা খাবার দেয় ভাই, রাতে শুকনা রুটি। অসুস্থ হইলেও কাজে যাইতে হয়, না গেলে দুই দিনের হাজিরা কাইটা রাখে", []),
    ("labour_exploitation", "bn",
     "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, তিন বাসায় কাজ করায় কিন্তু বেতন একটার। আপা বলে বেতন উনার কাছে জমা থাকবে, "
     "দেশে যাওয়ার সময় একসাথে দিবে", []),
    ("labour_exploitation", "bn-Latn",
     "beton 5 mash dhore atkaya rakhse, bole company loss e ase. kaj bondho korle bole tor iqama cancel, tokhon khali "
     "haate desh e jabi", []),
    ("labour_exploitation", "bn-Latn",
     "24 jon eki room e thaki, ekta bathroom. sokal 6 ta theke rat 11 ta porjonto construction, khabar nije kine khaite "
     "hoy, kintu beton hate dey na", []),
    ("labour_exploitation", "bn-Latn",
     "amake 2 lakh e onno company er kache bikri kore dise. kaj chharte chaile bole tui chharte parbi na, contract 3 "
     "bochor. overtime er taka kokhono dey na", []),
    ("labour_exploitation", "bn-Latn",
     "bhai ekhane rest nai, ek shift sesh hole arek shift e pathay. 2 din e 5 ghonta ghumaisi. beton chaile bole age "
     "target puron kor", []),
    ("labour_exploitation", "en",
     "I work in the farm from 4am to 9pm every day, 7 days. Salary promised 1000 riyal but he paid only 2 months in one "
     "year. When I ask he says go complain, nobody will listen to you", []),
    ("labour_exploitation", "en",
     "We get one meal a day and water from the tank. Boss cuts money for the room, the food, the gas. At month end "
     "nothing left and he says we still owe him", []),
    ("labour_exploitation", "en",
     "Chat export\n[14/10/26, 21:05] Rafiq KSA: sir 7 month salary not coming, we are 40 Bangladeshi in this camp. "
     "company say no money. we cannot leave because iqama expired and they wont renew", []),

    # ---------------- threats_and_coercion
    ("threats_and_coercion", "bn",
     "বেশি বাড়াবাড়ি করলে পুলিশে ধরাইয়া দিমু, ইকামা নাই তোর। জেলে পইচা মরবি, দেশে লাশ যাইবো", []),
    ("threats_and_coercion", "bn",
     "তোর বাপ মা কোথায় থাকে আমরা জানি। টাকা শোধ না কইরা পালানোর চিন্তা করলে গ্রামে লোক পাঠামু, বুঝছস?", []),
    ("threats_and_coercion", "bn",
     "কাজ ছাড়তে চাইছিল বলে কাল রাতে দুইজনরে বাথরুমে আটকাইয়া পিটাইছে, কারেন্টের শক দিছে।\nআমরা সবাই ভয়ে আছি", []),
    ("threats_and_coercion", "bn-Latn",
     "kafeel bolse kal theke kaj e na ashle huroob kore dibe, tokhon police dhorle sorasori deport ar 5 bochor ashte "
     "parbi na", []),
    ("threats_and_coercion", "bn-Latn",
     "kotha na shunle tor bou ar maiyar chobi sobar kache chhaira dimu, bujhsos? chup chap kaj kor", []),
    ("threats_and_coercion", "bn-Latn",
     "dalal er kache taka ferot chaisilam bole amar choto bhai ke rastay dhore marse. bolse case korle pura poribar ke "
     "shesh kore dibe", []),
    ("threats_and_coercion", "en",
     "If you run away the company will file absconding case, then police catch you and you go to deportation jail. "
     "Better you stay and finish the contract", []),
    ("threats_and_coercion", "en",
     "They said if I try to escape they will hurt my sister back home, they have her address from my papers. I saw them "
     "beat a boy from Noakhali with a pipe", []),
    ("threats_and_coercion", "en",
     "Forwarded\nlisten carefully. your passport is with us and your visa is in our name. one complaint to embassy and "
     "you will\ndisappear from here, nobody will find you", []),
    ("threats_and_coercion", "en",
     "you talk to that NGO lady again and i will tell immigration you are illegal. they lock you up and your family "
     "pays for the flight", []),

    # ---------------- minors
    ("minors", "bn",
     "মেয়েটার বয়স ১৪, কিন্তু নতুন জন্মনিবন্ধন বানাইয়া ২২ দেখাইছি, পাসপোর্টও ওইভাবে হইবো। কেউ কিছু বুঝবো না", []),
    ("minors", "bn",
     "ঢাকায় এক সাহেবের বাসায় কাজের জন্য ১০-১২ বছরের একটা মেয়ে লাগবো। মাসে ৩ হাজার, মা-বাবারে অগ্রিম ১০ হাজার দিয়া দিমু। "
     "গ্রাম থেকে আনতে পারবা?", []),
    ("minors", "bn",
     "আমার বয়স তো ১৫, দালাল বলছে আইডি কার্ডে বয়স বাড়াইয়া দিবে ৫ হাজার টাকায়। তারপর দুবাই যামু", []),
    ("minors", "bn-Latn",
     "vai amar bhatija ta 13 bochor, school chere dise. apnar dokane ba basay rakhte paren, khawa thaka dilei hobe, "
     "beton amar kache diyen", []),
    ("minors", "bn-Latn",
     "ami to ekhono 16, oi hotel er kaj e nibe? bhaiya bolse birth certificate notun kore dibe 2005 er", []),
    ("minors", "bn-Latn",
     "chhoto meye lagbe kintu, 15-16 er upore na. client ra kochi chay. chobi age pathao", []),
    ("minors", "en",
     "Need girl for house work in Gulshan, age 11-13 best, stays with family, no school. Will pay parents 5000 monthly. "
     "Contact 01712-880344", [P("+8801712880344")]),
    ("minors", "en",
     "the boy is only 14 but we made new birth certificate with 19. passport will come in 3 weeks, dont mention his age "
     "at the airport", []),
    ("minors", "en",
     "Fresh young girls available 🌸 16-17 yrs, new from village. Banani area. Call/WA +880 1853 667210",
     [P("+8801853667210")]),
    ("minors", "en",
     "Ma'am, my uncle's daughter is 12, they are very poor. He says you can take her to Riyadh with your family for "
     "housework, the agent will show her 21 in the passport", []),

    # ---------------- sexual_exploitation
    ("sexual_exploitation", "bn",
     "দুবাইয়ে বিউটি পার্লারে কাজ, শুধু মেয়েদের জন্য, মাসে ৯৫ হাজার টাকা। থাকা খাওয়া ফ্রি, পাসপোর্ট না থাকলে আমরা করে দিবো। "
     "সুন্দরী ও স্মার্ট মেয়েরা ইনবক্স করুন 💄", []),
    ("sexual_exploitation", "bn",
     "পার্লারের কাজের কথা বলে আনছিল আপু, এখন রাতে হোটেলে হোটেলে পাঠায়। না গেলে খাবার দেয় না", []),
    ("sexual_exploitation", "bn",
     "নতুন দুইটা মাল আসছে, বাংলাদেশি। কাস্টমারের সাথে রাত ৭০০ দিরহাম। বুকিং আমার কাছে, মেয়েদের হাতে টাকা দিবা না", []),
    ("sexual_exploitation", "bn-Latn",
     "apu Malaysia te spa te kaj, massage shikhiye dibe. beton 3000 RM, tips alada. bari te bolben restaurant e kaj. "
     "visa charge amra beton theke katbo", []),
    ("sexual_exploitation", "bn-Latn",
     "club e dance kora lagbe shudhu, ar customer khushi korle bonus. meyeder passport manager er kache thake, rat 2 tar "
     "age ber howa jabe na", []),
    ("sexual_exploitation", "bn-Latn",
     "Shathi ke aaj rate 3 ta guest dibi, Gulshan er hotel e driver niye jabe. taka guest theke tui nibi, or hate kichu "
     "dibi na", []),
    ("sexual_exploitation", "en",
     "Hiring Bangladeshi ladies for hotel & spa in Muscat 🇴🇲 Age 18-28, fair & slim, no experience. Salary 400 OMR + "
     "commission. Company arranges visa, ticket, room. Send full photo on WhatsApp +968 9123 4567",
     [P("+96891234567")]),
    ("sexual_exploitation", "en",
     "she was told receptionist job in Kolkata. after crossing the border near Benapole they sold her to a house in "
     "Sonagachi for 80 thousand rupees", []),
    ("sexual_exploitation", "en",
     "New Bangladeshi girls in Deira 💋 real pics 100% genuine, incall/outcall. Booking only through manager, msg "
     "t.me/deira_vip_bd", [E("telegram", "@deira_vip_bd")]),
    ("sexual_exploitation", "en",
     "I was brought to Bahrain for housemaid job but the sponsor's brother comes to my room at night. Madam knows and "
     "says if I tell anyone she will give me back to the office and they will sell me to another house", []),
]

# ---------------------------------------------------------------- ok items
# (voice, script, hard, text, entities)
OK = [
    # ---- news (hard 8, plain 1)
    ("news", "bn", True,
     "টেকনাফ উপকূল দিয়ে সাগরপথে মালয়েশিয়ায় মানব পাচারের সময় ২৩ জনকে উদ্ধার করেছে কোস্টগার্ড। আটক দুই দালালের বিরুদ্ধে "
     "মানবপাচার আইনে মামলা হয়েছে।", []),
    ("news", "bn", True,
     "বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে তরুণীদের দুবাইয়ে পাঠিয়ে যৌন পেশায় বাধ্য করার অভিযোগে চক্রের তিন সদস্যকে "
     "গ্রেপ্তার করেছে সিআইডি। ভুক্তভোগীদের পাসপোর্ট কেড়ে নেওয়া হতো বলে জানিয়েছে পুলিশ।", []),
    ("news", "en", True,
     "Dhaka tribunal sentences two men to life for trafficking teenage girls to India through the Jashore border; the "
     "victims had been promised garment jobs, the judgment said.", []),
    ("news", "en", True,
     "The Daily Star\n12 Nov 2026\nRAB rescues 9 Bangladeshi\nworkers held for ransom in\nLibya; families paid Tk 15 "
     "lakh\nvia bKash, victims say\n👍 2.1K  💬 340  ↗ Share", []),
    ("news", "bn-Latn", True,
     "khobor dekhso? Narayanganj e 5 jon dalal dhorse RAB, Libya pathanor naam e manush atkaye ransom nito. amader "
     "elakar Kamal o naki list e chilo", []),
    ("news", "en", True,
     "Malaysian police raid Johor factory, 61 Bangladeshis found without passports; employer charged under the "
     "Anti-Trafficking in Persons Act after court heard wages were withheld for months.", []),
    ("news", "bn-Latn", True,
     "Breaking: Myawaddy scam compound theke 37 jon Bangladeshi uddhar, tader customer service job er kotha bole niye "
     "jawa hoisilo. Dutabash bolse shobai agami soptahe desh e firbe #news", []),
    ("news", "bn", True,
     "শিশুশ্রম জরিপ: রাজধানীর বাসাবাড়িতে গৃহকর্মী হিসেবে কাজ করছে হাজারো শিশু, যাদের অনেকের বয়স ১২ বছরের নিচে বলে "
     "প্রতিবেদনে উঠে এসেছে।", []),
    ("news", "en", False,
     "Bangladesh Bank keeps policy rate unchanged at 10 percent, says inflation eased to 8.2% in November", []),

    # ---- awareness (hard 8, plain 1)
    ("awareness", "bn", True,
     "⚠️সতর্কবার্তা⚠️\nকারো হাতে নিজের পাসপোর্ট জমা দিবেন না। ফ্রি ভিসা বলে কিছু নেই।\nবিদেশ যাওয়ার আগে বিএমইটি-তে "
     "নিবন্ধন করুন। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫", []),
    ("awareness", "en", True,
     "Never hand your passport to an employer or agent. If someone keeps your passport or phone, or you are not allowed "
     "to leave, call 999 or contact the nearest embassy. #StopTrafficking", []),
    ("awareness", "bn-Latn", True,
     "Bon ra, parlour ba spa er kaj er kotha bole Dubai, Oman niye jawar onek ghotona ghotse. Keu jodi bole bari te "
     "mittha bolte, thaka khawa free, passport amra rakhbo - savdhan! Share koren", []),
    ("awareness", "bn", True,
     "অভিভাবকদের প্রতি অনুরোধ: ১৮ বছরের কম বয়সী সন্তানকে বাসাবাড়ির কাজে দূরে পাঠাবেন না। বয়স বাড়িয়ে জন্মনিবন্ধন "
     "করা আইনত অপরাধ।", []),
    ("awareness", "en", True,
     "IOM Bangladesh\nSponsored\nThinking of working abroad? 🚩 Red flags: huge salary with no experience, a 'free "
     "visa', paying a dalal in cash or bKash, being told to keep it secret from your family.\nLearn more", []),
    ("awareness", "bn-Latn", True,
     "Forwarded many times\nkeu jodi apnar attiyo ke chharanor kotha bole bkash e taka chay, age 999 e call korun. Eta "
     "ekta protarona chokro, taka pathaben na", []),
    ("awareness", "en", True,
     "Cambodia and Myanmar 'customer service' jobs with USD 1500 salary and free flights are often scam compounds where "
     "passports and phones are taken. Do not accept such offers. - Ministry of Foreign Affairs", []),
    ("awareness", "bn", True,
     "মানব পাচার প্রতিরোধ সপ্তাহে উঠান বৈঠক: দালালের খপ্পরে পড়ে মানুষ কীভাবে ঋণের জালে আটকে যায়, তা নিয়ে আলোচনা করেন "
     "ব্র্যাকের মাইগ্রেশন কর্মী।", []),
    ("awareness", "bn-Latn", False,
     "Dengue theke bachte barir ashpashe pani jomte diben na. Jor hole doctor er poramorsho nin", []),

    # ---- official (hard 8, plain 1)
    ("official", "bn", True,
     "সরকার নির্ধারিত অভিবাসন ব্যয় (মালয়েশিয়া): ৭৮,৯৯০ টাকা। আমরা এর বেশি কোন টাকা নেই না। সকল লেনদেন ব্যাংকের "
     "মাধ্যমে, রশিদ প্রদান করা হয়। — রহমান ওভারসিজ, আরএল-১২৩৪", []),
    ("official", "en", True,
     "Licensed recruiting agency (RL-0987). Saudi Arabia house driver visa, employer-paid. Worker pays only the "
     "government-fixed cost, with receipt. Register on the Ami Probashi app before interview.", []),
    ("official", "bn-Latn", True,
     "Assalamu alaikum, apnar visa stamping hoye gese. Kal sokal 10 tay office e eshe passport ta niye jaben, BMET smart "
     "card er jonno fingerprint dite hobe. - Sky Line Overseas (RL 1543)", []),
    ("official", "en", True,
     "BMET notice: workers going to Malaysia must complete pre-departure orientation and collect their smart card. "
     "Recruitment cost is borne by the employer; report any demand beyond the fixed amount to 16135.", []),
    ("official", "bn", True,
     "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: বিদেশে কোনো কর্মীর বেতন বকেয়া থাকলে বা পাসপোর্ট আটকে রাখা হলে "
     "নিকটস্থ দূতাবাসের শ্রম উইংয়ে অভিযোগ করুন।", []),
    ("official", "en", True,
     "Embassy of Bangladesh, Riyadh: workers whose iqama expired due to employer negligence may apply for exit under the "
     "amnesty. Bring a copy of passport and iqama to the labour wing, Sunday-Thursday.", []),
    ("official", "bn-Latn", True,
     "Notice: Japan e caregiver job, BOESL er maddhome. Kono dalal ke taka diben na. Khoroch sorkari, ticket soho 1 lakh "
     "9 hajar, bank draft e joma. Japanese language N4 lagbe", []),
    ("official", "bn", True,
     "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: কাতারগামী কর্মীদের চুক্তিপত্র বাংলায় পড়ে শোনানো হবে। চুক্তির চেয়ে কম "
     "বেতন দিলে বা অতিরিক্ত ঘণ্টা কাজ করালে অভিযোগ করুন।", []),
    ("official", "bn", False,
     "আগামী ১৬ ডিসেম্বর বিজয় দিবস উপলক্ষে সকল সরকারি অফিস বন্ধ থাকবে।", []),

    # ---- worker_content (hard 7, plain 3)
    ("worker_content", "bn-Latn", True,
     "alhamdulillah company valo, beton protimas er 27 tarikh e account e dhuke. overtime korle double. passport nijer "
     "kache, iqama o free te renew kore dise", []),
    ("worker_content", "en", True,
     "Day off today 😊 went to Batha market with friends. Kafeel is a good man, gave us Eid bonus 500 riyal and the room "
     "has AC", []),
    ("worker_content", "bn", True,
     "মা চিন্তা কইরো না, এখানে থাকা খাওয়া কোম্পানির। দিনে ৮ ঘণ্টা ডিউটি, শুক্রবার ছুটি। ফোনও আমার কাছেই, যখন ইচ্ছা কল "
     "দিতে পারবা", []),
    ("worker_content", "bn-Latn", True,
     "ajke 12 ghonta duty chilo karon ship ashse, kintu overtime er taka slip e dekhlam add korse. kal off", []),
    ("worker_content", "en", True,
     "My first salary in Malaysia 🇲🇾💵\n1,850 RM\nThank you Allah and thanks to the agency, no extra money taken. "
     "Passport with me, permit done.\n❤️ 312  💬 45", []),
    ("worker_content", "bn", True,
     "বসের কাছে পাসপোর্টটা দিছি ভিসা রিনিউয়ের জন্য, বৃহস্পতিবার ফেরত দিবে বলছে। রসিদও দিছে, চিন্তার কিছু নাই", []),
    ("worker_content", "bn-Latn", True,
     "vai amar kafil ekdom valo manush, chhuti te desh e jete chailam, 2 mash er chhuti dise ar ticket o dise", []),
    ("worker_content", "en", False,
     "Night shift done ✅ 6 hours overtime this week, paid on Thursday. Going to sleep", []),
    ("worker_content", "bn-Latn", False,
     "ajke site e concrete dhala holo, 5 tolar chhad. Engineer saheb khushi", []),
    ("worker_content", "bn", False,
     "নতুন ফ্যাক্টরিতে জয়েন করলাম, মেশিনটা শিখতেছি। সুপারভাইজার ভালো মানুষ", []),

    # ---- receipt (hard 7, plain 3)
    ("receipt", "en", True,
     "You have received Tk 50,000.00 from 01711482903. Ref bhai er visa. Fee Tk 0.00. Balance Tk 52,310.45. TrxID "
     "CKL7Q2M9ZA at 03/11/2026 19:42", [P("+8801711482903"), E("mfs_transaction", "CKL7Q2M9ZA")]),
    ("receipt", "bn", True,
     "আপনার বিকাশ একাউন্টে ৳১,০০,০০০ ক্যাশ ইন হয়েছে এজেন্ট ০১৮৭৪৫৫২১০৩ থেকে। ফি ৳০। ব্যালেন্স ৳১,০৪,২০০। TrxID "
     "BH39XK2LQP ১২/১১/২০২৬ ১১:০৫", [P("+8801874552103"), E("mfs_transaction", "BH39XK2LQP")]),
    ("receipt", "en", True,
     "Money Received.\nAmount: Tk 15,000.00\nSender: 01956238417\nRef: passport fee\nTxnID: 7HX3K9QD\nBalance: Tk "
     "15,740.00\n09/11/2026 14:22", [P("+8801956238417"), E("mfs_transaction", "7HX3K9QD")]),
    ("receipt", "en", True,
     "Cash-In from A/C: ***4471 Tk 3,00,000.00 Fee: Tk 0.00 Balance Tk 3,02,118.00 TxnId: 8812045573 Date: 21-NOV-26 "
     "10:31 am", [E("mfs_transaction", "8812045573")]),
    ("receipt", "en", True,
     "Payment of Tk 78,990.00 to RAHMAN OVERSEAS (Merchant) is successful. Ref: Malaysia migration cost. TrxID "
     "DKP20MX7LQ at 05/10/2026 12:01", [E("mfs_transaction", "DKP20MX7LQ")]),
    ("receipt", "bn", True,
     "প্রিয় গ্রাহক, আপনার রেমিট্যান্স ৪৫,৬০০ টাকা (১৫০০ রিয়াল) আপনার নগদ একাউন্টে জমা হয়েছে। প্রেরক দেশ: সৌদি আরব। "
     "সরকারি প্রণোদনা ২.৫% যুক্ত হয়েছে।", []),
    ("receipt", "en", True,
     "bKash\nSend Money\nSuccessful\nTk 25,000\nto 01612-335577\nReference: Malaysia ticket\nTrxID: AQ82KD1MZX\n"
     "11:48 AM\n\nShare     Save", [P("+8801612335577"), E("mfs_transaction", "AQ82KD1MZX")]),
    ("receipt", "en", False,
     "You have received Tk 1,200.00 from 01913227845. Fee Tk 0.00. Balance Tk 3,455.10. TrxID AB74KQ0PZ3 at "
     "14/11/2026 08:15", [P("+8801913227845"), E("mfs_transaction", "AB74KQ0PZ3")]),
    ("receipt", "bn", False,
     "আপনার ০১৫৫৬৭৮৯০১২ নম্বরে ১০০ টাকা রিচার্জ সফল হয়েছে। ধন্যবাদ।", [P("+8801556789012")]),
    ("receipt", "en", False,
     "Payment of Tk 850.00 to Foodpanda is successful. Balance Tk 2,110.00. TrxID BX19LMR04Q at 02/12/2026 21:33",
     [E("mfs_transaction", "BX19LMR04Q")]),

    # ---- joke (hard 7, plain 2)
    ("joke", "bn-Latn", True,
     "bou amar passport lukaye rakhse jate ami Dubai na jai 😂😂 eta ki trafficking case hobe naki?", []),
    ("joke", "en", True,
     "my boss holds me hostage with 'one more quick call' every day at 5:59 pm 😭 someone call the labour ministry", []),
    ("joke", "bn", True,
     "মা বলছে পরীক্ষায় ফেল করলে আমারে দালালের কাছে বেইচা দিবো 🤣 সৌদি পাঠাইয়া উট চরাইতে দিবো", []),
    ("joke", "bn-Latn", True,
     "amar salary to mash er 5 tarikh ei shesh, baki 25 din ami debt bondage e thaki 🥲", []),
    ("joke", "en", True,
     "Wife took my phone, my wallet and my bike keys. Locked inside with her mother for the weekend. Send help or "
     "biryani 😂", []),
    ("joke", "bn", True,
     "বস বলছে আজকে ১৮ ঘণ্টা অফিস করতে হবে, ছুটি নাই। দাস প্রথা আবার ফিরা আসছে মনে হয় 😅", []),
    ("joke", "bn-Latn", True,
     "ei meme ta dekh: 'free visa, free ticket, free thaka khawa' — sheshe dekha gelo Cox's Bazar er hotel e dishwasher "
     "🤣", []),
    ("joke", "bn-Latn", False,
     "tui jodi engineer hos ami tahole NASA er scientist 😂", []),
    ("joke", "en", False,
     "Why did the tomato blush? Because it saw the salad dressing 😂", []),

    # ---- chatter (hard 7, plain 5)
    ("chatter", "en", True,
     "bro whats the salary for electrician in Qatar now? my cousin says 1800 riyal with overtime. his number +974 3345 "
     "6789 if you want to ask", [P("+97433456789")]),
    ("chatter", "bn-Latn", True,
     "Dubai theke Rasel vai call dise +971 55 412 3378 theke, bolse eid e desh e ashbe. tor jonno perfume anbe",
     [P("+971554123378")]),
    ("chatter", "bn", True,
     "কাল থেকে পার্লারে নতুন হেয়ার কাটের অফার, মেয়েদের জন্য ৩০% ছাড়। বসুন্ধরা শাখায় চলে আসুন 💇‍♀️", []),
    ("chatter", "en", True,
     "Anyone know a good spa in Bangkok for couple massage? going next month for honeymoon", []),
    ("chatter", "bn-Latn", True,
     "bhai ticket kete felsi, 14 tarikh Kuala Lumpur. agency sob kaj kore dise, contract copy o hate ase. doa koiro",
     []),
    ("chatter", "en", True,
     "Sylhet Boys KSA\nSeen by 14\nwho has a room to share in Riyadh Batha? my company moved me, rent 300 riyal. contact "
     "+966 55 781 2043", [P("+966557812043")]),
    ("chatter", "bn", True,
     "ভাই তোমার কাছে দালাল বাজারের ঐ মোবাইলের দোকানের নাম্বার আছে? স্ক্রিনটা বদলাইতে হবে", []),
    ("chatter", "en", False,
     "running late, traffic at Mohakhali is crazy. start without me", []),
    ("chatter", "bn-Latn", False,
     "kire match dekhbi? Bangladesh vs Afghanistan, 7 tay shuru", []),
    ("chatter", "bn", False,
     "আজকে বিকালে ছাদে আড্ডা হবে, চা নিয়া আইসো", []),
    ("chatter", "en", False,
     "Seen 8:02 PM\nok bro, see you at the mosque after jummah", []),
    ("chatter", "bn-Latn", False,
     "ei number e call diyo 01817-563290, amar notun sim", [P("+8801817563290")]),

    # ---- family (hard 8, plain 4)
    ("family", "bn", True,
     "আব্বা তোমার পাসপোর্টটা আলমারির উপরের তাকে রাখছি, হজ্জের কাগজের সাথে। ভিসা আসলে আমি নিয়া যামু", []),
    ("family", "bn-Latn", True,
     "ammu bkash e 20 hajar pathaisi, 5 hajar nanur oshudh er jonno, baki ta Rafi er school fee. passport renew er taka "
     "pore dibo", []),
    ("family", "en", True,
     "Mom, the agency needs my original passport for the visa stamping at VFS, I'll get it back next week with the "
     "visa. Don't worry", []),
    ("family", "bn", True,
     "ছোট মামা বলতেছে মালয়েশিয়ার খরচ সরকারিভাবে ৭৯ হাজার, বোয়েসেল দিয়া গেলে দালাল লাগে না। তুই কাগজপত্র রেডি কর", []),
    ("family", "bn-Latn", True,
     "tomar bhai ke bolo rate e call dite, 3 din dhore kotha hoy nai.\n— ok re baba ami bolbo, o ekhon night shift e",
     []),
    ("family", "en", True,
     "Uncle, I paid back the 1.2 lakh loan to the Grameen office today from my salary. Only 4 kisti left 🙏", []),
    ("family", "bn", True,
     "আপুর বিয়ের জন্য সৌদি থেকে ভাইয়া ২ লাখ পাঠাবে। হুন্ডিতে না, ব্যাংকে পাঠাইতে বলছি, রেট কম হইলেও", []),
    ("family", "bn-Latn", True,
     "Nanu bolse meye ke 18 er age biye dibe na, age porashona. ami o ekmot", []),
    ("family", "bn", False,
     "মা, আজ রাতে ইলিশ রান্না করো, আমার বাসায় ফিরতে ৯টা বাজবে", []),
    ("family", "bn-Latn", False,
     "abbu tomar presher er oshudh shesh hoise? ami kal niye ashbo", []),
    ("family", "en", False,
     "Happy birthday Nila! 🎂 Nanu sends love from Sylhet", []),
    ("family", "bn", False,
     "ভাইয়া, ঈদের জামা কিনছি, ছবি পাঠাইলাম দেখো তো কেমন", []),
]


def main():
    rows = []
    for cat, script, text, ents in FLAG:
        rows.append({"text": text, "label": "flag", "category": cat, "script": script,
                     "voice": "victim_or_recruiter", "hard": False, "entities": ents})
    for voice, script, hard, text, ents in OK:
        rows.append({"text": text, "label": "ok", "category": None, "script": script,
                     "voice": voice, "hard": hard, "entities": ents})
    # interleave flag and ok so the file is not sorted by label
    flag = [r for r in rows if r["label"] == "flag"]
    ok = [r for r in rows if r["label"] == "ok"]
    mixed = []
    for i in range(max(len(flag), len(ok))):
        if i < len(flag):
            mixed.append(flag[(i * 7) % len(flag)] if len(flag) == 80 else flag[i])
        if i < len(ok):
            mixed.append(ok[(i * 3) % len(ok)] if len(ok) == 80 else ok[i])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev14.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(mixed, 1):
            obj = {"id": "dev14-%04d" % n, "text": r["text"], "label": r["label"], "category": r["category"],
                   "script": r["script"], "voice": r["voice"], "hard": r["hard"], "entities": r["entities"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", out, len(mixed))


if __name__ == "__main__":
    main()
