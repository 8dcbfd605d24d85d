"""Blind evaluation set dev146 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: admin of a Facebook/WhatsApp support group for women returnees (Saudi Arabia, Jordan, Lebanon domestic workers) in Manikganj and Faridpur; members forward messages from sisters abroad, local dalals and agencies, and village gossip.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev146.jsonl"
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


BTC1 = btc("dev146-btc-1")
TRON1 = tron("dev146-tron-1")
ETH1 = eth("dev146-eth-1")

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

# ================================================================ FLAG (60)
# --- recruitment_deception (8: bn3 bl3 en2)
F("recruitment_deception", "bn", "আপা, আমার ছোট বোন রিয়াদ থেকে ভয়েস পাঠাইছে, লেইখা দিলাম: দালাল কইছিল হাসপাতালে আয়ার কাজ, বেতন ৩৫ হাজার টাকা। এইখানে আইসা দেখি এক বাড়িতে ১১ জন মানুষের কাজ, বেতন কয় ৮০০ রিয়াল, চুক্তির কাগজ আমারে দেখায়ও নাই।")
F("recruitment_deception", "bn", "জর্ডানে গার্মেন্টসে মহিলা লোক নেওয়া হবে!! কাজ শুধু সুতা কাটা, থাকা খাওয়া ফ্রি, বেতন ৪৫০০০ টাকা। মেডিকেল লাগবে না, ট্রেনিং লাগবে না, বিএমইটি কার্ড আমরাই বানাইয়া দিমু। সিট মাত্র ৫টা। যোগাযোগ ০১৭৩৮৪৫২৯১৬", [("phone", "+8801738452916")])
F("recruitment_deception", "bn", "আমারে কইছিল লেবাননে এক বাচ্চা দেখার কাজ। এয়ারপোর্টে নামার পর অফিসের লোক আরেক মালিকের কাছে দিয়া গেল, বাড়ি তিন তলা, বুড়া মানুষ দুইজন, বাচ্চা কই কেউ জানে না। মাদাম কয় তোর কাগজে লেখা ক্লিনার, বাচ্চার কথা কে কইছে তোরে।")
F("recruitment_deception", "bn-Latn", "Apa amar chachato bon Jordan gese garments er kotha koiya, ekhon dekhe factory na, ek barite rakhse. Dalal Kashem kaka ar phone dhore na 01827390461. Contract e naki lekha chilo housemaid, she to english porte pare na, sign koira dise.", [("phone", "+8801827390461")])
F("recruitment_deception", "bn-Latn", "Saudi free visa ase 3ta, mohila, 25-35 boyosh. Kono kafil er barite thakte hobe na, nije bahire kaj koira income korben, mashe 1200-1500 riyal easy. Iqama por e hoibo. Passport ready thakle kalkei kotha koin, imo te 01916248703", [("phone", "+8801916248703")])
F("recruitment_deception", "bn-Latn", "bhabi ke bolse Riyadh er ek beauty parlour e kaj, mehedi dewa, chul kata, tai o 2 mash parlour e training nise Manikganj e. Giye dekhe parlour-tarlour kichu nai, madam er barite raat din ghor mosa. Madam bole parlour abar ki, tor visa to khadama.")
F("recruitment_deception", "en", "URGENT!! Female housekeepers for Lebanon - 5 star hotel job, salary USD 600, free ticket, free food. No experience, no age limit. Only passport needed, no BMET no training no hassle. Call/WhatsApp wa.me/8801829364157", [("whatsapp", "+8801829364157")])
F("recruitment_deception", "en", "They told me it was nurse assistant post in a clinic in Amman. I am here 2 months, there is no clinic. I clean 3 floors for one family and the agency man says the contract I signed in Dhaka is not valid here, I have to sign the arabic one or go back at my own cost.")

# --- fees_and_debt (8: bn3 bl2 en3)
F("fees_and_debt", "bn", "দালাল রফিক এখন আবার কইতাছে আরো ৮০ হাজার দিতে হইব, নইলে আমার মাইয়ার ইকামা হইব না। সৌদি যাওয়ার আগেই তো ৪ লাখ ৬০ দিছি, জমি বন্ধক রাইখা। এখন কই পামু আপা।")
F("fees_and_debt", "bn", "মালিক কয় আমারে আনতে ওর ৯ হাজার রিয়াল খরচ হইছে, ঐটা শোধ না হওয়া পর্যন্ত বেতন নাই। দেশে যাওয়ার কথাও মুখে আনতে পারমু না, কয় আগে টাকা ফেরত দে।")
F("fees_and_debt", "bn", "টাকা না দিলে ফ্লাইট হবে না। বাকি ১ লাখ ২০ হাজার বৃহস্পতিবারের মধ্যে দিবেন। সরকারি রেট দেখাইয়েন না, ওইটা কাগজে থাকে, বাস্তবে এইটাই রেট। রশিদ চাইবেন না। অফিস ০১৭৪৬৩১৮২৫৯", [("phone", "+8801746318259")])
F("fees_and_debt", "bn-Latn", "Oi office theke bolse first 6 mash er beton kaitta rakhbe, visa er khoroch. Tarpor protimash 200 riyal kata hobe 'agency fee'. Office er number +966 50 927 4413, phone dile bole madam er sathe kotha kor. Apa eta ki niyom?", [("phone", "+966509274413")])
F("fees_and_debt", "bn-Latn", "Amar ma ke dalal bolse tomar meye ke ferot ante 1.5 lakh lagbe, na hoile o oikhane kaj koira shod dibo 2 bochor. Ma gorur bachur becha shuru korse, NGO theke o loan nise.")
F("fees_and_debt", "en", "Madame says I owe her 3000 dollars for the office in Beirut and my ticket. She writes it in a notebook, every month she adds something, the phone card, the medicine, the glass I broke. After 14 months I still owe 1800 she says.")
F("fees_and_debt", "en", "Bhabi after reaching Jordan the company will take 150 JD for residence card and 100 JD for medical, this is separate from what you paid here. Tell your husband arrange it before she goes, otherwise she works 3 months without salary to cover it.")
F("fees_and_debt", "en", "sister I took loan from the NGO 2 lakh and samity 1 lakh for this visa, interest is running. now agency saying flight cancelled and new flight needs 60000 more. if I dont pay they keep my passport EC4417829 and all money is gone", [("bd_passport", "EC4417829")])

# --- isolation_and_control (8: bn2 bl3 en3)
F("isolation_and_control", "bn", "আপা আমি লুকাইয়া বাথরুম থেকে লেখতাছি। মাদাম ফোন নিয়া গেছে, মাসে একবার ৫ মিনিট কথা কইতে দেয় তাও সামনে বইসা থাকে। বাইরের দরজা সবসময় তালা, চাবি ওর ব্যাগে।")
F("isolation_and_control", "bn", "অফিসের লোক কইছে দেশে কাউরে যেন না কই যে কষ্টে আছি। ভিডিও কলে হাসিমুখে কইতে হয় ভালো আছি, পাশে দাঁড়াইয়া শোনে। আমার পাসপোর্ট আর ইকামা ওগো কাছে, চাইলে কয় লাগব না তোর।")
F("isolation_and_control", "bn-Latn", "Bon er sathe 4 mash kono kotha nai. Last voice e bolse 'amar phone niya gese, ami bair hoite pari na, jodi ar kotha na hoy amar khoj koiro'. Ei number ta +966 53 704 2298 madam er, amra call dile kete dey.", [("phone", "+966537042298")])
F("isolation_and_control", "bn-Latn", "Meyeder ekta ghore rakhse Beirut e, 7 jon, dorja baire theke lock. Office er lok din e ekbar khabar dite ashe, ar kothao jete dey na. Amar bhabi oikhane, 2 mash holo kono barite kaj o dey nai.")
F("isolation_and_control", "bn-Latn", "Apa ami Dammam e. Madam bole 'tor passport ami rakhlam, tor kaje lagbe na'. Baire gele or chhele sathe jay, ekla kothao jaite dey na, pasher barir Bangali meyer sathe kotha bolle o boke.")
F("isolation_and_control", "en", "Please dont call this number again, madam checks the phone. I will message when she sleeps. She said if my family calls one more time she will break the sim and I will not talk to anyone for the whole contract.")
F("isolation_and_control", "en", "My cousin in Amman sent this: the agency keeps all our passports in a safe. We are not allowed to talk to other Bangladeshi girls in the building. Supervisor says 'if you make friends you will run away'.")
F("isolation_and_control", "en", "Sir from the office took my passport at Riyadh airport and said I will get it back after 2 years. I never saw my iqama card. When I ask they laugh. I have no paper if police stops me so I never go out.")

# --- labour_exploitation (8: bn3 bl3 en2)
F("labour_exploitation", "bn", "ভোর ৫টায় উঠি, রাত ২টায় শুই। সাপ্তাহিক ছুটি কারে কয় জানি না। খাওন দেয় একবেলা, বাকিটা ওগো খাওয়ার পর যা থাকে, না থাকলে পানি খাইয়া থাকি।")
F("labour_exploitation", "bn", "৭ মাসের বেতন দেয় নাই। মাদাম কয় তোর টাকা আমার কাছে জমা আছে, যাওয়ার সময় একসাথে দিমু। দেশে মা অসুস্থ, আমি একটা টাকাও পাঠাইতে পারি নাই আপা।")
F("labour_exploitation", "bn", "দুই বাড়িতে কাজ করায়, দিনে নিজের বাসায়, রাতে মাদামের মায়ের বাসায়। বেতন দেয় একটার, ৮০০ রিয়াল কইছিল, হাতে দেয় ৫০০।")
F("labour_exploitation", "bn-Latn", "Apa ekhane ghum 4 ghonta. Baccha 5 ta, ghor 9 ta, ar madam er bon er barite o pathay. Jor hoile o chhuti nai, ousudh chaile bole kaj sesh kor age.")
F("labour_exploitation", "bn-Latn", "Amar khawa ek plate bhat ar dal, tao rat 11 tay. Oder khabar beshi hoile fele dey kintu amare dey na. 3 mashe 9 kg kome gesi, bon re dekhle chinbe na.")
F("labour_exploitation", "bn-Latn", "Salary 3 mash por por ekbar dey, tao puro na. Bole tui glass bhangchos, 100 riyal kata. Ekhon porjonto 11 mash er modhe 4 mash er pailam.")
F("labour_exploitation", "en", "No day off for 10 months. I work from 6 am to 1 am, clean, cook, look after grandmother at night. When I asked for Friday rest madam said you came here to work not to sleep.")
F("labour_exploitation", "en", "From Lebanon: she is sleeping on the balcony since she came, no bed no room, cold at night. 250 dollars promised, 5 months nothing, madame says dollar crisis wait. Her madame number +961 71 238 904 never picks up.", [("phone", "+96171238904")])

# --- sexual_exploitation (7: bn2 bl3 en2)
F("sexual_exploitation", "bn", "আপা এইটা কাউরে কইয়েন না। মালিকের বড় পোলা রাতে আমার রুমে আসে, দরজায় লক নাই। মাদামরে কইলে কয় তুই মিথ্যা কস, বেশি কথা কইলে পুলিশে দিমু।")
F("sexual_exploitation", "bn", "দালাল এখন কয় বাসার কাজ নাই, দুবাই পাঠাইব 'ম্যাসাজ সেন্টারে', ভালো টাকা, খালি কাস্টমারের লগে হাসিমুখে থাকতে হইব, রাতে হোটেলে যাইতে হইতে পারে। মাইয়া কান্দে, কয় আমি এই কাজ করমু না।")
F("sexual_exploitation", "bn-Latn", "Office e 3 din rakhse, raate lok ashe, bole kafil dekhte ashse. Ekjon meye ke niye gese, ferot ashe nai. Amake bolse tor chehara bhalo, tui barir kaj korbi na, hotel e jabi.")
F("sexual_exploitation", "bn-Latn", "Notun 3 ta meye aisa porse BD theke, boyosh 20-22, forsha, kotha shune. Room e ashbe na outside jabe, rate kotha hobe inbox e. Tg @beirut_nightrose", [("telegram", "@beirut_nightrose")])
F("sexual_exploitation", "bn-Latn", "Kafil bole tui amar bou er moto thakbi, na hoile tore office e ferot dimu ar office tore onno jaygay bechbe. Apa ami ki korum, keu ke bolte o parina.")
F("sexual_exploitation", "en", "Madam's husband touches me when she goes out. He said if I tell anyone he will file case that I stole her gold. I lock myself in bathroom till she comes back.")
F("sexual_exploitation", "en", "Hiring Bangladeshi & Nepali girls for VIP spa and private parties in Riyadh & Dubai. Monthly 4000 SAR + tips. Must be slim, under 25, friendly with guests. Passport handed to management on arrival. Contact vipjobs.gulf2026@gmail.com", [("email", "vipjobs.gulf2026@gmail.com")])

# --- minors (7: bn3 bl2 en2)
F("minors", "bn", "দালাল কইছে জন্মনিবন্ধনে বয়স বাড়াইয়া ২৫ করা যাইব, তোমার মাইয়ার তো ১৫, চেহারা দেইখা কেউ বুঝব না। পাসপোর্ট অফিসে আমার লোক আছে, ৩০ হাজার দিলে কাজ হইয়া যাইব।")
F("minors", "bn", "আমার ভাতিজি মাত্র ক্লাস এইটে পড়ত, ওরে বিয়ের কথা কইয়া সৌদির এক লোকের কাছে পাঠাইছে। এখন ফোনে কয় ওইখানে বিয়া না, সারাদিন বাসার কাজ, আর ওর বয়সী আরো দুইটা মাইয়া আছে ওই বাড়িতে।")
F("minors", "bn", "১৪ বছরের মেয়ে লাগবে, বাসায় বাচ্চা দেখবে, খাওয়া থাকা আর মাসে ৫ হাজার মায়ের কাছে বিকাশ। আগে ঢাকায় রাখব, পরে ফ্যামিলির সাথে জর্ডান নিব, কাগজ আমরা ঠিক করমু।")
F("minors", "bn-Latn", "Amar pasher barir Shathi, boyosh 16, kintu or NID 8694213570 e jonmo 2001 lekha. Dalal nije NID banay dise, photo o onno jon er. Ekhon Saudi te, ma ke bole ami chhoto, amake mare.", [("bd_nid", "8694213570")])
F("minors", "bn-Latn", "Bhai chhoto meye lagbe 13-15, gramer, porashona na thakle bhalo, ma-baba gorib hoile aro bhalo. Madam bole boro meye kotha shune na. Shob khoroch amader, call 01357294168", [("phone", "+8801357294168")])
F("minors", "en", "She is only 15 but passport says 24, the agency changed it. Now she cries every night, says the employers son hits her and she wants her mother. Her passport no EF0739285 please help find her.", [("bd_passport", "EF0739285")])
F("minors", "en", "Need girls 12 to 16 for house work in Dhaka first, later abroad with the family. Parents will get 20000 advance. Birth certificate we will manage, no school needed.")

# --- payments_and_proceeds (7: bn2 bl2 en3)
F("payments_and_proceeds", "bn", "বাকি টাকা এক নম্বরে বিকাশে দিবেন না, ধরা খাইব। ০১৮৪৭৩৯২০৫৬ এই নম্বরে ৫ ভাগ কইরা ক্যাশ ইন করেন, প্রতিবার ২০ হাজারের নিচে, ভিন্ন ভিন্ন এজেন্ট থেকে। রেফারেন্সে লিখবেন 'ধান'।", [("phone", "+8801847392056")])
F("payments_and_proceeds", "bn", "আপনার মাইয়ার বেতন রিয়াদে আমার লোকের হাতে দিব, আমি এইখানে নগদে আপনারে দিমু, ব্যাংকে পাঠাইলে কাটা যাইব। তবে প্রতি মাসে ওর বেতনের অর্ধেক আমার কাছে থাকব, ঋণ শোধ না হওয়া পর্যন্ত।")
F("payments_and_proceeds", "bn-Latn", "Transfer hoise? TrxID BJK7Q2M9XA deikha nilam. Ekhon baki 85000 Nagad e 3 ta number e bhag kore pathan, shob e 'personal' likhben, visa er kotha likhben na.", [("mfs_transaction", "BJK7Q2M9XA")])
F("payments_and_proceeds", "bn-Latn", "Madam salary ta bon er account e na pathiye dalal er bKash 01987364251 e dey, dalal bole 'ami rakhlam, vul hoibo na, khoroch uthle dimu'. Apa 6 mash, amra ekta taka pai nai.", [("phone", "+8801987364251")])
F("payments_and_proceeds", "en", "For fast processing pay USDT only. TRC20 address: " + TRON1 + " . Send screenshot to @fastvisa_bd_support after payment, no refund. Visa copy in 3 days.", [("tron_address", TRON1), ("telegram", "@fastvisa_bd_support")])
F("payments_and_proceeds", "en", "Brother dont send by bank. Send BTC to " + BTC1 + " or ETH " + ETH1 + ", my Dubai partner will release the girls passport when he sees the confirmation.", [("btc_address", BTC1), ("eth_address", ETH1)])
F("payments_and_proceeds", "en", "Salary of all 6 girls comes to the office account in Amman. Office keeps 70% for debt and sends 30 JD each to families by hundi. Families collect only from bKash agent 01726583019, no bank.", [("phone", "+8801726583019")])

# --- threats_and_coercion (7: bn2 bl2 en3)
F("threats_and_coercion", "bn", "পালাইলে মালিক হুরুব কইরা দিব, কইছে পুলিশ ধরব, জেলে পচবি। ইকামা তো বানায় নাই, কেউ বাঁচাইতে পারব না, দূতাবাসও না।")
F("threats_and_coercion", "bn", "দালাল কাশেম আমার আব্বারে ফোন দিয়া কইছে মামলা উঠাইয়া না নিলে তোমার মাইয়া আর দেশে ফিরব না, আর তোমার পোলারে রাস্তায় দেইখা লমু।")
F("threats_and_coercion", "bn-Latn", "Madam boltese jodi ami embassy te jai, or bhai police e bolbe ami churi korsi. Gotokal chul dhore dewal e matha mairse, kopal kete gese.")
F("threats_and_coercion", "bn-Latn", "Office er lok bolse tui return korte chaile 2 lakh de, na hoile tor video village e chhaira dimu. Imo 01585264907 theke call dey raat e.", [("phone", "+8801585264907")])
F("threats_and_coercion", "en", "If you go to the embassy I will report you huroob, you will sit in deportation jail 6 months, no salary, nothing. Think carefully before you do something stupid.")
F("threats_and_coercion", "en", "Sister they beat us with the hose pipe in the office when we refuse a new house. One girl got electric shock. Please tell someone, we are 9 here.")
F("threats_and_coercion", "en", "Your daughter signed 2 years. If she comes back early you will pay the full cost 3 lakh and we will file fraud case against your family at Faridpur court. Tell her to stop crying and work.")

# ================================================================ OK (60)
# news
N("news", "bn", "মানিকগঞ্জে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার। র‍্যাব জানায়, তারা সৌদি আরবে বাসার কাজের কথা বলে নারীদের বিদেশে পাঠাত। অভিযানে উদ্ধার হয়েছে ২২টি পাসপোর্ট।")
N("news", "en", "Faridpur: Police arrest unlicensed sub-agent who collected Tk 4.5 lakh each from 12 women promising hotel jobs in Jordan, says OC Kotwali. Case filed under the trafficking act.")
N("news", "bn-Latn", "Amader gramer Rashid dalal re police dhorse, TV te dekhaise. Amra 3 bochor dhore bolchhilam, ekhon shobai bishshash korbe.")
N("news", "bn", "লেবানন থেকে ফিরলেন ৪৫ নারী গৃহকর্মী। বিমানবন্দরে তাদের খাবার, যাতায়াত খরচ ও প্রাথমিক চিকিৎসা সহায়তা দেওয়া হয়।")
N("news", "en", "Saudi Arabia deported around 70,000 Bangladeshi workers last year, many of them on so-called free visas, according to a BRAC migration programme report.")
N("news", "bn", "জর্ডানে নতুন নিয়ম: গৃহকর্মীর পাসপোর্ট নিয়োগকর্তা আটকে রাখতে পারবে না, রাখলে জরিমানা। খবরটা শেয়ার করলাম বোনেরা। https://www.jugantor.com/probash/2026/jordan-passport-rule", [("url", "https://www.jugantor.com/probash/2026/jordan-passport-rule")])
N("news", "en", "Our member Nasima apa's case: embassy recovered 7 months salary from her old employer, 5,600 riyal. She is so happy, thank you all for your prayers 🤲")
# awareness
N("awareness", "bn", "সচেতনতা: কেউ যদি বলে 'ফ্রি ভিসা', 'মেডিকেল লাগবে না', 'ট্রেনিং লাগবে না' — সাবধান। বিএমইটি স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। পাসপোর্ট কখনো দালালের হাতে দিবেন না।")
N("awareness", "bn-Latn", "Group er shobai ke bolchi: kono dalal ke passport diben na, NID er copy o diben na. Agency er license number BMET er site e check korben. Shondeho hoile amake inbox koren.")
N("awareness", "en", "Know your rights: your employer has no right to keep your passport. If salary is not paid, contact the embassy labour wing or Probashi Kallyan desk at the airport.")
N("awareness", "bn", "আমাদের গ্রুপে কারো বোন যদি বিদেশে মারধর বা আটকে রাখার শিকার হয়, দেশের আত্মীয়রা এই নম্বরে যোগাযোগ করেন: ০১৭১৪৫৩৬২৮৭ (গ্রুপ অ্যাডমিন)। নাম গোপন থাকবে।", [("phone", "+8801714536287")])
N("awareness", "en", "Going abroad? Never pay more than the government fixed cost. Take a money receipt for every taka. Don't let anyone change your age on the passport, it is a crime and puts you at risk.")
N("awareness", "bn-Latn", "Ajker uthan boithok e OKUP er apa aisilen, bujhaisen free visa ki, huroob ki, iqama na thakle ki hoy. 32 jon mohila aisilen, cha-biscuit o chilo 😊")
N("awareness", "bn", "বোনেরা, বিদেশে কেউ যদি আপনার ফোন কাইড়া নিছিল বা বেতন আটকাইছিল, এইটা আপনার দোষ না। দেশে ফিরা লজ্জা পাবেন না, আমরা আছি।")
N("awareness", "en", "Training session Saturday: how to use Ami Probashi app, how to check a visa is real, how to send money through bank. Bring your phone. Contact Shirin 01913672048.", [("phone", "+8801913672048")])
N("awareness", "bn-Latn", "Lebanon er meyeder jonno ekta Telegram group ache @lebanon_probashi_bon, okhane embassy er update dey ar ferot ashar flight er khobor. Join koren.", [("telegram", "@lebanon_probashi_bon")])
N("awareness", "en", "Scam alert: a fake page 'Saudi Jobs BD Official' is taking 10,000 tk registration fee. BMET never takes money on Facebook. Real site: https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("awareness", "bn", "নারী অভিবাসী ফোরাম থেকে বিনা খরচে আইনি সহায়তা পাওয়া যায়, যারা দালালের বিরুদ্ধে মামলা করতে চান ইমেইল করেন: help.returnee.mkg@gmail.com", [("email", "help.returnee.mkg@gmail.com")])
# official
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: সৌদি আরবে নারী গৃহকর্মী হিসেবে যেতে কর্মীকে কোনো অভিবাসন ব্যয় দিতে হবে না; বিমান ভাড়াসহ সকল খরচ নিয়োগকর্তা বহন করবেন। প্রশিক্ষণ ৩০ দিন, টিটিসি মানিকগঞ্জ।")
N("official", "en", "Licensed agency notice: Al-Noor Overseas (RL-1187). Jordan garments, female sewing operators. Salary 125 JD + overtime, 8 hrs/day, weekly 1 day off. Worker cost as per government rate, all payments by bank with receipt. Interview TTC Faridpur 14 Jan. Info 01711846302", [("phone", "+8801711846302")])
N("official", "bn-Latn", "TTC Faridpur theke SMS: Apnar housekeeping training (30 din) shuru 5 February sokal 9 tay. NID, passport er copy ar 4 copy chobi sathe anben.")
N("official", "en", "Ami Probashi: Your registration is complete. BMET ID 24-FRD-0077812. Smart card will be issued after pre-departure orientation. Do not pay anyone for the smart card. https://amiprobashi.com", [("url", "https://amiprobashi.com")])
N("official", "bn", "দূতাবাস রিয়াদ, শ্রম উইং: গৃহকর্মীদের অভিযোগের জন্য হটলাইন +966 55 418 3302, শনি-বৃহস্পতিবার সকাল ৯টা থেকে বিকাল ৫টা।", [("phone", "+966554183302")])
# receipt
N("receipt", "bn", "বিকাশ: আপনি ৳৫,০০০ পেয়েছেন ০১৭৯২৮৪৬১৩০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৬,২১০.৫০। TrxID CKL8R3N5TW। সময় ১২/১০/২০২৬ ১৯:৪২", [("phone", "+8801792846130"), ("mfs_transaction", "CKL8R3N5TW")])
N("receipt", "en", "Cash In Tk 12,000.00 from 01554738291 successful. Fee Tk 0.00. Balance Tk 14,530.00. TrxID DAT2V6P9KM at 03/11/2026 10:15", [("phone", "+8801554738291"), ("mfs_transaction", "DAT2V6P9KM")])
N("receipt", "bn-Latn", "Nagad: Remittance received Tk 20,000 from Saudi Arabia, TxnID 74H9KD2E. ✔ Bon er beton er taka aisa porse, alhamdulillah, ammar ousudh kinbo", [("mfs_transaction", "74H9KD2E")])
N("receipt", "en", "Remittance received: SAR 1,000 = BDT 32,480 credited to a/c ****3391. Ref RMT5518203. Thank you for sending money through legal channel.")
# family
N("family", "bn", "আম্মা, পাসপোর্টটা তোমার আলমারিতে রাখলাম, আমার কাছে রাখলে হারাইয়া ফেলমু। সৌদি যাওয়ার দিন ছাড়া আর বাইর করবা না।")
N("family", "bn-Latn", "Bhabi, Rina er biyer kotha cholche, chhele Jordan e thake, factory te kaj kore. Amra age khoj nibo or barir lok ke, tarpor kotha agabo.")
N("family", "en", "Ammu I reached Amman safely. Company people are nice, we are 6 girls in one flat. This is my new number +962 79 614 2250, I will call on Friday.", [("phone", "+962796142250")])
N("family", "bn", "মেজো আপা কইল, দুবাই থেকে ফেরার সময় সোনার চেইন আনব মায়ের লাইগা। টাকা জমাইতাছে ২ বছর ধইরা, মাদামের কাছেই রাখে, নিজে চাইছে।")
N("family", "bn-Latn", "Abba, madam amar beton bank e pathaise, 3 mash er ek shathe, karon ami nije bolsilam jomai rakhte. Mobile e check kore dekho.")
N("family", "en", "Brother please keep my passport and NID copy in your email, if something happens you will have it. Passport A08472615, NID 4627019853.", [("bd_passport", "A08472615"), ("bd_nid", "4627019853")])
N("family", "bn", "মামাতো বোন কয়, লেবাননে ওর মাদাম ফোন কাইড়া নেয় নাই, ছুটির দিনে বাইরেও নিয়া যায়, রাইতে ভিডিও কলে দেখায় কি রানছে। আল্লাহর রহমতে ভালো আছে।")
N("family", "bn-Latn", "Mamu, Lamia er SSC result dise, GPA 5! Or ma Saudi theke video call e kande, bole meye ke kono din bidesh e pathabo na, porabo.")
# joke
N("joke", "bn-Latn", "Amar jamai bole 'tomare Saudi pathai, ami baccha samlai'. Ami bolsi agey tumi ek cup cha banaiya dekhao 😂")
N("joke", "bn", "ভাবি কয় আমার শাশুড়ির অত্যাচার সৌদির মাদামের চেয়েও বেশি, অন্তত মাদাম বেতন দিত 😂😂")
N("joke", "en", "lol my husband locked me out of the house because I came back late from the meeting. Human rights violation, I will report to the embassy 😂")
# worker_content
N("worker_content", "bn", "আমি রিয়াদে ৩ বছর আছি, মাদাম ভালো, প্রতি মাসে ১ তারিখে বেতন দেয়, শুক্রবার ছুটি। ইকামা আমার নিজের কাছে। সবাই খারাপ না বোনেরা।")
N("worker_content", "bn-Latn", "Jordan e factory te ami overtime kori nije ichhay, 2 ghonta besi, mashe 40 JD besi pai. Saturday off. Roommate ra sobai Bangali, raat e ranna kori ekshathe.")
N("worker_content", "en", "Alhamdulillah contract finished, 2 years in Beirut. Madame bought my ticket herself and gave me 200 dollars extra. Landing Dhaka Thursday 3 am.")
N("worker_content", "bn", "ফিরা আসছি তিন মাস হইল, এখন মুরগির খামার দিছি লোন নিয়া। কিস্তি ৩৫০০ টাকা মাসে, ঠিকঠাক দিতাছি, দোয়া কইরেন।")
N("worker_content", "en", "Got my iqama renewed today, kafeel paid the fee himself. Next year inshallah I transfer to a hospital cleaning job with his permission.")
# chatter (hard)
N("chatter", "bn-Latn", "Kashem dalal re aij bazar e dekhlam, manush ghira dhorse takar jonno. Chairman bolse shalish boshbe shukrobar, amra o jabo.")
N("chatter", "bn-Latn", "Kal group meeting Shibalaya upazila hall e, 3 tay. Jara Lebanon theke ferot aisen, tader jonno reintegration form ache, passport ar BMET card er copy anben.")
N("chatter", "en", "Reminder for members: do not post anyone's passport photo or phone number in the group. Send to admin privately. Safety first.")
N("chatter", "bn", "যার বোন সৌদিতে বেতন পাইতাছে না, ওগো নাম-ঠিকানা, মালিকের নাম আর ইকামা নম্বর দিয়া রাখেন, আমি সোমবার দূতাবাসে অভিযোগ পাঠামু।")
N("chatter", "bn-Latn", "Shunlam Faridpur er ek agency te mohila der free visa bole 5 lakh nitese. Keu ki agency tar nam jano? Thana te jabo amra.")
# everyday (not hard)
N("chatter", "bn", "আপা কাল মিটিং এ আসতে পারমু না, পোলার জ্বর।", hard=False)
N("chatter", "bn-Latn", "Ke ke pitha utshob e asbe? Amra shobai mile bhapa pitha banabo, Shahnaz apa narikel anben.", hard=False)
N("chatter", "en", "Happy Eid to all sisters in the group ❤️ stay safe wherever you are.", hard=False)
N("chatter", "bn-Latn", "Alur dam abar 70 taka, ki je hoilo desher.", hard=False)
N("chatter", "bn-Latn", "Apa group er photo gula kobe diben? Amar ta sundor hoise naki dekhi 😅", hard=False)
N("chatter", "en", "Can someone share the kabsa recipe? My daughter wants the rice I used to cook there.", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তা ডুইবা গেছে, ঘিওর বাজারে যাওয়া যাইতাছে না।", hard=False)
N("chatter", "bn-Latn", "Sewing course er certificate pailam aaj! Ekhon blouse er order nite parbo 🥰", hard=False)
N("chatter", "en", "Who knows a good tailor in Faridpur town? Need salwar for my niece wedding next week.", hard=False)
N("chatter", "bn", "আমার নতুন নম্বর ০১৬২৯৪৮৭৩০৫, সেভ কইরা রাখেন সবাই।", [("phone", "+8801629487305")], hard=False)
N("chatter", "bn", "আইজ ক্রিকেট দেখছেন? বাংলাদেশ জিতছে, সবাই মিষ্টি খান 😄", hard=False)
N("chatter", "en", "Thank you admin apa for adding me. I came back from Jordan last year, happy to be here.", hard=False)


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
    random.Random(146).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev146-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
