#!/usr/bin/env python3
"""Blind dev set dev68: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a maritime-welfare officer in Chattogram, Cox's Bazar and Patuakhali (fishermen and teenage boys held on
trawlers in the Bay of Bengal and on foreign boats in Thai, Indonesian, Somali and Gulf waters; dadon advances from
boat owners, crews sold from boat to boat, wives and mothers calling the ghat; Chittagonian and Barishal dialect,
voice-note transcripts, boat-owner and majhi talk). Run from the repository root.
Held out from round 12 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev68.jsonl"
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


BTC1 = btc("dev68-btc-1")
TRON1 = tron("dev68-tron-1")
ETH1 = eth("dev68-eth-1")

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
# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "[ভয়েস নোট] হুনো বাই, মালয়েশিয়া যাইবার লাই ভিসা-পাসপোর্ট কিছু ন লাগে। টেকনাফ তুন বোট ছাড়িবো বিষুদবার রাইতে, সাত দিনর মাথাত পৌঁছাই যাইবা। হেডে ফ্যাক্টরিত কাম, মাসে ৪০ হাজার। টিয়া এহন ন দিলেও চলে, কামত ঢুকি বেতন তুন হাডি লইবো। ঘরত বেশি হতা ন কইও, মাইনষে হিংসা গরে")
F("recruitment_deception", "bn",
  "আমারে কইছিল জাহাজ কোম্পানিতে ইঞ্জিন রুমের কাজ, সিঙ্গাপুর। জাকার্তা নামাইয়া দুই দিন গাড়িতে নিয়া একটা ছোট কাঠের বোটে তুলছে, এখন দিনরাত জাল টানি। ঢাকায় যে কন্টাক্ট পেপার সই করছিলাম ঐটা নাকি এখানে চলে না, ক্যাপ্টেন হাসে")
F("recruitment_deception", "bn",
  "🚢🚢ওমানে ফিশিং কোম্পানিতে জরুরি লোক নেওয়া হচ্ছে🚢🚢 বেতন ১৮০ রিয়াল + মাছের কমিশন, থাকা খাওয়া ফ্রি, অভিজ্ঞতা লাগবে না। বিএমইটি কার্ড লাগবে না, ওখানে গিয়ে আমরাই কাগজ করে দিব। শুধু পাসপোর্ট আর ৩৫ হাজার টাকা। ইমো 01836-472915",
  [("phone", "+8801836472915")])
F("recruitment_deception", "bn-Latn",
  "bhai Korea r boat e tuna dhorar kaj, dollar e beton 1200. EPS er porikkha lagbe na amader nijossho line ase. Dhaka theke Fiji flight, oikhane jahaje uthben. CDC amra banaia dimu 3 diner moddhe, training lagbe na. interested hole knock den wa.me/8801758209314",
  [("whatsapp", "+8801758209314")])
F("recruitment_deception", "bn-Latn",
  "mama mui to jani Malaysia palm bagan e kaj, dalal hei kotha kaisilo. ahon dehi Thailand er ek jongol er camp e rakhse 40-50 jon, hen theke naki boat e uthaibe. kon boat, ki kaj hei kotha keu kay na. mor lagi dua horo")
F("recruitment_deception", "bn-Latn",
  "Dubai te ship e catering er job, hotel er moto AC, 55k taka beton. visit visa te jaben, pore company work visa kore dibe, sobai emnei jay tension nai. shob milaye 2 lakh 80. ghat e karo sathe alap korar dorkar nai, ora jele manush bujhbe na")
F("recruitment_deception", "en",
  "bro they told us container ship singapore flag 3 month contract. landed Jakarta, agent drove us 2 days to some harbour and put 11 of us on a wooden longline boat. captain dont speak english. nobody said anything about fishing. my contract copy only says 'general seaman' and company name i cant find on google")
F("recruitment_deception", "en",
  "URGENT!! Deckhand / fish processing crew for Taiwanese vessels 🐟 $600-$900 + bonus. No experience, NO seaman book, no medical needed. Free ticket & food. We handle all papers abroad so you dont waste time with BMET. CV to seacrew.manning.bd@gmail.com or Telegram @seacrew_manning_bd",
  [("email", "seacrew.manning.bd@gmail.com"), ("telegram", "@seacrew_manning_bd")])

# ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "তুই দাদনর ৮০ হাজার টিয়া লইয়স, এই মৌসুমত শোধ ন অইলে সামনর মৌসুমও আঁর বোটত থাকিবি। মাছ আঁর আড়ত ছাড়া আর হন্ডে বেচিলে জাল-নাও দুয়ুন আটকাই দিয়ুম। হিসাব আঁর খাতাত, তোর হিসাব রাখন লাগতো ন")
F("fees_and_debt", "bn",
  "ভাই ওর বাবা ওমান থেকে ফোন দিছিল। এখন বলতেছে ইকামা আর লেবার কার্ডের জন্য আরো দেড় লাখ লাগবে, না দিলে কফিল বলছে বেতন ছাড়াই বোটে কাজ করতে হবে যতদিন শোধ না হয়। আমরা তো এনজিও থেকে কিস্তি তুলে আগের ৩ লাখই দিছি, জমিও বন্ধক")
F("fees_and_debt", "bn",
  "মাঝি হিসাব দিল – ট্রিপের খোরাকি, তেল, বরফ, জালের ছিঁড়া সব আমাদের ভাগ থেকে কাটা। তিন ট্রিপ কইরা আমার পাওনা উল্টা মাইনাস ১২ হাজার!! বলে এই দেনা শোধ না কইরা অন্য বোটে উঠতে পারবা না, ঘাটের সব মাঝিরে বইলা রাখছে")
F("fees_and_debt", "bn-Latn",
  "mohajon kaise dosh hajare mase teen hajar sud. mui koi bai sagore machh nai, hey koy ilish season e tor sob machh amar arot e dibi, dam mui thik hormu. aslo 50 hajar nisilam 2 bosor agey, ahon koy 1 lakh 30 baki")
F("fees_and_debt", "bn-Latn",
  "broker bole amar naame 45 hajar baht dena, Thailand ana, khawa, boat e tola sob. mash e beton 9 hajar baht, 6 hajar kete ney dena bole. ei hisabe kobe shesh hobe ami jani na. 14 mash hoilo, hisab er khata dekhte chaile mare")
F("fees_and_debt", "bn-Latn",
  "Apnar bhai er passport (EB0428716) ar seaman book amader kache. 60 hajar dile Chittagong Fishery ghat e haate diye dibo. na dile or hisab e aro lekha hobe, onno boat e pathai dibo, tokhon 60 e hobe na",
  [("bd_passport", "EB0428716")])
F("fees_and_debt", "en",
  "they sold my contract to another boat owner at sea. new owner says i owe him what he paid for me, 1,800 USD, plus food and cigarettes. every trip he writes more in his book. i never see the book. when i ask he says you are still in minus")
F("fees_and_debt", "en",
  "Sir I took 2 lakh dadon from the aratdar for net and engine repair. He says until it is cleared me and my son must go on his trawler every season and sell all catch to him at his rate. This is 4th year sir, the amount is now more than the first day")

# ---- payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn",
  "তোর ভাই থাইল্যান্ড পৌঁছাইছে, ভালো আছে। এখন ২ লাখ ২০ হাজার দিলে মালয়েশিয়া পার করমু। টাকা তিন নাম্বারে ভাগ কইরা বিকাশ কর – 01947-380621, 01629-551708, 01875-204437, একটাতে ৫০ হাজারের বেশি না। পাঠাইয়া ট্রানজেকশন আইডি ইমোতে দিবি, তারপর ভাইয়ের সাথে কথা",
  [("phone", "+8801947380621"), ("phone", "+8801629551708"), ("phone", "+8801875204437")])
F("payments_and_proceeds", "bn",
  "মাঝি, ৩ জনের কমিশন পাঠাইলাম, বোটে উঠাইয়া দিলে বাকিটা। পোলাগুলারে ফোন নিয়া উঠতে দিবা না\nNagad: Money Received. Amount: Tk 15000.00 Sender: 01713628450 Ref: N/A TxnID: 7KD2M9QX Balance: Tk 18,240.50",
  [("phone", "+8801713628450"), ("mfs_transaction", "7KD2M9QX")])
F("payments_and_proceeds", "bn",
  "ক্যাপ্টেন সমচাই লোক বদল করবে। ৬ জন বাঙালি দিবে আমাদের বোটে, মাথাপিছু ১৫ হাজার বাথ। টাকা পাইলে ট্রান্সশিপমেন্ট বোটে তুলে দিবে, ওদের পাসপোর্ট আমার কাছে থাকবে। টাকাটা রানং এর দোকানে ক্যাশ দিও, ব্যাংকে না")
F("payments_and_proceeds", "bn-Latn",
  f"boss 6 ta pola next week Ambon e pouchabe. per head 1200 USDT, TRC20 te pathao ei address e {TRON1} . half advance, baki boat e tolar por. screenshot dio tg te @captain_rasel99",
  [("tron_address", TRON1), ("telegram", "@captain_rasel99")])
F("payments_and_proceeds", "bn-Latn",
  "tor beton captain sorasori amar kase pathay hundi kore, Oman theke. tor bou er bikash e pathano jabe na. dena kata shesh hoile ja thake dimu. tui amar number ta bou re dise keno? r jeno na hoy")
F("payments_and_proceeds", "en",
  "payment for the 4 crew from Cox's Bazar received? sent 8,000 RM through Hamid's shop. dont write the boys names on the hundi slip, write 'fish money'. next batch from Teknaf end of month same rate, tell your man in Penang to keep the boat ready")
F("payments_and_proceeds", "en",
  f"Send 0.35 BTC to {BTC1} before Friday or USDT (ERC20) to {ETH1}. Once confirmed the boat will release your husband at Benoa. Do not go to the embassy, that will only make it slow and more expensive for you",
  [("btc_address", BTC1), ("eth_address", ETH1)])

# ---- isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "স্যার ৮ মাস হইল কোন ফোন নাই। শেষবার একটা থাই নাম্বার থেকে ফোন দিছিল, কইছে ক্যাপ্টেন সবার মোবাইল নিয়া নিছে, বন্দরে নামতে দেয় না, মাছ সাগরেই অন্য বোটে তুইলা দেয়। নাম্বারটা +66 81 442 7093, এখন বন্ধ",
  [("phone", "+66814427093")])
F("isolation_and_control", "bn",
  "আঁর পোয়া রে হন্ডে রাখ্যে হয় ন। মোবাইল বন্ধ। মাঝি হয় বোট সাগরত, ফোন ন যায়। তিন মাস অইয়ে। ঘাটত গেলে কয় চুপ থাক, বেশি খোঁজাখুঁজি গইল্লে তোর পোয়া আর ঘরত ন আইবো")
F("isolation_and_control", "bn",
  "চরে একবার নামাইলে নাও ছাড়া বাইর হওয়ার উপায় নাই। মহাজনের লোক নাও নিয়া যায়, পাঁচ মাস পর আনে। মোবাইলে চার্জ দিতে দেয় না, বলে নেটওয়ার্ক নাই। বাড়ির কেউ আসলে খুঁটিতে বাইন্ধা রাখা নৌকায় বসাইয়া কথা কওয়ায়, মহাজনের লোক পাশে থাকে")
F("isolation_and_control", "bn-Latn",
  "hon, ghare fon dile kaibi bhalo asi, company boat e kaj hori. boat er nam, malik er nam kisu kaibi na. keu jiggaile kaibi mamato bhai'r lagi asi. fon majhi'r samne dibi loudspeaker e, ulta palta kaile r fon paibi na")
F("isolation_and_control", "bn-Latn",
  "passport, seaman book, phone sob captain er locker e. port e dukle amader fish hold er uporer ghore tala dey, police check shesh hoile khule. 2 bochor mati te pa rakhi nai bhai, ei msg ta engineer er phone theke")
F("isolation_and_control", "en",
  "We are 14 Bangladeshi on this boat. Transshipment vessel comes every 2 months, takes fish, brings diesel and rice. We never go to port. Sending this from the cook's phone, please delete after reading. Tell my mother in Maheshkhali i am alive, dont call this number")
F("isolation_and_control", "en",
  "Madam my husband called from unknown Somali number +252 61 583 2047 only 1 minute. He said someone is standing near him. He said dont call back and dont tell the agent in Chittagong that he called. since then phone off. please help",
  [("phone", "+252615832047")])

# ---- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "দিনে ২০ ঘন্টা জাল টানি ভাই। ঘুম ৩-৪ ঘন্টা, তাও পালা কইরা। ভাত আর লবণ, মাঝে মাঝে মরা মাছের ঝোল। খাওয়ার পানি মাপা, একজন এক বোতল। ১১ মাস কোন বেতন পাই নাই, কয় দেশে গেলে একবারে দিবে")
F("labour_exploitation", "bn",
  "উইঞ্চে হাত আটকাইয়া দুইটা আঙুল থেঁতলাইছে। ক্যাপ্টেন বলে বেন্ডেজ বাইন্ধা কাজে নাম, পোর্টে ডাক্তার দেখাইতে নিবে না ট্রিপ শেষ হয় নাই। কাল থেকে জ্বর, তাও সকালে জাল বাছতে হইছে")
F("labour_exploitation", "bn",
  "শুঁটকি মহালত হাজিরা দৈনিক ২০০ টিয়া হইয়ে, দুই মাস অইয়ে এক টিয়াও ন দিয়ে। বিয়ান ৪টা তুন রাইত ১০টা পর্যন্ত মাছ হুগাই। ছুটি ন দে, বিমার অইলেও কাম গইত্তো অয়, ন গইল্লে ভাত বন্ধ")
F("labour_exploitation", "bn-Latn",
  "Oman e ashchi 9 mash, kafeel ekbaro beton dey nai. boat e thaki boat e ghumai, 2 din por por port e namay maach namanor jonno. kafeel koy maach kom beton nai. khawa shudhu rooti ar dal, pani o kine khaite hoy")
F("labour_exploitation", "bn-Latn",
  "trawler e mui baburchi, hei lagi jal o tana lage. raite 2 ghonta ghum. bhag er taka kaisilo trip pichu 8 hajar, 3 trip gese kisui pai nai, majhi koy dadon er hisab e gese. mui to dadon nei nai bai")
F("labour_exploitation", "bn-Latn",
  "Indonesia boat er engine room e 50 degree gorom, 16 ghonta shift, 2 bochor kono off day nai. jara osustho hoy tader khawa kom dey, bole kaj na korle khabi na. Bangladeshi 3 jon ar Myanmar er 5 jon eki room e")
F("labour_exploitation", "en",
  "we work from 4am to midnight, sometimes 36 hours when fish is running. food is rice and fish heads. salary promised $350 a month, after 14 months i got $200 total. captain says rest will be paid when contract ends but nobody knows when it ends")
F("labour_exploitation", "en",
  "Bhai in this fishing company in Gulf we are 30 people in one container room near harbour, one toilet. They cut 150 dirham every month for room and 'uniform'. Salary paper says 1200 but hand we get 600. Anyone who asks for payslip they move him to the worst boat")

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "তোর জামাই ইন্দোনেশিয়াত আঁরার বোটত আছে। হাইল্লা রাইতর মইধ্যে ৫০ হাজার টিয়া ন দিলে অরে সাগরত ফেলাই দিয়ুম, হেডে কেউ খবরও ন পাইবো। থানাত গেলে মনে রাখিছ, তোর ঘর আঁরা চিনি")
F("threats_and_coercion", "bn",
  "ক্যাপ্টেন লোহার রড দিয়া মারছে নুরুলরে, কারণ সে অসুখের কথা কইছিল। আমাদের সবাইরে ডেকে দেখাইছে। কইছে যে পালাইতে চাইবো তার লাশও কেউ পাইবো না, সাগর বড়")
F("threats_and_coercion", "bn",
  "কফিল বলছে বোট ছাইড়া গেলে হুরুব মারবে, তারপর পুলিশ ধরলে জেল, জীবনে আর দেশে যাইতে পারবা না। তাই চুপচাপ কাজ কর বলে। গত মাসে একজন পালাইছিল, তারে ধইরা আইনা সবার সামনে মারছে")
F("threats_and_coercion", "bn-Latn",
  "majhi koise case korle tor baap er naame churir mamla dibe, tor bhai re o ghat e kono boat e nibe na. tor baap er NID no 19926917835412096 amader kase ase, ghor o chini. chup thak, kaj kor",
  [("bd_nid", "19926917835412096")])
F("threats_and_coercion", "bn-Latn",
  "Kuakata ghat e hei lok gula aise, koy tor pola jei boat e ase hey boat er malik er 3 lakh taka loss. taka na dile pola re r dekhbi na. mui kaisi police e jamu, hera hashse, koy police amago lok")
F("threats_and_coercion", "en",
  "If you try to jump ship at Port Louis the local police will arrest you as illegal, we already gave them your names. And remember your family's house in Rangabali, our people know it very well")
F("threats_and_coercion", "en",
  "They tied Jahid to the mast whole day in the sun because he refused to go in the water to free the net. Captain said next time electric. All of us are afraid to say anything now")

# ---- sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "বহির্নোঙরে মাদার ভেসেলে আজ রাতে দুইটা মেয়ে লাগবে, বিদেশি ক্রু। লাইটারে তুলে দিবা, ভোরে নামাইয়া আনবা। মেয়ে প্রতি ২০ হাজার, তোমার ৫। নতুন মেয়ে হইলে ভালো, আগেরগুলার চেহারা ওরা চিনে ফেলছে")
F("sexual_exploitation", "bn",
  "আড়তদার কইছে দাদনের টাকা না দিতে পারলে তোর বউরে আমার কটেজে কাজে পাঠা, মাসে মাসে হিসাব কাটা যাবে। কক্সবাজারের কটেজে রাতে কী কাজ সবাই জানে ভাই, আমি কী করমু বুঝতেছি না")
F("sexual_exploitation", "bn",
  "টেকনাফ থেকে নৌকায় মালয়েশিয়া নিয়া বিয়া দিবো কইছিল। বিয়া তো দূরের কথা, আমার বোনরে একটা ঘরে আটকাইয়া রাখছে, আরো কয়টা মেয়ে আছে। রাতে লোক আসে, না করলে মারে। ফোনে কানতে কানতে কইল ২ মিনিট")
F("sexual_exploitation", "bn-Latn",
  "kotej e notun maal aisa 2 ta, bari Patuakhali, boyos 19-20 bolbo. guest ke bolo 5000 night, ghontay 1500. ID chaile amar dewa card dekhabe, nijer kono kagoj ora rakhe na, tk o amar hate")
F("sexual_exploitation", "bn-Latn",
  "boat e chhoto pola gula re sareng raite nijer cabin e nie jay, na gele khawa bondho. amra boro ra kisu bolte pari na, bolle sagore felai dibe koy. Ridoy ta 2 din dhore kisu khay na")
F("sexual_exploitation", "en",
  "new girls from Bhola available for the foreign crew tonight. boat leaves Patenga 9pm back before fajr. girls dont speak english so you deal with me only. send full amount first, no cash on board")
F("sexual_exploitation", "en",
  "My cousin was promised a cook job at a fishing company in Dubai. There they kept her in a flat with 6 other girls and men from the boats come at night. Manager keeps her passport and says she must pay off her ticket first, 2 years")

# ---- minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "ভাই দুইটা পোলা লাগবো বোটে, ১২-১৪ বছর হইলে ভালো, খাওয়া কম খায়, জাল গুছাইবো, রান্না করবো। বাপ-মারে দাদন ১০ হাজার দিমু, সিজন শেষে আনমু। ইস্কুলের কথা তুললে কইবা সিজন শেষে যাইবো")
F("minors", "bn",
  "ছেলের বয়স ১৫, সিডিসি আর পাসপোর্টে ১৯ করতে হবে। জন্ম নিবন্ধন নতুন কইরা বানাইয়া দিবো ৮ হাজারে। ইন্দোনেশিয়ার বোটে কম বয়সী দেখলে সমস্যা, কাগজে বড় হইলেই চলবো")
F("minors", "bn",
  "কুতুবদিয়ার এক পোয়া, বয়স ১১-১২, মাঝি হেতির বাপর দাদনর বদলে আনি রাইখ্যে। বোটত পানি ছেঁচে, মাছ বাছে। ইস্কুলত আর ন যায়। রাইতত কান্দে বাড়িত যাইবার লাই, মাঝি কয় দাদন শোধ অইলে")
F("minors", "bn-Latn",
  "tor pola ta ke amar trawler e de, boyos 13 hoise to ki, amrao oi boyose jal tansi. tor dadon er 40 hajar kata jabe season e. school e pore ki hobe, machh dhora shikhuk")
F("minors", "bn-Latn",
  "14-15 boyoshi 5 ta pola ready, Shah Porir Dwip er. ra der bolsi Malaysia te hotel e kaj. raat 1 tay ghat e nouka, baba-ma ke kisu bola jabe na, pouchaile phone dibe")
F("minors", "bn-Latn",
  "Nazirartek e shutki khola te 10-12 boyoshi bachcha der din 150 taka, boro der 400. bachcha beshi nile labh, kaj eki. manager bole inspection ashle bachcha gula re piche chatai er nicha pathai dibi")
F("minors", "en",
  "Bhaiya please help, my little brother Rafi 12 years, majhi took him on trawler from Bhola 3 months ago to clean fish and cook. no pay, abba took advance. Rafi called once, he has burns on his arm from the stove and says majhi hits him")
F("minors", "en",
  "Need 10 boys 15-17 for Thai boat via Ranong. small body good for net and fish hold. passport age we fix. parents get 20k advance each, rest sent from salary. DM on insta @rongdhonu.manpower",
  [("instagram", "@rongdhonu.manpower")])

# ---------------------------------------------------------------- hard negatives
# ---- news (6 hard, 2 easy)
N("news", "bn",
  "মালয়েশিয়ায় পাচারের সময় সেন্টমার্টিনের কাছে একটি ট্রলার থেকে ৪২ জনকে উদ্ধার করেছে কোস্টগার্ড। আটক করা হয়েছে দুই দালালকে। উদ্ধারদের মধ্যে ৯ জন শিশু। কোস্টগার্ড জানায়, তাদের ভালো বেতনের চাকরির প্রলোভন দেখিয়ে নৌকায় তোলা হয়েছিল।")
N("news", "en",
  "Thai court jails five over forced labour of Myanmar and Cambodian crew on fishing vessels. Prosecutors said the men were kept at sea for years without pay and their documents were held by the boat owners.")
N("news", "bn",
  "মহিপুরে দাদনের চাপে জেলেরা: সাগরে ৬৫ দিনের নিষেধাজ্ঞায় আয় বন্ধ, মহাজনের ঋণ শোধ নিয়ে দুশ্চিন্তা। জেলেদের দাবি, নিষেধাজ্ঞার সময়ে বরাদ্দ চাল বাড়ানো হোক।")
N("news", "bn-Latn",
  "Breaking 🔴 Sundarban e jaldosyu der hate opohrito 7 jon jele ke uddhar korse RAB-8. 2 jon jaldosyu arrest. poribar er kase muktipon chawa hoisilo 3 lakh taka. share koren")
N("news", "en",
  "MV Abdullah crew home: 23 Bangladeshi sailors freed by Somali pirates reach Chattogram jetty, families wait since morning with flowers")
N("news", "bn",
  "সাগরে নিখোঁজ ১২ জেলের সন্ধান মেলেনি তিন দিনেও, ঘাটে স্বজনদের আহাজারি। ট্রলার মালিক সমিতি জানিয়েছে, কোস্টগার্ড ও নৌবাহিনীর সহায়তায় তল্লাশি চলছে।")
N("news", "en",
  "Hilsa price drops at Chattogram Fishery Ghat as catch rises after the ban ends; 1kg ilish now Tk 1,100-1,300 at wholesale.", hard=False)
N("news", "bn",
  "কুয়াকাটা সৈকতে পর্যটকদের ভিড়, ছুটির দিনে হোটেল-মোটেলের প্রায় ৮০ শতাংশ কক্ষ বুকড।", hard=False)

# ---- awareness (7 hard, 1 easy)
N("awareness", "bn",
  "⚠️সতর্কতা⚠️ সাগরপথে মালয়েশিয়া যাওয়ার প্রস্তাব দিলে রাজি হবেন না। দালালরা 'টাকা পরে দিলেও চলবে' বলে নৌকায় তোলে, পরে থাইল্যান্ডের জঙ্গলে আটকে বাড়িতে ফোন করে টাকা চায়। এমন কেউ যোগাযোগ করলে ইউনিয়ন পরিষদ বা কোস্টগার্ডকে জানান। শেয়ার করুন 🙏")
N("awareness", "bn-Latn",
  "Jele bhai ra, dadon er fande na pore somobay samitir loan nin, sud bochore 9%. boat malik jodi apnar chhele ke boat e nite chay mone rakhben 14 bochorer kom boyoshi shishu ke kaje lagano oporadh. Jele Odhikar Forum, Cox's Bazar office: 01819-736052",
  [("phone", "+8801819736052")])
N("awareness", "en",
  "Before you sign on a foreign fishing vessel: 1) get a written contract in Bangla 2) never hand your passport or seaman book to the captain 3) salary must go to YOUR bank account 4) save your family's and the embassy's number on paper. If documents are kept or salary is not paid, report it - it may be forced labour.")
N("awareness", "bn",
  "[মাইকিং] ভাইসব, ইউনিয়ন পরিষদর পক্ষ তুন জানানো যার, অচেনা মাইনষর হতাত পড়ি পোয়া-মাইয়া রে বিদেশত ন পাঠাইয়েন। বোটত গরি মালয়েশিয়া যাইবার হতা হইলে সাথে সাথে থানাত খবর দন। সাবধান থাহন।")
N("awareness", "en",
  "SHARE MAXIMUM!! A man calling himself 'Rasel captain' is asking boys in Mohipur to go to Indonesia on fishing boats for 'dollar salary'. Our volunteers checked - no licence, no BMET. Do NOT give passport or money. Parents please talk to your sons.")
N("awareness", "bn-Latn",
  "kono dalal jodi bole visit visa te Dubai jan pore work visa hoye jabe - biswas korben na. Ami Probashi app e registration kore license dhari agency diye jan, BMET website e agency r RL number check korun. taka dile rosid nin.")
N("awareness", "bn",
  "মেয়েদের কক্সবাজার বা দুবাইয়ে 'হোটেলে চাকরি', 'পার্লারে চাকরি'র নামে নিয়ে বিক্রি করে দেওয়ার ঘটনা বাড়ছে। অপরিচিত কেউ মোটা বেতনের প্রস্তাব দিলে পরিবারকে জানান, প্রয়োজনে জাতীয় জরুরি সেবা ৯৯৯-এ কল দিন।")
N("awareness", "bn",
  "ঘূর্ণিঝড় মৌসুমে ট্রলারে লাইফজ্যাকেট ও বয়া রাখুন, রেডিওতে আবহাওয়া বার্তা শুনুন। নিরাপদে ফিরুন 🙏", hard=False)

# ---- official (7 hard, 1 easy)
N("official", "en",
  "BOESL Notice: Recruitment of fishermen for the Republic of Korea under EPS (Fishery sector). Age 18-39, must pass EPS-TOPIK. Total government cost Tk 34,000 only. No agent or middleman is involved. Apply online. Queries: eps.fishery@boesl.gov.bd",
  [("email", "eps.fishery@boesl.gov.bd")])
N("official", "bn",
  "মেসার্স সাগরিকা ওভারসিজ (আরএল-১৪৮২) ওমানের ফিশিং কোম্পানিতে ৪০ জন জেলে নিয়োগ। বেতন ১৬০ রিয়াল, ওভারটাইম আলাদা, থাকা-খাওয়া কোম্পানির। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা দিবেন না, সকল লেনদেন ব্যাংকের মাধ্যমে, রশিদ দেওয়া হবে। বিএমইটি স্মার্ট কার্ড বাধ্যতামূলক। যোগাযোগ: 01711-504823",
  [("phone", "+8801711504823")])
N("official", "en",
  "Mercantile Marine Office, Chattogram: CDC (Continuous Discharge Certificate) applicants must submit NID, passport copy and STCW basic safety certificates. Beware of touts offering CDC 'in 3 days'. CDC is issued only by this office.")
N("official", "bn",
  "বাংলাদেশ দূতাবাস, মাস্কাট: ওমানে মৎস্য খাতে কর্মরত প্রবাসী ভাইদের জানানো যাচ্ছে যে, বেতন না পাওয়া, পাসপোর্ট আটকে রাখা বা কফিল সংক্রান্ত সমস্যায় শ্রম উইং এর হটলাইনে হোয়াটসঅ্যাপ করুন: wa.me/96892481736",
  [("whatsapp", "+96892481736")])
N("official", "bn",
  "উপজেলা মৎস্য অফিস, কলাপাড়া: নিষেধাজ্ঞাকালীন ভিজিএফ চাল বিতরণ আগামী রবিবার। নিবন্ধিত জেলেদের জেলে কার্ড ও জাতীয় পরিচয়পত্র সঙ্গে আনতে হবে। তালিকার ২৩ নং জেলে আব্দুর রব, এনআইডি: 7824915036 — কার্ড হারানো, অফিসে যোগাযোগ করুন।",
  [("bd_nid", "7824915036")])
N("official", "en",
  "Bangladesh Coast Guard East Zone: two trawlers with 31 fishermen were towed back to Cox's Bazar after engine failure near Saint Martin's Island. All crew are safe and have been handed over to the boat owners' association.")
N("official", "bn-Latn",
  "Assalamu alaikum. Sagorika Overseas (RL-1482) theke bolchi. Apnar passport EF0915327 er Oman visa stamping hoyeche. BMET finger 12 tarikh. Passport amader office e jama ache visa processing er jonno, flight er din airport e apnar hate dewa hobe, receipt ta sathe rakhben.",
  [("bd_passport", "EF0915327")])
N("official", "en",
  "Chattogram Port Authority: Local cautionary signal No. 3 hoisted. All lighter vessels and fishing trawlers are advised to stay in safe anchorage until further notice.", hard=False)

# ---- receipt (6 hard, 2 easy)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01815336742. Ref: dadon ferot. Fee Tk 0.00. Balance Tk 31,460.25. TrxID BHK7Q2M4ZA at 14/07/2026 19:42",
  [("phone", "+8801815336742"), ("mfs_transaction", "BHK7Q2M4ZA")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01932617045 Ref: passport fee TxnID: 73KXP2QD Balance: Tk 8,215.00",
  [("phone", "+8801932617045"), ("mfs_transaction", "73KXP2QD")])
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 12,000.00 Fee: Tk 0.00 Balance Tk 12,540.00 TxnId: 2281947350 07/06/2026 (trawler bhag)",
  [("mfs_transaction", "2281947350")])
N("receipt", "en",
  "Dear Customer, your A/C **2217 has been credited with BDT 48,650.00 (Remittance from OMAN, Sender: MD JAMAL UDDIN) on 02-Jul-2026. Sonali Bank PLC.")
N("receipt", "bn",
  "আপনি ০১৭৪৫-২১৯৬৮০ নম্বরে ৳৫,০০০.০০ সেন্ড মানি করেছেন। রেফারেন্স: মাঝির খোরাকি। চার্জ ৳০.০০। ব্যালেন্স ৳২,১৪০.৫০। TrxID CJ59MR8T2X ১৬/০৮/২০২৬ ০৯:১৫",
  [("phone", "+8801745219680"), ("mfs_transaction", "CJ59MR8T2X")])
N("receipt", "bn-Latn",
  "ammu 15 hajar pathaisi agency r office e, receipt dise. \"Payment Tk 15,000.00 to SAGORIKA OVERSEAS successful. TrxID DK4T7WQ91N\". Ramjan bhai koise baki ta bank draft e dite hobe, cash e na",
  [("mfs_transaction", "DK4T7WQ91N")])
N("receipt", "en",
  "Cash Out Tk 2,000.00 to Agent 01611908734 successful. Fee Tk 37.00. Balance Tk 1,203.00. TrxID AL3Z8KV6PQ at 03/08/2026 11:07",
  [("phone", "+8801611908734"), ("mfs_transaction", "AL3Z8KV6PQ")], hard=False)
N("receipt", "en",
  "Recharge of Tk 49 to 01556402318 successful. TrxID BQ7N3XW2ET. Thank you for using bKash.",
  [("phone", "+8801556402318"), ("mfs_transaction", "BQ7N3XW2ET")], hard=False)

# ---- family (6 hard, 2 easy)
N("family", "bn",
  "ঘাটত ফোন দিলাম, আড়তর মানুষ কইয়ে তোঁয়ারার বোট মহেশখালীর হাছে, সিগন্যালর লাই বই রইয়্যে। আঁই চিন্তা গরির। নেটওয়ার্ক পাইলে এক মিনিট হতা কইও। পোয়াইন্নে আব্বা আব্বা গরের 😢")
N("family", "bn-Latn",
  "abbu passport office e giyechilam, tor passport renew hoye geche, delivery 21 tarikh. Korea r EPS exam er form Rafiq mama dekhbe. fee ta ki bkash kore dibo na tui dibi?")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে ওমানে ফিশিং কোম্পানিতে কাজ করে ৫ বছর। ছেলের বাপ মহিপুরের মাঝি। যৌতুক চায় নাই, কইছে মেয়ে এসএসসি দিয়া নিক। তুমি একটু খোঁজ নিও ছেলের ব্যাপারে")
N("family", "bn-Latn",
  "mui mohajon er dadon er shesh kisti dia dilam aij, alhamdulillah. ei season e nijer jal kinmu, karo thika dadon nimu na. pola re kaibi school kamai na dey, boat e mui ekai jamu")
N("family", "en",
  "Bro Abba wants to know if the agency in Agrabad is real. I checked BMET website, their RL number shows valid. Contract copy they gave in Bangla, salary 160 rial. Still tell Abba dont give cash to anyone, only bank")
N("family", "bn",
  "আম্মা ৩০ হাজার পাঠাইলাম, ১০ হাজার দাদির ওষুধ, বাকিটা কিস্তি। আমার ক্যাপ্টেন ভালো মানুষ, এইবার ঈদে ৩ দিন ছুটি দিবে, পোর্টে নামমু। চিন্তা কইরো না")
N("family", "bn-Latn",
  "Apu kal amra Kuakata jacchi, tumi ashba? ammu bolse shutki niye ashte", hard=False)
N("family", "en",
  "Happy birthday Nanu ❤️ we miss you, coming to Barishal next Friday inshallah", hard=False)

# ---- worker_content (6 hard, 2 easy)
N("worker_content", "bn-Latn",
  "Korea te boat e 2 bochor hoilo. kaj koshto, sheet e haat jome jay, kintu beton thik moto 2.4 million won, overtime alada, protimash bank e ashe. soptahe ekdin off, boss bhalo. passport nijer kase")
N("worker_content", "bn",
  "এবার সাগরে ইলিশ নাই ভাই। তিন ট্রিপে তেলের খরচই উঠে নাই, ভাগের টাকা নাই বললেই চলে। মহাজনেরও মন খারাপ। আল্লাহ ভরসা, সামনের জো তে দেখি")
N("worker_content", "en",
  "Signed off today after 9 months on a bulk carrier. Long contract, missed my sister's wedding, but salary came every month to my account and the Master was strict about rest hours. Home to Patenga tomorrow 🙏")
N("worker_content", "bn-Latn",
  "aijja 18 ghonta kam goijji, ilish uitthe bout! hailla ghat ot firiyum, bhag ot 12 hajar taka hoibo. majhi hoyyer season bala, ar ek trip goijjum")
N("worker_content", "bn",
  "ওমানে গরম বেশি, দুপুরে কোম্পানি বোটের কাজ বন্ধ রাখে। বেতন ১৬০ রিয়াল, মাসের ৫ তারিখে ব্যাংকে। খালি খাবার ভালো না, নিজেরা রান্না করি। পাসপোর্ট নিজের কাছে, ইকামা কোম্পানি রিনিউ করছে")
N("worker_content", "en",
  "Dried fish season started at Nazirartek. Daily 600 taka for us women this year, up from 500. Work is smelly but we finish by 4pm and the owner gives lunch.")
N("worker_content", "bn-Latn",
  "net sharai korte korte haat betha, kal off nibo", hard=False)
N("worker_content", "en",
  "New engine installed on our trawler, sounds great mashallah, going out tomorrow after fajr", hard=False)

# ---- joke (5 hard, 1 easy)
N("joke", "bn-Latn",
  "majhi ke jiggesh korlam biye korben na keno. bole 'sagore jal fele je maach dhori ta-o palay jay, bou dhore rakhmu kemne!' 😂😂")
N("joke", "bn",
  "বউ: তুমি আমারে বেইচা দিবা নাকি? জামাই: ইলিশের যে দাম, তোমারে বেইচা এক কেজিও পাইতাম না 🤣")
N("joke", "en",
  "my dalal promised me a job in Dubai with AC office. i got the job. it's at Hotel Dubai in Cox's Bazar and the AC is broken 😂😂")
N("joke", "bn-Latn",
  "dadon nisi mohajon theke, ekhon mohajon amar shoshur er cheye beshi phone dey 😂 protidin ekta proshno 'machh koi?'")
N("joke", "en",
  "Wife keeps my passport, my phone and my whole salary. Tell me this is not forced labour 😭😂 #marriedlife")
N("joke", "bn",
  "ইলিশ মাছ কয়: আমারে ধরার আগে ৬৫ দিন ছুটি দেয়, আমি কি সরকারি চাকরি করি? 😂", hard=False)

# ---- chatter (5 hard, 1 easy)
N("chatter", "bn-Latn",
  "Fishery ghat e aij police ashsilo, kon ek boat owner er lighter nia jhamela. amader kisu na, 2 ghonta boshe thaklam machh namaite parlam na")
N("chatter", "bn",
  "ঘাটে শুনলাম জামালের পোলা কোরিয়ার বোটে ভালো চাকরি পাইছে, সরকারি মাধ্যমে গেছে। মাসে লাখ টাকার উপরে। আমার ভাইপোরে কেমনে পাঠাই খোঁজ নিতে হবে")
N("chatter", "en",
  "anyone selling used 6 cylinder engine for trawler? budget 3.5 lakh. Patharghata area. whatsapp 01772630418",
  [("phone", "+8801772630418")])
N("chatter", "bn-Latn",
  "ghat er pola gula meye der school er samne adda dey, headmaster police ke janaise. kisu na emni boktobazi, kal theke ar dekha jay nai")
N("chatter", "bn",
  "বোট মালিক সমিতির মিটিং আইজ্জা। দাদনর সুদ হমাইবার প্রস্তাব দিবো, আর নতুন নিয়ম – লাইফজ্যাকেট ছাড়া কেউ বোটত ন উডিবো")
N("chatter", "en",
  "Bangladesh won by 6 wickets!!! Litton on fire 🔥🔥", hard=False)

# (easy negatives, hard=False, are written inside each voice block above)

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
    random.Random(68).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev68-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
