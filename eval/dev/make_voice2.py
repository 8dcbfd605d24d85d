# -*- coding: utf-8 -*-
"""Dev set voice2: 240 innocent hard negatives (label ok) in the voices the packs confuse: awareness 70,
news 50, official 40, receipt 40, worker_content 40, a third in each script. Written on 2026-12-05 by a
helper who never read the rules, the other sets or the code, for round 8 of issue 15; its odd ids were
read to close false alarms by class, its even ids scored before they were read (docs/rules.md,
"Measuring the packs"). Run from the repository root. Writes eval/dev/voice2.jsonl."""
import json, random, re, collections

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def TG(v): return {"type": "telegram", "value": v}
def IG(v): return {"type": "instagram", "value": v}
def EM(v): return {"type": "email", "value": v}
def PP(v): return {"type": "bd_passport", "value": v}
def NID(v): return {"type": "bd_nid", "value": v}
def TX(v): return {"type": "mfs_transaction", "value": v}

ITEMS = {}

ITEMS["awareness"] = [
("bn", "সাবধান! দালাল যদি বলে 'কাউকে বলবেন না, ভিসা একদম পাকা' — বুঝবেন ফাঁদ। বিদেশ যাওয়ার আগে BMET-তে রেজিস্ট্রেশন করুন, সরকারি ফি জেনে নিন। তথ্যের জন্য ১৬১৩৫ নম্বরে ফোন করুন।", []),
("bn", "তোর পরিবারকে শেষ করে দিমু - এমন হুমকি দিলে 999 এ ফোন করুন। চুপ করে থাকবেন না। পাচারকারীরা ভয় দেখিয়েই টাকা আদায় করে।", []),
("bn", "ইমাম সাহেবের জুম্মার বয়ান থেকে: ভাইয়েরা, কেউ যদি বলে 'পাসপোর্ট আমার কাছে জমা রাখো, কোম্পানি রাখবে' — এইটা হারাম কাজের আলামত। নিজের পাসপোর্ট নিজের কাছে রাখবেন। গ্রামের মেয়েদের কাজের লোভ দেখিয়ে নিয়ে যাওয়ার ঘটনাও শুনছি, খেয়াল রাখবেন।", []),
("bn", "ইউনিয়ন পরিষদ থেকে জরুরি ঘোষণা\nঅপরিচিত লোক মালয়েশিয়া/সৌদি পাঠানোর কথা বলে অগ্রিম টাকা চাইলে দিবেন না। সন্দেহ হলে চেয়ারম্যান অফিসে জানান: ০১৭১৫-৪৪২৮১৯", [P("+8801715442819")]),
("bn", "আমি নিজে ফেরত আসা প্রবাসী। আমারে দালাল কইছিল মাসে ৪০ হাজার বেতন, গিয়া দেখি কিছুই না। তাই বলি ভাইরা, চুক্তিপত্র বাংলায় পড়ে নিবেন, ফ্রি ভিসা বলে কিছু নাই।", []),
("bn", "পোস্টার (OCR):\nমানব পাচার রোধে সচেতন হোন\n• বিনা খরচে বিদেশে চাকরি? সাবধান!\n• পাসপোর্ট অন্যের হাতে দিবেন না\n• বেতন না দিয়ে আটকে রাখা অপরাধ\nহেল্পলাইন: ৯৯৯ | ১০৯৮ (শিশু)", []),
("bn", "স্কুলের শিক্ষক হিসেবে অভিভাবকদের অনুরোধ করছি: মেয়েদের 'ঢাকায় ভালো বেতনের গার্মেন্টস চাকরি' দেওয়ার কথা বলে কেউ নিতে চাইলে আগে যাচাই করুন। গত বছর পাশের গ্রামের দুই কিশোরীকে এভাবে ভারতে পাচার করা হয়েছিল।", []),
("bn", "ফরওয়ার্ড করা মেসেজ\n⚠️ ফেসবুকে 'বিদেশে ক্যাশিয়ার/টাইপিং জব, বেতন ২ লাখ, বিমান ভাড়া ফ্রি' — এমন বিজ্ঞাপন দেখলেই রিপ্লাই দিবেন না। এরা পরে পাসপোর্ট আর মোবাইল কেড়ে নেয়, মুক্তিপণ চায়। সবাইকে শেয়ার করুন।", []),
("bn", "ব্র্যাকের মাইগ্রেশন প্রোগ্রামের উঠান বৈঠকে বলা হলো: টাকা দিবেন শুধু রশিদ নিয়ে, ব্যাংকের মাধ্যমে। বিকাশে দালালের পার্সোনাল নম্বরে টাকা পাঠালে পরে প্রমাণ থাকে না।", []),
("bn", "একটা সত্যি ঘটনা বলি। রহিমা (ছদ্মনাম) সৌদিতে গৃহকর্মীর কাজে গিয়েছিলেন। মালিক ছয় মাস বেতন দেয়নি, পাসপোর্ট আটকে রেখেছিল। দূতাবাসে অভিযোগের পর তিনি ফিরে আসেন। আপনার পরিচিত কেউ এমন বিপদে থাকলে প্রবাসী কল্যাণ ডেস্কে যোগাযোগ করুন।", []),
("bn", "দালাল বলবে \"আগে ২ লাখ অ্যাডভান্স দেন, বাকিটা গিয়া বেতন থেকে কাটবো\" - এইটাই ঋণের জাল। একবার ঢুকলে বের হওয়া কঠিন। সরকার নির্ধারিত খরচের বেশি কেউ চাইলে অভিযোগ করুন।", []),
("bn", "মসজিদের মাইকে ঘোষণা: আগামী শুক্রবার বাদ আসর নিরাপদ অভিবাসন নিয়া আলোচনা। বিদেশগামী ভাইবোন ও তাদের অভিভাবকরা উপস্থিত থাকবেন।", []),
("bn", "মেয়েদের সাবধান করছি 🙏 ফেসবুকে প্রেমের সম্পর্ক করে 'বিয়ে করে বিদেশ নিয়ে যাবো' বলে অনেক মেয়েকে পাচার করা হচ্ছে। অচেনা কারো কথায় বাড়ি ছাড়বেন না। মা-বাবাকে জানান।", []),
("bn", "OKUP-এর মাঠকর্মী হিসেবে বলছি, যারা ফেরত এসেছেন আর বেতন পাননি, তারা ওয়েজ আর্নার্স কল্যাণ বোর্ডে আবেদন করতে পারেন। কাগজপত্র নিয়ে আসবেন: পাসপোর্টের কপি, চুক্তিপত্র, স্মার্ট কার্ড।", []),
("bn", "'ভিসার টাকা না দিলে তোর ছেলেরে ওইখানেই আটকায় রাখুম' — এমন ফোন পেলে ভয় পাবেন না, টাকা পাঠাবেন না। সাথে সাথে থানায় বা ৯৯৯-এ জানান। কল রেকর্ড রাখুন।", []),
("bn", "জেলা প্রশাসনের ক্যাম্পেইন ব্যানার: \"বৈধ পথে বিদেশ যান, নিরাপদে ফিরুন\" — প্রশিক্ষণ নিন TTC থেকে, রেজিস্ট্রেশন করুন আমি প্রবাসী অ্যাপে।", []),
("bn", "রোহিঙ্গা ক্যাম্পের আশেপাশে নৌকায় মালয়েশিয়া নেওয়ার কথা বলে টাকা তোলা হচ্ছে। মাঝসমুদ্রে আটকে রেখে পরিবারের কাছে মুক্তিপণ চাওয়া হয়। এই পথে কেউ যাবেন না।", []),
("bn", "বাবা-মায়েরা শুনুন, ১৮ বছরের নিচের কোনো মেয়েকে কাজের জন্য বিদেশ পাঠানো বেআইনি। কেউ জন্মসনদে বয়স বাড়িয়ে পাসপোর্ট করে দেবে বললে বুঝবেন সে পাচারকারী চক্রের লোক।", []),
("bn", "আলোচনা সভার নোট ✍️\n১. দালাল চেনার উপায় - লাইসেন্স নাই, অফিস নাই, শুধু মোবাইল\n২. চুক্তির কপি হাতে না দিলে যাবেন না\n৩. বিদেশে গিয়া পাসপোর্ট মালিক রাখলে দূতাবাসে জানাবেন\n৪. সমস্যায় ফোন: ০১৮১৯-৩৩০৫৭১ (স্বেচ্ছাসেবক মনির)", [P("+8801819330571")]),
("bn", "অনেকে আমাকে ইনবক্সে জিজ্ঞেস করেন, 'ভাই, কলিং ভিসা আসল কিনা বুঝবো কেমনে?' উত্তর: BMET-এর ওয়েবসাইটে রিক্রুটিং এজেন্সির লাইসেন্স নম্বর মিলিয়ে দেখুন। ভিসা নম্বর দিয়ে সংশ্লিষ্ট দেশের সাইটে চেক করা যায়।", []),
("bn", "সতর্কবার্তা: \"মাত্র ৫০ হাজারে ইউরোপ\" - এইসব পোস্ট ফেক। লিবিয়া হয়ে সাগরপথে নিয়ে গিয়ে ক্যাম্পে আটকায় রাখে, বাড়িতে ফোন দিয়া টাকা চায়। আমাদের এলাকার তিনজন এখনো নিখোঁজ।", []),
("bn", "শিশু পাচার প্রতিরোধে আপনার ভূমিকা: সীমান্ত এলাকায় অপরিচিত কেউ শিশুদের নিয়ে চলাফেরা করলে ১০৯৮ নম্বরে ফোন করুন।", []),
("bn", "নারী কর্মীদের জন্য পরামর্শ - গৃহকর্মী হিসেবে যাওয়ার আগে আপনার বাসার ঠিকানা, নিয়োগকর্তার নাম আর দূতাবাসের নম্বর পরিবারকে দিয়ে যান। মোবাইল কেড়ে নিলে বুঝবেন বিপদ।", []),
("bn", "আজ হাইস্কুল মাঠে 'মানব পাচার ও নিরাপদ অভিবাসন' বিষয়ে নাটক হলো। নাটকে দেখানো হলো, এক দালাল বলছে - \"পাসপোর্ট আর ৩ লাখ দেন, ১ মাসে ফ্লাইট\"। পরে ছেলেটা দুবাই গিয়া বেতন ছাড়া কাজ করে। দর্শকরা অনেক কিছু শিখল।", []),

("bn-Latn", "dalal bolbe 'kauke bolben na, visa ready' - eta shunlei sabdhan. BMET te registration chara keu jaben na plz", []),
("bn-Latn", "Vai ra share koren. Jodi keu bole passport company rakhbe, salary 3 mash por dibe, tahole bujhben jhamela ache. Amar chachato bhai erokom fande porechilo Oman e.", []),
("bn-Latn", "Ami ekjon returnee volunteer. Malaysia theke 2019 e fhirechi. Amar kach theke shunun: advance taka dalal er personal bkash e deben na. Agency r office e giye receipt niye taka din.", []),
("bn-Latn", "*FORWARDED*\nsabdhan!! Facebook e 'Thailand e customer service job, salary 1.5 lakh, ticket free' emon ad diye Myanmar e niye scam company te atke rakhe. passport mobile nie ney. ke ke jane sobai ke janan", []),
("bn-Latn", "imam saheb ajke khutbay bollen, meyeder kaj er lobh dekhiye bidesh pathano dalal der theke dure thakte. keu jodi bole 'tor ma-bap ke kichu bolis na' - oitai alamot.", []),
("bn-Latn", "union porishod er notice: unregistered dalal er kotha shune kono taka diben na. shondeho hole joggajog: 01911-562840 (UP sochib)", [P("+8801911562840")]),
("bn-Latn", "Keu jodi phone kore bole \"tomar bhai ke chhere dibo, 2 lakh pathao nogod e\", taka na pathiye age 999 e call din. Police case korte paren. Ransom dile abar chaibe.", []),
("bn-Latn", "amar school er chatro der bolechi: online e 'modeling er offer', 'dubai te salon job' erokom DM aile ma baba ke dekhaba. kauke na janiye kothao jaba na.", []),
("bn-Latn", "ekta ghotona boli. Sumon (nam poriborton) ke dalal bolechilo kuwait e company visa. giye dekhe free visa, kono company nai. 8 mash betan pay nai, passport malik er kache. sheshe embassy te giye deshe ashe. apnara shotorko thakben.", []),
("bn-Latn", "BRAC migration er bhai ra bollo - chukti potro bangla te na thakle sign korben na. salary koto, kaj ki, thakar jaiga ki - sob lekha thakte hobe.", []),
("bn-Latn", "Poster e lekha: 'MANOB PACHAR EKTI JOGHONNO OPORADH' - shondehojonok kichu dekhle 999 e call korun. (amader bazar er deyal e lagano)", []),
("bn-Latn", "ajke uthan boithok e IOM er apa bollen, 'tomar passport ami rakhbo, na hole palaye jaba' - malik ba dalal emon bolle eta aine oporadh. Saudi te o passport rakha illegal.", []),
("bn-Latn", "dalal ra notun kotha bolse - 'visit visa te jan, pore work permit kore dibo'. eta 99% mittha. visit visa te kaj korle police dhorbe, deport korbe. bhai bon ra sabdhan.", []),
("bn-Latn", "Amra OKUP theke free counseling dei. Bidesh jawar age amader shathe kotha bolun: 01556-781204 ba whatsapp wa.me/8801556781204", [P("+8801556781204"), W("+8801556781204")]),
("bn-Latn", "sylheti te koi: dalal oile kuno bishash koriyo na. passport dilaisos ni tare? fera ano. hotline 16135 e fon koro.", []),
("bn-Latn", "Mohila der jonno: housemaid visa te jaoar age training nite hoy 30 din. Je dalal bole 'training lagbe na, 15 din e flight' se thik bolche na.", []),
("bn-Latn", "amader group er rules: kono member jodi visa bikri, 'advance diye confirm koren' type post dey, ban. ekhane shudhu safe migration er tottho.", []),
("bn-Latn", "choto bon der ke bolchi, tiktok e keu 'India te bhalo beton er parlour job' bolle jeyo na. gotobar jessore er 3 jon meye ke emon kore border par korse.", []),
("bn-Latn", "Alert!! kichu protarok BMET er nam e phone kore bole 'apnar smart card atke ache, 5000 tk bkash korun'. BMET kokhono phone e taka chay na.", []),
("bn-Latn", "Returnee vai der golpo shunlam ajke. Ek vai bollo, 'ora bolto kaj na korle police e dhoraye dimu, iqama nai tor'. Vai ra, aine apnar odhikar ache, embassy labour wing e jan.", []),
("bn-Latn", "Shikkhok hisebe bolchi: class 9-10 er meye der biye'r prostab diye bidesh niye jawa, eta onek somoy pachar. Parents plz kheyal rakhen.", []),
("bn-Latn", "Facebook live e bola hobe: 'kivabe bujhben apnar agency valid'. Join korun rat 9 tay. Question thakle inbox ba telegram @safe_probash_bd", [TG("@safe_probash_bd")]),
("bn-Latn", "jara libya hoye italy jete chan, ekta kotha mone rakhben - ora bole 'boat e 2 din', asole camp e mash er por mash atke rakhe, baari te phone diye taka chay. amar bondhu fire ashe nai.", []),

("en", "If someone says your passport will stay with the company and you'll get it back after 2 years — that is illegal. Keep your own passport. Call 16135 for free advice before you migrate.", []),
("en", "SAFE MIGRATION TIPS\n1. Never pay a broker (dalal) without a receipt\n2. Check the agency licence on the BMET website\n3. Read your contract before signing\n4. Do not hand your passport to anyone except the embassy or immigration\nShare this with someone going abroad.", []),
("en", "Warning from a returnee: the dalal told me 'don't tell anyone, just pay the advance and your visa is confirmed'. I lost Tk 3.5 lakh. Please don't make the same mistake.", []),
("en", "Forwarded as received:\nBEWARE of fake job posts offering 'data entry in Cambodia, $1500/month, free ticket'. Victims end up in scam compounds where their passports and phones are taken and families receive ransom calls.", []),
("en", "Our union parishad volunteers will hold a session on trafficking signs this Thursday at the primary school. Topics: how brokers target girls with job offers, what debt bondage looks like, who to call.", []),
("en", "Signs someone may be trafficked: they can't keep their own ID, they owe a debt they can never pay off, someone else answers for them, they haven't been paid for months. If you see this, call 999.", []),
("en", "Parents, please talk to your daughters. A man who promises marriage and a job in India after chatting for 2 weeks on Facebook may be a trafficker. Last year 4 girls from our upazila were rescued from Pune.", []),
("en", "Poster text (scanned): STOP HUMAN TRAFFICKING / Unpaid salary? Passport taken? Threatened with police? / You have rights. Contact your embassy labour wing / Hotline 999", []),
("en", "Teacher's note to Class 10 guardians: A man has been visiting homes offering 'free visa' jobs in Dubai for boys who finish SSC. Please do not give him documents or money. Inform the head teacher.", []),
("en", "IOM awareness: 'Free visa' does not mean free. It usually means there is no real employer. Workers on such visas often go unpaid and can be arrested as illegal.", []),
("en", "Returnee volunteer story: Kamal was told he'd earn 1,200 riyals as a driver. On arrival he was made to herd camels, his salary was unpaid for 7 months and the kafeel kept his passport. He is home now and speaks at our meetings so others don't fall for it.", []),
("en", "Imam's message after Jummah: Selling people is among the gravest sins. If a broker in this village promises jobs abroad for your girls, come talk to the committee first.", []),
("en", "Threat calls like 'we will kill your family if you don't send money' are a crime. Save the number, record the call if possible and report to the nearest police station or 999.", []),
("en", "NGO leaflet (back page): How traffickers speak —\n'Don't tell your family yet'\n'Give me your passport for safekeeping'\n'You owe us for the ticket, work till it's paid'\n'If you go to police they will jail YOU'\nIf you hear these, get help.", []),
("en", "Does anyone here know about the 'calling visa' for Malaysia? Be careful — lots of people paid 5 lakh to brokers when the govt fee is 79k. Only go through a licensed agency and get the BMET card.", []),
("en", "Share widely 🙏 Girls are being lured with 'beauty parlour jobs' in Dubai. Once there, the employer takes their passport. If anyone you know got such an offer, message us: safehome.bd@gmail.com", [EM("safehome.bd@gmail.com")]),
("en", "Quick reminder from the migrant help desk: the ONLY official fee for Saudi Arabia is what the government publishes. Anyone asking extra 'for the visa' in cash or bKash is breaking the law.", []),
("en", "A widow in our village was told her son would be freed if she paid Tk 2 lakh to a 'contact' in Libya. She paid and got more demands. Please know: paying ransom rarely ends it. Contact police and the Ministry of Foreign Affairs.", []),
("en", "Online workshop: 'Recognising recruitment fraud' for community radio volunteers. Register by messaging +880 1845 207733 on WhatsApp.", [P("+8801845207733")]),
("en", "School assembly talk summary: trafficking is not only across borders. Children taken from villages to work in Dhaka homes without pay are also trafficked. Call 1098 if you see a child in danger.", []),
("en", "An agent saying 'the company will hold your salary safe for you until contract end' is describing wage withholding. It is a forced labour indicator according to the ILO.", []),
("en", "Please don't forward the photos of the rescued girls from yesterday's news. It harms them. Share this awareness card instead.", []),
("en", "From a former victim, now a counsellor: 'They told me Malaysia palm oil job, Tk 50,000 salary. I worked 16 hours, no day off, no pay. If I could tell my younger self one thing: ask the agency for the job demand letter and check it.'", []),
]

