#!/usr/bin/env python3
"""Blind dev set dev79: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: CID digital-forensics examiner reading phones of Bangladeshis trafficked into Myanmar, Cambodia and Laos scam compounds and Dubai visit-visa job lures (IT/customer-service jobs, passports taken at the border, USDT ransoms, resale between compounds, quotas and beatings; English and Banglish chats with recruiters and families). Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev79.jsonl"
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


BTC1 = btc("dev79-btc-1")
TRON1 = tron("dev79-tron-1")
ETH1 = eth("dev79-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


TRON2 = tron("dev79-tron-2")

# ---------------------------------------------------------------- flag items
# recruitment_deception (8): bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn-Latn",
  "Bhai Thailand e online customer service er job ase, beton 1200 USD + bonus. typing jante holei hobe, experience lagbe na. ticket hotel khawa sob company dibe. visit visa te jaben, pore okhane work permit kore dibe. interested hole WhatsApp e knock den +66 81 234 5678",
  [("phone", "+66812345678")])
F("recruitment_deception", "en",
  "they told me data entry in Bangkok. after airport the car drive 8 hours, then we cross river in small boat at night. now i am in myawaddy. this is not company bro this is scam office, everybody here chinese boss",
  [])
F("recruitment_deception", "bn",
  "ভাই দুবাই ভিজিট ভিসায় যাবেন, এয়ারপোর্ট থেকে কোম্পানির লোক রিসিভ করবে। ওখানে গিয়া সেলসম্যানের কাজ, মাসে ২৫০০ দিরহাম। ভিসা ৩ মাসের, পরে কোম্পানি কাজের ভিসা লাগায় দিবে চিন্তা নাই, আমার অনেক লোক এভাবেই গেছে",
  [])
F("recruitment_deception", "bn-Latn",
  "ami to IT job er jonno aschilam, bolse graphics design er kaj. ekhane eshe dekhi fb te meyer fake id khulte hoy r america er buro manush der sathe prem er kotha bole crypto te taka dhukaite hoy. agent bhai ke phone dile ekhon r dhore na",
  [])
F("recruitment_deception", "bn",
  "🔥জরুরী ভিত্তিতে🔥 থাইল্যান্ডে কাস্টমার সাপোর্ট পদে ২০ জন লোক নেওয়া হবে। শুধু বাংলা আর হালকা ইংরেজি জানলেই চলবে। বেতন ১,২০,০০০ টাকা+কমিশন। বিমান টিকিট ফ্রি, থাকা খাওয়া ফ্রি। বিএমইটি কার্ড লাগবে না, ট্যুরিস্ট ভিসায় পাঠানো হবে। যোগাযোগ ইমো ০১৮৪৫-৬৭২৯১৩",
  [("phone", "+8801845672913")])
F("recruitment_deception", "en",
  "Hi dear, job is in Sihanoukville Cambodia, chinese company, marketing & customer service. Only need fast typing and basic english, salary 1000-1500$ + commission, free food free room. No need BMET no need work permit, we arrange everything after arrival. Send CV and passport photo to hrteam.kh88@gmail.com or telegram @hr_lily_kh88",
  [("email", "hrteam.kh88@gmail.com"), ("telegram", "@hr_lily_kh88")])
F("recruitment_deception", "bn-Latn",
  "[voice message 0:47] amma amake bolse hotel e receptionist er kaj... laos e aisha dekhi sob china lok, computer e boshaye dise, bole manush ke fake investment app e taka lagaite hobe. ami bujhtesi na amma eta ki kaj, hotel to nai kono",
  [])
F("recruitment_deception", "bn",
  "ভাইয়া আপনি না বলছিলেন সিঙ্গাপুরের কাজের ভিসা? এখানে এসে দেখি কম্বোডিয়ার বাভেত, পাসপোর্টে কোনো ওয়ার্ক ভিসা নাই শুধু অন অ্যারাইভাল সিল। এখন বলতেছে এখানেই কাজ করতে হবে, সিঙ্গাপুর পরে",
  [])

# fees_and_debt (7): bn 2, bn-Latn 3, en 2
F("fees_and_debt", "bn-Latn",
  "company bolse amar ticket visa hotel sob mile khoroch 4500 dollar, eta shodh na hoile salary pabo na. protimash 300 dollar kete rakhbe. hisab korle 15 mash lagbe bhai, ar ora protidin notun khoroch jog kore",
  [])
F("fees_and_debt", "en",
  "Manager say if u want leave u must pay compensation 5000 USDT for break contract. otherwise work until target finish and debt clear. I have nothing here brother, how i pay",
  [])
F("fees_and_debt", "bn",
  "দুবাই আসার পর দালাল বলে এখন আরও ১ লাখ ২০ হাজার টাকা দেওয়া লাগবে, নাইলে কাজও হবে না ভিসাও হবে না। বাড়িতে বলছি গরুটা বেইচা পাঠাইতে, আর কোনো রাস্তা নাই",
  [])
F("fees_and_debt", "bn-Latn",
  "mama 3 lakh to diyechi jomi bondhok rekhe, ekhon bolche aro 80 hajar lagbe medical r card er jonno, na dile flight hobe na. personal bkash e dite bolse 01937-458216, sathe NID no 19952694567812345 r passport er copy",
  [("phone", "+8801937458216"), ("bd_nid", "19952694567812345")])
F("fees_and_debt", "en",
  "every small thing they add to my debt. late 5 min = 50$, sleep on desk = 200$, no client this week = 500$. now they say i owe 7800$ and i cannot go anywhere until i pay it back",
  [])
F("fees_and_debt", "bn",
  "ভাই আমার থাকা খাওয়ার টাকা, ফোনের রিচার্জ, এমনকি খাবার পানির টাকাও বেতন থেকে কাটে। ৩ মাস কাজ কইরা হাতে পাইছি ৪০ ডলার। বলে তোরে আগের কোম্পানি থেকে আনতে ৬০০০ ডলার খরচ হইছে, ওইটা আগে উঠা",
  [])
F("fees_and_debt", "bn-Latn",
  "Cambodia package 2 lakh 50 hajar. 1 lakh advance ekhon, baki ta okhane salary theke kete nibe 4 mash e. advance ta aj raat er moddhe na pathaile seat thakbe na bhai, aro 6 jon wait e ase",
  [])

# payments_and_proceeds (7): bn 2, bn-Latn 2, en 3
F("payments_and_proceeds", "en",
  f"Your son is with us. He break company rule and lose money. To release him send 4000 USDT TRC20 to this wallet {TRON1} within 3 days. After payment we send him to border. Dont inform police or embassy",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Apa taka ta 3 ta number e bhag kore pathan, ek number e 25 hajar er beshi diben na. 01715-238490 bkash, 01827-664019 nagad, 01609-551287 rocket. pathaye screenshot diben TrxID shoho, ami boss ke forward korbo",
  [("phone", "+8801715238490"), ("phone", "+8801827664019"), ("phone", "+8801609551287")])
F("payments_and_proceeds", "bn",
  "দুবাই থেকে যে টাকা আসবে ওইটা ব্যাংকে তুলবেন না। আমাদের এজেন্ট বাসায় গিয়া ক্যাশ দিয়া আসবে, রেট ব্যাংকের চেয়ে ৩ টাকা বেশি। আপনার ছেলের ভিসার বাকি টাকা ওইখান থেকেই কাইটা রাখমু, হিসাব ক্লিয়ার",
  [])
F("payments_and_proceeds", "en",
  f"boss say from today all customer money go to new wallet {ETH1}, old binance acc is frozen. split it through 3 exchange before cashout, and dont use the team phone for this",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "bn-Latn",
  "bhaiya ora bolse 3 lakh 80 hajar dile chele ke chere dibe. prothome 1 lakh bkash e pathaisi TrxID BHK7Q2M9XA, ekhon bolse baki ta USDT te dite hobe, ami to USDT ki jinish jani na",
  [("mfs_transaction", "BHK7Q2M9XA")])
F("payments_and_proceeds", "en",
  f"Sir 5 boys ready for Myawaddy, all age 20-25, good typing. your cut 800$ per head after they reach KK park, company pay in USDT. last batch i paid to {BTC1} ok? tell me if wallet change",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "bn",
  "আপনার ছেলেরে ফেরত আনতে বর্ডারের লোকরে ২০০০ ডলার দিতে হবে। টাকা নগদে পাঠান ০১৫৫৮-৩২৯৭৪৬ নম্বরে, রেফারেন্সে লিখবেন 'ব্যবসা'। পাঠাইয়া TxnID টা এই নাম্বারে দিবেন, অন্য কাউরে জানাবেন না",
  [("phone", "+8801558329746")])

# isolation_and_control (8): bn 3, bn-Latn 3, en 2
F("isolation_and_control", "en",
  "they took all phones first day. we only get company phone for work, 10 min on sunday to call home and guard stand behind. dont call me on this number after today ok, its not mine",
  [])
F("isolation_and_control", "bn-Latn",
  "border e namar sathe sathe passport niye nise, passport no EB0487213 ta bolse 'safety r jonno office e thakbe'. ekhon 4 mash hoye gelo passport r chokhe dekhi nai",
  [("bd_passport", "EB0487213")])
F("isolation_and_control", "bn",
  "বিল্ডিংয়ের চারপাশে উঁচা দেয়াল আর কাঁটাতার, গেটে বন্দুক নিয়া গার্ড দাঁড়ায় থাকে। বাইরে যাওয়া একদম মানা। জানালা দিয়া খালি নদী দেখা যায়, ওপারে নাকি থাইল্যান্ড",
  [])
F("isolation_and_control", "bn-Latn",
  "ammu ke kichu bolba na please. ora sob message check kore. video call e ami shudhu bolbo bhalo achi, tumi onno kichu jiggesh korio na, ora pashe boshe thake",
  [])
F("isolation_and_control", "en",
  "Sponsor keep my passport and emirates id. room door lock from outside every night, madam keep the key. i cant go even to the grocery. pls tell my brother dont call, she check my phone",
  [])
F("isolation_and_control", "bn",
  "আমাদের ১২ জনরে একটা রুমে রাখছে, খাবার দেওয়ার সময় ছাড়া দরজা খোলে না। সবার সিম কার্ড ভাইঙ্গা ফেলছে। এই মেসেজ লুকায়া আরেকজনের ফোন থেকে দিতেছি, রিপ্লাই দিয়েন না",
  [])
F("isolation_and_control", "bn-Latn",
  "airport e immigration jiggesh korle bolben tour e jachchen, kauke bolben na kaj er jonno. family keo ekhon bolben na kon desh, pore janaben. r group e kono chobi location diben na, bujhsen?",
  [])
F("isolation_and_control", "bn",
  "কোম্পানি বলছে কন্ট্রাক্ট শেষ না হওয়া পর্যন্ত কম্পাউন্ডের বাইরে পা দেওয়া যাবে না, পাসপোর্ট এইচআর এর লকারে থাকবে। কেউ পালানোর চেষ্টা করলে পুরা টিমের খাবার বন্ধ",
  [])

# labour_exploitation (8): bn 3, bn-Latn 2, en 3
F("labour_exploitation", "en",
  "shift 14 hours, 9am to 11pm, sometimes till 2am if team not reach target. no day off 2 months. salary they say come after 3 month probation but nobody get it yet",
  [])
F("labour_exploitation", "bn-Latn",
  "daily target 5 ta client er kas theke deposit anar. na parle raat e ghumaite dey na, dar koraye rakhe. khawa dey din e 2 bar shudhu bhat r panir moto dal",
  [])
F("labour_exploitation", "bn",
  "৪ মাস ধইরা বেতন দিতেছে না। বলে কোম্পানির লস, পরে সব একসাথে দিবে। দেশে একটা টাকাও পাঠাইতে পারতেছি না, মা অসুস্থ, কিস্তির লোক বাড়িতে আসে",
  [])
F("labour_exploitation", "en",
  "Agent said office boy job 2000 dirham. here i am cleaning 6 villa a day, 5am to midnight, sleep in store room with the cleaning things. madam say salary after 6 month, i got only 200",
  [])
F("labour_exploitation", "bn",
  "আমাদের কাজ হইলো ফেসবুকে মেয়ে সাইজা বিদেশি লোকের লগে প্রেম করা, তারপর ক্রিপ্টোতে ইনভেস্ট করানো। টিমের মাসে ৫০ হাজার ডলার টার্গেট। না পারলে বেতন কাটা, তার উপরে ওভারটাইম",
  [])
F("labour_exploitation", "bn-Latn",
  "ei kaj charte chaile bole chara jabe na, contract 2 bochor. onek e chere jete chaise tader ke onno company te pathaye dise. ami r parchi na bhai, 4 ghonta o ghum hoy na",
  [])
F("labour_exploitation", "en",
  "they give us script in english and list of 200 numbers every day. pretend to be rich lady from singapore. quota is 1 customer deposit every week, if not, no food card for that week",
  [])
F("labour_exploitation", "bn",
  "সকাল ৮টা থেকে রাত ২টা পর্যন্ত কম্পিউটারের সামনে বসা, টয়লেটে যাইতেও পারমিশন লাগে। জ্বর হইলেও ছুটি নাই, ডাক্তার দেখাইতে দেয় না, বলে ওষুধ খাইয়া কাজ কর",
  [])

# threats_and_coercion (8): bn 3, bn-Latn 3, en 2
F("threats_and_coercion", "bn-Latn",
  "target miss korle current er shock dey. kal raat e amar pasher seat er chele ke lathi diye marse, hat venge gese. bhai please amake ber koro ekhan theke, ami r sojjo korte partesi na",
  [])
F("threats_and_coercion", "en",
  "if you keep crying to your family we will sell you to other company, that one is worse, they cut fingers there. think about it and go back to your desk",
  [])
F("threats_and_coercion", "bn",
  "আপনার ছেলে কোম্পানির অনেক টাকা নষ্ট করছে। আপনারা যদি পুলিশ বা সাংবাদিকের কাছে যান, ছেলেরে আর জীবিত পাবেন না। আমরা আপনার গ্রামের বাড়ি চিনি, মনে রাইখেন",
  [])
F("threats_and_coercion", "bn-Latn",
  "kafil bolse absconding case kore dibe, tahole police dhorbe r jail hobe, desh e o jaite parbo na. ei bhoy dekhaye 5 mash beton chara kaj koraitese",
  [])
F("threats_and_coercion", "en",
  "bro yesterday they sold 7 guys from our floor to another park, 9000 each. manager say next list will be people who miss target this month. i am on the list maybe",
  [])
F("threats_and_coercion", "bn",
  "পালাইতে গিয়া দুইজন ধরা খাইছে, সবার সামনে হাত পা বাইন্ধা পিটাইছে, তারপর অন্ধকার ঘরে তিন দিন রাখছে না খাওয়াইয়া। আমাদের দেখাইছে যাতে কেউ আর চেষ্টা না করে",
  [])
F("threats_and_coercion", "bn-Latn",
  "tui jodi abar police e phone korar kotha bolis, tor chobi video edit kore tor bou r gramer lok der kase pathabo. chup chap kaj kor, nahole kothay jabi ke jane",
  [])
F("threats_and_coercion", "bn",
  "বস বলছে থাই পুলিশরে আমরা টাকা দেই, পালায়া গেলে পুলিশ ধইরা আবার এইখানেই দিয়া যাবে, তখন ডাবল জরিমানা আর মাইর",
  [])

# sexual_exploitation (7): bn 2, bn-Latn 3, en 2
F("sexual_exploitation", "bn-Latn",
  "dubai te parlour er kaj bolse amar bon ke, 1 lakh 20 hajar beton. okhane giye dekhe raat e hotel e pathay, guest er sathe thakte hoy. na gele passport dibe na bolse, ami ki korbo apa",
  [])
F("sexual_exploitation", "en",
  "New Bangladeshi & Indian girls just arrived Al Barsha 🌹👑 real pics 100% genuine, incall outcall, young and friendly. booking only through manager wa.me/971552348817 insta @dxb.vip.angels",
  [("whatsapp", "+971552348817"), ("instagram", "@dxb.vip.angels")])
F("sexual_exploitation", "bn",
  "আপু ওরা বলতেছে যে মেয়েরা টার্গেট পূরণ করতে পারবে না তাদের নিচের কেটিভি ক্লাবে পাঠাবে। গত সপ্তাহে দুইটা মেয়েরে নিয়া গেছে, আর ফিরা আসে নাই",
  [])
F("sexual_exploitation", "en",
  "the chinese boss told the girls in our team, do video call with clients without clothes or go to the club downstairs. one girl from chittagong cry whole night, she want to die",
  [])
F("sexual_exploitation", "bn-Latn",
  "meyeder jonno Dubai dance club e job, mashe 1 lakh 50 hajar + tips. shudhu dekhte sundor hote hobe, boyos 18-25. visa visit e jabe, passport r 2 ta full body chobi inbox e den, kaj ta ki oita okhane bujhaye dibo",
  [])
F("sexual_exploitation", "bn",
  "স্পা সেন্টারে রিসেপশনের চাকরির কথা বইলা আনছে, এখন প্রতিদিন ৮-১০ জন কাস্টমার। টাকা সব ম্যাডাম রাখে। বলে দেনা না মিটানো পর্যন্ত এইখান থেকে কোথাও যাইতে পারবি না",
  [])
F("sexual_exploitation", "bn-Latn",
  "boss bolse tor thai visa shesh, ekhon club e kaj korle thakte parbi noile police e diye dibo. protirat 3-4 jon client, taka o dey na thik moto. r kono upay nai",
  [])

# minors (7): bn 2, bn-Latn 2, en 3
F("minors", "bn",
  "ভাই পোলাটার বয়স ১৬, সমস্যা নাই, জন্ম নিবন্ধনে বয়স বাড়াইয়া ২১ কইরা পাসপোর্ট কইরা দিমু। কম্বোডিয়ায় টাইপিংয়ের কাজ, ওরা কম বয়সী পোলা পছন্দ করে, তাড়াতাড়ি শিখে",
  [])
F("minors", "en",
  "we have 3 boys from cox's bazar here, youngest is 15, he cry every night for his mother. manager make him do same 16 hour shift like us and beat him when he sleep",
  [])
F("minors", "bn-Latn",
  "meyetar boyosh 14-15 hobe, Dubai te ek barite kaj er jonno niye jabe. passport e boyosh 19 dekhabe, kono jhamela nai. ma baba ke 50 hajar advance diye dise already",
  [])
F("minors", "en",
  "need girls 16-17 for hotel massage Dubai, fresh look, good money for family. we make passport with age 20, no problem at airport, our man is there",
  [])
F("minors", "bn",
  "তোমার বয়স ১৭ তো কি হইছে, বাবা মারে বলার দরকার নাই। ক্লাস নাইন পাস হইলেই চলবে, গেমিং কোম্পানিতে কাজ, থাইল্যান্ড নিয়া যাব। কাল সকালে বেনাপোল চইলা আসো, সাথে শুধু জন্ম নিবন্ধনের কাগজ আনবা",
  [])
F("minors", "bn-Latn",
  "oi choto meye ta, boyosh 13, ekhane ghorer kaj korabe boleche, kintu raat e boss er room e pathay. keu kichu bole na, ami kichu korte partesi na",
  [])
F("minors", "en",
  "bro the kid from narail, 16 years, they sold him to bavet compound yesterday because he is slow. his family dont even know he is here, he came with fake passport age 22",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মিয়ানমারের মায়াবতী সীমান্তের সাইবার স্ক্যাম সেন্টার থেকে উদ্ধার হওয়া ৩৫ বাংলাদেশি আজ থাইল্যান্ড হয়ে দেশে ফিরেছেন। ফেরত আসাদের অনেকে জানান, থাইল্যান্ডে কম্পিউটারের কাজের প্রলোভন দেখিয়ে তাদের সেখানে নেওয়া হয়েছিল। সিআইডি জানিয়েছে, চক্রের দুই সদস্যকে গ্রেপ্তার করা হয়েছে।")
N("news", "en",
  "DHAKA: CID arrested three members of a ring that allegedly sent young men to Cambodia with promises of IT jobs. Police said several families paid ransoms in USDT before the victims were released. The arrestees were produced before a Dhaka court on Tuesday and placed on a five-day remand.")
N("news", "bn-Latn",
  "[Forwarded] Prothom Alo: Laos er golden triangle theke 12 jon Bangladeshi fhirse, oder ke call center er kotha bole niye gechilo, passport rekhe dise. RAB bolse jara pathaise oi dalal der khuje ber kora hobe. link comment e")
N("news", "en",
  "Cambodia deports 58 Bangladeshis rescued from online scam compounds in Sihanoukville; embassy arranges travel permits as many had their passports confiscated by employers, officials say")
N("news", "bn",
  "দুবাইয়ে ভিজিট ভিসায় গিয়ে কাজ না পেয়ে আটকে পড়া ১২০ জন বাংলাদেশির দেশে ফেরার ব্যবস্থা করেছে কনস্যুলেট। তাঁদের অধিকাংশই স্থানীয় দালালকে ৩ থেকে ৪ লাখ টাকা দিয়েছিলেন বলে জানা গেছে।")
N("news", "en",
  "Tribunal sentences two to life in Narail case: court hears teenage girls were taken to Dubai with forged passports showing false ages and forced to work in dance bars")
# awareness
N("awareness", "bn",
  "সতর্কবার্তা: ফেসবুক বা টেলিগ্রামে 'থাইল্যান্ডে কাস্টমার সার্ভিস, বেতন ১০০০ ডলার, অভিজ্ঞতা লাগবে না' এমন বিজ্ঞাপন দেখলে সাবধান। ট্যুরিস্ট ভিসায় কাজে পাঠানো বেআইনি। সন্দেহ হলে ৯৯৯ বা প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ নম্বরে ফোন করুন।")
N("awareness", "en",
  "⚠️ FORWARDED AS RECEIVED ⚠️ Parents pls read: agents are taking boys 18-25 to Myanmar saying IT job in Thailand. Once they cross the border the passport and phone are taken and family gets a ransom call. Do NOT pay any dalal, use only BMET registered agencies. Share in every group 🙏🙏")
N("awareness", "bn-Latn",
  "bhai ra ekta kotha boli, Dubai visit visa te kaj er kotha bole keu taka chaile diben na. amar mama 2 lakh diye giye 3 mash rastay ghurse, pore khali hate desh e fhirse. agency r license number BMET site e check koren age. share koren sobai")
N("awareness", "en",
  "Before you go abroad: keep photocopies of your passport, visa and contract with your family. Never give your original passport or NID to a dalal or middleman. Pay fees only to the licensed agency and take a receipt. Migrant helpline 01714-090909 (9am-5pm)",
  [("phone", "+8801714090909")])
N("awareness", "bn",
  "নারী কর্মীদের জন্য সতর্কতা: বিদেশে বিউটি পার্লার, ড্যান্স ক্লাব বা হোটেলে অস্বাভাবিক বেশি বেতনের চাকরির প্রস্তাব পেলে যাচাই করুন। ১৮ বছরের কম বয়সী কাউকে বয়স বাড়িয়ে পাসপোর্ট করে বিদেশে কাজে পাঠানো আইনত দণ্ডনীয় অপরাধ।")
N("awareness", "en",
  "Cyber alert from community police: if a stranger on WhatsApp asks you to invest USDT in a trading app with 30% weekly profit, it is a scam. Many people chatting with you are themselves trapped workers in scam compounds. Don't send money, report to the CID cyber police centre.")
# official
N("official", "bn",
  "মেসার্স আল-আমিন ওভারসিজ (আরএল-১২৩৪), বায়রা সদস্য। সৌদি আরবে ক্লিনার পদে ৫০ জন কর্মী নেওয়া হবে। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির। অভিবাসন ব্যয় সরকার নির্ধারিত, টাকা নিলে রশিদ দেওয়া হবে। বিএমইটি রেজিস্ট্রেশন ও স্মার্ট কার্ড বাধ্যতামূলক। যোগাযোগ: ০১৭১১-৪৫৬৮৯০",
  [("phone", "+8801711456890")])
N("official", "en",
  "Embassy of Bangladesh, Bangkok: Bangladeshi nationals repatriated from Myawaddy who lost their passports may apply for a Travel Permit. Bring any copy of passport, NID or birth certificate. Welfare wing hotline (WhatsApp): +66 96 123 4478",
  [("phone", "+66961234478")])
N("official", "en",
  "BMET: Dear MD RAKIBUL HASAN, your emigration clearance (Smart Card) for MALAYSIA is ready. Passport No: A03847261. Please collect from DEMO Cumilla with original passport. Check status in Ami Probashi app.",
  [("bd_passport", "A03847261")])
N("official", "en",
  "NOTICE: Boishakhi Manpower Ltd (RL-0987), BAIRA member. Walk-in interview for Qatar hospitality: waiters, cooks, room attendants. No money before visa. Migration cost as per govt circular, paid only by pay order to agency account. Beware of persons collecting money in our name. Email info.boishakhimanpower@gmail.com",
  [("email", "info.boishakhimanpower@gmail.com")])
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের বিজ্ঞপ্তি: ভিজিট ভিসায় কর্মসংস্থানের উদ্দেশ্যে সংযুক্ত আরব আমিরাত গমন না করার জন্য অনুরোধ করা হলো। বৈধ কর্মী ভিসা ও বিএমইটি ছাড়পত্র ছাড়া বিদেশ গেলে প্রতারণার শিকার হওয়ার ঝুঁকি থাকে।")
N("official", "bn",
  "মালয়েশিয়ান হাইকমিশন, ঢাকা: কলিং ভিসায় মালয়েশিয়া যেতে ইচ্ছুক কর্মীদের মেডিকেল পরীক্ষা শুধুমাত্র অনুমোদিত কেন্দ্রে করতে হবে। কোনো দালাল বা মধ্যস্বত্বভোগীকে অতিরিক্ত অর্থ প্রদান করবেন না।")
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01716458293. Ref passport fee. Fee Tk 0.00. Balance Tk 31,420.55. TrxID CJK8M2P4QZ at 14/10/2026 11:42",
  [("phone", "+8801716458293"), ("mfs_transaction", "CJK8M2P4QZ")])
N("receipt", "en",
  "Money Received. Amount: Tk 15000.00 Sender: 01823456107 Ref: ammar oshud TxnID: 7HD4K2LP Balance: Tk 15230.50 19/11/2026 20:15",
  [("phone", "+8801823456107"), ("mfs_transaction", "7HD4K2LP")])
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 50,000.00 Fee: Tk 0.00 Balance: Tk 52,310.00 TxnId: 4830192657 Date: 02-Nov-26",
  [("mfs_transaction", "4830192657")])
N("receipt", "bn",
  "আপনি ০১৯৮৭৬৫৪৩২১ নম্বরে ৮,০০০ টাকা সেন্ড মানি করেছেন। চার্জ ৳৫.০০। ব্যালেন্স ৳১২,৪৫০.০০। TrxID BKL3N8R2TW ১২/১১/২০২৬ ০৯:১৫",
  [("phone", "+8801987654321"), ("mfs_transaction", "BKL3N8R2TW")])
N("receipt", "en",
  "Dear Customer, your A/C XX7712 is credited with BDT 1,18,450.00 (Foreign Remittance from AL RAJHI BANK, KSA, sender MD SHAHIN ALAM) incl. 2.5% govt incentive on 03-12-2026. Islami Bank")
N("receipt", "en",
  f"Binance: Withdrawal Successful. 150 USDT (TRC20) has been sent to {TRON2}. Network fee 1 USDT. 21-11-2026 18:04 (UTC). If you did not make this request, contact support.",
  [("tron_address", TRON2)])
# family
N("family", "bn-Latn",
  "Ammu passport ta almari te tala diye rekho, original kauke dio na. agency shudhu photocopy chaise. ami Dhaka theke Sunday fhirbo inshallah")
N("family", "bn",
  "আব্বা, মালয়েশিয়ার জন্য এজেন্সি সরকারি খরচ ৭৮ হাজার টাকা চাইছে, ব্যাংকে জমা দিলে রশিদ দিবে। মামার কাছ থেকে কিছু ধার নিলে কেমন হয়? বেতন পাইলে ছয় মাসে শোধ কইরা দিমু")
N("family", "en",
  "Apu pls send 5k by bkash for Rimi's coaching fee, she has exam next week. Abbu's salary from Dubai comes on 10th, I will return it then")
N("family", "bn-Latn",
  "shuno, Shila r biye r tarikh thik hoise 12 December. chele Saudi te thake, November e ashbe. meyer boyos 22, porashona o sesh. tumi Dubai theke chhuti nite parba?")
N("family", "bn",
  "ভাইয়া তুমি কম্বোডিয়ার ওই চাকরির কথা আর ভাববা না, খবরে দেখতেছি কী হয় ওইখানে। আব্বা বলছে দেশেই দোকান কইরা দিবে। তোমার পাসপোর্ট আমি আম্মার কাছে রাখছি, রাগ কইরো না")
N("family", "en",
  "Bhaiya reached Dubai safe alhamdulillah. company car came to airport, room is ok, 4 people. tomorrow medical and emirates ID. will call on imo tonight after duty")
# worker_content
N("worker_content", "bn-Latn",
  "ajke 12 ghonta duty korlam, overtime er taka alada dibe. supervisor ta kharap na. Riyadh e gorom onek, tobe beton time moto dey, alhamdulillah")
N("worker_content", "en",
  "2 years in Sharjah warehouse now. 1800 AED + OT, passport is with me, company only kept a copy. room is crowded but ok. thinking to bring wife next year")
N("worker_content", "bn",
  "কুয়ালালামপুরের ফ্যাক্টরিতে আছি, শিফট ৮ ঘণ্টা, ওভারটাইম করলে বেশি পাই। মাসে ২২০০ রিঙ্গিত আসে। খাবারটা একটু কষ্ট, দেশি রান্না পাই না 😅")
N("worker_content", "en",
  "customer service job in Bangkok is boring lol, 9 hour shift and the clients shout a lot. but visa and work permit all legal, and friday im going to pattaya with the team")
N("worker_content", "bn-Latn",
  "boss ei mash er beton 10 din late dise, mejaj kharap. tobe dise at least. ei kaj chere Qatar er offer ta nibo kina vabtesi, agency to BMET er")
N("worker_content", "bn",
  "আমাদের কল সেন্টারে টার্গেট অনেক বেশি, ম্যানেজার প্রতিদিন মিটিংয়ে চাপ দেয়। টার্গেট মিস করলে ইনসেনটিভ পাই না, তবে বেসিক বেতন ঠিকই পাই। ভাবতেছি বনানীর অফিসটায় সিভি দিব")
# joke
N("joke", "bn-Latn",
  "amar boss amake emon kaj koray mone hoy Myanmar er compound e achi 😂😂 khali passport ta ekhono niye nai")
N("joke", "en",
  "my mom took my phone and locked me in my room until I finish assignments. send help, I'm being trafficked 😭😭")
N("joke", "bn",
  "বউ বলছে বেতনের সব টাকা তার বিকাশে পাঠাইতে হবে, না হলে রাতে ভাত বন্ধ। এইটা কি মানব পাচার না ভাই? 🤣")
N("joke", "bn-Latn",
  "Dubai jabo bhabchilam, pore hisab kore dekhlam 4 lakh dile Dhaka tei ekta cha er dokan dite pari, okhane ami e boss 😎")
N("joke", "en",
  "Job offer: sit at home, eat biryani, scroll facebook 16 hours a day, salary 0 taka, no day off. Experience needed: 5 years. Apply now, only for my brother-in-law 🤣")
N("joke", "bn-Latn",
  "tor crush er number ta de, 1000 USDT dibo 😂 nahole tor class 8 er chobi group e dia dibo")
# chatter
N("chatter", "en",
  "bro anyone selling USDT? need 500 for binance p2p, paying 124 tk rate, bkash ready")
N("chatter", "bn-Latn",
  "passport renew korte gechilam agargaon e, line onek boro. police verification er jonno 2 din pore ashbe bolse")
N("chatter", "bn",
  "কেউ কি জানেন থাইল্যান্ড ট্যুরিস্ট ভিসার জন্য ব্যাংক স্টেটমেন্টে কত টাকা দেখাতে হয়? পরিবার নিয়ে ব্যাংকক আর পাতায়া ঘুরতে যাব")
N("chatter", "en",
  "who has the number of that travel agency in Banani for umrah package? my uncle wants to go with aunty in March, they need visa and ticket both")
N("chatter", "bn-Latn",
  "ei group e keu ase je Cambodia te legal vabe kaj kore? amar cousin garments e job pise Phnom Penh e, agency BMET registered, just confirm hote chai jaiga ta kemon")
N("chatter", "bn",
  "আজকে আড্ডায় রাকিব বলল ওর এক বন্ধু মালয়েশিয়া থেকে ফিরছে, ওখানে কনস্ট্রাকশনে ভালোই কামাইছে। সামনের বছর রাকিবও যাইতে চায়, কলিং ভিসা খুঁজতেছে")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "happy birthday Sumi!! 🎂🎉 have a great year ahead", hard=False)
N("chatter", "bn-Latn", "kal khela dekhte jabi? Bangladesh vs Sri Lanka, Mirpur e, ticket ami kata rakhsi", hard=False)
N("family", "bn", "আম্মু আজকে রাতে খিচুড়ি রান্না কইরো, বৃষ্টি হইতেছে খুব", hard=False)
N("news", "en", "Dhaka traffic: heavy congestion reported at Mohakhali flyover due to road repair work, commuters advised to use alternative routes", hard=False)
N("joke", "bn-Latn", "teacher: tomar homework koi? ami: sir chagol kheye felse 🐐 teacher: tumi chagol palo? ami: na sir, pasher barir 😂", hard=False)
N("receipt", "en", "Your Grameenphone recharge of Tk 199 is successful. Internet 10GB valid till 30/12/2026. Dial *121# for balance.", hard=False)
N("worker_content", "bn", "আজকে অফিসে পিকনিকের মিটিং হলো, এবার সবাই সিলেট যাবে। চা বাগানে ছবি তুলতে হবে 📸", hard=False)
N("awareness", "bn", "ডেঙ্গু প্রতিরোধে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন, জ্বর হলে দ্রুত ডাক্তার দেখান। — স্বাস্থ্য অধিদপ্তর", hard=False)
N("official", "en", "Dhaka WASA: water supply will remain off in Mirpur-10 area on Friday from 9am to 3pm for maintenance work. We regret the inconvenience.", hard=False)
N("chatter", "bn", "কেউ পুরান ঢাকায় ভালো কাচ্চির দোকানের নাম বলেন তো, শুক্রবার বন্ধুরা মিলে যাব", hard=False)
N("family", "bn-Latn", "nanu r shorir kemon ekhon? doctor ki bollo? ami kal bikele ashbo", hard=False)
N("worker_content", "en", "finally finished the quarterly report 😮‍💨 weekend here I come", hard=False)

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
    random.Random(79).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev79-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
