#!/usr/bin/env python3
"""Blind evaluation set dev26 for evidtriage (written without sight of the detector)."""
import hashlib, json, random, re

OUT = "/work/blind/dev26.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + s

def seed20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]

BTC = b58check(b"\x00" + seed20("dev26-btc-1"))
TRON = b58check(b"\x41" + seed20("dev26-tron-1"))
ETH = "0x" + hashlib.sha256(b"dev26-eth-1").hexdigest()[:40]

def ph(v): return {"type": "phone", "value": v}
def wa(v): return {"type": "whatsapp", "value": v}
def e(t, v): return {"type": t, "value": v}

ITEMS = []
def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))
def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))

# ---------------- FLAG ----------------
C = "recruitment_deception"
F(C, "bn", "আপা সৌদিত কইছিল বাসায় বাচ্চা দেখা আর রান্ধা, মাসে ১২০০ রিয়াল। আইসা দেখি তিন বাড়ির কাম একলা করি, অহন কয় বেতন ৮০০, কাগজে যা লেখা আছিল তার কিছুই মিলে না")
F(C, "bn", "ভাইসাব ফিরি ভিসা আছে, কুনু মালিক লাগতো নায়, গিয়া নিজে কাম খুঁজি লইবায়, ইকামা পরে অই যাইবো। খালি মেডিকেল আর টিকেটর খরচ দেওন লাগবো। ইমুতে কল দেইন ০১৭১১-২৩৪৫৬৭",
  [ph("+8801711234567")])
F(C, "bn", "মালয়েশিয়া যাইবা টুরিস্ট ভিসায়, ওইখানে নামার পর আমার লোক পারমিট কইরা দিবো। এয়ারপোর্টে কেউ জিগাইলে কইবা বেড়াইতে যাইতাছ। ফ্যাক্টরির কাজ, থাকা খাওয়া ফ্রি, NID নং ৫৫১২৩৯৮৭৬০ দিয়া ফরম ফিলাপ কইরা রাখছি",
  [e("bd_nid", "5512398760")])
F(C, "bn-Latn", "Jordan e garments factory te kaj, beton 350 dinar, overtime alada, thaka khawa company dibe. mohila der jonno special sujog kono taka lagbe na sudhu passport ar 2 copy chobi niye ashen, kono obhiggota lagbe na. msg koren wa.me/962791234567",
  [wa("+962791234567")])
F(C, "bn-Latn", "office assistant er kaj bole anse, ekhane eshe bole cleaner hobi. beton o kom dey. chuktir kagoj ta arbi te chilo ami kisu bujhi nai airport e sign koraise")
F(C, "bn-Latn", "Thailand e online customer service job sudhu typing 😍 mase 1200 dollar, flight free hotel free, experience lagbena interview nai. telegram e nok den t.me/rafi_jobs_bd , insta @dubai.jobs.bd_24",
  [e("telegram", "@rafi_jobs_bd"), e("instagram", "@dubai.jobs.bd_24")])
F(C, "en", "URGENT!! Hospital cleaners needed ROMANIA salary Tk 2.5 lakh, work permit in 15 days, no IELTS no BMET card needed we handle everything. go on visit visa first then convert. Call Rony 01819 456723",
  [ph("+8801819456723")])
F(C, "en", "sister they told me nursing assistant in Lebanon, now im in a house in beirut with old woman, not hospital. madam says the office sold my contract to her and paper says housemaid. i never signed that")

