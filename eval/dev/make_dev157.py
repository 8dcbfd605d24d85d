"""Blind evaluation set dev157 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a volunteer with a returnee group in Chattogram who helps young Bangladeshis rescued from online-scam compounds in Myanmar, Cambodia and Laos (recruited for "IT", "customer service" or "data entry" jobs in Thailand).
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev157.jsonl"
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


BTC1 = btc("dev157-btc-1")
TRON1 = tron("dev157-tron-1")
ETH1 = eth("dev157-eth-1")

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

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---- recruitment_deception (en 3, bn 3, bn-Latn 2)
F("recruitment_deception", "en", "Bro job is in Bangkok, customer service for online shop. Salary 1200 USD + commission, ticket hotel food all company pay. Only need basic english and typing 25 wpm. No need work permit, company arrange after arrival. DM @thai_hr_maxwell fast, only 5 seat left", [("telegram", "@thai_hr_maxwell")])
F("recruitment_deception", "en", "They told me Thailand, data entry for a crypto company. We landed Bangkok, then a van drove us 8 hours to Mae Sot, we crossed the river in a small boat at night. Next morning I was in Myawaddy. Nobody said the word Myanmar even once.")
F("recruitment_deception", "en", "Brother don't worry, this company is 100% legal, Chinese owner. Work is just typing and chatting with customers. After 3 months if you don't like you can come back. Visa on arrival, you only take Dhaka-Bangkok flight, my man will pick you at airport. Msg me wa.me/66957312846", [("whatsapp", "+66957312846")])
F("recruitment_deception", "bn", "ভাই থাইল্যান্ডে আইটি কোম্পানিতে কাজ, কম্পিউটার চালাইতে পারলেই হবে। বেতন ৮০-৯০ হাজার টাকা, থাকা খাওয়া ফ্রি। টুরিস্ট ভিসায় যাবা, ওখানে গেলে কোম্পানি ওয়ার্ক পারমিট করে দিবে। বাড়ির বাইরে কাউরে বেশি কিছু বলার দরকার নাই। ইমো ০১৭৯৩৬৪০২৫৮", [("phone", "+8801793640258")])
F("recruitment_deception", "bn", "আমাকে বলছিল লাওসে একটা হোটেলে রিসেপশনের কাজ। এসে দেখি কম্পাউন্ড, চারদিকে উঁচা দেয়াল আর গার্ড। কাজ হইলো ফেসবুকে মেয়ে সেজে মানুষের সাথে চ্যাট করে টাকা ইনভেস্ট করানো।")
F("recruitment_deception", "bn", "🔥জরুরি নিয়োগ🔥 কম্বোডিয়া/থাইল্যান্ড। পদ: ডাটা এন্ট্রি, কাস্টমার সার্ভিস। অভিজ্ঞতা লাগবে না, শুধু টাইপিং। বেতন ১০০০$ থেকে শুরু। বিমান টিকেট কোম্পানির। যোগাযোগ হোয়াটসঅ্যাপ +855 96 412 7730", [("phone", "+855964127730")])
F("recruitment_deception", "bn-Latn", "bhai ami o tomar moto e bhabsilam thailand jacchi. shudhu bolse passport ar 2 ta chobi dao, baki sob oder. airport e ekta lok nibe. porer din dekhi myanmar er border par hoye gesi, keu kisu bole nai")
F("recruitment_deception", "bn-Latn", "ai to jaini, hitara koise IT company, computer chalaibo. ai ese dekhi manus re thokai taka newar kaj. salary r kotha ekhon keu mukhe ane na. kiyollai aisilam allah jane")

# ---- fees_and_debt (en 3, bn 3, bn-Latn 2)
F("fees_and_debt", "en", "Boss said my contract is 1 year. If I want to leave before that I must pay 8000 USDT compensation because company paid my ticket, visa, agent fee. I have nothing. He said then work it off.")
F("fees_and_debt", "en", "My brother was sold to another company in Shwe Kokko. Now the new boss says he bought him for 12,000 dollars and he has to earn that back first, or the family pays.")
F("fees_and_debt", "en", "Agent says the company paid 5 lakh taka for me so until I repay I belong to them. I never took one taka from anyone, I paid the dalal myself.")
F("fees_and_debt", "bn", "ম্যানেজার বলছে আমার পিছনে কোম্পানির খরচ ৬ হাজার ডলার। টার্গেট পূরণ না হলে প্রতি মাসে বেতন থেকে কাটবে, আর এখন পর্যন্ত এক টাকাও হাতে পাই নাই।")
F("fees_and_debt", "bn", "দালালরে আগেই ৩ লাখ দিছি জমি বন্ধক রাইখা। এখন ব্যাংককে আইসা বলে আরো দেড় লাখ না দিলে কোম্পানিতে ঢুকতে দিবে না। দালালের নাম্বার ০১৬৮৪২২৯০৭১ এখন বন্ধ।", [("phone", "+8801684229071")])
F("fees_and_debt", "bn", "খাবার, রুম ভাড়া, ইন্টারনেট, সবকিছুর টাকা কাটে। মাস শেষে হিসাব দেখায় আমি নাকি উল্টা ওদের কাছে ৪০০ ডলার ঋণী।")
F("fees_and_debt", "bn-Latn", "fine system ase ekhane. late hoile 50 dollar, duty te ghumaile 100, target miss korle 200. mash sesh e salary zero, ulta debt barte thake, ar bole debt sodh na hoile jaite dibe na")
F("fees_and_debt", "bn-Latn", "ma, dalal bhai bolse ar 80 hajar dile oikhane kaj confirm, na dile amake rakhbe na. goru becha taka to sesh, ekhon shomiti theke loan nite hobe. ami ki korbo bujhtesi na")

# ---- isolation_and_control (en 2, bn 3, bn-Latn 2)
F("isolation_and_control", "en", "They took our passports and phones the first day. We only get a work phone, all chats monitored. Personal phone 30 minutes on Sunday if target done, and a guard stands next to you while you talk.")
F("isolation_and_control", "en", "Apa don't call back on +66 92 118 4407, it's the supervisor phone. I can only message when he sleeps. Gate is locked, guards with guns, we cannot go out even to buy soap.", [("phone", "+66921184407")])
F("isolation_and_control", "bn", "আপা, আমার ফোন নিয়া গেছে, অন্য একজনের ফোন থেকে লিখতেছি। বাড়িতে বলবেন না আমি কোথায়, ওরা বলছে বাসায় জানাইলে সমস্যা হবে।")
F("isolation_and_control", "bn", "বিল্ডিং থেকে বের হওয়া নিষেধ। জানালায় গ্রিল ঝালাই করা, নিচে গেটে পাহারা। আট মাসে একবারও রাস্তায় পা দিই নাই।")
F("isolation_and_control", "bn", "বাড়িতে কথা বলতে হলে বাংলায় বলা যাবে না, ইংরেজিতে বলতে হবে যেন সুপারভাইজার বুঝে। শুধু বলতে হয় আমি ভালো আছি, থাইল্যান্ডে অফিসে কাজ করি।")
F("isolation_and_control", "bn-Latn", "amar passport (EC4829173) HR er kache, bole visa extend korbe. 5 mash hoye gelo ferot dey na. chaile bole 'tomar passport diye ki korba, tumi to kothao jaba na'", [("bd_passport", "EC4829173")])
F("isolation_and_control", "bn-Latn", "bhaiya amader 40 jon ke ek floor e rakhe, bathroom jaite o guard ke bolte hoy. bahirer karo sathe kotha bola mana, messenger imo sob uninstall kore dise")

# ---- labour_exploitation (en 3, bn 2, bn-Latn 3)
F("labour_exploitation", "en", "Shift is 9pm to 1pm next day, 16 hours, chatting with Americans on dating apps to make them deposit. No day off. If you don't bring 2 clients a week, no dinner that night.")
F("labour_exploitation", "en", "Quota is 30,000 dollars a month per person. Teams that miss it stand in the sun the whole afternoon. Salary promised 1000 but after 4 months I received zero, boss says company hold.")
F("labour_exploitation", "en", "Worked 4 months, they promised 700 dollars a month. Now they say first 6 months is probation, salary is kept by the company for safety, we get it when contract finish.")
F("labour_exploitation", "bn", "দিনে ১৭-১৮ ঘণ্টা কম্পিউটারের সামনে। প্রতিদিন ২০০ জনকে মেসেজ পাঠাইতে হয়, নিজের নামে না, আমেরিকান মেয়ের প্রোফাইল দিয়া। ছুটি বলে কিছু নাই।")
F("labour_exploitation", "bn", "খাবার দিনে দুইবার, ভাত আর পাতলা ঝোল। টার্গেট পূরণ না হলে রাতের খাবার বন্ধ। এক রুমে ১২ জন, মেঝেতে ঘুমাই।")
F("labour_exploitation", "bn-Latn", "kaj holo crypto investment er nam e manush ke thokano. protidin report dite hoy koyjon ke 'pig' banaisi. shift 14 ghonta, boshar chair o bhanga")
F("labour_exploitation", "bn-Latn", "pura mash kaj korle 300 dollar dibe bolse, dilo 60 dollar. baki ta naki penalty. ar ghumaite parina, raat 3 tay o meeting e dake")
F("labour_exploitation", "bn-Latn", "ai tin din dhori ghumaite nofari. target pura na oile chair ot boshai rakhe, bathroom o jaite dei na, ek bela bhat")

# ---- sexual_exploitation (en 2, bn 2, bn-Latn 3)
F("sexual_exploitation", "en", "The girls who miss target are sent to the KTV floor. Manager said one of the Bangladeshi girls will do the other job to pay her debt. She cries every night.")
F("sexual_exploitation", "en", "Model job sis, only video chat with clients, sexy dress, 2000$ monthly, company give room. Don't tell parents it's video chat, say hotel receptionist. Telegram @model_job_bkk", [("telegram", "@model_job_bkk")])
F("sexual_exploitation", "bn", "মেয়েদের আলাদা ফ্লোরে রাখে। যারা টাকা আনতে পারে না তাদের রাতে বসদের রুমে পাঠায়। আমার সাথের এক আপুকে দুইবার নিয়া গেছে।")
F("sexual_exploitation", "bn", "আমাকে বলছে ক্যামেরার সামনে কাপড় খুলে ভিডিও কল করতে হবে, না করলে অন্য কোম্পানিতে বেচে দিবে, সেখানে নাকি আরো খারাপ কাজ।")
F("sexual_exploitation", "bn-Latn", "apu ora bole 'chat model' kaj, kintu asole video call e nongra kaj korate chay. na korle khabar bondho. ekta meye ke massage parlour e bikri kore dise")
F("sexual_exploitation", "bn-Latn", "boss er order, notun meyegula ke age amar room e pathabi. 19 bochor er meyeta ke aj rate niye gese, fire ase nai ekhono")
F("sexual_exploitation", "bn-Latn", "dalal meye khujtese, bole thailand e spa te kaj, tip e onek taka. kintu ekhane jara gese tader KTV te customer er sathe boshay, raat e hotel e pathay. or number 01943718265, kono meye ke knock dile amake age bolo", [("phone", "+8801943718265")])

# ---- minors (en 2, bn 3, bn-Latn 2)
F("minors", "en", "He is only 16, they made his passport with age 21. Recruiter said company needs young boys who type fast and play games, they learn quick.")
F("minors", "en", "Two kids from our village, 15 and 17, went for 'computer job' in Cambodia. Agent told them to say at airport they are students going on a tour. His imo is 01756320984, he still posts ads.", [("phone", "+8801756320984")])
F("minors", "bn", "ছেলেটার বয়স ১৭, জন্ম নিবন্ধন বদলাইয়া পাসপোর্টে ২২ বানাইছে দালাল। এখন মিয়ানমারের কম্পাউন্ডে, রোজ মার খায়।")
F("minors", "bn", "ক্লাস নাইনের মেয়েটারে টিকটকে চাকরির অফার দিছে, মালয়েশিয়া হয়ে থাইল্যান্ড নিবে। বলছে বয়স কম কোনো সমস্যা না, বাবা মাকে জানানোর দরকার নাই।")
F("minors", "bn", "১৬ বছরের ভাতিজাটা এসএসসি না দিয়াই চলে গেছে, টেলিগ্রামে কে যেন বলছে গেম টেস্টিংয়ের কাজ। এখন ফোন দিয়া শুধু কান্দে, বলে বাইর হইতে পারে না।")
F("minors", "bn-Latn", "amader ekhane 14-15 bochorer 3 ta chele ase, bangladeshi. oderke o same target dey, na parle maar. ekjon sara raat ammu ammu bole kande")
F("minors", "bn-Latn", "boyos 18 er kom hoileo somossa nai, passport e boyos barai dimu. chhoto chhele der typing fast, company pochondo kore. tomar chhoto bhai ke o niye asho")

# ---- payments_and_proceeds (en 3, bn 2, bn-Latn 3)
F("payments_and_proceeds", "en", f"Release fee is 6500 USDT. Send to this TRC20 address only: {TRON1}. After confirm we bring him to the border in 3 days. Don't involve embassy or price go up.", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Tell your mother to send the 2 lakh by bKash to 01838472915 in 4 parts, not more than 50k each time, and send screenshot with TrxID. Then we talk about your brother.", [("phone", "+8801838472915")])
F("payments_and_proceeds", "en", f"Every night we must convert the victims' deposits to USDT and send to team leader wallet {ETH1}. If one dollar is missing they cut it from us ten times.", [("eth_address", ETH1)])
F("payments_and_proceeds", "bn", "ভাইয়ের মুক্তির জন্য ৪ লাখ টাকা চাইছে। বিকাশ আর নগদে ভাগ কইরা পাঠাইতে বলছে, নাম্বার ০১৯২৭৫৫৮৪১৩। এক এজেন্ট বলছে হুন্ডি কইরা দিবে।", [("phone", "+8801927558413")])
F("payments_and_proceeds", "bn", "বিকাশ TrxID 8KD4N6PQ2X, ৫০,০০০ টাকা পাঠাইছি ওদের দেয়া নাম্বারে। এখন বলে আরো লাগবে, না দিলে ছেলেরে ছাড়বে না।", [("mfs_transaction", "8KD4N6PQ2X")])
F("payments_and_proceeds", "bn-Latn", f"ekhane kaj holo manush ke fake app e invest koranor por taka ei address e nite hoy: {BTC1}. amar nam e o ekta binance khulse ora, amar passport diye KYC korse", [("btc_address", BTC1)])
F("payments_and_proceeds", "bn-Latn", "abba, oder lok Chattogram e ase, cash e 3 lakh nibe Reazuddin bazar e. bole bank e dile police dhorbe. please jaldi koren, na hole amake arekta company te bikri kore dibe. oder loker number 01611479305", [("phone", "+8801611479305")])
F("payments_and_proceeds", "bn-Latn", "bkash agent bhai ke bolse 20 ta alada number theke cash in korte, total 6 lakh, taka jabe Thailand er ekta lok er kache. prothom TrxID 7HG2M9KQ4B ta pathalam", [("mfs_transaction", "7HG2M9KQ4B")])

# ---- threats_and_coercion (en 2, bn 2, bn-Latn 3)
F("threats_and_coercion", "en", "If you try to run again we send you to the electric room. Last guy who ran, they broke his legs and sold him to another compound.")
F("threats_and_coercion", "en", "We know your house in Patiya. Pay by Friday or your son will not come back alive. Police can't do anything here, this is not Bangladesh. Call +95 9765 432 118 only.", [("phone", "+959765432118")])
F("threats_and_coercion", "bn", "টার্গেট মিস করায় আজকে তিনজনরে ইলেকট্রিক শক দিছে, হাতকড়া পরাইয়া সারা রাত দাঁড় করাই রাখছে। ভিডিও কইরা গ্রুপে দিছে যাতে সবাই ভয় পায়।")
F("threats_and_coercion", "bn", "বস বলছে দূতাবাসে বা পুলিশে কেউ খবর দিলে তার ফ্যামিলির সবার ছবি ওদের কাছে আছে, বাংলাদেশেও ওদের লোক আছে।")
F("threats_and_coercion", "bn-Latn", "bhaiya ekhane theke palano jay na, charpashe deyal r kata tar. je palaite chaise ore dhore ene shobar shamne lathi diye mereche, ekhono hatte pare na")
F("threats_and_coercion", "bn-Latn", "supervisor bole Thai police er kache gele tumi illegal, jail e 5 bochor. tar cheye chup kore kaj koro, nahole tomar family o bipod e porbe")
F("threats_and_coercion", "bn-Latn", "tor bhai ke ajke 3 ghonta rod diye pitaise. taka na pathaile kal video pathabo, dekhbi ki hoy. screenshot dibi Telegram e @kk_finance88", [("telegram", "@kk_finance88")])

# ================================================================ OK
# news
N("news", "en", "Chattogram: 3 held for trafficking youths to Myanmar scam centres with promise of IT jobs in Thailand, says RAB-7. Victims' families had paid Tk 4-6 lakh each to the gang.")
N("news", "bn", "মিয়াওয়াড্ডির সাইবার স্ক্যাম কম্পাউন্ড থেকে উদ্ধার হওয়া ৫৭ বাংলাদেশিকে আজ বিশেষ ফ্লাইটে ঢাকায় ফেরত আনা হয়েছে। তাদের অনেকে জানিয়েছেন পাসপোর্ট ও মোবাইল কেড়ে নেওয়া হয়েছিল।")
N("news", "en", "Thai authorities cut power and internet to border areas near Myawaddy; thousands of foreign workers released from compounds are awaiting repatriation, including Bangladeshis.")
N("news", "bn", "মানবপাচার মামলায় পতেঙ্গা থেকে দালাল চক্রের মূল হোতা গ্রেপ্তার, তার কাছ থেকে ২৩টি পাসপোর্ট উদ্ধার।")
N("news", "bn-Latn", "khobor dekhsen? cambodia theke 12 jon ferot asche aj, CID bolse Dhaka r ekta travel agency jorito. amader Sohel er nam o list e ase")
N("news", "bn", "আইওএম ও ব্র্যাকের সহায়তায় স্ক্যাম কম্পাউন্ড থেকে ফেরত আসা ২০ জন তরুণকে আজ কম্পিউটার ও ড্রাইভিং প্রশিক্ষণের সনদ দেওয়া হয়েছে।")
N("news", "bn-Latn", "Interpol er kache nam gese oi dalal er, RAB bolse shiggiri dhorbe. amra shob proof, screenshot, bkash er slip die dichhi")
N("news", "en", "Court update: the case against the Cox's Bazar agent who sent 8 boys to Laos is set for 12 January. Families can attend, we'll arrange a microbus from Agrabad.")
# awareness
N("awareness", "en", "⚠️ Job ad says Thailand, 1000$ salary, no experience, free ticket? That's exactly how the scam compounds recruit. Never travel on a tourist visa for a job. Verify with BMET first at www.bmet.gov.bd or call our helpline 01811902364.", [("url", "www.bmet.gov.bd"), ("phone", "+8801811902364")])
N("awareness", "bn", "সাবধান! থাইল্যান্ডে ডাটা এন্ট্রি, কাস্টমার সার্ভিসের নামে টেলিগ্রামে চাকরির অফার আসলে যাচাই না করে যাবেন না। নিজের পাসপোর্ট কখনো কারো হাতে দিবেন না। সন্দেহ হলে জানান: ০১৩২৫৬৮৭৪১০", [("phone", "+8801325687410")])
N("awareness", "bn-Latn", "group er shobai mone rakhben, keu jodi bole 'visa on arrival e jao, kaj oikhane gele hobe', oita scam. r kono family ke jodi ransom er call dey, age amader janaben, taka pathaben na")
N("awareness", "en", "If someone calls saying your son is held and asks for a 'release fee', don't send money first. Call us or the embassy hotline. Many families paid and got nothing back.")
N("awareness", "bn", "তরুণদের বলছি: বেতন বেশি, কাজ অস্পষ্ট, টিকিট ফ্রি, এই তিনটা একসাথে দেখলেই সন্দেহ করুন। মিয়ানমার, কম্বোডিয়া, লাওসের প্রতারণা কেন্দ্রে শত শত বাংলাদেশি আটকা।")
N("awareness", "bn-Latn", "workshop kal Agrabad e, topic: online job scam r manob pachar. returnee bhaiera nijeder experience share korben. chaa nasta thakbe, shobai ashben")
N("awareness", "en", "Telegram channel @ctg_returnee_help is ours. Any other account using our name and asking for money is fake, please report it.", [("telegram", "@ctg_returnee_help")])
N("awareness", "bn-Latn", "bhai Telegram e ekta Thailand er job offer aise, ami report kore block dilam. group e screenshot dilam jate keu bhule o na jay")
# official
N("official", "en", "Embassy of Bangladesh, Bangkok: nationals rescued from Myawaddy may contact the Embassy hotline +66 2 391 8069 for travel permits. Do not pay any intermediary, services are free.", [("phone", "+6623918069")])
N("official", "bn", "বিএমইটি নিবন্ধিত রিক্রুটিং এজেন্সির তালিকা ও অভিবাসন খরচ জানতে ভিজিট করুন www.bmet.gov.bd অথবা কল করুন ১৬১৩৫। বিদেশ যাওয়ার আগে স্মার্ট কার্ড নিশ্চিত করুন।", [("url", "www.bmet.gov.bd")])
N("official", "en", "Licensed agency (RL-1187): Malaysia plantation workers. Government-fixed migration cost Tk 78,990 only, money receipt will be given. Apply with passport and NID copy at our Agrabad office.")
N("official", "bn-Latn", "thana theke bolse, jara Myanmar theke ferot ashchen tader GD r jonno passport copy, NID r fotocopy niye ashben. kono taka lagbe na, kew chaile janaben")
N("official", "bn", "স্বরাষ্ট্র মন্ত্রণালয়: অবৈধ পথে বিদেশ গমন রোধে বিমানবন্দরে ইমিগ্রেশন যাচাই জোরদার। ভ্রমণ ভিসায় যাত্রীদের রিটার্ন টিকিট ও হোটেল বুকিং দেখাতে হবে।")
N("official", "en", "Passport A04718263 is ready for collection at Chattogram RPO, Monsurabad. Please bring your delivery slip.", [("bd_passport", "A04718263")])
# receipt
N("receipt", "bn", "আপনার বিকাশ একাউন্টে ৳১৫,০০০ ক্যাশ ইন হয়েছে 01712903417 থেকে। TrxID BFK82LMQ4T. ব্যালেন্স ৳১৫,৪২০", [("phone", "+8801712903417"), ("mfs_transaction", "BFK82LMQ4T")])
N("receipt", "en", "Cash Out Tk 5,000.00 to Agent 01819445276 successful. Fee Tk 92.50. Balance Tk 3,210.18. TrxID CGM4H7QP2Z at 14/11/2026 18:42", [("phone", "+8801819445276"), ("mfs_transaction", "CGM4H7QP2Z")])
N("receipt", "bn-Latn", "Nagad: Send Money Tk 2,000 to 01558203746 successful. TxnID 74KD9QWR. Balance Tk 812.40", [("phone", "+8801558203746"), ("mfs_transaction", "74KD9QWR")])
N("receipt", "en", "You have received USD 350.00 via Western Union from MD KAMAL UDDIN, Kuwait. Collect from any agent bank with your NID.")
# family
N("family", "bn", "আম্মা, পাসপোর্ট আলমারিতে রাখছি, জমির দলিলের সাথে। ভিসা হইলে জানামু, টেনশন নিয়েন না।")
N("family", "bn-Latn", "abbu taka ta pathaisi bkash e, 20 hajar. chhoto r admission fee dio, baki ta ammur oshud er jonno. TrxID 9QM3KD7HB2", [("mfs_transaction", "9QM3KD7HB2")])
N("family", "bn", "বাবু, থাইল্যান্ডে যাবি শুনলাম। কোন কোম্পানি, কাগজপত্র ঠিক আছে তো? আগে মামার সাথে কথা বল, সে খোঁজ নিবে।")
N("family", "en", "Ammu the Dubai company sent the offer letter on email, I showed it at the BMET office, they said the agency is licensed. Medical on Sunday inshallah.")
N("family", "bn-Latn", "apa er biyer kotha cholse, cheler family ishara dicche amra kichu dei. abba shoja bole dise joutuk dibo na, dorkar hoile biye hobe na")
N("family", "bn", "ভাইয়া ফিরে আসছে আলহামদুলিল্লাহ। শরীর দুর্বল, ওজন কমে গেছে, কিন্তু বাড়িতে আছে। দোয়া করবেন সবাই।")
N("family", "bn-Latn", "bhai passport renewal form e NID number dite hobe, amar ta 19932615478803214 na? card ta khuje pacchi na", [("bd_nid", "19932615478803214")])
N("family", "bn", "মেয়ের বিয়ের জন্য ২ লাখ টাকা লোন নিছি সমিতি থেকে, কিস্তি মাসে ৮ হাজার। কষ্ট হবে কিন্তু চলবে ইনশাআল্লাহ।")
# joke
N("joke", "bn-Latn", "amar boss o amake 'target' dey bhai, mash sesh e 50 ta sales 😂 kintu otleast bikal 6 tay bari jete dey")
N("joke", "bn", "আমার বউ রাত ১০টার পর আমার ফোন নিয়া রাখে, এইটাই আমার কম্পাউন্ড 😂")
N("joke", "en", "lol my mom is the real compound boss, no phone at dinner and a quota of 3 rotis minimum 😂")
# worker_content
N("worker_content", "en", "Alhamdulillah 2 years in Bangkok now, real IT company, work permit done by the company, salary on time. Coming home on leave for Eid.")
N("worker_content", "bn-Latn", "ami Malaysia te factory te asi, 8 ghonta duty, overtime korle extra pay. passport nijer kache rakhi, company shudhu copy rakhse")
N("worker_content", "bn", "দুবাইয়ে ডেলিভারির কাজ, কষ্ট আছে কিন্তু মালিক ভালো। প্রতি মাসের ১ তারিখে বেতন পাই, শুক্রবার ছুটি।")
N("worker_content", "en", "Phnom Penh is fine bro, I'm at a garments buying house, proper office. Yes Cambodia has bad places but not the whole country.")
N("worker_content", "en", "I'm working at a mobile repair shop in Bahaddarhat now. Slowly paying back the loan my father took for my going. Thank you all for standing with me.")
N("worker_content", "en", "My cousin does data entry from home for a Dhaka company, 15k a month, paid on bKash every 5th, nothing shady.")
# group chatter (hard)
N("chatter", "bn-Latn", "kal rescue hoye asha Rubel bhai ke dekhte jabo Chittagong Medical e, keu jaben? 4 tay ber hobo")
N("chatter", "en", "Meeting moved to Saturday 3pm, Lalkhan Bazar office. We'll finalise the reintegration training list: computer, driving, tailoring.")
N("chatter", "bn", "গ্রুপে যারা নতুন যোগ দিলেন, স্বাগতম। এখানে ফেরত আসা ভাইবোনরা একে অপরকে সাহায্য করি। কেউ কাউন্সেলিং চাইলে ইনবক্স করুন বা কল দিন ০১৮৭২৪৫৬৩১৯।", [("phone", "+8801872456319")])
N("chatter", "bn-Latn", "returnee der jonno NGO theke 10 hajar taka kore reintegration support dibe, list e nam dite hobe, NID copy lagbe, kal er moddhe. form link: https://forms.gle/Xr7pQ2ctgRet", [("url", "https://forms.gle/Xr7pQ2ctgRet")])
N("chatter", "en", "Reminder: the interview with the Prothom Alo journalist is optional. Nobody has to tell their story if they're not ready.")
N("chatter", "en", "Hiring: customer service executive, Agrabad, night shift for a US client, salary 28,000 BDT, 2 days off weekly. Send CV to hr@bayviewbpo.com.bd", [("email", "hr@bayviewbpo.com.bd")])
N("chatter", "en", "Bangkok and Pattaya 5D/4N tour, Tk 62,000 per person incl. air ticket, hotel and visa processing. Sea Pearl Travels, call +8801711283049", [("phone", "+8801711283049")])
N("chatter", "bn", "থাই ভিসার জন্য ব্যাংক স্টেটমেন্ট, হোটেল বুকিং আর রিটার্ন টিকিট লাগবে। হানিমুনে যাইতেছি ইনশাআল্লাহ 🥰")
N("chatter", "bn-Latn", "movie ta dekhsi, Myanmar er scam compound niye, bhoyonkor. amader Shakil bhai er kotha mone porlo")
N("chatter", "bn-Latn", "amar passport er meyad sesh, notun ta korte 5750 taka bank e jama dilam. police verification er jonno SB theke call dibe")
# everyday (not hard)
N("chatter", "bn", "আজ বিকালে বৃষ্টি হবে মনে হয়, ছাতা নিয়া বাইর হইয়ো।", hard=False)
N("chatter", "bn-Latn", "vai kalke khela dekhben? BD vs SL, 7 tay shuru", hard=False)
N("chatter", "bn", "শুভ জন্মদিন শাহিনা আপু 🎂 অনেক দোয়া রইল", hard=False)
N("chatter", "bn-Latn", "ami GEC more e, 10 minute lagbe, jame atke asi", hard=False)
N("chatter", "bn", "কালকে অফিস বন্ধ, সোমবার দেখা হবে।", hard=False)
N("chatter", "en", "Can someone share the photos from the picnic at Foy's Lake?", hard=False)
N("chatter", "bn-Latn", "ammu bolse ajke shutki bhorta hobe 😋", hard=False)


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
    random.Random(157).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev157-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
