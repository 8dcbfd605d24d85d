"""Blind evaluation set dev118 for the trafficking-indicator detector (Bangladesh: bn, bn-Latn, en).

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; items were
written only from the brief and the allowed indicator descriptions.
Persona: an undercover researcher inside dalal (sub-agent) and agency owners' WhatsApp groups that
trade visas, quotas, medical slips and demand letters and keep ledgers of what each worker paid,
alongside honest agency staff and workers asking questions.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev118.jsonl"
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


BTC1 = btc("dev118-btc-1")
TRON1 = tron("dev118-tron-1")
ETH1 = eth("dev118-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "পার্টিরে ক্লিনার ভিসা বলবেন, আসলে কফিলের বাসার কাজ। মেডিকেল স্লিপে কি লেখা ওইটা দেখানোর দরকার নাই। "
  "বেতন ১২০০ রিয়াল বলবেন, ওখানে গিয়া ৮০০ পাইবো, ওইটা পরে বুঝবো।")
F("recruitment_deception", "bn",
  "ভাই আমারে বলছিল মালয়েশিয়া ফ্যাক্টরির কাজ, কলিং ভিসা। এয়ারপোর্টে আইসা দেখি টুরিস্ট ভিসা। "
  "এখন এইখানে কোনো কোম্পানি নাই, যে লোক আনতে আসার কথা সে আসে নাই, দালাল ফোন ধরে না")
F("recruitment_deception", "bn",
  "ডিমান্ড লেটার কোম্পানির প্যাডে বানায়া দিতেছি, সিল সই সব থাকবে, এটাস্টেশনের কপিও। কোম্পানি আসলে লোক নিতেছে না, "
  "তাতে কি, পার্টি তো আর যাচাই করবে না। প্রতি পিস ৩ হাজার, অর্ডার দিতে হোয়াটসঅ্যাপ ০১৬২৫৮৪৯৩০৭",
  [("phone", "+8801625849307")])
F("recruitment_deception", "bn-Latn",
  "Free visa bolle party ashe na. bolben company visa, Al Marai te job, beton 1500 riyal khawa thaka free. "
  "oikhane giye nijer kaj nije khuje nibe, amader r kisu korar nai 😂 interested hole wa.me/8801715263948",
  [("whatsapp", "+8801715263948")])
F("recruitment_deception", "bn-Latn",
  "bhai ami to driver er kaj er jonno aslam, deshe license o korchilam 40 hajar diye. ekhane aisha dekhi marubhumir moddhe "
  "bakri r uter khamare rakhse. agent bole contract e naki eita e lekha. contract to ami kokhono dekhi nai")
F("recruitment_deception", "bn-Latn",
  "Romania r nam e Dubai visit e pathabo, oikhane 2-3 mash rakhbo, tarpor bolbo work permit reject hoye gese embassy theke. "
  "party ke kintu Romania i bolben. CV r passport copy pathate bolen euro.jobs.bd24@gmail.com e",
  [("email", "euro.jobs.bd24@gmail.com")])
F("recruitment_deception", "en",
  "bro the 5 star hotel jobs in the flyer are not hotel, its a cleaning company that supplies labour to malls. "
  "just keep saying hotel, they sign faster. we tell them 1800 QAR, actual basic is 1000 and no OT")
F("recruitment_deception", "en",
  "Sir I paid 6 lakh for Poland work permit, they gave me a paper with QR code and embassy appointment. "
  "Today VFS told me the permit number doesn't exist, it's fake. Agency office in Paltan is locked and "
  "+8801911458327 is switched off since Sunday.",
  [("phone", "+8801911458327")])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "হিসাব: রফিক (চাটখিল), এনআইডি ৮২৫৪১৯৩৭৬০ — মোট ৫ লাখ ৮০, জমা ৩ লাখ, বাকি ২ লাখ ৮০। "
  "বাকিটা ওখানে গিয়া বেতন থেকে মাসে মাসে কাটবো, কোম্পানির সুপারভাইজাররে বলা আছে।",
  [("bd_nid", "8254193760")])
F("fees_and_debt", "bn",
  "রশিদে সরকারি রেট ১ লাখ ৬৫ হাজারই লিখবেন, বাকি সাড়ে তিন লাখ ক্যাশে। বিএমইটিতে কেউ জিগাইলে পার্টি যেন বলে "
  "১ লাখ ৬৫ দিছে, আগে থেকে শিখায়া রাখবেন।")
F("fees_and_debt", "bn",
  "আম্মা এখানে ৮ মাস হইলো, মালিক বেতন দেয় না, বলে ভিসার খরচ এখনো উসুল হয় নাই। আরো ছয় মাস এমনে খাটতে হবে কয়। "
  "বাড়িতে কিস্তির লোকেরে একটু বুঝায়া বলো")
F("fees_and_debt", "bn-Latn",
  "quota per head 3.5 lakh main agency ke dite hobe, tumi party theke 6 nao. party deshe kar kas theke sud e loan nilo "
  "oita tar bepar. jara pura taka dite parbe na bolo oikhane kaj kore shodh dibe, stamp e sign rakhba")
F("fees_and_debt", "bn-Latn",
  "mama ashar jonno NGO theke 2 lakh r mohajon er kas theke 1.5 lakh nisi, sud mase 10 hajar. ekhane beton 18 hajar tk er moto, "
  "company protimase visa kharcha bole 6 hajar kete ney. kobe shesh hobe jani na")
F("fees_and_debt", "bn-Latn",
  "medical slip alada 25k, fingerprint 15k, BMET card 20k. sob cash, rosid hobe na. jodi keu na dite pare passport amar "
  "kase thakbe jotodin na dey. taka diben Motijheel office e othoba bKash 01681-224390 (personal)",
  [("phone", "+8801681224390")])
F("fees_and_debt", "en",
  "Ledger Dec: Shahin A04519823 paid 4.2L of 6L. Jashim B07736152 paid full 5L. Kamal EB0127745 paid 2L of 5.5L, "
  "he signs the stamp paper, balance plus 20% comes from his salary over there, sponsor already agreed to cut.",
  [("bd_passport", "A04519823"), ("bd_passport", "B07736152"), ("bd_passport", "EB0127745")])
F("fees_and_debt", "en",
  "they said zero cost, company pays everything. now here they say i owe 2800 ringgit for ticket and levy and they take "
  "400 every month from salary. my salary is 1100. i asked to see the paper and the supervisor laughed")

# ---------------------------------------------------------------- isolation_and_control (7)
F("isolation_and_control", "bn",
  "ফ্লাইটের আগের রাতে সবার পাসপোর্ট আর মোবাইল আমার কাছে জমা থাকবো। এয়ারপোর্টে হাতে দিমু, ইমিগ্রেশন পার হইলেই "
  "কফিলের লোক আবার নিয়া নিবো। কেউ ঝামেলা করলে আমারে জানাইবেন।")
F("isolation_and_control", "bn",
  "মেয়েগুলারে বাসার বাইরে যাইতে দিবা না, ফোন খালি শুক্রবার ৫ মিনিট। বাড়িতে কথা কওয়ার সময় পাশে বইসা থাকবা, কি কয় শুনবা।")
F("isolation_and_control", "bn-Latn",
  "immigration e jodi jigesh kore bolbi khalar basay berate jacchis Dubai. kaj er kotha, agency r nam kisu bolbi na. "
  "tor purano sim ta ekhon e fele de, notun number 01409 338521 theke shudhu amar sathe kotha bolbi",
  [("phone", "+8801409338521")])
F("isolation_and_control", "bn-Latn",
  "apu amader 3 jon meye ke ekta rume rakhse, bahir theke tala. passport madam er kase. ei phone ta lukaye chalaitesi, "
  "please amar ammu ke ei number e janaio 01734 562 819, ami bhalo nai",
  [("phone", "+8801734562819")])
F("isolation_and_control", "bn-Latn",
  "kafil passport rekhe dise, iqama o banay nai ekhono. camp er gete guard thake, shukrobar o ber hote dey na. "
  "bazar er jonno ekjon e jay sobar list niye")
F("isolation_and_control", "en",
  "New batch reached Muscat. Passports are in the office safe, don't hand any back even if they cry. "
  "Families call only through supervisor's phone, no personal phones in the camp.")
F("isolation_and_control", "en",
  "reminder to all sub agents: candidates don't mix with the other group, nobody shares the hostel address in Uttara, "
  "they stay inside till the flight. if family comes asking you don't know where they are")

# ---------------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "তোর পোলা যদি আবার এম্বাসিতে ফোন দেয় তাইলে হুরুব মাইরা দিমু, জেলে পচবো। আর বাকি টাকা না দিলে দেশে ফেরত আইলেও ছাড়ুম না।")
F("threats_and_coercion", "bn",
  "আপনার মেয়ের ভিডিও আমার কাছে আছে। ৫০ হাজার না পাঠাইলে গ্রামের সবার কাছে যাইবো। টাকা এই নাম্বারে ০১৭৯৮৫৪৩২১০, "
  "বিকালের মধ্যে।",
  [("phone", "+8801798543210")])
F("threats_and_coercion", "bn",
  "ভাইরে মারছে, কাল সারারাত বাইন্ধা রাখছে কারণ ও কাজে যাইতে চায় নাই। পিঠের দাগের ছবি পাঠাইছে। কইছে কথা না শুনলে "
  "মরুভূমিতে ফালায়া আসবো, কেউ খুঁইজা পাইবো না")
F("threats_and_coercion", "bn-Latn",
  "case tule na nile tor baper jomi dokhol korbo, stamp e sign ase. thana amar hate. tui chup kore kaj shesh kore ay, "
  "tarpor kotha hobe")
F("threats_and_coercion", "bn-Latn",
  "beshi kotha bolle police e dhoraye dimu, tor iqama nai, 5 minute e deport. chupchap kaj kor, beton niye r prosno korbi na")
F("threats_and_coercion", "en",
  "If she tries to run again tell her we know her village and her little brother's school. Sponsor will file absconding "
  "and she will never get exit.")
F("threats_and_coercion", "en",
  "Your husband signed the contract. You go to labour court, we say you stole from madam, police lock you up before any "
  "hearing. Think about your children first.")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, সপ্তাহে কোনো ছুটি নাই। চার মাস বেতন পাই নাই। খাবার দেয় একবেলা, রুটি আর ডাল।")
F("labour_exploitation", "bn",
  "এই ৫ জন কফিলের কাজে লাগে না, অন্য কোম্পানিতে ভাড়া দিয়া দেন। মাথাপিছু মাসে ৬০০ রিয়াল নিবেন, ওদের হাতে দিবেন ৩০০, "
  "বাকিটা আমাদের। ওদের জিগানোর কিছু নাই।")
F("labour_exploitation", "bn-Latn",
  "site e safety belt nai, kal 18 tola theke ekjon porse. supervisor bole kaj bondho hobe na, hospital e nile company r "
  "jhamela. ajkeo 16 ghonta shift")
F("labour_exploitation", "bn-Latn",
  "bhai amader 40 jon ke ekta camp e rakhse, 3 mash beton nai. jara beton chaise tader overtime er taka o kete nise. "
  "raat 2 tay uthaye abar kaje pathay")
F("labour_exploitation", "bn-Latn",
  "madam 3 ta basay ghuraye ghuraye kaj koray, beton dey ekta basar. ghum 4 ghonta. oshukh holeo chuti nai, "
  "bole tomake kinsi")
F("labour_exploitation", "en",
  "Transfer list: 12 men from the cleaning contract go to the farm in Al Kharj next week. Don't tell them till the bus comes. "
  "Salary stays with the office, give them 300 pocket money. Problems call supervisor +966 55 318 2740",
  [("phone", "+966553182740")])
F("labour_exploitation", "en",
  "Sister we work 6am to midnight in the garment here in Jordan, they lock the floor on night shift. No overtime pay "
  "since June. Two girls fainted yesterday. Manager says complain and you go home without salary.")

# ---------------------------------------------------------------- minors (8)
F("minors", "bn",
  "মেয়ের বয়স ১৫, পাসপোর্টে ২৫ কইরা দিছি, পাসপোর্ট নং A13802277। জন্মনিবন্ধন নতুন কইরা বানাইছি ইউনিয়ন থেকে। "
  "মেডিকেলে কেউ কিছু কইবো না, ডাক্তারের লগে কথা হইছে।",
  [("bd_passport", "A13802277")])
F("minors", "bn",
  "ঢাকার বাসায় কাজের জন্য ১২-১৩ বছরের মেয়ে লাগবো, থাকা খাওয়া দিবো, মাসে ২ হাজার বাপ মায়ের কাছে পাঠাইবো। "
  "বাড়ি যাওয়ার ছুটি বছরে একবার, ঈদে।")
F("minors", "bn",
  "মেয়ে তো এখনো ক্লাস এইটে, কিন্তু পোলা দুবাই থাকে, বিয়ার পর ওইখানে নিয়া যাইবো কইছে। কাবিনে বয়স বাড়ায়া লেখতে হইবো, "
  "কাজী রাজি আছে, টাকা একটু বেশি লাগবো।")
F("minors", "bn-Latn",
  "14-15 boyoser 4 ta chele lagbe, boarder paar hoye jabe, hotel e kaj. bap ma ke 20 hajar kore advance. "
  "boyosh barai certificate amra banaye nibo. jogajog 01577 209384",
  [("phone", "+8801577209384")])
F("minors", "bn-Latn",
  "passport er jonno jonmo nibondhon e 2001 likhe den, asol 2009. Saudi house maid e 25 er niche ne na, "
  "medical e chehara dekhe kisu bolbe na")
F("minors", "bn-Latn",
  "vai amar vagni 13 bochor, ekta khala niye gese Narayanganj er ek basay kaj er jonno. 2 bochor dhore bari aste dey na, "
  "phone e kotha o bolte dey na. beton ki pay keu jane na")
F("minors", "en",
  "age on the passport says 21 but she told the doctor at the medical centre she is 16. doctor wants 10k extra to sign "
  "fit. just pay him, flight is thursday")
F("minors", "en",
  "need small boys for the brick kiln, 11 to 14 yrs, advance to parents 30k, they stay at the kiln till the season ends. "
  "no school talk with the parents, say it's training")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "দুবাইয়ে পার্লারের কাজ কইয়া মেয়ে পাঠাইছে। এখানে আইসা দেখি হোটেলে রাখছে, রাতে কাস্টমার আনে। না করলে খাওন দেয় না। "
  "আম্মারে কিছু কইও না")
F("sexual_exploitation", "bn",
  "নতুন তিনটা মেয়ে আসছে, বয়স কম, রেট আগের মতোই। ছবি দেখতে ইনস্টায় @nightqueen.dhaka তে নক দেন, "
  "গেস্ট কনফার্ম করলে হোটেল রুম আমি বুক দিমু।",
  [("instagram", "@nightqueen.dhaka")])
F("sexual_exploitation", "bn-Latn",
  "ei meye ta ke bolo dance bar e singer er kaj, mash e 1 lakh. baki ta oikhane giye ami bujhabo. club er malik "
  "nije kotha bolbe, passport o tar kachei thakbe")
F("sexual_exploitation", "bn-Latn",
  "apa ekhane spa massage er kaj bole anse, ekhon bole customer er sathe rume jete hobe. passport nie nise. "
  "ami jete chai na apa, ki korbo")
F("sexual_exploitation", "en",
  "Bangladeshi and Nepali girls, new arrivals this week, young and fresh, outcall only. Booking on telegram @dxb_night_vip",
  [("telegram", "@dxb_night_vip")])
F("sexual_exploitation", "en",
  "babe the man paid for private video call tonight, you do what he says. you still owe me for the flat and the ticket. "
  "dont make me angry again")
F("sexual_exploitation", "en",
  "Parlour job Kuala Lumpur, girls 18-25, salary RM 4000, visa + ticket free. No experience needed, pretty face only. "
  "Send full photo wa.me/60172384961",
  [("whatsapp", "+60172384961")])

# ---------------------------------------------------------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn",
  "লিবিয়ায় আটকায়া রাখছে। কইতেছে ৩ লাখ না দিলে ছাড়বো না। এই বিকাশ নাম্বারে পাঠাইতে কইছে ০১৮২৩৪৫৬৭৯১, আজ রাতের মধ্যে।",
  [("phone", "+8801823456791")])
F("payments_and_proceeds", "bn",
  "পার্টির বাকি টাকা হুন্ডিতে আসবো, রিয়াদে আমার লোক রিয়াল নিবো, এখানে ক্যাশ। ব্যাংকে কোনো রেকর্ড রাখবেন না, "
  "এজেন্সির একাউন্টে এক টাকাও যেন না ঢোকে।")
F("payments_and_proceeds", "bn",
  "সাব এজেন্ট কমিশন মাথাপিছু ৪০ হাজার। এই সপ্তাহের ৬ জনের টাকা নগদে পাঠাইলাম, TxnID 7HQ2KX9M। "
  "ভাউচারে লিখবেন ব্যবসায়িক লেনদেন, পার্টির নাম না।",
  [("mfs_transaction", "7HQ2KX9M")])
F("payments_and_proceeds", "bn-Latn",
  "taka dui bhage: 1.5 lakh bKash 01956 382017 e, baki ta Nagad e. cash out korbe Feni theke. "
  "taka ashar por video call e chele ke dekhabe, tar age na",
  [("phone", "+8801956382017")])
F("payments_and_proceeds", "bn-Latn",
  "visa r taka agency account e diben na. 5 ta alada bKash e 25k kore bhag kore pathan jate limit e na atke. "
  "TrxID gula screenshot diye group e den, ami mile niye cash out korabo")
F("payments_and_proceeds", "bn-Latn",
  f"Italy boat er jonno 8 lakh, Dubai hoye Tripoli jabe. jara crypto te dibe USDT ERC20 e pathabe {ETH1} ei address e. "
  "3 din er moddhe na hole chele ke onno group er kase bikri kore dibe",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  f"Pay the balance in USDT TRC20 only, no bank no bKash. Address {TRON1}. Once it confirms I release the boy and give "
  "him back his phone.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"commission for the Malaysia batch sent to you in BTC as agreed, 0.04 to {BTC1}. dont keep this chat, delete after "
  "you see",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুরে মানব পাচার চক্রের দুই সদস্যকে গ্রেপ্তার করেছে র‍্যাব। "
  "ভুক্তভোগী পরিবারগুলোর কাছ থেকে বিকাশের মাধ্যমে টাকা নেওয়া হতো বলে জানিয়েছে বাহিনীটি।")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠাতে নির্ধারিত ব্যয়ের বেশি টাকা নেওয়ার অভিযোগে ১২টি রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত করেছে "
  "প্রবাসীকল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়।")
N("news", "bn",
  "ভুয়া স্মার্ট কার্ড নিয়ে আমিরাত যাওয়ার চেষ্টা, শাহজালাল বিমানবন্দরে ৯ যাত্রীকে আটকাল ইমিগ্রেশন পুলিশ")
N("news", "bn-Latn",
  "*Forwarded* Jessore te bhuya visar dalal grephtar, 40 jon er kas theke 1 koti taka niyechilo Romania pathanor kotha "
  "bole. police bolche chokrer aro 3 jon ke khuja hocche.")
N("news", "bn-Latn",
  "khobor dekhsen? Teknaf e boat theke 38 jon ke uddhar korse coast guard, Malaysia nite chaisilo dalalra. "
  "er moddhe 11 jon shishu. shobai ekhon shelter e")
N("news", "en",
  "Dhaka tribunal sentences three to life imprisonment for trafficking two teenage girls to India with promises of "
  "beauty parlour jobs, the prosecutor said.")
N("news", "en",
  "Saudi authorities deported around 1,100 Bangladeshi workers last month, most of them on so-called free visas without "
  "valid iqama, expatriate welfare officials said.")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো দালালের হাতে দেবেন না। এজেন্সির লাইসেন্স নম্বর বিএমইটির ওয়েবসাইটে "
  "যাচাই করুন। প্রতিটি টাকার রশিদ নিন।")
N("awareness", "bn",
  "মালয়েশিয়া যেতে সরকার নির্ধারিত সর্বোচ্চ খরচ ৭৮,৯৯০ টাকা। এর বেশি কেউ চাইলে প্রবাসী কল্যাণ হেল্পলাইন ১৬১৩৫-এ জানান।")
N("awareness", "bn",
  "শিশুশ্রম প্রতিরোধ সপ্তাহ: ১৪ বছরের কম বয়সী শিশুকে গৃহকর্মে নিয়োগ দণ্ডনীয় অপরাধ। শিশুকে কাজে নয়, স্কুলে পাঠান।")
N("awareness", "bn-Latn",
  "bon ra sabdhan! facebook e 'parlour e kaj, beton 80 hajar, bimaner ticket free' erokom ad dekhle age jachai koren. "
  "ei bhabe onek meye ke pachar kora hoy. share koren")
N("awareness", "bn-Latn",
  "meyeder 18 bochor er age biye deya aine oporadh. kono bidesh thaka chele 'biye kore niye jabe' bolle age khoj nin. "
  "upojela mohila bishoyok office e jogajog korun")
N("awareness", "en",
  "Going abroad for work? Keep a photocopy of your passport and visa with your family, save the embassy number, and "
  "never let an employer or agent keep your passport. It is illegal.")
N("awareness", "en",
  "Know the signs: you are asked to pay for the visa in cash, there is no written contract, or the job on the visa is "
  "different from what you were promised. Call 16135 before you pay anyone.")

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৫৭): সৌদি আরবের জন্য ২০০ জন ক্লিনার। সরকার নির্ধারিত অভিবাসন ব্যয় ১,৬৫,০০০ টাকা, "
  "সকল লেনদেন ব্যাংকের মাধ্যমে, রশিদ দেওয়া হবে। যোগাযোগ: ০২-৪৮৩১৭২৬৫",
  [("phone", "+880248317265")])
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ নিন সহজ শর্তে, জামানত ছাড়াই সর্বোচ্চ ৩ লাখ টাকা। বিস্তারিত জানতে নিকটস্থ শাখায় যোগাযোগ করুন।")
N("official", "bn-Latn",
  "Notice: Ami Probashi app e registration kore BMET smart card nin. fingerprint er jonno jela karmasangsthan office e "
  "ashben, fee bank e jomma dite hobe. kono dalal er maddhome kaj korben na.")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: Workers whose iqama has expired or who have been reported huroob may visit the Labour "
  "Wing on Sundays with a passport copy. Do not pay anyone who claims to process amnesty for a fee.")
N("official", "en",
  "Notice to candidates (RL-0923): medical at GAMCA-approved centres only. Your passport stays with you until visa "
  "stamping; we return it with a written receipt within 3 working days. Queries: info.rl0923@gmail.com",
  [("email", "info.rl0923@gmail.com")])
N("official", "en",
  "Malaysian High Commission, Dhaka: there is no 'calling visa' sold through individuals. Any person demanding money for "
  "a calling visa is committing fraud. Apply only through licensed agencies.")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712905634. Fee Tk 0.00. Balance Tk 31,480.50. TrxID BK74QZ9WDA at 05/12/2026 19:42",
  [("phone", "+8801712905634"), ("mfs_transaction", "BK74QZ9WDA")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to Agent 01819264530 successful. Fee Tk 185.00. Balance Tk 2,115.00. TrxID CL28MNX7PE at 03/12/2026 11:05",
  [("phone", "+8801819264530"), ("mfs_transaction", "CL28MNX7PE")])
N("receipt", "en",
  "Money Received. Amount: Tk 15000 Sender: 01644718203 Ref: ammar oshudh TxnID: 73KD9A2F Balance: Tk 15820.00",
  [("phone", "+8801644718203"), ("mfs_transaction", "73KD9A2F")])
N("receipt", "bn",
  "আপনার হিসাবে রেমিট্যান্স জমা হয়েছে ৪৮,৫০০ টাকা (২.৫% প্রণোদনাসহ)। প্রেরক: MD KAMAL HOSSAIN, দেশ: SAUDI ARABIA। ধন্যবাদ।")
N("receipt", "bn",
  "সেন্ড মানি সফল: ৫,০০০ টাকা ০১৯১৩৮৪৭২৬০ নম্বরে। চার্জ ৫.০০ টাকা। ব্যালেন্স ১,২৩৪.০০ টাকা। TrxID 9MX4TR2LBQ",
  [("phone", "+8801913847260"), ("mfs_transaction", "9MX4TR2LBQ")])
N("receipt", "en",
  "Dear Customer, BDT 1,65,000.00 deposited to A/C **4521 Ref: migration cost Saudi ASIF. Avail Bal BDT 2,10,430.00. Thank you.")
N("receipt", "en",
  "Tk 3,000.00 sent to 01521437869 successfully. TxnId: 4016738925. Charge Tk 0.00. Thank you for using Rocket.",
  [("phone", "+8801521437869"), ("mfs_transaction", "4016738925")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্ট আর এনআইডির ফটোকপি আলমারির উপরের তাকে রাখছি, আসল পাসপোর্ট আমার কাছেই। বেতন পাইছি, কাল টাকা পাঠামু।")
N("family", "bn",
  "ছোট মামা কইতেছে দুবাই নিয়া যাবে, দোকানের কাজ। খরচ কত জিগাইছি, কয় এজেন্সির মাধ্যমেই যাবে, সব কাগজ দেখাইবো। "
  "তুই একটু খোঁজ নিস তো এজেন্সিটা নিবন্ধিত কিনা।")
N("family", "bn-Latn",
  "ammu visa r medical sob hoye gese, agency te sorkari fee bank e jomma dilam, rosid o disse. flight 14 tarikh. "
  "tension nio na, Rahim bhai o same company te ase")
N("family", "bn-Latn",
  "bhaiya passport renew er form e guardian er NID lagbe. abbar ta 1968261592347 na? ekbar check kore bolo",
  [("bd_nid", "1968261592347")])
N("family", "bn-Latn",
  "nanu tomar passport number ta dao to, hajj registration e lagbe. C02917465 eta na?",
  [("bd_passport", "C02917465")])
N("family", "en",
  "Apu I sent 20k to Ammu's bKash 01922 418607 for the loan installment, tell her to check. Next month I'll send for "
  "Tania's school admission.",
  [("phone", "+8801922418607")])
N("family", "en",
  "Cousin's wedding is on the 20th, Sumi is 24 now, finally! Uncle wants you to send the money for the gold before Friday.")

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn",
  "আলহামদুলিল্লাহ, কোম্পানিতে দুই বছর হইলো। বেতন প্রতি মাসের ২৮ তারিখে ব্যাংকে আসে, ওভারটাইমও দেয়। ইকামা নিজের কাছেই থাকে।")
N("worker_content", "bn",
  "আপু, মাদামের বাসায় ভালো আছি। শুক্রবার ছুটি, বাংলাদেশি বোনদের সাথে মার্কেটে যাই। পাসপোর্ট আমার কাছে, ফোনও আমার।")
N("worker_content", "bn-Latn",
  "Malaysia te ashchi 8 mash, factory te 8 ghonta duty, overtime alada. hostel e AC ase. agency sorkari rate e pathaise, "
  "extra kono taka nay nai. Allah rohom korse")
N("worker_content", "bn-Latn",
  "bhai Qatar e ashar por theke prottek mash e beton thik time e. free visa na, company r nijer visa. "
  "shudhu garom ta beshi 😅")
N("worker_content", "en",
  "just finished 12 hour shift lol but its ramadan schedule, next week back to 8. boss gave us iftar every day and eid "
  "bonus. not bad this company")
N("worker_content", "en",
  "Got my contract renewed in Singapore. Shipyard work is hard but safe, they gave us new harness and boots. Sending "
  "money home every month, my sister started college.")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "bou bole amake dubai niye jao. ami boli tumi e to amar kafil, passport o tomar kase, beton o tumi nao 😂😂")
N("joke", "bn",
  "আম্মা আমার মোবাইল আর ল্যাপটপ দুইটাই জব্দ কইরা রাখছে পরীক্ষা শেষ না হওয়া পর্যন্ত। এইটা কি মানব পাচার না? 🤣")
N("joke", "en",
  "boss made us work overtime on friday and paid us in pizza. human rights commission where are you 😭😂")
N("joke", "bn-Latn",
  "dalal er moto kotha bolis na, 'bhai 100% guarantee, kono tension nai' 😂 tor cricket prediction gula sob erokom")
N("joke", "en",
  "Group admin is holding the tea party hostage until everyone pays 50tk 😂 ransom accepted in samosas only")

# ---------------------------------------------------------------- chatter (5, hard)
N("chatter", "bn-Latn",
  "apa 5 jon er medical fit asche, slip gula scan kore mail korchi docs.alnoor.overseas@gmail.com theke. visa stamping er "
  "por passport candidate der hate return dibo, rosid soho.",
  [("email", "docs.alnoor.overseas@gmail.com")])
N("chatter", "bn",
  "আজকে বিএমইটিতে সার্ভার ডাউন, ফিঙ্গারপ্রিন্ট হয় নাই। কাল সকালে আবার লাইনে দাঁড়াইতে হইবো, ক্যান্ডিডেটদের জানায়া দিছি।")
N("chatter", "en",
  "Does anyone know if the Ami Probashi smart card is needed for re-entry visa holders? My cousin is home on vacation from Kuwait.")
N("chatter", "bn-Latn",
  "bhai demand letter ta attested hoise? embassy theke ashle BMET e ekbare jomma dibo, 30 joner file ready.")
N("chatter", "en",
  "quick q, is the government cost for Saudi still 1.65 lakh? one candidate's father is asking, I want to send him "
  "the official circular")

# ---------------------------------------------------------------- easy negatives (10)
N("chatter", "bn-Latn", "ajke office e ashte deri hobe, Bijoy Sarani te jam e atke asi", hard=False)
N("chatter", "bn", "কালকে বাজার থেকে পেঁয়াজ আর আলু আনিস, তেলও শেষ", hard=False)
N("chatter", "en", "Happy birthday bhai! Allah tomake sustho rakhuk 🎉🎂", hard=False)
N("chatter", "bn", "মিটিং বিকাল ৪টায়, সবাই সময়মতো আসবেন।", hard=False)
N("chatter", "en", "did you watch the match last night? that last over was unbelievable", hard=False)
N("chatter", "bn-Latn", "ammu bolse aaj rate khichuri, taratari bari ay", hard=False)
N("chatter", "bn-Latn", "internet bill pay korsi, router ta ekbar restart dao", hard=False)
N("chatter", "bn", "বৃষ্টি হইতেছে, ছাতা নিয়া বাইর হইস", hard=False)
N("chatter", "en", "can you send me the photos from the picnic? the ones near the lake", hard=False)
N("chatter", "bn-Latn", "jumma namaz er por dekha korbo insha'Allah", hard=False)


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
    random.Random(118).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev118-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
