#!/usr/bin/env python3
"""Blind dev set dev50: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a migrant-rights caseworker in London and Rome on UK care-worker visas (certificates of sponsorship sold) and Europe's seasonal-work schemes (Italy's nulla osta, Greek and Portuguese farms). Held out from round 8 of issue 15 and scored
only in aggregate: at its start, after the lead's first precision pass, and at its end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev50.jsonl: 120 hand-written items (60 flag, 60 ok) for evidtriage.

Persona: caseworker (London/Rome) for Bangladeshi workers on UK care visas and EU seasonal schemes.
All names, numbers, handles and addresses are invented. Crypto addresses are generated from seeds.
"""
import hashlib
import json
import random
from collections import Counter

OUT = "eval/dev/dev50.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def seed20(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


BTC = b58check(0x00, seed20("dev50-btc-1"))
TRON = b58check(0x41, seed20("dev50-tron-1"))
ETH = "0x" + hashlib.sha256(b"dev50-eth-1").hexdigest()[:40]


def P(v):
    return {"type": "phone", "value": v}


def W(v):
    return {"type": "whatsapp", "value": v}


def E(t, v):
    return {"type": t, "value": v}


F = "flag"
items = []


def add(text, label, category, script, voice, hard, entities=()):
    items.append({"text": text, "label": label, "category": category, "script": script,
                  "voice": voice, "hard": hard, "entities": list(entities)})


def flag(cat, script, text, entities=()):
    add(text, "flag", cat, script, "victim_or_recruiter", True, entities)


def ok(voice, script, text, entities=(), hard=True):
    add(text, "ok", None, script, voice, hard, entities)


# ---------------------------------------------------------------- flag items
c = "recruitment_deception"
flag(c, "bn", "লন্ডনের কেয়ার হোমে সরাসরি স্পন্সর, সপ্তাহে ৪০ ঘন্টা গ্যারান্টি, মাসে ২২০০ পাউন্ড। IELTS নাই? সমস্যা নাই সার্টিফিকেট আমরাই বানায়া দিমু, অভিজ্ঞতার লেটারও। সিট মাত্র ৫টা, wa.me/8801755123987 এ নক দেন",
     [W("+8801755123987")])
flag(c, "bn", "আম্মা এখানে আইসা দেখি কেয়ার হোম বলে কিছু নাই। যে ঠিকানা দিছিল ঐটা একটা বন্ধ দোকান। কনসালটেন্সির ভাই ফোন ধরে না, এখন একটা কার ওয়াশে লাগাইছে দিনে ৪০ পাউন্ড")
flag(c, "bn", "বাবা ইতালির যে কাগজ দিছলা অউ নুল্লা অস্তা ইটা বুলে নকল, অফিসো গেছলাম তারা কইছে ইটার কুনু রেকর্ড নাই। মালিকর নামও মিলে না। হুদাই আইলাম")
flag(c, "bn-Latn", "CoS ready ache 3 ta, direct sponsor UK care home. kono interview nai english lagbe na, visa 100% gurantee. bou bacca shoho jaite parben. beton 2500 pound+ . call/whatsapp 01712-345678",
     [P("+8801712345678")])
flag(c, "bn-Latn", "bhai amare sylhet er consultancy bolse greece e hotel e room service er kaj. ekhane aisha dekhi strawberry khete rakhse 40 jon ek tent e. hotel er kotha keu jane na, boss hashe")
flag(c, "bn-Latn", "Portugal farm visa, 6 mash por TRC, tarpor Europe er jekono desh. bank statement, experience letter, police clearence sob amra banai dibo apnar kichu kora lagbe na. Italy te amader lok ache +39 351 448 2290",
     [P("+393514482290")])
flag(c, "en", "URGENT!! UK Skilled Worker visa for carers. Licensed sponsor care home Manchester. No IELTS no experience, 37.5 hrs guaranteed, dependants allowed, processing 3-4 weeks only. WhatsApp wa.me/447911234567 or mail ukcarejobs.cos@gmail.com",
     [W("+447911234567"), E("email", "ukcarejobs.cos@gmail.com")])
