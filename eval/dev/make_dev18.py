#!/usr/bin/env python3
"""Blind evaluation set dev18 for evidtriage trafficking-indicator detection (issue 15).

Written from ../shared/research/indicators.md and the TYPES listed in issue 15 only,
without sight of the rule packs, their examples or any other evaluation set.
120 items: 60 to flag (8 categories), 60 ok (45 hard negatives).
Run: python3 make_dev18.py  ->  dev18.jsonl next to this script.
"""
import hashlib
import json
import os

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def h20(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


# Deterministic, checksum-valid addresses (not real wallets).
TRON = b58check(b"\x41" + h20("dev18-tron-1"))
BTC = b58check(b"\x00" + h20("dev18-btc-1"))
ETH = "0x" + h20("dev18-eth-1").hex()

F = "flag"
O = "ok"
VR = "victim_or_recruiter"


def ph(v):
    return {"type": "phone", "value": v}


def trx(v):
    return {"type": "mfs_transaction", "value": v}


# (text, label, category, script, voice, hard, entities)
ITEMS = [
    # ---------------- recruitment_deception (8: bn 3, bn-Latn 2, en 3) ----------------
    ("ভাই আমারে কইছিল হোটেলে ওয়েটারের কাজ, মাসে ৪৫ হাজার। আইসা দেখি মরুভূমিতে উট চরাইতে দিছে। কফিল কয় চুক্তি নাকি এইটাই আছিলো, আমি তো আরবি কাগজ পড়তেই পারি নাই",
     F, "recruitment_deception", "bn", VR, False, []),
    ("🔥জরুরি ভিত্তিতে সার্বিয়া ওয়ার্ক পারমিট🔥 কোন অভিজ্ঞতা লাগবেনা, বেতন ১ লাখ ২০ হাজার+, থাকা খাওয়া মালিকের। মাত্র ৩ লাখে ইউরোপ!! এজেন্সির ঝামেলা নাই, স্মার্ট কার্ড ছাড়াই ফ্লাইট। যোগাযোগ ইমো/হোয়াটসঅ্যাপ ০১৮৭৬-৫৪৩২১০",
     F, "recruitment_deception", "bn", VR, False, [ph("+8801876543210")]),
    ("তোর দুলাভাইরে দালাল টুরিস্ট ভিসায় দুবাই পাঠাইছে, কইছিলো ওইখানে গিয়া কাজের ভিসা বানায়া দিবো। এখন তিন মাস, ভিসা তো দূরের কথা দালালের ফোনই বন্ধ। ও লুকায়া লুকায়া কাজ করতেছে",
     F, "recruitment_deception", "bn", VR, False, []),
    ("Saudi free visa ase 5 ta, kofil er kache kono kaj nai, nijer moto kaj kore khaben. akama 2 bosor er. total 4.5 lac, ardhek agey. iccha thakle inbox koren, serious ra",
     F, "recruitment_deception", "bn-Latn", VR, False, []),
    ("Agent je visa ta dise oita naki nokol. Airport e immigration atkaise, bole ei visa system e nai. 3 lakh 80 hajar taka gelo dosto, ekhon agent er office e tala",
     F, "recruitment_deception", "bn-Latn", VR, False, []),
    ("We came on visit visa, agent told work permit will be done in 1 week. 4 month now no permit, police raid every week and we hide inside the palm plantation. Agent not picking phone",
     F, "recruitment_deception", "en", VR, False, []),
    ("URGENT HIRING - Thailand/Cambodia customer service & data entry. Salary $1200-1500 + commission. Free air ticket, free hotel, no experience need, only basic english & typing. Age 18-30. Limited seat!! CV to hr.globaljobs.th@gmail.com or t.me/fastjob_cambodia",
     F, "recruitment_deception", "en", VR, False,
     [{"type": "email", "value": "hr.globaljobs.th@gmail.com"}, {"type": "telegram", "value": "@fastjob_cambodia"}]),
    ("They told us online shop job in Bangkok. Then a van took us across a river at night and now we are in a compound near Myawaddy. The 'job' is chatting with foreigners so they invest in fake crypto apps",
     F, "recruitment_deception", "en", VR, False, []),

    # ---------------- fees_and_debt (8: bn 3, bn-Latn 3, en 2) ----------------
    ("মালিক বলতেছে আমার পিছে নাকি ৩ লাখ টাকা খরচ হইছে, ওইটা শোধ না হওয়া পর্যন্ত বেতনের অর্ধেক কাইটা রাখবো। ৭ মাস হইলো এখনো শেষ হয় না, প্রতি মাসে নতুন হিসাব দেখায়",
     F, "fees_and_debt", "bn", VR, False, []),
    ("চাচা ইকামার জন্য আরো ১ লাখ ২০ হাজার লাগবো, না দিলে আপনার পোলা অবৈধ হয়া যাইবো। টাকাটা এই নাম্বারে বিকাশ কইরা দেন 01733582946 (পার্সোনাল), কাউরে জানানের দরকার নাই",
     F, "fees_and_debt", "bn", VR, False, [ph("+8801733582946")]),
    ("জমি বন্ধক রাইখা আর এনজিও থেইকা কিস্তি তুইলা ৬ লাখ দিছিলাম দালালরে। এখন উনি কয় মালিক বেতন দেয় না, আর কিস্তির লোক প্রতি সপ্তাহে বাড়িত আসে। কি করমু বুঝিনা",
     F, "fees_and_debt", "bn", VR, False, []),
    ("tor visa, ticket, khawa thaka sob mila 4 lakh hoise. protimash 15 hajar kete rakhbo, baki ja thake bari pathais. hisab shesh na hoile kothao jaite parbina bujhli",
     F, "fees_and_debt", "bn-Latn", VR, False, []),
    ("Malaysia jete hole 5.5 lakh lagbe bhai, booking money 1 lakh ajkei bkash korte hobe. sarkari rate 79 hajar oi sob kagoje thake, asole oi tekay keu pathay na",
     F, "fees_and_debt", "bn-Latn", VR, False, []),
    ("ami to ekhono dena shodh kortesi, oder hisabe ami ekhono 2 lakh 30 hajar baki. kaj chaira dile r o 1 lakh jorimana. amar betn puratai jay oder pocket e",
     F, "fees_and_debt", "bn-Latn", VR, False, []),
    ("The agency in Dubai says I owe them 9,000 dirhams for visa, ticket and 'training'. Every month they take 1,100 from my salary and add fines when Im late. 14 months worked and still 6,000 left??",
     F, "fees_and_debt", "en", VR, False, []),
    ("Dear applicant, your Poland work permit is approved. Pay processing fee BDT 2,50,000 before Thursday or slot will be cancel. Rest 4 lakh after visa stamping. Send Nagad 01946-218503 and share screenshot here only",
     F, "fees_and_debt", "en", VR, False, [ph("+8801946218503")]),

    # ---------------- payments_and_proceeds (7: bn 2, bn-Latn 2, en 3) ----------------
    ("aj er collection 3 ta number e bhag kore pathabi: 01719-552013, 01822-640918, 01985-301774. ek number e 25 hajar er beshi na. cash out kore hundi walar kache dibi, bank e jeno na jay",
     F, "payments_and_proceeds", "bn-Latn", VR, False,
     [ph("+8801719552013"), ph("+8801822640918"), ph("+8801985301774")]),
    ("dubai theke je 2 ta meye pathaisi oder income er bhag ei mashe ashe nai. Raju bhai ke bolo USDT TRC20 te pathaite, address " + TRON + " . bkash e ar na, beshi chokh pore",
     F, "payments_and_proceeds", "bn-Latn", VR, False, [{"type": "tron_address", "value": TRON}]),
    ("ভাইজান ওরা কইতাছে লিবিয়ার ক্যাম্প থেইকা ছাড়তে ৮ লাখ টাকা লাগবো। ৩টা বিকাশ নাম্বারে ভাগ কইরা পাঠাইতে কইছে আজ রাতের মধ্যে, নাইলে আবার পিটাইবো। প্রথমটা পাঠাইছি TrxID BKA7Q2M9XZ",
     F, "payments_and_proceeds", "bn", VR, False, [trx("BKA7Q2M9XZ")]),
    ("মেয়েগুলার থেকে প্রতিদিনের টাকা নগদে নিবা, নিজের নাম্বারে না। হুন্ডির লোক কাল আইসা নিয়া যাবে, দুবাইর রেট ভালো দিবো। হিসাব খাতায় লিখবা না, শুধু মুখে মুখে",
     F, "payments_and_proceeds", "bn", VR, False, []),
    ("Family of worker no.47 must pay 4,000 USDT to release him. Send ERC20 to " + ETH + " and send hash here. After confirm we put him in car to the border. No police or price double",
     F, "payments_and_proceeds", "en", VR, False, [{"type": "eth_address", "value": ETH.lower()}]),
    ("Instructions: collect the cash from workers families in Bhairab, deposit in 5 different bKash agent points, max 20k each point, then message me all TrxID. Never same agent two times",
     F, "payments_and_proceeds", "en", VR, False, []),
    ("Bro KL money from the girls came, 3.2 lakh. Dont put in Dutch-Bangla account they check big deposit now. Boss want his share in BTC to " + BTC + " , rest by hundi to the Sylhet man",
     F, "payments_and_proceeds", "en", VR, False, [{"type": "btc_address", "value": BTC}]),

    # ---------------- isolation_and_control (7: bn 3, bn-Latn 2, en 2) ----------------
    ("আম্মা আমারে বাইরে যাইতে দেয় না, গেটে তালা মাইরা রাখে। আজকে মেডামের ফোন থেইকা লুকায়া কল দিছি, বেশিক্ষণ কথা কইতে পারমু না, কাইটা দিলাম",
     F, "isolation_and_control", "bn", VR, False, []),
    ("বাড়িতে ফোন দিলে বলবি ভালো আছিস, বড় কোম্পানিতে কাজ করস। এর বাইরে একটা কথাও বলবি না, পাশে আমি বইসা থাকমু মনে রাখিস",
     F, "isolation_and_control", "bn", VR, False, []),
    ("আমার মোবাইলটা ম্যানেজার নিয়া গেছে, বলে সপ্তাহে একদিন ১০ মিনিটের জন্য দিবো। এই নাম্বারটা এক বাংলাদেশি ভাইয়ের +966 57 331 8042, উনারে দিয়া মেসেজ দিতেছি",
     F, "isolation_and_control", "bn", VR, False, [ph("+966573318042")]),
    ("tomar ammu abbu ke bolba Dhaka te garments e kaj paiso. Dubai er kotha kauke bolben na, passport er kotha o na. ami sob setting kore dimu, tension niyona",
     F, "isolation_and_control", "bn-Latn", VR, False, []),
    ("amader 20 jon ke ekta ghore rakhse, bahire guard thake, kothao jaite dey na. sobar mobile nia nise, ami lukaye ekta purana set chalu korsi, keu jante parle shesh",
     F, "isolation_and_control", "bn-Latn", VR, False, []),
    ("My sister in Riyadh hasnt been allowed to call us for 3 months. The madam keeps her phone and only lets her talk on speaker while she stands there. She sounded scared and kept saying everything is fine",
     F, "isolation_and_control", "en", VR, False, []),
    ("New rule: nobody leaves the dorm without Ah Seng. Phones handed in 9pm, you get them back Sunday 1 hour only. Anyone caught with second phone goes to the dark room",
     F, "isolation_and_control", "en", VR, False, []),

    # ---------------- labour_exploitation (8: bn 2, bn-Latn 3, en 3) ----------------
    ("সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, কোনো ছুটি নাই। দিনে একবেলা খাবার দেয় তাও বাসি রুটি। পাঁচ মাস বেতন পাই নাই, চাইলে কয় পরে দিমু",
     F, "labour_exploitation", "bn", VR, False, []),
    ("মেয়েটা কাইন্দা কইলো ওই বাসায় তিনটা ফ্যামিলির কাজ একলাই করায়, রাইতে রান্নাঘরের মেঝেতে ঘুমায়। বেতন নাকি মালিক নিজের কাছে জমা রাখছে, দেশে আসার সময় দিবো",
     F, "labour_exploitation", "bn", VR, False, []),
    ("bhai 8 mash hoye gelo ek takao dey nai. kofil bole company loss e ase. ekhon khabar o thik moto dey na, shudhu bhat r dal. ghumaite dey 4 ghonta",
     F, "labour_exploitation", "bn-Latn", VR, False, []),
    ("construction site e 16 ghonta duty, friday teo chuti nai. keu osustho hoile beton kete ney. 3 jon ajke rode matha ghure pore gese, keu hospital e nilo na",
     F, "labour_exploitation", "bn-Latn", VR, False, []),
    ("amake arek company r kache bikri kore dise mone hoy, supervisor bolse ekhon theke ei site e. kono kagoj sign korinai. ager 4 maser baton o dilona",
     F, "labour_exploitation", "bn-Latn", VR, False, []),
    ("Company rents us out to other owners, we work there and the company takes the salary. They give us 300 riyal in hand for food, thats all for the month",
     F, "labour_exploitation", "en", VR, False, []),
    ("We work on the fishing boat 20 hours a day, they dont let us go on shore for months. Captain says pay will come end of the season, its been 11 months",
     F, "labour_exploitation", "en", VR, False, []),
    ("Madam says my salary is in her bank 'safe for me', I have not touched one riyal in 10 months. I cook, clean 2 houses, look after grandmother at night. No off day, no sleep",
     F, "labour_exploitation", "en", VR, False, []),

    # ---------------- threats_and_coercion (7: bn 2, bn-Latn 3, en 2) ----------------
    ("পালাইলে হুরুব দিয়া দিমু, পুলিশ তোরে ধইরা জেলে ভরবো তারপর খালি হাতে দেশে পাঠাইবো। চুপচাপ কাজ কর, বেশি কথা কইস না",
     F, "threats_and_coercion", "bn", VR, False, []),
    ("আপনার ছেলে যদি আমার নামে থানায় কিছু করে, তাইলে বিদেশে ওর কি হয় আমি জানি না। আর আপনাদের বাড়িও তো চিনি, কথাটা মনে রাখবেন",
     F, "threats_and_coercion", "bn", VR, False, []),
    ("beshi tedi korle tor bou baccha deshe nirapod thakbe na. amar lok tor bari chine. taka ferot chawa bondho kor, ei sesh bar bollam",
     F, "threats_and_coercion", "bn-Latn", VR, False, []),
    ("kal raate supervisor amake r Rubel ke current er shock dise karon target puron hoy nai. bolse abar hoile onno company te bech dibe",
     F, "threats_and_coercion", "bn-Latn", VR, False, []),
    ("madam bole police e dile amar jail hobe karon amar akama nai. ekhon kisu bollei bole call dimu police. bhoye kisu korte parina",
     F, "threats_and_coercion", "bn-Latn", VR, False, []),
    ("If you try to run remember we have your passport A07412385 and your mothers address in Cumilla. Police here work with us. Think before you do something stupid",
     F, "threats_and_coercion", "en", VR, False, [{"type": "bd_passport", "value": "A07412385"}]),
    ("I asked to go home and the boss hit me with a pipe. He says if I complain to embassy he will tell police I stole money and I will be in jail for years",
     F, "threats_and_coercion", "en", VR, False, []),

    # ---------------- minors (8: bn 3, bn-Latn 3, en 2) ----------------
    ("মেয়ের বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধন নতুন কইরা বানায়া দিমু, পাসপোর্টে ২২ লেখা থাকবো। সৌদিতে বাসার কাজ, মাসে ২০ হাজার, কোনো চিন্তা নাই",
     F, "minors", "bn", VR, False, []),
    ("আমাদের পাশের বাড়ির ১১ বছরের মাইয়াটা, বাপ মরছে। ঢাকায় আপনের বাসায় কামে রাখতে পারেন, খাওন পরন দিলেই হইবো, বেতন বেশি লাগবো না। ওর মায় রাজি",
     F, "minors", "bn", VR, False, []),
    ("আমার বয়স তো ১৫, ওরা কইছে কেউ জিগাইলে কবি তুই ১৯। হোটেলের লোকেরা জিজ্ঞেস করলে এইটাই কইতে হইবো নাইলে খবর আছে",
     F, "minors", "bn", VR, False, []),
    ("apu amar boyosh to 16 matro, amakeo nibe? ammu bolse passport e boyos baraye dite hobe, oitar khoroch koto?",
     F, "minors", "bn-Latn", VR, False, []),
    ("pola ta 13 hoileo somossa nai, Teknaf theke nouka te Malaysia pathamu, okhane boro hoise bole chalaye dimu. 1.5 lakh lagbe, baki ta kaj kore shodh dibe",
     F, "minors", "bn-Latn", VR, False, []),
    ("notun 2 ta meye ashche, ekta 15 r ekta 16. kagoje 18 dekhaite hobe. NID bananor loke bolo, ager ta te number chilo 20059316425007183 oitar moto koira",
     F, "minors", "bn-Latn", VR, False, [{"type": "bd_nid", "value": "20059316425007183"}]),
    ("Need girl 12-14 yrs for house work in Dhaka family, will take care like own child, 3000 tk monthly given to parents. Our man will pick up from village. Call 01558-903214",
     F, "minors", "en", VR, False, [ph("+8801558903214")]),
    ("My nephew is 14, the broker took him with a birth certificate saying 19. Now he is in a brick kiln across the border in India, they dont let him call. Broker says he comes back only after the season",
     F, "minors", "en", VR, False, []),

    # ---------------- sexual_exploitation (7: bn 2, bn-Latn 2, en 3) ----------------
    ("দুবাইতে লেডিস পার্লারে কাজ, শুধু সুন্দরী মেয়ে লাগবে, বয়স ১৮-২৫। বেতন ১ লাখ+, টিপস আলাদা। রাতে কাস্টমারের সাথে একটু বসতে হবে, সমস্যা নাই। পাসপোর্ট আমাদের কাছে থাকবে",
     F, "sexual_exploitation", "bn", VR, False, []),
    ("পার্লারের কথা বইলা আনছে, এইখানে আইসা দেখি হোটেলে রাখে আর প্রতি রাইতে লোক পাঠায়। না করলে মারে। আপা আমারে এইখান থেইকা বাইর কর",
     F, "sexual_exploitation", "bn", VR, False, []),
    ("India border diye Kolkata, sekhan theke Mumbai er hotel e job. meye 3 ta lagbe, fair, smart. kaj ta bujhei to? guest der entertain korte hobe. taka valo, insta te DM @mumbai_hotel_jobs",
     F, "sexual_exploitation", "bn-Latn", VR, False, [{"type": "instagram", "value": "@mumbai_hotel_jobs"}]),
    ("Bangladeshi fresh meye ase, ekdom notun, 19. hotel e ashbe. 2 ghonta 8000. advance bkash 0️⃣1️⃣6️⃣1️⃣1️⃣4️⃣4️⃣7️⃣2️⃣9️⃣8️⃣ e, tarpor location dibo",
     F, "sexual_exploitation", "bn-Latn", VR, False, [ph("+8801611447298")]),
    ("Tonight 5 guests for you. After the dance bar you go straight to room 304, no excuse. If the money is less than yesterday no food tomorrow",
     F, "sexual_exploitation", "en", VR, False, []),
    ("New Bangladeshi & Nepali girls in Dubai Deira 🌹 young & fresh, 100% real pics, outcall hotel only. WhatsApp wa.me/971558204613",
     F, "sexual_exploitation", "en", VR, False, [{"type": "whatsapp", "value": "+971558204613"}]),
    ("They said spa massage job in Kuala Lumpur. The boss keeps our passports and every night we have to do 'extra' for customers. All the money goes to him, he says we still owe him for the flight",
     F, "sexual_exploitation", "en", VR, False, []),

    # ================= OK items =================
    # ---- news (7 hard + 1 plain) ----
    ("মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে যুবকদের লিবিয়ায় পাঠিয়ে জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুর থেকে তিনজনকে গ্রেপ্তার করেছে র‍্যাব-৮। তাদের কাছ থেকে ১৪টি পাসপোর্ট উদ্ধার করা হয়।",
     O, None, "bn", "news", True, []),
    ("টেকনাফে ট্রলারে করে মালয়েশিয়া পাচারের সময় ৩৮ জনকে উদ্ধার করেছে কোস্টগার্ড, যাদের মধ্যে ৯ জন শিশু। দালালরা পালিয়ে গেছে বলে জানিয়েছেন স্টেশন কমান্ডার।",
     O, None, "bn", "news", True, []),
    ("মামলার এজাহারে বলা হয়, অভিযুক্ত দালাল ভুক্তভোগীর বাবার কাছ থেকে বিকাশে দুই দফায় ৩ লাখ ৪০ হাজার টাকা নেন এবং ইরাকে পাঠানোর কথা বলে তাকে সীমান্ত দিয়ে ভারতে পার করে দেন।",
     O, None, "bn", "news", True, []),
    ("Dhaka tribunal sentences two to life for trafficking women to Dubai dance clubs with promises of beauty parlour jobs; survivors told the court their passports were confiscated on arrival.",
     O, None, "en", "news", True, []),
    ("Johor: 52 Bangladeshi workers found living in a container yard; the employer had not paid wages for six months, the labour department said, opening a forced labour investigation.",
     O, None, "en", "news", True, []),
    ("Myawaddy: Thai authorities say 260 foreigners rescued from online scam compounds, including Bangladeshis lured by fake customer service jobs, will be repatriated via Mae Sot this week.",
     O, None, "en", "news", True, []),
    ("khobor: Cambodia te scam company theke 11 jon Bangladeshi uddhar, onader passport o mobile kere neya hoyechilo. dutabash bolse shobai shigroi deshe firbe. share koren jate r keu protarito na hoy",
     O, None, "bn-Latn", "news", True, []),
    ("Remittance inflow rose 18% in October to $2.4 billion, Bangladesh Bank data show; Saudi Arabia and the UAE remained the top sources.",
     O, None, "en", "news", False, []),

    # ---- awareness (7 hard) ----
    ("সতর্কতা! বিদেশে যাওয়ার আগে কারো কাছে পাসপোর্ট জমা দেবেন না। কোনো দালালের হাতে টাকা তুলে দেবেন না। সরকার নির্ধারিত খরচের বেশি চাইলে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ এ অভিযোগ করুন।",
     O, None, "bn", "awareness", True, []),
    ("চাকরির বিজ্ঞাপনে 'থাকা খাওয়া ফ্রি, অভিজ্ঞতা লাগবে না, বেতন ২ লাখ' দেখলেই বুঝবেন ফাঁদ। কম্বোডিয়া-মিয়ানমারে এভাবে নিয়ে গিয়ে অনলাইন প্রতারণার কাজে বাধ্য করা হচ্ছে। শেয়ার করে সবাইকে জানান।",
     O, None, "bn", "awareness", True, []),
    ("Bon ra, Dubai te parlour er job er kotha bole keu dakle age jachai koren. Passport kono dalal er hate diben na, r kauke na bole bari theke beriye jaben na. Bipode porle 999 e call korun",
     O, None, "bn-Latn", "awareness", True, []),
    ("apnara jara Libya hoye Italy jawar kotha vabtesen, dalal er kotha shunben na. nouka te tule dey, pore Libya te atkaye muktipon chay. amader gramer 3 jon ekhono nikhoj",
     O, None, "bn-Latn", "awareness", True, []),
    ("Sister ra, keu jodi bole 'tomar phone ta amar kache thak, kaj shesh e dibo' eta bipod er shongket. nijer phone r passport kokhono haatchhara korben na. shomossa hole BOMSA te jogajog korun",
     O, None, "bn-Latn", "awareness", True, []),
    ("Know the signs: Is your employer holding your passport? Are you told you owe a debt you can never repay? Are you not allowed to leave? Call the hotline. Trafficking is a crime. #EndTrafficking",
     O, None, "en", "awareness", True, []),
    ("Parents: children under 18 must not be sent for domestic work. If a broker offers a job for your daughter and says he will 'fix her age' on the papers, that is a crime. Call 1098 Child Helpline.",
     O, None, "en", "awareness", True, []),

    # ---- official / licensed agency (6 hard + 1 plain) ----
    ("মেসার্স আল-নূর ওভারসিজ (আরএল-১৮৪৬)। মালয়েশিয়ায় ফ্যাক্টরি শ্রমিক নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, এর বেশি কোনো টাকা নেওয়া হয় না। পাসপোর্ট ও বিএমইটি নিবন্ধন নিয়ে অফিসে আসুন, কোনো দালালকে টাকা দিবেন না।",
     O, None, "bn", "official", True, []),
    ("জেলা প্রশাসনের বিজ্ঞপ্তি: মানব পাচার প্রতিরোধ ও দমন আইন, ২০১২ অনুযায়ী পাচারের দায়ে সর্বোচ্চ শাস্তি মৃত্যুদণ্ড। কেউ বিদেশে চাকরির প্রলোভন দেখালে নিকটস্থ থানায় জানান।",
     O, None, "bn", "official", True, []),
    ("Sir amader agency govt licensed (RL 2094). Saudi hospital cleaner visa, beton 1200 riyal, iqama, khawa, thaka company dibe. Khoroch shudhu sorkari rate, receipt soho. Passport original amra rakhi na, photocopy dilei hobe",
     O, None, "bn-Latn", "official", True, []),
    ("BMET notice: Emigration clearance (smart card) for Saudi Arabia will be issued only after fingerprint registration. Workers must not pay any agent or middleman for the smart card. Apply through Ami Probashi app.",
     O, None, "en", "official", True, []),
    ("Embassy of Bangladesh, Kuala Lumpur: workers whose employers are holding their passports may approach the Labour Wing with a written complaint. Withholding a worker's passport is an offence under Malaysian law.",
     O, None, "en", "official", True, []),
    ("Dear Mr. Rahim, your Malaysia visa is stamped. Please come to our office with the BMET smart card fee receipt. Total paid: BDT 78,990 (govt rate). Flight 14 Jan, briefing at Dhaka Airport 6am. Contact 01713-204587.",
     O, None, "en", "official", True, [ph("+8801713204587")]),
    ("আঞ্চলিক পাসপোর্ট অফিস, কুমিল্লা: সার্ভার রক্ষণাবেক্ষণের কারণে আগামী বৃহস্পতিবার ই-পাসপোর্টের বায়োমেট্রিক গ্রহণ বন্ধ থাকবে।",
     O, None, "bn", "official", False, []),

    # ---- worker_content (5 hard + 2 plain) ----
    ("alhamdulillah ei company valo, beton mash er 28 tarikhe bank e dhuke. passport amar kachei, akama o renew kore dise. overtime korle extra dey",
     O, None, "bn-Latn", "worker_content", True, []),
    ("আম্মা চিন্তা কইরো না, মালিক ভালো মানুষ। শুক্রবার ছুটি, নিজের ফোন আছে, যখন ইচ্ছা কথা কইতে পারি। এই মাসের বেতন থেকে ২০ হাজার পাঠাইলাম",
     O, None, "bn", "worker_content", True, []),
    ("Finally cleared the loan I took for the agency fee 🙌 took 9 months but now every riyal is mine. Boss gave 3 days off for Eid too",
     O, None, "en", "worker_content", True, []),
    ("amader hotel e 12 ghontar shift, tobe week e 2 din off. khawa company r. kaj ektu kothin kintu beton thik time e pai, kono jhamela nai",
     O, None, "bn-Latn", "worker_content", True, []),
    ("Work permit card came today. Passport stays with me in my dorm locker, the company only took a copy. Singapore shipyard life begins 💪",
     O, None, "en", "worker_content", True, []),
    ("আজকে প্রথম ডিউটি শেষ করলাম, সাইটের সবাই ভালো। কালকে শহর ঘুরতে যামু ইনশাআল্লাহ",
     O, None, "bn", "worker_content", False, []),
    ("Night shift done. Tired but happy, the canteen biryani here is actually good 😂",
     O, None, "en", "worker_content", False, []),

    # ---- receipt (5 hard + 2 plain) ----
    ("You have received Tk 25,000.00 from 01812345670. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BFK3M7Q1ZP at 12/11/2026 14:05",
     O, None, "en", "receipt", True, [ph("+8801812345670"), trx("BFK3M7Q1ZP")]),
    ("Money Received. Amount: Tk 15000.00 Sender: 01915630482 Ref: N/A TxnID: 7HX2KQ9A Balance: Tk 15230.00 12/11/2026 20:41",
     O, None, "en", "receipt", True, [ph("+8801915630482"), trx("7HX2KQ9A")]),
    ("ক্যাশ আউট সফল। পরিমাণ ৳১০,০০০.০০, এজেন্ট ০১৭৮৯৬৫৪১২৩, চার্জ ৳১৮৫.০০, ব্যালেন্স ৳৪১২.৫০। TrxID CKL8P2N4WE ১৩/১১/২০২৬ ১০:২২",
     O, None, "bn", "receipt", True, [ph("+8801789654123"), trx("CKL8P2N4WE")]),
    ("Cash-In from A/C: ***7741 Tk5,000.00 Fee: Tk0.00 Balance: Tk7,320.18 TxnId: 4829173650 Date: 14-NOV-26 11:08 am",
     O, None, "en", "receipt", True, [trx("4829173650")]),
    ("Dear Customer, remittance of SAR 1,500.00 (BDT 48,720.00) from MD SHAHIN ALAM via Al Rajhi has been credited to your bKash account. TrxID DHR9T1K5MA",
     O, None, "en", "receipt", True, [trx("DHR9T1K5MA")]),
    ("Payment of Tk 1,250.00 to DESCO Prepaid is successful. TrxID AQ54LM0Z9K. Balance Tk 3,115.00",
     O, None, "en", "receipt", False, [trx("AQ54LM0Z9K")]),
    ("আপনার মোবাইল রিচার্জ সফল হয়েছে। পরিমাণ ৳৫০, মেয়াদ ৩০ দিন। ধন্যবাদ।",
     O, None, "bn", "receipt", False, []),

    # ---- joke (5 hard + 2 plain) ----
    ("biyer por amar bou amar phone, wallet, passport sob nijer kache joma rakhe 😂 ami ekhon officially bondi, kauke bolis na kintu",
     O, None, "bn-Latn", "joke", True, []),
    ("অফিসের বস কইছে প্রজেক্ট শেষ না হওয়া পর্যন্ত কেউ বাড়ি যাইতে পারবা না 😭 আমরা নাকি আধুনিক দাস 🤣",
     O, None, "bn", "joke", True, []),
    ("My mom took my phone until exams are over. This is literally human trafficking, I'm being held hostage in my own room 😤😂",
     O, None, "en", "joke", True, []),
    ("bhai amake dubai er 'free visa' offer korse, condition holo shashuri ke shathe niye jete hobe 😂😂 ke nibi bol",
     O, None, "bn-Latn", "joke", True, []),
    ("Manager: we are a family here. Also manager: salary will be paid when the client pays 💀 #corporatelife",
     O, None, "en", "joke", True, []),
    ("পরীক্ষার রেজাল্ট দেইখা আব্বা কইছে এই পোলা দিয়া কিছু হইবো না 😂",
     O, None, "bn", "joke", False, []),
    ("ajke rickshaw wala amar theke beshi english bolse 🤣 shikkha jibon brtho",
     O, None, "bn-Latn", "joke", False, []),

    # ---- chatter (5 hard + 4 plain) ----
    ("dosto +60 11-2345 6789 ei number ta ke chinos? kal rate 3 bar call dise, Malaysia theke mone hoy",
     O, None, "bn-Latn", "chatter", True, [ph("+601123456789")]),
    ("Anyone know a good consultant for Canada student visa? The one in Banani wants 3 lakh processing, seems too much",
     O, None, "en", "chatter", True, []),
    ("আমার কলিগ দুবাই থেকে আসছে, ওখানে মাসে ৩ লাখ টাকা বেতন পায় শুইনা মাথা ঘুইরা গেছে 😅 আমিও যাওয়ার কথা ভাবতেছি",
     O, None, "bn", "chatter", True, []),
    ("Rafi bhai er passport ta travel agency te joma dise Thailand visa r jonno, embassy te jabe. 7 working day lagbe bolse",
     O, None, "bn-Latn", "chatter", True, []),
    ("Hotel in Cox's Bazar booked for 3 nights, girls room and boys room separate 😂 send your share by bKash 01998-765432",
     O, None, "en", "chatter", True, [ph("+8801998765432")]),
    ("traffic at Mohakhali is insane today, 1.5 hours for 3 km",
     O, None, "en", "chatter", False, []),
    ("কালকে খেলা দেখতে যাবি? টিকেট আমার কাছে দুইটা আছে",
     O, None, "bn", "chatter", False, []),
    ("ajke ki class hobe? sir to group e kisu bolen nai",
     O, None, "bn-Latn", "chatter", False, []),
    ("bhai oi notun cafe ta try korsos? burger ta joss, dam o kom",
     O, None, "bn-Latn", "chatter", False, []),

    # ---- family (5 hard + 3 plain) ----
    ("বাবা তোর পাসপোর্টটা আমার আলমারিতে রাখছি, হারাইস না কইলাম। মালয়েশিয়ার ভিসা আসলে এজেন্সির অফিসে নিয়া যাবি, রশিদ নিবি অবশ্যই",
     O, None, "bn", "family", True, []),
    ("Ammu ei mashe 30 hajar pathalam bkash e, TrxID BJ6R2T8KQL. 10 hajar kistir jonno, baki ta choto bon er school fee",
     O, None, "bn-Latn", "family", True, [trx("BJ6R2T8KQL")]),
    ("Abbu the agency said total is 79k as govt fixed, I checked on BMET site. No need to sell the land, I'll take loan from Probashi Kallyan Bank",
     O, None, "en", "family", True, []),
    ("apa, Tania r boyos matro 17, ekhon biye dibo na. age porashona shesh koruk, tarpor dekha jabe",
     O, None, "bn-Latn", "family", True, []),
    ("ভাইয়া সৌদি থেকে ফোন দিছিলো, কয় নতুন কফিল ভালো, কাজ কম। ঈদে ছুটি পাইবো, দুই মাসের জন্য বাড়ি আসবো",
     O, None, "bn", "family", True, []),
    ("ammu aj ki ranna korso? ami 8 tar moddhe bari ashbo",
     O, None, "bn-Latn", "family", False, []),
    ("Nanu's checkup went fine, doctor said just keep the sugar low and walk every morning",
     O, None, "en", "family", False, []),
    ("খালামনি, বিয়ের দাওয়াতে আসবা তো? শুক্রবার দুপুরে",
     O, None, "bn", "family", False, []),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev18.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, (text, label, cat, script, voice, hard, ents) in enumerate(ITEMS, 1):
            rec = {"id": f"dev18-{i:04d}", "text": text, "label": label, "category": cat,
                   "script": script, "voice": voice, "hard": hard, "entities": ents}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {out}")


if __name__ == "__main__":
    main()
