#!/usr/bin/env python3
"""Write /work/blind/dev12.jsonl: a blind evaluation set (120 items) for evidtriage issue 15.

Written from /work/shared/research/indicators.md and the *types* listed in issue 15 only,
without sight of the rule packs, the corpus or other dev sets.
"""
import hashlib
import json
import sys
from pathlib import Path as _Path

sys.path.insert(0, str(_Path(__file__).parent))
from blind_labels import settle  # noqa: E402
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dev12.jsonl"

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def tron(seed: str) -> str:
    """A structurally valid TRON (Base58Check, 0x41) address, derived from a seed."""
    return _b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def eth(seed: str) -> str:
    """An all-lowercase (valid, checksum-free) Ethereum-style address."""
    return "0x" + hashlib.sha256(seed.encode()).digest()[:20].hex()


TRON1 = tron("dev12-ransom-1")
ETH1 = eth("dev12-boat-1")
TRON2 = tron("dev12-compound-2")

FLAG = []  # (category, script, text, entities)
OK = []    # (voice, script, hard, text, entities)


def f(cat, script, text, ents=()):
    FLAG.append((cat, script, text, [list(e) for e in ents]))


def ok(voice, script, hard, text, ents=()):
    OK.append((voice, script, hard, text, [list(e) for e in ents]))


# ---------------------------------------------------------------- recruitment_deception (8)
f("recruitment_deception", "bn",
  "ভাই মালয়েশিয়ায় ফ্যাক্টরির কাজ বইলা পাঠাইছিল, আইসা দেখি জঙ্গলের ভিতর পাম বাগানে রাখছে। "
  "বেতন কইছিল ৪৫ হাজার, দিতেছে ১২ হাজারের মত। এজেন্সির লোক এখন ফোনই ধরে না")
f("recruitment_deception", "bn",
  "সৌদিতে হাসপাতালে ক্লিনারের ভিসা, কাজের কোন চাপ নাই। ভিসা আসলে আজাদ, ওখানে গিয়া নিজের মত কাজ "
  "খুঁইজা নিবেন, কফিল কিছু কইবে না। ইচ্ছুক ভাইয়েরা ইনবক্সে নক দেন 01815-447290",
  [("phone", "+8801815447290")])
f("recruitment_deception", "bn",
  "ভাবি, আপনার ভাইয়ের ভিসার কাগজটা দুবাইয়ে এক পরিচিতরে দিয়া চেক করাইছি। ওরা কইছে এই নম্বরে কোন "
  "ভিসাই ইস্যু হয় নাই। রফিক দালাল যে ৩ লাখ নিছে পুরাটাই জাল কাগজ দিয়া")
f("recruitment_deception", "bn-Latn",
  "Bhai Romania te direct work permit, kono IELTS lagbe na. Prothome Dubai visit visa te jaben, "
  "oikhan theke amader lok niye jabe. Salary 1200 euro + overtime. Seat olpo, ajkei confirm koren")
f("recruitment_deception", "bn-Latn",
  "ami to jantam data entry er job, bangkok e namaiya gari te kore raate nodi par koraiya onno "
  "deshe niye aslo. ekhon bole fb te meyer id khule manush ke invest koraite hobe, target puron na "
  "hoile khana nai")
f("recruitment_deception", "bn-Latn",
  "Italy jawar shohoj rasta ase, Libya hoye boat e. Protidin lok jaitese. 8 lakh contract, "
  "pouchaiya baki taka diben. Bhoy er kisu nai amader boat boro, life jacket o ase")
f("recruitment_deception", "en",
  "URGENT!! Canada farm workers needed. No experience no IELTS, salary CAD 4500/month, free food and "
  "accommodation, visa in 15 days guaranteed. Limited seats. WhatsApp only 01963-218845",
  [("phone", "+8801963218845")])
f("recruitment_deception", "en",
  "bro the company letter they sent me has a different logo from their website and the hotel where "
  "I'm supposed to work doesnt exist on google maps. agent says dont worry its a new branch, just "
  "come on the tourist visa and he will change it to work visa there")

