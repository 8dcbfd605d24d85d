#!/usr/bin/env python3
"""Blind dev set dev49: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a seafarers' and fishers' welfare officer: fishing boats out of Malaysia, Thailand, Indonesia and Mauritius, passports held by the captain, wages at the end of contract, fake Korea EPS and Japan trainee offers. Held out from round 7 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Build dev49: blind evaluation set (seafarers/fishers persona). Writes eval/dev/dev49.jsonl."""
import hashlib, json, random, re

OUT = "eval/dev/dev49.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]
BTC1 = b58check(0x00, h20("dev49-btc-1"))
TRON1 = b58check(0x41, h20("dev49-tron-1"))
ETH1 = "0x" + hashlib.sha256(b"dev49-eth-1").hexdigest()[:40]
SUB = {"{BTC1}": BTC1, "{TRON1}": TRON1, "{ETH1}": ETH1}

def P(v): return {"type": "phone", "value": v}
def WA(v): return {"type": "whatsapp", "value": v}
def TG(v): return {"type": "telegram", "value": v}
def IG(v): return {"type": "instagram", "value": v}
def EM(v): return {"type": "email", "value": v}
def TRX(v): return {"type": "mfs_transaction", "value": v}
def PP(v): return {"type": "bd_passport", "value": v}
def NID(v): return {"type": "bd_nid", "value": v}

items = []
def F(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))
def N(voice, script, text, ents=(), hard=True):
    items.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))

# ---------------- FLAG ----------------
C = "recruitment_deception"
F(C, "bn", "ভাই আমারে কইছিল পোর্টে কন্টেইনার লোডিং এর কাম, এইখানে আইনা তুইলা দিছে মাছের ট্রলারে। যেই কাগজে সই দিছিলাম ওইটার লগে কিছুই মিলে না")
F(C, "bn", "কোরিয়া EPS পরীক্ষা ছাড়াই!! ভাষা শিখা লাগবো না, ডাইরেক্ট ভিসা, ৩ মাসে ফ্লাইট। সিট সীমিত। যোগাযোগ ০১৮১৯-৪৪৭২১৩", [P("+8801819447213")])
F(C, "bn", "জাপানে টেকনিক্যাল ইন্টার্ন নিবো। জাপানি ভাষার সার্টিফিকেট আমরাই ম্যানেজ কইরা দিমু, ইন্টারভিউ দেওন লাগবো না। বেতন আড়াই লাখ টাকা মাসে 🇯🇵 মাত্র ৫টা সিট বাকি")
F(C, "bn-Latn", "Thailand e boat e kaj, mash e 60-70 hajar, sudhu jal tana r mach bachai, kono skill lagbe na. passport thakle aj e naam dao visa amra kori. wa.me/8801764220391", [WA("+8801764220391")])
F(C, "bn-Latn", "bhai amare koisil mauritius o hotel kitchen helper, aiya dekhi deep sea longliner o tuilya dise. 11 mash ar kul dekhtam na. contract o ja likha asil ita ar kunu kisu nai")
F(C, "bn-Latn", "Japan trainee visa 100% guarenty, language test lagbe na amader nijer school er certificate dia hobe. japan e factory job 1.8 lakh baton. inbox koren ba t.me/japan_kaj_bd te join koren", [TG("@japan_kaj_bd")])
F(C, "en", "URGENT crew wanted for Indonesian fishing vessel. No experience, no CDC needed - we arrange seaman book ourself. USD 900/month + bonus. Depart within 10 days. Contact Capt. Rafiq +60 11-2345 7781", [P("+601123457781")])
F(C, "en", "they told us cargo ship with proper contract. its a trawler and no contract paper at all, agent said sign this its just for immigration. the company they showed in dhaka doesnt even exist")

