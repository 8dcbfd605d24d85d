#!/usr/bin/env python3
"""Blind evaluation set dev23 for evidtriage (issue 15). Written without sight of the rules.
Writes dev23.jsonl next to this script."""
import hashlib, json, os

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]

TRON = b58check(b"\x41" + h20("dev23-tron-1"))
BTC = b58check(b"\x00" + h20("dev23-btc-1"))
ETH = "0x" + h20("dev23-eth-1").hex()

def P(v): return {"type": "phone", "value": v}
def WA(v): return {"type": "whatsapp", "value": v}
def TG(v): return {"type": "telegram", "value": v}
def MFS(v): return {"type": "mfs_transaction", "value": v}

items = []
def F(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))
def O(voice, hard, script, text, ents=()):
    items.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))

# ---------------- recruitment_deception ----------------
c = "recruitment_deception"
F(c, "bn-Latn", "bhai tension nai, visit visa te dhukben, oikhane giye 1 masher moddhe kaj er visa kore dibo amra. company amader porichito, sobai ei vabei jay 😊 beton 1200 riyal sure")
F(c, "bn", "আপনার ছেলের জন্য ভিজিট ভিসাই ভালো, কাজের ভিসার চেয়ে তাড়াতাড়ি হয়। দুবাই নামার পর আমাদের লোক আকামা করে দিবে, কোনো চিন্তা করবেন না। শুধু এয়ারপোর্টে বলবে ঘুরতে যাচ্ছে।")
F(c, "en", "Bro the contract they showed us in Dhaka said 1800 ringgit, cleaning in hospital. Here they made us sign a new paper in Malay, now its 900 and we are cutting chicken in a factory. Supervisor says old paper not valid here")
F(c, "bn", "বলেছিল রেস্টুরেন্টে ওয়েটারের কাজ, মাসে ৪৫ হাজার। এখানে এসে দেখি মরুভূমির মধ্যে উটের খামার। বেতন অর্ধেক, তাও দুই মাস পরপর দেয়।")
F(c, "bn-Latn", "apu amader agency te kono khoroch nai, sudhu medical ar ticket er taka ta agee diben. oikhane hospital e kaj, AC room, thaka khawa free. contract ta airport e hate diye dibo, ekhon dekhar dorkar nai")
F(c, "en", "Final offer for you: Customer Service Executive (Thailand), USD 1,200 + commission, only typing skill needed, free flight & hotel. No interview. Send passport copy to @hr_linda_recruit on Telegram today, seats closing", [TG("@hr_linda_recruit")])
F(c, "bn", "ভাই আমরা ১১ জন মালয়েশিয়া আসছি, এয়ারপোর্ট থেকে যে কোম্পানির নাম বলছিল সেখানে নেয় নাই। এখন কেউ কেউ বলতেছে আমাদের ভিসাগুলো ভুয়া, ওই কোম্পানির কোনো ডিমান্ডই ছিল না।")
F(c, "bn-Latn", "Italy jete chaile Libya hoye ekta shortcut ache, 100% safe, boro boat, life jacket shoho. Libya te 2 mash kaj korben, tarpor Italy. total 8 lakh, 3 lakh agee dite hobe")
F(c, "en", "Sir your nephew can go Romania on work permit, 100% legal, salary 900 euro. First he flies to Dubai on tourist visa, from there our person takes him by road to the border. Dont mention the Dubai part at the embassy.")
F(c, "bn", "কোরিয়ার লটারি লাগবে না, আমাদের নিজস্ব লাইন আছে। প্রথমে স্টুডেন্ট ভিসায় যাবে, তারপর ফ্যাক্টরিতে ঢুকায়ে দিব। কাগজে লেখা থাকবে ভাষা কোর্স, আসলে কাজ।")

