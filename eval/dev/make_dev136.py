"""Blind evaluation set dev136 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the detector's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of the research notes were read, for what the indicators mean.
Persona: a bKash/Nagad agent-shop owner and hundi-watcher in Sylhet, Cumilla and Chandpur who reads
customers' SMS receipts and WhatsApp chats, from ransom and split cash-ins to ordinary remittances.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev136.jsonl"
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


BTC1 = btc("dev136-btc-1")
TRON1 = tron("dev136-tron-1")
ETH1 = eth("dev136-eth-1")

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

# ---------------------------------------------------- recruitment_deception (8: bn3 Latn3 en2)
F("recruitment_deception", "bn",
  "ভাই আপনে তো কইছিলেন হোটেলে ওয়েটারের কাম। এইখানে আইনা দেখি মরুভূমির ভিতরে উটের খামারে নামায়া দিছে। "
  "বেতন কইছিলেন ১২০০ রিয়াল, এখন কয় ৮০০। কাগজে যা লেখা সব আরবিতে, কিছুই বুঝি না।")
F("recruitment_deception", "bn",
  "🔥মালয়েশিয়া কোম্পানি ভিসা🔥\nকাজ: ফ্যাক্টরি, বেতন ৬০-৭০ হাজার, থাকা খাওয়া ফ্রি\n"
  "মেডিকেল লাগবে না, ১৫ দিনে ফ্লাইট 🛫 পাসপোর্ট জমা দিলেই সিট কনফার্ম\n"
  "যোগাযোগ (শুধু হোয়াটসঅ্যাপ) ০১৮৪৫-২৩৭৯১৬",
  [("whatsapp", "+8801845237916")])
F("recruitment_deception", "bn",
  "মামু, তাইন খইছলা রোমানিয়া যাইবায়, অখন দুবাই আনিয়া খয় ইখান থাকি আরেক দেশ দিয়া যাওয়া লাগবো। "
  "যে ভিসার কাগজ দেখাইছলা অউটা বুলে নকল, এম্বাসিত কুনু রেকর্ড নাই। আমি অখন কিতা করতাম?")
F("recruitment_deception", "bn-Latn",
  "bhai apnar lok bolse Dubai te cleaner er kaj, salary 1800 dirham. ekhane eshe dekhi free visa, "
  "kono company nai. bole nijer kaj nije khuje nao, iqama o nijer taka diye korte hobe. eta ki kotha holo??")
F("recruitment_deception", "bn-Latn",
  "Apa amar bon ke bolse Jordan e garments factory te kaj. ekhon shuni Riyadh er ek barite ghor mosar kaj kortese. "
  "phone dile kanna kore, bole factory r kono naam gondho nai, keu ekta kotha o bole nai age")
F("recruitment_deception", "bn-Latn",
  "Thailand e online customer service job 💻 shudhu typing jante hobe. salary 1000 USD + commission, "
  "flight ticket hotel sob free. interview lagbe na, English kom jana cholbe. "
  "Telegram e knock den @asia_cs_hr_bd . kauke janaben na, seat limited",
  [("telegram", "@asia_cs_hr_bd")])
F("recruitment_deception", "en",
  "Sir I am from Chandpur. Your agent Rubel (01715 662 038) told my brother job in Poland warehouse and work "
  "permit is ready. We gave all papers and money. Now he is sending him to Kyrgyzstan first and says Poland later "
  "from there. Embassy say the permit number is not real.",
  [("phone", "+8801715662038")])
F("recruitment_deception", "en",
  "brother the company name in contract is diffrent. they told cleaning company but we are in construction site "
  "50 degree. salary they said 1500 now they say 900 becouse 'new rule'. agent phone is off since we land")

# ---------------------------------------------------- fees_and_debt (8: bn3 Latn2 en3)
F("fees_and_debt", "bn",
  "আব্বা, কোম্পানি কয় ভিসা আর টিকেটের খরচ ৪ লাখ ২০ হাজার আমার বেতন থেকে কাটবো। প্রতি মাসে ৭০০ রিঙ্গিত কাটে, "
  "হাতে পাই ২০০। দুই বছরের আগে শোধ হইব না কইছে, তার আগে ছাড়া যাইব না।")
F("fees_and_debt", "bn",
  "দালাল সাব, জমি বন্ধক রাইখা সাড়ে ছয় লাখ দিছি। এখন আবার কন আরো দেড় লাখ না দিলে আকামা হইবো না? "
  "পোলায় ওইখানে বইসা আছে আট মাস। এত টাকা আমরা কই পামু?")
F("fees_and_debt", "bn",
  "আমার ছেলেরে ওরা কয় ঋণ শোধ না হওয়া পর্যন্ত কাম ছাড়তে পারবো না। সুদ সহ এখন নাকি আড়াই লাখ বাকি। "
  "প্রত্যেক মাসে হিসাব খালি বাড়ে, কমে না।")
F("fees_and_debt", "bn-Latn",
  "Bhai amar hisab ta dekhen: visa 3.5 lakh, oikhane jawar por aro 1 lakh 'kafala transfer' er jonno. "
  "ekhon bole room vara ar khabar er jonno protimash 400 riyal kata hobe. 8 mash holo ekta taka bari pathate pari nai")
F("fees_and_debt", "bn-Latn",
  "Apnar polar 2nd kisti 80 hajar shukrobar er moddhe ei bkash number e den 01823-716540. na dile company theke "
  "ferot pathabe ar ager taka ekta o ferot pabenna. Dadon er cheque ta o amar kase ase mone raikhen",
  [("phone", "+8801823716540")])
F("fees_and_debt", "en",
  "Madam I paid 5 lakh taka to agent for Malaysia, but government says 79 thousand only. Now in KL they say "
  "I owe the company RM 6000 for levy and hostel and must work 1 year free to pay it. Is it legal?")
F("fees_and_debt", "en",
  "they keep my first 4 month salary for 'recruitment cost'. boss said if i leave before 2 year i must pay 8000 "
  "riyal back. i dont have money even for sim card")
F("fees_and_debt", "en",
  "Pls tell Abba dont sell the cow yet. Supervisor said the extra 1500 ringgit is 'permit fine' and he will cut "
  "from my salary, not from family. so i am basically working for nothing till March")

# ---------------------------------------------------- isolation_and_control (7: bn2 Latn3 en2)
F("isolation_and_control", "bn",
  "আম্মা এই নম্বরে ফোন দিয়ো না, এটা আরেকজনের ফোন, লুকায়া কথা কই। আমাদের সবার ফোন ম্যানেজার নিয়া রাখছে, "
  "শুক্রবারে ৫ মিনিট দেয় তাও সামনে দাঁড়ায়া থাকে।")
F("isolation_and_control", "bn",
  "পাসপোর্ট নম্বর EB0482716 লিখা রাখো, মালিক রাইখা দিছে, চাইলে কয় পালায় যাবি। ঘরের দরজা বাইরে থেকে তালা দেয়, "
  "কোথাও যাইতে দেয় না। কাউরে কইয়ো না আমি এইটা পাঠাইছি।",
  [("bd_passport", "EB0482716")])
F("isolation_and_control", "bn-Latn",
  "vaiya amra 14 jon ekta gudam er upore thaki. niche gate e 2 jon pahara dey. kaj sheshe bus e kore ane, "
  "bus theke shoja room e dhukay. 5 mash hoye gelo ekta dokan o chokhe dekhi nai")
F("isolation_and_control", "bn-Latn",
  "Airport e keu jiggesh korle bolben tourist, cousin er kase beraite jassen. kono job er kotha mukhe anben na. "
  "Passport ta landing er por amar lok er hate diben, o rakhbe apnader safety er jonno.")
F("isolation_and_control", "bn-Latn",
  "bou re koiyo ami bhala asi. ami kitha koitam, malik protidin phone dekhe, whatsapp e kar loge kotha koi sob dekhe. "
  "IMO delete kori dei. beshi message dio na, ami nije dimu jokhon pari")
F("isolation_and_control", "en",
  "Salam bhai, this is Jasim wife. He called from this number +218 91 447 2306 for 1 min only, said they took his "
  "passport and mobile when reached Tripoli and keeping all boys in one house, nobody can go out. Please help find the agent",
  [("phone", "+218914472306")])
F("isolation_and_control", "en",
  "Dont call me. They check phone. I will msg when I can. They say if anyone from embassy come we must say we are "
  "happy and we are relative of the boss")

# ---------------------------------------------------- threats_and_coercion (8: bn3 Latn3 en2)
F("threats_and_coercion", "bn",
  "তোর বাপে যদি থানায় যায় তো তোর লাশ যাইবো দেশে। টাকা চুপচাপ পাঠাইতে ক, বেশি কথা কইলে বুঝবি।")
F("threats_and_coercion", "bn",
  "ম্যাডাম কয় পালাইলে পুলিশে দিবো, গয়না চুরির মামলা দিবো, তখন জেলে পচবি। গত মাসে আগের মেয়েটারে এমন করছে। "
  "আমি ভয়ে কিছু কই না আপা।")
F("threats_and_coercion", "bn",
  "কফিল কইছে বেতন চাইলে হুরুব দিয়া দিবো। হুরুব খাইলে আর দেশে যাইতে পারুম না, ধরলে জেল। তাই মুখ বন্ধ কইরা আছি।")
F("threats_and_coercion", "bn-Latn",
  "oder kotha na shunle current er shock dey. kal rat e Shuvo re mairse, pithe kalo daag. target puron na hoile "
  "khabar bondho. apnara kisu koren ami ar parsi na")
F("threats_and_coercion", "bn-Latn",
  "Tor maa er number 01863-470251, bari Haimchar, sob jani. 2 diner moddhe baki 60 hajar na dile lok pathabo "
  "bari te. tarpor amake dosh diyo na",
  [("phone", "+8801863470251")])
F("threats_and_coercion", "bn-Latn",
  "tor video amar kase ase. kaj chere gele tor gramer sobai dekhbe, tor baap o. beshi tetami korish na")
F("threats_and_coercion", "en",
  "Boss said anyone who try to run he will sell to other company and they are more bad. He showed us video of a "
  "boy beaten with pipe. Nobody say anything after that")
F("threats_and_coercion", "en",
  "If your family complain to embassy or BMET we will cancel your visa and you go jail for illegal stay. "
  "Think about it. Just work and keep quiet.")

# ---------------------------------------------------- labour_exploitation (7: bn3 Latn2 en2)
F("labour_exploitation", "bn",
  "সকাল ৫টায় উঠি, রাত ১টায় শুই। সাত মাসে একদিনও ছুটি পাই নাই। খাওন একবেলা, রুটি আর ডাল। "
  "বেতনের কথা কইলে কয় পরে দিবো।")
F("labour_exploitation", "bn",
  "চার মাসের বেতন আটকাইয়া রাখছে, কয় একবারে দিবো দেশে যাওয়ার সময়। কিন্তু যাওয়ার কথা তুললে কয় "
  "কন্টাক্ট শেষ হয় নাই। হাতে একটা টাকাও নাই।")
F("labour_exploitation", "bn",
  "আমাগো মালিক আরেক কোম্পানির কাছে বেইচা দিছে, আমগো জিগায়ও নাই। নতুন জায়গায় রঙের কাম, মাস্ক দেয় না, "
  "ছয়তলার বাইরে ঝুলায়া কাম করায় কোনো বেল্ট ছাড়া।")
F("labour_exploitation", "bn-Latn",
  "Bhai amra 16-17 ghonta kaj kori farm e, overtime er taka dey na. Shuvo r hat machine e kete gese, "
  "hospital e o nei nai, bole nijer dosh")
F("labour_exploitation", "bn-Latn",
  "bari te ki pathabo, 3 mash holo beton pai nai. maliker pola bole 'business mondha, pore dibo'. "
  "kintu kaj to din rat koray, jumma o nai")
F("labour_exploitation", "en",
  "we are 40 person in one room, toilet 2. work 7am to 11pm everyday including friday. if sick they cut 2 days "
  "salary. supervisor keep our overtime card")
F("labour_exploitation", "en",
  "They moved us to another site without asking, new sponsor not giving iqama. We work there but salary go to old "
  "company. 5 month no money to send home")

# ---------------------------------------------------- minors (7: bn2 Latn2 en3)
F("minors", "bn",
  "মেয়ের বয়স তো ১৪, পাসপোর্টে ২৫ দেখাইতে হইবো। বাপের এনআইডি ৫৯১৮২৪৬৩৭০ দিয়া জন্মনিবন্ধন আমি ঠিক কইরা দিমু, "
  "খরচ ৮ হাজার আলাদা। সৌদিতে বাসার কাজ, কেউ কিছু জিগাইবো না।",
  [("bd_nid", "5918246370")])
F("minors", "bn",
  "ঢাকার এক বাসায় কাজের জন্য ১০-১১ বছরের মেয়ে লাগবো, মাসে ২৫০০, ঈদে একবার বাড়ি যাইবো। "
  "বাপ মায়ের সাথে ঘনঘন কথা কওয়ান যাবে না, মেয়ে মন খারাপ করে।")
F("minors", "bn-Latn",
  "Chacha apnar meye ta ke biye diben? Dubai theke patro ashse, boyosh ektu beshi kintu taka ase. "
  "meye 15 hole somossa nai, kazi ami manage korbo. biyer por jamair sathe bidesh jabe, oikhane kaj o pabe")
F("minors", "bn-Latn",
  "shunen, pola gular boyosh 16-17 hoile amra 19 dekhai dei, BMET e card hoye jay. Malaysia te palm bagane kaj, "
  "choto pola gula beshi khatte pare")
F("minors", "en",
  "Need 5-6 young boys age 12-15 for hotel kitchen in Chattogram, food and stay free, salary will give to parents "
  "every 3 month. Boys cannot go home first year. Call 01932-581647",
  [("phone", "+8801932581647")])
F("minors", "en",
  "the girl who works at madam's flat is maybe 13. she sleeps in the kitchen and never goes to school. madam says she "
  "is a relative. she asked me to call her mother in Kurigram secretly")
F("minors", "en",
  "Bro new batch from Sunamganj, 4 of them under 18. Make their NID from the Narsingdi guy, he charges 6k each. "
  "Dont put real DOB anywhere")

# ---------------------------------------------------- sexual_exploitation (7: bn2 Latn3 en2)
F("sexual_exploitation", "bn",
  "দুবাইয়ে পার্লারের কাজ কইয়া নিয়া গেছে, এখন রাতে হোটেলে হোটেলে পাঠায়। না গেলে খাওন বন্ধ, পাসপোর্টও ওগো কাছে। "
  "আপা আমারে বাঁচান 🙏")
F("sexual_exploitation", "bn",
  "নতুন দুইটা মাল আইছে, বয়স কম, ছবি ইনবক্সে দিলাম। রাত প্রতি ১৫ হাজার, হোটেল আমাদের। "
  "কাস্টমার বাড়তি দিলে ভিডিও কলেও করানো যাইবো।")
F("sexual_exploitation", "bn-Latn",
  "apu oi spa center e 'massage therapist' er job ta niyona. amar chachato bon gesilo, prothom din e bole "
  "customer ja chay korte hobe, na korle 2 lakh jorimana diye ber hote hobe")
F("sexual_exploitation", "bn-Latn",
  "aj rat 12 tay live e ashbi, private room. ager bar cancel korsili tai 3000 kata gese. ar cancel korle "
  "tor chobi gula @nusrat.glam er followers der kase chere dibo",
  [("instagram", "@nusrat.glam")])
F("sexual_exploitation", "bn-Latn",
  "Mumbai te dancer er kaj, mashe 60 hajar. border Benapole diye par kore nibo, passport lagbe na. "
  "meye ta ke ready rakhen, para r kauke bolben na")
F("sexual_exploitation", "en",
  "New girls available 🌸 Bangladeshi fresh, in-call Sharjah, only trusted clients. "
  "Msg WhatsApp +971 55 318 4420 no calls",
  [("whatsapp", "+971553184420")])
F("sexual_exploitation", "en",
  "They said beauty salon in Muscat. Now manager takes money from every customer and we cannot say no. "
  "One girl refused and they locked her in the bathroom all night.")

# ---------------------------------------------------- payments_and_proceeds (8: bn3 Latn3 en2)
F("payments_and_proceeds", "bn",
  "ভাই, লিবিয়ায় আটকাইয়া রাখছে, ৫ লাখ চায়। কইছে বিকাশে ভাইঙ্গা ভাইঙ্গা পাঠাইতে, ২৫ হাজার কইরা এই দুইটা "
  "নাম্বারে: ০১৭৩৯-৫৮২৬১৪ আর ০১৬২৪-৭১৯৩০৫। টাকা পাইলে ছাড়বো কইছে।",
  [("phone", "+8801739582614"), ("phone", "+8801624719305")])
F("payments_and_proceeds", "bn",
  "দুবাইর রশিদ ভাইরে দিরহাম দিয়া দিছে, আপনে এইখানে ক্যাশ আউট দিবেন ৩ লাখ ৪০। ভিসার টাকা, দালালরে দিবেন "
  "হাতে হাতে। খাতায় কিছু লেখবেন না, ব্যাংকে গেলে ঝামেলা।")
F("payments_and_proceeds", "bn",
  "নগদে পাঠাইছি, TxnID 7K3M9Q2X। বাকি টাকা কাইলকা। ওরা কইছে টাকা পুরা হইলে ভিডিও কলে দেখাইবো আমার পোলা "
  "বাঁইচা আছে, তারপর ছাড়বো।",
  [("mfs_transaction", "7K3M9Q2X")])
F("payments_and_proceeds", "bn-Latn",
  "agent bhai 1.5 lakh 6 ta number e vag kore cash in den, ek number e 25k er beshi na. 2 ta number dilam "
  "01511-284937, 01322-905618, baki gula inbox e. 1% extra commission dibo. Malaysia r loker visa payment",
  [("phone", "+8801511284937"), ("phone", "+8801322905618")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT kinte chai 2000, TRC20 te pathaben ei address e: {TRON1} . Cambodia r boss er 'game' er payment, "
  "eta dile bhai ke chere dibe bolse",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Rocket e 30 hajar pathaisi TxnId 4829163057, dalal Harun bhai er number e. passport ferot dibe bolse taka pawar por",
  [("mfs_transaction", "4829163057")])
F("payments_and_proceeds", "en",
  f"Send the release fee to this wallet only, USDT ERC20: {ETH1} . After confirm we put him on bus to the border. "
  "No bank, no bKash.",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  "bkash TrxID BGH52KQ7LA Tk 50,000 sent. thats the 3rd part for the Iran guys holding my brother. "
  "1.2 lakh still left they say by sunday or they start again",
  [("mfs_transaction", "BGH52KQ7LA")])

# ================================================================ OK (60)

# ---------------------------------------------------- news (7)
N("news", "bn",
  "চাঁদপুরে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগ। র‍্যাব জানায়, "
  "ভুক্তভোগীদের পরিবারের কাছ থেকে বিকাশের মাধ্যমে কয়েক দফায় টাকা নেওয়া হতো।")
N("news", "bn-Latn",
  "Sylhet e hundi chokro dhora porse shunlam, 12 jon agent er account freeze korse BFIU. "
  "khobor e dekhaise, tottho dite jogajog korun 01320-118899 bolse",
  [("phone", "+8801320118899")])
N("news", "en",
  "Recruiting agency licence suspended after workers stranded in Malaysia; ministry says agencies charged far above "
  "the Tk 79,000 government cap.")
N("news", "bn",
  "কুমিল্লা সীমান্তে ভারতে পাচারের আগে দুই কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালালের বিরুদ্ধে মানবপাচার "
  "প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "en",
  "CID: thousands of MFS agents linked to digital hundi, billions in remittance diverted every year. Agents found "
  "splitting cash-ins across numbers will lose their accounts, officials said.")
N("news", "bn-Latn",
  "Prothom Alo te porlam Myanmar er scam company theke 23 jon bangali ferot ashse, oder atke rakhsilo. "
  "alhamdulillah amader elakar keu nai oikhane")
N("news", "en",
  "Two held in Sylhet for running fake Romania visa racket; police recovered 43 passports and forged work permits. "
  "Victims asked to contact Kotwali police station.")

# ---------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! বিদেশে চাকরির কথা বলে কেউ পাসপোর্ট চাইলে দেবেন না। সরকার নির্ধারিত খরচের বেশি টাকা দেবেন না, "
  "রসিদ ছাড়া কোনো লেনদেন করবেন না। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫।")
N("awareness", "bn-Latn",
  "⚠️ bKash kokhono PIN ba OTP chay na. keu 'bKash office theke bolchi' bole call dile kete din. "
  "share kore sobai ke janan")
N("awareness", "en",
  "Forwarded as received: If anyone offers job in Thailand/Cambodia 'typing job high salary free ticket', its a scam "
  "compound trap. They take passport and phone there. Block accounts like @thai_jobs_hr and share with your village group.",
  [("telegram", "@thai_jobs_hr")])
N("awareness", "bn",
  "মা-বাবাদের বলছি: ১৮ বছরের আগে মেয়ের বিয়ে দেবেন না, বিদেশি পাত্র হলেও ভালো করে খোঁজ নিন। "
  "বাল্যবিবাহ আইনত অপরাধ। সাহায্যের জন্য ১০৯ নম্বরে ফোন করুন।")
N("awareness", "en",
  "BMET reminder: register in the Ami Probashi app, check your agency's RL number and collect your smart card before "
  "travel. Never travel on a so-called free visa.")
N("awareness", "bn-Latn",
  "Bhai ra ekta kotha, kono customer jodi bole 'ek number e 25 hajar er beshi diben na, vag kore den', oita hundi. "
  "amar dokan e eishob hobe na. agent sheet batil hoye jay, jail o hoy.")
N("awareness", "bn",
  f"নতুন প্রতারণা: 'আপনি ০.৫ বিটকয়েন জিতেছেন, দাবি করতে {BTC1} এই ঠিকানায় ০.০১ পাঠান' — এমন মেসেজ পেলে "
  "কিছুই পাঠাবেন না। এটা পুরাই ভুয়া।",
  [("btc_address", BTC1)])

# ---------------------------------------------------- official (6)
N("official", "en",
  "M/S Sylhet Overseas (RL-1423): Saudi Arabia, cleaning company, salary SAR 1,000 + food. Govt fixed migration "
  "cost Tk 1,65,000. Payment by bank only, money receipt given. WhatsApp: wa.me/8801711528390",
  [("whatsapp", "+8801711528390")])
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, কুয়ালালামপুর: নিয়োগকর্তা কর্মীর পাসপোর্ট নিজের কাছে রাখতে পারেন না। পাসপোর্ট নবায়ন বা "
  "অভিযোগের জন্য যোগাযোগ: labour.kualalumpur@mofa.gov.bd",
  [("email", "labour.kualalumpur@mofa.gov.bd")])
N("official", "bn-Latn",
  "Priyo abedonkari, apnar Ami Probashi registration sompurno hoyeche. BMET smart card songroho korun jela "
  "karmasangsthan o jonoshokti office, Chandpur theke. Kono dalal er proyojon nei.")
N("official", "en",
  "Notice from Bangladesh Embassy Riyadh: workers whose iqama expired may apply for exit under the current "
  "arrangement. Bring passport copy. Do not pay any middleman. Helpline +966 55 870 3214.",
  [("phone", "+966558703214")])
N("official", "bn",
  "লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সির নোটিশ: রোমানিয়ার ওয়ার্ক পারমিটের সকল ফি ব্যাংকের মাধ্যমে নেওয়া হয়, নগদ নয়। "
  "ভিসা প্রসেসিং চলাকালীন পাসপোর্ট অফিসে রসিদসহ জমা থাকবে, ভিসা লাগার পর ফেরত।")
N("official", "en",
  "Bangladesh Bank: MFS agents must not accept split cash-ins on behalf of third parties; suspicious transactions "
  "must be reported to BFIU. Non-compliant agent accounts will be closed.")

# ---------------------------------------------------- receipt (8 hard)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01748261590. Fee Tk 0.00. Balance Tk 41,310.55. TrxID BJK8QW3ZT1 at "
  "06/12/2026 19:42",
  [("phone", "+8801748261590"), ("mfs_transaction", "BJK8QW3ZT1")])
N("receipt", "en",
  "Cash In Tk 10,000.00 to 01816442093 successful. Fee Tk 0.00. Balance Tk 3,120.00. TrxID BKC4ZP92MN at "
  "05/12/2026 11:05",
  [("phone", "+8801816442093"), ("mfs_transaction", "BKC4ZP92MN")])
N("receipt", "en",
  "Money Received.\nAmount: Tk 5000\nSender: 01911437265\nRef: abbar oshud\nTxnID: 73FQ8D1A\nBalance: Tk 5230.50\n"
  "06/12/2026 09:14",
  [("phone", "+8801911437265"), ("mfs_transaction", "73FQ8D1A")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার হিসাবে রেমিট্যান্স ৪৭,৮৫০.০০ টাকা জমা হয়েছে (প্রেরক: MD SHAHIN, সৌদি আরব)। "
  "২.৫% সরকারি প্রণোদনা যোগ হয়েছে। - সোনালী ব্যাংক")
N("receipt", "bn-Latn",
  "vai dekhen to ashche ki na, Dubai theke bhaiya pathaise. ei msg ta ashse: 'Remittance Received Tk 62,400 "
  "via UAE Exchange. TrxID BHD7TY2K0P'",
  [("mfs_transaction", "BHD7TY2K0P")])
N("receipt", "en",
  "Tk 3,500.00 sent to 01628901734 successful. TxnId: 5736194028. Fee Tk 15.00. Balance Tk 812.40",
  [("phone", "+8801628901734"), ("mfs_transaction", "5736194028")])
N("receipt", "bn",
  "আপনার বিকাশ অ্যাকাউন্টে অস্বাভাবিক লেনদেনের কারণে সাময়িকভাবে কিছু সেবা বন্ধ রাখা হয়েছে। "
  "এনআইডি সহ নিকটস্থ কাস্টমার কেয়ারে যোগাযোগ করুন।")
N("receipt", "bn-Latn",
  "Bhai cash out korlam 40 hajar, Malaysia theke mama pathaise ghor er chal er jonno. receipt ta rakhen, "
  "abba ke dekhabo")

# ---------------------------------------------------- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্টটা আলমারিতে রাখছি, ফটোকপি দুইটা করাইছি। এজেন্সির অফিসে মূলটা দিমু না, শুধু কপি, "
  "রহিম চাচা তাই কইছে।")
N("family", "bn-Latn",
  "Ammu bhaiya bolse ei mashe 40 hajar pathabe. 10 tumi nio, baki ta Nanu r operation er jonno rakhte. "
  "bKash e na, bank e ashbe")
N("family", "bn",
  "ফুয়া লন্ডন থাকি খইছে ঈদর আগে আইবো, টিকেট কাটি ফালাইছে। আমরা ঘর রং করাইরাম, তুমরাও আইও।")
N("family", "bn-Latn",
  "Khalu Malaysia jawar 2 bochor holo, bolse company valo, passport nijer kase rakhe. ei bochor kurbanir gorur "
  "taka o pathabe. tar notun number +60 11 2874 3390 e whatsapp dio",
  [("whatsapp", "+601128743390")])
N("family", "en",
  "Apu did you send the bKash for Rafi's coaching fee? He says the teacher is asking. Also Abbu asked about the land "
  "mortgage papers, bring them Friday")
N("family", "bn",
  "ছোট মামা কইছে সৌদি যাইতে এখন খরচ সাড়ে চার লাখ। আম্মা কয় এত টাকা দিয়া যাওয়ার দরকার নাই, দেশেই দোকান দে। তুই কী কস?")
N("family", "bn-Latn",
  "meye ta ke ekhon biye dibo na, HSC ta age shesh hok. Dubai er patro pokkho ke na kore disi, tomra ar chap dio na")

# ---------------------------------------------------- worker_content (6)
N("worker_content", "en",
  "Alhamdulillah got my iqama renewed today, company paid the fee. Salary came on time again, sending 30k tonight. "
  "Friday off, going Batha with friends 😊")
N("worker_content", "bn",
  "ভাই কোম্পানি ভালো, আট ঘণ্টা ডিউটি, ওভারটাইম করলে আলাদা টাকা দেয়। পাসপোর্ট নিজের কাছে। খালি গরমটা বেশি 😅")
N("worker_content", "bn-Latn",
  "Romania te kaj ta valo e bhai, sheet e ektu kosto. contract e ja lekha chilo tai pacchi, 700 euro + overtime. "
  "ek bochor por family visa apply korbo inshallah")
N("worker_content", "en",
  "Hotel job in Doha is good bro, manager is kind, one day off every week and room is clean. only 4 in one room, "
  "AC also working")
N("worker_content", "bn",
  "মালয়েশিয়ায় ফ্যাক্টরির কাজ, মাসে ১৬০০ রিঙ্গিত পাই। বেতন থেকে শুধু হোস্টেলের ভাড়া ১০০ কাটে, যেটা চুক্তিতেই লেখা ছিল।")
N("worker_content", "bn-Latn",
  "Dubai te cleaning company te kaj kori, duty 8 ghonta, company bus dey. manager bolse next year visa renew "
  "company r khoroche")

# ---------------------------------------------------- joke (4)
N("joke", "bn-Latn",
  "bou amar phone niye rakhse, passport o. bole 'bidesh jawar kotha ar mukhe anbi na' 😂😂")
N("joke", "en",
  "My boss holds me hostage every day from 9 to 6 and the ransom is my salary 🤣 #corporatelife")
N("joke", "bn",
  "আম্মু আমার বিকাশের পিন জানে, ফোন চেক করে, রাত ১০টার পর বাইরে যাইতে দেয় না। আমি আসলে পাচারের শিকার 😭🤣")
N("joke", "bn-Latn",
  "Dalal bhai bolse 'Canada r visa 100% confirm'. ami bollam age nijer Tangail er bus er ticket ta confirm koren 😂")

# ---------------------------------------------------- chatter (5 hard)
N("chatter", "bn-Latn",
  "agent bhai amar dokan e aj 3 jon asche split cash in korte, sobai ke mana korsi. ek jon rag kore gelo, jak")
N("chatter", "en",
  "Bro whats USDT rate today on Binance P2P? want to buy 200 for my own trading, will send screenshot after")
N("chatter", "bn",
  "ভাই, আপনের দোকানে নগদের ক্যাশ আউট হইবো? ৫০ হাজার লাগবো, জমির রেজিস্ট্রির টাকা। দুপুরে আসতাম।")
N("chatter", "bn-Latn",
  "Harun dalal er kotha ar bolis na, o ekhon haat e gorur dalali kore 😂 manush er na")
N("chatter", "en",
  "New offer at our shop! follow @sylhet.mobile.point for Nagad cash out and recharge deals, open till 10pm",
  [("instagram", "@sylhet.mobile.point")])

# ---------------------------------------------------- easy negatives (10, hard=False)
N("receipt", "en",
  "Bill payment Tk 1,240.00 to Palli Bidyut for account 30418826 successful. TrxID BKL2M8N4PQ. Balance Tk 622.10",
  [("mfs_transaction", "BKL2M8N4PQ")], hard=False)
N("receipt", "bn",
  "রিচার্জ সফল: ৳৫০ আপনার নম্বর 01756-239184 এ। ধন্যবাদ।",
  [("phone", "+8801756239184")], hard=False)
N("receipt", "bn-Latn",
  "Apnar Robi number e 199tk er 30 din 25GB pack chalu hoyeche. dhonnobad", hard=False)
N("chatter", "bn",
  "আজকে দোকান আছরের পর খুলমু, সকাল থেকা কারেন্ট নাই।", hard=False)
N("chatter", "bn-Latn",
  "Bhai kalke Sylhet to Cumilla bus er ticket ase? 2 ta lagbe, shokal er dike", hard=False)
N("family", "en",
  "Ammu I reached Cumilla, bus was late for jam on highway. Will call after dinner.", hard=False)
N("chatter", "en",
  "Whoever took my charger from the shop counter pls return it, its the only Type-C I have 😤", hard=False)
N("chatter", "bn-Latn",
  "BPL er match dekhso? Sylhet ki khela ta harlo bhai 😭", hard=False)
N("family", "bn",
  "আম্মা শুক্রবার চাঁদপুর থেকা ইলিশ আনমু, কয় কেজি লাগবো কন?", hard=False)
N("chatter", "en",
  "Shop closed Friday for Jummah till 3pm. Sorry for the inconvenience.", hard=False)


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
    random.Random(136).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev136-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items), "with entities:", sum(1 for i in items if i["entities"]))


if __name__ == "__main__":
    main()
