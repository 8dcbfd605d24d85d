#!/usr/bin/env python3
"""Blind eval set dev29: 120 items (60 flag, 60 ok). Written without sight of the detector."""
import hashlib, json, random, re

OUT = "/work/blind/dev29.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def b58check(version: bytes, payload: bytes) -> str:
    raw = version + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def seed20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]


BTC1 = b58check(b"\x00", seed20("dev29-btc-1"))
BTC2 = b58check(b"\x05", seed20("dev29-btc-2"))
TRX1 = b58check(b"\x41", seed20("dev29-trx-1"))
TRX2 = b58check(b"\x41", seed20("dev29-trx-2"))
ETH1 = "0x" + seed20("dev29-eth-1").hex()


def bn(s):
    return s.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))


def P(v):  return {"type": "phone", "value": v}
def W(v):  return {"type": "whatsapp", "value": v}
def TG(v): return {"type": "telegram", "value": v}
def IG(v): return {"type": "instagram", "value": v}
def EM(v): return {"type": "email", "value": v}
def PP(v): return {"type": "bd_passport", "value": v}
def NID(v): return {"type": "bd_nid", "value": v}
def TX(v): return {"type": "mfs_transaction", "value": v}
def BTC(v): return {"type": "btc_address", "value": v}
def ETH(v): return {"type": "eth_address", "value": v.lower()}
def TRX(v): return {"type": "tron_address", "value": v}