C = "fees_and_debt"
F(C, "bn", "জাহাজে তুলার আগে ৩ লাখ ৮০ হাজার দিছি। এখন কয় আরো ১ লাখ না দিলে সিম্যান বুক ফেরত দিবো না, আর পুরা কন্ট্রাক্ট বেতন থেইকা কাইটা রাখবো")
F(C, "bn", "কোরিয়া যাওয়ার খরচ ৬ লাখ। অর্ধেক এখন, বাকিটা গিয়া বেতন থেকে কাটা হবে। গ্যারান্টি হিসাবে জমির দলিল আমাদের অফিসে জমা রাখতে হবে")
F(C, "bn-Latn", "amar baper 2 ta gorur dam r sudher taka mila 4 lakh nise, ekhon boat malik koy ei taka shodh na hoile 2 bosor kaj korte hobe ekta poisa chara")
F(C, "bn-Latn", "ai bodda tui jaibar age 5 lakh diso, ekhon kode ar 1.5 lakh na dile ghore fathaibo na, medical r khana r hisab baki ase koy")
F(C, "bn-Latn", "Vai ami nouka theke bolsi. ora bole amar upor 3800 ringgit dena, khana, jal, diesel sob amar nam e likhe rakhse. 8 mash kaj korlam dena kome na aro bare")
F(C, "en", "Mr Karim your son recruitment cost was 4.5 lakh, company paid in advance. He will work 24 months no salary till cleared. Any early leave family repays double. His passport no. BN0456721 stays with us till then.", [PP("BN0456721")])
F(C, "en", "bro they cutting 70% of my pay every month for 'agency loan'. i never took any loan, i paid 5 lakh cash in dhaka before flight")
F(C, "en", "Japan TITP fast track!! Processing fee 7,50,000 BDT (non refundable), 50% advance now, balance after visa. Loan facility available - repay from salary in Japan. Call 01521-336074", [P("+8801521336074")])

C = "payments_and_proceeds"
F(C, "bn", "কাল সকালের মধ্যে ৫০ হাজার পাঠাবেন এই বিকাশে ০১৯৭৩-৫৫০১২৮ (পার্সোনাল)। ৩ ভাগ কইরা পাঠাইবেন একবারে না, রেফারেন্সে কিছু লেখবেন না", [P("+8801973550128")])
F(C, "bn", "মাথাপিছু ২৫০০ রিঙ্গিত দিয়া অন্য বোটের মালিক তোর ভাই সহ ৬ জনরে নিয়া গেছে। টাকা হুন্ডিতে ঢাকায় সাত্তার ভাইয়ের কাছে আসছে, ভাগ পরশু")
F(C, "bn", "ছাড়ানোর টাকা ২ লাখ। নগদে দিলে ০১৬২৫৮৮৩৪১৭ নাম্বারে, নাইলে USDT TRC20 এ পাঠান {TRON1} । টাকা না আসলে ও বোট থেকে নামবো না", [P("+8801625883417"), {"type": "tron_address", "value": TRON1}])
F(C, "bn-Latn", "bkash e 35 hajar pathaisi TrxID DK4R8PLM2Q. baki ta hundi te dubai theke asbe monday, oder lok phone dibe nam bolbe na. NID 4612078853 er copy o chaise", [TRX("DK4R8PLM2Q"), NID("4612078853")])
F(C, "bn-Latn", "boss 12 jon crew ready, per head 1800 USD, thai captain nibe. payment btc te korle {BTC1} e, cash hoile Pattani jetty te", [{"type": "btc_address", "value": BTC1}])
F(C, "en", "Transfer 3000 USDT (ERC20) to {ETH1} and Rahim will be taken off the vessel with his seaman book. After payment send screenshot on wa.me/66812345670 only", [{"type": "eth_address", "value": ETH1}, WA("+66812345670")])
F(C, "en", "Oct ledger: crew fee Shanto boat 14 men x RM3,000 = RM42,000. Dhaka side 60% thru Nagad split in 4 numbers, rest to Lim cash. dont use company acct")

