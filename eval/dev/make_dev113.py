"""Blind evaluation set dev113 for the trafficking-indicator detector.

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only the
brief and sections 1 and 2.1 of shared/research/indicators.md.
Persona: a schoolteacher in a border village of Satkhira and Jashore who sees girls taken across to
India by 'marriage' or 'work in Kolkata', boys taken to Mumbai zari workshops, brokers on both sides
and families paid off, alongside parents', pupils' and neighbours' ordinary chats.

Held out from round 17 of issue 15 as its second group (written after the round began, read by
nobody) and scored only in aggregate, at the round's start (fc7c063) and at its end (docs/rules.md,
"Measuring the packs"). Run from the repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev113.jsonl"
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


BTC1 = btc("dev113-btc-1")
TRON1 = tron("dev113-tron-1")
ETH1 = eth("dev113-eth-1")

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
  "মা, ওরা বলছিল হাওড়ায় গার্মেন্টসে কাজ, মাসে দশ হাজার। এখানে আনে দেখি একটা বাড়ির রান্নাঘরে কাজ, "
  "টাকার কথা কইলে বলে আগে ছয় মাস যাক। ফিরোজ চাচা আর ফোন ধরে না")
F("recruitment_deception", "bn",
  "ভাবি, চিন্তা করবেন না। মুম্বাইয়ে আমার নিজের লোকের জরির কারখানা, ছেলে শুধু সুতা কাটবে, মাসে আট হাজার "
  "বাড়িতে পাঠাবে। পাসপোর্ট টাসপোর্ট লাগবে না, ওপারে আধার কার্ড ওরাই বানায় দিবে। আপনার NID নম্বরটা দেন "
  "7352918406, ওটা দিয়ে একটা বিকাশ খুলে দিব",
  [("bd_nid", "7352918406")])
F("recruitment_deception", "bn",
  "বিয়ে দিবে বলে নিয়ে গেল, ছেলে নাকি দিল্লিতে সরকারি চাকরি করে। এখন শুনি হরিয়ানার কোন গ্রামে, "
  "জামাই চাষা, বয়স পঞ্চাশের কাছে, রেশমারে দিয়া মাঠের কাজ করায়। ঘটক নাকি ওদের থেকে টাকা নিছে")
F("recruitment_deception", "bn-Latn",
  "Apa ami Rahim bhai er lok. Mumbai te hotel e kitchen helper er kaj, 20 hajar rupee mashe, overtime alada. "
  "Agency na, direct malik. Kono khoroch nai, jawar bhara o malik dibe. Chele ke kal shondhay Kalaroa bazar e "
  "pathan, kauke bolar dorkar nai. call 01934 562817",
  [("phone", "+8801934562817")])
F("recruitment_deception", "bn-Latn",
  "Abbu Sohel bhai je bolechilo 8 hajar dibe, ekhane eshe sheth bole 3 hajar, tao 6 mash por. "
  "karigor er kaj na, ami shudhu jharu dei ar cha ani sobar jonno. Sohel bhai er phone bondho")
F("recruitment_deception", "bn-Latn",
  "Meyer boyosh niye chinta korben na, ora Basirhat court theke ekta biyer kagoj banabe. Chele Dubai te "
  "chakri kore, meye ke prothome Kolkata nibe tarpor oikhan theke visa hobe. apnader kichu lagbe na "
  "shudhu 2 ta chobi ar jonmo nibondhon")
F("recruitment_deception", "en",
  "They told my sister it was a packing job in a Kolkata biscuit factory. Its not. She is in a flat in "
  "Baguiati with 4 other Bangladeshi girls and nobody has seen any factory. The man who took her says "
  "the factory is 'closed for puja'.")
F("recruitment_deception", "en",
  "Brother I have direct requirement for Chennai spinning mill, 18 girls age 18-25, 9000 rupee + hostel free. "
  "No passport required we cross by Hakimpur line. Salary direct to family every month guarantee. "
  "WhatsApp +91 79083 41562",
  [("phone", "+917908341562")])

# ---- fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "ছেলেরে নেওয়ার সময় দালাল আমাদের হাতে দশ হাজার টাকা দিছিল অগ্রিম। এখন মালিক বলে ওই টাকা আর রাস্তার খরচ "
  "মিলায় চল্লিশ হাজার, শোধ না হওয়া পর্যন্ত ছেলে বাড়ি আসতে পারবে না")
F("fees_and_debt", "bn",
  "লাইনের খরচ পার হেড ২৫ হাজার, এর মধ্যে ওপারের ১০, লাইনম্যানের ৫। মেয়ের বেতন থেকে প্রতি মাসে কাটা "
  "যাবে যতদিন না উঠে। আপাতত ৫ হাজার এই বিকাশে পাঠান ০১৭৪৮৩২৯০৫১, আপনি শুধু হ্যাঁ বলেন",
  [("phone", "+8801748329051")])
F("fees_and_debt", "bn-Latn",
  "Sheth bolse amar naame 62 hajar rupee baki. Khawar khoroch, ghor bhara, ashar gari bhara shob lekhe rakhse. "
  "Mashe 7000 dibe bolse kintu hate dey 1500, baki kete ney. ei hishab kobe shesh hobe janina abba")
F("fees_and_debt", "bn-Latn",
  "Apa, meye ferot chaile age 80 hajar taka diben. Ora biyer shomoy je khoroch korse, gohona, ghotok er "
  "taka, shob ferot dite hobe. Na dile meye ekhanei thakbe, kaj kore shodh korbe")
F("fees_and_debt", "bn-Latn",
  "Mumbai jawar jonno Jabbar dalal 35 hajar nilo, bollo karkhana theke ar kichu katbe na. Ekhon karkhana "
  "malik bole dalal ke je taka dise tar dobol shodh korte hobe kaj kore, 1 bochor kono beton nai")
F("fees_and_debt", "en",
  "Uncle the seth in Madanpura says Ripon owes him 45,000 for 'food and training'. He cuts 2000 every week "
  "from his pay. Ripon has been there 14 months and still owes more than when he started. How can the debt "
  "go up when he is working every day?")
F("fees_and_debt", "en",
  "Pay 20k now, remaining 50k she will work and clear in 8-10 months. After that she is free to come back "
  "or stay. This is normal system, every girl from your side does same. Send the 20k to bkash 01983-204617 personal",
  [("phone", "+8801983204617")])

# ---- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "মেয়ের ফোন ওরা রেখে দিছে। সপ্তাহে একদিন রবিবার পাঁচ মিনিট কথা বলতে দেয়, পাশে একজন দাঁড়ায় থাকে। "
  "ও শুধু বলে ভালো আছি মা, আর কিছু বলে না")
F("isolation_and_control", "bn",
  "ঘর থেকে বের হইতে দেয় না আপু। দরজা বাইরে থেকে তালা, দিদি কাজে গেলে চাবি নিয়া যায়। জানালা দিয়া "
  "শুধু রেললাইন দেখা যায়, এটা কোন জায়গা জানি না")
F("isolation_and_control", "bn",
  "কেউ জিজ্ঞেস করলে বলবা খালার বাড়ি খুলনা গেছে। স্কুলের মাস্টার বেশি খোঁজ নিলে বলবা বিয়া হয়ে গেছে। "
  "মোবাইলে ছবি টবি কিছু রাখবা না, আর ওর সাথে যোগাযোগের চেষ্টা করবা না")
F("isolation_and_control", "bn-Latn",
  "Bhaiya ami Govandi te achi mone hoy. amader 11 jon ke ekta ghore rakhe, kaj o ekhane ghum o ekhane. "
  "bahire jete hole ostad er chele sathe jay. eta ekjoner phone theke lukiye likhchi, reply dio na")
F("isolation_and_control", "bn-Latn",
  "Or passport EB0412873 ar jonmo nibondhon dutoi Sheth er drawer e talamara. Bole haraye jabe tai rakhse. "
  "Ferot chaile bole agey hishab mitao, tarpor dekhbo",
  [("bd_passport", "EB0412873")])
F("isolation_and_control", "en",
  "Ma'am this is Nasima's cousin. She called from an unknown number at night, crying, said madam took her "
  "phone the first day and she isnt allowed to step out even to the balcony. Line got cut. The number is "
  "+91 98311 40276 please dont call it back, she said they will know.",
  [("phone", "+919831140276")])
F("isolation_and_control", "en",
  "Dont tell anyone where you are going, not even your friends at school. If BGB ask at the bus stand you "
  "say going to Benapole to see your nani. Give me your phone before we cross, you will get new sim there.")
F("isolation_and_control", "en",
  "They keep all our papers in the office. We sleep in the loft above the workshop, shutter is pulled down "
  "from outside at night. I only know the area is near a big masjid, I have not seen the road since I came.")

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "থানায় গেছেন শুনলাম। ভালো করেন নাই। মেয়ে তো এখন আমাদের হাতে, ওপারের পুলিশ ওরে অনুপ্রবেশের কেসে "
  "জেলে ঢুকাবে, আর কোনদিন মুখ দেখবেন না। মামলা তুলে নেন, ভালো চাইলে")
F("threats_and_coercion", "bn",
  "তোর বোনের ছবি আমার কাছে আছে। বেশি লাফালাফি করলে গ্রামের সব মানুষের মোবাইলে যাবে। চুপচাপ থাক")
F("threats_and_coercion", "bn",
  "স্যার, রাতে দুইজন মোটরসাইকেলে আইসা বাড়ির সামনে দাঁড়াইছিল। আব্বারে বলে গেছে রফিকের কথা আর কাউরে "
  "বললে ঘরে আগুন দিবে। আমরা খুব ভয়ে আছি, স্কুলে আসতে পারতেছি না")
F("threats_and_coercion", "bn-Latn",
  "Ostad kal ratre Sabbir ke lohar rod diye mereche kaje bhul hoyechilo bole. bolse palaile police er hate "
  "tule dibe, bangladeshi bole jail hobe. amra keu kichu bolte parina")
F("threats_and_coercion", "bn-Latn",
  "Shon, tor ma ke jodi abar school er sir er kache pathash, tor chhoto bon er kotha mone rakhish. "
  "Amader lok tor bari chene, rasta o chene")
F("threats_and_coercion", "en",
  "He said if I try to leave he will call the police and tell them I am Bangladeshi with no papers, they "
  "will put me in jail for years and my family will never find me. He says it every day.")
F("threats_and_coercion", "en",
  "Your husband took 60 thousand from us. Either the girl comes back to work by Friday or we send men to your "
  "house. We know which school your small son goes to. Call 01815-330947 before Friday.",
  [("phone", "+8801815330947")])

# ---- labour_exploitation (8: bn 2, bn-Latn 3, en 3)
F("labour_exploitation", "bn",
  "সকাল ছয়টা থেকে রাত একটা পর্যন্ত ফ্রেমে বইসা সুই চালাই। চোখ জ্বলে, আঙুল কাটা কাটা। মাসের টাকা চাইলে "
  "বলে ঈদে একসাথে দিবে। গত ঈদেও দেয় নাই")
F("labour_exploitation", "bn",
  "বাসায় ১১ জন মানুষ, রান্না, কাপড় ধোয়া, ঘর মোছা সব আমি একা। রাতে রান্নাঘরের মেঝেতে ঘুমাই। ছয় মাসে এক টাকা "
  "হাতে পাই নাই, বৌদি বলে তোর মায়ের কাছে পাঠাই দিছি। মা বলে কিছু পায় নাই")
F("labour_exploitation", "bn-Latn",
  "Amar bhai ke ager sheth arekjon sheth er kache bikri kore diyeche, Surat e. ekhon notun jaygay abar "
  "prothom theke kaj, ager 7 masher beton ar pabe na bolse")
F("labour_exploitation", "bn-Latn",
  "ekta din chhuti nai abbu, shukrobar o kaj. ghum 4 ghonta. jader chokh kharap hoye jay tader ke ber kore "
  "dey, taka dey na. ami chokhe kom dekhi ekhon")
F("labour_exploitation", "bn-Latn",
  "Kolkatar itbhatay 40 jon bangladeshi, beton dey na shudhu chal ar alu. mohajon bole season sheshe hishab "
  "hobe. ek cheler pa puira gese bhatir aguner kache, daktar o dekhay nai")
F("labour_exploitation", "en",
  "Sir, Arif called from Mumbai. He works in the zari karkhana from 8 in the morning to 2 at night, one meal, "
  "no salary for 5 months. Seth says money is with the dalal. He is coughing badly, he says because of the dust.")
F("labour_exploitation", "en",
  "They moved her again, third house this year. Every time the agent takes a 'commission' and she starts from "
  "zero, no wages carried over. She says she hasn't had a single off day since March.")
F("labour_exploitation", "en",
  "the boys are doing the thread washing with bare hands, no gloves, burns on the fingers. 18 hour shift in "
  "wedding season. no money until the order is delivered they say")

# ---- minors (7: bn 2, bn-Latn 2, en 3)
F("minors", "bn",
  "ক্লাস সেভেনের সুমির বিয়া ঠিক করছে ওপারের এক ছেলের সাথে। জন্মনিবন্ধনে বয়স বাড়ায় আঠারো করে নিছে "
  "ইউনিয়ন পরিষদ থেকে। ছেলেপক্ষ নাকি উল্টা টাকা দিতেছে মেয়ের বাপরে")
F("minors", "bn",
  "আপনার ছোট ছেলে বারো বছরের হইলেও সমস্যা নাই, জরির কাজে ছোট হাতই ভালো চলে। মাসে চার হাজার করে আপনার "
  "বিকাশে যাবে, ঈদে বাড়ি আসবে")
F("minors", "bn-Latn",
  "Meyer boyosh 14 holeo bolben 18, ora kichu jiggesh korbe na. Kolkatay ek daktar babur barite bachcha "
  "dekhbe, shondhay porashona o korte parbe bolse")
F("minors", "bn-Latn",
  "Sir amader class er Rakib ar Jony 3 din dhore school e ashe na. Rakib er ammu bolse oder mama Mumbai niye "
  "gese kaj shikhte. Rakib er boyosh to 11 sir")
F("minors", "en",
  "need 6 boys 10 to 13 years for embroidery unit in Mumbai, small fingers good for fine work. parents get "
  "5000 advance. send photos on whatsapp wa.me/8801725903461",
  [("whatsapp", "+8801725903461")])
F("minors", "en",
  "Headmaster sir, Lovely from class 8 has not come since the exam. Her mother says she got married on Friday "
  "to a man from Bongaon, much older. They made a new birth certificate showing 19.")
F("minors", "en",
  "girl is 15 but looks mature, can pass 18. family will sign. the party in Haryana wants fair and quiet, "
  "will pay 60 thousand rupees to us, 20 to the family")

# ---- sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "দিদি বলছিল পার্লারে কাজ। এখন প্রতি রাতে হোটেলে পাঠায়, না গেলে খাইতে দেয় না। আমারে বাঁচাও আপু, "
  "জায়গাটার নাম সোনাগাছি মনে হয়")
F("sexual_exploitation", "bn",
  "নতুন দুইটা মেয়ে আসছে বাংলাদেশ থেকে, ফর্সা, বয়স কম। রেট আলাদা, রাতে রাখতে চাইলে আগে জানাবেন। "
  "লোকেশন পার্ক স্ট্রিটের কাছে, কল দেন +৯১ ৯৮৩০৭ ২২৫১৪",
  [("phone", "+919830722514")])
F("sexual_exploitation", "bn-Latn",
  "Bhabi apnar meye ke Mumbai te dance bar e kaj dibo, shudhu nach, kharap kichu na. Tobe customer er sathe "
  "boshe drink nite hobe, ratey thakte bolle thakbe. Prothom 6 mash er taka amar kache thakbe. "
  "Boss er number +91 98201 55732",
  [("phone", "+919820155732")])
F("sexual_exploitation", "bn-Latn",
  "Spa te massage er kaj bole niye gese, ekhon boss bole customer ja chay korte hobe, na korle lakh taka "
  "ferot dite hobe. Ami ar parchi na apu")
F("sexual_exploitation", "bn-Latn",
  "raat 11 tay video call e customer ashbe, camera on korbi, ja bolbe tai korbi. taka amar account e ashbe. "
  "customer ra @rupa.live.bd dekhe ashe, mukh dhakbi na, keu tor gram e dekhbe na",
  [("instagram", "@rupa.live.bd")])
F("sexual_exploitation", "en",
  "Fresh Bangladeshi girls available Kolkata, 18-21, new in city ✈️🌹 hotel service or your place. "
  "Booking only telegram @kolkata_rosehouse",
  [("telegram", "@kolkata_rosehouse")])
F("sexual_exploitation", "en",
  "The 'beauty parlour' in Bongaon is a front. Madam keeps the girls upstairs and sends them to hotels on call. "
  "Shirin managed one message: they took her to a lodge three times this week and madam kept all the money.")

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "মেয়েরে ছাড়াইতে হলে দুই লাখ টাকা লাগবে। এক লাখ আজকে রাতের মধ্যে এই নাম্বারে বিকাশ করেন ০১৮১৯ ৪৪৭২৩০, "
  "বাকিটা মেয়ে বর্ডারে আসলে",
  [("phone", "+8801819447230")])
F("payments_and_proceeds", "bn",
  "ভাই, মেয়ে দুইটা মাসির কাছে পৌঁছাইছে। কলকাতা থেকে হুন্ডিতে টাকা আসবে নগদে, লাইনম্যানের ভাগ কাইটা "
  "বাকি তোমার। TxnID 7KD3QX91PL আসলে জানাবা",
  [("mfs_transaction", "7KD3QX91PL")])
F("payments_and_proceeds", "bn",
  "জরির কারখানার শেঠ পাঁচ ছেলের দালালি বাবদ পঁচিশ হাজার পাঠাইছে রকেটে। তিন জনের বাপরে দুই হাজার করে "
  "দিয়া দিবা, মুখ বন্ধ রাখতে বলবা। বাকিটা আমার")
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 15000 pathalam, TxnID 73HQ2M8Z. Eita prothom kisti, baki 35 hajar meye ke chhere dile. "
  "Plz ar marben na ore",
  [("mfs_transaction", "73HQ2M8Z")])
F("payments_and_proceeds", "bn-Latn",
  "Basirhat party theke meyeder taka ashche. Agent number e dhukaben na, bhenge bhenge personal number e den, "
  "ek number e 25 er beshi na, BFIU dhorche ajkal. aaj ei duita te: 01756 318240, 01689 224571",
  [("phone", "+8801756318240"), ("phone", "+8801689224571")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT te nibo, TRC20. address: {TRON1} . Chhele gula Mumbai pouchhale baki ta sheth dibe, hundi te "
  "ekhon risk",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Sister, the broker's man in Kalaroa wants 1.5 lakh to bring Mitu back across. He says half by bKash to "
  "01924-551806 and half cash at the border. If we don't pay by Sunday he sells her to someone in Delhi.",
  [("phone", "+8801924551806")])
F("payments_and_proceeds", "en",
  "Settlement Oct: 3 girls delivered to Bongaon house, 70k INR each. Your share 35% paid via hundi through "
  "Habib store Satkhira. Statement sent to habibstore.stk@gmail.com. Remaining on next batch.",
  [("email", "habibstore.stk@gmail.com")])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn",
  "সাতক্ষীরার কলারোয়া সীমান্ত দিয়ে ভারতে পাচারকালে দুই কিশোরীসহ তিনজনকে উদ্ধার করেছে বিজিবি। এ সময় এক "
  "দালালকে আটক করা হয়। মানবপাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "bn",
  "ভারতে পাচার হওয়া ১৮ নারী ও শিশুকে বেনাপোল চেকপোস্ট দিয়ে ফেরত আনা হয়েছে। তাদের যশোরের একটি "
  "আশ্রয়কেন্দ্রে রাখা হয়েছে, যাচাই শেষে পরিবারের কাছে হস্তান্তর করা হবে।")
N("news", "bn-Latn",
  "*Forwarded* Sharsha te 'Mumbai kaj' er dalal chokro r 3 jon greftar, 5 shishu uddhar. Police bolse "
  "chokrota 2 bochor dhore ei kaj korto. sobai share koren")
N("news", "en",
  "Jashore: Police rescued seven boys aged 10-14 from a bus at Benapole who were being taken to zari "
  "workshops in Mumbai. Two brokers were arrested, the Sharsha police OC said.")
N("news", "en",
  "Kolkata: A Bangladeshi woman rescued from a brothel was reunited with her family in Satkhira after three "
  "years, officials of a rights group said. The accused trafficker was held in Basirhat.")
N("news", "en",
  "CID freezes 40 bKash and Nagad accounts linked to a hundi network moving trafficking proceeds in "
  "Jashore and Satkhira")
N("news", "bn-Latn",
  "ajker pepar e dekhlam Debhata r oi dalal Mizan er 10 bochor jel hoise, oi je 2019 e Shyamnagar er "
  "meyeta ke Pune te bechsilo. ekdom thik hoise")

# ---- awareness (7)
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: কলকাতা বা মুম্বাইয়ে ভালো কাজের কথা বলে কেউ আপনার সন্তানকে নিতে চাইলে রাজি "
  "হবেন না। অপরিচিত কাউকে জন্মনিবন্ধন বা ছবি দিবেন না। সন্দেহ হলে ৯৯৯ এ ফোন করুন। — বিদ্যালয় ব্যবস্থাপনা কমিটি")
N("awareness", "bn",
  "বাল্যবিবাহ আইনত দণ্ডনীয়। মেয়ের বয়স ১৮ এর কম হলে বিয়ে দেবেন না। ওপারে বিয়ের প্রস্তাব এলে আগে ভালো করে "
  "খোঁজ নিন। সাহায্যের জন্য ১০৯ নম্বরে ফোন করুন।")
N("awareness", "bn-Latn",
  "Mayera shunen, keu jodi bole parlour e kaj, hotel e kaj, Kolkata te biye, taka lagbe na, border par kore "
  "dibe — bujhben eta dalal. Ager bochor amader para theke 2 ta meye eivabe harise. Share koren")
N("awareness", "en",
  "Never hand over your passport, birth certificate or NID to a broker. Genuine employers do not ask you to "
  "cross the border without papers. Call 999 if someone offers a job in India that sounds too good.")
N("awareness", "en",
  "Workshop today at Kalaroa Upazila Parishad, 11am: 'Safe migration and anti-trafficking' for teachers and "
  "UP members. Topics: how brokers recruit children for zari work, child marriage across the border, how to report.")
N("awareness", "bn-Latn",
  "Bidesh jawar age BMET e registration koren, smart card chara jaben na. Kono dalal ke hate taka diben na, "
  "shob fee er rashid niben. Passport nijer kache rakhben, karo hate diben na.")
N("awareness", "en",
  "If a child in your class suddenly stops coming and the family says he 'went to an uncle in India', please "
  "inform the head teacher the same day. Teachers are often the first to notice. — Upazila Education Office")

# ---- official (6)
N("official", "en",
  "M/S Rupsha Overseas (RL-1234), licensed by BMET. Malaysia plantation worker, govt. fixed cost Tk 78,990 "
  "only. Pay only to our bank account, receipt will be given. Do not pay any sub-agent. "
  "Contact: 02-9551234, 01711 203948, info.rupshaoverseas@gmail.com",
  [("phone", "+88029551234"), ("phone", "+8801711203948"), ("email", "info.rupshaoverseas@gmail.com")])
N("official", "bn",
  "বাংলাদেশ উপ-হাইকমিশন, কলকাতা: ভারতে অবস্থানরত যে সকল বাংলাদেশি নাগরিকের পাসপোর্ট হারিয়ে গেছে, "
  "তাদের ট্রাভেল পারমিটের জন্য আবেদন করতে বলা হচ্ছে। আবেদনের সাথে জাতীয় পরিচয়পত্র বা জন্মনিবন্ধনের কপি জমা দিন।")
N("official", "en",
  "Dear applicant, your e-passport A03817264 is ready for delivery. Please collect from RPO Jashore, "
  "10am-4pm Sun-Thu, with your delivery slip. -DIP",
  [("bd_passport", "A03817264")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, যশোর: সৌদি আরবগামী নারী গৃহকর্মীদের ৩০ দিনের প্রশিক্ষণ সম্পূর্ণ বিনা "
  "খরচে। সরকার নির্ধারিত ফি ছাড়া কাউকে কোন টাকা দেবেন না। যোগাযোগ: ০৪২১-৬৮৭৪১",
  [("phone", "+88042168741")])
N("official", "en",
  "Emigration clearance for all countries is issued only through BMET. Register on the Ami Probashi app or "
  "at your district office and collect your smart card. Check the agency's licence before paying any fee.")
N("official", "en",
  "High Commission of India, Dhaka: medical visa applicants from Satkhira and Jashore may submit at IVAC "
  "Jashore. Applicants must appear in person with original passport. Beware of touts offering 'guaranteed' visas.")

# ---- receipt (6)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01763920145. Ref Eid. Fee Tk 0.00. Balance Tk 5,412.50. "
  "TrxID BHK7Q2MZ4N at 28/03/2025 19:41",
  [("phone", "+8801763920145"), ("mfs_transaction", "BHK7Q2MZ4N")])
N("receipt", "en",
  "Cash Out Tk 2,000.00 to 01819662047 successful. Fee Tk 37.00. Balance Tk 318.20. TrxID AJ41LX9T0C "
  "at 02/04/2025 11:05",
  [("phone", "+8801819662047"), ("mfs_transaction", "AJ41LX9T0C")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,500 Sender: 01552318907 Ref: school fee TxnID: 71QZP4KD "
  "Balance: Tk 12,640.00",
  [("phone", "+8801552318907"), ("mfs_transaction", "71QZP4KD")])
N("receipt", "bn",
  "আপনি ৳৩,০০০.০০ পেয়েছেন ০১৭২৮৪৪০৯১৬ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৩,১৫০.৫০। TrxID CDA83MRX5P",
  [("phone", "+8801728440916"), ("mfs_transaction", "CDA83MRX5P")])
N("receipt", "en",
  "Dear Customer, remittance of BDT 48,260.00 from MALAYSIA has been credited to your A/C ****4471. "
  "Thank you for banking with Sonali Bank PLC.")
N("receipt", "en",
  "Send Money Tk 1,500.00 to 01911457302 successful. Ref: bus vara. Fee Tk 5.00. Balance Tk 96.75. "
  "TrxID 9MK2TR8W1A at 14/05/2025 08:12",
  [("phone", "+8801911457302"), ("mfs_transaction", "9MK2TR8W1A")])

# ---- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্টের আবেদন যশোর অফিসে জমা দিছি। ফিঙ্গার দিতে আগামী বৃহস্পতিবার যাইতে হবে। টাকা সব ব্যাংকেই "
  "দিছি, দালাল ধরি নাই। আম্মার এনআইডি নম্বর লাগবে, ৪৬১৫২৮৩৯০৭ এইটাই তো?",
  [("bd_nid", "4615283907")])
N("family", "bn-Latn",
  "Ammu, Kolkata te Mamar operation er jonno jabo, medical visa hoye gese. Passport amar kachei thakbe, tumi "
  "chinta koro na. Bongaon theke train e jabo. Mamato bhai er number +91 90511 28734",
  [("phone", "+919051128734")])
N("family", "bn-Latn",
  "Bhaiya Malaysia jawar taka ta jogar hoise? BMET er card hoye gele agency bole 15 din er moddhe flight. "
  "Ami kono dalal er kache taka dei nai, shob bank e")
N("family", "en",
  "Khala, Rumi's wedding is fixed with the boy from Kalaroa, he teaches at the madrasa. She finishes HSC "
  "first, wedding after the exams in June. Both families agreed, no dowry 🙏")
N("family", "bn",
  "ছোট চাচা দুবাই থেকে ফোন দিছিল, বললো এবার ঈদে আসতে পারবে না, ছুটি পরের মাসে। কোরবানির টাকা বিকাশে "
  "পাঠাবে। দাদিরে বলিস মন খারাপ না করতে")
N("family", "bn-Latn",
  "Apu, Rubel Mumbai te hotel e kaj kore. mashe 12 hajar pathay, proti shukrobar video call dey, eid e "
  "ashbe bolse. tobe chhele ta dure, mon ta kemon kore")
N("family", "en",
  "Ammu I reached the Chennai hospital, doctor appointment tomorrow 9am. Hotel is near the hospital, 1200 "
  "rupees per night. Passport and visa copy are with me. Will call after.")

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah bhalo achi. Surat e kaj bhalo, 8 ghonta duty, overtime korle alada taka. Sheth bhalo manush, "
  "proti mash er 5 tarikhe beton dey. Eid e chhuti niye bari ashbo inshallah")
N("worker_content", "bn",
  "মালয়েশিয়ায় কোম্পানি ভালো, পাসপোর্ট আমার কাছেই থাকে, মাসে চার দিন ছুটি। এই মাসের বেতন পাইছি, আম্মারে "
  "পাঠায় দিছি। সবাই দোয়া কইরো")
N("worker_content", "en",
  "Day off today so went to the beach with the boys from the hostel 🌊 Company gave us new uniforms and "
  "the salary came on time again. Dubai life not bad 😄 follow my insta @sumon.in.dubai",
  [("instagram", "@sumon.in.dubai")])
N("worker_content", "bn-Latn",
  "Riyadh e 2 bochor holo. Kafil bhalo, iqama renew kore dise nijer khorche. Mash sheshe beton pai, family ke "
  "protidin video call dei. Bhai ra keu ashte chaile legal vabe ashben")
N("worker_content", "en",
  "Bhai I'm in Kuala Lumpur, factory job. 8 hours + 2 OT, Sunday off. They took the passport only for the "
  "permit renewal and gave it back after 2 weeks with a receipt.")
N("worker_content", "bn",
  "কাতারে আসছি তিন মাস। রুমে চারজন, এসি আছে, খাওয়া কোম্পানির। ওভারটাইমের টাকা আলাদা দেয়। আল্লাহর রহমতে "
  "ভালো আছি")

# ---- joke (5)
N("joke", "bn-Latn",
  "Amar bou bole ami naki tar 'dalal' 😂 shob kotha tar mayer kache pachar kori. Bollam pachar kori na, "
  "hundi kori, kotha ek packet e pathai 🤣")
N("joke", "bn",
  "আমার ফোন আম্মা আটকায় রাখছে, পরীক্ষা শেষ না হওয়া পর্যন্ত ফেরত দিবে না 😭 এইটা কি মানবাধিকার লঙ্ঘন না? "
  "ভাইয়ার ফোন থেকে লিখতেছি 😂")
N("joke", "en",
  "My boss kept me in the office till 9pm again, no overtime, not even tea. Somebody call the ILO 😂😂")
N("joke", "bn-Latn",
  "Sir amader class ke kindly kono dalal er kache bikri kore den, homework theke mukti chai 😭😂")
N("joke", "en",
  "Bhai find me an Indian bride pls, mohor I will pay in bKash installments 😂 interest free")

# ---- chatter (6)
N("chatter", "bn",
  "শুনছেন, দক্ষিণপাড়ার হালিম দালালরে আজ পুলিশে নিছে। বহু মেয়ের সর্বনাশ করছে লোকটা। গ্রামের মানুষ থানার "
  "সামনে মিষ্টি বিলাইছে")
N("chatter", "bn-Latn",
  "Kalke school e ashar shomoy BGB checkpost e bus thamaise, shobar ID dekhse. 1 ghonta deri hoilo 😩")
N("chatter", "en",
  "Is anyone going to Benapole on Thursday? I need to send my mother's passport to my cousin at the border "
  "for her visa stamping, hand delivery, trustworthy person only. call me 01736 905128",
  [("phone", "+8801736905128")])
N("chatter", "bn-Latn",
  "Bhai zari er kaj shikhte chai, Jashore e kono training center ache? Mohila odhidoptor naki free course "
  "dey shunlam")
N("chatter", "en",
  "Ma'am the parents meeting is Saturday. Many mothers are asking about the 'Kolkata job' man who came to the "
  "bazar last week, can we talk about it in the meeting? I told them not to give him any papers.")
N("chatter", "bn",
  "ভাই হুন্ডিতে টাকা পাঠাইলে নাকি সমস্যা হয়? ভাইয়া সৌদি থেকে বলে ব্যাংকে পাঠাইলে রেট কম। আব্বা বলে "
  "ব্যাংকেই পাঠা, ঝামেলা চাই না")

# ---- easy negatives (10)
N("chatter", "bn", "কাল স্কুল বন্ধ, শবে বরাতের ছুটি। পরশু থেকে আবার ক্লাস।", hard=False)
N("family", "bn-Latn", "Ammu rice cooker ta kothay rakhso? khuje paitesi na", hard=False)
N("chatter", "en", "Reminder: class 9 science practical copies due Monday. Bring your lab coats.", hard=False)
N("chatter", "bn-Latn", "Bhai kal khela ache? Debhata team er sathe, 4 tay math e", hard=False)
N("family", "bn", "মা, আমি রাতে খালার বাসায় থাকবো, সকালে চলে আসবো। ভাত রাইখো না", hard=False)
N("chatter", "en", "Rain since morning, the road to Kalaroa bazar is under water again. Take the long way.",
  hard=False)
N("family", "bn-Latn", "Abba bazar theke 1 kg piyaj ar dim niye aisho. ar nanir oshudh ta", hard=False)
N("chatter", "bn", "আজকের মিটিং বিকাল চারটায়, প্রধান শিক্ষকের কক্ষে। সবাই উপস্থিত থাকবেন।", hard=False)
N("family", "en", "Happy birthday Tuli! 🎂 Grow up wise and kind. Love from Chhoto Mama", hard=False)
N("chatter", "bn-Latn", "Shyamnagar er kakra ajke 600 taka kg, kinbo naki? 🦀", hard=False)


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
    random.Random(113).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev113-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
