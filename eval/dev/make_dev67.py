#!/usr/bin/env python3
"""Blind dev set dev67: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a women's-shelter caseworker in Jashore and Dhaka for girls and young women trafficked into Dubai and Oman 'dance bar', spa and massage work, Indian brothels and online webcam/sextortion rings (Facebook, IMO, Likee, Telegram), and for boys trafficked as camel jockeys or beggars in the past; survivors' own words in Jashore, Dhaka and Barishal dialect, pimps' and madams' messages in Banglish and Hindi-Urdu mixed English. Run from the repository root.
Written at the start of round 11 of issue 15 as a set to read: the helpers read its misses
and false alarms while tuning (docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev67.jsonl"
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


BTC1 = btc("dev67-btc-1")
TRON1 = tron("dev67-tron-1")
ETH1 = eth("dev67-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
TRON2 = tron("dev67-tron-2")

# recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপু তোমার প্রোফাইল দেখলাম, দুবাইয়ের একটা ফাইভ স্টার হোটেলে মেয়ে রিসিপশনিস্ট লাগবে, বেতন ১ লাখ ২০ হাজার, থাকা খাওয়া ফ্রি। ভিজিট ভিসায় যাবা, ওইখানে যাওয়ার পর কোম্পানি কাজের ভিসা কইরা দিবে। বাসায় এত কিছু কওয়ার দরকার নাই, আম্মারে কইবা পার্লারের কাজ। ইমোতে নক দিও ০১৭৪৫৬২৩৮৯১",
  [("phone", "+8801745623891")])
F("recruitment_deception", "bn",
  "[ভয়েস নোট] আপা মোরে কইছিল ওমানে একটা বাসায় বাচ্চা দেখার কাম, মাসে ৩৫ হাজার টাকা। প্লেন থেইকা নামার পর হ্যারা মোরে বাসায় না, একটা মেসাজ সেন্টারে লইয়া গ্যাছে। হেইখানে আরো ছয়ডা মাইয়া। মুই কইলাম এই কাম তো মোরে কওয়া হয় নাই, হ্যারা হাসে",
  [])
F("recruitment_deception", "bn",
  "ছাওয়ালডা কলো বিয়ে কইরে কলকাতা নিয়ে যাবেনে, ওর খালার বিউটি পার্লার আছে ওইখানে কাজ করবানে। বেনাপোল দিয়ে না, রাত্তিরে সাতক্ষীরার দিক দিয়ে পার করালো। ওপারে যাওয়ার পর আর বিয়ের কথা কয় না, একটা বাড়িতে তুলে দিয়ে চলে গেলো",
  [])
F("recruitment_deception", "bn-Latn",
  "Apu apnar video dekhlam Likee te, onek sundor nachen 😍 Dubai te amader ekta event company ache, shudhu stage e dance korben, kono kharap kaj na 100% guarantee. Mashe 2.5 lakh, visa ticket sob amra dibo. Passport ache? na thakle 3 diner moddhe kore dibo. Details WhatsApp e wa.me/971501234567",
  [("whatsapp", "+971501234567")])
F("recruitment_deception", "bn-Latn",
  "Oman e house maid, meyeder jonno kono taka lagbe na shudhu medical 5000. Agency r jhamela nai, BMET training o lagbe na, ami direct kafil er sathe kotha boli. Smart card chara airport par kore dibo, amar lok ache immigration e. Passport number ta pathan, A09876543 eta na? confirm koren",
  [("bd_passport", "A09876543")])
F("recruitment_deception", "bn-Latn",
  "amake bolsilo spa te receptionist er kaj, front desk e boshbo. giye dekhi ekta flat, 6 ta meye rakhse, raat e customer ashe. ami bollam ami ei kaj korbo na, madam contract ber kore dekhay boltese tor contract e 'massage therapist' lekha, dhaka te sign korsili na? ami to english porte pari na apa",
  [])
F("recruitment_deception", "en",
  "URGENT hiring for Muscat 🇴🇲 10 female spa therapist / waitress, age 18-28, no experience needed, training there. Salary 450 OMR + tips, free room. Going on tourist visa first, company will change to work visa after 3 months. Do not go to BMET, it takes long. Contact only Telegram @muscat_jobs_bd no calls",
  [("telegram", "@muscat_jobs_bd")])
F("recruitment_deception", "en",
  "Sister they told us data entry job in Bangkok, 1200 dollar salary. Now we are in a van going north, the driver says the office is across the river in Myawaddy not Thailand. Two other BD girls with us. They took our passports at the hotel for 'registration'. I have 20% battery",
  [])

# fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "খালা মেয়েরে পাঠাইতে মোট সাড়ে চার লাখ লাগবে। এখন অগ্রিম দেড় লাখ দেন, বাকিটা মেয়ে ওইখানে গিয়া বেতন থেইকা মাসে মাসে কাইটা দিবে। জমি বন্ধক রাখলেও সমস্যা নাই, ছয় মাসে সব উইঠা যাবে ইনশাআল্লাহ",
  [])
F("fees_and_debt", "bn",
  "মেডাম কয় তোর পিছে দুই লাখ রুপি খরচ হইছে, ওইডা শোধ না হওয়া পর্যন্ত তুই কোথাও যাতি পারবি নে। প্রতিদিন খাতায় লেহে, খাওয়ার খরচ, কাপড়ের খরচ, ওষুধের খরচ সব আমার নামে। যত কাজ করি দেনা কমে না আপা, খালি বাড়ে",
  [])
F("fees_and_debt", "bn",
  "আপা আমার বোন দুবাই থেকে লুকায় ফোন দিছে, কয় ওরা ৩ লাখ টাকা না দিলে দেশে পাঠাবে না, পাসপোর্টও দিবে না। দালাল কয় টাকা দিলে সাত দিনের মধ্যে টিকিট। আমরা গরিব মানুষ এত টাকা কই পাবো, গরু দুইটা বেচলেও হয় না",
  [])
F("fees_and_debt", "bn-Latn",
  "Tor loan ekhono 1 lakh 80 hazar baki, room bhara khana ticket sob jog kora ache. Jab tak clear nahi hota salary nahi milegi, samjhi? Palaite chaile amount double hobe, Dhaka office e tor baper naam e likha ache",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai Oman ashar por ekhon bolse visa change korte aro 1 lakh 20 hajar lagbe, na dile company theke ber kore dibe rastay. barite bolsi jomi bondhok rakhte, ma kanna kortese. ashar age to bolse sob khoroch 4 lakh er moddhe",
  [])
F("fees_and_debt", "en",
  "Dear your processing done ✅ Total package 5,50,000 BDT for Dubai salon job. Pay 1,00,000 now as booking money, no money receipt will be given it is company rule. Remaining 4,50,000 after visa comes. Send your NID copy also. Seat limited",
  [])
F("fees_and_debt", "en",
  "You owe me 3200 dirham for ticket, visa, room and food till today. From every client 50 is yours 150 is mine until it is finished. And dont think of sending home this month, the fine for yesterday is added",
  [])
F("fees_and_debt", "en",
  "They said 700 riyal will be cut every month for agency fee for 10 months but this was not in the paper I signed in Dhaka. Now its month 7 and they say new fee for iqama renew 2500 riyal, if I cant pay I work 3 more months free",
  [])

# payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "মেয়েদের টাকা সব আমার বিকাশে আসবে, ওদের নিজের একাউন্ট রাখার দরকার নাই। ০১৭৯৮৪৫৬১২৩ এই নাম্বারে পার্সোনালে সেন্ড মানি করবা, এজেন্টে ক্যাশ ইন না। প্রতি শুক্রবার হিসাব হবে, কে কয়টা কাস্টমার নিছে খাতায় মিলাবা",
  [("phone", "+8801798456123")])
F("payments_and_proceeds", "bn",
  "দুবাই থেইকা দিরহাম দিলে এইখানে রেট ৩৩.৫০ দিমু, ব্যাংকের থেইকা বেশি। মাইয়াগো ইনকাম সব আমার লোকের কাছে জমা দিবি, ও হুন্ডি কইরা পাঠাইবো, বাড়িতে কেউ টের পাইবো না টাকা কই থেইকা আসে",
  [])
F("payments_and_proceeds", "bn-Latn",
  "Aj er 45k ek nombore pathaio na, dhora khabo. 15 kore 3 ta number e den: 01812345670, 01923456781, 01634567892 sob nagad personal. Ref e kichu likhben na. pathanor por TxnID gula screenshot kore Telegram e diben",
  [("phone", "+8801812345670"), ("phone", "+8801923456781"), ("phone", "+8801634567892")])
F("payments_and_proceeds", "bn-Latn",
  "VIP group e dhukte 500 tk, bkash 01712003344 e send money kore TrxID ta inbox e den, taile notun meyeder live link pabe. Shob notun, Jessore Khulna er. Ek mash er package 1500",
  [("phone", "+8801712003344")])
F("payments_and_proceeds", "bn-Latn",
  "Dubai theke cash ar pathabo na, bank e dhorse last time. Ei week er income USDT TRC20 te pathacchi ei address e: " + TRON1 + " . Apni oikhan theke meyeder family ke 5-6 hajar kore diben jate kisu na bole, baki ta amar hisab e rakhben",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Tonight 12,000 from 3 customers for Rima and Shila. As per madam rule girls get nothing in hand, deposited to the Rocket account, TxnId: 7845129630. Will send balance screenshot after 2nd shift",
  [("mfs_transaction", "7845129630")])
F("payments_and_proceeds", "en",
  "Boss this week live show earning from 4 girls is $1,260. Girls dont know the dashboard password, I changed it again. Sent 1,200 USDT to your wallet " + ETH1 + " (BEP20), cut my 60 as usual",
  [("eth_address", ETH1)])

# isolation_and_control (bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আমার ফোন আসার দিনই নিয়ে নিছে। সপ্তায় একদিন মার সাথে কথা কইতি দেয়, মেডাম পাশে বইসে থাকে, লাউডে দিয়ে। শিখায় দেয় কী কবো, কইতি হয় ভালো আছি, বেতন পাতিছি। মা কাঁদে আর আমি হাসি দিয়ে কথা কই",
  [])
F("isolation_and_control", "bn",
  "আজকে থেকে কারো বাইরে যাওয়া বন্ধ। দরজায় বাইর থেকে তালা থাকবে, বাজার লাগলে রাজু আইনা দিবে। বারান্দায় দাঁড়াইবা না, জানালা দিয়া পাশের বিল্ডিংয়ের কারো সাথে কথা কইবা না। কেউ কিছু জিগাইলে কইবা আমরা এক পরিবার",
  [])
F("isolation_and_control", "bn",
  "বাড়িতে কইবা ঢাকায় গার্মেন্টসে চাকরি পাইছো। দুবাইয়ের কথা কাউরে কইবা না, তোমার ভাবীরেও না। আর এই সিমটা ভাইঙ্গা ফালাইবা, আমি নতুন সিম দিমু, ওইটা দিয়া খালি আমার সাথে কথা কইবা",
  [])
F("isolation_and_control", "bn-Latn",
  "apa mui ekhon kotha kom koite pari, hera mobile ta din e ek ghonta dey tarpor niya jay. ghor theke ber hoite dey na, gate e ekta lok boisha thake sarakkhon. mui kothay asi eita o jani na, khali jani samne ekta masjid",
  [])
F("isolation_and_control", "bn-Latn",
  "Tomake ar oi Jashore er friend der group e thakte hobe na, sob purano friend ke block koro. Imo id ta ami chalabo ekhon theke, tomar hoye ami reply dibo. Tomar ammu call dile ami bolbo tumi duty te",
  [])
F("isolation_and_control", "en",
  "We are 9 girls in one flat in Al Barsha, they lock from outside when they leave. Supervisor keeps all our passports and Emirates ID. We only go out in their car and he sits with us. Please dont call this number, message only at night",
  [])
F("isolation_and_control", "en",
  "Reminder to all new girls: no personal phones in the house. Phones stay in the locker with Didi. Family call Sunday 10 min on speaker only. Anyone found with hidden phone or talking to the driver will be shifted to Pune branch. Nobody goes down alone",
  [])

# labour_exploitation (bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "ভোর ৫টা থেকে রাত ২টা পর্যন্ত কাম করি আপা, তিন বাড়ির কাম এক্কা করি। একবেলা খাইতে দেয়, আগের দিনের ভাত। চাইর মাস বেতন দেয় নাই, চাইলে কয় কফিল দিবো, কফিলরে জিগাইলে কয় মেডাম দিবো",
  [])
F("labour_exploitation", "bn",
  "বারে রাত ৯টা থেকে ভোর ৪টা পর্যন্ত নাচতে হয়, তারপর সকালে ম্যাডামের বাসার রান্না মোছা। সপ্তাহে কোনো ছুটি নাই। জ্বর হলেও যাইতে হয়, না গেলে ৫০ দিরহাম ফাইন, মাসের শেষে হাতে কিছুই থাকে না",
  [])
F("labour_exploitation", "bn-Latn",
  "salary 1500 dirham bolse, 3 mash e pailam 400. baki ta naki 'safe e rakhse', desh e jawar somoy dibe. din e 14-15 jon er massage kori, off day nai, ghumai du tin ghonta. pith er betha te haat uthate pari na",
  [])
F("labour_exploitation", "bn-Latn",
  "Ammu ami ar parchi na. kaj chere dite chaile bole contract shesh hoy nai, 2 bochor na hole chhadte dibe na. khawa dey din e ekbar, ruti ar dal. raate rannaghor er floor e shui",
  [])
F("labour_exploitation", "en",
  "Salary not paid for 5 months. When we ask manager says company loss, wait. We work 12 hours in laundry then cleaning villas at night till 2. No off day since March. Two girls fainted last week, he said drink water and go back",
  [])
F("labour_exploitation", "en",
  "Madam ne bola 14 hours shift hai, 7 days. Customer zyada ho to no break, no sitting. Tips bhi cash counter pe jama. Those who say tired get no dinner that night. Three months now no day off",
  [])
F("labour_exploitation", "en",
  "My sister works in a house in Salalah. They make her sleep on the kitchen floor, she says she lost 8 kg. No wages since she arrived before Ramadan. Sponsor says she belongs to him for 2 years and she cant leave before that",
  [])

# threats_and_coercion (bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "ভিডিও কলের রেকর্ড আমার কাছে আছে। কাল রাতের মধ্যে ২০ হাজার না দিলে তোর বাপের আর তোর জামাইয়ের মেসেঞ্জারে পাঠায় দিমু। পুলিশের কাছে গেলে সোজা ফেসবুকে লাইভ, তারপর দেখিস গ্রামে মুখ দেখাইতে পারস কিনা",
  [])
F("threats_and_coercion", "bn",
  "হ্যারা কইছে পালাইলে পুলিশে দিবো, কইবো সোনা চুরি কইরা পলাইছি, তারপর জেল। মোগো বরিশালের একটা মাইয়ারে এমনে জেলে দিছে, দুই বছর হইয়া গেছে হেয় এহনো বাইর হয় নাই। এইজন্য মুই কিছু কই না",
  [])
F("threats_and_coercion", "bn",
  "তোর মা-বাপ কোথায় থাকে আমরা জানি, ঝিকরগাছা বাজারের পিছনে টিনের ঘর। বেশি তেড়িবেড়ি করলে ওইখানে লোক যাবে। তোর ছোট বোনটাও তো এখন বড় হইছে",
  [])
F("threats_and_coercion", "bn-Latn",
  "Madam bolse customer er sathe jaite na chaile Afsana r moto korbe. oke current er tar diye marse, 3 din uthte pare nai. amra sobai dekhsi. apa ami aj raate jabo, na hole amar o oi obostha",
  [])
F("threats_and_coercion", "bn-Latn",
  "Kafil er bou bolse beshi kotha bolle huroob kore dibe, tarpor police dhorle jail, tarpor deport, ar kono din Gulf e ashte parbi na. embassy te phone dile o jante parbe, ora nijei bolse",
  [])
F("threats_and_coercion", "bn-Latn",
  "Beshi natok korbi na. Tujhe 60 hazar me becha hai, ab tu meri. Palaite chaile Barishal e tor barir lok jene jabe tui ekhane ki kaj korti, video o ache. chup chap kaam kar",
  [])
F("threats_and_coercion", "en",
  "If you go to the embassy again we will file absconding case and police will put you in deportation jail. Your agent in Dhaka will put case on your father for the loan also. Think about your family and go back to work",
  [])
F("threats_and_coercion", "en",
  "I have all your pics and the video from Imo. You have 24 hrs. Send 300 dollar or I post them in Jessore Buy & Sell group and tag your brother and your college. Try to block me and see what happens",
  [])

# sexual_exploitation (bn 2, bn-Latn 3, en 3)
F("sexual_exploitation", "bn",
  "প্রথম রাত্তিরেই কয় খদ্দের নিতি হবে, না নিলি মারবে। রাতে সাত আটজন আসে, কারো কারো সাথে মাসি নিজে দর করে। টাকা সব মাসির হাতে, আমরা কোনোদিন টাকা ছুঁয়েও দেখিনি",
  [])
F("sexual_exploitation", "bn",
  "রাত ১১টা থেকে ২টা পর্যন্ত লাইভে থাকবি। প্রাইভেট রুমে যে যা কয় তাই করবি, কাপড় খুলতে কইলে খুলবি, মুখ ঢাকবি না। গিফট কম আসলে সেদিন খাওয়া বন্ধ। ক্যামেরার সামনে কান্নাকাটি করবি না",
  [])
F("sexual_exploitation", "bn-Latn",
  "Notun Bangali meye available Deira te 🌹 fresh, 100% real pic, hotel & room service. Booking shudhu manager er maddhome, meyer sathe direct kotha hobe na. call/whatsapp +971 52 345 6789",
  [("phone", "+971523456789")])
F("sexual_exploitation", "bn-Latn",
  "dance bar e shudhu nachben bolsilam na? ekhon customer table e boshe drink korbe, tarpor hotel e nite chaile jaben, eta 'extra' er part. na gele bar owner ar rakhbe na, tokhon desh e ferot jawar ticket nijer taka e",
  [])
F("sexual_exploitation", "bn-Latn",
  "Aaj raat tor jonno 3 ta booking, ek Indian ek Pakistani ek local. Mu band rakhna, jo bole woh karna. Tips sob madam ke paas jama, kal sokale hisab. Lipstick lagake ready thakbi 10 tay",
  [])
F("sexual_exploitation", "en",
  "New girls just arrived from Bangladesh 🇧🇩 very shy, first time abroad. Full service, outcall Sohar & Muscat. Photos on request, all real. Book through WhatsApp only +968 9123 4567 manager",
  [("phone", "+96891234567")])
F("sexual_exploitation", "en",
  "The spa had rooms at the back. The manager told us massage is only the start, every girl has to give extra if customer pays more. If we refused he cut 200 from our money and sent us to another branch where it was worse",
  [])
F("sexual_exploitation", "en",
  "Telegram channel t.me/deshi_private_cams live shows of Bangladeshi varsity girls. Private room 30$/15 min, payment USDT only. Girls are managed by us, they cant refuse any request. Join fast",
  [("telegram", "@deshi_private_cams")])

# minors (bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কী হইছে, পাসপোর্টে বয়স বাড়ায়া ২১ কইরা দিমু, জন্মনিবন্ধন আমার লোক নতুন বানাইবো ইউনিয়ন থেইকা। দুবাইয়ে বাসার কাজ, মাসে ৩০ হাজার, কেউ ধরতে পারবো না",
  [])
F("minors", "bn",
  "মুই যহন ছয় সাত বছরের, এক চাচায় মোরে দুবাই লইয়া গেছিল। উটের পিঠে বাইন্ধা দৌড়াইতো, পইড়া গেলে মারতো। খাইতে দিতো কম যাতে ওজন না বাড়ে। আমার লগের একটা পোলা আর ফিরে নাই",
  [])
F("minors", "bn-Latn",
  "Boss Sadarghat theke 5 ta pola ana hoise, boyosh 8 theke 11. Duita ke haat e bandage kore Mirpur 10 e boshabo, baki 3 ta ke Howrah pathabo station er kaje. protidin 800 tk kore jama dibe, kom hoile khana nai",
  [])
F("minors", "bn-Latn",
  "Meyeta class 8 e pore, kintu dekhte boro lage, customer bujhbe na. Age jiggesh korle bolbi 19. Sonagachi te ek mashi ache, 80 hajar dibe nogod. maa ke bolbo Kolkata te bari r kaj",
  [])
F("minors", "bn-Latn",
  "tumi to matro 15 but tomar pic gula onek cute 😘 amar friend er Dubai te modeling agency ache. shudhu ekta video call e dress change kore dekhao, tarpor contract. ammu ke bolo na kintu, surprise rakhbo",
  [])
F("minors", "en",
  "Girl is 16 but passport says 22, she will pass at Benapole if she wears saree and sits with her 'husband'. Madam in Mumbai wants young ones, pays more for under 18. Bring her Thursday",
  [])
F("minors", "en",
  "Hi sweetie you said you are in class 9 right? I run a Likee agency, girls your age earn 500$ per month from gifts. You just go live at night in your room and do what the top fans ask. Dont tell parents they wont understand. Add me on Telegram @likee_star_agency",
  [("telegram", "@likee_star_agency")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "যশোরের শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। এসময় এক দালালকে আটক করা হয়। উদ্ধারকৃতরা জানায়, ভালো বেতনের চাকরির প্রলোভন দেখিয়ে তাদের সীমান্তে আনা হয়েছিল। তাদের একটি এনজিওর আশ্রয়কেন্দ্রে পাঠানো হয়েছে।")
N("news", "en",
  "RAB arrests 4 members of a ring that lured women to Dubai dance bars with promises of hotel jobs; 11 passports and Tk 3 lakh recovered from a flat in Uttara, RAB-1 said on Sunday.")
N("news", "bn-Latn",
  "BREAKING: Dubai theke deshe firlen 22 nari kormi, biman bondor e kannay bhenge porlen 😢 tader onekei bolen 6 mash beton payni | full video link comment e")
N("news", "bn",
  "২০০৫ সালে সংযুক্ত আরব আমিরাত উটের দৌড়ে শিশু জকি নিষিদ্ধ করে। এরপর বাংলাদেশসহ কয়েকটি দেশের কয়েকশ শিশুকে দেশে ফেরত আনা হয় এবং পুনর্বাসন কর্মসূচির আওতায় আনা হয়।")
N("news", "en",
  "Jashore Women and Children Repression Prevention Tribunal on Tuesday sentenced two men to life imprisonment for trafficking a 15-year-old girl to India in 2019. The girl was rescued from Pune and testified in court.")
N("news", "en",
  "Female migration fell 15% in 2025, with around 58,000 women going abroad for work, mostly to Saudi Arabia, Jordan and Oman, BMET data show. Returnees cited unpaid wages and abuse by employers.")
# awareness
N("awareness", "bn",
  "⚠️ সতর্কবার্তা: ফেসবুক, ইমো, লাইকিতে 'দুবাইয়ে ড্যান্স ক্লাব বা পার্লারে চাকরি, বেতন লাখ টাকা' এমন বিজ্ঞাপন দেখলে সাবধান। কেউ পাসপোর্ট জমা রাখতে চাইলে বা অগ্রিম টাকা চাইলে ৯৯৯ এ ফোন করুন। শেয়ার করে সবাইকে জানান।")
N("awareness", "bn-Latn",
  "Sobai share koren 🙏 kono meye ke jodi keu bole Dubai te parlour e chakri, visa free, kaj e giye taka dibe, ei gula sob dalal der fand. Jawar age agency r BMET license ache kina check koren, Ami Probashi app e registration koren")
N("awareness", "en",
  "Did someone take your passport? Are you being made to work to pay off a debt? You are not alone. Call our free helpline 01713-000111 or message our page. Everything is confidential. - Jashore Rights Society",
  [("phone", "+8801713000111")])
N("awareness", "bn",
  "মা-বাবাদের প্রতি অনুরোধ: ১৮ বছরের কম বয়সী মেয়েকে কেউ বয়স বাড়িয়ে পাসপোর্ট করে বিদেশে কাজে পাঠানোর কথা বললে রাজি হবেন না। এটা আইনত অপরাধ, আর মেয়েটার জীবন ঝুঁকিতে পড়ে।")
N("awareness", "en",
  "If someone threatens to leak your photos unless you pay, do not pay and do not delete the chat. Take screenshots and report to Police Cyber Support for Women. It is not your fault. Share with your sisters and friends.")
N("awareness", "bn-Latn",
  "Union parishad theke jananu jacche, gramer keu bidesh jaite chaile dalal er kache taka na diye sorasori DEMO office e jogajog korun. Kom khoroche Malaysia bole keu advance taka chaile age jachai korun. Jomi bondhok diye bidesh jaben na")
# official
N("official", "en",
  "M/s Al-Noor Overseas (RL-1532) is recruiting 50 female sewing operators for Jordan QIZ factories. Salary JOD 220 + overtime, free accommodation and food, no cost to workers as per employer pays policy. Interview at BMET Dhaka, bring passport & NID. Smart card will be issued after training.")
N("official", "bn",
  "বিদেশগামী নারী কর্মীদের জন্য ৩০ দিনের গৃহকর্মী প্রশিক্ষণ যশোর টিটিসিতে শুরু হবে ১৫ জানুয়ারি। প্রশিক্ষণ শেষে বিএমইটি স্মার্ট কার্ড প্রদান করা হবে। সাথে আনবেন: পাসপোর্টের ফটোকপি, জাতীয় পরিচয়পত্র, ৪ কপি ছবি।")
N("official", "en",
  "Embassy of Bangladesh, Muscat: Workers whose passports are held by employers, or who have not received wages, may contact the Labour Wing. Outpass is issued free of cost for workers wishing to return. Email labour.muscat@mofa.gov.bd",
  [("email", "labour.muscat@mofa.gov.bd")])
N("official", "bn",
  "প্রিয় আবেদনকারী, আপনার ই-পাসপোর্ট প্রস্তুত। পাসপোর্ট নং EC1234567। অনুগ্রহ করে মূল ডেলিভারি স্লিপসহ যশোর বিভাগীয় পাসপোর্ট ও ভিসা অফিস থেকে সংগ্রহ করুন। - DIP",
  [("bd_passport", "EC1234567")])
N("official", "bn-Latn",
  "Saudi te hospital cleaner (female) 20 jon niyog. Sorkar nirdharito khoroch, BMET clearance o smart card amra kore dibo, kono lukano khoroch nai. RL-1198. Dalal er maddhome na, sorasori office e ashun, Purana Paltan. Ph: 01711-556677",
  [("phone", "+8801711556677")])
N("official", "en",
  "Probashi Kallyan Bank: Your migration loan of Tk 1,00,000 has been approved. First instalment due 10 Feb. Repay at any branch. Do not pay any person outside the bank for loan processing.")
# receipt
N("receipt", "en",
  "You have received Tk 15,000.00 from 01819223344. Ref Dubai. Fee Tk 0.00. Balance Tk 16,240.50. TrxID BKC8H7QZ2M at 03/12/2026 19:42",
  [("phone", "+8801819223344"), ("mfs_transaction", "BKC8H7QZ2M")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01912345098 Ref: ammu medicine TxnID: 7AB3KD9Q Balance: Tk 8120.00",
  [("phone", "+8801912345098"), ("mfs_transaction", "7AB3KD9Q")])
N("receipt", "bn",
  "সেন্ড মানি সফল হয়েছে। ৳৫,০০০.০০ পাঠানো হয়েছে ০১৭২২৩৩৪৪৫৫ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১২,৩৪০.০০। TrxID BKD4M9XT1P ১২/১১/২০২৬ ১০:১৫",
  [("phone", "+8801722334455"), ("mfs_transaction", "BKD4M9XT1P")])
N("receipt", "en",
  "Dear Customer, your A/C ****4521 is credited with BDT 52,380.00 (Foreign Remittance from exchange house, AE) on 28-Nov-26 incl. 2.5% govt incentive. Thank you. -Sonali Bank")
N("receipt", "en",
  "Cash-In from A/C: ***7788 Tk 3,000.00 Fee: Tk 0.00 Balance: Tk 3,450.00 TxnId: 9931245780 Date: 01-DEC-26",
  [("mfs_transaction", "9931245780")])
N("receipt", "bn-Latn",
  "apa bkash korsi 2500, TrxID CKF82JD0QW, Mim er coaching fee. ami Oman e theke abar mashe pathabo, confirm koiren",
  [("mfs_transaction", "CKF82JD0QW")])
# family
N("family", "bn",
  "আম্মা মোর পাসপোর্ট এহনো আসে নাই, পুলিশ ভেরিফিকেশন হইছে গত সপ্তায়। আব্বারে কইয়েন বিকাশে টাকা পাঠাইছি, হেইয়া দিয়া এই মাসের কিস্তি দিবে। মুই ভালো আছি, চিন্তা কইরেন না")
N("family", "bn-Latn",
  "Khalamoni, cheler family bolse biyer por Sumi ke Malaysia niye jabe, ora oikhane 10 bochor dhore ache, cheler PR ache. Ami bolsi age kabin hobe deshe, tarpor spouse visa r kagoj dekhbo, tarpor jabe")
N("family", "en",
  "Bhaiya I sent 40k for Abbu's surgery, pls confirm. Also my iqama renewed finally, company paid the fee. Tell Ammu not to worry, I'm eating properly 😊")
N("family", "bn",
  "রিয়ার পাসপোর্ট করতে দিলাম, ও তো ১৬ বছরের, তাই বাবা মা দুইজনের এনআইডি লাগছে। আমার NID নং ১৯৮৫৪৪১২৫৬৭৮৯০১২৩ দিছি। ডিসেম্বরে ভেলোরে চোখের ডাক্তার দেখাইতে যাবো সবাই মিলে",
  [("bd_nid", "19854412567890123")])
N("family", "bn-Latn",
  "Abba agency theke phone disilo, Jordan er garments job er interview Monday Dhaka te. Oder office e BMET license er copy dekhsi, Ami Probashi te registration o kore felsi 😊 taka lagbe na bolse, ticket company dibe")
N("family", "en",
  "Ma, Rupa wants to go to Dubai for her cousin's wedding on visit visa, 10 days only. Dulabhai booked the return ticket already. Can you keep her passport safe at home till she comes back from hostel?")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah 2 bochor holo Jordan e garments e. beton somoy moto pai, overtime o dey. Eid e 5 din chuti disilo. kono dalal chara BMET diye ashchilam, khoroch hoise 20 hajar er moto. passport nijer kache")
N("worker_content", "bn",
  "মালিকের বাসায় ভালো আছি, ম্যাডাম ভালো মানুষ। বেতন প্রতি মাসে ১২০০ রিয়াল দেয়, ফোন আমার কাছেই থাকে। শুধু রান্না বেশি, মেহমান আসলে রাতে ক্লান্ত লাগে। শুক্রবার একটু বিশ্রাম পাই")
N("worker_content", "en",
  "Working at a licensed ladies salon in Sharjah, 9 hours with 1 hour break, Friday off. Salary 2200 AED, visa and insurance from company. Boss is strict about timing but fair. Missing home food though 😔")
N("worker_content", "bn-Latn",
  "ajke 12 ghonta duty korsi mall er cafe te, overtime pay dibe bolse. supervisor ta khitkhite, but salary thik time e dey. pa betha 😫 kal off, ghum dibo shudhu")
N("worker_content", "en",
  "Did a stage show at a wedding in Gulshan tonight with our dance troupe, everyone got paid 8k in cash, organiser was nice. Next month cultural show in Dubai with Shilpakala group, all papers through the ministry 💃")
N("worker_content", "bn",
  "এই মাসে ওভারটাইম কম, বেতন আসছে ১৪০০ রিঙ্গিত। কোম্পানি নিজের খরচে পারমিট রিনিউ করছে। পাসপোর্ট নিজের কাছে রাখি। মেসের খাবার ভালো না, তাই নিজেরা রান্না করি")
# joke
N("joke", "bn-Latn",
  "Amar bou bole ami naki tar 'free visa', kaj kam kintu khoroch beshi 😂😂")
N("joke", "en",
  "My mom confiscated my phone after 11 pm and now I know what hostages feel like 😭😂 #freeme")
N("joke", "bn",
  "অফিসের বস এমনভাবে দৌড়ায়, মনে হয় আমি দুবাইয়ের উটের জকি 🐪😂 শুধু খাওয়া কম দিলে পুরা মিলে যাইতো")
N("joke", "bn-Latn",
  "Dalal bhai amake Canada pathabe bolse, shudhu 5 lakh ar amar ekta kidney lagbe 🤣🤣 bhai amar kidney te already kisti ache")
N("joke", "en",
  "Breaking: local man held hostage by in-laws at Jamai Shoshthi, forced to eat 14 pithas, no escape route, family says he is safe 😂")
N("joke", "bn",
  "আমার ছোট ভাই বলে ওদের স্যার নাকি সবাইকে জেলখানায় আটকে রাখে, আসলে কোচিংয়ে এক্সট্রা ক্লাস 😂 মোবাইলও জমা নেয়, বেচারা")
# chatter
N("chatter", "bn-Latn",
  "Oi Rima, Likee te tor dance video ta viral 😍 20k like! keu inbox e kharap kotha bolle block diye dis, ar personal number dibi na kauke, dubai r job er offer dile o na")
N("chatter", "en",
  "Anyone know a good agent in Jashore for Maitree Express tickets to Kolkata? Need for mom's treatment, then going to Vellore. Passport and visa done already")
N("chatter", "bn",
  "আপু, ধানমন্ডির ওই মাসাজ পার্লারটা কোথায় ছিল? কোমরের ব্যথার জন্য যাবো। ওরা কি মহিলা থেরাপিস্ট রাখে? রেট কত?")
N("chatter", "bn-Latn",
  "Bhai IMO te knock dilam, Dubai te kemon acho? raat e video call e ashis, ammu kotha bolbe. ar tor passport er meyad kobe shesh, renew korte hobe na?")
N("chatter", "en",
  "Madam said the new girls in our hostel have to share the room with 4 others till January, rent 3500 each. Curfew 10pm and no guests 🙄 at least wifi is good")
N("chatter", "bn",
  "বস, কালকে বিকাশে ৫০ হাজার পাঠাও, দোকানের মাল নামাইতে হবে, গাড়ি ভাড়া বাকি। কিস্তির টাকা সোমবার দিমু")

# ---------------------------------------------------------------- easy negatives
N("family", "bn", "আজকে বৃষ্টি হবে মনে হয়, ছাতা নিয়া বাইর হইস", hard=False)
N("chatter", "en", "Happy birthday Nila! 🎂🎉 have a great year ahead", hard=False)
N("chatter", "bn-Latn", "khela dekhsos? Bangladesh jitse 😍 Taskin er bowling joss chilo", hard=False)
N("receipt", "en", "Your Daraz order has been shipped and will arrive in 3-5 working days. Thank you for shopping with us.", hard=False)
N("family", "bn", "শীতের পিঠা বানাইছি, বিকালে আসিস, তোর ভাইগ্নারেও নিয়া আসিস", hard=False)
N("chatter", "bn-Latn", "class kal 10 tay, notes ta pathai dio plz", hard=False)
N("news", "en", "Dhaka's air quality ranked among the worst in the world this morning, with an AQI of 289.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না। জ্বর হলে দ্রুত ডাক্তার দেখান।", hard=False)
N("joke", "en", "Why did the rice cooker go to therapy? Too much pressure 😂", hard=False)
N("worker_content", "bn-Latn", "ajke office e pitha utsob chilo, onek moja hoise, bhapa pitha best", hard=False)
N("official", "bn", "আগামী ১৬ ডিসেম্বর মহান বিজয় দিবস উপলক্ষে সকল সরকারি অফিস বন্ধ থাকবে।", hard=False)
N("joke", "bn", "ব্যাচেলর বাসায় রান্না মানেই ডিম ভাজি আর আলু ভর্তা 😂", hard=False)


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
    random.Random(67).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev67-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
