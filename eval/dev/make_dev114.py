"""Blind evaluation set dev114 (120 labelled chat messages / texts), written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only the
brief and sections 1 and 2.1 of the indicator research notes.
Persona: a team lead at a Dhaka IT outsourcing firm who hears young staff and friends tell of
'online jobs' (task scams, crypto deposits, video-chat work, Dubai/Cambodia offers) alongside
genuine freelancers' and colleagues' talk.

Held out from round 17 of issue 15 as its second group (written after the round began, read by
nobody) and scored only in aggregate, at the round's start (fc7c063) and at its end (docs/rules.md,
"Measuring the packs"). Run from the repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev114.jsonl"
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


BTC1 = btc("dev114-btc-1")
TRON1 = tron("dev114-tron-1")
TRON2 = tron("dev114-tron-2")
ETH1 = eth("dev114-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই, ওরা বলছিল দুবাইয়ে হোটেলে রিসেপশনের কাজ, বেতন ৮০ হাজার। এখানে আইসা দেখি শহরের বাইরে উটের খামার, "
  "আর ভিসাটাও নাকি ভিজিট ভিসা, কাজের না। এখন কই যাই বুঝতেছি না।")
F("recruitment_deception", "bn",
  "কম্বোডিয়ায় কাস্টমার সার্ভিসের পোস্ট, মাসে ১২০০ ডলার। অভিজ্ঞতা লাগবে না, শুধু চ্যাট করা। থাকা খাওয়া আর "
  "বিমান টিকিট কোম্পানির। ইন্টারভিউ লাগবে না, আজকেই পাসপোর্টের ছবি পাঠান, সিট মাত্র ৫টা বাকি।")
F("recruitment_deception", "bn",
  "মালয়েশিয়ায় ফ্যাক্টরির কাজ বলে নিয়া গেছে, বেতন ১৫০০ রিংগিত। এখন বলে কন্ট্রাক্ট নাকি অন্য কোম্পানির, বেতন ৮০০, "
  "কাজ কনস্ট্রাকশনে। ঢাকায় যে কাগজে সই করাইছিল ওইটা পুরা মালয় ভাষায় লেখা ছিল।")
F("recruitment_deception", "bn-Latn",
  "bro amar cousin ke bolse Dubai te data entry job, AC office e boshe kaj. giye dekhe oi company er kono office e nai. "
  "visa chilo visit, ekhon boltese 'kaj shuru koro, pore work permit kore dibo'. 4 mash hoye gelo")
F("recruitment_deception", "bn-Latn",
  "Thailand e online marketing job, salary 1000$ + commission, room khawa free, ticket amra dibo. IELTS lagbe na bhai, "
  "just passport r 2 copy chobi. Interview shudhu WhatsApp e 👉 wa.me/855969123456",
  [("whatsapp", "+855969123456")])
F("recruitment_deception", "bn-Latn",
  "Saudi free visa ache, 3 bochor er iqama, kaj nijer moto khuje nite parben, kafil kichu bolbe na. total 4.5 lakh, "
  "half age. details er jonno call den +966 55 123 4567 (Jamal bhai)",
  [("phone", "+966551234567")])
F("recruitment_deception", "en",
  "They told my sister it was a nursing assistant job in Jordan with a proper contract. When she landed the agent took "
  "her straight to a house. It's housework, 7 kids, and the 'contract' is one page in Arabic she can't read.")
F("recruitment_deception", "en",
  "Dear candidate, you are selected for Customer Support post in Phnom Penh. Salary USD 1200/month, free accommodation, "
  "free air ticket. No experience need, work is only chat with client using our script. Send passport scan to "
  "hr.globalsupport88@gmail.com today, joining within 7 days.",
  [("email", "hr.globalsupport88@gmail.com")])

# ---- fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "সৌদির ভিসা ৫ লাখ, ৩ লাখ এখনই দিতে হবে, বাকিটা ওখানে গিয়া বেতন থেকে কাটবে। রশিদ দেওয়া যাবে না ভাই, এটা "
  "ভেতরের ব্যাপার। টাকা বিকাশ করবেন ০১৬২৩৪৪৫৫৬৬ এই নাম্বারে।",
  [("phone", "+8801623445566")])
F("fees_and_debt", "bn",
  "আম্মা, মালিক বলছে আমার টিকিট আর ভিসার খরচ ২ লাখ ৪০ হাজার, এটা শোধ না হওয়া পর্যন্ত বেতনের অর্ধেক কাইটা রাখবে। "
  "এক বছর তো হইয়া গেল, এখনো বলে অনেক বাকি।")
F("fees_and_debt", "bn-Latn",
  "Malaysia r calling ashche. kagoje sorkari khoroch 79 hajar likha thakbe, kintu amake diben 6 lakh. 1 lakh advance kal "
  "er moddhe, bKash 01812 907 553, na dile list theke naam kete dibo",
  [("phone", "+8801812907553")])
F("fees_and_debt", "bn-Latn",
  "ora bolse ami naki company ke 3000 dollar debt, ticket visa khawa sob mila. target puron na korle debt aro bare. "
  "ei taka shodh na kora porjonto chere dibe na bolse")
F("fees_and_debt", "bn-Latn",
  "mama dalal ke 4 lakh dise jomi bondhok rekhe. Oman e giye 2 mash kono kaj nai, ekhon dalal ar 80 hajar chay "
  "'new company te transfer' er jonno. na dile naki ferot pathay dibe")
F("fees_and_debt", "en",
  "Kalam bhai said the processing is 3.8 lakh but the BMET receipt will show only the govt amount. If you ask for a "
  "receipt for the rest he will cancel your slot. I already sold the cow and took 1.5 lakh from the samity at interest.")
F("fees_and_debt", "en",
  "Boss here says we each owe 1,800 ringgit for agent, hostel and permit, so they cut 400 from every salary. Nobody "
  "has seen a paper with the total and every month the balance is somehow the same.")

# ---- isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "পাসপোর্ট আর মোবাইল দুইটাই কোম্পানি রাইখা দিছে। সপ্তাহে একদিন ১০ মিনিট ফোন দেয়, পাশে লোক দাঁড়াইয়া থাকে। "
  "এই নাম্বারটা (+৯৬৬ ৫৭ ৪৪৫ ২১৯০) এক ভাইয়ের, এখানে নিজে থেকে মেসেজ দিও না।",
  [("phone", "+966574452190")])
F("isolation_and_control", "bn",
  "কম্পাউন্ডের গেটে বন্দুক নিয়া গার্ড, দেয়ালের উপর কাঁটাতার। বাইরে যাওয়ার কথা বললেই বলে আগে টাকা শোধ করো। "
  "তিন মাসে একবারও রাস্তা দেখি নাই।")
F("isolation_and_control", "bn",
  "বাড়িতে ফোন দিলে বলবি হোটেলে কাজ করিস, ভালো আছিস, বেতন ঠিকমতো পাস। অন্য কিছু কইলে ফোন আর হাতে পাবি না।")
F("isolation_and_control", "bn-Latn",
  "madam er bashay 8 mash holo, ekbar o bahire jaite dey nai. kaje gele darja baire theke lock kore jay. amar phone ta "
  "prothom din e nia nise, eta lukaye driver bhai er phone theke likhchi")
F("isolation_and_control", "bn-Latn",
  "airport e namar por ekta lok passport niye nise, bolse 'safety r jonno'. 5 mash hoye gese ferot dey na, iqama o "
  "banay nai. bahire gele police dhorbe tai room theke ber hoi na")
F("isolation_and_control", "bn-Latn",
  "immigration e jiggesh korle bolbi tourist, khalato bhai er bari jachhi. kaj er kotha ekdom bolbi na. r ei chat "
  "ta delete kore dibi ekhoni, group eo kichu likhbi na")
F("isolation_and_control", "en",
  "Don't call this number again. They check our phones every night. If you need me message on IMO after 1am, I delete "
  "everything after reading.")
F("isolation_and_control", "en",
  "We are about 40 in one building in Sihanoukville, doors open only at shift change. The team leader keeps all our "
  "passports in his office safe and says we get them back 'when contract finish'.")

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "তোর ভিডিও আমার কাছে আছে। কালকে কাজে না আসলে তোর বাপের ফেসবুকে পাঠায় দিমু, গ্রামের সবাই দেখবে।")
F("threats_and_coercion", "bn",
  "পালাইতে চাইলে পুলিশে দিমু, বলমু চুরি কইরা ভাগছস। এই দেশে তোর কোনো কাগজ নাই, জেলে পইচা মরবি।")
F("threats_and_coercion", "bn",
  "দালাল আজকে বাড়িতে আসছিল। বলে রাশেদ যদি ওখানে কোম্পানি ছাড়ে তাহলে আমাদের জমি লেখাইয়া নিবে, আর ছোটটার "
  "ক্ষতি করবে। আমি খুব ভয় পাইতেছি বাবা।")
F("threats_and_coercion", "bn-Latn",
  "je target puron kore na take electric shock dey. kal Sohel bhai ke shobar shamne pitaise, nak diye rokto porchilo. "
  "ami bhoye kichu boli nai")
F("threats_and_coercion", "bn-Latn",
  "kafil bolse passport chaile huroob kore dibe, tarpor police dhorle deport ar jail. tai chup kore kaj kortesi, "
  "bari te kichu bolo na")
F("threats_and_coercion", "en",
  "He says if I block him he'll send the screenshots from our video calls to my office group and to my husband. "
  "He wants me online again tonight for his 'clients'.")
F("threats_and_coercion", "en",
  "Supervisor said anyone who complains will be sold to another company across the river in Myanmar where it's worse. "
  "Yesterday two guys from the Bangladesh team were taken away in a van and nobody has seen them.")

# ---- labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। ৫ মাস বেতন দেয় নাই, জিগাইলে বলে কোম্পানির লস চলতেছে।")
F("labour_exploitation", "bn",
  "দিনে একবার খাবার দেয়, শুকনা রুটি আর ডাল। ১২ জন এক রুমে ঘুমাই। ৪৮ ডিগ্রি গরমে ছাদে ঢালাইয়ের কাজ, "
  "হেলমেট বেল্ট কিছুই দেয় না।")
F("labour_exploitation", "bn-Latn",
  "ek bochor kaj korlam, salary dise 3 mash er. baki ta 'company er kache jama' ase bole. chuti chaile bole age "
  "2 bochor shesh koro tarpor dekha jabe")
F("labour_exploitation", "bn-Latn",
  "agerjon amake ar ekta maliker kache dia dise, bolse ami ekhon oder lok, taka diye kinse. notun jaygay salary r "
  "kotha bollei bole 'tor dam to dilam'")
F("labour_exploitation", "bn-Latn",
  "din e 16 ghonta fake ID diye meye sheje American der sathe chat, crypto te invest koranor target. target miss hole "
  "salary kata, ghum 4 ghonta, weekend bole kichu nai")
F("labour_exploitation", "en",
  "Three months no salary, they keep saying wait wait. We work 7 days, 14-15 hours. The chemical in the cleaning tank "
  "burns our hands, no gloves given.")
F("labour_exploitation", "en",
  "Bro I'm being transferred again, 3rd employer since January. Each time the new kafeel 'buys' my papers and says "
  "my salary starts from zero, the old months nobody pays.")

# ---- minors (7: bn 2, bn-Latn 2, en 3)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কি হইছে, পাসপোর্টে ২২ বানায় দিমু। জন্ম নিবন্ধন নতুন করে করাইতে ৮ হাজার লাগবে, চেয়ারম্যান "
  "অফিসে আমার লোক আছে।")
F("minors", "bn",
  "ঢাকার এক বাসায় কাজের জন্য ১০-১১ বছরের মেয়ে লাগবে। থাকা খাওয়া ফ্রি, মাসে ২০০০ টাকা বাবা-মার হাতে দিবো। "
  "স্কুল-টুল চলবে না, সারাদিন বাসায় থাকতে হবে।")
F("minors", "bn-Latn",
  "apnar meye ke biye diye Dubai pathay den, jamai okhane bhalo kaj kore. boyos 15 kono problem na, kabin e 18 "
  "likhe dibo, kazi amader chena")
F("minors", "bn-Latn",
  "tiktok e 15-16 bochorer meyeder 'modeling' er offer dey, pore Jessore diye border par kore niye jay. amader para "
  "theke 2 jon ei vabe gese, ekhon ek jon phone e bole Kolkata te ek flat e atka")
F("minors", "en",
  "Need 5 boys 13-15 for the zari workshop in Old Dhaka, small hands are better for fine work. They stay and eat in "
  "the karkhana, parents get 10,000 advance.")
F("minors", "en",
  "Her NID (19984712345678901) says she was born 1998 but she's actually 16, the broker got it made through someone "
  "at the union parishad. She flies Thursday for a housemaid job in Riyadh.",
  [("bd_nid", "19984712345678901")])
F("minors", "en",
  "video chat app hiring girls 15+ 💗 no face needed first week, earn 30k-50k/month from home. parents don't need to "
  "know. inbox now wa.me/8801556723904",
  [("whatsapp", "+8801556723904")])

# ---- sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "দুবাইয়ে বিউটি পার্লারে কাজ বলে নিয়া গেছে, এখন হোটেলে রাতে 'গেস্টদের' সাথে বসতে বলে। না বললে খাবার দেয় না, "
  "রুমে আটকায় রাখে।")
F("sexual_exploitation", "bn",
  "নতুন দুইজন আসছে, বয়স কম, একদম ফ্রেশ। রুম নম্বর ৩০৪। ফুল নাইট ১৫ হাজার, বুকিং শুধু হোয়াটসঅ্যাপে ০১৮১৯৫৫৩২৪১।",
  [("phone", "+8801819553241")])
F("sexual_exploitation", "bn",
  "আপু, প্রথমে বলছিল শুধু কথা বলা, ভিডিও কলে গল্প। এখন এজেন্সি বলতেছে প্রাইভেট শো না করলে মাসের পেমেন্ট আটকায় "
  "রাখবে, আইডিও বন্ধ করবে। আমি আর পারতেছি না।")
F("sexual_exploitation", "bn-Latn",
  "Oman e 'massage center' e kaj, salary 50k + tips. meyera 20-28 boyos. full body chobi pathan WhatsApp e "
  "wa.me/96891234567, visa ticket amra kori, kono kharcha nai",
  [("whatsapp", "+96891234567")])
F("sexual_exploitation", "bn-Latn",
  "Kolkata te parlour er kaj bole nise, pore ekta flat e atke rakhse. protidin lok ashe, taka ney didi. ami lukiye ek "
  "customer er phone theke ei msg ta dichi, please ammu ke bolo")
F("sexual_exploitation", "bn-Latn",
  "notun BD girls ashse 🌹 Dubai Deira, hotel/flat duitai. boyosh 19-23, Bangla Hindi bole. booking er jonno "
  "@deira_rose_bd e knock den",
  [("telegram", "@deira_rose_bd")])
F("sexual_exploitation", "en",
  "You agreed to host on the app. VIP rooms are part of the job. Gold users already paid for you so you can't leave "
  "the call. 3 refusals = account closed and all your earnings forfeited.")
F("sexual_exploitation", "en",
  "They keep the girls in a flat above the spa in Johor. Customers pay the boss, girls get 20 ringgit a customer if "
  "lucky. The new BD girl cries every night and they don't let her call home.")

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "আপনার ছেলে লিবিয়ায় আমাদের কাছে আছে। ৫ লাখ টাকা বিকাশে পাঠান ০১৯৮৭৬৫৪৩২১ নাম্বারে, ২৫ হাজার করে ভেঙে ভেঙে। "
  "না পাঠাইলে ওর ভিডিও দেখবেন।",
  [("phone", "+8801987654321")])
F("payments_and_proceeds", "bn",
  "ব্যাংকে পাঠাইয়ো না, আমার লোক টাকা দিয়া আসবে। তোমার বেতন থেকে দালালের বাকি ১ লাখ ২০ হাজার আমি হুন্ডিতে কাইটা "
  "রাখমু, বাকিটা তোমার আব্বার হাতে।")
F("payments_and_proceeds", "bn",
  "নগদে ৩ ভাগে পাঠাইছি ভাই, TxnID 7HX2K9QM, 8KD3L0PZ, 9AB4N1RT। এবার ওরে ছাড়তে বলেন, ৩ দিন ধরে কথা বলতে দেয় না।",
  [("mfs_transaction", "7HX2K9QM"), ("mfs_transaction", "8KD3L0PZ"), ("mfs_transaction", "9AB4N1RT")])
F("payments_and_proceeds", "bn-Latn",
  f"Cambodia theke chhele ke chharate 4000 USDT lagbe, TRC20 e ei address e pathate bolse: {TRON1} . bKash diye P2P "
  "te 2500 er moto kinsi, baki 1500 kothay pabo jani na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "dalal er account e Rocket e 45000 dilam, TxnId 2231987645. bollo taka pele kal passport ferot dibe ar room theke "
  "ber hote dibe",
  [("mfs_transaction", "2231987645")])
F("payments_and_proceeds", "bn-Latn",
  "meyeder income shob amar agent number 01712 334 556 e cash in korbi, nijer kache ek taka o rakhbi na. protidin "
  "rat 12 tar age, screenshot group e",
  [("phone", "+8801712334556")])
F("payments_and_proceeds", "en",
  f"Deposit 2,000 USDT to release your file and passport. BTC also ok: {BTC1}. After payment send screenshot, "
  "manager will let you go to the border.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  f"Salary of the 6 Bangladeshi boys comes to my wallet {ETH1}, I convert and pay their families by hundi in taka "
  "after my 30%. Don't use the bank, they ask too many questions.",
  [("eth_address", ETH1)])

# ================================================================ OK (60)

# ---- news (6)
N("news", "bn",
  "কম্বোডিয়ার সাইবার স্ক্যাম কম্পাউন্ডে আটকে থাকা ২২ বাংলাদেশিকে উদ্ধার করে দেশে ফেরত আনা হয়েছে। চক্রটি তাঁদের "
  "পাসপোর্ট জব্দ করে রেখেছিল বলে জানিয়েছে পুলিশ সদর দপ্তর।")
N("news", "bn",
  "মানবপাচার মামলায় রাজধানীর পল্টন থেকে একটি রিক্রুটিং এজেন্সির মালিকসহ তিনজনকে গ্রেপ্তার করেছে র‍্যাব। লিবিয়া হয়ে "
  "ইতালি পাঠানোর কথা বলে মুক্তিপণ আদায়ের অভিযোগ রয়েছে তাঁদের বিরুদ্ধে।")
N("news", "bn-Latn",
  "*Forwarded* Jessore sadar e 3 kishori uddhar, India pachar er age BGB dhoreche. dalal palatok, mamla hoyeche. "
  "(shutro: local news portal)")
N("news", "en",
  "Dhaka, Dec 3 - CID has frozen 41 MFS agent accounts allegedly used to move 'digital hundi' payments linked to a "
  "ring that sent men to Libya, officials said on Tuesday.")
N("news", "en",
  "Malaysian authorities raided a factory hostel in Klang and found 63 Bangladeshi workers whose passports had been "
  "withheld by their employer. The company has been charged under the anti-trafficking act.")
N("news", "bn-Latn",
  "news dekhso? Myanmar border theke 11 jon BD chhele fire ashse, Thailand e 'IT job' er kotha shune gechilo. TV te "
  "ekjon bollo roj 17 ghonta kaj koraito. ministry bolse tader rehab korbe")

# ---- awareness (6)
N("awareness", "bn",
  "বিদেশে যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো দালাল বা অন্য কারো হাতে দেবেন না। চুক্তিপত্র বাংলায় বুঝে নিয়ে সই "
  "করুন। যেকোনো তথ্যের জন্য প্রবাসী সহায়তা কল সেন্টার: ০১৭৮৪৩৩৩৩৩৩",
  [("phone", "+8801784333333")])
N("awareness", "bn-Latn",
  "online e 'ghore boshe income, din e 2000-5000 tk' dekhe Telegram group e join korben na. age deposit chaile "
  "bujhben scam. share koren, apnar chhoto bhai bon der jonno")
N("awareness", "en",
  "⚠️ If a job abroad offers a high salary, free flight and no interview, ask: what exactly is the work, who is the "
  "employer, is the agency licensed by BMET? Check the RL number before paying anything.")
N("awareness", "en",
  "Sisters: no genuine employer asks you to do 'private video shows' to get paid. If someone threatens to leak your "
  "photos, don't pay. Report to Police Cyber Support for Women on Facebook or call 999.")
N("awareness", "bn",
  "মেয়ের বয়স ১৮ না হলে বিয়ে দেওয়া আইনত দণ্ডনীয়। জন্ম নিবন্ধনে বয়স বাড়িয়ে বিদেশে পাঠানোর প্রস্তাব এলে ১০৯ নম্বরে "
  "ফোন করুন।")
N("awareness", "bn-Latn",
  "Cambodia/Myanmar/Laos e 'customer service' ba 'typing job' er offer pele shabdhan. WhatsApp e interview, ticket "
  "free, salary 1000$+ - eigulo scam compound er lokkhon. age BMET e agency check korun")

# ---- official (6)
N("official", "bn",
  "নিয়োগ বিজ্ঞপ্তি (আরএল-১১৮৭): মালয়েশিয়ায় প্ল্যান্টেশন শ্রমিক। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, ব্যাংকের "
  "মাধ্যমে পরিশোধযোগ্য, রশিদ প্রদান করা হবে। বিএমইটি নিবন্ধন ও স্মার্ট কার্ড বাধ্যতামূলক। যোগাযোগ: ০১৭১১৫০২৩৮৮",
  [("phone", "+8801711502388")])
N("official", "en",
  "Embassy of Bangladesh, Riyadh: workers whose iqama has expired or who have been reported absent may contact the "
  "Labour Wing for assistance. Do not hand your passport to any third party. Email: labourwing.riyadh@mofa.gov.bd",
  [("email", "labourwing.riyadh@mofa.gov.bd")])
N("official", "bn-Latn",
  "Priyo probashi, apnar Saudi hospital cleaner visa er medical 12/12 tarikh, Gulshan medical center e. kono dalal ke "
  "taka deben na, shob payment office e receipt shoho. Hotline 01819 400 221",
  [("phone", "+8801819400221")])
N("official", "en",
  "Notice: Candidates selected for Korea EPS pay fees only at the BOESL office. BOESL never collects money through "
  "bKash/Nagad or any individual. Candidate passport no. EB0456789: report on 14 Dec with original passport.",
  [("bd_passport", "EB0456789")])
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: বিদেশে কর্মরত অবস্থায় মৃত কর্মীর পরিবার ৩ লাখ টাকা আর্থিক অনুদান "
  "পাবেন। জেলা কর্মসংস্থান ও জনশক্তি অফিসে আবেদন করুন।")
N("official", "en",
  "HR, Nexa Soft Ltd: Offer for Senior QA Engineer (Dubai office). Salary AED 14,000, employment visa, flight and "
  "1 month hotel paid by the company. There is NO fee at any stage. Contract attached, review it before signing.")

# ---- receipt (6 hard)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01713458920. Ref dubai visa baki. Fee Tk 0.00. Balance Tk 31,210.44. "
  "TrxID BKL4M7ZQ2R at 02/12/2026 19:41",
  [("phone", "+8801713458920"), ("mfs_transaction", "BKL4M7ZQ2R")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,000 Sender: 01977123456 Ref: ammar oshudh TxnID: 73JK9WQ1 Balance: Tk 12,430.50 "
  "02/12/2026 10:15",
  [("phone", "+8801977123456"), ("mfs_transaction", "73JK9WQ1")])
N("receipt", "bn",
  "আপনি ০১৮১৫৬৬৭৭৮৮ নম্বর থেকে ৮,৫০০.০০ টাকা পেয়েছেন। ফি ০.০০ টাকা। ব্যালেন্স ৯,১০২.৭৫ টাকা। TrxID DAK9P2MX4L "
  "০৫/১২/২০২৬ ১১:০৩",
  [("phone", "+8801815667788"), ("mfs_transaction", "DAK9P2MX4L")])
N("receipt", "en",
  "Dear Customer, your A/C 1234***890 is credited with BDT 48,750.00 (Inward Remittance from AL RAJHI BANK, Sender: "
  "MD ROFIQUL ISLAM) on 04-Dec-2026. Govt incentive 2.5% will be added. -Sonali Bank")
N("receipt", "en",
  f"Deposit Successful: 150 USDT (TRC20) has been credited to your wallet from {TRON2}. Memo: upwork withdraw nov",
  [("tron_address", TRON2)])
N("receipt", "en",
  "Payment Tk 20,000.00 to Bay Overseas (RL-0921) successful. Ref: medical+training. Fee Tk 0.00. Balance Tk 3,415.00. "
  "TrxID CLF3N8TV1K at 06/12/2026 12:30",
  [("mfs_transaction", "CLF3N8TV1K")])

# ---- family (6 hard)
N("family", "bn",
  "আব্বা, পাসপোর্ট অফিস থেকে মেসেজ আসছে, নতুন পাসপোর্ট রেডি। নম্বর A09876543, কাল আগারগাঁও গিয়া তুলে আনবো। "
  "এবার বিদেশের কাগজ এজেন্সির অফিসে নিজে গিয়া করবো, কোনো দালাল না।",
  [("bd_passport", "A09876543")])
N("family", "bn-Latn",
  "ammu, bhaiya Qatar theke 40 hajar pathaise. bkash e ashle tomake 10 dibo oshudh er jonno. bhaiya bollo notun "
  "company te bhalo ase, overtime er taka o dey")
N("family", "en",
  "Mum the agency lady said I keep my own passport, the company only takes a copy. I asked her three times 😅 "
  "Flight is on the 18th, please don't cry at the airport")
N("family", "bn",
  "ছোট খালা বলতেছিল রুমাকে দুবাই পাঠাবে পার্লারের কাজে। আমি বললাম আগে অফার লেটার আর ভিসার কপি দেখাও, এজেন্সির "
  "লাইসেন্স চেক করি। খালা রাগ করছে, কিন্তু দেখা তো দরকার।")
N("family", "bn-Latn",
  "jomi bondhok dite hobe na abba. Probashi Kallyan Bank theke 2 lakh loan nibo, interest kom. Malaysia r sorkari "
  "khoroch oita diyei hoye jabe, baki ta ami ekhane kaj kore dibo")
N("family", "en",
  "Nanu is asking again when Tanvir bhai is getting married 🙄 he's 27 and literally just got his iqama renewed, "
  "let the man breathe")

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah Kuwait e 2 bochor holo. company bhalo, salary time moto, shukrobar off, room e AC. passport nijer "
  "kache. jara ashte chan legal agency diye ashben, kichu janar thakle call den +965 5012 3456",
  [("phone", "+96550123456")])
N("worker_content", "bn",
  "এখানে ডিউটি ৮ ঘণ্টা, ওভারটাইম করলে আলাদা টাকা। এই মাসে ৬০ ঘণ্টা ওভারটাইম করছি নিজের ইচ্ছায়, ঈদের আগে বাড়িতে "
  "একটু বেশি পাঠাবো।")
N("worker_content", "en",
  "Update from Penang: first salary came in full, 1,900 RM. Boss is strict about time but fair. On the weekend we went "
  "to Batu Ferringhi, pics in the group 🏖️")
N("worker_content", "bn-Latn",
  "Upwork client 3 ta milestone release korse, $1,450 🥳 Payoneer theke bank e nilam. hundi te rate beshi chilo but "
  "legal channel e nisi, incentive o pabo")
N("worker_content", "en",
  "Contract done, flying home from Doha next week with my passport, my savings and 2 kg of dates. Boss gave a bonus "
  "and asked me to come back next year inshallah.")
N("worker_content", "bn",
  "ভিডিও এডিটিংয়ের কাজ বাসা থেকে করি, ক্লায়েন্ট দুবাইয়ের। টাইমজোনের জন্য রাত জাগতে হয়, কিন্তু মাস শেষে পেমেন্ট "
  "ঠিকঠাক চলে আসে।")

# ---- joke (5)
N("joke", "bn-Latn",
  "amar boss amar passport na, amar weekend confiscate kore rakhse 😭 kono NGO ache amader moto lokder jonno?")
N("joke", "en",
  "Sprint planning is basically debt bondage: every ticket I close, two new ones appear 🙃")
N("joke", "bn",
  "বউ আমার মোবাইল নিয়া গেছে, বলছে রাত ১১টার পর ফোন চালাইলে বাপের বাড়ি চলে যাবে। সাহায্য করেন ভাইয়েরা 😂")
N("joke", "en",
  "Client: can you also work this weekend? Me, a man with no weekend, no sleep and no rights: yes sir 🫡")
N("joke", "bn-Latn",
  "ami to Cambodia te jai nai, kintu amader office er Wi-Fi r khabar dekhle mone hoy kono compound e atka 😂😂")

# ---- chatter (7 hard)
N("chatter", "bn-Latn",
  "Rakib 12k haraise Telegram er 'like dao taka pao' task e. prothom 3 din 300-500 tk dise, tarpor bolse VIP level "
  "unlock korte 10k deposit. ekhon group theke kick 🤦")
N("chatter", "en",
  "Did you see the Cambodia job thing in the dev group? 1500 USD for 'customer support', no interview. I told Sabbir "
  "it's one of those scam compound things, he went quiet 😬")
N("chatter", "bn",
  "নতুন ইন্টার্ন মেয়েটা বলল ওকে একটা অ্যাপে 'ভিডিও কল হোস্ট' হওয়ার অফার দিছে। আমি বললাম ওসবে যাইস না, অফিসে "
  "বসে ফ্রন্টএন্ড শিখ, তিন মাস পরে বেতন বাড়বে।")
N("chatter", "en",
  "Anyone know a proper agency for a Romania work permit? Cousin wants to go, I only trust ones with an RL number and "
  "real receipts. ping me on telegram @imran_devops",
  [("telegram", "@imran_devops")])
N("chatter", "bn-Latn",
  "Dubai te amader client er office e 2 jon QA nibe, visa company dibe, kono khoroch nai. CV pathao, abar dalal "
  "dhoira boisho na 😂")
N("chatter", "en",
  "The Malaysia batch from our village reached KL yesterday, all 9 called home from the hostel. Agency guy posted "
  "the group photo on FB.")
N("chatter", "bn",
  "সাকিব ভাই বললেন ওনার বন্ধুর রিক্রুটিং এজেন্সি, সরকারি ফি-র বাইরে এক টাকাও নেয় না। আজকাল এমন লোক পাওয়া কঠিন।")

# ---- easy negatives (12, hard=False)
N("chatter", "en", "Standup moved to 10:30 tomorrow, Tahmid is on leave.", hard=False)
N("chatter", "bn-Latn", "bhai lunch e biriyani naki khichuri? ajke to brishti", hard=False)
N("chatter", "bn", "আজকে জ্যাম এত যে মিরপুর থেকে গুলশান আসতে দুই ঘণ্টা লাগছে।", hard=False)
N("receipt", "en",
  "Recharge of Tk 299 to 01911223344 is successful. TrxID BJ7Q2LM9XZ. Balance Tk 1,024.50",
  [("phone", "+8801911223344"), ("mfs_transaction", "BJ7Q2LM9XZ")], hard=False)
N("receipt", "en",
  "Payment Tk 640.00 to Foodpanda successful. Fee Tk 0.00. TrxID CM1R8KD3VW at 05/12/2026 13:02",
  [("mfs_transaction", "CM1R8KD3VW")], hard=False)
N("family", "bn", "মা, কাল রাতে আসতেছি, গাবতলী থেকে বাস ৯টায়। পিঠা বানায় রাইখো।", hard=False)
N("family", "bn-Latn", "apu, Ayaan er school er admission form jama dise? last date 10 tarikh", hard=False)
N("chatter", "en", "PR #412 is ready for review, fixed the pagination bug on the invoice page.", hard=False)
N("chatter", "bn-Latn",
  "cake order dite chaile insta te @rumana.bakes e DM koren, Mirpur 10 er moddhe delivery free 🎂",
  [("instagram", "@rumana.bakes")], hard=False)
N("family", "en", "Abbu's BP is normal today, doctor said continue the same meds.", hard=False)
N("chatter", "bn", "কাল বিকেলে ধানমন্ডি মাঠে ক্রিকেট, যারা আসবা আগে জানাও।", hard=False)
N("chatter", "bn-Latn", "Netflix er password change korsi, group e dichi na, inbox e nao", hard=False)


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
    random.Random(114).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev114-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