C = "fees_and_debt"
F(C, "bn", "তোমার ভিসার খরচ ৫ লাখ ৬০ হাজার আমরা আগে দিয়া দিছি। ওইখানে গিয়া মাসে মাসে কাইটা নিবো, শেষ না হওয়া পর্যন্ত বেতন হাতে পাইবা না")
F(C, "bn", "হুনো, আগে কইছিলাম চাইর লাখ, অন আরো দেড় লাখ লাইগবো নাইলে ভিসা আটকি যাইবো। তোঁয়ার বাপেরে কও জমিন বন্ধক দিতো, হপ্তার মইধ্যে টেকা না দিলে আগের সব টেকা গেছে")
F(C, "bn", "এইখানে আসার পর কয় আকামার টাকা ৩ হাজার রিয়াল নিজে দিতে হইবো। আম্মা কোনোভাবে টাকা পাঠাও, এরা প্রতি মাসে বেতন থেইকা কাটে, হাতে কিছুই থাকে না")
F(C, "bn-Latn", "ammu kofil bolche amar pichone 12 hajar riyal khoroch hoise, oita shodh na hoya porjonto deshe jaite dibe na. 2 bochor kaj korle naki shodh hobe")
F(C, "bn-Latn", "vai visa r jonno 6 lakh lagbe, 2 lakh advance baki ta Malaysia giya কাজ করে shodh diben, company theke protimash kete nibo. kagoj e kisu likha thakbe na")
F(C, "en", "Ur brother still owes 3.2 lakh for ticket and visa. Every month 400 ringgit cut from his pay. If he runs before finishing, the family pays. Tell ur father")
F(C, "en", "pls send 50000 more, they say new fee here for medical and finger, if not paid they send me back and we lose all the 4.5 lakh. im so sorry amma")
F(C, "en", "Worker will repay 5,00,000 by salary deduction over 18 months. Passport no. BX4587213 will be returned after full settlement.",
  [e("bd_passport", "BX4587213")])

C = "payments_and_proceeds"
F(C, "bn", "টাকা বিকাশে দিয়ো না, ০১৯১২৩৪৫৬৭৮ এই নাম্বারে নগদে ২০ হাজার কইরা ভাগ ভাগ কইরা পাঠাও। এক নাম্বারে বেশি গেলে ধরা খাইবো, বাকিটা হুন্ডির লোক নিয়া আসবো",
  [ph("+8801912345678")])
F(C, "bn", "মেয়েগো হপ্তার হিসাব: রুমা ১৮ হাজার, পলি ২২, নতুনটা ৯। অর্ধেক আমার, বাকি খাওয়া আর ঘর ভাড়া বাবদ কাটা। ক্যাশ জমা দিছি তিন এজেন্টে আলাদা আলাদা")
F(C, "bn-Latn", "bkash e 2 ta number e vag kore pathan 01712345098 ar 01811-223344, ek number e 25 er beshi na. screenshot den tarpor apnar meye ke chere dibo",
  [ph("+8801712345098"), ph("+8801811223344")])
F(C, "bn-Latn", "bhai USDT te niben? TRC20 address dilam " + TRON + " . saudi theke family ra riyal dile amra ekhane bkash e convert kore di, kono record thake na",
  [e("tron_address", TRON)])
F(C, "bn-Latn", "dubai theke je meye gula kaj kore oder salary sob amar account e ashe, ami mash e mash e oder ma bap ke 5 hajar kore pathai baki hishab amar kache thake")
F(C, "en", "Payment for the girls only in BTC now, police checking bkash. Send to " + BTC + " and text me the amount, not on FB",
  [e("btc_address", BTC)])
F(C, "en", "Deposit 1.2 lakh to the Islami Bank a/c of Sohag Travels before thursday. Don't write visa or Saudi in the remarks, write family gift. ETH also ok " + ETH,
  [e("eth_address", ETH)])