ITEMS["news"] = [
("bn", "মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। বিদেশে চাকরির প্রলোভন দেখিয়ে তরুণদের লিবিয়ায় নিয়ে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুর থেকে তাদের আটক করেছে র‍্যাব।", []),
("bn", "খবরে দেখলাম, সৌদি থেকে ফেরত আসা ৩৭ জন নারী কর্মী বলেছেন তারা মাসের পর মাস বেতন পাননি। কয়েকজনের পাসপোর্ট মালিক রেখে দিয়েছিল। খুব খারাপ লাগলো 😔", []),
("bn", "টিভি স্ক্রল: যশোরের বেনাপোল সীমান্তে ভারত থেকে পাচার হওয়া ১২ নারী ও শিশু উদ্ধার ।। বিজিবির হাতে দুই দালাল আটক ।।", []),
("bn", "আদালত প্রতিবেদক: মানব পাচার মামলায় এক দালালকে যাবজ্জীবন কারাদণ্ড দিয়েছেন ঢাকার মানব পাচার অপরাধ দমন ট্রাইব্যুনাল। তিনি দুই তরুণীকে দুবাইয়ে বিক্রি করেছিলেন বলে প্রমাণিত হয়।", []),
("bn", "পরিসংখ্যান বলছে, ২০২৫ সালে মানব পাচার আইনে দেশে ৭০০-র বেশি মামলা হয়েছে, কিন্তু নিষ্পত্তি হয়েছে খুব কম। বেশিরভাগ মামলায় ভুক্তভোগী সাক্ষ্য দিতে আসেন না।", []),
("bn", "কাল প্রথম আলোতে পড়লাম, কম্বোডিয়ার স্ক্যাম সেন্টার থেকে ৯ বাংলাদেশি ফিরেছেন। তাদের ফেসবুকে ডাটা এন্ট্রির চাকরির কথা বলে নেওয়া হয়েছিল। সেখানে পাসপোর্ট কেড়ে নিয়ে প্রতারণার কাজ করাতো।", []),
("bn", "সিআইডি জানিয়েছে, ডিজিটাল হুন্ডির মাধ্যমে প্রবাসীদের টাকা পাচারে জড়িত বিকাশ ও নগদের কয়েকশ এজেন্টকে চিহ্নিত করা হয়েছে।", []),
("bn", "ভূমধ্যসাগরে নৌকাডুবি: নিহতদের মধ্যে সুনামগঞ্জের ৪ যুবক। পরিবার জানায়, দালালকে ১২ লাখ টাকা করে দিয়েছিলেন তারা।", []),
("bn", "মালয়েশিয়া ফেরত শ্রমিকদের সংবাদ সম্মেলন: 'আমাদের কোম্পানি নেই, কাজ নেই, ৫ মাস বেতন নেই'। তারা ক্ষতিপূরণ ও রিক্রুটিং এজেন্সির বিচার দাবি করেন।", []),
("bn", "খবর: কক্সবাজারে সাগরপথে মালয়েশিয়া পাচারের সময় ৪৬ রোহিঙ্গা উদ্ধার, আটক ৩। পুলিশ জানায়, জনপ্রতি ৫০ হাজার টাকা অগ্রিম নেওয়া হয়েছিল।", []),
("bn", "ভাই খবরটা দেখছেন? আমাদের থানার ওসি সাহেব নিজে গিয়া বাগেরহাটের সেই মেয়েটারে খুলনা থেকে উদ্ধার করছেন। দালাল পলাতক।", []),
("bn", "বিশেষ প্রতিবেদন: ওমানে গৃহকর্মীর ভিসায় নিয়ে গিয়ে নির্যাতন। ভুক্তভোগী এক নারী বলেন, 'আমাকে বলত, দেশে গেলে তোর বাপ-মারে মাইরা ফেলমু।' দূতাবাসের সহায়তায় তিনি ফিরেছেন।", []),
("bn", "র‍্যাব-৩ এর অভিযানে রাজধানীর বনানী থেকে ভুয়া রিক্রুটিং এজেন্সির মালিক গ্রেপ্তার। তার কাছ থেকে ২১৩টি পাসপোর্ট জব্দ করা হয়।", []),
("bn", "আজকের সংবাদপত্রের শিরোনাম ▪️ মানব পাচার চক্রের মূলহোতা কামাল গ্রেপ্তার ▪️ ইরাকে আটকে রেখে স্বজনদের কাছে মুক্তিপণ দাবি করত চক্রটি", []),
("bn", "জেলা ও দায়রা জজ আদালত নারায়ণগঞ্জ - মানব পাচারের অভিযোগ প্রমাণ না হওয়ায় দুই আসামি খালাস। বাদীপক্ষ উচ্চ আদালতে আপিল করবে বলে জানিয়েছে।", []),
("bn", "বিএমইটির তথ্য অনুযায়ী গত মাসে ৮২ হাজার কর্মী বিদেশে গেছেন, যার মধ্যে নারী কর্মী ৬ হাজার।", []),
("bn", "khobor e dekhlam বাহরাইনে ফ্রি ভিসার নামে প্রতারণা, ৭০ জন শ্রমিক রাস্তায়। তারা বলছেন ৪ মাস কোনো বেতন পাননি। embassy থেকে খাবার দিচ্ছে।", []),

("bn-Latn", "khobore dekhlam, Madaripur e dalal chokro dhora poreche. Libya te niye ransom chaito families er kach theke. Allah ora jeno shasti pay.", []),
("bn-Latn", "news e bollo 26 jon bangladeshi ke Myanmar er scam center theke rescue kora hoise. Thai police handover korbe. ora bolse passport nie nisilo, kaj na korle marto.", []),
("bn-Latn", "TV te dekhaitese, Benapole border e 5 ta meye ke uddhar korse BGB. India te parlour er kaj er lobh dekhaisilo. dalal arrest.", []),
("bn-Latn", "amar mama police e chakri kore, uni bollen gotokal Narsingdi theke 2 jon pachar kari dhora porse, tader mobile e 40 ta passport er chhobi pawa gese.", []),
("bn-Latn", "Dainik e porlam - human trafficking tribunal ekjon ke 10 bochor jail dise. Se Sudan e 3 jon cheleke bikri korechilo.", []),
("bn-Latn", "khobor shunchen? Oman e 600 shromik 4 mash salary pay nai, company bondho. embassy labour wing bolse shob ke deshe ferot anbe.", []),
("bn-Latn", "Jamuna TV scroll: SAUDI ARABIA TE VISA TRADING CHOKRO: 14 BANGLADESHI ARRESTED || MANUSH PACHARER MAMLA", []),
("bn-Latn", "gotokal er news: Cox's Bazar e 'Malaysia jabi' bole trawler e tola 38 jon ke coast guard uddhar korse. prottek jon 20-30 hajar advance disilo dalal ke.", []),
("bn-Latn", "shunlam RAB ekta fake agency dhorse Paltan e. dui shotadhik manusher theke 'Poland er work permit' bole taka nisilo. BMET license chilo na.", []),
("bn-Latn", "News update: Libya theke 164 jon bangladeshi IOM er flight e deshe ferot ashche aj. Onek e bolse camp e atke rekhe pitano hoto.", []),
("bn-Latn", "Prothom Alo te porlam, BFIU 230 ta bkash nagad rocket account freeze korse hundi r jonno. abar cholche taholey.", []),
("bn-Latn", "khobore dilo, Sylhet er ek dalal Romania niye jabe bole 15 jon er passport r 8 lakh kore taka nise. ekhon lapatta. case hoise Kotwali thanay.", []),
("bn-Latn", "statistics dekhlam: BMET bolse 2023 e 13 lakh manush bidesh gese, 38% Saudi. Ar TIP report bolche sub-agent er dourattho komeni.", []),
("bn-Latn", "ami je video ta share korlam oita BBC Bangla r report, Lebanon e maid hishebe jawa meyeder odhikar nie. dekhen sobai.", []),
("bn-Latn", "channel 24 e interview dilo ek bhai, bolche 'ora bolto passport chaile 1 lakh lagbe'. pore embassy theke out pass niye ashche. sahoshi manush.", []),
("bn-Latn", "aj court e shunani chilo Tanvir er case er, jeta Libya pacharer. judge next date dise march e. family er lawyer bollen sakkhi aste hobe.", []),
("bn-Latn", "khobor: Jessore te 2 kishori ke India theke ferot anlo, Justice and Care r shahajje. ora tiktok e ekjon er shathe porichoy howar por pachar hoy.", []),

("en", "Police arrest 3 members of a trafficking ring in Madaripur accused of luring young men to Libya and demanding ransom from their families, officials said on Tuesday.", []),
("en", "Saw in the news: 47 Bangladeshi workers stranded in Qatar after their company stopped paying salaries. The embassy says it is negotiating their dues.", []),
("en", "BREAKING | RAB detains owner of unlicensed recruiting agency in Dhaka; 180 passports seized from his office", []),
("en", "A Dhaka tribunal sentenced a man to life imprisonment on Sunday for trafficking two women to Dubai, where they were forced into sex work, the prosecutor told reporters.", []),
("en", "Returnees from Malaysia tell press conference they paid Tk 5-6 lakh each to brokers against a government cap of Tk 79,000, then found no jobs on arrival.", []),
("en", "The coast guard rescued 58 people, including 21 women, from a trawler bound for Malaysia off Teknaf. Two suspected brokers were detained.", []),
("en", "khobore dekhlam in English paper: 'Trafficking survivors struggle to get compensation as cases drag on for years.' Only a handful of 6,000+ cases reached verdict.", []),
("en", "TV scroll text: 16 Bangladeshis freed from Myanmar scam hub reach Dhaka || Victims say passports were confiscated, families paid ransom", []),
("en", "According to the US TIP report, Bangladesh remains on Tier 2. The report cites high recruitment fees charged by sub-agents and contract substitution.", []),
("en", "Court acquits two in 2019 human trafficking case for lack of evidence; victim had withdrawn her statement, lawyer says.", []),
("en", "Did you read about the Sunamganj families? Their sons paid a dalal 12 lakh each for Italy, ended up in a Libyan detention centre. One is still missing.", []),
("en", "CID says it has identified about 5,000 MFS agents involved in 'digital hundi'. The probe began after complaints about remittances being diverted.", []),
("en", "BGB rescued 7 women and 3 children at the Satkhira border last night. Officials said the victims had been promised jobs in Kolkata.", []),
("en", "News roundup: (1) Saudi Arabia cancels 1,100 visas issued to a single company under investigation. (2) BMET to digitise smart cards. (3) Expatriates' ministry launches new hotline campaign.", []),
("en", "A returnee from Jordan told reporters: 'The supervisor said if I complained he'd call the police and they'd deport me without my salary.' She now works with a migrant rights group.", []),
("en", "Stats from BMET: women migrant workers fell by 20% this year, while returnee complaints about unpaid wages rose. Most complaints came from the Gulf.", []),
]

