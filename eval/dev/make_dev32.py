#!/usr/bin/env python3
"""Write /work/blind/dev32.jsonl: 120-item blind evaluation set (60 flag / 60 ok)."""
import hashlib, json, random, re

OUT = "/work/blind/dev32.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version, payload):
    data = bytes([version]) + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def b58decode_check(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    body, chk = raw[:-4], raw[-4:]
    assert hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == chk, s
    return body


def seed(tag):
    return hashlib.sha256(("dev32-" + tag).encode()).digest()


BTC1 = b58check(0x00, seed("btc-1")[:20])
TRX1 = b58check(0x41, seed("tron-1")[:20])
TRX2 = b58check(0x41, seed("tron-2")[:20])
ETH1 = "0x" + seed("eth-1").hex()[:40]

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
c = "recruitment_deception"
F(c, "bn", "ভাই দুবাই তে হাসপাতালের ক্লিনার এর কাজ থাকা খাওয়া ফ্রি মাসে ৬০ হাজার হাতে পাইবেন। মেডিকেল ইন্টারভিউ কিচ্ছু লাগবো না শুধু ভিজিট ভিসা তে যাবেন ওখানে গিয়া কোম্পানি কাগজ ঠিক কইরা দিবো। সরকারি অফিসে যাওয়ার দরকার নাই ওরা খালি ঝামেলা করে")
F(c, "bn", "আপা আমারে কইছিলো এক বাসায় বাচ্চা দেখার কাম, এখানে আইনা দেখি তিন বাসায় ঘুরাইয়া কাম করায়। কাগজে যা লেখা আছিলো তার কিছুই না, বেতনও অর্ধেক")
F(c, "bn", "সৌদি ফ্রি ভিসা রেডি আছে 🇸🇦 মালিকের কোন ঝামেলা নাই নিজে কাজ খুইজা নিবেন ইকামা আমরা করাই দিমু। আগ্রহীরা এনআইডি নম্বর ও ছবি পাঠান, ইমুতে নক দেন ০১৮২৩-৪৫৬৭১২",
  [("phone", "+8801823456712")])
F(c, "bn-Latn", "Malaysia calling visa ase vai factory te, beton 1800 ringgit overtime alada. kono training lagbena BMET card amra bebostha kore dibo tomar kaj sudhu passport ta pathai dewa")
F(c, "bn-Latn", "ami je kajer kotha bolsilo oita na. ekhane call center e boshay rakhse manush ke fake msg pathaite bole 12 ghonta. agent bolsilo data entry, ekhon bole 3 mash er age jawa jabe na")
F(c, "bn-Latn", "bhaisab Oman o hotel o kam, mash o 45 hajar, aibar hoile ekhon aia poro. visa visit oilou kono problem nai oikhane giya work permit oibo, amar lgt kotha koiba wa.me/96891234567",
  [("whatsapp", "+96891234567")])
F(c, "en", "URGENT hiring females 18-30 for Dubai beauty salon reception!! No experience needed. Salary AED 3500 + tips, free ticket free room. Travel on tourist visa, company converts after arrival. Interview on Telegram only @dxb_salon_jobs2 or mail dxb.salonjobs24@gmail.com",
  [("telegram", "@dxb_salon_jobs2"), ("email", "dxb.salonjobs24@gmail.com")])
F(c, "en", "Bro the job is in Thailand only, IT company customer support 1200 USD. They take you by road from Myanmar side so no need visa. Just come Chattogram by friday and dont tell family till you reach, they will only make problem")

c = "fees_and_debt"
F(c, "bn", "সৌদির খরচ টোটাল ৫ লাখ ৮০ হাজার, অর্ধেক এখন দেন বাকিটা গিয়া বেতন থেকা কাটা যাইবো। পরথম ৮ মাস হাতে কিছু পাইবা না এইটা মাথায় রাইখো")
F(c, "bn", "মা ওরা কয় আমার নামে আরো ১ লাখ ২০ হাজার টাকা বাকি, ইকামার টাকা প্লেনের টাকা সব নাকি আমার দেনা। এইটা শোধ না হইলে দেশে যাইতে দিবো না")
F(c, "bn", "তুঁয়ারা হাছা হতা হুনো, পোয়ার কাগজ ফেরত চাইলে দুই লাখ টেঁয়া দিতো পরিবো। টেঁয়া ন দিলে পাসপোর্ট নম্বর BX1234567 আর ফেরত ন পাইবা",
  [("bd_passport", "BX1234567")])
F(c, "bn-Latn", "vai apni 2 lakh dilen baki 3.5 lakh er jonno jomi ta bondhok rekhe den, na hole flight er date pabo na. ar eta license charar file tai kono rosid dite parbo na")
F(c, "bn-Latn", "amk bolse ekhane ashar por notun kore 1500 riyal dite hobe kaj er kagoj er jonno, na dile kaj nai. ami je 6 lakh dilam desh e oita ki hoilo tahole 😢")
F(c, "en", "Your sisters loan is 340,000 now with interest. She works it off, 30k a month cut from pay. If she leaves before its cleared the family pays double")
F(c, "en", "Malaysia package 6.5 lakh all inclusive. Govt says 79k but bro that's only on paper, nobody goes for 79k. 1 lakh advance today to my personal bkash 01911-223344",
  [("phone", "+8801911223344")])
F(c, "en", "boss says the girl owes for room food clothes makeup, 85,000 so far. no going home till the book is zero")

c = "payments_and_proceeds"
F(c, "bn", "রুম ১০৩ আর ১০৭ এর টাকা নগদে আসছে, আমার পার্সোনাল নাম্বারে পাঠাইও না। মালিক কইছে মাইয়াগো হাতে কোন টাকা দেওয়া যাইবো না সব কাউন্টারে জমা")
F(c, "bn", "দুবাই থেকে যে মেয়েগুলার টাকা আসে ওইটা ডাইরেক্ট হুন্ডিতে ঢুকাও, ব্যাংকে আনলে ধরবো। এই মাসের ৭ লাখ ক্যাশ বাকিটা এই ওয়ালেটে " + BTC1,
  [("btc_address", BTC1)])
F(c, "bn-Latn", "ajker collection 4 ta room theke 38k. agent er bkash e diyen na, hundi wala Rashed bhai ke cash den, dubai te dirham e pabe")
F(c, "bn-Latn", "maal er taka USDT kore pathao ei address e " + TRX1 + " network TRC20. bkash e ar na, kichu account atkaise",
  [("tron_address", TRX1)])
F(c, "bn-Latn", "০১৬৭৮-৯০১২৩৪ ei number e 25000 cash in dao kintu 5 ta alada agent theke 5000 kore, ek jaygay beshi dile dhore",
  [("phone", "+8801678901234")])
F(c, "en", "Put the deposits in different peoples names, not more than 20k each. Girls earnings stay with me, they get 500 a day for pocket")
F(c, "en", "payment for the 2 new ones from Teknaf: 1.2 lakh each. half now by Nagad 01534-876543 rest when they reach Dhaka. USDT on ETH also ok " + ETH1,
  [("phone", "+8801534876543"), ("eth_address", ETH1)])
F(c, "en", "weekly: gulshan 2.4L banani 1.9L. cut 40% from the girls for rent n food. rest to Khalid bhai thru hundi, he pays out in Riyadh. dont use the shop bkash")

c = "isolation_and_control"
F(c, "bn", "আম্মা ওরা আমার ফোন নিয়া গেসে, এইটা পাশের বাসার এক খালার ফোন থেকে দিতেছি। বাইরে যাইতে দেয় না দরজায় তালা মাইরা রাখে। কাওরে কইয়ো না")
F(c, "bn", "নতুন গুলারে কারো সাথে কথা কইতে দিবা না, মোবাইল সব আমার কাছে জমা। বাড়িতে ফোন দিলে সামনে বইসা শুনবা কি কয়")
F(c, "bn", "ভাইয়া কাগজপত্র সব ওরা রাইখা দিসে কয় কোম্পানির কাছে থাকবো। ইকামা ৭ মাসেও দেয় নাই, রাস্তায় বাইর হইলে পুলিশ ধরবো তাই রুম থেকা বাইর হই না")
F(c, "bn-Latn", "ei number e r call dio na, madam dekhle mobile venge felbe. sudhu sukrobar 5 min kotha bolte dey tao samne boshe thake")
F(c, "bn-Latn", "hetigo kaiche bair hoile ar ferot aiba na. dui mash hoi geche ekdin o rastay nami nai, passport o madam er almari te tala")
F(c, "bn-Latn", "meyeder ke hotel theke ekla ber hote diba na, jekhane jabe Jamal shathe jabe. kew bari te location dile oi din e sim bodlai dibi")
F(c, "en", "dont let her keep the phone after 10. new ones sleep in the back room, lock from outside. if anyone asks they r cousins visiting")
F(c, "en", "pls dont call this no its the cooks phone. they took mine at airport and the passport also. we r 9 women in 1 room cant even go to the shop")

c = "labour_exploitation"
F(c, "bn", "ভোর ৫টা থেকে রাত ১টা পর্যন্ত কাম, ছুটি নাই। খাওন দেয় একবেলা বাকি সময় শুকনা রুটি আর পানি। ৪ মাস বেতন দেয় নাই কয় পরে একলগে দিবো")
F(c, "bn", "ভাই ইখানো ১৬ ঘণ্টা কাম করাইন, বেতন চাইলে কইন তোমার টেকা আমরার কাছে জমা আছে দেশো যাইবায় তখন পাইবায়")
F(c, "bn-Latn", "3 mash dhore baton pai na. site e 14-15 ghonta, oshukh holeo kaj korte hoy noile diner taka kete ney. 12 jon ek ghore thaki")
F(c, "bn-Latn", "madam bole tomar betan 1000 riyal na 600, baki ta office e jay. shokal 4 tar theke raat 12 ta, 4 ta baccha 2 ta bari")
F(c, "en", "they give food one time only, 2 days i didnt sleep. when i ask leave they say no leave before 2 year finish, no work no food")
F(c, "en", "week 7 without a day off. 18 hrs on the boat, captain keeps our pay safe till season ends he says. food is rice and salt")
F(c, "en", "Tell the new batch: no overtime pay, 7 days a week, first 3 months salary is kept as security. Anyone who complains goes back with nothing")

c = "threats_and_coercion"
F(c, "bn", "তোর মা বাপ কই থাকে আমি জানি। টাকা না পাঠাইলে তোর বইনের ছবি ফেসবুকে ছাইড়া দিমু")
F(c, "bn", "বেশি কথা কইলে হুরুব দিয়া দিমু, তখন জেলে পচবি দেশেও যাইতে পারবি না। চুপচাপ কাজ কর")
F(c, "bn", "গতকাল আবার মারছে কারেন্টের তার দিয়া। কইছে পালাইলে মাইরা সাগরে ফালাইয়া দিবো, আব্বারে কিছু কইয়ো না")
F(c, "bn-Latn", "police e gele tor e dhorbe, tui illegal tor kono kagoj nai. amar lok thanay ase bujhli? ar ekbar palanor chesta korle pa venge dibo")
F(c, "bn-Latn", "oi meye jodi abar na kore tahole video ta tar barite pathai dibi. or baap er number amar kase ase 01819-556677",
  [("phone", "+8801819556677")])
F(c, "en", "she tried the window last night. tell her if she does it again her little brother in Kutupalong pays for it")
F(c, "en", "Remind him we have his passport and his fathers land papers. One complaint to the embassy and he wont see either again")

c = "sexual_exploitation"
F(c, "bn", "দুবাই পার্টির জন্য ৪ জন মেয়ে লাগবো, বাসার কাজের ভিসায় যাইবো, ওইখানে গেলে বুঝবো কি কাজ। দেখতে সুন্দর দেইখা বাছাই করবা")
F(c, "bn", "গুলশানের স্পা তে নতুন মাল আসছে, বাঙালি না নেপালি। শুধু পরিচিত কাস্টমার, টেলিগ্রামে নক @gln_relax_room",
  [("telegram", "@gln_relax_room")])
F(c, "bn-Latn", "Cox er Kolatoli te 2 ta notun, Rohingya, room e pathano jabe. raat 6k full night 12k. advance bkash e, details wa.me/8801756123498 ba insta @coxs.night.diary",
  [("whatsapp", "+8801756123498"), ("instagram", "@coxs.night.diary")])
F(c, "bn-Latn", "spa te massage er nam e customer boshabi, meyeder bolbi na korle beton kata. notun 3 jon ajke ashche Jessore theke")
F(c, "bn-Latn", "ammu ami parlour e kaj kori na, ora amake ek hotel theke arek hotel e niye jay. na korle khaite dey na. ami bari ashte chai")
F(c, "en", "VIP companions Dhaka ✨ new girls every week, hill tracts & Rohingya available, hotel/home service, safe n trusted owner managed. Book t.me/dhk_vip_rose 🌹👑",
  [("telegram", "@dhk_vip_rose")])
F(c, "en", "they moved the flat again now Sharjah. madam counts the men every night and writes in a book what I owe. I cannot say no to any")

c = "minors"
F(c, "bn", "পাসপোর্টে বয়স ২৫ কইরা দিমু, আসল বয়স ১৫ কেউ দেখবো না। নতুন জন্ম নিবন্ধন বানাইতে ৮ হাজার লাগবো")
F(c, "bn", "ক্যাম্পের ১৩-১৪ বছরের মাইয়া আছে, বিয়ার কথা কইয়া আনমু, মালয়েশিয়ায় পাত্র রেডি, জন প্রতি ৮০ হাজার")
F(c, "bn-Latn", "choto meye lagbe basar kaj er jonno Dhakay 10-12 bochor, baba ma ke mash e 3000 dibo. school e jawa lagbe na ar bari jabe eid e")
F(c, "bn-Latn", "chokoria theke 2 ta pola ashbe 12-13 bochor, maach er ghat e kaj. baap ke advance diye disi, 1 bochor bari jaite parbe na")
F(c, "en", "keep the small one quiet in front of customers, they want that kind. if anyone asks her age she says 19, her card is already made")
F(c, "en", "need 2 young girls for a family in Riyadh, under 16 better they listen more. papers will show 21. ask Salma +966 55 123 4567",
  [("phone", "+966551234567")])
F(c, "en", "bhaiya i am only 14, at airport the man told me say 20 if anyone ask. they not letting me call abba. pls come")

# ---------------------------------------------------------------- hard negatives
v = "news"
N(v, "bn", True, "কক্সবাজারের কলাতলীর একটি হোটেল থেকে মানব পাচার চক্রের ৩ সদস্যকে গ্রেপ্তার করেছে র‍্যাব। উদ্ধার করা হয়েছে ৫ নারীকে, যাদের চাকরির প্রলোভন দেখিয়ে ঢাকা থেকে আনা হয়েছিল।")
N(v, "bn", True, "মালয়েশিয়ায় কর্মী পাঠাতে অতিরিক্ত অভিবাসন ব্যয় নেওয়ার অভিযোগে চার রিক্রুটিং এজেন্সির মালিকের বিরুদ্ধে মামলা; আদালত তাদের জামিন আবেদন নামঞ্জুর করেছেন।")
N(v, "bn-Latn", True, "vai news dekhso? Teknaf e Rohingya meye pachar er somoy 2 dalal dhora porse, BGB 7 jon ke uddhar korse")
N(v, "bn-Latn", True, "aj paper e dilo Oman e housemaid hisebe jawa 20 jon mohila ferot aisen, dalal ra passport atke rakhsilo, thana y mamla hoise")
N(v, "en", True, "Dhaka tribunal sentences two to life imprisonment for trafficking women to Dubai under the guise of housemaid jobs; the victims were confined in a flat in Deira, the prosecution said.")
N(v, "en", True, "CID says it has frozen dozens of mobile financial service accounts linked to digital hundi; the agents allegedly diverted migrant workers' remittances through bKash and Nagad.")

v = "awareness"
N(v, "bn", True, "বিদেশে যাওয়ার আগে অবশ্যই বিএমইটিতে নিবন্ধন করুন। দালালের হাতে পাসপোর্ট দেবেন না, ভিজিট ভিসায় কাজের জন্য যাবেন না। প্রতারণার শিকার হলে নিকটস্থ থানায় জানান।")
N(v, "bn", True, "ক্যাম্পের বোনেরা সাবধান: কেউ বিয়ে বা চাকরির কথা বলে মালয়েশিয়া বা ঢাকায় নিয়ে যেতে চাইলে আগে ব্লক অফিসে বা আমাদের স্বেচ্ছাসেবকের সাথে কথা বলুন। ফোন: ০১৭১১-২০৩০৪০",
  [("phone", "+8801711203040")])
N(v, "bn-Latn", True, "Sobai share koren: kono dalal jodi bole free visa, beton 80 hajar, kono khoroch nai, eta protarona. Passport kauke diben na, BMET smart card chara bidesh jaben na.")
N(v, "bn-Latn", True, "Apu ra facebook e 'Dubai salon job free ticket' type ad dekhle agency r license number check korben. Sondeho hole 999 e call korun")
N(v, "en", True, "Protection desk, Camp 4 Ukhiya: girls under 18 cannot legally marry. If someone offers a job or marriage abroad, talk to us first. Nobody has the right to keep your ID card or your phone.")
N(v, "en", True, "Tip for workers abroad: a real employer never asks you to pay to get your passport back. If your passport is taken, contact the embassy labour wing at +966 11 482 3001.",
  [("phone", "+966114823001")])

v = "official"
N(v, "bn", True, "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়া গমনেচ্ছু কর্মীদের জন্য সরকার নির্ধারিত অভিবাসন ব্যয় ৭৯,০০০ টাকা। এর বেশি কেউ দাবি করলে অভিযোগ করুন। নিবন্ধন ও স্মার্ট কার্ড ছাড়া বহির্গমন করা যাবে না।")
N(v, "bn", True, "মেসার্স নীলাচল ওভারসিজ (আরএল-১২৩৪): সৌদি আরবে হাউসকিপিং পদে ১২ জন নারী কর্মী নিয়োগ। বয়স ২৫-৪০, বেতন ১২০০ রিয়াল, থাকা-খাওয়া নিয়োগকর্তা বহন করবেন, কর্মীর কোনো খরচ নেই। যোগাযোগ: ০২-৪৮৮১২৩৪৫",
  [("phone", "+880248812345")])
N(v, "bn-Latn", True, "Dutabash notice: Riyadh e passport renew er jonno online appointment nite hobe, fee 100 riyal, kono agent er maddhome na, nije ashben. Info: wa.me/966500112233",
  [("whatsapp", "+966500112233")])
N(v, "bn-Latn", True, "Assalamualaikum, apnar Malaysia visa processing complete. Govt nirdharito 79,000 tk er money receipt office theke niben. BMET training Sombar 10 tay, passport original ar NID copy niye ashben. - Shapla HR (RL-0987)")
N(v, "en", True, "Wage Earners' Welfare Board: families of deceased migrant workers may apply for a Tk 3 lakh grant. Bring the passport copy of the deceased, the death certificate and the NID of the applicant.")
N(v, "en", True, "Dear applicant, your BMET registration for Qatar (employer: Al Rayan Facilities) is approved. Passport EC4417820. Collect your smart card from DEMO Dhaka on 12/01. Do not pay anyone for this service.",
  [("bd_passport", "EC4417820")])

v = "receipt"
N(v, "bn", True, "আপনি ০১৮১৪৫৬৭৮৯০ থেকে ৳২০,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳২১,৫৫০.০০। TrxID CJ82HD4KLQ সময় ০১/১২/২০২৬ ১১:০৭",
  [("phone", "+8801814567890"), ("mfs_transaction", "CJ82HD4KLQ")])
N(v, "bn", True, "প্রিয় গ্রাহক, আপনার রকেট একাউন্টে সৌদি আরব থেকে রেমিট্যান্স ৳৩৫,৪০০ জমা হয়েছে (সরকারি প্রণোদনা ২.৫% সহ)। TxnId: 4829107735",
  [("mfs_transaction", "4829107735")])
N(v, "bn-Latn", True, "Ammu 10 hajar pathaisi sms ta dilam: Cash In Tk 10,000.00 from 01612-778899 successful. TrxID BL3M9XW2PD. abbar oshud kinba ar Rumir school er fee diba",
  [("phone", "+8801612778899"), ("mfs_transaction", "BL3M9XW2PD")])
N(v, "bn-Latn", True, "bhai dekhen pathaisi TrxID CK5N1QWE7R, 4500 tk, Sreemangal er resort booking er advance. room 2 ta 3 raat",
  [("mfs_transaction", "CK5N1QWE7R")])
N(v, "en", True, "You have received Tk 15,000.00 from 01713456789. Fee Tk 0.00. Balance Tk 17,420.50. TrxID BK4R7TQ2ZA at 03/12/2026 18:42",
  [("phone", "+8801713456789"), ("mfs_transaction", "BK4R7TQ2ZA")])
N(v, "en", True, "Money Received. Amount: Tk 8,000.00 Sender: 01987654321 Ref: medicine TxnID: 71A3KQ9P Balance: Tk 8,230.00 02/12/2026 10:15",
  [("phone", "+8801987654321"), ("mfs_transaction", "71A3KQ9P")])

v = "worker_content"
N(v, "bn", True, "রিয়াদে আজকে ডিউটি ছিলো ১০ ঘন্টা, ২ ঘন্টা ওভারটাইম। বেতন ১৫০০ রিয়াল ওভারটাইম আলাদা। ভাইয়েরা আসার আগে ভিসা নিজে চেক কইরা আইসেন, দালালের কথায় না। লাইক দিয়েন 👍")
N(v, "bn", True, "দুবাই লাইফ ভ্লগ ৪৭: আজ কোম্পানি নতুন ইকামা কার্ড দিলো, পাসপোর্ট আমার নিজের কাছেই থাকে। বেতন প্রতি মাসের ১ তারিখে ব্যাংকে আসে আলহামদুলিল্লাহ")
N(v, "bn-Latn", True, "Malaysia te 3 bochor holo, factory te 8 ghonta duty ar overtime 3 ghonta, beton 2100 ringgit. agent ke 5 lakh dite hoyni govt er 79 hajar e ashchi, kew jante chaile comment koren")
N(v, "bn-Latn", True, "aj friday off, roommate ra mile biryani ranna korlam 😄 Qatar e construction er kaj kosto ase but salary time moto pai, passport amar kache e thake. follow diyen")
N(v, "en", True, "Day in my life as a Bangladeshi nurse in Oman: 12-hour shifts but 4 days off a week. Salary 450 OMR, housing provided. Keep your passport yourself guys, it's the law here.")
N(v, "en", True, "Q&A: yes I came on a proper work visa through a licensed agency, paid only the govt fee and my ticket. Overtime is paid 1.25x. Don't trust anyone who says free visa.")

v = "joke"
N(v, "bn", True, "বউ আমার পাসপোর্ট লুকাইয়া রাখছে যাতে আর দুবাই না যাই 😂 এইটাই আসল মানব পাচার প্রতিরোধ")
N(v, "bn", True, "বস সকাল ৯টা থেকে রাত ৯টা খাটায়, বেতন দেয় মাসের ১৫ তারিখে, ছুটি চাইলে মুখ কালা করে। আমি মনে হয় আধুনিক দাস 🤣")
N(v, "bn-Latn", True, "ammu bolse porikkhay fail korle amake kabuli wala r kase bikri kore dibe 😂😂")
N(v, "bn-Latn", True, "bhai tor biyer por vabi tor passport ar mobile duita e nije rakhbe, ar kothao palaite parbi na 🤣")
N(v, "en", True, "my mom keeps my ATM card and takes my phone after 10pm. someone call the UN this is forced labour 😭😂")
N(v, "en", True, "spa day with the girls at the hotel 💆‍♀️ they took our phones at the door for 'digital detox' and honestly I'd pay double for that lol")

v = "chatter"
N(v, "bn", True, "কক্সবাজারে হোটেল বুক দিছি কলাতলীতে, ২ রুম, রাতে ৩৫০০ কইরা। অ্যাডভান্স বিকাশে দিছি। মেয়েরা সবাই যাইবা তো?")
N(v, "bn", True, "সানসেট স্পা, গুলশান ২: বডি ম্যাসাজ ১৫০০ টাকা, ফেসিয়াল ১২০০। শুধু মহিলাদের জন্য, মহিলা থেরাপিস্ট। বুকিং: ০১৭৭৭-৬৫৪৩২১",
  [("phone", "+8801777654321")])
N(v, "bn-Latn", True, "dost Sajek trip e 6 jon jacchi, resort er malik ke advance 6k bkash korlam, sobar NID r copy chaise pathai dis")
N(v, "bn-Latn", True, "Cox e new girls er group ta ashche? mane amader college er meyera, beach e 5 tay dekha korbo")
N(v, "en", True, "Hotel Blue Shell front desk: room 407 checkout tomorrow 11am. Guests must show NID or passport at check-in as per police rules. Thank you for staying with us.")
N(v, "en", True, "anyone know a good agent for umrah packages? need a licensed one, going with my mother in March, she's 64")

v = "family"
N(v, "bn", True, "মেয়ের বয়স এখন ১৬, বিয়ার কথা এখন না, আগে এসএসসি দিক। তোমার ভাইরে কইয়ো প্রস্তাব আইলে আমি না করসি")
N(v, "bn", True, "আব্বা পাসপোর্ট করতে দিসি, পুলিশ ভেরিফিকেশন আসবো সামনের সপ্তাহে। আপনার এনআইডি নম্বর ১৯৮৫২৬৯৪৫২৩১৭৮৮৪১ দিয়া ফরম পূরণ করসি",
  [("bd_nid", "19852694523178841")])
N(v, "bn-Latn", True, "Abba ei mash e 40 hajar pathailam, 20 hajar bank e rakhben baki ta Rumana r biyer jonno jomaben. Dubai te kaj valoi cholche, chinta koiren na")
N(v, "bn-Latn", True, "Ammu Tanha r school e vorti er jonno jonmo nibondhon lagbe, boyosh 6 bochor dekhabe, ar passport size chobi 2 ta")
N(v, "en", True, "Bhaiya Ammu wants to know if you got your salary this month. Also she says dont give your passport to anyone at the camp office, keep it in your own locker.")
N(v, "en", True, "Aunty the groom's family asked for nothing, no dowry alhamdulillah. Wedding 14 Feb. Mitu will move to Sylhet after, we'll renew her passport later for umrah.")

# ---------------------------------------------------------------- easy negatives
for s, t in [
    ("bn", "ভাত খাইছো? আমি একটু পরে ফোন দিতেছি"),
    ("bn", "আজকে বৃষ্টির জন্য অফিসে যাইতে পারি নাই"),
    ("bn", "কালকে খেলা দেখবি? বাংলাদেশ বনাম শ্রীলঙ্কা, সন্ধ্যা ৭টায়"),
    ("bn", "আম্মু বলছে বিকালে মামার বাসায় যাইতে"),
    ("bn-Latn", "kire kothay tui"),
    ("bn-Latn", "ajke class hobe na sir ashben na"),
    ("bn-Latn", "bhai 5 tay chayer dokane aisho, adda hobe"),
    ("bn-Latn", "net eto slow keno aj"),
    ("en", "ok see you tmrw"),
    ("en", "Can you send me the notes from today's lecture?"),
    ("en", "Happy birthday bro 🎉 have a great one"),
    ("en", "Traffic at Farmgate is insane today, I'll be 20 min late"),
]:
    N("chatter", s, False, t)


# ---------------------------------------------------------------- checks
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = ["recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"]
VOICES = ["news", "awareness", "official", "receipt", "worker_content", "joke", "chatter", "family"]


def check(items):
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    assert sum(i["label"] == "ok" and i["hard"] for i in items) >= 45
    assert sum(i["label"] == "ok" and not i["hard"] for i in items) <= 15
    for i in items:
        assert i["script"] in ("bn", "bn-Latn", "en")
        if i["label"] == "flag":
            assert i["category"] in CATS and i["voice"] == "victim_or_recruiter"
        else:
            assert i["category"] is None and i["voice"] in VOICES
        text = i["text"]
        tmap = text.translate(BN_DIGITS)
        tdig = re.sub(r"\D", "", tmap)
        for e in i["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                d = v[1:]
                ok = d in tdig or (d.startswith("880") and "0" + d[3:] in tdig)
                assert ok, (i["id"], v)
                if t == "whatsapp":
                    assert "wa.me/" + d in tmap, v
            elif t == "bd_nid":
                assert len(v) in (10, 13, 17) and v in tdig, v
            elif t == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in text, v
            elif t in ("telegram", "instagram"):
                assert v.startswith("@") and (v in text or ("t.me/" + v[1:]) in text), v
            elif t == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in text.lower(), v
            elif t == "btc_address":
                assert b58decode_check(v)[0] in (0x00, 0x05) and v in text, v
            elif t == "tron_address":
                b = b58decode_check(v)
                assert b[0] == 0x41 and len(b) == 21 and v.startswith("T") and v in text, v
            else:
                assert t in ("email", "mfs_transaction") and v in text, (t, v)


def main():
    items = list(ITEMS)
    random.Random(32).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": "dev32-%04d" % n, **it})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "items to", OUT)


if __name__ == "__main__":
    main()
