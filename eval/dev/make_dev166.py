"""Blind evaluation set dev166 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi site clerk (timekeeper) for a labour supplier on Saudi and Qatari mega-project sites (NEOM, Riyadh metro, Lusail), whose phone holds subcontractors', camp bosses' and workers' messages, ministry and embassy notices, remittances to Chandpur and ordinary chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev166.jsonl"
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


BTC1 = btc("dev166-btc-1")
TRON1 = tron("dev166-tron-1")
ETH1 = eth("dev166-eth-1")

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

# ---- recruitment_deception (bn3, bn-Latn3, en2)
F("recruitment_deception", "bn", "ভাই দালাল শাহজাহান বলছিল NEOM এ কোম্পানি ভিসা, এসি রুম, বেতন ১৬০০ রিয়াল। আইসা দেখি কফিল একটা মুদি দোকানদার, কাজ নিজে খুঁজা লাগবো, মাসে ২০০ রিয়াল তারে দিতে হবে। এইটা নাকি ফ্রি ভিসা। ৬ লাখ টাকা দিছি ভাই, দালালের নাম্বার ০১৭৮৩-৫২৯৪০৬ এখন বন্ধ", [("phone", "+8801783529406")])
F("recruitment_deception", "bn", "মামা শুনেন, চাঁদপুরের এজেন্ট যে কাগজে সই করাইছিল ওইটায় ইলেকট্রিশিয়ান লেখা আছিল। এখানে আইসা আমাগো ৩০ জনরে দিছে মাটি কাটার গ্যাং এ, বেতন কয় ১০০০। কন্ট্রাক্ট দেখতে চাইলে কয় আরবিটাই আসল, বাংলাটা কিছু না")
F("recruitment_deception", "bn", "🇶🇦 কাতার লুসাইল প্রজেক্টে জরুরি লোক নিয়োগ!! বেতন ২২০০ রিয়াল + ওভারটাইম, থাকা খাওয়া ফ্রি। মেডিকেল লাগবে না, ট্রেনিং লাগবে না, BMET ঝামেলা ছাড়াই ১৫ দিনে ফ্লাইট। খরচ মাত্র ৪.৫ লাখ, অর্ধেক অগ্রিম। যোগাযোগ 01846-372915", [("phone", "+8801846372915")])
F("recruitment_deception", "bn-Latn", "Rafiq bhai apnader company to amader niche na, agent bolse Almarai te driver visa. airport theke soja niye ashe Riyadh metro camp e. license nai kisu nai, bole shovel dhor. amra 4 jon ekoi obostha")
F("recruitment_deception", "bn-Latn", "bro recruit korar shomoy video call e AC camp dekhaise, ekhon 12 jon ek ghore, toilet ekta. jiggesh korle bole 'oita head office er camp silo'. salary o 1400 na, 950 dey")
F("recruitment_deception", "bn-Latn", "Saudi NEOM e kaj ✅ kafil visa 100% legal, iqama 3 din e hate, salary 2000+ , age 18-40. kono fee nai shudhu processing 3.8 lakh 😊 amra dalal na direct company. WhatsApp: wa.me/8801739254810", [("whatsapp", "+8801739254810")])
F("recruitment_deception", "en", "Batch of 22 landing Wed night. They signed the Bangla paper with 1600, Muqeem contract says 1000 basic. Don't explain anything, just say allowance starts after probation. Tell your timekeepers the same line.")
F("recruitment_deception", "en", "Sir I am writing for my cousin Sohel, passport EB4729163. Agent told him hotel job in Doha 5 star. Now he is in Industrial Area carrying blocks for Lusail site, another company name on his QID. He never signed for construction.", [("bd_passport", "EB4729163")])

# ---- fees_and_debt (bn3, bn-Latn2, en3)
F("fees_and_debt", "bn", "আব্বা জমি বন্ধক দিয়া সাড়ে ৫ লাখ দিছে। এখন ফোরম্যান কয় ইকামার ফি, মেডিকেল, ইনস্যুরেন্স সব আমার বেতন থেকে কাটবো, মাসে ৪০০ রিয়াল। হাতে থাকে ৬০০। এই দেনা কেমনে শোধ করমু ভাই")
F("fees_and_debt", "bn", "নতুন ১৮ জনের লিস্ট পাঠাইলাম। প্রত্যেকের কাছে এজেন্টের ২৫০০ রিয়াল পাওনা, প্রতি মাসে কার্ড থেকে ৩০০ কইরা কাটা হবে। পুরা শোধ না হওয়া পর্যন্ত কারো এক্সিট রি-এন্ট্রি হবে না। টাইমশিটে আলাদা কলাম রাখেন")
F("fees_and_debt", "bn", "ভাই কফিল রিলিজ দিবো না, অন্য কোম্পানিতে যাইতে হইলে ৯০০০ রিয়াল দিতে হবে কয়। বাড়িতে এখনো ৩ লাখ টাকা সুদে দেনা, কি করুম কিছু বুঝতেছি না")
F("fees_and_debt", "bn-Latn", "Boss bolse iqama renew er 650 ar work permit er 9600 riyal er bhag amader dite hobe, 2 bochor kisti te. ami bollam eta to company dey, bole 'tahole final exit nao, ticket nijer'. agent ke already 7 lakh taka dise abba")
F("fees_and_debt", "bn-Latn", "Shamim bhai amar 3 mash er salary diye agent er loan katse. bole ar 4 mash kaj korle shodh hobe, tarpor pay. kono kagoj nai koto baki, jiggesh korleo bole na")
F("fees_and_debt", "en", "Listen all new guys. Visa cost 14,000 SAR, company paid for you. Every month 500 cut from your card until finish. If you run, the full balance goes to your family in Bangladesh through the agent.")
F("fees_and_debt", "en", "Bhai please check my timesheet deduction. Every month 'agency charge 350' and now they say I still owe 6200. I came 2 years back and paid 4.8 lakh in Dhaka already. Is this legal??")
F("fees_and_debt", "en", "Transfer to new sponsor is possible but first clear your debt: ticket 1800, visa 6000, food advance 2400. Total 10,200 SAR. Pay cash at Abu Faisal office, call +966 55 920 4718, then we sign the release.", [("phone", "+966559204718")])

# ---- labour_exploitation (bn2, bn-Latn3, en3)
F("labour_exploitation", "bn", "টাইমকিপার ভাই, আমার চার মাসের বেতন আসে নাই। WPS কার্ডে ব্যালেন্স শূন্য, কার্ড তো সুপারভাইজারের কাছে, পিনও সে জানে। ব্যাংকে গেলে কয় কোম্পানি টাকা দিয়া আবার তুইলা নিছে")
F("labour_exploitation", "bn", "জুলাই মাসে দুপুর ১২টা থেকে ৩টা কাজ বন্ধ থাকার কথা, এখানে পাইপ লাইনে পুরা দুপুর কাজ করাইতেছে। কাল নাসির মাথা ঘুইরা পইড়া গেছে। ইন্সপেক্টর আসলে বলে লিখবা সবাই শেডে ছিল")
F("labour_exploitation", "bn-Latn", "16 ghonta duty cholse 3 mash dhore, shokal 5 ta theke rat 9 ta, friday o. overtime er kotha bolle bole 'basic e shob include'. ami timesheet e 14 likhi, boss kete 8 kore dey")
F("labour_exploitation", "bn-Latn", "camp e din e 1 bela khabar, dal ar khubz. 40 jon er ekta kitchen, AC 2 mash dhore nosto. rat e shift kori, din e gorom e ghumaite pari na. keu asusth hoile o site e jaite hoy")
F("labour_exploitation", "bn-Latn", "Mudad e 8 ghonta dekhaben, baki 6 ghonta alada khata te rakhben. overtime kono record e jabe na. boss er order, apnar official timesheet e ekta ghonta o beshi jeno na thake")
F("labour_exploitation", "en", "Lusail zone C: men on night shift 7pm to 7am then called back 10am for concrete pour. Nobody had rest day since Ramadan. Foreman says if anyone refuses, no salary this month.")
F("labour_exploitation", "en", "Sir 5 months no salary. Only 200 riyal food money. Company says project payment stuck but they take us every day to site. We cant even send home for Eid. Call me +966 57 204 8813 if you can talk to boss", [("phone", "+966572048813")])
F("labour_exploitation", "en", "Reminder to supervisors: do NOT hand payroll cards to the new Tabuk gang. Cards stay in the office safe. Salary will be credited for the WPS file and withdrawn by accounts the same day.")

# ---- threats_and_coercion (bn3, bn-Latn3, en2)
F("threats_and_coercion", "bn", "যে কয়জন মন্ত্রণালয়ে কমপ্লেইন দিছে ওদের নাম কাল হুরুব লিস্টে যাবে। পুলিশ ধরলে ডিপোর্ট, জীবনে আর সৌদি ঢুকতে পারবো না। বাকিগুলারে বুঝাইয়া দেন")
F("threats_and_coercion", "bn", "তোর বাড়ি চাঁদপুর মতলব, তোর বাপের নাম্বার ০১৫৫৮৩৬২৯০৪ আমার কাছে আছে। বেশি কথা কইলে ওইখানে লোক যাইবো। চুপচাপ কাজ কর", [("phone", "+8801558362904")])
F("threats_and_coercion", "bn", "ভাই সুপারভাইজার কাল রহিমরে পাইপ দিয়া পিটাইছে, সে পানি খাইতে বসছিল বইলা। আমরা কেউ কিছু কইতে পারি নাই, কইছে মুখ খুললে সবার ইকামা ক্যান্সেল")
F("threats_and_coercion", "bn-Latn", "ei je tui camp theke palaisos, ami already absconding dite bolsi. 2 diner moddhe na ashle police case, tarpor deport. ashle mafi, boss ke ami bujhabo. ei number e call de 00966 50 731 6642", [("phone", "+966507316642")])
F("threats_and_coercion", "bn-Latn", "Kafil bolse salary chaile final exit dibe na, huroob kore dibe, tokhon tui illegal, ke tore bachabe? embassy o kisu korte parbe na iqama chara")
F("threats_and_coercion", "bn-Latn", "Kamal re ajke room e atkaiya marse 3 jon mile, karon o tar bhai er kase camp er video pathaise. phone bhaingga dise. amader bolse next jon ke hospital e pathabe")
F("threats_and_coercion", "en", "Any worker who joins the strike on Sunday will be reported to Jawazat as runaway the same day. We have the list. Tell your people, there is no second warning.")
F("threats_and_coercion", "en", "If your brother goes to the embassy I will file case that he stole 20,000 riyal from site store. Then lets see who gets him out of jail. Call me +966 53 418 2907 before tonight.", [("phone", "+966534182907")])

# ---- isolation_and_control (bn2, bn-Latn2, en3)
F("isolation_and_control", "bn", "নতুনদের মোবাইল অফিসে জমা থাকবে, শুক্রবার আধা ঘণ্টার জন্য দেওয়া হবে, বাড়িতে কথা বললে স্পিকারে। কেউ ক্যাম্পের ছবি পাঠাইলে মোবাইল একেবারে বাতিল")
F("isolation_and_control", "bn", "আম্মা আমি ভালো নাই। ক্যাম্পের গেটে তালা, বাইরে যাইতে দেয় না, দোকানেও না। বাসে সাইট, সাইট থেকে বাসে ক্যাম্প। এই নাম্বারটা অন্যের, কাউরে বইলো না আমি ফোন দিছি")
F("isolation_and_control", "bn-Latn", "bhai passport company rakhse, iqama er copy o dey na. checkpoint e dhorle ami ki proman korbo? bole iqama card office e thakbe, tomar bahire jaoar dorkar ki")
F("isolation_and_control", "bn-Latn", "embassy er team friday ashbe camp visit e. notun ra keu jeno samne na jay, oder oi din Tabuk site e pathaiya den. ar jara thakbe tader bolen shob thik ase bolte")
F("isolation_and_control", "en", "Passports of all 40 Bangladeshi workers are with Mr. Turki for 'safe keeping'. Now they want me to sign a paper that the men gave them voluntarily. I did not sign yet. What should I do bhai?")
F("isolation_and_control", "en", "Please help. Me and 6 others locked in a villa in Al Kharj since 2 weeks, no phone, this is watchman phone. We came for NEOM company but they gave us to another sponsor. My passport no A07381924.", [("bd_passport", "A07381924")])
F("isolation_and_control", "en", "Rule for new batch: no SIM card for first 6 months. Calls home only from supervisor phone and he stays beside. Anyone found with a mobile, 500 fine.")

# ---- sexual_exploitation (bn3, bn-Latn2, en2)
F("sexual_exploitation", "bn", "ভাই আমার বোন রিয়াদে হাউসমেইড ভিসায় আসছে। এখন কয় মালিকের পোলা রাতে রুমে ঢুকে, দরজায় লক নাই, কইলে মালিকানি তারে মারে। পাসপোর্টও ওদের কাছে। কি করমু কন")
F("sexual_exploitation", "bn", "বাথায় একটা ফ্ল্যাটে কয়েকটা বাংলাদেশি মেয়ে রাখছে, পার্লারের কাজের কথা বইলা আনছে। বৃহস্পতিবার রাতে ক্যাম্প বসের লোক গাড়িতে কইরা নিয়া যায়। মেয়েগুলা নিজে বাইরে যাইতে পারে না")
F("sexual_exploitation", "bn", "ক্যাম্প বস বলছে পরের মাসে ঢাকা থেকে ৪টা মেয়ে আনবে 'ক্লিনার' হিসাবে, আসলে ম্যানেজারদের ফ্ল্যাটে রাখবো। ভিসার কাগজে তোমার সাইটের নাম থাকবে, টাইমশিটে নামগুলা তুইলা রাখবা, কেউ যেন প্রশ্ন না করে")
F("sexual_exploitation", "bn-Latn", "Doha te beauty salon er job bole anse amar vabi ke. ekhon ekta flat e rakhse, rat e customer ashe, passport phone shob niye gese. oder driver er number +974 3316 8850. bhai apni Lusail e thaken, kono help paben?", [("phone", "+97433168850")])
F("sexual_exploitation", "bn-Latn", "Riyadh Batha 🌹 notun Bangladeshi meye ashse, 150 riyal, room available shokal theke rat. direct dekha hobe. Telegram e knock den @batha_rose_bd", [("telegram", "@batha_rose_bd")])
F("sexual_exploitation", "en", "Bro the supervisor says if my wife wants her housemaid salary released she has to 'visit' the manager in his room once. She refused and now they say no salary 3 months. She cry every night.")
F("sexual_exploitation", "en", "New girls arrived from Dhaka, 19-20, very fresh, staying in Najma flat. Per night 600 QAR, driver brings to hotel. Booking only WhatsApp +974 7731 2046", [("phone", "+97477312046")])

# ---- minors (bn2, bn-Latn3, en2)
F("minors", "bn", "রুম ১৪ এর ছোট পোলাটা, ফারুক, ওর বয়স আসলে ১৫। দালাল চাঁদপুরে জন্মনিবন্ধন বদলাইয়া পাসপোর্টে ২২ বানাইছে। ইন্সপেকশনের দিন ওরে স্ক্যাফোল্ডে রাখবেন না, ক্যাম্পে লুকাইয়া রাখবেন")
F("minors", "bn", "আপা আমার মেয়ের বয়স ১৪, এক মহিলা দালাল কইছে সৌদিতে বাসার কাজ, পাসপোর্টে বয়স ২৫ কইরা দিবো, খালি ৩০ হাজার টাকা লাগবো। ওর এনআইডি নাই, দালাল কয় একটা বানাইয়া দিবো")
F("minors", "bn-Latn", "ei batch e 3 ta pola ase dekhte 16-17, passport e 24-25. agent bolse kono somossa nai, medical eo pass koraise. ora 12 ghonta rebar bandhe rode")
F("minors", "bn-Latn", "Bhai amar bhatija, boyosh 13, Dubai hoye Qatar e anse camel farm e. agent bolse thaka khawa free, mashe 800 riyal. ekhon bole 2 bochor taka pabe na, khali khana. ore phone dite dey na")
F("minors", "bn-Latn", "ami amar age lukaisi bhai, ashole 16 bochor. dalal bolse kauke bolbi na, bolle jail. ekhane 8 tolar upor kaj kori, bhoy lage, bari jaite chai")
F("minors", "en", "Sir, the helper Rony in gang 7 is a child, maybe 15. His NID 19984312765098432 is fake, his mother told me on IMO he was born 2011. Agent took 3 lakh from them.", [("bd_nid", "19984312765098432")])
F("minors", "en", "Need 10 boys 14-16 for cleaning at Makkah hotel + camp work, small body good for duct work. Age on passport we will fix. Family gets 20k taka advance. Call/IMO 01349-276158", [("phone", "+8801349276158")])

# ---- payments_and_proceeds (bn2, bn-Latn2, en3)
F("payments_and_proceeds", "bn", "পাসপোর্ট ফেরত চাইলে ৩৫০০০ টাকা এই বিকাশে পাঠান 01927-408316, পাঠাইয়া TrxID দিবেন। টাকা না আসা পর্যন্ত পাসপোর্ট ছাড়া হবে না", [("phone", "+8801927408316")])
F("payments_and_proceeds", "bn", "নতুন লোকগুলার টাকা ব্যাংকে দিবা না। প্রতিজনের ২ লাখ কইরা চাঁদপুর বাজারের হুন্ডি এজেন্ট রতনের কাছে জমা দিতে কও, 01872-604391। নগদে ভাইঙ্গা ভাইঙ্গা পাঠাইবা, এক ট্রানজেকশনে ২৫ হাজারের বেশি না", [("phone", "+8801872604391")])
F("payments_and_proceeds", "bn-Latn", "release er 1 lakh 20 hajar pathaisi bKash e, TrxID BHK7Q2M9XA. ekhon bole aro 40 hajar lagbe, nahole amar bhai ke camp theke chharbe na", [("mfs_transaction", "BHK7Q2M9XA")])
F("payments_and_proceeds", "bn-Latn", f"per head 1500 riyal collect kore USDT te convert koren, ei TRON address e pathaben: {TRON1} . bank e naam ashbe na. pathano hoile list ta delete kore diben", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", f"Visa money from the 30 Chandpur boys goes to the office in Batha, not company account. Abu Nayem converts to BTC and sends to {BTC1}. Do not write this on any timesheet.", [("btc_address", BTC1)])
F("payments_and_proceeds", "en", f"Your husband iqama will be released after payment. Send 800 USDT (ERC20) to {ETH1} and WhatsApp the screenshot. No payment no release.", [("eth_address", ETH1)])
F("payments_and_proceeds", "en", "Brother, 45,000 taka paid to agent by Nagad, TxnID 7K3MD9QX, for my final exit paper. Now his phone off. Before he also took 60k for 'iqama fine' through another number 01612-557093.", [("mfs_transaction", "7K3MD9QX"), ("phone", "+8801612557093")])

# ================================================================ OK
# news
N("news", "bn", "চাঁদপুরে সৌদি পাঠানোর নামে প্রতারণা, মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, তারা 'ফ্রি ভিসা'র কথা বলে জনপ্রতি ৫ লাখ টাকা নিত।")
N("news", "en", "Qatar: Ministry of Labour inspections in June found 312 violations of the summer working hours decision; companies face closure of up to 30 days. (The Peninsula)")
N("news", "bn-Latn", "khobor dekhsen? NEOM er ekta subcontractor er license cancel korse HRSD, oi beton company ta. salary delay er jonno. amader ta na, tension nai")
N("news", "bn", "দূতাবাস সূত্রে জানা গেছে, রিয়াদ মেট্রো প্রকল্পের দুর্ঘটনায় আহত দুই বাংলাদেশি শ্রমিক এখন আশঙ্কামুক্ত। ক্ষতিপূরণের বিষয়ে কোম্পানির সাথে আলোচনা চলছে।")
N("news", "en", "Dhaka Tribune: Police arrest sub-agent who took Tk 4 lakh each from 22 Saudi job seekers using fake BMET smart cards; victims say they never even left Bangladesh.")
# awareness
N("awareness", "bn", "প্রবাসী ভাইয়েরা সাবধান! নিয়োগকর্তা আপনার পাসপোর্ট আটকে রাখতে পারবে না, এটা সৌদি শ্রম আইনে নিষিদ্ধ। বেতন না পেলে মন্ত্রণালয়ের অ্যাপে অভিযোগ করুন, দূতাবাসের শ্রম উইংকে জানান।")
N("awareness", "bn-Latn", "Facebook e 'free visa' 'kafil chara kaj' ad dekhle 100 bar vaben. kono dalal ke passport diben na, taka dile rashid niben. BMET registration chara bidesh jaben na. - Chandpur Probashi Kallyan Forum https://www.facebook.com/chandpurprobashi", [("url", "https://www.facebook.com/chandpurprobashi")])
N("awareness", "en", "OKUP reminder: You do not owe anyone money for your visa after arrival. If an employer deducts 'visa cost' from your salary, write down the dates and amounts and contact the Probashi helpline. Keep a photo of your passport and contract.")
N("awareness", "bn", "হুরুব নিয়ে গুজবে কান দিবেন না। নিয়োগকর্তা মিথ্যা অনুপস্থিতি রিপোর্ট দিলে আপনি মন্ত্রণালয়ে আপত্তি জানাতে পারবেন। কাগজপত্র নিয়ে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন।")
N("awareness", "bn-Latn", "bhaiera keu jodi bole NEOM e 2500 riyal er kaj ase, 5 lakh dile visa, oita dalal. company visa te recruiting agency r license number thake, Ami Probashi app e check koren age")
N("awareness", "bn", "রিয়াদে বাংলাদেশি নারী গৃহকর্মীদের জন্য দূতাবাসের সেফ হোম আছে। নির্যাতনের শিকার হলে দূতাবাসে যোগাযোগ করুন, পাসপোর্ট না থাকলেও আউটপাস দেওয়া হবে।")
# official
N("official", "en", "Ministry of Human Resources: Midday work ban in effect from 15 June to 15 September, 12:00 to 15:00, for all outdoor work under direct sunlight. Violations can be reported through the ministry app.")
N("official", "bn", "বাংলাদেশ দূতাবাস, রিয়াদ: আগামী শুক্রবার জুবাইল ও দাম্মামে ভ্রাম্যমাণ পাসপোর্ট সেবা ক্যাম্প। এমআরপি/ই-পাসপোর্ট নবায়নের জন্য সঙ্গে আনুন পুরাতন পাসপোর্ট ও ইকামার কপি।")
N("official", "en", "BMET: Government-fixed migration cost for Saudi Arabia is Tk 1,65,000 including air fare. Pay only licensed agencies through bank and take a money receipt. Verify licence at https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("official", "bn-Latn", "HR notice: shobar exit re-entry Muqeem e issue hoye gese, 90 din. passport nijer kache rakhben, airport e iqama dekhaben. ticket company dibe Eid er por")
N("official", "en", "Ministry of Labour Qatar: workers may change employer after the probation period by submitting notice on the ministry portal, no NOC required. Employers may not charge any fee for the transfer. https://www.mol.gov.qa", [("url", "https://www.mol.gov.qa")])
N("official", "bn", "জুন মাসের বেতন WPS এর মাধ্যমে ২৮ তারিখে সবার কার্ডে দেওয়া হয়েছে। ব্যালেন্স না দেখালে অফিসে টাইমকিপার সুমনের সাথে যোগাযোগ করুন।")
N("official", "en", "Embassy notice: Bangladesh Embassy Doha labour wing gives free legal advice on wage disputes every Thursday. Bring your QID, contract and WPS statement. Queries: labourwing.doha@bdembassy-qa.org", [("email", "labourwing.doha@bdembassy-qa.org")])
N("official", "bn", "রূপালী ওভারসিজ (আরএল-১৪০৯) এর মাধ্যমে কাতারে ইলেকট্রিশিয়ান নিয়োগ। বেতন ১৮০০ রিয়াল, চুক্তি ২ বছর। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না, পরিশোধ ব্যাংকের মাধ্যমে। যোগাযোগ 01911-263847", [("phone", "+8801911263847")])
# receipts
N("receipt", "en", "You have received Tk 30,000.00 from 01715389264. Ref: Eid bazar. Fee Tk 0.00. Balance Tk 31,240.50. TrxID CKB5R8T1WZ at 03/06/2026 19:42", [("phone", "+8801715389264"), ("mfs_transaction", "CKB5R8T1WZ")])
N("receipt", "en", "Transfer successful. SAR 1,500.00 sent to ROKSANA BEGUM, Bangladesh, bKash wallet 01826473015. Amount received BDT 48,615. Thank you for using urpay.", [("phone", "+8801826473015")])
N("receipt", "bn", "নগদ: আপনার অ্যাকাউন্টে ১৫,০০০ টাকা রেমিট্যান্স এসেছে, ২.৫% প্রণোদনা সহ। TxnID: 74QX2B8N", [("mfs_transaction", "74QX2B8N")])
N("receipt", "bn-Latn", "ammu 25 hajar pathaisi bKash e, TrxID DF93KLM2QP. 5 hajar nanur oshud, baki shongshar khoroch. ebar Rocket e pathaini", [("mfs_transaction", "DF93KLM2QP")])
# family
N("family", "bn", "বাবা, তোর পাসপোর্ট A05829316 এর মেয়াদ ডিসেম্বরে শেষ, দূতাবাসে কবে যাবি? আর ইকামার ছবি মোবাইলে তুইলা রাখছস তো? সাবধানে থাকিস", [("bd_passport", "A05829316")])
N("family", "bn-Latn", "bhaiya Rumi apur biyer jonno 1 lakh lagbe, abba bolse jomi bondhok dibe na. tumi 2 kisti te pathaite parba? tension nio na, ekhane shob thik ase")
N("family", "en", "Uncle Salam's son also wants to go Saudi. I told him only through licensed agency, do BMET registration himself, don't give passport to Jamal dalal. Gave him number of Sonar Bangla Overseas 01711-904528. He listened finally.", [("phone", "+8801711904528")])
N("family", "bn", "আম্মা শুনো, এইবার ছুটি পাইছি, এক্সিট রি-এন্ট্রি হইয়া গেছে। ১৮ তারিখ ফ্লাইট, ঢাকায় নামমু। চাঁদপুরের ইলিশ রাইখা দিও 😄")
N("family", "bn-Latn", "tomar bou re bolo NID er copy ar passport er copy pathaite, family visit visa er kagoj korbo. amar NID 7354918260 eta o lagbe. originals ora nijeder kache rakhbe", [("bd_nid", "7354918260")])
N("family", "bn-Latn", "mama passport ta apnar kache rakhen, ami chhuti te ashle niye jabo. Dhaka airport e harai jabe bhoy lage, gotobar prai harai felsilam")
N("family", "bn-Latn", "khala bolse Shefali ke ekhon bidesh pathabe na, boyosh matro 17. aro 2 bochor pore, age HSC shesh koruk. ami o oi kotha bolsi")
# jokes
N("joke", "bn-Latn", "Lusail e aj 49 degree, helmet er moddhe dim dile omelet hoye jabe 😂 supervisor bole egg supply kora company er kaj na")
N("joke", "bn", "কফিল কয় আমার আরবি শুনলে সে নাকি ইংলিশ ভুইলা যায়, আমি কই আপনার ইংলিশ শুনলে আমি বাংলা ভুইলা যাই 😂")
N("joke", "en", "Breaking news: site clerk Suman found sleeping on the timesheet pile, claims he was doing 'night shift verification' 😂😂")
N("joke", "bn-Latn", "bhai ami to vabsilam NEOM mane neon light er shohor, ese dekhi shudhu pahar ar bali 🤣 tobe salary thik thak ashe")
N("joke", "bn-Latn", "haha bhai ajke rat e camp er gate e tala diyo na, Batha theke deri hobe, room 9 er shobar jonno biryani antesi 😋")
# worker content
N("worker_content", "en", "Alhamdulillah 3 years in this company, salary every 27th in card, overtime paid separate, yearly ticket. Supervisor is Egyptian but good man. Tell Rana to send CV to recruit@gulfline-contracting.com", [("email", "recruit@gulfline-contracting.com")])
N("worker_content", "bn", "এই কোম্পানিতে ভাই শান্তি আছে, রাতের শিফটে ১০ ঘণ্টা, ওভারটাইম দেড় গুণ। খাবার ক্যান্টিনে, রুমে ৪ জন। বাড়িতে মাসে ৪০ হাজার পাঠাইতে পারি")
N("worker_content", "bn-Latn", "amar passport amar locker e ase bhai, company kono din rakhe nai. iqama renew o company nijer taka diye korse. tui o ashte paros, agency ta licensed")
N("worker_content", "bn", "ভাই ইকামা রিনিউ এর টাকা এইবার কোম্পানি দিছে, বেতন থেকে একটাকাও কাটে নাই। গতবার ভুল কইরা কাটছিল, পরে ফেরত দিছে")
N("worker_content", "bn-Latn", "bhai ami ei company chere dicchi, Qatar e notun kaj paisi, company release diye dise shundor moto. apnar timesheet e ajke last din. notun number +974 5538 1207", [("phone", "+97455381207")])
# work chatter
N("chatter", "en", "Riyadh Metro Line 4, gang 3 attendance 18/20 present, 2 sick leave (Karim, Babul) with clinic slip. Night shift 8h + 2h OT approved by Eng. Hany.")
N("chatter", "bn-Latn", "Suman bhai oi absconding er form ta lagbe na, Monir to final exit niye gese, settlement o paise. list theke kete den")
N("chatter", "bn", "আজকে লুসাইলে ইন্সপেকশন হইছে, সব ঠিক পাইছে। পানি আর শেডের ব্যবস্থা দেইখা খুশি, ছবি তুইলা নিয়া গেছে")
N("chatter", "en", "Timesheets for week 23 uploaded. Please check Tabuk camp, two names duplicated, and update new joiners with iqama numbers from the Muqeem print.")
N("chatter", "bn-Latn", "subcon Al-Fahd er bill approve hoise, workers der salary kalke card e dhukbe. ora 2 din delay er jonno sorry bolse")
N("chatter", "bn", "নতুন ১২ জন আসছে, মেডিকেল হয়ে গেছে, ইকামার কাজ চলতেছে। রুম ৭ আর ৮ এ দিবেন, কোম্পানি নতুন ম্যাট্রেস দিছে। পরশু থেকে ওরিয়েন্টেশন")
N("chatter", "en", "Heat stress alert: 47°C forecast. Work stops 11:30, resume 3:30. Water and ORS at every gang box. Anyone dizzy report to the nurse, no penalty.")
N("chatter", "en", "Re: absconding report - worker Jashim Uddin came back to camp today after 3 days, he was admitted in hospital in Al Khobar. Please cancel the absent entry before HR submits anything.")
# everyday (not hard)
N("chatter", "bn-Latn", "bhai aj khela dekhben? Bangladesh vs Afghanistan, rat 8 ta", hard=False)
N("chatter", "bn", "ভাবি ফোনে রান্না শিখাইছে, আজকে প্রথমবার মুরগি রানলাম 😅", hard=False)
N("chatter", "en", "Anyone going to Batha Friday? need to buy a charger and new SIM pack", hard=False)
N("chatter", "bn-Latn", "ammu kemon aso? abbar pressure er oshud kinso?", hard=False)
N("chatter", "en", "Happy birthday Rafi bhai! 🎂 Allah apnake bhalo rakhuk", hard=False)
N("chatter", "bn", "চাঁদপুরে বৃষ্টি কেমন? এখানে তো ধুলা ঝড়, চোখ খুলা যায় না", hard=False)
N("chatter", "bn-Latn", "Sakib er dokan theke 2 ta mobile cover anish, ami taka dibo", hard=False)
N("chatter", "en", "Cricket match at camp ground tomorrow 9pm, gang 4 vs gang 7. Loser buys tea 😁", hard=False)
N("chatter", "bn", "ছোট ভাইয়ের এসএসসি রেজাল্ট দিছে, জিপিএ ৫ পাইছে আলহামদুলিল্লাহ 🎉", hard=False)
N("chatter", "bn-Latn", "wifi er password change hoise, notun ta office er board e likha ase", hard=False)
N("chatter", "en", "Mom said the new cow had a calf this morning, she sent photo on IMO 😍", hard=False)
N("chatter", "bn", "জুম্মার পরে রুমে আসো, খিচুড়ি হইবো", hard=False)


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
    random.Random(166).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev166-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
