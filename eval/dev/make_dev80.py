#!/usr/bin/env python3
"""Blind dev set dev80: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an officer of the district employment and manpower office (DEMO) in Cumilla and
Brahmanbaria who takes complaints about Saudi, Kuwait and Qatar visas sold through sub-agents (land sold, NGO kisti and
moneylender debt, no job or another job on arrival, 'free'/'azad' visas, remittances that never suffice); complainants and
their wives forward her their chats in Cumilla dialect, plain Bengali, Banglish and some Arabic words. Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev80.jsonl"
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


BTC1 = btc("dev80-btc-1")
TRON1 = tron("dev80-tron-1")
ETH1 = eth("dev80-eth-1")

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
F("recruitment_deception", "bn",
  "আপা আমারে কইছিল কোম্পানির ভিসা, আকামা কোম্পানি করবো, মাসে ১২০০ রিয়াল। রিয়াদ নামার পর কফিল আইসা কয় এইডা আজাদ ভিসা, কাম নিজে খুইজ্জা লও আর মাসে মাসে আমারে ৩০০ রিয়াল দিবা। এহন আমি কি করমু কন")
F("recruitment_deception", "bn",
  "🇸🇦সৌদি আরবে ক্লিনার ভিসা🇸🇦\nকাজ বড় শপিং মলে, বেতন ১৫০০ রিয়াল + ওভারটাইম, থাকা খাওয়া কোম্পানির\nঅভিজ্ঞতা লাগবে না, মেডিকেল টিকেট আমাদের\nবিএমইটি কার্ড লাগবো না, এয়ারপোর্টে আমাগো লোক বডি কন্টাক্ট কইরা পার কইরা দিব\nযোগাযোগ ০১৮৪৫-৬২৩৯১৭ (ইমো)",
  [("phone", "+8801845623917")])
F("recruitment_deception", "bn",
  "আপা আমার জামাই কাতার গেছে হোটেলে ওয়েটারের কামের কথা কইয়া। গিয়া দেহে মরুভূমির ভিতরে উটের খামারে রাখছে। দালাল মতিন কয় কয়দিন পরে হোটেলে দিব, ৪ মাস হইয়া গেল হোটেলের কুনো খবর নাই")
F("recruitment_deception", "bn-Latn",
  "bhai kuwait e driver visa ase, license oikhane kore dibe, salary 180 KD. apnar ekhon khali passport ar 50 hajar advance, baki ta flight er age. visa ta asole house driver er, kintu oita kono bepar na, oikhane giya company te shift kore dimu 100% 👍")
F("recruitment_deception", "bn-Latn",
  "Apa amar vai re koise Dubai te mall er security guard er kaj. visit visa te pathaise, bole pore work permit hoya jaibo. 3 mash hoya gese akhono permit hoy nai, rum e boisa ase, dalal phone dhore na")
F("recruitment_deception", "bn-Latn",
  "Saudi Aramco project er kaj bhai, 8 ghonta duty, AC rum, beton 2000 riyal. amar mama oi company te supervisor, setting kora ase. visa number chaiyen na oita confidential. ajkei 1 lakh diya seat booking koren nahole seat shesh")
F("recruitment_deception", "en",
  "Sir I am writing from Dammam. agent Rafiq bhai told me cleaning company salary 1000 riyal iqama free. here no company, the kafeel gave me a paper and said go find work yourself and pay me iqama renewal 9000 riyal every year. I did not know this free visa thing before coming")
F("recruitment_deception", "en",
  "URGENT!! 🇶🇦 Qatar Lusail project maintenance staff needed. Salary QR 3500, food + accommodation FREE, 2 yr contract. NO EXPERIENCE NO IELTS NO BMET HASSLE. Only 3 seats left!! Processing fee after visa copy. Knock now wa.me/8801912734518",
  [("whatsapp", "+8801912734518")])

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "আপা জমি বন্ধক দিয়া ৩ লাখ, ব্র্যাক থেইকা ১ লাখ কিস্তি, আর মহাজনের কাছ থেইকা ৮০ হাজার সুদে আনছি। সব দালালরে দিছি। পোলায় সৌদিতে এহনো কাম পায় নাই, মহাজন মাসে ১০ হাজার সুদ চায়, কিস্তির লোক বাড়িত আইসা বইয়া থাকে")
F("fees_and_debt", "bn",
  "কফিল কইছে আমার ভিসার খরচ ১২ হাজার রিয়াল উনার পড়ছে। যতদিন শোধ না হয় বেতন থেইকা মাসে ৪০০ কাটবো। চুক্তি শেষ হইলেও এই টাকা শোধ না কইরা যাইতে পারুম না")
F("fees_and_debt", "bn",
  "ভাই এখানে আসার পর এজেন্টের লোক আরো ১ লাখ ২০ হাজার টাকা চায় আকামার জন্য, না দিলে কাজে লাগাবে না। দেশ থেকে তো সাড়ে ৫ লাখ দিয়া আসছি। বাড়িতে বলেন যেভাবে পারে টাকা পাঠাইতে 😢")
F("fees_and_debt", "bn-Latn",
  "bhabi, apnar jamai er visa 5 lakh 80 hajar final. 2 lakh ekhon diben, baki ta kuwait giya beton theke 6 mashe kete nibe company. kono tension nai, receipt lagbe na, amader upor bishshash rakhen")
F("fees_and_debt", "bn-Latn",
  "amar 7 mash er beton theke 'visa khoroch' 'medical' 'tiket' sob kaitta nise. hate pai 200 riyal. manager bole 2 bochor kaj korle sob shodh hobe, er age exit dibe na")
F("fees_and_debt", "en",
  "Madam my husband went Saudi with 4.5 lakh taka, we sold 18 decimal land and took loan from ASA and Grameen both. Now dalal is saying for iqama and work permit 1.5 lakh more needed otherwise no job. NGO people come every friday for kisti. please help us")
F("fees_and_debt", "en",
  "Brother your total package Qatar 6,20,000 tk. On paper you will sign BMET form showing 1,10,000 only, dont say anything else at the interview. Rest cash hand to hand, no bank, no receipt. ok?")
F("fees_and_debt", "en",
  "He says I owe him 3200 dinar for the visa and ticket and until I finish paying I cannot change sponsor. every month he takes 60 dinar from my salary, already 2 years and he says still 1900 left")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "এক নাম্বারে সব দিয়েন না, লিমিট ধরা খায়। ৩ ভাগ কইরা পাঠান: ০১৭৩৮৪৫২৯১৬ নগদে, ০১৬২৩৯৮৪৭১৫ বিকাশে, বাকিটা বাজারের এজেন্ট দোকানে হাতে দিবেন। রেফারেন্সে কুনো নাম লেখবেন না, কেউ জিগাইলে কইবেন আত্মীয়রে পাঠাইছেন",
  [("phone", "+8801738452916"), ("phone", "+8801623984715")])
F("payments_and_proceeds", "bn",
  "তোমার বেতন কোম্পানি আমার লোকের হাতে দিব। আমি এইখান থেইকা তোমার বউয়ের বিকাশে পাঠামু, আমার ভাগ ২০ হাজার কাইটা। নিজের নামে কার্ড বা একাউন্ট খুলবা না, বুঝছো?")
F("payments_and_proceeds", "bn-Latn",
  "Ajker collection 4 ta maiyar theke 2800 riyal. ghor bhara kete baki ta USDT te pathaisi ei address e " + TRON1 + " . Abul bhai re confirm dio, ar screenshot delete koira dio",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "boss Cumilla theke 3 jon er kaj shesh, 4.2 lakh kore. amar cut 60 hajar kore bkash e 01915382746 ei number e dien. baki ta Riyadh e Salam bhai er kase hundi te jabe, bank e kono entry rakhben na",
  [("phone", "+8801915382746")])
F("payments_and_proceeds", "bn-Latn",
  "bhai trxid check koren, kuwait er visa er baki 70 hajar paile flight confirm. TrxID BHK4T7Q2MN eita ki apnar? eita te to 20 hajar aise, baki 50 kobe dibe? na dile apnar seat onno jon re dia dibo",
  [("mfs_transaction", "BHK4T7Q2MN")])
F("payments_and_proceeds", "en",
  "Bro this week girls money: 3 girls, avg 15 customer each, 2000 tk per. total 90k. Madam keeps 60, you get 30 by Nagad 01829374615. dont write anything about girls in reference, write 'garments bill'",
  [("phone", "+8801829374615")])
F("payments_and_proceeds", "en",
  "Your brother will be released from the camp after full payment. 0.012 BTC to " + BTC1 + " before friday. after sending, message the proof to Telegram @kwt_helpline_rasel. no payment no release",
  [("btc_address", BTC1), ("telegram", "@kwt_helpline_rasel")])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "আপা ফোন দিয়েন না, ম্যাডাম মোবাইল নিয়া নিছে। শুক্রবারে ৫ মিনিট দেয় বাড়িত কথা কইতে, পাশে খাড়াইয়া থাকে। আমি বাথরুমে লুকাইয়া মেসেজ দিতাছি")
F("isolation_and_control", "bn",
  "আমাগোরে একটা ঘরে রাখছে ১৪ জন। বাইরে দিয়া তালা মাইরা যায়, কামে নেয় গাড়িতে কইরা আবার আইনা তালা। পাসপোর্ট আকামা কিছুই আমগো হাতে নাই")
F("isolation_and_control", "bn-Latn",
  "passport company rakhse 'safe' er jonno bole. chaile bole 2000 riyal jama dao tarpor dibo. bhai ami ki korbo, desh e jaite chai")
F("isolation_and_control", "bn-Latn",
  "Ammu amar kotha kauke koiyo na, dalal shunle tomar upor mamla dibo. ekhane keu bangla bole na, amare kothao jaite dey na, 8 mash bari theke ek din o beroi nai")
F("isolation_and_control", "bn-Latn",
  "bhai imo te ashen na keno?\n- bhai sim kaira nise, notun sim kinte o dey na. ei number ta rum er arek bhai er +966 55 418 2397, ekhane voice dien na, shudhu lekha",
  [("phone", "+966554182397")])
F("isolation_and_control", "en",
  "Sister they told us dont talk to anyone from embassy, if someone ask say you are visiting uncle. we are 9 girls in one flat in Sharjah, door lock from outside, food comes one time a day")
F("isolation_and_control", "en",
  "my passport iqama and mobile all with supervisor. he gives phone only friday evening and reads my whatsapp. pls dont reply on this number, I will msg u from another")
F("isolation_and_control", "en",
  "Brother when you land Riyadh give your passport to our man Selim at arrival, he will keep it for safety till iqama. Dont give your local sim number to family first 2 month, talk only through our office phone.")

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেইকা রাইত ১২টা পর্যন্ত কাম, শুক্রবারেও ছুটি নাই। খাওন দেয় দিনে একবার, খুবুস আর ডাল। ৫ মাস বেতন দেয় নাই, চাইলে কয় কফিল টাকা দেয় নাই")
F("labour_exploitation", "bn",
  "আপা আমার ভাই কুয়েতে ক্লিনিং কোম্পানিতে। চুক্তি ছিল ৮ ঘণ্টা ১০০ দিনার, এখন ১২ ঘণ্টা খাটায় ৬০ দিনার দেয়। অসুখ হইলে বেতন কাটে, হাসপাতালে নেয় না। ১৮ জন এক রুমে থাকে")
F("labour_exploitation", "bn",
  "(ভয়েস মেসেজ) আম্মা গো... এই গরমে ছাদের উপ্রে রড বান্ধি, পানি খাওনের টাইম দেয় না... আইজকা তিন মাস হইল একটা রিয়ালও দেয় নাই... কয় কাম শেষ হইলে একলগে দিব... আম্মা দোয়া কইরো")
F("labour_exploitation", "bn-Latn",
  "ei farm e 40 ta uth, ami ekla. rait e o uth er pashe tent e thaki. 10 mash e beton paisi 2 mash er. kafeel ke kichu koile mare")
F("labour_exploitation", "bn-Latn",
  "Qatar e amra 200 jon, 3 mash kono beton nai. company bole project er payment ashe nai. khabar er taka o nai, pasher bangali hotel theke baki te khaitesi, hotel wala o ar dibo na bolse")
F("labour_exploitation", "en",
  "I work in a house with 11 people, clean 3 floor, cook, wash cars. sleep on kitchen floor 4 hours only. madam says you are bought, no day off. 6 month salary she says she is keeping for me")
F("labour_exploitation", "en",
  "Maam I am welder but here they make me carry cement bags whole day. overtime they dont pay, if we complain they cut 2 days salary. no iqama so cant go to labour court also")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "বেশি বাড়াবাড়ি করলে হুরুব দিয়া দিমু, তখন পুলিশ ধইরা জেলে ভরবো, দেশেও যাইতে পারবি না। চুপচাপ কাম কর")
F("threats_and_coercion", "bn",
  "তোর ভাইরে ক ডেমো অফিসের অভিযোগ তুইলা নিতে। না নিলে তোর বাপের দোকান থাকবো না, চান্দিনা বাজারে সবাই আমারে চিনে মনে রাখিস")
F("threats_and_coercion", "bn",
  "টাকা ফেরত চাইছিলাম দেইখা দালাল আমার বউরে ফোনে গালাগালি করছে, কইছে বেশি কথা কইলে সৌদিতে তোর জামাইরে লাশ বানাইয়া পাঠামু")
F("threats_and_coercion", "bn-Latn",
  "tumi jodi ekhan theke palaw tomar nam e churi er case dimu. police tomare dhorbo, ar kono din desh e fira parba na. bujhcho?")
F("threats_and_coercion", "bn-Latn",
  "apnar pola ekhon amar lok er kase ase. 2 lakh na dile kal theke tar khabar bondho. police e gele kintu ar khuija paiben na")
F("threats_and_coercion", "bn-Latn",
  "Bhai oder kotha na shunle mare. gotokal Rubel re pipe diya pitaise, pore current er shock dise. amra sobai dor e asi, kauke kisu koite pari na")
F("threats_and_coercion", "en",
  "Listen carefully. You signed the stamp paper in Cumilla. If you leave this job your family will pay 8 lakh penalty, my people know your house in Muradnagar")
F("threats_and_coercion", "en",
  "The kafeel hit me with belt when I asked to go home. He said if I run away he will report I stole madam's gold and I will be in jail for years")

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপা পার্লারের কাজ কইয়া দুবাই নিছে। এখন রাইতে হোটেলে পাঠায়, না গেলে মারে। কয় ভিসার টাকা উঠাইতে হইব আগে")
F("sexual_exploitation", "bn",
  "বাসার বাবা রাইতে আমার রুমে আসে, মানা করলে কয় তোরে পুলিশে দিমু। ম্যাডামরে কইছি, উনি উল্টা আমারেই মারে। আমারে এইখান থেইকা নেন")
F("sexual_exploitation", "bn-Latn",
  "Dubai te dance bar e kaj, monthly 1 lakh 20 hajar. shudhu nachte hobe, guest er sathe bosha lagte pare 😉 sundori meye 18-25 lagbe, passport amra kore dibo. insta te knock dao @dxb_stars_jobs",
  [("instagram", "@dxb_stars_jobs")])
F("sexual_exploitation", "bn-Latn",
  "oi flat e 6 ta bangladeshi meye. customer ashe raat e. boss bole protteker mashe 40 ta customer nite hobe nahole 'dena' bare jay, ar dena shodh na hoile desh e pathabe na")
F("sexual_exploitation", "en",
  "New girls from Bangladesh arrived, fresh, Bengali speaking. Booking on Telegram @oman_nights_bd only. Outcall Muscat hotels 25 OMR/hr. girls dont go out alone, driver brings and takes back",
  [("telegram", "@oman_nights_bd")])
F("sexual_exploitation", "en",
  "My sister went to Jordan for garments job, now she calls crying that the agent's man sells her to men at night and takes all the money. she says they keep her papers and she cant leave")
F("sexual_exploitation", "en",
  "Bhai new line: contract marriage. we arrange nikah with Saudi old man, girl goes as wife, after 3 month he passes her to friends. family gets 2 lakh mahr, our fee 1.5 lakh. families send girl pic on wa.me/8801739284615",
  [("whatsapp", "+8801739284615")])

# minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৪ তো কি হইছে, পাসপোর্টে ২৫ করা যাইব, জন্ম নিবন্ধন আমরা ঠিক কইরা দিমু। সৌদিতে বাসার কাম, মাসে ১০০০ রিয়াল। খরচ লাগবো না, উল্টা আপনারে ২০ হাজার দিমু")
F("minors", "bn",
  "আমার ছোট পোলা রাসেল, ১৫ বছর, এসএসসিও দেয় নাই, দালাল লইয়া গেছে মালয়েশিয়া কইয়া। এখন শুনি থাইল্যান্ডের জঙ্গলে আটকাইয়া রাখছে, ৩ লাখ মুক্তিপণ চায়")
F("minors", "bn-Latn",
  "apa ekta kotha, amar bhatiji 13 bochor, dalal Nurul koy Dubai te ek bari te bachcha dekhashuna, 2 bochor por fira ashbo. tar boyos baraiya passport kore dise: BW0847215. ami ki korbo bujhtesi na",
  [("bd_passport", "BW0847215")])
F("minors", "bn-Latn",
  "bhai Oman e 12-13 bochorer 5 ta pola lagbe farm helper, chhoto shorir hoile bhalo, uth er pithe uthbe. family ke 50 hajar advance dimu, school er jhamela nai")
F("minors", "bn-Latn",
  "chachi Shimu re biya dewar kotha kisu bhabso? Kuwaiti bhai ase, meyer boyos 15 hoileo problem nai, kagoje 19 dekhabo. biyar por oikhane niya jabe, apnader mashe mashe taka dibo")
F("minors", "en",
  "Need small boys 10-14 for biscuit factory in Dhaka, will stay inside factory, no school. pay goes to parents 3000 per month. We pick up from Brahmanbaria bus stand, contact 01872-639405",
  [("phone", "+8801872639405")])
F("minors", "en",
  "She is only 16 sir. The agency made her passport with 1998 birth date. She is working in a house in Riyadh and the madam does not give food properly. Her passport no is A04938216",
  [("bd_passport", "A04938216")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "কুমিল্লার চান্দিনায় বিদেশে চাকরির প্রলোভন দেখিয়ে ৩০ জনের কাছ থেকে দেড় কোটি টাকা আত্মসাতের অভিযোগে এক দালালকে গ্রেপ্তার করেছে র‍্যাব-১১। ভুক্তভোগীরা জানান, সৌদি আরবে কোম্পানির ভিসার কথা বলে জনপ্রতি ৫ লাখ টাকা নেওয়া হয়েছিল।")
N("news", "bn",
  "সৌদি আরবের দাম্মামে সড়ক দুর্ঘটনায় ব্রাহ্মণবাড়িয়ার নবীনগরের দুই প্রবাসীর মৃত্যু। মরদেহ দেশে আনতে দূতাবাস ও ওয়েজ আর্নার্স কল্যাণ বোর্ড কাজ করছে বলে জানিয়েছেন জেলা কর্মসংস্থান ও জনশক্তি অফিসের সহকারী পরিচালক।")
N("news", "en",
  "DHAKA, Dec 3 — Remittance inflow rose 18% in November to $2.6 billion, Bangladesh Bank data show, with Saudi Arabia and the UAE the top sources. Bankers credited the 2.5% incentive and a crackdown on hundi.")
N("news", "en",
  "Kuwait has announced a three-month amnesty for residency violators. Bangladeshi workers without valid iqama can leave without fines or obtain new residency, the embassy said, urging workers not to pay brokers for 'amnesty processing'.")
N("news", "bn-Latn",
  "Breaking: Muradnagar e manob pachar chokrer 3 shodossho greftar. police jananay, tara Libya hoye Italy pathanor kotha bole 15 jon juboker kach theke taka niyesilo. mamla hoyeche manob pachar protirodh ain e. (forwarded from Cumilla Update page)")
N("news", "en",
  "Brahmanbaria: 40 women returnees from Saudi Arabia received training and seed grants under a BRAC reintegration project on Tuesday. Many said they had worked as domestic workers and some faced unpaid wages before returning.")

# awareness
N("awareness", "bn",
  "সাবধান!! ফ্রি ভিসা বা আজাদ ভিসা বলে কোনো ভিসা নেই। দালালের কথায় জমি বিক্রি করে টাকা দেবেন না। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন আর স্মার্ট কার্ড নিশ্চিত করুন। তথ্যের জন্য প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ — শেয়ার করে সবাইকে জানান")
N("awareness", "bn-Latn",
  "Share koren sobai 🙏 amader gramer Jashim bhai dalal er khoppor e pore 5 lakh haraise. keu jodi bole 'passport ta amar kase rakhen, visa ashle dibo' — diben na! nijer passport nijer kase rakhun, agency r license number check korun")
N("awareness", "en",
  "Before you go abroad ✅ check the recruiting agency's RL number on the BMET website ✅ get a written contract in Bangla ✅ never hand your passport to a broker ✅ pay only by bank with receipt. If anyone asks for extra money after arrival, call Probashbandhu 16135. — Safe Migration Programme, Cumilla")
N("awareness", "bn",
  "মাইকিং: জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লার উদ্যোগে আগামী রবিবার বিকাল ৩টায় দেবিদ্বার উপজেলা পরিষদ মাঠে নিরাপদ অভিবাসন বিষয়ে উঠান বৈঠক। বিদেশগামী ভাই ও তাদের পরিবারকে উপস্থিত থাকার অনুরোধ করা হলো।")
N("awareness", "en",
  "Forwarded as received: Girls, if someone on Facebook offers you a beauty parlour job in Dubai with 1 lakh salary and free ticket, it is a trap. Talk to your family and call 999 before you go anywhere with them.")
N("awareness", "bn-Latn",
  "Apnara jara Saudi jaite chan mone rakhben: dalal er sathe cash e lenden korben na. taka diben shudhu license prapto agency r office e, receipt niben. kisti ba mahajon er sud e taka ana'r age 2 bar bhabben. — Bangora Bazar Union Parishad")
N("awareness", "bn",
  "মা-বোনেরা, ১৮ বছরের কম বয়সী মেয়েকে বিদেশে গৃহকর্মী হিসেবে পাঠানো আইনত নিষিদ্ধ। কেউ বয়স বাড়িয়ে পাসপোর্ট করে দেওয়ার প্রস্তাব দিলে সঙ্গে সঙ্গে ইউএনও অফিস বা থানায় জানান।")

# official
N("official", "bn",
  "নিয়োগ বিজ্ঞপ্তি: মেসার্স আল-মদিনা ওভারসীজ (আরএল-১৪৮৭)। সৌদি আরবের একটি ডেইরি কোম্পানিতে ৫০ জন প্যাকার। বেতন ১২০০ রিয়াল, থাকা কোম্পানির। অভিবাসন ব্যয় সরকার নির্ধারিত হারে, ব্যাংকের মাধ্যমে। বিএমইটি নিবন্ধন আবশ্যক। হটলাইন: ০১৭০৯-৬৫৪৩২১",
  [("phone", "+8801709654321")])
N("official", "en",
  "Embassy of Bangladesh, Riyadh (Labour Wing): Workers facing wage arrears, huroob cases or iqama problems may contact the Labour Wing hotline +966 55 321 8840 (WhatsApp) or email lwriyadh@mofa.gov.bd with passport copy and employer details.",
  [("phone", "+966553218840"), ("email", "lwriyadh@mofa.gov.bd")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: কাতারগামী কর্মীদের স্মার্ট কার্ড এখন 'আমি প্রবাসী' অ্যাপ থেকে ডাউনলোড করা যাবে। ভিসার ধরন ও নিয়োগকর্তার তথ্য যাচাই না করে কোনো এজেন্সি বা ব্যক্তিকে অর্থ প্রদান করবেন না।")
N("official", "bn-Latn",
  "Apnar obhijog ti (no. DEMO/CUM/2026/311) grohon kora hoyeche. agami 14 tarikh shokal 10 tay shunanite upasthit thakben. sathe passport er copy, dalal ke taka deyar proman (bkash sms/receipt) ar shakkhi anben. - DEMO, Cumilla")
N("official", "en",
  "Greenland Overseas Ltd (RL-0923). Kuwait: 30 cleaners for hospital contract. Salary KD 120 + food allowance, 8 hrs, friday off. Cost as per govt circular, paid by bank. Interview Sunday at our Dhaka office, bring passport and NID. Call +8801713049275",
  [("phone", "+8801713049275")])
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ সর্বোচ্চ ৩ লাখ টাকা, সহজ কিস্তিতে, জামানত ছাড়া। প্রয়োজন: ভিসার কপি, পাসপোর্ট, বিএমইটি ছাড়পত্র ও জাতীয় পরিচয়পত্র। দালাল বা মহাজনের কাছ থেকে চড়া সুদে ঋণ নেবেন না।")
N("official", "en",
  "Wage Earners' Welfare Board - application for death compensation (Tk 3,00,000). Deceased: Md Jashim Uddin, died Jeddah 02/09/2026. Applicant: Rahima Begum (wife), NID No: 19851912738405261. Documents received at DEMO Brahmanbaria.",
  [("bd_nid", "19851912738405261")])

# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01812345678. Ref: abbar taka. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BJ82KX4T9Q at 03/12/2026 19:42",
  [("phone", "+8801812345678"), ("mfs_transaction", "BJ82KX4T9Q")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01623958471 Ref: kisti TxnID: 71ND8QXA Balance: Tk 12450.00 04/12/2026 10:15",
  [("phone", "+8801623958471"), ("mfs_transaction", "71ND8QXA")])
N("receipt", "bn",
  "আপনি ৳৫,০০০ সেন্ড মানি করেছেন ০১৯১৭৪৫২৮৩৬ নম্বরে। রেফারেন্স: পাসপোর্ট ফি। ফি ৳৫.০০। ব্যালেন্স ৳১,২৩০.৫০। TrxID BKL39D7R2X সময় ১২/১১/২০২৬ ১৬:০৫",
  [("phone", "+8801917452836"), ("mfs_transaction", "BKL39D7R2X")])
N("receipt", "en",
  "Rocket: Cash-In Tk 20,000 from A/C ***5821 successful. Fee Tk 0. Balance Tk 20,410. TxnId: 4829105736. 05-12-2026 11:02",
  [("mfs_transaction", "4829105736")])
N("receipt", "en",
  "Sonali Bank: Your A/C **4417 is credited with BDT 1,18,450.00 (Foreign Remittance, Remitter: ABDUL KADER, KUWAIT) on 02-DEC-26 incl. 2.5% govt incentive. Avl Bal BDT 1,52,003.11")
N("receipt", "bn-Latn",
  "Money receipt no 0457 - Sky Bird Travels & Tours (RL 1123). Received from Md Sohag, passport no EB0192374, Tk 50,000 (pachash hajar taka matro) as part of Saudi visa processing cost by bank deposit. Balance to be paid after visa stamping & BMET clearance.",
  [("bd_passport", "EB0192374")])
N("receipt", "bn",
  "নগদ: আপনার ০১৮৭৬৫৪৩২১০ নম্বরে রেমিট্যান্স গ্রহণ সফল। পরিমাণ ৳৩০,০০০ + প্রণোদনা ৳৭৫০। প্রেরক: কাতার। TxnID: 8KX2M4QP",
  [("phone", "+8801876543210"), ("mfs_transaction", "8KX2M4QP")])

# family
N("family", "bn",
  "আম্মা পাসপোর্টটা আলমারির উপরের তাকে রাখছি, ভিসা আইলে এজেন্সিতে জমা দেওন লাগবো স্ট্যাম্পিংয়ের লাইগা। আব্বারে কইয়েন হারাইয়া না ফালায়")
N("family", "bn-Latn",
  "Bou ei mash e 30 hajar pathailam. 10 hajar kisti dio, baki tomra chalaio. overtime beshi hoise tai ektu beshi. Rafi er school er beton age dio, ar ammar oshudh")
N("family", "bn",
  "মাইয়ার বিয়ার কথা চলতাছে, পোলা কাতারে থাকে, ৬ বছর ধইরা একই কোম্পানিতে। সামনের ছুটিতে আইলে আকদ হইব। মাইয়া এইবার এইচএসসি দিব, বিয়ার পরেও পড়বো কইছে পোলার মা")
N("family", "en",
  "Bhaiya did you send the money for Mitu's admission? 15000 lagbe by sunday. also ammu says dont take loan from Kamal mahajon for boro bhai's visa, ask Probashi Kallyan Bank instead, interest is much less")
N("family", "bn-Latn",
  "chachu apnar passport number ta den, ticket katbo. A03817264 na? flight 18 tarikh Dhaka-Riyadh Saudia, shokal 7:40. agency bolse airport e 3 ghonta age jaite",
  [("bd_passport", "A03817264")])
N("family", "bn",
  "হুনো, তোমার ভাইয়ের কুয়েতের ভিসা আইছে, এজেন্সির লোক কইছে বুধবারে মেডিকেল দেওন লাগবো। আমি লগে যামু ঢাকায়, তুমি টেনশন কইরো না")
N("family", "en",
  "Apa Nila is 14 now, we were thinking after SSC she can stay at your house in Cumilla town for college. dont worry about money, her abbu sends from Oman every month")

# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah 2 bochor holo Saudi te dairy company te, beton time moto pai 1400 riyal, overtime alada. prothom 3 mash gorom e kosto hoisilo, ekhon sob thik ase")
N("worker_content", "bn",
  "ধুর ভাই এই মাসে ওভারটাইম কম, ১০০ রিয়ালও হয় নাই। সুপারভাইজার নতুন আইছে, রোস্টার বদলাইছে। দেহি সামনের মাসে কি হয়")
N("worker_content", "en",
  "12 hour shift today at the warehouse, legs are dead 😩 but friday off tomorrow, going to Corniche with the boys. salary came yesterday alhamdulillah")
N("worker_content", "bn-Latn",
  "Kafeel bhalo manush bhai, ramadan e bonus dise 500 riyal. iqama renew nijei kore dise. kintu khabar ta tader ta bhalo lage na, amra nijera rannai kori")
N("worker_content", "bn",
  "কুয়েতে আইসা প্রথম বেতন পাইলাম 😊 ৯৫ দিনার, কন্ট্রাক্টে যা লেখা আছিল তাই। আম্মারে ভিডিও কলে স্লিপ দেখাইলাম, আম্মা কান্দে")
N("worker_content", "en",
  "Madam took me to her sister's house for Eid, I got new dress and 200 riyal eidi. I call my children every night on imo, they are fine. 8 more month then contract finish, I will go home")
N("worker_content", "bn-Latn",
  "company te kaj bhalo kintu manager ta gali dey beshi. contract shesh hoile ar renew korbo na, desh e giya Companiganj e dokan dimu inshallah")

# joke
N("joke", "bn-Latn",
  "Bou er kase amar passport jama ase, bole bidesh gele ar ferot dibe na 😂😂 eta holo asol passport atkaia rakha")
N("joke", "bn",
  "দুলাভাই সৌদি থেইকা আইসা খালি কয় 'ইয়াল্লা ইয়াল্লা', বাড়ির মুরগিরেও আরবি কইয়া খেদায় 🤣🤣")
N("joke", "en",
  "dalal: bhai 100% guarantee, kono tension nai. me: ok. also dalal: bhai visa er jonno arekta choto payment 😂 every probashi knows this meme")
N("joke", "bn-Latn",
  "amar ammu bole 'tor abba Dubai theke ja pathay sob tor mobile er recharge e jay' 😂 ammu amare bkash er agent banaise")

# chatter
N("chatter", "bn-Latn",
  "ajke DEMO office e line onek boro, BMET fingerprint er jonno 3 ghonta darailam. kal abar ashte hobe training certificate niya")
N("chatter", "bn",
  "সৌদির ভিসার খরচ এখন কত পড়ে কেউ জানেন? আমার মামাতো ভাই যাইবো। লাইসেন্স করা এজেন্সি চিনলে কইয়েন, দালালের কাছে দিমু না")
N("chatter", "bn-Latn",
  "Bhai telegram e Kuwait job er legit group ase? ami @kuwait_bd_jobs follow kori, oikhane agency r license number shoho post dey, taka agency office e",
  [("telegram", "@kuwait_bd_jobs")])
N("chatter", "bn",
  "কাল বাজারে রহিমের লগে দেখা, ব্যাটা আগে আদম ব্যবসা করত, এখন মাছের আড়ত দিছে। মাইনষে এখনো ওরে আদম রহিম কয় 😅")
N("chatter", "en",
  "bro i put 200 riyal every month in USDT now instead of hundi lol. my wallet " + ETH1 + " — is Binance safe or should i keep in Trust wallet?",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- easy negatives
N("family", "bn-Latn", "ammu aj ki ranna korso? ami rat e ashbo inshallah", hard=False)
N("family", "bn", "বাবু ঘুমাইছে? কাইল ইশকুলে যাইবো তো? টিফিনের বক্সটা ধুইয়া রাইখো", hard=False)
N("chatter", "en", "Bangladesh will win today inshallah 🏏🇧🇩 who is watching?", hard=False)
N("chatter", "bn", "কুমিল্লায় আইজ খুব কুয়াশা, রাস্তায় কিছু দেহা যায় না", hard=False)
N("joke", "bn-Latn", "teacher: 2+2 koto? student: sir apni kinben na bechben? 😂", hard=False)
N("news", "bn", "ব্রাহ্মণবাড়িয়ায় তিন দিনের শীতকালীন পিঠা উৎসব শুরু হয়েছে শহরের নিয়াজ মুহাম্মদ স্টেডিয়ামে।", hard=False)
N("official", "en", "Notice: The Union Digital Centre will remain closed on 16 December on the occasion of Victory Day.", hard=False)
N("worker_content", "bn-Latn", "aj duty off, ghum diya uthlam 12 tay. bikel e cricket khelbo rum er polapan der sathe", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন। জ্বর হলে ডাক্তারের পরামর্শ নিন।", hard=False)
N("receipt", "en", "Your Grameenphone recharge of Tk 50 is successful. Your current balance is Tk 63.25. Dial *121# for offers.", hard=False)


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
    random.Random(80).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev80-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