C = "isolation_and_control"
F(C, "bn", "ফোন নিয়া রাখছে সারেং। সপ্তাহে একবার ৫ মিনিট দেয় তাও সামনে খাড়ায়া থাকে। বাড়িতে কিছু কইলে ফোন একবারে বন্ধ")
F(C, "bn", "আম্মা আমি ভালো আছি এইটাই বলতে কইছে। পাসপোর্ট সিম্যান বুক দুইটাই ক্যাপ্টেনের লকারে। ৭ মাস ধইরা মাটিত পা রাখি নাই, মাছ তুইলা নেয় আরেক জাহাজ সাগরের মাঝেই")
F(C, "bn-Latn", "amader ke port e namte dey na. boat jokhon ghat e bhire tokhon nicher ghor e tala dia rakhe. 2 ta bangali asi ar kew nai kotha bolar")
F(C, "bn-Latn", "amar phone nia gese supervisor, ei num ta ekjon thai bhai er, lukaia dilam. amar kotha keu jeno na jane, callback dio na")
F(C, "bn-Latn", "hetera amago pasport hogol nijer kache rakhche, kooi namte dey na. kode namle police e dhoribo, amago kono kagoj nai hetera koy")
F(C, "en", "we are 4 bangladeshi on this boat 14 month no port. our passports with the agent in port louis. sat phone 1 time in 3 month and officer listen everything. pls dont call this number back")
F(C, "en", "Captain says nobody leaves the boat at Benoa. When the inspector comes you say you are happy and have your documents, then give them back to me after.")

C = "labour_exploitation"
F(C, "bn", "দিনে ২০ ঘণ্টা জাল টানি, ঘুম ৩ ঘণ্টা। খাওয়া ভাত আর বাছাইয়ের পর ফালায় দেওয়া মাছ। ১০ মাসে একদিন ছুটি নাই, টাকা কয় কন্ট্রাক্ট শেষে এক লগে দিবো")
F(C, "bn", "৮ মাস হইলো এক টাকাও হাতে দেয় নাই। জিগাইলে কয় বাড়িতে পাঠাইছে, বাড়িতে জিগাইলাম কিছুই যায় নাই")
F(C, "bn", "হাতো ঘাও অই গেছে, ঔষধ দেয় না, কয় কাম না করলে খানা নাই। রাইত দিন ঠান্ডা পানিত খাড়া থাকি ভাই")
F(C, "bn-Latn", "beton 45000 bolsilo ekhon dey 12000 ar tao 3 mash por por. overtime er kono hisab nai din e 18 ghonta")
F(C, "bn-Latn", "kono din off nai bhai, jor hoileo jal tante uthte hoy. khabar ekbela, khawar pani o lobon lobon")
F(C, "en", "Month 9. Not one payment. They say wages at end of contract but now contract extended 6 more months without asking us. We work 4am to midnight.")
F(C, "en", "Korea factory is not the one in my contract. 14 hrs standing, salary 40% less than the paper, boss keeps our bank cards 'for safety'")
F(C, "en", "8 men sleep in the room over the fish hold, no window. food is rice and fish heads. if catch is small no food that day")

C = "threats_and_coercion"
F(C, "bn", "কাম না করলে পানিত ফালাই দিবো কইছে। গত মাসে একজনরে মাইরা হাত ভাইঙ্গা দিছে। আমি ডরে আছি")
F(C, "bn", "আপনার ছেলে বেশি কথা বলে। থানায় জানাইলে ওর লাশও দেশে আসবে না। চুপচাপ থাকেন আর টাকা রেডি রাখেন")
F(C, "bn-Latn", "captain rod dia mare, kal raite amar pith fatai dise. bole ar complain korle onno boat e bikri kore dibo jekhane aro kharap")
F(C, "bn-Latn", "tor bou r nombor amar kach e ase, tor gram o chini. beshi faltu kotha koile bujhbi")
F(C, "bn-Latn", "agent bolse visa cancel kore dibo, jail e jabi, ar tor baap er jomi jeta bondhok ase ota o nibo")
F(C, "en", "if u go to embassy again we tell police u ran from the boat. illegal = jail 2 years + caning. think about ur family")
F(C, "en", "Boss hit Jamal with the iron hook today bcz he was slow. Said next time overboard. Nobody can say anything")

