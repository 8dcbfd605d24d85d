"""Blind evaluation set dev172 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a hotel receptionist in Cox's Bazar's Kolatoli area who sees what "managers" and touts arrange for tourists (girls from Bandarban, Chattogram and the camps, some under 18, kept in rented flats and sent to hotels); touts' and managers' messages, the girls' and families' chats, tourist police and NGO notices, the hotel staff group, ordinary family chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev172.jsonl"
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


BTC1 = btc("dev172-btc-1")
TRON1 = tron("dev172-tron-1")
ETH1 = eth("dev172-eth-1")

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

# ---- sexual_exploitation (bn3, bn-Latn3, en2)
F("sexual_exploitation", "bn", "ভাই কলাতলীর ৩০৪ নম্বরে দুইটা পাঠাইছি, সারা রাইতের প্যাকেজ ৮ হাজার। আগে টাকা হাতে নিবা তারপর মাইয়া রুমে ঢুকবো। গেস্ট ঝামেলা করলে আমারে দিও ০১৮৪৭৩২৯১৫৬", [("phone", "+8801847329156")])
F("sexual_exploitation", "bn", "আপু আজকে রাতে তিনটা রুমে যাইতে কইছে। আমি না করছি দেইখা ম্যাডাম কয় না গেলে খাওন বন্ধ। শরীর আর চলে না আপু, কাইল থিকা জ্বর")
F("sexual_exploitation", "bn", "নতুন চালান আসছে বান্দরবান থেকে, পাহাড়ি মেয়ে, ঢাকার গেস্টদের কাছে ডিমান্ড বেশি। রিসিপশনে কেউ জিগাইলে বলবা ফ্যামিলি গেস্ট, খাতায় নাম তুলবা না। লাইনের লোক ০১৫৫৩৮২৭৪১৯", [("phone", "+8801553827419")])
F("sexual_exploitation", "bn-Latn", "Boss sea view er 5 tolar guest duijon chaise, short time 3000 ghonta, full night 7000. Meye ready ache flat e, CNG te pathai dibo 10 min e, apni shudhu gate e bole rakhen. amar notun number 01947-562810", [("phone", "+8801947562810")])
F("sexual_exploitation", "bn-Latn", "Amake bolse parlour er kaj. ekhon protidin raate notun notun hotel e pathay, kal 5 ta guest silo. ami ar parchi na apa, keu jodi ekta rasta dekhaito")
F("sexual_exploitation", "bn-Latn", "Kolatoli te new item ashche, ekdom fresh, camp er meye, rate o kom. Chobi dekhte chaile ekhane nok den wa.me/8801936284710 , hotel er naam bolben age", [("whatsapp", "+8801936284710")])
F("sexual_exploitation", "en", "Cox's Bazar VIP service 🌹 new girls every week ✈️ from Ctg & hill tracts. Hotel delivery Kolatoli / Sugandha / Laboni, full night package available. Telegram @coxvip_rose only, no calls", [("telegram", "@coxvip_rose")])
F("sexual_exploitation", "en", "sir girl is ready, you pay to me not to her. 5000 for 2 hour, whole night 9000 and i tell the guard downstairs. she dont speak english much, no problem she will do what you say. call 01385 264 097", [("phone", "+8801385264097")])

# ---- minors (bn3, bn-Latn2, en3)
F("minors", "bn", "মেয়েটার বয়স ১৫-১৬ হইবো, রিসিপশনে আইডি চাইলে ওর বড় বোনের এনআইডি দেখাইয়া দিবা। এই গেস্ট ছোট মাইয়াই চায়, এইটাই চলবে, রেট ডাবল।")
F("minors", "bn", "আমার মাইয়া ক্লাস এইটে পড়ে, ওরে কক্সবাজারের হোটেলে রান্নার কাজ দিবো কইয়া নিয়া গেছে রহিম দালাল। তিন সপ্তাহ ধইরা ফোন বন্ধ। কেউ কিছু জানলে এই নাম্বারে খবর দেন ০১৭১৯-৮৪৫৫২৩", [("phone", "+8801719845523")])
F("minors", "bn", "ছোটটারে একটু সাজাইয়া বড় বানাইয়া পাঠাও, জন্ম নিবন্ধনটা আমার কাছে রাইখা দাও। ১৮ বছরের নতুন কাগজ বানাইতে দুই হাজার লাগবো, ইউনিয়নের পোলা কইরা দিবো।")
F("minors", "bn-Latn", "camp theke je duita anlam ekta 14 arekta 16. boro guest der kache extra charge, bolbi school er meye. keu boyosh jiggasa korle bolbi 19, mukhe mukhe mukhosto koraye de. chobi imo te pathaisi 01623948571 e", [("phone", "+8801623948571")])
F("minors", "bn-Latn", "Vai 208 e je meye ta dhuklo oke dekhe to 13-14 lage, sathe oi mota tout ta. Manager vai bolse chup thakte, room tar nam e book. Amar kharap lagtese")
F("minors", "en", "young ones available, 15 to 17, school girl look. extra 3000. only for trusted guests, no photos, no ID at the hotel, I handle the reception boy. whatsapp +880 1537 284 961", [("whatsapp", "+8801537284961")])
F("minors", "en", "I am 16 years. Aunty said I will work in beauty parlour in Cox bazar and send money to Ammu. now they send me to rooms with men. please help me, I am in Kolatoli, a flat on the 4th floor behind the mosque")
F("minors", "en", "get her a new birth certificate showing 2005, the union office guy will do it for 1500. till then she stays in the flat, she looks too young to pass the front desk")

# ---- isolation_and_control (bn2, bn-Latn3, en3)
F("isolation_and_control", "bn", "মেয়েদের মোবাইল সব আমার কাছে জমা থাকবে। ফ্ল্যাটের গেট বাইরে থেকে তালা, চাবি শুধু দারোয়ান মামার কাছে। হোটেলে গেলে সাথে রনি যাবে, একা ছাড়বা না কোনদিন।")
F("isolation_and_control", "bn", "আম্মা আমি ভালো আছি... ওরা কইছে এইটা কইতে, পাশে বইসা শুনতেছে। বাইরে যাইতে দেয় না, জানালাও বন্ধ রাখে। এই নাম্বারে আর ফোন দিও না আম্মা")
F("isolation_and_control", "bn-Latn", "notun meye gula ke kono SIM diba na. family ke bolbe hotel e room service er kaj kore. mashe ekbar kotha bolbe, amar samne speaker on kore")
F("isolation_and_control", "bn-Latn", "ami sumi, ei phone ta ekjon guest er. amra 6 jon ek flat e, bahire theke tala deya, Sugandha point er pichone holud building 3 tola. amar phone niye geche prothom din e")
F("isolation_and_control", "bn-Latn", "driver ke bolo meyeder hotel theke sathe sathe niye ashbe, majhe kono dokane namte dibe na, pani kinte o na. keu palaite chaile ami jani ki korte hobe")
F("isolation_and_control", "en", "Keep the Bandarban girl inside this week, she was talking to the cleaner at the hotel. No phone, no balcony, food only through the door.")
F("isolation_and_control", "en", "rules for the flat: no visitors, no calls home without me, phones charge in my room at night. if anyone asks, you are my cousin sisters from Feni")
F("isolation_and_control", "en", "they took my phone and my NID card the first day, im writing from the room boy's phone. we cant leave the flat except when they drive us to hotels. dont reply to this number. call my sister 01814-629305 tell her im alive", [("phone", "+8801814629305")])

# ---- threats_and_coercion (bn3, bn-Latn3, en2)
F("threats_and_coercion", "bn", "পালাইলে তোর বাপ-মারে ক্যাম্পে খুঁইজা বাইর করমু। তোর ছবি ভিডিও সব আমার কাছে আছে, ফেসবুকে ছাইড়া দিমু, বুঝছস?")
F("threats_and_coercion", "bn", "কাইল রাতে যাইতে চাই নাই বইলা বেল্ট দিয়া মারছে। কয় পুলিশের কাছে গেলে আমারেই ধরবো, আমার তো কোন কার্ড নাই, ক্যাম্পে ফেরত দিবো")
F("threats_and_coercion", "bn", "রিসিপশনের ছেলেটা বেশি প্রশ্ন করতেছে। ওরে বুঝাইয়া দিও, চাকরি আর হাত পা দুইটাই রাখতে চাইলে মুখ বন্ধ রাখতে।")
F("threats_and_coercion", "bn-Latn", "tui jodi abar NGO r apa der sathe kotha bolish, tor choto bon ke o niye ashbo. mone rakhis tor bari kothay ami jani, Lama bazar er pashe")
F("threats_and_coercion", "bn-Latn", "camp er meye tora, police dhorle Bhasanchar pathabe naile Myanmar. amar kotha shunle keu kisu korbe na, naile ami nijei thana te diye ashbo. oi parer dalal er number o ache +95 9 783412560", [("phone", "+959783412560")])
F("threats_and_coercion", "bn-Latn", "video ta save kore rakhsi. kaj na korle tor jamai er kache pathai dibo, tor sonsar sesh. bhebe dekh")
F("threats_and_coercion", "en", "tell Rupa if she refuses one more guest tonight she goes to the Teknaf house. she knows what happens there")
F("threats_and_coercion", "en", "He said if I go to tourist police they will put me in jail because I am from camp. He hit Jesmin with the charger wire last night, her back is all marks")

# ---- recruitment_deception (bn2, bn-Latn2, en3)
F("recruitment_deception", "bn", "ঢাকায় গার্মেন্টসে নেওয়ার কথা ছিল, বেতন ১২ হাজার। এখন কক্সবাজারের একটা ফ্ল্যাটে রাখছে, কয় হোটেলের গেস্টদের খুশি করলেই বেতন, নাইলে নাই।")
F("recruitment_deception", "bn", "কক্সবাজার ফাইভ স্টার হোটেলে রিসিপশনিস্ট/হাউসকিপিং, শুধু মেয়ে, বয়স ১৬-২৫, থাকা খাওয়া ফ্রি, মাসে ২৫-৩০ হাজার, অভিজ্ঞতা লাগবে না, আজকেই জয়েন। ফোন ০১৬২৮৪৭৩৯০১", [("phone", "+8801628473901")])
F("recruitment_deception", "bn-Latn", "apni shudhu meye ke Keranirhat bus stand e pathan, oke Cox er ekta beauty parlour e kaj dibo. family ke bolben biyer kotha o pakka, chele Dubai thake. kotha bolte chaile 01556-739204", [("phone", "+8801556739204")])
F("recruitment_deception", "bn-Latn", "Bhaiya bolechilo Inani r resort e waitress er job, uniform er chobi o dekhaisilo. eshe dekhi kono resort na, ekta flat, ar ekhane boshe thakte hoy guest er jonno")
F("recruitment_deception", "en", "Hiring girls for Cox's Bazar spa & massage, salary 35k + tips, free room & food, bring only NID photo. No experience, training given. Limited seat!! mail coxspajobs.hr@gmail.com", [("email", "coxspajobs.hr@gmail.com")])
F("recruitment_deception", "en", "trust me apu its a proper hotel job, owner is my uncle. dont tell your family the address yet, just say garments in Chattogram. after first salary you can tell them. dm me on insta @rimi.hoteljobs", [("instagram", "@rimi.hoteljobs")])
F("recruitment_deception", "en", "Told her family it's a marriage with a hotel owner's son in Cox's, they sent her happily with gold earrings. She'll understand when she gets here.")

# ---- fees_and_debt (bn2, bn-Latn3, en2)
F("fees_and_debt", "bn", "তোর আসার গাড়ি ভাড়া, জামা কাপড়, মেকআপ, ফ্ল্যাট ভাড়া মিলাইয়া ৮৫ হাজার হইছে। এইটা কাটা শেষ না হওয়া পর্যন্ত হাতে এক টাকাও পাবি না।")
F("fees_and_debt", "bn", "আপা হিসাব কইরা দেখলাম, প্রতি রাতে যা পাই তার ৭০ ভাগ ম্যাডাম ঋণের নামে কাইটা রাখে। ছয় মাসেও ঋণ শেষ হয় না, উল্টা বাড়ে")
F("fees_and_debt", "bn-Latn", "tor ma ke 30 hajar advance dichi, oita shodh na kora porjonto tui kothao jabi na. protidin er khaoa 300 o hisab e jog hobe")
F("fees_and_debt", "bn-Latn", "meye ta chole jete chay? bolo age 1 lakh 20 hajar ferot dite hobe. rasta khoroch, thana r taka, kapor, sob ei hisab e. taka ashle bKash 01768293410 e, meye ke na", [("phone", "+8801768293410")])
F("fees_and_debt", "bn-Latn", "Bhai amar bon er 'debt' naki 60 hajar. ami shodh korte chaile bolse aro 40 lagbe interest, naile chharbe na. ki korbo bujhtesi na")
F("fees_and_debt", "en", "new rule: any girl who sleeps late or skips a guest pays 2000 fine, added to her book. Rupa's book is 1,45,000 now, don't let her say it's finished")
F("fees_and_debt", "en", "her uncle took 50k from me in Bandarban so she works it off here. every guest is 1500 off the balance, nothing in her hand till zero")

# ---- payments_and_proceeds (bn3, bn-Latn2, en2)
F("payments_and_proceeds", "bn", "আজকের কালেকশন ৩৭ হাজার। ১০ হাজারের বেশি এক নাম্বারে পাঠাইবা না, তিনটা বিকাশ এজেন্টে ভাগ কইরা ক্যাশ ইন দাও, ট্রানজেকশন আইডি ইনবক্স করবা। আজকে ০১৯১২৪৮৭৩৬০ এজেন্টে দিও না।", [("phone", "+8801912487360")])
F("payments_and_proceeds", "bn", "ভাই ২৬০০০ পাঠাইলাম নগদে, TxnID 7JQ4M2KX9P, দুই মাইয়ার এই সপ্তাহের ভাগ। হোটেলের রিসিপশনের ২০০০ আলাদা দিয়া দিছি।", [("mfs_transaction", "7JQ4M2KX9P")])
F("payments_and_proceeds", "bn", f"বড় ভাইয়ের ভাগ এখন থেকে USDT তে যাবে, এই ঠিকানায়: {TRON1} । বিকাশে আর বড় অ্যামাউন্ট না, একাউন্ট ফ্রিজ করতেছে।", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "guest ra bKash e dile meyer nambar e na, ei agent nambar e: 01872639405, reference e likhbe 'room rent'. meyera kono taka hate rakhbe na", [("phone", "+8801872639405")])
F("payments_and_proceeds", "bn-Latn", "boss ajker total 42k. 20k cash Babu vai er kache, baki 22k bkash korlam TrxID BK83JD72QL. meyeder kono share dei ni, apni jemon bolsilen", [("mfs_transaction", "BK83JD72QL")])
F("payments_and_proceeds", "en", "tourists pay by card at the hotel as 'extra bed', front desk pays us cash next morning. 30% front desk, 70% us. girls get tips only, and only if guest gives in hand")
F("payments_and_proceeds", "en", f"send Dhaka partner's cut to BTC {BTC1} not bKash, 3 numbers already frozen. write 'tour package' in notes if anyone asks", [("btc_address", BTC1)])

# ---- labour_exploitation (bn2, bn-Latn2, en3)
F("labour_exploitation", "bn", "দিনে হোটেলের লন্ড্রিতে কাজ, রাইতে গেস্টের রুমে পাঠায়। ঘুম ৩-৪ ঘণ্টা। চার মাসে বেতনের একটা টাকাও দেয় নাই, কয় জমা আছে, যাওয়ার সময় দিবো।")
F("labour_exploitation", "bn", "ফ্ল্যাটের মেয়েরা সকালে আমার বাসায় রান্না, কাপড় ধোয়া করবে। বেতন লাগবে না, থাকা খাওয়া দিতেছি এইটাই বেতন। কেউ বসে থাকবে না।")
F("labour_exploitation", "bn-Latn", "ek bela khabar dey, vaat ar patla dal. sokal 8 ta theke rat 2 ta porjonto, kono chuti nai. beton chaile bole season sesh hok age")
F("labour_exploitation", "bn-Latn", "oder salary ekhon dibo na, season shesh hole ek sathe. ager bar je 3 jon palaise tader salary ami rekhe disi, etai niyom, shobai ke bujhai dio")
F("labour_exploitation", "en", "we clean 40 rooms a day, start 6am finish after midnight, no day off since Eid. manager keeps our salary 'safe' with him and gives 200 taka for soap and pads")
F("labour_exploitation", "en", "The camp girls work the kitchen for food only, don't put them in the staff register. If labour office comes they are relatives visiting.")
F("labour_exploitation", "en", "seven of us sleep in one room on the floor, one meal at 4pm. when Tania fainted he said no work no food, she was back at the laundry in an hour")

# ================================================================ OK (60)
# ---- bn (20)
N("news", "bn", "কক্সবাজারের কলাতলীতে একটি ফ্ল্যাট থেকে ছয় তরুণীকে উদ্ধার করেছে ট্যুরিস্ট পুলিশ, গ্রেপ্তার দুই দালাল। উদ্ধারকৃতদের মধ্যে দুজন অপ্রাপ্তবয়স্ক বলে জানিয়েছে পুলিশ।")
N("news", "bn", "উখিয়া ক্যাম্প থেকে কিশোরী পাচারের অভিযোগে মামলা, আদালতে তিন আসামির জামিন নামঞ্জুর। বিস্তারিত: https://coxnews24.example/court-ukhia-case", [("url", "https://coxnews24.example/court-ukhia-case")])
N("awareness", "bn", "সতর্কতা: হোটেল বা পার্লারে চাকরির কথা বলে অপরিচিত কেউ আপনার মেয়েকে কক্সবাজারে নিয়ে যেতে চাইলে বিশ্বাস করবেন না। আগে ঠিকানা যাচাই করুন, সন্দেহ হলে ৯৯৯ এ ফোন দিন।")
N("awareness", "bn", "কখনো কারো হাতে নিজের এনআইডি, জন্ম নিবন্ধন বা মোবাইল জমা দিবেন না। কেউ আটকে রাখলে বা ভয় দেখালে নারী সহায়তা কেন্দ্রে যোগাযোগ করুন ০১৭৭৯৩৪২৬১৮", [("phone", "+8801779342618")])
N("official", "bn", "সকল ফ্রন্ট ডেস্ক স্টাফের জন্য: চেক-ইনের সময় প্রত্যেক অতিথির এনআইডি/পাসপোর্ট কপি রাখতে হবে। অভিভাবক ছাড়া ১৮ বছরের নিচে কাউকে রুম দেওয়া যাবে না। — ম্যানেজমেন্ট")
N("official", "bn", "বিএমইটি নিবন্ধিত রিক্রুটিং এজেন্সি: মালয়েশিয়া গমনেচ্ছু কর্মীদের সরকার নির্ধারিত খরচ ৭৯,০০০ টাকা, এর বেশি কাউকে দিবেন না। স্মার্ট কার্ড ছাড়া বিদেশ যাওয়া যাবে না, দালাল থেকে সাবধান।")
N("receipt", "bn", "নগদ: ক্যাশ আউট সফল। পরিমাণ ৫,০০০ টাকা, চার্জ ৭২.৫০ টাকা। TxnID 72HF9K3M। বর্তমান ব্যালেন্স ৮৩০.৪০ টাকা।", [("mfs_transaction", "72HF9K3M")])
N("family", "bn", "আম্মা পাসপোর্ট হাতে পাইছি, মামার আলমারিতে রাখছি, হারাইবো না। নাম্বার A07352914, একবার মিলাইয়া দেইখো ফর্মে ঠিক লিখছি কিনা", [("bd_passport", "A07352914")])
N("family", "bn", "রুমার বিয়ার কথা পাকা, ছেলে চট্টগ্রামে ব্যাংকে চাকরি করে। দেনমোহর নিয়া কাল বসবো, তুই ছুটি নিয়া আয়, হোটেলের ম্যানেজাররে বইলা দে। ছেলের বাবার নাম্বার ০১৭৩৮৫৬২৯৪১", [("phone", "+8801738562941")])
N("family", "bn", "ভাই তোর এনআইডি নাম্বারটা দে তো, ১৯৯৪৮২২৬৫১৭৩৯০৮৮২, এইটাই তো? বিদ্যুতের মিটারের ফর্মে লাগবে।", [("bd_nid", "19948226517390882")])
N("joke", "bn", "বস বলছে এই সিজনে কোন ছুটি নাই, রাইতেও ডিউটি। আমি কইলাম বস আমি তো হোটেলের সোফা হইয়া গেলাম, গেস্টরা বইসা যায় আমার উপর 😂")
N("worker_content", "bn", "আলহামদুলিল্লাহ হাউসকিপিংয়ে দুই বছর হইলো, বেতন সময়মতো পাই, ঈদে বোনাসও দিছে। মাসে চার দিন ছুটি, বাড়িতেও টাকা পাঠাইতে পারি।")
N("chatter", "bn", "৩০৪ এর গেস্ট ১১টায় চেকআউট, এরপর ডিপ ক্লিন। সন্ধ্যায় ঢাকা ইউনিভার্সিটির মেয়েদের একটা গ্রুপ আসবে, সাথে দুইজন স্যার, সবার আইডি কপি রাখবা।")
N("chatter", "bn", "ট্যুরিস্ট পুলিশের স্যার আজকে গেস্ট রেজিস্টার দেখে গেছেন, সব ঠিক আছে বলছেন। রাতের শিফটে কেউ খাতা ফাঁকা রাখবা না।")
N("awareness", "bn", "এনজিও'র আপারা আগামী শুক্রবার হোটেল স্টাফদের ট্রেনিং দিবে: শিশু ও নারী পাচার কিভাবে চিনবেন, কাকে জানাবেন। সবাই ১০টায় কনফারেন্স রুমে।")
N("family", "bn", "আব্বা বিকাশে ৩০০০ পাঠাইলাম, মায়ের ওষুধ আর বিদ্যুৎ বিল দিয়া দিও। এই মাসে ওভারটাইম পাইছি বইলা একটু বেশি দিলাম।")
N("chatter", "bn", "কক্সবাজারে আজকে সাগর উত্তাল, ৩ নম্বর সংকেত। গেস্টদের বইলা দিও সুগন্ধা পয়েন্টে পানিতে না নামতে।", hard=False)
N("family", "bn", "আম্মু আজকে কি রান্না করছো? আমি রাত ১০টায় শিফট শেষ কইরা আসতেছি, ভাত রাইখা দিও।", hard=False)
N("chatter", "bn", "কেউ কি জানো ডলফিন মোড়ের পাশে ভালো দর্জির দোকান কোনটা? ইউনিফর্মের প্যান্ট ছোট হইয়া গেছে", hard=False)
N("family", "bn", "ছোট মামার মেয়ের আকিকা শুক্রবার, সবাই দুপুরে চইলা আসবা। গরু না ছাগল এখনো ঠিক হয় নাই।", hard=False)

# ---- bn-Latn (20)
N("news", "bn-Latn", "khobor dekhli? Laboni point er ekta hotel e raid diyese, manager shoho 4 jon dhora porse, 3 ta meye uddhar. amader hotel er samne o police er gari silo kal rate")
N("awareness", "bn-Latn", "Apu ra, keu jodi parlour ba hotel er job er kotha bole NID ar chobi chay, age family ke janan. asol kono kaj er jonno age taka dewa lage na, ar phone kauke diben na")
N("official", "bn-Latn", "Sobai notice koro: aj theke raat 11 tar por kono outside visitor room e jabe na. guest er sathe ke ashche register e likhte hobe, na hole front desk dayi. kono problem hole wa.me/8801896473520 - GM", [("whatsapp", "+8801896473520")])
N("receipt", "bn-Latn", "bKash: You have received Tk 3,500.00 from 01712458963. Ref: room advance. Fee Tk 0.00. Balance Tk 12,480.50. TrxID CJ74KD92LS at 14/11/2026 21:14", [("phone", "+8801712458963"), ("mfs_transaction", "CJ74KD92LS")])
N("family", "bn-Latn", "Apa tomar biyer jonno cheleder barir lok Cox e ashbe, Kolatoli te 2 ta room book korchi amader hotel e, staff discount e. baki taka bKash kore dio")
N("family", "bn-Latn", "Ammu bolse Mitu r birth certificate ar passport ekhon theke amar kache thakbe, she hostel e harai felbe. Eid e bari gele diye dibo")
N("joke", "bn-Latn", "Cox e gele amar bou amar phone niye nei, bole sea dekho Facebook na 😂 puro 3 din 'phone confiscated', ekdom jail er moto lagse")
N("worker_content", "bn-Latn", "Alhamdulillah hotel er front desk e 1 bochor holo. beton somoy moto pai, thaka khaoa free, ar manager vai valo manush, chuti chaile dey")
N("chatter", "bn-Latn", "Room 512 er madam bolse tar meye 15 bochor, alada bed lagbe. ektu extra bed ar towel pathai dio please, family guest, 3 rat thakbe. madam er number 01674-381925", [("phone", "+8801674381925")])
N("chatter", "bn-Latn", "Ei season e booking full, Dec 20 theke Jan 2 porjonto ekta room o nai. Full night shift er duty list group e dilam, check koro")
N("awareness", "bn-Latn", "Camp er protita block e BRAC er apara meeting korbe, meyeder bidesh ba Cox e kaj er nam e keu niye gele jeno sathe sathe CiC office e janano hoy. hotline 01713-904528", [("phone", "+8801713904528")])
N("news", "bn-Latn", "Dhaka theke ashe je tout ta meyeder niye business korto, oi Kalu naki Teknaf e dhora porse RAB er hate. group e link dilam, porle bujhbi")
N("family", "bn-Latn", "Bhai tor bhabi ke niye Cox e ashbo next month, honeymoon package ache naki tomader hotel e? sea view chai, daam ta ektu kom koro")
N("joke", "bn-Latn", "manager vai bolse ei mash e salary ektu late hobe. ami bollam vai late hok, kintu 'season shesh hole ek sathe' bolben na plz 😭")
N("worker_content", "bn-Latn", "Inani te cook er kaj ta valoi lagtese. 6 din kaj, 1 din chuti, beton 16 hajar plus service charge. Ammu ke protimash 10 pathai")
N("chatter", "bn-Latn", "Tour package er jonno Telegram channel e join koro @coxtripdeals , Saint Martin er ship ticket o pawa jay oikhane", [("telegram", "@coxtripdeals")])
N("family", "bn-Latn", "Abba ke bolo pension er taka Nagad e dhukse, TxnID 73K9QW2MTP, bank e jawa lagbe na", [("mfs_transaction", "73K9QW2MTP")])
N("chatter", "bn-Latn", "kal raate ki boshti brishti, Kolatoli mor e hantu pani. bike niye aste parini, CNG bhara 200 chailo", hard=False)
N("family", "bn-Latn", "Ammu, Rafi r result dise, GPA 5 paise! mishti kine niye ashchi", hard=False)
N("chatter", "bn-Latn", "keu ki amar charger ta dekhso? reception er drawer e rekhe gesilam", hard=False)

# ---- en (20)
N("news", "en", "Cox's Bazar: RAB-15 arrests three over trafficking of Rohingya girls from Ukhiya camps; the victims were handed to an NGO shelter, police said on Sunday.")
N("news", "en", "Tourist police say they rescued 11 women, including 4 minors, from two rented flats in Kolatoli this month and registered cases under the 2012 trafficking act.")
N("awareness", "en", "Notice for hotel staff: if a guest checks in with a girl who looks under 18 and cannot show a relation, do not hand over the key. Call the tourist police desk 01320-158927 any time.", [("phone", "+8801320158927")])
N("awareness", "en", "Never hand your passport, NID or phone to an agent or 'manager'. No legal job asks you to pay a debt with work. Helpline & info: https://safe-migration.example.org/bn", [("url", "https://safe-migration.example.org/bn")])
N("official", "en", "Hotel Sea Crown staff: from 1 Dec all guest ID scans must be uploaded to the tourist police guest register before 10pm. Queries: frontoffice@seacrowncox.example", [("email", "frontoffice@seacrowncox.example")])
N("official", "en", "Licensed agency RL-0872: Malaysia plantation jobs, government cost Tk 79,000 only, paid at the bank with receipt. Passport stays with you until visa stamping. No sub-agents.")
N("receipt", "en", "Payment received: Tk 18,500 for 3 nights deluxe sea view + breakfast, Booking CXB-22914. Paid via bKash TrxID DA63LQ0PZ7. Thank you for staying with us.", [("mfs_transaction", "DA63LQ0PZ7")])
N("family", "en", "Bhai, Ammu says keep the girls' birth certificates and passports in the steel trunk, the school admission needs copies next month. don't lose them like last time")
N("family", "en", "Apu the groom's side is coming to Cox's on Friday, can you keep two rooms? they'll pay at checkout. and tell mama not to talk about dowry in front of them lol")
N("joke", "en", "my boss took my phone during the meeting and said 'no contact with the outside world until the sales report is done' 😂 trafficking of a different kind")
N("worker_content", "en", "Started at the Inani resort as a waitress, salary 14k + service charge, one day off a week. Tired but happy, sending 8k to Ammu every month inshallah. follow us @inani_bay_resort", [("instagram", "@inani_bay_resort")])
N("chatter", "en", "Guest in 407 asked for a late checkout and a taxi to the airport at 3. Also she says her 16 year old daughter lost a gold earring at the pool, please check lost & found")
N("chatter", "en", "Night shift note: two girls from the NGO team checked in with their supervisor, rooms 210-211 paid by the organisation. All IDs copied.")
N("awareness", "en", "Workshop tomorrow with IOM & tourist police: how hotel receptionists can spot trafficking signs – young girls with older men, girls who can't speak for themselves, someone else holding their IDs.")
N("chatter", "en", f"cousin keeps sending me his crypto address {ETH1} asking for 'investment' lol, told him I'm a receptionist not a bank", [("eth_address", ETH1)])
N("worker_content", "en", "Our housekeeping team finally got the new overtime policy: anything over 8 hours paid double, and a proper day off. Manager sir actually listened!")
N("family", "en", "Ammu I reached Cox's safely, the staff dorm is clean, 3 of us in one room. Call me after Isha, I'll be off duty", hard=False)
N("chatter", "en", "anyone up for Mermaid cafe after shift? sunset looks crazy today", hard=False)
N("chatter", "en", "reminder: staff football match vs Long Beach hotel on Thursday 5pm, bring jerseys", hard=False)
N("family", "en", "did you pay the wifi bill? the router is blinking red again", hard=False)

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
    random.Random(172).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev172-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
