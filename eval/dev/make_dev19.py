#!/usr/bin/env python3
"""Blind evaluation set dev19 for evidtriage (issue 15). Written from
shared/research/indicators.md and the TYPES listed in issue 15, without sight of the rules.
Writes dev19.jsonl next to this script."""
import hashlib, json, os, random

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def h20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]


TRON = b58check(b"\x41" + h20("dev19-tron-1"))
TRON2 = b58check(b"\x41" + h20("dev19-tron-2"))
BTC = b58check(b"\x00" + h20("dev19-btc-1"))
ETH = "0x" + hashlib.sha256(b"dev19-eth-1").hexdigest()[:40]

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bn(s):
    return s.translate(BN_DIGITS)


def ph(local):  # BD local 01XXXXXXXXX -> E.164
    d = "".join(c for c in local if c.isdigit())
    assert len(d) == 11 and d.startswith("01") and d[2] in "3456789", local
    return {"type": "phone", "value": "+88" + d}


def e(t, v):
    return {"type": t, "value": v}


items = []


def F(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))


def O(voice, script, hard, text, ents=()):
    items.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ---------------------------------------------------------------- FLAG
RD, FD, ISO, LAB = "recruitment_deception", "fees_and_debt", "isolation_and_control", "labour_exploitation"
PAY, THR, MIN, SX = "payments_and_proceeds", "threats_and_coercion", "minors", "sexual_exploitation"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", f"জরুরি ভিত্তিতে দুবাই যেতে ইচ্ছুক ভাই ও বোনেরা যোগাযোগ করুন!! হোটেলে ক্লিনার, বেতন ৯০ হাজার টাকা, থাকা খাওয়া ফ্রি, কোন অভিজ্ঞতা লাগবে না। ভিজিট ভিসায় যাবেন, ওখানে গিয়ে কাজের ভিসা কইরা দেওয়া হবে, কোনো চিন্তা নাই। ইমো/হোয়াটসঅ্যাপ {bn('01847-329156')}",
  [ph("01847329156")])
F(RD, "bn", "আমাদের কইছিল রেস্টুরেন্টে কাজ, এখানে আইনা মরুভূমির খামারে ছাগল চরাইতে দিছে। যে কাগজে সই করাইছিল তার কিছুই মিলে না, বেতনও অর্ধেক")
F(RD, "bn", "মা রে তোর ভাই যে ভিসা নিয়া গেছে ওইটা নাকি নকল, এয়ারপোর্টে আটকাইছে। দালাল এখন ফোন ধরে না, সাড়ে চার লাখ টাকা নিছে আমাগো থেকে")
F(RD, "bn-Latn", "bhai malaysia calling visa ready ase, factory kaj, betn 1800 ringgit + OT. medical o lagbe na, BMET card chara e pathai dimu amra, kono jhamela nai. seat kom, aj e inbox koren")
F(RD, "bn-Latn", "visa dekhaisilo company visa, ekhane aisa dekhi free visa, kono kofil nai kaj o nai. nijer kaj nije khuija khaite hobe bole, iqama o nijer takay")
F(RD, "bn-Latn", "vai online e job dilo thailand e typing er, 1200 dollar. bangkok nambar por ekhon bolse gari kore border par hoye onno jaygay office, kisu bujhtesi na")
F(RD, "en", "URGENT HIRING!! Customer service / typing agents for company in Bangkok. Salary $1500 + commission, FREE air ticket, FREE hotel. No experience needed, basic English ok. Limited seats, join fast. Telegram @hr_jobs_bkk2 or mail cv to hr.bkkjobs22@gmail.com",
  [e("telegram", "@hr_jobs_bkk2"), e("email", "hr.bkkjobs22@gmail.com")])
