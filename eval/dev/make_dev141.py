"""Blind evaluation set dev141 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a human-resources officer at a sub-contract garment and packaging workshop cluster in
Narayanganj and Gazipur who reads line chiefs' and workers' chats.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev141.jsonl"
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


BTC1 = btc("dev141-btc-1")
TRON1 = tron("dev141-tron-1")
ETH1 = eth("dev141-eth-1")

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
# ---------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "গ্রামে গিয়া বলছি বড় গার্মেন্টসে অপারেটরের চাকরি, মাসে ১৮ হাজার, থাকা খাওয়া ফ্রি। আসলে তো প্যাকিং সেকশনে হেল্পার, ৮ হাজার। এখন সত্যি কইলে একটাও আসবো না, আগে আসুক পরে বুঝাই দিমু। আমার নাম্বার ০১৬২৭-৪৪৮৫১৯ মেম্বারের কাছে দিয়া আসছি",
  [("phone", "+8801627448519")])
F("recruitment_deception", "bn",
  "আপা আমারে বলছিল কোনাবাড়ির বড় ফ্যাক্টরি, কার্ড পাবো, পিএফ পাবো, বোনাস পাবো। আইসা দেখি টিনশেডের ঘর, সাইনবোর্ড নাই, হাজিরা খাতায় নামও তোলে নাই। জিগাইলে বলে ওইটা মেইন ফ্যাক্টরির কাজ, আমরা সাব কন্ট্রাক্ট")
F("recruitment_deception", "bn",
  "দালাল কইছিল মালয়েশিয়ার গার্মেন্টস কারখানার কাজ, এইখানকার অভিজ্ঞতা দেখাইলেই হইব, ফ্যাক্টরি ভিসা। আইজকা বিএমইটি অফিসে গেলাম, ওরা কয় এইটা কাজের ভিসাই না, ভিজিট ভিসা। তিন মাস পরে ওইখানে অবৈধ হইয়া যামু")
F("recruitment_deception", "bn-Latn",
  "shon, meye gula re bolbi Gazipur er export factory, buyer er kaj, card dibe. amader shed er kotha bolar dorkar nai. beton jigaile 12 hajar bolbi, pore OT diye bujhaye dimu. keu jogajog korte chaile amar whatsapp dao wa.me/8801556238407",
  [("whatsapp", "+8801556238407")])
F("recruitment_deception", "bn-Latn",
  "Ammu Rahim bhai je bolse Dubai te packing company, oita company na, ekta gudam. visa o nki visit visa, kaj er permit hobe na. uni bolse ekhane ashar por 'change' kore dibe, kintu 2 mash hoye gelo. Rahim bhai er Dubai number +971 55 318 6620 ekhon off",
  [("phone", "+971553186620")])
F("recruitment_deception", "bn-Latn",
  "amar khalato bhai re bolse CEPZ te QC er chakri, training dibe, hostel dibe. niye gese Narayanganj er ek dyeing e, rat din kapor dhoy. bole QC pore hobe, age 6 mash eita kor. appointment letter tao nki onno company r naam e")
F("recruitment_deception", "en",
  "They told us it was a licensed export unit with a buyer code. It is a sub-contract shed in Fatullah with no name board, and the appointment letters they showed us in the village were printed with another factory's name.")
F("recruitment_deception", "en",
  "Sir the ad said garments operator in Mauritius, salary 45000 and free room. Now at the airport they say the visa is for a cleaning company and salary is half, take it or lose the money. Agent Rafiq 01819-447215 not picking up",
  [("phone", "+8801819447215")])

# ---------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "লাইন চিফ যে ৫ হাজার টাকা এডভান্স দিছিল, ছয় মাস ধইরা প্রতি মাসে দুই হাজার কাটে, এখনো কয় ৬ হাজার বাকি। হিসাব চাইলে কয় সুদ আছে। কইছে বাকি শোধ না কইরা অন্য ফ্যাক্টরিতে গেলে খবর আছে")
F("fees_and_debt", "bn",
  "চাকরি পাওয়ার জন্য সুপারভাইজাররে ৩ হাজার দিতে হইছে, আবার কার্ড বানানোর নামে ১৫০০। যারা দিতে পারে নাই তাদের পয়লা মাসের বেতন থাইকা কাইটা রাখছে, স্লিপে লেখা 'অন্যান্য'")
F("fees_and_debt", "bn",
  "মালয়েশিয়ার জন্য সাড়ে ছয় লাখ দিছি, জমি বন্ধক রাইখা। পরে শুনি সরকারি খরচ নাকি ৭৯ হাজার। এখন দালাল কয় আরো ৮০ হাজার ০১৮৭৩৬৬২১৯০ নাম্বারে না দিলে ফ্লাইট হইব না, আগের টাকাও যাইব",
  [("phone", "+8801873662190")])
F("fees_and_debt", "bn-Latn",
  "tor mayer oshukher somoy je 20 hajar disilam oita shodh na howa porjonto tor beton amar kache thakbe. prottek mash 1500 kore hat khoroch pabi, baki sob katbo. hisab amar khata e ase, tor dekhar dorkar nai")
F("fees_and_debt", "bn-Latn",
  "Bhai amar line er 11 jon dadon nise Eid er age. Eid er por keu ar onno jaygay jaite parbe na, dadon kata shesh hoile tarpor. ami khata te sobar tip soi niye rakhsi, keu palaile barir thikana o ase")
F("fees_and_debt", "en",
  "Madam every month my slip says 9800 but in hand I get 6000. They say 3800 is cut for room, food and the loan from line chief. I took loan of 8000 only, one year back. When it will finish? Nobody shows me the account")
F("fees_and_debt", "en",
  "Fwd from contractor: workers who took advance will not get Eid bonus, bonus will be adjusted against advance. Anyone leaving before advance is cleared forfeits pending salary and OT. No exception.")
F("fees_and_debt", "en",
  "sir my sister went Saudi for house work, agent take 3 lakh 20 thousand. now madam there say she must work 2 year without salary because she 'buy' the visa from them. agent number there +966 53 418 2207 he say pay 1 lakh more then he will change her house",
  [("phone", "+966534182207")])

# ---------------------------------------------------------- isolation_and_control (7)
F("isolation_and_control", "bn",
  "নতুন মেয়েগুলার মোবাইল রাতে আমার কাছে জমা থাকবো। বাড়িতে কথা কইতে চাইলে আমার সামনে, স্পিকারে। গেট রাত ১০টায় তালা, চাবি দারোয়ানের কাছে না, আমার কাছে থাকবো")
F("isolation_and_control", "bn",
  "আপা আমরা এই মেসের বাইরে যাইতে পারি না, শুক্রবারেও না। বাজার ওরাই আইনা দেয়। আইডি কার্ড আর জন্মনিবন্ধন সুপারভাইজার রাইখা দিছে, কয় ছয় মাস পরে ফেরত দিবো")
F("isolation_and_control", "bn-Latn",
  "audit er din keu kichu jigaile bolbi tui kaj koros na, amar bhagni, dekha korte asos. r ei shed er kotha kauke bolbi na, barite o na. mone thake jeno")
F("isolation_and_control", "bn-Latn",
  "Sumi re bolo barite phone dile jeno na bole je rat er shift hoy. bolbe sob thik ase, hostel e thake. or sim ta ami change kore disi, ager number e ar call jabe na")
F("isolation_and_control", "bn-Latn",
  "bhaiya ami Kashimpur er dike ekta gudam e, thik kothay jani na. 14 jon re ek ruum e rakhe, bahire guard. ei phone ta ekjon lukaye dise. amar agerta 01745-229013 oder kache, oitay call dio na",
  [("phone", "+8801745229013")])
F("isolation_and_control", "en",
  "Worker statement (translated): After joining, the contractor kept our NID cards 'for payroll'. Mine is 4617829035. When I asked for it to go home for my father's janaza he said only if I bring a replacement worker.",
  [("bd_nid", "4617829035")])
F("isolation_and_control", "en",
  "bro cant come out this friday also. they lock the hostel from outside after shift and the guard writes who calls whom. delete this after reading")

# ---------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "চাকরি ছাড়ার কথা আর একবার মুখে আনলে তোর নামে চুরির মামলা দিমু। থানার লোক আমার চিনা, জানোস তো")
F("threats_and_coercion", "bn",
  "এডভান্সের টাকা না দিয়া ভাগলে তোর বাপরে গ্রামে গিয়া ধরমু। তোর ছোট বোন কোন স্কুলে পড়ে আমি জানি, মনে রাখিস")
F("threats_and_coercion", "bn",
  "কাল রাত ২টায় সুপারভাইজার শিরিনরে চড় মারছে, কারণ ও কইছিল আর পারতেছি না। সবাইরে কইছে কাইল কেউ না আসলে বেতন তো পাবিই না, হাত পা ভাইঙ্গা দিবো")
F("threats_and_coercion", "bn-Latn",
  "tor video ta amar kache ase. beshi tedami korle family group e chere dimu, tor insta @rupa.akter.99 er sob follower rao dekhbe. chupchap duty kor",
  [("instagram", "@rupa.akter.99")])
F("threats_and_coercion", "bn-Latn",
  "union er meeting e gele porer din theke gate e dhukte dibo na, r tor naam sob factory te blacklist kore dibo. Gazipur e ar kothao kaj paibi na, tor bou er o chakri jabe")
F("threats_and_coercion", "en",
  "He said if I go to the labour inspector, my husband who works in the same shed will be beaten and thrown out, and they will tell the landlord we stole so we lose the room too.")
F("threats_and_coercion", "en",
  "Msg from line chief in group: 'those who left without notice, we know your village address. Come back Saturday and work off the advance, otherwise we will come to your house with people.'")

# ---------------------------------------------------------- labour_exploitation (8)
F("labour_exploitation", "bn",
  "আজকেও নাইট। সকাল ৮টা থাইকা পরের দিন ভোর ৪টা পর্যন্ত, টানা তিন দিন। ওটির টাকা নাকি শিপমেন্টের পরে দিবো, আগের দুই মাসের ওটিই তো পাই নাই")
F("labour_exploitation", "bn",
  "তিন মাসের বেতন আটকাইয়া রাখছে। কয় বেতন দিলে তোরা পালাই যাবি, ডিসেম্বরে একসাথে দিমু। বাসা ভাড়া দিতে পারতেছি না, বাড়িওয়ালা তালা দিবো কইছে")
F("labour_exploitation", "bn",
  "প্যাকিং সেকশনের ১২ জনরে আজ রাতে কাঁচপুরের আরেক ওয়ার্কশপে পাঠাই দিছে, ওইখানের মালিক নাকি মাথাপিছু টাকা দিছে। ওদের কাউরে জিগায়ও নাই, পিকআপে তুইলা নিয়া গেছে")
F("labour_exploitation", "bn-Latn",
  "aj 18 ghonta duty hoise, ekbar o boste dey nai, khabar 10 minute. ei mash e shukrobar o off nai. keu oshushto hoile o absent kete ney r haziraa bonus o jay")
F("labour_exploitation", "bn-Latn",
  "dyeing section e mask glove kichui nai, chemical haat e lage, chamra uthe jay. boss bole beshi nakhora korle chole ja, tor jaygay 10 jon ase. gotokal ekjon matha ghure pore gese, tarpor o line cholse")
F("labour_exploitation", "bn-Latn",
  "kal theke tomra 6 jon Tongi r workshop e kaj korba, Rashed bhai er kache tomader 'disi'. salary ekhon theke oi dibe, amar sathe ar hisab nai, baki beton o oi khata te gese. Rashed bhai 01521-447390",
  [("phone", "+8801521447390")])
F("labour_exploitation", "en",
  "Night shift again. 4th week straight, no weekly off, and the attendance card shows 8 hours only. PM said the real hours are 'not for the buyer to see'.")
F("labour_exploitation", "en",
  "Sir we have not got salary for July and August. Owner says money will come after buyer pays, until then whoever leaves gets nothing. We are eating one time a day, some of the girls are sick.")

# ---------------------------------------------------------- minors (8)
F("minors", "bn",
  "১৩ বছরের মেয়েটারে ওর খালাতো বোনের কার্ড দিয়া ঢুকাইছে। বায়ারের অডিট আসলে ছাদের রুমে পাঠাই দিবা, ছোটগুলারে সবাইরে, যেন নিচে কেউ না থাকে")
F("minors", "bn",
  "দালাল কইছে ১২ বছরের পোলারে জন্মনিবন্ধনে বয়স ১৮ কইরা দিবো, দুই হাজার টাকা লাগবো। তারপর ফতুল্লার প্যাকিং কারখানায় রাতের শিফটে ঢুকাই দিবো, রাতে চেকিং কম")
F("minors", "bn-Latn",
  "oi choto meye gula suta katar kaj kore, 10-11 bochor boyosh hobe. rat 12 ta porjonto rakhe, beton 3000. card gula sob boro der naame, chobi milay na keu dekhe na")
F("minors", "bn-Latn",
  "apa amar 14 bochorer bhatiji re ekjon mohila Dhaka te basay kajer jonno nite chay, bole porasuna koraibe, masik 4 hajar barite pathabe. agei 10 hajar dite chay. mohilar number 01338-902716",
  [("phone", "+8801338902716")])
F("minors", "bn-Latn",
  "line chief bollo Rina r biye ta diye dao, jamai Gazipur e thake, biyer por duijon e amar line e kaj korbe. meyer boyosh 15, kagoj e 18 likhe dimu, kazi amar chena")
F("minors", "en",
  "Auditor coming Thursday. Send all the under-age helpers home for two days and tell them to bring the borrowed cards back to the office by Saturday. Nobody talks about this on the phone.")
F("minors", "en",
  "The boy running the carton cutting machine is maybe 12 or 13. His ID card says Mohammad Alamin, 22 years. Alamin is his elder brother who went to Saudi last year.")
F("minors", "en",
  "My niece is 13. A woman from our village says a family in Gulshan will pay 5000 a month for housework, send the girl tomorrow, no school needed, she will stay with them. Her father already took 15000 advance. Woman sent her whatsapp wa.me/8801789034512",
  [("whatsapp", "+8801789034512")])

# ---------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "সুপারভাইজার কয় তার সাথে রাতে 'বাইরে' গেলে ওটি লাগবো না, হাজিরা পুরা দেখাইবো। না গেলে প্রোডাকশনের দোষ দিয়া বাদ দিবো। তিনজনরে এইভাবে রাখছে")
F("sexual_exploitation", "bn",
  "শিলা আপা কইছিল বিউটি পার্লারের চাকরি, মাসে ২৫ হাজার। পার্লারে কেউ চুল কাটে না, রাইতে লোক আসে। আমাদের বাইর হইতে দেয় না, টাকাও আপার কাছে")
F("sexual_exploitation", "bn-Latn",
  "PM sir bolse je meye gula hotel er 'party' te jabe tader ei mash er beton double, r je jabe na tar naam chatai list e. Rupa kandte kandte bari gese")
F("sexual_exploitation", "bn-Latn",
  "notun 3 ta ashse Gazipur theke, boyosh 19-20. chobi pathaitesi, customer der bolo telegram e @vip_gazipur24 e msg dite. hotel e raat 10 tar por, rate ager motoi, meyeder hate kono taka diba na",
  [("telegram", "@vip_gazipur24")])
F("sexual_exploitation", "en",
  "The floor in-charge keeps saying if I want my 2 months salary I should come to his flat on Friday. He did the same to Nasrin, she left without any money.")
F("sexual_exploitation", "en",
  "Sister the 'spa job' in Dubai is not massage. They took our passports, mine is EB0412773, and they say we must 'entertain' guests until the 4 lakh visa cost is finished.",
  [("bd_passport", "EB0412773")])
F("sexual_exploitation", "en",
  "Telegram channel @gazipur_night_girls is posting photos of the same three girls from the Konabari mess every night, with prices. One of them is from our finishing line, she has not come to duty for a week.",
  [("telegram", "@gazipur_night_girls")])

# ---------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "দালালের নাম্বারে বিকাশ করছি ৩০ হাজার, ০১৭৮৫-৩৩২৯০৮ এ, TrxID BGK4M7TQ2X। কইছে আরো ৫০ হাজার দিলে ভাইয়ের পাসপোর্ট ফেরত দিবো আর ওরে ছাড়বো",
  [("phone", "+8801785332908"), ("mfs_transaction", "BGK4M7TQ2X")])
F("payments_and_proceeds", "bn",
  "নতুন মেয়ে আনার কমিশন: ৮ জন x ২৫০০ = ২০,০০০ টাকা নগদ করছি ০১৯১২-৪৫৬৭০৩ এ, TxnID 7KQ2M9XD। ওদের কার্ড আর বয়সের কাগজ তুমি ঠিক কইরা দিবা, বাকিটা পরের চালানে",
  [("phone", "+8801912456703"), ("mfs_transaction", "7KQ2M9XD")])
F("payments_and_proceeds", "bn-Latn",
  "Oman e je 5 ta meye pathaisi oder malik er taka hundi te ashbe, bank e na. amar agent er bKash 01614-208837 e 49,500 kore bhag bhag kore dibe, limit er bhitore. meyeder barite bolbi beton ekhono hoy nai",
  [("phone", "+8801614208837")])
F("payments_and_proceeds", "bn-Latn",
  "tor bhai re ferot chaile 1 lakh 50 hajar Nagad koro 0 1 3 0 9 8 8 1 4 4 7 e, kal 12 tar moddhe. police e gele ar dekhbi na or mukh",
  [("phone", "+8801309881447")])
F("payments_and_proceeds", "bn-Latn",
  f"Malaysia r dalal ke ebar USDT te dite hobe, ei address e: {TRON1} . bKash e nibe na, bole trace hoy. baki 2 jon er taka o ei khane",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Payment for the 3 girls delivered to Siddhirganj unit, 6000 per head. Sent via Rocket 01877-552310, TxnID 4R8Q2N7KZ1. Don't write 'workers' in the reference next time.",
  [("phone", "+8801877552310"), ("mfs_transaction", "4R8Q2N7KZ1")])
F("payments_and_proceeds", "en",
  f"They want it in bitcoin now, 0.05 BTC to {BTC1} or my brother stays locked in the Libya camp. The 2 lakh we sent by hundi last month they say never arrived.",
  [("btc_address", BTC1)])

# ================================================================ OK (60)
# ---------------------------------------------------------- news (7)
N("news", "bn",
  "নারায়ণগঞ্জের ফতুল্লায় একটি প্যাকেজিং কারখানা থেকে ১৪ শিশু শ্রমিককে উদ্ধার করেছে কলকারখানা ও প্রতিষ্ঠান পরিদর্শন অধিদপ্তর। মালিকের বিরুদ্ধে মামলা হয়েছে বলে জানিয়েছে পুলিশ।")
N("news", "en",
  "Gazipur: RAB arrests two in human trafficking case; six women rescued from a residential hotel in Konabari, police said on Tuesday.")
N("news", "bn-Latn",
  "*Breaking* Tongi te manob pachar chokrer 3 jon greftar, Malaysia pathanor kotha bole taka niye bondi rakhto. (Forwarded)")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠানোর সিন্ডিকেট নিয়ে তদন্ত: অতিরিক্ত অভিবাসন ব্যয় আদায়ের অভিযোগে ১২টি রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত করেছে মন্ত্রণালয়।")
N("news", "en",
  "Labour court orders Narayanganj knitwear unit to pay three months' arrears to 212 workers and return their ID cards, after a union complaint.")
N("news", "bn-Latn",
  "news dekhso? Siddhirganj er oi dalal ta re dhorse je 40 jon re Libya pathaise. TV te dekhaise, oder ma ra kanna kortese, khub kharap laglo")
N("news", "en",
  "BFIU freezes 230 MFS agent accounts linked to digital hundi; CID says remittances were diverted through bKash and Nagad agents, report says.")

# ---------------------------------------------------------- awareness (6)
N("awareness", "bn",
  "বিদেশে যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো দালালের হাতে দেবেন না। বিএমইটিতে নিবন্ধন ও স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। টাকা দিলে অবশ্যই রসিদ নিন।")
N("awareness", "en",
  "Worker rights reminder: No employer can keep your NID or ID card. Advance deductions must be in writing and agreed by you. Overtime is voluntary and paid at double rate.")
N("awareness", "bn-Latn",
  "Sobai shunen: keu jodi parlour, hotel ba shop er chakri bole boro betoner lobh dekhay ar agam taka chay, age barir lok ke janan, thanay jogajog korun. Manob pachar theke sabdhan. - Narayanganj Mohila Forum")
N("awareness", "bn",
  "শিশুশ্রম আইনত দণ্ডনীয়। ১৪ বছরের কম বয়সী কাউকে কারখানায় কাজে নেওয়া যাবে না। অন্যের কার্ড দিয়ে কোনো শিশুকে কাজে ঢোকানো দেখলে কমপ্লায়েন্স ডেস্কে জানান।")
N("awareness", "en",
  "If someone offers you a job abroad only over WhatsApp and asks you to send money to a personal bKash number, stop. Check the agency licence first. Questions: helpdesk@shromikkendro.org",
  [("email", "helpdesk@shromikkendro.org")])
N("awareness", "bn-Latn",
  "Apnar mobile, NID ba passport kaj er jaygay jama rakhte bola hoile eta oboidho. Kono chap thakle Shromik helpline e phone korun 01730-118844, nam gopon thakbe",
  [("phone", "+8801730118844")])

# ---------------------------------------------------------- official (6)
N("official", "bn",
  "বিজ্ঞপ্তি: শিপমেন্টের কারণে আগামী শুক্রবার ফিনিশিং ও প্যাকিং সেকশনে রাত ১০টা পর্যন্ত ওভারটাইম থাকবে। ওভারটাইম ঐচ্ছিক, দ্বিগুণ হারে পরিশোধ করা হবে। পরের দিন সাপ্তাহিক ছুটি। - মানবসম্পদ বিভাগ")
N("official", "en",
  "Notice: November salary will be paid through bKash on 7 December. Workers who have not updated their bKash number should contact HR with NID by Thursday. HR WhatsApp wa.me/8801313556024",
  [("whatsapp", "+8801313556024")])
N("official", "bn",
  "মেসার্স আল-নূর ওভারসীজ (আরএল-১৪৫২): মালয়েশিয়ায় কারখানা শ্রমিক নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, ব্যাংকের মাধ্যমে পরিশোধযোগ্য। কোনো দালাল বা সাব-এজেন্টকে টাকা দেবেন না। যোগাযোগ: ০১৭০৯-৬৬৪১২০",
  [("phone", "+8801709664120")])
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers whose passports are held by employers may contact the Labour Wing for a travel permit. Bring a copy of your iqama and note your passport number.")
N("official", "bn-Latn",
  "HR notice: jara advance niyechen tader kisti ei mash theke 500 taka kore katbe. jara ekbare shodh korte chan HR e jogajog korben. advance er jonno karo chakri chharte badha deya hobe na.")
N("official", "en",
  "Audit notice: buyer social compliance audit on 12 Dec. All workers must carry their own ID card. Age documents of workers hired after June to be submitted to HR by Monday.")

# ---------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 9,850.00 from 01711502934. Ref SALARY NOV. Fee Tk 0.00. Balance Tk 10,212.40. TrxID BKX5P2M8Q1 at 07/12/2026 10:14",
  [("phone", "+8801711502934"), ("mfs_transaction", "BKX5P2M8Q1")])
N("receipt", "en",
  "Dear Customer, your A/C **3471 has been credited with BDT 12,450.00 (SALARY-NOV RUPA KNIT) on 07-12-2026. Avl Bal BDT 13,108.75. Thank you for banking with us.")
N("receipt", "en",
  "Cash Out Tk 5,000.00 successful. Agent: 01923887412. Fee Tk 57.50. Balance Tk 2,110.00. TxnID: 73KD9QW4. Time: 07/12/2026 18:42. Nagad",
  [("phone", "+8801923887412"), ("mfs_transaction", "73KD9QW4")])
N("receipt", "bn",
  "সেন্ড মানি ৳৪,০০০.০০ সফল হয়েছে ০১৮১৫৭৭২০৪১ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১,২০৫.৫০। TrxID BKQ8N4R2T7",
  [("phone", "+8801815772041"), ("mfs_transaction", "BKQ8N4R2T7")])
N("receipt", "en",
  "Your inward remittance of MYR 1,500.00 from Malaysia has been credited to A/C **0921. Amount BDT 39,210.00 incl. 2.5% govt incentive. Call centre for queries.")
N("receipt", "bn-Latn",
  "Ma taka pathaisi dekho: 'Send Money Tk 3,000.00 to 01998240617 successful. Fee Tk 0.00. TrxID BKM2Z7L5H9'. abbar oshudh kinio",
  [("phone", "+8801998240617"), ("mfs_transaction", "BKM2Z7L5H9")])
N("receipt", "en",
  "Rocket: Tk 7,500.00 received from 01755-301284 (Ref: advance ferot). TxnID 9H4X7QPN2L. Balance Tk 7,640.25",
  [("phone", "+8801755301284"), ("mfs_transaction", "9H4X7QPN2L")])

# ---------------------------------------------------------- family (6)
N("family", "bn",
  "আম্মা, পাসপোর্টটা (নং A11839204) আলমারির উপরের তাকে রাখছি, কাউরে দিও না। ভিসা আসলে আমি নিজে গিয়া এজেন্সিতে জমা দিমু, রসিদ নিমু।",
  [("bd_passport", "A11839204")])
N("family", "bn-Latn",
  "Abba bolse Saudi jaoar jonno jomi bikri korbe na. age BMET te registration kor, tarpor dekhbo. mama o bollo sorkari vabe jaite, dalal dhorbi na")
N("family", "en",
  "Your sister's passport number is A04417825, write that on the form, not mine. And send the bank receipt photo after you pay the agency.",
  [("bd_passport", "A04417825")])
N("family", "bn",
  "ভাইয়া এই মাসের বেতন থেকে ৫ হাজার পাঠাইলাম, আম্মার ওষুধ কিনো। ওভারটাইম বেশি করছি এই মাসে, চিন্তা কইরো না, শরীর ঠিক আছে।")
N("family", "bn-Latn",
  "Nanu, Mitu r biye r kotha ekhon na. age HSC dik, tarpor Gazipur e apar factory te kaj ba nursing, o ja chay")
N("family", "en",
  "Bhai the Malaysian company sent the offer letter, 1,800 ringgit, and the agency asked only the govt cost. Abba wants to meet the agency owner in Paltan before paying anything. Can you come Sunday?")

# ---------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah, KL e glove factory te 2 bochor hoye gelo. passport nijer kache, beton prottek mash er 7 tarikh, OT o pai. kono dalal er kotha shuni nai, sorasori agency diye ashsi. notun number 011-2874 5530 save koro",
  [("phone", "+601128745530")])
N("worker_content", "en",
  "Got my first salary here in Riyadh today, SAR 1,500, on time. Company gave iqama in 2 weeks. Room shared with 3 Bangladeshi brothers, food is good. My number here +966 57 230 9914",
  [("phone", "+966572309914")])
N("worker_content", "bn",
  "এই ফ্যাক্টরিতে তিন বছর হইল, কখনো বেতন আটকায় নাই। সুপারভাইজার ভালো মানুষ, নাইট শিফট করলে পরের দিন ছুটি দেয়।")
N("worker_content", "bn-Latn",
  "amar line chief re dhonnobad, Eid er age advance dise, kono sud nai, 3 kisti te katbe bolse. emon manush kom ase")
N("worker_content", "en",
  "Shifted to the Kashimpur unit last month, my own choice, more OT and the staff bus picks us up. Card, PF, everything transferred properly.")
N("worker_content", "bn",
  "দুবাই থেকে বলতেছি, কোম্পানির কাজ ভালো, সপ্তাহে একদিন ছুটি। পাসপোর্ট আর ভিসার কাগজ আমার নিজের কাছেই। রাতে ভিডিও কলে কথা হবে।")

# ---------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "line chief er moto amar bou o advance chara kichui dey na, shudhu kate 😂😂")
N("joke", "en",
  "My boss asked me to do night shift 'just this week'. That was 2019 🤣")
N("joke", "bn",
  "দালাল ভাই কইছে আমারে ফ্রি ভিসায় চান্দে পাঠাইবো, খালি অক্সিজেনের টাকা আমার 😆")
N("joke", "bn-Latn",
  "ammu amar phone confiscate kore rakhse exam er age, eitai ashol manob pachar 😭😂")
N("joke", "en",
  "Audit day = the only day the toilet has soap, the fire exit is open and the canteen has fish 😂")

# ---------------------------------------------------------- chatter (7)
N("chatter", "bn-Latn",
  "union er meeting shukrobar 3 tay, Konabari bus stand er pashe. OT rate r night allowance niye kotha hobe, sobai ashen")
N("chatter", "en",
  "Anyone has the new minimum wage chart? Helper grade is 12,500 right? HR put it on the notice board but someone tore it.")
N("chatter", "bn",
  "কাল থেকে আমাদের লাইনে নতুন ৮ জন হেল্পার আসবে, সবার কার্ড ইস্যু হইছে। সুপারভাইজার কইছে প্রথম সপ্তাহ ট্রেনিং।")
N("chatter", "bn-Latn",
  "bhai passport renew er jonno online e apply korlam, ager passport no BK0982451 silo. 10 bochor er e-passport 5750 taka, delivery 21 din",
  [("bd_passport", "BK0982451")])
N("chatter", "en",
  "Who's taking the 6:40 staff bus from Chandra tomorrow? I'm on night shift this week so I'll come back on the 7am one.")
N("chatter", "bn",
  "বিকাশে বেতন আসছে? আমারটা এখনো আসে নাই, এইচআর কইছে দুপুরের পরে সবাই পাইবো।")
N("chatter", "bn-Latn",
  "Rakib er bhai Malaysia jabe, agency theke sob kagoj dekhay dise, smart card o hoye gese. Friday flight, dua koiro. chobi dise insta te, @rakib_in_kl",
  [("instagram", "@rakib_in_kl")])

# ---------------------------------------------------------- easy (10)
N("everyday", "bn", "আজকে টিফিনে খিচুড়ি, তাড়াতাড়ি আসো", hard=False)
N("everyday", "en", "Happy birthday Mitu! 🎂🎉", hard=False)
N("everyday", "bn-Latn", "bristi hocche khub, chata niye ber hoio", hard=False)
N("everyday", "en", "Meeting moved to 3pm, room 2.", hard=False)
N("everyday", "bn", "মা, ভাত খাইছো?", hard=False)
N("everyday", "bn-Latn", "khela dekhbi aj rate? Bangladesh vs India", hard=False)
N("everyday", "en", "Can you send me the photos from the picnic?", hard=False)
N("everyday", "bn", "ঈদ মোবারক সবাইকে 🌙", hard=False)
N("everyday", "bn-Latn", "dokan theke 2 kg alu r peyaj niye asho", hard=False)
N("everyday", "en", "Reached home safely, thanks.", hard=False)


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
    random.Random(141).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev141-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