# ---------------- fees_and_debt ----------------
c = "fees_and_debt"
F(c, "bn-Latn", "ekhane ashar por boss bolse amar pichone 3 lakh 40 hajar khoroch hoise, oita shodh na howa porjonto protimash 600 riyal kete rakhbe. haate pai 200. eivabe 2 bochor lagbe")
F(c, "bn", "দালাল এখন বলে আকামার জন্য আরো দেড় লাখ লাগবে, না দিলে কাজ দিবে না। জমি বন্ধক দিয়া ৫ লাখ তো আগেই দিছি। আম্মা এনজিওর কিস্তি টানতেছে।")
F(c, "en", "They said company pays everything. Now the manager keeps a book, every month food, room, uniform, even the visa cost written in it. I owe more than when I started 5 months ago.")
F(c, "bn-Latn", "apnar chele k nite hole 6 lakh lagbe, 2 lakh ekhon bkash e pathan 01719-482016 personal number e, baki ta pore beton theke kata hobe. amra kono chukti kagoj dei na", [P("+8801719482016")])
F(c, "bn", "ছোট ভাইয়ের বেতন থেকে মালিক প্রতি মাসে কাটে, বলে টিকিট আর ভিসার টাকা শোধ হয় নাই। এক বছর হইলো, হিসাব চাইলে বলে আরো বাকি।")
F(c, "en", "Kuwait housemaid visa, cost 1 lakh 80 thousand only, half now half after visa. If she leaves the house before 2 years, family must return the full cost plus agency expense. Sign the stamp paper first.")
F(c, "bn-Latn", "mama ami 4 mash dhore beton pai na, kafil bole ager dalal k je taka dise oita ami kaj kore shodh dibo. ekhon abar bole notun kafil er kache jete hole 3000 riyal dite hobe")
F(c, "bn", "সুদের টাকা নিয়া ছেলেটারে পাঠাইছি। এখন ওইখানে বলে প্রথম ছয় মাস কোনো বেতন নাই, ওইটা নাকি খরচের কিস্তি।")
F(c, "en", "Hi bhai the 4.5 lakh was for visa only, ticket is separate 85k and BMET card another 40k. Pay by tomorrow or the seat goes to another person and your advance is not refundable.")
F(c, "bn-Latn", "amar ma er nam e 3ta NGO loan, sob dalal k dise. ekhane aisha dekhi salary 1000 dirham na, 600. ar maliker debt shesh na hole passport o ferot dibe na")

# ---------------- payments_and_proceeds ----------------
c = "payments_and_proceeds"
F(c, "en", f"Your brother is with us. 5000 USDT on TRC20 to {TRON} within 48 hours, then he gets transport to the border. No police, we know the house in Sylhet.", [{"type": "tron_address", "value": TRON}])
F(c, "bn", "ভাইকে ছাড়াইতে হলে আজকের মধ্যে ৩ লাখ টাকা লাগবে। ৫০ হাজার করে আলাদা আলাদা নাম্বারে বিকাশ করবেন, একটাতে বেশি পাঠাবেন না। প্রথমটা ০১৮১৫-৩৩৭২৪০ তে।", [P("+8801815337240")])
F(c, "bn-Latn", "lipa r 2 ta meye r ei shoptaher hishab: 38 ta booking, sob taka nagad e 01935-661204 te pathaisi, TxnID: 7XH29KQA. boss ke bolben cash e kichu rakhi nai", [P("+8801935661204"), MFS("7XH29KQA")])
F(c, "en", "Collect the boys' salary cards on the 1st. Keep 70 percent for office, rest send through the hundi man in Riyadh, not bank. His agent in Cumilla cashes out from different bkash agents so no big amount shows. Delete this chat after reading.")
F(c, "bn", "মেয়েগুলার কামাইয়ের টাকা রকেটে নিবা না, ধরা খাবা। ক্যাশ নিয়া বাসায় রাখবা, আমি মাস শেষে লোক পাঠামু। ওদের কারো হাতে টাকা দিবা না।")
F(c, "bn-Latn", f"bhai er mukti er jonno ora 4 lakh chaise, bolse bkash e na, BTC te dite hobe ei address e {BTC}. na dile khabar o dibe na bolse 😭", [{"type": "btc_address", "value": BTC}])
F(c, "en", "Payment details for the Malaysia batch: each candidate 3.2 lakh, deposit to 3 different personal accounts, max 1 lakh each per day. After deposit send screenshot only on WhatsApp wa.me/8801623049571. Never write 'visa' in reference.", [WA("+8801623049571")])
F(c, "bn", f"দুবাইয়ের পার্টি থেকে মেয়েদের অ্যাডভান্স আসছে ইউএসডিটিতে। বাকি ২ হাজার এই অ্যাড্রেসে পাঠাইতে বলেন {ETH} । ঢাকার অংশ ক্যাশে নিব।", [{"type": "eth_address", "value": ETH}])
F(c, "en", "Your husband's release fee from the camp is 2,500 ringgit in taka. Pay at the Nagad agent, number 01611-207384, and send the TxnID here. After payment he will call you. If you go to the embassy the price goes up.", [P("+8801611207384")])
F(c, "bn-Latn", "weekly 12 jon er salary card amar kache thake, ATM theke tule 70% company rakhe, baki ta bkash kori oder family te. mamun er ta TrxID 9BT3KD07QW diye confirm korlam", [MFS("9BT3KD07QW")])

