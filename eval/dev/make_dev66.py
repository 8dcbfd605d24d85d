#!/usr/bin/env python3
"""Blind dev set dev66: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a returnee-support officer in Brahmanbaria, Cumilla and
Chandpur working with men who went to Malaysia (plantations, factories, 'calling visa', 'syndicate' agents, permits
held by the company, raids and detention) and to Singapore shipyards; Cumilla/Brahmanbaria dialect, Malaysia
Bangla-Malay worker slang (kerja, gaji, boss, polis, permit, majikan, kongsi, mandur) and English.
Written at the start of round 11 of issue 15 as a set to read: the helpers read its misses
and false alarms while tuning (docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev66.jsonl"
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


BTC1 = btc("dev66-btc-1")
TRON1 = tron("dev66-tron-1")
ETH1 = eth("dev66-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


TRON2 = tron("dev66-tron-2")

# ---------------------------------------------------------------- flag items
# --- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই হুনেন, নাসির দালাল কইছিল কেএল এর কিলাং এ কাম, মাসে ১৮০০ রিংগিত গাজি, এসি রুম। আইয়া দেহি সাবাহর এক সাওয়িত বাগানে তুইলা দিছে, "
  "গাজি কয় ৯০০, পারমিটে কোম্পানির নামও মিলে না। নাসিররে ফোন দিলে কয় 'কাম কর, সব ঠিক অইয়া যাইবো' 😔")
F("recruitment_deception", "bn",
  "🇲🇾 কলিং ভিসায় মালয়েশিয়া 🇲🇾 ফ্যাক্টরির কাম, বয়স ২০-৪০, অভিজ্ঞতা লাগবো না। বিএমইটি ফিঙ্গার, স্মার্ট কার্ড কিছুই লাগবো না, "
  "আমরা ভিজিট ভিসায় ঢুকাইয়া ওইখানে পারমিট কইরা দিমু। এয়ারপোর্ট কন্ট্রাক্ট আছে। সিট সীমিত!! ইমো/হোয়াটসঅ্যাপ ০১৮৪৭-৩২১৬৫৪",
  [("phone", "+8801847321654")])
F("recruitment_deception", "bn",
  "সিঙ্গাপুরের শিপইয়ার্ডের IPA আইছে কইয়া স্ক্রিনশট দিছিল, ট্রেনিং সেন্টারের নামে ৩ লাখ ৬০ হাজার নিছে। আইজ MOM এর সাইটে পাসপোর্ট নম্বর A07713402 দিয়া চেক করলাম, "
  "আমার নামে কোনো IPA নাই। ওই চিঠি পুরাটাই বানানো। অহন সেন্টারের ফোন বন্ধ",
  [("bd_passport", "A07713402")])
F("recruitment_deception", "bn-Latn",
  "Bhai Malaysia te company visa ase, Johor e electronics kilang, gaji RM 2200 + OT, thaka khawa company dibe. Kono interview lagbo na, "
  "shudhu passport ar 50 hajar advance. 12 jon nibo matro. details er jonno knock den wa.me/601134567890",
  [("whatsapp", "+601134567890")])
F("recruitment_deception", "bn-Latn",
  "amre koisilo Singapore shipyard e welder er kaj. ekhon asi Batam e, eita naki Indonesia 🙄 boss koy Singapore er permit ashbo 2 mash por, "
  "5 mash hoye gelo. ekhane boat repair kori din e 40 hajar rupiah. ami ki korum bhai kisu bujhtesi na")
F("recruitment_deception", "bn-Latn",
  "Ammure kaiyen na. Dalal koise Malaysia namle direct permit, kintu amre pathaise visit visa te. KLIA te imigresen 2 jon re atkaise, ami bair hoisi kono moto. "
  "ekhon agent er lok koy 'kerja ada, tunggu'. tunggu tunggu 3 saptah, ek room e 11 jon, keu permit pay nai")
F("recruitment_deception", "en",
  "Dear brother, G2G quota is closed so we are sending through special 'calling' slot, 100% legal. No need BMET clearance, you will fly as tourist and company convert to PLKS in KL within 1 month. "
  "Many Brahmanbaria boys already working. Send passport scan to malaysia.callingjob@gmail.com, only 8 seat this flight.",
  [("email", "malaysia.callingjob@gmail.com")])
F("recruitment_deception", "en",
  "Sir I came for the furniture factory in Muar as per the contract paper shown to us in Cumilla. On arrival they took us to a construction site in Cheras, we carry cement bags, "
  "and the company name on my permit is a cleaning company. Supervisor said if not happy you can go back by your own ticket.")

# --- fees_and_debt (bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া সাড়ে পাঁচ লাখ দিছি সিন্ডিকেটের এজেন্টরে। আইয়া দেহি আরো ১২০০ রিংগিত চায় পারমিট রিনিউর লাইগা, না দিলে কাম নাই, কংসি থেইকাও বাইর কইরা দিবো। "
  "আব্বা আর কই থেইকা ধার করবো, এনজিওর কিস্তিই চলতাছে দুইডা")
F("fees_and_debt", "bn",
  "আপনের পুলার গাজি থেইকা মাসে মাসে ৪০০ রিংগিত কাইটা রাখা অইবো যতদিন ১ লাখ ৮০ হাজার শোধ না অয়। এইটা কোম্পানির নিয়ম, যাওনের আগেই কইছিলাম। "
  "শোধ না অওয়া তক অন্য কোনোহানে কাম খুঁজার কথা চিন্তাও করবো না")
F("fees_and_debt", "bn",
  "সিঙ্গাপুর যাওনের খরচ সব মিলাইয়া ৭ লাখ, কিস্তি তুইলা দিছি। অহন ইয়ার্ডের সুপারভাইজার কয় প্রতি মাসে ২০০ ডলার তারে দিতে অইবো, না দিলে পারমিট রিনিউ করবো না। "
  "গাজিই পাই ৭০০ এর মত, দেশের কিস্তি দিমু কেমনে")
F("fees_and_debt", "bn-Latn",
  "boss koise passport ferot nite hoile 3000 ringgit dite hobe, company naki amar jonno levy, medical, FOMEMA sob dise. ami to kisui jani na eigula. "
  "6 mash dhore gaji theke 300 kore katse tao baki dekhay 3000 😡")
F("fees_and_debt", "bn-Latn",
  "Bhai apnar pola re nite 4 lakh 80 lagbo. 79 hajar je sorkari rate oita kagoje thakbo, baki cash e. Bank er slip e sign diben je 79 dise, "
  "BMET er lok jigaile oitai kobo. ar kaoke kiser kotha bolben na, tahole seat cancel")
F("fees_and_debt", "bn-Latn",
  "Amar chachato bhai Klang e, kaj nai 4 mash. Mandur koy kongsi te thakle bhara + khana 450 RM mash e, oita loan hoye jaitese. ekhon 2000 er upore dena dekhay, "
  "bole eta shodh na kore kothao jaite parbi na")
F("fees_and_debt", "en",
  "You still owe RM 4,850 for visa, flight, medical and agent fee. Until cleared your passport stays in the office and salary will be paid after deduction every month. "
  "Don't argue with the mandur about this, it is in the agreement you signed in Dhaka.")
F("fees_and_debt", "en",
  "Bro they said the second installment 1.5 lakh must come before the permit is stamped, else my name goes off the list and the first 3 lakh is gone. "
  "Abba already sold the cow and took loan from the samity. Now they are asking 40k more for 'airport contract'.")

# --- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "মালয়েশিয়ার বেডাগো গাজির টাকা সব আমার লাইনে (হুন্ডি) আইবো, ব্যাংকে পাঠাইলে ধরা খাইবো কইয়া দিছি। প্রতি জনের ফ্যামিলিরে দেওয়ার আগে এজেন্ট ফির কিস্তি ১৫ হাজার কাইটা রাখবি, "
  "বাকিটা বিকাশ এজেন্ট থেইকা ক্যাশ ইন। হিসাব খাতায় তুলিস, ফোনে না")
F("payments_and_proceeds", "bn",
  "Money Received. Amount: Tk 75000.00 Sender: 01825447190 Ref: passport TxnID: 7HX2KQ9B Balance: Tk 81230.00\n"
  "এই যে ভাই আপনের পুলার পাসপোর্ট ছাড়ানোর টাকা পাইছি। কাইল রাইতের মধ্যে বাকি ২৫ না আইলে পাসপোর্ট কোম্পানিতেই থাকবো, পরে আর আমারে দোষ দিয়েন না",
  [("phone", "+8801825447190"), ("mfs_transaction", "7HX2KQ9B")])
F("payments_and_proceeds", "bn-Latn",
  "Advance er 50 hajar 3 ta number e bhag kore bkash koren, ek number e 20 er beshi diben na: 01712-448216, 01936 552104, 01611902337 (personal, send money). "
  "Cash out korben na. TrxID gula screenshot kore imo te diben, office e ashar dorkar nai",
  [("phone", "+8801712448216"), ("phone", "+8801936552104"), ("phone", "+8801611902337")])
F("payments_and_proceeds", "bn-Latn",
  f"Visa processing er baki 1800 SGD bank e diben na, account freeze hoy. USDT TRC20 te pathan ei address e: {TRON2} . "
  "pathaye hash ta diben, tarpor IPA er copy dimu. Cumilla office er kotha keu jigaile bolben training fee",
  [("tron_address", TRON2)])
F("payments_and_proceeds", "bn-Latn",
  "Kongsi r 14 jon er gaji eibar amar Maybank e dhukse. Protijon theke 600 kete rakhsi agent fee, list ta dekh. Baki ta family re bkash korbi kintu nijer number theke na, "
  "Rahim er agent number theke, TrxID rakhbi na")
F("payments_and_proceeds", "en",
  f"Send the release payment to this BTC wallet: {BTC1} . After 2 confirmations we hand over your brother at the Johor depot gate. "
  "Don't involve embassy or RAB, we will know.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  f"Boss, Nov collection: 22 boys x RM 350 'levy' = RM 7,700. Deposited RM 5,000 in CIMB under Faruk name, balance cash through hundi to Brahmanbaria. "
  f"Dhaka side cut send USDT to {ETH1} as before.",
  [("eth_address", ETH1)])

# --- isolation_and_control (bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "পাসপোর্ট আর মোবাইল দুইটাই ম্যানেজার নিয়া রাখছে। রবিবার ১০ মিনিট ফোন দেয়, পাশে খাড়াইয়া থাকে, স্পিকারে দেওন লাগে। আম্মারে কইছি ভালা আছি, আর কী কমু")
F("isolation_and_control", "bn",
  "কংসির গেটে রাইতে তালা মাইরা দেয়, বাইর অইতে দেয় না। কয় বাইরে গেলে পুলিশ ধরবো তোমগো পারমিট নাই। দোকানে যাইতেও মান্দুর লগে যায়, ৮ মাসে একদিনও একলা বাইর অই নাই")
F("isolation_and_control", "bn",
  "বাড়িতে কেউরে কইবা না কোন কোম্পানি, কোন জায়গা। কেউ জিগাইলে কইবা কেএল শহরে আছো, ভালো আছো। ইমো ফেসবুক সব বন্ধ রাখবা, বস মোবাইল চেক করে। "
  "এনজিওর মানুষ আইলে কথা কইবা না")
F("isolation_and_control", "bn-Latn",
  "bhai ami ekta ladang e, location jani na, asepase kono town nai, lorry te kore anse raat e. amar phone nia gese, ei phone ta ekjon indon bhai er, 2 min dise. "
  "apni Brahmanbaria er officer re janaben? amar nam Sohag, Nabinagar")
F("isolation_and_control", "bn-Latn",
  "Company bole permit renew er jonno passport office e thakbo, ek bosor hoye gelo. bairer kono loker sathe kotha bolle boss rag kore, "
  "onno company r bangali keu gate e ashle tare bhagai dey. amader shudhu bus e kaj, bus e kongsi")
F("isolation_and_control", "bn-Latn",
  "Dormitory theke shudhu yard e jai, company bus e jai, bus e ashi. off day te o bahir hoite dey na, supervisor amar work permit card rakhse, bole hariye felbi. "
  "Notun shim nite chaisilam, bole lagbe na")
F("isolation_and_control", "en",
  "Listen all, from today no phone in the room. Phones deposit with me 9pm, collect 6am. Anyone found calling NGO or embassy number will be sent back without salary. "
  "Family call only Friday from my phone.")
F("isolation_and_control", "en",
  "Apa, my brother called from an unknown Malaysia number +60 14-927 3381. He whispered they are kept upstairs in a shop house in Seremban, door locked from outside, "
  "only open for work van. He said don't call back this number, it belongs to the guard.",
  [("phone", "+60149273381")])

# --- labour_exploitation (bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেইকা রাইত ১১টা পর্যন্ত কাম, শুক্রবারেও ছুটি নাই। ওটির টেহা দেয় না, কয় গাজির মইধ্যে ধরা আছে। ঘুমাই ৪-৫ ঘণ্টা, হাত পাও আর চলে না ভাই")
F("labour_exploitation", "bn",
  "চাইর মাস অইলো গাজি দেয় নাই, বস কয় কোম্পানির লস। খাওন দেয় একবেলা ভাত আর ডাল, বাকিটা নিজে কিইনা খাও, টেহা পামু কই? বাড়িত এক টেহাও পাঠাইতে পারি নাই")
F("labour_exploitation", "bn",
  "ইয়ার্ডে হেলমেট, সেফটি সু নিজের টেহায় কিনতে অয়। গত মাসে পায়ে লোহার প্লেট পড়ছে, এমসি দেয় নাই, খোড়াইয়া খোড়াইয়া কাম করছি। "
  "সুপারভাইজার কয় ইনজুরির কথা কাউরে কইলে ক্যানসেল কইরা দেশে পাঠাইবো")
F("labour_exploitation", "bn-Latn",
  "Sawit ladang e kaj, protidin 2 ton fruit na tulle gaji kata. khabar paani nai thikmoto, tin er ghor e 16 jon. Boss bole kaj chere gele baki 3 mash er gaji pabi na")
F("labour_exploitation", "bn-Latn",
  "Amar bhaiya factory te 14 ghonta kaj kore, ek mash e ekdin o cuti nai. shorir kharap hoile o jete hoy noile ek din er jonno 2 din er gaji kete ney. "
  "MC dile o mane na")
F("labour_exploitation", "bn-Latn",
  "Gaji hoise RM 600, contract e lekha chilo 1500. baki ta bole levy r hostel e gese. slip dey na, jigaile bole 'you want work or not'")
F("labour_exploitation", "en",
  "3 months no gaji, boss says wait for project payment. We are 30 Bangladeshi in the kongsi, eating rice with salt now. "
  "Anyone stops work he says no permit renewal and no ticket home.")
F("labour_exploitation", "en",
  "Shift is 7am to 10pm standing at the press machine, 1 toilet break. Day off only if production target hit, it never hits. "
  "Payslip shows 8 hours + 2 OT. If we complain HR says sign or go.")

# --- threats_and_coercion (bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "বেশি প্যাঁচাল পারলে পুলিশ ডাইকা তুইলা দিমু, তোর পারমিট তো আমার হাতে। ডিপোতে ছয় মাস পইচা মরবি, পরে খালি হাতে দেশে যাবি। চুপচাপ কাম কর")
F("threats_and_coercion", "bn",
  "তোর বাপের নামে চান্দপুরে মামলা দিমু, জাল কাগজে তার সই আছে আমার কাছে। তোর NID 19951215412000987 ও আমার কাছে। টেহা ফেরত চাওনের কথা আর মুখে আনিস না",
  [("bd_nid", "19951215412000987")])
F("threats_and_coercion", "bn",
  "কাইল রাইতে মান্দুর আর তার দুই লোক রাজু আর মিন্টুরে পাইপ দিয়া পিটাইছে, কারণ ওরা অন্য কোম্পানিতে যাইতে চাইছিল। আমারে কয় 'তুইও লাইনে আছস'। ভাই ভয়ে ঘুম আসে না")
F("threats_and_coercion", "bn-Latn",
  "lari korle tore 'absconded' report dimu imigresen e, blacklist hoye jabi, jibone Malaysia dhukte parbi na. baki gaji o pabi na. bhabi dekh")
F("threats_and_coercion", "bn-Latn",
  "Apnara jodi thana te jan ba saangbadik dake, Malaysia te apnar pola r ki hoy ami jani na. Amar lok ase oikhane, protidin dekhe. Chup thaken, taka ashbe somoy moto")
F("threats_and_coercion", "en",
  "Boss said whoever complains to the labour office will be sent to the jungle site and we will see if he comes back. "
  "Then he showed us a video on his phone of a Bangladeshi man being beaten, said this is the last one who talked.")
F("threats_and_coercion", "en",
  "Your son signed bond. If he breaks contract and runs we file police case here and in Brahmanbaria, your house will be attached by court. "
  "Think carefully before you go to DEMO office.")

# --- sexual_exploitation (bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "কইছিল কেএল-এ রেস্টুরেন্টে ওয়েট্রেসের কাম। আইয়া দেহি স্পা। রাইতে কাস্টমারের রুমে যাইতে কয়, না গেলে খাওন বন্ধ। পাসপোর্ট ম্যাডামের কাছে। আপা আমারে বাঁচান 😭")
F("sexual_exploitation", "bn",
  "নতুন দুইডা বাঙালি মাইয়া আইছে বুকিত বিনতাং এরিয়ায়, একদম ফ্রেশ। ফুল নাইট ৪০০ রিংগিত, হোটেল আমরা দিমু। ছবি লাগলে টেলিগ্রামে নক দেন @kl_bangla_vip, বুকিং শুধু আমার মাধ্যমে",
  [("telegram", "@kl_bangla_vip")])
F("sexual_exploitation", "bn-Latn",
  "Apa re beauty parlour er kaj er kotha bole Johor nise. ekhon bole guest er sathe bosha lagbe, drink dite hobe, 'porer step' o korte hobe. "
  "phone e kandte kandte 2 min kotha koise, tarpor keu phone kaira nise")
F("sexual_exploitation", "bn-Latn",
  "Manager bole protimash e massage room e 25 ta customer na hoile debt barbe. amra 6 jon Bangladeshi meye ek flat e, bahir hoite dey na, khabar o manager ane")
F("sexual_exploitation", "bn-Latn",
  "Singapore KTV te meye lagbe, height 5'2 er upore, fair, boyosh 25 er niche. Visa amra dibo, income mash e 3 lakh taka. Guest ke 'company' dite hobe, bujhen toh 😉 "
  "chobi pathan insta DM e: @sg_ktv_jobs_bd",
  [("instagram", "@sg_ktv_jobs_bd")])
F("sexual_exploitation", "en",
  "Uncle the job is not housemaid. The lady locks us and brings men at night, says we must pay back the flight ticket this way. "
  "Please tell my mother I'm sick, don't tell her the truth.")
F("sexual_exploitation", "en",
  "Fresh Bangla girls just landed 🌸 Cheras area, discreet, 100% real pics. Call/WhatsApp +60 16-338 9042. Outcall ok, booking only thru me.",
  [("phone", "+60163389042")])

# --- minors (bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "জন্মনিবন্ধনে বয়স বাড়াইয়া ২১ কইরা পাসপোর্ট করাইছি (BM0923145), আসলে পুলার বয়স ১৫। মালয়েশিয়ার কারখানায় তো হাত লাগবো, বাচ্চা দেইখা কেউ কিছু কইবো না। বাকি ৮০ হাজার রেডি রাইখেন",
  [("bd_passport", "BM0923145")])
F("minors", "bn",
  "আমার ভাইগ্না বয়স ১৬, ক্লাস নাইনে পড়ে। দালাল কইছে মালয়েশিয়ায় রেস্টুরেন্টে থালাবাসন ধোয়ার কাম, স্কুল ছাড়াইয়া নিয়া যাইবো। কাগজে বয়স ১৯ লেখাইছে, বুবু রাজিও অইয়া গেছে")
F("minors", "bn",
  "১৪-১৫ বছরের মাইয়া লাগবো, কেএল-এ এক বাঙালি সাহেবের বাসায় কাম, বাচ্চা দেখবো, ঘর মুছবো। পাসপোর্ট আমরা করাইয়া দিমু, বয়সের চিন্তা কইরেন না। মাসে মাসে বাপের কাছে ১০ হাজার যাইবো")
F("minors", "bn-Latn",
  "Oi polapan gula 13-14 boyosh, Teknaf theke boat e Thailand hoye Malaysia nibe, protijon 2 lakh. parents re bolse Malaysia te kaj er pashapashi madrasa o ase")
F("minors", "bn-Latn",
  "Chachato bon class 8 e pore, tar biye dise Malaysia probashi er sathe, chele ta 38. bolse biyer por Malaysia niye jabe 'kaj er jonno', passport e boyosh dise 19. "
  "ami ki korum bujhtesi na")
F("minors", "en",
  "Boys aged 15-17 needed for car wash and restaurant work in Klang. We fix the age on passport, no problem at airport. RM 900 gaji, boss gives room. Parents pay only 1.5 lakh.")
F("minors", "en",
  "Sir, a boy from Kasba, 16 years, is working in a plastic factory in Penang 12 hrs a day, his passport says 22. He cried on video call, says he cannot go out and the agent took his papers.")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "কসবায় মালয়েশিয়া পাঠানোর নামে প্রতারণা: দালালচক্রের দুই সদস্য গ্রেপ্তার। পুলিশ জানায়, ভুক্তভোগীদের কাছ থেকে সাড়ে চার লাখ টাকা করে নিয়ে ভ্রমণ ভিসায় পাঠানো হতো। "
  "এ ঘটনায় মানব পাচার প্রতিরোধ আইনে মামলা হয়েছে।")
N("news", "en",
  "Malaysia's Immigration Department detained 312 undocumented foreign workers, including 87 Bangladeshis, in an early-morning raid at a construction site in Cyberjaya. "
  "The Bangladesh High Commission said it has sought consular access.")
N("news", "en",
  "Singapore: shipyard subcontractor fined S$84,000 for collecting kickbacks from Bangladeshi work permit holders; MOM says affected workers will be repaid and allowed to change employer.")
N("news", "bn",
  "চাঁদপুরে মানব পাচার মামলার রায়: মালয়েশিয়ায় নেওয়ার কথা বলে থাইল্যান্ডের জঙ্গলে আটকে রেখে মুক্তিপণ আদায়ের দায়ে তিনজনের যাবজ্জীবন কারাদণ্ড।")
N("news", "en",
  "Dhaka and Putrajaya agree to end the 'syndicate' system for Malaysia recruitment; all licensed agencies meeting criteria may apply and migration cost stays capped at Tk 78,990, the expatriates' welfare adviser said.")
N("news", "bn-Latn",
  "Brahmanbaria Live: Sarail er Noagaon e Malaysia probashi Md. Jewel er lash ashlo 12 din por. company bolse heart attack, family shothik tadonto chai. Janaza Asor er por.")
# awareness
N("awareness", "bn",
  "⚠️ সতর্কবার্তা ⚠️ ভিজিট ভিসায় মালয়েশিয়া গিয়া কাম করার কোনো সুযোগ নাই। কেউ 'ওইখানে গিয়া পারমিট কইরা দিমু' কইলে বিশ্বাস করবেন না। "
  "পাসপোর্ট কোনো দালালের হাতে দিবেন না। সাহায্যের জন্য প্রবাসবন্ধু কল সেন্টার ১৬১৩৫। বেশি বেশি শেয়ার করেন")
N("awareness", "bn-Latn",
  "Bhaiera, keu jodi boley 'gaji theke kete nibo, ekhon taka lagbe na' ei kothay jaben na, pore oi dena shodh korte korte 3 bosor jay. "
  "Company passport rakhle oita Malaysia te o oinom, nijer kase rakhben. -Returnee Forum Cumilla")
N("awareness", "en",
  "Before you go to Malaysia check 5 things: 1) agency licence on BMET website 2) attested demand letter 3) contract in Bangla 4) pay only through bank, take receipt 5) smart card. "
  "Questions? write to migrationhelp.cumilla@gmail.com",
  [("email", "migrationhelp.cumilla@gmail.com")])
N("awareness", "bn",
  "জুম্মার পরে মসজিদে ঘোষণা: যাগো পুলা মালয়েশিয়া যাইতে চায়, কেউ কিস্তি তুইলা দালালরে টেহা দিবেন না। আগামী শনিবার ইউনিয়ন পরিষদে অভিবাসন নিয়া সভা, "
  "ফিরত আসা ভাইয়েরা নিজেগো অভিজ্ঞতা কইবো। সবাই আইবেন")
N("awareness", "en",
  "Forwarded as received: MOM reminds all work permit holders that your employer cannot keep your passport or work permit card, and asking workers for kickbacks is an offence. "
  "Report to MOM at 6438 5122.",
  [("phone", "+6564385122")])
N("awareness", "bn-Latn",
  "Sister ra, Malaysia ba Singapore e 'restaurant' ba 'spa' te kaj er offer dile age jachai koren, licence ase kina dekhen. Kaoke passport diye dite bolle 999 e call koren. "
  "- Nari Shakti Forum, Chandpur")
# official
N("official", "bn",
  "মেসার্স আল-সাফা ওভারসীজ (আরএল-১৪৮৭): সরকার নির্ধারিত ৭৮,৯৯০ টাকা অভিবাসন ব্যয়ে মালয়েশিয়ার ম্যানুফ্যাকচারিং সেক্টরে ২০০ জন কর্মী নিয়োগ। "
  "সকল লেনদেন ব্যাংকের মাধ্যমে, রশিদ প্রদান করা হবে। বিএমইটি নিবন্ধন বাধ্যতামূলক। কোনো দালালের সাথে লেনদেন করবেন না। ফোন: ০২-৯৮৭৬৫৪৩",
  [("phone", "+88029876543")])
N("official", "en",
  "BMET notice: Workers selected for Malaysia (plantation sector) must complete fingerprint and pre-departure orientation at DEMO Cumilla by 15 January. "
  "Bring passport, NID and 2 photos. No payment other than the government-fixed amount.")
N("official", "en",
  "Bangladesh High Commission, Kuala Lumpur: Workers whose passports are held by employers may contact the Labour Wing. Holding a worker's passport is an offence under Malaysian law. "
  "Labour Wing WhatsApp: wa.me/60122934410 (Sun-Thu, 9am-5pm)",
  [("whatsapp", "+60122934410")])
N("official", "bn",
  "ওয়েজ আর্নার্স কল্যাণ বোর্ড: মালয়েশিয়ায় মৃত প্রবাসী কর্মীর পরিবারের জন্য ৩ লক্ষ টাকার আর্থিক অনুদানের চেক জেলা কর্মসংস্থান ও জনশক্তি অফিস, ব্রাহ্মণবাড়িয়া হতে বিতরণ করা হবে। "
  "ওয়ারিশ সনদ ও মৃত্যু সনদসহ উপস্থিত থাকুন।")
N("official", "bn-Latn",
  "Assalamualaikum, amader licence RL-0923, Malaysia r sob demand BMET verified. Khoroch sorkari rate 78,990 taka, bank e jama, receipt diye. "
  "Bkash e kono taka nei na. Office: Kandirpar, Cumilla. 01713-556820",
  [("phone", "+8801713556820")])
N("official", "en",
  "MOM-licensed EA 19C9876. Shipyard workers (work permit), batch 14: IPA letters released, candidates verify on the MOM website with FIN/passport number. "
  "Agency fee is capped at one month's salary per contract year; pay only against an official receipt.")
# receipt
N("receipt", "en",
  "You have received Tk 45,000.00 from 01819234567. Ref Malaysia. Fee Tk 0.00. Balance Tk 46,213.50. TrxID BK7G4XQ2LM at 04/12/2026 19:42",
  [("phone", "+8801819234567"), ("mfs_transaction", "BK7G4XQ2LM")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01917330458 Ref: ammar oshud TxnID: 71KQ3ZP9 Balance: Tk 12530.00 07/12/2026 10:15",
  [("phone", "+8801917330458"), ("mfs_transaction", "71KQ3ZP9")])
N("receipt", "en",
  "Dear Customer, your A/C 1201***4457 has been credited with BDT 62,450.00 inward remittance from MAYBANK MY (Sender: MD SHAHJALAL). Govt incentive 2.5% BDT 1,561.25 added. -IBBL")
N("receipt", "en",
  "Cash-In from A/C: ***5521 Tk 20,000.00 Fee: Tk 0.00 Balance Tk 20,410.00 TxnId: 5839204711 Date: 02-12-2026 16:08",
  [("mfs_transaction", "5839204711")])
N("receipt", "en",
  "BMET Receipt. Emigration clearance fee Tk 3,500; Welfare fund Tk 3,500; Insurance Tk 490. Worker: Md. Rubel Mia, Passport A03318926, Destination: Malaysia, Employer: Top Glove Sdn Bhd.",
  [("bd_passport", "A03318926")])
N("receipt", "bn",
  "মানি রিসিট — আল-সাফা ওভারসীজ (RL-1487)। প্রাপ্ত: ৭৮,৯৯০ টাকা (সরকার নির্ধারিত অভিবাসন ব্যয়), ডাচ-বাংলা ব্যাংক পে-অর্ডার নং ৪৪৮৯১২। কর্মী: শাহীন আলম, পাসপোর্ট EB0412276",
  [("bd_passport", "EB0412276")])
# family
N("family", "bn",
  "আব্বা, পাসপোর্ট অফিসে আইজ ফিঙ্গার দিয়া আইলাম, ২১ দিনে ডেলিভারি। এনআইডি নম্বর ৮৬৪২১৫৭৯৩০ এ জন্মতারিখ ভুল আছিল, ঠিক করছি। "
  "মালয়েশিয়ার সরকারি তালিকায় নাম আইলে তখন দেখুম, দালালের কাছে যামু না",
  [("bd_nid", "8642157930")])
N("family", "bn-Latn",
  "Ammu taka pathaisi 40 hajar, bkash e cash out kore nio. 10 hajar kisti dio, baki ta Mim er college bhortir jonno. gaji ei mash 2 din late dise boss, chinta koiro na")
N("family", "bn-Latn",
  "Rina r jonno prostab ashse, chele Singapore shipyard e 6 bochor, S pass. tara bolse biyer por Rina re o niye jabe dependent pass e. "
  "age chele r family re dekhi, Matlab e bari, tomar mama chine")
N("family", "en",
  "Bhai your passport is in the almari under the quilt, I kept it safe. Abba says don't give it to anyone, not even Hanif chacha, until the agency gives a proper receipt.")
N("family", "bn",
  "ছোড পুলার বয়স ১৬, তার মামু কয় মালয়েশিয়া নিয়া যাইবো। আমি কইছি না, আগে এসএসসি দিবো, ১৮ না অইলে বিদেশের নাম মুখে আনবা না। মামুরে বুঝাইয়া কইও")
N("family", "bn-Latn",
  "Bhabi, Shahin bhai er company passport ferot dise renew er por, ekhon nijer locker e. ei friday video call dibe bolse, baccha der shobaike niye boisho")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Penang er factory te 2 bosor holo. gaji RM 1700, OT soho 2300 hoy. passport nijer locker e, permit renew company nijer khoroch e korse. "
  "notun bhai ra ashle bolbo dalal dhorben na")
N("worker_content", "bn",
  "ইয়ার্ডে আইজকা ১২ ঘণ্টা ডিউটি আছিল, ওটি পাইবাম। গরম বেশি, তয় সুপারভাইজার ভালা, পানির ব্রেক দেয়। মাসের শেষে বাড়িত টেহা পাঠামু ইনশাল্লাহ")
N("worker_content", "en",
  "To HR: my payslip for November shows 20 hours OT but I worked 26 hours. Please check the punch card record. Worker ID 4471, Line B. Thank you.")
N("worker_content", "bn-Latn",
  "Boss ajke ekto rag korse karon ami late aisi, bolse next time warning letter. amar e dosh, company bus miss korsi 😅 kal theke alarm 2 ta")
N("worker_content", "bn",
  "মালয়েশিয়া আওনের পর প্রথম মাসে কষ্ট অইছে, খাওন মিলে না, তরকারিতে ঝাল নাই 😂। এহন কংসিতে নিজেরা রান্দি, ৮ জন এক রুমে, এসি নাই তয় ফ্যান আছে। গাজি টাইমমত দেয়")
N("worker_content", "en",
  "Guys my new PLKS came today, company paid the levy itself. Contract ends next year, then going home for good, inshallah will buy a CNG in Brahmanbaria.")
# joke
N("joke", "bn-Latn",
  "Malaysia te 3 bosor thaikka ami sob kothay 'tak pa tak pa' koi, ammu phone e koy 'ki tak tak korish, thik moto kotha ko' 😂😂")
N("joke", "bn",
  "দালাল ভাই কইছিল মালয়েশিয়া গেলে বউ খুশিতে পাগল অইয়া যাইবো। গেলাম না, বউ এমনিতেই পাগল 🤣")
N("joke", "en",
  "Wife: you were in Singapore 5 years, where is the money? Me: shipyard, I built 3 ships. Wife: and our house? Me: still waiting for IPA 😭")
N("joke", "bn-Latn",
  "Polis dekhle amra je dour dei Usain Bolt o lojja pabe 🏃‍♂️💨 permit ase tao dourai, obhyash hoye gese")
N("joke", "bn",
  "কুমিল্লার রসমালাই লইয়া গেছিলাম, ইমিগ্রেশনে আটকাইছে। অফিসার এক চামচ খাইয়া কয় 'sedap!' তারপর পাসপোর্টে সিল মাইরা দিছে 😂")
N("joke", "en",
  "If one more relative asks me 'Malaysia theke ki anli' I'm selling them to the syndicate for 5 lakh, no refund 😂")
# chatter
N("chatter", "bn-Latn",
  "Kal Kandirpar e asben? Rubel Malaysia theke ashse 4 bosor por, or jonno ektu khawa dawa. 7 tay, Rubel er passport e dekhi 6 ta sil 😄")
N("chatter", "bn",
  "ভাই আপনের বিকাশ নাম্বারডা দেন তো, মসজিদের মাইকের চাঁন্দা ৫০০ টেহা পাঠাই। বাকিরা ক্যাশে দিবো কইছে")
N("chatter", "en",
  "Anyone at KLIA on Sunday? My cousin lands 6pm on MH197, first time alone. Company transport is coming but want someone there. My number 017 5534 8821",
  [("phone", "+8801755348821")])
N("chatter", "bn-Latn",
  "Girls ra Eid e ki plan? ami Chandpur jabo, boro apa Malaysia theke video call dibe sobai ek sathe, nanu o thakbe")
N("chatter", "bn",
  "পাসপোর্ট অফিসের সামনে আইজ লম্বা লাইন, দালালরা খালি ঘুরতাছে '৫০০ দেন তাড়াতাড়ি কইরা দিমু'। আমি লাইনেই খাড়াইয়া আছি, দুপুর অইয়া গেছে, ক্ষুধা লাগছে")
N("chatter", "en",
  "Bro Al-Safa agent called, medical is on 12th at the Gulshan centre, bring passport copy and 2 photos. Fee only as written on the receipt, I asked him twice.")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আইজ বিকালে মাঠে ক্রিকেট খেলা আছে, বল লইয়া আইস।", hard=False)
N("family", "bn-Latn", "Ammu ajke ki ranna korso? ilish ase naki", hard=False)
N("chatter", "en", "Happy birthday Tanvir bhai 🎂🎉 many many happy returns of the day", hard=False)
N("news", "en", "Heavy rain is expected in Cumilla, Chandpur and Brahmanbaria tomorrow, the Met Office said.", hard=False)
N("joke", "bn", "শিক্ষক: ক তো পৃথিবী গোল কেরে? ছাত্র: স্যার, আমি ভাঙি নাই 😂", hard=False)
N("chatter", "bn-Latn", "Jummar por cha khaite aisho, Rafiq er dokan e", hard=False)
N("family", "en", "Beta reached home? Call when free.", hard=False)
N("chatter", "bn", "নেট খুব স্লো, ভিডিও খালি আটকাইয়া যায়।", hard=False)
N("worker_content", "en", "Today canteen got nasi lemak, not bad 😋", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না।", hard=False)
N("official", "en", "Cumilla City Corporation: water supply will remain off on Friday 9am-1pm for maintenance.", hard=False)
N("receipt", "en", "Your recharge of Tk 50 is successful. Current balance Tk 63.20.", hard=False)

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
    random.Random(66).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev66-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
