#!/usr/bin/env python3
"""Blind evaluation set dev25 for evidtriage (issue 15). Written without sight of the rules.

Writes /work/blind/dev25.jsonl: 120 items, 60 flag / 60 ok (45 hard negatives).
"""
import hashlib
import json
import os
import re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def tron(seed):
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def btc(seed):
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


def eth(seed):
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


TRX1 = tron("dev25-ransom-1")
ETH1 = eth("dev25-ransom-eth")
BTC1 = btc("dev25-ransom-btc")


def E(t, v):
    return {"type": t, "value": v}


def ph(v):
    return E("phone", v)


ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))


def O(voice, hard, script, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ---------------------------------------------------------------- flag items
C = "recruitment_deception"
F(C, "bn", "ভাই মালয়েশিয়ায় ফ্যাক্টরির কাজ বইলা নিছিল, এইখানে আইনা দিছে জঙ্গলের পাম বাগানে। কাজের ভিসা দেখাইছিল, এয়ারপোর্টে শুনি এইটা টুরিস্ট ভিসা। দালাল হাশেম অহন ফোন ধরে না ০১৮১৬-৪৪২৯০৭",
  [ph("+8801816442907")])
F(C, "bn", "সৌদি আরবে হাসপাতালে ক্লিনার পদে লোক নেওয়া হইবে। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির। অভিজ্ঞতা লাগবে না। আজাদ ভিসা, যাওয়ার পর যেকোনো জায়গায় কাজ করতে পারবেন, কফিল কিছু কইবো না। যোগাযোগ ইমো ০১৯৩৮৫৫৭১২০",
  [ph("+8801938557120")])
F(C, "bn", "উনারে কইছিল দুবাইয়ের বড় হোটেলে ওয়েটারের চাকরি, মাসে ষাইট হাজার। অহন কয় মরুভূমির মইধ্যে উট চড়ায়। যাওনের আগে আরবি কাগজে সই করাইছে, কী লেখা আছিল কিছুই বুঝে নাই।")
F(C, "bn-Latn", "vai contract e likha chilo 1500 ringgit, ekhon bolse 900 dibe, r company o onno ta. ei kotha dalal age bole nai. visa ta naki calling visa na, visit visa te anse amader 23 jon ke")
F(C, "bn-Latn", "Romania work permit 100% garanti, kono IELTS lagbe na!! agey 2 lakh din, baki visa hate pawar por. embassy file amra nijei kori, apnar sudhu passport r 2 copy chobi pathaben. Wtsp: wa.me/8801745239816",
  [E("whatsapp", "+8801745239816")])
F(C, "bn-Latn", "bhai amk bolsilo singapur er shipyard e job. ashe dekhi myanmar border er kase boro ekta building, chaaripash e kata tarer bera, computer e bideshi manush der thokano kaj. je ashe tar passport niye ney. keu help korte parle koro plz")
F(C, "en", "URGENT HIRING!! Data entry / customer service job in Thailand. Salary $1200 + commission, FREE air ticket, FREE hotel. No experience needed, only basic typing. Limited seats, inbox fast. Telegram @hr_golden_asia or CV to hr.goldenasia.jobs@gmail.com",
  [E("telegram", "@hr_golden_asia"), E("email", "hr.goldenasia.jobs@gmail.com")])
F(C, "en", "they told us its work visa but at KL immigration the officer said visit visa and the company name on paper doesnt exist. agent took 4.5 lakh from each of us. now 11 of us stuck in one room in Johor, agent say wait wait")

C = "fees_and_debt"
F(C, "bn", "ভাই কষ্ট কইরা আসছেন, এখন খোলাখুলি বলি: প্রথম ছয় মাস বেতন থেকে মাসে ৪০০ রিঙ্গিত কাটা যাবে, আপনার ভিসা আর টিকিটের খরচ শোধ না হওয়া পর্যন্ত। এইটাই নিয়ম, সবার জন্য।")
F(C, "bn", "জমি বন্ধক দিয়া সাড়ে পাঁচ লাখ দিছি দালালরে। এখন পোলায় ফোনে কয় ওইখানে আবার আকামার লাইগা ৮০ হাজার চায়, না দিলে কাজে নিবো না। কই পামু এত টাকা")
F(C, "bn", "তোর নামে এখনো দুই লাখ তিরিশ হাজার বাকি। খাওন, থাকন, মেডিকেল সব যোগ হইছে। আগে এইডা শোধ কর, তারপর দেশে যাওনের কথা ভাবিস।")
F(C, "bn-Latn", "bhaiya amader beton theke protimash 30% kete rakhe, bole agencyr loan shodh hole pura beton pabo. 8 mash hoye gelo, loan ekhono 1.2 lakh bolche. kono hishab dekhay na")
F(C, "bn-Latn", "Kuwait cleaning company, visa+ticket+medical shob miliye 6.5 lac. 1 lac advance bkash e pathan ei numbere 01623-908144 (personal), baki ta flight er age. kono rosid lagbe na, amra trusted 10 bochor",
  [ph("+8801623908144")])
F(C, "bn-Latn", "Teknaf theke trolar e Malaysia nimu, ekhon 20 hajar dila hoibo, baki 2 lakh Malaysia pouchaile kaj kore shodh dibi. passport lagbo na, dorkar nai. kauke kois na")
F(C, "en", "Brother the company says I owe them SAR 9,000 for recruitment, iqama and room. Every month they take 700 from my 1000 salary. I asked when it will finish, they say maybe next year, maybe more.")
F(C, "en", "Your debt is now RM 14,000 including food and the transport from Thailand. You work it off, no arguments. No salary until it's cleared.")

C = "payments_and_proceeds"
F(C, "bn-Latn", "tor vai amader kase. 3 lakh taka bkash koren 01785-330271 ei number e, 20 hajar kore vaag kore pathaben, ek number e beshi na. kal sondha porjonto time",
  [ph("+8801785330271")])
F(C, "bn-Latn", f"USDT pathaben TRC20 te, address: {TRX1} . TRC na parle ERC20: {ETH1} . 2500 usdt ashle chele ke chere dibo. police e gele ar khuje paben na",
  [E("tron_address", TRX1), E("eth_address", ETH1)])
F(C, "bn-Latn", "agent er kase 40 hajar cash in korben 3 ta alada number e, ekta e 15 hajar er beshi na. prothom ta hoise TrxID 9DK3HT7W2Q, baki 2 ta pathaia screenshot diben",
  [E("mfs_transaction", "9DK3HT7W2Q")])
F(C, "bn", "আপনার ছেলে লিবিয়ায় আমাদের ক্যাম্পে আছে। ইতালি পার করতে আরো ৭ লাখ লাগবে। টাকা নগদে পাঠাবেন ০১৩০৯৮৭৬৫৪৩ নম্বরে, না পাঠাইলে ওর খাওয়া বন্ধ।",
  [ph("+8801309876543")])
F(C, "bn", "খালা, মালিক কইছে বেতন আমার হাতে দিবো না, দুই মাসের বেতন এজেন্সির লোকের কাছে দিছে। ওর বিকাশে টাকা যায়, আমার হাতে একটা পয়সাও আসে না।")
F(C, "en", f"Send the money in BTC only, 0.09 BTC to {BTC1}. After 2 confirmations we release your husband at the jetty. No police, we are watching the house.",
  [E("btc_address", BTC1)])
F(C, "en", "girls earnings go to my Nagad, not theirs. each guest 3000, they keep nothing till the advance is cleared. send daily total by 11pm to 01896-112734 and post the TxnID in the group",
  [ph("+8801896112734")])

C = "isolation_and_control"
F(C, "bn", "আম্মা ফোনটা মালিকে নিয়া রাখে, শুক্রবারে দশ মিনিটের লাইগা দেয়। এই নম্বর পাশের বাসার ড্রাইভারের, এইখানে আর ফোন দিয়েন না।")
F(C, "bn", "রাতে বাইর থেকে তালা মারে, নিচে দারোয়ান পাহারা দেয়। জানালা দিয়া শুধু দেয়াল দেখি। কাউরে বলবেন না আমি এইসব জানাইছি।")
F(C, "bn", "বাড়িতে বলবি ঢাকায় গার্মেন্টসে কাজ পাইছিস। বিদেশের কথা কেউ জানলে সব ক্যানসেল। তোর মায়েরেও কবি না, বুঝলি?")
F(C, "bn-Latn", "passport gula sir er locker e, bole chuti te jaowar somoy dibe. amar ta e-passport A03817264. ekhane keu eka bahire jaite pare na, supervisor sathe jay bazar e",
  [E("bd_passport", "A03817264")])
F(C, "bn-Latn", "ekhane net nai, shudhu company wifi, sob chat check kore. ami ei sim ta lukaye rakhsi. amar kotha karo ke bolis na, jante parle amake r rakhbe na")
F(C, "bn-Latn", "tumi barite bolba tumi hostel e thako, porashona korcho. ma ke kono chobi pathaba na. number change kore dilam, purano sim ta venge phele daw")
F(C, "en", "They keep all our phones in a box in the office, we get them 1 hour on Friday. If you post anything about the company you lose the phone for a month.")
F(C, "en", "At the airport don't say you are going for work. Say you are visiting your uncle for 2 weeks. Delete this chat after reading.")

C = "labour_exploitation"
F(C, "bn", "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কাজ, কোনো ছুটি নাই। দিনে একবেলা খাওন দেয়, তাও শুকনা রুটি। অসুখ হইলে বেতন কাটে।")
F(C, "bn", "নয় মাস ধইরা বেতন পাই নাই। কোম্পানি কয় পরে একসাথে দিব। ১৪ জন এক রুমে থাকি, বাথরুম একটা, পানি আসে দিনে একবার।")
F(C, "bn-Latn", "bon re 18 ghonta kaj koray, 4 ta bachcha r puro basha eka. ghumate dey rat 2 tay. beton 3 mash dey nai, bole tor agent ke dise")
F(C, "bn-Latn", "malik amader 6 jon ke onno company r kase bechhe dise, ekhon notun kofil notun contract, beton o kom. amra ki maal naki vai")
F(C, "bn-Latn", "duty 16 hour, friday o off nai. overtime er kono taka dey na. ak bela khabar, bhat ar dal. kisu bolle bole chole ja, kintu passport to ora rakhse")
F(C, "en", "we are 40 men on the boat fishing 20 hours a day, captain keeps all salary till end of season. if someone gets sick they drop him at port without pay.")
F(C, "en", "They transferred 6 of us to a new sponsor for 4000 riyal each, like goats. Nobody asked us. New place no salary for 2 months, only food.")

C = "threats_and_coercion"
F(C, "bn", "বেশি কথা কইলে হুরুব দিয়া দিমু, তারপর পুলিশ তোরে ধইরা জেলে ভরবো, দেশে আর যাইতে পারবি না।")
F(C, "bn", "তোর বাপ মায়ের ঠিকানা আমাগো কাছে আছে। পালানোর চেষ্টা করলে গ্রামে লোক যাইবো, বুঝছস?")
F(C, "bn", "মাইয়াটা মামলা না তুললে ওর ভাইয়েরে আর খুঁইজা পাইবো না। কথাটা ওর মায়েরে জানায়া দেন।")
F(C, "bn-Latn", "beshi bara barle police e dhoriye dibo, tor to iqama nai. jail e thakbi 6 mash, tarpor khali hate deport. chup kore kaj kor")
F(C, "bn-Latn", "ajke abar marse, current er shock dise 2 jon ke. bolse target puron na korle sobar emon hobe. amader ber koro vai")
F(C, "bn-Latn", "tor bou er chobi gula amar kase ase. taka ferot chaile ogula facebook e chere dibo. chup thak")
F(C, "en", "If you go to the embassy we file absconding case, you will be blacklisted and never enter any GCC country again. Think about your family.")
F(C, "en", "Boss said anyone who complains goes to the dark room. Yesterday Rafiq went there, he came back and can't walk.")

C = "minors"
F(C, "bn", "মাইয়ার বয়স ১৩ হইলেও সমস্যা নাই, জন্মনিবন্ধন নতুন কইরা ১৮ বানায়া দিমু। নতুন জাতীয় পরিচয়পত্র নং ৪৬১৯২৩৮৮০৫ রেডি, পাসপোর্টে ১৯ দেখাইবো। সৌদিতে বাসার কাজ।",
  [E("bd_nid", "4619238805")])
F(C, "bn", "ঢাকায় এক বাসায় কাজের জন্য ছোট মেয়ে লাগবো, ১০-১১ বছরের হইলে ভালো। বেতন লাগবো না, শুধু খাওয়া পরা। কারো খোঁজে থাকলে জানাইয়েন।")
F(C, "bn", "আপু আমার বয়স তো ১৫, উনি কইছে সমস্যা নাই, কেউ জিগাইলে বলমু ১৯। কাইল রাইতে বাসে উঠাইবো।")
F(C, "bn-Latn", "apu ami to ekhono class nine e pori, boyosh kom holeo ki apnara nen? agent bolse NID banai dibe, barir keu jante parbe na")
F(C, "bn-Latn", "amar choto meye ta ke apnar basay rakhen, 9 bochor boyosh, ghorer kaj sob pare. beton lagbo na, shudhu khaite dien r bochore 5 hajar dilei hoibo")
F(C, "en", "new girl is 15 but looks older, papers say 20. keep her away from the front desk till the new ID is ready.")
F(C, "en", "Need a young boy 12-14 for house help in Riyadh, family will pay agent 3 lakh upfront. Age in passport we will fix.")

C = "sexual_exploitation"
F(C, "bn", "দুবাইয়ে বিউটি পার্লারে মেয়ে নেওয়া হবে, বয়স ১৮-২৫, দেখতে সুন্দর হতে হবে। বেতন দেড় লাখ, টিপস আলাদা। অভিজ্ঞতা লাগবে না, আমরা শিখায়া নিবো। টেলিগ্রাম t.me/parlour_dubai_bd",
  [E("telegram", "@parlour_dubai_bd")])
F(C, "bn", "আপা এইটা পার্লার না। রাতে হোটেলের রুমে পাঠায়, না গেলে খাওন দেয় না। পাসপোর্ট ম্যাডামের কাছে।")
F(C, "bn-Latn", "oman e spa te massage girl lagbe, face sundor hoite hobe, 'extra service' korle income double. visa ticket free, shudhu ashar por 6 mash kono chuti nai")
F(C, "bn-Latn", "madam bolse ajke 6 ta guest, na korle beton kete nibe. ekhane dance bar er naam kore amader ke becha hoy")
F(C, "bn-Latn", "mal ready ase, bangali, 19, ekdom new. hotel e pathano jabe, 2 ghonta 8000, full night 20k. advance nagad e, number inbox e dibo")
F(C, "en", "Hiring young ladies for hotel receptionist job in Kuala Lumpur. Must be slim, fair, below 25. Salary RM 5,000. Must be open minded & friendly with VIP guests. Send full body photo to insta @klvip.hostess",
  [E("instagram", "@klvip.hostess")])
F(C, "en", "they said waitress in a restaurant in Mumbai but it's a house with 20 girls, the aunty sends men to us every night. she says we owe her for the border crossing at Benapole")

# ---------------------------------------------------------------- ok items
# news (6 hard)
O("news", True, "bn", "মালয়েশিয়ায় চাকরির প্রলোভন দেখিয়ে ১৭ জনের কাছ থেকে ৮৫ লাখ টাকা হাতিয়ে নেওয়ার অভিযোগে দালালচক্রের দুই সদস্যকে গ্রেপ্তার করেছে র‍্যাব-১০। তাদের কাছ থেকে ৪২টি পাসপোর্ট উদ্ধার করা হয়েছে।")
O("news", True, "bn", "কক্সবাজারের টেকনাফ উপকূল থেকে ট্রলারে করে মালয়েশিয়া পাচারের সময় তিন শিশুসহ ২৮ জনকে উদ্ধার করেছে কোস্টগার্ড। আটক দুই মানবপাচারকারীর বিরুদ্ধে মামলা হয়েছে।")
O("news", True, "en", "Tribunal sentences two to life imprisonment for trafficking women to Dubai dance bars under the guise of beauty parlour jobs. The verdict was delivered in Dhaka on Thursday.")
O("news", True, "en", "Libya: 23 Bangladeshis held for ransom freed. Families had paid up to Tk 10 lakh via bKash to middlemen, police say. (forwarded from The Daily Star)")
O("news", True, "bn-Latn", "khobor dekhlam, Jessore e 2 dalal dhora porse, 11 jon meye ke border diye India pachar korte chilo. police bolse meye gulor boyosh 14 theke 17")
O("news", True, "bn-Latn", "Somoy TV te dekhaise, Libya theke ferot asha 145 jon er onekei bolse dalal ra tader atke rekhe poribar er kache mukti pon chaito. sorkar bolse dorkar hole ainanugo bebostha")

O("news", False, "bn-Latn", "khobor: kal theke metro rail er somoy 1 ghonta barano hobe, rat 10 ta porjonto cholbe")

# awareness (6 hard)
O("awareness", True, "bn", "সাবধান! বিদেশে যাওয়ার আগে কখনো দালালের হাতে পাসপোর্ট দেবেন না। বিএমইটি নিবন্ধন ছাড়া বিদেশে যাবেন না। প্রয়োজনে কল করুন প্রবাসবন্ধু কল সেন্টার ১৬১৩৫।")
O("awareness", True, "bn-Latn", "Bon ra sabdhan! Dubai/Oman e parlour er chakri, hotel e receptionist, emon offer e visa-ticket free dile bujhben eta fad. Kauke passport diben na, family ke na janiye kothao jaben na. Share korun.")
O("awareness", True, "en", "Know your rights: your employer is NOT allowed to keep your passport or your phone. Wages must be paid every month. If you are locked in or threatened, contact the embassy labour wing.")
O("awareness", True, "en", "Scam alert: 'customer service' jobs in Cambodia or Myanmar paying $1500 with free flights are often traps. Passports are taken and workers are forced to run online scams. Never go through Telegram recruiters.")
O("awareness", True, "bn", "শিশুদের গৃহকর্মে নিয়োগ দণ্ডনীয় অপরাধ। ১৪ বছরের কম বয়সী কাউকে কাজে রাখবেন না। বয়স বাড়িয়ে জন্মনিবন্ধন বা পাসপোর্ট করার চেষ্টা দেখলে নিকটস্থ থানায় জানান।")
O("awareness", True, "bn-Latn", "Apnar sontan ke keu boyosh bariye passport korte bole, ba 'free visa' dibe bole advance taka chay, tahole 999 e call korun. Manob pachar protirodhe amra sobai.")

# official / licensed agency (6 hard)
O("official", True, "bn", "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৪৫)। মালয়েশিয়া গমনেচ্ছু কর্মীদের জন্য সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা, ব্যাংক রশিদের মাধ্যমে পরিশোধযোগ্য। কোনো দালালকে টাকা দেবেন না। অফিস: ০২-৫৫০১২৩৪৫",
  [ph("+880255012345")])
O("official", True, "en", "BMET notice: workers must register on the Ami Probashi app and collect the smart card before departure. Passports are submitted only to the licensed recruiting agency for visa stamping and returned with the visa. Complaints: helpdesk.probashi@bmet.gov.bd",
  [E("email", "helpdesk.probashi@bmet.gov.bd")])
O("official", True, "bn-Latn", "Assalamu alaikum. Amra sorkari license prapto agency (RL 0987). Saudi cleaner visa, kono advance nai, medical pass er por bank e payment, rosid soho. Passport jama thakbe embassy stamping er jonno 10-15 din, tarpor ferot.")
O("official", True, "en", "Embassy of Bangladesh, Riyadh: workers whose iqama has expired or who were reported huroob may apply for an outpass at the labour wing, Sunday to Thursday. Hotline +966 55 123 4870 (WhatsApp).",
  [ph("+966551234870")])
O("official", True, "bn", "প্রবাসী কল্যাণ ব্যাংক থেকে অভিবাসন ঋণ: জামানত ছাড়াই ৩ লাখ টাকা পর্যন্ত, সহজ কিস্তিতে পরিশোধ। বিস্তারিত জানতে নিকটস্থ শাখায় যোগাযোগ করুন।")
O("official", True, "bn", "পুলিশ সদর দপ্তরের বার্তা: অপহরণ করে মুক্তিপণ দাবি করা হলে বিকাশ বা নগদে টাকা না পাঠিয়ে দ্রুত ৯৯৯-এ জানান। অভিযোগ পেলে জড়িতদের নম্বর শনাক্ত করা হবে।")

# receipts (6 hard, 2 plain)
O("receipt", True, "en", "You have received Tk 25,000.00 from 01711902384. Ref abba. Fee Tk 0.00. Balance Tk 31,460.50. TrxID BHK7Q2LM9D at 12/11/2026 19:42",
  [ph("+8801711902384"), E("mfs_transaction", "BHK7Q2LM9D")])
O("receipt", True, "en", "Money Received. Amount: Tk 5000.00 Sender: 01819457263 Ref: passport fee TxnID: 7HX2KD9A Balance: Tk 6,210.00",
  [ph("+8801819457263"), E("mfs_transaction", "7HX2KD9A")])
O("receipt", True, "bn", "আপনি ০১৭৯৮৫৬৩১২০ নম্বর থেকে ৳১২,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১৫,৩৪০.২০। TrxID CJ83KLM2PQ ১৪/১১/২০২৬ ০৮:১৫",
  [ph("+8801798563120"), E("mfs_transaction", "CJ83KLM2PQ")])
O("receipt", True, "en", "Cash-In from A/C: ***4471 Tk 8,000.00 Fee: Tk 0.00 Balance: Tk 9,120.75 TxnId: 4519873302 Ref: visa medical",
  [E("mfs_transaction", "4519873302")])
O("receipt", True, "en", "Dear Customer, your A/C **7720 is credited with BDT 48,650.00 foreign remittance from AL RAJHI BANK KSA incl. 2.5% govt incentive. Ref RMT2611ARB. Avail Bal BDT 52,114.30")
O("receipt", True, "bn-Latn", "bhai taka pathaisi dekhen: Tk. 3,500.00 sent to 01550334871. TrxID 0K2MB7VS4T. eta ticket er baki, agency rosid dise",
  [ph("+8801550334871"), E("mfs_transaction", "0K2MB7VS4T")])
O("receipt", False, "en", "Cash Out Tk 2,000.00 to Agent 01934567821 successful. Fee Tk 37.00. Balance Tk 540.00. TrxID CF2A9XK1LB at 03/12/2026 10:05",
  [ph("+8801934567821"), E("mfs_transaction", "CF2A9XK1LB")])
O("receipt", False, "en", "Payment of Tk 1,250.00 to DESCO Prepaid is successful. Fee Tk 0.00. Balance Tk 3,880.00. TrxID BJ7WQ3ZN0M at 01/12/2026 21:17",
  [E("mfs_transaction", "BJ7WQ3ZN0M")])

# worker content (6 hard, 3 plain)
O("worker_content", True, "bn", "আলহামদুলিল্লাহ, কোম্পানি ভালো। বেতন প্রতি মাসের ২৮ তারিখে ব্যাংকে আসে, ওভারটাইম আলাদা। পাসপোর্ট আমার কাছেই থাকে, ইকামাও নতুন হইছে।")
O("worker_content", True, "bn-Latn", "Bhai chinta koiren na, ekhane malik onek valo. passport ta nijer kase, friday chuti, khana company dey. 2 bochor por chuti te ashbo insha allah")
O("worker_content", True, "en", "Just got my 2nd month salary RM 1,850 in full. Agency took only the official fee, receipts in hand. Room has 6 people but AC and wifi. Alhamdulillah.")
O("worker_content", True, "bn-Latn", "ajke 14 ghonta duty korlam karon overtime double dey, nijer icchay nisi. kal off nibo. beton e 400 riyal extra ashbe")
O("worker_content", True, "bn", "মালিক আমার ফোনটা দোকানে সারাইতে দিছে, কাইল ফেরত দিবো। তাই রুমমেটের সৌদি নম্বর থেইকা দিলাম: ০৫৫৮৩২১৯০৭",
  [ph("+966558321907")])
O("worker_content", True, "en", "Supervisor keeps the main gate locked at night for security but we have our own key cards, we go out whenever. Nobody holds our passports. Good job honestly.")
O("worker_content", False, "bn-Latn", "aj prothom duty shesh, kitchen e helper. sobai valo, bangali 5 jon ase.")
O("worker_content", False, "bn", "রুমমেটরা মিলে আজ বিরিয়ানি রান্না করলাম, ছবি পাঠাইলাম দেখেন")
O("worker_content", False, "en", "passed my forklift license test today, supervisor says I can move to the warehouse team next month")

# jokes (5 hard, 2 plain)
O("joke", True, "bn-Latn", "bou amar passport lukaye rakhse jate ami dubai na jai 😂 eita e asol human trafficking")
O("joke", True, "bn", "অফিসের বস এমন কাজ করায়, মনে হয় আমি তার কেনা গোলাম 😭 ছুটি চাইলেই বলে ডেডলাইন")
O("joke", True, "en", "my mom confiscated my phone until I finish exams, basically a hostage situation lol send ransom in chocolate")
O("joke", True, "bn-Latn", "amar shashuri bole ami naki tar chele ke 'pachar' kore niye gesi dhaka te 🤣🤣")
O("joke", True, "en", "Boss: you can't leave until the report is done. Me: is this legal? HR: it's called team spirit 💀")
O("joke", False, "bn-Latn", "kal exam ar ami ekhono chapter 1 e 😭😂")
O("joke", False, "bn", "বিয়ের দাওয়াতে গিয়া রোস্ট শেষ, খালি পোলাও 😂")

# chatter (5 hard, 4 plain)
O("chatter", True, "bn-Latn", "Dubai er number ta save kor +971 50 418 2293, ota Sumon vai er. kal video call dibo",
  [ph("+971504182293")])
O("chatter", True, "en", "salary 45k at the new job but the commute is killing me. anyone know a flat near Banani?")
O("chatter", True, "bn", "মালয়েশিয়ার ভিসা নিয়া এত প্যারা! এজেন্সি বলে আরেকটা মেডিকেল লাগবে। সরকারি রেট ৭৮ হাজারই দিছি, রশিদ আছে।")
O("chatter", True, "bn-Latn", "ei hotel e ki spa ase? Cox's bazar e 3 din thakbo, family niye")
O("chatter", True, "en", "anyone selling a used bike? budget 80k, can pay on bkash. dm @rafi_rides on insta",
  [E("instagram", "@rafi_rides")])
O("chatter", False, "bn", "আজ বৃষ্টি হইবো মনে হয়, ছাতা নিয়া বাইর হইস")
O("chatter", False, "bn-Latn", "match dekhsos? bangladesh jitse!")
O("chatter", False, "en", "meeting moved to 4pm, bring the printed slides")
O("chatter", False, "bn", "ভাই কাল রাতে নেট ছিল না তাই রিপ্লাই দিতে পারি নাই")

# family (5 hard, 3 plain)
O("family", True, "bn", "আম্মা, আপনার আর আব্বার পাসপোর্টগুলো আমার আলমারিতে রাখছি, হজ্জের এজেন্সি ভিসা লাগাইয়া ফেরত দিবো। চিন্তা কইরেন না।")
O("family", True, "bn-Latn", "abbu tomar NID number ta pathao to, bank account khulte lagbe. NID: 19872694512345678 eita na?",
  [E("bd_nid", "19872694512345678")])
O("family", True, "en", "Ma, sent 30,000 for Nila's school fees and the rest for the loan kisti. Don't give the money to uncle this time 😅")
O("family", True, "bn", "বোনের বিয়ার লাইগা দুই লাখ টাকা লাগবো, জমি বন্ধক রাখা লাগবো মনে হয়। তুই সৌদি থেইকা কিছু পাঠাইতে পারবি?")
O("family", True, "bn-Latn", "Rahim er passport number BK0843216, ticket kata hoise 15 tarikh er. airport e amra sobai jabo",
  [E("bd_passport", "BK0843216")])
O("family", False, "bn", "খাইছস বাবা? ঠান্ডা লাগাইস না")
O("family", False, "bn-Latn", "ammu bolse eid e bari asho")
O("family", False, "en", "Dad's surgery went fine, he's resting now.")


# ---------------------------------------------------------------- checks and write
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def check(item):
    digits = re.sub(r"\D", "", item["text"].translate(BN_DIGITS))
    for e in item["entities"]:
        v = e["value"]
        if e["type"] in ("phone", "whatsapp"):
            assert v.startswith("+"), v
            nsn = v[4:] if v.startswith("+880") else v[4:]
            assert nsn in digits, (v, item["text"])
        elif e["type"] in ("bd_nid",):
            assert v in digits, v
        else:
            assert v.lower().lstrip("@") in item["text"].lower(), (v, item["text"])


def main():
    out = "/work/blind/dev25.jsonl"
    assert len(ITEMS) == 120, len(ITEMS)
    import random
    random.Random(25).shuffle(ITEMS)
    with open(out, "w", encoding="utf-8") as fh:
        for i, it in enumerate(ITEMS, 1):
            check(it)
            rec = {"id": f"dev25-{i:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["entities"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out, len(ITEMS))


if __name__ == "__main__":
    main()