C = "isolation_and_control"
F(C, "bn", "মেডাম ফোন নিয়া গেছে, হপ্তায় এক দিন পাঁচ মিনিট দেয় কথা কইতে, সামনে বইসা থাকে। এইটা লুকায়া লেখতেছি কাউরে কইও না")
F(C, "bn", "দরজা বাইরে থেইকা তালা দিয়া যায় সবাই, জানালায় গ্রিল। ছাদেও উঠতে দেয় না। কাগজপত্র চাইলে কয় অফিসে আছে")
F(C, "bn-Latn", "ami kunu jagat jaite pari na, bari tthaki beroile baba (kofil) mare. mobile o nijor kache rakhe. khali imo te rati kotha koi lukaiya")
F(C, "bn-Latn", "tmr ammu abbu ke kichu bolba na ora bujhbe na. ekhon theke sudhu amar sathe kotha bolba, sim ta fele dao ami notun dimu 🙂")
F(C, "bn-Latn", "Passport malik er kache, iqama o deynai. baire gele police dhorbe bole, 7 mash ekbar o rasta dekhi nai")
F(C, "en", "we are 14 girls in one flat, the man takes us to work in a van and brings back, nobody goes alone. he keeps all our phones in a box, gives at night 10 min")
F(C, "en", "They took my passport at the airport for safety. now they say I cant go to embassy, embassy will arrest me. I dont even know the name of this area")
F(C, "en", "Madam said if I speak with the bangladeshi girl next door she will send me back without money. I only talk to you when she sleeps. dont reply after 10")

C = "labour_exploitation"
F(C, "bn", "ভোর ৫টা থেইকা রাত ২টা পর্যন্ত কাম, দিনে একবার খাইতে দেয় বাসি রুটি। ৫ মাস বেতন দেয় নাই, কয় জমা রাখতাছে")
F(C, "bn", "ইয়ানোত কোন ছুটি নাই, শুক্কুরবারেও কাম। আঁরে ছয় মাসত এক টেঁয়াও ন দে, ঘুমাইবার জাগা পাকঘরত")
F(C, "bn", "ফ্যাক্টরিতে বারো জন এক রুমে, বাথরুম একটা। শিফট ১৬ ঘণ্টা, অসুখ হইলেও ছুটি নাই, একদিন কামাই করলে তিন দিনের টাকা কাটে")
F(C, "bn-Latn", "amake din e 18 ghonta kaj koray, 3 ta bari clean kori, khali ekbar khabar dey. 4 mash er betan baki")
F(C, "bn-Latn", "bro ekhane construction e 45 degree te dupure o kaj, pani o thik moto dey na. contract e 8 ghonta likha chilo kintu 14 ghonta koray overtime er taka nai, beton 3 mash atke rakhse")
F(C, "bn-Latn", "madam ratre ghumaite dey na, bachcha kande ami uthi, din e sob kaj. 11 mash e ekdin o chuti pai nai")
F(C, "en", "Bhai salary is kept with company, they say we get all at the end of 2 years. I worked 9 months, got 200 riyal total. food we buy ourself from that")
F(C, "en", "we work at the kiln from 4am till dark, paid per 1000 bricks but sardar counts less every day, no pay for 6 weeks, sleeping under plastic sheet")

C = "threats_and_coercion"
F(C, "bn", "বেশি কথা কইলে তোর নামে চুরির মামলা দিমু, হুরুব কইরা দিলে এইখানকার জেলে পচবি, দেশে আর যাওয়া লাগবো না")
F(C, "bn", "তোর বইনের ছবি আমার কাছে আছে, টাকা না দিলে ফেসবুকে ছাইড়া দিমু। তোর বাপরে কইস ঝামেলা না করতে")
F(C, "bn", "[ভয়েস মেসেজ] আম্মা আমারে বাঁচাও... এরা কালকা কারেন্টের তার দিয়া মারছে, কয় টাকা না পাঠাইলে আরো মারবো, অন্য জায়গায় বেইচা দিবো")
F(C, "bn-Latn", "ma re bolis na kichu, bolle tor choto bhai ke school theke tule nibo. amra jani o kon school e pore")
F(C, "bn-Latn", "thana te gele lav nai thana amader lok. case korle tor family ke gram charte hobe, mone rakhis")
F(C, "en", "If you try to run the police here will catch you, you have no papers. You will rot in the deportation camp and your mother will hear you are a thief")
F(C, "en", "he burned my arm with the iron because I broke a glass, says next time he cuts my hair and leaves me in the desert. please tell someone")