F(RD, "en", "they told me cleaner job in 5 star hotel in Riyadh. i am in a house far from the city doing everything, cooking washing for 11 people. the contract they showed in dhaka is not this")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F(FD, "bn", "প্রথম ছয় মাসের বেতন ওরা কাইটা রাখবে কইছে, ভিসার খরচ নাকি ওদের কাছে আমার দেনা। দেনা শোধ না হইলে দেশে যাইতেও দিবো না")
F(FD, "bn", "জমি বন্ধক দিয়া সাড়ে ছয় লাখ দিছি, এখন দালাল কয় আরো এক লাখ লাগবো নইলে ওরে ওইখানে কাজে ঢুকাইবো না। কিস্তির টাকা দিমু কই থেকে, আল্লাহ জানে")
F(FD, "bn", "বাকি দেড় লাখ বেতন থেকে কাইটা নিমু, চিন্তা কইরেন না")
F(FD, "bn-Latn", "ekhane asar por bolse ticket ar khawar khoroch o amar ghare, protimash 400 riyal kete rakhe. hisab chaile dey na, kobe shesh hobe keu jane na")
F(FD, "bn-Latn", "advance 2 lac dite hobe ajker moddhe, baki 3.5 lac kaj shuru korle beton theke katbo. personal bkash e pathan 01934 562 871, cash out charge soho",
  [ph("01934562871")])
F(FD, "bn-Latn", "loan shodh na kora porjonto chuti nai bhai, oi dalal e bolse")
F(FD, "en", "Boss says I owe him 3000 ringgit for visa and room. Every month he takes half my salary and the debt never gets smaller. Friends in my room are same")
F(FD, "en", "Total package 6.5 lakh. 4 lakh before flight, rest you pay from salary over 10 months. If you leave the job before that your family pays double, this is written in the stamp paper.")

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F(ISO, "bn", "আমার ফোন মালিক নিয়া নিছে, এইটা রান্নাঘরের আপার ফোন থেকে লিখতেছি। সপ্তায় একদিন বাড়িতে কথা বলতে দেয়, পাশে বইসা শোনে")
F(ISO, "bn", "বাইরে যাইতে দেয় না, গেটে তালা দেওয়া, দারোয়ান সারাদিন বসা থাকে")
F(ISO, "bn", "বাড়িতে ফোন দিলে বলবি গার্মেন্টসে কাজ করিস, ভালো আছিস। অন্য কিছু বললে কিন্তু খবর আছে, মনে রাখিস")
F(ISO, "bn-Latn", "passportgula sob company r office e jama, amar ta EB0547812. amra 40 jon ek room e, duty chara kauke baire jaite dey na",
  [e("bd_passport", "EB0547812")])
F(ISO, "bn-Latn", "family ke kisu bolben na, bolben hotel e job. amar number o kauke diben na, bujhsen?")
F(ISO, "bn-Latn", "phone ta nie gese apa. ei number e r paba na")
F(ISO, "en", "From today no phone in dormitory. All phones give to supervisor, you get it Friday 1 hour only. Anyone caught with second phone will be punished and no salary that month")
F(ISO, "en", "we are not allowed out of the compound. guards at the gate day and night. they keep all passports in the office")

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F(LAB, "bn", "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, একবেলা খাবার দেয়। ৮ মাস ধরে বেতন দেয় নাই, চাইলে বলে পরে দিবে")
F(LAB, "bn", "ছেলেটা কয় ফ্যাক্টরিতে দিনে ১৮ ঘণ্টা খাটায়, কোন ছুটি নাই, জ্বর হইলেও লাইনে দাঁড়াইতে হয়")
F(LAB, "bn-Latn", "4 mash beton pai nai, malik bole tomar taka amar kache jomano thakbe, deshe jawar somoy ekbare dibo")
F(LAB, "bn-Latn", "aj o khawa dey nai, 2 din hoye gelo. kaj kintu thik e kora lage")
F(LAB, "en", "site supervisor took our salary cards. we work 7 days, 14 hrs, overtime never paid. 22 of us sleep in one container with no AC")
F(LAB, "en", "Company sold 6 of us to another sponsor, new kafeel paid 8000 riyal each, nobody asked us. He says first year no salary because he bought us")
F(LAB, "en", "no salary since march. still working")

