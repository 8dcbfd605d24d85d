"""Blind evaluation set dev131, written 2026-12-07.

The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a volunteer teacher in the Rohingya camps of Cox's Bazar and the host villages of Teknaf
and Ukhia, who sees boat trips to Malaysia/Indonesia, phone marriages, ransom for people held on
boats or in Thai jungle camps, and child labour, alongside ordinary camp life.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev131.jsonl"
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


BTC1 = btc("dev131-btc-1")
TRON1 = tron("dev131-tron-1")
ETH1 = eth("dev131-eth-1")

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
  "ভাই মালয়েশিয়া গেলে মাসে ৬০ হাজার টাকা, কারখানার কাজ, থাকা খাওয়া ফ্রি। দালাল বলছে ট্রলারে না, বড় জাহাজে নিবে। "
  "আমার মামাতো ভাই গেছে গত বছর, এখন নাকি রাজার হালে আছে। আগে কিছু দিতে হবে না, ওখানে গিয়া কাজ শুরু করলে দিবা")
F("recruitment_deception", "bn",
  "আম্মা ওরা বলছিল বড় জাহাজ, এইটা ছোট মাছ ধরার নৌকা, দুইশর বেশি মানুষ গাদাগাদি। আগে বলছে ইন্দোনেশিয়া, "
  "এখন মাঝি বলে থাইল্যান্ডের দিকে নামাবে। কিছু বুঝতেছি না")
F("recruitment_deception", "bn",
  "আপা আপনাকে বলছিলাম না রুমানার বিয়ের কথা? ছেলে বলছিল কুয়ালালামপুরে নিজের মোবাইলের দোকান, ফ্ল্যাট আছে। "
  "রুমানা গিয়া দেখে ছেলে পাম বাগানে লেবারের কাজ করে, থাকে টিনের ঘরে আরো ছয়জনের সাথে। দোকান টোকান কিচ্ছু নাই")
F("recruitment_deception", "bn-Latn",
  "Bhai Malaysia te restaurant er kaj, beton 1500 ringgit, shob legal. Tomar passport lagbe na, "
  "amra camp theke e niye jabo, oikhane giye card banaye dibo. Imo te call dio 01839-207415, raat 10 tar pore",
  [("phone", "+8801839207415")])
F("recruitment_deception", "bn-Latn",
  "apa dalal koise indonesia te garments er kaj, 3 bela khana. boat e uthar por bole aceh er beach e namaye dibe, "
  "baki nijera dekhbi. kaj er kotha ekhon ar kew bole na. amra ki korbo ekhon")
F("recruitment_deception", "bn-Latn",
  "Ammu ai gom asi. Hitara hoile Malaysia dukan ot kam, mash ot 40 hajar. Ehon hoyer bagan ot kam gorit hoibo, "
  "beton 15 hajar or kom. Ami ki gorim ammu")
F("recruitment_deception", "en",
  "Hello sister, good job in Malaysia for girls, housekeeping in 5 star hotel, RM2000 monthly, no experience needed, "
  "travel by AIR with proper document, all arrange from Cox's Bazar. Only serious family contact +60 11-2748 6093",
  [("phone", "+601127486093")])
F("recruitment_deception", "en",
  "Sir the agent say factory job in Johor salary 1800 ringgit. When we reach they put us in palm oil estate, "
  "salary 900 and they say the contract was always like this. The paper we signed in Bangladesh was different")

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "দালাল বলছে এখন ২০ হাজার দিলেই নৌকায় তুলবে, বাকি ২ লাখ মালয়েশিয়ায় গিয়া কাজ করে কেটে কেটে দিতে হবে। "
  "যতদিন শোধ না হয় ওর লোকের কাছেই কাজ করতে হবে, অন্য কোথাও যাওয়া যাবে না")
F("fees_and_debt", "bn",
  "বাবা, মালিক বলে আমার আনার খরচ ৮০০০ রিঙ্গিত, প্রতি মাসে বেতন থেকে ৬০০ করে কাটবে। হিসাব করে দেখলাম "
  "দুই বছরেও শেষ হবে না। হাতে পাই দেড়শ রিঙ্গিত, এটা দিয়ে বাড়িতে কী পাঠাবো")
F("fees_and_debt", "bn",
  "মহাজনের কাছে ৩৫ হাজার দাদন নিছিলাম বইনের বিয়ার সময়। এখন কয় সিজন শেষ না হওয়া পর্যন্ত ট্রলারে থাকতে হবে, "
  "ভাগের টাকা সব দাদনে কাটবে। গত সিজনেও একই কথা কইছিল, দাদন কমে না, বাড়ে")
F("fees_and_debt", "bn-Latn",
  "Ei mash er beton theke abar 300 ringgit katse, bole ticket er taka, room vara, ar boat e je khabar dise oitar dam. "
  "Ami to boat er taka age e diye aschilam 1.5 lakh. Koto bar dibo ek jinish er jonno")
F("fees_and_debt", "bn-Latn",
  "tui amar kase 2 lakh 40 hajar dena, bhule jas na. kaj kore shodh dibi. na parle tor shoshur er jomi ta likhe dite hobe, "
  "ami kintu kagoj banaye rakhsi")
F("fees_and_debt", "en",
  "Brother the agent now asking 1 lakh 20 thousand more for 'medical and card' after we already paid 3.5 lakh. "
  "He says if not paid the visa will cancel and first money will not return. What to do")
F("fees_and_debt", "en",
  "My husband is in Selangor 14 months. Every month the boss cuts his salary for the boat money loan, he sends nothing home. "
  "He says he still owes RM4000 and boss keeps adding some interest")
F("fees_and_debt", "en",
  "plz tell ur uncle the Teknaf man wants 50k advance before the boat, remaining 2.5 lakh after reaching. "
  "if family cant pay then work 1 yr free for his people there. same deal everyone take. his no 01815 44 77 09",
  [("phone", "+8801815447709")])

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "ওরা আমার মোবাইল নিয়া গেছে, এটা আরেকজনের ফোন থেকে লুকাইয়া লিখতেছি। ঘর থেকে বাইর হইতে দেয় না, দরজায় বাইরে থেকে তালা। "
  "আম্মারে বইলো আমি বাঁইচা আছি। এই নম্বরে ফোন দিও না")
F("isolation_and_control", "bn",
  "ক্যাম্পে কেউ জিগাইলে বলবি চট্টগ্রামে খালার বাসায় কাজে যাইতেছিস। মালয়েশিয়ার কথা ভুলেও মুখে আনবি না, "
  "মাঝিও যেন না জানে। রাতে বাজারের পিছে আসবি, ব্যাগ একটা, মোবাইল বাসায় রাইখা আসবি")
F("isolation_and_control", "bn-Latn",
  "Amar passport (A03948271) boss er kase, bole chuti hoile dibe. 3 bochor holo chuti dey na. "
  "Bahire jaite dile shathe ekjon pathay, dokan theke ashar por abar gone dekhe",
  [("bd_passport", "A03948271")])
F("isolation_and_control", "bn-Latn",
  "jungle er camp e amader 60-70 jon rakhse, charpashe pahara, raat e lathi niye ghure. phone ekbar e dey, "
  "shudhu bari te kotha bolar jonno, tao shamne dariye shune")
F("isolation_and_control", "bn-Latn",
  "Bon re kichu bolis na. Ora ghore rakhe, mobile dey na, shudhu shukrobar 5 min ammar sathe kotha bolte dey, "
  "jamai shamne boshe thake. Ami ekhan theke ber hoite pari na ekla")
F("isolation_and_control", "en",
  "dont call this number again. they check the phone every night. i will msg when i can. delete everything pls")
F("isolation_and_control", "en",
  "Since reaching Medan we are kept in one warehouse, 40 people, door locked from outside. "
  "The man says nobody goes out until the next boat, for our safety he says. They took our phones at the beach")
F("isolation_and_control", "en",
  "Hi, this is Asma's sister. Her husband in Malaysia has not let her call us for 5 months, he keeps her phone and her card. "
  "Last time she whispered she cannot go outside even to the shop alone")

# ---------------------------------------------------------------- threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "তোর বাপরে বল তিন দিনের মধ্যে টাকা না দিলে তোরে সাগরে ফালাই দিমু। আর কাউরে জানাইলে তোর বইনেরও খবর আছে")
F("threats_and_coercion", "bn",
  "ওরে বুঝাও, থানায় গেলে ওর বাড়ির লোকদের এই ক্যাম্পে থাকতে দিমু না। আমাদের লোক সব ব্লকে আছে, কে কোথায় যায় সব খবর পাই")
F("threats_and_coercion", "bn",
  "কাল রাতে আবার মারছে, পিঠে দাগ পড়ে গেছে। বলে বেশি কথা বললে ইমিগ্রেশনের হাতে দিয়া দিবে, তখন জেলে পচবি, কেউ খোঁজও নিবে না")
F("threats_and_coercion", "bn-Latn",
  "Tor bou er video amader kase ase. Beshi tera-bera korle shob group e chere dibo, camp er shobai dekhbe. Chup chap kaj kor")
F("threats_and_coercion", "bn-Latn",
  "Malik bole palaile police re diye dibe, amra to illegal, Malaysia jail e pochbo. Tai keu palay na. Ekjon palaise chilo, "
  "dhore ene shobar shamne marse")
F("threats_and_coercion", "bn-Latn",
  "apa ora bolse case tulle amar choto bhai re tule niye jabe. kal ratre ghorer shamne 3 jon eshe daraise silo. "
  "ami ki mamla tule nibo?")
F("threats_and_coercion", "en",
  "Boss said if I complain to the embassy he will file absconding case and I go jail then deport. "
  "He showed me a paper already signed with my name")
F("threats_and_coercion", "en",
  "They beat Rafiq with a pipe in front of all of us because his family sent only half. They said next time they will cut his finger. "
  "Please tell my mother to arrange quickly")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "ভোর ৪টায় উঠি, রাত ১টা পর্যন্ত কাজ। সপ্তাহে একদিনও ছুটি নাই। পাঁচ মাস হইলো, বেতন একবারও দেয় নাই, বলে সব একসাথে দিবে")
F("labour_exploitation", "bn",
  "ট্রলারে ২৫ দিন সাগরে, জাল টানতে টানতে হাতের চামড়া উইঠা গেছে। ঘুম ৩-৪ ঘণ্টা। জ্বর হইলেও নামতে দেয় না, বলে কিনারে গেলে টাকা কাটবে")
F("labour_exploitation", "bn",
  "আমাদের এখান থেকে দশজনরে আরেক মালিকের কাছে দিয়া দিছে, মাথাপিছু দুই হাজার রিঙ্গিত নিছে শুনলাম। আমাদের কেউ জিগাইও নাই, "
  "রাতে গাড়িতে তুইলা নিয়া গেছে")
F("labour_exploitation", "bn-Latn",
  "Plantation e oshudh spray kori, mask glove kichu dey na. Ekjon er chokh nosto hoye gese, take dactar o dekhay nai, "
  "ulta kaj korte bolse. Beton chaile bole porer mash")
F("labour_exploitation", "bn-Latn",
  "ekhane 18 ghonta dokan khola, ami ekai. khabar ek bela, bhat ar dal. ghumai dokaner pichone mati te. "
  "mash shesh e kichu dey na, bole tor hishab ami rakhtesi")
F("labour_exploitation", "en",
  "bro the construction site in KL we work 7 days, 14-15 hours, no helmet no harness. last month one Myanmar guy fell from 6th floor, "
  "nobody came. salary 3 months pending. my number +60 11-3344 5566 if u know anyone can help",
  [("phone", "+601133445566")])
F("labour_exploitation", "en",
  "sister they give rice one time a day with dry fish, 12 people sleep in one container. we work in the durian farm from dark to dark. "
  "nobody is paid since we came in march")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "মেয়ের বয়স ১৪, কাগজে ১৮ লিখাইয়া দিলে কেউ ধরবে না। মালয়েশিয়ার ছেলে ভিডিও কলে কবুল বলবে, পরের মাসে নৌকায় তুইলা দিমু। "
  "ছেলের পক্ষ খরচ সব দিবে")
F("minors", "bn",
  "টেকনাফ বাজারে এক লোক ১০-১২ বছরের ছেলে খুঁজতেছে, চট্টগ্রামে বাসার কাজ, মাসে দুই হাজার, ঈদে একবার বাড়ি আসতে পারবে। "
  "বাপ-মা আগাম পাঁচ হাজার পাবে। তোর ছোটটারে দিবি?")
F("minors", "bn-Latn",
  "Apnar class er Yasmin (12) ke tar baba ekta Malaysia r lok er sathe biye thik korse, chele 35 er upore. "
  "Next mash e boat e pathabe bolse. Apni ki kichu korte parben apa?")
F("minors", "bn-Latn",
  "choto pola gula re boat e jal tanar kaj e nise, 9-10 bochor boyosh. 3 shoptaho school e ashe na. "
  "mahajan bole season sheshe baba der taka dibe")
F("minors", "bn-Latn",
  "Amar bhatija 13 bochor, Ukhia bazar er hotel e thala dhoy rat 12 ta porjonto. Malik mare, ghumay dokan er bench e. "
  "Bhai bole school e pathaile khabe ki")
F("minors", "en",
  "Madam, Nur Kalima from class 4 has not come for two weeks. Her mother says she went to work as maid in a house in "
  "Cox's Bazar town, the lady paid 6 months in advance. She is 11.")
F("minors", "en",
  "Need 2 girls 15-16 yrs for housework in KL family, will show 19 in paper no problem. Good money for parents, 30k upfront. "
  "DM only insta @kl_homehelp.bd",
  [("instagram", "@kl_homehelp.bd")])

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "কক্সবাজারের হোটেলে রিসেপশনের কাজ বইলা নিয়া আসছে, এখন রাতে রুমে রুমে পাঠায়। না গেলে খাইতে দেয় না। আপা আমারে বাঁচান, "
  "কলাতলীর দিকে কোথাও, নাম জানি না")
F("sexual_exploitation", "bn",
  "নতুন দুইজন আসছে, বয়স কম, দেখতে ভালো। ঢাকার পার্লারে লাগবে কিনা জানাও, ছবি পাঠাইতেছি। রাতে গাড়িতে পৌঁছাইয়া দেয়া যাবে")
F("sexual_exploitation", "bn-Latn",
  "beauty parlour e kaj er kotha bole Chittagong e anse, parlour er pichone room. boss bole customer er sathe jete hobe, "
  "na hole anar khoroch 50 hajar ferot de")
F("sexual_exploitation", "bn-Latn",
  "Malaysia te je chele er sathe biye hoise, se bole tar bondhu der sathe o thakte hobe. Na hole talak diye rastay fele dibe, "
  "ar ami to ekhane kaoke chini na")
F("sexual_exploitation", "en",
  "New girls arrived from camp, fresh and shy 🌸 available tonight Kolatoli side hotel. Serious only, whatsapp wa.me/8801845672913",
  [("whatsapp", "+8801845672913")])
F("sexual_exploitation", "en",
  "He makes me do video calls with his 'friends' at night and they pay him by Touch n Go. If I refuse he says he will send my photos "
  "to my father in the camp")
F("sexual_exploitation", "en",
  "SPA job in Johor for Bangladeshi/Rohingya ladies, RM3000++ tips extra, must be friendly with customer, age 18-25, "
  "send full body photo. Telegram @jb_spa_recruit",
  [("telegram", "@jb_spa_recruit")])

# ---------------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "ছেলেরে ছাড়াইতে চাইলে দুই লাখ পাঠাও এই বিকাশে ০১৮৭৬৫৪৩২১০। তিন ভাগে পাঠাবা, এক নম্বরে সব পাঠাবা না। "
  "পাঠানোর পর স্ক্রিনশট দিবা, তারপর ওর সাথে কথা বলাবো",
  [("phone", "+8801876543210")])
F("payments_and_proceeds", "bn",
  "হুন্ডির লোকের কাছে ৮০ হাজার দিছি, সে ওখানে দালালের লোকরে রিঙ্গিতে দিবে। তারপর জঙ্গল থেকে ছাড়বে বলছে। "
  "রসিদ টসিদ কিছু দেয় নাই, খালি একটা কোড নম্বর দিছে")
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 25000 pathaisi, TxnID 7K3PQ9XA. Baki 75 hajar kal dibo inshallah. Amar pola re ekbar kotha bolaite bolen",
  [("mfs_transaction", "7K3PQ9XA")])
F("payments_and_proceeds", "bn-Latn",
  "bkash agent er kase cash dite hobe, number 01923-456781, 5 jaygay 19500 kore. sender number e nijer number dibi na, "
  "onno karo ta dibi",
  [("phone", "+8801923456781")])
F("payments_and_proceeds", "bn-Latn",
  "Thai te je lok ase take direct taka deya jabe na. Kutupalong bazar er Rashid bhai er dokane 1 lakh joma dao, o pathabe, "
  "commission 3%. Agey phone dio 01712-604381",
  [("phone", "+8801712604381")])
F("payments_and_proceeds", "en",
  f"Send the remaining 1500 USDT to this TRC20 address only: {TRON1} . After 3 confirmation the boat boys will release "
  "your brother at Ranong. No bank no bkash",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Boss, collection this week from 14 families Tk 11,40,000 by bKash, Rocket and cash. Your 30% converted and sent to your BTC "
  f"{BTC1}, rest handed in Teknaf. Send names for next boat",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "টেকনাফে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার, উদ্ধার ২২ রোহিঙ্গা নারী-শিশু। মালয়েশিয়ায় পাঠানোর কথা বলে তাদের "
  "শাপলাপুরের একটি বাড়িতে আটকে রাখা হয়েছিল বলে জানিয়েছে র‍্যাব।")
N("news", "en",
  "Bay of Bengal: UNHCR says sea crossings by Rohingya rose again this year, with hundreds dead or missing. "
  "Boats leaving from the Cox's Bazar coast and Rakhine often drift for weeks after engines fail.")
N("news", "bn-Latn",
  "Forwarded: Ukhia te pachar chokro er mul hota Anwar giraftar. CID bolse tar 12 ta bKash account e 2 kotir beshi len-den, "
  "ransom er taka eivabe tula hoto. Mamla hoise manob pachar ain e.")
N("news", "en",
  "Cox's Bazar court sentences two men to life for trafficking 11 Rohingya girls to Malaysia through phone marriages. "
  f"Investigators said part of the ransom was collected in crypto to the wallet {ETH1}.",
  [("eth_address", ETH1)])
N("news", "bn",
  "থাইল্যান্ডের জঙ্গলে গণকবর উদ্ধারের এত বছর পরও অনেক পরিবার জানে না তাদের সন্তান বেঁচে আছে কিনা। "
  "বিশেষ প্রতিবেদন দেখুন আজ রাত ৯টায়।")
N("news", "en",
  "Indonesian authorities allowed a boat carrying about 180 Rohingya to land in Aceh on Tuesday. Local fishermen said "
  "the passengers had been at sea for nearly 40 days; police detained the captain on smuggling charges.")
N("news", "bn-Latn",
  "khobor dekhsen? Shamlapur e boat dhorse, 58 jon, shob Malaysia jaitesilo. dalal palaise, coast guard majhi re dhorse. "
  "bachchara o silo naki")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সচেতনতা বার্তা: সাগরপথে মালয়েশিয়া যাওয়া মানে জীবনের ঝুঁকি। দালালের কথায় নৌকায় উঠবেন না। কেউ চাকরি বা বিয়ের কথা বলে "
  "নিয়ে যেতে চাইলে সিআইসি অফিস বা ব্লকের মাঝিকে জানান।")
N("awareness", "en",
  "Never give your passport or ID card to anyone to 'keep safe'. A real employer will not ask you to pay for a job. "
  "If someone offers a Malaysia job by boat, it is not a job, it is a trap. Share with your family.")
N("awareness", "bn-Latn",
  "Meyer boyosh 18 er kom hole biye deya ain e oporadh. Phone e biye, video call e kabul — eshob diye meyeder pachar kora hoy. "
  "Shondeho hole amader volunteer apa der janan, nam gopon rakha hobe.")
N("awareness", "en",
  "Safe migration session tomorrow 10am at the Learning Centre, Camp 4 Block C. Topics: how brokers lie, what is debt bondage, "
  "who to call if someone is held for ransom. Parents of adolescent girls especially welcome.")
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: শিশুদের দোকান, হোটেল বা মাছ ধরার নৌকায় কাজে দিবেন না। শিশুশ্রম আইনত দণ্ডনীয়। "
  "শিশুকে লার্নিং সেন্টারে পাঠান, পড়াশোনা বিনামূল্যে।")
N("awareness", "en",
  "If your relative is held somewhere and people ask money, do not send to unknown bKash numbers. Come to the protection "
  "help desk, Camp 15, or call +880 1730-335566 (free, confidential).",
  [("phone", "+8801730335566")])
N("awareness", "bn-Latn",
  "Bhai-bon ra, Facebook e 'Malaysia free visa, kono taka lagbe na' erokom post dekhle share korben na. Eigula prottarona. "
  "BMET e registered agency chara karo hate passport ba taka diben na.")

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "মেসার্স আল-ফারুক ওভারসীজ (আরএল-১২৩৪): মালয়েশিয়া প্ল্যান্টেশন খাতে কর্মী নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, "
  "এর বেশি কাউকে দিবেন না। সকল লেনদেন ব্যাংকের মাধ্যমে, রসিদ বুঝে নিন। যোগাযোগ: ০১৭১১-৪৫৬৭৮৯",
  [("phone", "+8801711456789")])
N("official", "en",
  "High Commission of Bangladesh, Kuala Lumpur: workers whose employer holds their passport may report to the Labour Wing. "
  "Keeping a worker's passport is an offence under Malaysian law. Email: labourwing.kl@mofa.gov.bd",
  [("email", "labourwing.kl@mofa.gov.bd")])
N("official", "en",
  "BMET: Registration for Malaysia (G2G) is free of cost. Applicants will receive SMS from BMET only. "
  "Do not pay any person claiming to be a BMET agent or promising a quick smart card.")
N("official", "bn",
  "বিজ্ঞপ্তি: সৌদি আরবে গৃহকর্মী হিসেবে গমনকারী নারী কর্মীদের কোনো অভিবাসন ব্যয় নেই। কোনো রিক্রুটিং এজেন্সি বা দালাল অর্থ দাবি করলে "
  "জেলা কর্মসংস্থান ও জনশক্তি অফিসে অভিযোগ করুন: ০১৩২০-৮৮৪৫১২",
  [("phone", "+8801320884512")])
N("official", "bn-Latn",
  "Prio Md. Karim, apnar visa processing shompurno. Flight 14 Dec. Passport (BR0456721) ar BMET smart card niye 12 Dec "
  "office e ashun, sorkari fee er rashid shathe anben. -Sunrise Overseas RL-1876",
  [("bd_passport", "BR0456721")])
N("official", "en",
  "RRRC/UNHCR notice: Anyone offering 'UNHCR resettlement to Malaysia' or 'UN card for travel' for money is committing fraud. "
  "Resettlement is always free. Refugees need permission to travel outside the camps.")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01712345678. Ref eid. Fee Tk 0.00. Balance Tk 7,250.50. TrxID BKJ7HG3L2M at 05/12/2026 14:22",
  [("phone", "+8801712345678"), ("mfs_transaction", "BKJ7HG3L2M")])
N("receipt", "en",
  "Money Received. Amount: Tk 3000 Sender: 01898765432 Ref: N/A TxnID: 72KD9P1X Balance: Tk 3120.75 06/12/2026 10:15",
  [("phone", "+8801898765432"), ("mfs_transaction", "72KD9P1X")])
N("receipt", "en",
  "Tk2,000.00 received from A/C:01556789012-4 Fee:Tk0.00, Your A/C Balance: Tk2,345.00 TxnId:4821937465 Date:03-DEC-26 11:05 am. Download Rocket app",
  [("phone", "+8801556789012"), ("mfs_transaction", "4821937465")])
N("receipt", "en",
  "Dear Customer, your A/C XXXX4521 has been credited by BDT 48,650.00 (Foreign Remittance from MAYBANK MY) on 04-12-2026. "
  "Avl Bal BDT 51,210.33. -IBBL")
N("receipt", "en",
  "Send Money Tk 1,500.00 to 01811223344 successful. Ref rent. Fee Tk 5.00. Balance Tk 300.00. TrxID CL45HK9QZ1 at 01/12/2026 20:10",
  [("phone", "+8801811223344"), ("mfs_transaction", "CL45HK9QZ1")])
N("receipt", "bn",
  "আপনি ০১৯১২৩৪৫৬৭৮ থেকে ৳২,৫০০.০০ গ্রহণ করেছেন। ফি ৳০.০০। ব্যালেন্স ৳২,৯১০.০০। TrxID CBX4P2M7TN ০২/১২/২০২৬ ১৮:৪০",
  [("phone", "+8801912345678"), ("mfs_transaction", "CBX4P2M7TN")])
N("receipt", "bn",
  "আপনার বিকাশ অ্যাকাউন্টে মালয়েশিয়া থেকে ৳২৫,৭৫০.০০ রেমিট্যান্স এসেছে, ২.৫% প্রণোদনা ৳৬৪৩.৭৫ সহ। TrxID DA81QW6ZPE ২৯/১১/২০২৬ ০৯:১২",
  [("mfs_transaction", "DA81QW6ZPE")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আব্বার পাসপোর্টের মেয়াদ জানুয়ারিতে শেষ, রিনিউ করতে দিতে হবে। পুরান নম্বর A09876543, অনলাইনে ফরমটা পূরণ করে দিস, "
  "আমি ব্যাংকে ফি জমা দিয়া আসবো",
  [("bd_passport", "A09876543")])
N("family", "bn-Latn",
  "Ammu eibar beton paisi, 20 hajar pathailam bKash e tomar number e. Chotor school er beton ta age dio, baki ta tomar oshudh")
N("family", "en",
  "Bhaiya asking should he send money by hundi or bank. I told bank only even if rate is less. Last time Selim's money got stuck "
  "with the hundi man for 3 weeks")
N("family", "bn",
  "মেজো খালার ছেলের বিয়া ঠিক হইছে, মেয়ে মালয়েশিয়ায় নার্স, ভিডিও কলে আকদ হবে শুক্রবার। দুই পরিবারই রাজি, "
  "মেয়ে সামনের বছর দেশে আসলে অনুষ্ঠান হবে")
N("family", "bn-Latn",
  "Mama bolse Malaysia jawar kotha bhule ja, oi boat er kotha shunle amar buk kape. Ekhane e kaj khuj, ami Ukhia te ekta "
  "dokane kotha bolsi, shokal 9 ta theke 6 ta")
N("family", "en",
  "Your uncle landed safe in Riyadh, agency people received him at the airport. He has his passport with him, visa is proper, "
  "he'll call tonight after duty")
N("family", "bn-Latn",
  "Ammu tomar NID number ta check koro, bKash account khulbo tomar name e: 4617382950 eta thik ase? Photo o lagbe",
  [("bd_nid", "4617382950")])

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah ekhane bhalo asi bhai. Company te 8 ghonta duty, overtime korle alada taka. Passport amar kache e, "
  "mash shesh e beton time moto dey. Tumi chinta koro na")
N("worker_content", "en",
  "Finished my 2 years in Penang, boss gave bonus and the ticket home. Good company, they even renewed my permit "
  "without cutting any salary")
N("worker_content", "bn",
  "এখানে হোটেলে কাজ, থাকা খাওয়া মালিকের। শুক্রবার ছুটি, মোবাইল নিয়া কোনো সমস্যা নাই। এই মাসে ওভারটাইম সহ ১৮০০ রিঙ্গিত পাইলাম")
N("worker_content", "en",
  "bro dont worry about me, job is fine here, night shift but ok. agency was legal, i paid only govt fee and got receipt. "
  "send me photo of baby")
N("worker_content", "bn-Latn",
  "Aj fishing boat theke namlam 10 din pore. Ebar mach bhalo, captain share o thik moto disse. Kal off, Cox's Bazar jabo "
  "bachchader jama kinte")
N("worker_content", "bn",
  "দোকানের মালিক ভালো মানুষ, ঈদে দেশে যাওয়ার ছুটি দিবে বলছে, টিকিটও দিবে। নতুন নম্বর +60 12-718 4429, ইমোতে কল দিও",
  [("phone", "+60127184429")])

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Bou amar passport lukaye rakhse jate ami Dubai na jai 😂 eta forced labour naki bhalobasha keu bolo")
N("joke", "en",
  "My mother-in-law confiscated my phone during the wedding, said I was on it too much. Held hostage for 3 hours, "
  "no ransom paid 😭😂")
N("joke", "bn",
  "ভলান্টিয়ার টিচারের অবস্থা: বেতন নাই, ছুটি নাই, ২৪ ঘণ্টা ডিউটি — আর মালিক হইলো ক্লাস ফোরের বাচ্চারা 😅")
N("joke", "bn-Latn",
  "dalal er kase taka dewar cheye amar bondhu re dhar dewa beshi risky, oi taka jibone ferot ashe na 🤣")
N("joke", "en",
  "Instagram @teknaf_memes posted 'when ammu rents you to the neighbour for a day to carry rice sacks' I'm crying 😂",
  [("instagram", "@teknaf_memes")])

# ---------------------------------------------------------------- chatter (5, hard)
N("chatter", "bn-Latn",
  "Kal learning centre e class hobe na, WFP distribution er din. Ration nite shob ma ra line e thakbe, bachchara o shathe jabe")
N("chatter", "en",
  "Did Karim bhai get the trawler licence? He wants to start fishing trips from Shah Porir Dwip next season, "
  "asking if I can lend 30k till the first catch")
N("chatter", "bn",
  "ক্যাম্প ১২-তে আজ মালয়েশিয়া ফেরত এক ভাইয়ের সাথে কথা হলো। বলল নৌকায় যাওয়া আর জীবনেও না, এখন এখানেই দোকান দিবে")
N("chatter", "en",
  "Telegram group for volunteer teachers: @ukhia_teachers_net, share lesson plans and worksheets, no politics please",
  [("telegram", "@ukhia_teachers_net")])
N("chatter", "bn-Latn",
  "Bhai hotel er kaj ta korba? Inani te resort, reception, 15 hajar + thaka khawa. Manager amar chacha, shoja interview, "
  "kono taka lagbe na. CV ta pathao")

# ---------------------------------------------------------------- easy (10)
N("chatter", "bn", "আজকে বৃষ্টি অনেক, ক্লাস ১১টায় শুরু হবে। ছাতা নিয়া আসবেন সবাই।", hard=False)
N("family", "bn-Latn", "Apa kal rannar jonno dal lagbe? Ami bazar e jaitesi, ar kichu lagle bolo", hard=False)
N("chatter", "en", "Happy birthday Nasima! May Allah bless you always 🎂🎉", hard=False)
N("family", "bn", "ঈদ মোবারক সবাইকে। ছোটদের জন্য চকলেট রাখছি, বিকালে আসিস।", hard=False)
N("chatter", "en", "Reminder: submit attendance sheets by Thursday. The new maths workbooks have arrived at the office.",
  hard=False)
N("chatter", "bn-Latn", "tomar number change korso? notun ta dao, purana ta off dekhay", hard=False)
N("chatter", "en", "where did u park the bike? need it to go to Ukhia market at 3", hard=False)
N("family", "bn", "আম্মার জ্বর কমছে, ডাক্তার বলছে আরো দুই দিন ওষুধ খাইতে। চিন্তা করিস না", hard=False)
N("chatter", "bn-Latn", "Aj Argentina jitse bhai 😍 pura camp e pola pan er chitkar", hard=False)
N("chatter", "en", "Solar repair guy number: 01865-112233, he comes to Camp 9 on Tuesdays",
  [("phone", "+8801865112233")], hard=False)


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
    random.Random(131).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev131-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
