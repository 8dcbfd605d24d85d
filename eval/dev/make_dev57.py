#!/usr/bin/env python3
"""Blind dev set dev57: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: an analyst in a police cybercrime unit in Dhaka working on young
Bangladeshis recruited through Telegram and Facebook for "online customer service", "typing", "data entry" and "IT jobs"
in Thailand, then taken to scam compounds in Myanmar, Cambodia and Laos (passports taken, quotas, fines, beatings,
resale between companies, ransom from families in USDT on TRC20 or through bKash agents); and on online sexual
exploitation: "video call jobs", webcam and "host" jobs, sextortion of teenagers. Run from the repository root.
Held out from round 9 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev57.jsonl"
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


BTC1 = btc("dev57-btc-1")
TRON1 = tron("dev57-tron-1")
ETH1 = eth("dev57-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


TRON2 = tron("dev57-tron-2")
TRON3 = tron("dev57-tron-3")
TRON4 = tron("dev57-tron-4")

# ---------------------------------------------------------------- flag items
# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn",
  "🇹🇭🇹🇭 THAILAND E JOB 🇹🇭🇹🇭\nOnline customer service / typing\n✅ english ektu bujhlei hobe\n"
  "✅ salary 1000$ theke suru + commision\n✅ thaka khaoa company\n✅ tourist visa te jaben, company pore work permit kore dibe\n"
  "boyos 18-30, chele meye duijon e. seat limited!!\nJoin: t.me/thaijob_bd_hr",
  [("telegram", "@thaijob_bd_hr")])
F("recruitment_deception", "bn",
  "ভাই ওরা কইছিল ব্যাংককে হোটেলের রিসিপশনে কাজ। এয়ারপোর্ট থেকে মাইক্রোতে তুললো, সারারাইত চালাইয়া একটা নদীর পাড়ে নামাইলো, "
  "নৌকায় পার করাইলো। এখন বুঝতেছি এইটা থাইল্যান্ড না, মায়ানমার। হোটেল-টোটেল কিচ্ছু নাই, এখানে সবাই কম্পিউটারে বইসা বিদেশি মানুষরে ঠকায়")
F("recruitment_deception", "en",
  "URGENT HIRING 🔥 Bangladeshi graduates for DATA ENTRY in Laos. No interview, no experience needed. Office inside special "
  "economic zone, salary USD 1200 + bonus, free air ticket, visa on arrival we handle. You pay NOTHING. Only serious "
  "candidates msg on WhatsApp wa.me/8562055123487",
  [("whatsapp", "+8562055123487")])
F("recruitment_deception", "bn-Latn",
  "[voice note 1:12] bhai visa niye tension niyen na, ekhane sobai tourist visa tei ashe. immigration e dhorle bolben bondhu der "
  "sathe ghurte jaitesen, pattaya jaben. hotel booking ar return ticket er copy ami pathay dibo, oita dekhaiben. kaj er kotha "
  "bhuleo mukhe anben na, tahole offload kore dibe")
F("recruitment_deception", "bn",
  "আপু আপনার প্রোফাইল দেখলাম, আপনি তো অনেক স্মার্ট 😊 থাইল্যান্ডে অনলাইন কাস্টমার সার্ভিসে মেয়েদের বেতন বেশি, মাসে ৯৫ হাজার থেকে ১ লাখ। "
  "অভিজ্ঞতা লাগবে না, মোবাইলে চ্যাট করতে পারলেই হবে। আগামী বুধবার ফ্লাইট, আর দুইটা সিট খালি আছে, দেরি করলে হবে না")
F("recruitment_deception", "en",
  "They told us IT job, Python and web dev, I even sent my CV and github. After 2 days 'training' they gave me 6 phones and a "
  "script. Make friends with Indian and American aunties on WhatsApp, slowly talk about crypto investment. I am CSE graduate "
  "bhai I never came to do this")
F("recruitment_deception", "bn",
  "থাইল্যান্ডে গ্রাফিক্স ডিজাইনার ও টাইপিস্ট নেওয়া হবে (২০ জন)। কোম্পানির নাম গোপনীয়তার কারণে আগে বলা যাবে না, পৌঁছানোর পর জানানো হবে। "
  "ভিসা ও টিকেট কোম্পানি দিবে। ইন্টারভিউ শুধু ইমোতে ৫ মিনিট। যোগাযোগ: ০১৮৪৭-৩২৬৫১৯",
  [("phone", "+8801847326519")])
F("recruitment_deception", "bn-Latn",
  "offer letter ta dekhen bhai, Bangkok er company, sign ache seal ache. embassy te verify korar dorkar nai, oita lomba process, "
  "amra already 200+ lok pathaisi kono problem hoy nai. document gula hr.siamdigital.bkk@gmail.com e pathay den aj e",
  [("email", "hr.siamdigital.bkk@gmail.com")])

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn-Latn",
  "total 4 lakh porbe bhai, kom hobe na. 1.5 lakh agrim, baki ta Bangkok land korar por. haate na thakle jomi bondhok rakhen ba "
  "samity theke kisti tulen, oikhane 2 mash er beton e sob uthe jabe inshallah")
F("fees_and_debt", "bn",
  "এখানে আসার পর বলতেছে আমার পেছনে কোম্পানি ৮ হাজার ডলার খরচ করছে — টিকিট, খাওয়া, ট্রেনিং, দালালের কমিশন। এই টাকা শোধ না হওয়া "
  "পর্যন্ত বেতন হবে না, কমিশন থেকে কাইটা রাখবে। হিসাব কইরা দেখলাম ২ বছরেও শোধ হবে না")
F("fees_and_debt", "en",
  "Boss says if I want to leave before 1 year contract I have to pay 'compensation' 6000 USDT. And every fine goes on my account, "
  "now they say I owe 2300 more than last month. Talk to finance on telegram @kkfinance_dept if family wants to clear it",
  [("telegram", "@kkfinance_dept")])
F("fees_and_debt", "bn-Latn",
  "fine er list ta dekh: late 500 baht, target miss 1000, personal chat dhorle 3000, toilet e 10 min er beshi 200. mash sheshe "
  "beton ashe 0, ulta ami ekhon 9000 baht er debt e. ei debt na mitaile chharbe na")
F("fees_and_debt", "bn",
  "থাইল্যান্ডের ভিসা প্রসেসিং ফি ৩৫ হাজার টাকা আজকের মধ্যে বিকাশ করেন ০১৭৩৯-৫৮২৪১৬ (পার্সোনাল), সেন্ড মানি করবেন, ক্যাশআউট চার্জ আপনার। "
  "টাকা না আসলে সিট অন্যজনরে দিয়া দিমু, লাইনে আরো ১০ জন আছে",
  [("phone", "+8801739582416")])
F("fees_and_debt", "en",
  "Ma sold the cow and took 2 lakh loan from the samity for my ticket. Now the company says the ticket was 'advance salary' and "
  "they cut 70% every month. At this rate I can't send anything home till next Eid, and the kisti is due every week")
F("fees_and_debt", "bn",
  "মামা বলছিল সব মিলায়ে ৩ লাখ। মায়াওয়াদ্দি পৌঁছানোর পর বলে আরও ২ লাখ লাগবে 'সিকিউরিটি ডিপোজিট', না দিলে অন্য কোম্পানিতে পাঠায়ে দিবে। "
  "ওর পাসপোর্ট (নং A05832714) ওদের কাছে জমা, টাকা না দিলে ফেরত দিবে না। আব্বা আবার সুদে টাকা নিতেছে",
  [("bd_passport", "A05832714")])

# payments_and_proceeds (8: bn 2, bn-Latn 3, en 3)
F("payments_and_proceeds", "en",
  f"Your son Rakib is in our company. He have debt 5000 USDT (training, food, visa). Send to TRC20 address {TRON1} within 3 days "
  "then he can go home. After send, screenshot on WhatsApp +95 9 7613 42085. No police, police cant do anything here.",
  [("tron_address", TRON1), ("phone", "+959761342085")])
F("payments_and_proceeds", "bn-Latn",
  "khalamma tension niyen na, 3 ta bkash agent number dicchi, prottekta te 48 hajar kore cash in korben. ek number e beshi dile "
  "dhora porbe. 01928-447163, 01611-938205, 01556-204871. cash in er por TrxID gula ar slip er chobi amake pathaben, ami boss ke dekhabo",
  [("phone", "+8801928447163"), ("phone", "+8801611938205"), ("phone", "+8801556204871")])
F("payments_and_proceeds", "bn",
  f"মা, ওরা বলতেছে বিকাশে হবে না, বাইনান্স থেকে USDT কিনে পাঠাতে হবে, TRC20। পাড়ার রুবেল ভাই জানে কিভাবে কিনতে হয়, ওনারে এই ঠিকানাটা দিও: {TRON2}\n"
  "একটা অক্ষরও ভুল হইলে টাকা হারায় যাবে, কপি পেস্ট করবা",
  [("tron_address", TRON2)])
F("payments_and_proceeds", "en",
  f"team leader gave me login for 4 bank accounts (thai names) and said move client deposits through them, then buy USDT and send "
  f"to {ETH1}. If any bank blocks call +855 96 318 4072. my own name is on one account now, I'm scared",
  [("eth_address", ETH1), ("phone", "+855963184072")])
F("payments_and_proceeds", "bn",
  "ভাই টাকা ব্যাংকে পাঠাইয়েন না, ধরা খাইবেন। থাইল্যান্ডের এজেন্টরে বাট দিবে আর ঢাকায় হুন্ডির লোক নগদে বুঝায় দিবে, রেটও ভালো। "
  "কোম্পানির 'রিলিজ ফি' সবাই এইভাবেই দেয়, কাইলকা মতিঝিলে লোক পাঠামু")
F("payments_and_proceeds", "bn-Latn",
  "ei mash e 6 jon pathaisi, per head 1500 USDT commission ashbe company theke. amar binance e diben, ar BD side er cash ta nagad e "
  "01789-320567 ei number e. ager 2 jon er taka ekhono baki, boss ke mone koray diyen",
  [("phone", "+8801789320567")])
F("payments_and_proceeds", "bn-Latn",
  "agent bhai aj 14 ta cash in ashbe bivinno district theke, sob 'Thai company' er. apnar 2%. ek sathe 25k er beshi dekhaben na, "
  "bhenge bhenge niben, ar rat 10 tar por cash out kore den")
F("payments_and_proceeds", "en",
  "Sent 1,20,000 Tk via bKash to agent 01865-712093 TrxID CJK82HM4QZ as they asked. Bhai please show this to the boss so they take "
  "Shakil out of the dark room today, his mother is not eating",
  [("phone", "+8801865712093"), ("mfs_transaction", "CJK82HM4QZ")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আমাদের পাসপোর্ট আর ফোন প্রথম দিনই নিয়া নিছে। সপ্তাহে একবার ১০ মিনিট কথা বলতে দেয়, পাশে গার্ড খাড়ায়া থাকে, স্পিকার অন করা লাগে। "
  "এই মেসেজ লুকায়া আরেকজনের ফোন থেকে দিতেছি, রিপ্লাই দিও না আম্মা")
F("isolation_and_control", "bn-Latn",
  "compound er gate e guard bondhuk niye dariye thake, deyal er upor kata tar. bahire jaoa nishedh, sob kichu company r dokan theke "
  "kinte hoy, dam 3 gun. ekjon ke dekhsi gate er bahire paa rakhse, sathe sathe dhore niye gese")
F("isolation_and_control", "en",
  "Ammu don't call this number again. They check our phones and telegram every night. If you want to tell me you got my message, "
  "just post a photo of Mini (our cat) on your FB story. I'll see it. Don't write anything about me there")
F("isolation_and_control", "bn",
  "বাসায় বলবা মালয়েশিয়ায় ফ্যাক্টরিতে আছো, ভালো আছো। থাইল্যান্ড-মায়ানমারের নাম মুখে আনবা না। ভিডিও কলে ক্যামেরা দেয়ালের দিকে রাখবা, "
  "জানালা দেখাইবা না। কেউ বেশি কিছু জিগাইলে কল কাইটা দিবা")
F("isolation_and_control", "bn-Latn",
  "ajke amader building change korlo raat 2 tay, gari te uthanor age sobar chokh kapor diye bendhe dise. ekhon kothay ashlam jani na, "
  "janala diye shudhu pahar dekha jay ar ekta nodi. sobar phone er location off kore dise")
F("isolation_and_control", "en",
  "new rules from today: nobody leaves the floor without team leader, toilet break max 5 min and they write the time. canteen, "
  "shop, barber everything inside the building. last week a Pakistani boy tried to go down to the gate, we haven't seen him since")
F("isolation_and_control", "bn",
  "ভাইয়া আমার ফেসবুক আইডি এখন ওরা চালায়, আমি যা লিখি সব ওরা দেখে। এই মেসেজটাও হয়তো দেখবে। আম্মুকে বইলো আমি ভালো আছি, আর কিছু বইলো না")

# labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn-Latn",
  "shokal 10 ta theke raat 2 ta, kono off day nai, ekdin o na. target 5 ta new 'client' add na hole ghumaite dey na, deyal er dike "
  "mukh kore dariye thakte hoy shara raat")
F("labour_exploitation", "en",
  "3 months here, they paid me once, 4000 baht. Rest is 'saved in company account' until contract finish. Food is rice and boiled "
  "cabbage twice a day, if you want egg you buy from company shop with your own money")
F("labour_exploitation", "bn",
  "দিনে দুইবেলা খাওন, তাও ভাত আর লাউয়ের পাতলা ঝোল। অসুখ হইলেও কাজে বসা লাগে, কাইলকা ১০৩ জ্বর নিয়া ১৪ ঘণ্টা কম্পিউটারে বসছিলাম, "
  "ছুটি চাইলে বলে ডাক্তার নাই")
F("labour_exploitation", "bn-Latn",
  "ami contract sesh korchi 6 mash agei, tao chharte dicche na. bole notun 'project' e aro 6 mash thakte hobe. resign dite chaile "
  "HR hase, bole eikhane resign bole kichu nai")
F("labour_exploitation", "en",
  "Each of us runs 8 fake FB IDs with pretty girl photos and must get 2 'customers' to deposit every week. Miss target = no salary "
  "that month plus night shift. They take screenshots of our chats to check we follow the script")
F("labour_exploitation", "bn",
  "আমাদের রুমে ১২ জন, একটা বাথরুম, পানি আসে দিনে দুইবার। বিছানা নাই, মাদুরে ঘুমাই। বেতনের কথা তুললে ম্যানেজার বলে "
  "'আগে পারফরম্যান্স দেখাও, তারপর বেতন'")
F("labour_exploitation", "bn-Latn",
  "bhai tumi shudhu jano ami 'customer service' kori. asole sara din American buro-buri der sathe prem er natok, pore crypto te "
  "invest koraite hoy. na parle beton kete ney, parle o commission er 10% o dey na")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "কাল রাতে টার্গেট মিস করায় তিনজনরে সবার সামনে ইলেকট্রিক লাঠি দিয়া মারছে। বলছে পরের বার 'ডার্ক রুমে' রাখবে এক সপ্তাহ। "
  "আমি এই মাসে এখনো ১টাও ক্লায়েন্ট পাই নাই")
F("threats_and_coercion", "en",
  "If you go to Thai police they will just send you back to us, we pay them every month. Also your family address in Narsingdi "
  "is on your form. Think about your mother before doing anything stupid")
F("threats_and_coercion", "bn-Latn",
  "boss bolse amake onno company te bikri kore dibe, oikhane naki aro kharap, pitay beshi. amader floor er 2 jon ke already bikri "
  "korse 7000 dollar kore. ami ki korbo bhai plz kichu koro")
F("threats_and_coercion", "bn",
  "আপনার ছেলে পালাতে চেয়েছিল। আর একবার চেষ্টা করলে লাশ পাবেন। টাকা রেডি রাখেন, কাল আবার ফোন দিব")
F("threats_and_coercion", "en",
  "They told us if we run, Myanmar army will catch us as illegal and put us in jail 10 years, because we don't have passport or "
  "visa stamp. That's why nobody here runs even when the gate is open")
F("threats_and_coercion", "bn-Latn",
  "ma ora bolche taka na dile amar kidney bikri kore dibe. ekta chele ke naki hospital e niye gese ar ferot ashe nai. please jevabe "
  "paro joga koro, ami ar parchi na")
F("threats_and_coercion", "bn",
  "পালাইতে গিয়া ধরা পড়া ছেলেটারে ৩ দিন হাতকড়া দিয়া খাটের সাথে বাইন্ধা রাখছে, খাওন দেয় নাই। এখন নতুন যারা আসে সবাইরে ওই ভিডিও দেখায়")
F("threats_and_coercion", "bn-Latn",
  "boss bole desh e ferot gele tor naam e cyber case dibo, tui je manush thokaisos tar sob screenshot amader kache. BD police "
  "airport thekei tore dhorbe. tai chup chap kaj kor")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn-Latn",
  "meyeder jonno ghore bose income 💸💸 VIDEO CALL JOB\ndaily 2000-5000 tk, shudhu foreign client der sathe kotha bolben, camera "
  "on rakhte hobe. fair, smart, slim hole agradhikar. payment protidin bkash e. details er jonno Insta te knock din @priya.host.agency 🌸",
  [("instagram", "@priya.host.agency")])
F("sexual_exploitation", "bn",
  "প্রথম সপ্তাহে শুধু গল্প করতাম, এখন ম্যানেজার বলে কাপড় খুলতে হবে, না হলে আইডি ব্লক আর জমা কয়েন পাবো না। আমার আগের সব কল নাকি "
  "ওরা রেকর্ড কইরা রাখছে, কথা না শুনলে আব্বুরে পাঠাবে")
F("sexual_exploitation", "en",
  "Host salary depends on minutes. Girls who go to 'private room' get 70%, normal live only 20%. Agency keeps your ID card till you "
  "finish 30 days, if you leave early your coins are frozen. Manager decides who goes private, not you")
F("sexual_exploitation", "bn-Latn",
  "tor video ta amar kache ache. 20 hajar bkash kor 01984-660213 e, 1 ghontar moddhe. na hole tor FB friend list er sobar inbox e "
  "jabe, tor office er group eo. block dile sathe sathe post",
  [("phone", "+8801984660213")])
F("sexual_exploitation", "bn",
  "ব্যাংককে স্পা তে কাজ বলছিল, আইসা দেখি রাইতে হোটেলে পাঠায়। আমরা ৫ জন বাংলাদেশি মেয়ে, এক ফ্ল্যাটে রাখে। ম্যাডাম সব টাকা রাখে, "
  "আমাদের হাতে কিছু দেয় না, বলে আগে খরচ উঠুক")
F("sexual_exploitation", "en",
  "new girl from Dhaka starts tonight, put her on the premium list, customers pay more for Bengali. she doesn't know the rules yet "
  "so sit with her during first calls and keep her phone with you")
F("sexual_exploitation", "bn-Latn",
  "Bahrain e hotel lounge e waitress/singer, beton 90 hajar + tips. shudhu customer der company dite hobe, kharap kichu na 😇 "
  "passport visa sob amra kore dibo. ei mash e 6 ta meye lagbe, boyos 25 er niche, dekhte sundor")
F("sexual_exploitation", "bn",
  "কোম্পানিতে যে মেয়েরা টার্গেট পূরণ করতে পারে না, বস তাদের রাতে 'কেটিভি'তে পাঠায়। আমার রুমমেট পরশু গেছে, এখনো ফেরত আসে নাই। "
  "আমারে বলছে এই মাসে টার্গেট না হইলে আমিও যাব")

# minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "ওর বয়স মাত্র ১৬, দালাল জন্মনিবন্ধন পাল্টায়া ১৯ বানাইছে, তারপর ওই দিয়া পাসপোর্ট। থাইল্যান্ডে হোটেলে কাজের কথা কইয়া নিয়া গেছে, "
  "এসএসসি পরীক্ষাটাও দিতে পারলো না। এখন ফোনও বন্ধ")
F("minors", "bn-Latn",
  "bhaiya ami class 9 e pori. ekta meye insta te friend hoye video call dise, pore dekhi recording. ekhon bolche 5000 taka na dile "
  "amar video school er group e dibe. abbu ammu jante parle mere felbe 😭 ki korbo")
F("minors", "en",
  "stop crying. i know you're in class 8 and i know your school name. send 3000 on bkash before 10pm or the video goes to your "
  "school page and your class teacher")
F("minors", "bn-Latn",
  "17 bochor er meyeder o host ID khule dei, problem nai. amar khalar NID 8254019736 diye verify kore dibo, app bujhbe na. school "
  "sesh kore raat 11 tar por live e boshbe, tokhon coin beshi",
  [("bd_nid", "8254019736")])
F("minors", "bn",
  "আমাদের ফ্লোরে দুইটা ছেলে আছে, ১৫-১৬ বছর হবে, কক্সবাজারের। ওদেরও ১২ ঘণ্টা বসায়া রাখে, মায়ের কথা বইলা কান্দে আর টিম লিডার মারে")
F("minors", "en",
  "age no problem bhai, passport we make 20 years. madrasa boys are best, they listen and don't complain. send me 4 boys 14-17 for "
  "Bangkok hotel helper, 25k per month, I give you 10k per head")
F("minors", "bn-Latn",
  "tumi to class 7 e, na? Free Fire e tumi onek bhalo khelo, tomake 1000 diamond gift dibo 😊 kintu amader kotha karo ke bolba na, "
  "ammu ke o na. ekta chobi pathao shirt chara, sudhu amar jonno, tarpor diamond")

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn",
  "মিয়ানমারের মিয়াওয়াদ্দি থেকে উদ্ধার হওয়া ৪৮ বাংলাদেশি মঙ্গলবার রাতে দেশে ফিরেছেন। থাইল্যান্ডে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে তাদের "
  "সেখানে নেওয়া হয়েছিল। ফেরত আসা কয়েকজন জানান, পাসপোর্ট আটকে রেখে তাদের দিয়ে অনলাইন প্রতারণা করানো হতো। এ ঘটনায় পল্টন থানায় মামলা হয়েছে।")
N("news", "en",
  "CID has arrested three mobile financial service agents in Narayanganj accused of moving ransom money sent by families of men "
  "held in Cambodian scam compounds. Investigators said Tk 2.3 crore passed through 40 agent accounts in six months.")
N("news", "en",
  "Thailand cut electricity and internet supply to several Myawaddy border points on Wednesday. The foreign ministry in Dhaka said "
  "it was working with the embassy in Yangon to bring home Bangladeshis rescued from compounds near KK Park.")
N("news", "bn",
  "সাইবার পুলিশ সেন্টারের তথ্য অনুযায়ী, চলতি বছর সেক্সটরশনের অভিযোগের বড় অংশ এসেছে ১৩ থেকে ১৭ বছর বয়সী কিশোর-কিশোরীদের কাছ থেকে। "
  "বেশিরভাগ ক্ষেত্রে ইনস্টাগ্রাম ও মেসেঞ্জারে অচেনা আইডির সঙ্গে ভিডিও কলের পর ভয় দেখিয়ে বিকাশে টাকা চাওয়া হয়।")
N("news", "en",
  "A Dhaka tribunal on Tuesday sentenced two members of a trafficking ring to life imprisonment for sending young women to Dubai "
  "with promises of beauty-parlour jobs. Five victims testified that their passports were taken on arrival.")
N("news", "bn-Latn",
  "BREAKING 🔴 Cambodia te atke pora 9 jon Bangladeshi ke uddhar korlo police, tader moddhe 2 jon kishor. 'online job' er kotha "
  "bole niye jaowa hoy. bistarito video te 👇 like share korun")
N("news", "en",
  "Remittance inflow reached $2.6 billion in March, Bangladesh Bank data show, as a crackdown on hundi operators and a 2.5 percent "
  "incentive pushed more expatriates to send money through banks and mobile wallets.")

# awareness (7)
N("awareness", "bn",
  "⚠️ সতর্কবার্তা ⚠️ টেলিগ্রাম বা ফেসবুকে 'থাইল্যান্ডে অনলাইন কাস্টমার সার্ভিস', 'টাইপিং জব', 'ডাটা এন্ট্রি' এমন বিজ্ঞাপন দেখে ট্যুরিস্ট "
  "ভিসায় বিদেশ যাবেন না। বিএমইটির ছাড়পত্র ছাড়া কাজের উদ্দেশ্যে বিদেশ যাওয়া ঝুঁকিপূর্ণ। সন্দেহজনক কিছু দেখলে ৯৯৯ এ কল করুন। — ডিএমপি সাইবার ক্রাইম")
N("awareness", "bn-Latn",
  "Forwarded ➡️ sobai share koren plz!! Thailand e 'IT job' er kotha bole amader elakar 3 ta chele ke Myanmar e bikri kore dise. "
  "kono agent jodi bole passport tar kache joma dite, work visa lagbe na tourist e jaben — bujhben eta fanda. nijer bhai bon ke "
  "shotorko korun 🙏🙏")
N("awareness", "en",
  "Parents, please read. If someone online asks your child for photos and then threatens to share them, do NOT pay. Save the chat, "
  "take screenshots, block the account and report to Police Cyber Support for Women or call 999. Paying once only brings the next demand.")
N("awareness", "bn",
  "প্রিয় অভিভাবক, আপনার সন্তানের মোবাইলে 'ভিডিও কলে আয় করুন' বা 'হোস্ট জব' জাতীয় অ্যাপ বা গ্রুপ আছে কিনা খেয়াল রাখুন। ১৮ বছরের নিচে "
  "কাউকে এসব অ্যাপে আইডি খুলে দেওয়া অপরাধ। সন্দেহ হলে শ্রেণি শিক্ষকের সাথে কথা বলুন। — প্রধান শিক্ষক, মিরপুর আইডিয়াল স্কুল")
N("awareness", "bn-Latn",
  "bhai bon der kache onurodh: kew jodi phone kore bole USDT ba bkash e taka pathan, apnar chele ke chere dibo — age police ke "
  "janan, ekai taka pathaben na. ei chokro ekbar taka paile bar bar chay. upazila porishod e probashi help desk khola hoise, sokal 9-5")
N("awareness", "bn",
  "ইউপি মেম্বার সাহেবের ঘোষণা: বিদেশে যাওয়ার আগে দালালের হাতে নগদ টাকা দিবেন না, জমি বন্ধক রাখবেন না। কোন দেশে যেতে সরকারি খরচ কত, "
  "সেই তালিকা ইউনিয়ন পরিষদের নোটিশ বোর্ডে টানানো আছে। এজেন্সির লাইসেন্স নম্বর যাচাই করে নিবেন।")
N("awareness", "en",
  "ADMIN NOTICE: the 'Data entry from Thailand, $1500/month, free ticket' posts going around this freelancing group are fake. "
  "Anyone posting them will be banned. Real remote data entry work is paid through Payoneer or bank and never needs you to travel.")

# official (6)
N("official", "bn",
  "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১৪৫৭)। মালয়েশিয়ার প্লান্টেশন সেক্টরে ১০০ জন কর্মী নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, "
  "শুধুমাত্র ব্যাংকের মাধ্যমে জমা, রশিদ দেওয়া হবে। বিএমইটি নিবন্ধন ও স্মার্ট কার্ড বাধ্যতামূলক। কোনো দালাল বা ব্যক্তিগত বিকাশ নম্বরে টাকা দিবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Bangkok: Bangladeshi nationals who have come out of Myawaddy and are now in Mae Sot should contact the "
  "consular wing for travel permits. Bring any copy of passport or NID if available. Hotline/WhatsApp: +66 81 234 5690, "
  "email: consular.bkk@mofa.gov.bd",
  [("phone", "+66812345690"), ("email", "consular.bkk@mofa.gov.bd")])
N("official", "bn-Latn",
  "Govt approved RL-0892 🇯🇵 Japan TITP caregiver – 25 jon. JLPT N4 lagbe, 6 mash training Dhaka TTC te. kono advance nai, sob "
  "payment bank er maddhome, money receipt dewa hoy. dalal er sathe len den korben na. office: Kakrail, 01711-204378",
  [("phone", "+8801711204378")])
N("official", "en",
  "BMET notice: Emigration clearance for workers going to Qatar will be issued only after fingerprint registration at the DEMO "
  "office. Bring passport, visa copy and the signed employment contract. No clearance will be issued on visit or tourist visas.")
N("official", "bn",
  "জেলা পুলিশের বিজ্ঞপ্তি: পাসপোর্ট ভেরিফিকেশনের জন্য কোনো পুলিশ সদস্যকে টাকা দেবেন না। ভেরিফিকেশনের সময় আবেদনকারীর এনআইডি ও জন্মসনদের "
  "মূল কপি সাথে রাখুন। হয়রানির শিকার হলে পুলিশ সুপারের কার্যালয়ে জানান।")
N("official", "en",
  "Ami Probashi: Your pre-departure registration for Romania (construction) is complete. Please attend the 3-day PDO training at "
  "TTC Mirpur on 12 Jan. Do not pay any agent outside the official fee shown in the app.")

# receipt (6)
N("receipt", "en",
  "You have received Tk 15,000.00 from 01716583092. Ref eid salami. Fee Tk 0.00. Balance Tk 15,420.50. TrxID BKL4M7X2QA at 14/03/2026 19:42",
  [("phone", "+8801716583092"), ("mfs_transaction", "BKL4M7X2QA")])
N("receipt", "bn",
  "ক্যাশ ইন সফল। পরিমাণ: ৳৫০,০০০.০০ এজেন্ট: ০১৮১৯৪৪৭২০৬ TxnID: 71K9QD3M ব্যালেন্স: ৳৫২,৩১০.৭৫ সময়: ০৩/০৪/২০২৬ ১১:২০ - নগদ",
  [("phone", "+8801819447206"), ("mfs_transaction", "71K9QD3M")])
N("receipt", "en",
  f"Withdrawal successful. Amount: 150 USDT. Network: TRON (TRC20). Address: {TRON3}. Network fee: 1 USDT. If you did not make "
  "this request, contact support immediately.",
  [("tron_address", TRON3)])
N("receipt", "en",
  "Dear Customer, A/C XX4471 credited with BDT 54,800.00 (Foreign Remittance from MALAYSIA incl. 2.5% Govt incentive) on "
  "18-MAR-26. Avl Bal BDT 61,212.40. Sonali Bank PLC")
N("receipt", "en",
  "Send Money of Tk 3,000.00 to 01925118406 is successful. TxnId: 4821930576. Fee Tk 0.00. Balance Tk 2,117.30. Rocket",
  [("phone", "+8801925118406"), ("mfs_transaction", "4821930576")])
N("receipt", "bn",
  "ই-পাসপোর্ট ফি জমা সফল। আবেদনকারী: মোছা. সুমাইয়া আক্তার, এনআইডি: ১৯৯৮২৬৯৫৪১০২৩৫৮৭১, পরিমাণ: ৫,৭৫০ টাকা (সাধারণ, ৪৮ পৃষ্ঠা, ৫ বছর)। "
  "চালান নং: 2603-1187-4402। সোনালী ব্যাংক।",
  [("bd_nid", "19982695410235871")])

# family (6)
N("family", "bn-Latn",
  "ammu tomar passport (EB0417263) er meyad 2027 e sesh, hajj er age renew korte hobe. ami next week Agargaon jabo, tomar NID er "
  "photocopy ar ekta chobi rekhe dio",
  [("bd_passport", "EB0417263")])
N("family", "bn",
  "ভাইয়া, তোমাদের থাইল্যান্ডের টিকিট কি কাটা হইছে? ভাবী বলতেছিল পাতায়া যাবে না, শুধু ব্যাংকক আর ফুকেট। আব্বুর জন্য ওখান থেকে টাইগার বাম "
  "আর হাঁটুর ব্যথার মলম আনিও, আর আমার জন্য কিছু আনলে ভালো 😁")
N("family", "en",
  "Mama sent 40k through the bKash agent for Rafi's coaching fee and HSC form fill-up. Please collect it from the agent shop near "
  "the bazaar and keep the slip, I'll send the rest after my salary on the 7th.")
N("family", "bn-Latn",
  "chele Malaysia thake, Petronas e engineer, 5 bochor hoilo. meyer boyosh 24, masters sesh. dui poribar eid er por dekha korbe. "
  "ora bolse joutuk er kotha jeno keu na tole, biyer por meye chaile job continue korte parbe")
N("family", "bn",
  "আম্মু আজ রাত ৯টায় রিয়া আর তুলির সাথে ভিডিও কলে গ্রুপ স্টাডি করব, ফিজিক্সের পঞ্চম অধ্যায়। প্লিজ ওয়াইফাই বন্ধ কইরো না 🙏 ১১টার মধ্যে ঘুমায় যাব প্রমিস")
N("family", "en",
  "Abba the agency guy showed me their RL number and I checked it on the BMET website, it's valid. Saudi visa with GAMCA medical and "
  "smart card, they said total around 1.2 lakh, everything through bank with money receipt. I won't give anything in cash.")

# worker_content (6)
N("worker_content", "bn-Latn",
  "Bangkok e ekta Indian restaurant e 2 bochor hoye gelo. malik bhalo, beton time moto dey, bochor e ekbar desh e jaoar ticket o dey. "
  "shudhu kaj ta kothin, din e 10 ghonta dariye thakte hoy, pa betha kore")
N("worker_content", "en",
  "Call centre life in Dhaka: 9-hour night shift for a US client, target 40 calls, and if you're late 3 times they cut a day's pay. "
  "Money is ok for a student though. Quitting next month after my exams anyway")
N("worker_content", "bn",
  "ওভারটাইম বেশি করলে মাসে ২৩০০ রিঙ্গিত হয়। পাসপোর্ট নিজের কাছেই রাখি, কোম্পানি শুধু ফটোকপি নিছে। হোস্টেলে ৬ জন এক রুমে থাকি, তবে এসি আছে, রান্না নিজেরা করি")
N("worker_content", "bn-Latn",
  "ami 26 bochor, rat e live e gaan gai, host hisebe mash e 30-35k hoy. agency 10% ney, time ami nijei thik kori, kono jor jobordosti "
  "nai. bhalo na lagle jekono din chhere dibo, contract o nai")
N("worker_content", "en",
  "Got my first Upwork data entry contract 🙌 $8/hr, client from Canada, paid to Payoneer then to my DBBL account. Typing 60 wpm "
  "finally paying off. Thanks to this group for the tips")
N("worker_content", "bn",
  "দুবাইয়ে এবার গরমে কাজ খুব কষ্টের, ৪৮ ডিগ্রি। তবে কোম্পানি দুপুর ১২টা থেকে ৩টা বিরতি দেয়, সরকারি নিয়ম। বেতন আজ পাইছি, বিকালে বাড়িতে "
  "পাঠাইলাম। আম্মার চশমাটা এবার বানাইতে বলছি")

# joke (5)
N("joke", "bn-Latn",
  "amar boss amake office e atke rakhse, passport o niye nise 😤 ...mane ID card ta reception e joma dite hoise ar 8 tar age ber "
  "hote dibe na 😂 desh e freedom nai bhai")
N("joke", "en",
  "Me: applies for 'DATA ENTRY, $2000/month, no experience needed'. The job: entering my mom's grocery list into Excel for free 💀")
N("joke", "bn",
  "বিয়ার পর বুঝলাম আসল 'কম্পাউন্ড' কারে কয় 🤣 শ্বশুরবাড়ি থেকে বাইর হইতে পারমিশন লাগে, কোটা হইলো দিনে তিনবার চা বানানো, টার্গেট মিস করলে শাশুড়ির লেকচার")
N("joke", "bn-Latn",
  "ei mash er salary 3 din e sesh 🥲 ekhon nijeke bikri kore dite chai, kew kinbe? dam 500 taka, free home delivery, return policy nai 😂")
N("joke", "en",
  "My little brother (14) just tried to sell me to his friend for a Free Fire diamond top-up. Deal collapsed at 100 diamonds, "
  "apparently I'm not worth it 😂")

# chatter (5)
N("chatter", "bn-Latn",
  "dekhsen? Jamuna TV te dekhalo Laos theke 12 jon ferot ashche, amader upazila r Kamal er chele o ache. typing job er kotha bole "
  "niye gesilo. allah sobaike hefazot koruk, amader polapain gula ke ektu bujhaite hobe")
N("chatter", "en",
  "Bro my Telegram is full of these 'Thailand job 1200$' groups, someone keeps adding me. Reported like 20 today. How do I stop "
  "randoms adding me to groups?")
N("chatter", "bn",
  "কাল নবীনবরণে উপস্থাপনা (হোস্ট) আমি আর তানিয়া। স্ক্রিপ্ট রেডি করো, রাত ১০টায় ভিডিও কলে একবার রিহার্সাল দেই। স্যার বলছে ড্রেস কোড সাদা-নীল")
N("chatter", "bn-Latn",
  f"bhai USDT rate aj 124. TRC20 te pathale fee kom. amar address dilam {TRON4} — 200 USDT pathao, ami bkash e taka pathay dicchi "
  "confirm hoilei",
  [("tron_address", TRON4)])
N("chatter", "en",
  "Our unit is hiring civilian data analysts, Bangla and English typing needed. Apply only through the police website, there is no "
  "fee at any stage. If anyone asks you for money for this job, report them.")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal khela dekhba? BD vs SL, 3 tay start. amar basay ashis, muri makha hobe", hard=False)
N("chatter", "en", "Anyone have notes from today's stats class? I slept through the whole thing", hard=False)
N("chatter", "bn", "আজ বৃষ্টিতে মিরপুর ১০ পুরা পানির নিচে, রিকশাওয়ালা ১০০ টাকা চাইতেছে দুই কদমের জন্য", hard=False)
N("family", "bn", "আম্মু ভাত খাইছো? রাতের ঔষধটা খাইতে ভুইলো না, আমি কাল সকালে ফোন দিব", hard=False)
N("family", "bn-Latn", "abbu amar result dise!! GPA 5 paisi 🎉🎉 mishti niye ashba kintu", hard=False)
N("receipt", "en", "Your recharge of Tk 99 for 5GB internet pack is successful. Validity 7 days. Dial *121# for balance.", hard=False)
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার নভেম্বর মাসের বিদ্যুৎ বিল ১,২৪০ টাকা পরিশোধিত হয়েছে। ধন্যবাদ - ডেসকো", hard=False)
N("joke", "en", "Why did the scarecrow get promoted? Because he was outstanding in his field 😂", hard=False)
N("joke", "bn-Latn", "bou bole ami naki kichui pari na. ami bollam ami to dim bhaji korte pari, tao puriye feli 😂", hard=False)
N("news", "en", "Dhaka's air quality was ranked the worst in the world on Monday morning with an AQI score of 286.", hard=False)
N("official", "bn", "মহান বিজয় দিবস উপলক্ষে আগামী ১৬ ডিসেম্বর সকল সরকারি-বেসরকারি অফিস বন্ধ থাকবে।", hard=False)
N("worker_content", "en", "Finished painting the whole 3rd floor today, tired but happy. Tomorrow we start the tiles.", hard=False)


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
    random.Random(57).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev57-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
