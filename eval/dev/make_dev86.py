#!/usr/bin/env python3
"""Blind dev set dev86: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an NGO worker at the Satkhira and Benapole border receiving girls, women and boys brought back from India (dalal field crossings, Kolkata/Mumbai/Pune brothels and bars, zari workshops, ransom calls, fake Indian papers); border dialect Bengali with Hindi words, Banglish, some English. Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev86.jsonl"
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


BTC1 = btc("dev86-btc-1")
TRON1 = tron("dev86-tron-1")
ETH1 = eth("dev86-eth-1")

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
# recruitment_deception: bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn",
  "আপা কলকাতায় একটা পার্লারে কাজ আছে, মাসে ১৫ হাজার রুপি, থাকা খাওয়া ফিরি। পাসপোট লাগবো না, বডার আমাগো লোক পার কইরা দিবো। মায়েরে কওয়ার দরকার নাই, গিয়া টাকা পাঠাইলে সবাই এমনেই খুশি হইবো")
F("recruitment_deception", "bn",
  "ভাই আমারে কইছিল গার্মেন্টসে কাজ, মাসে দশ হাজার। বর্ডার পার হইয়া এক বাসায় নিয়া তুলল, কয় এইখানে থাকবি, ঘর মুছবি, রান্না করবি। গার্মেন্টস কই জিগাইলে হাসে। যে কাগজ দেখাইছিল ঐ নামে কোনো কোম্পানিই নাই")
F("recruitment_deception", "bn",
  "ছেলেটার সাথে ফেসবুকে পরিচয়, কয় বিয়া করবো, মুম্বাইতে ওর নিজের মোবাইলের দোকান। বেনাপোল দিয়া না, সাতক্ষীরার দিক দিয়া মাঠ পার হইলেই ও দাঁড়াই থাকবো। বাসায় কাউরে জানাইতে মানা করছে, কয় পরে সারপ্রাইজ দিমু")
F("recruitment_deception", "bn-Latn",
  "Dada Pune te ekta restaurant e waiter lagbe, salary 20 hajar rupees, tips alada. Kono passport visa lagbe na, amra Aadhaar card baniye dibo, sobai bhabbe Indian. Kal rat e Kalaroa border er kase thakben, ar kauke boilen na")
F("recruitment_deception", "bn-Latn",
  "apu amar khalato bon er moto tumio jaite paro, o Kolkata te ek boro barite baby sitter er kaj kore, mase 12k pay, notun mobile o dise 😊 tumi shudhu kichu chobi ar NID er copy pathao inbox e, baki sob amra dekhbo. ammu ke ekhn bolar dorkar nai")
F("recruitment_deception", "bn-Latn",
  "amake bolse dance er kaj, bar e shudhu gan er sathe nachte hobe, kono kharap kaj na, mash e 40 hajar. ekhane ese dekhi customer er kole bosa lage, mod khawate hoy. ami eta korbo bole ashi nai apa, ora bole ekhon ar ferot jawa jabe na")
F("recruitment_deception", "en",
  "Urgent need girls 18-25 for Kolkata shopping mall sales job. Salary 18000 INR + hostel free. No experience no passport needed, our man will take you across safely. Call/WhatsApp 01831-556720 only girls. dont tell family till you join, surprise them with first salary",
  [("phone", "+8801831556720")])
F("recruitment_deception", "en",
  "He showed us a letter with a company stamp from Pune, packing job in medicine factory, 15000 monthly. When we reached there was no factory. They took us to a flat and said factory job is finished now, you will work where we say")

# fees_and_debt: bn 3, bn-Latn 2, en 3
F("fees_and_debt", "bn",
  "মাঠ পার করাইতে জনপ্রতি ৮ হাজার, বাচ্চা থাকলে ৫। অর্ধেক এখন বিকাশে দেন, বাকিটা ওপারে পৌঁছাইলে। বিকাশ ০১৯৪৪৭২১০৩৬ পার্সোনাল, রেফারেন্সে গ্রামের নাম লিখবেন",
  [("phone", "+8801944721036")])
F("fees_and_debt", "bn",
  "মালকিন কয় তোরে আনতে ৪০ হাজার রুপি খরচ হইছে, ঐটা শোধ না হওয়া পর্যন্ত হাতে কিছু পাবি না। প্রতি মাসে খাওয়া আর ঘরভাড়াও যোগ হয়। তিন মাস হইল, হিসাব খালি বাড়ে কমে না")
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক রাইখা দালালরে দেড় লাখ দিছে, কইছিল মুম্বাইতে ফ্যাক্টরির কাজ। এখন দালাল কয় ঐখানে কাজে ঢুকাইতে আরো ৫০ হাজার লাগবো, না দিলে আগের টাকাও ফেরত হইবো না। আব্বা এখন এনজিও থেকে কিস্তি নিছে")
F("fees_and_debt", "bn-Latn",
  "tomar advance 25000 rupya dewa hoise tomar ma ke, ota kete newa hobe protidin er kaj theke 300 kore. majhe palaile pura taka tomar family theke uthamu, amader lok Satkhira te ache bhule jaio na")
F("fees_and_debt", "bn-Latn",
  "Seth bole je Aadhaar banate 6000 lagse, room 3000 mase, khana 2500, sob salary theke katbe. hate pai 1200 rupya mase. eivabe ki kore bari te taka pathabo bolo, ulta ami aro dhar e achi")
F("fees_and_debt", "en",
  "Rate for field crossing 7000 per head. Half advance by bKash, rest on other side. If BSF stops you second try free, after that pay again full. Send to 01715 339 482 with your name in reference",
  [("phone", "+8801715339482")])
F("fees_and_debt", "en",
  "Madam says my bond is 1.5 lakh rupees because she paid the dalal for me. Every month she writes something in her book and the number never goes down. When I ask to see she shuts the book and says dont be smart")
F("fees_and_debt", "en",
  "Apa they took 60,000 taka from my mother for my job in Kolkata house, now they say agency fee is another 20,000 and it will be cut from 4 months pay. I will get nothing till Boishakh and ma already sold the goat")

# payments_and_proceeds: bn 2, bn-Latn 3, en 2
F("payments_and_proceeds", "bn",
  "আজকের কালেকশন ৩২ হাজার রুপি। মেয়েদের হাতে কিছু দিবা না, সব আমার কাছে জমা। বাংলাদেশ পার্টির ভাগ হুন্ডিতে যাইবো, ঐপারে বিকাশ এজেন্ট ০১৮৭৬৫৪৩২১০ থেকে তুইলা নিবো",
  [("phone", "+8801876543210")])
F("payments_and_proceeds", "bn",
  "ভাই মাল পৌঁছাইছে, তিনটা। ওপারের পার্টি কইছে জনপ্রতি ৪০ হাজার দিবো, প্রথম কিস্তি নগদে পাঠাইছি TxnID: 7HK2M9QD দেখো আইছে কিনা, তোমার ভাগ ১২ হাজার কাইটা রাইখো",
  [("mfs_transaction", "7HK2M9QD")])
F("payments_and_proceeds", "bn-Latn",
  "boss aj rat er collection 18500, 3 ta meye 11 jon customer. Paytm e pathay disi. Bangladesh er dalal er commission ta ki ebar hundi diye dibo na bkash e? agerbar bkash e dise bole agent ke thana dakse")
F("payments_and_proceeds", "bn-Latn",
  "TrxID 9CF4LQ2ZXA tk 45,000 pathaisi apnar 01612-487390 number e. ja chaisen dilam, chele ke kal sokal er modhye chere diben, ar ekbar phone e kotha boliye diben please",
  [("mfs_transaction", "9CF4LQ2ZXA"), ("phone", "+8801612487390")])
F("payments_and_proceeds", "bn-Latn",
  "Pune r party 2 ta notun meye er jonno 1.2 lakh dise. tor share 30k hawala te Benapole er Monir bhai er kache pabi. hisab er khata te naam likhbi na, code likhbi, B-7 B-8")
F("payments_and_proceeds", "en",
  f"Send USDT to {TRON1} only, not bKash anymore, too many cases now. Each girl package 800 USDT, proof screenshot in telegram @kolkata_line_77 before we release",
  [("tron_address", TRON1), ("telegram", "@kolkata_line_77")])
F("payments_and_proceeds", "en",
  "Tips and customer money all goes in Didi's box, we keep nothing. Every friday Didi sends the Dhaka share through the bkash agent near the market, she calls it 'rent for the girls'")

# isolation_and_control: bn 2, bn-Latn 2, en 3
F("isolation_and_control", "bn",
  "ফোনটা নিয়া নিছে আসার দিনই। মাসে একবার ওগো সামনে বসাইয়া মায়ের সাথে কথা কওয়ায়, স্পিকারে দিয়া। কী কইতে হইবো আগে শিখাইয়া দেয়, কই আমি ভালো আছি, বড় দোকানে কাজ করি")
F("isolation_and_control", "bn",
  "দরজা বাইরে থেকে তালা মারা থাকে, জানালায় গ্রিল। খাবার দিয়া যায় দুইবার। বাইরে যাইতে চাইলে কয় বাইরে পুলিশ ধরলে বাংলাদেশি বইলা জেলে দিবো, কেউ তোরে চিনবো না")
F("isolation_and_control", "bn-Latn",
  "apa amar passport number A03948571, eta diye ki kono permit hobe? passport ar Aadhaar duitai seth er almari te. bole harai jabe tai rakhse. ekbar chaisilam, bole kothay jabi tui, tor ki kono kagoj ache ei desh e",
  [("bd_passport", "A03948571")])
F("isolation_and_control", "bn-Latn",
  "ei number e ar msg dio na apa, ora rat e mobile check kore. ami lukiye ekjon customer er phone theke dilam. amake ekta ghore rakhse 5 jon meye, bahire ekta lok boshe thake sob somoy")
F("isolation_and_control", "en",
  "They moved us three times in two months, each time at night in closed van. I dont know the name of this area. Outside everyone speaks Marathi, I cant understand anyone and nobody understands me")
F("isolation_and_control", "en",
  "We are not allowed go down to the street alone. If we need shampoo or pads auntie buys and writes it on our account. One girl went to the corner shop without asking and they beat her with belt in front of us")
F("isolation_and_control", "en",
  "Tell your sister the boy is fine but he cant call. Sir doesnt allow phones in the karkhana, they sleep in the workshop only, no going out till Eid. After Eid maybe")

# labour_exploitation: bn 3, bn-Latn 3, en 2
F("labour_exploitation", "bn",
  "সকাল ৭টা থেকে রাত ১টা পর্যন্ত জরির কাজ, মাটিতে বইসা। চোখ জ্বলে, আঙুলে সুই ফুইটা রক্ত পড়ে। মাস শেষে ওস্তাদ কয় কাজ খারাপ হইছে, মাল নষ্ট, এই মাসে বেতন নাই")
F("labour_exploitation", "bn",
  "বাসার সব কাজ আমি একা করি, ১৪ জনের রান্না। ঘুমাই রান্নাঘরের মেঝেতে। ৮ মাস হইছে একটা রুপিও হাতে পাই নাই, ম্যাডাম কয় তোর বেতন তোর দালালরে দিছি, ওর কাছে চা")
F("labour_exploitation", "bn",
  "হোটেলে থালাবাসন মাজি দিনে ১৮ ঘণ্টা। জ্বর হইলেও ছুটি নাই, একদিন না গেলে তিন দিনের টাকা কাটে। খাওয়া দেয় একবেলা, বাসি ভাত আর ডাল")
F("labour_exploitation", "bn-Latn",
  "bhai ekhane karkhana te 20 jon chele, shobai Bangladeshi. din e 16 ghonta embroidery, ghumai oi frame er nichei. mash e 1500 rupya bole, dey na, bole Eid e ekbare dibe. gotobar Eid eo dey nai")
F("labour_exploitation", "bn-Latn",
  "amra Pune te building er kaj kori, contractor 3 mash er beton atkaye rakhse. kichu bolle bole tora illegal, beshi kotha bolle kaj o nai taka o nai. khai ekbela, thaki plastic er tent e")
F("labour_exploitation", "bn-Latn",
  "ma ami bhalo nai. ei barite shokal 5 ta theke rat 12 ta porjonto kaj, kono din chuti nai. khabar ja baki thake tai khai. maine ta naki tomar kache pathay, ma tumi ki kono taka paiso?")
F("labour_exploitation", "en",
  "Seth pays 8 rupees per piece for a saree border that takes 3 hours. If thread breaks he cuts 50. Last month I got 900 rupees for working every single day, no sunday, no light after 10 but still working with torch")
F("labour_exploitation", "en",
  "We load sacks in the godown from 6am to midnight, no gloves, hands all cut. Supervisor keeps the attendance book, he marks us absent when he wants and cuts the day. Nobody got full pay since Puja")

# threats_and_coercion: bn 3, bn-Latn 2, en 2
F("threats_and_coercion", "bn",
  "তোর পোলা আমাগো কাছে আছে। দুই দিনের মধ্যে দুই লাখ টাকা রেডি কর, না হইলে ওরে আর জ্যান্ত পাবি না। পুলিশরে কইলে লাশও খুঁইজা পাবি না। বিকাশ নাম্বার পরে দিতাছি, ফোন বন্ধ রাখবি না")
F("threats_and_coercion", "bn",
  "পালানোর কথা চিন্তাও করিস না। তোর ছোট বোনটারেও আনাইয়া ফেলমু, তোগো বাড়ি আমরা চিনি, দেবহাটার কোন পাড়া তাও জানি। একবার পালাইছিলি মনে আছে কী হইছিল?")
F("threats_and_coercion", "bn",
  "মেয়েটারে কইছে ওর ভিডিও করা আছে, কথা না শুনলে ফেসবুকে ছাইড়া দিবো আর বাড়িতে বাপের মোবাইলে পাঠাইবো। ভয়ে ও কাউরে কিছু কয় না, খালি কান্দে")
F("threats_and_coercion", "bn-Latn",
  "police er kache gele tui e dhora khabi, tui illegal Bangladeshi. amader kichu hobe na, thana amader hate. chup chap kaj kor, nahole ekdin raate BSF er kache fele ashbo, guli kheye morbi")
F("threats_and_coercion", "bn-Latn",
  "[voice msg] ...ei shon, tor baba ke bol 50 hajar ready rakhte, naile tor meye ke ar kono din dekhbe na. kal 11 tay call dibo ei number theke +91 98311 40672, ar kauke janale bujhbi",
  [("phone", "+919831140672")])
F("threats_and_coercion", "en",
  "If you run, dalal will say you stole gold from the house and the police here will take you first. Last girl who ran they caught at Howrah station and brought back. You saw what they did to her face")
F("threats_and_coercion", "en",
  "Your brother owes us for his crossing. Pay 80,000 by friday or we sell him to Gujarat side, nobody will find him. Dont try BGB or NGO people, we have our men in Benapole also")

# sexual_exploitation: bn 2, bn-Latn 3, en 3
F("sexual_exploitation", "bn",
  "রাতে ১০-১২ জন কাস্টমার নিতে হয়। না নিলে খাইতে দেয় না। দিদি কয় তোরে দাম দিয়া কিনছি, যতদিন উসুল না হয় ততদিন এইভাবে চলবো")
F("sexual_exploitation", "bn",
  "নতুন দুইটা আসছে বাংলাদেশ থেকে, ফর্সা, বয়স কম। রেট আলাদা, শর্ট টাইম ৩ হাজার, ফুল নাইট ৮ হাজার। আসার আগে ফোন দিয়া আইসেন +৯১ ৯৮৭৪৫ ২২৩১০",
  [("phone", "+919874522310")])
F("sexual_exploitation", "bn-Latn",
  "bhaiya fresh Bangladeshi girl ache 19-20, full night 6k short time 2k, hotel e pathano jabe. whatsapp koren wa.me/917439028815 photo dibo",
  [("whatsapp", "+917439028815")])
F("sexual_exploitation", "bn-Latn",
  "amake bar e waitress er kaj dilo, kintu rat e owner bole customer er sathe room e jete hobe, na gele salary nai, khana nai. oi din theke ami protirat... apa ami ar bolte parbo na")
F("sexual_exploitation", "bn-Latn",
  "dalal amake Kolkata te ekta barite rekhe gelo, bollo ekhane guest ashbe, tader khushi rakhte hobe. prothom rat ei bujhechi eta kemon jaiga. ekhon shuni amake Mumbai te bechte chay")
F("sexual_exploitation", "en",
  "New stock from across border, 3 girls, very shy, no Hindi. Available Budhwar Peth from monday. Photos on insta @pune_night_angels, cash only no bargaining",
  [("instagram", "@pune_night_angels")])
F("sexual_exploitation", "en",
  "She was told dancing only at the bar in Andheri. After two weeks manager said VIP room is compulsory, customers pay him direct and she gets 200 rupees per customer, sometimes nothing")
F("sexual_exploitation", "en",
  "Apa I cant tell my family what I did there. they made me sit at the window and men came up the stairs. I counted the days on the wall with a hairpin, 14 months")

# minors: bn 2, bn-Latn 3, en 2
F("minors", "bn",
  "মেয়ের বয়স ১৪, কিন্তু আধার কার্ডে ১৯ লেখা। দালাল কইছে এমনেই করতে হয়, না হইলে কাজে নিবো না। মায়ের এনআইডি নং ৮৭১৫৩২৬৯০৪ দিয়া ফরম পূরণ করছে, কয় বিউটি পার্লারে দিবো",
  [("bd_nid", "8715326904")])
F("minors", "bn",
  "ক্লাস সিক্সের পোলাগুলারে মুম্বাইতে জরির কারখানায় নিয়া যায়, মাসে ২ হাজার রুপি দিবো কয়। বাপ মারে অগ্রিম ১০ হাজার দিয়া যায়, পোলা আর স্কুলে আসে না। এইবার আমাগো পাড়া থেকে ৪ জন গেছে")
F("minors", "bn-Latn",
  "choto meye lagbe 12-15 bochor, ghorer kaj er jonno Delhi te. ma baba ke 20k agrim, mash e 3k. boyosh ta kagoje bariye dibo, kono jhamela nai, amra age o pathaisi")
F("minors", "bn-Latn",
  "tomar chele to 11 bochor, okhane sui ar kapor er kaj shikhbe, haat choto tai zari te bhalo hoy. form e ektu boyosh baraye 16 lekhbo, keu jigaile bolbe 16. school pore o korte parbe")
F("minors", "bn-Latn",
  "client bolse kom boyoshi chai, 15-16. amader kache Jessore theke asha 2 ta ache, ekhono kichu bojhe na. rate double, agei bole dilam")
F("minors", "en",
  "Boy looks 12-13 but his paper says 18. Found at the Howrah workshop sleeping under the frame. He said mama brought him after class 5 exam and gave his father 8000, he has not been paid one rupee since")
F("minors", "en",
  "Need 5 boys age 10 to 14 for bangle factory, small hands best. Parents get 15000 advance each. Travel at night via Satkhira side, documents we manage")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "বেনাপোল চেকপোস্ট দিয়ে ভারত থেকে ফেরত এলেন ২৩ নারী ও শিশু। বিজিবি ও পুলিশের উপস্থিতিতে তাদের বেসরকারি সংস্থার কাছে হস্তান্তর করা হয়। তারা বিভিন্ন সময় কাজের প্রলোভনে অবৈধভাবে ভারতে গিয়েছিলেন বলে জানা গেছে।")
N("news", "en",
  "Satkhira: Police arrested two alleged dalals in Kalaroa on Tuesday on charges of human trafficking, the officer-in-charge said. A case has been filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn-Latn",
  "Somoy TV: Benapole diye 15 jon Bangladeshi ke ferot pathalo BSF, jara bibhinno shomoy obaidhbhabe India te kaj korte giyechilen. Tader modhye 6 jon nari o 4 jon shishu.")
N("news", "en",
  "Kolkata: State govt to open a new shelter home for rescued Bangladeshi girls awaiting repatriation; 42 are currently at the Liluah home, the social welfare department said.")
N("news", "bn",
  "মুম্বাইয়ের জরি কারখানা থেকে উদ্ধার ১২ শিশুকে দেশে ফেরত আনা হয়েছে। শিশুদের বয়স ১০ থেকে ১৫ বছর। অভিভাবকদের কাছে হস্তান্তরের আগে তাদের কাউন্সেলিং চলছে।")
N("news", "en",
  "BMET data: 13 lakh workers went abroad in 2023, Saudi Arabia the top destination. Remittance inflow rose year on year, Bangladesh Bank said on Sunday.")
# awareness
N("awareness", "bn",
  "সাবধান! কলকাতা-মুম্বাইতে ভালো বেতনের চাকরির কথা বলে কেউ ডাকলে আগে যাচাই করুন। অবৈধভাবে সীমান্ত পার হবেন না। বিপদে পড়লে ফোন করুন জাতীয় হেল্পলাইন ৯৯৯-এ।")
N("awareness", "bn-Latn",
  "Forwarded: Apnar meye ke keu biye ba chakrir kotha bole border par korte chaile sathe sathe UP chairman ba thana ke janan. Dalal er mishti kothay bhulben na. Share korun 🙏")
N("awareness", "en",
  "Know the signs: someone keeps your passport, a debt that never ends, you cannot leave the workplace. These can be signs of trafficking. Talk to our Satkhira office, call 01713-492056.",
  [("phone", "+8801713492056")])
N("awareness", "bn",
  "মা-বাবারা শুনুন, সন্তানের বয়স বাড়িয়ে কাগজ বানানো অপরাধ। ১৮ বছরের নিচে কাউকে কাজে বাইরে পাঠাবেন না। উঠান বৈঠক শুক্রবার বিকাল ৪টা, কলারোয়া ইউনিয়ন পরিষদ মাঠে।")
N("awareness", "en",
  "Going to India for treatment? Use a valid passport and Indian medical visa only. Do not pay anyone to cross through the fields. Free advice at Benapole help desk wa.me/8801998114237",
  [("whatsapp", "+8801998114237")])
N("awareness", "bn-Latn",
  "Bideshe jete chaile age BMET e registration korun, Ami Probashi app e. Kono dalal ke advance taka diben na, agency r licence number check kore niben. - Upazila probashi kalyan desk")
N("awareness", "bn",
  "বিনামূল্যে প্রশিক্ষণ: ফেরত আসা নারীদের জন্য সেলাই ও জরি কাজের ৩ মাসের কোর্স, মাসিক ভাতা ১৫০০ টাকা। যোগাযোগ: ০১৭৯৯৩২১৬৫৪",
  [("phone", "+8801799321654")])
# official
N("official", "en",
  "M/s Sundarban Overseas (RL-1427), licensed by the Ministry of Expatriates' Welfare. Demand: 40 male cleaners for Malaysia, salary RM 1,700, cost as per govt rate Tk 78,990. Send CV to sundarbanoverseas.rl1427@gmail.com. No sub-agent, no cash to any person.",
  [("email", "sundarbanoverseas.rl1427@gmail.com")])
N("official", "bn",
  "বাংলাদেশ উপ-হাইকমিশন, কলকাতা: ভারতে অবস্থানরত যেসব বাংলাদেশি নাগরিকের পাসপোর্ট হারিয়ে গেছে, তারা ট্রাভেল পারমিটের জন্য জাতীয় পরিচয়পত্র বা জন্মনিবন্ধনের কপিসহ আবেদন করুন।")
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, সাতক্ষীরা: জাপান গমনেচ্ছু কর্মীদের ভাষা প্রশিক্ষণে ভর্তি চলছে। যোগ্যতা এইচএসসি পাস, বয়স ১৮-৩০। সরকার নির্ধারিত ফি ছাড়া কাউকে কোনো টাকা দেবেন না।")
N("official", "en",
  "Your e-passport No. EB0493718 is ready for delivery at RPO Jashore. Bring the delivery slip and original NID 6924183750. -DIP",
  [("bd_passport", "EB0493718"), ("bd_nid", "6924183750")])
N("official", "bn-Latn",
  "BMET theke bolchi, apnar smart card ready, Khulna DEMO office theke nite paren. Sathe passport ar registration slip anben. Kono dalal er maddhome ashben na, kono fee lagbe na.")
N("official", "en",
  "Notice: Repatriation of 18 Bangladeshi nationals through Petrapole-Benapole ICP on 12 December. Receiving organisations have been informed. Travel permits issued by the Deputy High Commission, Kolkata.")
# receipt
N("receipt", "en",
  "You have received Tk 15,000.00 from 01736478291. Fee Tk 0.00. Balance Tk 16,240.50. TrxID BKH7Q2M4ZP at 02/12/2026 14:11",
  [("phone", "+8801736478291"), ("mfs_transaction", "BKH7Q2M4ZP")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01815226904 Ref: Abba TxnID: 71K9DX3A Balance: Tk 8,312.00",
  [("phone", "+8801815226904"), ("mfs_transaction", "71K9DX3A")])
N("receipt", "en",
  "Cash Out Tk 20,000.00 to Agent 01922876105 successful. Fee Tk 370.00. Balance Tk 125.40. TrxID CJ85WRT6LM at 28/11/2026 19:02",
  [("phone", "+8801922876105"), ("mfs_transaction", "CJ85WRT6LM")])
N("receipt", "bn",
  "আপনি ০১৭১১২৯৮৪৩৬ নম্বরে ৳৫,০০০ সেন্ড মানি করেছেন। ফি ৳০। ব্যালেন্স ৳২,১১০। TrxID: BK4N7X2R9T",
  [("phone", "+8801711298436"), ("mfs_transaction", "BK4N7X2R9T")])
N("receipt", "en",
  "Western Union: Your transfer of INR 10,000 from Mumbai has been paid out at Sonali Bank Benapole branch. Thank you for choosing us.")
N("receipt", "bn-Latn",
  "Rocket: Cash-In from A/C ***4417 Tk 3000. Fee Tk 0. Balance Tk 3,415. TxnId: 5830291746",
  [("mfs_transaction", "5830291746")])
# family
N("family", "bn",
  "আম্মা আপার পাসপোর্টটা তো এখনো আসে নাই, পুলিশ ভেরিফিকেশনে আটকাইছে। দুলাভাই কইলো ঢাকায় এক পরিচিত আছে, তবে ঘুষ দিমু না, নিয়মেই হোক")
N("family", "bn-Latn",
  "abbu choto kaka Kolkata te chokh dekhaite jabe, medical visa hoise. Benapole diye jabe Shohag bus e. taka ta rupee kore nio border er age, okhane rate kharap")
N("family", "en",
  "Bhaiya the boy's family from Jessore called again, they want the wedding in Falgun. no dowry they said, only 2 bhori gold from our side. Ma is asking your opinion")
N("family", "bn",
  "মেয়েটার বয়স মাত্র ১৬, এখনই বিয়ের কথা কেন? আগে এসএসসি দিক। যে ছেলে মুম্বাইতে কাজ করে তারে তো চিনি না, খোঁজখবর না নিয়া হ্যাঁ বলবা না কইলাম")
N("family", "bn-Latn",
  "Rahim bhai er kache 30 hajar dhar nilam boro apar chikitsar jonno, 6 mash e shodh dibo kisti te. kauke boilo na, lojja lage")
N("family", "en",
  "Ammu I sent 12000 rupees to Abbu's bKash from the Kolkata office, my first salary from the hospital. Please buy Dadi's medicine first, rest keep for Eid")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Pune te IT company te join korlam, proper work visa, company flat dise. beton Dhaka r cheye 3 gun. sobai dua koren 🤲")
N("worker_content", "bn",
  "দুবাইতে ৪ বছর হইল, কোম্পানি বেতন দেয় ঠিকমতো, তবে ওভারটাইম কম। আকামা রিনিউ হইছে, এবার ছুটিতে দেশে আসমু ইনশাআল্লাহ")
N("worker_content", "en",
  "Working at the garment factory in Tiruppur on a proper employment visa. 9 to 6, sunday off, salary 21000. Food is too spicy lol but ok")
N("worker_content", "bn-Latn",
  "ei company r supervisor ta ekdom birokto kore, overtime er kotha bole 2 ghonta beshi kaj koray, tobe taka dey double. tao ar bhalo lagche na, next year change korbo")
N("worker_content", "en",
  "Malaysia update: boss gave my passport back after the permit renewal like he promised, now I keep it in my own locker. Salary came on the 7th as usual")
N("worker_content", "bn",
  "আপু আমি মুম্বাইয়ের এক হাসপাতালে নার্সের চাকরি পাইছি, নিজে অ্যাপ্লাই করছি, ভিসা ঠিক আছে। হোস্টেলে থাকি, বাকি মেয়েরা কেরালার। মাঝে মাঝে বাড়ির জন্য মন খারাপ লাগে")
# joke
N("joke", "bn-Latn",
  "amar bou amar passport lukiye rakhse jate ami Cox's Bazar e bondhuder sathe jaite na pari 😂😂 eta ki manob pachar er moddhe pore?")
N("joke", "en",
  "my boss takes 100% of my salary and says its for my own good. her name? my mom 😭")
N("joke", "bn",
  "বস কইছে আজ রাত ১২টা পর্যন্ত অফিস, না থাকলে চাকরি নাই। ভাই এইটাই আসল দাসত্ব 😂 কর্পোরেট জীবন")
N("joke", "bn-Latn",
  "dalal ke 500 taka dilam, bolse BPL final er ticket pabo. ekhon ticket o nai dalal o nai 🤡")
N("joke", "en",
  "Ransom note from my cat: bring 2 packets of Whiskas by 6pm or the flower vase gets it 🐱")
N("joke", "bn-Latn",
  "shoshur bari te ashchi 3 din, phone e charge nai, bahire jaite dey na, khali khawaitese 😭 keu amake uddhar koro")
# chatter
N("chatter", "bn",
  "কাল বেনাপোল বর্ডারে বিশাল লাইন, ইমিগ্রেশনে ৪ ঘণ্টা লাগলো। পোর্টের পাশে এক দালাল ৫০০ টাকা চাইছিল তাড়াতাড়ি করাইয়া দিবো বইলা, দেই নাই")
N("chatter", "en",
  "Anyone know a good travel agent in Satkhira for Kolkata bus tickets and dollar endorsement? Need for Ammu's treatment at Tata Medical in January")
N("chatter", "bn-Latn",
  "bhai Sonagachi r kase ekta hotel e uthechi, kono idea chilo na area ta emon. kal e Park Street er dike chole jabo, okhane budget room kothay pai?")
N("chatter", "en",
  "The girls from our college are going to Pune for the exchange programme, 3 weeks, university paying everything. so jealous")
N("chatter", "bn",
  "ভাই জরির শাড়ি কলকাতায় কোথায় ভালো পাওয়া যায়? বড়বাজার নাকি গড়িয়াহাট? বোনের বিয়ের জন্য কিনবো")
N("chatter", "bn-Latn",
  "ajker meeting e shobai bollo gramer 3 ta chele Mumbai te kaj kore bhalo ache, ekjon to nijer dokan dise. ami o ki jabo? passport visa kivabe kori jante chai")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজ সাতক্ষীরায় প্রচুর বৃষ্টি, মাঠে পানি জমে গেছে", hard=False)
N("family", "en", "Happy birthday Rumi! 🎂 have a great year", hard=False)
N("family", "bn-Latn", "ami 10 minit e ashchi, cha ready rakho", hard=False)
N("chatter", "en", "Mango season coming, Satkhira himsagar best 🥭", hard=False)
N("chatter", "bn", "খেলা দেখছিস? বাংলাদেশ জিতলো শেষ ওভারে!!", hard=False)
N("family", "bn-Latn", "kalke school bondho, shobai picnic e jabo", hard=False)
N("official", "en", "Reminder: cooperative meeting Saturday 3pm at the school ground", hard=False)
N("family", "bn", "ঈদ মোবারক সবাইকে, ভালো থাকবেন", hard=False)
N("joke", "bn-Latn", "net eto slow keno aj, ekta video load hote 10 minit 😤", hard=False)
N("family", "en", "Can you send me the recipe for chingri malaikari?", hard=False)
N("chatter", "bn", "বাজারে আজ ইলিশের দাম কেজি ১২০০ টাকা, কিনলাম না", hard=False)

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
    random.Random(86).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev86-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