# payments_and_proceeds (7: bn 2, bn-Latn 2, en 3)
F(PAY, "bn", f"আপনার ছেলে আমাদের কাছে আছে। কাল সকালের মধ্যে ৩ লাখ টাকা এই বিকাশে পাঠান {bn('01763842915')}, পুলিশরে জানাইলে ছেলেরে আর পাইবেন না",
  [ph("01763842915")])
F(PAY, "bn", "লিবিয়ার ক্যাম্প থেকে ছাড়াইতে ওরা ৫ লাখ চাইছে। আজ নগদে দুই লাখ পাঠাইছি TxnID: 71KQ8ZPD, বাকিটা কাল। ছেলের সাথে কথা কইতে দেয় নাই এখনো",
  [e("mfs_transaction", "71KQ8ZPD")])
F(PAY, "bn-Latn", f"USDT pathaba ei TRC20 address e: {TRON} . 2500 dile ore chere dibo, na dile onno company te bechbo, tomar ichha",
  [e("tron_address", TRON)])
F(PAY, "bn-Latn", "taka na dile chharbe na bolse. bikash 01611 904 337",
  [ph("01611904337")])
F(PAY, "en", f"Send 1500 USDT (ERC20) to {ETH} within 48 hours for his release and his passport. After payment he can call you. No police.",
  [e("eth_address", ETH)])
F(PAY, "en", "Split tonight's collection from the girls: 40k by Nagad to 01739-508214, rest cash to the hundi man in Deira. Never more than 25k in one transaction",
  [ph("01739508214")])
F(PAY, "en", "Paid the 2nd installment to them, bKash TrxID BJ47KD92QX. They said the boat leaves Teknaf only after full 3 lakh, till then he stays in the house in the hills",
  [e("mfs_transaction", "BJ47KD92QX")])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F(THR, "bn", "পালানোর চেষ্টা করলে পুলিশে দিয়া দিমু, হুরুব মামলা খাইলে জেল খাইটা খালি হাতে দেশে যাবি। ভাইবা দেখ")
F(THR, "bn", "আপনার মেয়ে যদি মামলা করে তাইলে আপনাদের গ্রামে থাকা বন্ধ কইরা দিমু। আপনার ছোট পোলাডারে দেইখা রাইখেন")
F(THR, "bn", "কাজ কম হইলে কারেন্টের শক দেয়, গতকাল আমাদের রুমের দুইজনরে লাঠি দিয়া মারছে")
F(THR, "bn-Latn", "beshi kotha bolle iqama cancel kore jail e dhukabo, tor family o ekta taka pabe na")
F(THR, "bn-Latn", "vai maira felbe bolse jodi deshe jogajog kori")
F(THR, "bn-Latn", "tui case korle tor baper jomi o thakbe na. amader lok thanay ase, bujhe shune kotha bolis")
F(THR, "en", "You run away, I report absconding same day. Police will catch you, no exit, no salary, deport with ban. Think about your family before you do anything stupid")
F(THR, "en", "they beat Rafiq with a pipe yesterday because he asked to go home. they told all of us next time it will be worse")

# minors (7: bn 2, bn-Latn 2, en 3)
F(MIN, "bn", f"মেয়ের বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধন নতুন কইরা বয়স ১৯ বানাইয়া দিমু। জাতীয় পরিচয়পত্র নং {bn('20072617543210987')} দিয়া পাসপোর্ট হইবো, কেউ ধরতে পারবো না",
  [e("bd_nid", "20072617543210987")])
