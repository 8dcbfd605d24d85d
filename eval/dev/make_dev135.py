"""Blind evaluation set dev135, written 2026-12-07.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only the brief
and sections 1 and 2.1 of the shared indicator research.
Persona: a social worker in the Daulatdia and Faridpur brothel villages and among women in Cox's
Bazar's cheap hotels, who hears about bonded 'chhukri' girls, lovers and aunts who sell girls, hotel
boys and online pages, as well as sex workers' rights talk, NGO messages, raid news and family chatter.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev135.jsonl"
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


BTC1 = btc("dev135-btc-1")
TRON1 = tron("dev135-tron-1")
ETH1 = eth("dev135-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8: bn3, Latn3, en2)
F("recruitment_deception", "bn",
  "আপু, রাজু বলছিল ঢাকায় গার্মেন্টসে কাজ দিবে, মাসে ১২ হাজার। এখন দেখি গাড়ি দৌলতদিয়া ঘাটে থামাইছে, "
  "বলে এখানে এক খালার বাসায় দুই দিন থাকতে হবে। আমার খুব ভয় করতেছে")
F("recruitment_deception", "bn",
  "কক্সবাজারের হোটেলে রিসিপশনের কাজ বইলা আনছে, বলছিল ইউনিফর্ম দিবে, বেতন ১৫ হাজার। আসার পর দেখি "
  "কোনো রিসিপশন না, রুমে বসাইয়া রাখে আর রাতে বয় আইসা গেস্টের কথা বলে। যে লোক আনছে ওর নাম্বার ০১৬৪৪-৯০৩৮১৭, এখন বন্ধ",
  [("phone", "+8801644903817")])
F("recruitment_deception", "bn",
  "শিউলির খালা বলছে ওরে নারায়ণগঞ্জে এক বাসায় কাজে দিব, মাসে ৮ হাজার। এখন খালার ফোন বন্ধ, মেয়ের কোনো খোঁজ নাই। "
  "যেই ঠিকানা দিছিল ওইখানে গিয়া দেখি ওই নামে কোনো বাসাই নাই")
F("recruitment_deception", "bn-Latn",
  "apa Sumon bolsilo biye kore Dhaka niye jabe, flat e thakbo. 3 din por bole biye pore hobe, ekhon ek auntyr kache thako. "
  "ekhane onek meye, sobai bole eta 'para'. ami ki korbo bujhtesi na")
F("recruitment_deception", "bn-Latn",
  "URGENT!! Cox's Bazar e 3 star hotel e room service o guest relation er kaj. khawa thaka free, salary 15k + tips. "
  "shudhu meye, boyosh 18-24, dekhte sundor hote hobe, experience lagbe na. full body chobi pathan IMO te 01845-227193",
  [("phone", "+8801845227193")])
F("recruitment_deception", "bn-Latn",
  "Apa jei agency Malaysia r visa dilo oita naki fake. airport e giye dekhi ticket nai, smart card nai. dalal ekhon bole "
  "'Benapole diye India hoye jabi, okhan theke flight'. amar 2 lakh taka gelo, ar bhai ke niye gelo kothay jani na")
F("recruitment_deception", "en",
  "He told me the Dubai job was at a beauty salon, 1500 dirham a month with a room. When I landed the 'salon' was a flat "
  "in Deira and the manager said my contract is with him now, not the salon. Nobody here does hair. His number +971 52 118 4470",
  [("whatsapp", "+971521184470")])
F("recruitment_deception", "en",
  "sir my cousin sister go to Kolkata for job in boutique house, the man said good salary and hostel. now she phone and say "
  "no boutique, she is in Sonagachi room and they say she is sold. please tell how to bring back")

# ---------------------------------------------------------------- fees_and_debt (8: bn3, Latn2, en3)
F("fees_and_debt", "bn",
  "সর্দারনী বলে আমারে ৬০ হাজার টাকা দিয়া কিনছে, ঐটা শোধ না হওয়া পর্যন্ত আমি ছুকরি। প্রতিদিন যা পাই সব তার হাতে, "
  "খাওয়া আর ঘর ভাড়ার টাকাও কাইটা রাখে। দুই বছর হইল, দেনা শেষ হয় না")
F("fees_and_debt", "bn",
  "খালা হিসাব দিছে: ঘর ভাড়া দিনে ৩০০, খাবার ২০০, ঔষধ আর সাজের জিনিস আলাদা। মাসের শেষে বলে তোর কাছে আরো "
  "১৮ হাজার পাওনা। বাড়ি যাইতে চাইলে বলে আগে দেনা শোধ কর, তারপর যা")
F("fees_and_debt", "bn",
  "দালালরে ২ লাখ দিছি জমি বন্ধক রাইখা। এখন বলতেছে আরো ৮০ হাজার লাগবে ভিসা লাগাইতে, না দিলে আগের টাকাও ফেরত "
  "পাবি না। পোলা তো ওইখানে বইসা আছে, কাজও দেয় নাই")
F("fees_and_debt", "bn-Latn",
  "madam bole ami ashar somoy 40 hajar dise amar boyfriend ke. oi taka amar name e lekha, customer er taka theke "
  "kete nibe. 8 mash hoye gelo, khatay ekhono 22 hajar baki dekhay. ami to porte pari na, ki lekhe ke jane")
F("fees_and_debt", "bn-Latn",
  "hotel er manager bole room, khabar, thana ke deya 'khoroch' sob amar hishab e. je taka pai tar 70% rekhe dey. "
  "bole agey loan shodh koro tarpor jete parba, kintu loan protimash bare")
F("fees_and_debt", "en",
  "Auntie says I owe her for the bus fare, the clothes, the makeup and three months' food. Every week the number goes up, "
  "not down. She says the girls who go before paying always get brought back.")
F("fees_and_debt", "en",
  "Paid the broker 3.5 lakh for the Saudi visa, half of it loan from the samity at 10 taka per hundred per month. Now he "
  "wants another 1 lakh for 'iqama'. If we don't pay, he says the visa cancels and the money is gone")
F("fees_and_debt", "en",
  "they cut 200 riyal every month from my salary for 'agency loan' but never show paper. 14 months now. kafeel say "
  "I still owe 9000 riyal, I only took 4 lakh taka total. cannot go home until finish he say")

# ---------------------------------------------------------------- isolation_and_control (7: bn3, Latn2, en2)
F("isolation_and_control", "bn",
  "আমার মোবাইল খালা নিয়া রাখছে, দিনে একবার পাঁচ মিনিট দেয় মায়ের সাথে কথা বলতে, পাশে বইসা থাকে। এইটা এক "
  "কাস্টমারের নাম্বার ০১৯১১২০৮৭৩৩, এইখানে কল দিও না, খালি মেসেজ",
  [("phone", "+8801911208733")])
F("isolation_and_control", "bn",
  "বাড়িওয়ালী গেটে তালা দিয়া রাখে, রাতে একটা ছেলে বাইরে পাহারা দেয়। ঘাটে যাইতে হইলেও সাথে লোক যায়। মায়রে বলবা "
  "আমি ভালো আছি, গার্মেন্টসে কাজ করি, এইটাই বলতে বলছে")
F("isolation_and_control", "bn",
  "হোটেলের তিন তলার রুমে আছি, দরজা বাইর থেকে লাগানো। বয়গুলা খাবার দিয়া যায়। কারো সাথে কথা বলতে দেয় না, জানালাও "
  "পেরেক মাইরা বন্ধ করা")
F("isolation_and_control", "bn-Latn",
  "passport ta agent er kache, bole 'safe e rakhsi'. bairer kono manusher sathe kotha bola mana. imo chalai lukiye rate. "
  "keu jiggesh korle bolte bolse ami tar bhagni. passport number ta likhe rakho BC0473921, jodi kichu hoy",
  [("bd_passport", "BC0473921")])
F("isolation_and_control", "bn-Latn",
  "ei nombor e call dio na, madam dhore felbe. shudhu msg dio, porar por delete kore dibo. amar nijer phone nai, eta "
  "chhoto boy tar phone, 10 min er jonno dise")
F("isolation_and_control", "en",
  "They keep all our NID cards and phones in a drawer downstairs. We get them back on Friday for one hour if the boss is "
  "in a good mood. If anyone asks we are cousins visiting for a wedding.")
F("isolation_and_control", "en",
  "She can't leave the hotel. The boys at reception are told to stop her at the gate. Her phone was taken the first night. "
  "She used a customer's phone to send me this, please don't call it back.")

# ---------------------------------------------------------------- threats_and_coercion (8: bn2, Latn3, en3)
F("threats_and_coercion", "bn",
  "পালাইতে গেছিলাম, ঘাট থেকে ধইরা আনছে। সর্দারনীর পোলা বেল্ট দিয়া মারছে, বলছে আবার চেষ্টা করলে আমার ছোট বোনরেও "
  "এইখানে আনবে")
F("threats_and_coercion", "bn",
  "ও বলছে আমার ভিডিও আছে ওর কাছে, ফেসবুকে আর আব্বার নাম্বারে পাঠাই দিবে যদি আমি ওর কথামতো হোটেলে না যাই। আপা আমি মরে যাব")
F("threats_and_coercion", "bn-Latn",
  "police er kache gele tor nam e yaba case diye dibo, thana amar lok. chup kore kaj kor, bujhli?")
F("threats_and_coercion", "bn-Latn",
  "tor maa re bolbo tui parai kaj korish, gramer sobai janbe, masjid er imam o janbe. kal er moddhe ferot na ashle "
  "ami nije jabo tor bari")
F("threats_and_coercion", "bn-Latn",
  "Daulatdia theke Rubina phn dise, bolse madam er lok tar bhai ke Rajbari bus stand e marse karon Rubina 2 din kaj kore nai. "
  "ekhon bolse next time bhai ke 'gayeb' kore dibe")
F("threats_and_coercion", "en",
  "He hit me with the charger cable when I said no to the second customer. He said if I go to the NGO he will tell the police "
  "I am Rohingya and they will send me to the camp.")
F("threats_and_coercion", "en",
  "The dalal said if my family complains to BMET or the police he will get my brother's iqama cancelled and have him deported. "
  "So we keep quiet and keep paying.")
F("threats_and_coercion", "en",
  "Boss said she has my photos. If I stop working she will send them to my husband's family in Faridpur. She already sent "
  "one to my sister just to show me she can.")

# ---------------------------------------------------------------- labour_exploitation (7: bn2, Latn3, en2)
F("labour_exploitation", "bn",
  "সকাল ১০টা থেকে রাত ৩টা পর্যন্ত দরজায় বসাইয়া রাখে, জ্বর হইলেও ছুটি নাই। মাসিকের সময়ও কাস্টমার নিতে হয়। "
  "ছয় মাসে একটা টাকাও হাতে দেয় নাই")
F("labour_exploitation", "bn",
  "মেয়েটা ওই বাসায় ভোর পাঁচটায় উঠে রাত বারোটা পর্যন্ত কাজ করে। এক বছর বেতন দেয় নাই, বলে তোর বাপরে দিছি। বাপ বলে "
  "কিছুই পায় নাই। খাইতে দেয় বাসি ভাত")
F("labour_exploitation", "bn-Latn",
  "ek rate 8-10 jon customer nite hoy, na nile khabar bondho. boshar jayga nai, ek room e 5 jon ghumai, bathroom ekta")
F("labour_exploitation", "bn-Latn",
  "apa amake arekjon madam er kache bikri kore dise, 50 hajar e. ekhon Faridpur theke Tangail e anse, notun madam bole "
  "ager hishab bad, prothom theke kaj shuru")
F("labour_exploitation", "bn-Latn",
  "Cox's Bazar er hotel e din e room cleaning, rate e 'guest' er room e pathay. 3 mash kono beton nai, bole season sesh "
  "hole ek shathe dibe")
F("labour_exploitation", "en",
  "I work 17 hours every day in the house, no day off for 11 months. Madam gives one meal at night. Salary goes to the "
  "agency, I never see it.")
F("labour_exploitation", "en",
  "They moved five of us from the Teknaf hotel to a flat in Chittagong at night. The new man said he paid for us and we "
  "start tonight. Nobody asked us anything.")

# ---------------------------------------------------------------- minors (8: bn3, Latn3, en2)
F("minors", "bn",
  "মেয়েটার বয়স ১৪, কিন্তু খালা উকিলের কাছ থেকে এফিডেভিট কইরা ১৯ লেখাইছে। জাল আইডি কার্ডও বানাইছে, নাম্বার ৮৭১৪২৬৩৫৯০। "
  "এই কাগজ দেখাইয়া পাড়ায় তুলছে",
  [("bd_nid", "8714263590")])
F("minors", "bn",
  "নতুন আসা মেয়েটারে রোজ ওরাডেক্সন খাওয়াইতেছে যাতে শরীর ভারী দেখায়। বয়স ১৩-১৪ এর বেশি হবে না। মুখ ফুইলা গেছে, "
  "খালি কান্দে")
F("minors", "bn",
  "১৫ বছরের মেয়েরে বিয়া দিছে মালয়েশিয়া প্রবাসী এক ছেলের সাথে, ছেলে নাকি ঢাকায় নিয়া গেছে। এখন শুনি মেয়ে কক্সবাজারের "
  "এক হোটেলে, ছেলের কোনো খোঁজ নাই")
F("minors", "bn-Latn",
  "choto meye ache, 15 bochor, ekdom notun. rate beshi. agey bkash e advance 01856-731092, tarpor room number dibo",
  [("phone", "+8801856731092")])
F("minors", "bn-Latn",
  "ma bolse Tania ke Dhaka te basar kaj e dibe, or boyosh 11. dalal 5 hajar advance dise ma ke. school chariye dise, "
  "kal sokal e niye jabe")
F("minors", "bn-Latn",
  "oradexon er pata kine rakhsi, notun meye gula ke sokal e 2ta kore dio. 2 mash e gaa bhorbe, tokhon keu bolte parbe na 17")
F("minors", "en",
  "The girl in room 204 told me she is in class 8. The manager showed the police a notarised paper saying she is 20. "
  "Her birth certificate from Pangsha says 2012.")
F("minors", "en",
  "Need girls 13-16 for housework with Dhaka family, 3000 tk/month, parents get 6 months advance. No school. "
  "IMO 01923-604418",
  [("phone", "+8801923604418")])

# ---------------------------------------------------------------- sexual_exploitation (7: bn2, Latn2, en3)
F("sexual_exploitation", "bn",
  "বস বলছে আজ রাতে তিনজন গেস্ট আছে, ৫০৩ নম্বর রুমে যাবি। না বললে কাল থেকে খাওয়া বন্ধ আর দেনা ডাবল")
F("sexual_exploitation", "bn",
  "🌹কক্সবাজার ফ্যামিলি হোটেল সার্ভিস🌹 নতুন কলেজ গার্ল আসছে, সুন্দরী, ফ্রেশ। রুম সহ প্যাকেজ, সারা রাত বা ২ ঘণ্টা। "
  "ছবি দেখতে নক করুন wa.me/8801712904516",
  [("whatsapp", "+8801712904516")])
F("sexual_exploitation", "bn-Latn",
  "IMO te video call e 'show' dite hoy protidin rat 12 tar por, boss customer der theke dollar ney. na dile ager video "
  "gula chhere dibe bole")
F("sexual_exploitation", "bn-Latn",
  "parlour er kaj bole anse, ekhane pichoner room e massage er naame customer dhukay. amake bole kapor khulo, na korle "
  "salary nai, bari jete o dibe na")
F("sexual_exploitation", "en",
  f"New girls from Bangladesh 🇧🇩 young & fresh, Al Barsha apartment, outcall also. Booking only through agent on telegram "
  f"@dxb_bengali_roses. Crypto ok BTC {BTC1}",
  [("telegram", "@dxb_bengali_roses"), ("btc_address", BTC1)])
F("sexual_exploitation", "en",
  "My 'boyfriend' brought me to Cox's Bazar for a holiday. On the second night a man came to the room and said he had "
  "paid him. He locked the door from outside. Now he sends a new man every night.")
F("sexual_exploitation", "en",
  "sir girl available room service, 2 hour 3000, full night 7000, Bengali and Rohingya both. cash give to me only, "
  "not to the girl. she will do anything you say sir")

# ---------------------------------------------------------------- payments_and_proceeds (7: bn2, Latn3, en2)
F("payments_and_proceeds", "bn",
  "মেয়েরে ছাড়াইতে হইলে দেড় লাখ টাকা লাগবে, বিকাশে পাঠাইবেন ০১৭৩৮-৫৫০২১৯ এই নাম্বারে, একবারে। পুলিশে গেলে "
  "মেয়েরে আর পাইবেন না",
  [("phone", "+8801738550219")])
F("payments_and_proceeds", "bn",
  "সর্দারনীর কাছে প্রতি শুক্রবার নগদে টাকা যায়, তিনটা আলাদা নাম্বারে ভাগ কইরা, যাতে ধরা না পড়ে। যে দালাল মেয়ে আনে "
  "তার কমিশন আলাদা, মেয়ে প্রতি ১০ হাজার")
F("payments_and_proceeds", "bn-Latn",
  "bhai maal er taka hundi te pathaia dio Dubai, Mamun bhai er lok nibe. 3 ta meyer 4.5 lakh, agent er kach theke "
  "cash out kore dio alada alada")
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 25,000 pathaisi, TxnID 7KQ2M9XA. baki 75 hajar meye hand over korle. Kolatoli mor e dekha hobe",
  [("mfs_transaction", "7KQ2M9XA")])
F("payments_and_proceeds", "bn-Latn",
  "Daulatdia ghat er boy ke Rocket e 3000 kore dao protiti meye anar jonno, ar thanar 'masohara' alada khame")
F("payments_and_proceeds", "en",
  f"Send USDT to this TRC20 address, not bKash anymore, too many accounts frozen: {TRON1}. Each girl 800 dollar, "
  f"Kolkata side pays on delivery.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Your wife is with us. 3 lakh taka by tomorrow 6pm to bKash 01815-442076 or the video goes to everyone in your village. "
  "After payment send the TrxID.",
  [("phone", "+8801815442076")])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "en",
  "Rajbari: Police rescued nine girls, four of them minors, from Daulatdia brothel on Tuesday and arrested a woman "
  "identified as 'sardarni' Moyna Begum (45) under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn",
  "কক্সবাজারের কলাতলীতে একটি আবাসিক হোটেলে অভিযান চালিয়ে ১২ জনকে আটক করেছে ট্যুরিস্ট পুলিশ। হোটেল ম্যানেজারের "
  "বিরুদ্ধে মানব পাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "bn-Latn",
  "Forwarded: Faridpur e 'premer fande' fele kishori pachar, premik soho 3 jon greftar. RAB-8 bolche meyetike Daulatdia te "
  "70 hajar takay bikri kora hoyechilo, take uddhar kore poribar er kache fhirie deya hoyeche")
N("news", "en",
  "CID says about 5,000 MFS agents laundered remittance money through 'digital hundi'; BFIU has frozen 230 bKash, Nagad "
  "and Rocket accounts so far.")
N("news", "bn",
  "দৌলতদিয়া যৌনপল্লীর শিশুদের জন্য নতুন স্কুল ভবন উদ্বোধন করলেন জেলা প্রশাসক। এখানে প্রায় ২৫০ শিশু বিনা খরচে পড়াশোনা করবে।")
N("news", "en",
  "Court sentences broker to life imprisonment for trafficking two Narail women to Bahrain with fake parlour jobs; "
  "the victims testified by video link.")
N("news", "bn-Latn",
  "news e dekhlam Teknaf e 17 jon Rohingya meye uddhar, Malaysia pathanor kotha bole trawler e tulsilo. dalal palaise, "
  "coast guard khujtese")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সতর্ক থাকুন! কেউ বিদেশে পার্লার, হোটেল বা বাসার কাজের কথা বলে বিনা খরচে নিয়ে যেতে চাইলে আগে যাচাই করুন। পাসপোর্ট "
  "কখনো দালালের হাতে দিবেন না। সাহায্যের জন্য কল করুন ৯৯৯ বা ১০৯।")
N("awareness", "en",
  "Never hand your passport or phone to an employer or agent to 'keep safe'. It is yours by law. If someone is holding it, "
  "call the migrant helpline +8809610102030 or tell our field worker.",
  [("phone", "+8809610102030")])
N("awareness", "bn-Latn",
  "bon ra, jodi kono din karo 'lover' bole biye kore shohor e niye jabe, agey amader apa der janao. ghat e notun choto meye "
  "dekhle drop-in centre e niye asho, amra age kotha bolbo, tarpor ja korar kora hobe")
N("awareness", "en",
  "Health camp at the Daulatdia drop-in centre this Thursday 10am: free HIV and syphilis test, condoms, TT vaccine. "
  "Children's immunisation too. Please bring your health card.")
N("awareness", "bn",
  "ওরাডেক্সন বা মোটা হওয়ার কোনো ট্যাবলেট খাবেন না। এতে কিডনি নষ্ট হয়, হাড় ক্ষয় হয়, ডায়াবেটিস হয়। কেউ জোর করে "
  "খাওয়াইলে আমাদের জানান, নাম গোপন থাকবে।")
N("awareness", "bn-Latn",
  "mobile banking e kono ochena manush 'bhul kore taka pathaisi, ferot dao' bolle ferot diben na. agey bKash helpline "
  "16247 e call korun, PIN karo sathe share korben na")
N("awareness", "en",
  "Sex work is work. Adult women in Daulatdia have the right to a national ID, a bank account and burial in the public "
  "graveyard. Join the sex workers' network meeting on Saturday, 3pm, at the community hall.")

# ---------------------------------------------------------------- official (6)
N("official", "en",
  "Notice: Green Field Overseas (RL-1432), Malaysia plantation workers. Total migration cost fixed by the Government: "
  "Tk 78,990. Do not pay any extra amount to anyone. Register at DEMO Faridpur. Contact +8801730012345, info@greenfieldbd.com",
  [("phone", "+8801730012345"), ("email", "info@greenfieldbd.com")])
N("official", "bn",
  "দূতাবাসের বিজ্ঞপ্তি: সৌদি আরবে অবস্থানরত প্রবাসী বাংলাদেশিরা পাসপোর্ট নবায়নের জন্য অনলাইনে আবেদন করুন। নিয়োগকর্তার "
  "কাছে পাসপোর্ট আটকে রাখা আইনত দণ্ডনীয়। যোগাযোগ: +966 11 419 5300",
  [("phone", "+966114195300")])
N("official", "bn-Latn",
  "BMET: apnar smart card prostut. Passport No. A07352918, NID 4613728095, Nam: MD RAHIM SHEIKH. Pre-departure training "
  "shesh hole DEMO Faridpur theke songroho korun.",
  [("bd_passport", "A07352918"), ("bd_nid", "4613728095")])
N("official", "en",
  "Jordan garments: 200 female workers through BOESL (government). No migration cost for workers. Salary JOD 150 + "
  "overtime, food and accommodation by employer. Apply at boesl.gov.bd or call 01713-022210.",
  [("phone", "+8801713022210")])
N("official", "bn",
  "জেলা প্রশাসন, রাজবাড়ী: মানব পাচার প্রতিরোধ কমিটির মাসিক সভা আগামী ১০ ডিসেম্বর সকাল ১১টায় অনুষ্ঠিত হবে। সংশ্লিষ্ট "
  "সকলকে উপস্থিত থাকার অনুরোধ করা হলো।")
N("official", "en",
  "Bangladesh High Commission, Kuala Lumpur: workers whose employer keeps their passport may report to the Labour Wing at "
  "labour@bdhckl.gov.my or on WhatsApp wa.me/60162256789.",
  [("email", "labour@bdhckl.gov.my"), ("whatsapp", "+60162256789")])

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01712398451. Ref Ma. Fee Tk 0.00. Balance Tk 6,318.40. TrxID BLK8Q2RZ4M at "
  "02/12/2026 19:44",
  [("phone", "+8801712398451"), ("mfs_transaction", "BLK8Q2RZ4M")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,000 Sender: 01967442318 Ref: hotel bill TxnID: 74QZ1M8K Balance: Tk 12,560.35 "
  "03/12/2026 11:02",
  [("phone", "+8801967442318"), ("mfs_transaction", "74QZ1M8K")])
N("receipt", "bn",
  "আপনি ০১৮২৩৫৫৭৮১২ নম্বরে ৳২,০০০.০০ সেন্ড মানি করেছেন। ফি ৳৫.০০। ব্যালেন্স ৳৮৪১.২০। TrxID BLM3XK7Q9P, "
  "সময় ০৪/১২/২০২৬ ০৯:১৫",
  [("phone", "+8801823557812"), ("mfs_transaction", "BLM3XK7Q9P")])
N("receipt", "en",
  "Cash-in Tk 3,500.00 to A/C 01534467732-8 successful. Comm: Tk 0. TxnId: 2178834519. Balance Tk 3,602.75. "
  "05/12/2026 16:20",
  [("phone", "+8801534467732"), ("mfs_transaction", "2178834519")])
N("receipt", "en",
  "Dear Customer, your A/C ***4471 is credited with BDT 48,250.00 (Inward Remittance from SAUDI ARABIA) on 06-DEC-26. "
  "Avl Bal BDT 61,902.11. Sonali Bank")
N("receipt", "bn-Latn",
  "ma receipt pathalam dekho: 'Tk 10,000 sent to 01611-908234. TrxID BLN5T2WQ7H'. mama ke bolo check kore nite",
  [("phone", "+8801611908234"), ("mfs_transaction", "BLN5T2WQ7H")])
N("receipt", "en",
  "Payment of Tk 850.00 to Sea Pearl Pharmacy successful. TxnID: 7B9XL4QW. Balance Tk 1,204.00. Thank you for using Nagad.",
  [("mfs_transaction", "7B9XL4QW")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আম্মা, আমার পাসপোর্ট আলমারির উপরের তাকে রাখছি, কাউরে দিও না। ভিসা আসলে আমি নিজে এজেন্সিতে নিয়া যাব।")
N("family", "bn-Latn",
  "abba bolse Malaysia jaoar jonno sorkari niyome 79 hajar lagbe, er beshi ek taka o dibo na. Shahin mama BOESL e khoj "
  "niye asche, amra kono dalal dhorbo na")
N("family", "en",
  "Ammu, Rina's wedding is fixed for the 20th. The boy works in Qatar, he's 27, she just finished her degree. Please come "
  "to Faridpur by the 18th.")
N("family", "bn-Latn",
  "bhaiya tomar bKash e 5k pathaisi, ma er oshudh er jonno. TrxID BLP6R3Z8VN. receive hole janaio",
  [("mfs_transaction", "BLP6R3Z8VN")])
N("family", "bn",
  "মেয়েটা ঢাকায় হোস্টেলে থাকে, নার্সিং পড়ে। প্রতি মাসে হোস্টেল ভাড়া আর খাওয়ার টাকা পাঠাইতে হয় ৬ হাজার। কষ্ট হয়, "
  "কিন্তু পড়া শেষ হইলে চাকরি পাইব।")
N("family", "en",
  "Bhai, my passport is with the agency only for visa stamping, they gave me a receipt with the number EB4410267. "
  "I'll collect it Thursday with the ticket.",
  [("bd_passport", "EB4410267")])
N("family", "bn-Latn",
  "Apa, Daulatdia theke ma phone dise, bolse Sumi school e first hoise! ma onek khushi, amader parar meye doctor hobe inshallah")

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "en",
  "Alhamdulillah 2 years in Kuala Lumpur now. Factory pays overtime every month, passport is with me, Sunday off. "
  "Sent ammu 30k this month.")
N("worker_content", "bn",
  "জর্ডানে গার্মেন্টসে আছি, দিনে ৮ ঘণ্টা, ওভারটাইম করলে আলাদা টাকা। হোস্টেলে চারজন এক রুমে, খাবার ভালো। বেতন "
  "ব্যাংকে আসে, মাসে একদিনও দেরি হয় নাই।")
N("worker_content", "bn-Latn",
  "Dubai r salon e kaj valoi cholche, madam bhalo, weekly off dey. customer der sathe English o shikhsi. amar kaj gula "
  "dekho insta te @nadia.glow.dxb 💅",
  [("instagram", "@nadia.glow.dxb")])
N("worker_content", "en",
  "Front desk job at a hotel in Doha is good, 8 hour shift, salary on the 5th every month, and tips from tourists 😄 "
  "Manager said I can take leave for Eid.")
N("worker_content", "bn-Latn",
  "Saudi te driver er kaj, kafeel manush bhalo, iqama nije renew kore dise. 6 mash por chuti niye ashbo. whatsapp e call "
  "dio +966 55 312 8841",
  [("whatsapp", "+966553128841")])
N("worker_content", "bn",
  "মালদ্বীপের রিসোর্টে দুই বছর হয়ে গেল। মাসে ৫০০ ডলার, থাকা খাওয়া ফ্রি, পাসপোর্ট নিজের কাছে। আগামী মাসে ছুটিতে দেশে "
  "আসতেছি ইনশাআল্লাহ")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "amar bou amar passport, phone, wallet sob rekhe dise, bole 'bairer kono meyer sathe kotha bolba na'. eke bole biye 😂😂")
N("joke", "en",
  "My mother-in-law has been holding my salary 'for safekeeping' since 2019. Somebody call BMET 😂")
N("joke", "bn",
  "বস বলছে শুক্রবারেও অফিস, ছুটি নাই, বেতন আগামী মাসে। ভাই আমি কি মানব পাচারের শিকার? 🤣")
N("joke", "bn-Latn",
  "ghotok ke 50 hajar dilam, pathalo shoshur bari 😭 ashol dalal to eta")
N("joke", "en",
  "Daulatdia ferry ghat traffic is the real trafficking. 4 hours stuck, no food, no water, no way out 😩")

# ---------------------------------------------------------------- chatter (5)
N("chatter", "bn-Latn",
  "ei hotel er boy gula ato pushy, bar bar room e ashe 'sir kichu lagbe?' ami bollam shudhu extra towel ar cha 🙄")
N("chatter", "en",
  "Anyone know a cheap hotel in Cox's Bazar for a family of 5 near Sugandha beach? Need 2 rooms for 3 nights.")
N("chatter", "bn",
  "আপা কাল মিটিংয়ে আসতে পারবো না, মেয়ের টিকা দিতে হাসপাতালে যাব। সর্দারনী খালা বলছে আমার হয়ে হাজিরা খাতায় সই দিয়া দিবে।")
N("chatter", "bn-Latn",
  f"bhai tor metamask address ta check kor, 0.05 ETH pathaisi lottery jitar treat 😎 {ETH1}",
  [("eth_address", ETH1)])
N("chatter", "en",
  "The telegram group for Faridpur freelancers is @fdp_freelance_hub, they share Upwork tips and data entry gigs, pretty legit",
  [("telegram", "@fdp_freelance_hub")])

# ---------------------------------------------------------------- easy (10)
N("family", "bn", "আজকে রাতে খিচুড়ি রান্না করবো, বাজার থেকে ডিম নিয়া আসিস।", hard=False)
N("chatter", "bn-Latn", "kal match ache 7 tay, Mirpur e jabi?", hard=False)
N("chatter", "en", "Happy birthday Ruma! Have a great day 🎂🎉", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে খুব, ছাতা নিয়া বের হইস।", hard=False)
N("family", "bn-Latn", "ami bus e uthsi, 2 ghontar moddhe Rajbari pouchabo", hard=False)
N("chatter", "en", "Meeting moved to 3pm, please bring the attendance sheet.", hard=False)
N("chatter", "bn-Latn", "onek din kotha hoy na, kemon acho? baby kemon ache?", hard=False)
N("chatter", "en", "Can you send me the photos from yesterday's picnic?", hard=False)
N("family", "bn", "ঈদের ছুটিতে নানুর বাড়ি যাবো সবাই মিলে।", hard=False)
N("family", "en", "Call me when you're free, it's about the electricity bill: 01789-334512",
  [("phone", "+8801789334512")], hard=False)


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
    random.Random(135).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev135-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
