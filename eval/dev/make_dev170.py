"""Blind evaluation set dev170 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi foreman on construction sites in Brunei (Bandar Seri Begawan, Kuala Belait) who also helps
new arrivals; visa sellers, the local sponsor, stuck workers, camp rules, notices, remittances to Cumilla, family chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev170.jsonl"
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


BTC1 = btc("dev170-btc-1")
TRON1 = tron("dev170-tron-1")
ETH1 = eth("dev170-eth-1")

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

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---------------- recruitment_deception (bn3, bn-Latn2, en3)
F("recruitment_deception", "bn", "ভাই দালাল কইছিল কোম্পানির ভিসা, মাসে ৮০০ ডলার, এসি রুম। আইসা দেখি ঐ নামে কোম্পানিই নাই, বস কয় নিজে কাজ খুঁইজা নে, মাসে মাসে আমারে ১০০ দিবি। ৫ লাখ দিয়া এখন রাস্তায় ঘুরি")
F("recruitment_deception", "bn", "আমারে কইছে ইলেকট্রিশিয়ান, আইসা দেখি সিমেন্টের বস্তা টানা। কন্ট্রাক্টে লেখা ছিল ১২০০ ডলার, বস কয় ওইটা খালি কাগজের জন্য, আসল বেতন ৩৫০। না পোষাইলে নিজের টিকেটে দেশে যা")
F("recruitment_deception", "bn", "ব্রুনাই সরকারি প্রজেক্ট!! ওভারটাইম সহ মাসে ১ লাখ টাকা গ্যারান্টি, থাকা খাওয়া ফ্রি। মেডিকেল টিকেট আমার দায়িত্ব, খালি ভিসার টাকা ৪ লাখ ৮০ হাজার। সিট মাত্র ৫টা, কাল পর্যন্ত। যোগাযোগ 01812-457391",
  [("phone", "+8801812457391")])
F("recruitment_deception", "bn-Latn", "Bhai amake bolche driver visa, ekhane eshe dekhi company te ekta gari o nai. Boss bole tor work pass e 'general worker' lekha, labour er kaj korte hobe. Dalal er phone ekhon off")
F("recruitment_deception", "bn-Latn", "Kuala Belait e shipyard er kaj, welding janle 1100 dollar fix. Ticket free, visa processing matro 3.5 lakh. Ashar por shob thik kore dibo kono tension nai, interview lagbe na. IMO koro +673 872 4410",
  [("phone", "+6738724410")])
F("recruitment_deception", "en", "Brother, the contract I signed in Dhaka says mason, B$ 900, company in Bandar. Here they say that company is only on paper, I am working for a different boss in Seria for B$ 15 a day. The agency email info.bruneijobs.bd@gmail.com not reply anymore",
  [("email", "info.bruneijobs.bd@gmail.com")])
F("recruitment_deception", "en", "URGENT BRUNEI JOB!! Hotel & Resort staff, no experience needed, salary 1000 BND + tips, free food free stay free ticket. Visa ready in 3 days, no interview. Send passport copy on telegram @brunei_hotel_jobs_bd",
  [("telegram", "@brunei_hotel_jobs_bd")])
F("recruitment_deception", "en", "my cousin came on a cleaning company visa in Tutong, agent said at airport it will 'change' to construction with good salary. 3 months now, no change, no permit, he is hiding in a friend room")

# ---------------- fees_and_debt (bn2, bn-Latn3, en3)
F("fees_and_debt", "bn", "বস কইছে ভিসা রিনিউ এর ১৮০০ ডলার তোমার বেতন থেকা কাটা যাইবো, ছয় মাস ধইরা। এর আগে এক টাকাও হাতে পাইবা না, বাড়িতে কি পাঠাইবা ওইটা তোমার ব্যাপার")
F("fees_and_debt", "bn", "আম্মা, জমি বন্ধক দিয়া যে ৪ লাখ নিছিলাম ওইটার সুদ এখন মাসে ১২ হাজার। এইখানে হাতে পাই ৯ হাজার টাকার মতো। দালাল আবার কয় পারমিটের জন্য আরো ৮০ হাজার লাগবো, না দিলে আমারে ফেরত পাঠাইবো")
F("fees_and_debt", "bn-Latn", "Ai mash er salary slip e dekhi 'camp fee 80, transport 40, levy 60, fine 50, loan 100'. Hate pailam 120 dollar. Eibhabe 8 mash cholche, loan ta kobe shesh hobe keu bole na")
F("fees_and_debt", "bn-Latn", "Sponsor bolche new permit er jonno abar 2500 dollar dite hobe, na dile purano visa cancel. Bari theke 2 lakh pathate bollam, abba ke abar samity theke loan nite hobe")
F("fees_and_debt", "bn-Latn", "Tumar agency fee baki ache 1 lakh 60 hajar. Prottek mash 150 dollar kete rakha hobe jotodin na shodh hoy. Baki ta bari theke bKash 01815-203377 e pathate bolo, kaj chere gele passport pabe na",
  [("phone", "+8801815203377")])
F("fees_and_debt", "en", "Boss say airport pickup, medical, ID card, room, all is loan. Total BND 2,300. My salary BND 450. He write in his book every month what I owe, I never see the book")
F("fees_and_debt", "en", "You came on my quota, so you owe the quota money. Pay B$ 200 every month until 2027 or buy your own ticket home, your choice")
F("fees_and_debt", "en", "You still owe me 1,20,000 taka from Dhaka. Until that is cleared forget about moving to another company. You work, the money gets cut, simple")

# ---------------- isolation_and_control (bn3, bn-Latn2, en2)
F("isolation_and_control", "bn", "ক্যাম্পের গেটে তালা, সন্ধ্যা ৭টার পর বাইরে যাওয়া নিষেধ। সুপারভাইজার রাতে সবার ফোন জমা নেয়। বাড়িতে কথা কই শুক্রবার ১০ মিনিট, তাও উনার সামনে বইসা")
F("isolation_and_control", "bn", "পাসপোর্ট রিনিউ করার কথা বইলা অফিসে রাখছে দেড় বছর। চাইলে কয় 'রিনিউ চলতাছে'। অথচ পাসপোর্ট নং A03318842, মেয়াদ আছে ২০২৮ পর্যন্ত",
  [("bd_passport", "A03318842")])
F("isolation_and_control", "bn", "নতুন যে তিনজন আইছে, ওগোরে বাইরের কারো লগে কথা কইতে দিবা না, মসজিদেও একা যাইবো না। হাইকমিশনের লোক আইলে শিখাইয়া দিবা কইবো সব ঠিক আছে")
F("isolation_and_control", "bn-Latn", "Amader passport sob boss er locker e. Bole 'safe e rakhlam, harabe na'. Amar ta EH0921374, copy o dite chay na, bank account o khulte pari na, remittance o onner nam e pathai",
  [("bd_passport", "EH0921374")])
F("isolation_and_control", "bn-Latn", "Bhai amar phone niye gese, ekjon er phone lukiye message dicchi. Amra 6 jon ekta container e, bahir theke lock kore rakhe. Jaiga Kuala Belait er kache, nam jani na, please kauke bolo")
F("isolation_and_control", "en", "Do not let them go to the labour office by themselves. If anyone needs to go, you drive and you stay with them the whole time. Passports stay with me, phones at night also")
F("isolation_and_control", "en", "sir i am in jerudong site, we cannot go out, guard at gate day and night. my passport and work pass with the company. please help, my number +673 716 2289",
  [("phone", "+6737162289")])

# ---------------- labour_exploitation (bn3, bn-Latn3, en2)
F("labour_exploitation", "bn", "সকাল ৬টা থেইকা রাত ১১টা, শুক্রবারেও কাজ। ওভারটাইম দেয় না, কয় এইটা বেসিকের মধ্যে। আজ তিন মাস বেতন নাই, কিছু কইলে কয় কোম্পানির অবস্থা খারাপ")
F("labour_exploitation", "bn", "ক্যাম্পে ২২ জন একটা রুমে, একটা টয়লেট। খাওয়া দেয় দিনে একবার ভাত আর পাতলা ডাল। অসুখ হইলে ডাক্তার নাই, বস কয় কাজে না আসলে দিনের টাকা কাটা")
F("labour_exploitation", "bn", "ভাই, চার মাসের বেতন আটকাইয়া রাখছে, কয় প্রজেক্ট শেষ হইলে এক লগে দিবো। আমরা এখন দোকানে বাকি খাইতেছি, দোকানদারও আর দিতে চায় না")
F("labour_exploitation", "bn-Latn", "Ajke 4 tola scaffolding theke ekjon pore gese, helmet harness kichu dey nai. Boss bole hospital e nile permit nai bole police dhorbe, camp e shuiye rakh")
F("labour_exploitation", "bn-Latn", "Salary 7 mash baki. Boss bole 'company loss e ache, wait koro'. Je chole jete chay take bole final settlement pabe na, ticket o pabe na")
F("labour_exploitation", "bn-Latn", "Roja rekhe o 14 ghonta kaj, rode. Off day nai 2 mash. Keu 5 minute boshle supervisor 20 dollar fine lekhe")
F("labour_exploitation", "en", "We work 7 days, 5am to 9pm, 16 hours. Salary is 10 dollar a day. No overtime pay. If rain no work no pay, but camp rent still cut")
F("labour_exploitation", "en", "boss, 3 months no salary already, boys have no money to buy rice. they say if they go to Jabatan Buruh they will be sent back. call me +673 731 0559",
  [("phone", "+6737310559")])

# ---------------- sexual_exploitation (bn2, bn-Latn2, en3)
F("sexual_exploitation", "bn", "আমার ফুফাতো বোনরে ক্লিনারের ভিসায় আনছে, এখন গাডং এ এক 'স্পা' তে রাখছে। রাতে কাস্টমার দেয়, না করলে খাওন বন্ধ। ফোনে খালি কানতেছিল")
F("sexual_exploitation", "bn", "মাইয়া দুইটা নতুন আইছে দেশ থেইকা। মাসাজ সেন্টারে বসাইছি, তোর ক্যাম্পের কেউ চাইলে রাতের রেট ৮০ ডলার, আমারে আগে জানাবি")
F("sexual_exploitation", "bn-Latn", "Apa ke bolche restaurant e waitress er kaj, ekhon Miri border er kache ekta karaoke te rakhche. Passport nei, protidin 'guest' er sathe boshte hoy, na korle maar")
F("sexual_exploitation", "bn-Latn", "Bhai tomader camp er jonno Bangladeshi meye ache, Friday rate 50 dollar, room amra dibo. Keu jante parbe na. Call dio +673 889 3051",
  [("phone", "+6738893051")])
F("sexual_exploitation", "en", "She came as housemaid for a family in Kiulap. The madam's son forces her at night and says if she tells anyone they will say she stole the gold and she goes to jail")
F("sexual_exploitation", "en", "New girls from Dhaka this week 🌹 cleaners by paper only. Massage + extra, 100 per hour, they stay upstairs, never go out. Booking only telegram @bsb_relax_vip",
  [("telegram", "@bsb_relax_vip")])
F("sexual_exploitation", "en", "My wife's friend in Belait, the agent took her passport and sends men to the rented house. She has 'debt' 5000 so they say she must work it off with customers")

# ---------------- minors (bn2, bn-Latn3, en2)
F("minors", "bn", "ছেলেটার বয়স ১৫, পাসপোর্টে (A07719035) দালাল বয়স ২২ বানাইছে। এখন সারাদিন সিমেন্ট মিক্সারে কাজ করে, রাতে আম্মার লাইগা কান্দে",
  [("bd_passport", "A07719035")])
F("minors", "bn", "১৬ বছরের মাইয়া, বস এর শ্বশুরবাড়িতে ঘরের কাজে আনছে। দেশে ক্লাস নাইনে পড়তো, এখন সকাল থেকা রাত পর্যন্ত কাজ, বেতন নাকি বাপের কাছে দেয়")
F("minors", "bn-Latn", "Oi chotto pola ta, Sohel, 14 bochor hobe. Birth certificate e 2011, passport e 2002. Dalal bole 'kono somossa nai, boro dekhay'. Ekhon roof e kaj kore, harness chara")
F("minors", "bn-Latn", "Amar bhatija 17, or jonno visa ready. NID to nai, dalal bolche 2 din e NID banay dibe boyosh 20 kore, number o dise 4617723098, 20 hajar lagbe",
  [("bd_nid", "4617723098")])
F("minors", "bn-Latn", "Baccha meye ta ke kagoje 25 bochor dekhiye club e nacher kaje dise. Or boyosh 16 er beshi na, kotha bolte gele kapte thake")
F("minors", "en", "Two boys in our camp are under age, maybe 15-16. Passport age is fake. They carry blocks all day, supervisor slaps them when they are slow")
F("minors", "en", "I can send young girls 14-16 for housework, families in Brunei want young ones because they listen. Age on paper we make 21. Price per girl 3 lakh. wa.me/8801556204719",
  [("whatsapp", "+8801556204719")])

# ---------------- payments_and_proceeds (bn3, bn-Latn2, en2)
F("payments_and_proceeds", "bn", "ভিসার টাকা কুমিল্লায় আমার শালার হাতে নগদ দিবেন, ব্যাংকে বা বিকাশে না। রশিদ পাইবেন না, বিশ্বাস রাখেন। কাগজে কিছু লিখবেন না")
F("payments_and_proceeds", "bn", "ক্যাশ ইন পাইছি, TrxID 9KD4HX71QP, ৳২৫,০০০। বাকি ১ লাখ ২৫ হাজার কালকের মধ্যে না দিলে ফ্লাইট ক্যানসেল, সিট অন্য লোকরে দিয়া দিমু",
  [("mfs_transaction", "9KD4HX71QP")])
F("payments_and_proceeds", "bn", "বাকি ২ লাখ ৫ ভাগে ভিন্ন ভিন্ন দোকান থেকা বিকাশ করবা 01926-558013 এ, রেফারেন্সে 'ফ্যামিলি' লিখবা। তারপর স্পন্সরের কাছ থেকা তোমার পাসপোর্ট ছাড়াইয়া দিমু",
  [("phone", "+8801926558013")])
F("payments_and_proceeds", "bn-Latn", "Boss er permit fee ta hundi te dite hobe, bank e na. Cumilla te Kamal bhai er Nagad 01853-226104 e dibe, 1 dollar 92 taka. Keu jiggesh korle bolba bhai er bibaher khoroch",
  [("phone", "+8801853226104")])
F("payments_and_proceeds", "bn-Latn", f"Visa bikri er taka USDT te dao, TRC20: {TRON1} . BTC hole {BTC1} . Bank transfer korle dhora khaba, amio",
  [("tron_address", TRON1), ("btc_address", BTC1)])
F("payments_and_proceeds", "en", f"Send the 40 workers' renewal money in USDT only, ERC20 {ETH1} . Don't write names in the memo, just 'material'",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "en", "Collect B$ 300 cash from each new boy on payday for the 'levy'. Hand it to Ah Seng at the shop, not to the office. No receipt, nothing on WhatsApp")

# ---------------- threats_and_coercion (bn2, bn-Latn3, en3)
F("threats_and_coercion", "bn", "বেশি কথা কইলে ইমিগ্রেশনে ফোন দিমু, কইমু তুই পালাইছস। জেল খাইটা দেশে যাবি, খালি হাতে, কেউ তোরে বাঁচাইতে পারবো না")
F("threats_and_coercion", "bn", "তোর বাপের নাম ঠিকানা আমার কাছে আছে, দেবিদ্বার বাজারের পিছে। টাকা না দিলে লোক পাঠামু বাড়িতে, তোর বোনের কথাও মাথায় রাখিস")
F("threats_and_coercion", "bn-Latn", "Tui jodi company change korar kotha bolish, tor permit cancel kore absconder report dibo. Tarpor police dhorbe, 6 mash jail tarpor deport")
F("threats_and_coercion", "bn-Latn", "Boss er bhagna ajke Rasel ke pipe diye marche karon se salary chaise. Amader samne bole 'next tumra'. Keu kichu bolte parlam na")
F("threats_and_coercion", "bn-Latn", "Passport pete chaile 3000 dollar dao, na hole oi passport 'hariye' jabe. Ar passport chara tumi ekhane illegal, bujhcho? Sponsor er number +673 822 6617, nijer dayitte call dio",
  [("phone", "+6738226617")])
F("threats_and_coercion", "en", "If you run, I report you missing and tell police you stole from the company. Nobody believes a Bangladeshi without permit")
F("threats_and_coercion", "en", "They called my mother in Cumilla and said I will not come back alive if the 2 lakh is not paid by Friday. the number they used +880 1642 781093",
  [("phone", "+8801642781093")])
F("threats_and_coercion", "en", "The two who complained at the labour office got beaten last night by boss's men, one has broken hand. Now everybody silent, nobody want to go")

# ================================================================ OK
# news
N("news", "bn", "ব্রুনাইয়ে ভুয়া ভিসা দিয়ে লোক পাঠানো চক্রের ৩ সদস্য গ্রেপ্তার, কুমিল্লা থেকে জনপ্রতি ৫ লাখ টাকা নিত বলে জানিয়েছে র‍্যাব")
N("news", "en", "Brunei: Labour Department fines employer B$ 12,000 for withholding passports of 14 foreign workers, says officials will carry out more site inspections. Read more: https://borneobulletin.com.bn/labour-fine",
  [("url", "https://borneobulletin.com.bn/labour-fine")])
N("news", "bn-Latn", "Khobor dekhlam, KB te ek company er boss ke dhorse, worker der 6 mash salary dey nai. Alhamdulillah amader company te emon kichu nai")
N("news", "en", "Police rescued 5 Bangladeshi women from a massage parlour in Gadong, two suspects charged under the trafficking in persons order, court hearing next month")
N("news", "bn", "মানবপাচার মামলায় দেবিদ্বারের দালাল সাইফুলের ১০ বছরের সাজা। ভুক্তভোগীদের বিদেশে নিয়ে আটকে রাখার অভিযোগ প্রমাণিত হয়েছে")
N("news", "bn-Latn", "Facebook e dekhlam Malaysia te 15 bochorer ekta chele ke uddhar koreche, dalal boyosh bariye passport banaise. Ki zamana, baccha der o charche na")
# awareness
N("awareness", "bn", "সাবধান! নিজের পাসপোর্ট কখনো নিয়োগকর্তা বা দালালের কাছে জমা রাখবেন না। কর্মীর পাসপোর্ট আটকে রাখা অপরাধ। সমস্যা হলে হাইকমিশনের হটলাইনে কল করুন +673 224 2871",
  [("phone", "+6732242871")])
N("awareness", "en", "Know your rights: your employer cannot deduct recruitment fees from your salary, and salary must be paid within 7 days after the month ends. Keep your own passport. - Labour Department poster")
N("awareness", "bn-Latn", "Bhaira, keu jodi 'free visa' bole 5-6 lakh chay, dhora diben na. Brunei te free visa bole kichu nai. Company er license ar job ta ashol kina age check koren")
N("awareness", "bn", "বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন। স্মার্ট কার্ড ছাড়া কেউ বিদেশ পাঠানোর কথা বললে সে প্রতারক। দালালকে টাকা দেবেন না — ব্র্যাক মাইগ্রেশন প্রোগ্রাম")
N("awareness", "en", "Migrant worker helpline: if your boss takes your phone, locks you in or does not pay, contact us. We speak Bangla, free and confidential. wa.me/6737201144",
  [("whatsapp", "+6737201144")])
N("awareness", "bn-Latn", "Sob notun bhai der bolchi: kono dalal ke bKash e visa er taka diben na, sudhu licensed agency te receipt niye diben. Ar kauke nijer passport diben na, boss keo na")
N("awareness", "en", "Warning: fake ads on Facebook offering hotel jobs in Brunei, no experience, free ticket. Check the agency licence on https://www.bmet.gov.bd before paying anything",
  [("url", "https://www.bmet.gov.bd")])
# official
N("official", "bn", "বাংলাদেশ হাইকমিশন, বন্দর সেরি বেগাওয়ান: ই-পাসপোর্ট নবায়নের আবেদন নিজে সরাসরি হাইকমিশনে জমা দিন, নির্ধারিত ফি ছাড়া কোনো টাকা দেবেন না। কোনো দালাল বা কোম্পানির মাধ্যমে আবেদন গ্রহণ করা হবে না")
N("official", "en", "Notice from the Labour Department: all employers must pay salaries by bank transfer into the worker's own account from 1 January. Complaints may be lodged at the Labour office, Monday to Thursday")
N("official", "bn-Latn", "Company notice: passport renewal er jonno sobai nijer passport nije niye HC te jaben. Company kono worker er passport rakhbe na. Proshno thakle hr@belaitbuild.com.bn - HR, Seria",
  [("email", "hr@belaitbuild.com.bn")])
N("official", "en", "BMET: the government-fixed migration cost for Brunei Darussalam must be paid to the licensed agency against a money receipt. Any demand above the fixed cost must be reported to the district employment office")
N("official", "bn", "প্রবাসী কল্যাণ মন্ত্রণালয়: বৈধ রিক্রুটিং এজেন্সির তালিকা ওয়েবসাইটে দেখুন। এজেন্সিকে টাকা দিলে অবশ্যই রশিদ নিন। অভিযোগ পাঠান ovijog@probashi.gov.bd ঠিকানায়",
  [("email", "ovijog@probashi.gov.bd")])
N("official", "bn-Latn", "HC theke SMS: Priyo probashi, apnar passport renewal ready. Original passport EB4471920 ar NID copy niye Sunday 9-12 ta te asun. Fee already paid",
  [("bd_passport", "EB4471920")])
N("official", "en", "Immigration Department: amnesty for overstaying foreign workers extended to 31 March. Workers may leave without penalty by reporting to the Immigration counter with their passport. Details: https://www.immigration.gov.bn/amnesty",
  [("url", "https://www.immigration.gov.bn/amnesty")])
# receipt
N("receipt", "bn", "বিকাশ: আপনি ৳১৫,০০০ ক্যাশ ইন গ্রহণ করেছেন 01784-552910 থেকে। TrxID BHK7Q2M9XA। ব্যালেন্স ৳১৫,৩২০",
  [("phone", "+8801784552910"), ("mfs_transaction", "BHK7Q2M9XA")])
N("receipt", "bn-Latn", "Ammu 20 hajar pathalam bKash e, TrxID 8NP3WD61LK. Abba er oshudh ar Nayeem er coaching fee ta diye dio, baki ta rekhe dio",
  [("mfs_transaction", "8NP3WD61LK")])
N("receipt", "en", "Remittance receipt: BND 500.00 to MST ROKEYA BEGUM, Cumilla, bank deposit. Rate 88.40. Amount credited BDT 44,200. Thank you for using our service")
N("receipt", "en", "Nagad: Money received Tk 8,000 from 01918-663047. TxnID 73KQ9PZD. Balance Tk 8,412",
  [("phone", "+8801918663047"), ("mfs_transaction", "73KQ9PZD")])
N("receipt", "bn", "ভাই টাকাটা পাইছি, ৩০ হাজার। TrxID CF29LM83TB। আম্মার চোখের অপারেশন সামনের সপ্তাহে, দোয়া কইরো",
  [("mfs_transaction", "CF29LM83TB")])
N("receipt", "bn-Latn", "Salary slip dekhlam: Basic 650, OT 28 hr 147, total 797. Deduction nai. Alhamdulillah ei mash pura salary paisi, kal bari pathabo")
# family
N("family", "bn", "আব্বা, পাসপোর্টের মেয়াদ আগামী বছর শেষ, এইবার ছুটিতে আইসা ই-পাসপোর্ট করমু। আমার এনআইডি কার্ডটা (১৯৮৯১৯১৪৭৫২০৩৬৬১৮) যত্ন কইরা রাইখেন",
  [("bd_nid", "19891914752036618")])
N("family", "bn-Latn", "Bou, ei mash salary ektu late, company bolche 5 tarikh dibe. Tension nio na, ghor bhara ta Rashed bhai er kach theke dhar nio, ami fer dibo")
N("family", "en", "Happy birthday my princess 🌸👑 baba will come home in December with your doll. Study hard and listen to your ammu")
N("family", "bn", "মামা, শরিফের বিয়ার কথা পাকা। মাইয়ার বাড়ি চান্দিনা। আপনে তো দেশে আইতে পারবেন না, ভিডিও কলে থাইকেন")
N("family", "bn-Latn", "Vai Nayeem er jonno Brunei te kaj dekhbo na. Ekhane permit pawa kothin, agent ra onek taka chay. Age HSC shesh koruk, pore dekha jabe")
N("family", "en", "Abba the loan from the samity is finished, last installment paid today. Now we start saving for the tin roof")
N("family", "bn", "আম্মা, রাজুর বয়স তো মাত্র ১৬, ওরে বিদেশ পাঠানোর কথা কেউ কইলে রাজি হইয়েন না। আগে পড়ালেখা, দালালগো কথায় কান দিয়েন না")
N("family", "bn-Latn", "Ammu amar purano passport ta almari te tala diye rekho, number A11906384, ar photocopy ta WhatsApp e pathao. HC te lagbe",
  [("bd_passport", "A11906384")])
# joke
N("joke", "bn-Latn", "Boss bole 'tomra Bangladeshi ra kaj chara kichu bojho na', ami bollam 'boss apni to kaj o bujhen na' 😂😂")
N("joke", "en", "My wife has confiscated my phone and my salary, i am a victim of forced labour at home 😂 somebody call the High Commission")
N("joke", "bn", "ক্যাম্পের মুরগি এত চিকন, মনে হয় ওরও পারমিট নাই, খাওয়া পায় না 😂")
N("joke", "bn-Latn", "Shafiq bhai ke boss 'passport kothay' jiggesh korse, bhai bole 'bou er kache, boss er cheye bou beshi strict' 🤣")
# worker_content
N("worker_content", "en", "4 years with this company in Kuala Belait. Salary on time every month, passport back in my hand same day after renewal. Alhamdulillah good boss")
N("worker_content", "bn", "আমাদের কোম্পানিতে ওভারটাইমের টাকা আলাদা দেয়, ঘণ্টায় ৪ ডলার। শুক্রবার ছুটি। ক্যাম্পে ৬ জন এক রুমে, এসি আছে, রান্না নিজেরা করি")
N("worker_content", "bn-Latn", "Notun site e shift 8 ta theke 5 ta, lunch break 1 ghonta. Supervisor Malay, valo manush. Permit renewal company nijer khoroche korche")
N("worker_content", "en", "Brother if you want to come, our company is hiring 10 masons through a licensed agency in Dhaka. Govt fee only, receipt given, contract in Bangla. Ask for Kamrul +673 867 1150",
  [("phone", "+6738671150")])
N("worker_content", "bn", "ভিসা রিনিউ হইছে, খরচ কোম্পানি দিছে। পাসপোর্ট আজকেই হাতে পাইছি। এখন নিশ্চিন্তে ঈদে বাড়ি আসতে পারমু ইনশাআল্লাহ")
N("worker_content", "bn-Latn", "Ei company te 2 bochor holo, ekdin o salary late hoy nai. Boss Ramadan e 2 ghonta kom kaj koray, iftar o dey")
# chatter (hard)
N("chatter", "en", "Anyone going Miri this Friday? Need to buy charger and send a parcel home. Sharing taxi B$ 15 each, bring your own passport for the border")
N("chatter", "bn", "নতুন যারা আসছে ওদের মেডিকেল আর ফিঙ্গারপ্রিন্ট কাল সকাল ৮টায়। পাসপোর্ট যার যার নিজের কাছে রাখবা, আমি গাড়ি নিয়া গেটে থাকমু। সমস্যা হইলে ফোন দিও 01711-482930",
  [("phone", "+8801711482930")])
N("chatter", "bn-Latn", "Karo kache ki Cumilla er kono bKash agent er number ache jara Friday o khola thake? Ammu ke taka pathabo, urgent")
N("chatter", "en", "Bro for changing employer at labour office you need release letter from old boss, passport copy, 2 photo. I did mine last year, took 3 weeks, no agent needed")
# everyday (not hard)
N("chatter", "bn", "আজ রাতে ক্যাম্পে বিরিয়ানি, রহিম ভাই রান্না করবো। সবাই ৫ ডলার কইরা দিবা", hard=False)
N("chatter", "bn-Latn", "Bangladesh vs India match kobe? Amader room e TV nai, mobile e dekhbo", hard=False)
N("chatter", "en", "Rain again today, site closed at 2pm. Going to Gadong night market, anyone want satay?", hard=False)
N("family", "bn", "মা, তোমার হাতের পিঠা খুব মনে পড়তেছে। শীতে আসলে বানাইয়া রাইখো", hard=False)
N("chatter", "bn-Latn", "Jumma er namaz Kiarong masjid e porbo, 12:15 e gate e thakish", hard=False)
N("chatter", "en", "Eid Mubarak everyone from all of us at the camp in Seria 🌙", hard=False)
N("chatter", "bn", "আমার পুরান ফোনটা বেচমু, স্যামসাং A12, ৮০ ডলার। কেউ নিবা? +673 718 4432", [("phone", "+6737184432")], hard=False)
N("chatter", "bn-Latn", "Bhai tomar bike er chaka ki thik hoise? Kal sokale amake site e namaye dio", hard=False)
N("chatter", "en", "Cricket tomorrow 5pm at the field behind the camp, Belait boys vs Tutong boys. Loser buys teh tarik", hard=False)
N("chatter", "bn", "আজকে গরম অনেক, সবাই পানি বেশি কইরা খাইবা, ছায়ায় বিশ্রাম নিবা", hard=False)
N("family", "en", "Mom I ate already, don't worry. Fish curry and rice. Tell Abba to take his medicine", hard=False)
N("family", "bn-Latn", "Ajke Nayeem er result dise, GPA 5 paise! Mishti khawaiyo shobaike", hard=False)


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
    random.Random(170).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev170-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
