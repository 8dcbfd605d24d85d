#!/usr/bin/env python3
"""Blind dev set dev65: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a fraud investigator of student-visa and work-permit schemes sold to young men on
Instagram, TikTok and Telegram (Russia cleaner jobs ending at the Ukraine front, Poland, Cyprus, Georgia, fake Korea EPS
and Japan TITP, Cambodia/Myanmar 'customer service' jobs; Gen-Z English and Banglish, USDT/Binance, agents' voice notes). Run from the repository root.
Held out from round 11 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev65.jsonl"
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


BTC1 = btc("dev65-btc-1")
TRON1 = tron("dev65-tron-1")
ETH1 = eth("dev65-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


TRON2 = tron("dev65-tron-2")
TRON3 = tron("dev65-tron-3")
ETH2 = eth("dev65-eth-2")

# ---------------------------------------------------------------- flag items
# recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn",
  "🇷🇺 RUSSIA CLEANER JOB 🇷🇺 salary 1.5 lakh+ takay, thaka khawa company dibe, kono experience lagbe na language o lagbe na. "
  "Student visa te dhukben pore company work permit kore dibe 😎 serial limited bhai, agee ashle agee pabe. "
  "Inbox koren or WhatsApp +7 926 481 3307",
  [("phone", "+79264813307")])
F("recruitment_deception", "en",
  "bro they told us cleaning job in moscow warehouse. now they brought us to some camp near rostov, gave uniform n boots "
  "and a contract all in russian. man with camo says sign or no food. this is army bro not cleaner. pls tell my brother "
  "dont send the last payment to Rakib bhai",
  [])
F("recruitment_deception", "bn",
  "ভাই পোল্যান্ডের যে ওয়ার্ক পারমিটটা দিছিলো ওইটা পরিচিত একজনরে দিয়া ওইখানে চেক করাইলাম, বলে এই নামে কোনো কোম্পানিই নাই, "
  "ঠিকানায় একটা বন্ধ দোকান। দিল্লি গিয়া ভিএফএসে ফিঙ্গারও দিয়া আসছি। দালাল এখন কয় 'এম্বাসি ভুল করছে, নতুন পারমিট আসতেছে'",
  [])
F("recruitment_deception", "bn-Latn",
  "Cambodia te customer service job 💻 sudhu typing ar chat korben, beton 1200 USD fixed + bonus. ticket free hotel free khawa free. "
  "English ektu parlei hobe, age 20-30. passport ready thakle 7 diner moddhe flight ✈️ details er jonno TG: @phnompenh_jobs_bd",
  [("telegram", "@phnompenh_jobs_bd")])
F("recruitment_deception", "bn",
  "ইপিএস ভাষা পরীক্ষা ছাড়াই সরাসরি দক্ষিণ কোরিয়া 🇰🇷 আমাদের কোম্পানির নিজস্ব কোটা আছে, বোয়েসেলে লাইন দেওয়ার দরকার নাই। "
  "ফ্যাক্টরির কাজ, বেতন ২ লাখ ৪০ হাজার টাকা। সিট মাত্র ১৫টা!! যোগাযোগ ০১৮৭৩-৬২৯১৪৫",
  [("phone", "+8801873629145")])
F("recruitment_deception", "bn-Latn",
  "Japan TITP te jaite N4 lagbe na bhai 😅 amra certificate bebostha kore dibo, keu dhorte parbe na. just 3 mash e japan. "
  "agriculture construction je kono ta choose koren, salary 1.8 lakh. mirpur 10 office e asen kalke, original passport shathe anben",
  [])
F("recruitment_deception", "en",
  "CYPRUS STUDENT VISA 100% CONFIRMED ✅ no IELTS ✅ no bank solvency, we arrange the statement ✅ "
  "study is only on paper bro, u work full time from day 1, €1500/month guaranteed. uni fee after arrival. "
  "DM on insta @cyprus.dreams.bd or mail ur docs to cyprusdreams.bd@gmail.com",
  [("instagram", "@cyprus.dreams.bd"), ("email", "cyprusdreams.bd@gmail.com")])
F("recruitment_deception", "bn",
  "জর্জিয়াতে বলছিলো হোটেলে ওয়েটারের কাজ, মাসে ১২০০ লারি। আসার পর দেখি কোনো হোটেলই নাই, এক লোকের আঙুর বাগানে নিয়া আসছে, "
  "বলে এইটাই কাজ, বেতন কাজ দেখে ঠিক হবে। রেসিডেন্স কার্ডের কথা বললে হাসে",
  [])

# fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn-Latn",
  "Russia processing total 8 lakh. ekhon 2 lakh advance, visa ashle 3, flight er age baki 3. advance ferot joggo na agei bole dilam. "
  "bikash personal e pathaben 01936-458217, cash out charge soho pathaben",
  [("phone", "+8801936458217")])
F("fees_and_debt", "bn",
  "তোর বাবা পুকুরপাড়ের জমিটা বন্ধক রাখছে, আর আশা থেকে কিস্তিতে তুলছি দুই লাখ। এখন দালাল বলে আরো এক লাখ না দিলে পোল্যান্ডের ভিসা আটকায় যাবে। "
  "কোথা থেকে দিমু বাবা, তুই ওরে একটু বুঝায়া বল",
  [])
F("fees_and_debt", "en",
  "they say i owe the company 4500 usd for flight, visa n 'training'. every month they cut 600 from salary and add fine if i miss target. "
  "5 months here and somehow debt is still 3900. supervisor says u leave when its zero, not before",
  [])
F("fees_and_debt", "bn",
  "মস্কো আসার পর এখন বলতেছে ওয়ার্ক পারমিটের জন্য আরো ১৫০০ ডলার লাগবে, নাইলে ক্যাম্পেই থাকতে হবে, কাজ দিবে না। দেশ থেকে আগেই সাত লাখ নিছে। "
  "আব্বারে কি বলমু বুঝতেছি না",
  [])
F("fees_and_debt", "en",
  "Agent bhai says my passport is with the owner in Limassol and he gives it back only if I pay €2000 'release fee'. "
  "without passport I cant even go to the police or change job. family already sold the cow for the first payment 😞",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai amader ke onno company te dia dise, notun company bole amader 'debt' ekhon 6000 dollar, ager company theke kine nise. "
  "kaj kore shodh korte hobe, target puron na hoile debt aro barbe",
  [])
F("fees_and_debt", "en",
  "bhaiya EPS 'special quota' fee 6.5 lakh total, 1 lakh now to lock the seat, rest after medical. korean language test we will handle dont worry. "
  "if u back out u lose the lock money.\n> ok bhaiya, my NID 19982694810372215 and passport EF0926153, will send 1 lakh tonight",
  [("bd_nid", "19982694810372215"), ("bd_passport", "EF0926153")])
F("fees_and_debt", "bn",
  "জাপানে ট্রেইনি হিসাবে যাওয়ার লোনটা কোম্পানিই দিছে, প্রতি মাসে বেতন থেকে ৮০ হাজার ইয়েন কাইটা রাখে। "
  "তিন বছরের আগে চলে গেলে পুরা লোন আর জরিমানা দিতে হবে বলছে, কনট্রাক্টে নাকি লেখা আছে, আমি তো জাপানিজ পড়তে পারি না",
  [])

# payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "en",
  f"Send the visa processing in USDT only, TRC20 network: {TRON1}\nif TRC20 problem then ERC20 ok: {ETH1}\n"
  "after sending share screenshot + TXID here. no bank no bkash, bank trace hoy 😉",
  [("tron_address", TRON1), ("eth_address", ETH1)])
F("payments_and_proceeds", "bn-Latn",
  "aj 2.4 lakh ek number e pathaben na, limit e atke jabe. 3 bhag koren: 80k 01748-302961 (bkash), 80k 01615-774820 (nagad), "
  "80k 01309-118452 (rocket). reference e kichu likhben na, shudhu 'family'",
  [("phone", "+8801748302961"), ("phone", "+8801615774820"), ("phone", "+8801309118452")])
F("payments_and_proceeds", "bn",
  "রাশিয়া থেকে পোলাপানের বেতনের টাকা আমার কাছে আসে, ব্যাংকে না, হুন্ডিতে। আমি আমার কমিশন কাইটা ওদের ফ্যামিলিরে বিকাশে দিয়া দেই। "
  "কেউ যদি জিগায় কার টাকা, বলবা আত্মীয় পাঠাইছে, আর কিছু না",
  [])
F("payments_and_proceeds", "bn-Latn",
  "Binance P2P theke USDT kinben, merchant 'RK Trade' select korben, tarpor amar wallet e withdraw. note e kichu likhben na. "
  f"eta Cambodia company r HR er payment, delay korle seat onno jon pabe. wallet: {TRON2}",
  [("tron_address", TRON2)])
F("payments_and_proceeds", "en",
  "bhai payment done ✅\nYou have sent Tk 50,000.00 to 01822-604173. Fee Tk 0.00. Balance Tk 1,212.40. TrxID BKL7Q2M9XA at 14/11/2026 21:40\n"
  "pls confirm my Russia file now, u said seat is locked after advance",
  [("phone", "+8801822604173"), ("mfs_transaction", "BKL7Q2M9XA")])
F("payments_and_proceeds", "bn",
  "পেজে আরো ৩০০ ডলারের বুস্ট দাও, কুমিল্লা নোয়াখালী সিলেট টার্গেট, বয়স ১৮-২৫ ছেলে। পোল্যান্ড আর রাশিয়ার পোস্ট দুইটাই চালাও। "
  "খরচটা গত সপ্তাহের ২৩ জনের অ্যাডভান্স থেকে কাইটা রাখো",
  [])
F("payments_and_proceeds", "bn-Latn",
  "Cambodia company theke 11 ta polar commission er USDT ashche. 3 ta wallet e vag kore rakh, ekta part BTC te convert kor: "
  f"{BTC1}\ndeshe ashar por OTC er lok er kache cash korbo, bank e ek taka o dhukabi na",
  [("btc_address", BTC1)])

# isolation_and_control (bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "en",
  "they took our phones on day 1, we get it 30 min on sunday with guard standing behind. if u see me online other times its not me. "
  "building has fence n guards, cant even go out to buy soap",
  [])
F("isolation_and_control", "bn-Latn",
  "passport airport e nemei supervisor niye nise, bole 'safe e thakbe'. ekhon 4 mash hoye gelo, chaile bole boss er kache. "
  "card o nai, bair hoile police dhorbe tai room thekei bair hoi na",
  [])
F("isolation_and_control", "bn",
  "বাড়িতে কাউরে বলবা না তুমি কোথায় আছো। ফোনে শুধু বলবা পোল্যান্ডে ফ্যাক্টরিতে আছো, ভালো আছো। রাশিয়া শুনলে মানুষ ঝামেলা করবে, "
  "আর কেউ এম্বাসিতে কিছু জানাইলে তোমার চুক্তি শেষ। বুঝছো?",
  [])
F("isolation_and_control", "bn",
  "[ভয়েস মেসেজ ০:৪৮] আম্মা আমি ঠিক আছি... খালি রুমটা বাইরে থেকে তালা দিয়া রাখে, রাতে খুইলা কাজে নেয়... জানলা দিয়া দেখি খালি জঙ্গল আর তারের বেড়া... "
  "মায়াওয়াডি না কি নাম জায়গাটার... আম্মা কাউরে বইলেন না আমি ফোন করছি",
  [])
F("isolation_and_control", "bn-Latn",
  "family r sathe kotha bolte dey only speaker e, chinese boss pashe boshe thake. kichu ulta palta bolle oi din khabar bondho. "
  "ami ekhane bhalo achi bolte bolse tai bolchi ammu, tumi bujhe nio",
  [])
F("isolation_and_control", "en",
  "brother pls dont call this number again, they check our phones every night. commander said anyone sending location or videos "
  "outside goes to first line. delete this after u read",
  [])
F("isolation_and_control", "bn-Latn",
  "airport theke ber hoye kono taxi niben na, kaw ke phone diben na. amader lok apnar nam lekha card niye darabe, shudhu tar sathe jaben. "
  "apnar BD sim Dhaka tei rekhe ashben, okhane sim amra dibo, amader sim chara onno kono number use kora jabe na",
  [])
F("isolation_and_control", "bn",
  "ক্যাম্প থেকে বের হইতে হইলে লিডারের পারমিশন লাগে, একলা কেউ যাইতে পারে না, দুইজন দুইজন কইরা সাথে একজন গার্ড। "
  "বাজারে গেলেও গুইনা গুইনা সময় দেয়। এইখানে আসা ঠিক হয় নাই ভাই",
  [])

# labour_exploitation (bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn-Latn",
  "Poland e 5 mash hoilo, beton dise sudhu prothom mash. baki gula agency bole 'next week next week'. amra 14 jon ek flat e, "
  "2 ta bathroom. ghor bhara o beton theke kete nibe bolse, kon beton theke ke jane 😑",
  [])
F("labour_exploitation", "en",
  "target is 3 new 'clients' per day, we chat as rich girl on whatsapp and make them put money in fake crypto app. "
  "miss target = no salary that week + stand outside whole night. shift 14 hrs, 1 day off per month if lucky",
  [])
F("labour_exploitation", "bn",
  "দিনে একবার ভাত আর আলু দেয়, খাওয়ার পানিও কিনা খাইতে হয়। ১৬ ঘন্টা গ্রিনহাউসে কাজ, ওভারটাইম বইলা কিছু নাই। "
  "কেউ অসুস্থ হইলে ওই দিনের টাকা কাটা",
  [])
F("labour_exploitation", "bn-Latn",
  "contract 1 bochor bole sign koraise, ekhon bole contract sesh howar age chhadte parba na, chhadle desertion case. "
  "amra cleaner hishebe aschilam bhai, ekhon sharadin trench khuri, rate 3 ghonta ghum",
  [])
F("labour_exploitation", "en",
  "working 7 days, 12-13 hrs in the packhouse. boss pays €450 cash instead of the €1000 in contract, says rest goes to 'agency'. "
  "no payslip nothing. when i asked about labour office he just laughed",
  [])
F("labour_exploitation", "bn",
  "ট্রেইনি ভিসায় আসছি কিন্তু কাজ করায় অন্য কোম্পানির সাইটে, ভারী কাজ, হেলমেট ছাড়া। মাসে ২ দিন ছুটি। "
  "বেতনের স্লিপে লেখা ১৬০ ঘন্টা অথচ করি ২৮০ ঘন্টা, বাকি টাকা কই যায় কেউ বলে না",
  [])
F("labour_exploitation", "bn-Latn",
  "dubai hoye cambodia anse, ekhane ghum 5 ghonta, ek room e 20 jon, mat e ghumai. beton USD 800 bolse, 3 mash hoye gelo "
  "ekta dollar o pai nai, bole probation",
  [])

# threats_and_coercion (bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "ঢাকায় তোর বাপের দোকানের ঠিকানা আমার কাছে আছে। টাকা ফেরত চাইয়া আর একবার ফেসবুকে পোস্ট দিলে তোর ছোট ভাইরে তুইলা নিমু। চুপচাপ কাজ কর",
  [])
F("threats_and_coercion", "en",
  "guy from our floor tried to run last night, they caught him near the river. brought him back and used the electric baton in front of everyone. "
  "manager said next one who runs gets sold to KK park",
  [])
F("threats_and_coercion", "bn-Latn",
  "visa expire hoye gese tor, amra renew korbo na jodi ulta palta koros. ekta phone dilei police tuille nibe, jail then deport, "
  "r kono din Europe dhukte parbi na. bujhe chol",
  [])
F("threats_and_coercion", "bn",
  "[ভয়েস নোট] ভাই ওরা বলতেছে যারা ফ্রন্টে যাইতে রাজি না তাদের দশ বছরের জেল... কাগজে কি লেখা বুঝি নাই, সব রাশান ভাষায়... "
  "গতকাল দুইজনরে এমন মারছে হাসপাতালে নিছে... ভাই কিছু একটা করেন",
  [])
F("threats_and_coercion", "bn-Latn",
  "amar cousin ke Myawaddy te arekta company r kache 8000 dollar e bikri kore dise. ekhon oi company bole 15000 na dile chharbe na, "
  "video pathaise pithe marer dag. police e gele naki mere felbe",
  [])
F("threats_and_coercion", "en",
  "if ur family goes to bmet or police about this I will know same day. remember i have ur NID copy and ur sisters photos. "
  "just pay the remaining 2 lakh and keep quiet",
  [])
F("threats_and_coercion", "bn",
  "মালিক বলছে লেবার অফিসে গেলে ইমিগ্রেশনে ফোন দিয়া কার্ড বাতিল করায় দিবে, তারপর ক্যাম্পে রাখবে, তারপর খালি হাতে দেশে। "
  "সবাইরে সামনে দাড় করায় বলছে, কে কে কমপ্লেইন করতে চাও হাত তোলো",
  [])
F("threats_and_coercion", "bn-Latn",
  "tui jodi agency r kotha TikTok e bolish, tor ma r number e ami nijei phone dibo. tor bhai er school kothay jani. "
  "live e ja bolsis 1 ghontar moddhe delete kor",
  [])

# sexual_exploitation (bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "en",
  "Need girls 18-25 for hostess job in Limassol club 🍸 just talk with guests n make them buy drinks, €2000+ with tips. "
  "must send full body pics and a video first. visa + ticket we pay, u repay from tips. contact wa.me/35796418273",
  [("whatsapp", "+35796418273")])
F("sexual_exploitation", "bn",
  "তিবিলিসিতে ম্যাসাজ সেন্টারের রিসেপশনের কাজ বইলা আনছে, এখন রাতে হোটেলে পাঠায় 'কাস্টমার' এর কাছে। না গেলে বলে ভিসার চার লাখ টাকা ফেরত দে। "
  "পাসপোর্ট ম্যাডামের কাছে, আমি কি করমু",
  [])
F("sexual_exploitation", "bn-Latn",
  "compound e meye der ke 'model team' e dey, oder diye video call e kapor khulay chat korai client der sathe. "
  "na korle boss bole onno company te bechi dibe. amar room er Shathi apu protidin kande",
  [])
F("sexual_exploitation", "bn-Latn",
  "New Bangladeshi girls available Deira 🌹 fresh arrival, real pic 100% genuine. booking only manager er maddhome, "
  "hotel/room service o ache. TG @deira_vip_bd",
  [("telegram", "@deira_vip_bd")])
F("sexual_exploitation", "en",
  "bro my wife's cousin got a call from a man in Georgia, says he will marry her and take her to Europe, no dowry needed. "
  "but first he wants her pics in short dress and says she will work in his friend's bar till papers ready. he already sent her ticket",
  [])
F("sexual_exploitation", "bn",
  "ম্যানেজার বলছে মাসে অন্তত ২০ জন কাস্টমার না হইলে ঋণ কমবে না। আমাদের ছয়জন মেয়েরে একটা ফ্ল্যাটে রাখছে, বাইরে যাইতে দেয় না, "
  "মোবাইল খালি রাতে দশ মিনিট",
  [])
F("sexual_exploitation", "bn-Latn",
  "apu Russia te restaurant e waitress, 1.8 lakh beton. kintu boss er sathe hotel e ekta 'interview' dite hobe, ektu friendly hoite hobe, "
  "bujhen e to 😉 eta na korle visa hobe na",
  [])

# minors (bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "ছেলের বয়স ১৬ তো কি হইছে, জন্মনিবন্ধন নতুন কইরা বানায় দিমু ২০০৫ সাল দিয়া, পাসপোর্টে আঠারো পার দেখাবে। রাশিয়ায় বয়স কেউ চেক করে না, "
  "ক্লিনারের কাজ তো, শরীর শক্ত থাকলেই হইলো",
  [])
F("minors", "bn-Latn",
  "bhai amar age 17, SSC dibo next year. TikTok e dekhlam Poland e jawa jay student hoye. agent bolse age problem na, "
  "passport e age barai dibe 15 hajar taka extra. ammu ke ekhono boli nai",
  [])
F("minors", "en",
  "we have 3 boys from Sunamganj, 15-16 years, small body good for cleaning inside ship tanks. paperwork will show 18+. "
  "send them with next batch to Batumi port",
  [])
F("minors", "bn",
  "তুমি তো এখনো ১৫, সমস্যা নাই, বাসায় কিছু বলবা না। দুবাইয়ে মডেলিং শুট, মাসে দুই লাখ। পাসপোর্ট আমরা বানায় দিমু অন্য নাম দিয়া, "
  "শুধু কয়েকটা ছবি আর জন্মনিবন্ধনের কপি পাঠাও",
  [])
F("minors", "bn-Latn",
  "chhoto bhai ke niye jaben? boyosh 17 kono somossa nai, company young chele chay typing er jonno, fast shikhe. "
  "shudhu bolbe 21, immigration e amader lok ache",
  [])
F("minors", "en",
  "got 2 new girls from Bangladesh, 16 n 17, very young look, first time. available tonight Tbilisi, trusted clients only. telegram @tbl_nightvip",
  [("telegram", "@tbl_nightvip")])
F("minors", "bn-Latn",
  "bhatija ta 14 bochor, school chhere dise. Malaysia hoye Russia factory te helper hishebe nibe, beton ta oder baba ke direct bkash e dibe, "
  "chele haate kichu pabe na. amar commission 50 hajar",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "রাশিয়ায় ক্লিনারের চাকরির কথা বলে ইউক্রেন যুদ্ধে পাঠানো চক্রের দুই সদস্য গ্রেপ্তার। বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে তরুণদের রাশিয়ায় পাঠানোর "
  "অভিযোগে রাজধানীর উত্তরা থেকে দুজনকে গ্রেপ্তার করেছে সিআইডি। ভুক্তভোগী পরিবারগুলোর দাবি, জনপ্রতি সাত থেকে আট লাখ টাকা নেওয়া হয়েছিল।")
N("news", "en",
  "Cambodia: 40 Bangladeshis rescued from Sihanoukville scam compound return home via Bangkok. The foreign ministry said the embassy "
  "reissued travel permits; families had told police the men were lured with 'customer service' jobs paying USD 1,000.")
N("news", "bn-Latn",
  "news share korlam: Japan e TITP te gelo bochor 3200 jon gese Bangladesh theke, BMET bolche ekhon shob registration Ami Probashi app e. "
  "training TTC te hoy, cost kom. link comment e dilam")
N("news", "en",
  "Korea to take 7,000 Bangladeshi workers under EPS this year. BOESL says no private agency or individual can send workers under EPS "
  "and the total cost is fixed; applicants should ignore social media pages promising 'quota' seats.")
N("news", "bn",
  "পোল্যান্ডের ভিসার জন্য দিল্লিতে গিয়ে আটকে আছেন শত শত বাংলাদেশি। অ্যাপয়েন্টমেন্ট না পাওয়ায় অনেকের ওয়ার্ক পারমিটের মেয়াদ শেষ হয়ে যাচ্ছে, "
  "থাকা-খাওয়ায় খরচ বাড়ছে বলে জানিয়েছেন তারা।")
N("news", "en",
  "Georgia: 18 Bangladeshi nationals detained over expired residence, interior ministry says they entered on tourist visas and "
  "worked at construction sites. The embassy in Ankara is arranging their return.")
# awareness
N("awareness", "bn",
  "সতর্কবার্তা ‼️ টিকটক-ফেসবুকে 'রাশিয়ায় ক্লিনার, বেতন দেড় লাখ' বিজ্ঞাপন দেখলে সাবধান। রাশিয়ায় যাওয়া অনেককে যুদ্ধে পাঠানো হয়েছে। কেউ পাসপোর্ট জমা চাইলে "
  "বা বিকাশে অগ্রিম টাকা চাইলে দেবেন না। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫। বেশি বেশি শেয়ার করুন।")
N("awareness", "en",
  "Myth vs fact 🧵 'customer service job in Cambodia, $1000, free flight' = 🚩. Real employers don't pay your ticket and take your phone. "
  "Before you go: check the agency licence, never hand over your passport, tell family your exact address. Helpline +880 9610-102030",
  [("phone", "+8809610102030")])
N("awareness", "bn-Latn",
  "bhaiera Japan TITP er nam e 5-6 lakh niye N4 certificate dibe bole je group gula ache oigula shob bhua. TITP er official cost onek kom, "
  "training BMET er TTC te hoy. keu taka diye thakle thanay GD koren, lojja paben na")
N("awareness", "en",
  "PSA for Cyprus aspirants: if an agent says 'no need bank statement, we make', run. Uni reps don't collect fees on personal bKash. "
  "Pay tuition to the university account only and verify your offer letter with the admissions office directly.")
N("awareness", "bn",
  "বাংলাদেশ পুলিশ: আপনার সন্তান কি অপরিচিত কারো কথায় বিদেশ যেতে চাইছে? শিশুর বয়স বাড়িয়ে পাসপোর্ট করা দণ্ডনীয় অপরাধ। "
  "সন্দেহজনক কিছু দেখলে ৯৯৯ এ কল করুন।")
N("awareness", "bn-Latn",
  "Forwarded: ei number theke keu phone dile dhoren na, nijeke Korea embassy bole EPS er 'final fee' chay: 01791-552038. "
  "amar mama 40 hajar haraise. beshi beshi share koren",
  [("phone", "+8801791552038")])
# official
N("official", "en",
  "Sea Bridge Overseas Ltd (RL-1487), govt. approved. Demand for Poland: 40 warehouse workers, employer Pol-Log Sp. z o.o., "
  "salary PLN 4,300 gross, 8 hrs/day, 5 days/week. Migration cost as per BMET notice, bank deposit only against money receipt. "
  "No sub-agent. Interview at Banani office 10-14 Dec. CV: hr@seabridgeoverseas.com.bd",
  [("email", "hr@seabridgeoverseas.com.bd")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: ইপিএস-এর আওতায় দক্ষিণ কোরিয়া গমনেচ্ছুদের কোরিয়ান ভাষা পরীক্ষার রেজিস্ট্রেশন শুধুমাত্র বোয়েসেলের মাধ্যমে করা যাবে। "
  "নির্ধারিত ফি ব্যাংকে জমা দিতে হবে। কোনো দালাল, এজেন্সি বা ব্যক্তিকে টাকা দেবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Moscow: Bangladeshi nationals in the Russian Federation who have signed any military contract, or whose passports "
  "are held by an employer, may contact the Consular Wing at +7 495 946 9640 or consular@bdembmoscow.org. Families may also contact the MoFA.",
  [("phone", "+74959469640"), ("email", "consular@bdembmoscow.org")])
N("official", "bn-Latn",
  "Al-Madina Overseas (RL 0923): Japan SSW caregiver 🇯🇵 JLPT N4 + skill test pass lagbe. cost BMET nirdharito, kono hidden charge nai, "
  "payment shudhu bank e. seminar shukrobar 3 tay Mirpur office. WhatsApp: wa.me/8801711409275",
  [("whatsapp", "+8801711409275")])
N("official", "en",
  "TTC Dhaka: Japanese language batch 12 (TITP) admission open. Course fee Tk 4,000 payable at the Sonali Bank booth. "
  "Trainees are placed through the government-to-government scheme; no broker is involved at any stage.")
N("official", "bn",
  "আমি প্রবাসী: আপনার বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) প্রস্তুত। নাম: মোঃ আরিফ হোসেন, পাসপোর্ট নং EC0481736, এনআইডি: ৭৮২৩৪৫৯১০৬, "
  "দেশ: সাইপ্রাস, পেশা: ক্লিনার। জেলা কর্মসংস্থান ও জনশক্তি অফিস থেকে সংগ্রহ করুন।",
  [("bd_passport", "EC0481736"), ("bd_nid", "7823459106")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01867-205493. Ref Moscow salary. Fee Tk 0.00. Balance Tk 31,240.50. TrxID CKD8H2PQ7Z at 02/12/2026 19:05",
  [("phone", "+8801867205493"), ("mfs_transaction", "CKD8H2PQ7Z")])
N("receipt", "bn",
  "টাকা গ্রহণ সফল। পরিমাণ: ৳১২,০০০.০০ প্রেরক: 01552-390716 রেফ: ভর্তি ফি TxnID: 7HK2M9QA ব্যালেন্স: ৳১৩,৫২০.০০",
  [("phone", "+8801552390716"), ("mfs_transaction", "7HK2M9QA")])
N("receipt", "en",
  f"[screenshot] Binance - Withdrawal Successful\nAmount 150 USDT · Network TRX (TRC20)\nAddress {TRON3}\nFee 1 USDT\n"
  "sent ur share for the Cox's trip, check pls",
  [("tron_address", TRON3)])
N("receipt", "bn-Latn",
  "Cash-In from A/C: ***4471 Tk 8,000.00 Fee: Tk 0.00 Balance: Tk 8,215.00 TxnId: 5038812274\n"
  "ammu pathalam, Cyprus er tuition er kisti ta ami Monday bank e dibo, tension nio na",
  [("mfs_transaction", "5038812274")])
N("receipt", "en",
  "Sonali Bank - deposit slip. A/C name: Wage Earners' Welfare Board. Amount Tk 3,500. Purpose: welfare fee + insurance, Korea EPS. "
  "Depositor: Md. Sajib Hossain, Passport A07392518.",
  [("bd_passport", "A07392518")])
N("receipt", "bn",
  "পেমেন্ট সফল: ই-পাসপোর্ট ফি (৪৮ পৃষ্ঠা, ১০ বছর, রেগুলার) ৳৫,৭৫০। TrxID DLM3X8RV2K, ১৯/১১/২০২৬ ১০:১২। রসিদটি সংরক্ষণ করুন।",
  [("mfs_transaction", "DLM3X8RV2K")])
# family
N("family", "bn-Latn",
  "abbu Russia r kotha ar mukhe anbe na, news dekhso? Poland er jonno BMET e registration kore licensed agency diye jabo. "
  "taka bank e thakuk, kono dalal ke ek taka o dibo na")
N("family", "bn",
  "বাবা পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, কাউরে দিবা না। তোর চাচা বলছে ভিসার ইন্টারভিউয়ের দিন সাথে যাবে। "
  "টাকা লাগলে বলিস, মুরগি বেচার টাকা আছে")
N("family", "en",
  "apu sent 20k on bkash for my japan language course, TTC fees n books. N5 exam in dec 🙏 dont tell abbu yet i want to surprise him with the result")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে সাইপ্রাসে পড়ে আর পার্টটাইম কাজ করে। ভিডিও কলে কথা হইছে, ওর বাবা-মা আগামী শুক্রবার আসবে। "
  "বিয়ের পর কাগজ ঠিক হইলে নিয়া যাবে, তাড়াহুড়া নাই বলছে")
N("family", "bn-Latn",
  "bhaiya Korea te EPS e select hoise Rumi!! 🎉🎉 BOESL theke SMS aise, medical next week. ammu ke bolo mishti kinte")
N("family", "en",
  "Mama the 1.5 lakh loan from BRAC for Rafi's Poland work permit, first kisti due on 10th. he got salary this week, will send 30k. "
  "dont worry employer is paying on time")
# worker_content
N("worker_content", "bn-Latn",
  "Poland e 2 bochor complete 🇵🇱💪 warehouse shift 8 ghonta, overtime korle extra pay. ja kamai sob nijer account e. "
  "bhai ra agency check kore ashen, dalal er kotha shunben na")
N("worker_content", "en",
  "Day 47 in Japan as a TITP trainee 🇯🇵 work is hard ngl, 6am start on the farm and my back hurts lol but boss is kind, gave us rice from his own field. "
  "168k yen, after tax n rent around 110k. miss biryani 😭")
N("worker_content", "bn",
  "কোরিয়ার ফ্যাক্টরিতে এই মাসে ওভারটাইম কম, বেতন কম আসবে। সুপারভাইজার একটু রাগী কিন্তু ছুটি চাইলে দেয়। শীত পড়ছে মারাত্মক 🥶")
N("worker_content", "en",
  "Tbilisi life update: restaurant kitchen, 6 days a week, GEL 1400. boss kept only my passport copy, original is with me 😅 "
  "residence card came last week. anyone need halal food spots just ask")
N("worker_content", "bn-Latn",
  "Cyprus e student visa te 1 bochor holo, 20 ghonta part time kori restaurant e, €9/hour. class miss dile uni warning dey "
  "tai beshi kaj kora jay na. ami agent chara nijei apply korsilam")
N("worker_content", "bn",
  "নমপেনে গার্মেন্টসে কিউসি সুপারভাইজার হিসেবে আছি দুই বছর, কোম্পানি লিগ্যাল, ওয়ার্ক পারমিট আছে। স্ক্যাম কোম্পানির খবর শুনে আম্মা ভয় পায়, "
  "তাই প্রতি সপ্তাহে ভিডিও কল দেই")
# joke
N("joke", "bn-Latn",
  "ammu amar phone niye nise, passport o niye nise, bole exam er age kothao jaite parbi na 😭😭 eta ki human trafficking na ki")
N("joke", "en",
  "my boss: 'we are a family here' 💀 also my boss: no overtime pay, 14 hr shift before eid. bro this is Gulshan not Cambodia calm down")
N("joke", "bn",
  "বন্ধু রাশিয়া যাইতে চায় ক্লিনার হইয়া, কইলাম ভাই ওইখানে তোরেই ক্লিন কইরা দিবো 😂 পরে দুইজন মিলা বিএমইটির সাইটে লাইসেন্স চেক করলাম")
N("joke", "en",
  "Binance P2P merchant took 3 hours to release my 20 USDT, i was about to file a missing person report for my money 😭")
N("joke", "bn-Latn",
  "bou bole 'tumi amar kache bondhok', ami boli abbu to jomi bondhok dise amake Japan pathanor jonno, ekhon ami o bondhok 😂 kisti shesh hoilei mukti")
N("joke", "en",
  "korean drama made my cousin apply for EPS lol. he thinks he'll work next to Cha Eun-woo, bro it's a plastic factory in Ansan 😂")
# chatter
N("chatter", "bn-Latn",
  "bhai Georgia r visa ki ekhon e-visa te hoy? naki Delhi jaite hobe? student visa r bank solvency koto lage keu jano?")
N("chatter", "en",
  "anyone know a legit agency for Poland? not the tiktok ones. mine asked 50k advance before even showing the work permit so i said nah")
N("chatter", "bn",
  "ভাই, দিল্লির ভিএফএসে পোল্যান্ডের অ্যাপয়েন্টমেন্ট পাইছি ২০ তারিখে। বর্ডার দিয়া যামু, কলকাতায় কম খরচে থাকার জায়গা কেউ জানেন?")
N("chatter", "bn-Latn",
  "admin @eps_topik_help vai, reading er model test er PDF ta abar diben? ager link kaj kore na",
  [("telegram", "@eps_topik_help")])
N("chatter", "en",
  "girls in our hall are all doing IELTS for Cyprus and Canada, library packed 24/7. apparently Cyprus uni gives 50% scholarship above CGPA 3.5")
N("chatter", "bn",
  "আমার ভাইয়ের ফোন চুরি হইছে মস্কোর মেট্রোতে, নতুন নাম্বার +7 915 207 48 61। সেভ কইরা রাখো, ও ভালো আছে, ইউনিতে ক্লাস শুরু হইছে",
  [("phone", "+79152074861")])

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "bro u coming to futsal tonight? 8pm Dhanmondi turf, bring the blue jersey", hard=False)
N("family", "bn", "আম্মু আজকে রাতে খিচুড়ি রান্না করবা? বাইরে যে বৃষ্টি", hard=False)
N("joke", "bn-Latn", "exam er ager rat e syllabus dekhe mone hoy ami history na, history amake porbe 😂", hard=False)
N("receipt", "en", "Your Daraz order #4418273 has been shipped. Expected delivery: 8 Dec. Track it in the app.", hard=False)
N("chatter", "bn-Latn", "kalke Mirpur e jam chilo 2 ghonta, bus e boshe boshe pura season shesh korlam", hard=False)
N("worker_content", "en", "new laptop for editing finally 😭 thanks to all my clients on fiverr this year", hard=False)
N("news", "bn", "আগামীকাল ঢাকায় হালকা বৃষ্টির সম্ভাবনা, তাপমাত্রা কিছুটা কমতে পারে বলে জানিয়েছে আবহাওয়া অধিদপ্তর।", hard=False)
N("family", "en", "happy birthday nanu ❤️ we miss u so much, coming home in january inshallah", hard=False)
N("chatter", "bn", "কেউ কি জানো বিপিএলের টিকিট অনলাইনে কবে ছাড়বে?", hard=False)
N("awareness", "en", "Reminder: dengue cases rising, please remove standing water around your house. - Ward 14 Councillor office", hard=False)
N("official", "en", "CSE Dept notice: Monday 10am Accounting class shifted to room 402. Attendance mandatory.", hard=False)
N("joke", "en", "me: i'll sleep early today. also me at 3am: watching how they build bridges in japan", hard=False)


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
    random.Random(65).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev65-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
