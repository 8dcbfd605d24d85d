#!/usr/bin/env python3
"""voice4: 120 innocent hard negatives (label ok, no flag items), written on 2026-12-05 by a blind writer
who never read the rules, the other sets or the code; persona: a 24-year-old Bangladeshi lawful worker in
Johor (Malaysia) who runs his friends' group chat with friends in Dubai, Rome and Dhaka (banter, cricket,
jokes, remittances, lawful job complaints, visa renewals, girlfriends and weddings), writing in Sylheti and
Dhaka Banglish, gamer and text-speak English.
Written for round 10 of issue 15 to find the packs' false alarms on ordinary talk; its odd ids were
read to close false alarms by class, its even ids scored before they were read (docs/rules.md,
"Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/voice4.jsonl"
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


BTC1 = btc("voice4-btc-1")
TRON1 = tron("voice4-tron-1")
ETH1 = eth("voice4-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- hard negatives (120, all innocent)
# Voices: family 45, worker_content 25, chatter 20, joke 15, awareness 15.

# ----- family: bn (15)
N("family", "bn", "আম্মা: বাবা তোর পাসপোর্ট আমি আলমারিত তালা দিয়া থইছি, ভিসার কাগজও লগে। যাওয়ার দিন হাতো দিমু, ইবার আর হারাইছ না 🙏")
N("family", "bn", "ভাইয়া, রিমির বিয়ার কথা পাকা। ছেলে এমসি কলেজর লেকচারার, রিমি নিজে দুইবার দেখা করছে, তাইর পছন্দ হইছে। রিমির ২৩ চলের, অনার্স শেষ। তুমি ছুটি নিয়া আইতায় নি ডিসেম্বরো?")
N("family", "bn", "আম্মা টাকা পাঠাইলাম, ১৫,০০০ টাকা বিকাশে গেছে। TrxID BKD4X92LQA মেসেজ আইলে জানাইও। ইবার মাসো ওভারটাইম বেশি আছিল তাই বেশি দিলাম 😊",
  [("mfs_transaction", "BKD4X92LQA")])
N("family", "bn", "আব্বার এনআইডিত জন্মসাল ভুল, জমির নামজারির লাগি ঠিক করা লাগব। NID নং ৪৬১২৩০৮৭৫৯, ইউনিয়ন অফিসো ফরম জমা দিছি, ৩০ দিন লাগব কইছে।",
  [("bd_nid", "4612308759")])
N("family", "bn", "মামার ইকামা হই গেছে আলহামদুলিল্লাহ, কফিল ভালা মানুষ, বেতনও টাইমে দের। মামি আর কান্দইন না এখন 😅")
N("family", "bn", "আম্মার নতুন নাম্বার সেভ করি রাখো সবাই: ০১৭১২-৪৫৬৭৮৯, পুরানটা বাজারো হারাই গেছে।",
  [("phone", "+8801712456789")])
N("family", "bn", "খুশির খবর, আব্বা ছোটো খেতটার বন্ধক ছাড়াই আনছইন আইজ। তিন বছরর জমানো টাকা দিয়া। আর কোনো লোন নাই ঘরো 🤲")
N("family", "bn", "ছোটো ভাই রাসেল মালয়েশিয়া যাইব বোয়েসেল দিয়া, সরকারি খরচ ৭৯ হাজার, রশিদ দিছে। কুনু দালালরে এক টাকাও দিছি না। স্মার্ট কার্ডও হই গেছে ✅")
N("family", "bn", "নানু তিন দিন ধরি ঘরো আটকা, উঠানো কোমর পানি। বাইরে যাইতা পারইন না। মামু নৌকা দিয়া বাজার আনি দের, চিন্তা করিও না।")
N("family", "bn", "ফুফাতো বইনর বিয়া লন্ডনি ফুয়ার লগে। ফুরিয়ে নিজে রাজি, দুইজন এক বছর ভিডিও কলো কথা কইছে। বিয়ার পরে স্পাউস ভিসার কাগজ জমা দিবা, উকিল দিয়া, আইনমতো।")
N("family", "bn", "আম্মু, তানহার জন্মনিবন্ধন অনুযায়ী বয়স ৫ বছর ১১ মাস, ক্লাস ওয়ানো ভর্তির লাগি ৬ লাগে। হেডস্যার কইছইন জানুয়ারিত আবার আইতা।")
N("family", "bn", "🎤 ভয়েস নোট (আম্মা): বাবা, মালয়েশিয়াত পাসপোর্ট কারো হাতো দিও না, নিজর কাছে রাখিও... কোম্পানি রিনিউর লাগি নিলে কাগজ লইও। ফটোকপি আর ছবি মোবাইলো তুলি রাখিও, তোমার আব্বায় কইছইন।")
N("family", "bn", "আব্বা কইছইন রাফি বিকালে দোকানো বইব খালি দুই ঘণ্টা, পড়া শেষ করিয়া। তার ১৫ বছর, সামনের বছর এসএসসি। রেজাল্ট খারাপ হইলে দোকান বন্ধ।")
N("family", "bn", "আম্মা জিগাইলা হুন্ডিত পাঠাই নি। না আম্মা, ব্যাংকো পাঠাই, রেট একটু কম কিন্তু সরকার আড়াই পার্সেন্ট প্রণোদনা দেয়, কুনু ঝামেলা নাই।")
N("family", "bn", "রুবেল ভাইর কন্ট্রাক্ট শেষ, কোম্পানি ফাইনাল সেটেলমেন্ট আর টিকেট দিছে। শুক্রবার সকালো ওসমানী এয়ারপোর্টো নামবা, কেউ গাড়ি ঠিক করো।")

# ----- family: bn-Latn (15)
N("family", "bn-Latn", "Bhai, Probashi Kallyan Bank er loan er kisti 12 tarikh, 8,500 taka. Tomar Malaysia visa r jonno je loan nisilam oita. Bank bolse abbu r NID copy lagbe abar, NID no 19689112703456218. Ei mashe ektu aga pathaite parba? Abba tension kortese 😕",
  [("bd_nid", "19689112703456218")])
N("family", "bn-Latn", "Amma: tor company passport rakhse ni re?\nMe: na amma, passport amar locker e, company khali copy rakhse permit renew er lagi. Chinta koiro na 😘")
N("family", "bn-Latn", "Apu bolse Ayaan er boyosh 4 bochor 8 mash, KG te vorti korbe Jan e. Oi school e naki 4+ hoile nay. Ami admission fees ta dibo inshallah")
N("family", "bn-Latn", "Mitu apa Rome jaitese Jubayer bhai er kase, ricongiungimento familiare er nulla osta ashse finally 🥹 2 bochor lagse file e. Embassy te visa interview 14 tarikh")
N("family", "bn-Latn", "Khala call dise abar 🙄 meye BBA 3rd year, 21 bochor, meye nijei naki bolse age dekha korbe tarpor decide. Ami bollam Dec e ashi age, ekhon na")
N("family", "bn-Latn", "Amma Tamim er phone niye nise, test exam sesh na howa porjonto dibe na 😂 bechara ekhon amma r phone theke amake whatsapp e complain kore lol")
N("family", "bn-Latn", "Nila Zindabazar e Shathi apa r parlour e kaj shikhbe 3 mash, tarpor beton 8 hajar. Amma raji, bashar kase, sondhar age ferot. Ami bolsi valo idea, nijer parlour dibe ekdin")
N("family", "bn-Latn", "Sabbir er biyer mohorana fix hoise 5 lakh, meyer baba nijei bolse. Kabin Friday, holud Wednesday. Keu Dubai theke ashte parbi ⁉️")
N("family", "bn-Latn", "Bhaiya NSU te admission er advance 30k dite hobe 20 tarikh er moddhe, baki installment e. Bkash e pathaisi varsity r merchant e, TrxID 7HQ3M8ZK2P. Receipt pic dilam",
  [("mfs_transaction", "7HQ3M8ZK2P")])
N("family", "bn-Latn", "Barirwala notun rule dise, 11 tay main gate e tala, tarpor keu dhukte parbe na. Rafi bhai er night shift, tai o extra chabi chaisilo, dey nai 🤦 kal meeting ase flat er shobar")
N("family", "bn-Latn", "Ammu Sundarban courier e Tareq er passport copy, chobi ar SSC certificate er copy pathaise Dhaka te Japan er language school er agency te. Original passport amma r almari te, visa stamping er shomoy original jabe embassy te.")
N("family", "bn-Latn", "Shobai amar boner page e follow dio plz 🎂 @nilas_cakery_syl , Sylhet town er moddhe home delivery. Birthday cake order nitese 😊",
  [("instagram", "@nilas_cakery_syl")])
N("family", "bn-Latn", "Nanu bole Mim 10 bochor hoise, rannaghor er kaj shikhuk. Apa boltese age porashuna, shudhu shokale nanu r jonno cha banay, ar kono kaj na 😅")
N("family", "bn-Latn", "Abbu bolse Ammu ke bolis na, Eid e surprise dibo ekta sonar chain. Ami 20k dibo, tumi 20k. Keu kisu bolbi na kintu 🤐")
N("family", "bn-Latn", "Chachar BRAC er kisti protti shoptahe 1200 taka, goru kinse 2 ta. Ami bolsi ei mash ami dimu, next mash theke dudh bechi chalaibo")

# ----- family: en (15)
N("family", "en", "bro ammu's passport renewed, e-passport no EB0427815, umrah group leaves march 3rd with abbu. agency has a govt hajj licence, i checked it on the ministry site",
  [("bd_passport", "EB0427815")])
N("family", "en", "khala says the italian embassy kept her passport for the visa stamping, gave her a token slip and said collect after 10 working days. that's normal right??")
N("family", "en", "tamim (17) wants to do part time at mama's phone shop after college, 3-7pm, fridays off, 6k a month. told him ok only if his hsc results dont drop lol")
N("family", "en", "abbu on call: dont do so much overtime, ur health first. me: abbu OT is 1.5x, 2 hrs a day only, that's how im paying for the tin roof 😅 he's still worried tho")
N("family", "en", "to all the chachis asking: rumi is 14, she's in class 8, no 'proposal' talk in this family until she finishes her degree. end of discussion 🙏")
N("family", "en", "Jubayer bhai got his permesso di soggiorno renewed, 2 yrs. questura took fingerprints n gave him the receipt. says he can finally visit desh in july")
N("family", "en", "for the walima catering talk to chachi directly, she handles everything: wa.me/8801819334210 . dont pay advance to anyone else pls",
  [("whatsapp", "+8801819334210")])
N("family", "en", "sis forwarded a msg from ammu: 'don't send all the money, keep some for urself, eat properly'. bro i literally have RM400 left after sending, im fine 😭")
N("family", "en", "my cousin Shuvo got his student visa for Japan, language school in Osaka. the banani agency only took the school fee, paid straight to the school's bank acc, receipt and all")
N("family", "en", "sis: ammu said if u don't come home for eid she'll disown u 😂 me: tell her my leave got approved, 18 days, airasia ticket booked already")
N("family", "en", "bhaiya finally paid back the 2 lakh he borrowed from mama for his malaysia visa. took him 14 months. mama hugged him and said next time borrow from family only, not from outside people 🥹")
N("family", "en", "nephew locked himself in the bathroom again 💀 had to call the neighbour uncle to open it with a screwdriver. he's 3 and v proud of it")
N("family", "en", "Brother got his BMET smart card today, flight to KL on the 9th. company pays the levy + ticket, 3 yr contract, RM1,700 basic. i'll pick him up at KLIA 🙌")
N("family", "en", "sharing chacha's dubai number for anyone visiting: +971 50 412 7789. he'll pick u up from DXB no problem",
  [("phone", "+971504127789")])
N("family", "en", "my niece asked how old she has to be to 'go to malaysia like chachu'. told her after masters 😂 she's 7 and wants to be a pilot now")

# ----- worker_content: bn (9)
N("worker_content", "bn", "হোস্টেলো রাইত ১২টার পরে গেট বন্ধ, ওয়ার্ডেনর নিয়ম। নাইট শিফটর মানুষর লাগি আলাদা কার্ড আছে। তালা দেখিয়া ডরাইবার কিচ্ছু নাই 😂")
N("worker_content", "bn", "ইবার বেতন দুই দিন দেরি, দীপাবলির ছুটির লাগি ব্যাংক বন্ধ আছিল। আইজ ঢুকছে পুরা, ওভারটাইম সহ RM2,480। এইচআর আগেই নোটিশ দিছিল।")
N("worker_content", "bn", "এই সপ্তাহে অফ ডে নাই, অর্ডার বেশি। তবে সুপারভাইজার লিখি দিছে সামনের সপ্তাহে দুই দিন অফ, আর রোববারর কাজ ডাবল রেট। মানি নিলাম।")
N("worker_content", "bn", "পে স্লিপ দেখলাম, SOCSO ঠিকঠাক কাটছে, হোস্টেল ভাড়া RM50 কাটছে যেটা কন্ট্রাক্টো লেখা আছে। বাকি সব হাতো। কেউ ডিডাকশন না বুঝলে আমারে কইও।")
N("worker_content", "bn", "রোমর জাকির ভাই কইলা ডেক্রেতো ফ্লুসির নুল্লা ওস্তা আইছে উনার চাচাতো ভাইর লাগি, মালিকর নিজর কৃষি খামার, কন্ট্রাক্ট ৯ মাস। প্রেফেত্তুরাত গিয়া ভেরিফাই করছইন।")
N("worker_content", "bn", "রোজার মাসো কেন্টিন দুপুরো বন্ধ, সেহরি আর ইফতার কোম্পানি দের। 'এক বেলা খাইলাম' কইয়া আম্মারে ডর দেখাইছ না কেউ 😂")
N("worker_content", "bn", "দেশো থাকতে টিটিসিতে তিন মাস ওয়েল্ডিং কোর্স করছিলাম, ওই সার্টিফিকেটর লাগি এখন এখানে স্কিল্ড রেট পাইরাম। নতুন যারা আইতা চাও আগে ট্রেনিং লও।")
N("worker_content", "bn", "ছোট ভাইয়ের সিকিউরিটি গার্ডের চাকরি হইছে গুলশানে, ১২ ঘণ্টা ডিউটি, মাসে ১৮ হাজার, সপ্তাহে এক দিন ছুটি। এজেন্সি লাইসেন্সওয়ালা, কোনো টাকা লাগে নাই।")
N("worker_content", "bn", "ফ্যাক্টরিত অডিট চলের, লাইনো ফোন নেওয়া নিষেধ, গেটর লকারো থইয়া ঢুকা লাগে। ব্রেকো ফোন হাতো পাই। এর লাগি দুপুরে রিপ্লাই দিতাম পারছি না।")

# ----- worker_content: bn-Latn (8)
N("worker_content", "bn-Latn", "Aaj 12 ghonta shift silo, 4 ghonta OT, rate 1.5x. Mash sheshe slip e dekhi OT 64 hours = RM 560 extra 💸 tired but worth it bhai")
N("worker_content", "bn-Latn", "Company levy ar permit renew fee nijei dise, amar theke kono taka kaate nai. Onek e bolsilo zero cost policy sob kotha, ekhn dekhi sotti 👍")
N("worker_content", "bn-Latn", "Amader canteen e helper lagbe, experience lagbe na, RM1,700 + OT, kintu shudhu jader PLKS valid ase. HR office e nijei apply korte hobe, kono agent na")
N("worker_content", "bn-Latn", "Dubai theke Sami: visa renew er medical dilam aaj Al Qusais e, Emirates ID biometric next week. company PRO shob korse, ami shudhu gelam ar ashlam 😎")
N("worker_content", "bn-Latn", "Rajib er bonus 2 mash atke silo, JTK te complaint dise JB office e, 1 week er moddhe company shob dise. Amra legal worker bhai, voy er kisu nai")
N("worker_content", "bn-Latn", "Hostel room e 8 jon, double decker bed, kintu AC ase, wifi ase, rannar jaiga alada. Dhaka r mess er theke valo shotti 😂")
N("worker_content", "bn-Latn", "Rome e restaurant e kaj shuru korlam, contratto part time 24 ore, extra ghonta gula busta paga te ashe. Sunday off. Capo ta kharap na, shudhu chillay 😅")
N("worker_content", "bn-Latn", "Sami job change korse, purono company NOC dise, notun company te transfer MOHRE diye. Salary 2200 theke 3000 dirham 🔥 treat chai")

# ----- worker_content: en (8)
N("worker_content", "en", "heads up: HR collecting passports tmr for PLKS renewal at imigresen, they give u an acknowledgment slip w/ ur name n passport no. last yr it came back in 5 days with the new sticker. keep a photo of ur passport just in case")
N("worker_content", "en", "factory got bought by a japanese company lol, we got 'sold' with the building 💀 HR says same contract same salary, only new logo on the uniform")
N("worker_content", "en", "ngl 60 hrs this week but every OT hour is on the slip, 1.5x weekdays, 2x sunday, 3x public holiday. boss cant skip it, the punch card machine dont lie")
N("worker_content", "en", "got an interview call from a JobStreet post, QC inspector in Pasir Gudang. HR emailed from hr.recruit@pgprecision.com.my, said no fee at all, just bring permit n cert",
  [("email", "hr.recruit@pgprecision.com.my")])
N("worker_content", "en", "for my cousin: agency is licensed (RL number on the BMET site matches), BAIRA member, they charged Tk 78,990 and gave a printed money receipt w/ signature. no extra 'setting' money. thats how u check")
N("worker_content", "en", "canteen had only rice dal n egg today bc the supplier didnt show up lmao. supervisor bought KFC for the whole line to say sorry 😂 W supervisor")
N("worker_content", "en", "[voice note, transcribed] yeah so my contract ends in feb, company already booked the ticket and the final settlement comes with the EPF withdrawal... might renew tho, they offered plus RM200")
N("worker_content", "en", "Sami's new company gives labour camp accom, 6 per room, bus to site at 5:30am. he says long day but 1hr lunch + friday off, salary thru WPS on time every month")

# ----- chatter: bn (7)
N("chatter", "bn", "ঢাকার রাকিব: মিরপুর ১০ থেকে বনানী আসতে ৩ ঘণ্টা বাসে আটকে ছিলাম, এর চেয়ে জোহর থেকে সিঙ্গাপুর যাওয়া সহজ 😤")
N("chatter", "bn", "রোমের রুমের মালিক দুই মাসের ডিপোজিট চাইছে, বলছে চুক্তি রেজিস্টার করবে। তোরা কেউ জানিস এইটা ইতালিতে নরমাল কিনা?")
N("chatter", "bn", "ভাই মামুনর শালা কলিং ভিসা লইয়া জিগাইছে। আমি কইছি কোম্পানির ডিমান্ড লেটার বিএমইটিত ভেরিফাই করাইবা, সরকারি রেটর বেশি দিবায় না। না হইলে আওয়া লাগত নায়।")
N("chatter", "bn", "ডিসেম্বরো দুবাই দিয়া দেশো যাইমু, ১২ ঘণ্টার লে-ওভার। সামি তুই এয়ারপোর্টো আইতে পারবে নি? ট্রানজিট ভিসা লাগব কিনা এয়ারলাইনর সাইটো চেক করছি।")
N("chatter", "bn", "কাইল রাইত ৩টা পর্যন্ত এল ক্লাসিকো দেখছি, সকালো শিফট। চোখ খুলি রাখতাম পারিয়ার না 😵")
N("chatter", "bn", "আমার ফোন বাসো হারাই গেছে 😭 কয়দিন এই নাম্বারো মেসেজ দিও: +60 11-2345 8871",
  [("phone", "+601123458871")])
N("chatter", "bn", "রিয়াদ ভাইর গার্লফ্রেন্ড জগন্নাথো পড়ে, ২০ বছর। দুইজনে ফ্যামিলিরে জানাইছে, ঈদর পরে আংটি বদল। আমরা ভাবছিলাম ইতা টাইমপাস 😂")

# ----- chatter: bn-Latn (7)
N("chatter", "bn-Latn", "Bhai ami room er baire atka 😩 chabi Faruk er kase, o shift e. 2 ghonta dhore mamak e boshe asi, teh tarik 3 ta shesh")
N("chatter", "bn-Latn", "amar notun insta @rafi.jb_vlogs follow dis sobai, Johor er food vlog korbo inshallah 🎥",
  [("instagram", "@rafi.jb_vlogs")])
N("chatter", "bn-Latn", "Passport BX1928374 er meyad sesh hobe April e, KL high commission e e-passport er appointment nilam online. Keu korse recently? koto din lage?",
  [("bd_passport", "BX1928374")])
N("chatter", "bn-Latn", "Eid er jonno cargo te 20 kg pathabo, shari, chocolate, ammu r jonno blender. Sylhet porjonto RM 8/kg. Kar kisu lagbe bolo aj rater moddhe")
N("chatter", "bn-Latn", "Tanvir er biye fix!! 🎉 o 26, bhabi 23, CSE pass kore bank e job kore. dui family eksathe boshe thik korse. Jan 10 Sylhet, shobai ashbi kintu")
N("chatter", "bn-Latn", "movie link er telegram channel ta @bdmoviezone_hd , tobe ads onek, vpn lagbe naki bolo?",
  [("telegram", "@bdmoviezone_hd")])
N("chatter", "bn-Latn", "Dec e ke ke Dhaka ashbi? Ami 18 tarikh land korbo, Rome theke Zakir 20 tarikh. Ekbar Puran Dhaka te kacchi, no excuses ✋")

# ----- chatter: en (6)
N("chatter", "en", "bro mustafiz got SOLD for 2 crore in the IPL auction 😭 the fizz is back. dhaka boys where u at")
N("chatter", "en", "sold my old pubg account for 6k taka to some kid in comilla lol, full conqueror skins. buying a ps5 controller with it")
N("chatter", "en", "who's the best agent for a noob? im hardstuck silver in valo 😭 jett mains stay quiet")
N("chatter", "en", "new sim? send me ur number. mine: +60 17-789 4412, whatsapp same",
  [("phone", "+60177894412")])
N("chatter", "en", "Sami passed his dubai bike licence on the 3rd try 🏍️ rta instructor finally let him go. talabat already messaged him lol")
N("chatter", "en", "gf's bday next week, she's turning 22, gift ideas under RM150? not perfume again pls")

# ----- joke: bn (5)
N("joke", "bn", "বিয়ার পরে আম্মা আমারে শ্বশুরবাড়িত বেচি দিছইন, এখন শ্বশুরর বাজার আমি করি, বেতন ছাড়া 😭😂")
N("joke", "bn", "তোর সমুচা আমরার কাছে জিম্মি আছে 😈 মুক্তিপণ ৫০ টাকা বিকাশ কর, না হইলে খাই লাইমু। পুলিশরে জানাইলে ডবল 😂")
N("joke", "bn", "রুবেল আর একবার বাফারিং ভিডিও পাঠাইলে তোরে গ্রুপ থাকি ডিপোর্ট করি দিমু, ভিসা বাতিল 🛂😂")
N("joke", "bn", "আমরার দালাল সাহেব রুবেল আবার একটা বিয়া ফিট করছে 😂 নিজর বিয়া বাদে সবার বিয়া করাই দের। কমিশন খালি মিষ্টি।")
N("joke", "bn", "লিটন আবার শূন্য রানে আউট। আর একটা ক্যাচ ছাড়লে আমি টিভি ভাঙমু আর তারে খুন করমু 😤🏏 (মজা করলাম, ভালোবাসি লিটন)")

# ----- joke: bn-Latn (5)
N("joke", "bn-Latn", "Tui jodi ar ekbar 3rd over e run out hos, ami tore mair dimu shotti 😤 bat amar, ball amar, rules amar")
N("joke", "bn-Latn", "Amma bolse biye na korle amare 2 ta goru r bodole bechi dibe 😂 market value dekhe dukkho lagse, at least 3 ta dite parto")
N("joke", "bn-Latn", "Faruk er notun haircut dekhle Malaysia police arrest korbe bhai 💀 PDRM ke ami nijei call dimu")
N("joke", "bn-Latn", "Tui amar kase 3 ta teh tarik er dhar, shod na kora porjonto amar kapor dhuibi 😤 interest shoho 1 ta roti canai")
N("joke", "bn-Latn", "Brazil re Argentina mair dise abar 😂 Sylhet er Brazil fans der aj ghore atke rakho, baire ashle kanna kata hobe")

# ----- joke: en (5)
N("joke", "en", "zakir's wife hid his passport so he can't fly back to rome before eid lmao, bro is officially a hostage in sylhet 💀 send biryani")
N("joke", "en", "boss said 'one more pallet' 6 times today. this isn't a job it's a hostage situation 😭 (paid OT tho so shhh)")
N("joke", "en", "my duo sold me so hard in ranked, left me 1v4 n went afk to eat. reported for treason. gg no re")
N("joke", "en", "rubel's pickup line: 'are u from dubai? bc u got a free visa to my heart' 💀 blocked in 4 secs, L + ratio")
N("joke", "en", "nobody tell anyone i cried at tanvir's holud. it was the onions. this msg will self destruct. snitches get no biryani 🔪😂")

# ----- awareness: bn (5)
N("awareness", "bn", "📢 ফরোয়ার্ড: ফেসবুকে 'মালয়েশিয়ায় ফ্যাক্টরি ভিসা, অল্প খরচে, ১৫ দিনে ফ্লাইট' এমন বিজ্ঞাপন দেখলে সাবধান। বিএমইটির ওয়েবসাইটে এজেন্সির লাইসেন্স নম্বর মিলিয়ে নিন। দালালকে নগদ টাকা দেবেন না। শেয়ার করুন।")
N("awareness", "bn", "হুন্ডিত টাকা পাঠাইও না ভাইয়েরা, গত মাসো সুনামগঞ্জর এক এজেন্টর একাউন্ট ফ্রিজ করছে, যারা টাকা পাইছিল তারারেও ডাকছে। ব্যাংক বা অ্যাপে পাঠাও, ২.৫% প্রণোদনাও পাইবায়।")
N("awareness", "bn", "নিউজ দেখছো নি? র‍্যাব মাদারীপুরো মানবপাচার চক্রর তিনজনরে ধরছে, লিবিয়া দিয়া ইতালি পাঠানির কথা কইয়া টাকা নিছিল। জাকির ভাই কইন রোমো ইলা বহুত মানুষ আছইন যারার জীবন নষ্ট।")
N("awareness", "bn", "বিকাশ থেকে কখনো ফোন দিয়ে পিন বা ওটিপি চায় না। কাইল আম্মারে এক লোক ফোন দিছিল 'আপনার একাউন্ট বন্ধ হয়ে যাবে' কইয়া। সবাই বাড়িত জানাইয়া দিও।")
N("awareness", "bn", "আইজ জুমার খুতবাত ইমাম সাব কইলা, মেয়ের বয়স ১৮ না হওয়া পর্যন্ত বিয়া দেওয়া আইনে নিষেধ, কাজী জন্মনিবন্ধন দেখিয়া বিয়া পড়াইবা। আব্বাও মাথা নাড়ছইন 😅")

# ----- awareness: bn-Latn (5)
N("awareness", "bn-Latn", "Notun ra shuno: passport shudhu permit renew er shomoy HR ke diba, slip niba. Onno kono agent ba 'bhai' ke passport diba na. Passport er photo ar copy phone e rakho, High Commission er number save rakho.")
N("awareness", "bn-Latn", "Zakir bhai er warning: desh e keu decreto flussi er contract 12-15 lakh e bechtese, onek gulai fake nulla osta. Italy embassy r site e check na kore taka diyo na. Ekbar taka gele ar pabi na.")
N("awareness", "bn-Latn", "Dubai visit visa diye kaj khujte asio na keu, Sami bolse onek bangali overstay fine e atke ase. Employment visa chara ashbi na.")
N("awareness", "bn-Latn", "Jara Malaysia ba Saudi jete chao, Probashi Kallyan Bank e migration loan pawa jay, interest kom, jamanot lage na. Dalal er kase jomi bondhok dio na 🙏")
N("awareness", "bn-Latn", "Cambodia/Myanmar e 'customer service' ba 'data entry' job, beton 1.5 lakh, free ticket — egula scam compound, manush atke rakhe. Sylhet er ekjon embassy r help e fere ase. Keu offer dile aage group e jigaio")

# ----- awareness: en (5)
N("awareness", "en", "PSA for anyone bringing a cousin over: register on the Ami Probashi app, check the agency licence on the BMET site, pay only by bank and get a receipt. if someone says 'smart card lagbe na' run 🏃")
N("awareness", "en", "forwarded from the BD high commission KL page: passport renewal service at the Johor outreach camp on Sat 10am-4pm, bring old passport + permit copy. no agents needed, service is direct")
N("awareness", "en", "info for undocumented friends-of-friends: the govt recalibration program lets u go home w/ a compound fine instead of detention. go to imigresen yourself, not thru middlemen asking RM3k 'processing'")
N("awareness", "en", "from the dhaka group: if u hear of a child marriage in ur area (girl under 18), call 109 or 999, it's free. my cousin did it last yr, UNO came n stopped it, everyone's fine now")
N("awareness", "en", "saw this IOM poster at the airport: 'your passport is yours. no employer can keep it.' took a pic for the group 📸 printing it for the hostel notice board lol")


# ---------------------------------------------------------------- checks
def check(items):
    assert len(items) == 120, len(items)
    lab = Counter(i["label"] for i in items)
    assert lab["ok"] == 120, lab
    assert sum(1 for i in items if i["hard"]) >= 110
    voices = Counter(i["voice"] for i in items)
    assert voices == Counter(family=45, worker_content=25, chatter=20, joke=15, awareness=15), voices
    for v in voices:
        sc = Counter(i["script"] for i in items if i["voice"] == v)
        assert set(sc) == {"bn", "bn-Latn", "en"} and max(sc.values()) - min(sc.values()) <= 1, (v, sc)
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
    random.Random(4).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"voice4-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
