#!/usr/bin/env python3
"""Blind dev set dev30: 120 items (60 flag / 60 ok). Written without sight of the detector."""
import hashlib, json, random, re
from collections import Counter

OUT = "/work/blind/dev30.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s

def b58decode(s: str) -> bytes:
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * pad + raw

def seed20(seed): return hashlib.sha256(seed.encode()).digest()[:20]
BTC = b58check(b"\x00" + seed20("dev30-btc-1"))
TRON = b58check(b"\x41" + seed20("dev30-tron-1"))
ETH = "0x" + hashlib.sha256(b"dev30-eth-1").hexdigest()[:40]

ITEMS = []
def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=[dict(type=t, value=v) for t, v in ents]))
def N(voice, script, text, hard=True, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script, voice=voice,
                      hard=hard, entities=[dict(type=t, value=v) for t, v in ents]))

# ---------------- FLAG: recruitment_deception (8) ----------------
C = "recruitment_deception"
F(C, "bn", "ভাই আমারে কইছিল হোটেলো ওয়েটারর কাম, আইয়া দেখি মরুভূমিত উট চরাই। বেতন কইছিল ১২০০ রিয়াল দেয় ৬০০। কারে কমু কও। এই নাম্বারো ফোন দিও +966 53 781 2246",
  [("phone", "+966537812246")])
F(C, "bn", "মালয়েশিয়া ফ্যাক্টরি ভিসা 🇲🇾 কোন অভিজ্ঞতা লাগবে না, স্মার্ট কার্ড ছাড়াই ফ্লাইট করানো হবে, বেতন মাসে ৮০-৯০ হাজার। সিট লিমিটেড!! যোগাযোগ ইমো ০১৮১৯-৪৪৭৩২১",
  [("phone", "+8801819447321")])
F(C, "bn", "আপা আপনের মাইয়ারে দুবাই এর পার্লারে কাজ দিমু, থাকা খাওয়া মালিকের, মাসে লাখ টাকার উপরে ইনকাম। এখন কাউরে কইয়েন না, কাগজ রেডি হইলে জানামু। ছবি দেখতে চাইলে insta তে @dubai_glam.jobs",
  [("instagram", "@dubai_glam.jobs")])
F(C, "bn-Latn", "bhai saudi te free visa ase 2ta, kafil sudhu name e, bahire kaj koira khaiben jeta mon chay. beton 1500 riyal er kom na. inbox koren details dibo")
F(C, "bn-Latn", "vai visit visa diye dubai jan age, oikhane giya company te join, pore kajer visa kore dimu 100% gurantee. agency lagbo na ami nijei sob kori 15 bosor dhore")
F(C, "bn-Latn", "maa amake bolse restorant e kaj, ekhon rakhse ek buira loker khamar e chagol dekhi. ja ja bolse tar kisui sotti na. keu kotha rakhe na")
F(C, "en", "URGENT hiring Customer Service Reps - Cambodia (Sihanoukville). Salary $1200-1500 + commission, FREE flight, FREE hostel, no experience needed, basic typing only. DM @hr_goldenbay_recruit on Telegram or CV to goldenbay.hr2026@gmail.com",
  [("telegram", "@hr_goldenbay_recruit"), ("email", "goldenbay.hr2026@gmail.com")])
F(C, "en", "bro they showed me demand letter from a cleaning company in Al Khobar, at airport they say company doesnt exist and the visa is fake. the guy still saying trust him he will fix another one for 80k more")

# ---------------- FLAG: fees_and_debt (8) ----------------
C = "fees_and_debt"
F(C, "bn", "মালয়েশিয়ার জন্য সব মিলায়া ৫ লাখ ৫০ হাজার। অর্ধেক আগে, বাকিটা ভিসা আসলে। জমি বন্ধক দিয়া হইলেও জোগাড় করেন, এমন চান্স আর আইবো না")
F(C, "bn", "এখানে আসার পর কয় আকামা করতে আরো ১ লাখ ২০ হাজার লাগবো নইলে কাজ নাই। বাড়িতে কইছি গরুটা বেচতে, আর কোনো রাস্তা নাই")
F(C, "bn-Latn", "tor beton theke protimash 400 riyal kete rakhbo jotokkhon na tor 3 lakh shodh hoy. tarpor ja khushi koris")
F(C, "bn-Latn", "booking money 50 hazar aj e pathan 01715-208934 personal e, baki 3.5 lac flight er age. receipt chaiyen na eta onno system",
  [("phone", "+8801715208934")])