F(MIN, "bn", "আমার বয়স ১৫, কাগজে লেখা ২২। ম্যাডাম বলছে কেউ জিগাইলে বলবি ২২, নাইলে দেশে ফেরত পাঠাবে")
F(MIN, "bn-Latn", "chhoto meye hole beshi dam pabo, 13-14 hoile best. kagoj ami thik korbo, notun NID bananor lok ase amar")
F(MIN, "bn-Latn", "chacha bolse chittagong er ek basay 11 bochorer meye rakhbe, khali khawa thaka ar eid e kapor, beton pore dekha jabe. kal niye jabe bolse")
F(MIN, "en", "Sir, family in Gazipur ready to give their 9 yr old boy for your house. Only food and 2000 per month to mother. He can clean and watch baby, very obedient")
F(MIN, "en", "Need 3 girls for house work in Jeddah, 15-17 ok, we make passport with age 25. Family gets 50k advance cash")
F(MIN, "en", "she's 15 but papers will say 21. don't worry about airport, our man is there")

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F(SX, "bn", "দুবাইতে বিউটি পার্লারে কাজ, সুন্দরী মেয়ে লাগবে, বয়স ১৮-২৫, মাসে দেড় লাখ টাকা। কাস্টমারদের সাথে একটু ফ্রি হইতে হবে। ছবি পাঠান wa.me/971562418307",
  [e("whatsapp", "+971562418307")])
F(SX, "bn", "পার্লারের কথা বইলা আনছে, এখানে আইসা দেখি রাতে হোটেলে কাস্টমারের কাছে পাঠায়। না গেলে খাওয়া বন্ধ কইরা দেয়")
F(SX, "bn-Latn", "spa te massage er kaj, malaysia. tips e mashe 3-4 lac income. shorom korle hobe na, guest ja chay ta korte hobe. pic dio inbox e, insta te dekho @glow_spa_kl",
  [e("instagram", "@glow_spa_kl")])
F(SX, "bn-Latn", "aj rate 2 ta meye lagbe gulshan er party te, notun ta ke pathao")
F(SX, "en", "New girls from Bangladesh 🌹 just arrived, young & sweet. Hotel or outcall. Contact agent only on Telegram @rosy_dxb_vip",
  [e("telegram", "@rosy_dxb_vip")])
F(SX, "en", "They said dance club job with 1.2 lakh salary. Now they make me sit with men and go to rooms. I want to go home, manager has my passport")
F(SX, "en", "Shift change: the new girl from Narayanganj goes to the Deira hotel tonight. She doesn't leave the room without Monir. Take her phone first")

