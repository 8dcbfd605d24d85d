#!/usr/bin/env python3
"""Blind dev set dev84: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a community mobiliser in Dhaka's Korail and Kamrangirchar slums (child labour in
workshops and domestic help, child marriage, teenage girls lured by Facebook/IMO/TikTok boyfriends to India or
hotels, TikTok 'model'/'actress' offers, nude-picture threats; teen slang, Dhaka street Bengali, Banglish, English). Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev84.jsonl"
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


BTC1 = btc("dev84-btc-1")
TRON1 = tron("dev84-tron-1")
ETH1 = eth("dev84-eth-1")

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
# recruitment_deception (8): bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn",
  "আপু তোমার টিকটক ভিডিও গুলা দেখলাম 😍 আমাদের নতুন মিউজিক ভিডিওতে মডেল লাগবো, শুটিং কক্সবাজারে ৩ দিন, ৪০ হাজার টাকা দিমু। যাওয়া আসা হোটেল সব আমাগো। বাসায় এখনি কিছু কইয়ো না, শুটিং শেষে সারপ্রাইজ দিবা 😉 ইমোতে নক দাও 01734552190",
  [("phone", "+8801734552190")])
F("recruitment_deception", "bn-Latn",
  "baby tmi tension niyo na, kolkatay amar mamir parlour ase, oikhane kaj korba mase 25 hajar rupi. border er sob setting ami kore rakhsi, kono passport lagbe na. sudhu jonmo nibondhon er copy ta niye Saidabad ashba kal bikel 4 tay, ar karo sathe kotha bolba na ei niye ok? 💕",
  [])
F("recruitment_deception", "en",
  "Urgent!! Dubai 5 star hotel need girls for reception & spa, age 18-25, no english need, no experience. Salary 1,20,000 tk + food + room free. Visit visa, 15 days process. Only serious girls whatsapp wa.me/8801916274408 📲",
  [("whatsapp", "+8801916274408")])
F("recruitment_deception", "bn",
  "আপা গো আমারে কইছিল গুলশানে বড় শপিং মলে সেলস গার্লের চাকরি। আইসা দেখি কোনো মল নাই, একটা ফ্ল্যাটে রাখছে আরো ৪টা মাইয়ার লগে। কয় আগে ট্রেনিং, পরে মলে পাঠাইবো। ১০ দিন হইয়া গেল",
  [])
F("recruitment_deception", "bn-Latn",
  "tumar face ta onek cute, amader web series e new heroine lagbe. audition Uttara r ekta hotel e, room 504. eka ashba, ammu ba bandhobi ana jabe na, director pochondo kore na. selection hoile first episode e 50k 🎬",
  [])
F("recruitment_deception", "en",
  "bro they said call centre job in Bangkok, 900 dollar salary. now we are in some building near Myawaddy, they say work is chat with foreigners for crypto invest. this is not what agent told. my cousin also came with me",
  [])
F("recruitment_deception", "bn",
  "ও কইছিল বিয়া করবো, ওর বাড়ি বনগাঁ, মা-বাবা রাজি। বর্ডার পার হইয়া ২ দিন এক বাসায় রাখলো, এখন কয় বিয়ার আগে কিছুদিন ওর এক দিদির হোটেলে কাম করতে হইবো। আমি কিছু বুঝতেছি না",
  [])
F("recruitment_deception", "bn-Latn",
  "Malaysia factory visa available!! kaj shudhu packing, 8 ghonta duty, beton 1 lakh plus. age 18-35 cholbe. kono porikkha nai. amra nije agency na, amader boro bhai direct company theke visa ane, tai kom khoroch. passport ar 2 copy chobi jama dite hobe Kamrangirchar Munshihati office e",
  [])

# fees_and_debt (7): bn 3, bn-Latn 2, en 2
F("fees_and_debt", "bn",
  "মাইয়ার বেতনের আগাম ২০ হাজার আমি আপনারে দিছি, এইটা না উঠা পর্যন্ত ও বাসা ছাড়তে পারবো না। ঈদে বাড়ি যাইতে চাইলে আগে টাকা ফেরত দেন, নাইলে আরো ১ বছর কাম",
  [])
F("fees_and_debt", "bn-Latn",
  "ustad bole amar abbar kase 15 hajar pay, oita ami kaj kore shodh korbo. 1 bochor kono beton nai, khali khawa. ammu ke bolsi, ammu bole ki korbo baba, dena to dena",
  [])
F("fees_and_debt", "en",
  "Your ticket, visa and processing total 3,60,000 tk. We will cut 70% from your salary every month until it is clear. If you leave the company before that, full amount + penalty. Sign the paper tomorrow morning before flight.",
  [])
F("fees_and_debt", "bn",
  "ইন্ডিয়ার ঐ আন্টি কয় আমারে আনতে ওর ৮০ হাজার রুপি খরচ হইছে, ঐ টাকা শোধ না করা পর্যন্ত ছাড়বো না। প্রতিদিন হিসাব লেখে খাতায়, খাওয়া, কাপড়, সাবান সব নাকি আমার হিসাবে যায়",
  [])
F("fees_and_debt", "en",
  "every day madam add 1500 rent and 500 food to my account. she say i owe 78,000 now. i never got any money in hand since I came here 4 months, how i can finish this",
  [])
F("fees_and_debt", "bn",
  "দালাল কয় ভিসা রেডি কিন্তু আরো ১ লাখ না দিলে ফ্লাইট হইবো না। আগের ৩ লাখ ফেরত দিবো না। আব্বা গরু বেইচা আর এনজিও থেকে কিস্তি তুইলা দিছে, এখন আবার কোথা থেকে দিমু",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai amar vai Riyadh e, kafil bolse notun iqama korte 8000 riyal lagbe, oita beton theke katbe 1 bochor dhore. ar iqama na hole baire gele police dhorbe. ekhon 1 bochor free kaj korte hobe",
  [])

# payments_and_proceeds (7): bn 2, bn-Latn 3, en 2
F("payments_and_proceeds", "bn-Latn",
  "ajke raat er 3 ta guest er taka sob amar bkash e pathaba 01829460137, personal. meyeder hate kono cash diba na. tomar vag kal sokale pathay dimu",
  [("phone", "+8801829460137")])
F("payments_and_proceeds", "en",
  "Advance 3000 send first to nagad 01646338915 only, not to the girl. After payment send screenshot with TxnID then I will give hotel name and room. No advance no booking",
  [("phone", "+8801646338915")])
F("payments_and_proceeds", "bn",
  "মেয়েদের ইনকাম সব এই রকেট নাম্বারে জমা হবে ০১৯৫৮৭৭৪০২১, মাস শেষে আপা হিসাব কইরা দিবে। কেউ নিজে আলাদা বিকাশ খুললে খবর আছে",
  [("phone", "+8801958774021")])
F("payments_and_proceeds", "bn-Latn",
  "video call 10 min 1000tk, 30 min 2500. agey bkash then call. done? TrxID BKQ7H2M9LX dekhlam, ok 10 min por call ashbe, meye ready ase",
  [("mfs_transaction", "BKQ7H2M9LX")])
F("payments_and_proceeds", "en",
  "New package from Kolkata side. Payment only USDT TRC20, no bkash for this. Send to " + TRON1 + " and forward hash here. After confirm, girls will be sent to your hotel",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "ফরোয়ার্ড: আপনি ৫,০০০ টাকা সেন্ড মানি করেছেন ০১৭৫৩২১৯৮৪০ নম্বরে। TrxID CJK4P8N2RA\n\nওই মাইয়ার মায়েরে দিলাম ৫ হাজার। বাকি ১৫ হাজার মাইয়া কলকাতা পৌঁছাইলে দিমু, তুমি বর্ডারের লোকরে কইয়া রাইখো",
  [("phone", "+8801753219840"), ("mfs_transaction", "CJK4P8N2RA")])
F("payments_and_proceeds", "bn-Latn",
  "ajker collection 18 hajar. 3 ta agent theke alada alada cash out korbi, Lalbag, Kamrangirchar ar Hazaribag, ek jaygay 5 hajar er beshi na. baki hundi walare dibi, India r party ke pay korte hobe 2 ta maal er jonno",
  [])

# isolation_and_control (8): bn 3, bn-Latn 3, en 2
F("isolation_and_control", "bn-Latn",
  "apu ami Sumi. amar phone niye nise, ei msg ta ekta bhabir phone theke dicchi lukaye. amake flat theke ber hote dey na, gate e tala. Mirpur 10 er kase kothao, janala diye metro station dekha jay. ammu ke bolo na please, age amake ber koro",
  [])
F("isolation_and_control", "bn",
  "আম্মারে ফোন দিতে দেয় না, দিলেও লাউডে কথা কওয়ায়, পাশে বইসা থাকে। কইতে হয় ভালো আছি, বেতন পাইতেছি। আসলে কিছুই পাই না",
  [])
F("isolation_and_control", "en",
  "dont tell ur parents anything about me or the trip. delete our chat every night ok. if anyone ask say u r at ur friend house for study. after we cross u can call them, i promise 😘",
  [])
F("isolation_and_control", "bn",
  "বাসার গেইট সবসময় তালা মারা থাকে। খালাম্মা বাইরে গেলে আমারে স্টোর রুমে আটকায় যায়, বাথরুম যাইতে পারি না। ছাদে উঠতেও দেয় না, পাশের বাসার কারো লগে কথা কইলে মারে",
  [])
F("isolation_and_control", "bn-Latn",
  "boss er rule: kono bondhu banano jabe na, facebook imo sob off. amader sim khule nijer kase rakhse. shudhu sunday 5 min kotha bolte dey, oitao speaker e",
  [])
F("isolation_and_control", "en",
  "they moved us again last night, another hotel, i dont know the area name. always one guy sitting outside the door. my passport and birth certificate with them. i am using the cleaning girl phone for 2 min",
  [])
F("isolation_and_control", "bn",
  "তোর পাসপোর্ট আর জন্ম নিবন্ধন আমার কাছেই থাকবো, ঐখানে গিয়া কাউরে নিজের নাম-ঠিকানা কবি না। বাংলায় কথা কবি না কারো লগে, কেউ জিগাইলে কবি তুই আমার বইন",
  [])
F("isolation_and_control", "bn-Latn",
  "amader room e 6 jon meye. baire jaite hole madam er sathe, eka kothao jawa nishedh. bari jaite chaile bole agey kaj shesh koro, kobe shesh hobe keu bole na",
  [])

# labour_exploitation (7): bn 3, bn-Latn 2, en 2
F("labour_exploitation", "bn",
  "সকাল ৮টা থিকা রাত ১১টা পর্যন্ত ঝালাইয়ের কাম, চোখ জ্বলে। হাত পুইড়া গেছে তাও ছুটি দেয় না। মাসে ১৫০০ কইছিল, ৩ মাস ধইরা একটা টাকাও দেয় নাই, চাইলে কয় কাম শিখতেছস এইটাই বেতন",
  [])
F("labour_exploitation", "bn-Latn",
  "bashay 5 jon er rana, kapor dhoa, bacha dekha sob ami. rate 1 tay ghumai rannaghore, sokal 5 tay uthi. khaite dey basi vat. beton chaile bole gramer barite pathay dise, ammu bole kichu pay nai",
  [])
F("labour_exploitation", "en",
  "16 hours shift in plastic factory, no off day since we came. they cut salary for every small mistake and for the hostel. 4 month salary pending, supervisor say company has no money, wait",
  [])
F("labour_exploitation", "bn",
  "কেরানীগঞ্জের জিন্স ওয়াশ কারখানায় দিনে ১৪ ঘন্টা, কেমিক্যালে হাতে ঘা হইয়া গেছে, মাস্ক গ্লাভস কিছু দেয় না। বেতন 'পরে দিমু' কইয়া ৫ মাস। অসুস্থ হইলে দিনের টাকা কাটে",
  [])
F("labour_exploitation", "bn-Latn",
  "kafil 6 mash beton dey nai, khabar dey 1 bela, ruti ar dal. iqama o kore nai. boli desh e jabo, bole age 2 bochor kaj kor tarpor dekha jabe. 20 jon ek room e thaki",
  [])
F("labour_exploitation", "en",
  "Im in a house in Dubai. madam gives me only leftover food, i sleep on kitchen floor. work from 5am till 1am, two houses, her mother house also. no salary since i came, 7 months now. agency say be patient",
  [])
F("labour_exploitation", "bn",
  "ঢালাই কারখানায় রাইতেও থাকতে হয়, মেশিনের পাশে চট বিছায়া ঘুমাই। মাসে একদিনও ছুটি নাই। বেতন চাইলে মহাজন কয় খাওয়া-থাকা দিতেছি, আর কি চাস",
  [])

# threats_and_coercion (8): bn 3, bn-Latn 3, en 2
F("threats_and_coercion", "bn-Latn",
  "tor sob chobi amar kase ase 🙂 kal Gabtoli r hotel e na ashle tor abbu r messenger e pathay dimu, tor family group eo. bisshash na hoile ekta sample pathaitesi dekh",
  [])
F("threats_and_coercion", "bn",
  "পুলিশে গেলে তোর ছোট ভাইরে তুইলা নিমু। কড়াইলে তোর ঘর চিনি, তোর মা কোন বাসায় কাম করে তাও জানি। চুপচাপ যা কইছি কর",
  [])
F("threats_and_coercion", "en",
  "If you run we will report you absconding. Huroob case means jail then deport, and you can never come to Saudi or any gulf country again. Your family loan also will be on you. Think before you do anything stupid",
  [])
F("threats_and_coercion", "bn",
  "গতকাল রাইতে কাজ করতে না চাওয়ায় বেল্ট দিয়া মারছে, পিঠে দাগ পইড়া গেছে। কয় আবার না কইলে কারেন্টের শক দিবো। আমি আর পারতেছি না আপা",
  [])
F("threats_and_coercion", "bn-Latn",
  "video ta viral kore dibo jodi kalker moddhe 20 hajar na pathas. taka na thakle amar bondhur sathe ekdin dekha korbi, tahole delete kore dibo. choice tor",
  [])
F("threats_and_coercion", "en",
  "Remember your mother lives alone in Kamrangirchar near the bridge. We know the house. Do what boss says and she stays safe. Dont make me send boys there",
  [])
F("threats_and_coercion", "bn",
  "(ভয়েস মেসেজ) শোন মাইয়া... বেশি চালাকি করলে চুল কাইটা রাস্তায় ফালায়া দিমু, বুঝছস? ইন্ডিয়ার পুলিশ তোরে ধরলে সোজা জেলে, তোর তো কোনো কাগজ নাই। তাই যা কই কর",
  [])
F("threats_and_coercion", "bn-Latn",
  "ami jani tui kon school e porish, kon coaching e jash. bashay sob bole dile tor abba tor biye dibe oi 40 bosorer dokandar er sathe. tai chup thak ar ami ja boli kor, raat 10 tay niche namish",
  [])

# sexual_exploitation (7): bn 2, bn-Latn 3, en 2
F("sexual_exploitation", "bn",
  "আজকে রাতে ৩ জন গেস্ট আছে, ভালো কইরা সাইজা থাকবি। না করলে কালকে খাওয়া বন্ধ। আর গেস্টের কাছে টাকা চাইবি না, টাকা আমার কাছে",
  [])
F("sexual_exploitation", "bn-Latn",
  "new maal ashse Jashore theke, ekdom fresh 🔥 2 ghonta 5k, full night 12k, Banani r hotel, room amra dibo. interested hoile inbox, pic dibo",
  [])
F("sexual_exploitation", "en",
  "apu they said parlour job but here every night men come, madam sends me to rooms. i cried first day she slapped me. please tell my mother i am ok, dont tell her this",
  [])
F("sexual_exploitation", "bn-Latn",
  "Bigo te raat 12 tar por private room khulbi, camera er samne ja bole korbi. gift jeta ashe sob agency account e jabe, tui pabi 10%. account password amar kase thakbe",
  [])
F("sexual_exploitation", "bn",
  "ভিডিও কলে জামা খুলতে হইবো, দিনে ৫টা কল মিনিমাম। ক্লায়েন্ট টাকা দিবো আমারে, তুই পাবি মাস শেষে। কল না ধরলে তোর আইডি আমার কাছে আছে মনে রাখিস",
  [])
F("sexual_exploitation", "en",
  "Bangladeshi girl, fair, 19, new in Kolkata 🌹 only few days. full service, hotel or home. contact on telegram @sona_kolkata_bd only, no calls",
  [("telegram", "@sona_kolkata_bd")])
F("sexual_exploitation", "bn-Latn",
  "jaan ekta kotha rakh, amar dui bondhur sathe ek raat thakle ora amar 30 hajar dena maaf kore dibe. tui to amar bou hobi kichudin por, eta amader jonnoi. kauke bolish na",
  [])

# minors (8): bn 3, bn-Latn 3, en 2
F("minors", "bn",
  "১২-১৩ বছরের একটা কাজের মেয়ে লাগবো, গ্রামের হইলে ভালো। বাপ-মা যেন ঘন ঘন খোঁজ না নেয়। মাসে ২০০০ দিমু, ঈদে একটা জামা। পারলে এই সপ্তাহেই পাঠান",
  [])
F("minors", "bn-Latn",
  "meyer boyosh 14 to ki hoise, jonmo nibondhon e 18 kore dimu, kaji amar chena. chele Dubai thake, biyer por meye ke visit visa te niye jabe oikhane. apnara shudhu 50 hajar niye chup thaken",
  [])
F("minors", "en",
  "she is 15 but looks older no problem. we will make her passport with age 21, my man in passport office handles. After that direct Dubai, house job",
  [])
F("minors", "bn",
  "স্কুল ড্রেস পইরা আসবি কালকে, ক্লায়েন্ট এইটাই চায়। ক্লাস নাইনের কইলে রেট ডাবল, তাই কেউ জিগাইলে বয়স কম কইবি",
  [])
F("minors", "bn-Latn",
  "Kamrangirchar theke 10-12 boyoshi 5 ta pola lagbe, Keraniganj er battery factory, thaka khawa free. baba ma ke 10 hajar kore agey dimu, pola ra 2 bochor bari jaite parbe na",
  [])
F("minors", "en",
  "Bhai new item, 16 yr school girl, picked from TikTok, she thinks im her bf 😂 Will bring to Cox's next week, tell ur client price 30k, she dont know anything yet",
  [])
F("minors", "bn",
  "বাচ্চা দুইটারে বেনাপোল দিয়া পার করতে হইবো, ৯ আর ১১ বছর। ওগো কইছি মামার বাসায় বেড়াইতে যাইতেছি। ঐপারে লোক আছে, ওরা নিয়া যাইবো",
  [])
F("minors", "bn-Latn",
  "tor boyosh 15 eta kauke bolbi na, hotel e keu jiggesh korle bolbi 19. ar TikTok theke school dress er pic gula delete kor ajkei. ami bolsi tai kor",
  [])

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn",
  "বিয়ের প্রলোভনে কামরাঙ্গীরচরের কিশোরীকে ভারতে পাচার, ৮ মাস পর বেনাপোল দিয়ে ফেরত। ঘটনায় জড়িত দুই দালালকে গ্রেপ্তার করেছে র‍্যাব-১০। ভুক্তভোগীর মা জানান, টিকটকে পরিচয়ের পর ছেলেটি বিয়ের কথা বলে তাকে নিয়ে যায়")
N("news", "bn-Latn",
  "news e dekhlam TikTok model banano r kotha bole kishori der India pachar korto ekta chokro, 5 jon dhora poreche Hatirjheel theke. amader elakar 2 ta meye o naki chilo list e, police family r sathe jogajog korse")
N("news", "en",
  "Jashore: 14 Bangladeshi girls rescued from brothels in Kolkata and Pune were handed over at Benapole checkpost on Tuesday. Most were lured with promises of jobs in beauty parlours and garment factories, officials said.")
N("news", "bn",
  "ইউএনওর হস্তক্ষেপে বন্ধ হলো ১৪ বছরের স্কুলছাত্রীর বিয়ে। জন্মনিবন্ধনে বয়স বাড়িয়ে বিয়ের আয়োজন করা হয়েছিল, মেয়ের বাবাকে মুচলেকা নিয়ে ছেড়ে দেওয়া হয়")
N("news", "en",
  "BMET data: over 9 lakh workers went abroad in Jan-Nov, Saudi Arabia tops the list again. Migration cost for Malaysia fixed at Tk 78,990 but workers report paying 4-5 lakh to middlemen, the report says.")
N("news", "bn",
  "ঝুঁকিপূর্ণ শিশুশ্রম নিরসনে ৪৩টি খাতের তালিকা হালনাগাদ করল শ্রম মন্ত্রণালয়। ওয়েল্ডিং, ব্যাটারি রিসাইক্লিং ও বেলুন কারখানায় ১৮ বছরের কম কাউকে নিয়োগ দেওয়া যাবে না")

# awareness (7)
N("awareness", "bn",
  "সাবধান ‼️ ফেসবুক বা টিকটকে অপরিচিত কেউ মডেল বা নায়িকা বানানোর কথা বললে একা দেখা করতে যাবে না, বাবা-মা বা আমাদের আপাদের জানাও। সমস্যা হলে ১০৯ নাম্বারে ফ্রি কল দাও। শেয়ার করে সবাইকে জানান")
N("awareness", "bn-Latn",
  "Apura, kal bikel 3 tay Korail community center e uthan boithok. topic: online e boyfriend er dhoka, nude pic share na kora, keu blackmail korle ki korben. meyeder o sathe niye ashben, nasta thakbe 🙏")
N("awareness", "en",
  "If anyone threatens to leak your photos or videos, do NOT pay and do NOT meet them. Take screenshots, block, and report to Police Cyber Support for Women or call 999. It is not your fault. Forward to every girl you know.")
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে ৫টি কাজ অবশ্যই করুন: ১. এজেন্সির লাইসেন্স যাচাই করুন ২. চুক্তিপত্র বুঝে সই করুন ৩. দালালকে বিকাশে টাকা দিবেন না ৪. পাসপোর্ট কারো কাছে জমা রাখবেন না ৫. বিএমইটি স্মার্ট কার্ড নিন")
N("awareness", "bn-Latn",
  "shishu shromik na, shishu thakbe school e ✏️ Kamrangirchar er BRAC school e vorti cholche, 8-14 boyosh, boi khata free, dupure tiffin. workshop e kaj kora bachader o vorti kora jabe, shondhar shift ase")
N("awareness", "en",
  "Forwarded many times: Beware of fake agents offering 'salesgirl' and 'hotel reception' jobs in Dubai to young girls with visit visa. No real company hires like this. Check agency licence on BMET website before giving passport. Share with your sisters 🙏")
N("awareness", "bn",
  "বাল্যবিবাহ আইনত দণ্ডনীয় অপরাধ। মেয়ের বয়স ১৮ আর ছেলের ২১ এর আগে বিয়ে দিলে বাবা-মা, কাজী সবার শাস্তি হবে। আশেপাশে বাল্যবিবাহের খবর পেলে কমিউনিটি মোবিলাইজার আপাকে জানান, নাম গোপন থাকবে")

# official (6)
N("official", "en",
  "M/S Al-Noor Overseas (RL-1387), licensed by Govt. Malaysia plantation & factory workers, cost as fixed by Government Tk 78,990 only, paid by bank draft, no cash to any person. Training at TTC Mirpur. Office: Naya Paltan, call 01711394628",
  [("phone", "+8801711394628")])
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: দালালের মাধ্যমে নয়, 'আমি প্রবাসী' অ্যাপে নিবন্ধন করুন। বিএমইটি স্মার্ট কার্ড ছাড়া বিমানবন্দরে ইমিগ্রেশন হবে না। সরকার নির্ধারিত খরচের বেশি টাকা দাবি করলে অভিযোগ করুন")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: Workers whose iqama has expired or who have a huroob case may contact the Labour Wing for legal help. Hotline +966 56 432 1187 (WhatsApp also). Service is free of cost.",
  [("phone", "+966564321187")])
N("official", "bn",
  "আপনার ই-পাসপোর্ট (নং A07239145) প্রস্তুত হয়েছে। ডেলিভারি স্লিপ ও এনআইডি নিয়ে আগারগাঁও বিভাগীয় পাসপোর্ট অফিস থেকে সংগ্রহ করুন। - DIP",
  [("bd_passport", "A07239145")])
N("official", "bn-Latn",
  "Kamrangirchar Sarkari High School: class 6 o 7 e vorti form 20 December porjonto. jonmo nibondhon, 2 copy chobi ar ovibhabok er NID copy lagbe. kono fee nai, kauke taka diben na")
N("official", "en",
  "Upazila Women Affairs Office, Lalbagh: 3-month free tailoring and beauty parlour training for adolescent girls (14-19). Allowance Tk 100/day. Guardian must come for admission with birth certificate. Classes 10am-1pm only.")

# receipt (6)
N("receipt", "en",
  "You have received Tk 3,000.00 from 01712645893. Ref abbu. Fee Tk 0.00. Balance Tk 3,215.50. TrxID BHK7Q2M9XZ at 05/12/2026 19:42",
  [("phone", "+8801712645893"), ("mfs_transaction", "BHK7Q2M9XZ")])
N("receipt", "en",
  "Money Received. Amount: Tk 1500.00 Sender: 01898127764 Ref: tuition TxnID: 73KD9QWE Balance: Tk 1620.00",
  [("phone", "+8801898127764"), ("mfs_transaction", "73KD9QWE")])
N("receipt", "bn",
  "আপনি ৮,০০০ টাকা সেন্ড মানি করেছেন ০১৮১৯৩৪৫৬৭২ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১,২৪০.০০। TrxID BK3H7Q1P0Z ১২/১১/২০২৬ ২১:০৫",
  [("phone", "+8801819345672"), ("mfs_transaction", "BK3H7Q1P0Z")])
N("receipt", "en",
  "Cash-In Tk 10,000.00 from A/C ***8561 successful. Comm Tk 0.00. Balance Tk 10,112.40. TxnId: 4587123690. Thank you for using Rocket.",
  [("mfs_transaction", "4587123690")])
N("receipt", "en",
  "Dear Customer, Foreign Remittance BDT 52,300.00 credited to your A/C **4417 from ALRAJHI BANK SA on 03-DEC-26. Available Bal BDT 61,882.15. DBBL")
N("receipt", "bn-Latn",
  "bkash korsi ma, hostel er vara 4500 ar coaching 1200. TrxID BJ8W3K5N2T. khabar thik moto kheyo, ami Friday ashbo",
  [("mfs_transaction", "BJ8W3K5N2T")])

# family (7)
N("family", "bn",
  "আব্বা, দুবাইয়ের ভিসা আইছে। এজেন্সির লাইসেন্স নাম্বার বিএমইটির সাইটে মিলাইছি, ঠিক আছে। সরকারি খরচের রসিদ দিবে কইছে। ২৫ তারিখ টিটিসিতে ট্রেনিং, তারপর স্মার্ট কার্ড")
N("family", "bn-Latn",
  "ma apur biyer kotha pakka, chele 27 bochor, bank e chakri kore. apu bolse HSC shesh kore biye, chele pokkho o raji. kabin 3 lakh, tumi kal ashle bakita kotha bolbo")
N("family", "en",
  "Bhaiya pls send me ur passport number for the Malaysia visa form, agency needs it today. nvm found it in the photo, its EB0123456 right?",
  [("bd_passport", "EB0123456")])
N("family", "bn",
  "খালা, রিনারে স্কুলে ভর্তি কইরা দিছি। আর বাসার কামে দিমু না, ওর বয়স মাত্র ১১। আপনার ভাবির বাসায় লোক লাগলে বড় কাউরে খুঁজেন")
N("family", "bn-Latn",
  "abbu malaysia theke 20 hajar pathaise. ASA r kisti dite hobe 5 tarikh er moddhe, 6 hajar. baki ta rakhlam, ammu r oshudh kinbo. abbu bolse overtime beshi pele ar o pathabe")
N("family", "bn",
  "মাইয়া সারাদিন টিকটক করে দেইখা ওর বাপ মোবাইল নিয়া রাখছে, কইছে পরীক্ষার পরে দিবো। অপরিচিত পোলাপান মেসেজ দেয়, এই জন্য। তুমিও একটু বুঝাইয়ো ওরে")
N("family", "bn-Latn",
  "Appu tomar NID number ta lagbe bkash account kholar jonno, photo ta blur. NID: 19902694512378456 eta na? confirm dao",
  [("bd_nid", "19902694512378456")])

# worker_content (6)
N("worker_content", "bn-Latn",
  "Saudi te 2 bochor holo alhamdulillah. kafil manush valo, beton time moto dey, iqama o renew kore dise nijer khoroche. ramjane chuti te ashbo inshallah, sobai dua koiro")
N("worker_content", "bn",
  "ওভারটাইম সহ এই মাসে ১৪ হাজার পাইছি। শুক্রবার ছুটি। লাইনের সুপারভাইজার একটু বেশি চিল্লায় এই যা, বাকি সব ঠিক আছে। ঈদের বোনাস নাকি আগে দিবো")
N("worker_content", "en",
  "Night shift at the hotel in Dubai is tiring ngl 😮‍💨 12 hrs but OT is paid, room shared with 3 guys from Cumilla. manager is strict but salary comes on the 1st every month")
N("worker_content", "bn-Latn",
  "parlour e kaj shikhtesi apu, 3 mash training por salary 8 hajar. parlour er apa onek valo, sondhay 7 tay bashay chole ashi. eid e bridal makeup korle extra pabo 💄")
N("worker_content", "bn",
  "ম্যাডাম এই মাসের বেতন ১০ দিন দেরিতে দিছে, রাগ লাগছে। তয় দিছে পুরাটাই। কইছে ঈদে বোনাস আর ৩ দিন ছুটি দিবো, বাড়ি যামু")
N("worker_content", "en",
  "Got my first brand deal for my TikTok!! 5k for a lipstick review 💄 contract signed with ammu as guardian since im 17. payment after video goes live. so happy")

# joke (5)
N("joke", "bn-Latn",
  "amar boss amake office e 'bondi' kore rakhse 9 ta theke 9 ta 😂 kono mukti nai, ekjon freedom fighter pathao please")
N("joke", "bn",
  "আম্মু আমার ফোন কাইড়া নিছে, এখন আমি নিজের বাসায় জিম্মি 😭😂 মুক্তিপণ: ম্যাথে ৮০ নাম্বার")
N("joke", "en",
  "my little bro sold me to my cousins for 2 chocolates lol 😂 now i have to play ludo with them all night, send help")
N("joke", "bn-Latn",
  "bhai ami Dubai jabo, agent er naam Ammu, visa fee holo ek plate kacchi 😂 passport jama dilam abbur kase")
N("joke", "en",
  "POV: ur mom threatens to marry u off to the dokandar uncle bcz u failed math 💀💀")

# chatter (6)
N("chatter", "bn-Latn",
  "oi kal Hatirjheel jabi? Rina r boyfriend o ashbe, TikTok video banabo 😎 ammu ke bolsi coaching e jacchi lol")
N("chatter", "bn",
  "দোস্ত নতুন ইনস্টা আইডি খুলছি @ruma_vibes_22 ফলো দিস, আগেরটা হ্যাক হইছিল",
  [("instagram", "@ruma_vibes_22")])
N("chatter", "en",
  "anyone know a good tailor in Kamrangirchar? need my school dress altered before monday, the old one too tight now 😭")
N("chatter", "bn-Latn",
  "meye ta ke dekhsos? TikTok e 200k followers, ekhon natok e chance paise, Channel i te ashbe next month. ora family shoho giye contract korse, amio try dibo")
N("chatter", "bn",
  "ভাই ইমোতে কল দেও, নাম্বার 01911223344, মেসেঞ্জারে নেট স্লো",
  [("phone", "+8801911223344")])
N("chatter", "en",
  "Lux Superstar audition this friday at Bashundhara City, official one on their page. Me n Tania going with her mom 💅 wish us luck")

# more hard: awareness + news
N("awareness", "bn-Latn",
  "apnar pasher bashay jodi kono choto meye kaj kore ar school e na jay, ba kauke ghore atke rakha hoy, amader helpline 1098 e call din. shishu helpline 24 ghonta khola")
N("news", "en",
  "Dhaka court sentences man to 10 years for blackmailing schoolgirl with edited photos on Facebook; victim's family thanked local NGO for support.")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "ajke ki ranna hoise? ami 8 tay ashbo", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে, ছাতা নিয়া আসিস। আর আসার সময় আধা কেজি পিঁয়াজ আনিস", hard=False)
N("chatter", "en", "Happy birthday Tania!! 🎂🎉 stay blessed and keep smiling", hard=False)
N("chatter", "bn-Latn", "kal exam, kichu pori nai 😭 syllabus ta pathabi?", hard=False)
N("chatter", "bn", "মেহেদির ডিজাইনটা অনেক সুন্দর হইছে, কোথা থিকা দিলি?", hard=False)
N("chatter", "en", "did u watch the match? Bangladesh won by 3 wickets, Shanto was on fire 🔥", hard=False)
N("family", "bn-Latn", "net nai ammu, pore call dibo. khaisi, tension nio na", hard=False)
N("chatter", "bn", "আজকে রাতে ফুচকা খাইতে যাবি? লালবাগের ওইটায়", hard=False)
N("joke", "bn-Latn", "Jummah r por Korail math e football, haarle sobai ke cha khawabi 😂", hard=False)


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
    random.Random(84).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev84-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
