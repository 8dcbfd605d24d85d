"""Blind dev set dev34: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a financial-intelligence analyst's view: mobile money, hundi, crypto and the chats beside them. Held out from round 4 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import json, random, hashlib, re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58check(version, seed):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s
def tron(seed): return b58check(0x41, seed)
def btc(seed): return b58check(0x00, seed)
def eth(seed): return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]

BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
TOASCII = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def bn(s): return s.translate(BN)

T1, T2, T3 = tron("dev34-t1"), tron("dev34-t2"), tron("dev34-t3")
BT1 = btc("dev34-b1"); E1 = eth("dev34-e1"); E2 = eth("dev34-e2")

P = lambda v: {"type": "phone", "value": v}
W = lambda v: {"type": "whatsapp", "value": v}
TG = lambda v: {"type": "telegram", "value": v}
IG = lambda v: {"type": "instagram", "value": v}
EM = lambda v: {"type": "email", "value": v}
PP = lambda v: {"type": "bd_passport", "value": v}
NID = lambda v: {"type": "bd_nid", "value": v}
TX = lambda v: {"type": "mfs_transaction", "value": v}
TRX = lambda v: {"type": "tron_address", "value": v}
BTC = lambda v: {"type": "btc_address", "value": v}
ETH = lambda v: {"type": "eth_address", "value": v}

# (category, script, text, entities)
FLAG = [
# ---------------- recruitment_deception (8: bn3, Latn3, en2)
("recruitment_deception", "bn", "ভাই মালয়েশিয়া তে ফ্যাক্টরির কাজ কইছিলাম না? ওইটা আসলে ভিজিট ভিসায় যাইবো, ওখানে গিয়া কোম্পানি কাগজ কইরা দিবো। এয়ারপোর্টে কেউ জিগাইলে কইবা বেড়াইতে যাও, কাজের কথা মুখেও আনবা না", []),
("recruitment_deception", "bn", "দুবাই hotel এ cleaner, বেতন ৩৫০০০ টাকা থাকা খাওয়া ফ্রি, কোন অভিজ্ঞতা লাগবে না। আজকেই নাম দিতে হবে সিট মাত্র ৫টা। যোগাযোগ ইমো ০১৮৪৫-৬২১৯৩৭ (শুধু ইনবক্স, কল ধরি না)", [P("+8801845621937")]),
("recruitment_deception", "bn", "আব্বা চিন্তা কইরেন না, এখানে যে কাজের কথা কইছিল হেইডা নাই। রেস্টুরেন্ট না, মরুভূমিত উট দেখি। কাগজে যা সই করাইছে আরবি লেখা আছিল কিছু বুঝি নাই", []),
("recruitment_deception", "bn-Latn", "bhai europe e jaite chaile ekhon shujog, serbia hoye italy. serbia te kaj er permit ami kore dibo pore boder paar korai dibo amader lok ache. 8 lac e full package, adha ekhon adha pouchaile. imo +880 1923 554018", [P("+8801923554018")]),
("recruitment_deception", "bn-Latn", "Cambodia te online customer service job, betn 1200 usd, typing jante hobe sudhu. flight thaka sob company dibe. visa on arrival e jaben tension nai. interested hole telegram e nok den t.me/hr_desk_kh88", [TG("@hr_desk_kh88")]),
("recruitment_deception", "bn-Latn", "amake bolse mall e salesman er kaj. asar por dekhi kafil er bari te driver + chagol charano, ar contract e likha 800 riyal, bolsilo 1500. ekhon ki kormu bujhtesi na", []),
("recruitment_deception", "en", "Urgent hiring for Poland warehouse, 2 yr work permit guaranteed, no IELTS, no interview. Pay in BD taka only, visa comes after you land on student visa we convert it there. DM only, dont call. wa.me/48512330871", [W("+48512330871")]),
("recruitment_deception", "en", "bro they told me security guard job in mall, 2000 ringgit. here its palm oil plantation in middle of jungle nd pay is 900, they say contract in KL was just for immigration. my friend same story", []),
# ---------------- fees_and_debt (8: bn3, Latn2, en3)
("fees_and_debt", "bn", "সৌদি ভিসার দাম ৫ লাখ ৪০ হাজার, ইকামা আলাদা। টাকা না থাকলে সমস্যা নাই, অর্ধেক দিয়া যান বাকি টা ওখানে গিয়া প্রতি মাসের বেতন থেকে কেটে রাখবো যতদিন শোধ না হয়", []),
("fees_and_debt", "bn", "মা আমাদের থেকে মাসে ৪০০ রিয়াল কাইটা রাখে খাওয়া আর রুম ভাড়ার নামে, আবার বলে দেশের দালাল রে যে টাকা দিছে হেইডাও এখনো শোধ হয় নাই। বারো মাস হইলো একটা টাকা বাড়িত পাঠাইতে পারলাম না", []),
("fees_and_debt", "bn", "ভাইজান হেতেরা মালয়েশিয়া আনি আবার দুই লাখ চাইতেছে, কয় permit renew ন কইল্লে জেলে দিবো। বাড়িত জমি বন্ধক দি আইছি আর কিচ্ছু নাই, এনজিওর কিস্তি ও বাকি", []),
("fees_and_debt", "bn-Latn", "tomar hisab: agency 3.5 lk + medical 18000 + ticket 62000 + khaoa 6 mash = 5 lac 10 hazar. protimas 1200 ringgit theke 800 katbo, baki ta ami rakhbo jatokhon na full clear. kono kotha nai. kisu bolar thakle +60 11-2345 6789 e call dio", [P("+601123456789")]),
("fees_and_debt", "bn-Latn", "oi polapan re bujhaia bolba kisu lagbe na ekhon, ek taka o na. oikhane giya kaj kore ador kore dibe. passport ta (A08412759) sudhu amar kache rakhbo jamanot hisabe jotodin taka uthe na", [PP("A08412759")]),
("fees_and_debt", "en", "Sir I already paid 4.5 lakh to Monir bhai for Qatar. Now after 3 months here company says visa was not from them, to stay I must pay another 6000 riyal for transfer or go back. Where I get this money, family sold the cow already", []),
("fees_and_debt", "en", "no salary first 8 months, thats ur ticket + visa cost. after that full salary. if u leave before, u owe whole amount + penalty 2 lakh, its written in stamp paper ur father signed", []),
("fees_and_debt", "en", "Reminder: instalment 4 of 10 due Friday, 25k. Late = 5k extra per week. Boys who stop paying, we call their employer, you know what happens then", []),
# ---------------- payments_and_proceeds (8: bn2, Latn3, en3)
("payments_and_proceeds", "bn", "প্রসেসিং খরচ টাকায় না, ইউএসডিটি তে দিবেন ট্রন নেটওয়ার্ক। ৯৫০ ইউএসডিটি পাঠান এই ঠিকানায় " + T1 + " পাঠাইয়া স্ক্রিনশট দিবেন, ব্যাংকে দিলে ফাইল আটকে যাবে", [TRX(T1)]),
("payments_and_proceeds", "bn", "লিবিয়া থেকে কল আসছে, ছেলেরে ছাড়বে না ৭ লাখ না দিলে। কইছে এক নাম্বারে দিবেন না, ৫টা বিকাশ এজেন্ট নাম্বারে ভাগ ভাগ কইরা কেশ ইন করতে, ০১৯৮২৩৪৫১৬০ আর ০১৬২৭৭১৮৩০৪ এ আজকেই দেড় লাখ করে", [P("+8801982345160"), P("+8801627718304")]),
("payments_and_proceeds", "bn-Latn", "bhai ajke 23 ta lok er betoner taka ashse, sob amar agent number e cash out koren. card gula amar kache ache pin o jani. oder ke bolben mash sheshe dibo. hisab whatsapp e dicchi na, khatay likhen", []),
("payments_and_proceeds", "bn-Latn", "Iran theke ashraf call disilo. 3 lakh na dile chele ke ar pabe na bolse. taka pathate hobe bKash e 01712 903 446, 49 hajar kore 6 bar, ek sathe na. sim ta onnor nam e, cholbe bolse", [P("+8801712903446")]),
("payments_and_proceeds", "bn-Latn", "ledger 14/3: Sylhet batch 9 jon x 4.2 = 37.8. Received Nagad 12, hundi Dubai 18 (Karim exchange), baki 7.8. Roni 50k kom dise, or passport chharbo na (NID 5523816407 copy rakhsi). Commission Babul 1.5 per head", [NID("5523816407")]),
("payments_and_proceeds", "en", "Bro dont send to the company account. Send in BTC to " + BT1 + " and my cousin in Dubai will convert, no trace no tax. Once received your visa number we share, not before", [BTC(BT1)]),
("payments_and_proceeds", "en", "new sims came, 40 pcs all registered on village ppl NIDs, use each one only for 2 weeks for the bkash collections then throw. keep deposit under 25k each so no report", []),
("payments_and_proceeds", "en", "send the 'file charge' 1500 USDT to " + E1 + " (BEP20) or TRC20 " + T2 + ". after confirm, job letter by email from hr.globalstaff@protonmail.com", [ETH(E1), TRX(T2), EM("hr.globalstaff@protonmail.com")]),
# ---------------- threats_and_coercion (8: bn3, Latn3, en2)
("threats_and_coercion", "bn", "বেশি হতা কইলে হুরুব দি দিয়ুম, তহন পুলিশে ধরিবো জেলত পচিবি, দেশত ও ন যাইতে পারিবি। চুপচাপ কাম গর", []),
("threats_and_coercion", "bn", "তোর বাপের ঠিকানা আমার কাছে আছে ভুলিস না। পালানোর চেষ্টা করলে গ্রামে তোর ভাই এর খবর আছে", []),
("threats_and_coercion", "bn", "আম্মা আমারে বাঁচান। এরা রাতে হাত বাইন্ধা মারে আর ফোনে ভিডিও কইরা বাড়িত পাঠাইতে কয় টাকার জন্য। ওরা যে নাম্বার দিছে ঐটায় টাকা দেন", []),
("threats_and_coercion", "bn-Latn", "tui jodi camp theke ber hos taile border e guli khabi. ar ekhane jara palaise tader lash o pay nai keu. bujhe sune thak", []),
("threats_and_coercion", "bn-Latn", "amar kotha na shunle tor chobi gula tor shoshur barir shobar kache jabe. ekdom chup, kal theke abar kaje jabi", []),
("threats_and_coercion", "bn-Latn", "madam bolse ami jodi embassy te jai taile chori er case dibe, bole 2 ta gold chain harai gese ami nisi. ami kisu nei nai vai 😭", []),
("threats_and_coercion", "en", "u think embassy will help u? u have no iqama, no passport, ur illegal here. one call from me and ur in deportation jail 6 months. so work and shut up", []),
("threats_and_coercion", "en", "They beat Rafiq with pipe yesterday in front of us because he asked for his wages. now everyone scared to even ask for phone. please tell someone", []),
# ---------------- isolation_and_control (7: bn2, Latn2, en3)
("isolation_and_control", "bn", "আসার পর থেকে ফোন নিয়া রাখছে, সপ্তাহে একদিন ১০ মিনিট দেয় তাও সামনে দাঁড়ায়া থাকে। বাইরে এক পাও দিতে দেয় না, গেট এ তালা", []),
("isolation_and_control", "bn", "ঘরের লোক জিগাইলে কবি সব ঠিক আছে ভালো আছি। কে কোথায় আছস কাউরে বলবি না, লোকেশন পাঠাবি না। ধরা পড়লে বুঝবি", []),
("isolation_and_control", "bn-Latn", "amader 30 jon ke ek ghore rakhse, bahire jaite dey na, kaj e niye jay gari te kore abar niye ashe. passport iqama sob kafil er office e", []),
("isolation_and_control", "bn-Latn", "ei sim ta ekhon theke, purana sim vaingga fala. bari te kotha bolbi shudhu amar phone diye amar shamne. imo whatsapp shob delete", []),
("isolation_and_control", "en", "please dont reply on this number they check my phone every night. i am in a building with many girls cant go out. I dont know the city name. this is the only time", []),
("isolation_and_control", "en", "Rule for new ones: no phone for first 3 months, no talking to other company workers, no going to the shop alone. Supervisor keeps all documents. Anyone breaks rule, salary stop", []),
("isolation_and_control", "en", "they moved us 3 times this month in the night, always different place, windows covered. when I asked where are we, he said you don't need to know", []),
# ---------------- labour_exploitation (7: bn3, Latn2, en2)
("labour_exploitation", "bn", "ভোর ৫টা থেকে রাত ১১টা পর্যন্ত কাজ, কোন ছুটি নাই। দুপুরে একবার খাওয়া দেয় খুবুজ আর ডাল। ৫ মাসের বেতন দেয় নাই, জিগাইলে কয় পরের মাসে", []),
("labour_exploitation", "bn", "মাইয়াটা ওদের বাসায় সারাদিন কাম করে, রাইতে রান্নাঘরে শোয়। তিন বাচ্চা দেখা রান্দা ধোয়া সব। বেতন মালিক নিজের কাছে রাখে কয় দেশে যাওয়ার সময় একবারে দিবো", []),
("labour_exploitation", "bn", "৮ মাস অই গেছে এক রিয়ালও পাইছি না। কফিলে কয় কোম্পানির লস। আমরা ১২ জন খানির টেকা পাশর দোকানর বাকি খাতাত চালাইরাম", []),
("labour_exploitation", "bn-Latn", "vai ekhane 16-17 gonta dariye kaj, overtime er kono taka nai. gorom e 2 jon oggan hoye gese tobuo chuti dey nai. betan o 3 mash atka", []),
("labour_exploitation", "bn-Latn", "boat e 4 mash dhore achi kul e nambaite dey na, ghum 3-4 ghonta. je tk er kotha bolse tar ordhek o dey na, bole jal e mach kom", []),
("labour_exploitation", "en", "we work in the brick kiln whole family incl my wife, we get no cash only rice + the sardar writes our 'advance' in book, every year it become bigger not smaller", []),
("labour_exploitation", "en", "Day 140. Still no wages. 14hr shifts 7 days. 11 men in one container room, one toilet. Manager took our cards 'for safekeeping'", []),
# ---------------- sexual_exploitation (7: bn2, Latn3, en2)
("sexual_exploitation", "bn", "দুবাই তে ড্যান্স বারে কাজ, মাসে দেড় লাখ। মেয়ে লাগবে দেখতে সুন্দর, বয়স কম। ওখানে গেস্টদের সাথে বসতে হবে, বাকিটা ওখানে গেলে বুঝবে। পাসপোর্ট আমরা করে দেব", []),
("sexual_exploitation", "bn", "পার্লারের কাজ বলে আনছিল। এখন রাতে হোটেলে পাঠায়, না গেলে খাওয়া বন্ধ। টাকা সব ম্যাডাম রাখে", []),
("sexual_exploitation", "bn-Latn", "new maal ashse 🌸 bangali + nepali duita, age kom, full fresh. rate 5k ghonta, night 15k. booking shudhu telegram @rosegarden_dhk, advance bkash na dile ashbe na", [TG("@rosegarden_dhk")]),
("sexual_exploitation", "bn-Latn", "oi meye ta ke kal Teknaf pathay de, oikhan theke boat e. ora 2 lakh dibe. bolbi bie hoise jamai Malaysia thake", []),
("sexual_exploitation", "bn-Latn", "apu ami ekhon kolkata. je chele bie korbe bole anse se amake ek bari te rekhe gese, ekhane onek meye, rat e manush ashe. amar kisu kora lagbe please", []),
("sexual_exploitation", "en", "Hiring hostess for KL club, female 18-25, good looking, no experience. Salary 8000 RM + tips. Flight, hotel free. Must be open minded and friendly with customers. inbox ig @kl.nightjobs.asia", [IG("@kl.nightjobs.asia")]),
("sexual_exploitation", "en", "girls quota for this month: 6 from Jessore route. Each one must do min 10 clients/day till her 'cost' is finished. Dont let them keep any cash", []),
# ---------------- minors (7: bn2, Latn2, en3)
("minors", "bn", "মেয়ের বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধনে ১৯ বানাইয়া দিমু, পাসপোর্ট ও হইবো। সৌদি তে বাসার কাম, মাসে ১৮ হাজার", []),
("minors", "bn", "১২-১৩ বছরের পোলা লাগবে ১০ টা, চট্টগ্রামের কারখানায়। বাপ মা কে অগ্রিম ১০ হাজার কইরা দিমু, বছর শেষ না হইলে ফেরত যাইবো না", []),
("minors", "bn-Latn", "ei batch e 3 ta kom boyoshi ache, 15-16. NID nai, birth certificate e boyosh baraia nite hobe. Babu ke bolo 5000 kore dite, data entry te mile jabe", []),
("minors", "bn-Latn", "chotto meye ta ke dhaka te basar kaje dilam, 11 bosor. oder kotha mash e 2000 dibe ar school o porabe. 6 mash hoy gese kotha bolte dey na meyer shathe", []),
("minors", "en", "Need young girls for home work in Lebanon, 15 up ok, we fix age in passport. Parents get 50k advance cash. Contact +961 71 234 568", [P("+96171234568")]),
("minors", "en", "the boy is 13 but tall, show him 18 in documents. camel farm needs small boys, owner pays extra for them", []),
("minors", "en", "my cousin is 16, the 'uncle' who took her for garments job in Dhaka now says she is in India and we must pay 80k to bring her. her phone is off since 2 weeks", []),
]

NEG = [
# ---------------- news (6: 2 each)
("news", True, "bn", "মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে লিবিয়ায় নিয়ে জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে রাজধানীর উত্তরা থেকে তাদের আটক করে র‍্যাব। ভুক্তভোগীর পরিবার বিকাশে ১২ লাখ টাকা পাঠিয়েছিল বলে জানায় পুলিশ", []),
("news", True, "bn", "আদালতে আদম ব্যাপারী রফিকুলের ৭ বছরের কারাদণ্ড। রায়ে বলা হয়, ভুয়া ভিসা দিয়ে ১৮ জনের কাছ থেকে প্রায় ৯০ লাখ টাকা নেওয়া হয়", []),
("news", True, "bn-Latn", "khobor dekhsos? CID bolse 5000 bkash agent digital hundi chalaitese, bfiu 200 er beshi account freeze korse. amader bazaar er kono agent ache ki na ke jane", []),
("news", True, "bn-Latn", "news e dilo Malaysia jaowar khoroch sarkari 79 hajar, kintu syndicate nitese 5-6 lakh. dalal ra dhora porle valo", []),
("news", True, "en", "Police rescued 23 workers including 4 minors from a Gazipur factory on Tuesday. The owner, charged under the Prevention and Suppression of Human Trafficking Act 2012, was sent to jail by a Dhaka court", []),
("news", True, "en", "BFIU froze 230 MFS accounts linked to digital hundi rings that collected remittance abroad and paid families in taka through agent numbers, officials said", []),
# ---------------- awareness (6)
("awareness", True, "bn", "সতর্ক থাকুন! বিদেশে যাওয়ার আগে রিক্রুটিং এজেন্সির লাইসেন্স যাচাই করুন। কোনো দালালের হাতে পাসপোর্ট বা টাকা দেবেন না। সমস্যা হলে প্রবাসবন্ধু কল সেন্টারে ফোন করুন", []),
("awareness", True, "bn", "মেয়েদের জন্য বিদেশে পার্লারে বা হোটেলে মোটা বেতনের চাকরির অফার পেলে আগে যাচাই করুন। পাচারকারীরা এভাবেই ফাঁদ পাতে। কাছের থানায় জানান", []),
("awareness", True, "bn-Latn", "sobai share koren: free visa bole kono visa nai. keu jodi bole free visa te saudi niye jabe, bujhben pore kaj nai iqama nai. BMET er site e agency check koren age", []),
("awareness", True, "bn-Latn", "ma bon ra shunen, facebook e 'bideshe valo beton er kaj' dekhe inbox korben na. age family ke janan, police station e jiggesh koren. shishu der kaje pathaben na, 18 er niche bidesh e kaj bedhanik", []),
("awareness", True, "en", "NEVER give your passport to a broker. Never pay in crypto or to personal bKash numbers for a job abroad. If someone asks for USDT 'processing fee', its a scam. Report to 999 or your nearest BMET office", []),
("awareness", True, "en", "Signs someone may be trafficked: they dont hold their own ID, cant speak freely, owe a huge debt to their employer, are not allowed to leave. Call the helpline if you see this", []),
# ---------------- official (6)
("official", True, "bn", "বিজ্ঞপ্তি: মালয়েশিয়ায় কর্মী প্রেরণে সরকার নির্ধারিত সর্বোচ্চ অভিবাসন ব্যয় ৭৯,০০০ টাকা। এর বেশি অর্থ কাউকে দেবেন না এবং সকল লেনদেন ব্যাংকের মাধ্যমে রসিদসহ করুন। - বিএমইটি", []),
("official", True, "bn", "মেসার্স আল-নূর ওভারসিজ (আরএল-১১৪৭) কাতারে নির্মাণ শ্রমিক নিয়োগ। বেতন ১২০০ রিয়াল, ওভারটাইম আইন অনুযায়ী, থাকা প্রদত্ত। সরকার নির্ধারিত ফি ব্যাংকে জমা, রসিদ প্রদান। ইন্টারভিউ: বিএমইটি প্রশিক্ষণ কেন্দ্র, যোগাযোগ ০২-৫৫০১২৩৪৫", [P("+880255012345")]),
("official", True, "bn-Latn", "Assalamualaikum, Ami Probashi app e apnar registration complete. smart card er jonno apnar passport (EC2290417) ta nije niye ashben TTC te, kono third party ke diben na. ei number e call korle fee chaoa hoy na", [PP("EC2290417")]),
("official", True, "bn-Latn", "embassy notice: Saudi te iqama renew er khoroch kafil/company bohon korbe, sromik na. keu taka chaile labour office e obhijog korun. hotline whatsapp wa.me/966550112347", [W("+966550112347")]),
("official", True, "en", "Embassy of Bangladesh, Kuala Lumpur: Workers whose employer holds their passport may lodge a complaint at the Labour Wing. Under Malaysian law employers may not retain workers' passports. Email labour.kl@example-mission.gov.bd", [EM("labour.kl@example-mission.gov.bd")]),
("official", True, "en", "Licensed recruiting agency RL-0932. Demand for 40 cleaners, Singapore. Salary SGD 750 + OT. Worker pays only govt fixed cost with bank receipt. No sub-agents authorised. Verify our licence on BMET website", []),
# ---------------- receipt (6)
("receipt", True, "bn", "আপনি ০১৭৮৪৫৬২৩১০ নম্বর থেকে ৳১৫,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১৮,৪২২.৫০। TrxID BKD4Q7XM2P ১২/০৩/২০২৬ ১৪:০৫", [P("+8801784562310"), TX("BKD4Q7XM2P")]),
("receipt", True, "bn", "নগদ: সেন্ড মানি সফল। পরিমাণ: ৳৩০০০ প্রাপক: ০১৫৫৬৭৮৯০১২ TxnID: 7HK29QPA ব্যালেন্স: ৳৪২১", [P("+8801556789012"), TX("7HK29QPA")]),
("receipt", True, "bn-Latn", "ammu bkash e 20 hajar pathalam, trx id CJ83HZQ1LV check kore niyo. abbar oshudh ar tinni r school fee ta age dio", [TX("CJ83HZQ1LV")]),
("receipt", True, "bn-Latn", "Shop e rocket e 4500 dise Halim bhai, TxnId 6612098453. baki 1500 kal dibe bolse, khatay likhe rakhlam", [TX("6612098453")]),
("receipt", True, "en", "You have received Tk 52,000.00 from 01913457820. Fee Tk 0.00. Balance Tk 53,117.40. TrxID BL6TW0RZ9K at 02/04/2026 11:42", [P("+8801913457820"), TX("BL6TW0RZ9K")]),
("receipt", True, "en", "Cash Out Tk 10,000.00 to Agent 01612348876 successful. Fee Tk 185.00. Balance Tk 2,310.00. TrxID BM1AY5KQ7D at 05/04/2026 18:20", [P("+8801612348876"), TX("BM1AY5KQ7D")]),
# ---------------- worker_content (6)
("worker_content", True, "bn", "আমার সৌদি জীবনের আরেকটা দিন 🇸🇦 আজ ১২ ঘণ্টা ডিউটি করলাম, ৪ ঘণ্টা ওভারটাইম তাও টাকা পাবো। বেতন সময়মতো দেয় কোম্পানি, আলহামদুলিল্লাহ। যারা আসতে চান সরকারি এজেন্সি দিয়ে আসবেন", []),
("worker_content", True, "bn", "দুবাই থেকে ভাইয়েরা, অনেকে জিজ্ঞেস করেন আমার পাসপোর্ট কোথায় থাকে। আমার পাসপোর্ট আমার কাছেই, ইকামা কার্ড ও নিজের। বেতন ২২০০ দিরহাম ব্যাংকে আসে", []),
("worker_content", True, "bn-Latn", "malaysia vlog 45: ajke salary pailam 1850 ringgit, overtime soho. room e 4 jon thaki, company bus e kaje jai. dalal dhoren na, G2G diye ashchi 79 hajar e", []),
("worker_content", True, "bn-Latn", "romania te construction e 1 bochor holo. contract 8 ghonta, shonibar half day. passport nijer kache. amar agency Dhaka r licensed, kono ekstra taka lage nai", []),
("worker_content", True, "en", "Q&A for my followers: yes I work 10 hours, 2 overtime paid. My kafeel is good, renewed iqama on time. Salary 1400 SAR plus food allowance. Ask me in comments", []),
("worker_content", True, "en", "Qatar payday! Sent home 60k taka via bank remittance, 2.5% incentive from govt. Don't use hundi guys, bank is safe and legal", []),
# ---------------- joke (6)
("joke", True, "bn", "বউ আমার পাসপোর্ট জমা রাখছে, কইছে ঈদের বাজার না করা পর্যন্ত ফেরত পাবা না 😂 এইডাই আসল কফিল", []),
("joke", True, "bn", "অফিসের বস ৯টা থেকে রাত ৯টা খাটায়, বেতন দেয় মাসের ২০ তারিখে। আমি আসলে আধুনিক দাস 😭😂 চা খাইতে যাই চলো", []),
("joke", True, "bn-Latn", "amar ammu amar phone niye nise exam er age, ekhon ami nijer barite bondi 😂😂 keu udhar kore", []),
("joke", True, "bn-Latn", "dosto tor kache 500 taka dhar nisilam na? interest soho 5 lakh hoise, na dile tor bari te Libya theke lok pathabo 🤣", []),
("joke", True, "en", "my little sister charged me 50 tk 'processing fee' to return my charger. trafficking of electronics in this house smh 😂", []),
("joke", True, "en", "group project where I did all the work and they took credit. unpaid labour, excessive hours, no day off. calling ILO rn 😤", []),
# ---------------- chatter (6 hard)
("chatter", True, "bn", "দোস্ত তোর বিকাশ এজেন্ট দোকানে ক্যাশ আউটে আজকে এত ভিড় কেন? ঈদের আগে সবার রেমিটেন্স আসছে মনে হয়", []),
("chatter", True, "bn", "রফিক ভাই ৩০ হাজার ধার দিলাম, সামনের মাসে বেতন পাইলে দিও। তাড়া নাই, লিখে রাখলাম খাতায়", []),
("chatter", True, "bn-Latn", "dokan er notun sim ta amar nam e registration korlam, shop er bkash agent number oita, amar NID 19923312457000183 diye korlam. tor NID lagbe na", [NID("19923312457000183")]),
("chatter", True, "bn-Latn", "usdt kinte chaisilam binance p2p te, baad dilam, bujhi na eshob. dps e rakhbo taka", []),
("chatter", True, "en", "Bhai can u send 5000 to my nagad 01811-402967, will return after salary on 7th. Ammu's medicine", [P("+8801811402967")]),
("chatter", True, "en", "our manpower agency office moved to Naya Paltan, Farid bhai still handles the Saudi medical appointments. visa stamping took 3 weeks this time", []),
# ---------------- family (6)
("family", True, "bn", "আব্বু আমার পাসপোর্ট (A০৫৫১৮৩২৭) রিনিউ করতে দিছি, সামনের সপ্তাহে পাবো। তুমি ঈদে ছুটিতে আসলে মিনুর বিয়ের কথা পাকা করবো ইনশাআল্লাহ", [PP("A05518327")]),
("family", True, "bn", "ছোটটার বয়স ১১ হইলো, এবার ক্লাস সিক্সে ভর্তি। স্কুলের বেতন মাসে ৮০০ টাকা, তুমি এই মাসে একটু বেশি পাঠাইও", []),
("family", True, "bn-Latn", "abbu malaysia theke taka pathaise bank e, tomar account e 45 hajar dhukbe. bari r chal er kaj ta shuru koro", []),
("family", True, "bn-Latn", "mama bolse Rumi r biye dibe december e. chele italy thake, family valo, amra giye dekhe ashchi. passport er kaj o cholche chele r", []),
("family", True, "en", "Beta don't worry about the loan, I paid the last kisti to Grameen today. Keep your passport and papers safe and call us Friday", []),
("family", True, "en", "Your cousin Nila got her Japan student visa! She flies 3rd April, uncle paid the tuition directly to the university. so proud", []),
# ---------------- easy negatives (12: 4 each)
("chatter", False, "bn", "ভাই কাল খেলা দেখবা? বিকালে চা খাইয়া মাঠে যামু", []),
("chatter", False, "bn", "আজকে বৃষ্টি অনেক, ছাতা নিয়া বাইর হইও", []),
("chatter", False, "bn", "মিটিং কয়টায়? আমি ৩টার আগে পারবো না জ্যামে আটকাই আছি", []),
("chatter", False, "bn", "রাতে বিরিয়ানি রান্না হইছে, চইলা আসো 😋", []),
("chatter", False, "bn-Latn", "kire ki korish? movie dekhte jabi naki", []),
("chatter", False, "bn-Latn", "bhai ami pouchai gesi, bus e onek bhir silo", []),
("chatter", False, "bn-Latn", "notes ta pathai de na plz kal quiz ache", []),
("chatter", False, "bn-Latn", "happy birthday dosto 🎂 onek boro ho", []),
("chatter", False, "en", "running 10 min late, order me a coffee pls", []),
("chatter", False, "en", "did u watch the match last night? what a finish", []),
("chatter", False, "en", "Reminder: team lunch tomorrow 1pm at Kacchi Bhai", []),
("chatter", False, "en", "ok see you at the mosque after jumma", []),
]

HARD_FLAG = ["আব্বা চিন্তা", "তোর বাপের ঠিকানা", "they moved us 3 times", "oi meye ta ke kal", "the boy is 13",
             "Day 140", "Reminder: instalment", "new sims came", "ঘরের লোক জিগাইলে", "ei sim ta ekhon", "amar kotha na shunle",
             "chotto meye ta ke", "girls quota", "পার্লারের কাজ বলে"]

def check(items):
    for it in items:
        t = it["text"].translate(TOASCII)
        tnd = re.sub(r"\D", "", t)
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                d = v.lstrip("+")
                ok = d in tnd or (d.startswith("880") and ("0" + d[3:]) in tnd)
                assert ok, (it["id"], v)
            elif e["type"] == "bd_nid":
                assert v in tnd, (it["id"], v)
            elif e["type"] in ("telegram", "instagram"):
                assert v[1:] in t, (it["id"], v)
            elif e["type"] == "eth_address":
                assert v in t.lower(), (it["id"], v)
            else:
                assert v in t, (it["id"], v)
    flag = [i for i in items if i["label"] == "flag"]
    assert len(items) == 120 and len(flag) == 60
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    # crypto validity
    for a in (T1, T2, T3):
        assert a.startswith("T") and len(a) == 34
    assert BT1.startswith("1")
    assert sum(1 for i in items if i["label"] == "flag" and i["hard"]) == len(HARD_FLAG)

def main():
    items = []
    for c, s, t, e in FLAG:
        items.append({"text": t, "label": "flag", "category": c, "script": s,
                      "voice": "victim_or_recruiter", "hard": any(t.startswith(h) for h in HARD_FLAG), "entities": e})
    for v, h, s, t, e in NEG:
        items.append({"text": t, "label": "ok", "category": None, "script": s,
                      "voice": v, "hard": h, "entities": e})
    random.Random(34).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev34-{n:04d}", **it})
    check(out)
    with open("eval/dev/dev34.jsonl", "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