# ---------------- isolation_and_control ----------------
c = "isolation_and_control"
F(c, "bn", "মা ফোন দিলে বলবি ভালো আছিস, কাজ হাসপাতালে। অন্য কিছু বললে তোর ফোনটা একেবারে নিয়া নিমু, আর তোর মায়ের নাম্বার তো আমার কাছে আছেই।")
F(c, "bn", "আমাদের ছয়জনরে একটা ঘরে রাখছে, বাইরে থেকে তালা দেয়া। খাওয়ার সময় একজন দরজা খোলে, পাশে দাঁড়ায় থাকে। জানালা দিয়া শুধু দেয়াল দেখা যায়।")
F(c, "bn-Latn", "mobile gula sobar theke collect kore niche, sunday 10 minute er jonno dey, supervisor pashe boshe shone. ei msg ta lukaye dilam, ei number e reply dio na")
F(c, "en", "Don't message this number again. Madam checks my phone every night. I can only talk when she goes to the mall. Not allowed to go down to the street, even for the garbage.")
F(c, "bn", "ক্যাম্পের গেটে সবসময় দুইজন থাকে, হাতে লাঠি। কেউ বাইরে যাইতে চাইলে বলে কাগজ নাই, পুলিশে ধরবে। অথচ আমাদের পাসপোর্টগুলো অফিসের আলমারিতে।")
F(c, "bn-Latn", "bari te kichu janabi na, bolbi company valo, beton somoy moto. je beshi kotha bole tar desh e ferar ticket ar hoy na, bujhsis to")
F(c, "en", "They moved us at night in a van with black windows, no one told us the city. New building has fence and cameras, we work and sleep on same floor. Phones are in a box with the team leader.")
F(c, "bn", "নতুন মেয়েগুলোর সিম খুলে রাখবেন, ইমোতে যেন আর কারো সাথে কথা না বলে। বাসায় ফোন করলে স্পিকারে দিবেন, আপনি পাশে থাকবেন।")
F(c, "bn-Latn", "apa ami ekhono oi basa tei, dorja bahir theke lagano thake. madam bole bahire gele police dhorbe karon amar iqama nai. amake niye jao please")
F(c, "en", "Remind the new batch: family calls only from office phone, 5 minutes, Friday. If anyone asks, you work in a garments factory in Dubai. Whoever talks too much gets moved to the other site.")

# ---------------- labour_exploitation ----------------
c = "labour_exploitation"
F(c, "bn-Latn", "sokal 5 ta theke rat 12 ta porjonto kaj, ek din o chuti nai. khawa dey ek bela, sheta o basi vat. 3 mash beton dey nai, chaile bole porer mash")
F(c, "bn", "মালিক বলছে বেতন তার কাছে জমা থাকবে, দেশে যাওয়ার সময় একসাথে দিবে। আট মাস হইলো এক রিয়ালও হাতে পাই নাই।")
F(c, "en", "We are 40 people in a room made for 12. Shift is 16 hours, if you sit down they cut 2 days salary. Two guys fainted last week from heat, supervisor said work or go back with no money.")
F(c, "bn-Latn", "amader kafil amake arek jon er kache bikri kore dise, notun jaygay ut er khamar e kaj. beton er kotha jiggesh korle bole ager kafil k taka dise, amar kono paona nai")
F(c, "bn", "ইটের ভাটায় সর্দার আগাম টাকা দিছিল বাবারে, এখন পুরা পরিবার কাজ করি। মৌসুম শেষে হিসাব কইরা বলে আরো পাওনা আছে, যাইতে দেয় না।")
F(c, "en", "They took us on a fishing boat for 9 months, never touched land. Captain kept the salary book, paid nothing, said money goes to the agency in Chattogram. Those who complained were moved to another boat.")
F(c, "bn-Latn", "kaj chere dite chaisilam, boss bole contract sesh hote 2 bochor baki, chere dile huroob dibe ar ja kamaisi sob jabe. tai r kichu boli na, kaj kori")
F(c, "bn", "বাসার কাজ ভোর চারটা থেকে রাত একটা। তিনটা বাসায় পাঠায়, টাকা নেয় ম্যাডাম। অসুস্থ হইলেও ছুটি নাই, ওষুধও দেয় না।")
F(c, "en", "Sister here no salary since Ramadan. Madam says she will send it to our family directly but nothing came. She sleeps in the kitchen and eats what is left on their plates.")
F(c, "bn-Latn", "site e 14 ghonta, overtime er taka nai. pay slip e lekha 1500 ringgit, hate dey 700, baki ta 'hostel ar transport'. kew complain korle permit renew korbe na bole")