# (category, script, text, entities)
FLAG = [
 # ---------------- recruitment_deception (8)
 ("recruitment_deception", "bn", "ভাই মালয়েশিয়ার ফ্যাক্টরিতে কাজ, মাসে ৬০ হাজার পাক্কা, থাকা খাওয়া কোম্পানির। ভিসা আসলে টুরিস্ট দিয়া ঢুকামু, ওইখানে গিয়া সব ঠিক হইয়া যাইবো, কাউরে কিছু কইয়েন না", []),
 ("recruitment_deception", "bn", "আফা দুবাই এর বড় হাসপাতালে ক্লিনারের কাজ, কোন অভিজ্ঞতা লাগবো না। শুধু মেয়ে লাগবো বয়স ২০-২৮, দেখতে ভালো হইলে বেতন বেশি। ইমো করেন ০১৮১৯-৪৪৭২১৩", [P("+8801819447213")]),
 ("recruitment_deception", "bn", "ওরা কইছিল হোটেলে বাবুর্চির কাজ, আইসা দেখি মরুভূমিতে উট চরাই। কাগজে যা লেখা ছিল তার কিছুই না", []),
 ("recruitment_deception", "bn-Latn", "bhai saudi te company visa bolsilen ekhon dekhi kafil er bari kam, ami to driver er jonno asci", []),
 ("recruitment_deception", "bn-Latn", "Urgent!! Romania/Serbia work permit, factory job 900 euro, thaka khawa free. 3 mash e visa gurantee. Agreement paper dorkar nai amader upor vorsa rakhen. wa.me/8801756338104", [W("+8801756338104")]),
 ("recruitment_deception", "bn-Latn", "tumi sudhu ek bar dubai ashe dekho, salon e kaj, tips e i mashe 1 lac hoy. pore ja hoy amra dekhbo 😊", []),
 ("recruitment_deception", "en", "Sis they said nurse aide job in Riyadh, contract in English I couldnt read, now madam says I am house maid and contract was only for airport", []),
 ("recruitment_deception", "en", "Hiring girls for Dubai hotel reception, no experience, no English needed, visit visa first then company will change. Free ticket. DM @dxb_jobs_fast on instagram", [IG("@dxb_jobs_fast")]),
 # ---------------- fees_and_debt (8)
 ("fees_and_debt", "bn", "চাকরির জন্য সাড়ে পাঁচ লাখ দিছি, জমি বন্ধক দিয়া। এখন কয় আরো দেড় লাখ না দিলে আকামা হইবো না", []),
 ("fees_and_debt", "en", "first 6 months pay stays with company for ticket n medical, after that whatever u earn is urs. sign here and here", []),
 ("fees_and_debt", "bn", "আম্মা টাকা পাঠাইতে পারুম না, মালিক কয় আমার কাছে নাকি এখনো ৮০০০ রিয়াল পাওনা। যত কাজ করি দেনা কমে না", []),
 ("fees_and_debt", "bn-Latn", "baki 2 lac dile tarpor flight. na dile agerta o ferot hobe na, amra to risk nisi", []),
 ("fees_and_debt", "bn-Latn", "oi khane gele kisti te kete nibe protti mash e, tension nio na. khali ekhon 50k advance dao", []),
 ("fees_and_debt", "en", "boss says my food and room is 600 ringgit each month, cut from pay. pay is 1100. plus he cut agent money too. I have nothing left to send home", []),
 ("fees_and_debt", "en", "u owe us for the ticket the visa the food. till it is finished u dont go anywhere. simple", []),
 ("fees_and_debt", "bn-Latn", "ভাই kaj pawar age 3.5 lakh dite hobe, ar amader loan er option ase, beton theke mashe mashe katbo", []),
 # ---------------- payments_and_proceeds (7)
 ("payments_and_proceeds", "bn", "৪০ হাজার এক নাম্বারে দিয়েন না, ভাইঙ্গা দেন: ২০ বিকাশ ০১৭৮৩৯২৫৬১৪ আর ২০ নগদ ০১৬৪৫৮৭২৩০৯। দুইটাই পার্সোনাল, ক্যাশ আউট চার্জ সহ", [P("+8801783925614"), P("+8801645872309")]),
 ("payments_and_proceeds", "bn", "রাতের ট্রিপের টাকা আজকে রকেটে যাবে, সবাই নিজের নাম্বার দিও না, ম্যাডামেরটা দাও", []),
 ("payments_and_proceeds", "bn-Latn", "mal er payment usdt te korben trc20: " + TRX1 + " . bkash e ar na, olot palot hosse", [TRX(TRX1)]),
 ("payments_and_proceeds", "bn-Latn", "meye gulor income hundi te pathan dubai theke, ekhane agent er kach theke ami tule nibo. ora jeno hate kichu na pay, bank e dile jhamela", []),
 ("payments_and_proceeds", "en", "send half to this btc " + BTC1 + " and rest cash when the boys reach KL. no bank.", [BTC(BTC1)]),
 ("payments_and_proceeds", "en", "collections from the 3 flats this week, 1.8L. split it: 50k each on 01913-672045 01511 839 264 and the rest agent cashout. dont keep on ur phone", [P("+8801913672045"), P("+8801511839264")]),
 ("payments_and_proceeds", "bn", "মেয়েগুলার হাতে কাস্টমার কোন টাকা দিবো না, সব ইথারে " + ETH1 + " এ পাঠাইতে কইবা, স্ক্রিনশট আমারে দিবা", [ETH(ETH1)]),
 # ---------------- isolation_and_control (7)
 ("isolation_and_control", "bn", "ওরে বাইরে যাইতে দিবেন না, কারো লগে কথা কওয়াইবেন না। বই আর ফোন আমার কাছে থাকবো", []),
 ("isolation_and_control", "bn", "মা আমি কই আছি জানি না, জানালা নাই। সপ্তাহে একবার ২ মিনিট কথা কইতে দেয়, পাশে বইসা থাকে", []),
 ("isolation_and_control", "bn-Latn", "notun duijon re ekhon kono kichu diyo na. sobuj boi ta amar kache joma, aage kaj shikhuk", []),
 ("isolation_and_control", "bn-Latn", "amake tala mere rakhe jokhon bari te keu ase. dokan e jete hole sathe ek jon jay", []),
 ("isolation_and_control", "en", "keep them at the flat, lock from outside. nobody goes down alone and no sim cards, they use my phone only", []),
 ("isolation_and_control", "en", "he told me i cant talk to the other bangladeshi boys at the site. if he sees us together he shifts us", []),
 ("isolation_and_control", "bn-Latn", "ওর ID ar mobile duitai amar kase rakhsi bhai, bari te kotha bolte chaile amake dite hobe age", []),
 # ---------------- labour_exploitation (8)
 ("labour_exploitation", "bn", "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, এক বেলা খাওন দেয়। চার মাস একটা রিয়ালও দেয় নাই", []),
 ("labour_exploitation", "bn", "মাইয়াটা তিন বাড়িতে কাম করে, ছুটি নাই, অসুখ হইলেও কাম, ওষুধ চাইলে গাইল দেয়", []),
 ("labour_exploitation", "en", "bhai whole family stuck at the brick kiln, owner says till the advance is cleared nobody leaves, not even after season ends. kids also carrying bricks", []),
 ("labour_exploitation", "bn-Latn", "vai beton dey na 7 mash, boss bole company loss e ase, kaj koro nahoy line e daraw. ghum 4 ghonta", []),
 ("labour_exploitation", "bn-Latn", "boat e 3 mash, kul e namte dey na. maach dhori din rat, bimar hole sagore fele dibe bole", []),
 ("labour_exploitation", "en", "we work 16 hr, no off day, overtime not paid, when we asked supervisor he said go back to ur country if u can", []),
 ("labour_exploitation", "en", "20 of us sleep in 1 container room next to the plant, no fan, the water is from the washing tap", []),
 ("labour_exploitation", "bn-Latn", "amar duty 18 ghonta ar madam bole tomar beton to agent k diye disi ekbare, tumi ar ki chao", []),
 # ---------------- threats_and_coercion (8)
 ("threats_and_coercion", "bn", "বেশি ত্যাড়ামি করলে হুরুব দিয়া দিমু, জেলে পইচা মরবি, দেশে আর ফিরা লাগবো না", []),
 ("threats_and_coercion", "bn", "তোর মায়ের ঠিকানা আমরা জানি। মুখ খুললে বাড়ির সবাই বুঝবো", []),
 ("threats_and_coercion", "bn", "কথা না শুনলে ভিডিওটা তোর জামাই আর গ্রামের সবাইর কাছে যাইবো", []),
 ("threats_and_coercion", "bn-Latn", "police e gele tor e agey dhorbe, tor kagoj nai mone rakhis. chup thak", []),
 ("threats_and_coercion", "bn-Latn", "ajke rate kaj na korle khabar bondho, kal theke mair shuru. ami moja kortesi na", []),
 ("threats_and_coercion", "en", "if you run again we will find you. last one who tried, ask what happened to his leg", []),
 ("threats_and_coercion", "en", "do as you're told or the loan doubles and your brother in Cumilla pays it. we know where he works", []),
 ("threats_and_coercion", "bn-Latn", "ammu ora amake marse, bole desh e phone korle aro marbe. ami kichu bolte parbo na ekhon, voice delete kore dio", []),
 # ---------------- sexual_exploitation (7)
 ("sexual_exploitation", "bn", "নতুন মাল আসছে, সবগুলা ফ্রেশ। রাত পুরা হলে ১৫, ঘন্টায় ৫। হোটেল আমাদের, আপনি খালি আসেন", []),
 ("sexual_exploitation", "bn", "পার্লারের কাজে যারা আসছে ওগুলারে আজকে রাতে গেস্টদের কাছে পাঠাও, না কইলে ম্যানেজ কইরো", []),
 ("sexual_exploitation", "bn-Latn", "mal ready, rate koto? Gulshan e full night deliver hobe na short time?", []),
 ("sexual_exploitation", "bn-Latn", "bhai notun item duita ashse Cox er dike, pic inbox e disi. party thakle bolen, t.me/cox_night_service", [TG("@cox_night_service")]),
 ("sexual_exploitation", "en", "new girls 🌸 just arrived, friendly, incall/outcall, 24/7, different girls every week. text +60 11-2748 5063", [P("+601127485063")]),
 ("sexual_exploitation", "en", "she has to do 8 customers a night to cover her flat rent, tell her the dance club job is only in the day", []),
 ("sexual_exploitation", "bn", "ডিজে পার্টির জন্য মেয়ে লাগবো তিনটা, কাস্টমার কইছে গেস্ট রুমে থাকতে হইবো, বাকিটা বুঝেন তো 😉", []),
 # ---------------- minors (7)
 ("minors", "bn", "বয়স ১৪ তো কি হইছে, পাসপোর্টে ২২ বানায়া দিমু। মেয়ে দেখতে বড় লাগে, সমস্যা নাই", []),
 ("minors", "bn", "কচি মাল আছে একদম স্কুল ড্রেসে, রেট আলাদা। আগে এডভান্স", []),
 ("minors", "bn-Latn", "chotto ta k boro dekhanor jonno sari poraiya dio, ar bolba 18. keu jigai le tumi tar khala", []),
 ("minors", "bn-Latn", "baccha ta 11 bochor, kaj kore Dhanmondi bari te. school nai, beton ta bap k dei mashe 2k", []),
 ("minors", "en", "any young ones? real young, not 18 young. paying double, telegram @sweet_candy_bd", [TG("@sweet_candy_bd")]),
 ("minors", "en", "the girl from Jessore is 15 but birth cert is being fixed, NID will show 19, then she flies with the group to Dubai", []),
 ("minors", "bn-Latn", "ছোট মাইয়া lagbe kajer, 10-12 bosor, ghore thakbe, beton nai khali khawa pora. mayer sathe deal kore felsi", []),
]

