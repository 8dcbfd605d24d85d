#!/usr/bin/env python3
"""Blind dev set dev76: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a desk officer of the expatriates' welfare desk at Dhaka airport, hearing returning
women and men (garment workers from Jordan, domestic workers from Lebanon and Saudi Arabia, construction
workers from Oman) and reading their chats with brokers and family on their phones. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev76.jsonl"
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


BTC1 = btc("dev76-btc-1")
TRON1 = tron("dev76-tron-1")
ETH1 = eth("dev76-eth-1")

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
  "আম্মা এরা কইছিল গার্মেন্টসে সেলাই এর কাজ, মাসে ৩৫০ দিনার। আইসা দেখি এক মহিলার বাসায় রাখছে, ঘর মোছা রান্না সব আমার। কন্ট্রাক্ট এ যা দেখাইছিল কিছুই মিলে না, ফ্যাক্টরি চোখেও দেখি নাই")
F("recruitment_deception", "bn",
  "🔥সৌদি আরবে হাসপাতালে ক্লিনার পদে জরুরি লোক নেওয়া হবে🔥\nঅভিজ্ঞতা লাগবে না, বেতন ১২০০ রিয়াল + ওভারটাইম, থাকা খাওয়া কোম্পানির\nবিএমইটি কার্ড নিয়া চিন্তা নাই, এয়ারপোর্টে আমাদের লোক সব ম্যানেজ করবে\nযোগাযোগ ০১৮১৯-৪৪৭২১৩ (শুধু ইমুতে কল)",
  [("phone", "+8801819447213")])
F("recruitment_deception", "bn",
  "(ভয়েস) ভাই আপনারে তো কইছিলাম কোম্পানির ভিসা দেন... মাস্কাট নামার পর দেখি ভিসা ভিজিটের, তিন মাস পর কোম্পানির লোক কয় তুমি অবৈধ, কাজ দিতে পারমু না। ৪ লাখ টাকা দিয়া আমি এখন রাস্তায় রাস্তায় ঘুরি")
F("recruitment_deception", "bn-Latn",
  "apu Lebanon e hospital e ayar kaj bolsilo, beton 400 dollar. akhon madam bole amar beton 150, baki ta naki agency nise. contract ta arabi te likha ami kichu bujhi na, airport e sign koraise taratari")
F("recruitment_deception", "bn-Latn",
  "bhai apni bolsilen company visa 100%, airport e namar por kafil bolse eta free visa, nijer kaj nije khuijja lo ar mashe 300 riyal amake dibi. ami to company te kaj korte ashchi, eta ki hoilo?? wa.me/8801977318420 e apnar number bondho keno",
  [("whatsapp", "+8801977318420")])
F("recruitment_deception", "bn-Latn",
  "tumi tension koiro na jaan, Dubai giye amra biye korbo, tomar visa ami korabo. shudhu passport ar 2 ta chobi amar bondhu r kache diye dao, bari te ekhon kichu bolar dorkar nai, pore sobai ke surprise dibo ❤️")
F("recruitment_deception", "en",
  "Dear brother, demand letter attached Al Noor Cleaning LLC Muscat, salary 180 OMR, 8 hr duty only. dont go BMET office they will delay 2 month, our man give you smart card direct, 15k extra. send CV & passport scan alnoor.recruit.bd@gmail.com",
  [("email", "alnoor.recruit.bd@gmail.com")])
F("recruitment_deception", "en",
  "you told me sales girl in Riyadh mall. they took me from airport to a house with 11 people, cooking cleaning from 5am. this is not the job in paper you showed my husband. where is the mall??")
# fees_and_debt (8)
F("fees_and_debt", "bn",
  "মালয়েশিয়ার ফ্যাক্টরি ভিসা প্যাকেজ ৪ লাখ ৮০ হাজার। অর্ধেক এখন, বাকিটা ভিসা হাতে পাইলে। সরকারি ৭৯ হাজার ওইটা খালি কাগজে লেখা থাকবে, রশিদ ওইটাই পাবেন, আসল খরচ এইটাই ভাই")
F("fees_and_debt", "bn",
  "কফিল কয় আমারে আনতে ওর ২ লাখ টাকা খরচ হইছে, এইটা আমার ঋণ। প্রতি মাসে বেতন থেকে ৩০০ রিয়াল কাইটা রাখে, হাতে পাই ২০০। কত মাস কাটবো জিগাইলে কয় যতদিন শোধ না হয়")
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া আর আশা থেকে কিস্তি তুইলা ৩ লাখ দিছি দালালরে। পোলাটা ওমান থেকে খালি হাতে ফিরা আইছে। এখন দালাল কয় আরেক লাখ দিলে আবার পাঠাইবো, নাইলে আগের টাকা ফেরত নাই")
F("fees_and_debt", "bn-Latn",
  "Oman e pouchaicho, ekhon company bole akama r jonno aro 1 lakh 20 hajar lagbe. na dile kaj shuru hobe na, camp e boshe thakte hobe. bari te bolo bikash e pathaite, 2 diner moddhe")
F("fees_and_debt", "bn-Latn",
  "madam re passport ferot chaile bole 2000 dollar dite hobe, je taka diye amake kinse. 3 mash er beton o dibe na. agency bolse Dhaka office e taka dile passport Beirut airport e diye dibe")
F("fees_and_debt", "bn-Latn",
  "booking money 50 hajar ajker moddhe na dile seat cancel, ei batch e 12 jon jacche Jordan. baki 3.5 lakh flight er 1 din age. kau ke agency r nam bolben na, amar personal e diben")
F("fees_and_debt", "en",
  "Salary 1100 riyal but first 8 month 600 riyal cut for visa and ticket cost, company paid for you so you pay back. if you leave before finish you pay full 18000 riyal. sign here")
F("fees_and_debt", "en",
  "Sister your daughter visa+ticket agency paid 2.5 lakh. if she want come back before 2 year finish family must return full money first. otherwise she can not go, madam will not release")
# payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "টাকা তিন ভাগ কইরা পাঠান। ৫০ হাজার এই বিকাশে ০১৭৬৩-২১৮৪৯০, ৫০ হাজার নগদে ০১৯১১-৬০৫৩২৭, বাকিটা কাল ব্যাংকে দিমু একাউন্ট। এক নম্বরে বেশি গেলে আটকায় দেয়, রেফারেন্সে কিছু লিখবেন না",
  [("phone", "+8801763218490"), ("phone", "+8801911605327")])
F("payments_and_proceeds", "bn",
  "এই মাসে লেবাননের ৭ টা মেয়ের বেতন অফিসে জমা হইছে। প্রতি জন থেকে ১০০ ডলার আমার ভাগ, বাকিটা এজেন্সির। মেয়েরা ফোন দিলে বলবা ম্যাডাম এখনো দেয় নাই, পরের মাসে একসাথে যাবে")
F("payments_and_proceeds", "bn",
  "তোর বেতন কফিল সরাসরি আমার হাতে দেয়, আমি হুন্ডিতে তোর বাড়ি পাঠাই। কমিশন আর খরচ কাইটা তোর মা পাইবো ১২ হাজার। ব্যাংকে পাঠাইতে চাইলে ইকামা লাগবো, ওইটা তো তোর নাই")
F("payments_and_proceeds", "bn-Latn",
  f"USDT te dile TRC20 te pathan: {TRON1}\nbKash e dile 3% beshi lagbe. 6 ta visa er taka aj e clear korte hobe, noile Saudi side lok der flight hold",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "cash out korben na, amar agent number e send money korben 01856-302917. reference e likhben 'Jordan-3'. TrxID er screenshot diyen, meyer salary theke porer mash e ami kete nibo",
  [("phone", "+8801856302917")])
F("payments_and_proceeds", "en",
  "Boss this month collection: Rahima 45k, Shirin 45k, Moni 30k (rest next week). Sent to Dubai side by hawala 2.1 lakh. Beirut side will keep girls salary first 3 month as agreed, dont transfer to them")
F("payments_and_proceeds", "en",
  f"send 300 USDT ERC20 only to this wallet {ETH1} . after confirm I release your brother passport from office and give ticket. no bank no bkash",
  [("eth_address", ETH1)])
# isolation_and_control (7)
F("isolation_and_control", "bn",
  "মা আমার ফোন ম্যাডাম নিয়া রাখে, শুক্রবার রাতে ১০ মিনিট দেয়, পাশে বইসা শুনে। এই নাম্বারে আর মেসেজ দিও না, এইটা পাশের বাসার শ্রীলঙ্কার দিদির ফোন, ধরা পড়লে দুইজনেরই বিপদ")
F("isolation_and_control", "bn",
  "বাসার দরজা বাইরে থেকে তালা মাইরা যায় সবাই। ছাদেও যাইতে দেয় না, জানালায় গ্রিল। ৮ মাসে একদিনও রাস্তায় পা দেই নাই আপা")
F("isolation_and_control", "bn-Latn",
  "embassy r lok ashle kono kotha bolbi na, jiggesh korle bolbi sob thik ache madam bhalo. tor maa ke o kichu bolbi na, ami to tor beton pathai. beshi kotha bolle tor e khoti")
F("isolation_and_control", "bn-Latn",
  "dorm theke ber hoite hoile supervisor er sign lage, gate e guard. passport company r locker e. friday o bahire jaite dey na, market o oder gari te jaite hoy")
F("isolation_and_control", "bn-Latn",
  "apa ami lukaiya bathroom theika kotha kortesi. sim ta khuila niye gese, ei number ta ekta bangali driver er, o ke phone diyen na. ami kothay achi janina, Riyadh er baire kothao")
F("isolation_and_control", "en",
  "dont give this girl any phone or wifi password. she talking to Bangladesh embassy people. from now she go outside only with me or my wife, also not to the supermarket")
F("isolation_and_control", "en",
  "All new arrival: mobile phones will be kept in office until probation finish (3 month). family call only Friday from office phone, 5 min, in front of supervisor. anyone found with hidden phone will be punished")
# labour_exploitation (8)
F("labour_exploitation", "bn",
  "৭ মাস হইল এক টাকাও বেতন দেয় নাই। বলে বছর শেষে একসাথে দিবে, তোর টাকা আমার কাছে নিরাপদ। দেশে যাইতে চাইলে কয় আগে কাজ শেষ কর")
F("labour_exploitation", "bn",
  "দিনে একবার খাইতে দেয়, রাইতে বাচ্চাদের খাওয়ার পর যা থাকে। ঘুমাই রান্নাঘরের মেঝেতে, ৩-৪ ঘন্টা। শরীর আর চলে না আপা, ওজন কইমা গেছে ৯ কেজি")
F("labour_exploitation", "bn",
  "সাইটে ৪৮ ডিগ্রি গরমে দুপুরেও কাজ, সকাল ৫টা থেকে রাত ৯টা। মাসে একদিনও ছুটি নাই। ওভারটাইমের টাকা চাইলে ফোরম্যান কয় এইটা ডিউটির মধ্যে, না পোষাইলে যা")
F("labour_exploitation", "bn-Latn",
  "bhai 2 bari r kaj kori, madam er bari ar tar maa r bari, beton ekta. sokal 6 ta theke rat 1 ta porjonto. gaye jor thakleo chuti nai, oshud o nije kine khai")
F("labour_exploitation", "bn-Latn",
  "company bolche contract sesh kintu exit dibe na. notun contract e sign na korle final settlement er taka paba na, ar sign korle aro 2 bochor. amra 30 jon emni atke achi")
F("labour_exploitation", "bn-Latn",
  "amake deport kore dilo 14 mash er beton na diye. bole tor taka Bangladesh e agency theke nibi. agency bole amra kichu jani na, kafil er sathe kotha bolo. ekhon ki korbo apa")
F("labour_exploitation", "en",
  "we are 22 men in one room in Sohar, 1 toilet, no AC. salary 3 months pending. foreman says who complains will get no food card this month")
F("labour_exploitation", "en",
  "factory in Irbid target 1200 pcs per day, if not complete we stay until 2am, no overtime money. Sunday also working. they keep our passport so no one can change factory")
# threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "বেশি কথা কইলে তোর নামে হুরুব দিয়া দিমু। তারপর পুলিশ ধরলে জেল খাটবি, দেশে লাশ হইয়া যাবি। চুপচাপ কাজ কর")
F("threats_and_coercion", "bn",
  "তোর বাপরে ক বাকি টাকা শুক্রবারের মধ্যে না দিলে গ্রামে তোর বাড়িতে লোক যাইবো। তোর ছোট ভাইটা কোন স্কুলে পড়ে সেইটাও জানি আমি")
F("threats_and_coercion", "bn",
  "ম্যাডামের পোলা গরম খুন্তি দিয়া হাতে ছ্যাঁকা দিছে, ছবি পাঠাইলাম দেখো। কয় আবার পালানোর চেষ্টা করলে মাইরা ফালাইবো, কেউ খুঁজবো না")
F("threats_and_coercion", "bn-Latn",
  "tore onno barite diye dise, 3000 dollar e. kal sokal e notun madam niye jabe. kanna kaatish na, ager madam er taka uthche na tai")
F("threats_and_coercion", "bn-Latn",
  "tor nam e churi r case kore dibo, tui ar jibone Saudi te dhukte parbi na, fingerprint block. chup chap kaj kor, 2 bochor por dekhbo")
F("threats_and_coercion", "bn-Latn",
  "oder office e niye lathi diye marse 3 jon ke, jara salary chaise. amar pith e dag ekhono ache. bole abar labour office e gele current dibe")
F("threats_and_coercion", "en",
  "if you go to embassy I will tell police you ran away with gold from the house. nobody believe a maid, you will sit in jail 5 year")
F("threats_and_coercion", "en",
  "your husband talking too much on facebook about our agency. tell him delete the post today or his wife will not come home, understand?")
# sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "দুবাইতে পার্লারের কাজ কইয়া নিয়া গেছিল। একটা ফ্ল্যাটে ৬ জন মেয়ে রাখছে, রাইতে লোক আসে। না করলে কয় তোর ভিসার টাকা শোধ কর আগে, তারপর যা ইচ্ছা")
F("sexual_exploitation", "bn",
  "বাসার সাহেব রাইতে রুমে আসে, ম্যাডাম জানে কিছু কয় না। এজেন্সিরে কইছি, কয় মানাইয়া চল, নাইলে অন্য জায়গায় পাঠাইবো যেইটা আরো খারাপ")
F("sexual_exploitation", "bn-Latn",
  "Dubai te club e kaj, beton 1 lakh 20 hajar. shudhu sundor meye lagbe 18-25, passport amra kori. guest der sathe ektu bosa, drink dewa, er beshi kisu na apu 😉 pore ja income hoy tar half tomar")
F("sexual_exploitation", "bn-Latn",
  "guest der sathe hotel e jaite bole, na gele oi din khabar bondho. madam bole tor jonno 4000 dirham dise, jotodin lagbe tototin korbi")
F("sexual_exploitation", "bn-Latn",
  "Notun Bangali meye aschhe Ajman e 🌹 room service available, booking er jonno telegram e knock korun @ajman_bd_rose 💯 real pic",
  [("telegram", "@ajman_bd_rose")])
F("sexual_exploitation", "en",
  "boss sent photos of 3 new Bangladeshi girls to Riyadh customer list. 800 riyal per night, they stay in villa, no phone. booking wa.me/966553018274",
  [("whatsapp", "+966553018274")])
F("sexual_exploitation", "en",
  "he said I must sleep with the agent in Beirut or he will not give my passport and ticket home. I said no and he locked me 2 days in the office room")
# minors (7)
F("minors", "bn",
  "মেয়ের বয়স ১৪ হইলেও সমস্যা নাই, জন্ম নিবন্ধন আমরা নতুন কইরা বানাই, পাসপোর্টে ২৫ দিয়া দিমু। সৌদিতে বাসার কাজ, ১০০০ রিয়াল। চেহারা দেইখা কেউ কিছু বুঝবো না")
F("minors", "bn",
  "আমার মাইয়াটার বয়স তখন ১৫, দালাল বয়স বাড়াইয়া পাসপোর্ট করছে। জর্ডানে গার্মেন্টসে কাজ করায়, দুই মাস ধইরা ফোন ধরে না। দালালরে ফোন দিলে কয় মেয়ে বড় হইছে নিজে বুঝবো")
F("minors", "bn",
  "ছোট পোলা পাঠাইলে কাজ সহজে পাইবো, ১২-১৩ বছরের হইলে উটের খামারে রাখে, খরচও কম। কাগজে বয়স ঠিক কইরা দিমু, আপনি খালি জন্মসনদ টা দেন")
F("minors", "bn-Latn",
  "kaka apnar meye ta 16 bochor tate ki, Lebanon e choto meye der chahida beshi, baby sitting er kaj. NID lagbe na amra bebostha kori, boyosh 21 dekhabo")
F("minors", "bn-Latn",
  "amader rum e notun je meye ta ashse, passport e 23 likha kintu o bole 15. ekhono dat pore nai thik moto. madam bole kaj ta kore jak, boyosh diye ki")
F("minors", "en",
  "need 5 girls age 13-16 for house maid Riyadh families, small size better for cleaning and play with kids. age will be fixed in passport. 60k per girl to supplier")
F("minors", "en",
  "your nephew is 14 but tall, we can show him 19 in papers. Oman fishing boat work, stay on boat 3 month, he will send money every month")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "জর্ডান থেকে ফিরলেন ৪৭ নারী শ্রমিক। বিমানবন্দরের প্রবাসী কল্যাণ ডেস্কে তাদের অভিযোগ নথিভুক্ত করা হয়েছে। অনেকে জানান, কয়েক মাসের বেতন বকেয়া রেখেই তাদের ফেরত পাঠানো হয়েছে")
N("news", "en",
  "RAB-1 arrests three members of a human trafficking ring in Uttara who allegedly lured women with parlour jobs in Dubai; 9 passports and 12 mobile phones seized, case filed under the 2012 Act.")
N("news", "bn-Latn",
  "Breaking: Saudi theke gato 3 mashe 9 hajar probashi ferot eseche, beshir bhag iqama jotilotay — BMET er tottho. bistarito comment e 👇")
N("news", "bn",
  "মালয়েশিয়ার শ্রমবাজার: সরকার নির্ধারিত খরচ ৭৯ হাজার টাকা, অথচ কর্মীরা দিচ্ছেন ৫ লাখের বেশি — সংসদীয় কমিটির বৈঠকে সিন্ডিকেট নিয়ে আলোচনা")
N("news", "en",
  "Lebanon: Bangladeshi domestic workers stranded as employers leave the south; embassy opens registration for repatriation. Hotline +961 71 834 205 (WhatsApp also).",
  [("phone", "+96171834205")])
N("news", "bn",
  "হাটহাজারীতে ১৩ বছরের গৃহকর্মীকে নির্যাতনের অভিযোগে গৃহকর্ত্রী গ্রেপ্তার। শিশুটিকে উদ্ধার করে হাসপাতালে ভর্তি করা হয়েছে")
# awareness
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো দালালের কাছে জমা রাখবেন না। টাকা দিবেন শুধু লাইসেন্সধারী এজেন্সির অফিসে, রশিদ নিয়ে। প্রবাসী হেল্পলাইন ১৬১৩৫")
N("awareness", "bn-Latn",
  "Sobai share korun!! facebook e 'Dubai te parlour e kaj beton 1 lakh' erokom post dekhle report korun, era meye pachar kore. kono meye ke eka ochena loker sathe pathaben na 🙏")
N("awareness", "en",
  "WARNING: 'Free visa' means no real employer. You become illegal after arrival and can be jailed or deported. Check your visa with BMET before paying anyone. - forwarded from OKUP")
N("awareness", "bn-Latn",
  "apnar meye ke 18 er kom boyoshe kaj e bidesh pathano oporadh. boyosh baraiya passport korle dalal ar baba-ma duijon e bipode porben. -- BRAC Migration, Jessore")
N("awareness", "en",
  "Returnee sisters: if your employer kept your salary or passport, you can still file complaint at the airport welfare desk or district office after coming home. Bring passport, contract copy and any chat screenshots.")
N("awareness", "bn",
  "সতর্কবার্তা: 'সৌদিতে হাসপাতালে চাকরি' লিখে ০১৭৯৮-৫৫৩১০২ নম্বর দিয়ে যে পোস্ট ঘুরছে সেটি ভুয়া। কেউ টাকা পাঠাবেন না। — সাতক্ষীরা জেলা পুলিশ",
  [("phone", "+8801798553102")])
# official
N("official", "en",
  "M/S Rupsha Overseas (RL-1287). Demand: 40 female sewing operators, Classic Fashion, Jordan. Salary JOD 220 + OT as per Jordan labour law, free accommodation. Migration cost as per govt rate, NO payment to any individual. Office: +880 2 5501 3247, WhatsApp wa.me/8801711094563",
  [("phone", "+880255013247"), ("whatsapp", "+8801711094563")])
N("official", "bn",
  "বিএমইটি নোটিশ: জর্ডানগামী নারী কর্মীদের প্রি-ডিপারচার ওরিয়েন্টেশন ১২ ডিসেম্বর, টিটিসি মিরপুর। সাথে আনবেন পাসপোর্ট, এনআইডি ও ভিসার কপি। কোনো ফি লাগবে না")
N("official", "en",
  "Embassy of Bangladesh, Beirut: workers who lost passports or whose passports are held by employers may apply for a Travel Permit. Apply in person Sat-Thu 9am-2pm. No broker required, service is free.")
N("official", "bn-Latn",
  "Assalamualaikum. amader license no RL-0934. Oman construction visa er khoroch BMET nirdharito, receipt deya hoy. kono dalal ba sub-agent er maddhome taka diben na. office: Naya Paltan, 3rd floor")
N("official", "en",
  "Ami Probashi: Your registration for emigration clearance is complete. Passport: A04918273. Smart card will be issued after fingerprint at DEMO Dhaka.",
  [("bd_passport", "A04918273")])
N("official", "en",
  "Wage Earners' Welfare Board: Tk 5,000 transport support received by returnee at HSIA welfare desk. NID: 19922614587309215. Sign: ______",
  [("bd_nid", "19922614587309215")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01716483920. Ref Abbu. Fee Tk 0.00. Balance Tk 27,340.50. TrxID BJK4R8T2WX at 04/12/2026 18:42",
  [("phone", "+8801716483920"), ("mfs_transaction", "BJK4R8T2WX")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01934027716 Ref: Ammar oshud TxnID: 73KD9PQA Balance: Tk 8210.00 04/12/2026 09:15",
  [("phone", "+8801934027716"), ("mfs_transaction", "73KD9PQA")])
N("receipt", "bn",
  "আপনি ৳১৫,০০০.০০ পেয়েছেন ০১৮২২৯৪৭১০৩ থেকে। রেফারেন্স: passport fee। ফি ৳০.০০। ব্যালেন্স ৳১৫,২১০.০০। TrxID CHL7M2Q9ZD সময় ০২/১২/২০২৬ ১১:০৮",
  [("phone", "+8801822947103"), ("mfs_transaction", "CHL7M2Q9ZD")])
N("receipt", "en",
  "Dear Customer, your A/C ***4471 is credited BDT 62,480.00 by inward remittance (SAR 2,000) from ABDUL KARIM via Al Rajhi. 2.5% govt incentive added. -Islami Bank")
N("receipt", "en",
  "Cash-In Tk 3,000.00 from A/C: ***8812 successful. Fee Tk 0.00. Balance Tk 3,125.00. TxnId: 4417820935. Date: 03-12-2026",
  [("mfs_transaction", "4417820935")])
N("receipt", "en",
  "BMET fee payment: Tk 3,500 welfare fund + Tk 250 smart card fee received. Receipt no WF-2026-118374. Worker: Md Jahangir Alam, Passport: EB0673214",
  [("bd_passport", "EB0673214")])
# family
N("family", "bn",
  "আব্বা পাসপোর্ট টা আলমারির উপরের তাকে রাখছি, কাল চেয়ারম্যানের কাছে প্রত্যয়ন আনতে যাবো। ভিসা আসতে আরো ১ মাস লাগবো কইছে অফিসে")
N("family", "bn-Latn",
  "ammu 20 hajar pathailam bikash e, 5 hajar diye Rimi r school fee dio, baki ta kisti r. ami bhalo achi, ei mash e overtime beshi pailam 🙂")
N("family", "bn-Latn",
  "apa Sumi r biyer kotha cholche, chele Dubai thake, bhalo company te driver, 6 bochor. tomra ekbar kotha bolo tar family r sathe, tarahuro korbo na kintu")
N("family", "en",
  "Bhaiya passport renewal appointment done, 18 Dec, Agargaon. keep old passport and NID copy ready. dont give original to the computer shop in bazar, they only need photocopy")
N("family", "bn",
  "মা চিন্তা কইরো না, ম্যাডাম ভালো, শুক্রবার ছুটি দেয়, বেতন প্রতি মাসের ১ তারিখে দেয়। ফোন আমার কাছেই থাকে, রাইতে ভিডিও কল দিমু")
N("family", "bn",
  "মেয়েটা এসএসসি দিবে, এখনই বিদেশের কথা না। আগে পড়াশুনা শেষ করুক। তোমার ভাই যে কইলো জর্ডানে পাঠাইবো, ওইটাতে আমি রাজি না, বয়সই তো হয় নাই")
N("family", "en",
  "Ma agency called, flight confirmed 9 Jan, Royal Jordanian to Amman. training certificate and BMET card got today. pray for me 🤲")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Jordan e 3 bochor hoye gelo, factory te OT soho 310 dinar pai. passport nijer kache, Eid er chuti te desh e ashbo insha Allah")
N("worker_content", "en",
  "honestly Muscat site work is hard, 10 hour shift in summer, but company pays on time and gives AC room. not complaining too much 😅")
N("worker_content", "bn",
  "সৌদিতে কাজ ভালোই, খালি গরমটা সহ্য হয় না। মালিক নিজের খরচে ইকামা নবায়ন কইরা দিছে, এইবার বেতন ২০০ রিয়াল বাড়ছে")
N("worker_content", "bn-Latn",
  "ei mash e salary 5 din late dise, supervisor bolche company r bank e problem. sobai raag, kintu porer mash theke thik hobe bolse, dekhi")
N("worker_content", "en",
  "Lebanon update: madam gave me 2 days off for Eid and bought me new phone 😊 salary still in dollar thank God. posting pics on insta @rina_in_beirut",
  [("instagram", "@rina_in_beirut")])
N("worker_content", "bn-Latn",
  "overtime nite chaile nite paro, na chaile na. ami nei karon taka dorkar, 12 ghonta kaj kori kintu taka gula puro pai, payslip o dey")
# joke
N("joke", "bn-Latn",
  "bou bole passport amar kache joma thakbe, jate ami Dubai palate na pari 😂😂 eta ki human rights violation na bhai?")
N("joke", "en",
  "my mom holding my passport more securely than any Saudi kafeel 😂 cant even go Cox's Bazar without her permission")
N("joke", "bn",
  "বেতন বাড়ানোর কথা কইলেই বসের নেটওয়ার্ক চলে যায়, আর ছুটির কথা কইলে বস নিজেই বিদেশ চইলা যায় 🤣")
N("joke", "en",
  "uncle at wedding: beta when are you going abroad? me: already sold to corporate, 9 to 9, no day off, passport expired 😭")
N("joke", "bn-Latn",
  "dalal bhai re bolsilam Canada pathan, shala amake Canada Plaza r gate e namaye dise 😂 at least biriyani ta bhalo chilo")
# chatter
N("chatter", "bn-Latn",
  "ajke airport e welfare desk er apa ra onek help korlo, luggage hariye gesilo khuje dilo. Biman er counter er lok gula kintu jhamela kore")
N("chatter", "en",
  "anyone know good agency for Oman construction visa? licensed only pls, my cousin got cheated last year so I want the BMET proper way")
N("chatter", "bn",
  "ভাই মালয়েশিয়ার কলিং ভিসা কি আবার খুলছে? নিউজে দেখলাম সরকারি ভাবে নিবো, খরচ কত কেউ জানেন?")
N("chatter", "en",
  "guys the Nagad agent near bus stand giving extra 1% on remittance today, go before 5pm")
N("chatter", "bn",
  "সৌদি ফেরত ভাইয়েরা, ইমিগ্রেশনে পাসপোর্ট দেখাইয়া বের হইতে কত সময় লাগে? আব্বারে আনতে যাবো, ফ্লাইট রাত ২টায়")
N("chatter", "bn-Latn",
  "police clearance online e apply korsi, 7 din lagbe bolse. Jordan er visa r jonno lagbe, ar medical GAMCA te next week")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal khela dekhte jabi? Mirpur e BD vs WI, ticket amar kache 2 ta", hard=False)
N("family", "bn", "আম্মু আজকে রাতে খিচুড়ি রান্না করো, বাইরে খুব বৃষ্টি হইতেছে", hard=False)
N("chatter", "en", "Happy birthday Tanvir bhai 🎂 many many happy returns of the day", hard=False)
N("family", "bn-Latn", "nanu r shorir ekhon kemon? daktar ki bollo, test gula kobe", hard=False)
N("receipt", "en", "Your recharge of Tk 199 is successful. 30GB internet valid for 30 days. Balance Tk 12.40", hard=False)
N("news", "bn", "আগামী তিন দিন দেশের বিভিন্ন স্থানে হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা: আবহাওয়া অধিদপ্তর", hard=False)
N("joke", "bn-Latn", "teacher: homework koro nai keno? student: sir current chilo na, mobile e charge o chilo na 😂", hard=False)
N("worker_content", "en", "finished my shift, cooking dal and aloo bhaji tonight. missing home food so much", hard=False)
N("chatter", "bn", "শুক্রবার বিকালে স্কুল মাঠে ফুটবল ম্যাচ, সবাই সময় মতো চলে আসিস", hard=False)
N("awareness", "en", "Dengue alert: clear standing water around your house and use mosquito nets. - DGHS", hard=False)
N("official", "bn", "ঈদুল আযহা উপলক্ষে সরকারি অফিস টানা ৫ দিন বন্ধ থাকবে: মন্ত্রিপরিষদ বিভাগ", hard=False)
N("receipt", "bn-Latn", "apnar Daraz order deliver hoyeche. review diye 50 coin jiten!", hard=False)


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
    random.Random(76).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev76-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