C = "sexual_exploitation"
F(C, "bn", "নতুন দুইটা মাল আইছে বেনাপোল দিয়া, কলকাতার হোটেলে রাখছি। রাত প্রতি ৫ হাজার, পুরা রাইত ৮। বুকিং দিলে আগে বিকাশে অর্ধেক")
F(C, "bn", "আপু আমারে পার্লারের কাম কইয়া মুম্বাই আনছে, এখন রাইতে লোক আসে ঘরে, না করলে খাইতে দেয় না। মাসি কয় ৫০ হাজার শোধ না হইলে ছাড়বো না")
F(C, "bn-Latn", "Bangladeshi meye available Dubai Deira, fresh 100% real, hotel e delivery. wa.me/971501234567 e msg din call na",
  [wa("+971501234567")])
F(C, "bn-Latn", "oi meye ta ke boshaite hobe, daily 5 ta customer. nakhra korle bolba video ache. taka tui nibi na, amar kache dibi")
F(C, "en", "Asian girls Bangladeshi & Nepali, young obedient, outcall 24/7 trusted & discreet 🌹 call 0 1 7 1 3 . 8 8 2 . 4 1 9",
  [ph("+8801713882419")])
F(C, "en", "you will sit with customers in the club, drink with them, if they want a room you go. the boss paid your visa so you do what he says")
F(C, "en", "They put me in a house in Johor with 6 other girls, men come at night. madam keeps the money. I only wanted restaurant work")

C = "minors"
F(C, "bn", "মাইয়ার বয়স ১৪, জন্মনিবন্ধনে ১৯ বানাই দিমু, কোনো সমস্যা হইবো না। বিয়ার কথা কইয়া ওপারে নিয়া যামু, বাকিটা আমি দেখুম")
F(C, "bn", "তোমার পোলারে দেও, ১১ বছর হইলেও চলবো, হোটেলে থালা বাসন ধুইবো, থাকা খাওয়া আমার। মাসে ১৫০০ তোমার হাতে দিমু, পোলার লগে ফোনে কথা কওয়ার দরকার নাই")
F(C, "bn-Latn", "14-15 bochorer meye lagbe dekhte sundor, Kolkata te kaj. ma baba ke bolbo garments e kaj. border par korar lok ache Satkhira te")
F(C, "bn-Latn", "chotu ta 12 bochor, jute mill e rat shift kore, kono beton nai sudhu khawa. or baba 30 hajar dhar nise malik er theke tai jaite parbe na")
F(C, "en", "she's 15 but looks older, we will put 18 on the papers. marriage with the man from across is settled, he pays 40k to her family")
F(C, "en", "young one from village, 13 yrs, new, special price for first customer, tonight only")
F(C, "en", "Uncle said he will take me to Dhaka to work in a house and I can go to school there. I am 12. Mum agreed. he said dont tell the teacher")