F(C, "bn-Latn", "ammu hetago kisti dite dite shesh, ami ekhane kam kori kintu hetarai koy amar dena naki arou baki. koibe shesh hoibo keu koy na")
F(C, "en", "Madam said passport and release paper will be given once I clear 2800 dirham. Until then I stay and work, food cost also adding to my account. Her number +971 55 412 3098",
  [("phone", "+971554123098")])
F(C, "en", "Total package for Romania work permit 9 lakh taka. 2 lakh advance to start the file, rest before flight. Government charge is separate dont ask me about that.")
F(C, "en", "the sponsor says i owe him for ticket visa food room everything, 14000 riyal now. every month my salary goes to that. i never signed anything like this")

# ---------------- FLAG: payments_and_proceeds (7) ----------------
C = "payments_and_proceeds"
F(C, "bn", "রিয়াল এখানে আমার লোকরে দিবা, দেশে তোমার বাড়িতে বিকাশে ঢুকায়া দিব, ব্যাংকের চাইতে রেট বেশি, কেউ টের পাইব না। ৩টা নাম্বারে ভাগ কইরা দিমু যাতে লিমিট না খায়")
F(C, "bn", "মালের টাকা আজকে তিন ভাগে পাঠাবি: ০১৯১১৩৪৫৬২৭ বিকাশ, ০১৬২৭৮৮১২০৩ নগদ, বাকিটা রকেটে ০১৮৫৫৬০৪৪১৯। এক নাম্বারে ২৫ হাজারের বেশি না",
  [("phone", "+8801911345627"), ("phone", "+8801627881203"), ("phone", "+8801855604419")])
F(C, "bn-Latn", "kalker 4 ta meyer hisab: 2 jon full raat 2 jon short. total 38 hajar. apnar vag 60% nagad e dilam TxnID 7HK2MQ9X check koren",
  [("mfs_transaction", "7HK2MQ9X")])
F(C, "bn-Latn", f"bhai visar taka USDT te den TRC20, bank e dile dhora khabo. address {TRON} pathaia screenshot den",
  [("tron_address", TRON)])
F(C, "en", "Send 3000 for boosting the Malaysia job post again, need 20 new heads this month. Forward all leads to my IMO +880 1912 603817",
  [("phone", "+8801912603817")])
F(C, "en", f"Deposit the boys first month at cash-in points in KL, different counter each time, keep every slip under RM 3000. If bank asks too many questions send to BTC {BTC}",
  [("btc_address", BTC)])
F(C, "en", f"commission for the 6 girls you sent from jessore received. next payment in ETH, use this wallet {ETH} not the old one. delete chat after",
  [("eth_address", ETH)])

# ---------------- FLAG: isolation_and_control (7) ----------------
C = "isolation_and_control"
F(C, "bn", "মা আমারে একটা ঘরে তালা মাইরা রাখছে, বাইর হইতে দেয় না। এই ফোন লুকায়া চালাইতেছি, তুমি কল দিও না আমি দিমু")
F(C, "bn", "ফোনটা আমার কাছে থাকবে, সপ্তাহে একদিন বাড়িতে কথা বলবি আমার সামনে। কী বলবি সেটা আমি বলে দিব")
F(C, "bn", "ইতারা আঁর পাসপোর্ট লই গেইয়ে, কয় দেশত যাইতো ন দিবো। আঁই কিচ্ছু গরিত ন পারির")
F(C, "bn-Latn", "ei kotha jeno tor bou o na jane. keu jiggesh korle bolbi mamar dokane kaj kori. ar ajke theke sim ta amar kase")
F(C, "bn-Latn", "amra 11 jon ek ghor o, bair hoile guard loiya jay, kaj o jaitam guard ashtam guard. kono din dukan o jaite deyna")
F(C, "en", "They collected all phones and passports first day, said company policy. We can call family only friday from office phone and supervisor listens. my passport no is BR3069741 if embassy asks",
  [("bd_passport", "BR3069741")])
F(C, "en", "dont post anything on fb about where you are and dont add your cousins. if anyone asks you are studying. only talk to me on this number")