ITEMS["official"] = [
("bn", "বিজ্ঞপ্তি\nমালয়েশিয়াগামী কর্মীদের জানানো যাচ্ছে যে, সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি অর্থ কোনো রিক্রুটিং এজেন্সি বা দালালকে দেবেন না। অভিযোগ: ১৬১৩৫ — জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি)", []),
("bn", "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১৪৭৮)\nসৌদি আরবে ক্লিনার পদে ৫০ জন নিয়োগ। বেতন ১০০০ রিয়াল + ওভারটাইম, থাকা-খাওয়া কোম্পানির। বিএমইটি অনুমোদিত। পাসপোর্টের মেয়াদ কমপক্ষে ১ বছর থাকতে হবে। যোগাযোগ: ০২-৯৫৫১২৮৭, ০১৭৩০-৬৬৪৫০২", [P("+88029551287"), P("+8801730664502")]),
("bn", "জেলা কর্মসংস্থান ও জনশক্তি অফিস (DEMO), কুমিল্লা\nবিদেশগামী কর্মীদের বায়োমেট্রিক নিবন্ধন আগামী রবিবার থেকে শুরু হবে। সাথে আনুন: পাসপোর্ট, জাতীয় পরিচয়পত্র, ২ কপি ছবি।", []),
("bn", "বাংলাদেশ দূতাবাস, রিয়াদ - শ্রম কল্যাণ উইং\nযে সকল কর্মী নিয়োগকর্তার কাছ থেকে বকেয়া বেতন পাননি, তারা লেবার কোর্টে মামলা করতে দূতাবাসের আইন সহায়তা নিতে পারেন। অফিস সময়: রবি-বৃহস্পতি সকাল ৮টা-২টা।", []),
("bn", "বোয়েসেল (BOESL) বিজ্ঞপ্তি: দক্ষিণ কোরিয়ায় ইপিএস-এর আওতায় কর্মী প্রেরণ। কোনো দালাল বা মধ্যস্বত্বভোগীর প্রয়োজন নেই, বোয়েসেলের মাধ্যমে সরাসরি আবেদন করুন। সরকারি ফি ছাড়া কোনো অতিরিক্ত টাকা লাগবে না।", []),
("bn", "পুলিশ সুপারের কার্যালয়, মাদারীপুর\nজনসাধারণের অবগতির জন্য জানানো যাচ্ছে যে, ইতালি/লিবিয়া পাঠানোর নামে কোনো ব্যক্তি অর্থ দাবি করলে নিকটস্থ থানায় বা ৯৯৯-এ জানান। মানব পাচার প্রতিরোধ ও দমন আইন, ২০১২ অনুযায়ী ব্যবস্থা নেওয়া হবে।", []),
("bn", "জেলা প্রশাসকের কার্যালয়\nমানব পাচার প্রতিরোধ কমিটির মাসিক সভা ১৫ তারিখ বেলা ১১টায় সম্মেলন কক্ষে অনুষ্ঠিত হবে। সংশ্লিষ্ট সকলকে উপস্থিত থাকার অনুরোধ করা হলো।", []),
("bn", "প্রবাসী কল্যাণ ডেস্ক, হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর: বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া কর্মী ভিসায় কেউ দেশ ত্যাগ করতে পারবেন না।", []),
("bn", "প্রিয় আবেদনকারী, আপনার পাসপোর্ট নং EB0472816 এর বিপরীতে কাতারের ভিসা স্ট্যাম্পিং সম্পন্ন হয়েছে। আগামী মঙ্গলবার অফিসে এসে ম্যানপাওয়ার ক্লিয়ারেন্সের জন্য কাগজ জমা দিন। - গ্লোবাল স্কিলস রিক্রুটিং লি. (RL-2051)", [PP("EB0472816")]),
("bn", "কারিগরি প্রশিক্ষণ কেন্দ্র (টিটিসি), রংপুর: গৃহকর্মী পেশায় সৌদি আরবগামী নারী কর্মীদের ৩০ দিনের বাধ্যতামূলক প্রশিক্ষণের নতুন ব্যাচ ১ তারিখ থেকে। ভর্তির সময় জাতীয় পরিচয়পত্রের ফটোকপি আনবেন।", []),
("bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের সতর্কবার্তা: মন্ত্রণালয়ের নাম ব্যবহার করে কিছু প্রতারক ফেসবুক পেজে 'সরকারি খরচে বিদেশ' বিজ্ঞাপন দিচ্ছে। এসব পেজ ভুয়া।", []),
("bn", "উপজেলা নির্বাহী অফিসারের কার্যালয়\nআবেদনকারীর নাম: মোঃ সোহেল রানা, জাতীয় পরিচয়পত্র নং ৪৬১৮২৯৩৭০৫ — উক্ত ব্যক্তির বিরুদ্ধে মানব পাচার সংক্রান্ত কোনো অভিযোগ এই কার্যালয়ে নাই মর্মে প্রত্যয়ন করা হলো।", [NID("4618293705")]),
("bn", "ওয়েজ আর্নার্স কল্যাণ বোর্ড: বিদেশে মৃত কর্মীর পরিবারকে ৩ লক্ষ টাকা আর্থিক অনুদান দেওয়া হয়। আবেদন করুন জেলা কর্মসংস্থান অফিসে। কোনো দালালের প্রয়োজন নেই।", []),
("bn", "বিমানবন্দর আর্মড পুলিশ ব্যাটালিয়ন: ভিজিট ভিসায় কর্মসংস্থানের উদ্দেশ্যে বিদেশ গমন আইনত দণ্ডনীয়। সন্দেহজনক যাত্রীদের অফলোড করা হবে।", []),

("bn-Latn", "NOTICE: Malaysia gami kormi der janano jacche, BMET registration chara kono flight hobe na. Ager batch er smart card collection aj bikal 3 tay. -- Rahman Overseas (RL 1192)", []),
("bn-Latn", "Shommanito abedonkari, apnar medical FIT. passport no AK3958214 er visa stamping er jonno original passport office e jomma din 25 tarikh er modhye. ei passport apnar flight er din apnar hatei ferot deya hobe.", [PP("AK3958214")]),
("bn-Latn", "Saudi Arabia te house driver nieog, beton 1500 riyal, iqama o insurance company dibe. Sarkari fee er beshi kono taka lagbe na. Dalal er maddhome ashben na. Office: Naya Paltan, phone 01713 208946", [P("+8801713208946")]),
("bn-Latn", "DEMO Tangail theke janano jacche: pre-departure orientation (PDO) 3 din, shokal 9 ta. BMET registration er kagoj o passport sathe anben.", []),
("bn-Latn", "Bangladesh High Commission Kuala Lumpur: jader passport employer er kache atke ache, tara labour wing e jogajog korun. Malaysia aine employer passport rakhte pare na. Email: labour.kl@bdhckl.example.org", [EM("labour.kl@bdhckl.example.org")]),
("bn-Latn", "BOESL: Japan e TITP kormi nirbachon porikkha. Japani bhasha N4 lagbe. Kono agent ba dalal lagbe na, application online e.", []),
("bn-Latn", "Thana police er notice: 'Bidesh e chakri' bole taka newa dalal er biruddhe onek obhijog. Jara protarito hoyechen thana te GD korun, ba duty officer ke call din 01320-114477", [P("+8801320114477")]),
("bn-Latn", "Probashi Kallyan Bank: migration loan e 2 lakh porjonto, 4% interest e. Dalal er theke dhar na kore bank theke nin. Details: nearest branch.", []),
("bn-Latn", "Agency update: Qatar er 30 jon er visa ashche. flight er age BMET clearance o insurance kora hobe. keu kono extra taka diben na, shob payment office e receipt shoho.", []),
("bn-Latn", "DC office Kurigram: manob pachar protirodh committee'r meeting e siddhanto hoyeche proti union e awareness team kora hobe. sokol chairman ke janano holo.", []),
("bn-Latn", "Embassy Muscat labour wing: jesob shromik 3 mash er beshi salary pan nai, tara ministry of labour e complaint er jonno embassy theke form nite paren. Passport copy o iqama/resident card copy anben.", []),
("bn-Latn", "Ami Probashi app e registration korun. NID, passport, mobile number lagbe. BMET er official app, kono taka lage na.", []),
("bn-Latn", "Jhenaidah TTC: driving course e vorti cholche. Saudi o Dubai te driving er chahida beshi. ekhane shikhe legal bhabe jaoa jay, kono dalal lagbe na. info: 01827 650913", [P("+8801827650913")]),

("en", "PUBLIC NOTICE — Bureau of Manpower, Employment and Training (BMET): Jobseekers are advised not to pay any money to individuals claiming to arrange overseas jobs. Check licences of recruiting agencies at the BMET website. Migration cost ceilings are published by the Ministry.", []),
("en", "Embassy of Bangladesh, Kuwait (Labour Wing): Workers whose passports are held by employers may contact the Labour Wing for assistance. Kuwaiti law prohibits employers from retaining workers' passports.", []),
("en", "Dear Candidate, your visa for UAE (Labourer, Al Noor Facilities LLC) has been issued against passport no. BH6018427. Please report to our office on Sunday 10 am with Tk 0 — no payment is required at this stage. Regards, Sunrise Manpower (RL-0876)", [PP("BH6018427")]),
("en", "BOESL Notice: Recruitment of female garment workers for Jordan. Salary JOD 220 + overtime, free accommodation and food. Government-to-government process, no service charge.", []),
("en", "Office of the Superintendent of Police, Cox's Bazar: Any person organising sea travel to Malaysia will be prosecuted under the Prevention and Suppression of Human Trafficking Act 2012. Report information to 999 or the nearest police station.", []),
("en", "District Employment and Manpower Office, Sylhet: Orientation for Greece-bound seasonal agricultural workers on 12th at 10:00. Bring original passport, NID and BMET registration slip.", []),
("en", "High Commission for Bangladesh, Kuala Lumpur: Workers who have not received salary for more than two months may file a complaint at the Labour Department with the help of the Labour Wing. Call +60 3-4251 2308 (office hours).", [P("+60342512308")]),
("en", "Migration cost notice displayed at agency: Saudi Arabia — as fixed by Govt; includes BMET fee, welfare fund, insurance. Workers will receive money receipt for every payment. Complaints: 16135.", []),
("en", "Ministry of Expatriates' Welfare: The verification certificate issued to Md. Abdul Karim (NID 19852691470000312) for emigration clearance has been approved. Smart card will be issued on presentation of the original passport.", [NID("19852691470000312")]),
("en", "Notice from the DC Office, Jashore: The District Counter-Trafficking Committee will hand over rehabilitation grants to 25 returned survivors on Thursday. Survivors are requested to bring their NID cards.", []),
("en", "Embassy of Bangladesh, Beirut: Domestic workers facing unpaid wages, confiscated passports or abuse may seek shelter and legal assistance. Hotline on WhatsApp: wa.me/9613812047", [W("+9613812047")]),
("en", "Job Circular — Licensed agency (RL-1650): 100 construction workers for Romania. Salary EUR 700 net, 8 hrs/day, overtime paid. All processing through BMET. No broker, no advance cash. Email cv.romania@harborlink-hr.example.com", [EM("cv.romania@harborlink-hr.example.com")]),
("en", "Immigration Police, HSIA: Passengers travelling on visit visas must show return tickets and hotel booking. Those suspected of travelling for employment without BMET clearance may be offloaded.", []),
]

