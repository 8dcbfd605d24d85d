#!/usr/bin/env python3
"""Blind evaluation set dev13 for evidtriage (issue 15). Written without sight of the rules."""
import hashlib, json, random

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    for b in data:
        if b == 0: s = "1" + s
        else: break
    return s

TRON = b58check(b"\x41" + hashlib.sha256(b"dev13-tron").digest()[:20])
ETH = "0x" + hashlib.sha256(b"dev13-eth").hexdigest()[:40]
BTC = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"

def P(v): return {"type": "phone", "value": v}
def E(t, v): return {"type": t, "value": v}

items = []
def F(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))
def O(voice, script, hard, text, ents=()):
    items.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))

# ---------------- recruitment_deception ----------------
c = "recruitment_deception"
F(c, "bn", "ভাই মালয়েশিয়ায় ফ্যাক্টরির কাজ বইলা নিয়া আসছে, এখন দেখি জঙ্গলের ভিতরে পাম বাগানে কাম। যেই বেতনের কথা কইছিল তার অর্ধেকও দেয় না, দালাল এখন ফোন ধরে না")
F(c, "bn", "জরুরি ভিত্তিতে সৌদি আরবে ক্লিনার নেয়া হইবে। বেতন ১২০০ রিয়াল, থাকা খাওয়া ফ্রি। ভিসা হইবো টুরিস্ট, ওইখানে গিয়া কাজের ভিসা কইরা দিমু কোনো চিন্তা নাই। যোগাযোগ ০১৮১৯-৪৪৭২১৩",
  [P("+8801819447213")])
F(c, "bn", "আমারে কইছিল দুবাই হোটেলো কাম, আইয়া দেখি মরুভূমিত উট চরানির কাম। ভিসাও আছিল দুই নম্বরি, পরে জানলাম ওইটা আসল না, কোম্পানির নামও ভুয়া")
F(c, "bn", "থাইল্যান্ডে কম্পিউটারে ডাটা এন্ট্রির চাকরি বলছিল, মাসে ৮০ হাজার টাকা। এখন বর্ডার পার করাইয়া মিয়ানমারের একটা কম্পাউন্ডে রাখছে, সারাদিন ফেসবুকে মানুষরে ঠকানোর কাজ করায়")
F(c, "bn-Latn", "bhai free visa te saudi jaben? kofil er kono jhamela nai, giye nijer moto kaj koiren. 3 lakh e shob kore dibo, akama pore hoye jabe")
F(c, "bn-Latn", "amk bolsilo Romania te factory job, contract e lekha 600 euro. ekhon Libya te ana hoise, ek gudam e boshaye rakhse, bole boat e kore Italy pathabe")
F(c, "bn-Latn", "calling visa ready ase malaysia, experiance lagbe na. smart card er jhamela nai, airport e amader lok setting kore dibe, apni shudhu passport ar taka niye ashben")
F(c, "en", "Need 30 male for Dubai company, go on visit visa first after reach company will convert work visa 100% guarantee. salary 2000 AED duty 8 hr. whatsapp wa.me/8801731509846 or cv to gulfjobs.bd2026@gmail.com",
  [E("whatsapp", "+8801731509846"), E("email", "gulfjobs.bd2026@gmail.com")])
F(c, "en", "brother they told me job in Poland warehouse, after I pay they gave visa paper but embassy said it is fake. agent now saying visa is processing other way, be patient, but he not returning money")
F(c, "en", "Sir the contract i signed in Dhaka was electrician 1500 riyal, here kafeel give another contract only arabic 800 riyal and work is sheep farm in desert. he say sign or go back your own cost")

# ---------------- fees_and_debt ----------------
c = "fees_and_debt"
F(c, "bn", "বাবা জমি বন্ধক রাইখা সাড়ে ছয় লাখ দিছিলো দালালরে। এখন এইখানে আসার পর কয় আরো দেড় লাখ লাগবো আকামার জন্য, না দিলে কাজ নাই, রাস্তায় থাকতে হইবো")
F(c, "bn", "প্রথম ছয় মাস বেতনের পুরাটাই কোম্পানি কাইটা রাখবো, ভিসার খরচ আর টিকিটের টাকা উঠলে তারপর হাতে পাবা। এইটাই নিয়ম, সবাই মাইনা নেয়, তুমিও নিবা")
F(c, "bn", "দালাল কাকা বলছে যাওয়ার আগে দুই লাখ দিলেই হবে, বাকি চার লাখ ওইখানে গিয়া কাজ কইরা শোধ করবি। টাকা শোধ হওয়ার আগ পর্যন্ত তোর কাগজপত্র উনাদের হাতেই থাকবো")
F(c, "bn", "অ ভাই, ঋণর টিয়া শোধ ন অইলে মালিক ছুটি ন দিবো কইয়ে, এক বছর ধরি এক টিয়াও হাতত ন পাই, হিসাব চাইলে কয় আরো বাকি আছে")
F(c, "bn-Latn", "vai apnar mama re bolen 5 lac e hobe na. malaysia r govt fee ja e thakuk amader rate 5.5, advance 2 lakh bkash koren 01712-558430 ei number e personal, baki ta flight er age",
  [P("+8801712558430")])
