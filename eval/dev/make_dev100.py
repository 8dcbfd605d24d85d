#!/usr/bin/env python3
"""Blind dev set dev100: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a Bangladeshi community volunteer in Malé and on Maldives resort islands (construction and resort workers with expired visas, passports kept by companies, months of unpaid salary, "free visas" sold by Bangladeshi middlemen, immigration raids, ordinary expat life; Banglish, Chattogram and Noakhali Bengali, some Dhivehi and English). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev100.jsonl"
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


BTC1 = btc("dev100-btc-1")
TRON1 = tron("dev100-tron-1")
ETH1 = eth("dev100-eth-1")

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
# recruitment_deception: bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn",
  "ভাইয়া আম্মারে কিছু কইয়েন না। সোহেল দালাল কইছিল রিসোর্টে রুম বয়ের চাকরি, ৫০০ ডলার আর টিপস। আইসা দেখি থিলাফুশির ময়লার সাইটে নামাই দিছে, বেতন কয় ৩০০০ রুফিয়া। কাগজে কোম্পানির নামও অন্যটা, রিসোর্টের নাম কোথাও নাই")
F("recruitment_deception", "bn",
  "🇲🇻 মালদ্বীপ ফ্রি ভিসা 🇲🇻\nনিজের ইচ্ছামত যেকোনো কাজ করতে পারবেন, কোম্পানিতে হাজিরা দেওয়া লাগবে না!! মাসে ৮০-৯০ হাজার টাকা ইনকাম গ্যারান্টি। বিএমইটি স্মার্ট কার্ড লাগবে না, ঢাকা এয়ারপোর্টে আমাদের লোক পার কইরা দিবে। সিট সীমিত। ইমো/হোয়াটসঅ্যাপ ০১৮১৫-৩৩৭২৯০",
  [("phone", "+8801815337290")])
F("recruitment_deception", "bn",
  "মামা এইখানে একজন ইমিগ্রেশনের সাইটে চেক কইরা দেখাইল, আমার ওয়ার্ক পারমিট নাম্বার দিলে অন্য এক লোকের নাম আসে, ইন্ডিয়ান নাম। দালাল যেই কাগজ হাতে দিছে ঐটা নাকি ভুয়া। পুরা কোম্পানি ভিসার টেকা দিছি, এখন হুনি আমি এইখানে অবৈধ। কিয়ারলাই এমন করল বুঝি না")
F("recruitment_deception", "bn-Latn",
  "bhai resort er job confirm, 5 star island, salary 700 usd + service charge alada. experience lagbe na, ami training diye dibo. kono agency te jaowar dorkar nai oigula sob chor, direct amar maddhome aste hobe. age passport er copy ar 2 ta chobi den ei khane wa.me/8801712408316",
  [("whatsapp", "+8801712408316")])
F("recruitment_deception", "bn-Latn",
  "dalal koisilo male te 3 mash kaj korle hei company malta pathaibo, schengen file ready ase. ekhon 8 mash hoiya gese malta er kono khobor nai, file er kotha jigaile phone kaita dey. ekhon shunlam oi company te malta jay nai keu kono din")
F("recruitment_deception", "bn-Latn",
  "contract e likha chilo 450 dollar, thaka khawa company. ekhane namar 2 din por notun ekta contract e sign koraise, puro ta dhivehi te, ami kisu bujhi na. ekhon dey 2500 rufiya ar khana nijer. boss bole oi contract bangladesh er, eita maldives er, oita chole na")
F("recruitment_deception", "en",
  "URGENT!!! Maldives 5 star resort need 40 Bangladeshi staff - waiter, room attendant, gardener, kitchen helper. Salary USD 650-900 + tips + free food. No interview no english need, visa in 15 days. Dont waste time with BMET they take 3 month, we do direct. Serious candidate only WhatsApp +880 1911-627354",
  [("phone", "+8801911627354")])
F("recruitment_deception", "en",
  "sir i came on tourist visa, agent told work permit will be done 1 week after arrive. now 4 month, he say quota not open yet wait wait. i am working in a cafe in hulhumale without any paper, every day fear of police. agent name faruk, he already took 3 lakh")

# fees_and_debt: bn 3, bn-Latn 2, en 3
F("fees_and_debt", "bn",
  "মালদ্বীপ আসতে সাড়ে ৪ লাখ দিছি, জমি বন্দক আর ব্র্যাকের কিস্তি তুইলা। এখন কোম্পানি প্রতি মাসে বেতন থেইকা ১৫০০ রুফিয়া কাইটা রাখে, কয় 'ভিসা খরচ', দুই বছর কাটব। হাতে যা থাকে তা দিয়া কিস্তিও চলে না")
F("fees_and_debt", "bn",
  "শোন, তোর ওয়ার্ক পারমিট রিনিউ করতে আরো ৮০ হাজার লাগব, না দিলে কোম্পানি তোর নাম কাইটা দিব, তখন তুই অবৈধ। বাড়িতে ফোন দিয়া ক টাকা পাঠাইতে। বিকাশ ০১৭১৯-৫৫২০৮৪ পার্সোনাল, এজেন্টে পাঠাইস না",
  [("phone", "+8801719552084")])
F("fees_and_debt", "bn",
  "ভাই আমার পাসপোর্ট ম্যানেজার ফারুক ভাইয়ের কাছে। দেশে যাইতে চাইলে কয় ১৫০০ ডলার দিয়া পাসপোর্ট ছাড়াইতে হইব, কারণ চুক্তি শেষ হওয়ার আগে যাইতেছি। আব্বা হাসপাতালে, পাসপোর্ট নং EH0472915, কেউ কি হাইকমিশনে কথা কইতে পারবেন?",
  [("bd_passport", "EH0472915")])
F("fees_and_debt", "bn-Latn",
  "advance 1 lakh ta ajkei pathan, baki 2.5 lakh male te namar por salary theke mash e mash katbo. kono tension nai, amar sob lok emnei ase. advance na dile seat onno jon ke dia dimu, line e 20 jon ase")
F("fees_and_debt", "bn-Latn",
  "mama sardar amader khana r khoroch, room bhara, boat bhara, helmet, boot sob likhe rakhe. mash sheshe hisab kore bole tumi ulta 600 rufiya dena. 9 mash dhore ek taka o bari pathaite pari nai, bole dena shodh na hole onno kaje jaite parbi na")
F("fees_and_debt", "en",
  "Brother company is saying quota fee, medical, insurance, work permit card all I have to pay, total 1200 dollar. Until I clear it no release letter, cannot change company. Every month they cut 150 dollar from salary and the paper they don't show.")
F("fees_and_debt", "en",
  "Total package 3.8 lakh taka. 50% advance before visa copy, rest after you land in Male. If family cannot arrange, our bhai gives loan, 10% per month, you repay from salary there. Many boys doing this way no problem.")
F("fees_and_debt", "en",
  "Nasir bhai i borrowed 2 lakh from the dalal's cousin for ticket and visa, now he is calling my wife every day saying interest is 20k per month and he will take the house papers. I get only 3500 MVR here. what to do")

# payments_and_proceeds: bn 2, bn-Latn 3, en 2
F("payments_and_proceeds", "bn",
  "ভিসার টাকা এক নাম্বারে পাঠাবেন না, ধরা খায়। ৫০ হাজার কইরা তিন নাম্বারে দেন: ০১৭১২৬০৪৯৩৮, ০১৮৪৪১২৭৫০৩, ০১৯৩৩৮৮০৬১৪। রেফারেন্সে লিখবেন 'সংসার খরচ'। পাঠাইয়া স্ক্রিনশট দিবেন, পরে পাসপোর্ট নিয়া আসবেন",
  [("phone", "+8801712604938"), ("phone", "+8801844127503"), ("phone", "+8801933880614")])
F("payments_and_proceeds", "bn",
  "এই মাসে ৬ জনের ভিসার টাকা উঠছে, ডলারে ৭৮০০। মালে থেকে হুন্ডিতে পাঠাইলাম, নগদে ঢুকছে TxnID: 7HG2K9QP। কোম্পানির বসরে ১০% দিছি কোটা ধইরা রাখার লাইগা। বাকিটা জাহাঙ্গীর ভাই ভাগ করব",
  [("mfs_transaction", "7HG2K9QP")])
F("payments_and_proceeds", "bn-Latn",
  f"bkash e boro amount dile account freeze kore dey, USDT diye den bhai. TRC20 address {TRON1} , 1200 usdt pathaile eid er agei 2 jon er visa ber hoye jabe. pathaiya hash ta amake inbox korben",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "personal number e diyen na, agent er number e cash in korben, track hoy na. 3 bhag kore 3 din e pathaben, ek din e 1 lakh er beshi na. TrxID gula shudhu amake whatsapp e diben, group e na")
F("payments_and_proceeds", "bn-Latn",
  "facebook e boost er jonno 5000 bkash koro, 'Maldives resort job free visa' post ta Noakhali, Feni, Cumilla te chalabo. per head 40 hajar tomar commission, lok ana tomar dayitto, baki ami dekhbo")
F("payments_and_proceeds", "en",
  f"For this batch the processing amount goes to this wallet (ERC20) {ETH1}, not office account. After confirm I send the demand letter pdf. 900 USDT per worker, 11 worker. Dont write anything in memo.",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  "Cash out everything from the 4 bkash today, give the cash to Monir in Hulhumale phase 2, he convert to dollar and hand over to boss. Nothing should stay in your name. After that delete this chat.")

# isolation_and_control: bn 2, bn-Latn 3, en 3
F("isolation_and_control", "bn",
  "ফোন রাইখা দিছে সুপারভাইজার। সপ্তাহে খালি শুক্রবার রাতে ১০ মিনিট বাড়িতে কথা কইতে দেয়, তার সামনে বইসা। এইটা লুকাইয়া আরেক ভাইয়ের ফোন থেকে লিখতেছি, রিপ্লাই দিয়েন না প্লিজ")
F("isolation_and_control", "bn",
  "আমাদের আইল্যান্ড থেকে বাইর হইতে দেয় না, স্পিডবোটে উঠতে হইলে ম্যানেজারের সই করা কাগজ লাগে, ঐটা কোনদিন দেয় না। ৭ মাসে একবারও মালে যাইতে পারি নাই। পাসপোর্ট কোম্পানির লকারে")
F("isolation_and_control", "bn-Latn",
  "ei kotha kauke bolbi na, bari te o na. keu jiggesh korle bolbi resort e kaj kori, sob thik ase. labour er lok inspection e asle tora pichoner store room e dhukbi, ami na bola porjonto ber hobi na")
F("isolation_and_control", "bn-Latn",
  "amra 14 jon ek room e thaki, raat 10 tar por gate e tala dey, chabi foreman er kache. bahire gele 500 rufiya fine. gotokal ek jon er jor, gate khule nai sokal porjonto")
F("isolation_and_control", "bn-Latn",
  "passport chaile bole company safety r jonno rakhse. 3 bar chaisi, kono din dey nai. high commission e jaite chaisilam, boss bole okhane gele r ei camp e fira ashbi na, tor jinish o pabi na")
F("isolation_and_control", "en",
  "They took our phones when we reached the island, said its resort policy for construction staff. Only the supervisor have phone. Please call my brother in Feni and tell I am alive, number +8801818264073. I am writing from a guest phone",
  [("phone", "+8801818264073")])
F("isolation_and_control", "en",
  "bro the company keep all our passport and work permit card in office. When police check us in Male we must call the supervisor to bring it. We cannot leave the site without his permission, not even friday")
F("isolation_and_control", "en",
  "after 8pm nobody can go out from the labour camp in Thilafushi, the security is company's man. Last week Rafiq went to buy medicine for fever, they cut 3 days salary and took his phone for one week.")

# labour_exploitation: bn 3, bn-Latn 2, en 2
F("labour_exploitation", "bn",
  "৫ মাসের বেতন বাকি। বস কয় রিসোর্ট টাকা ছাড়ে নাই তাই দিতে পারব না, অপেক্ষা কর। খাওয়ার টাকাও নাই, পাশের দোকানে বাকিতে খাই, দোকানদারও আর দিতে চায় না")
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১১টা পর্যন্ত ঢালাইয়ের কাজ, শুক্রবারেও ছুটি নাই। ওভারটাইমের কথা কইলে কয় এইটা বেতনের মধ্যেই ধরা। গত সপ্তাহে দুইজন মাথা ঘুইরা পইড়া গেছে রোদে")
F("labour_exploitation", "bn",
  "দিনে একবার ভাত আর পাতলা ডাল দেয়, খাওয়ার পানিও কিন্যা খাইতে হয়। ১৮ জন একটা কন্টেইনারে থাকি, ফ্যান একটা, টয়লেট বাইরে। অসুখ হইলে ডাক্তার না, কাজে না গেলে হাজিরা কাটে")
F("labour_exploitation", "bn-Latn",
  "kaj charte chaile bole release dibo na, 2 bosor contract sesh na hoile kothao jaite parbi na. onno company te kaj korle illegal hobi. 3 mash beton o dey nai, bole release nile oita o pabi na")
F("labour_exploitation", "bn-Latn",
  "ai bhai, 7 mash ore beton nai. hete koy kisti kisti dibo. ekhon sobaire khali 500 rufiya dey khaoner lai. ki goijjum kon, bari ttun ma fon dey ar ami kichu koite pari na")
F("labour_exploitation", "en",
  "Salary slip show 6000 MVR but in hand they give 2800. Nobody can ask, who ask get no work for one week. 12 hours in sun at the harbour project and no overtime pay, no day off since Ramadan")
F("labour_exploitation", "en",
  "We are 9 bangladeshi at a guesthouse in Maafushi doing housekeeping, laundry, kitchen, boat luggage, everything, 7 days. Owner say salary after tourist season finish. It's like this since March.")

# threats_and_coercion: bn 3, bn-Latn 3, en 2
F("threats_and_coercion", "bn",
  "বেশি কথা কইলে ইমিগ্রেশনে ফোন দিমু, তোর ভিসা তো শেষ। ডিটেনশনে ছয় মাস পইচা মরবি, তারপর খালি হাতে দেশে। চুপচাপ কাম কর")
F("threats_and_coercion", "bn",
  "তোর বাপের নামে মামলা দিমু, সোনাইমুড়ীর বাড়ি আমি চিনি। বাকি এক লাখ না দিলে তোর বউ পোলাপান কই যায় খবর রাখিস। হাইকমিশনে গেছস শুনলে দেশে ফিরা আর মুখ দেখাইতে পারবি না")
F("threats_and_coercion", "bn",
  "কাল রাতে ফোরম্যান আর তার দুইটা লোক রাকিবরে পাইপ দিয়া মারছে, কারণ সে বেতনের কথা লেবার অফিসে কইছিল। হাত ফুইলা গেছে, ডাক্তারের কাছেও নিতে দেয় নাই। এখন সবাই ভয়ে চুপ")
F("threats_and_coercion", "bn-Latn",
  "tor naame absconding report diya dimu, tarpor maldives er kono company te kaj paibi na, airport e dhoira detention e nibo. chup chap kaj kor, beton er kotha r tulbi na")
F("threats_and_coercion", "bn-Latn",
  "amader 6 jon ke onno company r kase bikri kore dise, 300 dollar kore per head. amader kisu jiggesh o kore nai, ek raite dhoni te tuila arek island e nam aise")
F("threats_and_coercion", "bn-Latn",
  "ami je mukh khulsi hete jaine gese. kal raite 3 jon ashi koy 'beshi lafaile boat theke pore gele keu khuija paibo na'. bhai amar khub dor lagtese, ki korum")
F("threats_and_coercion", "en",
  "Listen. You signed the paper. If you go to Labour Relations or High Commission, I will tell immigration you are overstay and they will pick you in next raid. Your choice. Think about your mother.")
F("threats_and_coercion", "en",
  "He slapped me in front of everybody and took my ID card, told if I talk to that journalist again he will break my legs and nobody will ask. Im scared to go back to site tomorrow")

# sexual_exploitation: bn 2, bn-Latn 2, en 3
F("sexual_exploitation", "bn",
  "আপা আমারে কইছিল রিসোর্টের স্পা তে থেরাপিস্টের চাকরি। এখন মালের একটা গেস্টহাউসে রাখছে, রাতে লোক পাঠায়। না করলে কয় টিকিট আর ভিসার ২ লাখ টাকা শোধ কর আগে। বাড়িতে জানলে আমি মইরা যামু")
F("sexual_exploitation", "bn",
  "মেয়েদের জন্য সুখবর! মালদ্বীপে বিউটি পার্লার ও স্পা তে চাকরি, বয়স ১৮-২৫, দেখতে সুন্দর ও স্মার্ট হতে হবে। ফুল বডি ছবি ইনবক্সে পাঠাবেন। বেতন ১ লাখ ২০ হাজার, অভিজ্ঞতা লাগবে না, খরচ আমাদের। অভিভাবকের সাথে কথা বলার দরকার নাই")
F("sexual_exploitation", "bn-Latn",
  "Bangali maal ase boss, notun ashche dhaka theke, hulhumale flat e. 1 ghonta 1500 rf, puro raat 4000. booking age amake knock diben, meyeder number dibo na, pic chaile 2 ta pathabo")
F("sexual_exploitation", "bn-Latn",
  "meye ta ke aaj raite boss er room e pathaite hobe, naile tar visa renew hobe na. o nijeo jane ki korte hobe, tui shudhu boat e tule dibi. r kauke bolbi na")
F("sexual_exploitation", "en",
  "Male city 🌸🌸 Bangladeshi & Sri Lankan girls available, young fresh real pics 100%. Outcall to guesthouse / hotel only. Contact telegram @male_vip_garden no call no whatsapp",
  [("telegram", "@male_vip_garden")])
F("sexual_exploitation", "en",
  "My cousin went as cleaner for a rich family in Male. She says the man of the house comes to her room at night and madam keeps her passport. She is not allowed to go out alone, only talk to us when madam is there.")
F("sexual_exploitation", "en",
  "For the girls, spa owner wants photo without orna, full body. Salary 1000 USD but they must be 'friendly' with guest after 10pm, thats where real money is. Dont tell the parents this part, just say spa job.")

# minors: bn 2, bn-Latn 3, en 2
F("minors", "bn",
  "পোলার বয়স ১৫ সমস্যা নাই। জন্মনিবন্ধন নতুন কইরা বয়স ২০ বানাইয়া পাসপোর্ট করাই দিমু, ৩০ হাজার বেশি লাগব। মালদ্বীপে হোটেলের কিচেনে ঢুকাইয়া দিমু, বাচ্চা পোলারা ওইখানে ভালো কাজ পায়")
F("minors", "bn",
  "আমাদের রুমে একটা পোলা আছে বয়স ১৪-১৫ হইব, গোঁফও ওঠে নাই। নোয়াখালী বাড়ি। কন্সট্রাকশনে সারাদিন ইট-বালু টানে, পাসপোর্টে ২১ লেখা। রাতে মায়েরে ফোন দিয়া কান্দে, আমরা কী করমু বুঝি না")
F("minors", "bn-Latn",
  "apnar meyer boyosh 16 hoileo cholbe, passport e 19 kore dibo. Male te ek bhodrolok er basay baccha dekha r ghorer kaj, mash e 25 hajar. details er jonno wa.me/8801624903375 e knock den",
  [("whatsapp", "+8801624903375")])
F("minors", "bn-Latn",
  "chotto bhai ta ke pathaite chaile ekhoni shomoy, 13-14 bochor er pola ra fishing dhoni te bhalo kaj kore, haat choto, jal er kaj pare. salary dibe dhoni r captain, baki ami dekhbo. school er kotha bad den")
F("minors", "bn-Latn",
  "guesthouse e ekta 15 bochorer meye ke rakhse, malik bole 'bhagni'. din e kaj kore, raite boro boro lok ase oi room e. meyeta bangla bole, keu kisu bolte pare na, malik er police er sathe khatir")
F("minors", "en",
  "Boss want 2 small boys for the cafe, 12-15 age, they learn fast and don't ask salary. Make their documents as 18 like last time, same doctor for medical.")
F("minors", "en",
  "bhaiya i am 16, i came with my uncle's friend. passport says 2001 but i am born 2010. they make me wash dishes till 2am and sleep in the store room, i want go home but they say i owe ticket money")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মালদ্বীপে অবৈধ অভিবাসীবিরোধী অভিযানে ৪২ বাংলাদেশি আটক\nমালে, ১২ নভেম্বর: রাজধানী মালের মাফান্নু ও হেনভেইরু এলাকায় ইমিগ্রেশনের বিশেষ অভিযানে ভিসার মেয়াদোত্তীর্ণ ৪২ বাংলাদেশিকে আটক করা হয়েছে। তাঁদের হুলহুমালের ডিটেনশন সেন্টারে রাখা হয়েছে বলে জানিয়েছে মালদ্বীপ ইমিগ্রেশন। হাইকমিশন জানিয়েছে, আটক কর্মীদের দ্রুত দেশে ফেরানোর চেষ্টা চলছে।")
N("news", "en",
  "Bangladesh High Commission in Malé says around 30,000 undocumented Bangladeshi workers may regularise their status under the new Maldives scheme. Workers whose employers hold their passports are urged to report to the Labour Relations Authority, officials said.")
N("news", "bn",
  "মানব পাচার মামলায় নোয়াখালীর এক দালালের ১০ বছরের কারাদণ্ড। মালদ্বীপে রিসোর্টে চাকরির প্রলোভন দেখিয়ে ১২ যুবকের কাছ থেকে জনপ্রতি সাড়ে ৩ লাখ টাকা নিয়ে তাদের বিদেশে আটকে রাখার অভিযোগ প্রমাণিত হওয়ায় মঙ্গলবার এ রায় দেন আদালত।")
N("news", "en",
  "Police raid construction firm in Hulhumalé, return 60 passports to foreign workers. The company was fined MVR 150,000 for retaining employees' travel documents and delaying wages, the Ministry of Economic Development said on Sunday.")
N("news", "bn-Latn",
  "khobor dekhlam bhai, Maldives sorkar bolse sob company ke workers der passport ferot dite hobe 30 diner moddhe, na dile protita passport er jonno jorimana. link ta group e dilam, shobai porte paren")
N("news", "en",
  "Maldives sets first minimum wage for private sector; resort and construction workers to get at least MVR 8,000 a month from January, Bangladeshi community leaders in Malé welcomed the decision but asked for enforcement against companies with salary arrears.")

# awareness
N("awareness", "bn",
  "⚠️ সতর্কতা ⚠️ ফেসবুকে 'মালদ্বীপ ফ্রি ভিসা, নিজের ইচ্ছামত কাজ' এসব বিজ্ঞাপন দেখে কাউকে টাকা দিবেন না। ফ্রি ভিসা বলে কিছু নাই, এসে অবৈধ হয়ে যাবেন। বিএমইটির নিবন্ধিত এজেন্সি ছাড়া বিদেশ যাবেন না, স্মার্ট কার্ড নিয়েই যাবেন। শেয়ার করে অন্যকে জানান।")
N("awareness", "bn-Latn",
  "Bhai ra, Maldives er aine company worker er passport nijer kache rakhte pare na. jodi rakhe ba beton 2 mash er beshi atkaye rakhe, Labour Relations Authority te complain korte paren, bangla te o kotha bolar lok ase. kono bhoy paben na, complain korle visa batil hoy na. amader volunteer number +960 7781204",
  [("phone", "+9607781204")])
N("awareness", "en",
  "Know your rights in Maldives 🇲🇻🇧🇩\n1. Your passport belongs to you, not the employer.\n2. Salary must be paid on time, every month.\n3. You have right to one day off every week.\n4. Nobody can lock you in the camp.\nIf any of these happen contact the community help desk, Majeedhee Magu, Fridays 2-6pm. Forward to your group.")
N("awareness", "bn",
  "১৮ বছরের নিচে কোনো শিশুকে বয়স বাড়িয়ে পাসপোর্ট করে বিদেশে কাজে পাঠানো আইনত দণ্ডনীয় অপরাধ। আপনার এলাকায় এমন দালাল দেখলে ৯৯৯ এ কল করুন। শিশুর জায়গা স্কুলে, বিদেশের হোটেলের কিচেনে নয়। - জনস্বার্থে প্রচারিত")
N("awareness", "bn-Latn",
  "Bonera, Maldives e 'beauty parlour / spa therapist' job er nam e meye pathanor kotha shunle age verify koren. agency er RL number, BMET registration dekhen, meyer passport je nijer kache thakbe seta nishchit koren. kono somossa hole amader page e inbox koren, nam gopon rakha hobe.")
N("awareness", "en",
  "PLEASE SHARE: Don't pay any agent for visa in crypto, USDT or through hundi. If someone asks you to split the payment into many bKash numbers, it is a scam sign. Only pay fees to licensed agency bank account and take money receipt. - Probashi Kalyan volunteers, Malé")

# official
N("official", "en",
  "Sea Breeze Overseas Ltd (RL-1487), BMET approved recruiting agency. Demand from a Maldives resort group for 25 waiters and 10 gardeners. Salary USD 450 + service charge, 2-year contract, food & accommodation by employer. Migration cost as per government rate, payment to company bank account only with money receipt. Office: Naya Paltan, Dhaka. Email: seabreeze.rl1487@gmail.com",
  [("email", "seabreeze.rl1487@gmail.com")])
N("official", "bn",
  "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি) বিজ্ঞপ্তি: মালদ্বীপগামী সকল কর্মীকে অবশ্যই আমি প্রবাসী অ্যাপে নিবন্ধন করে স্মার্ট কার্ড সংগ্রহ করতে হবে। স্মার্ট কার্ড ছাড়া বহির্গমন করা যাবে না। কোনো দালাল বা মধ্যস্বত্বভোগীকে টাকা দেবেন না।")
N("official", "en",
  "NOTICE - Bangladesh High Commission, Malé. Machine readable passports expiring before June 2027 can be renewed as e-passport at the mission, Sunday to Thursday, 9am-3pm. Bring old passport, work permit card and NID copy. Queries: consular.male@mofa.gov.bd. No third party or agent is authorised to collect fees on behalf of the mission.",
  [("email", "consular.male@mofa.gov.bd")])
N("official", "en",
  "Maldives Immigration: Expatriates whose work visa has expired or whose employer has not renewed the work permit may apply for regularisation or voluntary departure through Xpat Online before 31 December. Applicants will not be detained while the application is processed.")
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, মালে: কোম্পানি কর্তৃক বকেয়া বেতন না পাওয়া বা পাসপোর্ট আটক সংক্রান্ত অভিযোগ শ্রম উইং এ লিখিতভাবে জমা দিন। দেশে ফেরত যেতে ইচ্ছুক আটকে পড়া কর্মীদের জন্য বিনামূল্যে আউটপাস দেওয়া হবে। অভিযোগকারীর পরিচয় গোপন রাখা হবে।")
N("official", "bn-Latn",
  "Assalamu alaikum, Ami Probashi app e registration shesh hoile aponar BMET smart card er SMS ashbe. Maldives er jonno sorkar nirdharito khoroch er beshi keu chaile Probashi helpline e jananor onurodh. - Rupali Overseas (RL-0921), Motijheel")

# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712378455. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BKL7M2X9QA at 03/12/2026 19:42",
  [("phone", "+8801712378455"), ("mfs_transaction", "BKL7M2X9QA")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01819264507 Ref: ammar oshudh TxnID: 71QK4HZ2 Balance: Tk 12450.00",
  [("phone", "+8801819264507"), ("mfs_transaction", "71QK4HZ2")])
N("receipt", "en",
  "BML Mobile: Transfer successful. MVR 3,500.00 to AHMED SHAFEEU (7730****21). Remarks: room rent nov. Ref no. 2611MV0093342. 04/12/2026 21:15")
N("receipt", "bn",
  "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৬৪৪৭১২৩৯০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৬,৩১০.০০। TrxID BKR4TZ81WP ১৮/১১/২০২৬ ১০:০৫",
  [("phone", "+8801644712390"), ("mfs_transaction", "BKR4TZ81WP")])
N("receipt", "en",
  "Dear Customer, inward remittance of BDT 48,500.00 from MALDIVES (sender MD KAMRUL HASAN) has been credited to A/C ***4417 incl. 2.5% govt incentive BDT 1,183.00. Sonali Bank PLC.")
N("receipt", "bn-Latn",
  "bhai taka pathai dilam, dekhen. Nagad TxnID: 73MX9PQ1, 8000 taka, ammar kisti r jonno. ei mash e ar parbo na, company te salary 5 din deri",
  [("mfs_transaction", "73MX9PQ1")])

# family
N("family", "bn",
  "বাবা তোর পাসপোর্টের মেয়াদ নাকি মার্চে শেষ? সময় থাকতে হাইকমিশনে গিয়া নবায়ন কইরা নিস, পরে ঝামেলা হইব। আর শোন, মিয়া বাড়ির মাইয়ার লাইগা প্রস্তাব আইছে, তুই কবে ছুটিতে আসবি কইস")
N("family", "bn-Latn",
  "tomar passport ta to expire hoye jacche, renew kore nao. r kompanir boss ke bolo ebar ticket dite, 2 bosor holo. meye boro hoye gese, tomake chinbe na 😢")
N("family", "bn-Latn",
  "bhaiya ei mash e kisti r taka ta ektu tara tari pathaio, grameen er apa basa te ashse. 4500 lagbe. baki ta pore dileo hobe, ammar bhalo ase kintu tomar kotha bole")
N("family", "en",
  "Mama the girl's family asked where you work. I told them resort in Maldives, proper company, salary in dollar, visa valid. They are happy. They want to see your work permit photo and passport page just to be sure, send on whatsapp")
N("family", "bn",
  "তোমার পোলার জন্মনিবন্ধনে বয়স ভুল আছিল, ২০১৪ এর জায়গায় ২০১৬ লেখা। ইউনিয়ন পরিষদে গিয়া ঠিক করাইছি, স্কুলে ভর্তির সময় লাগব। খরচ গেছে ৫০০ টাকা।")
N("family", "en",
  "Bhai Rakib also wants to come Maldives. Please don't send him through any dalal, find out which licensed agency your company uses and what is the real cost. Abba says we will not sell land again.")

# worker_content
N("worker_content", "bn",
  "আলহামদুলিল্লাহ রিসোর্টে ৩ বছর হইল। সার্ভিস চার্জ সহ মাসে ৯০০ ডলারের মতো পাই, খাওয়া থাকা রিসোর্টের। ম্যানেজার মালদ্বীপি, খুব ভালো মানুষ, ছুটিতে দেশে যাওয়ার টিকিটও কোম্পানি দেয়")
N("worker_content", "bn-Latn",
  "aaj 2 ghonta overtime korsi, gorom e mathay pani dhalte hoise 🥵 kintu overtime er taka ta thik moto dey, etai shanti. kal off day, Male jabo shopping e")
N("worker_content", "en",
  "Company keeps passport? no bro mine is with me in my bag. Company only kept a copy for the work permit. Ask them directly, its your right.")
N("worker_content", "bn-Latn",
  "salary aij dilo, 2 din deri hoise ar moner moddhe kemon kemon lagtesilo. ekhon bari te pathaisi, ammare fon dilam, khushi hoise. ai mash e boss bonus o dise 500 rufiya")
N("worker_content", "bn",
  "নতুন কোম্পানিতে জয়েন করলাম, আগেরটা থেকে রিলিজ লেটার নিয়া আইনমত ট্রান্সফার করছি। বেতন একটু কম কিন্তু শুক্রবার ছুটি, রুমে ৪ জন, এসি আছে। আগের বসও দোয়া কইরা দিছে")
N("worker_content", "en",
  "night shift at the resort whole this week. staff island is boring, only one cafe and network very slow, cant even video call home properly 😒 but tips are good this season")

# joke
N("joke", "bn-Latn",
  "bou amar passport lukai rakhse, bole 'ar jaite parba na' 😂😂 bhai keu high commission e complain kore dao amar hoye")
N("joke", "bn",
  "দালাল ভাই কইছে মালদ্বীপে গেলে সমুদ্রের পানি বেইচা বড়লোক হমু 😂 আইসা দেখি পানি তো বিনা পয়সায়, আমারেই কিনা খাইতে হয় মিনারেল ওয়াটার")
N("joke", "en",
  "Me on salary day: rich man 😎\nMe 2 days later after sending bKash home, paying room rent and buying one pizza in Male: 🫠")
N("joke", "bn-Latn",
  "boss amake 18 ghonta kaj koraise ajke... mane off day te 18 ghonta Netflix dekhsi r ghumaisi 🤣 kono overtime pai nai")
N("joke", "bn",
  "আমার বউ প্রতিদিন রাতে ফোন চেক করে, কার সাথে কথা কইলাম, কয় টাকা খরচ করলাম 🤣 পুরা ইমিগ্রেশন পুলিশ। রেইড দিলে আমি শেষ")
N("joke", "en",
  "Selling my roommate for 2 dollar, he snores like a dhoni engine. Free visa included, no agent fee, passport he keeps himself 😂")

# chatter
N("chatter", "bn-Latn",
  "kal Hulhumale te cricket match, Bangladeshi vs Sri Lankan workers team, bikal 4 tay. jara khelte chan naam den, jersey ami arrange kortesi. boss ke bole ashben off er jonno")
N("chatter", "bn",
  "মালে মাছ বাজারে আজ টুনা সস্তা, কেজি ৪০ রুফিয়া। রুমের সবাই মিলা নিলে আরো কম দিবে। সন্ধ্যায় কে যাবি ক")
N("chatter", "en",
  "Anybody know which company in Male is hiring electrician legally? I have 5 years experience, my work permit valid till 2027 and my company will give release letter. Please inbox.")
N("chatter", "bn-Latn",
  "bhai ajke dollar rate koto? bank e to dollar dey na, BML er card e limit sesh. kew jano kon exchange e bhalo rate dey legal bhabe?")
N("chatter", "bn",
  "আগামী শুক্রবার ফেরিতে মাফুশি যাব, কেউ গেলে সাথে আসেন। ফিরতি ফেরি বিকাল ৩টায়। শুকুরিয়া 🙏")
N("chatter", "en",
  "Police stopped me at Majeedhee Magu for no helmet lol, 500 rufiyaa fine. Be careful guys they are checking everywhere today, take your work permit card and helmet.")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "bhai kemon achen? onek din kotha hoy na. Eid e ki dhaka jaben?", hard=False)
N("chatter", "en", "Good morning everyone 🌞 Jumma Mubarak", hard=False)
N("family", "bn", "আম্মা আজকে কী রান্না করছো? ছোটটা স্কুলে গেছে?", hard=False)
N("family", "bn-Latn", "abbu tomar shorir kemon? doctor er kache gesila? oshudh thik moto khaio", hard=False)
N("joke", "en", "Maldives weather today: hot. Tomorrow: hot. Next month: also hot 🥵😂", hard=False)
N("chatter", "bn", "কাল রাতে বাংলাদেশের খেলা দেখছেন কেউ? শেষ ওভারে যা হইল!", hard=False)
N("worker_content", "en", "Finished my shift, going to sleep. Kihineh bro, see you tomorrow at breakfast", hard=False)
N("chatter", "bn-Latn", "kal shondhay biryani ranna hobe room e, sobai 50 rufiya kore diyo", hard=False)
N("family", "en", "Happy birthday my little princess ❤️ Abbu loves you, I will bring chocolate when I come", hard=False)
N("news", "bn", "আজ মালেতে ভারী বৃষ্টি, কিছু রাস্তায় পানি জমেছে বলে জানিয়েছে আবহাওয়া অফিস।", hard=False)
N("chatter", "en", "Who has a phone charger type C? mine broke. room 4", hard=False)
N("worker_content", "bn", "আজকে ছুটি, সারাদিন ঘুমামু আর নামাজ পইড়া একটু সাগরের পাড়ে হাঁটতে যামু", hard=False)


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
    random.Random(100).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev100-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