# ---------------------------------------------------------------- fees_and_debt (8)
f("fees_and_debt", "bn",
  "মা, কোম্পানি কইতেছে প্লেন ভাড়া আর ভিসার খরচ মিলায় আমার নামে ২ লাখ ৮০ হাজার টাকা দেনা। "
  "প্রতি মাসের বেতন থেকে ৮০০ রিঙ্গিত রাইখা দিবে যতদিন শোধ না হয়। হাতে পাই খালি খাওয়ার টাকা")
f("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া সাড়ে ছয় লাখ দিছিলাম, এখন এজেন্ট কয় ইকামা করাইতে আরো দেড় লাখ লাগবে, না দিলে "
  "কাজও নাই থাকার জায়গাও নাই। বাড়িতে এনজিওর কিস্তি চলতেছে প্রতি সপ্তাহে")
f("fees_and_debt", "bn",
  "কাজে ঢোকার আগেই জানায় রাখি, তোমার যাওয়ার সব খরচ কোম্পানি দিছে। ওইটা কাটা শেষ না হওয়া পর্যন্ত "
  "ছুটি বা বেতন কিছুই চাইবা না। মাঝপথে চলে যাইতে চাইলে বাকি টাকা তোমার বাপের কাছ থেকে তুলমু")
f("fees_and_debt", "bn-Latn",
  "Bhaiya ami to ekhono 3 lakh er rin shodh kori nai, supervisor bolse protimash er baton theke "
  "kete rakhbe, 2 bochor por passportta ferot dibe. Barite ki pathabo kisui bujhtesi na")
f("fees_and_debt", "bn-Latn",
  "Malaysia calling visa 5 lakh 50 hajar. Advance 2 lakh ekhon, baki flight er age. Taka na thakle "
  "somossa nai, amader chena lok ase dhar dibe, oikhane giye kaj kore shodh korben mash e mash e")
f("fees_and_debt", "en",
  "They said the visa was free but now they count everything: ticket, medical, room, even the "
  "uniform. Every month 600 riyal is cut for 'the loan'. After 9 months the number they show me is "
  "bigger than when I came")
f("fees_and_debt", "en",
  "Processing fee for Qatar driver visa is 4.5 lakh BDT. 1.5 lakh advance to our personal Nagad "
  "01736-902114, balance after you see visa copy. No receipt needed bro trust me, 200+ people sent "
  "already", [("phone", "+8801736902114")])
f("fees_and_debt", "en",
  "Sister you will not pay anything now. Madam pays your ticket and the agency. You work for her "
  "two years and she keeps the salary of the first 10 months to cover it. After that all yours")

# ---------------------------------------------------------------- payments_and_proceeds (8)
f("payments_and_proceeds", "bn",
  "আপনার পোলারে ছাড়াইতে চাইলে ৪ লাখ টাকা লাগবে। ৫০ হাজার কইরা এই বিকাশ নাম্বারগুলাতে পাঠান: "
  "01758-310942, 01629-554018। বাকিটা কাল বলব। পুলিশরে জানাইলে কিন্তু পোলারে আর পাইবেন না",
  [("phone", "+8801758310942"), ("phone", "+8801629554018")])
f("payments_and_proceeds", "bn",
  "হুন্ডির লোক রাতে আসবে। সৌদির পার্টিগুলার কাছ থেকে যে টাকা উঠছে ওইটা নগদ এজেন্ট দিয়া ক্যাশ আউট "
  "করাবি, এক একাউন্টে ২৫ হাজারের বেশি ঢুকাবি না, আর মেসেজগুলা ডিলিট কইরা দিবি")
f("payments_and_proceeds", "bn-Latn",
  "Abba oder kotha moto 2 lakh pathaiso? Ora bolse taka na paile amake boat e tulbe na, ekhane ekta "
  "ghore 30 jon ke atkay rakhse. Rocket e pathate bolse 01847-226031 e, tin bhage",
  [("phone", "+8801847226031")])
f("payments_and_proceeds", "bn-Latn",
  "boss er kotha moto bkash e 35k pathaisi, screenshot dilam. bolsilen taka dile passport ferot "
  "diben, ekhon bolen aro 20k lagbe. r koto dite hobe bhai, ami to kaj o korte partesi na")
f("payments_and_proceeds", "bn-Latn",
  "Mama je 3 ta meye pathaisilam Dubai, oder income er bhag ta ei mash e ashe nai. Hundi walare "
  "bolo amar bhager 1.2 lakh Nagad e diye dite, baki ta porer flight er khoroch")
