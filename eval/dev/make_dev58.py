#!/usr/bin/env python3
"""Blind dev set dev58: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a caseworker in Sylhet and Sunamganj
who helps families of young men taken on the Dubai-Libya-Italy sea route (the "game", mafia camps in Libya,
ransom videos, bKash/hundi payments) and on fake Serbia/Romania/Croatia work permits sold on Facebook; Sylheti
dialect and Londoni diaspora English. Run from the repository root.
Held out from round 10 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev58.jsonl"
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


BTC1 = btc("dev58-btc-1")
TRON1 = tron("dev58-tron-1")
ETH1 = eth("dev58-eth-1")

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
ETH2 = eth("dev58-eth-2")

# recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "🇷🇸সার্বিয়া ওয়ার্ক পারমিট🇷🇸 ১০০% গ্যারান্টি!! ভিসা না অইলে টাকা ফেরত। কাম ফেক্টরিত, বেতন ৯০০ ইউরো, থাকা খাওয়া কোম্পানির। "
  "কুনু অভিজ্ঞতা লাগতো নায়, ইংলিশ লাগতো নায়। সার্বিয়া থাকি ৬ মাস পরে ইটালি ঢুকাই দিমু ইনশাআল্লাহ। ইনবক্স করইন বা ইমুত কল দেইন ০১৭১১-৪৮২৯৬০",
  [("phone", "+8801711482960")])
F("recruitment_deception", "bn",
  "আফা আমার ভাইরে কইছিল রোমানিয়ার হোটেলো কাম, লিগ্যাল ভিসা, মাসে ১ লাখ ২০ হাজার। অখন দেখি তারে নিছে দুবাই, হিকান থাকি কয় লিবিয়া যাওয়া লাগবো। "
  "রোমানিয়ার কুনু ভিসা আছিলোই না, যে কাগজ দেখাইছিল সব ভুয়া। দালাল অখন ফোন ধরে না")
F("recruitment_deception", "bn",
  "খালাম্মা চিন্তা করইন না, ফুয়া আমার নিজর মানুষর লগে যাইবো। ঢাকা টু দুবাই বিমানো, দুবাই থাকি বেনগাজি, হিকান থাকি ১০ দিনর ভিতরে বড় জাহাজো ইটালি। "
  "ছোট নৌকা না, জাহাজ, লাইফ জেকেট সব আছে। রাস্তাত কুনু কষ্ট নাই। পুরা প্যাকেজ ১৩ লাখ, ইটালি গিয়া পয়লা মাস থাকি কামাই শুরু")
F("recruitment_deception", "bn-Latn",
  "bhai Croatia te 2 ta visa ase, construction helper, salary 1100 euro + overtime. experience lagbo na language lagbo na. Delhi embassy te face dite oibo na "
  "amra setting kori dimu, 15 din e visa. insta page dekhen @croatia.jobs.bd. interested hoile WhatsApp koren wa.me/8801915672038 🔥 seat limited",
  [("instagram", "@croatia.jobs.bd"), ("whatsapp", "+8801915672038")])
F("recruitment_deception", "bn-Latn",
  "voice: bhaisab amare koisil Dubai te company r kaj, 3 mash pore Italy pathaibo legal vabe. Dubai nia 2 din hotel e rakhse tarpor plane e Benghazi nia aise. "
  "ekhane aisi kunu company nai, ekta ghor e 60 jon manush. amra kitha kortam bujhi na, dalal koy sobur koro")
F("recruitment_deception", "bn-Latn",
  "Italy r flussi visa 100% confirm, nulla osta amar haate ase bhai, khali naam bosaimu. passport er copy r 50 hajar advance pathaiyo, baki taka visa lagle. "
  "documents email koro italyflussi.sylhet24@gmail.com e. ami nijeo Sylhet er fua, Bishwanath bari, kunu chinta nai",
  [("email", "italyflussi.sylhet24@gmail.com")])
F("recruitment_deception", "en",
  "Assalamualaikum bhai, my mate in Romania got a company that sponsors, proper legit, warehouse job 4 days a week 1400 euro. No IELTS no nothing. "
  "your boy just needs to land in Bucharest on a visit visa and they switch it over to work permit inside, done it for loads of Beanibazar lads. "
  "send his passport pic on here +447946213085",
  [("phone", "+447946213085")])
F("recruitment_deception", "en",
  "Sister they told us Serbia job is in a factory with contract. When we came the man took us to a farm near the border, no contract nothing. "
  "He says the factory paper was only for the visa, real work is this. police here said our permit is not even registered. agent number +381641234587 now switched off",
  [("phone", "+381641234587")])

# fees_and_debt (bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "বাবা আমরার ২ কিয়ার জমি বন্ধক দিয়া সাড়ে ৯ লাখ দিছি দালাল শফিকরে। অখন কয় লিবিয়াত আরো ৩ লাখ না দিলে গেম দিতো নায়। "
  "এনজিওর কিস্তি চলের হপ্তায় হপ্তায়, কুনখান থাকি দিতাম কইন")
F("fees_and_debt", "bn",
  "আপনার ফুয়া বেনগাজি পৌঁছছে আলহামদুলিল্লাহ। অখন ক্যাম্পর খরচ আর গেমর টেকা বাকি ২ লাখ ৮০ হাজার। এই হপ্তার ভিতরে না দিলে লাইনো নাম উঠতো নায়, "
  "তারে পিছে রাখি অন্যরারে আগে পাঠাই দিমু। বিকাশ নম্বর রাইতো দিমু")
F("fees_and_debt", "bn",
  "ভাই সার্বিয়া আইয়া শুনি মালিকে দালালরে ৪ হাজার ইউরো দিছে আমরার লাগি, অখন বেতন থাকি প্রতি মাসে ৩০০ ইউরো কাটবো যতদিন শোধ না অয়। "
  "হাতো পাই মাত্র ১৫০ ইউরো। ৮ লাখ তো দেশ থাকি দিয়াই আইছি, এই ঋণ আবার কিওর")
F("fees_and_debt", "bn-Latn",
  "Romania work permit er total 7 lakh 50 hajar. 2 lakh advance ekhon, permit aile 3 lakh, visa hoile baki. advance ta ei personal bkash e den 01819345127, "
  "agency r account e dile deri hoibo. receipt er dorkar nai amra family r moto",
  [("phone", "+8801819345127")])
F("fees_and_debt", "bn-Latn",
  "bhai Tripoli te ashar por boss kose ar 4500 dinar lagbo, na dile kaj o nai khana o nai. ami kitha kortam. ammare koiyo na. "
  "tui jodi kunu bhabe 2 lakh manage korte paros, baki ta ami kaj kori shodh kormu")
F("fees_and_debt", "bn-Latn",
  "ekhon Dubai theke phone dise, passport dalal er kase. 1 lakh 20 hajar dile passport ferot dibo, na hoile Libya line e pathai dibo. "
  "amar mama Londone ase take bolsi, taka pathaile passport number AB4417203 diya confirm korbo",
  [("bd_passport", "AB4417203")])
F("fees_and_debt", "en",
  "We already sent 6 lakh through my dad's account and now the agent says the Croatia permit fee went up, another 2.5 lakh or they 'cancel the file' and we lose the lot. "
  "My aunt took loans off BRAC and Grameen both for the first part, she's paying kisti every week and the boy hasn't even left Sylhet yet")
F("fees_and_debt", "en",
  "I reached Italy 2023 by boat, the dalal says I still owe him 4 lakh for the game. every month 500 euro from my pay goes to his cousin Shipon in Rome +39 329 184 7560. "
  "if I stop he says my brother in Sunamganj will 'understand'. its been 14 months bro",
  [("phone", "+393291847560")])

# payments_and_proceeds (bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn",
  "টেকা এক নম্বরো দিবায় না। ৫০ হাজার করি ভাগ করি পাঠাইবা: ০১৭২৭-০৯৩৪১৬ বিকাশ, ০১৬১২-৮৪৭৩৫০ নগদ, ০১৩০৯-৫৬৮২১৪ বিকাশ। "
  "প্রত্যেকবার দিয়া ট্রানজেকশন আইডির স্ক্রিনশট হোয়াটসঅ্যাপ করবায়। বেংকো গেলে বা কেউরে জানাইলে তোমার ফুয়ার খবর নাই",
  [("phone", "+8801727093416"), ("phone", "+8801612847350"), ("phone", "+8801309568214")])
F("payments_and_proceeds", "bn",
  "হুন্ডির রেট আইজ ইউরো ১৩৮ টেকা, বেংকর চাইতে ৬ টেকা বেশি। লিবিয়ার লাইনর টেকা আমি দুবাইত অ্যাডজাস্ট করি দেই, ঢাকাত কুনু কাগজ লাগে না। "
  "ক্যাশ দোকানো আনি দিবায়, আমার বিকাশ এজেন্টে ভাগ ভাগ করি পাঠাই দিবো")
F("payments_and_proceeds", "bn",
  "মাইনে বিকাশ করছি ১,৫০,০০০ টেকা দুই বারে। TrxID: BJK7H2M9QX আর TrxID: BJK7H3A1LP. ভাই অখন আমার ফুয়ারে মারা বন্ধ করইন, "
  "একটা ভিডিও পাঠাইন যে হে ঠিক আছে",
  [("mfs_transaction", "BJK7H2M9QX"), ("mfs_transaction", "BJK7H3A1LP")])
F("payments_and_proceeds", "bn-Latn",
  f"bkash e ar hobe na limit sesh. USDT TRC20 te pathan ei address e: {TRON1} . binance p2p theke kinle 1 usdt 122 taka pore. "
  "3000 usdt lagbo kal fojor er age, pathaiya screenshot diben",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "ajker hisab: Jagannathpur 3 party = 9 lakh, Chhatak 2 party = 6.5 lakh (Abdul Karim NID 6905174823 er naam e entry). sob bkash agent diya cash out kori "
  "Kamal er dokan theke hundi te Dubai pathaisi. Libya partner er share 40% dhorbi, baki Italy te. kunu bank e rakhbi na",
  [("bd_nid", "6905174823")])
F("payments_and_proceeds", "en",
  "They sent the account details, it's a Dubai exchange house account in the name of some trading company. Said pay £4,000 from London in 2 parts and they let him out of the Zuwara house, "
  "reference put 'family support'. My uncle in Bradford is doing it tonight. Then the rest 3 lakh in bKash in Sylhet to a diff number they'll text after")
F("payments_and_proceeds", "en",
  "Boss, ad boost done for the Serbia/Croatia work permit page, $150 for 7 days targeting Sylhet, Moulvibazar, Sunamganj, male 18-35. "
  f"40 new msgs today. Send the boost money back to me in USDT ERC20 {ETH1}",
  [("eth_address", ETH1)])

# isolation_and_control (bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আম্মা আমি বালা আছি, কান্দিও না। ইখানো ফোন দেয় না, হপ্তায় একবার দেয় তাও হেরার সামনে মাতা লাগে। ঘর থাকি বার অইতে দেয় না, দরজাত তালা। "
  "পাসপোর্ট আর মোবাইল হেরা রাখি দিছে। কাউরে কইও না")
F("isolation_and_control", "bn",
  "সবাই হুনো, লিবিয়া লেন্ড করার পর পাসপোর্ট আর ফোন আমার লোকর হাতো দিবায়। বাড়িত কল দিলে খালি কইবায় দুবাই আছ, কাম করি বালা আছ। "
  "কেউ কিছু জিগাইলে মাতবায় না। ক্যাম্প থাকি একলা বার অইলে মাফিয়া ধরি লাইবো, তখন আমার দায় নাই")
F("isolation_and_control", "bn",
  "ছয় মাস অইলো ফুয়ার লগে ঠিকমতো মাত অইছে না। দালাল কয় হে বালা আছে, ফোন নাকি কোম্পানির নিয়মে জমা থাকে। মাসে একবার এক মিনিট ইমোত ভিডিও দেয়, "
  "পিছে মানুষ খাড়া থাকে, ফুয়া খালি কয় আম্মা দোয়া করিও")
F("isolation_and_control", "bn-Latn",
  "bhai amra 14 jon ekta warehouse er upore thaki, boss er manush bahir theke lock dey rait e. kaj sesh e direct ghore. passport residence card sob office e joma. "
  "market e jaite hoile supervisor sathe jay. kal Rana bhai pallaite chaisilo dhoira ania marse")
F("isolation_and_control", "bn-Latn",
  "tui ammare kunu kisu koibe na, khali koibe Dubai te kaj paisos. Libya r naam nibi na. imo number delete kori de, ami notun sim dimu, oi sim diya khali amar loge kotha. "
  "ghorer manush re beshi jana lage na")
F("isolation_and_control", "bn-Latn",
  "Bosnia border er kase ekta ghore rakhse, 3 hofta dhore bahir hoite dey na. khabar ane ekjon pakistani. phone charge dite dey na, battery 5% e rakhi. "
  "game er date kisu koy na, keu kisu jiggas korle chup")
F("isolation_and_control", "en",
  "He finally rang us from someone else's phone, said they took his phone and passport the day he landed in Benghazi. They keep them in a big room with 100+ boys, "
  "only go out to the toilet with a guard. He begged us not to tell his mum, she's got a heart condition")
F("isolation_and_control", "en",
  "Rules for the Dubai flat: no calls without me, no going down to the street, no talking to other Bangladeshis in the building. passports stay with me till you fly. "
  "if family calls say you're working in a restaurant. anyone who breaks it goes to the airport himself, no money back")

# labour_exploitation (bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "লিবিয়াত অখন এক আরবর খামারো কাম করাইতাছে, বিয়ান ৫টা থাকি রাইত ১০টা। দিনো এক বেলা খানা, খবুজ আর পানি। ৪ মাস অইলো এক দিনারও দিছে না, "
  "কয় তোমার দালালর কাছো দিছি। ছুটি নাই, শরীর আর চলে না")
F("labour_exploitation", "bn",
  "রোমানিয়া আইছি কনস্ট্রাকশনর কামো। কন্ট্রাক্টো আছিল ৮ ঘণ্টা, অখন ১২-১৪ ঘণ্টা করাইন, ওভারটাইম দেয় না। ৩ মাসর বেতন বাকি, জিগাইলে কয় পরর মাসে। "
  "বাঙালি ম্যানেজার +40 741 258 963 কয় কাম ছাড়তে চাইলে পারমিট বাতিল করি দেশো পাঠাই দিবো",
  [("phone", "+40741258963")])
F("labour_exploitation", "bn",
  "গেমর টেকা পুরা দিতে পারছি না দেখি মাফিয়া আমরারে সিমেন্টর ফ্যাক্টরিত কামো দিছে। টেকা দেয় না, খালি কয় তোমার হিসাব কাটা যার। "
  "১৮ ঘণ্টা বস্তা টানি, রাইতো মাটিত হুতি")
F("labour_exploitation", "bn-Latn",
  "Croatia te hotel er kitchen e kaj dise, 6 din na 7 din e kaj, din e 13 ghonta. salary 1000 euro bola hoisilo, hate dey 550, baki housing r transport koiya kaita rakhe. "
  "2 mash er salary ekhono pai nai. boss (+385 91 234 5678) koy beshi kotha bolle police dakbo",
  [("phone", "+385912345678")])
F("labour_exploitation", "bn-Latn",
  "Libya r flight er lagi Dubai te 5 mash dhori atka. dalal er bondhu r grocery te kaj korai, sokal 7 ta theke rat 2 ta, salary nai, koy khawa thaka free dicchi eitai salary. "
  "visit visa sesh, overstay fine barer")
F("labour_exploitation", "en",
  "[voice note] bro listen this Serbia farm job is a joke. we pick from sunrise till dark, they pay per crate but then cut for the room the food the bus, "
  "end of month I had 90 euro. 11 of us in one container no heating. manager keeps our cards so we can't go work anywhere else")
F("labour_exploitation", "en",
  "New boys start tomorrow at the brick site outside Misrata. Tell them no salary first 3 months, that's 'training' and it covers the food. 6am start, "
  "finish when the boss says. anyone sitting down gets no food that day. no phones till the site is done")

# threats_and_coercion (bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তোর ফুয়া আমরার কাছে। ৭২ ঘণ্টার ভিতরে ৫ লাখ না দিলে পরের ভিডিওত আর কান্দন হুনতে না, লাশ দেখবে। "
  "পুলিশ বা সাংবাদিকরে কইলে হেরে অন্য গ্রুপর কাছে বেচি দিমু, তখন কুনুদিন পাইতে না")
F("threats_and_coercion", "bn",
  "ভাই ভিডিও কলো দেখাইছে আমার ভাইর হাত পিছে বান্ধা, কারেন্টর শক দিতাছে। আরবিতে চিল্লায়, আর একজন বাঙালি কয় টেকা পাঠাইলে বন্ধ অইবো। "
  "ইটা দেখিয়া আম্মা বেহুঁশ অই গেছইন")
F("threats_and_coercion", "bn",
  "তোর বাপরে ক মামলা তুলি লাইতো। থানাত গেছলে হুনছি। তোর ভাই অখনো লিবিয়াত আমরার লোকর হাতো, মনে রাখিছ। আর তোর বইনর ইস্কুলর রাস্তা আমরা চিনি")
F("threats_and_coercion", "bn-Latn",
  "ami je ghore silam oi mafia amare 2000 dinar e arekta group er kase bechi dise. ekhon notun group abar 7 lakh chay. prottek din mare, payer talu te lathi dey. "
  "ammare video pathaise, ammar kotha mone korle ar parina")
F("threats_and_coercion", "bn-Latn",
  "supervisor koy tora jodi union er lok er sathe kotha koss ekta phone dibo immigration e, sob gula ke deport, dalal er taka o jabo. "
  "Shamim bhai complaint korte chaisilo take 2 din ghore atkai rakhse")
F("threats_and_coercion", "bn-Latn",
  "apnara NGO r kase gesen keno? case korle apnar puta re Italy kunu din dekhbo na, sea te e sesh. Sylhet er moddhe amar manush ase, apnar bari kothay sob jani. "
  "taka ta chupchap den")
F("threats_and_coercion", "en",
  "This is last warning. Your son is with us in Zuwara. 600000 taka by Friday or we sell him to the Chad people and you never see him. "
  "Dont try police, we have people in Dhaka also. Call this number only +218913456782",
  [("phone", "+218913456782")])
F("threats_and_coercion", "en",
  "they made him say on video 'bhaiya please pay or they will kill me', he had blood on his face. then the guy takes the phone and says in Sylheti "
  "'amra kitha kori dekhso ni'. we paid 3 lakh already. now they want more and my mum hasn't slept in 4 days")

# sexual_exploitation (bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "আফা আমারে কইছিল দুবাইর পার্লারো কাম, মাসে ৮০ হাজার। আইয়া দেখি একটা ফ্লাটো আরো ৬টা মেয়ে, রাইতো বেটাইন আয়। না করলে মারে, খানা দেয় না। "
  "মেডামে কয় টিকেট আর ভিসার টেকা শোধ না অওয়া পর্যন্ত এই কাম করা লাগবো")
F("sexual_exploitation", "bn",
  "নতুন বাংলাদেশী ও নেপালী মেয়ে আছে 🌹 দুবাই দেইরা। ১০০% রিয়েল ছবি, হোটেল ও ফ্লাট ডেলিভারি। বুকিং শুধু ম্যানেজারর মাধ্যমে, টেলিগ্রামে নক দেন @dxb_rosegirls . "
  "এডভান্স ছাড়া বুকিং নাই",
  [("telegram", "@dxb_rosegirls")])
F("sexual_exploitation", "bn",
  "তারা কইছিল ফুড়িরে লন্ডনি ফুয়ার লগে বিয়া দিবো, স্পাউস ভিসাত লন্ডন নিবো। বিয়ার পরে দুবাই নিয়া একটা ঘরো রাখছে, জামাই নামর লোকটা তারে অন্য বেটাইনতর কাছে পাঠায়। "
  "ফুড়ি ফোনো কান্দে, কয় পাসপোর্ট জামাই রাখি দিছে")
F("sexual_exploitation", "bn-Latn",
  "Dubai te dance club e 3 ta meye lagbo, age 18-22, fair, slim. salary 1 lakh 20 hajar + tips. visit visa te nibo pore job visa. meye der family ke boliba restaurant e kaj. "
  "chobi pathao WhatsApp e +971556732148",
  [("phone", "+971556732148")])
F("sexual_exploitation", "bn-Latn",
  "camp e 4 jon bangladeshi mohila o ase, tarare alag ghore rakhe. rait e arab ra ashe nia jay. ekjon apa amare koise tar jamai taka dite pare nai dekhi tare ei kaj e lagaise. "
  "kau ke koite mana")
F("sexual_exploitation", "en",
  "new sylheti girls just landed Dubai 🔥 fresh, shy, speak bangla, hotel visit tonight. all real pics. my girls dont go out alone, driver brings and waits. "
  "500 AED 1hr, deposit first on whatsapp wa.me/971502983417",
  [("whatsapp", "+971502983417")])
F("sexual_exploitation", "en",
  "Apu please don't tell abba. The man who got me the nanny job in Bahrain sold me to a house where they make us 'entertain' guests. They took my passport and phone, "
  "I'm using the cleaner's phone. They say I owe 3000 dinar for the visa and I have to work it off with the men")

# minors (bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "ফুয়ার বয়স ১৫ অইলেও সমস্যা নাই, জন্ম নিবন্ধন নতুন করি ১৯ বানাই দিমু, পাসপোর্টো ১৯ থাকবো। লিবিয়ার লাইনো ছোট ফুয়াইনতর চাহিদা বেশি, কাম বালা করে, "
  "কথা কম কয়। খরচ ৮ লাখ, অর্ধেক আগে")
F("minors", "bn",
  "আমার ফুয়ার বয়স মাত্র ১৬, ক্লাস নাইনো পড়তো। দালাল ইস্কুল থাকি ফুসলাইয়া নিছে, আমরা জানতামও না। অখন লিবিয়া থাকি ভিডিও পাঠাইছে ফুয়ারে মাটিত হুতাইয়া পিটাইতাছে, "
  "৬ লাখ চায়। তার এনআইডিও নাই, দালালে জন্ম নিবন্ধন দিয়া পাসপোর্ট করাইছে")
F("minors", "bn-Latn",
  "Dubai te ekta arab family r basai kaj er lagi choto meye lagbo 13-14 bosor, ghorer kaj ar bachcha dekha. passport e boyos 25 dimu, amader lok ase. "
  "family ke mashe 20 hajar pathaimu. meye jeno beshi porashona jana na hoy")
F("minors", "bn-Latn",
  "bhaiya ami Hridoy, boyos 16. Sunamganj theke Rafiq dalal amake nise, bole Italy. ekhon Libya te 3 mash, amar sathe aro 5 jon ase amar boyoshi. "
  "passport e amar boyos 20 likha, ami jani na kivabe. amake bari niya jan please")
F("minors", "bn-Latn",
  "apnar fua r boyos 16? aro bhalo. Italy te 18 er kom hoile deport kore na, camp e rakhe, pore kagoj hoy. tai amra choto fua ra age pathai. "
  "school er certificate lagbo na, ami nijer manush diya passport koraimu, boyos baraiya 18 dimu jate Dubai airport e atkay na")
F("minors", "en",
  "Need boys 14-17 for bakery work in Tripoli, light work, food and stay free, 300 dinar monthly sent direct to parents. We handle passport and age, "
  "no birth certificate needed. Only serious families from Sylhet division. Contact 01552-193076",
  [("phone", "+8801552193076")])
F("minors", "en",
  "bro the new girl is only 15 but looks older, boss made her an 18 passport in Dhaka. she's with the others in the Deira flat. keep it quiet, "
  "don't put her in the photo group, only regular clients")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "সুনামগঞ্জে মানব পাচার চক্রের দুই সদস্য গ্রেপ্তার। লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে তিন যুবকের পরিবারের কাছ থেকে ২৭ লাখ টাকা নেওয়ার অভিযোগ। "
  "জগন্নাথপুর থানার ওসি জানান, ভুক্তভোগী পরিবারের দায়ের করা মামলায় তাদের আদালতে পাঠানো হয়েছে।")
N("news", "en",
  "At least 23 Bangladeshis, most of them from Sylhet division, were among 61 people rescued off Lampedusa on Tuesday after their boat left Zuwara, "
  "the Italian coast guard said. IOM said arrivals of Bangladeshi nationals on the central Mediterranean route rose in the first half of the year.")
N("news", "bn",
  "ভুয়া ওয়ার্ক পারমিটে সার্বিয়া-রোমানিয়ায় লোক পাঠানোর নামে ফেসবুক পেজে প্রতারণা: সিলেটে সিআইডির অভিযানে ৩৫টি পাসপোর্ট ও ১২টি জাল নিয়োগপত্র উদ্ধার, "
  "আটক ৩। ভুক্তভোগীরা জনপ্রতি ৪ থেকে ৬ লাখ টাকা দিয়েছিলেন বলে জানা গেছে।")
N("news", "bn-Latn",
  "Breaking: Libya theke ferot aslen 144 jon Bangladeshi, IOM er special flight e. Tar moddhe Sylhet bibhag er 38 jon. Benghazi te atke thaka ei probashider "
  "onekei mafia r hate bondi chilen bole sangbadikder janan. Biman bondore tader 5 hajar taka kore deya hoy.")
N("news", "en",
  "Sylhet court sentences broker to life in 2021 Libya ransom case. The victim's family had paid Tk 12 lakh through bKash to several numbers after receiving "
  "videos of him being beaten, prosecutors said. Two co-accused were acquitted for lack of evidence.")
N("news", "bn-Latn",
  "Romania te Bangladeshi kormi der jonno notun work permit quota, tobe shudhu BMET nibondhito recruiting agency r maddhome apply kora jabe, "
  "shorkari khoroch er beshi taka na dite onurodh korse montronaloy. - Sylhet Today 24")

# awareness (6)
N("awareness", "bn",
  "⚠️সতর্কবার্তা⚠️ যারা ফেসবুকে সার্বিয়া, রোমানিয়া, ক্রোয়েশিয়ার ওয়ার্ক পারমিটের বিজ্ঞাপন দেখছেন: কোনো দালালকে অগ্রিম টাকা দেবেন না। ব্যক্তিগত বিকাশে ভিসার টাকা চাইলে "
  "বুঝবেন প্রতারক। পারমিট আসল কিনা দূতাবাসের ওয়েবসাইটে যাচাই করুন। শেয়ার করে অন্যকে জানান 🙏")
N("awareness", "bn-Latn",
  "Jumma r por imam shaheb koisoin: kunu baba ma jeno Libya r pothe fua re na pathain. game er naam e boat e uthaiya manush morer, mafia dhori taka chay. "
  "jara Italy legal vabe jaite chan BMET office e jogajog koren. sobai share korin")
N("awareness", "en",
  "Brothers & sisters in UK, please tell your families back home in Sylhet: nobody can get your cousin a 'Croatia work permit' for 8 lakh off Facebook. "
  "If someone asks for bKash for a visa it's a scam. Report to the Probashi helpline 16135. Don't let the boys take the Libya route, we've buried too many already 💔")
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে জানুন: পাসপোর্ট সবসময় নিজের কাছে রাখুন, চুক্তিপত্র বুঝে সই করুন, বিদেশে মালিক পাসপোর্ট আটকে রাখলে দূতাবাসে জানান। "
  "বিপদে পড়লে যোগাযোগ করুন মাইগ্রেশন হেল্পডেস্ক, সিলেট: ০১৭৮৫-২১০৯৪৩",
  [("phone", "+8801785210943")])
N("awareness", "bn-Latn",
  "Amader 'Nirapod Obhibashon' uthan boithok agami shonibar Dirai bazar e bikel 4 ta. Libya ferot ekjon bhai nijer obhiggota bolben kivabe camp e atkaiya "
  "taka adai korse. ma bon rao ashben, cha nasta thakbo")
N("awareness", "en",
  "Sunamganj District Police: Beware of fake recruiters promising Italy via Dubai and Libya. If anyone demands money to release your relative abroad, "
  "do not pay in secret - call 999 or contact the anti-human trafficking cell at your thana.")

# official (6)
N("official", "bn",
  "মেসার্স সুরমা ওভারসীজ (আরএল-১৫৭৮), সরকার অনুমোদিত রিক্রুটিং এজেন্সি। রোমানিয়ায় ফুড প্যাকেজিং কর্মী নিয়োগ। বেতন চুক্তি অনুযায়ী, ওভারটাইম আলাদা। "
  "অভিবাসন ব্যয় সরকার নির্ধারিত, সকল লেনদেন ব্যাংকের মাধ্যমে এবং রশিদ দেওয়া হবে। বিএমইটি ডাটাবেজে নিবন্ধন বাধ্যতামূলক। যোগাযোগ: ০১৯৩২-৪৭৬০১৮",
  [("phone", "+8801932476018")])
N("official", "en",
  "Embassy of Bangladesh, Tripoli: Bangladeshi nationals wishing to return home under the IOM voluntary return programme may register at the embassy "
  "with a passport or any identity document. Those without passports will be issued travel permits free of cost. Hotline (WhatsApp): +218925671348",
  [("phone", "+218925671348")])
N("official", "bn",
  "বিএমইটি স্মার্ট কার্ড সংগ্রহের জন্য নির্ধারিত তারিখে মূল পাসপোর্ট, ভিসার কপি ও চুক্তিপত্রসহ জেলা কর্মসংস্থান ও জনশক্তি অফিস, সিলেটে উপস্থিত থাকুন। "
  "সরকারি ফি অনলাইনে জমা দিন, কোনো দালালের সাহায্য নেওয়ার প্রয়োজন নেই।")
N("official", "en",
  "Embassy of Italy, Dhaka: Visa applications for seasonal work (Decreto Flussi) require the original nulla osta issued by the competent Prefecture in Italy. "
  "The Embassy has not authorised any agent or intermediary to collect fees or guarantee visas on its behalf.")
N("official", "bn-Latn",
  "Sylhet Global Manpower (RL-2291): apnar Croatia work permit file er document verification shompurno. Visa stamping er jonno original passport office e jama "
  "dite hobe, stamping er por ferot deya hobe. Receipt no SGM/CR/0447 sathe anben.")
N("official", "bn-Latn",
  "Probashi Kallyan Bank: obhibashon rin 2 lakh taka porjonto 9% sude, jamanot chara. Abedoner jonno BMET registration card, chakrir chukti r visar copy lagbe. "
  "Nikotoshto shakhay jogajog korun.")

# receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01874059362. Ref Eid bazar. Fee Tk 0.00. Balance Tk 27,415.50. TrxID BKA8J2N4XR at 08/04/2024 14:22",
  [("phone", "+8801874059362"), ("mfs_transaction", "BKA8J2N4XR")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, ইতালি থেকে পাঠানো আপনার রেমিট্যান্স ১,২৪,৫৬০ টাকা (EUR 950) আপনার হিসাবে জমা হয়েছে। সরকারি প্রণোদনা ২.৫% = ৩,১১৪ টাকা যোগ হয়েছে। -সোনালী ব্যাংক")
N("receipt", "en",
  "Cash Out Tk 10,000.00 to 01756318904 successful. Fee Tk 149.50. Balance Tk 1,220.00. TxnID: 71K9XQ2M. Nagad",
  [("phone", "+8801756318904"), ("mfs_transaction", "71K9XQ2M")])
N("receipt", "bn",
  "বিকাশ পেমেন্ট সফল: ই-পাসপোর্ট ফি (৪৮ পৃষ্ঠা, ১০ বছর, রেগুলার) ৫,৭৫০ টাকা। TrxID: BH72KLM3QZ। রশিদ সংরক্ষণ করুন।",
  [("mfs_transaction", "BH72KLM3QZ")])
N("receipt", "bn-Latn",
  "Rocket: Tk 5,000 Send Money to 01401736582 successful. Fee Tk 0. TxnId: 4581207963. Ref: BMET registration o training fee",
  [("phone", "+8801401736582"), ("mfs_transaction", "4581207963")])
N("receipt", "en",
  "Remitly: Your transfer of GBP 300.00 to MD SHAHAN AHMED (bKash 01865204719) has been delivered. They received BDT 45,210.00. Thanks for sending with us.",
  [("phone", "+8801865204719")])

# family (6)
N("family", "bn",
  "বাবা তোর পাসপোর্টর মেয়াদ তো ডিসেম্বরো শেষ অইবো, রোমর কনস্যুলেটো এপয়েন্টমেন্ট লইছত নি? পারমেসো নবায়ন না অইলে দেশো আইতে পারতে না। "
  "আর টেকা পাঠানির দরকার নাই এই মাসে, ধান বেচছি")
N("family", "bn-Latn",
  "Rupa r biya Londoni fua r loge fix, fua Birmingham e thake, pharmacist. biyar por spouse visa r apply korbo, IELTS o dise Rupa. "
  "ammae koisoin kabin 10 lakh. kagoj sob lawyer dekhbo, tomra keu dalal er kotha hunba na")
N("family", "en",
  "Dad I'll send the 3 lakh for the land tomorrow via the bank app, not hundi. Uncle Faruk keeps saying hundi gives better rate but I don't want hassle "
  "with HMRC. Tell Rahim mama to give you the receipt")
N("family", "bn",
  "আব্বার পাসপোর্ট নং EB0456712, আম্মার EB0456713। ওমরার এজেন্সি কপি চাইছে, হজ লাইসেন্স দেখিয়াই লইছি। টেকা বেংকো দিমু, বিকাশো না",
  [("bd_passport", "EB0456712"), ("bd_passport", "EB0456713")])
N("family", "bn-Latn",
  "Mamu, Jubel koy Libya diya Italy jaibo, ami na koisi. tar lagi Romania r licence ala agency te kotha koisi, BMET registration o korai disi. "
  "tumi o take ektu bujhaio, game er kotha jeno ar na tule")
N("family", "en",
  "Apu the kids passports are in the drawer with your marriage certificate, bring them when you come to Sylhet. Abba's NID no 2394857160 for the land papers. "
  "Ma wants the girls to stay till Eid, school is off anyway",
  [("bd_nid", "2394857160")])

# worker_content (6)
N("worker_content", "bn-Latn",
  "Rome e restaurant e kaj kori, Saturday Sunday 12 ghonta lage, but overtime er taka thik moto dey. permesso di soggiorno renew hoise alhamdulillah. "
  "kharap lage sudhu thanda r boss ta ektu kharap bhasha use kore 😅")
N("worker_content", "bn",
  "রোমানিয়া আইছি ৮ মাস অইলো, লাইসেন্সওয়ালা এজেন্সি দিয়া আইছিলাম, খরচ সরকারি হিসাবে। অখন ফুড ডেলিভারি করি, হপ্তায় ৫ দিন। মাস শেষে বেতন বেংকো আয়, "
  "থাকার জাগা কোম্পানি দিছে, ৪ জন এক রুমো। আলহামদুলিল্লাহ বালা আছি")
N("worker_content", "en",
  "Update from Belgrade: salary came on the 5th as always, 780 euro after tax. Boss gave us 2 days off for Eid. Work is hard in the cold, 8am to 5pm, "
  "no complaints. Residence card renewal next month, company lawyer handling it")
N("worker_content", "bn-Latn",
  "Dubai er ei gorom e site e kaj kora kosto bhai, 12-3 ta break dey tobu matha ghure. salary 1800 dirham, majhe majhe 1-2 din late hoy but dey. "
  "passport amar nijer kase, company khali photocopy rakhse")
N("worker_content", "en",
  "Season is mad here in Split, 10 hour shifts in the kitchen and the chef shouts a lot lol. but they pay every month, extra for overtime, "
  "contract ends October then I'm back to Sylhet for my sister's wedding")
N("worker_content", "bn",
  "ইটালির লাতিনাত ক্ষেতো কাম করি, কাম কষ্টর, গরমো। কিন্তু কন্ট্রাক্ট আছে, ঘণ্টায় ৯ ইউরো পাই, বুস্তা পাগা দেয় প্রতি মাসে। রোববার ছুটি, "
  "হেদিন মসজিদো যাই আর দেশো ভিডিও কল দেই")

# joke (6)
N("joke", "bn-Latn",
  "Sylheti bou ra jamai er passport lukaiya rakhe jate Londone giya ar biya na kore 😂😂 amar nanu ekhono nana r passport almari te tala diya rakhoin")
N("joke", "bn",
  "দালাল ভাইর কাছে গেছলাম ইটালি যাইতাম, কয় প্যাকেজ ১২ লাখ। কইলাম ভাই ১২ লাখ থাকলে সিলেটো রেস্টুরেন্ট দিতাম, ইটালির মানুষ আমার কাছে আইতো "
  "বিরিয়ানি খাইতে 😂")
N("joke", "en",
  "My mum treats my Nando's job like I've been trafficked 😂 'they make you work Saturday?? give me the manager number, I'm calling the embassy'")
N("joke", "bn-Latn",
  "bhai kal rait e 3 ta game dilam, 3 tai loss. Libya ala game na, FIFA 😂 Shuvo koy tor team e mafia dhukse")
N("joke", "en",
  "Londoni nani: 'you can't marry her, her family just wants a London passport' / also Londoni nani: marries cousin off to a Beanibazar bhai for his visa 🙃")
N("joke", "bn",
  "আমার বস এমন জিনিস, বেতন দেওয়ার দিন তার নেটওয়ার্ক থাকে না, কাম দেওয়ার দিন ফাইভ জি 😂😂")

# chatter (6)
N("chatter", "bn-Latn",
  "ajke rait 11 ta te game dibi? squad ready. Shuvo ar khelbo na, tar abba phone nia gese, ghore atkai rakhse porikkha porjonto 😭")
N("chatter", "en",
  "Serbia vs Croatia tonight, who you backing? my money's on Croatia innit, Modric still the man even at his age")
N("chatter", "bn-Latn",
  f"bhai 50 usdt ei address e pathai dis, Binance P2P te bkash diya kinsi, tor theke pore nimu. {ETH2} ERC20 network dis, fee kom",
  [("eth_address", ETH2)])
N("chatter", "bn",
  "দুবাই থাকি আনা আসল আতর ও খেজুর, অর্ডার করতে ইনবক্স করইন। হোম ডেলিভারি সিলেট শহরো। বিকাশ পেমেন্ট: ০১৬৩৮-২৯১০৪৭ (মার্চেন্ট)",
  [("phone", "+8801638291047")])
N("chatter", "en",
  "did Tanvir land in Milan? yeah bro got the flussi visa through the agency in Dhaka, took like 8 months and proper paperwork. uncle picked him up from Malpensa")
N("chatter", "bn-Latn",
  "IELTS er free mock test er jonno amader Telegram channel join koro @ielts_sylhet_club , Romania Canada student visa r info o share kori",
  [("telegram", "@ielts_sylhet_club")])

# ---------------------------------------------------------------- easy negatives
N("news", "bn-Latn", "Sylhet e bonna poristhitir obonoti, Surma nodir pani Kanaighat e bipod shimar 40 cm upore. Companiganj e school bondho.", hard=False)
N("news", "bn", "বিপিএলে আজ সন্ধ্যায় সিলেট স্ট্রাইকার্সের ম্যাচ, টিকিট বিক্রি শুরু সকাল ১০টায়।", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না, জ্বর হলে দেরি না করে ডাক্তার দেখান।", hard=False)
N("official", "bn-Latn", "Sylhet City Corporation: holding tax porishodher shesh tarikh 30 June. Online e porishodh korle 5% chad.", hard=False)
N("receipt", "en", "Recharge of Tk 99 to 01716053928 successful. Your new balance is Tk 102.40. Thank you for using GP.",
  [("phone", "+8801716053928")], hard=False)
N("family", "bn", "আম্মা আইজ রাইতো চুঙ্গাপিঠা বানাইবায় নি? মামুইন আর খালাম্মাইন আইবা, ফুফুর লাগিও রাখিও।", hard=False)
N("family", "en", "Nanu's birthday cake pickup at 6 from the shop on Whitechapel road, don't forget the candles this time 🎂", hard=False)
N("worker_content", "bn-Latn", "alhamdulillah notun office e first din bhalo gelo, colleague ra friendly, lunch e biriyani dise 😋", hard=False)
N("joke", "en", "why did the Sylheti cross the road? to get to the Londoni side 😂", hard=False)
N("chatter", "bn-Latn", "kal Ratargul jabi? nouka booking dilam 6 jon er, sokal 8 tay ber hobo", hard=False)
N("chatter", "en", "traffic at Amberkhana is mental today, took me 40 mins to get to Zindabazar", hard=False)
N("chatter", "bn", "খেলাটা দেখছনি? শেষ ওভারো যে ছক্কা মারলো, পুরা হাটো চিল্লাচিল্লি।", hard=False)


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
    random.Random(58).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev58-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
