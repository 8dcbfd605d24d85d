#!/usr/bin/env python3
"""Blind dev set dev98: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a Union Parishad member in Madaripur and Shariatpur who sits in village shalish over
migration money: sons sent by boat from Libya to Italy, land mortgaged and fees paid in instalments, men held in
Libyan 'game' houses until families pay, brokers who vanish, family disputes about loans and dowry; rural Faridpur
Bengali, Banglish of the young men, some Arabic and Italian words. Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev98.jsonl"
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


BTC1 = btc("dev98-btc-1")
TRON1 = tron("dev98-tron-1")
ETH1 = eth("dev98-eth-1")

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
# recruitment_deception (8)
F("recruitment_deception", "bn",
  "আব্বা দালাল কইছিলো দুবাই থেইকা সোজা ইতালি পেলেনে নিবো, কাগজ সব ঠিক। এহন দেহি বেনগাজি আইনা একটা ঘরে রাখছে, কয় বোটে যাওন লাগবো, পেলেন টেলেন কিছু নাই। আমি তো সাঁতারও জানি না আব্বা")
F("recruitment_deception", "bn",
  "🇮🇹ইতালি সিজনাল ভিসা (ফ্লুসি ২০২৭)🇮🇹 ১০০% গ্যারান্টি!! পাসপোর্ট জমা দিলেই ৪৫ দিনে নুল্লা ওস্তা হাতে। কোন অভিজ্ঞতা লাগবে না, ভাষা লাগবে না, বেতন ১৫০০ ইউরো, থাকা খাওয়া মালিকের। সিট সীমিত। যোগাযোগ ০১৭৪৫-৬১২৩৮৯ (শিবচর অফিস)",
  [("phone", "+8801745612389")])
F("recruitment_deception", "bn",
  "ভাইজান রোমানিয়ার ওয়ার্ক পারমিট আমি কইরা দিমু, ওইখানে ৩ মাস থাকবো তারপর আমার লোক গাড়িতে কইরা ইতালি ঢুকাই দিবো, বর্ডারে কোন ঝামেলা নাই সব সেটিং করা। কেউ কইলে কইবেন সরকারি ভাবে যাইতাছে")
F("recruitment_deception", "bn-Latn",
  "bhai amare kaise Italy te restaurant e kaj, ekhon Libya te ani Misrata r ekta cement factory te din raat bosta tanaitese. beton er kotha kaile bole Italy gele pabi. ami to Italy jaite chai nai emne")
F("recruitment_deception", "bn-Latn",
  "Libya te company visa ready, mudir er sathe amar direct kotha hoise. 3 mash kaj korle company nijei boat e tule dibe Italy, coast guard er sathe setting ase, kono risk nai sob legal. 8 lakh full package. details imo te 01928-445566",
  [("phone", "+8801928445566")])
F("recruitment_deception", "bn-Latn",
  "Dubai hospital cleaner visa, visit e jaben 1 mash por company work permit kore dibe, sobai eivabe jay. smart card lagbe na, airport e amar lok ase. 2.8 lakh, 50% ekhon")
F("recruitment_deception", "en",
  "Bro they showed me a demand letter from some construction company in Misrata. I went to the DEMO office in Madaripur today, they said no such company is approved and the stamp looks fake. The dalal still says its 100% ok and wants the rest of the money by sunday")
F("recruitment_deception", "en",
  "URGENT!!! ITALY FARM WORKERS NEEDED 🍅🇮🇹 no IELTS no experience, salary 1400 euro + free accommodation. Only 20 seats left. Processing via Libya legal company visa, 100% safe. Whatsapp now wa.me/8801856742310",
  [("whatsapp", "+8801856742310")])

# fees_and_debt (8)
F("fees_and_debt", "bn",
  "[ভয়েস মেসেজ] বাবা রে, দালালে আরো দুই লাখ চায়, কয় লিবিয়া থেইকা গেমের টাহা আলাদা, আগেরটা খালি লিবিয়া পর্যন্ত। জমিডা বন্ধক দিছি মতিন মাদবরের কাছে, গাইডাও বেচছি, এহন আর কি বেচমু ক। তুই ওগো কইস একটু সময় দিতে")
F("fees_and_debt", "bn",
  "মালিক কইছে আমার যাওনের খরচ সাড়ে চাইর লাখ ওর কাছে ধার আছে, প্রতি মাসে বেতন থেইকা কাইটা রাখবো। পুরা শোধ না হইলে ছাড়বো না, অন্য কোম্পানিতেও যাইতে দিবো না। হিসাব চাইলে কয় বেশি কথা কইস না")
F("fees_and_debt", "bn",
  "আশা থেইকা ১ লাখ আর ব্র্যাক থেইকা ৮০ হাজার কিস্তি তুইলা আক্কাস দালালরে দিছি। কিস্তির লোক প্রত্যেক শুক্রবার আসে। পোলা এহনো কাম পায় নাই, অহন দালাল আবার কয় আকামা লাগানোর লাইগা ৫০ হাজার পাঠাইতে, না দিলে নাকি পোলা অবৈধ হইয়া যাইবো")
F("fees_and_debt", "bn-Latn",
  "Mama 3 kisti te dite hobe: 2 lakh advance, Libya pouchaile 3 lakh, Italy namle baki 3.5 lakh. advance na dile file open hobe na. ar passport number ta pathan EB4471920 eta ki thik ase?",
  [("bd_passport", "EB4471920")])
F("fees_and_debt", "bn-Latn",
  "amar mudir bole ticket ar visa er taka 2500 dinar ami nki or kase rin. 6 mash beton pabo na, tarpor o ordhek kata hobe. onno kothao kaj nile o police dibe bole. amar to ei hisab e 2 bochor lagbe")
F("fees_and_debt", "bn-Latn",
  "Sudher taka 10 hajar per lakh per mash, 5 lakh nisi Harun mahajon er theke, chairman er kase jomir dolil joma. Bhai re boat e pathaite hoise. ekhon 1 bochor ses, sud e sud bartese ar bhai Libya te ekhono atka")
F("fees_and_debt", "en",
  "Sir we already paid 9.5 lakh to Jalal agent for Italy. Now from Tripoli he calls and says every person 3000 dinar more for the game boat or they stay in the camp. We sold the cows, my father took loan from samity, there is nothing left")
F("fees_and_debt", "en",
  "Your son's job is confirmed. Remaining balance 4,20,000 tk must be cleared before flight, otherwise the amount will be adjusted from his salary there with 20% service charge. No objection will be accepted later. - Rahman Travels (Rajoir)")

# payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "ট্যাকা ব্যাংকে দিয়েন না, মুন্সী সাবে মানা করছে। তিনটা নাম্বারে ভাগ কইরা দেন: ০১৭১১-২৩৪৫৬৭ বিকাশে ৫০ হাজার, ০১৮১৯-৮৭৬৫৪৩ বিকাশে ৫০ হাজার, বাকি নগদে ০১৯১২৩৪৫৬৭৮। একবারে বেশি দিয়েন না, এজেন্ট ধরা খায়। প্রত্যেকটার স্ক্রিনশট পাঠাইবেন",
  [("phone", "+8801711234567"), ("phone", "+8801819876543"), ("phone", "+8801912345678")])
F("payments_and_proceeds", "bn",
  "ইতালির ট্যাকা ব্যাংকে আনলে রেট কম, হুন্ডিতে আনো। রোমে হাবিব ভাইরে ইউরো দিবা, এইখানে আঙ্গারিয়া বাজারে সোহেলের দোকান থেইকা ক্যাশ দিবো। দালালের কিস্তি ওইখান থেইকাই কাইটা রাখবো, তোমার বাপের হাতে বাকিটা যাইবো")
F("payments_and_proceeds", "bn-Latn",
  "Libya theke mafiar lok call dise, 15 lakh lagbe. bkash e 01812-334455 ar 01998-776655 e 2 lakh kore pathaite bolse, baki Dubai er ekta account e. pathanor por screenshot imo te dite hobe oi lok ke",
  [("phone", "+8801812334455"), ("phone", "+8801998776655")])
F("payments_and_proceeds", "bn-Latn",
  "Bhai payment dilam Nagad e, TxnID: 7XK92MQA. baki 1.5 lakh kal bikal er moddhe. bolo jeno chele re oi ghor theke ber kore boat point e nei, ar video call dey",
  [("mfs_transaction", "7XK92MQA")])
F("payments_and_proceeds", "bn-Latn",
  f"Libya er dalal bolse taka noy dollar e dite, USDT TRC20 ei address e: {TRON1} . Dhaka te ekjon P2P dealer ase, tk niye USDT pathay, commission 3%. bank e gele prosno korbe tai eivabe",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Cash In Tk 95,000.00 to 01756-112233 successful. Fee Tk 0.00. Balance Tk 1,20,530.50. TrxID BK72LM9QZ4 at 14/11/2026 18:42\n\ndone. this is 3rd payment for Sumon release. tell Kashem bhai to call the Zuwara man now",
  [("phone", "+8801756112233"), ("mfs_transaction", "BK72LM9QZ4")])
F("payments_and_proceeds", "en",
  f"send the 2nd part in bitcoin to {BTC1} not to bank, bank asks too many questions. once it confirms he will be moved from the warehouse to the boat point. dont send to the old number anymore",
  [("btc_address", BTC1)])

# isolation_and_control (8)
F("isolation_and_control", "bn",
  "আম্মা, এহন বেশি কথা কওন যাইবো না, ফোন ওগো কাছে থাকে, সপ্তায় একদিন দেয়, পাশে লোক খাড়াইয়া থাহে। তুমি কিছু জিগাইও না, খালি কইও ভালা আছো। আব্বারে কইও চিন্তা না করতে")
F("isolation_and_control", "bn",
  "গেম ঘরে ৬০ জন একটা গুদামে, বাইরে তালা দেয়া, আরবি গার্ড বন্দুক নিয়া বইসা থাকে। দিনে একবার দরজা খোলে। পাসপোর্ট ত্রিপোলিতেই নিয়া নিছে, কয় বোটে উঠার দিন দিবো")
F("isolation_and_control", "bn",
  "চাইর মাস ফোন বন্ধ থাকবো, ক্যাম্পে ফোন নিষেধ। কেউ জিগাইলে কইবেন পোলা দুবাই কামে গেছে। থানায় বা মেম্বারের কাছে দৌড়াদৌড়ি কইরেন না, তাইলে পোলার লাইনটা নষ্ট হইবো")
F("isolation_and_control", "bn-Latn",
  "amader sobar passport r mobile niye nise arrive korar por. ei phone ta ekjon bangali bhai lukai rakhse, keu jante parle maire felbe. bahire jaite dey na, janala o bondho, ekhane koto din hoise bujhi na")
F("isolation_and_control", "bn-Latn",
  "dalal bolse bari te kauke na janaite kothay achi. amader sim bhenge felse, ekhon shudhu dalal er imo diye kotha bolte pari, tao 5 minute, o pashe boisa shune. ma tumi kanna koiro na phone e")
F("isolation_and_control", "bn-Latn",
  "Napoli te ashar por Bangali boss amader documenti rekhe dise, bole permesso hoile dibe. 8 jon ek rume, nijera kothao jaite pari na, van e kore kaje niye jay abar niye ashe. kono Italian er sathe kotha bolte mana")
F("isolation_and_control", "en",
  "he is alive but cant talk freely. the arab who keeps them takes the phone after 2 minutes and listens on speaker. dont ask where he is or who is with him, they hear everything. just say we are arranging")
F("isolation_and_control", "en",
  "Brother dont message this number again, they check our phones at night. I am not allowed out of the farm, the owner's son drives us to the field and locks the gate after. I will call when I can")

# labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেইকা রাইত ১১টা পর্যন্ত টমেটো খেতে, একদিনও ছুটি নাই। খাওন দেয় একবেলা রুটি আর পানি। ৫ মাস হইলো একটা দিনারও দেয় নাই, চাইলে কয় পরে একসাথে দিমু")
F("labour_exploitation", "bn",
  "কাপোরালে রোজ ২৫ ইউরো কয়, ১২ ঘণ্টা খেতে, হেইখান থেইকা গাড়ি ভাড়া আর খাওনের টাহা কাইটা রাখে, হাতে পাই ১০ ইউরো। কাগজ নাই বইলা কিছু কইতে পারি না, কইলে কাল থেইকা কাম বন্ধ")
F("labour_exploitation", "bn",
  "ইটের কারখানায় কইছিলো তিন মাস কাম করলে ছাইড়া দিবো, এহন সাত মাস। জ্বর হইলেও কামে নামায়, আমগো পাশের জন হাত পুইড়া গেছে ডাক্তার দেখায় নাই। ছাড়ার কথা কইলে কয় তোগো কিনছি")
F("labour_exploitation", "bn-Latn",
  "bhai Italy te ashlam, restaurant e kaj, sokal 9 ta theke raat 2 ta, saptahe ekdin o chuti nai. mashe 600 euro dibe bolse, 3 mash e dise 400 total. boss bole documenti hoile full beton pabi, tar age na")
F("labour_exploitation", "bn-Latn",
  "amra 40 jon ek warehouse e ghumai, toilet 1 ta, pani kine khaite hoy. beton theke khawar taka kate, mash sheshe haat e kisui ashe na. kaj na korle oi diner khawa bondho")
F("labour_exploitation", "en",
  "Day 19 no salary. Company says salary only after 'probation' of 3 months. 14 hrs daily in the sun, water 2 times. Two boys fainted today, supervisor said work or no food tonight")
F("labour_exploitation", "en",
  "Sir my brother is in Libya on a chicken farm near Misrata. They pay him nothing, the owner says he bought his work from the dalal for 1 year. He sleeps next to the chickens and they dont let him go to town")

# threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "[ভয়েস মেসেজ, অচেনা নাম্বার +218 92 456 7812] তোর পোলারে জিন্দা চাইলে সাত দিনের মইধ্যে দশ লাখ পাঠাবি। না দিলে ভিডিও পাঠামু কেমনে মারি। পুলিশরে কইলে লাশও পাবি না",
  [("phone", "+218924567812")])
F("threats_and_coercion", "bn",
  "কাইল রাইতে কারেন্টের শক দিছে, ভিডিও কল দিয়া বাড়িতে দেখাইছে যাতে টাকা তাড়াতাড়ি পাঠায়। পিঠে দাগ পইড়া গেছে। আব্বারে কইও যেমনে পারে ব্যবস্থা করতে")
F("threats_and_coercion", "bn",
  "মেম্বর সাবের কাছে নালিশ দিছেন শুনলাম। শালিস ডাকছেন? মামলা তুইলা না নিলে আপনার পোলার খবর আর পাইবেন না, আর রাইতে বাড়িতেও লোক যাইবো। ভাইবা দেখেন")
F("threats_and_coercion", "bn-Latn",
  "mudir bolse palaile police e dhoraiye dibe, tarpor jail e pochbi, Bangladesh e ar firte parbi na. passport o tar kache. tai chup kore kaj kori")
F("threats_and_coercion", "bn-Latn",
  "amake ar 3 jon ke arek group er kase bikri kore dise 2000 dinar kore. notun group bolse 10 diner moddhe taka na ashle arek jaygay beche dibe, sekhane aro kharap")
F("threats_and_coercion", "bn-Latn",
  "tui jodi UNO office e jaas ba thana te, tor bhai ke boat e tulbo na, Libya te feley rakhbo, mafia ra ja korar korbe. chup thak ar baki taka de, eta last bolsi")
F("threats_and_coercion", "en",
  "Your husband is here with us. No money no food. Every night we beat him. Send 8 lakh by friday or you get him back in a box. Dont go to police we know your house in Rajoir")
F("threats_and_coercion", "en",
  "Kafeel filed huroob on me because I asked for my 4 months salary. Now he says pay 5000 riyal or he sends me to the deportation center and I go home with nothing")

# sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "আপা দুবাইতে পার্লারের কাম কইয়া আনছে, এহন রাইতে হোটেলে পাঠায় বিভিন্ন লোকের কাছে। না গেলে খাওন দেয় না, ম্যাডাম কয় ভিসার টাকা উঠাইতে হইবো আগে। বাড়িতে কেউ জানে না")
F("sexual_exploitation", "bn",
  "বিয়ার পর জামাই আমারে কইছিলো ইতালি নিবো, লিবিয়া আইনা একটা বাসায় রাখছে, অহন রাইতে আরব লোক আনে আর হেয় টাকা নেয়। কিছু কইলে মারে, কয় তোর বাপের কাছে যৌতুকের টাকা তো পাই নাই")
F("sexual_exploitation", "bn-Latn",
  "Dubai te dance club e kaj, mashe 1.5 lakh, sundori meye lagbe 18-25, thaka khawa free ticket amader. family ke bolar dorkar nai parlour job bolben. interested hole insta te knock @dubai.dream.jobs",
  [("instagram", "@dubai.dream.jobs")])
F("sexual_exploitation", "bn-Latn",
  "Bhai 3 ta notun Bangali maal aise Tripoli te, flat e ache, rate 100 dinar ghonta, puro raat 300. advance dile location dimu, photo real")
F("sexual_exploitation", "bn-Latn",
  "manager bole ja kamabi tar 70% amar, customer na nile debt barbe. passport ta o tar locker e. ami bolsilam shudhu waitress er kaj, ekhon room e pathay")
F("sexual_exploitation", "en",
  "New Bangladeshi girls in Deira, very clean, 100% real photos, booking only through manager. Telegram @deira_bd_manager",
  [("telegram", "@deira_bd_manager")])
F("sexual_exploitation", "en",
  "Sister they told me babysitting job in Jordan. Here the madam sends me to different men at night. I cannot refuse, she says she will send my photos to my family in Shariatpur")

# minors (7)
F("minors", "bn",
  "পোলার বয়স ১৫ তো কি হইছে, জন্মনিবন্ধন নতুন বানায়া পাসপোর্টে ১৯ কইরা দিমু, ৫ হাজার বেশি লাগবো। লিবিয়াতে ছোট পোলাপান বেশি কাম পায়, মাফিয়া কম ধরে। ফোন দিয়েন ০১৬৭৮-২৪৫৯১৩",
  [("phone", "+8801678245913")])
F("minors", "bn",
  "ক্লাস এইটে পড়া মাইয়ারে সৌদিতে বাসার কামে নিবো, বয়স বাড়াইয়া পাসপোর্ট করমু, মাসে ২০ হাজার বেতন। মাইয়ার মায়রে এককালীন ৩০ হাজার দিমু, পড়ালেহা দিয়া কি হইবো")
F("minors", "bn-Latn",
  "amar bhagna 16 bochor, boat e uthaise, ekhon Sicily te minori der camp e ache. kintu dalal bole camp theke palaiya Napoli te or loker kase kaj korte hobe, na hole debt er taka amader theke nibe")
F("minors", "bn-Latn",
  "14-15 bochorer chele lagbe Libya er bakery te, choto der beton kom lage, thaka khawa free. baba ma ke 50 hajar agrim dibo, passport er boyos amra thik kore nibo")
F("minors", "en",
  "Your boy is 13? no problem, we make NID with age 18 and passport in 20 days. BMET finger not needed for Libya route. send his photos and birth certificate to bdmanpower.fast@gmail.com",
  [("email", "bdmanpower.fast@gmail.com")])
F("minors", "en",
  "2 young girls 16 and 17 from Madaripur, new, first time, available in Dubai for VIP only. serious clients message")
F("minors", "en",
  "Uncle, the camp in Zuwara has many small boys, 12 to 14 years. The Libyans make them carry cement all day for no money and dont let them call home. One boy from Gosairhat is crying every night")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মাদারীপুরের রাজৈরে লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে এক দালালকে গ্রেপ্তার করেছে র‍্যাব-৮। ভুক্তভোগী পরিবারের দাবি, ইতালি পাঠানোর কথা বলে ১২ লাখ টাকা নেওয়ার পর তাদের ছেলেকে লিবিয়ার একটি ক্যাম্পে আটকে রাখা হয়।")
N("news", "bn",
  "ভূমধ্যসাগরে নৌকাডুবি: শিবচরের সাত যুবক নিখোঁজ, পরিবারে মাতম। স্বজনরা জানান, দালালের মাধ্যমে তারা লিবিয়া হয়ে ইতালি যাচ্ছিলেন।")
N("news", "en",
  "Italy has published the 2027 Decreto Flussi quotas. The Bangladesh embassy in Rome said applications are made only by employers in Italy and warned workers not to pay any agent for a nulla osta.")
N("news", "en",
  "Shariatpur: 42 returnees from Libya received reintegration support from IOM on Tuesday. Many said they had paid brokers between 8 and 12 lakh taka and were held in camps before being rescued.")
N("news", "bn-Latn",
  "Breaking: Libya theke 152 jon Bangladeshi ferot ashlo aj special flight e, er moddhe Madaripur er 23 jon ar Shariatpur er 17 jon. IOM er sohayotay ferot. Share koren jader attiyo chilo")
N("news", "bn",
  "দালালের প্রলোভনে ইতালিযাত্রা: চার বছরে মাদারীপুরে মানবপাচার মামলা ২৩৭টি, নিষ্পত্তি হয়েছে মাত্র ১৯টি। জেলা পুলিশ সুপার বলেন, অধিকাংশ বাদী পরে আপস করে ফেলেন।")
# awareness
N("awareness", "bn",
  "সতর্ক থাকুন! লিবিয়া হয়ে ইতালি যাওয়ার প্রলোভনে পা দেবেন না। দালাল বলবে সাত দিনে ইতালি, আসলে গেম ঘরে আটকে মুক্তিপণ চায়। অভিযোগ করুন ৯৯৯ বা প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ নম্বরে। — ২ নং ইউনিয়ন পরিষদ, শিবচর")
N("awareness", "bn-Latn",
  "Sobai ke jananu jacche, kono dalal jodi bole passport joma dao, advance taka dao, Libya diye Italy pathabo, tahole amader UP office e jogajog korben. Bidesh jaben BMET registration kore, Ami Probashi app e check kore. - Member, 5 no ward")
N("awareness", "en",
  "BRAC Migration Programme: Know before you go. Never hand your passport to a broker. Check the recruiting agency licence on the BMET website. Free advice: 01730-774411 (Madaripur office, Sat-Thu 9-5)",
  [("phone", "+8801730774411")])
N("awareness", "bn",
  "জুম্মার পর ইমাম সাহেব কইলেন, জমি বেইচা বন্ধক দিয়া পোলারে বোটে তুইলা দিয়েন না। সাগরে কত মায়ের বুক খালি হইছে। বিদেশ পাঠাইতে চাইলে সরকারি অফিসে খোঁজ নেন, দালালরে ট্যাকা দিয়েন না")
N("awareness", "en",
  "⚠️Forwarded as received⚠️ Fake Italy visa sellers are calling from +39 351 284 7719 and asking for advance on bKash. DO NOT PAY. A real nulla osta comes only from the Italian Prefettura to the employer. Share with everyone going to Italy",
  [("phone", "+393512847719")])
N("awareness", "bn-Latn",
  "Meyera shabdhan! Dubai te parlour, hotel, babysitter er chakri bole onek meye pachar hoy. Agency er license number BMET e check korun, ar kono dalal er kache passport diben na. Bipode porle 999 e call din")
N("awareness", "bn",
  "শিশুদের বিদেশে কাজে পাঠানো আইনত দণ্ডনীয়। বয়স বাড়িয়ে জন্মনিবন্ধন বা পাসপোর্ট করা অপরাধ। এমন কিছু জানলে ইউনিয়ন পরিষদ বা থানায় জানান। — উপজেলা শিশু সুরক্ষা কমিটি, গোসাইরহাট")
# official
N("official", "bn",
  "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১২৪৭), সরকার অনুমোদিত রিক্রুটিং এজেন্সি। সৌদি আরবে ক্লিনার পদে ৪০ জন নেওয়া হবে, সরকার নির্ধারিত খরচ, সকল লেনদেন ব্যাংকের মাধ্যমে রশিদসহ। বিএমইটি ছাড়পত্র বাধ্যতামূলক। ইমেইল: info@almadinaoverseas.com.bd",
  [("email", "info@almadinaoverseas.com.bd")])
N("official", "en",
  "BMET: Dear applicant, your emigration clearance (smart card) for KSA is ready. Please collect it from DEMO Madaripur with your original passport and fingerprint receipt. Do not pay anyone for this service.")
N("official", "en",
  "Embassy of Bangladesh, Tripoli: Bangladeshi nationals in Libya wishing to return home voluntarily may register with the Embassy. Hotline (WhatsApp/IMO): +218 91 733 2045. No fee is charged for registration.",
  [("phone", "+218917332045")])
N("official", "bn",
  "আপনার ই-পাসপোর্ট (নং EA0123456) প্রস্তুত। আগামী ৭ কর্মদিবসের মধ্যে আঞ্চলিক পাসপোর্ট অফিস, মাদারীপুর থেকে সংগ্রহ করুন। -DIP",
  [("bd_passport", "EA0123456")])
N("official", "en",
  "Wage Earners' Welfare Board: Financial grant of Tk 3,00,000 has been sanctioned for the family of late Md. Rasel Hawlader (died in Libya). Nominee: Rokeya Begum, NID: 1987541296341 . Cheque to be collected from DC office Shariatpur.",
  [("bd_nid", "1987541296341")])
N("official", "en",
  "VFS Global: Your appointment for National Visa Type D (Lavoro subordinato) at the Italy Visa Application Centre, Dhaka is confirmed for 12/01/2027 at 09:30. Passport no: A07654321. Bring your nulla osta and original documents.",
  [("bd_passport", "A07654321")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712-998877. Fee Tk 0.00. Balance Tk 31,240.00. TrxID CJK7M2P9XA at 03/12/2026 10:14",
  [("phone", "+8801712998877"), ("mfs_transaction", "CJK7M2P9XA")])
N("receipt", "bn",
  "টাকা গ্রহণ সফল। পরিমাণ: ৳১০,০০০.০০ প্রেরক: ০১৯৪৫৬৭৮১২৩ রেফ: ঈদের বাজার TxnID: 71QXR5HA ব্যালেন্স: ৳১২,৪৫০.০০",
  [("phone", "+8801945678123"), ("mfs_transaction", "71QXR5HA")])
N("receipt", "en",
  "Cash-In from A/C: ***4421 Tk 5,000.00 Fee: Tk 0.00 Balance: Tk 7,315.60 TxnId: 4829173650 Date: 28-NOV-26 11:52",
  [("mfs_transaction", "4829173650")])
N("receipt", "en",
  "Sonali Bank: Foreign remittance EUR 800.00 (BDT 1,04,560.00) from ROMA ITALIA credited to your A/C ending 7781. Govt incentive 2.5% Tk 2,614.00 also credited. Thank you for sending money through legal channel.")
N("receipt", "bn-Latn",
  "Ammu taka pathaisi bkash e 18 hajar, TrxID DF93KQ2LXW. ASA r kisti ta diye dio ar baki ta Nanu r oshudh. dalal er kono taka baki nai ar, sob shodh",
  [("mfs_transaction", "DF93KQ2LXW")])
N("receipt", "en",
  "Western Union: Money transfer received. Amount BDT 62,300.00 sent from Napoli, Italy. Paid out at Agrani Bank, Shibchar branch on 02/12/2026. Keep this slip for your records.")
# family
N("family", "bn",
  "বাবা তোর পাসপোর্টের মেয়াদ তো মার্চে শেষ, রোমের এম্বাসিতে আগে থেইকা এপয়েন্টমেন্ট নিয়া রাখিস। পরে ঝামেলা হইলে আবার দালাল ধরতে হইবো, ওইসব দরকার নাই")
N("family", "bn-Latn",
  "Abbu passport er photocopy ar NID pathaisi, choto bon er birth certificate o. NID: 19958016542318745 . Bank e account khulte eigula lagbe, remittance er taka direct jabe",
  [("bd_nid", "19958016542318745")])
N("family", "bn",
  "পাত্র ইতালি থাকে আট বছর, বৈধ কাগজ আছে, ডিসেম্বরে ছুটিতে আইবো। বিয়া কইরা বউরে পরে ফ্যামিলি ভিসায় নিবো কইছে। যৌতুকের কথা হেরা তোলে নাই, তুমরা খোঁজ নিয়া দেখো পোলাডা কেমন")
N("family", "en",
  "Ma don't worry, I got my permesso di soggiorno today!! 2 years. Now no police problem, I can come home in Ramadan insha Allah. Tell abba to stop crying 😄")
N("family", "bn-Latn",
  "Chacha jomi ta bondhok theke chharano gelo, Sumon er pathano taka diye. Motin madbor dolil ferot dise, ekhon khatian ta amader nam e. Sumon Italy te bhalo ache alhamdulillah")
N("family", "bn",
  "মাইয়াডার বয়স মাত্র ১৬, অহন বিয়া দিমু না। সৌদির পাত্র আইছে তো কি, আগে এসএসসি দিবো। ওর বাপ রাজি না হইলে আমি মেম্বারের কাছে যামু")
N("family", "bn-Latn",
  "Bhaiya ami Malaysia jabo na oi agency diye, 5 lakh chay. amar cousin bolse G2G te 79 hajar e hoy, ami BMET e registration korsi, card o paisi. tumi abbu ke bujhaio")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Italy te 3 bochor hoye gelo, ekhon pizzeria te cuoco, contratto indeterminato paisi. beton 1600 euro, sunday off 😊 sobai dowa koiren")
N("worker_content", "en",
  "Construction site in Doha so hot today, 10 hours with 2 breaks. Overtime paid though. Miss ammu's shutki bhorta 😭")
N("worker_content", "bn",
  "বেনগাজির কোম্পানিতে চার বছর আছি, বেতন সময়মতো দেয়, ছুটিও পাই। খালি দিনারের দাম কইমা গেছে তাই দেশে কম যায়। আগামী বছর দেশে আইসা দোকান দিমু ইনশাআল্লাহ")
N("worker_content", "bn-Latn",
  "boss ajke bokabaki korlo late hoise bole, 1 diner beton katbe. nijer dosh, rate e cricket dekhsilam 😅")
N("worker_content", "en",
  "Overtime again this week, 52 hrs total. Supervisor is strict but salary came on the 1st as always. Sending 300 euro to amma for the roof")
N("worker_content", "bn",
  "সৌদিতে কফিলের সাথে কথা হইছে, ইকামা রিনিউ কইরা দিছে, খরচ কোম্পানি দিছে। এই মাসে বেতনও বাড়াইছে ২০০ রিয়াল। আলহামদুলিল্লাহ")
# joke
N("joke", "bn-Latn",
  "Abba amare Italy pathaite chay. ami boli abba Shibchar er cha er dokan e ja pai Italy te o toh eki, pasta banaite parum na 😂😂")
N("joke", "bn",
  "দালাল ভাই কইছে সাত দিনে ইতালি পৌঁছাই দিবো। আমি কইলাম আগে মাওয়া ঘাট থেইকা সাত ঘণ্টায় পার কইরা দেখাও 😂")
N("joke", "en",
  "my mother thinks every guy in Italy is a millionaire. bro I share a room with 5 people and eat pasta 3 times a day by choice because its cheap 😂😂")
N("joke", "bn-Latn",
  "Passport joma dilam... bou er kache 😂 bole ar bidesh jaite dibo na, ghore thako ar bajar koro")
N("joke", "en",
  "Wife confiscated my phone after 11pm, no wifi, no exit, held hostage till I finish the dishes. Send help 😭😂")
# chatter
N("chatter", "bn-Latn",
  "Bhai kal haat e jaba? Shibchar haat e gorur dalal ra bolse eibar dam beshi, qurbani te kina lagbe to")
N("chatter", "bn",
  "জমির দালাল আবার আইছিলো, কয় পাঁচ শতাংশ জমি কিনবো রাস্তার পাশে। আমি কইছি মেম্বর সাবরে না জিগাইয়া কিছু কমু না")
N("chatter", "en",
  "Anyone know a good licensed agent for Umrah package from Madaripur? Need for 3 persons in February, budget around 1.5 lakh each")
N("chatter", "bn-Latn",
  "Kalke UP te shalish ache, Rahim er beta r Karim er meyer biye niye, joutuk er kotha uthse. Member shaheb bolse duijon e ashte hobe")
N("chatter", "bn",
  "মেম্বর সাব, কাইলকার গেমের লাইগা স্কুল মাঠটা লাগবো, আন্তঃগ্রাম ফুটবল টুর্নামেন্ট। ইতালি প্রবাসী রুবেল ভাই ট্রফি দিবো")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে পদ্মায় ইলিশ ভালো উঠছে, বাজারে ১২০০ টাকা কেজি। বিকালে আইসো", hard=False)
N("chatter", "bn-Latn", "Kal Bangladesh vs India match, sobai UP office er samne boro screen e dekhbo insha Allah 🏏", hard=False)
N("family", "en", "Happy birthday Nusrat! May Allah bless you, ammu and abbu send love ❤️🎂", hard=False)
N("family", "bn", "আম্মা আইজ খিচুড়ি রানছে, তুমরা সন্ধ্যায় আইসা খাইয়া যাইও", hard=False)
N("chatter", "en", "Rain all day in Shariatpur, roads are mud again. UP should fix the road near the primary school", hard=False)
N("worker_content", "bn-Latn", "Aj Roma te prochur thanda, 3 degree. jacket kinlam notun ekta 🥶", hard=False)
N("joke", "bn-Latn", "Biyer dawat e giye 3 plate roast khaise Rony, ekhon pet betha bole doctor dakbe 😂", hard=False)
N("news", "bn", "শরীয়তপুরে শীতার্তদের মাঝে কম্বল বিতরণ করেছে জেলা প্রশাসন।", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না। — উপজেলা স্বাস্থ্য কমপ্লেক্স", hard=False)
N("official", "en", "Madaripur Sadar Upazila: polio vaccination campaign on Saturday, 8 am to 4 pm at all community clinics.", hard=False)
N("family", "bn-Latn", "Ma ami pouchaisi, bus e kono somossa hoy nai. kal call dibo", hard=False)
N("chatter", "bn", "জুম্মার নামাজের পরে মসজিদ কমিটির মিটিং, সবাই আইসেন", hard=False)


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
    random.Random(98).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev98-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
