"""Blind evaluation set dev163 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi man from Sylhet and Madaripur who picks strawberries in Manolada (Greece) and later
works in Athens: kapos' messages, greenhouse camp life, permit agents, debts to the Turkey smuggler, wages,
money sent home, community warnings, ministry notices, chat with friends and family.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev163.jsonl"
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


BTC1 = btc("dev163-btc-1")
TRON1 = tron("dev163-tron-1")
ETH1 = eth("dev163-eth-1")

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
RD = "recruitment_deception"
F(RD, "bn-Latn", "Bhai Greece e strawberry farm e kaj, mash e 1200 euro fixed, thaka khawa malik er, 2 bochor por permit kore dibe. Khali 8 lakh diben, Dubai diye sorasori flight. Ami nijer chokhe dekhe ashsi, call koren 01712-348590",
  [("phone", "+8801712348590")])
F(RD, "bn", "ভাই ওরা কইসিল ইতালি নিবো রেস্টুরেন্টে কাজ, এখন দেখি গ্রিসের একটা গ্রামে প্লাস্টিকের ঘরে রাখছে, সারাদিন মাঠে স্ট্রবেরি তুলি। কাগজ বলে কিছু নাই, যে চুক্তি দেখাইছিল ঐটার কথা কইলে হাসে।")
F(RD, "en", "URGENT!! Greece seasonal work visa (legal) - farm/packing, salary €1100-1400 + overtime, free food & accomodation, work permit on arrival. Limited seats. No IELTS no language. Processing 6.5 lakh, half advance. WhatsApp wa.me/306945128837",
  [("whatsapp", "+306945128837")])
F(RD, "bn-Latn", "Dalal bolse Athens e giye 3 mash e card hoye jabe, lawyer er sathe shob kotha hoye ase. Ekhon 1 bochor hoye gelo, lawyer er email dise greeklaw.permits@gmail.com, reply ase na, fingerprint er date o nai.",
  [("email", "greeklaw.permits@gmail.com")])
F(RD, "bn", "মামা আপনে যে কইছিলেন ফ্যাক্টরির কাজ, এইখানে আইনা দিল কাপোর হাতে। দিনে ২২ ইউরো কয়, মাস শেষে হাতে পাই আধা। আপনার অফিসে যে চুক্তির কাগজ দেখাইছিলেন ঐটা নাকি ভুয়া কোম্পানির।")
F(RD, "en", "Sir I come with contract for hotel job in Crete, agency in Dhaka take 7 lakh. Here no hotel, they send me to Manolada farm, contract paper is other company name. What I do now")
F(RD, "bn-Latn", "Portugal jaoar easy rasta. Age Greece e namben, oikhane amar lok ase, 2 mash farm e kaj, tarpor amra border par kore Portugal pathabo, oikhane TRC. 100% guarantee, amader page dekhen https://facebook.com/portugal.easy.visa.bd",
  [("url", "https://facebook.com/portugal.easy.visa.bd")])
F(RD, "bn", "আমার ভাগ্নেরে কইছিল ওয়ার্ক পারমিট ভিসা হইবো, ঢাকার অফিসে মেডিকেলও করাইছে। পরে দুবাই নিয়া বসায় রাখল, এখন কয় তুরস্ক দিয়া হাঁটাপথে যাইতে হবে, বিমানের কথা ভুইলা যাও।")

FD = "fees_and_debt"
F(FD, "bn", "তুরস্কের দালাল আবার ফোন দিছে। কয় বাকি ৪ লাখ না দিলে আমার খাতা বন্ধ হবে না, প্রতি মাসে ৫০০ ইউরো কইরা কাপোর কাছ থেইকা কাইটা নিবো। আমি তো মাসে পাই ৬০০।")
F(FD, "bn-Latn", "Tomar pisone 1850 euro baki ase. Ghor bhara, gas, gari bhara, tomar ashar khoroch sob mila. Season shesh hoile hishab hobe, er age kothao jaiba na.")
F(FD, "en", "Kapo says every week 15 euro for the container bed, 10 euro transport to field, 5 euro for water. He pays 23 a day. After 1 month I still owe him. This is not possible brother")
F(FD, "bn", "দালাল শহীদ ভাই কইছে গ্রিসে আসার খরচ ৯ লাখ, আমি দিছি ৬, বাকি ৩ লাখ এখানে কাজ কইরা শোধ করতে হবে। আমার পাসপোর্ট (EB0391842) ওনার কাছে, শোধ না হওয়া পর্যন্ত দিবো না।",
  [("bd_passport", "EB0391842")])
F(FD, "en", "New rule from boss: who want papers (adeia) must pay 2500 euro to his lawyer, he will cut 300 every month from salary. If you leave before finish you pay all in one time.")
F(FD, "bn-Latn", "Bhai Istanbul er safe house e 3 mash rakhse, protidin khawar taka, ghor bhara sob hishab kore 2 lakh aro chaise. Baba ke bole 01758-220913 e bKash koro nahole samne pathabe na.",
  [("phone", "+8801758220913")])
F(FD, "en", "they say the boat was extra, first price was only to Turkey. Now from Izmir to island another 1500 dollar and i cannot go anywhere until paid. send to Kamal bhai +90 532 418 66 07 pls arrange anyhow",
  [("phone", "+905324186607")])
F(FD, "bn", "কাপো ভাই কইলেন এই সিজনের বেতন থেইকা আগের সিজনের 'ধার' কাটবো। কিসের ধার জিগাইলে কয় খাতা দেখো। খাতায় আমার নামে ২১০০ লেখা, আমি কোনোদিন ২০০ ইউরোও ধার নেই নাই।")

IC = "isolation_and_control"
F(IC, "bn-Latn", "Ekhane phone rakha nishedh, kapo shob phone niya nise, shudhu robibar 10 minute dey bari te call dite. Tumi amma ke bolo chinta na korte, ar kisu bolte parbo na.")
F(IC, "bn", "রাতে ক্যাম্পের গেট তালা দেয়, কুকুর ছাড়া থাকে। দিনের বেলা গাড়িতে কইরা মাঠে নেয় আর আনে। দোকানে যাইতে হইলেও কাপোর লোক সাথে যায়।")
F(IC, "en", "Dont call this number again. They check our phones in night. If anyone ask me about the lawyer or the organisation I must say I came alone. I cant talk more")
F(IC, "bn-Latn", "Athens e amader 11 jon ke ekta basement e rakhse, bahire jaite mana, bole police dhorbe. Khabar ene dey ekjon. Janala o nai. Malik bole papers ready hole chharbe.")
F(IC, "bn", "মাইগ্রেশনর মানুষ আইলে আমরারে পিছের গ্রিনহাউসো লুকাই রাখে। কাপোয় কয় কেউ যদি মুখ খুলে বা নাম্বার দেয়, তার কাম শেষ। গ্রামর বাইরের মানুষর লগে দোস্তি করা মানা।")
F(IC, "en", "Brother Rahim in Vartholomio camp, kapo took his sim card, he message me from other man phone +30 694 771 2058. He say they move them to other farm in night, he dont know the name of the place.",
  [("phone", "+306947712058")])
F(IC, "bn-Latn", "ami ekhon kotha bolte parbo na, pashe lok ase. ora amar passport, phone duita i rakhse. ei number ta onno ekjon er, reply dio na. kal rate try korbo.")

LE = "labour_exploitation"
F(LE, "bn-Latn", "Vor 5 tay gari ashe, rat 8 tay fire. Greenhouse er bhitore 45 degree, pani khaite gele kapo chillay. 30 din e ek din o off nai. Tobu 25 euro dey, kagoje likhe 40.")
F(LE, "bn", "খাওয়া বলতে একবেলা ভাত আর আলু। ১৪ জন এক প্লাস্টিকের ঘরে থাকি, বাথরুম নাই, ক্ষেতের খালে গোসল করি। অসুখ হইলে ডাক্তার না, রোজ কাটে।")
F(LE, "en", "3 months we worked no salary. Every time boss say the merchant didnt pay him yet. Now season finish and he say go, money later. We are 40 people, nobody got nothing.")
F(LE, "bn-Latn", "Packing house e shift 14 ghonta, bathroom jaoar jonno 5 min, beshi hole euro kete ney. Kono contract nai, ensima o dey na, tai permit renew hobe na.")
F(LE, "bn", "ভাই হাতে ওষুধের জ্বালা, কীটনাশক দেওয়ার সময় মাস্ক দেয় না। আমার চোখ লাল হইয়া গেছে, তবু কাপো কয় কাইল আবার স্প্রে করবা, না করলে দুই দিনের রোজ বাদ।")
F(LE, "en", "Athens restaurant kitchen 7 days, 12 hours, 600 euro month, sleeping in the store room with the potatoes. Owner keep my first 2 month salary as 'guarantee' so I dont run.")
F(LE, "bn-Latn", "Ajke 2 jon pore gelo heat e, ambulance dakte dey nai, bole gari te kore camp e niye jao. Kono bhai jodi lawyer chine bolen, amader 6 mash er taka malik er kase atka.")
F(LE, "bn", "রোজ ২৮ ইউরো কওয়া হইছিল, দেয় ২০। বাকি ৮ ইউরো নাকি কাপোর 'কমিশন'। দুপুরে বিরতি দেয় না, দাঁড়ায়া খাইতে হয়।")

SX = "sexual_exploitation"
F(SX, "en", "New girls from Nepal and BD, young fresh, Omonia apartment, 30 min 40€. Call only, no text. +30 698 412 7730",
  [("phone", "+306984127730")])
F(SX, "bn-Latn", "Bhai tumi kaj chao? Kypseli te ekta 'massage' dokan ase, meyeder ghor thik kora, taka collect kora, customer ana. Meyera sob Bangladesh theke ashse, passport amar kase, palabe na.")
F(SX, "bn", "ভাবিরে কইছিল হোটেলে ক্লিনারের কাজ। এথেন্সে আনার পর এক ফ্ল্যাটে আটকায় রাখছে, রাতে লোক আসে। ভাইরে কয় দেড় লাখ টাকা এই বিকাশে দেও ০১৯৭৭৩৪৫১২৮, না দিলে ছাড়বো না।",
  [("phone", "+8801977345128")])
F(SX, "en", "Kapo told my cousin his wife can stay in the camp free if she 'keep company' with the farm owner's brother on Saturday nights. She refused and now they have no work 2 weeks.")
F(SX, "bn-Latn", "Tomar bon ke Greece ana jabe, amar lok er sathe biyer kagoj banay dibo. Ekhane club e kaj, customer der sathe thakte hobe, mash e 3000 euro. Shudhu passport er copy pathao, chobi dekho instagram e @rakib.athens.life",
  [("instagram", "@rakib.athens.life")])
F(SX, "bn", "মেয়েটার বয়স বিশ হবে, বাংলা বোঝে। ও কইল ওরে ইতালি নিয়া যাইবো বইলা এক লোকের কাছে বেইচা দিছে, এখন প্রতি রাতে ৮-১০ জন। পাসপোর্ট মাদামের কাছে।")
F(SX, "en", "VIP service Athens 24/7 asian girls, outcall hotel. Booking telegram @athens_rosevip 🌹👑 new arrivals every week, they dont speak greek no problem",
  [("telegram", "@athens_rosevip")])

MI = "minors"
F(MI, "bn-Latn", "Tomar chhoto bhai 15 bochor, kono somossa nai, passport e boyosh 19 kore dibo. Manolada te pichchi der kaj beshi, ora taratari tole. Khali 4 lakh, details IMO koren 01886-417302",
  [("phone", "+8801886417302")])
F(MI, "bn", "ক্যাম্পে নতুন তিনটা পোলা আসছে, সবচেয়ে বড়টার বয়স ষোলো। কাপো ওদের রাতে প্যাকিং-এ দিছে, দিনে মাঠে। একজন স্কুলের ব্যাগ নিয়া আসছিল।")
F(MI, "en", "The boy is 14, came alone through Evros. The man who brought him says he must work in the farm 1 year for his travel money, then he can go to Athens. He cries at night.")
F(MI, "bn", "বোনের মেয়ে, ক্লাস এইটে পড়ে, ওরে নাকি এথেন্সে এক বাসায় কাজের জন্য নিবো। দালাল কয় বয়স বাড়ায়া কাগজ করবো, বিয়ার কাগজ দেখাইলে এয়ারপোর্টে কিছু কয় না।")
F(MI, "bn-Latn", "Camp er shelter theke duita fua ber kore anbo, oder kono lok nai. Ekta 16, arekta 15, amader sathe kaj shikhbe. Keu jiggesh korle boyosh 18 koiba, bujhso?")
F(MI, "en", "Need 5 boys for strawberry, small age ok better, they are fast and dont complain. No papers needed, pay 15 per day, food included. Send them Tuesday Patra bus, call Stavros 6972 554 018",
  [("phone", "+306972554018")])
F(MI, "bn", "আমার ভাইপো রাজু ১৩ বছরের, তুরস্কের এক জিন্সের কারখানায় ১২ ঘণ্টা কাজ করে, দালাল কয় ওর খরচ উঠলে গ্রিসে পাঠাইবো। ভাবিরে কইছে কাউরে কিছু কইলে পোলারে আর পাইবা না।")

PP = "payments_and_proceeds"
F(PP, "bn-Latn", "Taka ta ek number e pathaio na. 3 vag kore pathao: 01819-552047, 01715-903316, 01925-448170 ei tin bKash e, prottek ta 25 hajar er niche. Pathaiye TrxID er screenshot dio.",
  [("phone", "+8801819552047"), ("phone", "+8801715903316"), ("phone", "+8801925448170")])
F(PP, "en", "Pay the Istanbul guy only USDT TRC20, no western union. Address: " + TRON1 + " . After he confirm on telegram they put you in the car to Edirne.",
  [("tron_address", TRON1)])
F(PP, "bn", "ইউরো এখানে পলাশ ভাইয়ের দোকানে দিবা (+৩০ ৬৯৩ ৮৮২ ৪১৫০), দেশে হুন্ডিতে আব্বার নগদে ঢুকবো। রশিদ চাইবা না, কাপোরে কইবা না। দালালের ভাগ আগে কাইটা রাখবো।",
  [("phone", "+306938824150")])
F(PP, "bn-Latn", "Apnar kist er taka pailam, TrxID 9K4H2M7QXA. Baki 2 kist 15 tarikh er moddhe, naile Athens e apnar chhele er khawa bondho. Nagad ba bKash duitai cholbe.",
  [("mfs_transaction", "9K4H2M7QXA")])
F(PP, "en", "Bro the 40 pickers wages come to my account from the cooperative, I pay them cash after cutting. Better open 2 more accounts in your cousins names so bank dont ask. Or send to my wallet " + ETH1 + " cash is dangerous.",
  [("eth_address", ETH1)])
F(PP, "bn", "প্রতি জনের কাছ থেইকা কাগজের জন্য ১২০০ ইউরো নিছি, মোট ৩৬ জন। অর্ধেক লইয়ারের, বাকিটা বিটকয়েনে রাখো: " + BTC1 + " । ব্যাংকে রাখলে ধরা খাইবা।",
  [("btc_address", BTC1)])
F(PP, "bn-Latn", "Apnar chele Greece pouchhaise, ekhon condition er 5 lakh shodh koren. Ei number e send korben: 01611-238854 (Nagad agent). Taka na aile ore ar samne jaite dimu na.",
  [("phone", "+8801611238854")])

TH = "threats_and_coercion"
F(TH, "en", "If you go to police or that NGO people, remember we know your house in Shibchar. Your father goes to bazar every morning alone.")
F(TH, "bn", "কাপো কইছে যে ক্যাম্প ছাইড়া যাইবো তারে ধইরা পুলিশে দিবো, কাগজ নাই তো সোজা আমিগদালেজা, তারপর দেশে। গত মাসে এক সিলেটি ভাইরে এমনে দিছে।")
F(TH, "bn-Latn", "Kal Sumon bhai taka chaise bole kapo er lok ra oke greenhouse er pichone niye marse, matha fatai dise. Keu hospital e nite dey nai. Amra sobai voy e asi.")
F(TH, "en", "Boss said anyone who join the strike tomorrow, he will shoot like the Bangladeshis in 2013 and nobody will go to jail. He showed the gun in the car.")
F(TH, "bn", "দালালের লোক আম্মারে ফোন কইরা কইছে, বাকি টাকা এই সপ্তাহে না দিলে আমারে তুর্কির জঙ্গলে ফালায় দিবো, লাশও পাইবো না। আম্মা তিন দিন ধইরা কিছু খায় না।")
F(TH, "bn-Latn", "Tumi jodi onno lawyer er kase jao, tomar permit er file ami bondho kore dimu. Amar lok ase ministry te. Ar tomar nam e police e chor bole complain dibo, tarpor dekhi ke bachay.")
F(TH, "en", "They took Jamal's passport and burned it in front of us. Kapo said this is what happen to people who talk to journalists. Now he cannot even go to the embassy.")
F(TH, "bn", "ভাই, ফিঙ্গারপ্রিন্টের দিন ভুলেও ইন্টারপ্রেটারের কাছে সত্যি কথা কইবা না। কইবা নিজে নিজে আসছো। না হইলে দেশে তোমার বউ-বাচ্চার খবর আছে, মনে রাইখো।")

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)
# news
N("news", "en", "ECHR rules Greece violated the ban on forced labour in the Manolada case and must pay up to €16,000 to each of 42 Bangladeshi strawberry pickers who were shot at when they asked for unpaid wages.")
N("news", "bn", "মাদারীপুরে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার। লিবিয়া ও তুরস্ক হয়ে ইউরোপ পাঠানোর কথা বলে তারা জনপ্রতি ১২ লাখ টাকা নিত বলে জানিয়েছে র‍্যাব।")
N("news", "bn-Latn", "Khobor dekhso? Athens e ek Bangladeshi dalal dhora porse, fake permit appointment bikri korto 800 euro kore. Ekhon jail e. Bhalo hoise, koto manush re thokaise.")
N("news", "en", "Police in Ilia arrested a farm foreman accused of keeping the wages of 30 pickers; the workers were given shelter and the labour inspectorate opened a case, local media report.")
N("news", "bn", "সিলেটের বিশ্বনাথে ভুয়া গ্রিস ভিসার প্রলোভনে প্রতারণা: অভিযোগ পেয়ে একটি অবৈধ রিক্রুটিং অফিস সিলগালা করেছে জেলা প্রশাসন, মালিক পলাতক।")
# awareness
N("awareness", "bn", "প্রবাসী ভাইয়েরা সাবধান! কাউকে নিজের পাসপোর্ট রাখতে দিবেন না। মালিক বা কাপো পাসপোর্ট আটকে রাখতে পারে না, এটা গ্রিসের আইনে অপরাধ। সমস্যা হলে দূতাবাসের হেল্পলাইনে ফোন দিন।")
N("awareness", "en", "NGO notice: If your employer keeps your wages, takes your passport, or threatens you with police, you can report anonymously. Complaints to the labour inspectorate are free. Bangla interpreter on WhatsApp +30 694 388 1207.",
  [("phone", "+306943881207")])
N("awareness", "bn-Latn", "Bhaira, keu jodi bole 'taka din, 2 mash e permit' — biswash korben na. Permit er kono shortcut nai, shob online e hoy. Dalal ke ek euro o diben na. Share koren.")
N("awareness", "en", "WARNING: fake Facebook pages are selling 'Greece seasonal visa' for 8-10 lakh. The real programme under the Greece-Bangladesh MoU goes only through the government channel, no middlemen. Check the list at https://www.boesl.gov.bd",
  [("url", "https://www.boesl.gov.bd")])
N("awareness", "bn", "ইউরোপ যাইতে সাগর পাড়ি দিবেন না। দালাল কয় 'গেম' সহজ, আসলে তুরস্কের সীমান্তে আর নদীতে মানুষ মরে। বৈধ পথে যান, আমি প্রবাসী অ্যাপে নিবন্ধন করুন।")
N("awareness", "bn-Latn", "Generation 2.0 er meeting shonibar Omonia te, permit, wage, kaj er odhikar niye Bangla te bolbe. Free, kono taka lagbe na, kaw ke passport dekhano lagbe na.")
N("awareness", "en", "Know your rights: daily wage for farm work in Greece cannot be below the legal minimum. Ask for your ergosimo card and ensima. No one can charge you money for a job. Hotline +30 210 5229 140",
  [("phone", "+302105229140")])
# official
N("official", "en", "Embassy of Bangladesh, Athens: Passport renewal (MRP to e-passport) accepted Sun-Thu 10:00-14:00. Fee: 64 pages 10 years €130 (regular). Bring old passport, NID copy, residence permit copy. No agent is authorised to collect fees. Queries: mission.athens@mofa.gov.bd",
  [("email", "mission.athens@mofa.gov.bd")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: গ্রিসে মৌসুমি কৃষিশ্রমিক প্রেরণ কার্যক্রমে সরকার-নির্ধারিত খরচ ছাড়া অতিরিক্ত কোনো অর্থ দিবেন না। নিবন্ধন শুধু আমি প্রবাসী অ্যাপে। প্রতারকের খপ্পরে পড়লে জেলা কর্মসংস্থান অফিসে যোগাযোগ করুন।")
N("official", "bn-Latn", "Ministry of Migration er notice (translate): jader 7 bochor Greece e thakar proman ase tara exceptional circumstances e permit apply korte parben. Lagbe passport, AFM, AMKA, bank statement. Appointment online e, agent lagbe na.")
N("official", "en", "Ministry of Migration and Asylum: applications for residence permits of third-country nationals are submitted electronically at https://migration.gov.gr . Fee: €100 application + €16 card. Beware of persons promising faster issuance for money.",
  [("url", "https://migration.gov.gr")])
N("official", "bn", "দূতাবাস এথেন্স: আগামী ১২ ও ১৩ অক্টোবর নেয়া মানোলাডায় ভ্রাম্যমাণ পাসপোর্ট সেবা। বাংলাদেশি কমিউনিটি সেন্টারে আবেদন জমা নেয়া হবে। সরকারি ফি ছাড়া কাউকে টাকা দিবেন না।")
N("official", "en", "M/s Sonali Overseas Ltd (RL-1187) - Greece seasonal agri workers under G2G MoU. Govt fixed cost Tk 1,52,000 incl. air ticket. Pay only by bank, money receipt given. Contract in Bangla and Greek signed at BMET. 01713-608214, info@sonalioverseas.com.bd",
  [("phone", "+8801713608214"), ("email", "info@sonalioverseas.com.bd")])
N("official", "bn", "এসইপিই শ্রম পরিদর্শন দপ্তর, পশ্চিম গ্রিস: এই সপ্তাহে ইলিয়ার খামারগুলোতে পরিদর্শন হবে। মালিকদের সব শ্রমিকের এরগোসিমো কার্ড দেখাতে হবে। শ্রমিকেরা আলাদা করে পরিদর্শকের সাথে কথা বলতে পারবেন, দোভাষী থাকবে।")
# receipts
N("receipt", "en", "You have received Tk 15,000.00 from 01731445289. Ref amma. Fee Tk 0.00. Balance Tk 15,230.50. TrxID BHL7QZ3M2P at 14/03/2026 19:42",
  [("phone", "+8801731445289"), ("mfs_transaction", "BHL7QZ3M2P")])
N("receipt", "en", "Cash In Tk 48,500.00 to 01911-276540 successful. Fee Tk 0.00. Balance Tk 48,612.00. TrxID CDK4R8N1VW at 02/04/2026 11:05",
  [("phone", "+8801911276540"), ("mfs_transaction", "CDK4R8N1VW")])
N("receipt", "bn", "সেন্ড মানি সফল। পরিমাণ: ৳৫,০০০ প্রাপক: ০১৮৫৫৬৭২৯০৩ TxnID: 7HG2KQ9MLE চার্জ: ৳০ ব্যালেন্স: ৳১২৩.৫০",
  [("phone", "+8801855672903"), ("mfs_transaction", "7HG2KQ9MLE")])
N("receipt", "bn-Latn", "Pathaisi amma, 250 euro, Western Union. Code ta SMS e dilam. Bazar er taka ar Rimi r school fee eikhan thekei, baki ta jomaio.")
N("receipt", "en", "Remittance credited: BDT 32,450.00 to A/C ****4471 (Islami Bank) from ALPHA EXCHANGE GR. Incl. 2.5% govt incentive. Thank you for sending money through legal channel.")
# family
N("family", "bn", "আম্মা, পাসপোর্টের মেয়াদ শেষ হইয়া যাইতেছে, দূতাবাসে জমা দিছি। চিন্তা কইরেন না, ২ মাসে নতুনটা দিবো। এই মাসে টাকা কম পাঠাইলাম, মাফ কইরেন।")
N("family", "bn-Latn", "Bhai Rupa r biyer kotha cholse, chele Italy thake, paper ase. Tumi ashte parba na jani, kintu kisu taka pathaiyo gohona r jonno.")
N("family", "bn", "আব্বার এনআইডিতে নাম ভুল, তাই রেমিটেন্স তুলতে সমস্যা। নম্বর ১৯৮৫২৬১৭৪০৮৮৩২৫১৬ দিয়া ইউনিয়ন পরিষদে সংশোধনের আবেদন করছি।",
  [("bd_nid", "19852617408832516")])
N("family", "en", "Bhaiya my passport no is A09341276, they need it for the ticket. Dubai transit 6 hours only. Flight 22 June, pls pray.",
  [("bd_passport", "A09341276")])
N("family", "bn-Latn", "Amma tumi kanna koro na. Kaj bhalo, malik bhalo manush, shonibar e khela dekhi. Ramzan e chuti pailei ashbo insha Allah.")
N("family", "bn", "ছোটো রে কইয়ো আমার এই নতুন নাম্বারে ইমো দিতে। +৩০ ৬৯৭ ৩১৫ ৮৮৪২",
  [("phone", "+306973158842")])
N("family", "en", "Sis the marriage papers need to be attested by the embassy before I can apply for family reunification. Lawyer said 4-5 months. Dont listen to anyone who says faster for money.")
N("family", "bn-Latn", "Mama apnar je loan ta chilo, ei mash e shesh kist pathay dilam, TrxID 5FJ8N2KD1A. Ar kono baki nai alhamdulillah. Ekhon nijer jonno kisu jomabo.",
  [("mfs_transaction", "5FJ8N2KD1A")])
N("family", "bn-Latn", "Abba, Shahid kaka bolse tar pola ke Greece e anar jonno amar help lagbe. Ami bolsi legal way chara ami kisu korbo na, BMET e registration kore apply korte bolo.")
# jokes
N("joke", "bn-Latn", "Kapo ajke bolse strawberry khaile beton kete nibe 😂 ami bollam bhai 4 bochor ekhane, strawberry dekhlei ekhon bomi ashe")
N("joke", "bn", "বউ কয় গ্রিস থেইকা কী আনবা, কইলাম এক বস্তা স্ট্রবেরি আর কোমরের ব্যথা 😅")
N("joke", "en", "Greek boss tried to say 'bhai' today, came out like 'vaiii'. Whole greenhouse laughing. Next week we teach him 'kita khobor'.")
N("joke", "bn-Latn", "Amar passport er chobi dekhe immigration officer o hashse, 2015 er chul 😂 ar jibone oi salon e jabo na")
# worker content
N("worker_content", "en", "Got my 2-year permit card today! Full contract, ensima paid, boss even gave a day off to go to Athens. 4 years of waiting, alhamdulillah.")
N("worker_content", "bn", "এই সিজনে মালিক সরাসরি ব্যাংকে বেতন দেয়, দিনে ৩৫ ইউরো, ওভারটাইম আলাদা। ঘরও ঠিক করছে, গরম পানি আছে। কাপো-টাপো নাই এইবার।")
N("worker_content", "bn-Latn", "Athens er restaurant e ekhon 8 ghonta shift, week e 2 din off. Owner bhalo, IKA dey. Kaj kom kintu shanti.")
N("worker_content", "en", "Leaving the farm after this season, moving to Athens, cousin got me a job in a mini market. Boss paid everything till last day and wrote a reference letter.")
# chatter
N("chatter", "bn-Latn", "Bhai kal Omonia te Nurul er dokane adda, biryani hobe. Manolada theke keu ashle bolo, bus 7 tay.")
N("chatter", "en", "Anyone has room in Kypseli? Me and 1 friend, both with papers, 200 each max. Message 6945 210 337",
  [("phone", "+306945210337")])
N("chatter", "bn", "আজকে ফিঙ্গারপ্রিন্ট দিয়া আসলাম পেত্রু রালিতে। লাইনে ৪ ঘণ্টা, কিন্তু কাজ হইছে। এখন কার্ডের জন্য অপেক্ষা।")
N("chatter", "bn-Latn", "Lawyer saheb er fee 350 euro, receipt dise, office Acharnon street e. Ami nije giye shob paper dekhaisi. Tor lagle number dimu: 6944 117 082",
  [("phone", "+306944117082")])
N("chatter", "en", "Who is going to Bangladesh in December? Need someone to carry a small parcel for my mother, medicine and chocolate only. Call 01521336904",
  [("phone", "+8801521336904")])
N("chatter", "bn", "মানোলাডায় এ বছর বৃষ্টি বেশি, গাছ নষ্ট। কাজ কম, মালিক কইছে আগামী সপ্তাহে দুই দিন ছুটি। দেখি কী হয়।")
N("chatter", "en", "Telegram group for Bangladeshi workers in Greece: news, permit updates, jobs with contract only. Join @bdgreece_info, no selling of papers allowed.",
  [("telegram", "@bdgreece_info")])
N("chatter", "bn-Latn", "Brother uncle er ticket er taka pura shodh korlam, ekhon ami free man 😎 next mash theke Abba r hajj er jonno jomabo.")
N("chatter", "bn-Latn", "Kal match ache, Sylhet Strikers vs Dhaka. Camp e wifi nai, ke hotspot dibe? 😄", hard=False)
# everyday
N("chatter", "bn", "ভাত হইছে? আমি আসতেছি ১০ মিনিটে, ডাল রাখিস।", hard=False)
N("family", "en", "Happy birthday little sis! Miss home so much. Save a piece of cake for me 🎂", hard=False)
N("chatter", "bn-Latn", "Ajke bristi, kaj nai. Ghumai.", hard=False)
N("chatter", "bn", "ঈদ মোবারক সবাইরে। এথেন্সের মসজিদে নামাজ পড়লাম, অনেক মানুষ।", hard=False)
N("chatter", "bn", "তোর চার্জারটা আমার কাছে, কাল নিয়া যাইস।", hard=False)
N("chatter", "bn-Latn", "Dokane dim ar piyaj ano, ar ekta coke.", hard=False)
N("chatter", "bn-Latn", "Patra r bus 6:30 e, ajke deri korish na.", hard=False)
N("family", "bn", "সিলেটে আজকে খুব গরম নাকি? আম্মা কইলো কারেন্ট নাই সারাদিন।", hard=False)
N("chatter", "en", "Sent you the photos from the beach at Kyllini, such a nice day", hard=False)
N("family", "bn-Latn", "Net slow, video call pore dimu. Abbu ke salam dio.", hard=False)

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
    random.Random(163).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev163-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