C = "sexual_exploitation"
F(C, "bn", "মরিশাসে হোটেলে কাজের কথা বইলা আমার বোনরে নিয়া গেছে। এখন ফোনে কান্দে, কয় রাইতে কাস্টমারের ঘরে পাঠায়, না গেলে খাইতে দেয় না")
F(C, "bn", "নতুন ৩টা মাইয়া আসছে বাংলাদেশি, বয়স কম। জেটির বোটওয়ালারা চাইলে রাতে পাঠানো যাবে, রেট আগের মতই")
F(C, "bn-Latn", "spa job bolsilo, ekhane massage er nam e onno kaj koray. passport madam er kase, protidin 8-10 jon customer, taka sob oi rakhe")
F(C, "bn-Latn", "bangali maiya fresh aise, ship crew der jonno hotel e deliver hobe 1 ghonta 150 RM. book korte t.me/portgirls_kl ba insta @maya.spa_kl", [TG("@portgirls_kl"), IG("@maya.spa_kl")])
F(C, "en", "they said cruise ship hostess. its a karaoke near the jetty, we must sit with the boat men and go to rooms with them. madam says 8000 ringgit debt first then we can leave")
F(C, "en", "New Bangladeshi girls just arrived 🌹 young & obedient, for boat owners and crew at Pangkor. Private room. +60 17-889 2034", [P("+60178892034")])
F(C, "en", "My wife went to Dubai as housemaid thru the same agent who sent me on the trawler. Now she says the sponsor locks her in and men come at night")

C = "minors"
F(C, "bn", "পোলার বয়স ১৫, পাসপোর্টে ১৯ বানায় দিছি সমস্যা নাই। বোটে ছোটগুলা বেশি কাজে লাগে, চিকন শরীর জালের ভিতরে ঢুকতে পারে")
F(C, "bn", "আমার ভাতিজা ক্লাস সেভেনে পড়ে, দালালে কইছে থাইল্যান্ডে নৌকায় কাম শিখাইবো মাসে ৩০ হাজার। ৪ মাস ধইরা কোন খোঁজ নাই, যে নাম্বার দিছিল ০১৩১১-৬৭৪৫২০ বন্ধ", [P("+8801311674520")])
F(C, "bn", "১৩-১৪ বছরের ৫টা ছেলে লাগবো, শুটকি পল্লীতে না, বাইরে নিয়া যামু। বাপ মারে ৫০ হাজার কইরা অগ্রিম দিমু, জন্মনিবন্ধন নতুন কইরা বানামু")
F(C, "bn-Latn", "chele ta 16 bosor kintu boro dekhay. seaman book e age 20 likhe dibo kew dhorbe na. boat e 2 bosor contract, +880 1876 203945 e call dao", [P("+8801876203945")])
F(C, "bn-Latn", "amar 14 bochorer pola re nouka theke ferot ano, taka lagle dimu. o kanna kore phone e, koy maare")
F(C, "en", "Need 6 boys under 17 for deck work Indonesia, small body better. Parents get 40k advance. Age in documents we handle.")
F(C, "en", "my brother is 15, they put him on the same trawler as me. he works night shift on the sorting deck and cries every night. the agent wrote 21 on his papers")
F(C, "en", "Japan trainee for school leavers age 15-17, no parents consent needed, we make new birth certificate. dorm + factory 1.5 lakh pm. mail japanjobs.fast@gmail.com", [EM("japanjobs.fast@gmail.com")])

# ---------------- NOT FLAG: hard negatives ----------------
V = "news"
N(V, "bn", "চট্টগ্রামে মাছ ধরার ট্রলারে শ্রমিক পাচারের অভিযোগে দুই দালাল গ্রেপ্তার। র‍্যাব জানায়, তারা প্রলোভন দেখিয়ে ইন্দোনেশিয়ায় ২২ জনকে পাঠিয়েছিল।")
N(V, "bn", "মানব পাচার মামলায় একটি ম্যানিং এজেন্সির মালিককে ১০ বছরের কারাদণ্ড দিয়েছেন ঢাকার মানব পাচার অপরাধ দমন ট্রাইব্যুনাল।")
N(V, "bn-Latn", "news dekhsos? thailand e boat theke 40 jon bangali uddhar, embassy bolse sobai ke deshe ferot pathabe, bhalo khobor")
N(V, "bn-Latn", "Korea EPS er nam e 5 lakh kore niye palano dalal chokro Gazipur e dhora porse, prothom alo te aslo aj")
N(V, "en", "Indonesian police rescued 18 Bangladeshi fishermen from a vessel off Ambon; the captain faces forced labour charges, officials said.")
N(V, "en", "Court in Port Louis fines manning agent for holding crew passports, orders 11 months' unpaid wages paid to nine Bangladeshi fishers.")