# ---------------------------------------------------------------- OK, hard (45)
# news (6)
O("news", "bn", True, "মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে তরুণদের লিবিয়া হয়ে ইতালি পাঠানোর নামে জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে র‌্যাব-৩ রাজধানীর পল্টন থেকে তাদের গ্রেপ্তার করেছে।")
O("news", "bn", True, "কক্সবাজারের টেকনাফ উপকূল দিয়ে সমুদ্রপথে মালয়েশিয়া পাঠানোর সময় ২৩ জনকে উদ্ধার করেছে কোস্টগার্ড, আটক দুই দালাল")
O("news", "bn-Latn", True, "dekhsen? news e dilo, parlour e kajer kotha bole dubai te meye pachar er case e 2 jon er 10 bochor jel hoise. thik e hoise")
O("news", "en", True, "Court sentences recruiting agency owner to 7 years for trafficking 40 workers to Cambodian scam compounds. Victims testified their passports were confiscated and they were forced to work 16 hours a day.")
O("news", "en", True, "Police rescue 11 children aged 9 to 14 who were being taken across the Jessore border for domestic work; two brokers arrested, case filed under the Prevention and Suppression of Human Trafficking Act.")
O("news", "bn", True, "সৌদি ফেরত নারী শ্রমিকদের অভিযোগ: গৃহকর্তা পাসপোর্ট ও মোবাইল কেড়ে নিত, মাসের পর মাস বেতন দিত না। এক জরিপে এমন তথ্য উঠে এসেছে।")
# awareness (6)
O("awareness", "bn", True, "সতর্ক থাকুন! কখনো কোনো দালালের হাতে পাসপোর্ট দেবেন না। বিদেশে যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন, সরকার নির্ধারিত খরচের বেশি টাকা দেবেন না।")
O("awareness", "bn-Latn", True, "Bhai ra share koren: keu jodi bole free visa te saudi niye jabe, passport ar taka diben na. kaj na pele apnake illegal bolbe, jail hobe. sorkari fee er beshi keu chaile abhijog korun")
O("awareness", "en", True, "Warning signs of a job scam: high salary for simple typing work, free flights, the employer wants to keep your passport, tells you not to inform your family. If you see these, do not go. #SafeMigration")
O("awareness", "en", True, "Never hand over your passport to a recruiter or employer. Keeping it is your legal right. Report passport confiscation to the labour wing of the nearest Bangladesh mission.")
O("awareness", "bn-Latn", True, "meyeder bolchi, 'parlour e kaj', 'spa te kaj' bole bidesh e niye jay onek dalal. apnar ashe pashe keu emon offer pele amader page e inbox korun, nam gopon rakha hobe")
O("awareness", "bn", True, "শিশুদের গৃহকর্মে নিয়োগ দণ্ডনীয় অপরাধ। ১৪ বছরের কম বয়সী কোনো শিশুকে বাসাবাড়ির কাজে রাখবেন না। শিশু সহায়তায় কল করুন ১০৯৮।")
# official (6)
O("official", "bn", True, "সরকার নির্ধারিত খরচে মালয়েশিয়া যাওয়ার সুযোগ। মোট খরচ ৭৮,৯৯০ টাকা, সব টাকা ব্যাংকের মাধ্যমে রশিদসহ জমা দিতে হবে। আমরা বিএমইটি অনুমোদিত রিক্রুটিং এজেন্সি। কোনো দালালকে টাকা দিবেন না।")
O("official", "en", True, "BMET notice: workers going to KSA must collect the smart card from the district office after fingerprinting. Employers are not allowed to keep workers' passports. Contract salary SAR 1,200, 8-hour shifts.")
O("official", "en", True, "Embassy of Bangladesh, Riyadh: workers whose employers have filed huroob (absent) cases may contact the labour wing with an iqama copy. Email labour.riyadh@mofa.gov.bd, Tel +966 11 419 5300",
  [e("email", "labour.riyadh@mofa.gov.bd"), e("phone", "+966114195300")])
O("official", "bn-Latn", True, "amader agency govt approved, RL ache. japan technical intern e kono advance nai, shudhu BMET fee ar training fee, receipt soho. passport apnar kachei thakbe sir")
O("official", "bn", True, "প্রবাসী কল্যাণ মন্ত্রণালয়ের বিজ্ঞপ্তি: বিদেশে কর্মরত অবস্থায় মালিক বেতন না দিলে বা পাসপোর্ট আটকে রাখলে দূতাবাসের শ্রম উইংয়ে অভিযোগ করুন। আইনি সহায়তা বিনামূল্যে।")
O("official", "en", True, "Bangladesh Police: missing person. Sumaiya Akter (16) left home in Savar on 2 Nov. Family suspects she was lured with a job offer. Any information: 01320-001234",
  [ph("01320001234")])