f("payments_and_proceeds", "en",
  f"Release fee for your brother is 3000 USDT. Send TRC20 only to {TRON1} . No bank no bkash. "
  "After we confirm we put him on the bus to the border. You have 48 hours.",
  [("crypto", TRON1)])
f("payments_and_proceeds", "en",
  "Boss said dont take the recruits money in one account. Split the 1.8 lakh across the 6 agent "
  "numbers I sent, max 30k each, and delete the sms after cash out")
f("payments_and_proceeds", "en",
  f"Passage is 1200 USDT per head, ERC20 only: {ETH1}. Cash or bkash not accepted. The boat leaves "
  "from Teknaf when everybody has paid, tell the families to hurry",
  [("crypto", ETH1)])

# ---------------------------------------------------------------- isolation_and_control (8)
f("isolation_and_control", "bn",
  "এখানে আসার পর মালিক সবার মোবাইল নিয়া গেছে, শুক্রবার দশ মিনিটের জন্য দেয় আর পাশে দাঁড়াই থাকে। "
  "আম্মা এইটা এক বন্ধুর ফোন থেকে লুকাইয়া লিখতেছি")
f("isolation_and_control", "bn",
  "বাড়িতে ফোন দিলে বলবি ভালো আছিস, হাসপাতালে পরিষ্কারের কাজ করিস। এর বেশি কিছু কইলে পরের মাসে আর "
  "কথা বলতে দিমু না, মনে রাখিস")
f("isolation_and_control", "bn",
  "গেটে সবসময় দুইজন পাহারা থাকে, বাইরে যাওয়া নিষেধ। ৮ মাস হইল রুম আর কারখানা ছাড়া কিছু দেখি নাই। "
  "আমাদের পাসপোর্টগুলো সব ম্যানেজারের লকারে")
f("isolation_and_control", "bn-Latn",
  "amader ke rate ekta rume tala mere rakhe, sokale gari kore site e niye jay abar niye ase. kauke "
  "chini na, kotha bolar kono lok nai ekhane")
f("isolation_and_control", "bn-Latn",
  "tor babar sathe kotha bolte parbi tobe speaker e. ulta palta kisu bolle phone r jibone pabi na, "
  "mone rakhis")
f("isolation_and_control", "bn-Latn",
  "Apu madam amar passport ar iqama duitai rekhe dise, bole haray jabe. Bahire jaite chaile bole "
  "eka jabi na. 5 mash ei basa theke ber hoi nai")
f("isolation_and_control", "en",
  "Dont tell ur family abt the room or the job, tell them u r in a nice company hostel. If anyone "
  "from the embassy calls u, u dont know us. Understood?")
f("isolation_and_control", "en",
  "They collected our phones at the airport 'for registration' and never gave them back. We are 40 "
  "in the compound, the gate is locked and men with sticks walk around at night")

# ---------------------------------------------------------------- labour_exploitation (7)
f("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১২টা পর্যন্ত কাজ, কোন ছুটি নাই। দিনে একবার খাওয়া দেয়, ভাত আর পাতলা ডাল। চার "
  "মাসের বেতন বাকি, চাইলে কয় পরে দিবে")
f("labour_exploitation", "bn",
  "বাসার কাজের কথা বলছিল, এখন তিন বাসায় কাজ করায়। ঘুমাই রান্নাঘরের মেঝেতে। বেতন চাইলে ম্যাডাম কয় "
  "তোর বেতন তো দালালরে দিয়া দিছি")
f("labour_exploitation", "bn-Latn",
  "bhai 7 mash hoye gelo betan dey na, company bole project er taka ashe nai. kheye na kheye din "
  "jaitese, deshe jete chaile bole contract shesh hoy nai")
f("labour_exploitation", "bn-Latn",
  "ei camp e 16-17 ghonta kaj, off day nai. ek bathroom 60 jon. keu osustho hoileo kaje jaite hoy, "
  "na gele 3 diner beton kata")
f("labour_exploitation", "bn-Latn",
  "Amar jamai oikhane chaer dokane kaj kortese, bolsilo hotel er waiter. 10 mashe ekbar 15 hajar "
  "pathaise, baki beton malik rekhe dise, chaile mare")
