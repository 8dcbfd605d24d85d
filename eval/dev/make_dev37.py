#!/usr/bin/env python3
"""Blind dev set dev37: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a child-protection helpline: grooming on social media, Gen-Z Banglish and text-speak, every category. Held out from round 4 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib, json, random, re
from collections import Counter

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]

BTC1 = b58check(0x00, h20("dev37-btc-1"))
TRON1 = b58check(0x41, h20("dev37-tron-1"))
ETH1 = "0x" + hashlib.sha256(b"dev37-eth-1").hexdigest()[:40]
PH = {"{BTC1}": BTC1, "{TRON1}": TRON1, "{ETH1}": ETH1}

ITEMS = []
# flag items written indirectly (no stock keywords such as passport/salary/agent/dalal/visa)
INDIRECT = ("tor jonne ja khoroch", "ফোন আমার কাছে থাকবে", "tmi kar shathe chat", "apu ekta new account",
            "u think u can block", "babu tumi to 8th", "video call e ektu", "girl sleeps on the kitchen",
            "মেয়েটা ক্লাস সিক্সে", "নতুন মেয়েটারে কারো")

def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=text.startswith(INDIRECT), entities=list(ents)))
def N(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))

# ---------------- FLAG ----------------
RD = "recruitment_deception"
F(RD, "bn", "আপু তুমি তো অনেক সুন্দর নাচো 😍 দুবাইতে আমাদের ইভেন্ট কোম্পানি, হোটেলে শুধু স্টেজে নাচ, মাসে দেড় লাখ। আম্মুকে এখনই বলার দরকার নাই, ভিসা হয়ে গেলে সারপ্রাইজ দিবা")
F(RD, "bn", "ভাই কলিং ভিসা কইছিলো কিন্তু আইসা দেখি ভিজিট ভিসা, কাগজে কোম্পানির নামও নাই। যেই কাজের কথা কইছিল ঐটা না, এখন ইট ভাঙ্গার কাম দিসে")
F(RD, "bn", "মালয়েশিয়া ফ্যাক্টরিত কাম, থাকন খাওন ফিরি। মেডিকেল ন লাগে, পাসপোর্টে বয়স কম অইলেও চিন্তা ন গরিও আঁরা ঠিক গরি দিয়ুম। ইমিগ্রেশনে কেউ হুছ গইল্লে কইবা বেড়াইতো যার")
F(RD, "bn-Latn", "oi tui na TikTok e star hoite chas? amar mama mumbai te film er casting kore 😎 tor face ekdom heroine type. barite kisu bolis na, ami bus ticket kete dibo benapole porjonto, oikhane lok thakbe")
F(RD, "bn-Latn", "bro ashar age bolsilo restaurant e waiter er kaj 1200 ringgit. ekhon jongol er vitor palm bagan e rakhse, contract e sign koraise english e, kisui bujhi nai")
F(RD, "bn-Latn", "Beauty parlour e kaj apu, Dubai. beton 80k+ tips 💅 shudhu pic ar passport er copy pathao ig te @glamcareer.dxb baki amra dekhbo. airport e keu jiggesh korle bolba ghurte jaccho, kajer kotha bolba na",
  [("instagram", "@glamcareer.dxb")])
F(RD, "en", "Hi dear, saw ur dance reels 🔥 we r hiring girls for 5 star hotel in Muscat, reception + 'guest entertainment'. Visa is tourist but dont worry company converts it after u land. Flight free, just send 2 full body pics to hr.muscatstaff22@gmail.com or wa.me/96871234567",
  [("email", "hr.muscatstaff22@gmail.com"), ("whatsapp", "+96871234567")])
F(RD, "en", "Madam this is not the job you told my sister. You said garments supervisor in Jordan, now she is cleaning 3 houses and the lady says she was bought for housework. The paper she signed in Dhaka said something else")

FD = "fees_and_debt"
F(FD, "bn", "তোর ভিসা-টিকেটের সাড়ে চার লাখ এখনো শোধ হয় নাই। প্রতি মাসের বেতন থেকে কাটা যাবে যতদিন না পুরাটা উঠে, এর আগে দেশে যাওয়ার চিন্তা বাদ দে")
F(FD, "bn", "আব্বা জমি বন্ধক দিয়া টাকা দিছিল, এখন এইখানে আইসা কয় আরো ৮০ হাজার না দিলে আকামা হবে না। মা আবার কিস্তি তুলছে 😭")
F(FD, "bn", "বাড়িত খবর দেও, আর দেড় লাখ পাঠাইলে মেয়েরে ছাড়মু। খাওয়া থাকা যা খরচ অইছে হিসাব আছে আমার কাছে। ০১৮২৪-৬৭১৩৯০ নম্বরে বিকাশ করবায়",
  [("phone", "+8801824671390")])
F(FD, "bn-Latn", "vai 3 lac dise dalal re ekhon bole ticket er 40k alada. na dile passport BX3617205 ferot dibe na. ami ki korbo ammu gold becha lagbe",
  [("bd_passport", "BX3617205")])
F(FD, "bn-Latn", "tor jonne ja khoroch korsi shob lekha ase khatay. jama kapor, makeup, room vara, daktar. agey shodh kor tarpor bari jawar kotha bolish 🙂")
F(FD, "en", "Bro the agent says my first 7 months salary will go to him direct for 'processing', I only get 150 riyal for food. is that normal??")
F(FD, "en", "Your daughter's advance is 20,000 tk, already given to you. She will stay at the house and work it off, no salary until next Eid. If she leaves early you return the money double.")
F(FD, "en", "every time i ask for my passport boss says pay 2000 ringgit release fee first. i already paid 5 lakh in BD. now he adds hostel charge every month and my debt is bigger than when i came")

PAY = "payments_and_proceeds"
F(PAY, "bn", "আজকের ৩ জনের টাকা আলাদা আলাদা নম্বরে দিস, এক নম্বরে বেশি গেলে ধরা খাবি। ০১৯৩৭৫৫২৮১৬ আর ০১৫৬১২৩৯০৪৭ এ ক্যাশ ইন কর, রাতে হিসাব দিবি",
  [("phone", "+8801937552816"), ("phone", "+8801561239047")])
F(PAY, "bn", "মেয়েদের ভাগের টাকা আমার কাছে জমা থাকবো, ওগো হাতে দিবি না। কলকাতার পার্টি হুন্ডিতে পাঠাইবো, পুরাটা আসলে ভাগ হবে")
F(PAY, "bn-Latn", "boss bolse ekhon theke USDT te nibe, bkash e beshi transaction hole account block. TRC20 address: {TRON1} client der ke eta dibi, nijer number dibi na",
  [("tron_address", "{TRON1}")])
F(PAY, "bn-Latn", "Daulatdia theke prottek raat er taka Rocket e pathaisi 01634-118205 e, TxnId 7284019365. amar kono vag nai mashi sob rekhe dey",
  [("phone", "+8801634118205"), ("mfs_transaction", "7284019365")])
F(PAY, "bn-Latn", "apu ekta new account khulo nagad e tomar nid diye. taka oi account e ashbe, tumi cash out kore amake diba. protibar 1000 tk tomar 🙂 kew jante parbe na")
F(PAY, "en", "Weekly: Riya 38 clients, Mim 41, new girl 22. Collect from each room before 6am. Send total to BTC {BTC1} keep 10% for the guard. Don't give them cash.",
  [("btc_address", "{BTC1}")])
F(PAY, "en", "salary of all 14 boys comes to my account direct from the company, I give them 300 tk pocket money. You want your son's wages, ask me not the factory.")

ISO = "isolation_and_control"
F(ISO, "bn", "ফোন আমার কাছে থাকবে, রাতে ১০ মিনিট দিমু বাসায় কথা বলার জন্য, লাউডস্পিকারে। কি বলবি আগে আমারে বলবি")
F(ISO, "bn", "আপা দরজা বাইরে থেকে তালা দিয়া যায়, জানলা দিয়া নেট ধরাইয়া লিখতেছি। কাউরে চিনি না এইখানে, কোন এলাকা তাও জানিনা")
F(ISO, "bn", "নতুন মেয়েটারে কারো সাথে কথা বলতে দিবি না, বাংলা জানে এমন কাউরে তো নাই। বাজারে গেলে সুমি সাথে যাবে, একা ছাদেও না")
F(ISO, "bn-Latn", "ami ekhon oder basay. sim bhenge felse ar bolse fb te login korle janbe. barir call aile bolte hobe valo achi. eta secret id theke dicchi plz kauke bolis na")
F(ISO, "bn-Latn", "tmi kar shathe chat koro? ami chara keu tomar valo chay na, tomar family o na. ekhon theke ammu r friend der sathe kotha bolba na, ami jeta boli sheta korba ❤️")
F(ISO, "en", "they keep us in the warehouse room, 11 men. only go out with supervisor to the site and back. the gate guard has our ids. cant even buy a sim")
F(ISO, "en", "Don't let her use the phone when madam is out. If her brother calls again say she went to another city. She doesn't need to talk to anyone.")

LAB = "labour_exploitation"
F(LAB, "bn", "ভোর ৫টা থেকে রাত ১২টা পর্যন্ত কাজ, একদিনও ছুটি নাই। খাবার দেয় একবার, শুকনা রুটি। চার মাস বেতন দেয় নাই, জিগাইলে কয় পরে")
F(LAB, "bn", "হোলাডারে ওয়ার্কশপে দিছি, বয়স তো ১২, রাইতেও ওয়েল্ডিং করায়, চোখ লাল হই থাকে। মালিকে কয় শিখতেছে, টিয়া দেওন লাইগতো ন")
F(LAB, "bn-Latn", "shift 16 ghonta, overtime er taka dey na. 6 jon ekta choto rum e ghumai, bathroom ekta 30 jon er. beton 3 mash por por 1 mash er dey")
F(LAB, "bn-Latn", "kaj na korle khana bondho. gotokal jor chilo tao brick kiln e pathaise. mal boite boite matha ghurtese 😞")
F(LAB, "en", "They promised 8 hours. we work 14-15 and if we stop for tea supervisor cuts half day. 2 months no pay, he says company has problem.")
F(LAB, "en", "girl sleeps on the kitchen floor, she does all washing cooking + looks after the twins. no off day, no wage, we give her clothes on Eid thats enough")
F(LAB, "en", "cutting 500 tk every time the machine stops, even when current goes. Got 3000 this month for 30 days of 13 hr. Can't leave because they have my bag and papers")

THR = "threats_and_coercion"
F(THR, "bn", "বেশি কথা বললে তোর ছবিগুলা তোর বাপের কাছে যাবে আর গ্রামের সব গ্রুপে। কাল রাতে যেইটা কইছি চুপচাপ করবি")
F(THR, "bn", "পালানোর চেষ্টা করলে পুলিশে ধরাইয়া দিমু, তোর তো কাগজ নাই এইখানে, সারাজীবন জেলে পচবি। তোর মায়ের ঠিকানাও আমরা জানি")
F(THR, "bn-Latn", "tui jodi oi NGO apar sathe kotha bolis tor choto bon ke tule niye jabo. ami jani o kon school e jay 🙂")
F(THR, "bn-Latn", "kafeel bolse huroob dibe jodi ar ekbar complain kori. gotokal amar hate gorom pani dhele dise")
F(THR, "en", "If you go to the embassy again we will file absconding and you will be deported with a ban, and your family still owes us. Think properly.")
F(THR, "en", "u think u can block me? i still have ur videos. come to the flat at 9 or i post them with ur school name tagged. dont test me")
F(THR, "en", "He beat Rafiq with a pipe in front of all of us and said this is what happens to the ones who talk to police. Nobody has slept.")

SX = "sexual_exploitation"
F(SX, "bn", "নতুন মাল আসছে কলকাতা থেকে, বয়স কম, ফর্সা। রেট আগের মতো না, রুম সহ ৫ হাজার। বুকিং টেলিগ্রামে t.me/rupkotha_vip",
  [("telegram", "@rupkotha_vip")])
F(SX, "bn", "আপা ওরা বলছিল পার্লারের কাজ, এখন রাতে হোটেলে পাঠায় লোকের কাছে। না গেলে মারে, টাকা সব মালকিন রাখে")
F(SX, "bn-Latn", "Gulshan e full night service available, Nepali + Bangali girls, fresh 🌹🍒 clean room. rate inbox e. +880 1745 902316 whatsapp only no call",
  [("phone", "+8801745902316")])
F(SX, "bn-Latn", "mashi bolse aj theke 15 jon customer, nijer kichu rakhte parbo na. je meye kom kore take ghore atke rakhe")
F(SX, "bn-Latn", "video call e ektu show korle 2000 pabi, ami r client shudhu dekhbo, face dekha jabe na promise. prothom bar to, pore beshi dibo")
F(SX, "en", "New girls arriving tonight from Jessore side. Young, shy, no English. Hourly or full night, fixed price, payment to me not to them. Advance USDT ERC20 {ETH1} , contact @dhaka_nightlife_vip on Telegram",
  [("eth_address", "{ETH1}"), ("telegram", "@dhaka_nightlife_vip")])
F(SX, "en", "she was sold to a house in Sonagachi for 60,000 rupees by the man who said he'd marry her. They say she has to pay off the price with customers")
F(SX, "en", "Boss wants you in the private room with the Arab guests after the show. Dancing was only the start, everyone does it. Refuse and your contract is cancelled and you pay the ticket back.")

MI = "minors"
F(MI, "bn", "মাইয়ার বয়স কাগজে ১৮ কইরা দিমু, চেয়ারম্যান অফিসে লোক আছে। বিয়ার পর জামাই ওরে নিয়া যাইবো ইন্ডিয়া, আপনেগো আর খরচ লাগবো না")
F(MI, "bn", "তোমার বয়স ১৪ তাতে কি, তুমি তো অনেক ম্যাচিউর 😘 কাউকে না জানিয়ে শনিবার স্কুলের পর আসো, শুটিং আছে, টাকাও দিবো")
F(MI, "bn", "মেয়েটা ক্লাস সিক্সে পড়ে, ঢাকার বাসায় কাজে দিলে মাসে ২ হাজার পাঠাবো আপনাদের। স্কুল তো গ্রামে ঠিকমতো হয় না। জন্মনিবন্ধন লাগবে না")
F(MI, "bn-Latn", "oi tor class er meyeder moddhe ke ke Likee te live kore? 13-15 hole aro valo, ekta app e niye jabo, gift coin e taka pabe. amake add kor ig @likee.star.agency",
  [("instagram", "@likee.star.agency")])
F(MI, "bn-Latn", "ghat e 10-12 bochorer pola lagbo, kuli + hotel er kaj, raite thakon lagbo. babar lgy kotha hoye gese 5000 advance dia disi")
F(MI, "bn-Latn", "babu tumi to 8th grade, ami bolbo na tomar ammu ke 🤫 ekta pic dao na without orna, ami tomar portfolio banabo modeling er jonno")
F(MI, "en", "Need 3-4 girls 12 to 15 for house work in Mumbai, family pays good, we arrange crossing through Satkhira. No documents needed, we handle.")
F(MI, "en", "ur 15?? perfect age for the Dubai kids dance troupe lol. dont tell parents yet they'll ruin it, i'll get ur passport made with older age no tension")

# ---------------- NOT FLAG ----------------
# news
N("news", "bn", True, "রাজধানীর মিরপুর থেকে বিদেশে চাকরির কথা বলে তরুণীদের পাচারকারী চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব-৪। তাদের কাছ থেকে ১২টি পাসপোর্ট উদ্ধার করা হয়।")
N("news", "bn", True, "মানবপাচার মামলায় যশোরের এক দালালকে ১০ বছরের কারাদণ্ড দিয়েছেন ট্রাইব্যুনাল। রায় ঘোষণার সময় আসামি আদালতে উপস্থিত ছিলেন।")
N("news", "bn", True, "দেখ খুলনার খবর 😳 ভারতে পাচারের সময় বেনাপোল সীমান্ত থেকে ৬ কিশোরী উদ্ধার, বিজিবি ওদের পরিবারের কাছে হস্তান্তর করছে")
N("news", "en", True, "Police rescued 23 children from a bag factory in Keraniganj on Tuesday and filed a case against the owner under the Children Act, DMP said.")
N("news", "en", True, "Court frames charges against 5 in Malaysia labour trafficking case; next hearing set for 14 January, prosecutor says 40 victims will testify.")
N("news", "bn-Latn", True, "news dekhsos? Daulatdia te police raid dise, 9 ta minor meye uddhar, 2 jon dalal arrest. amader district er news e dekhaise")
# awareness
N("awareness", "bn", True, "সাবধান! ফেসবুকে মডেলিং বা টিকটক স্টার বানানোর কথা বলে কেউ একা দেখা করতে বললে বাবা-মাকে জানাও। সাহায্যের জন্য ফোন করো ১০৯৮ (শিশু সহায়তা)।")
N("awareness", "bn", True, "বিদেশ যাওয়ার আগে যাচাই করুন: এজেন্সি সরকারি নিবন্ধিত কি না, চুক্তিপত্র নিজে পড়েছেন কি না। পাসপোর্ট কখনো দালালের হাতে দিবেন না।")
N("awareness", "bn-Latn", True, "school e aj ekta NGO session holo, bollo online e keu gift ba taka offer kore pic chaile block + report korte. r 'dubai dance job' type ad dekhle sir ke janate 👍")
N("awareness", "bn-Latn", True, "group er sobaike bolchi, malaysia calling visa r naam e kew taka chaile age BMET site e check koren. amar mama 2 lakh harase erokom dalal er kache. share koren")
N("awareness", "en", True, "PSA for parents: if an 'agency' DMs your daughter on Insta promising a TikTok contract abroad, screenshot it and report to the police cyber unit. Real agencies never ask kids to keep it secret.")
N("awareness", "en", True, "Workshop tomorrow at Khulna Zilla School: 'Safe migration and child protection'. Speakers from the District Employment office and a child rights NGO. Students of class 8-10 welcome.")
# official
N("official", "bn", True, "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়া গমনেচ্ছু কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় ৭৯,০০০ টাকা। নির্ধারিত ফি এর বেশি কেউ দাবি করলে অভিযোগ করুন।")
N("official", "bn", True, "মেসার্স নূর ওভারসিজ (আরএল-১৪৫৬): মালয়েশিয়ায় ফ্যাক্টরি কর্মী নিয়োগ। সরকার নির্ধারিত খরচ ৭৯,০০০ টাকা, সব টাকা ব্যাংকে জমা, রশিদ দেওয়া হয়। যোগাযোগ: ০১৭১১-৪০৯৮২৩",
  [("phone", "+8801711409823")])
N("official", "en", True, "Embassy of Bangladesh, Riyadh: Workers facing problems with employers may contact the Labour Wing hotline +966 55 123 4876 or email labourwing.riyadh@bdmission.example.org. Services are free of charge.",
  [("phone", "+966551234876"), ("email", "labourwing.riyadh@bdmission.example.org")])
N("official", "en", True, "BMET notice: Smart cards will be issued only after biometric registration and pre-departure orientation. Do not pay anyone outside the official bank channel. Fee schedule is on the BMET website.")
N("official", "en", True, "Registered agency Sunrise Manpower (RL 2087): hiring welders for Qatar. Salary QAR 1,800 + overtime as per Qatar labour law, accommodation by employer. Worker pays only govt fixed cost. Passport stays with the worker.")
N("official", "bn-Latn", True, "Probashi Kallyan Bank theke janano jacche: obhibashon rin er jonno NID, passport copy r BMET registration lagbe. kono dalal er maddhome abedon grohon kora hoy na")
# receipt
N("receipt", "en", True, "You have received Tk 3,500.00 from 01815273640. Fee Tk 0.00. Balance Tk 4,212.50. TrxID CK48PZ1QWA at 02/12/2026 19:42",
  [("phone", "+8801815273640"), ("mfs_transaction", "CK48PZ1QWA")])
N("receipt", "en", True, "Money Received. Amount: Tk 1200.00 Sender: 01923480156 Ref: tuition Nov TxnID: 7HX2KQ9D Balance: Tk 1890.00",
  [("phone", "+8801923480156"), ("mfs_transaction", "7HX2KQ9D")])
N("receipt", "en", True, "Cash Out Tk 5,000.00 to 01678214593 successful. Fee Tk 92.50. Balance Tk 318.00. TrxID DA93LM5TQE at 28/11/2026 10:05",
  [("phone", "+8801678214593"), ("mfs_transaction", "DA93LM5TQE")])
N("receipt", "en", True, "Dear Customer, your A/C ****7731 is credited with BDT 39,862.00 (inward remittance SAR 1,250.00, sender MD SHAHIN). Govt incentive 2.5% will be credited separately.")
N("receipt", "bn", True, "আপনি ৳৫০০.০০ সেন্ড মানি করেছেন ০১৭৯৪৫৫৬২১৮ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১,২০৪.৩৩। TrxID BL6R2WN8XZ ১৫/১১/২০২৬ ২১:১০",
  [("phone", "+8801794556218"), ("mfs_transaction", "BL6R2WN8XZ")])
N("receipt", "bn-Latn", True, "ammu school fee er taka pathaisi 👇 'Cash-In Tk 2,000.00 from A/C: ***4102 Fee: Tk 0.00 Balance: Tk 2,340.00 TxnId: 3928471056' pele janaio",
  [("mfs_transaction", "3928471056")])
# worker_content
N("worker_content", "bn-Latn", True, "assalamualaikum sobai 🙏 ajke amar Riyadh e 2 bochor purno holo. company valo, beton time moto pai, overtime o dey. iqama renew hoye gese. jara ashte chan BMET diye asben, dalal ke taka diben na")
N("worker_content", "bn-Latn", True, "Malaysia factory te aj 4 ghonta OT korlam, ei mash e 2100 ringgit ashbe inshallah 💪 passport amar kache e thake, company niye rakhe na. kal ammu ke bkash korbo")
N("worker_content", "bn-Latn", True, "vlog 23: Dubai te amar room tour 😅 4 jon thaki, AC ase, ranna nije kori. salary er kotha onekei jiggesh koren, 2200 dirham + food allowance")
N("worker_content", "bn", True, "আজ কাতারে আমার প্রথম বেতন পেলাম আলহামদুলিল্লাহ। ছুটির দিনে বন্ধুদের সাথে কর্নিশে ঘুরতে গেছিলাম। আব্বা আম্মার জন্য দোয়া চাই")
N("worker_content", "bn", True, "ভিডিওতে দেখাইলাম কিভাবে নিজে নিজে ভিসা চেক করবেন, আমার পাসপোর্ট নাম্বার ঢেকে দিছি। কেউ দালালের কাছে পাসপোর্ট জমা দিবেন না ভাই")
N("worker_content", "en", True, "Day in my life as a cleaner in Singapore 🇸🇬 8am to 6pm, Sunday off, today I sent money home for my sister's college admission. Employer gave me a new phone for Eid!")
# joke
N("joke", "bn-Latn", True, "ammu amar phone 'joma' rekhe dise karon raat 2 ta porjonto PUBG khelsi 😭😭 ekhon ami officially bondi, kew uddhar koro")
N("joke", "bn-Latn", True, "bro amar group leader ke report korbo human trafficking e, 3 ta assignment ek deadline e diye dise 💀")
N("joke", "bn-Latn", True, "tuition sir bolse exam e 80 na pele amake Dubai pathabe uter dekhashona korte 😂 ami to ready vai")
N("joke", "bn", True, "আমার ছোট ভাই প্রতিদিন আমার চিপস চুরি করে, ভাবতেছি ওরে অনলাইনে বেইচা দিমু, কেউ নিবা? ফ্রি ডেলিভারি 🤣")
N("joke", "bn", True, "বিয়ের দাওয়াতে খালা আমারে দেখে বলে 'মেয়ে তো বড় হয়ে গেছে, বিদেশি জামাই খুঁজি' 🙄 খালা আমি এখনো এসএসসিই দেই নাই")
N("joke", "en", True, "my little sister charged me 50 tk 'agent fee' to get my charger back from mom's room. the exploitation in this house is unreal 😤")
# chatter (hard)
N("chatter", "bn-Latn", True, "oi kal talent show er audition e dance korbo, Tanha apu bolse tiktok e live dibe. tui asbi? 4 tay school hall e")
N("chatter", "bn-Latn", True, "modeling er shoot ta ammu r sathe jacchi, Bashundhara te ekta clothing brand er page er jonno. payment 3000 tk 😍")
N("chatter", "bn-Latn", True, "class e sir bolse trafficking niye project banate, amader group e Nila, Rafi r ami. tui news gula collect kor plz tmr er moddhe")
N("chatter", "bn", True, "দোস্ত পাসপোর্ট অফিসে ছবি তুলতে গেছিলাম, লাইনে ৩ ঘন্টা 😩 সামনের মাসে আব্বুর সাথে কলকাতা যাব চিকিৎসার জন্য")
N("chatter", "bn", True, "কাল কোচিং এ আসবি? স্যার বলছে যারা বৃত্তি পরীক্ষা দিবে তাদের আলাদা ক্লাস হবে, টাকা লাগবে না")
N("chatter", "en", True, "Got selected for the inter-school dance competition in Chattogram!!! coach said parents have to sign the form by Thursday 🥹")
# family
N("family", "bn", True, "আম্মা আপনার পাসপোর্ট EB0478213 রিনিউ করতে দিয়েছি, আগামী মাসে হাতে পাবেন। হজ্বের এজেন্সির সাথে কথা হয়েছে, সব টাকা ব্যাংকে জমা দিতে হবে",
  [("bd_passport", "EB0478213")])
N("family", "bn", True, "রুমার বয়স তো মাত্র ১৫, এখন বিয়ের কথা তুলবেন না ভাবি। ওর এসএসসি শেষ হোক, মেয়েটা ডাক্তার হইতে চায়")
N("family", "bn-Latn", True, "abbu malaysia theke call dise, bolse december e 20 hajar pathabe, bhaiyar college admission er jonno. ar tor jonno notun phone 📱")
N("family", "bn-Latn", True, "mamu tomar NID number ta lagbe Rafi r school registration form e, guardian hishebe. ei ta na? 1987261540392 confirm koro",
  [("bd_nid", "1987261540392")])
N("family", "en", True, "Chhoto Khala's wedding is on the 20th, the groom works in Kuwait, very nice family. Mom says we all go to Noakhali on the 18th, pack your school uniform too for Sunday.")
N("family", "en", True, "Your cousin got her student visa for Canada!! Uncle paid the university deposit directly, she flies in January. Call her and say congrats")
# easy negatives
N("chatter", "bn", False, "কাল বৃষ্টি হলে খেলা বাতিল, মাঠে পানি জমে")
N("chatter", "bn", False, "আম্মু ভাত খাইছো? আমি ৭টার মধ্যে আসতেছি")
N("chatter", "bn", False, "ভাই নতুন নাটকটা দেখছস? শেষটা জোস ছিল")
N("chatter", "bn", False, "আজকে ক্লাস টেস্টের রেজাল্ট দিবে, ভয় লাগতেছে 😬")
N("chatter", "bn-Latn", False, "ki obostha bro? tmr math er notes ta pathabi plz")
N("chatter", "bn-Latn", False, "ajke kacchi khaisi sultan's e 🤤 next time tui o ashis")
N("chatter", "bn-Latn", False, "oi game e ashbi? ekta match dei")
N("chatter", "bn-Latn", False, "vai net nai, pore call dimu")
N("chatter", "en", False, "omw, 10 min")
N("chatter", "en", False, "happy birthday Nabila!! 🎂 stay blessed")
N("chatter", "en", False, "did u finish the bio practical copy?")
N("chatter", "en", False, "traffic on Mirpur road is insane today, gonna be late")

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def digits(s):
    return re.sub(r"\D", "", s.translate(BN_DIG))

def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        t = it["text"]
        assert not re.search(r"\{[A-Z]+\d\}", t), t
        for e in it["entities"]:
            v = e["value"]; ty = e["type"]
            if ty in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                assert v[-9:] in digits(t), (v, t)
            elif ty == "bd_nid":
                assert v in digits(t) and len(v) in (10, 13, 17), (v, t)
            elif ty in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or "t.me/" + v[1:] in t), (v, t)
            elif ty == "eth_address":
                assert v == v.lower() and re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower(), v
            else:
                assert v in t, (v, t)
    ids = [it["id"] for it in items]
    assert len(set(ids)) == 120
    fl = [i for i in items if i["label"] == "flag"]
    assert len(fl) == 60
    c = Counter(i["category"] for i in fl)
    assert all(7 <= n <= 8 for n in c.values()) and len(c) == 8, c
    ok = [i for i in items if i["label"] == "ok"]
    assert sum(i["hard"] for i in ok) >= 45 and sum(not i["hard"] for i in ok) <= 15
    sc = Counter(i["script"] for i in items)
    assert all(35 <= n <= 45 for n in sc.values()), sc

def main():
    items = []
    for it in ITEMS:
        it = dict(it)
        for k, v in PH.items():
            it["text"] = it["text"].replace(k, v)
        it["entities"] = [{"type": ty, "value": PH.get(v, v)} for ty, v in it["entities"]]
        items.append(it)
    random.Random(37).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev37-{n:04d}", "text": it["text"], "label": it["label"],
                    "category": it["category"], "script": it["script"], "voice": it["voice"],
                    "hard": it["hard"], "entities": it["entities"]})
    check(out)
    with open("eval/dev/dev37.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