# ---------------- FLAG: labour_exploitation (8) ----------------
C = "labour_exploitation"
F(C, "bn", "আজ ৭ মাস বেতন পাই নাই। মালিক কয় জমা আছে, যাওয়ার সময় একবারে দিবে। খাবার দেয় একবেলা, রুটি আর ডাল")
F(C, "bn", "সকাল ৫টা থেকে রাত ১১টা কাজ, শুক্রবারেও ছুটি নাই। শরীর আর চলে না ভাই, ছাড়তেও দিবে না বলছে")
F(C, "bn", "ম্যাডাম সারাদিন খাটায়, রাতে কিচেনের ফ্লোরে ঘুমাই। ৩ ঘন্টার বেশি ঘুমাইতে পারি না। আম্মা দোয়া কইরো")
F(C, "bn-Latn", "bhai 18 ghonta duty, off day nai, overtimer taka o dey na. kisu koile bole chup thak")
F(C, "bn-Latn", "5 mash hoilo ek takao pai nai, company bole project er payment ashe nai. khawa o nijer kina lage, dhar kore cholchi. passport copy A05518372 pathalam embassy te dio",
  [("bd_passport", "A05518372")])
F(C, "bn-Latn", "ekhane kam charte chaile bole age 2 bosorer contract er puro khoroch dite hobe. chara jabe na kono vabe")
F(C, "en", "We work in the farm dark to dark, 7 days. They give one plate rice at night only. Nobody got salary since Ramadan")
F(C, "en", "target is 40 clients a day on the chat script, miss it and no food that day and 200 dollar cut from pay. room has 14 people one toilet")

# ---------------- FLAG: threats_and_coercion (7) ----------------
C = "threats_and_coercion"
F(C, "bn", "বেশি তেড়িবেড়ি করলে হুরুব দিয়া দিমু, তারপর জেলে পচবি, দেশের মুখও দেখবি না")
F(C, "bn", "কাল রাতে কারেন্টের শক দিছে ভাই, কয় টাকা না পাঠাইলে আবার দিবো। আব্বারে কও যেমনে হোক ২ লাখ পাঠাইতে")
F(C, "bn-Latn", "tor bari kothay ami jani. tor choto bon school e jay kon rastay tao jani. beshi kotha bolish na")
F(C, "bn-Latn", "kal 3 jon re onno company te bechi dise, amader o naki becha hobe jodi target puron na hoy")
F(C, "bn-Latn", "police e dile tui illegal, iqama nai, amar kisu hobe na. tai chupchap kaj kor")
F(C, "en", "If you run the boss files absconding case and your face goes to every checkpoint. Your brother in Cumilla also knows our people. think before you do something stupid")
F(C, "en", "they beat Rakib with pipe in front of all of us because he asked to go home. now nobody asks")

# ---------------- FLAG: sexual_exploitation (8) ----------------
C = "sexual_exploitation"
F(C, "bn", "দুবাই ড্যান্স ক্লাবে চাকরি, শুধু মেয়েরা। মাসে ১ লক্ষ ২০ হাজার টাকা, টিপস আলাদা। দেখতে সুন্দর হইতে হবে, ছবি পাঠান ইনবক্সে")
F(C, "bn", "নতুন ৩টা বাঙালি মেয়ে আসছে 🌹 হোটেল বা বাসা, ১০০% আসল ছবি, বুকিং শুধু আমার মাধ্যমে। কল: ০ ১ ৭ ৩ ৩ - ৪৫৮ ৮২৯",
  [("phone", "+8801733458829")])
F(C, "bn", "ওরা আমারে প্রতিদিন অন্য অন্য লোকের কাছে পাঠায়, না গেলে মারে। বলছিল পার্লারের কাজ")
F(C, "bn-Latn", "manager bhai bolse amar meyera sob notun, thai o ache nepali o ache, rate ghonta hishabe. kotha sudhu telegram e t.me/nightqueen_dhk",
  [("telegram", "@nightqueen_dhk")])
F(C, "bn-Latn", "ami jodi customer er sathe na jai tahole oi mohila bole dena barbe. amar passport o tar kase. keu janle amar shongshar sesh")
F(C, "en", "Real pics 100% genuine. Bangladeshi & Indian ladies available tonight, outcall hotel only. Booking through manager only, WhatsApp wa.me/971501234567 no calls",
  [("whatsapp", "+971501234567")])
F(C, "en", "I was told hostess job at a hotel in Muscat. After arriving madam said I have to go with the men who pay or she sells me to someone worse")
F(C, "en", "5 pieces crossing tonight by the Benapole line, Kolkata side will keep them at the house, work from tomorrow. payment after counting")

