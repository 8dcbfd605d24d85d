"""Blind evaluation set dev122 for the trafficking-indicator detector.

Written 2026-12-07. The writer never read the tool's rules, the other evaluation sets or the
tool's code; only sections 1 and 2.1 of the shared indicator notes, for what the indicators mean.
Persona: an assistant in the labour wing of a Bangladeshi embassy in the Gulf (Riyadh and Kuwait)
who reads workers' complaints about free-visa sponsors, visa-selling kafeels, huroob cases and camp
bosses, in Sylheti, Chittagonian and Dhaka speech, next to ordinary workers' and families' chats.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev122.jsonl"
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


BTC1 = btc("dev122-btc-1")
TRON1 = tron("dev122-tron-1")
ETH1 = eth("dev122-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG items

# ---------------------------------------------------------- recruitment_deception (8: 3 bn, 3 bn-Latn, 2 en)
RD = "recruitment_deception"
F(RD, "bn", "ভাই দালাল বলছিল কোম্পানির ভিসা, মাসে ১২০০ রিয়াল, থাকা খাওয়া ফ্রি। এখন আইসা দেখি আজাদ ভিসা, "
  "কফিল নিজেই বলে তোমার কাজ তুমি খুঁজো, আকামার টাকাও তুমি দিবা। এখন কি করমু কিছু বুঝতেছি না")
F(RD, "bn", "আপা, আমার জামাইরে কইছিল কুয়েতে হাসপাতালে ক্লিনারের কাজ। এখন ফোনে কয় মরুভূমির ভিতরে ছাগল চরায়, "
  "আশেপাশে কোন মানুষ নাই। কন্ট্রাক্টে যা লেখা আছিল তার কিছুই মিলে না")
F(RD, "bn", "সৌদির যে ভিসা দালাল শফিক দিছিল ওইটা নাকি ভুয়া, এয়ারপোর্টে ইমিগ্রেশন আটকাই দিছে। সাড়ে তিন লাখ টাকা গেল, "
  "শফিক এখন ফোন ধরে না 01819-447215",
  [("phone", "+8801819447215")])
F(RD, "bn-Latn", "ami asi 3 mash oilo. koisil supermarket o cashier er kaam, ekhon dekhi godown o bosta tani sara din. "
  "beton koisil 1500 riyal, ekhon koy 900. kafeel koy tumar agreement amar kunu kaam er na")
F(RD, "bn-Latn", "Telegram er @kuwait_job_bd group e ad dekhe asilam, lekha chilo Al Safwa Cleaning Co. ekhane ese dekhi "
  "oi company er kono office i nai, civil ID te onno lok er naam. dalal bole 'article 18 na, 20 number visa, "
  "sob jaygay kaj kora jay' - police dhorle to amar dosh",
  [("telegram", "@kuwait_job_bd")])
F(RD, "bn-Latn", "Ai ekhane asi 2 mash. agent koilde mase 60 hazar toya, ekhon hisab gori dekhi 25 hazar o na. "
  "Dhaka airport e arbi kagoj ekkan e sign lai lise, ki lekha asilo ai kisu bujhi nai")
F(RD, "en", "Sir I am Bangladeshi worker came Riyadh on house driver visa. Agent in Dhaka told me it is company job 1500 SAR "
  "with overtime. Here the sponsor says there is no company, I must find my own work outside and pay him 500 SAR "
  "every month for iqama. Agent email was alhaya.recruit2026@gmail.com, now no reply. Please advise",
  [("email", "alhaya.recruit2026@gmail.com")])
F(RD, "en", "bro my cousin paid 3.5 lakh for 'KOC oil company helper, 250 KD, visa 100% ready'. visa came and it says "
  "domestic worker lol. same guy still posting, contact is wa.me/96567234418. dont let anyone from our village go",
  [("whatsapp", "+96567234418")])

# ---------------------------------------------------------- fees_and_debt (8: 3 bn, 2 bn-Latn, 3 en)
FD = "fees_and_debt"
F(FD, "bn", "জমি বন্ধক রাইখা সাড়ে চার লাখ দিলাম দালালরে। এখন এখানে কফিল বলে আকামা করতে আরো ৮০০০ রিয়াল লাগবো, "
  "না দিলে বেতন থেকা কাটবো। ছয় মাস হইল অর্ধেক বেতন কাইটা রাখতেছে")
F(FD, "bn", "মা, দালালের টাকার লাইগা যে ঋণ নিছিলা ওইটার সুদই মাসে ১৫ হাজার। আমার বেতনই ২৫। বাকি টাকায় আমি এখানে খাই কেমনে। "
  "ঋণ শোধ না হওয়া পর্যন্ত দেশে ফিরার কথা চিন্তাও করতে পারি না")
F(FD, "bn", "ক্যাম্প বস বলছে টিকেট, মেডিকেল আর সিভিল আইডির খরচ মিলে ২২০০ দিনার আমার নামে দেনা। প্রতি মাসে বেতন থেকে "
  "৬০ দিনার কাটবে, পুরা শোধ না হলে পাসপোর্ট দিবে না")
F(FD, "bn-Latn", "bhai agent ekhon bolse ar 1 lakh dile permit renew hobe, nahole kaj nai, deport. age e 5 lakh nise "
  "Malaysia pathanor jonno. ami ar kothay pabo eto taka")
F(FD, "bn-Latn", "amar fuwa re agent koy ar 2 lakh lagbo, na dile visa cancel, ager taka o ferot nai. amra ghor er duita goru "
  "bechi dilam already. kita koriam kuno upay nai")
F(FD, "en", "Sir, company cut 300 riyal every month from salary saying 'visa cost', but I already paid 4.5 lakh taka "
  "in Bangladesh for this visa. They will cut for 18 months. Payslip shows 'loan recovery'.")
F(FD, "en", "we owe the agency 6 lakh for the three of us. he said work 2 years no leave, salary goes direct to his "
  "account until finished, we keep only 200 ringgit each")
F(FD, "en", "*Forwarded* Rahim bhai: Sept batch everyone still owe 350 KD. 50 KD each salary day at camp gate, or send "
  "bKash to 01741-662093. Whoever runs, the balance goes to his family in Cumilla.",
  [("phone", "+8801741662093")])

# ---------------------------------------------------------- isolation_and_control (8: 2 bn, 3 bn-Latn, 3 en)
IC = "isolation_and_control"
F(IC, "bn", "আমার বোনের মালিক ফোন রাইখা দিছে, খালি শুক্রবারে ১০ মিনিট কথা বলতে দেয়, তাও ম্যাডাম পাশে খাড়াইয়া থাকে। "
  "বাইরে যাইতে দেয় না, কাজ শেষে দরজায় তালা")
F(IC, "bn", "পাসপোর্ট আর আকামা দুইটাই কফিলের অফিসে। ক্যাম্প থেকে বাইর হইলে গার্ড নাম লেইখা রাখে, রাত ৮টার পর গেট বন্ধ। "
  "এম্বাসিতে আসতে চাইছিলাম, বলে গাড়ি দিবে না ছুটিও নাই")
F(IC, "bn-Latn", "ami ekhn bathroom theke lukiye msg dicchi, phone dekhle niye nibe. madam bole bahirer kauke kichu bolbi na, "
  "keu jiggesh korle bolbi ami ei barir attio, kaj kori na")
F(IC, "bn-Latn", "Ai ar gorot fon goritam fari na, mudir mobail lai gese. ei fon ekjon Nepali bhai'r, lukai likhir. "
  "ammare koiyo ai zinda asi, kintu ekhan theke baire zaite dey na")
F(IC, "bn-Latn", "camp e 40 jon, bahire jaoa nishedh. supervisor bole tomader iqama nai, bahire gele police dhorbe, tai "
  "bhitore thako. passport sob office er almari te tala. passport no. amar BX0418273",
  [("bd_passport", "BX0418273")])
F(IC, "en", "Sir my brother is in Kuwait, sponsor took his passport and civil ID at airport. He is kept in a room above "
  "the shop in Jleeb, door is locked from outside after work. We can only reach him on his friend phone +965 6021 3374",
  [("phone", "+96560213374")])
F(IC, "en", "If anyone asks at immigration say you are going on tourist visa to see your uncle. Don't show the job "
  "letter, keep it in the bag. Delete this chat after reading.")
F(IC, "en", "She is not allowed out even on Friday, the family took her SIM and gave a phone without internet. "
  "Employer's son checks her bag. Please help, her passport no is EB0547281",
  [("bd_passport", "EB0547281")])

# ---------------------------------------------------------- threats_and_coercion (8: 3 bn, 3 bn-Latn, 2 en)
TC = "threats_and_coercion"
F(TC, "bn", "কফিল বলছে আমি যদি এম্বাসিতে অভিযোগ দেই তাইলে হুরুব দিয়া দিবে, তখন পুলিশ ধইরা জেলে দিবে আর খালি হাতে দেশে "
  "পাঠাই দিবে")
F(TC, "bn", "দালাল বাড়িতে আইসা আব্বারে কইয়া গেছে বাকি টাকা না দিলে পোলারে আর জিন্দা দেখবা না। আব্বা ডরে থানায় যাইতে চায় না")
F(TC, "bn", "সুপারভাইজার কাল রাতে দুইজনরে লাঠি দিয়া পিটাইছে, ওরা খালি তিন মাসের বেতন চাইছিল। কয় তোরা বাংলাদেশি, "
  "তোদের বাঁচাইতে কেউ আসবো না")
F(TC, "bn-Latn", "kafeel koy tui zodi palai zas tor name huroob dimu, tui kunodin ar Saudi o dukte partay nay. "
  "ar koy tor NID 8253641790 amar kache ase, tor bari kun gaon o ami zani",
  [("bd_nid", "8253641790")])
F(TC, "bn-Latn", "ora amar video banaise, bole beshi kotha bolle ei video tomar gram er sobai ke pathabe. "
  "ammu abbu ke ki mukh dekhabo")
F(TC, "bn-Latn", "Manager bolse kaj na korle gari theke namaiya morubhumi te fele asbe. amader 3 jon ke kal marse, "
  "ekjon er haat venge gese, hospital o nite dey nai")
F(TC, "en", "If you go to labour court I will file absconding case and you will be deported with ban. Think about your "
  "family before you do anything stupid.")
F(TC, "en", "Madam, the agent is calling my wife every night saying he knows where our daughter goes to school. "
  "He wants me to withdraw the complaint I filed at the embassy.")

# ---------------------------------------------------------- labour_exploitation (7: 2 bn, 3 bn-Latn, 2 en)
LE = "labour_exploitation"
F(LE, "bn", "সকাল ৫টা থেকে রাত ১১টা কাজ, সপ্তাহে কোন ছুটি নাই। ৭ মাস হইছে একটা রিয়ালও বেতন দেয় নাই, বলে কোম্পানির লস চলতেছে")
F(LE, "bn", "বাসার কাজে আনছে, কিন্তু তিনটা বাসায় কাজ করায়, মালিকের মাইয়ার বাসা, বোনের বাসা। রাত ২টায় ঘুমাই, ফজরের আগে উঠি। "
  "খাওন দেয় দিনে একবার")
F(LE, "bn-Latn", "amra 12 jon ke onno kafeel er kache bikri kore dise, prottek jon 4000 riyal e. notun jaygay farm e kaj, "
  "kono contract nai, ager 4 masher beton o pai nai")
F(LE, "bn-Latn", "bhai 48 degree gorom o dupur 12 tay o kaam korai, helmet nai safety belt nai. kal ekjon scaffold "
  "thaki poise, hospital o nise na, koy tumi nijer khoroche dekhao")
F(LE, "bn-Latn", "overtime er taka dey na, 16 ghonta duty. camp e ek rume 14 jon, bathroom 1 ta. khawa dal r ruti, "
  "oitao kom")
F(LE, "en", "Salary not paid since June. Company say wait wait. 60 workers same problem in Mahboula camp. Water and "
  "electricity cut in the camp from last week, some brothers sleeping outside.")
F(LE, "en", "Ma'am I am housemaid, work from 6am to 1am, no day off since I came 10 months back. Madam says she will "
  "keep my salary and give it all when I go home")

# ---------------------------------------------------------- minors (7: 3 bn, 2 bn-Latn, 2 en)
MI = "minors"
F(MI, "bn", "মেয়েটার আসল বয়স ১৫, দালাল পাসপোর্টে ২৫ বানাই দিছে, জন্ম নিবন্ধনও নতুন কইরা করাইছে। এখন রিয়াদে এক বাসায় "
  "কাজ করে। পাসপোর্ট নং A07734512",
  [("bd_passport", "A07734512")])
F(MI, "bn", "১৩ বছরের পোলাটারে ঢাকায় এক বাসায় কাজে দিছে, মাসে ২ হাজার টাকা মায়েরে দেয়। পোলাটা স্কুলে যায় না, বাড়িতেও "
  "আসতে দেয় না ঈদেও")
F(MI, "bn", "মেম্বার কইতাছে মাইয়ারে দুবাইয়ের জামাইয়ের লগে বিয়া দাও, কোন যৌতুক লাগবো না, বিয়ার পর ওরাই বিদেশ নিয়া যাইবো। "
  "মাইয়া তো মাত্র ক্লাস এইটে পড়ে")
F(MI, "bn-Latn", "Ei fuwa da 14 bosor, agent koy kagoj e 19 dekhai dibo, kono problem nai, Dubai te hotel e kaam. "
  "3 lakh toya lagibo, adha agey")
F(MI, "bn-Latn", "pichchi meye ta ke madam er bachcha dekhar kaje rakhse, boyosh 12-13 hobe. sara din kaj, school nai, "
  "ma baba ke ekbar o dekhte dey na")
F(MI, "en", "Pls check this girl, she came as domestic worker but she looks maybe 14. Her passport says born 1999. "
  "She cries when asked about her village and the sponsor answers for her.")
F(MI, "en", "Agent told the family the marriage is only on paper so the 16 year old can travel with the 'husband' to "
  "Oman. After landing she will work in a house there.")

# ---------------------------------------------------------- sexual_exploitation (7: 2 bn, 2 bn-Latn, 3 en)
SE = "sexual_exploitation"
F(SE, "bn", "বলছিল বিউটি পার্লারে কাজ। দুবাই আসার পর একটা ফ্ল্যাটে ৬টা মেয়েরে রাখছে। রাতে লোক আসে, না করলে খাওয়া বন্ধ")
F(SE, "bn", "আপা হোটেলে রিসেপশনের কাজ কইছিল। এখন ম্যানেজার কয় কাস্টমারের রুমে যাইতে হইবো, না গেলে পাসপোর্ট দিবো না "
  "আর দেশে আমার ছবি পাঠাইবো")
F(SE, "bn-Latn", "new maal aise BD theke, 19-20 age, room service available, time fix koro age. pic er jonno knock "
  "koro wa.me/971552840193",
  [("whatsapp", "+971552840193")])
F(SE, "bn-Latn", "dancer er kaj bole nise, ekhon club e 'private show' korte bole, customer er sathe bahire jete hoy. "
  "na bolle boss bole age 5000 dirham debt sodh koro")
F(SE, "en", "Hiring pretty Bangladeshi girls for massage spa Kuwait, 400 KD + tips, visa & ticket free, no experience "
  "needed, must be under 25. DM on insta @spa_kw_jobs",
  [("instagram", "@spa_kw_jobs")])
F(SE, "en", "Sister I am in a flat in Sharjah, they say I must 'entertain guests' to pay back the ticket. Other girls "
  "from Jessore also here. Don't call this number, only text.")
F(SE, "en", "Fresh arrivals 🌸 Bangladeshi & Nepali, hotel and home service, new in town ✈️ 24/7 Riyadh. "
  "Booking t.me/riyadh_vip_nights",
  [("telegram", "@riyadh_vip_nights")])

# ---------------------------------------------------------- payments_and_proceeds (7: 2 bn, 3 bn-Latn, 2 en)
PP = "payments_and_proceeds"
F(PP, "bn", "ওদের কথা মতো বিকাশে ৫০ হাজার পাঠাইছি 01712-583904 নাম্বারে, TrxID 9KD2HF7QXA। এখন বলে আরো ১ লাখ দিলে "
  "ছেলেরে ছাড়বে, নাইলে লিবিয়ায় বেইচা দিবে",
  [("phone", "+8801712583904"), ("mfs_transaction", "9KD2HF7QXA")])
F(PP, "bn", "কফিলের লোক কইছে পাসপোর্ট ফেরত পাইতে ২০০০ রিয়াল লাগবো। দেশ থেইকা হুন্ডিতে দিতে কইছে, দালাল রুবেলের নগদ "
  "নাম্বার ০১৯১১৪৭২৬৩০",
  [("phone", "+8801911472630")])
F(PP, "bn-Latn", "Bhai agent er taka ta bKash e 3 ta number e vag kore pathao, ek number e 25k er beshi na. "
  "01822-906317, 01633-458120, 01977-310254. bank e dio na, dhora khabe",
  [("phone", "+8801822906317"), ("phone", "+8801633458120"), ("phone", "+8801977310254")])
F(PP, "bn-Latn", "Mintu bhai er lok koise Batha te 6000 riyal dile Sylhet o agent taka pai zaibo, tarpor amar bhai re "
  "camp thaki chaira dibo. hundi chara ar kunu rasta nai")
F(PP, "bn-Latn", "Dalal bolse 'visa processing' er baki taka USDT te pathate, TRC20 address " + TRON1 +
  " . taka pathanor por theke phone off",
  [("tron_address", TRON1)])
F(PP, "en", "Pay the remaining 2 lakh to this Nagad 01556-712398 then send TxnID. Only after that your husband gets "
  "his passport and ticket. Last payment TxnID 7HQ4MZ2K received.",
  [("phone", "+8801556712398"), ("mfs_transaction", "7HQ4MZ2K")])
F(PP, "en", "Boss wants the girls' earnings moved to BTC every Thursday, wallet " + BTC1 +
  ". Don't use the shop account again, bank asked questions.",
  [("btc_address", BTC1)])

# ================================================================ OK items

# ---------------------------------------------------------- news (7)
N("news", "bn", "রাজধানীর বনানী থেকে মানবপাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব। সৌদি আরবে উচ্চ বেতনের চাকরির "
  "প্রলোভন দেখিয়ে তারা অন্তত ৪০ জনের কাছ থেকে টাকা নিয়েছিল বলে জানিয়েছে র‍্যাব।")
N("news", "en", "Kuwaiti court jails Bangladeshi lawmaker in visa trading and money laundering case; prosecutors said "
  "workers paid thousands of dinars for visas that came with no real jobs.")
N("news", "en", "CID: gang moved Tk 200 crore of remittance through MFS agents in 'digital hundi'; 12 bKash and Nagad "
  "agents arrested in Chattogram, accounts frozen by BFIU.")
N("news", "bn", "টেকনাফ উপকূলে মালয়েশিয়াগামী ট্রলার থেকে ৩৮ জনকে উদ্ধার করেছে কোস্টগার্ড, তাদের মধ্যে ১১ জন শিশু। "
  "দালাল চক্রের দুই সদস্য আটক।")
N("news", "bn-Latn", "Prothom Alo: Libya te atke thaka 144 jon Bangladeshi aj IOM er bishesh flight e desh e firse. "
  "tader onekei dalal ke 6-8 lakh taka diyechilen")
N("news", "en", "Police said the gang collected payments from victims' families at Ethereum wallet " + ETH1 +
  ", which investigators froze with the exchange's help.",
  [("eth_address", ETH1)])
N("news", "bn", "সিলেটে লাইসেন্সবিহীন রিক্রুটিং এজেন্সির মালিক গ্রেপ্তার; বিএমইটির অনুমোদন ছাড়াই ইউরোপে পাঠানোর কথা বলে "
  "২৩ জনের কাছ থেকে টাকা নিয়েছিলেন তিনি।")

# ---------------------------------------------------------- awareness (7)
N("awareness", "bn", "বিদেশে যাওয়ার আগে জেনে নিন: নিজের পাসপোর্ট কখনো কাউকে দেবেন না। বিএমইটি নিবন্ধন ও স্মার্ট কার্ড ছাড়া "
  "বিদেশ যাবেন না। সমস্যায় পড়লে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন।")
N("awareness", "bn-Latn", "Free visa bole kichu nai! Je visa te kafeel apnake kaj dibe na, shei visa te gele apni illegal "
  "hoye jaben. Dalal er kothay 5 lakh taka dhar korben na. Share korun.")
N("awareness", "en", "Embassy advisory: Your employer is NOT allowed to keep your passport. If your passport or wages "
  "are withheld, contact Labour Wing Riyadh, +966 50 318 7742 (Sun-Thu 9am-3pm).",
  [("phone", "+966503187742")])
N("awareness", "en", "Sisters, if someone offers a parlour or hotel job abroad with free ticket and very high salary, "
  "ask for the BMET registration and check the agency licence first. Share with your friends 🙏")
N("awareness", "bn", "শিশুদের বিদেশে কাজে পাঠানো আইনত দণ্ডনীয়। বয়স বাড়িয়ে পাসপোর্ট করানো প্রতারণা। সন্দেহ হলে ৯৯৯-এ ফোন করুন।")
N("awareness", "bn-Latn", "sob probashi bhai der jonno: huroob hoile bhoy paiyen na, Absher e status check koren, "
  "embassy labour wing e jogajog koren wa.me/966503187742. kafeel er kothay kunu kagoj e sign diyen na bujhe na",
  [("whatsapp", "+966503187742")])
N("awareness", "en", "Tip: never send visa money to an 'agent' by bKash or crypto. Government-fixed migration cost is "
  "paid to the licensed agency by bank, and you must get a money receipt.")

# ---------------------------------------------------------- official (6)
N("official", "bn", "মেসার্স আল-আমিন ওভারসিজ (আরএল-১২৮৪): সৌদি আরবে হাউস ড্রাইভার পদে নিয়োগ। বেতন ১৫০০ রিয়াল, থাকা-খাওয়া "
  "নিয়োগকর্তার। সরকার নির্ধারিত অভিবাসন ব্যয় ১,৬৫,০০০ টাকা, এর বাইরে কোনো টাকা নেওয়া হয় না। যোগাযোগ: ০১৭১৫-৩৮২৯০৪",
  [("phone", "+8801715382904")])
N("official", "en", "Embassy of Bangladesh, Kuwait - Labour Wing. Workers with expired passports may apply for renewal "
  "on Fridays 9am-1pm at the consular hall. Bring civil ID copy. Queries: labourwing.kuwait@mofa.gov.bd",
  [("email", "labourwing.kuwait@mofa.gov.bd")])
N("official", "bn-Latn", "BMET notice: Malaysia gami kormider smart card bitoron 10 December theke. Sathe passport, "
  "visa copy ar registration slip anben. Kono dalal ke taka diben na.")
N("official", "en", "Notice, Embassy Riyadh: workers with huroob (absent) status may apply for final exit under the "
  "current amnesty until 31 January. Submit passport copy and iqama copy at the labour wing counter.")
N("official", "bn", "দূতাবাসের বিজ্ঞপ্তি: যেসব কর্মীর নিয়োগকর্তা বেতন দিচ্ছেন না, তাঁরা শ্রম উইংয়ে লিখিত অভিযোগ জমা দিন। "
  "অভিযোগের সাথে আকামা বা সিভিল আইডির কপি দিন।")
N("official", "en", "RL-0972 (licensed): Kuwait cleaning company, 25 posts. Salary KD 120 + OT. Total cost as per govt "
  "circular Tk 1,06,780, bank draft only, receipt given. Contact +880 1811-204377",
  [("phone", "+8801811204377")])

# ---------------------------------------------------------- receipt (6)
N("receipt", "en", "You have received Tk 25,000.00 from 01713-226481. Ref Ammu. Fee Tk 0.00. Balance Tk 31,412.50. "
  "TrxID BKC7N2M4QZ at 06/12/2026 18:42",
  [("phone", "+8801713226481"), ("mfs_transaction", "BKC7N2M4QZ")])
N("receipt", "en", "Cash In Tk 10,000 to 01912345087 successful. TxnID 71FA3KXP. Balance Tk 10,210.00. Nagad",
  [("phone", "+8801912345087"), ("mfs_transaction", "71FA3KXP")])
N("receipt", "bn", "আপনার হিসাবে ৭৮,৪০০.০০ টাকা রেমিট্যান্স জমা হয়েছে (প্রেরক: MD SHAHAB UDDIN, সৌদি আরব), ২.৫% প্রণোদনাসহ। "
  "-সোনালী ব্যাংক")
N("receipt", "en", "Rocket: Tk 4,500.00 sent to 01675-092318. TxnID 8823401755. Fee Tk 0.00. Balance Tk 1,204.70",
  [("phone", "+8801675092318"), ("mfs_transaction", "8823401755")])
N("receipt", "en", "STC Pay: SAR 1,200.00 sent to Bangladesh (bKash wallet 01830-447719). Ref 4827QT71. "
  "Rate 31.85. Thank you.",
  [("phone", "+8801830447719"), ("mfs_transaction", "4827QT71")])
N("receipt", "bn-Latn", "Bhai taka pathaisi, bKash TrxID 9HX4TP2BNW. ammar osudher jonno 5000 ar bajar 3000. pele janaio",
  [("mfs_transaction", "9HX4TP2BNW")])

# ---------------------------------------------------------- family (7)
N("family", "bn", "আব্বা, আমার পাসপোর্টটা আলমারির উপরের তাকে রাখছি, ভিসার কাগজ সাথেই। কাল সকালে এজেন্সিতে গিয়া মেডিকেল করামু।")
N("family", "bn-Latn", "Ammajan, beton paisi, kail bKash o 20 hazar pathaimu. Nobab er school er beton age dio. "
  "amar lagi chinta koriyo na, kaam bala")
N("family", "en", "Bhaiya did you renew your iqama? Ammu is asking. Also send your passport photo page, I need it for "
  "the land registration papers.")
N("family", "bn", "ছোট মামা কইতাছে রিয়াদে ওনার কোম্পানিতে লোক নিবো, সরকারি এজেন্সির মাধ্যমে। আব্বা কয় আগে বিএমইটিতে "
  "রেজিস্ট্রেশন কর, তারপর দেখমু। তোমার এনআইডি নাম্বার ৪৬৫২৩৮৭১০৯ টা ঠিক আছে তো?",
  [("bd_nid", "4652387109")])
N("family", "bn-Latn", "Abba, ai ei Eid e gorot aiyum na, ticket er dam bishi. ammare koiyo ai Kuwait e balai asi. "
  "toya fathaiyum boishakh mase")
N("family", "en", "Sis dont give your NID copy to that aunty who says she can get you a job in Dubai. Let me check with "
  "my office friend first ok?")
N("family", "bn", "বউমা, তোমার জামাই ফোন দিছিল, কইলো কফিল এইবার নিজের খরচে আকামা নবায়ন কইরা দিছে। বেতনও ২০০ রিয়াল বাড়ছে। "
  "আলহামদুলিল্লাহ।")

# ---------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn", "Alhamdulillah ei company te 4 bochor hoye gelo. kafeel bhalo manush, beton time moto dey, "
  "Friday chuti. passport nijer kache. Ramadan e bonus o dise")
N("worker_content", "bn", "আজ ডিউটি ৮ ঘণ্টা, ওভারটাইম ২ ঘণ্টা করলাম, ওভারটাইমের টাকা আলাদা পাই। ক্যাম্পে এসি আছে, রুমে ৪ জন।")
N("worker_content", "en", "Finished my contract in Kuwait, company gave end of service KD 640 and ticket. Going home "
  "Thursday inshallah. Thanks to all camp brothers.")
N("worker_content", "bn-Latn", "amar madam khub bhalo, amake nijer meyer moto dekhe. protidin raate ammu ke video call dei. "
  "ei mash e salary tulsi 1500 riyal")
N("worker_content", "bn", "নতুন কফিলের কাছে ট্রান্সফার হইলাম, নিজে ইচ্ছা কইরা। আগের কোম্পানি রিলিজ দিছে। বেতন আগের চেয়ে ৩০০ বেশি।")
N("worker_content", "en", "Night shift again lol. 12 hrs but 4 days on 3 off, not bad. Paid off the loan for my ticket "
  "last month, now all money goes home.")
N("worker_content", "bn-Latn", "Bhai Riyadh o asi 6 mash, driving license pailam aj. kafeel nijer khoroch e koraiya dise. "
  "notun number +966 57 441 2290 save kori raikho",
  [("phone", "+966574412290")])

# ---------------------------------------------------------- joke (5)
N("joke", "bn-Latn", "Bou: Saudi theke ki anba? Ami: visa er jonno je loan nisilam oitai ekhono sodh hoy nai, tumi khejur "
  "niya khushi thako 😂")
N("joke", "bn", "আমার কফিল আমারে এত ভালোবাসে ছুটিতে থাকলেও ফোন দিয়া কয় 'ইয়া সাদিক, ফেইন?' 😂 মনে হয় আমি ছাড়া ওনার উট খানা খায় না")
N("joke", "en", "My wife has kept my passport, my phone and my salary card. Brothers should I call the embassy? 😂😂")
N("joke", "bn-Latn", "camp dictionary: supervisor er 'ektu kaj ache' = 3 ghonta, 'ekhoni shesh' = raat 2 ta, "
  "'kal chuti' = kal dekha jabe 🤣")
N("joke", "en", "Mom thinks 'camp' means holiday camp. Sent her a photo of our kitchen, she asked why 8 grown men are "
  "cooking one chicken 😂")

# ---------------------------------------------------------- chatter (5)
N("chatter", "en", "Anyone know which office in Batha does passport renewal fast? Mine expires March, don't want "
  "trouble with iqama.")
N("chatter", "bn", "হুন্ডিতে না, ব্যাংকেই পাঠা ভাই, এখন রেমিট্যান্সে প্রণোদনা দেয়, রেটও প্রায় কাছাকাছি।")
N("chatter", "bn-Latn", "Oi Rafiq, tui kal Dammam jaibi ne? amar ekkan parcel ase gorot fathaibo, tor lagei dim")
N("chatter", "en", "Group admin: no visa selling posts here please. Anyone selling 'free visa' will be removed. Only "
  "genuine job circulars with agency licence no.")
N("chatter", "bn-Latn", "camp er ranna gula video kore dei amar page e, follow dio @probashi_kitchen 🍛 aj beef bhuna",
  [("instagram", "@probashi_kitchen")])

# ---------------------------------------------------------- easy negatives (10)
N("family", "bn", "আজকে বৃষ্টি হইবো মনে হয়, ছাতা নিয়া বাইর হইস।", hard=False)
N("chatter", "bn-Latn", "khela dekhsos? Bangladesh jitse last ball e!! 🔥🔥", hard=False)
N("chatter", "en", "Meeting moved to 3pm, please bring the printouts.", hard=False)
N("family", "bn-Latn", "Ammu aaj kita ransoin? ami khichuri khaitam mon chaise", hard=False)
N("chatter", "bn", "শুভ জন্মদিন দোস্ত! ভালো থাকিস সবসময় 🎂", hard=False)
N("chatter", "en", "Eid Mubarak everyone! 🌙 Miss you all", hard=False)
N("chatter", "bn-Latn", "bhai Batha te ekta valo biryani er dokan er naam bolo to", hard=False)
N("family", "en", "Can you pick up milk and eggs on your way back?", hard=False)
N("chatter", "bn", "কাল অফিস বন্ধ, সবাই মিলে কোথাও ঘুরতে যাবি?", hard=False)
N("chatter", "en", "call me when free. trip photos are up on insta @tanvir.clicks", [("instagram", "@tanvir.clicks")],
  hard=False)


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
    random.Random(122).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev122-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