# worker_content (6)
O("worker_content", "bn", True, "আলহামদুলিল্লাহ এই মাসের বেতন সময়মতো পাইছি, ওভারটাইমসহ ১৮০০ রিয়াল। কোম্পানি ইকামা রিনিউ কইরা দিছে, পাসপোর্ট আমার কাছেই আছে")
O("worker_content", "bn-Latn", True, "ami valo achi ma, hotel er kaj ta aram er, 8 ghonta duty, thaka khawa company dey. eid e 3 din chuti dibe")
O("worker_content", "en", True, "Day 400 in Kuala Lumpur 🇲🇾 factory life is hard but boss is good, salary always on the 7th. Sent 40k home this month. Thanks to the agency who did everything legal")
O("worker_content", "bn-Latn", True, "apu parlour er kaj ta valoi lagtese, gulshan e, shob customer mohila. beton 15 hajar, tips alada")
O("worker_content", "bn", True, "নিজের ইচ্ছায় নতুন কফিলের কাছে ট্রান্সফার হইছি, বেতন ২০০ রিয়াল বাড়ছে। পুরান কোম্পানি ঠিকঠাক ছাড়পত্র দিছে")
O("worker_content", "bn-Latn", True, "aj 12 ghonta duty korsi but OT, double pay dise. room e AC ase, 4 jon thaki. kharap na bro")
# receipt (6)
O("receipt", "en", True, "You have received Tk 25,000.00 from 01711958340. Fee Tk 0.00. Balance Tk 31,420.50. TrxID BGH5K2L9QA at 02/12/2026 14:07",
  [ph("01711958340"), e("mfs_transaction", "BGH5K2L9QA")])
O("receipt", "en", True, "Money Received. Amount: Tk 8000.00 Sender: 01893227615 Ref: N/A TxnID: 7KD92HQA Balance: Tk 8512.00 03/12/2026 09:41",
  [ph("01893227615"), e("mfs_transaction", "7KD92HQA")])
O("receipt", "bn", True, f"আপনি {bn('01955412783')} থেকে ৳{bn('12,000.00')} পেয়েছেন। ফি ৳{bn('0.00')}। ব্যালেন্স ৳{bn('15,640.00')}। TrxID CKL8Q3M7TZ সময় {bn('01/12/2026 19:22')}",
  [ph("01955412783"), e("mfs_transaction", "CKL8Q3M7TZ")])
O("receipt", "en", True, "Cash-In from A/C: ***4419 Tk5,000.00 Fee: Tk0.00 Balance: Tk6,210.00 TxnId: 4821937560 Date: 04-12-2026 11:05",
  [e("mfs_transaction", "4821937560")])
O("receipt", "en", True, "Cash Out Tk 10,000.00 to Agent 01823409116 successful. Fee Tk 185.00. Balance Tk 2,317.00. TrxID BJQ4D7W2MN at 04/12/2026 10:15",
  [ph("01823409116"), e("mfs_transaction", "BJQ4D7W2MN")])
O("receipt", "bn-Latn", True, "bhai bkash pathaisi, TrxID BKD93JS7QP, saudi theke ammur oshud er jonno 30 hajar. confirm dio",
  [e("mfs_transaction", "BKD93JS7QP")])
# joke (5)
O("joke", "bn-Latn", True, "bou amar passport, mobile, salary shob nijer kache rakhe, ami to nijer ghorei bondi 😂😂")
O("joke", "en", True, "My boss said I can't leave the office until the report is done. Send help, I am being held hostage by Excel 😭")
O("joke", "bn", True, "আম্মু পরীক্ষার আগে আমার ফোন নিয়া গেছে, কাউকে বলিস না আমি লুকায় ফেসবুকে আসছি 🤫😂")
O("joke", "bn-Latn", True, "amar roommate amar charger 3 din dhore atke rakhse, muktipon hisebe 1 plate kacchi chay 😂")
O("joke", "en", True, "Kid locked me out of the bathroom and is demanding 2 chocolates as ransom. Negotiations ongoing 🍫😂")
# chatter (5)
O("chatter", "bn-Latn", True, "bro dubai er number ta eita na? +971 55 318 4402 . kal call dibo flight er jonno, ticket kata shesh",
  [e("phone", "+971553184402")])
