"""Blind evaluation set dev159 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi worker in the Maldives (resort kitchens, construction in Malé and Hulhumalé, "free visa" work) and the community WhatsApp groups he reads.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev159.jsonl"
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


BTC1 = btc("dev159-btc-1")
TRON1 = tron("dev159-tron-1")
ETH1 = eth("dev159-eth-1")

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

# ---------------- recruitment_deception (8: bn3 Latn3 en2)
F("recruitment_deception", "bn", "ভাই দালাল বলছিল রিসোর্টে কুক হেল্পার, বেতন ৪৫০ ডলার, থাকা খাওয়া ফ্রি। মালে নামার পর নিয়া গেছে হুলহুমালের বিল্ডিং সাইটে, সারাদিন রড টানাই। কাগজে কোম্পানির নামও অন্য। এখন কি করমু বুঝতেছি না")
F("recruitment_deception", "bn", "ফ্রি ভিসা মানে যে কোম্পানির কোনো কাজ নাই এইটা দেশে থাকতে কেউ কয় নাই। কইছে মালদ্বীপে গেলে কাজের অভাব নাই, যেখানে ইচ্ছা কাজ করবা। আইসা দেখি ওয়ার্ক পারমিটই বানায় নাই, কোটা নাকি শেষ")
F("recruitment_deception", "bn", "🇲🇻 মালদ্বীপ রিসোর্ট ভিসা 🇲🇻 ওয়েটার/রুম বয়/কিচেন হেল্পার। বেতন ৬০ হাজার টাকা + টিপস + সার্ভিস চার্জ। অভিজ্ঞতা লাগবে না, ইংরেজি লাগবে না। মেডিকেল ছাড়াই ১৫ দিনে ফ্লাইট। যোগাযোগ হোয়াটসঅ্যাপ 01815-447392",
  [("phone", "+8801815447392")])
F("recruitment_deception", "bn-Latn", "bhai amare bolse resort e waiter er kaj, 5 star hotel. ekhon dekhi local cafe te thala dhoi r table mochi, malik bole tomar contract ei cafe er. deshe j contract dekhaise okhane salary 6000 rufiyaa, ekhane dey 3500")
F("recruitment_deception", "bn-Latn", "Shofiq dalal (01629-883104) bolche company visa, ekhane eshe jani ami 'free visa', company ta shudhu kagoje ache, office o nai. ekhon nijer kaj nije khujo, r permit renew er taka o amar. amar moto aro 9 jon",
  [("phone", "+8801629883104")])
F("recruitment_deception", "bn-Latn", "apnar bhatija re pathaite chaile ekhon e bolen, Hulhumale te hotel e room boy, AC room e thakbe, 3 bela khana. tourist visa diye dhukaibo, por e ekhane work visa kore dibo, tension nai. details page e https://facebook.com/maldives.resort.jobs.bd",
  [("url", "https://facebook.com/maldives.resort.jobs.bd")])
F("recruitment_deception", "en", "They told us in Dhaka it was a resort job with uniform and staff quarters. We landed in Male, a man collected our passports at the airport and drove us to a fish factory near Thilafushi. Nobody ever said fish factory.")
F("recruitment_deception", "en", "URGENT!! Maldives luxury resort jobs - Housekeeping, Laundry, Gardener. Salary USD 550 + service charge USD 300/month. Visa, ticket, food FREE. Only 12 seats left. Send passport photo to wa.me/8801936207714 today, no interview needed",
  [("whatsapp", "+8801936207714")])

# ---------------- fees_and_debt (8: bn2 Latn3 en3)
F("fees_and_debt", "bn", "বড় ভাই, আসার সময় দালালরে সাড়ে ৪ লাখ দিছি জমি বন্ধক রাইখা। এখন কোম্পানি কয় পারমিট রিনিউ ২০০০ রুফিয়া, মেডিকেল ১৫০০, সব আমার বেতন থেকে কাটবে। ৬ মাস ধরে হাতে পাই মাত্র ২০০০ রুফিয়া")
F("fees_and_debt", "bn", "ম্যানেজার বলছে ভিসার খরচ টিকেটের খরচ সব মিলায়া ৩ লাখ টাকা তোমার নামে দেনা। এইটা শোধ না হওয়া পর্যন্ত ছুটি নাই, দেশেও যাইতে পারবা না। কাজ কইরা শোধ দাও")
F("fees_and_debt", "bn-Latn", "Bhai ami ekhane ashar por company aro 80 hajar chaitese quota er jonno, bole na dile work permit hobe na. deshe amma ke bolsi goru ta bechte. r koto dibo, ashar age to bolse ar kono khoroch nai")
F("fees_and_debt", "bn-Latn", "Dalal bhai er kotha silo 'taka advance dite hobe na, ekhane kaj kore kisti te shodh korba, protimash salary theke 15000 kete nibo 2 bochor'. ekhon 2 bochor shesh, hishab chaile bole ekhono 1 lakh baki")
F("fees_and_debt", "bn-Latn", "room rent 1500 rf, khabar 1200 rf, current pani 300, bed bhara alada, r 'visa kisti' 1000. salary 4000. mash sheshe hate 0. eta ki chakri na jail bhai")
F("fees_and_debt", "en", "Sir I already paid 4.8 lakh in Bangladesh. Now the supervisor says every worker must pay MVR 6000 for the new quota or the company will not renew us. He will cut it from 3 months salary. We are 14 workers with the same problem.")
F("fees_and_debt", "en", "Your balance with the company: ticket 9500, visa 12000, medical 2500, room deposit 3000 = MVR 27000. You will work until this is cleared. Any absent day adds MVR 500.")
F("fees_and_debt", "en", "Brother my cousin came on free visa last month, the dalal in Noakhali took 3.5 lakh and here the sponsor man is asking another 1 lakh taka to give him the work permit card. He still has no job, eating from our room.")

# ---------------- labour_exploitation (8: bn3 Latn2 en3)
F("labour_exploitation", "bn", "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কিচেনে, সপ্তাহে একদিনও অফ নাই। ৩ মাস ধরে বেতন দেয় নাই, চাইলে বলে রিসোর্টের সিজন খারাপ, পরে দিবে।")
F("labour_exploitation", "bn", "আমরা ১৮ জন এক রুমে থাকি সাইটের পাশে, একটা বাথরুম। দিনে একবেলা ভাত দেয়, বাকিটা নিজের খরচে। বেতন চাইলে বলে বিল্ডিং শেষ হইলে একসাথে দিবে")
F("labour_exploitation", "bn", "মালিক বলে বেতন তোমার নামে জমা থাকবে, দেশে যাওয়ার সময় একবারে পাইবা। আট মাস হইল একটা রুফিয়াও হাতে পাই নাই, বাড়িতে টাকা পাঠাইতে পারি না, আম্মা ধার কইরা চলে")
F("labour_exploitation", "bn-Latn", "aj 3 din dhore boat e kore oi island e, raat din cement dhalai, ghum 4 ghonta. OT er kotha bolle foreman bole OT nai, tomra contract labour. 5 mash er salary baki")
F("labour_exploitation", "bn-Latn", "amader resort e Bangladeshi der khana alada, shudhu bhat r patla dal. 16 ghonta duty, r service charge er taka local ra pay, amader naam list e e nai. off chaile bole next month")
F("labour_exploitation", "en", "Working 7am to 1am every day on the Hulhumale tower site. Company has not paid since March, now it is August. When we asked, the boss said go complain anywhere, you will get nothing.")
F("labour_exploitation", "en", "Bhai I am in a guesthouse in Maafushi as cleaner, cook, laundry, everything. 17 hours, no off day in 11 months. They give MVR 1000 'for food' and say the rest of the salary will come later.")
F("labour_exploitation", "en", "No drinking water at the camp for 4 days, we buy it ourselves. Salary 4 months pending. Supervisor says whoever stops work will be sent back without a single rufiyaa.")

# ---------------- threats_and_coercion (8: bn3 Latn3 en2)
F("threats_and_coercion", "bn", "বেশি কথা বললে ইমিগ্রেশনে ফোন দিমু, তোর পারমিট তো আমি রিনিউ করি নাই। ধরা খাইলে সোজা ডিপোর্ট, নাইলে জেল। চুপচাপ কাজ কর।")
F("threats_and_coercion", "bn", "কাল রাতে সুপারভাইজার আর দুইজন লোক রুমে আইসা রফিকরে মারছে, কারণ সে হাইকমিশনে অভিযোগ দিতে গেছিল। কইছে আর কেউ গেলে একই অবস্থা হবে")
F("threats_and_coercion", "bn", "দালাল দেশে আমার বাপেরে ফোন দিয়া কইছে বাকি টাকা না দিলে আমারে এইখানে পুলিশে ধরাই দিবো, আর বাড়িতেও লোক পাঠাইবো। আব্বা ভয়ে অসুস্থ")
F("threats_and_coercion", "bn-Latn", "boss bole je company chere jabe take 'absconding' report dibo, tarpor police dhore jail e. tai amra keu jaite pari na, salary na dileo kaj kori")
F("threats_and_coercion", "bn-Latn", "o bhai tomar bhai ke bolo beshi lafalafi na korte. ekhane tar kono kagoj nai, ekta call dilei airport e pathai dibo khali hate. bujhso?")
F("threats_and_coercion", "bn-Latn", "kalke boss amader 4 jon re pipe diye maise, karon amra 2 din kaj bondho rakhsilam salary er jonno. ekhon bole police e gele ulta amader nam e case dibe")
F("threats_and_coercion", "en", "Listen carefully. You have no valid permit and I am the only one who can fix it. If you go to the Labour Relations Authority or your embassy, I will call immigration the same day and you will be deported before your case starts.")
F("threats_and_coercion", "en", "He broke Jamal's phone and slapped him in front of everyone because Jamal posted a video of our camp on Facebook. Said next time he will throw him in the sea.")

# ---------------- isolation_and_control (7: bn2 Latn3 en2)
F("isolation_and_control", "bn", "আসার পরদিনই কোম্পানি সবার পাসপোর্ট নিয়া গেছে, আমার টা A07734219, বলে সেফে রাখবে। চাইলে বলে দেশে যাওয়ার দিন দিবে। বাইরে গেলে সুপারভাইজারের পারমিশন লাগে, শুক্রবারেও।",
  [("bd_passport", "A07734219")])
F("isolation_and_control", "bn", "রিসোর্টের আইল্যান্ড থেকে বের হওয়া নিষেধ, স্টাফদের ওয়াইফাই দেয় না। বাড়িতে কথা বলতে হইলে ম্যানেজারের ফোন থেকে, সে পাশে দাঁড়ায় থাকে, কি কই সব শুনে।")
F("isolation_and_control", "bn-Latn", "amar phone ta supervisor niye nise 2 mash, bole duty te phone mana. bari te kotha hoy na. ei number ta Kamal bhai er +960 9612407, please amma ke bolben ami bachi asi kintu ekhane atka",
  [("phone", "+9609612407")])
F("isolation_and_control", "bn-Latn", "camp er gate e tala, raat 8 tar por keu ber hoite pare na, guard bole boss er order. passport to ek bochor dhore company office e, dokan e jaite hoile o guard sathe jay")
F("isolation_and_control", "bn-Latn", "kauke bolba na je tomar passport amar kache. keu jigaile bolba nije rakhsi. embassy r lok ashle tumi kono kotha bolba na, ja bolar ami bolbo.")
F("isolation_and_control", "en", "My sister works as housemaid for a family in Male. They took her phone and passport, she can only call us from the neighbour's phone when madam is sleeping. She has not been outside that house for 7 months.")
F("isolation_and_control", "en", "The company keeps all our passports and work permit cards in the office. When police check on the street we have nothing to show, so we don't go out. Only site to room, room to site.")

# ---------------- payments_and_proceeds (7: bn2 Latn2 en3)
F("payments_and_proceeds", "bn", "ভিসার টাকা বিকাশে পাঠাইবেন না, নগদে তিন ভাগে পাঠান এই নাম্বারে: ০১৭৩৮৫২৯৪১৬। পাঠায়া ট্রানজেকশন আইডি আর পাসপোর্টের ছবি এখানে দেন। কাউরে কইবেন না কোন এজেন্সি।",
  [("phone", "+8801738529416")])
F("payments_and_proceeds", "bn", "বাকি ১ লাখ ২০ হাজার দেশে আপনার বাবার থেকে নিলাম, TrxID 9KD3HF72QX। এখন থেকে বেতনের ডলার কোম্পানির ব্যাংকে না, আমার লোকের হাতে দিবেন, সে রেট দিয়া বাড়িতে পাঠাইবো, কাটার পরে।",
  [("mfs_transaction", "9KD3HF72QX")])
F("payments_and_proceeds", "bn-Latn", "salary ta amar hate dibi, ami hundi te pathai dibo tor bou er bkash e 01846-205731. nijer kache taka rakhle harai jabe 😂 ei rule shobar jonno, keu nijer account khulbi na",
  [("phone", "+8801846205731")])
F("payments_and_proceeds", "bn-Latn", f"boss er lok bollo passport ferot chaile 15000 rufiyaa, na hole USDT dileo hobe. TRC20: {TRON1} , ERC20 hoile {ETH1} . 24 ghonta somoy",
  [("tron_address", TRON1), ("eth_address", ETH1)])
F("payments_and_proceeds", "en", f"New workers: pay the remaining visa fee only to this wallet, no cash, no bank. BTC: {BTC1} . After confirmation send screenshot to Telegram @maldive_visa_desk and we release your ticket.",
  [("btc_address", BTC1), ("telegram", "@maldive_visa_desk")])
F("payments_and_proceeds", "en", "Deposit the 2 lakh in 4 parts to different bKash agent numbers, not more than 50k each, I will send the numbers one by one. Do not write visa or Maldives in the reference. Your son comes out of the camp only after that.")
F("payments_and_proceeds", "en", "From this month all salaries for the 22 Bangladeshi boys come to me from the company on the 5th, I send Tk home after cutting the loan. Close your own BML accounts and give me your card and PIN.")

# ---------------- sexual_exploitation (7: bn3 Latn2 en2)
F("sexual_exploitation", "bn", "মালের স্পা তে মেয়েদের জন্য রিসেপশনিস্ট ভিসা, বেতন ৮০০ ডলার। বয়স ১৮-২৫, পুরা বডির ছবি দিতে হবে। রাতের ডিউটি, গেস্টদের খুশি রাখতে হবে, টিপস আলাদা। ০১৯৭৭-৬১৪২৮৩",
  [("phone", "+8801977614283")])
F("sexual_exploitation", "bn", "আপা আমারে বাসার কাজের কথা কইয়া আনছে। এখন রাতে বাড়িওয়ালার ভাই আর তার বন্ধুরা আসে, না করলে কয় পাসপোর্ট ফেরত দিবো না। কাউরে কইতে পারি না, আপনি কাউরে কইয়েন না")
F("sexual_exploitation", "bn", "ভাই গেস্টহাউসে নতুন দুইটা বাঙালি মেয়ে আসছে, ঘণ্টা ১৫০ ডলার, রুম ওরাই দিবে। ছবি ইনস্টাতে @male.vip.girls । বুকিং ম্যানেজারের সাথে, মেয়েদের কাছে ফোন নাই।",
  [("instagram", "@male.vip.girls")])
F("sexual_exploitation", "bn-Latn", "massage parlor e kaj bolsilo, kintu customer jodi 'extra' chay dite hobe, na dile boss salary katbe, passport to tar kache. ami ar parchi na apu, ekhan theke ber hote chai, ki korbo bolo")
F("sexual_exploitation", "bn-Latn", "new girls from BD Hulhumale te 🌹✈️ shudhu VIP customer, hotel e pathano jabe, rate boss er sathe fix koro. Telegram e msg dao @hulhu_nights",
  [("telegram", "@hulhu_nights")])
F("sexual_exploitation", "en", "They promised my niece a salon job in Male. Now she says the owner sends the girls with men at night to the flat above the salon and keeps all the money. She wants to come home but they say she owes 3000 dollars.")
F("sexual_exploitation", "en", "Available tonight: 3 new Bengali girls, young and fresh, staying at guesthouse near artificial beach. Outcall to resort islands by speedboat possible. WhatsApp +960 7734518 ask for Rony",
  [("phone", "+9607734518")])

# ---------------- minors (7: bn2 Latn2 en3)
F("minors", "bn", "পাসপোর্টে বয়স ২১ লেখা, আসলে ছেলেটার বয়স ১৫। দালাল জন্মনিবন্ধন বদলায়া বয়স বাড়াইছে। এখন রিসোর্টের কিচেনে সারারাত ডিশ ধোয়, রাতে মায়ের জন্য কান্দে।")
F("minors", "bn", "আমার ভাতিজা ক্লাস এইটে পড়তো, দালাল কইছে হোটেলে বয়ের কাজ, বয়স কম হইলে সমস্যা নাই, কাগজ ঠিক কইরা দিবো। এখন সে কনস্ট্রাকশনে ইট টানে, ১৪ বছরের পোলা।")
F("minors", "bn-Latn", "bhai ekta 16 bochorer chele ase amader camp e, dalal tar jonno fake NID banaise, number 6912348850, boyosh dekhaise 20. sara din rod bandhe r raat e boss er barir kaj",
  [("bd_nid", "6912348850")])
F("minors", "bn-Latn", "under 18 hoileo problem nai, passport e boyosh thik kore dibo 5000 extra. chhoto chele der resort e demand ase, kom salary te rakhe. pathiye den tarataari")
F("minors", "en", "Need 5 boys 14-17 for fish processing on an island, small hands better for cleaning. Passport age will be adjusted by our agent in Dhaka. Parents get 20k advance. Contact islandfish.recruit@gmail.com",
  [("email", "islandfish.recruit@gmail.com")])
F("minors", "en", "Brother there is a Bangladeshi girl maybe 13 or 14 working in the Maldivian house next to our site. She told my friend she came with her 'aunty', doesn't go to school, works the whole day and they lock her in.")
F("minors", "en", "The boy from Hatiya is only 16, passport EH4821937 says 22. He fainted on the roof yesterday after working since 5am. Foreman told him if he says his real age he'll be deported and his father arrested for fake papers.",
  [("bd_passport", "EH4821937")])

# ================= OK
# bn
N("news", "bn", "মালদ্বীপে অবৈধভাবে অবস্থানরত প্রায় ৩০০ বাংলাদেশিকে ফেরত পাঠানো হয়েছে। হাইকমিশন জানিয়েছে, বৈধকরণ প্রক্রিয়া চালু থাকবে, আগ্রহীরা যোগাযোগ করুন।")
N("awareness", "bn", "সাবধান! মালদ্বীপে 'ফ্রি ভিসা' নামে কোনো ভিসা নাই। কেউ রিসোর্টে চাকরির কথা বলে টাকা চাইলে বিএমইটির লাইসেন্স আছে কিনা যাচাই করুন। পাসপোর্ট কোনো দালালের কাছে জমা দেবেন না।")
N("official", "bn", "বাংলাদেশ হাইকমিশন, মালে: এমআরপি/ই-পাসপোর্ট নবায়নের আবেদন রবিবার থেকে বৃহস্পতিবার সকাল ৯টা থেকে ১টা পর্যন্ত জমা নেয়া হবে। সরকারি ফি ছাড়া অতিরিক্ত কোনো টাকা দিবেন না।")
N("receipt", "bn", "বিকাশ: আপনি ৳১৫,০০০ রিসিভ করেছেন ০১৯১২৩৪৮৭৬০ থেকে। TrxID BFK82LQ3ZA। ব্যালেন্স ৳১৫,৪২০.৫০",
  [("phone", "+8801912348760"), ("mfs_transaction", "BFK82LQ3ZA")])
N("family", "bn", "আব্বা, এই মাসে বেতন পাইছি, কাল ২৫ হাজার পাঠামু। মায়ের ওষুধ আর ছোটর স্কুলের বেতন দিয়েন। পাসপোর্টের মেয়াদ শেষ হইতেছে, হাইকমিশনে গিয়া নতুন করুম।")
N("worker_content", "bn", "আলহামদুলিল্লাহ রিসোর্টে দুই বছর হইল। ডিউটি ৮ ঘণ্টা, সপ্তাহে একদিন অফ, সার্ভিস চার্জ সবাই সমান পাই। শেফ ভালো মানুষ, কাজ শিখাইছে।")
N("chatter", "bn", "কেউ কি জানেন হুলহুমালে এখন রুম ভাড়া কত? আমরা ৪ জন মিলা একটা রুম খুঁজতেছি, বাজেট ৬০০০ রুফিয়া, কারেন্ট বিল আলাদা হইলেও চলবে।")
N("joke", "bn", "বউ কইলো মালদ্বীপ থেকে সমুদ্র পাঠাও। আমি কইলাম সমুদ্র পাঠাইতে পারমু না, লোনা পানিতে রোদে পুইড়া যে চেহারা হইছে সেইটার ছবি পাঠাই 😂")
N("news", "bn", "নোয়াখালীতে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার। মালদ্বীপে রিসোর্টে চাকরির কথা বলে জনপ্রতি ৪ লাখ টাকা নেওয়ার অভিযোগ, জানিয়েছে র‍্যাব।")
N("official", "bn", "শ্রম উইং, বাংলাদেশ হাইকমিশন: যাদের ওয়ার্ক পারমিটের মেয়াদ শেষ, নিয়োগকর্তার মাধ্যমে নবায়ন করুন। নিজের পাসপোর্ট নিজের কাছে রাখা আপনার অধিকার, কেউ আটকে রাখলে আমাদের জানান।")
N("family", "bn", "ভাইয়া, রিমার বিয়ার কথা পাকা, ছেলে দুবাই থাকে। খরচের জন্য তুমি কত দিতে পারবা জানাইও, দেনা কইরা বিয়া দিমু না আব্বা কইছে।")
N("worker_content", "bn", "ওভারটাইম করলে ঘণ্টায় ২৫ রুফিয়া দেয়, এই মাসে নিজের ইচ্ছায় ৪০ ঘণ্টা ওটি করছি। ঈদের আগে বাড়িতে একটু বেশি পাঠাইতে পারমু ইনশাআল্লাহ।")
N("awareness", "bn", "প্রবাসী ভাইয়েরা, বেতন না পাইলে লেবার রিলেশনস অথরিটিতে অভিযোগ করা যায়, হাইকমিশনের শ্রম উইং সাহায্য করে। কোনো দালাল লাগে না, টাকাও লাগে না।")
N("chatter", "bn", "ভাই মাফুশির ফেরি কয়টায় ছাড়ে কাল? শুক্রবার অফ, ঘুরতে যামু ভাবতেছি", hard=False)
N("chatter", "bn", "আজকে ইলিশ রান্না করছি, বাড়ি থেকে ফ্রোজেন পাঠাইছে। রাতে রুম নাম্বার ৭ এ সবার দাওয়াত 😄", hard=False)
N("receipt", "bn", "নগদ: ক্যাশ ইন সফল। পরিমাণ ৳১০,০০০। TxnID 73HQ2K9P। নগদ ব্যবহারের জন্য ধন্যবাদ।",
  [("mfs_transaction", "73HQ2K9P")])
N("news", "bn", "মালদ্বীপে বেতন না পাওয়া ৫৬ জন বাংলাদেশি শ্রমিক কোম্পানির বিরুদ্ধে অভিযোগ করে বকেয়া বেতন পেয়েছেন, জানিয়েছে হাইকমিশনের শ্রম উইং।")
N("family", "bn", "মা, ভিডিও কলে আসো। পাসপোর্ট আমার কাছেই আছে চিন্তা কইরো না, কোম্পানি নতুন পারমিট কার্ড দিছে, সব ঠিক আছে।")
N("joke", "bn", "এক ভাই কয় আমার মালিক এত দয়ালু যে বেতন দেওয়ার সময় নিজেই কান্দে, কারণ টাকা তো দিতে হইতেছে 😂 তবে প্রতি মাসের ৫ তারিখে ঠিকই দেয়।")
N("chatter", "bn", "শুক্রবার জুমার পর পার্কে ক্রিকেট, নোয়াখালী বনাম কুমিল্লা। যারা খেলবেন এখানে নাম দেন", hard=False)

# bn-Latn
N("family", "bn-Latn", "Amma bkash e 20 hajar pathaisi, check koiro. Abba re bolo dokan er dena ta ei mash e shodh kore dite, r tension na nite.")
N("worker_content", "bn-Latn", "Amader company ta bhalo bhai, salary protimash 5 tarikh e bank e dhuke, passport nijer kache, permit renew er khoroch company nije dey.")
N("chatter", "bn-Latn", "keu ki jane Xpat portal e work permit er status kivabe check kore? amar card er meyad next month e shesh, boss bolse renew er kagoj jom dise already")
N("joke", "bn-Latn", "boss ke bollam salary baraben? boss bole 'next season'. 5 bochor dhore oi season ar ashe na 😂😂")
N("awareness", "bn-Latn", "Bhaiera kono dalal jodi bole free visa te Maldives e bhalo income, bissash korben na. BMET registration r smart card chara keu jaben na. somossa hole High Commission er labour wing e jogajog korun.")
N("news", "bn-Latn", "Male te police 12 jon Bangladeshi ke dhorse expired permit er jonno, tader deport process cholche bole news e dekhlam. sobai nijer kagoj thik rakhen")
N("chatter", "bn-Latn", "Hulhumale Phase 2 te ekta bed khali ase, 1200 rf monthly current pani shoho. namazi bhai hole bhalo. call +960 7781203",
  [("phone", "+9607781203")])
N("family", "bn-Latn", "Bhaiya tumi ki passport renew korso? Nanu bolse Eid e ashle apa'r biye r kotha fainal korbe, chhele paksh o raji")
N("receipt", "bn-Latn", "bhai taka pathaisi, trx id 8JQ2RT5KLM. amma ke bolo agent theke cash out korte, charge ami dia disi",
  [("mfs_transaction", "8JQ2RT5KLM")])
N("worker_content", "bn-Latn", "resort e 16 mash holo, chef bhalo manush, amare tandoor shikhaise. duty 9 ghonta, soptahe 1 din off. inshallah contract renew korbo")
N("chatter", "bn-Latn", "dollar er rate aj koto? hundi te 123 dise shunlam, bank e 119. ami bank diyei pathai, 2.5% incentive o pai, jhamela nai")
N("joke", "bn-Latn", "dalal bhai bolsilo Maldives e shob jaygay beach. ashe dekhi beach thik e ase, kintu ami thaki cement mixer er pashe 😅 salary to thik moto pai, tai maaf")
N("news", "bn-Latn", "BMET ekta recruiting agency r license batil korse, Maldives e lok pathiye kaj na dewar obhijog chilo. workers ra khotipuron pabe bolse")
N("family", "bn-Latn", "Apni tension koiren na abba, company amar visa renew kore dise, notun card hate paisi. ei mash ektu kom pathabo, room er advance dite hobe")
N("official", "bn-Latn", "High Commission er notice: agami shonibar Hulhumale te consular camp, passport renew r NID correction. purono passport niye ashben. shorkari fee chara kono taka kauke diben na.")
N("chatter", "bn-Latn", "kal raat e ke ke Barca match dekhse? amader room e TV nai, cafe te gesilam, 2 ta coffee khaisi 40 rf", hard=False)
N("chatter", "bn-Latn", "bhai tomar kache extra SIM ase? Dhiraagu te data pack shesh, Ooredoo ta kemon chole camp e?", hard=False)
N("worker_content", "bn-Latn", "amra 6 jon Thilafushi te welding e kaj kori, OT ghonta hishabe pai, shukrobar off. khabar nije rani. kono complain nai alhamdulillah")
N("awareness", "bn-Latn", "IOM theke bolse, jodi keu passport atkai rakhe ba salary na dey, helpline e call koren, nam gopon rakha hobe. nijer passport r permit er chobi phone e save kore rakhen")
N("family", "bn-Latn", "Abba bolse amader pukur e mach chara hoise, ami ashle jal felbo. ei bar Eid e 15 din chuti paisi inshallah", hard=False)

# en
N("news", "en", "Maldives police arrest four in trafficking probe; 28 Bangladeshi workers found in an overcrowded house in Male to be repatriated with help of the High Commission.")
N("official", "en", "NOTICE - High Commission of Bangladesh, Male: Workers whose work permits have expired may apply during the regularisation window. Bring passport, work permit card and employer letter. The service is FREE. Do not pay any middleman.")
N("official", "en", "Al-Amin Overseas (RL 0987, BMET licensed): 20 posts Cook Helper, resort in Maldives. Salary USD 350 as per contract. Migration cost as fixed by Government, paid at our office against money receipt only. Passports returned to worker after visa stamping.")
N("receipt", "en", "Bank of Maldives: Your remittance of MVR 3,500.00 to BKASH wallet 01823556104 is successful. Ref 448209131. Fee MVR 25.00",
  [("phone", "+8801823556104")])
N("worker_content", "en", "Three years at the resort now. Staff quarters are decent, 2 per room, service charge every month and one free ticket home per year. Not bad at all.")
N("awareness", "en", "Never hand over your passport to a 'boss' or a middleman. Employers are not allowed to keep workers' passports. If someone has yours, contact the Labour Relations Authority or the High Commission.")
N("chatter", "en", "Anyone going to Noakhali next month? Need to send a small packet of dates and a phone for my brother, will pay for the trouble.")
N("family", "en", "Bro mum says the proposal from the Begumganj family is good, girl is doing honours. No dowry talk, I told them clearly. Send the photo when you get time.")
N("joke", "en", "My supervisor says I work like a machine. Yes boss, an old machine, needs oil and salary on time 😂")
N("news", "en", "Bangladesh and Maldives sign MoU on recruitment of health workers; employers to bear visa and air ticket costs under the new deal.")
N("worker_content", "en", "Finally my work permit renewed, company paid the fee and I got the new card today. Sending money home tomorrow InshaAllah.")
N("awareness", "en", "Free legal aid for Bangladeshi workers with unpaid wages in the Maldives. Call our helpline or email help.migrants@examplengo.org. We never charge any fee.",
  [("email", "help.migrants@examplengo.org")])
N("chatter", "en", "Where to buy cheap work boots in Male? Site asked us to bring safety shoes, company will pay back with next salary.")
N("family", "en", "Ammu I renewed my passport at the High Commission, new one valid 10 years. Photo looks terrible lol")
N("news", "en", "Court in Dhaka jails two recruiters for sending 40 workers to the Maldives on 'free visa'; victims had paid Tk 3.5 lakh each, the verdict says.")
N("chatter", "en", "Happy birthday Saiful bhai! Cake in room 4 tonight after isha", hard=False)
N("chatter", "en", "Rain all day in Male, site closed, sleeping and watching Bangla natok 😴", hard=False)
N("official", "en", "Maldives Immigration: Expatriate workers can check their work visa validity online at https://xpat.egov.mv using their passport number. Employers must not withhold employees' passports.",
  [("url", "https://xpat.egov.mv")])
N("receipt", "en", "Cash Out Tk 12,000.00 to Agent 01756234190 successful. Fee Tk 222.00. Balance Tk 843.75. TrxID CH47NM2PQ8",
  [("phone", "+8801756234190"), ("mfs_transaction", "CH47NM2PQ8")])
N("joke", "en", "Saiful bhai keeps telling everyone to put remittance money in crypto. Bro you still owe me 300 rufiyaa for last month's rent 😂")


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
    random.Random(159).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev159-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