V = "awareness"
N(V, "bn", "সতর্কতা: কোরিয়া ইপিএস-এ যেতে শুধু বোয়েসেলের মাধ্যমে আবেদন করুন। ভাষা পরীক্ষা ছাড়া কোরিয়া যাওয়ার কোনো সুযোগ নেই। দালালের প্রলোভনে পড়বেন না।")
N(V, "bn", "জাহাজে কাজে যাওয়ার আগে যাচাই করুন: সিডিসি দেয় নৌপরিবহন অধিদপ্তর, কোনো এজেন্সি না। পাসপোর্ট কখনো দালালের হাতে দিবেন না।")
N(V, "bn-Latn", "Bhaiera, boat er kaj e jaoar age contract Bangla te pore niben, beton koto ar kobe dibe likha ase kina dekhben. 'shesh e eksathe dibo' bolle shabdhan")
N(V, "bn-Latn", "Sylhet er bhaisob, 'no exam Korea' bolle bujhben dalal. EPS e sudhu BOESL diye jay, fee sorkar nirdharito, lakh lakh taka lage na")
N(V, "en", "Fishers' rights reminder: your employer or captain has no right to keep your passport or seaman's book. If they do, note the boat name and contact the helpline when in port.")
N(V, "en", "Japan TITP: no broker can guarantee selection. Technical intern training runs only through approved sending organisations. Do not pay anyone for 'language certificates'.")

V = "official"
N(V, "bn", "বোয়েসেল বিজ্ঞপ্তি: ইপিএস কোরিয়ান ভাষা পরীক্ষা ২০২৭ এর অনলাইন রেজিস্ট্রেশন ১০ জানুয়ারি শুরু। রেজিস্ট্রেশন ফি শুধুমাত্র নির্ধারিত ব্যাংকে জমা দিন, কোনো ব্যক্তির কাছে নয়।")
N(V, "bn", "নিয়োগ বিজ্ঞপ্তি: সিঙ্গাপুরগামী কন্টেইনার জাহাজে অর্ডিনারি সিম্যান। বৈধ সিডিসি ও STCW কোর্স আবশ্যক। মাসিক বেতন ৭০০ মার্কিন ডলার, ৯ মাসের চুক্তি। সরকার নির্ধারিত খরচের বাইরে কোনো অর্থ নেওয়া হয় না।")
N(V, "bn-Latn", "Licensed manning agent (DOS approved). Cadet o AB dorkar. Contract 9 mash, beton protimash sorasori apnar bank account e, allotment porivar ke. interview Agrabad office e, dalal er maddhome asben na")
N(V, "bn-Latn", "BMET notice: Japan TITP er jonno nirbachito prarthider orientation 14 tarikh, sathe original passport o SSC certificate anben, kono fee nai")
N(V, "en", "Bangladesh High Commission, Kuala Lumpur: fishers whose employers hold their passports may contact the Labour Wing. Employers are reminded that keeping workers' passports is an offence.")
N(V, "en", "Vacancy: Able Seaman (bulk carrier). Requirements: valid CDC, STCW basic, 24 months sea time. Wage USD 1,150 + OT under MLC 2006 contract. No fees charged to seafarers. Apply: crewing@meghnamarine.com.bd", [EM("crewing@meghnamarine.com.bd")])

V = "receipt"
N(V, "bn", "আপনি ০১৭১৫৩৩২৯০৮ থেকে ৳১২,০০০.০০ গ্রহণ করেছেন। ফি ৳০.০০। ব্যালেন্স ৳১৫,৪২০.৫০। TrxID CH8L2M4X9P ০৩/১২/২০২৬ ১৮:৪০", [P("+8801715332908"), TRX("CH8L2M4X9P")])
N(V, "en", "You have received Tk 25,000.00 from 01819204417. Fee Tk 0.00. Balance Tk 31,260.00. TrxID BKA7Q3ZP1M at 28/11/2026 10:05", [P("+8801819204417"), TRX("BKA7Q3ZP1M")])
N(V, "en", "Money Received. Amount: Tk 8000.00 Sender: 01633218745 Ref: Abba TxnID: 7HX2K9QL Balance: Tk 9120.50 04/12/2026 20:11", [P("+8801633218745"), TRX("7HX2K9QL")])
N(V, "en", "Cash-In from A/C: ***4417 Tk5,000.00 Fee: Tk0.00 Balance: Tk7,812.00 TxnId: 4120398877 Date: 01-DEC-26 09:14 pm", [TRX("4120398877")])
N(V, "en", "Dear Customer, your A/C ***2290 is credited with BDT 48,350.00 (Inward Remittance MYR 1,750 from MD SHAHIN). Thank you for banking with us.")
N(V, "bn-Latn", "Send Money Tk 3,500.00 to 01988-771203 successful. Ref: bazar. Fee Tk 0.00. Balance Tk 1,204.00. TrxID DF5N7R2KWA", [P("+8801988771203"), TRX("DF5N7R2KWA")])

