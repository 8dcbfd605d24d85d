#!/usr/bin/env python3
"""Blind dev set dev81: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: organiser of Bangladeshi construction, plantation and factory workers in Malaysia and Singapore (passports held by companies and outsourcing agents, levy and recruitment fees cut from wages, unpaid salary and overtime, locked hostels, undocumented workers threatened with police and deportation, workers moved between companies; Banglish and Malaysian workers English). Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev81.jsonl"
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


BTC1 = btc("dev81-btc-1")
TRON1 = tron("dev81-tron-1")
ETH1 = eth("dev81-eth-1")

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
  "bhai Malaysia factory visa ase, beton 1800 ringgit + OT, thaka khaoa company er. BMET card er jhamela nai, visit visa te dhukaye dibo okhane giye 1 mash er moddhe permit kore dibo 100%. seat 5 ta ase, call den 01712-345678",
  [("phone", "+8801712345678")])
F("recruitment_deception", "bn",
  "ভাই দেশে থাকতে বলছিল ইলেকট্রনিক্স কারখানায় কাজ, এসি রুমে। এখানে আনার পর পাঠাইছে পাহাং এর পাম বাগানে, ফল কাটার কাজ। বেতন বলছিল ১৫০০ রিঙ্গিত, এখন দেয় ৯০০, তাও কাজ না থাকলে নাই। এজেন্টরে ফোন দিলে ধরে না",
  [])
F("recruitment_deception", "en",
  "Agent in Dhaka say Singapore shipyard, Work Permit ready. Reach here is Johor Bahru la, construction site, no permit. Boss say permit still processing. Already 3 month processing. Every day we cross nothing, we stay site only",
  [])
F("recruitment_deception", "bn",
  "🔥🔥মালয়েশিয়া সরাসরি কোম্পানি ভিসা🔥🔥 বয়স ১৮-৪০, পড়ালেখা লাগবে না, মাসিক ইনকাম ৬০-৭০ হাজার টাকা গ্যারান্টি। ট্যুরিস্ট ভিসায় যাবেন, গিয়ে ওয়ার্ক পারমিট আমরা করে দিবো। মেডিকেল, টিকেট সব প্যাকেজে। আগে আসলে আগে সুযোগ!! WhatsApp +60 11-2345 6789",
  [("phone", "+601123456789")])
F("recruitment_deception", "bn-Latn",
  "bro je company r nam e amar visa, oi company te giye dekhi ora keu amar nam jane na. agen ekta kongsi te rakhse 22 jon ek sathe, bole next week kaj suru. 2 mash hoye gelo next week ar ase na",
  [])
F("recruitment_deception", "en",
  "SINGAPORE S PASS GUARANTEE ✅ no need IPA first, come on social visit pass, company convert inside. Salary SGD 2500-3000, free dorm. Only 2.5 lakh BDT. Send CV & passport copy to sgjobs.fastbd@gmail.com or Telegram @sg_jobs_fast",
  [("email", "sgjobs.fastbd@gmail.com"), ("telegram", "@sg_jobs_fast")])
F("recruitment_deception", "bn",
  "(ভয়েস) হ্যালো ভাই... ভিসার কাগজ তো এখন হাতে পাইলাম, ইংরেজি পড়াইলাম এক ভাইরে দিয়া, লেখা ক্লিনার। আমারে বলছে ইলেকট্রিশিয়ান, ২০০০ রিঙ্গিত। দালাল বলে এগুলা কাগজে এমনেই লেখে, ওখানে গেলে ঠিক হয়া যাবে। আমি কি করমু বুঝতেছি না",
  [])
F("recruitment_deception", "bn-Latn",
  "airport e ekta malay bhashar contract dhoraise sign korte, bujhi na ki lekha. agen bole sign koro eta shudhu formality, ashol contract Malaysia te dibe. sign na korle flight bad. passport no EB4471290 ar ticket o or kache",
  [("bd_passport", "EB4471290")])

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn-Latn",
  "sorkar bole 79 hajar, amar theke nise 5 lakh 20 hajar. jomi bondhok rakhe 3 lakh dilam, baki 1 lakh ekhono dena. dalal protidin abbare call dey, abba r pressure bere gese",
  [])
F("fees_and_debt", "bn",
  "প্রতি মাসে বেতন থেকে ৩০০ রিঙ্গিত কাইটা রাখে, বলে এটা লেভি আর তোমার বিমান ভাড়ার কিস্তি। লেভি তো কোম্পানির দেওয়ার কথা না? ১৪ মাস ধইরা কাটতেছে, হিসাব চাইলে দেয় না",
  [])
F("fees_and_debt", "en",
  "Boss say my hutang RM 6,000 for agent fee, flight, medical. Cut RM 500 every month. After 1 year he say still owe 4,000 because now add hostel charge and electric. How can like this brother",
  [])
F("fees_and_debt", "bn",
  "পাসপোর্ট ফেরত চাইলে বলে আগে ৮০০০ রিঙ্গিত দাও, তোমারে আনতে কোম্পানির যে খরচ হইছে সেইটা। নাম মোঃ জসিম উদ্দিন, পাসপোর্ট নং A08834512, জাতীয় পরিচয়পত্র নং 19952693412345678। ভাই কোথায় অভিযোগ দিব",
  [("bd_passport", "A08834512"), ("bd_nid", "19952693412345678")])
F("fees_and_debt", "bn-Latn",
  "permit renew er tk amader theke ney, 1850 ringgit ekbare. company ekta tk o dey na. je mash e dite parina oi mash er beton hold kore rakhe, bole renew er tk pura holei beton pabi",
  [])
F("fees_and_debt", "en",
  "the agent gave my father loan 3 lakh with our land paper as guarantee. now I must work 2 year for his cousin company to clear. interest 10 percent every month, so the loan never finish",
  [])
F("fees_and_debt", "bn",
  "মামার কাছ থেকে মাসে ৫% সুদে ৪ লাখ নিয়া দালালরে দিছি। এখানে ৬ মাস কাজ নাই, ক্যাম্পে বসা, খাওয়ার টাকাও কোম্পানির খাতায় লিখে রাখে পরে কাটবে বলে। বাড়িতে পাওনাদার আসে প্রতিদিন",
  [])
F("fees_and_debt", "bn-Latn",
  "onno company te jaite chaile new boss 3000 ringgit chay 'release' er jonno, ager boss bole visar tk ferot na dile release letter dibo na. tk nai, tai ekhane e pore thakte hobe",
  [])

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "Malaysia processing er 1st kisti 1,50,000 bkash koren ei number e 01819-456321 (personal, cash out charge soho). ek bare na, 25 hajar kore kore 6 bar den, limit e atkabe. screenshot whatsapp e diben",
  [("phone", "+8801819456321")])
F("payments_and_proceeds", "bn",
  "টাকা এক নাম্বারে পাঠাবেন না, ৩ টা নাম্বারে ভাগ করে দেন ৪০ হাজার করে। নগদ ০১৭১১-২৩৪৫৬৭, বিকাশ ০১৯১৫-৮৮৭৭৬৬, রকেট ০১৫৫২-৩৩৪৪৫৫। রেফারেন্সে কিছু লিখবেন না",
  [("phone", "+8801711234567"), ("phone", "+8801915887766"), ("phone", "+8801552334455")])
F("payments_and_proceeds", "en",
  "Bos, 12 kepala ready for your site, all Bangla, strong. RM 1,800 per head, pay USDT TRC20 only to " + TRON1 + " . After payment I send passport copy and bring them Sunday night by van",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "ভাই আপনার কথামতো ৫০ হাজার পাঠাইলাম, TrxID BFK7Q2M9XA। এখন আমার ছেলের পাসপোর্টটা ছাড়েন, ও বাড়ি আসবে। আর কত টাকা দিলে ছাড়বেন পরিষ্কার কইরা বলেন",
  [("mfs_transaction", "BFK7Q2M9XA")])
F("payments_and_proceeds", "bn-Latn",
  "sob worker er beton ekhon theke amar Maybank account e dhukbe, ami hisab kore protik jon ke 400 ringgit cash dibo, baki desher family ke hundi te pathai dibo. keu nijer account khulbe na, bujhso?",
  [])
F("payments_and_proceeds", "en",
  "receive already bro, Nagad TxnID: 7GH3K2PA for 25k. next one use crypto better, bkash now got checking. my BTC " + BTC1 + " , tell the family send through Binance P2P, 5 people x 1 lakh",
  [("mfs_transaction", "7GH3K2PA"), ("btc_address", BTC1)])
F("payments_and_proceeds", "bn-Latn",
  "boss er wife er nam e account, oikhane 20 jon er ot er tk jay. ami dekhsi payslip e ot 600, amader hate ase 150. baki tk ora ETH e convert kore rakhe, ei je address " + ETH1 + " ami screenshot nisi",
  [("eth_address", ETH1)])

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "হোস্টেলের গেট রাতে বাইরে থেকে তালা দেয়, সুপারভাইজার চাবি নিয়ে বাসায় চলে যায়। ৬০ জন ভিতরে। আগুন লাগলে সবাই পুইড়া মরবো। দিনে লরিতে সাইট, সাইট থেকে আবার লরিতে হোস্টেল, আর কোথাও যাওয়া নিষেধ",
  [])
F("isolation_and_control", "bn-Latn",
  "amader sob passport company r office e, chaile bole 'safe keeping'. gelo mash e ammu assustho, deshe jete chailam, bole passport pabi na contract sesh hoy nai. contract kobe sesh keu jane na",
  [])
F("isolation_and_control", "en",
  "We cannot go out from kongsi. only lorry to site and back. Sunday also got guard at gate, need supervisor letter to go kedai. night time they collect all phone, morning give back",
  [])
F("isolation_and_control", "bn",
  "ফোন নিয়া রাখছে, সপ্তাহে একদিন ৫ মিনিট বাড়িতে কথা বলতে দেয়, তাও পাশে দাঁড়াইয়া শুনে। মা জিজ্ঞেস করলে বলি ভালো আছি। এই নাম্বারটা এক বাংলাদেশি দোকানদারের, উনি লুকাইয়া দিছে",
  [])
F("isolation_and_control", "bn-Latn",
  "bhai kauke bolben na ami msg dichi. ei fon amar na. 40 jon ek ghore, jalna te net diye dise. bahire jaite dey na, bazar o ora kore ane ar tk beton theke kate",
  [])
F("isolation_and_control", "en",
  "Supervisor check our phone every week. Who join the union group or MTUC page, he delete and give warning. Not allow keep Bangla sim also, only company sim and he can see who we call",
  [])
F("isolation_and_control", "bn",
  "আমাদেরকে রাত ২টায় ভ্যানে তুইলা এক সাইট থেকে আরেক সাইটে নিয়া যায়, জানালা কালো। কোথায় আছি জানি না, লোকেশন চাইলে ফোনে জিপিএস বন্ধ করা। কেউ জিজ্ঞেস করলে বলতে বলছে আমরা বেড়াইতে আসছি",
  [])
F("isolation_and_control", "bn-Latn",
  "permit card ta boss er kache, amra pai shudhu photocopy. bahire gele supervisor ke likhe dite hoy ke koi jabe koto tay firbe. time er por firle 50 ringgit fine. mosjid e jumma te jaite o permission lage",
  [])

# labour_exploitation (8: bn 3, bn-Latn 2, en 3)
F("labour_exploitation", "en",
  "4 month no salary. Boss say next month next month. We eat only rice and dal, borrow from mamak kedai until they also don't want give. Some brothers sell their phone already",
  [])
F("labour_exploitation", "bn",
  "সকাল ৭টা থেকে রাত ১১টা ঢালাইয়ের কাজ, সপ্তাহে ৭ দিন। ওভারটাইম এর টাকা চাইলে বলে এইটা বেসিকের মধ্যে ধরা। পেস্লিপ কোনোদিন চোখে দেখি নাই",
  [])
F("labour_exploitation", "bn-Latn",
  "plantation e protidin 1 ton FFB target, puron na hole oi diner beton kata. hat e kanta dhuke ghaa hoye gese pus ber hoy, mandor bole medical nai kaj koro. raate hat e dhore thaka jay na",
  [])
F("labour_exploitation", "en",
  "Dormitory 20 men one room, toilet broken 2 weeks, we bath at site tap. Salary slip show SGD 1,200 but cash we receive 700 only, and they make us sign the slip. No copy give",
  [])
F("labour_exploitation", "bn",
  "মাসে একদিনও ছুটি নাই। জ্বর আসলে ঐ দিনের টাকা তো কাটেই, আবার ৫০ রিঙ্গিত জরিমানা। ডাক্তার দেখাইতে নিয়া যায় না, প্যানাডল খাইয়া কাজে যাইতে হয়",
  [])
F("labour_exploitation", "bn-Latn",
  "factory te 12 ghonta shift, 30 din e 30 din. OT rate bolse 6 ringgit/hr kintu payslip e OT 0 dekhay. kisu bolle transfer kore dey onno line e night shift e",
  [])
F("labour_exploitation", "en",
  "Rafiq fell from scaffolding 3rd floor, leg broken. Boss no bring hospital, say go back hostel rest, no work no pay. No SOCSO claim, because boss never register us. Now 2 week he just lying there",
  [])
F("labour_exploitation", "bn",
  "৮ মাসের বেতন বাকি। কোম্পানি বলে তোমাদের বেতন ব্যাংকে জমা আছে, দেশে যাওয়ার সময় একসাথে দিবো, আগে দিলে তোমরা পালাইবা। খাবার খরচ চাইলে ২০ রিঙ্গিত করে দেয় সপ্তাহে",
  [])

# threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn-Latn",
  "boss bolse jodi labour office e complain koro ami nije immigration e phone dibo, tomar permit nai, sojha jail tarpor deport. 5 bochor Malaysia dhukte parba na. tai sobai chup",
  [])
F("threats_and_coercion", "bn",
  "দালাল আমাদের বাড়িতে লোক পাঠাইছে, আব্বারে বলছে ছেলে যদি বাকি ২ লাখ না দেয় আর ওখানে কাজ ছাড়ার কথা বলে তাইলে জমি লিখ্যা নিবো, আর বোনের বিয়া কেমনে হয় দেখবো",
  [])
F("threats_and_coercion", "en",
  "Supervisor hit Rafiq with PVC pipe because he ask salary in front of everybody. Then he say to all of us, next time who open mouth same thing, and I call my Indon friends come kongsi night time",
  [])
F("threats_and_coercion", "bn-Latn",
  "tumi palaile tomar name police report korbo je tumi company r 15 hajar ringgit churi kore palaiso. tokhon dekhbo kon embassy tomake bachay. bhalo chao to kaj koro",
  [])
F("threats_and_coercion", "bn",
  "যারা লেবার অফিসে গেছিল ওই চারজনরে পরদিন ভোরে ক্যাম্প থেকে তুইলা নিয়া গেছে, আর কোনো খবর নাই। বস সবাইরে ডাইকা বলছে কেউ মুখ খুললে ঐ অবস্থা হবে",
  [])
F("threats_and_coercion", "en",
  "(voice note) listen ah, you want run away can, but I cancel your permit tomorrow. then you PATI, every roadblock sure kena tangkap, depot 6 month then deport. better you stay quiet and work, understand or not",
  [])
F("threats_and_coercion", "bn-Latn",
  "boss ke bolsi deshe jabo, bole jao kintu passport pabi na. ar tomar chhoto bhai je amader onno site e ase, ore o ber kore dibo salary chara, ar or permit o cancel. bhaiyer kotha vebe ar kichu bolte parlam na",
  [])

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপা, বলছিল ইলেকট্রনিক্স ফ্যাক্টরি, এখন একটা স্পা তে রাখছে ক্লাংএ। রাতে কাস্টমারের রুমে যাইতে বলে, না গেলে খাবার দেয় না। আমার সাথে আরো ৪টা মেয়ে, সবাই বাংলাদেশের। পাসপোর্ট ম্যাডামের কাছে",
  [])
F("sexual_exploitation", "en",
  "New girls from Bangladesh arrive Friday 🌸🌸 young, fresh, first time Malaysia. Outcall KL/Selangor area RM 250 per session, hotel or your place. Booking WhatsApp wa.me/60123456789 only, no call",
  [("whatsapp", "+60123456789")])
F("sexual_exploitation", "bn-Latn",
  "supervisor bole tar room e raate gele OT list e naam dibe ar easy line e dibe. na gele kalke theke kaj nai, deshe pathai dibe. amra 3 jon meye ei line e, ekjon already geche, o ekhon kotha bole na",
  [])
F("sexual_exploitation", "en",
  "GRO job for Bangladeshi ladies at karaoke Johor. Passport we keep for safety. Customer pay drinks and 'extra' in the room, you get commission only after your ticket and visa debt clear. Stay in our house upstairs",
  [])
F("sexual_exploitation", "bn",
  "যে বাসায় কাজের জন্য আনছে, মালিকের বড় ছেলে রাতে দরজা ধাক্কায়, দুইবার ঢুইকা গেছে। ম্যাডামরে বললাম, উনি বলে চুপ থাকো নাইলে পুলিশে দিবো, তোমার পারমিট নাই। আমি কারে বলবো",
  [])
F("sexual_exploitation", "bn-Latn",
  "bhai tomar kongsi te 30 jon bangali na? shonibar rate ami 3 ta meye niye ashbo, desh er meye. 60 ringgit ekjon, boss er share alada. ekta khali room ready rakho ar guard ke 20 diye dio",
  [])
F("sexual_exploitation", "en",
  "Update from admin Telegram @kl_bd_girls 🔥 3 new Bangla girl just reach, cannot speak Malay, stay in our house only, cannot go out alone. Booking through admin only, pay cash to driver",
  [("telegram", "@kl_bd_girls")])

# minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn-Latn",
  "chele r boyosh 16 to ki hoise, passport e 19 kore dibo, birth certificate change er jonno alada 30 hajar. Malaysia te keu jiggesh korbe na, dekhte boro lage. factory te oner moto onek ase",
  [])
F("minors", "bn",
  "আমার ভাগিনা মাত্র ১৫ বছর, দালাল সিঙ্গাপুরের কথা বলে নিয়া গেছে গত বছর। এখন শুনি মালয়েশিয়ার এক রাবার বাগানে কাজ করায় সকাল থেকে রাত। স্কুলে তো আর যাইতে পারলো না, ফোনে কান্দে",
  [])
F("minors", "en",
  "Boss need small boys for the bangsal and cleaning drain, 14-15 age also ok. Small boy fast, cheap, don't argue. No need permit, they stay inside the site, nobody check",
  [])
F("minors", "bn",
  "মেয়ের বয়স ১৪, বলছে সিঙ্গাপুরে এক বাসায় বাচ্চা দেখাশোনার কাজ, মাসে ৩০ হাজার। জন্মনিবন্ধনে বয়স বাড়াই দিবে, ওখানে গিয়া পরে এক মালিকের সাথে বিয়াও দিয়া দিবে বলতেছে",
  [])
F("minors", "bn-Latn",
  "amader line e 2 ta pichchi chele ase, 13-14 bochor hobe. oder dia roof er upor cement er bosta uthay, ektu deri hole thappor. raat e dujon kanna kore ammu ammu bole",
  [])
F("minors", "en",
  "Need girl 15-17 for 'housemaid' Johor area, look young better, client request specific. Passport we arrange age 21, no problem at KLIA. Contact +60 17-345 2210 after 10pm",
  [("phone", "+60173452210")])
F("minors", "bn-Latn",
  "NID nai to ki, birth certificate e boyosh 3 bochor barai dilei passport hoye jabe. tomar chele 15 hoilo o cholbe, amra 10 ta pathaisi ei bochor. 20 hajar advance lagbe shudhu",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মালয়েশিয়ায় অবৈধভাবে অবস্থানের অভিযোগে ১৩২ বাংলাদেশি আটক। কুয়ালালামপুরের বিভিন্ন নির্মাণ সাইটে অভিযান চালিয়ে তাদের আটক করে দেশটির ইমিগ্রেশন বিভাগ। হাইকমিশন জানিয়েছে, আটককৃতদের কনস্যুলার সহায়তা দেওয়া হচ্ছে")
N("news", "en",
  "KUALA LUMPUR: Employers found holding on to foreign workers' passports can be fined up to RM10,000 or jailed, the Home Ministry reminded today, after complaints from workers at several plantations in Pahang.")
N("news", "bn-Latn",
  "dekhen bhai khobor e dise Malaysia labour market June theke abar khulbe, ar 79 hajar takar beshi nile agency r license batil. eibar jodi sotti hoy tahole valo, sobai dekhe shune jaben")
N("news", "bn",
  "সিঙ্গাপুরে নির্মাণ শ্রমিকদের ডরমিটরির নতুন নীতিমালা: প্রতি রুমে সর্বোচ্চ ১২ জন, প্রতি ১৫ জনে একটি টয়লেট। ২০৩০ সালের মধ্যে সব পুরনো ডরমিটরি এই মানে আনতে হবে বলে জানিয়েছে জনশক্তি মন্ত্রণালয়")
N("news", "en",
  "Dhaka Tribune: RAB arrests three members of a human trafficking ring in Narayanganj who allegedly sent young men to Malaysia by sea for Tk 2-3 lakh each. Several victims were rescued in Teknaf, police said.")
N("news", "bn-Latn",
  "Somoy TV te bollo Malaysia r recalibration program er deadline December porjonto barano hoise, undocumented bhai ra employer er maddhome legal hote parben. jader permit nai ora agency r sathe kotha bolen")
# awareness
N("awareness", "bn",
  "সতর্কবার্তা: মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা। কেউ এর বেশি টাকা চাইলে, টাকা নিয়ে রশিদ না দিলে অথবা পাসপোর্ট নিজের কাছে রাখতে চাইলে সেই দালাল থেকে দূরে থাকুন। বিদেশ যাওয়ার আগে বিএমইটি থেকে স্মার্ট কার্ড নিন। — প্রবাসী অধিকার ফোরাম")
N("awareness", "bn-Latn",
  "*Forwarded many times* bhai ra sabdhan!! facebook e 'Malaysia factory visa 2 lakh e' type post dekhle age BMET er site e agency r license check koren. dalal er mukher kothay bkash e tk diben na. share kore sobai ke janan 🙏")
N("awareness", "en",
  "Workers' rights reminder: Your employer cannot keep your passport. Overtime must be paid at least 1.5 times normal rate. Salary must be paid before the 7th of every month. Levy is employer's cost, cannot cut from your salary. Problem? Email our helpdesk migrantdesk.my@gmail.com",
  [("email", "migrantdesk.my@gmail.com")])
N("awareness", "bn",
  "প্রবাসী ভাইয়েরা, বেতন না পেলে বা মালিক পাসপোর্ট আটকে রাখলে ভয় পাবেন না। হাইকমিশনের শ্রম উইং এ লিখিত অভিযোগ দিন, সাথে পেস্লিপ আর পারমিটের ছবি রাখুন। অভিযোগকারীর পরিচয় গোপন রাখা হয়")
N("awareness", "en",
  "Sharing from TWC2 page: If your boss ask you sign blank paper or letter say you already received salary when you did not, DON'T SIGN. Take photo, keep your own record of working hours and contact a migrant worker centre.")
N("awareness", "bn-Latn",
  "aj jumma te imam saheb bollen: keu jodi bole kaj dibo kintu age passport dao, tk dao, sabdhan. ar ghorer meye ke 'factory kaj' er nam e bidesh e pathaben na jachai na kore. bhalo kotha, sobai mone rakhben")
# official
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৩৪) — মালয়েশিয়ার ইলেকট্রনিক্স ফ্যাক্টরিতে ২০০ জন পুরুষ কর্মী নিয়োগ। বেতন ১৭০০ রিঙ্গিত, ওভারটাইম আইন অনুযায়ী, থাকা কোম্পানির। খরচ সরকার নির্ধারিত ৭৮,৯৯০ টাকা, ব্যাংকের মাধ্যমে, রশিদসহ। বিএমইটি নিবন্ধন বাধ্যতামূলক। যোগাযোগ: ০১৭৯৯-১২৩৪৫৬",
  [("phone", "+8801799123456")])
N("official", "en",
  "High Commission of Bangladesh, Kuala Lumpur — NOTICE: Mobile passport service for workers at Pasir Gudang on 14 December 2026, 9am-4pm. Bring old passport, copy of work permit and NID card. Fees as per government rate only, pay at counter.")
N("official", "bn-Latn",
  "Apnar BMET smart card toiri hoyeche. Flight 12/01 DAC-KUL. Briefing 10 Jan sokal 9 ta, office e asben original passport (EB0998123) o NID soho. Kono dalal ke tk diben na. - Rupsha Overseas RL-0987",
  [("bd_passport", "EB0998123")])
N("official", "en",
  "MOM advisory: Employers must pay salary at least once a month and within 7 days after the end of the salary period. Employers must not hold on to workers' passports or work permits. Workers may keep their own documents.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের তিন দিনের প্রাক-বহির্গমন প্রশিক্ষণ আগামী রবিবার থেকে। জাতীয় পরিচয়পত্র, পাসপোর্ট ও ভিসার ফটোকপি সঙ্গে আনতে হবে। প্রশিক্ষণে অংশ না নিলে স্মার্ট কার্ড দেওয়া হবে না")
N("official", "en",
  "Dear worker, your PLKS renewal is approved. Levy paid by employer. Please collect your permit at HR office on Monday 8am. Passport will be returned to you together with the permit. - HR Dept, Sri Murni Plantation Sdn Bhd")
# receipt
N("receipt", "en",
  "You have received Tk 45,000.00 from 01712345678. Ref salary. Fee Tk 0.00. Balance Tk 52,310.50. TrxID CL81KX09PQ at 05/12/2026 14:22",
  [("phone", "+8801712345678"), ("mfs_transaction", "CL81KX09PQ")])
N("receipt", "en",
  "Money Received. Amount: Tk 20000.00 Sender: 01911223344 Ref: Ma TxnID: 73KD9QW2 Balance: Tk 21540.00",
  [("phone", "+8801911223344"), ("mfs_transaction", "73KD9QW2")])
N("receipt", "bn",
  "আপনি ৳১০,০০০.০০ ক্যাশ আউট করেছেন এজেন্ট ০১৮২২৩৪৫৬৭৮ থেকে। চার্জ ৳১৮৫.০০। ব্যালেন্স ৳২,৩১০.০০। TrxID BHR4TT7Y2L ০৬/১২/২০২৬ ১০:০৫",
  [("phone", "+8801822345678"), ("mfs_transaction", "BHR4TT7Y2L")])
N("receipt", "en",
  "Cash-In from A/C: ***4821 Tk 15,000.00 Fee: Tk 0.00 Balance: Tk 15,230.00 TxnId: 4567812390 Date: 10-12-2026",
  [("mfs_transaction", "4567812390")])
N("receipt", "en",
  "Merchantrade: RM 1,200.00 sent to MD SHAHIN ALAM, Sonali Bank Cumilla branch. Rate 26.10. Receiver gets BDT 31,320.00. Ref No MT88213456. Thank you for using our service.")
N("receipt", "bn-Latn",
  "Ammu 30 hajar pathaisi bkash e, TrxID CJ9P0WQ2ZD. dadu r oshudh kinba ar Rina r school er fee dio. baki ta rakhe dio, bole dio na keu ke",
  [("mfs_transaction", "CJ9P0WQ2ZD")])
# family
N("family", "bn",
  "আব্বা, পাসপোর্টটা আলমারির উপরের তাকে লাল ফাইলে রাখছি। এজেন্সি অফিস থেকে ফোন দিলে ওইটা নিয়া যাইয়েন, ভিসা লাগাইয়া ফেরত দিবে বলছে, রশিদ নিয়া আইসেন")
N("family", "bn-Latn",
  "apa, Shumi r biye r jonno 2 lakh lagbe bujhsi. ami 3 mash er moddhe pathai dibo, OT beshi korbo. tumi chinta koro na, chele pokkho ke bolo december e date")
N("family", "en",
  "Bhaiya the agency office called, your medical report is fit, smart card next week. Flight maybe January. Ammu is crying but happy. Don't forget to take the pickle she made")
N("family", "bn",
  "ছোটটার বয়স ১৫ হইলো, সে বলে ভাইয়ের মতো বিদেশ যাবে। আমি বলছি আগে এসএসসি দে, বয়স হোক, তারপর দেখা যাবে। তুমি ওরে একটু ফোনে বুঝাইও")
N("family", "bn-Latn",
  "bou, meye ta ke tuition e diye asho. ei mash e OT beshi korsi, beton valo aise, boss bonus o dise. 2 diner moddhe pathabo, tumi nijer jonno ekta shari kino")
N("family", "en",
  "My passport expiring in March. I booked appointment at the High Commission on 20th. Abbu please send NID photo and my birth certificate photo in WhatsApp, they need for e-passport")
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah notun company te join korlam. beton 1700, OT 1.5 rate, payslip dey protimash. hostel e AC nai kintu fan ase, 6 jon ek room. passport nijer kache. ekhon porjonto valo")
N("worker_content", "en",
  "salary masuk today 💰 RM 2,340 with OT. boss ok la, pay on time every 7th. Sunday off we go Masjid India makan then Kotaraya buy phone cover")
N("worker_content", "bn",
  "এই মাসে ওভারটাইম কম, ১৬০০ রিঙ্গিতের মতো পাইলাম। রোদে কাজ কঠিন, কিন্তু বস বেতন ঠিক সময়ে দেয়, ছুটি চাইলে দেয়। দুই বছর পর দেশে যাবো ইনশাআল্লাহ")
N("worker_content", "bn-Latn",
  "dhur bhai aj o brishti, site bondho, kaj nai mane OT nai. ei mash e beton kom hobe. canteen er dal e jhal nai, Malaysian ra jhal khay na 😒")
N("worker_content", "en",
  "Permit renew done, company pay levy, I only pay RM 60 for FOMEMA medical. Now can go back Bangladesh 1 month leave, boss sign already. Ticket book 22 Dec")
N("worker_content", "bn",
  "কোম্পানি নতুন হোস্টেলে শিফট করছে, রুমে ৬ জন, ওয়াইফাই আছে। রাত ১১টার পর মেইন গেট বন্ধ, আগে চুরি হইছিল তাই, তবে চাবি আমাদের রুম লিডারের কাছেই থাকে। আগেরটার চেয়ে অনেক ভালো")
# joke
N("joke", "bn-Latn",
  "boss amar passport dekhte chaise, ami bollam boss passport er chobi dekhle apni ar raat e ghumaite parben na 😂😂 uni o hasi dise")
N("joke", "en",
  "Kongsi rules: 1) who cook last wash the pot 2) nobody touch Rahim bhai chili 3) wifi password change every time Sohel download movie 4) boss coming = everybody busy 😂")
N("joke", "bn",
  "বউ: বিদেশ থেকে কবে আসবা? আমি: বস যেদিন ছুটি দিবে। বউ: তোমার বসের নাম্বার দাও, আমি কথা বলি। আমি: থাক আমি নিজেই আসতেছি 😂😂")
N("joke", "bn-Latn",
  "tui dalal er moto kotha bolis keno 'sob hoye jabe, tension nio na, visa confirm' 😂 age amar 500 tk ferot de tarpor visa dis")
N("joke", "en",
  "agent in Dhaka told me Singapore got snow. I reach here, only snow I see is the ice in my teh tarik 🤣🤣")
N("joke", "bn",
  "পুলিশ রোডব্লকে থামাইলো, পারমিট দেখাইলাম, উল্টা আমারে জিগায় নাসি লেমাক কোথায় ভালো পাওয়া যায় 😂 বাঙালি এখন মালয়েশিয়ার গাইড")
# chatter
N("chatter", "bn-Latn",
  "bhai kongsi te aj raat e BD vs SL khela dekhbo, Jamal er room e TV ase. chips ar cha niye asho, police er moto dhakka dio na door e 😅")
N("chatter", "en",
  "anyone know which agen for remittance got best rate today? Merchantrade 26.05, Tranglo 26.10, bank also slow. need send home before Friday")
N("chatter", "bn",
  "কেউ কি জানেন পাসপোর্ট রিনিউ করতে হাইকমিশনে এখন কত টাকা লাগে? আমার মেয়াদ মার্চে শেষ, কোম্পানি বলছে আগে রিনিউ না করলে পারমিট রিনিউ হবে না")
N("chatter", "bn-Latn",
  "Sobuj bhai, apnar company te welder lagbe? amar cousin Malaysia te ase, permit valid, current company r contract sesh, release letter o dise. legal transfer korte chay, number dibo?")
N("chatter", "en",
  "guys police roadblock at Jalan Klang Lama tonight, just checking license and permit. bring your documents ya, don't panic, they quite ok")
N("chatter", "bn",
  "মেয়েরা সবাই শুক্রবারে বড় আপার বাসায় আসবে, বিরিয়ানি রান্না হবে। ভাইরা ৫০ রিঙ্গিত করে দিবেন, বাজার শনিবার সকালে")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "bhai bhat khaiso? aj ki ranna holo kongsi te", hard=False)
N("chatter", "en", "Happy birthday Rony bro 🎂🎉 have a great year", hard=False)
N("family", "bn", "আম্মা ঈদ মোবারক। সবাইরে আমার সালাম দিয়েন, ছোটটারে আদর", hard=False)
N("family", "bn-Latn", "abbu oshudh gula kinsen? doctor ki bollo pressure er bapare", hard=False)
N("news", "en", "MetMalaysia: heavy rain and thunderstorm expected in Selangor and Kuala Lumpur tomorrow afternoon.", hard=False)
N("joke", "bn", "শিক্ষক: বল তো পৃথিবী গোল কেন? ছাত্র: স্যার, চ্যাপ্টা হলে তো কিনারা থেকে পইড়া যাইতাম 😂", hard=False)
N("worker_content", "bn-Latn", "aj Sunday, ghum theke uthlam 11 tay. bikele football khelbo", hard=False)
N("receipt", "en", "Recharge of Tk 50.00 to 01633456789 successful. Balance Tk 112.40. Thank you for using Robi.", [("phone", "+8801633456789")], hard=False)
N("awareness", "bn", "ডেঙ্গু প্রতিরোধে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন, জ্বর হলে ডাক্তারের পরামর্শ নিন", hard=False)
N("official", "en", "Notice: Office closed 10-12 April for Hari Raya. Happy holidays to all staff.", hard=False)
N("chatter", "bn", "কাল কয়টায় খেলা শুরু? আমি ডিউটি থেকে আসতে আসতে ৭টা বাজবে", hard=False)
N("family", "en", "Ammu I reached hostel safe, now sleeping. call you tomorrow inshallah", hard=False)

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
    random.Random(81).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev81-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
