"""Blind evaluation set dev154 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi woman sewing-machine operator in a Jordan QIZ garment factory (Irbid, Al-Hassan), informal leader of her dormitory floor; chats of floor women, supervisors, the agent office, factory notices and her family IMO group in Narsingdi.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev154.jsonl"
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


BTC1 = btc("dev154-btc-1")
TRON1 = tron("dev154-tron-1")
ETH1 = eth("dev154-eth-1")

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
RD, BN, BL, EN = "recruitment_deception", "bn", "bn-Latn", "en"
FD, IC, LE, TC = "fees_and_debt", "isolation_and_control", "labour_exploitation", "threats_and_coercion"
SX, MI, PP = "sexual_exploitation", "minors", "payments_and_proceeds"

# --- recruitment_deception (8: bn3 bl3 en2)
F(RD, BN, "আপা দালাল কইছিল মাসে ৩৫০ ডলার বেতন, ওভারটাইম আলাদা। এইখানে আইসা দেখি বেসিক ১২৫ দিনার, তাও খাওয়ার টাকা কাইটা রাখে। ঢাকায় যে কাগজে সই দিছিলাম তার একটা কথাও মিলে না")
F(RD, BN, "নরসিংদীর রহিম ভাই কইছিল আম্মানের বড় কোম্পানিতে প্যাকিংয়ের কাজ, চেয়ারে বইসা। আনছে ইরবিদের এই ফ্যাক্টরিতে, সারাদিন মেশিন চালাই। এখন ফোন দিলে কয় কোম্পানি বদলাইছে আমার কিছু করার নাই। ওর নাম্বার ০১৭৯৮৪৫২৬১৩ এখন বন্ধ", [("phone", "+8801798452613")])
F(RD, BN, "জর্ডানে গার্মেন্টসে মহিলা লাগবে ৪০ জন!! বেতন ৪৫ হাজার টাকা, থাকা খাওয়া ফ্রি, এসি রুম। অভিজ্ঞতা লাগবে না, বিএমইটি কার্ড আমরাই কইরা দিমু, ট্রেনিংয়ে যাওয়া লাগব না। শুধু পাসপোর্ট নিয়া অফিসে আসেন। ০১৭১৫৩৮২৯৪৬", [("phone", "+8801715382946")])
F(RD, BL, "Apa amader line er notun meyeder contract ta dekhlam, Dhaka te ekta sign korse bangla te, ekhane ashar por arekta arabi te sign koraise. Keu kisu bujhe nai, supervisor bolse sign na korle kaj nai, dorm o nai")
F(RD, BL, "Bhai apni bolsilen QIZ er factory te dorm e 4 jon thakbo, AC room. Ekhane 1 room e 12 jon, fan o chole na. Ar bolsilen 2 bochor por ticket company dibe, ekhon bolen ticket nijer taka. Eta ki kotha holo")
F(RD, BL, "Jordan garments e mohila operator nieog. Salary 40-50 hajar, free khawa free thaka, 3 masher moddhe flight. Kono experience lagbe na, BMET training amra manage kori, apnar jawa lagbe na. Imo/whatsapp 01824-617395", [("phone", "+8801824617395")])
F(RD, EN, "They told us in Dhaka we will work at Al-Hassan for a big brand factory. We landed and a bus took us to a small subcontract unit in Sahab, no brand name, no union, salary 110 JD not 150 like the paper said.")
F(RD, EN, "URGENT!! Jordan knit garments need 60 female sewing operators. Salary USD 400 + OT, free food & AC dormitory, visa 100% guaranteed in 20 days. No BMET hassle, no training, direct flight. Contact Mr. Kamal wa.me/8801913274658", [("whatsapp", "+8801913274658")])

# --- fees_and_debt (8: bn3 bl2 en3)
F(FD, BN, "আম্মা, দালালরে যে ২ লাখ ১০ হাজার দিছি ওইটার সুদ এখনো মাসে ৮ হাজার যাইতাছে। এই বেতনে দুই বছরেও শোধ হইব না, সমিতির কিস্তি তো আছেই। ফিরা গেলেও ঋণ, থাকলেও ঋণ")
F(FD, BN, "সুপারভাইজার ভাই গত মাসে ৫০ দিনার অ্যাডভান্স দিছিল, এখন কইতাছে ১০০ ফেরত দিতে হইব। ৩ মাস ধইরা বেতন থেকে কাটতাছে, তাও শেষ হয় না। হিসাব চাইলে কয় বেশি বুঝো")
F(FD, BN, "আপনার মেয়েরে জর্ডান থেকে ফেরত আনতে চাইলে কন্টাক্ট ভাঙার জরিমানা ১৫০০ দিনার, টিকেট আলাদা। টাকা না দিলে ওরে ওইখানেই কাজ কইরা শোধ করতে হইব। অফিসে আসেন নইলে ফোন দেন ০১৯৫৫৩৮১৭২৪", [("phone", "+8801955381724")])
F(FD, BL, "Apa agent office theke call dise, bole residence permit renew er jonno 300 dinar lagbe, factory naki dibe na. Amra to shunsi eta company dey. Taka na dile iqama hobe na bolse. Office er number 01711-458203", [("phone", "+8801711458203")])
F(FD, BL, "Amar prothom 4 mash er salary pura ta agent er lok niye gese, bole ticket ar medical er khoroch. Ekhon abar protimash 40 dinar kore katbe December porjonto. Dhaka te to 1 lakh 80 dilam, oita kiser taka tahole")
F(FD, EN, "Sister the agent took 2.5 lakh from my husband in Narsingdi, the govt fee written on the BMET paper was much less. Now he says another 60,000 taka for transfer to the new factory, otherwise I stay where I am. His number 01778-305962", [("phone", "+8801778305962")])
F(FD, EN, "Every month they cut 35 JD as 'recruitment cost' from the payslip. Nobody told us this in Bangladesh. Mr. Hasan says any girl who wants to leave must pay the balance first, around 400 JD.")
F(FD, EN, "You want passport for going home? First clear the 600 dinar you owe company, advance plus flight plus permit. No money, no passport, simple. Don't cry to me.")

# --- isolation_and_control (7: bn2 bl2 en3)
F(IC, BN, "আমাদের সবার পাসপোর্ট ফ্যাক্টরির অফিসে। চাইলে কয় হারাইয়া ফেলবা, আমরা রাখি, বাড়ি যাওয়ার সময় দিমু। এক বছর হইল নিজের পাসপোর্ট চোখে দেখি নাই, খাতায় খালি নাম্বারটা লেখা A08273645", [("bd_passport", "A08273645")])
F(IC, BN, "ডরমের গেটে রাত ৮টায় বাইর থেকে তালা দেয়, শুক্রবারেও বাইরে যাইতে দেয় না। বাজারে গেলে গার্ড সাথে যায়। ফোনে বেশি কথা কইলে সুপারভাইজার মোবাইল নিয়া নেয়")
F(IC, BL, "Amar room er Shathi er phone ta 2 shoptah dhore supervisor er kache. Bari te kotha bolte dey na, bole tumi video te dorm er kotha bolso. Or ma amake call dise kanna kore, ami ki bolbo")
F(IC, BL, "Apa line leader bolse embassy ba NGO te keu complain korle sobar OT bondho. Baire kauke kisu bolbi na, journalist ba audit er lok ashle chup thakbi, shekhano kotha bolbi")
F(IC, EN, "They moved 6 of us to the new building, no wifi and no SIM allowed, only supervisor phone. I am using Rina's phone +962 78 624 1093 now, please don't call back on this number, she will get in trouble.", [("phone", "+962786241093")])
F(IC, EN, "Curfew 7pm and gate locked from outside. Last night the fire alarm rang and we couldn't get out, the guard had the key in the office. Nobody is allowed to sleep outside the dorm, not even on Eid.")
F(IC, EN, "NOTICE TO ALL WORKERS: Passports of all workers will be kept by HR for safety. Workers are not allowed to leave the dormitory after 8 PM without written permission of the supervisor. Workers who talk to outside visitors about company matters will be punished.")

# --- labour_exploitation (8: bn2 bl3 en3)
F(LE, BN, "আজকেও সকাল ৭টা থেকে রাত ১১টা। টার্গেট না হইলে লাইনের সবাইরে বসাইয়া রাখে। ৩ সপ্তাহ একটা ছুটি পাই নাই, আর ওভারটাইমের ঘণ্টা কাগজে লেখে অর্ধেক")
F(LE, BN, "চার মাস বেতন দেয় নাই। কয় বায়ার টাকা দেয় নাই, আসলে দিব। খাবার এক বেলা ভাত আর ডাল, বাকিটা নিজের টাকায়। দেশে এক টাকাও পাঠাইতে পারি না, আম্মা ভাবে আমি খরচ করি")
F(LE, BL, "Apa ajke Nasrin line e matha ghure pore gese, 2 din dhore raat 2ta porjonto shipment er kaj. Tao supervisor bole kal 7 tay line e na thakle absent dhore 3 diner beton kete dibo")
F(LE, BL, "OT er taka 3 mash baki. Payslip e OT likhe 40 ghonta, amra kori 100 er upore. Question korle bole don't like, go back Bangladesh")
F(LE, BL, "Room e 14 jon, toilet 1 ta, pani ashe din e 2 ghonta. Khabar e poka pawa jay. Kintu canteen er naam e protimash 25 dinar kete ney, na khaileo")
F(LE, EN, "Salary for August and September still not paid, they say it is 'kept in account for you'. Friday also working now. Production manager says anyone who refuses the Friday shift loses her bed in the dorm.")
F(LE, EN, "Target is 1200 pcs per hour for our line, impossible. If not done, no toilet break and no lunch until it's done. Sumi had 102 fever and still had to sit on the machine till 10 at night.")
F(LE, EN, "Needle went through my finger, the factory clinic gave panadol only. They cut 5 days salary for sick days and said if I go to hospital by myself they won't pay anything.")

# --- threats_and_coercion (8: bn3 bl3 en2)
F(TC, BN, "সুপারভাইজার কইছে যে মাইয়া বেশি কথা কইব ওরে পুলিশে দিয়া দেশে পাঠাই দিব, কাগজে লেইখা দিব পলাইছে। তখন আর জীবনে বিদেশ আসতে পারবি না")
F(TC, BN, "আপা, আজকে লাইনে রোজিনারে মারছে, চুলের মুঠি ধইরা। প্রোডাকশন ম্যানেজার কয় কেউ কমপ্লেইন করলে সবার বেতন আটকায় দিব। সবাই চুপ")
F(TC, BN, "আপনার মেয়ে ফ্যাক্টরি থেকে বাইর হইলে অবৈধ হইয়া যাইব, জর্ডানের জেলে পচব। আর আপনাদের জমির দলিল তো আমার কাছে, এইটা মনে রাইখেন")
F(TC, BL, "Line chief bolse jara strike e jabe tader permit cancel, sojasuji airport e tule dibe, 1 taka o pabe na. Amader 3 jon ke already office e dhuke dhomok dise")
F(TC, BL, "Agent er lok bari te giye amar shoshur ke bolse meye jodi factory chere onno jaygay jay taile tader name case korbe, thanay nibe. Number dise 01553-984620, bole ei number e call kore maf chaite", [("phone", "+8801553984620")])
F(TC, BL, "Manager amader shamne bolse keu embassy te gele tar passport 'hariye' jabe, ar kono din pabe na. Deshe o jete parbe na, ekhane o thakte parbe na")
F(TC, EN, "If you go to the labour ministry or the union they will report you absconded and you'll be detained in Juweideh. That's what HR told Parvin today in front of everyone.")
F(TC, EN, "He threw the bundle at my face and said next time he will break my hand. Everyone saw, nobody said anything because they are afraid to be sent back.")

# --- sexual_exploitation (7: bn3 bl2 en2)
F(SX, BN, "মিমরে রাতের বেলা সুপারভাইজার তার অফিসে ডাকে। না গেলে কয় কন্ট্রাক্ট রিনিউ হইব না। মাইয়াটা খালি কান্দে, কাউরে কইতে পারে না")
F(SX, BN, "আপা একটা কথা কই, কাউরে কইয়েন না। ওভারটাইমের নাম কইরা আমারে আম্মানের একটা বাসায় নিয়া গেছিল, ঐখানে আরো ৩টা মেয়ে ছিল। লোকেরা টাকা দিছে, আমার হাতে কিছু দেয় নাই")
F(SX, BN, "ফ্যাক্টরি ছাইড়া যেই মেয়েরা পালাইছিল ওদেরে এক বাঙালি দালাল আকাবার হোটেলে কাজ দিব কইয়া নিয়া গেছে। এখন শুনি ওরা বাইর হইতে পারে না, রাতে ঘরে কাস্টমার আনে। ওই দালালের নাম্বার +৯৬২ ৭৯ ৪০৭ ৬৬১৮", [("phone", "+962794076618")])
F(SX, BL, "Apa oi Shakil bhai bolse weekend e Amman e 'party' te gele 1 raat e 50 dinar, kono kaj na, shudhu boshe thakbe. Rupa gesilo, fire eshe kisu bole na, shudhu kande. Shakil er whatsapp +962 79 118 4520", [("phone", "+962791184520")])
F(SX, BL, "Supervisor amake bolse tar flat e ekdin gele 2 mash valo OT dibe, ar na gele night shift e pathabe ar transfer er list e naam. Ki korbo apa, bujhtesi na")
F(SX, EN, "New girls from Bangladesh available for private parties, young, no family here. Only 60 JD per night, driver will bring and take back to dorm before curfew. Telegram @amman_nights_vip", [("telegram", "@amman_nights_vip")])
F(SX, EN, "Khaled from cutting section touches the girls when he passes, and he told Lucky if she talks he will put her name for transfer to the bad factory. He says Bangla girls can't go anywhere anyway.")

# --- minors (7: bn2 bl3 en2)
F(MI, BN, "আমাদের রুমের তানিয়ার বয়স আসলে ১৫, পাসপোর্টে ২১ লেখা। দালাল জন্মসনদ আর এনআইডি বানাইয়া দিছে, এনআইডি নাম্বার ১৯৯৮৬৮১৪৫৭৩০২৮৮৬১। মাইয়াটা রাতে মায়েরে খুঁজে, আর দিনে ১২ ঘণ্টা মেশিন চালায়", [("bd_nid", "19986814573028861")])
F(MI, BN, "আপনার মেয়ের বয়স ১৬ তো কোনো সমস্যা নাই, ইউনিয়ন পরিষদ থেকে নতুন জন্মনিবন্ধন করাইয়া দিমু, পাসপোর্টে ২০ দেখাইব। খরচ ২০ হাজার বেশি লাগব। কথা কইতে ফোন দিয়েন ০১৬৮৪৭২৯৩০৫", [("phone", "+8801684729305")])
F(MI, BL, "Line e notun 3 ta meye ashse, dekhte ekdom bachcha, ekta to bole class 8 e portesilo. Supervisor shikhai dise keu boyos jigges korle bolbi 19")
F(MI, BL, "Bhai amar bhatiji r boyos 14, Jordan e garments e nite parben? -- Parbo, passport e boyos 20 kore dibo, BMET e keu dhorbe na. 1.5 lakh ready rakhen, kauke bolben na")
F(MI, BL, "Apa audit team ashle choto meyeder store room e lukai rakhe. Ajke Ruma ar Keya ke 4 ghonta bondho kore rakhse, pani o dey nai")
F(MI, EN, "The girl in bed 23 is a child, maybe 14 or 15. She cries at night for her mother. Her passport no. BX4817263 says born 1998 but she doesn't even know the birthday they wrote for her.", [("bd_passport", "BX4817263")])
F(MI, EN, "We can send girls from 15 years also, documents will show 22. Factory doesn't check, we have our man there. Fee same 1.8 lakh, half advance. Call +8801746029381", [("phone", "+8801746029381")])

# --- payments_and_proceeds (7: bn2 bl2 en3)
F(PP, BN, "দালালের কথামতো বাকি ৬০ হাজার টাকা বিকাশে পাঠাইছি ০১৮৭৩৫২৯১৬৪ নাম্বারে, TrxID 9KD4HX2MQL। পারসোনাল নাম্বার, কোনো রশিদ দেয় নাই। এখন কয় আরো ১০ হাজার দিলে ফ্লাইট কনফার্ম", [("phone", "+8801873529164"), ("mfs_transaction", "9KD4HX2MQL")])
F(PP, BN, "আমাদের বেতন ফ্যাক্টরি হাতে দেয় না, দেয় এজেন্টের লোক জাকির ভাইয়ের হাতে। উনি দেশে হুন্ডিতে পাঠায়, প্রতি ১০০ দিনারে ১৫ দিনার নিজে রাখে। বাড়িতে টাকা আসে ওনার বিকাশ ০১৮১২৬৫৪৩৭৯ থেকে", [("phone", "+8801812654379")])
F(PP, BL, "Agent office theke msg: tomar baki 300 dinar Zarqa te amader loker kache cash dibe. Na parle bari theke Nagad korte bolo 01632-748105 e, TxnID ta pathaba, noile passport ferot hobe na", [("phone", "+8801632748105")])
F(PP, BL, "Salary card ta supervisor er kache thake, PIN o. Protimash ATM theke tule nije 40 dinar rekhe baki ta amader hate dey. Kar kache bolbo apa")
F(PP, EN, f"Release fee must be paid in USDT TRC20 only, to this address {TRON1}. After confirmation we will hand the passport to your sister at Irbid office. No bKash, no bank.", [("tron_address", TRON1)])
F(PP, EN, f"For Jordan visa processing send 1,500 USD equivalent to BTC wallet {BTC1} or ETH {ETH1}. Send screenshot to kamal.overseas.bd@gmail.com. Cash not accepted, no receipt given.", [("btc_address", BTC1), ("eth_address", ETH1), ("email", "kamal.overseas.bd@gmail.com")])
F(PP, EN, "Each girl on our floor pays 20 JD every month to Jamal 'for protection' and to keep the agent quiet. He collects on payday at the gate, cash only, and sends it home by hundi through his cousin's shop in Narsingdi.")

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)
# --- news
N("news", BN, "জর্ডানে চাকরির কথা বলে ৪০ নারীর কাছ থেকে টাকা নেওয়ার অভিযোগে নরসিংদীতে এক দালাল গ্রেপ্তার: র‍্যাব-১১")
N("news", BN, "জর্ডানের আল-হাসান শিল্পাঞ্চলের একটি কারখানায় আগুন, বাংলাদেশি শ্রমিকদের কেউ হতাহত হননি বলে জানিয়েছে আম্মান দূতাবাস")
N("news", BL, "Khobor dekhlam Amman er embassy 120 jon garments worker er passport factory theke ferot niye diyeche, labour ministry inspection er por. Bhalo khobor")
N("news", BL, "RAB 11 er ovijane Narsingdi te fake BMET card banano chokro dhora porse, 3 jon arrest. Amader gramer Kashem o naki ache")
N("news", EN, "Jordan's Ministry of Labour closed a garment subcontractor in Sahab after inspectors found workers' passports locked in the HR office, local media reported.")
N("news", EN, "Dhaka court jails sub-agent for 7 years for sending 12 women to Jordan with forged birth certificates showing them as adults.")
N("news", EN, "Better Work Jordan: complaints about delayed wages in Al-Hassan factories fell this year, and more dormitories now meet the 4-per-room standard.")

# --- awareness
N("awareness", BN, "বিদেশে যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো মালিক বা দালালের কাছে জমা রাখবেন না। বেতন না পেলে বা জোর করে কাজ করালে প্রবাসবন্ধু কল সেন্টারে ফোন করুন")
N("awareness", BN, "মেয়েকে বিদেশ পাঠানোর আগে বয়স ঠিক আছে কিনা দেখুন। ১৮ বছরের কম বয়সী কাউকে পাসপোর্টে বয়স বাড়িয়ে পাঠানো অপরাধ, দালালের কথায় জন্মনিবন্ধন বদলাবেন না")
N("awareness", BL, "Bon ra, kono supervisor advance dile likhito rakhben. Beton theke kata taka payslip e dekhte na paile amader helpline e janan. OT mane voluntary, jor kore korano jabe na")
N("awareness", BL, "Probashi bon ra, keu jodi bole 'free visa', 'no training', 'boyos kom hole somossa nai' -- bujhben dalal. Sorkari BOESL diye Jordan garments e jete kono taka lage na")
N("awareness", BL, "Union er meeting shukrobar 4 tay dorm er lobby te. Topic: curfew, overtime ar rest day nie amader odhikar. Sobai ashben, cha biscuit thakbe")
N("awareness", EN, "Reminder from the Workers' Centre: your employer must not hold your passport. If it is kept, you can ask for it back any time. Free legal help every Friday at the Irbid centre, call +962 79 531 4872", [("phone", "+962795314872")])
N("awareness", EN, "Never pay anyone for a 'free visa' or a job abroad over bKash to a personal number. Licensed agencies give a receipt. Check the agency licence at www.bmet.gov.bd before paying.", [("url", "www.bmet.gov.bd")])
N("awareness", EN, "Join our channel @jordan_bd_workers_help for checked info about work permits, residence renewal and embassy services. We never ask for money and never ask for your passport.", [("telegram", "@jordan_bd_workers_help")])

# --- official
N("official", BN, "বোয়েসেল বিজ্ঞপ্তি: জর্ডানের গার্মেন্টস কারখানায় মহিলা সুইং অপারেটর নিয়োগ। মাসিক বেতন জর্ডানের সরকার নির্ধারিত ন্যূনতম মজুরি, ওভারটাইম আলাদা। বিমান টিকেট, ভিসা ও থাকা-খাওয়ার খরচ নিয়োগকর্তা বহন করবে, কর্মীর কাছ থেকে কোনো টাকা নেওয়া হবে না। যোগাযোগ ০২-৪১০৩০৫৬৭", [("phone", "+880241030567")])
N("official", BN, "নোটিশ: আগামী শুক্রবার ডরমিটরির পানির ট্যাংক পরিষ্কার করা হবে, সকাল ৯টা থেকে ১২টা পর্যন্ত পানি থাকবে না। সবাই আগে থেকে পানি ধরে রাখবেন")
N("official", BN, "কর্মীদের জানানো যাচ্ছে, যারা চুক্তি শেষে অন্য কারখানায় বদলি হতে চান তারা শ্রম মন্ত্রণালয়ের অনুমতি সাপেক্ষে এইচআর অফিসে আবেদন করবেন। এর জন্য কোনো ফি লাগবে না")
N("official", BL, "Factory HR notice (Bangla onubad): agami mash theke salary bank card e jabe. Card ar PIN nijer kache rakhben, kauke diben na, supervisor keo na. Somossa hole HR e ashun")
N("official", EN, "NOTICE: Dormitory gate timings during Ramadan: 6 AM to 11 PM. Workers returning late please sign the register at security. Passports stay with the workers; HR keeps copies only.")
N("official", EN, "NOTICE: Overtime on Friday 15 Nov is voluntary. Give names to your line supervisor by Wednesday. OT is paid at 150% as per Jordanian Labour Law and shown on the payslip.")
N("official", EN, "Embassy of Bangladesh, Amman: e-passport renewal camp at Al-Hassan Industrial Estate on 22 Nov. Bring old passport, work permit copy and NID. Pay the government fee only at the bank booth. Queries: labour.amman@mofa.gov.bd", [("email", "labour.amman@mofa.gov.bd")])

# --- receipt
N("receipt", BN, "আপনার বিকাশ অ্যাকাউন্টে ১৫,০০০ টাকা রেমিট্যান্স এসেছে (প্রেরক দেশ: জর্ডান)। TrxID BKJ7Q2W9XE। বর্তমান ব্যালেন্স ১৬,২৪০.৫০ টাকা।", [("mfs_transaction", "BKJ7Q2W9XE")])
N("receipt", BN, "আব্বা, নগদে ৮ হাজার পাঠাইছি, লেনদেন নম্বর 6TRW2P9M। ৩ হাজার তোমার ওষুধের, বাকিটা সমিতির কিস্তি দিয়া দিও", [("mfs_transaction", "6TRW2P9M")])
N("receipt", BL, "Amma 120 dinar pathaisi bKash e, TrxID 8HGT5KL2PV. Baba ke bolo shonibar cash out korte, agent er dokane bhir kom thake shokale", [("mfs_transaction", "8HGT5KL2PV")])
N("receipt", EN, "Cash Out Tk 5,000.00 successful. Fee Tk 57.50. TxnID 71HF3KQZ. Balance Tk 1,240.00. 12/11/2026 19:42", [("mfs_transaction", "71HF3KQZ")])
N("receipt", EN, "You have received Tk 20,500.00 from 01913847265 via bKash Remittance. Ref: Jordan salary. TrxID CA92LMX7TE. Balance Tk 21,310.00", [("phone", "+8801913847265"), ("mfs_transaction", "CA92LMX7TE")])
N("receipt", EN, "Alawneh Exchange, Irbid. Transfer 150.000 JOD to BANGLADESH. Receiver: ASMA BEGUM, Narsingdi. Payout via bank. Ref 4829173650. Sender mobile +962 79 660 3157. Thank you.", [("phone", "+962796603157")])

# --- family
N("family", BN, "আপা, আব্বা কইছে রুমার বিয়া মাঘ মাসে। তুমি ছুটি পাইবা? টিকেটের টাকা আমরা দিতে পারমু না, তুমি দেইখো কেমনে কী")
N("family", BN, "ভাবি, তোমার পাসপোর্টের মেয়াদ নাকি শেষ হইতাছে? দূতাবাসে কবে নবায়ন করবা? আমার টাও দেখলাম ২০২৭ পর্যন্ত আছে")
N("family", BN, "মামী কইছে ছেলে দুবাই থাকে, তোমার লগে বিয়ার কথা। ছবি পাঠাইছি ইমুতে, দেইখা জানাইও। জোর নাই কোনো, তোমার মত হইলে কথা আগাইব")
N("family", BL, "Apa Rafi er school er beton 2 mash baki, tumi ki ei mash e ektu beshi pathate parba? Tomar dulabhai er kaj nai ekhon")
N("family", BL, "Khala, Nasima o Jordan jete chay, tomar factory te. Kon agent bhalo? -- Na re, dalal dhorbi na. BOESL e apply korte bol, taka lage na. www.boesl.gov.bd dekh", [("url", "www.boesl.gov.bd")])
N("family", BL, "Ammu amar NID er chobi ta IMO te pathao, embassy te renew er form e lagbe. Number ta 4619283570 na? Ar purano passport EB0847261 er copy o", [("bd_nid", "4619283570"), ("bd_passport", "EB0847261")])
N("family", BL, "Ma chinta koro na, amader supervisor bhalo, jor er jonno 2 din chuti dise, factory r doctor o dekhse. Tumi oshudh ta thik time e kheyo")
N("family", EN, "Bhaiya is asking if your factory needs men also. Tell him no, Jordan garments take mostly women, men go through a separate BOESL circular, don't pay any broker.")

# --- joke
N("joke", BN, "রাত ১১টায় ফিরা দেখি গার্ড মামা রেজিস্টারের উপর ঘুমাইয়া গেছে, আমরা নিজেরাই সাইন কইরা ঢুকলাম 😂")
N("joke", BN, "পাসপোর্টের ছবি দেইখা আম্মা কয় এইটা কে? আমি কই জর্ডানের রোদে পুইড়া তোমার মাইয়া এখন এমনই 😂")
N("joke", BL, "Apa amader supervisor er 'yalla yalla hurry up' shune ekhon ghumer moddheo machine chalai 😂 Shathi bole ami raate paa naraai")
N("joke", BL, "Sumi bole se boiler machine ke biye korbe, karon ei factory te oi ekmatro je tar theke beshi OT kore 😂")
N("joke", EN, "Rina counted: in 2 years she sewed 300,000 sleeves and still can't sew her own blouse at home 😂")

# --- worker_content
N("worker_content", BN, "আলহামদুলিল্লাহ এই মাসে ওভারটাইম সহ ২৬০ দিনার পাইছি। কাজ কষ্টের, কিন্তু বেতন সময়মতো দেয়, পাসপোর্টও নিজের কাছে। দুই বছর পুরা কইরা বাড়ি আসমু")
N("worker_content", BN, "সুপারভাইজার আপা আজকে ৩০ দিনার অ্যাডভান্স দিছে, আম্মার অপারেশনের লাইগা। কইছে পরের ২ মাসে ১৫ কইরা কাটব, কোনো সুদ নাই। মানুষটা ভালো")
N("worker_content", BL, "Ei 3 bochor e 3 lakh taka jomaisi. Bhai ke Narsingdi bazar e ekta dokan dia disi, ekhon amar rin bolte kisu nai alhamdulillah")
N("worker_content", BL, "Amader notun factory te transfer ta valo hoise apa. Room e 4 jon, shukrobar full chuti, OT chaile kori na chaile na, keu kisu bole na")
N("worker_content", BL, "Ami line leader hoisi ei mash theke, beton 30 dinar barse. Curfew o ekhon 11 ta, Friday te shobai mile Irbid town e jai")
N("worker_content", EN, "Finished my 3-year contract, renewed for 2 more. Zero fee to the agent, the company paid ticket and permit. Sending 200 JD a month home, built a tin-roof house in Narsingdi.")
N("worker_content", EN, "Our floor voted for the dorm committee today. Rules we agreed: lights off at 11, no cooking in rooms, visitors in the lobby only. Management signed it too.")

# --- chatter (everyday)
N("chatter", BN, "কেউ কি আজকে ইরবিদ সিটি সেন্টারে যাইবা? আমার একটা জুতা কিনা লাগব", hard=False)
N("chatter", BN, "রিমার আজকে জন্মদিন, রাতে ৯টায় রুমে কেক কাটমু, সবাই আইসো", hard=False)
N("chatter", BN, "আম্মা, আজকে শিং মাছ রানছো? ছবি দেইখা জিভে পানি আসছে", hard=False)
N("chatter", BN, "আজকে লাইনে নতুন স্টাইল আসছে, হুডি। কলারের কাজটা খুব ঝামেলার, হাত ব্যথা হইয়া গেছে", hard=False)
N("chatter", BL, "Apa room 305 e ke ke aj raate khichuri khabe? chal ache, dal kom", hard=False)
N("chatter", BL, "Kal Eid er jamat er por sobai roof e chhobi tulbo, lal saree pore ashis", hard=False)
N("chatter", BL, "Bhabi tomar chhele ki SSC te A plus paise? Masha Allah, doya kori", hard=False)
N("chatter", BL, "Apa tomar IMO te video call dhukche na, net slow. Amar notun Jordan number +962 78 990 2214, oita te try koro", [("phone", "+962789902214")], hard=False)
N("chatter", EN, "Who has the charger, the small one with type C? Bring to 2nd floor please", hard=False)
N("chatter", EN, "Electricity gone again in block C. Anyone know when it comes back?", hard=False)
N("chatter", EN, "Anyone going to Amman Friday? Need to send a parcel to the Bangladeshi shop at Wehdat. My new number +962 77 503 8816, save it", [("phone", "+962775038816")], hard=False)
N("chatter", EN, "Happy birthday Lucky apu 🎂 may Allah give you long life and a good husband 😄", hard=False)

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
    random.Random(154).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev154-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