# ---------------- threats_and_coercion ----------------
c = "threats_and_coercion"
F(c, "bn", "তোর বোনটা তো এখন কলেজে যায়, তাই না? সন্ধ্যার পর রাস্তাটা ফাঁকা থাকে। টাকার কথাটা মনে রাখিস।")
F(c, "en", "I still have the videos from the first month. Your husband's number is saved in my phone too. Come back to work tonight and we forget everything.")
F(c, "bn-Latn", "tumi jodi ekhon desh e jaite chao jao, kintu tomar abbar nam e je stamp e sign korsila oita thanay jabe. baki ta tumi bujho")
F(c, "bn", "বেশি লাফাইলে এক ফোনে তোর নামে মামলা, তারপর জেল আর ডিপোর্ট। এখানে তোরে কে চিনে? চুপচাপ কাজ কর।")
F(c, "en", "The company lawyer already prepared the absconding report. I only need to press send. Think about your mother before you walk into that embassy.")
F(c, "bn-Latn", "amader lok tomar gram er bazar e chayer dokane boshe. tomar ma k salam jaanalam. kaj shesh kore taka ta pathiye diyo, shobai bhalo thakbe")
F(c, "en", "You know what happened to Rafiq when he tried to leave the compound. Don't make me send your family the same kind of picture.")
F(c, "bn", "ছবিগুলা এখনো আমার কাছে আছে। তোর জামাইয়ের ফেসবুক আইডিও জানি। কাল থেকে হোটেলে আসবি, না আসলে গ্রামের সবাই দেখবে।")
F(c, "bn-Latn", "police e jaoar chinta korle age mone rakhish tor visa expired, amra report dile tui direct jail e. ar tor bou er kisti o to amra dei")
F(c, "en", "Nobody is forcing you. The door is open. But the debt goes with you, and we have your brother's address in Narsingdi.")

# ---------------- minors ----------------
c = "minors"
F(c, "bn", "মেয়ের বয়স তো ১৪, পাসপোর্টে ২৫ করে দিব, নতুন জন্মনিবন্ধন বানায়ে দিব চেয়ারম্যান অফিস থেকে। সৌদিতে বাসার কাজ, কোনো সমস্যা নাই।")
F(c, "bn-Latn", "amar boyosh to 15 hobe, eta ki kono jhamela? apni bolsilen NID banaye diben. amma bolse apnar sathe dhaka jete")
F(c, "en", "Need 2 small girls for house work in Dhaka, 10-12 years, from village. Family gets 3000 monthly, food and clothes our side. No school needed, madam will teach namaz.")
F(c, "bn", "আমার ভাগ্নেটা ১৩ বছরের, দালাল বলছে ভারতে নিয়া হোটেলে কাজ দিবে, বর্ডার পার করানো ওর দায়িত্ব। বাপ মা রাজি, আমি কি করব বুঝতেছি না।")
F(c, "bn-Latn", "choto meye hole customer beshi dey, 16-17 dekhay emon meye pathao. age ta kagoje 19 likhe dibo, problem nai")
F(c, "en", "The boy is 14 but tall, we will show him 18 in the new NID. His passport A07261934 will be reissued with the new date, then he goes with the Malaysia batch. Mother signed already.", [{"type": "bd_passport", "value": "A07261934"}])
F(c, "bn", "পঞ্চম শ্রেণির পর আর পড়ানোর দরকার নাই, ঢাকার বাসায় কাজে দেন। মাসে দুই হাজার, বছরে একবার বাড়ি আসবে। ম্যাডাম ভালো, শুধু ফোনে কথা বলতে দেয় না।")
F(c, "bn-Latn", "ei meye ta class 8 e pore, bolse bidesh e parlour e kaj dile jabe. boyosh baraite hobe passport e, birth certificate notun kore felsi")
F(c, "en", "Fresh young girls new from village, school age, private party only. Contact manager on Telegram @nightqueen_dhk, serious only.", [TG("@nightqueen_dhk")])
F(c, "bn", "বারো বছরের ছেলেটারে ইটের ভাটায় দিছি, সর্দার আগাম ১৫ হাজার দিছে। ঋণ শোধ হইলে ফেরত দিবে বলছে।")

# ---------------- sexual_exploitation ----------------
c = "sexual_exploitation"
F(c, "bn-Latn", "dubai te ekta boro beauty parlour e meye lagbe, beton 1 lakh 20 hajar, sudhu smart hote hobe, experience lagbe na. raat er shift e special client ashe, tader ektu khushi rakhte hobe")
F(c, "bn", "মেয়েটারে হোটেলের গেস্ট সার্ভিসে দিব, রাতে রুমে রুমে যাবে। প্রথম মাসে যা কামাবে সব আমার, ওর টিকিটের খরচ।")
F(c, "en", "Spa therapist wanted Muscat, girls 20-25 only, one photo in full dress and one in short dress to WhatsApp +968 9123 4567. Tips very high, customer chooses girl, visa our side.", [P("+96891234567")])
F(c, "bn-Latn", "notun 3 jon ashche narayanganj theke, ekjon ke aj rate e hotel e pathabo. oder phone amar kache, guest bole dile jabe, na gele khaoa bondho")
F(c, "bn", "দুবাইয়ে ড্যান্স বারে কাজ, মাসে দেড় লাখ। মেয়েরা কাস্টমারের সাথে বসবে, ড্রিংক করাবে, বাকি কাজ ম্যানেজার বলে দিবে। পাসপোর্ট নিরাপত্তার জন্য আমাদের কাছে থাকবে।")
F(c, "en", "Apu I thought it was a salon job. They took our passports and now the manager sends us to apartments at night. If we say no there is no food and he says he will post our pictures.")
F(c, "bn-Latn", "bhabi r ekta bandhobi ache, divorce hoise, taka lagbe. oke bolen oman e hotel housekeeping, amra jani ki kaj. 2 ta pic pathan whatsapp e, face clear")
F(c, "bn", "বিয়ের কথা বলে মেয়েটারে কলকাতায় নিয়া গেছে, এখন ফোন দিয়া কান্দে, বলে একটা বাড়িতে আটকায়ে রাখছে, প্রতিদিন লোক আসে।")
F(c, "bn-Latn", "escort service available Gulshan Banani, notun bangali model, 100% real pic, hotel/home. call koren zero one seven one three four six two nine eight zero", [P("+8801713462980")])
F(c, "en", "Agency for nightclub girls to Bahrain. We provide visa, flight, room. Girls must accept drinks and outcall with clients, earnings split 70 company 30 girl until visa cost is cleared.")