f("labour_exploitation", "en",
  "we r working in the brick kiln from 4am, kids also carry bricks. owner says no wages until the "
  "advance he gave in the village is finished. it never finishes")
f("labour_exploitation", "en",
  "Today is the 11th month without salary. Kafeel says wait. We eat what the other workers give us. "
  "I cannot leave, he has my papers and says I owe him for the visa.")

# ---------------------------------------------------------------- threats_and_coercion (7)
f("threats_and_coercion", "bn",
  "বেশি বাড়াবাড়ি করলে তোর নামে হুরুব দিয়া দিমু, তখন পুলিশ ধরবে আর জেলে পইচা মরবি। চুপচাপ কাজ কর")
f("threats_and_coercion", "bn",
  "তোর বউ আর মাইয়া কই থাকে আমরা জানি। টাকা ফেরতের কথা আর একবার মুখে আনলে ওদের খোঁজ নিতে লোক "
  "পাঠামু")
f("threats_and_coercion", "bn",
  "কাজ ছাড়তে চাইছিলাম বইলা সুপারভাইজার বেল্ট দিয়া মারছে, আর কইছে অন্য কোম্পানির কাছে বেইচা দিবে। "
  "গত সপ্তাহে দুইজনরে নাকি এমনে বেইচা দিছে")
f("threats_and_coercion", "bn-Latn",
  "Police e complain korle tor visa cancel kore deport korai dibo, r desher barite amader lok ase "
  "mone rakhish")
f("threats_and_coercion", "bn-Latn",
  "Kalke amader 12 jon ke onno maliker kase hat bodol korse, ek ek jon 3000 dirham e. Keu jiggesh o "
  "kore nai amra jaite chai kina")
f("threats_and_coercion", "en",
  "If you run away again we will report you absconding and you will never get a visa anywhere. "
  "And your mother's house in Narail is not far from our office.")
f("threats_and_coercion", "en",
  "They beat Karim with a pipe in front of us for asking about salary and said next time it will be "
  "the electric wire. Please send someone, we are scared")

# ---------------------------------------------------------------- minors (7)
f("minors", "bn",
  "মাইয়ার বয়স ১৪ হইলে সমস্যা নাই, চেয়ারম্যান অফিস থেকে নতুন জন্ম সনদ বানায় দিমু ১৯ বছর দেখাইয়া। "
  "পাসপোর্ট ওইটা দিয়াই হবে, কেউ কিছু কইবে না")
f("minors", "bn",
  "ঢাকার এক বাসায় ছোট কাজের লোক লাগবে, ১০-১২ বছরের মাইয়া হইলে ভালো। বাপ মা রে মাসে ২ হাজার দিবে, "
  "তবে দেখা করতে আসা যাবে না")
f("minors", "bn-Latn",
  "apnar chele ta 15 to ki hoise, shorir dekhe 20 mone hoy. NID te boyosh bariye dibo 5 hajar e, "
  "Saudi te kono jhamela hobe na")
f("minors", "bn-Latn",
  "amar choto bon ta 13, or maire bolse Dubai te ek barite baccha dekhar kaj, bhalo beton. dalal "
  "kalke niye jabe, ami ki korbo bujhtesi na")
f("minors", "en",
  "Have two girls from the char, 12 and 14, can do full house work, cooking and babysitting. Parents "
  "agree, just send the advance and I bring them to Gulshan on Friday")
f("minors", "en",
  "manager wants new girls for the guesthouse, the younger the better, 15-16 is ok. dont worry "
  "about papers, I will get new birth certificates made")
f("minors", "en",
  "My nephew is 16 but the agent made his passport with a 1999 birth year. He is on a palm estate "
  "in Malaysia now and they don't let him call us. Where can we complain?")

# ---------------------------------------------------------------- sexual_exploitation (7)
f("sexual_exploitation", "bn",
  "দুবাইয়ে বিউটি পার্লারে মেয়েদের জন্য চাকরি, বেতন ১ লাখ ২০ হাজার। সুন্দরী ও স্মার্ট হতে হবে, "
  "অভিজ্ঞতা লাগবে না। পাসপোর্ট, টিকিট সব আমরা করে দিব। শুধু মেয়েরা ইনবক্সে ছবি পাঠান")
