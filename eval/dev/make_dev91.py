#!/usr/bin/env python3
"""Blind dev set dev91: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a labour inspector in Dhaka, Cox's Bazar and Khulna working on child and bonded
labour inside Bangladesh (hotel/restaurant boys, bus helpers, workshops, Nazirartek dry-fish yards, tanneries,
shrimp depots, dadon advances from a sardar or mahajan worked off by a child, employers keeping children in at night);
employers', sardars' and parents' chats in local Bengali, Chittagonian and Banglish. Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev91.jsonl"
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


BTC1 = btc("dev91-btc-1")
TRON1 = tron("dev91-tron-1")
ETH1 = eth("dev91-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
RD, FD, PP, IC = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LE, TC, SX, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "রহিম সর্দার কইছিল পোলায় মুদি দোকানে ক্যাশে বসবো, বিকালে মাদ্রাসায় পড়বো। গিয়া দেখি রাইতে ওয়ার্কশপে ঝালাইয়ের কাম করায়, চোখ লাল হইয়া ফুইলা গেছে। পড়ার কথা কইলে কয় আগে কাম শিখ")
F(RD, "bn", "হিতারা কইয়ে চাটগাঁ টাউনত বাসার কাম, বেগম সাব নিজর মাইয়ার মতো রাইখবো। অহন হুনির আঁর মাইয়া নাজিরারটেকর খলাত শুটকি শুকার, রাইতে খলার ঝুপড়িত থাকে। আঁরে ফোনও ন দেয়")
F(RD, "bn", "(ভয়েস) হ্যালো ভাই, সর্দার তো কইছিল মাসে ৮ হাজার দিবো হোটেলে। এখন মালিক কয় ৮ হাজার না, ৩ হাজার, বাকিটা নাকি সর্দারের কমিশন আর থাকার খরচ। আমরা তো এইটা জানতাম না, পোলায় কয় আব্বা নিয়া যাও")
F(RD, "bn-Latn", "bhai apni to bolsilen tannery te office er kaj, file tule rakha. ekhon amare drum er pashe chamra dhuaite dise chemical pani te, hat er chamra uthe jaitese. eta ki office er kaj??")
F(RD, "bn-Latn", "Khulna depot e mash e 10 hajar bolsilam na? oita season er rate. ekhon 6 mash 'training' cholbe, training e beton nai, khali khawa. tomar chele ke bujhaiya bolo")
F(RD, "bn-Latn", "Apa apnar meye ke Gazipur factory te dibo bolsilam, factory te ekhon lok nay. apatoto ekta basay rakhsi Mirpur e, basar kaj korbe. factory r kotha o jeno gram e kauke na bole, pore dekhbo")
F(RD, "en", "Sir my nephew Sabbir went with a man who said biscuit factory in Tongi, hostel and night school included. Yesterday he called from unknown number 01748-332190 crying, he is in a shrimp depot in Paikgachha, no school, sleeps on the ice room floor", [("phone", "+8801748332190")])
F(RD, "en", "tell the family its an 'office boy' post at the resort, uniform, AC room. dont say dishwashing or night duty or they wont send him. once hes here and the advance is spent they wont ask")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F(FD, "bn", "দাদন নিছো ৪০ হাজার, এখন কও পোলারে দিবা না? সিজন শেষ না হওয়া পর্যন্ত তোমার পোলা খলায় থাকবো। হিসাব মিটলে আইসা নিয়া যাইও, তার আগে না")
F(FD, "bn", "ওর বাপের ঋণ এখনো ২২ হাজার বাকি। মাসে ১৫০০ কাইটা রাখি, বাকি বেতন বাপে আইসা নিয়া যায়। পোলার হাতে এক টাকাও দেই না, নষ্ট করবো")
F(FD, "bn", "সর্দার কার্তিকে ৬০ হাজার আগাম দিছে। পুরা ফ্যামিলি ভাটায় যাইতে হইবো, ছোট দুইটাও ইট উল্টাইবো। টাকা তো খরচ হইয়া গেছে, না গিয়া উপায় নাই")
F(FD, "bn-Latn", "Tor abba 25 hajar niye gese Ramzan er age. oi taka shodh na howa porjonto tui kothao jaite parbi na, chuti er kotha o bolbi na. hishab amar khatay lekha ache")
F(FD, "bn-Latn", "mahajan bolse sud shoho ekhon 38 hajar. Ratul er beton diye shodh korte aro 2 bochor lagbe, ar notun kore dhaar dibe na jodi o chole ashe. ami ki korbo apa bolen")
F(FD, "bn-Latn", "tor khawa thaka, oi jor er oshudh, lungi 2 ta - sob tor hishabe lekha. ei mash e tor pawna 400 taka, baki sob kata gese. r kanna kate lav nai")
F(FD, "en", "The boy broke 6 plates and the glass jug, cutting 1800 from his wage. his uncle also took 5000 advance at eid so he gets nothing till Magh. tell his mother not to call me every day about it")
F(FD, "en", "Mahajan gave Tk 30,000 dadon to the father in Moheshkhali. Boy is 13, works the khola to repay, 'wage' is written off against the loan at 2,500/month. Family says every season the balance somehow goes up")

# payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F(PP, "bn", "সর্দার ভাই তিনটা পোলা পাঠাইছেন, মাথাপিছু ৩০০০ কমিশন, বিকাশ করলাম ৯০০০। TrxID BHK7Q2M9XA. ঈদের আগে আরো দুইটা লাগবো, ছোট হইলে ভালো খরচ কম", [("mfs_transaction", "BHK7Q2M9XA")])
F(PP, "bn", "পোলাগো বেতন ওগো হাতে দিয়েন না। মাসের ৫ তারিখে আমার পার্সোনাল নগদে ০১৯১৪-৭৭২০৩৫ পাঠাইবেন, আমি বাপ-মায়েরে বুঝাই দিমু। ওরা কত পায় ওগো জানার দরকার নাই", [("phone", "+8801914772035")])
F(PP, "bn", "খলার মালিক কইছে প্রতি সপ্তাহে ৫ হাজার ফাঁড়িতে দিতে হইবো, তাইলে শিশুশ্রমের লোক আইলে আগে খবর পামু। এই টাকা পোলাগো বেতন থাইকা ভাগ কইরা কাটবা")
F(PP, "bn-Latn", "Kamal bhai oi 4 ta chele r 3 mash er hishab: 4 x 6000 = 24000. apnar cut 30% = 7200, oder thaka khawa 9000 ami rakhlam, baki 7800 oder barite. apnar ta bkash korsi 01712 648 305 e", [("phone", "+8801712648305")])
F(PP, "bn-Latn", "Nagad e 15000 pathaisi, TxnID: 7HQ2ZP4K. etai oi meye tar dam, baki 10 hajar kaj shuru hoile. ma ke bolba Dhaka te basar kaj", [("mfs_transaction", "7HQ2ZP4K")])
F(PP, "en", "Send the advance for the 2 boys to their fathers, 10k each by bkash, but from MY number not yours. From Kartik their wages come to me directly, I settle with the families after the season whatever is left")
F(PP, "en", "boss the Kolatoli hotel paid 45,000 for 'manpower supply', 3 helpers this month. your share 15k sent nagad 01823-770194. dont write the boys names in khata, write staff supply only", [("phone", "+8801823770194")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F(IC, "bn", "রাতে কলাপসিবল গেটে তালা দিয়া চাবি আমার কাছে থাকবো। কোনো পোলা বাইর হইতে পারবো না। মোবাইল যার যা আছে ম্যানেজারের ড্রয়ারে, শুক্রবার জুম্মার পর ১০ মিনিট")
F(IC, "bn", "তোর মায়ের লগে কথা কইবি আমার সামনে, লাউডে দিয়া। উল্টাপাল্টা কিছু কইলে লাইন কাইটা দিমু, পরের মাসে আর ফোনই পাবি না")
F(IC, "bn", "পোয়াগুনরে ঈদত বাড়িত যাইতো ন দিবা, গেলে আর ন ফিরিবো। হিতারার বাপ আইলে কইবা হিতারা মহালত নাই, অন্য খলাত গেইয়ে")
F(IC, "bn-Latn", "ami Ratul, amar phone malik nie nise. eta ek kaster phone theke likhtesi. amra 9 jon depot er upor er ghore thaki, rate niche namte dey na, bathroom o bhitore. ammu ke bolben")
F(IC, "bn-Latn", "keu jigesh korle bolbi tui amar bhagina, beranite ashchos, kaj koros na. oi NGO r school er loker shathe kotha bolbi na, gate er bahire jabi na ami na thakle")
F(IC, "en", "Dont give the boys the wifi password and dont let them go to the tea stall alone. Last season the Bhola boy ran off with a truck driver. One staff must walk them to the mosque and back, every time")
F(IC, "en", "He calls home once a month from my phone and I sit next to him. His mother asks too many questions, so I keep it to 2 minutes. Sim card stays with me till season ends")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F(LE, "bn", "ফজরের আগে উঠাইয়া দিবা, রাইত ১২টা পর্যন্ত থালা ধোয়া আর টেবিল। শুক্রবারেও ছুটি নাই, ঈদে ডাবল কাজ। ঘুমাইবো কিচেনের পিছনে চাটাইয়ে")
F(LE, "bn", "তিন মাস বেতন দেয় নাই আম্মা, কয় সিজন শেষে একবারে দিবো। খাওন দেয় দুইবেলা, পান্তা আর শুটকির ভর্তা। হাতে ঘা হইছে লবণে")
F(LE, "bn", "ক্রোমের ড্রামের কাছে যারা কাম করে ওগো হাতমোজা বুট লাগবো না, খরচ বাড়ে। হাত জ্বললে চুন লাগাইয়া দিও, আর ইন্সপেকশনের দিন নতুনগুলা পরাইবা")
F(LE, "bn-Latn", "bus er helper, bhor 5 ta theke rat 11 ta porjonto Gabtoli-Barishal 2 trip. gari tei ghumai, seat er niche. malik bole tip diye cholbi, beton 3 mash baki")
F(LE, "bn-Latn", "Apa amr bhai workshop e welding kore, chokh e glass nai. goto shaptah theke chokhe thik moto dekhe na, oshudh er taka o ostad beton theke kete nise. chuti chaile bole kal theke ashish na")
F(LE, "bn-Latn", "ghumabi dokaner benchi te, shutter nama thakbe bahir theke. shokal 5.30 e chula jalabi, rat 1 tay hishab mila. maser beton tor baba nibe, tor dorkar nai")
F(LE, "en", "When the trawlers come the grading boys do 2 shifts, 14-16 hrs standing in ice water. paid per kg, if the kg is short they get nothing that day. manager calls it 'piece rate'")
F(LE, "en", "He hasnt had a day off since Pohela Boishakh. Owner keeps saying next month. His wage is 'kept in the box' for him, he has never seen it, 7 months now")

# threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F(TC, "bn", "পালাইলে তোর বাপের নামে চুরির মামলা দিমু, থানার ওসি আমার লোক। তোগো ঘরের টিনও খুইলা নিয়া আসমু, বুঝছস?")
F(TC, "bn", "কাইলকার মধ্যে পোলারে ফেরত না পাঠাইলে তোমার বাড়ির সামনে লোক পাঠামু। দাদনের টাকা কেমনে আদায় করতে হয় আমি জানি, মাইয়াটাও তো বড় হইতাছে")
F(TC, "bn", "আম্মা ওস্তাদ কাল রাতে বেল্ট দিয়া মারছে, ডেকচির তলা পুইড়া গেছিল তাই। কইছে আবার কানলে গরম খুন্তি দিয়া ছ্যাকা দিবো। আমারে নিয়া যাও")
F(TC, "bn-Latn", "tui jodi oi NGO r apar shathe kotha bolish, tor ma ke r kono din taka pathabo na. r tor choto bon takeo ene kaj e dhukamu, mone rakhis")
F(TC, "bn-Latn", "ekbar palaisos, abar palaile paye shikol dimu. Chattogram er depot e bikri kore dimu, okhane keu tor khoj pabe na. tor NID card o amar kache, NID 19872615432178905", [("bd_nid", "19872615432178905")])
F(TC, "en", "if the labour inspector asks, you are 18 and you are my cousin. say anything else and you leave this hotel in a sack. understand?")
F(TC, "en", "Tell Shafiq's mother if she takes him back before the season ends she pays 3x the advance, or we take the cow and the rickshaw. Her choice. And she knows what happened to Jalal's house")

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F(SX, "bn", "২০৩ নম্বরের গেস্ট মাইয়া চাইছে। তুই রাজিয়ারে উপরে পাঠা, ২০০০ নিবি, ওরে ৩০০ দিবি। ম্যানেজার জিগাইলে কইবি রুম ক্লিনিং")
F(SX, "bn", "খলার সুপারভাইজার রাতে মাইয়াগো ঝুপড়িতে ঢুকে। কয় কাউরে কইলে কাম থাইকা বাদ, বাপের দাদনও একবারে শোধ করতে হইবো। সালমা কানতে কানতে কইছে")
F(SX, "bn", "নতুন ২টা আইছে গ্রাম থাইকা একদম কচি। রাতের প্যাকেজ ৫ হাজার, হোটেল আমাদের, পুলিশ ঝামেলা নাই। ইনবক্সে বুকিং wa.me/8801639284571", [("whatsapp", "+8801639284571")])
F(SX, "bn-Latn", "beach er hotel e 'room service' er kaj, meye gulake guest er shathe ghurte hobe, thaka hotel e, mash e 20k. 16-17 holeo cholbe, ID lagbe na, family ke bolba receptionist")
F(SX, "bn-Latn", "apa Salma ke basar kaj e disilam Dhanmondi te. ekhon shuni malik er chele rate take room e dake, r malik er bou bole kichu bolle churi er dosh dibe. o 14 bochor")
F(SX, "en", "new girls from Khulna side this week, fresh, not from the beach line. full night 6k, short 2k. pay bkash first 01611-229834 then room no will come. tg @kolatoli_night", [("phone", "+8801611229834"), ("telegram", "@kolatoli_night")])
F(SX, "en", "Sir the 'massage' on 3rd floor in Kolatoli keeps the girls upstairs, manager holds their NID cards, customers come from 9pm. One girl told our staff she is 15 and came for a parlour job")

# minors (8: bn 3, bn-Latn 3, en 2)
F(MN, "bn", "মাইয়ার জন্মনিবন্ধনে বয়স ১৩, ফ্যাক্টরি নিবো না। সর্দার কইছে ২ হাজার দিলে নতুন জন্মনিবন্ধন কইরা ১৮ বানাইয়া দিবো, ইউনিয়ন পরিষদে লোক আছে")
F(MN, "bn", "১০-১২ বছরের পোলা লাগবো ৪টা, শুটকি উল্টানো আর মাছি তাড়ানো। বড় পোলা নিমু না, বেশি টাকা চায় আর কথা শুনে না")
F(MN, "bn", "বাসায় সারাদিন থাকার জন্য ৯/১০ বছরের মেয়ে চাই, গ্রামের হইলে ভালো। স্কুলের দরকার নাই, বেতন বাপের হাতে দিব। কারো খোঁজ থাকলে জানাবেন ০১৭৯২৫৫৬৩১৮", [("phone", "+8801792556318")])
F(MN, "bn-Latn", "chhoto chele gula ke rate bus er chhade ghumaite dio, boro gula r shathe na. checking ashle bolba eder baba driver, emni ghurte ashche")
F(MN, "bn-Latn", "bhai chele 11 bochor, lathe machine e kaj shikhbe. prothom 1 bochor beton nai, shudhu khawa thaka. school ta chharaite hobe, shokal 8 ta theke rat 10 ta")
F(MN, "bn-Latn", "ei NID diye form fill up koren: NID 4621837095, boyosh 19 dekhay. chele ta asole 12, kintu ektu lomba, keu dhorbe na", [("bd_nid", "4621837095")])
F(MN, "en", "inspection team coming thursday to the Hazaribagh unit. send all the under-15 boys to the back godown by 9am, lock it, bring them back after 2. tell the 16-17s to say 18")
F(MN, "en", "need 6 kids for the Nazirartek khola this season, 8 to 12 yrs, small hands are better for sorting loitta. 3000 a month, advance goes to the parents")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn", "কক্সবাজারের নাজিরারটেক শুঁটকিপল্লিতে অভিযান চালিয়ে ২৩ শিশুকে উদ্ধার করেছে কলকারখানা পরিদর্শন অধিদপ্তর ও পুলিশ। মহাজনের দাদনের টাকায় পরিবারগুলো আটকে ছিল বলে জানান স্থানীয়রা। মালিকদের বিরুদ্ধে মামলা প্রক্রিয়াধীন।")
N("news", "en", "KHULNA: DIFE fined three shrimp depots in Rupsha Tk 50,000 each for employing children under 14 in grading sections. Owners told reporters the families 'insisted' because of dadon loans taken before the season.")
N("news", "bn-Latn", "Hazaribagh er tannery te chemical trench e pore 15 bochor er shromik er mrittu, malik poladok - ajker potrikay ashche. link comment e. share koren jate sobai jane")
N("news", "bn", "মোহাম্মদপুরে ১২ বছরের গৃহকর্মীকে নির্যাতনের মামলায় দম্পতির ৭ বছরের কারাদণ্ড। আদালত বলেছে, শিশুটিকে আটকে রেখে দিনের পর দিন খাবার না দেওয়ার প্রমাণ মিলেছে।")
N("news", "en", "Survey: bus helpers as young as 11 work 15-hour days on long-haul routes from Gabtoli and Sayedabad. BRTA says a helper registration drive with NID checks starts in January.")
N("news", "bn", "সাতক্ষীরা সীমান্তে মানবপাচার চক্রের দুই সদস্য আটক, ভারতে পাচারের আগে তিন কিশোরী উদ্ধার। বিউটি পার্লারে চাকরির প্রলোভন দেখিয়ে তাদের আনা হয়েছিল বলে জানিয়েছে বিজিবি।")
# awareness (6)
N("awareness", "bn", "সতর্ক থাকুন! কেউ যদি আপনার শিশুকে শহরে ভালো কাজ, পড়াশোনা আর মাসে মোটা টাকা দেওয়ার কথা বলে নিয়ে যেতে চায়, আগে ইউনিয়ন পরিষদ বা শিশু সুরক্ষা কমিটিকে জানান। চাইল্ড হেল্পলাইন ১০৯৮ (টোল ফ্রি)")
N("awareness", "bn-Latn", "Sobai share koren 🙏 dadon niye shishu ke khola te pathaben na. mahajan er kache taka dhar thakleo bachar school bondho korben na, upazila te free legal aid ache. ___ Shishu Odhikar Forum, Cox's Bazar")
N("awareness", "en", "Community notice (DSS + UNICEF): If you see a child working at night in a hotel, bus or workshop, call Child Helpline 1098. Free, 24 hours, you do not need to give your name. Or write to childhelp.ctg@dss-notice.org", [("email", "childhelp.ctg@dss-notice.org")])
N("awareness", "bn", "জুম্মার খুতবা থেকে: ছোট বাচ্চাদের দিয়ে ভারী কাজ করানো, তাদের মজুরি আটকে রাখা বড় গুনাহ। হোটেল-রেস্টুরেন্টের মালিক ভাইদের অনুরোধ, কর্মচারীর ঘাম শুকানোর আগে মজুরি দিন। ফরোয়ার্ড করুন")
N("awareness", "bn-Latn", "garments e job er kotha bole meye der Dhaka niye jay, pore oder basay atke rakhe ba bikri kore dey - emon dalal theke shabdhan!! kono offer ashle amader page e inbox koren, amra jachai kore dibo. jachai free")
N("awareness", "en", "Parents meeting 14 Nov, Rupsha Govt Primary School, 10am. Topic: why children drop out in shrimp season, and the new stipend for returning students. Depot owners also invited. Tea will be served.")
# official (6)
N("official", "bn", "কলকারখানা ও প্রতিষ্ঠান পরিদর্শন অধিদপ্তর: ঝুঁকিপূর্ণ কাজের তালিকাভুক্ত খাতে (ট্যানারি, শুঁটকি প্রক্রিয়াকরণ, ওয়েল্ডিং, যানবাহনের হেলপার) ১৮ বছরের কম বয়সী কাউকে নিয়োগ দণ্ডনীয়। অভিযোগ: ১৬৩৫৭")
N("official", "en", "M/s Sea Pearl Overseas (RL-1873), BMET approved. Malaysia plantation demand, 40 posts. Cost as per government rate Tk 78,990, payable only by bank to the agency account, receipt given. No sub-agent. Office 01711-456789", [("phone", "+8801711456789")])
N("official", "bn-Latn", "Priyo obhibhabok, apnar shontan er registration shompurno. TTC Khulna, welding course 3 mash, stipend 3000 taka/mash, boyosh 18+ proman (NID) lagbe. Jogajog 01713-002145", [("phone", "+8801713002145")])
N("official", "en", "Ministry of Labour and Employment: minimum wage for shrimp and fish processing workers revised to Tk 12,500 from 1 January. Wages must be paid by the 7th of the month to the worker's own bank or MFS account.")
N("official", "bn", "জেলা প্রশাসন, কক্সবাজার: শুঁটকি মহালে কর্মরত সকল শ্রমিকের তালিকা ও বয়সের প্রমাণ (জন্মনিবন্ধন/এনআইডি) আগামী ৩০ নভেম্বরের মধ্যে উপজেলা শ্রম অফিসে জমা দিতে মহাল মালিকদের নির্দেশ দেওয়া হলো।")
N("official", "bn", "প্রিয় আবেদনকারী, আপনার পাসপোর্ট (নং A01234567) প্রস্তুত হয়েছে। ডেলিভারি স্লিপসহ আগারগাঁও বিভাগীয় পাসপোর্ট অফিস থেকে সংগ্রহ করুন। - DIP", [("bd_passport", "A01234567")])
# receipt (6)
N("receipt", "en", "You have received Tk 3,500.00 from 01815426390. Fee Tk 0.00. Balance Tk 4,210.55. TrxID CKD8Q2LM4P at 05/11/2026 19:42", [("phone", "+8801815426390"), ("mfs_transaction", "CKD8Q2LM4P")])
N("receipt", "bn", "সেন্ড মানি ৳৫,০০০.০০ সফল হয়েছে, প্রাপক ০১৭৪৫৩২১৮৯০। ফি ৳০.০০। ব্যালেন্স ৳১২০.৫০। TrxID DA71KJ0QPZ ১২/১১/২০২৬ ০৯:১৫", [("phone", "+8801745321890"), ("mfs_transaction", "DA71KJ0QPZ")])
N("receipt", "en", "Money Received. Amount: Tk 6000.00 Sender: 01922345678 Ref: beton oct TxnID: 73KD9QX2 Balance: Tk 6023.40 14/11/2026 20:05", [("phone", "+8801922345678"), ("mfs_transaction", "73KD9QX2")])
N("receipt", "en", "Cash-In from A/C: ***4471 Tk 2,000.00 Fee: Tk 0.00 TxnId: 8847120394 Balance Tk 2,140.00. Thank you for using Rocket", [("mfs_transaction", "8847120394")])
N("receipt", "bn-Latn", "Ammu 4000 pathailam, TrxID BG93LMX7QA. 2000 Rafi r coaching fee, baki 2000 mahajan er kisti. r baki nai ei bar", [("mfs_transaction", "BG93LMX7QA")])
N("receipt", "en", "DBBL: A/C ***2290 credited BDT 18,000.00 on 30-11-2026 by SALARY NOV-KHULNA FROZEN FOODS LTD. Avl Bal BDT 19,480.22")
# family (6)
N("family", "bn", "আম্মা রাফির পাসপোর্টটা এই মাসে কইরা ফেলো, শীতে নানুর বাড়ি কলকাতা যাওয়া লাগবো। জন্মনিবন্ধন আর তোমার NID কপি লাগবো, আব্বারটাও দিয়া রাখো")
N("family", "bn-Latn", "abba mahajan er taka ta ei mash e shodh kore disi, r dorkar nai chhoto ke dokane bosanor. o school e thakuk, dokan ami shamlabo shondhay")
N("family", "bn-Latn", "khala chele pokkho meye dekhte ashbe shukrobar, Mitu to ekhon porte chay, bolsi HSC er age biye na. tomra keu chap dio na oke")
N("family", "en", "Bhaiya Abbu says only 2 installments left on the samity loan, I'll send 3k from my tuition money. dont tell Ammu she'll worry for nothing lol")
N("family", "bn", "পুতুরে শুটকির খলাত ন পাঠাইয়ুম, স্কুলত যাইবো। খালি শুক্রবার বাপর লগে দোয়ানত বইবো, হিতার বেচার পইসা হিতার নিজর মাটির ব্যাংকত")
N("family", "en", "Maa I reached Cox's Bazar safe. hotel is ok, room shared with Sumon bhai. job starts sunday, manager seems decent, they gave appointment letter. will send money after 1st salary inshallah")
# worker_content (6)
N("worker_content", "bn-Latn", "aj 12 ghonta duty chilo, overtime er taka pabo 1200, thik ache. kal off day, sharadin ghumamu kew dakbi na 😴")
N("worker_content", "bn", "হোটেলের কিচেনে ৩ বছর হইলো, মালিক এবার বেতন ২ হাজার বাড়াইছে, ঈদ বোনাসও দিছে পুরা। আলহামদুলিল্লাহ ভালো আছি, বাড়িতে সালাম দিও")
N("worker_content", "en", "depot supervisor is so annoying, shouts at everyone when the truck is late. but pay is on time and friday off so whatever. 2 more years and I open my own fish stall")
N("worker_content", "bn-Latn", "age bus e helper chilam, ekhon BRTC te driving training nitesi. ostad bolse 6 mash por license er porikkha. beton kom kintu bhobishot ase")
N("worker_content", "bn", "ট্যানারিতে নতুন নিয়ম, সবাইরে গ্লাভস আর বুট দিছে, এপ্রন বাধ্যতামূলক। গরমে কষ্ট লাগে কিন্তু হাত আর জ্বলে না, ঠিকই আছে")
N("worker_content", "en", "company approved advance for my wedding, 20k, they cut 2k a month from salary for 10 months. no interest thank god. boss even said he'll come to the walima")
# joke (6)
N("joke", "bn-Latn", "amar boss amake bonded labour banaite chay, bole ar ekta report banaw taholei chuti 😂😂 bhai ei report er shesh nai")
N("joke", "bn", "বউ কয় আমি ওর বাসার কাজের লোক, বেতন নাই, ছুটি নাই, পালানোর রাস্তাও নাই 🤣 শ্বশুরবাড়িতে পাসপোর্টও জমা")
N("joke", "en", "my mom sold me to the neighbours for the whole eid day to help with their biryani. payment: 2 plates and a lecture 😭")
N("joke", "bn-Latn", "ei chhele re dokan e boshai rakhsi, ek cup cha r 2 ta shingara dile 3 ghonta dokan dekhe 😂 (amar bhagina, exam shesh, bore hoye ghure)")
N("joke", "en", "pls someone rescue me, my landlord is holding me hostage with a 3 year contract and 6 months security deposit 💀 send help or send cash")
N("joke", "bn", "মহাজন ভাই এত সুদ নিলে তো আমাদের নাতিপুতি পর্যন্ত আপনার দোকানে বাকির খাতা লিখবো 😅")
# chatter (6)
N("chatter", "bn-Latn", "bhai Nazirartek er loitta shutki r churi shutki kemon rate ekhon? 2 kg niye jabo Dhaka, khola theke nile kom pabo?")
N("chatter", "en", "anyone know a good restaurant near Shib Bari in Khulna? need a place for 12 people tonight, kids included, not too spicy")
N("chatter", "bn", "গাবতলী থেকে বরিশালের বাস কয়টায়? হেলপার কইলো ১০টায় ছাড়বো, এখন ১১টা বাজে, এখনো যাত্রী ডাকতাছে")
N("chatter", "bn-Latn", "tannery r gondhe Savar e thaka jay na bhai. ar dui bochor, tarpor basha bodlamu, bacha der o shash kosto hoy")
N("chatter", "en", "is the DIFE office in Cox's Bazar open on thursday? need to renew my hotel's trade licence, some agent asking 5k extra for 'speed money' lol no thanks I'll stand in line")
N("chatter", "bn", "চিংড়ির ঘেরে এবার ভাইরাস লাগছে, পোনা সব মইরা গেছে। মহাজনের টাকা কেমনে দিমু চিন্তায় আছি, ব্যাংক লোনের জন্য কাগজ জমা দিছি")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal BPL final, Khulna vs Cumilla, kara jitbe? ami Khulna 🔥", hard=False)
N("chatter", "en", "Rain all day in Cox's again, beach is empty. sending pics later", hard=False)
N("family", "bn", "আম্মা ইলিশ মাছ কিনছি দুইটা, রাতে ভাপা কইরো। সরিষা বাটা আছে তো?", hard=False)
N("family", "bn-Latn", "Nusrat er SSC result ashche, GPA 5!! mishti niye ashtesi shobai basay thako", hard=False)
N("joke", "en", "my cat knocked the phone into the rice pot again. 10/10 would not recommend", hard=False)
N("chatter", "bn", "কাল সকাল ১০টায় মিটিং, প্রজেক্টর টা কেউ চেক কইরা রাইখেন প্লিজ", hard=False)
N("worker_content", "en", "finished the excel report finally, submitting tomorrow morning. need coffee", hard=False)
N("family", "en", "Happy birthday Nanu! we love you, coming Friday with the cake 🎂", hard=False)
N("chatter", "bn-Latn", "ei Friday Ratargul jabo, boat bhara koto jani keu? group e 6 jon", hard=False)
N("news", "bn", "আজ সারাদেশে তাপমাত্রা কিছুটা কমতে পারে, রাতে হালকা কুয়াশার সম্ভাবনা: আবহাওয়া অফিস", hard=False)
N("awareness", "en", "Dengue alert: empty flower pots and AC trays, keep water from standing. See a doctor if fever lasts more than 2 days.", hard=False)
N("receipt", "bn-Latn", "Recharge successful: Tk 49 to your number. Validity 7 din, 2GB internet. Dhonnobad", hard=False)


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
    random.Random(91).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev91-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