F(c, "bn-Latn", "ekhane ashar por agent bole ticket er taka o amr baton theke katbe, protimash 400 ringgit kete nicche. ami to jantam ticket company dibe, ekhon bole kono upay nai")
F(c, "bn-Latn", "amar dena 3 lakh ekhono shodh hoy nai, boss bolse shodh na howa porjonto deshe jaite parbi na, kaj kortei hobe. protimash sud o jog kore")
F(c, "en", "Processing fee 650000 taka for Saudi company visa, 50% advance rest pay after visa come. no receipt we give, trust basis. send in Nagad 01987-334512",
  [P("+8801987334512")])
F(c, "en", "Madam I owe the agency 4 lakh they say I must work 2 years without salary to pay back, every month they add interest so it never finish")
F(c, "en", "After landing Kuala Lumpur the agent ask every worker RM 3000 more for permit, who cannot pay he keep in hostel and write it in his book as loan")

# ---------------- payments_and_proceeds ----------------
c = "payments_and_proceeds"
F(c, "bn", "তোর ভাই আমাদের কাছে আছে। তিন লাখ টাকা বিকাশে পাঠা ০১৬২৪৮৮৭১০৯ নম্বরে, ক্যাশ আউট খরচসহ। টাকা না আসলে ওর সাথে আর কথা বলতে পারবি না",
  [P("+8801624887109")])
F(c, "bn", "লিবিয়া থেকে ফোন আইছে, আমার পোলারে আটকাইয়া মারতাছে, কয় সাত লাখ দিলে ছাড়বো। ওরা একটা বিকাশ এজেন্টের নম্বর দিছে, টাকা ভাইঙ্গা ভাইঙ্গা পাঠাইতে কইছে")
F(c, "bn", "আজকের কালেকশন ৪২ হাজার। মেয়েগুলার হাতে কিছু দিবা না, পুরা টাকা হুন্ডিতে পাঠাই দাও। নগদের পার্সোনাল নাম্বার বদলাইছি ০১৯১১-২০৩৫৭৭",
  [P("+8801911203577")])
F(c, "bn", f"মামা ইউএসডিটি তে পাঠাইলেও হইবো, টিআরসি২০ অ্যাড্রেস দিলাম {TRON} । ৫০০০ ডলার না আসলে ছেলেরে অন্য কোম্পানির কাছে বেইচা দিমু",
  [E("tron_address", TRON)])
F(c, "bn-Latn", "bhai apnar chele ke chharaite hole 4 lakh lagbe, nagad e pathan 01558-902144, ek barey na, 20 hajar kore vinno vinno dokan theke",
  [P("+8801558902144")])
F(c, "bn-Latn", "boss bollo meyeder income sob rocket e jabe 01845667230 ei number e, ar ami protidin hishab pathabo. kauke cash hate dibi na, dhora khaile tor dosh",
  [P("+8801845667230")])
F(c, "bn-Latn", f"taka ta USDT te dile taratari hobe bollo, ei address e: {ETH} tarpor video call e bhaiya ke dekhabe, tarpor chere dibe",
  [E("eth_address", ETH)])
F(c, "en", "Your husband is with us. send 250000 tk by bkash to 01798-112640 before 8 pm. police involve means you will not see him again",
  [P("+8801798112640")])
F(c, "en", f"Pay the release fee in BTC only: {BTC} . 1800 usd then we let him go back over the border, no bank no bkash",
  [E("btc_address", BTC)])
F(c, "en", "boss said all tips from customers in spa must give to madam, she keep in her account and send to Dhaka by hundi every week, girls get nothing in hand")

