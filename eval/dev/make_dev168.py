"""Blind evaluation set dev168 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: the cousin of a young man from Noakhali who set out for the United States through Brazil, Bolivia, Ecuador, Panama's Darién and Mexico ("donkey" or "game" route); the family group chat, the broker's and the "coyote's" messages, ransom calls from Mexico, money routed through hundi and crypto, US immigration and embassy notices, other travellers' voice-note transcripts, and ordinary talk at home.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev168.jsonl"
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


BTC1 = btc("dev168-btc-1")
TRON1 = tron("dev168-tron-1")
ETH1 = eth("dev168-eth-1")

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

# ---------------- recruitment_deception
F("recruitment_deception", "bn", "ভাই চিন্তা কইরেন না, আঁর লাইন একদম সেফ। ব্রাজিল পর্যন্ত প্লেনে, হেরপর গাড়িত গাড়িত আম্রিকার বর্ডার। এক কদমও হাঁটা লাগব না। ২৮ দিনে আম্রিকা, গ্যারান্টি দিলাম।")
F("recruitment_deception", "bn", "দালাল কইছিল পানামা পর্যন্ত প্লেনে নিব, এখন কয় জঙ্গল দিয়া ৭ দিন হাঁটা লাগব। আমরারে মিছা কথা কইয়া আনছে, হিয়ানে আর ফিরার রাস্তাও নাই।")
F("recruitment_deception", "bn", "ব্রাজিলের ভিসা দিয়া সোজা আমেরিকা পৌঁছাইয়া দিমু। অ্যাসাইলাম আমাগো উকিল করাইয়া দিব, পৌঁছাইলেই কাজের পারমিট, ছয় মাসে গ্রিন কার্ড। সিট লিমিটেড। যোগাযোগ: 01826-447913",
  [("phone", "+8801826447913")])
F("recruitment_deception", "bn-Latn", "Bhai tension nio na, game ta full VIP. Ecuador theke Mexico porjonto hotel e thakba, khana free, kono jongol nai. Boss er lok Guayaquil airport e receive korbe, number +593 98 412 6650",
  [("phone", "+593984126650")])
F("recruitment_deception", "bn-Latn", "Kamal bhai bolsilo Brazil e 2 mash kaj kore taka tulte parbo, kaj er permit ready. Ekhane eshe dekhi kono kaj nai, kono permit nai, ek ghore 14 jon bose asi.")
F("recruitment_deception", "bn-Latn", "America jaite chaile inbox koren. Direct border cross, 100% success. Pouchaile asylum case e 6 mash e work permit, mashe 4000 dollar income. WhatsApp +8801918 552 706",
  [("phone", "+8801918552706")])
F("recruitment_deception", "en", "Brother trust me, the Mexico border is open now, they are letting everyone in with asylum. No detention, papers same day. Just pay the first part and book your ticket to Sao Paulo. Telegram me at @usa_game_helal",
  [("telegram", "@usa_game_helal")])
F("recruitment_deception", "en", "They told us a boat to Panama, 2 hours. It was 6 days walking in the Darien mud, three people from our group were left behind. Nothing that man said in Noakhali was true.")

# ---------------- fees_and_debt
F("fees_and_debt", "bn", "বলিভিয়া পৌঁছাইছে। দালাল এখন কয় সামনের লাইনের লাগি আরো ৫ লাখ টেয়া দিতে হইব, না দিলে হিয়ানেই বসাই রাখব। আগে কইছিল ২৫ লাখে সব শেষ। দালালের নম্বর ০১৭৯২৩৪৫৬১৮",
  [("phone", "+8801792345618")])
F("fees_and_debt", "bn", "জমি বন্ধক দিয়া ১২ লাখ দিছি, আর সুদে আনছি ৮ লাখ। জামিনদার হিসাবে আব্বার এনআইডি ৪৬৫২৮১৯৩০৭ দিয়া স্ট্যাম্পে সই দিছে। দালাল কয় বাকিটা সাজিব আম্রিকা গিয়া ওগো লোকের দোকানে কাম কইরা কাটাইব।",
  [("bd_nid", "4652819307")])
F("fees_and_debt", "bn", "মেক্সিকোতে নতুন কইরা 'হোটেল খরচ' ধরছে দিনে ১০০ ডলার। ২১ দিন আটকাই রাখছে, এখন বিল ২১০০ ডলার। কয় এইটা না দিলে কাউরে ছাড়ব না।")
F("fees_and_debt", "bn-Latn", "Helal bhai bolse baki 18 lakh America pouchanor por, oikhane tar cousin er restaurant e kaj kore kete nibe. Joto din shodh na hoy paper o uni rakhbe. Kotha bolte chaile wa.me/8801711904385",
  [("whatsapp", "+8801711904385")])
F("fees_and_debt", "bn-Latn", "Ecuador e ashar por notun kotha, 'line change hoise' tai 3000 dollar extra. Amra 9 jon, keu dite pari na. Bole je dibe na tar line cancel, ekhanei pore thakbe.")
F("fees_and_debt", "en", "Your brother's package was 22 lakh up to Mexico. The crossing is separate: 8,000 USD more. No payment, no crossing. That is how the game works. Call +8801552 309 184 when money is ready.",
  [("phone", "+8801552309184")])
F("fees_and_debt", "en", "Uncle we sold both cows and took a loan from the samity at 20%. Now the broker wants more again for Guatemala. I don't know how abbu will ever repay this, the samity people come every week.")
F("fees_and_debt", "en", "Don't worry about the remaining amount. When he reaches NY our man will give him a job in the deli and cut $1,500 every month until the 20k is finished. His papers stay with our man till then.")

# ---------------- threats_and_coercion
F("threats_and_coercion", "bn", "তোর ভাই আমাগো কাছে। ৪৮ ঘণ্টার মধ্যে ১০ হাজার ডলার না পাঠাইলে হাতের আঙুল কাইট্টা ভিডিও পাঠামু। এই নম্বরে যোগাযোগ: +52 33 1904 6675",
  [("phone", "+523319046675")])
F("threats_and_coercion", "bn", "দালালের লোক বাড়িত আইছিল। কইছে থানায় গেলে সাজিবরে মেক্সিকোর মাফিয়ার হাতে বেইচা দিব, আর তোঁয়াগো ঘরও থাকত ন।")
F("threats_and_coercion", "bn-Latn", "Bhai amake marse, current dise. Ora bolse abbu ke bolo 7 hajar dollar pathate, naile kal sokal e amake gang er kase diye dibe. Plz taka pathao, ami ar parchi na.")
F("threats_and_coercion", "bn-Latn", "Police e complain korle tor bhai ke Panama jongol e fele ashbo, keu lash o khuje paibo na. Chup thak, taka ready kor. IMO te ei number e call dibi 01632-918470",
  [("phone", "+8801632918470")])
F("threats_and_coercion", "bn-Latn", "Tapachula te je ghore rakhse oikhane bonduk niye pahara. Ek jon Nepali chele palaite gesilo, dhore ene shobar shamne pitaise, bolse porer jon ke guli korbe.")
F("threats_and_coercion", "en", "We have Sajib. You have until Friday. 6,000 dollars to the account we send. If you call police or embassy we will know, and you will get him back in pieces.")
F("threats_and_coercion", "en", "The guide said anyone who talks to the migration officers in Costa Rica will be left behind and reported as a criminal, so they get deported and the family loses all the money.")
F("threats_and_coercion", "en", "They filmed him with his hands tied and sent the video to his mother on IMO. Called from +52 1 55 4817 2290 three times tonight asking for the money.",
  [("phone", "+5215548172290")])

# ---------------- payments_and_proceeds
F("payments_and_proceeds", "bn", "টেয়া ব্যাংকে দিবেন না। চৌমুহনী বাজারে আমাগো লোকের কাছে ক্যাশ দিবেন, হেইদিন রাইতেই মেক্সিকোতে ডলার পৌঁছাই যাইব। রসিদ চাইবেন না, নাম কইবেন না।")
F("payments_and_proceeds", "bn", "বিকাশে ভাইঙ্গা ভাইঙ্গা পাঠান, এক নম্বরে ২৫ হাজারের বেশি না। এই দুই নম্বরে: 01735-218846, 01964-773120। পাঠাইয়া ভয়েস দিবেন, মেসেজ না।",
  [("phone", "+8801735218846"), ("phone", "+8801964773120")])
F("payments_and_proceeds", "bn", f"ডলার না, USDT পাঠাইতে হইব। এই ঠিকানায় TRC20: {TRON1} । পাঠাইয়া স্ক্রিনশট দেন, তারপর হেতেরে পরের ঘরে নিমু।",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Helal bhai er agent ke 3 lakh cash dilam Maijdee te. Bolse Dubai hoye hundi te Ecuador er lok pabe. Kono slip nai, shudhu ekta code dise NK-447, oita bolle chinbe.")
F("payments_and_proceeds", "bn-Latn", "Nagad e 4 ta alada number e 49,500 kore pathaisi. Last er ta TxnID 7HKQ2M9PXR. Ora ekhon bolse baki ta binance e dite hobe.",
  [("mfs_transaction", "7HKQ2M9PXR")])
F("payments_and_proceeds", "bn-Latn", f"Ransom er taka BTC te chaise. Address ei: {BTC1} . Mama Dubai theke kine pathabe, ora bole 2 ghontar moddhe na dile problem.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en", "Send by Zelle to jhmoneyxpress@gmail.com or give cash to our brother in Jackson Heights, he will message me. Do not send Western Union in the boy's name, they track it.",
  [("email", "jhmoneyxpress@gmail.com")])
F("payments_and_proceeds", "en", f"Second part in USDT only. ERC20 wallet {ETH1}. After 2 confirmations we move him to the next house.",
  [("eth_address", ETH1)])

# ---------------- isolation_and_control
F("isolation_and_control", "bn", "গাইড সবার মোবাইল নিয়া নিছে, কয় পুলিশ ট্রেস করব। সপ্তাহে একবার ২ মিনিটের লাইগা দেয়, ওগো সামনে বইসা কথা কইতে হয়।")
F("isolation_and_control", "bn", "আমাগো একটা গোডাউনে তালা দিয়া রাখছে, বাইরে যাওয়া মানা। জানলা নাই, ২২ জন একলগে। বাড়িত কিছু কইতে মানা করছে।")
F("isolation_and_control", "bn-Latn", "Ami lukaye onno ekjoner phone theke dicchi. Amader sim bhenge felse. Ora jodi jane ami bari te kotha bolsi tahole khobor ase. Ammu ke kichu bolo na.")
F("isolation_and_control", "bn-Latn", "Bolivia te 3 shoptaho hoye gelo, hotel theke ekbaro ber hote dey na. Niche ek lok boshe thake shob shomoy. Sajib er passport A07736154 o ora rakhse.",
  [("bd_passport", "A07736154")])
F("isolation_and_control", "en", "The driver locked the van from outside, 19 hours no stop. When we reached the house in Chiapas they took our passports and phones 'for safety'. Nobody has got them back.")
F("isolation_and_control", "en", "Sajib hasn't come online since Tuesday. His last msg: 'they moved us to another house, no phone allowed here, don't call +52 1 998 204 3316 they check it'.",
  [("phone", "+5219982043316")])
F("isolation_and_control", "en", "Rules of the house: no going outside, no calling family without the boss there, no talking to the other groups. Whoever breaks it goes to the back room.")

# ---------------- labour_exploitation
F("labour_exploitation", "bn", "ব্রাজিলে দালালের লোকের মুরগির ফার্মে কাম করাইতেছে, সকাল ৫টা থেইকা রাইত ১১টা। কয় খরচ উঠাইতে হইব। তিন মাসে একটা টেয়াও দেয় ন।")
F("labour_exploitation", "bn", "দিনে একবার ভাত দেয়, তাও আধা প্লেট। বাকি সময় কনস্ট্রাকশনে ইট টানি। বেতন চাইলে কয় সামনের লাইনের টাকার লগে কাটা যাইব।")
F("labour_exploitation", "bn", "পেরুর বর্ডারের কাছে একটা খনিতে আমাগো কয়জনরে দিয়া কাম করাইতাছে, ছুটি নাই, কেউ অসুখে পড়লেও মাফ নাই। কয় লাইন খুললে ছাড়ব।")
F("labour_exploitation", "bn-Latn", "Mexico te ranch e kaj koraitese 16 ghonta, kono din off nai. Boss bole border cross er taka shodh na howa porjonto ei kaj. Hat e fuska pore gese.")
F("labour_exploitation", "bn-Latn", "Ekhane restaurant er kitchen e ghumai, kaj shesh hoy rat 2 ta. 4 mash hoye gelo salary dey nai, bole 'tomar taka amar kache safe ase'.")
F("labour_exploitation", "en", "In Quito we were made to work in the broker's friend's garment shop while 'waiting for the line', 15-hour days, no wages, and the food is deducted from our debt.")
F("labour_exploitation", "en", "The man at the deli in Queens keeps his passport, has paid him nothing for 5 months, says it all goes to the 'road money'. He sleeps in the basement storeroom.")

# ---------------- sexual_exploitation
F("sexual_exploitation", "bn", "আমাগো গ্রুপের দুইটা মাইয়ারে গাইড আলাদা কইরা নিয়া গেছে। কয় রাস্তার টাকা 'অন্যভাবে' শোধ করব। সকালে কাঁদতে কাঁদতে ফিরছে।")
F("sexual_exploitation", "bn", "গুয়াতেমালায় এক ভাবিরে কয় তোর টাকা নাই, বারে কাম করবি, কাস্টমারের লগে যাওয়া লাগব। না করলে জামাইরে ছাড়ব না।")
F("sexual_exploitation", "bn-Latn", "Darien e pollero ra meye der ke alada kore tanbu te nie jay. Ek apa ke bolse 'tumi thakle group ke free pass dibo'. Kichu korte pari nai bhai.")
F("sexual_exploitation", "bn-Latn", "Mexico City te ekta bar e Bangladeshi meye rakhse, dalal bole waitress er job, ashole customer er shathe room e pathay. Passport o ora rakhse. Dalal er number +52 55 2847 6619",
  [("phone", "+525528476619")])
F("sexual_exploitation", "bn-Latn", "Broker er lok bolse tor bou ke pathaa, Mexico te 'massage' e kaj korle 2 mash e tor shob debt shesh. Ami raji hoi nai bole amake ar khabar dey na.")
F("sexual_exploitation", "en", "Voice note: 'They said if I stay with the boss some nights my brother's crossing is free. The other girls in this house are doing the same. Please don't tell my mother.'")
F("sexual_exploitation", "en", "At the Honduras shelter a coyote offers women 'work' in a cantina in Tapachula to pay the route, takes photos, collects phones. He posts on Instagram as @tapachula_jobs_mx. Two girls from Sylhet went with him.",
  [("instagram", "@tapachula_jobs_mx")])

# ---------------- minors
F("minors", "bn", "রাকিবের বয়স মাত্র ১৫। দালাল পাসপোর্টে বয়স বাড়াইয়া ১৯ করছে, পাসপোর্ট নং EB0519273। এখন পানামার জঙ্গলে একলা, গ্রুপের লগে রাখে নাই।",
  [("bd_passport", "EB0519273")])
F("minors", "bn", "দালাল কইছে ছোট পোলা পাঠান, ১৬-১৭ বছরের হইলে বর্ডারে ধরলেও আম্রিকা রাখি দিব, পরে পুরা ফ্যামিলি নিতে পারবেন। টেয়া একটু বেশি লাগব।")
F("minors", "bn-Latn", "Group e 3 ta choto pola ase, 14-15 bochor. Pollero ora ke diye bag tanaise, pani tanaise, rat e pahara dite dise. Ekjon ke marse.")
F("minors", "bn-Latn", "Chachato bhai Nayeem 16 bochor, ore Tapachula te gang er lok rakhse, bole 'mal' carry kore border e nibe, tahole taka lagbe na.")
F("minors", "en", "Boss said send boys under 18, US won't deport minors. We make the birth certificate, they travel with our 'uncle'. 18 lakh per child. WhatsApp +1 (929) 418-6620",
  [("phone", "+19294186620")])
F("minors", "en", "My cousin's son is 13, the broker took him with another family as their kid. The family has reached Monterrey but the boy is held back until payment.")
F("minors", "en", "There are kids in our group, one is 12 from Chatkhil travelling alone. The guide makes him carry water for everyone and beats him when he is slow.")

# ================= OK
# news
N("news", "bn", "নোয়াখালীতে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার। ব্রাজিল হয়ে যুক্তরাষ্ট্রে পাঠানোর কথা বলে জনপ্রতি ২০ লাখ টাকা নেওয়ার অভিযোগ। র‍্যাব জানায়, ভুক্তভোগীদের পরিবার মামলা করেছে।")
N("news", "bn", "ইকুয়েডরে আটকে পড়া ১৪ বাংলাদেশিকে দেশে ফিরিয়ে এনেছে পররাষ্ট্র মন্ত্রণালয়, আইওএমের সহায়তায় তাঁরা শাহজালাল বিমানবন্দরে পৌঁছান।")
N("news", "en", "Panama says more than 500,000 migrants crossed the Darien Gap last year; Bangladeshi nationals are among the fastest-growing groups, officials said on Tuesday.")
N("news", "en", "Mexican authorities rescued 42 migrants, including 9 from Bangladesh, from a house in Reynosa; two suspects were detained on kidnapping charges.")
N("news", "bn-Latn", "Dekhsen news e? Begumganj er Helal dalal re CID dhorse. Onek family mamla korse. Allah bachaise amra oi lokre taka dei nai.")
# awareness
N("awareness", "bn", "সতর্কতা: 'গেম' বা 'ডাংকি' রুটে আমেরিকা যাওয়ার প্রলোভনে পড়বেন না। জঙ্গলে মৃত্যু, অপহরণ আর মুক্তিপণের ঘটনা ঘটছে। কেউ এমন অফার দিলে ৯৯৯ এ জানান।")
N("awareness", "en", "IOM reminder: never hand your passport to an agent or a 'guide'. Nobody can promise asylum or a green card. Kidnappers often pose as coyotes. If a relative is held for ransom, contact police and the embassy.")
N("awareness", "bn-Latn", "Bhai shobai ke share koren: keu jodi bole 'border open, asylum guaranteed' eta mittha. Amar mama'r chele Darien e mara gese. Taka diye lash o anta pari nai.")
N("awareness", "bn", "ব্র্যাক মাইগ্রেশন প্রোগ্রাম: বিদেশ যাওয়ার আগে দালালের হাতে টাকা দেবেন না, লিখিত চুক্তি ও রসিদ নিন। বিনামূল্যে পরামর্শের জন্য ইউনিয়ন পরিষদে আমাদের কর্মীর সাথে কথা বলুন।")
N("awareness", "en", "Reminder from the US Embassy Dhaka: visa appointments are booked only through https://www.ustraveldocs.com/bd . We never ask for payment by bKash or WhatsApp.",
  [("url", "https://www.ustraveldocs.com/bd")])
N("awareness", "bn-Latn", "Helal dalal er number ta block kore dao shobai, 01845-203917. Onek family ke thokaise, amader group e o message dicche.",
  [("phone", "+8801845203917")])
# official
N("official", "en", "USCIS: Your Form I-589 receipt notice has been mailed. Receipt Number: ZLA2412345678. You may check case status at https://egov.uscis.gov/ .",
  [("url", "https://egov.uscis.gov/")])
N("official", "en", "ICE ERO notice: You are scheduled to report for your check-in on 03/14 at 26 Federal Plaza, New York. Bring this letter and a photo ID.")
N("official", "en", "EOIR: Your next master calendar hearing is set for 09/22/2027, 8:30 AM, Immigration Court, Elizabeth NJ. Call 1-800-898-7180 for automated case information.",
  [("phone", "+18008987180")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: বৈধ পথে বিদেশ যেতে 'আমি প্রবাসী' অ্যাপে নিবন্ধন করুন, বিস্তারিত https://www.bmet.gov.bd । সরকার নির্ধারিত ব্যয়ের বেশি কাউকে দেবেন না। অবৈধ পথে বিদেশ যাওয়া ঝুঁকিপূর্ণ।",
  [("url", "https://www.bmet.gov.bd")])
N("official", "bn", "বাংলাদেশ দূতাবাস, ব্রাসিলিয়া: পাসপোর্ট নবায়নের আবেদন অনলাইনে করুন এবং ফি দূতাবাসের ব্যাংক হিসাবে জমা দিন। কোনো মধ্যস্থতাকারীর মাধ্যমে টাকা দেবেন না।")
# receipts
N("receipt", "bn", "আপনার বিকাশ অ্যাকাউন্টে ০১৮১৯৪৪২৭০৬ থেকে ৫,০০০ টাকা এসেছে। TrxID 9JD4K7RMWQ. ব্যালেন্স ৭,২১৫.৫০ টাকা।",
  [("phone", "+8801819442706"), ("mfs_transaction", "9JD4K7RMWQ")])
N("receipt", "en", "Cash In Tk 25,000.00 to 01712904388 successful. Fee Tk 0.00. Balance Tk 25,310.00. TrxID BHL62K0XQ3 at 14/11/2026 19:42",
  [("phone", "+8801712904388"), ("mfs_transaction", "BHL62K0XQ3")])
N("receipt", "en", "Western Union: Your transfer of USD 300.00 to SAJIB HOSSAIN, Quito, Ecuador is available for pickup. Thank you for choosing Western Union.")
N("receipt", "bn-Latn", "Nagad theke pathaisi 2000 taka, TxnID 73KD9Q1A, ammu'r oshudh er jonno. Pouchaile janaio.",
  [("mfs_transaction", "73KD9Q1A")])
# family
N("family", "bn", "সাজিব পৌঁছাইছে! নিউ ইয়র্কে মামার বাসায় আছে, আলহামদুলিল্লাহ। কোর্টের ডেট পাইছে, উকিলও ঠিক হইছে। মামার নম্বর +1 646 318 2207",
  [("phone", "+16463182207")])
N("family", "bn", "আব্বা কইছে জমি বেইচা কাউরে আর বিদেশ পাঠাইব না। রাকিব এইখানেই দোকান দিব, বিআরডিবি থেইকা লোন নিব।")
N("family", "bn", "পাসপোর্ট অফিসে কাইল সকালে যাওন লাগব, নাজমার পাসপোর্ট রিনিউ। পুরানটার নং BM0348211, ই-পাসপোর্টের ফি ব্যাংকে জমা দিছি।",
  [("bd_passport", "BM0348211")])
N("family", "bn-Latn", "Chachi bollo Sajib er biye'r kotha ekhon thak, age America te papers thik hok. Meye pokkho o wait korte raji.")
N("family", "bn-Latn", "Bhaiya tomar passport (A05582913) almari te tala diye rakhsi, keu chaile dibo na. Visa interview er date ashle bolo.",
  [("bd_passport", "A05582913")])
N("family", "en", "Mama, Sajib called from the shelter in Tapachula, he's ok, eating properly, waiting for his CBP One appointment. His number there +52 962 118 4073. He says don't send money to anyone who calls claiming to be his friend.",
  [("phone", "+529621184073")])
N("family", "bn-Latn", "Ammu chinta koro na, ami Dhaka te hostel e bhalo asi. Ei mash er taka 01977-450126 e bKash korle bolo, TrxID ta dio.",
  [("phone", "+8801977450126")])
N("family", "bn", "খালাতো ভাই ইতালি থেকে এইবার হুন্ডিতে না পাঠাইয়া ব্যাংকে পাঠাইছে, সরকার প্রণোদনা দেয়, লস নাই।")
N("family", "en", "Dad, the lawyer's retainer is $3,500 for the asylum case. I've got $2,000 from the job. Can you ask Mama in NJ for the rest? Lawyer's office is +1 (718) 426-3390.",
  [("phone", "+17184263390")])
# jokes
N("joke", "bn-Latn", "Amar bou bole ami jodi Darien paar hoite pari tahole bazar theke 1 kg ilish o anteo parbo 😂 ilisher dam e jongol er cheye beshi risk")
N("joke", "bn", "চাচা কয় আম্রিকা যাইতে পানামার জঙ্গল লাগে না, লাগে খালি ফুফুর পোলার বিয়ার দাওয়াত 😂")
N("joke", "bn-Latn", "Amar cousin bole o je donkey route e jabe seta holo Maijdee theke Chowmuhani rickshaw 😂 gadha o oitar cheye fast")
N("joke", "bn-Latn", "Coyote er kotha shune nani bhabse kono shial 😂 bole 'shial er kase taka dibi keno, pagol hoisos?'")
# worker content
N("worker_content", "en", "Sajib here. Working at a pizza place in Queens, 40 hrs, paid every Friday, boss is Bangladeshi too, good guy. Sent $500 to abbu through Remitly today.")
N("worker_content", "bn-Latn", "Ami ekhon Newark e construction e kaj kori, union card pailam. Overtime korle extra pay dey. Alhamdulillah shob thik ase.")
N("worker_content", "bn", "ব্রাজিলের সাও পাওলোতে ফ্যাক্টরিতে কাজ পাইছি, কাগজপত্র বৈধ, সপ্তাহে একদিন ছুটি। এইখানেই থাকি যামু ভাবতেছি, আম্রিকা যাওনের দরকার নাই।")
N("worker_content", "en", "Got my work permit (EAD) today! 🙏 Finally can drive Uber legally. Thanks everyone who prayed for me.")
# chatter
N("chatter", "bn-Latn", "Oi Kamal dalal er shathe kono deal koro na. Amra ekhon legal way te try korbo, student visa, IELTS dibo.")
N("chatter", "bn-Latn", "Jackson Heights e Bangla bole emon bhalo immigration lawyer keu chenen? Cousin er hearing next month. Ekjon bollo +1 347 882 1054 e call dite.",
  [("phone", "+13478821054")])
N("chatter", "bn-Latn", "Darien gap niye documentary ta dekhsos? Onek bhoyonkor, amader Sajib bhai to oi rasta diye gese, ekhon NY te.")
N("chatter", "bn", "এক ভাই জিগাইল আম্রিকার ট্যুরিস্ট ভিসার ফি কত। ১৮৫ ডলার, ব্যাংকে জমা দেওন লাগে, দালাল লাগে না।")
N("chatter", "en", "The game tonight was crazy, Bangladesh won by 3 wickets 🏏 whole village was shouting")
N("chatter", "bn-Latn", "Bhai Telegram group ta te add koro, @noakhali_probashi_ny — oikhane NY er job er post dey, legit dokan gula.",
  [("telegram", "@noakhali_probashi_ny")])
N("chatter", "bn", "মেক্সিকো থেকে এক ভাইয়ের ভয়েস: 'আমরা এখন তিখুয়ানার শেল্টারে, সবাই ঠিক আছি, খাওয়া দাওয়া পাইতেছি। আগামী সপ্তাহে সিবিপি ওয়ান অ্যাপয়েন্টমেন্ট।'")
N("chatter", "en", "Voice note (Sajib): 'Reached Panama, the UN camp gave us food and a blanket, Red Cross checked my feet. Bus to Costa Rica tomorrow, paid the fare myself. Don't worry.'")
N("chatter", "bn-Latn", "Mexico te kidnapping er khobor dekhe ammu kanna kortese. Ami bollam Sajib ekhon NY te, shob thik ase, chinta koro na.")
N("chatter", "bn", "সুদের টাকা শোধ হইছে গত মাসে। সাজিব প্রতি মাসে পাঠাইছে, এখন আব্বার মাথা থেইকা বোঝা নামছে।")
N("chatter", "en", "Can someone explain what 'parole' means on his I-94? Does it mean he can work? He got it at the border.")
N("chatter", "bn", "বাইতুল মামুর মসজিদে শুক্রবার দোয়া হইব, যারা বিদেশের পথে আছে হেগো লাগি। সবাই আইসেন।")
N("chatter", "bn-Latn", "Oi bhai Brazil er student visa'r jonno bank statement koto lage? Amar ek friend legal e porte jaite chay.")
# everyday (easy)
N("chatter", "bn", "আম্মা আইজ রাইতে কী রানবেন? আঁই ইলিশ আনতেছি।", hard=False)
N("chatter", "bn", "কাইলকা বৃষ্টি হইলে মাঠে খেলা হইব না, ক্লাবের মিটিং পিছাই দিছি।", hard=False)
N("chatter", "bn", "নানুর শরীর এখন ভালা, ডাক্তার কইছে আরো দুই দিন হাসপাতালে থাকতে।", hard=False)
N("chatter", "bn-Latn", "Kal Musapur closer e jabo, keu jabi? Bike e 3 jon.", hard=False)
N("chatter", "bn-Latn", "Eid er jama kinsi, tomar size M na L?", hard=False)
N("chatter", "bn-Latn", "Net slow, pore call dichhi", hard=False)
N("chatter", "en", "Happy birthday Nila! 🎂 Wish you all the best", hard=False)
N("chatter", "en", "Who has the charger? Mine died.", hard=False)
N("chatter", "en", "Running late, traffic at Chowmuhani is terrible", hard=False)
N("chatter", "en", "Sending the wedding photos tonight, the album is huge.", hard=False)


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
    random.Random(168).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev168-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