flag(c, "en", "they told me i'd be senior carer in a nursing home in kent. the home doesnt exist, the cos number belongs to someone else. sponsor name on my visa is a cleaning company i never heard of and they want me to start monday")

c = "fees_and_debt"
flag(c, "bn", "সিওএস এর জন্য ১৮ লাখ লাগবে ভাই। অর্ধেক এখন বাকিটা ভিসা হইলে। জমি বন্ধক দিয়েন সমস্যা নাই, ওইখানে গিয়া ৬ মাসে উঠায়া ফেলবেন")
flag(c, "bn", "মা, বস কইছে যাওয়ার খরচ থাকার খরচ সব মিলায়া আমার কাছে ৪ হাজার ইউরো পায়। প্রতি মাসে বেতন থেইকা কাটবো, যতদিন শোধ না হয় অন্য কোথাও যাইতে পারুম না")
flag(c, "bn", "কেয়ার হোমের মালিক বলতেছে আমার ভিসার খরচ £৮০০০ তারে ফেরত দিতে হবে নাইলে কন্ট্রাক্ট বাতিল। প্রতি সপ্তাহে ২০০ পাউন্ড কাইটা রাখে, কোনো কাগজ দেয় না")
flag(c, "bn-Latn", "abba ekhane aisha bolse arek 2 lakh lagbe permit er jonno, na dile kaj nai. ami ki korbo bujhtesi na, agerta r sud o baki")
flag(c, "bn-Latn", "hes tokka ami ditam hariyen na. sponsor hete kaiche hotta mash beton hoite 300 pound kati raikhbo 'debt' koi. contract e eida likha nai, kaile kaiche tui sign korsos")
flag(c, "en", "Bed is 250 euro a month, the van to the field 5 a day, and the boss keeps a notebook of what we 'owe' him for the flight. After 3 months I owe more than when I came.")
flag(c, "en", "Nulla osta seasonal agriculture Italy. Package 14 lakh. 5 lakh advance now for file opening (non refundable), rest when paper comes. Serious person only. Pay to our officer personal bkash +880 1819-456123",
     [P("+8801819456123")])
flag(c, "en", "My cousin paid £17,000 to the agent for the CoS, now the employer says he must repay another £5,000 'training fee' from his wages or they cancel his sponsorship")

c = "payments_and_proceeds"
flag(c, "bn", "ফাইল চার্জের ৫০ হাজার এই নাম্বারে বিকাশ করেন ০১৭৯৮৪৫৬১২৩ (পার্সোনাল)। রেফারেন্সে কোম্পানির নাম লিখবেন না, শুধু \"family\" লিখবেন। এরপর স্ক্রিনশট দিবেন",
     [P("+8801798456123")])
flag(c, "bn", "বাকি ৮ লাখ লন্ডনে আমাদের লোকের হাতে পাউন্ডে দিবেন, দেশে আমার ভাই নগদে বুইঝা নিবো। ব্যাংকে দেওয়ার দরকার নাই, কাগজে কিছু থাকবো না, রেটও ভালো")
flag(c, "bn-Latn", "baki 6 lakh 3 bhage pathan, ek number e 2 lakh er beshi dile bikash atke jay. 01611-223344, 01922334455 ar nagad 01533 445566. trx id gula amake inbox e diben",
     [P("+8801611223344"), P("+8801922334455"), P("+8801533445566")])
flag(c, "bn-Latn", f"crypto te dile aro shubidha, USDT TRC20 e 2000 pathai den ei address e {TRON} . confirm hoile CoS letter 2 diner moddhe mail e chole ashbe")
flag(c, "bn-Latn", "protek mash e salary dhukle boss er bhai amar card niye ATM theke tule ney, amar hate dey 200 euro. baki ta naki 'company account' e jay, card ta o amar kache thake na")
flag(c, "en", f"Send the £4,500 deposit to this wallet not the company account: BTC {BTC} or ETH {ETH}. Once it confirms we release the CoS. If the bank asks, it is a family gift.")
flag(c, "en", "whatever the girls make you count in front of Rana bhai on sunday, he sends it to Dhaka through the hundi man in Whitechapel. nothing goes in anyone's own bank")

