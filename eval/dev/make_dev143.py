"""Blind evaluation set dev143 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi worker on a palm-oil estate in Sabah, Malaysia, who runs the
WhatsApp group of the estate's Bangladeshi workers and saves what is sent to it and to him privately
(mostly romanised Bengali and English, some Bengali): the company agent, the "kapala" (supervisor),
families at home, outsourcing companies in Kuala Lumpur.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev143.jsonl"
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


BTC1 = btc("dev143-btc-1")
TRON1 = tron("dev143-tron-1")
ETH1 = eth("dev143-eth-1")

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
# ---- recruitment_deception (bn-Latn 3, en 3, bn 2)
F("recruitment_deception", "bn-Latn",
  "Bhai ami Dhaka theke ashar age agent Rubel bolse KL e electronics factory te kaj, AC room, basic RM1500. "
  "Ekhon ami Lahad Datu er ek ladang e pokok sawit er buah kati, basic RM750. Contract e je company naam ase oita ei estate na. Rubel er number 01716 882 530, ekhon ar dhore na. ki korbo bolen",
  [("phone", "+8801716882530")])
F("recruitment_deception", "bn-Latn",
  "eta calling visa na, pore bujhsi 'free visa' dise, majikan bolte keu nai. ashar por bole nije kaj khuija lon. "
  "Sabah e 3 mash, permit ekhono hoy nai, agent er phone bondho 01819 447 203",
  [("phone", "+8801819447203")])
F("recruitment_deception", "bn-Latn",
  "bro amare bolse 2 bochor por company PR er moto kore dibe, bou bachcha anan jabe. akhon kapala kaitase oi kotha keu bole nai, "
  "visa holo shudhu ladang worker er, company change o kora jabe na. sob mitha kotha")
F("recruitment_deception", "en",
  "They showed us a contract in Dhaka, RM 1,600 per month plus overtime and free housing. At the estate they made us sign a new paper in Malay, "
  "nobody explained it. Now salary is per tonne and we pay for the room ourselves.")
F("recruitment_deception", "en",
  "URGENT HIRING MALAYSIA 🇲🇾 Factory / Security / Cleaner. No experience needed. Salary RM2000-2500, free food & hostel, "
  "visa 100% guaranteed in 15 days!! Total only 3.5 lakh, half after visa. WhatsApp wa.me/8801756208814 or Telegram @MyJobVisaBD",
  [("whatsapp", "+8801756208814"), ("telegram", "@MyJobVisaBD")])
F("recruitment_deception", "en",
  "Brother I came with the KL outsourcing company, they said construction job in Selangor. After 2 weeks in their hostel they put 40 of us "
  "on a flight to Tawau and then lorry to the plantation. Nobody asked us anything, the permit still says the KL company name. Their office 03-2148 7720 just says wait.",
  [("phone", "+60321487720")])
F("recruitment_deception", "bn",
  "ভাই দালাল বলছিল কোম্পানির ফ্যাক্টরিতে প্যাকিং এর কাজ, মাসে ৪০ হাজার টাকা পড়বে। এখানে আইসা দেখি জঙ্গলের মধ্যে বাগান, "
  "৮ ঘণ্টা না, ভোর ৫টা থেকে কাজ। বেতন যা বলছিল তার অর্ধেকও না।")
F("recruitment_deception", "bn",
  "ভিসায় মালিকের নাম এক, কাজ করাইতেছে আরেকজন। কাপালা কয় তোমাদের পারমিট অন্য কোম্পানির। ঢাকার এজেন্ট তো বলছিল সব বৈধ, "
  "সরকারি ভাবে যাইতেছি, এখন ফোন ধরে না। নাম্বার ০১৮১১২৩৪৫০৯",
  [("phone", "+8801811234509")])

# ---- fees_and_debt (bn-Latn 3, en 2, bn 3)
F("fees_and_debt", "bn-Latn",
  "Company bolse permit renew er levy ar FOMEMA medical er taka amader salary theke katbe, mash e RM200 kore 10 mash. "
  "Ashar shomoy to agent ke 5 lakh 60 hajar dilam, bolsilo shob included.")
F("fees_and_debt", "bn-Latn",
  "Kapala er kotha: jara notun ashse tader 'hutang' RM4200 — flight, KL hostel, Tawau transport. Hutang shesh na hoile passport nai, "
  "onno jaygay kaj o nai. Mash e koto katbe sheta o bole na")
F("fees_and_debt", "bn-Latn",
  "abba jomi bondhok dise 4 lakh er jonno, baki 1 lakh shud e ansi 10 taka shotokra. ekhon agent abar phone dise, bole ekhane "
  "'visa stamping' er jonno aro 80 hajar lagbe naile return kore dibe. agent er number 01749 226 815. ki kori kichu bujhtesi na",
  [("phone", "+8801749226815")])
F("fees_and_debt", "en",
  "Every month the company cuts RM350 'recruitment cost'. I asked the HR lady how much is left, she said you still owe 5,000, "
  "work and pay. But we already paid the agent in Bangladesh full amount before flight.")
F("fees_and_debt", "en",
  "Msg from the outsourcing office KL: All workers transferred to Sabah must pay RM1,800 new permit + RM600 transport before end of month. "
  "Those who cannot pay, 50% salary will be deducted until settle. No exception. Query: sjmanpower.admin@gmail.com",
  [("email", "sjmanpower.admin@gmail.com")])
F("fees_and_debt", "bn",
  "আমার ভাইরে পাঠাইতে দালালরে দিছি ৬ লাখ ২০ হাজার। সরকারি খরচ নাকি ৭৯ হাজার, বাকি টাকা কই গেল কেউ কয় না। "
  "এখন সুদের টাকা প্রতি মাসে ১৫ হাজার, ওর বেতন দিয়া সুদও শোধ হয় না।")
F("fees_and_debt", "bn",
  "কাপালা কইছে যারা অ্যাডভান্স নিছে, সেই টাকা শোধ না হওয়া পর্যন্ত ছুটি নাই, দেশে যাওয়াও নাই। ২০০ রিংগিত নিছিলাম ওষুধের জন্য, "
  "এখন কয় সুদসহ ৭০০।")
F("fees_and_debt", "bn",
  "এজেন্ট ফোন দিয়া বলতেছে মালয়েশিয়ায় আসার পর আরও দেড় লাখ দিতে হবে, নাইলে পারমিট বাতিল। আসার আগে তো বলছিল একবারে দিলেই সব শেষ।")

# ---- isolation_and_control (bn-Latn 3, en 3, bn 2)
F("isolation_and_control", "bn-Latn",
  "Amader shobar passport office e joma, amar ta A07735218 o, bole 'safe e rakhsi'. Hospital jaite hoile o kapala ke shathe niye jaite hoy, eka bair hoite dey na. "
  "gate e guard 24 ghonta.",
  [("bd_passport", "A07735218")])
F("isolation_and_control", "bn-Latn",
  "notun 12 jon ashar din e manager shobar phone niye gese. bole kaj er shomoy phone lagbe na, shudhu shukrobar 1 ghonta dibe, "
  "tao kapala er shamne boshe kotha bolte hoy")
F("isolation_and_control", "bn-Latn",
  "kapala bolse NGO ba embassy theke keu ashle kotha bolba na, bolba shob thik ase. je beshi kotha bolbe tare bhitorer ladang e pathabe "
  "jekhane network o nai")
F("isolation_and_control", "en",
  "Bro we are 60 people in the kongsi, after 7pm they lock the gate from outside, key with the mandor. Town is 2 hours, no bus, "
  "company lorry goes only Sunday and only if kapala allows.")
F("isolation_and_control", "en",
  "My husband phone is off 3 weeks. Last time he whispered they took his phone and passport, he used another man phone to call. "
  "He said don't call back this number, they check. Please if anyone in Kalabakan side knows Jahangir from Comilla call me 01923 581 604",
  [("phone", "+8801923581604")])
F("isolation_and_control", "en",
  "Manager said anybody who goes to Tawau town without permission letter will be marked absconded. So nobody goes out, even for Eid shopping "
  "we give list to the office lorry driver.")
F("isolation_and_control", "bn",
  "পাসপোর্ট চাইলে ম্যানেজার কয় দেশে যাওয়ার দিন হাতে দিবো। ফটোকপিও দেয় না। রাস্তায় পুলিশ ধরলে কী দেখামু?")
F("isolation_and_control", "bn",
  "এখানে বাইরের কারো লগে কথা কওয়া নিষেধ। পাশের এস্টেটের ইন্দোনেশিয়ানদের লগে কথা কইলেও কাপালা রাগ করে, কয় বাইরের মানুষ তোমাগো নষ্ট করবো। "
  "বাড়ির চিঠি আসলেও অফিসে খুইলা দেখে।")

# ---- labour_exploitation (bn-Latn 2, en 3, bn 3)
F("labour_exploitation", "bn-Latn",
  "4 mash dhore beton nai. protibar bole next month, 'kilang payment ashe nai'. khali RM100 advance dey khabar er jonno, tate chal dal o hoy na")
F("labour_exploitation", "bn-Latn",
  "shokal 5 ta theke rat 8 ta porjonto buah tana, target 2 ton na hoile oi din er hazira kate. brishti hoile o kaj, robibar o kaj, "
  "3 mash e ek din o off pai nai")
F("labour_exploitation", "en",
  "Dear brothers, Mizan got hit by a fruit bunch yesterday while cutting with the egrek, shoulder broken. Company says no SOCSO for him "
  "because permit not done, he must pay hospital himself. And no salary while he is sick.")
F("labour_exploitation", "en",
  "Spraying team got no mask no gloves, the racun burns our hands. When we asked for gloves kapala said buy yourself, RM25 cut from pay. "
  "3 people vomiting this week, still must spray.")
F("labour_exploitation", "en",
  "My slip this month: gross RM1,120, rent RM150, electric RM80, water RM40, 'tools' RM90, recruitment RM350, advance RM200. "
  "Net RM210. For 27 days work, 11 hours every day.")
F("labour_exploitation", "bn",
  "আমরা ১৮ জন এক ঘরে থাকি, টিনের চাল, পানি আনি নালা থেকে। দিনে একবার ভাত দেয়, বাকি নিজে কিনা খাইতে হয়, অথচ বেতন তিন মাস বাকি।")
F("labour_exploitation", "bn",
  "রাত ১০টা পর্যন্ত লোডিং করাইছে, ওভারটাইমের টাকা চাইলে কয় এইটা তোমার কাজের মধ্যে। অসুখ হইলে হাজিরা কাটে, আবার ৫০ রিংগিত জরিমানা।")
F("labour_exploitation", "bn",
  "বেতন হাতে দেয় না, বলে তোমাদের টাকা কোম্পানির কাছে জমা থাকুক, দেশে যাওয়ার সময় একসাথে দিবো। দুই বছর হইল, হিসাবও দেখায় না।")

# ---- sexual_exploitation (bn-Latn 3, en 2, bn 2)
F("sexual_exploitation", "bn-Latn",
  "Bhai amar khalato bon ke KK te 'restaurant e waitress' bole anse. kal kandte kandte call dise, ek karaoke te rakhse, rat e customer er "
  "shathe jaite bole, na gele mare. Passport o tar kache nai. oi karaoke er manager er number +60 17-835 2291",
  [("phone", "+60178352291")])
F("sexual_exploitation", "bn-Latn",
  "Kapala Rashid er kaj holo notun der bou ke office e dakha. Shohag er bou ke bolse amar kotha shunle tomar jamai er kaj halka korbo, "
  "na shunle permit cancel. Shohag kichu bolte pare na, bhoy e")
F("sexual_exploitation", "bn-Latn",
  "Fwd: Kaj ase Kota Kinabalu spa & karaoke, Bangali meye lagbe boyosh 18-25, beton RM4000 + tips, ticket company dibe, passport company "
  "rakhbe, kono khoroch nai. Inbox koren ba call +60 19-842 3310",
  [("phone", "+60198423310")])
F("sexual_exploitation", "en",
  "He said he will marry her and take her to Malaysia legal way. Now she is in a flat in Tawau with 4 other girls, the 'husband' brings men "
  "every night and keeps all the money. She told me on IMO, she can use phone only when he sleeps. His insta is @rafi_tawau_99",
  [("instagram", "@rafi_tawau_99")])
F("sexual_exploitation", "en",
  "Kapala told the new cook lady Nasima she must stay in his quarters at night if she wants to keep the kitchen job. She cried in front of us. "
  "Her husband is in the harvest team, afraid to say anything.")
F("sexual_exploitation", "bn",
  "আপু আমারে কইছিল বাসার কাজ, কুয়ালালামপুরে। এখন একটা হোটেলে রাখছে, প্রতি রাতে লোক আনে। টাকা দেয় না, কয় তোরে টাকা দিয়া কিনছি, আগে শোধ কর।")
F("sexual_exploitation", "bn",
  "নতুন আসা মেয়েগুলারে আলাদা কোয়ার্টারে রাখে, ম্যানেজারের লোকেরা রাতে ঢুকে। একজন পালাইতে চাইছিল, ওর চুল কাইটা দিছে যাতে সবাই বুঝে।")

# ---- minors (bn-Latn 2, en 3, bn 2)
F("minors", "bn-Latn",
  "Dalal bolse pola 15 bochor hoile o shomossa nai, passport e boyosh 21 kore dibe, NID o notun banabe. sob mile 4 lakh. "
  "Bhabi amar bhagina ke pathaite chay, ki bolbo. dalal er number 01967 310 482",
  [("phone", "+8801967310482")])
F("minors", "bn-Latn",
  "Estate e 6-7 ta bachcha pola, 11-13 boyosh, shokal theke bikal brondol tokay. School nai. Kapala bole 'baba ke help kortese', "
  "kintu sack protita RM2 kore hishab rakhe, taka baba er hutang e jay")
F("minors", "en",
  "Agent asking for my cousin's daughter, 14 years, for 'housemaid in KL with good family'. He says age no problem, passport will be made with 19. "
  "Family is poor, they are thinking to send, he will give 50,000 taka advance.")
F("minors", "en",
  "There is a boy Rakib in our line, he told me he is 16, came with passport saying 23. He carries bunches like adults, kapala slapped him "
  "when he cried for his mother.")
F("minors", "en",
  "New batch from KL outsourcing today, 3 of them look like kids. One said his birth certificate was changed in Narayanganj by the dalal. "
  "Passports EB0472913 and EB0472958 both show 1999.",
  [("bd_passport", "EB0472913"), ("bd_passport", "EB0472958")])
F("minors", "bn",
  "১৩ বছরের মেয়েটারে খালার কাছে কাজ শিখাবে কইয়া মালয়েশিয়া নিয়া গেছে, এখন শুনি এক বাসায় সারাদিন কাজ করে, স্কুল নাই, বাড়িতে ফোন করতে দেয় না।")
F("minors", "bn",
  "দালাল বলছে ছেলের বয়স কম হইলেও বাগানে সমস্যা নাই, ছোটদেরও নেয়। জন্মনিবন্ধন নতুন কইরা বানাইয়া দিবো, ১৯৯৮ সাল বসাইবো। খরচ আলাদা ২০ হাজার। যোগাযোগ ০১৯৭৭৪০৩৬১৮",
  [("phone", "+8801977403618")])

# ---- payments_and_proceeds (bn-Latn 3, en 2, bn 2)
F("payments_and_proceeds", "bn-Latn",
  "Bhai 80 hajar ek number e pathaio na, dhora khabe. 01712 503 884 e 25k, 01926 118 407 e 25k, baki 30k Nagad 01644 290 315 e. "
  "TrxID er screenshot IMO te dio, WhatsApp e na.",
  [("phone", "+8801712503884"), ("phone", "+8801926118407"), ("phone", "+8801644290315")])
F("payments_and_proceeds", "bn-Latn",
  "Kapala bole release letter ar passport pete hole RM2500 dite hobe, cash na, USDT. address dise " + TRON1 + " . amra USDT ki jinish jani na, "
  "Tawau te ek mobile dokan e kore dey 10% commission e",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Agent bolse hutang er kisti shudhu Selim er hundi diye, bank e pathaile accept korbe na. protimash 10 tarikh er moddhe RM ta Selim ke, "
  "deshe bKash 01855 730 216 e cash in hoy. last month er TrxID 9K4D2MX71Q",
  [("phone", "+8801855730216"), ("mfs_transaction", "9K4D2MX71Q")])
F("payments_and_proceeds", "en",
  "Payment for release of your brother: BDT 1,50,000. Send bKash to 01798 662 041 in 3 parts (max 50k each). After last TrxID we call the "
  "Malaysia side, he will get passport and bus ticket. Or USDT ERC20 to " + ETH1 + " . Do not inform police, it will only delay.",
  [("phone", "+8801798662041"), ("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  "New instruction for remaining installments: deposit at any CDM to Maybank 5642 1180 9923 (Tan Enterprise), then WhatsApp the slip to "
  "+60 11-2741 8860. Do NOT write agent fee in reference, write 'family'.",
  [("phone", "+601127418860")])
F("payments_and_proceeds", "bn",
  "আব্বা, এজেন্টের লোক কয় ভাইয়ের পাসপোর্ট ফেরত দিতে ৬০ হাজার লাগবো। নগদে পাঠাইছি, TxnID 7HQ2LX9B। এখন আবার কয় আরো ২০ হাজার, অন্য নাম্বারে ০১৫৫৩৯২৮৪৭১।",
  [("mfs_transaction", "7HQ2LX9B"), ("phone", "+8801553928471")])
F("payments_and_proceeds", "bn",
  "দেশে টাকা পাঠাইতে হয় অফিসের লোকের মাধ্যমে, ও নিজে রিংগিত নিয়া বিকাশে দেয়। ৩০০ রিংগিত দিলে বাড়িতে পৌঁছায় ৬ হাজার টাকা। "
  "হিসাব চাইলে কয় হুন্ডির রেট, আর বেশি কথা কইলে পাঠানোই বন্ধ।")

# ---- threats_and_coercion (bn-Latn 2, en 2, bn 3)
F("threats_and_coercion", "bn-Latn",
  "je je labour office e complain korte chao nam dao. polis er shathe amar line ase, ek phone e Immigresen depot e dhukaia dibo, 6 mash jail "
  "tarpor deport. deshe giye dalal er hutang ke dibe? (kapala er voice, group e)")
F("threats_and_coercion", "bn-Latn",
  "Manager er lok kal rat e Alamgir ke pipe diye pitaise, karon se KL er outsourcing office e phone korsilo. bolse ar keu korle eki obostha hobe")
F("threats_and_coercion", "en",
  "Voice msg typed: \"Listen carefully. If you run from the estate we report you and your photo goes to every police station in Sabah. Your family in Sylhet, "
  "we know the address. The debt will be collected from them.\" (sent from +60 16-589 4402)",
  [("phone", "+60165894402")])
F("threats_and_coercion", "en",
  "Your son signed 2 years. If he leaves before, company will file case and he goes to lockup. Better you tell him work quietly and don't "
  "call the embassy. - Agent Faruk 01556 204 873",
  [("phone", "+8801556204873")])
F("threats_and_coercion", "bn",
  "কাপালা কইছে কেউ ইউনিয়নের লোকের লগে কথা কইলে তারে রাইতে জঙ্গলে নিয়া যাইবো। আগের বছর একজন হারাইয়া গেছে, কেউ কিছু জানে না।")
F("threats_and_coercion", "bn",
  "তোর ভাই যদি আবার এম্বাসিতে ফোন দেয়, তাইলে ওর আর দেশে ফিরা লাগবো না। বাড়ির লোকদের বুঝাইয়া রাখ। — দালালের মেসেজ, আম্মার ফোনে আসছে")
F("threats_and_coercion", "bn",
  "পারমিট নাই তোমাগো, আমি না থাকলে সবাই জেলে। চুপচাপ কাজ করো, বেশি কথা কইলে ইমিগ্রেশনে খবর দিমু, বাড়িতেও খবর যাইবো।")

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)
# ---- en (16 hard, 4 everyday)
N("news", "en",
  "Sabah Immigration detained 87 undocumented workers in an operation near Tawau; 3 recruitment agents arrested for suspected forced labour, "
  "state director says. https://www.thestar.com.my/metro/metro-news/2026/11/28/sabah-ops-tawau",
  [("url", "https://www.thestar.com.my/metro/metro-news/2026/11/28/sabah-ops-tawau")])
N("awareness", "en",
  "Reminder: your passport belongs to you. An employer in Malaysia should not keep it. If your passport or salary is held, contact the "
  "Labour Department (JTK) Sabah or the labour wing of the Bangladesh High Commission. Keep a photo of your passport on your phone.")
N("official", "en",
  "Estate Office notice: October salary will be credited on 7 Nov to your bank account. Payslips at the office. Any question on deductions "
  "see the Manager or email hr@ladangsrimulia.com.my",
  [("email", "hr@ladangsrimulia.com.my")])
N("official", "en",
  "BMET: The government-fixed migration cost for Malaysia is Tk 78,990. Do not pay any agent more than this. Register through the "
  "Ami Probashi app or http://www.bmet.gov.bd",
  [("url", "http://www.bmet.gov.bd")])
N("receipt", "en",
  "bKash: You have received Tk 15,000.00 from 01863204519. Fee Tk 0.00. Balance Tk 15,230.50. TrxID 9C7F3KQ1ZX at 03/11/2026 20:14",
  [("phone", "+8801863204519"), ("mfs_transaction", "9C7F3KQ1ZX")])
N("receipt", "en",
  "Remittance successful. RM 800.00 sent to MD ABUL KASHEM, bKash wallet 01711624390, amount received BDT 21,520. Thank you for using our service.",
  [("phone", "+8801711624390")])
N("family", "en",
  "Abba's passport is ready (A05521987), collected from Comilla office today. He keeps asking if you need his passport copy for your bank nominee, "
  "I told him no, only NID.",
  [("bd_passport", "A05521987")])
N("family", "en",
  "Your sister's marriage date fixed 12 Jan. Groom works in Johor, he will come with 20 days leave. Don't worry about money, "
  "we managed, send only if you can after salary.")
N("joke", "en",
  "Rahim bhai says his wife keeps his passport, his phone and his whole salary. Classic forced labour case 😂 somebody call the NGO")
N("joke", "en",
  "Boss said today we must work 24 hours non stop... then I woke up 😅 Sunday off brothers, sleeping till 10")
N("worker_content", "en",
  "Alhamdulillah 3rd year here. Salary always on 7th, overtime paid, manager did permit renewal without cutting anything. "
  "Anyone from Noakhali wanting to come, only through licensed agency, don't pay any dalal.")
N("worker_content", "en",
  "Company kept our passports just 2 days for the permit renewal at Immigration, all returned today with new sticker. "
  "Check your expiry date, mine now till 2028.")
N("news", "en",
  "RAB arrests 5 members of a human trafficking gang in Dhaka that sent young men to Malaysia with fake job offers and collected Tk 4-6 lakh each.")
N("news", "en",
  "Malaysia lifts freeze on foreign worker intake for plantations; employers must follow the employer-pays recruitment policy, minister says.")
N("awareness", "en",
  "If anyone offers a Malaysia job with 'free visa', or tells you to send money to many different bKash numbers, it's a scam. "
  "Check the agency licence with BMET before paying anything.")
N("official", "en",
  "Bangladesh High Commission Kuala Lumpur: consular camp in Tawau on 14-15 Dec for passport renewal (e-passport). Bring old passport, "
  "permit copy and 2 photos. Fee as per government rate only.")
N("chatter", "en", "Who took the lorry key? Mandor looking for it, fruit must go to the kilang before 4pm", hard=False)
N("chatter", "en", "Cricket tonight 8pm Bangladesh vs Sri Lanka, TV in Jalal's room. bring chips", hard=False)
N("chatter", "en", "anyone has type C charger? mine broken", hard=False)
N("chatter", "en", "Heavy rain forecast tomorrow, kapala says harvest starts 6.30 not 6", hard=False)

# ---- bn-Latn (16 hard, 4 everyday)
N("family", "bn-Latn",
  "Ammu bolse tor passport er meyad march e shesh, renew er jonno High Commission e kobe jabi? Abba chinta kore.")
N("family", "bn-Latn",
  "Bhaiya 20 hajar pathaisi bKash e, TrxID 8M5R2TQ6WA, Rina r biyer gohonar jonno. baki ta next month e dio, tension nio na",
  [("mfs_transaction", "8M5R2TQ6WA")])
N("family", "bn-Latn",
  "Chachato bhai Malaysia jaite chay, ami bolsi BMET e registration kor, ar dalal ke 1 taka o dibi na jotokkhon license number na dekhay.")
N("family", "bn-Latn",
  "Apa r biyer kotha cholche, chele Dubai thake. Abba bolse age chele r kaj kagoj sob dekhbo, tarpor kotha.")
N("joke", "bn-Latn",
  "Kapala amar nam Rahman er jaygay Raman likhse, ekhon ami half Indian 😂 permit e thik korte hobe abar")
N("joke", "bn-Latn",
  "Bou bolse tumi Malaysia theke ashle passport ami rakhbo, ar jaite dibo na 😂 eta ki trafficking na bhalobasha?")
N("worker_content", "bn-Latn",
  "Ei mash e OT soho RM1850 paisi, kapala bhalo manush, Eid e 3 din chuti dise. Alhamdulillah")
N("worker_content", "bn-Latn",
  "Amader kapala Joni bhai notun der ke shikhaitese kivabe egrek dhorte hoy, prothom shoptaho beshi target dey na")
N("chatter", "bn-Latn",
  "Ke ke Tawau jaba shonibar? Company lorry jabe 9 tay, fire ashbe 5 tay. Shopping list dao")
N("chatter", "bn-Latn",
  "Kongsi te kal rat e current chilo na, generator er diesel shesh. Manager ke bolsi, aj anbe")
N("awareness", "bn-Latn",
  "Shobai shunen: keu jodi bole Malaysia calling visa 2 lakh e, 7 din e flight — oita proterona. Sarkari khoroch 78,990 taka. "
  "BMET e agency check koren. Telegram channel @ProbashiSurokkha e aro tottho.",
  [("telegram", "@ProbashiSurokkha")])
N("awareness", "bn-Latn",
  "Embassy labour wing er WhatsApp: +60 11-5620 3391. Beton na dile, passport atkaile, mar dhor korle ekhane janan, nam gopon rakhbe.",
  [("phone", "+601156203391")])
N("news", "bn-Latn",
  "Khobor: Lahad Datu te police raid, 20 jon Bangladeshi dhorse jader permit chilo na. Amader estate er keu na, tobu permit copy shathe rakhen.")
N("news", "bn-Latn",
  "Prothom Alo te dekhlam, Malaysia te lok pathanor syndicate er 12 ta agency er license batil. Amader agent er nam list e nai.")
N("official", "bn-Latn",
  "Office notice: porshu FOMEMA medical, shobai shokal 7 tay office er shamne. Khoroch company dibe, karo beton theke katbe na.")
N("receipt", "bn-Latn",
  "Nagad: Cash In Tk 5,000.00 from agent 01747318902 successful. TxnID 73KM9QZ2. Balance Tk 5,412.00",
  [("phone", "+8801747318902"), ("mfs_transaction", "73KM9QZ2")])
N("chatter", "bn-Latn", "aj rat e khichuri, keu murgi anle bhalo hoy", hard=False)
N("chatter", "bn-Latn", "bhai tomar Robi sim e MB ase? amar ta shesh. notun number 01834 662 190 e call dio", [("phone", "+8801834662190")], hard=False)
N("chatter", "bn-Latn", "Jummah 1:15 e, masjid er van 12:45 e charbe", hard=False)
N("chatter", "bn-Latn", "Happy birthday Shuvo bhai 🎂🎉", hard=False)

# ---- bn (15 hard, 5 everyday)
N("news", "bn",
  "খবর: মানবপাচার মামলায় নারায়ণগঞ্জের এক দালাল গ্রেপ্তার, মালয়েশিয়ায় চাকরির কথা বলে ৩০ যুবকের কাছ থেকে টাকা নেওয়ার অভিযোগ।")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠানোয় অনিয়মের অভিযোগে এজেন্সি সিন্ডিকেট নিয়ে তদন্ত শুরু করেছে দুদক।")
N("awareness", "bn",
  "সচেতনতা বার্তা: বিদেশে গিয়ে কাউকে নিজের পাসপোর্ট দিবেন না। মালিক আটকে রাখলে দূতাবাস বা শ্রম অফিসে জানান। সমস্যায় পড়লে প্রবাসবন্ধু কল সেন্টারে ফোন দিন।")
N("awareness", "bn",
  "ভাইয়েরা, কোনো দালাল যদি বলে ১৫ বছরের ছেলেরেও পাঠানো যাবে, বয়স বাড়াইয়া দিবে—বিশ্বাস কইরেন না, এটা অপরাধ। ছোটদের বিদেশে পাঠাবেন না।")
N("official", "bn",
  "বিএমইটি: মালয়েশিয়াগামী কর্মীদের স্মার্ট কার্ড বিতরণ আগামী রবিবার। নিজ নিজ পাসপোর্ট ও রেজিস্ট্রেশন কপি সঙ্গে আনুন।")
N("official", "bn",
  "হাই কমিশন বিজ্ঞপ্তি: অনিয়মিত কর্মীদের বৈধ হওয়ার আবেদন ৩১ ডিসেম্বর পর্যন্ত, শুধু অনুমোদিত প্রতিষ্ঠানের মাধ্যমে করুন। কোনো দালালকে টাকা দিবেন না।")
N("family", "bn",
  "তোর আব্বার এনআইডি নম্বর ১৯৮২৬৫১৪৩২৭০০৯১২৮ লাগবে কইলি নমিনির জন্য, দিলাম। ব্যাংকের ফর্মটা ঠিকমতো পূরণ করিস।",
  [("bd_nid", "19826514327009128")])
N("family", "bn",
  "বাবা, তোমার পাঠানো টাকায় জমির বন্ধক ছাড়াইছি। ঋণ আর নাই, আল্লাহর রহমতে। এখন নিজের শরীরের যত্ন নিও।")
N("family", "bn",
  "বউমার পাসপোর্ট করতে দিছি, কিন্তু ওর এখন যাওয়ার দরকার নাই। তুই দুই বছর পরে দেশে আয়, তখন দেখা যাইবো।")
N("receipt", "bn",
  "বিকাশ: আপনার অ্যাকাউন্টে ৳১০,০০০ ক্যাশ ইন হয়েছে। TrxID 8R6T1WQ3PN। ব্যালেন্স ৳১০,২৫০।",
  [("mfs_transaction", "8R6T1WQ3PN")])
N("receipt", "bn",
  "নগদ: আপনি ০১৩১৮৪৫৭২০৯ নম্বরে ৳২,০০০ সেন্ড মানি করেছেন। TxnID 71KX4RM8। ধন্যবাদ।",
  [("phone", "+8801318457209"), ("mfs_transaction", "71KX4RM8")])
N("joke", "bn",
  "কাপালা আজকে মজা কইরা কইলো যে বেশি ঘুমাইবো তারে ইমিগ্রেশনে দিয়া দিবো 😂 ইমিগ্রেশনের লোকেও দুপুরে ঘুমায় ভাই")
N("worker_content", "bn",
  "এই কোম্পানিতে পাসপোর্ট নিজের কাছেই থাকে, লকারও দিছে। বেতন ব্যাংকে আসে, মাসে মাসে স্লিপ দেয়। আগের জায়গা থেকে অনেক ভালো।")
N("worker_content", "bn",
  "এই মাসে ৪০ ঘণ্টা ওভারটাইম করলাম, নিজের ইচ্ছায়, টাকাও পুরা দিছে। দেশে ঘর তোলার কাজ চলতেছে।")
N("chatter", "bn",
  "কালকে কেএল থেকে নতুন ১৫ জন আসবে, রুম ৪ আর ৫ খালি কইরা রাখো, তোষক অফিস থেকে দিবে।")
N("chatter", "bn", "রান্নাঘরের গ্যাস শেষ, কাপালা ভাইরে কও অফিসে জানাইতে", hard=False)
N("chatter", "bn", "আজ মাগরিবের পরে মিলাদ, সবাই আসবেন। জিলাপি আনবে মামুন।", hard=False)
N("chatter", "bn", "কারো কাছে প্যারাসিটামল আছে? মাথা ব্যথা", hard=False)
N("family", "bn", "আম্মা কইছে ঈদের জামা কিনা হইছে, ছবি পাঠাইবো", hard=False)
N("chatter", "bn", "রুম ৭ এর ফ্যান নষ্ট, কেউ ঠিক করতে পারলে জানাও", hard=False)

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
    random.Random(143).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev143-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
