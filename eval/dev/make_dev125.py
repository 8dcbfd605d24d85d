"""Blind evaluation set dev125 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a union parishad member in Narsingdi and Madaripur reading the chats of families whose sons
went on tourist visas to Dubai and on to Libya and Iraq, some held for ransom, with the brokers'
messages, bKash/hundi traffic and ordinary village chatter.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev125.jsonl"
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


BTC1 = btc("dev125-btc-1")
TRON1 = tron("dev125-tron-1")
ETH1 = eth("dev125-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
C = "recruitment_deception"
F(C, "bn", "দুবাই গিয়া ট্যুরিস্ট ভিসা থেকে কাজের ভিসা কইরা দিমু, কোম্পানির কাজ, বেতন ৬০ হাজার টাকা। কোনো টেনশন নাই, আমার লোক এয়ারপোর্টে রিসিভ করব। যোগাযোগ ০১৮১৯-৬৪৩২০৭",
  [("phone", "+8801819643207")])
F(C, "bn", "আব্বা, এরা কইছিল সোজা ইতালি নিবে, এখন বলতেছে লিবিয়ায় কিছুদিন থাকতে হবে। এখানে কোনো কোম্পানি নাই আব্বা, একটা গোডাউনে রাখছে সবাইরে।")
F(C, "bn", "ভাই ভিসাটা একদম আসল, এম্বাসির সিল আছে। বাগদাদের হোটেলে ক্লিনারের কাজ, থাকা খাওয়া ফ্রি। মেডিকেল লাগবো না, ট্রেনিং লাগবো না, শুধু টাকাটা রেডি রাখেন।")
F(C, "bn-Latn", "bhai tension nibenna, libya te company visa, oikhan theke 3 mash por italy game kore dibo. total 7 lakh, ordhek ekhon ordhek pouchaiya. details er jonno telegram e knock den @libyaitaly_visa",
  [("telegram", "@libyaitaly_visa")])
F(C, "bn-Latn", "Mama apni bolsen AC company te kaj, ekhane eshe dekhi iter vatay kaj. beton 1500 dinar bolsilen, dicche 400. ki korbo kichu bujhtesina")
F(C, "bn-Latn", "visit visa te dubai jaiba, okhane 1 mash hotel e thakba, tarpor amader company iraq er work permit kore dibe. kono problem hoile amar number e call dio 01715 482 907",
  [("phone", "+8801715482907")])
F(C, "en", "Brother this is 100% legal job, Libya oil company helper, salary 800 USD + food + room. Only tourist visa for Dubai first then company take you. Dont tell anyone in village, jealous people will break it. my whatsapp +971 50 318 4472",
  [("phone", "+971503184472")])
F(C, "en", "Dad they lied to us. There is no factory here in Basra. The man who met us at airport took all 6 of us to a farm outside the city. Mizan bhai is not picking up")

# ---- fees_and_debt (bn 3, bn-Latn 3, en 2)
C = "fees_and_debt"
F(C, "bn", "বাকি ২ লাখ টাকা না দেওয়া পর্যন্ত পাসপোর্ট (নং B04817263) আমার কাছেই থাকবো। জমি বন্ধক দেন, গরু বেচেন, সেইটা আপনার ব্যাপার।",
  [("bd_passport", "B04817263")])
F(C, "bn", "ছেলে ওখানে কাজ কইরা মাসে মাসে শোধ করবো, প্রথম ছয় মাসের বেতন আমার কাছে আসবো। এইটাই নিয়ম, সবাই এভাবেই যায়।")
F(C, "bn", "লিবিয়া পৌঁছানোর পর আরো দেড় লাখ লাগবো কইছে, নাইলে কাজে দিবো না। আগে তো সাড়ে চাইর লাখে সব ফাইনাল আছিল।")
F(C, "bn-Latn", "Sud er taka 3 mash dite partesi na, Shahjahan bhai bolse jomi lekhe dite hobe nahoy chele ke oikhane aro 1 bochor free te khatabe")
F(C, "bn-Latn", "protiti mash e salary theke 250 dirham kete rakhe, bole ticket ar visa r khoroch. 8 mash hoye gelo, kono hishab dey na")
F(C, "bn-Latn", "Kalkini r Rahim dalal 5 lakh nise, ekhon ticket er kotha bole aro 80 hajar chay. bolse kaj na korle debt double hobe, sud soho")
F(C, "en", "Your son loan 4,50,000 + interest. Until it is clear he works for my partner in Tripoli, no salary to hand. Send the installment to Nagad 01932-558170 or he stays longer.",
  [("phone", "+8801932558170")])
F(C, "en", "they want extra 2000 dinar for 'iqama' and say its our debt now. we already paid 6 lakh in bangladesh. we are 14 boys, nobody have that money")

# ---- isolation_and_control (bn 3, bn-Latn 3, en 2)
C = "isolation_and_control"
F(C, "bn", "মা, আমার ফোন নিয়া গেছে, এইটা আরেকজনের ফোন থেকে লুকাইয়া দিতেছি। পাসপোর্টও ওদের কাছে। কাউরে কইয়ো না।")
F(C, "bn", "রুমের দরজা বাইরে থেকে তালা দেয়, দিনে একবার খাবার দেয়। জানালা দিয়া শুধু দেয়াল দেখা যায়। পাহারায় দুইজন আরব থাকে বন্দুক নিয়া।")
F(C, "bn", "কেউ ফোন করলে বলবেন ছেলে দুবাইতে ভালো আছে, হোটেলে কাজ করে। লিবিয়ার কথা মুখেও আনবেন না, থানা-পুলিশ জানলে ছেলেরই বিপদ।")
F(C, "bn-Latn", "ami 5 din por ek bar phone pai, 2 minute, arab lok pashe darai thake. beshi kotha bolle kere ney. tomra tension nio na eita bolte bolse")
F(C, "bn-Latn", "Passport, smart card sob boss er locker e. bahire jawa nished, camp er gate e guard. amra 22 jon ek ghore")
F(C, "bn-Latn", "emo te shudhu voice dibi, video call dibi na. kon jaygay aso kauke bolba na, tomar abba ke o na.")
F(C, "en", "They took our phones at Benghazi airport and gave one phone for 40 people. We are not allowed outside the compound. Please dont post on facebook, they check.")
F(C, "en", "Tell his mother not to call the police or the UNO office. If anyone asks, he is working in Dubai. We will let him talk on Friday only.")

# ---- threats_and_coercion (bn 3, bn-Latn 2, en 2)
C = "threats_and_coercion"
F(C, "bn", "থানায় গেলে পোলার লাশও পাইবেন না। চুপচাপ টাকা রেডি করেন।")
F(C, "bn", "আম্মা ওরা কারেন্টের শক দেয়, পায়ে রড দিয়া মারে, ভিডিও কইরা দালালরে পাঠায়। টাকা না দিলে আমারে আরেক গ্রুপের কাছে বেইচা দিবো কইছে।")
F(C, "bn", "মাইয়ার বিয়া কেমনে দেন দেখমু। মামলা না তুললে বাড়িতে লোক পাঠামু, মেম্বার-চেয়ারম্যান কেউ বাঁচাইতে পারবো না।")
F(C, "bn-Latn", "Boss bolse kaj chere palaile police e dhoraiya dibe, illegal hisabe 2 bochor jail. ar deshe keu kisu korte parbe na")
F(C, "bn-Latn", "video ta dekhso? oder gaye gorom pani dhalse. kal 12 tar moddhe na pathaile next video te tomar bhai ke dekhba")
F(C, "en", "If you go to the union parishad or the media we will know. Your son is in our hands. Call only from this number +218 91 734 5520, remember that.",
  [("phone", "+218917345520")])
F(C, "en", "boss said if i complain to embassy he will report me absconding and i will be deported with ban. he keeps hitting the nepali boys with belt, tomorrow maybe me")

# ---- labour_exploitation (bn 2, bn-Latn 3, en 2)
C = "labour_exploitation"
F(C, "bn", "সকাল ছয়টা থেকে রাত বারোটা পর্যন্ত ইট টানি, শুক্রবারেও ছুটি নাই। চাইর মাস হইল একটা দিনারও দেয় নাই।")
F(C, "bn", "আমাগো দুইজনরে আরেক মালিকের কাছে বিক্রি কইরা দিছে, এখন মরুভূমির খামারে উট চরাই। পানি কম, খাবার একবেলা।")
F(C, "bn-Latn", "scaffolding e 40 feet upore kaj kori kono belt chara, gotokal ek mistri pore gese, hospital e nise kina jani na. boss bole kaj thamaiba na")
F(C, "bn-Latn", "beton chaile bole porer mash, porer mash. 7 mash gese. khaoar taka nijer theke, ar ekdin o rest nai, 16-17 ghonta duty")
F(C, "bn-Latn", "Raju re oi arab er kase 1200 dinar e diye dise, ekhon tar barir kaj, gari dhoa, chagol dekha, rat 2 tay ghumay")
F(C, "en", "Working in the garage 18 hours, no off day from 3 months, no salary only food. when I ask they say you are already paid in bangladesh")
F(C, "en", "we work at construction site in sun 50 degree, no water break, supervisor take our food money. 2 bangladeshi died last month from the heat")

# ---- minors (bn 2, bn-Latn 3, en 2)
C = "minors"
F(C, "bn", "ছেলের বয়স ১৫ তো কী হইছে, পাসপোর্টে ১৯ বানাইয়া দিমু, জন্মনিবন্ধন নতুন কইরা করা যায়। পরিষদে এক হাজার টাকা বেশি লাগবো।")
F(C, "bn", "ঢাকার বাসায় বাচ্চা দেখার কাজ, মাইয়ার বয়স ১১-১২ হইলেই চলবো। মাসে ৩ হাজার, টাকা আপনের কাছে আসবো, মাইয়া বাড়ি আসবো ঈদে একবার।")
F(C, "bn-Latn", "meye ta 14 bochor, dubai er ek bhai biye korte chay, oikhane niye jabe. ekdom kono khoroch nai, ulta meye r baba ke 2 lakh dibe")
F(C, "bn-Latn", "amader boat e 3 ta chele ase 13-14 bochor, Shibchar er. dalal passport e oder boyosh 20 likhse")
F(C, "bn-Latn", "sorkar theke kono problem nai, age barai dibo. 16 ke 21 kore dibo, NID o hoye jabe. shudhu form e baba r sign lagbe")
F(C, "en", "Need 3 boys age 14-16 for camel farm, small body is better. Parents get 50k advance. Passport we arrange with new age. mail gulfboys.recruit@gmail.com",
  [("email", "gulfboys.recruit@gmail.com")])
F(C, "en", "my cousin is 16, they changed his birth certificate and sent him to Libya in March. now he is in Zuwara and crying every call")

# ---- sexual_exploitation (bn 2, bn-Latn 3, en 2)
C = "sexual_exploitation"
F(C, "bn", "দুবাইয়ে বিউটি পার্লারে কাজ কইছিল, এখন হোটেলে রাখছে, রাইতে কাস্টমারের কাছে পাঠায়। না গেলে মারে, খাইতে দেয় না। আপা আমারে বাঁচান।")
F(C, "bn", "নতুন মাইয়া আসছে দেশ থেকে, বয়স কম, ছবি পাঠাইলাম। রেট ৪০০ দিরহাম, হোটেল ডেলিভারি। ইমো ০১৪০৯ ৩৩৬ ৮১২",
  [("phone", "+8801409336812")])
F(C, "bn-Latn", "dancer er kaj bolse, club e just nachte hobe. ekhon boss bole guest er sathe room e jete hobe, na gele passport ferot dibe na")
F(C, "bn-Latn", "Deira te flat e 8 ta meye ase bangladeshi, 24 ghonta open. whatsapp koro wa.me/971552841637 pic pathabo",
  [("whatsapp", "+971552841637")])
F(C, "bn-Latn", "o re imo te video call e kapor khulte bolse, na korle amar chobi gramer group e chere dibe bolse. ami ki korbo")
F(C, "en", "New girls from BD 18-20, Al Nahda massage center. Outcall available 🌹 Contact telegram @dxb_rosespa",
  [("telegram", "@dxb_rosespa")])
F(C, "en", "Sister they told me housemaid job in Dubai. Madam's husband brings men to the flat at night and says I must be nice or he will send me to jail. I cant leave, door is locked.")

# ---- payments_and_proceeds (bn 3, bn-Latn 3, en 2)
C = "payments_and_proceeds"
F(C, "bn", "৫ লাখ টাকা তিন ভাগে বিকাশ করবেন এই তিন নম্বরে: ০১৭৮৪৫৩২৯১০, ০১৯১২৬৭৪৮০৩, ০১৮৫৫০৯৩৪৬৬। ক্যাশ আউট হইলেই ছেলেরে ছাইড়া দিমু।",
  [("phone", "+8801784532910"), ("phone", "+8801912674803"), ("phone", "+8801855093466")])
F(C, "bn", "টাকা ব্যাংকে পাঠাইতে হবে না, মাদারীপুর বাজারে হুন্ডির লোক আছে (০১৭২৬৯৯০৪৫১), ওইখানে দিলে বেনগাজিতে দিনার পাইয়া যাইবো। রশিদ চাইবেন না।",
  [("phone", "+8801726990451")])
F(C, "bn", "নগদে ১ লাখ ৮০ হাজার পাঠাইছি, TrxID 7KQ3M9XD2A, স্ক্রিনশট দিলাম। মুক্তিপণের বাকিটা কাল দিমু, এখন ছেলের সাথে একবার কথা বলাইয়া দেন।",
  [("mfs_transaction", "7KQ3M9XD2A")])
F(C, "bn-Latn", "Rocket e diben na, ei bkash agent number e cash in korben 01647 302 918, prottek bar 49 hajar er beshi na, nahole account block kore",
  [("phone", "+8801647302918")])
F(C, "bn-Latn", "mafia 10 lakh chaise mukti r jonno. Raipura bazar er Jamal hundi wala ke dile oi din e tripoli te pouche jay, 1 taka o kom hoile chere dibe na")
F(C, "bn-Latn", f"dalal bolse USDT te dile taratari hoy, ei address e pathao: {TRON1} , binance theke kinte parba. pathaile screenshot",
  [("tron_address", TRON1)])
F(C, "en", f"Send 3500 USD to this wallet today {BTC1} or the boys will be moved to another camp. No bank, no bkash, bkash is watched.",
  [("btc_address", BTC1)])
F(C, "en", "Received 2,50,000 from Rajoir family via 5 bkash numbers (TrxID 9BH2K7TQ4P, CJ81R5WM3X ...). Push to Dubai office through hundi tonight, keep my 10%. Next 4 boys release after full payment.",
  [("mfs_transaction", "9BH2K7TQ4P"), ("mfs_transaction", "CJ81R5WM3X")])

# ================================================================ OK (hard)
# ---- news
V = "news"
N(V, "bn", "মাদারীপুরের রাজৈরে লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে দুই দালালকে গ্রেপ্তার করেছে র‍্যাব। ভুক্তভোগী পরিবারগুলো জানায়, দুবাই হয়ে ইতালি নেওয়ার কথা বলে জনপ্রতি ৫-৭ লাখ টাকা নেওয়া হয়।")
N(V, "bn", "নরসিংদীর বেলাবোতে মানবপাচার মামলার আসামি গ্রেপ্তার। পুলিশ জানিয়েছে, তিনি ইরাকে চাকরির প্রলোভন দেখিয়ে অন্তত ১২ জনের কাছ থেকে টাকা নেন।")
N(V, "bn", "মানবপাচার প্রতিরোধ ও দমন আইন ২০১২-এর মামলায় শিবচরের এক দালালকে যাবজ্জীবন কারাদণ্ড দিয়েছেন মানবপাচার অপরাধ দমন ট্রাইব্যুনাল।")
N(V, "bn-Latn", "khobor dekhlam, Tripoli te 23 jon bangladeshi ke uddhar korse, onekei Madaripur er. IOM oder deshe ferot anbe next week")
N(V, "en", "CID arrests 4 in digital hundi racket; over 300 bKash and Nagad agent accounts used to launder remittances, police say.")
N(V, "en", "Libya: 9 Bangladeshis among 61 migrants found dead after boat capsized off Zuwara, embassy in Tripoli confirms.")
N(V, "en", "Dubai Police bust ring that lured Asian women with fake salon jobs; 14 victims rescued and handed over to their consulates.")

# ---- awareness
V = "awareness"
N(V, "bn", "সতর্কতা: ট্যুরিস্ট ভিসায় দুবাই গিয়ে কাজের ভিসা হয় না। দালালের কথায় লিবিয়া বা ইরাক যাবেন না। প্রতারিত হলে কল করুন প্রবাসবন্ধু কল সেন্টারে।")
N(V, "bn", "বয়স বাড়িয়ে শিশুর পাসপোর্ট করা আইনত অপরাধ। ১৮ বছরের কম কাউকে বিদেশে কাজে পাঠাবেন না। বাল্যবিবাহ ঠেকাতে ১০৯ নম্বরে কল করুন।")
N(V, "bn-Latn", "Kauke nijer passport diben na, agent ke o na. BMET smart card chara bidesh jaben na. bKash e kono dalal ke agrim taka diben na. - BRAC Migration Programme")
N(V, "bn-Latn", "Vai ra, facebook e 'Italy game' er ad dekhle report koren. oi ad e je whatsapp number dey shegula dalal er. ei bochor amader union theke 3 jon atkaise Libya te. - ward 4 member")
N(V, "en", "Never hand your passport to a broker. Your employer has no right to keep it. If someone asks your family for money to 'release' you in Libya, contact the Bangladesh Embassy hotline +218 91 120 3380.",
  [("phone", "+218911203380")])
N(V, "en", "Warning from BFIU: do not send money through hundi or unknown bKash agents for 'visa processing'. Use banks and licensed agencies only.")
N(V, "en", "Asked to work without pay, or your passport has been taken? You are not alone. Message us confidentially at help@ovijatri.org or on Telegram @safe_migration_bd",
  [("email", "help@ovijatri.org"), ("telegram", "@safe_migration_bd")])

# ---- official
V = "official"
N(V, "bn", "সরকার নির্ধারিত অভিবাসন ব্যয়: সৌদি আরব ১,৬৫,০০০ টাকা। এর বেশি কোনো টাকা দেবেন না, রশিদ বুঝে নিন। মেসার্স আল-নূর ওভারসিজ (RL-1423), ফোন ০১৭১১-২৪৮৫৩৯",
  [("phone", "+8801711248539")])
N(V, "bn", "বিএমইটি বিজ্ঞপ্তি: ইরাকগামী কর্মীদের বহির্গমন ছাড়পত্র কেবল অনুমোদিত রিক্রুটিং এজেন্সির মাধ্যমে দেওয়া হবে। ভিজিট ভিসায় কর্মী পাঠানো দণ্ডনীয় অপরাধ।")
N(V, "bn-Latn", "Probashi Kallyan Bank theke migration loan: 1 lakh porjonto, 9% sud, jamanot lagbe na. Madaripur shakha, 01730-098244",
  [("phone", "+8801730098244")])
N(V, "en", "Embassy of Bangladesh, Tripoli: consular camp in Benghazi on 14 Dec for passport renewal. Bring old passport, NID copy and 2 photos. No fee other than govt fee. Contact +218 92 550 1476",
  [("phone", "+218925501476")])
N(V, "en", "Dear applicant, your BMET registration is complete. Passport No. EB4721938, NID 6912843075. Please attend pre-departure orientation at TTC Narsingdi on 18/12/2026.",
  [("bd_passport", "EB4721938"), ("bd_nid", "6912843075")])
N(V, "en", "UAE Embassy Dhaka notice: tourist/visit visa holders are not permitted to work in the UAE. Employment visas are issued only against an approved MOHRE work permit.")

# ---- receipt
V = "receipt"
N(V, "en", "You have received Tk 25,000.00 from 01712408816. Ref Eid. Fee Tk 0.00. Balance Tk 27,340.50. TrxID BJK4P8QZ2M at 07/12/2026 10:14",
  [("phone", "+8801712408816"), ("mfs_transaction", "BJK4P8QZ2M")])
N(V, "en", "Cash In Tk 10,000.00 from 01846271903 successful. Fee Tk 0.00. Balance Tk 12,118.00. TrxID CL29X7RN5W at 03/12/2026 18:42",
  [("phone", "+8801846271903"), ("mfs_transaction", "CL29X7RN5W")])
N(V, "bn", "নগদ: আপনার অ্যাকাউন্টে ৳১৫,০০০ জমা হয়েছে (প্রেরক ০১৯৬২৪৮১৫৭৩)। TxnID: 72HK9D3F। ব্যালেন্স ৳১৫,৪২০।",
  [("phone", "+8801962481573"), ("mfs_transaction", "72HK9D3F")])
N(V, "bn", "বিকাশ: আপনি ০১৭৩৩৫৮২০৯৪ থেকে ৳৮,৫০০ পেয়েছেন। TrxID DF61KLZ9PQ। ব্যালেন্স ৳৯,০১২.৭৫।",
  [("phone", "+8801733582094"), ("mfs_transaction", "DF61KLZ9PQ")])
N(V, "en", "Dear Customer, USD 1,200.00 remittance from AL ANSARI EXCHANGE (Dubai) credited to A/C ***4471 as BDT 1,46,400 incl. 2.5% govt incentive. Sonali Bank")
N(V, "en", "Rocket: Tk 5,000 sent to 01552-319846 successful. TxnId: 4826173950. Fee Tk 0. Bal Tk 1,201.",
  [("phone", "+8801552319846"), ("mfs_transaction", "4826173950")])
N(V, "en", "Payment Tk 1,250.00 to Madaripur Palli Bidyut Samity successful. Bill month 11/2026. TrxID CKM2T6YV8N. Balance Tk 3,114.20",
  [("mfs_transaction", "CKM2T6YV8N")])

# ---- family
V = "family"
N(V, "bn", "বাবা, পাসপোর্টটা আলমারিতে তুইলা রাখছি, ভিসা আসলে ফটোকপি করাইয়া নিমু। এজেন্সির অফিসে কাল একসাথে যামু।")
N(V, "bn", "তোর মামা দুবাই থেকে ফোন দিছিল, কইল ওখানে এখন কাজ কম, ট্যুরিস্ট ভিসায় কাউরে যাইতে মানা করছে। সাইফুলরে একটু বুঝাইস।")
N(V, "bn", "মাইয়ার বিয়ার কথা এখন না, আগে এইচএসসি শেষ করুক। পাত্র দুবাই থাকে তো কী হইছে।")
N(V, "bn-Latn", "Bhaiya taka pathaiso? bkash e ekhono ashe nai. ammu boltese hundi te diyo na, bank e pathaiyo, ekhon incentive o pay")
N(V, "bn-Latn", "Chachar sathe kotha holo, Saudi te ekta company visa ase, BMET registration kore jabe, total 3.8 lakh. Ami bolsi kagoj pati dekhe tarpor")
N(V, "bn-Latn", "Abbu amar phone ta noshto hoye gese, office er ekjoner phone theke dilam. sob thik ase, friday te video call dibo. ei number e call dio 01329 774016",
  [("phone", "+8801329774016")])
N(V, "en", "Ammu don't worry, I reached Kuala Lumpur, company people came to airport. Room is ok, 6 of us. Will call after sim card.")
N(V, "en", "Bro your passport expires March 2027, renew before applying. Online e-passport form, Tk 5,750 regular delivery. Your passport no A09318452 na?",
  [("bd_passport", "A09318452")])

# ---- worker_content
V = "worker_content"
N(V, "bn", "ভাই মালয়েশিয়ায় ফ্যাক্টরিতে আছি, ১২ ঘণ্টা ডিউটি কিন্তু ওভারটাইম সব পাই, মাসে ৪৫ হাজার টাকার মতো বাড়িতে পাঠাই। দালাল ছাড়া সরকারিভাবে আসছিলাম।")
N(V, "bn", "রুমমেট নেপালি, কাজের জায়গা হাঁটা দূরত্বে। মালিক মাসের ১ তারিখেই বেতন দেয়। পাসপোর্ট আমার নিজের লকারে।")
N(V, "bn-Latn", "alhamdulillah 2 bochor holo doha te, company valo, 8 ghonta duty, overtime alada pay. passport nijer kache e thake, chuti te deshe ashbo december e")
N(V, "bn-Latn", "Libya te ami 2018 theke asi, Misrata te tiles er company, legal iqama. sobai kharap bole kintu amar company te kono jhamela nai")
N(V, "en", "Riyadh life update: got my iqama renewed by company free, salary comes on 28th every month to my bank. boss even gave eid bonus 🤲")
N(V, "en", "Just finished 12 hr shift at Jebel Ali, tired but happy. Sent 600 dirham home via bank app. Weekend bbq with the Narsingdi boys 🔥 follow @jebelali_diaries",
  [("instagram", "@jebelali_diaries")])

# ---- joke
V = "joke"
N(V, "bn", "ঈদের বোনাস পুরাটাই মামাতো ভাইয়ের বিয়ার গিফটে গেছে, এইটারেই কয় ঋণের জালে আটকা 😭")
N(V, "bn-Latn", "amar bou amar phone confiscate kore rakhse, bole ghumaite jao 😂 eita o manobadhikar lonhon")
N(V, "bn-Latn", "Boss amake 14 ghonta khatay, beton dey na, ghor theke ber hoite dey na... boss mane amar 3 bochorer meye 😂😂")
N(V, "en", "My mom holding my passport like it's the nuclear codes 😂 'you'll lose it' ma I'm 32")

# ---- chatter
V = "chatter"
N(V, "bn", "বাজারে শুনলাম মিজান দালাল নাকি পলাতক, পুলিশ বাড়িতে আসছিল। কত মানুষের টাকা মারছে আল্লাহ জানে।")
N(V, "bn", "ইউনিয়ন পরিষদে আজ মানবপাচার প্রতিরোধ কমিটির সভা, বিকাল ৩টায়। সব মেম্বারকে উপস্থিত থাকার অনুরোধ।")
N(V, "bn-Latn", "Shafiq bhai er chele ki libya theke ferot ashse? shunlam embassy pathaise. allah bachaise")
N(V, "bn-Latn", "Madaripur theke italy koto jon geche ekhon keu jane? amader para r sobai to bahire 😅")
N(V, "en", "anyone know a good licensed agency for japan technical intern? my cousin in Shibpur wants to go, dont want any dalal")

# ================================================================ OK (easy)
N("chatter", "bn", "আজকে বিকালে বৃষ্টি হইতে পারে, ধানগুলা তুইলা রাখিস।", hard=False)
N("family", "bn-Latn", "kal school e PTA meeting, tumi jaba na ami?", hard=False)
N("family", "en", "Happy birthday Rafi! Have a great year ahead 🎂", hard=False)
N("chatter", "bn", "মসজিদে নতুন ইমাম সাহেব আসছেন, জুম্মার পর পরিচয় করাইয়া দিবো।", hard=False)
N("chatter", "bn-Latn", "Bhai match dekhso? Bangladesh jitse 😍", hard=False)
N("chatter", "en", "Meeting moved to 4pm, please bring the ward list.", hard=False)
N("chatter", "bn", "আলু ৪০ টাকা কেজি, পিয়াজ ৯০। এভাবে চললে সংসার চালানো মুশকিল।", hard=False)
N("family", "bn-Latn", "Nanu r bari jabo Friday, mishti niye asho", hard=False)
N("family", "en", "Can you send me the photos from the wedding? the ones with dadi", hard=False)
N("chatter", "bn", "শীতের কাপড় বিতরণ শনিবার সকাল ১০টায় স্কুল মাঠে।", hard=False)


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
    random.Random(125).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev125-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