ITEMS["receipt"] = [
("en", "You have received Tk 7,500.00 from 01819452307. Fee Tk 0.00. Balance Tk 12,340.50. TrxID BJ7WQ3ZN0M at 18/05/2026 12:19", [P("+8801819452307"), TX("BJ7WQ3ZN0M")]),
("en", "Cash Out Tk 5,000.00 to 01711208834 successful. Fee Tk 92.50. Balance Tk 1,207.00. TrxID CK4R8TPL2A at 02/11/2026 19:45", [P("+8801711208834"), TX("CK4R8TPL2A")]),
("en", "Payment of Tk 2,450.00 to DESCO Prepaid is successful. Balance Tk 318.75. TrxID AH92MZQ7LX at 09/10/2026 08:02. Download bKash App for more.", [TX("AH92MZQ7LX")]),
("en", "Money Received. Amount: Tk 25000.00 Sender: 01611774290 Ref: rent-oct TxnID: 73KD9QW2 Balance: Tk 25410.00 15/10/2026 21:07", [P("+8801611774290"), TX("73KD9QW2")]),
("en", "Cash-In from A/C: ***4471 Tk 3,000.00 Fee: 0.00 Balance Tk 3,215.00 TxnId: 5820193347 Date: 11-Sep-26 14:33", [TX("5820193347")]),
("en", "Dear Customer, your A/C XXXX2290 has been credited with BDT 82,600.00 by inward remittance from KSA (Al Rajhi) on 03-NOV-2026. Avl Bal BDT 1,04,310.44. -Islami Bank", []),
("en", "sent 18k to landlord for Oct rent via bkash, TrxID DF3XQ81MVB. bhai confirm diyen pls", [TX("DF3XQ81MVB")]),
("en", "Paid the caterer advance for Rupa's wedding — Tk 40,000 by Nagad. Balance 60k on the day. TxnID 9HQ24ZRA", [TX("9HQ24ZRA")]),
("en", "Western Union: MTCN 4829105563 — GBP 300 sent to Shahana Begum, payout at Sonali Bank, Sylhet. Receiver must show NID.", []),
("en", "You have sent Tk 1,200.00 to 01552093811 successful. Ref medicine. Fee Tk 5.00. Balance Tk 644.10. TrxID EL6T0NB9YU at 27/08/2026 22:10", [P("+8801552093811"), TX("EL6T0NB9YU")]),
("en", "Hotel Sea Crown booking confirmed, Cox's Bazar, 2 nights. Advance BDT 4,000 received via bKash (TrxID GM2PV5KD81). Balance payable at check-in.", [TX("GM2PV5KD81")]),
("en", "Tk 15,000.00 payment to 'Dhaka Residential Model College' for tuition fee successful. TrxID HZ1C8RW3QT. Keep this SMS as receipt.", [TX("HZ1C8RW3QT")]),
("en", "Received your payment of Tk 1,10,000 for the cow (hat bazar, Gabtoli). Thank you, delivery Friday morning. - Jamal Agro 01921-337608", [P("+8801921337608")]),
("en", "Remitly: Your transfer of USD 450.00 to Rokeya Khatun (bKash wallet) has been delivered. Reference R1-4TXB-992.", []),

("bn", "আপনি ৳৫,০০০.০০ গ্রহণ করেছেন ০১৭৮৪৫২১৯০৩ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৫,২৪০.০০। TrxID BN5QY7RM2C ২১/০৯/২০২৬ ১০:১২", [P("+8801784521903"), TX("BN5QY7RM2C")]),
("bn", "ভাইয়া, দোকানের ভাড়া ১২ হাজার টাকা বিকাশ করে দিলাম। TrxID: KQ81ZPD4WE। চেক করে জানাবেন।", [TX("KQ81ZPD4WE")]),
("bn", "নগদ: টাকা পাঠানো সফল। পরিমাণ: ৳৩,৫০০ প্রাপক: ০১৯১২৪৪৮০৭৬ TxnID: 7RM3KXQ9 চার্জ: ৳১৭.৫০", [P("+8801912448076"), TX("7RM3KXQ9")]),
("bn", "আম্মার ওষুধের দাম ২৮৫০ টাকা ফার্মেসিকে রকেট থেকে দিলাম, TxnId 3392018475", [TX("3392018475")]),
("bn", "প্রিয় গ্রাহক, আপনার হিসাব নং ****৭৭১২ এ প্রবাসী রেমিট্যান্স ৳৫৫,৪০০.০০ জমা হয়েছে। সরকারি প্রণোদনা ২.৫% যোগ হয়েছে। - সোনালী ব্যাংক", []),
("bn", "বিয়ের ডেকোরেটরকে অগ্রিম ২০ হাজার দিছি নগদে, বাকি ৩০ হাজার অনুষ্ঠানের দিন। রসিদ রাখছি।", []),
("bn", "আপনার ক্যাশ আউট ৳১০,০০০ সফল হয়েছে। এজেন্ট: ০১৬৮৮৯০৪৫৫২। ফি ৳১৮৫। TrxID CR0X6PLQ8N", [P("+8801688904552"), TX("CR0X6PLQ8N")]),
("bn", "স্কুলের বেতন ও পরীক্ষার ফি ৳১,৮৫০ পরিশোধ হয়েছে। ছাত্রের আইডি: ২০২৬০৪১৫। TrxID FD9A2WZT6J — ধন্যবাদ, শাহীন একাডেমি", [TX("FD9A2WZT6J")]),
("bn", "গরুর হাটে কাশেম ভাইকে ৮৫ হাজার নগদ দিলাম, বাকি ৫ হাজার বিকাশে পরে দিব। গরু বাসায় পৌঁছাইছে আলহামদুলিল্লাহ।", []),
("bn", "রিচার্জ সফল: ৳২০০ ০১৭৫৫৬২০৩১৪ নম্বরে। TrxID AP3N7VKE5R", [P("+8801755620314"), TX("AP3N7VKE5R")]),
("bn", "ডাক্তার ভিজিট ফি ১০০০ আর টেস্টের ৩২০০ টাকা হাসপাতালের কাউন্টারে দিছি। ক্যাশ মেমো ছবি তুলে রাখলাম।", []),
("bn", "বাবা, তোমার পাঠানো ৩০ হাজার রিয়াল-থেকে-টাকা পাইছি ব্যাংকে। ছোটটার ভর্তির ফি দিয়া দিছি, বাকিটা সংসারে।", []),
("bn", "দোকান বাকি পরিশোধ: মুদি দোকান ৳৪,৭২০ বিকাশে পেমেন্ট, TrxID JW5Y1HMC7S, তারিখ ০৪/১২/২০২৬", [TX("JW5Y1HMC7S")]),

("bn", "বাড়িওয়ালা চাচা, নভেম্বর মাসের ভাড়া ৯৫০০ আর সার্ভিস চার্জ ৫০০ মোট ১০,০০০ টাকা ০১৮৭৩-২০৯৬৪১ নম্বরে সেন্ড মানি করলাম। TrxID TV6B3MX0QE. রসিদ লাগলে বইলেন।", [P("+8801873209641"), TX("TV6B3MX0QE")]),

("bn-Latn", "bhai rent er 15000 bkash korsi, trx id LB8E4QN2VZ. dekhen aise kina", [TX("LB8E4QN2VZ")]),
("bn-Latn", "ammu tomar medicine er jonno 2000 nagad e pathailam, TxnID 4WZ8KPQ1", [TX("4WZ8KPQ1")]),
("bn-Latn", "biye r community center er advance 50 hajar dise abbu, receipt ache. baki ta 1 week age dite hobe", []),
("bn-Latn", "Coaching fee 3500 pathaisi sir, 01826-517094 e bkash. TrxID MK3U7RV0XA", [P("+8801826517094"), TX("MK3U7RV0XA")]),
("bn-Latn", "abba, salary paisi, 35 hajar pathaisi bank e. Dutch Bangla e check koiro. amar jonno chinta koiro na.", []),
("bn-Latn", "goru kinlam 92 hajar, 40 hajar cash ar 52 hajar bkash e dilam bepari ke. trx NT2E9CZ4LW", [TX("NT2E9CZ4LW")]),
("bn-Latn", "hotel er booking er advance 3000 rocket e dilam, TxnId 7710462839. check in 2 tay.", [TX("7710462839")]),
("bn-Latn", "bro tor 500 tk ferot dilam bkash e. ar kichu pawna nai re 😂", []),
("bn-Latn", "University admission form fee 1050 tk paid, txn id PQ7A0LD3KS. shudhu admit card download baki", [TX("PQ7A0LD3KS")]),
("bn-Latn", "Dada, mama bari theke 1.5 lakh pathaise remittance e, Agrani bank e jomma hoise. tomar chikitsar khoroch etay hobe inshaAllah.", []),
("bn-Latn", "electricity bill 1870 tk bkash pay korlam, TrxID RS4K8ZE1YN. emon bill ar kokhono ashe nai!!", [TX("RS4K8ZE1YN")]),
("bn-Latn", "gas bill ar paanir bill ekshathe 1450, nagad e dilam. TxnID: 2MV6XTB9. landlord ke screenshot pathay dio", [TX("2MV6XTB9")]),
]

