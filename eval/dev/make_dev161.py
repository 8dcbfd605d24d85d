"""Blind evaluation set dev161 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi man in Portugal and Italy, food-delivery rider and Alentejo fruit picker (account rental, farm contractors, housing bosses, residence-permit agents, remittances to Sunamganj).
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev161.jsonl"
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


BTC1 = btc("dev161-btc-1")
TRON1 = tron("dev161-tron-1")
ETH1 = eth("dev161-eth-1")

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

# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn", "ভাই পর্তুগাল আইসা দেখি কোনো রেস্টুরেন্টের কাম নাই। দালাল কইছিল লিসবনে হোটেলে কিচেন হেল্পার, মাসে ১২০০ ইউরো। এখন আনি রাখছে ওদেমিরার একটা গ্রিনহাউসে, রাসবেরি তুলি। কাগজে যে কোম্পানির নাম আছিল ঐটা গুগলে খুঁজলে কিচ্ছু আসে না")
F("recruitment_deception", "bn", "ফ্লুসির নুল্লা অস্তা পাইছিলাম, মালিক দেখাইছিল কালাব্রিয়ার এক ফার্ম। আইসা প্রেফেতুরায় গেলে কয় ঐ কোম্পানি কন্ট্রাক্ট সাইন করতে কেউ আইবো না, মালিকের ফোনও বন্ধ। এই কাগজের লাগি ১৩ লাখ টেকা দিছি, এখন আমি এইখানে অবৈধ")
F("recruitment_deception", "bn", "🇵🇹 পর্তুগাল ওয়ার্ক পারমিট ভিসা 🇵🇹 ১০০% গ্যারান্টি! ৬ মাসে টিআরসি কার্ড, থাকা খাওয়া ফ্রি, বেতন ১৫০০ ইউরো+। ভাষা লাগবো না, ইন্টারভিউ নাই। সিট সীমিত। যোগাযোগ: 01716-482913 (ইমো/হোয়াটসঅ্যাপ)", [("phone", "+8801716482913")])
F("recruitment_deception", "bn-Latn", "bhai tumi je koisla Glovo te nijer nam e account khuila dibay, ekhon koy account tomar name e hobe na, uncle er account e chalaite hobe r 35% dite hobe. eita to age kao nai. ami 9 lakh dia ashchi eitar lagi?")
F("recruitment_deception", "bn-Latn", "Apa amare koiche Italy te baby sitter er kaj, family r shathe thakbo, mashe 900 euro. ekhon Napoli te ek bari te rakhche, ranna, ghor mucha, 3 ta bari te ghurai. contract e je family r naam lekha chilo oi family r kono khoj nai")
F("recruitment_deception", "bn-Latn", "Seasonal visa Portugal, boila nise 'Beja olive factory packing, indoor kaj, AC'. aisa dekhi open field e jal phelai olive er, 40 degree rode. Agent Rafiq bhai er number +351 927 514 380 ekhon bondho, bKash e je 2 lakh nise oita o ferot dey na", [("phone", "+351927514380")])
F("recruitment_deception", "en", "Brother the agent showed me a contract from 'Agro Sol Alentejo Lda', 1100 euro with housing. Here nobody has heard of this company. They took 2 lakh as 'file charge', the TRC he promised never came, now he says do manifestação and wait, maybe 2 years")
F("recruitment_deception", "en", "URGENT!! Italy Decreto Flussi 2026 - only 20 seats. Factory/warehouse jobs, salary €1,400 net, permesso guaranteed on arrival. No interview no IELTS no language. Apply now: https://flussi-jobs-eu.com or WhatsApp wa.me/393512847706", [("url", "https://flussi-jobs-eu.com"), ("whatsapp", "+393512847706")])

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn", "মামা, ঘরভাড়া ২২০, ভ্যানের ৫ ইউরো রোজ, আর দালালের বাকি ৪০০০ ইউরো — সব কাইটা এই মাসে হাতে দিছে ১৮০ ইউরো। কইছে ঋণ শোধ না হওয়া পর্যন্ত অন্য জায়গায় কাম করতে পারবা না")
F("fees_and_debt", "bn", "এখানে আনার পরে এখন আবার কয় এআইএমার আপয়েন্টমেন্টের লাগি আরো ২৫০০ ইউরো লাগবো, না দিলে ফাইল আগাইবো না। দেশে জমি বন্ধক দিয়া ৭ লাখ দিছি, এখন আবার কই পাই। আব্বারে কিছু কই নাই")
F("fees_and_debt", "bn", "উবার ইটসের একাউন্টটা ভাড়া নিছিলাম সপ্তাহে ১০০ ইউরোতে। এখন মালিক কয় রেটিং কমছে বইলা ৬০০ ইউরো জরিমানা, এইটা না দেওয়া পর্যন্ত আমার কামাই সব উনার কাছে জমা থাকবো। ৩ সপ্তাহ ধইরা একটা পয়সাও পাই নাই")
F("fees_and_debt", "bn-Latn", "Shuno, ticket, visa, contract sob mila 11 lakh. 3 lakh akhon dibay, baki 8 lakh Italy te kaj koira katbo, mashe 600 euro kore amar kache dibay. Jotodin shodh na hoy passport amar kache thakbo, eita niyom")
F("fees_and_debt", "bn-Latn", "Saiful bhai, contratista koy ei mash theke 'equipamento' r 'seguro' er nam e aro 90 euro katbo proti jon theke. amra to ekta boot o pai nai. ei 3 mash e keu 300 euro r beshi hate pai nai, baki sob 'dena' te jay")
F("fees_and_debt", "en", "Broker told me Portugal total 8 lakh all inclusive. Now in Lisbon they want 3000 euro more for 'contract from company' and 800 for the lawyer, otherwise no residence. I already owe 5 lakh to my uncle in Derai. Every month my whole salary goes to Kamal bhai.")
F("fees_and_debt", "en", "You still owe me 4,200 for the flussi paper. From next week the Deliveroo account money comes to me first, I keep 70%, you get the rest until it's cleared. Don't even think of opening your own account.")
F("fees_and_debt", "en", "They said the room is free with the job. First payslip: alojamento 250, transporte 120, 'adiantamento' 300. 210 hours on the sheet and 310 euro in hand. Boss says I signed for the advance but I never took any advance.")

# ---- labour_exploitation (bn 2, bn-Latn 3, en 3)
F("labour_exploitation", "bn", "আইজ ভোর ৫টায় ভ্যানে তুলছে, রাত ৯টায় নামাইছে। ১৪ ঘণ্টা স্ট্রবেরি তুইলা দিছে ৪০ ইউরো, তাও নগদ না, কয় মাসের শেষে। তিন মাস ধইরা এইভাবে, একদিনও ছুটি নাই")
F("labour_exploitation", "bn", "৮ জন মানুষ এক কন্টেইনারে থাকি, টয়লেট একটা, পানি আসে দিনে ২ ঘণ্টা। বেতন চাইলে কন্ট্রাক্টর কয় কোম্পানি টাকা দেয় নাই। দুই মাসের বেতন বাকি, খাই শুধু রুটি আর ডাল")
F("labour_exploitation", "bn-Latn", "bro account ta amar na, Mizan bhai er (+351 934 208 117). sokal 10 ta theke rat 1 ta porjonto delivery dei, 7 din. week e 600 euro kamai hoy, amare dey 250. off nite chaile koy onno rider ache, account ferot de", [("phone", "+351934208117")])
F("labour_exploitation", "bn-Latn", "ajke 3 jon office e gesilam salary chaite, 4 mash er taka baki. manager koy 'tomra to legal na, ja pao ta niye chup thako'. khabar o thik moto dey na, ek bela bhaat r bread")
F("labour_exploitation", "bn-Latn", "Alentejo te ashar por theke kono din 11 ghontar kom kaj kori nai. ghontay 3 euro dey, onno desh er lok 6 pay. boss koy bangali ra beshi kaj kore kom khay tai kom dei")
F("labour_exploitation", "en", "In the greenhouse it's 45 degrees by noon and they don't let us stop for water until the line is done. Yesterday Rubel fainted, supervisor told him go home, no pay for the day. 6 weeks no salary so far.")
F("labour_exploitation", "en", "We work 7 days, 12-13 hours, olive harvest. Contract says 8 hours and 820 euro. Actual payment 25 euro a day cash and from that 5 for the van. When I asked for the payslip he tore it in front of everyone.")
F("labour_exploitation", "en", "Bhai I'm doing Just Eat on another guy's account since March. He keeps all the earnings in his bank and gives me 'pocket money' 50 euro a week. Says he'll pay the rest when my papers come. It's been 5 months.")

# ---- payments_and_proceeds (bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn", "দালালের কথা মতো টাকা ব্যাংকে দেওয়া যাইতো না, হুন্ডিতে দিতে হইবো। এই বিকাশে ৪৫,০০০ টাকা ক্যাশ ইন করছি: 01835-227140, TrxID BKJ4M7X2QP. বাকি টাকা আব্বা নগদে দিবো ছাতকে উনার লোকের হাতে", [("phone", "+8801835227140"), ("mfs_transaction", "BKJ4M7X2QP")])
F("payments_and_proceeds", "bn", f"ভাড়া একাউন্টের সপ্তাহের টাকা এখন থিকা ইউরোতে না, ইউএসডিটিতে পাঠাইবা। এই ট্রন ঠিকানায়: {TRON1} । ব্যাংকে পাঠাইলে আমার নামে রেকর্ড থাকে, ঝামেলা", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn", "নুল্লা অস্তার টাকা তিন ভাগে: ২ লাখ সুনামগঞ্জে হাতে হাতে, ৩ লাখ এই নগদ নাম্বারে ০১৯৪৭৩৬২৫১৮ ভাইঙ্গা ভাইঙ্গা পাঠাইবা, একবারে ৫০ হাজারের উপরে না। বাকিটা ইতালি আইলে ইউরোতে", [("phone", "+8801947362518")])
F("payments_and_proceeds", "bn-Latn", "Agent er lok koise Revolut e na dite, cash e dite. proti shonibar Martim Moniz er dokan e giye 'Kamal bhai er lok' bolle nibe. receipt dibe na. 12 jon er taka ek shathe desh e hundi te jay")
F("payments_and_proceeds", "bn-Latn", f"account rent er taka ei wallet e pathaba: {ETH1} , USDT ERC20. bank transfer korba na, boss er nam ashbe. miss hoile account lock", [("eth_address", ETH1)])
F("payments_and_proceeds", "bn-Latn", "Bhai tumar 4 jon er file er jonno ek jon 3,500 euro. Taka pathaiba amar wife er Nagad e 01768-903415 ar Txn ID er screenshot diba. Portugal er account e ami kicchu nibo na", [("phone", "+8801768903415")])
F("payments_and_proceeds", "en", f"Rent for the Glovo accounts (3 riders) is 450 this week. Send to my cousin's IBAN not mine, reference 'family help'. Next week we switch to bitcoin, address: {BTC1}", [("btc_address", BTC1)])
F("payments_and_proceeds", "en", "The bKash for the boy's seat is done, TrxID AK93LPZ7TQ, 1,20,000. Send the rest through Sadek's shop in Lisbon, he gives cash in Tahirpur. Don't write 'visa' in the reference.", [("mfs_transaction", "AK93LPZ7TQ")])

# ---- isolation_and_control (bn 2, bn-Latn 2, en 3)
F("isolation_and_control", "bn", "আমার পাসপোর্ট (A09127456) আর রেসিডেন্সের কাগজ সব বাড়িওয়ালা ইকবাল ভাইর কাছে। কয় 'হারাই যাইবো, আমার কাছে থাকুক'। চাইলে দেয় না। মোবাইলও রাইতে জমা দিতে হয়", [("bd_passport", "A09127456")])
F("isolation_and_control", "bn", "মা, এখন থিকা ফোন কম দিমু। এইখানের ভাইয়েরা কয় বাইরের কারো লগে কথা কইলে সমস্যা। ফার্ম থিকা শহরে যাওয়া নিষেধ, সপ্তাহে একদিন গাড়িতে নিয়া বাজার করায়, সাথে ওদের লোক থাকে")
F("isolation_and_control", "bn-Latn", "amader ke monte (farm) theke ber hote dey na. gate e tala, chabi supervisor er kache. shonibar o bondho. keu police ke kichu bolle or taka kete nibe koise")
F("isolation_and_control", "bn-Latn", "Housing boss sobar passport niye gese 'registration' er kotha bole, 2 mash hoye gelo. phone theke WhatsApp group sob delete korte bolse, sudhu oder group rakhte hobe")
F("isolation_and_control", "en", "They keep us in a house near Vila Nova de Milfontes, 14 of us. Van takes us to the field and back, nobody goes out alone. My phone is with Jamal, he gives it on Sunday for 10 minutes to call home and stands next to me.")
F("isolation_and_control", "en", "Don't reply to the NGO girl or the GNR if they come to the field. Say you are happy and your papers are with the lawyer. Whoever talks to outsiders is out of the house the same night.")
F("isolation_and_control", "en", "I can't leave, my passport and the bank card for the account are with Rony bhai. He logs into the app from his phone too and watches my location all day. If I go offline for one hour he calls.")

# ---- sexual_exploitation (bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn", "আপা আমারে কইছিল লিসবনে বিউটি পার্লারে কাজ। আনার পরে একটা ফ্ল্যাটে রাখছে, রাইতে লোক আসে। না করলে কয় আমার কাগজ বাতিল করাই দিবো আর দেশে সবাইরে জানাইবো আমি কী করি")
F("sexual_exploitation", "bn", "যে লোক আমারে বিয়া কইরা ইতালি আনছে, এখন আমারে তার বন্ধুগো কাছে পাঠায়, টাকা সে নেয়। ঘর থিকা একা বাইর হইতে দেয় না, পাসপোর্ট তার কাছে। আম্মারে কিছু কইতে পারি না")
F("sexual_exploitation", "bn", "নতুন আসছে 🌹 বাংলাদেশি মেয়ে, লিসবন আরোইউশ এলাকায়। ঘণ্টা ৬০, পুরা রাত ২০০। বুকিং শুধু টেলিগ্রামে @lisboa_rosa_bd", [("telegram", "@lisboa_rosa_bd")])
F("sexual_exploitation", "bn-Latn", "Boss bolse ami jodi tar 'guest' der sathe ek raat thaki tahole rent er taka maf. onno meyera o kore naki. na korle kal theke room nai. Portugal e amar kono kagoj nai, kothay jabo")
F("sexual_exploitation", "bn-Latn", "Bhabi ke spa massage er kaj er kotha bole Milan e nise. oi spa te sudhu purush customer, 'extra' service dite bole, tip er taka owner rakhe. bhabi ke ek rum e rakhe, phone e kanna kore")
F("sexual_exploitation", "en", "New girls from Bangladesh arriving next week in Porto, 19 and 21, no English. Private apartment only, my driver brings them. Message on Telegram @porto_new_arrivals only, no calls.", [("telegram", "@porto_new_arrivals")])
F("sexual_exploitation", "en", "He married her in Sunamganj and brought her on family reunification. Now he tells her to go with the men from the restaurant to pay back what the wedding and visa cost. She has no money and no key to the flat.")

# ---- minors (bn 2, bn-Latn 3, en 2)
F("minors", "bn", "আমার ভাতিজা ১৫ বছর, দালাল কয় বয়স ২০ দেখাইয়া পাসপোর্ট করাইবো, লিবিয়া দিয়া ইতালি। ওখানে গিয়া ফল ক্ষেতে কাম দিবো, ৮ লাখ। দালালের নাম্বার 01912-558034", [("phone", "+8801912558034")])
F("minors", "bn", "এই ফার্মে ১৪-১৫ বছরের দুইটা পোলা আছে সুনামগঞ্জের, মালিকের লোক শিখাই দিছে কেউ জিগাইলে বলবি ১৮। স্কুলে যায় না, সারাদিন ক্ষেতে, রাইতে আমাদের লগে কন্টেইনারে ঘুমায়")
F("minors", "bn-Latn", "Chachato bhai er pola 16 bochor, Lampedusa te namse. camp theke ber kore dalal ekhon onner Glovo account e or diye delivery koray, rat 12 ta porjonto cycle chalay Napoli te. taka sob dalal ney")
F("minors", "bn-Latn", "Tomar pola 15 hoileo somossa nai, ami nije niye jabo Libya hoye. Italy te giye 2 bochor amar lok er shathe kaj korbe, beton pabe na, oi taka diye boat er dena shodh. keu boyosh jiggaile 18 bolbe")
F("minors", "bn-Latn", "Lisbon e kichu lok 16-17 bochor er bangali pola diye raat e delivery koray onner account e. school e jay na. ekjon er accident hoise, hospital e nite dey nai karon account to onner nam e")
F("minors", "en", "The boy is only 14 but tall, nobody will check. He can do packing at the warehouse nights. Put him in the room with the other workers and keep his papers with you.")
F("minors", "en", "My sister's son came through Libya at 16. The man who paid for his boat now says he owes 9,000 euro and has him picking grapes in Puglia for nothing. He cries on the phone, says he wants to go to school.")

# ---- threats_and_coercion (bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn", "একাউন্ট ছাড়তে চাস? ঠিক আছে, তোর নামে পুলিশে রিপোর্ট করমু তুই আমার একাউন্ট চুরি করছস। কাগজ নাই তোর, সোজা ডিপোর্ট। সুনামগঞ্জে তোর বাপের বাড়িও চিনি, মনে রাখিস")
F("threats_and_coercion", "bn", "বেতন চাওয়ার পর কন্ট্রাক্টর আর তার দুই লোক রাইতে রুমে আইসা মারছে। কইছে আর মুখ খুললে এআইএমাতে জানাইবো আমি কাম করি না, রেসিডেন্সের ফাইল বাতিল")
F("threats_and_coercion", "bn-Latn", "tui jodi GNR ke kichu bolish, tor ma baba ke Derai te khobor pathabo. tor 5 lakh er dena akhono baki, manush pathabo barite, bujhli?")
F("threats_and_coercion", "bn-Latn", "boss bolse 'abbandono' report korbe, tahole Italy te permesso renew hobe na. ar bolse community te sobai ke bolbe ami chor. tai chup kore kaj kortesi")
F("threats_and_coercion", "en", "Listen carefully. You leave this job, I cancel your contract at Segurança Social and your residence application dies. Then you're illegal, and I know people at the airport. Think of your wife in Jagannathpur.")
F("threats_and_coercion", "en", "If Rahim opens his mouth at the embassy, take his phone and send him back to the farm. Tell him we have his NID copy 1987614325102 and his brother's address in Chhatak.", [("bd_nid", "1987614325102")])
F("threats_and_coercion", "en", "Last warning. 3 riders already kicked from the group because they complained. You want your account blocked and a fraud report on your name? Pay the 200 and keep riding.")

# ================= OK
# bn (20)
N("news", "bn", "সুনামগঞ্জের দিরাই থেকে ইতালি পাঠানোর নামে প্রতারণা: মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, চক্রটি লিবিয়া হয়ে ইউরোপে পাঠানোর কথা বলে জনপ্রতি ১২ লাখ টাকা নিত।")
N("awareness", "bn", "প্রবাসী ভাইয়েরা সাবধান! কেউ পর্তুগালের 'কন্ট্রাক্ট' বেচলে টাকা দিবেন না। এআইএমার আপয়েন্টমেন্ট টাকায় কেনা যায় না। পাসপোর্ট নিজের কাছে রাখবেন, বাড়িওয়ালা বা মালিক কাউকে দিবেন না। সমস্যা হলে লিসবনে বাংলাদেশ দূতাবাসে যোগাযোগ করুন।")
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: ইতালিতে মৌসুমি কৃষি শ্রমিক হিসেবে যেতে ইচ্ছুকরা শুধুমাত্র লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সির মাধ্যমে আবেদন করুন। স্মার্ট কার্ড ছাড়া বিদেশ গমন করবেন না। সরকার নির্ধারিত ফি ও এজেন্সির লাইসেন্স নম্বর যাচাই করুন: www.bmet.gov.bd", [("url", "www.bmet.gov.bd")])
N("receipt", "bn", "বিকাশ: আপনার অ্যাকাউন্টে ৳২০,০০০.০০ রেমিট্যান্স গ্রহণ সফল। প্রেরক: Ria Money Transfer (Portugal)। TrxID CFT8R2N5WA। ব্যালেন্স ৳২১,৪৫০.৫০", [("mfs_transaction", "CFT8R2N5WA")])
N("family", "bn", "আব্বা, এই মাসে ৩০০ ইউরো পাঠাইলাম, ৩৮ হাজার মতো হইবো। ২০ হাজার দিয়া সুমির কলেজে ভর্তি, বাকিটা ধানের খরচ। আমি ভালা আছি, চিন্তা কইরো না")
N("family", "bn", "ভাবি কইছে মাহমুদার বিয়ার কথা পাকা, ছেলে পর্তুগালে থাকে, টিআরসি কার্ড আছে। বিয়ার পরে ফ্যামিলি রিইউনিফিকেশনে নিয়া যাইবো। তুমার কাছে কাগজের নিয়মটা জিগাইতে কইছে")
N("worker_content", "bn", "আলহামদুলিল্লাহ, আইজকা নিজের নামে গ্লোভো একাউন্ট হইছে। আর কারো একাউন্ট ভাড়া লাগবো না। দুই বছর অন্যের একাউন্টে চালাইছি, এখন যা কামাই সব আমার")
N("worker_content", "bn", "এই বছরের মৌসুমে কোম্পানি ভালা, ঘণ্টায় ৫.৫০ ইউরো, ওভারটাইম আলাদা, প্রতি মাসের ৫ তারিখে ব্যাংকে দেয়। থাকার ঘরে ৪ জন, গরম পানি আছে, শুক্রবার নামাজে যাইতে দেয়")
N("joke", "bn", "বউ জিগায় বেলজিয়ামের চকলেট আনবা? কইলাম বইন আমি পর্তুগালে রাস্পবেরি তুলি, চকলেট না 😂 দেশে আইলে রাস্পবেরি খাওয়াইমু")
N("chatter", "bn", "খেলা দেখছস? শান্ত আইজকাও জিরো 😭 আমি ডেলিভারির মাঝে ফোনে স্কোর দেখতে গিয়া প্রায় গাড়ির নিচে পড়ছিলাম", hard=False)
N("news", "bn", "ওদেমিরায় কৃষি শ্রমিকদের ওপর নির্যাতনের অভিযোগে পর্তুগিজ পুলিশের অভিযান, ২৮ জন উদ্ধার; গ্রেপ্তার ৪ ঠিকাদার। উদ্ধারকৃতদের মধ্যে বাংলাদেশি ও নেপালি শ্রমিক রয়েছেন।")
N("awareness", "bn", "শিশুদের লিবিয়া হয়ে ইতালি পাঠানো মানে জীবনের ঝুঁকি। দালাল যত কথাই বলুক, ১৮ বছরের নিচের ছেলেকে সাগরে পাঠাবেন না, বয়স বাড়িয়ে পাসপোর্ট করাবেন না। — সুনামগঞ্জ জেলা প্রশাসন ও অভিবাসন সহায়তা কেন্দ্র")
N("official", "bn", "পারমেসো দি সোজর্নো নবায়ন: পোস্ট অফিসের কিটে খরচ — ১৬ ইউরো মার্কা দা বোল্লো, ৩০.৪৬ ইউরো ইলেকট্রনিক কার্ড, ৩০ ইউরো পোস্টের সার্ভিস, আর মেয়াদ অনুযায়ী সরকারি ফি। এর বেশি কেউ চাইলে আমাদের জানান। কাফ বাংলা রোমা, ফোন +39 06 4872 1190", [("phone", "+390648721190")])
N("family", "bn", "আম্মার পাসপোর্টের মেয়াদ শেষ, হজে যাওয়ার আগে নতুন ই-পাসপোর্ট করতে হইবো। সুনামগঞ্জ অফিসে ফিঙ্গার দিয়া আইছে, ডেলিভারি ২১ দিনে। টাকা আমি পাঠাই দিছি")
N("chatter", "bn", "ভাই আলমাদায় রুম খালি আছে নাকি? ২ জন, প্রত্যেকে ২০০ করে দিতে পারমু। কন্ট্রাক্ট দিলে ভালা, আতেস্তাদো দি রেসিদেন্সিয়া লাগবো এআইএমার লাগি")
N("receipt", "bn", "নগদ: ০১৭৩৩৪৫৮৮২১ নম্বরে ৳৫,০০০ সেন্ড মানি সফল। TxnID 7XK2M9PD। চার্জ ৳০।", [("phone", "+8801733458821"), ("mfs_transaction", "7XK2M9PD")])
N("joke", "bn", "এআইএমার আপয়েন্টমেন্ট আর বিয়ার পাত্রী — দুইটাই পাইতে ৩ বছর লাগে, আর দুইটার লাগিই সবাই কয় দালাল ধরো 😂")
N("chatter", "bn", "আইজকা বৃষ্টি, অর্ডার কম। বাসায় আইসা খিচুড়ি রানছি, আইয়া খাইয়া যাও", hard=False)
N("family", "bn", "আম্মা, ছোটু পরীক্ষায় কত পাইছে? ফোনটা ওরে দেও একটু", hard=False)
N("news", "bn", "ইতালির ডিক্রেতো ফ্লুসির ভুয়া নুল্লা অস্তা চক্রের বিরুদ্ধে ঢাকায় মামলা; প্রবাসী কল্যাণ মন্ত্রণালয় বলছে, কোটা ভিসার জন্য কোনো দালালকে টাকা দেবেন না।")
# bn-Latn (20)
N("news", "bn-Latn", "Lisbon e ajke PJ er raid: 5 jon bangali greftar, tara fake contract bikri korto 3000 euro kore. news e dekhlam, amader area r ekta dokan o chilo list e")
N("awareness", "bn-Latn", "Community group notice: keu jodi 'AIMA appointment 500 euro' bole, eta fraud. appointment er jonno kauke taka diben na. r kono landlord passport rakhte chaile diben na, eta illegal. help lagle call: +351 218 106 100", [("phone", "+351218106100")])
N("worker_content", "bn-Latn", "Amar Bolt account nijer nam e, 2 bochor hoise. week e 450-500 kamai, tax diye kisu thake. bhalo e achi, mash e 400 euro bari pathai, kono dena nai")
N("family", "bn-Latn", "Ammu, passport er copy ta WhatsApp e pathaisi, oita diye Sonali bank e nominee form fill up koro. original passport amar kache e ache, chinta koiro na")
N("chatter", "bn-Latn", "Faruk bhai tumar Glovo er bag ta bechba? 20 euro dimu, amar ta chhire gese. account lagbe na, sudhu bag")
N("receipt", "bn-Latn", "bKash e taka ashse? ami Western Union diye 250 euro pathaisi, MTCN 8830441297. Abbu ke bolo Jagannathpur er agent er kache jaite, NID niye")
N("joke", "bn-Latn", "Ekjon Alentejo te kaj kore r ekjon Milan e. Milan wala bole 'ami fashion city te thaki'. Alentejo wala bole 'ami o fashion kori, proti din notun color er rode pora mukh' 😂")
N("family", "bn-Latn", "Apa r biye te ashte parbo na, TRC renew er file chole, ber hoile r dhukte dibe na. taka pathabo 1 lakh, r mehendi er video pathaio")
N("official", "bn-Latn", "Patronato notice: Decreto Flussi 2026 er click day application sudhu employer (datore di lavoro) kore, worker kono taka dibe na. keu taka chaile report korun: sportello.bangla@inca-roma.it", [("email", "sportello.bangla@inca-roma.it")])
N("chatter", "bn-Latn", "rider group e keu jane Lidl er shamne parking e police fine dey naki? ami 2 bar ticket khaisi, 60 euro kore")
N("worker_content", "bn-Latn", "contract sign korlam Odemira r ek farm e, 9 mash, 920 euro + housing alada 150. payslip dey, seguranca social number o hoye gese. ei bar valo company pailam")
N("awareness", "bn-Latn", "Bhaiyera, onner account e delivery korle accident hoile insurance paben na, r taka o oi lok er haate. nijer account khulte NIF r seguranca social lage, amra free help dei protibar robibar Martim Moniz mosjid er pashe")
N("news", "bn-Latn", "Italy te caporalato case: Latina te ek worker er mrittur por police 10 ta farm e raid dise, 3 jon caporale greftar. Bangladeshi worker der keu somossay thakle helpline e call korte bolse")
N("family", "bn-Latn", "Bhai tumi je 5000 taka chaichila, Nagad e dilam 01812-334907 e, TxnID 9LQ3RT6K. Ammar oshudh kinba age", [("phone", "+8801812334907"), ("mfs_transaction", "9LQ3RT6K")])
N("chatter", "bn-Latn", "kal khela ache 8 ta, Benfica vs Porto, amader ghore TV te dekhbo, chips niya aiso", hard=False)
N("joke", "bn-Latn", "Uber Eats e amar rating 4.98, biyer market e 2.1 😭 Amma bole passport e 'rider' lekha thakle meye dibe na")
N("family", "bn-Latn", "Tahirpur e barir kaj shuru korsi, rod cement er taka ami 3 mash e pathabo. kono loan nibo na, dhire dhire hok")
N("worker_content", "bn-Latn", "ami ar Sajid bhai dui jon er nam e alada Glovo account, kintu bike ekta. ek jon din e, ek jon raat e. petrol ordhek ordhek, kono jhamela nai")
N("chatter", "bn-Latn", "Lisbon e ajke onek thanda, jacket nite bhule gesi, haat jome gese", hard=False)
N("official", "bn-Latn", "Embassy of Bangladesh Lisbon: passport renewal er jonno online appointment nite hobe, fee website e deya ache. kono dalal er madhyame appointment kinben na. link: https://lisbon.mofa.gov.bd", [("url", "https://lisbon.mofa.gov.bd")])
# en (20)
N("news", "en", "Portuguese police dismantled a network that exploited farm workers in Beja district; 35 victims, mostly from South Asia, were found living in containers. Eleven suspects detained.")
N("awareness", "en", "PSA for riders: renting someone else's delivery account is against platform rules and leaves you with no insurance. If someone is holding your earnings or your documents, call the helpline or the embassy. You are not alone.")
N("official", "en", "AIMA: residence permit applications under articles 88/89 now go through the online portal. Fees are published on the official website only; AIMA does not work through intermediaries. https://aima.gov.pt", [("url", "https://aima.gov.pt")])
N("receipt", "en", "Ria: Transfer completed. 350.00 EUR -> 45,220.00 BDT. Beneficiary: Abdul Hannan, Sunamganj. PIN 4417 2290 581. Available for bKash deposit.")
N("receipt", "en", "Western Union: Your transfer of EUR 200.00 to MST RAHELA BEGUM, Bangladesh, is ready for pickup. MTCN: 6194420831. Thank you for choosing Western Union.")
N("family", "en", "Bro bhabi's e-passport came, number A13950627. Send me a photo of the first page so I can book the family reunification appointment.", [("bd_passport", "A13950627")])
N("worker_content", "en", "First season at a proper farm in Ferreira do Alentejo. 8 hours, Saturday half day, overtime paid, boss even drove Habib to the health centre. Can't complain.")
N("joke", "en", "My Glovo bag has seen more of Lisbon than any tourist. Ask it for directions 😂")
N("chatter", "en", "Anyone going to Milan next week? Need someone to bring my winter jacket from Marco's flat, I'll pay your metro lol", hard=False)
N("news", "en", "Italy: Guardia di Finanza seizes €2 million from a ring selling fake 'nulla osta' for the Decreto Flussi; Bangladeshi and Pakistani migrants among the victims, prosecutors say.")
N("awareness", "en", "Solidariedade Imigrante: free legal clinic every Tuesday. Bring your passport yourself and take it home with you, don't leave it with anyone. Questions: apoio.juridico@solimigrante.pt", [("email", "apoio.juridico@solimigrante.pt")])
N("family", "en", "Mom says the groom's side wants 2 lakh cash and a gold chain. I told her no dowry. I'll send what I can for the wedding, not for them.")
N("chatter", "en", "Landlord finally fixed the boiler after 3 weeks of cold showers. Rent went up 20 euro though 🙄")
N("worker_content", "en", "Rahim got his TRC card today! 3 years of waiting. Party at the house Friday, biryani on me.")
N("official", "en", "Questura di Roma: appointments for the permesso di soggiorno are free. Do not pay anyone for a slot. The Poste Italiane kit costs €30.46 + €16 revenue stamp + €30 postal fee, plus the state contribution.")
N("joke", "en", "Boss said 'take a break'. I took it so seriously I'm on my third tea in 10 minutes ☕", hard=False)
N("chatter", "en", "Happy birthday Tanvir bhai! 🎂 stay blessed", hard=False)
N("receipt", "en", "bKash: You have received Tk 15,000.00 from 01921647380. Ref: bazaar. TrxID DKM4T6W8ZN. Balance Tk 16,210.00", [("phone", "+8801921647380"), ("mfs_transaction", "DKM4T6W8ZN")])
N("family", "en", "Uncle please don't sell the land for Rafi's Italy visa. The man asking 12 lakh is not an agency. Let him register for the seasonal list at the BMET office, I'll help with the form.")
N("chatter", "en", "Looking for a rider to share a room in Amadora, 180 each, bills included, quiet guys only. Call +351 963 204 771", [("phone", "+351963204771")])


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
    random.Random(161).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev161-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
