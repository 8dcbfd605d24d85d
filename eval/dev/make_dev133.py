"""Blind evaluation set dev133 (2026-12-07).

Writer never read the tool's rules, the other evaluation sets, or the code; only sections 1 and 2.1
of the shared indicators note, for what the indicators mean.
Persona: a returnee-support worker in Madaripur and Shariatpur whose clients went to Italy by the
Libya route (Dubai/Benghazi packages, 'game' houses, ransom, boats), alongside men who work legally
in Italy and their families at home.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev133.jsonl"
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


BTC1 = btc("dev133-btc-1")
TRON1 = tron("dev133-tron-1")
ETH1 = eth("dev133-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8: bn 3, Latn 3, en 2)
F("recruitment_deception", "bn",
  "কইছিল দুবাই থেকে সোজা রোমে প্লেনে নামামু, বোটের কোনো কারবার নাই। এখন দেখি বেনগাজির এক গুদামে আনছে, কয় এইখান থেকে সাগর দিয়াই যাইতে হইবো। আব্বারে এখনো কিছু কই নাই")
F("recruitment_deception", "bn",
  "মামা বলছিল ইতালিতে ফুলের বাগানে কাজ, মাসে ১২০০ ইউরো, কাগজ সব রেডি। লিবিয়া নামার পর দেখি কাগজ-টাগজ কিছুই নাই, কয় আগে এইখানে ছয় মাস কাজ করো তারপর দেখা যাইবো।")
F("recruitment_deception", "bn",
  "আপা যে নুলাওস্তা দিছিল ওইটা নকল। এম্বাসিতে গেছিলাম, কইলো এই নামে কোনো ফাইলই নাই। দালাল এখন ফোন ধরে না, নাম্বার ০১৮১৯-৪৪৭২৬৫, ৮ লাখ টাকা নিছে।",
  [("phone", "+8801819447265")])
F("recruitment_deception", "bn-Latn",
  "Sirajul bhai bolsilo Dubai te 2 bochor hotel e kaj kore tarpor Italy r visa kore dibe. Dubai namar por bole eta visit visa, kono kaj nai, porshu flight Benghazi. eta ki kotha silo??")
F("recruitment_deception", "bn-Latn",
  "Italy te sorasori company visa, beton 1400 euro, thaka khawa free. shudhu passport ar 3 lakh advance, baki taka Italy pouchaiya. kono interview nai, kono bhasha lagbe na. seat limited bhai, aj e confirm koren. call 01911-562803",
  [("phone", "+8801911562803")])
F("recruitment_deception", "bn-Latn",
  "dalal Kamal sobaire bolse 'sea route na, direct flight'. Rajoir er 4 jon ke ei kotha bole nise, ekhon sobai Zuwara te ek ghore boshe ase boat er jonno")
F("recruitment_deception", "en",
  "They told my brother it was a work permit for a tomato farm in Puglia. The paper had a stamp but no protocol number, and the embassy says no such permit was ever issued. He is already in Tripoli.")
F("recruitment_deception", "en",
  "Sorry bro the Italy restaurant job cancel, company changed. Now route is Dubai-Egypt-Libya, same price, job will be arranged when you reach. Dont tell family about the change. Any problem msg me wa.me/8801736254190",
  [("whatsapp", "+8801736254190")])

# ---------------------------------------------------------------- fees_and_debt (8: bn 3, Latn 2, en 3)
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক দিয়া ৭ লাখ দিছে। এখন দালালের লোক কয় লিবিয়া থেইকা বোটে উঠাইতে আরো ৩ লাখ লাগবো, না দিলে এইখানেই পইড়া থাকতে হইবো।")
F("fees_and_debt", "bn",
  "ত্রিপোলিতে যে আরবের কাছে রাখছে, ও কয় তোর খরচ ২০০০ ডলার, কাজ কইরা শোধ কর তারপর বোটে তুলমু। তিন মাস কাজ করলাম, হিসাব শেষই হয় না, প্রতি সপ্তাহে নতুন খরচ লেখে।")
F("fees_and_debt", "bn",
  "ইতালি আসার পর যে দেশি ভাই কাজ দিছে সে প্রতি মাসে বেতন থেইকা ৪০০ ইউরো কাইটা রাখে, কয় 'লাইনের খরচ' এখনো শোধ হয় নাই। দেড় বছর হইয়া গেল ভাই")
F("fees_and_debt", "bn-Latn",
  "Amar 12 lakh er chukti silo Italy porjonto. Benghazi te ashar por bole 'rastar khoroch' alada, 2500 dinar. taka na dile line e nam uthbe na, ma ke ki bolbo bujhtesi na")
F("fees_and_debt", "bn-Latn",
  "sponsor bhai bolse jotodin 8000 euro shodh na hoy passport tar kache thakbe, ar ami tar farm e kaj korbo. mash e 300 euro hate dibe baki kete rakhbe")
F("fees_and_debt", "en",
  "Agent took 9 lakh for Italy package. Now in Dubai they say Libya visa costs extra 1500 dollar, send in USDT to {} or he stays in the room.".format(ETH1),
  [("eth_address", ETH1)])
F("fees_and_debt", "en",
  "My husband works in a brick kiln near Tripoli to pay the 'boss' back for the boat seat. They write in a notebook what he owes, food and water also added. He says the number never goes down.")
F("fees_and_debt", "en",
  "We sold the 30 decimal land and still owe Tk 4 lakh to the dalal's man in Rajoir. He says interest starts next month unless Sumon pays from Italy, and Sumon has no job there yet.")

# ---------------------------------------------------------------- isolation_and_control (7: bn 2, Latn 3, en 2)
F("isolation_and_control", "bn",
  "এক ঘরে ৪০ জন, দরজা বাইরে থেকে তালা। দিনে একবার খুইলা খাবার দেয়। আমার ফোন নিয়া গেছে, এইটা আরেকজনের লুকানো ফোন, তোমরা আর মেসেজ দিও না")
F("isolation_and_control", "bn",
  "বাড়িতে কাউরে কইবি না তুই লিবিয়ায় আছস। কইবি দুবাইয়ে কোম্পানিতে কাজ করস। তোর মায় ফোন দিলে ওইটাই কইবি, বুঝছস? উল্টাপাল্টা কইলে ফোন আর পাবি না।")
F("isolation_and_control", "bn-Latn",
  "bhai amar passport (EB0451236) dalal er lok airport ei nie nise, bole Benghazi te ferot dibe. ek mash hoye gelo, chaile gali dey",
  [("bd_passport", "EB0451236")])
F("isolation_and_control", "bn-Latn",
  "Amader ke camp theke ber hote dey na, gate e 2 jon arab bonduk niye boshe thake. phone e kotha bolte dey shudhu jokhon bari theke taka chaite hoy")
F("isolation_and_control", "bn-Latn",
  "imo te video call dile ekta lok pashe dariye thake, ki bolbo sheta age theke shikhiye dey. ami nijer kotha kisu bolte parina apa, bujhen na")
F("isolation_and_control", "en",
  "18 days no call from Rakib. In his last voice message he said they moved them at night to another house in Zawiya, eyes covered, and took all the phones.")
F("isolation_and_control", "en",
  "Ustad says nobody goes to the shop alone, we go in a group with his driver and come straight back. The Pakistani boy who went out alone last week, we never saw him again.")

# ---------------------------------------------------------------- threats_and_coercion (8: bn 2, Latn 3, en 3)
F("threats_and_coercion", "bn",
  "৩ দিনের মধ্যে ৫ লাখ না আসলে তোর পোলার আঙুল কাইটা ভিডিও পাঠামু। পুলিশে গেলে লাশও পাইবি না। এই নাম্বারে ইমো কর +218 92 615 3308",
  [("phone", "+218926153308")])
F("threats_and_coercion", "bn",
  "মা, ওরা প্রতিদিন পাইপ দিয়া মারে। কইছে ভিডিও কইরা তোমাগো পাঠাইবো। যা পারো জোগাড় করো মা, আমারে মাফ কইরা দিও")
F("threats_and_coercion", "bn-Latn",
  "apnar bhai kotha na shunle ore police e dhoraiya dimu, Gharyan jail e jaibo, oikhane keu bache na. bujhe shune kotha bolen")
F("threats_and_coercion", "bn-Latn",
  "Madaripur e keu jodi thana e jay, Shibchor e tomar bari amra chini. tomar choto bon kon school e pore shetao chini. mone rakhish")
F("threats_and_coercion", "bn-Latn",
  "Sohel bhai bole tar kotha na shunle Questura te giye bolbe ami illegal, documento cancel hoye jabe ar deport korabe. tai kisu bolte parina, mukh bondho kore kaj kori")
F("threats_and_coercion", "en",
  "Brother they sent a video to my father's imo. Shahin tied on the floor, someone pouring hot water on his back. They said next video will be worse if money not come by Friday.")
F("threats_and_coercion", "en",
  "If your family goes to BMET or the thana about this, boss will give you to the Libyan police and you will rot in Tajoura. Keep quiet and work.")
F("threats_and_coercion", "en",
  "dont make problem. you sign paper saying you came by own will, otherwise we tell italian police you were driving the boat")

# ---------------------------------------------------------------- labour_exploitation (7: bn 3, Latn 2, en 2)
F("labour_exploitation", "bn",
  "মিসরাতার এক ফার্মে রাখছে, ভোর চারটা থেইকা রাত দশটা পর্যন্ত টমেটো তুলি। চার মাস হইলো একটা দিনারও দেয় নাই, কয় বোটের ভাড়া কাটা যাইতেছে।")
F("labour_exploitation", "bn",
  "সিমেন্টের বস্তা টানতে টানতে কোমর শেষ। সপ্তাহে একদিনও ছুটি নাই, জ্বর থাকলেও কাজে পাঠায়। খাওন দেয় একবেলা রুটি আর পানি")
F("labour_exploitation", "bn",
  "আরবটা আমাগো ৬ জনরে আরেক লোকের কাছে বেইচা দিছে। নতুন মালিক কয় আমাগো জন্য টাকা দিছে, এখন তার কাম কইরা উশুল করতে হইবো।")
F("labour_exploitation", "bn-Latn",
  "Italy te campagna te kaj, kintu shob kalo kaj, contract nai. din e 13-14 ghonta, ghonta e 3 euro, caporale ardhek kete ney. raate container e ghumai 9 jon")
F("labour_exploitation", "bn-Latn",
  "building er upore rong er kaj kori, kono belt nai helmet nai. gotokal ek Sudani pore gese, malik bolse kaj bondho hobe na, hospital e o nilo na")
F("labour_exploitation", "en",
  "6 months in the chicken farm outside Benghazi. Boss says salary will come when we leave for the boat. We sleep in the same shed with the birds.")
F("labour_exploitation", "en",
  "We work in the greenhouse in Latina from 5 in the morning till dark, all 7 days. The payslip shows 4 hours a day and the boss gives 400 a month cash, take it or leave.")

# ---------------------------------------------------------------- minors (7: bn 2, Latn 2, en 3)
F("minors", "bn",
  "পোলার বয়স তো ১৫, পাসপোর্টে ১৯ বানায় দিমু, কেউ ধরবো না। ছোট পোলাপাইন লাইনে তাড়াতাড়ি পার হয়, আপনে খালি ৬ লাখ রেডি রাখেন")
F("minors", "bn",
  "ক্লাস এইটে পড়া পোলাটারে দালাল নিয়া গেছে, বাপ-মারে কইছে ইতালিতে ফুপুর কাছে যাইতেছে। এখন লিবিয়ার এক ঘরে বড় মানুষগো লগে আটকা, কান্দে খালি")
F("minors", "bn-Latn",
  "Rahim er pola, boyosh 14, oke 'minor' hisebe Italy namabo, oikhane comunita te rakhbe, pore kaj kore taka pathabe. family ke bolsi 6 lakh e hoye jabe, kauke bolar dorkar nai")
F("minors", "bn-Latn",
  "meyeta r boyosh 13, Dhaka te bashar kaj er jonno nie jabo, pore bhalo chele pele biye diye dibo. ma-baba ke 20 hajar agami diye aschi")
F("minors", "en",
  "The boy on the boat list is 16 but his papers say 21. The dalal told him to say he is 17 when he lands so the Italians put him in a shelter and he can work from there.")
F("minors", "en",
  "Madam the girl who cleans at Hashem's house in Shariatpur town is maybe 11. She doesn't go to school, sleeps on the kitchen floor, and her father took 'advance' from them.")
F("minors", "en",
  "Her uncle is fixing her marriage at 14 with a man in Italy who is 38, saying she'll go later on family papers. The groom's side paid off the uncle's debt to the dalal.")

# ---------------------------------------------------------------- sexual_exploitation (7: bn 2, Latn 3, en 2)
F("sexual_exploitation", "bn",
  "দুবাইয়ে পার্লারে কাজের কথা কইয়া নিছিল, এখন হোটেলের রুমে রাখে, রাতে লোক আনে। না করলে খাইতে দেয় না। আপা আমারে বাঁচান")
F("sexual_exploitation", "bn",
  "নতুন দুইটা মাইয়া আসছে দেশ থেকে, বয়স কম, একদম ফ্রেশ। সারা রাত ৮০০ দিরহাম, হোটেল আমরা দিমু। আগে বুকিং দেন।")
F("sexual_exploitation", "bn-Latn",
  "Tripoli te ek ghore Bangladeshi ar Nigerian meyeder rakhse, raat e boss ra 'guest' pathay. amar bou er bon oikhane, phone e kadte kadte bolse")
F("sexual_exploitation", "bn-Latn",
  "Apu, spa job Dubai te, salary 2500 dirham, tips alada. ager theke boli, special customer der 'extra service' dite hobe, na korle contract er puro taka ferot dite hobe. interested hole msg dao wa.me/971552086341",
  [("whatsapp", "+971552086341")])
F("sexual_exploitation", "bn-Latn",
  "video call e bolse kapor khulte, na hole amar chobi gula barite pathiye dibe. 2 mash dhore ei korche, ami ki korbo bolen")
F("sexual_exploitation", "en",
  "Boss says girls who don't bring 300 dirham a night pay it from their own salary. Aunty keeps all our passports in her locker.")
F("sexual_exploitation", "en",
  "Available tonight 🌹 Bangladeshi girls new in Dubai, Deira area, private room, outcall also. Contact telegram @deira_rose_vip",
  [("telegram", "@deira_rose_vip")])

# ---------------------------------------------------------------- payments_and_proceeds (8: bn 3, Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ছাড়াইতে ৩ লাখ ৫০ হাজার। বিকাশে না, নগদে ভাগ ভাগ কইরা পাঠাইবেন এই তিন নাম্বারে: ০১৭১৯৩৩৪৮২১, ০১৮২২৬৫৯০৩৭, ০১৯৪৪১২৭৫৬৮। একটায় ৫০ হাজারের বেশি না।",
  [("phone", "+8801719334821"), ("phone", "+8801822659037"), ("phone", "+8801944127568")])
F("payments_and_proceeds", "bn",
  "মাদারীপুরের আলমগীর হুন্ডির লোক, ওর হাতে টাকা দিলে লিবিয়ায় মাফিয়ার হাতে দিনারে পৌঁছাইয়া যায়। রসিদ কিছু নাই, খালি একটা কোড নাম্বার দিবো, ওইটা পোলারে কইবেন।")
F("payments_and_proceeds", "bn",
  "টাকা পাইছি, TrxID 9KD4XW2LQP। পোলারে কাইলকা গেমে তুলমু। বাকি দেড় লাখ ইতালি নামার পর, একই নাম্বারে।",
  [("mfs_transaction", "9KD4XW2LQP")])
F("payments_and_proceeds", "bn-Latn",
  "bhai baki 2 lakh ta USDT te pathan, TRC20, ei address e: {}. bank e dile dhora khaben, bKash e o limit".format(TRON1),
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 25000 kore 2 bar pathaisi, TxnID 73KQ9F2A ar 73KQ9G7M. boss ke bolen Sohag ke jeno ajkei chere dey, baki ta kal sokal e",
  [("mfs_transaction", "73KQ9F2A"), ("mfs_transaction", "73KQ9G7M")])
F("payments_and_proceeds", "bn-Latn",
  "Rocket 01556-903412 e taka dile Benghazi te Rubel bhai cash dinar e diye dibe, commission 3%. kauke naam bolben na, call o diben na",
  [("phone", "+8801556903412")])
F("payments_and_proceeds", "en",
  "Send the second part to this BTC wallet: {} . After confirm your son gets phone to call you.".format(BTC1),
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Your cousin in Rome gives 3000 euro to our man Kashem there, you give same in taka to Alamgir at Madaripur bazar. No bank, no trace. Then boss releases Shakil.")

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "মাদারীপুরে মানবপাচার চক্রের দুই সদস্য গ্রেফতার। র‍্যাব জানায়, লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের অভিযোগে রাজৈর থেকে তাদের আটক করা হয়। তাদের কাছ থেকে ৫টি পাসপোর্ট উদ্ধার করা হয়েছে।")
N("news", "bn",
  "ভূমধ্যসাগরে নৌকাডুবি: শরীয়তপুরের তিন যুবকের মৃত্যুর খবর নিশ্চিত করেছে পরিবার। ত্রিপোলির বাংলাদেশ দূতাবাস জানিয়েছে, মরদেহ দেশে আনার প্রক্রিয়া চলছে।")
N("news", "bn-Latn",
  "khobor dekhso? Shibchor er oi dalal Mannan ke CID dhorse, Libya te lok atkaiya muktipon nito. 11 ta family case korse, TV te dekhaise")
N("news", "en",
  "Italian coast guard rescued 87 people off Lampedusa on Tuesday, including 31 Bangladeshis, after their boat left Zuwara. Two people are reported missing.")
N("news", "en",
  "Police say the gang sent torture videos to families over IMO and collected ransom through mobile banking agents in Madaripur; four agents were arrested and their accounts frozen.")
N("news", "bn",
  "হুন্ডির সঙ্গে জড়িত সন্দেহে ৪২টি এমএফএস অ্যাকাউন্ট স্থগিত করেছে বিএফআইইউ। লিবিয়া ও ইতালি থেকে আসা অর্থের লেনদেন খতিয়ে দেখা হচ্ছে।")
N("news", "en",
  "CID says the ring advertised 'Italy game' packages through the Telegram channel @italy_game_bd, which has since been taken down.",
  [("telegram", "@italy_game_bd")])

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! দালালের প্রলোভনে লিবিয়া হয়ে ইতালি যাবেন না। সাগরপথে মৃত্যুর ঝুঁকি। বৈধভাবে বিদেশ যেতে বিএমইটিতে নিবন্ধন করুন। প্রবাসবন্ধু কল সেন্টার: ১৬১৩৫")
N("awareness", "en",
  "Never hand your passport to a broker. An Italian work visa is issued only after the employer's nulla osta and an embassy appointment; nobody in Bangladesh can 'guarantee' it for money. Report fraud to dema.madaripur@bmet.gov.bd",
  [("email", "dema.madaripur@bmet.gov.bd")])
N("awareness", "bn-Latn",
  "Bhai ra, keu jodi bole 'game' e tule dibe, Italy 10 din e pouche dibe, bishshash korben na. Libya te amar 8 mash gese, taka o gese, bondhu ta sagor e gese. sorkari channel e jan.")
N("awareness", "bn",
  "আপনার সন্তান লিবিয়ায় আটক থাকলে এবং কেউ মুক্তিপণ চাইলে টাকা পাঠানোর আগে ৯৯৯ বা নিকটস্থ থানায় জানান। চক্রের মোবাইল নম্বর ও বিকাশ নম্বর সংরক্ষণ করুন।")
N("awareness", "en",
  "IOM reintegration support for Libya returnees in Madaripur: counselling, skills training, small grants. Bring your travel permit or NID. No fee for any service. Info: 01730-482915",
  [("phone", "+8801730482915")])
N("awareness", "bn-Latn",
  "Meyera, Dubai te 'parlour job' er offer pele age agency r license number BMET site e check korun. kono taka agrim diben na, passport kauke diben na.")
N("awareness", "bn",
  "বিদেশে চাকরির নামে ফেসবুকে বিজ্ঞাপন? যাচাই না করে পাসপোর্টের ছবি, এনআইডি বা টাকা কাউকে দেবেন না। — জেলা কর্মসংস্থান ও জনশক্তি অফিস, শরীয়তপুর")

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "বোয়েসেল বিজ্ঞপ্তি: ইতালিতে মৌসুমি কৃষিকাজের জন্য কর্মী নিয়োগ। অভিবাসন ব্যয় সরকার নির্ধারিত, শুধু ব্যাংক রসিদে জমা। কোনো দালাল বা ব্যক্তিকে টাকা দেবেন না।")
N("official", "en",
  "Embassy of Italy, Dhaka: appointments for subordinate work visas (decreto flussi) are booked only through the official portal. The Embassy does not work with any agent or intermediary. Beware of fraud.")
N("official", "en",
  "Licensed agency RL-1472 notice: Malaysia plantation workers, government-fixed migration cost Tk 79,000 paid by bank draft. Original passport needed only at BMET for smart card, returned the same day. Call 01713-028456",
  [("phone", "+8801713028456")])
N("official", "bn-Latn",
  "BMET notice: Ami Probashi app e registration korle smart card er jonno dalal lagbe na. Fingerprint er jonno DEMO office e ashun, NID ar passport soho.")
N("official", "bn",
  "বাংলাদেশ দূতাবাস, ত্রিপোলি: লিবিয়ায় আটকে পড়া যারা দেশে ফিরতে চান, আইওএম-এর সহায়তায় স্বেচ্ছা প্রত্যাবাসনের নিবন্ধন চলছে। যোগাযোগ: +218 91 776 2043",
  [("phone", "+218917762043")])
N("official", "en",
  "Your e-Passport No. A07731592 is ready for delivery at RPO Madaripur. Please collect in person with the delivery slip. -DIP",
  [("bd_passport", "A07731592")])

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712884301. Ref Italy. Fee Tk 0.00. Balance Tk 26,410.50. TrxID BHT7K3M9QX at 04/12/2026 19:22",
  [("phone", "+8801712884301"), ("mfs_transaction", "BHT7K3M9QX")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,500 Sender: 01934556712 Ref: eid Txn ID: 72HX4KQA Balance: Tk 13,020.40",
  [("phone", "+8801934556712"), ("mfs_transaction", "72HX4KQA")])
N("receipt", "en",
  "Remittance Tk 1,18,400.00 (EUR 900) credited to A/C ***4471 via Western Union from ITALY. 2.5% govt incentive Tk 2,960 credited. -Sonali Bank")
N("receipt", "bn",
  "আপনি ৳৫,০০০ সেন্ড মানি করেছেন ০১৮১৯৫৫৩২০৭ নম্বরে। চার্জ ৳০। ট্রানজেকশন আইডি: CGR4P8T2ZN। ব্যালেন্স ৳২,১১৫.৫০",
  [("phone", "+8801819553207"), ("mfs_transaction", "CGR4P8T2ZN")])
N("receipt", "en",
  "Cash In Tk 40,000.00 to 01616-220954 successful. Comm: Tk 164.00. TrxID BJQ2N6W8LD. Balance Tk 8,730.00",
  [("phone", "+8801616220954"), ("mfs_transaction", "BJQ2N6W8LD")])
N("receipt", "en",
  "Tk3,000.00 received from A/C:01882443190 TxnId:5129930471 Fee:Tk0.00 Bal:Tk3,512.75 04-12-26 10:41",
  [("phone", "+8801882443190"), ("mfs_transaction", "5129930471")])
N("receipt", "en",
  "Payment Tk 6,500.00 to Merchant 'Madaripur Travels' successful. TrxID BKL5R7C3HV. Ref: Dhaka-Dubai ticket balance",
  [("mfs_transaction", "BKL5R7C3HV")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "পাসপোর্টের মেয়াদ শেষ হইয়া গেছে, তোর আব্বারে কইছি মাদারীপুর অফিসে নিয়া রিনিউ করাইতে। ইতালির কাগজ আসলে তো লাগবো।")
N("family", "bn-Latn",
  "Ma, ei mash er taka pathaisi, 60 hajar. 20 hajar NGO r kisti dio, baki tomar oshudh ar Mitu r admission. ar jomi bondhok er kotha ar tuliona")
N("family", "bn",
  "তোর ভাই ইতালি থেকে তিন বছরে সব ঋণ শোধ করছে। এখন আর দালালের কাছে যাওয়া লাগবো না, ও নিজেই কাগজ কইরা তোরে নিবো, আল্লাহ ভরসা।")
N("family", "en",
  "Bhaiya's permesso is renewed for two years. He says he will come home at Eid and we can fix Rupa's marriage then. His new number is +39 351 284 7610",
  [("phone", "+393512847610")])
N("family", "bn-Latn",
  "Shafiq er biyer date thik hoise, meye Kalkini r, BA porche. Shafiq Italy theke 20 din er chuti nibe. joutuk er kono kotha nai, amra age i bole disi")
N("family", "bn",
  "আম্মা ভিডিও কলে আসো, রোমের বাসাটা দেখাই। রুমমেট সবাই শরীয়তপুরের, পালা কইরা রান্না করি, আইজকা আমার পালা")
N("family", "bn-Latn",
  "Abba tomar NID number ta 1985412369 na? family visa r form e lagbe. passport er copy pathao, original gula tomar kachei rakho",
  [("bd_nid", "1985412369")])

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "en",
  "Got my contratto indeterminato today at the factory in Vicenza! 1,450 euro net, Saturdays off. Six years since the boat, Alhamdulillah.")
N("worker_content", "bn",
  "এই মাসে ওভারটাইমসহ ১৬০০ ইউরো পাইছি। মালিক ভালো, বেতন ব্যাংকে দেয়, পে-স্লিপ দেয়। রোজার মাসে ডিউটি কমায় দিছে।")
N("worker_content", "bn-Latn",
  "Ami Napoli te restaurant e kitchen helper, 8 ghonta duty, week e 1 din off. malik Bangla bhai der bhalo jane. kono problem nai, chinta koro na")
N("worker_content", "en",
  "Boss gave everyone in the warehouse a Christmas bonus. My documento is fine, will send money home on Friday inshallah")
N("worker_content", "bn",
  "মনফালকোনের শিপইয়ার্ডে ঝালাইয়ের কাজ। কঠিন, তবে সেফটি জুতা হেলমেট সব দেয়, ইউনিয়নের কার্ডও পাইছি।")
N("worker_content", "bn-Latn",
  "bhai amar passport ar permesso amar kachei, keu rakhe na. ajke Questura te fingerprint dilam, 2 mash por card pabo")
N("worker_content", "en",
  "Worked 10 hours today because of tomato season but boss pays every extra hour and we get lunch. Tired but happy 🍅 new number +39 320 771 4582, save it",
  [("phone", "+393207714582")])

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Bou bole Italy gele ar ashba na. ami boli Italy gele taka pathabo, na gele to tor bhai er dokane boshe dalali korbo 😂")
N("joke", "bn",
  "আমাগো পাড়ায় এখন দুই রকম মানুষ: যারা ইতালিতে আছে, আর যারা ইতালি যাওয়ার গল্প করে 😂")
N("joke", "en",
  "My mother thinks every call from a +39 number is either Kamal asking for money or Kamal getting married 😂")
N("joke", "bn-Latn",
  "ei group e admin ke 'dalal' bolle 500 taka fine, bKash e pathaben 01798-330416 e 😜 -admin",
  [("phone", "+8801798330416")])
N("joke", "bn",
  "বউ পাসপোর্ট লুকাইয়া রাখছে যাতে আর বিদেশ না যাই 😅 আমার জীবনের সবচেয়ে বড় পাচার প্রতিরোধ এইটাই")

# ---------------------------------------------------------------- chatter (4 hard)
N("chatter", "bn-Latn",
  "Libya theke je bhai ra ferot aisen, friday Rajoir bazar e meeting, IOM er apa ashbe. sobai ashen, cha nasta ase")
N("chatter", "en",
  "The game last night was crazy, Bangladesh needed 12 off the last over and they finished it with a ball to spare 🔥")
N("chatter", "bn",
  "লিবিয়া-ফেরত শহিদ ভাই এখন মোটরসাইকেলের গ্যারেজ দিছে। ইতালি যাওয়ার নাম শুনলেই কয় 'আর না বাবা'।")
N("chatter", "bn-Latn",
  "Instagram e Rasel er Rome er video gula dekhso? Colosseum er shamne dariye biryani khay 😂 follow koro @rasel.in.roma",
  [("instagram", "@rasel.in.roma")])

# ---------------------------------------------------------------- easy (10, hard=False)
N("chatter", "bn", "আজকে বাজারে ইলিশের দাম ১৪০০ টাকা কেজি, নিতে পারলাম না।", hard=False)
N("family", "bn-Latn", "kal sokale madrasa te jabo, Abba ke bolo cycle ta thik korte", hard=False)
N("chatter", "en", "Happy birthday Tania! Have a great year ahead 🎂", hard=False)
N("family", "bn", "বৃষ্টি থামলে ছাদে কাপড় শুকাইতে দিও।", hard=False)
N("chatter", "bn-Latn", "net e problem, pore call dibo. khaicho?", hard=False)
N("chatter", "en", "Meeting moved to 3pm, please bring the printed report.", hard=False)
N("family", "bn", "মিতুর পরীক্ষা শেষ, রেজাল্ট দিবে জানুয়ারিতে।", hard=False)
N("family", "bn-Latn", "Eid e sobai nanu bari jabo, tumi ki ashba?", hard=False)
N("chatter", "en", "Can you send me the recipe for shorshe ilish? Mine always turns bitter.", hard=False)
N("family", "bn", "ছোট খালার মেয়ের বিয়ে শুক্রবার, আমরা বৃহস্পতিবার রাতে রওনা দিমু।", hard=False)


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
    random.Random(133).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev133-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
