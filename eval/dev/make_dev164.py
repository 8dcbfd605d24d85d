"""Blind evaluation set dev164 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a counsellor at a Dhaka "study abroad" consultancy who later helped Bangladeshi students stranded in Northern Cyprus and Georgia.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev164.jsonl"
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


BTC1 = btc("dev164-btc-1")
TRON1 = tron("dev164-tron-1")
ETH1 = eth("dev164-eth-1")

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
# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপু নর্দান সাইপ্রাসে স্টুডেন্ট ভিসা, IELTS লাগবেনা। ওখানে গিয়ে পার্টটাইম জব আমরাই দিব, মাসে ১২০০-১৫০০ ইউরো শিওর। ফার্স্ট ইয়ারের টিউশন এখন দেয়া লাগবেনা, জবের বেতন থেকে কাইটা নিবে। সিট লিমিটেড আপু, আজকেই ফাইল জমা দেন")
F("recruitment_deception", "bn",
  "ভাই এখানে আসার পর দেখি ভার্সিটিতে আমার নামে কোন এডমিশনই নাই। এজেন্ট যে অফার লেটার দিছিল ওইটা নাকি ভুয়া, ইন্টারন্যাশনাল অফিস বলছে ওরা এই নামে কোন লেটার ইস্যুই করে নাই। এখন এজেন্টের লোক বলতেছে আগে হোটেলে কাজ, পড়াশোনা পরে দেখা যাবে")
F("recruitment_deception", "bn",
  "জর্জিয়াতে ওয়ার্ক পারমিট লাগে না ভাই, স্টুডেন্ট ভিসায় ঢুকবেন আর সরাসরি ফুলটাইম জব। ভার্সিটিতে খালি নাম থাকবে ক্লাস করা লাগবে না। ৬ মাস পর ইউরোপ ঢুকানোর লাইনও আছে। ডিটেইলস এর জন্য কল দেন 01912-305587",
  [("phone", "+8801912305587")])
F("recruitment_deception", "bn-Latn",
  "bro tumi je bolsila campus er pashe restaurant e part time, eikhane to amader niye aschhe ekta farm e, shohor theke 40 min dure. class er kotha keu bole na. agent bhai ke phone dile dhore na, imo te seen kore rekhe dey")
F("recruitment_deception", "bn-Latn",
  "Sir apnar kotha moto amra 4 jon Batumi asi. bolsilen university hostel free, ekhon dekhi ekta basement e 9 jon thaki r hotel er malik bolse rent 200 lari beton theke katbe. admission letter tao naki fake, university te giye dekhi amader naam e nai")
F("recruitment_deception", "bn-Latn",
  "CYPRUS E STUDY + JOB!! 🇨🇾 HSC pass holei hobe, IELTS chara. Visa 100% guaranteed, airport e pickup, hotel/casino te job ready, mashe 1000$+ income. Kono advance nai shudhu file charge. Panthapath office e chole ashen ba Call/IMO 01819-447231. Details: https://bit.ly/cyprus-study-job26",
  [("phone", "+8801819447231"), ("url", "https://bit.ly/cyprus-study-job26")])
F("recruitment_deception", "en",
  "Dear guardian, your son will join the Kyrenia Global University campus. Classes are only 2 days per week so he can work the rest of the week in our partner hotel, salary USD 900. Everything is legal, in North Cyprus students are allowed full time work. Please confirm by sending the file charge today. Email: admissions.kgu.bd@gmail.com",
  [("email", "admissions.kgu.bd@gmail.com")])
F("recruitment_deception", "en",
  "the letter said BBA Hospitality Management with paid internship. there is no internship apa. they took us straight from the airport to a casino in Girne, we clean and serve drinks 7pm to 7am, the agent calls it the 'practical module'. i have not seen the university once")

# ---- fees_and_debt (8: en 3, bn 3, bn-Latn 2)
F("fees_and_debt", "en",
  "Your tuition balance is 3200 USD plus 1800 for job placement and accommodation. Until it is cleared you work at the hotel and the manager deducts it from your salary every month. No clearance, no documents released. Don't waste my time asking again. Manager number +90 548 812 3307.",
  [("phone", "+905488123307")])
F("fees_and_debt", "en",
  "Amma don't send more, they said first 6 months salary goes to the agent for 'processing'. I got 150 lira this month out of 900. Every month they add something, now they say the airport pickup and residence permit were extra 600 dollar")
F("fees_and_debt", "en",
  "Mr. Rahim, your daughter signed the undertaking. She owes EUR 4,500 to the company for visa, ticket and admission. If she leaves the job before repaying, the full amount plus penalty will be claimed from the guarantor in Bangladesh. Call +90 533 847 2196 if you have questions.",
  [("phone", "+905338472196")])
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক রেখে ৭ লাখ দিছে এজেন্টরে। এখন এখানে আসার পর বলতেছে রেসিডেন্স পারমিটের জন্য আরো ২ লাখ লাগবে নাইলে ইলিগাল হয়ে যাব। টাকা না থাকলে কাজ করে শোধ দাও, বেতন থেকে কাটবে। আব্বারে কেমনে বলি")
F("fees_and_debt", "bn",
  "যতদিন তোর ফাইলের ৪ লাখ টাকা উসুল না হয় ততদিন ফার্মেই থাকবি। মাস শেষে হাতখরচ ৫০ লারি পাবি, বাকিটা হিসাবে জমা থাকবে। হিসাব আমার খাতায়, তোর দেখার দরকার নাই")
F("fees_and_debt", "bn",
  "ভাইয়া ১১ মাস হইল কাজ করতেছি কিন্তু ওদের খাতায় আমার দেনা কমেই না। খাওয়া, থাকা, ইউনিফর্ম, গাড়ি ভাড়া সব নাকি আমার হিসাবে যোগ হয়। গত মাসে বলে ভার্সিটির লেট ফাইনও আমার নামে")
F("fees_and_debt", "bn-Latn",
  "tui ekhon chole jabi? tahole agent er 5 lakh r university r bokeya fee ke dibe? contract e sign korsos, 2 bochor kaj kore shodh dite hobe, tar age passport er kotha mukhe anbi na")
F("fees_and_debt", "bn-Latn",
  "Apa ami shomiti theke loan nisi 3 lakh, bhai re Georgia pathaite. ekhon agent bolche visa extension er jonno aro 2.5 lakh na dile bhai ke onno company r kache 'transfer' kore dibe, oikhane r o beshi kaj. kisti o dite parchi na apa. agent er number 01556-738214, apni ektu kotha bolben?",
  [("phone", "+8801556738214")])

# ---- isolation_and_control (7: bn-Latn 3, bn 2, en 2)
F("isolation_and_control", "bn-Latn",
  "amader sobar phone shift er shuru te supervisor er kache joma dite hoy, rat 2 tar por 10 min er jonno dey. bari te kotha bolar somoy pashe dariye thake, ki bolchi shune")
F("isolation_and_control", "bn-Latn",
  "ammu ke kisu bolo na please. ora bolse family ke janaile deport kore dibe. ami lukaiya arekjon er phone theke msg dicchi, ei number e reply dio na, ami abar sujog pele dibo")
F("isolation_and_control", "bn-Latn",
  "hostel er gate e tala, chabi manager er kache. shudhu kaj er van e kore hotel e niye jay r rate niye ashe. 3 mash hoye gelo ekdin o Lefkosa shohor e jaite parini, bazar o ora kore dey")
F("isolation_and_control", "bn",
  "আমাদের পাসপোর্ট আর রেসিডেন্স কার্ড অফিসের লকারে রাখছে, বলে হারায় ফেলবা। বাইরে গেলে পুলিশ ধরলে কিছু দেখাইতে পারিনা তাই কেউ বাইরে যায়না। ভার্সিটির ইমেইলও ওরাই খুলে দেখে")
F("isolation_and_control", "bn",
  "নতুন মেয়েগুলারে কারো সাথে কথা বলতে দিবানা, বাংলাদেশি কমিউনিটির কারো সাথে তো একদমই না। ফোন আমার কাছে থাকবে, বাসায় কথা বলা লাগলে আমি সামনে বসায় কল করায় দিব")
F("isolation_and_control", "en",
  "pls help, they moved us from Tbilisi to a village in Kakheti, no wifi no sim. supervisor keeps our passports and lets us call home only on friday from his phone with speaker on. this is my friend's phone +995 599 30 17 64, he is from the next farm",
  [("phone", "+995599301764")])
F("isolation_and_control", "en",
  "Rules for new students: passports stay with the office for 'residence processing'. No going out after shift. No direct contact with the university international office or the Bangladeshi association, everything goes through me. Whoever breaks this pays 100 USD. Questions only to office.cyp.students@gmail.com",
  [("email", "office.cyp.students@gmail.com")])

# ---- labour_exploitation (8: bn-Latn 3, en 3, bn 2)
F("labour_exploitation", "bn-Latn",
  "aj 16 ghonta duty korsi casino er kitchen e. off day nai 5 week hoye gelo. ekbela bhat dey, baki time ruti r cha. class e to ekdin o jaite pari nai, attendance 0")
F("labour_exploitation", "bn-Latn",
  "greenhouse e sokal 5 ta theke rat 9 ta porjonto tomato tola. 3 mash er beton bole 'university fee te adjust' hoise. hate ekta poisha o nai, shampoo kinte o onner kache chai")
F("labour_exploitation", "bn-Latn",
  "bhai amar hat pure gese fryer e, manager bole hospital e gele visa problem hobe, kaj chalay jao. 12 jon ek room e thaki, bathroom ekta, gorom pani 2 din dhore nai")
F("labour_exploitation", "en",
  "Salary for December and January still not paid. Boss says students are 'trainees' so he pays only when the season finishes. We work 7 days, 14 hours, each of us cleans 40 rooms a day.")
F("labour_exploitation", "en",
  "bro the shift at the hotel laundry is 6am to 10pm and if we are 5 min late its 20 lira fine. i missed the midterm, university sent warning letter for attendance, boss said ignore it, you are here to work not study")
F("labour_exploitation", "en",
  "We are 6 Bangladeshi boys on the hazelnut farm, sleeping in a storage container. They give bread and one cooked meal, we have not been paid since we arrived in August. When we ask, he says after harvest.")
F("labour_exploitation", "bn",
  "ভাই কলেজের নামে আনছে কিন্তু আমরা দিনে ১৪-১৫ ঘন্টা কনস্ট্রাকশন সাইটে ইট টানি। বেতন চাইলে বলে ভার্সিটির ফি কাটা গেছে। জ্বর নিয়াও কাজে যাইতে হয়, ছুটি নাই")
F("labour_exploitation", "bn",
  "রেস্টুরেন্টে সপ্তাহে ৭ দিন, রাত ৩টায় শেষ, আবার সকাল ১০টায় ঢুকি। মালিক বলে স্টুডেন্ট ভিসায় এর চেয়ে বেশি কিছু পাবা না। ৪ মাসে বেতন দিছে একবার, তাও অর্ধেক")

# ---- sexual_exploitation (8: en 3, bn-Latn 3, bn 2)
F("sexual_exploitation", "en",
  "The job is hostess only, you sit with customers and make them buy drinks, 20% commission. If a customer wants to take you out after closing, that is between you and the manager, he decides. Your tuition debt goes down much faster that way. Talk to madam first on telegram @madam_lina_cy",
  [("telegram", "@madam_lina_cy")])
F("sexual_exploitation", "en",
  "Sister please call me. The waitress job at the club is not waitress. They make us dance and go to the private rooms with men, madam says if I refuse my debt doubles. I am so ashamed, don't tell my family")
F("sexual_exploitation", "en",
  "Hiring young Asian girls for night club in Kyrenia. Student visa arranged, housing provided, earn 3000€+/month. Must be slim, 18-25, full body photo required. No experience needed. Telegram @kyrenia_night_jobs",
  [("telegram", "@kyrenia_night_jobs")])
F("sexual_exploitation", "bn-Latn",
  "meye gula ke bolbi university er reception e part time. pouchhanor por club e host. chehara bhalo emon 3-4 ta pathao next intake e, per head 800 dollar commission tor. file er jonno Rony ke call dibi 01877-503619",
  [("phone", "+8801877503619")])
F("sexual_exploitation", "bn-Latn",
  "apu amake bolse customer er sathe hotel e jete hobe, na gele passport ferot dibe na. ami ki korbo, ekhane keu jane na ami ki kori. ammu bhabe ami porashona kori")
F("sexual_exploitation", "bn-Latn",
  "Shanta ke club er malik nijer flat e rakhse, bole raate 'guest' ashe. se ar class e ashe na, phone o bondho. amra bhoy paisi, kake bolbo bujhtesi na")
F("sexual_exploitation", "bn",
  "বোন ক্লাবে শুধু সার্ভ করা না। রাতে কাস্টমারের সাথে রুমে পাঠায়, টাকা সব ম্যাডাম নেয়। আমাকে বলছে টিউশনের দেনা শোধ হইলে ছাড়বে, কিন্তু দেনা তো শেষই হয় না")
F("sexual_exploitation", "bn",
  "ছবি পাঠাও, শাড়ি পরা একটা আর ওয়েস্টার্ন একটা। এখানের ক্লায়েন্টরা বাঙালি মেয়ে চায়, 'স্টুডেন্ট' বললে রেট ডাবল। রাজি না হইলে টিকিটের টাকা ফেরত দিতে হবে। ইমোতে পাঠাবা +90 548 812 3307",
  [("phone", "+905488123307")])

# ---- minors (7: bn 3, en 2, bn-Latn 2)
F("minors", "bn",
  "মেয়েটার বয়স ১৬, পাসপোর্টে ১৯ করে দিছি, জন্মনিবন্ধন নতুন করে বানাইছি। ভার্সিটির অফার লেটার আসলে সোজা ক্লাবের ম্যাডামের কাছে পাঠায় দিব। পাসপোর্ট নং EB0456712, স্ক্যান কপি রাখিস",
  [("bd_passport", "EB0456712")])
F("minors", "bn",
  "ভাইয়া আমার ছোট ভাই এখনো SSC দেয় নাই, ১৫ বছর। এজেন্ট বলতেছে 'ল্যাঙ্গুয়েজ কোর্সে' নিয়ে হোটেলে কাজ দিবে, বয়স কোন সমস্যা না, কাগজে ঠিক করে দিবে। আব্বা রাজি হয়ে গেছে")
F("minors", "bn",
  "ক্লাবে যে নতুন দুইটা মেয়ে আসছে ওরা তো বাচ্চা, ১৪-১৫ হবে বড়জোর। রাতে কান্নাকাটি করে। ম্যানেজার বলে সবার কাগজে ১৮+, আমাদের চুপ থাকতে বলছে")
F("minors", "en",
  "Two of the boys at the farm are 16, they came on 'foundation programme' papers with the age changed. They work the same 13 hours as us and cry at night for their mother. Owner says if anyone asks, they are 19.")
F("minors", "en",
  "For the under-18 ones don't put them on the university list, enrol them as 'language school' and send directly to the hotel in Famagusta. Keep the real birth certificates with you, not with the kids.")
F("minors", "bn-Latn",
  "class 9 e pore meye ta. agent bolse Cyprus e 'student' hisebe niye jabe, oikhane club e 'dancer'. baba ke 2 lakh advance diye dise. gramer keu kisu bolche na, ami ki korbo bolen. agent er number 01944-210387",
  [("phone", "+8801944210387")])
F("minors", "bn-Latn",
  "ei batch e 3 ta under age ase, HSC er certificate nai, tai SSC er ta edit kore dao. boyosh 18 dekhabi, chehara dekhe keu bujhbe na. NID lagle 4628519073 er moto ekta bana",
  [("bd_nid", "4628519073")])

# ---- payments_and_proceeds (7: en 3, bn 2, bn-Latn 2)
F("payments_and_proceeds", "en",
  f"Send the second installment as USDT TRC20 only, not bank, the university account is 'under audit'. Wallet: {TRON1} . Send screenshot after. Do not mention this to the university office.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Split the 4.5 lakh into 9 bKash cash-outs, max 50k each, I will send the agent numbers one by one. Don't write visa or Cyprus in the reference, write 'family'. First one to 01633-872190 now.",
  [("phone", "+8801633872190")])
F("payments_and_proceeds", "en",
  f"Release fee for your son's passport is 1500 USD. Pay to this address {ETH1} and once confirmed boss hands the passport at the office. No transfer, no passport.",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "bn",
  "ভাইয়ের পাসপোর্ট ছাড়াইতে ৮০ হাজার টাকা পাঠাইছি বিকাশে 01748-661205 নাম্বারে, TrxID BHK7Q2M9XA। এখন আবার বলতেছে নগদে আরো ৩০ হাজার দিতে হবে নাইলে পাসপোর্ট দিবেনা",
  [("phone", "+8801748661205"), ("mfs_transaction", "BHK7Q2M9XA")])
F("payments_and_proceeds", "bn",
  "হুন্ডি করে দেন, ব্যাংকে পাঠাইলে ট্রেস হবে। ওদিকে আমাদের লোক লিরায় ক্যাশ দিবে। আপনি এখানে আমার তিনটা নাম্বারে ভাগ করে বিকাশ করেন, একটাতেও ৩০ হাজারের বেশি না")
F("payments_and_proceeds", "bn-Latn",
  "apnar meyer 'hostel deposit' 60000 taka Nagad koren 01322904418 e. TxnID ta screenshot diye pathan. r ekta kotha, eta kono receipt e ashbe na, office e keu jiggesh korle bolben na",
  [("phone", "+8801322904418")])
F("payments_and_proceeds", "bn-Latn",
  f"club er income sob BTC te convert kore ei address e pathabi {BTC1}. meyeder hisab amar khatay, tader hate cash dibi na ekdom, tips o na",
  [("btc_address", BTC1)])

# ---- threats_and_coercion (7: bn 3, en 2, bn-Latn 2)
F("threats_and_coercion", "bn",
  "বেশি কথা বললে ইমিগ্রেশনে রিপোর্ট কইরা দিব তুই ক্লাসে যাস না, সোজা ডিপোর্ট। তোর বাপের ৮ লাখ টাকা পানিতে যাবে। তোর পাসপোর্ট A07843216 আমার হাতে, এইটা মাথায় রাখিস",
  [("bd_passport", "A07843216")])
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করলে ঠ্যাং ভাইঙ্গা দিমু। গত মাসে রাকিবের কি হইছে দেখছস তো, এখনো হাসপাতালে। চুপচাপ কাজ কর")
F("threats_and_coercion", "bn",
  "তোমার মেয়ে যদি পুলিশের কাছে যায় তাহলে মিরপুরে তোমাদের বাসার ঠিকানা আমাদের কাছে আছে মনে রাইখো। বাকি টাকা ১০ তারিখের মধ্যে, এর পরে আর ফোন দিব না, লোক যাবে")
F("threats_and_coercion", "en",
  "If you complain to the embassy your visa is cancelled and you go to jail here for illegal work. Nobody from Bangladesh will come for you. Work quietly and you will be fine.")
F("threats_and_coercion", "en",
  "They beat Sohel with a belt because he asked for his passport. Now everybody is scared. The manager said the next one who asks goes 'missing', nobody will search for a student who never attended class.")
F("threats_and_coercion", "bn-Latn",
  "tor chhobi gula amar kache ase. kaj chere dile facebook e tor family r gramer sobar kache pathabo. bujhe nis, beshi chalaki korbi na")
F("threats_and_coercion", "bn-Latn",
  "police e gele tokei dhorbe, tor residence permit expire hoye gese. ami chaile ekhoni immigration e absconder report kore dite pari, tarpor jail r deport. ki korbi bhab")

# ================================================================ OK (60)
# ---- news
N("news", "en",
  "Dhaka, 4 March: CID arrested three members of a gang that sent students to Northern Cyprus on fake admission letters and forced them into hotel work. Eleven passports were recovered from their Banani office, police said.")
N("news", "bn",
  "নর্দান সাইপ্রাসে শিক্ষার্থী পাচারের অভিযোগে রাজধানীর পান্থপথে একটি কনসালটেন্সি ফার্মের মালিক গ্রেফতার। র‍্যাব জানায়, পার্টটাইম চাকরির প্রলোভন দেখিয়ে চক্রটি জনপ্রতি ৬ থেকে ৮ লাখ টাকা নিত।")
N("news", "bn-Latn",
  "dekhsis news e? Georgia theke 27 jon Bangladeshi student ferot ashse embassy r IOM er help e. ora naki farm e atka chilo. alhamdulillah amader campus er keu na")
N("news", "en",
  "Georgian police said 14 foreign students were found working undocumented on farms in Kakheti. The education ministry announced tighter checks on private universities admitting students from South Asia.")
N("news", "bn",
  "পত্রিকায় আসছে, ক্লাবে 'হোস্টেস' চাকরির নামে বিদেশে নারী পাচার চক্রের ৫ সদস্য আটক। ভুক্তভোগী দুই ছাত্রীকে উদ্ধার করে পরিবারের কাছে হস্তান্তর করা হয়েছে। আপা লিংকটা দেখেন")
N("news", "bn-Latn",
  "oi agent ta je amader batch er 12 jon er taka niye palaisilo, take naki Chattogram theke dhorse. court e case cholche, taka ferot pabo kina jani na but dhorse eta e shanti")
# ---- awareness
N("awareness", "en",
  "NEVER hand your passport to an agent, employer or landlord abroad. Keeping your own passport is your legal right. If someone takes it, report to the university international office and the embassy the same day. Embassy hotline: +90 312 439 27 50",
  [("phone", "+903124392750")])
N("awareness", "bn",
  "সতর্কতা: 'স্টুডেন্ট ভিসা + ফুলটাইম জব' বলে কোন বৈধ অফার হয়না। নর্দান সাইপ্রাসে শিক্ষার্থীদের কাজের অনুমতি সীমিত। অফার লেটার পেলে সরাসরি বিশ্ববিদ্যালয়ের অফিসিয়াল ইমেইলে যাচাই করুন।")
N("awareness", "bn-Latn",
  "Bondhura, keu jodi bole IELTS chara Europe e study + 1500 euro job, 90% chance eta fraud. amar cousin er sathe hoise. age university er website theke admission verify koro, tarpor taka")
N("awareness", "en",
  "Students stranded abroad: if your agent or employer keeps your passport, demands more money or forces you to work full time, message our helpline on wa.me/8801711448293. Free and confidential, we answer in Bangla.",
  [("whatsapp", "+8801711448293")])
N("awareness", "bn",
  "অভিভাবকদের বলছি, ক্লাব, বার বা 'হোস্টেস' চাকরির কথা শুনলে সাবধান। কোন এজেন্ট যদি বলে 'টিউশন কাজ করে শোধ দিবে', সেটা ঋণের ফাঁদ হতে পারে। কাগজ দেখে টাকা দিন।")
N("awareness", "bn-Latn",
  "seminar e aj bolse 5 ta red flag: passport joma rakhte chay, cash e fee ney, receipt dey na, university er sathe direct kotha bolte dey na, r 'job guaranteed' bole. sobai note kore rakho")
N("awareness", "en",
  "Posting this for the juniors: the club in the old town calling itself a 'student hostess agency' is not allowed to hire students. If anyone approaches you, don't go, tell the Bangladeshi Students Association.")
N("awareness", "bn",
  "কমিউনিটি গ্রুপে সবাইকে বলছি, কাউকে জরুরি দরকারে বিকাশে টাকা পাঠানোর আগে সরাসরি ফোন করে নিশ্চিত হন। ইদানিং হ্যাক হওয়া আইডি থেকে 'পাসপোর্ট ছাড়াতে টাকা লাগবে' বলে মেসেজ আসতেছে।")
# ---- official
N("official", "en",
  "International Office notice: students on a student residence permit may work part-time up to 20 hours/week only within campus facilities and with written approval. Off-campus employment is not permitted. Report any agent who promised otherwise to intl@kgu.edu.tr",
  [("email", "intl@kgu.edu.tr")])
N("official", "en",
  "Notice: Bangladeshi students in Georgia facing problems with documents, employers or agents may contact the consular wing at consular.wing@bdmission-ge.org or +995 577 41 28 90 (Sun-Thu, 10am-4pm).",
  [("email", "consular.wing@bdmission-ge.org"), ("phone", "+995577412890")])
N("official", "bn",
  "আমাদের সার্ভিস চার্জ ২৫,০০০ টাকা, মানি রিসিট সহ। টিউশন ফি সরাসরি বিশ্ববিদ্যালয়ের ব্যাংক অ্যাকাউন্টে দিবেন, আমাদের হাতে নয়। ভিসা প্রসেসিং শেষে মূল পাসপোর্ট আপনাকে ফেরত দেয়া হবে। — ব্রাইট পাথ এডুকেশন, ধানমন্ডি। ফোন ০১৭১৫-২২৯৪৮৬",
  [("phone", "+8801715229486")])
N("official", "bn-Latn",
  "congrats msg ashse university theke! tuition 3500 USD per year, 50% scholarship dise. first installment direct university account e, invoice e account number deya. residence permit er jonno health insurance lagbe")
N("official", "en",
  "Your residence permit appointment: 14 October, 10:30, Immigration Office Lefkosa. Bring passport, student certificate, health report and 2 photos. Fee 1,250 TL payable at the counter. Passport will be returned the same day.")
N("official", "bn",
  "আন্তর্জাতিক শিক্ষার্থী দপ্তরের নোটিশ: সেমিস্টার শুরু ১৫ সেপ্টেম্বর। উপস্থিতি ৭০% এর কম হলে রেসিডেন্স পারমিট নবায়নের সুপারিশপত্র দেয়া হবে না।")
N("official", "en",
  "Verify your admission: enter your student ID and passport number at https://www.kgu.edu.tr/admission/verify. Offer letters not listed on this page were not issued by the university.",
  [("url", "https://www.kgu.edu.tr/admission/verify")])
N("official", "bn-Latn",
  "office theke bolse visa reject hoise financial document weak er jonno. service charge bade baki taka refund 7 working day er moddhe bank e, money receipt ta niye ashben. kono prosno thakle accounts.brightpath@gmail.com e mail koren",
  [("email", "accounts.brightpath@gmail.com")])
# ---- receipts
N("receipt", "en",
  "Send Money Tk 25,000.00 to 01988214573 successful. Ref semester. Fee Tk 0.00. Balance Tk 3,412.50. TrxID 9JD4K2LP7T at 12/09/2026 14:22",
  [("phone", "+8801988214573"), ("mfs_transaction", "9JD4K2LP7T")])
N("receipt", "en",
  "Your outward remittance of USD 3,500.00 to KYRENIA GLOBAL UNIVERSITY (tuition, student ID 2026-4471) has been processed. Ref FT26254XK81. Charges BDT 1,150. Thank you for banking with us.")
N("receipt", "bn-Latn",
  "Abbu 40k pathaisi bkash e, TrxID AGC3N8R5WQ. hostel rent r boi kinar jonno, cash out charge soho dilam. pouchaile janaio",
  [("mfs_transaction", "AGC3N8R5WQ")])
N("receipt", "bn",
  "নগদ: ১৫,০০০ টাকা সেন্ড মানি সফল হয়েছে ০১৫৫১২০৯৭৭৪ নম্বরে। TxnID: 7HQ2KD4M। নতুন ব্যালেন্স ২,১৮০ টাকা।",
  [("phone", "+8801551209774"), ("mfs_transaction", "7HQ2KD4M")])
# ---- family
N("family", "bn",
  "আম্মু পাসপোর্টটা আলমারির উপরের ড্রয়ারে রাখছি, ভিসা আসলে ওখান থেকে নিয়ে যাব। নম্বর BX1938475, ফটোকপিও করে রাখছি। কেউ চাইলেও দিওনা, এমনকি কনসালটেন্সির লোক আসলেও না।",
  [("bd_passport", "BX1938475")])
N("family", "bn-Latn",
  "Abbu bolse jomi bondhok na rekhe Sonali bank theke education loan nibe, interest kom. tuition direct university te pathabe bank, agent er hate ek taka o na")
N("family", "en",
  "Mum I'm fine, exams next week. Yes I work in the campus library 15 hrs a week, it's allowed, the pay is small but enough for groceries. Stop worrying and eat properly 😘")
N("family", "bn",
  "মেয়েটার বিয়ের কথা চলতেছে, ছেলে জর্জিয়াতে মেডিকেলে পড়ে, ফাইনাল ইয়ার। ইন্টার্নশিপ শেষ করে দেশে আসবে। ছেলের মা বলছে কোন দাবিদাওয়া নাই।")
N("family", "bn-Latn",
  "chachi bolse Rina ke Cyprus pathabe na, club er ghotona gula shune bhoy paise. ekhon Dhaka te private university te porbe. amio bollam bhalo decision")
N("family", "en",
  "Dad the agent asked for my original passport for the visa file, I told him I'll submit it myself at the visa centre. He was fine with it and gave me the checklist. Appointment is Sunday.")
N("family", "bn",
  "এনজিওর লোনটা শেষ কিস্তি দিলাম আজকে। ছেলেটা জর্জিয়ায় পাশ করে ওখানেই একটা আইটি কোম্পানিতে চাকরি পাইছে, প্রতি মাসে নিজেই টাকা পাঠায়। আল্লাহর রহমত।")
N("family", "bn-Latn",
  "bhaiya amar SSC certificate e jonmo tarikh bhul ase, passport er sathe mile na. board e correction er application dilam, 2 mash lagbe bolse. NID 19952694107382651 er sathe o mil nai. er moddhe visa apply kora jabe?",
  [("bd_nid", "19952694107382651")])
N("family", "en",
  "my little sister is 15 and she's coming with mum to visit me in Famagusta in July, tourist visa. any ideas where to take them? she wants the beach and the castle")
# ---- joke
N("joke", "bn-Latn",
  "hostel er dal eto patla je tar moddhe diye passport er chhobi porjonto dekha jay 😂😂")
N("joke", "en",
  "boss said no day off this week. then I remembered I'm a student and my boss is the exam schedule 💀 library till 2am, pray for me")
N("joke", "bn",
  "আম্মু বলে বিদেশে গেলে আমাকে নাকি কেউ বিক্রি করে দিবে 😂 আম্মু, আমারে কেউ ফ্রিতেও নিবে না, রান্নাও পারিনা")
N("joke", "bn-Latn",
  "Rafi bhai bole Cyprus e eshe 'hostess' er kaj pabe. bhai, tumi to welcome night e host korte giye mic dhorte paro na 🤣")
# ---- worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah cafe te part time, week e 18 ghonta. boss bhalo manush, beton protti shukrobar. class r kaj duitai manage hocche, passport amar kache e")
N("worker_content", "en",
  "Got my first pay from the hotel reception internship, 600 lira for 3 weeks, contract through the university career office. Passport with me, everything legit 🙏")
N("worker_content", "bn",
  "জর্জিয়ায় সামার ভ্যাকেশনে দুই মাস রেস্টুরেন্টে কাজ করলাম, বেতন ঠিকমত পাইছি, মালিক ভালো মানুষ। এখন আবার ক্লাস শুরু, কাজ ছাড়লাম।")
N("worker_content", "en",
  "farm job during the harvest break, 8 hours, paid daily in cash, transport provided. hard on the back but the farmer's family feeds us like kings")
N("worker_content", "bn",
  "বিশ্ববিদ্যালয়ের ক্যান্টিনে সপ্তাহে ২০ ঘন্টা কাজ পাইছি, অনুমতিপত্র সহ। টাকা দিয়া রুম ভাড়ার অর্ধেক হয়ে যায়। আব্বুর উপর চাপ কমল।")
# ---- chatter (hard)
N("chatter", "bn-Latn",
  "kal intake er deadline, apnar file e bank statement missing. sponsor er letter o lagbe. kal 11 tar moddhe office e ashen, original passport sathe anben, copy kore ferot diye dibo")
N("chatter", "en",
  "Reminder: visa interview mock session Thursday 4pm at our Dhanmondi office. Bring your original SSC/HSC certificates, passport and offer letter. Call 01711-563028 if you are late.",
  [("phone", "+8801711563028")])
N("chatter", "bn-Latn",
  "club er party te jabi? university er welcome night, free entry, non-alcoholic drinks o ase. BSA theke 20 jon jacchi")
N("chatter", "bn-Latn",
  "Bhai USDT diye tuition dewa jay? — na bhai, university shudhu bank transfer r card ney, receipt dey. keu USDT chaile bujhba jhamela ase")
N("chatter", "en",
  "anyone in Famagusta selling a used rice cooker? moving to a new flat next week, DM me on insta @nabil.in.cyprus",
  [("instagram", "@nabil.in.cyprus")])
N("chatter", "bn",
  "আপু আজকে শাহীন ভাইয়ের ক্লাবে বাংলাদেশি স্টুডেন্টদের পিঠা উৎসব। মেয়েরাই হোস্ট করবে, তুমিও চলে আসো, ৭টায়।")
N("chatter", "en",
  "Counsellor update: 6 of our students got their Georgia residence cards this week. Batumi group, please share your university email with me so I can check attendance is fine before renewal: counsel.dhaka@brightpath-edu.com",
  [("email", "counsel.dhaka@brightpath-edu.com")])
# ---- everyday (not hard)
N("chatter", "bn", "আপু জর্জিয়াতে শীতে কেমন ঠান্ডা পড়ে? কি কি জামাকাপড় নিব? লাগেজ তো ২৩ কেজি মাত্র।", hard=False)
N("chatter", "bn-Latn", "aj ranna ki? ami dim r alu vaji korbo, keu dal banale bolo", hard=False)
N("chatter", "bn", "কালকে মিডটার্ম, স্ট্যাটিস্টিক্সের নোট কারো কাছে থাকলে দাও প্লিজ", hard=False)
N("chatter", "bn-Latn", "Eid er namaz kothay hobe ebar? gotobar er moto mosque e naki park e?", hard=False)
N("chatter", "bn", "হ্যাপি বার্থডে তানভীর!! রাত ৯টায় ২০৪ নম্বর রুমে কেক, প্লেট নিয়া আসিস সবাই", hard=False)
N("chatter", "bn", "বাসায় ভিডিও কল দিলাম, দাদু অনেক খুশি। বলছে পরের বার আসলে খেজুরের গুড় নিয়া যাইতে।", hard=False)
N("chatter", "bn-Latn", "Dhanmondi office er AC ta abar nosto, electrician ke phone dao keu", hard=False)
N("chatter", "bn", "বৃষ্টি হচ্ছে খুব, আজকে ক্লাস অনলাইনে হবে নাকি কেউ জানো?", hard=False)
N("chatter", "bn-Latn", "kheladhula ki dekhsos? Bangladesh jitse last over e 🔥", hard=False)

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
    random.Random(164).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev164-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