# ---------------- FLAG: minors (7) ----------------
C = "minors"
F(C, "bn", "মেয়ের বয়স ১৪ তাতে সমস্যা নাই, জন্মনিবন্ধন বদলায়া ২২ বানায়া পাসপোর্ট করে দিব। সৌদিতে বাসার কাজ, মাসে ১৫০০ রিয়াল")
F(C, "bn", "পোলাডার বয়স কম তো কি হইছে, ইটভাটায় রাইতেও কাম করতে পারবো। অগ্রিম ২০ হাজার ওর বাপেরে দিছি, ছয় মাস বাড়ি যাওয়া নিষেধ")
F(C, "bn-Latn", "chachi apnar Rumana ke amar sathe dhaka pathan, garments e kaj dibo. boyosh 13 keu dekhbe na, ami id card banay dimu")
F(C, "bn-Latn", "dubai er sheikh er sathe biye, meye 16 holeo cholbe, kabin e 19 likhe dibo. meye oikhane rani hoye thakbe, apnader taka o pathabe")
F(C, "en", "Need 10 boys age 12-15 for camel farm work in UAE, small and light weight preferred. Documents we arrange. Parents get 30,000 advance")
F(C, "en", "looking for girl 14 15 yrs for a family in KL to look after baby, we will show age 20 in passport no problem at airport. family pays 50k to parents first")
F(C, "en", "i am 16 they wrote 21 in my passport. i work in 3 houses here madams sister also, no school no pay yet")

# ---------------- OK: news (6) ----------------
N("news", "bn", "মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে লিবিয়া হয়ে ইউরোপে পাঠানোর নামে জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে র‍্যাব-৩ তাদের গ্রেপ্তার করে। (শেয়ার করা হয়েছে)")
N("news", "bn", "কক্সবাজারে দালালচক্রের হাত থেকে ১১ কিশোরী উদ্ধার, থানায় মামলা। আদালত আসামিদের তিন দিনের রিমান্ড মঞ্জুর করেছেন — নিজস্ব প্রতিবেদক")
N("news", "bn-Latn", "news dekhsos? narayanganj e adam bepari re dhorse, 40 joner passport uddhar korse police. TV te dekhailo")
N("news", "bn-Latn", "sylhet court e aj manob pachar mamlar rai, 2 dalal er jabojjibon. amader elakar ek jon o victim chilo, news link comment e")
N("news", "en", "DHAKA, Nov 3 - Police arrested four members of a ring accused of luring women with beauty-parlour jobs in Dubai and selling them to brothels, a CID spokesman said. The suspects confessed before a magistrate.")
N("news", "en", "Court jails Malaysia recruitment syndicate boss for 10 years; tribunal found workers were charged Tk 5 lakh against the Tk 79,000 cap and kept in a Klang warehouse")

# ---------------- OK: awareness (6) ----------------
N("awareness", "bn", "সতর্ক থাকুন! কোনো দালালের কাছে পাসপোর্ট জমা দেবেন না। বিদেশ যাওয়ার আগে বিএমইটি নিবন্ধন ও স্মার্ট কার্ড নিন। প্রতারণার শিকার হলে নিকটস্থ থানা বা জেলা কর্মসংস্থান অফিসে যোগাযোগ করুন।")
N("awareness", "bn", "‘ফ্রি ভিসা’ বলে কোনো ভিসা নেই। যে কফিল আপনাকে কাজ দেবে না তার ভিসায় গেলে আপনি অবৈধ হয়ে যাবেন। বিকাশে অগ্রিম টাকা চাইলে বুঝবেন প্রতারক। — নিরাপদ অভিবাসন ক্যাম্পেইন")
N("awareness", "bn-Latn", "bhaiera keu jodi bole experience lagbe na beton 1 lakh, thaka khawa free, cambodia te computer er kaj - ota scam compound, giye atke jaben. share koren jeno keu na jay")
N("awareness", "bn-Latn", "apnar meyeke parlour er kajer kotha bole keu dubai nite chaile age thana te janan. - manob pachar protirodh committee, upazila parishad")
N("awareness", "en", "Never hand your passport to an agent or employer. It is your property. If your employer keeps it, contact the Bangladesh Embassy labour wing. #SafeMigration")
N("awareness", "en", "Thread: 5 signs a job abroad is a trap 1) fee to a personal bKash 2) 'visit visa now work visa later' 3) they ask you to keep it secret 4) no BMET clearance 5) salary too good. RT to save a life")