c = "isolation_and_control"
flag(c, "bn", "ফোনটা বস নিয়া নিছে, সপ্তাহে একবার ১০ মিনিট দেয় বাড়িতে কথা বলার জন্য, পাশে খাড়ায়া থাকে। এইটা এক ভাইয়ের ফোন দিয়া লুকায়া লিখতেছি, রিপ্লাই দিও না")
flag(c, "bn", "আমাদের পাসপোর্ট আর রেসিডেন্স কার্ড মালিকের আলমারিতে তালা মারা। খামারের বাইরে যাইতে দেয় না, শহরে গেলে ওর গাড়িতে ওর লোকের সাথে। আমারটা A03318472",
     [E("bd_passport", "A03318472")])
flag(c, "bn-Latn", "amader k bahire jete dey na, rate dorja lock kore dey baire theke. bole italy r police dekhle dhore niye jabe tai bhitore thakai bhalo")
flag(c, "bn-Latn", "bhaisab kauke kiso koiyo na. manager koise kuno union or lawyer or logi kotha koile ami shesh. amar passport o tar kase, kam o jaiba")
flag(c, "en", "We live above the care home, manager holds our passports and BRPs 'for safekeeping'. Need his ok even to go to the shop and he goes through our phones every night")
flag(c, "en", "dont call me on this number again. they read everything. ill msg when Kamal bhai goes out")
flag(c, "en", "The boss drives us farm to house, house to farm. Nobody speaks greek, he took the papers day one and says he keeps them till the season is over")

c = "labour_exploitation"
flag(c, "bn", "তিন মাস ধইরা বেতন দেয় না, খালি কয় সামনের মাসে। দিনে ১৪ ঘন্টা স্ট্রবেরি তুলি, ছুটি নাই একদিনও")
flag(c, "bn", "কাগজে আমি কেয়ার হোমে ফুল টাইম কিন্তু আসলে সপ্তাহে ৮-১০ ঘন্টা দেয়। বাকি সময় মালিকের রেস্টুরেন্টে কাজ করায়, কোনো টাকা ছাড়া")
flag(c, "bn", "রাতে এক কন্টেইনারে ১২ জন ঘুমাই, পানি নাই, খাওন একবেলা। মাস শেষে হাতে দেয় ৩০০ ইউরো, কইছিল ১২০০")
flag(c, "bn-Latn", "payslip e dekhay 37 ghonta er baton, kintu account e dhukar por manager bole cash e ferot dite. protek week 150 pound ferot dei, na dile hours kete dey")
flag(c, "bn-Latn", "shokal 5 ta theke rat 9 ta khete, lunch 15 minit. osukh hoile o kaj, na korle oi diner taka kete ney. pani o kine khaite hoy")
flag(c, "bn-Latn", "bon re eije 4 mash, ekta cent o pai nai. boss koy season shesh e eksathe dibo. chaira jaite chaile koy tahole kichui paibi na")
flag(c, "en", "Double shifts 7 days, 84 hrs on the rota but paid for 40. When I asked about holiday pay they said visa workers don't get holiday")
flag(c, "en", "mate they make us sleep in the barn with the tools. 2 toilets for 60 ppl. 25 euro a day for 11 hours, minus bed and food")

c = "threats_and_coercion"
flag(c, "bn", "মালিক কইছে বেশি কমপ্লেইন করলে হোম অফিসে রিপোর্ট কইরা দিবো, ভিসা বাতিল, এক সপ্তাহের মধ্যে দেশে")
flag(c, "bn", "আপনার পোলা যদি কাজ ফালায়া পালায়, দেশে আপনাদের বাড়িতে আমার লোক যাইবো। টাকা ফেরত না দিলে মামলা আর অন্য কিছু দুইটাই হইবো, বুইঝা নিয়েন")
flag(c, "bn-Latn", "sponsor bolse beshi kotha bolle tor CoS withdraw kore dibo, 60 din er moddhe desh e jaite hobe, tokhon 18 lakh o jabe")
flag(c, "bn-Latn", "boss er bhai gotokal rakib ke marse, karon se taka chaisilo. amra sobai voy e asi keu kichu boltesi na")
flag(c, "bn-Latn", "tui jodi falai zas tor bari ot amar manush zaibo. tor ma baf re hoi dis, ami kintu gram ot sobar nam jani")
flag(c, "en", "If you talk to that union woman again I tell immigration you been doing cash jobs. You'll be on a plane and your family still owes me.")
flag(c, "en", "He pushed Sohel against the wall and said next time its the knife. We cant go to police, our papers are with him")
flag(c, "en", "You signed for 2 years. Leave before that and I report you absconding to the Home Office. Think about your brother's visa also.")

