"""Blind evaluation set dev167 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a case worker of a Dhaka child-rights NGO following child bus helpers, Cox's Bazar dry-fish yard, Savar tannery and Keraniganj workshop children, and children sexually exploited at bus terminals and residential hotels.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev167.jsonl"
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


BTC1 = btc("dev167-btc-1")
TRON1 = tron("dev167-tron-1")
ETH1 = eth("dev167-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG (60)
# 8 categories, 7 or 8 items each, every category in all three scripts (bn, bn-Latn, en) evenly:
# recruitment_deception, fees_and_debt, isolation_and_control, labour_exploitation,
# sexual_exploitation, minors, payments_and_proceeds, threats_and_coercion
# F("category", "script", "text", [("type", "value"), ...])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---- recruitment_deception (bn3, bn-Latn3, en2)
F("recruitment_deception", "bn", "আম্মা, কইছিল চিটাগাং হোটেলে বয়ের কাম, থাকা খাওয়া ফ্রি। এইখানে আইনা দেখি নাজিরারটেকের শুঁটকির খলায় দিছে। মাছ উল্টাই সারাদিন, কেউ হোটেলের কথা কয় না।")
F("recruitment_deception", "bn", "আপা বলছিল ঢাকায় পার্লারে কাজ, মাসে বারো হাজার, সাথে সেলাই শিখাইবো। আসার পর থেকে একটা হোটেলের রুমে রাখছে, পার্লারের কথা জিগাইলে বলে আগে এইখানে কাজ শিখ।")
F("recruitment_deception", "bn", "ভাবি টাকা পয়সা কিছু লাগবো না, খালি পোলারে বাসে তুইলা দেন। মালিকে নিজের পোলার মতো রাখবো, রাইতে মাদ্রাসায় পড়াইবো, মাসে মাসে আপনের হাতে টাকা। আমার নাম্বার ০১৭৬৫৪৩২১০৯, কাউরে কওনের দরকার নাই।", [("phone", "+8801765432109")])
F("recruitment_deception", "bn-Latn", "Bhai tumi bolcila Chittagong e kaporer dokan e kaj, ekhon amare Nazirartek er shutki khola te ane rakhso. ami to eita jaintam na, amma o jane na ami kothay")
F("recruitment_deception", "bn-Latn", "Meye lagbe, boyos 15-20, Dubai te salon e kaj, beton 45 hajar, passport visa ticket sob company korbe, kono khoroch nai. Salon er chobi dekho insta te @glamour.parlour.dxb . Contact 01 8 4 5-2 3 6 7 9 1", [("instagram", "@glamour.parlour.dxb"), ("phone", "+8801845236791")])
F("recruitment_deception", "bn-Latn", "Mama bolse Savar e juta factory te kaj dibe, 10 hajar. ekhane asi dekhi chamrar gudam, lobon ar chemical er drum. beton er kotha bollei bole ageto kaj shikh. mama r number 01622-904517 e call dile ar dhore na", [("phone", "+8801622904517")])
F("recruitment_deception", "en", "they told my mother i will work in a shop in Gulistan with hostel and evening school. there is no shop. i am helper on the Sayedabad-Chittagong bus, no school, the man who brought me says shop job was for later")
F("recruitment_deception", "en", "URGENT girls needed for hotel reception in Cox's Bazar. Age 16+, no certificate no experience needed, salary 20,000 + tips + free room + food. Guardians don't need to come. WhatsApp only wa.me/8801923456781", [("whatsapp", "+8801923456781")])

# ---- fees_and_debt (bn2, bn-Latn2, en3)
F("fees_and_debt", "bn", "তোমার জামাই সিজনের শুরুতে দাদন নিছিল চল্লিশ হাজার। পোলা সিজন শেষ না হওয়া পর্যন্ত খলা ছাইড়া যাইতে পারবো না। হিসাব শোধ হইলে আইসা নিয়া যাইও, তার আগে না। হিসাব দেখতে চাইলে ম্যানেজাররে ফোন দিও ০১৮৭৩-৫৫২০৯১।", [("phone", "+8801873552091")])
F("fees_and_debt", "bn", "ওস্তাদ কয় খাওয়ার টাকা আর থাকার ভাড়া কাইটা রাখছে, এই মাসে হাতে পাইছি ছয়শো টাকা। বাকি সব নাকি আব্বার পুরান ধার থেইকা কাটে, কত বাকি আছে কয় না।")
F("fees_and_debt", "bn-Latn", "Malik bolse tor baper ager dhar 25 hajar, oita shodh na howa porjonto beton er kotha bhule ja. Eid er chuti o nai, jodi jas tahole dhar double.")
F("fees_and_debt", "bn-Latn", "Tor jonno 30 hajar diya anchi tor khalar kach theke. hotel er rent, khana, kapor, makeup sob hisab e uthse. Hisab shesh kor tarpor bari jaoar kotha bolis.")
F("fees_and_debt", "en", "Sir my son took 15000 advance from the tannery sardar when his father was in hospital. Now they say he can't leave until it is paid back, and every month they add food and room on top so it never finishes.")
F("fees_and_debt", "en", "Every time I ask to go home the mahajan opens his khata. It was 12,000 when I came, now he says 21,000. I don't know how it grows, I work every day.")
F("fees_and_debt", "en", "Your room, food, the dresses and the medicine come to 18,500. You work it off first, then we talk about going home. Don't ask me again before that. If your family wants you sooner they can send it to 01556-781204.", [("phone", "+8801556781204")])

# ---- isolation_and_control (bn3, bn-Latn2, en3)
F("isolation_and_control", "bn", "আম্মা ফোন দিলে ওস্তাদ পাশে দাঁড়ায় থাকে, এই নাম্বার ম্যানেজারের, আমার মোবাইল প্রথম দিনই নিয়া গেছে। রাইতে দরজায় বাইরে থেকে তালা দেয়।")
F("isolation_and_control", "bn", "মেয়েগুলারে নিচে নামতে দিবা না, জানালার পর্দা টানা থাকবো। কেউ জিগাইলে বলবা আত্মীয়, গ্রাম থেকে চিকিৎসা করাইতে আসছে। সবগুলার ফোন আমার কাছে জমা।")
F("isolation_and_control", "bn", "কারখানার ভিতরেই মেশিনের পাশে ঘুমাই, শাটার বাইরে থিকা তালা মারে, সকালে খোলে। বাড়িতে কাউরে কিছু কইতে না করছে, কইলে আর কথা কইতে দিবো না।")
F("isolation_and_control", "bn-Latn", "Bhaiya amake sudhu shukrobar 5 minit call dite dey boss er phone theke, speaker on kore. baki shomoy phone tar kase thake. amar ammu ke bolben ami valo achi na. ammu r number 01 7 2 9 8 6 4 0 3 5 1", [("phone", "+8801729864035")])
F("isolation_and_control", "bn-Latn", "Notun meyeta ke room theke ber hote dibi na, khabar room e dibi. ke ashe ke jay amake janabi. or phone er sim ta khule amar kache rakh, bari theke call ashle bolbi ghumay.")
F("isolation_and_control", "en", "Don't let the boys talk to the NGO people who come to the khola. If anyone asks they are my nephews. Keep them inside the shed till the van leaves, and nobody goes to the market alone.")
F("isolation_and_control", "en", "they took my phone on the first day. i am texting from the cook's phone 01790334512, please dont call, only sms. the gate is locked at night and the guard sleeps in front of it", [("phone", "+8801790334512")])
F("isolation_and_control", "en", "Apa I can't come to the drop-in centre anymore. the line man follows me from the terminal to the mess and checks my call list every night. if he sees your number he will beat me")

# ---- labour_exploitation (bn2, bn-Latn3, en2)
F("labour_exploitation", "bn", "ভোর চারটায় ট্যানারিতে ঢুকি, রাত এগারোটায় বাইর হই। হাতের চামড়া উইঠা গেছে কেমিক্যালে, গ্লাভস চাইলে বলে নিজের টাকায় কিন। ঈদেও ছুটি দেয় নাই।")
F("labour_exploitation", "bn", "দুই মাস বেতন দেয় নাই, বলে মালিক দেশে গেছে। খাওয়া দেয় একবেলা, ভাত আর পাতলা ডাল। রাতে গোডাউনের মেঝেতে বারোজন গাদাগাদি কইরা শুই।")
F("labour_exploitation", "bn-Latn", "Bus e helper er duty sokal 5 ta theke raat 1 ta, gari tei pechoner seat e ghumai. weekly 700 tk dey, tao driver mama kete rakhe. mash e ekdin o chuti nai")
F("labour_exploitation", "bn-Latn", "Keraniganj er karkhanay 16 ghonta machine chalai, pani khawar time o dey na. betonta 3 mash dhore atkai rakhse, bole ekbare dibe, chaile bole onno jaygay ja")
F("labour_exploitation", "bn-Latn", "Lobon ar roddur e sara din mach ulta, haat e ghaa. raat e khola tei maachir modhye ghumai, 9 jon ek chalar niche. 3 mash hoilo kono taka dekhi nai")
F("labour_exploitation", "en", "Work starts 6am ends 11pm at the aluminium pot factory, no Friday off. Boss keeps the salary 'safe' until Eid but last Eid he gave only 1000 for the whole year.")
F("labour_exploitation", "en", "Three months no wages. When I asked, sardar said be grateful you get rice. We sleep on the floor next to the wet hides, the smell doesn't go, two boys have rashes all over.")

# ---- sexual_exploitation (bn2, bn-Latn3, en3)
F("sexual_exploitation", "bn", "আজ রাতে তিনটা কাস্টমার, হোটেলের ৩০৪ নম্বরে। টাকা ম্যানেজারের হাতে দিবি, নিজে একটা টাকাও রাখবি না। সকালে বাসায় ফোন দিতে চাইলে আগে আমারে কবি।")
F("sexual_exploitation", "bn", "আপা, টার্মিনালের পিছনের হোটেলে আমারে রাখছে। প্রতিদিন রাতে লোক আনে, না করলে খাওয়া বন্ধ। টাকা সব ভাই রাখে, আমি একটাও পাই না।")
F("sexual_exploitation", "bn-Latn", "Notun maal ashche 🌸 gram theke, fresh. hotel e room ready, rate 2500 full night, short 1000. sms 0163 1447 829, call dile dhorbo na", [("phone", "+8801631447829")])
F("sexual_exploitation", "bn-Latn", "Residential hotel e 2 ta room ready. Boss bolse meyera raat 10 tar age nichey namte parbe na, customer er sathe rate manager e thik korbe. List ta Telegram e: @kolatoli_vip_room", [("telegram", "@kolatoli_vip_room")])
F("sexual_exploitation", "bn-Latn", "Raat e counter er pechoner chele duita ke truck stand e pathaba, driver ra 300 kore dibe, 200 amar bhag. kaoke kichu bolle ar terminal e jayga pabe na")
F("sexual_exploitation", "en", "Body massage & company at residential hotel near Kolatoli. New girls from village every week, full privacy, room + girl package. Call/WhatsApp +880 1710-556932, photos on request vipcompanycox@gmail.com", [("phone", "+8801710556932"), ("email", "vipcompanycox@gmail.com")])
F("sexual_exploitation", "en", "he said we are married now but every night he brings men to the room and takes the money from them at the door. i want to go home, he says my family will not take me back after this")
F("sexual_exploitation", "en", "Room 5 girl refused again last night. No food for her till she agrees. Guest from Chittagong coming 10pm, booking already paid to me on bKash so make sure she is ready.")

# ---- minors (bn3, bn-Latn3, en2)
F("minors", "bn", "ছেলেটার বয়স এগারো, খাতায় আঠারো লিখা দিছি, জন্ম নিবন্ধন লাগবো না। পরিদর্শক আসলে কইবা আমার ভাইস্তা, ছুটিতে বেড়াইতে আসছে।")
F("minors", "bn", "খলায় আরো চাইরটা ছোট পোলা লাগবো, দশ বারো বছরের। বড়গুলা বেশি টাকা চায় আর কথা কয়। বাপ-মারে দুই হাজার কইরা আগাম দিয়া দিও, সিজন শেষে হিসাব। পোলা জোগাড় হইলে দালাল রফিকরে ফোন দিও ০১৯৩৮৮৪৭১২০।", [("phone", "+8801938847120")])
F("minors", "bn", "মেয়ের বয়স চৌদ্দ, কিন্তু দেখতে বড় লাগে, সমস্যা নাই। হোটেলে কাস্টমাররা ছোট মেয়েই বেশি চায়, রেট ও বেশি। কাল রাতের বাসে পাঠায়া দাও।")
F("minors", "bn-Latn", "Chhoto chele pathao, 9-10 bochor er, haat chhoto hoy, dryer machine er bhitor theke dust porishkar korte pare. borora dhukte pare na.")
F("minors", "bn-Latn", "Amar boyos 13, ami ei hotel e thaki 2 mash. manager bole keu jiggesh korle boyos bolbi 19, ar bolbi nijer iccha te ashsi.")
F("minors", "bn-Latn", "Kabin e boyos 18 dekhabo, notary korbo, meye 15 hoileo somossa nai. passport o korsi A04718236 diye, oikhane boyos 19. biye hoilei Dubai pathabo kaj e.", [("bd_passport", "A04718236")])
F("minors", "en", "Need 6 small boys for the tannery drum section, under 14 preferred, they fit inside to clean. Pay to parents in advance, boys stay with us at the shed, no school business. Send names and ages to hemayetpur.drum@gmail.com", [("email", "hemayetpur.drum@gmail.com")])
F("minors", "en", "I am 12. I came to Dhaka with the bus helper uncle. I sleep at Mohakhali terminal under the counter. Uncle takes all my money and says if I leave he will tell police I stole from passengers.")

# ---- payments_and_proceeds (bn2, bn-Latn2, en3)
F("payments_and_proceeds", "bn", "মেয়েদের টাকা সব আমার বিকাশে দিবা ০১৮১৪৭২৯৩৬৫, প্রতিদিন রাতে। কাস্টমার নগদ দিলে দোকান থেকা ক্যাশইন কইরা পাঠাইবা। মেয়েদের হাতে কিছু রাখবা না।", [("phone", "+8801814729365")])
F("payments_and_proceeds", "bn", "মহাজন তিন পোলার মাসের টাকা ১২,০০০ আমার বিকাশে দিছে, TrxID 8FH3K92LQA। তোমার ভাগ ৪,০০০ কাল পাঠামু। পোলাগো বাপেরে কইও আগের মতোই দেড় হাজার কইরা।", [("mfs_transaction", "8FH3K92LQA")])
F("payments_and_proceeds", "bn-Latn", "Booking er taka Nagad e pathan 01915-803247 e, eta agent number personal na. TxnID pathaile room number ar meye pathabo. Meyer hate kono taka diben na, tip o na.", [("phone", "+8801915803247")])
F("payments_and_proceeds", "bn-Latn", "Hotel er weekly share ekhon theke USDT te nibo, TRC20 address: " + TRON1 + " . bKash e ar na, BFIU 2 ta agent er account freeze korse.", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Send the weekend collection in 3 parts to different bKash agents, not more than 25k each, write 'family' in reference. Keep the girls' share in my drawer, they get it when hisab is done. Agents this week: 01408-221936 and 01577-640318.", [("phone", "+8801408221936"), ("phone", "+8801577640318")])
F("payments_and_proceeds", "en", "From next week the terminal cut comes in BTC only: " + BTC1 + " . Line men collect cash from the boys and girls every night, convert at Rony's shop, no more bKash.", [("btc_address", BTC1)])
F("payments_and_proceeds", "en", "Payment for the 2 boys (Savar) done: 20k to father via Nagad, 5k my commission, TxnID 7HX2KP9D. Their wages come to me first every month, boys start Monday at Hemayetpur.", [("mfs_transaction", "7HX2KP9D")])

# ---- threats_and_coercion (bn3, bn-Latn2, en2)
F("threats_and_coercion", "bn", "পালাইলে তোর মায়ের নামে চুরির মামলা দিমু, থানায় আমার লোক আছে। চুপচাপ কাম কর, বেশি বুঝবি না।")
F("threats_and_coercion", "bn", "কাল ওস্তাদ রেঞ্চ দিয়া পিঠে মারছে, আমি কাইন্দা ফেলছি তাই আরো মারছে। কইছে আবার বাড়ি যাওয়ার কথা কইলে হাত ভাইঙ্গা দিব।")
F("threats_and_coercion", "bn", "তোর ছবি আমার মোবাইলে আছে। বেশি তেড়িবেড়ি করলে গ্রামের সবার ফোনে যাইবো, তোর বাপে আর মুখ দেখাইতে পারবো না। যা কই তাই করবি।")
F("threats_and_coercion", "bn-Latn", "NGO r oi apa ke kichu bolle tor choto bon ke o niye ashbo ekhane, oke o kaj e lagabo. mone rakhis, tor gram ami chini.")
F("threats_and_coercion", "bn-Latn", "Shutki khola theke palaite gesilo duijon, dhore ene sobar shamne bedom pitaise. ekhon raat e shikol diye bedhe rakhe, amader bolse palaile eki hobe")
F("threats_and_coercion", "en", "If your mother comes to the terminal again with those NGO people, you won't see her again. Tell her you are happy here and you don't want to go back.")
F("threats_and_coercion", "en", "He burned my arm with the iron rod because I dropped the tray. Says next time he'll hand me to police as a thief, the OC eats at his hotel every day.")

# ================================================================ OK (60)
# news
N("news", "bn", "কক্সবাজারের নাজিরারটেকে শুঁটকি মহালে অভিযান, ২৩ শিশু শ্রমিক উদ্ধার; দুই খলা মালিককে ভ্রাম্যমাণ আদালতের জরিমানা, শিশুদের অভিভাবকের কাছে হস্তান্তর।")
N("news", "en", "RAB rescues 5 girls from a residential hotel in Jatrabari; manager and two others arrested under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn-Latn", "Dekhsen? Savar e tannery te child labour nie DIFE ar somajseba joint inspection korse, 12 ta bachha ke school e bhorti koraise, malikder kach theke muchleka nise")
N("news", "bn", "সায়েদাবাদ টার্মিনালে পুলিশের বিশেষ অভিযান: বাসের হেলপার হিসেবে কাজ করা ৯ শিশুকে পরিবারের কাছে ফেরত, মালিক সমিতি বলছে আর শিশু নেবে না।")
N("news", "bn", "মানবপাচার মামলায় কক্সবাজারের এক আবাসিক হোটেলের ম্যানেজারের ১০ বছরের কারাদণ্ড, দুই কিশোরীর জবানবন্দি ছিল মূল প্রমাণ।")
N("news", "en", "CID says the Kolatoli hotel ring moved its money through a crypto wallet (" + ETH1 + ") and bKash agents; the wallet and 14 accounts are now frozen, 6 accused in custody.", [("eth_address", ETH1)])
N("news", "bn-Latn", "Prothom Alo te dekhlam Gabtoli te bus helper der jonno night shelter khulse city corporation, 40 ta bed, khabar free. amader ekta visit kora dorkar. link: https://www.prothomalo.com/bangladesh/capital/gabtoli-night-shelter", [("url", "https://www.prothomalo.com/bangladesh/capital/gabtoli-night-shelter")])

# awareness
N("awareness", "bn", "শিশুকে কাজে পাঠানোর আগে ভাবুন। কেউ চাকরির লোভ দেখিয়ে আগাম টাকা দিলে বা শিশুকে দূরে নিতে চাইলে ১০৯৮ (চাইল্ড হেল্পলাইন) নম্বরে ফোন করুন, কল ফ্রি।")
N("awareness", "en", "Parents: no real employer keeps your child's phone or birth certificate. If someone offers a 'hotel job with free room' for your teenage daughter, call 999, Child Helpline 1098, or our office 01730-091098.", [("phone", "+8801730091098")])
N("awareness", "bn-Latn", "Apa ajke uthan boithok e maa der bollam, dadon nile bachha ke bondhok rakhar kono niyom nai, eta aine oporadh. sobai mon diye shunse, 2 jon maa nijer kotha o bollo.")
N("awareness", "en", "Training for residential hotel staff in Cox's Bazar on spotting minors checked in with adult men. Sunday 10am at the Kolatoli office, tea provided, certificates for all.")
N("awareness", "bn", "স্কুলে ফিরি ক্যাম্পেইন: হেমায়েতপুরের ট্যানারি এলাকার ৪০ জন শিশুর জন্য বিকেলের ক্লাস চালু, অভিভাবকদের জন্য মাসিক ৫০০ টাকা উপবৃত্তি।")
N("awareness", "bn", "সতর্কতা: 'বিদেশে হোটেলে চাকরি, কোনো খরচ লাগবে না' এমন বিজ্ঞাপনে বিশ্বাস করবেন না। সরকার অনুমোদিত রিক্রুটিং এজেন্সির তালিকা দেখুন www.bmet.gov.bd এ।", [("url", "www.bmet.gov.bd")])
N("awareness", "bn-Latn", "Ajker school session e bachhader bollam: keu jodi bole 'tor passport/kagoj amar kache thakbe' ba 'kauke bolbi na', sathe sathe teacher ke janabe. ora role play o korse, moja hoise")

# official
N("official", "bn", "সমাজসেবা অধিদফতর: শিশু সুরক্ষা সমাজকর্মী পদে নিয়োগ বিজ্ঞপ্তি। আবেদন শুধু অনলাইনে, কোনো প্রকার ফি বা দালালের মাধ্যমে আবেদন গ্রহণযোগ্য নয়। বিস্তারিত: www.dss.gov.bd", [("url", "www.dss.gov.bd")])
N("official", "en", "DIFE notice: under the hazardous work list, tannery work, dry fish processing and vehicle helper work are prohibited for anyone under 18. Employers in violation will be fined under the Labour Act 2006.")
N("official", "bn-Latn", "Jatrabari thana theke SI Rahim bolchi. Apnader rescue kora meyeta ke kal court e jobanbondir jonno niye jabo, apnader ekjon female staff thakte hobe 11 tay. 01320-118745", [("phone", "+8801320118745")])
N("official", "en", "CWC hearing for the two Nazirartek boys on the 14th. Bring birth certificates, the GD copy and the school admission letters. Women & Children desk: 01769-552210", [("phone", "+8801769552210")])
N("official", "bn", "শিশু আদালতের আদেশ: উদ্ধারকৃত শিশু (১৩) কে টঙ্গী সরকারি শিশু উন্নয়ন কেন্দ্রে অন্তর্বর্তীকালীন হেফাজতে রাখা হবে, পরবর্তী শুনানি ২৮ তারিখ।")
N("official", "en", "BMET reminder: minimum age for overseas employment is 18. Register only through DEMO offices or the Ami Probashi app; the government cap for Malaysia is Tk 79,000, anything above is illegal.")
N("official", "bn-Latn", "Upazila somajseba officer er office theke jananu holo, sponsorship program er 15 ta bachhar NID/jonmo nibondhon copy somobar er moddhe jama dite hobe. scan copy o pathate paren uso.keraniganj@gmail.com e.", [("email", "uso.keraniganj@gmail.com")])

# receipt
N("receipt", "bn", "আপনি ২,০০০ টাকা সফলভাবে সেন্ড মানি করেছেন ০১৭১১২২৩৩৪৪ নম্বরে। TrxID BH72KQ9ZP1। ব্যালেন্স ৩৪৫.৫০ টাকা।", [("phone", "+8801711223344"), ("mfs_transaction", "BH72KQ9ZP1")])
N("receipt", "en", "Cash In Tk 5,000.00 from 01812987654 successful. TxnID 72MKQ8Z3. Balance Tk 6,240.00. Thank you for using Nagad.", [("phone", "+8801812987654"), ("mfs_transaction", "72MKQ8Z3")])
N("receipt", "bn-Latn", "Apa, stipend er 1500 tk pathaisi Rahima r ammur number e, TrxID 9BC4MN2XQ7. screenshot group e dilam, voucher e sign niye nibo.", [("mfs_transaction", "9BC4MN2XQ7")])
N("receipt", "en", "Received 12,000 for Ruma's school fees and uniform from the project fund, bKash TrxID AKL93JF2QW. Voucher signed by her mother.", [("mfs_transaction", "AKL93JF2QW")])
N("receipt", "bn-Latn", "Hotel advance 4000 tk bKash korsi, Sea Crown Kolatoli, 2 ta room training team er jonno 12-14 Dec. receipt accounts e forward korlam, TrxID CK41PZ8W2M.", [("mfs_transaction", "CK41PZ8W2M")])

# family
N("family", "bn", "বাবা, ঈদে বাড়ি আইবি তো? তোর মালিক ছুটি দিছে? বাসের টিকিট আগে কাইটা রাখিস, শেষে পাবি না। আমি পিঠা বানাইয়া রাখমু।")
N("family", "bn", "তোর পাসপোর্টের কাজ শেষ? ছবি তুলতে আমিও যামু, মেয়েরে একা পাঠামু না। বিয়ার পরে জামাইয়ের লগে ওমরায় যাইবো, টিকিট জামাই কাটবো। ডেলিভারি স্লিপে নম্বর লেখা EB0487213, হারাইস না।", [("bd_passport", "EB0487213")])
N("family", "bn-Latn", "Abba, dokan er malik bolse ei mash e beton 2 din pore dibe, bank e jhamela. tension nio na, ami thik moto khai dai. school er boi o kinsi.")
N("family", "en", "Mum, reached Cox's Bazar with my class, hotel room is nice. Teacher collected our phones for the night so we sleep, will call you tomorrow morning.")
N("family", "bn-Latn", "Dada, ami ar bus e kaj korbo na, NGO apa school e bhorti kore dise, class six. malik er kach theke amar baki 3000 ta niye nio, uni dibe bolse.")
N("family", "bn", "ভাইয়ের বিয়ার জন্য মহাজনের থেকা বিশ হাজার টাকা ধার নিছি, ধান উঠলে শোধ দিমু। চিন্তা কইরো না, সুদ বেশি না।")
N("family", "en", "Bhabi please send your NID number and Tanu's birth certificate number, I'll fill her upobritti form at school tomorrow. Mine is 6423917058 if they need guardian too.", [("bd_nid", "6423917058")])
N("family", "bn-Latn", "Meye ke Dhaka te pathabo na apa, apni bolsen tai school e rakhsi. Or abba o ekhon bus er helper na, driver hoise, income valo, ghore thake beshi.")
N("family", "bn-Latn", "Mama Malaysia theke call dibe ei number theke +60 11-2874 5930, tule nio, spam na. Uni visa renew korse, company valo, beton time moto.", [("phone", "+601128745930")])

# joke
N("joke", "bn-Latn", "Amar boss amake 12 ghonta kaj koray, tarpor bole 'tumi to family er moto'. family hoile to Eid bonus dobol thakto 😂")
N("joke", "bn", "অফিসের এসি নষ্ট, আমরা সবাই শুঁটকির মাচায় শুকাইতেছি 😂 কেউ একটু পানি আর লেবু আনো")
N("joke", "en", "Director locked the store room with all the biscuits inside again. Snack deprivation is an ILO indicator, I'm filing a complaint 😂")
N("joke", "bn-Latn", "Sayedabad theke Cox's Bazar 12 ghonta, helper mama amar bag er jonno alada bhara chaise, ami bolsi bag ta minor, half ticket 😂")
N("joke", "en", "My son says he'll become a 'mahajan' when he grows up because they never work and always get paid 😂 told him homework first.")

# worker_content
N("worker_content", "bn", "আমি এখন ওয়ার্কশপে শিক্ষানবিশ, বয়স উনিশ। শুক্রবার ছুটি, ওস্তাদ হাতে ধইরা কাজ শিখায়, বেতন মাসের এক তারিখেই দেয়। আপনারা দোয়া রাইখেন।")
N("worker_content", "en", "I drive for a Chittagong line company now, 8 hour shifts, salary by bank. They even gave me a helper trainer certificate. Thanks apa for pushing me to get the license.")
N("worker_content", "bn-Latn", "Tannery te ami ekhon safety supervisor, boyos 24. bachha der gate e dhukte dei na, ekta board lagaisi 'Under 18 prohibited'. malik o support kore.")
N("worker_content", "en", "Apa, got my first salary from the tailoring centre, 9,500, paid into my own bKash. Bought ammu a phone. I still come for the Thursday group.")
N("worker_content", "bn", "শুঁটকির সিজনে খলায় কাজ করি, বয়স বাইশ, দিনে আটশো টাকা, সন্ধ্যায় বাড়ি যাই। মালিক ভালো, পোলাপান রাখে না, রাখলে জরিমানা।")

# chatter (hard)
N("chatter", "bn", "কালকে কক্সবাজার ফিল্ড ভিজিটের গাড়ি সকাল ৬টায়, সবাই ব্যাগে পানি আর স্যালাইন নিবেন। নাজিরারটেকের দুইটা খলায় হোম ভিজিট আর একটা FGD।")
N("chatter", "bn-Latn", "Case file gulo update koren please, Sayedabad er 4 ta boy er GD number ar age verification lagbe donor report e, Thursday deadline.")
N("chatter", "en", "Reminder: the rescued girls' photos must NOT go on Facebook or in the donor report. Blur faces, initials only, no hotel names.")
N("chatter", "bn", "রিনা আপা, হোটেল মালিক সমিতির সাথে মিটিং বৃহস্পতিবার। উনারা রেজিস্টারে গেস্টের এনআইডি কপি রাখার ব্যাপারে রাজি হইছে, লিখিত চাইবো। সমিতির সেক্রেটারির নম্বর ০১৮১৯-৪৪৭৬২০।", [("phone", "+8801819447620")])
N("chatter", "en", "Milon (14) is back, he was at his uncle's in Manikganj for the wedding. He came to the drop-in centre today and asked for his football.")
N("chatter", "bn-Latn", "Kolatoli r oi case ta close, meyeta ke family r kache hostantor kora hoise, DSS er follow up next month. ma onek kanna korse, valo lagse.")
N("chatter", "en", "Telegram group for case workers is @dhakacp_caseworkers, share only anonymised updates there, no names or phone numbers of children.", [("telegram", "@dhakacp_caseworkers")])
N("chatter", "bn-Latn", "Ajke Keraniganj er ek workshop malik nijei phone dise, bole 3 ta bachha ke amader school e dite chay, borora kaj korbe. follow up korte hobe.")
N("chatter", "bn-Latn", "Bhai tomar passport renew hoise? amar ta 2 mash pore expire, e-passport er appointment pachchi na, agent 3000 chay, dibo na.")

# everyday (not hard)
N("chatter", "bn", "আজকে অফিসে দুপুরে খিচুড়ি, কেউ দেরি কইরো না।", hard=False)
N("chatter", "en", "Printer on the 3rd floor is jammed again, who has the IT guy's number?", hard=False)
N("chatter", "bn-Latn", "Ami ajke ektu late hobo, Mirpur 10 e bhoyaboho jam.", hard=False)
N("chatter", "en", "Happy birthday Shirin apa! 🎂 cake at 4pm in the meeting room", hard=False)
N("chatter", "bn", "মিটিং মিনিটস ড্রাইভে আপলোড করছি, সময় পাইলে দেখে নিয়েন।", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তায় হাঁটু পানি, রিকশা পাইতেছি না। আধা ঘণ্টা লাগবে।", hard=False)


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
    random.Random(167).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev167-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