# (voice, script, hard, text, entities)
OK = [
 # ---------------- news (6)
 ("news", "bn", True, "বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে মানবপাচারের অভিযোগে নারায়ণগঞ্জ থেকে দুই দালালকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৭টি পাসপোর্ট উদ্ধার করা হয়।", []),
 ("news", "bn", True, "মানবপাচার মামলায় তিন আসামির যাবজ্জীবন, রায় দিলেন ট্রাইব্যুনাল। লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে আটকে রেখে মুক্তিপণ আদায়ের অভিযোগ প্রমাণিত", []),
 ("news", "bn-Latn", True, "khobor dekhso? sylhet e adam bepari dhorse police, 40 jon er passport uddhar. ekhon court e case cholbe", []),
 ("news", "bn-Latn", True, "ajker prothom alo te likhse malaysia jete 5 lakh porjonto nisse syndicate, sorkari khoroch 79 hajar. eta niye tadanto hobe", []),
 ("news", "en", True, "Police rescued 23 women from a flat in Uttara who had been promised parlour jobs in Dubai; three suspected traffickers were arrested and a case was filed under the 2012 Act.", []),
 ("news", "en", True, "Court hears trafficking case: prosecutors say accused took Tk 4 lakh each from 11 men for fake Saudi work visas and kept their passports. Next hearing 14 January.", []),
 # ---------------- awareness (6)
 ("awareness", "bn", True, "সতর্ক থাকুন! কোনো দালালের হাতে পাসপোর্ট দেবেন না। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন এবং লাইসেন্সধারী এজেন্সি যাচাই করুন। হেল্পলাইন ১৬১৩৫", []),
 ("awareness", "bn", True, "মেয়েকে বিদেশে পার্লারের চাকরি দেবে বলে কেউ টাকা চাইলে আগে থানায় বা ৯৯৯ এ জানান। বিনা খরচে বিদেশে ভালো চাকরি বলে কিছু নেই।", []),
 ("awareness", "bn-Latn", True, "vai sobai share koren: free visa bole kichu nai. saudi giye kaj na pele deport. agent er kache taka dile receipt niben, contract bujhe sign diben", []),
 ("awareness", "bn-Latn", True, "amader union e aj uthan boithok holo manob pachar niye. bolse keu jodi 14-15 bochorer meye ke shohore kaj dite chay, chairman k janate", []),
 ("awareness", "en", True, "Know your rights: your employer may not keep your passport. Wages must be paid on time. If you are locked in or threatened, call the embassy hotline. #SafeMigration", []),
 ("awareness", "en", True, "Training today for 40 returnee women on spotting fake job offers: no one should pay for a visa beyond the government fee, and never travel on a tourist visa for work.", []),
 # ---------------- official (6)
 ("official", "bn", True, "বিজ্ঞপ্তি: মালয়েশিয়া গমনেচ্ছু কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ৭৮,৯৯০ টাকা। এর বেশি অর্থ দাবি করলে নিকটস্থ জেলা কর্মসংস্থান ও জনশক্তি অফিসে অভিযোগ করুন।", []),
 ("official", "bn", True, "মেসার্স রূপসী ওভারসিজ (আরএল-১৬৪২): সৌদি আরবে হাসপাতালের ক্লিনার পদে নিয়োগ। বেতন ১২০০ রিয়াল, ওভারটাইম আলাদা, চুক্তি ২ বছর। সরকারি খরচের বাইরে কোনো টাকা নেওয়া হয় না। যোগাযোগ: ০১৭১১-৯০৩৫৫২", [P("+8801711903552")]),
 ("official", "bn-Latn", True, "Ami Probashi app e registration kore BMET smart card nin. Agency license number check korun website e. Kono sub agent ke nogod taka diben na, bank e jama din.", []),
 ("official", "en", True, "Embassy of Bangladesh, Riyadh: workers whose iqama has expired may apply for exit with the labour wing. Bring passport copy. Contact labour.riyadh@bdembassy-example.org or +966 55 104 2283.", [EM("labour.riyadh@bdembassy-example.org"), P("+966551042283")]),
 ("official", "en", True, "Notice: BMET fingerprint and pre-departure orientation for Qatar demand (hotel staff) on Sunday. Salary QAR 1400 + food + accommodation per employer contract. Fee: govt rate only, paid by pay order.", []),
 ("official", "bn-Latn", True, "Rabeya Overseas (RL 0987) Japan caregiver course e bhorti cholse. Bhasha training 6 mash, JLPT N4 pass korle interview. Kono agrim taka nei na, kono dalal nai.", []),
 # ---------------- receipt (6)
 ("receipt", "en", True, "You have received Tk 15,000.00 from 01722481396. Ref bhai er taka. Fee Tk 0.00. Balance Tk 18,420.55. TrxID BKQ7M2XW9D at 03/11/2026 19:42", [P("+8801722481396"), TX("BKQ7M2XW9D")]),
 ("receipt", "en", True, "Money Received. Amount: Tk 5000.00 Sender: 01836507214 Ref: N/A TxnID: 7HQ2KD9P Balance: Tk 5012.30 04/11/2026 10:15", [P("+8801836507214"), TX("7HQ2KD9P")]),
 ("receipt", "en", True, "Cash Out Tk 20,000.00 to Agent 01917330582 successful. Fee Tk 370.00. Balance Tk 1,204.10. TrxID CLA4R8N2TQ at 02/11/2026 16:03", [P("+8801917330582"), TX("CLA4R8N2TQ")]),
 ("receipt", "bn", True, "আপনি ০১৫৫৩৮২৯৪০৭ নম্বরে ৳২,৫০০.০০ সেন্ড মানি করেছেন। চার্জ ৳০.০০। ব্যালেন্স ৳৭,৮১০.২০। TrxID BHT3Z6PW1K ০৫/১১/২০২৬ ০৮:৫৫", [P("+8801553829407"), TX("BHT3Z6PW1K")]),
 ("receipt", "bn-Latn", True, "bhai taka pathaisi dekhen: TrxID BMX9C4VE7R, 12000 tk, baba r oshud er jonno. pele ekta msg diyen", [TX("BMX9C4VE7R")]),
 ("receipt", "bn", True, "প্রবাসী রেমিট্যান্স: আপনার হিসাবে SAR 1,500 সমপরিমাণ ৳৪৮,৩৭৫ জমা হয়েছে, ২.৫% প্রণোদনা সহ। প্রেরক: মো. কামরুল হাসান, রিয়াদ।", []),
 # ---------------- worker_content (6)
 ("worker_content", "bn", True, "আলহামদুলিল্লাহ নতুন কোম্পানিতে ৩ মাস হইলো, বেতন টাইমলি দেয়, ওভারটাইম ২ ঘণ্টা করি, শুক্রবার ছুটি। আকামা রিনিউ কোম্পানি নিজের খরচে করছে 💪", []),
 ("worker_content", "bn-Latn", True, "probashi vlog ep 12: aj duty sesh 6 tay, ekhon room mate der sathe ranna. passport company r locker e thake na, amar kache e. mash sheshe 1800 riyal ashe", []),
 ("worker_content", "bn-Latn", True, "malaysia te permit renew hoye gese vai, boss valo manush. overtime shoho 2300 ringgit, desh e pathaisi 60 hajar ei mash e", []),
 ("worker_content", "en", True, "Day in my life as a Bangladeshi welder in Qatar: 8hr shift, 2hr OT paid, company bus, camp room with 4 people, AC. Salary day today so sending home via bank 🙏", []),
 ("worker_content", "en", True, "new job offer from Singapore, shipyard, got IPA letter through MOM website and verified it myself. paid agency only the legal fee with receipt. flight next month in sha allah", []),
 ("worker_content", "bn", True, "দুবাই এসে প্রথমে কষ্ট হইছিল, গরমে ১০ ঘণ্টা ডিউটি। এখন সুপারভাইজার হইছি, ছুটিতে দেশে আসতেছি ডিসেম্বরে, টিকিট কোম্পানি দিছে", []),
 # ---------------- joke (6)
 ("joke", "bn-Latn", True, "tor bou tor passport, mobile, wallet sob joma rakhse, tui to already kidnapped bro 😂😂", []),
 ("joke", "bn-Latn", True, "office er boss amake overtime e atke rakhse, beton o dey na, eta to manob pachar 🤣 labour court e jabo", []),
 ("joke", "bn", True, "আম্মু আমারে বাসায় আটকায় রাখছে, পরীক্ষার আগে ফোন জব্দ 😭 মানবাধিকার কমিশনে মামলা করমু", []),
 ("joke", "en", True, "my sister sold me to her friends for a weekend of babysitting, payment was one pizza 🍕 trafficking is real", []),
 ("joke", "en", True, "new mal ready?? 😂 the mango seller bhai on our road literally yelled this at 7am. rate koto was 120 per kg", []),
 ("joke", "bn", True, "দোস্ত তোরে দুবাই বেইচা দিমু, শেখদের উট চরাবি 🐪😂 আগে পরীক্ষায় পাস কর", []),
 # ---------------- chatter (6 hard)
 ("chatter", "bn-Latn", True, "mama kalke airport e jabo Rafiq bhai k nite, Saudi theke ashtese 3 bochor por. gari thik koro", []),
 ("chatter", "bn-Latn", True, "ei ads ta dekh 'dubai job 1 lakh salary no experience' ekdom fake, report dilam", []),
 ("chatter", "en", True, "did u see the new girl in accounts? she's from Rajshahi. she said her dad works in Kuwait, visa renewal stress she was telling", []),
 ("chatter", "bn", True, "মাল ডেলিভারি কখন দিবেন? কাপড়গুলা কাল পার্টিতে লাগবো। রেট তো আগেই ঠিক করছিলাম, বিকাশে বাকি দিয়া দিমু", []),
 ("chatter", "en", True, "for the thesis on forced labour in brick kilns, I need 10 interviews from Munshiganj. can you ask your uncle which kilns allow visits", []),
 ("chatter", "bn", True, "ভাইয়া তুমি কি মালয়েশিয়ার কলিং ভিসার খবর জানো? আমার চাচাতো ভাই সরকারি ভাবে যাইতে চায়, BMET তে রেজিস্ট্রেশন করছে", []),
 # ---------------- family (6)
 ("family", "bn", True, "আব্বা আপনার পাসপোর্টের মেয়াদ শেষ, নতুন ই-পাসপোর্টের জন্য জাতীয় পরিচয়পত্র নম্বর লাগবে। NID: 4158723069 ঠিক আছে না?", [NID("4158723069")]),
 ("family", "bn-Latn", True, "ammu Mitu r boyosh 13 hoilo, class 8 e uthse. school e notun uniform lagbe, taka pathaiyo", []),
 ("family", "bn-Latn", True, "chachi re bolo biye ekhon na, meye 16, SSC dibe aage. chele paksher jara ashse tader bhalo kore bujhaiya bolo", []),
 ("family", "en", True, "Bhai I renewed Abbu's passport, new number EB4071928, keep a copy in the drive. Also sent 10k for Nanu's medicine to Ammu's bkash", [PP("EB4071928")]),
 ("family", "bn", True, "বাবু ঘুমাইছে? ওরে বাইরে যাইতে দিও না আজকে, জ্বর। কাল স্কুলে ছুটির দরখাস্ত দিয়া দিমু", []),
 ("family", "en", True, "Mum the kafeel finally approved my family visa!! Nusrat and the kids can come to Jeddah in March. call me on +966 50 883 1427 tonight", [P("+966508831427")]),
 # ---------------- easy negatives (12 chatter, hard=false)
 ("chatter", "bn", False, "কাল সকালে ক্লাস আছে? নোটগুলা পাঠাইস", []),
 ("chatter", "bn", False, "আজকে খিচুড়ি রান্না হইছে, তাড়াতাড়ি আসো ঠান্ডা হইয়া যাইবো", []),
 ("chatter", "bn", False, "ভাই খেলা দেখছস? শেষ ওভারে কি ছক্কা মারলো 🔥", []),
 ("chatter", "bn", False, "বৃষ্টি থামলে বাজারে যাইও, পেঁয়াজ আর ডিম আনতে হবে", []),
 ("chatter", "bn-Latn", False, "ki re ajke adda te ashbi? 7 tay tong er dokane", []),
 ("chatter", "bn-Latn", False, "valo achi alhamdulillah, tumi kemon? onek din kotha hoy na", []),
 ("chatter", "bn-Latn", False, "bhai wifi er password ta abar dao, change korse mone hoy", []),
 ("chatter", "bn-Latn", False, "eid e bari jabo naki? bus ticket age theke kata lagbe", []),
 ("chatter", "en", False, "happy birthday Tania!! 🎂 have an amazing year", []),
 ("chatter", "en", False, "running 10 min late, traffic at Mohakhali is crazy", []),
 ("chatter", "en", False, "can you send me the photos from the picnic? the ones at the lake", []),
 ("chatter", "en", False, "ok done, see you at the meeting tomorrow at 11", []),
]


