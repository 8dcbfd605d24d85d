"""Blind evaluation set dev137 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of the shared indicator notes were read for what the indicators mean.
Persona: an assistant to a public prosecutor at an anti-trafficking tribunal in Khulna and Jashore
who reads seized chats of internal trafficking (Dhaka hotels, Chattogram ship-breaking, shrimp-farm and
dry-fish 'mahajans', fake 'garments' jobs) beside ordinary fishermen's, farm owners', court, news and NGO texts.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev137.jsonl"
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


BTC1 = btc("dev137-btc-1")
TRON1 = tron("dev137-tron-1")
ETH1 = eth("dev137-eth-1")

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

# ---------------- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই, দালাল কইছিলো সীতাকুণ্ডে জাহাজের অফিসে হিসাব লেখার কাজ, মাসে পনেরো হাজার। আইসা দেখি ইয়ার্ডে লোহার প্লেট টানতি হয়, "
  "হাজিরা দিনে ২৫০। কাগজে যা লিখছিলো তার কিছুই মিলতিছে না।")
F("recruitment_deception", "bn",
  "ওর মায়েরে কইছি মিরপুরের এক বাসায় বাচ্চা দেখার কাজ, মাসে আট হাজার। আসলে তো হোটেলের জন্য নিতেছি, ওই কথা ভুলেও মুখে আনবা না।")
F("recruitment_deception", "bn",
  "আমার মেয়েরে পাশের গ্রামের রশিদ কইলো ঢাকায় কোম্পানির চাকরি, নিয়োগপত্র দিবে। যে কাগজ দেখাইছে ওইটা ফটোকপি, কোম্পানির নাম "
  "কেউ চেনে না, ঠিকানায় গিয়া দেখি চায়ের দোকান। এখন মেয়ের ফোন বন্ধ।")
F("recruitment_deception", "bn-Latn",
  "bhai amake bolse Mongla port e loading er kaj, din e 800 taka. ekhon dekhi trawler e tule Dublar chor e niye ashse, "
  "shutki r kaj, bole din 200. ja bolsilo tar kisui na 😞")
F("recruitment_deception", "bn-Latn",
  "Apu visa lagbe na, amar lok Kolkata theke Dubai pathabe, parlour er kaj, mashe 40 hajar. Tomar passport nai? shomossa nai, "
  "amar kache ekta ready ache, number EB0419276, shudhu chobi ta bodlaye dibo. Kauke bolar dorkar nai.",
  [("bd_passport", "EB0419276")])
F("recruitment_deception", "bn-Latn",
  "Kisher factory?? tumi to bolsila knitting factory Gazipur. ekhane to keu sewing kore na, ek flat e 6 ta meye rakhse. "
  "ami ekhane ki kaj korbo bolo??")
F("recruitment_deception", "en",
  "The appointment letter they gave my brother came from hr.sunriseknit.bd@gmail.com with a Chittagong factory name. "
  "Labour office says no such factory is registered. He was promised a helper job, now he is on a fishing trawler off "
  "Cox's Bazar and they won't bring him back.",
  [("email", "hr.sunriseknit.bd@gmail.com")])
F("recruitment_deception", "en",
  "Good news! Hotel job in Gulshan, housekeeping, 15k salary, free hostel, no experience. Don't bring your certificates, "
  "company will make new papers. Tell family it's a garments job, easier for them. Call Rony bhai 01684-227193",
  [("phone", "+8801684227193")])

# ---------------- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "মহাজনের দাদনের ৬০ হাজার এখনো শোধ হয় নাই, তাই এ বছরও আমাগো পুরা পরিবার ওনার ঘেরে খাটতি হবে। যা মাছ ধরি সব ওনার আড়তে, দাম উনি যা দেয়।")
F("fees_and_debt", "bn",
  "মজুরি থেকে প্রতি সপ্তাহে ৭০০ কাটে, কয় দাদনের কিস্তি। তিন বছর ধইরা কাটতেছে, হিসাব চাইলে কয় খাতায় এখনো ৪০ হাজার বাকি।")
F("fees_and_debt", "bn",
  "দালাল কইছে ঢাকার হোটেলে কাজ দিতি ৩৫ হাজার লাগবি। এখন ১৫ হাজার বিকাশ করো ০১৫৫২-৯০৭৪৬৩ নম্বরে, বাকি ২০ হাজার বেতন থেকে কাইটা নিবে। "
  "না দিলি কাজ হবি না।",
  [("phone", "+8801552907463")])
F("fees_and_debt", "bn-Latn",
  "Mahajan bolse boat, jal, khoraki shob mile 82 hajar hoise. shodh na kora porjonto amader group er kono jele onno mahajan er "
  "kache jete parbe na, mach o onno arot e bechte parbe na.")
F("fees_and_debt", "bn-Latn",
  "Bhai beton 9000 bolsilo, hate dey 3500. Baki ta nki thaka-khawa r dalal er commission er jonno kate. 4 mash hoye gelo "
  "ekhono 'loan' shesh hoy na")
F("fees_and_debt", "bn-Latn",
  "Ammu bollo gher malik abar 20 hajar dise hospital er jonno, ekhon abbu r ami dujon e majuri chara kaj korbo jotodin na "
  "shodh hoy. eta ki kono niyom?")
F("fees_and_debt", "en",
  "Recruiter took Tk 25,000 'registration' to place my sister in a Dhaka hotel job. Now the hotel says she owes 60,000 for "
  "uniform, food and room and cannot leave till it is paid.")
F("fees_and_debt", "en",
  "He keeps adding. First the advance for my father's treatment, then interest, then the boat repair. Every season the "
  "mahajan says we owe more than last year. My sons work his gher for nothing.")

# ---------------- isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "মোবাইল রাইখা দিছে ম্যানেজার, কয় কাজের সময় ফোন চলবে না। সপ্তাহে একবার ৫ মিনিট বাড়িতে কথা কইতে দেয়, পাশে দাঁড়ায়ে থাকে। "
  "এই নম্বরটা অন্য একজনের, রিপ্লাই দিয়েন না।")
F("isolation_and_control", "bn",
  "ঘরের দরজা বাইরে থেকে তালা দিয়া যায়। জানালায় গ্রিল। খালি খাওয়ার সময় খোলে। আমরা পাঁচজন মেয়ে এক ঘরে।")
F("isolation_and_control", "bn",
  "কাউরে কবা না তুমি কনে আছো। কেউ জিগাইলে কবা খালার বাসায়। তোমার এনআইডি ৪৬১৫২৮৩৯০৭ এর কার্ডটা আমার কাছে থাকবি, নাইলে হারায় যাবি।",
  [("bd_nid", "4615283907")])
F("isolation_and_control", "bn-Latn",
  "Yard theke ber hote dey na bhai. Gate e guard, raat e shob boy ke ek shed e tala diye rakhe. Mobile nijer kache rakha "
  "nishedh. ei msg ta lukaye dilam, ei number e call dio na, ami dibo.")
F("isolation_and_control", "bn-Latn",
  "Chor e mahajan er trawler chara ber howar upay nai. 5 mash keu bari jete pare na, ma er shathe kotha bolte chaile "
  "mahajan er phone e, o pashe boshe shune.")
F("isolation_and_control", "en",
  "Madam they took her NID card and phone on the first day. Family can only call the manager's number 01815-692047, and he "
  "says she is busy every time. We have not heard her voice for 3 weeks.",
  [("phone", "+8801815692047")])
F("isolation_and_control", "en",
  "Rules for new girls: no phone, no going out alone, if anyone asks you are my niece from Satkhira. Driver takes you and "
  "brings you back. Dont talk to the neighbours.")

# ---------------- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "টাকা শোধ না কইরা পালাইলে তোর বাপরে মামলায় ঢুকামু, থানার ওসি আমার লোক। ভালোয় ভালোয় কাজে ফির।")
F("threats_and_coercion", "bn",
  "গত রাইতে কাজ কম হইছে বইলা সুপারভাইজার লাঠি দিয়া মারছে, পিঠে দাগ পইড়া গেছে। কয় আরেকবার পালানোর চেষ্টা করলে পা ভাইঙ্গা দিবে।")
F("threats_and_coercion", "bn-Latn",
  "Tor video ta amar kache ache. Kotha na shunle tor insta @rumi_jsr e post korbo, gram er shobai dekhbe, tor baba ma o. bujhe nish.",
  [("instagram", "@rumi_jsr")])
F("threats_and_coercion", "bn-Latn",
  "Police er kache jabi? Ja. Tor naam e churi r case kora ache, tui e jail e jabi, amra na.")
F("threats_and_coercion", "bn-Latn",
  "Boat theke nambi to tor ma r ghor e agun lagbe, Mongla te amar lok ache. Chup chap jal tan, bujhli?")
F("threats_and_coercion", "en",
  "He told my son if he runs from the yard the men will find him in Khulna and break his hands, and that nobody believes a "
  "boy without papers. My son is scared to even call me.")
F("threats_and_coercion", "en",
  "you think the NGO will save you? one phone call and your husband hears what you were doing in Dhaka. come back to the "
  "hotel tonight or I send the photos.")

# ---------------- labour_exploitation (8: bn 3, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "ভোর চারটা থেকে রাত এগারোটা পর্যন্ত মাছ বাছাই আর মাচায় শুকাতি দেওয়া। কোনো ছুটি নাই, জ্বর হইলেও কাজ। চার মাসের মজুরি এখনো পাই নাই, "
  "কয় সিজন শেষে দিবে।")
F("labour_exploitation", "bn",
  "জাহাজ কাটার সময় হেলমেট, জুতা কিছু দেয় না। গত সপ্তায় একজনের পায়ের উপর প্লেট পড়ছে, হাসপাতালে নেয় নাই, বাড়িও পাঠায় নাই। "
  "আমাগো দিয়া রাতের শিফটও করায়, আলাদা টাকা নাই।")
F("labour_exploitation", "bn",
  "তিন বেলার জায়গায় এক বেলা খাইতে দেয়, পান্তা আর লবণ। বেতন চাইলে কয় আগের মালিক আমাগো এই মালিকের কাছে বেইচা দিছে, "
  "আগের টাকা নতুন মালিক দিবে না।")
F("labour_exploitation", "bn-Latn",
  "18 ghonta dui shift, boshte dey na. Beton 3 mash dhore atkano, bole pore ekshathe dibe. Ekjon jor e poira gese, "
  "takeo kaj e namaise.")
F("labour_exploitation", "bn-Latn",
  "Hotel er kitchen e raat 2 tay ghumai, 6 tay uthay. mash shesh e 'bhul hoise' bole arek hotel e pathay dise, ager 2 mash "
  "er beton ke dibe keu jane na")
F("labour_exploitation", "en",
  "We dried fish for 5 months at the char, no wage, only rice. When the season ended the mahajan cut the whole crew's pay "
  "for 'loss'. Old Harun chacha fell sick and was still made to carry baskets.")
F("labour_exploitation", "en",
  "boss say no off day until order finish. we sewing from 8 morning to 3 night, sleep on factory floor. 2 month no salary, "
  "he say if we complain he will not give any.")
F("labour_exploitation", "en",
  "They're sending the gas-cutting boys into the tank without masks again. Two collapsed from the fumes last month. Shift "
  "is 12 hrs, no overtime pay, and anyone who refuses loses the month's wage.")

# ---------------- minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মেয়ের বয়স তো ১৩, জন্ম নিবন্ধনে ১৮ কইরা দিছি, কাজী সাব কিছু কবে না। বিয়ার পর জামাই ঢাকায় নিয়া কাজে লাগায়ে দিবে।")
F("minors", "bn",
  "দুবলার চরে এবারো দশ-বারো বছরের পোলাপান শুঁটকি উল্টায়, মহাজন বাপ মায়েরে আগাম টাকা দিয়া নিছে। স্কুলের খাতা থেকে নাম কাটা গেছে।")
F("minors", "bn",
  "ম্যাডামের বাসার জন্য ছোট মেয়ে লাগবে, দশ-বারো বছরের, বেশি বড় হলে চলবে না। বাপ মারে ৫ হাজার অগ্রিম দিবো, মাসের টাকা আমার কাছে জমা থাকবে।")
F("minors", "bn-Latn",
  "chele ta 14 bolse, kintu card e 19 likhe dibo, yard e boro dekhale keu kichu jigaibe na. kal Sitakunda r bus e tule dio")
F("minors", "bn-Latn",
  "Hotel e notun meye ashse, boyosh 15-16 hobe, manager bolse customer jigaile 18 bolte. o to ekhono school dress pore ashse.")
F("minors", "en",
  "Broker from Paikgachha collected 6 boys aged 10 to 13 from the shrimp ghers and took them to a Dhaka hotel kitchen. "
  "Parents got 2,000 taka each. Birth certificates were 'lost' on the way.")
F("minors", "en",
  "Need small girl for house work in Uttara, 9-12 years, poor family ok. Madam gives food and clothes, salary paid to the "
  "person who brings her. Contact 01736-518204 (imo)",
  [("phone", "+8801736518204")])

# ---------------- sexual_exploitation (8: bn 2, bn-Latn 3, en 3)
F("sexual_exploitation", "bn",
  "পার্লারে কাজ বইলা আনছে, রাতে ম্যাডাম কাস্টমারের রুমে পাঠায়। না গেলে খাওয়া বন্ধ। আমি এইখানে থাকতে চাই না আপা, আমারে নিয়া যান।")
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে খুলনা থেকে, একদম ফ্রেশ 🌹 রুম ৩০৪, ঘণ্টা ৩০০০, সারা রাত ৮০০০। বুকিং ০১৮৭৩-৪০৯১৬২, এডভান্স বিকাশে।",
  [("phone", "+8801873409162")])
F("sexual_exploitation", "bn-Latn",
  "Tumi spa therapist hisebe ashcho thik ache, kintu massage er por guest ja chay ta korte hobe. na korle salary nai, "
  "room o nai.")
F("sexual_exploitation", "bn-Latn",
  "Video call e show korte hobe, 15 min 2000, tin ta client line e ache. na korle tor bhai ke bolbo tui Dhaka te ki korish.")
F("sexual_exploitation", "bn-Latn",
  "Residential hotel e 4 ta meye ache, shob Jessore r, notun. Booking er jonno telegram e knock dao @dhk_night_rooms",
  [("telegram", "@dhk_night_rooms")])
F("sexual_exploitation", "en",
  "New girls from Khulna side, very shy 🌸 available Motijheel hotel tonight. Full night 7000. Message first, no calls: "
  "wa.me/8801946237105",
  [("whatsapp", "+8801946237105")])
F("sexual_exploitation", "en",
  "Sir my sister called from a number in Kolkata. She said the 'beauty parlour' is a house in Sonagachi and the madam says "
  "she was bought for 80,000 rupees and must work it off with customers.")
F("sexual_exploitation", "en",
  "They keep us on the 5th floor of the hotel, the receptionist job was a lie. Men come every night, the manager takes all "
  "the money. If we refuse he beats us.")

# ---------------- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "বাওয়ালিদের ছাড়াতে বাহিনী জনপ্রতি ৫০ হাজার চাইছে। টাকা দিতি হবে বিকাশে ০১৯২৩-৮৪০৫৭১ নম্বরে, তিন ভাগ কইরা, এক নম্বরে বেশি পাঠাবা না।",
  [("phone", "+8801923840571")])
F("payments_and_proceeds", "bn",
  "কালকের চালানের টাকা নগদে পাঠাইছি, TxnID 71QK8ZP3। তোমার ভাগ ২০ হাজার, বাকিটা ঢাকার লোকের। মেয়েগুলা ঠিকমতো পৌঁছাইছে তো?",
  [("mfs_transaction", "71QK8ZP3")])
F("payments_and_proceeds", "bn-Latn",
  "Border par korar taka hundi te dibo, Benapole er Kashem bhai er kache. Kolkata pouchanor por madam baki 1 lakh dibe, "
  "amar commission ta bkash e 01758-304926 pathaba.",
  [("phone", "+8801758304926")])
F("payments_and_proceeds", "bn-Latn",
  "Boy 3 ta Sitakunda te deliver hoise. Per head 8000 kore 24000 rocket e dilam, TxnId 8462019375. Next batch Satkhira theke.",
  [("mfs_transaction", "8462019375")])
F("payments_and_proceeds", "bn-Latn",
  "Tor meye ke ferot chaile 2 lakh ready kor. Taka na dile ora take Mumbai pathay dibe. Nagad e pathabi, number pore dibo. "
  "police ke janale ar pabi na.")
F("payments_and_proceeds", "en",
  f"Send the girls' share to the USDT wallet, not bKash, bKash is getting checked. TRC20: {TRON1} . Dhaka side will "
  "release the next two after confirmation.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Hotel manager pays me 30% of every booking through 5 different bKash agents in Jatrabari so no one account shows too "
  f"much. This week 1,42,000. Big boss's cut goes to BTC {BTC1}",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------- news (7)
N("news", "bn",
  "খুলনায় মানব পাচার অপরাধ দমন ট্রাইব্যুনালে দুই দালালের যাবজ্জীবন। যশোরের শার্শা থেকে তিন কিশোরীকে ভারতে পাচারের দায়ে আজ রায় "
  "ঘোষণা করেন বিচারক। রায়ে সন্তোষ প্রকাশ করেছেন রাষ্ট্রপক্ষের আইনজীবী।")
N("news", "bn",
  "সুন্দরবনে জলদস্যুদের হাতে অপহৃত ৭ জেলে মুক্ত। র‍্যাব জানায়, পরিবারগুলো মুক্তিপণের টাকা বিকাশে পাঠানোর প্রস্তুতি নিচ্ছিল, "
  "তার আগেই অভিযান চালানো হয়। ঘটনাস্থল থেকে দুইজন আটক।")
N("news", "bn-Latn",
  "Khobor dekhsis? Benapole border e 11 ta meye ke uddhar korse BGB, dalal dhora porse. shob nki Narail r Magura r. "
  "Prothom Alo te ashse.")
N("news", "en",
  "JASHORE, Dec 3 - Police rescued 14 boys aged 12 to 16 from a dry-fish yard on Dublar Char on Tuesday and arrested the "
  "yard's manager under the Prevention and Suppression of Human Trafficking Act 2012, officials said.")
N("news", "en",
  "Sitakunda: a ship-breaking yard was fined Tk 5 lakh after DIFE inspectors found workers without safety gear. The owner "
  "said helmets and boots had since been issued to all 230 workers.")
N("news", "en",
  "CID freezes 12 bKash and Nagad accounts allegedly used by a 'digital hundi' ring in Jashore; the accused are charged "
  "under the Money Laundering Prevention Act.")
N("news", "bn",
  "বাগেরহাটে চিংড়ি ঘেরে শিশুশ্রম নিয়ে মানবাধিকার কমিশনের প্রতিবেদন প্রকাশ। ঝুঁকিপূর্ণ কাজে শিশুর সংখ্যা কমেছে বলে দাবি করেছে জেলা প্রশাসন।")

# ---------------- awareness (7)
N("awareness", "bn",
  "সতর্ক থাকুন! ঢাকায় ভালো চাকরির লোভ দেখিয়ে কেউ আপনার মেয়েকে নিতে চাইলে তার পরিচয় যাচাই করুন। কারো হাতে জাতীয় পরিচয়পত্র বা "
  "জন্ম নিবন্ধন তুলে দেবেন না। সন্দেহ হলে ৯৯৯ নম্বরে ফোন করুন।")
N("awareness", "bn-Latn",
  "Jele bhaider jonno: dadon nile likhito hishab rakhun, proti kistir receipt niben. Keu jor kore kaj korale ba bhoy dekhale "
  "Upazila matsho office e janan.")
N("awareness", "en",
  "Remember: no genuine employer keeps your NID, phone or certificates. If someone asks you to lie to your family about "
  "where you are going, that is a warning sign. Help desk: 01713-048253 (Mukti Jashore).",
  [("phone", "+8801713048253")])
N("awareness", "en",
  "Child marriage is a crime. Girls under 18 cannot be married, whatever the birth certificate says. Kazis who register "
  "such marriages can be punished. Report to your UNO.")
N("awareness", "bn",
  "বাবা-মা, শুঁটকি পল্লীর কাজে ১৪ বছরের নিচের শিশুকে পাঠাবেন না। দাদনের বদলে সন্তানের শ্রম দেওয়া আইনত অপরাধ। — ইউনিয়ন পরিষদ, দাকোপ")
N("awareness", "bn-Latn",
  "Bon ra, facebook/tiktok e 'parlour job Dubai/India, passport lagbe na' type post dekhle share korben na, report korben. "
  "Passport chara bidesh e kaj er kotha bola manei dhoka.")
N("awareness", "en",
  "Ship-breaking workers: you have the right to a helmet, boots, gloves and a written appointment letter. Wages must be "
  "paid by the 7th of each month. Complaints: complaint.ctg@dife.gov.bd",
  [("email", "complaint.ctg@dife.gov.bd")])

# ---------------- official (6)
N("official", "en",
  "BMET Notice: the government-fixed migration cost for Malaysia is Tk 78,990. Do not pay any sub-agent. Registration only "
  "through the Ami Probashi app or the District Employment and Manpower Office, Khulna.")
N("official", "bn",
  "মেসার্স সুন্দরবন ওভারসিজ (আরএল-১৪৮৭): সরকার নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না। সব লেনদেন ব্যাংকের মাধ্যমে, রশিদসহ। "
  "যোগাযোগ: ০১৭১১-৫৩৯৮২০",
  [("phone", "+8801711539820")])
N("official", "bn",
  "মৎস্য অধিদপ্তর: সুন্দরবনে মাছ ধরার পাস নবায়ন ১৫ ডিসেম্বর পর্যন্ত চলবে। নৌকার লাইসেন্স ও জেলে কার্ড সঙ্গে আনুন।")
N("official", "en",
  "High Commission of India, Dhaka: visa applicants must apply only through the official IVAC portal. No agent is "
  "authorised to collect fees on the Commission's behalf.")
N("official", "bn-Latn",
  "Agroni Shrimp Farm (matsho odhidoptor nibondhito): sromik der dainik majuri 550 taka, proti brihospotibar nogod "
  "payment, shukrobar chuti. Kono agrim kete rakha hoy na.")
N("official", "en",
  "Notice: Case No. 412/2025, Nari O Shishu Nirjatan Daman Tribunal-2, Khulna. Witness Md. Rafiqul Islam "
  "(NID 7302548196) is directed to appear on 14.01.2027 at 10:30 am.",
  [("bd_nid", "7302548196")])

# ---------------- receipt (6)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01819642730. Ref ammar jonno. Fee Tk 0.00. Balance Tk 5,312.45. TrxID BKJ7Q2M9XA "
  "at 04/12/2026 19:42",
  [("phone", "+8801819642730"), ("mfs_transaction", "BKJ7Q2M9XA")])
N("receipt", "en",
  "Cash Out Tk 3,000.00 to Agent 01926418375 successful. Fee Tk 55.50. Balance Tk 1,204.10. TrxID CL84HQ2VNE at "
  "05/12/2026 11:08",
  [("phone", "+8801926418375"), ("mfs_transaction", "CL84HQ2VNE")])
N("receipt", "en",
  "Money Received. Amount: Tk 1500 Sender: 01670259348 Ref: beton TxnID: 72MXB4KD Balance: Tk 2034.50 06/12/2026 20:11",
  [("phone", "+8801670259348"), ("mfs_transaction", "72MXB4KD")])
N("receipt", "bn",
  "আপনি ০১৫৭৩৮২০৪৬১ থেকে ৳২,৫০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳২,৭৮০.৩৩। TrxID BKA5T8W3LP ০৭/১২/২০২৬ ০৯:১৫",
  [("phone", "+8801573820461"), ("mfs_transaction", "BKA5T8W3LP")])
N("receipt", "en",
  "Rocket: Tk 10,000 received from 01837506294-2. TxnId: 5930284716. Your balance Tk 10,142.00",
  [("phone", "+8801837506294"), ("mfs_transaction", "5930284716")])
N("receipt", "en",
  "Dear Customer, your A/C **4417 has been credited with BDT 45,000.00 (Remittance: Al Rajhi Bank, KSA) on 06-DEC-26. "
  "Avl Bal BDT 61,240.55. - Sonali Bank")

# ---------------- family (7)
N("family", "bn",
  "বাবা, তোর পাসপোর্ট আমার আলমারির লকারে রাখছি, হারাবি না। ভিসার কাগজ আসলে এজেন্সিতে নিজে যাবি, দালালের হাতে দিবি না।")
N("family", "bn-Latn",
  "Ammu bkash e 3000 pathalam, TrxID BKR2N6P8ZQ. boro mama ke bolo ei mash er kisti ta ami dibo.",
  [("mfs_transaction", "BKR2N6P8ZQ")])
N("family", "bn-Latn",
  "Choto bhai Chittagong e shipyard e join korse, helmet boots shob diyeche, beton ashbe 1st week e. Chinta koro na ammu.")
N("family", "en",
  "Apa, Rina's birth certificate has her name spelt 'Reena', union parishad says bring the SSC admit card to fix it before "
  "the passport application.")
N("family", "bn",
  "মহাজনের টাকা এই মাসেই শোধ হইয়া গেছে, আলহামদুলিল্লাহ। আব্বা কইছে সামনের বছর আর দাদন নিবে না, নিজের নৌকা নিজের জাল।")
N("family", "bn",
  "মেয়েরে ঢাকায় পাঠাইতেছি ঠিকই, কিন্তু ওর খালার বাসায় থাকবে, ইডেন কলেজে ভর্তি। তুমি আবার উল্টাপাল্টা ভাইবো না।")
N("family", "en",
  "Dad, the agency in Jessore is licensed, I checked on the BMET website. Fee is by bank draft and they gave a receipt. My "
  "passport number is A07319462 if you need it for the form.",
  [("bd_passport", "A07319462")])

# ---------------- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah Malaysia te bhalo achi, company time moto beton dey, overtime er taka alada. Passport nijer kache e ache. "
  "Ramadan e 2 din chuti disilo.")
N("worker_content", "bn",
  "গার্মেন্টসে তিন বছর হইলো, সুপারভাইজার ভালো মানুষ। শুক্রবার বন্ধ, ওভারটাইম করলে টাকা পাই, ঈদের বোনাসও দিছে।")
N("worker_content", "en",
  "Working at Rahman Steel yard in Sitakunda now as fitter. Got my ID card and PPE, and the bank pays salary on the 5th. "
  "Hard work but fair boss.")
N("worker_content", "bn-Latn",
  "Hotel e chef er helper hisebe kaj kortesi Cox's Bazar e, 8 ghonta shift, weekly off ache. Manager bolse 6 mash por promotion.")
N("worker_content", "en",
  "Saudi update: iqama renewed, kafeel is fine, salary 1500 riyal every month on time. Sending money home through bank, "
  "not hundi 😊")
N("worker_content", "bn",
  "দুবলার চরে এবার শুঁটকির কাজে আসছি নিজের ইচ্ছায়, মহাজন দিনে ৭০০ টাকা দিতেছে, প্রতি সপ্তায় হিসাব। ভালো আছি, নেটওয়ার্ক কম তাই কম ফোন দিই।")

# ---------------- joke (4)
N("joke", "bn-Latn",
  "Bou bole amar passport nijer kache rakhbe, ami nki palay jabo 😂 bhai amar to visa e nai")
N("joke", "en",
  "My boss has confiscated my weekends, is holding my lunch break hostage and demands a ransom in the form of a PowerPoint "
  "by Monday 😂")
N("joke", "bn",
  "আম্মু আমার ফোন জব্দ করছে, কয় পরীক্ষা শেষ না হওয়া পর্যন্ত বন্দী জীবন 😭 কেউ আমারে উদ্ধার করো")
N("joke", "en",
  "Update: my mom has 'sold' me to my aunt for the whole wedding week as unpaid labour. Payment received: one plate of "
  "biryani 😂")

# ---------------- chatter (7, hard)
N("chatter", "bn-Latn",
  "Bhai hotel booking dilam Cox's bazar e, 3 raat, room 304. bkash e advance pathaisi. tora kobe ashbi?")
N("chatter", "bn",
  "ঘেরে চিংড়ির দাম এইবার ভালো, কেজি ৮৫০। আড়তদার নগদ দিছে, কোনো বাকি নাই।")
N("chatter", "en",
  "Anyone know a good beauty parlour in Khulna for bridal makeup? Need it on the 12th, budget 8-10k. Is @glow_khulna on insta any good?",
  [("instagram", "@glow_khulna")])
N("chatter", "bn-Latn",
  "Dost amar NID card ta hariye gese, online e abar apply korsi. kono dalal er kache jabo na, nijei korbo.")
N("chatter", "bn",
  "নতুন মেয়েটা কাল থেকে অফিসে জয়েন করছে, খুলনার মেয়ে, খুব লাজুক। তোমরা একটু সাহায্য কইরো।")
N("chatter", "en",
  "bro the trawler leaves Mongla at 5am, we'll be at sea 10 days. no network after Hiron Point, tell ma I'll call when back")
N("chatter", "bn-Latn",
  f"ETH kinlam 0.2, address ta check kor: {ETH1} thik ache na? wallet e ekhono ashe nai",
  [("eth_address", ETH1)])

# ---------------- easy, everyday (10, hard=False)
N("chatter", "bn", "আজ বিকালে খেলা আছে, মাঠে আসিস।", hard=False)
N("chatter", "bn-Latn", "Ammu ajke raate ki ranna? ami 9 tar moddhe bari ashbo", hard=False)
N("chatter", "en", "Meeting moved to 3pm tomorrow, please bring the printed slides.", hard=False)
N("chatter", "bn", "শুভ জন্মদিন বন্ধু! 🎂 অনেক অনেক শুভকামনা।", hard=False)
N("chatter", "bn-Latn", "Kal bus strike, office jabo na mone hoy. tui ki korbi?", hard=False)
N("chatter", "en", "Eid Mubarak everyone! 🌙 Love from all of us in Khulna", hard=False)
N("chatter", "bn", "ছাদে কাপড় শুকাইতে দিছি, বৃষ্টি আসলে একটু তুলে নিও।", hard=False)
N("chatter", "en", "Can you send me the notes for chapter 5? Exam is on Sunday.", hard=False)
N("chatter", "bn-Latn", "Bhai amar number change hoise, notun number 01632-718409 save kore rakhis",
  [("phone", "+8801632718409")], hard=False)
N("chatter", "bn", "আব্বু, বিদ্যুৎ বিল জমা দিছি, রসিদ টেবিলের উপর রাখছি।", hard=False)


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
    random.Random(137).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev137-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
