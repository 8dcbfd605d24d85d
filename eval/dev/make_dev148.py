"""Blind evaluation set dev148 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: an analyst in a police cyber unit in Sylhet reading phones of families whose sons
went towards Europe by Dubai, Libya and the sea to Italy; chats with "game" brokers, camp guards' calls,
family groups, travel-agency pages and news shares.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev148.jsonl"
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


BTC1 = btc("dev148-btc-1")
TRON1 = tron("dev148-tron-1")
ETH1 = eth("dev148-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn", "Bhai tension nio na, eta game na, Italy te direct kaj. Dubai te 3 din transit, tarpor Libya company visa, oikhan theke legal vabe Italy dhukaiya dimu. Boat er kotha kono jaygay nai, amra plane e pathai. Mashe 1200 euro fix. Call koro +971 55 418 2290", [("phone", "+971554182290")])
F("recruitment_deception", "bn-Latn", "Ammu dalal khoisilo Libya te hotel er kaj, ekhane aisi 2 mash, hotel nai kichu nai, ekta godown e rakhse amra 60 jon re. Jare jiggesh kori khoy game er line e aso, wait koro.")
F("recruitment_deception", "bn-Latn", "amar fua re khoise Italy r seasonal visa korai dibo, passport nise, ekhon dekhi Dubai visit visa diya Benghazi fathaise. Italy visa-r kono kagoj e nai, passport B02937461 o tar kase, ami ki korum ekhon", [("bd_passport", "B02937461")])
F("recruitment_deception", "bn", "ইউরোপ যেতে চান? লিবিয়া হয়ে ইতালি, ১০০% গ্যারান্টি। আগে যাবেন পরে টাকা। জাহাজ বড়, লাইফ জ্যাকেট আছে, কোনো রিস্ক নাই, শত শত সিলেটি ভাই এখন ইতালিতে। যোগাযোগ: ০১৭৪৫-৩২১৮৭৬", [("phone", "+8801745321876")])
F("recruitment_deception", "bn", "ভাই আমারে কইছিল রোমানিয়ার ওয়ার্ক পারমিট, দুবাই গিয়া কয় ফাইল আটকাই গেছে, এখন লিবিয়া দিয়া যাইতে হইবো। আমি তো লিবিয়ার নামই শুনি নাই উনার মুখে আগে। দালালের নাম্বার ০১৯১১-২৪৬৮৩৭, এখন ধরে না।", [("phone", "+8801911246837")])
F("recruitment_deception", "bn", "মালিক কইছিল বেনগাজিতে সিরামিক ফ্যাক্টরিতে কাজ, বেতন ৬০০ ডলার। আইসা দেখি কোন ফ্যাক্টরি নাই, এক বাড়িত ভরাই রাখছে, কয় সাগর শান্ত হইলে পার করাইবো।")
F("recruitment_deception", "en", "Brother I am telling you straight, this is not boat line, this is Italy work permit through our Dubai office. Nulla osta ready in 2 months. Only bring passport and 3 lakh advance, rest after you land Rome. Page: https://facebook.com/EuroDreamTravelsSylhet", [("url", "https://facebook.com/EuroDreamTravelsSylhet")])
F("recruitment_deception", "en", "they showed us video of big ship with cabins, said VIP game, 2 days to Sicily. It was rubber boat with 80 people inside. Nobody told us anything about paying extra in Zuwara either")
# ---- fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn", "ত্রিপলি থেকে গেম এর জন্য আরো সাড়ে তিন লাখ লাগবো। না দিলে এইখানে কাজ কইরা শোধ দিতে হইবো, দালাল কইছে এক বছরও লাগতে পারে।")
F("fees_and_debt", "bn", "আব্বা জমি বন্ধক দিয়া ১২ লাখ দিছে, এখন দালাল কয় লিবিয়ায় আরও ৪ লাখ না দিলে ছাড়বো না। মহাজনের কাছ থেকে সুদে আনছি, মাসে ১০ হাজার সুদ, কিতা করতাম বুঝি না। লিপু দালালের বিকাশ ০১৮৮২৭৩০৫৯১।", [("phone", "+8801882730591")])
F("fees_and_debt", "bn", "প্যাকেজ ১৪ লাখ — দুবাই টিকেট, লিবিয়া ভিসা, গেম সব। ৫ লাখ এখন, বাকিটা ইতালি পৌঁছাইয়া ওখানে আমার লোকের কাছে কাজ কইরা কিস্তিতে দিবা। কিস্তি মিস হইলে তোমার বাপের কাছে যামু।")
F("fees_and_debt", "bn-Latn", "Bhaisab ami Benghazi te 7 mash kaj korsi, boss khoy amar khoroch ekhono 2500 dinar baki. thaka khawa pani sob lekhe rakhse khatay. baki shodh na hoile game e uthaibo na")
F("fees_and_debt", "bn-Latn", "Dalal re 9 lakh dilam, Dubai airport theke nia gelo, ekhon khoy Libya r visa fee alada 1.5 lakh, na dile ferot jaite hobe ar ager taka o ferot nai")
F("fees_and_debt", "en", "Your son's game is fixed Thursday. Balance 4 lakh before boat. If he want to wait next game, food and room 50 dinar per day adding to his account. Call me on +218 92 550 1187 only", [("phone", "+218925501187")])
F("fees_and_debt", "en", "Bro they said 8 lakh all inclusive. Now in Tripoli they say each person 2000 dollar sea fee and whoever cant pay will work in the farm till its covered. I have nothing left, dont tell abba yet")
F("fees_and_debt", "en", "I signed a paper in Dubai that I owe them 6,000 euro. They say in Italy I will work for their man in Napoli and he cuts half my pay every month till its finished. His number +39 351 482 7730", [("phone", "+393514827730")])
# ---- isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn", "আমরার মোবাইল সব নিয়া গেছে, আজকে পাহারাদারের মোবাইল দিয়া এক মিনিট কথা কইতে দিছে। গেটে তালা, বাইরে যাইতে দেয় না। আম্মারে কইও আমি বাঁচি আছি।")
F("isolation_and_control", "bn", "কাউরে কিছু কইবা না, বাড়িতেও না। পুলিশ বা এনজিওর কেউ ফোন দিলে কইবা পুয়া দুবাই কাজ করে। মুখ খুললে গেম বন্ধ, বুঝছো?")
F("isolation_and_control", "bn-Latn", "Ammu 3 mash dhore kono kotha hoy na, last call e o khali bolse amra ekta ghorer moddhe, janala nai, bahir oite dey na. tarpor theke phone bondho")
F("isolation_and_control", "bn-Latn", "Sim khule felo, sob group leave koro. Ekhon theke khali ei number e kotha hobe. Barir keu call dile dhorba na, ami bolbo kokhon dhorba. +218 94 771 3025", [("phone", "+218947713025")])
F("isolation_and_control", "bn-Latn", "Zuwara te amrare ek ghor theke arek ghore shift kore rate, chokh bendhe. Kun jaygay asi nijeo jani na. 40 din bahire surjo dekhi nai")
F("isolation_and_control", "en", "They took 23 of us to a farm house outside Sabratha. Guards with guns at the door day and night, toilet only two times a day, we are not allowed to stand near the window.")
F("isolation_and_control", "en", "Dont let him call anyone from the connection house. Phones stay with Sami. Family gets one voice note a week and I listen first.")
F("isolation_and_control", "en", "My brother's passport A04718265 and his phone were taken at Benghazi airport by the agent's man, he said for safety. Since then we only hear him when they call from a Libyan number.", [("bd_passport", "A04718265")])
# ---- threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn", "তোমার পোলা আমাদের কাছে। কালকের মধ্যে ৫ লাখ না পাঠাইলে ভিডিও পাঠামু, দেখবা কেমনে মারি। পুলিশে গেলে লাশও পাইবা না। এই নাম্বারে কল দিবা +২১৮ ৯১ ৬৩২ ৪৪৮০", [("phone", "+218916324480")])
F("threats_and_coercion", "bn", "আম্মা, ওরা রোজ রাতে পাইপ দিয়া মারে, কারেন্টের শক দেয়, পিঠে আর জায়গা নাই। টাকা দেও আম্মা, আর পারি না")
F("threats_and_coercion", "bn", "দালাল লিপু বাড়িত আইসা কইছে মামলা করলে তোমার ছোট ফুয়ারেও দেখি নিমু, এই গ্রামে থাকতে পারবায় না।")
F("threats_and_coercion", "bn-Latn", "Apnar bhatija ke kal pani te uthabo na jodi baki taka na ashe. Ekhane ja hoy police e jane na, Libya police amar lok. Bujhsen? +218 91 208 6643", [("phone", "+218912086643")])
F("threats_and_coercion", "bn-Latn", "Ei je video dekhen, ei bhai taka dey nai, 2 din khana bondho, ajke chabuk. Apnar fua-r number next. 24 ghonta time")
F("threats_and_coercion", "bn-Latn", "kaj korte na chaile Libya police e dhoraya dimu, jail e gele 2 bosor, kono embassy tore chinbo na. chup thak")
F("threats_and_coercion", "en", "Listen carefully uncle, I am not broker, I am camp. You pay 6000 dollar today your boy go game, you dont pay we sell him to other camp. Dont call embassy, we know everything. Call back on imo +218 94 330 1879", [("phone", "+218943301879")])
F("threats_and_coercion", "en", "If anyone run from the farm the Arab will shoot, he did it to a Pakistani boy last month. So keep working and shut up till the boat day.")
# ---- labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn", "ভোর ৫টা থেকে রাত ১১টা পর্যন্ত ইট বানাই, এক বেলা খুবজ আর পানি। ৪ মাস হইলো এক দিনারও দেয় নাই, কয় গেমের টাকায় কাটবো।")
F("labour_exploitation", "bn", "মিসরাতার এক খামারে টমেটো তুলি, কোন ছুটি নাই, জ্বর হইলেও কাম। বেতন চাইলে কয় চুপ থাক, নইলে ফেরত জেলে পাঠামু।")
F("labour_exploitation", "bn-Latn", "Dubai te cleaner bole anse, ekhon ek arab er bari te 18 ghonta kaj, ghumai kitchen er floor e, 3 mash beton pai nai, passport malik er kase. malik er number +971 50 662 1408", [("phone", "+971506621408")])
F("labour_exploitation", "bn-Latn", "Italy aisi thik ase, kintu Latina te khete kaj, din 12-13 ghonta, ghontay 3 euro, caporale rakhe ordhek. kagoj nai tai kisu bolte pari na")
F("labour_exploitation", "bn-Latn", "Construction site ei ghumai, khana din e ekbar macaroni. Malik bole taka Tripoli giye dibe. Amra 14 jon, keu ekta dinar o pai nai ekhono")
F("labour_exploitation", "en", "Working in the car wash in Tripoli from 6 in the morning to midnight, 7 days. Boss keeps our salary safe until the boat. 5 months now, nothing in hand.")
F("labour_exploitation", "en", "bro i thought in Italy my troubles finish. The Bangla boss in the kebab shop give 400 euro for whole month, 14 hours daily, 6 of us sleep in one room upstairs. He says you have no documents so be thankful")
# ---- sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn", "দুবাইতে বিউটি পার্লারের চাকরি কইয়া নিছে, এখন রাতে হোটেলে পাঠায়, না গেলে খাওন দেয় না। আপা আমারে বাঁচান, পাসপোর্ট ম্যাডামের কাছে।")
F("sexual_exploitation", "bn", "নতুন তিনটা বাংলাদেশি মাইয়া আইছে, বয়স কম, দেইরার ফ্ল্যাটে রাখছি। রেট আগের মতো, বুকিং আমার হোয়াটসঅ্যাপে +৯৭১ ৫৬ ৩৮১ ৭৭০৪", [("phone", "+971563817704")])
F("sexual_exploitation", "bn", "ক্যাম্পে মেয়েদের আলাদা ঘরে রাখে, রাতে গার্ডরা নিয়া যায়। এক সিলেটি আপা কইছে যার ফ্যামিলি টাকা দেয় নাই তারে এক লিবিয়ান লোকের কাছে বেইচা দিছে।")
F("sexual_exploitation", "bn-Latn", "Dance bar er kaj, shudhu nachte hobe bolsilo. Ekhon customer er sathe room e na gele madam fine kore 500 dirham. ami 6 mash dhore bahir hoite pari nai. insta te @dubai_nights_bd er ad dekhe ashsilam", [("instagram", "@dubai_nights_bd")])
F("sexual_exploitation", "bn-Latn", "Boss bolse tor jamai er game er taka baki, tui kaj kore shodh dibi. Protidin 5-6 jon lok ashe ghore. Bhai amar kotha kauke bolis na")
F("sexual_exploitation", "en", "New girls from Bangladesh 🌹 just arrived Dubai, young and fresh, Deira & Al Nahda, outcall hotel ok. WhatsApp wa.me/971529046317", [("whatsapp", "+971529046317")])
F("sexual_exploitation", "en", "They told her she will marry a Bangladeshi man in Italy and get papers. In Libya she was kept in the boss's house and made to sleep with his friends to pay for the crossing.")
# ---- minors (7: bn 2, bn-Latn 2, en 3)
F("minors", "bn", "পুয়ার বয়স ১৫, পাসপোর্টে ১৯ দেখাইছে দালাল। জন্ম নিবন্ধন নতুন কইরা বানাইছে ইউনিয়ন থেকে। কইছে একলা ছোট পোলা হইলে ইতালিতে কেউ কিছু কয় না।")
F("minors", "bn", "আমার ভাতিজা ক্লাস নাইনে পড়ে, দালাল স্কুলের সামনে থিকা নিয়া গেছে, বাপ-মা জানতো না। এখন ত্রিপলির ক্যাম্প থেইকা ফোন দেয়, কয় টাকা না দিলে ফেরত দিবো না।")
F("minors", "bn-Latn", "Kom boyoshi pola hoile bhalo, Italy te minore hishabe rakhbe, deport korbe na. Tomar bhaiyer pola 16 na? passport e boyosh barai dimu, 20 hajar extra. 01315-882047 e call dio", [("phone", "+8801315882047")])
F("minors", "bn-Latn", "Camp e amader sathe 13-14 bosorer 5 ta pola ase Sunamganj er, ek ta raat din kande, guard ra oderre diya pani tanay sara din")
F("minors", "en", "Boy is 14 but tall, no problem. We make new birth certificate from union parishad, passport age 18. Send his photo and father NID 6904127735 by imo", [("bd_nid", "6904127735")])
F("minors", "en", "Two of the kids in our boat were maybe 12, travelling alone, their uncles paid the broker. In Zuwara the guards made them carry the fuel drums all night.")
F("minors", "en", "Minor package available: under 18 boys go Italy, stay in community house, get papers fast. 7 lakh only, half now. Telegram @europe_game_bd", [("telegram", "@europe_game_bd")])
# ---- payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn", "টাকা একবারে পাঠাইবেন না। কয়েকটা বিকাশে ভাগ কইরা দেন, প্রত্যেকটায় ২৫ হাজারের কম। নাম্বার: ০১৮১৯৪৪৭২১৫, ০১৬৭৩২০৯৮৪১। রেফারেন্সে 'দোকান ভাড়া' লিখবেন।", [("phone", "+8801819447215"), ("phone", "+8801673209841")])
F("payments_and_proceeds", "bn", "আম্বরখানার ওই দোকানে ৩ লাখ জমা দিলে লিবিয়ায় আমার লোক সাথে সাথে ডলার পাইবো। কোন রশিদ নাই, খালি কোড ৭৭৪১ কইবেন, তারপর আপনার পুয়ারে ছাড়মু। দোকানের নাম্বার ০১৭৮৮৬৫২৩১৯।", [("phone", "+8801788652319")])
F("payments_and_proceeds", "bn", "নগদে ৪৯,৫০০ পাঠাইছি, TxnID 7HX3KD9Q। ক্যাম্পের লোক কইছে বাকিটা USDT তে দিতে হইবো, ব্যাংকে পাঠাইলে ধরা খাইবো।", [("mfs_transaction", "7HX3KD9Q")])
F("payments_and_proceeds", "bn-Latn", f"USDT TRC20 te pathan, address ei ta: {TRON1}. Bank e pathaile dhora porben. Pathaia screenshot den, tokhon apnar fua re phone e dimu")
F("payments_and_proceeds", "bn-Latn", "bKash agent Mizan bhai re bolben Libya er malik, o bujhbe. 1.2 lakh cash in kore den 01937-558412 e, commission amra dimu", [("phone", "+8801937558412")])
F("payments_and_proceeds", "en", f"Payment for 3 boys received in Dubai via hawala, AED 45,000. Release them to the Tripoli house. Next batch family send through BTC, wallet {BTC1}")
F("payments_and_proceeds", "en", f"family paid through binance, I forwarded 1800 USDT to {ETH1}, keep your cut and clear him for saturday game")

# ================================================================ OK items
# ---- bn (20)
N("news", "bn", "সিলেটে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার: লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে টাকা নেওয়ার অভিযোগ। র‍্যাব-৯ জানায়, আটককৃতদের কাছ থেকে ১৭টি পাসপোর্ট উদ্ধার করা হয়েছে।")
N("news", "bn", "ভূমধ্যসাগরে নৌকাডুবি: নিহতদের মধ্যে সুনামগঞ্জ ও মৌলভীবাজারের ৮ জন, লাশ দেশে আনতে সরকারের কাছে পরিবারগুলোর আবেদন।")
N("awareness", "bn", "সাবধান! 'গেম' এর নামে সাগর পথে ইউরোপ যাওয়ার প্রস্তাব দিলে সাড়া দেবেন না। কেউ পাসপোর্ট রেখে দিতে চাইলে দেবেন না। সহায়তার জন্য ৯৯৯ এ কল করুন।")
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: বৈধ পথে বিদেশ যেতে 'আমি প্রবাসী' অ্যাপে নিবন্ধন করুন এবং স্মার্ট কার্ড সংগ্রহ করুন। লাইসেন্সবিহীন দালালের হাতে টাকা দেবেন না।")
N("receipt", "bn", "আপনি ৳১৫,০০০ পেয়েছেন ০১৭১৬৪৮২৯৩০ থেকে। TrxID BKH8Q2M4ZT। ফি ৳০। ব্যালেন্স ৳২২,৩৪০।", [("phone", "+8801716482930"), ("mfs_transaction", "BKH8Q2M4ZT")])
N("family", "bn", "ভাইসাব, ছোটনের পাসপোর্ট (A09834512) রিনিউ করতে দিছি, আগামী মাসে ডেলিভারি। ইতালির স্টুডেন্ট ভিসার লাগি ভিএফএসে অ্যাপয়েন্টমেন্ট নিছে, কাগজ সব নিজে জমা দিছে।", [("bd_passport", "A09834512")])
N("family", "bn", "আম্মা, রোমে ভালা আছি, এই মাসে ৮০০ ইউরো পাঠাইছি, আব্বারে কইও বন্ধকের জমি ছাড়াই ফেলতে।")
N("joke", "bn", "আমরার কলেজের ফাহিম কয় সে নাকি গেম দিতাছে 😂 পরে দেখি PUBG এর গেম, রাত ৩টা পর্যন্ত।")
N("worker_content", "bn", "মিলানে রেস্টুরেন্টে কাজ, সপ্তাহে দুই দিন ছুটি, কন্ট্রাক্ট আছে, পারমেসো হাতে পাইছি। আলহামদুলিল্লাহ, দেশের সবাইরে দোয়া করতে কইও।")
N("chatter", "bn", "দুবাই এয়ারপোর্টে ৬ ঘণ্টা ট্রানজিট, কেউ জানো ভিতরে ঘুমানোর জায়গা আছে নাকি?")
N("family", "bn", "লন্ডনি ফুয়ার লাগি কইন্যা দেখরা, বিয়ার পরে ভিসা অইলে বউ লন্ডন যাইবো। মুরব্বিরা কথা কইছইন, জুম্মার পরে পাকা কথা।")
N("news", "bn", "লিবিয়া থেকে আইওএমের সহায়তায় ১৪৪ জন বাংলাদেশি দেশে ফিরেছেন। বিমানবন্দরে প্রত্যেককে খাবার ও যাতায়াত খরচ দেওয়া হয়।")
N("awareness", "bn", "বিদেশে কেউ আটকে রেখে টাকা চাইলে মুক্তিপণ পাঠানোর আগে পুলিশকে জানান। বিকাশ নম্বর আর কলের নম্বর সংরক্ষণ করুন — প্রবাসী কল্যাণ ডেস্ক।")
N("official", "bn", "মেসার্স সুরমা ওভারসিজ (আরএল-১৪৭২): রোমানিয়ায় নির্মাণ শ্রমিক নিয়োগ। সরকার নির্ধারিত খরচ, সব লেনদেন ব্যাংকে রশিদসহ। ইন্টারভিউ জিন্দাবাজার অফিসে, মূল পাসপোর্ট দেখাতে হবে, জমা রাখা হবে না।")
N("official", "bn", "সিলেট জেলা পুলিশ: বিদেশে আটকে থাকা স্বজনের নামে মুক্তিপণের ফোন এলে আতঙ্কিত না হয়ে নম্বরসহ সাইবার ইউনিটে জানান। হেল্পলাইন ০১৩২০-১১৪৪৭৭।", [("phone", "+8801320114477")])
N("family", "bn", "বড় ভাইয়ের দোকানের লাগি ২ লাখ টাকা ধার নিছি, তিন কিস্তিতে দিমু, কাগজে লিখা রাখছি, চিন্তা কইরো না।")
N("chatter", "bn", "আজকে জিন্দাবাজারে ঝুম বৃষ্টি, একটা রিকশাও পাওয়া যায় না।", hard=False)
N("chatter", "bn", "বিকালে খেলা আছে, মাঠে আইসো, বল আমি নিয়া আসমু।", hard=False)
N("worker_content", "bn", "দুবাইয়ে ডেলিভারির কাজ, কোম্পানি থাকা দেয়, ভিসা আইডি সব ঠিক, মাস শেষে বেতন একাউন্টে আসে। ডিসেম্বরে ছুটিতে দেশে আসমু।")
N("family", "bn", "মা, রাতে কিতা রান্দা অইছে? আমার ফিরতে দেরি অইবো।", hard=False)
# ---- bn-Latn (20)
N("family", "bn-Latn", "Bhai Italy te amar mama 10 bosor dhore ase, legal. Uni bolse decreto flussi te apply korle kono dalal lage na, sob nijer kaj, embassy site e dekho")
N("joke", "bn-Latn", "Amar porikkhar result dekhe abba bolse tore boat e uthaiya Italy pathai dimu 😂😂")
N("chatter", "bn-Latn", "Lampedusa jaygata onek shundor, Youtube e dekhlam, akdin tourist hisabe jabo inshallah")
N("receipt", "bn-Latn", "Ammu bKash e 20k pathaisi, TrxID AK73HD8X2P, Rimi r coaching fee ta dio", [("mfs_transaction", "AK73HD8X2P")])
N("awareness", "bn-Latn", "Vai sob group e share koren: Libya diye Italy jawar prostab dile ek taka o diben na. Amar chachato bhai ek bosor dhore nikhoj, dalal er phone bondho")
N("worker_content", "bn-Latn", "Napoli te pizzeria te kaj kori, contract ase, mashe 1400 net, boss bhalo, rojar somoy iftar er break dey. Alhamdulillah. Notun number +39 327 118 4509, save koro", [("phone", "+393271184509")])
N("news", "bn-Latn", "Dekho news: Moulvibazar e dalal Kamal arrest, 22 jon er kas theke Libya game er naam e 2 koti nise bole obhijog")
N("family", "bn-Latn", "Tor passport ta (EC0748213) almari te rakhsi, kono agent ke dibi na, nijer kase rakhbi, copy dibi shudhu", [("bd_passport", "EC0748213")])
N("family", "bn-Latn", "Meye pokkho bolse chele Italy thake shune raji, kintu age chele deshe ashuk, tarpor biye er tarikh")
N("chatter", "bn-Latn", "Kal Dubai flight 9:40 e, FlyDubai, 30 kg luggage. Keu kisu pathaite chaile aj rate e diye jao")
N("official", "bn-Latn", "Italy embassy Dhaka notice: visa application shudhu VFS er maddhome, kono agent er sathe embassy er somporko nai. Fee website e deya ase")
N("joke", "bn-Latn", "Bhai tor girlfriend tor phone niye lock kore rakhse, tui to captive 😂 ransom koto lagbo bol")
N("chatter", "bn-Latn", "Ajke Italy vs Spain, game ta rate 1 tay, ke ke dekhbi?")
N("family", "bn-Latn", "Fua re khoisi Italy jaite chaile age IELTS dao, student visa te jao, boat er kotha mukhe anio na")
N("family", "bn-Latn", "Chachar kas theke 3 lakh dhar nise abba, ammu r gohona bondhok, bhai Saudi jaibo licensed agency diya, BMET smart card o hoye gese")
N("worker_content", "bn-Latn", "Libya te 3 bosor dhore oil company te kaj kori, company visa, beton time moto pai. Sobai Libya shunlei bhoy pay, sob jaiga kharap na")
N("chatter", "bn-Latn", "Kal bikale cha khaite ashbi? Notun tong dokan khulse Amberkhana", hard=False)
N("chatter", "bn-Latn", "Class test kalke, notes ta pathais pls", hard=False)
N("family", "bn-Latn", "Ammu bolse ajke shutki bhuna, taratari ghore ay", hard=False)
N("chatter", "bn-Latn", "Cyber unit theke bolse fake travel page gulay report dite, ami report korsi, tumi o koro, nam Europe Dream naki kisu: https://facebook.com/EuroDreamTravelsSylhet", [("url", "https://facebook.com/EuroDreamTravelsSylhet")])
# ---- en (20)
N("news", "en", "Italian coast guard rescues 52 migrants off Lampedusa, most of them from Bangladesh and Egypt, all reported in stable condition.")
N("news", "en", "RAB arrests key member of Libya-based trafficking ring in Sylhet; victims' families say they were asked for ransom over IMO.")
N("receipt", "en", "Nagad: Cash Out Tk 5,000.00 successful. Fee Tk 57.50. TxnID 71KX9D3A. Balance Tk 1,230.00", [("mfs_transaction", "71KX9D3A")])
N("receipt", "en", "You have received Tk 25,000.00 from 01552083716. Ref: apur biye. Fee Tk 0.00. Balance Tk 31,402.50. TrxID BGK4T7XQ2M at 12/03/2026 18:22", [("phone", "+8801552083716"), ("mfs_transaction", "BGK4T7XQ2M")])
N("awareness", "en", "Migrating safely: keep your passport with you, check the agency's licence on the BMET website, never pay for a 'free visa'. Info: https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("official", "en", "Licensed RA 0893. Romania work permit (construction). Cost as per BMET circular, payment by bank only, money receipt given. Apply at our Sylhet office with original passport.")
N("family", "en", "Uncle, I scanned your son's passport and NID copy and emailed to shofiq.uddin71@gmail.com, originals are with aunty in the steel almirah.", [("email", "shofiq.uddin71@gmail.com")])
N("worker_content", "en", "3 years now in Bologna, permesso renewed, working at a warehouse, 8 hours and overtime paid. Planning to bring my wife next year through family reunion.")
N("joke", "en", "My mom took my phone and locked me in my room until I finish my assignment. Help, I'm being held hostage 😭")
N("chatter", "en", "Anyone know a good travel agency in Zindabazar for Umrah tickets? Need for parents in February.")
N("awareness", "en", "If someone calls saying your relative is held in Libya and asks for money, do not send it through bKash or crypto before you talk to police. Hotline 999.")
N("news", "en", "Court sentences two brokers to life imprisonment for trafficking 11 youths to Libya, says Sylhet Anti-Human Trafficking Offence Tribunal.")
N("family", "en", "Bhaiya landed in Rome safe, his work visa was done by the company itself, Alhamdulillah. He will call tonight after duty, his Italy number is +39 389 604 2215.", [("phone", "+393896042215")])
N("chatter", "en", "The game last night was crazy, Sylhet Strikers won by 4 wickets!")
N("official", "en", "Sylhet to Dubai to London tickets at best price, Emirates & Biman. UAE visit visa processing with original documents only. Call +8801711908452 or follow @sylhet_travel_point", [("phone", "+8801711908452"), ("instagram", "@sylhet_travel_point")])
N("worker_content", "en", "5 years driving in Dubai for a proper company, salary on time, my passport is with me, Friday off. Not every story from the Gulf is bad.")
N("chatter", "en", "Happy birthday Nabila! Have a great year ahead 🎂", hard=False)
N("chatter", "en", "Meeting moved to 3pm, please bring the printed report.", hard=False)
N("chatter", "en", "Can you send me the photos from the holud?", hard=False)
N("chatter", "en", "Electricity gone again, will call you after it comes back.", hard=False)

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
    random.Random(148).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev148-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