# ---------------- isolation_and_control ----------------
c = "isolation_and_control"
F(c, "bn", "আম্মা আমার ফোন ম্যাডাম নিয়া রাখছে, সপ্তাহে একদিন পাঁচ মিনিট দেয়। এইটা পাশের বাসার মেয়ের ফোন থেকে লিখতেছি, আপনে এই নাম্বারে ফোন দিয়েন না")
F(c, "bn", "পাসপোর্টগুলো কফিলের কাছে, চাইলে বলে ছুটিতে যাওয়ার সময় দিবে। তিন বছর হইছে এখনো ছুটিও দেয় নাই, পাসপোর্টও না")
F(c, "bn", "বাড়িতে ফোন দিলে বলবি গার্মেন্টসে কাজ করিস, ভালো আছিস। এর বাইরে একটা কথাও বলবি না, আমরা সব শুনি")
F(c, "bn", "রুমে তালা দিয়া রাখে, বাইরে একজন লোক সবসময় বইসা থাকে। কাজ শেষে গাড়িতে কইরা আনে আবার রুমে ঢুকায়, দোকানেও একা যাইতে দেয় না")
F(c, "bn-Latn", "kauke bolben na apnara kothay achen, family jiggesh korle bolben Dhaka te training hocche. mobile gula amar kache joma thakbe training sesh howa porjonto")
F(c, "bn-Latn", "apu amader ghor theke ber hote dey na, janala o bondho, 8 jon ek ghore thaki. amar passport B04567219 ta o rekhe dise tader 'safe' e",
  [E("bd_passport", "B04567219")])
F(c, "bn-Latn", "mobile rekhe dise company, bole kajer somoy mobile niyom nai, kintu rate o ferot dey na. 2 mash hoye gelo barir karo sathe kotha hoy nai")
F(c, "en", "Dont tell your family where you going, just say you got job in Chittagong. once you reach there we will give new sim, your old sim you throw")
F(c, "en", "they lock the gate from outside every night and security guard have the key. if we want go hospital also must take permission from supervisor and he come with us")
F(c, "en", "my passport and iqama employer keeping, he say if i want back i must finish 2 more year. i am not allow go outside without his son")

# ---------------- labour_exploitation ----------------
c = "labour_exploitation"
F(c, "bn", "৯ মাস ধইরা বেতন দেয় না, কয় জমা থাকতেছে, দেশে যাওয়ার সময় একবারে দিবো। খাওন দেয় একবেলা, তাও শুকনা রুটি")
F(c, "bn", "সকাল ৬টা থেইকা রাত ১২টা পর্যন্ত কাম, শুক্রবারেও ছুটি নাই। অসুখ হইলে ঐদিনের বেতন কাইটা রাখে, ডাক্তারও দেখায় না")
F(c, "bn", "আমগোরে এক মালিক আরেক মালিকের কাছে বেইচা দিছে, নতুন মালিক কয় তোগোরে কিন্না আনছি, টাকা উসুল না হওয়া পর্যন্ত কাম করবি")
F(c, "bn", "ইটভাটায় আমরা সাতজন, দিনে ১৫-১৬ ঘণ্টা ইট টানি, সর্দার মজুরি দেয় না, কয় মৌসুম শেষে হিসাব হইবো। ছুটি চাইলে গালাগালি করে")
F(c, "bn-Latn", "betan dey na 5 mash, chaile bole porer mashe dibo. khana o thik moto dey na, din e ekbar ruti r dal, tao kom")
F(c, "bn-Latn", "amader 18 ghonta duty, ekta break o nai. keu ghumaye porle supervisor pani mare, overtime er kono poisa nai")
F(c, "bn-Latn", "company amake arek company r kache bikri kore dise, ekhon onno site e kaj kori, agreement er kono baton pai na, ager company bole amader dayitto nai")
F(c, "en", "we work 16 hour daily in construction no overtime pay, salary not given 6 month, when ask foreman he say complain anywhere nobody will hear you")
F(c, "en", "Madam give me food only leftover from family, I sleep on kitchen floor, work from 5 morning to 1 night. 4 month she not pay saying she send to my agent")
F(c, "en", "The new kafeel bought my visa from old one, now I work his 3 shops and his farm, same salary no days off, when i ask he say i am his property now")