c = "sexual_exploitation"
flag(c, "bn", "লন্ডনে ঘরের কাজের কথা বইলা আনছে, এখন রাতে মেহমান আনে আর আমারে ঐ ঘরে পাঠায়। না করলে বলে দেশে সবাইরে ছবি দেখাইবো")
flag(c, "bn", "মিলানে নতুন বাঙালি মেয়ে আছে, ঘরোয়া, ১০০% বিশ্বস্ত। হোটেলে যায়। বুকিং শুধু টেলিগ্রামে @milan_bangla_vip",
     [E("telegram", "@milan_bangla_vip")])
flag(c, "bn-Latn", "apa ke bolse Lisbon e beauty parlour e kaj. ekhon ek flat e 4 ta meye rakhse, raat e 'client' ase. taka sob madam ney, apa ke phone o dey na")
flag(c, "bn-Latn", "new deshi girl ashche East London, real pic, 100% safe, hotel/home service. book korte insta te DM koren @eastlondon.deshi.girls",
     [E("instagram", "@eastlondon.deshi.girls")])
flag(c, "en", "New Bengali girls, genuine & discreet, outcall Birmingham. Manager handles all bookings, girls don't use phone. Text only +44 7700 918 442",
     [P("+447700918442")])
flag(c, "en", "the marriage was fake, he brought me to Athens and his friends pay him to come to the room. he says I owe for the ticket so I must")
flag(c, "en", "She keeps nothing, Bhabi takes money from every customer and says it goes toward her debt. She's not allowed out without Bhabi's nephew")

c = "minors"
flag(c, "bn", "ছেলের বয়স ১৫ সমস্যা নাই, জন্মনিবন্ধন নতুন কইরা ১৯ বানায়া দিমু, পাসপোর্টও সেই বয়সে হইবো। ইতালিতে গিয়া খামারে কাজ")
flag(c, "bn", "লন্ডনে এক বাসায় বাচ্চা দেখার জন্য ১৩-১৪ বছরের মেয়ে লাগবে। বেতন মায়ের কাছে পাঠানো হবে, কেউ জিগাইলে বলবেন আত্মীয়ের বাসায় পড়তে গেছে")
flag(c, "bn", "আমার ভাতিজা ১৬ বছর, গ্রিসের খেতে আমাদের সাথে ১২ ঘন্টা কাম করে। বস কাগজে ওরে ১৮ লিখছে, কেউ জিগাইলে ১৮ বলতে কইছে")
flag(c, "bn-Latn", "meyer boyosh 14 hoile ki, passport e 20 kore dibo. dubai hoye italy te ek family r ghorer kaj, mashe 500 euro mayer kache jabe")
flag(c, "bn-Latn", "choto chele lagbe 12-13 bochor, restaurant e bashon dhowar kaj, thaka khawa free, school er dorkar nai. family ke advance taka dia dibo")
flag(c, "en", "Fresh young girl 16, just arrived from Bangladesh, very shy, first time. Serious clients only, ask for Tania")
flag(c, "en", "Boy is 15 but looks older. Agent put 18 on the paperwork so he can work the greenhouse with the men. He sends money home so family doesn't ask")

