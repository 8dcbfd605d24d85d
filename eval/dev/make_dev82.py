#!/usr/bin/env python3
"""Blind dev set dev82: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: caseworker at safe houses in Riyadh and Jeddah for Bangladeshi
women domestic workers (madam/kafeel keeping passports and phones, locked doors, no day off, wages kept,
beatings and sexual abuse, women sold on to other sponsors, unanswering Dhaka agents; voice notes and chats
with family and agents in rural Bengali, Banglish and Arabic loan words). Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev82.jsonl"
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


BTC1 = btc("dev82-btc-1")
TRON1 = tron("dev82-tron-1")
ETH1 = eth("dev82-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
# recruitment_deception (8)
F("recruitment_deception", "bn",
  "[ভয়েস মেসেজ] আপা আমারে ঢাকায় কইছিলো হাসপাতালে ক্লিনারের কাজ, ১৫০০ রিয়াল বেতন, ডিউটি ৮ ঘন্টা। আসার পর এয়ারপোর্ট থেকা সোজা এক বাসায় নিয়া গেছে, ১৩ জন মানুষের বাসা। এখন কয় বেতন ৮০০, হাসপাতাল টাসপাতাল কিছু নাই। আমি কি করমু কন")
F("recruitment_deception", "bn-Latn",
  "Salam bon. Dubai te beauty parlour e mohila lagbe, kaj shudhu mehendi ar facial, kono khoroch nai free visa, thaka khawa free, beton 35 hajar. Passport ta shudhu amar kache diya jaben, medical amra korabo. Training er jhamela nai, BMET card lagbe na, direct flight. Imo te knock den 01936-274810",
  [("phone", "+8801936274810")])
F("recruitment_deception", "en",
  "sister they told me in dhaka office only baby care in jeddah, one baby. now maktab send me to riyadh farm house, goats and 3 house cleaning. the contract paper they show here is different name not me and salary 700 not 1200. agent Rubel phone +880 1746 309215 always off",
  [("phone", "+8801746309215")])
F("recruitment_deception", "bn",
  "বয়স্ক এক খালাম্মার দেখাশোনা, বাসায় মোট ২ জন মানুষ, কাজ খুব হালকা। বিমান টিকিট আমাদের, মেডিকেল আমাদের। ট্রেনিং সেন্টারে ঘুরাঘুরি করা লাগবো না, ওইটা আমরা সেটিং কইরা দিমু। কাউরে কওয়ার দরকার নাই যে কোন অফিস দিয়া যাইতেছেন, এয়ারপোর্টে আমাদের লোক থাকবো। যোগাযোগ হোয়াটসঅ্যাপ wa.me/8801825513067",
  [("whatsapp", "+8801825513067")])
F("recruitment_deception", "bn-Latn",
  "apa amake bhishit visa te pathaise. dalal bolse airport e namle kafeel kaj er visa kore dibe, iqama hoye jabe 1 mash e. ekhon 5 mash hoilo iqama nai, madam bole tumi to visit e ashso tomar kono kagoj nai, bahire gele police dhorbe")
F("recruitment_deception", "en",
  "URGENT!! Female cleaner for Saudi govt hospital & mall. Salary 1800 SAR + overtime. Age 18-40, no experience, no passport? no problem we make fast. Only pay after visa ok. 100% sure job, 0 cost. Contact Telegram @saudi_job_bd_24 or WhatsApp wa.me/8801619024583",
  [("telegram", "@saudi_job_bd_24"), ("whatsapp", "+8801619024583")])
F("recruitment_deception", "bn",
  "ঢাকার অফিসে যে কাগজে সই দিছিলাম ঐটা ইংরাজিতে, কইছিলো ৮ ঘণ্টা ডিউটি শুক্রবার ছুটি। এইখানে মাক্তাবে আরবিতে আরেকটা কাগজ দিয়া টিপসই নিলো, পরে জানছি ওইটাতে লেখা বেতন ৬০০, ছুটি নাই। পড়তে পারি না তাই দিয়া দিছি")
F("recruitment_deception", "bn-Latn",
  "amar khala bolse umra korte niye jabe free te, ek saudi poribar khoroch dibe, shudhu oder ghore ektu kaj kore dite hobe 15 din. umra to hoi nai. 8 mash hoye gelo, ekhono oder basay, ferot jaoar kotha bolle bole visa to kajer jonno chilo")
# fees_and_debt (8)
F("fees_and_debt", "bn",
  "জমি বন্ধক রাইখা দালাল আনোয়াররে দিছি ১ লাখ ৬০ হাজার। এখন ফোন দিয়া কয় আরও ৫০ হাজার না দিলে মাইয়ারে নাকি অফিস থেকা ছাড়বো না, অফিসে রাখার খরচ। আমরা গরিব মানুষ কই পামু এত টাকা। ওর নম্বর ০১৭৩১-৮৮৪২০৬",
  [("phone", "+8801731884206")])
F("fees_and_debt", "bn-Latn",
  "madam bole 2 bochor kono beton pabo na karon se maktab ke amar jonno 18000 riyal dise. oi taka shodh na hole chuti o nai, desh e jaoa o nai. ami to kichu nei nai, oder bhitorer taka ami keno dibo")
F("fees_and_debt", "en",
  "Bhai your wife break contract with first kafeel. Now new kafeel accept her but transfer cost 8000 SAR, she have to pay. Salary will cut 600 every month till finish. If not agree she stay in maktab, no work no food money. Tell her sign.")
F("fees_and_debt", "bn",
  "আপা এনজিওর কিস্তি প্রতি সপ্তাহে ১২০০ দেওয়া লাগে, ঘরে কেউ নাই দেওয়ার। দালাল আগেই কইছিলো প্রথম তিন মাসের বেতন অফিসে কাইটা রাখবো টিকিটের খরচ। এখন ৫ মাস হইলো একটা রিয়ালও পাই নাই, কয় আরও খরচ বাকি")
F("fees_and_debt", "bn-Latn",
  "medical e fail dekhiye abar 25 hajar chaise. bolse na dile passport ferot dibe na, ar ager 1 lakh 20 o ferot pabo na. passport number A03918274, office Paltan e, apni ektu dekhen apa",
  [("bd_passport", "A03918274")])
F("fees_and_debt", "en",
  "Apa I tell you honestly I paid Tk 4 lakh 20 thousand to Kamal dalal for this visa, he said women go free but he has 'expenses'. My husband took loan from 3 people. Now I am here 7 month, kafeel says my salary goes to pay back office. Loan people come to my house every week")
F("fees_and_debt", "bn",
  "মাদাম কইছে দেশে যাইতে চাইলে টিকিটের টাকা আর অফিসের খরচ মিলায়া ১২ হাজার রিয়াল দিয়া যাইতে হইবো। আমি কই আমার তো বেতনই দেন নাই ৯ মাসের। কয় ওইটা খাওয়া থাকার খরচে গেছে")
F("fees_and_debt", "bn-Latn",
  "maktab e 20 jon meye boshe achi. protidin khawar khoroch, bichanar khoroch ek khatay likhe rakhe amar nam e. bole notun kofil pele shob kete nibe. ekhon 3400 riyal hoye gese khata te, ami ki kaj korlam je eto khoroch")
# payments_and_proceeds (7)
F("payments_and_proceeds", "bn-Latn",
  "Khala ei number e bkash koren 01812-660473 personal, office er nam e pathaben na. Cash out charge soho 52,500. Pathaye TrxID ta ar screenshot amake imo te diben, taile ajke rat e apnar meye ke phone e kotha bolte dibo.",
  [("phone", "+8801812660473")])
F("payments_and_proceeds", "en",
  "the Indonesian girl told me, madam sold me to her sister house. she heard madam took 15000 riyal from the new kafeel for me. my passport went with the money in one envelope. they never asked me")
F("payments_and_proceeds", "bn",
  "তোমার বেতন কফিল সরাসরি আমার একাউন্টে পাঠাইবো, তুমি চিন্তা কইরো না। আমি তোমার আব্বারে মাসে ৫ হাজার কইরা বিকাশ কইরা দিমু, বাকিটা তোমার নামে জমা থাকবো। তুমি নিজে ব্যাংকে কিছু খুলতে যাইবা না")
F("payments_and_proceeds", "bn-Latn",
  "Tomra 6 jon protek mash er 1 tarikh e 300 riyal kore amar lok er kache dibe, Batha te. Jara dibe na tader kofil ke phone dibo je tomra paliye jete chao. Last mash Shilpi ar Rina dey nai, mone rakhbo")
F("payments_and_proceeds", "en",
  "3 Bangladeshi girls Riyadh ready for transfer, new iqama no problem. Payment USDT TRC20 only, half first. Wallet " + TRON1 + " . After confirm I send location and their papers.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "আপা দালাল জাকির কইছে ২০ হাজার দিলে আমার মাইয়ারে মাদামের বাসা থেকা ছাড়াইয়া অন্য জায়গায় দিবো। এই যে পাঠাইছি নগদে, রিসিট দিলাম: Money Sent. Amount: Tk 20000.00 Receiver: 01915-203748 TxnID: 7KD93LQ2 এখন আর ফোন ধরে না",
  [("phone", "+8801915203748"), ("mfs_transaction", "7KD93LQ2")])
F("payments_and_proceeds", "bn-Latn",
  "ei mash e 4 ta meye ke tanazul dilam Dammam e, protekta 12 hajar riyal. tomar commission 10% bkash e pathacchi, TrxID BKC4HX81QZ. notun 2 ta Dhaka theke asle amake age janaba, onno karo kache dio na",
  [("mfs_transaction", "BKC4HX81QZ")])
# isolation_and_control (8)
F("isolation_and_control", "bn",
  "[ভয়েস] আম্মা এইটা পাশের বাসার ইন্দোনেশিয়ান মাইয়ার ফোন, চুপে চুপে কথা কইতাছি। আমার মোবাইলটা আসার দিনই কাইড়া নিছে। আব্বারে কইয়ো না কানবো। আর ফোন দিও না এই নম্বরে, ওর মাদাম জানলে ওরেও মারবো")
F("isolation_and_control", "bn-Latn",
  "bairer gate e sob somoy tala. madam bahire gele amake laundry room e atke rekhe jay, pani ar ektu ruti diye. 4-5 ghonta. ak din agun lagle ki hobe ami jani na")
F("isolation_and_control", "en",
  "passport, iqama all with baba in his car. he say you dont need, you dont go anywhere. if you go outside sharta catch you because you have no paper. 1 year I only see the door and the roof")
F("isolation_and_control", "bn",
  "শুধু শুক্রবার ৫ মিনিট বাড়িতে কথা কইতে দেয়, তাও স্পিকারে দিয়া মাদাম পাশে বইসা থাকে। বাংলায় একটু বেশি কিছু কইলেই ফোন কাইটা দেয়, কয় কি কইলি ট্রান্সলেট কর")
F("isolation_and_control", "bn-Latn",
  "apu amake kal rat e onno basay niye ashche. gari te chokh bendhe anse, thikana jani na, ekta room janala nai. location pathate parbo na mobile nai, eta rannar meyer mobile",
  )
F("isolation_and_control", "en",
  "Madam my sister Hasina not calling 4 months. Agent office in Dhaka phone is off, they moved from Purana Paltan. Last imo message she said new place, no phone allowed, dont call. Her passport no EH0471926. Please help to find her",
  [("bd_passport", "EH0471926")])
F("isolation_and_control", "bn",
  "ইমো আইডি মাদাম ডিলিট কইরা দিছে। কয় দেশের মানুষের লগে কথা কইলে তোমাগো মাথা নষ্ট হয়, পলাইবার বুদ্ধি দেয়। বাসায় আর কোনো বাঙালি নাই, ৮ মাস কারো লগে বাংলায় কথা কই নাই")
F("isolation_and_control", "bn-Latn",
  "embassy te jete chaisilam, driver ke bole dise amake kothao niye jabe na. dokane o jete dey na, jinis online e ashe. janala diye dekhi shudhu. ekla bahire gele bole huroob kore dibe")
# labour_exploitation (8)
F("labour_exploitation", "bn",
  "ভোর ৫টায় উঠি, শুইতে শুইতে রাত ২টা। এই বাসার কাজ শেষ হইলে মাদামের মা আর বোনের বাসাতেও পাঠায়, তিন বাসার কাজ এক বেতনে। ১১ মাসে একদিনও ছুটি পাই নাই আপা")
F("labour_exploitation", "bn-Latn",
  "7 mash beton dey nai. chaile bole bukra bukra. ekhon bole tomar beton amar kache joma thakuk, desh e jaoar somoy ek shathe dibo, tumi haraiya felbe. ami to taka pathate pari na, baccha der school bondho")
F("labour_exploitation", "en",
  "food is only leftover rice from their plates, one time in a day, sometimes nothing. I lost 9 kg. I sleep in kitchen floor near the gas. when I ask bread madam say you are fat anyway 😢")
F("labour_exploitation", "bn",
  "রোজার মাসে সারাদিন রান্না, ইফতারের পর আবার মেহমানের রান্না, সেহরি পর্যন্ত। আমারে রোজা রাখতে দেয় নাই কয় দুর্বল হইবা কাজ কমবো। জ্বর আইলে ডাক্তার দেখায় না, কয় কাজ করো ঠিক হইয়া যাইবো")
F("labour_exploitation", "bn-Latn",
  "building er shob flat er gari dhoi, sokal 6 ta theke. tarpor basar kaj. oi flat er lok ra madam ke taka dey, ami kichu pai na. amar beton 1000 riyal bolsilo, hate dey 500")
F("labour_exploitation", "en",
  "fever 3 days still she make me clean the roof tank in sun, 46 degree. no rest. when I sit 5 minute she cut 50 riyal from salary and write in her book. this month she cut 400")
F("labour_exploitation", "bn",
  "বেতন চাইলে বাবা কয় তোরে তো কিন্না আনছি, আবার কিসের বেতন। ৫ মাস হইলো। কাজ না করলে খাওন বন্ধ")
F("labour_exploitation", "bn-Latn",
  "ghum 3-4 ghonta. baccha 5 ta, choto ta rat e kande amake uthte hoy, sokale abar nasta ranna. 2 bochor ek din o off nai, eid e o na. haat er chamra uthe gese chemical e, gloves dey na")
# threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "কফিল কইছে পলাইলে হুরুব দিবো, সারাজীবন জেলে পচবি। আর কয় ঢাকায় তার লোক আছে, তোর ভাইয়ের দোকান চিনে। আমি ভয়ে কিছু কই না আপা")
F("threats_and_coercion", "bn-Latn",
  "Apnar meye jodi abar embassy te phone dey tahole madam or nam e churir case dibe, gold churi. Ar jibone desh e ashte parbe na, jail e thakbe. Bujhaiya den oke chup thakte. - Sohel (agent) 01767-301884",
  [("phone", "+8801767301884")])
F("threats_and_coercion", "en",
  "baba hit me with belt and stick, i send the photo of marks on my back. he said next time I ask to go home he will burn my hand with iron, and nobody will ask because I am khadama")
F("threats_and_coercion", "bn",
  "মাদাম পুলিশে চুরির কেস দিছে, কয় সোনার চেইন চুরি করছি। এখন কয় ১০ হাজার রিয়াল দিলে কেস তুইলা নিবো, নাইলে আমি জেলে যামু। আমি কিছু নেই নাই আল্লাহর কসম")
F("threats_and_coercion", "bn-Latn",
  "agent bolse return ticket chaile tomar video internet e chere dibo, tomar gramer shobai dekhbe. bathroom e camera chilo apa ami jantam na")
F("threats_and_coercion", "en",
  "If you go to that safe house again we will tell police you are runaway, you will stay in deportation center 1 year. Your passport is with me, without me you can never fly. Come back to the house tonight, driver waiting. +966 55 318 4472",
  [("phone", "+966553184472")])
F("threats_and_coercion", "bn-Latn",
  "[voice] ma amare mare apa, chul dhore tane deyal e mathay bari dey. kal garam pani dhele dise haat e karon cha thanda hoise. ami ar parchi na")
# sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "রাতে বাবা (কফিল) রুমে আসে, আমার দরজায় লক নাই। মাদামরে কইছিলাম, মাদাম কয় চুপ থাক নাইলে তোরেই দোষ দিমু, কমু তুই ডাকছস। আমি এখন রাতে ঘুমাই না")
F("sexual_exploitation", "bn-Latn",
  "kafeel er boro chele ar tar bondhura amake weekend e onno ekta flat e niye jay. bole oder 'service' dite hobe. taka tara madam er hate dey, ami dekhsi. na gele mare")
F("sexual_exploitation", "en",
  "New Bangladeshi girls in Jeddah, age 20-25, fresh arrived, very obedient. Room service by night, 500 SAR, full night 1200. Driver bring to your flat. Booking only Telegram @jed_rose_service. BTC also ok " + BTC1,
  [("telegram", "@jed_rose_service"), ("btc_address", BTC1)])
F("sexual_exploitation", "bn",
  "আমারে মাঝে মাঝে ২-৩ দিনের লাইগা অন্য বাসায় দিয়া আসে, মাদাম কয় ঘর পরিষ্কার করতে। ওইখানে কোনো মহিলা নাই, ৩-৪ জন বেটা। আমি কাজের লোক আপা, আমারে ওরা যা করায় সেটা কওয়া যায় না")
F("sexual_exploitation", "bn-Latn",
  "tumi ei basar kaj chere dao, ami tomake Riyadh e ekta jaygay rakhbo. rat e meheman ashbe, tumi shudhu tader khushi rakhba, mase 3000 riyal, iqama o kore dibo. ar kothao jaoar dorkar nai. raji hole amake ei number e call dio +966 50 742 1936",
  [("phone", "+966507421936")])
F("sexual_exploitation", "en",
  "madam knows what her husband does with me. she says all khadama do this, it is normal here. she said if I become pregnant they will send me to hospital and then to jail, not him")
F("sexual_exploitation", "bn",
  "দালাল শফিক কইছিলো সৌদি যাওয়ার আগে উত্তরার একটা ফ্ল্যাটে ৩ দিন থাকা লাগবো ফ্লাইটের লাইগা। ঐখানে রাতে স্যাররা আসতো, না কইলে কইতো ভিসা ক্যানসেল। ভিডিও কইরা রাখছে, এখন কয় বেশি কথা কইলে ছাইড়া দিবো")
# minors (7)
F("minors", "bn",
  "মাইয়ার বয়স ১৪ তো কি হইছে, পাসপোর্টে ২৫ বানাইয়া দিমু। জন্ম নিবন্ধন নতুন কইরা করামু ইউনিয়ন থেকা, আমার লোক আছে। খালি ছবি তোলার দিন শাড়ি পরাইয়া আনবেন, একটু বড় দেখাইবো")
F("minors", "bn-Latn",
  "amar shathe maktab e ekta meye ache Kishoreganj bari, boyosh 15. or passport e lekha 26. ekhane madam er 2 ta baccha dekhe, nije o baccha. ashar por theke rat e kande ammu ammu kore")
F("minors", "en",
  "Sir there is one small girl in the house next to our building. she told me she is 13, her aunty sent her through agent. she never went school here, working all day, carrying water and the babies. her passport says 24")
F("minors", "bn",
  "ভাই ছোট মাইয়া হইলে মাদামরা বেশি পছন্দ করে। ১২-১৩ বছরের হইলে কথা শোনে, বেতনও কম দিলে চলে। গ্রামে গ্রামে খোঁজ লাগান, বয়সের কাগজ আমি দেখমু। প্রতি মাইয়া ২০ হাজার আপনার")
F("minors", "bn-Latn",
  "tomar choto bon ke pathao. 16 hoilei cholbe, age amra thik kore dibo, NID o kore dibo notun kore. madam ra choto meye chay, besi kaj kore. passport ta 2 din e hoye jabe, tumi shudhu or jonmo sonod dao")
F("minors", "en",
  "Madam's brother wants a young girl, not more than 15, for 'marriage'. He pays the family 2 lakh taka and the agent arrange nikah paper, no need her parents come. After marriage she will work in his house also")
F("minors", "bn-Latn",
  "meye ta school o shesh kore nai, boyosh 14 bolse amake. madam bole 'she is small, good, no problem'. amar shathe ek room e ghumay, bari phone korte dey na. passport e o boro boyosh lekha. apa ora ke ke pathaise bujhi na")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "রিয়াদে নির্যাতনের শিকার হয়ে দূতাবাসের সেফহোমে আশ্রয় নিয়েছেন আরও ৩২ নারী গৃহকর্মী। শ্রম কাউন্সেলর জানান, তাদের বেশিরভাগের পাসপোর্ট নিয়োগকর্তার কাছে ছিল; সৌদি কর্তৃপক্ষের সহায়তায় আগামী সপ্তাহে ১৮ জনকে দেশে ফেরত পাঠানো হবে।")
N("news", "bn-Latn",
  "BREAKING: RAB-3 er obhijane Motijheel theke manob pachar chokrer 4 dalal greftar, uddhar 11 nari. Tara Saudi te bhalo betoner chakrir kotha bole meyeder thokato bole jana gese. Details comment e 👇")
N("news", "en",
  "Saudi Arabia's new domestic worker regulation takes effect: employers must give one paid day off a week, cannot keep the worker's passport, and must pay wages by bank transfer. Violations carry fines of up to SAR 20,000 and a recruitment ban.")
N("news", "bn",
  "বিএমইটির হিসাবে চলতি বছরের প্রথম ১০ মাসে ৬১ হাজার নারী কর্মী বিদেশে গেছেন, যার ৭০ শতাংশই সৌদি আরবে। একই সময়ে বিভিন্ন অভিযোগে ফিরে এসেছেন প্রায় ২ হাজার ৪০০ জন, জানিয়েছে ব্র্যাক মাইগ্রেশন প্রোগ্রাম।")
N("news", "en",
  "Dhaka tribunal jails recruiting sub-agent for 10 years for trafficking a woman to Jeddah. The court heard she was promised a hospital job but was made to work in a house without pay for 14 months. The agent was also fined Tk 5 lakh.")
N("news", "bn-Latn",
  "Saudi te huroob niye notun niyom: kofil ekhon kono kormir nam e huroob dite parbe na jodi 3 mash er beton baki thake. Montronaloy bolse shromik ra Musaned e obhijog korte parben. Share koren probashi bhai bon der jonno")
# awareness (6)
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে জেনে নিন: ১) পাসপোর্ট কোনো দালালের কাছে জমা রাখবেন না ২) ভিজিট ভিসায় কাজের জন্য যাবেন না ৩) বিএমইটি স্মার্ট কার্ড ও ৩০ দিনের প্রশিক্ষণ ছাড়া বিমানে উঠবেন না ৪) চুক্তিপত্র নিজের ভাষায় বুঝে সই করুন। — নিরাপদ অভিবাসন ফোরাম, মানিকগঞ্জ")
N("awareness", "bn-Latn",
  "Bon ra shabdhan!! 'free visa', 'beauty parlour er kaj', 'hospital cleaner 0 khoroch' bole jara inbox e dake tara beshirbhag dalal. Kono taka bkash korar age agency er RL number BMET site e check koren. Share kore onno bon der bachan 🙏")
N("awareness", "en",
  "KNOW YOUR RIGHTS – domestic workers in KSA: your passport and iqama belong to you; your employer may not lock you in or take your phone; you are entitled to a rest day and full wages every month. If your rights are violated, contact the Labour Wing, Bangladesh Embassy Riyadh: +966 11 419 5300",
  [("phone", "+966114195300")])
N("awareness", "bn",
  "জুম্মার পরে মসজিদে ইমাম সাহেব কইলেন, অচেনা লোকের কথায় মাইয়াগো বিদেশ পাঠাইবেন না, বয়স বাড়াইয়া পাসপোর্ট করাইবেন না। কেউ এমন প্রস্তাব দিলে ইউনিয়ন পরিষদে জানাইবেন। সবাই শেয়ার কইরেন")
N("awareness", "en",
  "⚠️ Beware: a fake page named 'Bangladesh Embassy Job Cell KSA' is offering housemaid visas and asking USDT payment to " + ETH1 + " . The Embassy never recruits workers or takes fees. Report such pages.",
  [("eth_address", ETH1)])
N("awareness", "bn-Latn",
  "Apara jodi kono bon bipode thake, passport madam rekhe dise, beton pay na, tahole bhoy paben na. Jeddah consulate labour wing e email koren labour.jeddah.bd@gmail.com othoba nijer naam, kofil er naam ar location pathan. Amra gopon rakhbo.",
  [("email", "labour.jeddah.bd@gmail.com")])
# official (6)
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৪৫), সৌদি আরবে নারী গৃহকর্মী নিয়োগ। বেতন ১০০০ রিয়াল, খাবার ও থাকা নিয়োগকর্তার। সরকারি নির্ধারিত খরচের বাইরে কোনো টাকা লাগবে না। বিএমইটি টিটিসিতে ৩০ দিনের প্রশিক্ষণ বাধ্যতামূলক। অফিস: নয়াপল্টন, ঢাকা। ফোন: ০১৭১১-৫৩৯৪২৭",
  [("phone", "+8801711539427")])
N("official", "en",
  "BMET Notice: All female domestic workers bound for KSA must complete the 30-day Housekeeping training at a TTC and collect the smart card in person. Emigration clearance will not be issued against a visit visa. Fees are paid only at the bank booth inside the BMET office.")
N("official", "en",
  "Bangladesh Embassy Riyadh – Labour Wing: Workers whose iqama has expired or whose employer has filed huroob may apply for an outpass/exit at the Embassy on Sunday–Thursday, 9am–2pm. Bring passport copy (if available) and any iqama copy. Service is free of charge.")
N("official", "bn-Latn",
  "RL-0987 licensed agency. Saudi te house driver ar housemaid visa, Musaned contract, beton 1500 SAR driver / 1000 SAR maid, BMET attested. Kono advance taka nai, dalal er maddhome ashben na. Office visit korun Nayapaltan 3rd floor, 10-5 ta. Call 01711-902318",
  [("phone", "+8801711902318")])
N("official", "bn",
  "ওয়েজ আর্নার্স কল্যাণ বোর্ড: প্রবাসে মৃত্যুবরণকারী কর্মীর পরিবারকে ৩ লাখ টাকা আর্থিক অনুদান দেওয়া হয়। আবেদনের সাথে মৃত কর্মীর পাসপোর্টের কপি, ওয়ারিশ সনদ এবং আবেদনকারীর জাতীয় পরিচয়পত্র জমা দিতে হবে।")
N("official", "en",
  "Musaned: Your domestic labour contract no. 4402188 has been documented. Employer must pay the monthly wage to the worker's bank account or wallet. Worker may file a complaint through the Musaned app or the website.")
# receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01812345678. Fee Tk 0.00. Balance Tk 26,430.50. TrxID BHK7Q2M9XA at 03/12/2026 14:22",
  [("phone", "+8801812345678"), ("mfs_transaction", "BHK7Q2M9XA")])
N("receipt", "en",
  "Money Received. Amount: Tk 15000.00 Sender: 01913-440276 Ref: ammar oshud TxnID: 72KQ9D1F Balance: Tk 15230.00 04/12/2026 09:10",
  [("phone", "+8801913440276"), ("mfs_transaction", "72KQ9D1F")])
N("receipt", "en",
  "Rocket: Foreign remittance Tk 48,650.00 received from SAUDI ARABIA (Al Rajhi). Govt incentive 2.5% Tk 1,216.25 credited. Balance Tk 50,901.75. TxnId: 4837261950",
  [("mfs_transaction", "4837261950")])
N("receipt", "en",
  "Dear Customer, your A/C XXXX5521 has been credited with BDT 61,200.00 on 01-Dec-26 (Foreign Remittance - STC Pay, KSA). Incentive will be credited separately. Islami Bank Bangladesh PLC")
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার বিকাশ একাউন্টে রেমিটেন্স ৳ ২০,০০০.০০ এসেছে (সৌদি আরব)। সরকারি প্রণোদনা ৳ ৫০০ যোগ হয়েছে। ব্যালেন্স ৳ ২১,১৫০.০০। TrxID CLM5R8T2WA",
  [("mfs_transaction", "CLM5R8T2WA")])
N("receipt", "bn-Latn",
  "ei je apu pathailam passport fee er taka, bkash receipt: Send Money Tk 5,750.00 to 01748-226190. TrxID DKP3W7N9QB. E-passport 10 bochor er, regular delivery",
  [("phone", "+8801748226190"), ("mfs_transaction", "DKP3W7N9QB")])
# family (6)
N("family", "bn",
  "তোর পাসপোর্টের পুলিশ ভেরিফিকেশন আজকে হইয়া গেলো আলহামদুলিল্লাহ। দারোগা সাহেব তোর বাপের NID চাইলো, দিছি: NID নং ৪৬১৭২৮৩৯৫০। কোনো টাকা চায় নাই। এখন ডেলিভারি কবে জানাইস",
  [("bd_nid", "4617283950")])
N("family", "bn-Latn",
  "apu tomar pathano 20 hajar paisi. kisti dilam 8 hajar, ammar oshudh 3 hajar, baki ta rekhe dilam Rafi er admission er jonno. tumi nijer khawa dawa thik moto koro, madam ke salam dio")
N("family", "en",
  "Bhai passport number EB1234567 sending for the umrah booking, and Ammu's is EC7640213. Agency said package confirm after 15 Jan, hotel near haram. Tell Bhabi to keep the original passports safe",
  [("bd_passport", "EB1234567"), ("bd_passport", "EC7640213")])
N("family", "bn",
  "মাইয়ার বিয়ার কথা চলতাছে, ছেলে সৌদি থাকে, জেদ্দায় নিজের মোবাইলের দোকান। ছেলের মা আইছিলো, যৌতুক টৌতুক কিছু চায় নাই। মাইয়া রাজি হইলে শীতের পরে আকদ। তুই কি কস")
N("family", "bn-Latn",
  "Abbu madam khub bhalo manush, eid e 500 riyal bonus dise ar notun jama kine dise. Aj rat 10 tay video call dibo, Mina ke jagiye rakhio. beton er taka kalke pathabo")
N("family", "en",
  "Ma, Rafi got GPA 5 alhamdulillah! school admission fee 3500 due by 20th, send when your salary comes, no hurry. Nana is asking when you will come home, tell him after contract finish")
# worker_content (6)
N("worker_content", "bn",
  "আলহামদুলিল্লাহ আমার মাদাম ভালো। প্রতি মাসের ২৮ তারিখে বেতন দেয়, শুক্রবার ছুটি, নিজের মোবাইল আছে, রাতে বাড়িতে কথা কই। কাজ বেশি তবে খাওয়ার কষ্ট নাই")
N("worker_content", "bn-Latn",
  "ei basay kaj onek beshi apa, 7 jon manush, 2 ta baccha khub dustu. kintu beton time moto dey, off o dey. contract shesh hole ar renew korbo na, onno basa khujbo agency diye")
N("worker_content", "en",
  "Finished my 2 year contract today alhamdulillah! final exit done, ticket kafeel paid, and he gave me end of service money too. Flying Jeddah to Dhaka on 12 Dec inshallah, see you all")
N("worker_content", "bn",
  "মাদাম পাসপোর্ট রাখছে কিনা জিগাইলা? না রে বইন, আমার পাসপোর্ট আমার কাছেই। ইকামা নবায়নের লাইগা ৩ দিন জাওয়াজাতে দিছিলো, নতুন ইকামা সহ ফেরত দিছে। চিন্তা কইরো না")
N("worker_content", "bn-Latn",
  "aj off day chilo, 4 jon bangali bon mile Batha market e gelam, shutki ar shari kinlam 😍 madam nijei driver diye namiye dise ar bikele niye ashse")
N("worker_content", "en",
  "salary came late this month, 10 days, because madam's husband was in hospital. she said sorry and gave me 200 extra riyal. I was worried for my kisti but ok now")
# joke (6)
N("joke", "bn",
  "বউ কয় সৌদি গিয়া টাকা পাঠাও। আমি কই পাসপোর্ট তো তোমার আলমারিতে তালা মারা 😂 আসল কফিল তো তুমি, ছুটিও দেও না বেতনও দেও না 🤣")
N("joke", "bn-Latn",
  "amar boss amake eto kaj dey mone hoy 'free visa' te ana golam ami 😂😂 lunch break o 10 minute, HR ke bollam bole khadama der o break thake na 🤣")
N("joke", "en",
  "my mom tracks my location more than any kafeel 😂 no day off from her questions, no exit visa from her house after 9pm 🙄")
N("joke", "bn",
  "দালাল ভাই ফোন দিয়া কয় ফ্রি ভিসা আছে, ঝামেলা নাই। আমি কইলাম ফ্রি হইলে আগে আপনি যান ভাই, আমি পরে আসতাছি 🤣🤣")
N("joke", "bn-Latn",
  "bkash e 500 taka pathao naile tomar biyer bhuter moto makeup er chobi family group e diye dibo 😜😜 — Nila, tor bandhobi")
N("joke", "en",
  "BREAKING: man held hostage by wife for 3 days, ransom demand one new Jamdani saree and a trip to Cox's Bazar 😂 police say no case, it's called marriage")
# chatter (6)
N("chatter", "bn",
  "ভাই ইকামা রিনিউ এর ফি এখন কত কেউ জানেন? আমার কফিল কইছে সে দিবো, তবুও জাইনা রাখতে চাই। আর অ্যাবশার এ দেখা যায় নাকি মেয়াদ")
N("chatter", "bn-Latn",
  "bhai Jeddah theke Dhaka one way ticket koto porche ekhon? Saudia naki Biman? amar bon er contract shesh, madam bolse ticket tara kete dibe but date amader choose korte bolse")
N("chatter", "en",
  "anyone know a good legal agency for Malaysia factory visa, with BMET card and everything? I don't want any dalal this time, my cousin lost 2 lakh last year")
N("chatter", "bn",
  "ভাইয়েরা হুন্ডিতে না পাঠাইয়া ব্যাংকে বা বিকাশে পাঠান, আড়াই পার্সেন্ট প্রণোদনা পাইবেন, টাকাও হারাইবো না। রেট একটু কম তয় নিরাপদ")
N("chatter", "bn-Latn",
  "aj safe house e 3 jon notun ashche, ek jon Jessore er. kal sokale embassy te niye jabo exit er kagoj er jonno, tumi van ta 8 tay book koro. ar ora r jonno 3 ta sim card lagbe")
N("chatter", "en",
  "guys the Cumilla girl from our Friday group, Shapla, her wedding is next Friday in Dhaka, her kafeel gave leave. everyone send 20 riyal for gift, I will collect in Batha")
# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে রিয়াদে খুব ধুলাবালি, বাইরে যাইও না কেউ, চোখ জ্বলে 😷", hard=False)
N("chatter", "en", "Bangladesh won by 5 wickets!!! Litton da 86 🔥🔥 watching in the kitchen on my phone haha", hard=False)
N("family", "bn-Latn", "ammu aj ki ranna korso? ilish? amar jonno rakhio na, ekhane kalke bangali dokane paisi 😋", hard=False)
N("family", "bn", "নানুর শরীর এখন ভালো, আজকে ভাত খাইছে। দোয়া করিস", hard=False)
N("joke", "en", "why did the tomato blush? because it saw the salad dressing 😂 Rafi told me this joke 10 times today", hard=False)
N("news", "bn-Latn", "kal theke Dhaka te shoitto probaho, temperature 11 degree porjonto namte pare, abhawa odhidoptor", hard=False)
N("worker_content", "bn", "আজকে মাদামের জন্য কাবসা রান্না করলাম, সবাই খুব পছন্দ করছে, মাদাম রেসিপি জিগাইলো 😊", hard=False)
N("awareness", "en", "Dengue alert: remove standing water from flower pots and roofs, use mosquito net at night. Stay safe.", hard=False)
N("receipt", "en", "Recharge successful. Tk 50.00 added to 01734-551209. Your balance is Tk 62.40. Thank you for using Grameenphone.",
  [("phone", "+8801734551209")], hard=False)
N("chatter", "bn-Latn", "kal Jummah er por shobai mile biriyani khabo insha Allah, ke ke ashbe bolo", hard=False)
N("official", "bn", "আগামী ১৬ ডিসেম্বর বিজয় দিবস উপলক্ষে দূতাবাস বন্ধ থাকবে। — বাংলাদেশ দূতাবাস, রিয়াদ", hard=False)
N("worker_content", "en", "learning arabic slowly, today madam taught me 'shukran jazeelan' and 'ma'a salama' 😄", hard=False)


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
    random.Random(82).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev82-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