# ---------------- threats_and_coercion ----------------
c = "threats_and_coercion"
F(c, "bn", "বেশি কথা কইলে হুরুব মামলা দিয়া দিমু, তখন পুলিশ ধইরা জেলে দিবো, আর কোনোদিন দেশে যাইতে পারবি না")
F(c, "bn", "তোর মা বোন কই থাকে আমরা জানি। পালাইলে ওদের কি হইবো একবার চিন্তা কইরা দেখিস")
F(c, "bn", "গতকাল যারা পালাইতে চাইছিল ওদেরকে কারেন্টের শক দিছে, আমারে কইছে টার্গেট পূরণ না হইলে আমারেও দিবো")
F(c, "bn", "থানায় মামলা করলে তোর বাপেরে গ্রামে থাকতে দিমু না, চেয়ারম্যান আমাগো লোক, বুঝছোস? চুপচাপ থাক")
F(c, "bn-Latn", "police er kache gele tor e dhorbe, tor visa nai, deport kore dibe ar jail e pochbi. chup chap kaj kor")
F(c, "bn-Latn", "pailaye jabi? tor bon er chobi amader kache ase, facebook e chere dibo, pura gram dekhbe")
F(c, "bn-Latn", "sir bole je kaj na korle marbe, kal rafiq bhai ke lathi diye mairse, ekhono hate bandej. amader o eki obostha hobe bolse")
F(c, "en", "If you complain to embassy i will file absconding case, then you are illegal and police catch you. think about your children in Bangladesh")
F(c, "en", "we know your house in Narsingdi, your father name, everything. if you run the guys there will visit him")
F(c, "en", "Supervisor hit me with pipe because i ask for salary, he said next time he will break my leg and send me back in box")

# ---------------- minors ----------------
c = "minors"
F(c, "bn", "মাইয়ার বয়স ১৩ হইলে কি হইছে, জন্ম নিবন্ধন নতুন কইরা বানাই দিমু, পাসপোর্টে ১৮ দেখাইবো। সৌদিতে বাসার কাজ, কোনো সমস্যা নাই")
F(c, "bn", "ঢাকায় এক সাহেবের বাসায় কাজের জন্য ১০-১১ বছরের একটা মেয়ে লাগবো, মাসে ২ হাজার বাপ-মায়ের কাছে পাঠামু, মেয়ে বাসাতেই থাকবো, বাইরে যাইবো না")
F(c, "bn", "আমার বয়স ১৫, দালাল ভাই বলছে নতুন আইডি কার্ড কইরা দিবে, দুবাইতে পার্লারে কাজ। মা জানে না, আপনি কাউকে বলবেন না প্লিজ")
F(c, "bn", "স্কুল ছাড়া ছোট ছেলেগুলারে বর্ডার পার কইরা ওপারের কারখানায় দিমু, প্রতি মাথা ৩০ হাজার, বয়স জিগাইলে কইবি আঠারো")
F(c, "bn-Latn", "amar boyos 17 hobe, eta ki somossa hobe? agent bolse certificate e 21 likhe dibe, passport o oibhabe korbe")
F(c, "bn-Latn", "choto meye 12 bochor, basar kaj pare, thaka khawa dile family raji. beton ta amake diben, ami pathiye dibo oder")
F(c, "bn-Latn", "kishori meye lagbe club er jonno, 16-17 hole best, customer ra beshi pochondo kore, rate o beshi")
F(c, "en", "we can make new birth certificate showing 19, the girl is actually 14 but look mature, no problem at airport")
F(c, "en", "Need small boy age 10-12 for house work in Gulshan, no salary only food and clothes, family can visit once a year")
F(c, "en", "the girl is 15, customer paying extra for young one, dont write her age anywhere in chat")

# ---------------- sexual_exploitation ----------------
c = "sexual_exploitation"
F(c, "bn", "দুবাইয়ের একটা পার্লারে কাজ, শুধু সুন্দরী মেয়ে নিবো, বয়স ১৮-২৫, বেতন ১ লাখ ২০ হাজার, ডিউটি রাতে। ছবি ইনবক্সে পাঠান")
F(c, "bn", "ম্যাডাম বলছে প্রতিদিন কমপক্ষে ১০ জন কাস্টমার নিতে হইবো, না নিলে খাবার বন্ধ")
F(c, "bn", "ভারতে নিয়া একটা হোটেলে রাখছে, বলে এইখানে থাকলে মেহমানদের সাথে বসতে হইবো, রাতে থাকতেও হইবো। রাজি না হইলে মারধর করে")
F(c, "bn", "নতুন মাল আসছে বাংলাদেশি, কচি, রুম বুক কইরা নক দেন ০১৭৫৫-৩৯১০২৪, সরাসরি কল না, শুধু মেসেজ",
  [P("+8801755391024")])
F(c, "bn-Latn", "spa te kaj korte hobe oman e, massage er sathe 'extra service' dile tips beshi. ladies only, visa ticket free. tg te knock din @oman_spa_jobs",
  [E("telegram", "@oman_spa_jobs")])
F(c, "bn-Latn", "apa amake hotel e rekhe dise, protidin alada alada lok ase, ami na bolle madam bole tor dena baki ache 2 lakh")
F(c, "bn-Latn", "dance club e job, beton 1 lac 20 hajar, kintu rate customer der sathe jete hobe, ekhane sobai jay, na gele beton kata")
F(c, "en", "Bangladeshi girls available new arrival, outcall incall both, booking only telegram @dhakaroses_vip no direct call",
  [E("telegram", "@dhakaroses_vip")])