ITEMS["worker_content"] = [
("bn-Latn", "alhamdulillah ei mashe overtime soho 1850 riyal salary paisi. company time moto dey, keu chinta koiro na", []),
("bn-Latn", "Vlog #12 | Malaysia r factory hostel tour 🏠 amader room e 6 jon, AC ache, khabar canteen e. salary protti mash er 7 tarikh e bank e ashe. subscribe koiren!", []),
("bn-Latn", "notun bhai der jonno advice: passport nijer kache rakhben, company sudhu copy ney. amader company te keu passport rakhe na.", []),
("bn-Latn", "amar salary theke prottek mash e iqama renewal er jonno 100 riyal kete ney, eta company'r niyom, contract e lekha ache. baki salary thik ache.", []),
("bn-Latn", "ammu chinta koro na, ami bhalo achi. aj off day, friend der sathe Bukit Bintang ghurte ashchi. beton paile taka pathabo.", []),
("bn-Latn", "Dubai te 3 bochor holo. supervisor bhalo manush, overtime korle double pay. dalal chara agency diye ashchilam, 2.8 lakh khoroch hoise shob miliye.", []),
("bn-Latn", "Qatar er ei company te 2 mash er advance salary dise Eid er age. emon company kom ache vai", []),
("bn-Latn", "ke ke Saudi te notun ashchen? ekta tips: iqama hate pawar por Absher e registration kore nen. salary r somossa hole labour office e online complaint kora jay.", []),
("bn-Latn", "Romania te 2nd winter. thanda onek but kaj easy, 8 ghonta. salary 3200 lei, overtime alada. passport amar kachei, residence card o paisi.", []),
("bn-Latn", "bhai ra amar dalal chilo na, BOESL diye Korea ashchi EPS te. 3 bochor por ekhon abar contract renew hoise. hostel free, khawa nijer.", []),
("bn-Latn", "Singapore e shipyard e kaj. salary kom mone hoy prothome, kintu overtime diye 1800 dollar hoy. levy o hostel er taka company ney, aine ache.", []),
("bn-Latn", "Abba, passport renewal er jonno embassy te jomma dilam, 1 mash por pabo. company chhuti dise oi din.", []),
("bn-Latn", "Kuwait e amader camp er kichhu chobi. mess e bangali baburchi, tai khawa deshi 😋 salary 150 KD, chaile part time o kora jay na, niyom nai.", []),
("bn-Latn", "Shobai ke boli, ekhane salary deri hoy na. tobe prothom 3 mash probation, tokhon overtime kom. dhoirjo dhorte hobe.", []),

("bn", "আলহামদুলিল্লাহ, ৩ বছরের চুক্তি শেষ করে ছুটিতে দেশে আসতেছি। কোম্পানি টিকেট দিছে, শেষ মাসের বেতন আর সার্ভিস বেনিফিট একসাথে দিছে। সবাই দোয়া করবেন।", []),
("bn", "নতুন যারা মালয়েশিয়ায় আসবেন, কিছু টিপস:\n১. পাসপোর্ট নিজের কাছে রাখবেন\n২. পে-স্লিপ প্রতি মাসে বুঝে নিবেন\n৩. লেভির টাকা মালিকের দেওয়ার কথা, বেতন থেকে কাটলে জিজ্ঞেস করবেন\n৪. দেশে টাকা পাঠাবেন ব্যাংকে, হুন্ডিতে না", []),
("bn", "আম্মা, এই মাসের বেতন পাইছি। ওভারটাইম বেশি হইছে তাই ২২ হাজার বেশি পাঠাইলাম। ঘরের চাল ঠিক করাইয়া নিও।", []),
("bn", "সৌদির এই কোম্পানিতে ২ বছর। ইকামা, মেডিকেল ইন্স্যুরেন্স সব কোম্পানির খরচে। বেতন ১২০০ রিয়াল, খাওয়া নিজের। খারাপ না, আল্লাহর রহমতে চলতেছে।", []),
("bn", "আমার ইউটিউব চ্যানেলে আজকের ভিডিও: দুবাইয়ে ক্লিনারের কাজ - সারাদিন কী করি, কত বেতন পাই, হোস্টেল কেমন। কমেন্টে প্রশ্ন করবেন, উত্তর দিবো ইনশাআল্লাহ।", []),
("bn", "কাতার থেকে বলছি। অনেকে জানতে চান বেতনের থেকে কী কী কাটে। আমার কাটে শুধু অ্যাবসেন্ট থাকলে। হোস্টেল, বাস, ইউনিফর্ম ফ্রি।", []),
("bn", "ভাই কেউ যদি জর্ডানে গার্মেন্টসে আসতে চান, সরকারি মাধ্যমে আসেন। আমি বোয়েসেল দিয়া আসছি, কোনো দালালের টাকা লাগে নাই। ডিউটি ৮ ঘণ্টা, ওভারটাইম আলাদা।", []),
("bn", "আজ শুক্রবার, ডিউটি নাই। রুমমেটরা মিলে বিরিয়ানি রান্না করলাম 😄 দেশের কথা খুব মনে পড়ে, তবে কাজ আর বেতন নিয়া কোনো অভিযোগ নাই।", []),
("bn", "মালিক পাসপোর্ট চাইছিল ভিসা রিনিউ করার জন্য, ৫ দিন পর ফেরত দিছে, নতুন ভিসা লাগানো। কেউ টেনশন নিয়েন না, এটা নিয়ম মতোই হইছে।", []),
("bn", "ছোট ভাই, বেতন দেরি হইলে ঘাবড়াইও না, আমাদের এখানে মাঝে মাঝে ২-৩ দিন দেরি হয় ব্যাংক ছুটির কারণে। পুরা টাকাই আসে।", []),
("bn", "সিঙ্গাপুরে ৫ বছর হয়ে গেল। কোম্পানি এবার বেতন বাড়াইছে ১০%। যারা স্কিল টেস্ট দিয়ে আসতে চান, আগে ঢাকার ট্রেনিং সেন্টারে ভালো করে শিখেন।", []),
("bn", "প্রবাসে আমার একটা রুটিন - ভোর ৫টায় উঠি, ৬টায় বাস, ৭টা থেকে ৪টা ডিউটি। এরপর ২ ঘণ্টা ওভারটাইম চাইলে করি, না চাইলে না। জোর নাই।", []),
("bn", "ফেসবুক পোস্ট: দক্ষিণ কোরিয়ায় আমার ৪ বছর 🇰🇷 প্রথমে ভাষা কঠিন লাগছিল, এখন সব সহজ। বেতন সরাসরি ব্যাংকে, পেনশনের টাকাও ফেরত পাবো দেশে গেলে।", []),

("en", "Salary came in today, 1,950 riyals with overtime. Sent Tk 40k home. Life in Riyadh is hot but fine, the company is good to us.", []),
("en", "Tips for newcomers to Malaysia: your employer is not allowed to keep your passport. Ours gives a locker in the hostel so we keep them safe ourselves. Check your payslip every month.", []),
("en", "Vlog caption: A day in my life as a Bangladeshi nurse in the UK 🇬🇧 | shift work, NHS salary, accommodation tips. No agent fees — I came through the NMC route.", []),
("en", "My company deducts GOSI and housing as per contract, the rest comes on the 1st. Not rich, but stable. Alhamdulillah.", []),
("en", "Completed 2 years in Qatar today. Got my annual leave ticket and the full 2 months' salary. Grateful to my supervisor, he's from Kerala and a very fair man.", []),
("en", "Reply to a cousin: Bro, the 'advance' deduction on my payslip is the salary advance I took for Eid, company cuts 200 a month. Nothing shady lol.", []),
("en", "For anyone asking about Romania: I'm in a furniture factory near Cluj. 8-hour shifts, overtime at 1.5x, passport with me, rented flat shared with 3 Nepali guys. It's ok.", []),
("en", "Overtime this month was 60 hours — a bit tiring but paid in full. Off to the Friday market with the roommates now 😊", []),
("en", "My passport expires next year so I went to the consulate today for MRP renewal. Fast service, took 2 hours. Employer gave me half day off.", []),
("en", "Posting this for friends back home who worry: I'm in a good company in Dubai. Salary AED 1,800 + food allowance, 1 day off, hostel with Wi-Fi. Don't believe every scary video.", []),
("en", "Korea EPS worker here 🙋 The exit guarantee insurance is deducted from salary by law and you get it back when you leave. Don't panic when you see it on the payslip.", []),
("en", "The foreman says we'll get a bonus if the project finishes before Ramadan. Fingers crossed! Salary has been on time every month since I joined.", []),
("en", "Advice to new guys in Kuwait: keep a photo of your passport and civil ID in your phone and on email. Ours is with us, but it's good to have copies.", []),
]

