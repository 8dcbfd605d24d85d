#!/usr/bin/env python3
"""Blind dev set dev99: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an outreach worker of a health NGO in the Daulatdia and Tangail brothel areas
(girls sold in by 'husbands' and 'aunties', under-age girls with false affidavits of age, the sardarni's debt,
steroid pills to look older, customers and babus, girls who want to leave; the area's Bengali dialect, Banglish,
and the NGO's own notes and lawful health messages). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev99.jsonl"
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


BTC1 = btc("dev99-btc-1")
TRON1 = tron("dev99-tron-1")
ETH1 = eth("dev99-eth-1")

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
  "আমার জামাই কইছিল ঢাকায় গার্মেন্সে কাম দিবো, দুইজনে মিলা সংসার করমু। গোয়ালন্দ ঘাটে নামাইয়া কয় খালার বাড়ি দুইদিন থাক, আমি ঘর ভাড়া ঠিক কইরা আসি। আর আসে নাই আপা। পরে বুঝছি এইডা পাড়া")
F("recruitment_deception", "bn",
  "মা শোন, টাঙ্গাইল শহরে আমার চিনা এক বড়লোকের বাসায় বাচ্চা দেখার কাম আছে, মাসে ৮ হাজার, থাকা খাওয়া ফ্রি। তোর মায়েরে এহন কওনের দরকার নাই, বেতন পাইলে নিজেই খুশি হইবো। কাইল ভোরে বাসস্ট্যান্ডে আইসা পরিস, ভাড়া আমি দিমু। আমার নম্বর ০১৭১৫-৪৩২৮৬৭",
  [("phone", "+8801715432867")])
F("recruitment_deception", "bn",
  "জান তোমারে বিয়া কইরা দুবাই নিয়া যামু, ওইখানে আমার বন্ধুর পার্লারে কাম, মাসে ৬০ হাজার। তোমার পাসপোর্ট রেডি, নম্বর BX0651298, বয়স একটু বাড়াইয়া দিছি যাতে ঝামেলা না হয়। বাড়িতে এখন কিছু কইয়ো না, কাবিন ওইখানে গিয়া করমু ❤️",
  [("bd_passport", "BX0651298")])
F("recruitment_deception", "bn-Latn",
  "apa ekta kaj ase ghater hotel e, shudhu guest der cha nasta dite hobe, din e 1000 taka cash. kono experience lagbe na, shundor meye hoilei hobe. rajbari theke amar lok niye ashbe. imo te knock dio 01823-556714",
  [("phone", "+8801823556714")])
F("recruitment_deception", "bn-Latn",
  "didi amake bolsilo cinema hall er pashe cosmetics er dokan e kaj, salesgirl. ekhon dekhi dokan bolte kichu nai, eta oi barir vitore, khali sajgoj koray ar bole rate e 'guest' ashbe. ami to eita janle ashtam na")
F("recruitment_deception", "bn-Latn",
  "bhai kolkata te sewing factory te meyeder kaj ase, beton 12 hajar rupi. border amra par korai dibo, kono kagoj lagbe na. meye 16 theke 25. 3 jon pathaite parle tomar commission 5000, meyer family ke bolba dhaka te garments e gese")
F("recruitment_deception", "en",
  "Sis my cousin works at a big beauty parlour in Dhaka, they need girls urgently, 15k salary + room. Dont tell ur mother yet she wont understand, i will talk to her later. Come to Tangail bus stand friday morning, a man named Rubel will take u. msg me wa.me/8801735902418",
  [("whatsapp", "+8801735902418")])
F("recruitment_deception", "en",
  "He said after the kabin we are going to his mother's house in Kushtia. Instead we got off the launch at Daulatdia ghat and he handed me to a woman he called khala. I heard him tell her 'meye bhalo, kaj jane na'. He took money from her and left. That was my husband of 9 days.")

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn",
  "তোরে ৫০ হাজার টাকা দিয়া আনছি, হিসাব মনে রাখিস। ঘর ভাড়া দিনে ৩০০, খাওন ২০০, ওষুধ পাউডার শাড়ি সব আলাদা লেখা থাকবো। দেনা শোধ না হওয়া পর্যন্ত পাড়ার বাইরে পা দিবার কথা চিন্তাও করিস না")
F("fees_and_debt", "bn",
  "আপা খাতায় লেখছে আমার কাছে এখনো ৮২ হাজার পাইবো। দুই বছর ধইরা বসি, দেনা কমে না খালি বাড়ে। জ্বর হইলে ডাক্তারের টাকাও দেনার উপর লেইখা দেয়, ১০০ টাকায় ২০ টাকা সুদ")
F("fees_and_debt", "bn",
  "তুই যাইতে চাস যা, কেউ আটকাইবো না। আগে আমার ১ লাখ ২০ হাজার ফেরত দে। তোর জামাই যেই টাকা নিয়া গেছে ওইটাও তোর ঘাড়ে, আমি তো মাগনা আনি নাই তোরে")
F("fees_and_debt", "bn-Latn",
  "madam er kach theke 5000 dhar nisilam mayer oshudh er jonno, ekhon bole 15000 dite hobe. protidin customer er taka theke 500 kore kaite rakhe. 4 mash hoye gelo ar koto din apa")
F("fees_and_debt", "bn-Latn",
  "shon tor debt ami bina khalar kach theke kine nisi 70 hajar diye. ekhon theke amar ghor e thakbi, amar hishab e kaj korbi. 70 hajar uthle tarpor kotha bolish")
F("fees_and_debt", "en",
  "Khala says the new sari, the pills, the face powder, the room, even the tea, everything goes on my account. She writes it in her red book. I asked how much it is now and she said 'you'll know when it's finished'. I've been here 14 months and never seen the book.")
F("fees_and_debt", "en",
  "didi the man at the ghat wants 40 thousand from my family to let me go from that house, he says that is what the sardarni paid for me. my brother took ASA kisti to collect it. is this even legal? please help before he raises it again")

# payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "আজকের সব টাকা আমার বিকাশে পাঠাবি ০১৯১২৭৪৮৫৩০, নিজের কাছে এক টাকাও রাখবি না। কাস্টমার ক্যাশ দিলে রুমার কাছে জমা দিবি। রাতে হিসাব মিলায়া দেখমু, কম হইলে খবর আছে",
  [("phone", "+8801912748530")])
F("payments_and_proceeds", "bn",
  "খালা: কাস্টমার টাকা পাঠাইছে দেখ 👇\nYou have received Tk 3,000.00 from 01711-846203. Fee Tk 0.00. Balance Tk 41,250.00. TrxID CK82MN4QZ7 at 03/12/2026 23:10\nমাইয়ারে কইবি ৫০০ পাইবো, বাকি আমার। ও যেন এসএমএস না দেখে",
  [("phone", "+8801711846203"), ("mfs_transaction", "CK82MN4QZ7")])
F("payments_and_proceeds", "bn",
  "এক নাম্বারে বেশি গেলে ধরা খাইবো, তিন ভাগ কইরা পাঠাও: বিকাশ ০১৭৪৪-৫১৮২৯০ তে ১০ হাজার, নগদ ০১৮৭৬-৩০৯৪১২ তে ১০ হাজার, বাকি ৮ হাজার রকেট ০১৬৩১-৭৭২০৫৮। পাঠায়া স্ক্রিনশট দিবা",
  [("phone", "+8801744518290"), ("phone", "+8801876309412"), ("phone", "+8801631772058")])
F("payments_and_proceeds", "bn-Latn",
  "boss weekly thana r lineman er 15k ar ghater mastan der 8k ready rakhben, girls der income theke kete niben. baki ta hundi walar kache dile dubai e bhai er kache pouche jabe, bank e dile kintu jhamela")
F("payments_and_proceeds", "bn-Latn",
  "bhai advance 2000 nagad koren 01647-338291 e, TxnID pathaile location dimu. baki taka meye re diben na, amare diben. meye taka chaile bolben sob dia disen",
  [("phone", "+8801647338291")])
F("payments_and_proceeds", "bn-Latn",
  "tor 'husband' bolse protimasher income er 70% take pathate hobe, na pathale tor ma ke sob bole dibe. gotomash er ta pathaisi, TrxID BH3KD92LQA, ei mash er ta o ready rakh. nijer jonno kichu rakhbi na",
  [("mfs_transaction", "BH3KD92LQA")])
F("payments_and_proceeds", "en",
  f"New system from this month: video call customers pay in USDT only, TRC20 to {TRON1}, or BTC {BTC1} for the foreign ones. All goes to madam's wallet. Girls get cash at month end after room and food are cut. Nobody gives the wallet to the girls.",
  [("tron_address", TRON1), ("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Bro hotel room 305 money done, customer paid 6500 by bKash to my personal 01811-627304. Your share 1500 I give tomorrow. Dont let the girl see the SMS, tell her he paid 3000. Next week two more coming from Daulatdia, keep the rooms free.",
  [("phone", "+8801811627304")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "আপা আমার মোবাইল খালা নিয়া রাখছে, এইটা এক কাস্টমারের ফোন থিকা লিখতাছি। মায়েরে একবার ফোন দিতেও দেয় না। কাইল আপনে আসলে আমার ঘরে আইসেন না, খালা সামনে বইসা থাকে। এই নম্বরে রিপ্লাই দিয়েন না")
F("isolation_and_control", "bn",
  "ঘাটের বাইরে যাওয়া নিষেধ, হাসপাতালে গেলেও সাথে রুমা যাইবো। কেউ জিগাইলে কইবি তুই আমার ভাইঝি। নিজের গেরামের নাম ঠিকানা কাউরে কইবি না, এনজিওর আপাগো তো না-ই")
F("isolation_and_control", "bn",
  "রাইতে দরজায় বাইরে থিকা তালা দিয়া যায়, চাবি সর্দারনির কাছে। জানালা দিয়া কথা কইতাছি। ক্লিনিকে যাইতে পারমু না এই সপ্তা, ওষুধটা কাউরে দিয়া পাঠাইতে পারবেন?")
F("isolation_and_control", "bn-Latn",
  "ajk theke tor FB imo sob bondho, sim ta amar kache thakbe. bari theke call ashle ami dhorbo. tor ma ke bolbo tui dhaka te garments e aso, overtime kortese tai kotha bolte parbe na")
F("isolation_and_control", "bn-Latn",
  "apu amake kal rate tangail theke arekta barite shoriye dise, gari te chokh bendhe anse, kon jaiga jani na. ekhane karo shathe kotha bolte dey na. mobile ta brar vitore lukaiya rakhsi, charge 9%")
F("isolation_and_control", "en",
  "She said if I want to see my son in the village I must go with Jahangir bhai and come back the same day. He sits next to me on the bus the whole way and stays at my mother's house. I can't even call my sister without him listening on speaker.")
F("isolation_and_control", "en",
  "Don't let the new ones keep phones. If any girl has a phone hidden take it and bring to me. The NGO apas come Tuesday, keep the new ones upstairs that day and lock the back door. If anyone asks they are visiting relatives.")

# labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "ভোর ৫টা থিকা সর্দারনির রান্না, কাপড় ধোয়া, ঘর মোছা, দুপুরে তার নাতিরে স্কুলে দেওয়া, রাইতে আবার ঘরে বসা। ছয় মাসে একটা টাকাও হাতে দেয় নাই, কয় তোর টাকা আমার কাছে জমা আছে, লাগলে চাইস")
F("labour_exploitation", "bn",
  "দিনে একবার খাওন দেয়, পান্তা আর ডাইল। খিদা লাগলে কাস্টমারের কাছে বিস্কুট চাইতে হয়। জ্বর হইলেও ছুটি নাই, মাসিকের সময়ও বসায়া রাখে, কয় শুইয়া থাকলে ভাড়া কে দিবো")
F("labour_exploitation", "bn-Latn",
  "ami bari giye 2 din thakte chaisilam, bole chuti nai, jaite chaile ar firte hobe na, tor jinish potro o pabi na. eid er din o bondho nai, 24 ghonta on thakte hoy")
F("labour_exploitation", "bn-Latn",
  "tui ekhon theke ghater bhater hotel e thala dhobi, raat 2ta porjonto. beton? thakar jaiga dicchi eta e tor beton. beshi kotha bolle rina r moto ghor theke ber kore dibo, tokhon rastay thakbi")
F("labour_exploitation", "bn-Latn",
  "amar kaj holo madam er baccha rakha, bazar kora, ar ghor e babu ashle ghor chere barandai ghumano. 1 bosor hoise ekta poisao pai nai, madam bole tui to amar meyer moto, meyer abar beton ki")
F("labour_exploitation", "en",
  "They keep eight of us on the floor of the back room, one fan, no window. Food comes once at 3pm. Whatever customers give goes in the tin box, we never touch it. Khala says she's saving it for us. Nobody has ever got it back.")
F("labour_exploitation", "en",
  "I told her I want to stop and go to the garment factory in Savar. She said nobody leaves this house until she says, and my earnings for the last year are 'kept' and I get them when I'm 'finished'. Finished means what?")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করলে পা ভাইঙ্গা ঘাটে ফালায়া রাখমু। গতবার লিপিরে কী করছি দেখছস তো? ওর মুখের দাগ অহনো যায় নাই")
F("threats_and_coercion", "bn",
  "তোর বাপ মায়রে গিয়া কমু তুই পাড়ায় থাকস, তোর ভিডিও গেরামের সবার মোবাইলে যাইবো, তোর বইনের বিয়াও আর হইবো না। চুপচাপ যা কই তাই কর")
F("threats_and_coercion", "bn",
  "বেশি এনজিওর আপাগো লগে ফুসুর ফুসুর করলে তোরে বেইচা দিমু সিরাজগঞ্জের ওই বাড়িতে, ওইখানে মাইয়াগো খাওনও দেয় না। কাইলকাই লোক আইতাছে")
F("threats_and_coercion", "bn-Latn",
  "police er kache gele tor e dhorbe, tor to kono asol kagoj nai, affidavit o jal. tui jail e jabi ami na. OC amar lok. mone rakhis, ghater baire gele kintu ferot anbo")
F("threats_and_coercion", "bn-Latn",
  "kal rate madam er chele amake belt diye marse, pith e dag pore gese. bolse keu jigaile bolbi sinri theke pore gesi. clinic e gele dr apa ke kichu bolte mana kore dise")
F("threats_and_coercion", "bn-Latn",
  "tor meye ta to gram e nanir kache thake na? address amar jana ase, school o chini. kotha na shunle oi meye ke eikhane ene boshabo, tokhon bujhbi")
F("threats_and_coercion", "en",
  "If you go with that NGO woman again I'll throw acid on your face, then let's see which babu wants you. Ask Shathi what happened to her sister who tried.")
F("threats_and_coercion", "en",
  "voice note: Babu says if I go back to my village he'll file a case that I stole his gold chain, he has the thana in his pocket. He showed me a GD paper with my name on it. I don't know if it's real but I'm scared to go.")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "ভাই নতুন মাল আসছে, একদম ফ্রেশ, গেরামের মাইয়া, কিছুই বুঝে না। রাতে থাকলে ৫০০০, ঘণ্টায় ১৫০০। আগে আইসা দেইখা যান, অন্য কাউরে দেওনের আগে আপনারে কইলাম")
F("sexual_exploitation", "bn",
  "কনডম ছাড়া কাস্টমার বসাইতে কয়, বেশি টাকা দেয় দেইখা। না কইলে খালা চড় মারে, কয় তোর শরীর আমার কেনা। আজকে তিনজন এমন আছিলো আপা, টেস্ট করা লাগবো")
F("sexual_exploitation", "bn",
  "ভাইজান, টাঙ্গাইল শহরের যেকোনো হোটেলে মেয়ে পৌঁছায়া দেই, নিজে চয়েস কইরা নিতে পারবেন। ছবি ইমোতে দিমু, ০১৫৫২-৮৩৭৪৬১ এ নক দেন। মেয়েরা আমার লোক, টাকা আমারে দিবেন",
  [("phone", "+8801552837461")])
F("sexual_exploitation", "bn-Latn",
  "Daulatdia VIP service 🌹🍒 notun 3 jon ashche, real pic 100% genuine, home delivery faridpur rajbari kushtia. meyera amar under e, booking shudhu amar kache: telegram @dd_vip_khala",
  [("telegram", "@dd_vip_khala")])
F("sexual_exploitation", "bn-Latn",
  "aj tor 10 jon target, kom hole rate khawa nai. nishi ke o boshabi, or ghor e 2 ta babu ashbe, o na korle amake dakbi. kalke je 6 jon hoise oita cholbe na")
F("sexual_exploitation", "bn-Latn",
  "video call e customer jotokkhon chay thakbi, kapor khulte bolle khulbi, na bolbi na. taka sob amar number e ashbe, tui shudhu camera r samne thakbi. recording korle amar kichu korar nai")
F("sexual_exploitation", "en",
  "Sir we have 4 new girls from the ghat area, all village, very shy. Whole night package 4000, hotel we arrange in Tangail town. Send 1000 advance to bKash 01748-209516 and I send photos on WhatsApp. They go where I say.",
  [("phone", "+8801748209516")])
F("sexual_exploitation", "en",
  "My 'husband' brings his friends every Friday night and takes money from them at the door. He says a wife has to do what her husband says and this is how we'll pay for the house. I never agreed to any of this.")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৪, নোটারির কাছে এফিডেভিট করাইছি ১৯ দেখায়া। কেউ জিগাইলে কাগজটা দেখাইবি আর কইবি স্বেচ্ছায় আইছি। উকিল সাবরে ১৫০০ টাকা দেওয়া লাগছে, ওইটাও ওর দেনায় লেখ")
F("minors", "bn",
  "ছেমড়িডারে রোজ রাইতে দুইটা ওরাডেক্সন খাওয়াবি, গায়ে গোশত না লাগলে কাস্টমার নিবো না। শইলে ছোট দেখাইলে পুলিশেও ঝামেলা করবো। দুই মাসে যেন বড় দেখায়")
F("minors", "bn",
  "পুলিশ আইলে কইবি তোর বয়স ১৮, জন্ম ২০০৭। তোর নতুন কার্ড এই যে, NID নং 20074713829465117। আসল জন্মনিবন্ধন আমার কাছে থাকবো। ক্লাস সেভেনের কথা ভুলেও মুখে আনবি না",
  [("bd_nid", "20074713829465117")])
F("minors", "bn-Latn",
  "bhai kochi meye ase 15 16 bochor, ekdom new, ager kono customer nai. school dress e pathale extra 2000. kauke bolben na, hotel er manager amar lok")
F("minors", "bn-Latn",
  "apa amar meye er 12 bochor hoise, madam bolse or ghor alada kore dibe, ekhon theke sajiye rakhte, pill o khawaite bolse. ami chai na o amar moto jibon pak, kono hostel e dite parben?")
F("minors", "en",
  "Get the affidavit done at Rajbari court, write age 18. She is 13 but with the cow pills in 2 months nobody will know. Notary fee I'll bKash you tonight. NID we'll sort later with a new birth certificate.")
F("minors", "en",
  "Apa there is a very small girl in Jhumur khala's house, she cries for her mother at night and says she was in class 6. They call her Moyna. They're giving her pills and injections to make her look fat. The customers are already coming.")

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn",
  "রাজবাড়ীর দৌলতদিয়া যৌনপল্লী থেকে অপ্রাপ্তবয়স্ক দুই কিশোরীকে উদ্ধার করেছে পুলিশ। ভুয়া হলফনামা তৈরির অভিযোগে এক নোটারি আইনজীবী ও এক বাড়িওয়ালিসহ তিনজনকে গ্রেপ্তার করা হয়েছে বলে জানিয়েছেন গোয়ালন্দ ঘাট থানার ওসি।")
N("news", "en",
  "Tangail: Ten years after the Kandapara brothel eviction, many former residents still await rehabilitation, a rights group said. Several women told researchers they had taken loans from moneylenders and sardarnis during the eviction and are still repaying them.")
N("news", "bn-Latn",
  "Forwarded from Jamuna TV page: Daulatdia te steroid (Oradexon) bikri bondho korte bhramman adalot, 3 pharmacy ke jorimana. Doctor ra bolen eta kidney o high pressure er jhuki baray, olpo boyoshi meyeder moddhe beshi byabohar hoy.")
N("news", "en",
  "Goalanda: A 22-year-old woman was reunited with her family in Kushtia after six years, with help from the district administration and a local NGO. Police said she was sold to a brothel at 16 by a man she had married; a case has been filed under the Human Trafficking Act.")
N("news", "bn",
  "টাঙ্গাইল যৌনপল্লীর শিশুদের জন্য নতুন ডে-কেয়ার সেন্টার চালু করেছে জেলা প্রশাসন। ৬০ জন শিশু সেখানে পড়াশোনা, দুপুরের খাবার ও স্বাস্থ্যসেবা পাবে। মায়েরা কাজে গেলে শিশুরা রাতেও থাকতে পারবে।")
N("news", "bn",
  "মালয়েশিয়ায় কলিং ভিসায় পাঠানোর কথা বলে ১২ জনের কাছ থেকে ৫৪ লাখ টাকা নেওয়ার অভিযোগে ফরিদপুরে এক দালালকে গ্রেপ্তার করেছে র‍্যাব-৮। ভুক্তভোগীরা জমি বন্ধক রেখে টাকা দিয়েছিলেন।")
N("news", "en",
  "Rajbari brothel residents receive NID cards in a special camp. 'Now I can open a bank account and my son can get a birth certificate with my name,' said one woman, 34, who has lived in Daulatdia for 18 years.")

# awareness (8)
N("awareness", "bn",
  "প্রিয় বোন, স্টেরয়েড ট্যাবলেট (ওরাডেক্সন/গরু মোটা করার ট্যাবলেট) খাবেন না, কাউকে খাওয়াবেন না। এতে কিডনি নষ্ট হয়, প্রেশার বাড়ে। ফ্রি চেকআপের জন্য বৃহস্পতিবার ডিআইসিতে আসুন। নারী ও শিশু হেল্পলাইন ১০৯")
N("awareness", "bn-Latn",
  "Shobai shotorko thakun!! keu jodi bole dhaka te garments e bhalo beton, thaka khawa free, ajkei jete hobe, bari te bolar dorkar nai — eta pacharkari der kotha. shondeho hole 999 e call korun. beshi beshi share korun 🙏")
N("awareness", "en",
  "Reminder for peer educators: if a girl in the para looks under 18, do NOT confront the sardarni or the babu. Note the house and room number and tell the DIC coordinator privately. Child helpline 1098. Never take photos of girls.")
N("awareness", "bn",
  "বাল্যবিবাহ ও নারী পাচার প্রতিরোধে উঠান বৈঠক, শনিবার বিকাল ৩টা, ছোট ভাকলা ইউনিয়ন পরিষদ মাঠ। বিয়ের আগে মেয়ের জন্মনিবন্ধন দেখুন, এফিডেভিট দিয়ে বয়স বাড়িয়ে বিয়ে দেওয়া আইনত অপরাধ। অপরিচিত বরের হাতে মেয়ে তুলে দেবেন না।")
N("awareness", "en",
  "PLEASE SHARE: men are posing as grooms on Facebook, marrying village girls and taking them to 'Dhaka' for work. Visit the groom's family home before the kabin, get his NID copy, keep in touch with your daughter. Call 109 if you suspect anything.")
N("awareness", "bn-Latn",
  "apara ajk DIC clinic e free HIV ar syphilis test, kono taka lagbe na, nam thikana gopon thakbe. condom ar lubricant o dewa hobe. sokal 10ta theke 2ta. khala der o boilen, tader o test kora dorkar")
N("awareness", "en",
  "Samity notice: don't borrow from the sardarni or ghat moneylenders at 10% a week, that debt never ends. Our savings group gives members loans at 1% a month, repay in kisti. Meeting Sunday after the clinic.")
N("awareness", "bn",
  "সন্তানের জন্মনিবন্ধনে শুধু মায়ের নামই যথেষ্ট, বাবার নাম লাগবে না। বিনামূল্যে আইনি সহায়তা ক্যাম্প, দৌলতদিয়া ডিআইসি, রবিবার সকাল ১০টা। যোগাযোগ ০১৭০৯-৬৪৫৩২১",
  [("phone", "+8801709645321")])

# official (6)
N("official", "en",
  "Department of Social Services, Goalanda Upazila: applications are invited for the livelihood and rehabilitation grant for women who wish to leave the Daulatdia brothel. Bring NID, 2 photos and bank/Nagad details. Queries: uzsso.goalanda@dss.gov.bd",
  [("email", "uzsso.goalanda@dss.gov.bd")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: জর্ডানের পোশাক কারখানায় নারী কর্মী নিয়োগ। বিমান ভাড়া ও ভিসা খরচ নিয়োগকর্তা বহন করবে, কর্মীর কোনো খরচ নেই। আমি প্রবাসী অ্যাপে নিবন্ধন করুন। কোনো দালাল বা ব্যক্তির কাছে টাকা দেবেন না।")
N("official", "en",
  "M/s Padma Overseas Ltd (RL-1487), BAIRA member. Female cleaners for government hospitals in KSA, salary SAR 1200 + food + accommodation, 2-year contract. Only BMET-fixed cost, money receipt for every taka. Office: Jhiltuli, Faridpur. Call +880 1730-225417",
  [("phone", "+8801730225417")])
N("official", "bn",
  "জেলা প্রশাসকের কার্যালয়, রাজবাড়ী: যৌনপল্লীর বাসিন্দা ও তাদের সন্তানদের জাতীয় পরিচয়পত্র ও জন্মনিবন্ধন ক্যাম্প আগামী ১২ ডিসেম্বর। যাদের এনআইডি এখনো আসেনি তারা স্লিপ নিয়ে আসুন। কোনো ফি লাগবে না।")
N("official", "en",
  "Department of Immigration & Passports: your e-passport (Passport No. EB0456213) is ready for delivery at RPO Faridpur. Please collect in person with the delivery slip and NID between 10am-3pm.",
  [("bd_passport", "EB0456213")])
N("official", "bn-Latn",
  "UDC Sutipara: apnar kanya shontaner jonmo nibondhon shongshodhon shompanno hoyeche. notun sonod e jonmo tarikh 14-03-2011. sonod UDC theke shongroho korun, fi 50 taka.")

# receipt (6)
N("receipt", "en",
  "You have received Tk 2,500.00 from 01713-228456. Fee Tk 0.00. Balance Tk 3,112.50. TrxID BKL3M9QZ2T at 14/11/2026 19:42",
  [("phone", "+8801713228456"), ("mfs_transaction", "BKL3M9QZ2T")])
N("receipt", "en",
  "Money Received. Amount: Tk 1500.00 Sender: 01845-673021 Ref: khalar oshudh TxnID: 7HG2K9PA Balance: Tk 1620.00",
  [("phone", "+8801845673021"), ("mfs_transaction", "7HG2K9PA")])
N("receipt", "bn",
  "আপনি ৳৫,০০০ পেয়েছেন ০১৯৬৩-৫৫৪৮১২ থেকে। ফি ৳০। ব্যালেন্স ৳৫,৪২০। TrxID CJ72PLK0WE। রেফারেন্স: দেনা শোধ",
  [("phone", "+8801963554812"), ("mfs_transaction", "CJ72PLK0WE")])
N("receipt", "en",
  "Cash-In from A/C: ***7713 Tk2,000.00 Fee: Tk0.00 Your A/C Balance: Tk2,310.00 TxnId: 2148806617",
  [("mfs_transaction", "2148806617")])
N("receipt", "bn-Latn",
  "apa DIC er stipend ashche 🙏 meye r school er beton dibo. 'You have received Tk 1,200.00 from 01730-998877. TrxID BDF83KQ0MZ at 01/12/2026 11:05'",
  [("phone", "+8801730998877"), ("mfs_transaction", "BDF83KQ0MZ")])
N("receipt", "en",
  "Dear Customer, BDT 35,000.00 has been credited to your A/C **4471 by foreign remittance (Al Rajhi, KSA) on 02-12-2026. Govt incentive 2.5% will be credited separately. Sonali Bank PLC")

# family (7)
N("family", "bn",
  "মা, ভাইয়ের পাসপোর্ট হয়ে গেছে, নম্বর EK0873215। সৌদি যাওয়ার আগে বিএমইটির ট্রেনিং করা লাগবে। দালালের হাতে একটা টাকাও দিব না, এজেন্সিতে গিয়া রশিদ নিয়া টাকা দিব",
  [("bd_passport", "EK0873215")])
N("family", "bn-Latn",
  "rumi r biyer kotha: cheler family faridpur er, boyos 27, kapor er dokan ase. kabin 2 lakh bolse. kintu meyer 18 puro na hoile ami biye dibo na, affidavit kore biye dewar kotha keu bolle ami nai")
N("family", "en",
  "Bhai pls send 5k for Mina's school fees by Sunday, headmistress called twice. bKash to 01796-225843 (my personal). She has exam next week, don't forget 🙏",
  [("phone", "+8801796225843")])
N("family", "bn",
  "আপা তোর ভাগ্নিরে টাঙ্গাইলের হোস্টেলে দিয়া আসলাম। পাড়ার মাইয়া শুইনা প্রথমে নিতে চায় নাই, পরে এনজিওর চিঠি দেখাইলাম, হেডস্যার নিজে ভর্তি করাইলো 😊 প্রতি মাসে দেখা করতে দিবো")
N("family", "bn-Latn",
  "abba loan er kisti ta ami ei mash e diye dibo, tumi chinta koiro na. ASA te 3 mash baki, 12000. chachar kache dhar korbo na, kotha dilam. beton pailei pathabo")
N("family", "en",
  "Aunty's son is coming from Malaysia next month and wants to see a girl for marriage. Girl's side wants to see his passport and work permit first, which is fair. Can we meet at our house Friday after jummah?")
N("family", "bn",
  "ছোট বোনের এনআইডিতে জন্মসাল ভুল আসছে, ২০০১ এর জায়গায় ১৯৯৮। ইউএনও অফিসে সংশোধনের আবেদন দিলাম, NID নং 19982916347582034। এক মাস লাগবো কইলো",
  [("bd_nid", "19982916347582034")])

# worker_content (6)
N("worker_content", "bn-Latn",
  "aj 40 ta ghor ghurlam, 600 condom dilam, 3 jon ke clinic e refer korlam. khala ra aj bhalo babohar korse 😅 ekjon sardarni cha o khawaise. salary ta 5 tarikhe ashle bachi")
N("worker_content", "bn",
  "ওভারটাইম সহ এই মাসে ১৪,২০০ টাকা পাইছি। রাত ১০টা পর্যন্ত কাম করি, কষ্ট হয়, কিন্তু ওভারটাইমের টাকা ঠিকমতো দেয়। সুপারভাইজার আপা ভালো, ঈদে বোনাসও দিবো কইছে")
N("worker_content", "en",
  "Tangail parlour job update: owner apa gave me 2 days off for Eid plus 3000 bonus. Customers go crazy before weddings lol, bride makeup till midnight, but tips are good and she pays on the 1st.")
N("worker_content", "bn-Latn",
  "riyadh e hospital cleaner er kaj, beton 1200 riyal time moto pai. iqama company nijei korse, passport amar kache. kaj ta ektu boring but tension nai. ma ke bolo chinta na korte")
N("worker_content", "en",
  "Third month our project salary is late because the donor funds are stuck. Still going to the ghat tomorrow for the mobile clinic, the girls wait for us. Boss says all arrears by January, inshallah.")
N("worker_content", "bn",
  "ঘাটের হোটেলে বাবুর্চির কাম পাইছি, মাসে ১২ হাজার, দুই বেলা খাওন, সপ্তায় একদিন ছুটি। রাতের শিফট একটু কষ্ট, লঞ্চের যাত্রী বেশি থাকে, কিন্তু মালিক খারাপ না")

# joke (4)
N("joke", "bn-Latn",
  "bou ke bollam tomar jonno dubai theke gold anbo, bole tahole tomar passport ta amar kache joma rakho, jeno ar palaite na paro 😂😂")
N("joke", "en",
  "My mother runs our house like a sardarni: every taka I earn goes in her tin box and I have to apply in writing for rickshaw fare 😂")
N("joke", "bn",
  "বউ আমারে ঘরে আটকায়া রাখছে, কইছে বাজারের লিস্ট শেষ না করলে ভাত নাই 🤣 নারী নির্যাতন শুনছেন, এইটা পুরুষ নির্যাতন")
N("joke", "bn-Latn",
  "boss er kache 3 mash er salary chaile bole 'tomar taka amar kache safe ase' 😂 office e manob pachar cholche vai, keu 999 e call dao")

# chatter (4)
N("chatter", "bn-Latn",
  "ghater ferry 2 ghonta late, daulatdia te atke asi, cha khacchi ar ilish bhaja. keu paturia te thakle janas, ek shathe jabo")
N("chatter", "en",
  "Anyone know a decent lawyer in Rajbari for a land affidavit? Need it for my uncle's property, how much is notary fee these days?")
N("chatter", "bn",
  "কাল ঢাকা যাচ্ছি আগারগাঁও, নতুন পাসপোর্ট আনতে। তোর কিছু লাগলে বল, ফেরার পথে বঙ্গবাজার থেকে আনমু")
N("chatter", "en",
  "lol the new girls' hostel at my uni has CCTV and a 9pm curfew, and the warden keeps our phones overnight during exams 🙄 feels like jail but ok")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে ইলিশ খুব সস্তা, ৯০০ টাকা কেজি, দুইটা নিয়া আসলাম", hard=False)
N("chatter", "bn-Latn", "match dekhso? bangladesh jitse finally 🔥🔥", hard=False)
N("family", "en", "Amma reached safely? Call me when you get home.", hard=False)
N("joke", "en", "Why did the rickshaw puller carry a ladder? Because fares are going up 😂", hard=False)
N("news", "bn", "আগামী তিন দিন দেশের বিভিন্ন স্থানে হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা রয়েছে বলে জানিয়েছে আবহাওয়া অফিস।", hard=False)
N("worker_content", "bn-Latn", "office e aj picnic chilo, biriyani bhalo chilo, boss o gaan gaise 😄", hard=False)
N("awareness", "en", "Dengue alert: clean standing water around your house every 3 days and use mosquito nets at night.", hard=False)
N("family", "bn", "নানুর শরীর এখন একটু ভালো, ডাক্তার বলছে আরও এক সপ্তাহ ওষুধ খেতে হবে", hard=False)
N("chatter", "en", "Anyone selling a used fridge in Faridpur? DM me on instagram @sumi.crafts",
  [("instagram", "@sumi.crafts")], hard=False)
N("receipt", "en", "Your recharge of Tk 50 is successful. Current balance Tk 63.20. Thank you for using Grameenphone.", hard=False)
N("official", "bn", "এসএসসি পরীক্ষার ফলাফল আগামী রবিবার দুপুর ২টায় প্রকাশিত হবে — শিক্ষা বোর্ড", hard=False)
N("chatter", "bn-Latn", f"bhai crypto te 500 taka dhukaisilam, ekhon 320 😭 wallet {ETH1} ekhon khali kandi",
  [("eth_address", ETH1)], hard=False)


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
    random.Random(99).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev99-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