F(c, "en", "she was told beauty parlour job in Mumbai but they sold her to a house in Kamathipura, she call her sister from a customer phone")
F(c, "en", "Hiring female for KL massage center, salary RM 4000 + tips, must be slim and fair, work with male customers till late. send photo to insta @kl_spa_hiring",
  [E("instagram", "@kl_spa_hiring")])

# ================= OK items =================
# news (8 hard + 1 plain)
O("news", "bn", True, "রাজধানীর পল্টন থেকে মানব পাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব-৩। তারা বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে যুবকদের লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে জনপ্রতি ৮ লাখ টাকা নিত বলে অভিযোগ।")
O("news", "bn", True, "মালয়েশিয়ায় পাঠানোর নামে প্রতারণা: নারায়ণগঞ্জে আদম ব্যাপারী আটক, উদ্ধার ৪৭টি পাসপোর্ট")
O("news", "bn", True, "টেকনাফ উপকূল থেকে ট্রলারে করে সাগরপথে মালয়েশিয়া পাচারের সময় ২২ জনকে উদ্ধার করেছে কোস্টগার্ড, যাদের মধ্যে ৯ জন শিশু। দালালদের বিরুদ্ধে মামলা হয়েছে।")
O("news", "en", True, "Dhaka tribunal sentences 2 to life imprisonment for trafficking women to India with promise of beauty parlour jobs, verdict delivered on Tuesday")
O("news", "en", True, "Police rescued 14 Bangladeshi men held for ransom in a Tripoli warehouse; families had paid up to Tk 5 lakh through bKash agents, the ministry said")
O("news", "bn", True, "সিআইডি জানিয়েছে, ডিজিটাল হুন্ডির মাধ্যমে প্রবাসী আয় পাচারের অভিযোগে পাঁচ এমএফএস এজেন্টকে গ্রেপ্তার করা হয়েছে। তাদের কাছ থেকে ৩২টি সিম জব্দ করা হয়।")
O("news", "bn-Latn", True, "dekhsen naki news e dilo, amader upazila te ek dalal dhora porse, 30 jon er passport niye palaisilo. ekhon jail e, valo hoise")
O("news", "en", True, "Myanmar scam centre: 31 Bangladeshis repatriated via Thailand, says foreign ministry. They had been lured by fake IT job offers on Facebook and kept in a compound.")
O("news", "bn", False, "আগামীকাল থেকে ঢাকা-চট্টগ্রাম মহাসড়কে চার দিন যান চলাচল নিয়ন্ত্রণ করা হবে, জানিয়েছে সড়ক ও জনপথ বিভাগ।")

# awareness (9 hard)
O("awareness", "bn", True, "সতর্ক থাকুন! বিদেশে চাকরির জন্য কখনো কোনো দালালের হাতে পাসপোর্ট জমা দেবেন না। নিবন্ধিত রিক্রুটিং এজেন্সি ছাড়া কাউকে অগ্রিম টাকা দেবেন না। — প্রবাসী কল্যাণ ডেস্ক")
O("awareness", "bn", True, "ভিজিট ভিসায় কাজের জন্য বিদেশ যাবেন না। ফ্রি ভিসা বলে কিছু নেই। বিদেশে পৌঁছে কেউ যদি আপনার পাসপোর্ট বা ফোন কেড়ে নেয়, নিকটস্থ দূতাবাসে যোগাযোগ করুন।")
O("awareness", "bn-Latn", True, "bhaiyera share koren: passport kauke diben na, agent jodi bole 'passport amar kache rakhen' sathe sathe BMET e janan. 'free visa' r kotha shunle dure thakben")
O("awareness", "en", True, "NEVER give your passport or phone to your employer. Your employer has no right to keep your documents. If wages are not paid, contact the Labour Wing of the Bangladesh Embassy.")
O("awareness", "bn", True, "মেয়েদের বিদেশে পার্লার বা হোটেলে চাকরির লোভনীয় বিজ্ঞাপন দেখে সাড়া দেবেন না। এসব অনেক সময় পাচারের ফাঁদ। সন্দেহ হলে পুলিশকে জানান।")
O("awareness", "en", True, "Child labour is a crime. Do not send children under 14 to work in other people's houses as domestic help. Report child domestic work to your Upazila office.")
O("awareness", "bn-Latn", True, "sabdhan! facebook e 'thailand e data entry job 80k salary' ei dhoroner ad dekhe keu jaben na. oikhane niye scam company te atke rakhe. share kore sobai ke janan")
O("awareness", "bn", True, "উপকূলের মানুষদের প্রতি অনুরোধ: নৌকায় করে সাগরপথে মালয়েশিয়া যাওয়ার ফাঁদে পা দেবেন না। দালালরা মাঝপথে আটকে রেখে মুক্তিপণ দাবি করে।")
O("awareness", "en", True, "If someone call saying your relative is detained abroad and ask money by bKash, do not send. First call the Probashi helpline and verify. Share this with your village.")