f("sexual_exploitation", "bn",
  "আপা পার্লারের কাজ কইছিল, এখানে আইনা একটা হোটেলের রুমে রাখছে। রাতে লোক আসে, না করলে খাইতে দেয় "
  "না। কাউরে বলার উপায় নাই")
f("sexual_exploitation", "bn-Latn",
  "Oman e spa te kaj, shudhu meyeder jonno, 22 er niche hole bhalo. massage shikhiye dibe, thaka "
  "khawa free, mash sheshe 80-90k. interested hole imo te nok dao 01919-583207",
  [("phone", "+8801919583207")])
f("sexual_exploitation", "bn-Latn",
  "notun 3 ta bangali meye ashche, ekdom fresh. raat er booking 400 ringgit, hotel amra dibo. "
  "whatsapp e nok den: +6 zero one two 48 seven 3 9 zero 2",
  [("phone", "+60124873902")])
f("sexual_exploitation", "bn-Latn",
  "madam bolse hotel e guest der sathe boshte hobe, drinks serve korbo, tip beshi. kintu ekhon jor "
  "kore rume pathay, na gele mare. passport o amar kache nai")
f("sexual_exploitation", "en",
  "Hiring Bangladeshi girls for 'hotel reception' in Kuala Lumpur, age 18-24, send full body photos "
  "to klhotelrecruit.bd@gmail.com. No skills needed, RM 6000 + commission. Agency covers all costs, "
  "you repay from earnings.", [("email", "klhotelrecruit.bd@gmail.com")])
f("sexual_exploitation", "en",
  "She thought it was a dance club job in Dubai. Now she says the man who keeps her passport sends "
  "her to customers every night and tells her she still owes him for the visa")

# ================================================================ ok items (60)
# ---- news (7: 6 hard)
ok("news", "bn", True,
   "বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে মানব পাচারের অভিযোগে মাদারীপুরে দুই দালালকে গ্রেপ্তার করেছে "
   "র‌্যাব। অভিযানে ভুক্তভোগীদের ছয়টি পাসপোর্ট ও সাড়ে চার লাখ টাকা উদ্ধার করা হয়েছে।")
ok("news", "en", True,
   "Dhaka tribunal sentences three to life imprisonment for trafficking women to Dubai with promises "
   "of beauty parlour jobs. Victims told the court their passports were taken on arrival.")
ok("news", "bn-Latn", True,
   "Khobor: Teknaf e boat theke 58 jon ke uddhar korlo coast guard. Malaysia pathanor kotha bole "
   "prottek er kach theke 2 lakh niyechilo dalal chokro, 4 jon atok. (Share from Jamuna TV)")
ok("news", "bn", True,
   "সৌদি আরবে নির্যাতনের শিকার ১১২ নারী কর্মী আজ দেশে ফিরেছেন। তাঁদের অনেকে জানান, মাসের পর মাস বেতন "
   "দেওয়া হয়নি এবং বাসা থেকে বাইরে যেতে দেওয়া হতো না।")
ok("news", "en", True,
   "Police in Cox's Bazar arrested a man accused of selling two girls, aged 13 and 15, as domestic "
   "workers to families in Chattogram. Both girls were rescued on Tuesday, police said.")
ok("news", "en", True,
   "27 Bangladeshis held in scam compounds in Myawaddy returned home via Yangon, the foreign ministry "
   "said. They had been lured with data entry jobs paying $1,000 a month and their phones were "
   "confiscated.")
ok("news", "bn", False,
   "বিপিএলের নতুন আসরে ঢাকা দলের অধিনায়কত্ব পাচ্ছেন তামিম, আজ সংবাদ সম্মেলনে জানিয়েছে ফ্র্যাঞ্চাইজি।")

# ---- awareness (8: 7 hard)
ok("awareness", "bn", True,
   "সতর্ক থাকুন! বিদেশ যাওয়ার সময় পাসপোর্ট কখনো দালাল বা অপরিচিত কারো হাতে দেবেন না। সরকার নির্ধারিত "
   "খরচের বেশি টাকা কেউ চাইলে প্রবাসী কল্যাণ হেল্পলাইনে জানান।")
