"""Blind evaluation set dev104 (120 labelled chat messages/texts, bn / bn-Latn / en).

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of shared/research/indicators.md, for what the indicators mean.
Persona: a union organiser in Gazipur and Ashulia who hears from women recruited by 'sister'
(apa) brokers for garment factories in Jordan's industrial zones and Mauritius, alongside
ordinary garment workers' and their families' talk.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev104.jsonl"
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


BTC1 = btc("dev104-btc-1")
TRON1 = tron("dev104-tron-1")
ETH1 = eth("dev104-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG (60)

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপা বলছিল জর্ডানে সুইং অপারেটর, বেতন ৪০০ দিনার, থাকা খাওয়া ফ্রি। এখানে আইসা দেখি প্যাকিং সেকশনে দিছে, "
  "বেতন ১৮০, খাওয়ার টাকাও কাটে। দেশে যে কাগজে সাইন করছিলাম ওইটা নাকি এখানে চলে না, এয়ারপোর্ট থেকে আইনাই "
  "আরবিতে লেখা নতুন একটা কাগজে টিপসই নিছে।")
F("recruitment_deception", "bn",
  "বোন তোমার মাইয়ারে মরিশাস পাঠাইতে চাইলে এখনই নাম দাও, সিট মাত্র ৫টা। মেডিকেল, স্মার্ট কার্ড সব আমার লোক "
  "করে দিবো, বিএমইটি অফিসে যাওয়াই লাগবো না। ট্রেনিং এর সার্টিফিকেটও বানায় দিমু। শুধু পাড়ার কাউরে কিছু কইয়ো না।")
F("recruitment_deception", "bn",
  "ভাই, মিনা আপা যেই ভিসার কপি দিছিল এয়ারপোর্টে ইমিগ্রেশন কইলো ওইটা নাকি ভুয়া, ওই নামে কোনো কোম্পানিই নাই। "
  "৬০ হাজার টাকা দিয়া ফেলছি, আপা এখন ফোন ধরে না, বাসায় গেলে কয় ঢাকা গেছে।")
F("recruitment_deception", "bn-Latn",
  "Apa, Salma apa je kagoj dekhaisilo oitay lekha chilo 320 JD. ekhane HR bolse amader contract 190, r oi kagoj naki "
  "company r na. apar insta page @salma_overseas_jobs e shob meyeder hasi mukher chobi, oita dekhei ashchilam. "
  "amra 14 jon eksathe aisi shobar eki obostha",
  [("instagram", "@salma_overseas_jobs")])
F("recruitment_deception", "bn-Latn",
  "*Forwarded* Mauritius er garments factory te mohila lok nibe. mashe 45 hajar taka, visa free ticket free, kono "
  "experience lagbe na line e boshlei hobe. sudhu medical r processing 1.5 lakh. agroho thakle call/imo: 01823-456712",
  [("phone", "+8801823456712")])
F("recruitment_deception", "bn-Latn",
  "amar choto bon ke bolsilo Jordan e garments e helper er kaj. 2 mash hoye gese akhono factory dekhe nai, ekta "
  "barite rakhse ranna r bachcha dekhar kaj. apa bole factory te jayga khali hole nibe, ektu sobur kor")
F("recruitment_deception", "en",
  "Sister told us it is a garment factory in Mauritius with a Bangladeshi supervisor. When we landed the agent took us "
  "to a different company, knitting, far from Port Louis, and the salary in the paper they made us sign is half what "
  "she said in Ashulia.")
F("recruitment_deception", "en",
  "Dear sisters urgent requirement Jordan QIZ garments 50 female operator. Salary 450 JD + OT, free food free room, "
  "2 years contract. No need BMET clearance, we send on visit visa then change to work permit there. Contact "
  "wa.me/8801756239841",
  [("whatsapp", "+8801756239841")])

# ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "জর্ডান যাইতে আপারে দিছি ২ লাখ ২০ হাজার, জমি বন্ধক রাইখা। এখন বেতন থেকে প্রতি মাসে ৬০ দিনার কাইটা রাখে, "
  "কয় আপার লোনের কিস্তি। কত বাকি কবে শেষ হইবো কেউ কয় না।")
F("fees_and_debt", "bn",
  "কোম্পানি কইছে প্রথম ছয় মাসের বেতন দিবো না, ওইটা টিকিট আর ভিসার খরচ। অথচ দেশে আমরা আগেই সব টাকা দিয়া আসছি, "
  "আপা তো কইছিল বাকি কোনো খরচ নাই।")
F("fees_and_debt", "bn",
  "সুদে নেওয়া ১ লাখ ৮০ হাজার, মাসে ১০ হাজার সুদ। আপা কইছিল তিন মাসেই উইঠা যাবো। আট মাস হইলো, আসলের একটা "
  "টাকাও দিতে পারি নাই, তার উপর আপার লোক কয় চুক্তি শেষ করার আগে দেশে গেলে আরো ৫০ হাজার দিতে হইবো।")
F("fees_and_debt", "bn-Latn",
  "Mauritius e ashar por agent bolse aro 800 dollar dite hobe work permit renew er jonno, na dile kaj theke bad. "
  "amra to deshei 3 lakh kore diye aisi. ekhon ki korbo, company theke advance niye dibo bolse, pore salary theke katbe")
F("fees_and_debt", "bn-Latn",
  "apa salary card nijer kache rakhe, mash sheshe haate 5000 rupee dey, baki ta naki amar dena theke kate. hisab "
  "chaile bole tor ma re jiggesh kor koto nisilo")
F("fees_and_debt", "bn-Latn",
  "bhai Jordan er visa ta ki 1 lakh 60 e hobe? apa bolse 2 lakh 10 er kome hobe na. 50 hajar advance ekhon, baki ta "
  "oikhane giye salary theke kete nibe 10 mash, kaj chere dile puro ta ekbare dite hobe")
F("fees_and_debt", "en",
  "They say we owe the company for the dormitory bed, uniform, even the airport pickup. First salary slip: 262 JD, "
  "deductions 171 JD. The sister broker says this is normal, everyone pays back in the first year.")
F("fees_and_debt", "en",
  "Madam we are 9 girls from Savar in Irbid. Each one paid 1.5 to 2 lakh taka to Rokeya apa. Now factory is also "
  "cutting 40 JD monthly for 'agency fee'. Is it legal? She says nobody can leave before it is paid full.")

# ---- isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আসার দিনই সুপারভাইজার সবার পাসপোর্ট নিয়া গেছে, কয় অফিসের লকারে থাকবো। চাইলে কয় তোমার পাসপোর্ট দিয়া কী "
  "কাম, দেশে তো যাইতেছো না।")
F("isolation_and_control", "bn",
  "ডরমিটরির গেটে তালা, শুক্রবারেও বাইরে যাইতে দেয় না। রাতে মোবাইল জমা দিতে হয়। আম্মারে কইয়ো আমি ভালো আছি, "
  "এই নম্বরে আর ফোন দিও না, ধরতে পারমু না।")
F("isolation_and_control", "bn",
  "মা, কেউ জিগাইলে কইবা আমি কারখানায় ভালো আছি। আপা কইছে ইউনিয়নের লোক বা সাংবাদিক ফোন দিলে কিছু কওয়া যাইবো না, "
  "কইলে আমারে আর কোনোদিন দেশে আসতে দিবো না।")
F("isolation_and_control", "bn-Latn",
  "ekhane bus e kore factory, factory theke bus e dorm. majhe kothao namte dey na. guard er sathe chara market o jaoa "
  "jay na, list likhe dile ora kine ane, dam o ora bole")
F("isolation_and_control", "bn-Latn",
  "amar phone niye nise, ei ta ek bandhobir phone theke likhsi +962 78 550 1934. ekhane reply dio na, o dekhle "
  "jhamela. ami nijei abar nok dibo jokhon pari",
  [("phone", "+962785501934")])
F("isolation_and_control", "bn-Latn",
  "apa shikhaye dise embassy theke keu ashle bolte hobe passport amra nijer icchay company te jomma rakhsi. onno kisu "
  "bolle naki shobar visa cancel hoye jabe")
F("isolation_and_control", "en",
  "The passports are with HR, they gave us only a photocopy with stamp. Without the original we cannot go to the "
  "embassy or even send money from exchange house. Room is locked from outside after 10pm.")
F("isolation_and_control", "en",
  "pls dont call on this number, they check our phones. write on imo only after 10. my passport no is A03817264 "
  "in case anything happen, give it to union sister",
  [("bd_passport", "A03817264")])

# ---- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "ছুটির কথা কইছিলাম বইলা সুপারভাইজার কয়, বেশি কথা কইলে পুলিশে দিয়া দিমু। পাসপোর্ট তো নাই তোর কাছে, জেলে পইচা "
  "মরবি, কেউ খোঁজও নিবো না।")
F("threats_and_coercion", "bn",
  "রুনা আপা আমার আম্মারে ফোন দিয়া কইছে তোমার মাইয়া যদি কোম্পানি ছাড়ে তাইলে তোমাগো বাড়ির দলিল নিয়া যামু, "
  "চেয়ারম্যানরে দিয়া মামলা দিমু। আম্মা সারারাত কানছে।")
F("threats_and_coercion", "bn-Latn",
  "strike er kotha mukhe anle deport kore dibe bolse manager. ager bar 3 jon ke kono salary chara plane e tule dise, "
  "tader ticket er taka o tader dena te likhe dise")
F("threats_and_coercion", "bn-Latn",
  "kal line chief amar gaye hat tulse, target puron hoy nai bole. chul dhore tene bair kore dise line theke. keu kisu "
  "bole na, bangali supervisor o chup")
F("threats_and_coercion", "bn-Latn",
  "tor video ache amar kache, beshi nakhra korle tor jamai r sosur barite pathay dimu. chupchap kaj kor r mash sheshe "
  "taka pathay de")
F("threats_and_coercion", "en",
  "Sister Nasrin's husband called my father in Kaliakoir from 01736-218459 and said if I complain to the embassy he "
  "will make sure my younger brother gets hurt. Please don't put my name in the report.",
  [("phone", "+8801736218459")])
F("threats_and_coercion", "en",
  "Manager said anyone who goes to the labour ministry will be reported as runaway and police will catch her. Two "
  "girls from Sahab were taken last month, nobody knows where they are now.")

# ---- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৭টা থেকে রাত ১১টা, সপ্তাহে একদিনও ছুটি নাই। রোজার মাসেও একই। শরীর আর চলে না আপা, হাত ফুইলা গেছে।")
F("labour_exploitation", "bn",
  "তিন মাস বেতন দেয় নাই। কয় অর্ডার আসে নাই, কোম্পানির লস। খাওয়া দেয় দিনে একবার, ডাল আর রুটি। দেশে টাকা "
  "পাঠাইতে পারি নাই, বাচ্চার স্কুলের বেতন বাকি।")
F("labour_exploitation", "bn",
  "আমগো ১২ জনরে রাতের বেলা গাড়িতে তুইলা আরেকটা কোম্পানিতে দিয়া দিছে। কাগজে আগের কোম্পানির নামই আছে, নতুন জায়গায় "
  "বেতন কত কেউ জানে না, জিগাইলে কয় আগের মালিক তোমাগো বেইচা দিছে।")
F("labour_exploitation", "bn-Latn",
  "overtime na korle hajira kete dey. ei mash e 120 ghonta overtime korsi, slip e dekhay 40. baki ta kothay gelo keu "
  "bole na, HR e gele dorja theke fer dey")
F("labour_exploitation", "bn-Latn",
  "dyeing section e mask gloves chara kaj, chokh jole, hat e gha. 2 jon oggan hoye porse gotokal. doctor dekhay na, "
  "bole rest nile oi diner taka katbe")
F("labour_exploitation", "bn-Latn",
  "target ghontay 120 piece, na hole raat 2 ta porjonto line e boshe thakte hoy, oi ghontar kono taka nai. chuti "
  "chaile bole deshe chole ja, ticket nijer takay kat")
F("labour_exploitation", "en",
  "we are working 16 hours daily for 2 months, friday also. salary not paid since march. supervisor says factory "
  "will pay after shipment. many girls sick no doctor")
F("labour_exploitation", "en",
  "Mauritius update: 6 of our members were sent from the knitting factory to a fish processing unit near the port. "
  "Same contract, no extra pay, standing in the cold room 12 hrs. Company says they are 'loaned' to a partner.")

# ---- minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৫, কিন্তু আপা কইছে পাসপোর্টে ২১ বানায় দিবো, জন্ম নিবন্ধন নতুন কইরা করাইবো ইউনিয়ন পরিষদ থেকে। "
  "জর্ডানের কারখানায় নাকি ছোট মাইয়ারা তাড়াতাড়ি কাজ শিখে।")
F("minors", "bn",
  "পাশের বাসার মরিয়মের বয়স তেরো চৌদ্দ, উত্তরায় এক আপার বাসায় কাজে দিছে, মাসে ২ হাজার টাকা মায়ের হাতে দেয়। "
  "মাইয়াটা স্কুলে যায় না, ঈদেও বাড়ি আসতে দেয় নাই।")
F("minors", "bn",
  "ওরে বিয়া দিয়া দেও, বিয়ার পর জামাই নিজেই মরিশাস নিয়া যাইবো, ওইখানে ফ্যাক্টরিতে ঢুকায় দিবো। বয়স নিয়া চিন্তা "
  "কইরো না, কাজী সাবরে কইয়া কাবিনে ১৮ লেখায় দিমু।")
F("minors", "bn-Latn",
  "apa bolse meye 16 hoileo somossa nai, onno ekjoner NID diye passport kore dibe, ei number ta 2694817305. chobi "
  "sudhu amar meyer. 15 hajar alada lagbe",
  [("bd_nid", "2694817305")])
F("minors", "bn-Latn",
  "Ashulia theke 14-15 boyosher 3 ta meye nise line helper hishabe, kagoje sobar boyosh 18. supervisor bole buyer er "
  "audit ashle store room e lukay thakte")
F("minors", "en",
  "She is only 14 but looks older. Agent says for Mauritius they will show her as 22 in the passport, school "
  "certificate not needed. Her mother already took 30,000 advance from him.")
F("minors", "en",
  "Need 2 girls for housework in Amman family, age 12-15 preferred, easy to train and they stay long. Send photo only, "
  "all papers we arrange from here.")

# ---- sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "ফ্যাক্টরির ডিউটি শেষে রাতে দুইজন দুইজন কইরা গাড়িতে হোটেলে নিয়া যায়, কয় মেহমানের লগে বসতে হইবো। না গেলে "
  "পরদিন লাইনে কাজ দেয় না, হাজিরা কাইটা দেয়।")
F("sexual_exploitation", "bn",
  "দুবাই হইয়া মরিশাস নেওয়ার কথা, কিন্তু দুবাইতে একটা ফ্ল্যাটে পাঁচ দিন ধইরা রাখছে। কয় বিউটি পার্লারে কাজ, রাতে "
  "লোক আসে। আমারে বাঁচাও আপা।")
F("sexual_exploitation", "bn-Latn",
  "notun maal ashse Bangladeshi 19-20, garments er meye, full night o hobe. booking er jonno tg te nok den "
  "@amman_vip_bd 🌹🌹",
  [("telegram", "@amman_vip_bd")])
F("sexual_exploitation", "bn-Latn",
  "apa bolse parlour e job, massage shikhabe, salary 600 dollar. kintu amar bandhobi ke ager bar oi parlour e "
  "pathaise, o bolse raate customer er room e pathay, na gele mare")
F("sexual_exploitation", "bn-Latn",
  "video call e shudhu kotha bolbi, camera on rakhbi, ja bole tai korbi. ek ghontay 50 dollar, tor bhag 10. na "
  "korle kal theke khabar bondho, bujhli?")
F("sexual_exploitation", "en",
  f"new girls from Dhaka in Sahab, young and shy 🍒 can come to your flat, weekend special. Call or WhatsApp "
  f"+962 79 614 2287, advance only BTC {BTC1}",
  [("phone", "+962796142287"), ("btc_address", BTC1)])
F("sexual_exploitation", "en",
  "My cousin was told the job is receptionist in a hotel in Port Louis. Now she says the manager keeps her passport "
  "and sends her to 'guests' at night, and she has to give all the money to him.")

# ---- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "পাসপোর্ট ফেরত চাইলে ৫০ হাজার টাকা বিকাশে পাঠাইতে কইছে এই নাম্বারে ০১৯১৫৩৮৭২৬৪, টাকা না পাইলে মাইয়ারে "
  "ছাড়বো না কইছে।",
  [("phone", "+8801915387264")])
F("payments_and_proceeds", "bn",
  "আপারে বাকি ৮০ হাজার হুন্ডিতে দিয়া দিছি, জর্ডান থেকে বোনের বেতনের টাকা ওইখানকার এক দোকানদারের কাছে দিছে, এইখানে "
  "আপার লোক নগদ নিয়া গেছে। আপা কইছে ব্যাংকে দিলে ঝামেলা, কাউরে কইয়ো না।")
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 25000 pathaisi apar number e 01632-904518, TrxID 7HK2M9QX4T. bolse ei taka dile amar meyer passport "
  "courier kore pathabe, ekhono kono khobor nai",
  [("phone", "+8801632904518"), ("mfs_transaction", "7HK2M9QX4T")])
F("payments_and_proceeds", "bn-Latn",
  "bkash e 3 bhage pathao, ek number e 25 er beshi na, nahole dhorbe. 01748 220 963, 01890 551 407, 01577 306 218. "
  "reference e likhba 'bazar'",
  [("phone", "+8801748220963"), ("phone", "+8801890551407"), ("phone", "+8801577306218")])
F("payments_and_proceeds", "bn-Latn",
  "meye ke chharte hole 1 lakh 20 hajar lagbe, aj raater moddhe. taka Rocket e dibi 01868-732415-9 e, police e "
  "gele r meye ke dekhbi na",
  [("phone", "+8801868732415")])
F("payments_and_proceeds", "en",
  f"Send the balance in USDT TRC20 only to this address {TRON1}. After confirm I will release the girls' passports "
  f"from the agency office.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Dalal fee for the 6 Mauritius girls received. 4,80,000 by hundi through Mohsin bhai in Port Louis, rest 1,20,000 "
  "by bKash, TrxID BFC71KQ2NA. Send next batch names and passport copies.",
  [("mfs_transaction", "BFC71KQ2NA")])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn",
  "আশুলিয়া থেকে জর্ডানে নারী কর্মী পাচারের অভিযোগে এক নারী দালালকে গ্রেপ্তার করেছে র‍্যাব। তাঁর কাছ থেকে ২৩টি পাসপোর্ট "
  "ও বিভিন্ন রিক্রুটিং এজেন্সির সিল উদ্ধার করা হয়। র‍্যাব জানায়, তিনি 'আপা' পরিচয়ে পোশাককর্মীদের বিদেশে ভালো বেতনের "
  "প্রলোভন দেখাতেন।")
N("news", "en",
  "Mauritius: Labour inspectors found that 40 Bangladeshi workers at a textile firm in Coromandel had their passports "
  "held by management. The company returned the documents after the inspection and was fined, local media reported.")
N("news", "bn-Latn",
  "khobor dekhso? Gazipur e je dalal mohila ta dhora porse, Jordan er nam e 60 jon er kach theke taka nise. police "
  "bolse 1 kotir upore, oder ekjon amader Konabari r meye")
N("news", "en",
  f"DHAKA, Dec 3 - CID arrested four members of a ring that allegedly laundered migrants' remittances through 112 "
  f"mobile financial service accounts and a crypto wallet ({ETH1}), officials said. The group ran a 'digital hundi' "
  f"network serving workers in Jordan and Malaysia.",
  [("eth_address", ETH1)])
N("news", "bn",
  "মানবপাচার প্রতিরোধ ও দমন আইনে করা মামলায় সাভারের এক রিক্রুটিং এজেন্সির মালিককে ১০ বছরের কারাদণ্ড দিয়েছেন "
  "ট্রাইব্যুনাল। ভুক্তভোগী পাঁচ নারীকে মরিশাসে কারখানার কাজের কথা বলে পাঠানো হয়েছিল।")
N("news", "en",
  "Better Work Jordan's annual report says the share of garment factories non-compliant on overtime fell to 38 percent, "
  "and passport retention was found in only two factories this year.")
N("news", "bn",
  "জর্ডানের আল-হাসান শিল্পাঞ্চলের একটি কারখানায় বকেয়া বেতনের দাবিতে কর্মবিরতি পালন করেছেন বাংলাদেশি শ্রমিকেরা। "
  "পরে মালিকপক্ষ দুই মাসের বেতন পরিশোধের আশ্বাস দিলে তাঁরা কাজে ফেরেন।")

# ---- awareness (7)
N("awareness", "bn",
  "বিদেশে গিয়ে কাউকে নিজের পাসপোর্ট রাখতে দেবেন না। মালিক পাসপোর্ট রেখে দিলে দূতাবাসের শ্রম কল্যাণ উইংয়ে জানান। "
  "মনে রাখবেন, পাসপোর্ট আপনার নিজের সম্পদ।")
N("awareness", "bn-Latn",
  "Bon ra, 'apa' hok ba 'khala', taka deyar age agency r license number check koren. Jordan e garments er kaj e "
  "BOESL diye gele khoroch onek kom. dalal er hate nogod taka diben na, receipt chara kichu na.")
N("awareness", "en",
  "Before you fly: keep a photo of your passport, visa and contract on your phone and with your family. If the "
  "employer asks you to sign a new contract on arrival, do not sign. Call the embassy labour wing: +962 6 581 0202.",
  [("phone", "+96265810202")])
N("awareness", "bn",
  "মেয়েকে পার্লার বা হোটেলের চাকরির কথা বলে কেউ বিদেশে নিতে চাইলে সাবধান। লিখিত চুক্তি, বিএমইটি নিবন্ধন আর স্মার্ট "
  "কার্ড ছাড়া বিদেশে যাবেন না। সন্দেহ হলে ০১৭১৩-৩৯৪৫০৭ নম্বরে আমাদের হেল্পডেস্কে ফোন করুন।",
  [("phone", "+8801713394507")])
N("awareness", "bn-Latn",
  "Union meeting shukrobar 3 tay, Zirabo office e. bishoy: Jordan-Mauritius ferot kormider obhijog, passport, "
  "overtime, dena. jara ferot aisen contract r salary slip er copy niye asben.")
N("awareness", "en",
  "Reminder from the migrant help desk: no one has the right to keep your passport or your phone. Recruitment fees "
  "above the government rate are illegal. WhatsApp us anytime wa.me/8801911652830",
  [("whatsapp", "+8801911652830")])
N("awareness", "bn",
  "শিশুদের বিদেশে কাজে পাঠানো আইনত অপরাধ। বয়স বাড়িয়ে পাসপোর্ট করার প্রস্তাব পেলে স্থানীয় ইউপি চেয়ারম্যান বা থানায় "
  "জানান।")

# ---- official (6)
N("official", "en",
  "BOESL Notice: Recruitment of 300 female sewing machine operators for garment factories in Jordan (QIZ). Salary "
  "JOD 260/month + overtime as per Jordanian labour law. Food, accommodation and air ticket borne by employer. "
  "Service charge Tk 22,000 only. No agent or middleman involved. Queries: jordan.garments@boesl.gov.bd",
  [("email", "jordan.garments@boesl.gov.bd")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, আম্মান: জর্ডানে কর্মরত সকল বাংলাদেশি কর্মীর অবগতির জন্য জানানো যাচ্ছে যে ই-পাসপোর্ট নবায়নের "
  "আবেদন এখন থেকে প্রতি রবিবার ও মঙ্গলবার গ্রহণ করা হবে। আবেদনের সাথে পুরাতন পাসপোর্ট ও ওয়ার্ক পারমিটের কপি "
  "জমা দিতে হবে।")
N("official", "bn-Latn",
  "M/S Sonar Bangla Overseas (RL-1487): Mauritius e textile operator 60 jon. betan MUR 18,500 + OT, 3 bochorer "
  "chukti. sorkar nirdharito khoroch chara kono taka lagbe na, shob lenden bank e, receipt deya hobe. jogajog "
  "01715-408362",
  [("phone", "+8801715408362")])
N("official", "en",
  "Your BMET registration for overseas employment is successful. Reg No 2612-0448917. Complete pre-departure "
  "orientation at TTC Gazipur before collecting your smart card.")
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: মরিশাসগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত হারের বেশি "
  "নেওয়া যাবে না। কোনো এজেন্সি বা দালাল বেশি টাকা দাবি করলে জেলা কর্মসংস্থান ও জনশক্তি অফিসে অভিযোগ করুন।")
N("official", "en",
  "Embassy of Bangladesh, Port Louis: workers whose passports are held by employers for work-permit renewal must get "
  "a written receipt. Contact the labour wing: labourwing.portlouis@mofa.gov.bd or +230 5914 2270.",
  [("email", "labourwing.portlouis@mofa.gov.bd"), ("phone", "+23059142270")])

# ---- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01812749063. Ref Ammar oshudh. Fee Tk 0.00. Balance Tk 25,842.50. "
  "TrxID BJK4Q8ZP2M at 04/12/2026 19:42",
  [("phone", "+8801812749063"), ("mfs_transaction", "BJK4Q8ZP2M")])
N("receipt", "en",
  "Cash In Tk 15,000.00 from 01791338204 successful. Fee Tk 0.00. Balance Tk 15,212.00. TrxID BKA7TS1LV9 at "
  "02/12/2026 11:05",
  [("phone", "+8801791338204"), ("mfs_transaction", "BKA7TS1LV9")])
N("receipt", "bn",
  "আপনার নগদ অ্যাকাউন্টে ১০,০০০.০০ টাকা রেমিটেন্স এসেছে। প্রেরক দেশ: জর্ডান। সরকারি প্রণোদনা ২৫০.০০ টাকা। "
  "TxnID: 73RK5WQ1 ব্যালেন্স: ১০,৪১২.৩০ টাকা।",
  [("mfs_transaction", "73RK5WQ1")])
N("receipt", "en",
  "Dear Customer, your A/C XX4417 is credited with BDT 48,620.00 on 01-DEC-26 by Inward Remittance (JORDAN). "
  "Avl Bal BDT 51,204.37. -Sonali Bank")
N("receipt", "en",
  "Send Money Tk 3,500.00 to 01946207381 successful. Ref apa. Fee Tk 5.00. Balance Tk 612.40. TrxID BL29FMX7QE at "
  "05/12/2026 21:17",
  [("phone", "+8801946207381"), ("mfs_transaction", "BL29FMX7QE")])
N("receipt", "en",
  "Tk 2,000.00 received from 01683-550914-2. TxnId: 4419720536. Balance Tk 2,047.00. Dutch-Bangla Rocket",
  [("phone", "+8801683550914"), ("mfs_transaction", "4419720536")])
N("receipt", "en",
  "Payment Tk 1,150.00 to Ashulia Medical Diagnostic successful. Ref passport medical. TrxID BM3D0Q8XHT. "
  "Balance Tk 4,300.00",
  [("mfs_transaction", "BM3D0Q8XHT")])

# ---- family (7)
N("family", "bn",
  "আম্মা, পাসপোর্ট অফিসে আজ আঙুলের ছাপ দিয়া আসছি। ডেলিভারি স্লিপে লেখা ২১ দিন। পাসপোর্ট আসলে বোনরে দিয়া "
  "ফটোকপি কইরা রাখমু।")
N("family", "bn-Latn",
  "abba taka pathaisi 20 hajar, apnar bkash 01925-604318 e. 5 hajar dadir oshudh, baki ta rakhen. amar jonno "
  "chinta koiren na, ekhane shob thik ase, khali thanda onek",
  [("phone", "+8801925604318")])
N("family", "bn",
  "রুমানার শ্বশুরবাড়ি থেকে কইতেছে ওরে মরিশাস পাঠাইবো। ওর বিএমইটি ট্রেনিং শেষ, এজেন্সির কাগজ দেখলাম সরকারি রেটেই। "
  "আমি কইছি চুক্তির একটা কপি আমাগো কাছেও রাখতে।")
N("family", "bn-Latn",
  "bhaiya tomar passport ta kothay rakhso? almari te khuje pailam na. kal visa application e jomma dite hobe, "
  "original lagbe")
N("family", "en",
  "Ammu I reached Amman safely. Company people received us at the airport, 3 of us in one room with AC. Tomorrow "
  "orientation. Will call after getting sim, don't worry.")
N("family", "bn",
  "খালা, আপনার মাইয়ার বিয়ার দাওয়াত পাইছি। জর্ডান থেকে শিলা ছুটিতে আসবো, ওর টিকিট কোম্পানিই দিছে, দুই মাসের ছুটি।")
N("family", "bn-Latn",
  "apa ke bolo amar passport er number A07342915, online e ticket katte lagbe. r NID ta 19958214402367503, "
  "bhul korish na",
  [("bd_passport", "A07342915"), ("bd_nid", "19958214402367503")])

# ---- worker_content (7)
N("worker_content", "bn",
  "জর্ডানে আমার তিন বছর হইলো। পাসপোর্ট নিজের কাছেই, ওভারটাইম করলে আলাদা টাকা পাই, শুক্রবার ছুটি। দেশে ফিরা "
  "একটা টেইলারিং দোকান দিমু ইনশাআল্লাহ।")
N("worker_content", "en",
  "Mauritius is good so far. Dorm is clean, 4 in a room, we cook ourselves. Salary came on time, 19,200 rupees with "
  "OT. Supervisor is from Narayanganj, very helpful.")
N("worker_content", "bn-Latn",
  "ajke Irbid e workers committee r meeting e gesilam, factory te Bangladeshi der committee banaise. manager nijei "
  "aise, bolse kono problem hole direct HR e bolte, bhoy paoar kisu nai")
N("worker_content", "bn-Latn",
  "shobaike Eid mubarak! Sahab dorm theke. amader factory 2 din chuti dise, company biriyani r mishti dise 😍")
N("worker_content", "en",
  "Contract renewed for 2 more years. They returned my passport after visa stamping, I keep it in my own locker. "
  "Salary up to 290 JD now.")
N("worker_content", "bn",
  "আপা, এবারের মাসে ওভারটাইম বেশি ছিল, ৫২ ঘণ্টা। আমিই চাইছিলাম, ঈদের আগে কিছু টাকা বেশি পাঠাইতে চাই। স্লিপে "
  "সব ঠিকঠাক লেখা আছে।")
N("worker_content", "en",
  "Anyone in Dulail want to share taxi to Amman embassy on Saturday? Need to renew my passport, company gave the "
  "leave letter already.")

# ---- joke (4)
N("joke", "bn-Latn",
  "ami o dalal hobo bhabtesi 😂 jamai ke bidesh pathabo, tarpor passport amar kache rakhbo jate r ferot na ashe 🤣")
N("joke", "bn",
  "রাত ১০টার পর মায়ের কাছে মোবাইল জমা দিতে হয়, এইটা বাসা না জেলখানা 😭😂")
N("joke", "en",
  "Boss: can you stay overtime today? Me: sure sir. Also me at 9pm: this is modern slavery 😂😂")
N("joke", "bn-Latn",
  "bou bolse salary card or kache thakbe, amake daily 100 taka haat khoroch. bhai eta ki debt bondage na? 😂")

# ---- chatter (5 hard)
N("chatter", "bn-Latn",
  "Rina apa aj line e ashe nai, shunlam or meye ke dekhte Jordan jabe visit visa te. ticket o kinse, khub khushi")
N("chatter", "en",
  "Anyone know a good agent for Malaysia? Not dalal, a licensed one. My cousin wants to go, he has his passport "
  "already.")
N("chatter", "bn",
  "আজকে সুপারভাইজার কইলো সামনের মাস থেকে হাজিরা বোনাস ৯০০ টাকা। ওভারটাইম রাত ৮টা পর্যন্ত, এর বেশি না।")
N("chatter", "bn-Latn",
  "Telegram e ekta group ache Jordan garments er kormider jonno, @jordan_bd_workers. oikhane salary, chuti, embassy "
  "r notice share kore",
  [("telegram", "@jordan_bd_workers")])
N("chatter", "bn-Latn",
  "amar cousin er boutique page, Mauritius theke kapor ene sell kore: @ruma.closet.mu follow dio 🌸",
  [("instagram", "@ruma.closet.mu")])

# ---- easy negatives (10, hard=False)
N("family", "bn", "আজ রাতে ভাত খাবি না রুটি? বাজার থেকে পেঁয়াজ আনিস।", hard=False)
N("chatter", "bn-Latn", "kal office e ashte deri hobe, bus e onek bhir", hard=False)
N("chatter", "en", "Happy birthday Tania! 🎂 have a great year", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তায় পানি জমছে, জিরাবো মোড়ে রিকশা পাওয়া যাইতেছে না।", hard=False)
N("family", "bn-Latn", "Ammu amar exam er result dise, GPA 4.5 😊", hard=False)
N("chatter", "en", "Meeting moved to 4pm, please bring the attendance sheet.", hard=False)
N("family", "bn", "ছোটটার জ্বর কমছে, আল্লাহর রহমতে। ডাক্তার কইছে তিন দিন ওষুধ চালাইতে।", hard=False)
N("chatter", "bn-Latn", "bhai match dekhso? Bangladesh jitse 😍", hard=False)
N("chatter", "en", "Can you send me the recipe for that shorshe ilish?", hard=False)
N("chatter", "bn", "আপা, কাল সকালে আপনার দোকানে আসমু, ব্লাউজটা রেডি রাইখেন।", hard=False)


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
    random.Random(104).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev104-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
