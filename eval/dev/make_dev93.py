#!/usr/bin/env python3
"""Blind dev set dev93: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a journalist on marriage brokers (Bangladeshi girls married to Chinese men through
brokers promising rich families and jobs, brides taken to India and Pakistan after 'marriage', grooms' families
paying brokers, locked houses, girls sold on, marriage certificates with false ages; brokers' Facebook posts and
IMO chats, families' Bengali and Banglish, the brokers' English). Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev93.jsonl"
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


BTC1 = btc("dev93-btc-1")
TRON1 = tron("dev93-tron-1")
ETH1 = eth("dev93-eth-1")

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
# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপা আমি ভালো নাই। ঘটক কইছিল ছেলের নিজের কারখানা, সাংহাইয়ে ফ্ল্যাট, গাড়ি। এইখানে আইসা দেখি গ্রামের ভিতরে একটা পুরান বাড়ি, ছেলে কোনো কাম করে না, বাপের মুরগির খামারে থাকে। ভিডিও কলে যেই বাড়ি দেখাইছিল ওইটা অন্য মানুষের",
  [])
F("recruitment_deception", "bn",
  "দালাল কইছিল জামাই দুবাই থাকে, বিয়ার পর মাইয়ারে দুবাই নিয়া যাইব, ভিসা রেডি। মাইয়া অহন ফোন দিয়া কয় ও নাকি হরিয়ানা, কোনো দুবাই না, বর্ডার দিয়া রাইতে পার করাইছে। আমরা তো কিছুই বুঝি নাই ভাই",
  [])
F("recruitment_deception", "bn",
  "🌺চীনা পাত্রের জন্য বাংলাদেশি পাত্রী চাই🌺\nপাত্র ব্যবসায়ী, নিজস্ব ফ্যাক্টরি। বিয়ের পর পাত্রী চীনের অফিসে চাকরি পাবে, মাসে ৮০ হাজার টাকা বেতন। পাত্রীর পরিবারকে নগদ ৩ লাখ উপহার। পড়ালেখা লাগবে না, পাসপোর্ট ভিসা সব খরচ পাত্রপক্ষের। গরিব পরিবার অগ্রাধিকার। ইমো ০১৭১২-৪৮৩৯২০",
  [("phone", "+8801712483920")])
F("recruitment_deception", "bn-Latn",
  "apa china jamai onek dhoni, Shanghai te nijer company ache, bie hoile apnar meye ke o office e job dibe, mashe mashe apnader kache taka pathabe. passport visa sob amra korbo apnader ek taka o lagbe na, shudhu meyer 2 ta chobi r NID er copy imo te pathan 01847 392615",
  [("phone", "+8801847392615")])
F("recruitment_deception", "bn-Latn",
  "amake bolse china te giye beauty parlor e kaj korbo ar husband er shop e hishab rakhbo. ekhane eshe dekhi kono parlor nai kono shop nai, shashuri bole tumi ghorer kaj koro r taratari baccha nao, eitai tomar kaj",
  [])
F("recruitment_deception", "bn-Latn",
  "Ammu tumi kichu bolo na abba ke. Lahore er je chele tar naki boro garments business, bie tao hoise online e. kintu ekhane ashar por dekhi o ekta gari chalay, 2 ta bou age theke ache. ghotok uncle sob jante",
  [])
F("recruitment_deception", "en",
  "Dear Mr Zhang we have many beautiful Bangladeshi girls for marriage, all process legal, marriage registration in Dhaka. Girl family very poor so they agree fast. Package 15000 USD include visa ticket and kazi. Please dont tell the girl family about the package, we tell them groom is engineer with big salary and she can study in China",
  [])
F("recruitment_deception", "en",
  "they told my father i will teach english in a school in Guangzhou and my husband is a manager. there is no school. i am in a village 5 hours from any city, i work in his mother's vegetable field every day and he is 20 years older than the biodata said",
  [])

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn",
  "মেয়ের পাসপোর্ট, মেডিকেল আর ভিসা প্রসেসিং এর জন্য আগে ৮০ হাজার টাকা দিতে হবে। বিয়ের পর জামাই সব ফেরত দিবে, চিন্তা নাই। বিকাশ পার্সোনাল ০১৮১৯-২২৭৪০৫ এ সেন্ড মানি করেন, আজকের মধ্যে না দিলে পার্টি অন্য মেয়ে দেখবে",
  [("phone", "+8801819227405")])
F("fees_and_debt", "bn",
  "এখন শাশুড়ি বলে আমারে আনতে নাকি দালালরে আড়াই লাখ রুপি দিছে, ওই টাকা উশুল না হওয়া পর্যন্ত আমি বাপের বাড়ি যাইতে পারমু না। আমি যা কাজ করি তার হিসাব ওরা খাতায় লেখে, কত বাকি কেউ কয় না",
  [])
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া দালালরে দেড় লাখ দিছি, কইছিল মাইয়া চীনে যাইব, জামাই মাসে মাসে টাকা পাঠাইব। অহন আবার ৫০ হাজার চায়, কয় চীনে গিয়া নাকি নতুন ফি লাগছে, না দিলে মাইয়ারে ওইখানে রাখব না ফেরতও দিব না",
  [])
F("fees_and_debt", "bn-Latn",
  "apa NGO theke kisti tule dalal ke dilam 1 lakh 20 hajar, bollo meye ke china te bie dile oi family mashe 20 hajar kore pathabe. 8 mash hoye gelo ek taka o ashe nai, ekhon kistir lok roj bari ashe, dalal phone dhore na",
  [])
F("fees_and_debt", "bn-Latn",
  "bhai ami ekhane 2 bochor dhore achi. sasur bari bole tomar jonno 3 lakh diye anchi, oi taka kaj kore shodh koro tarpor desh e jete dibo. protidin hishab kore 200 rupee kate, ei hishab e to 10 bochor lagbe",
  [])
F("fees_and_debt", "en",
  "Bride will fly after you pay the remaining 8 lakh taka. Also her family owe us 1.5 lakh for passport and age papers, we will cut that from her first months salary in your factory, she doesn't need to know the details",
  [])
F("fees_and_debt", "en",
  "Apu my husband's family says I must first repay the 40,000 yuan they gave the agent, then they will give back my passport. I told them I never took any money, my father got nothing. They say the debt is mine because I am the wife",
  [])

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "চাইনিজ পার্টির টাকা হুন্ডিতে আসবে, ব্যাংকে আনবা না ভুলেও। মেয়ে প্রতি ৩ লাখ, আমার ভাগ ১ লাখ, বাকিটা ঘটক আর কাজীর মধ্যে ভাগ কইরা দিবা। মেয়ের বাপরে ৩০ হাজারের বেশি দিবা না",
  [])
F("payments_and_proceeds", "bn",
  "তিনটা নাম্বারে ভাগ করে পাঠান, এক নাম্বারে ২৫ হাজারের বেশি না। 01612-558301 নগদ, 01911-730264 বিকাশ, 01534-662918 রকেট। পাঠিয়ে TrxID গুলা ইমোতে দেন, লাহোর পার্টিকে বলবেন বাংলাদেশের কোনো একাউন্টে নাম যেন না আসে",
  [("phone", "+8801612558301"), ("phone", "+8801911730264"), ("phone", "+8801534662918")])
F("payments_and_proceeds", "bn-Latn",
  "Wang bhai er payment USDT te nibo, bank e dile case hoye jabe. TRC20 address e pathate bolo: " + TRON1 + " . 2 ta meye er advance 6000 usdt, baki ta delivery r por",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "boss Lahore party 2 lakh pathaise, TrxID 9KD73HXQ2A. amar commission 40k rekhe baki ta Mizan bhai er bkash e dilam. meyer family ke bolsi jamai ekhono dowry pathay nai 😅",
  [("mfs_transaction", "9KD73HXQ2A")])
F("payments_and_proceeds", "bn-Latn",
  "page boost er jonno 5000 pathaisi, 'China te shukhi songsar' post ta abar 7 din chalao, Noakhali Bhola target. gotokal 14 ta family inbox korse. Chinese client ra ei mash e 4 ta meye chay, telegram e @lucky_marriage_hub e update dio",
  [("telegram", "@lucky_marriage_hub")])
F("payments_and_proceeds", "en",
  "Payment for 3 brides received 45,000 USD, thank you. Next time please send to " + BTC1 + " or USDT ERC20 " + ETH1 + " , not to the company account, bank asked questions last time. Next batch ready in Dhaka after Eid",
  [("btc_address", BTC1), ("eth_address", ETH1)])
F("payments_and_proceeds", "en",
  "March batch\nRina - recd RMB 180,000 / family Tk 60,000 / kazi 8,000 / passport+age cert 12,000\nShapla - recd RMB 165,000 / family Tk 45,000 / kazi 8,000\nall RMB via Rahim Traders hundi, rate 16.2. Net to Bhai after cuts",
  [])

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আম্মা আমারে একটা ঘরে তালা দিয়া রাখে, বাইরে যাইতে দেয় না। ফোনটাও নিয়া গেছে। এইটা পাশের বাসার এক বেডির ফোন, লুকাইয়া দিছে। বেশি কথা কইতে পারুম না, তুমি আব্বারে কইও না কান্দে",
  [])
F("isolation_and_control", "bn",
  "মেয়ের সাথে এখন কথা বলতে পারবেন না। ওর শাশুড়ি চায় না বউ বাপের বাড়ির সাথে যোগাযোগ রাখুক। মাসে একবার ভিডিও কল হবে, আমি পাশে থাকব, আপনারা শুধু ভালো কথা বলবেন, কান্নাকাটি করলে কল কেটে দিব",
  [])
F("isolation_and_control", "bn",
  "কাউকে বলবি না যে তুই বিয়ের জন্য যাচ্ছিস। ইমিগ্রেশনে জিগাইলে বলবি খালার বাসায় বেড়াতে যাচ্ছি। পাসপোর্ট আমার কাছে থাকবে, কলকাতা গিয়ে দিব। তোর মোবাইল বাসায় রেখে আসবি",
  [])
F("isolation_and_control", "bn-Latn",
  "amar passport r kabin er kagoj shashuri almari te tala diye rakhse, bole tui palaye jabi. bazar o jete dey na eka, jamai na thakle bahir theke gate e tala. tumi kauke bolo na ami eisob bolsi",
  [])
F("isolation_and_control", "bn-Latn",
  "ami jani na ami kothay, ekta gram, kew bangla bujhe na. husband er phone diye 2 min kotha bolte dey, samne boshe thake, ami kandle phone niye ney. amar sim ta prothom din e bhenge felse",
  [])
F("isolation_and_control", "bn-Latn",
  "meye gula ke Benapole er oi hotel e rakho, room bahir theke lock korba. kalke rat e border par korabo. kono family ke phone dibe na, mobile gula tomar kache rakho, keu jiggesh korle bolba bie r shopping e geche",
  [])
F("isolation_and_control", "en",
  "Sister they took my SIM and passport when we landed in Karachi. Now I am in a house with 2 other Bangladeshi girls, door is locked at night and a man sits outside. This is the only time I got the wifi, please tell my mother I am alive",
  [])
F("isolation_and_control", "en",
  "Tell the bride she must not contact anyone from BD for the first 6 months, it is groom family rule. Delete her facebook before flight. She can only use the WeChat we give her, we monitor all messages. If family calls, say she is busy",
  [])

# labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেকে রাত ১২টা পর্যন্ত শ্বশুরের খামারে কাজ, তারপর ওর ভাইদের ঘরের রান্না, কাপড়। একবেলা ভাত দেয়, বাকি সময় শুধু সবজি সেদ্ধ। বেতন তো দূরের কথা, শরীর খারাপ হইলেও কাম থামাইতে দেয় না",
  [])
F("labour_exploitation", "bn",
  "বিয়ের নাম কইরা আইনা কারখানায় লাগাইছে। তিন মাস একটা টাকাও দেয় নাই, কয় বউয়ের বেতন জামাইয়ের কাছে জমা থাকবে। আমার লগে আরো দুইজন বাঙালি মাইয়া, সবারই একই অবস্থা",
  [])
F("labour_exploitation", "bn-Latn",
  "ekhane 4 ta meye ache, sobai bie hoye ashche. kintu amra jamai er factory te 14 ghonta silai kori, beton jamai ney. chuti nai, shorir kharap holeo line e boste hoy, na bosle khabar dey na",
  [])
F("labour_exploitation", "bn-Latn",
  "ammu ami khub klanto. shashuri r 2 ta dokan, sokal 6 ta theke rat 1 ta porjonto dokane boshi, tarpor ranna. khaite dey ek bar, ghumaite dey 3/4 ghonta. ami ki bou na kamer meye bujhi na",
  [])
F("labour_exploitation", "bn-Latn",
  "Delhi te bole bie hoise, kintu ekhane amake 6 ta barite kaj korte pathay, protidin. barir malik ra taka dey sasuri ke, ami 1 rupee o pai na. kaj theke chharte chaile bole kothay jabi, tor to kagoj nai",
  [])
F("labour_exploitation", "en",
  "Apa I work 7 days in his uncle's restaurant in Lahore, 9am to 2am, cleaning and cooking. They never pay me, they say a wife doesn't take salary. I sleep in the store room behind the kitchen",
  [])
F("labour_exploitation", "en",
  "Your daughter is married now, she is helping the family farm in Henan. The salary was only for the first plan, now she is family so no salary needed. She works like everybody. Please stop asking about money",
  [])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "মেয়ে ফেরত চাইলে ৫ লাখ টাকা রেডি করেন। আর পুলিশে গেলে লাভ নাই, উল্টা আপনার মেয়ের নামেই মামলা হবে, ও তো অবৈধভাবে ইন্ডিয়ায় ঢুকছে, জেল খাটবে ওইখানে",
  [])
F("threats_and_coercion", "bn",
  "থানায় গেলে তোর ছোট ভাইয়ের লাশ পাবি, মনে রাখিস। মেয়ে ভালো আছে, চুপচাপ থাক। সাংবাদিকের সাথে যে কথা বলছিস সেইটাও আমরা জানি",
  [])
F("threats_and_coercion", "bn",
  "জামাই রোজ মারে। গত সপ্তাহে গরম খুন্তি দিয়া হাতে ছ্যাঁকা দিছে। কয় বেশি কথা কইলে অন্য জায়গায় বেইচা দিব, আমার মতো মাইয়া নাকি অনেক কিনা যায়",
  [])
F("threats_and_coercion", "bn-Latn",
  "tor meye er video amader kache ache. beshi bara barli facebook e chere dibo, gram er sobai dekhbe, tor chhoto meye tar o r bie hobe na. chupchap 2 lakh pathai de",
  [])
F("threats_and_coercion", "bn-Latn",
  "divorce chaile passport pabi na. visa cancel kore dibo, tokhon China police dhorbe illegal hishebe, jail e pochbi. tor baba ma o tor mukh dekhbe na. bhalo bhabe thak",
  [])
F("threats_and_coercion", "bn-Latn",
  "(voice) ei je shunen... meye ke niye beshi jhamela korben na. apnar bari ki ami chini na? Rasel re diye apnar pola re school theke tuila nimu, bujhchen? chairman er kache gesen shunlam",
  [])
F("threats_and_coercion", "en",
  "If you go to the embassy we will tell them you are a prostitute and you came illegally, you will be jailed in Pakistan. Nobody will believe a Bengali girl without papers. Think about your mother",
  [])
F("threats_and_coercion", "en",
  "You signed the paper, you are his wife by law here. If you run away the police will bring you back and your husband can do what he wants. Last girl who tried, they broke her leg. Don't be stupid",
  [])

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "বিয়ার দুই মাস পরে জামাই আমারে মুম্বাইয়ের এক বাসায় রাইখা গেছে। এইখানে আরো মাইয়া আছে, নেপালি বাঙালি। রাইতে লোক আসে, মাসি টাকা নেয়। না করলে মারে, খাইতে দেয় না",
  [])
F("sexual_exploitation", "bn",
  "কলকাতার পার্টি নতুন মেয়ে চাইছে। বিয়ের কাগজ দেখিয়ে বর্ডার পার করাবা, ওখানে গিয়ে মাসির হাতে হ্যান্ডওভার। ফর্সা আর কম বয়সী হলে রেট বেশি, ছবি আগে পাঠাবা",
  [])
F("sexual_exploitation", "bn-Latn",
  "husband bole tar business partner der sathe rat e thakte hobe, eta naki china te normal. ami na bolle khabar bondho kore dey, ghore atke rakhe. apa ami ar parchi na",
  [])
F("sexual_exploitation", "bn-Latn",
  "bhai Karachi te ekta party ache, Bangali bou rakhbe 3 mash er jonno, tarpor onno party r kache. meye ke bolo bie, kabin amra banabo. 3 mash por abar notun kabin, ek meye te 3 bar income",
  [])
F("sexual_exploitation", "en",
  "Bengali brides available 🌸 young fresh village girls, 100% real pics, marriage paper provided for hotel checkin. Short time or monthly. Contact only WhatsApp wa.me/923001847215",
  [("whatsapp", "+923001847215")])
F("sexual_exploitation", "en",
  "they make me go live on the app at night with the other girls, men send gifts and my husband's cousin keeps the account. if i dont take off my clothes when they ask he burns my arm with cigarette",
  [])
F("sexual_exploitation", "en",
  "This one already divorced from the Chinese groom so cheaper. She can work in the massage place in Kolkata, customers like Bangladeshi. Payment on delivery at Petrapole, call +91 98300 45127",
  [("phone", "+919830045127")])

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "কাজী সাহেবরে বলছি মেয়ের বয়স ১৯ লেইখা দিবেন, আসলে ১৪। জন্মনিবন্ধন নতুন কইরা বানাইছি ৩ হাজার টাকা দিয়া। চাইনিজ পাত্র এত কিছু বুঝবে না, ছবি দেইখাই রাজি",
  [])
F("minors", "bn",
  "পাসপোর্টে বয়স বাড়িয়ে দিছি, স্কুলের সার্টিফিকেট লাগবে না। মেয়ে ক্লাস এইটে পড়ে কিন্তু দেখতে বড় লাগে, সমস্যা নাই। পাত্রপক্ষ বলছে কম বয়সী হলেই ভালো, বাচ্চা নিতে সুবিধা",
  [])
F("minors", "bn",
  "আমি ক্লাস সেভেনে পড়তাম। আম্মা কইছে বিয়া দিলে ভালো থাকবা, বিদেশ যাইবা। অহন এই বুইড়া লোকটার লগে ঘুমাইতে হয়, সে লাহোরের মানুষ, আমার আব্বার চাইতেও বড়। আমার স্কুলে যাইতে মন চায়",
  [])
F("minors", "bn-Latn",
  "meye er boyosh 15 holeo problem nai. NID lagbe na, birth certificate amra bariye dibo. Chinese party young meye chay, ja 16 er niche tar rate beshi, family ke 50 hajar beshi dibo",
  [])
F("minors", "bn-Latn",
  "Dalal bhai bolse amar bon ke Delhi te ek bhalo family te kaj dibe, pore bie o dibe. o to matro 12 bochor. 4 mash hoye gelo kono khobor nai, dalal er number o bondho",
  [])
F("minors", "bn-Latn",
  "bhabi apnar meye ke ekhon e bie dite paren, ei boyoshe chinara beshi pochondo kore. kazi manage, boyosh 18 likhe dibo. passport e o 18 korsi, number EB0347162, ekhon shudhu visa baki",
  [("bd_passport", "EB0347162")])
F("minors", "en",
  "Bride profile: Sumaiya, 16 (certificate will show 19), 4'11, fair, class 9 student. Family agree, father is rickshaw puller. Groom age 47 no problem for them. Passport in process, ready in 3 weeks",
  [])
F("minors", "en",
  "The girl on the marriage certificate says 20 but in the car she told me she's 13. She cried the whole way to the Chinese man's hotel in Gulshan. Agent told me just drive, don't ask. I can't sleep since",
  [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "চীনা নাগরিকের সঙ্গে বিয়ের প্রলোভন দেখিয়ে তরুণী পাচার: রাজধানীতে চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, চক্রটি ফেসবুকে ধনী পাত্রের বিজ্ঞাপন দিয়ে দরিদ্র পরিবারকে টার্গেট করত এবং মেয়ের পরিবারকে নগদ টাকার লোভ দেখাত।")
N("news", "bn",
  "ভারতে পাচার হওয়া ১২ নারী ও শিশুকে বেনাপোল সীমান্ত দিয়ে ফেরত আনা হয়েছে। তাদের মধ্যে ৫ জনকে বিয়ের কথা বলে সীমান্ত পার করানো হয়েছিল বলে জানিয়েছে বিজিবি। উদ্ধারকৃতদের পরিবারের কাছে হস্তান্তর করা হয়েছে।")
N("news", "bn",
  "বাল্যবিয়ে রোধে উপজেলা প্রশাসনের অভিযান: ১৪ বছরের এক স্কুলছাত্রীর বিয়ে বন্ধ, জন্মসনদে বয়স বাড়ানোর অভিযোগে ঘটককে ১০ হাজার টাকা জরিমানা।")
N("news", "en",
  "Pakistan's FIA said it had broken up a network that arranged marriages between local women and Chinese nationals, with families reportedly paid between 3 and 4 lakh rupees. Several brides said they were confined and abused after moving to China.")
N("news", "en",
  "A Dhaka tribunal sentenced a marriage broker to life imprisonment on Tuesday for trafficking two teenage girls to India in 2019 on the promise of jobs and marriage. The prosecution said the girls' ages were falsified on their passports.")
N("news", "en",
  "The Chinese embassy in Dhaka reminded its citizens that cross-border marriage brokering for profit is illegal under Chinese law and urged them not to use 'bride agencies' advertised on social media.")
# awareness
N("awareness", "bn",
  "⚠️সতর্ক থাকুন⚠️ 'চীনা পাত্র, ধনী পরিবার, মেয়ের পরিবারকে মাসে মাসে টাকা' - এমন ফেসবুক বিজ্ঞাপন দেখলে ৯৯৯-এ কল করুন। মেয়ের পাসপোর্ট ও জন্মসনদ অপরিচিত কারো হাতে দেবেন না। শেয়ার করে সবাইকে জানান।")
N("awareness", "bn-Latn",
  "sobai share koren 🙏 keu jodi bole meye ke bidesh e bie dile apnar family taka pabe, oi dalal der theke dure thakun. meyer boyosh 18 na hole bie ain e oporadh. kono tothyo thakle help line 109 e phone din")
N("awareness", "en",
  "BNWLA tips for parents: a marriage where the groom's side pays YOUR family, or pays a broker, is a red flag. Ask before you agree: where will my daughter live, can she keep her own phone and passport, can she call us any time? If the answer is no, don't agree.")
N("awareness", "bn",
  "জুমার নামাজের পর মসজিদ কমিটির ঘোষণা: গ্রামে কিছু অপরিচিত লোক মেয়েদের বিদেশে বিয়ে দেওয়ার কথা বলে ঘুরছে, টাকার লোভ দেখাচ্ছে। কেউ এমন প্রস্তাব দিলে চেয়ারম্যান বা ইমাম সাহেবকে জানান।")
N("awareness", "en",
  "Child marriage is a crime. In Bangladesh girls under 18 and boys under 21 cannot legally marry, even with parents' consent. A birth certificate with a changed age is forgery. Call 109 (women & children) or 1098 (child helpline).")
N("awareness", "bn-Latn",
  "Union porishod theke miking: kono dalal jodi passport banaite dite chay, boyosh bariye dite chay ba bideshe bie r kotha bole taka chay, sathe sathe member ba thanay janaben. apnar tothyo gopon rakha hobe")
N("awareness", "en",
  "If your sister married abroad and you can't reach her, don't pay anyone who promises to 'bring her back'. Contact the Bangladesh High Commission or Embassy and an NGO hotline. Keep copies of her passport, marriage certificate and the groom's details.")
N("awareness", "bn",
  "ফরোয়ার্ডেড: আপনার মেয়ে বা বোন বিদেশে বিয়ে হয়ে গেলে তার সাথে নিয়মিত ভিডিও কলে কথা বলুন, ঠিকানা লিখে রাখুন, দূতাবাসের নম্বর তাকে দিয়ে রাখুন। সে নিজে থেকে কথা বলতে পারছে কিনা খেয়াল রাখুন।")
# official
N("official", "en",
  "M/S Al-Noor Overseas (RL-1423), BMET approved. Demand for 50 female sewing operators, Jordan (QIZ). Salary JD 220 + overtime, food & accommodation by employer. Govt fixed migration cost Tk 20,000 only, paid at bank. No broker, no sub-agent. Register on Ami Probashi app.")
N("official", "bn",
  "বাংলাদেশ দূতাবাস, বেইজিং: বাংলাদেশি নাগরিকের সাথে চীনা নাগরিকের বিবাহ সনদ সত্যায়নের জন্য উভয়ের পাসপোর্ট (মূল ও কপি), পররাষ্ট্র মন্ত্রণালয় কর্তৃক সত্যায়িত নিকাহনামা ও জন্মসনদ জমা দিতে হবে। বিস্তারিত: consular.beijing@mofa.gov.bd",
  [("email", "consular.beijing@mofa.gov.bd")])
N("official", "bn",
  "উপজেলা নিবন্ধন অফিস, কুমিল্লা: সকল নিকাহ রেজিস্ট্রারকে জানানো যাচ্ছে যে, কনের জন্মনিবন্ধন অনলাইনে যাচাই ছাড়া কোনো বিবাহ নিবন্ধন করা যাবে না। বিদেশি বরের ক্ষেত্রে পাসপোর্ট ও দূতাবাসের অনাপত্তিপত্র বাধ্যতামূলক।")
N("official", "en",
  "Chinese Visa Application Service Center Dhaka: Q1 (family reunion) visa for spouse of a Chinese citizen requires marriage certificate attested by MoFA, applicant's original passport valid 6+ months, invitation letter and copy of spouse's ID. Processing 4 working days.")
N("official", "bn",
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: সৌদি আরবে নারী গৃহকর্মী পদে অভিবাসন ব্যয় শূন্য। কোনো দালাল বা এজেন্সি টাকা দাবি করলে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ নম্বরে অভিযোগ করুন।")
N("official", "bn-Latn",
  "Dear applicant, apnar BMET registration somponno hoyeche. Reg no 2026-DHK-0048812. Smart card collect korun 12/01 tarikh DEMO office theke, original passport sathe anben. kono dalal ke taka diben na.")
# receipts
N("receipt", "bn",
  "আপনি ৳ ৫,০০০.০০ পেয়েছেন ০১৭২৩৪৫৬১৮৯ থেকে। ফি ৳ ০.০০। ব্যালেন্স ৳ ৭,৩১২.৫০। TrxID BFK29XQ7LM ১৪/১১/২০২৬ ১৯:০৪",
  [("phone", "+8801723456189"), ("mfs_transaction", "BFK29XQ7LM")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01911845230 Ref: biyer gohona TxnID: 7HQ2K9WZ Balance: Tk 15430.50 22/10/2026 11:47",
  [("phone", "+8801911845230"), ("mfs_transaction", "7HQ2K9WZ")])
N("receipt", "en",
  "You have paid Tk 5,750.00 for e-Passport fee (48 pages, regular) via bKash. Fee Tk 0.00. Balance Tk 1,204.33. TrxID CHN83KDP02 at 03/11/2026 10:15",
  [("mfs_transaction", "CHN83KDP02")])
N("receipt", "en",
  "Cash-In from A/C: ***4471 Tk 3,000.00 Fee: Tk 0.00 Balance: Tk 3,215.20 TxnId: 4820193756 Date: 05-12-2026",
  [("mfs_transaction", "4820193756")])
N("receipt", "en",
  "Dear Customer, your A/C ****2208 has been credited with BDT 48,650.00 inward remittance from CHINA (Guangzhou) on 28-11-2026. Ref: WU MTCN ****9921. Govt incentive 2.5% will be added. -Sonali Bank")
N("receipt", "bn-Latn",
  "Kazi office, Ward 7. Kabin registration fee 1,200 tk joma. Kabin 3,00,001 tk. Bor: Li Wei (China, passport er copy joma), Kone: Sharmin Akter, boyosh 23 (NID jachai kora). Sakkhi 2 jon. dhonnobad")
# family
N("family", "bn-Latn",
  "Ammu apu ke bolo Guangzhou te sob thik ache 😊 Chen er ma khub bhalo, ajke amake dumpling banano shikhaise. ami next mash theke language course e bhorti hobo, Chen taka dibe. video call e sobai ke dekhabo")
N("family", "bn",
  "বড় আপা, রুমার জামাই চীনা হইলেও ছেলেটা ভালো। রেজিস্ট্রি করে বিয়ে হইছে, রুমা নিজের পাসপোর্ট নিজের কাছে রাখে, প্রতি শুক্রবার ভিডিও কল দেয়। আপনি এত চিন্তা কইরেন না।")
N("family", "bn-Latn",
  "Abba bolse Sadia r bie ekhon na, age HSC. Pakistan theke je prostab ashche oita to ekdom na, ghotok ke o bole diyeche. meye ke eto dure dibo na, desh e bhalo chele pele dekha jabe")
N("family", "en",
  "Mum I sent 20k for Nadia's passport fee. Please don't give it to that broker uncle, go to the passport office yourself with her birth certificate and your NID 19785612873045621. It's all online now, no need for anyone",
  [("bd_nid", "19785612873045621")])
N("family", "bn",
  "আম্মা, বিকাশে ১০ হাজার পাঠাইলাম। ৫ হাজার দিয়া গ্রামীণ ব্যাংকের কিস্তি দিও, বাকিটা ছোটনের স্কুলের বেতন আর তোমার ওষুধ। দালাল চাচার টাকাটা আমি ঈদের পরে দিমু কইও, উনি তো মানুষ ভালো।")
N("family", "bn-Latn",
  "bhaiya Lahore e bhabi r family amader khub adar korse, walima te 300 jon. ami 20 tarikh e ashbo, ticket katsi. bhabi r passport r visa Dhaka embassy te joma dise, 2 mash por bhabi ke niye ashbo in sha Allah")
N("family", "en",
  "Aunty, thank you but the girl is only 17. We'll wait at least until she finishes college. We don't do marriage before 18 in our family, whatever the groom earns abroad.")
N("family", "bn",
  "মেয়ে দেখতে আসবে শুক্রবার। ছেলে সিঙ্গাপুরে ইঞ্জিনিয়ার, পাঁচ বছর ধরে আছে। ঘটককে ২ হাজার টাকা দিয়ে দিও, ওর পাওনা। আর মেয়ের বয়স ভুল কইরো না, ২২ বলবা, যা সত্যি।")
N("family", "bn-Latn",
  "apu tumi ki shoshur barir sob kaj eka koro? — na re pagli 😄 amra sobai mile kori, Jiang rannar kaj kore, ami office e jai, weekend e ghurte jai. shashuri shudhu bole baccha kobe 🙄")
# worker content
N("worker_content", "en",
  "Day 200 in Shenzhen factory 🇨🇳 12hr shifts but overtime paid, dorm is clean, passport with me, salary every 10th. Food is too sweet lol. Miss ammu's bhuna khichuri so much")
N("worker_content", "bn-Latn",
  "Dubai te 3 bochor holo, company bhalo, visa iqama sob company kore dise. ekhon bou ke visit visa te ante chai 1 mash er jonno, kaj korbe na, shudhu ghurbe. Burj Khalifa dekhabo 😍")
N("worker_content", "bn",
  "জর্ডানের গার্মেন্টসে আছি দুই বছর। ওভারটাইম বেশি, কিন্তু টাকা ঠিকমতো পাই। সুপারভাইজার একটু কড়া, ছুটি কম, মাঝে মাঝে মন খারাপ লাগে। তবু ঋণ প্রায় শোধ হয়ে গেছে আলহামদুলিল্লাহ।")
N("worker_content", "en",
  "Beauty parlour job in Dubai through licensed agency, honestly not bad. Long hours on weekends and boss is strict about phone use during work, but we're free after 8 and salary comes on time.")
N("worker_content", "bn-Latn",
  "Malaysia te factory kaj, ei mash e beton 1 din deri te dise, boss bolse bank holiday. agent er loan er shesh kisti dilam ajke. onek kosto kintu family er jonno kori, next year desh e ashbo")
N("worker_content", "bn",
  "শ্বশুরবাড়ির রেস্টুরেন্টে আমি ক্যাশিয়ার, মাসে ৪ হাজার ইউয়ান আমার নিজের একাউন্টে দেয়। কাজ অনেক, রাত ১০টা পর্যন্ত, তবে ছুটির দিনে জামাইয়ের সাথে ঘুরতে যাই। আম্মাকে প্রতি মাসে টাকা পাঠাই।")
# jokes
N("joke", "bn-Latn",
  "bondhu ke bollam bie korbi kobe? bole China theke bou anbo, ghotok fee kom. ami bollam tor cheharay to 'Made in China' lekha, warranty 6 mash 😂😂")
N("joke", "en",
  "My aunt is literally a marriage broker at every wedding: 'Beta she's fair, her father has land, passport ready, can go abroad anytime' 😭 I just came for the biryani")
N("joke", "bn",
  "ঘটক চাচা যে বায়োডাটা দিছে, পাত্রের বয়স ৩৫ লেখা, ছবি দেখি দাদার বয়সী 🤣 বিয়ে না, জন্মনিবন্ধন অফিসে তদন্ত লাগবে")
# chatter
N("chatter", "bn-Latn",
  "khobor dekhlam Jessore e 2 jon dalal dhorse, China te bie diye meye pachar korto. amader gram er Rahima r bie o to China te hoise na? oder to bhalo ache, prottek Eid e ashe, Rahima nijei phone dey")
N("chatter", "en",
  "Anyone know an honest kazi in Mirpur? My cousin is marrying a Chinese colleague she met at work, all legal, just need the registration and MoFA attestation done before his visa expires.")
N("chatter", "bn",
  "ভাই, সবাই বলে পাসপোর্ট অফিসে দালাল ছাড়া কাজ হয় না। আমি নিজেই অনলাইনে আবেদন করে ব্যাংকে ফি দিয়া ২১ দিনে পাইছি, কাউরে এক টাকাও দেই নাই।")
N("chatter", "en",
  "Watching that documentary about Bangladeshi brides sold in China, so heavy. The mother said the broker took her daughter saying it was for a job 😢 we need to talk about this in our village group")

# ---------------------------------------------------------------- easy negatives
N("family", "bn-Latn", "ammu aj rate ki ranna? ami 8 tar moddhe ashbo, dim anbo?", hard=False)
N("chatter", "en", "Match starts at 7, bring the chips 🏏 and tell Rony to charge the speaker", hard=False)
N("chatter", "bn", "কাল বৃষ্টি হলে মনে হয় কোচিং হবে না, স্যারকে একটু জিজ্ঞেস করিস", hard=False)
N("joke", "bn-Latn", "exam er age rat e porar motivation: 0% 📉 rat 3 tay Netflix er motivation: 100% 📈", hard=False)
N("receipt", "en", "Your Daraz order #4418392 has been shipped and will arrive in 2-3 days.", hard=False)
N("family", "bn", "নানু আপনি দুপুরের ওষুধ খাইছেন? না খাইলে এখনি খান, আমি বিকালে আসতেছি", hard=False)
N("worker_content", "en", "Finished my shift, heading to the gym then biryani 💪", hard=False)
N("news", "bn", "আগামীকাল থেকে ঢাকায় তাপমাত্রা কিছুটা কমতে পারে, জানিয়েছে আবহাওয়া অফিস।", hard=False)
N("chatter", "bn-Latn", "bhai wifi er password ta de, data shesh", hard=False)
N("receipt", "en", "DESCO: Your prepaid meter recharge of Tk 1000.00 is successful. Token: 4417 2290 8831 5562 0019", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি ফেলে দিন, মশারি ব্যবহার করুন।", hard=False)
N("family", "en", "Happy birthday Nanu! ❤️ See you on Eid, I'm bringing the cake", hard=False)


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
    random.Random(93).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev93-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
