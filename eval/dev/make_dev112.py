"""Blind evaluation set dev112 (120 labelled chat messages/texts), written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only the brief
and sections 1 and 2.1 of the shared indicator research.
Persona: a community leader at a mosque in Kuala Lumpur who helps Bangladeshi construction and
palm-oil plantation workers in Malaysia (calling-visa syndicates, overstayers, raids, agents who keep
permits, employers who change), alongside ordinary workers' and families' talk.

Held out from round 17 of issue 15 as its second group (written after the round began, read by
nobody) and scored only in aggregate, at the round's start (fc7c063) and at its end (docs/rules.md,
"Measuring the packs"). Run from the repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev112.jsonl"
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


BTC1 = btc("dev112-btc-1")
TRON1 = tron("dev112-tron-1")
ETH1 = eth("dev112-eth-1")

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
F("recruitment_deception", "bn",
  "ভাই, দালাল বলছিল কোম্পানির ফ্যাক্টরিতে কাজ, মাসে ১৮০০ রিঙ্গিত। আইনা দেখি পাম বাগানে ফল কাটার কাজ, "
  "বেতন কয় ৯০০। কাগজে যে কোম্পানির নাম ছিল ওইটার নাকি কোনো অফিসই নাই")
F("recruitment_deception", "bn",
  "কলিং ভিসা বইলা সাড়ে ৫ লাখ নিছে। এখন শুনি এইটা ভিজিট ভিসা, ৩০ দিন পরে আমরা অবৈধ। "
  "১২ জন এক রুমে বইসা আছি, এজেন্ট ফোন ধরে না")
F("recruitment_deception", "bn",
  "✅মালয়েশিয়া কলিং ভিসা✅ কনস্ট্রাকশন কোম্পানি, বেতন ২৫০০ রিঙ্গিত + ওভারটাইম, থাকা খাওয়া ফ্রি। "
  "মেডিকেল ঢাকায় লাগবে না, ওখানে গিয়া হবে। বিএমইটি কার্ড নিয়া টেনশন নাই, এয়ারপোর্টে আমাদের লোক আছে। "
  "সিট সীমিত!! যোগাযোগ ০১৮১৯-৪৪২৭১৩",
  [("phone", "+8801819442713")])
F("recruitment_deception", "bn-Latn",
  "imam saheb amader bolse kaj hobe KLIA r kache ekta hotel e. ekhon rakhse johor er ekta ladang e. "
  "agent bolse permit ready, kintu ekhono keu kono permit dekhay nai, 4 mash hoye gelo")
F("recruitment_deception", "bn-Latn",
  "Bhai apnar kotha moto 3 lakh dilam, bolsilen 2 bochorer company visa. Eshe dekhi visa te company r "
  "nam onno, r ekhaner boss bole amra tomader chini na, jar kache taka dise tar sathe kotha bolo")
F("recruitment_deception", "bn-Latn",
  "🇲🇾 MALAYSIA DIRECT COMPANY VISA 🇲🇾\nkaj: factory / security / cleaner\nbeton RM2200-2800, OT alada\n"
  "kono experience lagbe na, 100% guarantee, visa na hole taka ferot\nmedical finger Dhaka te lagbe na\n"
  "interested hole nok din 👉 wa.me/8801755830214",
  [("whatsapp", "+8801755830214")])
F("recruitment_deception", "en",
  "Brother they told us we would be in Kuala Lumpur doing building maintenance. They brought us by van at "
  "night to a plantation in Pahang, 3 hours from any town. The paper I signed in Dhaka said RM1500, here "
  "the supervisor says RM30 per ton and no basic.")
F("recruitment_deception", "en",
  "Sir the company on my visa is a cleaning company in Selangor but agent send me to construction site "
  "under one subcontractor. When I ask about my visa company he say that company only on paper, dont ask "
  "too much. His insta is @malaysia_job_bd24 still posting same job now",
  [("instagram", "@malaysia_job_bd24")])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "দালাল কয় এখানে আসার পর আরো ৪ হাজার রিঙ্গিত দিতে হবে পারমিটের জন্য, না দিলে বেতন থেকে কাটবে। "
  "ঢাকায় তো ৫ লাখ ৬০ হাজার দিছি, আব্বা জমি বন্ধক রাখছে")
F("fees_and_debt", "bn",
  "এই মাসেও ৬০০ রিঙ্গিত কাটছে, কয় এজেন্টের লোন। হাতে পাইলাম ৩২০। কত বাকি আছে জিগাইলে হিসাব দেখায় না, খালি কয় আরো আছে")
F("fees_and_debt", "bn",
  "আম্মা, মহাজনরে বলো আর দুই মাস সময় দিতে, সুদসহ এখন ৭ লাখ হইছে। স্ট্যাম্পে আব্বার এনআইডি ৫০৯৪৮১৭৩২৬ দিয়া "
  "দালাল সাইন নিছিল। এখানে সুপারভাইজার কয় ভিসার খরচ শোধ না হওয়া পর্যন্ত অন্য কোথাও যাওয়া যাইবো না",
  [("bd_nid", "5094817326")])
F("fees_and_debt", "bn-Latn",
  "company bolse permit renew er levy amader beton theke katbe, prottek mash RM250. ami jani levy "
  "majikan er dewar kotha. 11 mash dhore katche, kichu bolle bole tahole renew hobe na")
F("fees_and_debt", "bn-Latn",
  "bhai 1 bochor kaj korchi, ekhono agent bole ami tar kache RM3800 baki. prothom 6 mash er puro beton "
  "agent niye nise 'visa khoroch' bole. chere jete chaile bole age sob shodh kor tarpor jaa")
F("fees_and_debt", "bn-Latn",
  "Rehiring e nam dibo bole agent ek ek jon theke RM5500 nise, receipt dey nai. ekhon bolche aro RM2000 "
  "lagbe fingerprint er jonno, desh theke bKash e pathate bolse 01812-660471 e, na dile ager taka o jabe",
  [("phone", "+8801812660471")])
F("fees_and_debt", "en",
  "I came with 4.5 lakh taka loan from NGO and relatives. Company deduct RM400 every month for 'agency "
  "fee'. Payslip show basic RM1700 but I get RM780 cash. Boss say after 18 month deduction finish then "
  "can go")
F("fees_and_debt", "en",
  "Salam ustaz. My cousin is at a site in Kajang. Agent made him sign a paper that he owes RM9000 for "
  "ticket, medical, hostel. He cannot read Malay. Every month they cut and the number never goes down.")

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "পাসপোর্ট আসার দিনই এজেন্ট নিয়া গেছে, কয় পারমিট করবে। ৮ মাস হইলো, পারমিটও নাই পাসপোর্টও নাই। "
  "বাইরে গেলে পুলিশে ধরবে বইলা কেউ বের হয় না, রাতে ক্যাম্পের গেটে তালা দেয়")
F("isolation_and_control", "bn",
  "মায়ের সাথে কথা বলতে দেয় না। সব ফোন সুপারভাইজারের কাছে, শুক্রবার ১০ মিনিট দেয় আর পাশে খাড়াইয়া থাকে। "
  "এই নাম্বারটা এক ভাইয়ের, লুকাইয়া দিলাম, আপনে রিপ্লাই দিয়েন না")
F("isolation_and_control", "bn-Latn",
  "ustad amra 23 jon ekta kongsi te, bahire jaite dey na. bazar o oder lok kore ane, dam beton theke "
  "kate. keu jumma te jaite chaile bole 'operasi ase, dhora khabi'. apnar number ta ekjon dise")
F("isolation_and_control", "bn-Latn",
  "Passport chaile boss bole passport company r property. Bari jabo bolle bole contract sesh hoy nai. "
  "copy o dey na. amar passport no A04718263, embassy te kichu kora jay?",
  [("bd_passport", "A04718263")])
F("isolation_and_control", "bn-Latn",
  "keu jiggesh korle bolbi tui amar chachato bhai, ekhane bedaite aschos. company r nam mukhe anbi na. "
  "site er kono chobi kauke pathabi na, masjid er hujur der sathe o beshi mishbi na")
F("isolation_and_control", "en",
  "Please dont call this number, kepala checks our phones every night. We are 14 men at an estate near "
  "Kuantan, they lock the gate from 7pm and there is a guard with dog. Passports with manager since we "
  "arrived. Only message my friend +60 16-418 2290 if you need.",
  [("phone", "+60164182290")])
F("isolation_and_control", "en",
  "From today no more facebook, no video call home. If family ask, say you are working in a shopping mall "
  "in KL. Anybody talking to NGO or masjid people will be sent back empty hand.")
F("isolation_and_control", "en",
  "My brother is in a Sabah estate, for 3 months we cannot reach him. The number he gave is always off. "
  "The agent in Dhaka says he is fine but won't give any other number. Last call he was whispering, said "
  "they take the phones in the morning.")

# ---------------------------------------------------------------- labour_exploitation (8)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১০টা পর্যন্ত ঢালাইয়ের কাজ, শুক্রবারেও ছুটি নাই। ৪ মাসের বেতন বাকি, কয় প্রজেক্টের টাকা "
  "আসলে দিবে। খাওয়ার জন্য সপ্তাহে ৫০ রিঙ্গিত দেয়")
F("labour_exploitation", "bn",
  "কাল ১৪ তলা থেকে একজন পইড়া গেছে। কোনো সেফটি বেল্ট নাই, হেলমেটও নিজের টাকায় কিনা লাগে। "
  "কোম্পানি কইছে পুলিশ আসলে বলবি ও আমাদের লোক না")
F("labour_exploitation", "bn",
  "আমাদের ৬ জনরে এক মালিক আরেক মালিকের কাছে দিয়া দিছে, কাগজে কিছু নাই। নতুন মালিক কয় তোদের জন্য "
  "টাকা দিছি, যতদিন কই ততদিন কাজ করবি")
F("labour_exploitation", "bn-Latn",
  "ladang e sokal 5 ta theke bikal 6 ta porjonto fol kati, target puron na hole beton kate. "
  "gach e oshudh chitai, kono mask dey na. ekjon er shash er kosto, hospital e niye jay na, permit nai bole")
F("labour_exploitation", "bn-Latn",
  "3 mash kono beton pai nai. boss bole tora illegal, beton chaile police dakbo. khawar jonno dokane baki "
  "kore choltesi")
F("labour_exploitation", "en",
  "Ustaz we are 9 men at a site in Cheras, boss has not paid us since July. We work 7 days, 12 hours. When "
  "we ask he say company no money, go complain anybody you want, you all no permit anyway.")
F("labour_exploitation", "en",
  "They moved us 3 times in 2 months, each new site a different boss. Last boss said the agent sold us to "
  "him RM1500 per head. We never saw any payslip. Our passports A09827114 and A09827115 still with the "
  "first agent.",
  [("bd_passport", "A09827114"), ("bd_passport", "A09827115")])
F("labour_exploitation", "en",
  "sleeping in container behind site, 20 men one toilet. water cut since monday. when concrete pouring we "
  "work 7am to 11pm. sick also must work or cut day pay plus fine RM50")

# ---------------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "তোমার পোলারে কও বেশি কথা কইলে ডিপোতে পাঠাইয়া দিমু, তারপর খালি হাতে দেশে যাইবো। তোমাগো বাড়ি আমি চিনি, "
  "জমির দলিল কিন্তু আমার কাছে")
F("threats_and_coercion", "bn",
  "কাল রাতে সুপারভাইজার আর ওর দুইজন লোক আমারে মারছে, কারণ আমি মসজিদে হুজুরের সাথে কথা কইছি। "
  "কইছে আবার দেখলে ইমিগ্রেশনে ফোন দিবো")
F("threats_and_coercion", "bn-Latn",
  "tor bhai jodi labour office e complain kore tahole or nam e police report korbo je churi korse. tokhon "
  "bujhbe. chup chap kaj korte bol")
F("threats_and_coercion", "bn-Latn",
  "Imam saheb, agent er lok amar bou ke phone dise 01740-918263 theke. bolche ami company chere gele "
  "amar nam e absconded report korbe r desh e tader lok gie baki taka tulbe. bou khub bhoy paise",
  [("phone", "+8801740918263")])
F("threats_and_coercion", "bn-Latn",
  "ekhon kaj chere gele permit cancel, blacklist kore dibo, jibone r Malaysia dhukte parbi na. "
  "je video ta banaisos oita delete kor, naile bujhbi ki hoy")
F("threats_and_coercion", "en",
  "Boss took my phone and hit me with a pipe when I asked for salary. He said if I go to police he will say "
  "I am illegal and I will rot in depot. Now my hand is swollen, cannot hold anything.")
F("threats_and_coercion", "en",
  "Agent's voice note (I translate for you): 'Whoever went to the masjid to complain, I know who. Your "
  "family in Sylhet, I know the house. Think before you open your mouth again.'")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "পাসপোর্টে বয়স ২২ লেখা, আসলে ছেলেটার বয়স ১৬। দালাল নিজেই জন্ম নিবন্ধন বদলাইয়া দিছে। "
  "এখন সাইটে সবচেয়ে ভারী কাজ ওরেই দেয়")
F("minors", "bn",
  "১৪ বছরের মেয়েটারে ঢাকায় এক বাসায় কাজে দিছে, মাসে ২০০০ টাকা বাপের বিকাশে আসে। মেয়েটা ফোনে খালি কান্দে, "
  "বাসা থেকে বাইর হইতে দেয় না, স্কুলেও যাইতে পারে না")
F("minors", "bn-Latn",
  "dalal bolse choto pola gula ke boat e niye jabe, malaysia te hotel e kaj. boyos 15-16 holei cholbe, "
  "kagoj e 19 likhe dibe. matha pichu 2 lakh")
F("minors", "bn-Latn",
  "Hujur amader kongsi te 2 ta chele ase, boyos 14-15 er beshi na. nijer passport nai, onner passport e "
  "ashche. sara din cement er bosta tane")
F("minors", "en",
  "Uncle the girl is only 15. Her father's broker arranged nikah with a man in Johor, he paid the family "
  "1.5 lakh. They changed her birth certificate to 18 for the passport.")
F("minors", "en",
  "Need 4 boys age 13-16 for restaurant and car wash in Penang. Small size better, can sleep at shop. "
  "Passport age we handle. Pay to parents direct every 3 month. Contact Sohel +60 12-557 0834",
  [("phone", "+60125570834")])
F("minors", "en",
  "My nephew is only 16. The man who took him said restaurant job in KL, they went by boat from Teknaf. "
  "Now he calls from a camp in Thailand crying, says they beat the boys every night.")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "বলছিল বিউটি পার্লারে কাজ, মাসে ৩ হাজার রিঙ্গিত। আইনা একটা হোটেলে রাখছে, রাতে লোক পাঠায়। না করলে খাওয়া "
  "দেয় না, পাসপোর্ট ম্যাডামের কাছে। আমার বোনরে কেউ বাঁচান")
F("sexual_exploitation", "bn",
  "নতুন আইছে, বাঙালি, বয়স কম 🌸 শর্ট টাইম ৩০০, ফুল নাইট ৬০০। রুম আমাদের, সেফ। ছবি চাইলে হোয়াটসঅ্যাপ "
  "+৬০১১-২৮৪৭ ৫৫৩১",
  [("phone", "+601128475531")])
F("sexual_exploitation", "bn-Latn",
  "Spa te receptionist er kaj bole anche. ekhane customer er room e pathay. madam bole visa r ticket er "
  "RM8000 'service' diye shodh korte hobe. mobile ta o madam er kache, eta ekjon customer er phone theke likhchi")
F("sexual_exploitation", "bn-Latn",
  "je meye ta ke video call e dekhaila oke aj raat e condo te pathao, customer 2 jon, cash RM800. "
  "mood kharap thakle bujhay dio, na bujhle amake bolo")
F("sexual_exploitation", "en",
  "New girls from BD just arrive, young and shy 🌹 Incall Bukit Bintang, outcall Klang Valley. "
  "Booking tele @kl_bunga_vip only. Deposit BTC accepted: " + BTC1,
  [("telegram", "@kl_bunga_vip"), ("btc_address", BTC1)])
F("sexual_exploitation", "en",
  "She told me it was a massage centre job, normal massage. Now they keep her above a spa in Puchong, 6 "
  "women, door locked from outside, they say she must see 10 customers a day to pay her debt.")
F("sexual_exploitation", "en",
  "Boss wants you to do a private show on video for his friend tonight. If you refuse he will send the old "
  "video to your husband in Dhaka. Just do it once, then he gives back your passport.")

# ---------------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "ছাড়াইতে চাইলে ২ লাখ টাকা এই বিকাশে পাঠান ০১৭৮৩-৫৫১২০৯, তিন ভাগে পাঠাইবেন, রেফারেন্সে কিছু লিখবেন না। "
  "টাকা আসলে কালকেই পোলারে ছাড়মু",
  [("phone", "+8801783551209")])
F("payments_and_proceeds", "bn",
  "এজেন্টের টাকা হুন্ডিতে দিবি, ব্যাংকে না। চৌকিটের ওই মোবাইল দোকানে রিঙ্গিত দিলে দেশে বাপের নম্বরে নগদ চইলা "
  "যাইবো। রিসিট চাবি না, নাম কইবি না")
F("payments_and_proceeds", "bn",
  "বাকি ৪৫,০০০ দালালের ভাইয়ের নগদে দিছি, TxnID 71KJ3M9Q। দালাল কইছে বাকিটা পাইলে পাসপোর্ট ফেরত দিবো, "
  "নাইলে ওর পাসপোর্ট জ্বালাইয়া দিবো",
  [("mfs_transaction", "71KJ3M9Q")])
F("payments_and_proceeds", "bn-Latn",
  "oder bKash e 50 hajar pathaisi, TrxID BHQ7K2M9XP. ekhon bolche aro 70 hajar na dile passport ferot "
  "dibe na. abba goru bikri korse",
  [("mfs_transaction", "BHQ7K2M9XP")])
F("payments_and_proceeds", "bn-Latn",
  "boss er RM ta amake cash dio, ami Dhaka te hundi kore dibo, bank e dile dhora porbi. 12 jon er passport "
  "charate RM1500 kore, kal maghrib er age")
F("payments_and_proceeds", "en",
  "Transfer 850 USDT (TRC20) to this address before Friday: " + TRON1 + " . After confirm we send the 5 "
  "workers to new employer. Don't use bank, don't write names.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Release fee for your brother from the camp is 0.9 ETH. Send to " + ETH1 + " and message the hash to "
  "+60 17-392 8814. No police, or we move him.",
  [("eth_address", ETH1), ("phone", "+60173928814")])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠানোর নামে প্রতারণা: পল্টন থেকে দালাল চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, চক্রটি কলিং ভিসার "
  "কথা বলে জনপ্রতি সাড়ে ৪ লাখ টাকা নিত এবং অনেকের পাসপোর্ট আটকে রাখত।")
N("news", "bn",
  "জোহরে ইমিগ্রেশন অভিযানে ১৩৫ জন অনিয়মিত অভিবাসী আটক, এর মধ্যে ৪২ জন বাংলাদেশি। আটককৃতদের ডিপোতে রাখা "
  "হয়েছে বলে জানিয়েছে মালয়েশিয়ার ইমিগ্রেশন বিভাগ।")
N("news", "bn",
  "মানবপাচার মামলায় আদালতে সাক্ষ্য দিলেন মালয়েশিয়া ফেরত ৭ শ্রমিক")
N("news", "en",
  "KUALA LUMPUR: Police rescued 18 Bangladeshi men from a shophouse in Klang on Tuesday after a tip-off. "
  "The men said an agent had taken their passports and not paid them for five months. A 41-year-old local "
  "man has been remanded under the anti-trafficking act.")
N("news", "en",
  "Ministry says employers found holding workers' passports will be prosecuted, as labour officers begin "
  "checks on construction sites and plantations in Selangor and Johor this month.")
N("news", "en",
  "Cost of going to Malaysia still Tk 5-6 lakh despite govt cap of Tk 78,990, migrants' survey finds")
N("news", "bn-Latn",
  "Khobor: Sylhet e manob pachar mamlay 2 dalal er 10 bochor kore jail. Malaysia pathanor kotha bole 11 "
  "jon ke Thailand e atke mukti pon chaisilo, court rai dise aj")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! বিএমইটির স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। পাসপোর্ট কারো হাতে দিবেন না, ফেসবুকের বিজ্ঞাপন দেখে "
  "দালালকে টাকা দিবেন না। রিক্রুটিং এজেন্সির লাইসেন্স যাচাই করে নিন।")
N("awareness", "bn",
  "ভাইয়েরা, যারা রিহায়ারিং এর কথা বলে টাকা চাইতেছে তাদের অনেকেই প্রতারক। সরকারি প্রোগ্রামে আবেদন হয় শুধু "
  "অনুমোদিত কোম্পানির মাধ্যমে। কোনো দালালের হাতে টাকা দিবেন না, দিলে রিসিট নিবেন।")
N("awareness", "bn-Latn",
  "Jumma r por shobai ke anurodh: kono agent ke passport diben na. Majikan passport rekhe dile Malaysia "
  "te eta oporadh. Beton na dile, mardhor korle, masjid er office e ashben, nam gopon thakbe.")
N("awareness", "bn-Latn",
  "Share koren: gramer keu jodi bole 'free visa' te Saudi ba Malaysia pathabe, jene rakhen free visa bole "
  "kichu nai. Pore oikhane gie illegal hoye jete hoy. Jachai na kore ek taka o diben na.")
N("awareness", "en",
  "REMINDER: Your employer is NOT allowed to keep your passport. You have the right to a payslip every "
  "month. Levy is paid by the employer, not the worker. Migrant support helpline 03-7770 3671 "
  "(Malay / English / Bengali).",
  [("phone", "+60377703671")])
N("awareness", "en",
  "Before you pay anyone for a Malaysia visa: 1) check the agency licence on the BMET site 2) never pay "
  "without a money receipt 3) medical and fingerprint must be done in Bangladesh 4) if someone says "
  "'contract will be given in Malaysia', walk away.")
N("awareness", "en",
  "Poster text for the masjid board: 'Your passport is yours. Your salary is yours. Your phone is yours. "
  "If someone takes them, you are not alone.' High Commission labour wing: +60 11-6207 9953",
  [("phone", "+601162079953")])

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, কুয়ালালামপুর — বিজ্ঞপ্তি: পাসপোর্ট নবায়ন ও ই-পাসপোর্টের আবেদন সরাসরি হাইকমিশনে বা "
  "অনুমোদিত কেন্দ্রে জমা দিন। কোনো দালালের মাধ্যমে আবেদন করবেন না এবং নির্ধারিত ফি-র বাইরে কোনো অর্থ দিবেন না।")
N("official", "bn",
  "মেসার্স নূর ওভারসিজ (আরএল-১৪৫২): মালয়েশিয়াগামী কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। "
  "সকল লেনদেন ব্যাংকের মাধ্যমে, মানি রিসিট দেওয়া হবে। যোগাযোগ: ০২-৫৮৮১৩২৪৭",
  [("phone", "+880258813247")])
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: আপনার অভিবাসন ঋণ ১,০০,০০০ টাকা মঞ্জুর হয়েছে। মাসিক কিস্তি ৪,৭৫০ টাকা, "
  "প্রথম কিস্তি বিদেশ যাওয়ার ৩ মাস পর থেকে।")
N("official", "bn-Latn",
  "BMET: Apnar emigration clearance (smart card) prostut. Passport no EB0284716. Jela Karmasangsthan o "
  "Janashakti Office, Cumilla theke songroho korun. Kono fee lagbe na.",
  [("bd_passport", "EB0284716")])
N("official", "en",
  "Bangladesh High Commission, Kuala Lumpur. Consular camp for workers in Johor Bahru on 14 December. "
  "Bring your passport or a photocopy. Fees as per government schedule only. Queries: "
  "labourwing.kl@mofa.gov.bd",
  [("email", "labourwing.kl@mofa.gov.bd")])
N("official", "en",
  "Notice to employers (translated): Holding a worker's passport without consent is an offence. "
  "Passports must be returned to workers on request. Report violations to the nearest labour office.")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "bn",
  "আপনি ৳১৫,০০০.০০ গ্রহণ করেছেন ০১৭১১৪৫৮৩২০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳১৫,৩২০.৫০। TrxID CJK4N8Q2WD "
  "০৬/১২/২০২৬ ১৪:২২",
  [("phone", "+8801711458320"), ("mfs_transaction", "CJK4N8Q2WD")])
N("receipt", "bn",
  "নগদ: ক্যাশ ইন ৳৮,০০০ সফল। প্রেরক এজেন্ট ০১৯৬২৭৭৩০১৫। TxnID 74N2Q8KD। ব্যালেন্স ৳৮,১২৬.৪০",
  [("phone", "+8801962773015"), ("mfs_transaction", "74N2Q8KD")])
N("receipt", "en",
  "You have received Tk 25,000.00 from 01819203344. Fee Tk 0.00. Balance Tk 25,410.00. "
  "TrxID BKA93XZ7QL at 05/12/2026 21:04",
  [("phone", "+8801819203344"), ("mfs_transaction", "BKA93XZ7QL")])
N("receipt", "en",
  "Dear Customer, BDT 52,300.00 has been credited to your A/C ****4471 as inward remittance from MALAYSIA. "
  "2.5% cash incentive BDT 1,307.50 also credited. Thank you for banking with us.")
N("receipt", "en",
  "Transfer successful. RM 1,200.00 sent to MD RAHIM UDDIN, Bangladesh, bKash wallet 01716203958. "
  "Rate 1 MYR = 25.95 BDT. Recipient gets BDT 31,140.00.",
  [("phone", "+8801716203958")])
N("receipt", "bn-Latn",
  "bhai taka pathaisi dekh: 'Cash Out Tk 10,000.00 to Agent 01534448190 successful. Fee Tk 185.00. "
  "TrxID BKT72MXQ4A' ammake bolis tuilya nise kina",
  [("phone", "+8801534448190"), ("mfs_transaction", "BKT72MXQ4A")])
N("receipt", "en",
  "Payment received with thanks: Tk 3,500 BMET registration & welfare fee. Money receipt no 004417. "
  "Keep this SMS for your records.")

# ---------------------------------------------------------------- family (8)
N("family", "bn",
  "আব্বা, পাসপোর্ট রিনিউ করতে হাইকমিশনে দিছি, রিসিট আমার কাছে। নতুনটা আসলে ছবি পাঠামু। এই মাসে টাকা একটু কম "
  "পাঠামু, ওভারটাইম কম ছিল")
N("family", "bn",
  "মা, দালাল চাচা আইছিল, কয় ছোটরে মালয়েশিয়া পাঠাইবো। আমি না কইছি। আগে ও এসএসসি দিক, পরে সরকারিভাবে "
  "বোয়েসেলে দেখমু")
N("family", "bn",
  "বউমা, তোর জামাইরে কইস ঈদে আসতে না পারলে সমস্যা নাই, ভিডিও কল দিলেই হইবো। ওর কোম্পানি নাকি ফেব্রুয়ারিতে "
  "ছুটি দিবো, টিকিটও কোম্পানি দিবো")
N("family", "bn",
  "ভাই, নগদ একাউন্ট খুলতে আম্মার এনআইডি লাগবো: ১৯৭৮২৬১৪৫০৯৮৩২৭৪১। ছবি তুইলা পাঠাইছি দেখ",
  [("bd_nid", "19782614509832741")])
N("family", "bn-Latn",
  "Bhaiya apnar pathano 30 hajar peyechi bKash e. Ammar oshudh kinechi, baki ta NGO r kisti dilam. "
  "r 4 ta kisti baki, tarpor loan shesh inshallah")
N("family", "bn-Latn",
  "chotto ke boliyo or passport e jonmo sal vul likhse, 2007 er jaygay 2005. ekhoni thik koraite hobe, "
  "naile pore jhamela. ami porshu passport office e jabo")
N("family", "en",
  "Sis, I renewed the passport myself at the High Commission, took 2 hours only. Company paid the levy, "
  "payslip shows everything. Tell Amma not to worry about those stories on Facebook.")
N("family", "en",
  "Uncle, the agent asked 4.5 lakh for Malaysia, I said no. Abbu will ask at BOESL office tomorrow, "
  "they said govt process is much less. Better to wait few months than lose the land.")

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "bn",
  "আলহামদুলিল্লাহ, নতুন কোম্পানিতে তিন মাস হইল। বেতন ঠিক সময়ে ব্যাংকে আসে, ওভারটাইমের টাকাও আলাদা। "
  "পাসপোর্ট নিজের কাছে, ছুটির দিন মসজিদে আসি")
N("worker_content", "bn",
  "প্রথমে ভাবছিলাম দালাল ঠকাইছে, আইসা দেখি কাজ আর বেতন যা কইছিল তাই। ১৮০০ রিঙ্গিত বেসিক, থাকার জায়গা ভালো, "
  "৪ জন এক রুমে")
N("worker_content", "bn-Latn",
  "bhai ladang er kaj ta kothin, kintu boss bhalo manush. sokal 7 ta theke 3 ta porjonto kaj, tarpor "
  "chuti. mash sheshe RM1900 pai, 2 bochor por bari jabo")
N("worker_content", "bn-Latn",
  "permit renew hoye gese, 2 bochor er. company nijei levy dise, amar theke ek poisha o kate nai. "
  "ekhon shanti te ghumaite pari 😌")
N("worker_content", "en",
  "Long shift today, 12 hours because concrete pour on level 20, but OT paid 1.5x and they gave us "
  "dinner. Tired but ok. Sunday off, coming to the masjid for the program.")
N("worker_content", "en",
  "My supervisor is Indonesian, very strict about helmet and harness. First I was angry but now I "
  "understand. Other company site had accident last month, our site zero. Follow my page @rafi_in_malaysia "
  "for site videos",
  [("instagram", "@rafi_in_malaysia")])
N("worker_content", "en",
  "Salam ustaz, good news. After the labour office meeting the company returned my passport and paid the "
  "2 months arrears. Everything ok now, I will stay with this company.")

# ---------------------------------------------------------------- joke (4)
N("joke", "bn-Latn",
  "bou bole 'tumi Malaysia te sara din ki koro?' ami boli palm gach er sathe selfie tuli r boss er gali "
  "khai 😂")
N("joke", "bn",
  "পাসপোর্টের ছবি দেইখা ইমিগ্রেশন অফিসার আমারে তিনবার চেক করছে, কয় এইটা তুমি না। ভাই আমিও মাঝে মাঝে "
  "বিশ্বাস করি না 😂")
N("joke", "en",
  "Breaking news: local man held captive by in-laws for 3 days at wedding, forced to eat 14 plates of "
  "biryani. Ransom demand: one goat 🐐😂")
N("joke", "bn-Latn",
  "amar boss amar passport rakhe nai, kintu amar bou amar phone rakhe 🤣 eta kon dhara te pore imam "
  "saheb? page e dilam @probashi_hasir_jhuli",
  [("instagram", "@probashi_hasir_jhuli")])

# ---------------------------------------------------------------- chatter (4)
N("chatter", "bn-Latn",
  "bhai kal raat e Chow Kit e operasi hoise, keu dhora khaise? amader kongsi te shobar permit ase, tobu "
  "shabdhane thakish, IC r permit copy sathe rakhis")
N("chatter", "bn",
  "কালকের হালাকার বিষয়: হালাল রুজি আর পরিবারের হক। মাগরিবের পরে সবাই আসবেন, চা-নাস্তা থাকবে")
N("chatter", "en",
  "Who has the number of the lawyer who helped Rafiq bhai with his permit case? My friend's employer "
  "closed the company, he wants to transfer to new employer the legal way.")
N("chatter", "en",
  "Lawyer bhai number: 019-338 4127, say you are from the masjid. He charges only for the letter, "
  "first meeting free.",
  [("phone", "+60193384127")])

# ---------------------------------------------------------------- easy (10)
N("chatter", "bn-Latn", "Jumma mubarak shobaike 🤲", hard=False)
N("chatter", "bn", "আজকে বৃষ্টির জন্য সাইট বন্ধ, সবাই রুমে ঘুমাইতেছে", hard=False)
N("chatter", "bn-Latn", "bhai aj ranna ki? ami dal r alu bhorta niye aschi", hard=False)
N("chatter", "en", "Brother can you send me the Quran class timing for the kids on Saturday", hard=False)
N("family", "bn", "মা, ওষুধ খাইছো? ঠান্ডা লাগাইও না", hard=False)
N("chatter", "bn-Latn", "match dekhli? Bangladesh jitse 🇧🇩🔥", hard=False)
N("chatter", "en", "Reminder: masjid cleaning after Asr on Saturday, bring gloves", hard=False)
N("family", "bn-Latn", "abba ke bolo phone ta charge dite, 3 bar call dilam dhore na", hard=False)
N("family", "bn", "শীতের পিঠা খাইতে মন চায়, দেশে থাকলে মা এখন ভাপা পিঠা বানাইতো", hard=False)
N("chatter", "en", "New phone bought, Redmi, RM699, camera very good 👍", hard=False)


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
    random.Random(112).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev112-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
