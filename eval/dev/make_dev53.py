#!/usr/bin/env python3
"""Blind dev set dev53: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a labour-wing officer at the High Commission in Kuala Lumpur, with cases from Singapore: calling-visa workers with no job on arrival, syndicate fees, passports kept for permit renewal, levy and hostel deductions, workers made undocumented. Held out from round 8 of issue 15 and scored
only in aggregate: at its start, after the lead's first precision pass, and at its end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev53.jsonl: blind eval set (120 items) for evidtriage.

Persona: labour-wing officer, Bangladesh High Commission, Kuala Lumpur (also Singapore cases).
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev53.jsonl"
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


BTC1 = btc("dev53-btc-1")
TRON1 = tron("dev53-tron-1")
ETH1 = eth("dev53-eth-1")

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
c = "recruitment_deception"
F(c, "bn", "মালয়েশিয়া কলিং ভিসা!! ফ্যাক্টরির কাজ বেতন ১৮০০ রিঙ্গিত+ওভারটাইম, থাকা খাওয়া কোম্পানির। অভিজ্ঞতা লাগবে না মেডিকেল আমরাই পাস করাইয়া দিমু। সিট মাত্র ১২টা আগে আসলে আগে পাবেন। ইমো ০১৮১৯-৪৪৭২১৩",
  [("phone", "+8801819447213")])
F(c, "bn", "ভাই আমারে কইছিল ইলেকট্রনিক্স ফ্যাক্টরি, আইসা দেখি কোনো কোম্পানিই নাই। ২ মাস ধইরা হোস্টেলে বইসা আছি ৪০ জন। যে কোম্পানির নামে ভিসা হেরা কয় আমরা কাউরে ডাকি নাই")
F(c, "bn", "আম্মা ইখানো আইয়া দেখি যে কাম কইছিল অউ কাম নায়। হোটেলর কথা কইয়া কনস্ট্রাকশনো লাগাই দিছে, বেতনও অর্ধেক। কাগজো যেতা লেখা আছিল হকলতা মিছা")
F(c, "bn-Latn", "bhai singapore IPA letter ready ase, shipyard e kaj basic 20 dollar per day. IPA original na copy eta niye tension koiren na amra setting kore dibo, MOM e check korle o pass hoibo 😉 1st e 3 lac")
F(c, "bn-Latn", "ami to jantam cleaner er kaj. ekhane ashar por dekhi plantation e dhukai dise jongol er moddhe. contract e ja likha chilo tar kisui na, agent re fon dile dhore na")
F(c, "bn-Latn", "bhai tuañre kiyam khoiyum, calling visa di anise, koisilo 3 mash er bhitore permit hoibo. ekhon 7 mash hoi gese kono kaj nai, outsourcing er lok khali kohe wait goro wait goro")
F(c, "en", "Direct company visa Malaysia NO outsourcing!! Basic RM2200, free food free hostel, OT unlimited. Only 8 seats left in this batch, flight guaranteed within 21 days. Send passport copy on WhatsApp wa.me/8801731928465",
  [("whatsapp", "+8801731928465")])
F(c, "en", "Sir I came on calling visa through Al-Hikmah outsourcing (alhikmah.outsrc@gmail.com). They told factory job in Johor. After landing they kept us 34 person in one hostel in Klang, no job till now 5 month. The company written in my visa says they never requested any worker.",
  [("email", "alhikmah.outsrc@gmail.com")])

c = "fees_and_debt"
F(c, "bn", "মালয়েশিয়া যাইতে সিন্ডিকেটের ফিক্সড রেট ৫ লাখ ৮০ হাজার, কম হবে না। ২ লাখ এখন বাকিটা ফ্লাইটের আগে। সরকারি ফি এর কথা কইয়া লাভ নাই ভাই ওইটা খালি কাগজে")
F(c, "bn", "প্রতি মাসে বেতন থেকে লেভি ৮০০ রিঙ্গিত আর হোস্টেল ২৫০ কাটে হাতে পাই ২০০-৩০০। কোম্পানি কয় ভিসার টাকা উইঠা না আসা পর্যন্ত এইভাবেই চলবো")
F(c, "bn", "আব্বা জমি বন্দক দি ৪ লাখ দিছে, এনজিও থেকে কিস্তি লইছি আরো দেড় লাখ। এহন হেতেরা কয় পারমিট রিনিউ কইরতে আরো ৬০ হাজার লাইগবো নইলে কাম নাই। আব্বার এনআইডি নং ৪৬১৫২৭৩৯৮০ দিয়া লোন লইছি হেইডাও শোধ হয় নাই",
  [("bd_nid", "4615273980")])
F(c, "bn-Latn", "permit renew er jonno RM 3500 lagbe eibar, na dile passport ferot pabi na. 2 mash er beton theke katbo baki ta tor bari theke pathaite ko")
F(c, "bn-Latn", "apnar pola re pathaite 5.5 lac lagse bujhlen, ekhon company kose air ticket medical sob nijer khoroch. oi taka na uthle chuti nai, deshe o zaite parbo na")
F(c, "en", "Brother listen. Your debt is RM 9,000 now with hostel and agent fee. Work here 14 months no salary then it is finished and we give your permit. If you run the debt goes to your father.")
F(c, "en", "Sir my husband paid 6 lakh taka to a sub agent in Cumilla for Malaysia. He is there 8 months, every month they cut levy, hostel, 'processing' from his pay. Sent home nothing this year and they say he still owes 1.2 lakh. My NID 1987261548")
F(c, "en", f"renewal of ur work permit is $4500 this time. u pay cash to Rahim bhai or usdt erc20 to {ETH1} , not to company. no pay no renewal then u r overstayer, ur choice",
  [("eth_address", ETH1)])

c = "payments_and_proceeds"
F(c, "bn", "বাকি ১ লাখ ২০ হাজার এই বিকাশে পাঠান ০১৯১১-৩০৭৮৮৪। এক বারে বেশি দিবেন না ২৫ হাজার কইরা ভাইঙ্গা ভাইঙ্গা পাঠান, সেন্ড মানি করবেন ক্যাশ ইন না",
  [("phone", "+8801911307884")])
F(c, "bn", "ছেলের পারমিটের টাকা ব্যাংকে দিবেন না, হুন্ডিতে। বাজারে ফারুক মিয়ার দোকানে নগদ ৩ লাখ জমা দেন। রসিদ কিছু পাইবেন না, আমার কথাই রসিদ")
F(c, "bn-Latn", "Nagad e 40k pathaisi ekhon, TxnID 7HK2P9QX. baki 60 hajar kal dibo. bhai plz amar chele re hostel theke ber hoite den",
  [("mfs_transaction", "7HK2P9QX")])
F(c, "bn-Latn", "amar personal e na, agent number e cash in koren 01611-782340. keu naam jigaile bolben bhaigna. receipt er pic imo te dien",
  [("phone", "+8801611782340")])
F(c, "bn-Latn", "har mashe 30 jon er levy ami collect kori. tomar ta 350 ringgit TnG ewallet e de, company te kichu bolar dorkar nai")
F(c, "en", f"Send USDT TRC20 only to this address {TRON1}. No bank no bkash from now. Once 1500 USDT received I release the passports of your group.",
  [("tron_address", TRON1)])
F(c, "en", f"boss klang hostel batch total 13,200 ringgit. 8k cash to you, rest i convert btc as usual wallet {BTC1} . tell Jamal keep the passports till next month",
  [("btc_address", BTC1)])

c = "isolation_and_control"
F(c, "bn", "ভাই পারমিট রিনিউ করবো কইয়া পাসপোর্ট নিছে জানুয়ারিতে এখন ডিসেম্বর। চাইলে কয় অফিসে আছে। কাগজ ছাড়া বাইরে বের হইতে ভয় লাগে")
F(c, "bn", "হোস্টেলের গেটে তালা, সুপারভাইজার চাবি নিয়া যায়। আমগো মোবাইল রাইতে জমা রাখতে হয়, খালি শুক্রবার ১০ মিনিট বাড়িতে কথা কইতে দেয়")
F(c, "bn-Latn", "ma ami thik asi. ekhane phone rakhte dey na, eta arekjon er phone theke likhtesi. amar kotha kaoke bolba na, ora jante parle somossa hobe")
F(c, "bn-Latn", "bhaisab amrare van o kori kaam o loiya zay, abar van o kori ferot ane. kunu jagat ekla zaoa mana, dukan o zaite dey na")
F(c, "bn-Latn", "Passport company te jama, bole safe keeping. 2 bar chaisi, bole beshi kotha bolle PATI banai dibe")
F(c, "en", "Mom don't call this number again. They check our phones every night. I will message when I can.")
F(c, "en", "We are 19 men in a container room behind the site. Supervisor keeps all passports and our ATM cards. Can't go out except to the site, guard at the gate at night.")
F(c, "en", "Dear Sir, my brother Md. Harun (passport BX0738215) went on calling visa. Since October the outsourcing people moved him to another place, nobody can reach him, his phone is always off. Agent says he is fine but won't give the address. Please help. My number +880 1556 204917",
  [("bd_passport", "BX0738215"), ("phone", "+8801556204917")])

c = "labour_exploitation"
F(c, "bn", "সকাল ৬টা থেকে রাত ১১টা পর্যন্ত কাম, মাসে একদিনও ছুটি নাই। ওভারটাইমের টাকা দেয় না, কয় বেসিকের মধ্যেই সব")
F(c, "bn", "তিন মাস বেতন দেয় নাই। খাবার দেয় একবেলা ভাত আর ডাল, বাকি দুই বেলা নিজের টাকায় খাইতে হয় অথচ হাতে একটা টাকাও নাই")
F(c, "bn", "শিপইয়ার্ডে উপর থাইকা পইড়া রাশেদের পা ভাঙছে। কোম্পানি কয় চিকিৎসার খরচ দিবো না, টিকিট কাইটা দেশে পাঠাইয়া দিতেছে, ৪ মাসের পাওনাও দিবো না")
F(c, "bn-Latn", "bhai ei mash o salary nai. supervisor bole next month, 5 mash dhore eki kotha. kaj kintu thik e korai 12 ghonta")
F(c, "bn-Latn", "ekta room e 22 jon thaki bathroom ekta. pani ashe din e 2 ghonta, gorom e ghum hoy na tarpor o sokal 5 tay uthte hoy")
F(c, "bn-Latn", "ami ekhon PATI, kam gori gach er bagan ot, din hisab e RM25 dey, majhe majhe o dey na. kisu koite pari na police er dor")
F(c, "en", "Brother, construction site 7 days a week, 14-15 hours. They pay RM 900 when contract said 1700. When I asked for the difference boss said then go back to Bangladesh.")
F(c, "en", "I lost 2 fingers at the cutting machine in Tuas. Company sent me home after 10 days, no compensation, they kept the MC papers. Nobody told me about any claim.")

c = "threats_and_coercion"
F(c, "bn", "বেশি ত্যাড়ামি করলে পুলিশে দিয়া দিমু। তোর তো পারমিট নাই, সোজা ডিটেনশন ক্যাম্প। বুঝলি? চুপচাপ কাজে যা")
F(c, "bn", "তোর বাপরে কইস টাকা সময়মত না দিলে পোলারে আর জিন্দা দেখবো না। ঠিকানা আমার জানা আছে")
F(c, "bn", "কালকে মাইরা আমার হাত ভাইঙ্গা দিছে সুপারভাইজার কারন আমি হাইকমিশনে ফোন দিছিলাম। কয় আবার দিলে raid এর সময় আমার নাম দিয়া দিবো")
F(c, "bn-Latn", "tui jodi high commission e complain koros tahole tor family r ki hoy dekhbi. tor bon er biye ache na shamne? 😊")
F(c, "bn-Latn", "boss bolse je kaj chharbe tar naam e police report dibe chor hisabe. contract sesh howar age keu jaite parbe na")
F(c, "en", "You think you can run? Your photo and passport copy is with every agent in KL. Immigration will pick you in 2 days and you will rot in the depot.")
F(c, "en", "If you don't sign that you resigned yourself we cancel the permit today and you are illegal tomorrow. Sign and keep the job, simple.")

c = "sexual_exploitation"
F(c, "bn", "সেলুনে রিসিপশনের কাজ কইছিল। এখানে আনার পর রাতে মেহমানদের রুমে পাঠায়। না গেলে খাওয়া বন্ধ আর মাইর")
F(c, "bn", "নতুন বাঙালি মাইয়া আসছে কেএল এ, ১৯ বছর, ঘরোয়া টাইপ। রাতের বুকিং টেলিগ্রামে @klnight_bd99",
  [("telegram", "@klnight_bd99")])
F(c, "bn-Latn", "spa te kaj, beton 4000 ringgit, sudhu meyeder jonno boyosh 18-25. kisu jante hobe na customer k khushi rakhlei tips. interested hole insta te dm @spa.jobs_my",
  [("instagram", "@spa.jobs_my")])
F(c, "bn-Latn", "apu ami ekhan theke ber hote chai. bole debt shodh korte hobe customer niye. passport madam er kache. ki korbo bujhtesi na")
F(c, "en", "Fresh girls from Bangladesh and Nepal, just arrived, sweet and obedient. Outcall Bukit Bintang. WhatsApp wa.me/60173029418 serious only",
  [("whatsapp", "+60173029418")])
F(c, "en", "told her she'd be a waitress in a karaoke in Geylang. she's in the back rooms now, boss says she works off the air ticket with customers first")
F(c, "en", "Marriage proposal: Malaysian businessman wants Bangladeshi bride age 18-20, family gets 3 lakh taka, girl goes with him next month, no questions. Contact 01822-561093",
  [("phone", "+8801822561093")])

c = "minors"
F(c, "bn", "মেয়ের বয়স ১৪ তাতে সমস্যা নাই, পাসপোর্টে ২১ বানাইয়া দিমু, জন্ম নিবন্ধন নতুন কইরা করাইয়া লমু। বাসার কাজ, মাসে ২৫ হাজার")
F(c, "bn", "১৫-১৬ বছরের পোলা লাগবো রেস্টুরেন্টে, ছোট মানুষ বেশি খাটতে পারে খরচও কম। কাগজপত্র আমি দেখুম")
F(c, "bn-Latn", "bhai apnar bhatija to 16, kono problem nai. NID lagbe na amra boyosh barai passport korbo. malaysia factory te chhoto der demand beshi")
F(c, "bn-Latn", "amar meye ta re 13 boyose nise basar kaj er kotha koiya. 2 bosor kono khobor nai, khali 2 bar fon disilo kanna kori")
F(c, "en", "Need 10 boys 14-17 yrs for fishing boat Sabah. Age documents we manage. Advance to parents 40k taka each.")
F(c, "en", "New girl only 15, village girl, first time in KL. Booking on Telegram t.me/sweet_dhaka_vip",
  [("telegram", "@sweet_dhaka_vip")])
F(c, "en", "Sir the boy with me is only 12, agent wrote 19 on his passport. He works at the car wash from morning till midnight and sleeps there. He cries for his mother.")

# ---------------------------------------------------------------- hard negatives
N("news", "bn", "কুয়ালালামপুরে কলিং ভিসায় গিয়ে প্রতারিত ৪০ শ্রমিককে উদ্ধার, দালালচক্রের দুই সদস্য গ্রেপ্তার। র‍্যাব জানিয়েছে, চক্রটি জনপ্রতি ৫ লাখ টাকা করে নিয়েছিল।")
N("news", "bn", "মানব পাচার মামলায় এক রিক্রুটিং এজেন্সির মালিককে ১০ বছরের কারাদণ্ড দিয়েছেন ট্রাইব্যুনাল। রায়ে বলা হয়, তিনি মালয়েশিয়ায় চাকরির কথা বলে শ্রমিকদের পাসপোর্ট আটকে রাখতেন।")
N("news", "bn", "সিঙ্গাপুরে শিপইয়ার্ড দুর্ঘটনায় আহত বাংলাদেশি শ্রমিক ক্ষতিপূরণ পেলেন ৮৫ হাজার ডলার, মামলায় সহায়তা করেছে একটি স্থানীয় সংগঠন।")
N("news", "bn-Latn", "khobor dekhlam malaysia te immigration raid e 300 er moto PATI dhorse, beshir bhag bangladeshi. high commission bolse recalibration e jara register korse tader kono somossa hobe na")
N("news", "en", "KUALA LUMPUR: Police have detained three men, including a Bangladeshi national, suspected of running a syndicate that supplied forged work permits to foreign workers, Bernama reported.")
N("news", "en", "Singapore court jails employment agent for collecting illegal kickbacks from Bangladeshi workers. The 46-year-old was sentenced to 10 weeks' jail and fined S$30,000, MOM said.")

N("awareness", "bn", "বিদেশ যাওয়ার আগে জেনে নিন: মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা। পাসপোর্ট কখনো দালালের হাতে দেবেন না, টাকা দিলে অবশ্যই রসিদ নিন।")
N("awareness", "bn", "সচেতনতা পোস্ট 🙏 ভাইয়েরা, কেউ যদি বলে ফ্রি ভিসায় সৌদি, অভিজ্ঞতা লাগবে না, ৩ দিনে ফ্লাইট, সেটা প্রতারণা। শেয়ার করে অন্যদের জানান।")
N("awareness", "bn-Latn", "sobai share koren: je agent passport jama rakhte chay ar receipt dite chay na take ek taka o diben na. BMET er website e agency r license check kore niben")
N("awareness", "bn-Latn", "bhaiyera PATI hoye lukai thakar dorkar nai, recalibration program e nijer nam register korle legal hoye jaben. dalal der kache taka diben na, sorasori official portal e")
N("awareness", "en", "Know your rights in Singapore: your employer cannot keep your passport or work permit card. Salary must be paid within 7 days after the month ends. Contact MOM if your employer does not pay.")
N("awareness", "en", "IOM reminder: a genuine recruiter will never ask you to pay a job fee into a personal bKash number. Check the agency licence and get a written contract before you travel.")

N("official", "bn", "বাংলাদেশ হাইকমিশন, কুয়ালালামপুর। বিজ্ঞপ্তি: মালয়েশিয়ায় অবস্থানরত অনিয়মিত বাংলাদেশি কর্মীদের রিক্যালিব্রেশন কর্মসূচিতে নিবন্ধনের সময়সীমা ৩১ ডিসেম্বর পর্যন্ত বাড়ানো হয়েছে। কোনো মধ্যস্বত্বভোগীকে অর্থ প্রদান করবেন না।")
N("official", "bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: মালয়েশিয়াগামী কর্মীর অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা নির্ধারণ করা হয়েছে। এর বেশি অর্থ দাবি করলে সংশ্লিষ্ট রিক্রুটিং এজেন্সির বিরুদ্ধে ব্যবস্থা নেওয়া হবে।")
N("official", "bn-Latn", "Mim Overseas (RL-1234): Malaysia manufacturing e 30 jon lagbe. khoroch sorkari rate onujayi 78,990 taka, bank e joma, receipt dewa hobe. BMET registration ar smart card amrai kore dibo. jogajog 01713-058271",
  [("phone", "+8801713058271")])
N("official", "en", "Notice from Sunrise Marine Pte Ltd: all workers' passports are returned to the workers after work permit issuance. If any supervisor asks you to surrender your passport or pay for renewal, report to HR at hr@sunrisemarine.com.sg",
  [("email", "hr@sunrisemarine.com.sg")])
N("official", "en", "High Commission of Bangladesh, Kuala Lumpur: passport renewal (MRP to e-passport) camp for Selangor will be held in Klang on 14-15 December. Bring your old passport and a copy of your work permit. Fees as per government schedule only.")
N("official", "en", "Employer notice: salaries for December will be credited on 7 Jan. Levy for all foreign workers is paid by the company and will NOT be deducted from wages. Overtime rate 1.5x on weekdays, 2x on rest days.")

N("receipt", "en", "You have received Tk 15,000.00 from 01718264093. Ref Abbu. Fee Tk 0.00. Balance Tk 15,842.50. TrxID CL4T8R2K9Q at 05/12/2026 14:22",
  [("phone", "+8801718264093"), ("mfs_transaction", "CL4T8R2K9Q")])
N("receipt", "en", "Money Received. Amount: Tk 8000.00 Sender: 01935720418 Ref: N/A TxnID: 71KX4QZB Balance: Tk 8,150.00 05/12/2026 09:41",
  [("phone", "+8801935720418"), ("mfs_transaction", "71KX4QZB")])
N("receipt", "en", "Cash-In from A/C: ***4512 Tk5,000.00 Fee: Tk0.00 Balance: Tk5,210.00 TxnId: 3820157946 12/11/2026 18:03",
  [("mfs_transaction", "3820157946")])
N("receipt", "en", "Dear Customer, foreign remittance BDT 52,340.00 received in A/C **7781 from MD RAFIQUL ISLAM via CIMB Malaysia incl. 2.5% govt incentive. Sonali Bank")
N("receipt", "en", "Send Money Tk 3,000.00 to 01541827360 successful. Ref exam fee. Fee Tk 5.00. Balance Tk 1,204.00. TrxID DA93KF7M2P at 01/12/2026 20:15",
  [("phone", "+8801541827360"), ("mfs_transaction", "DA93KF7M2P")])
N("receipt", "bn", "টাকা গ্রহণ সফল। পরিমাণ: ৳১০,০০০ প্রেরক: ০১৮৭৬৪৯৩২১৫ TxnID: 8BQ5MZ2T ব্যালেন্স: ৳১০,৪২০",
  [("phone", "+8801876493215"), ("mfs_transaction", "8BQ5MZ2T")])
N("receipt", "bn", "আব্বা বিকাশে ২০ হাজার পাঠাইলাম TrxID: EK62HN8W1L। আম্মার ওষুধ আর ছোটটার স্কুলের বেতন দিয়েন",
  [("mfs_transaction", "EK62HN8W1L")])

N("worker_content", "bn", "আলহামদুলিল্লাহ এই মাসে ওভারটাইম সহ ২৪০০ রিঙ্গিত পাইছি। কোম্পানি ভালো, পাসপোর্ট নিজের কাছে, বছরে একবার ছুটি। আম্মা চিন্তা কইরো না")
N("worker_content", "bn", "আমাদের ফ্যাক্টরিতে নতুন সুপারভাইজার আসছে ভালো মানুষ। শুক্রবার অফ, হোস্টেলে ওয়াইফাই দিছে, লেভি কোম্পানি দেয় আমাগো বেতন থেকে কাটে না")
N("worker_content", "bn-Latn", "bhai ami shipyard e 3 bochor, basic 22 dollar + OT. permit renew company nijei kore kono taka lage nai. next year deshe jabo biye korte inshallah 😄")
N("worker_content", "bn-Latn", "overtime aj 4 ghonta korlam, mash sheshe bhalo taka ashbe. passport amar locker e, boss kono jhamela kore na")
N("worker_content", "bn-Latn", "ami ekhon construction o, kaam ektu kothin kintu beton thik moto dey, mash er 7 tarikh e bank o ashi zay. tumra bhalo thakio")
N("worker_content", "en", "Finished my 2nd year at the plant. Salary went up to RM 2,100, annual leave approved for Eid. Work is hard in the sun but company pays OT on time. Thank you Allah.")

N("joke", "bn", "বউ কয় তুমি বিদেশ গিয়া আমারে ভুইলা গেছো। আমি কই ভুলি নাই, খালি বেতনটা মাসের ৭ তারিখের পরে আসে 😂")
N("joke", "bn-Latn", "dalal bhai re jiggesh korlam malaysia jete koto lagbe, bole 5 lakh. ami bollam bhai oi taka thakle deshe chayer dokan dei 😂😂")
N("joke", "bn-Latn", "amar boss amake bondi kore rakhse... office er AC room e, meeting shesh e hoy na 🥲")
N("joke", "bn-Latn", "passport ta joma rakhsi ammur kache, na hoile ami proti mashe bangkok ghurte jaitam 🤣")
N("joke", "en", "My landlord: rent due. My boss: salary delayed. My mom: when are you getting married. I am being held hostage by life itself 😭😂")

N("chatter", "bn", "ভাই নতুন স্মার্ট কার্ড তুলতে BMET অফিসে গেছিলাম, লাইন দেখে মাথা ঘুরায় গেছে। কালকে আবার যাবো")
N("chatter", "bn", "হোস্টেলের রান্না আজকে সেই হইছে, গরুর মাংস আর খিচুড়ি। সবাই মিলা খাইলাম, দেশের কথা মনে পড়ে")
N("chatter", "bn-Latn", "kal ke KL sentral e Farhad bhai er sathe dekha, or calling visa hoise, next week flight. onek din por dekha hoilo")
N("chatter", "bn-Latn", "bhai tomar imo number ta dao to, whatsapp e call jay na. amar ta +60 11-2847 3951",
  [("phone", "+601128473951")])
N("chatter", "en", "anyone know a good agent for sending money home? bank rate today 27.4 for 1 ringgit, heard Merchantrade gives better")

N("family", "bn", "মেয়ের বয়স তো ১৭ মাত্র, এখনই বিয়ের কথা কইয়েন না। আগে এইচএসসি দিক, পরে দেখা যাইবো")
N("family", "bn", "আব্বা মালয়েশিয়া যাওয়ার টাকার লাইগা জমি বেচার দরকার নাই। আমি সরকারি ভাবে নাম দিছি, খরচ ৭৯ হাজারের মতো, প্রবাসী কল্যাণ ব্যাংক থেকে লোন পামু")
N("family", "bn-Latn", "ammu choto bhai er passport er form fill up kore disi, police verification er jonno thanay jete hobe sunday. NID copy ar birth certificate rekhe dio")
N("family", "bn-Latn", "abbu ei mash e 30 hajar pathabo, 10 hajar apa r biyer jonno rekhe dio, baki ta kisti dite")
N("family", "bn-Latn", "tomar bhagna re school e bhorti korai disi, hete ekhon class six e, boyos egaro. mashik fee 800 taka")
N("family", "en", "Mum I got the visa stamped today! Flight to Singapore on the 20th. Company already sent the IPA and said agent fee is zero. Please stop worrying 😊")

# ---------------------------------------------------------------- easy negatives
for s, t in [
    ("bn", "আজকে বৃষ্টি হবে মনে হয়, ছাতা নিয়া বের হইস"),
    ("bn", "ক্রিকেট ম্যাচ দেখছস? শেষ ওভারে কি একটা ছক্কা!"),
    ("bn", "ভাত খাইছো? রাতে কল দিও"),
    ("bn", "জন্মদিনের শুভেচ্ছা দোস্ত 🎂 অনেক বড় হ"),
    ("bn-Latn", "kire kothay tui? ashar shomoy doi niye ashis"),
    ("bn-Latn", "bhai kalke match ase 8 tay, bhule jaio na"),
    ("bn-Latn", "net eto slow keno aj, video load e hoy na"),
    ("bn-Latn", "amma aj ki ranna korso? ilish?"),
    ("bn-Latn", "ok thik ase pore kotha boli"),
    ("en", "Reached home safely, thanks for the ride."),
    ("en", "Can you send me the photos from yesterday?"),
    ("en", "Happy new year everyone! 🎉"),
    ("en", "Meeting moved to 4pm, see you there."),
]:
    N("chatter", s, t, hard=False)


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
    random.Random(53).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev53-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