# official (8 hard)
O("official", "bn", True, "বিএমইটি নিবন্ধিত রিক্রুটিং এজেন্সি (আরএল-১২৩৪)। মালয়েশিয়া গমনেচ্ছু কর্মীদের সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা। সকল লেনদেন ব্যাংকের মাধ্যমে, রসিদ প্রদান করা হয়। ভিসা প্রসেসিং শেষে পাসপোর্ট ফেরত দেয়া হয়।")
O("official", "en", True, "Notice: Workers selected for Korea EPS must complete the language test. No fee is charged by BOESL other than the government fee of Tk 34,000. Beware of brokers.")
O("official", "bn", True, "আমি প্রবাসী অ্যাপে নিবন্ধন করুন। স্মার্ট কার্ড ছাড়া বিদেশ গমন বেআইনি। কোনো দালালের মাধ্যমে স্মার্ট কার্ড করাবেন না, নিজে জেলা জনশক্তি অফিসে যান।")
O("official", "bn-Latn", True, "assalamualaikum, ami Al-Noor Overseas (RL 1187) theke bolchi. apnar Saudi visa r medical hoye gese, sorkari fee onujayi baki taka bank e jama diben, rashid niben. kono dalal ke taka diben na")
O("official", "en", True, "Dear applicant, your BMET registration is complete. Please collect your smart card from DEMO Dhaka on 12 Nov. Bring your passport and original bank receipt. Email: info@alnooroverseas.com.bd",
  [E("email", "info@alnooroverseas.com.bd")])
O("official", "bn", True, "দূতাবাসের বিজ্ঞপ্তি: যেসব কর্মীর ইকামার মেয়াদ শেষ, তারা সাধারণ ক্ষমার আওতায় জরিমানা ছাড়া দেশে ফিরতে পারবেন। ট্রাভেল পারমিটের জন্য পাসপোর্ট বা আইডির কপি সঙ্গে আনুন।")
O("official", "en", True, "Ministry of Expatriates' Welfare: compensation of Tk 3 lakh will be paid to families of migrant workers who died abroad. Apply through district employment office.")
O("official", "bn", True, "জেলা কর্মসংস্থান ও জনশক্তি অফিস: বিদেশগামী নারী কর্মীদের জন্য ৩০ দিনের গৃহকর্ম প্রশিক্ষণ। বয়স ২৫-৪৫, জাতীয় পরিচয়পত্র ও পাসপোর্টসহ আবেদন করুন।")

# worker_content (7 hard + 3 plain)
O("worker_content", "bn", True, "আলহামদুলিল্লাহ, কোম্পানি এই মাসে বেতন ঠিক সময়ে দিছে, ওভারটাইম সহ ১৯০০ রিয়াল। পাসপোর্ট নিজের কাছেই রাখি, কফিল ভালো মানুষ।")
O("worker_content", "bn-Latn", True, "ammu chinta koiro na, ekhane kaj 8 ghonta, friday off. room e AC ase, khana company dey. beton 1500 ringgit, next month bkash e pathabo")
O("worker_content", "en", True, "Boss give me 2 week holiday to go home for Eid, ticket also company pay. Very good company alhamdulillah")
O("worker_content", "bn", True, "দুবাইয়ের হোটেলে রুম সার্ভিসে আছি দুই বছর, টিপস ভালোই পাই। ম্যানেজার ইন্ডিয়ান কিন্তু ভালো ব্যবহার করে, রাতের ডিউটি মাসে এক সপ্তাহ।")
O("worker_content", "bn-Latn", True, "amar malik amar phone ta niye gelo dekhar jonno je new sim e imo chalu hoise naki, pore ferot dise haha. ekhon video call dite parbo")
O("worker_content", "bn", True, "লন্ডনো রেস্টুরেন্টো কাম করি, সপ্তাহে ৫ দিন। বেতন ঠিকমতো দেয়, মালিক ভালা মানুষ, বাড়িত টেখা পাঠাই হর মাসে।")
O("worker_content", "en", True, "Our supervisor keep all passports in company office for visa renewal, we got them back after 3 days with new iqama stamp. alhamdulillah done")
O("worker_content", "bn", False, "আজকে সাইটে প্রথম দিন, ফোরম্যান সব বুঝাইয়া দিছে। ভালোই লাগতেছে, রুমমেটরাও দেশি।")
O("worker_content", "en", False, "Finished my shift, now cooking rice and dal with roommates. Tomorrow is off day, will go to the beach")
O("worker_content", "bn-Latn", False, "ajke notun machine chalano shikhlam, supervisor bhai onek help korse. kaj ta moja")