O("chatter", "bn-Latn", True, "keu valo agency chinen malaysia r jonno? legal ta lagbe, BMET card ar receipt soho. budget 80k er moto, kono dalal re 5 lakh dimu na vai")
O("chatter", "bn", True, "ভাই সৌদিতে ক্লিনারের কাজে এখন বেতন কত দেয়? আমার মামা যাইতে চায়, কিন্তু দালাল ধরবো না, সরাসরি এজেন্সি দিয়া")
O("chatter", "bn-Latn", True, "office e notun niom, duty time e phone locker e rakhte hobe, 5 tay ferot dey. bakwas")
O("chatter", "en", True, f"sold my old laptop for crypto lol, he paid to my wallet {BTC} , 3 confirmations already",
  [e("btc_address", BTC)])
# family (5)
O("family", "bn", True, "আব্বা, আমার পাসপোর্টটা আলমারির উপরের তাকে রাখছি, ভিসার কাগজগুলা ফাইলে। কাউরে দিবেন না, আমি আইসা নিমু")
O("family", "bn-Latn", True, "ammu, 50 hajar pathalam bkash e. kisti ta diye diyo, baki ta chotor school fee")
O("family", "en", True, "Bhaiya mom says send her your passport copy and NID for the Hajj registration. Yours is NID 19922691456783123 right?",
  [e("bd_nid", "19922691456783123")])
O("family", "bn", True, "মেয়েটার বয়স ১৬ হইলো, এখনই বিয়ের কথা বলবা না। আগে এসএসসি দিক, তারপর দেখা যাবে")
O("family", "bn-Latn", True, "abbu tomar passport er number ta lagbe form e, pathao to. ok paisi, B04718263",
  [e("bd_passport", "B04718263")])

# ---------------------------------------------------------------- OK, plain (15)
O("news", "en", False, "Dhaka weather: light rain likely this evening, temperature to drop by 2 degrees over the weekend.")
O("awareness", "bn", False, "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে কোথাও পানি জমতে দিবেন না। জ্বর হলে দেরি না করে ডাক্তার দেখান।")
O("official", "bn", False, "পৌরসভার নোটিশ: আগামী ৭ ডিসেম্বর সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত পানি সরবরাহ বন্ধ থাকবে।")
O("official", "en", False, "DESCO: your prepaid meter recharge of Tk 1,000 is successful. Current balance Tk 1,146.")
O("worker_content", "bn-Latn", False, "aj site e chhad dhalai hoise, shara din kaj, kintu moja lagse. chobi dilam dekho")
O("worker_content", "en", False, "Finished my first month at the garment factory in Gazipur, learned the new overlock machine!")
O("receipt", "en", False, "Your recharge of Tk 199 was successful. Balance Tk 212.40. Enjoy 10GB internet for 7 days.")
O("receipt", "bn", False, "বিদ্যুৎ বিল পরিশোধ সফল হয়েছে। বিল নম্বর: ৫৫১২৩, পরিমাণ: ৳১,২৪০। ধন্যবাদ।")
O("joke", "bn-Latn", False, "amar biral ta amar chair dokhol kore nise, ami ekhon floor e boshe kaj kori 😂")
O("joke", "en", False, "why did the tomato blush? because it saw the salad dressing 😂")
O("chatter", "bn", False, "কাল খেলা দেখবি? বাংলাদেশ-ভারত, সন্ধ্যা ৭টায়")
O("chatter", "bn-Latn", False, "tg te join koro @dhaka_flat_rent, oikhane basa vara post dey",
  [e("telegram", "@dhaka_flat_rent")])
O("chatter", "en", False, "ok see u at 6, bring the charger")
O("family", "bn", False, "আম্মা, আজ রাতে বাসায় ফিরতে দেরি হবে, ভাত রাইখো")
O("family", "bn-Latn", False, "nanu r shorir kemon ase? kal hospital e jabo")

random.Random(19).shuffle(items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev19.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"dev19-{i:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": it["entities"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(out, len(items))