# ================= OK items =================
# news
O("news", True, "bn", "মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে যুবকদের লিবিয়ায় নিয়ে আটকে রেখে মুক্তিপণ আদায়ের অভিযোগে র‍্যাব-১১ নোয়াখালী থেকে তাদের গ্রেপ্তার করেছে।")
O("news", True, "en", "Court sentences two to life for trafficking minors to India. According to the prosecution, the accused falsified the girls' ages with fake birth certificates and sold them to a brothel in Pune. The tribunal in Jashore delivered the verdict on Tuesday.")
O("news", True, "bn-Latn", "khobor dekhsen? teknaf e boat theke 57 jon uddhar, malaysia pathanor kotha bole dalal ra sagor e nie gesilo. 3 jon dalal arrest. ki obostha desh er")
O("news", True, "bn", "আদালত সূত্রে জানা যায়, আসামিরা ভুক্তভোগীদের পাসপোর্ট জমা রেখে সৌদি আরবে বেতন না দিয়ে কাজ করাত এবং দেশে পরিবারকে হুমকি দিত। মামলার পরবর্তী শুনানি ১২ জানুয়ারি।")
O("news", True, "en", "Cambodia scam compound: 23 Bangladeshis rescued. Survivors told reporters their phones and passports were taken on arrival and they were beaten for missing targets. The foreign ministry said they will return on Friday.")
O("news", True, "bn-Latn", "prothom alo te report: dubai te parlour er kaj er kotha bole meye pachar, 2 jon arrest. share dilam, sobai sotorko thaken")
O("news", True, "en", "BMET cancels licences of 4 recruiting agencies for charging workers Tk 5 lakh against the government fee and sending them on visit visas, the ministry said on Sunday.")
O("news", True, "bn", "সীমান্ত দিয়ে ভারতে পাচারের সময় ৮ শিশুসহ ১৪ জনকে উদ্ধার করেছে বিজিবি। দালালরা তাদের বাসাবাড়িতে কাজ দেওয়ার কথা বলে নিয়ে যাচ্ছিল।")
O("news", True, "en", "Malaysian police raided a massage centre in Kuala Lumpur and detained 11 foreign women for immigration offences; NGOs say several may be trafficking victims recruited with promises of hotel jobs.")
O("news", False, "bn", "আজ থেকে ঢাকা-কক্সবাজার রুটে নতুন ট্রেন চালু, ভাড়া ৬৯৫ টাকা থেকে শুরু।")

# awareness
O("awareness", True, "bn", "সতর্ক থাকুন! কোনো দালাল বা অপরিচিত কারো কাছে পাসপোর্ট জমা দিবেন না। ভিজিট ভিসায় বিদেশে কাজ করা যায় না। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন। প্রবাসী হেল্পলাইন ১৬১৩৫")
O("awareness", True, "bn-Latn", "bondhura, keu jodi bole visit visa te giye work permit kore dibe, bishash korben na. passport kauke diben na, taka personal bkash e diben na. share koren jate gramer manush jane")
O("awareness", True, "en", "Know the signs: a job abroad with high salary and no experience, an employer who keeps your passport, wages held 'for safekeeping', being told to lie to your family. If you see this, call 999.")
O("awareness", True, "bn", "মেয়েদের বিউটি পার্লার বা হোটেলে চাকরির নামে বিদেশে পাঠানোর প্রলোভন থেকে সাবধান। এরা পরে পাসপোর্ট কেড়ে নিয়ে আটকে রাখে। — অভিবাসন সচেতনতা কর্মসূচি")
O("awareness", True, "en", "Reminder: never pay a recruiter in cash or to a personal mobile wallet. Ask for a receipt for every taka and check the agency's licence on the BMET website before you hand over anything.")
O("awareness", True, "bn-Latn", "sagor pothe malaysia ba italy jaoa mane jibon er jhuki. koto boat ulte gese. dalal er kotha shunben na, boidho pothe bidesh jan – upazila awareness campaign")
O("awareness", True, "bn", "আপনার সন্তানকে ১৮ বছরের আগে বিদেশে কাজে পাঠাবেন না। বয়স বাড়িয়ে পাসপোর্ট করা অপরাধ। শিশুকে বাসাবাড়ির কাজে দেওয়ার আগে দুইবার ভাবুন।")
O("awareness", True, "en", "From a survivors' group: if your employer takes your phone or says you can't call home, that is not normal. You have the right to keep your phone and your passport. Embassy hotline in the first comment.")
O("awareness", True, "bn-Latn", "online e 'customer service job thailand 1200 dollar' dekhle click korben na. oikhane giye scam company te atke rakhe, phone kere ney. police er post ta share korlam")