# ---------------------------------------------------------------- hard negatives
ok("news", "bn", "সিলেটে একটি কনসালটেন্সি প্রতিষ্ঠানে অভিযান চালিয়েছে র‍্যাব। যুক্তরাজ্যে কেয়ার ভিসার নামে ভুয়া সিওএস বিক্রির অভিযোগে তিনজনকে গ্রেপ্তার করা হয়েছে। ভুক্তভোগীরা জনপ্রতি ১৫ থেকে ২০ লাখ টাকা দিয়েছিলেন বলে জানা গেছে।")
ok("news", "bn", "মানব পাচার মামলায় দালাল চক্রের দুই সদস্যকে ১০ বছরের কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। ইতালি পাঠানোর কথা বলে লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগ প্রমাণিত হয়েছে।")
ok("news", "bn-Latn", "khobor dekhso? dhaka te oi 'UK care visa' wala agency r office e police raid dise, malik palaise. office e naki 60 jon er passport paise")
ok("news", "en", "A care home operator in Kent has had its sponsor licence revoked after the Home Office found migrant carers were charged illegal recruitment fees and paid below the threshold, a tribunal heard on Tuesday.")
ok("news", "en", "Italian police in Latina arrested five people over a caporalato ring that forced Indian and Bangladeshi farmworkers to work 12-hour days for 4 euros an hour, prosecutors said.")
ok("news", "bn-Latn", "Greece er court e Manolada r strawberry farm er oi foreman der saja hoise, 2013 e bangladeshi sromik der upor guli chalaisilo. link dilam porun")
ok("news", "en", "BREAKING: Three held in Sylhet over fake nulla osta papers for Italy; victims say they paid up to Tk 12 lakh each. Police recovered passports belonging to 40 people.")

ok("awareness", "bn", "সতর্কতা: যুক্তরাজ্যের কোনো বৈধ স্পন্সর সিওএস এর জন্য টাকা নেয় না। কেউ সিওএস বিক্রি করতে চাইলে টাকা দেবেন না, পাসপোর্ট কারো হাতে জমা দেবেন না।")
ok("awareness", "bn", "ইতালির নুল্লা অস্তা কেনা-বেচা হয় না। ডিক্রেটো ফ্লুসির আবেদন নিয়োগকর্তা নিজে করেন। দালালের কথায় লাখ লাখ টাকা দিয়ে প্রতারিত হবেন না। — প্রবাসী কল্যাণ ডেস্ক")
ok("awareness", "bn-Latn", "bhai bon ra sabdhan! facebook e 'CoS available 15 lakh' type post dekhle dure thakben. UK te sponsor er kaj e taka lage na, ar passport kono consultancy ke jama diben na. share koren")
ok("awareness", "en", "Care workers: your employer cannot deduct visa or CoS costs that take your pay below minimum wage, cannot keep your passport, and cannot threaten you with the Home Office for joining a union. Confidential advice: advice@carersunite-bd.org.uk",
   [E("email", "advice@carersunite-bd.org.uk")])
ok("awareness", "en", "UK Government: Certificates of Sponsorship are free. If someone asks you to pay for a CoS or a job offer it may be a scam. Report it. Never hand your passport or BRP to an agent.")
ok("awareness", "bn-Latn", "aj NGO r session e bollo: keu jodi bole experience lagbe na beton 3 lakh, sheta mittha hoite pare. contract nijer bhashay pore sign korben, passport nijer kache rakhben")
ok("awareness", "en", "Free legal clinic for workers on sponsored visas, Sat 10-1, community centre off Brick Lane. If your sponsor has cut your hours or is threatening to report you, bring your CoS and payslips. Bengali interpreter available. clinic@eastlondonmigrantlaw.org.uk",
   [E("email", "clinic@eastlondonmigrantlaw.org.uk")])

