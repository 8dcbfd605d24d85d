"""Blind evaluation set dev150 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi shipyard worker in a Singapore dormitory who helps newcomers, and his family's WhatsApp group in Cumilla.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev150.jsonl"
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


BTC1 = btc("dev150-btc-1")
TRON1 = tron("dev150-tron-1")
ETH1 = eth("dev150-eth-1")

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

# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn", "ভাই আমারে কইছিল শিপইয়ার্ডে ওয়েল্ডার, মাসে ১৫০০ ডলার। আইসা দেখি ক্লিনিং এর কাম, দিনে ১৮ ডলার। এজেন্ট এখন ফোন ধরে না, ধরলে কয় 'কয়দিন যাক, ঠিক হইয়া যাইবো'।")
F("recruitment_deception", "bn", "আইপিএ তে কোম্পানির নাম একটা, এয়ারপোর্ট থিকা নিয়া গেল আরেক কোম্পানিতে। সুপারভাইজার কয় কাগজে যা লেখা আছে ভুইলা যা, এইখানে আমি যা কমু তাই।")
F("recruitment_deception", "bn", "টেস্ট লাগবো না, সরাসরি আইপিএ। ৭ লাখ দিলে ২ মাসে ফ্লাইট, এস পাস দিমু, বেতন ১৮০০ ডলার গ্যারান্টি। কাউরে জিগাইয়া লাভ নাই, আমার মত লাইন কারো নাই। ফোন দিয়েন ০১৮১৯৪৪৭২৩১", [("phone", "+8801819447231")])
F("recruitment_deception", "bn-Latn", "bhai ami to janlam marine er kaj, ekhane eshe dekhi construction site e rod bandhar kaj. contract e ja likha chilo kichui mile na, salary o kom. agent bole 'kichu din por thik hoye jabe' 3 mash hoye gelo")
F("recruitment_deception", "bn-Latn", "Tuas er ek company te direct job!! khawa thaka free, OT unlimited, 1st month theke 1200$ nishchit. Boshe na theke ajkei passport er copy pathan IPA er jonno. Whatsapp: wa.me/8801712938465", [("whatsapp", "+8801712938465")])
F("recruitment_deception", "bn-Latn", "Mama je IPA ta dise oita fake re. MOM er site e number dile kisui ashe na. 4 lakh niye felse already, ekhon bole arekta company te 'try' kortese, r 50 hajar lagbe. Oi dalal er number 01791 226534, keu chinle bolo", [("phone", "+8801791226534")])
F("recruitment_deception", "en", "Bro the agent showed me contract for big shipyard as fitter but IPA came from some cleaning company in Woodlands. He says same same, once you land you can change. Is that true?? I already paid 5 lakh. agent Kamal +880 1856 730914", [("phone", "+8801856730914")])
F("recruitment_deception", "en", "URGENT Singapore shipyard visa! No skill test, no English needed. Salary SGD 2000 + free dorm + free food. Only 10 seat left. Send CV to sgjobs.direct2025@gmail.com or call Rana bhai +65 8342 5791", [("email", "sgjobs.direct2025@gmail.com"), ("phone", "+6583425791")])

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn", "ট্রেনিং সেন্টারে ৩ লাখ, আইপিএ আসার পর আরো ৫ লাখ। বাবায় জমি বন্ধক দিছে, এনজিও থিকা ২ লাখ লোন। এইখানে মাসে হাতে পাই ৬০০ ডলার, দুই বছরেও শোধ হইবো না ভাই")
F("fees_and_debt", "bn", "রিনিউ করতে সুপারভাইজারে ৩০০০ ডলার চায়। একবারে না পারলে প্রতি মাসে বেতন থিকা ৩০০ কইরা রাইখা দিবো কইছে। না দিলে পারমিট আর হইবো না।")
F("fees_and_debt", "bn", "বাকি ২ লাখ সিঙ্গাপুর গিয়া কিস্তিতে দিবা। প্রতি মাসে আমার লোক তোমার বেতন থেকা কাইটা নিবো। শোধ না হওয়া পর্যন্ত পাসপোর্ট আমার কাছে থাকবো, এইটাই নিয়ম।")
F("fees_and_debt", "bn-Latn", "IPA ashche, ekhon agent bolse aro 1.5 lakh lagbe 'medical ar ticket' er jonno. Age bolse sob 6 lakh er moddhe. Ammu bole r kar kache dhar chaibo, shobai to dise already")
F("fees_and_debt", "bn-Latn", "protimash salary bank e dey thik ase, kintu por din supervisor bole ATM theke 400 dollar tule tar hate dite. 'kickback na dile next year renew nai'. 2 bochor dhore ditesi bhai")
F("fees_and_debt", "en", "Supervisor says every worker must pay $250 per month 'dorm maintenance' cash to him, not in payslip. Who don't pay get no OT. Payslip shows $1,450 but I keep only around $900.")
F("fees_and_debt", "en", "Your balance Tk 2,40,000 still due. Once you start work in Singapore you send me $500 every month until cleared. If you stop, I will come to your house in Chauddagram and sit with your father. bKash 01558392047 personal.", [("phone", "+8801558392047")])
F("fees_and_debt", "en", "i paid 9 lakh total, 4 lakh loan from NGO + 3 lakh from uncle at 5 percent per month. after 2 yrs here still only paying interest. agent told i will earn 2000$, real is 20$ a day basic")

# ---- isolation_and_control (bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn", "আসার দিনেই কোম্পানি পাসপোর্ট রাইখা দিছে, কয় 'সেফটির জন্য'। চাইলে কয় দেশে যাওয়ার দিন দিমু। ওয়ার্ক পারমিট কার্ডটাও সুপারভাইজারের ড্রয়ারে।")
F("isolation_and_control", "bn", "ডর্মের বাইরে যাওয়া নিষেধ, রোববারেও। বাস আইসা সাইটে নেয়, আবার আইনা গেটে তালা দেয়। রাইতে ফোন জমা দিতে হয়, এই নম্বরে (০১৯৭৭৩০৫৮১৬) খালি রবিবারে মিসকল দিও। মায়েরে কইও না, টেনশন করবো।", [("phone", "+8801977305816")])
F("isolation_and_control", "bn-Latn", "Bhai oder bolben na je ami apnar sathe kotha boltesi. Supervisor bolse NGO er lok der sathe dekha korle permit cancel. Protidin amar phone er whatsapp check kore")
F("isolation_and_control", "bn-Latn", "amar choto bhai Malaysia te, 3 mash dhore thik moto kotha hoy na. company naki phone niye rakhse, shudhu shukrobar 5 minit IMO te call dey, pashe lok daray thake")
F("isolation_and_control", "bn-Latn", "Notun 4 jon ke ekta container room e rakhse site er bhitore, dorm e ney nai. Bahire jaite dey na, khabar diye jay. Passport agent er kache, oder number o nai kaaro kache")
F("isolation_and_control", "en", "They took all our passports and permit cards at the airport. Mine is A03927415. Boss says if anyone asks, say you keep it yourself. We cannot talk to workers from the next yard.", [("bd_passport", "A03927415")])
F("isolation_and_control", "en", "pls dont post anything in fb about company. supervisor check our phone every sunday and delete contact of other dorm people. we only allowed to call home from his phone with speaker on")
F("isolation_and_control", "en", "My cousin in Dubai said the madam locks the door from outside. She can only call when madam gives phone, once a week. She whispered 'don't tell abba, they will worry'.")

# ---- labour_exploitation (bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn", "সকাল ৭টা থিকা রাইত ১১টা, রোববারেও কাম। ওটি স্লিপে লেখে ৪০ ঘণ্টা, আসলে করি ১২০ ঘণ্টার উপরে। কিছু কইলে কয় 'পছন্দ না হইলে দেশে যা'।")
F("labour_exploitation", "bn", "তিন মাস বেতন দেয় নাই। কয় কোম্পানির অবস্থা খারাপ, পরে একসাথে দিবো। খাওনের টাকাও নাই, রুমের সবাই মিলা চাউল কিইনা ডাইল ভাত খাই।")
F("labour_exploitation", "bn", "এক রুমে ২৪ জন, টয়লেট একটা। হাত কাটলো শুক্কুর ভাইয়ের, কোম্পানি কয় হাসপাতালে যাইস না, নিজের টাকায় ক্লিনিক যা, এমসি নিলে বেতন কাটবো।")
F("labour_exploitation", "bn-Latn", "Salary slip e basic 22 dollar dekhay, hate dey 15. Baki ta 'levy' bole kete ney. Levy to company'r dewar kotha na bhai? keu kichu bole na")
F("labour_exploitation", "bn-Latn", "Vai ajke 18 ghonta kaj korsi ship er tank er vitore, mask dey nai thik moto. Kal abar 6 tay report. Off day gato 5 shoptah pai nai, ghum o hoy na")
F("labour_exploitation", "bn-Latn", "haat e injury hoise, company bole MOM e report korle pathay dibo, nijer taka diye doctor dekhao. 2 shoptah kaj korte pari nai, salary pura kata, khabar o ditese na")
F("labour_exploitation", "en", "Payslip no give since March. They pay cash in envelope, sometime $400 sometime $600, no explain. When I ask for slip they say 'you want job or you want paper'.")
F("labour_exploitation", "en", "Day 1 to day 28 no off. Tank cleaning 16 hrs, 1 packet rice for dinner. Room 20 men, fan broken. Please bhai ask your company if need people, I want transfer, call me +65 9174 2208", [("phone", "+6591742208")])

# ---- sexual_exploitation (bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn", "আপা, সিঙ্গাপুরে স্পা তে কাজ বইলা নিছে। এখন রাইতে হোটেলে কাস্টমারের রুমে পাঠায়। না গেলে কয় টিকেট আর ভিসার টাকা ফেরত দে। পাসপোর্ট মালিকে রাইখা দিছে।")
F("sexual_exploitation", "bn", "দুবাইতে ডান্স বারে কাজ, বয়স ১৮-২৫, দেখতে সুন্দর হইলে মাসে ২ লাখ। পুরা শরীরের ছবি পাঠান ইমুতে। বাসায় কইবেন বিউটি পার্লারে চাকরি। ০১৬২৭৫৮৯৩১৪", [("phone", "+8801627589314")])
F("sexual_exploitation", "bn-Latn", "Geylang e ekta Bangali meye ache, notun aise, ek lok room er bahire boshe thake, taka o she ney. meye ta kotha bolte pare na, shudhu kande. keu ki kichu korte pare?")
F("sexual_exploitation", "bn-Latn", "Shono, tomar bhagni ke KL e 'restaurant' e niye jabo, thaka free. Shudhu guest der sathe boshte hobe, drink dite hobe, raate guest chaile 'extra', taka onek. Ma baba ke bolar dorkar nai. IMO te call dio 01347882193", [("phone", "+8801347882193")])
F("sexual_exploitation", "en", "Singapore hotel job for ladies, age 20-28, slim fair. Social visit pass arranged, 2 week stay earn SGD 8000. Boss arrange all customer, you just stay in room. Telegram @sgvip_madam_rina", [("telegram", "@sgvip_madam_rina")])
F("sexual_exploitation", "en", "She came for a 'waitress' job in a KTV in Johor. Now owner says she owes RM 15,000 for flight and visa, and she must sit with guests and go out with them until it's paid.")
F("sexual_exploitation", "en", "Bro they bring girls from Narayanganj to the massage place near Little India. Girls stay upstairs, never go out. One girl asked me to call her mother, said they took her passport.")

# ---- minors (bn 2, bn-Latn 3, en 2)
F("minors", "bn", "পোলার বয়স ১৬ তো কী হইছে, পাসপোর্টে ২১ বানাইয়া দিমু। জন্মনিবন্ধন নতুন কইরা করাইমু চেয়ারম্যান অফিস থেইকা। বাপের এনআইডি নম্বরটা পাঠান, ১৯৮২১৯১২৬৫৪৩২১০৭৮ এইটা কি ঠিক আছে? কাউরে কইবেন না, স্কুলেও না।", [("bd_nid", "19821912654321078")])
F("minors", "bn", "মাইয়াটার বয়স মাত্র ১৪, দালালে সৌদিতে বাসার কামে নিতে চায়। কয় কাগজে বয়স ঠিক কইরা দিবো, বাপেরে ৫০ হাজার অগ্রিম দিবো। হের বাপে রাজি হইয়া গেছে গো।")
F("minors", "bn-Latn", "Chacha, apnar chele Rifat er boyosh 15, problem nai. Malaysia te palm bagan e nibo, passport e 19 dibo. Chhoto manush mukh khulbe na, kaj o taratari shikhbe.")
F("minors", "bn-Latn", "Chandina te ekta 'training centre' er hostel e 14-15 bochorer pola rakhse, bole Singapore er jonno welding shikhay. Din e 12 ghonta factory te kaj koray, kono taka dey na.")
F("minors", "bn-Latn", "Meye tar age 16, kintu Dubai er 'salon' e neyar jonno passport e 22 likhse. Ekhon oi meye ke ekta flat e rakhse, bahire jete dey na. Ma ta shudhu kande.")
F("minors", "en", "NEED 10 boys age 14-17 for Malaysia factory, small hands good for work. Passport age we fix. Parents get 30k advance. Contact Shafiq 01918364702", [("phone", "+8801918364702")])
F("minors", "en", "My niece is only 15. The broker from Daudkandi says he can send her to Jordan garments, 'age no problem, we make new birth certificate'. Abba already gave him 40,000.")

# ---- payments_and_proceeds (bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn", "আইপিএ এর টাকা ব্যাংকে দিবা না। বিকাশে ভাগ কইরা পাঠাও, এক নম্বরে ২৫ হাজারের বেশি না: ০১৭৪৫৮৩২৯১৬, ০১৮৬৭২৩৪৫৯০। পাঠাইয়া ট্রানজেকশন আইডি খালি ইমুতে দিবা।", [("phone", "+8801745832916"), ("phone", "+8801867234590")])
F("payments_and_proceeds", "bn", "সিঙ্গাপুর থিকা ডলার ব্যাংকে পাঠাইস না। মুস্তফার পিছনে আলম ভাইয়ের দোকানে হাতে দিবি, দেশে আমার লোক নগদ দিয়া আইবো। কোন রসিদ থাকবো না, এইটাই ভালো। আলম ভাইয়ের নম্বর ৮৮২৩ ৪৫১৯", [("phone", "+6588234519")])
F("payments_and_proceeds", "bn", f"এজেন্টে কয় বাকি টাকা USDT দিয়া দিতে, এই ঠিকানায়: {TRON1} । ব্যাংকে দিলে নাকি ঝামেলা, পুলিশ ধরে।", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Nagad e 48,500 pathaisi, TrxID 7KD93LQX2M. Agent bolse eta 'processing fee', kintu tar nam e na, tar bhagne'r number e pathate bolse. Receipt chaile rag kore", [("mfs_transaction", "7KD93LQX2M")])
F("payments_and_proceeds", "bn-Latn", "Kickback er taka supervisor r cash nibe na, bole PayNow te tar wife er number e dite: 91837264. Protimash 1 tarikh er moddhe, note e kichu likhbi na", [("phone", "+6591837264")])
F("payments_and_proceeds", "en", f"Send the renewal money to this BTC address only: {BTC1}. Don't write IPA or renewal in any message. After confirm, boss will release your permit card.", [("btc_address", BTC1)])
F("payments_and_proceeds", "en", f"Boss, 12 workers IPA money collected, total 96 lakh. 40 via bKash cash-out at Chandina agent shops, rest hundi. Cousin wants his cut in USDT, ERC20: {ETH1}. Use IMO only, not whatsapp.", [("eth_address", ETH1)])

# ---- threats_and_coercion (bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn", "চাকরি ছাড়বি? তর বাপের জমির দলিল আমার কাছে, কাইলকাই দখল নিমু। আর তুই যেইখানে যাস, পুলিশে কমু তুই পলাইছস।")
F("threats_and_coercion", "bn", "এমওএম এ কমপ্লেইন করছস শুনলাম। মনে রাখিস, তর বউ পোলাপান চান্দিনায় থাকে, আমার লোক রোজ হেই রাস্তা দিয়া যায়। ভালোয় ভালোয় কাম কর।")
F("threats_and_coercion", "bn-Latn", "Tui jodi NGO te jash, tor permit cancel kore next flight e pathabo, r airport theke sorasori amar lok tore dhorbe. Bujhsos? Tor abba'r loan er kotha mone rakhis")
F("threats_and_coercion", "bn-Latn", "Supervisor aj Karim ke shobar shamne thappor marse, bolse ar ekbar salary'r kotha bolle rod diye marbe. Ke report korbe? Shobai bhoy pay bhai")
F("threats_and_coercion", "en", "If you go to the ministry again I will cancel your work permit and blacklist your name. You will never come back to Singapore. Your family still owes me 3 lakh, remember that.")
F("threats_and_coercion", "en", "Bhai they beat Sumon last night in the container office because he asked for his salary. Told us whoever speaks is next. Pls don't call, I will msg when I can. If no msg 3 days call his brother 01516 284093", [("phone", "+8801516284093")])
F("threats_and_coercion", "en", "You signed the paper. You run away we file police case for theft, police will catch you at airport. Come back to work tomorrow 7am, last warning.")

# ================================================================ OK items
# ---- bn
N("news", "bn", "কুমিল্লায় সিঙ্গাপুর পাঠানোর নামে প্রতারণা: ট্রেনিং সেন্টারের মালিক গ্রেপ্তার। ভুক্তভোগীরা জানান, ভুয়া আইপিএ দেখিয়ে জনপ্রতি ৬ থেকে ৮ লাখ টাকা নেওয়া হয়েছিল।")
N("awareness", "bn", "প্রবাসী ভাইয়েরা, সিঙ্গাপুরে আইপিএ এর জন্য সরকার কোনো টাকা নেয় না। কোম্পানি বা সুপারভাইজার কিকব্যাক চাইলে এমওএম এ জানান, এটা অপরাধ। পাসপোর্ট নিজের কাছে রাখুন।")
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: সিঙ্গাপুরগামী কর্মীরা স্মার্ট কার্ডের জন্য আমি প্রবাসী অ্যাপে নিবন্ধন করুন। প্রশিক্ষণ সনদ ও আইপিএ এর কপি সঙ্গে আনুন। দালালের মাধ্যমে কোনো লেনদেন করবেন না।")
N("receipt", "bn", "বিকাশ: আপনি ৳২০,০০০ সেন্ড মানি করেছেন ০১৮১৬২৯৪৭৩৫ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳১,২৫০.৫০। TrxID 9BH4K2LMQ7", [("phone", "+8801816294735"), ("mfs_transaction", "9BH4K2LMQ7")])
N("family", "bn", "আব্বা, এই মাসে ৮০০ ডলার পাঠাইলাম। ব্র্যাকের কিস্তি ১২ হাজার দিয়া দিবেন, বাকিটা আম্মার ওষুধ আর রিনার বিয়ার জন্য রাখবেন।")
N("family", "bn", "মা, পাসপোর্ট অফিসে গেছিলাম, রাফির পাসপোর্ট রেডি, নং A09385172। আব্বার টাও নবায়ন করতে দিছি, হজ্জের নিয়ত করছে।", [("bd_passport", "A09385172")])
N("joke", "bn", "ডর্মের ডাল এত পাতলা, সুপারভাইজারে কইছে এইটা দিয়া শিপের ট্যাংক ওয়াশ করা যাইবো 😂")
N("worker_content", "bn", "আলহামদুলিল্লাহ, এই মাসে বেতন ঠিক সময়ে পাইছি, ওটি সহ ১৮৫০ ডলার। কোম্পানি ভালো, রবিবার ছুটি। নতুন ভাইরা আইলে আমারে জানাইয়েন, ডর্ম চিনাইয়া দিমু।")
N("chatter", "bn", "কাইলকা রোববার সবাই লিটল ইন্ডিয়া যামু। শামীম ভাই বিরিয়ানি খাওয়াইবো কইছে, প্রমোশন পাইছে বেডায়।", hard=False)
N("family", "bn", "ভাইজান, রফিক আমারে কইতাছে সিঙ্গাপুর যাইতে চায়। আমি কইছি আগে সরকারি টেস্ট সেন্টারে স্কিল টেস্ট দে, কোনো দালালরে এক টাকাও দিবি না। কাগজ সব আমি দেখুম।")
N("awareness", "bn", "বিদেশে যাওয়ার আগে চুক্তিপত্র পড়ে নিন। বেতন, কাজের ধরন, থাকার ব্যবস্থা লিখিত আছে কিনা দেখুন। দালালের মুখের কথায় বিশ্বাস করবেন না। — অভিবাসী কর্মী উন্নয়ন প্রোগ্রাম")
N("news", "bn", "সিঙ্গাপুরে কর্মীদের কাছ থেকে কিকব্যাক নেওয়ায় এক শিপইয়ার্ড সুপারভাইজারকে ১০ মাসের কারাদণ্ড। তিনি ৪০ জন বাংলাদেশি শ্রমিকের কাছ থেকে পারমিট নবায়নের নামে টাকা নেন।")
N("family", "bn", "আম্মা কইছে পুকুরের মাছ বেচার টাকা দিয়া মহাজনের সুদ এই মাসে দেওন লাগবো না, তুই চিন্তা করিস না। আসল টাকা আস্তে আস্তে দিমু, হেয় কিছু কয় নাই।")
N("chatter", "bn", "বাড়িতে আইজ সারাদিন বৃষ্টি, গোমতীতে পানি বাড়ছে। তোমার ভাতিজা ক্লাসে প্রথম হইছে 🥰", hard=False)
N("worker_content", "bn", "পারমিট রিনিউ হইছে, কোম্পানি নিজেই সব খরচ দিছে, আমার এক টাকাও লাগে নাই। বস কইছে আরো ২ বছর থাকতে পারুম, ইনশাআল্লাহ।")
N("joke", "bn", "সৌদি ফেরত মামায় কয় 'ফ্রি ভিসা' মানে নাকি ফ্রিতে কষ্ট 😅 আমরা তো ভাই সিঙ্গাপুরে ভালোই আছি, খালি ভাত কম।")
N("official", "bn", "সিঙ্গাপুরে লাইসেন্সধারী এজেন্সি প্রতি বছরের চুক্তির জন্য সর্বোচ্চ এক মাসের বেতন ফি নিতে পারে, দুই বছরে সর্বোচ্চ দুই মাস। সব টাকার রসিদ নিন।")
N("family", "bn", "মাইয়ার জন্য সম্বন্ধ আইছে, পোলায় দুবাইতে থাকে, ভালো কোম্পানিতে চাকরি। তুই একটু খোঁজ নিস তো, পোলার বাপে কয় কিছু লাগবো না। নম্বর ০১৭১৩৫৫৮২৪৬", [("phone", "+8801713558246")])
N("chatter", "bn", "ভাই কাইলকা শিফট কয়টায়? আমি বাস মিস করলে একটু খাড়াইও।", hard=False)
N("news", "bn", "দুবাইয়ে ড্যান্স বারে কাজের কথা বলে তরুণী পাচার: চক্রের তিন সদস্য গ্রেপ্তার, জানিয়েছে সিআইডি। ভুক্তভোগীদের পরিবারকে থানায় যোগাযোগের অনুরোধ।")

# ---- bn-Latn
N("family", "bn-Latn", "Ammu, bKash e 25000 pathaisi, TrxID 8AK7M3PQ2D. Kisti ta dia diyen, r Rina'r form fill up er taka o oikhan theke rakhben", [("mfs_transaction", "8AK7M3PQ2D")])
N("worker_content", "bn-Latn", "Alhamdulillah bhai, amar company ta valo. Salary slip protimash dey, OT 1.5x, passport amar nijer locker e. Tui ashle ami refer korte pari, kono taka lagbe na. amar number 9036 7781 e whatsapp dis", [("phone", "+6590367781")])
N("chatter", "bn-Latn", "kal sunday Mustafa te jabo, ammu'r jonno ekta chain nibo, Rina'r biyer gift. keu jabi?")
N("joke", "bn-Latn", "Supervisor aj bolse 'tomorrow no OT'. Puro dorm e eid er moto khushi 😂 sobai 12 ghonta ghumabo")
N("awareness", "bn-Latn", "Bhaiyera, keu jodi bole 'test chara direct IPA', biswas korben na. IPA MOM er site e check koren FIN number diye, free te check kora jay. Kono dalal ke taka diben na")
N("family", "bn-Latn", "Bhaiya, Rafi bolse Malaysia jabe, agent 5 lakh chay. Ami bolsi age BMET e check kor oi agency'r license ase kina. Tumi ektu kotha bolo to or sathe")
N("news", "bn-Latn", "Cumilla te bhua training centre er malik arrest, 50 jon er kach theke Singapore pathabe bole taka niyechilo. Ekhon police bolche bhuktobhogi ra thana te jogajog korun")
N("receipt", "bn-Latn", "Nagad: Cash Out Tk 10,000.00 successful. Agent: 01923847561. Fee Tk 115.00. TxnID 71XC4P9B. Balance Tk 3,280.00", [("phone", "+8801923847561"), ("mfs_transaction", "71XC4P9B")])
N("family", "bn-Latn", "Abba bollo jomi ta bondhok theke chharano hoye gese tor pathano takay. Ekhon r kono dhar nai, mohajon er kache o na. Shukriya baba, dua kori")
N("chatter", "bn-Latn", "Bhai wifi password ta koi? room 3-12 er router ta abar off hoye gese", hard=False)
N("worker_content", "bn-Latn", "Amar first salary paisi aj, 1320 dollar, slip o dise. Dorm er khabar moja na kintu cholbe. Ammu ke bolo chinta na korte")
N("family", "bn-Latn", "Apa'r biye Falgun mashe thik. Chele Singapore e thake, S pass e, engineer. Or passport ar permit er copy dekhlam, sob thik ase, passport no EH4729105. Abba khushi", [("bd_passport", "EH4729105")])
N("joke", "bn-Latn", "Cumillar roshmalai na khaile Singapore er dollar o mishti lage na 😋", hard=False)
N("awareness", "bn-Latn", "HOME helpline: kono company passport rakhle, salary na dile, ba kickback chaile amader sathe jogajog korun +65 6341 7434. Apnar nam gopon thakbe.", [("phone", "+6563417434")])
N("chatter", "bn-Latn", "Notun 3 jon ashche aj Tuas South dorm e. Ami oder SIM ar EZ-link card kinte niye jabo bikale, passport nije rakhte bolsi. Kono dorkar hole Rahim ke call dibe 8451 2290", [("phone", "+6584512290")])
N("family", "bn-Latn", "Mama Saudi theke ashse, bolse oikhane iqama niye kono jhamela hoy nai, company valo. Ekhon abar jete chay, same company, kafil o same")
N("official", "bn-Latn", "Ami Probashi app e registration complete. Apnar BMET smart card er appointment: 12/01, Cumilla DEMO office, sokal 10 ta. NID er copy sathe anben: 5102938476", [("bd_nid", "5102938476")])
N("chatter", "bn-Latn", "Aj Kranji te cricket match, amader dorm vs Jurong dorm. Sobai asho, 4 tay start!", hard=False)
N("family", "bn-Latn", "Nanu'r shorir ekhon valo, daktar bolse presser ta kome gese. Dua koiro sobai", hard=False)
N("worker_content", "bn-Latn", "Bhai ami 8 bochor ekhane, kono din salary late hoy nai. Notun der boli, kono dalal er kotha shunbi na, test center diye ashbi, kom khoroch hoy")

# ---- en
N("news", "en", "MOM prosecutes marine firm director for collecting kickbacks from 38 foreign workers in exchange for work permit renewals. Workers were asked to return part of their salary in cash.")
N("awareness", "en", "MWC reminder: your employer must give itemised payslips and pay salary within 7 days after the salary period. Keep your own passport. Call our 24h helpline +65 6536 2692 if you need help.", [("phone", "+6565362692")])
N("official", "en", "Notice from licensed agency (EA 19C4821): placement fee capped at 1 month salary per year of work permit. Official receipt issued for every payment. We never ask for payment to personal accounts. Enquiries: enquiry@bluewavemanpower.com.sg", [("email", "enquiry@bluewavemanpower.com.sg")])
N("receipt", "en", "bKash Payment Tk 1,500.00 to Grameenphone successful. TrxID 6FJ2N8RW4T. Balance Tk 8,420.50. Download bKash app for offers.", [("mfs_transaction", "6FJ2N8RW4T")])
N("worker_content", "en", "Bro my company very good. Basic $24 a day, OT paid every hour, Sunday off. Passport I keep in my own locker. Only dorm food need improve haha")
N("family", "en", "Assalamu alaikum everyone. Sent 60,000 to Abba's account for the loan installment and Nabila's school fee. Please confirm when received. bKash TrxID 5GT8W2KJ9N", [("mfs_transaction", "5GT8W2KJ9N")])
N("joke", "en", "Singapore rule no.1: if supervisor smiles at you, tomorrow double shift 😂😂")
N("chatter", "en", "Anyone going to Mustafa tonight? Need to buy luggage, going home on leave next month, 3 years finally!")
N("awareness", "en", "Before you pay anyone for a job abroad, ask: Is the agency licensed by BMET? Is there a written contract? Is the fee within the government rate? If the answer is no, walk away.")
N("news", "en", "Police rescue 23 Bangladeshi workers from a Johor farm; three agents detained, Malaysian officials say. The workers told police their passports had been held for months.")
N("family", "en", "Bhaiya, Nusrat got admission in Cumilla Victoria College!! She wants to thank you for paying the fees 🙏", hard=False)
N("chatter", "en", "Happy birthday Tonmoy! Cake in room 5-07 after isha, bring your own plate", hard=False)
N("worker_content", "en", "Finished my 2nd year as foreman. Company sending me for safety supervisor course, fully paid. Never thought a guy from Burichang would do this.")
N("official", "en", "Your IPA has been approved. Please bring your passport and this letter to the airport. Your employer will collect you on arrival. The IPA letter is free; do not pay anyone for it.")
N("family", "en", "Chacha asked if I can lend 2 lakh for his Dubai visa. I told him I will only help if it's through a licensed agency with receipt, no dalal, no cash in hand.")
N("chatter", "en", "new guy Sohag from Homna joined our yard, can someone show him where the clinic and remittance shop is? his number 8926 4417", [("phone", "+6589264417")])
N("awareness", "en", "Beware: fake job ads on Facebook promising Singapore shipyard jobs without skills test. Check the agency licence at www.bmet.gov.bd before paying any money.", [("url", "www.bmet.gov.bd")])
N("joke", "en", "My mother thinks Singapore is near Chittagong because I call her every day 😂", hard=False)
N("chatter", "en", "Heavy rain in Tuas, work stop at 2pm. Back in dorm early, cooking khichuri for the room.", hard=False)
N("receipt", "en", "Western Union: SGD 1,000.00 sent to Md. Shahidul Islam, Cumilla, Bangladesh. MTCN 4829163057. Ready for pickup. Thank you for choosing Western Union.")


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
    random.Random(150).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev150-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