# receipt (7 hard + 2 plain)
O("receipt", "en", True, "You have received Tk 15,000.00 from 01711458290. Ref eid. Fee Tk 0.00. Balance Tk 16,230.45. TrxID CJK4M8P2QA at 03/11/2026 19:42",
  [P("+8801711458290"), E("mfs_transaction", "CJK4M8P2QA")])
O("receipt", "en", True, "Money Received. Amount: Tk 8000.00 Sender: 01893220415 Ref: N/A TxnID: 7HXK29QD Balance: Tk 8412.50 28/10/2026 09:15",
  [P("+8801893220415"), E("mfs_transaction", "7HXK29QD")])
O("receipt", "en", True, "Cash-In from A/C: ***7712 Tk 20,000.00 Fee: Tk 0.00 Your A/C Balance: Tk 21,005.00 TxnId: 4410928375 Date: 05-NOV-26 11:02 am. Download Rocket app",
  [E("mfs_transaction", "4410928375")])
O("receipt", "bn", True, "আপনি ৳১০,০০০.০০ পেয়েছেন ০১৮১৭-৬৬৪৩২০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳১২,৫৫০.০০। TrxID DKL9R3T7WB ১২/১১/২০২৬ ২০:১১",
  [P("+8801817664320"), E("mfs_transaction", "DKL9R3T7WB")])
O("receipt", "en", True, "Send Money Tk 5,500.00 to 01924017733 successful. Ref: mayer oshudh. Fee Tk 5.00. Balance Tk 2,114.00. TrxID BHR2W6N0LE at 09/11/2026 08:47",
  [P("+8801924017733"), E("mfs_transaction", "BHR2W6N0LE")])
O("receipt", "en", True, "Cash Out Tk 30,000.00 to 01303558871 successful. Fee Tk 555.00. Balance Tk 1,420.00. TrxID AQZ5T1K8VM at 14/11/2026 16:05",
  [P("+8801303558871"), E("mfs_transaction", "AQZ5T1K8VM")])
O("receipt", "en", True, "Remittance received! Tk 52,340.00 from Malaysia via Upay. Sender: RAHIM UDDIN. TrxID UPY83K20MN. Balance Tk 53,100.00",
  [E("mfs_transaction", "UPY83K20MN")])
O("receipt", "en", False, "Recharge Tk 50 to 01715-220391 successful. Your balance Tk 312.40. Thank you.",
  [P("+8801715220391")])
O("receipt", "bn", False, "আপনার নম্বরে ২ জিবি ইন্টারনেট প্যাক সফলভাবে চালু হয়েছে। মেয়াদ ৭ দিন। ধন্যবাদ।")

# joke (6 hard + 3 plain)
O("joke", "bn", True, "বিয়ের পর বউ আমার ফোনটা নিয়া নিছে, পাসওয়ার্ড সহ 😂 এখন আমি পুরা কফিলের আন্ডারে আছি, ইকামাও নাই 🤣")
O("joke", "bn-Latn", True, "boss amake office e atke rakhse sondha 7 ta porjonto, beton o dibe na bolse jodi report shesh na hoy 😭😂 corporate slavery level 100")
O("joke", "en", True, "My mom is the real dalal, she sold me to my in-laws for 1 kg mishti and a lungi 😂😂")
O("joke", "bn", True, "আমার ছোট ভাই আমার চকলেট মুক্তিপণ হিসেবে আটকাইয়া রাখছে, বিকাশে ২০ টাকা না দিলে ফেরত দিবে না 😂")
O("joke", "bn-Latn", True, "dosto ke bollam passport ta de, bole 'na dost, tui to amake Dubai te bikri kore dibi' 😂😂")
O("joke", "en", True, "Girlfriend took my phone and passport so i cant go cox bazar trip with boys lol, she is full time immigration police")
O("joke", "bn", False, "শিক্ষক: বল তো পৃথিবী গোল কেন? ছাত্র: স্যার, ঘুরতে ঘুরতে কোণাগুলা ক্ষয় হইয়া গেছে 😂")
O("joke", "bn-Latn", False, "biye barite giye 3 plate biryani khaisi, ekhon norte parchi na 😂")
O("joke", "en", False, "Why Dhaka people never get lost? Because they are always stuck in same jam 😂")