# official / licensed agency
O("official", True, "bn", "মেসার্স আল-আমিন ওভারসিজ (আরএল-১২৪৭)। মালয়েশিয়া প্ল্যান্টেশন কর্মী। সরকার নির্ধারিত খরচ ব্যাংকে জমা, রশিদ দেওয়া হবে। বিএমইটি স্মার্ট কার্ড ও প্রশিক্ষণ বাধ্যতামূলক। কোনো দালালকে টাকা দিবেন না।")
O("official", True, "en", "BOESL: EPS Korea manufacturing jobs, salary as per Korean minimum wage, selection by lottery only. No agent or broker is involved at any stage. Apply online only.")
O("official", True, "bn-Latn", "Assalamualaikum, amra licensed agency RL 0982. Saudi driver visa, company visa, iqama company dibe. khoroch govt rate onujayi bank e joma, kono advance cash nei na. office e ese contract dekhe nen, sign er age poren")
O("official", True, "en", "Embassy of Bangladesh, Riyadh: workers whose employer has filed huroob may contact the labour wing for legal assistance. Do not pay anyone who promises to remove huroob for money. Call +966 11 419 5300.", [P("+966114195300")])
O("official", True, "bn", "বিজ্ঞপ্তি: বিদেশগামী কর্মীদের পাসপোর্ট কেবল নিবন্ধিত রিক্রুটিং এজেন্সি ভিসা প্রসেসিংয়ের জন্য গ্রহণ করবে এবং প্রাপ্তিস্বীকারপত্র দিবে। ভিসা স্ট্যাম্পিং শেষে পাসপোর্ট কর্মীকে ফেরত দিতে হবে।")
O("official", True, "en", "Ami Probashi: Your BMET registration is complete. Your emigration clearance (smart card) will be issued after the pre-departure orientation on 14 Jan at TTC Gazipur.")
O("official", True, "bn-Latn", "Gulf Star Manpower (licensed, RL 1389): Qatar hotel housekeeping female, salary 1500 QAR + food + accommodation, 8 ghonta duty, weekly 1 din off. govt fee, kono dalal nai. passport nijer kache rakhben, shudhu copy joma diben")
O("official", True, "bn", "গৃহকর্মী হিসেবে বিদেশগামী নারী কর্মীদের ন্যূনতম বয়স ২৫ বছর। বয়স গোপন করলে বা জাল জন্মনিবন্ধন ব্যবহার করলে পাসপোর্ট বাতিল হবে। — বিএমইটি")
O("official", False, "en", "Ministry notice: all offices will remain closed on 16 December on the occasion of Victory Day.")

# worker content
O("worker_content", True, "bn-Latn", "alhamdulillah 3 bochor holo saudi te, kafil valo manush, iqama renew nije kore dise, beton protimash somoy moto. passport amar kache i thake. Eid e chuti dise desh e ashbo")
O("worker_content", True, "bn", "মালয়েশিয়ার কোম্পানিতে ওভারটাইম করলে ঘণ্টায় ১২ রিঙ্গিত দেয়, আমি নিজেই বেশি ডিউটি চাই। হোস্টেল কোম্পানির, ভাড়া লাগে না। আলহামদুলিল্লাহ ভালো আছি।")
O("worker_content", True, "en", "First salary in Dubai today 2200 AED 😍 sent 40k home through bank. HR kept my passport only 2 days for visa stamping and gave it back. Good people here")
O("worker_content", True, "bn", "হোটেলে হাউসকিপিংয়ের কাজ, মেয়েরা আলাদা ফ্লোরে থাকি। রাতে ডিউটি থাকলে কোম্পানির গাড়ি দিয়ে আসে। মা চিন্তা করো না, ছুটির দিনে পার্লারের কোর্সও করতেছি।")
O("worker_content", True, "bn-Latn", "ami nijer icchay ekta din o chuti nei na, karon overtime e double. boss bole ekdin rest nao, ami shuni na 😅")
O("worker_content", True, "en", "Contract finished, I could renew but I'm going home. Employer paid end of service benefits and the ticket too. Those who say all kafeels are bad, mine was like a father.")
O("worker_content", True, "bn", "লকডাউনের সময় ক্যাম্প থেকে বের হতে দেয় নাই, সরকারের নিয়ম ছিল সবার জন্য। এখন সব স্বাভাবিক, শুক্রবার মার্কেটে যাই।")
O("worker_content", False, "bn-Latn", "aj site e concrete dhalai, shesh hote rat 8 ta. kal off, bhai ra mile biryani ranna korbo")
O("worker_content", False, "en", "Night shift done. Weather in Doha finally cool. Video call with family after fajr.")
O("worker_content", False, "bn", "নতুন প্রজেক্টে শিফট হলাম, কাজ একটু কম, বেতন একই।")

