"""Blind evaluation set dev162 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Rohingya-speaking community volunteer in the Cox's Bazar camps and Teknaf (also writes Bengali and Banglish) reading phones of families whose children were taken by boat towards Malaysia, promised as brides there, or taken to Chattogram and Dhaka for work.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev162.jsonl"
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


BTC1 = btc("dev162-btc-1")
TRON1 = tron("dev162-tron-1")
ETH1 = eth("dev162-eth-1")

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

# ---------------- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "মালয়েশিয়ার পাত্র রেডি, ভালো চাকরি করে, মাসে দুই লাখ টাকা কামায়। মেয়ের জন্য কোন খরচ লাগবে না, বোটের ভাড়াও ছেলে দিবে। শুধু মেয়েরে টেকনাফ পাঠাই দেন, বাকি আমরা দেখমু। যোগাযোগ ০১৮৭৬৫৪৩২১০",
  [("phone", "+8801876543210")])
F("recruitment_deception", "bn",
  "চট্টগ্রামে গার্মেন্টসে কাজ, থাকা খাওয়া ফ্রি, বেতন ১৫ হাজার। ক্যাম্পের কার্ড দেখাইতে হবে না, তোর নামে বাংলাদেশি আইডি বানাই দিছি, নাম্বার 19982215478936127। কেউ জিগাইলে বলবি বাড়ি চকরিয়া।",
  [("bd_nid", "19982215478936127")])
F("recruitment_deception", "bn",
  "বড় জাহাজ ভাই, ইঞ্জিন নতুন, পাঁচ দিনে লংকাবি নামাই দিব। খাবার পানি সব ভিতরে আছে। গত মাসে যারা গেছে সবাই কাজ পাইছে, ভিডিও দেখাইমু। ছোট নৌকার কথা যারা বলে ওরা হিংসা করে। ইমুতে নক দেন ০১৩১৮৪৪৫৫২৯",
  [("phone", "+8801318445529")])
F("recruitment_deception", "bn-Latn",
  "Apa tuñar maiyafuwa re Malaysia ot bia dibo, fuwa hoilo ãr bhaigna, KL ot dokan ase. Kono tiya lagibo na, pasport visa sob hetarai goribo. Khali maiya re Shamlapur ghat ot ani diba rati 11 tar pore. Ãr number 01867019284",
  [("phone", "+8801867019284")])
F("recruitment_deception", "bn-Latn",
  "bhai Dhaka te hotel er kaj, mashe 18000, thaka khawa free, eid e bonus. kal sokal e Ukhiya bazar er shamne gari thakbe, camp er kauke kichu koiyo na, bolba atthiyo bari zaitecho. 01634528197 e call dio",
  [("phone", "+8801634528197")])
F("recruitment_deception", "bn-Latn",
  "bhai amare factory kaj er kotha koi aniche, ekhon koi trawler e jal tanibi. ãi to ei kaaj er lai ashi nai. kun dip ot rakhse jani na, Thai manush beshi, keu amader kotha bujhe na")
F("recruitment_deception", "en",
  "Sister, job in Malaysia palm oil company, salary RM1800, free food free room. No need passport now, company will make permit after reach. Boat leave from Teknaf side Friday night, only 20 seat left. wa.me/60112345678",
  [("whatsapp", "+60112345678")])
F("recruitment_deception", "en",
  "They told my brother he would work in a restaurant kitchen in Chattogram. Now he is on a fishing trawler near Kutubdia for 3 months, and they say there was never any restaurant, he stays till the season ends.")

# ---------------- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "বোট ভাড়া ২ লাখ ৮০ হাজার। এখন ২০ হাজার দিলে উঠাই দিমু, বাকিটা মালয়েশিয়া পৌঁছাইলে কাজ কইরা শোধ দিবা। শোধ না হওয়া পর্যন্ত মালিকের কাছেই থাকতে হবে, এইটা আগে থেকে বুইঝা নেও।")
F("fees_and_debt", "bn",
  "আগে বলছিল সব মিলায় ৫০ হাজার। এখন থাইল্যান্ড থেকে ফোন দিয়া বলে পথে খরচ বেশি হইছে, আরো দেড় লাখ না দিলে সামনে নিবে না। আমি কই থেকে দিমু, রেশনের চাল বেইচা চলি।")
F("fees_and_debt", "bn",
  "৮ মাস ধইরা কাজ করতেছি, মালিক বলে এখনো ৬০ হাজার দেনা বাকি। প্রতি মাসে খাওয়া আর থাকার খরচ কাটে, যাওয়ার গাড়ি ভাড়াও আমার নামে লেখা। হাতে কিছুই আসে না আম্মা।")
F("fees_and_debt", "bn-Latn",
  "Uncle koise maiyar bia'r kharoch 1 lakh gese, jamai er gor ot zaia maiya kaj gori shodh dibo. Ekhon amra tiya dite na parile maiya re aro 2 bosor rakhibo koise.")
F("fees_and_debt", "bn-Latn",
  "bhai ami Penang e ashi 1 bosor. agent bole boat er dena 9000 ringgit, protek mash e betoner ordhek kete ney, ekhono 4000 baki. passport o tar kache, number EH0845127, chaile bole age dena shodh kor.",
  [("bd_passport", "EH0845127")])
F("fees_and_debt", "en",
  "Your son reached Malaysia safely. Remaining boat fare 2,50,000 taka must clear within 7 days, after that he will work for my man in Johor till it is paid. Send by Nagad to 01827364519 only. Don't discuss with camp people.",
  [("phone", "+8801827364519")])
F("fees_and_debt", "en",
  "Brother I have no money to pay the dalal. He says the loan for my journey is now 3 lakh with interest and every month it grows. I work on the site 12 hours but he takes the whole salary for the loan.")
F("fees_and_debt", "en",
  "Boss said room, food and the permit cost will be cut from salary. First 10 months no salary, only pocket money RM100. If I leave before that I must pay RM6000 fine to the agent.")

# ---------------- isolation_and_control (bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আমারে একটা রুমে রাখছে, বাইরে থেকে তালা দেয়। ফোন নিয়া নিছে, এইটা লুকাই আরেকজনের ফোন থেকে লিখতেছি। আম্মারে বলিও আমি জিন্দা আছি, আর এই নাম্বারে কল দিও না।")
F("isolation_and_control", "bn",
  "মালয়েশিয়া নেওয়ার পর থেকে মেয়ের কোনো খবর নাই। শ্বশুরবাড়ির লোক বলছে ৬ মাস বাপের বাড়িতে ফোন দেওয়া যাবে না, এইটা নাকি ওদের নিয়ম। নাম্বার সবসময় বন্ধ পাই।")
F("isolation_and_control", "bn-Latn",
  "Ama, ãi ekhon kotha koite parbo na, hetara sob shune. Phone ta shudhu rate 5 minit dey. Kono kisu jigaile bolba ãi bhalo asi, kaj bhalo.")
F("isolation_and_control", "bn-Latn",
  "Bhaiya re jungle camp ot rakhse Thai border er kache, 40-50 jon ek shathe. Bahire zaite dey na, paharadar ase bonduk soho. Phone sob nia nise, ek jon er phone theke 1 minit kotha koise.")
F("isolation_and_control", "bn-Latn",
  "Ghat ot nami karo shate kotha bolba na, mukh dhaki rakhba. Ãr lok tuñare niya zaibo, tar shate shate thakiba. Camp er kono lok re number diba na, gor ot o phone diba na jotokhon ãi na koi.")
F("isolation_and_control", "en",
  "Don't tell anyone in camp where you are going, not your mother, not the majhi. When you reach Dhaka my man will keep your card and phone for safety, you will get them back later. Call only this number 01993857261.",
  [("phone", "+8801993857261")])
F("isolation_and_control", "en",
  "She is not allowed out of the house. The husband's family took her phone and the only number she can call is his. She whispered to me on imo the day before yesterday that she wants to come back.")

# ---------------- labour_exploitation (bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেকে রাত ১১টা পর্যন্ত শুঁটকির মাচায় কাজ, দিনে একবেলা ভাত দেয়। ৪ মাসে একটা টাকাও দেয় নাই, বলে মৌসুম শেষে একসাথে দিবে।")
F("labour_exploitation", "bn",
  "ঢাকার বাসায় কাজ করে আমার বোন। রাতেও ঘুমাইতে দেয় না, বাচ্চা কান্দলে উঠতে হয়। বেতন চাইলে বলে ক্যাম্পে ফিরায় দিমু। সাত মাসের টাকা পায় নাই।")
F("labour_exploitation", "bn-Latn",
  "ãi Selangor er ekta plantation ot asi, din e 14 ghonta kaj, kono chuti nai, Friday o na. betoner kotha jigaile boss bole tui illegal, tor kiyan adhikar?")
F("labour_exploitation", "bn-Latn",
  "Bhai Teknaf er lobon er mathe kaj kori, rojkar kotha silo 500, ekhon dey 150, baki ta dalal rakhe. khaite dey ek bela panta bhat r morich.")
F("labour_exploitation", "en",
  "We are 22 men sleeping in one container at the site. Water only from the tank, food once a day. Supervisor says salary will come after the project finishes, already 5 months. This is my friend phone +60 17-382 9054, message me here only at night.",
  [("phone", "+60173829054")])
F("labour_exploitation", "en",
  "My cousin works in a brick kiln near Chattogram. From dawn to night, no rest day, they keep the wages with the sardar and give only 200 taka a week for food.")
F("labour_exploitation", "en",
  "Fishing boat, we stay at sea 2 months, pulling nets day and night. If somebody is sick they still make him work. Captain keeps all our money, says he will pay on shore.")

# ---------------- sexual_exploitation (bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "মেয়েটারে বিয়ার কথা বইলা নিছে, এখন জহুর বাহরুর একটা ঘরে রাখছে, রাতে বাইরের লোক আসে। ফোনে খালি কান্দে আর বলে আম্মা ওরা আমারে বেইচা দিছে।")
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে, ক্যাম্পের মেয়ে, ফর্সা, কলাতলীর হোটেলে পাওয়া যাবে। ফুল নাইট বা ঘণ্টা হিসাবে। রেট জানতে কল দেন ০১৫৫৮৯০৩৩৭১ 🌹",
  [("phone", "+8801558903371")])
F("sexual_exploitation", "bn",
  "যে লোকটা ওরে বিয়া করছে সে একা না, ওর ভাই আর বন্ধুরাও আসে। বলে তোরে টাকা দিয়া কিনছি, যা বলি তাই করবি।")
F("sexual_exploitation", "bn-Latn",
  "Hotel er room ot rakhse, protidin alada alada manush ane. Mana korle mare. Bole kagoj e bia hoise, kintu eita bia na apa, amare bechi dise.")
F("sexual_exploitation", "bn-Latn",
  "Kolatoli te notun 3 ta maiya ase, burmese, full night 5000, room amader. Booking er jonno telegram e nok dao @cxb_night_rose",
  [("telegram", "@cxb_night_rose")])
F("sexual_exploitation", "bn-Latn",
  "Dulabhai koise Malaysia ot jamai bhalo, kintu oikhane zaia dekhi 3 ta maiya ek gor ot, sob bia'r nam e ana. Rat hoile 'guest' ase, jamai tiya ney.")
F("sexual_exploitation", "en",
  "Fresh girls from camp, new in town ✈️ Chattogram GEC area, hourly or overnight, safe place, no police problem. Call or WhatsApp +8801798765432",
  [("phone", "+8801798765432")])
F("sexual_exploitation", "en",
  "The man who paid for her 'marriage' passed her to another man in Kedah after two weeks. She says they keep her in a shop house upstairs and men come every night.")

# ---------------- minors (bn 2, bn-Latn 2, en 3)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কি হইছে, কাগজে ১৮ লিখে দিমু, কেউ ধরবে না। মালয়েশিয়ার জামাই ছোট মেয়েই চায়, বড় হইলে দাম কমে।")
F("minors", "bn",
  "১২-১৩ বছরের কয়টা ছেলে লাগবে, চট্টগ্রামে হোটেলে আর দোকানে কাজ। মাসে ৩ হাজার বাপ-মায়েরে পাঠাই দিমু। লার্নিং সেন্টারে যাওয়া লাগবে না, ওখানে কি শিখে।")
F("minors", "bn-Latn",
  "Apnar choto maiya ta 13 bosor, bia'r lai ekdom thik. Fuwa Malaysia ot, 1 lakh mohor dibo. Kauke bolben na, NGO r manush jante parile jhamela goribo.")
F("minors", "bn-Latn",
  "ãr 15 bosor er fuwa re boat ot tuli nise, amra kisui jani na. ekhon Thai number +66 81 234 5678 theke phone dey, bole 2 lakh na dile fuwa re shagor ot fele dibo.",
  [("phone", "+66812345678")])
F("minors", "en",
  "Need 10 boys age 10-14 for tea stalls and bus helper work in Dhaka. No papers needed, we take care of everything. Parents get 5000 advance in hand. Contact Rafiq bhai 01741239856",
  [("phone", "+8801741239856")])
F("minors", "en",
  "Younger is better, under 16 the customers pay double. Send photos first to insta @kl_bride_match, face and full body, then we talk about the girl's price.",
  [("instagram", "@kl_bride_match")])
F("minors", "en",
  "Her daughter is only 14. The broker took her on the boat saying a husband was waiting in Malaysia. Now the girl calls from Penang, she is pregnant and says the man beats her.")

# ---------------- payments_and_proceeds (bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "বিকাশে পাঠান ০১৭১২৩৪৫৬৭৮ নাম্বারে, ক্যাশ আউট চার্জ সহ ৮০ হাজার। ৫ ভাগ কইরা পাঠাইবেন, এক নাম্বারে বেশি দিয়েন না। প্রত্যেকটার স্ক্রিনশট দিয়েন।",
  [("phone", "+8801712345678")])
F("payments_and_proceeds", "bn",
  "প্রথম কিস্তি পাইছি TrxID 8KJ3D2LQ9A। বাকি ১ লাখ ২০ হাজার নগদে দিবেন ০১৯৫৫৬৬৭৭৮৮ এ। পুরা টাকা না আসা পর্যন্ত ছেলেরে ছাড়া হবে না।",
  [("mfs_transaction", "8KJ3D2LQ9A"), ("phone", "+8801955667788")])
F("payments_and_proceeds", "bn",
  "মালয়েশিয়ার টাকা হুন্ডিতে আসবে, টেকনাফ বাজারে মোবাইলের দোকানে গিয়া আমার নাম বলবা। বোটের বাকি ভাড়া আর মেয়ের বিয়ার খরচ ওইখান থেকে কাইটা রাখবে।")
F("payments_and_proceeds", "bn-Latn",
  "Mukti'r tiya Nagad ot dibi 01876123450 e, 3 ta number e bhag gori. Reference ot 'dokan' likhibi, 'fuwa' likhibi na. Taka dile photo pathaimu.",
  [("phone", "+8801876123450")])
F("payments_and_proceeds", "bn-Latn",
  f"bhai taka ta USDT te pathao, TRC20 address {TRON1} . bKash e r nibo na, amar 2 ta account block hoi gese. pathaile screenshot dio, tarpor boat theke namabo.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Thai dalal er lok Cox's Bazar ot ase, cash 1.5 lakh tar hate dibo, receipt dibo na. Tiya paile Malaysia er lok re phone dibo, tokhon jungle camp theke chaira dibo. Tar number 01685472913.",
  [("phone", "+8801685472913")])
F("payments_and_proceeds", "en",
  "Sent 50000 to the agent number as you said. TrxID 9FQ2HN7KWX. Please tell them to give my daughter food and let her talk to me for one minute.",
  [("mfs_transaction", "9FQ2HN7KWX")])
F("payments_and_proceeds", "en",
  f"For the 6 passengers: 3 paid in ringgit to the Maybank account, 3 pending. Send balance to BTC {BTC1} before the boat leaves Myanmar coast. No bKash, too much checking now.",
  [("btc_address", BTC1)])

# ---------------- threats_and_coercion (bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "টাকা না দিলে তোর ছেলেরে মারতে মারতে ভিডিও পাঠামু। পুলিশরে বা ক্যাম্পের অফিসে জানাইলে লাশও পাবি না।")
F("threats_and_coercion", "bn",
  "ক্যাম্পে ফিরা যাওয়ার কথা মাথায়ও আনিস না। তোর বাপ-মা কোন ব্লকে থাকে আমরা জানি, আমাদের লোক সব ব্লকে আছে। চুপচাপ কাজ কর।")
F("threats_and_coercion", "bn-Latn",
  "Beshi kotha koile Malaysia police er hate dia dimu, tor kono kagoj nai, jail ot pochi morbi. Ãr kotha moto chol.")
F("threats_and_coercion", "bn-Latn",
  "Tor bon jodi NGO te zaia naalish gore, tahole tor bhai re ar dekhibi na. Majhi o ãr lok, bujhsos?")
F("threats_and_coercion", "en",
  "If you go to the police or CiC office, we will tell them your son went illegally and your family loses the ration card. Keep quiet and pay to 01572846390 before Friday.",
  [("phone", "+8801572846390")])
F("threats_and_coercion", "en",
  "They beat him with a pipe and made him call home while they did it. The voice message is on IMO, you can hear him crying for his mother. Call came from +95 9 771 234 567.",
  [("phone", "+959771234567")])
F("threats_and_coercion", "en",
  "Last warning. 3 days. After that your daughter goes to the next buyer and you never hear from her again.")

# ================================================================ OK
# ---- bn (20)
N("news", "bn",
  "টেকনাফে মালয়েশিয়া পাচারের সময় ২৮ রোহিঙ্গা নারী-শিশু উদ্ধার, দুই দালাল আটক। বিজিবি জানায়, শামলাপুর উপকূলে একটি ট্রলার থেকে তাদের উদ্ধার করা হয়।")
N("awareness", "bn",
  "সাগরপথে মালয়েশিয়া যাওয়ার প্রস্তাব পেলে সাবধান। দালালরা বিয়ের কথা, ভালো চাকরির কথা বলে নিয়ে যায়। কেউ প্রস্তাব দিলে ব্লকের স্বেচ্ছাসেবক বা প্রোটেকশন ডেস্কে জানান: ০১৩২১৫৪৭৬৮৯",
  [("phone", "+8801321547689")])
N("official", "bn",
  "ক্যাম্প ১৩ এর সকল মাঝিদের জানানো যাচ্ছে যে আগামী রবিবার সকাল ১০টায় সিআইসি অফিসে মানব পাচার প্রতিরোধ বিষয়ক সভা অনুষ্ঠিত হবে। উপস্থিতি বাধ্যতামূলক।")
N("family", "bn",
  "মেয়ের বিয়ার কথা চলতেছে ক্যাম্প ১৮ এর এক ছেলের সাথে, মাঝি সাহেব দুই পরিবাররে বসাইছে। মেয়ে রাজি, ১৯ বছর হইছে। ঈদের পরে আকদ, সবাইরে দাওয়াত দিমু।")
N("family", "bn",
  "আব্বা, চট্টগ্রাম থেকে ফিরছি, এই মাসের বাসা ভাড়া দিয়া দিলাম। মালিক ভালো মানুষ, ঈদের বোনাসও দিছে, ছুটিও দিছে তিন দিন।")
N("news", "bn",
  "কক্সবাজারে অপহরণ চক্রের ৩ সদস্য গ্রেপ্তার, মুক্তিপণের টাকা উদ্ধার। র‍্যাব জানায়, তারা ক্যাম্প থেকে লোক তুলে নিয়ে বিকাশে টাকা আদায় করত।")
N("joke", "bn",
  "মালয়েশিয়া যাবি? আগে পুকুরে সাঁতার শিখ, তারপর বোটের কথা বলিস 😂")
N("chatter", "bn",
  "আজকে রেশনের লাইনে ৩ ঘণ্টা দাঁড়াইছি। ডাল দেয় নাই এইবার, শুধু চাল আর তেল।", hard=False)
N("awareness", "bn",
  "পাসপোর্ট, আইডি কার্ড বা ইউএনএইচসিআর কার্ড কখনো কারো হাতে দিবেন না। কেউ চাকরির কথা বলে কার্ড রেখে দিতে চাইলে বুঝবেন সেটা প্রতারণা।")
N("worker_content", "bn",
  "মালয়েশিয়ায় আলহামদুলিল্লাহ ভালো আছি। কোম্পানি সময়মতো বেতন দেয়, পাসপোর্ট আমার কাছেই থাকে। ওভারটাইম করলে আলাদা টাকা পাই, চিন্তা কইরো না।")
N("official", "bn",
  "বিএমইটি নিবন্ধিত রিক্রুটিং এজেন্সির মাধ্যমে মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ সর্বোচ্চ ৭৯,০০০ টাকা। এর বেশি টাকা চাইলে বা দালালের মাধ্যমে টাকা চাইলে অভিযোগ করুন।")
N("family", "bn",
  "মায়ের অপারেশনের জন্য ২০ হাজার টাকা লাগবে, মামা মালয়েশিয়া থেকে পাঠাইবো বলছে। বিকাশ নাম্বার দিয়া দিছি ০১৯১৪৫৬২৩৮৭, কাল আসবো ইনশাআল্লাহ।",
  [("phone", "+8801914562387")])
N("chatter", "bn",
  "বৃষ্টিতে আমাদের শেল্টারের ত্রিপল ফাইটা গেছে, কাল সাইট ম্যানেজারের কাছে যামু।", hard=False)
N("news", "bn",
  "ভাসানচর থেকে পালিয়ে আসা ১২ জন রোহিঙ্গাকে নোয়াখালীতে আটক করেছে পুলিশ। তাদের আবার ফেরত পাঠানো হবে বলে জানা গেছে।")
N("awareness", "bn",
  "বিয়ের নামে মেয়েকে বিদেশ পাঠানোর আগে ভাবুন। ছেলে কে, কোথায় থাকে, তার পরিবার কারা — যাচাই না করে মেয়ে দিবেন না। বাল্যবিবাহ আইনত অপরাধ।")
N("family", "bn",
  "ভাইয়া তোর ছেলে কি নতুন লেভেলে উঠছে? লার্নিং সেন্টারের মাস্টার বলল ও অংকে খুব ভালো।", hard=False)
N("joke", "bn",
  "জামাই মালয়েশিয়ায় থাকে শুইনা তোর খালা তিন দিন ধইরা ফোন কান থেকে নামায় না 😆 বিয়া তো এখনো হয় নাই!")
N("official", "bn",
  "সকল অভিভাবকের দৃষ্টি আকর্ষণ: ১৮ বছরের কম বয়সী মেয়ে ও ২১ বছরের কম বয়সী ছেলের বিয়ে দেওয়া যাবে না। — সিআইসি অফিস, ক্যাম্প ২৬")
N("chatter", "bn",
  "ভাই নেট একদম নাই আজ, টাওয়ার বন্ধ নাকি? ইমুতে কল যায় না।", hard=False)
N("worker_content", "bn",
  "দোকানে কাজ করি, মালিক দুপুরে খাওয়ায়, সপ্তাহে একদিন ছুটি। বেতন কম হইলেও শান্তি আছে, রাতে বাড়ি ফিরি।")

# ---- bn-Latn (20)
N("worker_content", "bn-Latn",
  "Ama, ãi bhalo asi. Maliker bashar kaj shesh kori rate ghumai, apa ra bhalo manush. Ei mash er betan pailam, kal bKash e pathamu 01829374651 e.",
  [("phone", "+8801829374651")])
N("chatter", "bn-Latn",
  "Ei bhai kal Kutupalong bazar ot aiba? Tuñar lai 2 ta lungi anum.", hard=False)
N("joke", "bn-Latn",
  "Tui Malaysia zaibi? tor to Ukhiya zaite bus ot bomi ashe 🤣")
N("awareness", "bn-Latn",
  "Bhai bon ra, keu jodi boat ot Malaysia nia zaite chay, bia'r kotha kore, tiya chay, block volunteer re janao. Shagor ot koto manush mori gese, mone rakhio.")
N("news", "bn-Latn",
  "Kalke Teknaf ot 2 jon dalal dhorse BGB, boat er lai lok jogar kortesilo. Facebook ot video ase dekho https://fb.watch/k3Tq9xYzLm/",
  [("url", "https://fb.watch/k3Tq9xYzLm/")])
N("family", "bn-Latn",
  "Rahima'r bia thik hoise, fuwa Camp 9 er, madrasa te poray. Duita poribar majhi'r shamne boshe kotha hoise, mohor 50 hazar, maiya o raji.")
N("receipt", "bn-Latn",
  "Taka pathaisi bKash e 5000, TrxID 6GT2MK8LQZ, check kori dekh. Ammar oshuder lai.",
  [("mfs_transaction", "6GT2MK8LQZ")])
N("worker_content", "bn-Latn",
  "Ami Chittagong e rikshaw chalai, nijer rikshaw na hoileo malik bhalo, jomar taka kom ney. Eid e bari ashbo inshallah.")
N("chatter", "bn-Latn",
  "Kal WFP card er distribution, sokal 8 tay line ot dariye thakibi.", hard=False)
N("family", "bn-Latn",
  "Tor mama Malaysia theke phone dise, bole permit renew hoise, company nijei korse, passport o ferot dise. Eid e ashte parbe na.")
N("official", "bn-Latn",
  "Majhi koise aj bikal e CiC office ot meeting, manob pachar nie, sob poribar er ekjon zaite hobe.")
N("awareness", "bn-Latn",
  "UNHCR card, FCN card kono dalal er hate diba na. Keu job er kotha koi card rakhte chaile sathe sathe volunteer re jani dio.")
N("joke", "bn-Latn",
  "Boat fare koto? Amar to Shah Porir Dwip zaite 100 taka lage, tar beshi chaile ãi hatiya zamu 😂")
N("chatter", "bn-Latn",
  "Amar mobile er display bhangi gese, kew ke chine je thik korte pare?", hard=False)
N("family", "bn-Latn",
  "Bhai dhar hishebe 10000 taka dio, maiyar bia'r bajar goribo. Dui mash pore ferot dimu, Allah r kasam.")
N("news", "bn-Latn",
  "Shunsos? Thailand er shagor ot boat dubi gese, 40 jon nikhoj. Amader block er keu asilo kina khobor nao.")
N("worker_content", "bn-Latn",
  "Learning center ot teacher hisebe kaj kori, volunteer incentive pai protimash, shomoy moto dey. Kaj ta bhalo lage, fuwa maiya ra porte ashe.")
N("family", "bn-Latn",
  "Pasport korte Cox's Bazar jamu kal, Dubai er visa ashse company theke, agency BMET registered, smart card o hoibo. NID 4156823097 er copy lagbe. Dua korio.",
  [("bd_nid", "4156823097")])
N("chatter", "bn-Latn",
  "bhai aj khela dekhbi? Bangladesh vs India, bazar er dokane TV ase", hard=False)
N("family", "bn-Latn",
  "Khala ãr maiya re dekhte ashibo kal, fuwa Balukhali er, dokane kaj gore. Ãi age fuwa'r bap ma'r shate kotha koi nimu.")

# ---- en (20)
N("receipt", "en",
  "You have received Tk 2,500.00 from 01811223344. Ref eid. Fee Tk 0.00. Balance Tk 2,930.50. TrxID 7HD9KL2MPX at 14/11/2026 18:42",
  [("phone", "+8801811223344"), ("mfs_transaction", "7HD9KL2MPX")])
N("receipt", "en",
  "Money Received. Amount: Tk 1,200 Sender: 01922334455 Ref: ration TxnID: 72KXP9QA Balance: Tk 1,540.00",
  [("phone", "+8801922334455"), ("mfs_transaction", "72KXP9QA")])
N("news", "en",
  "Police in Cox's Bazar arrested four men accused of running a ransom gang that abducted Rohingya youths from Camp 15; families had paid through mobile banking, officers said.")
N("awareness", "en",
  "Safe migration tip: a real employer never asks you to travel by boat at night or to leave your ID with a broker. If someone offers this, go to the protection desk in your camp. Check any agency licence at https://www.bmet.gov.bd",
  [("url", "https://www.bmet.gov.bd")])
N("official", "en",
  "NOTICE: Community outreach members of Camp 1W will hold a session on the risks of irregular sea journeys on Tuesday, 11 AM, at the Women Friendly Space. All are welcome.")
N("worker_content", "en",
  "Alhamdulillah, I got my salary on the 1st like always, and the company gave us two days off for Eid. The room is small but clean. Don't worry about me Ammu.")
N("family", "en",
  "Bro can you check if the passport office in Cox's Bazar is open Saturday? Abba needs to renew his for Umrah, old passport no. A05218743.",
  [("bd_passport", "A05218743")])
N("joke", "en",
  "My uncle says he's 'going to Malaysia' every time Amma asks him to fix the roof. 6 years now, still in Teknaf 😂")
N("chatter", "en",
  "Is the gas refill at the LPG point today or tomorrow?", hard=False)
N("official", "en",
  "Licensed recruiting agency (BMET reg.) announces: Malaysia plantation workers, cost as per government rate, maximum Tk 79,000, paid by bank with receipt. Do not pay any middleman. CV to jobs@sagorlinkoverseas.com.bd",
  [("email", "jobs@sagorlinkoverseas.com.bd")])
N("news", "en",
  "Coast guard rescued 58 people, including 21 children, from a fishing trawler off Saint Martin's Island early Sunday; they were bound for Malaysia, officials said.")
N("awareness", "en",
  "If someone proposes marriage for your daughter to a man abroad and says 'no cost, just send her to the ghat', that is how traffickers work. Talk to us first.")
N("family", "en",
  "Sis the groom's family came today, they're from Camp 20, nice people. Wedding after Eid insha'Allah, just the nikah at the mosque and a small dawat.")
N("chatter", "en",
  "Volunteers meeting moved to 3pm, bring the attendance sheets.", hard=False)
N("worker_content", "en",
  "I work as a security guard in Chattogram EPZ, 12k salary, overtime paid separately, Friday off. It's fine bro, don't listen to the rumours.")
N("official", "en",
  "Dear volunteers, please submit the monthly protection referral report to protection.cxb@shantingo.org by 30 Nov. Cases of missing persons go in the separate sheet.",
  [("email", "protection.cxb@shantingo.org")])
N("news", "en",
  "Read this: Rohingya boat arrivals in Aceh rise again https://www.thedailystar.net/news/rohingya-boat-aceh-arrivals-rise",
  [("url", "https://www.thedailystar.net/news/rohingya-boat-aceh-arrivals-rise")])
N("family", "en",
  "Brother I sent the rent money to the landlord, and 3000 for Nanu's medicine. Tell Abba not to worry, I will send more after salary. TrxID 5LM8QW3ZRT",
  [("mfs_transaction", "5LM8QW3ZRT")])
N("chatter", "en",
  "happy birthday Sumaiya 🎂🌸 may Allah bless you always, check @sumaiya.art.cxb for her new henna designs",
  [("instagram", "@sumaiya.art.cxb")], hard=False)
N("joke", "en",
  "Our block's 'uncle' is the tea stall uncle, his only business is selling gossip and cha ☕")


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
    random.Random(162).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev162-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
