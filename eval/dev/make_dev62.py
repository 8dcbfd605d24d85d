#!/usr/bin/env python3
"""Blind dev set dev62: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a protection volunteer in the Rohingya camps and host villages of Ukhiya and
Teknaf (Cox's Bazar): boat 'marriages' to Malaysia, Thai jungle-camp ransoms, camp children taken to Chattogram as
domestic help, fake ID cards; Chittagonian/Rohingya-flavoured Bengali, romanised Chatgaiya, plain NGO English. Run from the repository root.
Held out from round 11 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev62.jsonl"
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


BTC1 = btc("dev62-btc-1")
TRON1 = tron("dev62-tron-1")
ETH1 = eth("dev62-eth-1")

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
  "Bhabi salam. Apnar maiya fuwa r lai Malaysia ot gom fuwa ase, KL ot dokan ase nijor. Biya phone ot hoibo, tarpor boat e Shamlapur ottu 5-6 din, tiya ek poisha o lagto no, zamai sob dibo. Majhi re ar NGO apa re ekhon kisu koiyo na, kaam hoi gele zanibo 🙏",
  [])
F("recruitment_deception", "bn",
  "চট্টগ্রাম ইপিজেড এ গার্মেন্টস এ লোক লাগবে, মাসে ১৫ হাজার, থাকা খাওয়া ফ্রি। ক্যাম্পের কার্ড দেখাইতে হবে না, আমরা নতুন এনআইডি করে দিব নাম ঠিকানা কুতুবদিয়ার, ৭ দিনে হাতে পাবেন। খরচ কাজে ঢুকার পর বেতন থেকে। যোগাযোগ ইমো ০১৮১৫-৪৭৩৯২০",
  [("phone", "+8801815473920")])
F("recruitment_deception", "en",
  "apa they told us hotel work in Penang, clean rooms, 1800 ringgit. we reach and they put us in palm estate in Pahang middle of jungle, cutting fruit bunch. no hotel no Penang. agent say same thing, hotel is 'later'. 3 month now",
  [])
F("recruitment_deception", "bn-Latn",
  "🇲🇾 MALAYSIA CALLING VISA 🇲🇾 kono experience lagbe na, beton RM 2500+ OT, thaka free. Passport nai? somossa nai amra 15 dine kore dibo, Rohingya bhai rao jogajog koren, ID card er bebostha ase. Seat limited!! IMO/WhatsApp 01739 228 614",
  [("phone", "+8801739228614")])
F("recruitment_deception", "bn",
  "দুবাই বিউটি পার্লারে সুন্দরী মেয়ে লাগবে, বয়স ১৮-২৫, অভিজ্ঞতা লাগবে না, মাসে ১ লাখ টাকা + টিপস। ভিসা টিকিট সব কোম্পানির খরচে। শুধু ফুল ছবি আর একটা ভিডিও পাঠান wa.me/971553187264 এ, বাসার লোকজনরে এখনই জানানোর দরকার নাই",
  [("whatsapp", "+971553187264")])
F("recruitment_deception", "en",
  "Bro urgent job in Thailand, casino company customer service, only typing on computer, salary 1000 USD + bonus, food room free. Thailand visa on arrival no problem, company pay ticket from Dhaka. Need only basic english, send passport photo page to my telegram @mae_sot_hr_jack",
  [("telegram", "@mae_sot_hr_jack")])
F("recruitment_deception", "bn-Latn",
  "(voice note) hello bhai, ami Noyapara theke Solim kotha koitesi... shunen Saudi te free visa ase, azad visa, kafil kisu bolbo na, nije nije kaj khuija loiben, ek mash e 1500-2000 riyal kamaiben. BMET e jaon lagbo na, finger amra Dhaka te koraya dimu. 4 lakh, ardhek agey",
  [])
F("recruitment_deception", "bn",
  "ভাই আঁরারে হইয়েদে মালয়েশিয়ার ফ্যাক্টরিত হাম, ইলেকট্রনিক্স। অহন আনি থাইল্যান্ডর সাগরত মাছর বোটত তুলি দিয়ে। বোটর মালিক হয় আঁরা দালালর হাত্তুন কিনি লইয়ি। ফ্যাক্টরি নাই হন্ডে নাই",
  [])

# fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn-Latn",
  "Malaysia porjonto sob mila 3 lakh 20 hajar. Aji advance 50 hajar bkash goro 01876-504132 (personal). Baki tiya tui Malaysia pouchai ham kori shod dibi, protimash beton ottu 800 ringgit kati rakhbo jotodin shesh no hoy",
  [("phone", "+8801876504132")])
F("fees_and_debt", "bn",
  "তোর বাপরে ক আরো ৮০ হাজার পাঠাইতে। এইখানে থাকা খাওয়া, বোটের ভাড়া, গার্ডের খরচ সব তোর নামে খাতায় লেখা আছে। টাকা না আসা পর্যন্ত কাম কইরা শোধ দিবি, হিসাব আমি রাখি",
  [])
F("fees_and_debt", "en",
  "Apa my husband took 1.5 lakh loan from the samity and mortgaged our betel leaf land in Whykong to pay the dalal for Malaysia. He is there 2 months now. Yesterday dalal called, says another 70,000 for 'permit' else no job and company will send him back. We have nothing left to give",
  [])
F("fees_and_debt", "bn-Latn",
  "passport ferot chaile 40 hazar lagbo. ami tomare agertha malik er kach theke kinsi, sei tiya age clear koro. passport ami rakhi, hisab clear hoile dimu, na hoile nai",
  [])
F("fees_and_debt", "bn",
  "দাদনের ৫০ হাজার তো নিছস, সিজন শেষ না হওয়া পর্যন্ত অন্য বোটে যাইতে পারবি না। জাল ছিঁড়ছে তার দাম, বরফের দাম কাটার পর হিসাব কইরা দেখ আরো ২২ হাজার বাকি। আগামী সিজনেও আমার বোটে",
  [])
F("fees_and_debt", "bn-Latn",
  "Ekhane 4 mash hoilo. protidin khana, room bhara, current bill, van bhara sob kete ney. supervisor hisab dekhay ami ekhono 2300 ringgit deni. hate pai mash e 200 ringgit. ei vabe 2 bosor o shod hoibo na",
  [])
F("fees_and_debt", "en",
  "Your son reached the Thai side safe. Boat fare was 2 lakh that is finished. Now jungle to Malaysia crossing is 1 lakh 20 thousand more per person, food and car. Without this he cannot move and he stays here. Talk to relatives, arrange quickly",
  [])

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "3 ta number e vag kore pathaba, ek number e beshi dile block hoy: 01946 381207 bkash 50k, 01581-907263 nagad 50k, 01634552018 bkash 40k. Cash out korba alada alada dokan theke. Pathaia TrxID er screenshot dio, na dile fuwa chaira dimu na",
  [("phone", "+8801946381207"), ("phone", "+8801581907263"), ("phone", "+8801634552018")])
F("payments_and_proceeds", "en",
  f"boss say no more bkash now, police checking agent shops in Teknaf. families pay USDT TRC20 only. address {TRON1} . 4500 USDT each bangladeshi, 3500 each rohingya. after confirm we move them to malaysia side",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "রোজিনা, মিনারা আর শাহেদা তিনজনের বেতন ক্লিনিং কোম্পানি আমার একাউন্টে দেয়। ওদের হাতে মাসে ৩০০ রিঙ্গিত দিবা, বাকিটা হুন্ডিতে টেকনাফ বাজারে জসিম ভাইয়ের দোকানে পাঠাইবা, ব্যাংকে না। ওরা যেন হিসাব না দেখে",
  [])
F("payments_and_proceeds", "en",
  "Sir payment done. bKash cash out 1,20,000 tk for 2 boys release, TrxID BKC9M42XQ7. pls tell jungle side today let them go, family already sold cow and the gold",
  [("mfs_transaction", "BKC9M42XQ7")])
F("payments_and_proceeds", "bn-Latn",
  "Camp 13 er je duita maiya fuwa pathaisos tor commission 20 hajar pathailam Nagad e, TxnID 72HQ8KD3. Aro anbi, protita maiya 15k dimu, boyosh kom hoile beshi. Kaure koibi na ki ham",
  [("mfs_transaction", "72HQ8KD3")])
F("payments_and_proceeds", "bn",
  "পেজের বুস্ট এর টাকা ৫০ ডলার দিয়া দিছি কার্ডে। মালয়েশিয়া কাজের পোস্ট টা উখিয়া টেকনাফ এরিয়াতে চালাও, কমেন্টে নাম্বার দিবা না, সবাইরে ইনবক্সে আনবা। রেজিস্ট্রেশন ফি ৫ হাজার কইরা যে যার থিকা উঠে",
  [])
F("payments_and_proceeds", "bn-Latn",
  f"visa processing er tiya ei wallet e pathaben {ETH1} (USDT ERC20). nijer bkash theke na, kono attiyo r number theke. 3 ta confirm hoile ID card ar ticket er chobi pathai dibo",
  [("eth_address", ETH1)])

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn-Latn",
  "apa ar phone kaari loiye. ibba ekjon maiya r phone lukai lai mesej diyer. dorja baare ottu tala mari rakhe, baare zaite no dey. kon zaga zani na, Klang r kache kono bari. ei number e call no dio",
  [])
F("isolation_and_control", "bn",
  "মাইয়ারে কইবা ক্যাম্পে কাউরে কিছু না কইতে। মাঝি, সিআইসি, এনজিওর আপা কারো লগে কথা কইবো না। রাইত ৩টায় শামলাপুর ঘাটে আইবো, মোবাইল ঘরে রাইখা আসবো, কাপড় একটা ব্যাগে",
  [])
F("isolation_and_control", "en",
  "We are 40 person in one house near Songkhla, they lock from outside, toilet only 2 times a day, 2 guard with gun sit at door. Dont call this number its not mine. I will call when I can",
  [])
F("isolation_and_control", "bn-Latn",
  "Ma ami valo asi... (boss pashe dariye ase, beshi kotha bolte dibe na) tumi kauke kisu boilo na, NGO keo na. ami pore fon dibo, ei number e fon dio na",
  [])
F("isolation_and_control", "bn",
  "হেতে আঁরে ঘরত তালা মারি রাখে, কেউর লগে হথা কইতো ন দে। মা'র লগে হথা হইলে মোবাইল স্পিকারত দে, পাশত বই থাকে। হয় তুই আঁর বউ, তোর কেউ নাই এডে",
  [])
F("isolation_and_control", "en",
  "NEW RULES: phones collected 9pm, returned Sunday 1 hour only. No facebook, no location. If family asks, you are in factory in Johor and everything is fine. Anyone talking to outside people goes to the back room",
  [])
F("isolation_and_control", "bn-Latn",
  "tomar card ar passport amar kache thakbo. eigula chara baire gele police dhorbo, tai room theke beshi ber hoiyo na. bajar lagle Kamal ke dio, se ane dibo",
  [])
F("isolation_and_control", "bn",
  "প্রতি সপ্তাহে জায়গা বদলায়, এখন কোন শহরে জানি না। গাড়িতে জানালা কালো। বাইরের লোকের সামনে বাংলা বলতে নিষেধ, বললে খানা বন্ধ",
  [])

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "en",
  "im on a trawler since march, 20 hours work, sleep on the deck on the fish boxes. 8 month no salary, captain says all pay at end of the trip but trip never end. two boys sick with fever no doctor",
  [])
F("labour_exploitation", "bn-Latn",
  "shutki mohal e beyan 4 tar theke rait 11 ta porjonto, ek bela bhat, mash shesh hoile beton no dey, hoy season sheshe dibo. chaira zaite chaile hoy agrim er tiya age ferot de",
  [])
F("labour_exploitation", "bn",
  "৬ মাস বেতন দেয় নাই। পারমিট নাই বইলা সাইটের কন্টেইনারে রাখছে, সকাল ৬টা থেকে রাত ১০টা ঢালাইয়ের কাজ। অসুস্থ হইলে দিনের টাকা কাটে, ছুটি একদিনও নাই",
  [])
F("labour_exploitation", "en",
  "supervisor keep all our passports, salary is 'kept safe in office' for when we go home. 7 days work. we ask to change company he say you cannot, you belong to me, go back to the field",
  [])
F("labour_exploitation", "bn-Latn",
  "Hathazari r itar bhatat ham, rait 2 tar ottu ham shuru, 14 ghonta, pani o kini khaa pore. cholti mash r beton no dey. ham chaire aite nofari, malik hoy gele pulish dibo",
  [])
F("labour_exploitation", "en",
  "i work kitchen 16 hour, no off day 5 month. boss keep my salary, he says for my visa renewal, no visa come. cannot go outside because no document. sleep in store room with rice bags",
  [])
F("labour_exploitation", "bn",
  "আম্মা, মেডাম খানা ঠিকমতো দেয় না, রাইতে ৩টা পর্যন্ত কাজ, সকালে ৬টায় আবার। ৩ মাসের বেতন আটকাই রাখছে। কফিল কয় ২ বছর না হইলে দেশে যাইতে পারবি না",
  [])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn-Latn",
  "(voice msg) tor fuwa amar kache. 2 diner moddhe 2 lakh na dile mari falamu. video pathaitesi dekh kemne mare. police er kache gele tor gorot agun dimu, Teknaf e amar lok ase",
  [])
F("threats_and_coercion", "bn",
  "কাজ ছাইড়া পালাইলে কফিল হুরুব দিবো, তারপর জেল। দেশে ফিরতে পারবি না কোনদিন, বাপ মা মরলেও না। চুপচাপ কাজ কর, বেশি চালাকি করিস না",
  [])
F("threats_and_coercion", "en",
  "if your wife says one word to the NGO people or the APBn, we know your shelter number in camp 18 block C. remember what happened to Jamal's brother at the market",
  [])
F("threats_and_coercion", "bn",
  "তোরে ৩০ হাজার রিঙ্গিত দিয়া কিনছে এই মালিক। টাকা না উঠা পর্যন্ত কোথাও যাবি না। বেশি কথা কইলে আবার বেইচা দিমু থাইল্যান্ডের মাছের বোটে, ওইখান থেকে কেউ ফিরে না",
  [])
F("threats_and_coercion", "bn-Latn",
  "tumi illegal, passport nai, ekhon jodi baire jao imigresen dhorbo, depot e rakhbo 1 bosor, beton o paiba na. amar kotha mane cholo. ami ekta fon dile police aisa niya jaibo",
  [])
F("threats_and_coercion", "en",
  "they beat us with pipe every morning when family late to pay. yesterday put electric wire on Rafiq's leg. please tell my abba sell the cow, anything, they say they will kill one each week",
  [])
F("threats_and_coercion", "bn-Latn",
  "tui biya ot raji no hoile tor mar re camp ottu uthai loi zaiyum. tor baper ration card o batil gori dimu, majhi ar lok. kal rait porjonto somoy",
  [])
F("threats_and_coercion", "bn",
  "ভিডিও আছে আমার কাছে। বাড়ি ফিরার কথা আর একবার বললে তোর ছবি ফেসবুকে দিমু আর তোর জামাই আর শ্বশুরবাড়িতে পাঠামু। চুপ থাক",
  [])

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "en",
  "new burmese girls came from camp, very fair, 2 days only in Kolatoli hotel. booking through me only, no direct. advance first. wa.me/8801312846770",
  [("whatsapp", "+8801312846770")])
F("sexual_exploitation", "bn-Latn",
  "parlour er kaj bole anse apa. ekhon raite hotel e pathay, na gele mare. customer er tiya sob madam ney, amra kisu pai na. apa amake ber koro, ami Kuala Lumpur Chow Kit er kache",
  [])
F("sexual_exploitation", "bn",
  "কলাতলীর হোটেলে তিনটা মেয়ে রেডি, বাঙালি আর বার্মিজ, ফুল নাইট ৮ হাজার, রুম আমার। পেমেন্ট আগে বিকাশে ০১৯১৮-৬২৪০৫৭। ছবি সব রিয়েল ১০০%, আসার আগে কল দিবেন",
  [("phone", "+8801918624057")])
F("sexual_exploitation", "en",
  "the man who married me in the camp sold me to a house in Kuala Lumpur. men come every night, the auntie takes all the money. when i cry he says you are not my wife you are my work",
  [])
F("sexual_exploitation", "bn-Latn",
  "Burmese & Bangali model available Cox-Teknaf marine drive resort, 100% real pic, body massage + extra service, owner er sathe deal. book korte telegram e knock: @marine_drive_vip_bd",
  [("telegram", "@marine_drive_vip_bd")])
F("sexual_exploitation", "bn",
  "রাতে ভিডিও কলে কাস্টমারের সাথে কথা বলতে হয় কাপড় খুলে। দিনে ১০টা কল টার্গেট, না করলে খানা বন্ধ। ম্যানেজার পাশে বসে টাকা গুনে",
  [])
F("sexual_exploitation", "bn-Latn",
  "Dubai dance bar e nach er kaj koisilo, ekhane aisi dekhi rait e guest er room e pathay. passport manager er kache. ei offer e keu jeno na ashe, amra 6 jon atke asi",
  [])

# minors (8: bn 3, bn-Latn 2, en 3)
F("minors", "bn",
  "আপনার মাইয়ারে চট্টগ্রামে এক ডাক্তারের বাসায় রাখমু। ১০-১১ বছর হইলে চলবো, মাসে ২০০০ টাকা আপনের বিকাশে আসবো, খানা কাপড় ফ্রি। বাসার ভিতরেই থাকবো, বাইরে যাইবো না। কাউরে কইয়েন না, ক্যাম্প থেকে বাইর হইতে ঝামেলা",
  [])
F("minors", "en",
  "for Nasima we write age 19 in birth certificate and NID, then passport easy, number will be A03817265. she looks 15 but with borka no problem at airport. total 35k including chairman certificate",
  [("bd_passport", "A03817265")])
F("minors", "bn-Latn",
  "maiya fuwa r boyosh 14, kono osubidha nai. Malaysia r fuwa hoye cholibo, biya phone ot hoibo, tarpor boat ot pathai dimu. tiya lagto no, zamai dibo. birth sertificate amra bonai dimu",
  [])
F("minors", "bn",
  "১২-১৩ বছরের পোলা লাগবো বহদ্দারহাটের হোটেলে, সকাল ৬টা থেকে রাত ১২টা, মাসে ১৫০০, থাকা খাওয়া হোটেলে। ক্যাম্প থিকা ৫টা আনতে পারলে মাথাপিছু তোর ৫০০। ইমো ০১৭৬২ ৩৮৪৯১৫",
  [("phone", "+8801762384915")])
F("minors", "en",
  "Khala my sister Rukiya (13) is in a house in Halishahar, Chattogram since Eid. Aunty beats her with the belt, she sleeps on the kitchen floor, they don't let her talk with us. The man who took her now says pay 20000 to bring her back",
  [])
F("minors", "bn-Latn",
  "choto maiya ase 15-16, ekdom new, camp er. hotel e pathai dimu, rate beshi porbo. ID lagbo na, amar lok hotel e ase",
  [])
F("minors", "en",
  "we are 9 boys under 16 on this boat from Shah Porir Dwip. captain says we will work in fishing in Thailand to pay the fare. nobody asked our parents. please tell my mother",
  [])
F("minors", "bn",
  "মাদ্রাসায় ভর্তির কথা বইলা ১০ বছরের পুলাডারে ঢাকায় লইয়া গেছে। এখন ফোনে শুনি সে যাত্রাবাড়ী মোড়ে ভিক্ষা করে, দিনে ৫০০ টাকা না আনলে মারে, রাতে কই ঘুমায় জানি না",
  [])

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn",
  "টেকনাফে মানবপাচার চক্রের ৩ সদস্য আটক, উদ্ধার ১১ রোহিঙ্গা নারী-শিশু। মালয়েশিয়ায় বিয়ে ও চাকরির প্রলোভন দেখিয়ে শামলাপুর ঘাট থেকে ট্রলারে তোলার প্রস্তুতির সময় বুধবার রাতে বিজিবি তাদের আটক করে। উদ্ধারদের ইউএনএইচসিআরের কাছে হস্তান্তর করা হয়েছে।")
N("news", "en",
  "Thai police rescue 26 Bangladeshis and Rohingya from a jungle camp in Songkhla province. Relatives had been asked for ransom through mobile money accounts in Cox's Bazar, officials said. Three Thai nationals were arrested.")
N("news", "bn-Latn",
  "Khobor dekhlam: Ukhiya te 2 jon dalal dhora porse, Camp 4 er baccha der Chittagong e basa bari kajer kotha koiya niye jaito. RAB-15 er press briefing e bollo 7 ta baccha uddhar hoise, familyr kase deya hobe. Allah rokkha koruk")
N("news", "en",
  "Malaysia reopens labour market for Bangladeshi workers; expatriates' welfare ministry says the migration cost will stay capped at Tk 78,990 and workers must register through BMET. Recruiting agencies found charging more will lose their licence, the secretary said.")
N("news", "bn",
  "২০১৫ সালের থাইল্যান্ডের জঙ্গলে গণকবর: কক্সবাজার মানবপাচার অপরাধ দমন ট্রাইব্যুনালে ৫ আসামির যাবজ্জীবন, খালাস ৩। রায়ে বলা হয়, ভুক্তভোগীদের জিম্মি করে পরিবারের কাছে মুক্তিপণ আদায় করা হত।")
N("news", "en",
  "Fake NID racket busted in Chattogram: an election office data entry operator is among four held for issuing national ID cards to Rohingyas for Tk 30,000-50,000 each, police said. The cards were later used to apply for passports.")
N("news", "bn",
  "সাগরপথে মালয়েশিয়া যাত্রা: আন্দামান সাগরে ট্রলারডুবি, নিখোঁজ ১৮০ রোহিঙ্গা। ইউএনএইচসিআর বলছে, চলতি বছর ৩ হাজারের বেশি মানুষ এই ঝুঁকিপূর্ণ যাত্রা করেছে, যাদের বড় অংশ নারী ও শিশু।")

# awareness (7)
N("awareness", "bn",
  "⚠️ সতর্কবার্তা ⚠️ ক্যাম্পে কেউ যদি বিনা খরচে মালয়েশিয়া নিয়ে বিয়ে দেওয়ার কথা বলে, রাজি হবেন না। সাগরে নৌকা ডুবে, থাইল্যান্ডের জঙ্গলে আটকে রেখে টাকা চায়। মেয়েকে অচেনা কারো হাতে দিবেন না। সন্দেহ হলে মাঝি, সিআইসি অফিস বা প্রটেকশন ডেস্কে জানান। শেয়ার করুন।")
N("awareness", "en",
  "Reminder Block B volunteers: this week's household session = safe migration. Key msgs: never hand your passport to a broker, check the agency licence on the BMET site, pay only through bank with receipt, keep a copy of the contract, save the family contact of whoever travels. Attendance sheet by Thursday pls")
N("awareness", "bn-Latn",
  "Bhai bon ra, keu Chittagong e basar kaj er kotha bole baccha niye jaite chaile naam ar phone number likhe rakhen, majhi ke janan, CP focal ke janan. Baccha ra kaj er jonno na, learning center er jonno. ~ Child Protection volunteer group Camp 15")
N("awareness", "en",
  "⚠️ PLEASE SHARE: 'customer service in Thailand/Cambodia, 1000 USD, no experience' posts are traps. Bangladeshis are held in compounds and forced to cheat people online, passports taken. Ask yourself: why no interview, why only Telegram, why visa on arrival? Check with BMET before you go.")
N("awareness", "bn",
  "জুমার বয়ানে ইমাম সাহেব বললেন: মেয়েকে অচেনা লোকের সাথে বিয়ে দিয়ে সাগরপথে পাঠাবেন না, এটা মেয়েকে বিক্রি করার সমান। দালালের কথায় জমি বন্ধক রেখে ছেলেকে বিদেশ পাঠাবেন না। বৈধ পথে যান, বোর্ড অফিসে খোঁজ নিন।")
N("awareness", "bn-Latn",
  "Probashi bhai der jonno: kafil jodi passport rakhe eita Saudi ayin e oboidho. Beton na dile, iqama na korle Embassy labour wing e complain korte paren, kono tiya lage na. Keu jeno dalal er kotha shune free visa na kine, 4-5 lakh dia pore rastay thakben")
N("awareness", "en",
  "Radio Naf, Thursday 4pm: we talk with a mother from Sabrang whose son came back from Malaysia with nothing. Her advice: ask the agency for the contract in Bangla before paying, never pay the broker in cash, and call home every week. Also: how to find a missing family member through the Red Crescent.")

# official (6)
N("official", "en",
  "SEA BRIDGE OVERSEAS LTD (RL-1437), licensed by BMET. Demand: 120 plantation & factory workers, Malaysia, demand letter attested by BD High Commission KL. Govt fixed cost Tk 78,990 only, paid to bank account, money receipt given. No broker, no middleman. Interview Agrabad office Sat-Thu 10am. 01711-904326, recruit.desk@seabridge-overseas.com.bd",
  [("phone", "+8801711904326"), ("email", "recruit.desk@seabridge-overseas.com.bd")])
N("official", "bn",
  "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): মালয়েশিয়াগামী কর্মীদের স্মার্ট কার্ড কক্সবাজার জেলা কর্মসংস্থান ও জনশক্তি অফিস থেকে সংগ্রহ করতে হবে। কার্ড সংগ্রহে নির্ধারিত ফি ব্যতীত কোনো অর্থ লেনদেন করবেন না। কোনো দালাল বা মধ্যস্বত্বভোগীর মাধ্যমে আবেদন গ্রহণ করা হবে না।")
N("official", "en",
  "Bangladesh High Commission, Kuala Lumpur - Labour Wing: workers whose employer keeps their passport, or who have not received wages, may lodge a complaint in person or on +60 3-4251 9070 (Sun-Thu). Complaints are free of charge. Bring your permit copy if available.",
  [("phone", "+60342519070")])
N("official", "bn",
  "উখিয়া উপজেলা প্রশাসন: জন্ম নিবন্ধনে বয়স সংশোধনের জন্য কোনো দালালের কাছে যাবেন না। ইউনিয়ন পরিষদে নির্ধারিত ফি ৫০ টাকা (৫ বছর পর্যন্ত) জমা দিয়ে আবেদন করুন। বাল্যবিবাহের খবর দিতে ইউএনও অফিসে যোগাযোগ করুন।")
N("official", "en",
  "Your e-Passport (Passport No. A09876543) is ready for delivery at RPO Cox's Bazar. Please collect in person with the delivery slip and your NID between 9am and 3pm. - Dept. of Immigration & Passports",
  [("bd_passport", "A09876543")])
N("official", "bn",
  "ওয়েজ আর্নার্স কল্যাণ বোর্ড: বিদেশে মৃত্যুবরণকারী কর্মীর পরিবারকে ৩ লক্ষ টাকার আর্থিক অনুদানের চেক বিতরণ আগামী রবিবার জেলা প্রশাসকের কার্যালয়ে। ওয়ারিশ সনদ, মৃত্যু সনদ ও এনআইডি সাথে আনুন।")

# receipt (6)
N("receipt", "en",
  "You have received Tk 45,000.00 from 01815-330472. Ref Rafiq Saudi. Fee Tk 0.00. Balance Tk 46,210.50. TrxID BKD3R8P1XM at 04/12/2026 19:42",
  [("phone", "+8801815330472"), ("mfs_transaction", "BKD3R8P1XM")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to Agent 01847-219605 successful. Fee Tk 149.25. Balance Tk 1,230.75. TxnID: 7AK29QDF 05/12/2026 11:08 - Nagad",
  [("phone", "+8801847219605"), ("mfs_transaction", "7AK29QDF")])
N("receipt", "bn",
  "সেন্ড মানি ৳২০,০০০ সফল হয়েছে ০১৭৩৫৬১৮২৪৯ নম্বরে। রেফারেন্স: মেয়ের বিয়ের খরচ। চার্জ ৳৫.০০। ব্যালেন্স ৳৩,৪১০.০০। TrxID BKF7Q2LN4W",
  [("phone", "+8801735618249"), ("mfs_transaction", "BKF7Q2LN4W")])
N("receipt", "en",
  "Dear Customer, inward foreign remittance BDT 1,25,000.00 (MYR 4,500.00) from MAYBANK KUALA LUMPUR credited to A/C ***4521 incl. 2.5% govt incentive. Islami Bank Bangladesh PLC, Teknaf Branch.")
N("receipt", "en",
  "Rocket: Tk 3,500.00 sent to 01926-483107 successful. Fee Tk 0.00. TxnId: 4821937765. Balance Tk 612.40. 05/12/2026 08:55",
  [("phone", "+8801926483107"), ("mfs_transaction", "4821937765")])
N("receipt", "bn-Latn",
  "Bhai passport fee er tiya Sonali bank e dichi challan e, 5750 tk regular delivery 48 page. receipt er chobi dilam, token no 2258. ekhon finger er date er opekkha",
  [])

# family (7)
N("family", "bn-Latn",
  "Abba, Malaysia theke beton paisi, 30 hajar bkash korlam, ammar dawai kinba. Passport company rakhe nai, amar kachei ase, chinta koiro na. Friday chuti, Bangla dokan e khaisi aj 😊")
N("family", "bn",
  "মেয়ের বিয়ের কথা পাকা হলো আলহামদুলিল্লাহ। ছেলে দুবাই থাকে, ইলেকট্রিশিয়ান, আগামী মাসে ছুটিতে আসবে, তখন কাজী অফিসে কাবিন হবে, দেনমোহর ৩ লাখ। মেয়ে আপাতত আমাদের কাছেই থাকবে।")
N("family", "en",
  "Bhaiya, Nabila's school trip to Chattogram is on Friday, the teachers take them by bus to the zoo and Patenga, back by 8pm. 800 tk. Can you send to my bkash today?")
N("family", "bn",
  "ভাইয়া পাসপোর্ট রিনিউ করতে দিছি, ডেলিভারি স্লিপ আমার কাছে। পুরানা পাসপোর্ট নম্বর BX0123456 লাগলে বইলেন, আর এনআইডি নম্বর ৭৩৪৫১২৯৮০৬ দিয়েছি ফর্মে।",
  [("bd_passport", "BX0123456"), ("bd_nid", "7345129806")])
N("family", "en",
  "Mama we paid the last kisti of the BRAC loan today, thanks to Rafiq's salary from Saudi. The land papers come back next week insha'Allah. Now no more debt 🤲")
N("family", "bn-Latn",
  "Ammu, ai Chattogram ot garments ot ham lor, beton 12 hajar, overtime alada. mess ot thaki 4 jon, Friday bondh. gom asi, chinta no goijjo. Eid ot aiyum",
  [])
N("family", "bn",
  "আলহামদুলিল্লাহ রাশেদকে পাওয়া গেছে, রাগ করে খালার বাসায় চাকরিয়া চলে গিয়েছিল। যারা পোস্ট শেয়ার করেছেন সবাইকে ধন্যবাদ, পোস্টটা এখন ডিলিট করে দিচ্ছি।")

# worker_content (6)
N("worker_content", "bn-Latn",
  "KL e 3 bochor hoilo, company valo, overtime korle extra pai. Passport nijer kache, permit o renew hoise. R 2 mash por chuti te ashbo inshallah ✈️ sobai dua koiro")
N("worker_content", "en",
  "Long shift today, 12 hours because the container ship came late, but overtime is paid 1.5x so not complaining. Supervisor bought biryani for all 😄 tomorrow off")
N("worker_content", "bn",
  "এই মাসে বেতন ৫ দিন দেরিতে দিছে, কোম্পানি বলে ব্যাংকের সমস্যা। বিরক্ত লাগছে কিন্তু আজকে দিয়ে দিছে, ওভারটাইমসহ। বাড়িতে পাঠাই দিলাম।")
N("worker_content", "bn-Latn",
  "Aaj WFS e 3 ta session nilam, 60 jon mohila. topic chilo bal bibaho ar dalal theke shabdhan. volunteer allowance 1 tarikh e dibe. tired but valo laglo")
N("worker_content", "en",
  "Our cash-for-work team finished the drainage in Camp 15 today. 6 hours a day, 400 tk per day, paid on time every week. Next month they say slope protection work")
N("worker_content", "bn",
  "মেডাম ভালো, প্রতি মাসে বেতন সময়মতো দেয়, সপ্তাহে একদিন ছুটি, ফোন আমার কাছেই থাকে। এবার ইকামাও রিনিউ কইরা দিছে কোম্পানির খরচে। আম্মারে সালাম দিও")

# joke (4)
N("joke", "bn-Latn",
  "bou re bolsi Malaysia jabo, bole passport amar kache joma thakbo, beton o amar kache ashbo 😂 ekhon ami ghore bondi, Malaysia cancel")
N("joke", "bn",
  "বস বলছে ছুটি ছাড়া ১৮ ঘণ্টা কাজ করলে বোনাস দিবে... পরে বুঝলাম বস হলো আম্মা, আর কাজ হলো ঈদের আগে ঘর পরিষ্কার 😂😂")
N("joke", "en",
  "update: my wife took my phone and my wallet, im being held at my in-laws for Eid, ransom = 2 kg mezban beef 😂 send help")
N("joke", "bn-Latn",
  "mezbani te dawat dise, kintu bole agrim 500 tiya bkash goro, seat limited 😂 Chatgaiya mezban e ei prothom dalal dekhlam")

# chatter (5)
N("chatter", "en",
  "anyone has contact of a licensed agency in Agrabad? my cousin wants Malaysia, legal way only, not through any dalal. he has passport and smart card training done")
N("chatter", "bn",
  "কালকে বিকাশের দোকানে গেছিলাম, পাশের দোকানে হুন্ডির কারবার ধরতে পুলিশ আসছিল। আমাদের দোকানে কিছু হয় নাই, তাও ভয় পাইছি 😅")
N("chatter", "bn-Latn",
  "Camp 9 er market e aj maiya der jonno tailoring training shuru hoilo, 20 jon, 3 mash. shesh e certificate ar ekta machine dibe. amar bon o ase")
N("chatter", "en",
  "Selling 2 Samsung A15 brought from Malaysia, box intact, 14k each. Teknaf bazar pickup. DM on telegram @teknaf_gadget_bd",
  [("telegram", "@teknaf_gadget_bd")])
N("chatter", "bn-Latn",
  f"bhai cousin dubai theke bole bitcoin kino, wallet dise {BTC1} ... ami koisi na bhai, hundi o na bitcoin o na, halal kamai bank e asuk",
  [("btc_address", BTC1)])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে ক্যাম্পে সারাদিন বৃষ্টি, রাস্তায় কাদা, ত্রাণের লাইনে দাঁড়াইতে কষ্ট হইছে।", hard=False)
N("chatter", "bn-Latn", "kalke Bangladesh vs Afghanistan match, Chattogram e khela, tickets pailam na 😭", hard=False)
N("chatter", "en", "Good morning all, WFS team meeting moved to 11am, bring the monthly attendance sheets.", hard=False)
N("family", "bn-Latn", "Ammu bhat randhsi, tumi ashle ek sathe khabo. Shutki vorta o ase 😋", hard=False)
N("family", "bn", "আব্বু বাজার থেকে আসার সময় ডিম আর আলু নিয়া আইসেন, আর আমার খাতা শেষ।", hard=False)
N("receipt", "en", "Recharge Tk 50 to 01622-748301 successful. Your balance is Tk 52.30. Grameenphone", [("phone", "+8801622748301")], hard=False)
N("receipt", "bn", "ক্যাশ মেমো: চাল ৫ কেজি ৩৫০, ডাল ১ কেজি ১২০, তেল ১ লিটার ১৮৫, মোট ৬৫৫ টাকা। ধন্যবাদ, আবার আসবেন।", hard=False)
N("worker_content", "en", "Finished painting the learning centre today, kids picked the colours. Blue and yellow 🎨", hard=False)
N("joke", "bn-Latn", "Chatgaiya re jiggesh korlam 'kemon acho', uttor dilo 'gom asi, tui bat haiso ne?' 😂 ekhono bujhi nai", hard=False)
N("joke", "en", "Teacher: why are you late? Me: the tomtom driver stopped for tea 3 times, sir 😂", hard=False)
N("official", "bn", "আগামী ১৬ ডিসেম্বর মহান বিজয় দিবস উপলক্ষে সকল সরকারি অফিস বন্ধ থাকবে। - জেলা প্রশাসন, কক্সবাজার", hard=False)
N("news", "en", "Cox's Bazar: tourist arrivals rise ahead of winter holidays, hotels report 80% bookings on Marine Drive.", hard=False)


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
    random.Random(62).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev62-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