# ---------------- OK: official (6) ----------------
N("official", "bn", "বৈদেশিক কর্মসংস্থান ও অভিবাসী আইন অনুযায়ী মালয়েশিয়া গমনে সরকার নির্ধারিত সর্বোচ্চ অভিবাসন ব্যয় ৭৯,০০০ টাকা। নির্ধারিত ব্যয়ের অতিরিক্ত অর্থ গ্রহণ দণ্ডনীয় অপরাধ। — জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি)")
N("official", "bn", "মেসার্স আল-নূর ওভারসিজ (সরকার অনুমোদিত) সৌদি আরবে হাসপাতাল ক্লিনার পদে লোক নেওয়া হবে। বেতন ১২০০ রিয়াল, আকামা ও থাকা কোম্পানির। বিএমইটি নিবন্ধন, মেডিকেল ও প্রশিক্ষণ বাধ্যতামূলক। খরচ সরকার নির্ধারিত হারে ব্যাংকে জমা। যোগাযোগ: ০১৭১১-৬০৩৪৮২, alnoor.overseas.bd@gmail.com",
  ents=[("phone", "+8801711603482"), ("email", "alnoor.overseas.bd@gmail.com")])
N("official", "bn-Latn", "Ami Probashi app e registration korle smart card er jonno r dalal lagbe na. fee BMET nirdharito, online e pay korun. - DEMO office, Jessore")
N("official", "bn-Latn", "Hai Commission notice: Malaysia te jader visar meyad shesh tara recalibration program e abedon korte parben. kono dalal er sathe jogajog korben na, sob sheba free. hotline +60 3-2711 8305",
  ents=[("phone", "+60327118305")])
N("official", "en", "Bangladesh Embassy Riyadh - Labour Wing: workers whose employer has filed a huroob (absence) report may submit an application with passport copy and iqama copy. Services are free of charge. Email: labourwing.ryd.bd@gmail.com",
  ents=[("email", "labourwing.ryd.bd@gmail.com")])
N("official", "en", "BOESL notice: EPS Korea manufacturing, 1,200 candidates selected by lottery. Total cost Tk 34,000 paid at Sonali Bank only. BOESL does not use any agent or broker. Passports are submitted only at the BOESL office against receipt.")

# ---------------- OK: receipt (6) ----------------
N("receipt", "bn", "আপনি ০১৮১২৪৫৬৭০৩ থেকে ৳ ৫,০০০.০০ গ্রহণ করেছেন। ফি ৳ ০.০০। ব্যালেন্স ৳ ১২,৩৪০.৫০। TrxID BK4R7TQ2WZ সময় ১৪/১১/২০২৬ ২০:১৫",
  ents=[("phone", "+8801812456703"), ("mfs_transaction", "BK4R7TQ2WZ")])
N("receipt", "bn", "নগদ: সেন্ড মানি সফল। পরিমাণ: ৳ ২,৫০০ প্রাপক: ০১৯৮৮৭২১৫৪০ রেফারেন্স: আম্মার ঔষধ TxnID: 73XK9P2M ব্যালেন্স: ৳ ৮৪০.২০",
  ents=[("phone", "+8801988721540"), ("mfs_transaction", "73XK9P2M")])
N("receipt", "bn-Latn", "ammu 10 hajar pathailam bkash e, TrxID CL8D3NX0QA. 2000 abbar oshudher jonno baki ta songsar khoroch. salary pele abar dibo",
  ents=[("mfs_transaction", "CL8D3NX0QA")])
N("receipt", "bn-Latn", "Rocket e dilam vai dekhen: Cash-In Tk 15,000 to A/C ***4412 Fee Tk 0 TxnId: 4719362805. ghor vara r current bill er taka",
  ents=[("mfs_transaction", "4719362805")])
N("receipt", "en", "You have received Tk 45,000.00 from 01713902846. Ref: salary Oct. Fee Tk 0.00. Balance Tk 47,210.00. TrxID CJ9F2KD7LM at 02/11/2026 18:42",
  ents=[("phone", "+8801713902846"), ("mfs_transaction", "CJ9F2KD7LM")])
N("receipt", "en", "Remittance credited: SAR 1,500 = BDT 48,750 + 2.5% govt incentive BDT 1,218 to your A/C ****3381. Thank you for sending money through legal channel. -Islami Bank")

