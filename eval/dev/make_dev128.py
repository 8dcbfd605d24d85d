"""Blind evaluation set dev128 (written 2026-12-07).

120 labelled chat messages and texts (60 flag, 60 ok) in Bengali script, romanised Bengali and English.
The writer never read the detector's rules, the other evaluation sets or the tool's code.
Persona: a community health worker with hijra and gender-diverse young people in Dhaka and Chattogram.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev128.jsonl"
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


BTC1 = btc("dev128-btc-1")
TRON1 = tron("dev128-tron-1")
ETH1 = eth("dev128-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "গুরুমা বলছিল কলকাতায় এক দিদির বিউটি পার্লারে কাজ, মাসে ১৫ হাজার রুপি। বর্ডার পার হওয়ার পর দেখি পার্লার কই, "
  "একটা ফ্ল্যাটে রাখছে আর বলে রাতে ‘গেস্ট’ আসবে। আমি এসব করতে আসি নাই আপা")
F("recruitment_deception", "bn",
  "ভাই তুমি যে কইছিলা মালয়েশিয়ায় হোটেলের হাউসকিপিং, কোম্পানির ভিসা — এয়ারপোর্টে নামার পর বলে ভিসা নাকি টুরিস্ট। "
  "কাজের পারমিট নাই। আমারে তো এক বছরের কন্ট্রাক্ট দেখাইছিলা, ওইটা কি ভুয়া ছিল?")
F("recruitment_deception", "bn",
  "শেল্টার দিবো, সেলাই শিখাইবো, মাসে মাসে হাতখরচ — এই কথা বইলা রংপুর থেকে আনছিল ওরে। আসার পর থেকে সেলাই মেশিন "
  "চোখেও দেখে নাই, প্রতিদিন বাজারে তোলা উঠাইতে পাঠায়।")
F("recruitment_deception", "bn-Latn",
  "bhai tmi to bolsila Saudi te company r cleaner er kaj, 1200 riyal. ekhane ashar por kafil bole free visa, nije kaj "
  "khuje nite hobe, iqama r taka o amar. tomar oi lok er number +966 55 318 2741 bondho. eita ki kotha holo??",
  [("phone", "+966553182741")])
F("recruitment_deception", "bn-Latn",
  "Ekta page theke msg dise 'hijra der jonno special job, office assistant, salary 18k, hostel free'. interview er "
  "naame Mirpur 12 e ekta bashay niye gese. giye dekhi office na, ekta guru r khol, bole 'kaj shikhbi, age challa kor'")
F("recruitment_deception", "bn-Latn",
  "Oman e hospital cleaner job bole 4 lakh nise. ekhon bole hospital na, ekta barir majlis e ranna ar ghor mosa, "
  "salary o 100 riyal kom. contract paper ta arabic e chilo, ami to porte pari na apa")
F("recruitment_deception", "en",
  "They showed her an offer letter from a Dubai spa, salary 3000 AED and 'accommodation provided'. It came from "
  "careers.alnoorspa.dxb@gmail.com, no licence no, no address. Agent said just sign, real contract you get there. "
  "Now she is in Sharjah and there is no spa.",
  [("email", "careers.alnoorspa.dxb@gmail.com")])
F("recruitment_deception", "en",
  "sis they told us wedding season dance troupe, Kolkata, 15 days, 20k each all paid. it was a bar in Mumbai. and its "
  "not 15 days, the man says contract is 6 month and we signed it. we didnt sign anything")

# ---- fees_and_debt (bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "গুরুমা বলে রীত করাইতে যে খরচ হইছে, অপারেশনের টাকা, খাওয়া-থাকা সব মিলায়া তোর কাছে ২ লাখ পাওনা। যতদিন শোধ না হয় "
  "তোলার টাকা পুরাটাই জমা দিবি, নিজের কাছে একটা পয়সাও রাখবি না।")
F("fees_and_debt", "bn",
  "ভিসা বাবদ ৫ লাখ দিছি, জমি বন্ধক দিয়া। এখন দালাল কয় সৌদি গিয়া আরো দেড় লাখ লাগবে ইকামার জন্য, না দিলে কাজ দিবো না। "
  "বেতন থেকে মাসে মাসে কাটবে বলছে।")
F("fees_and_debt", "bn-Latn",
  "Guru-ma r hishab e amar dena 78 hajar. protidin 1200 dile 300 nije rakhte pari, baki dena theke kate. kintu mash "
  "shesh e abar dekhi dena kome na, 'khabar khoroch' 'current bill' jog hoy 😞")
F("fees_and_debt", "bn-Latn",
  "Malaysia r jonno agent 6.5 lakh chaise, sorkari to 79 hajar er moto. baki taka shomitir theke loan nisi, proti mashe "
  "kisti. giye 2 mash hoye gelo ekhono kaj shuru hoy nai, kisti to ar theme nai")
F("fees_and_debt", "bn-Latn",
  "ei mash er salary theke abar 500 dirham katse, bole ticket er taka. ticket to ami desh theke nije kinsilam! "
  "supervisor bole tor file e loan lekha ache, 10 mash katbe")
F("fees_and_debt", "en",
  "Guru says I owe her for the surgery in Delhi and the room, 3 lakh. I give her everything from badhai and still she "
  "says the debt is growing. I cant leave until its finished she says.")
F("fees_and_debt", "en",
  "Agent is asking 1.2 lakh more before flight 'for medical and BMET'. we already paid 4.8. he says if we back out now "
  "the 4.8 is gone. broker name Sohel, pls call him 01819-443201 and tell him we cant",
  [("phone", "+8801819443201")])

# ---- isolation_and_control (bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "নতুন চেলাদের এনআইডি কার্ড আর মোবাইল সব গুরুর আলমারিতে তালা দেওয়া। ফোন দেয় শুধু শুক্রবার রাতে ১০ মিনিট, পাশে বইসা "
  "শোনে কি কথা হয়।")
F("isolation_and_control", "bn",
  "আপা আমারে একা বাইরে যাইতে দেয় না। তোলায় গেলেও সাথে শিলা দিদি থাকে। বাড়িতে ফোন দিলে বলতে বলে আমি ঢাকায় "
  "গার্মেন্টসে চাকরি করি।")
F("isolation_and_control", "bn",
  "রিয়াদে আসার পর মালিক পাসপোর্ট নিয়া নিছে, ইকামাও দেয় নাই। বাইরে যাওয়ার সময় দরজা লক কইরা যায়। আমার পাসপোর্ট "
  "নম্বর A07731925, এম্বাসিতে একটু বলবেন প্লিজ",
  [("bd_passport", "A07731925")])
F("isolation_and_control", "bn-Latn",
  "Kolkata r flat e amader 5 jon ke rakhse, niche darowan. sim card niye nise, ekta phone diye shudhu 'didi' r shathe "
  "kotha bola jay (+91 98312 44705). tumi ei number e msg dio na, ami lukaye likhtesi",
  [("phone", "+919831244705")])
F("isolation_and_control", "bn-Latn",
  "kauke bolbi na tui kothay jacchis. ma jiggesh korle bolbi Chattogram e guru-ma r kache nach shikhte jaitesi. phone "
  "ta amar kache rekhe ja, oikhane lagbe na")
F("isolation_and_control", "en",
  "Madam they keep our passports in the office 'for safety'. We are 11 girls in one room, the gate opens only when the "
  "van comes to take us to work. Please don't reply on this number, the supervisor checks.")
F("isolation_and_control", "en",
  "She told me: you don't talk to the NGO people at the health camp, you don't take their card, and if anyone asks you "
  "live with your aunty. Guru-ma's nephew sits outside the camp tent and watches who we talk to.")
F("isolation_and_control", "en",
  "The guru keeps the NID of everyone in the house, mine too (8712553091). bKash accounts are in our names but she has "
  "the pins. I can't even open a SIM in my name now, she says why you need it",
  [("bd_nid", "8712553091")])

# ---- threats_and_coercion (bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তোর বাপের বাড়ির ঠিকানা আমার কাছে আছে। পালাইলে তোর গ্রামে গিয়া সবাইরে বলমু তুই কি করস, ছবিগুলাও দিমু। মনে রাখিস।")
F("threats_and_coercion", "bn",
  "গতকাল তোলার টাকা কম হইছিল বইলা নায়েক বেল্ট দিয়া মারছে, পিঠে দাগ। বলছে আরেকবার কম আনলে চুল কাইটা রাস্তায় বাইর "
  "কইরা দিবে।")
F("threats_and_coercion", "bn",
  "মালিক বলে বেশি কথা কইলে পুলিশে দিবো, তোর ইকামা নাই, সোজা জেলে তারপর দেশে। হুরুব দিয়া দিছে বইলা ভয় দেখায়।")
F("threats_and_coercion", "bn-Latn",
  "tui jodi NGO r apa der kase kisu bolish, tor ma ke phone kore bolbo tor video ache. eta mone rakhis. kal theke abar "
  "line e dariabi")
F("threats_and_coercion", "bn-Latn",
  "bhai ami palaite chaisilam, dhora porsi. ekhon bole next time pa venge dibe. amar choto bhai ke o chine, school er "
  "shamne or lok dariye chhilo")
F("threats_and_coercion", "bn-Latn",
  "agent bolse case korle tor naame chori r mamla dibo, Dubai police e absconding report kore dibo, jibone ar ashte "
  "parbi na. chup chap kaj kor")
F("threats_and_coercion", "en",
  "if u go to the police remember who has ur NID and the pictures. one post in the group and ur whole village knows. "
  "think before u do anything stupid")
F("threats_and_coercion", "en",
  "They beat Rima with a pipe because she refused to go with the client. They said next is me if I make trouble. "
  "Please come with someone, not alone.")

# ---- labour_exploitation (bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "ভোর ৫টা থেকে রাত ১টা পর্যন্ত কাজ। সপ্তাহে কোনো ছুটি নাই। ৫ মাস হইছে এক টাকা বেতন পাই নাই, বলে সব একসাথে দিবে।")
F("labour_exploitation", "bn",
  "প্রতিদিন সকাল ৯টা থেকে রাত ১১টা পর্যন্ত দোকানে দোকানে তোলা। কম আনলে রাতের খাওন বন্ধ। জ্বর থাকলেও বাইর হইতে হয়।")
F("labour_exploitation", "bn-Latn",
  "kafil amake arekjon er bashay diye dise, bole 'tumi ekhon oder'. oi bashay 3 ta family, 14-15 ghonta kaj, khabar "
  "dine ekbar. salary r kotha bolle bole ager malik ke jiggesh koro")
F("labour_exploitation", "bn-Latn",
  "construction site e safety belt chara 12 tolay kaj koray. gotokal ekjon pore gese, hospital e nite dey nai, bole "
  "visa problem. overtime er taka o dey na 3 mash")
F("labour_exploitation", "en",
  "badhai season she sends us out 7 days a week, weddings, births, shops, from morning till late night. Whatever we "
  "collect goes to her, we get 100 taka for food. 2 of the girls have TB symptoms and she still sends them.")
F("labour_exploitation", "en",
  "Sir I am working in farm in Johor, no salary 4 months, boss says company no money. We sleep in container, 16 hours "
  "work. when we ask he says go back if you want, but passport with him.")
F("labour_exploitation", "en",
  "bro they moved us to another site in Al Quoz, new boss, we never signed anything. he says he paid our old company "
  "for us so we work for him now. no pay till 'settlement'.")

# ---- minors (bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "গাইবান্ধা থেকে যে বাচ্চাটা আসছে ওর বয়স ১৩-১৪ এর বেশি না। গুরু শিখায়া দিছে কেউ জিগাইলে বলবি ১৮। ওরেও বাজারে পাঠাইতেছে।")
F("minors", "bn",
  "আমার ভাগ্নির বয়স ১৫, দালাল বলছে পাসপোর্টে বয়স ২৫ কইরা দিবো, ৫ হাজার টাকা লাগবে। সৌদিতে বাসার কাজ। ওর মা রাজি "
  "হইছে, আমি কি করমু বুঝতেছি না।")
F("minors", "bn",
  "১২ বছরের একটা ছেলেরে ঢাকার এক বাসায় কাজে দিছে, বেতন নাকি গ্রামের বাড়িতে দেয় তিন মাস পর পর। ছেলেটা কানতেছিল, "
  "স্কুলে যাইতে দেয় না, রাতে রান্নাঘরে ঘুমায়।")
F("minors", "bn-Latn",
  "ei meye ta (14) ke biye dite chaitese Bhola r ek loker shathe, boyosh 40. lok ta naki biyer por Malaysia niye jabe "
  "kaj korte. birth certificate e boyosh baraye nise already")
F("minors", "bn-Latn",
  "Nayak bolse notun 2 ta kishor ke 'mayer moto' rakhbe, kintu raate oder party te pathay. ekjon er boyosh 15, SSC o "
  "dey nai")
F("minors", "en",
  "New arrival at the dera is a kid from Kurigram, maybe 14, ran away after family beat him for being feminine. Guru "
  "already took his birth certificate and says she'll 'fix the age' before sending him for shows in Kolkata.")
F("minors", "en",
  "Need 1 girl 13-15 yrs for house work in Gulshan, stay-in, no school needed, village girl preferred. Salary to "
  "parents. Contact broker Mizan 01712-558904",
  [("phone", "+8801712558904")])

# ---- sexual_exploitation (bn 2, bn-Latn 3, en 3)
F("sexual_exploitation", "bn",
  "গুরু রাতে হোটেলে পাঠায়, কাস্টমার সে ঠিক করে, টাকাও সে নেয়। না যাইতে চাইলে বলে তাইলে তোলার কোটা ডাবল।")
F("sexual_exploitation", "bn",
  "দুবাই ‘স্পা’তে কাজ বইলা নিয়া গেছে, এখন প্রতিদিন ৮-১০ জন কাস্টমার। না বলার উপায় নাই, ম্যানেজার রুমের বাইরে দাঁড়ায় থাকে।")
F("sexual_exploitation", "bn-Latn",
  "new maal ashche 🌸 GEC er kache flat, 2 jon 19-20, fair. full night 5k, short 2k. booking er jonno telegram e "
  "knock dao @ctg_night_rose",
  [("telegram", "@ctg_night_rose")])
F("sexual_exploitation", "bn-Latn",
  "Didi bolse video call e 'show' dite hobe, client Dubai theke taka pathabe. ami bollam parbo na, bole tahole ager "
  "video ta tor family group e jabe")
F("sexual_exploitation", "bn-Latn",
  "parlour e massage er kaj bole niye ashche, ekhane back room e client. owner bole 'extra service' na dile salary "
  "nai, ar room bhara o tor")
F("sexual_exploitation", "en",
  "Pretty new girls from Bangladesh just arrived Deira, young and shy 😘 outcall & incall, WhatsApp wa.me/971558214406",
  [("whatsapp", "+971558214406")])
F("sexual_exploitation", "en",
  "they make us dance at private parties in Ajman, then the men pay the manager and choose who goes upstairs. if we "
  "refuse, no food and the manager hits. I did not come here for this.")
F("sexual_exploitation", "en",
  "Guru-ma put my photos on an insta page @hot_kothi_dhaka with a price. I never agreed. She says I have to meet "
  "whoever books because she paid for my hormones.",
  [("instagram", "@hot_kothi_dhaka")])

# ---- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ওরে ছাড়াইতে হইলে ৩ লাখ লাগবে বলছে। বিকাশে পাঠাইতে বলছে ০১৮৮৭-৬৫৪৩২১ নাম্বারে, ৫০ হাজার কইরা, এক নাম্বারে সব না, "
  "পরে আরো নাম্বার দিবে।",
  [("phone", "+8801887654321")])
F("payments_and_proceeds", "bn",
  "দিদি আজকের ১৮০০ পাঠাইলাম, নগদ TxnID: 73KQ9ZP1। আজকে কম হইছে, মারবেন না প্লিজ 🙏",
  [("mfs_transaction", "73KQ9ZP1")])
F("payments_and_proceeds", "bn-Latn",
  "dalal er baki 2 lakh hundi te pathaitesi, bank e pathaile dhora khabo. desh e Hasan bhai tomake cash dibe, number "
  "01976-552310, tumi Sohag dalal ke diye dio. kauke bolba na kar taka",
  [("phone", "+8801976552310")])
F("payments_and_proceeds", "bn-Latn",
  "bKash e 25000 pathaisi, TrxID BGM4K7PQ2X. ekhon Rakib ke bolo amar bon er passport ta ferot dite, kotha dise taka "
  "pele charbe",
  [("mfs_transaction", "BGM4K7PQ2X")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT diye pay korte hobe, TRC20. ei address e pathao {TRON1} . payment confirm hole meye r location dibo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Client payments only in BTC from now, no bKash, too many accounts getting frozen. Send to {BTC1} and put the "
  "booking code in the note. Guru-ma's orders.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Send 40,000 to Rocket 01911-238765-7 today or we send her back to the Kolkata house. Second instalment after she "
  "crosses Benapole.",
  [("phone", "+8801911238765")])

# ================================================================ OK (hard)
# ---- news
N("news", "bn",
  "চট্টগ্রামে হিজড়া জনগোষ্ঠীর সদস্যদের দিয়ে জোর করে চাঁদা তোলানোর অভিযোগে এক ‘গুরু’কে গ্রেপ্তার করেছে পুলিশ। তার বাসা "
  "থেকে ১৪টি জাতীয় পরিচয়পত্র উদ্ধার করা হয়েছে বলে জানিয়েছে কোতোয়ালী থানা।")
N("news", "bn",
  "যশোরের বেনাপোল সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালালের বিরুদ্ধে মানব পাচার "
  "প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "bn-Latn",
  "khobor dekhsen? Malaysia r syndicate case e 4 ta agency r license batil korse. report e bolse 5-6 lakh kore nito "
  "ekjon theke")
N("news", "en",
  "RAB busts ring that trafficked women to Dubai with 'beauty parlour' job offers; 7 held in Uttara, passports and "
  "fake appointment letters seized.")
N("news", "en",
  "Court sentences two to life imprisonment for trafficking a transgender teenager from Khulna to Mumbai in 2019, "
  "the first verdict of its kind, prosecutors say.")
N("news", "bn",
  "সৌদি আরব থেকে গত সপ্তাহে ফেরত এসেছেন ২১০ জন কর্মী, যাদের অনেকে ‘ফ্রি ভিসা’য় গিয়ে ইকামা না পেয়ে আটক হয়েছিলেন। "
  "বিমানবন্দরে তাদের খাবার ও যাতায়াত ভাড়া দেওয়া হয়।")
N("news", "en",
  "CID freezes 60 MFS agent accounts over 'digital hundi'; agents allegedly bought remittance dollars abroad and paid "
  "families in taka through bKash and Nagad.")

# ---- awareness
N("awareness", "bn",
  "সতর্ক থাকুন! বিদেশে চাকরির নামে কেউ পাসপোর্ট রেখে দিতে চাইলে দেবেন না। রিক্রুটিং এজেন্সির লাইসেন্স বিএমইটিতে যাচাই "
  "করুন। বিপদে পড়লে ৯৯৯ এ ফোন করুন।")
N("awareness", "bn-Latn",
  "Bondhura, keu jodi 'Dubai te parlour job, salary 80k, visa free' bole inbox e ashe, age amader DIC te ese kotha "
  "bolo. Guru hok ar jei hok, nijer NID nijer kache rakho. Eta tomar odhikar 💜")
N("awareness", "en",
  "REMINDER from the outreach team: Your NID, birth certificate and phone belong to YOU. No guru, landlord or employer "
  "can keep them. If someone does, talk to any peer educator at the Thursday camp, it's confidential.")
N("awareness", "bn",
  "পাচারকারীরা চাকরি, বিয়ে বা থাকার জায়গার লোভ দেখায়। যাচাই না করে কারো সাথে বর্ডার পার হবেন না। সন্দেহ হলে নিকটস্থ থানায় "
  "অথবা ৯৯৯ এ জানান।")
N("awareness", "en",
  "Going to Malaysia? The government cost is fixed. Any agent asking 5-6 lakh is breaking the law. Get a receipt for "
  "every taka, and never sign a contract you can't read. Share with your family 🙏")
N("awareness", "bn-Latn",
  "Sister ra, online e keu jodi video call e kichu korte bole ar pore blackmail kore, bhoy paben na. screenshot rakhen, "
  "amader hotline e janan 01730-112233, kono judgement nai.",
  [("phone", "+8801730112233")])
N("awareness", "en",
  "Forward to all groups: Free visa is NOT a visa. If a dalal says 'free visa, find your own job in Saudi', you will "
  "be illegal there. Ask for the employer name and check the visa before paying anything.")

# ---- official
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৫৭) — মালয়েশিয়ায় প্ল্যান্টেশন শ্রমিক নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, "
  "এর বেশি কোনো অর্থ প্রদান করবেন না। সকল লেনদেন ব্যাংকের মাধ্যমে, রশিদসহ। যোগাযোগ: ০১৭১১-৪০২৯৩৮",
  [("phone", "+8801711402938")])
N("official", "en",
  "Bangladesh Embassy, Abu Dhabi (Labour Wing): workers whose passports are held by employers may apply for an "
  "outpass. Bring any copy of the passport and Emirates ID. WhatsApp help line +971 50 744 2190, Sun–Thu 9am–3pm.",
  [("phone", "+971507442190")])
N("official", "bn-Latn",
  "BMET notice: smart card nite nijei ashben, dalal er madhyome na. Ami Probashi app e registration free. passport no "
  "ar NID shudhu online form e diben, karo hate na.")
N("official", "en",
  "Dear applicant, your visa processing for KSA (house driver) is complete. Passport no. EB4172839 is ready for "
  "collection at our office, Naya Paltan, 11am-4pm. Please bring the original money receipt. - Green Horizon "
  "Recruiting (RL 1382)",
  [("bd_passport", "EB4172839")])
N("official", "bn",
  "সমাজসেবা অধিদফতর: হিজড়া জনগোষ্ঠীর জীবনমান উন্নয়ন কর্মসূচির আওতায় ৫০ বছরের বেশি বয়সীদের বিশেষ ভাতা এবং শিক্ষার্থীদের "
  "উপবৃত্তির আবেদন চলছে। এনআইডি ও ছবি নিয়ে উপজেলা সমাজসেবা অফিসে যোগাযোগ করুন।")
N("official", "en",
  "High Commission, Kuala Lumpur: workers are advised not to hand over passports to any third party. Passports kept "
  "by employers should be reported to the Labour Wing: labour.kl@mofa.gov.bd",
  [("email", "labour.kl@mofa.gov.bd")])

# ---- receipt
N("receipt", "en",
  "You have received Tk 5,000.00 from 01712345678. Ref badhai. Fee Tk 0.00. Balance Tk 7,250.35. TrxID BJK3L8M2QZ at "
  "03/12/2026 14:22",
  [("phone", "+8801712345678"), ("mfs_transaction", "BJK3L8M2QZ")])
N("receipt", "en",
  "Cash In Tk 2,000.00 successful. Fee Tk 0.00. Balance Tk 2,118.50. TrxID BHT6N2W9XA at 05/12/2026 19:04.",
  [("mfs_transaction", "BHT6N2W9XA")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,000 Sender: 01811902247 Ref: visa file er taka ferot TxnID: 74RM2K9C Balance: "
  "Tk 12,540.00 06/12/2026 11:38",
  [("phone", "+8801811902247"), ("mfs_transaction", "74RM2K9C")])
N("receipt", "bn",
  "আপনার অ্যাকাউন্টে ৳৪৫,০০০.০০ রেমিট্যান্স জমা হয়েছে (প্রেরক দেশ: মালয়েশিয়া)। সরকারি প্রণোদনা ২.৫% যুক্ত হবে। ধন্যবাদ।")
N("receipt", "en",
  "Rocket: Tk 3,500 sent to 019****7654 successfully. TxnId: 4829163057. Fee Tk 17.50. Thank you for using Rocket.",
  [("mfs_transaction", "4829163057")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার বিকাশ অ্যাকাউন্টে ৳১,২০০ সেন্ড মানি সফল হয়েছে। TrxID BKP9Q3R7T1। ব্যালেন্স ৳৩৪০।",
  [("mfs_transaction", "BKP9Q3R7T1")])
N("receipt", "en",
  "Payment Tk 650.00 to Nafisa Pharmacy successful. TrxID BLC2V5H8NE. Balance Tk 430.15.",
  [("mfs_transaction", "BLC2V5H8NE")])

# ---- family
N("family", "bn-Latn",
  "Ammu passport ta almarite rakhsi, tala dewa. chabi Abbu r kache. visa ashle agency te ami nijei niye jabo, tomra "
  "chinta koiro na")
N("family", "bn",
  "আব্বা, সৌদির টাকাটা ব্যাংকে পাঠাইও, হুন্ডিতে না। ইমরান চাচা কইছে হুন্ডিতে পাঠাইলে পরে ঝামেলা হয়।")
N("family", "en",
  "Bhaiya reached Kuala Lumpur safely alhamdulillah 🤲 company van picked him up, he said room is ok, 4 in a room. "
  "He'll call after his SIM is done.")
N("family", "bn-Latn",
  "Apu amar NID (5102938476) te ekhono 'purush' lekha, election office e giye 'hijra' korte chai. Ma boltese sathe "
  "jabe 😭❤️ ki ki kagoj lagbe?",
  [("bd_nid", "5102938476")])
N("family", "bn",
  "মামা বলছে ছোটনরে এখন দুবাই নিবো না, আগে এইচএসসি শেষ করুক। টাকা-পয়সার কথা পরে।")
N("family", "en",
  "Ma sent 3000 on bKash for my medicine, told her not to send more, I'm earning from the parlour now (real parlour "
  "lol, eyebrows and bridal 😂)")

# ---- worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah Dubai te 2 bochor holo. company time moto salary dey, friday off, passport amar kachei. room e AC o "
  "ache 😅")
N("worker_content", "en",
  "Just got my first Malaysia salary slip, RM 1,850 with overtime. Boss is strict but fair, we get Sunday off. "
  "Sending half home this week inshallah.")
N("worker_content", "bn",
  "কাতারে আমার কোম্পানি ভালো। ডিউটি ৮ ঘণ্টা, ওভারটাইম করলে আলাদা টাকা। আইডি কার্ড নিজের কাছে, ছুটির দিনে দোহা ঘুরতে যাই।")
N("worker_content", "bn-Latn",
  "amar salon e ekhon 3 jon chela kaj kore, sobai nijer taka nijer kache rakhe, ami shudhu kaj shikhai 💅 Agrabad e "
  "ashle dekha korio. insta te follow dio @rupa_makeover_ctg",
  [("instagram", "@rupa_makeover_ctg")])
N("worker_content", "en",
  "Guys I'm doing makeup for a film shoot in Kolkata this week, paid in advance, hotel by production 🥹 never thought "
  "I'd get here from dancing at badhai. Proud.")
N("worker_content", "bn",
  "আল্লাহর রহমতে ওমানে ৫ বছর। মালিক আমারে নিজের ছেলের মতো দেখে। এই বছর ছুটিতে দেশে আসমু, টিকিট মালিক দিছে।")

# ---- joke
N("joke", "bn-Latn",
  "guru-ma amar phone ta niye gese... candy crush er level par korar jonno 😂😂 3 din hoye gelo ferot dey na")
N("joke", "en",
  "My mother keeps my passport locked away more safely than any kafil ever could. I'm 32. I just want to go to Cox's "
  "Bazar 😭")
N("joke", "bn",
  "দালাল ভাই কইছে দুবাই গেলে মাসে ২ লাখ... আমি কইলাম ভাই আগে আমার ১০০ টাকা ফেরত দেন যেটা গত ঈদে নিছিলেন 🤣")
N("joke", "bn-Latn",
  "ajke badhai te giye baccha ke kole nilam, baccha amar lipstick kheye felse. ei mash er quota ekhanei shesh 💄😂")
N("joke", "en",
  f"lol my cousin says he's 'investing in crypto' and sent me his wallet {ETH1} like I'm going to send him money. "
  "bro I have 43 taka in bKash",
  [("eth_address", ETH1)])

# ---- chatter
N("chatter", "bn-Latn",
  "kal health camp e HIV test free, Mohammadpur DIC te 10 tay. shobai NID ba jekono ID niye ashish, na thakle o "
  "problem nai")
N("chatter", "bn",
  "পরশু রুবিনা আপার রীত, সবাই সাদা-লাল শাড়ি। রান্নার দায়িত্ব মিতালির, টাকা তোলার খাতা আমার কাছে 😄")
N("chatter", "en",
  "Did anyone get the new NID with the hijra option? Mine still says male, they told me to come back with a doctor's "
  "letter. so annoying")
N("chatter", "bn-Latn",
  "Telegram group e join koro t.me/ctg_trans_jobs, ekhane shudhu job circular share kori, government ar NGO. kono "
  "agent er post allow na",
  [("telegram", "@ctg_trans_jobs")])
N("chatter", "en",
  "Reminder: peer educators training Sunday 10am, topic - how to talk to young people about 'job offers' they get on "
  "Facebook. Lunch provided. Call Shapla 01550-667788 if lost",
  [("phone", "+8801550667788")])
N("chatter", "bn",
  "গুরুমা আজকে সবাইরে বিরিয়ানি খাওয়াইছে, বলছে এই বছর কেউ রাস্তায় তোলা দিতে যাবে না, পার্লার আর সেলাইয়ের ট্রেনিং হবে। "
  "দেখি কতদিন থাকে 🙏")

# ================================================================ OK (easy)
N("chatter", "bn", "আজকে অনেক বৃষ্টি, মিটিং কালকে করি?", hard=False)
N("chatter", "en", "happy birthday Moni di 🎂🎉 may you get everything you want this year", hard=False)
N("chatter", "bn-Latn", "ami bus e uthsi, 20 min lagbe. tora khaite shuru kor", hard=False)
N("chatter", "bn", "কেউ কি চোখের ডাক্তারের চেম্বারের ঠিকানাটা দিতে পারবেন? আগ্রাবাদের দিকে হলে ভালো।", hard=False)
N("chatter", "en", "The new drama on Deepto is so good, who's watching?", hard=False)
N("family", "bn-Latn", "Eid Mubarak shobaike 🌙 shobai bhalo theko", hard=False)
N("chatter", "en", "can someone send me the photos from yesterday's program, my phone died", hard=False)
N("family", "bn", "আলু ৫০ টাকা কেজি হইছে, এইভাবে চলা যায়?", hard=False)
N("chatter", "bn-Latn", "Kal Patenga jabi? sunset dekhbo 🌅", hard=False)
N("family", "en", "reached home, thanks for the ride", hard=False)


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
    random.Random(128).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev128-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