ok("official", "en", "Dear Ms Begum, we are pleased to offer you the post of Healthcare Assistant (Band 3). Your Certificate of Sponsorship will be assigned at no cost to you and the Trust will reimburse your visa fee and Immigration Health Surcharge. Please bring your passport to the ID check on 14 March.")
ok("official", "bn", "বিএমইটি বিজ্ঞপ্তি: সরকারি ব্যবস্থাপনায় ইতালিতে মৌসুমি কৃষি শ্রমিক প্রেরণ। সরকার নির্ধারিত ফি ব্যাংকের মাধ্যমে জমা দিতে হবে, কোনো মধ্যস্বত্বভোগীকে অর্থ প্রদান করবেন না। আবেদন আমি প্রবাসী অ্যাপে।")
ok("official", "bn-Latn", "Assalamu alaikum, ami Rupsha Overseas (RL 1187) theke bolchi. apnar Italy seasonal job er interview kal 11 tay, original passport r certificate anben shudhu dekhanor jonno. interview te kono taka lagbe na, sorkari fee BMET er rashid e")
ok("official", "en", "Embassy notice: applications for seasonal work under the Decreto Flussi require a nulla osta issued to the Italian employer by the Sportello Unico. The nulla osta is free of charge. The Embassy does not work with agents or intermediaries.")
ok("official", "bn", "ব্রিটিশ হাইকমিশন: স্কিলড ওয়ার্কার ভিসার সিওএস শুধু নিয়োগকর্তা দেন। ভিসা ফি ও আইএইচএস অনলাইনে সরাসরি পরিশোধ করুন, কোনো এজেন্টের মাধ্যমে নয়।")
ok("official", "en", "Hi Rahim, welcome to Oakfield Care. Your rota for next week is attached: 4 x 12h days, 48 hours, overtime at time and a half. Payday is the 28th. Any questions call HR on 020 3865 4410",
   [P("+442038654410")])

ok("receipt", "en", "You have received Tk 25,000.00 from 01745678912. Fee Tk 0.00. Balance Tk 26,340.50. TrxID BK47QW9ZL2 at 12/02/2026 19:41",
   [P("+8801745678912"), E("mfs_transaction", "BK47QW9ZL2")])
ok("receipt", "bn", "আপনি ৳১৫,০০০.০০ পেয়েছেন ০১৮১২৩৪৯৮৭৬ থেকে। ফি ৳০.০০। ব্যালেন্স ৳১৮,২২০.০০। TrxID CDF8K2LQ7P সময় ০৩/০৩/২০২৬ ১০:১৫",
   [P("+8801812349876"), E("mfs_transaction", "CDF8K2LQ7P")])
ok("receipt", "en", "Money Received. Amount: Tk 8000.00 Sender: 01987654321 Ref: abbar oshud TxnID: 7HX2M9QA Balance: Tk 8450.20 15/01/2026 09:12",
   [P("+8801987654321"), E("mfs_transaction", "7HX2M9QA")])
ok("receipt", "en", "Cash-In from A/C: ***4521 Tk 10,000.00 Fee: Tk 0.00 Balance: Tk 12,500.00 TxnId: 4419028375 Date: 20-FEB-26",
   [E("mfs_transaction", "4419028375")])
ok("receipt", "en", "Dutch-Bangla Bank: Your A/C ***7731 credited BDT 1,45,600.00 foreign remittance from UNITED KINGDOM on 02-MAR-2026. Avail Bal BDT 1,98,300.00")
ok("receipt", "bn-Latn", "ammu bkash dilam dekho: Send Money Tk 12,000.00 to 01556789012 successful. TrxID DK9P3XW2RT. abbar oshud ar chotor school er fee eita diye dio",
   [P("+8801556789012"), E("mfs_transaction", "DK9P3XW2RT")])
ok("receipt", "bn", "নগদ: আপনি ৳৫,০০০ ক্যাশ আউট করেছেন। এজেন্ট: ০১৯১১২২৩৩৪৪। TxnID: 71AB9KQ2। ব্যালেন্স ৳১২০.৫০",
   [P("+8801911223344"), E("mfs_transaction", "71AB9KQ2")])