# ---------------- OK: worker_content (6) ----------------
N("worker_content", "bn", "আলহামদুলিল্লাহ সৌদিতে ৩ বছর পূর্ণ হলো 🇸🇦 কোম্পানি ভালো, বেতন টাইমলি দেয়, ওভারটাইম করলে ঘণ্টায় ৮ রিয়াল আলাদা। আকামা রিনিউ কোম্পানিই করে দিছে। যারা আসতে চান অবশ্যই বিএমইটি দিয়া আসবেন")
N("worker_content", "bn", "ভাইয়েরা মালয়েশিয়ায় আজকের ডিউটি শেষ 😴 ৮ ঘন্টা ডিউটি আর ৪ ঘন্টা ওভারটাইম, মাস শেষে ২২০০ রিঙ্গিত আসে। পাসপোর্ট নিজের কাছেই রাখি, কেউ চায়ও না")
N("worker_content", "bn-Latn", "vlog 23: dubai te amar room tour 🏠 4 jon thaki, AC ache, company bus e duty te jai. beton 1800 dirham + overtime. instagram e follow koren @dubai_diary.rakib",
  ents=[("instagram", "@dubai_diary.rakib")])
N("worker_content", "bn-Latn", "aj salary dise alhamdulillah, 2 maser overtime o eksathe. passport renew er jonno embassy te appointment nisi next week. dua koiren sobai")
N("worker_content", "en", "Day in my life as a Bangladeshi cleaner in Singapore 🇸🇬 6am-4pm shift, Sunday off, dormitory with 12 guys but clean. Salary comes on the 7th every month. No agent took my passport, dont believe everything in the comments")
N("worker_content", "en", "Did 14 hrs today because ship unloading got delayed, boss paid double OT so no complaints 😂 back to normal shift tomorrow inshallah")

# ---------------- OK: joke (6) ----------------
N("joke", "bn", "বউ আমার পাসপোর্ট লুকায়া রাখছে যাতে আবার দুবাই না যাই 😂 এইটা কোন ধারার মানবপাচার, উকিল ভাইয়েরা জানাবেন")
N("joke", "bn", "অফিসের বস এমন খাটায় মনে হয় দালালের কাছে বিক্রি হইয়া গেছি 🤣 বেতন অবশ্য মাসের ১ তারিখেই দেয়")
N("joke", "bn-Latn", "ammu amar phone niye nise, bolse porikkha shesh na howa porjonto kauke msg dite parbo na 😭 eta ki human rights violation na?")
N("joke", "bn-Latn", "dost tui bkash e 500 pathaish na hoile tor biyer chobi fb te dimu 😂😂 hudai moja kori re")
N("joke", "en", "my cat has confiscated my passport by sleeping on it, I am now in debt bondage to Whiskers 🐱")
N("joke", "en", "group project partner locked me in the library till the slides were done, somebody call the ILO 😂")

# ---------------- OK: chatter (hard, 6) ----------------
N("chatter", "bn", "আজ ইমিগ্রেশনে ২ ঘণ্টা লাইনে দাঁড়ায়া ছিলাম, তারপর কয় স্মার্ট কার্ডের কপি দেখান। যাক ফ্লাইট মিস হয় নাই, দুবাই নামলাম আলহামদুলিল্লাহ")
N("chatter", "bn", "এজেন্টের দোকানে না গিয়া নিজে নিজে বিকাশ একাউন্ট খোলা যায়? আমার এনআইডি নং ১৯৯৫২৬৯২৪৫৮০১৩৭৭৪ দিয়া দেখ তো অ্যাপে হয় কিনা",
  ents=[("bd_nid", "19952692458013774")])
N("chatter", "bn-Latn", "vai tomar passport number ta den to ticket kete dei, EG4417208 na? shoshur bari jaite hobe kolkata porshu",
  ents=[("bd_passport", "EG4417208")])
N("chatter", "bn-Latn", "recruiting agency te interview dilam aj, bolse medical fit hoile 2 maser moddhe flight. sob taka bank e pay, receipt dise. dekha jak")
N("chatter", "en", "Anyone know if the Malaysia calling visa list is out? my cousin applied through a licensed agency in Banani, BMET registration done")
N("chatter", "en", "lol the new doc on the scam compounds in Myanmar is insane, watched it in one night")

