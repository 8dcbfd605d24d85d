"""Blind evaluation set dev149 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a child-protection officer of an NGO in Satkhira and Jashore near the India border, reading phones of girls and boys taken or nearly taken across the border for "work" in Kolkata, Mumbai or Pune (domestic work, hotels, dance bars), plus school, family and love-chat messages.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev149.jsonl"
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


BTC1 = btc("dev149-btc-1")
TRON1 = tron("dev149-tron-1")
ETH1 = eth("dev149-eth-1")

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

# ---- recruitment_deception (8: bn3, bn-Latn3, en2)
F("recruitment_deception", "bn", "কলকাতায় এক বাবুর বাড়িতে শুধু বাচ্চা দেখাশোনা, মাসে ১২ হাজার রুপি, থাকা খাওয়া ফ্রি। পাসপোর্ট লাগবে না, বর্ডার আমাগো লোক পার করায় দিবে। রাজি থাকলে রুমা খালারে ফোন দিস ০১৯৩৮৭২৪৫১০",
  [("phone", "+8801938724510")])
F("recruitment_deception", "bn", "আপু এখানে আইসা দেখি কোনো পার্লার নাই। রুমি আপা বলছিল বিউটি পার্লারে কাজ শিখাবে, এখন হোটেলে রাতের ডিউটি দেয়, কী কাজ সেইটাও ঠিকমতো বলে না")
F("recruitment_deception", "bn", "ভাই বলছিল পুনের ফ্যাক্টরিতে প্যাকিংয়ের কাজ, ৮ ঘণ্টা ডিউটি, মাসে ১৫ হাজার। এখন রাখছে এক হোটেলের কিচেনে, বেতনের কথা তুললে কয় আগে কাজ শিখ")
F("recruitment_deception", "bn-Latn", "Mumbai te ekta mishtir dokan e kaj, 15 hajar rupee mashe, thaka khawa free. tui shudhu Benapole porjonto chole ay, baki amra dekhbo. kono kagoj lagbe na. IMO te call dis 01768 234 905",
  [("phone", "+8801768234905")])
F("recruitment_deception", "bn-Latn", "sona tomake Kolkatay giye biye korbo, okhane amar mamar boro business, tomake rani kore rakhbo. tumi shudhu kal bhore Kalaroa bus stand e esho, bag e beshi kichu nio na")
F("recruitment_deception", "bn-Latn", "didi bolechilo hotel e receptionist er kaj, computer e boshe thakbo. ekhane eshe dekhi hotel e kono reception e nai, amader ghor theke ber hote dey na, shudhu raat e dake")
F("recruitment_deception", "en", "Urgent need girls 18-25 for house work with good Kolkata families. Salary 10000 INR, food + stay free, no passport needed, crossing arranged by our man. Contact Salma apa 01783 456 219",
  [("phone", "+8801783456219")])
F("recruitment_deception", "en", "He told abba I'd be studying at a madrasa in Kolkata and helping in his shop after class. There is no madrasa. I wash plates at a dhaba from 6 in the morning")

# ---- fees_and_debt (7: bn3, bn-Latn2, en2)
F("fees_and_debt", "bn", "ঘাট পার করার খরচ ২৫ হাজার, আধার কার্ড বানাইতে ৮ হাজার, রাস্তার খরচ সব মিলা তোর নামে ৪০ হাজার দেনা। প্রথম চার মাসের বেতন মালিক কাইটা রাখবে")
F("fees_and_debt", "bn", "আম্মু ওরা বলে আমার উপর এখনো ৩০ হাজার টাকা বাকি। যতদিন শোধ না হয় বাড়ি যাইতে দিবে না। খাওয়ার টাকা, সাবানের টাকাও কাইটা নেয়")
F("fees_and_debt", "bn", "লাইনম্যানরে আগে ১০ হাজার দিতে হবে, বাকিটা মেয়ে কাজে ঢুকলে ওর বেতন থেকে আমরা তুইলা নিবো। মেয়ের বাপ মায়ের কাছে এখন কিছু চাইবা না, সন্দেহ করবে")
F("fees_and_debt", "bn-Latn", "tor hishab de: border 20k, Kolkata theke Pune train 6k, room bhara 2 mash 8k. mot 34 hajar. kaj kore shodh kor, tarpor baki kotha. bari theke kichu dite parle 01876 342 119 e bkash kor",
  [("phone", "+8801876342119")])
F("fees_and_debt", "bn-Latn", "bhaiya 6 mash kaaj korlam, ekhono bole loan shesh hoy nai. protidin notun fine lagay, glass bhanle 500, ghum theke deri hole 200. ei hishab kobe sesh hobe")
F("fees_and_debt", "en", "Madam says the 50,000 rupees she paid Rakib for me is my debt now. I have to work it off in the house, no salary till it's cleared, and she adds something every month")
F("fees_and_debt", "en", "We need 15000 taka before she crosses, send to bKash 01822 671 340. The rest gets cut from her pay in Mumbai over 6 months. If she runs before that the family pays double",
  [("phone", "+8801822671340")])

# ---- isolation_and_control (8: bn3, bn-Latn3, en2)
F("isolation_and_control", "bn", "ফোন রাইখা দিছে, সপ্তাহে একবার মালকিনের ফোন থেকে ২ মিনিট কথা বলতে দেয়, পাশে দাঁড়ায় থাকে। লুকায় বাবুর্চির ফোন থেকে লিখতেছি, কাউরে বলিস না")
F("isolation_and_control", "bn", "সকালে বাইরে থেকে তালা মাইরা যায়। জানালা দিয়া শুধু রাস্তা দেখি। কোন জায়গা এইটা জানি না, আশেপাশে কেউ বাংলা বলে না")
F("isolation_and_control", "bn", "মেয়েটারে কারো সাথে কথা বলতে দিবা না। বাড়ির লোক ফোন করলে বলবা ভালো আছে, কাজে ব্যস্ত। ওর সিমটা ভাইঙ্গা ফালাও")
F("isolation_and_control", "bn-Latn", "amader 6 jon ke ekta ghore rakhse, baire jaowa nishedh. bazar e gele dada shathe jay. ami janina eta Kolkata er kon para")
F("isolation_and_control", "bn-Latn", "ma ke bolish na ami kothay. uni bole ma ke bolle police amake dhorbe. ekhane keu amar ashol naam jane na, notun naam diyeche Priya")
F("isolation_and_control", "bn-Latn", "phone ta amar kache thakbe, raat e 5 minute dibo shudhu tor ma er number e. pasher barir meyeder shathe kotha bolbi na, chhade uthbi na")
F("isolation_and_control", "en", "They took my phone and Aadhaar at Howrah station, said for safe keeping. I'm writing from the cook's phone. Please don't call back on this, he'll get in trouble")
F("isolation_and_control", "en", "Keep the two Satkhira girls in the back room till Monday. No phone, no visitors, nobody goes to the roof. Their passports EB0472913 and EB0561208 stay in my drawer. Babu will take them to the station himself",
  [("bd_passport", "EB0472913"), ("bd_passport", "EB0561208")])

# ---- labour_exploitation (7: bn2, bn-Latn3, en2)
F("labour_exploitation", "bn", "ভোর ৫টায় উঠি, রাত ১টায় শুই। তিনটা ফ্ল্যাটের কাজ করায়। খাওয়া দেয় একবার, বাসি ভাত। ছয় মাস হইলো এক টাকাও হাতে পাই নাই")
F("labour_exploitation", "bn", "বেতন মালিক নিজের কাছে জমা রাখে, বলে বাড়ি যাওয়ার সময় একসাথে দিবে। ছুটি নাই, জ্বর হইলেও ঘর মুছতে হয়")
F("labour_exploitation", "bn-Latn", "hotel er kitchen e 16 ghonta kaaj, shui kitchen er floor e. 3 mash holo taka dey nai, bole agey kaaj shikh")
F("labour_exploitation", "bn-Latn", "amra 12 ta chhele ek ghore thaki zari er karkhana te. sokal 7 ta theke raat 12 ta. shudhu dupure khabar dey. salary chaile bole pore pore")
F("labour_exploitation", "bn-Latn", "Pune te site e kaaj. weekly off nai, malik bole Bangladeshi der chhuti lage na. 2 mash er payment atke rakhse jate palai na")
F("labour_exploitation", "en", "Memsaab says my wages go to Rakib uncle directly and he sends to my mother. But Ma says she got nothing since Puja. I work all day and sleep on the kitchen floor")
F("labour_exploitation", "en", "No day off since I came in March. I eat after everyone eats, whatever is left. Baby cries at night so I don't sleep. She says if I complain she'll cut my pay")

# ---- sexual_exploitation (8: bn2, bn-Latn3, en3)
F("sexual_exploitation", "bn", "নতুন দুইটা মাল আসছে বর্ডার পার হয়ে, বাংলা ছাড়া কিছু বোঝে না। আজ রাতে দেখাইতে পারবো, রেট আগের মতোই, রুম আমার। হোয়াটসঅ্যাপ 9051233874",
  [("phone", "+919051233874")])
F("sexual_exploitation", "bn", "প্রতি রাতে ৪-৫ জন লোক পাঠায়। না বললে খাওয়া বন্ধ। টাকা সব দিদির কাছে যায়, আমি একটা পয়সাও দেখি না। আমারে এইখান থেকে বাইর করো আপা")
F("sexual_exploitation", "bn-Latn", "Mumbai bar e naachte hobe, tip er taka tor. kintu customer room e nite chaile na bolte parbi na, eta ekhankar niyom. Instagram e @mumbai_nights_bd dekh, ora o shuru te emon chilo",
  [("instagram", "@mumbai_nights_bd")])
F("sexual_exploitation", "bn-Latn", "Sonagachi te ekta ghore rakhse. mashi bole 2 lakh diye kinse amake, shodh na howa porjonto lok nite hobe")
F("sexual_exploitation", "bn-Latn", "boss bolse aaj theke spa te kaaj, massage er shathe extra service dite hobe. customer kharap korle amake bolbi na, taka boss nibe")
F("sexual_exploitation", "en", "Bangladeshi new girls just came, fair, shy, don't speak Hindi. 3000/hr, 8000 full night. Ask for Raju wa.me/919831204567",
  [("whatsapp", "+919831204567")])
F("sexual_exploitation", "en", "He said it's a hotel job but every night he brings men to my room. He keeps the money. I want to go home")
F("sexual_exploitation", "en", "New in town ✈️👑 sweet Bengali girl, hotel visit only, Pune Koregaon Park, call or WhatsApp +91 70209 88431",
  [("phone", "+917020988431")])

# ---- minors (8: bn3, bn-Latn2, en3)
F("minors", "bn", "মেয়ের বয়স ১৪, কিন্তু কাগজে ১৮ লিখে দিবো। আধার কার্ডে বয়স বাড়ায় দিলে ওইপারে কেউ কিছু বুঝবে না। ছবি পাঠায় দেন ০১৭৭৩৪৬৯১০২ নাম্বারে",
  [("phone", "+8801773469102")])
F("minors", "bn", "ক্লাস এইটে পড়ি। বলছিল কলকাতায় স্কুলে ভর্তি করায় দিবে আর বিকালে একটু কাজ। এখন সারাদিন বাসার কাজ, স্কুল তো দূরের কথা, বইও আনতে দেয় নাই")
F("minors", "bn", "ছোট মেয়ে চাই বাসার কাজে, ১২-১৩ বছর হইলে ভালো, বেশি কথা কয় না, মানায় নেয়। ফ্যামিলিরে এককালীন ৫ হাজার দিবো")
F("minors", "bn-Latn", "choto chele duita lagbe Mumbai er hotel e, 12-14 boyosh, thaka khawa, baba ma ke mashe 3 hajar pathabo. SSC diye ki korbe, kaaj shikhuk. contact 01647 553 208",
  [("phone", "+8801647553208")])
F("minors", "bn-Latn", "amar boyosh 15, school dress e chilam jokhon amake gari te tulse. ekhon Bongaon er ekta barite, ora bole ami naki ekhon theke ekhanei kaaj korbo")
F("minors", "en", "Need young girls under 16 for bar dancing in Mumbai, good money, age papers arranged, send photo first to Telegram @mumbai_bar_jobs",
  [("telegram", "@mumbai_bar_jobs")])
F("minors", "en", "The two boys from Kalaroa are 11 and 13. Put them at the embroidery unit and tell anyone who asks they're the owner's nephews")
F("minors", "en", "I'm in class 7. Apu said we're going to Kolkata for a wedding but now they say I have to stay and work at this lady's house. I want to sit for my exam")

# ---- payments_and_proceeds (7: bn2, bn-Latn2, en3)
F("payments_and_proceeds", "bn", "মেয়ের ঘাটের টাকা বিকাশ কইরা দিছি ০১৮২৩৪৫৬৭৮৯ এ, TrxID 9BK4TZ7QLM। বাকি টাকা মেয়ে বর্ডার পার হইলে",
  [("phone", "+8801823456789"), ("mfs_transaction", "9BK4TZ7QLM")])
F("payments_and_proceeds", "bn", "কলকাতা থেকে হুন্ডিতে টাকা আসবে, সাতক্ষীরার এজেন্ট নগদে ভাইঙ্গা ভাইঙ্গা দিবে, এক নাম্বারে ২০ হাজারের বেশি না। এজেন্টের সিম ওর চাচার এনআইডি ৮২৩৫৬১৯০৪৭ দিয়া তোলা। মেয়ের মায়েরে বলবা এইটা বেতন",
  [("bd_nid", "8235619047")])
F("payments_and_proceeds", "bn-Latn", "Raju da 4 ta meyer payment pathaise, 1.2 lakh. tin ta bkash number e bhag kore ne, ek number e beshi rakhbi na. 01912 334 578, 01715 889 042",
  [("phone", "+8801912334578"), ("phone", "+8801715889042")])
F("payments_and_proceeds", "bn-Latn", f"customer er taka sob USDT te nibi ei address e {TRON1} . meyeder hate cash rakhbi na, ekta paisa o na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Payment for the two girls received via Nagad, TxnID 7HQ2M5XK. Send the balance to the same number 01634 208 917 after delivery in Kolkata",
  [("mfs_transaction", "7HQ2M5XK"), ("phone", "+8801634208917")])
F("payments_and_proceeds", "en", f"Bookings paid in BTC only. Send to {BTC1} and screenshot to @kolkata_nightqueen on Telegram",
  [("btc_address", BTC1), ("telegram", "@kolkata_nightqueen")])
F("payments_and_proceeds", "en", "Her salary comes to my account, not hers. Send the mother 3000 a month from bKash 01958 201 336 and tell her that's all, rest I keep for the girl's 'expenses'",
  [("phone", "+8801958201336")])

# ---- threats_and_coercion (7: bn2, bn-Latn2, en3)
F("threats_and_coercion", "bn", "পালানোর চেষ্টা করলে পুলিশে দিমু, বাংলাদেশি বইলা জেলে পঁচবি। এইখানে কেউ তোরে চিনবে না, কেউ ছাড়াইতেও আসবে না")
F("threats_and_coercion", "bn", "তোর ছোট বোন কোন রাস্তা দিয়া স্কুলে যায় আমরা জানি। মুখ খুললে ওরেও এইখানে নিয়া আসমু")
F("threats_and_coercion", "bn-Latn", "tor chobi gula amar kache ache. ghore phone dile oi video tor abba ke pathabo, tor insta @nodi_khushi_15 er shob follower o dekhbe",
  [("instagram", "@nodi_khushi_15")])
F("threats_and_coercion", "bn-Latn", "kalke belt diye marse karon ami ma ke phone korte chaisilam. bole abar korle gorom pani dhele dibe")
F("threats_and_coercion", "en", "If you say anything to the BSF guys at the checkpost you know what happens to your brother. Just say you're going to your aunt's")
F("threats_and_coercion", "en", "Madam hit me with the rolling pin because the rice burned. Said next time she'll call police and they'll lock me up as an illegal Bangladeshi")
F("threats_and_coercion", "en", "You ran once, you won't run again. I sold your papers. Without me you're nobody here, no name, no country")

# ================================================================ OK
# ---- bn (20)
N("news", "bn", "সাতক্ষীরার কলারোয়া সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালালের বিরুদ্ধে মানবপাচার আইনে মামলা হয়েছে।")
N("awareness", "bn", "অভিভাবকদের প্রতি অনুরোধ: কলকাতায় ভালো কাজের লোভ দেখিয়ে কেউ আপনার মেয়েকে নিতে চাইলে সাথে সাথে ইউনিয়ন পরিষদ বা ১০৯ নম্বরে জানান। অপরিচিত কাউকে সন্তানের জন্ম নিবন্ধন বা ছবি দেবেন না।")
N("family", "bn", "আম্মু আমার পাসপোর্ট (BL0938475) আলমারির উপরের তাকে রাখছি, আব্বুরে বলো নভেম্বরে ভেলোর যাওয়ার আগে মেয়াদটা দেখে নিতে",
  [("bd_passport", "BL0938475")])
N("receipt", "bn", "আপনি ৳৫,০০০ সেন্ড মানি করেছেন ০১৭৪৫৬৭৮৯১২ নাম্বারে। TrxID 8DF3KQ1W2P। ব্যালেন্স ৳১২,৩৪০.৫০। সময় ১২/০৩/২০২৬ ১৪:২২",
  [("phone", "+8801745678912"), ("mfs_transaction", "8DF3KQ1W2P")])
N("worker_content", "bn", "খালা আমি ভালো আছি, ঢাকার গার্মেন্টসে ওভারটাইম সহ ১৪ হাজার পাই। শুক্রবার ছুটি, গত সপ্তাহে আপার সাথে চিড়িয়াখানা গেছিলাম")
N("chatter", "bn", "জান তুমি কাল কলেজের গেটে আসবা? আম্মু বলছে বিয়ের কথা আব্বুর সাথে বলবে ঈদের পর, টেনশন নিও না")
N("official", "bn", "বেনাপোল স্থলবন্দর: বৈধ পাসপোর্ট ও ভিসা ছাড়া সীমান্ত অতিক্রম দণ্ডনীয় অপরাধ। ভ্রমণ কর সোনালী ব্যাংকের বুথে জমা দিয়ে রসিদ সংরক্ষণ করুন।")
N("joke", "bn", "মা বলে পড়া না পড়লে তোরে কলকাতায় কাজের লোক বানায় পাঠায় দিমু 😂 আমি বলছি যাও, অন্তত ওইখানে অংক নাই")
N("family", "bn", "ভাইয়া পুনেতে গিয়ে কেমন আছো? শুনলাম ট্রেনিং শেষ হলে সফটওয়্যার কোম্পানিতে জয়েন করবা, আব্বু খুব খুশি")
N("news", "bn", "যশোরে পাচারকারী চক্রের দুই সদস্য গ্রেপ্তার, ভারত থেকে ফেরত আসা পাঁচ নারীর জবানবন্দি নিয়েছে পুলিশ")
N("awareness", "bn", "কিশোরী ক্লাবের আজকের সেশন: কেউ যদি বলে 'কাউকে বলিস না, চুপচাপ চলে আয়' - সেটাই বিপদের সংকেত। বিশ্বাসী কোনো বড়কে জানাও।")
N("chatter", "bn", "আজ কোচিংয়ে স্যার আসে নাই, সবাই মিলে ফুচকা খাইলাম। কাল ম্যাথ পরীক্ষা ভুলিস না", hard=False)
N("family", "bn", "তোর বিয়ের জন্য জমানো টাকা থেকে ২০ হাজার তুলছি, চিকিৎসার জন্য কলকাতা যাইতে হবে, ডাক্তার দেখায় এক সপ্তাহে ফিরা আসবো")
N("worker_content", "bn", "আপা এই বাসায় ভালো রাখে, নিজের মোবাইল আছে, মাসে একদিন বাড়ি যাই। বেতন সরাসরি আম্মার বিকাশে যায়, আম্মা নিজে তোলে")
N("official", "bn", "বিদ্যালয়ের নোটিশ: অষ্টম শ্রেণির বৃত্তি পরীক্ষার ফরম পূরণের শেষ তারিখ ২০ জুলাই। জন্ম নিবন্ধন সনদের কপি জমা দিতে হবে।")
N("receipt", "bn", "ক্যাশ ইন সফল। পরিমাণ ৳৩,০০০। এজেন্ট: ০১৯৮৭৬৫৪৩২১। ট্রানজেকশন আইডি: 73KD9F2A। ধন্যবাদ, নগদ",
  [("phone", "+8801987654321"), ("mfs_transaction", "73KD9F2A")])
N("chatter", "bn", "বৃষ্টি হইলে আজ মাঠে খেলা হবে না, বিকালে লুডু খেলবি?", hard=False)
N("news", "bn", "ভারতের মহারাষ্ট্র থেকে উদ্ধার হওয়া ১২ বাংলাদেশি কিশোর-কিশোরী বেনাপোল দিয়ে দেশে ফিরেছে। তাদের পরিবারের কাছে হস্তান্তর করবে জেলা প্রশাসন।")
N("family", "bn", "নানু তোমার এনআইডি নম্বর লাগবে বয়স্ক ভাতার ফরমে, ১৯৫৮৪৭২৩৬১ ঠিক আছে তো?",
  [("bd_nid", "1958472361")])
N("awareness", "bn", "মনে রাখবেন: ভারতে বাসাবাড়ি বা হোটেলের কাজের জন্য বৈধ কোনো দালাল নেই। সীমান্তে 'লাইনম্যান' টাকা চাইলে বুঝবেন এটা পাচার। শিশু হেল্পলাইন ১০৯৮")

# ---- bn-Latn (20)
N("chatter", "bn-Latn", "amader kotha ammu jene gese, bolse porikkhar por tomar ammu r shathe dekha korbe. ekhon shudhu porashona koro, pagol")
N("family", "bn-Latn", "abbu Kolkata te chachar bashay 3 din thakbo, Park Circus. passport visa sob ache, chachar number +91 98311 45620, tomake chhobi pathabo",
  [("phone", "+919831145620")])
N("joke", "bn-Latn", "bhai tui na Mumbai giye hero hobi bolsili, ekhono to Satkhira bus stand er cha er dokane boisha asos 😂")
N("worker_content", "bn-Latn", "Pune te IT company te kaaj bhalo lagche, weekend off, PG te 3 jon friend thaki. salary 28k rupee, mashe mashe barite pathai. notun number +91 88062 41739 e WhatsApp koro",
  [("phone", "+918806241739")])
N("news", "bn-Latn", "shunsen? Kalaroa r Rahim dalal re BGB dhorse, 2 ta meyeke border e niye jacchilo. meyegula ekhon thanay, maa baba ashche niye jete")
N("awareness", "bn-Latn", "apa NGO er meeting e bolse keu chakri dibe bolle tar NID ar office er thikana likhe rakhte, ar passport kokhono karo hate dibe na")
N("receipt", "bn-Latn", "bKash e 2500 pathalam tor number e 01556 781 234, TrxID AC7X29KLPQ. boi kinis, nosto korish na",
  [("phone", "+8801556781234"), ("mfs_transaction", "AC7X29KLPQ")])
N("family", "bn-Latn", "mama bolse Bongaon e tar dokan e eid er chhutite kaaj korte, abbu bolse na, SSC er por dekha jabe. ami o jabo na")
N("chatter", "bn-Latn", "aaj school e sports day, ami 100 meter e second hoisi!! ammu ke bolis na ekhono, medal diye surprise dibo")
N("official", "bn-Latn", "BMET registration er jonno Jashore DEMO office e ashun, NID o passport er copy shoho. kono dalal er kache taka diben na, sarkari fee bank e joma din. tottho: 01794 330 112",
  [("phone", "+8801794330112")])
N("worker_content", "bn-Latn", "ami Kolkata te medical visa te ammu ke niye ashchi, hotel e thaki, manager Bangladeshi, khub help korse, doctor er serial o dhore dise")
N("family", "bn-Latn", "dada, bhabi bolse tomar pathano 15 hajar peyeche, Nagad TxnID 7F9K2M3P. chhotor school fee diye dise",
  [("mfs_transaction", "7F9K2M3P")])
N("joke", "bn-Latn", "amar boss amake bonded labour banaye rakhse, 9 ta theke 9 ta office 😩 eid bonus o nai lol")
N("chatter", "bn-Latn", "Satkhira theke Khulna bus ki 7 tay chare? kalke admission test", hard=False)
N("news", "bn-Latn", "ajker paper e dekhlam Mumbai er dance bar theke 8 jon Bangladeshi meye uddhar korse police. amader upozilar o naki 2 jon ache")
N("family", "bn-Latn", "Ruma r biye thik hoise, chhele Jashore er, Saudi te thake. ghotok 5 hajar nise, boro bou bolse beshi nise")
N("awareness", "bn-Latn", "scout session e shekhalo: online e notun bondhu jodi bole 'tomake Kolkata niye jabo', ma baba ke sathe sathe janabe")
N("chatter", "bn-Latn", "ajke khela dekhbi? Bangladesh vs India, Kolkata r ek bondhur shathe 100 taka bet dhorsi 😂")
N("chatter", "bn-Latn", "ammu bhat khaisi, chinta koro na. kal tiffin e dim diye dio", hard=False)
N("family", "bn-Latn", "apu tomar passport number ta pathao, A03847261 na? Darjeeling trip er hotel booking e lagbe",
  [("bd_passport", "A03847261")])

# ---- en (20)
N("news", "en", "Jashore: BGB rescued 6 children, including 4 girls aged 12 to 15, near the Putkhali border. Two brokers arrested, case filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("awareness", "en", "Never let anyone take your child across the border for a job. No real employer in India asks a Bangladeshi girl to come without a passport. Message our helpline wa.me/8801713000999",
  [("whatsapp", "+8801713000999")])
N("official", "en", "Licensed recruiting agency notice: Malaysia plantation jobs, government fixed cost Tk 78,990 all inclusive. Pay only by bank to our account, receipt given. Office line 01711 203 458",
  [("phone", "+8801711203458")])
N("receipt", "en", "Cash Out Tk 2,000.00 to Agent 01834 567 120 successful. Fee Tk 37.00. Balance Tk 4,811.25. TrxID BJK82MNQ4T at 15/04/2026 10:05",
  [("phone", "+8801834567120"), ("mfs_transaction", "BJK82MNQ4T")])
N("worker_content", "en", "Hi apa, I'm on the front desk at a hotel in Cox's Bazar, 6 days a week, salary on time, they gave me staff quarters. Happy here!")
N("family", "en", "Ma I got the scholarship to study in Pune! Visa appointment is next Tuesday at IVAC Jashore, need your NID copy for the bank statement, it's 6724193580 right?",
  [("bd_nid", "6724193580")])
N("chatter", "en", "Miss you so much 😘 wait till you finish HSC, then I'll talk to your father properly. No running away stuff ok, we do it right. follow my new insta @rafi.jsr",
  [("instagram", "@rafi.jsr")])
N("joke", "en", "My mom: who are you texting at 2am? Me: the Telegram bot that sells ludo coins. Mom: give me the phone 💀")
N("awareness", "en", "Case note: girl, 14, from Kalaroa, returned via Benapole on 3 March, reunited with mother and re-enrolled in school. Follow-up home visit in 2 weeks.")
N("official", "en", "Indian Visa Application Centre Jashore: medical visa applicants must bring original passport and hospital invitation letter. Pay the fee only at the counter, do not pay any agent.")
N("news", "en", "Kolkata police raid Park Street bars, 3 Bangladeshi women rescued; repatriation being processed with the Bangladesh Deputy High Commission.")
N("worker_content", "en", "My cousin works in a garment factory in Chattogram, 10 hour shifts with overtime paid, Friday off, she's saving up for her own tailoring shop")
N("chatter", "en", "who's coming to the picnic Friday? bring 200 tk each for the bus", hard=False)
N("family", "en", "Bhaiya, Abbu's passport A09174625 expires next month. Renew online, pay the fee at the bank, don't pay the guy outside the office who says he can do it fast",
  [("bd_passport", "A09174625")])
N("awareness", "en", "Share widely: fake Facebook pages are offering 'hotel jobs in Mumbai' to girls in Satkhira and Jashore. If someone you met online wants you to come alone to Benapole, tell your parents.")
N("receipt", "en", "Your payment of INR 12,500 to Kolkata Care Hospital has been received. Ref KCH-77312. For billing queries write to billing@kolkatacarehospital.in",
  [("email", "billing@kolkatacarehospital.in")])
N("chatter", "en", "bro the new song is fire 🔥 full Mumbai vibes, we're dancing to it at Rima's holud no excuses")
N("chatter", "en", "Reminder: English tutor comes at 5, finish your homework before that", hard=False)
N("chatter", "en", "Join our HSC physics notes group on Telegram @satkhira_hsc_physics, free pdfs every week",
  [("telegram", "@satkhira_hsc_physics")])
N("joke", "en", "haha my boss says I work like a slave but he pays like a king, got my Eid bonus early 🥳")


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
    random.Random(149).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev149-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
