"""Blind dev set dev40: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a cyber-crime unit's examiner of young, educated victims: scam compounds in Myanmar, Cambodia and Laos, the Europe route through Libya and the Balkans; more English and Banglish, tech words and text-speak. Held out from round 5 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib, json, random, re, collections

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def btc(seed):  return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])
def tron(seed): return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])
def eth(seed):  return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]

BTC1, BTC2 = btc("dev40-btc-1"), btc("dev40-btc-2")
TRX1, TRX2, TRX3 = tron("dev40-trx-1"), tron("dev40-trx-2"), tron("dev40-trx-3")
ETH1, ETH2 = eth("dev40-eth-1"), eth("dev40-eth-2")

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def T(v): return {"type": "telegram", "value": v}
def I(v): return {"type": "instagram", "value": v}
def E(v): return {"type": "email", "value": v}
def PP(v): return {"type": "bd_passport", "value": v}
def N(v): return {"type": "bd_nid", "value": v}
def X(v): return {"type": "mfs_transaction", "value": v}
def BT(v): return {"type": "btc_address", "value": v}
def ET(v): return {"type": "eth_address", "value": v}
def TR(v): return {"type": "tron_address", "value": v}

# ---------------- FLAG items: (category, script, text, entities) ----------------
FLAG = [
# recruitment_deception (8: bn2, Latn3, en3)
("recruitment_deception", "en",
 "Hiring urgent!! Customer service executive (English chat support) in Thailand 🇹🇭 salary 1200-1500 USD + commission. No experience needed, just basic typing. Free air ticket, free hostel & food. Visa we process, you only bring passport. Only serious ones DM on telegram @hr_siamglobal_jobs",
 [T("@hr_siamglobal_jobs")]),
("recruitment_deception", "en",
 "bro the company is legit i swear, my cousin's friend went last month. its data entry for a gaming co in bangkok, they said after landing a car will pick u up n take u to the office near the border. dont tell ur parents its myanmar side they will panic lol. just say thailand",
 []),
("recruitment_deception", "en",
 "Madam the job is in Croatia hotel housekeeping, 900 euro. But first you go on Serbia tourist visa, from there company takes you across, they call it the game. work permit will be done after you reach. dont worry 100s of our people done it",
 []),
("recruitment_deception", "bn-Latn",
 "Vai IT job ase Cambodia te, shudhu computer chalate parlei hobe. Beton 1000$ start, thaka khaoa company dibe. Ticket o ora katbe. Interview kisui na, just whatsapp e cv pathan wa.me/85512784561 . Seat kom, kalker moddhe confirm koren",
 [W("+85512784561")]),
("recruitment_deception", "bn-Latn",
 "ami jani apni ekhon student visa te jete chacchen. Romania te university admission ami kore dibo kintu class kora lagbe na, oikhane giye kaj korben factory te. IELTS lagbe na. eta sobai kore, keu dhore na",
 []),
("recruitment_deception", "bn-Latn",
 "dost ekta offer aise, laos e online marketing er kaj, english e client er sathe chat korbi. 800 dolar mash e. oi lok bolse airport e visa on arrival, boss er lok niye jabe. kono tk lagbe na age. kemon lage?",
 []),
("recruitment_deception", "bn",
 "ভাই এইটা সরকারি কোটা না, আমাদের নিজস্ব লাইন। লিবিয়া হয়ে ইতালি, ওখানে গিয়ে কাগজ হয়ে যাবে। লিবিয়ায় দুই তিন মাস কোম্পানির কাজ করবেন তারপর বোটে তুলে দিবে। সব দায়িত্ব আমার",
 []),
("recruitment_deception", "bn",
 "মালয়েশিয়ায় অফিস সহকারী পোস্টে ছেলে মেয়ে নেওয়া হবে, কম্পিউটার জানলেই চলবে। মাসে ৯০ হাজার টাকা। ভিজিট ভিসায় যাবেন, ওখানে গিয়ে ওয়ার্ক পারমিট করে দিবে। যোগাযোগ ০১৮৪৫-৩২৭৬১৯",
 [P("+8801845327619")]),
# fees_and_debt (8: bn3, Latn3, en2)
("fees_and_debt", "en",
 "They said my ticket, visa and 'training' cost the company 4500 usd and I have to work it off. every month they show a new number, fine for being late, fine for low target. its been 5 months and i owe MORE than when i came",
 []),
("fees_and_debt", "en",
 "sir the processing is 6.5 lakh total. 3 lakh now for the permit, rest after the visa sticker comes. If you back out the first part is not refundable ok. Can do land paper as guarantee if cash is short",
 []),
("fees_and_debt", "bn-Latn",
 "Amar abba jomi bondhok rakhse 4 lakh er jonno, r ekhane boss bole ami naki 3000 dollar er dena, oi tk shodh na howa porjonto kono beton nai. keo bujhe na ami ki obosthay asi",
 []),
("fees_and_debt", "bn-Latn",
 "serbia r file er jonno 2 lac advance lagbe, ar croatia te dhukar por baki 5 lac. tk na dile file agabe na. ami kisti te dite parbo ki? -- na vai cash lagbe, ngo theke loan nen",
 []),
("fees_and_debt", "bn-Latn",
 "company theke onno company te bikri kore dise amake. ekhon notun boss bole 8000$ diye kinse amake, seta ferot na dile ber hote parbo na. salary theke kete nibe protimash",
 []),
("fees_and_debt", "bn",
 "এখানে আসার পর বলে যে টিকিট আর থাকার খরচ সব আমার নামে লোন। প্রতি মাসে বেতন থেকে কেটে নেয়, হাতে পাই মাত্র ৫০ ডলার। কবে শোধ হবে কেউ বলতে পারে না",
 []),
("fees_and_debt", "bn",
 "ভাই ৭ লাখ দিছি দালালরে, মায়ের গয়না বেচে, এনজিও থেকে কিস্তি নিয়া। এখন বলে আরো দেড় লাখ দিলে তবেই ওয়ার্ক পারমিট হবে নাইলে আগের টাকাও যাবে",
 []),
("fees_and_debt", "bn",
 "মেডিকেল আর ভিসা বাবদ আগে ২ লাখ জমা দিতে হবে, বাকিটা ওখানে গিয়ে কাজ করে কেটে দিবেন। লিখিত কিছু দেওয়া যাবে না ভাই, বিশ্বাসের উপর চলে",
 []),
# payments_and_proceeds (8: bn2, Latn3, en3)
("payments_and_proceeds", "en",
 "To release your brother pay 6000 USDT TRC20 to " + TRX1 + " within 48 hrs. send screenshot after. no police no embassy or price doubles",
 [TR(TRX1)]),
("payments_and_proceeds", "en",
 "don't send to my bkash anymore, they check my phone. send the money to this personal no 01932-604871 it's my friends, he will give cash to the man in dhaka. split it in 3 or 4 sends so no problem",
 [P("+8801932604871")]),
("payments_and_proceeds", "en",
 "new wallet for the team deposits, old one is burned. USDT erc20 only " + ETH1 + " . each agent report daily how much the 'clients' put in",
 [ET(ETH1)]),
("payments_and_proceeds", "bn-Latn",
 "Libya theke phone disilo, bole tomar chele amader kase, 5 lakh na dile chhere dibo na. taka ekta bkash agent er number e dite bolse 01756 218934, 50 hajar kore kore. ami ki korbo kisui bujhtesi na",
 [P("+8801756218934")]),
("payments_and_proceeds", "bn-Latn",
 "boss ajk 3 jon er payment ashse, sob tk hundi te pathay den. nagad e na, rocket e 25k kore vag koren. receipt group e na diye amake inbox e den",
 []),
("payments_and_proceeds", "bn-Latn",
 "vai amar id lock, company bolse 2000 usdt dile chere dibe. eta btc te o nibe: " + BTC1 + " . ammu ke bolo jomi bechar kotha, please kauke bolo na",
 [BT(BTC1)]),
("payments_and_proceeds", "bn",
 "আপনার ছেলেকে ছাড়াতে হলে ৩ লাখ টাকা লাগবে। বিকাশে পাঠান ০১৬৪৭৮৯২৩১০ এই নাম্বারে, ক্যাশ আউট চার্জ সহ। আজকের মধ্যে না হলে আমরা দায়ী না",
 [P("+8801647892310")]),
("payments_and_proceeds", "bn",
 "মামা দুবাই থেকে যে টাকা আসবে ওইটা ব্যাংকে নিয়েন না, এজেন্টের কাছে হুন্ডিতে নিবেন। মেয়েদের টাকা আলাদা খাতায় লিখবেন, কেউ জিগাইলে বলবেন রেমিটেন্স",
 []),
# isolation_and_control (8: bn3, Latn2, en3)
("isolation_and_control", "en",
 "they took all our passports the first day 'for visa extension'. phones only 1 hr at night and supervisor watches the screen. compound has walls with wire and guards w guns. i am using my colleagues phone pls dont reply to this no",
 []),
("isolation_and_control", "en",
 "cant talk much. we are not allowed to go out of the building, food comes inside. if u msg me just say hi im fine in bangla, they use translate on our chats",
 []),
("isolation_and_control", "en",
 "Bhaiya we reached Tripoli but the men brought us to a house and locked the gate from outside. 30 of us in one room. they took my passport A07384152 and phone, this is another guy's phone. pls tell my family",
 [PP("A07384152")]),
("isolation_and_control", "bn-Latn",
 "amar passport ar phone duitai nia nise aish e. bolse kaj sesh hoile ferot dibe. rumer bahire jaite dey na, barir lok ke call dite dile loudspeaker e dite hoy",
 []),
("isolation_and_control", "bn-Latn",
 "vai ami thik nai, amra je building e asi oitar location keo jane na. gate e security, bahire jawa mana. Dhaka te ammur number 01712 448203 e ektu bolben je ami benche asi",
 [P("+8801712448203")]),
("isolation_and_control", "bn",
 "আমারে একটা রুমে আটকাইয়া রাখছে, বাইরে থেকে তালা। দিনে একবার খাবার দেয়। মোবাইল কাইড়া নিছে, এইটা লুকাইয়া রাখা পুরান ফোন। কাউরে কইয়েন না তাইলে আরো মারবো",
 []),
("isolation_and_control", "bn",
 "মালিক কইছে পাসপোর্ট উনার কাছে থাকবো, দেশে যাইতে চাইলে ৩ হাজার রিঙ্গিত দিতে হইবো। আমরা কেউ বাইরে যাইতে পারি না, ইকামা নাই তাই পুলিশ দেখলে ধরে",
 []),
("isolation_and_control", "bn",
 "আপু আমাকে বলছে কারো সাথে কথা বললে চাকরি থাকবে না। এখানে কেউ বাংলা বোঝে না, আমি কোথায় আছি জানি না, শুধু জানি শহর থেকে অনেক দূরে। ফোন রাতে ১০ মিনিট দেয়",
 []),
# labour_exploitation (7: bn3, Latn2, en2)
("labour_exploitation", "en",
 "shift is 14-16 hrs, 7 days. target is 5 'customers' a day who deposit. below target = no food that night and salary cut. 3 months no pay at all, they say salary after 'probation'",
 []),
("labour_exploitation", "en",
 "Ma they dont give the money they promised, 4 months now. we work in a construction site from 5am till dark, sleep in container 12 people. boss keeps saying next month next month",
 []),
("labour_exploitation", "bn-Latn",
 "amra je kaj kori ta holo facebook e fake id diye foreigner der sathe prem er valan kore crypto te invest koranor. eta kaj na eta cheating, kintu na korle mair. beton ekhono 1 tk o pai nai",
 []),
("labour_exploitation", "bn-Latn",
 "vai salary bolse 1200 riyal, dey 600. overtime er tk dey na. off day nai. kisu bolle bole iqama cancel kore dibo. 2 bochor hoilo desh e ekta tk pathaite pari nai",
 []),
("labour_exploitation", "bn",
 "বলছিল অফিসে কম্পিউটারের কাজ, আইসা দেখি খেতে আর গোয়ালে কাজ। রাত ২টা পর্যন্ত খাটায়, ৬ মাসে একটা দিরহামও দেয় নাই",
 []),
("labour_exploitation", "bn",
 "এক বেলা খাবার আর দিনে ১৮ ঘণ্টা কাজ। অসুস্থ হলেও ছুটি নাই, ডাক্তার দেখাইতে দেয় না। বেতন চাইলে বলে আগে লোন শোধ কর",
 []),
("labour_exploitation", "bn",
 "হোটেলো ক্লিনার কইয়া নিছে, অখন তিনটা বাসাত কাম করায়। ফাসফোর্ট কফিলর কাছে। বেতন তিন মাসে একবার দেয়, ইতাও আধা",
 []),
# threats_and_coercion (7: bn2, Latn3, en2)
("threats_and_coercion", "en",
 "They beat 2 guys with the electric baton today in front of everyone bc they tried to run. Manager said next one who tries gets sold to the other company, worse place. i saw the bruises",
 []),
("threats_and_coercion", "en",
 "if ur son stops working or tries to contact embassy we will sell him to another park. you know what happen there. pay the rest and he come home. dont be stupid",
 []),
("threats_and_coercion", "bn-Latn",
 "boss bolse jodi police e jai tahole amar nam e case dibe je ami illegal, jail hobe. ar desh e amar familyr thikana ora jane, lok pathabe. ami voy e kisu korte partesi na",
 []),
("threats_and_coercion", "bn-Latn",
 "ajke abar marse vai, current er shock dise karon target puron hoy nai. bole porer bar pa venge dibe. ami r parchi na",
 []),
("threats_and_coercion", "bn-Latn",
 "tor bon er chobi amader kase ase. jodi chup na thakis ba palanor chesta koris sob facebook e chere dibo. bujhli?",
 []),
("threats_and_coercion", "bn",
 "কফিল বলছে পালাইলে হুরুব দিয়া দিবো, তখন জেলে যাবি। আর তোর বাপ মায়ের কাছে লোক পাঠাইবো টাকার জন্য। চুপচাপ কাজ কর",
 []),
("threats_and_coercion", "bn",
 "তুই যদি দেশত কারে কিছু কস তইলে তোর লাশও ন যাইবো। এড়ে বহুত মানুষ হারাই গেইয়ে, কেউ খবর ন পায়",
 []),
# sexual_exploitation (7: bn3, Latn2, en2)
("sexual_exploitation", "en",
 "new girls from bd arrived, 19-22 yrs, fresh, can go hotel or stay night. booking only through telegram @vip_nightdubai_bk no calls. pay half advance",
 [T("@vip_nightdubai_bk")]),
("sexual_exploitation", "en",
 "the 'dance club job' was a lie. they make us sit with customers and go to rooms. if we say no the madam cuts food and says we owe 2 lakh for the visa. please help us there are 6 bangladeshi girls here",
 []),
("sexual_exploitation", "bn-Latn",
 "apu parlour er job bole niye ashche, ekhon raate gari te kore bivinno hotel e pathay. na gele mare. instagram e ora amader chobi dey @dubai.models.bd ei id te",
 [I("@dubai.models.bd")]),
("sexual_exploitation", "bn-Latn",
 "bhai notun maal ase, bangali meye, boyosh kom. ek raat 500 dirham, short time 200. inbox koren wa.me/971528840317",
 [W("+971528840317")]),
("sexual_exploitation", "bn",
 "প্রেমের কথা বলে বিয়ে করে নিয়ে আসছিল ভারতে, তারপর একটা বাসায় বিক্রি করে দিছে। প্রতি রাতে লোক আসে। আমি পালাইতে চাই আপা",
 []),
("sexual_exploitation", "bn",
 "ভিডিও কলে কাস্টমার খুশি করতে হবে, না করলে খাবার বন্ধ। বলে এটাও তো আইটি জব। মেয়েদের টাকা ম্যানেজার নেয়",
 []),
("sexual_exploitation", "bn",
 "দুবাইয়ে ক্লাবে কাজ, মাসে দেড় লাখ, শুধু সুন্দর মেয়েরা যোগাযোগ করবেন। ছবি পাঠান ইমোতে +৯৭১ ৫৬ ২২৪ ৭১৯০। বয়স ২৫ এর নিচে",
 [P("+971562247190")]),
# minors (7: bn2, Latn2, en3)
("minors", "en",
 "girl is 14 but passport will show 20, we do the birth cert from union office no problem. saudi family needs housemaid urgent, 30000 tk to parents in hand",
 []),
("minors", "en",
 "any boys 13 14 15 for the fish processing, small hands good for work. they stay with us, no school there. parents get advance",
 []),
("minors", "en",
 "the recruiter told my little sister (she's in class 8) to say she is 18 at the airport and to call him 'mama'. he messages her at night on insta @rafi.career.abroad. she wants to go to 'modeling job' in malaysia",
 [I("@rafi.career.abroad")]),
("minors", "bn-Latn",
 "meye ta 12 bochor, bari r kaj korbe dhaka te, tarpor sujog paile dubai. bap ma ke bolsi mase 3000 kore pathabo. school chara diye dise already",
 []),
("minors", "bn-Latn",
 "NID lagbe na, jonmo nibondhon e boyosh barai dibo 2 hajar tk e. tarpor passport hoye jabe. 15 bochor kono bepar na",
 []),
("minors", "bn",
 "মেয়ের বয়স কম তাতে কি, পাসপোর্টে বয়স বাড়িয়ে দিবো। সৌদিতে বাসাবাড়ির কাজ, খাওয়া থাকা ফ্রি। বাবা মাকে অগ্রিম ২০ হাজার দিয়ে দিবো",
 []),
("minors", "bn",
 "ক্লাস সেভেনের ছেলেগুলারে ভারতে কারখানায় পাঠাইছি, ওরা স্কুলের ড্রেসে বর্ডার পার হইছে। আরো তিনটা লাগবে, ১২ থেকে ১৪ বছর",
 []),
]

# ---------------- OK items: (voice, script, hard, text, entities) ----------------
OK = [
# news (hard, bn2 Latn2 en2)
("news", "en", True,
 "Dhaka, Mar 3: CID arrested three members of a ring that lured young graduates with 'IT jobs' in Thailand and sold them to scam compounds in Myanmar. Police said victims' passports were seized on arrival and families paid ransom in USDT. A case was filed under the Prevention and Suppression of Human Trafficking Act 2012.",
 []),
("news", "en", True,
 "23 Bangladeshis rescued from Myawaddy scam centres returned home today via Yangon. The foreign ministry said the returnees will get counselling through IOM. Most had been promised customer-service jobs with $1000 salaries.",
 []),
("news", "bn", True,
 "লিবিয়া থেকে ফেরত এলেন ১৪৪ বাংলাদেশি। আইওএমের সহায়তায় বিশেষ ফ্লাইটে তারা ঢাকায় পৌঁছান। ফেরত আসাদের অনেকে জানান, দালালকে ৫ থেকে ৮ লাখ টাকা দিয়ে ইতালি যাওয়ার আশায় তারা লিবিয়া গিয়েছিলেন।",
 []),
("news", "bn", True,
 "মানব পাচার মামলায় মাদারীপুরের এক দালালের যাবজ্জীবন কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। রায়ে বলা হয়, আসামি বিদেশে ভালো বেতনের চাকরির প্রলোভন দেখিয়ে তিন যুবককে লিবিয়ায় পাঠিয়ে জিম্মি করে মুক্তিপণ আদায় করেন।",
 []),
("news", "bn-Latn", True,
 "khobor dekhlam RAB 7 jon re dhorse jara cambodia te IT job er kotha bole manush pathaito. ora naki passport rekhe dito r family theke tk nito. ekhon case cholbe",
 []),
("news", "bn-Latn", True,
 "ajker prothom alo te ase serbia border e 40 jon bangladeshi aatok, police ora niye gese camp e. embassy bolse ora sobai jobo nirapode desh e ferot ante",
 []),
# awareness (hard)
("awareness", "en", True,
 "⚠️ Think before you go. If a 'recruiter' on Telegram offers $1500 for simple typing work in Cambodia, Laos or Myanmar with free flights, it is very likely a scam compound. Never hand over your passport. Report suspicious offers to the 999 helpline or the anti-trafficking cell.",
 []),
("awareness", "en", True,
 "Students: a 'student visa' that doesn't require you to attend classes is not a student visa. Check the university on the official ministry website and only use consultancies registered with the government. Ask us anything at info@safemigrationbd.org",
 [E("info@safemigrationbd.org")]),
("awareness", "bn", True,
 "সতর্কবার্তা: বিদেশে চাকরির আগে বিএমইটিতে নিবন্ধন করুন। কোনো দালালের হাতে পাসপোর্ট দেবেন না। অতিরিক্ত টাকা চাইলে বা বেতন না দিলে প্রবাসবন্ধু কল সেন্টারে যোগাযোগ করুন।",
 []),
("awareness", "bn", True,
 "আমাদের এনজিও আগামী শুক্রবার ইউনিয়ন পরিষদে নিরাপদ অভিবাসন বিষয়ে উঠান বৈঠক করবে। লিবিয়া হয়ে ইউরোপ যাওয়ার ঝুঁকি, মুক্তিপণ চক্র আর দালালের প্রতারণা নিয়ে আলোচনা হবে। অভিভাবকদের আসতে অনুরোধ।",
 []),
("awareness", "bn-Latn", True,
 "Sobaike share koren: online e 'game' diye Europe jawar kotha bole je dalal ra tk nicche, tara beshirbhag e manush ke border e fele rakhe. Europe e legal vabe jete hole work permit embassy theke check koren.",
 []),
("awareness", "bn-Latn", True,
 "boss amar ekta post ase FB te, 'IT job abroad' er scam kivabe chinben. 1) salary onek beshi 2) kaj clear na 3) visa on arrival bole. share dilam jate keo na fase",
 []),
# official (hard)
("official", "en", True,
 "BMET notice: Government-fixed migration cost for Malaysia is Tk 78,990 per worker, including service charge. Workers must register and collect the smart card before departure. Recruiting agencies charging more will face licence cancellation.",
 []),
("official", "en", True,
 "Embassy of Bangladesh, Bangkok – Travel advisory: Bangladeshi nationals are advised not to accept job offers in border areas of Myanmar or Cambodia received via social media. For emergency assistance call +66 81 234 5670.",
 [P("+66812345670")]),
("official", "bn", True,
 "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৫৭), সরকারি অনুমোদিত রিক্রুটিং এজেন্সি। সৌদি আরবে হাসপাতাল ক্লিনার পদে নিয়োগ। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না। সব লেনদেন ব্যাংকের মাধ্যমে, রসিদ দেওয়া হয়।",
 []),
("official", "bn", True,
 "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: রোমানিয়ার ওয়ার্ক পারমিটের জন্য কোনো মধ্যস্বত্বভোগীর কাছে টাকা দেবেন না। ভিসা আবেদন কেবল অনুমোদিত ভিএফএস কেন্দ্রের মাধ্যমে জমা দিন।",
 []),
("official", "bn-Latn", True,
 "Prio applicant, apnar Croatia work visa r appointment 12 tarikh VFS Dhaka te. original passport, police clearance, contract r bank statement niye ashben. kono dalal ke tk diben na. - Licensed agency office",
 []),
("official", "bn-Latn", True,
 "Ami Probashi app e registration kore smart card nite hobe flight er age. fee sudhu sarkari nirdharito, office e receipt diye deya hoy. help lagle amader hotline e call koren 01313-445566",
 [P("+8801313445566")]),
# receipt (hard)
("receipt", "en", True,
 "You have received Tk 25,000.00 from 01715338820. Fee Tk 0.00. Balance Tk 31,452.50. TrxID BK8QW2ZN4M at 14/02/2026 19:42",
 [P("+8801715338820"), X("BK8QW2ZN4M")]),
("receipt", "en", True,
 "Money Received. Amount: Tk 8500.00 Sender: 01877201934 Ref: tuition fee TxnID: 7HX2K9PQ Balance: Tk 9120.00",
 [P("+8801877201934"), X("7HX2K9PQ")]),
("receipt", "bn", True,
 "আপনি ০১৯১৮২২৭৪৬৩ নম্বরে ৳১৫,০০০.০০ সেন্ড মানি করেছেন। ফি ৳০.০০। ব্যালেন্স ৳২,৩১০.৭৫। TrxID CM4RT7YP2D ২০/০৩/২০২৬ ১১:০৫",
 [P("+8801918227463"), X("CM4RT7YP2D")]),
("receipt", "bn", True,
 "প্রিয় গ্রাহক, আপনার হিসাবে বিদেশ থেকে রেমিট্যান্স ৳৬৫,৪২০.০০ জমা হয়েছে (সাথে ২.৫% প্রণোদনা)। প্রেরক: সৌদি আরব। TxnID: 9MD4LX72 ধন্যবাদ, নগদ",
 [X("9MD4LX72")]),
("receipt", "bn-Latn", True,
 "vai tk pathai dilam passport renew er fee er jonno, dekhen: Cash In Tk 5000.00 to 01622 903158 TrxID DJ3NA8XK1P. pore janaiyen",
 [P("+8801622903158"), X("DJ3NA8XK1P")]),
("receipt", "bn-Latn", True,
 "abbu remittance ashse bank e, sms: 'Your A/C credited BDT 42,000 remittance from Malaysia'. kal tuli dibo, chinta koiro na",
 []),
# worker_content (hard)
("worker_content", "en", True,
 "Day in the life of a Bangladeshi software engineer in Kuala Lumpur 🇲🇾 9 to 6, hybrid, salary RM 7500. Company did my employment pass, passport is with me obv 😂 Overtime is rare but paid. Ask me anything in the comments!",
 []),
("worker_content", "en", True,
 "2 yrs in Romania as a delivery rider update: got my residence card renewed, rent is 250 euro shared, i send home about 60k tk a month. Came through a licensed agency, total cost was on paper. Yes its cold af 🥶",
 []),
("worker_content", "bn", True,
 "সৌদিতে আমার ডিউটি ৮ ঘণ্টা, ওভারটাইম করলে আলাদা টাকা। ইকামা কোম্পানি করে দিছে, পাসপোর্ট নিজের কাছে রাখি। এই মাসে বেতন বাড়ছে আলহামদুলিল্লাহ। নতুন যারা আসবেন, চুক্তিপত্র ভালো করে পড়ে আসবেন।",
 []),
("worker_content", "bn", True,
 "দুবাইয়ে কাস্টমার সার্ভিসে তিন বছর হলো। শিফট ৯ ঘণ্টা, মাসে দুইদিন অফ। অনেকে ইনবক্সে জিজ্ঞেস করেন কিভাবে আসলাম — লিংকডইনে আবেদন করে, কোনো টাকা লাগেনি, ভিসা কোম্পানির খরচে।",
 []),
("worker_content", "bn-Latn", True,
 "Assalamualaikum sobaike. ami qatar e electrician, salary 2500 riyal + overtime. company thaka khawa dey. passport amar kache, ashar shomoy BMET e sob kagoj kore ashsi. follow koren amar channel @sylheti_in_qatar instagram e",
 [I("@sylheti_in_qatar")]),
("worker_content", "bn-Latn", True,
 "poland e warehouse er kaj korchi 8 mash. beton shomoy moto ashe, overtime er jonno extra. agency ke tk disilam kintu contract e lekha chilo sob. manushjon ji bolen dalal chara jawa jay",
 []),
# joke (hard)
("joke", "en", True,
 "me after 3 days of typing job at my uncle's shop: 'I have been trafficked into forced labour' 😭😂 salary was 2 singaras and a cha",
 []),
("joke", "en", True,
 "my mom took my passport and phone and said i cant leave the house till exams are over. call the embassy 💀",
 []),
("joke", "bn", True,
 "আম্মু আমার ফোন জব্দ করছে, বলছে রেজাল্ট না আসা পর্যন্ত ফেরত নাই। আমি এখন বন্দি শ্রমিক, বেতন দুই বেলা ভাত 😂",
 []),
("joke", "bn", True,
 "বস বলছে টার্গেট পূরণ না হলে এই মাসে বোনাস নাই। ভাই এইটা অফিস নাকি ক্যাম্বোডিয়ার কম্পাউন্ড 😩🤣",
 []),
("joke", "bn-Latn", True,
 "dost ludo te haira gesi, ekhon 500 tk er dena. bole tk na dile amar pubg id bikri kore dibe 😭😂",
 []),
("joke", "bn-Latn", True,
 "bou bolse salary ta puro tar bkash e dite hobe, nijer kase 200 tk pocket money. vai ami ki ekhon debt bondage e asi 🤣",
 []),
# chatter (hard)
("chatter", "en", True,
 "yo anyone got a good USDT TRC20 wallet? binance fees killing me. gonna move some to trust wallet, will send to " + TRX2 + " test first",
 [TR(TRX2)]),
("chatter", "en", True,
 "valorant tonight? im in lobby. btw who took my account password, someone logged in from cambodia server lol. changed it already",
 []),
("chatter", "bn", True,
 "ভাই কানাডার স্টুডেন্ট ভিসা ফাইলে ব্যাংক সলভেন্সি কত দেখাতে হয়? কনসালটেন্সি বলছে ২৫ লাখ, আমার মনে হয় এত লাগে না",
 []),
("chatter", "bn", True,
 "আজকে সফটওয়্যার কোম্পানির ইন্টারভিউ দিলাম, বেতন বলছে ৬০ হাজার, প্রবেশন ৩ মাস। অফার লেটার আসলে জানাবো ইনশাআল্লাহ",
 []),
("chatter", "bn-Latn", True,
 "btc ajke 5% up. ami kisu sell kore usdt te rakhlam. tui je wallet disili " + ETH2 + " oita te ki arbitrum support kore?",
 [ET(ETH2)]),
("chatter", "bn-Latn", True,
 "germany te masters er jonno blocked account lagbe 11k euro. consultancy 50k tk chaise processing fee hishebe, eta ki beshi? keo janle bolo",
 []),
# family (hard)
("family", "en", True,
 "Ammu I renewed your passport, new number is EB0472913. Keep it in the almirah not in the bag. Flight for umrah is on 12th, I will send money for the agency by bank",
 [PP("EB0472913")]),
("family", "en", True,
 "Rafi just turned 14 so he needs the birth certificate for the board exam registration, can you bring it from dadabari? also school fees due friday",
 []),
("family", "bn", True,
 "খালাম্মা, আপনার মেয়ের বিয়ের কথা এখনই না, ও তো মাত্র ক্লাস নাইনে। আগে এসএসসি দিক। ছেলের বাবা মালয়েশিয়ায় থাকে শুনছি, পরে দেখা যাবে",
 []),
("family", "bn", True,
 "আব্বা, ভিসার জন্য আপনার জাতীয় পরিচয়পত্র নম্বর লাগবে: ১৯৬৮২৬১৫৪৭৩৯২০৮৫৬ ঠিক আছে তো? আর স্পন্সর লেটারে আপনার সাইন লাগবে",
 [N("19682615473920856")]),
("family", "bn-Latn", True,
 "vaiya tumi dubai theke ashar shomoy ammur jonno ekta phone aina. r tk ta bkash koro 01819 554207 e, abbur ausud kinte hobe",
 [P("+8801819554207")]),
("family", "bn-Latn", True,
 "chotobon er boyosh 17, passport korte gele ki baba mar NID lagbe? amar NID 5104328876 diye hobe? passport office e line onek",
 [N("5104328876")]),
# easy negatives (chatter, hard=False)  4 en, 4 bn, 4 bn-Latn
("chatter", "en", False, "reached home, traffic was insane. talk tmrw", []),
("chatter", "en", False, "happy birthday bhaiya!! 🎂 have a great year ahead", []),
("chatter", "en", False, "can u send me the notes for DBMS class? the one from monday", []),
("chatter", "en", False, "Khala the biryani was amazing, please send the recipe on whatsapp wa.me/8801556720381", [W("+8801556720381")]),
("chatter", "bn", False, "আজকে বৃষ্টিতে ভিজে বাসায় আসছি, জ্বর জ্বর লাগতেছে", []),
("chatter", "bn", False, "কালকে খেলা দেখবি? বাংলাদেশ বনাম শ্রীলঙ্কা, সন্ধ্যা ৭টায়", []),
("chatter", "bn", False, "আম্মা ভাত খাইছেন? আমি অফিস থেকে বের হইলাম", []),
("chatter", "bn", False, "ঈদের ছুটিতে সিলেট যাচ্ছি, চা বাগানে ঘুরবো 😍", []),
("chatter", "bn-Latn", False, "kire koi tui? 10 min dhore wait kortesi", []),
("chatter", "bn-Latn", False, "aj rate biryani khabo, kacchi bhai te jabi?", []),
("chatter", "bn-Latn", False, "amar laptop er charger ta dis to, kalke ferot dibo", []),
("chatter", "bn-Latn", False, "oi pic ta pathaye de, profile e dibo 😎", []),
]

# flag items said indirectly (few or none of the obvious words): marked hard=True
INDIRECT = ["bro the company is legit", "dost ekta offer aise", "boss ajk 3 jon", "মামা দুবাই থেকে",
            "cant talk much", "আপু আমাকে বলছে", "Ma they dont give", "tor bon er chobi",
            "তুই যদি দেশত", "ভিডিও কলে", "any boys 13 14 15", "new wallet for the team",
            "amra je kaj kori", "the recruiter told my little sister"]

BN2ASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
ADDR_TYPES = {"btc_address", "tron_address"}

def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        t = it["text"].translate(BN2ASCII)
        digits = re.sub(r"\D", "", t)
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                assert v[-9:] in digits, (it["id"], v)
            elif e["type"] == "bd_nid":
                assert re.fullmatch(r"\d{10}|\d{13}|\d{17}", v) and v in digits, (it["id"], v)
            elif e["type"] in ADDR_TYPES:
                assert v in t, (it["id"], v)
            else:
                assert v.lower() in t.lower(), (it["id"], v)
            if e["type"] == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v), v
            if e["type"] == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v), v
        # every crypto/TrxID-like token in text must be listed
        for a in re.findall(r"\b[13T][1-9A-HJ-NP-Za-km-z]{25,34}\b|\b0x[0-9a-fA-F]{40}\b", t):
            assert any(a.lower() == e["value"].lower() for e in it["entities"]), (it["id"], a)
    c = collections.Counter(i["label"] for i in items)
    assert c["flag"] == 60 and c["ok"] == 60, c
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    sc = collections.Counter(i["script"] for i in items)
    assert all(35 <= n <= 45 for n in sc.values()), sc

def main():
    items = []
    for cat, scr, text, ents in FLAG:
        hard = any(text.startswith(k) for k in INDIRECT)
        items.append({"text": text, "label": "flag", "category": cat, "script": scr,
                      "voice": "victim_or_recruiter", "hard": hard, "entities": ents})
    for voice, scr, hard, text, ents in OK:
        items.append({"text": text, "label": "ok", "category": None, "script": scr,
                      "voice": voice, "hard": hard, "entities": ents})
    random.Random(40).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev40-{n:04d}", **it})
    check(out)
    assert sum(1 for i in out if i["label"] == "flag" and i["hard"]) == len(INDIRECT)
    with open("eval/dev/dev40.jsonl", "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
