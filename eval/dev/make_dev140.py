"""Blind evaluation set dev140 for the trafficking-indicator detector.

Written 2026-12-07. The writer never read the tool's rules, the other evaluation sets or the
tool's code; only sections 1 and 2.1 of research/indicators.md were consulted for what the
indicators mean.

Persona: a nurse at a district hospital in Jashore near the Benapole border who cares for
returnees and rescued girls and boys and, with consent, helps police read their phones.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev140.jsonl"
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


BTC1 = btc("dev140-btc-1")
TRON1 = tron("dev140-tron-1")
ETH1 = eth("dev140-eth-1")

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

# ---------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "আপা চিন্তা কইরেন না, কলকাতায় বিউটি পার্লারে কাজ, মাসে ১৫ হাজার রুপি, থাকা খাওয়া ফ্রি। পাসপোর্ট লাগবো না, বর্ডার আমরাই পার করায় দিমু। মেয়েরে শুধু বলবেন মামার বাসায় যাইতেছে। কিছু জানার থাকলে ০১৯১৫৩৮৭২৪০ এ ফোন দিয়েন",
  [("phone", "+8801915387240")])
F("recruitment_deception", "bn",
  "ভাই দুবাইয়ের কথা বইলা আমারে ওমানে পাঠাইছে। বলছিল ক্লিনিং কোম্পানি, আইসা দেখি মরুভূমির মধ্যে উটের খামার। বেতন বলছিল ১২০০ দিরহাম, এখন দেয় ৬০ রিয়াল, তাও সব মাসে না")
F("recruitment_deception", "bn",
  "ভিসা নাকি একদম আসল, দালাল কোরান ছুঁইয়া কসম খাইছিল। এয়ারপোর্টে গিয়া শুনি ভিসা ভুয়া, স্মার্ট কার্ডও জাল। এখন ফোন ধরে না, ০১৮১৯৪৪৭২০৩ এই নাম্বার বন্ধ",
  [("phone", "+8801819447203")])
F("recruitment_deception", "bn-Latn",
  "bhabi tension nio na, Mumbai te embroidery karkhanay kaj, 8 ghonta duty, mashe 12 hajar rupi. Rahim er chele o oikhane ache. prothom mash er beton theke amar ta kete nibe, apnar kichu dite hobe na. kauke bolar dorkar nai, police jhamela kore")
F("recruitment_deception", "bn-Latn",
  "Malaysia te palm oil company bolse, ese dekhi construction site, company r nam o alada. contract e ja lekha chilo tar kichui na. agent ke phone dilam 01309-482913 bole 'ekhane esob e hoy, mene nao'",
  [("phone", "+8801309482913")])
F("recruitment_deception", "bn-Latn",
  "*** Jaruri Niog *** Kolkata/Delhi hotel e meye staff lagbe. shikkha lagbe na, passport lagbe na, amra niye jabo. beton 20000+ thaka khawa free. agrim taka dite hobe na!! jogajog: wa.me/919830417562 (forwarded many times)",
  [("whatsapp", "+919830417562")])
F("recruitment_deception", "en",
  "Sister, the man said it was a garments factory job in Kolkata with a hostel for girls. When we reached Bongaon he took our phones and said the factory is in Pune now and we have to go by train tonight.")
F("recruitment_deception", "en",
  "Bro no need BMET card and all that, takes 3 months. I send u on tourist visa to Dubai, company will change to work visa after u land 100%. many boys went like this. At airport just say going to visit cousin. imo me +971 55 284 6173",
  [("phone", "+971552846173")])

# ---------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "তোর যাওয়ার খরচ ৫ লাখ ৮০ হাজার, এখন পর্যন্ত দিছিস ৩ লাখ। বাকিটা বেতন থেকে কাটা যাবে, শোধ না হওয়া পর্যন্ত কাজ ছাড়তে পারবি না। মাসের কিস্তি এই বিকাশে পাঠাবি ০১৭৮৮২৩৪৫৬১",
  [("phone", "+8801788234561")])
F("fees_and_debt", "bn",
  "মহাজনের কাছে জমি বন্ধক রাইখা দালালরে টাকা দিছি। এখন ছেলে কয় মালিক ৮ মাস বেতন দেয় নাই, বলে আগের খরচ কাটতেছে। এদিকে সুদ তো দিন দিন বাড়ে, কি করমু বুঝি না")
F("fees_and_debt", "bn",
  "দিদি, মাসি বলে আমার নামে ৮০ হাজার টাকা দেনা, যে লোক আমারে আনছে সে ওই টাকা নিয়া গেছে। প্রতিদিনের কামাই থেকে কাইটা রাখে, শোধ না হইলে বাড়ি যাইতে দিবে না")
F("fees_and_debt", "bn-Latn",
  "Dalal bhai bolse visa processing er jonno aro 1 lakh 20 hajar lagbe, na dile ager 3 lakh o ferot pabo na. amar ma kisti te loan nise NGO theke, proti shoptahe kisti")
F("fees_and_debt", "bn-Latn",
  "boss protimash 300 ringgit kete ney, bole 'tor loan'. kisher loan jani na, kono hisab dey na. 14 mash hoye gelo ekhono shesh hoy na, ulta bare")
F("fees_and_debt", "en",
  "Total you owe 2,40,000 rupees: border cross, food, room, doctor for your hand. You work in the karkhana until it is paid. Every week we write in the khata what is cut.")
F("fees_and_debt", "en",
  "Madam my son paid 6 lakh taka to the agent for Malaysia, we heard government rate is 79 thousand but agent said that is only on paper. Now the company says he must pay again for permit renewal, cutting from his salary.")
F("fees_and_debt", "en",
  "Kafeel says I cannot leave until I pay back 12000 riyal, he says that is what he paid for my visa and ticket. Every month 500 cut from salary, I am sending nothing home for 1 year")

# ---------------------------------------------------------- isolation_and_control (7)
F("isolation_and_control", "bn",
  "পাসপোর্ট আর মোবাইল দুইটাই ম্যানেজার নিয়া গেছে। সপ্তাহে একদিন ৫ মিনিট কথা বলতে দেয়, পাশে দাঁড়ায় থাকে। এই ফোন এক আপার থেকে লুকায়া নিছি, মারে বইলো না")
F("isolation_and_control", "bn",
  "বাসার গেট বাইরে থেকে তালা দেয়া থাকে, ছাদেও উঠতে দেয় না। কেউ জিগাইলে বলবি তুই আমার ভাগ্নি, মালদা থেকে আসছিস। বাংলাদেশের কথা মুখেও আনবি না")
F("isolation_and_control", "bn-Latn",
  "ami ekhon kothay achi jani na, ghore kono janala nai. 2 jon lok shob shomoy darjay boshe thake. ei number e call diyo na plz, ami msg dibo jokhon pari")
F("isolation_and_control", "bn-Latn",
  "Tor passport (EB0387214) amar kache thakbe, naile haraye felbi. Bahire jawar dorkar nai, khabar amra ene dibo. Bari te phone dile shudhu bolbi bhalo achis, ar kichu na",
  [("bd_passport", "EB0387214")])
F("isolation_and_control", "bn-Latn",
  "apa amake room theke ber hote dey na, chhutir din o na. madam bole bahire gele police dhorbe karon amar iqama nai. passport ta kafeel er kache, chaile bole pore",)
F("isolation_and_control", "en",
  "New girls dont get phone for first 3 months. Keep them inside, no talking to neighbours, if anyone asks they are my cousins from Murshidabad. Shyamal will sit at the gate at night.")
F("isolation_and_control", "en",
  "they took the aadhaar card they made for me and my NID photocopy also. driver takes us to workshop at 7 and brings back at 11 night, nobody goes anywhere alone. please dont reply to this number")

# ---------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "তোর বাপরে বলিস থানায় গেলে তোর ছোট বোনরেও তুইলা নিয়া যামু। বাড়ি কোথায় আমরা জানি, বাজারের পিছনে টিনের ঘর")
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করলে বর্ডারে পুলিশের হাতে তুইলা দিমু, জেলে পইচা মরবি। এইখানে তোর কোন কাগজ নাই, কেউ তোরে চিনে না")
F("threats_and_coercion", "bn",
  "মেয়ের ছবি আমার কাছে আছে, বেশি তেড়িবেড়ি করলে গ্রামের সবার ইমোতে পাঠায় দিমু। তখন বিয়া দিবেন কেমনে ভাইবা দেখেন")
F("threats_and_coercion", "bn-Latn",
  "tui jodi abar palanor kotha bolish tahole hat venge dibo, ager bar er dag ekhono ache mone rakhish. tor bhai ke o Benapole e dekhe nebo")
F("threats_and_coercion", "bn-Latn",
  "Case korle tor maa ke amra chini, Sharsha te kon bari ta jani. chup thak. taka ferot pabi kintu police e gele kichui pabi na, ar bachbi o na")
F("threats_and_coercion", "en",
  "If you go to embassy I will file huroob, you know what that means. jail then deport with black list, never come to KSA again. Just work and shut up.")
F("threats_and_coercion", "en",
  "Tell your uncle if he sends police to the hotel again his niece's videos go on Facebook and the whole village will watch. I am not joking this time.")

# ---------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১টা পর্যন্ত জরির কাজ, মাটিতে বইসা। খাওয়া দুইবেলা, ডাল ভাত। ৫ মাস হইলো একটা টাকাও দেয় নাই, বলে দেশে পাঠাইছে, বাড়িতে তো কিছুই যায় নাই")
F("labour_exploitation", "bn",
  "আমারে আরেক মালিকের কাছে বেইচা দিছে ভাই। এখন ইটভাটায়, হাত পুইড়া গেছে, ডাক্তার দেখায় নাই, কয় কাজ বন্ধ করলে খাওন বন্ধ")
F("labour_exploitation", "bn-Latn",
  "18 ghonta dokane dariye thaki, 7 mash e ek din o chhuti nai. boshle gali dey. beton bole eid e eksathe debe, ager eid eo bolsilo")
F("labour_exploitation", "bn-Latn",
  "amader 12 jon ke ek rume rakhe, dine ekbar khabar. chemical er kaj, mask nai glove nai, ek jon er chokh nosto hoye gese. malik bole kaj na korle khabar bondho")
F("labour_exploitation", "en",
  "Baji I am working in 3 houses now, madam sends me to her sister and her mother also. From 5 morning to 1 night. Salary only from one house and that also 4 months pending.")
F("labour_exploitation", "en",
  "Boss sold 6 of us to another contractor for the road project, no new contract, no salary last two months. One brother fell from scaffold, they just put him back in camp. If u can help call +60 11-2734 8851",
  [("phone", "+601127348851")])
F("labour_exploitation", "en",
  "when order is there we cant sleep more than 4 hour. foreman hits with belt if anyone sleeps at the machine. my finger got cut in machine, he put tape and said continue")

# ---------------------------------------------------------- minors (8)
F("minors", "bn",
  "মেয়ের বয়স ১৪, জন্মনিবন্ধনে ১৮ বানায় দিমু, ইউনিয়ন পরিষদে লোক আছে। ঢাকায় এক বাসায় কাজ, পরে ভালো ঘর দেইখা বিয়াও দিয়া দিমু")
F("minors", "bn",
  "ছোট ছেলে দুইটা পাঠান, ১০-১২ বছরের হইলে ভালো, হাত চিকন, পুঁতির কাজে লাগবে। বাপ-মারে এককালীন ২০ হাজার দিয়া দিমু, বছরে একবার বাড়ি আসবে")
F("minors", "bn",
  "মেয়ের বয়স ১৩, কেউ জিগাইলে বলবা ১৮, কাজীরে টাকা দেওয়া হইছে। বিয়ার পরদিনই ও আমার সাথে পুনা যাইবো, ওইখানে আমার কাজ")
F("minors", "bn-Latn",
  "maal gula choto, 15-16 boyosh. passport e boyosh 22 kore dewa hoise, no A06519824 r NID o banano 4628193057. Saudi house maid visa. airport e keu jigaile bolbe bhabi er sathe jacche",
  [("bd_passport", "A06519824"), ("bd_nid", "4628193057")])
F("minors", "bn-Latn",
  "11 bochorer meye ta school chharaye dhakar bashay rakhsi, mashe 1500 taka baba ke dei. ratre rannaghore ghumay. kanna kate bole ekhon phone dei na or ma ke")
F("minors", "bn-Latn",
  "Kolkata te 2 ta chhoto meye pathacchi, ekjon 13 arekjon 15. Shyamal da ke bolo aj ratei par korbe, khali ghore rakhbe. 'tui amar bon' eta shikhaye disi")
F("minors", "en",
  "Boy is 12 but tall, nobody will ask. Send him with the Friday group, I will keep him in the hotel kitchen in Howrah. Tell the mother he is going to madrasa.")
F("minors", "en",
  "Agent changed her age to 19 on the passport, real age 15. She goes as housemaid to Riyadh next week, family already took 30,000 advance so they will not make problem.")

# ---------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "পার্লারের কাজ বইলা আনছে আপা, এখন রাতে হোটেলে কাস্টমারের কাছে পাঠায়। না যাইতে চাইলে খাবার দেয় না, মারে। আমারে এইখান থেকে নিয়া যান")
F("sexual_exploitation", "bn",
  "নতুন দুইটা আসছে বাংলাদেশ থেকে, বয়স ২০-২২, ফর্সা। রেট ৩ হাজার, রাত থাকলে ৮ হাজার। হোয়াটসঅ্যাপে ছবি দিতেছি, পছন্দ হইলে জানান")
F("sexual_exploitation", "bn-Latn",
  "new maal aise Bangladeshi, photo pathacchi. full night 6000 short 2000, hotel amra dibo. call/whatsapp 98362 07154 🌹",
  [("phone", "+919836207154")])
F("sexual_exploitation", "bn-Latn",
  "Apa amake spa te kaj dibe bolse, ekhon bole customer er room e jete hobe. ami na bolsi tai amar phone niye nise, bole 40 hajar shodh na kora porjonto etai kaj")
F("sexual_exploitation", "bn-Latn",
  "aj ratre 11 tay video call e show korte hobe, customer wait korbe. na korle ager video ta tor husband ke pathabo. ready thakbi")
F("sexual_exploitation", "en",
  "Dance bar job in Mumbai they said, good tips. After one week owner said girls also have to go upstairs with customers, otherwise no food and no going home.")
F("sexual_exploitation", "en",
  "Fresh Bangladeshi girls available Deira, 24 hours, incall outcall, new every week ✈️ Telegram @deira_rose_bd 🌹",
  [("telegram", "@deira_rose_bd")])

# ---------------------------------------------------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn",
  "ছেলেরে ছাড়াইতে হইলে ২ লাখ টাকা লাগবো। বিকাশে ৫০ হাজার কইরা পাঠান এই নাম্বারে ০১৭৩৪৫৮২৯১৬, বাকিটা বর্ডারে হাতে হাতে",
  [("phone", "+8801734582916")])
F("payments_and_proceeds", "bn",
  "ভাই, মেয়েগুলার টাকা হুন্ডিতে আসছে, নগদে ৩ ভাগ কইরা দিছি যাতে ধরা না খায়। প্রথমটার TxnID 7GQ3K2MA, বাকি দুইটা রাতে দিমু",
  [("mfs_transaction", "7GQ3K2MA")])
F("payments_and_proceeds", "bn-Latn",
  "Shyamal da 4 ta meyer taka pathaise, 1,60,000 rupi. Benapole e Karim er hundi theke tulbo. ami Rocket e 20 hajar nilam, TxnID 3487261905",
  [("mfs_transaction", "3487261905")])
F("payments_and_proceeds", "bn-Latn",
  "bkash korlam 25000, TrxID BDK7H2M9XQ. dalal bhai ke bolo ajkei par koraite, meye gula ke Satkhira diye nibe",
  [("mfs_transaction", "BDK7H2M9XQ")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT pathan ei address e, TRC20 only: {TRON1} . company theke chharanor fee 3000 dollar, na dile chele ke arek company te bikri kore dibe",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Payment for the 3 boys received, 90k INR. Send my share through the hawala man in Bangaon, not bank. Or BTC to {BTC1}",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Brother your cousin is with us in Libya. 4 lakh taka to release him. Send to bKash 01928365107 and Nagad 01628471590, then screenshot on wa.me/218913456782 . No police.",
  [("phone", "+8801928365107"), ("phone", "+8801628471590"), ("whatsapp", "+218913456782")])
F("payments_and_proceeds", "en",
  f"Commission for the Mumbai batch: 7 girls x 40,000 = 2.8 lakh INR. Pay ETH to {ETH1} or cash to Babu at Petrapole parking.",
  [("eth_address", ETH1)])

# ================================================================ OK (60)

# ---------------------------------------------------------- news (7)
N("news", "bn",
  "বেনাপোল দিয়ে ভারত থেকে ফেরত এলেন পাচারের শিকার ১২ নারী ও শিশু। দীর্ঘদিন তারা মহারাষ্ট্র ও পশ্চিমবঙ্গের বিভিন্ন আশ্রয়কেন্দ্রে ছিলেন। যাচাই শেষে তাদের পরিবারের কাছে হস্তান্তর করা হবে।")
N("news", "bn",
  "শার্শায় মানবপাচার চক্রের দুই সদস্য গ্রেপ্তার। ভারতে পার্লারে চাকরির প্রলোভন দেখিয়ে তরুণীদের পাচারের অভিযোগ রয়েছে তাদের বিরুদ্ধে — র‍্যাব")
N("news", "bn-Latn",
  "khobor ta dekhso? Jhikorgachar oi dalal ta dhora porse, 5 ta meye ke India pathaisilo. Rina apar ward er meye ta naki oi chokrer haat theke uddhar hoisilo")
N("news", "en",
  "Court sentences three to life imprisonment for trafficking two girls to a Pune brothel in 2019; the victims testified through video link from a shelter.")
N("news", "en",
  "CID freezes 40 bKash and Nagad accounts linked to a digital hundi ring operating from Jashore and Satkhira; investigators suspect proceeds of human trafficking.")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠাতে অতিরিক্ত টাকা নেওয়ার অভিযোগে ১২টি রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত। সরকার নির্ধারিত খরচ ৭৮ হাজার ৯৯০ টাকা, অনেক কর্মী দিয়েছেন ৫ লাখের বেশি।")
N("news", "bn-Latn",
  "breaking: Cambodia theke 23 jon Bangladeshi uddhar, online scam company te atke rakha hoyechilo. dutabash bolse aro onekei ache. sobai share koren")

# ---------------------------------------------------------- awareness (7 hard + 2 easy)
N("awareness", "bn",
  "সতর্ক থাকুন! বিদেশে চাকরির কথা বলে কেউ পাসপোর্ট চাইলে দেবেন না। নিবন্ধিত এজেন্সি ছাড়া কাউকে টাকা দেবেন না। ভারতে ভালো কাজের লোভ দেখিয়ে মেয়েদের পাচার করা হয় — সন্দেহ হলে ৯৯৯ এ কল করুন।")
N("awareness", "bn-Latn",
  "Bon der bolo: 'Kolkata te parlour er kaj', 'bideshe hotel e chakri' - eisob kotha shune keu jeno border par na hoy. agency asol kina Ami Probashi app e check kore nio")
N("awareness", "en",
  "Before you go abroad: leave photocopies of your passport and visa with family, never hand your original passport to a broker, get your BMET smart card, and save the embassy hotline.")
N("awareness", "bn",
  "বিদেশফেরত কেউ আঘাত, পোড়া বা মানসিক কষ্ট নিয়ে ফিরলে জেনারেল হাসপাতালের ওসিসিতে বিনামূল্যে চিকিৎসা ও কাউন্সেলিং দেওয়া হয়। পরিচয় গোপন রাখা হয়।")
N("awareness", "bn-Latn",
  "Fb te 'free visa, beton 80 hajar' dekhle bujhben protarona. Saudi te free visa bole kichu nai. sarkari khorocher beshi keu chaile BMET e obhijog korun")
N("awareness", "en",
  "School session today: told the class 8 girls that no real job asks a 14 year old to cross the border at night. Half of them knew a cousin 'working in a parlour in Kolkata'.")
N("awareness", "bn",
  "মেয়ের বিয়ে ১৮ বছরের আগে নয়, ছেলের ২১। বাল্যবিবাহের খবর পেলে ১০৯ নম্বরে ফোন দিন। — উপজেলা মহিলা বিষয়ক কার্যালয়")
N("awareness", "bn",
  "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি ফেলে দিন। জ্বর হলে প্যারাসিটামল ছাড়া অন্য ওষুধ খাবেন না, দ্রুত হাসপাতালে আসুন।",
  hard=False)
N("awareness", "en",
  "Free vitamin A capsules for children 6-59 months this Saturday at all community clinics in Sadar upazila.",
  hard=False)

# ---------------------------------------------------------- official (6)
N("official", "en",
  "M/S Al-Noor Overseas (RL-1347), licensed by the Government of Bangladesh. Malaysia plantation workers. Total cost as fixed by government: Tk 78,990 only. No payment to any middleman, money receipt for every taka. Call 01711408253",
  [("phone", "+8801711408253")])
N("official", "bn",
  "রিয়াদস্থ বাংলাদেশ দূতাবাস: যেসব প্রবাসী কর্মীর ইকামা মেয়াদোত্তীর্ণ অথবা নিয়োগকর্তা পাসপোর্ট আটকে রেখেছেন, তারা শ্রম উইং-এ যোগাযোগ করুন। হটলাইন +966 55 843 1207, ইমেইল labourwing.riyadh@mofa.gov.bd",
  [("phone", "+966558431207"), ("email", "labourwing.riyadh@mofa.gov.bd")])
N("official", "bn-Latn",
  "DEMO Jashore: Ami Probashi app e registration kore finger print er date niben. smart card er jonno kono dalal lagbe na, fee shudhu bank e joma hoy, office er baire karo hate taka diben na")
N("official", "en",
  "Visa applicants are advised that Indian visas are processed only through IVAC centres. Beware of touts offering 'guaranteed job visas'. Complaints: complaints.ivac@hcidhaka.gov.in",
  [("email", "complaints.ivac@hcidhaka.gov.in")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: জর্ডানের পোশাক কারখানায় নারী কর্মী নিয়োগ, বয়স ২১-৩৫। অভিবাসন ব্যয় সম্পূর্ণ নিয়োগকর্তা বহন করবেন, কর্মীকে কোনো টাকা দিতে হবে না। ওভারটাইম আলাদা।")
N("official", "en",
  "Dear applicant, your BOESL application for Korea EPS is received. Passport no: EH0942716. Bring original passport for verification on 12 Dec. Do not pay anyone outside the official bank challan.",
  [("bd_passport", "EH0942716")])

# ---------------------------------------------------------- receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01734582917. Ref Ammu hospital. Fee Tk 0.00. Balance Tk 27,310.45. TrxID BKC4M8T2QZ at 06/12/2026 19:42",
  [("phone", "+8801734582917"), ("mfs_transaction", "BKC4M8T2QZ")])
N("receipt", "en",
  "Cash Out Tk 20,000.00 to 01818736452 successful. Fee Tk 370.00. Balance Tk 1,205.50. TrxID CFH81K2LMD at 05/12/2026 11:03",
  [("phone", "+8801818736452"), ("mfs_transaction", "CFH81K2LMD")])
N("receipt", "en",
  "Money Received. Amount: Tk 5,000 Sender: 01626480319 Ref: boi kinbi TxnID: 72J8M1NC Balance: Tk 5,112.30 06/12/2026 21:15",
  [("phone", "+8801626480319"), ("mfs_transaction", "72J8M1NC")])
N("receipt", "en",
  "Tk3,500.00 received from A/C:01912776540-0 Fee:Tk0, Your A/C Balance: Tk4,103.25 TxnId:4512098376 Date:04-DEC-26 08:13:55 pm",
  [("phone", "+8801912776540"), ("mfs_transaction", "4512098376")])
N("receipt", "en",
  "Dear Customer, your A/C 20501xxxxxx512 has been credited with BDT 48,650.00 foreign remittance from SAUDI ARABIA. Govt incentive 2.5% will be credited separately. Thank you for banking with us.")
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার বিকাশ অ্যাকাউন্টে ০১৭৬৫২৩৪৮১৯ থেকে ৳১০,০০০ রেমিট্যান্স এসেছে। TrxID DGL3P7QW2K। ব্যালেন্স ৳১২,৪৫০",
  [("phone", "+8801765234819"), ("mfs_transaction", "DGL3P7QW2K")])

# ---------------------------------------------------------- family (7 hard + 3 easy)
N("family", "bn-Latn",
  "Abbu passport number ta pathao to, ticket katbo. EB0563218 eta na? ar NID number o lagbe, 19784112395000127 eta thik ache?",
  [("bd_passport", "EB0563218"), ("bd_nid", "19784112395000127")])
N("family", "bn",
  "ভাইয়া মালয়েশিয়া যাইতে এজেন্সিরে যে টাকা দিছে তার রশিদ সব ফাইলে রাখছি। আম্মা বলছে সরকারি রেটের বেশি এক টাকাও দিবে না, বিএমইটিতে খোঁজ নিছে, এজেন্সির লাইসেন্স আছে")
N("family", "en",
  "Chhoto mama crosses at Benapole Friday morning, bringing Nanu's medicine from Kolkata. Someone pick him up from the border, his phone doesn't work on that side.")
N("family", "bn",
  "মেয়ের বয়স ১৭, এখন বিয়া দিমু না। আগে এইচএসসি দিক। ওই ঘটক আবার আসলে সোজা বইলা দিও")
N("family", "bn-Latn",
  "bhai taka ta pathaisi bkash e, 15 hajar, ammar operation er jonno. TrxID DHK8N2P5RA. pailei confirm dis",
  [("mfs_transaction", "DHK8N2P5RA")])
N("family", "en",
  "Your sister's husband called from Dubai, he says don't sell the land for his brother's visa, wait till the agency gives a written contract. He got cheated in 2019 and doesn't want the same.")
N("family", "bn",
  "আব্বা বলছে হুন্ডিতে টাকা পাঠাইস না, ব্যাংকে পাঠা, সরকার আড়াই পার্সেন্ট প্রণোদনা দেয়। একটু দেরি হইলেও সমস্যা নাই")
N("family", "bn-Latn", "Ammu bajar theke ektu ada ar peyaj anio, ar Tuni r jonno dudh", hard=False)
N("family", "bn", "জামাই আসবে শুক্রবার, পিঠা বানাইয়ো। আর আমার প্রেশারের ওষুধটা শেষ, মনে কইরা আনিস", hard=False)
N("family", "en", "Happy birthday Nabila! 🎂 May Allah bless you, see you at dinner tonight ❤️", hard=False)

# ---------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn",
  "Ma chinta koro na, passport amar kachei ache, company shudhu iqama banate 2 diner jonno niyechilo, ferot dise. ajke salary pailam, kalke pathabo")
N("worker_content", "en",
  "Alhamdulillah 3 years in Kuala Lumpur, same company, salary every 7th, overtime paid. Boss gave 2 weeks leave for my sister's wedding. Follow my daily vlogs on insta @rafi_in_kl 🇲🇾",
  [("instagram", "@rafi_in_kl")])
N("worker_content", "bn",
  "দুবাইতে ডেলিভারির কাজ করি, দিনে ১০ ঘণ্টা, শুক্রবার ছুটি। কোম্পানি থাকার জায়গা দেয়, রুমে ৪ জন। আলহামদুলিল্লাহ ভালো আছি, বেতন ঠিকমতো পাই")
N("worker_content", "bn-Latn",
  "Riyadh e hospital cleaning company te achi 2 bochor, kafeel bhalo, iqama renew nijei kore dise, mashe 1500 riyal thik time e pai. eid e chhuti niye ashbo inshallah")
N("worker_content", "en",
  "Doing 12 hour shifts this month because of Ramadan rush, but overtime is double and we get 2 days off after. Not complaining 😅")
N("worker_content", "bn",
  "কাতারে এসি মেকানিকের কাজ করি। কোম্পানি পাসপোর্ট নিজের কাছে রাখে না, আমার লকারেই থাকে। কেউ যদি বলে পাসপোর্ট জমা দিতে হয়, ভুল কথা, আইনে নিষেধ")

# ---------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "amar bou amar passport, phone, wallet sob rekhe dise, bahire jete dey na, beton o puratai niye ney. eta ki human trafficking? 😂😂")
N("joke", "en",
  "My boss made me work 14 hours today and paid me in samosas. Calling ILO tomorrow 😂")
N("joke", "bn",
  "শ্বশুরবাড়ি গিয়া বুঝলাম জিম্মি কারে কয়। খাওয়া বন্ধ না, উল্টা খাইতেই হবে, না খাইলে শাশুড়ি রাগ করে 😂")
N("joke", "bn-Latn",
  "toke Kolkata te bikri kore dibo ek packet chanachur er dame 😂 age amar charger ta ferot de")
N("joke", "en",
  "Ward boy Rubel says he's been held hostage by night shift for 3 months with no salary increase and no escape 😂 someone call RAB")

# ---------------------------------------------------------- chatter (6 hard + 5 easy)
N("chatter", "bn",
  "সিস্টার, বেড ১৪ এর মেয়েটার পরিবার আসছে, সাথে থানার এসআই। কাউন্সেলর আসার আগে ওরে কিছু জিজ্ঞেস কইরো না, ও এখনো ভয় পায়")
N("chatter", "bn-Latn",
  "ajke ward e 3 jon returnee bhorti holo Benapole theke, sobkoyta NGO referral. dressing er silver sulfadiazine shesh, store e ektu bolo")
N("chatter", "en",
  "Dr. Hasan asked for the police form for the boy in cabin 3, the one who came back from Mumbai. Please keep it in the file, not on the desk.")
N("chatter", "bn-Latn",
  "apa ami shift change korte parbo? amar bhabi Dubai theke ashche, airport e jete hobe. Shanta ke bolsi Friday night ta nite")
N("chatter", "bn",
  "আজ ওসিসিতে যে মহিলা আসছেন, ওনার মোবাইল পুলিশ জব্দ করছে, উনি বাড়িতে কথা বলতে চান। ওয়ার্ডের ফোন থেকে ০১৭১৬৫৪৯৩২০ নাম্বারে ওনার ভাইয়ের সাথে কথা বলায় দিছি",
  [("phone", "+8801716549320")])
N("chatter", "en",
  "Interpreter for the Hindi-speaking girl is available tomorrow 10am. Contact Mitali di on 01556 213 874.",
  [("phone", "+8801556213874")])
N("chatter", "bn", "আজকে রাতে ডিউটি কার? আমার মেয়ের পরীক্ষা, একটু আগে যাইতে হবে", hard=False)
N("chatter", "bn-Latn", "canteen e aj khichuri, keu jabe? 1:30 e", hard=False)
N("chatter", "en", "Reminder: staff meeting moved to Thursday 3pm, conference room on 2nd floor.", hard=False)
N("chatter", "bn-Latn", "bhai Jashore theke Khulna bus koytay? Rupsha te jam ache naki", hard=False)
N("chatter", "en", "Does anyone have the nursing council renewal form? The website keeps crashing.", hard=False)


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
    random.Random(140).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev140-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
