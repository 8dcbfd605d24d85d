#!/usr/bin/env python3
"""Blind dev set dev73: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an analyst in a police cyber-crime unit in Dhaka reading
recruiters' seized phones: Facebook job pages, IMO/WhatsApp/Messenger chats, girls promised parlour, hotel and
garment jobs in Dubai, India and Malaysia, Jashore/Satkhira border crossings, bKash/Nagad payments, online ads
for girls, the recruiters' slang and their victims' messages. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev73.jsonl"
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


BTC1 = btc("dev73-btc-1")
TRON1 = tron("dev73-tron-1")
ETH1 = eth("dev73-eth-1")

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
  "দুবাই বিউটি পার্লারে মেয়ে লাগবে 💅💅 বেতন ৮০ হাজার+টিপস, থাকা খাওয়া ফ্রি। অভিজ্ঞতা লাগবেনা কাজ শিখায় নেয়া হবে। শুধু পাসপোর্ট থাকলেই হবে, ভিজিট ভিসায় যাবেন ওখানে গিয়ে কাজের ভিসা করে দেয়া হবে ইনশাআল্লাহ। ইনবক্স করুন অথবা হোয়াটসঅ্যাপ ০১৭৮৩-৪৫২৯১৬",
  [("phone", "+8801783452916")])
F("recruitment_deception", "bn",
  "আপা আমারে কইছিল হোটেলে রুম ক্লিনিং এর কাজ, আইসা দেখি এইটা কোনো হোটেলই না। একটা ফ্ল্যাটে রাখছে, এখন বলতেছে এক আরবের বাসায় কাজ করতে হবে, কন্টাক্ট পেপার যেটা দেখাইছিল ওইটা নাকি ভুয়া ছিল। আমি কি করুম বুঝতেছি না")
F("recruitment_deception", "bn",
  "মালয়েশিয়া কলিং ভিসা✅ ফ্যাক্টরিতে কাজ, বেতন ৪৫০০০ টাকা গ্যারান্টি। এজেন্সির ঝামেলা নাই সরাসরি কোম্পানি। বিএমইটির কার্ড লাগবো না, আমরা বডি কন্ট্রাক্টে এয়ারপোর্ট পার করায় দিমু। সিট মাত্র ১০টা")
F("recruitment_deception", "bn-Latn",
  "bhai free visa te saudi jaben? kafil shudhu kagoj e, bahire jekono kaj koira khaben, mashe 1.5 lakh income sure. amra sob setting kore dibo airport e kono jhamela nai, khali bolben umrah te jaitesen")
F("recruitment_deception", "bn-Latn",
  "tumi to onek sundor 😍 kolkata te amar boner garments showroom e sales girl lagbe, 25 hajar beton, thakar jayga ase. passport lagbe na, benapole diye na, jhikorgacha diye raat e par kore nibo amar lok. ammu ke bolo dhaka te job paiso")
F("recruitment_deception", "bn-Latn",
  "apu ami dubai asi 2 mash, bolse chilo mall e cashier er kaj. ekhon ekta restaurant er pichone 14 ghonta thala bati dhui. contract e ja lekha chilo tar kichui na, salary bolse 1200 dirham ekhon dey 600. agent er number off")
F("recruitment_deception", "en",
  "URGENT hiring female staff for 5 star hotel in Dubai 🇦🇪 reception / housekeeping / spa. Salary AED 3500 + tips, visa ticket accommodation all FREE!! No experience no English needed. Age 18-28 only, send full body photo and passport copy on WhatsApp wa.me/8801912663048",
  [("whatsapp", "+8801912663048")])
F("recruitment_deception", "en",
  "Sister the job is online customer support, typing only, 1800 USD monthly. Company pays your flight to Bangkok, from there they take you by car to the office near border. At Dhaka airport dont tell anyone its for work, say tourist. Send your CV to hr.globaltalent.my@gmail.com today, seats filling",
  [("email", "hr.globaltalent.my@gmail.com")])

# fees_and_debt (8)
F("fees_and_debt", "bn",
  "ভাই মেডিকেল আর ভিসা হইছে, এখন টিকিটের জন্য আরো ১ লাখ ২০ হাজার লাগবে। আগে যে ৩ লাখ দিছেন ওইটা শুধু ভিসার খরচ। এই সপ্তাহে না দিলে ভিসা বাতিল, আগের টাকাও ফেরত পাইবেন না বইলা দিলাম")
F("fees_and_debt", "bn",
  "মা এরা বলতেছে আমার প্লেন ভাড়া আর থাকার খরচ মিলায় ৪ লাখ টাকা দেনা। বেতন থেকে প্রতি মাসে কাইটা রাখবে, শোধ হইতে দুই বছর লাগবে। এর আগে ছুটি নাই, দেশেও যাইতে পারব না")
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া দালালরে সাড়ে চার লাখ দিছি, এখন সৌদিতে আইসা শুনি আকামা করতে আরো ৮ হাজার রিয়াল লাগবো। কফিল কয় নিজের টাকায় করো নাইলে অবৈধ হইয়া থাকো। বাড়িতে কেমনে কই")
F("fees_and_debt", "bn-Latn",
  "apnar meyer jonno amra 2 lakh khoroch korsi, ticket, medical, khawa sob. oi taka shodh na howa porjonto o kaj chere jaite parbe na. meye niya jaite chaile taka niya ashen, emni emni hobe na")
F("fees_and_debt", "bn-Latn",
  "boss bollo 1st 6 mash er salary company rakhbe, visa r ticket er dam kete. tarpor theke haate pabo. ekhon khali khawar jonno 100 ringgit dey mashe, ar ekhane 30 jon bangali sobai same")
F("fees_and_debt", "bn-Latn",
  "sir Malaysia r package 5 lakh 50 hajar. govt rate 79 hajar ta kagoje dekhabo, baki cash e. half advance ekhon, half visa hate paile. receipt deya jabe na bujhen e to, sobai ei vabei jay")
F("fees_and_debt", "en",
  "Uncle said the loan for your Dubai processing is 3.5 lakh, 10% every month. Bring your fathers NID (NID: 4618203975) and sign the stamp paper tomorrow. If you leave the job before it is paid, your father's land goes to him, that is written there",
  [("bd_nid", "4618203975")])
F("fees_and_debt", "en",
  "Bro every week they add new cutting. room 150 dirham, water, uniform, 'fine' for late 5 min. I earned 1400 this month and they say I still owe 2200. How is the debt going UP when I work everyday 😭")

# payments_and_proceeds (7)
F("payments_and_proceeds", "bn-Latn",
  "taka ta ei personal e send money koren 01824-903517 (bkash). agent number e dile cash out charge apnar. trx id er screenshot inbox e den, tarpor visa r copy pathabo. ar kauke ei number diben na",
  [("phone", "+8801824903517")])
F("payments_and_proceeds", "bn-Latn",
  "ajker hisab: rupa 6 ta 9000, moni 4 ta 6000, notun ta 3 ta 4500. sob taka rat 12 tar age nagad e 01632-118704 e pathaba, meyeder hate ek taka o rakhba na. tips o amar",
  [("phone", "+8801632118704")])
F("payments_and_proceeds", "bn",
  "দুবাই থেকে হুন্ডির ১২ লাখ আসছে। তিনটা আলাদা বিকাশ এজেন্ট দিয়া ভাইঙ্গা ভাইঙ্গা তুলবা, এক একাউন্টে ৫০ হাজারের বেশি না। কারো নামে রেজিস্টার করা সিম ইউজ করবা না, লিস্ট ইমোতে দিলাম")
F("payments_and_proceeds", "bn",
  "You have received Tk 25,000.00 from 01715882034. Fee Tk 0.00. Balance Tk 1,84,300.50. TrxID BGH7K2M9QX at 14/03/2026 21:47\n\nভাই পার্টি ফুল পেমেন্ট দিছে। মাল দুইটা কাল রাতে সাতক্ষীরা বর্ডারে পৌঁছায় দিবা, ওপারে লোক থাকবো",
  [("phone", "+8801715882034"), ("mfs_transaction", "BGH7K2M9QX")])
F("payments_and_proceeds", "en",
  "payment for the 2 girls in USDT only, no cash no bank. TRC20: " + TRON1 + " . after 2 confirmations my man in Benapole hands them over at the usual place",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "From today customers pay booking only to this one, Nagad 01993-447261. Tell them write 'parlour bill' in reference, nothing else. Daily total to me at 11pm with screenshot, whoever keeps back even 500 will be out",
  [("phone", "+8801993447261")])
F("payments_and_proceeds", "bn-Latn",
  "bhai ei mashe 8 ta pathaisi pune te, per head 40 hajar rupee. tomar share hundi te chole gese, ar baki ta btc te chaile ei address e nao " + BTC1 + " , bkash e boro amount pathaio na ar",
  [("btc_address", BTC1)])

# isolation_and_control (7)
F("isolation_and_control", "bn",
  "আম্মু আমি লুকায়া কথা বলতেছি, সবার ফোন নিয়া নিছে। বাসার দরজা বাইরে থেকে তালা দেয়া থাকে, ছাদেও যাইতে দেয় না। এই নাম্বারে আর কল দিও না, আমি সুযোগ পাইলে দিমু")
F("isolation_and_control", "bn",
  "মেয়েদের কারো সাথে আলাদা কথা বলতে দিবা না। বাড়িতে ফোন দিলে স্পিকারে দিবা আর তুমি পাশে বসবা, সবাই যেন বলে ভালো আছি। নতুন দুইটারে একসাথে রাখবা না")
F("isolation_and_control", "bn",
  "তোমার পাসপোর্ট (EB0472319) আর আইডি কার্ড আমার কাছে থাকবে, তোমার কাছে রাখলে হারায় যাবে। এই দেশে পুলিশ ধরলে বলবা মালিকের কাছে আছে। কাজ শেষ হইলে ফেরত পাবা",
  [("bd_passport", "EB0472319")])
F("isolation_and_control", "bn-Latn",
  "ore shikhai diba jodi border e keu jiggesh kore tahole bolbe mama r bari beranite jaitesi. line e daraile chokh niche rakhbe, kono kotha bolbe na, ja bolar ami bolbo. ar oder kase kono phone thakbe na")
F("isolation_and_control", "bn-Latn",
  "sim ta vengge fel. ekhon theke sudhu amar dewa set use korbi, imo te sudhu amar id save thakbe. ar kauke add korle ba fb kholle bujhbi ki hoy")
F("isolation_and_control", "en",
  "They keep us 11 girls in one flat in Ajman, only the driver takes us out and brings back. We dont know the address, windows have paper on them. Please help my sister also, her passport number is A04518827, they have it",
  [("bd_passport", "A04518827")])
F("isolation_and_control", "en",
  "Rules for the new ones: no phone first 3 months. Family call only friday from my phone, 5 min, I sit there. If anyone outside ask, you are my cousin from Jessore and you help in my house")

# labour_exploitation (7)
F("labour_exploitation", "bn",
  "ভোর ৫টা থেকে রাত ১টা পর্যন্ত কাজ, ম্যাডাম খাবার দেয় একবেলা, বাকি সময় বাচ্চাদের খাওয়ার পরে যা থাকে। ৭ মাস বেতন দেয় নাই, চাইলে বলে দেশে যাওয়ার সময় একসাথে দিবে")
F("labour_exploitation", "bn",
  "কারখানায় আমরা ২০ জন এক রুমে থাকি, বাথরুম একটা। ওভারটাইমের টাকা দেয় না, শুক্রবারেও ডিউটি করায়। অসুস্থ হইলে রোজ কাটে, তাও হাজিরা না দিলে মারে সুপারভাইজার")
F("labour_exploitation", "bn-Latn",
  "bhaiya farm e kaj dise, goru r chagol dekhi. morubhumir moddhe tent, 45 degree te panir bottle dey 2 ta din e. 4 mash hoye gelo beton er nam nai, kafeel bole ager malik er kase dhar chilo")
F("labour_exploitation", "bn-Latn",
  "[voice message] hello bhabi... ami valo nai. ek din o chhuti pai na, ghumaite dey 4 ghonta. bari ta 3 tola, 2 ta family r kaj ekai kori. khaite dile khai na dile na. bhai re bolio na, tension korbe")
F("labour_exploitation", "bn-Latn",
  "site e helmet chara uthay, ekjon pore gese last week, hospital e nei nai, bole ja tor kaj kor. amader salary bolse 900 riyal dey 500, tao 3 mash pore pore")
F("labour_exploitation", "en",
  "update from Johor: we are 40 people in a container house. factory 12 hour shift plus forced OT on sunday. permit expired 5 months, agent not renewing so we cant go outside. salary only 'advance' RM200")
F("labour_exploitation", "en",
  "sir i clean 3 houses of madam family every day, no rest. when i ask salary she says you are bought, we paid your office already. i eat after all family eat, whatever left")

# threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "তোর বাপে যদি থানায় যায় তাইলে তোর ছোট বোনরেও তুইলা নিমু, ঠিকানা আমাগো জানা আছে। চুপচাপ কাজ কর, বেশি বুঝিস না")
F("threats_and_coercion", "bn",
  "পালানোর চিন্তা করলে কফিল হুরুব দিয়া দিবে। তখন পুলিশে ধরলে জেল, তারপর খালি হাতে ডিপোর্ট। দেশে ফিরলে তোর নামে লাখ টাকার মামলা দিমু, বুইঝা নিস")
F("threats_and_coercion", "bn-Latn",
  "tor oi video gula ache amar kase. kotha na sunle fb te tor abba r number e pathay dibo, gramer sobai dekhbe tui dubai te ki koros")
F("threats_and_coercion", "bn-Latn",
  "gotokal rajib ke current er shock dise boss, karon o target puron kore nai. amader bolse erpor jodi keu palay tahole or lash o keu khuje paibe na. vai amake ber koro ekhan theke")
F("threats_and_coercion", "bn-Latn",
  "ma ora bolse 2 lakh na dile amake arek dalal er kase bikri kore dibe. ei nambar e bkash koro 01758-260394, ajker moddhe, pls ma jevabe paro",
  [("phone", "+8801758260394")])
F("threats_and_coercion", "en",
  "Listen, you are illegal here without papers. One call from me and police pick you up, in jail nobody feeds you. So shut up and go back to work")
F("threats_and_coercion", "en",
  "your mother took 50k from me. if you leave this house before 2 years i will break her legs, i know where she sells vegetables in kalaroa bazar")

# sexual_exploitation (8)
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে দুইটা, একটা কলেজ পড়ুয়া 🌸🌸 ফুল নাইট ১৫ হাজার, শর্ট ৫ হাজার। জায়গা আমাদের, ১০০% সেফ। বুকিং ইনবক্সে, আগে অ্যাডভান্স")
F("sexual_exploitation", "bn",
  "পার্লারের কাজের কথা বলে আনছে, প্রথম দুই দিন পার্লারেই ছিলাম। তারপর বলে রাতে গেস্টদের সাথে বসতে হবে, না বসলে খাবার দিবে না। আপা আমি এইসব করতে চাই না, আমারে নিয়া যান")
F("sexual_exploitation", "bn",
  "কাস্টমার যা চায় তাই করবে, না করলে ওর টাকা কাটবা। দিনে কম হইলেও ৮টা কাস্টমার ধরাইবা, ওর দেনা এখনো অনেক বাকি")
F("sexual_exploitation", "bn-Latn",
  "dubai dance bar e kaj, sudhu nachte hobe r guest der sathe drink, mashe 1 lakh+. kintu guest room e niye jete chaile mana kora jabe na, eta rule. raji thakle passport pathao")
F("sexual_exploitation", "bn-Latn",
  "ajke raat e gulshan er flat e 2 ta meye pathao, party te foreigner ase. meyeder bolba hashi mukhe thakte, kono drama jeno na hoy. payment ami nibo, ora jeno kichu na chay")
F("sexual_exploitation", "bn-Latn",
  "video call service 🔥 15 min 500 tk, 30 min 900. notun gramer meye shob. age bkash tarpor call. tg te knock den @rosy_vc_bd",
  [("telegram", "@rosy_vc_bd")])
F("sexual_exploitation", "en",
  "New girls from Bangladesh available in Deira, fresh arrival, very obedient, no rush 🌹 incall outcall 24hr. Book on WhatsApp +971 55 418 2706",
  [("phone", "+971554182706")])
F("sexual_exploitation", "en",
  "he says i have to go with his friends one more month, then he will send me to the real job in the hotel. he keeps saying my debt is 3 lakh and every night the men pay him not me")

# minors (8)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কি হইছে, পাসপোর্টে ২৫ বানায় দিমু, জন্ম নিবন্ধন নতুন করে করা যায়। সৌদিতে বাসার কাজ, ছোট মেয়েদের চাহিদা বেশি, কথা কম বলে")
F("minors", "bn",
  "ক্লাস এইটের একটা মেয়ে আছে, দেখতে ভালো, বাপ মা নাই খালার কাছে থাকে। খালারে ২০ হাজার দিলে ছাইড়া দিবে। ইন্ডিয়ার পার্টির কাছে ভালো দাম পাবা")
F("minors", "bn",
  "বস, ১৬ এর নিচে হইলে রেট ডাবল। কাস্টমাররে বলবা ১৮, কেউ জিগাইলে বলবা আইডি কার্ড বাড়িতে")
F("minors", "bn-Latn",
  "tumi koto class e poro? amar sathe dhaka cholo, bashay choto baccha dekhbe sudhu. ma ke ekhon bolba na, porer mashe taka pathaile ma emnitei khushi hobe. kal school er samne theko")
F("minors", "bn-Latn",
  "10-12 bochorer 5 ta chele lagbe, jessore theke mumbai te jori r kaj. barite bolba school theke trip e jaitese. thaka khawa free, mashe 3000 rupee family pabe")
F("minors", "bn-Latn",
  "meyeta ekhono SSC dey nai, kintu dekhle 20 mone hoy 😏 ajke raat e oke banani te niye ashbo, client special kore kochi chaise")
F("minors", "en",
  "Sir we need girls 13 to 16 for house work in Riyadh. Families prefer young ones, they learn fast and dont complain. Age in passport we fix, NID not needed")
F("minors", "en",
  "My 15yo cousin went with a guy from facebook who promised her garment job in mumbai. now she messaged from +91 98301 44726 saying she is in a house with other small girls and they put makeup on her every night. what do we do",
  [("phone", "+919830144726")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "যশোরের শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় ৭ নারী ও শিশুকে উদ্ধার করেছে বিজিবি। এ সময় দুই দালালকে আটক করা হয়। বিজিবি জানায়, ভারতে বিউটি পার্লারে ভালো বেতনের চাকরির প্রলোভন দেখিয়ে তাদের নেওয়া হচ্ছিল।")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠাতে সরকার নির্ধারিত খরচ ৭৮ হাজার ৯৯০ টাকা হলেও কর্মীদের কাছ থেকে ৫ থেকে ৬ লাখ টাকা নেওয়ার অভিযোগ উঠেছে। সংসদীয় কমিটি বিষয়টি তদন্তের সুপারিশ করেছে।")
N("news", "en",
  "RAB-6 arrests 3 members of a gang in Satkhira who trafficked women to India in the name of jobs; Tk 2.3 lakh, 11 mobile phones and several passports were seized, the battalion's commander told reporters on Tuesday.")
N("news", "bn-Latn",
  "khobor share korlam: Dubai te 14 jon Bangladeshi nari uddhar, tader parlour er kaj er kotha bole newa hoisilo. ajke dhaka airport e firse, BRAC migration help desk theke shohay dise. allah sobar meye ke hefazot koruk")
N("news", "en",
  "Remittance inflow hits $2.5bn in March on Eid demand; bKash and Nagad report record cross-border receipts through licensed channels, Bangladesh Bank data shows. Officials say the crackdown on hundi is working.")
N("news", "bn",
  "সৌদি আরবে আকামা নবায়নের খরচ কমানো ও হুরুব মামলায় হয়রানি বন্ধের দাবিতে জাতীয় প্রেসক্লাবের সামনে মানববন্ধন করেছেন ফেরত আসা প্রবাসী কর্মীরা।")
# awareness
N("awareness", "bn",
  "সাবধান!! ফেসবুকে 'দুবাই পার্লারে চাকরি, বেতন ৮০ হাজার' এমন বিজ্ঞাপন দেখে কেউ যোগাযোগ করবেন না। বিদেশে যাওয়ার আগে এজেন্সি বিএমইটি লাইসেন্সধারী কিনা যাচাই করুন। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ (বিদেশ থেকে +৮৮০৯৬৫৪৩৩৩৩৩৩)। শেয়ার করে সবাইকে জানান",
  [("phone", "+8809654333333")])
N("awareness", "bn-Latn",
  "apnar meye ke keu jodi kolkata ba mumbai te kaj er kotha bole border par korte chay, shei manush dalal, bishshash korben na. 999 e call korun ba nearest thana te janan. share koren plz 🙏")
N("awareness", "en",
  "RED FLAGS of a fake job offer: agent keeps your passport, asks money in personal bKash, says 'tourist visa is fine, we convert there', no contract in Bangla. If you see this call 16135 or report to BMET. Forwarded as received.")
N("awareness", "bn",
  "জুমার খুতবার পর ইমাম সাহেব বললেন, অপরিচিত দালালের কথায় কেউ মেয়েদের বিদেশে পাঠাবেন না, বিয়ের নামেও না। কারো মেয়ে নিখোঁজ হইলে সাথে সাথে ইউনিয়ন পরিষদে আর থানায় জানান।")
N("awareness", "en",
  "Parents: if someone online is asking your child for photos, offering gifts or jobs, or telling them to keep it secret, save the chats and report to Police Cyber Support for Women, 01320-000888.",
  [("phone", "+8801320000888")])
N("awareness", "bn-Latn",
  "Bkash kokhono apnar PIN ba OTP chay na. keu jodi phone kore bole 'apnar account e bhul kore taka gese, ferot den' sheta protarona. 16247 e call korun. forwarded")
# official
N("official", "en",
  "M/S Al-Noor Overseas (RL-1457), govt approved recruiting agency. Demand for 120 male factory workers to Malaysia, salary RM 1,700 + OT as per contract. Cost as per govt rate Tk 78,990, payment by bank only, money receipt given. Register on Ami Probashi app. Office: Naya Paltan, Dhaka. 01711-238905, info@alnooroverseas.com.bd",
  [("phone", "+8801711238905"), ("email", "info@alnooroverseas.com.bd")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: বোয়েসেলের মাধ্যমে জর্ডানের গার্মেন্টস খাতে নারী কর্মী নিয়োগ। অভিবাসন ব্যয় শূন্য, বিমান ভাড়া নিয়োগকর্তা বহন করবে। বয়স ২১-৩৫ বছর। আবেদন শুধু অনলাইনে, কোনো দালালকে টাকা দিবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: Workers whose iqama has expired or who have been reported huroob may contact the Labour Wing with a passport copy for free legal assistance. Do not pay any middleman. Hotline +966 55 000 4821",
  [("phone", "+966550004821")])
N("official", "bn",
  "বিভাগীয় পাসপোর্ট ও ভিসা অফিস, যশোর: আপনার ই-পাসপোর্ট (আবেদন আইডি OID1023847561) প্রস্তুত। মূল এনআইডি কার্ড সহ অফিসে এসে সংগ্রহ করুন। কোনো দালালের মাধ্যমে নয়।")
N("official", "bn-Latn",
  "Shathi Travels & Recruiting (RL 2089, BAIRA member): Romania work permit, 6 jon welder lagbe. Sob khoroch bank e, contract copy Bangla te dewa hobe. Kono dalal er sathe lenden korben na, phone e taka nei na, office e ashun")
N("official", "en",
  "Bangladesh Police, Satkhira: MISSING girl Rina Khatun (17), last seen at Kalaroa bus stand on 3 May wearing a blue salwar. Anyone with information please contact OC Kalaroa 01320-145678",
  [("phone", "+8801320145678")])
# receipt
N("receipt", "en",
  "You have received Tk 15,000.00 from 01819347720. Ref passport fee. Fee Tk 0.00. Balance Tk 16,230.75. TrxID CJK4P8T2LW at 02/04/2026 10:14",
  [("phone", "+8801819347720"), ("mfs_transaction", "CJK4P8T2LW")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01672554901 Ref: ammu medicine TxnID: 7HX2KQ9A Balance: Tk 8450.20",
  [("phone", "+8801672554901"), ("mfs_transaction", "7HX2KQ9A")])
N("receipt", "bn",
  "সেন্ড মানি সফল। আপনি ০১৯১৫৬০৪৮২৭ নম্বরে ৳৫,০০০ পাঠিয়েছেন। ফি ৳০। ব্যালেন্স ৳১২,৩৪০.৫০। TrxID DA91KX3MZP ১২/০৫/২০২৬ ১৯:০২",
  [("phone", "+8801915604827"), ("mfs_transaction", "DA91KX3MZP")])
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 20,000.00 Fee: Tk 0.00 Balance: Tk 21,115.00 TxnId: 4418203957 Date: 21-Jun-26 04:12 pm",
  [("mfs_transaction", "4418203957")])
N("receipt", "en",
  "Dear Customer, BDT 1,12,450.00 inward remittance from AE (sender MD KAMAL HOSSAIN) credited to your A/C ***0923 on 15-07-2026 incl. 2.5% govt incentive. -Islami Bank")
N("receipt", "en",
  "MONEY RECEIPT No. 00417 | Received from Md. Rashed Alam, Passport No. EC3381920, Tk 30,000 (thirty thousand) only as part of migration cost for Malaysia as per BMET rate. Paid by bank deposit, Sonali Bank. Shapla Overseas RL-0871",
  [("bd_passport", "EC3381920")])
# family
N("family", "bn-Latn",
  "abbu passport renew er jonno tomar NID copy lagbe, scan kore pathao. amar NID no: 6905734128 ta thik ase to? form e bhul korle abar SB verification hobe",
  [("bd_nid", "6905734128")])
N("family", "bn",
  "বড় ভাই মালয়েশিয়া থেকে ৪০ হাজার পাঠাইছে। আম্মা ২০ হাজার দিয়া কিস্তিটা দিয়া দিও, বাকিটা রিয়ার স্কুলের বেতন আর বাজার")
N("family", "bn-Latn",
  "mama dubai r visa ta agency theke ashche, kalke medical. ammu kanna kortese, bolse meye ke eto dure pathabo na 😅 ami bollam hospital er nurse job, contract sob dekhsi, embassy verify o korsi")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে সৌদি থাকে, ভালো পরিবার। তবে মেয়ে আগে এইচএসসি দিবে তারপর বিয়ে, এইটা আমি পরিষ্কার বলে দিছি")
N("family", "en",
  "Didi I reached Kuala Lumpur safe, company bus picked us from airport. Room is ok 6 people. Tell Abba not to worry, first salary on 7th I will send by bank")
N("family", "bn-Latn",
  "apu tomar passport ta amar kase, almari te tala diye rakhsi. tumi kobe ashba niya jaba, police verification er jonno SB office theke call dibe")
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah 3 bochor holo qatar e, company valo, overtime er taka thik moto dey. iqama renew company nijei korse. eid e chuti te bari ashtesi ✈️ dua koiren")
N("worker_content", "bn",
  "হোটেলে হাউসকিপিং এর কাজ ভালোই, ডিউটি ৮ ঘণ্টা, সপ্তাহে এক দিন অফ। সুপারভাইজার একটু কড়া কিন্তু খারাপ না। বেতন ১৮০০ দিরহাম, মাসের ৫ তারিখেই দেয়।")
N("worker_content", "en",
  "Overtime this month less because factory order low, only 2 hours per day. Salary came RM 1,900 instead of 2,300. Hope next month better, boss said new order from Japan coming")
N("worker_content", "bn-Latn",
  "parlour e ajke 11 ta bride sajaisi 😩 pa betha hoye gese, but tips valo paisi. owner apu bolse eid bonus full dibe")
N("worker_content", "bn",
  "মালিক বেতন ঠিকমতো দেয়, কিন্তু গরমে বাইরের কাজ অনেক কষ্ট। তবু দুপুরে ৩ ঘণ্টা বিরতি দেয়, এখানে এই আইন খুব কড়া।")
N("worker_content", "en",
  "Review: worked 2 yrs at a Dubai Mall cosmetics store, came through licensed agency. Shared room, visa by company, no fees taken from me. Only problem is the metro is always full lol")
# joke
N("joke", "bn-Latn",
  "bou bole passport amar kase joma thakbe, jate ami dubai palaite na pari 😂😂 eta kon dhoroner nirjaton bhai")
N("joke", "bn",
  "বউ আমার বিকাশের পিন জানে, বেতন আসার আগেই খবর পায়। আমি এখন আধুনিক দাস 😭😂")
N("joke", "en",
  "me after paying the agent 4 lakh for a 'free visa': free for whom exactly 😂😂")
N("joke", "bn-Latn",
  "amar boss amake 16 ghonta khatay, beton dey na, ar bole eta family business. haa karon boss amar abba 😂")
N("joke", "en",
  "Roommate locked me out of the flat AGAIN and took my charger. this is modern slavery. calling the embassy 😤😂")
N("joke", "bn",
  "আম্মু বলে আমাকে বিয়ে দিয়ে বিদেশ পাঠায় দিবে, আমি বললাম সোজা বলো বাড়ি থেকে বের করে দিবা 😂")
# chatter
N("chatter", "bn-Latn",
  "bro benapole hoye kolkata jabo ammur treatment er jonno, passport visa sob ready. border e ekhon koto time lage? ar park street er kache valo hotel suggest koro")
N("chatter", "en",
  "anyone has contact of a good beauty parlour training centre in Mirpur? my cousin wants to do the course then open her own shop in Jashore")
N("chatter", "bn",
  "কাল আইডিবি তে নতুন ফোন কিনতে যাবো, বিকাশে পেমেন্ট দিলে ক্যাশব্যাক পাওয়া যায় নাকি কেউ জানো?")
N("chatter", "bn-Latn",
  "kalke office e police aisilo, pasher flat e churi hoise. amader kichu jiggesh kore chole gese, meyera sobai voy paise")
N("chatter", "en",
  "Girls trip to Cox's Bazar next month!! Each pays 6k to me on bKash, I'll book hotel and bus. DM me on insta @tanni.travels for the plan 💃",
  [("instagram", "@tanni.travels")])
N("chatter", "bn-Latn",
  "freelancing er payment client USDT te dise, ERC20 address " + ETH1 + " . binance P2P te bkash e tule nibo, rate koto jano keu?",
  [("eth_address", ETH1)])
N("chatter", "bn-Latn",
  "tor dubai r ticket er dam koto porse? ami emirates e dekhlam 48k, fly dubai te 39k. eid er age kinte hobe")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে বিকালে মাঠে খেলা আছে, আসবি?", hard=False)
N("chatter", "bn-Latn", "vai ajke biriyani khawabi? traffic e atke asi mirpur 10 e", hard=False)
N("family", "en", "Happy birthday Nanu! ❤️ we will come on Friday with cake", hard=False)
N("joke", "bn-Latn", "exam er age raat e porle sob mone thake, hall e dhuke sob vule jai 😂", hard=False)
N("news", "en", "Bangladesh beat Zimbabwe by 6 wickets in the second ODI at Sylhet.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন, মশারি টানিয়ে ঘুমান।", hard=False)
N("official", "en", "Dhaka WASA: Water supply will remain suspended in Mohammadpur area on Saturday 10am-4pm due to maintenance work.", hard=False)
N("receipt", "bn", "আপনার নম্বরে ৫০ টাকা রিচার্জ সফল হয়েছে। বর্তমান ব্যালেন্স ৭৩.২০ টাকা।", hard=False)
N("worker_content", "en", "Finished my shift, going to gym now. Tomorrow off 😎", hard=False)
N("family", "bn", "আম্মা, আজকে রাতে ডাল আর ইলিশ রান্না করো প্লিজ", hard=False)
N("news", "bn-Latn", "kal theke dhaka te brishti hote pare, abhawa office bolse 3 din cholbe", hard=False)


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
    random.Random(73).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev73-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
