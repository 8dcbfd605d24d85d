"""Blind evaluation set dev108 for the trafficking-indicator detector (120 items: 60 flag, 60 ok).

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only sections 1
and 2.1 of the shared indicator research were consulted for what the indicators mean.
Persona: a journalist investigating the new Europe work-permit route through Serbia, Croatia, Romania,
Poland and Malta (fake permits, 'Schengen' promises, 'game' border crossings, money held by brokers in
Italy), alongside genuine students' and workers' chats.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev108.jsonl"
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


BTC1 = btc("dev108-btc-1")
TRON1 = tron("dev108-tron-1")
TRON2 = tron("dev108-tron-2")
ETH1 = eth("dev108-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================= FLAG (60)

# ---------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "ভাই আপনি কইছিলেন রোমানিয়ায় ফ্যাক্টরির কাজ, বেতন ৮০০ ইউরো, থাকা কোম্পানির। এখানে আইসা দেখি যেই "
  "ঠিকানা দিছেন ওইটা একটা পুরান গুদাম, কোম্পানির কোনো সাইনবোর্ডই নাই। পারমিটের কাগজ লইয়া অফিসে "
  "গেছিলাম, কয় এই নাম্বার ওদের সিস্টেমে নাই। এখন আমি কী করমু কন?")
F("recruitment_deception", "bn",
  "সার্বিয়া থেকে সোজা ইতালি, সেনজেনের কাগজ কইরা দিমু, ৩ মাসে পৌঁছায় দিমু — এই কথা কইয়া ৯ লাখ নিছে। "
  "বেলগ্রেডে নামার পর কয় সামনে 'গেম' দিতে হইবো, জঙ্গল দিয়া হাঁইটা বর্ডার পার। গেমের কথা তো আগে "
  "একবারও কয় নাই।")
F("recruitment_deception", "bn",
  "🇵🇱🇵🇱 পোল্যান্ড ওয়ার্ক পারমিট 🇵🇱🇵🇱\nইন্টারভিউ নাই ✅ IELTS লাগবে না ✅ ভাষা লাগবে না ✅\n"
  "বেতন ১৫০০–২০০০ ইউরো, থাকা খাওয়া ফ্রি\n৬ মাস পর সেনজেনের যেকোনো দেশে গিয়া কাজ করতে পারবেন\n"
  "১০০% ভিসা গ্যারান্টি, এম্বাসি ফেস করা লাগবে না\nযোগাযোগ: ০১৯৪৭-৩৩৮২১৬ (ইমো/হোয়াটসঅ্যাপ)\n"
  "টেলিগ্রাম: @poland_permit_bd24",
  [("phone", "+8801947338216"), ("telegram", "@poland_permit_bd24")])
F("recruitment_deception", "bn-Latn",
  "bhai Malta te cleaning company r kaj bolsilen. ekhon bolen oi company nai, amader 9 jon ke ekta flat e "
  "rakhse ar bolse Italy jawar boat er jonno wait koro. boat er kotha ami jindegi teo shuni nai, legal kaj er "
  "jonno 7 lakh disi. dalal er number 01710-394827 o bondho",
  [("phone", "+8801710394827")])
F("recruitment_deception", "bn-Latn",
  "Croatia r permit ta je disen oi number diye MUP er site e check korlam, likha ase 'not found'. Apni "
  "bolsilen original, embassy te jomao hoye gese. Delhi te appointment er kono mail o ashe nai. 6 lakh taka "
  "disi bhai, shotti kotha bolen ekbar")
F("recruitment_deception", "bn-Latn",
  "customer ke bolba Serbia te factory job, 100% legal, salary 700 euro, 1 mash por Schengen e dhukar line "
  "ase. Game er kotha prothome bolba na, bhoy paye jay. Taka hate ashle por dekha jabe. "
  "wa.me/8801716552093 ei number ta diba, amar ta na.",
  [("whatsapp", "+8801716552093")])
F("recruitment_deception", "en",
  "Sir you told me Poland, packing job in a warehouse, 1200 euro. The contract they gave me here is all in "
  "Polish, my friend translated it: seasonal farm work 3 months, 19 zloty per hour minus accommodation. This "
  "is not the job you sold me for 8 lakh.")
F("recruitment_deception", "en",
  "Brother the Malta permit you sent, I showed it at the Identità office today. They say the reference belongs "
  "to another person and my employer never applied for me. You said everything approved!! Please answer, I am "
  "calling from my friend number +356 7941 2286",
  [("phone", "+35679412286")])

# ----------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "রোমানিয়ার জন্য ১২ লাখ দিছি, জমি বন্ধক রাইখা। এখন এইখানে মালিক কয় প্রতি মাসে বেতন থিকা ৩০০ ইউরো "
  "কাটবো 'এজেন্সির খরচ' বাবদ, দুই বছর ধইরা। বেতনই তো ৬৫০। হাতে থাকে কী?")
F("fees_and_debt", "bn",
  "আব্বা, ক্রোয়েশিয়ার দালাল নতুন কইরা আরো ২ লাখ চাইতেছে, কয় ফাইল 'আটকায় গেছে', টাকা না দিলে পারমিট "
  "বাতিল। মামার থিকা আবার সুদে নেওয়া লাগবো। আগের ৪ লাখেরই সুদ দিতে পারতেছি না।")
F("fees_and_debt", "bn",
  "কন্ট্রাক্ট এমন: ইতালি পৌঁছাইলে বাকি ৮ লাখ। সার্বিয়া-বসনিয়ায় যত দিন আটকা থাকবা, থাকা খাওয়ার খরচ "
  "তোমার নামে খাতায় লেখা হইবো, পরে ইতালিতে কাজ কইরা শোধ দিবা। রাজি থাকলে কাল পাসপোর্ট নিয়া আসো।")
F("fees_and_debt", "bn-Latn",
  "Bhai amar 8 lakh er dena ekhono shodh hoy nai. Company bolse Poland e 2 bochor thakte hobe, ager taka "
  "beton theke kete nibe, majhe chakri chharle baki ta ekbare dite hobe. Loan ta nisi amar NID "
  "19931526478003519 diye, prottek mash e kisti",
  [("bd_nid", "19931526478003519")])
F("fees_and_debt", "bn-Latn",
  "Ammu dalal ke ar 50 hajar na dile Italy-r bhai amar 'file close' korbe na bolse. ekhon shud shoho dena 3 "
  "lakh 40 hajar hoye gese. kisti te dibo bolsi, ora bole kisti hoy na, ek shathe")
F("fees_and_debt", "en",
  "Total Malta package 9.5 lakh. 3 lakh advance now (or same value USDT ERC20 to " + ETH1 + "), rest you pay "
  "by working there, company cuts 250 euro every month till finished. If you leave the job before, full "
  "balance at once. No problem for you bro.",
  [("eth_address", ETH1)])
F("fees_and_debt", "en",
  "they told us visa free, only ticket. now in Belgrade the man says each of us owes 4500 euro for 'papers and "
  "house' and we work at his friend's site until it's paid. no one leaves before that he said")
F("fees_and_debt", "en",
  "Please understand sir, my son took loan from 2 NGOs and 3 relatives for this Romania job. Now the agent "
  "demands another 1.5 lakh for the residence card after arrival, else no card and my son will be illegal. He "
  "gave this email for sending the money slip: eurodesk.permit2026@gmail.com",
  [("email", "eurodesk.permit2026@gmail.com")])

# --------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "আম্মা, এই নাম্বারে আর কল দিয়েন না। রাতে এরা সবার ফোন নিয়া যায়, সকালে কাজে যাওয়ার সময় দেয়। কারো "
  "সাথে কথা কইতে দেখলে চিল্লায়। সুযোগ পাইলে আমি মেসেজ দিমু, চিন্তা কইরেন না।")
F("isolation_and_control", "bn",
  "বসনিয়ার বিহাচের কাছে একটা বাড়িতে আমরা ১৪ জন। দরজা বাইরে থিকা তালা মারা। কয় 'গেম' এর দিন আইলে নিয়া "
  "যাইবো, তার আগে বাইর হওয়া নিষেধ। পাসপোর্ট সব দালালের লোকের কাছে।")
F("isolation_and_control", "bn-Latn",
  "Passport company HR er kache, bole residence card na asha porjonto dibe na. Card to 3 mash age ashche, "
  "ekhono dey nai. Passport no EB0418273, jodi kichu hoy embassy ke dio. Bairer Bangali der sathe kotha "
  "bolte mana kore dise.",
  [("bd_passport", "EB0418273")])
F("isolation_and_control", "bn-Latn",
  "Airport e keu jigesh korle bolba student, Malta te English course korte jaccho. Kaj er kotha, dalal er kotha "
  "ekdom na. Italy-r bhai er number 'Mama' diye save koro, r ei chat ta delete kore dio.")
F("isolation_and_control", "bn-Latn",
  "amader hostel theke eka ber hote dey na, supervisor sathe jay dokan porjonto, Sunday teo. bole baire police "
  "dhorbe tomader. ek mash hoye gelo kaj chara bairer alo dekhi na")
F("isolation_and_control", "en",
  "I'm in Croatia, near Zagreb I think. They took our phones at the border house. A guy lent me his for 5 "
  "minutes. Don't call back on this number. Tell Ammu I'm alive.")
F("isolation_and_control", "en",
  "Boss says nobody talks to the labour inspector. If anyone comes you go to the back room and keep quiet, "
  "because your permit is not for this company. He keeps all our passports in the safe.")
F("isolation_and_control", "en",
  "We are 6 Bangladeshis in one container in a yard outside Wroclaw. Gate is locked after 9 pm and the foreman "
  "has the key. Passports in his office 'for safety'. We asked 3 times. If you can reach the embassy my number "
  "here is +48 573 209 418",
  [("phone", "+48573209418")])

# --------------------------------------------------- threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "তুই যদি এম্বাসিতে যাস বা কারো কাছে মুখ খুলস, তোর বাপরে দেশে শেষ কইরা দিমু। তোর বাড়ি চিনি, মাদারীপুর "
  "রাজৈর। চুপচাপ কাজ কর।")
F("threats_and_coercion", "bn",
  "গেমে পুলিশের হাতে ধরা খাইলে তোরে কেউ বাঁচাইবো না। যা কই তাই কর, নাইলে এই জঙ্গলেই রাইখা যামু, বরফের "
  "মইধ্যে। আগেও রাইখা গেছি।")
F("threats_and_coercion", "bn",
  "পালাইলে ক্রোয়েশিয়ার পুলিশরে ধরাইয়া দিমু, ডিপোর্ট করাইবো, সারাজীবন আর ইউরোপে ঢুকতে পারবি না। পারমিট "
  "আমার হাতে, ভুইলা যাইস না।")
F("threats_and_coercion", "bn-Latn",
  "Employer bolse kaj chere dile police e report korbe je ami palay gesi, tahole permit cancel, jail, tarpor "
  "deport. Ami ki korbo bujhtesi na bhai, 4 mash beton o pai nai")
F("threats_and_coercion", "bn-Latn",
  "tor bon er chobi amar kache ase. beshi kotha bolle facebook e chere dibo, tor gram er shobai dekhbe. baki "
  "taka ta pathai de, ar drama korbi na")
F("threats_and_coercion", "bn-Latn",
  "Kal rate dalal er lok amader 3 jon ke rod diye marse karon amra game e jete chai nai. Rafiq er matha fete "
  "gese. Bolse next bar na gele 'eta kom hobe'. Call dio +381 64 419 2750 e, ei phone ta ekhon amar kache",
  [("phone", "+381644192750")])
F("threats_and_coercion", "en",
  "You signed the paper. If you complain to the embassy or anyone, we tell immigration you came illegal and you "
  "go to detention first. Think about your family before you do something stupid.")
F("threats_and_coercion", "en",
  "if your brother runs from the farm again, our people in Italy know where your cousin stays in "
  "Torpignattara. tell him to be smart. this is my italian number +39 351 482 7716 if you want to talk",
  [("phone", "+393514827716")])

# ---------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৬টা থিকা রাত ১০টা গ্রিনহাউসে। সপ্তায় কোনো ছুটি নাই। তিন মাসের বেতন এখনো পাই নাই, খালি কয় "
  "'next month'। খাওয়া দেয় দিনে একবার, আলু আর রুটি।")
F("labour_exploitation", "bn",
  "কোম্পানি আমাদের ৫ জনরে আরেক ঠিকাদারের কাছে টাকা নিয়া দিয়া দিছে। কাগজে এক কোম্পানি, কাজ করি আরেক "
  "জায়গায়, মুরগির ফ্যাক্টরিতে। ঘণ্টায় ২৫ জ্লোটির কথা ছিল, দেয় ১২।")
F("labour_exploitation", "bn-Latn",
  "construction site e helmet, belt kichu dey na, 5 tolar upor kaj kori. Gotokal ek Nepali bhai pore gese, "
  "hospital e o niye jay nai, boss bolse 'he is not our worker'. Amader o 2 mash er beton baki.")
F("labour_exploitation", "bn-Latn",
  "Malta te food delivery, din e 14-15 ghonta bike chalai. Account ta dalal er naam e, shob payment tar kache "
  "jay, amake mash e 300 euro dey. Chuti chaile bole onno lok niye nibo. Amar ekhaner number +356 9987 1123",
  [("phone", "+35699871123")])
F("labour_exploitation", "bn-Latn",
  "Romania te amra 40 jon ek factory te, shift 12 ghonta, Saturday Sunday o. Overtime er taka chaile bole "
  "contract e nai. Payslip e likha 8 ghonta, kintu kori 12.")
F("labour_exploitation", "en",
  "Worked 2 months at the car wash in Zagreb, 7 days a week, 13 hours. Owner paid 200 euro total, says the rest "
  "went for room and 'permit cost'. Now he wants to send me to his brother in Slovenia for the same.")
F("labour_exploitation", "en",
  "They sold 5 of us to another agent for 1,000 euro each, like goats at Eid. New place is a farm near Craiova, "
  "no salary yet, we sleep in the barn with the machines.")

# ------------------------------------------------------------------ minors (7)
F("minors", "bn",
  "ছেলের বয়স ১৬, সমস্যা নাই। পাসপোর্টে ১৯ কইরা দিমু, ১০ হাজার বেশি লাগবো। জন্মনিবন্ধনও নতুন বানায় দিমু, "
  "কেউ ধরতে পারবো না।")
F("minors", "bn",
  "আমার ভাতিজা, ক্লাস নাইনে পড়ে, ১৫ বছর। দালাল কইছে সার্বিয়া দিয়া ইতালি নিবো, ছোট পোলাপানরে নাকি "
  "ইউরোপে রাইখা দেয়। বাপ-মা ৭ লাখ দিয়া দিছে। ও এখন বসনিয়ায়, দুই দিন ধইরা ফোন বন্ধ।")
F("minors", "bn",
  "১২-১৩ বছরের একটা মাইয়া লাগবো। রোমে এক বাংলাদেশি ফ্যামিলির বাসায় বাচ্চা দেখবো, ঘরের কাজ। মাসে ৮ "
  "হাজার টাকা বাড়িতে পাঠাইবো। ভিসা ওরা করবো, কাগজে ফুপাতো বোন দেখাইবো।")
F("minors", "bn-Latn",
  "Meyer boyosh 15 hoise to ki, biye dile jamai Italy niye jabe, spouse visa te shoja Europe. Biye ta ekhon "
  "kore felen, kagoje boyosh 18 likhe dibo, kazi amar chena.")
F("minors", "bn-Latn",
  "Shariatpur er 4 ta pola, 14 theke 16, Libya hoye boat e Italy. Dalal bole 'chhoto der Italy te ferot "
  "pathay na'. Taka Italy-r bhai er kache jama, pouchaile release. Contact 01745-820316",
  [("phone", "+8801745820316")])
F("minors", "en",
  "Need boys 15-17 for kebab shops in Lisbon and Milan, they work faster and don't complain. Make the passport "
  "18+, our man in Dhaka does it in 2 weeks. Details on telegram t.me/eu_kitchen_jobs_bd",
  [("telegram", "@eu_kitchen_jobs_bd")])
F("minors", "en",
  "Auntie your Sumi is 14, the lady in Malta will keep her like her own daughter, only housework and minding "
  "the baby. School there later, first she settles. Don't tell the neighbours it's for work.")

# ------------------------------------------------------ sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "মাল্টায় 'ম্যাসাজ পার্লারের রিসেপশনিস্ট' কইয়া নিয়া আসছে। এখানে আইসা দেখি রাতে হোটেলে পাঠায়, না গেলে "
  "খাওন বন্ধ। পাসপোর্ট ম্যাডামের কাছে। আপা আমারে বাঁচান।")
F("sexual_exploitation", "bn",
  "নতুন দুইটা মাইয়া আসছে বাংলাদেশ থিকা, বয়স কম, ছবি পাঠাইতেছি। এক ঘণ্টা ১৫০, পুরা রাত ৪০০ ইউরো। "
  "লোকেশন সেন্ট জুলিয়ান্স, হোটেলেও যাইবো।")
F("sexual_exploitation", "bn-Latn",
  "bhabi bolsilo Romania te beauty parlour e kaj. ekhon parlour er pichoner rume customer ashe. amar passport "
  "tar kache, bole 5 hajar euro dena shodh na hoile jete dibe na")
F("sexual_exploitation", "bn-Latn",
  "video call e kapor khulte bole, na korle ager video ta amar husband ke pathabe. protidin 3-4 jon 'client' "
  "er sathe call dite hoy, taka jay tar Nagad e, ami ek poysa pai na")
F("sexual_exploitation", "en",
  "Hotel job in Warsaw was a lie. They keep us in an apartment, men come, the Bengali lady takes all the money. "
  "She says we owe 6000 euro each for ticket and papers.")
F("sexual_exploitation", "en",
  "New girls from Bangladesh in Bucharest 🌸 young, shy, no English. Outcall hotels ok. Whatsapp only "
  "wa.me/40731458226 or insta @bucharest_desi_vip7",
  [("whatsapp", "+40731458226"), ("instagram", "@bucharest_desi_vip7")])
F("sexual_exploitation", "en",
  "They told my sister 'receptionist, hotel in Malta'. In her last voice note she was crying, says the manager "
  "makes them 'sit with guests' in the club every night and drink, and if they refuse there's no food.")

# --------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "ভাইরে ছাড়ানোর টাকা ৫ লাখ। ২ লাখ বিকাশে ০১৮১৯-৪৪৭২৩০ নাম্বারে, বাকি ৩ লাখ হুন্ডিতে ইতালির লোকের "
  "কাছে। টাকা পৌঁছাইলে লিবিয়ার ঘর থিকা ছাড়বো, কইছে।",
  [("phone", "+8801819447230")])
F("payments_and_proceeds", "bn",
  "কন্ট্রাক্টের টাকা ইতালিতে আমাদের লোকের কাছে জমা থাকবো, পোলা পৌঁছাইলে ওইখান থিকা রিলিজ। আপনারা দেশে "
  "নগদে ১০-১৫ হাজার কইরা ভাগ ভাগ কইরা পাঠাইবেন, এক নাম্বারে বেশি না: ০১৬২৪৮৮১৩৫৭, ০১৭৩৯২০৫৫৮৪",
  [("phone", "+8801624881357"), ("phone", "+8801739205584")])
F("payments_and_proceeds", "bn-Latn",
  "ei 3 ta number e 25 hajar kore bhag kore cash in koren, ek number e beshi dile freeze kore dey. "
  "01582-903417, 01778-215690, 01913-664028. Trx ID er screenshot diben, Rome theke confirm hole game er date.",
  [("phone", "+8801582903417"), ("phone", "+8801778215690"), ("phone", "+8801913664028")])
F("payments_and_proceeds", "bn-Latn",
  "Bhai Milan e Rashed bhai er kache 6000 euro jama ase. Game successful hoile uni dalal ke release dibe. "
  "Fail hoile next game er khoroch oi taka thekei katbe, ar kichu ferot pabi na.")
F("payments_and_proceeds", "en",
  "Send the balance 2,800 USDT TRC20 only to this address " + TRON1 + " , no bank. After confirmation we "
  "give the Romania aviz. Write nothing in the note.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Boss, collection from 11 families done, 41 lakh through 6 bKash agents in Madaripur, Nasir converted to euro "
  "in Rome. Sent him the list with TrxIDs BK82HQ4M7Z, BK82HS0R1T and the rest.",
  [("mfs_transaction", "BK82HQ4M7Z"), ("mfs_transaction", "BK82HS0R1T")])
F("payments_and_proceeds", "en",
  "Ransom 4000 euro for Sohel. Pay bitcoin to " + BTC1 + " or they keep him in the house in Zuwara. His "
  "family in Shariatpur arranging by hundi now.",
  [("btc_address", BTC1)])

# ================================================================== OK (60)

# ---------------------------------------------------------------- news (6)
N("news", "bn",
  "মাদারীপুরে ইউরোপে পাঠানোর কথা বলে ৩০ জনের কাছ থেকে প্রায় ২ কোটি টাকা আত্মসাতের অভিযোগে এক দালালকে "
  "গ্রেপ্তার করেছে র‍্যাব। ভুক্তভোগীদের অভিযোগ, সার্বিয়ার ভুয়া ওয়ার্ক পারমিট দেখিয়ে টাকা নেওয়া হয়।")
N("news", "bn",
  "লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়কারী চক্রের ৩ সদস্যকে গ্রেপ্তার করেছে সিআইডি। চক্রটি বিকাশ ও হুন্ডির "
  "মাধ্যমে পরিবারগুলোর কাছ থেকে টাকা নিত বলে জানিয়েছে পুলিশ।")
N("news", "bn-Latn",
  "Breaking: Croatia border e 12 jon Bangladeshi atok, game dite giye dhora porse. Shobai Sylhet ar "
  "Sunamganj er. Family ra dalal er biruddhe mamla korbe bolse (source: Jamuna TV)")
N("news", "en",
  "Romanian police dismantled a network that brought 45 Bangladeshi workers on forged work authorisations. The "
  "workers were found living in a warehouse and had not been paid, prosecutors said.")
N("news", "en",
  "Malta: labour inspectors found 20 third-country nationals working without permits at a delivery firm; "
  "Identità says it is reviewing the agency's licence.")
N("news", "en",
  "Polish consulate in New Delhi warns Bangladeshi applicants about agents selling fake visa appointment slots "
  "for 3-5 lakh taka; appointments are free of charge, it said.")

# ------------------------------------------------------------ awareness (7)
N("awareness", "bn",
  "সতর্কবার্তা: ইউরোপের ওয়ার্ক পারমিটের নামে কাউকে অগ্রিম টাকা দেবেন না। আপনার পাসপোর্ট কখনো অন্যের "
  "হাতে দেবেন না। বিএমইটির ওয়েবসাইটে এজেন্সির লাইসেন্স যাচাই করুন। শেয়ার করে অন্যকে জানান।")
N("awareness", "bn-Latn",
  "'Game' mane mrittur jhuki. Bosnia-Croatia border e borof er moddhe koto bhai mara gese. Kono dalal er kothay "
  "jongol ba boat er pothe jaben na. Nijer jibon er dam 10 lakh er cheye beshi.")
N("awareness", "en",
  "A real Polish or Romanian work permit is issued to the employer and you still need a visa from the embassy. "
  "If an agent says 'no interview, no embassy, 100% guarantee' or asks for USDT to an address like " + TRON2 +
  " (reported by 40+ applicants this month), it is fraud.",
  [("tron_address", TRON2)])
N("awareness", "en",
  "Know your rights: no employer abroad is allowed to keep your passport or your phone. Keep a photo of your "
  "passport and contract in your email, and save your embassy's labour wing number before you fly.")
N("awareness", "bn",
  "মেয়েদের বিদেশে পার্লার, হোটেল, স্পা-র চাকরির অফার এলে আগে যাচাই করুন। চুক্তিপত্র নিজের ভাষায় না বুঝে "
  "সই করবেন না। সন্দেহ হলে ৯৯৯ এ কল করুন।")
N("awareness", "bn-Latn",
  "Bhaiera, Italy-r kono 'bhai' er kache contract er taka jama rakhben na. 'Taka dibo pouchaile' ei kotha shune "
  "koto jon Libya te atke gese. Post ta share koren, gramer manush ke bujhan.")
N("awareness", "en",
  "Child marriage is not a visa. Marrying off a girl under 18 is a crime in Bangladesh, even if the groom lives "
  "in Italy. Call 109 for help.")

# ------------------------------------------------------------- official (6)
N("official", "en",
  "Embassy of Bangladesh, Rome: passport renewal applicants must book appointments online. No middleman is "
  "authorised to collect fees on behalf of the Embassy. Queries: consular.rome@mofa.gov.bd",
  [("email", "consular.rome@mofa.gov.bd")])
N("official", "bn",
  "বিজ্ঞপ্তি: বিএমইটি অনুমোদিত রিক্রুটিং এজেন্সির মাধ্যমে রোমানিয়ায় ফ্যাক্টরি কর্মী নিয়োগ। সরকার নির্ধারিত "
  "অভিবাসন ব্যয়ের বাইরে কোনো টাকা নেওয়া হবে না। সকল লেনদেন ব্যাংকের মাধ্যমে, রসিদসহ। পাসপোর্ট জমা "
  "রাখা হয় না।")
N("official", "en",
  "Identità: your single permit application has been received. Reference 2026/SP/04172. Your employer will be "
  "notified of the outcome. Do not pay any third party for processing.")
N("official", "bn-Latn",
  "Priyo Abedin, apnar Poland visa appointment VFS New Delhi 14/01/2027 10:30. Original passport, work permit ar "
  "bank statement sathe anben. Keu extra taka chaile janaben: 01755-610284. -Sonar Bangla Overseas (RL-1187)",
  [("phone", "+8801755610284")])
N("official", "en",
  "Embassy notice: Bangladeshi nationals in Serbia, Bosnia and North Macedonia who have lost their passports may "
  "apply for a travel permit. Bring a copy of your NID or birth certificate. The service is free.")
N("official", "bn",
  "প্রবাসী কল্যাণ মন্ত্রণালয়: ইউরোপগামী কর্মীরা স্মার্ট কার্ড ছাড়া বিমানবন্দরের ইমিগ্রেশন পার হতে পারবেন না। "
  "স্মার্ট কার্ডের জন্য 'আমি প্রবাসী' অ্যাপে নিবন্ধন করুন।")

# -------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712448903. Ref Abbu. Fee Tk 0.00. Balance Tk 31,208.40. TrxID "
  "CLB4K7N2QH at 03/12/2026 19:42",
  [("phone", "+8801712448903"), ("mfs_transaction", "CLB4K7N2QH")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to 01819002731 successful. Fee Tk 185.00. Balance Tk 2,114.60. TrxID CLC9P1M8VA at "
  "04/12/2026 11:05",
  [("phone", "+8801819002731"), ("mfs_transaction", "CLC9P1M8VA")])
N("receipt", "en",
  "Money Received.\nAmount: Tk 5,500.00\nSender: 01633918220\nRef: boi\nTxnID: 73HK2QW9\nBalance: Tk 6,012.75\n"
  "05/12/2026 08:31",
  [("phone", "+8801633918220"), ("mfs_transaction", "73HK2QW9")])
N("receipt", "en",
  "Dear Customer, your A/C ***4471 has been credited with BDT 1,12,350.00 (Inward Remittance from ITALY, "
  "Sender: MD HABIBUR RAHMAN) on 02-DEC-26. Sonali Bank PLC.")
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার রকেট অ্যাকাউন্টে ৮,০০০ টাকা রেমিট্যান্স জমা হয়েছে। TxnId: 4829175530। বর্তমান "
  "ব্যালেন্স ৮,৪৫৬.২০ টাকা।",
  [("mfs_transaction", "4829175530")])
N("receipt", "en",
  "You have received remittance Tk 38,750.00 (incl. 2.5% incentive) from POLAND via bKash Remit. TrxID "
  "CLE7W2X5KJ. Balance Tk 40,102.15. 06/12/2026 09:12",
  [("mfs_transaction", "CLE7W2X5KJ")])
N("receipt", "bn-Latn",
  "taka pathaisi bhai, 15000, trx id CLF2M9K4RD. Abbu r operation er bill ta diye diyo, baki pore pathabo",
  [("mfs_transaction", "CLF2M9K4RD")])

# --------------------------------------------------------------- family (7)
N("family", "bn",
  "আম্মু, পাসপোর্ট আর এনআইডির ফটোকপি আলমারির উপরের ড্রয়ারে রাখছি। কাল এজেন্সিতে অরিজিনাল নিয়া যাইও না, "
  "ওরা শুধু কপি চাইছে।")
N("family", "bn-Latn",
  "Abbu Romania r visa hoye gese!! embassy theke passport ferot dise, sticker lagano. Flight er date jene "
  "janabo. Ammu ke bolo kanna na korte 😅")
N("family", "bn-Latn",
  "Bhaiya taka ta paisi, 20 hajar. Ammu r oshudh kinsi, baki ta rekhe disi. Tumi kheyal rakhio, Poland e naki "
  "onek thanda")
N("family", "en",
  "Mum relax. Malta is in the EU, my university sends the acceptance letter directly and I apply for the visa "
  "myself. No agent, no dalal. Tuition goes by bank transfer.")
N("family", "bn",
  "চাচা কইলো ইতালি যাইতে হইলে নাকি গেম দিতে হয়। আমি কইছি আমি যাইতেছি লিগ্যাল ভিসায়, পোল্যান্ডে। কোম্পানি "
  "ভিডিও কলে ইন্টারভিউ নিছে, অফার লেটার আসছে।")
N("family", "bn-Latn",
  "Rafi r student visa r jonno 6 mash er bank statement lagbe. Tor mamar account theke dekhabo na, nijer tai "
  "dekhabo. Dalal er kotha shunis na.")
N("family", "en",
  "Apu send me your passport number, the travel agent needs it for Ammu and Abbu's Umrah booking. It's "
  "A03958274 right?",
  [("bd_passport", "A03958274")])

# ------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah Poland e 1 bochor hoye gelo. Company valo, 8 ghonta shift, overtime korle alada taka. Passport "
  "amar kache, karta pobytu o hoye gese. Nijer kaj nijei kori, kono dalal nai.")
N("worker_content", "en",
  "Croatia update: hotel kitchen job, 1,050 euro net, accommodation shared with 2 Nepali guys. Boss gives day "
  "off every Tuesday. Sent Ammu money today 😊")
N("worker_content", "bn",
  "মাল্টায় আমার কাজ একটা রেস্টুরেন্টে। মালিক ভালো, বেতন ঠিক সময়ে দেয়, ছুটিও দেয়। পাসপোর্ট আমার কাছেই "
  "থাকে, রেসিডেন্স কার্ড রিনিউর খরচ কোম্পানি নিজে দিছে।")
N("worker_content", "bn-Latn",
  "Romania te ekhon snow, kintu factory r bhitor garam. Shift 7-3, shoptahe 2 din chuti. Manager Bangla shikhte "
  "chay, 'kemon acho' bole, hashi pay 😂")
N("worker_content", "en",
  "Student life in Warsaw: class 3 days, part-time warehouse 20 hours, all legal. Not rich but ok. Vlogs on insta "
  "@polandwala_rafi_vlogs. And no, I don't arrange 'game', stop asking in inbox.",
  [("instagram", "@polandwala_rafi_vlogs")])
N("worker_content", "bn",
  "সার্বিয়ায় কনস্ট্রাকশনে আছি ৮ মাস। কাজ কঠিন, কিন্তু সেফটি বেল্ট, হেলমেট সব দেয়। ওভারটাইম করলে আলাদা "
  "টাকা। যারা গেম দিতে চাস, দিস না, এখানেই ভালো আছি।")
N("worker_content", "en",
  "Malta delivery life: own bike, Wolt account in my own name, I choose my hours. Made 1,400 this month after "
  "tax. Can't complain.")

# ----------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Ammu amar phone niye gese, bole result er age ferot pabi na. Eta human rights violation na? 😭😂")
N("joke", "bn-Latn",
  "amar game er experience: PUBG te 300 bar Erangel cross korsi, Serbia border ar emon ki 😎")
N("joke", "en",
  "My boss holds my weekends hostage, not my passport 😂 Monday again.")
N("joke", "bn",
  "বউ কইছে ইতালি যাইতে চাইলে আগে পাসপোর্ট ওর কাছে জমা দিতে হবে, মাসে মাসে হাজিরা দিয়া ফেরত নিতে হবে 😂 "
  "দেশেই থাকলাম ভাই")
N("joke", "en",
  "Dalal offered me Schengen in 3 days. Bro I can't even get my SIM re-registered in 3 days 😂")

# -------------------------------------------------------------- chatter (5)
N("chatter", "bn-Latn",
  "Delhi te Romania embassy r appointment er jonno age Indian visa lagbe, shei Indian visa r slot o pai na. Ei "
  "system e manush dalal er kache jabe na to ki korbe")
N("chatter", "en",
  "anyone here did Croatia permit through a licensed agency? mine says 45 days. my cousin in Zagreb "
  "+385 91 552 8804 says that's normal, just checking",
  [("phone", "+385915528804")])
N("chatter", "bn",
  "শুনলাম মাল্টার স্টুডেন্ট ভিসায় রিফিউজাল বেশি হইতেছে। আমার ফাইল এখনো প্রসেসিং, দোয়া কইরো।")
N("chatter", "bn-Latn",
  "Bro Italy te je Rashed bhai ase, oi ki tor chacha? Onar kebab shop e ekta chakri khali ase shunlam, papers "
  "thakle apply korte parish")
N("chatter", "en",
  "Group rule: no visa ads or 'guaranteed permit' numbers here. Admins will remove and block. Questions about "
  "real processes only.")

# ------------------------------------------------------- easy negatives (10)
N("chatter", "bn-Latn", "kalke khela dekhbi? Bangladesh vs Zimbabwe, 2 tay shuru", hard=False)
N("family", "bn", "আম্মু আজকে রাতে কী রান্না? আমি ৮টার মধ্যে বাসায় আসতেছি", hard=False)
N("chatter", "en", "Running 10 min late, traffic at Mohakhali is insane", hard=False)
N("chatter", "bn", "শুক্রবার বিয়ের দাওয়াত, পাঞ্জাবিটা ইস্ত্রি করতে দিছি", hard=False)
N("family", "bn-Latn", "Nanu r shorir valo na, kal gram e jabo. Tumi o jaba?", hard=False)
N("family", "en", "Happy birthday Apu! 🎂 cake is from the new bakery near Dhanmondi 27", hard=False)
N("chatter", "bn-Latn", "Exam routine dise? amar kache pdf ta nai, group e share kor", hard=False)
N("chatter", "en", "rain again in Sylhet, my shoes are dead", hard=False)
N("family", "bn", "বাবু ঘুমাইছে, এখন কল দিও না। রাতে ভিডিও কল দিমু।", hard=False)
N("chatter", "bn-Latn", "bhai tor bike ta kal ektu dibi? Mirpur jabo interview e", hard=False)


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
    random.Random(108).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev108-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