def check(rows):
    bd = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
    for r in rows:
        t = r["text"].translate(bd)
        tdig = re.sub(r"\D", "", t)
        for e in r["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                d = v.lstrip("+")
                ok = d in tdig or ("0" + d[3:] in tdig and d.startswith("880"))
                assert ok, (r["id"], v)
            elif e["type"] == "bd_nid":
                assert v in tdig, (r["id"], v)
            else:
                assert v in t, (r["id"], v)
        # the text must not contain mfs/passport/handle/email forms left unlisted
        vals = {e["value"] for e in r["entities"]}
        for m in re.findall(r"(?:TrxID|TxnID|TxnId|trx id|trx|txn id)[:\s]*([A-Z0-9]{8,10})", t, re.I):
            assert m in vals, (r["id"], m)
        for m in re.findall(r"[\w.]+@[\w.-]+\.\w+", t):
            assert m in vals, (r["id"], m)
        for m in re.findall(r"(?<![\w.])@\w+", t):
            assert m in vals, (r["id"], m)
        for m in re.findall(r"(?<!\d)(?:\+?880[\s-]?)?01[3-9]\d{2}[\s-]?\d{6}(?!\d)", t):
            d = re.sub(r"\D", "", m)
            d = "+880" + d[-10:]
            assert d in vals, (r["id"], m)
        for m in re.findall(r"\b[A-Z]{1,2}\d{7,8}\b", t):
            assert m in vals, (r["id"], m)

def main():
    rows = []
    for voice, items in ITEMS.items():
        for script, text, ents in items:
            assert script in ("bn", "bn-Latn", "en")
            rows.append({"id": None, "text": text, "label": "ok", "category": None,
                         "script": script, "voice": voice, "hard": True, "entities": ents})
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts)
    random.Random(20261205).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "voice2-%04d" % i
    check(rows)
    with open("eval/dev/voice2.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = collections.Counter((r["voice"], r["script"]) for r in rows)
    print(len(rows))
    for v in ITEMS:
        print(v, len(ITEMS[v]), {s: c[(v, s)] for s in ("bn", "bn-Latn", "en")})

if __name__ == "__main__":
    main()
