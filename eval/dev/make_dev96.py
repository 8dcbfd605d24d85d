#!/usr/bin/env python3
"""Blind dev set dev96: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: caseworker for families of young Bangladeshi men lured by 'IT job in Thailand/Malaysia'
offers into online-scam compounds in Cambodia, Myanmar (Myawaddy) and Laos (recruiters, HR/team leaders, quotas,
fines, batons, resale between compounds, USDT release money; Banglish, Dhaka Bengali, English, Chinese-boss words). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev96.jsonl"
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


BTC1 = btc("dev96-btc-1")
TRON1 = tron("dev96-tron-1")
ETH1 = eth("dev96-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


TRON2 = tron("dev96-tron-2")

# ---------------------------------------------------------------- flag items
# recruitment_deception: bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn-Latn",
  "🔥Thailand e IT company te urgent 20 jon lagbe🔥 kaj: computer e typing ar customer support, english halka parlei hobe, "
  "experience lagbe na. salary 1000$ + bonus, thaka khawa ticket sob company er. visa company kore dibe, shudhu passport ar 2 copy chobi. "
  "interested ra inbox koren ba telegram e knock dien @thai_it_hr_rakib",
  [("telegram", "@thai_it_hr_rakib")])
F("recruitment_deception", "bn-Latn",
  "ammu oder kotha moto bangkok e rakhe nai. airport theke mini bus e 8-9 ghonta niye gese, tarpor rat e ekta nodi par koraise nouka te. "
  "ekhon bolche eta myawaddy, myanmar. IT job bolse chilo, ekhane sobai computer e meyeder fake id diye bideshi der sathe chat kore")
F("recruitment_deception", "bn-Latn",
  "bhai tension nien na, tourist visa te jaben, oikhane giye company work permit kore dibe. BMET clearance lagbe na, eta private company. "
  "airport e jodi jigges kore bolben ghurte jaitesi, hotel booking er pdf ami diye dibo. kauke ei company r nam bolben na plz")
F("recruitment_deception", "bn",
  "আসসালামু আলাইকুম ভাই, মালয়েশিয়ার কোম্পানিতে অনলাইন কাস্টমার সার্ভিস এর কাজ। প্রথমে থাইল্যান্ড ঢুকবেন, ওখান থেকে কোম্পানির লোক রিসিভ "
  "করে নিয়ে যাবে। বেতন ৯০ হাজার থেকে ১ লাখ ২০ হাজার, কম্পিউটার চালাইতে পারলেই হবে। সিট মাত্র ৫টা বাকি, কালকের মধ্যে কনফার্ম করেন")
F("recruitment_deception", "bn",
  "ভাইয়া ওরা বলছিল লাওসে একটা ক্যাসিনোর অফিসে ডাটা এন্ট্রি। এখানে এসে দেখি ডাটা এন্ট্রি না, আমেরিকার লোকদের সাথে মেয়ে সেজে প্রেমের চ্যাট "
  "করে ক্রিপ্টোতে টাকা ঢুকাইতে হয়। আমি না করছি, টিম লিডার বলে কন্ট্রাক্টে সাইন করছ, এখন এইটাই তোমার কাজ")
F("recruitment_deception", "bn",
  "[ভয়েস মেসেজ] শোনেন চাচা, আপনার ছেলের কোন ডিগ্রি লাগবে না, টাইপিং জানলেই হবে। কম্বোডিয়ায় আমাদের চাইনিজ কোম্পানি, গত মাসে আমাদের "
  "এলাকার তিনজন গেছে, মাসে দেড় লাখ করে বাড়িতে পাঠায়। অফার লেটার হোয়াটসঅ্যাপে দিয়া দিছি, ওইটা এখন কাউরে দেখানোর দরকার নাই, এজেন্সি অফিসে তো না-ই")
F("recruitment_deception", "en",
  "Hello dear, I am HR from Golden Fortune Technology, Sihanoukville. We select your CV for Sales Executive (online). No target pressure, "
  "8 hours duty, $1200 basic plus commission. Company bear all cost of flight, visa on arrival only. Please send passport photo page on "
  "WhatsApp +855 96 712 4403 or hr.goldenfortune.kh@gmail.com today, position close tomorrow.",
  [("phone", "+855967124403"), ("email", "hr.goldenfortune.kh@gmail.com")])
F("recruitment_deception", "en",
  "they said job in thailand, mae sot side, computer work for a game company. we crossed the river at night with 6 other bangladeshi and "
  "2 pakistani. now office is in myanmar side and the 'game' is cheating people on facebook. nobody told us this before we left dhaka")

# fees_and_debt: bn 3, bn-Latn 2, en 3
F("fees_and_debt", "bn",
  "আপা, ছেলেটা এখন বলতেছে কোম্পানি কইছে আসার খরচ ৩ হাজার ডলার ওর নামে লেখা আছে, টার্গেট পুরা না করলে ওইখান থেকে কাটবে। চার মাস হইছে "
  "একটা টাকাও পায় নাই, খালি বলে দেনা এখনো শোধ হয় নাই")
F("fees_and_debt", "bn",
  "দালাল বলছে ভিসা আর টিকেট মিলে সাড়ে চার লাখ, অর্ধেক এখন বাকি অর্ধেক পৌঁছাইয়া। আমরা গরু দুইটা বেচছি আর বাকিটা আশা থেকে কিস্তিতে লোন নিছি। "
  "এখন আবার বলে থাইল্যান্ড বর্ডারে আরো ৬০ হাজার লাগবে 'সেটিং' এর জন্য")
F("fees_and_debt", "bn",
  "জরিমানার লিস্ট দিছে: দেরিতে উঠলে ২০০ ডলার, টার্গেট মিস ৫০০, ফোন লুকাইলে ১০০০। এই মাসে বেতনের চেয়ে জরিমানা বেশি, উল্টা আমি নাকি "
  "কোম্পানির কাছে ঋণী 😞")
F("fees_and_debt", "bn-Latn",
  "bhai agent bolse advance 1 lakh 50 hajar dite hobe, baki ta salary theke 3 mashe kete nibe. ami bollam office e giye dei, bole office "
  "nai, sob online e hoy, personal bkash e pathan 01938-447120",
  [("phone", "+8801938447120")])
F("fees_and_debt", "bn-Latn",
  "ekhon bolse ei company amake ager company theke kinse 9000 usd diye, oi taka shodh na kora porjonto jete dibe na. ami to karo theke "
  "kono taka nei nai apa, eta kemne amar dena hoy")
F("fees_and_debt", "en",
  "Sir my brother Shakil (passport EB0482716, NID 19952691234567890) was told the job is free, company pay everything. After reaching "
  "Phnom Penh the team leader say he owes $2,800 for ticket, visa, food and 'training'. Every week they add more. He work 15 hours but "
  "salary 0 because 'debt first'.",
  [("bd_passport", "EB0482716"), ("bd_nid", "19952691234567890")])
F("fees_and_debt", "en",
  "Your cost so far: recruitment 1500, transport from Bangkok 800, dormitory deposit 300, laptop 450. Total 3050 USD. Deducted monthly "
  "from commission until clear. If you resign before clear you must pay full balance + 2000 penalty. Sign below to confirm.")
F("fees_and_debt", "en",
  "mom dont sell the land for the agent. he is asking another 2 lakh to 'process' my transfer to malaysia but there is no transfer, same "
  "people. i already owe them more than i can earn here in 1 year")

# payments_and_proceeds: bn 2, bn-Latn 3, en 2
F("payments_and_proceeds", "en",
  f"Release fee for Mr. Hossain is 4500 USDT. TRC20 only. Address: {TRON1} . Send screenshot after transfer and call +66 92 418 7730. "
  "After confirm he will be sent to border in 3 days.",
  [("tron_address", TRON1), ("phone", "+66924187730")])
F("payments_and_proceeds", "bn-Latn",
  f"apa USDT kinte na parle binance lagbe na, motijheel e ekta dokan ase, ora taka niye direct wallet e pathay dey. wallet: {TRON2} "
  "5 lakh 80 hajar taka hobe. ajke e lagbe, boss ke dite hobe",
  [("tron_address", TRON2)])
F("payments_and_proceeds", "bn-Latn",
  "taka ek number e pathaben na. 3 ta number dilam, 50 hajar kore bhag kore pathan. 01714-553201 nagad, 01829-660347 bkash, "
  "01611-902284 bkash. cash in koren agent theke, TrxID gula ekhane diben",
  [("phone", "+8801714553201"), ("phone", "+8801829660347"), ("phone", "+8801611902284")])
F("payments_and_proceeds", "bn",
  "আন্টি টাকা পাঠাইছেন? স্ক্রিনশট দেন। TrxID 9KD73HQ2PL দেখা যাচ্ছে ২৫০০০, বাকি ৭৫০০০ লাগবে তাইলে ওকে ছাড়বে। কম দিলে কাজ হবে না, "
  "পুরাটা একবারে",
  [("mfs_transaction", "9KD73HQ2PL")])
F("payments_and_proceeds", "bn",
  "হুন্ডির লোকের নাম্বার দিলাম ০১৭৫৫-২৩৮৯০৪, উনারে টাকা দিলে উনি থাইল্যান্ডে বাথ করে কোম্পানির লোকের হাতে দিবে। ব্যাংকে দিয়েন না, "
  "তাইলে ধরা খাইবেন, ছেলেও ছাড়া পাবে না",
  [("phone", "+8801755238904")])
F("payments_and_proceeds", "en",
  f"Boss say each new guy you bring from Bangladesh you get $300. First 2 already paid. Post the job on your Facebook again, I send you "
  f"office photos and fake salary slip. Send bonus to this wallet: {ETH1}",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "bn-Latn",
  f"client theke je taka ashbe seta ei BTC address e nibi: {BTC1} . nijer wallet e ek cent o rakhbi na, dhora porle hat kete dibe. "
  "rat 12 tay usdt te convert kore team leader ke report dibi",
  [("btc_address", BTC1)])

# isolation_and_control: bn 2, bn-Latn 3, en 3
F("isolation_and_control", "bn-Latn",
  "ammu ami lukai lukai msg ditesi, phone shudhu rat e 10 minit dey, team leader pashe boshe thake. voice call diyo na. ami jodi bole dei "
  "sob thik ase tumi oita bishash korba na")
F("isolation_and_control", "bn-Latn",
  "building er bahire jaite dey na bhai, gate e bonduk niye guard, deyal er upor kata tar. 6 mash e ekbar o baire jai nai. khawa o "
  "company r canteen theke, tar o taka kate")
F("isolation_and_control", "bn-Latn",
  "passport HR er kase joma, bole visa renew korbe. 4 mash hoye gelo ferot dey na. ekhon bolse passport chaile 2000 dollar dite hobe")
F("isolation_and_control", "bn",
  "আজকে সবার ফোন নিয়া নিছে, বলছে কেউ বাড়িতে কোম্পানির কথা বললে খবর আছে। আমি এইটা অন্য একজনের ফোন থেকে দিলাম, রিপ্লাই দিও না, "
  "ডিলিট কইরা দিও")
F("isolation_and_control", "bn",
  "প্রতিদিন সকালে হাজিরা, রাতে রুম গুনে বাইরে থেকে তালা দেয়। বাথরুমে গেলেও গার্ডরে বলে যাইতে হয়। এক রুমে আমরা ১৪ জন")
F("isolation_and_control", "en",
  "Bro they gave us company phones only, our own phones locked in the office. Facebook only for work accounts. If family call, team leader "
  "listen on speaker. I am writing from the toilet, delete this")
F("isolation_and_control", "en",
  "Dont tell your family you are going to Cambodia, tell them Thailand. At immigration say tourism. When you arrive give your passport to "
  "our driver, company keep it safe for visa process.")
F("isolation_and_control", "en",
  "we were moved at 3am in a closed truck, windows covered. now i dont even know which compound this is, KK park maybe. tell the embassy "
  "i am alive but i cannot send location, they check phones every night")

# labour_exploitation: bn 2, bn-Latn 2, en 3
F("labour_exploitation", "bn-Latn",
  "duty shokal 8 ta theke rat 2 ta porjonto, ekdin o chhuti nai. target 3 ta client er deposit, na hoile rat e ghumate dey na, "
  "daray kore rakhe")
F("labour_exploitation", "bn-Latn",
  "beton bolse 1000 dollar, 3 mash por hate dise 90 dollar. baki 'performance' er jonno hold. ekhon bole target pura na hoile beton nai, "
  "kaj charte chaile aro fine")
F("labour_exploitation", "bn",
  "এখানে দুই বেলা খাবার, ভাত আর পাতলা ডাল। অসুস্থ হইলেও কাজে বসতে হয়, গত সপ্তাহে একজন জ্বর নিয়া বসছিল, মাথা ঘুইরা পড়ছে, তবুও "
  "উঠতে দেয় নাই")
F("labour_exploitation", "bn",
  "প্রতিদিন ১০০টা নতুন আইডিতে মেসেজ দিতে হয়, স্ক্রিপ্ট মুখস্থ করা লাগে 'আমি সিঙ্গাপুরের ব্যবসায়ী মেয়ে'। মাস শেষে কোটা না হইলে বেতন শূন্য, "
  "কাজ ছাড়তে চাইলে বলে ছাড়তে পারবা না")
F("labour_exploitation", "en",
  "Shift 17 hours, 30 min for rice. Quota is $50,000 'deposit' per team per week. If our team miss, whole team no salary and no Sunday off. "
  "I havent seen sunlight properly in weeks")
F("labour_exploitation", "en",
  "Team leader say: you sick, you still work. Doctor only if you can pay. My friend Rubel has fever 4 days, he still sitting at the desk "
  "with the script")
F("labour_exploitation", "en",
  "Contract says 8 hrs / 26 days / $800. Reality: 16 hrs, 7 days, last 2 months paid $0 'because company loss'. When we asked for salary "
  "they said laoban will decide, maybe next month")

# threats_and_coercion: bn 3, bn-Latn 3, en 2
F("threats_and_coercion", "bn",
  "টিম লিডার আজকে কারেন্টের লাঠি দিয়া তিনজনরে মারছে, টার্গেট মিস বলে। আমারে বলছে কাল মিস হইলে আমিও খাব")
F("threats_and_coercion", "bn",
  "ও বলতেছে টাকা না দিলে আমাকে অন্য কোম্পানিতে বেচে দিবে, ওইখানে নাকি আরো খারাপ। আম্মুকে কিছু বইলো না প্লিজ")
F("threats_and_coercion", "bn",
  "আপনার ছেলে পালানোর চেষ্টা করছে, কোম্পানির ক্ষতি হইছে। ১০ দিনের মধ্যে টাকা না দিলে ওরে মিয়ানমারের আর্মির হাতে দিয়া দিব, তখন জেলে "
  "পচবে। ঢাকায় আপনার বাসার ঠিকানা আমাদের কাছে আছে")
F("threats_and_coercion", "bn-Latn",
  "bhai video ta dekhsen? oi je chele ta ke ulta kore jhulaise, oita amader floor er. boss sobaike dekhaise je palaile ei hobe")
F("threats_and_coercion", "bn-Latn",
  "police e jabi? ja. thai police amader lok. tui illegal, passport nai, jail e pochbi 5 bochor. chup kore kaj kor")
F("threats_and_coercion", "bn-Latn",
  "apnar chhele ke chhara hobe na jodi apni facebook e post den ba sangbadik der kase jan. amader lok dhaka teo ase, apnar meye kon "
  "school e jay amra jani")
F("threats_and_coercion", "en",
  "They sold me and 11 others to a new compound in Myawaddy yesterday. Price was written on a whiteboard next to our names. New boss said "
  "we start from zero, old salary gone")
F("threats_and_coercion", "en",
  "Listen carefully. Your son signed 1 year contract. If he leaves, company will report him to immigration as overstayer and send the video "
  "of his 'work' to your village. Better you talk to him to be good.")

# sexual_exploitation: bn 3, bn-Latn 2, en 2
F("sexual_exploitation", "bn",
  "ভাই, বাংলাদেশি মেয়েদের একটা গ্রুপ আসছে, ওদের বলছিল হোটেলের রিসেপশন। এখন কম্পাউন্ডের ভিতরে কেটিভিতে রাখছে, রাতে বসদের রুমে পাঠায়। "
  "একটা মেয়ে কানতে কানতে আমার কাছে বাংলায় সাহায্য চাইছে")
F("sexual_exploitation", "bn",
  "যেসব ছেলের টার্গেট পূরণ হয় না তাদের ভিডিও কলে কাপড় খুলে বসতে বলে, বিদেশি লোকদের কাছে রেকর্ড করে বেচে। আমারে বলছে পরের মাসে আমার পালা")
F("sexual_exploitation", "bn",
  "আপু তোমার ছবি দেখে কোম্পানির ম্যানেজার খুশি। কম্বোডিয়ায় মডেলিং আর লাইভ হোস্টের কাজ, রাতে ক্লায়েন্টদের সাথে একটু বসতে হবে, ড্রিংক সার্ভ, "
  "মাসে ২ লাখের উপরে কামাই। বাসায় বলবা পার্লারের কাজ। ইনস্টায় নক দাও @nila.models.bd",
  [("instagram", "@nila.models.bd")])
F("sexual_exploitation", "bn-Latn",
  "boss notun 4 ta meye kinse, 2 ta bangladeshi 2 ta vietnamese. oder 'VIP room' e rakhe, client ashe bahir theke. amader bola hoise "
  "oder dike takaile fine 1000")
F("sexual_exploitation", "bn-Latn",
  "je meye gula target pare na ora ke 'reward' hisebe team leader der room e pathay. ekjon bangali apu ke dekhsi, dine chat kore, rat e oi "
  "floor e niye jay")
F("sexual_exploitation", "en",
  "Boss is offering 'Bangladeshi girls fresh from Dhaka' to the Chinese managers on WeChat, photos and price per night. One of them told "
  "me she was hired as receptionist, her passport is with the mamasan")
F("sexual_exploitation", "en",
  "the agent told my sister the job is massage therapist in a 5 star spa in bangkok. she messaged from +95 9 784 221 063, it is not a spa, "
  "they lock the girls and bring men every night, she must pay 'room debt' before leaving",
  [("phone", "+959784221063")])

# minors: bn 2, bn-Latn 3, en 2
F("minors", "bn",
  "আমার ভাইয়ের বয়স ১৬, দালাল বলছে সমস্যা নাই, জন্মনিবন্ধনে বয়স বাড়াইয়া ১৯ করে পাসপোর্ট করে দিবে, থাইল্যান্ডের কোম্পানি বয়স দেখে না, "
  "খালি টাইপিং")
F("minors", "bn",
  "এখানে আমাদের ফ্লোরে ১৫-১৬ বছরের তিনটা ছেলে আছে, সিলেটের। ওরাও দিনে ১৬ ঘণ্টা বসে, ওদের মায়ের কাছে ফোন দিতে দেয় না")
F("minors", "bn-Latn",
  "agent er kotha: 'chhele choto hoileo somossa nai, class 9 porse etai enough, mobile chalaite pare to? passport e age 20 dibo' ... amar "
  "chhele r boyos 17 apa, ami ki korbo")
F("minors", "bn-Latn",
  "ei meye tar boyos mone hoy 14-15, bangla bole, rohingya camp theke anse bole. oke KTV te rakhse, ami kichu korte parchina")
F("minors", "bn-Latn",
  "TikTok e live kore bolse 'SSC dey nai emon chhele ra o cholbe, 8th pass holei IT job Malaysia'. amar vagne 15 bochor, o bari theke "
  "chole gese, ekta number rekhe gese 01867-209315",
  [("phone", "+8801867209315")])
F("minors", "en",
  "Recruiting: boys 16+ ok, company arranges passport with adult age. Must type Bangla and English. Salary 60,000 BDT. Contact on "
  "Telegram @cambo_jobs_bd2",
  [("telegram", "@cambo_jobs_bd2")])
F("minors", "en",
  "Sir the youngest in our room is Imran, he is 15, he told me his real age. They beat him like us when he miss target. He cries every "
  "night for his mother")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মিয়ানমারের মিয়াওয়াদ্দি থেকে উদ্ধার হওয়া ৩৮ বাংলাদেশি দেশে ফিরেছেন। থাইল্যান্ডে আইটি চাকরির প্রলোভন দেখিয়ে তাদের সাইবার স্ক্যাম সেন্টারে নেওয়া "
  "হয়েছিল বলে জানিয়েছে বাংলাদেশ দূতাবাস। ফেরত আসাদের অনেকে জানান, তাদের পাসপোর্ট কেড়ে নেওয়া হয়েছিল।")
N("news", "en",
  "Cambodian police raided a compound in Sihanoukville on Tuesday and freed 215 foreigners including 12 Bangladeshis, who said they were "
  "forced to run online scams under threat of electric batons. Two Chinese nationals were detained.")
N("news", "bn-Latn",
  "Breaking: Myawaddy theke 50 jon bangladeshi ke ferot ana hocche, thai border e IOM er shahajje. shobai 'IT job' er lobh e gesilo, "
  "dalal ra 5-6 lakh kore nise - Channel news scroll theke copy")
N("news", "en",
  "Dhaka: RAB-4 arrested two members of a trafficking ring in Mirpur who sent at least 30 youths to Cambodia promising jobs in Thailand, "
  "charging Tk 4-6 lakh each, the force said at a briefing on Sunday.")
N("news", "bn",
  "কম্বোডিয়ায় পাচার হওয়া যুবককে ফেরত আনতে সহায়তা চেয়ে নোয়াখালী প্রেসক্লাবে পরিবারের সংবাদ সম্মেলন। তার বাবা জানান, ছেলেকে মুক্ত করতে "
  "তাদের কাছে ৫ হাজার ডলার দাবি করা হয়েছে।")
N("news", "en",
  "Thai authorities cut electricity and internet to several border areas near Myawaddy used by scam gangs, officials said on Friday, "
  "adding that about 7,000 workers were waiting to be repatriated.")
# awareness
N("awareness", "bn",
  "⚠️সতর্কতা⚠️ ফেসবুক বা টেলিগ্রামে 'থাইল্যান্ডে আইটি জব, বেতন ১ লাখ+, অভিজ্ঞতা লাগবে না' এমন বিজ্ঞাপন দেখলে সাবধান। বৈধ চাকরিতে ট্যুরিস্ট "
  "ভিসায় যেতে হয় না। বিএমইটি স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না।")
N("awareness", "bn-Latn",
  "Forwarded as received: bhai ra please share koren. amader elakar 3 ta chele 'malaysia IT job' bole cambodia te atke ase. keu jodi "
  "tourist visa te thailand pathaite chay ar bole oikhane giye kaj, oita scam. passport kauke diben na. share koren jate ar keu na jay 🙏")
N("awareness", "en",
  "Are you or a family member stuck in a scam centre in Myanmar, Cambodia or Laos? Do not pay 'release money' to unknown people, it "
  "rarely works. Contact the Embassy or our helpdesk on WhatsApp wa.me/8801713045512. All support is free.",
  [("whatsapp", "+8801713045512")])
N("awareness", "bn",
  "জুমার পর ইমাম সাহেবের ঘোষণা: কেউ যদি আপনার ছেলেকে বিদেশে কম্পিউটারের কাজের কথা বলে দালালের মাধ্যমে নিতে চায়, আগে বিএমইটি অফিসে যাচাই "
  "করবেন। আমাদের গ্রামের দুইজন এখনো ফিরে আসেনি, তাদের জন্য দোয়া করবেন।")
N("awareness", "en",
  "Checklist before you accept a job abroad: 1) Is the agency licensed (check the BMET list)? 2) Do you have a contract you can read? "
  "3) Is it a work visa, not tourist? 4) Never hand your passport to an agent's 'driver'. 5) Real employers don't pay you to recruit friends.")
N("awareness", "bn-Latn",
  "Upazila youth club er pokkho theke: kal bikal 4 tay school math e 'nirapod obhibashon' niye alochona. probashi kalyan desk er lok ashbe, "
  "bideshe chakri, dalal, online scam, ransom sob niye proshno korte parben. sobai ashben")
# official
N("official", "en",
  "Licensed recruiting agency notice: Al-Barakah Overseas (RL-1482, BMET approved). Demand for 40 factory workers for Penang, Malaysia. "
  "Migration cost as fixed by government Tk 78,990, paid by bank deposit only. Apply in person at our Naya Paltan office. No sub-agents.")
N("official", "bn",
  "বাংলাদেশ দূতাবাস, ব্যাংকক — বিজ্ঞপ্তি: থাইল্যান্ডে অবস্থানরত বাংলাদেশি নাগরিকদের পাসপোর্ট নবায়ন সেবা আগামী ১৫ তারিখ থেকে অনলাইন "
  "অ্যাপয়েন্টমেন্টের মাধ্যমে দেওয়া হবে। জরুরি প্রয়োজনে কনস্যুলার শাখার ইমেইল: cons.bkk@mofa.gov.bd",
  [("email", "cons.bkk@mofa.gov.bd")])
N("official", "bn",
  "বিএমইটি: মালয়েশিয়াগামী কর্মীদের বহির্গমন ছাড়পত্রের স্মার্ট কার্ড বিতরণ শুরু। কর্মীদের পাসপোর্ট, ভিসার কপি ও নিয়োগপত্র সাথে আনতে বলা হলো। "
  "সরকার নির্ধারিত খরচের বেশি কাউকে টাকা দেবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Phnom Penh: Bangladeshi nationals in distress in Cambodia may contact the Embassy hotline +855 23 214 770 (24/7). "
  "Please share full name, passport number and current location. The Embassy does not charge any fee for repatriation.",
  [("phone", "+85523214770")])
N("official", "bn-Latn",
  "Sir amader licence RL-0917. Japan er TITP program er jonno 6 mash Japanese language course korte hobe. kono advance nai, training fee "
  "TTC te dite hobe receipt shoho. passport ar NID er copy office e joma diben verify er jonno, original amra rakhi na.")
N("official", "en",
  "Ministry of Expatriates' Welfare: returnee migrants from Cambodia and Myanmar can apply for reintegration support of Tk 13,500 through "
  "the Wage Earners' Welfare Board. Bring passport, NID and the travel permit issued by the Embassy.")
# receipt
N("receipt", "en",
  "You have received Tk 15,000.00 from 01716234908. Ref rent. Fee Tk 0.00. Balance Tk 18,240.55. TrxID BJK4M2Q8TD at 04/12/2026 19:42",
  [("phone", "+8801716234908"), ("mfs_transaction", "BJK4M2Q8TD")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01822019374 Ref: ammu medicine TxnID: 71HX2K9D Balance: Tk 9120.40 05/12/2026 10:13",
  [("phone", "+8801822019374"), ("mfs_transaction", "71HX2K9D")])
N("receipt", "bn",
  "আপনি ৳৫,০০০.০০ সফলভাবে পাঠিয়েছেন ০১৯১২৩৪০৮৭৬ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১২,৩৪০.০০। TrxID CAL92MX4FE ০৩/১২/২০২৬ ১১:০৫",
  [("phone", "+8801912340876"), ("mfs_transaction", "CAL92MX4FE")])
N("receipt", "en",
  "Dear Customer, your A/C **4471 is credited with BDT 1,12,500.00 on 02-DEC-26 by inward remittance from MALAYSIA (RM 4,200) via "
  "Maybank. Remittance incentive 2.5% will be credited separately. -Sonali Bank")
N("receipt", "bn-Latn",
  "ammu pathaisi dekho: Cash Out Tk 20,000.00 to agent 01554-781203 successful. TrxID DF7K2L9WQA. cash out charge ami dise disi, tumi "
  "purata nio",
  [("phone", "+8801554781203"), ("mfs_transaction", "DF7K2L9WQA")])
N("receipt", "en",
  "Cash-In Tk 30,000.00 from A/C: ***7812 successful. Fee: Tk 0.00. Your A/C Balance: Tk 30,412.00. TxnId: 3810274591 Date: 01-DEC-26 08:44 pm",
  [("mfs_transaction", "3810274591")])
# family
N("family", "bn-Latn",
  "abbu passport renew er appointment paisi 12 tarikh agargaon. NID ar purano passport A03928175 niye jabo. e-passport 10 bochor er, "
  "5750 taka online e dise disi",
  [("bd_passport", "A03928175")])
N("family", "bn",
  "খালাম্মা, রাকিবের বিয়ের কথা পাকা? মেয়ে নাকি বিয়ের পর মালয়েশিয়ায় রাকিবের কাছে যাবে? ভিসা আর কাবিনের কাগজ নিয়া চিন্তা কইরেন না, আমার "
  "শ্বশুর ওগুলা ভালো বোঝে")
N("family", "en",
  "Bhaiya I got the offer from the Penang factory through the licensed agency, 3-year contract, RM 1,700 basic + OT. Abbu wants to sell "
  "the cow to cover the 79k but I said let's take the Probashi Kallyan Bank loan instead, interest is low")
N("family", "bn-Latn",
  "ammu tension koiro na, ami thik achi, Kuala Lumpur er office ta valo. ajke ek mash hoilo, beton pailam. tomar jonno 15 hajar "
  "pathailam bkash e, check koro. ar chhotu ke bolo phone kom chalaite, porashona koruk")
N("family", "bn",
  "ভাইয়া, আম্মুর অপারেশনের জন্য ৫০ হাজার লোন নিছি সমিতি থেকে, প্রতি সপ্তাহে কিস্তি ১২৫০। তুমি বেতন পাইলে একটু পাঠাইও, তাড়াহুড়ার কিছু নাই")
N("family", "en",
  "Apu, Tania's school says she needs her birth certificate and passport for the Singapore math olympiad trip. The teacher will keep all "
  "the kids' passports until the flight since they travel as a team. Abbu already signed the consent form")
# worker_content
N("worker_content", "bn-Latn",
  "Malaysia te 2 bochor holo, electronics factory te. OT beshi dile mash e 2200 RM hoy. kaj kothin kintu company beton time moto dey, "
  "passport nijer kache. keu ashte chaile sorkari vabe ashen, dalal dhoren na")
N("worker_content", "en",
  "Night shift at the Bangkok call centre again 😩 8 hours, 1 hour break, targets are annoying but the Thai team lead is chill. Got my "
  "work permit renewed yesterday, company paid it.")
N("worker_content", "bn",
  "দুবাইয়ে ডেলিভারির কাজ, গরমে অবস্থা খারাপ, দিনে ১০ ঘণ্টা বাইক চালাই। বস মাঝে মাঝে চিল্লায় তবে বেতন ঠিকমতো দেয়। সামনের মাসে ছুটিতে দেশে "
  "আসতেছি ইনশাআল্লাহ")
N("worker_content", "bn-Latn",
  "amader office e team leader ta chinese, sarakkhon 'kuai dian kuai dian' bole 😂 but manush valo. shenzhen branch e 2 week training e "
  "ashsi, hotel company dise, weekend e ghurte jai")
N("worker_content", "en",
  "Software job in KL via LinkedIn, employment pass approved, I rent my own studio. Salary delayed 5 days this month because of the bank "
  "holiday, HR sent an email apologising. Otherwise all good alhamdulillah")
N("worker_content", "bn",
  "আমাদের কারখানায় এ মাসে টার্গেট বাড়াইছে, না হইলে ইনসেন্টিভ কাটে, বেসিক বেতন ঠিক থাকে। ওভারটাইম করলে আলাদা টাকা। খারাপ না, তবে খুব "
  "ক্লান্ত লাগে")
# joke
N("joke", "bn-Latn",
  "amar boss o amake 'compound' e atke rakhse, naam Motijheel Bank Ltd 😭 quota 50 ta credit card becha, na hoile appraisal e "
  "'electric baton' 😂")
N("joke", "en",
  "My wife took my phone, my wallet and my passport before the Cox's Bazar trip. 'For safekeeping'. Send help 😂😂")
N("joke", "bn",
  "মা আমারে বেইচা দিছে, শ্বশুরবাড়িতে, দেনমোহর ৫ লাখ 🤣 সবাই দোয়া কইরো")
N("joke", "bn-Latn",
  "bhai Thailand jaite chai, IT job er jonno na, Pattaya beach e boshe IT = Ice Tea khawa 🍹😎")
N("joke", "en",
  "PSA: if a stranger on Telegram offers you $1500/month for 'typing', they are either a scammer or my thesis supervisor 💀")
N("joke", "bn",
  "আমাদের হোস্টেলের বাবুর্চি দিনে এক বেলা খাওয়ায়, রাত ১১টায় গেট তালা দেয়, পরীক্ষার আগে ফোন জমা নেয়। এইটা হোস্টেল না জেলখানা 😂")
# chatter
N("chatter", "bn-Latn",
  "bhai USDT kinbo binance P2P theke, freelancing er payment usdt te ashe. kon merchant trusted? TRC20 te fee kom na?")
N("chatter", "en",
  "Anyone watched that new Thai series about the scam compound? The episode where they escape through the river was intense. Based on "
  "true events apparently")
N("chatter", "bn",
  "দোস্ত, কাল মতিঝিলে আমাদের ট্রাভেল এজেন্সিতে আয়, থাইল্যান্ড ট্যুর প্যাকেজ ৪৫ হাজার, ব্যাংকক পাতায়া ৫ দিন। ভিসা আমরাই করি, পাসপোর্ট ৭ দিনের "
  "জন্য জমা দিতে হবে")
N("chatter", "bn-Latn",
  "kal cricket khela ase? na ki Rakib er bou er sathe dekha korte jabi. o to Malaysia theke aise, onek chocolate anse 😁")
N("chatter", "en",
  "Bro I'm applying for the Japan IT job through the government program, they want JLPT N4. Should I do the typing course first or "
  "directly Japanese?")
N("chatter", "bn",
  "আমাদের পাড়ার রফিক ভাই কম্বোডিয়া থেকে ফিরে এখন একটা এনজিওতে কাজ করে, ছেলেদের সাবধান করে। কাল ক্লাবে আসবে, চা খাইতে আইসো")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "Is the Mirpur 10 metro station open on Friday mornings?", hard=False)
N("family", "bn", "আম্মু আজকে রাতে খিচুড়ি রান্না করবা? আমি বন্ধুদের নিয়া আসতেছি", hard=False)
N("chatter", "bn-Latn", "ki obostha? aj office e onek kaj, pore kotha boli", hard=False)
N("joke", "en", "Why did the rickshaw cross the road? It didn't, Dhaka traffic 😂", hard=False)
N("news", "en", "Bangladesh beat Zimbabwe by 6 wickets in the second ODI in Chattogram.", hard=False)
N("family", "bn-Latn", "Nanu r jonmodin kal, cake order korsi Coopers theke, tumi mishti niye asho", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তায় পানি জমে গেছে, আজকে অফিসে যাওয়া সম্ভব না মনে হয়", hard=False)
N("receipt", "en", "Your recharge of Tk 299 is successful. Internet 30GB, validity 30 days. Thank you.", hard=False)
N("worker_content", "en", "Finished my first week at the garments QC department in Gazipur, nice people and canteen food is decent.", hard=False)
N("awareness", "bn", "ডেঙ্গু প্রতিরোধে বাড়ির আশেপাশে পানি জমতে দেবেন না। — স্বাস্থ্য অধিদপ্তর", hard=False)
N("official", "en", "DESCO notice: power supply will be off in Uttara sector 7 from 9am to 1pm on Saturday for maintenance.", hard=False)
N("chatter", "bn-Latn", "eid er chuti te Sylhet jabo, Sreemangal e resort book kora lagbe, keu recommend koro", hard=False)


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
    random.Random(96).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev96-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
