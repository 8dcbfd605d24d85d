"""Blind evaluation set dev115 (written 2026-12-06).

120 labelled chat messages / texts (60 flag, 60 ok) in Bengali script, romanised Bengali and English.
The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a whistleblower inside a nursing and care-worker recruitment agency that sends Bangladeshi
nurses and carers to Italy and the UK on fake sponsorships, care-visa fees and debts, with workers tied
to one home, writing alongside genuine nurses', students' and families' messages.

Held out from round 17 of issue 15 as its second group (written after the round began, read by
nobody) and scored only in aggregate, at the round's start (fc7c063) and at its end (docs/rules.md,
"Measuring the packs"). Run from the repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev115.jsonl"
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


BTC1 = btc("dev115-btc-1")
TRON1 = tron("dev115-tron-1")
ETH1 = eth("dev115-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
C = "recruitment_deception"
F(C, "bn", "আপু, বলছিল লন্ডনের হাসপাতালে স্টাফ নার্স, মাসে তিন লাখ টাকা। এয়ারপোর্টে নামার পর বলে হাসপাতাল না, "
           "এক বুড়া লোকের বাসায় থাকতে হবে কেয়ারার হিসাবে। স্পন্সর কোম্পানির ঠিকানায় গিয়া দেখি একটা বন্ধ দোকান। এখন কী করবো?")
F(C, "bn", "নার্সিং ডিপ্লোমা না থাকলেও সমস্যা নাই ভাই। সার্টিফিকেট আর এক্সপেরিয়েন্স লেটার আমরা বানায় দিবো, IELTS এর স্কোরও ম্যানেজ হবে। "
           "ইউকে কেয়ার ভিসা ১০০% গ্যারান্টি। ডিটেইলস এর জন্য কল দেন ০১৮১৯-৪৭২৬৩০",
  [("phone", "+8801819472630")])
F(C, "bn", "ভাইয়া মেসেজ দিলো, যে কেয়ার হোমে কাজ দিবে বলছিল ওটার নাকি লাইসেন্সই নাই, হোম অফিস গত মাসে বাতিল করছে। "
           "দালাল বলে চিন্তা নাই অন্য জায়গায় দিয়ে দিবো। তিন মাস হইলো একদিনও কাজ পায় নাই, ঘর ভাড়াও আমরা পাঠাই।")
F(C, "bn-Latn", "bhai CoS ta asol, Home Office er system e uthbe. shudhu interview te bolben apnar 2 bochor care experience ase, "
                "letter amra diye dibo. offer e £11.95 per hour likha thakbe kintu oikhane giye amader sathe alada contract hobe 🙂")
F(C, "bn-Latn", "Apu ami Napoli te aschi 3 saptah. Dalal bolse hospital e OSS er kaj, ekhon dekhi kono kaj nai. je company r nulla osta "
                "diye ashlam oder number +39 081 552 7394 e phone dhore na. Permesso o naki korte parbo na. ki korbo bujhtesi na",
  [("phone", "+390815527394")])
F(C, "bn-Latn", "*Forwarded many times*\n🇬🇧 UK CARE VISA 🇬🇧\nIELTS chara, experience chara!! Sponsor ready, 4 mash e visa hate. "
                "Salary 2.5-3 lakh taka, family niye jete parben. Seat limited ⏳ Ekhoni nok korun 👉 wa.me/447418593027",
  [("whatsapp", "+447418593027")])
F(C, "en", "Sis the job letter says Senior Care Assistant, Birmingham, but Companies House shows the firm was registered 2 months ago "
           "at a house address, 0 employees. The only contact is hr.bhamcarehome@gmail.com. Dalal says don't worry, new branch. "
           "I already paid half. Is this the same thing that happened to Rumana?",
  [("email", "hr.bhamcarehome@gmail.com")])
F(C, "en", "Madam when I come UK they say no job now, sponsor have no client. They tell me find job yourself but my visa only for "
           "this company. Agent in Dhaka said 40 hour per week guarantee. 4 month now I get zero hour.")

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
C = "fees_and_debt"
F(C, "bn", "কেয়ার ভিসার প্যাকেজ মোট ১৮ লাখ। ৮ লাখ এখন দেন, বাকি ১০ লাখ ইউকে গিয়া বেতন থেকে মাসে মাসে কাটা হবে। "
           "৩০০ টাকার স্ট্যাম্পে সই দিতে হবে, আর জমির দলিল আমাদের কাছে জামানত থাকবে।")
F(C, "bn", "আপা পে স্লিপে দেখি প্রতি মাসে ৪০০ পাউন্ড 'ট্রেনিং রিপেমেন্ট' কাটে। বলে তিন বছরের আগে চাকরি ছাড়লে ৮০০০ পাউন্ড দিতে হবে। "
           "অথচ ট্রেনিং বলতে দুইটা অনলাইন ভিডিও দেখাইছে, আর কিছু না।")
F(C, "bn", "বাবা, সুদের টাকা দিতে না পারলে মহাজন বাড়ি দখল নিবে। তোর দালাল তো বলছিল প্রথম মাস থেকেই টাকা পাঠাইতে পারবি। "
           "এখন শুনি ওরা বলে আগে ওদের পাওনা ৬ লাখ শোধ কর, তারপর বেতন।")
F(C, "bn-Latn", "Italy jaowar age shudhu 3 lakh den, file open er jonno. baki 9 lakh oikhane giye kaj kore shodh korben, "
                "prottek mash e 600 euro amader lok niye nibe beton theke. 1 bochor e shesh, tarpor puro beton apnar.")
F(C, "bn-Latn", "Apu amar salary theke rent, transport, uniform, DBS sob katse. last month hate paisi 140 pound. agency bole "
                "'tomar loan ekhono 11 lakh baki'. ami to kono loan nei nai, shudhu oder ekta English kagoj e sign korsilam")
F(C, "en", "Please confirm 2nd instalment received. Remaining £9,500 must be cleared before CoS is assigned, no refund after this stage. "
           "Nurses who can't pay in full can sign the work agreement, we deduct from salary over 24 months. "
           "USDT (ERC20) also accepted: " + ETH1 + " . Questions WhatsApp only +44 7451 208 633",
  [("eth_address", ETH1), ("phone", "+447451208633")])
F(C, "en", "they said flight and visa free, employer pays everything. after I arrived manager gave me a paper, £6,200 'relocation debt' "
           "plus £3,000 if I leave before 2 yrs. I asked is this home office rule, he just laughed")
F(C, "en", "Uncle, Shahana's husband called again. The agent in Sylhet wants another 4 lakh for 'visa extension', otherwise she keeps "
           "working without salary till it's covered. We already sold the cow and her wedding gold.")

# ---- isolation_and_control (bn 2, bn-Latn 3, en 2)
C = "isolation_and_control"
F(C, "bn", "পাসপোর্ট আর BRP কার্ড ম্যানেজার নিজের লকারে রাখছে। বাইরে গেলে ওর ছেলে সাথে যায়। ফোন দেয় শুধু রাতে দশ মিনিট। "
           "এই মেসেজ বাথরুমে বসে লুকায় লিখতেছি, রিপ্লাই দিও না প্লিজ।")
F(C, "bn", "এয়ারপোর্টে কেউ জিজ্ঞেস করলে বলবা ভাইয়ের কাছে বেড়াইতে যাইতেছো, কেয়ার হোমের নাম কাউরে বলবা না। ওখানে গেলে সিম আমরা দিবো, "
           "দেশের নাম্বার বন্ধ রাখবা। বাড়ির লোকের সাথে কথা বলবা আমাদের মাধ্যমে, নিজে থেকে না।")
F(C, "bn-Latn", "amk oder barir niche basement er rum e rakhe. signora er chele bole bahire gele police dhorbe karon amar kagoj nai. "
                "passport oder kache. 5 mash e ekbar o bahire jai nai 😔")
F(C, "bn-Latn", "Apu amader 6 jon ke ek bari te rakhse, Leicester er baire kothao. raat 9 tar por door e tala dey. kar sathe kotha boli "
                "dekhte phone check kore. amar passport number A08365294, kew jiggesh korle please diyo",
  [("bd_passport", "A08365294")])
F(C, "bn-Latn", "Bhaiya 2 mash hoye gelo Nusrat er sathe kotha hoy na. agency bole 'o bhalo ase, duty te phone allowed na'. address dey na. "
                "or Italy r number +39 351 824 6170 bondho, imo te last seen 7 March.",
  [("phone", "+393518246170")])
F(C, "en", "Reminder to all new staff: passports will be held in the office safe for security. Personal phones handed in at start "
           "of shift, returned end of week. Do not talk to agency workers from other homes or 'union' people. No visitors at the house.")
F(C, "en", "They moved us at night to another house in Bradford, no one tell us the address. Owner keep our BRP. I can't call my mother "
           "since 3 weeks, this phone is another carer's, please don't call back on this")

# ---- threats_and_coercion (bn 2, bn-Latn 3, en 3)
C = "threats_and_coercion"
F(C, "bn", "বেশি কথা বললে স্পন্সরশিপ বাতিল কইরা দিবো, ৬০ দিনের মধ্যে দেশে ফেরত যাইতে হবে। তখন ১৮ লাখ টাকা কে দিবে, তোর বাপ? "
           "চুপচাপ কাজ কর।")
F(C, "bn", "তোর বোন যদি ওখানে কোনো অভিযোগ দেয়, গ্রামে তোদের বাড়িতে লোক যাবে। ওর যে ছবিগুলা আমাদের কাছে আছে সেগুলা ফেসবুকে ছাড়ায় দিবো। "
           "ওরে বুঝায় বলিস।")
F(C, "bn-Latn", "tumi jodi Home Office e complain koro tahole tumi illegal hoye jaba, police dhore jail e dibe tarpor deport. "
                "tomar nam blacklist e dibo, r jibone kono desh e jaite parba na. chinta kore dekho")
F(C, "bn-Latn", "apu supervisor aj abar maarse, hater kobji te dag pore gese. bolse 'beshi chalaki korle ei bari theke ber kore dibo, "
                "rastay ghumaba'. kichu bolte pari na, visa to oder nam e")
F(C, "bn-Latn", "Dalal phone e bollo 2 lakh na dile abbu ke check er mamla te fashabe, blank check e abbu sign kora ase oder kache. "
                "15 din somoy dise. oi loker number 01611-382047. ami ekhane Roma te kaj o korte parchi na",
  [("phone", "+8801611382047")])
F(C, "en", "If you talk to that woman from the charity again we will report you absent to the Home Office. You know what happens then. "
           "And your family in Sylhet, people there know us too.")
F(C, "en", "Manager screamed at me and pushed me against the wall in the corridor just because I asked for my payslip. "
           "Said 'you Bangladeshis are lucky to be here, one phone call and you're on a plane'.")
F(C, "en", "Tell your daughter stop crying on the phone and sign the new contract. If she breaks it she pays 12 lakh penalty. "
           "We know the house in Moulvibazar.")

# ---- labour_exploitation (bn 3, bn-Latn 3, en 2)
C = "labour_exploitation"
F(C, "bn", "সকাল ৬টা থেকে রাত ১১টা, সপ্তাহে সাত দিন। দুইজন বেডরিডেন রোগী, রাতেও তিনবার উঠাইতে হয়। কন্ট্রাক্টে লেখা ছিল ৩৯ ঘণ্টা। "
           "চার মাসে একদিনও ছুটি পাই নাই।")
F(C, "bn", "তিন মাসের বেতন বাকি। ম্যাডাম বলে তোমার টাকা আমার কাছে জমা থাকুক, দেশে যাওয়ার সময় একসাথে দিবো। খাবার দেয় দিনে একবার, "
           "বাকিটা দাদুর প্লেটের বাঁচা খাবার।")
F(C, "bn", "আমাদের কোম্পানি আমারে আরেকটা হোমে 'ধার' দিছে। ওখানকার মালিক ঘণ্টার টাকা আমার কোম্পানিরে দেয়, আমি কিছুই পাই না। "
           "এখন শুনতেছি আমারে নাকি অন্য এজেন্সির কাছে বেচে দিবে।")
F(C, "bn-Latn", "Bhai 2 ta sleep-in ek sathe, 48 ghonta tana. sleep-in er jonno dey £40 total. hoist nai, 2 jon ke eka tulte hoy, "
                "komor shesh. bolle bole 'kaj na parle desh e jao'")
F(C, "bn-Latn", "Ami signora r tar bhai duijon ke dekhi, din raat, rat e o 2-3 bar uthte hoy. contract e likha 25 ghonta per week. "
                "Sunday off er kotha, 7 mash e ekta o paini. tar upor pura bari mosha, ranna, kapor sob ami")
F(C, "bn-Latn", "4 mash salary nai. agency bole client payment dey nai. khawar taka nai, food bank theke ana khaitesi. "
                "ar kal theke notun 2 ta home e double shift dite bolse, na korle accommodation theke ber")
F(C, "en", "Did 84 hours this week, payslip shows 37.5. They make us sign the timesheet blank. Travel between clients not paid, "
           "I walk 40 min in the rain between visits and they cut it as 'break'.")
F(C, "en", "Rota next week: Shirin, Mou, Tania – 7 nights each 8pm-8am, then day cover at Oakfield 9-3. No days off till new staff "
           "land (maybe Feb). Anyone complaining gets moved to the Kent house.")

# ---- minors (bn 3, bn-Latn 2, en 2)
C = "minors"
F(C, "bn", "মেয়ের বয়স ১৬, চিন্তা কইরেন না। জন্ম নিবন্ধন নতুন কইরা দিছি ২২ বছর দেখায়া, নতুন এনআইডি ৪৬১৫২৮৩৭৯০ ও হয়ে গেছে। "
           "ইতালিতে বাসার কাজ আর বুড়া মানুষ দেখাশোনা। বাকিটা আমরা দেখবো।",
  [("bd_nid", "4615283790")])
F(C, "bn", "ভাবী, সুমির বিয়েটা দিয়া দেন লন্ডনের ছেলের সাথে। বয়স ১৫ তো কী হইছে, কাবিনে ১৮ লেখায় দিবো। ডিপেন্ডেন্ট ভিসায় চইলা যাবে, "
           "ওখানে ছেলের মায়ের সেবা যত্ন করবে, আলাদা কেয়ারার রাখা লাগবে না।")
F(C, "bn", "গ্রামের স্কুলের ক্লাস এইট নাইনের মেয়ে লাগবে, 'স্টুডেন্ট কেয়ারার' হিসাবে যাবে। পাসপোর্ট করার সময় বয়স বাড়াইতে হবে, "
           "ওইটা আমাদের লোক করবে। মেয়ে প্রতি ২ লাখ এডভান্স।")
F(C, "bn-Latn", "Apu, ami ashole 17, passport e 20 deya. ekhane barir sob kaj r dadu ke dekha. school e jaite chaisilam, "
                "madam bole tumi ekhane porte ashcho na, kaj korte ashcho")
F(C, "bn-Latn", "oder choto meye ta 14, take o pathay dao. UK te cousin er barite baccha dekha r nanir care, pocket money dibe. "
                "student visa lagbe na, visit visa te jabe, ar fire ashbe na, oikhanei thakbe")
F(C, "en", "Birth cert for Rina done, DOB changed to 2003. Don't tell her real age at the medical, she looks young, tell her wear "
           "saree and no school bag at the TB test clinic.")
F(C, "en", "The family in Milan want a girl 13-15 to live in, look after their kids and the grandmother. They say young ones are "
           "easier, don't ask for days off. We can send her with an 'aunt' on family reunion papers.")

# ---- sexual_exploitation (bn 2, bn-Latn 2, en 3)
C = "sexual_exploitation"
F(C, "bn", "কেয়ারের কাজ বইলা আনছিল, এখন রাতে হোটেলে 'প্রাইভেট কেয়ার' এর জন্য পাঠায়। না গেলে বলে দেনার টাকা শোধ হবে কেমনে। "
           "আমি আর পারতেছি না আপা।")
F(C, "bn", "নতুন দুইটা নার্স আসছে, ছবি দিলাম। বয়স কম, দেখতে ভালো। স্পেশাল ক্লায়েন্টদের জন্য 'হোম ভিজিট' ঘণ্টা ১৫০ পাউন্ড, সারারাত ৬০০। "
           "বুকিং শুধু টেলিগ্রামে @carehome_vip_uk",
  [("telegram", "@carehome_vip_uk")])
F(C, "bn-Latn", "Milan e spa therapist er kaj bole niye ashche, ekhon massage parlour, customer ra ja chay tai korte hoy. "
                "passport madam er kache. ekdin na korle khabar dey na")
F(C, "bn-Latn", "owner er bhai raat e room e ashe. na bolle bole agency ke phone kore bolbe ami kaj parina, visa cancel. "
                "amra 3 jon e chup kore thaki 😢")
F(C, "en", "New girls available 🌸 Bangladeshi nurses, 21-24, clean, little English. Incall Ilford or outcall. "
           "DM on insta @ilford.nurse.care only, no calls.",
  [("instagram", "@ilford.nurse.care")])
F(C, "en", "Boss says the client pays extra if the carer 'stays' the night with him. He said I have to do it this weekend or I lose "
           "my hours and he'll tell Dhaka I ran away. Sister what do I do")
F(C, "en", "Video calls with 'donors' every night from the staff room, camera on, do whatever they type. Half goes to Rafiq bhai to "
           "cut the loan. He says it's only online so not a crime.")

# ---- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
C = "payments_and_proceeds"
F(C, "bn", "টাকা এক নাম্বারে পাঠাবেন না। পাঁচটা বিকাশ নাম্বারে ভাগ করে দেন, একটাতে ২৫ হাজারের বেশি না। প্রথমটা ০১৭৩৮৫৬২৯৪১। "
           "পাঠাইয়া TrxID এর স্ক্রিনশট দিবেন, অফিসের নাম কোথাও লিখবেন না।",
  [("phone", "+8801738562941")])
F(C, "bn", "মেয়ের পাসপোর্ট ফেরত চাইলে ২ লাখ টাকা নগদে পাঠান ০১৯৫৫-৩৮২৭১৬ নাম্বারে। টাকা না আসা পর্যন্ত ও ওই বাসা থেকে বের হবে না।",
  [("phone", "+8801955382716")])
F(C, "bn-Latn", "Roma te Torpignattara r oi Bangla dokane 3000 euro jama dile Dhaka te oi din e 3.9 lakh pabe, rate bhalo. "
                "oikhan theke agency r partner ke dibo. bank e dile dhora khaba")
F(C, "bn-Latn", "Bhai Nagad e 45000 gelo, TxnID 7KQ9X2MB. baki 1.5 lakh kalke. CoS kobe ashbe? Rakib bhai bolse taka na dile "
                "file pending e thakbe",
  [("mfs_transaction", "7KQ9X2MB")])
F(C, "bn-Latn", "sponsor er 12000 pound cash e hobe na, USDT pathan TRC20 te. address: " + TRON1 + " . pathanor por screenshot "
                "Rakib bhai ke diben, company r account e na",
  [("tron_address", TRON1)])
F(C, "en", "Received bKash TrxID BFK82JQ4ZX – 50,000 from Rehana's brother as 'processing fee'. Remaining 1,50,000 before she flies. "
           "Tell them send to Boss's personal number, not the office one.",
  [("mfs_transaction", "BFK82JQ4ZX")])
F(C, "en", "Leicester batch: each family pays 1.2 lakh monthly by bKash to Faruk until the debt is cleared, Faruk sends GBP through "
           "hawala to Arif in Whitechapel. Keep it off the company books. Big amounts BTC only: " + BTC1,
  [("btc_address", BTC1)])

# ================================================================ OK
# ---- news
N("news", "bn", "যুক্তরাজ্যে কেয়ার ভিসায় পাঠানোর নামে প্রতারণা: বনানী থেকে রিক্রুটিং এজেন্সির মালিকসহ তিনজন গ্রেপ্তার। সিআইডি জানায়, "
                "ভুয়া স্পন্সরশিপ সার্টিফিকেট দেখিয়ে জনপ্রতি ১৫–২০ লাখ টাকা নেওয়া হতো।")
N("news", "bn", "ইতালির ডিক্রেতো ফ্লুসি কোটায় ভুয়া নুলা অস্তার অভিযোগ: ঢাকার ইতালীয় দূতাবাস কাজের ভিসার আবেদন যাচাই আরও কঠোর করেছে। "
                "— অনলাইন ডেস্ক")
N("news", "bn", "মানবপাচার মামলায় নারায়ণগঞ্জের এক দালালের ১০ বছরের কারাদণ্ড। ইতালিতে নার্সের চাকরির কথা বলে তিন নারীকে দুবাইয়ে "
                "আটকে রাখার অভিযোগ প্রমাণিত হয়েছে বলে আদালত জানিয়েছে।")
N("news", "bn-Latn", "khobor dekhlam, UK Home Office 2024 theke onek care company r sponsor licence cancel korse, onek Bangladeshi carer "
                     "er visa jhulai ase. onekei bolse tader theke illegal fee nisilo. dhakar agency gulao ekhon tadanto hobe naki")
N("news", "bn-Latn", "BBC Bangla r report ta dekhsen? kivabe dalal ra care worker der theke 20 lakh porjonto nisse r UK giye kaj nai. "
                     "chachato bhai ke link ta pathaisi, o to next month e apply korbe bolsilo")
N("news", "en", "UK: Care home director jailed for modern slavery offences after keeping Indian and Bangladeshi carers in debt "
                "bondage; court heard workers were charged up to £14,000 for certificates of sponsorship.")
N("news", "en", "Italian Carabinieri dismantle network selling work permits to Bangladeshi nationals in Campania. 23 suspects; fake "
                "farm and care-sector employers were used to obtain nulla osta. (ANSA, translated)")

# ---- awareness
N("awareness", "bn", "সতর্কতা: যুক্তরাজ্যের কেয়ার ভিসার জন্য স্পন্সরশিপ সার্টিফিকেট (CoS) কিনতে হয় না। কোনো নিয়োগকর্তা বা এজেন্ট CoS-এর "
                     "জন্য টাকা চাইলে সেটা বেআইনি। নিজের পাসপোর্ট কারো কাছে জমা রাখবেন না।")
N("awareness", "bn-Latn", "⚠️ Share koren ⚠️ Italy jawar age nulla osta asol kina Prefettura theke check koren. dalal er kothay "
                          "10-15 lakh diben na. kono malik apnar passport rakhte parbe na, eta oporadh.")
N("awareness", "en", "If your employer in the UK takes your passport or BRP, stops you leaving, or says you owe money for your visa, "
                     "that is not normal. Modern Slavery Helpline 08000 121 700, free and confidential, interpreters available.",
  [("phone", "+448000121700")])
N("awareness", "bn", "মেয়েকে বিদেশে পাঠানোর আগে জেনে নিন: ১৮ বছরের কম বয়সে কোনো কাজের ভিসা বৈধ নয়। বয়স বাড়িয়ে পাসপোর্ট করার প্রস্তাব "
                     "দিলে সেই দালাল থেকে দূরে থাকুন। — নারী পাচার প্রতিরোধ কমিটি, সিরাজগঞ্জ")
N("awareness", "en", "Nurses: NMC registration, the OSCE and IELTS/OET are paid by YOU directly to the official bodies, never into an "
                     "agent's bKash. Always ask for receipts. A real hospital will never ask you to keep your contract secret.")
N("awareness", "bn-Latn", "Bon ra, 'spa', 'parlour', 'hotel reception' er kaj bole Italy r Dubai te meye neowar ghotona barse. "
                          "emon offer ashle age amader sathe kotha bolen: wa.me/8801713046218",
  [("whatsapp", "+8801713046218")])
N("awareness", "bn", "বিকাশ বা নগদে কাউকে 'ভিসা প্রসেসিং' এর টাকা পাঠানোর আগে ভাবুন। লাইসেন্সধারী এজেন্সি ব্যাংকের মাধ্যমে রসিদ দিয়ে টাকা "
                     "নেয়। প্রতারিত হলে নিকটস্থ থানায় যোগাযোগ করুন।")

# ---- official
N("official", "en", "BMET NOTICE: Registration for Italy care-sector workers under Decreto Flussi 2026 is open on the Ami Probashi app. "
                    "Government fee Tk 200 for registration only. No agent or intermediary is authorised to collect money. "
                    "Queries: +880 9678 112233",
  [("phone", "+8809678112233")])
N("official", "bn", "ব্রিটিশ হাইকমিশন, ঢাকা: ভিসা আবেদন ফি শুধুমাত্র gov.uk ওয়েবসাইটে অনলাইনে পরিশোধযোগ্য। কেয়ার ওয়ার্কার ভিসার জন্য "
                    "স্পন্সর বা এজেন্টকে কোনো অর্থ দিতে হয় না। প্রতারণার তথ্য জানাতে: dhaka.visafraud@fcdo.gov.uk",
  [("email", "dhaka.visafraud@fcdo.gov.uk")])
N("official", "bn-Latn", "Sonar Bangla Overseas (RL-1423): Italy care-worker batch er jonno BMET nirdharito khoroch Tk 1,45,000 "
                         "(biman vara shoho). taka shudhu company r bank account e, rosid deya hobe. passport apnar kache thakbe, "
                         "visa stamping er din jama niye oi din e ferot.")
N("official", "en", "Embassy of Italy, Dhaka – Notice: appointments for work visas (lavoro subordinato) require the original nulla osta "
                    "verified by the Prefettura. The Embassy does not work with any agents. Visa fee EUR 116, payable at the VFS centre.")
N("official", "bn", "বাংলাদেশ নার্সিং ও মিডওয়াইফারি কাউন্সিল: বিদেশে চাকরির জন্য ভেরিফিকেশন সার্টিফিকেটের আবেদন অনলাইনে। ফি ১,৫০০ টাকা "
                    "সোনালী ব্যাংকে জমা দিন। কোনো দালালের মাধ্যমে আবেদন করবেন না।")
N("official", "en", "Oakwood Care Ltd (Home Office licensed sponsor). Offer: Care Assistant, 37.5 hrs/wk, £12.60/hr, overtime at time "
                    "and a half. We do NOT charge for CoS, visa or flights. Your passport stays with you. "
                    "hr@oakwoodcare.co.uk / +44 1162 490 318",
  [("email", "hr@oakwoodcare.co.uk"), ("phone", "+441162490318")])

# ---- receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01812374659. Ref: Ammu. Fee Tk 0.00. Balance Tk 31,245.50. "
                   "TrxID BGT4M8KX2P at 06/12/2026 14:22",
  [("phone", "+8801812374659"), ("mfs_transaction", "BGT4M8KX2P")])
N("receipt", "en", "Cash Out Tk 15,000.00 to Agent 01923864571 successful. Fee Tk 277.50. Balance Tk 1,240.00. "
                   "TrxID BGM2P7ZQ4N at 03/12/2026 19:05",
  [("phone", "+8801923864571"), ("mfs_transaction", "BGM2P7ZQ4N")])
N("receipt", "bn", "আপনার নগদ অ্যাকাউন্টে ৳১০,০০০ জমা হয়েছে। প্রেরক: ০১৬৮২৯৩৪৫১৭। TxnID: 74MXQ3TA। ব্যালেন্স: ৳১২,৫৮০।",
  [("phone", "+8801682934517"), ("mfs_transaction", "74MXQ3TA")])
N("receipt", "en", "Dear Customer, Tk 3,20,000.00 has been debited from A/C **4521 for TT to UNIVERSITY OF HERTFORDSHIRE "
                   "(tuition fee, Sept intake). Sonali Bank PLC.")
N("receipt", "en", "Remittance received: EUR 650 sent by MD SHAHIN from Roma, BDT 84,175.00 credited to your bKash account incl. "
                   "2.5% govt incentive. TrxID BHR5N2KW8T.",
  [("mfs_transaction", "BHR5N2KW8T")])
N("receipt", "bn-Latn", "Ammu dekho pathaisi 👇\n'Tk 5,000 sent to 01715948263. TxnId: 9K4R72XB. Balance Tk 2,310.'\n"
                        "IELTS mock test er fee, coaching er account e.",
  [("phone", "+8801715948263"), ("mfs_transaction", "9K4R72XB")])

# ---- family
N("family", "bn", "মা, পাসপোর্টটা আলমারির উপরের তাকে রাখছি, নীল ফাইলের ভিতরে। নম্বর লাগলে দেখে নিও: A07214583। সোমবার ভিসা সেন্টারে যাবো।",
  [("bd_passport", "A07214583")])
N("family", "bn-Latn", "Abbu UK r tuition er 2nd installment ta ki bank e pathaiso? loan er kagoj gula ami sign kore dibo, "
                       "tension koiro na, part time pele monthly shodh korte parbo. r tomar NID ta 2694817350 eta na? form e lagbe",
  [("bd_nid", "2694817350")])
N("family", "bn", "বড় আপা লন্ডনে এনএইচএসে নার্সের চাকরি পাইছে। প্রথম মাসের বেতন দিয়া আম্মার চশমা আর আব্বার ওষুধ কিনে পাঠাইছে। "
                  "কাল ভিডিও কলে হাসপাতালের ইউনিফর্ম দেখাইলো 😍")
N("family", "en", "Bhaiya did you keep my old passport? New e-passport came but VFS wants the old one too. Number EB0458213 I think, "
                  "can you check the photo on your phone?",
  [("bd_passport", "EB0458213")])
N("family", "bn-Latn", "meye ke ekhon Italy pathabo na, dalal der kotha shune bhoy lage. age ekhane nursing ta shesh koruk, 18 hok, "
                       "tarpor BMET diye sorkari vabe gele dekha jabe")
N("family", "bn", "তোর খালুর কাছ থেকে ৩ লাখ টাকা ধার নিছি তোর ইতালির খরচের জন্য। বেতন পাইলে আস্তে আস্তে দিস, খালু বলছে কোনো তাড়া নাই।")
N("family", "en", "Ammu relax, I'm in the hostel. Phone was on charge. Manager here is nice, gave me my own locker for the passport, "
                  "I keep the key. Talk after shift ❤️")

# ---- worker_content
N("worker_content", "bn-Latn", "Alhamdulillah 1 bochor holo UK te. Band 5 nurse, NHS e. overtime korle extra pay, rota age thekei dey. "
                               "Eid e 3 din chuti pelam, Whitechapel e bondhura mile biryani 🤤")
N("worker_content", "bn", "ইতালির সিনিওরা খুব ভালো মানুষ। রবিবার ছুটি, তখন মসজিদে যাই আর বাংলা দোকানে বাজার করি। বেতন প্রতি মাসের "
                          "১ তারিখে ব্যাংকে দেয়, কন্ট্রাক্ট মতোই।")
N("worker_content", "en", "Finally got my NMC PIN today!!! 3 OSCE attempts, so many nights studying. The Trust paid for everything, "
                          "even the flight. Thank you everyone who prayed for me 🙏 #NHSnurse")
N("worker_content", "bn-Latn", "night shift e 12 ghonta, but week e 3 ta shift, 36 hour. baki 4 din free. home manager nije amake "
                               "driving lesson er info dise. ei job ta kono din charbo na inshaAllah")
N("worker_content", "en", "Carers group: anyone in Leeds want to share a flat from Jan? Moving out of the company house, my sponsor "
                          "said totally my choice. Room £450 incl bills. Text me 07458 213 906",
  [("phone", "+447458213906")])
N("worker_content", "bn", "আলহামদুলিল্লাহ, স্পন্সর বদলাইলাম। নতুন কেয়ার হোম নিজেরাই নতুন CoS দিলো, এক টাকাও লাগে নাই। আগের জায়গায় "
                          "ঘণ্টা কম দিতো, এখানে পুরা ৩৭.৫ ঘণ্টা। পাসপোর্ট, BRP সব আমার কাছে।")
N("worker_content", "en", "Payday! £2,140 after tax. Sent 80k home through bKash remit, kept the rest for rent and Mou's IELTS. "
                          "Never thought I'd say it but I like Sheffield rain now ☔")

# ---- joke
N("joke", "bn-Latn", "amar ammu amar passport almari te tala diye rakhse jate ami Canada palaite na pari 😂😂 "
                     "ei bari te ashol jailer holo ammu")
N("joke", "bn", "বউ বলে সংসারটাই একটা কেয়ার হোম, আর আমি নাকি ২৪ ঘণ্টার বেতন ছাড়া কেয়ারার 😅 ওভারটাইম তো দূরের কথা, চা-ও নিজে বানাই।")
N("joke", "en", "My landlord takes 60% of my salary, my phone is monitored by the family WhatsApp group and I'm not allowed out after "
                "10pm. Am I a care worker abroad or just a 24 year old living with my parents 😭")
N("joke", "bn-Latn", "IELTS er fee dite dite amar to debt bondage hoye gelo bhai 🤣 4 bar dilam, ekhon British Council ke EMI te "
                     "shodh korte hobe")
N("joke", "en", "Told ammu I'm going to the UK for care work. She said good, start by caring for your own room, it's been a "
                "hazardous workplace since 2019 😂")

# ---- chatter
N("chatter", "bn-Latn", "OSCE er mock kobe? ami skills station e CPR r medication round niye bhoy pai. tor kache Oxford handbook "
                        "er pdf ase?")
N("chatter", "bn", "কেউ কি জানেন ইতালির নুলা অস্তা আসতে কতদিন লাগে? আমার কাজিন সরকারিভাবে আবেদন করছে, প্রিফেত্তুরা থেকে মেইলও আসছে।")
N("chatter", "en", "Guys which is better for care visa, Scotland or Midlands? Heard Scottish homes pay real living wage. "
                   "Also anyone know a good Bangla grocery near Dundee?")
N("chatter", "bn-Latn", "follow koren amar cooking page ta @nurse_rannaghor 😄 night shift er por 15 minute e khichuri, recipe dichi",
  [("instagram", "@nurse_rannaghor")])
N("chatter", "en", "Does anyone know if you can change sponsor while your visa extension is pending? Asking for a friend who got a "
                   "better offer in Cardiff.")

# ---- easy negatives
N("chatter", "bn", "আজ বিকালে খেলা আছে, সাকিবের ব্যাটিং দেখবো। তুই আসবি?", hard=False)
N("family", "bn-Latn", "Ammu ami 7 tar moddhe basay ashbo, bhat rekho. dim vaji korle valo hoy", hard=False)
N("chatter", "en", "Meeting moved to 3pm tomorrow, room 204. Please bring the printed slides.", hard=False)
N("family", "bn", "নানুর শরীর এখন একটু ভালো। ডাক্তার বলছে আরো এক সপ্তাহ হাসপাতালে থাকতে হবে।", hard=False)
N("chatter", "bn-Latn", "Bhai kal Bashundhara jabi? notun ekta kacchi r dokan khulse", hard=False)
N("receipt", "en", "Your recharge of Tk 199 was successful. Validity 30 days. Thank you for staying with us.", hard=False)
N("chatter", "bn", "খুব বৃষ্টি হইতেছে, ছাতা নিয়া বের হইস।", hard=False)
N("family", "en", "Happy birthday chotto! Cake is in the fridge, don't finish it before abbu comes home 🎂", hard=False)
N("chatter", "bn-Latn", "class er note gula group e dia dis please, kal absent chilam", hard=False)
N("chatter", "en", "Can you send me the wifi password again? Router restarted.", hard=False)


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
    random.Random(115).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev115-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
