"""Blind evaluation set dev105, written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only sections 1
and 2.1 of the shared indicator research were consulted for what the indicators mean.
Persona: a protection officer in the Rohingya camps of Cox's Bazar and Teknaf (boat trips to Malaysia
and Indonesia, ransom in Thai jungle camps, girls promised as brides, children taken for work in
Chattogram), writing alongside camp volunteers', teachers' and families' everyday chats.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev105.jsonl"
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


BTC1 = btc("dev105-btc-1")
TRON1 = tron("dev105-tron-1")
ETH1 = eth("dev105-eth-1")

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
F("recruitment_deception", "bn-Latn",
  "Bhai Malaysia te glove factory te kaj, mash e 1800 ringgit, thaka khawa free. Chhoto nouka na, boro "
  "jahaj e jabe, kono risk nai. 3 diner moddhe naam dao, seat kom. kotha bolte wa.me/601123764890",
  [("whatsapp", "+601123764890")])
F("recruitment_deception", "bn",
  "আমাদের বলছিল জাহাজে করে সোজা মালয়েশিয়া, ৭ দিনের রাস্তা। আজকে ২২ দিন সাগরে, খাবার পানি শেষ, "
  "কেউ বলে না কোথায় যাইতেছি। দালাল ফোন ধরে না।")
F("recruitment_deception", "en",
  "They told us garments job in Chittagong for my brother, 9000 taka salary and hostel. Now he calling "
  "from some shutki ghat near Banshkhali, drying fish on the trawler side, no salary, no hostel. "
  "The broker phone is switched off since Friday.")
F("recruitment_deception", "bn-Latn",
  "Kagoj potro kisui lagbe na bhai. Malaysia pouchaile company nijei work permit kore dibe, UNHCR card "
  "dekhaile police dhorbe na, ami guarantee dilam. Ar kisu jante chaile ei number e call dio +95 9 421 778 306",
  [("phone", "+959421778306")])
F("recruitment_deception", "bn",
  "ভাই চিন্তা কইরেন না, বাংলাদেশি পাসপোর্ট বানায় দিব, টেকনাফের ঠিকানায় জন্ম নিবন্ধন সহ। সৌদিতে "
  "ক্লিনারের ভিসা, সব অরিজিনাল। ক্যাম্পের কথা কেউ জানবে না। ইমুতে নক দেন ০১৮৬৪-২০৯৩৭৫",
  [("phone", "+8801864209375")])
F("recruitment_deception", "en",
  "Apa the job in KL was restaurant helper they said. When we reach they put us in a van and took us "
  "to palm oil estate in the interior, 4 hours from any town. Company name on the paper they showed "
  "in Teknaf is not this company.")
F("recruitment_deception", "bn-Latn",
  "Amar bhai (19 bochor) ke ek lok Ukhiya te 'NGO volunteer job' bole niye gese, mashe 12 hajar dibe "
  "bolse. Pore jani Ctg er ek hotel e thala-bati dhoy, oi NGO er naam keu shunei nai.")
F("recruitment_deception", "bn",
  "ইন্দোনেশিয়া থেকে ফোন দিছে, বলে আচেহ'তে নামায় দিছে, মালয়েশিয়া না। দালাল বলছিল এক সপ্তাহে "
  "কুয়ালালামপুর পৌঁছায় দিবে। এখন ওই নম্বর থেকে বলে +62 812-6643-0918 আবার টাকা দিলে পার করবে।",
  [("phone", "+6281266430918")])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn-Latn",
  "Boat er vara 2 lakh, ekhon 50 hajar dile hobe. Baki ta Malaysia giye kaj kore shodh dibi, boss "
  "prottek mash e 600 ringgit kete rakhbe jotodin na shesh hoy.")
F("fees_and_debt", "bn",
  "চাচা বলছে মালয়েশিয়া পৌঁছানোর পর থেকে বেতন থেকে কাইটা রাখতেছে, এক বছর হইল এখনো ঋণ শেষ না। "
  "প্রতি মাসে হিসাব বাড়ে, খাওয়ার টাকা রুমের টাকা সব ঋণে যোগ করে।")
F("fees_and_debt", "en",
  "Your husband still owe 8,500 RM for the passage and the agent commission. He will work at the site "
  "and we keep his wages until its cleared. No need to ask for salary before that.")
F("fees_and_debt", "bn-Latn",
  "majhi ke 30 hajar dilam seat er jonno. ekhon bole ar 40 hajar na dile trawler e uthte dibe na, ager "
  "taka o ferot dibe na. ki korbo bujhtesi na")
F("fees_and_debt", "bn",
  "সৌদির কাজে ৪ লাখ ৮০ হাজার লাগবে, কিস্তিতে দিতে পারবেন। দেড় লাখ অগ্রিম, ভিসা আসলে বাকিটা। "
  "জমি বন্ধক দিয়া দেন, ছেলে গিয়া ৬ মাসে তুলে ফেলবে। রশিদ লাগবে না, আমার উপর বিশ্বাস রাখেন। ০১৭১৬৮০৪৪৫২",
  [("phone", "+8801716804452")])
F("fees_and_debt", "en",
  "we took loan from the shop owner in block C for my son boat money, 60,000 tk. Now he is saying my "
  "daughter has to stay and work in his house until the loan is paid, one month = 2000 cut.")
F("fees_and_debt", "bn-Latn",
  "Ctg er factory te polapan gula 4 mash dhore kaj kortese. Malik bole advance je 15 hajar baba ke "
  "dise oita shodh na hoile bari jaite parbe na. beton puratai advance e kete ney.")
F("fees_and_debt", "bn",
  "ভাই জঙ্গল পার করার জন্য আলাদা ১৫০০০ বাথ, ওইটা আগে বলে নাই। এখন সবাইরে বলতেছে মালয়েশিয়ায় "
  "গিয়া কাজ করে শোধ দিতে হবে, নাইলে অন্য মালিকের কাছে বেঁচে দিবে।")

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "en",
  "They took all phones on the boat, only captain have phone. Using the cook phone for 2 minute. "
  "Please don't call back on +66 89 412 7730, they will check.",
  [("phone", "+66894127730")])
F("isolation_and_control", "bn-Latn",
  "amader ke ekta ghor e rakhse, bahire tala. din e ekbar khawa dey. kauke phone korte mana, ajke "
  "lukaye korlam. ammu ke bolio na, tension korbe")
F("isolation_and_control", "bn",
  "মেয়েটারে জামাইর লোকজন কোথাও যাইতে দেয় না, মায়ের সাথে কথা বলতে দেয় না, ফোন কাইড়া নিছে। "
  "জোহর বাহরুতে আছে বলে, ঠিকানা কেউ জানে না।")
F("isolation_and_control", "en",
  "If anyone from UNHCR or the protection people ask, you say he went to his uncle in Bhasan Char. "
  "Don't say Malaysia. Don't say my name to anyone, not even the majhi.")
F("isolation_and_control", "bn-Latn",
  "Tomar passport (B07741235) ar card amar kache thakbe, tomar hate dile harai felba. Kaj shesh hole "
  "dibo. Bahire jaite chaile supervisor ke bolba, eka kothao jaba na.",
  [("bd_passport", "B07741235")])
F("isolation_and_control", "bn",
  "থাই জঙ্গলের ক্যাম্পে দুইজন লোক সবসময় পাহারা দেয়, বাথরুমে গেলেও পিছে পিছে যায়। আমার কার্ড "
  "আর মোবাইল ওরা রাখছে, আজকে একজনের কাছ থেকে চাইয়া মেসেজ দিলাম।")
F("isolation_and_control", "bn-Latn",
  "Ei number e ar msg dio na. Notun sim dibe bolse. Ma ke shudhu bolba valo achi, ar kisu bolba na. "
  "Ora sob shune.")
F("isolation_and_control", "en",
  "Tell no one in the block about the boat. Not your teacher not your majhi. We leave from Shamlapur "
  "at night, phones off from the beach and you hand them to me.")

# ---------------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn-Latn",
  "Taka na dile tomar pola ke ar dekhba na. 3 din time. Police er kase gele pura family re khuje ber "
  "korbo, Kutupalong e amader lok ase, bhule jaio na.")
F("threats_and_coercion", "en",
  "Boss says if I run he will call immigration, I go detention and they send me back to Myanmar. "
  "He laughs and say Rohingya nobody will help you.")
F("threats_and_coercion", "bn",
  "যারা টাকা দিতে পারে নাই ওদের রাতে লাঠি দিয়া মারে। কালকে একজনরে পানিতে চুবাইছে। মা তাড়াতাড়ি "
  "টাকা জোগাড় কর, আমি আর পারতেছি না।")
F("threats_and_coercion", "bn-Latn",
  "Tomar meyer video ase amar kache. Biye te raji na hoile sob group e chere dibo, camp e mukh "
  "dekhaite parba na.")
F("threats_and_coercion", "en",
  "Your brother talk too much with the NGO lady. Tell him keep quiet or next time it is not only "
  "warning. We know which shelter you people stay.")
F("threats_and_coercion", "bn",
  "দালাল বলতেছে আমরা যদি মামলা করি তাহলে আমার স্বামীরে মালয়েশিয়ার পুলিশের হাতে তুলে দিবে, "
  "কাগজ নাই, সারাজীবন জেলে পচবে।")
F("threats_and_coercion", "bn-Latn",
  "Ghat e ase bhabso faka? oi raate keu jodi phire jaite chay tar pa venge dibo. Nouka te uthle ar "
  "namar rasta nai, mone rakhis.")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "en",
  "On the fishing boat we work 20 hours, sleep on deck 3-4 hours only. 5 months no salary, captain "
  "says after season. Many boys sick, he still make them pull nets.")
F("labour_exploitation", "bn-Latn",
  "Plantation e sokal 5 ta theke raat 9 ta, kono chuti nai, ek mash er beton o dey nai. Jara osustho "
  "tader o kaj korte hoy, na korle khawa bondho.")
F("labour_exploitation", "bn",
  "মালিক আমারে আরেক জনের কাছে দিয়া দিছে, এখন নির্মাণ সাইটে কাজ করি। আগের মালিকের কাছে ৩ মাসের "
  "বেতন পাওনা, ওইটা আর দিবে না বলছে।")
F("labour_exploitation", "en",
  "in the salt field near Teknaf the contractor pays the camp guys 150 taka for full day, locals get "
  "500. if someone complain he say go back to camp then, and keeps that week money.")
F("labour_exploitation", "bn-Latn",
  "Shutki kholay 14 ghonta kaj, lobon e hat pure gese. Majuri dibe bolse eid er por, ekhono ek poisa "
  "dey nai. Raate okhanei matite ghumai.")
F("labour_exploitation", "bn",
  "রাতেও কাজ, দিনেও কাজ। একদিনও ছুটি নাই, অসুস্থ হইলে বেতন কাটে। কাগজ নাই তাই অন্য কোথাও যাইতেও "
  "পারি না, মালিক এইটা জানে।")
F("labour_exploitation", "en",
  "The brick kiln manager from Chakaria took 6 families from camp 'for the season'. The kids also "
  "carry bricks from 5 am. Payment only at end of season, if he feels like it.")

# ---------------------------------------------------------------- minors (8)
F("minors", "bn-Latn",
  "Meyer boyosh 14, kintu kagoje 18 likhe dibo. Chele Malaysia te thake, valo family. Biye video call "
  "e hoye jabe, pore boat e pathaye dibo.")
F("minors", "bn",
  "চট্টগ্রামে এক বাসায় কাজের জন্য ১২ বছরের একটা মেয়ে লাগবে। খাওয়া পরা দিবে, মাসে ২০০০ টাকা বাপ "
  "মায়ের কাছে পাঠাবে। ক্যাম্পে কেউ থাকলে জানাইয়েন।")
F("minors", "en",
  "Teacher apa, Rahim and his cousin not in class for 2 weeks. Their mother says an uncle took them to "
  "Chattogram to work in a hotel kitchen. They are 11 and 13.")
F("minors", "bn-Latn",
  "Boat e 40 jon er moddhe 15 jon choto meye, ora bou hoite jaitese. Malaysia te jamai ra agei taka "
  "dise, boyosh keu jigesh kore na.")
F("minors", "bn",
  "ওর জন্ম নিবন্ধনে বয়স বাড়াই দিতে হবে, নাইলে সৌদির বাসার কাজে এজেন্সি নিবে না। বাপের এনআইডি "
  "৫৫১৯৬০৩৮২৭ দিলেই হবে, ২০০০ টাকা লাগবে, বাকি সব আমি করব।",
  [("bd_nid", "5519603827")])
F("minors", "en",
  "Boys needed for shop in Reazuddin bazar, age 10-14 ok, stay in the shop, food given. Parents get "
  "5000 advance. Contact Jashim bhai 01815-337291",
  [("phone", "+8801815337291")])
F("minors", "bn-Latn",
  "Tor bon re ami Ctg loi zaiyum, ekkan madam or basat thakibo, porali o goribo. Camp ot ki goribo, "
  "boyosh to matro 10.")
F("minors", "bn",
  "মেয়েটার বয়স ১৩, বিয়ার কথা পাকা। ছেলে থাইল্যান্ড বর্ডারে থাকে, ওর বাপরে ৫০ হাজার দিয়া দিছে, "
  "সামনের নৌকায় পাঠাবে।")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn-Latn",
  "Cox's Bazar er hotel e 'guest service' kaj, raat e duty, din e off. Meye sundor hoile daily 3000. "
  "Boyosh 18-22. Camp er meye hoileo somossa nai, card lagbe na. chobi dekhte insta @coxs_vip_service",
  [("instagram", "@coxs_vip_service")])
F("sexual_exploitation", "en",
  "New girls from camp available 🌸 young, shy, Kolatoli area, short time or full night. "
  "whatsapp only wa.me/8801639274815 no call",
  [("whatsapp", "+8801639274815")])
F("sexual_exploitation", "bn",
  "পার্লারের কাজ বলে নিয়া গেছে, এখন রাতে গেস্টদের রুমে পাঠায়। না গেলে খাবার দেয় না। আপা আমি "
  "এখান থেকে বের হইতে চাই।")
F("sexual_exploitation", "en",
  "He keep saying the Malaysian 'husband' paid for me so I must be nice to his friends also. Every "
  "weekend different men come to the flat and he locks the door from outside.")
F("sexual_exploitation", "bn-Latn",
  "Prothome bolse video call e shudhu 10 minute golpo, kisu khulte hobe na. Ekhon bole proti raat e "
  "show dite hobe, na dile ager video family ke pathaye dibe.")
F("sexual_exploitation", "bn",
  "মেয়ে লাগবে? নতুন আসছে, রোহিঙ্গা, বয়স কম। হোটেলে পৌঁছায় দিব। টেলিগ্রামে নক দেন @coxhotelservice",
  [("telegram", "@coxhotelservice")])
F("sexual_exploitation", "en",
  "Madam at the spa in Chattogram keeps our tips and our ID. We have to do 'extra' with the customers "
  "she choose, she says it is part of the training fee we still owe.")

# ---------------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn-Latn",
  "Ransom 2 lakh 20 hajar. Ei bKash e 50 hajar kore pathao 01987-445210, proti bar TrxID er screenshot "
  "dibe. Kal raat er moddhe na hoile amra jani ki korte hobe.",
  [("phone", "+8801987445210")])
F("payments_and_proceeds", "bn",
  "থাই জঙ্গলের ক্যাম্প থেকে ছাড়াইতে ১ লাখ ৮০ হাজার। টাকা টেকনাফে হুন্ডির দোকানে দিবেন, রশিদ "
  "লাগবে না, ছেলের নাম বললেই হবে। টাকা পৌঁছাইলে ওরা গাড়িতে তুলবে।")
F("payments_and_proceeds", "en",
  "Sent 25,000 to the majhi Nagad like you said. TxnID 7HK29QXB. Please tell the boat people so they "
  "give him food and let him call.",
  [("mfs_transaction", "7HK29QXB")])
F("payments_and_proceeds", "bn-Latn",
  "Malaysia theke 3000 ringgit hundi te pathaise, Teknaf e Anwar er dokane collect korba. Dalal er vag "
  "40 hajar okhanei kete rakhbe, baki ta majhi ke dibe seat er jonno.")
F("payments_and_proceeds", "en",
  "USDT only, TRC20. Send 1,200 to " + TRON1 + " and the girl will be released at the border. If no "
  "USDT then ETH to " + ETH1 + ". No bank, no bKash this time.",
  [("tron_address", TRON1), ("eth_address", ETH1)])
F("payments_and_proceeds", "bn",
  "বিকাশে পাঠাইছি ৩৫০০০, ট্রানজেকশন আইডি BK7Q2M9XRT। বাকি টাকা রকেটে দিব দুই দিনের মধ্যে। ওরে আর "
  "মাইরেন না দয়া করে।",
  [("mfs_transaction", "BK7Q2M9XRT")])
F("payments_and_proceeds", "bn-Latn",
  "Prottek jon er jonno 5 hajar commission. Sob taka ek number e pathaba na, 3 ta bKash e bhag kore "
  "diba: 01756-220841, 01893-507316, 01631-448092. Nam jigesh korle bolba family.",
  [("phone", "+8801756220841"), ("phone", "+8801893507316"), ("phone", "+8801631448092")])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (6)
N("news", "en",
  "Teknaf police rescued 23 Rohingya, including 9 children, from a hill near Baharchhara last night. "
  "Two alleged brokers were arrested while waiting for a Malaysia-bound trawler, the OC said.")
N("news", "bn",
  "কক্সবাজারে মানবপাচার মামলায় তিন আসামির যাবজ্জীবন কারাদণ্ড। রোহিঙ্গা নারীদের মালয়েশিয়ায় পাঠানোর "
  "নামে থাই জঙ্গলে আটকে মুক্তিপণ আদায়ের অভিযোগ ছিল তাদের বিরুদ্ধে।")
N("news", "bn-Latn",
  "Khobor dekhso? Aceh e ar ekta boat namse, 180 jon Rohingya, UNHCR bolse rastay 2 jon mara gese. "
  "Amader block er keu ase ki na list ta khuje dekhtesi.")
N("news", "en",
  "[Forwarded] RAB-15 arrests alleged kingpin of Malaysia boat syndicate in Ukhiya; BFIU freezes "
  "bKash and Nagad accounts allegedly used to collect ransom from families.")
N("news", "bn",
  "চট্টগ্রামে শিশুশ্রমবিরোধী অভিযানে হোটেল ও ওয়ার্কশপ থেকে ১৪ শিশুকে উদ্ধার, এর মধ্যে ৫ জন "
  "ক্যাম্পের। দুই হোটেল মালিককে ৫০ হাজার টাকা করে জরিমানা।")
N("news", "bn-Latn",
  "Prothom Alo te report ase, Thai jungle er gonokobor mamlar rai hoise, ekhono 40 jon er khoj nai. "
  "Link ta group e dilam, porte paro.")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! কেউ মালয়েশিয়ায় চাকরি বা বিয়ের কথা বলে নৌকায় তুলতে চাইলে রাজি হবেন না। সাগরপথে যাত্রা "
  "জীবনের ঝুঁকি। সন্দেহ হলে ক্যাম্পের প্রটেকশন ডেস্কে বা ৯৯৯ নম্বরে জানান।")
N("awareness", "en",
  "Reminder for volunteers: if a family tells you a child has gone 'to work in Chattogram', note the "
  "name, age, date and who took them, and refer to the CP focal point the same day. Do not confront "
  "the broker yourself.")
N("awareness", "bn-Latn",
  "Apnar passport, card ba phone kauke rakhte diben na. Kono dalal jodi bole agey taka din pore kaj "
  "paben, eta protarona. Protection focal er sathe kotha bolun: 01730-448156 (24 ghonta)",
  [("phone", "+8801730448156")])
N("awareness", "en",
  "Session today at the women friendly space: 'Marriage offers from Malaysia - questions to ask'. "
  "Girls under 18 cannot be married under Bangladesh law. Tea and biscuits after.")
N("awareness", "bn",
  "মোবাইলে কেউ যদি বলে আপনার আত্মীয়কে আটকে রাখছে, টাকা পাঠান, আগে প্রটেকশন টিমকে জানান। বিকাশ "
  "নম্বর আর ফোন নম্বর লিখে রাখুন, মেসেজ ডিলিট করবেন না।")
N("awareness", "bn-Latn",
  "Majhi bhai ra, block meeting e bolben: kono ochena lok 'Ctg te hotel e kaj' bole bachha niye gele "
  "sathe sathe CiC office ba protection volunteer ke janaben.")
N("awareness", "en",
  "Know the signs: big salary with no skill needed, 'free' travel that you repay later, someone else "
  "keeping your ID. If you see this, come talk to us at the info point near the LPG station.")

# ---------------------------------------------------------------- official (5)
N("official", "en",
  "BMET notice: Workers going to Malaysia under the government process pay at most Tk 79,000. "
  "Register only through licensed recruiting agencies with the RL number displayed. Do not pay any "
  "sub-agent in cash.")
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৮৪)। সৌদি আরবে ক্লিনার পদে নিয়োগ। সরকার নির্ধারিত খরচের বাইরে "
  "কোনো টাকা নেওয়া হয় না, পাসপোর্ট জমার সময় রশিদ নিন। হোয়াটসঅ্যাপ: wa.me/8801711543287",
  [("whatsapp", "+8801711543287")])
N("official", "en",
  "High Commission of Malaysia, Dhaka: visa applications are accepted only through the official "
  "centre. The Commission has not authorised any agent or individual to collect payments on its behalf.")
N("official", "bn-Latn",
  "RRRC office theke janano jacche: Camp 4 Ext e agami shoptahe card verification. Family er sobar "
  "card ar FCN sathe anben. Kono fee nai, keu taka chaile report korben.")
N("official", "en",
  "Al-Noor Overseas (RL-1284) is recruiting factory workers for Malaysia under the G2G Plus process. "
  "Fees as per government notice only, paid by bank deposit with receipt. Send CV to "
  "recruit.alnoor.bd@gmail.com",
  [("email", "recruit.alnoor.bd@gmail.com")])

# ---------------------------------------------------------------- receipt (6)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01714-982306. Ref: Eid. Fee Tk 0.00. Balance Tk 6,240.50. "
  "TrxID BHA4K7Q9ZM at 04/12/2026 18:22",
  [("phone", "+8801714982306"), ("mfs_transaction", "BHA4K7Q9ZM")])
N("receipt", "bn",
  "আপনি সফলভাবে ৳২,০০০ পাঠিয়েছেন ০১৮৪৭৩২৯১৫৬ নম্বরে। ট্রানজেকশন আইডি: 73KD9QWX। ফি ৳০। "
  "ব্যালেন্স ৳৩১২.৭৫",
  [("phone", "+8801847329156"), ("mfs_transaction", "73KD9QWX")])
N("receipt", "en",
  "Cash In Tk 10,000.00 from Agent 01998-112734 successful. Balance Tk 10,412.00. TrxID CJ62N8PXLS "
  "at 05/12/2026 11:04",
  [("phone", "+8801998112734"), ("mfs_transaction", "CJ62N8PXLS")])
N("receipt", "en",
  "Dear Customer, your A/C XXXX3381 is credited BDT 48,750.00 on 05-DEC-26 by Foreign Remittance from "
  "MALAYSIA. Avl Bal BDT 61,204.30. Thank you for banking with us.")
N("receipt", "bn-Latn",
  "ammu taka pathaisi dekho: 'Send Money Tk1,500.00 to 01736902415 successful. TxnId: 4829176305. "
  "Balance Tk220.30' okay? pele janaio",
  [("phone", "+8801736902415"), ("mfs_transaction", "4829176305")])
N("receipt", "en",
  "Payment Tk 850.00 to Teknaf Pharmacy successful. TrxID DFK3829QLW. Balance Tk 1,106.20. "
  "Get cashback on your next payment!",
  [("mfs_transaction", "DFK3829QLW")])

# ---------------------------------------------------------------- family (7)
N("family", "bn-Latn",
  "Abba, Salim bhai er passport hoye gese, number A04127839, lekhe rakho. Agency te sob taka bank e "
  "dise, rosid ase. Smart card o hoise, January te flight.",
  [("bd_passport", "A04127839")])
N("family", "bn",
  "আম্মা, মালয়েশিয়া থেকে রফিক মামা ফোন দিছিল, ভালো আছে, কোম্পানি নতুন রুম দিছে। ঈদের আগে "
  "টাকা পাঠাবে বলছে।")
N("family", "en",
  "Bhaiya my phone is with Nasima today, if you need me call her. Don't worry I will be home before "
  "maghrib.")
N("family", "bn-Latn",
  "Amina r biyer kotha cholche, chele Balukhali te thake, madrasa teacher. Kintu Amina r boyosh 20 "
  "hoile tarpor, ekhon na, porashona shesh koruk. Abba o raji.")
N("family", "bn",
  "ভাইয়া বিকাশে ৩০০০ পাঠাইলাম, আম্মার ওষুধ আর ছোটটার স্কুলের খাতা কিনো। বাকিটা পরের মাসে দিব।")
N("family", "en",
  "Uncle is asking if anyone has Nurul new number in Penang, he changed sim. Old one was "
  "+60 16-482 3397, now not going.",
  [("phone", "+60164823397")])
N("family", "bn-Latn",
  "Chachi, Rashed er bidesh jawar ichha ami bujhi, kintu boat e kokhono na. Legal vabe jabe, ar ekhon "
  "na. Agey HSC ta dik. Ammu r NID ta lagbe bank e, number ta pathao: 19852219504000123",
  [("bd_nid", "19852219504000123")])

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "en",
  "Alhamdulillah 3 years now in Penang factory. Boss good, overtime paid, passport with me, Sunday off. "
  "Sending money home every month no problem.")
N("worker_content", "bn",
  "দুবাইয়ে আছি দুই বছর, কোম্পানি থাকা খাওয়া দেয়, মাসের ৫ তারিখে বেতন পাই। আগামী বছর ছুটিতে বাড়ি "
  "আসবো ইনশাআল্লাহ।")
N("worker_content", "bn-Latn",
  "Ajke duty 8 ghonta, tarpor overtime 2 ghonta, oita o double rate. Saturday ber hoye KLCC ghure "
  "aslam, chobi dilam insta te @rafiq_in_kl 😄",
  [("instagram", "@rafiq_in_kl")])
N("worker_content", "en",
  "Our supervisor kept the passports only for permit renewal, gave them back same week with the new "
  "permit inside. All good brother, don't believe the rumours in the group.")
N("worker_content", "bn",
  "সৌদির কফিলটা ভালো, পাসপোর্ট নিজের কাছে রাখি, শুক্রবার বন্ধ। রোজার মাসে বোনাস ও দিছে।")
N("worker_content", "bn-Latn",
  "Cox's Bazar e hotel er kitchen e helper kaj kori, shift sokal 8 ta theke 4 ta, beton mash shesh e "
  "pai. Manager valo, chuti chaile dey.")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Tor bou tor phone niye nise? 😂 eta to puro isolation and control, protection desk e case khol")
N("joke", "en",
  "My mother-in-law has my passport, my salary and the TV remote. Send help 😭😂")
N("joke", "bn",
  "আমার বস বলে ওভারটাইম নাকি প্যাশন। বেতন চাইলে বলে ধৈর্য ধরো। আমি মনে হয় দাসপ্রথার শেষ প্রজন্ম 🤣")
N("joke", "bn-Latn",
  "Dalal bhai ekta free visa dao na, Mars e jabo, oikhane card ar FCN kisu lage na 🚀😂")
N("joke", "en",
  "Ransom note from my 7 year old: 'send 500 taka bKash or I won't eat dinner'. Negotiations ongoing 😂")

# ---------------------------------------------------------------- chatter (7, hard)
N("chatter", "bn",
  "কাল রাতে নাকি শামলাপুরে এক দালালের বাড়িতে পুলিশ আসছিল, সত্যি নাকি? মানুষ বলাবলি করতেছে।")
N("chatter", "en",
  "Case management training moved to Thursday. Bring laptops, we'll practise with the new referral "
  "forms for trafficking survivors.")
N("chatter", "bn-Latn",
  "Boat er kotha shunle ekhon bhoy lage. Gotokal amar cousin Shah Porir Dwip theke maach dhorte gese, "
  "toofan e ferot ashse. Alhamdulillah sob thik ase.")
N("chatter", "en",
  "Anyone have the bKash number of the tailor in block B? School uniforms are ready and she wants the "
  "advance. Got it, it's 01926-335871, thanks",
  [("phone", "+8801926335871")])
N("chatter", "bn-Latn",
  "Ajke class e meyera 'amar shopno' niye likhlo. Ekjon likhse doctor hobe, arekjon Malaysia te "
  "teacher hobe. Khub valo laglo pore.")
N("chatter", "en",
  "Someone in the WhatsApp group asking everyone to invest in bitcoin, send to " + BTC1 + " and get "
  "double in a week. Surely a scam no? I'm leaving that group.",
  [("btc_address", BTC1)])
N("chatter", "bn",
  "হোটেলে দুইটা রুম লাগবে, ঢাকা থেকে ডোনার টিম আসতেছে। কলাতলীতে কোনটা ভালো হবে, কেউ জানেন?")

# ---------------------------------------------------------------- easy negatives (11, hard=False)
N("chatter", "bn-Latn",
  "Ajke distribution 10 tay shuru, dal ar tel ashse. Volunteers 9:30 e chole ashben.", hard=False)
N("chatter", "bn", "বৃষ্টি হচ্ছে খুব, শেডের ছাদ ঠিক করতে বাঁশ লাগবে কয়েকটা।", hard=False)
N("chatter", "en", "Happy birthday apa! 🎂🎉 have a lovely day", hard=False)
N("chatter", "bn-Latn", "Teacher der meeting 3 tay, learning center 2 te. Deri koren na please.", hard=False)
N("family", "bn", "আম্মা, রাতে কী রান্না করবা? আমি বাজার থেকে মুরগি নিয়া আসবো।", hard=False)
N("chatter", "bn-Latn", "Panir tap ta abar nosto, WASH team ke ektu call dao.", hard=False)
N("family", "bn", "ঈদ মোবারক সবাইকে 🌙 সবাই ভালো থাকবেন।", hard=False)
N("chatter", "en", "generator at the health post is off again, call Monir please 01825-667103",
  [("phone", "+8801825667103")], hard=False)
N("family", "bn-Latn", "Abbu ghum theke uthse? ami 5 min e ashtesi", hard=False)
N("chatter", "bn", "আজকে ফুটবল ম্যাচ, ক্যাম্প ১৫ বনাম ক্যাম্প ১৮ ⚽ বিকাল ৪টায়", hard=False)
N("family", "en", "Please remind your parents: vaccination day Sunday at the clinic, bring the card.", hard=False)


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
    random.Random(105).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev105-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
