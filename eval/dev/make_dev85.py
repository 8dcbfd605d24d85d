#!/usr/bin/env python3
"""Blind dev set dev85: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an investigator on a mobile-money provider's fraud team (bKash, Nagad, Rocket) reading the chats attached to suspicious accounts: ransom for detained migrants, visa money split over personal accounts, hundi, cash-out agents, payments for girls, debts collected from families, USDT for smugglers; agent and customer chats in Bengali, Banglish and English. Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev85.jsonl"
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


BTC1 = btc("dev85-btc-1")
TRON1 = tron("dev85-tron-1")
ETH1 = eth("dev85-eth-1")

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
# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই সৌদির ফ্রি ভিসা আছে ৩টা হাতে। কফিল খালি ইকামা করে দিবে, কাজ বাইরে নিজে ধরবেন, ইনকাম মাশাল্লাহ ভালো। রেট ৪ লাখ ৮০, ২ লাখ আগে দিলে ফাইল ঢুকামু। ইমোতে নক দেন ০১৭১৮-৪৪২৯০৬",
  [("phone", "+8801718442906")])
F("recruitment_deception", "bn",
  "আম্মা ওরা কইছিল হোটেলে ওয়েটারের কাজ, মাসে ১৮০০ রিঙ্গিত। আইনা দিছে পাম বাগানে জঙ্গলের ভিতর, এখন কয় বেতন ৯০০। সাইফুল দালাল ফোন ধরে না। এই কাজের জন্য ৫ লাখ দিলাম আমরা??",
  [])
F("recruitment_deception", "bn",
  "আপা ছেলে দুবাইতে নিজের দোকান, বিয়ার পর বউ সাথে নিয়া যাবে। কাবিন নিয়া চিন্তা কইরেন না, খালি ভিসা আর টিকেটের ৮০ হাজার মেয়ের বাপ দিবে, ওখানে গিয়ে ছেলে শোধ কইরা দিবে। মেয়ের ছবি আর পাসপোর্টের কপি দেন, আপাতত গ্রামে কাউকে জানানোর দরকার নাই",
  [])
F("recruitment_deception", "bn-Latn",
  "bro thailand e data entry job, english ektu parlei hobe. beton 1200 dollar, thaka khawa ticket sob company. experience lagbe na, age 20-30. next week flight possible, passport er pic diye telegram e knock den @kajer_khobor_bd",
  [("telegram", "@kajer_khobor_bd")])
F("recruitment_deception", "bn-Latn",
  "Italy jaben? Serbia hoye game dibo 100% guarantee. prothome dubai visit visa te 15 din, tarpor bus e border. boat na bhai tension nai 😅 total 12 lakh, 3 kisti. amader license lage na, amra direct lok",
  [])
F("recruitment_deception", "bn-Latn",
  "apnar deya kuwait er visa ta embassy r site e check korlam, ei number e kono visa e nai. office e gelam oi demand letter o nki jal. 3 lakh 20 hajar dilam apnake, ekhon phone o off. kalke theke bolsen flight er tarikh dibo",
  [])
F("recruitment_deception", "en",
  "Malaysia factory job calling visa available. Salary RM 2200 fixed + OT. Total cost only 1.5 lakh (less than govt rate 😉). No need BMET registration or smart card, our man at airport will clear you. Send NID + passport scan to hr.malaysiajobs24@gmail.com",
  [("email", "hr.malaysiajobs24@gmail.com")])
F("recruitment_deception", "en",
  "they told us in dhaka its customer service for online shop in bangkok. after we crossed the river in a small boat they put us in a building near myawaddy. the job is chatting with foreigners to make them invest in fake app. nobody said this before",
  [])

# fees_and_debt (8: bn 2, bn-Latn 3, en 3)
F("fees_and_debt", "bn",
  "কোম্পানি কয় প্লেন ভাড়া আর ভিসার ৩ লাখ নাকি আমার নামে লেখা। প্রতি মাসে বেতন থেকে ৭০০ রিয়াল কাটবে যতদিন শোধ না হয়, হাতে পাই ২০০। হিসাব করলাম ৩ বছর লাগবে, তার আগে দেশে যাওয়া যাবে না",
  [])
F("fees_and_debt", "bn",
  "মামা রিয়াদ আসছি ২ মাস। এখন কফিল কয় ইকামার জন্য আরো ১ লাখ ২০ হাজার লাগবে, নাইলে কাজ নাই। আব্বারে কও জমি বন্ধক দিয়া হইলেও টাকাটা পাঠাইতে এই বিকাশে ০১৯১৪৫৬২৮৮৩",
  [("phone", "+8801914562883")])
F("fees_and_debt", "bn-Latn",
  "ASA theke 2 lakh kisti nisi, baki 3 lakh jomi bondhok. dalal bolse saudi giye 1 bochore shodh hoye jabe. ajke advance 1 lakh bkash korte hobe personal e 01876-220194, receipt dibe na bolse",
  [("phone", "+8801876220194")])
F("fees_and_debt", "bn-Latn",
  "apnar chele amar kache 4 lakh 60 hajar rin. mash e 20 hajar kore na dile sud barbe, seta apnar chele jane. ei mash er ta 5 tarikh er moddhe nagad koren 01632 907 415. chele kaj kore shodh korbe bolsilo, ekhono 1 taka o ashe nai",
  [("phone", "+8801632907415")])
F("fees_and_debt", "bn-Latn",
  "malaysia calling visa package 5 lakh 50. medical 8 hajar alada. BMET er receipt e 79 hajar dekhabo, baki cash e dite hobe. kew jiggesh korle bolben 79 e dicchen. sobai ei vabei jay vai",
  [])
F("fees_and_debt", "en",
  "cant resign until i pay back 2,800 ringgit agency loan. every month a new cut: hostel, levy, uniform, medical. payslip says RM 1,700 i get RM 430. boss says loan finish then you can go home",
  [])
F("fees_and_debt", "en",
  "Dear applicant your Poland work permit file is APPROVED. Pay processing fee BDT 1,50,000 within 48 hours to hold your slot, balance 6 lakh after visa. Payment only bKash Send Money 01747-310628 (personal). No money receipt for bKash payment.",
  [("phone", "+8801747310628")])
F("fees_and_debt", "en",
  "sardar gave my husband 90,000 dadon before the season, now he says with interest it's 1.4 lakh and he has to stay at the brick kiln till it's cleared. next season my son also has to go to work it off",
  [])

# payments_and_proceeds (8: bn 3, bn-Latn 2, en 3)
F("payments_and_proceeds", "bn",
  "ভিসার টাকা এক নাম্বারে পাঠাবেন না, ঝামেলা হবে। ৫০ হাজার করে ভাগ কইরা দেন: ০১৭৩৫২৯১৪০৬ বিকাশ, ০১৮২২৬০৭৩৪৮ নগদ, ০১৬৪৭১১৮৯২০ বিকাশ। সেন্ড মানি দিবেন, রেফারেন্সে কিছু লিখবেন না",
  [("phone", "+8801735291406"), ("phone", "+8801822607348"), ("phone", "+8801647118920")])
F("payments_and_proceeds", "bn",
  "মালয়েশিয়ার লোকের টাকা ওখান থেকে রিঙ্গিতে নিবেন, দেশে আমার এজেন্টরা বিকাশে দিয়া দিবে। ব্যাংক রেট থেকে ২ টাকা বেশি। বস কইছে ২০টা এজেন্ট নাম্বারে ভাগ করবা, একটাতে ২৫ হাজারের বেশি না",
  [])
F("payments_and_proceeds", "bn",
  "ঝুমার টাকা কই? মাল পাঠাইছি ৩ দিন, ওপারের পার্টি ৮০ হাজার দিছে তোর ভাগ ১৫। TrxID দে আগে, নাইলে পরের মেয়ে আর তোর লাইনে দিমু না",
  [])
F("payments_and_proceeds", "bn-Latn",
  f"boss libya crossing er 4 jon er payment USDT te, TRC20 only. address {TRON1} . jon proti 3200 usdt. hash er screenshot dio, tarpor boat er date",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "ajke chharanor taka 3 ta number e ashbe. tui sob cash out kore hundi walar hate diye dibi, nijer bkash e 1 raat o rakhbi na. commission 1.5%. TrxID gula ami ke pathabi, ar family r sathe kono kotha na",
  [])
F("payments_and_proceeds", "en",
  "Oman batch 14 heads collected 6.2 lakh each. paid agency 1.1, ticket 0.45 each, rest stays in nagad merchant. dont put more than 4.9 lakh in one account in a day, bank will report. open 2 new accounts on Karim and Shila NID",
  [])
F("payments_and_proceeds", "en",
  "You have received Tk 45,000.00 from 01956338127. Ref: rubina. Fee Tk 0.00. Balance Tk 2,13,540.72. TrxID BKD7Q3XW2M at 14/11/2026 21:47\n\nok 2nd girl payment received. put her on tonight's bus to benapole, the other side will pick her",
  [("phone", "+8801956338127"), ("mfs_transaction", "BKD7Q3XW2M")])
F("payments_and_proceeds", "en",
  f"Europe game via Belarus: advance 5000 USDT BEP20 to {ETH1} . no bank no bkash. after sending, drop the hash on telegram @safe_route_eu and we confirm the seat",
  [("eth_address", ETH1), ("telegram", "@safe_route_eu")])

# isolation_and_control (7: bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আপা আমারে বাসা থেকে বাইর হইতে দেয় না, মেডাম বাইরে গেলে দরজায় তালা দিয়া যায়। পাসপোর্ট আসার দিনই নিয়া নিছে। মোবাইল রাইতে লুকায়া চালাই, দেখলে নিয়া যাবে। আম্মারে কিছু কইয়ো না",
  [])
F("isolation_and_control", "bn",
  "শুক্রবারে ১০ মিনিট বাড়িতে কথা কইতে দেয়, সুপারভাইজার পাশে দাড়ায় থাকে, লাউডে দিতে হয়। কইছে বাড়ির কেউ যেন না জানে এখানে কি কাজ করি, জানলে খবর আছে",
  [])
F("isolation_and_control", "bn-Latn",
  "airport e keu jiggesh korle bolba khalar basay beranor jonno jaccho, kajer kotha bolba na. tomar phone amar kache thakbe, pouchaile ami nije tomar ammar sathe kotha boliye dibo. emni ar kauke number dio na",
  [])
F("isolation_and_control", "bn-Latn",
  "amar asol phone niye nise, company phone dise okhane sudhu office app chole. ei msg ta ekjoner phone theke lukiye dicchi. gate e bonduk wala guard, bahire jawa nishedh. amar nam kauke bolis na",
  [])
F("isolation_and_control", "bn-Latn",
  "vai kafil passport rakhse, bole chuti te gele o dibe na. 6 mash hoilo iqama o korai nai tai rastay ber hoite pari na police dhorbe. sudhu room ar site, room ar site",
  [])
F("isolation_and_control", "en",
  "sister pls dont call this number, madam checks my phone every night. i will msg from the driver phone when i can. they keep my passport and iqama in the office drawer and i cant go out alone",
  [])
F("isolation_and_control", "en",
  "When you land in KL give your passport and phone to our man at arrival, he keeps them safe till permit done. Do not go outside the hostel, police will catch you. Family can talk to you Sunday on the group phone only.",
  [])

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "৯ মাস হইল একটা রিয়ালও দেয় নাই। কয় কোম্পানির লস, পরে একসাথে দিবে। খাওয়ার টাকা রুমমেটের থেকে ধার করি, দেশে কিস্তির লোক প্রতি সপ্তাহে বাড়িতে আসে",
  [])
F("labour_exploitation", "bn",
  "ভোর ৫টা থেকে রাত ১১টা পর্যন্ত উটের খামারে। ছুটি নাই, দিনে একবেলা খুবুজ আর পানি। জ্বর হইলেও কাজ, না করলে ওইদিনের বেতন কাটে",
  [])
F("labour_exploitation", "bn",
  "কাজ ছাড়তে চাইলে কয় ৫ লাখ জরিমানা দিয়া যাও। অন্য কোম্পানির কথা কইলে মালিক হাসে। ১৪ জন এক কন্টেইনারে থাকি, বাথরুম একটা",
  [])
F("labour_exploitation", "bn-Latn",
  "ami 3 ta basay kaj kori, madam er boner basay o pathay. ghum 4 ghonta. beton 1000 riyal bolsilo dey 600, tao 3 mash por por ekbar",
  [])
F("labour_exploitation", "bn-Latn",
  "trawler e 40 din dhore achi, kul e namte dey na. mohajon bolse season shesh na hoile keu namte parbe na. beton er kotha tulle mair dey",
  [])
F("labour_exploitation", "en",
  "contract says 1500 AED but company pays 800 and keeps 300 every month as 'deposit' in case we run. 7 days a week 14 hours in the heat, overtime zero. camp toilet broken since march",
  [])
F("labour_exploitation", "en",
  "my brother at the car workshop in johor works 16 hours, sleeps on cardboard under the lift. boss gives RM 300 when he feels like it. when he asked for salary boss said you are illegal, be grateful",
  [])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তোর পোলা আমাগো কাছে। ৭ লাখ দিবি ৩ দিনের মইধ্যে, নাইলে ভিডিও পাঠামু কেমনে পিটাই। পুলিশে গেলে লাশ পাবি। টাকা দিবি ০১৩২৪৮৮৫০৯১ বিকাশে, বাকি নাম্বার পরে দিমু",
  [("phone", "+8801324885091")])
F("threats_and_coercion", "bn",
  "কফিল কইছে আর একবার বেতনের কথা তুললে হুরুব দিয়া দিবে। তখন পুলিশ ধরলে সোজা জেল, তারপর দেশে ফেরত, জীবনে আর সৌদি ঢুকতে পারবা না",
  [])
F("threats_and_coercion", "bn",
  "তোর মা বাপ কই থাকে আমরা জানি, নরসিংদীর ওই টিনের বাড়ি। পালানোর চিন্তা করলে ওদের কি হইব একবার ভাইবা নিস",
  [])
F("threats_and_coercion", "bn-Latn",
  "amader 6 jon ke onno company er kache bikri kore dise, 2000 dollar kore matha. notun boss bole tomra amar kena maal, taka shodh na kore kothao jaite parba na",
  [])
F("threats_and_coercion", "bn-Latn",
  "[voice 0:42] vai amare bachan... kal rate current er shock dise, 3 din khaite dey nai. bole barite phone kore 5 lakh ana na porjonto emon cholbe. plz amar bou ke kisu bolben na",
  [])
F("threats_and_coercion", "bn-Latn",
  "madam bolse palaile police ke bolbe gold churi kore palaise. ager meye tar sathe o emon korse, se ekhon jail e. tai chup kore kaj kori",
  [])
F("threats_and_coercion", "en",
  "if the remaining 2 lakh is not deposited by friday we file your son as absconding. he will be arrested and deported with ban and you will STILL owe us. think about it",
  [])
F("threats_and_coercion", "en",
  "your brother tried to run from the camp yesterday. he got what he deserved. next time his legs. pay 1500 usdt penalty and he goes back to work, otherwise we sell him to the next company",
  [])

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "নতুন দুইটা আসছে যশোর থেকে, একদম ফ্রেশ বাঙালি। দুবাইয়ের ফ্লাটে রাখছি, বুকিং খালি আমার মাধ্যমে। ঘন্টা ৫০০ দিরহাম, টাকা আমার হাতে দিবেন মেয়ের হাতে না",
  [])
F("sexual_exploitation", "bn",
  "আমারে পার্লারের কাজ কইয়া আনছে আপা। এখন প্রতি রাতে রুমে লোক পাঠায়। না করলে মারে আর কয় তোর পিছে ৩ লাখ খরচ হইছে আগে উসুল কর। আমারে নিয়া যান",
  [])
F("sexual_exploitation", "bn-Latn",
  "boss dhakar spa te notun 3 jon ashse sylhet er. customer direct contact pabe na, sob booking amar number e. meyeder phone nai. short 4000 night 12000, advance 1000 bkash 01583-447209",
  [("phone", "+8801583447209")])
F("sexual_exploitation", "bn-Latn",
  "apu bolsilo dubai te hotel e kaj. ekhon bolche dance bar e nachte hoy ar customer er sathe room e jete hoy. passport manager er kache, kotha bolar somoy manager pashe boshe thake",
  [])
F("sexual_exploitation", "en",
  "New Bangladeshi and Nepali girls in Deira 🌹🍒 100% real pics, genuine service. Outcall only, booking through manager only, no direct. Telegram @deira_bd_vip",
  [("telegram", "@deira_bd_vip")])
F("sexual_exploitation", "en",
  "kolkata buyer paid for the khulna girl. pickup monday from the border side. she still thinks its a garments job so dont talk in front of her",
  [])
F("sexual_exploitation", "en",
  "you will do video calls with foreign men from the flat 8 hours daily, we keep 70% of tips. switch off camera = 5000 fine. and remember we have your photos",
  [])

# minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কি হইছে, জন্মনিবন্ধন নতুন কইরা ২১ দেখায়া বানায় দিমু, পাসপোর্টও ওইটা দিয়া। সৌদিতে বাসার কাজে কম বয়সী মেয়ের ডিমান্ড বেশি। খরচ আমার, প্রথম ৩ মাসের বেতন আমি রাখমু",
  [])
F("minors", "bn",
  "১১ বছরের একটা মেয়ে লাগবে বাসার কাজে, গ্রামের হইলে ভালো, বাপ মা যেন বেশি খোঁজ না নেয়। বাপরে বছরে ১৫ হাজার একবারে দিমু, আর বেতন লাগবো না",
  [])
F("minors", "bn-Latn",
  "chele gula 13-15 boyosh, boat e tulbo teknaf theke. malaysia te rubber bagane kaj. keu boyosh jiggesh korle 18 bolbe shikhiye dio. matha pichu 1 lakh 70",
  [])
F("minors", "bn-Latn",
  "notun meye ta 15 bosor, customer ke bolbi 19. ajke rate double. chobi pathaisi dekh",
  [])
F("minors", "bn-Latn",
  "tor chachato bon ta ke amar sathe dhaka pathai de, garments e dhukai dibo. boyosh 13 hoile o somossa nai, kagoj ami thik kormu. tor 10 hajar, oder ke bolis na koi jaitese",
  [])
F("minors", "en",
  "need 6 boys 12 to 16 for dry fish yard in cox's bazar. they stay on site whole season, no school. pay goes to guardian in advance 30k per boy",
  [])
F("minors", "en",
  "her birth cert says 2011 but we made passport with 1999. agent in riyadh says employer wants very young housemaid, they dont complain and dont run",
  [])

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "কুমিল্লায় বিদেশে চাকরির প্রলোভন দেখিয়ে ১৩ জনের কাছ থেকে ৭৫ লাখ টাকা হাতিয়ে নেওয়ার অভিযোগে দুই দালালকে গ্রেপ্তার করেছে র‍্যাব-১১। ভুক্তভোগীদের অভিযোগ, সৌদি আরবে ফ্রি ভিসার কথা বলে তাদের পাসপোর্ট জমা নেয় চক্রটি।")
N("news", "bn-Latn",
  "khobor dekhlam libya te 23 jon bangladeshi udhar hoise, IOM er flight e kal desh e ashbe. mafia ra naki oder family theke 10-15 lakh kore mukti pon niche. allah sobaike hefazot korun")
N("news", "en",
  "CID arrests five MFS agents in Chattogram for running digital hundi; police say over Tk 300 crore was sent outside the banking channel using bKash and Nagad agent accounts.")
N("news", "en",
  "BMET data: about 1 million workers went abroad this year, Saudi Arabia top destination. Workers going to Malaysia still report paying Tk 5-6 lakh against the fixed Tk 78,990, a study found.")
N("news", "bn",
  "টেকনাফে ট্রলারডুবি: অবৈধভাবে মালয়েশিয়া যাওয়ার পথে নিখোঁজ ১১ জনের মধ্যে ৩ শিশু রয়েছে। স্বজনদের আহাজারি, উদ্ধারে কোস্টগার্ড।")
N("news", "en",
  "Jashore tribunal sentences man to life for selling a teenager to a Mumbai brothel in 2019; the court also fined him Tk 1 lakh. The girl was rescued by Indian police in 2020.")

# awareness (7)
N("awareness", "bn",
  "সতর্কতা: বিদেশে চাকরির কথা বলে কেউ পার্সোনাল বিকাশ নাম্বারে অগ্রিম টাকা চাইলে দিবেন না। রিক্রুটিং এজেন্সির লাইসেন্স বিএমইটির ওয়েবসাইটে যাচাই করুন। সরকার নির্ধারিত খরচ ব্যাংকে জমা দিন।")
N("awareness", "bn-Latn",
  "*Forwarded* saudi jete chaile 'free visa' te kokhono jaben na. free visa mane kono company nai, giye illegal hoye jaben, huroob khaben. BMET er smart card chara plane e uthben na. sobai share koren 🙏")
N("awareness", "en",
  "Going abroad for work? Never hand your passport to a dalal. In Malaysia it is an offence for an employer to keep a worker's passport. If someone takes yours, contact the High Commission labour wing.")
N("awareness", "bn",
  "মসজিদ কমিটির পক্ষ থেকে অনুরোধ: বিদেশে পার্লার বা হোটেলে চাকরির কথা বলে মেয়েদের নিয়ে যাওয়ার ঘটনা বাড়ছে। অপরিচিত কারো কথায় মেয়েকে পাঠাবেন না, আগে ইউনিয়ন পরিষদে খোঁজ নিন।")
N("awareness", "en",
  "WARNING ⚠️ fake ads for 'customer service' jobs in Thailand with free ticket and USD 1000+ salary. Many end up in scam compounds in Myawaddy. Check with the embassy before you go. Share!!")
N("awareness", "bn-Latn",
  "sobai shune rakho, keu jodi phone kore bole tomar chele libya te atke ache taka pathao, age embassy te phone kore confirm koro. eta notun protarona, fake call kore bkash e taka nei. police keo janao")
N("awareness", "bn",
  "শিশু শ্রম নয়, শিশুর হাতে বই — ১২ জুন বিশ্ব শিশুশ্রম প্রতিরোধ দিবসে স্কুল মাঠে র‍্যালি। সকল অভিভাবককে উপস্থিত থাকার অনুরোধ করা হলো।")

# official (6)
N("official", "en",
  "M/S Al-Noor Overseas (RL-1432), Govt. licensed. Demand: 40 factory workers for Malaysia, RM 1,700 + OT. Cost as per government fixed rate Tk 78,990, bank payment only. BMET registration mandatory. Interview at BMET Dhaka, 12 Jan.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: জাপানে কেয়ারগিভার পদে নিয়োগের জন্য প্রশিক্ষণপ্রাপ্ত প্রার্থীদের অনলাইনে আবেদনের আহ্বান। কোনো দালাল বা মধ্যস্বত্বভোগীর সাথে আর্থিক লেনদেন না করার জন্য অনুরোধ করা হলো।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers with expired iqama may apply for exit under the current amnesty. Bring passport or travel permit. The service is free of charge, do not pay any middleman.")
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ সর্বোচ্চ ৩ লাখ টাকা, জামানত ছাড়া, সহজ কিস্তিতে। বিএমইটি স্মার্ট কার্ড ও ভিসার কপি নিয়ে নিকটস্থ শাখায় যোগাযোগ করুন।")
N("official", "en",
  "Your e-Passport A03918274 is ready for delivery. Please collect from RPO Jatrabari with your delivery slip and NID. -DIP",
  [("bd_passport", "A03918274")])
N("official", "bn-Latn",
  "Assalamualaikum sir, amra BAIRA member agency, RL 0987. Japan caregiver program e kono advance nai, visa hoyar por shudhu bank e payment. kono personal bkash e amra taka chai na, emon keu chaile report korben.")

# receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01711580243. Ref: Baba medicine. Fee Tk 0.00. Balance Tk 26,482.10. TrxID BKF82JQ6TZ at 02/12/2026 10:15",
  [("phone", "+8801711580243"), ("mfs_transaction", "BKF82JQ6TZ")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01987440215 Ref: passport fee Rumi TxnID: 7NQ3K2XA Balance: Tk 8312.50 03/12/2026 19:02",
  [("phone", "+8801987440215"), ("mfs_transaction", "7NQ3K2XA")])
N("receipt", "bn",
  "আপনি ০১৮১৯৩২৭৭৫০ নম্বর থেকে ৳১২,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১৫,৬২০.৪৫। TrxID BKA4M9PL2R ১৮/১১/২০২৬ ০৮:৪১",
  [("phone", "+8801819327750"), ("mfs_transaction", "BKA4M9PL2R")])
N("receipt", "en",
  "Dear Customer, your A/C 0123****4567 has been credited with BDT 1,12,340.00 (foreign remittance SAR 3,500 from Riyadh incl. 2.5% govt incentive) on 05-Dec-2026. -Islami Bank")
N("receipt", "en",
  "Cash-Out Tk 20,000 from A/C: ***5521 Fee: Tk 360.00 Balance: Tk 1,245.10 TxnId: 4471902385 Agent: Shapla Store, Bhairab",
  [("mfs_transaction", "4471902385")])
N("receipt", "bn-Latn",
  "ma 10 hajar pathailam TrxID BKC5R7WQ1N. kisti ta ASA te dia dio, baki ta tomar oshudh. saudi te shob thik ache, chinta koiro na",
  [("mfs_transaction", "BKC5R7WQ1N")])
N("receipt", "en",
  "Sonali Bank e-Receipt: BMET registration & welfare fund Tk 3,500 paid for Passport No. BX1938475. Ref 22871. Keep this for smart card.",
  [("bd_passport", "BX1938475")])

# family (7)
N("family", "bn",
  "আব্বা পাসপোর্টটা আমার আলমারির ড্রয়ারে রাখছি, ভিসা সেন্টারে যাওয়ার দিন নিয়া যাইও। এজেন্সির লোক কইছে ব্যাংকে টাকা জমা দিলে রশিদ দিবে, হাতে কাউরে টাকা দিবা না।")
N("family", "bn-Latn",
  "ammu mala apur biyer jonno dubai theke chacha 2 lakh pathabe bolse. hundi te na bank e pathate bolo, oi rahim vai er hundi te agerbar 5 hajar kom ashche 😒")
N("family", "en",
  "Bhai Rina's passport came today. She's going to Jeddah with her in-laws for Umrah, flight on the 14th. Can you lend 30k till Abbu's pension comes?")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে মালয়েশিয়া থাকে ৬ বছর, পরিবার ভালো, আমরা নিজেরা ওদের গ্রামে গিয়া খোঁজ নিছি। বিয়ার পর মেয়ে এখানেই থাকবে, ছেলে ছুটিতে আসবে।")
N("family", "bn-Latn",
  "vaiya riyadh pouchaisi alhamdulillah, company r lok airport e nite ashche. iqama 1 mash er moddhe korbe bolse, room e AC ache 😄 ammu ke bolo chinta na korte")
N("family", "en",
  "Mum I'm at the hostel in Kuching now. Uni kept my passport 2 days for the student visa sticker, gave it back today with a receipt. Dont worry, roommate is from Sylhet too!")
N("family", "bn",
  "ছোট ভাইটা স্কুল ছুটির পরে দোকানে আব্বুর সাথে বসে, ঈদের আগে ভিড় বেশি তাই একটু হেল্প করতেছে। পড়াশোনা ঠিক আছে, রেজাল্ট ভালো।")

# worker_content (6)
N("worker_content", "bn-Latn",
  "duty 8 ghonta, OT 2 ghonta korle mash e extra 300 ringgit. boss valo, salary 7 tarikh e dey. shudhu khabar ta jhal kom 😅")
N("worker_content", "en",
  "overtime again this week, 60 hrs total but paid at 1.5x so not complaining. company renewed my iqama early too 👍")
N("worker_content", "bn",
  "আজ সাইটে ৪৮ ডিগ্রি, দুপুর ১২টা-৩টা নিয়ম মত কাজ বন্ধ। বেতন ঠিকমত আসে, খালি রুমমেট রাতে নাক ডাকে বেশি 😂")
N("worker_content", "bn-Latn",
  "ei mash e salary 3 din deri korse, HR bolse bank er problem. ajke dhukse. kafil valo manush, passport amar kachei ache")
N("worker_content", "en",
  "Dubai hotel housekeeping, 6 days a week, 1800 AED + tips + accommodation. Manager is strict about uniform but fair. Going for supervisor next year inshallah")
N("worker_content", "bn",
  "ফ্যাক্টরিতে নতুন নিয়ম, মোবাইল লকারে রেখে লাইনে ঢুকতে হয়, ছুটির সময় ফেরত দেয়। সেফটির জন্য। বেতন ব্যাংকে আসে প্রতি মাসের ৫ তারিখ।")

# joke (4)
N("joke", "bn-Latn",
  "bou bolse amar passport o tar kache joma thakbe jate ami dubai palaite na pari 😂😂")
N("joke", "en",
  "my mom holds my salary hostage until I get married. is this debt bondage?? send help 😭")
N("joke", "bn",
  "বউ বলছে বিয়ের পর আমারে আটকায় রাখবে, কোথাও যাইতে দিবে না, মোবাইলও চেক করবে 😂 ভাই এইটা কি মানব পাচার?")
N("joke", "en",
  "boss says we're all family here. explains why nobody gets paid on time 😂 (jk salary came today)")

# chatter (6)
N("chatter", "bn-Latn",
  "bhai tor kache kono bkash agent er number ache? dokaner cash out limit shesh, 50k tulte hobe aj")
N("chatter", "en",
  "anyone know a good agency for Japan? licensed only, no dalal. my cousin went through TTC training, paid the bank fee, nothing extra")
N("chatter", "bn",
  "নগদে ক্যাশআউট চার্জ এখন কত? বিকাশে ১.৮৫% কাটে, রকেটে নাকি কম")
N("chatter", "bn-Latn",
  "USDT kinbo 20k takar, binance P2P te rate koto jano? trading shikhtesi 📈")
N("chatter", "en",
  "girls from our batch are going to riyadh for the nursing jobs, the hospital sent contracts in english and bangla, ministry attested. party at nila's before they leave!!")
N("chatter", "bn",
  "অফিসের মেয়েদের নিয়া কক্সবাজার ট্যুর, মাথাপিছু ৮ হাজার। বিকাশ করে দিয়েন ০১৬৮৮৪২৩৩৭১ এ, শুক্রবারের মধ্যে",
  [("phone", "+8801688423371")])

# ---------------------------------------------------------------- easy negatives
N("receipt", "en", "Recharge of Tk 99 to 01712004519 successful. 2GB internet valid 3 days. Thank you for using Grameenphone.",
  [("phone", "+8801712004519")], hard=False)
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার বিদ্যুৎ বিল ৳১,২৪০ পরিশোধ সফল হয়েছে। TrxID BKE2H8NV4C",
  [("mfs_transaction", "BKE2H8NV4C")], hard=False)
N("family", "bn-Latn", "ammu ajke rate ki ranna? ami 9 tay ashbo", hard=False)
N("family", "bn", "নানুর শরীর কেমন এখন? ঔষধ ঠিকমতো খাইতেছে তো?", hard=False)
N("chatter", "en", "match starts at 7, bangladesh batting first. is shanto playing?", hard=False)
N("chatter", "bn-Latn", "kal class hobe na, sir group e message dise", hard=False)
N("chatter", "bn", "বৃষ্টি হইতেছে খুব, মহাখালীতে জ্যামে বসে আছি এক ঘন্টা", hard=False)
N("chatter", "en", "lol that cat video 😂😂 send more", hard=False)
N("joke", "bn-Latn", "teacher: homework koi? ami: kukure khaise. teacher: tomar to kukur nai. ami: oi jonnoi to khuda lagse 😂", hard=False)
N("joke", "en", "why did the scarecrow get an award? he was outstanding in his field 🌾", hard=False)
N("worker_content", "en", "finished my shift, heading home. tomorrow off 😴", hard=False)


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
    random.Random(85).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev85-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
