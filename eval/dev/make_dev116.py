"""Blind evaluation set dev116 for the trafficking-indicator detector (Bangladesh chats).

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only the brief
and sections 1 and 2.1 of the indicator research notes.
Persona: an NGO counsellor in Sylhet, Sunamganj, Chattogram and Noakhali who types up families' IMO and
WhatsApp voice notes as spoken, in regional dialect, about sons and daughters sent abroad or to Dhaka,
alongside the families' ordinary talk.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev116.jsonl"
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


BTC1 = btc("dev116-btc-1")
TRON1 = tron("dev116-tron-1")
ETH1 = eth("dev116-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---- recruitment_deception (8)
F("recruitment_deception", "bn",
  "আফা, আমার ফুয়ায় ইমুতো মাতছে। দালালে কইছিল দুবাইর বড় হোটেলো ওয়েটারর কাম, মাসো ৪৫ হাজার টেকা। অখন গিয়া দেখে মরুভূমির মাঝে উট চরানি লাগে, বেতনর কথা কইলে মালিকে হাসে।")
F("recruitment_deception", "bn",
  "ভিসাত লেখা আছিল ক্লিনিং কোম্পানি, এয়ারপোর্টত নামি দেখে কোম্পানি বলি কিছু নাই। একজন আরবি মানুষ আই তারারে এক বাসাত লই গেইয়ে। আঁর পোয়া কর, আম্মা ইবা কোম্পানির ভিসা নয়, ফ্রি ভিসা আছিল, দালালে জানি হুনি মিছা কইয়ে।")
F("recruitment_deception", "bn",
  "হিতেরে কইছে মালয়েশিয়ার ফ্যাক্টরির কাম, কাগজ সব লিগাল। অন হিতে কয় টুরিস্ট ভিসাত নিছে, এক মাস পর থুন অবৈধ। দালাল অন ফোন ধরে না।")
F("recruitment_deception", "bn-Latn",
  "apa ami kita kortam, amar furi re koise saudi te hospital o nurse er assistant er ham. ekhon furi koy ekta bashar sob ham kore, rannabanna, kapor dhua, bachcha rakha. hospital er naam o nai")
F("recruitment_deception", "bn-Latn",
  "bhai dalal ye video dekhaise oi company'r, AC room, canteen. aar bhai gie dekhe tin shed er ghor, 20 jon ek rumot. salary koise 1200 riyal, ekhon dey 600. agreement paper ta arbi te, kichu bujhe na, airport e shoi kori dise")
F("recruitment_deception", "bn-Latn",
  "facebook e ad dekhi gese, 'Serbia work permit 100% guarantee, 3 mash e visa, WhatsApp koren wa.me/8801923556710'. tiya dise 4 lakh. ekhon koy serbia na, age libya jaite hobe, hiyan thun italy. hola ekhon libya te",
  [("whatsapp", "+8801923556710")])
F("recruitment_deception", "en",
  "Typing mother's voice note (Derai, Sunamganj): the man said my son will get driving job in Oman, company will make license. Now son says they took him to a farm, no driving, only goats and date trees. Contract was a different paper, he signed at airport without reading.")
F("recruitment_deception", "en",
  "Sir my brother going Romania they said. Agent give us visa copy but the embassy people told it is fake, no such visa number in system. Agent saying no problem, flight tomorrow by Dubai, he will do 'setting' there. Agent number +880 1552-347819",
  [("phone", "+8801552347819")])

# ---- fees_and_debt (8)
F("fees_and_debt", "bn",
  "ফুয়ার বেতন থাকি মাসে মাসে ৩০০ রিয়াল কাটি রাখে, কয় ভিসার খরচ উসুল অইলে পুরা বেতন দিবা। দুই বছর অই গেছে, এখনো বুলে উসুল অইছে না।")
F("fees_and_debt", "bn",
  "বাইত্তুন জাগা বন্ধক দি ৫ লাখ টিয়া দিলাম দালালরে। অন বিদেশত যাই কর আরো দেড় লাখ ন দিলে আকামা ন অইবো। সুদে টিয়া আনি, সুদ বাড়ি যার।")
F("fees_and_debt", "bn",
  "কোম্পানি কয় খাওন আর থাকনের টিঁয়া কাডি হালাইব, হিতের হাতে মাসে আসে আষ্ট হাজার টিঁয়ার মতো। দালালের কিস্তি দিতে দিতে শ্যাষ, বাড়িত এক টিঁয়াও দিতে হারে না।")
F("fees_and_debt", "bn-Latn",
  "dalal sahab koise 'taka na thakle oshubidha nai, ham kori shodh kori dio'. ekhon furi re koy 2 bosor bina betone ham korte oibo, ota naki tar loan")
F("fees_and_debt", "bn-Latn",
  "Malaysia'r sorkari khoroch 79 hajar, aar kach thun nise 6 lakh 20 hajar. rashid chaile kode 'rashid dile tor visa cancel'. ekhon o 2 lakh baki, gorur dam diye dium")
F("fees_and_debt", "bn-Latn",
  "hote gese 8 mash, ekhono ek tiya pathaite pare nai. malik koy tor plane bhara, medical, visa sob tor naame lekha ase, age shob shodh kor. hisab ta malik nijei rakhe, hote re dekhay na")
F("fees_and_debt", "en",
  "My husband is in Qatar 14 months. Every month company cut 'recruitment loan' from salary but we already paid agent 4.5 lakh in Bangladesh. When he asked for paper, supervisor told him loan finish when company say finish. Agent office Paltan 01911-227845, they don't pick up.",
  [("phone", "+8801911227845")])
F("fees_and_debt", "en",
  "Voice note from father, Companiganj: we sold the cow and took 2 lakh from the samity at high interest to pay the dalal. Boy went Saudi, still no iqama, agent now asking 1.5 lakh more or they will send him back. Samity people coming to the house every week.")

# ---- isolation_and_control (8)
F("isolation_and_control", "bn",
  "ফুরির ফোন মালিকর বউয়ে লইয়া রাখছে, সপ্তাহো একবার পাঁচ মিনিট দেয়, পাশে খাড়াই থাকে। যা মাতে সব হুনে। ফুরি খালি কয় আম্মা বালা আছি, বালা আছি।")
F("isolation_and_control", "bn",
  "পাসপোর্ট কোম্পানির ম্যানেজারর কাছে। বাইরে যাইতে ন দে, গেটত তালা মারি রাখে, কামর জাগাত গাড়ি গরি লই যায়, আবার লই আয়ে। দোয়ানত যাইবার অনুমতিও নাই।")
F("isolation_and_control", "bn",
  "হিতেরে কইছে বাড়িত কাউরে কইবা না তোমরা কন জাগাত আছো। কেউ জিগাইলে কইবা কাপড়ের দোয়ানে কাম করো। নম্বর বার বার বদলায়, আঁই আর হিতেরে পাই না।")
F("isolation_and_control", "bn-Latn",
  "amar bhagna koy tara 12 jon ek bashay, bahire ekta manush lathi loiya boisha thake. rait o dorja bahir thaki bondho. imo te matse lukia bathroom thaki, awaj kom kori")
F("isolation_and_control", "bn-Latn",
  "aar fua rer sim card kari loi gese, kode 'ekhane bhalo thakle phone lagibo na'. 3 mash pore aijja onno ekjon'r phone diye call dise. kode ammu tumi ei number e call dio na, dhora pore jaibo")
F("isolation_and_control", "bn-Latn",
  "maiyare kaj e rakhse, passport jama, iqama card o dey nai, koy ei card tor lagto na. bahire gele police dhorbo koi dorai rakhe. hitera 6 mash bahir hoy na")
F("isolation_and_control", "en",
  "Sister calls only from the madam's phone, speaker on. She cannot go out even to the shop, door locked when family goes out. Passport (EB0721843) madam kept 'for safety' since day one.",
  [("bd_passport", "EB0721843")])
F("isolation_and_control", "en",
  "He told me don't save this number and delete after listening. Manager checks their phones every night. If anyone asks from embassy they must say they are happy and salary is coming. +974 5531 2290 this is the only number, message after 11 pm",
  [("phone", "+97455312290")])

# ---- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "দালালে বাড়িত আইয়া কইছে, মামলা করলে তোমার ফুয়ারে আর জিন্দা পাইতায় নায়। বিদেশো তার মানুষ আছে, এক ফোনো কাম শেষ।")
F("threats_and_coercion", "bn",
  "কফিলে কর বাইরে কারে কিছু কইলে হুরুব দি দিবো, পুলিশে ধরি জেলত দিবো, আর দেশত ফেরত ন আইতে পারিবো। আঁর পোয়া ডরে কাঁদের।")
F("threats_and_coercion", "bn",
  "হিতেরে মাইরছে, হাতে কালা দাগের ছবি পাঠাইছে। কইছে আর একবার পলাইতে চাইলে ঠ্যাং ভাঙি দিব।")
F("threats_and_coercion", "bn-Latn",
  "madam koy beshi matle tor naame churi'r case dimu, tui jail o pocha morbi. furi amar oino kichu koy na, khali kande")
F("threats_and_coercion", "bn-Latn",
  "dalal er lok phone kori hoite ase, 'taka ferot chaile tor maiyar chobi sob jaygay chaira dimu'. maiya dhaka'y gese garments er kotha koi")
F("threats_and_coercion", "en",
  "The sponsor beat him with a pipe when he asked for his 4 months salary. Told him if he goes to labour court he will be reported as absconding and deported with ban.")
F("threats_and_coercion", "en",
  "Broker's man came to our house in Begumganj with two boys on motorcycle. Said if we go to the thana again, our younger son also will 'disappear'. My husband is not sleeping.")

# ---- labour_exploitation (8)
F("labour_exploitation", "bn",
  "ফুয়ায় কয় বিয়ানে পাঁচটাত উঠে, রাইত একটা দুইটা পর্যন্ত বিল্ডিংর কাম, শুক্কুরবারও ছুটি নাই। এক বেলা খানা দেয়। চার মাস অইছে বেতন দিছে না।")
F("labour_exploitation", "bn",
  "জাহাজ ভাঙার ইয়ার্ডত কাম, হেলমেট জুতা কিছু ন দেয়। গত সপ্তাহত একজনর উপর প্লেট পইড়ে। মালিক কর কাম ন গরিলে টিয়া নাই, হাসপাতালর খরচও ন দে।")
F("labour_exploitation", "bn",
  "মাইয়া যে বাসাত আছিল হিয়ানের মালিক হিতেরে আরেক বাসাত বেচি দিছে কয়। অন তিন বাসার কাম করে, এক বাসার বেতনও হাতে পায় না।")
F("labour_exploitation", "bn-Latn",
  "bhaisab, ekhane 16-17 ghonta duty, jiraibar jaiga nai, 6 mash hoise ek poysha deyni. bolle koy 'company loss e ase, pore dimu'")
F("labour_exploitation", "bn-Latn",
  "itbhatar kam, shara din mati tuli. sordar kode season shesh hoile tiya dibo, ekhon khali khorachi 200 tiya soptahe. chhuti chaile kode dadon er tiya ferot de")
F("labour_exploitation", "bn-Latn",
  "huni hitare onno company'r kache 'bhara' diye dise, hitare jigay o nai. ekhon poultry farm e rat din, ek din o off nai, salary ager maliker kache atka")
F("labour_exploitation", "en",
  "My cousin in Johor says they work in the palm estate from dark to dark, no day off in 3 months, pay given only 'advance' 100 ringgit. When one boy got sick supervisor said no work no food.")
F("labour_exploitation", "en",
  "They keep her awake till 2 am to massage the old man and up at 5 for breakfast. No day off, 7 months salary 'kept with madam', she has been hungry many nights.")

# ---- minors (7)
F("minors", "bn",
  "আমরার ফুরির বয়স তেরো, দালালে জন্মনিবন্ধনো বয়স বাড়াইয়া একুশ লেখাইছে। পাসপোর্ট অই গেছে, কয় সৌদিত বাসার কাম, কুনু সমস্যা নাই।")
F("minors", "bn",
  "পাশর বাড়ির এগারো বছইজ্জা মাইয়াবারে ঢাকাত এক সাহেবর বাসাত কামত দিয়ে, মা বাপরে মাসে দুই হাজার টিয়া দিবো কইয়ে। মাইয়াবা ফোনত কাঁদে, ইস্কুল বন্ধ।")
F("minors", "bn-Latn",
  "dalal koy maiya choto hoileo somossa nai, biya diye nimu dubai'r ek loker lage, pore hiyane kam paibo. maiyar boyos 14")
F("minors", "bn-Latn",
  "bhatija 15 bosor, school charia dise. ekta lok aisilo 'hotel o ham, thaka khawa free, mash e 8 hajar'. ekhon cox's bazar e ase, phone koile koy raat 3 ta porjonto thala dhoy")
F("minors", "bn-Latn",
  "Saudi'r lagi maiyar passport e DOB 2001 dise, ashol e 2009. passport no B04718293. agent kode dor'r kichu nai, amra bout gorisi",
  [("bd_passport", "B04718293")])
F("minors", "en",
  "Mother of a 12-year-old from the haor: a woman took the girl to Dhaka promising school and domestic work with a 'good family'. Now they say the girl is not allowed to call, and they sent 5,000 taka once.")
F("minors", "en",
  "Agent said the boy is underage so passport will be made with his cousin's NID details, nobody checks at airport. Boy is 16, going to Malaysia next month.")

# ---- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "ফুরিরে কইছিল দুবাইর বিউটি পার্লারো কাম। এখন ঠিকমতো মাতে না, খালি কয় তারারে রাইতে হোটেলো নেয়, মেহমানর কাছে যাইতে অয়, না গেলে খাইতে দেয় না।")
F("sexual_exploitation", "bn",
  "ডান্স বারত ওয়েটার কইয়েরে নিয়ে। অন মালিক কর রাইত্তা গেস্টর রুমত যাইতে অইবো, ন গেলে দেশত ফেরত ন দিবো, টিয়াও ন দিবো।")
F("sexual_exploitation", "bn",
  "এক বেডি কয় ঢাকাত বাসায় কাম দিব, হিতেরে নিয়া রাখছে একটা ফ্ল্যাটে, হিয়ানে রোজ নতুন নতুন বেডা মানুষ আইয়ে। হিতে পলাইতে হারে না।")
F("sexual_exploitation", "bn-Latn",
  "oi group'e maiyader chobi die 'new girl from Bangladesh, 19, available tonight' lekhe, ekjon'r chobi dekhi aar bhaiji. hitare kaam koi nise Dubai'r mall e salesgirl")
F("sexual_exploitation", "bn-Latn",
  "furi koy raite video call o kapor khulte koy, na khulle boss koy tor ma'r kache video pathaimu. tara taka kamay oi call diye")
F("sexual_exploitation", "en",
  "Girl from Noakhali says 'spa' in Kuala Lumpur. Boss keeps her passport, she has to see 8-10 customers a night and give all money to boss. Customers are booked on telegram @klspa_vip_new",
  [("telegram", "@klspa_vip_new")])
F("sexual_exploitation", "en",
  "Message the family got forwarded: 'Fresh Bangladeshi girls Bahrain, hotel service, contact +973 3384 1126'. One of the photos is our neighbour's daughter who went for housemaid job.",
  [("phone", "+97333841126")])

# ---- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "লিবিয়াত আটকাইয়া রাখছে, ফোনো কয় তিন লাখ টেকা বিকাশে না দিলে ছাড়ত নায়। নাম্বার দিছে ০১৮১৯-৪৪২৭৩৬, কয় ভাগ ভাগ কইরা পাঠাইতা।",
  [("phone", "+8801819442736")])
F("payments_and_proceeds", "bn",
  "তিন কিস্তিত নগদে পাঠাইয়ি দালালর এজেন্ট নম্বরত, লাস্টর টা TxnID 7HQ2MX9K। অন কর আরো পঞ্চাশ হাজার, নইলে পোয়ারে ক্যাম্পত আটকাই রাখিবো।",
  [("mfs_transaction", "7HQ2MX9K")])
F("payments_and_proceeds", "bn-Latn",
  "dalal koise bank e dile dhora porbo, hundi te dite, Feni bazar er ek dokan e gia 'Riyadh er Salam bhai' koile bujhbo. amra 3 lakh dilam, rashid dey nai")
F("payments_and_proceeds", "bn-Latn",
  "bikash e 25000 pathaisi 01736-218904 number e, TrxID BHK4R7TZ2Q. uno koise aro 25 dilay fua re chaira dibo, passport o dibo",
  [("phone", "+8801736218904"), ("mfs_transaction", "BHK4R7TZ2Q")])
F("payments_and_proceeds", "en",
  f"They want ransom in USDT now, not bKash. Sent this address on WhatsApp: {TRON1} (TRC20). Said 2,500 USDT or the boys stay in the camp in Myawaddy.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Agent's accountant says pay the 'processing' through crypto so no bank trace, BTC to {BTC1}, and he will hand the passport at the airport.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Typed from uncle's voice note: Nagad 01611-903245, paid 40,000 in four parts from four different agent shops like the broker told, so it doesn't look big. TxnID: 74MZR2QK on the last one.",
  [("phone", "+8801611903245"), ("mfs_transaction", "74MZR2QK")])

# ================================================================ OK
# ---- news (7)
N("news", "bn",
  "পল্টন থেকে মানবপাচার চক্রের ৪ সদস্যকে গ্রেপ্তার করেছে র‍্যাব। লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে তারা জনপ্রতি ৮-১০ লাখ টাকা নিত এবং লিবিয়ায় আটকে রেখে মুক্তিপণ আদায় করত বলে জানিয়েছে র‍্যাব।")
N("news", "bn",
  "সুনামগঞ্জে শিশু গৃহকর্মী নির্যাতনের মামলায় গৃহকর্ত্রীর পাঁচ বছরের কারাদণ্ড, শিশুটিকে পুনর্বাসনের নির্দেশ আদালতের।")
N("news", "en",
  "Chattogram: Police rescued 23 Rohingya women and girls from a house in Pahartali who were to be taken to Malaysia by boat; two brokers held, case filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "en",
  "BFIU freezes 230 MFS accounts linked to digital hundi; CID says agents collected remittance in the Gulf and paid families through bKash and Nagad.")
N("news", "bn-Latn",
  "dekho khobor: 'Senbag e dalal chokrer mul hota greftar, 40 jon ke Saudi pathanor kotha bole 2 koti taka atmosat'. eta to amrar Chatkhil er pashe")
N("news", "en",
  "Sylhet: Police seek information about a missing 15-year-old girl from Companiganj believed taken to Dhaka. Anyone with information please call OC Companiganj 01320-105862.",
  [("phone", "+8801320105862")])
N("news", "bn-Latn",
  "BBC bangla te dekhlam Myanmar er scam compound thun 17 jon Bangladeshi ferot aise, sobai re online job er kotha koi nise chilo. allah rakhse")

# ---- awareness (6)
N("awareness", "bn",
  "সাবধান! বিদেশ যাওয়ার আগে কারো হাতে পাসপোর্ট দেবেন না। বিএমইটি-র নিবন্ধন ও স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। টাকা দিলে অবশ্যই রসিদ নিন। — জেলা কর্মসংস্থান ও জনশক্তি অফিস, সুনামগঞ্জ")
N("awareness", "bn-Latn",
  "Apnar fua furi bidesh jaite chaile age amrar office o aiyoin. dalal er kotha bishshash koirain na, 'free visa' bola kunu visa nai. phone/WhatsApp: wa.me/8801713048512",
  [("whatsapp", "+8801713048512")])
N("awareness", "en",
  "Awareness: If anyone offers your daughter a 'parlour' or 'hotel' job abroad with high salary and no training, talk to us first. Women domestic workers must be 25+ and registered with BMET. Email: safemigration.ctg@gmail.com",
  [("email", "safemigration.ctg@gmail.com")])
N("awareness", "en",
  "Online job scam alert: 'data entry in Thailand, salary $1200, free ticket' ads on Facebook are being used to take people to scam compounds in Myanmar. Verify any offer with BMET before going.")
N("awareness", "bn",
  "মা-বাপ হক্কলরে কই, আঠারো বছরর নিচর পোয়া মাইয়ারে কামত বাইরে ন দিবান, বিয়াও ন দিবান। কেউ জন্মনিবন্ধনত বয়স বাড়াইতে কইলে ইউনিয়ন পরিষদত জানান।")
N("awareness", "bn-Latn",
  "Uthan boithok e aaj alochona: bikash/nagad e dalal re taka dile proman thake na, tai agency'r bank account e diye rashid niben. kono dalal jodi passport rakhte chay, diben na.")

# ---- official (6)
N("official", "en",
  "M/s Surma Overseas (RL-1427), licensed by BMET. Malaysia plantation workers: government fixed cost Tk 78,990 only. No other payment. Pay only by bank to our account and collect money receipt. Contact: 01755-629014, surmaoverseas.rl1427@gmail.com",
  [("phone", "+8801755629014"), ("email", "surmaoverseas.rl1427@gmail.com")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, রিয়াদ: প্রবাসী কর্মীদের জানানো যাচ্ছে যে নিয়োগকর্তা কর্তৃক পাসপোর্ট বা ইকামা আটকে রাখা সৌদি আইনে নিষিদ্ধ। সমস্যায় শ্রম উইং-এ যোগাযোগ করুন: +৯৬৬ ৫৫ ৭৬১ ২৩৪৮",
  [("phone", "+966557612348")])
N("official", "bn-Latn",
  "Ami Probashi app e registration korun, smart card chara airport e immigration hobe na. BMET fingerprint er jonno Sylhet DEMO te ashun, fee 200 taka, bank e jama diben.")
N("official", "en",
  "Embassy of Bangladesh, Kuala Lumpur: Workers whose employer has not renewed the permit may apply under the recalibration programme. Do not pay any middleman. Labour wing hotline +60 3-2148 7940.",
  [("phone", "+60321487940")])
N("official", "bn",
  "বোয়েসেল বিজ্ঞপ্তি: কোরিয়া ইপিএস কর্মী নিয়োগে সরকার নির্ধারিত খরচ ৩৪,০০০ টাকা। কোনো দালাল বা মধ্যস্বত্বভোগীকে টাকা দেবেন না। শুধুমাত্র অনলাইনে আবেদন করুন।")
N("official", "bn-Latn",
  "Noakhali DEMO: Saudi gami mohila griho kormi der 30 diner proshikkhon 15 tarikh theke. boyos 25-45, NID r passport er fotokopi anben.")

# ---- receipt (6)
N("receipt", "en",
  "You have received Tk 15,000.00 from 01712-480263. Ref Abba. Fee Tk 0.00. Balance Tk 15,412.50. TrxID BK72QX9LMA at 03/12/2026 19:45",
  [("phone", "+8801712480263"), ("mfs_transaction", "BK72QX9LMA")])
N("receipt", "en",
  "Money Received. Amount: Tk 8,500 Sender: 01819-336702 Ref: dubai TxnID: 72KQP4XN Balance: Tk 9,120 03/12/2026 21:02 - Nagad",
  [("phone", "+8801819336702"), ("mfs_transaction", "72KQP4XN")])
N("receipt", "en",
  "Dear Customer, your A/C **4471 has been credited by BDT 52,310.00 (Remittance from AL RAJHI BANK, KSA) incl. 2.5% govt incentive on 02-DEC-26. -Islami Bank")
N("receipt", "en",
  "Cash Out Tk 20,000.00 to Agent 01911-557284 successful. Fee Tk 370.00. Balance Tk 1,204.33. TrxID CL83MN4TQD at 29/11/2026 11:10",
  [("phone", "+8801911557284"), ("mfs_transaction", "CL83MN4TQD")])
N("receipt", "bn",
  "আপনি ৳ ৫,০০০.০০ পেয়েছেন ০১৫৫৮-৯০৩৪১৭ থেকে। ফি ৳ ০.০০। ব্যালেন্স ৳ ৫,৬৭২.১০। TrxID DF19KZ7WQP, সময় ০১/১২/২০২৬ ১৮:১৫",
  [("phone", "+8801558903417"), ("mfs_transaction", "DF19KZ7WQP")])
N("receipt", "bn-Latn",
  "Ammu taka pathaisi, dekho: 'Send Money Tk 3,000.00 to 01612-774305 successful. Fee Tk 0.00. TrxID CM51XH8PKE'. mama re dio",
  [("phone", "+8801612774305"), ("mfs_transaction", "CM51XH8PKE")])

# ---- family (8 hard + easy below)
N("family", "bn",
  "ফুয়া, তোর পাসপোর্টর মেয়াদ তো মার্চো শেষ। ছুটিত আইলে নবায়ন করাই লিছ, দালালর হাতো দিছ না, নিজে অফিসো যাইছ।")
N("family", "bn-Latn",
  "aar fua Dubai thun tiya pathaise, bikash e aise. gorur ghas er tiya rakhi baki ta bank e rakhi dium. tui aijja ki khaili?")
N("family", "bn-Latn",
  "bhai tor passport number ta de, Abbar Umrah r form e emergency contact dite hobe. ok paisi: BX4417093",
  [("bd_passport", "BX4417093")])
N("family", "bn",
  "আম্মার এনআইডি নম্বর ৭৩১৫৮২৪০৬৯, বয়স্ক ভাতার ফরমো লাগবো। হারাইয়া লাইছ না।",
  [("bd_nid", "7315824069")])
N("family", "en",
  "Beta, the visa came from the agency, all papers done through BMET, smart card also. Keep the training certificate in your bag. Call when you reach Riyadh, we will be waiting.")
N("family", "bn",
  "হোলা মালয়েশিয়া থুন কইছে বেতন বাড়ছে, ওভারটাইম কইরা এই মাসে বেশি পাঠাইছে। আঁই কইছি এত খাটিস না, শরীল খারাপ করবো।")
N("family", "bn-Latn",
  "furi re biya dimu na ekhon, HSC ta shesh koruk. lok ashe proposal loiya, kuwait er fua. kilam, pore dekhmu")
N("family", "en",
  "Mama said he will lend 2 lakh for Saif's Japanese language course and the TITP fee, we will pay back from the first salaries. No interest, he is family.")

# ---- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah ami bala asi, company bala, mash er 28 tarikh e salary dei, shukrobar chhuti. iqama o renew koria dise. tumra chinta koirain na")
N("worker_content", "en",
  "New vlog up! A day in my life as a Bangladeshi electrician in Doha, from site to mess to cooking biryani with roommates 😄 follow @sylheti_in_doha",
  [("instagram", "@sylheti_in_doha")])
N("worker_content", "bn",
  "আঁর কফিল বালা মানুষ, ঈদত বোনাস দিয়ে, পাসপোর্ট আঁর কাছেই আছে। আঁই সামনর বছর ভাইরেও আনিবার চেষ্টা গরিউম, সরকারি ভাবে।")
N("worker_content", "en",
  "Bhai the hours are long in Ramadan season, 10-12 hrs, but overtime paid separately and they give suhoor at the site. Not bad at all, sending 60k this month inshallah.")
N("worker_content", "bn-Latn",
  "aii ekhon Malaysia'r factory'te supervisor hoi gesi, 3 bosor hoilo. boss kaise next year family visa apply kora jaibo.")
N("worker_content", "bn",
  "মাসর বেতন পাইছি, বিকাশো পাঠাইলাম ৪০ হাজার। TrxID 8KL2WQ5RTA — আম্মারে কইও দেখি লইতা।",
  [("mfs_transaction", "8KL2WQ5RTA")])
N("worker_content", "en",
  "Any Bangladeshi brothers in Jeddah need a room? Our mess has one bed free, 250 riyal with food, near Sharafiya. Call/WhatsApp +966 50 318 7726",
  [("phone", "+966503187726")])

# ---- joke (5)
N("joke", "bn-Latn",
  "amar bou amar passport lukai rakhse jate Dubai jaite na pari 😂😂 eitare ki passport atkaya rakha koy na bhalobasha?")
N("joke", "bn",
  "জামাই কয় বিয়ার পর বেতন সব আমার কাছে জমা থাকব, আমি নাকি তার 'কফিল' 😂 ফ্রি ভিসার চাকরি পাইছি মনে অয়")
N("joke", "en",
  "My boss: 'you have to work 18 hours today.' Me, father of a 6-month-old: 'sir I already do that at home for free' 😂")
N("joke", "bn-Latn",
  "bhai ei group er admin re report gorum, pura ransom chaibo, 500 tiya na dile ekta meme o post no gorbo 😆")
N("joke", "en",
  "Forwarded: 'Wanted: husband for my sister. Must have Saudi iqama, own house, 3 cows. Dalal fee: one plate kacchi' 😂😂")

# ---- chatter (5 hard)
N("chatter", "bn-Latn",
  f"ei je binance er address ta, tor 50 USDT ferot dilam, network ERC20 dekhis: {ETH1}",
  [("eth_address", ETH1)])
N("chatter", "en",
  "Join our telegram for IELTS + Japanese N5 batch in Sylhet, t.me/jp_n5_sylhet or search @jp_n5_sylhet",
  [("telegram", "@jp_n5_sylhet")])
N("chatter", "bn",
  "কাইল পার্লারো গেছলাম, ফেসিয়াল করাইলাম ৮০০ টেকা দিয়া। পরে হোটেলো খাইতে গেছলাম, বিরিয়ানি বালা আছিল না।")
N("chatter", "bn-Latn",
  "Dhaka'r bus e pasher lok phone e koitese 'maal pathay dio, agent ready, kew jeno na jane' — pore bujhlam kapor er chalan, eid er age 😅")
N("chatter", "en",
  "Madrasa committee meeting on Friday after Jumma, bring the receipt book and the donation list. Imam saheb's salary pending 2 months, need to sort it.")

# ---- easy negatives (10, hard=False)
N("family", "bn", "আম্মা আইজ বিয়ালে ঝড়ি অইবো, কাপড় ঘরো তুলি রাখইন।", hard=False)
N("family", "bn-Latn", "bhai kalke haat e jabi? ekta murgi anis, mehman ashbo", hard=False)
N("family", "en", "Reached home, bus was late because of the jam at Feni. Will call after Maghrib.", hard=False)
N("family", "bn", "মেজ্জানর দাওয়াত আছে শুক্কুরবার, গরুর গোস্ত আর কালাভুনা। হক্কলে আইয়ো।", hard=False)
N("family", "bn-Latn", "ammu tui ki khaicos? aaj dokan bondho, kal jaimu", hard=False)
N("chatter", "en", "Happy birthday Rumi! 🎂 Have a great year ahead.", hard=False)
N("chatter", "bn-Latn", "kal khela dekhso? Bangladesh ki jitlo re 🏏🔥", hard=False)
N("chatter", "bn", "কাল সকালে ডাক্তারের অ্যাপয়েন্টমেন্ট, দশটায়। ভুলিস না।", hard=False)
N("chatter", "en", "Can you send me the notes for chapter 4? Exam on Sunday.", hard=False)
N("chatter", "bn-Latn", "aijja bhari brishti, Agrabad e pani uthi gese, office jaite parlam na", hard=False)


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
    random.Random(116).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev116-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