# ---------------- OK: family (6) ----------------
N("family", "bn", "বাবা তোমার পাসপোর্টটা আমার আলমারিতে রাখছি, হারাইবো না। ঈদের পর ভিসা লাগাইতে দিবা")
N("family", "bn", "আপা, তানিয়ার বয়স তো মাত্র ১৫, এখনই বিয়ার কথা কইও না। আগে এসএসসি দিক। দুবাইয়ের ছেলের প্রস্তাব আসছে আসুক, ও পড়বে")
N("family", "bn-Latn", "abbu 15 tarikhe salary pele 20 hajar pathabo bkash e, 5 hajar rafi r school er fee. baki ta kistir jonno rakhen")
N("family", "bn-Latn", "mamar meyer biye thik hoise, chele malaysia thake, bhalo company te kaj kore. boyosh 26 meye 23. december e biye sobai asben")
N("family", "en", "Ma, I renewed Nusrat's passport, she's 11 now so it's 5 year validity. Tickets for the Umrah trip are booked for all of us 🤲")
N("family", "en", "bro send me mum's NID number again, 8254710396 right? the bank needs it for the remittance account. Also dad says dont take any loan for the roof",
  ents=[("bd_nid", "8254710396")])

# ---------------- OK: easy (12) ----------------
for s, t, e in [
    ("bn", "কাল অফিসে দেরি হবে, জ্যাম অনেক", ()),
    ("bn", "ভাত খাইছো? আম্মা জিগাইতেছিল", ()),
    ("bn", "জুম্মার পর মাঠে আসিস, খেলা আছে ⚽", ()),
    ("bn", "রিকশা পাই নাই, হাঁটতেছি 😩", ()),
    ("bn-Latn", "kire kothay tui? call dhor", ()),
    ("bn-Latn", "aj biryani khabo cholo, 8 tay dhanmondi", ()),
    ("bn-Latn", "notun number ta save kor 01611-928374, purana ta off", [("phone", "+8801611928374")]),
    ("bn-Latn", "bristi hocche, chhata niye beriyo", ()),
    ("en", "Meeting moved to 3pm, pls confirm", ()),
    ("en", "Happy birthday Tuhin!! 🎂 have a great one", ()),
    ("en", "can you pick up eggs and bread on the way home", ()),
    ("en", "match was so boring lol, 0-0 again", ()),
]:
    N("chatter", s, t, hard=False, ents=e)

BN2A = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        text = it["text"].translate(BN2A)
        digits = re.sub(r"\D", "", text)
        for e in it["entities"]:
            t, v = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                d = v[1:]
                alts = [d] + (["0" + d[3:]] if d.startswith("880") else [])
                assert any(a in digits for a in alts), (it["id"], v)
            elif t == "telegram":
                assert v.startswith("@") and (v in text or v[1:] in text), (it["id"], v)
            elif t == "instagram":
                assert v.startswith("@") and v in text, (it["id"], v)
            elif t == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in text.lower(), v
            elif t in ("btc_address", "tron_address"):
                raw = b58decode(v)
                assert len(raw) == 25 and raw[0] == (0 if t == "btc_address" else 0x41), v
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:], v
                assert v in text, v
            elif t == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in text, v
            elif t == "bd_nid":
                assert len(v) in (10, 13, 17) and v.isdigit() and v in text, v
            else:
                assert v in text, (it["id"], t, v)
    flag = [i for i in items if i["label"] == "flag"]
    ok = [i for i in items if i["label"] == "ok"]
    assert len(flag) == 60 and len(ok) == 60
    assert sum(i["hard"] for i in ok) >= 45
    assert sum(not i["hard"] for i in ok) <= 15
    for c, n in Counter(i["category"] for i in flag).items():
        assert n in (7, 8), (c, n)
    for s, n in Counter(i["script"] for i in items).items():
        assert 36 <= n <= 44, (s, n)
    assert len({i["text"] for i in items}) == 120

random.Random(30).shuffle(ITEMS)
out = []
for k, it in enumerate(ITEMS, 1):
    out.append({"id": f"dev30-{k:04d}", **it})
check(out)
with open(OUT, "w", encoding="utf-8") as f:
    for it in out:
        f.write(json.dumps({k: it[k] for k in ("id", "text", "label", "category", "script", "voice", "hard", "entities")}, ensure_ascii=False) + "\n")
print("wrote", len(out), "to", OUT)
