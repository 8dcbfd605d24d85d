#!/usr/bin/env python3
"""Blind dev set dev88: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: caseworker for Bangladeshi men on the Balkan and Eastern Europe route (Romania,
Croatia, Serbia, Bosnia, Poland work permits sold by Dhaka agencies and Telegram 'consultants', 'game' border crossings,
smugglers holding men until families pay, farm and building-site work with passports kept by the boss); Banglish,
Sylheti/Noakhali/Madaripur Bengali, agency English. Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev88.jsonl"
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


BTC1 = btc("dev88-btc-1")
TRON1 = tron("dev88-tron-1")
ETH1 = eth("dev88-eth-1")

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
  "bhai amre koisilo romania te factory kaj, 1200 euro beton+overtime. airport e namar por keu nai, agency r lok phone dhore na. "
  "ekhon 6 jon ek ghore bucharest e boisa asi 3 sopta, kaj nai. lokal ek bangali bhai permit ta dekhe koilo company r nam e kono factory e nai, eta ekta cleaning firm er kagoj")
F("recruitment_deception", "bn",
  "🇭🇷 ক্রোয়েশিয়া ওয়ার্ক পারমিট ১০০% গ্যারান্টি ✅\nভাষা লাগবে না, অভিজ্ঞতা লাগবে না\nবেতন ১৪০০ ইউরো + ওভারটাইম, থাকা খাওয়া কোম্পানির\n"
  "এম্বাসি ফেস করা লাগবে না, ভিসা আমরাই 'সেটিং' করে দিবো 🔥 সিট সীমিত!!\nবিস্তারিত ইনবক্সে 👉 t.me/croatia_setting_bd",
  [("telegram", "@croatia_setting_bd")])
F("recruitment_deception", "en",
  "Dear candidate your Serbia job is confirmed. You will enter Belgrade on visit visa, our partner company convert to work permit after arrival, "
  "no need embassy interview. After 3-4 month we arrange Italy also, many boys already reached. Package 9.5 lakh all inclusive. "
  "For details whatsapp Mr Kamal +381 64 552 9184",
  [("phone", "+381645529184")])
F("recruitment_deception", "bn-Latn",
  "bhaisab amar fuare poland nibo khoise, warehouse e kaj, sob legal. ekhon he gese 3 mash oilo, kita khoy jano? warehouse bolte kunta nai. "
  "tara ekhon khoy bosnia diya italy jaite oibo, 'arekta game dilei oi jaibo'. amra to italy r kotha kunodin khoi nai")
F("recruitment_deception", "bn",
  "হেতেরা কইছিল রোমানিয়ায় হোটেলের কাম, হেনে যাই দেখি মুরগির খামার। বেতন কইছিল ৯০০ ইউরো, দিতেছে ৪০০ এর মতো। "
  "কন্টাক্ট পেপারে যে কোম্পানির নাম হেই কোম্পানি আঙ্গোরে চিনেই না, কয় আমরা কাউরে ডাকি নাই")
F("recruitment_deception", "en",
  "bro the croatia permit they gave me is fake. police in zagreb checked the number in their system, no such company. "
  "agency in paltan still saying wait wait its processing. i paid full 8 lakh + ticket. how i go back now",
  )
F("recruitment_deception", "bn",
  "ভাই আপনার বলকান ফাইল আমি নিজে দেখি, এজেন্সির ঝামেলা লাগবে না, বিএমইটি স্মার্ট কার্ডও লাগবে না। ট্যুরিস্ট ভিসায় সার্বিয়া ঢুকবেন, "
  "ওখান থেকে আমার লোক রোমানিয়ার পারমিট হাতে দিবে, কাজ রেডি। আপনার পাসপোর্ট নং A07731492 দিয়ে ফাইল ওপেন করলাম, কাউকে বলার দরকার নাই আমি কার মাধ্যমে করতেছি",
  [("bd_passport", "A07731492")])
F("recruitment_deception", "bn-Latn",
  "vai passport e to dekhi poland er student visa lagaise, agency koisilo work permit. ekhon university theke chithi aise class na korle visa cancel. "
  "ami to kono admission dei nai, english o pari na. agency r ofis e gesilam Madaripur, koy oita 'system', kaj kora jaibo. kisu bujtesi na kaisi")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক রাইখা ৮ লাখ দিছে দালালরে, ব্র্যাকের কিস্তি চলে মাসে ১২ হাজার। আর আমি পোল্যান্ডে বইসা আছি ৫ মাস কাজ ছাড়া। "
  "আম্মার লগে কথা কইলে খালি কিস্তির কথা, কি জবাব দিমু")
F("fees_and_debt", "bn-Latn",
  "romania pouchanor por company r manager koitese permit renew korte arokta 2500 euro lagbe, na dile visa cancel hoye jabe. "
  "ami to 7 lakh diya aisi desh theke!! ar koto dimu. agency ke call dilam oi pash theke bole 'oita company r bepar'")
F("fees_and_debt", "en",
  "As discussed, 300 euro will be deducted from your salary every month until the balance 6 lakh is cleared. "
  "If you leave before that the full amount becomes due immediately to your family. Sign the paper and send photo today.")
F("fees_and_debt", "bn",
  "বস বলে পাসপোর্ট ফেরত নিতে হইলে ১৫০০ ইউরো দিতে হবে, এইটা নাকি আমার থাকা খাওয়ার 'খরচ'। না দিলে পাসপোর্ট দিবে না, দেশেও যাইতে পারবো না। "
  "আমার পাসপোর্ট নং EC4418207, কেউ যদি এম্বাসিতে জানাইতে পারেন",
  [("bd_passport", "EC4418207")])
F("fees_and_debt", "bn-Latn",
  "bhaisab ami bosnia te 4 mash. donkir manush khoy je game er taka baki ase 2800 euro, italy fouchaile tar lokor restaurant e 1 bosor bina betone kaj kori shodh korte oibo. "
  "ar na korle taka tumar ghor theke tulbo. ami kita kortam")
F("fees_and_debt", "en",
  "Advance 2 lakh for Romania file opening, send bkash personal 01712-884530 (not agent). Balance 5.5 lakh after visa. "
  "We don't give receipt bhai, this is trust business. Hurry only 4 slot left this month",
  [("phone", "+8801712884530")])
F("fees_and_debt", "bn-Latn",
  "amar hete ekhon 3 ta NGO theke kisti tulse, asa, grameen r brac. mash e 22 hajar kisti. hete gese serbia, hei hane kaj nai, uilta aro 1 lakh chaise game er lai. "
  "ami ki kormu, shoshur bari o ar taka dibo na")
F("fees_and_debt", "bn",
  "সাইটের ম্যানেজার বলছে থাকার ঘর ২৫০ ইউরো, খাওয়া ১৫০, গাড়ি ৫০, সব বেতন থেকে কাটবে। হাতে পাই ১২০ ইউরো। "
  "আর বলে এজেন্সির পাওনা ৩ লাখ শোধ না হওয়া পর্যন্ত কাজ ছাড়তে পারবা না, ছাড়লে বাড়িতে লোক যাবে")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "bhai 3 lakh ek numbore pathaio na, bkash limit e atkaibo. 01819-442207 e 1 lakh, 01645-310982 e 1 lakh, baki ta nagad 01923557106 e. "
  "sob personal, amra cash out koira nimu. TrxID gula screenshot dia rakhio, kaoke dekhaio na",
  [("phone", "+8801819442207"), ("phone", "+8801645310982"), ("phone", "+8801923557106")])
F("payments_and_proceeds", "en",
  "From this month croatia file payment only USDT TRC20, bank and bkash not safe. Send 3200 USDT to this wallet " + TRON1 +
  " and share screenshot to telegram @balkan_docs_hasan. After confirm we book your appointment.",
  [("tron_address", TRON1), ("telegram", "@balkan_docs_hasan")])
F("payments_and_proceeds", "bn",
  "ইউরো ব্যাংকে পাঠাইলে রেট কম আর কাগজের ঝামেলা। আমাদের হুন্ডির লোক আছে, আপনার বাবার নগদে সরাসরি টাকা যাবে। "
  "গেমের টাকা ইতালির ভাই ধইরা রাখবে, পোলা বর্ডার পার হইলে তখন ছাড়বে। কমিশন ৫%")
F("payments_and_proceeds", "bn-Latn",
  "TrxID BHK7Q2MX9P er screenshot dilam, eta bosnia r 2nd installment. baki 80 hajar kalke rat er moddhe, "
  "na hole tomar bhai er nam next game er list e thakbe na. boss ke ami bujhamu",
  [("mfs_transaction", "BHK7Q2MX9P")])
F("payments_and_proceeds", "en",
  "collected today: rubel 1.5L, sumon 1.5L, jahid 2L all rocket to my cousin a/c, i cash out in madaripur bazar and hand to boss tomorrow. "
  "last one Rocket TxnId: 7744120958. dont put names in this group again, use code",
  [("mfs_transaction", "7744120958")])
F("payments_and_proceeds", "bn",
  "ওরা বলছে রাতের মধ্যে ২ লাখ ৭০ হাজার এই বিকাশ এজেন্ট নাম্বারে ক্যাশ ইন করতে ০১৭৮৫-২২৯৬৪১, একবারে না, ৩০ হাজার কইরা ৯ বার। "
  "প্রতিবার রিসিটের ছবি পাঠাইতে হবে তাহলে ভাইরে ছাড়বে",
  [("phone", "+8801785229641")])
F("payments_and_proceeds", "bn-Latn",
  "bhaisab tar lok khoy bitcoin e dile taratari oy, ei address e 0.045 BTC dibain: " + BTC1 +
  " . Sylhet e kunu bank e jaoa lagto nay, Dubai te tar bhaisab cash kori dibo, Bosnia te tara faiya jaibo",
  [("btc_address", BTC1)])

# isolation_and_control (7: bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn-Latn",
  "farm er boss amader 9 jon er passport niye rakhse, bole safe e thakbe, haray jabe naki. bazar e jete dile o sathe ekjon romanian jay, "
  "ekla ber hoite dey na. residence card er kotha bolle hashe ar bole 'later later'")
F("isolation_and_control", "bn",
  "ব্যাটারা ফোন নিয়া গেছে, দিনে একবার ৫ মিনিট দেয় বাড়িতে কথা বলতে, সামনে দাঁড়াইয়া শোনে। বলছে আম্মারে যেন কই সব ঠিক আছে, কাজ চলতেছে। "
  "এইটা লুকাইয়া পাশের জনের ফোন থেকে লিখতেছি, রিপ্লাই দিয়েন না এই নাম্বারে")
F("isolation_and_control", "en",
  "They lock the container from outside at night, 11 of us inside, toilet is a bucket. Morning the serbian guy opens and drives us to site, evening same. "
  "We dont even know the address. If you can find this place pls help, my last location was near Novi Sad")
F("isolation_and_control", "bn-Latn",
  "tuin kiyare bari e kaibi na je amra jungle e asi. hetenra koise kaile game cancel, ar kunodin nibo na, ar hetenra amago mobile o dekhe. "
  "mare kaibi kaj kortesi croatia te, bhalo asi. bujhsos?")
F("isolation_and_control", "bn",
  "পাসপোর্ট আর রেসিডেন্স কার্ড দুইটাই কোম্পানির অফিসে জমা। বলছে তিন বছরের কন্ট্রাক্ট শেষ না হইলে ফেরত দিবে না। "
  "শহরে যাইতে হইলে সুপারভাইজারের পারমিশন লাগে, একা যাওয়া নিষেধ, বাংলাদেশি অন্য কারো সাথে মিশলে জরিমানা")
F("isolation_and_control", "en",
  "Reminder to all new workers: do not contact embassy or any NGO in Bucharest, they will make problem for your visa. "
  "Any issue you talk only to Mr Dorin, he keeps your documents. No facebook posting about company. Call only +40 743 118 902",
  [("phone", "+40743118902")])
F("isolation_and_control", "bn-Latn",
  "amago sim card kaira nise, notun sim dise jeta diya sudhu boss er number e call jay. bari te kotha kaite gele boss er phone e speaker diya kaite hoy, "
  "pashe boisa thake. amar bou re ajo kaite pari nai je ami kothay asi")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "চার মাস হইলো এক টাকা বেতন দেয় নাই। বলে কোম্পানির টাকা আসে নাই, আগামী মাসে। এর মধ্যে খাবার কিনতে ধার করতেছি পাশের রুমের নেপালি ভাইদের থেকে। "
  "কাজ কিন্তু প্রতিদিন চলতেছে")
F("labour_exploitation", "bn-Latn",
  "shokal 5 ta theke rat 9 ta porjonto greenhouse e, sunday o chuti nai. overtime er taka chaile bole contract e 8 ghonta lekha, baki ta 'help'. "
  "gotokal jor nie o kaj korsi, na korle oi diner taka kete ney")
F("labour_exploitation", "en",
  "20 men in one flat near wroclaw, 2 bathroom, we sleep on mattress on floor. company cut 600 zloty each for this 'accommodation'. "
  "salary 2 month late, when we ask supervisor says complain and you go home tomorrow")
F("labour_exploitation", "bn-Latn",
  "din e ekbela baat dey, rate khali ruti ar alu. kaj 12-13 ghonta, chuti kunu din nai. gesil mash e 3 jon beemar oise, "
  "doctor dekhaite nilo nay. bhaisab ami ar fartam na, shorir e kulay na")
F("labour_exploitation", "bn",
  "সাইটে উপর থেকে পইড়া হাত ভাঙছে রাকিবের, বস হাসপাতালে নেয় নাই, বলে তোর কাগজ নাই, হাসপাতালে গেলে পুলিশ ধরবে। "
  "এখন ভাঙা হাতে সিমেন্টের বস্তা টানে, না টানলে সেই দিনের টাকা কাটা")
F("labour_exploitation", "en",
  "contract says 4.5 euro per hour, boss pays 2 euro cash, no payslip nothing. if we ask he says go back bangladesh, 100 more waiting for your place. "
  "we are 14 bangladeshi on this site in Osijek, all same")
F("labour_exploitation", "bn-Latn",
  "amar bhai re romania te ek dairy farm e rakhse, goru r ghor er pashe ek rum e thake. rat 3 ta e uthe dudh duite hoy, kaj shesh rat 10 ta. "
  "mash e 200 euro dey, kaile hete koy bhalo na lagle chaila jao, passport to hete ger kase, jaibo kemne")
F("labour_exploitation", "bn",
  "রোজার মাসেও সেহরি খাইয়া সাইটে, ইফতার সাইটেই, রাত ১১টা পর্যন্ত ঢালাই। ২২ দিন টানা কাজ, একদিনও ছুটি দেয় নাই। "
  "বেতন চাইলে কয় তোমাগো অ্যাকাউন্টে জমা আছে, দেশে যাওনের সময় একবারে দিমু। ৭ মাস ধইরা এই কথা")

# threats_and_coercion (8: bn 2, bn-Latn 3, en 3)
F("threats_and_coercion", "bn-Latn",
  "ami velika kladusa r ek barite atka 2 din, donkir lok 4 jon ke lathi diya marse amar samne. koise bari theke 2 lakh na ashle "
  "video bari te pathaibo ar croatia r police er hate dia dibo. abbu re kisu koiyo na ekhono, amma sojjo korte parbo na")
F("threats_and_coercion", "en",
  "[voice note 0:42] ...listen, your brother is with us, we give him food, he is fine. but game money finished and he owes. "
  "tell your father friday. friday. otherwise we send him back to the jungle with nothing and his leg... you understand me")
F("threats_and_coercion", "bn",
  "দালাল মতিন বাড়িতে লোক পাঠাইছে, আব্বারে বলছে ছেলে যদি বাকি টাকা না দেয় বা ফেসবুকে কিছু লিখে তাহলে জমি দখল হবে, মামলা দিবে। "
  "আম্মা কান্নাকাটি করতেছে। ওর নাম্বার ০১৯১৪-৬৭২৩০৮, আপনারা কিছু করতে পারবেন?",
  [("phone", "+8801914672308")])
F("threats_and_coercion", "bn-Latn",
  "boss bole tor permit expired, ami chaile ekhoni immigration e phone dimu, jail e jabi tarpor deport, tor family r 7 lakh shesh. "
  "tai chup kore kaj kor ar beton er kotha bolbi na")
F("threats_and_coercion", "en",
  "hasan bhai sold us to another group in bihac, i heard them 1000 euro per head. new group says we owe them now, not hasan. "
  "they took 2 boys phone already. please dont call, send msg only")
F("threats_and_coercion", "bn",
  "আমারে কারেন্ট দিছে ভাই, পিঠে দাগ আছে। তারা খয় বাড়ির মানুষরে ভিডিও দেখাইবো যদি টাকা না আয়। "
  "আমার আব্বার নাম্বার ০১৭২৬-৩০৪৮৮১, উনারে কইবা আমি বাঁচি আছি",
  [("phone", "+8801726304881")])
F("threats_and_coercion", "bn-Latn",
  "Rubel re koi dio, bosnia theke palaile amago lok madaripur e tor baba re dhorbe. sobar thikana amago kase ase, "
  "tor NID: 8223517409612 o ase. vabis na je palaiya bachbi",
  [("bd_nid", "8223517409612")])
F("threats_and_coercion", "en",
  "If you go to the labour inspector you will never work in Poland again, I know everyone there. Your visa I cancel tomorrow morning. "
  "Think about your family loan before you do something stupid.")

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "en",
  "URGENT 🌸 girls 20-28 for spa & massage job in Belgrade and Sarajevo, 1500 euro + tips, no experience, pretty face must. "
  "Send full body photo on wa.me/381645529180 . Bangladeshi & Nepali girls preferred, clients like",
  [("whatsapp", "+381645529180")])
F("sexual_exploitation", "bn",
  "বলছিল হোটেলের হাউসকিপিং, এখানে আইনা একটা ক্লাবে রাখছে। রাতে কাস্টমারের সাথে বসতে হয়, ড্রিংক করতে হয়, না বসলে খাবার দেয় না। "
  "আমার পাসপোর্ট ম্যাডামের কাছে। আপা আমারে কেমনে বাইর করবেন")
F("sexual_exploitation", "bn-Latn",
  "bhabi re poland e cleaning er kaj diye niye gese, ekhon she phone e kande, bole oi lok tare ek flat e rakhse, raat e onno lok ashe. "
  "lokta bole tar dena 4 lakh, shodh korte hobe 'onno bhabe'. bhaiya ke ki bolbo bujhtesi na")
F("sexual_exploitation", "en",
  "new bengali girl arrived zagreb, very young looking, shy 😉 room 3. 100 per hour, 250 night. I keep her docs, book only through me, "
  "she speaks no english no problem. insta @zg_vip_rooms for pics",
  [("instagram", "@zg_vip_rooms")])
F("sexual_exploitation", "bn",
  "রোমানিয়ায় থাকা ছেলের সাথে বিয়ে দিবে বলে মেয়েটারে ফ্যামিলি ভিসায় নিয়া গেছে। ওখানে গিয়া দেখে কোনো বিয়া নাই, ঘরে আরো দুইটা মেয়ে, "
  "রাতে 'কাস্টমার' আসে। ছেলের নাম্বার বন্ধ, মেয়ের মা পাগলের মতো ঘুরতেছে")
F("sexual_exploitation", "bn-Latn",
  "amago group er sohel r tanvir, duijon er boyos 25-26, oder ke afghan lok gula koise game er taka maf hobe jodi rate oder shathe thake. "
  "sohel gese, ferot aisha kotha koy na, khali kande")
F("sexual_exploitation", "en",
  "boss says if you cant pay remaining 2000 euro you do camera work for his site, video call with foreigners at night, he takes the money. "
  "many girls from dhaka doing it, easy, no touching. decide by sunday")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "ছেলের বয়স তো ১৬, দালাল কয় সমস্যা নাই, জন্ম নিবন্ধন বদলাইয়া ২১ বানাইয়া পাসপোর্ট কইরা দিবে, ১০ হাজার বেশি লাগবে। "
  "রোমানিয়ার ফার্মে নাকি কমবয়সী পোলাগোই কাজ বেশি দেয়")
F("minors", "bn-Latn",
  "amar bhagna, boyos matro 15, bosnia te ek donkir group er shathe. ora oke diye rannabanna koray, bhari bag boyay, game e sobar samne pathay. "
  "ora bole choto fua dekhle police kisu kore na. phone o dey na oke")
F("minors", "en",
  "We have 3 boys 14-16 from sylhet on the Lipa side, agent registered them as 19 in camp. they work for the smugglers carrying water and "
  "phones to the jungle point, nobody pays them, one has fever 4 days. can your team reach them")
F("minors", "bn",
  "মাইয়ার বয়স তো ১৪, হেতেরা কয় পোল্যান্ডের পোলার লগে বিয়া দিলে পুরা পরিবার পরে যাইতে পারবো, কাগজে বয়স ১৮ দেখাইবো, আঙ্গো কিছু করা লাগবো না। "
  "আঁর মন মানে না")
F("minors", "bn-Latn",
  "choto bhai ta 17, croatia te car wash e rat e kaj kore. boss jane o under 18, tai beton ordhek dey, bole 'tor to kagoj nai, kar kase jabi'. "
  "school er kotha bollei hashe")
F("minors", "en",
  "Min age 18 on paper only bhai. Boys 16-17 ok, we make new birth reg and new NID, like NID no: 20053317822046519, Madaripur office handles. "
  "Poland farm work, strong young boys needed, small body good for greenhouse",
  [("bd_nid", "20053317822046519")])
F("minors", "bn",
  "বেলগ্রেডের পার্কে একা একটা ১৩ বছরের বাচ্চা, নোয়াখালীর। চাচা পাঠাইছিল, দালাল ওরে এক কাবাবের দোকানের মালিকের কাছে বেচে দিছে। "
  "সারাদিন থালাবাসন ধোয়, রাতে দোকানেই ঘুমায়, বাড়িতে ফোন করতে দেয় না")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মাদারীপুরে মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। ইউরোপে পাঠানোর প্রলোভন দেখিয়ে বসনিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগ, "
  "জানিয়েছে র‍্যাব-৮। উদ্ধার হওয়া যুবকেরা পরিবারের কাছে ফিরেছেন।")
N("news", "en",
  "Croatia to issue up to 120,000 work permits this year, with Bangladesh among the top source countries, the labour ministry said. "
  "Under the new rules employers must cover recruitment costs and workers' passports may not be retained.")
N("news", "bn",
  "পোল্যান্ডে কাজের ভিসায় গিয়ে প্রতারিত ১২ যুবক দেশে ফিরেছেন। ব্র্যাক মাইগ্রেশন প্রোগ্রামের সহায়তায় শাহজালাল বিমানবন্দরে তাদের অভ্যর্থনা জানানো হয়। "
  "ভুক্তভোগীরা জানান, দালালের মাধ্যমে প্রত্যেকে ৬ থেকে ৮ লাখ টাকা দিয়েছিলেন।")
N("news", "en",
  "Bosnian police found 34 migrants, including nine Bangladeshi nationals, in the back of a truck near Bihać on Tuesday. "
  "The driver, a Serbian citizen, was detained on suspicion of smuggling; the migrants were taken to the Lipa reception centre.")
N("news", "bn-Latn",
  "bhai dekhso? somoy tv te dekhailo serbia r bosnia theke 40 jon ferot aise IOM er flight e, sobai nirapod. dalal duijon re polis dhorse Shibchar e. "
  "ekjon interview e kotha koite giya kaindala")
N("news", "en",
  "Romania has cut the processing time for non-EU work permits to 30 days, the General Inspectorate for Immigration announced. "
  "Bangladeshi and Nepali workers received the most permits in 2025, mainly in construction, food delivery and agriculture.")
# awareness
N("awareness", "bn",
  "⚠️সতর্কবার্তা⚠️ রোমানিয়া/ক্রোয়েশিয়ার ওয়ার্ক পারমিটের নামে টেলিগ্রামে 'কনসালটেন্ট' অগ্রিম টাকা চাইছে। পারমিট আসল কিনা যাচাই করুন সংশ্লিষ্ট দেশের সরকারি ওয়েবসাইটে। "
  "কাউকে আসল পাসপোর্ট জমা দিবেন না। প্রবাসী কল্যাণ হেল্পলাইন ১৬১৩৫। শেয়ার করুন")
N("awareness", "bn-Latn",
  "*Forwarded many times* bhaiera balkan route e game dite jaben na. jungle e manush mara jay, donki ra atkaiya taka chay, family sob hariye fele. "
  "legal way te jan, BMET e registration koren, agency r license number check koren. jara jaite chan amake inbox koren free poramorsho dibo")
N("awareness", "en",
  "Planning to work in Europe? Genuine employers in Romania, Croatia and Poland never ask workers to pay for a work permit. "
  "If anyone keeps your passport, asks for money at the border or promises Italy via Bosnia, report it. Embassy emergency line +40 21 318 4465.",
  [("phone", "+40213184465")])
N("awareness", "bn",
  "জুমার পরে ঘোষণা: গ্রামের যারা বিদেশ যাইতে চান, দালালের কথায় জমি বন্ধক রাখবেন না, কিস্তি তুলবেন না। আগামী সোমবার ইউনিয়ন পরিষদে নিরাপদ অভিবাসন নিয়ে সভা, "
  "বিদেশফেরত ভাইয়েরা অভিজ্ঞতা বলবেন। সবাই আসবেন")
N("awareness", "en",
  "PSA from Bangladeshi Community Zagreb: if you are new and your employer has not given your residence card within 60 days, come to our Sunday meeting. "
  "We help with MUP paperwork for free. Don't pay anyone who says he can 'fix' it. Contact bdcommunity.zagreb@gmail.com",
  [("email", "bdcommunity.zagreb@gmail.com")])
N("awareness", "bn-Latn",
  "ami 2019 e bosnia diya italy jaite giye 8 bar game disi, 3 bar pushback, ekbar croatia police mobile venge dise. 6 lakh taka shesh. "
  "bhai ra ei rasta e aisen na. ekhon desh e dokan disi, alhamdulillah bhalo asi. amar video ta dekhen, sob bolsi")
# official
N("official", "en",
  "M/S Sylhet Overseas Ltd (RL-1423), BMET approved. Demand for Romania: 50 general workers, construction. Employer: Constructii Nord SRL, Cluj. "
  "Salary RON 3,700 net + overtime, accommodation by employer. Migration cost as per government fixed rate, money receipt given. No sub-agent. "
  "Apply with passport copy at our Naya Paltan office.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: পোল্যান্ডগামী কর্মীদের স্মার্ট কার্ডের ফিঙ্গারপ্রিন্ট আগামী ১২–১৪ তারিখ জেলা জনশক্তি ও কর্মসংস্থান অফিসে। সঙ্গে আনুন পাসপোর্ট, ভিসা ও চুক্তিপত্রের কপি। "
  "নির্ধারিত ফি ব্যাংকে জমা দিন, কোনো দালালকে টাকা দিবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Bucharest: consular camp in Cluj-Napoca on Saturday 10am-4pm. Services: MRP/e-passport renewal, NID correction, power of attorney. "
  "Bring old passport and residence permit. Queries: consular.bucharest@mofa.gov.bd",
  [("email", "consular.bucharest@mofa.gov.bd")])
N("official", "bn-Latn",
  "Priyo grahok, apnar Croatia work visa appointment VFS New Delhi te 14/03 tarikh sokal 10:30 e. Passport no EF1234567 ar original contract niye ashben. "
  "Agency fee already porishodh. - Green Line Overseas (RL 1187)",
  [("bd_passport", "EF1234567")])
N("official", "bn",
  "মাদারীপুর জেলা পুলিশ: ইউরোপে পাঠানোর নামে প্রতারণা বা বিদেশে আটকে রেখে টাকা দাবির শিকার হলে দ্রুত অভিযোগ করুন। "
  "সদর থানা ডিউটি অফিসার: ০১৩২০-১০৮৭৫৪। আপনার তথ্য গোপন রাখা হবে।",
  [("phone", "+8801320108754")])
N("official", "en",
  "Employment contract (umowa o pracę). Employer: AgroPol Sp. z o.o. Employee: Md. Shahin Alam, passport no. A03456789. Position: greenhouse worker, "
  "40 h/week, gross 4,300 PLN/month, overtime at 150%. Accommodation optional; 500 PLN deducted only with the employee's written consent. "
  "Documents remain with the employee.",
  [("bd_passport", "A03456789")])
# receipt
N("receipt", "en",
  "You have received Tk 45,000.00 from 01715638920. Fee Tk 0.00. Balance Tk 46,212.50. TrxID BKD4M8Q1ZT at 03/11/2026 16:42",
  [("phone", "+8801715638920"), ("mfs_transaction", "BKD4M8Q1ZT")])
N("receipt", "en",
  "Money Received. Amount: Tk 25000.00 Sender: 01833120457 Ref: passport fee TxnID: 73HQZK2P Balance: Tk 25410.00 02/11/2026 11:05",
  [("phone", "+8801833120457"), ("mfs_transaction", "73HQZK2P")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার হিসাবে রোমানিয়া থেকে প্রেরিত ৳৮৭,৫৪০.০০ রেমিট্যান্স জমা হয়েছে (২.৫% প্রণোদনাসহ)। হিসাব নং ***৩৩১৯। - সোনালী ব্যাংক")
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 30,000.00 Fee: Tk 0.00 Balance: Tk 30,120.00 TxnId: 5520418836 Date: 01-NOV-26 09:14",
  [("mfs_transaction", "5520418836")])
N("receipt", "en",
  "Western Union: transfer sent EUR 400.00 from Krakow, PL to MD RAFIQ UDDIN, Sylhet, BD. Receiver gets BDT 52,180.00. MTCN 4827719043. Thank you for choosing us.")
N("receipt", "bn",
  "বিএমইটি ফি প্রাপ্তি রসিদ — কর্মীর নাম: মোঃ জাকির হোসেন, পাসপোর্ট নং: BN0456123, গন্তব্য: ক্রোয়েশিয়া। কল্যাণ ফি ৩,৫০০/-, বীমা ৪৯০/-, স্মার্ট কার্ড ফি ২৫০/-। "
  "মোট ৪,২৪০ টাকা সোনালী ব্যাংকে জমা।",
  [("bd_passport", "BN0456123")])
# family
N("family", "bn-Latn",
  "amma abba re koiyo 50 hajar pathaisi bkash e, ghorer chal thik korte. ar amar passport er photocopy ta almari te rakhsi, original ami nijer kase rakhsi, tension koiro na")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে পোল্যান্ডে থাকা ছেলের সাথে, ছেলে ছুটিতে আসবে ডিসেম্বরে। ওর মামা বললো ছেলে লিগ্যাল, টিআরসি কার্ড আছে, একই কোম্পানিতে ৪ বছর। "
  "তুই একটু খোঁজ নিয়া দেখিস তো ওখানে কেউ চিনে কিনা")
N("family", "bn-Latn",
  "bhaisab, Rumon re kita khoibay? fuata khali italy italy kore. ami khoisi je bosnia r game e amar fuare dimu na, poraleka shesh koruk, "
  "pore legal bhabe jaibo. apne ektu bujhaiyen")
N("family", "en",
  "bhaiya your new passport is ready, I collected from Agargaon today. Number EB0987654, sent photo on whatsapp. "
  "Don't give the original to anyone there ok, only copy. Ammu says eat properly",
  [("bd_passport", "EB0987654")])
N("family", "bn",
  "আম্মা কিস্তির টাকা এই মাসে আমি দিমু, তুমি চিন্তা কইরো না। বস ভালো, বেতন ঠিকমতো দেয়, ওভারটাইমও পাই। ঈদের আগে আরো কিছু পাঠামু ইনশাআল্লাহ")
N("family", "bn-Latn",
  "apa Tanha r birth certificate digital korte dilam, union porishode 50 taka nilo. Tanha r abbu serbia theke bolse ei eid e ashbe na, "
  "visa renewal er kaj ase. mon kharap koira boisha ase meye ta")
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah romania te 8 mash holo, company bhalo, mash shesh e 3900 lei account e ashe, overtime alada. passport nijer kase, "
  "residence card o peye gesi. sobai dua korben")
N("worker_content", "en",
  "poland winter is killing me 😩 -12 today and warehouse heater broken again. manager said fixing tomorrow. at least salary came on time and we got thermal jackets")
N("worker_content", "bn",
  "ক্রোয়েশিয়ার হোটেলে সিজনাল কাজ শেষ, নভেম্বরে দেশে আসতেছি। মালিক বলছে আগামী এপ্রিলে আবার ডাকবে, ওয়ার্ক পারমিট উনারাই রিনিউ করে দিবে, টাকা লাগবে না")
N("worker_content", "bn-Latn",
  "ei mash e beton kom aise, tax ar health insurance kete nise 900 lei. payslip e sob lekha ase, HR ke jigai dekhlam thik ase. tobu kosto lage bhai")
N("worker_content", "en",
  "12 hour shift today bro but sunday double pay 😂 boss bought pizza for everybody. serbia not bad honestly, only the language problem")
N("worker_content", "bn",
  "সাইটে আজকে লেবার ইন্সপেক্টর আসছিল, সবার কন্ট্রাক্ট আর হেলমেট চেক করল। বসরা একটু টেনশনে ছিল, আমাদের কিছু বলে নাই। জানুয়ারি থেকে বেতন বাড়তেছে ১০%")
# joke
N("joke", "bn-Latn",
  "amar bou amar passport lukaiya rakhse jate ami abar romania na jai 😂😂 eta ki trafficking? police dakbo naki")
N("joke", "en",
  "dalal bhai promised me 'Europe' and dropped me at Europa Cafe, Madaripur 😂 tea was good though, 10/10 would get scammed again")
N("joke", "bn",
  "বউ বলে সারাদিন খাটাই আর একবেলা খাইতে দেই, এইটা নাকি শ্রম শোষণ 🤣 ভাই রোজার মাসে তো সবাই একবেলাই খায়")
N("joke", "bn-Latn",
  "game dilam 6 bar, 6 bar e harsi... ludo te 🤣 Rasel re keu thamao, o dice e kisu korse")
N("joke", "en",
  "me: boss I need a break. polish boss: break is in Bangladesh 😂😂 (relax he's joking, we get 30 min lunch and he drives us home)")
N("joke", "bn-Latn",
  "ei mash e salary ashe nai... karon ami ekhono job pai nai 🤣 student life in poland, ammu bhabe ami manager")
# chatter
N("chatter", "bn-Latn",
  "keu ki jano croatia r work permit asol kina kemne check kore? amar chachato bhai ke ekta agency offer dise, MUP er site e kothay dekhbo? link thakle dio")
N("chatter", "bn",
  "টেলিগ্রামে বলকান জব বিডি নামে একটা গ্রুপ আছে, কেউ চেনেন? ওরা বলতেছে টাকা নেয় না, শুধু ইনফো দেয়। একটু সন্দেহ লাগে তাই জিগাইলাম")
N("chatter", "en",
  "anyone in bucharest know a good bangladeshi restaurant? also which bank is better to send money home, BRD or Raiffeisen? my cousin uses wise")
N("chatter", "bn-Latn",
  "bhai kalke shibchar e ki hoise? polis dekhlam bazare onek, dalal dhorse naki kono? amar mama o to oi agency diya gesilo serbia")
N("chatter", "en",
  "bro can you check if the passport office madaripur is open saturday? need to give fingerprint for e-passport, slip says 11am. call me 01558-203917",
  [("phone", "+8801558203917")])
N("chatter", "bn",
  "পোল্যান্ড থেকে শফিক ভাই আসছে, বলে ওখানে মেয়েরা রাত ১২টায়ও একা হাঁটে, কেউ কিছু কয় না। আমাদের দেশে কবে এমন হবে কে জানে")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "bhai kalke khela dekhso? bangladesh last over e jitse 🔥🔥", hard=False)
N("family", "bn", "আম্মা আজকে ইলিশ রান্না করছো? ছবি পাঠাও, এখানে শুধু চিকেন আর চিকেন", hard=False)
N("news", "bn", "সিলেটে টানা বৃষ্টিতে নিম্নাঞ্চল প্লাবিত, সুরমার পানি বিপৎসীমার উপরে", hard=False)
N("news", "en", "Dhaka metro rail to run until 11pm from next month, says DMTCL", hard=False)
N("receipt", "en", "Recharge of Tk 50.00 to 01712456093 is successful. Balance Tk 312.75. Thank you for using bKash", [("phone", "+8801712456093")], hard=False)
N("worker_content", "bn-Latn", "aj off day, sara din ghumaisi, ekhon biryani banaitesi roommate der jonno", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি ফেলে দিন, জ্বর হলে দেরি না করে পরীক্ষা করান", hard=False)
N("official", "en", "Notice: the office will remain closed from 29 to 31 March for Eid-ul-Fitr. Regular hours resume on 1 April.", hard=False)
N("family", "en", "happy birthday nanu ❤️ we miss you, next year inshallah i'll be home for cake", hard=False)
N("chatter", "bn", "কালকে বিকালে চা খাইতে আসিস, রফিকরেও বলিস", hard=False)
N("joke", "bn-Latn", "shala ami diet shuru korsi, ajke shudhu 3 plate biriyani kheyesi 🤣", hard=False)
N("worker_content", "en", "first snow in Cluj today ❄️ made a snowman with the boys after shift", hard=False)


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
    random.Random(88).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev88-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