# receipts
O("receipt", True, "en", "You have received Tk 50,000.00 from 01711503928. Ref: visa. Fee Tk 0.00. Balance Tk 52,140.55. TrxID BHK72LQ9XZ at 03/12/2026 14:22", [P("+8801711503928"), MFS("BHK72LQ9XZ")])
O("receipt", True, "bn", "আপনি ৳ ৩,০০০.০০ সেন্ড মানি করেছেন 01822416093 নম্বরে। ফি ৳ ৫.০০। ব্যালেন্স ৳ ১২,৪০১.২০। TrxID CKM4P8T1RA ১১/১১/২০২৬ ১৯:০৫", [P("+8801822416093"), MFS("CKM4P8T1RA")])
O("receipt", True, "en", "Money Received. Amount: Tk 150000.00 Sender: 01930772615 Ref: Dubai ticket TxnID: 74KD2X9B Balance: Tk 151220.00 04/12/2026 10:41", [P("+8801930772615"), MFS("74KD2X9B")])
O("receipt", True, "en", "Payment of Tk 4,500.00 to BMET Registration Fee (Merchant) is successful. Balance Tk 812.30. TrxID DJ81QX4M2C at 01/12/2026 11:09", [MFS("DJ81QX4M2C")])
O("receipt", True, "en", "Cash Out Tk 20,000.00 to Agent 01558302147 successful. Fee Tk 370.00. Balance Tk 1,203.40. TrxID BFR8WQ29LK at 29/11/2026 20:17", [P("+8801558302147"), MFS("BFR8WQ29LK")])
O("receipt", True, "bn", "টাকা গ্রহণ। পরিমাণ: ৳ ৮৫,০০০.০০ প্রেরক: 01409228731 রেফ: Saudi visa TxnID: 8QM5RT2K ব্যালেন্স: ৳ ৮৫,৩১২.৫০", [P("+8801409228731"), MFS("8QM5RT2K")])
O("receipt", False, "en", "You have received Tk 500.00 from 01611984220. Fee Tk 0.00. Balance Tk 1,870.00. TrxID CEL2K7T9QM at 02/12/2026 09:15", [P("+8801611984220"), MFS("CEL2K7T9QM")])
O("receipt", False, "en", "Mobile recharge of Tk 49.00 to 01766132095 is successful. Balance Tk 230.10. TrxID BJA5N2WQ8E at 02/12/2026 21:40", [P("+8801766132095"), MFS("BJA5N2WQ8E")])
O("receipt", False, "en", "Cash-In from A/C: ***3386 Tk 2,000.00 Fee: Tk 0.00 Balance: Tk 2,310.00 TxnId: 4471029385 Date: 02-Dec-26 17:20", [MFS("4471029385")])
O("receipt", False, "bn", "পেমেন্ট সফল: ৳ ১,২০০.০০ Daraz-এ। TrxID CFQ9H3M1VZ ০৩/১২/২০২৬ ১৮:১১", [MFS("CFQ9H3M1VZ")])

# jokes
O("joke", True, "bn-Latn", "bou amar phone ta niye niche, bole raat 12 tar por phone chalano bondho 😂 eitai asol bondi jibon, keu uddhar koro")
O("joke", True, "en", "Boss said I'm not allowed to leave until the report is done. Day 3 of captivity. Send snacks and a lawyer 😂")
O("joke", True, "bn", "আম্মু আমার পাসপোর্ট লুকায়ে রাখছে যাতে কক্সবাজার ট্যুরে যাইতে না পারি 😭 এইটা মানবাধিকার লঙ্ঘন")
O("joke", True, "bn-Latn", "dosto tor biyer por to tui pura kafil er under e, iqama o bhabi r kache 🤣 huroob khaoar voy")
O("joke", True, "en", "Wife took my salary card again. Wages withheld, living on one meal a day (her cooking). Someone call the ILO 🤣")
O("joke", True, "bn", "যে আমারে শনিবার সকালে অফিসে ডাকবে তারে আমি বর্ডার পার কইরা দিমু 😂 ফেরার টিকিট ছাড়া")
O("joke", True, "bn-Latn", "mama dalal ke 5 lakh dibo na, tar cheye 50 taka diye DV lottery try kori, free visa america 😂😂")
O("joke", False, "en", "Why did the mango break up with the banana? Too much pressure to split 🍌😂")
O("joke", False, "bn", "আজ গরমে এমন ঘামলাম, মনে হচ্ছে আমি নিজেই একটা নদী 😂")

