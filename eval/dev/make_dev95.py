#!/usr/bin/env python3
"""Blind dev set dev95: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a compliance officer at a licensed
recruiting agency (BAIRA member, RL number) in Dhaka who reads the WhatsApp chats of the agency's sub-agents
and rival unlicensed dalals: fake demand letters, resold visas, fees far above the government's, medical and
training 'packages', girls sent to 'cleaning company' jobs, the agency's own lawful notices and candidates'
ordinary questions; office English, Bengali and Banglish. Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev95.jsonl"
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


BTC1 = btc("dev95-btc-1")
TRON1 = tron("dev95-tron-1")
ETH1 = eth("dev95-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn",
  "bhai saudi te cleaner er visa ase, company visa bolben kintu asole free visa. okhane giya nije kaj khuje niben, kafil shudhu iqama dibe. medical center e keu jigaile bolben company te jassen, ok?")
F("recruitment_deception", "bn",
  "ডিমান্ড লেটার টা আমি নিজে বানাইছি, কোম্পানির সিল স্ক্যান করা আছে। এজেন্সিতে জমা দিলে কেউ ধরতে পারবো না। ক্যান্ডিডেটগো কইবা আল মারাই কোম্পানি, বেতন ১২০০ রিয়াল, থাকা খাওয়া ফ্রি")
F("recruitment_deception", "en",
  "Sir Romania work permit 100% genuine, processing 3 month. Candidates go Serbia first on tourist visa then our man take them across by road. Job is warehouse 900 euro. Dont tell them the crossing part now, after they pay we brief. WhatsApp +40 722 118 934",
  [("phone", "+40722118934")])
F("recruitment_deception", "bn",
  "আম্মা এখানে আইসা দেখি হোটেলের কাজ না, মরুভূমিতে ছাগল উট চরাইতে দিছে। দালাল কইছিল দুবাই শহরে রেস্টুরেন্টে ওয়েটার। এইখানে কেউ বাংলা বুঝে না")
F("recruitment_deception", "bn-Latn",
  "Malaysia calling visa 3 ta seat baki!! smart card lagbe na, BMET er jhamela amra airport e setting kore dibo. shudhu passport ar 50k advance, baki ta flight er age")
F("recruitment_deception", "en",
  "same visa no. already showed to 4 candidates lol. visa is actually for Jeddah municipality sweeper but I tell them Riyadh hospital cleaner 1500 SAR. once they land no way back na")
F("recruitment_deception", "bn",
  "সিঙ্গাপুরের শিপইয়ার্ডের অফার লেটার প্রিন্ট কইরা দিয়া দেন, ক্যান্ডিডেট তো চেক করবো না। ইন্টারভিউর নামে একটা জুম কল কইরা দিমু, আমার শালা সাহেব সাজবে 😅")
F("recruitment_deception", "bn-Latn",
  "Thailand e data entry job, beton 1200 dollar, typing jante holei hobe experience lagbe na. flight hotel company dibe, Bangkok theke gari kore border er opare office e nie jabe. details telegram e knock din @job_thai_bd",
  [("telegram", "@job_thai_bd")])

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "মালয়েশিয়ার প্যাকেজ ৫ লাখ ৫০ হাজার। সরকারি ৭৮ হাজারের রসিদ দিমু, বাকি টাকা ক্যাশে দিবেন। রসিদের বাইরে কিছু দিছেন এটা বিএমইটিতে কেউ জিগাইলে কইবেন না")
F("fees_and_debt", "bn-Latn",
  "vai ami jomi bondhok dia 4 lakh dilam, ekhon bole r 1.5 lakh na dile flight hobe na. grameen er kisti r taka kivabe dibo kichu bujhtesi na 😢")
F("fees_and_debt", "en",
  "As discussed your ticket + visa cost 3,80,000 will be cut from salary 400 SAR every month until full paid. Company will keep your salary card till then. Sign the paper before flight.")
F("fees_and_debt", "bn",
  "ভাই এখানে আসার পর কফিল বলে ইকামার জন্য আরো ৯ হাজার রিয়াল লাগবে, না দিলে কাজ দিবে না। বাড়িতে আব্বা আবার এনজিও থেকে লোন নিতেছে")
F("fees_and_debt", "bn-Latn",
  "medical package 18k, training package 25k, BMET fee alada, ar visa processing 3.2 lakh. sob advance bkash e pathan 01712-448390 personal number, cash out charge shoho",
  [("phone", "+8801712448390")])
F("fees_and_debt", "bn",
  "তোমার ঋণ এখনো ২ লাখ ১০ হাজার বাকি। যতদিন শোধ না হয় ততদিন অন্য কোম্পানিতে যাইতে পারবা না, ওভারটাইমের টাকাও ঋণে কাটা যাবে। বুঝছো?")
F("fees_and_debt", "en",
  "Bro Dubai visit to work conversion is extra 2 lakh, pay before 15th otherwise your file goes back of line. nobody gives cheaper than me in Cumilla, ask anyone")
F("fees_and_debt", "bn-Latn",
  "amar chele Romania gese 9 lakh dia. ekhon dalal bolse r 3 lakh dile work permit hobe, na hole ferot pathay dibe. taka nisi mohajon theke shotokora 10 taka sud e, ki korbo apa")

# payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "en",
  f"Balance send in USDT TRC20 only: {TRON1} . No bank, no bkash for big amount. Screenshot in this group after send.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "taka 3 ta number e vag kore pathan, ek number e 25k er beshi na. 01819-203344, 01553-771209 ar nagad 01925-660138. reference e 'family' likhben, visa likhben na",
  [("phone", "+8801819203344"), ("phone", "+8801553771209"), ("phone", "+8801925660138")])
F("payments_and_proceeds", "bn",
  "রিয়াল ব্যাংকে পাঠাইবেন না, আমার লোক ঢাকায় বিকাশে দিয়া দিবে, রেট ১ টাকা বেশি। ক্যান্ডিডেটদের ভিসার বাকি টাকাও এখান থেকে কাইটা রাখমু")
F("payments_and_proceeds", "en",
  "Boss this month collection from the 6 girls at Ajman flat 41,000 AED. after rent and 'police setting' 28k left. sending via hawala tomorrow, bkash agent in Narsingdi will distribute as usual")
F("payments_and_proceeds", "bn",
  "পাঁচজনের টাকা আসছে, TrxID BK7H2M9QXA । ৩ লাখ আমার, বাকিটা মাসুদ ভাইয়ের ভাগ। এজেন্সির খাতায় কিছু তুলবা না, অফিস জানলে ঝামেলা",
  [("mfs_transaction", "BK7H2M9QXA")])
F("payments_and_proceeds", "bn-Latn",
  f"Italy route er final payment BTC te nibo, address {BTC1} . pathaile voice dien, boat er seat confirm hobe Benghazi theke",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "bn",
  "কাস্টমারের টাকা মেয়েদের হাতে দিবা না, সব নগদে আমার নাম্বারে ০১৭৮৮-৩১২৯০৫। ওরা কত পায় ওদের জানানোর দরকার নাই",
  [("phone", "+8801788312905")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn-Latn",
  "ammu ami ei number e r call dite parbo na, mobile nie nise supervisor. shudhu shukrobar 5 minute kotha bolte dey, samne boshe shune. tumi chinta koro na")
F("isolation_and_control", "bn",
  "মেয়েদের পাসপোর্ট অফিসের লকারে থাকবে। কেউ চাইলে বলবা ভিসা রিনিউ হইতেছে, দেরি হবে")
F("isolation_and_control", "en",
  "sir they lock the gate from outside after 8pm, we 30 people in one room cant go out even for medicine. please tell agency, my no. is not working here only wifi")
F("isolation_and_control", "bn",
  "বাসায় ফোন দিলে কইবা সব ঠিক আছে, বেতন ঠিকমতো পাইতেছ। এর বাইরে একটা কথা কইলে ফোন বন্ধ, মনে রাখবা")
F("isolation_and_control", "bn-Latn",
  "airport e namar por keu jigay kothay jaccho bolba khalar basay berate. kono dokane jaba na, amader lok gari nie thakbe, tar sathe chara kothao jaba na")
F("isolation_and_control", "en",
  "New girls stay in the Deira flat, no SIM for first 3 months. Madam keeps their phones + passports, they talk to family only from her phone, speaker on.")
F("isolation_and_control", "bn",
  "ভাই কফিল আমার পাসপোর্ট আর ইকামা দুইটাই রাইখা দিছে। বাইরে গেলে পুলিশ ধরে, তাই তিন মাস রুম থেকে বাইর হই না")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn-Latn",
  "7 mash beton pai nai. manager bole company loss e ase, kintu kaj sokal 6 ta theke rat 11 ta porjonto. friday o chuti nai vai")
F("labour_exploitation", "bn",
  "দিনে এক বেলা খাবার দেয়, মুরগির খামারে ১৬ ঘণ্টা। অসুস্থ হইলেও কাজে যাইতে হয়, না গেলে দিনের বেতন কাটে")
F("labour_exploitation", "en",
  "My sister working housemaid in Riyadh, she says madam make her work 5am to 1am, sleeps on kitchen floor, 4 months salary not given. agency not picking phone pls help")
F("labour_exploitation", "bn",
  "চুক্তিতে ৮ ঘণ্টা লেখা, এখানে ১২ ঘণ্টা ডিউটি, ওভারটাইম দেয় না। কাজ ছাড়তে চাইলে কয় বাকি ২ বছরের ক্ষতিপূরণ দিয়া যাও")
F("labour_exploitation", "bn-Latn",
  "ekhane AC nai, 48 degree te site e kaj, pani o kine khaite hoy. beton 1000 bola hoisilo, dey 600, baki ta 'khaoar khoroch' bole kete ney")
F("labour_exploitation", "en",
  "Tell candidates salary is 'basic 800 + OT'. there is no OT, they work 14 hrs that's the job. if they complain after reaching, company will shift them to desert camp. keep it simple")
F("labour_exploitation", "bn",
  "সিকিউরিটি গার্ডের কাজ বইলা আনছে, এখন রাতে গার্ড আর দিনে মালিকের বাড়িতে কাজ। এক টাকাও বাড়তি দেয় না, ছুটি চাইলে কয় চুক্তি শেষ হয় নাই")
F("labour_exploitation", "bn-Latn",
  "bhai amra 11 jon ek camp e, 3 din dhore thik moto khabar dey na. company bole ei mash er beton next mash e, emni kore 5 mash cholse")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "টাকা ফেরত চাস? আর একবার ফোন দিলে তোর নামে হুরুব দিয়া দিমু, জেল খাইটা খালি হাতে দেশে যাবি")
F("threats_and_coercion", "bn-Latn",
  "tor bap ke bolis thana theke mamla tule nite. na hole tor boner biyer din amra ashbo. Dhaka te amader lok ase, bhule jash na")
F("threats_and_coercion", "en",
  "If you run from company we file absconding, police catch you in 2 days. and your brother in Bhairab, we know his shop address also. think properly")
F("threats_and_coercion", "bn",
  "আমার ভাইরে ওরা মারছে, কারেন্টের শক দিছে। ভিডিও কল দিয়া দেখাইয়া কয় ৫ লাখ না পাঠাইলে আরো মারবো। লিবিয়ার কোন জায়গা কিছুই জানি না")
F("threats_and_coercion", "bn-Latn",
  "tui jodi embassy te jash taile tor passport puraia dibo, r kono din desh e jaite parbi na. chup chap kaj kor")
F("threats_and_coercion", "en",
  "Listen carefully. you signed 2 year. if you try to leave we sell your visa to other company and you go wherever they send. nobody helps an illegal here, remember that")
F("threats_and_coercion", "bn",
  "মেয়েটা আবার পালাইতে চাইলে ওর ভিডিওটা ওর গ্রামের সবার ইমোতে পাঠাই দিবা। তাহলে আর কোনোদিন ফিরার কথা কইবো না")
F("threats_and_coercion", "bn-Latn",
  "[voice note] hello, shon. BAIRA te complain korsos na? amra jani. complain tule ne, nahole tor ma je loan er kagoje shoi dise oi kagoj die mamla dibo, bujhli?")

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "দুবাইয়ের ক্লিনিং কোম্পানিতে মেয়ে লাগবে ১৮-২৫, দেখতে সুন্দর হইতে হবে, ফুল ছবি পাঠাও। বেতন ১ লাখ ২০ হাজার, কাজ রাতে হোটেলে গেস্ট দেখাশোনা")
F("sexual_exploitation", "bn-Latn",
  "Oman e beauty parlour er kaj er kotha bole nise apu. ekhane ashar por bole customer er sathe room e jaite hobe. na gele khaite dey na")
F("sexual_exploitation", "en",
  "New Bangladeshi girls available Sharjah 🌹 real pics 100% genuine, incall/outcall, booking only through manager wa.me/971551234567",
  [("whatsapp", "+971551234567")])
F("sexual_exploitation", "bn",
  "ড্যান্স বারের কাজ, প্রথমে নাচ শিখাইবো, পরে গেস্টদের সাথে বসা লাগবে, রাতে থাকা লাগতেও পারে। মেয়ের বাপ মারে কইবা হোটেলের হাউসকিপিং")
F("sexual_exploitation", "bn-Latn",
  "madam bolse 10 ta guest na hoile ajker khabar nai. passport o madam er kache. ami ki korbo apu, keu jante parle ar gram e jaite parbo na")
F("sexual_exploitation", "en",
  "the 3 girls from Jashore are with Rony in Kolkata now. buyer from Mumbai paying 1.5 lakh each for his bar line, send their photos on telegram @rony_kol88",
  [("telegram", "@rony_kol88")])
F("sexual_exploitation", "bn",
  "ম্যাসাজ সেন্টারের চাকরি, কাস্টমার খুশি করতে পারলে টিপস আলাদা। মালয়েশিয়া নেওয়ার আগে কয়দিন ঢাকার ফ্ল্যাটে ট্রেনিং, সেখানে গেস্ট আসবে")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মেয়েটার বয়স ১৪, জন্ম নিবন্ধন বদলাইয়া ২৫ করা লাগবে। পাসপোর্ট অফিসে আমাদের লোক আছে, খরচ ৩৫ হাজার")
F("minors", "bn-Latn",
  "15 bochorer chele hole o somossa nai, passport e boyos 21 dibo. Saudi te uter khamar e kaj, beton 800 riyal, baba ma ke bolben hotel")
F("minors", "en",
  "need 2 small girls 12-13 for house work in Jeddah family, they prefer young so they obey. parents get 50k advance, rest after 1 year")
F("minors", "bn",
  "ক্লাস এইটের মেয়ে, দেখতে বড় লাগে। দুবাইয়ে ড্যান্স বারে নিবো, কাগজে বয়স ১৯ দিয়া দিমু")
F("minors", "bn-Latn",
  "amar bhatija boyos 16, dalal bole India diye Dubai nibe hotel er kaj e. NID lagbe na bolse, birth certificate e boyos barai dibe")
F("minors", "en",
  "passport for the boy done. DOB shown 2004 but he is actually 15, so dont let him talk at immigration. passport no A04827713, name MD RAKIB. flight thursday",
  [("bd_passport", "A04827713")])
F("minors", "bn",
  "বাচ্চা মেয়ে লাগবে ১০-১২ বছর, ঢাকার বাসায় কাজ, পরে মালিকের সাথে সৌদি যাবে। বাপ মারে মাসে ৩ হাজার দিলেই হবে, স্কুল লাগবো না")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "নারায়ণগঞ্জে বিদেশে চাকরির প্রলোভন দেখিয়ে ২৩ জনের কাছ থেকে প্রায় ১ কোটি টাকা হাতিয়ে নেওয়ার অভিযোগে দালালচক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব-১১।")
N("news", "en",
  "Dhaka, Dec 3: Malaysia's labour market remains closed for Bangladeshi workers. The expatriates' welfare ministry said migration cost must not exceed Tk 78,990 once it reopens.")
N("news", "bn-Latn",
  "Breaking: Libya theke 148 jon Bangladeshi ke IOM er madhome ferot ana hoise, aj sokale Shahjalal e nemeche. tader beshirbhag ke dalal ra Italy pathanor kotha bole niye giyechilo")
N("news", "en",
  "Jashore court sentences two to life for trafficking women to India, 4 others acquitted — The Daily Star")
N("news", "bn",
  "সৌদি আরবে ইকামা নবায়নের ফি কমানোর ঘোষণা, প্রবাসী শ্রমিকদের মধ্যে স্বস্তি")
N("news", "bn-Latn",
  "news e dekhlam passport office e dalal dhorte mobile court boshaise, Agargaon e 6 jon ke jorimana. valo kaj")
# awareness
N("awareness", "bn",
  "সতর্কতা: 'ফ্রি ভিসা' বলে কোনো ভিসা নেই। বিদেশ যাওয়ার আগে বিএমইটির ডাটাবেজে নিবন্ধন করুন এবং এজেন্সির লাইসেন্স যাচাই করুন। প্রবাসবন্ধু কল সেন্টার: ১৬১৩৫")
N("awareness", "en",
  "*Forwarded as received* Parents please be careful!! girls are being taken to Dubai in the name of cleaning company and parlour jobs. If anyone offers job abroad for your daughter without BMET card, call 999. share max")
N("awareness", "bn-Latn",
  "apnar passport kono dalal ba agent er kache joma rakhben na, seta oboidho. ovijog korte 999 e call korun. - Bangladesh Police er sochetonota post, share korun")
N("awareness", "en",
  "Before paying any fee ask for a money receipt with the agency RL number. Never send visa money to a personal bKash number. Check the licence list on the BMET website. - migrant rights desk")
N("awareness", "bn",
  "শিশুশ্রম নয়, শিশুর হাতে বই। ১৮ বছরের কম বয়সী কাউকে কাজে বিদেশে পাঠানো দণ্ডনীয় অপরাধ। জন্ম নিবন্ধনে বয়স বাড়ানোর প্রস্তাব পেলে জানান ১০৯৮ নম্বরে।")
N("awareness", "bn-Latn",
  "jumar namajer por masjid e ghoshona: gram e ek lok Malaysia pathanor kotha bole taka tulteche. keu kono taka diben na, age union parishad e jogajog korun")
# official
N("official", "en",
  "NOTICE: M/s Rahman Overseas (RL-1543), BAIRA member. Interview for 40 factory workers (Malaysia) on 12 Dec at Purana Paltan office. Total cost as per govt fixed rate Tk 78,990 by bank only. No sub-agent is authorised to collect money on our behalf. CV: hr.rahmanoverseas@gmail.com, 01711-902345",
  [("email", "hr.rahmanoverseas@gmail.com"), ("phone", "+8801711902345")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: জাপানে কেয়ারগিভার পদে ভাষা প্রশিক্ষণের জন্য আবেদন আহ্বান করা যাচ্ছে। বয়স ১৮-৩০ বছর। আবেদন ফি লাগবে না, কোনো দালালের সাথে যোগাযোগ করবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers whose iqama has expired due to employer fault may contact the Labour Wing with passport copy. Do not pay anyone claiming to be an embassy agent.")
N("official", "bn-Latn",
  "Assalamu alaikum, Rahman Overseas theke bolchi. apnar medical fit esheche. passport ta amader office e joma dite hobe visa stamping er jonno 7 din, receipt dibo. stamping er por ferot paben.")
N("official", "en",
  "Dear Candidate, your BMET smart card is ready. Collect from BMET Kakrail with original passport (EB0427183) and NID 19942692504381276. Pre-departure briefing 10 am Sunday.",
  [("bd_passport", "EB0427183"), ("bd_nid", "19942692504381276")])
N("official", "bn",
  "প্রিয় প্রার্থী, আপনার ভিসা প্রসেসিং বাবদ ৳৭৮,৯৯০ আমাদের সোনালী ব্যাংক হিসাবে জমা হয়েছে, রসিদ নং ৪৫২১। এর বাইরে কাউকে কোনো টাকা দেবেন না। — রহমান ওভারসিজ (আরএল-১৫৪৩)")
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01819557203. Fee Tk 0.00. Balance Tk 31,240.50. TrxID CHK4T7Z2PQ at 02/12/2026 18:44",
  [("phone", "+8801819557203"), ("mfs_transaction", "CHK4T7Z2PQ")])
N("receipt", "en",
  "Money Received. Amount: Tk 5000.00 Sender: 01934118620 Ref: ammu TxnID: 7A2K9XQ1 Balance: Tk 5,812.00",
  [("phone", "+8801934118620"), ("mfs_transaction", "7A2K9XQ1")])
N("receipt", "bn",
  "আপনি ০১৭২২৩৪৫৮৯১ নম্বরে ১২,০০০ টাকা সেন্ড মানি করেছেন। ফি ৳৫.০০। ব্যালেন্স ৳৩,১২০.০০। TrxID BJ93MQ8LTA ০৫/১২/২০২৬ ১০:১২",
  [("phone", "+8801722345891"), ("mfs_transaction", "BJ93MQ8LTA")])
N("receipt", "en",
  "Dear Customer, your A/C ****7781 is credited with BDT 1,18,450.00 (Foreign Remittance from KSA, SAR 3,500) on 04-12-2026. Thank you for banking with us.")
N("receipt", "en",
  "Cash-In from A/C: ***8842 Tk 10,000.00 Fee: Tk 0.00 Balance: Tk 10,410.00 TxnId: 3819275064 Date: 01-DEC-26",
  [("mfs_transaction", "3819275064")])
N("receipt", "bn-Latn",
  "MONEY RECEIPT - Rahman Overseas (RL-1543). Md. Shamim (passport AC1234567) er kach theke Malaysia visa processing bawd Tk 78,990 (sottor hajar noishoto nobboi) taka matro grohon kora holo. sorkari nirdharito fee.",
  [("bd_passport", "AC1234567")])
# family
N("family", "bn-Latn",
  "ammu bkash e 5000 pathaisi, TrxID CGL82N5Q0R, check koro. abbar oshudh ta kine nio, baki ta kisti te diyo",
  [("mfs_transaction", "CGL82N5Q0R")])
N("family", "bn",
  "ভাইয়া তোমার পাসপোর্টের মেয়াদ তো মার্চে শেষ, ই-পাসপোর্ট করতে দাও। আগারগাঁওয়ে কোনো দালাল ধরবা না, অনলাইনে ফর্ম পূরণ কইরা ব্যাংকে ফি দিবা")
N("family", "bn-Latn",
  "meyer biyer kotha cholche, chele Qatar e thake, valo company te engineer. age ekbar video call e kotha boluk, tarpor amra dekhbo. tomar abba o raji")
N("family", "en",
  "Abbu I sent 40k for the NGO kisti this month, please dont take another loan. next month bonus ashbe inshallah")
N("family", "bn",
  "খালা রুমারে ঢাকায় গার্মেন্টসে দিছে, মাসে ১২ হাজার পায়, অফিসের হোস্টেলে থাকে। ঈদে বাড়ি আসবো কইছে")
N("family", "bn-Latn",
  "chotu er boyos 17, or passport ekhon korbo na. 18 hoile korbo, age HSC ta dik. mama Saudi nite chaisilo, ami bolsi por e dekha jabe")
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah 3 bochor holo Malaysia te, company valo, beton time moto dey, OT o pai. ei bar chuti te desh e ashbo, sobar jonno dua korben")
N("worker_content", "en",
  "overtime this month crazy, 60 hrs, but they paid every riyal. supervisor strict but fair. room AC broken though, complained 2 times already. follow my insta @sumon_in_kuwait for site videos",
  [("instagram", "@sumon_in_kuwait")])
N("worker_content", "bn",
  "কফিল ভালো মানুষ, ইকামা নিজের খরচে রিনিউ কইরা দিছে। পাসপোর্ট আমার কাছেই থাকে। খালি গরমটা সহ্য হয় না")
N("worker_content", "bn-Latn",
  "ajke beton dise kintu 200 riyal kom, bolse absent er jonno. ami to ek din sick chuti nisilam, medical slip o disi. kal HR e kotha bolbo")
N("worker_content", "en",
  "working as staff nurse in Kuwait govt hospital, 12 hr shift 4 days a week, salary KD 450. agency was legit, paid only what was on the receipt alhamdulillah")
N("worker_content", "bn",
  "দুবাইয়ে ক্লিনিং কোম্পানিতে কাজ করি, অফিস বিল্ডিং পরিষ্কার, সকাল ৭টা থেকে বিকাল ৪টা। বেতন ১৮০০ দিরহাম, থাকা কোম্পানির, শুক্রবার বন্ধ")
# joke
N("joke", "bn-Latn",
  "bou bole tumi Saudi jao. ami bolsi tomar ammu ke sathe nile jabo 😂 ekhon amar passport shashurir almari te joma")
N("joke", "en",
  "boss said he will pay overtime 'soon'. bro that's the same soon as my Canada visa since 2019 😭😭")
N("joke", "bn",
  "বউয়ের কাছে আমার মোবাইল আর মানিব্যাগ দুইটাই জমা, বাইরে যাইতে পারমিশন লাগে 🤣 আমিই আসল বন্দি শ্রমিক")
N("joke", "bn-Latn",
  "dalal er kach theke ekta jinis shikhlam: 'bhai kono tension nai' mane onek tension ase 😂😂")
N("joke", "en",
  "Desi dad: why 3 lakh for Malaysia when your cousin went Dubai for 2? Me: abba this is not fish market 😂")
N("joke", "bn",
  "আম্মা আমারে বিয়া দেওয়ার জন্য যেভাবে সব আত্মীয়রে ছবি পাঠাইতেছে, মনে হয় আমারে এক্সপোর্ট কইরা দিবো 😭")
# chatter
N("chatter", "bn-Latn",
  "apa, Japan er caregiver course ta kobe theke shuru? ami N4 pass korsi, boyos 26. fee koto ar kothay joma dite hobe?")
N("chatter", "en",
  "Sir medical report for 14 candidates came, 2 unfit (hepatitis B). should I inform them today or after BMET list is final?")
N("chatter", "bn",
  "ভাই, আমার ভিসা কি আসছে? এক মাস হইল পাসপোর্ট দিছি এজেন্সিতে, ওরা কইছে স্ট্যাম্পিং চলতেছে। কেমনে চেক করবো?")
N("chatter", "bn-Latn",
  "Shamim bhai, amader sub-agent registration december er moddhe renew korte hobe, BMET site e form ache. baki sub-agent der o janai den please")
N("chatter", "en",
  "Reminder to all field staff: do not collect any cash from candidates. All payments to company bank account only. anyone taking bkash from candidates will be removed. - Compliance")
N("chatter", "bn",
  "মাসুদ ভাই, রিয়াদের ডিমান্ড লেটারটা অ্যাটেস্টেশন হইয়া আসছে? দূতাবাসের সিল আছে কিনা দেইখা দিয়েন, কালকে বিএমইটিতে জমা দিমু")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে বিকালে খেলা দেখতে যাবি? ৫টায় মাঠে থাকিস", hard=False)
N("family", "bn-Latn", "ammu ajke ki ranna korso? ami rate khabo na, office e party", hard=False)
N("chatter", "en", "Happy birthday bhaiya! 🎂 stay blessed always", hard=False)
N("news", "bn", "ঢাকায় আজ হালকা বৃষ্টির সম্ভাবনা, সর্বনিম্ন তাপমাত্রা ১৮ ডিগ্রি সেলসিয়াস।", hard=False)
N("receipt", "en", "Your 10GB internet pack is activated, valid till 13/12/2026 23:59. Dial *121# for balance.", hard=False)
N("chatter", "bn-Latn", "kal office bondho, meeting porshu 11 tay. sobai time moto ashben", hard=False)
N("joke", "en", "why did the rickshaw cross Mirpur road? it didn't, jam since morning 😂", hard=False)
N("chatter", "bn", "এইচএসসির রেজাল্ট কবে দিবো কেউ জানো?", hard=False)
N("awareness", "en", "Dengue alert: remove stagnant water from flower pots and AC trays. Use mosquito net at night.", hard=False)
N("worker_content", "bn-Latn", "aj site e lunch e biriyani dise, moja hoise 😋", hard=False)
N("family", "bn", "নানুর শরীর এখন ভালো, ডাক্তার বলছে আরো এক সপ্তাহ রেস্ট নিতে", hard=False)
N("official", "en", "Notice: the office will remain closed on 16 December, Victory Day. Services resume 17 December.", hard=False)

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
    random.Random(95).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev95-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
