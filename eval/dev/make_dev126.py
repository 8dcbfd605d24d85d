"""Blind evaluation set dev126 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of the shared indicator research were consulted for what the indicators mean.
Persona: a schoolteacher and NGO volunteer in the tea gardens of Moulvibazar and Habiganj
(Sreemangal, Kamalganj) who sees what passes through the labour lines' phones.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev126.jsonl"
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


BTC1 = btc("dev126-btc-1")
TRON1 = tron("dev126-tron-1")
ETH1 = eth("dev126-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8: bn 3, Latn 3, en 2)
F("recruitment_deception", "bn",
  "দিদি শুনো, ঢাকার এক ডাক্তার বাবুর বাসায় খালি বাচ্চা দেখার কাম, মাসে ১২ হাজার, খাওয়া থাকা ফ্রি। "
  "কাগজপত্র কিচ্ছু লাগবো না, আমি নিজে লইয়া যামু। বাসার ঠিকানা পরে দিমু, আগে বাইর হও। "
  "বাগানের বাবুরে কিছু কইও না। ফোন দিও ০১৭৩২-৫৫৮১৯০",
  [("phone", "+8801732558190")])
F("recruitment_deception", "bn",
  "ভাই এজেন্ট কইছিল মালয়েশিয়ায় ফ্যাক্টরির ওয়ার্ক ভিসা, এয়ারপোর্টে নাইমা দেখি টুরিস্ট ভিসা। "
  "কয় পরে পারমিট কইরা দিবো, এখন ১১ জন একটা দোকানের উপরে বইসা আছি। এজেন্ট নূর ভাই 01778 214 563 নাম্বার বন্ধ।",
  [("phone", "+8801778214563")])
F("recruitment_deception", "bn",
  "মা, হেরা কইছিল আসামের বাগানে পাতা তোলার কাম, ডবল হাজিরা। ইখানে আইনা দেখি ইটভাটা, "
  "মাটি টানি সারাদিন। হামার লগে আরো ৪টা ছেলে আছে কমলগঞ্জের। যেই কামের কথা কইছিল সেইটা নাই।")
F("recruitment_deception", "bn-Latn",
  "Dada ekta bhalo khobor, Dubai te cleaner er kaj, 45 hajar taka beton, visa free, shudhu medical ar ticket er khoroch. "
  "Kalke Sreemangal bus stand e ashen passport er copy niye. Company r naam ekhon bola jabe na. Call diben 01715-382914",
  [("phone", "+8801715382914")])
F("recruitment_deception", "bn-Latn",
  "Mashi Rekha ke je garments er kaj er kotha bolchilo oita garments na. Mirpur er ekta basay rakhse, "
  "3 ta barite ghor mosha kapor dhoa koray. Jiggesh korle bole 'training cholche, por e factory'. 4 mash hoye gelo")
F("recruitment_deception", "bn-Latn",
  "bhai tumi to bolchila Saudi te company visa, hospital cleaner. ekhane eshe dekhi kafil er bari, driver + chagol dekha. "
  "contract e ja lekha chilo er kichui na. agent bole mene nao noile nijer takay ferot jao")
F("recruitment_deception", "en",
  "Madam I am Sabita's brother. The man from Kamalganj said hospital ayah job in Kolkata, salary 15000 rupees, all papers legal. "
  "Now she called from Pune, there is no hospital, she is in some house with other girls. He is not picking phone. What can we do?")
F("recruitment_deception", "en",
  "JOB IN THAILAND 🇹🇭 typing / customer service, salary 1,20,000 tk per month!! Free air ticket, free hotel, "
  "no experience no English needed. Only 10 seat left, passport needed today. WhatsApp: wa.me/66812345678",
  [("whatsapp", "+66812345678")])

# ---------------------------------------------------------------- fees_and_debt (8: bn 3, Latn 3, en 2)
F("fees_and_debt", "bn",
  "মহাজন কাকা কইছে এই হপ্তা থাইকা হাজিরার পুরা টাকা উনিই তুলবো বাবুর কাছ থিকা, রেশনের আটাও উনার ঘরে যাইবো, "
  "যতদিন ৪০ হাজার শোধ না হয়। বাপ মরার সময় নিছিলাম ১০ হাজার, এখন কয় ৪০। আমরা খামু কি")
F("fees_and_debt", "bn",
  "দালাল কইছে সৌদির ভিসা ৪ লাখ ৮০ হাজার। জমির দলিল বন্ধক দিয়া সুদে টাকা আনছি। পাসপোর্ট নম্বর B01938274 দিয়া মেডিকেল ও হইছে, "
  "এখন কয় আরো ৮০ হাজার না দিলে ফ্লাইট হইবো না, আগের টাকাও ফেরত নাই।",
  [("bd_passport", "B01938274")])
F("fees_and_debt", "bn",
  "আপা, এইখানে ৭ মাস কাম করি, একটা টাকাও হাতে পাই নাই। মালিক কয় আনার খরচ, খাওয়া, ঘর ভাড়া কাইটা রাখছে, "
  "এখনো নাকি ৩৫ হাজার পাওনা। শোধ না হইলে বাড়ি যাইতে দিবো না।")
F("fees_and_debt", "bn-Latn",
  "Babu bollo ei hoptay haziri zero. Mahajon er advance 2000 kete nilo office theke shoja, ar sardar er commission 300. "
  "Ghore chal nai, rasan er ata o mahajon er kase jama. Ei shudh kobe shesh hobe keu jane na")
F("fees_and_debt", "bn-Latn",
  "Bhai Malaysia jaite 6 lakh lagbe bolse. Govt rate 79 hajar shunsi but oi rate e keu pathay na. Ami 3 lakh dimu, "
  "baki ta oikhane 2 bochor beton theke katbe bole. Agent er number 01611-203948. eta ki thik hobe?",
  [("phone", "+8801611203948")])
F("fees_and_debt", "bn-Latn",
  "Didi amar meye Puja Gazipur e je basay kaj kore, oder kach theke 20 hajar agrim niyechilam ora baba r chikitsar jonno. "
  "Ekhon bole 3 bochor meye ke charbe na, taka shodh hobe kaj diye. Beton o amader dey na.")
F("fees_and_debt", "en",
  "Sir the agent take 5 lakh for Oman, he said pay back later from salary no problem. Here arbab cut 50 riyal every month "
  "for 'visa cost' and now ask 600 riyal more for iqama renew. At home my family paying interest to mohajon every week.")
F("fees_and_debt", "en",
  "They told us ticket, training and room all free. First payslip shows deductions: recruitment RM1200, hostel RM400, "
  "levy RM300. I took home RM90. Supervisor says everybody pays like this for 3 years, cannot resign before that.")

# ---------------------------------------------------------------- isolation_and_control (7: bn 2, Latn 3, en 2)
F("isolation_and_control", "bn",
  "মা এই ফোনটা পাশের বাসার বুয়া খালার। ম্যাডাম আমার মোবাইল নিয়া রাখছে, বাইরে গেলে দরজায় তালা দিয়া যায়। "
  "বাড়ির কথা কইলে কয় তোর বাপ মায় তোরে বেইচা দিছে। কাউরে কইও না আমি ফোন দিছিলাম")
F("isolation_and_control", "bn",
  "আমাদের ৬ জনরে একটা রুমে রাখছে, পাসপোর্ট কোম্পানির লকারে। বাইরে যাইতে হইলে সুপারভাইজার সাথে যায়। "
  "কেউ জিগাইলে কইতে কইছে আমরা টুরিস্ট, আত্মীয়ের বাসায় বেড়াইতে আইছি।")
F("isolation_and_control", "bn-Latn",
  "Shon, keu jiggesh korle bolbi mamar bari jachchis Sylhet e. Phone ta bondho rakhbi. Bus e uthle SIM ta ami niye nibo. "
  "Border par howar age kono kotha na, ma ke o na.")
F("isolation_and_control", "bn-Latn",
  "Bhai amar passport ar iqama dui tai kafil er kase. Chaile bole 'tui palabi'. Roomer bahire jaite dey na, Friday teo na. "
  "Raat e 2 min kotha bolte pari ei number e: +966 55 318 4427",
  [("phone", "+966553184427")])
F("isolation_and_control", "bn-Latn",
  "Didimoni, Lakhi ke ora bahire jaite dey na. Madam bole 'ma baba ke phone dile kaje mon thakbe na'. "
  "6 mash e ekbar kotha hoyeche, speaker e, pashe madam dariye chilo. Hamar beti kichu bolte pare nai.")
F("isolation_and_control", "en",
  "We are kept inside the factory compound in Johor. Gate locked at night, guard with dog. Boss keeps all passports 'for safety'. "
  "Phones collected 8am, given back 11pm. If any officer visits we must say we are happy here.")
F("isolation_and_control", "en",
  "pls dont call this number again. madam checks my phone every nite and deletes. i msg when she sleeps. "
  "dont tell NGO didi, madam says if anybody comes asking she will send me to her sister in Chattogram")

# ---------------------------------------------------------------- threats_and_coercion (7: bn 3, Latn 2, en 2)
F("threats_and_coercion", "bn",
  "তুই যদি থানায় যাস, তোর ভাইরে বাগানে আর কাম করতে দিমু না, সর্দার আমার লোক। আর তোর মেয়ের ছবি সব জায়গায় ছাড়মু। চুপ থাক।")
F("threats_and_coercion", "bn",
  "আম্মা হেরা আমারে মারছে, গরম খুন্তি দিয়া হাতে ছ্যাঁকা দিছে। কয় পালাইলে পুলিশে দিবো, কইবো আমি সোনার চেইন চুরি করছি।")
F("threats_and_coercion", "bn",
  "দালাল ফোনে কইছে, তোমার পোলা কোম্পানি থাইকা পালাইছে, এখন অবৈধ। টাকা না দিলে পুলিশে ধরাইয়া দিবো, "
  "দেশে লাশ হইয়া ফিরবো। হেই নাম্বার ০১৭৯৬৪৪০৮১৫",
  [("phone", "+8801796440815")])
F("threats_and_coercion", "bn-Latn",
  "Kafil bolse huroob kore dibe jodi ar beton chai. Tahole jail tarpor deport. Gotokal lathi diye pithe marse, "
  "ekhono thik moto daraite pari na. Ma ke bolo na.")
F("threats_and_coercion", "bn-Latn",
  "Tor baap ke bolis, line e jodi ei kotha keu jane, sardar ke diye ghor theke uthiye dibo, company quarter o jabe. "
  "Meye ta amader kache ache, mone rakhis.")
F("threats_and_coercion", "en",
  "Your sister signed the paper. If she runs we file theft case and she will rot in Indian jail, no passport nothing. "
  "Tell your family keep quiet and no NGO.")
F("threats_and_coercion", "en",
  "He has a video of me from the hotel room. He says if I don't go with his 'guests' again he will send it to my father "
  "and post it in the tea garden facebook group.")

# ---------------------------------------------------------------- labour_exploitation (7: bn 2, Latn 3, en 2)
F("labour_exploitation", "bn",
  "ভোর ৫টা থিকা রাত ১টা পর্যন্ত কাম, একদিনও ছুটি নাই। দুপুরে খাওয়া দেয় না, রাতে বাসি ভাত। "
  "৫ মাসের বেতন বাকি, চাইলে কয় তোর বাড়িতে পাঠাই দিছি।")
F("labour_exploitation", "bn",
  "বিজয়রে গাজীপুরের ওয়ার্কশপে দিছে ওয়েল্ডিংয়ের কামে, চোখে চশমা দেয় না। হাত পুইড়া গেছে তাও কাম করাইতেছে। "
  "দোকানের মেঝেতে ঘুমায়, মাসে ৫০০ টাকা দেয় কি দেয় না।")
F("labour_exploitation", "bn-Latn",
  "Madam amake onno ek barite diye diyeche, bolche ager malik amake 60 hajar e 'kine' diyeche. "
  "Ekhon 3 ta flat e kaj kori, keu beton dey na, bole tor beton ager malik niye geche.")
F("labour_exploitation", "bn-Latn",
  "bhai amra 14 jon ek ghore thaki, dine 16 ghonta shift, Friday teo site e jaite hoy. 4 mash beton pai nai. "
  "company bole project er taka ashle dibe, na thakle chole jao")
F("labour_exploitation", "bn-Latn",
  "Jhiya ke dekhe ashlam Keraniganj e. Sharee print er karkhana, raat 2 ta porjonto kaj kore, rong er gondhe kashe. "
  "Beton dibe bole 1 bochor pore eksathe. Oshukh hole o chuti nai.")
F("labour_exploitation", "en",
  "Work from 6am to midnight, one meal a day. When I had fever madam said no rest, finish the washing first. "
  "9 months no salary, she says it is 'kept safe' for me until I go home.")
F("labour_exploitation", "en",
  "Construction site in Riyadh, no helmet no harness on 8th floor. Two men fell last month, company said don't tell anyone. "
  "Salary promised 1200 SAR, we get 600 and some months nothing.")

# ---------------------------------------------------------------- minors (8: bn 3, Latn 3, en 2)
F("minors", "bn",
  "ক্লাস ফাইভের মমতা তিন সপ্তাহ স্কুলে নাই। ওর মা কইলো ঢাকায় এক বাবুর বাসায় রাইখা আসছে, বাচ্চা রাখার কাম, "
  "মাসে দুই হাজার পাঠাইবো। মেয়েটার বয়স এগারো।")
F("minors", "bn",
  "জন্ম নিবন্ধনে বয়স ১৪, তাই দালাল নতুন নিবন্ধন বানাইছে ১৯ বছর দিয়া, ইউনিয়নের লোকরে টাকা দিয়া। "
  "ওইটা দিয়া পাসপোর্ট হইবো, সৌদি যাইবো বাসার কামে।")
F("minors", "bn",
  "১৫ বছরের লক্ষ্মীর বিয়া ঠিক করছে আসাম থাইকা আসা এক ছেলের লগে, বিয়ার পরদিনই লইয়া যাইবো ওই পারে। "
  "ছেলের বাড়ি কেউ চিনে না, খালি কয় দোকান আছে।")
F("minors", "bn-Latn",
  "Sardar er shala ashche line e, 12-13 bochorer chele khujche Dhaka Jatrabari r workshop er jonno. "
  "Bole khete dibe, thakte dibe, 1500 taka pathabe ma baba ke proti mash.")
F("minors", "bn-Latn",
  "form e age 18 likhe dio, or mukh dekhe keu bujhbe na, 16 holeo lomba ache. parlour er malik boyosh niye proshno korbe na.")
F("minors", "bn-Latn",
  "Didimoni, Rahul ar Sonu ke kalke bus e tule diyeche Kailashahar er dike, bolche Delhi te hotel e kaj. "
  "Duijon e class 7 e pore. Oder ma ke bolche ghore kauke bolar dorkar nai.")
F("minors", "en",
  "Need girl 10-12 years for household work in Uttara, must stay full time, no schooling needed. "
  "Will pay parents 3000 monthly. Contact 01819-447206",
  [("phone", "+8801819447206")])
F("minors", "en",
  "Teacher, the man who married Kajol last month (she is 14) took her to Kolkata. Her mother got a call, a woman said "
  "Kajol is 'working' now and husband is not there. The number was Indian +91 98306 51274",
  [("phone", "+919830651274")])

# ---------------------------------------------------------------- sexual_exploitation (7: bn 2, Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপু পার্লারের কাম কইয়া আনছে, রাতে হোটেলে পাঠায় 'গেস্ট'-এর কাছে। না গেলে খাওয়া দেয় না। আমারে এইখান থিকা বাইর করো।")
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে সিলেট থিকা, বয়স কম, একদম ফ্রেশ 🌸 রাতের প্যাকেজ ৫ হাজার, হোটেলে দিয়া আসা যাইবো। "
  "ছবি দেখতে টেলিগ্রামে নক দেন @dhaka_night_rose",
  [("telegram", "@dhaka_night_rose")])
F("sexual_exploitation", "bn-Latn",
  "Madam bole protidin 5 jon customer na hole taka katbe. Ekhane 8 ta meye, shobai Bangladesh er. "
  "Boss bole tora to amar kena, palabi kothay.")
F("sexual_exploitation", "bn-Latn",
  "Insta te @dubai_spa_jobs_bd page theke spa therapist er job bole Dubai niyeche. Ekhon room e bondho kore rakhe, "
  "raat e private party te nachte pathay, 'extra service' dite bole. Passport madam er kase.",
  [("instagram", "@dubai_spa_jobs_bd")])
F("sexual_exploitation", "en",
  "🌹🌹 New girls from Sylhet tea garden, very young & fresh ✈️ just arrived Dhaka. Hotel & home service 24/7. "
  "Booking only whatsapp wa.me/8801634518820",
  [("whatsapp", "+8801634518820")])
F("sexual_exploitation", "en",
  "She has to do the video calls every night for his 'clients', he collects the money in his own bKash. "
  "If she refuses he says no food tomorrow.")
F("sexual_exploitation", "en",
  "Boss says I owe 2 lakh rupees for bringing me from Bangladesh so I must take customers until it is paid. "
  "They move us between two houses in Sonagachi and one in Bowbazar every few weeks.")

# ---------------------------------------------------------------- payments_and_proceeds (8: bn 3, Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "৫০ হাজার বিকাশ করো ০১৯১২৬৭৪৩৮১ নাম্বারে, ক্যাশআউট চার্জসহ। টাকা পাইলে তোমার মাইয়ারে বর্ডারে ছাইড়া দিমু। "
  "ট্রানজেকশন আইডি পাঠাইবা, বেশি চালাকি করবা না।",
  [("phone", "+8801912674381")])
F("payments_and_proceeds", "bn",
  "দালাল ভাই, ২০ হাজার নগদে পাঠাইছি, TxnID 7HJ2K9QX। বাকিটা মেয়ে ওই পারে পৌঁছাইলে দিমু। "
  "আপনার কমিশন আলাদা কইরা সর্দারের হাতে দিছি।",
  [("mfs_transaction", "7HJ2K9QX")])
F("payments_and_proceeds", "bn",
  "দুবাই থাইকা টাকা হুন্ডিতে আইবো, মৌলভীবাজারের রফিক ভাইয়ের দোকান থিকা নিবা। ব্যাংকে আনলে ধরা খাইবা। "
  "মেয়েগুলার বেতনের ভাগ প্রতি মাসে এইভাবেই আইবো। ওই পারের নাম্বার +971 52 764 1183",
  [("phone", "+971527641183")])
F("payments_and_proceeds", "bn-Latn",
  "Bhai rocket e 12 hajar pathalam 01711-928460 e, ref 'Sumi'. Baki 30 hajar kalke. "
  "Meye ta ke Tripura par korar por baki ta dibo, kotha moto.",
  [("phone", "+8801711928460")])
F("payments_and_proceeds", "bn-Latn",
  "Tor bon ke pete chaile 1.5 lakh pathabi. Bank e na. bKash e 3 ta number e bhag kore, ek number e 25 hajar er beshi na: "
  "01881-302647, 01552-718390, ar baki ta kal bolbo.",
  [("phone", "+8801881302647"), ("phone", "+8801552718390")])
F("payments_and_proceeds", "bn-Latn",
  "Hisab: 4 ta meye x 30k = 1.2 lakh, Nagad e aslo 8 ta transaction e, last ta TxnID 71KD0X3M. Dalal er share 40k, "
  "sardar 10k, baki amar. Purono SIM ta venge felo.",
  [("mfs_transaction", "71KD0X3M")])
F("payments_and_proceeds", "en",
  f"Send USDT TRC20 only, no bank. Address: {TRON1} . 2000 USDT and your brother is released from the compound. "
  "Send screenshot after payment.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Payment for 3 girls received. Split as agreed: your part in BTC to {BTC1}, rest by hundi through the Jeddah shop. "
  "Don't use bKash for this size anymore.",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "কমলগঞ্জে মানবপাচার চক্রের ২ সদস্য গ্রেপ্তার, ভারতে পাচারের আগে ৩ কিশোরী উদ্ধার। পুলিশ জানায়, ঢাকায় গৃহকর্মীর চাকরির কথা বলে তাদের আনা হয়েছিল।")
N("news", "bn",
  "শ্রীমঙ্গল প্রতিনিধি: দৈনিক মজুরি ৩০০ টাকা করার দাবিতে জেলার বিভিন্ন চা বাগানে দুই ঘণ্টা কর্মবিরতি পালন করেছেন চা শ্রমিকরা।")
N("news", "bn",
  "বাল্যবিবাহের আগের রাতে বিয়ে বন্ধ করলেন কমলগঞ্জের ইউএনও, বরপক্ষকে ভ্রাম্যমাণ আদালতে জরিমানা। কিশোরীর পড়াশোনার দায়িত্ব নিল উপজেলা প্রশাসন।")
N("news", "bn-Latn",
  "khobor dekhlam, Habiganj e ek dalal dhora porse, Malaysia pathanor kotha bole 40 jon er kach theke 2 koti taka nise. "
  "Police bolse ar keu thakle thanay jogajog korte.")
N("news", "en",
  "Moulvibazar: RAB rescues 5 girls from a house in Sreemangal allegedly being readied for transfer to India; two held under "
  "the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "en",
  "CID says it has frozen 230 MFS accounts used for digital hundi; agents in the Sylhet region are among those under investigation.")
N("news", "en",
  f"Court orders freeze of crypto wallet {ETH1} which police say received ransom from families of men held in a Myanmar scam compound.",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! চাকরির কথা বলে কেউ পাসপোর্ট বা এনআইডি চাইলে দেবেন না। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন। প্রবাসী হেল্পলাইন ১৬১৩৫।")
N("awareness", "bn",
  "উঠান বৈঠক শুক্রবার বিকাল ৩টায়, ১২ নং লাইনের স্কুলঘরে। বিষয়: দালাল চিনবেন কীভাবে, বাল্যবিবাহ ও শিশুশ্রম। মায়েরা অবশ্যই আসবেন, চা-মুড়ি থাকবে।")
N("awareness", "bn-Latn",
  "Ma-bon ra shunun: Dhaka te basar kaj er kotha bole keu meye niye jete chaile age thikana ar malik er phone number niben, "
  "panchayet ke janaben. Meye ke nijer phone rakhte diben, proti shoptahe kotha bolben.")
N("awareness", "bn-Latn",
  "Facebook e 'Malaysia free visa, 0 taka' ad dekhle bishshash korben na. Free visa bole kono visa nei. "
  "Agency r licence ache kina BMET er site e check korun, taka diben bank e, roshid niben.")
N("awareness", "en",
  "REMEMBER: A real employer never asks you to hide where you are going. If someone says 'don't tell anyone', "
  "call 999 or the national helpline 109 for women and children.")
N("awareness", "en",
  "Tip for families: take a photo of your daughter's passport, visa and the agency licence number before she leaves. "
  "Keep the employer's address and agree a weekly call time.")
N("awareness", "en",
  "If your relative abroad is forced to work without pay or their passport is taken, write to us at "
  "safemigration.sreemangal@gmail.com or come to the office behind the Sreemangal rail station. Everything is confidential.",
  [("email", "safemigration.sreemangal@gmail.com")])

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "মালয়েশিয়ায় কর্মী নিয়োগ (সরকার অনুমোদিত রিক্রুটিং এজেন্সি): সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি কাউকে কোনো টাকা দেবেন না, "
  "সব লেনদেনের রশিদ নিন। যোগাযোগ: ০১৭০৯-৬৬৪২১০",
  [("phone", "+8801709664210")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, মৌলভীবাজার: বিদেশগামী নারী কর্মীদের ৩০ দিনের গৃহকর্ম প্রশিক্ষণ শুরু ১৫ জানুয়ারি। "
  "প্রশিক্ষণ বিনামূল্যে, ভর্তির সময় পাসপোর্ট ও এনআইডির ফটোকপি আনবেন।")
N("official", "bn-Latn",
  "Bagan office notice: ei shoptaher haziri Shonibar deya hobe. Rasan er ata 3.5 kg kore. Union er sathe chukti onujayi "
  "ei mash e advance er kisti kata hobe na.")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers whose iqama has expired may contact the Labour Wing for assistance. "
  "Passports must remain in the worker's own custody under Saudi law. Hotline +966 11 419 5300",
  [("phone", "+966114195300")])
N("official", "en",
  "BMET notice: smart cards for workers with KSA visas ready for collection. Bring original passport, training certificate "
  "and registration slip. Fees payable only at the bank counter; no agent may collect cash on our behalf.")
N("official", "en",
  "High Commission notice: employers in Malaysia are prohibited from holding workers' passports. Under the employer-pays policy "
  "recruitment costs are borne by the employer, not the worker.")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01712348806. Ref Ma. Fee Tk 0.00. Balance Tk 5,212.50. TrxID BKC7M2Q9XZ at 05/12/2026 19:42",
  [("phone", "+8801712348806"), ("mfs_transaction", "BKC7M2Q9XZ")])
N("receipt", "en",
  "Cash In Received. Amount: Tk 2000.00 Uddokta: 01926113045 TxnID: 73QKD8ML Balance: Tk 2310.00 06/12/2026 10:15",
  [("phone", "+8801926113045"), ("mfs_transaction", "73QKD8ML")])
N("receipt", "en",
  "Send Money Tk 1,500.00 to 01554209731 successful. Ref: Karam puja chanda. Fee Tk 5.00. Balance Tk 310.75. TrxID BL46TR8N0A",
  [("phone", "+8801554209731"), ("mfs_transaction", "BL46TR8N0A")])
N("receipt", "en",
  "Dear Customer, your A/C XXXX4471 is credited by BDT 48,700.00 on 04-12-2026 (Inward Remittance). "
  "Available Bal BDT 52,118.20. Sonali Bank PLC")
N("receipt", "bn",
  "আপনি ০১৮৪৫৬৭২২১৯ নম্বরে ৫০ টাকা মোবাইল রিচার্জ করেছেন। ট্রানজেকশন আইডি BM93KD2LQ7। বর্তমান ব্যালেন্স ১২০.৫০ টাকা।",
  [("phone", "+8801845672219"), ("mfs_transaction", "BM93KD2LQ7")])
N("receipt", "en",
  "Tk 3,000 received from 01815662094. TxnId: 4418273665. Bal: Tk 3,120.40. Rocket",
  [("phone", "+8801815662094"), ("mfs_transaction", "4418273665")])
N("receipt", "en",
  "Payment Tk 600.00 to KALIGHAT TEA ESTATE HIGH SCHOOL (exam fee) successful. TrxID BN27QX88VK. Balance Tk 88.00",
  [("mfs_transaction", "BN27QX88VK")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "বাবা পাসপোর্ট হাতে পাইছি, নম্বর EB0512347, নিজের কাছেই রাখছি। ভিসা আসলে এজেন্সি অফিসে গিয়া দেখামু, বাকি টাকা রশিদ নিয়াই দিমু।",
  [("bd_passport", "EB0512347")])
N("family", "bn",
  "লক্ষ্মীর বিয়ার কথা আপাতত বন্ধ। মাস্টার দিদি বুঝাইছে আগে এসএসসি দিবো। ছেলে পক্ষও কইছে দুই বছর অপেক্ষা করবো।")
N("family", "bn",
  "ছোটনরে কাইল ঢাকায় পাঠাইলাম, মামার সুপারিশে গাজীপুরের ফ্যাক্টরিতে চাকরি, নিয়োগপত্র আছে, বেতন ১২,৫০০। "
  "মামার বাসায় থাকবো, প্রতি শুক্রবার ফোন দিবো।")
N("family", "bn-Latn",
  "Ma tension nio na, Riyadh e pouche gechi, company r lok airport e chilo. Room e 4 jon, AC ache. Sunday theke kaj. "
  "Phone ami nijer kache rakhsi, protidin raat e call dibo.")
N("family", "bn-Latn",
  "Dada Puja r age 10 hajar pathaite parba? Mahajon er sud ta shodh kore dei, ar line er ghor er chal ta meramot. "
  "Beton paile ferot dibo.")
N("family", "bn-Latn",
  "Ei je amar NID 5512846390, passport no A09341276. Ami Probashi te form ta tumi e puron kore dio, "
  "ami aaj cyber cafe te jete parbo na, haziri ache.",
  [("bd_nid", "5512846390"), ("bd_passport", "A09341276")])
N("family", "en",
  "Didi, Rupa got admission in Sylhet nursing institute! Hostel is inside campus, she will come home every Puja. "
  "Passport we will do later, no hurry.")

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn",
  "আম্মু আমি ভালো আছি, ম্যাডাম খুব ভালো মানুষ। শুক্রবার ছুটি, ফোন আমার কাছেই থাকে। এই মাসের বেতন ১০০০ রিয়াল পাঠাইছি, সোনালী ব্যাংকে দেইখো।")
N("worker_content", "bn",
  "জর্ডানের গার্মেন্টসে আছি দুই বছর, বেতন ব্যাংকে আসে। ডরমিটরিতে ওয়াইফাই আছে, রাতে ভিডিও কল দিতে পারবা। ওভারটাইম করলে আলাদা টাকা।")
N("worker_content", "bn-Latn",
  "Bhai Malaysia te 3 bochor hoye gelo, company bhalo. Overtime er taka alada pai, passport nijer kache, permit renew company free te kore dise. "
  "Tumi ashle legal way te asho. Notun number: +60 17-239 4418",
  [("phone", "+60172394418")])
N("worker_content", "bn-Latn",
  "Dubai te amar duty 8 ghonta, overtime 2 ghonta, sob payslip e lekha thake. Room e 6 jon thaki but company bus ache. "
  "Eid e 3 din chuti.")
N("worker_content", "en",
  "Day off today, went to KL with friends 😊 Salary came on the 7th as usual, boss gave Hari Raya bonus RM200.")
N("worker_content", "en",
  "Kuwait update: contract finished, coming home next month with gratuity. Employer kept passport only for the visa renewal week "
  "and gave it back. Alhamdulillah.")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn",
  "হেডস্যার কইছে আজও ছুটি নাই, রাত ৮টা পর্যন্ত খাতা দেখতে হইবো। শিক্ষকরাও বন্দি শ্রমিক ভাই 😩😂")
N("joke", "bn",
  "বিকাশে ৫০০ টাকা পাঠা, নইলে তোর ছোটবেলার নাচের ভিডিও ফ্যামিলি গ্রুপে দিমু 🤣🤣 মজা করলাম, জন্মদিনের ট্রিট দে")
N("joke", "bn-Latn",
  "Amar bou amar passport lukiye rakhse, bole Dubai gele ar firbo na 😂😂 eta ki trafficking naki bhalobasha?")
N("joke", "bn-Latn",
  "Sardar bolse ei bar Karam puja r nach e na ashle amake line theke 'deport' kore dibe 😂 madol niye ready")
N("joke", "en",
  "Mom confiscated my phone till exams end. Officially a victim of isolation and control lol 📵")

# ---------------------------------------------------------------- chatter (5 hard)
N("chatter", "bn",
  "কাইল হাজিরার পরে সবাই লাইনের মাঠে আসবা, ইউনিয়নের মিটিং, ৩০০ টাকা মজুরির দাবি নিয়া কথা হইবো। পঞ্চায়েত সভাপতি থাকবো।")
N("chatter", "bn",
  "মেয়েটা দুই দিন স্কুলে আসে নাই, খোঁজ নিয়া জানলাম জ্বর। কাল ওর বাড়ি যামু খাতা নিয়া।")
N("chatter", "bn-Latn",
  "Oi Sreemangal er dalal ta ke chinos? School er pichone je jomi ta, oita bikri korte chay, jomir dalal. 2 lakh kom e dibe na bolche.")
N("chatter", "bn-Latn",
  "Babu ajke pata tola te 24 kg nirikh bolse, brishti te ki kore hobe. Shobai eksathe kalke babu ke bolbo.")
N("chatter", "en",
  "Anyone have Robi recharge? Need 49 tk for the 1GB pack, will pay bKash tonight")

# ---------------------------------------------------------------- easy negatives (10)
N("chatter", "bn", "দিদি কাল সকাল ১০টায় স্কুল খুলবো, বাচ্চাদের টিফিন নিয়া আসতে কইয়েন।", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তায় কাদা, সাইকেল নিয়া আসিস না।", hard=False)
N("chatter", "bn", "কারাম পূজার নাচের প্র্যাকটিস আজ সন্ধ্যায়, মাদল নিয়া আসিস রাজু।", hard=False)
N("chatter", "bn-Latn", "Shubho Bijoya sobaike 🙏 mishti kheye jaben", hard=False)
N("chatter", "bn-Latn", "Aaj bikel e cricket match, Rajghat vs Shamshernagar, sobai aisho", hard=False)
N("family", "bn-Latn", "ma ami raate khabo na, tuition theke deri hobe", hard=False)
N("chatter", "bn-Latn", "Tuition er jonno Raju sir er number 01556 872 013, sondhar por call dio", [("phone", "+8801556872013")], hard=False)
N("chatter", "en", "Happy birthday Sumi! Have a great year 🎂", hard=False)
N("chatter", "en", "Meeting moved to 3pm tomorrow. Please bring the attendance registers.", hard=False)
N("chatter", "en", "Class 10 notes group on telegram: @kamalganj_ssc26, join before Friday", [("telegram", "@kamalganj_ssc26")], hard=False)


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
    random.Random(126).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev126-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