V = "worker_content"
N(V, "bn", "আলহামদুলিল্লাহ কন্ট্রাক্ট নবায়ন করলাম, নতুন বেতন ১১০০ ডলার। ক্যাপ্টেন ভালো মানুষ, পাসপোর্ট নিজের কাছেই থাকে। ওভারটাইম সহ এই মাসে ভালো পাইছি")
N(V, "bn", "জাপানে টেকনিক্যাল ইন্টার্নের এক বছর পূর্ণ হলো। সপ্তাহে ৫ দিন কাজ, ওভারটাইম করলে আলাদা টাকা। কোম্পানি ভাষার ক্লাস ফ্রি দেয়। সরকারি ভাবে আসছি, সবাই ভালো আছি")
N(V, "bn-Latn", "aj 36 ghonta por port e namlam, catch valo hoise bonus pabo. wifi paisi, ammu ke video call dilam. next trip 12 din er")
N(V, "bn-Latn", "Korea te 3 bosor holo, EPS e aschilam exam dia. factory te overtime kori, mash e 2.6 million won er moto ase. boss bhalo manush")
N(V, "en", "Finished 9 month contract on the tanker. Sign off in Singapore tomorrow, all wages paid, seaman book stamped, flight home Friday. Cant wait to see my daughter!!")
N(V, "en", "Night fishing here in Mauritius is hard work but the company is fair. Salary comes to my bank every month and we get 2 days in port after each trip.")

V = "joke"
N(V, "bn", "বউ আমার পাসপোর্ট লুকাই রাখছে যাতে আর বিদেশ না যাই 😂 এইটা কি মানব পাচারের উল্টা?")
N(V, "bn", "জাহাজে ৬ মাস থাইকা এখন মাটিতে হাটলেও দুলি 🤣 বাড়ির লোক ভাবে আমি নেশা করছি")
N(V, "bn-Latn", "amar boss bole overtime kor, ami boli overtime ar ki, ami to lifetime e boat e 😂😂")
N(V, "bn-Latn", "tor bhai to dalal er o dalal, bazar korte dile 50 taka commission rakhe 🤣")
N(V, "en", "My mother in law is the real trafficker. Took my salary, my passport 'to keep safe' and my wife 😂")
N(V, "en", "Captain said fishermen never lie. Then showed me his catch photo from 2019 😂")

V = "chatter"
N(V, "bn", "দালাল ভাইয়ের দোকানে জমির খারিজের কাগজ করতে গেছিলাম, আজ হয় নাই, কাল আবার যাইতে হবে")
N(V, "bn", "ভাই সিডিসি রিনিউ করতে কত দিন লাগে? শিপিং অফিসে গেলে কি আজকেই হবে?")
N(V, "bn-Latn", "travel agent bhai ke bolsi ticket er date change korte, 15 tarikh er por dibe bolse")
N(V, "bn-Latn", "ajke bazar e mach er dam abar barse, ilish 1800 kg, amar beton e r kulabe na")
N(V, "en", "anyone know a good driving school in Agrabad? need license before my Korea EPS exam prep starts")
N(V, "en", "group pls share the BOESL EPS exam syllabus pdf, mine got deleted")

