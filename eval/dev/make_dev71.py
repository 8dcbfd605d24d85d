#!/usr/bin/env python3
"""Blind dev set dev71: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a platform content moderator reviewing Facebook pages,
Telegram channels and job-site posts aimed at Bangladeshi jobseekers and the diaspora: seasonal farm and
hotel work in Portugal, Italy, Greece and Malta, fake Schengen work permits and 'sponsor letters', escort
and 'model' recruitment, sextortion of young men through video calls; ad copy, screenshot text, comments
and DMs, English-heavy with Banglish. Run from the repository root.
Held out from round 12 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev71.jsonl"
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


BTC1 = btc("dev71-btc-1")
TRON1 = tron("dev71-tron-1")
ETH1 = eth("dev71-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


BTC2 = btc("dev71-btc-2")
TRON2 = tron("dev71-tron-2")

# ---------------------------------------------------------------- flag items
# recruitment_deception (8: en 3, bn-Latn 3, bn 2)
F("recruitment_deception", "en",
  "🇵🇹🇵🇹 PORTUGAL SEASONAL WORK VISA 🇵🇹🇵🇹\nFarm / packing / greenhouse\n✅ Salary 1450€ + overtime\n✅ No IELTS no experience\n✅ NO embassy interview, NO VFS, we submit direct from Lisbon office\n✅ Work permit in hand in 25 days GUARANTEED\nLimited 20 seats only. Serious ppl knock WhatsApp 👉 wa.me/351924817365",
  [("whatsapp", "+351924817365")])
F("recruitment_deception", "en",
  "bro i need advice. agent showed me contract for Malta hotel housekeeping 1150 euro, 5 star. i land here and the guy at airport gives me new paper to sign, its for a car wash in Qormi, 4 euro per hour, says hotel job 'finished last week'. i signed because what else i do, i already paid everything",
  [])
F("recruitment_deception", "en",
  "Italy Nulla Osta + sponsor letter ready stock ✔️ Decreto flussi quota not needed, our lawyer in Napoli do it 'internal'. You dont need employer, we give company name. Just send passport scan + 2 photo in inbox. Visa stamping also we arrange 'setting' with contact. Telegram @italy_direct_visa24",
  [("telegram", "@italy_direct_visa24")])
F("recruitment_deception", "bn-Latn",
  "Greece e strawberry farm er kaj, visa lagbe na bhai 🙂 prothome Serbia te tourist visa e jaben, oikhane amader lok ase, 2 din por border par kore dibe, Greece e giye 1 mash er moddhe kagoj hoye jabe. Already 30 jon gese. Details jante imo te nok den 01846-209173",
  [("phone", "+8801846209173")])
F("recruitment_deception", "bn-Latn",
  "vai Malta r work permit letter ta ami Identity Malta r site e reference number diye check korlam, bole 'no application found'. Agent ke bollam, bole server update cholche 2 week por dekhbe. Ar ekhon bole je ticket er age aro ekta 'medical' lagbe. kichu bujhtesi na vai, letter er stamp ta o kemon jhapsha",
  [])
F("recruitment_deception", "bn-Latn",
  "Amake bolse Romania te furniture factory, 700 euro beton, 8 ghonta. Ekhon 3 mash hoye gelo Romania te kono factory nai, amader 11 jon ke Hungary border er kache ekta bari te rakhse, bole eikhan theke Italy te 'game' dite hobe, kaj oikhane hobe. Eita ki ar kono kaj holo",
  [])
F("recruitment_deception", "bn",
  "ইতালিতে রেস্টুরেন্ট ও হোটেলে লোক নেওয়া হবে 🇮🇹 বেতন ১৫০০ ইউরো, থাকা খাওয়া ফ্রি। কোনো ভাষা বা অভিজ্ঞতা লাগবে না। ভিজিট ভিসায় যাবেন, ওখানে গিয়ে আমাদের কোম্পানি কাগজ করে দিবে, ১০০% গ্যারান্টি। সিট সীমিত, আজই ইনবক্স করুন",
  [])
F("recruitment_deception", "bn",
  "ভাইয়া আমার ছেলেকে বলেছিল পোল্যান্ডের ওয়ার্ক পারমিট, কাগজ সব দেখাইছিল। ওখানে গিয়ে বুঝছে ভিসাটা আসলে একটা প্রাইভেট কলেজের স্টুডেন্ট ভিসা, কলেজে ভর্তিও করে নাই। এখন কাজ করলে অবৈধ, না করলে খাবে কি। দালাল ফোন ধরে না",
  [])

# fees_and_debt (8: en 3, bn-Latn 3, bn 2)
F("fees_and_debt", "en",
  "Portugal full package 11.5 lakh bhai, no hidden cost. 3 lakh now for file opening + 'embassy setting', 5 lakh after visa come, rest after you reach. Send only on my bkash personal 01735-628194, dont go to any office, office only make problem",
  [("phone", "+8801735628194")])
F("fees_and_debt", "en",
  "BOOKING MONEY 50,000 tk (non refundable) to confirm your Cyprus slot. If not paid by 10pm tonight slot goes to next candidate in waiting list. 7 already confirmed today. Dont waste my time asking 'guarantee' again and again",
  [])
F("fees_and_debt", "en",
  "now the boss says i owe him 4200 euro. flight, the 'lawyer' for papers, the room, the van to the fields. every month he keeps my whole salary and writes in his notebook, i never see the notebook. he says when the number is zero you can go. its 7 months and he says still 2900",
  [])
F("fees_and_debt", "bn-Latn",
  "Ammu bolse jomi ta bondhok rekhe dalal ke 6 lakh dise. Ekhon dalal bole Italy embassy te 'extra fee' lagbe aro 2.5 lakh, na dile file bondho. Abbu abar NGO theke kisti te loan nite jacche. Amar khub voy lagtese apu",
  [])
F("fees_and_debt", "bn-Latn",
  "Shon, ticket ar visar taka tor naam e loan hisebe lekha thakbe. Cyprus e giye protimash tor beton theke 350 euro kete rakhbo jotodin na shodh hoy. Eta niye pore jhamela korbi na, shob jayga te ei niyom",
  [])
F("fees_and_debt", "bn-Latn",
  "Malta aisi 5 mash, ekhon company bole residence card renew korte aro 2 lakh taka lagbe, na dile next month theke illegal. Dhaka te jeta dise oita nki shudhu 1 bochorer. Bari theke ar taka ana shombhob na vai",
  [])
F("fees_and_debt", "bn",
  "গ্রিসে আসার পর মালিক বলছে প্রতি মাসে থাকার জন্য ২০০ ইউরো আর কাগজ করার খরচ হিসেবে আরও ২০০ ইউরো বেতন থেকে কাটবে। হাতে থাকে ১৫০ ইউরো। দেশে কিস্তি দিতে হয় মাসে ১৮ হাজার টাকা",
  [])
F("fees_and_debt", "bn",
  "পাসপোর্ট ফেরত চাইলে বলে ৮০ হাজার টাকা দাও, এটা নাকি অফিসের খরচ। ফাইল বাতিল করেছি তবুও পাসপোর্ট দিচ্ছে না, বলে আগে টাকা বিকাশ করো ০১৯২৭-৫৫৩১০৮ নাম্বারে তারপর কুরিয়ারে পাঠাবে",
  [("phone", "+8801927553108")])

# payments_and_proceeds (7: en 3, bn-Latn 2, bn 2)
F("payments_and_proceeds", "en",
  "2nd instalment 70k send like this, NOT all in one number:\n25k bkash 01812-407356\n25k bkash 01676-913248\n20k nagad 01552-380641\nsend money not cash out. after send give screenshot here. dont write 'visa' or 'italy' in reference",
  [("phone", "+8801812407356"), ("phone", "+8801676913248"), ("phone", "+8801552380641")])
F("payments_and_proceeds", "en",
  "Schengen file processing fee 1200 USDT. TRC20 only 👉 " + TRON2 + "\nbank transfer not accepted for security reason. after payment send hash + passport first page. file start within 24h",
  [("tron_address", TRON2)])
F("payments_and_proceeds", "en",
  "boss today 3 bookings done, 2 girls. client paid by Nagad TxnID: 7KD93JQ2 and one cash. next time tell clients send on Shipon number not mine, my account already got 2 'suspicious' msg. girls share i give friday",
  [("mfs_transaction", "7KD93JQ2")])
F("payments_and_proceeds", "bn-Latn",
  "Tomader shobar beton er euro mash sheshe amar kache jama dibe. Ami amar lok diye hundi te desh e pathabo, bank er cheye rate valo. Amar 10% commission ar tomader loan er kisti kete baki ta barite jabe. Keu nijer moto bank e pathabe na",
  [])
F("payments_and_proceeds", "bn-Latn",
  "Boss 4 ta meyer aajker hisab: 38 hajar. Bkash e pathaisi 01759-264810 e, TrxID BHQ4T7N2XK. Baki cash ta Rubel bhai er kache. Meyeder hate kichu dei nai, apni jemon bolsen",
  [("phone", "+8801759264810"), ("mfs_transaction", "BHQ4T7N2XK")])
F("payments_and_proceeds", "bn",
  "পেজের বুস্টের টাকা দিয়ে দিছি ১৫ হাজার। এবার পর্তুগাল আর মাল্টার পোস্ট দুইটা ৭ দিন চালাও, টার্গেট সিলেট, কুমিল্লা, নোয়াখালী, বয়স ১৮-৩০। যারা নক দিবে প্রথমেই ফাইল ওপেনিং ১০ হাজার নিবা, ফেরত দেওয়ার কথা বলবা না",
  [])
F("payments_and_proceeds", "bn",
  "ছেলেদের ব্যাংক কার্ড আর পিন সব আমার কাছে। মাস শেষে বেতন ঢুকলে আমি এটিএম থেকে তুলি, এজেন্টের মাধ্যমে দেশে পাঠাই। ওদের হাতে সপ্তাহে ৩০ ইউরো দেই খাওয়ার জন্য, বেশি দিলে পালায়",
  [])

# isolation_and_control (7: en 3, bn-Latn 2, bn 2)
F("isolation_and_control", "en",
  "they collected all our phones first day at the farm 'company rule'. sunday we get it 10 min to call home and the supervisor stand right there listening. if you say anything bad he take it back. this msg i write from a friend phone in toilet pls dont call this number",
  [])
F("isolation_and_control", "en",
  "Dont tell your family which country until you land, tell them Dubai. At airport give me your passport, company will keep all documents for safety, you will get residence card copy only. Delete this chat after you read.",
  [])
F("isolation_and_control", "en",
  "We stay in the greenhouse camp near Manolada, no bus, town is 20 km. Boss drives us to the shop once a month and waits outside. He says police catching Bangladeshi on the road so better never go out alone. We didnt go anywhere since March",
  [])
F("isolation_and_control", "bn-Latn",
  "bhai ami ekhon ekta basha te atke asi, bahir theke tala dey, kaj er shomoy gari kore niye jay abar niye ashe. passport residence card shob boss er kache. ami je ei msg dilam keu jeno na jane",
  [])
F("isolation_and_control", "bn-Latn",
  "Notun 6 jon ke hotel er pichoner store room e rakhbi. Dorja bahir theke lock thakbe, khabar tui diye ashbi. Karo phone thakle niye nibi, SIM o. Karo sathe local lok er kotha bolte dibi na",
  [])
F("isolation_and_control", "bn",
  "বাড়িতে ফোন দিলে বলবি সব ঠিক আছে, বেতন পাচ্ছিস, ভালো আছিস। বেশি কথা বলবি না। তোর কল আমি স্পিকারে শুনব। ম্যানেজারের নাম বা জায়গার নাম কাউকে বলবি না",
  [])
F("isolation_and_control", "bn",
  "আমার পাসপোর্ট আর রেসিডেন্স কার্ড ম্যানেজার নিজের লকারে রেখে দিছে। চাইলে বলে তোর কি দরকার, হারাই ফেলবি। ক্যাম্প থেকে বের হতে হলে তার অনুমতি লাগে, গেটে লোক থাকে",
  [])

# labour_exploitation (7: en 2, bn-Latn 3, bn 2)
F("labour_exploitation", "en",
  "Malta hotel update: i clean 38-40 rooms per day, no break. they pay 2.50 per hour cash, no payslip no contract copy. 3rd month salary still 'next week'. when we ask the manager say if you dont like there are 100 boys waiting in Bangladesh",
  [])
F("labour_exploitation", "en",
  "(voice note) bhai ami bolchi... this is not job bro this is jail. 6 morning to 11 night in the kitchen, sick also you have to work. yesterday Rakib had fever, manager says no work no food. one day off in 2 months. I want to go back but they dont give the 4 months salary",
  [])
F("labour_exploitation", "bn-Latn",
  "Sicily te tomato kheti te roj 13-14 ghonta kaj kori, shukrobar o off nai. Beton 3 mash dhore dey na, bole harvest shesh hole ekbare dibe. Khabar nijer kine khaite hoy, taka nai tai bhat ar alu",
  [])
F("labour_exploitation", "bn-Latn",
  "kaj chharte chaile boss bole 'jao, kintu passport ar 2 mash er beton pabe na'. onno farm e gele o kaj dibe na karon sobai chine. ekhane thakleo mori, gele o mori",
  [])
F("labour_exploitation", "bn-Latn",
  "payslip e lekha 1200 euro, hate dey 480. baki ta bole house rent, transport, 'tax', uniform. 6 jon ek room e thaki, 1 ta bathroom. overtime er kono hisab nai",
  [])
F("labour_exploitation", "bn",
  "দিনে একবার খাবার দেয়, রাতে। ১২ জন একটা কন্টেইনারে ঘুমাই, গরমে ঘুম আসে না। তিন মাসের বেতন আটকে রেখেছে, বলে ভিসা রিনিউ হলে দিবে",
  [])
F("labour_exploitation", "bn",
  "মেশিনে হাত কেটে গেছে পাঁচ দিন আগে, তবুও ডাক্তারের কাছে নেয় নাই, বলে হাসপাতালে গেলে পুলিশ কাগজ চাইবে। ব্যান্ডেজ বেঁধে প্যাকিংয়ে কাজ করতেছি, ছুটি চাইলে দিনের টাকা কাটে",
  [])

# threats_and_coercion (8: en 3, bn-Latn 3, bn 2)
F("threats_and_coercion", "en",
  "I have recorded full video call bro 😈 your face clear. You have 1 hour. Send 15000 tk bkash 01968-721504 or this video go to your mother, your sister and your office group. I already saved your friend list. Dont block or I post first",
  [("phone", "+8801968721504")])
F("threats_and_coercion", "en",
  "If you leave the farm I call AIMA myself and say you are illegal, they deport you in 1 week and your 9 lakh is finished. Your papers are with me, nobody will hire you without them. Think about your family then do what you want",
  [])
F("threats_and_coercion", "en",
  "they told me if my family dont send 5 lakh by friday they will sell me to another group going to the sea. yesterday they took 2 boys from our room and didnt come back. please brother call my abba 01721-846035 tell him to arrange",
  [("phone", "+8801721846035")])
F("threats_and_coercion", "bn-Latn",
  "tor video ta tor ammu ar boner inbox e pathabo, ar tor college er group e. 20 hajar de nagad e 01643-918207 ekhon, ar kono kotha na. 30 min time",
  [("phone", "+8801643918207")])
F("threats_and_coercion", "bn-Latn",
  "kalke Sohel bhai ke boss lathi diye marse karon beton chaise. shobar shamne bolse je beshi kotha bolbe tar o ei obostha hobe, ar lash o desh e jabe na. ekhon keu kichu bole na",
  [])
F("threats_and_coercion", "bn-Latn",
  "police e dhoraya dibo bujhli? tor to kono kagoj nai, Greece er jail e pochbi. chup chap kaj kor, ar kono din beton er kotha bolbi na",
  [])
F("threats_and_coercion", "bn",
  "দেশে তোর বাপ-মার ঠিকানা আমার কাছে আছে। কুমিল্লায় আমার লোক আছে। বাকি টাকা মাসের মধ্যে না দিলে বুঝবি কি হয়, তোর ছোট ভাইটা তো স্কুলে যায় না?",
  [])
F("threats_and_coercion", "bn",
  "তোমার ভিডিও আমার কাছে সেভ আছে। ২৪ ঘণ্টার মধ্যে ৩০০ ডলার না পাঠালে ফেসবুকে তোমার সব ফ্রেন্ডকে ট্যাগ করে ছেড়ে দিব। বিটকয়েনে পাঠাও " + BTC2 + " পুলিশে গেলে আগে তোমার পরিবার দেখবে",
  [("btc_address", BTC2)])

# sexual_exploitation (8: en 3, bn-Latn 3, bn 2)
F("sexual_exploitation", "en",
  "✨ HOSTESS / MODEL job Cyprus & Dubai ✨ girls 18-25 only, fair, slim, open minded 💋 salary 3000$ + tips, visa ticket room free. No shy girls. Full body pics in DM to @glam.hostess.agency — interview on video call only",
  [("instagram", "@glam.hostess.agency")])
F("sexual_exploitation", "en",
  "Bangladeshi 🇧🇩 & Nepali girls new in Athens 🌹 real pics 100% genuine, incall/outcall, hotel ok. booking only through manager, girls dont hold phone. telegram @athens_desi_vip",
  [("telegram", "@athens_desi_vip")])
F("sexual_exploitation", "en",
  "he kept my passport after Athens airport, said the ticket and hotel cost 6000 euro and i have to 'entertain' his friends to pay. now its every night 4-5 men in that flat. he takes all money, i dont even know the address",
  [])
F("sexual_exploitation", "bn-Latn",
  "meye take bolsi spa te receptionist er kaj. oikhane giye bujhbe massage er sathe 'extra' o korte hobe. prothom 2-3 din kannakati korbe, pore thik hoye jabe, passport to amader kache i thakbe",
  [])
F("sexual_exploitation", "bn-Latn",
  "Boss amar kache ekhon 4 ta meye ache, 2 ta Bangali 2 ta Indian, Lisbon er moddhe hotel e pathate pari. rate inbox e. shudhu amar sathe deal, meyeder sathe direct kotha bolben na",
  [])
F("sexual_exploitation", "bn-Latn",
  "online job meyeder jonno, ghore boshe 50k/month 💸 account amra handle kori, tumi shudhu rate e camera on kore 'show' korba. 70% agency er. prothom mash e ID card ar contract amar kache jama rakhte hobe. DM @cam.work.bd",
  [("instagram", "@cam.work.bd")])
F("sexual_exploitation", "bn",
  "ক্লাবে ডান্সার হিসেবে নিয়েছে বলছিল, এখন রাতে কাস্টমারদের সাথে বসতে হয়, ড্রিংক বিক্রি করাতে হয়। কাস্টমার রুমে নিতে চাইলে না বলা যায় না, ম্যানেজার টাকা আগেই নিয়ে নেয়",
  [])
F("sexual_exploitation", "bn",
  "ভিডিও কলে কাপড় খুলতে বাধ্য করে, না করলে মারে। সেই ভিডিও রেকর্ড করে বিদেশি সাইটে বিক্রি করে। আমরা ৫ জন মেয়ে একটা ফ্ল্যাটে, বাইরে যাইতে দেয় না",
  [])

# minors (7: en 2, bn-Latn 3, bn 2)
F("minors", "en",
  "need 2-3 small boys 13-15 for restaurant in Malta, dishwashing and cleaning. good for them, they learn. passport we make with age 18, no problem in airport we have contact. parents get 20k advance",
  [])
F("minors", "en",
  "new fresh college girl 16 🍒 first time in Dhaka hotel, very shy, only for VIP clients. advance payment only. whatsapp wa.me/8801785320946",
  [("whatsapp", "+8801785320946")])
F("minors", "bn-Latn",
  "School er pola dorkar 14-16 bochor, Italy te restaurant er kaj. Minor hole Italy deport kore na, camp e rakhe tarpor kagoj dey, tarpor amader lok er kache kaj korbe. Family ke bolben 4 lakh, baki ta pore beton theke",
  [])
F("minors", "bn-Latn",
  "apu ami class 9 e pori. ekta meye insta te video call dise, ami boka moto ja bolse korsi 😭 ekhon bolse 10 hajar na dile amar abbu ar school er group e video dibe. ami kake bolbo",
  [])
F("minors", "bn-Latn",
  "Insta te ekta 'model agency' amar 15 bochorer bon ke DM korse, photoshoot er jonno Gulshan er hotel e ekla ashte bolse, bolse baba ma ke bolar dorkar nai, surprise rakhte. ID o chaise na",
  [])
F("minors", "bn",
  "মেয়ের বয়স ১৫, কোনো সমস্যা নাই। জন্ম নিবন্ধনে বয়স বাড়িয়ে ২১ করে পাসপোর্ট করে দিব। দুবাইয়ে বাসার কাজ, পরে ইউরোপ। কেউ বুঝবে না, আগেও অনেক পাঠাইছি",
  [])
F("minors", "bn",
  "১৬ বছরের মেয়েটাকে ইতালি প্রবাসী ৪৫ বছরের লোকের সাথে বিয়ে দিয়ে পাঠাবে। লোকটা বলছে বিয়ের পর ওখানে তার দোকানে আর বাসায় কাজ করবে, পড়াশোনা লাগবে না। মেয়ের বাবা ২ লাখ টাকা নিছে",
  [])

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "en",
  "Dhaka, Nov 14: RAB-3 arrested three members of a trafficking ring who lured young men with promises of restaurant jobs in Italy and took Tk 8-12 lakh each. Victims were held in Libya and their families were asked for ransom, RAB said at a briefing in Karwan Bazar.",
  [])
N("news", "bn",
  "ইউরোপে পাঠানোর প্রলোভন দেখিয়ে টাকা আত্মসাৎ, মানব পাচার চক্রের ২ সদস্য গ্রেপ্তার। সিআইডি জানায়, চক্রটি ফেসবুকে পর্তুগাল ও মাল্টার ভুয়া ওয়ার্ক পারমিটের বিজ্ঞাপন দিত এবং বিকাশে অগ্রিম টাকা নিত।",
  [])
N("news", "en",
  "Portugal ends 'manifestação de interesse' route; Bangladeshi community leaders in Lisbon say thousands of workers already in the queue fear losing their chance at residence. AIMA says pending cases will be processed.",
  [])
N("news", "bn-Latn",
  "Breaking: Greece-Bangladesh seasonal worker MoU onujayi prothom 500 jon krishi shromik February te jabe. BMET bolse kono dalal ba agent ke taka dite hobe na, employer visa o ticket er khoroch dibe.",
  [])
N("news", "en",
  "Sextortion complaints against young men up sharply, says police cyber unit: 'Most victims are 18-25, met the woman on Facebook, were recorded on video call and then asked for money on bKash.' Police urged victims not to pay and to report.",
  [])
N("news", "bn",
  "মাল্টায় সড়ক দুর্ঘটনায় নোয়াখালীর যুবকের মৃত্যু। তিনি দুই বছর ধরে একটি হোটেলে কাজ করতেন। লাশ দেশে আনতে প্রবাসী কল্যাণ বোর্ডের সহায়তা চেয়েছে পরিবার।",
  [])

# awareness (6)
N("awareness", "en",
  "⚠️ FORWARDED AS RECEIVED ⚠️ Any page promising Portugal/Malta work visa in 30 days 'without embassy' is FAKE. Schengen visa is decided only by the embassy. Never pay advance to a personal bKash number. Ask for RL number and check on BMET site. Share to save a brother 🙏",
  [])
N("awareness", "bn",
  "সতর্ক থাকুন! অপরিচিত সুন্দরী মেয়ের ভিডিও কল ধরবেন না। কল রেকর্ড করে পরে টাকা চায়, না দিলে ভিডিও ছড়িয়ে দেওয়ার হুমকি দেয়। এমন হলে টাকা দিবেন না, ব্লক করে সাইবার পুলিশকে জানান। লজ্জার কিছু নাই।",
  [])
N("awareness", "bn-Latn",
  "Bhai ra Romania/Serbia hoye Italy jawar kotha keu bolle shune rakhen, amar mama 7 lakh dise 2 bochor age, kono kaj hoy nai, ajo mamla cholche. Romania er visa Delhi embassy theke hoy, nijer file nije track koren. Dalal er kotha e jomi bikri koren na.",
  [])
N("awareness", "en",
  "Admin note: we removed 14 posts this week offering 'sponsor letters' and 'nulla osta ready stock' for Italy. These cannot be bought. If anyone DMs you asking money for this, screenshot and report here. Group rule: no visa selling.",
  [])
N("awareness", "bn",
  "বোনেরা, বিদেশে মডেলিং, হোস্টেস বা বিউটি পার্লারের চাকরির বিজ্ঞাপন দেখলে আগে যাচাই করুন। পাসপোর্ট কারো হাতে দিবেন না, পরিবারকে জানিয়ে রাখুন। সন্দেহ হলে স্থানীয় মহিলা বিষয়ক অফিসে যোগাযোগ করুন।",
  [])
N("awareness", "en",
  "Parents, talk to your teens. If someone online offers your son or daughter a 'modelling shoot' or asks for private photos, that is a red flag. Keep their phones in common rooms at night, know their friends. Forward this to your family group.",
  [])

# official (6)
N("official", "en",
  "Shapla Overseas Ltd (RL-1187), govt approved recruiting agency. Malta: hotel housekeeping 20 posts, female/male 21-40, salary €1,020 + accommodation as per contract. Visa & air ticket paid by employer. Migration cost as per govt circular only, paid at our office against money receipt. BMET registration & smart card mandatory. No payment to any individual or bKash.",
  [])
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: গ্রিসে মৌসুমি কৃষি শ্রমিক পাঠানোর জন্য আগ্রহী প্রার্থীদের আমি প্রবাসী অ্যাপে নিবন্ধন করতে বলা হচ্ছে। কোনো দালাল বা ব্যক্তির কাছে টাকা বা পাসপোর্ট জমা দিবেন না। নির্বাচিত প্রার্থীদের তালিকা বিএমইটির ওয়েবসাইটে প্রকাশ করা হবে।",
  [])
N("official", "en",
  "Embassy of Italy Dhaka - notice: Work visas are issued only on the basis of a nulla osta issued by the Sportello Unico per l'Immigrazione. The Embassy does not work with intermediaries. VFS appointment booking is free of charge; applicants should report anyone selling appointments.",
  [])
N("official", "bn-Latn",
  "Assalamualaikum, Shapla Overseas theke bolchi. Apnar passport no A05918273 amader Malta file e registered hoyeche. Medical er date 22 tarikh, Mohakhali. Kono taka kauke diben na, shudhu office e receipt niye jama diben. Passport apnar kache i thakbe.",
  [("bd_passport", "A05918273")])
N("official", "en",
  "BMET notice: Smart cards for workers departing to Portugal under employer demand ref. 2026/PT/044 are ready. Collect from BMET Kakrail with original passport and pre-departure training certificate. Carry your NID: 19926917438025561 must match passport data.",
  [("bd_nid", "19926917438025561")])
N("official", "en",
  "Consulate of Portugal - Visa section: Passports listed below are ready for collection at VFS Gulshan from Sunday, 10:00-14:00. Bring the receipt. Ref: BW0827341, BX1190456, EB0347712. Passports not collected in 30 days will be returned to the applicant's address by courier.",
  [("bd_passport", "BW0827341"), ("bd_passport", "BX1190456"), ("bd_passport", "EB0347712")])

# receipt (6)
N("receipt", "en",
  "You have sent Tk 25,000.00 to 01712906344. Ref passport. Fee Tk 0.00. Balance Tk 3,412.50. TrxID BFK7Q2M9XA at 12/11/2026 14:02",
  [("phone", "+8801712906344"), ("mfs_transaction", "BFK7Q2M9XA")])
N("receipt", "en",
  "Money Received. Amount: Tk 15000.00 Sender: 01853217690 Ref: VFS fee bhaiya TxnID: 71QX8PLA Balance: Tk 15412.25 20/11/2026 09:41",
  [("phone", "+8801853217690"), ("mfs_transaction", "71QX8PLA")])
N("receipt", "en",
  "Dear Customer, inward foreign remittance EUR 400.00 (BDT 52,180.00 incl. 2.5% govt incentive) from MD S HOSSAIN, Lisbon PT credited to your A/C ***4521 on 01-12-2026. - Sonali Bank",
  [])
N("receipt", "en",
  "Cash-In Tk 8,000.00 from A/C: ***7265 to your account successful. Fee: Tk 0.00. Balance: Tk 8,120.40. TxnId: 4829301746 Date: 03-DEC-26 11:15 am. DBBL Rocket",
  [("mfs_transaction", "4829301746")])
N("receipt", "en",
  "Payment of Tk 3,650.00 to BMET (Emigration clearance & welfare fee) is successful. Fee Tk 0.00. Balance Tk 1,208.10. TrxID CJA5R2W8ZN at 28/11/2026 16:30",
  [("mfs_transaction", "CJA5R2W8ZN")])
N("receipt", "bn",
  "আপনার বিকাশ অ্যাকাউন্টে ৳৯,৫০০.০০ ক্যাশ ইন হয়েছে ০১৯১৫৪০৭৭২৩ এজেন্ট থেকে। ফি ৳০.০০। ব্যালেন্স ৳৯,৬১২.৩০। TrxID BKL3Y9D6QT সময় ০৫/১২/২০২৬ ১৯:০৪",
  [("phone", "+8801915407723"), ("mfs_transaction", "BKL3Y9D6QT")])

# family (6)
N("family", "bn-Latn",
  "Abbu passport renew er 5750 taka bkash korlam tomar 01744-286519 number e, ekhon e DIP er website e payment ta dio, kalke Agargaon jabe. Receipt er screenshot group e dilam",
  [("phone", "+8801744286519")])
N("family", "bn",
  "রুমার বিয়ের কথা চলছে, ছেলে পর্তুগালে ৮ বছর ধরে আছে, সিটিজেনশিপ পাইছে। ছেলের বাবা মায়ের সাথে আমাদের পুরান চেনা। রুমা মাস্টার্স শেষ করবে আগে, তারপর ফ্যামিলি রিইউনিফিকেশনে কাগজ করে নিয়ে যাবে। রুমা নিজেও রাজি।",
  [])
N("family", "bn-Latn",
  "Ammu Italy te shob thik ache, aj beton paisi, overtime shoho. 1.5 lakh pathalam bank e, Rupali te giye tule nio. Abbur oshudh ar Nila r school er fee age dio. Ar amar jonno chinta koiro na",
  [])
N("family", "bn",
  "ছোট ভাইয়ের পাসপোর্টের জন্য অনলাইন জন্ম নিবন্ধন লাগবে আর আব্বুর জাতীয় পরিচয়পত্র। আব্বুর NID: ৮৬৫৪২১৭৩৯০। ফর্মে ভুল করিস না, আগেরবার নামের বানান ভুল ছিল।",
  [("bd_nid", "8654217390")])
N("family", "bn-Latn",
  "Apu tor passport ta ami almari te tala diye rakhsi, tui to shob harai felish 😒 Lisbon jawar age ferot nish. Ar visa r file er folder ta o oikhane",
  [])
N("family", "en",
  "Bhaiya the Probashi Kallyan Bank loan is approved, 1.5 lakh at 4% for my Malta migration cost. Monthly kisti 6,800 starting 3 months after I join. Agency is RL licensed, I checked on BMET site. Don't sell the cow, ok?",
  [])

# worker_content (6)
N("worker_content", "en",
  "2nd season in Portugal 🍓 berries in Odemira. Contract 9 months, 8 hrs, overtime paid at 1.25x, room shared with 3 bhai. Boss is strict but salary comes on 5th every month. Alhamdulillah paid off my loan this year 🤲",
  [])
N("worker_content", "bn-Latn",
  "Malta te hotel e housekeeping kori 1 bochor. Season e kaj beshi, roj 2-3 ghonta overtime, but overtime er taka payslip e thik moto ashe. Boss bole winter e kom ghonta hobe. Shudhu thanda ar bhat er dam beshi 😅",
  [])
N("worker_content", "bn",
  "গ্রিসে আসলাম ৩ মাস হলো। মালিক ভালো, কাগজপত্র সব ঠিক করে দিছে, পাসপোর্ট আমার কাছেই। থাকার জায়গা একটু ছোট, ৪ জন এক রুমে। বেতন মাসের শেষে ব্যাংকে আসে। কমলার সিজন শেষ হলে অলিভে কাজ।",
  [])
N("worker_content", "en",
  "Day in my life as kitchen porter in Rome 🇮🇹 wake 9, shift 11-3 and 6-10, split shift is tiring ngl 😩 chef shouts a lot but pays overtime. Sunday off = biryani + football with the boys at Centocelle",
  [])
N("worker_content", "bn-Latn",
  "Aj boss passport ar permesso chaise copy korar jonno, questura te renewal er file jabe. Copy kore 10 min e ferot dise. Ei company te eita normal, bhoy paisilam prothome 😂",
  [])
N("worker_content", "en",
  "Finally got my permesso di soggiorno after 11 months waiting 🥹 questura appointments are a nightmare. Now I can visit home in Eid. Salary is low for Milan honestly and rent is killing me but at least everything is legal.",
  [])

# joke (6)
N("joke", "bn-Latn",
  "amar boss amake atke rakhse, beton o dey na thik moto, ghumaite o dey na... ami kon desh e? Motijheel er office e, month end closing 🤡😭",
  [])
N("joke", "en",
  "my ammu took my phone and my laptop till HSC finishes. no contact with outside world, one meal of tea per day. if i dont reply, know that i have been trafficked by my own mother 😭😂",
  [])
N("joke", "bn",
  "বউ আমার পাসপোর্ট লুকাইয়া রাখছে যাতে আবার ইতালি না যাই 🤣 বলে সংসার করো আগে, ইউরোপের স্বপ্ন পরে। ভাইরা পাসপোর্ট উদ্ধারে সহায়তা চাই",
  [])
N("joke", "en",
  "Dalal: I will send you to Europe bro guaranteed\nMe after 6 months: standing in Sylhet tea garden taking selfie 'Switzerland vibes' 🏔️😂",
  [])
N("joke", "bn-Latn",
  "biyer por theke ami sold out bhai, shoshur bari te bikri hoye gesi 😂 beton bou er bkash e jay, ami pocket money pai",
  [])
N("joke", "en",
  "'Sugar daddy wanted, will send bkash for tuition' - my cousin's FB bio for 3 days before khalu saw it 💀💀 family group is on fire",
  [])

# chatter (6)
N("chatter", "en",
  "Q: how much total cost for portugal work visa bhai? agent saying 10 lakh\nA: bhai if you have real job offer, visa fee is 90 euro + VFS charge only. employer does the paperwork. 10 lakh means dalal, stay away",
  [])
N("chatter", "bn-Latn",
  "Keu ki Malta te hotel housekeeping e kaj kortesen? CV te ki ki dibo, English kotota lagbe? Agency RL number diye check korsi, valid. Interview next week 🤞",
  [])
N("chatter", "bn",
  "ইতালির ওয়ার্ক ভিসার ভিএফএস অ্যাপয়েন্টমেন্ট পেতে কতদিন লাগে কেউ জানেন? নুলা অস্তা হাতে পাইছি গত সপ্তাহে, মালিক বলছে যত তাড়াতাড়ি সম্ভব আসতে।",
  [])
N("chatter", "en",
  "girls any good parlour in Lisbon for bridal makeup? my sister's wedding in Martim Moniz hall next month, need someone who does desi style. DM me or email rumana.lisbon@gmail.com",
  [("email", "rumana.lisbon@gmail.com")])
N("chatter", "bn-Latn",
  "Amar choto bon model hote chay, Dhanmondi te ekta studio te portfolio shoot korbo, ami sathe jabo. Keu trusted photographer suggest koren, insta @nila.frames eder kaj kemon?",
  [("instagram", "@nila.frames")])
N("chatter", "en",
  "does anyone know if the Greek seasonal visa lets you change employer? my uncle's farm is in Kiato but my contract is with a farm in Nafplio. dont want any problem with the police or my papers",
  [])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "Bhai kalke khela kokhon? Bangladesh vs Zimbabwe, Mirpur e jabo ticket pele 🏏", [], hard=False)
N("family", "bn", "আম্মু আজকে রাতে কি রান্না করবা? খিচুড়ি আর ডিম ভাজি হলে ভালো হয়, বৃষ্টি হচ্ছে", [], hard=False)
N("chatter", "en", "Anyone selling a second hand bicycle in Dhanmondi? budget 8k max", [], hard=False)
N("worker_content", "en", "Lisbon weather today is crazy, rain and sun every 10 minutes ☔☀️", [], hard=False)
N("joke", "bn-Latn", "mosha amar rokto khaite khaite mota hoye gese, ekhon mosha amake khay na, ami moshar GF 😂", [], hard=False)
N("family", "en", "Happy birthday Nanu ❤️ may Allah give you long life, miss your pitha so much", [], hard=False)
N("chatter", "bn", "কেউ কি জানেন নিউমার্কেটে ভালো ঈদের পাঞ্জাবি কোথায় পাওয়া যায়? বাজেট ২০০০ এর মধ্যে", [], hard=False)
N("news", "en", "Rain likely in Chattogram and Sylhet divisions tomorrow, temperature may fall by 2-3 degrees, says Met office.", [], hard=False)
N("chatter", "bn-Latn", "keu ki HSC er physics 2nd paper er suggestion diye help korte parben? kal porikkha 😭", [], hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না। ফুলের টব ও ডাবের খোসা পরিষ্কার রাখুন।", [], hard=False)
N("family", "bn-Latn", "Apu tor jonno Italy theke chocolate ar perfume pathaisi, Rony bhai next week desh e ashtese, or kach theke nish", [], hard=False)
N("chatter", "en", "recipe anyone? my mom's shorshe ilish never tastes the same when I make it here in Milan 😩 which mustard do you use", [], hard=False)


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
    random.Random(71).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev71-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