ok("worker_content", "bn", "আলহামদুলিল্লাহ মা, কেয়ার হোমে ভালো আছি। সপ্তাহে ৪৫ ঘন্টা কাজ, ওভারটাইম ঘন্টায় ১৮ পাউন্ড দেয়। পাসপোর্ট আমার কাছেই, ম্যানেজার খুব ভালো মানুষ।")
ok("worker_content", "bn-Latn", "ei mash e overtime beshi korsi, salary ashbe 2300 pound. ebar abbar loan er kisti shesh kore dibo inshallah. boss bolse next year senior carer e promotion")
ok("worker_content", "en", "Finished my first strawberry season in Greece, paid every Friday, room shared with 3 others, boss drove Karim to the doctor when he got sick. Going back next year with the same farmer insha'Allah")
ok("worker_content", "bn-Latn", "amar kam Portugal or farm o bala, contract 9 mash, passport amar kachei, beton bank o ashe. kail off, Lisbon ghurte jaimu")
ok("worker_content", "bn", "ইতালির নুল্লা অস্তা মালিক নিজেই করছে, কোনো দালাল ছাড়া। খালি এম্বাসিতে ভিসা ফি দিছি। কাজ কঠিন কিন্তু বেতন ঠিকঠাক, ১৪০০ ইউরো।")
ok("worker_content", "en", "Night shifts are long but fair, 3 on 4 off. Union rep came round today and explained our rights. My sponsor even paid my flight")

ok("joke", "bn-Latn", "bhai amar bou amar passport lukaye rakhse jate abar UK te na jai 😂😂 eta ki trafficking er moddhe pore?")
ok("joke", "bn", "আম্মা বলে আমি নাকি এই ঘরের কাজের লোক, বেতন নাই ছুটি নাই 😂 মানবাধিকার কমিশনে যামু")
ok("joke", "bn-Latn", "boss amar lunch hostage rakhse, rota shesh na hoile dibe na lol. Home Office e call dei 😭")
ok("joke", "bn-Latn", "amar shala ke dalal dhorbe ki, uni nijei to biyer dalal, amar biye dise 😂 sei debt ekhono shodh hoy nai")
ok("joke", "en", "Sylhet consultancy special offer: buy one CoS get a free goat 🐐 lol jk guys don't pay anyone for a CoS")

ok("chatter", "bn-Latn", "kal iftar e CoS, nulla osta, overtime sob niye 3 ghonta alap holo, matha kharap 😵")
ok("chatter", "en", "anyone know if the BRP goes to the sponsor or to us? mine hasn't come yet, HR said passport copy is fine for now")
ok("chatter", "bn", "ভাই শুক্রবার হোয়াইটচ্যাপেল আসবা? পাসপোর্ট রিনিউ নিয়া কথা বলতাম, হাইকমিশনে এপয়েন্টমেন্ট পাইতেছি না")
ok("chatter", "bn-Latn", "boss er kache 50 euro dhar chilam, aj ferot dilam. ekhon ar kono debt nai 😌")
ok("chatter", "bn-Latn", "kal farm e ke drive korbe? boss bolse 6 ta theke strawberry tola shuru, ami cha niye ashbo")

ok("family", "bn", "বাবা তোমার পাসপোর্ট রিনিউয়ের কাগজ রেডি করতেছি, এনআইডি নম্বর লাগবে। তোমার এনআইডি ১৯৬৮২৬১৪৫৩৮৮২৭১৬০ ঠিক আছে তো?",
   [E("bd_nid", "19682614538827160")])
ok("family", "bn-Latn", "tomar meye ekhon 14 bochor, class 8 e uthse. school er mashik fee 1500 taka, bkash kore dio amar number e 01744-556677",
   [P("+8801744556677")])
ok("family", "en", "Apa passport number is EB0451273 for the visit visa form, for Mamun's graduation in London. Ticket already booked",
   [E("bd_passport", "EB0451273")])
ok("family", "bn", "মেয়ের বিয়ার কথা চলতেছে, ছেলে ইতালি থাকে, বৈধ কাগজ আছে। মেয়ে অনার্স শেষ করুক তারপর, বয়স মাত্র ২০।")
ok("family", "bn-Latn", "abba 2 lakh pathaisi bank e, dadir operation er jonno. ar kono dalal er kache jaio na, jomi bondhok rakhar dorkar nai")
ok("family", "bn", "ছোটটার বয়স ১২ হইলো, স্কুলে বৃত্তি পাইছে। তোর ভাই লন্ডন থেকে ওর জন্য ট্যাবলেট পাঠাইছে।")
ok("family", "en", "Amma don't worry about the loan, I paid the last kisti to BRAC today. Salary came on time. Send me Rafi's exam routine")

