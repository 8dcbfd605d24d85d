#!/usr/bin/env python3
"""Blind dev set dev72: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a caseworker at a migrant workers' help desk in Dhaka taking complaints about
Gulf migration (Saudi Arabia, UAE, Qatar, Oman, Kuwait): village dalals and sub-agents, visas bought and sold,
fees far above the government rate, contract substitution, passports held by employers, unpaid wages, women
domestic workers; complainants forward their own chats with dalals in Bengali, Banglish and Gulf workers' English. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev72.jsonl"
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


BTC1 = btc("dev72-btc-1")
TRON1 = tron("dev72-tron-1")
ETH1 = eth("dev72-eth-1")

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
# (write F(...) items here: 60, about 7-8 per category, spread over the three scripts)
RD, FD, PP, IC = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LE, TC, SX, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "আপা, দালাল বলছিল দুবাইয়ের বড় মলে সেলসম্যানের কাজ, বেতন ৩৫ হাজার টাকা। এখানে আইসা দেখি শহর থেকে ২ ঘন্টা দূরে উটের খামার, সারাদিন রোদে। এয়ারপোর্টে নামার পর একটা আরবি কাগজে সাইন নিছে, কী লেখা ছিল কিছুই বুঝি নাই। ঢাকার কাগজ আর এইটা মিলে না")
F(RD, "bn", "ভাই ফ্রি ভিসা মানে আপনি যেখানে খুশি কাজ করবেন, কফিল কিছু বলবে না, মাসে ২ হাজার রিয়াল কামাই কোন ব্যাপার না। আকামা নিজে লাগাবেন, ওইটা ওইখানে গেলে বুঝবেন। ভিসার দাম এখন ৫ লাখ ৮০। বিএমইটির ঝামেলা নিয়েন না, স্মার্ট কার্ড আমার লোক সেটিং কইরা দিবে")
F(RD, "bn", "ভাবি ওমানে আপাতত ভিজিট ভিসায় যাইবেন, ওইখানে গিয়া কোম্পানি ওয়ার্ক ভিসা বানায়া দিবে। ইমিগ্রেশনে কেউ জিগাইলে বলবেন বোনের বাসায় বেড়াইতে যাইতেছেন, কাজের কথা মুখেও আনবেন না। হাসপাতালে আয়ার কাজ, বেতন ভালো, থাকা খাওয়া ফ্রি")
F(RD, "bn-Latn", "Bhai apnar jonno Qatar e hotel er kaj, 5 star hotel, waiter post. beton 1800 riyal + tips, duty 8 ghonta. kono experience lagbe na english o lagbe na. Medical er age 50 hajar advance den. contract copy dhakay dewa jabe na niyom nai, oikhane giye company te sign korben sob clear")
F(RD, "bn-Latn", "apa ami kuwait e asi 3 mash. amake bolse company te driver er kaj, license o dhakay banai dise 40 hajar niye. ekhane aisha dekhi oi license kono kaje lage na, amake ek baddu r bari te chagol bhera charai morubhumi te. dalal ke phone dile bole sobur koro sob thik hobe. or number 01819-442761",
  [("phone", "+8801819442761")])
F(RD, "bn-Latn", "Vai demand letter ta pathailam dekhen, Saudi Aramco er subcontract company. BMET e jawa lagbe na amader nijossho line ase, finger o lagbe na, airport theke direct ber kore dibo. kaouke bolben na, bolle sit nosto. Whatsapp koren +966 55 318 2047",
  [("phone", "+966553182047")])
F(RD, "en", "URGENT!!! Saudi Arabia hospital cleaner (female) age 25-40. Salary 1500 SAR + food + accomadation. Free ticket free visa free medical 🇸🇦✈️ No passport?? no problem we make fast. Only serious candidate inbox or wa.me/8801923557180 . follow insta @dubai_dream_jobs_bd for more post",
  [("whatsapp", "+8801923557180"), ("instagram", "@dubai_dream_jobs_bd")])
F(RD, "en", "Sister I come here for Riyadh company job, agent show me contract 1400 riyal office helper. now kafeel say my visa is house driver visa, salary 900 only and I must drive his family day and night. He say the paper in dhaka is not his problem, talk to your agent. Agent not picking phone. what i do")

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F(FD, "bn", "ভিসার দাম বাড়ছে ভাই, সৌদির ভিসা এখন ৬ লাখ ২০। আপনার তো ৪ লাখ জমা আছে, বাকি ২ লাখ ২০ না দিলে ফ্লাইট হবে না, আগের টাকাও আটকা থাকবে। জমি বন্ধক দেন বা সমিতি থেকে উঠান, এইটা আমার দেখার বিষয় না। শুক্রবারের মধ্যে জানাইবেন")
F(FD, "bn", "আম্মা এইখানে আসার পর বলতেছে টিকিট আর আকামার টাকা বেতন থেকে কাটবে, ৮ মাস কাটবে। প্রতি মাসে হাতে পাই ৩০০ রিয়াল, তাও খাওয়ার খরচ দিয়া কিছু থাকে না। আপনি কিস্তির টাকাটা আর কয়টা মাস কোনভাবে চালাইয়েন, আমি পারতেছি না")
F(FD, "bn", "কাতারে নামার পরে কোম্পানির লোক বলছে ওয়ার্ক পারমিট আর আইডির জন্য নতুন কইরা আরো দেড় লাখ টাকা লাগবে। না দিলে কাজে লাগাবে না, ক্যাম্পে বসায় রাখবে। আমরা ২৩ জন, সবাই দেশে ৫ লাখ কইরা দিয়া আসছি। দালাল বলে এইটা কোম্পানির ব্যাপার")
F(FD, "bn-Latn", "tomar to taka nai jani, somossa nai. ami 3 lakh diye dibo, oikhane giya protimash 25 hajar kore amar lok er kase diba jotodin shodh na hoy, sud soho 4 lakh. passport ta amar lok er kase thakbe guarantee hishabe, shodh hoile pabe")
F(FD, "bn-Latn", "Apa amar bhai ke dalal 5 lakh 50 nise Oman er jonno, shuni sorkari khoroch naki 1 lakh o na. ekhon bole ticket er taka alada 65 hajar r medical abar korte hobe 12 hajar. amra NGO theke loan nisi, ghor o bondhok. r koto dibo bolen")
F(FD, "en", "Brother your kafala transfer cost 9000 riyal. You pay 3000 now, rest the company cut 500 every month from salary. If you leave job before finish paying you are huroob, and all the money you give is finish. Think and tell me today")
F(FD, "en", "Dear Sir, I paid agent Jamal 4,80,000 taka for Dubai visa. Now in Dubai, company say I must pay 4500 AED more for visa and Emirates ID, they will cut from salary 10 months. I am not having any money, my family took loan from shomity and Grameen for my coming. Please advise what to do")
F(FD, "en", "final price for Kuwait cleaning visa is 5.5 lakh. 2 lakh cash now, balance 3.5 you pay after going, our man there will take from your salary every month. passport will stay with him until balance clear, this is system, everybody do like this")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F(PP, "bn", "টাকা এক নাম্বারে পাঠাইয়েন না। ৩০ হাজার ০১৭১৬-২২৮৯০৪ এ বিকাশ, ৩০ হাজার ০১৮৮৩-৫৫০৬১২ এ নগদ, বাকিটা শনিবার নরসিংদী আইসা ক্যাশ। সেন্ড মানি করবেন, রেফারেন্সে ভিসা টিসা কিছু লিখবেন না। পাঠায়া স্ক্রিনশট দিবেন",
  [("phone", "+8801716228904"), ("phone", "+8801883550612")])
F(PP, "bn", "রিয়াল ব্যাংকে পাঠাইলে রেট কম পাবা, ঝামেলাও। বাথার দোকানে আমার লোক আছে, ওর হাতে রিয়াল দিবা, তোমার বাড়িতে ওই দিনই বিকাশে টাকা চইলা যাবে। আর ভিসার বাকি ৮০ হাজার ওইখান থেকেই কাইটা রাখব, আলাদা দেওয়া লাগবে না")
F(PP, "bn-Latn", "Vai taka pathaisi check koren: You have sent Tk 45,000.00 to 01927661043. Fee Tk 0.00. Balance Tk 1,230.40. TrxID BFK72QX9MA at 14/09/2026 19:42. ekhon visar copy ta den please, 2 mash hoye gelo sudhu ajke kalke",
  [("phone", "+8801927661043"), ("mfs_transaction", "BFK72QX9MA")])
F(PP, "bn-Latn", "Bhai 20 jon er taka ami bank e nibo na, dhora khabo. USDT te den, TRC20 address: " + TRON1 + " . Binance P2P te kinben, kono khamela nai. amar share kete baki ta Riyadh er office e jabe",
  [("tron_address", TRON1)])
F(PP, "bn-Latn", "protita meye pathaile tomar 30 hajar, Riyadh office theke amar kase ase 2000 riyal per head. tumi gram theke meye jogar koro, baki amar. tomar commission nagad e pathabo, amar nagad 01612-903358, jodi keu kisu jigay bolba atmiyo r taka",
  [("phone", "+8801612903358")])
F(PP, "en", "Boss 6 passport money collected, 3 lakh each total 18 lakh. Tomorrow I send you by hundi, 12 lakh through Sharif bhai shop in Deira and 6 through bKash agent Narsingdi, small small amount so bank no flag. rest USDT ERC20 to " + ETH1,
  [("eth_address", ETH1)])
F(PP, "en", "Pay 2500 KWD for the 5 maids transfer to this BTC: " + BTC1 + " . After confirm I give release papers and their passports to your driver. No cash in office, police watching.",
  [("btc_address", BTC1)])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F(IC, "bn", "[ভয়েস মেসেজ] আপা আমি লুকায়া বাথরুম থেকে কথা বলতেছি... মেডাম আমার মোবাইল নিয়া গেছে, রাতে খালি দশ মিনিট দেয় তাও সামনে বইসা থাকে। সবাই বাইরে গেলে দরজায় বাইরে থেকে তালা দিয়া যায়। বাসার ঠিকানা জানি না আপা, খালি জানি দাম্মাম")
F(IC, "bn", "পাসপোর্ট কফিল রাখছে, আকামা ৭ মাসেও করে নাই। বাইরে গেলে পুলিশ ধরবে তাই ক্যাম্পের গেটের বাইরে যাই না। বাড়িতে কল দিলে সুপারভাইজার পাশে দাঁড়ায় থাকে, কি বলি শোনে। এই নাম্বারে রিপ্লাই দিয়েন না, আমি নিজে দিব")
F(IC, "bn-Latn", "Apa amar bon Rina Jeddah te basar kaj kore, 4 mash dhore ekbar o kotha hoy nai. agency te phone dile bole o bhalo ase, kotha bolte dibe na karon kafil er niyom. ami ki korbo apa. Rinar passport no EF0382716, ei je copy pathailam",
  [("bd_passport", "EF0382716")])
F(IC, "bn-Latn", "Airport e immigration e keu kisu jigaile bolben nijer taka e jaitesen, amar nam nibe na. oikhane giye prothom 6 mash bari te phone korben na, imo whatsapp sob bondho rakhben, sim o company nibe. eta company rules, mante na parle jaiyen na")
F(IC, "bn-Latn", "bhai amra 14 jon ek ghore thaki. company bus e kaj e nei abar camp e niye ashe, majhe bahire jaite dey na, gate e tala. supervisor bole bahire gele police dhorbe karon tomader iqama company er kase. ekmash dhore baire er akash dekhi nai")
F(IC, "en", "They took our passport and mobile when we reach camp. Only friday one hour we can use phone in office in front of supervisor. Brother please dont call this number again, they check call list")
F(IC, "en", "My sister's employer in Muscat does not let her talk to us. Last time he took the phone and said she is busy dont call. In whatsapp audio she said she is never allowed outside the house, not even balcony. Her passport number is B04421983 if embassy need",
  [("bd_passport", "B04421983")])
F(IC, "en", "Tell your wife she must not give her number to anybody there. She will stay in madam house only, no going out, no friendship with other bangladeshi girls. If she make problem agency will take her back to office and keep her there")

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F(LE, "bn", "সকাল ৫টায় উঠি রাত ১টা পর্যন্ত কাজ। ৪টা বাচ্চা, একজন বুড়া বাবা দেখাশোনা, তিনতলা বাসা মোছা, গাড়ি ধোয়া। খাবার দেয় ওদের খাওয়ার পর যা বাঁচে। ৩ মাসের বেতন দেয় নাই, চাইলে বলে একসাথে দিবে দেশে যাওয়ার সময়")
F(LE, "bn", "১১ মাস বেতন পাই না ভাই। কোম্পানি বলে প্রজেক্টের টাকা আসে নাই। ক্যাম্পে এক রুমে ২০ জন, এসি নষ্ট, ৫০ ডিগ্রিতে বাইরে কাজ। অসুখ হইলেও ছুটি নাই, একদিন না গেলে ৩ দিনের টাকা কাটে। বাড়িতে ৬ মাস কিছু পাঠাইতে পারি নাই")
F(LE, "bn-Latn", "Amra farm e kaj kori, kono off day nai, shukrobar o na. beton 800 riyal bolse, dey 500, baki 300 kete ney khawar naam e. khawa bolte ekbela kubus ar dal pani. dekhen apa ami 9 kg kome gesi 3 mash e")
F(LE, "bn-Latn", "mama company bolse overtime korle extra taka dibe. ekhon bole overtime compulsory, taka dibe na, na korle salary kata. daily 14-15 ghonta duty. salary card o manager er kase, ATM theke o tule nijer kase rakhe, amader hate ekta riyal o nai")
F(LE, "en", "Madam since I come to Kuwait 9 month they give me 2 month salary only. when i ask baba say your salary i keep safe, when you go home i give all together. I work 18 hour, sleep in kitchen floor, no off day")
F(LE, "en", "We are 60 bangladeshi in this construction site Doha. No salary from June, food allowance also stop. Company PRO say wait wait. Some brother eating only bread and water now. Labour office ask our papers but company keeping them")
F(LE, "en", "sister the job is not what they said, I am cleaner in 3 buildings not one, 7 days, no rest day. they cut 150 riyal every month for accommodation which was free in contract. when i complain supervisor cut more and give night shift also")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F(TC, "bn", "আপনার পোলা বেশি কথা কইতেছে। কফিল হুরুব দিয়া দিবে, তখন জেলে যাইবো তারপর খালি হাতে দেশে। আর এইখানে এইসব নিয়া থানায় বা অফিসে দৌড়াইলে আপনাগো বাড়িঘর কেমনে থাকে দেখুম, মনে রাইখেন")
F(TC, "bn", "মালিক গতকাল পাইপ দিয়া মারছে, পিঠে দাগ পইড়া গেছে। বলে পালাইলে পুলিশে দিয়া বলবে আমি চুরি করছি, তখন কেউ বিশ্বাস করবে না। ভাই ছবি পাঠাইলাম দেখেন, আমারে বাঁচান")
F(TC, "bn", "পাসপোর্ট ফেরত চাইলে ২ লাখ টাকা দে, নাইলে এইখানেই পইচা মরবি। বেশি চালাকি করলে তোর বউরে ফোন দিয়া সব কমু, গ্রামে মুখ দেখাইতে পারবি না")
F(TC, "bn-Latn", "Ei complaint ta tule ne, naile tor bhai er upor case dimu. tui ki mone korsos ami kisu jani na? help desk e complain korle tor bhai Saudi te iqama chara poira thakbo, keu bachaite parbo na. 2 din time dilam")
F(TC, "bn-Latn", "apa company amake 3 din ekta room e atke rakhse, khaite dey nai. bole contract cancel er kotha r ekbar bolle deport kore dibe, dalal er taka to ferot pabi-i na, ulta tor baba ke case khaite hobe. ami ekhon ki bolbo")
F(TC, "bn-Latn", "tui desh e ja, kintu amar naam e kisu bolle tor ma bon ke dekhe nibo. amar lok tor gram e ase, tor bari chine. chup thak r kaj kor, 2 bochor por jaish")
F(TC, "en", "If you run from the house I will call police and say you stole my gold. Nobody believe a maid. You will go to deportation centre and sit there one year, and your family never get a single riyal")
F(TC, "en", "Listen, you signed the loan paper. If your family go to help desk or newspaper we file cheque case in Dhaka court against your father. 3 cheque we have with his sign, blank amount. Tell them keep quiet")

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F(SX, "bn", "আপা আমারে বলছিল দুবাইয়ে বিউটি পার্লারের কাজ। এখন একটা ফ্ল্যাটে রাখছে, আমরা ৬ জন মেয়ে। রাতে লোক আসে। না করলে খাইতে দেয় না, বলে ভিসার টাকা এইভাবেই উঠাইতে হবে, বেশি কানলে আরেক জায়গায় বেইচা দিবে")
F(SX, "bn", "বাসার মালিকের বড় ছেলে রাতে আমার রুমে আসে, দরজার ছিটকিনি খুইলা রাখছে ওরা। মেডামরে কইলে বলে চুপ থাক, নাইলে অফিসে ফেরত পাঠামু, ওইখানে আরো খারাপ। আপা আমি আর পারতেছি না")
F(SX, "bn-Latn", "Dubai te dance club e kaj, sundori meye lagbe 18-25, beton mashe 1 lakh 20 hajar + tips. customer der sathe ektu boshte hobe, drinks serve, r kisu na 😉 visa ticket amader. full body chobi pathao imo te 01756-380219",
  [("phone", "+8801756380219")])
F(SX, "bn-Latn", "Oman e hotel e housekeeping bole nise. ekhon manager bole VIP guest der room e raat e jete hobe 'service' dite. ami mana korsi, bole passport dibe na, ar dalal ke bole dibe ami kharap meye, desh e sobai janbe")
F(SX, "bn-Latn", "apa amar bou ke Riyadh er agency office e 2 mash rakhse 'transfer' er jonno. o kandte kandte bollo oikhane raat e purush ra ashe, meyeder gari te kore niye jay, shokale ferot ane. ekhon o phone dhore na 3 din")
F(SX, "en", "New girls from Bangladesh reached Sharjah, 4 pcs, fresh, no english. 800 AED per night, full week package also available. Serious only, contact telegram @desert_rose_vip",
  [("telegram", "@desert_rose_vip")])
F(SX, "en", "Sister the sponsor say I must do misyar marriage with him if I want iqama renew, otherwise I go back with nothing. He comes to my room every week. My agent in Dhaka say just do it, many girls do, dont make problem")

# minors (7: bn 3, bn-Latn 2, en 2)
F(MN, "bn", "মেয়ের বয়স ১৪ তো কি হইছে, পাসপোর্টে ২৫ বানায়া দিব, জন্মনিবন্ধন নতুন কইরা করায়া দিব ৫ হাজার দিলে। সৌদির বাসায় কাজ, মাসে ২০ হাজার। দেখতে বড় বড় লাগে, এয়ারপোর্টে কেউ কিছু কইবো না")
F(MN, "bn", "আমার ভাতিজা রাকিব ১৬ বছর, ক্লাস নাইনে পড়ত। দালাল পরিবাররে বুঝায়া দুবাই নিয়া গেছে, পাসপোর্টে জন্মসাল ১৯৯৯ লেখা। এখন একটা গ্যারেজে সারাদিন কাজ করায়, ফোনে খালি কান্দে")
F(MN, "bn", "ক্লাস সেভেনে পড়া মেয়েটারে খালা পরিচয় দিয়া ওমানের এক বাসায় নিয়া গেছে। মায়ের NID নং ৭৮১৪৫২৩০৯৬ দিয়া ফরম ফিলাপ করছে, মেয়ের বয়স লিখছে ২৬। মা তো পড়তে পারে না, টিপসই দিছে",
  [("bd_nid", "7814523096")])
F(MN, "bn-Latn", "Kuwait e ek sheikh er ghore choto baccha dekhashona, 12-13 bochorer meye hole bhalo, boro meye madam rakhe na. passport e boyosh 21 kore dibo, union theke certificate o ami ani. kono tension nai, mash e 15 hajar",)
F(MN, "bn-Latn", "apa amar meye Sumi, boyosh 15. amar shami dalal er kotha shune Saudi pathaise, passport e boyosh 26 lekha. passport no BN2093357. meye ta ekhon kothay jani na, last imo te bolse madam mare",
  [("bd_passport", "BN2093357")])
F(MN, "en", "Need 3 small girls 12-14 for house work in Riyadh, family very good. They will go with their 'aunty'. Age in passport we fix, birth certificate from union parishad 5000 extra each. Send photo first")
F(MN, "en", "bro the boy is 15 but tall, he can pass for 19. we send him with next batch to Qatar labour visa. father already took 1 lakh advance from me so he cant say no now")

# ---------------------------------------------------------------- hard negatives
# (about 48 N(...) items, hard=True, spread over the voices)
# news (6)
N("news", "bn", "দালালের খপ্পরে পড়ে সৌদি আরবে গিয়ে বেতন না পেয়ে দেশে ফিরলেন নরসিংদীর ১২ শ্রমিক। বুধবার রাতে শাহজালাল বিমানবন্দরে পৌঁছালে তাদের জরুরি সহায়তা ও যাতায়াত ভাড়া দেওয়া হয়। ভুক্তভোগীরা জানান, জনপ্রতি সাড়ে চার লাখ টাকা নিয়েছিল স্থানীয় এক দালাল।")
N("news", "bn", "মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনের চাকরির কথা বলে নারীদের দুবাই পাঠানোর অভিযোগে রাজধানীর মিরপুর থেকে তিনজনকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৭টি পাসপোর্ট উদ্ধার করা হয়েছে বলে জানিয়েছে বাহিনীটি।")
N("news", "en", "Kuwait announces amnesty for residency violators till March 31. Bangladesh embassy urges workers without valid iqama to collect outpass from the embassy; no fine or ban will apply to those who leave within the period, the embassy said in a statement.")
N("news", "en", "Cost of migrating to Saudi Arabia remains highest: a survey of 2,000 returnees found workers paid on average Tk 4.7 lakh, mostly to village middlemen, several times the government-fixed rate. Researchers called for registration of sub-agents.")
N("news", "bn-Latn", "Breaking na, fake news! Oman er visa ban uthe gese bole je post ghurtese oita shotti na. BMET ba montronaloy theke emon kono ghoshona ase nai. Na jene share korben na, dalal ra eishob post diye manush er kas theke taka tulse.")
N("news", "bn", "কাতারে গৃহকর্মী নির্যাতনের মামলায় নিয়োগকর্তার ৫ বছরের কারাদণ্ড। আদালতের রায়ে ভুক্তভোগী বাংলাদেশি নারী বকেয়া বেতনসহ ক্ষতিপূরণ পাবেন বলে জানিয়েছে দূতাবাসের শ্রম উইং।")
# awareness (6)
N("awareness", "bn", "সাবধান! 'ফ্রি ভিসা' বলে আসলে কোনো ভিসা নেই। বিদেশ যাওয়ার আগে রিক্রুটিং এজেন্সির লাইসেন্স নম্বর যাচাই করুন, বিএমইটিতে নিবন্ধন করুন, লিখিত চুক্তিপত্র বুঝে নিন। গ্রামের কোনো দালালের কাছে পাসপোর্ট জমা দেবেন না। পোস্টটি শেয়ার করুন।")
N("awareness", "bn-Latn", "Bon ra shunen, Saudi te basar kaj e gele nijer passport er photocopy, embassy r number, ar ekjon atmiyo r number mukhosto kore rakhben. keu jodi bole mobile rakhte dibe na ba ghor theke ber hote dibe na, agei help desk e janan. Share koren sobai")
N("awareness", "en", "Forwarded as received: Before you give any money to a dalal, ask for the RL number of the agency and check it on the BMET website. Pay only by bank, take money receipt. Never hand your passport to a village agent. Ask for the contract in Bangla before flight.")
N("awareness", "bn", "ইউনিয়ন পরিষদ থেকে জানানো যাচ্ছে, মেয়েদের বিদেশে গৃহকর্মীর কাজে পাঠাতে হলে বয়স কমপক্ষে ২৫ বছর হতে হবে। জন্মনিবন্ধনে বয়স বাড়ানো শাস্তিযোগ্য অপরাধ। অল্প বয়সী মেয়েকে কোনো দালাল বা 'খালা'র হাতে তুলে দেবেন না।")
N("awareness", "bn-Latn", "Bidesh e giye jodi beton na pan, passport atke rakhe ba mar dhor kore, tahole embassy er labour wing e jogajog korun. Dhaka te amader help desk e ashte paren, kono taka lage na, dalal lage na. WhatsApp: wa.me/8801730095512",
  [("whatsapp", "+8801730095512")])
N("awareness", "en", "⚠️ SCAM ALERT: a Facebook page 'Qatar Hotel Jobs 2026' is asking Tk 25,000 processing fee by bKash. No licensed agency takes fee on personal bKash. Report the page and tell your village people. Real jobs only through BMET registered agencies.")
# official (6)
N("official", "bn", "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৭২): সৌদি আরবের একটি সরকারি হাসপাতালে ৫০ জন পুরুষ ক্লিনার নিয়োগ। বেতন ১২০০ রিয়াল, থাকা-খাওয়া, ইকামা ও বিমান টিকিট নিয়োগকর্তা বহন করবেন। সরকার নির্ধারিত ব্যয়ের বাইরে কোনো টাকা লেনদেন হবে না, সব লেনদেন ব্যাংকের মাধ্যমে। যোগাযোগ: ০২-৫৫০১২৩৪৫",
  [("phone", "+880255012345")])
N("official", "en", "Embassy of Bangladesh, Riyadh - Labour Wing. Workers whose employer has filed huroob (absent from work) report may contact the Labour Wing with passport copy and iqama copy for legal assistance. No broker or middleman is authorised to collect money on behalf of the Embassy.")
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: স্মার্ট কার্ড সংগ্রহের জন্য কর্মীকে নিজে উপস্থিত থাকতে হবে। কোনো দালাল বা তৃতীয় পক্ষের মাধ্যমে স্মার্ট কার্ড দেওয়া হয় না। 'আমি প্রবাসী' অ্যাপে নিবন্ধন করে প্রাক-বহির্গমন প্রশিক্ষণ সনদ সংগ্রহ করুন।")
N("official", "en", "Green Crescent Overseas Ltd (RL-0917). Dubai, UAE: 30 Security Guards. Salary AED 2,200 + OT as per UAE labour law. Employer pays visa, ticket and medical. Worker pays only BMET registration and welfare fund at govt rate. Office only, no sub-agent. CV to hr.greencrescent@gmail.com or call +8801711603928",
  [("email", "hr.greencrescent@gmail.com"), ("phone", "+8801711603928")])
N("official", "bn-Latn", "Assalamu alaikum, Madina Travels & Manpower (RL 1203). apnar file er update: visa stamping hoye gese, BMET finger er date 14 tarikh shokal 10 tay. original passport ar training certificate niye ashben, finger sheshe passport shathe shathe ferot paben.")
N("official", "en", "Under Kuwait Law No. 68 of 2015 a domestic worker is entitled to one weekly rest day, 30 days paid annual leave and to keep her own passport and civil ID. Salary must be paid by the end of each month and the employer cannot deduct recruitment costs.")
# receipt (6)
N("receipt", "en", "You have received Tk 25,000.00 from 01715440982. Ref abbar taka. Fee Tk 0.00. Balance Tk 26,140.50. TrxID AKD4T7PL2N at 02/10/2026 21:14",
  [("phone", "+8801715440982"), ("mfs_transaction", "AKD4T7PL2N")])
N("receipt", "en", "Money Received. Amount: Tk 12000.00 Sender: 01938117254 Ref: kisti TxnID: 74KQ9BZ2 Balance: Tk 12450.75 04/11/2026 10:02",
  [("phone", "+8801938117254"), ("mfs_transaction", "74KQ9BZ2")])
N("receipt", "en", "Dear Customer, your A/C ***4471 is credited with BDT 58,420.00 (Inward Remittance from SAUDI ARABIA) on 05-11-2026. Govt incentive 2.5% will be credited separately. Sonali Bank PLC")
N("receipt", "bn", "আপনার ৳৫,৭৫০.০০ পেমেন্ট সফল হয়েছে: ই-পাসপোর্ট ফি (সোনালী ব্যাংক)। ফি ৳০.০০। TrxID: BGH83KD01Q সময় ১২/১০/২০২৬ ১১:৩৬",
  [("mfs_transaction", "BGH83KD01Q")])
N("receipt", "en", "Cash-In from A/C: ***8823 Tk 30,000.00 Fee: Tk 0.00 Balance: Tk 30,412.00 TxnId: 2930571846 Date: 11-11-2026",
  [("mfs_transaction", "2930571846")])
N("receipt", "bn-Latn", "Abba 20 hajar pathailam bKash e, TrxID 9FJ2KL8W0T. dokane giye cash out koren, charge ami diye disi. Ruma r coaching er taka ta alada kore rakhben. baki ta next mash e inshallah",
  [("mfs_transaction", "9FJ2KL8W0T")])
# family (6)
N("family", "bn", "মা, মিনার পাসপোর্টের জন্য ফিঙ্গার দেওয়া শেষ, ২১ দিনের মধ্যে পাবো। ওর শ্বশুরবাড়ির লোকজন রোজায় ওরে সৌদি নিয়া যাইতে চায় ওমরাহ করাইতে, জামাই টিকিট কাটবে বলছে।")
N("family", "bn-Latn", "Bhaiya, abba bolse jomi bondhok rakhar dorkar nai. tui Dubai theke je taka pathaisos shetai diye Ruma r biyer khoroch hoye jabe. chele pokkho kono joutuk chay nai alhamdulillah, shudhu ektu valo kore khawate bolse")
N("family", "en", "Brother dont worry about the loan, I paid the last kisti of BRAC loan this month. From now your salary we will save for Abir school admission. Ammu say dont work too much overtime, take care of health")
N("family", "bn", "আপু তুমি কুয়েতে ম্যাডামের বাসায় ভালোই আছো শুনলাম, শুক্রবার ছুটি দেয় তো? আম্মু শুক্রবার রাতে ভিডিও কল দিতে চায়, ফ্রি থাকলে জানাইও। তোমার পাঠানো বোরকাটা আম্মুর খুব পছন্দ হইছে")
N("family", "bn-Latn", "Mama meye ta ekhono choto, 15 bochor. biye r kotha bola bondho koren please. or SSC ta age shesh hok. r bidesh e kaj e pathanor kotha to proshno-i ashe na, jotoi dalal ashuk bari te")
N("family", "en", "Uncle passport expired so he cant come for Eid. He submitted at embassy for renewal, token says ready in 2 weeks. They needed NID copy also, I sent him: NID 19857813402658194. Tell Chachi not to worry",
  [("bd_nid", "19857813402658194")])
# worker_content (6)
N("worker_content", "bn-Latn", "Alhamdulillah 2 bochor hoye gelo Dammam e. company ta bhalo, beton time moto dey, overtime er taka alada. ei bochor vacation e deshe ashbo 45 din, ticket company dibe 😊 sobai dua koiren")
N("worker_content", "bn", "ভাই মরুভূমির গরমে কাজ অনেক কষ্টের, তবে দুপুর ১২টা থেকে ৩টা সরকারি নিয়মে কাজ বন্ধ থাকে। বেতন ১৫০০ রিয়াল, খরচের তুলনায় কম লাগে কিন্তু মাসের ৫ তারিখের মধ্যে পাই। আকামা রিনিউ কোম্পানিই করে।")
N("worker_content", "en", "My first salary in Doha!! 1800 QR, already sent 1200 home. Room shared with 4 brothers from Cumilla, we cook together. Job is hard but manager is good man, he gave us sweets on Eid 😄")
N("worker_content", "bn-Latn", "Ami Riyadh e 3 bochor ek basay kaj kori. madam khub bhalo, shoptahe 1 din chuti, passport amar kache, mobile o amar. kaj beshi thakle ektu kharap lage kintu eta to kaj e, beton kono mash e deri hoy nai")
N("worker_content", "en", "Overtime this month too much, 60 hours extra, body pain everywhere. but they pay OT 1.25 as per law so cant complain much. boss promise off next friday and 2 days leave after project finish")
N("worker_content", "bn", "দুবাইয়ের কোম্পানিটা বদলাইলাম। নতুন কোম্পানি ভিসা আর লেবার কার্ড করে দিছে, আমার এক টাকাও লাগে নাই। আগের কোম্পানিও রিলিজ দিছে কোন ঝামেলা ছাড়া, পাসপোর্টও হাতে দিয়া দিছে।")
# joke (6)
N("joke", "bn-Latn", "amar boss bolse overtime korle beton barbe. 2 bochor overtime korlam, barse shudhu amar bhuri 😂😂")
N("joke", "bn", "বউ বলছে দুবাই থেকে সোনার চেইন না আনলে বাসায় ঢুকতে দিবে না। ভাই কফিলও এত কড়া না 🤣🤣")
N("joke", "en", "Dalal uncle in my village: 'Saudi job, AC office, big salary'. Same uncle when his own son asks: 'study first beta, bidesh is not easy' 😂😂 even the dalal knows")
N("joke", "bn-Latn", "Saudi te 5 bochor thekeo arabi shikhlam shudhu 'yalla', 'mafi mushkil' r 'bukra' 😂 ekhon bou kisu chaile boli bukra inshallah")
N("joke", "en", "brother in law went Qatar as 'engineer'. turns out he is engineer of tea, 40 cups a day ☕😂 jk he is real site engineer, very proud of him")
N("joke", "bn", "গ্রুপে আর একবার কেউ 'ফ্রি ভিসা আছে, ইনবক্স করেন' পোস্ট দিলে এডমিন তারে ফ্রিতে রিমুভ কইরা দিবে 😂")
# chatter (6)
N("chatter", "bn-Latn", "ke ke Riyadh e aso? kal Batha te biryani khabo, Bangladeshi hotel ta notun khulse. passport iqama sathe niyen, checking hoy majhe majhe")
N("chatter", "en", "Anyone know how long Saudi embassy takes for visa stamping these days? my agency said 10 days, its been 12. they said no extra money needed just waiting")
N("chatter", "bn", "ভাই আকামা রিনিউ হইছে কিনা অ্যাবশারে কেমনে দেখে কেউ বলবেন? মুকিম চেক দিলে খালি এরর দেখায়। কফিলরে জিগাইলে বলে হইছে, তাও নিজে দেখতে চাই")
N("chatter", "bn-Latn", "Dubai theke deshe taka pathabo, bank e rate 32.4 dekhlam, bKash remittance e 2.5% bonus soho koto pore keu janen? hundi te na pathanoi bhalo shunlam")
N("chatter", "en", "Girls in our group any good beauty parlour in Uttara? need for my sister's holud next week, budget 5k for 4 girls 💅")
N("chatter", "bn", "মালিক ভালো হইলে সব ভালো। আমার পরিচিত এক ভাই ওমানে ৮ বছর, মালিক ওরে নিজের ছেলের মত দেখে, ওর বিয়েতে উপহারও পাঠাইছে দেশে।")
# easy negatives (12)
N("chatter", "bn", "আজকে বৃষ্টি হবে নাকি? ছাতা নিয়া বের হমু?", hard=False)
N("chatter", "bn-Latn", "khela dekhsen? Bangladesh jitse 😍 shesh over e ki tension", hard=False)
N("family", "en", "Ammu did you eat? I will call after Maghrib in sha Allah", hard=False)
N("family", "bn", "আব্বা পুকুরপাড়ে আমের চারা লাগাইছি, সামনের বছর ফল আসবে ইনশাআল্লাহ", hard=False)
N("joke", "en", "Why did the tomato blush? Because it saw the salad dressing 😂", hard=False)
N("news", "en", "Dhaka weather: light rain likely in parts of the capital today, highest temperature 29°C, humidity high.", hard=False)
N("receipt", "en", "Your recharge of Tk 149 is successful. Internet 10GB valid for 7 days. Thank you.", hard=False)
N("worker_content", "bn-Latn", "aj duty off, room e ilish vaji ranna korlam, ma er hater ranna miss kori khub", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। জ্বর হলে দ্রুত ডাক্তারের পরামর্শ নিন।", hard=False)
N("official", "en", "Notice: The office will remain closed on 16 December on account of Victory Day. - Management", hard=False)
N("chatter", "en", "bro send me that cricket highlights link pls, mine not loading", hard=False)
N("joke", "bn-Latn", "biye r age sobai bagh, biye r pore sobai biral 😹", hard=False)

# ---------------------------------------------------------------- easy negatives
# (about 12 N(..., hard=False))

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
    random.Random(72).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev72-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