# ---------------- HARD NEGATIVES ----------------
V = "news"
N(V, "bn", "যশোরের শার্শা সীমান্ত থেকে পাচারের শিকার ৯ নারী ও শিশুকে উদ্ধার করেছে বিজিবি। গ্রেপ্তার দুই দালালের বিরুদ্ধে মানব পাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N(V, "bn", "চাকরির প্রলোভন দেখিয়ে সৌদি আরবে নারী পাচারের দায়ে মানব পাচার অপরাধ দমন ট্রাইব্যুনাল এক রিক্রুটিং এজেন্সির মালিককে যাবজ্জীবন কারাদণ্ড দিয়েছেন।")
N(V, "bn-Latn", "khobor dekhsish? Satkhira te 3 jon dalal dhora porse, meye gula ke India pachar korchilo, RAB uddhar korse. ekdom amader elakar")
N(V, "bn-Latn", "Malaysia syndicate case e 2 ta agency r license batil, sromik der theke 4.5 lakh kore nisilo — prothom alo r report share korlam")
N(V, "en", "Police in Jessore arrested a broker accused of trafficking 11 women to Oman with promises of hospital jobs. Victims said their passports were taken on arrival; the case was filed under the 2012 Act.")
N(V, "en", "Court sentences two to life for trafficking a teenage girl across the Benapole border; the girl, then 15, was rescued from a Pune brothel in 2023, prosecutors said.")

V = "awareness"
N(V, "bn", "সাবধান! বিদেশে চাকরির নামে দালালের হাতে পাসপোর্ট দেবেন না। ফ্রি ভিসা বলে কিছু নেই। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে প্রবাসী হেল্পলাইনে জানান।")
N(V, "bn", "মেয়েকে অচেনা কারো কথায় ভালো চাকরির আশায় ভারতে পাঠাবেন না। অল্প বয়সে বিয়ের প্রস্তাব এলে সতর্ক থাকুন, ইউনিয়ন পরিষদে জানান।")
N(V, "bn-Latn", "Bon ra keu jodi bole parlour e kaj, beton 50 hajar, kono taka lagbe na — sabdhan! age BMET site e agency r license check koren. passport sob somoy nijer kache rakhben")
N(V, "bn-Latn", "poster share korlam: bideshe giye bipode porle dutabash e jogajog korun. Riyadh embassy labour wing +966 11 234 5678",
  [ph("+966112345678")])
N(V, "en", "Never hand your passport to a middleman. A real employer will never ask you to pay for your own visa. Check any agency on the BMET website before paying anything.")
N(V, "en", "Signs a child may be trafficked: works long hours, does not go to school, an adult always speaks for them. If you see this, tell the child protection committee. - NGO forum Satkhira")

V = "official"
N(V, "bn", "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা। এর বেশি কোনো অর্থ কাউকে দেবেন না। বহির্গমন ছাড়পত্র ছাড়া কেউ বিদেশ যাবেন না।")
N(V, "bn", "মেসার্স সোনার বাংলা ওভারসীজ (আরএল-১২৩৪): সৌদি আরবে গৃহকর্মী পদে নারী কর্মী নেওয়া হবে। বেতন ১০০০ রিয়াল, থাকা-খাওয়া নিয়োগকর্তার। কর্মীর কাছ থেকে কোনো ফি নেওয়া হয় না। যোগাযোগ: ০২-৫৫১২৩৪৫৬",
  [ph("+880255123456")])
N(V, "bn-Latn", "Embassy notice: Jordan e kormoroto bhai bon der passport nobayon er jonno kono dalal lagbe na, sorasori embassy te ashun. sorkari fee chara kono taka diben na")
N(V, "bn-Latn", "BMET smart card apnar nijer, kono agency ba dalal ke dite hobe na. registration fee 200 taka, online e nijei korte parben")
N(V, "en", "Embassy of Bangladesh, Amman: workers whose passports are held by employers may apply for a travel permit at the Labour Wing. The service is free of charge.")
N(V, "en", "Licensed recruiting agency RL-0987. Demand letter: 50 factory workers for Malaysia. Total cost Tk 78,990 as fixed by the government, paid by bank draft only, receipt issued. No cash to any individual. CV to cv.rl0987@sbo-recruit.com.bd",
  [e("email", "cv.rl0987@sbo-recruit.com.bd")])

V = "receipt"
N(V, "bn", "আপনার বিকাশ অ্যাকাউন্টে ০১৭১৮৫৫৪৪৩২ থেকে ৳৫,০০০.০০ গ্রহণ করা হয়েছে। ফি ৳০.০০। ব্যালেন্স ৳৭,২৩০.৫০। TrxID BK82HQ4ZT1 ২৪/১১/২০২৬ ১৯:১৪",
  [ph("+8801718554432"), e("mfs_transaction", "BK82HQ4ZT1")])
N(V, "bn", "নগদ: টাকা গ্রহণ ৳১২,০০০ প্রেরক ০১৬৭৭২২৯৯০১ TxnID: 7A3KD92M ব্যালেন্স ৳১২,৪৫০",
  [ph("+8801677229901"), e("mfs_transaction", "7A3KD92M")])
N(V, "bn-Latn", "ammu dekho pathaisi: You have received Tk 15,000.00 from 01812778899. TrxID CJ5LM2XW8Q. eid er bajar koren",
  [ph("+8801812778899"), e("mfs_transaction", "CJ5LM2XW8Q")])
N(V, "bn-Latn", "rocket e pathalam chacha, Cash-In Tk 8000 TxnId: 4408812735, hospital er bill ta diyen",
  [e("mfs_transaction", "4408812735")])
N(V, "en", "You have received Tk 7,500.00 from 01911456230. Fee Tk 0.00. Balance Tk 9,842.75. TrxID CD4RT7YU2P at 18/11/2026 12:19",
  [ph("+8801911456230"), e("mfs_transaction", "CD4RT7YU2P")])
N(V, "en", "Money Received. Amount: Tk 20000.00 Sender: 01555123987 Ref: school fee TxnID: 73KD8PQ2 Balance: Tk 20410.00",
  [ph("+8801555123987"), e("mfs_transaction", "73KD8PQ2")])

V = "worker_content"
N(V, "bn", "আলহামদুলিল্লাহ রিয়াদে দুই বছর পূর্ণ হলো। কোম্পানি ওভারটাইম সহ মাসে ১৮০০ রিয়াল দেয়, পাসপোর্ট নিজের কাছেই রাখি। নতুন যারা আসবেন সরকারি মাধ্যমে আসবেন ভাইয়েরা")
N(V, "bn", "আজকে আকামা রিনিউ হইলো, কফিল ভালো মানুষ, পুরা খরচ উনি দিছেন। ডিউটি আট ঘণ্টা, শুক্রবার ছুটি। ভিডিওটা লাইক দিয়েন 🙏")
N(V, "bn-Latn", "Vlog 34: Kuwait e amar room tour 😄 4 jon thaki, AC ache, company bus e duty te jai. beton time moto pai, overtime 2 ghonta kori nijer icchay")
N(V, "bn-Latn", "keu Jordan er garments e ashte chaile BOESL diye ashen, ami 0 taka diye ashsi company ticket dise. dalal er kothay 3 lakh diyen na")
N(V, "en", "Day off vlog from Dammam! Got my salary today, sent half home by bank. Madam gave me a new phone for Eid. missing my kids 💔")
N(V, "en", "Q: does the company keep your passport in Malaysia? A: at our factory it stays in a locker but we have the key, the work permit card we carry ourselves. overtime paid 1.5x")

V = "joke"
N(V, "bn", "বউ আমার পাসপোর্ট লুকাইয়া রাখছে যেন আর বিদেশ না যাই 😂 এইটা নাকি তার মানব পাচার প্রতিরোধ কর্মসূচি")
N(V, "bn", "শ্বশুরবাড়ির ঘটকালি করতে করতে আমি এখন লাইসেন্সধারী দালাল 🤣 কোনো ফি নাই, খালি মিষ্টি আনবেন")
N(V, "bn-Latn", "boss amake overtime e atke rakhse, 12 ghonta office, bondi jibon 😭😂 keu uddhar koro")
N(V, "bn-Latn", "ammu bole tor salary amar kache joma thakbe, tui khali khabi r ghumabi 😂 eita ki debt bondage na?")
N(V, "en", "my mother in law confiscated my phone at dinner, no contact with the outside world till the dishes are done 😂 send help")
N(V, "en", "me after paying the coaching centre fee: in debt bondage for life, will work for chips 🍟")

V = "chatter"
N(V, "bn", "দোস্ত মালয়েশিয়ার ভিসায় কত খরচ পড়লো তোর? আমার মামাতো ভাই বিএমইটির মাধ্যমে যাইতে চায়, সরকারি খরচে")
N(V, "bn", "ওর বেতন বাড়ছে শুনলাম, দুবাইয়ের নতুন অফিসে আছে। ঈদে আসবো কইছে, পাসপোর্টের মেয়াদও বাড়াইছে")
N(V, "bn-Latn", "bhai agent er office kothay? Banani te BAIRA r member agency, license no ta check korlam thik ache, kal jabo")
N(V, "bn-Latn", "Nila ke bolis na, oke surprise dibo, birthday te Cox's Bazar niye jabo, ticket kata hoye gese, keu jeno na jane")
N(V, "en", "anyone know a good agency for Japan TITP? my cousin wants to go, licensed only pls no middlemen")
N(V, "en", "got the medical report, fit. visa stamping next week insha'Allah, flight prob on the 10th")

V = "family"
N(V, "bn", "আম্মা, পাসপোর্টটা আলমারির উপরের ড্রয়ারে রাখছি, রিনিউর জন্য কাল অফিসে যাবা। ফটোকপি দুইটা কইরো")
N(V, "bn", "তোমার মাইয়ার বিয়ার বয়স হয় নাই এখনো, আগে এসএসসি দিক। ১৮ হোক তারপর দেখমু")
N(V, "bn-Latn", "Abbu taka pathaisi 20 hajar, 5 hajar Rinar school er beton ar boi er jonno, baki songsar khoroch. ami valo achi kaje")
N(V, "bn-Latn", "boro apa Saudi theke phone korse, madam ra valo, eid e chuti dibe bolse, beton o barse. ma kandish na")
N(V, "en", "Ammu I renewed my passport, new number EB1234567, keep a photo in your phone just in case",
  [e("bd_passport", "EB1234567")])
N(V, "en", "School admission form needs father's NID, it's 4512983307. Rafi is 12, class 7 next year",
  [e("bd_nid", "4512983307")])

# ---------------- EASY NEGATIVES ----------------
for s, t in [("bn", "ভাত খাইছস?"), ("bn", "কাল বৃষ্টি হইবো মনে হয়, ছাতা নিয়া যাইস"),
             ("bn", "খেলা দেখছস? বাংলাদেশ জিতছে!"), ("bn", "ইফতারের পরে আসিস, মায়ে পিঠা বানাইছে"),
             ("bn-Latn", "ki korish? ajke class hobe?"), ("bn-Latn", "bhai net e problem pore call dimu"),
             ("bn-Latn", "amar jonno 2 ta singara raikho"), ("bn-Latn", "kal Jessore bazar e jabo kisu lagle bolo"),
             ("en", "running late, traffic on the bridge"), ("en", "happy birthday!! 🎂🎉"),
             ("en", "can you send me the notes from today"), ("en", "dinner at 8?")]:
    N("chatter", s, t, hard=False)

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def check(items):
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    assert sum(i["label"] == "ok" and i["hard"] for i in items) >= 45
    for it in items:
        t = it["text"].translate(BN_DIG)
        digits = re.sub(r"\D", "", t)
        for en in it["entities"]:
            v = en["value"]
            if en["type"] in ("phone", "whatsapp"):
                assert v.startswith("+") and v[1:].isdigit(), v
                assert v[1:][-9:] in digits, (v, it["text"])
            elif en["type"] in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:].lower() in t.lower(), v
            elif en["type"] == "bd_nid":
                assert v in digits, v
            else:
                assert v.lower() in t.lower(), (v, it["text"])
    for v in (BTC, TRON):
        raw = 0
        for ch in v: raw = raw * 58 + B58.index(ch)
        b = raw.to_bytes(25, "big")
        assert hashlib.sha256(hashlib.sha256(b[:21]).digest()).digest()[:4] == b[21:]
    assert BTC[0] == "1" and TRON[0] == "T" and len(TRON) == 34
    assert re.fullmatch(r"0x[0-9a-f]{40}", ETH)

def main():
    check(ITEMS)
    items = list(ITEMS)
    random.Random(26).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": "dev26-%04d" % n, "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["entities"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