ok("awareness", "bn-Latn", True,
   "Bhai ra sabdhan! Free visa bole kichu nai. Keu jodi bole taka dile Saudi te iqama chara kaj "
   "pawa jay, oita prottarona. Passport kauke joma diben na, BMET e registration kore jan.")
ok("awareness", "en", True,
   "Know the signs: Is your employer keeping your passport? Are you not allowed to leave your "
   "accommodation? Is your salary held until you repay a recruitment 'debt'? These are signs of "
   "forced labour. Talk to the labour wing of your embassy.")
ok("awareness", "bn", True,
   "মেয়েদের বিউটি পার্লার বা হোটেলে চাকরির নামে বিদেশে নিয়ে পাচারের ঘটনা বাড়ছে। লোভনীয় বেতনের অফার "
   "পেলে পরিবারের সাথে আলোচনা করুন এবং এজেন্সির লাইসেন্স যাচাই করুন।")
ok("awareness", "en", True,
   "Parents: never send a child under 18 to work in someone's house in the city. Child domestic work "
   "is illegal, and children are often abused and not allowed to call home. #StopChildLabour")
ok("awareness", "bn-Latn", True,
   "Apnake jodi keu bole 'kauke bolben na, bolle visa cancel hoye jabe' - bujhe niben eta dalal er "
   "kotha. Sob kagoj family ke dekhan, chuktinama bujhe tarpor sign korun.")
ok("awareness", "bn-Latn", True,
   "Online e 'Thailand e customer service job, 1200 dollar, flight free' erokom ad dekhle sabdhan. "
   "Onek Bangladeshi ke Myanmar er scam center e atke rakha hoyeche. Share kore sobaike janan")
ok("awareness", "en", False,
   "Reminder: free eye camp at the union parishad this Saturday 9am-2pm. Please bring a copy of your "
   "NID.")

# ---- official (8: 6 hard)
ok("official", "bn", True,
   "সরকার নির্ধারিত অভিবাসন ব্যয়: মালয়েশিয়া ৭৮,৯৯০ টাকা। আমরা বিএমইটি নিবন্ধিত লাইসেন্সধারী রিক্রুটিং "
   "এজেন্সি। সকল পেমেন্ট ব্যাংকের মাধ্যমে গ্রহণ করা হয় এবং রশিদ প্রদান করা হয়।")
ok("official", "en", True,
   "BMET notice: workers must collect their smart card before departure. Passports submitted for "
   "visa stamping are returned by the licensed agency within 7 working days against a receipt.")
ok("official", "bn-Latn", True,
   "Assalamualaikum, amra govt licensed agency. Qatar cleaner visa er sorkari khoroch 1 lakh 2 "
   "hajar, bank e joma diben, receipt paben. Kono dalal er maddhome taka diben na. Office: Naya "
   "Paltan, Dhaka.")
ok("official", "en", True,
   "Embassy of Bangladesh, Riyadh: workers whose employers have filed huroob (absent) reports may "
   "contact the labour wing for free legal assistance. Bring a copy of your iqama and passport.")
ok("official", "bn", True,
   "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: বিদেশে কর্মরত কোনো কর্মীর পাসপোর্ট নিয়োগকর্তা আটকে "
   "রাখলে দূতাবাসের শ্রম উইংয়ে অভিযোগ করুন। অভিযোগ বিনামূল্যে গ্রহণ করা হয়।")
ok("official", "en", True,
   "Wage Earners' Welfare Board: families of migrant workers who died abroad are entitled to Tk 3 "
   "lakh. Apply with the death certificate, a passport copy and the BMET clearance.")
ok("official", "bn", False,
   "জেলা কর্মসংস্থান ও জনশক্তি অফিসে আগামী রবিবার থেকে ইলেকট্রিশিয়ান কোর্সে ভর্তি চলবে। আগ্রহীরা এসএসসি "
   "সনদের কপি নিয়ে আসুন।")
ok("official", "en", False,
   "Ami Probashi app update: you can now book your pre-departure orientation slot online and choose "
   "the training centre nearest to you.")

# ---- worker_content (8: 6 hard)
ok("worker_content", "bn-Latn", True,
   "Alhamdulillah Dubai te 2 bochor holo, company bhalo, beton protimash 1 tarikh e dey. Passport "
   "nijer kache rakhi, December e chutite deshe ashbo")