# ---------------------------------------------------------------- easy negatives
ok("chatter", "bn", "আজকে বৃষ্টি অনেক, অফিস যাবো না মনে হয়", hard=False)
ok("chatter", "bn", "ভাইয়া রাতে খেলা দেখবা? বাংলাদেশ বনাম শ্রীলঙ্কা", hard=False)
ok("chatter", "bn", "মা, আমি পৌঁছে গেছি। ট্রেন একটু লেট ছিল।", hard=False)
ok("chatter", "bn", "কালকে দাওয়াতে বিরিয়ানি হবে, তুমি দই নিয়া আসবা", hard=False)
ok("chatter", "bn", "১০ মিনিট লেট হবে, একটা সিট রাখিস", hard=False)
ok("chatter", "bn-Latn", "kire kothay tui? cha khabi?", hard=False)
ok("chatter", "bn-Latn", "amar phone er charger ta koi rakhsos? khuje pacchi na", hard=False)
ok("chatter", "bn-Latn", "eid e bari jabi? ticket kete feli cholo", hard=False)
ok("chatter", "bn-Latn", "station er pashe notun Tesco khulse dekhso?", hard=False)
ok("chatter", "en", "Happy birthday bhai! Have a great one 🎉", hard=False)


# ---------------------------------------------------------------- checks
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = ["recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"]
VOICES = {"news", "awareness", "official", "receipt", "worker_content", "joke", "chatter", "family"}


def b58decode(s):
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big")
    assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    return raw


def check(rows):
    assert len(rows) == 120, len(rows)
    for r in rows:
        text = r["text"].translate(BN_DIGITS)
        digits = "".join(ch for ch in text if ch.isdigit())
        for e in r["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert v.startswith("+"), v
                d = v[1:]
                cands = [d] + ["0" + d[len(cc):] for cc in ("880", "44") if d.startswith(cc)]
                assert any(x in digits for x in cands), (r["id"], v)
            elif t == "bd_nid":
                assert len(v) in (10, 13, 17) and v in digits, (r["id"], v)
            elif t == "bd_passport":
                import re
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in text, (r["id"], v)
            elif t == "eth_address":
                assert v == v.lower() and len(v) == 42 and v in text.lower(), (r["id"], v)
            else:
                assert v in text, (r["id"], t, v)
            if t == "btc_address":
                assert b58decode(v)[0] == 0x00
            if t == "tron_address":
                assert b58decode(v)[0] == 0x41
    flags = [r for r in rows if r["label"] == "flag"]
    oks = [r for r in rows if r["label"] == "ok"]
    assert len(flags) == 60 and len(oks) == 60
    cc = Counter(r["category"] for r in flags)
    assert set(cc) == set(CATS) and all(n in (7, 8) for n in cc.values()), cc
    for cat in CATS:
        sc = Counter(r["script"] for r in flags if r["category"] == cat)
        assert len(sc) == 3 and max(sc.values()) - min(sc.values()) <= 1, (cat, sc)
    assert sum(r["hard"] for r in oks) >= 45
    assert all(r["voice"] in VOICES and r["category"] is None for r in oks)
    assert all(r["voice"] == "victim_or_recruiter" for r in flags)
    sc = Counter(r["script"] for r in rows)
    assert all(36 <= n <= 44 for n in sc.values()), sc
    assert len({r["text"] for r in rows}) == 120


# add crypto entities where the address strings were interpolated
for it in items:
    if TRON in it["text"]:
        it["entities"].append(E("tron_address", TRON))
    if BTC in it["text"]:
        it["entities"].append(E("btc_address", BTC))
    if ETH in it["text"]:
        it["entities"].append(E("eth_address", ETH.lower()))

random.Random(5050).shuffle(items)
rows = []
for i, it in enumerate(items, 1):
    rows.append({"id": f"dev50-{i:04d}", **it})
check(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "rows to", OUT)
