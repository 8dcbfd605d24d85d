"""Blind evaluation set dev130 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of /work/shared/research/indicators.md were consulted for what the indicators mean.
Persona: a caseworker at a Dhaka returnee-support NGO who helps young Bangladeshis lured by 'IT',
'customer service' and 'data entry' jobs abroad and trafficked into online-scam compounds in Myanmar,
Cambodia and Laos, and who also hears the ordinary job, visa, salary and remittance talk of genuine
workers, families and recruiters.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev130.jsonl"
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


BTC1 = btc("dev130-btc-1")
TRON1 = tron("dev130-tron-1")
TRON2 = tron("dev130-tron-2")
ETH1 = eth("dev130-eth-1")
ETH2 = eth("dev130-eth-2")

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

# ---------------------------------------------------------- recruitment_deception (8: bn 3, Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই আমারে কইছিল থাইল্যান্ডে কাস্টমার সার্ভিসের কাজ, বেতন ৮০ হাজার। ব্যাংকক নামার পর মাইক্রোতে তুইলা "
  "সারা রাইত চালাইয়া নদী পার করাইছে। এখন শুনি এইটা মিয়ানমার। কাজ হইল ফেসবুকে মাইয়া সাইজা মানুষের লগে "
  "প্রেমের ভান কইরা টাকা খসানো।")
F("recruitment_deception", "bn",
  "আপা একটা কথা জিগাই। আমার ভাইরে এজেন্সি কইছিল মালয়েশিয়ায় ফ্যাক্টরির কাজ, ভিসাও দেখাইছিল। "
  "এয়ারপোর্টে গিয়া দেখি টুরিস্ট ভিসা, কয় ওইখানে গেলে পারমিট কইরা দিবে। তিন মাস হইয়া গেল, কোনো কোম্পানি নাই, "
  "পারমিট নাই, ভাই এখন পালাইয়া পালাইয়া থাকে।")
F("recruitment_deception", "bn",
  "🔥জরুরি নিয়োগ🔥 থাইল্যান্ড/দুবাই ডাটা এন্ট্রি অপারেটর\n✅ শুধু টাইপিং জানলেই হবে\n✅ বেতন ১,২০,০০০ টাকা+\n"
  "✅ থাকা-খাওয়া, বিমান টিকেট কোম্পানির\n✅ অভিজ্ঞতা লাগবে না\nপাসপোর্ট থাকলে ১৫ দিনে ফ্লাইট। "
  "ইন্টারভিউ শুধু ইমোতে: ০১৯৬৪-৫৭২৩১৮ সিট সীমিত!!",
  [("phone", "+8801964572318")])
F("recruitment_deception", "bn-Latn",
  "bhai ami to data entry er kaj bujhe ashchi. ekhane eshe dekhi computer e boshe Chinese der script "
  "diye lok ke crypto te invest korate hobe. ami bolsi eta korbo na, boss bole contract e naki sob "
  "lekha chilo. ami kono contract e dekhi nai, sign o kori nai")
F("recruitment_deception", "bn-Latn",
  "Bro tomar cousin ke bolo Dubai theke Thailand transfer hobe, same company, salary double. visit "
  "visa te jabe, okhane pouchaile company work visa kore dibe. immigration e bolbe ghurte jacchi, hotel "
  "booking amra dibo. details er jonno ei number e knock dite bolo wa.me/66951234587",
  [("whatsapp", "+66951234587")])
F("recruitment_deception", "bn-Latn",
  "apu amar bhai ke bolse Malaysia te IT company, hotel e thakbe. kal video call e dekhlam pichone kata "
  "tarer deyal, lal lal building. o fisfis kore bole eta naki Cambodia, Malaysia na. agent er number "
  "ekhon bondho")
F("recruitment_deception", "en",
  "They showed me an offer letter from 'Golden Sky Technology Co. Ltd, Bangkok' with logo and stamp, "
  "USD 1,200, customer service in English. HR email was goldensky.hr.bkk@gmail.com. When we landed "
  "they drove us 8 hours to Mae Sot and across the river at night. There is no Golden Sky. Whole thing fake.",
  [("email", "goldensky.hr.bkk@gmail.com")])
F("recruitment_deception", "en",
  "sir they told hotel receptionist job in Dubai 2500 dirham but visa is 30 days visit only. "
  "now agent saying after landing employer will change it. my friend went same way last year "
  "and ended up in Laos doing the computer fraud work. how can i know if this is real")

# ---------------------------------------------------------- fees_and_debt (8: bn 3, Latn 2, en 3)
F("fees_and_debt", "bn",
  "কোম্পানি কইতেছে আমারে আনতে ওদের ৫ হাজার ডলার খরচ হইছে। ওই টাকা শোধ না হওয়া পর্যন্ত বেতন নাই। "
  "কাজ ছাড়তে চাইলে পুরা টাকা দিয়া তারপর যাইতে হবে।")
F("fees_and_debt", "bn",
  "দালালরে জমি বন্ধক রাইখা ৪ লাখ দিছি, এখন আরো ১ লাখ চায় টিকিটের নামে। আমার এনআইডি কার্ড "
  "(৮৭২৩৪৫১০৯৬) জামানত হিসাবে রাইখা দিছে, কয় বাকি টাকা না দিলে ফেরত দিবো না।",
  [("bd_nid", "8723451096")])
F("fees_and_debt", "bn",
  "এই মাসে বেতন দেখাইছে ২৮০০০ বাথ, হাতে দিছে ৩০০০। বাকি সব কাইটা রাখছে, খাওয়া, থাকা, ফাইন আর "
  "'আনার খরচ'। এইভাবে চললে আমি জীবনেও এই ঋণ শোধ করতে পারুম না।")
F("fees_and_debt", "bn-Latn",
  "mama apnar 3 lakh er baki 1.5 lakh eid er por diben bolsilen. dalal bhai ajke abar call dise, taka na "
  "dile flight cancel, ar je 1.5 disen oita o ferot hobe na. uni bolse 01817-342905 e bKash kore dite",
  [("phone", "+8801817342905")])
F("fees_and_debt", "bn-Latn",
  "amar salary theke protimash 400 ringgit kete rakhe agent er loan er jonno. 14 mash holo, ekhono bole "
  "2000 baki. hishab chaile bole beshi kotha bolle kaj o thakbe na, permit o thakbe na")
F("fees_and_debt", "en",
  "Boss said each of us owes the company 40,000 yuan for flight, visa and 'training'. If we miss target "
  f"the debt goes up. Family can pay it off in USDT to {ETH1} and then you are free, he says.",
  [("eth_address", ETH1)])
F("fees_and_debt", "en",
  "Apa the agent in Dhaka took 6 lakh, he said no more cost after. Now in KL the supervisor wants another "
  "3000 ringgit for 'permit renewal', otherwise he cancels my visa. I already borrowed from everyone in the village")
F("fees_and_debt", "en",
  "fine list on our dorm wall: late 5 min = 500 baht, phone in office = 2000, speaking Bangla on floor = 1000, "
  "sleeping at desk = 3000. everything added to 'debt'. nobody got real salary since July")

# ---------------------------------------------------------- isolation_and_control (8: bn 2, Latn 3, en 3)
F("isolation_and_control", "bn",
  "আম্মা এই নাম্বারে আর ফোন দিও না। এরা আমার ফোন নিয়া নিছে, সপ্তাহে একদিন ১০ মিনিটের জন্য দেয়, "
  "পাশে লোক খাড়াইয়া থাকে। আমারে কইতে কইছে আমি ভালো আছি। তুমি কাউরে কিছু কইয়ো না।")
F("isolation_and_control", "bn",
  "পাসপোর্ট প্রথম দিনই জমা নিয়া গেছে, কইছে ভিসা প্রসেসিং। এখন চাইলে কয় তোমার আর লাগবো না। "
  "কম্পাউন্ডের গেটে বন্দুক হাতে গার্ড, বাইরে যাওয়ার কোনো রাস্তা নাই।")
F("isolation_and_control", "bn-Latn",
  "ekhane building theke ber howa nishedh. 6 tola building, charpashe uchu deyal, upore kata tar. khawa "
  "vitore, ghum vitore, kaj vitore. 4 mash e ekbar o bahirer rasta dekhi nai")
F("isolation_and_control", "bn-Latn",
  "Bhaiya ami lukaye msg dicchi, toilet theke. amar passport ar bangla sim duitai ora niye gese. ei "
  "telegram id te reply dio @shuvo_rn2026, whatsapp e na, ora check kore",
  [("telegram", "@shuvo_rn2026")])
F("isolation_and_control", "bn-Latn",
  "sobai shuno, family ke bolba Bangkok e hotel e kaj koro, valo acho. location share korba na, "
  "building er chobi pathaba na, facebook e kisu post korba na. rule vangle 5000 fine ar phone 1 mash bondho")
F("isolation_and_control", "en",
  "They took our passports at the border 'for safety'. Personal phones collected the first night, we only "
  "get company phones with the work accounts. Team leader reads every chat.")
F("isolation_and_control", "en",
  "pls dont call me on whatsapp again they see the call log. i can reply only at night. 40 of us on one "
  "floor and they lock the door from outside after 11")
F("isolation_and_control", "en",
  "Uncle, your son signed the company rules: no leaving the compound until contract finish, no contact "
  "with outside people, no telling family the location. If he keeps calling home he will lose the phone for good.")

# ---------------------------------------------------------- threats_and_coercion (8: bn 3, Latn 3, en 2)
F("threats_and_coercion", "bn",
  "টার্গেট না হইলে রাইতে ডাক পড়ে, লাঠি দিয়া পায়ের তলায় মারে। কাইল একজনরে সবার সামনে কারেন্টের "
  "শক দিছে, যাতে আমরা সবাই দেখি।")
F("threats_and_coercion", "bn",
  "তোর পোলা যদি পুলিশে যায় বা এম্বাসিতে ফোন দেয়, তাইলে ওরে এমন জায়গায় বেইচা দিমু যেইখান থিকা লাশও "
  "ফিরবো না। চুপচাপ কাজ করতে ক।")
F("threats_and_coercion", "bn",
  "আপনারা যদি থানায় মামলা করেন, আপনার মাইয়ার ছবি আর ভিডিও সব ফেসবুকে ছাইড়া দিমু। পুরা গ্রামের "
  "মানুষ দেখবো। ভাইবা চিন্তা কইরা সিদ্ধান্ত নেন।")
F("threats_and_coercion", "bn-Latn",
  "Dalal bolse amra jodi embassy te complain kori taile amader visa illegal hoye jabe, Thai police dhore "
  "jail e dibe, ar deport er khoroch o amader dite hobe. tai sobai chup kore ase")
F("threats_and_coercion", "bn-Latn",
  "bhai ajke 2 jon ke dark room e dhukaise, 3 din khabar dey nai. bolse jara palanor chesta korbe tader "
  "haat pa bendhe nodite phele dibe. ami khub bhoy pacchi")
F("threats_and_coercion", "bn-Latn",
  "tor baba ma er thikana amader kache ache, Chandina, Cumilla. beshi chalaki korle amader lok barite "
  "jabe. kaj kor, target puron kor, tahole sobai bhalo thakbe")
F("threats_and_coercion", "en",
  "You think you can leave? Nobody walks out of here on two legs. Finish your 30 clients this week or the "
  "Chinese boss decides what happens to you.")
F("threats_and_coercion", "en",
  "Team leader said if I contact the embassy they will hand me to Myanmar police for illegal entry and I "
  "will rot in jail. Then he showed us a video of a boy being beaten with an electric baton.")

# ---------------------------------------------------------- labour_exploitation (7: bn 2, Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৮টা থেকে রাইত ২টা পর্যন্ত কম্পিউটারে বসা লাগে। প্রতিদিন ৫০টা নতুন নাম্বারে মেসেজ, ২টা "
  "ক্লায়েন্ট দিয়া ডিপোজিট না করাইলে ঘুম নাই। মাসে একদিনও ছুটি নাই।")
F("labour_exploitation", "bn",
  "তিন মাস কাজ করছি, এক টাকাও পাই নাই। কয় প্রথম বড় কেস ক্লোজ না হইলে বেতন হবে না। এর মধ্যে "
  "আমাদের ৬ জনরে অন্য কোম্পানির কাছে বেইচা দিছে, শুনলাম মাথাপিছু ৮ হাজার ডলার।")
F("labour_exploitation", "bn-Latn",
  "amader group er 12 jon ke ajke bus e tule onno compound e niye gelo. notun boss bollo 'tomra ekhon "
  "amader, ager company tomader sell kore dise'. abar shuru theke target, abar shuru theke debt")
F("labour_exploitation", "bn-Latn",
  "bhai 18 ghonta shift, 2 bela khabar, bhat ar pani pani dal. ghumaite dey 4-5 ghonta. keu oshustho "
  "holeo kaj korte hobe, na hole fine")
F("labour_exploitation", "bn-Latn",
  "Dubai te construction e lagaise, 48 degree te dupure chade kaj. 3 mash salary nai, company bole "
  "'project payment ashle dibo'. camp e 14 jon ek rume, AC nosto")
F("labour_exploitation", "en",
  "Target is 10 new 'friends' every day and move 2 of them to the investment app. Miss it and you work "
  "till morning, no sleep. I have not had a single day off since August.")
F("labour_exploitation", "en",
  "The kafeel has my sister working 5 am to midnight, cleaning 3 floors and cooking for 11 people. 7 months "
  "no salary, he says he will give everything at end of contract.")

# ---------------------------------------------------------- minors (7: bn 3, Latn 2, en 2)
F("minors", "bn",
  "ছেলেটার আসল বয়স ১৬, দালাল জন্মনিবন্ধন বদলাইয়া ২২ বানাইছে। পাসপোর্ট নম্বর B01938475, ওইখানেও "
  "জন্মসাল ২০০৪ দেওয়া। এখন সে কম্বোডিয়ার একটা স্ক্যাম কোম্পানিতে আটকা।",
  [("bd_passport", "B01938475")])
F("minors", "bn",
  "আপা, ১৩-১৪ বছরের একটা মাইয়া লাগবো ঢাকার বাসায় কামের লাইগা। গ্রাম থিকা আনবেন, বাপ-মা যেন বারবার "
  "দেখা করতে না আসে। মাসে ২০০০ টাকা বাপের হাতে দিয়া দিমু।")
F("minors", "bn",
  "মাইয়ার বয়স ১৫ তো কী হইছে, বিয়া দিয়া দেন। জামাই দুবাই থাকে, বিয়ার পরে ভিসা কইরা নিয়া যাইবো। "
  "কাগজে বয়স বাড়াইয়া দিমু, কাজী আমার চেনা।")
F("minors", "bn-Latn",
  "amader dormitory te 2 ta chele ase Bangladesh er, 15-16 er beshi hobe na, mukh dekhlei bojha jay. "
  "passport e 19 lekha. boss bole chotora taratari shikhe, beshi profit")
F("minors", "bn-Latn",
  "agent bolse Sumi er boyosh 17, Saudi jete 25 lagbe. kono somossa nai, NID ar passport duitai 25 kore "
  "dibe, 20 hazar extra lagbe")
F("minors", "en",
  "Looking for boys 15+ who type fast in English, no experience. We arrange passport and everything, "
  "work in Thailand, 800$. No need to tell parents before you reach. Join t.me/thai_it_jobs_bd",
  [("telegram", "@thai_it_jobs_bd")])
F("minors", "en",
  "The girl they brought for the flat in Riyadh looks maybe 12. Madam says she is a relative's daughter, "
  "she never goes to school, sleeps on the kitchen floor and is up before everyone.")

# ---------------------------------------------------------- sexual_exploitation (7: bn 2, Latn 2, en 3)
F("sexual_exploitation", "bn",
  "দুবাইতে পার্লারে কাজের কথা কইয়া নিয়া গেছিল। যাওয়ার পর হোটেলে রাখছে, রাইতে মেহমান আসে। না করলে "
  "খাওয়া বন্ধ, পাসপোর্টও ওদের হাতে।")
F("sexual_exploitation", "bn",
  "মেয়েদের গ্রুপটারে কইছে টার্গেট না হইলে 'কেটিভি'তে পাঠাইয়া দিবো। গত সপ্তাহে দুইজনরে পাঠাইছে, "
  "ওরা আর ফিরে নাই। ওইখানে কী হয় সবাই জানে।")
F("sexual_exploitation", "bn-Latn",
  "🌹new maal ashse Dhaka theke, 19-20, ekdom fresh🌹 Deira hotel e thakbe. full night 800 dirham, short "
  "300. chobi chaile WhatsApp koro +971 55 812 3346",
  [("whatsapp", "+971558123346")])
F("sexual_exploitation", "bn-Latn",
  "apa ora amake video call e kapor khulte bole, 'private show' naki, client ra dollar dey. na korle boss "
  "bole onno compound e bikri kore dibe jekhane aro kharap")
F("sexual_exploitation", "en",
  "Model job in Kuala Lumpur, spa & massage, 'extra service' is where the real money is. Girls stay in "
  "company flat, no going out alone. Salary after 3 months.")
F("sexual_exploitation", "en",
  "They opened a channel with our photos, 'new Bengali girls Phnom Penh', link t.me/pp_newgirls_vip, and "
  "customers pick from there. Mamasan keeps all the money.",
  [("telegram", "@pp_newgirls_vip")])
F("sexual_exploitation", "en",
  "Madam says I must sit with customers at the karaoke and go to room if they pay bar fine. I told her "
  "agent said waitress in restaurant. she said my debt is 3500 dollar so I dont choose.")

# ---------------------------------------------------------- payments_and_proceeds (7: bn 2, Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "আপনার ছেলেরে ছাড়াইতে হইলে ৫ লাখ টাকা লাগবো। ৩ দিনের মধ্যে এই দুই বিকাশ নাম্বারে ভাগ ভাগ কইরা "
  "পাঠান: ০১৭৬৩৪৮২৯১৫ আর ০১৩২২৯০৪৬৭১, একবারে ২৫ হাজারের বেশি না।",
  [("phone", "+8801763482915"), ("phone", "+8801322904671")])
F("payments_and_proceeds", "bn",
  "টাকা সরাসরি ব্যাংকে পাঠাইবেন না। চকবাজারে আমাদের লোক আছে, হুন্ডিতে দিবেন, উনি ডলার কইরা এইখানে "
  "দিয়া দিবে। রশিদ চাইবেন না, কাউরে কিছু কইবেন না।")
F("payments_and_proceeds", "bn-Latn",
  f"USDT TRC20 te pathao, address: {TRON1} . 2500 USDT ashle chele ke border e chere dibo. bank e "
  "pathaile dhora khaba, amra o khabo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 3 jaygay 40k kore pathan: 01842-719356, 01915-083247, 01558-264190. pathaiya TxnID er "
  "screenshot imo te diben, tarpor amra kotha bolbo",
  [("phone", "+8801842719356"), ("phone", "+8801915083247"), ("phone", "+8801558264190")])
F("payments_and_proceeds", "bn-Latn",
  "ammu ora bolse amake onno company te bikri kore dibe jodi 3000 dollar na dao. jomi ta bechi hok, "
  "kichu ekta koro please. ora bolse bKash e dileo hobe, oder lok Dhaka te ache")
F("payments_and_proceeds", "en",
  "Got 1.5 lakh from the boy's family on bKash, TrxID BHX3K9P2MA. my cut 30%, rest goes to the Thai side "
  "through hundi before Friday. tell them no more calls to the family number",
  [("mfs_transaction", "BHX3K9P2MA")])
F("payments_and_proceeds", "en",
  f"Pay 3,000 USD to release him. Send BTC to {BTC1} . After 2 confirmations he will be taken to the "
  "Mae Sot side. Do not contact police or any NGO.",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------- news (7)
N("news", "en",
  "Myawaddy: 37 Bangladeshis rescued from scam compounds return home. Police said the men had been "
  "promised IT jobs in Thailand; CID arrested two brokers in Narsingdi on Tuesday.")
N("news", "bn",
  "থাইল্যান্ডে চাকরির প্রলোভন দেখিয়ে মিয়ানমারে পাচার: মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার — র‍্যাব")
N("news", "bn",
  "কম্বোডিয়ার সাইবার স্ক্যাম সেন্টার থেকে উদ্ধার হওয়া ১১ বাংলাদেশি দেশে ফিরেছেন। শাহজালাল আন্তর্জাতিক "
  "বিমানবন্দরে তাঁদের গ্রহণ করেন স্বজনেরা ও একটি বেসরকারি সংস্থার প্রতিনিধিরা।")
N("news", "bn-Latn",
  "news dekhso? Laos er golden triangle theke 20 jon Bangladeshi ferot aslo, Somoy TV te dekhaise. "
  "amader thanar ek chele o naki ache oi list e")
N("news", "en",
  "BFIU freezes 230 MFS accounts linked to 'digital hundi'; bKash and Nagad say they are cooperating "
  "with investigators, customers' regular remittances unaffected.")
N("news", "en",
  "DMP busts gang that lured women with Dubai beauty parlour jobs; 4 women rescued from an Uttara flat, "
  "case filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn",
  "বাল্যবিবাহ ঠেকাল উপজেলা প্রশাসন: ১৪ বছরের কিশোরীর বিয়ে বন্ধ, বরের বাবাকে ২০ হাজার টাকা জরিমানা।")

# ---------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সতর্কতা: বিদেশে চাকরির জন্য কখনো কারো হাতে আসল পাসপোর্ট দেবেন না। বিএমইটি নিবন্ধিত রিক্রুটিং এজেন্সি "
  "ছাড়া কাউকে টাকা দেবেন না, আর টাকা দিলে অবশ্যই রসিদ নিন। তথ্যের জন্য প্রবাসবন্ধু কল সেন্টার: ১৬১৩৫")
N("awareness", "en",
  "⚠️ 'Customer service in Thailand, $1000/month, free ticket, no experience needed' = SCAM COMPOUND. "
  "Hundreds of Bangladeshis are trapped in Myanmar & Cambodia. Check any offer with BMET before paying "
  "anyone. Forward this to your family group.")
N("awareness", "bn-Latn",
  "Bhai ra, Thailand e tourist visa te kaj er offer dile 100% fake. Keu jodi bole Bangkok theke company "
  "gari kore niye jabe, sabdhan. ei post ta share koren, kar bhai ba chele kothay jacche jani na")
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: ১৮ বছরের কম বয়সী সন্তানকে কাজের জন্য বিদেশে বা অন্যের বাসায় পাঠাবেন না। "
  "বয়স বাড়িয়ে পাসপোর্ট করা দণ্ডনীয় অপরাধ। শিশুশ্রম বা বাল্যবিবাহের খবর দিতে ১০৯৮ নম্বরে ফোন করুন।")
N("awareness", "en",
  "If someone you know is held abroad and the captors ask for ransom over bKash or crypto, don't pay "
  "alone. Call 999 and the Bangladesh Embassy Phnom Penh emergency line +855 12 614 307. Keep screenshots, "
  "numbers and TrxIDs.",
  [("phone", "+85512614307")])
N("awareness", "bn-Latn",
  "Apura, Dubai te 'parlour job' ba 'hotel receptionist' er nam e onek meye ke pachar kora hocche. offer "
  "pele agency r license number BMET site e check koren, ar family ke sob details diye jaben.")
N("awareness", "en",
  "Tip from our returnee group: photograph your passport, visa and contract and email them to yourself "
  "and a family member. In Malaysia an employer holding your passport is against the law.")

# ---------------------------------------------------------- official (6)
N("official", "bn",
  "মালয়েশিয়া গমনেচ্ছু কর্মীর সরকার নির্ধারিত অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা। এর অতিরিক্ত কোনো অর্থ "
  "এজেন্সি বা কোনো মধ্যস্বত্বভোগীকে দেবেন না। রসিদ ছাড়া লেনদেন করবেন না। -বিএমইটি")
N("official", "en",
  "Embassy of Bangladesh, Bangkok: nationals are reminded that visa-exempt or tourist entry to Thailand "
  "does not permit employment. Bangladeshis in distress may call the embassy hotline (24h) +66 81 930 2274.",
  [("phone", "+66819302274")])
N("official", "bn-Latn",
  "M/s Al-Amin Overseas (RL-1187) - Malaysia plantation e 50 jon kormi nioa hobe. sorkar nirdharito "
  "khoroch, rashid deya hobe. kono dalal er maddhome jogajog korben na. office: Naya Paltan. phone 01711-468253",
  [("phone", "+8801711468253")])
N("official", "en",
  "Ami Probashi: Your BMET registration is complete. Please attend pre-departure orientation at TTC "
  "Mirpur on 14 Dec 2026 before your smart card can be issued. Bring your original passport.")
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: জাপান গমনেচ্ছু কর্মীদের জাপানি ভাষা প্রশিক্ষণে ভর্তি চলছে। "
  "কোর্স ফি সরকার নির্ধারিত। যোগাযোগ: ০১৭৩০-৩৩৬৭৭৮",
  [("phone", "+8801730336778")])
N("official", "en",
  "Dear applicant, your e-Passport A07345128 is ready for delivery at RPO Agargaon. Please collect in "
  "person with your original NID and delivery slip. -DIP",
  [("bd_passport", "A07345128")])

# ---------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01823456719. Ref abba. Fee Tk 0.00. Balance Tk 27,418.40. "
  "TrxID BKL4M8Q2ZX at 06/12/2026 19:22",
  [("phone", "+8801823456719"), ("mfs_transaction", "BKL4M8Q2ZX")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to 01912004587 successful. Fee Tk 149.50. TxnID: 7A3KD92F. Balance Tk 432.18. "
  "07/12/2026 09:41",
  [("phone", "+8801912004587"), ("mfs_transaction", "7A3KD92F")])
N("receipt", "bn",
  "রেমিট্যান্স গ্রহণ: আপনি মালয়েশিয়া থেকে ৳৪৫,২০০.০০ পেয়েছেন। ২.৫% প্রণোদনা ৳১,১৩০.০০ যোগ হয়েছে। "
  "TrxID BKR7N3W5HT। ব্যালেন্স ৳৪৬,৫৫৮.২০",
  [("mfs_transaction", "BKR7N3W5HT")])
N("receipt", "en",
  "Tk 5,000.00 sent to 01556781234 successful. Fee Tk 0.00. TxnId: 3920481756. Balance Tk 1,202.33. Rocket",
  [("phone", "+8801556781234"), ("mfs_transaction", "3920481756")])
N("receipt", "en",
  "Dear Customer, your A/C 1051****0271 has been credited with BDT 92,400.00 (Inward Foreign Remittance, "
  "AE) on 05-DEC-26. Avl Bal BDT 1,14,312.55. Thank you for banking with us.")
N("receipt", "bn-Latn",
  "ma ei msg ta dekho: 'You have received Tk 8,000.00 from 01738542296. TrxID BKT5P7R1DN' mane taka "
  "chole ashche, tension koiro na, kal tule nio",
  [("phone", "+8801738542296"), ("mfs_transaction", "BKT5P7R1DN")])
N("receipt", "en",
  "Payment Tk 1,850.00 to DARAZ BANGLADESH successful. TrxID BKC2V6J9FE. Fee Tk 0.00. Balance Tk 2,115.07",
  [("mfs_transaction", "BKC2V6J9FE")])

# ---------------------------------------------------------- family (7 hard + 4 easy)
N("family", "bn",
  "আব্বা, পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, ফটোকপি আর এনআইডির কপি (৫০১২৭৮৪৩৯৬) সব ফাইলে। এজেন্সির "
  "অফিসে শুধু ফটোকপি দিবা, আসলটা দিবা না, ভাইয়া কইছে।",
  [("bd_nid", "5012784396")])
N("family", "bn-Latn",
  "Ammu taka pathaisi, bKash e 15 hazar. 5 hazar nanu ke dio, baki ta diye Rakib er school fee. ar kichu "
  "lagle bolio, ei mashe overtime beshi hoise")
N("family", "en",
  "Bhaiya Rina's passport no is EB4327719, the agency needs it for the Saudi hospital visa form. We checked "
  "their licence on the BMET site, they're legit.",
  [("bd_passport", "EB4327719")])
N("family", "bn",
  "তোর মামা দুবাই থেকে ফোন দিছিল, ওদের কোম্পানিতে ইলেকট্রিশিয়ান নিবে। সরকারি লাইসেন্সওয়ালা এজেন্সি দিয়া "
  "যাবি, স্মার্ট কার্ড সব হবে। ভাইবা দেখ, তাড়াহুড়া নাই।")
N("family", "bn-Latn",
  "Abbu amar office theke Malaysia te 2 bochorer posting dise, sob khoroch company dibe. kal passport "
  "renew korte dibo. tension nio na, Jan er 10 tarikh flight")
N("family", "en",
  "Mum the university international office took our passports to get the student visa endorsed at "
  "Immigration. They gave a receipt, we get them back in 2 weeks. Everyone in my batch did the same.")
N("family", "bn",
  "মাইয়ার বিয়ার কথা এখন না। আগে এইচএসসি দিক, ১৮ হোক, তারপর দেখা যাইবো। পোলা দুবাই থাকে তো কী হইছে, "
  "অপেক্ষা করতে পারলে করুক।")
N("family", "bn",
  "আজকে রাইতে খিচুড়ি রান্না করমু, আসার সময় এক হালি ডিম আর কাঁচামরিচ আনিস", hard=False)
N("family", "bn-Latn",
  "Nanu kemon acho? kal bikele video call dibo, Rafi keo niye ashbo", hard=False)
N("family", "en",
  "Mom I'll be late, bus stuck at Jatrabari. don't wait for dinner", hard=False)
N("family", "bn",
  "ছোট খালার শরীর এখন একটু ভালো, ডাক্তার কইছে আরো এক সপ্তাহ হাসপাতালে থাকতে হবে", hard=False)

# ---------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah KL e 2 bochor holo. company bhalo, overtime korle extra pai, passport nijer kache, "
  "shukrobar off. ei mashe 60 hazar bari pathaisi")
N("worker_content", "en",
  "Started at the Dubai office last week, QA tester. Long days during onboarding but the team is chill "
  "and salary came on the 1st, exactly what the offer letter said.")
N("worker_content", "bn",
  "দুবাইতে ডেলিভারির কাজ করি, কষ্ট আছে কিন্তু মালিক ভালো। মাসে ২৮০০ দিরহাম, থাকা কোম্পানির। ঈদে ছুটি "
  "দিছে, বাড়ি আসতেছি ইনশাআল্লাহ।")
N("worker_content", "en",
  "Night shift again this week at the Makati office, 10pm-7am, but the night differential is good. Sunday "
  "off, going to the bay with the Bangladeshi guys from 3rd floor.")
N("worker_content", "bn-Latn",
  "bhai amar company Singapore er shipyard e. 12 ghonta duty kintu overtime er taka alada. notun number, "
  "WhatsApp e add koro: +65 8432 1976",
  [("whatsapp", "+6584321976")])
N("worker_content", "en",
  "Got my first salary from the Riyadh hospital, SAR 4,500, and iqama came in 2 weeks. HR lady was very "
  "helpful. Send my salaam to everyone at home.")
N("worker_content", "bn",
  "মালয়েশিয়ার ফ্যাক্টরিতে ভালো আছি। আগে কোম্পানি পাসপোর্ট রাখত, এখন নিয়ম বদলাইছে, নিজের কাছেই রাখি। "
  "বেতন প্রতি মাসের ৭ তারিখে ব্যাংকে আসে।")

# ---------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "boss bolse Friday er moddhe report na dile amake Myawaddy pathay dibe 😂😂 ei office o kono compound "
  "er cheye kom na bhai")
N("joke", "bn",
  "বউ আমার মোবাইল, মানিব্যাগ, পাসপোর্ট সব জব্দ কইরা রাখছে যাতে বন্ধুদের সাথে কক্সবাজার না যাই 😭 "
  "কেউ আমারে উদ্ধার করো")
N("joke", "en",
  "my mom lent me to the neighbours for their wedding cooking lol. unpaid labour, 18 hour shift, no breaks, "
  "reporting them to ILO 😂")
N("joke", "bn-Latn",
  "Dalal bhai, amar ex ke ekta one way ticket e Dubai pathay den, taka ami dibo 🤣🤣")
N("joke", "en",
  "Ransom note: if you want your charger back, leave 2 samosas on my desk by 4pm. No police. No NGO.")

# ---------------------------------------------------------- chatter (4 hard + 6 easy)
N("chatter", "bn-Latn",
  "dosto December e Thailand jabo ghurte, Pattaya ar Phuket. tourist visa te bank statement koto "
  "dekhano lage jano? agency 12 hazar chaise processing er jonno")
N("chatter", "en",
  f"anyone selling USDT? need 300 for my freelancing payout, will pay bKash. ERC20 to {ETH2} . DM on "
  "telegram @rafi_p2p_bd",
  [("eth_address", ETH2), ("telegram", "@rafi_p2p_bd")])
N("chatter", "bn",
  "কাল থেকে অফিসে নতুন ডাটা এন্ট্রির প্রজেক্ট, টার্গেট দিনে ৫০০ রো। বস কইছে ওভারটাইম দিবে, দেখা যাক।")
N("chatter", "bn-Latn",
  "insta te dekho @dhaka.travel.diaries page e Bangkok er reel ta, ki shundor jayga bhai, ekbar jaitei hobe",
  [("instagram", "@dhaka.travel.diaries")])
N("chatter", "en", "Meeting moved to 3:30, room B. Bring the printouts.", hard=False)
N("chatter", "bn", "ভাই আজকের খেলা দেখছস? শেষ ওভারে যা হইল!", hard=False)
N("chatter", "bn-Latn", "kal class hobe na, sir group e msg dise", hard=False)
N("chatter", "en", "Happy birthday Tania!! 🎂🎉 have a great year", hard=False)
N("chatter", "bn", "রিকশা পাইতেছি না, বৃষ্টিতে ভিজতেছি, ১০ মিনিট লেট হবে", hard=False)
N("chatter", "bn-Latn", "bhai tomar laptop er charger ta aj ferot dite parba? amar ta nosto", hard=False)


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
    random.Random(130).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev130-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