V = "family"
N(V, "bn", "আব্বা পাসপোর্ট অফিসে ফিঙ্গার দিতে কাল যাইতে হবে, তোমার এনআইডি কার্ডটা বের কইরা রাইখো")
N(V, "bn", "মুন্নির বয়স ১৪ হইলো, এইবার ক্লাস নাইনে উঠবো। ওর জন্য সাইকেল কিনুম ভাবছি, তুমি ঈদের আগে কিছু টাকা পাঠাইতে পারবা?")
N(V, "bn-Latn", "apa bhaiya bolse next month e taka pathabe, jahaj port e na thamle pathate parbe na. chinta koiro na")
N(V, "bn-Latn", "bou, 20 hajar bkash korlam 01712-448190 e, amma r osudh ar rafi r school fee dio", [P("+8801712448190")])
N(V, "en", "Ammu passport is with me dont worry. The company only took a copy for the visa. Will call friday after shift")
N(V, "en", "Proposal came from Noakhali, boy works on a ship out of Singapore, family decent. Abba wants to meet them after Eid. Apu is 22 and she agrees.")

# ---------------- easy negatives ----------------
for s, t in [("bn", "ভাত খাইছো?"), ("bn", "আজকে বৃষ্টি অনেক, ছাতা নিয়া যাইও"),
             ("bn", "খেলা দেখছস কাল? বাংলাদেশ জিতছে"), ("bn", "আম্মার শরীর এখন কেমন?"),
             ("bn-Latn", "kal kothay dekha korbi?"), ("bn-Latn", "bhai net slow, pore call dei"),
             ("bn-Latn", "ajke biryani ranna hoise 😋 chole ay"), ("bn-Latn", "oi tor charger ta kothay rakhsos"),
             ("en", "happy birthday bro 🎂"), ("en", "ok see u at 5"),
             ("en", "pls send the chemistry notes"), ("en", "Eid Mubarak to all!")]:
    N("chatter", s, t, hard=False)

# ---------------- finish ----------------
BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def digits(s): return re.sub(r"\D", "", s.translate(BN_DIG))

def check(rows):
    assert len(rows) == 120, len(rows)
    for r in rows:
        t = r["text"]
        assert "{" not in t, t
        for e in r["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                d = digits(v)
                ok = d in digits(t) or (d.startswith("880") and d[2:] in digits(t))
            elif e["type"] == "bd_nid":
                ok = v in digits(t)
            elif e["type"] == "eth_address":
                ok = v in t.lower()
            elif e["type"] in ("telegram", "instagram"):
                ok = v in t or v.lstrip("@") in t
            else:
                ok = v in t
            assert ok, (r["id"], e)
        # heuristic: digit runs long enough to be a phone must be annotated
        for m in re.finditer(r"\+?[\d০-৯][\d০-৯ \-]{8,}[\d০-৯]", t):
            d = digits(m.group())
            if len(d) >= 10:
                cov = any(d[-9:] in digits(e["value"]) or digits(e["value"])[-9:] in d
                          for e in r["entities"])
                assert cov or "TxnId" in t, (r["id"], m.group())
        for m in re.finditer(r"@[\w.]+", t):
            assert any(m.group() in e["value"] for e in r["entities"]), (r["id"], m.group())
    assert sum(r["label"] == "flag" for r in rows) == 60
    assert sum(r["label"] == "ok" and r["hard"] for r in rows) >= 45

# flag items said indirectly (no obvious trafficking keywords): honest "hard" marking
HARD_FLAG = ["bhai amare koisil mauritius", "they told us cargo ship", "ai bodda tui jaibar",
             "মাথাপিছু ২৫০০ রিঙ্গিত", "Oct ledger", "amar phone nia gese", "Captain says nobody leaves",
             "৮ মাস হইলো এক টাকাও", "হাতো ঘাও", "tor bou r nombor", "আপনার ছেলে বেশি কথা",
             "My wife went to Dubai", "amar 14 bochorer", "আমার ভাতিজা ক্লাস"]
for it in items:
    if it["label"] == "flag" and any(it["text"].startswith(h) for h in HARD_FLAG):
        it["hard"] = True
assert sum(it["hard"] for it in items if it["label"] == "flag") == len(HARD_FLAG)

rnd = random.Random(49)
for it in items:
    for k, v in SUB.items():
        it["text"] = it["text"].replace(k, v)
rnd.shuffle(items)
rows = []
for i, it in enumerate(items, 1):
    rows.append({"id": f"dev49-{i:04d}", "text": it["text"], "label": it["label"],
                 "category": it["category"], "script": it["script"], "voice": it["voice"],
                 "hard": it["hard"], "entities": it["entities"]})
check(rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", OUT, len(rows))