# chatter (7 hard + 6 plain)
O("chatter", "bn-Latn", True, "bhai +966 55 123 4567 ei number ta kar? missed call dise 3 bar, ami dhori nai",
  [P("+966551234567")])
O("chatter", "bn", True, "মালয়েশিয়ায় এখন বেতন কত চলতেছে জানো? আমার চাচাতো ভাই কইলো ১৮০০ রিঙ্গিত, ওভারটাইম বাদে")
O("chatter", "en", True, "bro which hotel we booking in Bangkok? the spa near Sukhumvit has good reviews, massage 400 baht only")
O("chatter", "bn-Latn", True, "apnar dubai number ta din, +971 52 987 6543 eta naki? imo te call dilam dhore na",
  [P("+971529876543")])
O("chatter", "bn", True, "ভাই কাল আড্ডায় আসবি? রাশেদ সৌদি থেকে আসছে, ছুটিতে দুই মাস। ওর ইকামা রিনিউ নিয়া অনেক গল্প আছে")
O("chatter", "en", True, "anyone know good agency for Canada student visa? agent in banani asking 3 lakh, is it normal?")
O("chatter", "bn", True, "পার্লারে আজকে ফেসিয়াল করলাম, ৮০০ টাকা নিছে, দুবাই ফেরত আপুটা খুব ভালো কাজ করে")
O("chatter", "bn-Latn", False, "ki obostha? kal match dekhli? Bangladesh jitse finally 🔥")
O("chatter", "bn", False, "আজকে বৃষ্টির কারণে অফিসে যাইতে পারি নাই, রাস্তায় হাঁটু পানি")
O("chatter", "en", False, "bro send me the notes of chapter 5 please, exam on sunday")
O("chatter", "bn", False, "আম্মু বিরিয়ানি রান্না করছে, তাড়াতাড়ি বাসায় আয়")
O("chatter", "bn-Latn", False, "kal theke gym shuru korbo insha allah, keu jabi?")
O("chatter", "bn", False, "শুভ জন্মদিন দোস্ত 🎂 অনেক অনেক দোয়া রইলো")

# family (8 hard + 5 plain)
O("family", "bn", True, "আব্বা তোমার পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, হজের কাগজের সাথে। কাউকে দিও না, হারাইলে ঝামেলা।")
O("family", "bn-Latn", True, "bhaiya, apnar passport number ta ki A07341528? ammur umrah visar form e lagbe",
  [E("bd_passport", "A07341528")])
O("family", "bn", True, "জমি বেচার টাকা থেকে ২ লাখ দিয়া ছোটকারে জাপানে ভাষা শিখতে পাঠাইলাম, কলেজের মাধ্যমে সব বৈধভাবে")
O("family", "en", True, "Amma I sent 40000 by bkash to your number 01721-665093, 10000 for Rumi school fee and rest for bajar",
  [P("+8801721665093")])
O("family", "bn", True, "আপা, তোমার এনআইডি নম্বরটা দাও তো, বিকাশ একাউন্ট খুলতে লাগবো। — জাতীয় পরিচয়পত্র নং: ৪৬১৭২৮৩৯৫০",
  [E("bd_nid", "4617283950")])
O("family", "bn-Latn", True, "Rafi er boyos 16 hoise, ekhono passport kori nai, 18 hole korbo inshallah. bidesh pathabo na, age porashona shesh koruk")
O("family", "bn", True, "খালুর ফোন বন্ধ দুই দিন, সৌদিতে কাজের চাপ বেশি হয়তো। খালা চিন্তা করতেছে, তুমি একবার ইমোতে দেখবা?")
O("family", "en", True, "Baba dont worry about the loan, I will pay the kisti from my salary every month, only 8 more month left")
O("family", "bn", False, "নানু অসুস্থ, সবাই শুক্রবার গ্রামে যাইতেছি। তুই ছুটি নিতে পারবি?")
O("family", "bn-Latn", False, "ammu ami pouche gesi hostel e, khaisi, tension koiro na")
O("family", "en", False, "Happy anniversary amma abba, may Allah keep you both healthy")
O("family", "bn", False, "ছোটকুর রেজাল্ট দিছে, জিপিএ ৫ পাইছে আলহামদুলিল্লাহ 🎉")
O("family", "bn-Latn", False, "apu tomar bacchar jonno jama kinsi, size ta bolo")

random.Random(13).shuffle(items)
with open("/work/blind/dev13.jsonl", "w", encoding="utf-8") as fh:
    for i, it in enumerate(items, 1):
        rec = {"id": f"dev13-{i:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": it["entities"]}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(items), "items written")