OVERT = ["passport", "পাসপোর্ট", "dalal", "দালাল", "agent", "salary", "beton", "বেতন", "visa", "ভিসা",
         "traffick", "পাচার", "debt", "দেনা", "loan", "lock", "tala mere", "police", "হুরুব", "girls", "মাল", "mal "]


def norm(s):
    return s.translate(BN_DIG)


def digits(s):
    return re.sub(r"\D", "", norm(s))


def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        t = it["text"]
        nt = norm(t)
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert v.startswith("+"), it
                d = digits(t)
                local = "0" + v[4:] if v.startswith("+880") else None
                assert v[1:] in d or (local and local in d), (it["id"], v)
            elif e["type"] == "bd_nid":
                assert v in digits(t), (it["id"], v)
            elif e["type"] == "eth_address":
                assert v in nt.lower(), (it["id"], v)
            else:
                assert v in nt or v.lstrip("@") in nt, (it["id"], v)
            if e["type"] in ("btc_address", "tron_address"):
                import base64  # noqa
                n = 0
                for c in v:
                    n = n * 58 + B58.index(c)
                raw = n.to_bytes(25, "big")
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:], v
                assert raw[0] == (0x41 if e["type"] == "tron_address" else raw[0]) and raw[0] in (0, 5, 0x41)
        assert it["label"] in ("flag", "ok")
        assert (it["category"] is None) == (it["label"] == "ok")


def main():
    items = []
    for cat, sc, text, ents in FLAG:
        # hard = the indicator is only implied: none of the overt keywords appear
        hard = not any(k in text.lower() for k in OVERT)
        items.append(dict(text=text, label="flag", category=cat, script=sc,
                          voice="victim_or_recruiter", hard=hard, entities=ents))
    for voice, sc, hard, text, ents in OK:
        items.append(dict(text=text, label="ok", category=None, script=sc,
                          voice=voice, hard=hard, entities=ents))
    random.Random(29).shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append({"id": f"dev29-{i:04d}", **it})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
