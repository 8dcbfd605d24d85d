"""Blind evaluation set dev165 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi worker in Iraq (Baghdad hospital and Erbil mall cleaning companies, Basra construction sites) who runs a community IMO group: workers sold on between companies, visa trading, residence cards withheld, months without salary, beatings, harassment of women cleaners, embassy notices, money sent home to Brahmanbaria, ordinary chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev165.jsonl"
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


BTC1 = btc("dev165-btc-1")
TRON1 = tron("dev165-tron-1")
ETH1 = eth("dev165-eth-1")

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

# ---- recruitment_deception (7): bn 3, bn-Latn 2, en 2
F("recruitment_deception", "bn", "ভাই আমারে কইছিল বাগদাদের বড় হাসপাতালে ক্লিনার, বেতন ৬০০ ডলার, থাকা খাওয়া কোম্পানির। আইসা দেখি বসরার সাইটে সিমেন্ট টানি, বেতন কয় আড়াই লাখ দিনার, তাও দেয় না। দালাল ফোন ধরে না (০১৬৭৮৯০৪২৫১)", [("phone", "+8801678904251")])
F("recruitment_deception", "bn", "আমাগো এগ্রিমেন্ট পেপারে লেখা আছিল এরবিলের মলে সুপারভাইজার পোস্ট। এয়ারপোর্টে নামার পর কোম্পানির লোক আরবিতে নতুন একটা কাগজে সই করাইলো, কিছুই বুঝি নাই। এখন আমি টয়লেট ক্লিনার, চুক্তি ১ বছরের জায়গায় ৩ বছর লেখা")
F("recruitment_deception", "bn", "🇮🇶 ইরাক কোম্পানি ভিসা 🇮🇶 হাসপাতাল ক্লিনার, বেতন ৮০০ ডলার + ওভারটাইম, ফ্রি থাকা খাওয়া, ৭ দিনে ফ্লাইট। মেডিকেল লাগবো না, ম্যানপাওয়ার কার্ড আমরাই কইরা দিমু। যোগাযোগ ০১৮৫৬৩২৭৪১৯ (শুধু ইমো)", [("phone", "+8801856327419")])
F("recruitment_deception", "bn-Latn", "Bhai amare Sarail er dalal Kamal koise Erbil e mall er security guard, AC duty. aisha dekhi Kurdi malik er basay ranna-bari r bathroom clean, salary 300 dollar er jaygay 150. Kamal re call dile koy 'kaj kor, pore change hobe'. 4 mash hoye gelo")
F("recruitment_deception", "bn-Latn", "free visa bole 3.5 lakh nise, koise Iraq gele nijer iccha moto kaj korte parba, iqama company korbe. ekhon dekhi kono company nai, kafil er naam e kichu nai, amra 11 jon Baghdad er ekta gudam e boisha asi, police dhorle sesh")
F("recruitment_deception", "en", "They told my brother it was a govt hospital contract in Baghdad, 2 years, 550 USD. The company name on the paper he signed in Dhaka doesn't exist here. Now he is with some contractor in Nasiriyah picking garbage and nobody can tell us which company he belongs to")
F("recruitment_deception", "en", "URGENT Iraq Kurdistan job!! Mall cleaner / hotel staff. Salary 700$ fixed. Visa + ticket free, only processing 2.8 lakh. No experience, no language needed. Contract paper will be given at airport. Whatsapp wa.me/8801928475103", [("whatsapp", "+8801928475103")])

# ---- fees_and_debt (8): bn 3, bn-Latn 3, en 2
F("fees_and_debt", "bn", "ভিসার দাম ধরছিল ৪ লাখ ৫০ হাজার, জমি বন্ধক দিয়া দিছি। এখন কোম্পানি কয় ইকামা নবায়নে আরো ৬০০ ডলার লাগবো, বেতন থাইকা কাটবো। ৫ মাস ধইরা বেতনের অর্ধেক কাটে, কবে শেষ হইবো কেউ কয় না")
F("fees_and_debt", "bn", "সুপারভাইজার কইছে নতুন যারা আইছে সবাই প্রত্যেক মাসে ১০০ ডলার কইরা দিবা, ভিসার খরচ বাকি আছে। যতদিন পুরা না হয় পাসপোর্ট অফিসে থাকবো। আমার পাসপোর্ট নং A08346721, কাউরে যদি কইতে পারেন", [("bd_passport", "A08346721")])
F("fees_and_debt", "bn", "মা ফোন দিয়া কান্দে, মহাজন রোজ বাড়িত আসে সুদের লাইগা। দালালরে দিতে ২ লাখ সুদে আনছিলাম, এইখানে ৭ মাসে পাইছি মাত্র দুই মাসের বেতন। কোম্পানি কয় ভিসার দেনা শোধ না হইলে বাকি বেতন নাই। মহাজন কয় ঘর লেইখা দিতে")
F("fees_and_debt", "bn-Latn", "Erbil e namar por agent er lok koy arekta 1 lakh lagbe 'residency card fee', na dile company te dhukte dibe na. bari theke 01745 829 316 e bkash korte hoise. ekhon bole card er jonno aro 400 dollar, salary theke katbe", [("phone", "+8801745829316")])
F("fees_and_debt", "bn-Latn", "amra 6 jon ke Basra r company theke onno company te 'transfer' korse, notun company bole amader 2000 dollar diye kinse, sei taka shodh na howa porjonto salary pabo na. eta ki manush becha na bhai?")
F("fees_and_debt", "bn-Latn", "dalal Harun er kase 3 lakh baki ase bole or bhai Baghdad e amar pura salary nijer kase ney, hate dey 50 hajar dinar khawar jonno. koy 1 bochor kaj korle shodh hobe, tarpor salary")
F("fees_and_debt", "en", "Every month the company cuts 75,000 dinar for 'visa cost' and 50,000 for the room, in Bangladesh we were told everything is free. After deductions I get almost nothing and they say my visa loan is still 1,900 dollars")
F("fees_and_debt", "en", "Boss said if you want to change company you must first pay back 3000 USD for your visa. Where will I get that, I haven't been paid since Ramadan")

# ---- isolation_and_control (8): bn 2, bn-Latn 3, en 3
F("isolation_and_control", "bn", "আমগো ক্যাম্পের গেট রাইতে তালা দেয়, বাইরের দোকানে যাইতেও সুপারভাইজারের লগে যাইতে হয়। মোবাইল রাখছে অফিসে, শুক্রবারে ১০ মিনিট বাড়িত কথা কইতে দেয়, পাশে দাঁড়াইয়া শুনে")
F("isolation_and_control", "bn", "আমার ভাইগ্নার পাসপোর্ট আর রেসিডেন্স কার্ড দুইটাই কোম্পানি রাখছে। কার্ড না থাকায় চেকপোস্ট পার হইতে পারে না, ৩ মাস ধইরা হাসপাতালের পিছনের রুম থাইকা বাইর হয় না")
F("isolation_and_control", "bn-Latn", "bhai keu ke bolo na je ami ei group e asi. supervisor phone check kore, IMO dekhle mare. 20 jon ke ek room e rakhse, duty sesh hole bus e kore sorasori room, r kothao jawa nishedh")
F("isolation_and_control", "bn-Latn", "amar passport (EH0592817) company r office e, chaile bole 'tumi palaba'. residence card er copy o dey na. Baghdad e checkpoint e dhorle ami ki dekhabo?", [("bd_passport", "EH0592817")])
F("isolation_and_control", "bn-Latn", "amar wife Erbil er mall e cleaning kore, 2 mash dhore or sathe kotha hoy na. company phone niye gese, ekta number dise +964 750 318 2294, oita te call dile ek Kurdi lok dhore r bole busy", [("phone", "+9647503182294")])
F("isolation_and_control", "en", "They took our phones on arrival and said we get them back after 3 months 'probation'. I am writing from a friend's phone in the toilet. Please tell my family in Brahmanbaria I am alive, my brother's number 01723648195", [("phone", "+8801723648195")])
F("isolation_and_control", "en", "Company keeps all passports in a locker in the manager's room. When I asked for mine to go to the embassy he said passport stays here until contract finish, embassy can't help you. My passport no is BM0418276 if anyone can inform them", [("bd_passport", "BM0418276")])
F("isolation_and_control", "en", "we are 34 men in one warehouse near Basra, gate has a guard, we can't go out even on Friday. food comes in a pickup. nobody knows we are here")

# ---- labour_exploitation (8): bn 3, bn-Latn 2, en 3
F("labour_exploitation", "bn", "সকাল ৬টা থাইকা রাত ১১টা পর্যন্ত হাসপাতালের ফ্লোর মুছি, কোন ছুটি নাই, শুক্রবারেও ডিউটি। বেতন চাইলে কয় কোম্পানির কাছে টাকা নাই, ৪ মাস বাকি")
F("labour_exploitation", "bn", "দিনে একবার ভাত দেয়, লগে পাতলা ডাল। বসরার গরমে ৫০ ডিগ্রিতে রডের কাম, পানি চাইলে সুপারভাইজার গাইল দেয়। দুইজন মাথা ঘুইরা পড়ছে, হাসপাতালে নেয় নাই")
F("labour_exploitation", "bn", "৯ মাস ধইরা বেতন পাই নাই, কোম্পানি কয় মন্ত্রণালয় থাইকা টাকা আসে নাই। এর মধ্যে আমাগো আরেক কোম্পানিতে পাঠাইছে, ওরা কয় আগের বেতন ওগো দায় না")
F("labour_exploitation", "bn-Latn", "18 ghonta duty, mall bondho hoile abar rat e parking clean. overtime er kono taka nai, boss bole eta contract e ase. 6 mash e ekdin off pai nai")
F("labour_exploitation", "bn-Latn", "salary 'safe' e rakhse company, bole desh e jawar somoy ekbare dibe. 11 mash hoye gelo ekta dinar o hate pai nai, khawar taka dhar kore chalai")
F("labour_exploitation", "en", "12 of us sleep in one container at the Basra site, no AC, no water after 8pm. They give one meal at 3pm. Anyone who complains gets sent to cement mixing for double shift")
F("labour_exploitation", "en", "Salary for Shaban, Ramadan, Shawwal still not paid. Manager says wait, wait. When we refused to work yesterday they cut 3 days pay from everyone")
F("labour_exploitation", "en", "Company sends me to 2 hospitals, morning one and night one, same day. 19 hours. They pay only one salary 350,000 dinar and say the second is 'training'")

# ---- sexual_exploitation (7): bn 2, bn-Latn 3, en 2
F("sexual_exploitation", "bn", "আমাগো লগের মহিলা ক্লিনাররে সুপারভাইজার রাইতে অফিসে ডাকে, না গেলে পরের দিন বেতন কাটে। এক আপা কাঁনতে কাঁনতে কইছে সে আর পারতেছে না, দেশে যাওয়ার টিকেটও দেয় না")
F("sexual_exploitation", "bn", "এরবিলে মলের কামের কথা কইয়া যে মাইয়াগো আনছিল, ওগো ৩ জনরে এক বাড়িতে রাখছে, রাইতে বাইরের লোক আসে। একজন ইমোতে মেসেজ দিছে, কয় বাইরে যাইতে দেয় না, পাসপোর্ট নাই")
F("sexual_exploitation", "bn-Latn", "apa ke cleaning er kotha bole ansilo, ekhon Baghdad er ekta 'massage center' e kaj korai. bole dalal er taka shodh na howa porjonto kaj korte hobe, na korle police e dibe")
F("sexual_exploitation", "bn-Latn", f"notun Bangali meye ashse 2 jon, boyosh kom, hotel e dibo. rate 150 dollar rat. advance 50 dollar ETH e pathao {ETH1}, baki dalal Rubel er sathe, ekhane number dewa jabe na", [("eth_address", ETH1)])
F("sexual_exploitation", "bn-Latn", "bhai amar bon ke hospital er supervisor gaye haat dey, bole 'kotha shunle duty halka, na shunle Basra pathabo'. o kauke bolte pare na, passport o oder kase")
F("sexual_exploitation", "en", "Manager took the Bangladeshi sisters from the cleaning team to a 'party' at his villa, said if they refuse they lose the job and visa. One of them is 19, she messaged me crying at 2am")
F("sexual_exploitation", "en", "New girls from Bangladesh 🌸 Erbil & Baghdad, hotel or your place, young and fresh, new in town ✈️ Booking only Telegram @erbil_vip_rose", [("telegram", "@erbil_vip_rose")])

# ---- minors (7): bn 2, bn-Latn 2, en 3
F("minors", "bn", "আমাগো ক্যাম্পে একটা পোলা আইছে, পাসপোর্টে বয়স ২২ লেখা কিন্তু দেখলে মনে হয় ১৫-১৬। সারা রাইত কান্দে, কয় আব্বা জমি বেইচা দালালরে টাকা দিছে। সাইটে ওরে ভারী রডের কাম দেয়")
F("minors", "bn", "ভাইজান আমার ছোট ভাইয়ের বয়স ১৬, দালাল কইছে জন্ম নিবন্ধন বদলাইয়া পাসপোর্ট কইরা দিব, বাগদাদের হাসপাতালে চা বানানোর কাম। খরচ ৩ লাখ ৮০। কেউ জানে না বয়স, দালাল কইছে এয়ারপোর্টে কেউ চেক করে না")
F("minors", "bn-Latn", "dalal bolse 14-15 bochorer pola hoile bhalo, choto manush kom khay beshi khate. passport e boyosh barai dibo 19. Basra te 5 jon lagbe, mathapichu 2.5 lakh")
F("minors", "bn-Latn", "Erbil er mall e ekta meye kaj kore, boyosh 15 hobe, Brahmanbaria bari. or passport e 25 lekha. company r madam ratre oke onno basay niye jay, sokal porjonto kaj korai")
F("minors", "en", "There is a boy from Nabinagar in our camp, maybe 14. His passport A03928174 says born 2001. He carries cement bags all day and the supervisor slaps him when he is slow. He keeps asking for his mother", [("bd_passport", "A03928174")])
F("minors", "en", "Need under 18 boys for cleaning shift in Baghdad, small body fits under beds and machines, we fix the passport age. Pay goes to family monthly. Contact +964 781 442 9037", [("phone", "+9647814429037")])
F("minors", "en", "My niece is 16, an agent in Brahmanbaria says he can send her to Iraq as a hospital cleaner with a new birth certificate showing 21. He's asking 2 lakh and says no one checks at the airport")

# ---- payments_and_proceeds (7): bn 2, bn-Latn 3, en 2
F("payments_and_proceeds", "bn", "ভিসার বাকি টাকা ৩ ভাগে বিকাশ করবা, একই নাম্বারে না। ০১৯১৭৪৫২৬৮৩ তে ৫০ হাজার, বাকিটার নাম্বার পরে দিমু। রেফারেন্সে কিছু লেখবা না, কেউ জিগাইলে কইবা আত্মীয়রে পাঠাইছো", [("phone", "+8801917452683")])
F("payments_and_proceeds", "bn", "টাকা পাইছি, TrxID 9C4K7MX2QA। পাসপোর্ট ছাড়ার বাকি ৪০০ ডলার এইখানে দিনারে দিলে হইবো না, হুন্ডি দিয়া ব্রাহ্মণবাড়িয়ায় কাশেম ভাইয়ের দোকানে জমা দিবা, তারপর পাসপোর্ট হাতে পাইবা", [("mfs_transaction", "9C4K7MX2QA")])
F("payments_and_proceeds", "bn-Latn", f"passport ferot chaile 500 dollar USDT pathao ei address e: {TRON1} (TRC20). Baghdad er office e cash nibo na, r kauke ei address dekhaba na", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Nagad e 25000 pathaisi, TxnID 7HG3K92LPD. ekhon bolen release letter kobe diben? company bolse apnar taka na pele amar bhai ke chere dibe na", [("mfs_transaction", "7HG3K92LPD")])
F("payments_and_proceeds", "bn-Latn", "hundi r lok Baghdad e 8 jon er salary card nijer kase rakhe, ATM theke tule 30% kete baki bari te pathay. keu card chaile bole 'hishab sesh hoy nai'")
F("payments_and_proceeds", "en", "Send the 1.5 lakh for his release to bKash agent 01634928177, cash in as 3 parts of 50k from different shops. Once received the company will hand over passport and exit paper", [("phone", "+8801634928177")])
F("payments_and_proceeds", "en", f"Pay the visa transfer fee 900 USD in BTC to {BTC1}, after confirmation we move you to the new sponsor. Do not talk to embassy, they will block your case", [("btc_address", BTC1)])

# ---- threats_and_coercion (8): bn 3, bn-Latn 2, en 3
F("threats_and_coercion", "bn", "সুপারভাইজার কাইল রাইতে বশিররে লোহার পাইপ দিয়া পিটাইছে, বেতন চাইছিল দেইখা। হাত ভাইঙ্গা গেছে, ডাক্তার দেখাইতে দেয় না, কয় কাউরে কইলে আরেকটা ভাঙবো")
F("threats_and_coercion", "bn", "ম্যানেজার কইছে যারা এম্বাসিতে যাইবো তাগো নামে পলাতক রিপোর্ট দিবো, পুলিশে ধরাইয়া জেল খাটাইবো, তারপর ডিপোর্ট। এর লাইগা কেউ যাইতাছে না")
F("threats_and_coercion", "bn", "দালাল বাড়িত গিয়া আব্বারে কইছে আমি কাম ছাড়লে বাকি টাকা না দিলে ঘর দখল করবো। আর এইখানে কোম্পানির লোক কয় পালাইলে খুঁইজা বাইর কইরা মারবো")
F("threats_and_coercion", "bn-Latn", "kafil bolse beshi kotha bolle tore Kurdi police er kase 'illegal' bole dhoraye dibo, tor to card nai. tarpor jail, keu khoj nibe na")
F("threats_and_coercion", "bn-Latn", "amra 3 din strike korsilam, company r lok ra lathi niye ashe 4 jon ke marse, ek bhai er matha fatse. bolse abar korle desert er site e pathabe jekhan theke keu fire na")
F("threats_and_coercion", "en", "Supervisor slapped Aklima apa in front of everyone because she asked for her leave. He said next time he will break her legs and send her back without pay")
F("threats_and_coercion", "en", "Manager Haider (+964 771 290 5538) told us if anyone posts on facebook or calls the embassy he will file absconding case and we go to deportation jail with no salary. He showed a paper in Arabic already signed", [("phone", "+9647712905538")])
F("threats_and_coercion", "en", "They beat Sohel with a hose pipe because he ran to another company for better pay. Brought him back in the car, now they say he owes 1500$ 'runaway cost' or they hand him to police")

# ================================================================ OK (60)
# ---- bn (16 hard, 4 everyday)
N("official", "bn", "বাংলাদেশ দূতাবাস, বাগদাদ: ইরাকে অবস্থানরত প্রবাসী ভাইদের জানানো যাচ্ছে যে, পাসপোর্ট নবায়ন ও ই-পাসপোর্ট আবেদনের জন্য আগামী ১৫ তারিখ এরবিলে ভ্রাম্যমাণ কনস্যুলার সেবা দেওয়া হবে। রেসিডেন্স কার্ডের কপি ও পুরাতন পাসপোর্ট সাথে আনবেন। হটলাইন +964 780 921 4416", [("phone", "+9647809214416")])
N("awareness", "bn", "সচেতনতা পোস্ট: ইরাকে 'ফ্রি ভিসা' বইলা কিছু নাই। কোম্পানি ভিসার নামে কেউ টাকা চাইলে বিএমইটির ওয়েবসাইটে এজেন্সির লাইসেন্স নাম্বার মিলাইয়া নিবেন। নিজের পাসপোর্ট কোনো দালালের হাতে দিবেন না")
N("news", "bn", "ব্রাহ্মণবাড়িয়ায় ইরাকে লোক পাঠানোর নামে প্রতারণা, দালাল চক্রের ৩ জন গ্রেপ্তার। র‍্যাব জানায়, তারা ভুয়া কোম্পানি ভিসা দেখিয়ে ৪০ জনের কাছ থেকে প্রায় দেড় কোটি টাকা নিয়েছে")
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার বিকাশ একাউন্টে ৳২৫,০০০ রেমিট্যান্স জমা হয়েছে (ইরাক থেকে), ২.৫% প্রণোদনা সহ। TrxID BKR8H2N5QX। বর্তমান ব্যালেন্স ৳২৭,৪১০", [("mfs_transaction", "BKR8H2N5QX")])
N("family", "bn", "আম্মা ১৮ হাজার পাঠাইছি ০১৮১৯৩৪৭২৬০ নাম্বারে, বিকাশে দেখেন। ৫ হাজার দিয়া রহিমার স্কুলের বেতন দিয়েন, বাকিটা ধানের লাইগা রাখেন। এইবার কোম্পানি বেতন টাইমে দিছে আলহামদুলিল্লাহ", [("phone", "+8801819347260")])
N("worker_content", "bn", "আলহামদুলিল্লাহ এরবিলের এই মলে ৩ বছর হইলো। কোম্পানি প্রতি মাসের ৫ তারিখে বেতন দেয়, ইকামা নিজের কাছে, শুক্রবার ছুটি। নতুন যারা আসতে চান, খালি লাইসেন্সওয়ালা এজেন্সি দিয়া আসবেন")
N("joke", "bn", "ডিউটি শেষে মেসে আইসা দেখি রুমমেট আমার দুইটা ডিম খাইয়া ফেলছে 😂 এই প্রবাসে চুরি ডাকাতি সব ডিমের উপর দিয়াই যায়")
N("family", "bn", "ভাইয়ের বিয়ার তারিখ ঠিক হইছে ফাল্গুনের ১২ তারিখ। আমি ১ মাসের ছুটি পাইছি, কোম্পানি টিকেট দিতাছে। পাসপোর্ট কাইল অফিস থাইকা নিয়া আসমু, এক্সিট-রিএন্ট্রি সিল লাগাইছে")
N("news", "bn", "বসরায় নির্মাণাধীন ভবন থেকে পড়ে ব্রাহ্মণবাড়িয়ার নাসিরনগরের এক শ্রমিকের মৃত্যু। নিয়োগকারী কোম্পানি ক্ষতিপূরণ ও মরদেহ দেশে পাঠানোর খরচ বহন করবে বলে দূতাবাস জানিয়েছে")
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: ইরাকগামী কর্মীরা 'আমি প্রবাসী' অ্যাপে নিবন্ধন করে স্মার্ট কার্ড সংগ্রহ করুন। সরকার নির্ধারিত অভিবাসন ব্যয়ের বেশি টাকা চাইলে অভিযোগ করুন: https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("awareness", "bn", "মহিলা কর্মী বোনেরা, কাজের জায়গায় কেউ খারাপ আচরণ করলে চুপ থাকবেন না। দূতাবাসের শ্রম উইংয়ের মহিলা অফিসারের সাথে সরাসরি কথা বলতে পারবেন, আপনার নাম গোপন রাখা হবে")
N("chatter", "bn", "গ্রুপের সবাইরে কইতাছি, কেউ নিজের বিকাশ নাম্বার বা পাসপোর্টের ছবি গ্রুপে দিবেন না। আর ভিসা বেচাকেনার পোস্ট দিলে রিমুভ কইরা দিমু। এইটা আমাগো সুখ দুঃখের গ্রুপ")
N("family", "bn", "ভাইজান আব্বার ওষুধের লাইগা ৩ হাজার টাকা লাগবো, সামনের মাসে পাঠাইতে পারবা? তোমার বেতন দেরি হইলে থাক, আমি সমিতির কিস্তির টাকা থাইকা দিয়া দিমু")
N("worker_content", "bn", "নতুন কোম্পানিতে ট্রান্সফার হইছি, নিজে দরখাস্ত দিয়া। আগের কোম্পানি রিলিজ লেটার দিছে, এক টাকাও নেয় নাই। বেতন ৫০ হাজার দিনার বাড়ছে 😊")
N("news", "bn", "ইরাকে অবৈধভাবে থাকা বাংলাদেশিদের বৈধ হওয়ার সুযোগ: নির্দিষ্ট সময়ের মধ্যে জরিমানা দিয়ে রেসিডেন্সি নবায়ন করা যাবে, না পারলে বিনা খরচে দেশে ফেরার ব্যবস্থা, জানিয়েছে দূতাবাস")
N("joke", "bn", "সুপারভাইজার কইছে আজকে ফ্লোর এমন চকচকা করবা যেন মুখ দেখা যায়। আমি কইলাম স্যার আমার মুখ দেখলে তো কাস্টমার ভাইগা যাইবো 😂")
N("chatter", "bn", "আইজ বাগদাদে ধুলার ঝড়, সবাই মাস্ক পইরা বাইর হইয়েন", hard=False)
N("chatter", "bn", "কেউ জানেন এরবিলে বাংলা দোকান কোনখানে? শুঁটকি আর চিনিগুড়া চাল লাগবো", hard=False)
N("chatter", "bn", "ঈদ মোবারক সবাইরে। প্রবাসের ঈদ বড় কষ্টের, তবু হাসিমুখে থাকি", hard=False)
N("chatter", "bn", "খেলা দেখছেন? বাংলাদেশ জিতছে! রুমে সবাই চিল্লাইয়া পাশের রুমের ইরাকি ভাইয়ের ঘুম ভাঙ্গাইছি 😅", hard=False)

# ---- bn-Latn (16 hard, 4 everyday)
N("official", "bn-Latn", "Embassy notice: Bangladesh Embassy Baghdad er labour wing e salary, passport, residency niye obhijog korte email korun labourwing.baghdad@mofa.gov.bd othoba call korun +964 770 612 3380, sokal 9 ta theke 3 ta", [("email", "labourwing.baghdad@mofa.gov.bd"), ("phone", "+9647706123380")])
N("awareness", "bn-Latn", "bhaiera, keu jodi bole 'tomar visa onno company te bikri kore dibo, 1500 dollar lagbe' — eta visa trading, oboidho. company change er legal process ase, embassy theke jene nin. kono dalal ke taka diben na")
N("news", "bn-Latn", "Khobor: Baghdad police 6 jon ke greftar korse jara Bangladeshi sromik der ek company theke arek company te bikri korto. Embassy bolse victim der salary adaye kaj cholche")
N("receipt", "bn-Latn", "Nagad: Cash In Tk 12,000.00 successful. Fee Tk 0.00. TxnID 73KD9QW2ML. Balance Tk 12,480.50", [("mfs_transaction", "73KD9QW2ML")])
N("family", "bn-Latn", "ammu amar passport er photocopy ta scan kore pathao to (A09172635 wala ta), company renewal form e number lagbe. original ami nijei embassy te jama dibo next week", [("bd_passport", "A09172635")])
N("worker_content", "bn-Latn", "amar company Erbil e, 2 bochor holo. salary 600 dollar, mash sesh hoile bank e ashe. supervisor Kurdi bhai bhalo manush, Eid e bonus o dise. sobai emon company pay na tai share korlam")
N("joke", "bn-Latn", "Basra r gorome amar color ekhon Brahmanbaria r roshmalai theke chocolate hoye gese 😂 bari gele ma chinbe kina sondeho")
N("chatter", "bn-Latn", "keu ki Baghdad theke Dhaka flight er date jane? next month chhuti pabo, Qatar diye jabo naki Dubai diye bujhtesi na. company ticket dibe, ami sudhu date dibo")
N("family", "bn-Latn", "abba bolse meye dekha sesh, chhuti te ashle bie. joutuk er kotha uthle ami bie korbo na bole disi, porer taka e khabo na 😤")
N("awareness", "bn-Latn", "Baghdad e onek bhai passport harai fele, tai bolchi: passport r residency card er chobi tule Drive e rakhen, original nijer kase rakhen. company renewal er jonno nile receipt niye nen")
N("chatter", "bn-Latn", "Group rules: 1) kono dalal er ad dibe na 2) kauke gali dibe na 3) kono bhai bipode porle admin ke inbox korben, amra embassy ke janabo. dhonnobad — Admin Shafiq")
N("family", "bn-Latn", "bhai 40 hajar pathailam 01911 245 873 e, 10 hajar Sumon er kisti, 30 hajar ghorer tin er jonno. Rashid mama re bolo tin kine rakhte", [("phone", "+8801911245873")])
N("worker_content", "bn-Latn", "Alhamdulillah residency card renew hoye gese, fee company nijei dise, card amar pocket e. ekhon 2 bochor r chinta nai")
N("news", "bn-Latn", "BBC Bangla: Iraq er Kurdistan e kaj nite gele BMET registration badhyotamulok, bolse probashi kollan montronaloy. oboidh pothe gele bipode sahajjo pawa kothin")
N("joke", "bn-Latn", "supervisor bolse 'why you late?' ami bolsi 'sir Baghdad traffic' — uni bolse 'you live inside the hospital' 😂😂 dhora khailam")
N("official", "bn-Latn", "M/S Titas Overseas (RL-1274): Iraq hospital cleaner, salary 450 USD, khawa+thaka company. Sorkar nirdharito khoroch BMET er notice onujayi, receipt chhara kono taka diben na. Office Kalibari road, Brahmanbaria, 01552-318740", [("phone", "+8801552318740")])
N("chatter", "bn-Latn", "aj rat e room e biryani hobe, sobai 5000 dinar kore dao 🍛", hard=False)
N("chatter", "bn-Latn", "Erbil e brishti hocche, mone hoy deshe asi 🌧️", hard=False)
N("chatter", "bn-Latn", "kal Friday football, Basra camp vs Zubair camp, sobai ashben", hard=False)
N("chatter", "bn-Latn", "net slow bhai, IMO video call atke jay. Asiacell naki Zain sim bhalo?", hard=False)

# ---- en (16 hard, 4 everyday)
N("news", "en", "Iraqi labour ministry inspects 3 cleaning companies in Baghdad after complaints by Bangladeshi workers about unpaid wages; 2 managers detained and passports of 47 workers returned, the embassy said")
N("awareness", "en", "WARNING: never pay anyone for a 'free visa' to Iraq. Never hand your passport or residence card to a supervisor or middleman. If you are not paid for 3 months, contact the embassy labour wing, it is free")
N("official", "en", "Bangladesh Embassy Baghdad: workers wishing to return under the amnesty must bring passport or travel permit, residency card if any, and two photos. No fee is charged by the Embassy. Info: https://baghdad.mofa.gov.bd", [("url", "https://baghdad.mofa.gov.bd")])
N("receipt", "en", "Western Union: 250.00 USD sent from Erbil to MD RAKIB HASAN, Brahmanbaria. Receiver may collect at any agent bank with NID")
N("worker_content", "en", "Happy to say my company in Erbil pays on time, we have Friday off and my passport is in my own bag. Not every story here is sad brothers 🙂")
N("family", "en", "Bhaiya I got GPA 5!! The money you sent for coaching worked, thank you so much. Ammu is crying with happiness 🥹")
N("joke", "en", "Supervisor: the floor is not clean. Me: sir it is marble, it was born this colour 😂")
N("chatter", "en", "Reminder: anyone offering to 'sell' a visa or move you to another company for money in this group will be removed. Report such posts to admin. Stay safe brothers and sisters")
N("news", "en", "Police in Brahmanbaria arrest a sub-agent accused of sending 12 men to Iraq on tourist visas with promises of hospital jobs; families had paid Tk 4 lakh each")
N("awareness", "en", "Sisters working as cleaners: harassment at work is a crime in Iraq too. You can contact the embassy welfare officer directly, your supervisor does not need to know")
N("family", "en", "Apu your passport appointment is Sunday 10am at Brahmanbaria passport office, take your NID card 1987264530 and the bank slip", [("bd_nid", "1987264530")])
N("official", "en", "Licensed agency notice: demand letter from a Basra cleaning company, attested by the Embassy. Salary 400 USD, 8 hrs, Friday off, food and room by company. Migration cost as fixed by Government only. Apply through Ami Probashi: https://amiprobashi.com", [("url", "https://amiprobashi.com")])
N("worker_content", "en", "Moved to a new company with a proper release from the old one, nobody asked for money. Salary is up and they gave me the residency card in hand on day one")
N("receipt", "en", "bKash: You have received Tk 15,000.00 from 01812457390. Ref: Eid. Fee Tk 0.00. Balance Tk 15,362.00. TrxID BKC3M8T1ZA", [("phone", "+8801812457390"), ("mfs_transaction", "BKC3M8T1ZA")])
N("chatter", "en", "Does anyone know if the embassy is open on Thursday? Need to renew my passport before the residency expires next month")
N("news", "en", "Over 300 Bangladeshi workers stranded in Iraq return home with IOM support; returnees say their company closed and wages were later paid through the labour court")
N("chatter", "en", "Anyone in Erbil selling a used rice cooker? Ours died 😭", hard=False)
N("chatter", "en", "Good morning group, salam to all. Very hot in Basra today, drink water", hard=False)
N("chatter", "en", "Who watched the match last night? Taskin's bowling was fire 🔥", hard=False)
N("chatter", "en", "Ramadan timing for Baghdad: sehri 4:12, iftar 6:48. Share with everyone", hard=False)


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
    random.Random(165).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev165-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
