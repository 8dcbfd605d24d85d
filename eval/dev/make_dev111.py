"""Blind evaluation set dev111 for the trafficking-indicator detector.

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of /work/shared/research/indicators.md were consulted for the meaning of the
indicators.
Persona: a compliance analyst at a bank in Sylhet who reads chats seized in hundi and
marriage-visa cases (UK and Italy diaspora: fake marriages, 'sponsorship' fees, cash, bKash, USDT)
alongside genuine remittance and family-money talk.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev111.jsonl"
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


BTC1 = btc("dev111-btc-1")
TRON1 = tron("dev111-tron-1")
TRON2 = tron("dev111-tron-2")
ETH1 = eth("dev111-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8)
C = "recruitment_deception"
F(C, "bn", "ভাই কেয়ার ভিসার CoS টা আইছে, কিন্তু কোম্পানির নাম গুগলে মারলে কিছুই আসে না। দালালে কয় চিন্তা করিও না, ওইখানো গেলে অন্য জাগাত কাম দিবো। ইটা কিতা কারবার?")
F(C, "bn", "ইতালির ফ্লুসির কাগজ কইয়া ১২ লাখ নিলো, এখন এম্বেসি কয় নুল্লা অস্তা জাল, প্রিফেকচারে কোনো রেকর্ড নাই। দালাল ফোন বন্ধ কইরা রাখছে।")
F(C, "bn", "আম্মা, হেরা কইছিল রোমে রেস্টুরেন্টে কাম, আইনা দেখি লাতিনার খেতে টমেটো তোলা লাগে। বেতন কইছিল ১২০০ ইউরো, এখন কয় ঘণ্টা হিসাবে ৪ ইউরো।")
F(C, "bn-Latn", "bhai UK care home e job, salary 2200 pound, thaka khaowa free, shudhu CoS er jonno 18 lakh. IELTS lagbo na amra manage kori, interview o amader lok dibe 😊 imo/whatsapp 01812-559043",
  [("phone", "+8801812559043")])
F(C, "bn-Latn", "ora bolse biye kore London nibe, visa er shob khoroch ora dibe. ekhon bolche meye ke age Dubai te 6 mash ek barite kaj korte hobe, tarpor naki spouse visa. eita ki rokom kotha apa??")
F(C, "bn-Latn", "MALTA work permit 100% guarantee ✈️ 3 mash por Italy border par kore dibo, kono jhamela nai. agrim 3 lakh, baki visa hate paile. seat limited!! call 01715 482 093",
  [("phone", "+8801715482093")])
F(C, "en", "Sir the job letter say cleaner in Milan hotel but after Dubai the agent took us to Benghazi. He say Italy boat after one month, now 4 month. Nobody told us about Libya")
F(C, "en", "Congrats brother your UK Skilled Worker visa approved ✅ Sponsor: Greenleaf Homecare Ltd. Note: on arrival you will not work at sponsor, we place you with partner company. Dont mention this at airport. Send BRP copy to greenleaf.hr.uk@gmail.com",
  [("email", "greenleaf.hr.uk@gmail.com")])

# ---------------------------------------------------------------- fees_and_debt (8)
C = "fees_and_debt"
F(C, "bn", "লন্ডনো গিয়া পয়লা দুই বছর তোর বেতনের অর্ধেক আমার একাউন্টে যাইবো, ১৮ লাখ পুরা না হওয়া পর্যন্ত। তোর NID ১৯৯৬৯১২৪৮৭৩০০০১২৩ এর কপি আমার কাছে জমা থাকবো। রাজি থাকলে কাগজ রেডি করি।",
  [("bd_nid", "19969124873000123")])
F(C, "bn", "ভাইসাব জমি বন্ধক দিয়া সাড়ে ৯ লাখ দিছি, এখন কয় আরো ৩ লাখ লাগবো, ভিসা আটকাইছে। না দিলে আগের টাকাও যাইবো। বিকাশ নম্বর দিছে ০১৭৪৫৩২৬৮১৯",
  [("phone", "+8801745326819")])
F(C, "bn", "ইতালি আসার পর বস কয় টিকিটের টাকা, ঘর ভাড়া, পারমেসোর খরচ সব বেতন থাইকা কাটবো। তিন মাস ধইরা হাতে পাই ১০০ ইউরো, বাকি হিসাব দেখায় না।")
F(C, "bn-Latn", "mama shud 10% protti mash. Dubai theke Italy file e je 7 lakh dhar nisi oita ekhon 11 lakh hoye gese, sponsor bolse dena shodh na howa porjonto passport ferot dibo na")
F(C, "bn-Latn", "Bhabi marriage file er total 25 lakh. half cash ekhon, baki half London e giye shodh. meye ke 2 bochor amader takeaway te kaaj korte hobe, beton er kotha pore")
F(C, "en", "bro agent said total 15 lakh for Italy seasonal visa. 5 now, 10 cut from salary after arrival, 500 euro every month. nothing written, only his word. his number +880 1612 448 230",
  [("phone", "+8801612448230")])
F(C, "en", "Ur debt is £9,400 now. Accommodation £120/wk + transport added. You work Saturday Sunday free to reduce it. Don't ask me again about salary.")
F(C, "en", "Mum pls dont sell the cow. Boss says i still owe 3000 euro for the papers so he keeps my wages till its paid, i cant send anything this month")

# ---------------------------------------------------------------- isolation_and_control (7)
C = "isolation_and_control"
F(C, "bn", "পাসপোর্ট আর বিআরপি কার্ড বড় জাল (ভাবি) রাখে। ঘর থাকি একলা বাইর অইতে দেয় না, মোবাইলও রাইতে নিয়া যায়। আব্বারে কিচ্ছু কইও না, ফুন দিলে আমি ভালা আছি কইমু।")
F(C, "bn", "কেউ জিগাইলে কইবা তুমি আমার খালাতো ভাই, বেড়াইতে আইছো। কামের কথা মুখো আনবা না। এয়ারপোর্টে আমার লোক থাকবো, ও যা কয় তাই করবা।")
F(C, "bn-Latn", "ami ekhon ekta ghore 9 jon. darja baire theke tala, shudhu kaaj er shomoy khule. phone ta boss er kache, eta Rubel bhai er phone theke likhsi, reply dio na")
F(C, "bn-Latn", "Libya te ekta gudam e rakhse, bahir hoite dey na, gate e bondukwala. passport nia gese oder boro bhai. ammare koiyo ami bhalo asi, e kotha kawre koiyo na")
F(C, "bn-Latn", "notun bou ke beshi family r sathe kotha bolte dio na. Sylhet e phone korle speaker e dibe. passport amar locker e thakbe, 6 mash por dekhbo")
F(C, "en", "They took our phones at the farm gate, we get them Sunday 1 hour only with supervisor standing there. Please save this number +39 351 204 7781 its my friend's",
  [("phone", "+393512047781")])
F(C, "en", "when officer asks you say you came for your cousin wedding. never say job, never say agent. your passport i keep until we reach the house")

# ---------------------------------------------------------------- threats_and_coercion (7)
C = "threats_and_coercion"
F(C, "bn", "টাকা শনিবারের মধ্যে না দিলে তোর পুতের ভিডিও ফেসবুকে ছাড়মু। লিবিয়ার লোকেরা কিতা করে জানস তো।")
F(C, "bn", "ডিভোর্সের নাম নিলে পুলিশে কইমু তুই ভিসার লাগি ভুয়া বিয়া করছস, সোজা ডিপোর্ট। চুপচাপ যা কই তা কর।")
F(C, "bn", "তোর মায়রে গ্রামে গিয়া দেইখা আসমু। কেস তুললে ফল ভালা অইতো নায়, বিশ্বনাথে আমার লোক আছে।")
F(C, "bn-Latn", "boss kal rate abar marse, lathi diye pith e. bole kaj chere gele police e dibe karon amar permesso nai. ki korbo bujhtesi na bhai")
F(C, "bn-Latn", "tor bon er chobi gula amar kache ache. beshi kotha bolle Sylhet er shob group e jabe. chup chap taka pathaite thak")
F(C, "en", "If you go to the embassy again I will report you as absconded and your family in Moulvibazar will pay the loan with interest. Think about your sister")
F(C, "en", "last warning. you signed. you leave this house, we call Home Office and tell them the marriage is fake. they put you on the plane in handcuffs")

# ---------------------------------------------------------------- labour_exploitation (7)
C = "labour_exploitation"
F(C, "bn", "সকাল ছয়টা থাকি রাইত বারোটা পর্যন্ত রেস্টুরেন্টের কিচেনো। হপ্তায় ছুটি নাই, চাইর মাসের বেতন বাকি। কইলে কয় ভিসা দিছি এইটাই বেশি।")
F(C, "bn", "খামারে বিষ ছিটাই, মাস্ক দেয় না। হাত পুইড়া গেছে, ডাক্তারের কাছে যাইতে দেয় না। মাসে কয় ৬০০ ইউরো, পাই না কিছুই।")
F(C, "bn-Latn", "amader 6 jon ke onno malik er kache diye dise, Napoli theke Latina. agent bole 'contract transfer', kintu amra kichu sign kori nai, taka o malik ke dise")
F(C, "bn-Latn", "bhai din e 2 bela khawa, ekta roti ar dal. 15 ghonta sewing, 3 mash beton dey nai. Sunday o kaj")
F(C, "en", "She cleans 3 houses for them, my aunt's house also, from 5am. Sleeps in the kitchen. They say her salary goes to the man in Sylhet who arranged the marriage")
F(C, "en", "Shift today 7am to 1am again. 3rd week no day off. Manager says whoever complains goes back to Bangladesh. Still no payslip since March")
F(C, "en", "no helmet no harness on the scaffold, 2 guys fell last month, boss said dont call ambulance take him in the van. paid cash £30 for 12 hours")

# ---------------------------------------------------------------- minors (8)
C = "minors"
F(C, "bn", "ফুরির বয়স ১৪, জন্ম নিবন্ধনে ১৯ বানাই দিছি, পাসপোর্টও ওই বয়সে অইবো। লন্ডনের ছেলেপক্ষ তাড়াতাড়ি বিয়া চায়।")
F(C, "bn", "ঢাকার বাসায় কামের লাগি ১১-১২ বছরের মাইয়া লাগবো। বেতন মায়ের হাতে দিমু, ঈদে বাড়িত যাইতো পারতো নায়।")
F(C, "bn-Latn", "chhele tar boyosh 15 kintu ager passport B07733194 cancel kore notun ta te 21 kore dibo, 30 hajar extra. Italy te under 18 hole jhamela",
  [("bd_passport", "B07733194")])
F(C, "bn-Latn", "Ammu bollo Rupa ke Londoni family er barite rakhbe, porashona korbe bolse kintu asole baccha dekha ar ghor er kaj. o to matro class 6 e")
F(C, "bn-Latn", "brother 3 ta chhoto chele ache 13-16, Libya route e nibo, boro der cheye khoroch kom. family ke bolbo madrasay bhorti. contact 01556 302 817",
  [("phone", "+8801556302817")])
F(C, "en", "Girl is 16 but looks older, we show her as 18 on the nikah papers. Groom side in Birmingham paying all costs, they want it done before Ramadan")
F(C, "en", "Need 2 young boys for the shop in Rome, 14 15 age is fine, they work and sleep there, no school. Parents get 5000 taka every month")
F(C, "en", "the kid selling roses at Termini every night is 12 max, he told me the 'uncle' takes all the money. came with a so called cousin last year")

# ---------------------------------------------------------------- sexual_exploitation (7)
C = "sexual_exploitation"
F(C, "bn", "বিয়ার কথা কইয়া আনছে, এখন কয় রাইতে ক্লাবো মেহমানের লগে বইতে অইবো। না গেলে খাওন বন্ধ।")
F(C, "bn", "দুবাইয়ে পার্লারের কাম কইয়া নিছে আমার ভাতিজিরে, এখন ফোনে কান্দে, কয় হোটেলে হোটেলে পাঠায়।")
F(C, "bn-Latn", "notun 2 ta meye aise Sylhet theke, 19-20, fresh 🌸 Milan e private party booking nicchi, rate inbox e. tg @milanonight_bd",
  [("telegram", "@milanonight_bd")])
F(C, "bn-Latn", "husband bole London e or bondhu der sathe 'bhalo behave' korte, raat e oder flat e pathay. na korle visa cancel korbe. ami ar parchi na")
F(C, "bn-Latn", "live e ashte hobe protidin 2 ghonta, customer ja bole tai korbi. na korle video ta tor abbar kache ar tor insta @rimi.sylheti er shob follower ke pathabo",
  [("instagram", "@rimi.sylheti")])
F(C, "en", "Spa massage job Kuala Lumpur 💆 girls 18-25 only, RM4500 + tips, no experience, hostel provided, company keep passport for safety. send full body photo. WhatsApp wa.me/60123387450",
  [("whatsapp", "+60123387450")])
F(C, "en", "He keeps her passport and sends her to the guest house in Brescia, men come every night. She said she was told it was a babysitting job")

# ---------------------------------------------------------------- payments_and_proceeds (8)
C = "payments_and_proceeds"
F(C, "bn", "ছাড়ানোর লাগি ৪ লাখ। ২ লাখ বিকাশে 01839 247 615 এ, বাকি হুন্ডিতে লিবিয়ার লোকের কাছে। টাকা গেলে ভিডিও কলে দেখামু।",
  [("phone", "+8801839247615")])
F(C, "bn", "ভাই ট্রানজেকশন আইডি 9HQ4K2ZTXA, ৫০ হাজার পাঠাইছি। এখন আমার ভাইরে মারা বন্ধ করতে কও, আল্লার দোহাই।",
  [("mfs_transaction", "9HQ4K2ZTXA")])
F(C, "bn", "দুই ফুরির বিয়ার ভিসার বাকি টাকা ব্যাংকে আনবা না। হোয়াইটচ্যাপেলের দোকানে পাউন্ড দিবা, সিলেটে উনার লোক দালালরে ক্যাশ দিবো। কাগজে কুনো নাম থাকতো নায়।")
F(C, "bn-Latn", f"USDT TRC20 e pathao, bank e dile dhora khabi. address {TRON1} . 2.5 lakh er shoman, screenshot dile meye ke chere dibo",
  [("tron_address", TRON1)])
F(C, "bn-Latn", "Nagad 01917 603 528 e 30k, baki 70k Rocket e. reference e likho 'bari vara'. dalal er naam kothao jeno na ashe",
  [("phone", "+8801917603528")])
F(C, "bn-Latn", "Italy theke 20 jon er file er taka euro te cash dise. Zindabazar er dokan theke taka tolo, 9 ta alada bKash e bhag kore agent der dao, ek account e 50k er beshi na")
F(C, "en", f"Send 0.035 to this BTC wallet {BTC1} . Once confirmed boss will release your brother's passport and let him call you",
  [("btc_address", BTC1)])
F(C, "en", "Commission for the 3 brides: £4,500 each, cash at the Whitechapel shop, or to the Dhaka account in small lumps. Dont write visa in the reference.")

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn", "সিলেটে ভুয়া বিয়ের মাধ্যমে যুক্তরাজ্যে লোক পাঠানো চক্রের তিন সদস্য গ্রেপ্তার। পুলিশ জানায়, প্রতিজনের কাছ থেকে ২০-২৫ লাখ টাকা নেওয়া হতো।")
N("news", "en", "Rome police dismantle network that charged Bangladeshi migrants up to €15,000 for fake 'decreto flussi' work permits; 11 arrested, investigators say payments moved through hundi.")
N("news", "bn-Latn", "khobor dekhso? Libya theke 144 jon Bangladeshi ferot aise IOM er flight e. onekei bolse mukti-pon diye chara peyeche, Sylhet er o kichu chele ache")
N("news", "en", "CID: five MFS agents in Sylhet held for running digital hundi worth Tk 40 crore; BFIU freezes linked bKash and Nagad accounts.")
N("news", "bn", "মৌলভীবাজারে বাল্যবিয়ে ঠেকাল প্রশাসন; কনের বয়স ১৫, বর যুক্তরাজ্যপ্রবাসী। বরের বাবাকে ভ্রাম্যমাণ আদালত জরিমানা করেছে।")
N("news", "en", "Home Office revokes licences of three care agencies after sponsored workers were found with no shifts; affected workers given 60 days to find a new sponsor.")
N("news", "bn-Latn", "Prothom Alo te aise: Italy pathabe bole Dubai te atke rakha 23 jon ke uddhar, dalal pholatok. police bolche sobar passport jobd kora chilo")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn", "বিদেশে যাওয়ার আগে মনে রাখুন: নিজের পাসপোর্ট কখনো দালাল বা মালিকের হাতে দেবেন না। সমস্যায় পড়লে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ এ ফোন করুন।")
N("awareness", "en", "⚠️ Care visa warning: no genuine UK employer asks you to pay for a Certificate of Sponsorship. If anyone asks lakhs for a CoS, it is a scam. Free advice on WhatsApp wa.me/8801730225519",
  [("whatsapp", "+8801730225519")])
N("awareness", "bn-Latn", "Bon ra, biyer nam e keu London niye jabe bole taka chaile ba apnar passport nije rakhte chaile shotorko thakun. kono shomosya hole amader hotline e call korun 01713 049 662",
  [("phone", "+8801713049662")])
N("awareness", "en", "If your daughter is under 18, marriage is a crime under the Child Marriage Restraint Act 2017, even if the groom lives in London. Call 109 to report, it is free.")
N("awareness", "bn", "ইতালির 'ফ্লুসি' ভিসার নামে কেউ টাকা চাইলে সাবধান। নুল্লা অস্তা দেয় ইতালির প্রিফেকচার, কোনো দালাল নয়। দূতাবাসের ওয়েবসাইটে যাচাই করে নিন।")
N("awareness", "en", "Before you fly: keep a photo of your passport, visa and contract in your email and give a copy to family. Never hand the original to anyone except immigration.")
N("awareness", "bn-Latn", "bKash kokhono apnar PIN ba OTP chay na. keu 'visa processing' ba 'release fee' er kotha bole OTP chaile deben na, 16247 e call korun")

# ---------------------------------------------------------------- official (6)
N("official", "en", "M/s Surma Overseas (RL-1487). Malaysia plantation demand: 120 workers. Govt fixed cost Tk 78,990 only, paid at bank against receipt. No sub-agents. Contact 01711 905 314",
  [("phone", "+8801711905314")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া কোনো কর্মী বিদেশে যেতে পারবেন না। 'আমি প্রবাসী' অ্যাপে নিবন্ধন করুন, কোনো দালালের প্রয়োজন নেই।")
N("official", "en", "British High Commission Dhaka: VFS Global is our only authorised visa partner. We never charge for interviews and never ask applicants to pay sponsors. Beware of fraud.")
N("official", "bn-Latn", "Dear Applicant, apnar Italy seasonal visa appointment 14/01/2027, VFS Dhaka. Original passport (A03817264), nulla osta ar police clearance niye ashben. Agent er maddhome ashar dorkar nai.",
  [("bd_passport", "A03817264")])
N("official", "bn", "সুরমা ট্রাভেলসের নোটিশ: ওমরাহ প্যাকেজ ২০২৭, জনপ্রতি ১,৪৫,০০০ টাকা। পাসপোর্ট জমার শেষ তারিখ ২০ ডিসেম্বর। রশিদ ছাড়া কাউকে টাকা দেবেন না।")
N("official", "en", "Embassy of Italy Dhaka – Notice: family reunification visa applications require the nulla osta issued by the Sportello Unico. Appointments are free; ignore intermediaries asking money.")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en", "You have received Tk 25,000.00 from 01819445302. Ref bari. Fee Tk 0.00. Balance Tk 31,220.50. TrxID CLK7M3Q8VA at 04/12/2026 19:42",
  [("phone", "+8801819445302"), ("mfs_transaction", "CLK7M3Q8VA")])
N("receipt", "bn", "ক্যাশ ইন ৳১০,০০০.০০ সফল, এজেন্ট ০১৬৭৭২০৪৮৮১ থেকে। ফি ৳০.০০। ব্যালেন্স ৳১২,৪৩০.৭৫। TxnID: 74KQD9TR। ধন্যবাদ, নগদ।",
  [("phone", "+8801677204881"), ("mfs_transaction", "74KQD9TR")])
N("receipt", "en", "Dear Customer, your A/C XXXX4471 has been credited with BDT 1,18,560.00 (Inward Remittance UK, Ria) on 03-DEC-26. 2.5% govt incentive will be credited separately. -Sonali Bank")
N("receipt", "en", "Rocket: Tk 5,000 sent to 01726318904 successful. Charge Tk 0. TxnId: 3829174605. Balance Tk 2,114.36",
  [("phone", "+8801726318904"), ("mfs_transaction", "3829174605")])
N("receipt", "en", f"Binance: Withdrawal Successful. 300 USDT sent to {TRON2} (TRC20). Network fee 1 USDT. If you did not make this request, contact support immediately.",
  [("tron_address", TRON2)])
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার হিসাবে ইতালি থেকে ৮৫০ ইউরো সমপরিমাণ ১,১২,২০০ টাকা রেমিট্যান্স জমা হয়েছে। প্রণোদনা পরবর্তীতে যোগ হবে। -ইসলামী ব্যাংক")
N("receipt", "bn-Latn", "Ammu bKash e 8000 pathaisi, TrxID 9FJ2KD7XQP. abbar oshudh ar Rupa'r coaching er fee diyo, baki ta rakhio",
  [("mfs_transaction", "9FJ2KD7XQP")])

# ---------------------------------------------------------------- family (7)
N("family", "bn", "আব্বা, পাসপোর্ট রিনিউ করতে দিছি, হাইকমিশনে বায়োমেট্রিক দেওয়া লাগবো। পুরান পাসপোর্ট বুবুর কাছে রাখছি, হারাইতো নায়।")
N("family", "bn-Latn", "Bhaiya London theke je taka pathaise oita diye Rubi'r biyer gohona kinbo, baki ta jomir kisti. abar hundi te pathaio na, bank e pathao, incentive pai")
N("family", "en", "Mum I've submitted the spouse visa for Shila, £1,846 fee paid online plus IHS. Sponsor letter from my employer done. Decision in 12 weeks inshallah")
N("family", "bn", "মামু বোয়েসেলের লটারিতে নাম পাইছইন, ইতালির সিজনাল কাম। খরচ সরকারি রেটে, ব্যাংকে জমা দিছইন। দোয়া করিও।")
N("family", "bn-Latn", "apa tor passport ta amar kache almari te rakhchi, harabe na. Dubai jawar form e number lagbe, EB0348271, likhe rakh",
  [("bd_passport", "EB0348271")])
N("family", "en", "Nani says no wedding before Tania finishes HSC, she's only 17. London side can wait. Don't even bring it up at the mezban.")
N("family", "bn", "ভাইয়ার বিয়ার পর ভাবিরে লন্ডনে নিবার কাগজ রেডি। স্পন্সর লেটার, ব্যাংক স্টেটমেন্ট সব দিছে। ভাবির এনআইডি ৮২৫৯৪০৬১৭৩ ফরমে বসাইতে হইবো।",
  [("bd_nid", "8259406173")])

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn", "Alhamdulillah 2 bochor holo Milan e. restaurant e kaj kori 8 ghonta, Sunday off. permesso renew hoye gese, boss bhalo manush. ammu chinta korio na")
N("worker_content", "en", "Got my first payslip from the care home today 🙏 £1,960 after tax, overtime paid extra. Sending 400 home this week")
N("worker_content", "bn", "মনফালকোনের শিপইয়ার্ডে ওভারটাইম করলে ডাবল পাই। পাসপোর্ট আমার কাছেই থাকে, কোম্পানি খালি কপি রাখছে।")
N("worker_content", "en", "Boss gave us 3 days off for Eid and paid the bonus. Room is small, we are 4 people, but clean and wifi ok. No complaints brother")
N("worker_content", "bn-Latn", "bhai ekhane kaaj kosto, 10 ghonta dariye thakte hoy, kintu overtime er taka thik moto pai. contract e ja lekha oitai dey")
N("worker_content", "bn", "লন্ডনের এক ক্যাশ অ্যান্ড ক্যারিতে কাম পাইছি, বেতন ব্যাংকে আসে। রাইতের শিফট করলে ঘণ্টায় এক পাউন্ড বেশি।")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn", "Londoni jamai paile amar ma amare parcel kore pathaito 😂 visa fee o lagto na. insta te @londoni_jamai_wanted khule dimu naki",
  [("instagram", "@londoni_jamai_wanted")])
N("joke", "en", "My wife confiscated my passport, my phone AND my wallet. It's called marriage bro 😭")
N("joke", "bn", "বউ কয় এই সংসার লিবিয়ার ক্যাম্পের মতো, খাওন একবেলা, ছুটি নাই 🤣 মুক্তিপণ দিয়া বাপের বাড়ি যাইবো")
N("joke", "en", "Dalal bhai promised me Italy, I ended up at Italian Pizza in Zindabazar 🍕😂 at least the salary is real")
N("joke", "bn-Latn", "ami to boss er kache bondi, 12 ghonta kaj, beton nai... arre na vai, dokan ta amar nijer 🤣")

# ---------------------------------------------------------------- chatter (5)
N("chatter", "en", "bro who at Lamabazar gives the best pound rate? bank rate is trash today. someone said try 01670 338 912",
  [("phone", "+8801670338912")])
N("chatter", "bn-Latn", "ajke Amberkhana te Rafiq bhai er sathe dekha, bollo or cousin Italy te permesso peyeche, ekhon family ke nibe")
N("chatter", "bn", f"ইউএসডিটি কিনলাম ১২৪ টাকা রেটে, বাইন্যান্স পি২পি তে। মেটামাস্কের এড্রেস {ETH1} । লস হইলে কিছু কইও না 😅",
  [("eth_address", ETH1)])
N("chatter", "en", "Anyone know a good immigration solicitor in Whitechapel? cousin's partner visa refused on the financial requirement. someone gave me kabir.solicitors.uk@gmail.com",
  [("email", "kabir.solicitors.uk@gmail.com")])
N("chatter", "bn-Latn", "keu Surma travels er number dao to, ammar passport renew er appointment lagbe. ami tg te @sylhet_probashi group e asi",
  [("telegram", "@sylhet_probashi")])

# ---------------------------------------------------------------- easy negatives (10)
N("chatter", "en", "Reached home, traffic was terrible on Airport road", hard=False)
N("family", "bn", "আম্মা ভাত খাইছো নি? আইজ বৃষ্টি অইবো মনে অয়", hard=False)
N("chatter", "bn-Latn", "kal stadium e khela ache, ticket pele janas", hard=False)
N("chatter", "en", "Happy birthday Nabila! 🎂🎉 have a great year", hard=False)
N("family", "bn", "শুক্রবার জুম্মার পরে মামুর বাড়িত যাইমু, লগে আইবায় নি?", hard=False)
N("chatter", "bn-Latn", "01911 872 406 e 50 tk flexiload dao to, data shesh", [("phone", "+8801911872406")], hard=False)
N("chatter", "en", "Meeting moved to 3pm, please bring the Q3 reports", hard=False)
N("chatter", "bn", "চা বাগানে ঘুরতে যাইবা? শ্রীমঙ্গলে নতুন রিসোর্ট খুলছে", hard=False)
N("family", "en", "Thanks for the mangoes bhabi, kids loved them", hard=False)
N("family", "bn-Latn", "Exam kemon holo? result kobe dibe?", hard=False)


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
    random.Random(111).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev111-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
