"""Blind evaluation set dev160 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Sylheti family group chat and a community adviser in London - young relatives on UK care-worker visas who paid brokers for CoS, no hours, debt, moved between houses; Home Office and charity notices, loan talk, family chatter.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev160.jsonl"
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


BTC1 = btc("dev160-btc-1")
TRON1 = tron("dev160-tron-1")
ETH1 = eth("dev160-eth-1")

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
# recruitment_deception (8)
F("recruitment_deception", "bn", "ভাইসাব কইছলা কেয়ার হোমো ফুল টাইম কাম, সপ্তাহে ৪০ ঘণ্টা, থাকার ঘরও দিবা। আইয়া দেখি ওই ঠিকানাত কোনো হোম নাই, একটা মোবাইলর দোকান। CoS নাকি আসল, কিন্তু কোম্পানির কেউ আমারে চিনে না।")
F("recruitment_deception", "bn", "আমার ভাতিজা ১৮ লাখ দিয়া আইছে, অখন স্পনসর কোম্পানি কয় তারার কাছে কোনো ভ্যাকেন্সি নাই, লাইসেন্সও নাকি সাসপেন্ড। এজেন্ট সাব ফোন ধরইন না, ০১৭১৫-৬২৩৪৮০ নাম্বার বন্ধ।", [("phone", "+8801715623480")])
F("recruitment_deception", "bn", "সার্টিফিকেট অব স্পনসরশিপো লেখা সিনিয়র কেয়ারার, ঘণ্টায় £১২.৫০। এয়ারপোর্ট থাকি লইয়া গিয়া কন্ট্রাক্ট সাইন করাইলো ক্লিনার হিসাবে, ঘণ্টায় ৭ পাউন্ড ক্যাশ। কইলো কাগজো যা লেখা তা খালি ভিসার লাগি।")
F("recruitment_deception", "bn-Latn", "Bhai oi agent e koisil Manchester e care home, ekhon pathaise Luton e ekta restaurant er upore. koy care er kaam pore hobe, age kitchen e thako kisu din")
F("recruitment_deception", "bn-Latn", "UK CARE VISA 100% GUARANTEED ✅ CoS ready, IELTS lagbe na, experience lagbe na, 22 lakh full package, airport pickup + ghor. Seat limited! WhatsApp wa.me/8801755123987 ba Telegram @ukcare_sylhet_bd", [("whatsapp", "+8801755123987"), ("telegram", "@ukcare_sylhet_bd")])
F("recruitment_deception", "bn-Latn", "tara koise 'ready job, just land koro'... 3 mash hoye gelo ekta shift o dey nai. pore jansi company er director r amader agent ek e manush, CoS bikri korai tader business")
F("recruitment_deception", "en", "They told us it was live-in carer for one elderly lady in Birmingham, the CoS even says that. I got here and its 4 different houses, I'm cleaning and cooking for the whole family, no care work at all. their website carelinkstaffing-uk.co.uk still shows the same job ad", [("url", "carelinkstaffing-uk.co.uk")])
F("recruitment_deception", "en", "Uncle the agent Shahed bhai (07932 118406) promised 39 hours guaranteed and minimum wage. The contract they handed me at the airport pickup says 'zero hours, as required by the business'. He said dont worry just sign, everyone signs", [("phone", "+447932118406")])
# fees_and_debt (8)
F("fees_and_debt", "bn", "আব্বা জমি বন্ধক দিয়া ১৬ লাখ দিছইন। অখন এজেন্ট কয় ভিসা এক্সটেনশনর লাগি আরো ৪ লাখ লাগবো, না দিলে CoS ক্যানসেল অই যাইবো। টেকা পাঠাইতে কইছে ০১৬৪৫-৭৮৯০১২ বিকাশো।", [("phone", "+8801645789012")])
F("fees_and_debt", "bn", "ইখানো আইবার পরে কইলো ঘর ভাড়া, ট্রেনিং, DBS, ইউনিফর্ম সব মিলাইয়া £৩২০০ বেতন থাকি কাটা অইবো। মাস শেষে হাতো পাই দুইশ পাউন্ড।")
F("fees_and_debt", "bn", "ফুয়ার ভিসার লাগি মহাজনর থাকি ৩ লাখ নিছলাম, মাসে দশ টাকা সুদ। ফুয়া লন্ডনো কাম পায় না, এজেন্ট কয় আরো দুই লাখ দিলে নতুন হোমো দিবো। মহাজন রোজ বাড়িত আইয়া বইয়া থাকে।")
F("fees_and_debt", "bn-Latn", "Agent bolse je 'repayment agreement' sign korso oita mane 2 bochor oi company te kaaj korte hobe, age chere dile £8000 ferot. ami to English e ki likha silo bujhi nai")
F("fees_and_debt", "bn-Latn", "ami koisi job nai hours nai, amar taka ferot dao. bole ferot hobe na, notun sponsor er jonno aro 6 lakh lagbe, bKash e first 50 hajar pathaisi TrxID 9KD4H7QX2M", [("mfs_transaction", "9KD4H7QX2M")])
F("fees_and_debt", "en", "Paid 14 lakh in Sylhet for the CoS, now the sponsor says I owe them £4,500 for 'visa admin' and they'll take £400 every month from my wages till its cleared. invoice came from accounts@brightcare-homes.co.uk", [("email", "accounts@brightcare-homes.co.uk")])
F("fees_and_debt", "en", "if u leave before 24 months u pay back everything, flights, CoS fee, the room, even the training. thats what the man said. he kept my copy of the contract")
F("fees_and_debt", "en", "Ammu asks every week when I can send for the loan. How do I tell her I'm 9k in debt to the agency here and they take half my pay before I see it")
# isolation_and_control (7)
F("isolation_and_control", "bn", "ফোন রাখি দিছে, কয় ডিউটির সময় ফোন ধরা নিষেধ, রাইতো খালি আধা ঘণ্টা দেয়। বাড়ির কাউরে কিছু কইলে নাকি আমার সমস্যা অইবো।")
F("isolation_and_control", "bn", "আমরারে এক বাসা থাকি আরেক বাসাত লইয়া যায় রাইতো গাড়ি দিয়া, ঠিকানা কয় না। অখন যে ঘরো আছি পাঁচজন এক রুমো, জানালাও খোলে না।")
F("isolation_and_control", "bn", "বাইরে একলা যাইতে দেয় না, সুপারভাইজার লগে লগে থাকে। ডাক্তরর কাছে যাইতে চাইছলাম, কইলো তোমার রেজিস্ট্রেশন নাই, যাইতায় পারতায় নায়।")
F("isolation_and_control", "bn-Latn", "Kaka amar BRP card ta landlord er kase, bole safe e rakhsi. bank account o ora khulse, debit card o tader kase, ami PIN o jani na")
F("isolation_and_control", "bn-Latn", "community r karo sathe kotha bolte mana, jummah te o jaite dey na. bole bahir e gele manush chine felbo r report korbo")
F("isolation_and_control", "en", "We got moved again last night, from Oldham to a house somewhere near Rochdale. Mr K drove and took our phones in the car. Nobody tells us where the next job is. if u need me call my roommate 07845 330219, mine is gone", [("phone", "+447845330219")])
F("isolation_and_control", "en", "She says the agency is keeping her passport and BRP 'for compliance checks'. 5 months now. She's not allowed to talk to the care home manager directly, only through the agent")
# labour_exploitation (8)
F("labour_exploitation", "bn", "সপ্তাহে ৭০-৮০ ঘণ্টা, টানা ডাবল শিফট, কোনো ছুটি নাই। পে-স্লিপো দেখায় ৩৯ ঘণ্টা, বাকিটা কই যায় আল্লাহ জানইন।")
F("labour_exploitation", "bn", "তিন মাসর বেতন আটকাই রাখছে, কয় প্রোবেশন শেষ অইলে একবারে দিবো। খাওয়ার টেকা বন্ধুর থাকি ধার করি।")
F("labour_exploitation", "bn", "একটা ঘরো আটজন, একটা বাথরুম। হিটিং বন্ধ রাখে, তবুও ভাড়া কাটে সপ্তায় ১২০ পাউন্ড।")
F("labour_exploitation", "bn-Latn", "sponsor er home e hours dey na, tai bole onno jaygay cash e kaaj koro, ghontay 5 pound. ami jani visa condition bhangtesi kintu ki korum")
F("labour_exploitation", "bn-Latn", "raat 8ta theke shokal 8ta sleep-in, tar por abar day shift. taka dey shudhu day er, sleep-in naki free, 'part of the job'")
F("labour_exploitation", "bn-Latn", "khala ke bolo na, kintu 2 mash kono payment pai nai. manager bole agency dibe, agency bole home dibe, majhe ami")
F("labour_exploitation", "en", "Worked 84 hours last week across three homes, they paid me for 40 and said the rest was 'training'. No day off since September")
F("labour_exploitation", "en", "We eat once a day, rice and dal we buy ourselves. Wages are 'held' until our 'debt' is cleared. Im so tired bhai. msg me on telegram @rafi_ldn99 not whatsapp, they check it", [("telegram", "@rafi_ldn99")])
# threats_and_coercion (8)
F("threats_and_coercion", "bn", "কইছে মুখ খুললে হোম অফিসো রিপোর্ট করবো যে আমি ভিসা কন্ডিশন ভাঙছি, তারপর সোজা ডিপোর্ট।")
F("threats_and_coercion", "bn", "দেশো আব্বার কাছে লোক পাঠাইছে, কইছে ফুয়া যদি কাম ছাড়ে তো বাড়ির জাগা লেখি দিতে অইবো।")
F("threats_and_coercion", "bn", "গতকাইল এজেন্টর লোকে ধাক্কা দিয়া ফালাইছে, কইছে আরেকবার পুলিশর নাম মুখো আনলে হাত ভাঙি দিবো।")
F("threats_and_coercion", "bn-Latn", "oi beta bole 'tor CoS ami dilam, ami e cancel korte pari, 60 din er moddhe deshe ferot jaibi, r taka o jaibo'")
F("threats_and_coercion", "bn-Latn", "bhabi ke phone kore bolse tomar jamai chukti bhangle Sylhet e manush pathabo. ammu khub bhoy paise. number ta 01867-440915 theke call aise", [("phone", "+8801867440915")])
F("threats_and_coercion", "bn-Latn", "union er kotha bolsi shune bolse next week theke kono shift nai, r BRP o ferot pabi na")
F("threats_and_coercion", "en", "He said if I go to the charity or the council they will tell immigration I'm working illegally and I'll be in detention by Friday")
F("threats_and_coercion", "en", "They know where my parents live in Beanibazar. He sent a photo of our house on WhatsApp from +44 7418 205637, no message. I know what that means", [("phone", "+447418205637")])
# sexual_exploitation (7)
F("sexual_exploitation", "bn", "বাসার মালিক কয় ভাড়া দিতে না পারলে 'অন্যভাবে' শোধ করা যায়। রাইতো আমরার রুমো আইয়া বইয়া থাকে।")
F("sexual_exploitation", "bn", "মাইয়ারারে কেয়ার হোমো না লইয়া একটা 'মাসাজ' জাগাত কাম দিছে। কইছে ভিসা চালু রাখতে অইলে ইটা করা লাগবো।")
F("sexual_exploitation", "bn", "এজেন্টে কইছে আমার বইনরে তার এক বন্ধুর লগে হোটেলো 'ডিনারে' যাইতো অইবো, তাইলে নতুন স্পনসর মিলাইয়া দিবো।")
F("sexual_exploitation", "bn-Latn", "apu bolse supervisor take hotel e dake, na gele shift kete dey. ekhon arek basay niye gese, amra thikana jani na")
F("sexual_exploitation", "bn-Latn", "ekta ad dekhlam 'Asian girls, new in town, visit or outcall' amader Rina er chobi diye, number 07700 912384. o to care visa te aisilo", [("phone", "+447700912384")])
F("sexual_exploitation", "en", "The agent's friend keeps telling the girls in the house that 'extra work' at weekends pays off the CoS money faster. Two of them go with him Saturday night and come back Monday. his number 07511 604228", [("phone", "+447511604228")])
F("sexual_exploitation", "en", "Landlord said I can stay free if I 'keep him company'. When I said no he said then £600 by Friday or out. I have nowhere bhaiya")
# minors (7)
F("minors", "bn", "নাজমার বয়স ১৬, দালালে পাসপোর্টো ১৯ বানাইয়া দিছে। কয় কেয়ার ভিসাত কেউ বয়স মিলাইয়া দেখে না। পাসপোর্ট নং A07341952", [("bd_passport", "A07341952")])
F("minors", "bn", "আমার খালাতো বইন অখনো স্কুলো পড়ে, ১৭ বছর। এজেন্টে কইছে ডিপেন্ডেন্ট বানাইয়া আনবো, ইখানো আইয়া বাসার কাম করবো, কেউরে জানানি লাগতো নায়।")
F("minors", "bn-Latn", "chotto bhai 15 bochor, take 'student' bole anse, ekhon takeaway te raat 1ta porjonto kaaj kore, school e nai, taka o pay na")
F("minors", "bn-Latn", "dalal bolse meyer boyosh kom hoilei bhalo, dependent hishebe biye dekhaiya anbo, pore care home e night shift")
F("minors", "bn-Latn", "Rumi to 16, kintu tar notun NID te birth year 2003. agent bolse ager birth certificate ta felai dao. NID 4628103957", [("bd_nid", "4628103957")])
F("minors", "en", "The girl who cleans at the agent's house is maybe 14, she doesnt go to school, they say she's a 'niece' from Sylhet. She sleeps in the kitchen")
F("minors", "en", "He wants Sumi's passport before her 18th, says they can put her on a CoS now and 'fix the DOB' in Dhaka for 50k. her passport no is B04561238, he already has a photo of it", [("bd_passport", "B04561238")])
# payments_and_proceeds (7)
F("payments_and_proceeds", "bn", "CoS এর বাকি ৫ লাখ এক নাম্বারো পাঠাইবায় না, তিন ভাগ কইরা পাঠাইবা: ০১৭১২৩৪৫৬৭৮, ০১৯১১২২৩৩৪৪, ০১৮৮৭৬৫৪৩২১। কাউরে রিসিট দেখাইবায় না।", [("phone", "+8801712345678"), ("phone", "+8801911223344"), ("phone", "+8801887654321")])
F("payments_and_proceeds", "bn", "লন্ডনো পাউন্ড দিবা রহিম ভাইর দোকানো, সিলেটো তান লোকে টেকা দিবো এজেন্টরে। ব্যাংক দিয়া পাঠাইলে কাগজো নাম আইবো, ধরা খাইবায়। রহিম ভাইর নাম্বার ০১৭৯৯-২১৪৫৬৩।", [("phone", "+8801799214563")])
F("payments_and_proceeds", "bn-Latn", "agent bolse baki taka USDT te pathao TRC20 address e: " + TRON1 + " . bank e gele question korbe, CoS er kotha likhba na", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Nagad e 2 lakh pathaisi, TxnID 7KJ3M9QX. ekhon bolse oita naki 'processing fee', asol CoS er taka alada, r ei bar cash e dite hobe", [("mfs_transaction", "7KJ3M9QX")])
F("payments_and_proceeds", "bn-Latn", "payslip e £1,900 dekhay, kintu account e dhukar por 1200 ferot dite hoy oder ekjon er Monzo te, protimash. na dile next month shift nai")
F("payments_and_proceeds", "en", "Send the £3,000 to this account not the company: Abdul Malik, sort code 20-45-77, acct 53817264. Dont write CoS in the reference, put 'family gift'")
F("payments_and_proceeds", "en", "bhai he wants the rest in bitcoin now " + BTC1 + " says bkash limit is too small. email the screenshot to shahjalal.recruit.uk@gmail.com", [("btc_address", BTC1), ("email", "shahjalal.recruit.uk@gmail.com")])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)
# en (20)
N("official", "en", "Home Office: It is illegal for a sponsor to charge you for a Certificate of Sponsorship or to recover the Immigration Skills Charge from you. If this has happened, report it at https://www.gov.uk/report-sponsor-abuse", [("url", "https://www.gov.uk/report-sponsor-abuse")])
N("awareness", "en", "Never hand your passport or BRP to an employer, landlord or agent. They are YOUR documents. If someone is holding them, call the helpline free and in confidence on 0800 121 4470", [("phone", "+448001214470")])
N("news", "en", "Care provider in Oldham loses sponsor licence after workers said they paid up to £15,000 for CoS. Police have arrested three men on suspicion of modern slavery offences.")
N("family", "en", "Did Rahel's visa come through? Khala said his CoS is from an NHS trust, proper one, he paid nothing except the visa fee and the IHS")
N("worker_content", "en", "Alhamdulillah first month done at the home in Bradford. 42 hours a week, manager is kind, they even paid for my DBS. Sending £300 home Friday")
N("receipt", "en", "You have received £250.00 from MD SHAHAB UDDIN. Reference: Ammar medicine. Available balance £412.17")
N("joke", "en", "My nani asked if 'certificate of sponsorship' means I'm sponsored like a footballer now 😂😂 told her yes, by Tesco meal deals")
N("chatter", "en", "Who's coming to the walima Saturday? Hall in Whitechapel, 1pm, bring the kids", hard=False)
N("awareness", "en", "Community advice surgery this Thursday 6-8pm at the Brick Lane centre. Bring your BRP, payslips and contract if you have questions about hours or your sponsor. Free and confidential. Email advice@bricklanecentre.org.uk", [("email", "advice@bricklanecentre.org.uk")])
N("news", "en", "From today care providers in England must recruit from workers already in the UK before sponsoring from abroad, the government says. Existing visa holders are not affected.")
N("family", "en", "Abba's passport expires in March, I booked the High Commission appointment for Tuesday 10am. Bring the old one and his NID (19856912345678901), Kamal bhai will drive", [("bd_nid", "19856912345678901")])
N("worker_content", "en", "Switched sponsor last month, all legal, new home gives me 37.5 hours and pays the sleep-ins properly. If anyone is stuck with no hours talk to the adviser, it can be done")
N("official", "en", "UKVI: Your application has been decided. Your decision letter has been sent to the email address you gave us. You must not pay anyone to find you a new sponsor.")
N("chatter", "en", "anyone know a decent Sylheti restaurant near Leicester station? bringing my colleagues from work after the late shift", hard=False)
N("awareness", "en", "If someone asks you or your family to pay for a CoS, it's a scam. A genuine sponsor never asks a worker for money for it. Please share in your family groups, especially back home. More: https://www.gov.uk/government/collections/modern-slavery", [("url", "https://www.gov.uk/government/collections/modern-slavery")])
N("joke", "en", "bro did one double shift and now he talks like the Home Secretary 😂 'the system is broken, mum'")
N("receipt", "en", "Remitly: Your transfer of £500.00 to ROKEYA BEGUM (bKash 01712-998877) has been delivered. Transfer ID R7X4K2LQ9", [("phone", "+8801712998877")])
N("family", "en", "Can't believe Tania passed her NMC exam!! She's starting as a nurse in Cardiff in Jan, hospital sorted the visa and flights, we just paid the IHS")
N("chatter", "en", "Congrats to Shipu bhai and bhabi on the baby girl, mashallah 🤲 pics in the other group", hard=False)
N("news", "en", "Sylhet court jails recruitment agent for 7 years for taking money from 40 families with fake UK care visas, the Daily Star reports.")
# bn (20)
N("news", "bn", "যুক্তরাজ্যের কেয়ার ভিসার নামে প্রতারণা: সিলেটে র‍্যাবের অভিযানে দুই দালাল গ্রেপ্তার, উদ্ধার ৪০টি পাসপোর্ট ও ভুয়া স্পনসরশিপ সার্টিফিকেট।")
N("awareness", "bn", "সতর্কবার্তা: যুক্তরাজ্যে কেয়ার ওয়ার্কার ভিসার জন্য সার্টিফিকেট অব স্পনসরশিপ (CoS) কেনা-বেচা অবৈধ। কোনো দালাল বা এজেন্সিকে এর জন্য টাকা দেবেন না। পাসপোর্ট নিজের কাছে রাখুন।")
N("family", "bn", "আম্মা, পাসপোর্ট আর এনআইডি লইয়া বুধবারে ঢাকাত যাইমু, ভিসা সেন্টারো বায়োমেট্রিক দিতাম। চিন্তা করবায় না, হাসপাতালে সব খরচ দিছে।")
N("family", "bn", "ব্যাংক থাকি দুই লাখ লোন পাশ অইছে, মাইয়ার বিয়ার খরচর লাগি। কিস্তি মাসে নয় হাজার, ফুয়া লন্ডন থাকি কিছু দিবো কইছে। লোন একাউন্টো আব্বার এনআইডি ৭৮২৩৫৬১৯০৪ দিছি।", [("bd_nid", "7823561904")])
N("worker_content", "bn", "আলহামদুলিল্লাহ, নতুন কেয়ার হোমো কাম ভালা। সপ্তায় ৪০ ঘণ্টা, মাস শেষে পুরা বেতন পাই, ম্যানেজার মানুষ ভালা। দোয়া করবায়।")
N("receipt", "bn", "বিকাশ: আপনার একাউন্টে ৳১৫,০০০ ক্যাশ ইন হয়েছে ০১৮১৯৪৫৬৭২৩ থেকে। TrxID BKQ73M2P9X। ব্যালেন্স ৳১৮,২৪০।", [("phone", "+8801819456723"), ("mfs_transaction", "BKQ73M2P9X")])
N("joke", "bn", "লন্ডনি ফুয়া বাড়িত আইছে, হাতো ঘড়ি, মুখো ইংলিশ, কিন্তু সাতকরা দিয়া গরুর গোশত দেখলে পুরা সিলেটি অই যায় 😂")
N("chatter", "bn", "শুক্রবার জুম্মার পরে চাচার বাসাত খানা, সবাই আইবা। মামুরে কেউ ফোন দিও।", hard=False)
N("official", "bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: বিদেশগমনের আগে বিএমইটিতে নিবন্ধন করুন ও স্মার্ট কার্ড সংগ্রহ করুন। লাইসেন্সবিহীন এজেন্টের সঙ্গে লেনদেন করবেন না।")
N("news", "bn", "ব্রিটেনে কেয়ার হোমের স্পনসর লাইসেন্স বাতিল, কর্মহীন শতাধিক বাংলাদেশি কর্মীকে নতুন নিয়োগকর্তা খুঁজতে ৬০ দিন সময় দিল হোম অফিস।")
N("family", "bn", "ভাইসাব, রুমানার পাসপোর্ট রিনিউ অই গেছে, নতুন নম্বর EB1234567। টিকেট কাটার সময় এইটা দিবায়।", [("bd_passport", "EB1234567")])
N("worker_content", "bn", "কাম কঠিন, বুড়া মানুষর সেবা করা সহজ না, কিন্তু বেতন ঠিকমতো পাই, ছুটিও পাই। ইনশাআল্লাহ সামনের বছর ভাইরে পড়াইমু।")
N("awareness", "bn", "লন্ডনর বাংলাদেশি কমিউনিটি সেন্টারো প্রতি শনিবার ফ্রি আইনি পরামর্শ। স্পনসর বা ঘণ্টা নিয়া সমস্যা থাকলে কাগজপত্র লইয়া আইন। গোপনীয়তা রাখা অয়।")
N("joke", "bn", "নানি কইন লন্ডন গিয়া কেয়ার করবায় ভালা কথা, আগে নিজর ঘর কেয়ার করো, বিছানা তো এখনো ভাঁজ করো না 😂")
N("receipt", "bn", "নগদ: ৳৫,০০০ সেন্ড মানি সফল। প্রাপক ০১৭৪৪৩২১৯৮৬। TxnID 73HQ8KZD। ধন্যবাদ।", [("phone", "+8801744321986"), ("mfs_transaction", "73HQ8KZD")])
N("chatter", "bn", "ইবার বর্ষাত হাওরো পানি বেশি, নানার বাড়ি যাইতে নৌকা লাগবো।", hard=False)
N("family", "bn", "ফুয়ার লাগি কনে দেখছি বিশ্বনাথো, মাইয়া অনার্স পড়ে। বিয়ার পরে স্পাউস ভিসার কাগজ সব নিজেরা করমু, কোনো দালাল না।")
N("news", "bn", "মানবপাচার দমন ট্রাইব্যুনালে ব্রিটেনে কেয়ার ভিসার প্রলোভন দেখিয়ে টাকা আত্মসাতের মামলায় অভিযোগপত্র দাখিল।")
N("official", "bn", "বৈধ রিক্রুটিং এজেন্সির তালিকা ও সরকার নির্ধারিত অভিবাসন খরচ দেখুন: https://www.bmet.gov.bd । অতিরিক্ত টাকা চাইলে অভিযোগ করুন।", [("url", "https://www.bmet.gov.bd")])
N("chatter", "bn", "কাইল ইফতারো কে কে আইবা? আম্মা হান্দেশ বানাইছইন।", hard=False)
# bn-Latn (20)
N("family", "bn-Latn", "bhaiya visa ashse alhamdulillah! hospital CoS dise, kono taka lage nai shudhu visa fee r IHS. next month flight, Ammu kanna koritase")
N("awareness", "bn-Latn", "sobai sune rakho: CoS er jonno taka chaile oita fraud. UK te sponsor kono din worker er kach theke CoS er taka nite pare na. passport kauke dibay na")
N("worker_content", "bn-Latn", "amar home e shob thik ase, 40 ghonta, overtime dile alada pay, manager o Bangali. cousin ke bolsi apply korte job site e, direct")
N("receipt", "bn-Latn", "bKash: Send Money Tk 20,000 to 01934-556721 successful. TrxID 8NF2T6WL0P. Fee Tk 0. Balance Tk 3,412.50", [("phone", "+8801934556721"), ("mfs_transaction", "8NF2T6WL0P")])
N("joke", "bn-Latn", "Mamu bole UK te care worker mane shara din cha banaite hoy, ami boli na mamu oita tumar kaj 😂")
N("chatter", "bn-Latn", "kalke Green Street e jabo, eid er kapor kinbo, keu jaibay?", hard=False)
N("family", "bn-Latn", "abba bank loan er kisti ei mash dite parsen, ami 300 pound pathaisi. ar 8 ta kisti baki, insha Allah hoia jaibo")
N("news", "bn-Latn", "khobor dekhso? Birmingham e ekta agency owner dhora khaise, CoS bikri korto 12-15 hajar pound e, 50 jon Bangladeshi victim. link: https://www.bbc.co.uk/news/uk-england-birmingham", [("url", "https://www.bbc.co.uk/news/uk-england-birmingham")])
N("official", "bn-Latn", "UK High Commission Dhaka: visa application shudhu official VFS center e joma hoy, kono agent er maddhome 'fast track' nai. details: https://www.gov.uk/world/bangladesh", [("url", "https://www.gov.uk/world/bangladesh")])
N("awareness", "bn-Latn", "Apnar sponsor jodi kaaj na dey ba beton na dey, apni help chaite paren, deport hoibar bhoy koren na. Helpline 0800 021 7755, Bangla te kotha bola jay", [("phone", "+448000217755")])
N("worker_content", "bn-Latn", "first payslip paisi! £2,140 after tax, sleep-in o pay korse. Alhamdulillah, agent e jai koisil tai paisi, bhoy paisilam ekhane aisha")
N("family", "bn-Latn", "Runa er passport ta (EF3456712) khalar kase rakhsi, almirah te, hariye jaite pare tai. ticket katar shomoy niye nibo", [("bd_passport", "EF3456712")])
N("chatter", "bn-Latn", "Sylhet theke shutki aiche keu lagle bolo, Whitechapel e ami aschi shonibar, call dio 07956 221843", [("phone", "+447956221843")], hard=False)
N("joke", "bn-Latn", "chacha tar Facebook e likhse 'looking for sponsor' ... pore bujhlam cricket team er jersey er jonno 😂😂")
N("news", "bn-Latn", "Home Office bolse care sector e 470 sponsor licence cancel hoise last year, workers der notun sponsor khujte help kora hobe")
N("awareness", "bn-Latn", "Instagram e @ukvisa_guaranteed_bd er moto page theke shabdhan, egula scam. asol job shudhu NHS Jobs r licensed sponsor er site e", [("instagram", "@ukvisa_guaranteed_bd")])
N("family", "bn-Latn", "Tamim er biye Jan e fixed, meye London e nurse, Tamim pore spouse visa te jabe. Ammu khub khushi")
N("chatter", "bn-Latn", "group e keu jano kon GP te Bangla bolte pare? Ammu er appointment lagbe", hard=False)
N("receipt", "bn-Latn", "Wise: You sent £150.00 to NAZMUL HOQUE. Should arrive by Tuesday. Ref: Ammu er oshudh", hard=False)
N("worker_content", "bn-Latn", "amar CoS er jonno ek taka o dei nai, interview online dise, ekhon Leeds e 2 bochor hoilo. kono agent dorkar nai, shob shoja")

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
    random.Random(160).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev160-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
