#!/usr/bin/env python3
"""Blind dev set dev89: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an operator of the national 109 women-and-children helpline who types up
calls, voice notes and forwarded chats from every district (girls kept at home by a relative's employer, women promised
jobs calling from a hotel, children missing after a 'good job' offer, mothers asked for money to free a daughter):
short urgent messages, voice-note transcripts, many spelling mistakes, plain Bengali and Banglish, some English from NGO staff. Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev89.jsonl"
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


BTC1 = btc("dev89-btc-1")
TRON1 = tron("dev89-tron-1")
ETH1 = eth("dev89-eth-1")

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
  "আপা আমারে কইছিল জর্ডানে গার্মেন্টসে কাজ, এখানে আইনা এক বাসায় দিয়া দিছে, বাসার সব কাজ করায়। বেতন কইছিল ৩৫ হাজার এখন কয় ১৫ হাজার তাও ৩ মাস পরে। দালাল রফিক ভাইয়ের নাম্বার ০১৭১৬-৪৪২৯০৮ এখন আর ফোন ধরে না",
  [("phone", "+8801716442908")])
F("recruitment_deception", "bn",
  "দুবাই সুপারশপে মহিলা স্টাফ নেওয়া হবে!! কোন অভিগ্গতা লাগবেনা, ভিসা ফ্রি, খালি টিকেটের টাকা দিবেন। থাকা খাওয়া ফ্রি, বেতন ৭০ থেকে ৯০ হাজার। সিট সীমিত আজকেই নক দিন wa.me/8801845667120",
  [("whatsapp", "+8801845667120")])
F("recruitment_deception", "bn",
  "শোনো ভিজিট ভিসায় যাইবা, ওইখানে যাওয়ার পর আমরা কাজের ভিসা লাগায়া দিমু। ইমিগ্রেশনে কেউ জিগাইলে কইবা খালার বাসায় বেড়াইতে যাইতেছো, কাজের কথা মুখেও আনবা না। এয়ারপোর্টে আমাগো লোক থাকবো",
  [])
F("recruitment_deception", "bn-Latn",
  "vai ami malaysia te asi 2 mash. bolse factory te kaj, ekhon palm bagane pathaise jongoler moddhe. calling visa bole 5 lac nise, kono contract er kagoj dey nai, ekhon bole factory r visa sesh. ki korbo kisu bujhtesi na",
  [])
F("recruitment_deception", "bn-Latn",
  "Apu tomar jonno ekta valo kaj ase Lebanon e, hospital e ayar kaj, beton 40 hajar, duty 8 ghonta. passport ta amar kache dao ami sob kore dibo, khalu khala ke ekhon bolar dorkar nai, flight er por bolbo, oder bolle jete dibe na",
  [])
F("recruitment_deception", "bn-Latn",
  "Saudi te driver er visa bole pathaise amader 4 jon ke, airport e namar por bole chagol uter rakhal, moru te thakte hobe. agent er number +966 55 318 2270 bondho, dhaka office o tala",
  [("phone", "+966553182270")])
F("recruitment_deception", "en",
  "URGENT HIRING!!! Female staff for 5 star hotel Dubai, salary 2000 AED + tips, no experience no interview needed. Visa & ticket company paid, u only pay processing 80k. Age 18-28 only, send full pic. Mr Selim +971 52 604 8817 or telegram @dubai_hotel_jobs_bd",
  [("phone", "+971526048817"), ("telegram", "@dubai_hotel_jobs_bd")])
F("recruitment_deception", "en",
  "sister the contract i signed in Dhaka says cleaner in hospital 1200 riyal. here they gave new paper in arabic and said sign or no food. now i am house maid in sponsor house 800 riyal, nobody explain me anything",
  [])

# fees_and_debt (8)
F("fees_and_debt", "bn",
  "মা ওরা কইতাছে ভিসা লাগাইতে আরো ২ লাখ লাগবো, না দিলে দেশে ফেরত পাঠায়া দিবো। আগেই ৪ লাখ ৮০ দিলাম জমি বন্ধক রাইখা, এখন কই পামু আমি 😭",
  [])
F("fees_and_debt", "bn",
  "কোম্পানি কয় বিমান ভাড়া আর ভিসার খরচ বেতন থেকা কাইটা নিবো, দুই বছর পুরা বেতন পামুনা। মাসে খালি ৫০ রিয়াল হাতে দেয় খাওয়ার জন্য, বাকিটা কয় তোমার দেনা",
  [])
F("fees_and_debt", "bn",
  "কলার (মা, কুড়িগ্রাম): মেয়ে ঢাকায় এক আপার কাছে পার্লারে কাজ নিছিল। এখন আপায় কয় থাকা খাওয়া আর ট্রেনিং এর খরচ ৬০ হাজার টাকা বাকি, শোধ না হওয়া পর্যন্ত মেয়ে বাড়ি আসতে পারবো না",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai amar passport ferot dite 1 lakh chay office theke, bole ami naki visa khoroch er taka baki rakhsi. ami to sob dise dalal ke. passport chara to deshe o jaite parbo na",
  [])
F("fees_and_debt", "bn-Latn",
  "Mama ke bolo interest shoho 3 lakh 60 hajar hoise, proti mashe 20 hajar na pathale amake kaj theke charbe na. ami eikhane oder loan shodh korar jonnoi kaj kortesi, nijer kisu thake na",
  [])
F("fees_and_debt", "bn-Latn",
  "kolkata te dokane kaj dibe bole niye asche, ekhon bole border par korar khoroch 35 hajar ar khawar taka, shodh na kora porjonto jete dibe na. amar kache ek taka o nai apa",
  [])
F("fees_and_debt", "en",
  "They told us job is free but in KL they cut RM 600 every month for levy and housing. After 8 months agent says I still owe RM 4,000. Salary slip show zero balance. How i will send money home",
  [])
F("fees_and_debt", "en",
  "Caller (wife, Brahmanbaria): husband took Tk 6 lakh loan from local dalal for Oman visa. Dalal now wants extra 1.5 lakh 'medical + BMET' else visa cancel and all money lost. Husband still in Dhaka mess waiting 4 months. Dalal no. 01556-203914",
  [("phone", "+8801556203914")])

# payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "আজকের ৬ জন কাস্টমারের টাকা রাতের মধ্যেই নগদে পাঠাবি ০১৮২২৩৪৯৯০১ এ, নিজের কাছে এক টাকাও রাখবি না। পাঠায়া TxnID স্ক্রিনশট দিবি",
  [("phone", "+8801822349901")])
F("payments_and_proceeds", "bn",
  "হুন্ডির লোক আসবো সন্ধ্যায়, মাইয়াগুলার এই মাসের পুরা কালেকশন ওর হাতে দিবা, গুইনা দিবা। দুবাই থেকা বস নিজে হিসাব মিলাইবো, কম হইলে তোমার খবর আছে",
  [])
F("payments_and_proceeds", "bn",
  "ওরা কইল টাকা দিলে মাইয়ারে ছাইড়া দিবো। আমি বিকাশে ৩০ হাজার দিছি, TrxID 8JK4M2PQ7X, এখন আবার ২০ হাজার চায়। মাইয়ার লগে কথা কইতে দেয় না আপা, আমি গরীব মানুষ",
  [("mfs_transaction", "8JK4M2PQ7X")])
F("payments_and_proceeds", "bn-Latn",
  f"Boss bolse ajker collection USDT te pathate ei address e {TRON1} (TRC20). bank ba bkash e jabe na ar. meye gula r hate kono cash dibi na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "apa amader beton company amader hate dey na, supervisor er bkash e jay 01611-478230, uni pore mash e 2000 taka dey baki rakhe bole tomader jomaitesi",
  [("phone", "+8801611478230")])
F("payments_and_proceeds", "en",
  f"send the girls earnings for this week to {BTC1} before sunday. dont use your own bkash again police can check it",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "each client pays 3000, you give 2500 to Madam end of night, 500 is for ur room n food. if short she will cut from tmrw. send to Rocket 01977-115620 n keep the slips",
  [("phone", "+8801977115620")])

# isolation_and_control (8)
F("isolation_and_control", "bn",
  "আপা আমারে ঘর থেইকা বাইর হইতে দেয় না, সকালে দরজায় তালা দিয়া যায় রাতে আসে। আমার ফোন নিয়া গেছে, এইটা পাশের বাসার খালার ফোন দিয়া দিতেছি, কাউরে কইয়েন না প্লিজ",
  [])
F("isolation_and_control", "bn",
  "আসার পর পাসপোর্ট আর ইকামা মালিক রাইখা দিছে, কয় পালায়া যাইবা তাই রাখছি। ৮ মাস হইলো বাড়িতে একবারও কথা কইতে দেয় নাই, আম্মা জানেনা আমি বাইচা আছি কিনা",
  [])
F("isolation_and_control", "bn",
  "[ভয়েস নোট ট্রান্সক্রিপ্ট] ভাই আমরা ১২ জন একটা রুমে থাকি, দরজার বাইরে গার্ড বসা থাকে, দোকানে গেলেও একজন সাথে যায়। মোবাইল রাখতে দেয় না, রাতে জমা দিতে হয়",
  [])
F("isolation_and_control", "bn-Latn",
  "amar phone ta madam niye nise, sudhu shukrobar 5 minute dey ma er sathe kotha bolte, speaker e dite hoy oder samne, bangla o bujhe oder driver",
  [])
F("isolation_and_control", "bn-Latn",
  "karo sathe kotha bolbi na. keu jiggesh korle bolbi tui amar bhagni, beranor jonno aschis. police dekhle dourabi na, chup kore thakbi, ami ja bolbo tai bolbi bujhsos?",
  [])
F("isolation_and_control", "bn-Latn",
  "ami jani na ami kon shohor e apu. gari te kore chokh bendhe niye aise raate, janalay kala kagoj lagano, bahire kichhu dekha jay na. ei number ta ekjon er kach theke chaiya niya msg dilam",
  [])
F("isolation_and_control", "en",
  "mum they took my passport at the airport n said company will keep it. we sleep inside factory, gate locked 9pm to 6am, cant go out even on friday. only can call when supervisor give phone",
  [])
F("isolation_and_control", "en",
  "You are not allowed to contact your family or any Bangladeshi people here. If embassy call you, you say everything fine. Give me your SIM card now, I will keep it",
  [])

# labour_exploitation (8)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেইকা রাত ১টা পর্যন্ত কাজ, কোন ছুটি নাই সপ্তাহে। একবেলা খাবার দেয়, খালি শুকনা রুটি আর ডাল। জ্বর হইলেও কাজ করতে হয় নাইলে বেতন কাটে",
  [])
F("labour_exploitation", "bn",
  "৬ মাস বেতন দেয় নাই কোম্পানি, চাইলে কয় লসে আছে সবুর করো। দেশে এক টাকাও পাঠাইতে পারতেছি না, মা অসুস্থ, এনজিওর কিস্তি বাকি। কাজ কিন্তু ঠিকই করাইতেছে",
  [])
F("labour_exploitation", "bn",
  "কলার (চাচা, সিরাজগঞ্জ): ইটভাটায় পুরা পরিবার নিয়া গেছে সর্দার, কয় আগাম ২০ হাজার শোধ না হওয়া পর্যন্ত ছাড়বো না। দিনে ১৬ ঘণ্টা ইট কাটে, মজুরি কয় হিসাবে জমা হইতেছে",
  [])
F("labour_exploitation", "bn-Latn",
  "ek bashay 3 ta flat, ami ekai sob kori, ranna dhowa, baccha dekha, gari dhowa. raat 2 tay ghumai abar 5 tay uthi. beton chaile bole tomar dalal ke dise",
  [])
F("labour_exploitation", "bn-Latn",
  "jahaj e 14 mash hoye gelo, kono port e namte dey na, beton er kotha bollei captain bole deshe giye ekbare pabe. khabar pani o kom, 3 jon osustho",
  [])
F("labour_exploitation", "bn-Latn",
  "construction site e 50 degree gorome dupur e o kaj koray, pani chaile bole kaj sesh kore khao. gotokal 2 jon oggan hoye gese, hospital e ney nai, room e fele rakhse",
  [])
F("labour_exploitation", "en",
  "Dear sir i am working in Riyadh house 18 hours daily, no off day 11 months. Salary they paid only 3 months. Food is what left from family plate. please help me go home",
  [])
F("labour_exploitation", "en",
  "factory in Johor, we do 2 shifts back to back, sometimes 24 hrs, overtime no pay. if we complain supervisor cut 3 days salary. 40 of us same problem",
  [])

# threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "বেশি কথা কইলে তোর নামে চুরির মামলা দিমু, পুলিশ আইসা ধইরা জেলে ভরবো, জীবনেও আর দেশে যাইতে পারবি না। চুপচাপ কাজ কর",
  [])
F("threats_and_coercion", "bn",
  "তোর বাপ মায় কই থাকে আমরা ভালো কইরাই জানি। পালানোর চিন্তা করলে তোর ছোট বইনের খবর আছে, মনে রাখিস",
  [])
F("threats_and_coercion", "bn",
  "[ভয়েস] আপা কাল রাতে মালিকের বউ গরম খুন্তি দিয়া হাতে ছ্যাকা দিছে, কইছে আবার ফোন ধরতে দেখলে মাইরা ফালায়া ড্রেনে ফালায়া দিবো। আমার খুব ডর লাগে",
  [])
F("threats_and_coercion", "bn-Latn",
  "tui jodi kaj chere jas amra huroob kore dibo, tokhon police dhorbe, jail e pochbi, passport o pabi na kono din. valoy valoy kaj kor",
  [])
F("threats_and_coercion", "bn-Latn",
  "tomar video ase amar kache bhule jaio na. jodi kotha na shono tomar gramer sobar kache pathabo, tomar abba r inbox e o dibo, facebook e chere dibo",
  [])
F("threats_and_coercion", "en",
  "listen, if u go to the embassy u will be deported and blacklisted, and ur family will pay back full 5 lakh with interest. think before doing anything stupid",
  [])
F("threats_and_coercion", "en",
  "They beat Rahim yesterday in front of all of us because he asked for his salary. Supervisor said next one who asks will go home in a box.",
  [])

# sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "আপা পার্লারের কাজ কইয়া আনছে, এখন রাইতে হোটেলে পাঠায় বিভিন্ন লোকের কাছে। না গেলে খাইতে দেয় না। আমি কক্সবাজারের একটা হোটেলে ৩০৪ নাম্বার রুমে, নাম জানিনা",
  [])
F("sexual_exploitation", "bn",
  "নতুন মেয়ে আসছে গ্রাম থেকা, একদম ফ্রেশ। সারা রাত ৮ হাজার, ঘন্টা ২৫০০। আগে ভিডিও কলে দেইখা নিতে পারবেন, লোকেশন উত্তরা ১১",
  [])
F("sexual_exploitation", "bn",
  "দুবাইয়ের রেস্টুরেন্টে কাজ দিবো কইছিল, এখন কয় ডান্স বারে নাচতে হইবো আর কাস্টমার চাইলে রুমে যাইতে হইবো, নইলে দেনা শোধ হইবো না",
  [])
F("sexual_exploitation", "bn-Latn",
  "madam bolse aj raate 4 ta client, kono protection er kotha bolba na, tip pele amake dite hobe. ami r parchi na apu shorir e jor nai",
  [])
F("sexual_exploitation", "bn-Latn",
  "Fresh BD girls available Gulshan Banani, hotel & home service, 100% safe n secret. notun meye gram theke asche, onek shy 😉 DM insta @gulshan_nightqueen",
  [("instagram", "@gulshan_nightqueen")])
F("sexual_exploitation", "en",
  "Massage spa job in Kuala Lumpur for pretty girls. 'Extra service' gives more money, company will teach you. Passport keep with boss for safety. Apply t.me/kl_spa_recruit",
  [("telegram", "@kl_spa_recruit")])
F("sexual_exploitation", "en",
  "Survivor (19, Jashore) says she was taken across border to a flat in Mumbai, made to see 10-12 men a day, the 'aunty' kept all money. Number she remembers: +91 98302 44718",
  [("phone", "+919830244718")])

# minors (7)
F("minors", "bn",
  "আমার ১৩ বছরের মাইয়ারে খালার মাধ্যমে ঢাকায় বাসার কাজে দিছিলাম। দুই বছর হইলো দেখা করতে দেয় না, ফোনেও কথা কইতে দেয় না, বেতনের টাকাও খালায় নেয়",
  [])
F("minors", "bn",
  "আমার ১৫ বছরের পোলাটা একটা লোকের লগে গেছে, কইছিল মালয়েশিয়ায় ভালো কাজ। বয়স বাড়ায়া পাসপোর্ট করছে, পাসপোর্ট নং EF0456123। আজ ১০ দিন কোন খবর নাই",
  [("bd_passport", "EF0456123")])
F("minors", "bn",
  "মাইয়াটার বয়স ১৪, জন্মনিবন্ধন বদলায়া ১৯ করছে ঘটক। দুবাইওয়ালা জামাইয়ের সাথে কাবিন কইরা বিদেশ নিয়া যাইবো কয়, ছেলের বয়স ৪৫",
  [])
F("minors", "bn-Latn",
  "boss bolse 16 bochorer niche hole aro bhalo, client ra beshi dey. oke make up kore 20 bolbi keu jiggesh korle, id card lagbe na",
  [])
F("minors", "bn-Latn",
  "amar bhatija 12 bochor, pasher gramer ek lok niye gese hotel e kaj dibe bole. ekhon shuni kolkata te, keu bolte pare na kothay, lok tar phone bondho",
  [])
F("minors", "en",
  "Need 10 boys age 10 to 14 for farm and shop work in Gulf. Parents get 20k advance, we manage all papers and age. Call 01309-556741",
  [("phone", "+8801309556741")])
F("minors", "en",
  "Helpline note: 11 yr old domestic help in Mohammadpur, employer's wife burns her with iron, not allowed school or outside. Uncle placed her for Tk 3000/month which he collects himself. Caller is neighbour",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "লিবিয়া হয়ে ইতালি যাওয়ার পথে নৌকাডুবি: মাদারীপুরের ৭ যুবক নিখোঁজ। পরিবারের অভিযোগ, দালাল চক্র জনপ্রতি ১২ থেকে ১৫ লাখ টাকা নিয়েছিল।")
N("news", "bn",
  "মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার, যশোর সীমান্ত থেকে ৫ নারী ও ২ শিশু উদ্ধার: র‍্যাব। উদ্ধারকৃতদের ভারতে পাচারের উদ্দেশ্যে চাকরির প্রলোভন দেখানো হয়েছিল বলে জানিয়েছে বাহিনীটি।")
N("news", "en",
  "Malaysia labour market: BMET says around 18,000 workers who missed the flight deadline will get refund of recruitment fees, agencies given 30 days to pay back.")
N("news", "bn-Latn",
  "Forward kora news: gotomash e Saudi theke 312 jon nari gorihokormi ferot esechen, onekei nirjaton ar beton na pawar obhijog korechen, bolche BRAC Migration Program.")
N("news", "en",
  "Court sentences Dhaka recruiting agent to life in prison for sending women to Dubai dance bars with fake job offers, two associates get 10 years.")
N("news", "bn",
  "ওমানে বাংলাদেশি শ্রমিকদের ভিসা নবায়ন ফি কমানো হয়েছে, দূতাবাসের নতুন নির্দেশনা অনুযায়ী পাসপোর্ট নিজের কাছেই রাখতে পারবেন কর্মীরা।")
# awareness
N("awareness", "bn",
  "সতর্কতা‼️ বিদেশে চাকরির কথা বলে কেউ পাসপোর্ট জমা চাইলে বা অগ্রিম টাকা চাইলে আগে যাচাই করুন। এজেন্সির লাইসেন্স নম্বর বিএমইটির সাইটে মিলিয়ে নিন। সন্দেহ হলে ১০৯ বা ৯৯৯ এ কল দিন, কল ফ্রি।")
N("awareness", "bn-Latn",
  "Share koren sobai!! Facebook e 'Dubai hotel e meye lagbe beton 80 hajar, ticket free' emon post dekhle reply diben na, inbox e jaben na. eta pachar chokro. nijer bon meye ke sotorko korun 🙏🙏")
N("awareness", "en",
  "Safe migration session at Union Parishad hall, Thursday 10am. Topics: checking agency licence on BMET site, written contract, never hand your passport to a dalal, hotline numbers. Contact Shapla (migrant resource centre) 01713-208845",
  [("phone", "+8801713208845")])
N("awareness", "bn",
  "বাল্যবিবাহ প্রতিরোধে উঠান বৈঠক আজ বিকাল ৩টায়, প্রাইমারি স্কুল মাঠে। ১৮ বছরের আগে মেয়ের বিয়ে নয়, ২১ এর আগে ছেলের নয়। কেউ জোর করলে ১০৯ এ ফোন দিন।")
N("awareness", "bn-Latn",
  "Apnar sontan ke keu bhalo chakrir lobh dekhale age thana ba UNO office e janan. Nikhoj hole deri na kore 999 e call korun, chobi soho GD korun. -- Tala thana community policing forum")
N("awareness", "en",
  "Reminder from Upazila Counter Trafficking Committee: employers keeping workers passports is illegal. If someone you know is in trouble abroad ask them to contact the embassy labour wing, email labourwing.riyadh@mofa.gov.bd",
  [("email", "labourwing.riyadh@mofa.gov.bd")])
# official
N("official", "bn",
  "মেসার্স আল-আমিন ওভারসিজ (আরএল-১৪৫৭): সৌদি আরবে হাসপাতাল ক্লিনার পদে ৫০ জন মহিলা কর্মী নিয়োগ। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির। অভিবাসন ব্যয় সরকার নির্ধারিত, ব্যাংকের মাধ্যমে জমা। বিএমইটি স্মার্ট কার্ড ও ৩০ দিনের প্রশিক্ষণ বাধ্যতামূলক। যোগাযোগ: ০২-৯৩৪৫৬৭৮",
  [("phone", "+88029345678")])
N("official", "en",
  "BMET notice: Workers going to Malaysia must do medical and biometric only at listed centres. Do not pay any amount above the government fixed migration cost of Tk 78,990. Keep money receipt from agency.")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: Applicant MD KAMAL HOSSAIN, passport no A03417759, your e-passport is ready. Collect from consular section Sun-Thu 9am-2pm with old passport and iqama copy.",
  [("bd_passport", "A03417759")])
N("official", "bn-Latn",
  "Green Line Overseas (RL-2209) theke janano jachhe, Japan TITP program e 20 jon er interview 15 tarikh. Japanese N4 certificate lagbe. Kono dalal er maddhome taka diben na, sob fee bank e jama hobe. Info: 01819-334502",
  [("phone", "+8801819334502")])
N("official", "bn",
  "জাতীয় পরিচয়পত্র সংশোধন: আবেদনকারী শাহানা বেগম, এনআইডি নং ১৯৯২৪৫১৭৬৩২০১৮৭৪৫, আপনার আবেদন অনুমোদিত হয়েছে। নতুন কার্ড উপজেলা নির্বাচন অফিস থেকে সংগ্রহ করুন।",
  [("bd_nid", "19924517632018745")])
N("official", "en",
  "Probashi Kallyan Bank: Migration loan up to Tk 3 lakh at 9% simple interest for workers with BMET clearance card. Repay in 24 installments from abroad. No middleman, apply at nearest branch.")
# receipt
N("receipt", "en",
  "You have received Tk 15,000.00 from 01712660493. Ref ammu. Fee Tk 0.00. Balance Tk 15,312.40. TrxID BHK7Q2L9ZD at 04/12/2026 19:22",
  [("phone", "+8801712660493"), ("mfs_transaction", "BHK7Q2L9ZD")])
N("receipt", "en",
  "Cash Out Tk 5,000.00 to 01911228374 successful. Fee Tk 92.50. Balance Tk 1,420.10. TrxID CA81MPQ4XT at 05/12/2026 11:07",
  [("phone", "+8801911228374"), ("mfs_transaction", "CA81MPQ4XT")])
N("receipt", "bn",
  "আপনার নগদ অ্যাকাউন্টে সৌদি আরব থেকে ৳২০,০০০ রেমিট্যান্স এসেছে, সাথে ২.৫% প্রণোদনা ৳৫০০। TxnID: 7N3K9QXA ব্যালেন্স: ৳২১,১৪০",
  [("mfs_transaction", "7N3K9QXA")])
N("receipt", "en",
  "Dear Customer, your A/C ****4471 is credited with BDT 48,250.00 on 03-DEC-26 by inward remittance (Western Union, Kuwait). Current balance BDT 61,904.33. -Islami Bank")
N("receipt", "bn-Latn",
  "Rocket: Tk 2,500 Send Money to 01845209716 successful. TxnId: 4827136509. Ref: Mim tuition. Thank you for using Rocket",
  [("phone", "+8801845209716"), ("mfs_transaction", "4827136509")])
N("receipt", "bn",
  "বিকাশ: আপনি ৳৭,০০০ পেমেন্ট করেছেন মার্চেন্ট 'গালফ মেডিকেল সেন্টার' (০১৭০০৫০০৬০০) এ, রেফ: বিদেশগামী মেডিকেল ফি। TrxID 9BX4LM2KQW",
  [("phone", "+8801700500600"), ("mfs_transaction", "9BX4LM2KQW")])
# family
N("family", "bn",
  "আব্বা পাসপোর্ট হাতে পাইছি আলহামদুলিল্লাহ। মামার দালালের মাধ্যমে যাই নাই, নিজেই বিএমইটিতে রেজিস্ট্রেশন করছি, এজেন্সির লাইসেন্সও চেক করছি। সামনের মাসে ফ্লাইট ইনশাআল্লাহ")
N("family", "bn-Latn",
  "Ammu tomar bkash e 20 hajar pathaisi, 10 hajar NGO r kisti dio, baki ta Mim er school fees. Ar oke bolo raat e beshi phone na chalaite 😂")
N("family", "bn-Latn",
  "Apa, Riya r biyer jonno cheler family bolse kono joutuk lagbe na, amra khushi hoye ja dei. Chele Qatar e engineer, biyer por Riya ke niye jabe family visa te, sob kagoj legal")
N("family", "en",
  "bhaiya the agency in Paltan gave receipt for 1.5 lakh, contract copy also attested by BMET. Flight to Jeddah 12th. Passport is with me only dont worry, tell ammu")
N("family", "bn",
  "খালা তানিয়ারে ঢাকায় নিয়া আসতেছি হোস্টেলে, নার্সিং এ ভর্তি হইলো। মাইয়ারে নিয়া টেনশন কইরেন না, হোস্টেলের গেট ৯টায় বন্ধ হয়, প্রতি শুক্রবার ভিডিও কল দিবো")
N("family", "bn-Latn",
  "bhai amar loan er kisti ta ei mash dite parbo na, Dubai te company salary dite 1 week deri korbe bolse eid er jonno, next week e dibo inshallah, abba ke bolo na tension korbe")
# worker_content
N("worker_content", "bn",
  "আলহামদুলিল্লাহ কাতারে ২ বছর হইলো, কোম্পানি ভালো, ওভারটাইম করলে টাকা দেয়, শুক্রবার ছুটি। এইবার ঈদে বাড়ি যামু, টিকেট কোম্পানি দিবো")
N("worker_content", "bn-Latn",
  "eto gorom bhai, 48 degree, tobe dupur 12 ta theke 3 ta kaj bondho thake niyom e. khawa dawa nije ranna kori, sobai mile bazar kori, valoi asi")
N("worker_content", "en",
  "boss is strict but salary comes on 1st every month to my bank. night shift is boring lol. saving for sisters wedding, 6 more months")
N("worker_content", "bn-Latn",
  "madam bhalo, ghorer sob kaj korte hoy tobe shukrobar chuti dey, phone amar kachei thake, ma er sathe roj kotha boli. beton 1000 riyal time moto dey")
N("worker_content", "bn",
  "সুপারভাইজারটা খুব খিটখিটা, একটু দেরি হইলেই বকা দেয়। তাও বেতন টাইমে দেয়, কষ্ট কইরা আর দুই বছর থাকুম তারপর দেশে দোকান দিমু")
N("worker_content", "en",
  "my passport is with me, iqama renewed last week, company paid the fees. only problem room AC broken 3 days, complained to camp boss, he said tmrw")
# joke
N("joke", "bn-Latn",
  "bou bolse amar passport o tar kache thakbe jate ami bondhu der sathe Cox's Bazar jete na pari 😂😂 eta ki manob pachar na ki?")
N("joke", "bn",
  "অফিসের বস আমারে ১২ ঘণ্টা খাটায়, বেতন দেয় মাসের ২০ তারিখে, এইটাই আধুনিক দাসপ্রথা 😭😂 #কর্পোরেট_জীবন")
N("joke", "en",
  "my mom took my phone after 10pm and locked the gate, i am being held hostage at home lol send help 🤣")
N("joke", "bn-Latn",
  "Dalal vai bolse Canada pathabe 2 lakh e, ami bollam vai ami to Mymensingh jaite o bhoy pai bus e 🤣")
N("joke", "bn",
  "শ্বশুরবাড়িতে রান্না, ধোয়ামোছা, বাচ্চা সামলানো সব আমার, বেতন শূন্য টাকা, ছুটি নাই। কাজের লোকের চাকরিটাও এর চাইতে ভালো 😅")
N("joke", "en",
  "little brother sold my cricket bat for 500 taka on bKash and said 'its business bhai' 😂 at least he sent me the receipt")
# chatter
N("chatter", "bn-Latn",
  "Bondhu tor cousin ki ekhono Malaysia agency te kaj kore? amar chachato bhai jabe, legal vabe, license number ache kina dekhte hobe age")
N("chatter", "bn",
  "আজকে থানায় গেছিলাম পাসপোর্ট ভেরিফিকেশনের জন্য, এসআই সাহেব খুব ভদ্র, কোন টাকা চায় নাই 😊 দুই সপ্তাহে পাসপোর্ট দিবে বলছে")
N("chatter", "en",
  "anyone know a good girls hostel near Farmgate? my cousin starting job at a garments buying house next month, needs safe place with gate timing")
N("chatter", "bn-Latn",
  "Hotel e pouchai gechi apu, kal sokal 9 tay interview, company room dise HR er maddhome. Receipt o dise. Ma ke bolo tension na nite, interview er por call dibo")
N("chatter", "bn",
  "ভাই টেলিগ্রামে @bd_crypto_signals নামে গ্রুপটা কি আসল? সবাই বলে লাভ হয়, আমার ভয় লাগে টাকা দিতে",
  [("telegram", "@bd_crypto_signals")])
N("chatter", "en",
  "girls night out friday? Dhanmondi then sleepover at Nabila's. bring ur own money this time 😂")

# ---------------------------------------------------------------- easy negatives
N("news", "bn", "আজ রাজধানীর তাপমাত্রা ১২ ডিগ্রি, শৈত্যপ্রবাহ চলবে আরও দুই দিন: আবহাওয়া অফিস", hard=False)
N("news", "en", "Bangladesh beat Zimbabwe by 6 wickets in the 2nd ODI, series levelled 1-1.", hard=False)
N("chatter", "bn-Latn", "vai kal class hobe? sir group e ki bolse kisu dekhlam na", hard=False)
N("chatter", "bn", "আম্মু আজ ইলিশ রান্না করছে, তাড়াতাড়ি বাসায় আসো", hard=False)
N("family", "bn-Latn", "Abbu medicine niye ashben, pressure er ta shesh hoye gese", hard=False)
N("family", "en", "happy birthday Nanu!! love you so much ❤️🎂", hard=False)
N("joke", "bn-Latn", "teacher: homework koi? ami: sir wifi chilo na. teacher: khatay likhte wifi lage? 😂", hard=False)
N("receipt", "en", "Your recharge of Tk 99 is successful. Internet 5GB valid for 7 days. Thank you.", hard=False)
N("official", "en", "Dhaka WASA: water supply will remain off Saturday 9am-3pm in Mirpur 10 area for pipeline maintenance.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার করুন, দিনেও মশারি ব্যবহার করুন", hard=False)
N("worker_content", "bn-Latn", "aj office e pizza party chilo, boss treat dise 🍕 kal theke abar deadline er chap", hard=False)
N("chatter", "en", "traffic at Mohakhali flyover is terrible, will be 30 min late sorry", hard=False)


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
    random.Random(89).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev89-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
