"""Blind evaluation set dev127 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a former ticketing clerk at a Dhaka travel agency, now helping the police, who read the
agency's WhatsApp groups about men and women sent to Saudi Arabia on Umrah, Hajj and visit visas
with promises that "the iqama will be done there", plus genuine pilgrims' and agents' talk.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev127.jsonl"
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


BTC1 = btc("dev127-btc-1")
TRON1 = tron("dev127-tron-1")
ETH1 = eth("dev127-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
C = "recruitment_deception"
F(C, "bn", "ভাই চিন্তা কইরেন না, উমরাহ ভিসায় যাবেন, ওখানে গেলে কফিল আকামা করে দিবে। হাসপাতালে ক্লিনারের কাজ, বেতন ১৮০০ রিয়াল, থাকা খাওয়া ফ্রি। এয়ারপোর্টে কেউ কিছু জিগাইলে বলবেন উমরাহ করতে যাইতেছি, ব্যাস।")
F(C, "bn", "আপা আমারে বলছিল ক্যাটারিং কোম্পানির রান্নাঘরে কাজ। এখানে আইসা দেখি এক বাসায় কাজের বুয়া, দুইটা বাচ্চা দেখা লাগে। বেতনের কথা জিগাইলে ম্যাডাম বলে ভিজিট ভিসায় আবার বেতন কিসের")
F(C, "bn", "ভিজিট ভিসা ৩ মাসের, তবে টেনশন নাই, ওখানে গিয়ে ওয়ার্ক ভিসায় কনভার্ট হয়ে যাবে, জেদ্দায় আমাদের নিজেদের লোক আছে। অফার লেটার পরে দিমু, আগে পাসপোর্ট আর এডভান্স জমা দেন। হোয়াটসঅ্যাপ ০১৭১৬-৩৪৯২০৮",
  [("phone", "+8801716349208")])
F(C, "bn-Latn", "Bhai hajj er group e aslam, dalal bolsilo hajj sesh hoile company te dhukaye dibe. Ekhon hajj sesh 20 din, keu phone dhore na. amra 11 jon Aziziya r ek basay boshe asi, khawar taka o shesh")
F(C, "bn-Latn", "visa ta asole umrah er, kintu tension nibi na. immigration e bolbi umrah korte jacchi. Jeddah namar por ei number e call dibi +966 50 712 3348, amader lok iqama kore dibe. hospital e cleaner er kaj, 1500 riyal + khawa free",
  [("phone", "+966507123348")])
F(C, "bn-Latn", "Dalal je visa copy dise oita ekjon ke diye enjazit e check korailam, oi number er kono visa e nai. Bole 'online e ekhono uthe nai'. 3 mash dhore eki kotha, ar 3 lakh taka o nise")
F(C, "en", "Dear brother your visa is ready Alhamdulillah. It is umrah visa but dont worry, company will change to work visa after you reach Jeddah. Job hospital cleaner, salary 1600 SAR, food + room free. Send passport scan to alnoor.hr.ksa@gmail.com and whatsapp +966 55 381 2274",
  [("email", "alnoor.hr.ksa@gmail.com"), ("phone", "+966553812274")])
F(C, "en", "they told us catering company, 8 hours, overtime paid. here is no company, only one man who takes us in a van to different houses every morning. the contract paper they showed in Dhaka is totally different, he says forget that paper")

# ---- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
C = "fees_and_debt"
F(C, "bn", "সরকারি রেট তো কাগজে লেখা থাকে, ওইটা দেখায়া লাভ নাই। আমাদের প্যাকেজ ৪ লাখ ৮০ হাজার, অর্ধেক এখন, বাকিটা ফ্লাইটের আগে। রশিদ দেওয়া যাবে না। টাকা পাঠাবেন বিকাশ পার্সোনাল ০১৮২২-৬৪১০৩৭",
  [("phone", "+8801822641037")])
F(C, "bn", "মা, কফিল বলতেছে আমারে আনতে নাকি ১২ হাজার রিয়াল খরচ হইছে, প্রতি মাসে বেতন থেকে কাটবে। এক বছরের আগে শোধ হবে না। এখন বাড়িতে কিছু পাঠাইতে পারবো না, মাফ কইরো")
F(C, "bn", "জমি বন্ধক রাইখা দালালরে সাড়ে চার লাখ দিছি। এখন বলে আকামার জন্য আরো এক লাখ লাগবে, না দিলে পোলা ওখানে অবৈধ হয়ে যাবে। কই পামু এত টাকা")
F(C, "bn-Latn", "salary 1200 riyal bole anse, hate pai 400. baki ta kete rakhe visa r ticket er taka bole. ami to desh e dalal ke 5 lakh diyei aslam, abar kiser taka bujhi na")
F(C, "bn-Latn", "Bhai ami jodi ei kaj chere dei tahole sob khoroch ferot dite hobe bolse, 15000 riyal. Eta sodh na kore kothao jaite dibe na, r onno jaygay kaj o korte dibe na")
F(C, "bn-Latn", "Umrah package bolse 1 lakh 20, ekhon Makkah te ashar por bolse visa change er jonno 3.5 lakh extra. taka na dile kaj o dibe na iqama o hobe na. abba ke bolo somiti theke loan tule pathate")
F(C, "en", "Madam, your husband's remaining balance is Tk 2,10,000. Until it is cleared the company will hold his salary. No problem, he can continue working, we adjust monthly from his pay.")
F(C, "en", "we all signed one paper in arabic on day 2. now supervisor says each of us owe 9000 riyal for visa and iqama fees, they cut 600 every month. nobody said anything like this in dhaka office")

# ---- isolation_and_control (8: bn 2, bn-Latn 3, en 3)
C = "isolation_and_control"
F(C, "bn", "আসার পরদিনই সবার পাসপোর্ট নিয়া গেছে, বলে আকামা বানাবে। চার মাস হয়ে গেল। রুম থেকে বাইর হইতে দেয় না, বাইরে থেকে তালা মারা থাকে")
F(C, "bn", "ভাই এই নাম্বারে আর ফোন দিয়েন না, মালিক দেখলে মোবাইল নিয়া নিবে। সপ্তাহে একবার শুক্রবার রাতে আমি নিজে দিমু। বাড়িতে কাউরে কিছু বইলেন না")
F(C, "bn-Latn", "amader sobar phone jama rakhse supervisor er kache. raat 10 tay 10 min er jonno dey. ami lukaye ei msg dicchi, ammu ke kisu bolo na please")
F(C, "bn-Latn", "Immigration e keu kisu jiggesh korle bolben amra umrah group, moallem er naam Abdul Karim. kaj er kotha mukhe o anben na. group e kono chobi pathaben na, desh e keu jiggesh korle bolben ziyarat e asen")
F(C, "bn-Latn", "Bhabi apnar bhai ke bolben jeno beshi phone na dey. madam pochondo kore na. ami bahire jaite pari na, shudhu chad e uthi kapor shukate. 7 mash hoilo rastay namini")
F(C, "en", "Brother they keep us in a building near Aziziyah, gate locked from outside, one guard sits there whole night. We go out only when the van comes for work. passport is with the office, mine is A07731942, please tell the embassy",
  [("bd_passport", "A07731942")])
F(C, "en", "Pls dont post anything on facebook about us. If they find out we contacted family they will shift us to another place. Delete this chat after reading")
F(C, "en", "All new sisters: hand over your passport and mobile to Sister Rukhsana (+966 56 220 7719) when you land. Phone will be returned after 3 months training. No contact with home during training, it is company rule.",
  [("phone", "+966562207719")])

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
C = "threats_and_coercion"
F(C, "bn", "বেশি কথা কইলে হুরুব দিয়া দিমু, তারপর পুলিশ ধইরা জেলে ভরবে, দেশে যাবি খালি হাতে। চুপচাপ কাজ কর")
F(C, "bn", "তোর ছেলে যদি কাজ ছাইড়া পালায়, তোদের বাড়ির জমি আমার নামে লিখা দিতে হবে। আর থানায় চুরির মামলা দিমু, মনে রাখিস")
F(C, "bn", "কাল রাতে কাজ করতে না চাওয়ায় সুপারভাইজার লাঠি দিয়া মারছে, হাত ফুইলা গেছে। বলছে আবার না বললে মরুভূমিতে ফালায়া আসবে")
F(C, "bn-Latn", "tor bou er chobi gula amar kache ase. 50 hajar na pathaile facebook e chere dibo, tor gramer sobai dekhbe. USDT ERC20 te pathabi ei address e: " + ETH1,
  [("eth_address", ETH1)])
F(C, "bn-Latn", "Madam bole jodi ami embassy te jai tahole chor bole case dibe, bolbe ami sonar chain churi korsi. tai kotha sunte hoy, ki korbo bujhtesi na")
F(C, "en", "Listen, you have no iqama, no passport. If you go out police will catch you and you will sit in deportation jail for months. Better you do what kafeel says.")
F(C, "en", "Tell your brother in Jeddah to stop complaining to the embassy. We know where your family lives in Brahmanbaria. Next time we won't send a message.")

# ---- labour_exploitation (7: bn 2, bn-Latn 3, en 2)
C = "labour_exploitation"
F(C, "bn", "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, তিনটা বাড়ি পরিষ্কার করা লাগে। খাওন দেয় একবেলা, বাকি সময় খবুজ আর পানি। শরীর আর চলে না")
F(C, "bn", "আঁর পোয়া ছয় মাস ধরি এক রিয়ালও বেতন ন পার। কোম্পানি কয় পরে একবারে দিবো। ঘরত চাউল নাই, কেন গরি চলিবো কন")
F(C, "bn-Latn", "hajj season e 18 ghonta duty, Mina te tent er pashe kitchen e. 40 din kono off nai. ekjon behush hoye porse, take o pani khawaiya abar kaj e pathaise")
F(C, "bn-Latn", "kafeel amake onno ek arbab er kase diye dise, bole 2 mash oikhane kaj korbi. salary oi lok dibe na, kafeel nijei nibe")
F(C, "bn-Latn", "Bhai hospital er kaj bole anse, ekhon building e cement tuli 4th floor e, helmet belt kisu nai. 48 degree gorom, dupur 12 tay o kaj thamay na")
F(C, "en", "Week off not there. Madam daughter house also I clean on friday. 14 month salary only 3 month paid. Madam say you go home, money give later")
F(C, "en", "They rent us out to whoever calls. Today restaurant, tomorrow farm in Qassim, company takes our wage per hour and gives us 300 riyal a month pocket money")

# ---- minors (7: bn 3, bn-Latn 2, en 2)
C = "minors"
F(C, "bn", "মেয়ের বয়স ১৪ তো কি হইছে, পাসপোর্টে ২৫ বানায়া দিমু। মায়ের NID ৪৬৫৩২১৮৭০৯ দিয়া জন্মনিবন্ধন নতুন কইরা করায়া নিমু। সৌদিতে বাসার কাজ, আরামের কাজ",
  [("bd_nid", "4653218709")])
F(C, "bn", "মেয়েটা দেখতে ছোট, এয়ারপোর্টে কেউ যেন সন্দেহ না করে। বোরকা পরায়া দিবেন আর বলবেন চাচার সাথে উমরাহ করতে যাইতেছে, চাচা মাহরাম")
F(C, "bn", "আমাদের পাশের বাড়ির তেরো বছরের মেয়েটারে এক সৌদি প্রবাসীর সাথে বিয়া দিছে। বিয়ার পর ওই দালাল জামাই ওরে রিয়াদে এক বাসায় কাজে লাগায়া দিছে, বাপ মায় কিছু জানে না")
F(C, "bn-Latn", "Chele ta 15 bochor, kintu lomba ase. NID lagbe na, birth certificate e 2001 kore dibo. umrah visa te uthaye dibo, oikhane mosjid er cleaner er kaj")
F(C, "bn-Latn", "Apa 12-13 bochorer meye lagbe, Riyadh er ek family te baccha dekhar kaj. boro meye nibe na. baap ke 50 hajar agrim dibe, baki mashe mashe")
F(C, "en", "Age on her passport says 21 but she told me she is 15, she cries for her mother every night. Madam knows. What should I do brother")
F(C, "en", "need 2 small boys under 14 for camel farm near Al Kharj, visit visa, we arrange papers and age. send full body photo to wa.me/966581134420",
  [("whatsapp", "+966581134420")])

# ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
C = "sexual_exploitation"
F(C, "bn", "বলছিল পার্লারে বিউটিশিয়ানের কাজ। এখানে আইনা একটা ফ্ল্যাটে রাখছে, রাতে লোক আসে। না করলে খাবার দেয় না। আমারে বাঁচাও আপা")
F(C, "bn", "ঢাকা থেকে নতুন তিনটা আসছে, বয়স কম। হোটেলে পাঠানোর আগে ছবি @rose_bd_dxb চ্যানেলে দিয়া দিমু, রেট আগেরটাই",
  [("telegram", "@rose_bd_dxb")])
F(C, "bn-Latn", "hotel er housekeeping bole nise, ekhon bole guest er room e 'special service' dite hobe. na dile passport ferot dibe na, desh e o jaite dibe na")
F(C, "bn-Latn", "boss bolse aj raate villa te party, 4 ta meye jabe. jara jabe na tader ei mash er salary kata. tumio jaba, kono kotha hobe na")
F(C, "en", "New Bangladeshi girls in Jeddah 🌹 available for private visit, hotel or villa, 24h. Only serious. WhatsApp +966 57 440 9183",
  [("phone", "+966574409183")])
F(C, "en", "We were told receptionist job in a spa in Riyadh. Inside they give short clothes and say massage for men, and more if customer wants. Manager keeps our passports, says we owe for the visa")
F(C, "en", "Bro the girl from the parlour group is refusing. tell her family in Narayanganj we have her video. She does the show tonight or it goes to her husband")

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
C = "payments_and_proceeds"
F(C, "bn", "পোলারে ছাড়াইতে হইলে ২ লাখ টাকা লাগবে। ০১৭৮৪-৫৫২৩১৯ এই বিকাশে ৪ ভাগে পাঠান, একবারে পাঠাইবেন না। পাঠায়া ট্রানজেকশন আইডি দিবেন",
  [("phone", "+8801784552319")])
F(C, "bn", "রিয়াদের ১১ জনের বেতন কফিল আমাদের হাতে দিছে, হুন্ডিতে আসবে, এখানে নগদে দিবে আমাদের লোক। পোলাদের বাড়িতে বলবা এখনো বেতন হয় নাই। ব্যাংকে একটা টাকাও ঢুকাইবা না")
F(C, "bn", "উমরাহর নামে যে ১৪ জন গেল, মাথাপিছু ৫০ হাজার কইরা সাব-এজেন্টের কমিশন নগদে পাঠায়া দিছি। TrxID 9KD3XF72QA, চেক কইরা জানাইও",
  [("mfs_transaction", "9KD3XF72QA")])
F(C, "bn-Latn", "Bhai passport EB1834506 ferot chaile 3000 riyal dite hobe. desh theke bKash e pathate bolo 01913-207846 number e, Tk 85,000. Trx ID er screenshot dio",
  [("bd_passport", "EB1834506"), ("phone", "+8801913207846")])
F(C, "bn-Latn", "agent er 2.5 lakh Nagad e dilam 3 bhage, ekta tx id 71QRZ8K3MP, baki 2 ta kal. lok gula Jeddah pouchaile baki 2 lakh",
  [("mfs_transaction", "71QRZ8K3MP")])
F(C, "bn-Latn", "Dubai er meyegular ei mash er income theke amar share USDT te pathaba, TRC20 address: " + TRON1 + " . bank e ekta taka o na",
  [("tron_address", TRON1)])
F(C, "en", "Pay 1.5 lakh for his release, they are holding him in a room in Taif. Send to Nagad 01634-118502 and send screenshot to this number. If you go to police he is finished.",
  [("phone", "+8801634118502")])
F(C, "en", "Balance for the 6 'umrah pax' settled via hundi, 42,000 SAR received Jeddah side. For next batch send BTC to " + BTC1 + " , not to the company account",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn", "রাজধানীর পল্টনে একটি ট্রাভেল এজেন্সির অফিসে অভিযান চালিয়ে মানব পাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব। উমরাহ ভিসায় সৌদি আরবে পাঠিয়ে চাকরির প্রলোভন দেখানোর অভিযোগ রয়েছে তাদের বিরুদ্ধে।")
N("news", "bn", "সৌদি আরব থেকে আরও ১৪২ কর্মী দেশে ফিরেছেন। তাদের অনেকে জানান, আকামা না থাকায় পুলিশের হাতে আটক হয়ে ডিপোর্টেশন ক্যাম্পে ছিলেন। বিমানবন্দরের প্রবাসী কল্যাণ ডেস্ক থেকে তাদের সহায়তা দেওয়া হয়।")
N("news", "bn", "গৃহকর্মী হিসেবে সৌদি গিয়ে নির্যাতনের শিকার হয়ে দেশে ফিরলেন নারায়ণগঞ্জের এক নারী। তিনি জানান, আট মাস বেতন দেওয়া হয়নি এবং ফোন কেড়ে নেওয়া হয়েছিল। সংশ্লিষ্ট রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত করেছে মন্ত্রণালয়।")
N("news", "en", "Dhaka court sentences two brokers to life imprisonment for trafficking women to Riyadh on the promise of hospital jobs. The victims were kept locked in a flat and their passports confiscated, the prosecution said.")
N("news", "en", "Saudi Arabia extends the validity of Umrah visas to 90 days and allows holders to travel between cities, the Ministry of Hajj and Umrah announced on Sunday.")
N("news", "en", "CID has frozen 48 bKash and Nagad accounts linked to a digital hundi ring that moved remittances of Saudi-based workers, police said at a press briefing in Dhaka.")
N("news", "bn-Latn", "*Forwarded* Brahmanbaria te dalal chokro er 2 jon arrest, Umrah er nam e 30 jon ke Saudi pathaye 4 lakh kore nise. Police bolse victim der family mamla korse. sobai share koren jate sotorko thake")

# ---- awareness (7)
N("awareness", "bn", "⚠️ সতর্কতা: উমরাহ বা ভিজিট ভিসায় সৌদি আরবে কাজ করা যায় না। 'ওখানে গেলে আকামা হয়ে যাবে' এমন কথায় বিশ্বাস করবেন না। বিদেশ যাওয়ার আগে বিএমইটি থেকে স্মার্ট কার্ড নিন। প্রবাসী হেল্পলাইন ১৬১৩৫")
N("awareness", "bn", "শিশুদের বিদেশে কাজে পাঠানো আইনত দণ্ডনীয়। বয়স বাড়িয়ে পাসপোর্ট করার জন্য কেউ টাকা চাইলে নিকটস্থ থানায় অথবা ৯৯৯ নম্বরে জানান।")
N("awareness", "en", "Never hand your passport to anyone except for official iqama processing, and always get a receipt. If your passport is being held against your will, call the Bangladesh Embassy Riyadh labour wing: +966 11 488 1763",
  [("phone", "+966114881763")])
N("awareness", "en", "Going abroad? Ask 3 questions: Is the agency licensed (RL number)? Is it a work visa, not visit or umrah? Did you get a written contract in Bangla? If any answer is NO, stop. #SafeMigration")
N("awareness", "en", "If a 'friend' online offers you a job in Dubai or Saudi with free ticket and says don't tell your family, that is a red flag. Report it to our Telegram helpdesk @SafeMigrationBD_bot",
  [("telegram", "@SafeMigrationBD_bot")])
N("awareness", "bn-Latn", "Bon ra, kono dalal jodi bole 'parlour e kaj, beton 1 lakh, kono khoroch lagbe na' - bujhben eta fad. Bidesh e nari kormi jay shudhu registered agency diye. BMET er website e agency er license check korun.")
N("awareness", "bn-Latn", "Probashi bhai ra, desh e taka pathan legal channel e. Hundi te pathaile apnar taka o jhuki te, desh er o khoti. Bank ba bKash remittance e 2.5% incentive paben.")

# ---- official (6)
N("official", "bn", "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১২৩৪)। সৌদি আরবে হাসপাতাল ক্লিনার পদে ৪০ জন পুরুষ কর্মী নিয়োগ। বেতন ১৫০০ রিয়াল, থাকা-খাওয়া কোম্পানির। সরকার নির্ধারিত অভিবাসন ব্যয় ১,৬৫,০০০ টাকা, ব্যাংকের মাধ্যমে পরিশোধযোগ্য। যোগাযোগ: ০১৭১১-৪০২৯৫৬",
  [("phone", "+8801711402956")])
N("official", "bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: মালয়েশিয়ায় কর্মী প্রেরণে সর্বোচ্চ অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি অর্থ দাবি করা হলে অভিযোগ করুন: complaint@probashi.gov.bd",
  [("email", "complaint@probashi.gov.bd")])
N("official", "en", "Royal Embassy of Saudi Arabia, Dhaka: Umrah visas are issued only through authorised Umrah agents. Umrah visa holders are not permitted to work in the Kingdom. Passports must be valid for at least 6 months.")
N("official", "en", "Hajj 2027 pre-registration reminder: pilgrims under private management must register through a licensed Hajj agency. Package price fixed by the Ministry of Religious Affairs. Details on the Hajj portal. Helpline 16136")
N("official", "en", "Dear Applicant, your BMET registration is complete. Reg no: 2026-DHK-448120. Please attend pre-departure orientation at TTC Mirpur on 14/12. Bring your passport (EB0982144) and this SMS.",
  [("bd_passport", "EB0982144")])
N("official", "bn-Latn", "Assalamualaikum, Sky Wings Travels theke bolchi. Apnar Umrah package (15 din, Makkah 7 / Madinah 8) er visa hoye geche. Flight 12 Jan BG 135 DAC-JED. Passport original ta office theke niye jaben, r baki 45,000 tk bank e jama diben. Help: +8801819-556210",
  [("phone", "+8801819556210")])

# ---- receipt (7)
N("receipt", "en", "You have received Tk 25,000.00 from 01715839204. Ref Abba. Fee Tk 0.00. Balance Tk 26,340.50. TrxID BK71N2QW9D at 05/12/2026 19:42",
  [("phone", "+8801715839204"), ("mfs_transaction", "BK71N2QW9D")])
N("receipt", "en", "Cash In Tk 15,000.00 from 01894113067 successful. Fee Tk 0.00. Balance Tk 15,212.00. TrxID AKL3T8Z0PQ at 02/12/2026 11:05. Download bKash App",
  [("phone", "+8801894113067"), ("mfs_transaction", "AKL3T8Z0PQ")])
N("receipt", "en", "Money Received. Amount: Tk 8,500 Sender: 01612774830 Ref: umrah advance TxnID: 73MK9D2P Balance: Tk 9,120.75 02/12/2026 21:16",
  [("phone", "+8801612774830"), ("mfs_transaction", "73MK9D2P")])
N("receipt", "en", "Send Money Tk 3,000.00 to 01757246613 successful. Ref hujur hadiya. Fee Tk 5.00. Balance Tk 812.40. TrxID CFP5K2M7XA at 04/12/2026 08:30",
  [("phone", "+8801757246613"), ("mfs_transaction", "CFP5K2M7XA")])
N("receipt", "en", "Payment Tk 1,20,000.00 to Merchant AL HARAMAIN TOURS & TRAVELS successful. Ref umrah pkg 2 pax. Fee Tk 0.00. TrxID BKM81C4Z7N at 03/12/2026 16:51",
  [("mfs_transaction", "BKM81C4Z7N")])
N("receipt", "bn", "আপনি ০১৯৫৫৩০৪৮১২ থেকে ৳১০,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১২,৪০৫.০০। TrxID BK3QHT6R2L সময় ০৬/১২/২০২৬ ১৪:২২",
  [("phone", "+8801955304812"), ("mfs_transaction", "BK3QHT6R2L")])
N("receipt", "bn", "আপনার হিসাবে সৌদি আরব থেকে রেমিট্যান্স ৳৪২,৩৫০.০০ জমা হয়েছে, সাথে ২.৫% প্রণোদনা ৳১,০৫৮.৭৫। প্রেরক: MD RAFIQUL ISLAM। ধন্যবাদ, বৈধ পথে রেমিট্যান্স পাঠান।")

# ---- family (7)
N("family", "bn", "আব্বা আপনার পাসপোর্টটা আমার কাছে রাখলাম, উমরাহর ভিসার জন্য সোমবার এজেন্সিতে জমা দিতে হবে। আম্মারটাও রেডি, ছবি তুলা লাগবে আরেকবার")
N("family", "bn", "ছোট মামা বলতেছে সৌদিতে ড্রাইভিং ভিসা পাওয়া যায়, খরচ ৪ লাখ। আমি বলছি আগে অফিসে গিয়া কাগজ দেখমু, লাইসেন্স দেখমু, তারপর টাকা। তুমি কি কও?")
N("family", "bn-Latn", "Bhaiya apnar passport number ta pathan to, ticket kaatbo. — ok A03456789, expiry 2031. Ammur ta kal dibo",
  [("bd_passport", "A03456789")])
N("family", "bn-Latn", "Abbu bolse bhaiya Saudi jabe na jodi legal visa na hoy. dalal er kothay jomi bikri korbo na. age BMET theke sob check korbo tarpor dekha jabe")
N("family", "bn-Latn", "Apu tomar visa r kagoj gula ekbar amake dekhaio. Rahim bhai ke dekhabo, uni travel agency te kaj kore, bujhte parbe asol naki nokol")
N("family", "en", "Ma I reached Madinah alhamdulillah. Hotel is very close to Masjid Nabawi. Phone will be off at night to save charge, don't worry if I don't pick up")
N("family", "en", "Bhaiya's iqama got renewed finally! He sent photo. He says his kafeel is a good man, gave him extra 500 riyal for Eid 😊")

# ---- worker_content (6)
N("worker_content", "bn", "হাসপাতালের ক্লিনার হিসেবে জেদ্দায় আছি ২ বছর। বেতন ঠিকমতো পাই, রুমে ৪ জন থাকি, এসি আছে। রমজানে ছুটিতে দেশে আসবো ইনশাআল্লাহ")
N("worker_content", "bn", "মালিক ভালো মানুষ, ওভারটাইম করলে আলাদা টাকা দেয়। এবার গ্রামের আরো দুইজনরে নিবে, বলছে ভিসার টাকা লাগবে না, খালি টিকিটটা নিজেরা কাটবে")
N("worker_content", "bn-Latn", "Alhamdulillah Riyadh e 3 bochor holo. Company valo, 8 ghonta duty, overtime er taka alada pai. Friday off. Iqama company nijei renew kore dey")
N("worker_content", "bn-Latn", "ami nijer passport nijer kache rakhi, kafeel kono din chay nai. amader company te sobai nijer ta nijer kache rakhe, shudhu renew er somoy office e dey")
N("worker_content", "en", "Our catering crew did 12 hour shifts during Hajj, but company paid double overtime and gave us 10 days off after. Tired but happy 😊 follow my insta @rakib.in.ksa for Hajj vlogs",
  [("instagram", "@rakib.in.ksa")])
N("worker_content", "en", "Housemaid in Dammam here. Madam lets me keep my phone, I talk to my daughter every night on imo. Salary 1500 riyal, she sends it herself to my bKash every month.")

# ---- joke (4)
N("joke", "bn", "আম্মু পরীক্ষার আগে আমারে ঘরে তালা দিয়া রাখছে, ফোনও নিয়া গেছে। এইটা কি মানব পাচার না? 😭😂")
N("joke", "bn-Latn", "Boss amar passport nite chaise, ami bolsi bhai ei passport e 6 ta visa reject er sil, nile apnar e loss 😂")
N("joke", "bn-Latn", "Dalal der moto kotha bolo na to, 'oikhane giye sob hoye jabe' 🤣 tomar biyer plan o eki rokom")
N("joke", "en", "My wife confiscates my phone after 10pm and won't let me go out with friends. Is this forced labour? asking for a friend 😂")

# ---- chatter (6 hard)
N("chatter", "bn", "গ্রুপের সবাইকে জানাচ্ছি, মুয়াল্লিম ভাই সবার পাসপোর্ট একসাথে হোটেলের রিসিপশনে জমা দিবেন চেক-ইনের জন্য। কাল সকালে ফেরত পাবেন, চিন্তার কিছু নাই।")
N("chatter", "bn", "এজেন্সির বসরে বলছি ডিসেম্বরে ছুটি লাগবে, উনি বলে হজ সিজনের আগে কেউ ছুটি পাবে না 😑 টিকিট কাটতে কাটতে জীবন শেষ")
N("chatter", "bn-Latn", "Umrah e jaowar age ki ki niye jabo? Ihram er kapor 2 set, chappal, r ki? ekjon bolse Makkah te sob paowa jay")
N("chatter", "bn-Latn", "Bhai Jeddah theke Dhaka er cheap ticket koto ekhon? Saudia te 1,350 riyal dekhlam, Biman e aro kom naki?")
N("chatter", "en", "Anyone know if Saudi visit visa holders can do Umrah now? My cousin's family visit visa just got approved, they want to perform Umrah during the stay")
N("chatter", "en", "Telegram group for Bangladeshi Umrah pilgrims 2027 - tips, hotel reviews, ziyarat schedule. Join: @umrah_bd_pilgrims",
  [("telegram", "@umrah_bd_pilgrims")])

# ---- easy negatives (10)
N("family", "bn", "আজ রাতে খিচুড়ি হবে, তাড়াতাড়ি বাসায় আসিস", hard=False)
N("family", "bn", "ছোট বোনের স্কুলের ফি এই সপ্তাহে জমা দিতে হবে, আব্বুরে মনে করায়ে দিও", hard=False)
N("family", "bn-Latn", "Ammu amar jonno ekta cha rakhio, 5 min e aschi", hard=False)
N("chatter", "bn", "বৃষ্টির জন্য রাস্তায় জ্যাম, আসতে দেরি হবে", hard=False)
N("chatter", "bn-Latn", "Kal office e meeting 10 tay, late korish na", hard=False)
N("chatter", "bn-Latn", "Bangladesh jitse! 🇧🇩🏏 ki khela chilo bhai", hard=False)
N("chatter", "en", "Happy birthday Nabila! 🎂 have a great year", hard=False)
N("chatter", "en", "Power cut again in Mirpur, third time today 😤", hard=False)
N("chatter", "en", "Can you send me the notes from today's class?", hard=False)
N("chatter", "en", "Dinner at Star Kabab tonight? 8pm", hard=False)


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
    random.Random(127).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev127-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