# chatter
O("chatter", True, "en", "bro can you ask your cousin in Riyadh if his company needs a driver? salary 1800 riyal he said, with iqama. his number +966 55 318 7204", [P("+966553187204")])
O("chatter", True, "bn-Latn", "apu tomar parlour e kono meye lagbe? amar cousin facial threading sob pare, dhanmondi te kaj khujtese. salary 12k holeo cholbe")
O("chatter", True, "bn", "দুবাইয়ের হোটেলের নাম্বারটা দিয়ো, +971 50 264 8817, বুকিং কনফার্ম করতে চাই। ডিসেম্বরে ফ্যামিলি ট্রিপে যাচ্ছি।", [P("+971502648817")])
O("chatter", True, "en", "Anyone selling second hand spa equipment? Opening a small ladies spa in Uttara. Call 01852-690314", [P("+8801852690314")])
O("chatter", True, "bn-Latn", "malaysia theke rahim bhai call dise +60 12-734 9021 number theke, bollo ringgit er rate ekhon 26 taka. eid e ashbe", [P("+60127349021")])
O("chatter", True, "en", "Telegram group for Bangladeshi students in Korea: @bdstudents_korea - housing, part-time job info, visa extension help", [TG("@bdstudents_korea")])
O("chatter", True, "bn", "ভাই টেকনাফ থেকে সেন্টমার্টিনের জাহাজ কয়টায় ছাড়ে? এই সিজনে ট্রলারে যাওয়া কি সেফ?")
O("chatter", False, "bn-Latn", "kal class hobe? sir kichu bolse group e?")
O("chatter", False, "en", "Reached home, traffic was crazy at Mohakhali. Talk tomorrow")
O("chatter", False, "bn", "আজকে বিকালে মাঠে খেলা আছে, সবাই চলে আসিস")
O("chatter", False, "en", "Can someone send the notes from chapter 5? my email is rafi.hasan94@gmail.com", [{"type": "email", "value": "rafi.hasan94@gmail.com"}])
O("chatter", False, "bn-Latn", "vai new iphone er dam koto ekhon bashundhara te?")

# family
O("family", True, "bn", "আব্বা, পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, কাউরে দিবা না। রিনার ভিসার কাগজ আসলে আমি নিজে এজেন্সিতে নিয়া যাব।")
O("family", True, "bn-Latn", "bhai salary er 40 hajar pathaisi bkash e, dekho asche ki na. TrxID AQ7M3ZK52P. amma k 10 diyo, baki ta kisti te dio", [MFS("AQ7M3ZK52P")])
O("family", True, "en", "Mom don't worry, I keep my passport with me always like you said. Company gave me my own room. Will call Friday after jummah.")
O("family", True, "bn", "তোর মামা বলছিল দালালের মাধ্যমে সৌদি পাঠাবে, আমি না করে দিছি। সরকারি অফিস দিয়াই যাবি, একটু দেরি হইলে হোক।")
O("family", True, "bn-Latn", "ammu rina apu er biyer khoroch er jonno 2 lakh loan nicchi bank theke, kisti 9 hajar kore. abba k bolo chinta na korte")
O("family", True, "en", "Uncle, for Rafi's passport form they need his NID: 19922691047388265. Please check if it matches his birth certificate.", [{"type": "bd_nid", "value": "19922691047388265"}])
O("family", True, "bn", "খালা, মেয়েটার বয়স ১৬, এখনই বিয়ে দিবেন না। ওরে পড়তে দেন, কাজের জন্য ঢাকায় পাঠানোর দরকার নাই।")
O("family", False, "bn", "ভাত খাইছিস? ঠান্ডা লাগলে গরম পানি খাইস।")
O("family", False, "bn-Latn", "abba r pressure er oshudh ta aj kinte hobe, tumi ashar shomoy niye esho")
O("family", False, "en", "Happy birthday Ammu! Miss you so much ❤️")
O("family", False, "bn", "চাচ্চু, ঈদে বাড়ি আসবা কবে? সবাই অপেক্ষা করতেছে।")

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev23.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"dev23-{i:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": it["entities"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to {out}")
