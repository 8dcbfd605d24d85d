"""Blind evaluation set dev151 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Dhaka journalist investigating how young women are recruited on TikTok, Facebook pages and IMO for "dance", "hotel" and "beauty parlour" jobs in Dubai, Oman and Bahrain on visit visas; she reads recruiters' posts and chats, victims' and mothers' messages, agencies' pages, and her own newsroom's and friends' chatter.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev151.jsonl"
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


BTC1 = btc("dev151-btc-1")
TRON1 = tron("dev151-tron-1")
ETH1 = eth("dev151-eth-1")

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

# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "দুবাই বিউটি পার্লারে লোক লাগবে 💅 শুধু মেয়েরা, বয়স ১৮-২৫। বেতন ৭০,০০০ টাকা, থাকা খাওয়া ফ্রি। ভিজিট ভিসায় যাবেন, ওখানে গিয়া কাজের ভিসা আমরাই করে দিবো। অভিজ্ঞতা লাগবে না, খালি দেখতে স্মার্ট হইতে হবে। ইমো করেন ০১৭৮৬৫৪৩২১৯",
  [("phone", "+8801786543219")])
F("recruitment_deception", "bn",
  "আম্মা ওরা কইছিলো হোটেলে রিসিপশনের কাজ। এইখানে আইসা দেখি কোনো হোটেল নাই, একটা ফ্ল্যাটে রাখছে আর রাইতে ক্লাবে নিয়া যায়। আমারে মাফ কইরা দিও")
F("recruitment_deception", "bn",
  "আপু আপনে তো কইছিলেন ওমানে পার্লারের কাজ, মাসে ৪৫ হাজার। এখন ম্যাডাম কয় তিন বাসায় কাজ করা লাগবো, বেতন মাসে ৬০ রিয়াল। কাগজে যা লেখা ছিল কিছুই মিলে না")
F("recruitment_deception", "bn-Latn",
  "Apu tension nio na, visit visa te jaba 3 mash er, oikhane giye company tomar work visa kore dibe. sobai emon e jay. dance troupe er kaj, shudhu hotel er stage e perform, kono kharap kaj na 100% guarantee. amader page fb.com/DubaiStageTroupeBD",
  [("url", "fb.com/DubaiStageTroupeBD")])
F("recruitment_deception", "bn-Latn",
  "bhai apnara bolsilen Bahrain e salon e kaj. ekhane ashchi 2 shoptaho, salon er nam gondho o nai. ekta apartment e 6 ta meye rakhse, boss bole ei kaj i korte hobe, salon pore dekha jabe")
F("recruitment_deception", "bn-Latn",
  "tomar video gula onek sundor 😍 tomar moto meye ra Dubai te dance kore mashe 2 lakh income kore. interest thakle IMO koro 01958-227431. passport lagbe shudhu, baki sob amra kori. family ke ekhon bolar dorkar nai, pore surprise dio 😉",
  [("phone", "+8801958227431")])
F("recruitment_deception", "en",
  "URGENT hiring 5 star hotel Dubai 🇦🇪 Female staff: waitress / hostess / dancer. Salary 3000-4500 AED + tips. Visit visa + ticket by company. No experience, age 18-28, good looking. Send full body photo + passport copy wa.me/971558214407",
  [("whatsapp", "+971558214407")])
F("recruitment_deception", "en",
  "they told me spa job with proper contract. the paper they signed with me in Dhaka is not the one here, this one is in arabic and manager says no fixed salary, only commission from 'guests'")

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "ভিসা টিকেট মেডিকেল সব মিলায়া ৩ লাখ ২০ হাজার খরচ হইছে তোর পিছে। এইটা উসুল না হওয়া পর্যন্ত বেতনের কথা মুখে আনবি না")
F("fees_and_debt", "bn",
  "ভাই আমার মাইয়ারে দুবাই পাঠাইতে দালালরে দেড় লাখ দিছি জমি বন্ধক রাইখা। এখন মাইয়া ফোন দিয়া কয় ওরা আরো এক লাখ চায়, না দিলে কাজ দিবো না। দালালের নাম্বার ০১৫৫২৩১৮৯০৭ বন্ধ",
  [("phone", "+8801552318907")])
F("fees_and_debt", "bn",
  "তোমার ভিসার মেয়াদ শেষ, নতুন ভিসা করতে ৮০০ দিরহাম লাগবে। এইটা তোমার নামে খাতায় থাকবে, প্রতি মাসের ইনকাম থেকে কাটা যাবে। আগেরটাও এখনো শোধ হয় নাই মনে রাইখো")
F("fees_and_debt", "bn-Latn",
  "madam bolse amar dena ekhon 9000 dirham. khana, room, visa renew, sob kichur taka amar nam e likhe rakhe. joto kaj kori dena kome na, aro bare")
F("fees_and_debt", "bn-Latn",
  "processing fee 1 lakh 50 age dite hobe, baki 1 lakh oikhane kaj kore kete nibo. mashe 20 hajar kore katbe 5 mash, tarpor full salary tomar. advance ei bkash e 01639-884215 (personal)",
  [("phone", "+8801639884215")])
F("fees_and_debt", "en",
  "Your sister owes us 4500 OMR for flight, visa, room and food. She works until it is cleared. If you want her back early pay the balance. Call +968 7182 5546 after 10pm only.",
  [("phone", "+96871825546")])
F("fees_and_debt", "en",
  "every month they cut 1200 dirham for room and food and 800 for the visa loan. i got 150 dirham last month after working 30 days. they say loan still 6000 left")
F("fees_and_debt", "en",
  "Registration 25,000 tk (non refundable), visit visa 95,000, air ticket extra. Balance adjusted from first 4 months salary. Girls only. No need BMET card, we handle airport 😊")

# ---- isolation_and_control (bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আমার ফোন নিয়া গেছে, এইটা আরেকটা মেয়ের ফোন লুকায়া দিতেছি। বাইর থেকে তালা দেয়, দরজা খোলে খালি রাইতে। আম্মারে কিছু কইয়ো না, ওরা জানলে সমস্যা")
F("isolation_and_control", "bn",
  "নতুন মেয়েদের পাসপোর্ট আর মোবাইল প্রথম দিনই আমার কাছে জমা দিবা। বাড়িতে কথা বলবে শুক্রবারে, আমার সামনে, স্পিকারে। একা নিচে নামা নিষেধ")
F("isolation_and_control", "bn-Latn",
  "amake akla bahire jaite dey na. market e gele o driver shathe thake. jodi kono vabe paro embassy er number ta pathaio, ami msg delete kore dibo")
F("isolation_and_control", "bn-Latn",
  "IMO te video call dio na apu, shudhu voice. boss room e camera lagaise. ami ekhon bathroom theke likhtesi, 5 min pore phone ferot dite hobe")
F("isolation_and_control", "bn-Latn",
  "barite bolba tumi Dubai te parlour e valo acho, ar kichu bola jabe na. tomar whatsapp amra check kori, mone rakhba. ke ke phone dey list o amar kache ase")
F("isolation_and_control", "en",
  "apa they took my passport at the airport 'for safe keeping' and we sleep in one room 8 girls, door locked from outside. i can only message at night when the guard sleeps")
F("isolation_and_control", "en",
  "New girls don't go out alone first 3 months. Phones stay with Rasel bhai. Family calls once a week from his phone only. Passports in the locker: EF4412876 (Shilpi), rest I will send.",
  [("bd_passport", "EF4412876")])

# ---- labour_exploitation (bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "সকাল ১০টা থেকে রাত ৩টা পর্যন্ত পার্লারে দাঁড়ায়া থাকি, কোনো ছুটি নাই। ৪ মাস হইলো একটা টাকাও দেয় নাই, কয় সব জমা আছে, যাওয়ার সময় একবারে দিবে")
F("labour_exploitation", "bn",
  "দিনে একবার খাবার দেয়, ভাত আর ডাল। অসুখ হইলেও কাজে যাইতে হয়, না গেলে ওই দিনের টাকা কাইটা রাখে")
F("labour_exploitation", "bn-Latn",
  "hotel housekeeping bolse, kintu ek din e 3 ta villa clean kori, 16-17 ghonta. 2 mash off day nai. salary chaile bole tumi to visit visa te, tomar abar salary ki")
F("labour_exploitation", "bn-Latn",
  "amar 5 mash er beton atkay rakhse. madam bole palaile ek poisa o pabi na, thakle dibo. ar ei mash theke rat e o duty. apu amar boner number +973 3621 4408, oke bolen",
  [("phone", "+97336214408")])
F("labour_exploitation", "en",
  "We dance from 9pm to 5am six nights, and in the day we clean the flat and cook for the boss. Salary they are 'keeping safe' since March.")
F("labour_exploitation", "en",
  "No day off, 18 hours, and when I fainted the manager cut that day. 3 of us share one mattress on the floor of the store room")
F("labour_exploitation", "en",
  "i asked for my salary for jan feb march. he said the club didnt pay him so he cant pay us. we still work every night, same hours")

# ---- sexual_exploitation (bn 2, bn-Latn 3, en 3)
F("sexual_exploitation", "bn",
  "গেস্ট আসলে হাসিমুখে রুমে যাবা। মানা করলে ওই রাতের খাবার বন্ধ। এইখানে ড্যান্স খালি নামে, বুঝছো?")
F("sexual_exploitation", "bn",
  "আপা আমারে জোর কইরা কাস্টমারের সাথে পাঠায়, প্রতি রাইতে ৩-৪ জন। আমি এই কাজের জন্য আসি নাই, আমারে বাঁচান আপা")
F("sexual_exploitation", "bn-Latn",
  "new maal ashse BD theke, 19-20 boyosh, fresh 🌸 Deira flat e. rate ekhon 500 dirham full night. booking telegram e @deira_vip_bd",
  [("telegram", "@deira_vip_bd")])
F("sexual_exploitation", "bn-Latn",
  "ami vabsilam shudhu stage e nachbo. ekhon bole customer er table e bosa lagbe, drink khawate hobe, por room e jete hobe. na gele daily fine 200")
F("sexual_exploitation", "bn-Latn",
  "apu ora video call e customer der shamne kapor khulte bole. taka customer dey boss er account e, amra kichu pai na")
F("sexual_exploitation", "en",
  "Bangladeshi girls available in Muscat 🌹 new arrivals ✈️ young, hotel & home service. Contact +968 9412 7730",
  [("phone", "+96894127730")])
F("sexual_exploitation", "en",
  "the 'VIP guest relations' job means clients in the private rooms. we get nothing from it, madam takes all. new girls are booked by photo on insta @manama.nights.vip",
  [("instagram", "@manama.nights.vip")])
F("sexual_exploitation", "en",
  "if you don't go with the client tonight, tomorrow you go to the other flat in Sharjah. you know the girls from there don't come back")

# ---- minors (bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৫ সমস্যা নাই, জন্মনিবন্ধন নতুন কইরা বানায়া দিমু, পাসপোর্টে ২১ আসবো। মায়ের এনআইডি ৪৬১২৮৯০৩৫৭ দিয়া করাইবো। দেখতে তো বড় লাগে",
  [("bd_nid", "4612890357")])
F("minors", "bn",
  "আমার মাইয়া ক্লাস নাইনে পড়ে, টিকটকে কে জানি কইছে দুবাই নিয়া নাচের কাজ দিবো। তিন দিন ধইরা বাড়ি ফিরে নাই, ফোন বন্ধ। শেষ ইমো করছিলো একটা বেটার সাথে এয়ারপোর্ট যাইতেছে")
F("minors", "bn",
  "ছোট মেয়ে বেশি চলে, ১৬-১৭ হইলে রেট ডাবল। পাসপোর্টে বয়স বাড়ায়া নিবা, বাকিটা এয়ারপোর্টে আমাদের লোক আছে")
F("minors", "bn-Latn",
  "tomar boyosh 16 keu jante parbe na. airport e kichu jiggesh korle bolba 22, khalato boner biye te jaccho Dubai. ami sob set kore rakhsi, IMO te thako 01821546093",
  [("phone", "+8801821546093")])
F("minors", "bn-Latn",
  "ei meyeta class 8 e pore kintu dekhte boro. Oman er madam ke chobi pathaisi, uni ok bolse. passport ta age banano lagbe, boyos 20 dia")
F("minors", "en",
  "She is 14 but tall, nobody checks. Passport will say 19, new number A13390572 ready Sunday. Madam in Manama wants young ones for the dance floor.",
  [("bd_passport", "A13390572")])
F("minors", "en",
  "My daughter is 16. The page facebook.com/DubaiBeautyJobsBD took her to Bahrain on a visit visa last month with a passport saying she is 23. Now she cries on the phone and says they won't let her come back",
  [("url", "facebook.com/DubaiBeautyJobsBD")])

# ---- payments_and_proceeds (bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "আজকের কাস্টমারের টাকা ৩ ভাগে পাঠাও: ০১৮১৩৪৫৬৭২০ বিকাশে ২০ হাজার, ০১৯৬৭২২৪৫৮১ নগদে ১৫ হাজার, বাকিটা হুন্ডিতে। স্লিপের ছবি ইমোতে দিবা, মেয়েদের হাতে কিছু দিবা না",
  [("phone", "+8801813456720"), ("phone", "+8801967224581")])
F("payments_and_proceeds", "bn",
  "দুবাই থেকে মেয়েদের কামাই ভাইয়ের কাছে আসে হুন্ডিতে, আমি এইখানে ৫টা এজেন্ট দিয়া ক্যাশ আউট করাই। এক একাউন্টে দিনে ৫০ হাজারের বেশি না, তাইলে ধরা খাওয়ার ভয় নাই")
F("payments_and_proceeds", "bn",
  "সুমির দুবাই পার্লারের কাজের অ্যাডভান্স ৬০ হাজার পাইছি, TrxID 9KD4XM2QLA। বাকি টাকা ফ্লাইটের আগে। মেয়ের মারে কইবেন এইটা এজেন্সির ফি, রিসিট দেওয়া যাবে না",
  [("mfs_transaction", "9KD4XM2QLA")])
F("payments_and_proceeds", "bn-Latn",
  "madam er customer payment sob amar bkash personal e ashe 01742118906, ami protidin nijer bhag kete baki pathai. meyera kichui pay na, oder bola ache 'salary jomche'",
  [("phone", "+8801742118906")])
F("payments_and_proceeds", "bn-Latn",
  "ekhon theke USDT tron e pathaba, cash e na: " + TRON1 + " . girls der weekly collection ekhane. bkash e ar pathaio na, 2 ta account block hoye gese",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "bhai Rupa r visit visa er 30k pathaisi nagad e TxnID 7HQ2KD9P. baki 1 lakh kalke bkash e. apni bolsilen salary shuru holei kete niben, shei hishab ta WhatsApp e diyen",
  [("mfs_transaction", "7HQ2KD9P")])
F("payments_and_proceeds", "en",
  "Send this week's earnings from the Bur Dubai flat to the BTC wallet " + BTC1 + " not bkash anymore. Rana will split it in Dhaka, girls' share stays with madam.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Received for 3 girls visit visa: 2,85,000 tk via bKash TrxID BHT61KQ9ZD. They fly Friday. Their 'parlour salary' comes to our account first, we pay them pocket money.",
  [("mfs_transaction", "BHT61KQ9ZD")])

# ---- threats_and_coercion (bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "পালানোর চিন্তা করলে তোর ওই ভিডিওগুলা তোর এলাকার সব ফেসবুক গ্রুপে যাবে। তোর বাপ মা আর মুখ দেখাইতে পারবো না, বুইঝা চলিস")
F("threats_and_coercion", "bn",
  "তোমার ভিসা শেষ, পুলিশের কাছে গেলে ওরা তোমারেই জেলে ভরবো। আমি না চাইলে দেশে ফেরত যাইতে পারবা না। চুপচাপ কাজ করো")
F("threats_and_coercion", "bn-Latn",
  "tor maa ke amra chini, Kishoreganj er kon bari seta o jani. beshi kotha bolle tor chhoto bhai er khobor ashbe, bujhli")
F("threats_and_coercion", "bn-Latn",
  "kal rate je meye ta palaite chaisilo tar obostha dekhso? belt er dag ekhono ase. tumi o chaile dekhte paro")
F("threats_and_coercion", "en",
  "You are nobody here. One call from me and immigration puts you in Al Awir jail, then deported with ban. Think about your mother before you do anything.")
F("threats_and_coercion", "en",
  "If you talk to that journalist again we will send your pictures to your husband and his family in Sylhet.")
F("threats_and_coercion", "en",
  "Absconding case already written in your name. Your passport B00731562 is with me. Come back to the flat tonight or I submit it tomorrow morning, then no one can help you.",
  [("bd_passport", "B00731562")])

# ================================================================ OK
# news
N("news", "en",
  "Dhaka, Dec 3: RAB arrests two for trafficking women to Dubai with TikTok 'dance job' offers; six rescued from a Deira flat, RAB-3 says.")
N("news", "bn",
  "টিকটকে নাচের চাকরির প্রলোভনে দুবাইয়ে পাচার: চক্রের মূলহোতা গ্রেপ্তার। সিআইডি জানায়, চক্রটি গত দুই বছরে অন্তত ৫০ তরুণীকে ভিজিট ভিসায় পাঠিয়েছে।")
N("news", "bn",
  "ওমান থেকে ফিরলেন ১২ নারী কর্মী, বিমানবন্দরে স্বজনদের কান্না। ব্র্যাক মাইগ্রেশন প্রোগ্রাম তাঁদের জরুরি সহায়তা দিয়েছে।")
N("news", "en",
  "Bahrain police bust trafficking ring, nine Asian women freed; Bangladesh embassy says its nationals among them will be repatriated this week.")
N("news", "en",
  "Court update: bail rejected for the Uttara agency owner accused of sending 14 women to Oman with fake job letters. Next hearing 12 Jan.")
N("news", "bn",
  "সিআইডির বিশেষ পুলিশ সুপার জানান, ডিজিটাল হুন্ডির সঙ্গে জড়িত ২৩০টি এমএফএস অ্যাকাউন্ট জব্দ করা হয়েছে। এজেন্টদের নজরদারিতে রাখা হয়েছে।")
N("news", "bn-Latn",
  "breaking dilam group e: Sharjah theke 4 jon Bangladeshi meye uddhar, embassy shelter e ase. details 7 tay, source police er PRO")
# awareness
N("awareness", "bn",
  "সচেতনতা: ভিজিট ভিসায় বিদেশে চাকরি হয় না। কেউ পার্লার বা হোটেলে চাকরির কথা বলে ভিজিট ভিসায় নিতে চাইলে রাজি হবেন না, জাতীয় জরুরি সেবা ৯৯৯-এ জানান।")
N("awareness", "en",
  "Never hand your passport to a 'boss' or an agent. It is your property. If anyone abroad takes it, contact the embassy labour wing at +971 50 918 2264.",
  [("phone", "+971509182264")])
N("awareness", "bn-Latn",
  "Bon ra, TikTok e keu jodi Dubai te dance er kaj, mashe 2 lakh bole inbox kore, sathe sathe block koro. bhalo chakri kokhono inbox e ashe na. share koro plz 🙏")
N("awareness", "bn",
  "পাসপোর্ট, এনআইডি বা জন্মনিবন্ধনের কপি অপরিচিত কাউকে ইনবক্সে পাঠাবেন না। বয়স বাড়িয়ে পাসপোর্ট করা দণ্ডনীয় অপরাধ।")
N("awareness", "en",
  "Workshop tomorrow in Jashore: how recruiters use IMO and Facebook groups to target girls under 18. Speakers from BNWLA and the district counter-trafficking committee.")
N("awareness", "en",
  "Is the job real? ✔ employment visa, not visit visa ✔ licensed agency (check the list on http://www.bmet.gov.bd) ✔ written contract in Bangla ✔ you keep your own passport.",
  [("url", "http://www.bmet.gov.bd")])
N("awareness", "en",
  "A birth certificate cannot be 'corrected' to raise a child's age for a passport. If an agent offers this, report it to the UNO office or call 999.")
N("awareness", "bn-Latn",
  "amader union e uthan boithok hobe Shonibar, bishoy: bideshe nari kormi pathano r dalal theke sabdhan. maa ra onek beshi asben, cha nasta thakbe")
# official
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: সৌদি আরবে নারী গৃহকর্মীদের অভিবাসন ব্যয় শূন্য; কোনো এজেন্সি টাকা চাইলে অভিযোগ করুন। বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া বিদেশ যাওয়া যাবে না।")
N("official", "en",
  "M/s Al-Noor Overseas (RL-1287): hospital cleaners for Oman, female 22-35. Salary 120 OMR + food + accommodation. Govt-fixed migration cost Tk 1,07,780, paid by bank only, receipt given. Employment visa only, BMET registration mandatory. www.alnooroverseas.com.bd",
  [("url", "www.alnooroverseas.com.bd")])
N("official", "bn-Latn",
  "amra kono visit visa te kaj dei na. sob kaj employment visa, BMET smart card soho. kono dalal er shathe lenden korben na, office e eshe receipt niye taka diben. jogajog 01711-902345 (Purana Paltan office)",
  [("phone", "+8801711902345")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস: বিদেশগামী নারী কর্মীদের ৩০ দিনের হাউসকিপিং প্রশিক্ষণ শুরু ১৫ জানুয়ারি। পাসপোর্ট ও এনআইডির ফটোকপি আনতে হবে। যোগাযোগ: ০১৭৩০-৩৩৪৫২১",
  [("phone", "+8801730334521")])
# receipts
N("receipt", "bn",
  "আপনার বিকাশ অ্যাকাউন্টে ১৫,০০০ টাকা এসেছে ০১৭১৫৫৬২৩৪০ থেকে। TrxID CKL8PZ47RA। ব্যালেন্স ১৮,২৫০.৭৫ টাকা।",
  [("phone", "+8801715562340"), ("mfs_transaction", "CKL8PZ47RA")])
N("receipt", "en",
  "Cash In Tk 5,000.00 from 01829384756 successful. Fee Tk 0.00. Balance Tk 7,340.50. TxnID 72MHD8KQ. Nagad",
  [("phone", "+8801829384756"), ("mfs_transaction", "72MHD8KQ")])
N("receipt", "bn-Latn",
  "ammu 10 hajar pathalam bkash e, TrxID AH35KQ82PL. abbar oshudh ar bajar koro. ami Dubai te valo achi, parlour e kaj valo cholche, tension nio na",
  [("mfs_transaction", "AH35KQ82PL")])
N("receipt", "bn-Latn",
  "Apu Nagad e 2000 pathaisi, TxnID 5RT8MW2C. parlour course er admission fee ta diye dio, ami porer shoptahe class e jabo",
  [("mfs_transaction", "5RT8MW2C")])
# family
N("family", "bn",
  "আম্মু পাসপোর্ট অফিসে আজকে ছবি তোলা লাগবে, আব্বার এনআইডি ৫৫১২৭৬৩৯৮০ এর ফটোকপিটা নিয়া আসিও। সামনের বছর হজে যাইতে হইলে এখনই করা লাগবো",
  [("bd_nid", "5512763980")])
N("family", "bn-Latn",
  "Mama, Nila re Dubai te biye dite chai na ami. chele naki oikhane parlour er business kore, amra to kichui chini na. age bhalo kore khoj nen")
N("family", "en",
  "Passport renewal done! New one is A09876543, e-passport now. Can you book the Muscat tickets for Eid, we're visiting Chachu.",
  [("bd_passport", "A09876543")])
N("family", "bn",
  "ছোট বোনের বিয়ার জন্য ৫০ হাজার টাকা ধার লাগবো, দুবাই থেকে ভাইয়া পাঠাইবো কইছে সামনের মাসে, তখন ফেরত দিমু ইনশাআল্লাহ")
N("family", "bn",
  "মেয়ের জন্য পাত্র খুঁজতেছি, ছেলে ওমানে থাকে, ইঞ্জিনিয়ার। বিয়ার পর মেয়েরেও নিয়া যাবে ফ্যামিলি ভিসায়। তোমরা কোনো খোঁজ জানো ছেলের ব্যাপারে?")
N("family", "bn-Latn",
  "bhabi, Sumi er boyosh 17, biye ekhon na. HSC ta shesh koruk. Kuwait er chele ta ashle bolbo 2 bochor wait korte")
N("family", "bn-Latn",
  "ammu passport ta almari te rekhe dio, ami Chittagong theke ashle Nepal trip er visa er jonno lagbe. kauke dio na kintu")
N("family", "en",
  "Apu don't worry, I checked the Bahrain agency your cousin mentioned, it's on the BMET list and the fee matches the government rate. Still tell her to keep her passport herself.")
# jokes
N("joke", "bn-Latn",
  "amar boss bole meeting e ashle phone joma dite hobe 😂 ami bolsi apni ki Dubai er dalal naki bhai")
N("joke", "en",
  "Mom took my phone again because I was on TikTok till 3am. Confiscation of communication devices, I'm reporting her to the ILO 😭")
N("joke", "bn",
  "আমার নাচ দেখলে দুবাইর হোটেল মালিক উল্টা টাকা দিয়া দেশে ফেরত পাঠাইবো 🤣")
N("joke", "en",
  "Editor: if I see one more 'Dubai dream job' screenshot in this group I'm moving to Oman myself as a belly dancer.")
# worker content
N("worker_content", "en",
  "Three years at the hotel in Muscat now, housekeeping supervisor. Got my raise and my annual leave ticket, coming home 14 Jan. Alhamdulillah, good company.")
N("worker_content", "bn",
  "আপু আমি বাহরাইনের সেলুনে ভালো আছি, আমার পাসপোর্ট আমার কাছেই, মাসে ১৮০ দিনার পাই, শুক্রবার ছুটি। আম্মারে কইয়েন চিন্তা না করতে")
N("worker_content", "bn-Latn",
  "ami Dubai te beauty salon e 2 bochor, employment visa, ID card ase. boss valo, overtime korle extra dey. tui ashle agency diye ashbi, visit visa te na")
N("worker_content", "bn",
  "বাবা টাকা পাঠাইছি, ইমোতে ছবি দেখো। ছোটনের স্কুলের বেতন দিয়া দিও। সামনের মাসে ছুটি পাইলে বাড়ি আসমু")
N("worker_content", "en",
  "Day off today 😊 went to the Corniche with the girls from the salon. Boss gave us Eid bonus 100 riyal each.")
# chatter (newsroom, friends)
N("chatter", "bn-Latn",
  "Rupa, tomar Dubai dance bar er report ta kal front page e jabe, lawyer ekbar dekhe nibe. victim der nam, jela kichu dibo na, ok?")
N("chatter", "en",
  "Can someone on the desk call the mother in Narsingdi again? Her daughter is home now and she wants the interview moved to next week.")
N("chatter", "bn-Latn",
  "dost Dubai trip e jaccho visit visa te? desert safari ar belly dance show ta miss korio na, ticket 180 dirham")
N("chatter", "bn",
  "হোটেল ম্যানেজমেন্ট ডিপ্লোমা শেষ, ভাবতেছি দুবাইয়ের হোটেলে অ্যাপ্লাই করবো। লিংকডইনে দেখলাম একটা চেইন হোটেলে জব আছে, ইন্টারভিউ অনলাইনে")
N("chatter", "en",
  "Beauty parlour training course, 3 months, Mirpur 10. Course fee 6,500 tk. Certificate from Youth Development. Women only. Call 01913-457802",
  [("phone", "+8801913457802")])
N("chatter", "bn-Latn",
  "TikTok e amar dance video 1M view hoise!!! 😍 ekta lipstick brand collab er offer ashse, agreement e ammu sign korbe")
N("chatter", "bn",
  "আজকে প্রেস ক্লাবের সামনে মানববন্ধন, বিদেশে নারী কর্মী নির্যাতনের বিচার চাই। ৩টায় আসো, ক্যামেরা নিয়া")
N("chatter", "bn-Latn",
  "Apu apnar oi Bahrain er report ta porlam, bhoy lagse. amar cousin o ekta Facebook page e apply korsilo, facebook.com/BahrainSalonJobs.BD, ami take bolsi age BMET e check korte",
  [("url", "facebook.com/BahrainSalonJobs.BD")])
N("chatter", "bn-Latn",
  "vai hotel booking confirm, Manama te 3 raat. conference er invitation letter email e pathaisi rahim.travels.bd@gmail.com e, check koro",
  [("email", "rahim.travels.bd@gmail.com")])
N("chatter", "en",
  "Hi! Saw your make-up videos, we're a Gulshan bridal studio looking for a freelance artist for wedding season. 4-6k per event. Portfolio to hr.glowstudio@outlook.com",
  [("email", "hr.glowstudio@outlook.com")])
N("chatter", "bn",
  "দুবাই প্রবাসী বাংলাদেশী কমিউনিটির বিজয় দিবস সাংস্কৃতিক সন্ধ্যা: নাচ, গান, কবিতা। শিশুদের নৃত্য পরিবেশনা থাকবে, সবাই পরিবার নিয়ে আসুন।")
# everyday (not hard)
N("everyday", "bn-Latn", "kal office e ashbo na, jor ashse. edit gula bashay boshe kore dibo", hard=False)
N("everyday", "en", "Lunch? The bhorta place near Karwan Bazar, 1:30", hard=False)
N("everyday", "bn", "আজকে যা জ্যাম, দুই ঘণ্টা লাগলো মহাখালী পার হইতে", hard=False)
N("everyday", "bn-Latn", "ei shoptahe movie dekhte jabi? Bashundhara te notun ta ashse", hard=False)
N("everyday", "en", "Your Daraz order #4471 has been shipped and will arrive in 2-3 days.", hard=False)
N("everyday", "bn", "শুভ জন্মদিন আপু! আল্লাহ তোমারে ভালো রাখুক ❤️", hard=False)
N("everyday", "bn-Latn", "tea break? 4th floor e ashen", hard=False)
N("everyday", "bn", "বৃষ্টি হবে মনে হয়, ছাতা নিয়া বাইর হইও", hard=False)
N("everyday", "bn-Latn", "net ta bar bar cut hocche, router restart dilam", hard=False)


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
    random.Random(151).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev151-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