ok("worker_content", "bn", True,
   "কোম্পানি আমাদের ইকামা নিজের খরচে নবায়ন করে দিয়েছে, ওভারটাইম করলে আলাদা টাকা দেয়। থাকা খাওয়া "
   "ভালো, কফিল মানুষটাও ভালো আলহামদুলিল্লাহ।")
ok("worker_content", "en", True,
   "3 years in a Penang factory now. Employer pays the levy, Sunday is off and the passport stays "
   "with us. I paid only the government fee through the agency, with receipt.")
ok("worker_content", "bn-Latn", True,
   "Ajke 12 ghontar shift silo, tobe overtime er taka alada dey. Ramadan e 6 ghonta. Mash sheshe "
   "bkash e barite pathai, kono jhamela nai")
ok("worker_content", "bn", True,
   "মা চিন্তা কইরো না, এখানে মালিক ভালো। ফোন আমার কাছেই থাকে, প্রতিদিন কথা বলতে পারমু। সামনের মাসে "
   "বেতন পাইলে বিকাশে পাঠামু।")
ok("worker_content", "en", True,
   "Our hotel in Doha gives us a shared room for 4 and three meals, and HR gave my passport back in "
   "the first week. Housekeeping is tiring but the pay is fair honestly")
ok("worker_content", "bn-Latn", False,
   "bhai aj site e manager pizza party dise, sobai mile onek moja korlam 😂")
ok("worker_content", "en", False,
   "Finished my forklift certificate today, supervisor says I move up to grade 2 next month 💪")

# ---- receipt (7: 5 hard)
ok("receipt", "en", True,
   "You have received Tk 15,000.00 from 01711429305. Ref remittance. Fee Tk 0.00. Balance Tk "
   "17,482.50. TrxID BKD7H2QX9M at 02/12/2026 14:07",
   [("phone", "+8801711429305")])
ok("receipt", "en", True,
   "Money Received. Amount: Tk 8000.00 Sender: 01822093417 Ref: N/A TxnID: 74KQ2ZPA Balance: Tk "
   "8,215.00 03/12/2026 09:41", [("phone", "+8801822093417")])
ok("receipt", "en", True,
   "Cash Out Tk 20,000.00 to 01935876210 successful. Fee Tk 370.00. Balance Tk 1,104.60. TrxID "
   "CLA4R8MW2E at 01/12/2026 18:22", [("phone", "+8801935876210")])
ok("receipt", "bn", True,
   "আপনার রকেট একাউন্টে ৳১২,৫০০ জমা হয়েছে (ক্যাশ ইন)। এজেন্ট: ০১৬৭৫২০৯৩৪৮। ফি: ৳০। ব্যালেন্স: "
   "৳১৩,০২২। TxnId: 4812093375", [("phone", "+8801675209348")])
ok("receipt", "bn-Latn", True,
   "bhai dokaner maler 50k pathailam nagad e, TxnID 8HZP3KQ1, check kore janaben. baki ta sunday te")
ok("receipt", "en", False,
   "Recharge of Tk 99 to 01552310876 successful. Your balance is Tk 104.35. Thank you for using "
   "Teletalk.", [("phone", "+8801552310876")])
ok("receipt", "bn", False,
   "আপনার ডেসকো প্রিপেইড মিটারে ১০০০ টাকার রিচার্জ সফল হয়েছে। টোকেন: 4821 0937 1164 0283 5519")

# ---- joke (7: 5 hard)
ok("joke", "bn-Latn", True,
   "Bou amar passport ta lukay rakhse jate Cox's Bazar e bondhuder sathe jaite na pari 😂😂 eta ki "
   "manob pachar er moddhe pore?")
ok("joke", "en", True,
   "My boss took my phone in the meeting and I haven't been allowed to leave the office since 9am. "
   "Send help. Ransom payable in biryani 😭")
ok("joke", "bn", True,
   "শ্বশুরবাড়িতে আমারে আটকায় রাখছে, তিন বেলা পিঠা খাওয়াইতেছে, ছাড়তেছে না 😂 মুক্তিপণ হিসেবে এক বক্স "
   "মিষ্টি চাইছে")
