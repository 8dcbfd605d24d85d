#!/usr/bin/env python3
"""Blind dev set dev61: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: an NGO field worker in
Joypurhat, Kurigram and Rangpur (seasonal migrants to brick kilns and Dhaka on sardar advances, kidney brokers
taking villagers to India, child marriage, girls sent to Dhaka or across the border at Hili), writing in Rangpur
(Kamtapuri) dialect and village registers.
Held out from round 10 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev61.jsonl"
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


ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


BTC1 = btc("dev61-btc-1")
TRON1 = tron("dev61-tron-1")
TRON2 = tron("dev61-tron-2")
ETH1 = eth("dev61-eth-1")

# ---------------------------------------------------------------- flag items
# --- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "বাহে শোনেন, দুবাই যাবার ভিসা আছে। ভিজিট ভিসাত যাইবেন, ওটে নামলে কোম্পানি নিজে ওয়ার্ক পারমিট করি দিবে। "
  "মাসে ৬০ হাজার বেতন থাকা খাওয়া ফিরি। কাগজপত্র কিছু নাগবে না খালি পাসপোর্ট। আইজকার মধ্যে জানান সিট মাত্র ৩টা 🙏 "
  "০১৭৪৫-৬২৮১৯০ ত ইমো করেন",
  [("phone", "+8801745628190")])
F("recruitment_deception", "bn",
  "আপা মুই আপনাক কবার চাই। সর্দার কইছিল গার্মেন্টসত হেলপারের চাকরি, ৮ হাজার বেতন। বাসত করি আনি নামাইল নারায়নগঞ্জের এক ভাটাত। "
  "কয় গার্মেন্টসত এলা সিট খালি নাই আগে ভাটাত কাম কর পরে দেখা যাবে। হামার গ্রামের আরো ৬ জন আছে। কাগজ সউগ ওর কাছে",
  [])
F("recruitment_deception", "bn",
  "চাচা চিন্তা করেন না, ইন্ডিয়াত খালি একটা চিকিৎসা। একটা কিডনি দিলে মানুষের কিচ্ছু হয় না আল্লাহ দুইটা দিছে। "
  "হাসপাতালের কাগজত লেখা থাকপে আপনি রোগীর মামাতো ভাই, ডাক্তার কিছু জিগাইলে হ্যাঁ কইবেন। ফিরি আসি ৪ লাখ হাতত। "
  "ভিসা পাসপোর্ট সউগ হামরা করি দেমো, আপনার এক টাকাও খরচ নাই",
  [])
F("recruitment_deception", "bn-Latn",
  "Malaysia calling visa ase bhai factory kaj, beton 1800 ringgit overtime soho. BMET card o hoye jabe tension nai. "
  "agency r name er dorkar nai amader nijer line, sorasori company. khali passport ar 50 hajar advance, baki ta giye beton theke katbe. "
  "bistarito inbox e wa.me/8801918345672",
  [("whatsapp", "+8801918345672")])
F("recruitment_deception", "bn-Latn",
  "amar khalato bon dhakay parlour e kaj kore mashe 15 hajar pay. tor moto sundor meyer jonno kaj ache, "
  "tui kaok kobar nagbe na, maa k pore fone e bolis. kal sokal 7 tay Joypurhat bus stand e ashis, ticket ami katia rakhmu. "
  "kapor beshi nibi na oikhane sob dibe",
  [])
F("recruitment_deception", "bn-Latn",
  "Rohim bhai er sathe kotha hoise, chhele India Mumbai te sonar dokan ache. biye korbe joutuk nagbe na ulta meyer baba k 50 hajar dibe. "
  "Hili diye rat e par koriye nibe passport visa kichu nagbe na, biyer kagoj oikhane hobe. meyer maa k bolen beshi manush jene gele bhejal",
  [])
F("recruitment_deception", "en",
  "URGENT!!! Saudi Arabia cleaner / driver job 🇸🇦 salary 1500 SAR + food + accomodation. no experiance need no languge need. "
  "100% visa guaranty, medical and ticket by company. FREE VISA - you can work any where any company. "
  "Contact Manik sir +966 55 318 2746 (imo/whatsapp)",
  [("phone", "+966553182746")])
F("recruitment_deception", "en",
  "Bro Thailand customer service job, typing only, basic english ok. salary 1200 USD, free air ticket free hotel. "
  "company car take you from Bangkok to office near border (Mae Sot side), very safe. dont tell agency or family the details, "
  "just say Thailand tour. ask HR on telegram @jobhub_bkk_hr",
  [("telegram", "@jobhub_bkk_hr")])

# --- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "সর্দার মোক ভাদ্র মাসত ২০ হাজার দাদন দিছিল। এলা ভাটাত আসি কয় ইট কাটি শোধ করা নাগবে, হাজার ইটত ৬০০ টাকা। "
  "হিসাব করি দেখোং ৬ মাসেও শোধ হবার নয়, সপ্তাহের খোরাকির টাকাও দাদনের খাতাত যোগ করে। বাড়ি যাবার কইলে কয় আগে দাদন ফিরত দে",
  [])
F("fees_and_debt", "bn",
  "মা জমি বন্ধক দিয়া ৫ লাখ দিছি দালালক, এলা সৌদিত আসার পর কয় আকামার জন্যে আরো ১ লাখ ২০ হাজার নাগবে না দিলে কাম দিবে না। "
  "মা একনা দেখো মামার থাকি ধার পান কিনা। বিকাশে পাঠান ০১৭৩৩৯০৫১৮২ এই নম্বরত, এটা দালালের ভাইয়ের",
  [("phone", "+8801733905182")])
F("fees_and_debt", "bn",
  "প্রতি মাসত বেতন থাকি ৩০০ রিঙ্গিত কাটে, কয় তোর টিকেট আর ভিসার টাকা। ১৪ মাস হইল এলাও শেষ হয় না, সুপারভাইজার কয় আরো ২ বছর। "
  "মোর পাসপোর্ট (নং EB0738215) কোম্পানির আলমারিত, চাইলে কয় ঋণ শোধ কর তারপর",
  [("bd_passport", "EB0738215")])
F("fees_and_debt", "bn-Latn",
  "Joynal sardar er 35 hajar dadon ase bole ei bochor amak Munshiganj er bhatar maliker kase bikri kore dise. "
  "malik bole oi 35 r gari bhara 5 milaia 40 hajar, kaj kore shodh na kora porjonto bari jawa nai. amra 11 jon ekhane eki obostha",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai apnar dewa list e 4 lakh 80 hajar, sorkari khoroch to 79 hajar na? dalal bole oita kagoje, asol khoroch eta. "
  "ami ASA theke kisti tulsi 2 lakh, baki ta Mokbul mahajon er kach theke sud e, mashe shotkora 10 taka. ekhon abar bole flight er age aro 60 hajar lagbe "
  "noile visa cancel",
  [])
F("fees_and_debt", "en",
  "Brother your passport is with agent office in Riyadh. To release passport and exit paper you must pay 3500 riyal first. "
  "If not pay, we transfer your visa to another kafeel and you work for him till the money is cover.",
  [])
F("fees_and_debt", "en",
  "sir this is Rina, daughter of Abdul Kader from Kalai. The man told my father our loan of 2 lakh will be finished if he give one kidney in Delhi, "
  "and the NGO kisti also they will pay. After operation they gave 1 lakh 20 thousand only and said rest is cut for hotel, food and paper making. "
  "Now the mahajon is asking the full 2 lakh again",
  [])
F("fees_and_debt", "en",
  "Sardar bhai said advance 15000 now for your family, then all go to Gazipur kiln in Kartik, husband wife and elder son. "
  "Money will cut from weekly khoraki. If anyone run away, advance double must pay back. Put thumb on stamp paper here.",
  [])

# --- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ভাই টাকা একবারে পাঠান না, ২৫ হাজার করি ভাগ করি দেন। ০১৮১৫৪৭২৬৩০ আর ০১৯৬২৩৮০৪১৫ পার্সোনাল, বাকিটা নগদে ০১৭০৯৮৮৪২৫৭। "
  "পাঠায়া ট্রানজেকশন আইডির স্ক্রিনশট দেন। রেফারেন্সত ভিসা বা বিদেশ কিছু লেখবেন না, লেখেন 'ধান'",
  [("phone", "+8801815472630"), ("phone", "+8801962380415"), ("phone", "+8801709884257")])
F("payments_and_proceeds", "bn",
  "আইজকার কালেকশন: কুড়িগ্রাম ৩ জন x ১ লাখ ২০ = ৩ লাখ ৬০। রৌমারীর পার্টির ৫০ হাজার বাকি। "
  "সৌদির ভাগ হুন্ডিত গেছে, এজেন্টের খাতাত মোর নাম নাই। বিকাশে ৪০ পাঠাইলাম TrxID 9FK3LQ2MXA বুঝি নেন",
  [("mfs_transaction", "9FK3LQ2MXA")])
F("payments_and_proceeds", "bn-Latn",
  "Dilshad apa ei shoptahr hisab: Mim 14 ta guest, Rupa 9 ta. dui joner tk 46500 amar kase. "
  "tomar bkash e 30 hajar pathailam TrxID BKD8XQ41ZP, baki ta meyeder khoraki r thana khoroch. meyeder hate kono taka dei nai",
  [("mfs_transaction", "BKD8XQ41ZP")])
F("payments_and_proceeds", "bn-Latn",
  "Kolkata te operation er por party 4 lakh 50 dibe rupi te, oita hawala hoye Hili te cash pabi. tor vag 1 lakh, "
  "baki ta Kalai er Mizan bhai r Delhi r doctor er. donor k 2 lakh er beshi dekhabi na, bolbi dollar rate e kom hoise",
  [])
F("payments_and_proceeds", "bn-Latn",
  f"bhai ekhon theke Dubai er collection USDT te nibo, bank e r dibi na, exchange house e nam uthe. TRC20: {TRON1} "
  "protita meyer hisabe 500 dirham, Friday r age clear koren. screenshot pathaben",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Madam salary of the 6 girls in Bashundhara houses will come to my Nagad only, dont give cash in their hand. "
  "Send to 01829-447165 every month 5th date. I will send their mother part whatever I think ok.",
  [("phone", "+8801829447165")])
F("payments_and_proceeds", "en",
  "cash out done from 4 agent point, each 19,500 so no limit problem. Total 78,000 with me. Malaysia 2 boys payment complete. "
  "send next batch name and number on whatsapp wa.me/8801556723401 not in this imo",
  [("whatsapp", "+8801556723401")])

# --- isolation_and_control (bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আম্মা মোর ফোন নিয়া নিছে, এটা পাশের রুমের মেয়ের ফোন লুকি কথা কওছোং। বাসা থাকি বাইর হবার দেয় না, গেটত তালা মারি যায়। "
  "তোমরা এই নম্বরত ফোন দিও না, মুই দিম সুযোগ পাইলে",
  [])
F("isolation_and_control", "bn",
  "(ভয়েস) হামাক আট জনাক একটা গোডাউনত থুইছে… রাইতোত গাড়িত তুলি অন্য জায়গাত নেয়, কোন জায়গা কায়ও কয় না। "
  "পাসপোর্ট সউগ দালাল জমা নিছে কয় বর্ডার পার হইলে দিবে। বাইরত গেলে একজন সাথত থাকে",
  [])
F("isolation_and_control", "bn",
  "বাড়িত ফোন দিলে বাড়িওয়ালী পাশত বসি থাকে, লাউড দেওয়া নাগে। যদি কং খারাপ আছোং পরে বকে খাওয়া বন্ধ। "
  "তোমরা ফোন দিলে খালি কইম ভালো আছোং, তোমরা বুঝি নিবেন মা",
  [])
F("isolation_and_control", "bn-Latn",
  "boss bolse kono bangali r sathe kotha bola jabe na, market e gele supervisor sathe jabe. nijer name e sim kena nished, "
  "company sim dise oitay sob record hoy. ei msg ta dilam pasher dokaner wifi diye lukaia",
  [])
F("isolation_and_control", "bn-Latn",
  "hospital er pashe ek flat e amader 3 jon k rakhse, baire jaite dey na. bole tomader nam ekhane onno, keu jiggesh korle bolbi rogir attiyo. "
  "mobile Sabbir bhai niye rakhse operation er por dibe bolse. bari te kotha bolte dey na 5 din",
  [])
F("isolation_and_control", "en",
  "Your passport, iqama and phone will stay with madam. Day off no need, you go outside only with the family. "
  "If your family call, talk 5 minute on Friday in front of madam, that's all.",
  [])
F("isolation_and_control", "en",
  "apa i am in a flat in Mirpur 12, they lock the door from outside when they go. window also grill. "
  "i dont know the road name, they never let me go down. this is the guard boy phone dont call back pls",
  [])

# --- labour_exploitation (bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "৪ মাস হইল বেতন দেয় না, কয় কোম্পানির লস। খাবার দেয় দিনত একবার, খবুজ আর পাতলা ডাল। "
  "অসুখ হইলেও কাম করা নাগে না করলে ওই দিনের হাজিরা কাটে। দেশত টাকা পাঠাবার পাং না ৪ মাস",
  [])
F("labour_exploitation", "bn",
  "ভাটাত রাইত ৩টা থাকি কাম শুরু সন্ধ্যা পর্যন্ত। কাঁচা ইট মাথাত নিয়া হাঁটা। সপ্তাহে খোরাকি ৫০০ টাকা দেয়, "
  "বাকি হিসাব মৌসুম শেষে কয়, গত বছরের হিসাবও এলাও পাই নাই। থাকি ভাটার পাশত পলিথিনের ঝুপড়িত, পানি খাই পুকুরের",
  [])
F("labour_exploitation", "bn",
  "মুই বিহান ৫টা থাকি রাইত ১টা পর্যন্ত কাম করোং, ম্যাডামের তিন ফ্ল্যাটের কাম। ছুটি নাই একদিনও। "
  "কাইল হাত পুড়ি গেইছে ডাক্তার দেখায় নাই, কয় কাম থামাইলে বেতন কাটা যাইবে",
  [])
F("labour_exploitation", "bn-Latn",
  "vai ekhane kaj 16 ghonta, contract e lekha chilo 8 ghonta r 1500 riyal, dey 800. overtime er taka nai. "
  "20 jon ek room e thaki toilet ekta. iqama r date par hoye gese renew kore na, bahire gele police dhore",
  [])
F("labour_exploitation", "bn-Latn",
  "Dhaka te ashi rod mistrir jogali, sardar kaise din 700 taka, dey 350, baki ta nije rakhe bole thaka khawar khoroch. "
  "3 hafta hoilo ekdin o chuti nai. gae jor niya o kaj korsi bahe",
  [])
F("labour_exploitation", "bn-Latn",
  "Bholaganj e pathor bhangar kaj, ek mash hoilo beton nai. mahajon bole mash shesh e, ekhon khali chal dal. "
  "rat e o pani te namaia rakhe, keu oshustho hoile bole nijer khoroche bari ja",
  [])
F("labour_exploitation", "en",
  "They keep our salary 7 months, say it is safe with company and will give when contract finish. We work 14 hours in the sun at 48 degree, "
  "water break only 2 times. one Bangladeshi brother fell down, no hospital, they just sent him back to room.",
  [])
F("labour_exploitation", "en",
  "Dear bhai the farm owner gave no day off whole Ramadan, 18 hours with the camels, we sleep in the container. "
  "food is rice one time and old khubz. salary 3 months pending",
  [])

# --- threats_and_coercion (bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তুই পালাইলে তোর নামে হুরুব দেমো, পুলিশে ধরি জেলত দিবে তারপর খালি হাতে দেশত ফেরত। তোর বাপের নামেও দাদনের মামলা হইবে। "
  "চুপচাপ কাম কর",
  [])
F("threats_and_coercion", "bn",
  "কাওকে কইলে তোক ফাঁসামো, কিডনি বেচা বেআইনি, তুই নিজেই জেলত যাবু। যেটা টাকা পাইছিস ওটাও ফেরত নেমো। "
  "মনে রাখিস তোর বউ ছাওয়া গ্রামত একলা থাকে",
  [])
F("threats_and_coercion", "bn-Latn",
  "tor maa k bolis na je tui ki kaj korish, naile tor chobi gula FB te chere dimu, tor gramer sobai dekhbe. "
  "amar kotha shun, r 2 mash tarpor chere dimu",
  [])
F("threats_and_coercion", "bn-Latn",
  "kal rat e supervisor r 2 jon mile Hasan k pipe diye marse, o bolsilo bari jabe. sobai k dekhaise, "
  "bolse jar bari jawar shokh ase tar o ei obostha hobe",
  [])
F("threats_and_coercion", "bn-Latn",
  "Sardar amar baba k bolse chhawa jodi bhata theke palay tahole tor vita dokhol kore nimu, 40 hajar dadon er stamp paper e tip dise. "
  "kal 3 jon lathial pathaise bari te",
  [])
F("threats_and_coercion", "en",
  "Listen, you signed the paper in front of chairman. If you dont come back to work tomorrow we will file theft case against you and your brother. "
  "OC of the thana is our man, think properly.",
  [])
F("threats_and_coercion", "en",
  "Madam said if I try to go back to Bangladesh she will tell the embassy I stole her gold and I will be in jail here 5 year. "
  "last week she hit me with the iron",
  [])

# --- sexual_exploitation (bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপা মোক বুড়িমারী দিয়া পার করি কলকাতাত আনছে, কইছিল পার্লারের কাম। এটে রাইতোত লোক আসে ঘরত, না কইলে মারে। "
  "মোর সাথে আরো ৪টা বাংলাদেশী মেয়ে আছে, কায়ও বাইর হবার পায় না",
  [])
F("sexual_exploitation", "bn",
  "দুবাইতে ড্যান্সারের কাম, খালি নাচা, কাস্টমার হাত দিবার পায় না 😊 বেতন মাসে দেড় লাখ, টিপস আলাদা। "
  "হোটেলত গেস্ট আসলে ম্যানেজার যা কয় শুনা নাগবে। বয়স ১৮-২৫, ফুল বডি ছবি পাঠাও। ইনস্টাত @dxb_dance_jobs এ ইনবক্স",
  [("instagram", "@dxb_dance_jobs")])
F("sexual_exploitation", "bn-Latn",
  "hotel e guest ashbe 10 tay, tui r Sumi 304 e jabi. taka amar kache dibe, tora kichu chaibi na. "
  "kal theke dine 3 ta guest, na hole khawa bondho",
  [])
F("sexual_exploitation", "bn-Latn",
  "Rubel bhai bole amake bhalobashe, Dhaka te niye biye korbe. ekhon bole onar bondhuder sathe kichu din 'time dite' hobe, "
  "taka jomle biye. ami ki korbo apa ami rajina, bari jaite chaile bole tor chobi ache amar kache",
  [])
F("sexual_exploitation", "en",
  f"new girls from Rangpur side 🌸 fresh village type. video call 1000tk 20 min, room service 5000 full night, Uttara sec 10. "
  f"book only on telegram @uttara_vip_bd, advance bkash or BTC {BTC1}",
  [("telegram", "@uttara_vip_bd"), ("btc_address", BTC1)])
F("sexual_exploitation", "en",
  "Bro I have 2 girls from Kurigram, 19 and 20, both can go India. Party in Mumbai bar pays 80k each, they will work in the line there. "
  "I arrange Hili crossing, you arrange the house",
  [])
F("sexual_exploitation", "en",
  "Spa therapist job in Kuala Lumpur. females only age 20-28, no experience. body massage and extra service with customer is must, "
  "commission 50/50. passport keep with company for safety. send photo + passport copy to thai.spa.kl@gmail.com",
  [("email", "thai.spa.kl@gmail.com")])

# --- minors (bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৪ হইলে কী হইছে, জন্ম নিবন্ধনত ১৮ করি দেমো, চেয়ারম্যান অফিসের লোক হামার। ছাওয়াটাক ঢাকাত নিয়া যাইবে, "
  "বিয়া হইলে যৌতুক নাগবে না। স্কুলত কাকো কবার দরকার নাই",
  [])
F("minors", "bn",
  "১১ বছরের একটা বেটি ছাওয়া নাগবে বাসার কামের জন্য, ঢাকার গুলশান। মাসে ৩ হাজার, বাপ-মাক এক বছরের টাকা আগাম দেমো। "
  "ছাওয়া বছরত একবার বাড়ি যাইবে ঈদত",
  [])
F("minors", "bn",
  "ভাটাত ছাওয়াগুলাও কাম করে, ১০-১২ বছরের। ইট উল্টায়, মাথাত করি টানে। সর্দার কয় বাপের দাদনের হিসাবত ছাওয়ার কামও ধরা হইবে, "
  "এবার ইস্কুল বন্ধ",
  [])
F("minors", "bn-Latn",
  "meyer boyosh 15 to ki hoise, passport e 25 kore dibo, NID: 20008512456398712 ei number e kagoj hoye gese. "
  "Saudi te basar kaj 1000 riyal. medical e kichu dhorbe na amar lok ase",
  [("bd_nid", "20008512456398712")])
F("minors", "bn-Latn",
  "duita chhawa ache 12 r 13 boyosher, kal rat e Hili border par hobe, oipare Balurghat er lok niye jabe. "
  "maa baba k bolsi Kolkata te hotel e kaj, mashe 4 hajar pathabe",
  [])
F("minors", "bn-Latn",
  "Amena r boyosh 13, ekhon biye dile joutuk kom nagbe. chhele Dhaka te garments e, boyosh 32. "
  "kazi saheb k 2 hajar dile kagoj thik kore dibe, school e kaok kobar dorkar nai",
  [])
F("minors", "en",
  "Need boy 13-15 for hotel in Dhaka, wash plates and serve, sleep in hotel. 2500 per month, give to father in advance. "
  "cant go home for 1 year. Call +8801688213457",
  [("phone", "+8801688213457")])
F("minors", "en",
  "client in Banani wants school going girl 15-16, pays double. send her photos in school dress first, "
  "tell her its a modelling shoot and dont let the mother come",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "কুড়িগ্রামের রৌমারীতে বিদেশে চাকরির লোভ দেখিয়ে ১২ যুবকের কাছ থেকে ৪০ লাখ টাকা হাতিয়ে নেওয়ার অভিযোগে এক দালালকে গ্রেপ্তার করেছে র‍্যাব-১৩। "
  "ভুক্তভোগীরা জানান, জমি বন্ধক রেখে ও এনজিও থেকে ঋণ নিয়ে তাঁরা টাকা দিয়েছিলেন।")
N("news", "bn",
  "জয়পুরহাটের কালাই উপজেলায় কিডনি কেনাবেচা চক্রের তিন সদস্যকে আটক করেছে পুলিশ। পুলিশ জানায়, দরিদ্র মানুষকে টাকার লোভ দেখিয়ে "
  "চিকিৎসার কথা বলে ভারতে নিয়ে যাওয়া হতো। আটককৃতদের বিরুদ্ধে মানবদেহে অঙ্গ প্রতিস্থাপন আইনে মামলা হয়েছে।")
N("news", "en",
  "Hili: BGB rescues seven women and three children from the border area while they were allegedly being trafficked to India. "
  "Two suspected brokers were detained, the battalion commander said. The rescued were handed over to an NGO shelter in Dinajpur.")
N("news", "bn-Latn",
  "dekhen amader Gangachara te ki hoise 😡 'itbhata sardar er biruddhe sromikder mojuri atkano r mardhor er ovijog, thanay mamla' "
  "— Rangpur er khobor. eder bichar chai, share koren")
N("news", "en",
  "Over 1,200 Bangladeshi workers returned from Saudi Arabia last month, most of them on so-called free visas, "
  "according to the Expatriates' Welfare Ministry. Returnees said they could not find work after arrival.")
N("news", "bn",
  "রংপুরের পীরগাছায় বাল্যবিবাহ বন্ধ করলেন ইউএনও। দশম শ্রেণির ছাত্রীর বিয়ের আয়োজন চলছিল। "
  "ভ্রাম্যমাণ আদালত বর ও কনের বাবাকে ১০ হাজার টাকা করে জরিমানা করেন এবং ১৮ বছরের আগে বিয়ে না দেওয়ার মুচলেকা নেন।")
# awareness
N("awareness", "bn",
  "সাবধান! 'ফ্রি ভিসা', 'কম খরচে মালয়েশিয়া' এমন পোস্ট দেখে কারো হাতে টাকা দেবেন না। মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা, "
  "টাকা দিন ব্যাংকে এবং রসিদ নিন। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন। — জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুড়িগ্রাম")
N("awareness", "bn-Latn",
  "Shobai share koren: kono sardar jodi boro dadon diye bole shara bochor bhatay thakte hobe, agey amader apa der sathe kotha bolen. "
  "dadon er kagoj e na pore tip diben na. help lagle Rangpur office 01713-998244 (Shapla apa)",
  [("phone", "+8801713998244")])
N("awareness", "en",
  "Selling a kidney is illegal in Bangladesh and in India. If someone offers money and free 'treatment' in India, it is a trap. "
  "Many people in Kalai lost their health and got very little money. Inform your UP member or call 999.")
N("awareness", "bn",
  "মেয়ের বয়স ১৮ আর ছেলের ২১ না হইলে বিয়া দেওয়া আইনত অপরাধ। জন্ম নিবন্ধনত বয়স বাড়ায়া বিয়া দিলে কাজী, অভিভাবক সবার সাজা হয়। "
  "বাল্যবিয়ার খবর পাইলে ১০৯ নম্বরত ফোন দেন বাহে")
N("awareness", "en",
  "Girls! If anyone promises a parlour or garments job in Dhaka and says 'dont tell your parents', say NO and tell your teacher. "
  "Real jobs never ask for secrets. - Kishori Club, Chilmari")
N("awareness", "bn-Latn",
  "Bidesh jawar age check korun: agency r RL number BMET website e ache kina, contract Bangla te pore sign korben, "
  "passport nijer kache rakhben, kauke diben na. sob takar rosid niben. sondeho hole Ami Probashi app e obhijog korun")
# official
N("official", "en",
  "M/S Teesta Overseas (RL-1427), Govt. approved recruiting agency. Demand for 50 male workers, Malaysia (manufacturing). "
  "Salary RM 1,700 basic + OT as per Malaysian law. Cost as per govt. rate BDT 78,990 only, payment by bank. "
  "Interview 12 Jan at Rangpur TTC. Contact 01755-448210, info@teestaoverseas.com.bd",
  [("phone", "+8801755448210"), ("email", "info@teestaoverseas.com.bd")])
N("official", "bn",
  "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): বিদেশগামী কর্মীদের স্মার্ট কার্ড গ্রহণের জন্য জেলা কর্মসংস্থান ও জনশক্তি অফিস, রংপুরে "
  "পাসপোর্ট, ভিসার কপি ও প্রশিক্ষণ সনদসহ উপস্থিত থাকুন। কোনো দালাল বা মধ্যস্থতাকারীর মাধ্যমে লেনদেন করবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh - Labour Wing: Workers whose iqama has expired or who have been reported huroob may contact "
  "the Labour Wing with a passport copy for legal assistance. All services are free of charge. Do not pay any middleman.")
N("official", "bn",
  "৩ নং ইউনিয়ন পরিষদ, কালাই: জন্ম নিবন্ধনে বয়স সংশোধনের জন্য এসএসসি সনদ বা হাসপাতালের জন্ম সনদ লাগবে। "
  "কাগজ ছাড়া বয়স পরিবর্তন করা হবে না। সরকারি ফি ছাড়া কাউকে অতিরিক্ত টাকা দেবেন না।")
N("official", "bn-Latn",
  "Priyo Md Rashed, apnar Malaysia visa approved hoyeche. 14/01 tarikhe Rangpur DEMO office e fingerprint. "
  "original passport r 2 copy chobi anben. sorkari fee bank e joma diben, office e kono cash neya hoy na. Sun Express Overseas RL-0894, 01711-502634",
  [("phone", "+8801711502634")])
N("official", "en",
  "BOESL notice: Registration for EPS Korea (manufacturing) 2026. Fee BDT 500 only through Teletalk. Age 18-39 years. "
  "Passport must be valid at least 6 months. No agent or broker is involved in the EPS process.")
# receipt
N("receipt", "en",
  "You have received Tk 12,000.00 from 01716439025. Fee Tk 0.00. Balance Tk 12,356.40. TrxID BJ74KQ9ZTM at 03/11/2025 19:42",
  [("phone", "+8801716439025"), ("mfs_transaction", "BJ74KQ9ZTM")])
N("receipt", "en",
  "Money Received. Amount: Tk 25000.00 Sender: 01917336870 Ref: bhatar dadon ferot TxnID: 73KD9Q2M Balance: Tk 25480.25 12/02/2026 10:15",
  [("phone", "+8801917336870"), ("mfs_transaction", "73KD9Q2M")])
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 5,000.00 Fee: Tk 0.00 Balance: Tk 5,210.00 TxnId: 5521873094 Date: 21-01-2026 17:03",
  [("mfs_transaction", "5521873094")])
N("receipt", "en",
  "Dear Customer, your A/C 2051****8821 is credited by BDT 48,750.00 (inward remittance from Saudi Arabia incl. 2.5% govt incentive) "
  "on 06-01-2026. Islami Bank")
N("receipt", "bn",
  "আপনি ০১৮৪৫৩০৯৭১২ নম্বরে ৳৩,০০০.০০ সেন্ড মানি করেছেন। চার্জ ৳৫.০০। ব্যালেন্স ৳১,২০৪.৫০। TrxID CAL5R8NW2E ১৪/০১/২০২৬ ০৮:১০",
  [("phone", "+8801845309712"), ("mfs_transaction", "CAL5R8NW2E")])
N("receipt", "bn-Latn",
  "abba passport er fee 5750 Sonali bank e joma dilam, rosider chobi dilam. challan no 2526-0019-88741. "
  "biometrics 9 tarikh Rangpur passport office e, delivery 21 din por. dalal dhori nai nije korsi")
# family
N("family", "bn",
  "বাবা তুই মালয়েশিয়া যাবু সেটা ভালো, কিন্তু সরকারি অফিস দিয়া যাইস। তোর মামু কইল দালালক হাতত টাকা দিস না, "
  "ওমরা আগত রফিকের ৩ লাখ খাইছে। ব্যাংকত টাকা জমা দিবু রসিদ নিবু")
N("family", "bn-Latn",
  "apa Shathi r biyer kotha cholche, meye ekhon 20, honours 2nd year. chhele Dhaka te bank e chakri kore. "
  "joutuk er kotha tullei na kore dibo bole dilam, meye porashona shesh korbe")
N("family", "en",
  "bhaiya I sent my passport copy (A09384716) and NID copy to Sabbir bhai for the visa file, he is from the registered agency in Paltan, "
  "I checked the RL on BMET site. payment by bank only. dont worry Abbu knows everything",
  [("bd_passport", "A09384716")])
N("family", "bn-Latn",
  "ammu bhata theke chuti paisi, kal Kurigram er bus e uthbo. sardar hisab kore 34 hajar dise dadon kete. ei bar valo hoise. "
  "chhotota r jonno juta kinmu",
  )
N("family", "bn",
  "মাইয়াটাক ঢাকা পাঠাবার চাই না বাহে, এইখানে স্কুলত পড়ুক। উপবৃত্তির টাকা নগদে আইসে, মাস্টার কইছে মেট্রিক পাশ করলে কলেজত ভর্তি। "
  "বিয়ার কথা কাও কইলে কইস বাপ রাজি না")
N("family", "en",
  "Mom, CMC Vellore confirmed Nanu's appointment for kidney review on 18th. medical visa done, passports with me. "
  "dont give money to anyone who says they can get a faster date or cheaper kidney, those are dalal")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Malaysia te 2 bochor holo, company valo, salary time moto dey overtime soho 2200 ringgit. "
  "passport nijer kache, permit renew company nijer khoroche korse. bhatay kaj kortam tar theke onek valo ache")
N("worker_content", "en",
  "working in Riyadh as house driver, salary 1800 riyal, my kafeel is a good man, gave iqama within 2 months. "
  "only problem is the heat and missing home 🥲")
N("worker_content", "bn",
  "গাজীপুরের গার্মেন্টসত ৩ বছর হইল। এই মাসত বেতন ৩ দিন দেরি হইছে ওভারটাইমের টাকাও দেরি, সুপারভাইজার কয় বায়ার পেমেন্ট দেয় নাই। "
  "বিরক্ত লাগে কিন্তু চলে")
N("worker_content", "bn-Latn",
  "ei season e bhatay saptahe 2500 pai khoraki alada. sardar manush valo, dadon dise 10 hajar, boishakh e shesh. "
  "kaj kothin gorom o beshi, kintu jokhon mon chay bari jai, ghore taka pathaite pari")
N("worker_content", "en",
  "dubai construction job ok but foreman very strict about time, 10 hrs with 1 hr break, friday off. "
  "salary comes in bank on 5th. food we cook ourself, 6 of us share a room with AC")
N("worker_content", "bn",
  "আপা মুই ভালো আছোং, বাসার খালাম্মা ভালো মানুষ। শুক্রবার ছুটি, মোবাইল মোর নিজের কাছে। "
  "বেতন ৮ হাজার, মাসের ১ তারিখত বিকাশ করি বাড়িত পাঠাই")
# joke
N("joke", "bn-Latn",
  "amar bou amar mobile niye nise, baire jaite dey na, bole bajar theke shoja bari ashbi 😂😂 eke ki bole songsar naki jail?")
N("joke", "bn",
  "মুই কইলাম মোর কিডনি বেচি আইফোন কিনমো, মা কয় তোর কিডনি কায় কেনে, বিড়ি খাওয়া কিডনি 🤣🤣")
N("joke", "en",
  "Salary comes on the 1st and leaves on the 2nd. I basically work for bKash, Nagad and my landlord 🙂")
N("joke", "bn-Latn",
  "boss bolse weekend e kaj korle extra dibe. ami bolsi boss weekend e ami ghumai, oitai amar full time job 😴")
N("joke", "bn",
  "শ্বশুরবাড়ির লোক কইলো যৌতুক নাগবে না, খালি একটা হোন্ডা, একটা ফ্রিজ আর জামাইর বিদেশ যাবার ভিসার টাকা 😂 যৌতুক নাগবে না বাহে!")
N("joke", "en",
  "Recruiting now!! Position: my husband. Salary: none. Duties: carry bazar bags 16 hrs a day. Passport will be kept by me. apply inbox 😂")
# chatter
N("chatter", "bn-Latn",
  "bhai Hili diye India jawa jay ekhon? passport e visa ache, Balurghat e mamar bari jabo tarpor train e Kolkata. "
  "immigration e koto time lage?")
N("chatter", "en",
  "anyone know good agency for Japan TITP? my cousin passed N4, looking for legit one with RL number, not dalal pls")
N("chatter", "bn",
  "বাহে এইবার মঙ্গার সময় এটে কাম নাই, ঢাকাত রিকশা চালাবার যাইম। কায় কায় যাবেন কন, একসাথে বাসত যামো")
N("chatter", "bn-Latn",
  "apa Rangpur town e meyeder hostel er khoj ache? amar bhagni Carmichael e bhorti hoise, seat rent 3 hajar er moddhe hole valo")
N("chatter", "en",
  f"bro bought 50 USDT on Binance P2P for the laptop, sending to your TRC20 {TRON2} check & confirm",
  [("tron_address", TRON2)])
N("chatter", "bn",
  "থানাত গেছিলাম জিডি করবার, মোবাইল হারাইছে। ওসি সাব ভালো মানুষ, ১৫ মিনিটত জিডি করি দিছে, টাকাও নেয় নাই")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আইজ রংপুরত খুব জাড়, কুয়াশাত রাস্তা দেখা যায় না বাহে", hard=False)
N("chatter", "bn-Latn", "kal Bangladesh vs India match, ke dekhbi? amar bari te TV ache, chanachur niye ashis", hard=False)
N("chatter", "en", "Happy new year everyone! May 2026 bring peace and good health to all of you 🎉", hard=False)
N("family", "bn", "মা ভাত খাইছেন? বাবার প্রেসারের ওষুধ শেষ হইলে কন, মুই আনি দিমো", hard=False)
N("family", "bn-Latn", "ammu ajke shutki bhorta r lau diye dal, eshe khabo 7 tar moddhe", hard=False)
N("joke", "en", "Teacher: why are you late? Student: the sign said 'School ahead, go slow' 😂", hard=False)
N("news", "bn", "তিস্তার পানি ডালিয়া পয়েন্টে বিপৎসীমার ৫ সেন্টিমিটার নিচ দিয়ে প্রবাহিত হচ্ছে, জানিয়েছে পানি উন্নয়ন বোর্ড।", hard=False)
N("receipt", "en", "Your recharge of Tk 99 is successful. 5GB internet for 7 days is now active. Thank you.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। জ্বর হলে দেরি না করে ডাক্তার দেখান।", hard=False)
N("chatter", "bn-Latn", "dosto Kurigram e valo kacchi er dokan ki ache? friday te bondhura mile jabo", hard=False)
N("worker_content", "en", "finished HSC form fill up today, now preparing for admission test 🙏 pray for me", hard=False)
N("official", "en", "Dinajpur Education Board: HSC results will be published on 15 October at 10 am on the board website.", hard=False)


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
    random.Random(61).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev61-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
