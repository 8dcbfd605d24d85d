#!/usr/bin/env python3
"""Blind dev set dev60: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a women's organiser for Bangladeshi garment workers in Jordan and
Mauritius factories and men on Maldives construction sites and resorts (dormitories, passports kept by the company,
overtime and deductions, visa-trading kafeels, agents in Dhaka and Narsingdi), writing with Narsingdi and Dhaka
speech and the Arabic and Dhivehi loanwords workers use. Run from the repository root.
Held out from round 10 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev60.jsonl"
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


BTC1 = btc("dev60-btc-1")
TRON1 = tron("dev60-tron-1")
ETH1 = eth("dev60-eth-1")

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
F("recruitment_deception", "bn-Latn",
  "Maldip e resort er kaj, beton 45 hajar + tips dollar e, thaka khawa free. Kono experience lagbo na, "
  "english o lagbo na. Smart card amra kore dimu, BMET e line dhora lagbo na, training o lagbo na 😊 "
  "Madhabdi bazar e amar office, nam likhaite chaile aij kal e aisen. imo te knock den 01716-482913",
  [("phone", "+8801716482913")])
F("recruitment_deception", "bn",
  "আপা আমগো কইছিল জর্ডানের বড় গার্মেন্টস, সুইং অপারেটর, মাসে ২৮০ দিনার আর ওভারটাইম আলাদা। আসার পর দেখি "
  "ছোট একটা কারখানা, আমগোরে দিছে আয়রন আর প্যাকিংয়ে, বেতন কয় ১২০ দিনার। দেশে যে কাগজে সই করাইছিল তার লগে "
  "কিছুই মিলে না। আমরা ২৩ জন মাইয়া একই অবস্থায়")
F("recruitment_deception", "en",
  "URGENT!!! MAURITIUS 🇲🇺 garments factory direct visa. 40 female operator needed, age 20-35. Salary 35,000 Rs "
  "+ OT + free food & dormitory. No test no interview, only passport copy & 2 photo. Visa in 15 days. "
  "Direct company contact, no agency no BMET hassle, we do everything 👍 Whatsapp wa.me/23057814420",
  [("whatsapp", "+23057814420")])
F("recruitment_deception", "bn-Latn",
  "bhai tension niyen na. Maldip e tourist visa te dhukben, airport e kobi ghurte aisen, hotel booking er kagoj ami "
  "dimu. Male te namar por Shafiq bhai niya jaibo, ek mash er bhitore work permit hoye jabe, construction e "
  "400 dollar. immigration e kisu jigaile kobi mamar bari berate aisi 😅 Shafiq bhai number +960 771 2905",
  [("phone", "+9607712905")])
F("recruitment_deception", "bn",
  "জর্ডানের ফ্রি ভিসা আছে ৫টা। কফিল শুধু কাগজে থাকবো, বাইরে যেখানে খুশি কাজ করবা, মাসে ৫০০-৬০০ দিনার "
  "কামাই কোনো ব্যাপার না। ইকামা আর পারমিটের খরচ বছর বছর নিজে দিবা। আগে আসলে আগে পাইবা, নরসিংদী থিকা "
  "অনেকে গেছে এইভাবে")
F("recruitment_deception", "en",
  "they told us resort job, housekeeping, tips in dollars, uniform everything. we reached Male airport and they took "
  "us by dhoni to one island where they are building new water villas. cement and steel work only. no resort no "
  "uniform. manager says resort job will come after project finish, 2 years")
F("recruitment_deception", "bn-Latn",
  "Oi meye re bujhaiya bolo, amar bhagna Mauritius e factory te supervisor, biye kore sathe niya jabe, visa er "
  "kharcha lagbo na, oikhane giye factory te chakri o pabe. bia ta oikhane giya registry hobe, deshe kauke "
  "janano lagbo na akhon. ma baba re pore bujhaiya dimu")
F("recruitment_deception", "bn",
  "ভাই ডিমান্ড লেটার যেটা দিছিলেন ওইটা তো ভুয়া, আমি মালের এক পরিচিত লোক দিয়া খোঁজ নিছি, ওই নামে কোনো "
  "কোম্পানিই নাই। আপনে কইছিলেন হাসপাতালে ক্লিনারের কাজ, ভিসার কপিতে লেখা অন্য জিনিস। এখন ফোন ধরেন না ক্যান?")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn-Latn",
  "apa ekhane asar por agent er Amman er lok aisa kotha kaise, iqama renew er lagi jon proti 300 dinar dite hobo, "
  "na dile kaj theke bad. amra to desh e 4 lakh kore diya aisi, ekhon abar ei taka koi pamu 😢")
F("fees_and_debt", "bn",
  "সুপারভাইজার কইছে টিকেটের টাকা, মেডিকেল, সাকানের ভাড়া সব বেতন থিকা কাটবো। ছয় মাস পর্যন্ত হাতে পামু মাত্র "
  "৪০ দিনার। যতদিন দেনা শোধ না হয় ততদিন অন্য ফ্যাক্টরিতে যাওয়ার কথা মুখেও আনবা না")
F("fees_and_debt", "bn-Latn",
  "Abba jomi bondhok disen Rahim dalal er kase 3 bigha, 5 lakh 20 hajar dilam Maldip er jonno. Ekhon shuni "
  "visa te amar nam e nai. Grameen er kisti o cholse shoptahe 1800 taka, ma kanna kore prottekdin. dalal bole "
  "aro 80 hajar dile porer flight e pathabo")
F("fees_and_debt", "en",
  "boss says if u want passport back for going home pay 1500 dollar for visa balance and ticket urself. i have 2 "
  "month salary not get. how can i pay this bro. my mother is sick")
F("fees_and_debt", "bn",
  "মরিশাসের ফ্যাক্টরি ভিসার জন্য আজকেই ৫০ হাজার অগ্রিম বিকাশ করেন ০১৮৪৭-৩২৯১০৬ এই পার্সোনাল নাম্বারে, বাকি "
  "২ লাখ ৮০ হাজার ভিসা আসার পরে। রশিদ টশিদ লাগবো না, আমার উপর বিশ্বাস রাখেন, শিবপুরের অনেকে আমার মাধ্যমে গেছে",
  [("phone", "+8801847329106")])
F("fees_and_debt", "bn-Latn",
  "Kafeel re mash e mash 40 dinar dite hoy, kaj thakuk ba na thakuk. 3 mash kaj pai nai, Sultan bhai theke dhar "
  "niya dilam. ekhon dena 170 dinar, shud o bare. desh e taka pathaite parinai 4 mash")
F("fees_and_debt", "en",
  "Sister total package 4 lakh 50 thousand for Jordan garments. If you cannot pay all no problem, company will give "
  "loan and cut from your salary 60 JD every month for 18 months. Before flight sign this stamp paper, dont show "
  "to anybody")
F("fees_and_debt", "bn",
  "ভিসা আসছে, কিন্তু ফ্লাইটের আগে আরো ১ লাখ ২০ হাজার লাগবো, মেডিকেল আর ট্রেনিংয়ের নামে। এই সপ্তাহে না দিলে "
  "আগের ৩ লাখও ফেরত পাইবেন না, ভিসা অন্য লোকরে দিয়া দিমু। পরে আমারে দোষ দিয়েন না")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "Bhai taka ekbare ek number e pathaben na, limit e atke jabe. 3 bhag kore den: 01911-204587 bkash e 25k, "
  "01633-781204 nagad e 25k, baki ta Rocket 01552-690318 e. Reference e likhben 'family'. Pathaia TrxID gula "
  "screenshot diben, call diben na",
  [("phone", "+8801911204587"), ("phone", "+8801633781204"), ("phone", "+8801552690318")])
F("payments_and_proceeds", "bn",
  "মালে থিকা বেতনের টাকা হুন্ডিতে পাঠাও, ব্যাংকের চাইতে রেট বেশি। আমগো লোক রুফিয়া নিয়া যাইবো ক্যাম্পে, দেশে "
  "নরসিংদীর দোকান থিকা তোমার বউয়ের বিকাশে ঢুকবো। কোম্পানির লোনের কিস্তি ওইখান থিকাই কাইটা রাখমু, হিসাব "
  "আমার খাতায়")
F("payments_and_proceeds", "en",
  "Bro dont send salary dollar by bank, rate is low. Give to me, i convert USDT TRC20 and your family get cash in "
  f"Dhaka through our bkash agent. Our company wallet: {TRON1} . Your passport release 600 dollar also pay "
  "same wallet, then boss will give passport",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Apa apnar meyer visa processing er 1st kisti pailam ✅\n\"You have received Tk 30,000.00 from 01798156302. "
  "TrxID BHK7Q2MZ4X at 14/10/2024 19:42\"\nbaki 70 hajar kal Sheikher char er dokane cash diben, kono receipt "
  "hobe na, agency er nam o mukhe niben na",
  [("phone", "+8801798156302"), ("mfs_transaction", "BHK7Q2MZ4X")])
F("payments_and_proceeds", "en",
  "Ledger Oct: Jordan batch 14 girls x 3.8L = 53.2L. Paid Amman office 21L via hundi (Faruk). Sub agents Narsingdi "
  f"40k/head. Amman share 9,000 USDT ERC20 to {ETH1}. Balance keep in Abdul Karim personal account, dont use "
  "company account, audit coming",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "bn",
  "টাকাগুলা আমার নামে পাঠাইও না, ভাবির বিকাশে দাও ০১৭০৯-৪৪১২৬৮, আর ক্যাশ আউটের পরে মেসেজটা ডিলিট কইরা দিও। "
  "অফিসের কেউ যেন না জানে এই ব্যাচের কয়জনের থিকা কত নিছি",
  [("phone", "+8801709441268")])
F("payments_and_proceeds", "bn-Latn",
  "Boss amader salary BML account e dey na, nijer hate rakhe. mash sheshe 1000 rufiya hate dey, baki ta bole "
  "deshe dalal er account e pathaise kisti bole. ei dekhen Nagad TxnID 73KD9QXA, eita ki amar bou pailo naki "
  "onno karo kase gese?",
  [("mfs_transaction", "73KD9QXA")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আপা আমগো পাসপোর্ট আসার পরের দিনই কোম্পানি নিয়া গেছে, কয় সেফে রাখবো। চাইলে কয় মুদির আসলে দিবো। "
  "তিন বছর হইয়া গেল মুদির আর আসে না, পাসপোর্টও দেখি নাই")
F("isolation_and_control", "bn-Latn",
  "sakan theke shukrobar o ber hoite dey na, gate e tala, mushrif er kase chabi. bazar lagle ekjon ke diye list "
  "pathai. Mobile o raat 10 tar por office e jama dite hoy, sokale ferot")
F("isolation_and_control", "en",
  "Don't tell your family what work you are doing here. When you call home say you are in garments and everything "
  "good. If anyone from NGO or embassy come to the dorm you say nothing, you are happy here. Understood? Any "
  "problem you tell only me")
F("isolation_and_control", "bn",
  "ফোন নিয়া নিছে মাসুদ ভাই, কইছে কাজের সময় ফোন রাখা যাইবো না, কিন্তু দুই সপ্তাহ হইলো ফেরত দেয় নাই। এইটা "
  "অন্য মাইয়ার ফোন থিকা লিখতেছি +962 79 618 4402, এই নাম্বারে কল দিয়েন না, ও বিপদে পড়বো",
  [("phone", "+962796184402")])
F("isolation_and_control", "bn-Latn",
  "ei island theke ber howar kono upay nai bhai, dhoni shudhu boss er. Male te jaite chaile boss bole 'vaane vaane', kaj "
  "shesh hoile. 7 mash holo ekbar o Male jaite parinai, doctor dekhaite o na. Work permit card o boss er kase")
F("isolation_and_control", "en",
  "calls home only Friday from office phone, supervisor sit next to us with speaker on. if someone cry or say "
  "anything bad he cut the line. my own phone they keep in drawer 'for safety'")
F("isolation_and_control", "bn",
  "নতুন মেয়েগুলারে পুরান মেয়েদের লগে এক রুমে রাখবা না, অন্য কোম্পানির বাংলাদেশি কারো লগে কথা কইতে দিবা না। "
  "বাইরে নিলে মুশরিফ সাথে যাইবো। কেউ ইউনিয়নের বা অ্যাম্বাসির নাম্বার চাইলে সাথে সাথে আমারে জানাইবা")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn-Latn",
  "Apa target puron na hoile OT er taka dey na, roj 14 ghonta line e. Friday o kaj, ijaza chaile mudir bole "
  "'mafi ijaza, yalla shugl'. gotokal Shilpi mathay ghure pore gese line e, tao chuti dey nai")
F("labour_exploitation", "bn",
  "তিন মাসের বেতন দেয় নাই, কয় কোম্পানির অর্ডার নাই। খাওন দেয় একবেলা ডাল ভাত, রাইতে না খাইয়া থাকি। কাজ "
  "ছাড়তে চাইলে কয় আগে ভিসার টাকা ফেরত দাও তারপর যাও")
F("labour_exploitation", "en",
  "Working on the Hulhumale tower from 6 am to 11 pm, only half hour for lunch, 7 days. 26 of us sleeping in one "
  "container room with one toilet. Overtime they write in book but never pay, 4 months now")
F("labour_exploitation", "bn",
  "মরিশাসে আসার আগে কইছিল ওভারটাইম নিজের ইচ্ছা, এখন না করলে হাজিরা কাইট্টা দেয়। শনিবার রবিবারও লাইনে। "
  "বেতনের স্লিপে কি কি কাটে কিছুই বুঝি না, ফ্রেঞ্চে লেখা, জিগাইলে প্যাট্রন কয় 'pa kone, pa kone'")
F("labour_exploitation", "bn-Latn",
  "resort e kitchen helper, salary slip e lekha 6500 rufiya, hate dey 2800. baki kothay jay jigaile HR bole "
  "accommodation cut, food cut, uniform cut, visa cut. amra staff quarter e 10 jon ek rume thaki, eita ki 3700 "
  "rufiya er room?")
F("labour_exploitation", "bn",
  "বেতন চাইলে কয় 'সবর কর, ইনশাআল্লাহ আগামী মাসে'। এইভাবে সাত মাস গেল। দেশে যাইতে চাইলে কয় কন্ট্রাক্ট শেষ না "
  "হইলে কোনো টিকিট নাই, যাইতে হইলে নিজের টাকায়, আর পাসপোর্ট তখন দেখা যাইবো")
F("labour_exploitation", "en",
  "[voice msg] bhai today again no drinking water on site, 41 degree sun, we doing steel binding on roof. 2 guys "
  "fainted, foreman said go back up or no dinner tonight. this is every day now")
F("labour_exploitation", "bn-Latn",
  "Amader night shift e gate e tala mere kaj koray, rat 8 ta theke sokal 8 ta, tarpor abar dupur 2 ta theke line e. "
  "ghum 4 ghonta. target 1200 piece, na hoile beton theke 10 dinar kata")

# threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "(ভয়েস মেসেজ) বেশি ফাল পাড়লে শুরতার হাতে দিমু, কইমু তুই চুরি করছস। তোর পারমিটের মেয়াদ তো শেষ, ধরলে সোজা "
  "জেল, তারপর ডিপোর্ট। চুপচাপ কাজ কর, মুখ বন্ধ রাখ")
F("threats_and_coercion", "bn-Latn",
  "Tui embassy te complain korsos na? tor babar nam thikana sob amar kase ase, Raipura te amar lok ase. ekbar o "
  "jodi mukh kholos, tor family shanti te thakbo na, mone rakhis")
F("threats_and_coercion", "en",
  "Sir i am Jahid from Thilafushi site. Last night supervisor and 2 other man beat Rasel with pipe because he ask "
  "for salary. They say next who ask same thing. please help we are 40 bangladeshi here, dont say my name")
F("threats_and_coercion", "bn-Latn",
  "Tora jodi kaj bondho koros, kalkei sobar nam e absent case file korbo. tarpor kono company nibo na, dhora porle "
  "jail ar black list, jibone ar Jordan e aste parbi na. bujhe shune kotha kois")
F("threats_and_coercion", "en",
  "This girl making too much problem in dorm. Sell her visa to the Zarqa factory owner, he will pay 700. If she "
  "refuse keep her in the store room until she agree, no food no phone")
F("threats_and_coercion", "bn",
  "বস কইছে কাজ ফালাইয়া গেলে ইমিগ্রেশনে রিপোর্ট দিবো যে পালাইছি, তারপর মাফুশি জেলে ঢুকাইবো। ওইখানে আমগো "
  "দেশি একজন ছয় মাস ধইরা পইড়া আছে, কেউ খোঁজ নেয় না")
F("threats_and_coercion", "bn-Latn",
  "amake bole nije theke resign dile 2 lakh taka jorimana, naile company chaira dibo na. sign kori nai bole 2 din "
  "khaite dey nai ar room e bondho kore rakhse")

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn-Latn",
  "Amman er ekta 5 star hotel er spa te kaj, mash e 1 lakh 20 hajar, sudhu sundor meye lagbo, height 5'3 er upore. "
  "chobi pathao full body, hijab chara. ratre kichu guest er sathe dinner e jaite hobe, tip alada. insta te DM "
  "koro @amman_spa_jobs",
  [("instagram", "@amman_spa_jobs")])
F("sexual_exploitation", "bn",
  "আপা যে কাজের কথা কইছিল ওইটা না। রাইতে মুদির আর তার বন্ধুরা সাকানে আসে, দুই তিনটা মাইয়ারে গাড়িতে নিয়া "
  "যায়, সকালে ফেরত দেয়। না গেলে বেতন বন্ধ, আর কয় দেশে পাঠাইয়া দিবো চোর বানাইয়া")
F("sexual_exploitation", "en",
  "New Bangladeshi girls available in Male 💋 young and fresh, real pics 100% genuine. Booking only through manager, "
  "guest house near Majeedhee Magu, outcall to resort islands also. Whatsapp wa.me/9607723481",
  [("whatsapp", "+9607723481")])
F("sexual_exploitation", "bn",
  "মেয়েটারে কইছি মরিশাসে হোটেলে হাউসকিপিং। ওইখানে গিয়া পোর্ট লুইয়ের ক্লাবে বসাইবা, প্রথমে ওয়েট্রেস, পরে আস্তে "
  "আস্তে গেস্টের রুমে পাঠাইবা। পাসপোর্ট তোমার কাছে রাখবা, ভাড়া ২ লাখ ওর নামে খাতায় লিখা রাখবা")
F("sexual_exploitation", "bn-Latn",
  "Supervisor bole tar room e gele OT er slip sign kore dibe, na gele target er nam e beton katbe. Shuma apa ke 2 "
  "bar niye gese. amra ki korbo, complain korle sakan theke ber kore dibe bole")
F("sexual_exploitation", "en",
  "Maldives resort VIP night service 🌹 Bangla & Nepali ladies, model type, island visit by speedboat 24/7. DM "
  f"@male_vip_nights for menu & rates. 50% advance in BTC {BTC1} or USD cash",
  [("telegram", "@male_vip_nights"), ("btc_address", BTC1)])
F("sexual_exploitation", "bn",
  "ভিডিও কলে জামা খুলতে কইছে, কইছে না করলে আমার ছবি এডিট কইরা গ্রামে ছড়াইবো। এখন প্রতি রাইতে কল দিতে কয়, "
  "ওইপাশে কয়জন দেখে জানি না, ওরা নাকি এর জন্য টাকা পায়")

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৫ তো কী হইছে, জন্ম নিবন্ধন নতুন কইরা বানাইয়া ২১ কইরা দিমু। নতুন এনআইডি নং ৮২৫৪১৯৩৭৬০ আইয়া "
  "পড়ছে, পাসপোর্টেও ওইটাই যাইবো। জর্ডানের ফ্যাক্টরিতে কেউ জিগায় না",
  [("bd_nid", "8254193760")])
F("minors", "bn-Latn",
  "Chele 16 bochor, Maldip e construction helper. passport no EC4718203 e boyos 19 dekhaisi. kono somossa nai, "
  "amader site e emon onek chele ase. tumi shudhu school er certificate ta kauke dio na",
  [("bd_passport", "EC4718203")])
F("minors", "en",
  "Need 10 small boys 13-15 for resort kitchen and dish washing in Maldives island, they are fast and dont complain. "
  "Papers we manage. Salary we send to parents direct")
F("minors", "bn",
  "আমার ভাইয়ের মাইয়াটা ক্লাস এইটে পড়ে, দালাল কইতেছে আম্মানে বাসার কাজে নিয়া যাইবো, বয়স বাড়াইয়া পাসপোর্ট করবো। "
  "ভাবি রাজি কারণ দুই লাখ অগ্রিম দিবো কইছে। আপা আমি কী করমু?")
F("minors", "bn-Latn",
  "Meye ta 14 holeo lomba, boyos bujha jay na. Mauritius e hotel e rakhbo 'niece' bole, guest der jonno. ma ke "
  "bolbi garments e kaj, mash e 20 hajar pathabo")
F("minors", "en",
  "Dear brother girl age 16 from Belabo available for housemaid Amman. New NID we make, passport no A08215736 "
  "already done with age 23, medical pass guaranteed. Price 2.5 lakh to you. Send docs to "
  "narsingdi.overseas.bd@gmail.com",
  [("bd_passport", "A08215736"), ("email", "narsingdi.overseas.bd@gmail.com")])
F("minors", "bn",
  "১৭ বছরের পোলাগুলারে রাইতের শিফটে লাগাও, দিনে লেবার অফিসার আসে। কাগজে সবার বয়স ১৯, কেউ জিগাইলে ওইটাই কইবো। "
  "অফিসার থাকলে ওরা যেন বিল্ডিংয়ের ছাদে না ওঠে")
F("minors", "bn-Latn",
  "Apa amar boyos 15, passport e 20 lekha. ekhane amake ratre madam er boro chele er ghore kaj korte pathay, ami "
  "jaite chai na. ammu ke bolle bole taka pathano bondho hoye jabe, chup thak")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "নরসিংদীতে মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। জর্ডানে গার্মেন্টসে চাকরির প্রলোভন দেখিয়ে ২৩ নারীর কাছ থেকে "
  "জনপ্রতি সাড়ে তিন লাখ টাকা নেওয়ার অভিযোগ। র‍্যাব-১১ জানায়, চক্রটি ভুয়া ডিমান্ড লেটার তৈরি করত।")
N("news", "en",
  "MALE, Maldives - Immigration officers raided a construction site in Hulhumale on Tuesday and found 61 "
  "undocumented Bangladeshi workers, many of whose passports were held by the employer, officials said. The Labour "
  "Relations Authority said it would pursue unpaid wages.")
N("news", "bn-Latn",
  "Breaking 🔴 Jordan e Bangladeshi nari sromik der upor nirjaton er obhijoge 2 ta garments factory er license "
  "sthogito korlo Jordan er Shrom Montronaloy. sromik der bokeya beton porishodh er nirdesh. details comment e 👇")
N("news", "en",
  "Mauritius: Ministry of Labour orders a textile firm in Coromandel to refund recruitment fees charged to 140 "
  "Bangladeshi workers after a union complaint. The firm must also return passports it kept in 'safe custody'.")
N("news", "bn",
  "মালদ্বীপে বৈধ হওয়ার সুযোগ: অনিয়মিত প্রবাসীদের জন্য ইমিগ্রেশনের নতুন নিয়মিতকরণ কর্মসূচি, নিবন্ধনের শেষ সময় "
  "৩০ জুন। বিস্তারিত জানতে বাংলাদেশ হাইকমিশন, মালে-র হটলাইন +৯৬০ ৭৭০ ৪০১১।",
  [("phone", "+9607704011")])
N("news", "en",
  "Dhaka tribunal jails Narsingdi broker for 7 years for sending two minor girls to Jordan with ages raised on "
  "their passports; court orders Tk 5 lakh compensation to each family.")

# awareness (7)
N("awareness", "bn",
  "⚠️ সতর্ক থাকুন! 'ফ্রি ভিসা'য় জর্ডান বা মালদ্বীপ যাবেন না। বিদেশ যাওয়ার আগে বিএমইটি নিবন্ধন ও স্মার্ট কার্ড "
  "নিশ্চিত করুন। কেউ পাসপোর্ট আটকে রাখলে বা বেতন না দিলে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন। শেয়ার করে সবাইকে জানান।")
N("awareness", "bn-Latn",
  "Bon ra, keu jodi apnader passport nijer kase rakhte chay, boliben ami nijer kase rakhbo, Jordan er aine "
  "sromiker passport atkano oporad. somossa hole amader group e janan ba Shahnaz apa ke call den "
  "+962 78 553 1290. bhoy paben na, amra achi 💪",
  [("phone", "+962785531290")])
N("awareness", "en",
  "SHARE PLEASE: Before paying any agent for Mauritius, check the agency licence number on the BMET website. "
  "Government fixed cost is much less than what dalals ask. Never pay to a personal bKash number. Never give your "
  "original passport to a sub-agent.")
N("awareness", "bn",
  "এই ধরনের মেসেজ পেলে সাবধান: 'মালদ্বীপের রিসোর্টে চাকরি, কোনো কাগজ লাগবে না, আজই টাকা দিয়ে সিট বুক করুন' — "
  "এগুলো প্রতারকদের ফাঁদ। সন্দেহ হলে ইউনিয়ন পরিষদের প্রবাসী হেল্প ডেস্কে আসুন। — মাধবদী নারী শ্রমিক ফোরাম")
N("awareness", "bn-Latn",
  "Garments sister der jonno 📢 Jordan e overtime er taka na dile, ba supervisor kharap babohar korle, bhoy na "
  "peye union er mohila committee ke janan. apnar nam gopon rakha hobe. ei bochor 37 jon er bokeya beton adai "
  "kora hoise alhamdulillah")
N("awareness", "en",
  "Parents please be aware: fake 'beauty parlour' and 'hotel receptionist' jobs in Dubai and Male are used to trap "
  "young girls. Any job offer for women abroad without BMET clearance - inform police at 999 or come to our "
  "office in Narsingdi.")
N("awareness", "bn",
  "শিশুদের বয়স বাড়িয়ে পাসপোর্ট করা আইনত দণ্ডনীয় অপরাধ। ১৮ বছরের নিচে কাউকে বিদেশে কাজে পাঠানো যাবে না। "
  "এমন কোনো তথ্য থাকলে উপজেলা নির্বাহী অফিসারকে জানান। — জেলা প্রশাসন, নরসিংদী")

# official (6)
N("official", "en",
  "M/S Meghna Overseas Ltd (RL-1487), approved by BMET. Jordan garments, female sewing operator 200 posts. Salary "
  "JOD 260 + OT as per Jordan labour law, accommodation, food and return ticket by employer. Migration cost as per "
  "govt circular, pay only by bank to company account, no payment to any individual. Office: 01713-004521, "
  "info.meghnaoverseas@gmail.com",
  [("phone", "+8801713004521"), ("email", "info.meghnaoverseas@gmail.com")])
N("official", "bn",
  "বিজ্ঞপ্তি: মালদ্বীপগামী কর্মীদের স্মার্ট কার্ড সংগ্রহের জন্য আগামী ১২ তারিখ সকাল ১০টায় প্রবাসী কল্যাণ ভবনে উপস্থিত "
  "থাকতে হবে। সাথে পাসপোর্ট, প্রশিক্ষণ সনদ ও ভিসার কপি আনবেন। কোনো দালালের মাধ্যমে আসবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Amman: Workers whose passports have expired may apply for e-passport renewal at the "
  "embassy camp in Al Hassan Industrial Estate, Irbid on Friday. Bring old passport and work permit copy. Labour "
  "wing hotline +962 79 567 0123 (WhatsApp also).",
  [("phone", "+962795670123")])
N("official", "bn-Latn",
  "Priyo Rahima Akter, apnar passport no EB0428917 er Mauritius visa stamping complete. Briefing 14 tarikh sokal "
  "10 tay BMET Kakrail e. Flight er age kono taka dite hobe na, keu chaile office e janan. - Sonar Bangla "
  "Recruiting (RL 0923)",
  [("bd_passport", "EB0428917")])
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের নির্দেশনা অনুযায়ী জর্ডানগামী নারী গার্মেন্টস কর্মীদের অভিবাসন ব্যয় "
  "নিয়োগকর্তা বহন করবেন। কর্মীদের নিকট হতে কোনো অর্থ গ্রহণ করা যাবে না। ব্যত্যয় হলে লাইসেন্স বাতিল।")
N("official", "en",
  "NOTICE TO ALL STAFF: Passports are NOT kept by HR. Every staff keep own passport and work permit card. If any "
  "supervisor ask for your passport, report to HR office. Salary to your BML account on 10th, overtime 1.25x as "
  "per Employment Act. - Resort HR")

# receipt (6)
N("receipt", "bn",
  "আপনি ৳১৫,০০০.০০ পেয়েছেন ০১৭৯৩৪৬২০৫৮ নম্বর থেকে। রেফারেন্স: Jordan theke. ফি ৳০.০০। ব্যালেন্স ৳১৫,২৩০.৫০। "
  "TrxID BJK9R3LW2T ১২/১০/২০২৪ ১৮:২২",
  [("phone", "+8801793462058"), ("mfs_transaction", "BJK9R3LW2T")])
N("receipt", "en",
  "Money Received. Amount: Tk 8,000.00 Sender: 01835276104 Ref: Maldip kisti TxnID: 72HQ3KXM Balance: "
  "Tk 8,412.00 24/11/2024 21:05",
  [("phone", "+8801835276104"), ("mfs_transaction", "72HQ3KXM")])
N("receipt", "en",
  "Dear Customer, inward foreign remittance USD 350.00 (BDT 42,350.00 incl. 2.5% govt incentive) from MALDIVES "
  "credited to your A/C ***4471. Thank you for sending money through legal channel.")
N("receipt", "en",
  "Cash In Tk5,000.00 to A/C 01552309877 successful. Fee Tk0.00. Your A/C Balance Tk5,110.00. TxnId: 5271039488. "
  "Date: 02-11-2024 16:40",
  [("phone", "+8801552309877"), ("mfs_transaction", "5271039488")])
N("receipt", "bn",
  "মানি রিসিট নং ০৪৫৬। প্রাপ্ত: ৭৯,০০০ টাকা (সরকার নির্ধারিত অভিবাসন ব্যয়), খাত: মালদ্বীপ গমন, কর্মী: মোঃ কামরুল "
  "হাসান, পাসপোর্ট নং A07391845, পরিশোধ: ব্যাংক পে-অর্ডার। মেঘনা ওভারসিজ (আরএল-১৪৮৭)",
  [("bd_passport", "A07391845")])
N("receipt", "bn-Latn",
  "Apa ei je slip ta: \"You have paid Tk 4,025.00 to e-Passport Fee. TrxID BFD2M8KQ7Z. Balance Tk 1,203.44\" "
  "Rina'r passport er fee dilam, ekhon biometric er date kobe dibe? 😊",
  [("mfs_transaction", "BFD2M8KQ7Z")])

# family (7)
N("family", "bn-Latn",
  "Ammu passport ta ami nijer kase rakhsi, company chaise o dei nai, union er apa ra bolse rakha jabe na. tumi "
  "chinta koiro na. Eid er age 20 hajar pathabo, Rina'r school er beton dio")
N("family", "bn",
  "আব্বা জমি বন্ধক দেওয়ার দরকার নাই, আমি প্রবাসী কল্যাণ ব্যাংক থিকা অভিবাসন লোন নিমু, সরকারি এজেন্সি দিয়া যামু। "
  "দালালের কথা শুইনেন না। লোনের ফর্মে তোমার এনআইডি নং লাগবো, ১৯৬৮২৯১৪৭৫৩০০০২১৮ এইটাই তো?",
  [("bd_nid", "19682914753000218")])
N("family", "en",
  "Mamun your sister's marriage fixed for 12 Falgun. Boy works in Mauritius textile, good family from Shibpur. They "
  "want nothing, no dowry alhamdulillah. Can you send 50k for the jewellery before 10th?")
N("family", "bn",
  "মাইশার পাসপোর্ট করতে দিছি, ওর বয়স ৯, আমরা সবাই মিলে উমরায় যামু ইনশাআল্লাহ। জন্ম নিবন্ধন লাগছে, অনলাইনে "
  "করছি। তুমি জর্ডান থিকা ছুটি পাইলে একসাথে যাইতে পারতা")
N("family", "bn-Latn",
  "Bou, mobile ta ektu kom use koris, bill beshi ashe. ar Rahim dalal jodi abar bari ashe, bolbi ami Maldip e "
  "bhalo asi, notun lok pathano lagbe na. taka poisar kotha baire kauke kowar dorkar nai")
N("family", "en",
  "Abbu company took my passport for visa renewal at immigration, they gave receipt with stamp, it will come back "
  "Thursday. Dont worry 🙏 all sisters gave same")
N("family", "bn",
  "আপার বিয়া ঠিক হইছে, পোলা জর্ডানে কাজ করে। দুই পরিবার দেখাদেখি হইছে, কাবিন হইবো দেশে। আপা এখানে থাকবো পড়া "
  "শেষ করতে, দুলাভাই পরে দেশে আইসা ব্যবসা করবো")

# worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah ei company te 2 bochor holo, beton time moto pai, OT er taka o slip e thik thak. sakan e AC ase, "
  "Friday chuti. passport amar nijer locker e. shudhu khabar ta ektu kom moshla 😅")
N("worker_content", "en",
  "Resort life 🌴 4 years in Maldives, now housekeeping supervisor. Service charge this month 600 dollar! Thanks "
  "manager sir. Off day tomorrow, going snorkelling with team. Follow @rafi_in_maldives",
  [("instagram", "@rafi_in_maldives")])
N("worker_content", "bn",
  "এই মাসে ওভারটাইম কম, অর্ডার নাই, তাই বেতন কম আসছে। গরমও বেশি, লাইনে ফ্যান কম। তবে কোম্পানি টাইমমত দেয়, "
  "কষ্ট একটু হইলেও চলে যায়")
N("worker_content", "bn-Latn",
  "kaj ta kothin bhai, roddur e rod binding, kintu 8 ghonta er beshi na, OT korle alada taka. boss bhalo manush, "
  "Ramzan e iftar dey. permit card renew hoise kal")
N("worker_content", "en",
  "Mauritius update: contract finished, company paid end of contract gratuity and return ticket. Flying to Dhaka "
  "Sunday inshallah. Anyone from Narsingdi on same flight?")
N("worker_content", "bn",
  "আমাগো ফ্যাক্টরিতে ইউনিয়নের আপারা আইছিল, সবাইরে শ্রম আইনের কাগজ দিছে। এখন লাঞ্চ ব্রেক পুরা এক ঘণ্টা দেয়, "
  "মুশরিফও আগের মত চিল্লায় না")
N("worker_content", "bn-Latn",
  "Kafeel er release niye notun company te transfer korsi, tasreeh notun hoise, sob kagoj legal. ager company o "
  "jhamela kore nai, last mash er beton o diye dise")

# joke (4)
N("joke", "bn-Latn",
  "Bou bole tumi Maldip e jaio na, oikhane naki resort e meye ra bikini pore ghure 😂 ami boli amar kaj to cement "
  "er bosta tana, meye dekhbo kokhon 😭😭")
N("joke", "bn",
  "প্রবাসীর ৩ অবস্থা: ১. দেশে থাকতে — বিদেশ গেলেই টাকা আর টাকা। ২. প্লেনে — সব ঠিক হইয়া যাইবো। ৩. সাকানে প্রথম "
  "রাইত — আম্মা আপনার হাতের ডাল 😭😂")
N("joke", "en",
  "When kafeel says 'bukra inshallah' about your salary increment, just know bukra means next year 😂😂 "
  "#probashi_life")
N("joke", "bn-Latn",
  "Amar passport amar bou er kase jama, ar bou er passport amar ammar kase. ghore shanti 😂 ke boss bujhen to ekhon")

# chatter (5)
N("chatter", "bn-Latn",
  "Ke ke Amman theke Irbid jaben Friday? bus 2 dinar, eksathe gele kom hobe. sister der group e o bolen")
N("chatter", "en",
  "Does anyone know a good agent in Narsingdi for Umrah package? Last time we went with licensed Hajj agency, was "
  "good, but they closed")
N("chatter", "bn",
  "ভাই কেউ জানেন মালদ্বীপে ওয়ার্ক পারমিট কার্ড হারাইলে নতুন কার্ড পাইতে কয়দিন লাগে? কোম্পানি বলছে আবেদন করছে")
N("chatter", "bn-Latn",
  "police clearance certificate online e kivabe apply kore keu janen? Mauritius er visa er jonno lagbe bolse "
  "agency")
N("chatter", "en",
  "Girls group reminder: Saturday 4pm we meet at Al Hassan community hall for Pohela Boishakh program. Bring your "
  "red-white saree! 💃 Contact Moni apa +962 77 124 8836",
  [("phone", "+962771248836")])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "Kal khela dekhsos? Messi ki goal dilo bhai 🔥🔥", hard=False)
N("family", "bn", "আম্মা আজকে কি রান্না করছো? ছোট মামা আইছিল?", hard=False)
N("chatter", "en", "Happy birthday Tania! Have a great year ahead 🎂🎉", hard=False)
N("joke", "bn-Latn", "Teacher: boro hoye ki hoba? Student: boro 😂", hard=False)
N("receipt", "en", "Your recharge of Tk 99 is successful. Validity 7 days. Bonus 1GB internet.", hard=False)
N("chatter", "bn", "বৃষ্টি হইতাছে খুব, মাধবদী বাজার পুরা পানির নিচে", hard=False)
N("worker_content", "en", "Got my sewing training certificate today, so happy 😍", hard=False)
N("family", "bn-Latn", "Abbu ke bolo oshudh ta khaite jeno bhule na jay. ami sondhay call dibo", hard=False)
N("chatter", "en", "Anyone selling used rice cooker in Hulhumale? need small one", hard=False)
N("news", "bn", "আজ ঢাকার তাপমাত্রা ৩৪ ডিগ্রি সেলসিয়াস, সন্ধ্যায় বজ্রবৃষ্টির সম্ভাবনা।", hard=False)
N("joke", "en", "My wife asked me to take her somewhere expensive, so I took her to the petrol pump 😂", hard=False)
N("awareness", "bn-Latn", "Dengue theke bachte barir ashe pashe pani jomte diben na. mosharir niche ghumaben", hard=False)

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
    random.Random(60).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev60-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