ok("joke", "bn-Latn", True,
   "ammu bolse porikkhay fail korle amake bechi dibe 😂 market e amar dam koto hobe bhai?")
ok("joke", "en", True,
   "wife says I owe her so much for the new fridge that I'll be working off the debt until 2035 lmao")
ok("joke", "bn", False,
   "শিক্ষক: বল তো সবচেয়ে ভয়ংকর জিনিস কোনটা? ছাত্র: স্যার, মাসের শেষে বিদ্যুৎ বিল 😂")
ok("joke", "bn-Latn", False,
   "ajke biye barite khawa dawa korte korte pet ta football hoye gese 😂")

# ---- chatter (8: 5 hard)
ok("chatter", "bn-Latn", True,
   "bhai ei number e whatsapp koris +966 55 318 2047, Riyadh e notun sim nilam",
   [("phone", "+966553182047")])
ok("chatter", "en", True,
   "my cousin got an offer as a driver in Jeddah, 1800 riyal plus food allowance. is that a good "
   "salary there? he is thinking about it")
ok("chatter", "bn", True,
   "দুবাই থেকে আসার সময় দুইটা আইফোন আনবি? টাকা বিকাশে পাঠায় দিমু। তোর নতুন নাম্বার +971 50 412 7793 তো?",
   [("phone", "+971504127793")])
ok("chatter", "bn-Latn", True,
   "Malaysia calling visa r factory visa er difference ta ki keu bolte parben? amar mama legally "
   "agency diye jete chay")
ok("chatter", "en", True,
   "lol our striker got sold to Mohammedan for 40 lakh this window, crazy transfer fees these days")
ok("chatter", "en", False,
   "Meeting shifted to 4pm, bring the laptop charger pls")
ok("chatter", "bn", False,
   "কাল সকালে বাজারে যাবি? ইলিশের দাম নাকি কমছে")
ok("chatter", "bn-Latn", False,
   "tor exam kemon holo? ei chobi ta dekh 😂 "
   "https://scontent.fdac27-1.fna.fbcdn.net/v/t39.30808-6/471029_835562190_n.jpg")

# ---- family (7: 5 hard)
ok("family", "bn", True,
   "আব্বা, পাসপোর্টটা আলমারির ড্রয়ারে রাইখা দিছি। ভিসা আসলে এজেন্সিতে নিজে গিয়া জমা দিমু, রশিদ নিমু। "
   "টাকা ব্যাংকে জমা দিছি।")
ok("family", "bn-Latn", True,
   "Ammu tomar bkash e 20 hajar pathalam, 5 hajar nanur oshudher jonno. Beton pele baki ta pathabo")
ok("family", "en", True,
   "Beta, your uncle is keeping all our passports in his safe until the umrah trip next month, so "
   "don't ask for yours now")
ok("family", "bn", True,
   "ছোট মেয়েটার বয়স ১৪, ওর জন্মনিবন্ধনে নামের বানান ভুল আছে। বৃত্তির জন্য ঠিক করাইতে ইউনিয়ন পরিষদে "
   "যাইতে হবে কাল")
ok("family", "bn-Latn", True,
   "Abbu bolse jomi bondhok na diye bank theke loan nibe tomar Japan er language course er jonno, "
   "tumi tension nio na")
ok("family", "en", False,
   "Dinner at khala's place tonight, don't be late, and bring sweets")
ok("family", "bn", False,
   "নানু আজকে একটু ভালো আছে, ডাক্তার বলছে আরো এক সপ্তাহ ওষুধ চালাইতে")


def main():
    rows = []
    for cat, script, text, ents in FLAG:
        rows.append({"text": text, "label": "flag", "category": cat, "script": script,
                     "voice": "victim_or_recruiter", "hard": False, "entities": ents})
    for voice, script, hard, text, ents in OK:
        rows.append({"text": text, "label": "ok", "category": None, "script": script,
                     "voice": voice, "hard": hard, "entities": ents})
    random.Random(12).shuffle(rows)  # deterministic order; ids do not reveal the label
    with OUT.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"dev12-{i:04d}", "text": r["text"], "label": r["label"],
                   "category": r["category"], "script": r["script"], "voice": r["voice"],
                   "hard": r["hard"], "entities": settle(r["text"], r["entities"])}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
