#!/usr/bin/env python3
"""Writes /work/blind/dev27.jsonl: 120 hand-written items (60 flag, 60 ok) for blind evaluation."""
import hashlib, json, random, re

BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + s

def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]
BTC = b58check(b"\x00" + h20("dev27-btc-1"))
TRX = b58check(b"\x41" + h20("dev27-trx-1"))
TRX2 = b58check(b"\x41" + h20("dev27-trx-2"))
ETH = "0x" + h20("dev27-eth-1").hex()

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

# (category, script, text, entities)
FLAG = [
# recruitment_deception
("recruitment_deception","bn","সৌদি ফ্রি ভিসা!! কোন কাজ নির্দিষ্ট নাই, গেলে নিজে কাজ খুজে নিবেন, কফিল এর সাথে আমরা কথা বলে রাখবো। ইকামা ওখানে গিয়ে হবে। যোগাযোগ ০১৮৭৬-৪৩২১০৯",[P("+8801876432109")]),
("recruitment_deception","bn","ভাই আমারে বলছিল দুবাই এর মলে সেলসম্যান এর কাজ, আইসা দেখি মরুভূমির ভিতর উট এর খামার। চুক্তির কাগজ যেটায় সাই দিছিলাম ওইটা আরবিতে লেখা ছিল কিছু বুঝি নাই",[]),
("recruitment_deception","bn","মালয়েশিয়া যাবেন ভিজিট ভিসায়, ওখানে নামলেই কোম্পানি পারমিট করে দিবে, টেনশন নাই। এয়ারপোর্টে কেউ জিগাইলে বলবেন ঘুরতে যাইতেছেন",[]),
("recruitment_deception","bn-Latn","URGENT!!\nThailand e online data entry job\nbeton 900$ + thaka khawa free\nticket company dibe\nkono experience lagbe na shudhu typing jante hobe\nwa.me/8801934567812",[W("+8801934567812")]),
("recruitment_deception","bn-Latn","bhai apnar bon ke jordan er garments e nibo, kaj easy, mashe 35 hajar taka. passport ami banai dibo, bayosh ektu baraye dilei hobe, medical er kotha kaoke bolben na",[]),
("recruitment_deception","bn-Latn","Oman e cleaner er visa ache bolsilo kintu ekhane ashar por office theke bolse visa ta nki oi company r na. ekhon onno jaygay kaj korte hobe naki",[]),
("recruitment_deception","en","HIRING NOW - Customer Service (English typing) in Laos / Golden Triangle\nSa1ary USD 1200-1500 + commisson\nFree air ticket, free hotel, free food\nNo exp needed, age 18-35\nInterview on Telegram only @goldjob_hr88",[E("telegram","@goldjob_hr88")]),
("recruitment_deception","en","they told us restaurant job in Cambodia, when we reached Sihanoukville they took us to a big building with fence. job is to chat with foreigners and make them put money in crypto app. they say this is the job now",[]),
# fees_and_debt
("fees_and_debt","bn","কলিং ভিসা মালয়েশিয়া, খরচ ৬ লাখ ৫০ হাজার। ৩ লাখ এখন দিতে হবে বাকিটা ওখানে গিয়া বেতন থেকে কাটা হবে প্রতি মাসে",[]),
("fees_and_debt","bn","আপনার ছেলে এখানে আসার পর থাকা খাওয়া আর পারমিট বাবদ আরো ১ লাখ ২০ হাজার টাকা খরচ হইছে। টাকা না পাঠাইলে ওর কাজ বন্ধ, আর এই খরচ শোধ না হওয়া পর্যন্ত ও বাইরে যাইতে পারবে না",[]),
("fees_and_debt","bn","জমি বন্ধক রাইখা সাড়ে পাঁচ লাখ দিছি মামুন দালালরে, এখন বলে আরো দেড় লাখ লাগবো নাইলে ফ্লাইট হবেনা",[]),
("fees_and_debt","bn-Latn","apa ekhane 2 bochor kaj korte hobe free te, madam bole amar jonno 3500 riyal dise agency ke oita kata shesh na hole beton dibe na",[]),
("fees_and_debt","bn-Latn","vai loan er taka ta shodh korte parini tai boss bole aro 6 mas thakte hobe. protidin khatai likhe rakhe koto kata holo, hishab kokhono mile na",[]),
("fees_and_debt","en","bro my uncle paid 4.8 lakh for the qatar visa. now they said the visa is expired and we must pay another 90k or he stays in the camp. how can this be",[]),
("fees_and_debt","en","Romania work permit 1OO% guaranteed\nProcessing 7,50,000 tk\nAdvance 2 lakh, rest after visa\n(no refund after file open)\nCall 01556 781234",[P("+8801556781234")]),
("fees_and_debt","en","the company says each of us owes 8000 USD for flight food and \"training\", if you want to leave before it is paid your family must send it. every month they add more",[]),
# payments_and_proceeds
("payments_and_proceeds","bn","টাকা বিকাশে না, এই নাম্বারে নগদ এ ভাইঙ্গা ভাইঙ্গা পাঠান ২০ হাজার করে, এক নাম্বারে বেশি পাঠাইলে সমস্যা। ০১৯১৪৫৬৭৮২৩ আর ০১৬১১২২৩৩৪৪",[P("+8801914567823"),P("+8801611223344")]),
("payments_and_proceeds","bn","মেয়েগুলার ইনকাম সব আমার কাছে আসবে, ওদের হাতে কোন টাকা দিবা না। সপ্তাহ শেষে হুন্ডিতে দেশে পাঠাই দিও",[]),
("payments_and_proceeds","bn-Latn","payment USDT TRC20 e korben, bank e na. address: "+TRX+"  pathaye screenshot den tarpor ticket confirm",[E("tron_address",TRX)]),
("payments_and_proceeds","bn-Latn","boss bolse victim der account theke je taka ashe oita ei wallet e transfer koro, nijer kache rakhba na\n"+ETH,[E("eth_address",ETH)]),
("payments_and_proceeds","bn-Latn","apnar bhai er chutir taka 3 lakh. Dubai hundi line e den, ekhane dokane diye dile o shokale chere dibo. bkash e dile bhenge bhenge 01723-459812 e",[P("+8801723459812")]),
("payments_and_proceeds","en","each girl brings 15-20k per night, you take it all in cash, give them 500 for food. deposit at different agent points not the same one twice",[]),
("payments_and_proceeds","en","Buy ads for the new girls on the site with BTC only, send to "+BTC+" , admin will post in VIP group after confirm",[E("btc_address",BTC)]),
# isolation_and_control
("isolation_and_control","bn","আমাদের মোবাইল নিয়ে গেছে প্রথম দিনেই, সপ্তাহে একবার ৫ মিনিট বাসায় কথা বলতে দেয়, পাশে দাড়ায় থাকে কি বলি শোনে। এই ফোনটা লুকায়া আনছি",[]),
("isolation_and_control","bn","মেয়েটারে বাসার বাইরে যাইতে দিবা না, দরজা বাইর থেকে তালা মাইরা রাখবা। ওর বাপ মা ফোন দিলে বলবা ও কাজে ব্যস্ত",[]),
("isolation_and_control","bn-Latn","amra 40 jon ek room e, gate e guard thake bondhuk niye. bahire jaoa nishedh, boss bole palaile dhore anbe. keu ke bolben na amr kotha",[]),
("isolation_and_control","bn-Latn","madam passport r iqama nijer almari te tala diye rakhse. chaile bole tumi palaba tai dibo na. amake dokane o jete dey na",[]),
("isolation_and_control","en","pls help my sister Rehana, she is in a house in Riyadh they dont let her talk to us for 4 months. last msg she said dont call this number its the madams phone",[]),
("isolation_and_control","en","new ones stay in the flat till they learn. no phone no going out, driver takes them to work and back. nobody talks to the neighbours",[]),
("isolation_and_control","en","Manager collected all our passports \"for visa renewal\" in march. now its november. Passport no. EG0417825 is mine, they say we get it back only when contract finish",[E("bd_passport","EG0417825")]),
# labour_exploitation
("labour_exploitation","bn","সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, একদিন ও ছুটি নাই। খাবার দেয় দিনে একবার শুকনা রুটি। ৭ মাসের বেতন আটকায় রাখছে বলে পরে একসাথে দিবে",[]),
("labour_exploitation","bn","ভাই এইখানে আমরা ২২ জন একটা কন্টেইনারে ঘুমাই, পানি নাই বাথরুম নাই, অসুস্থ হইলে ডাক্তার দেখায় না উল্টা দিনের টাকা কাটে",[]),
("labour_exploitation","bn","কাম করাই দিনে ১৮ ঘণ্টা, বেতন চাইলে কয় তগো বেতন দালালে নিয়া গেছে। চাটগাঁর আরো ৫ জন আছি এক লগে",[]),
("labour_exploitation","bn-Latn","target puron na hole khaoa bondho. protidin 200 jon ke msg pathate hoy fake profile diye, na parle rat e ghumate dey na",[]),
("labour_exploitation","bn-Latn","amra je company te kaj kori oi khane 14 mash beton pai nai. manager bole company loss e ase, kintu kaj thik e korte hoy 16 ghonta",[]),
("labour_exploitation","bn-Latn","bari te kaj kori 3 ta basay ghure ghure, ekta basar beton o amar hate ase na, sob nei kofil. amar shorir e jor, tao kaj korte bole",[]),
("labour_exploitation","en","we work in the fish boat 20 hrs, 3 months no pay, captain says pay when we reach port but we never reach port, they move us boat to boat",[]),
("labour_exploitation","en","Brick kiln in Munshiganj. Whole family works, children too, advance taken last year. Owner says no leaving before season ends, wages only rice",[]),
# threats_and_coercion
("threats_and_coercion","bn","বেশি চালাকি করলে তোরে পুলিশে দিমু, তোর ইকামা নাই জানস তো, জেলে পচবি। চুপচাপ কাজ কর",[]),
("threats_and_coercion","bn","তোমার বউ পোলাপাইন কই থাকে আমরা জানি। ভিডিও যদি কাউরে দেখাও তাইলে ওদের কি হবে চিন্তা কইরো",[]),
("threats_and_coercion","bn-Latn","jara palate chaise oder current er shock dise shobar shamne. amk boleche porer bar amar palaa",[]),
("threats_and_coercion","bn-Latn","tui jodi embassy te jash tahole huroob mere dibo, tokhon tui illegal, deport hoye jabi khali hate, r tor bapre amra dekhbo",[]),
("threats_and_coercion","bn-Latn","oi mal ta ke bolen kotha na shunle or chobi gula fb te chere dibo r or gramer sobai ke pathabo",[]),
("threats_and_coercion","en","if you go to the police here remember they are our friends. the last one who tried was sold to another company for 3x the price",[]),
("threats_and_coercion","en","you signed, now you belong to us until we say. try to leave and we break your legs, ask the guys in block C what happened",[]),
# sexual_exploitation
("sexual_exploitation","bn","দুবাই এ বিউটি পার্লারে কাজ, মেয়েদের জন্য। বেতন ১ লাখ+ , দেখতে সুন্দর হতে হবে, ছবি পাঠান ইনবক্সে। বিয়ে হয়নি এমন হলে ভালো",[]),
("sexual_exploitation","bn","মেয়েদের কাজ হোটেলে গেস্টদের সাথে থাকা, ডান্সবারে বসা। না করলে খরচের টাকা ফেরত দিতে হবে, সেটা তো পারবি না",[]),
("sexual_exploitation","bn","নতুন মাল আসছে নারায়ণগঞ্জ থেকে, কক্সবাজার হোটেলে রাখছি, ঘন্টা হিসাবে। ক্লায়েন্ট পাঠাও ০১৮১৯-২৪৬৮১৩ এ কল দিতে বলো",[P("+8801819246813")]),
("sexual_exploitation","bn-Latn","Gulshan e VIP spa 💆‍♀️ new Russian & local girls, full service, 24/7 open. hotel o home service available. WA: wa.me/8801799882211",[W("+8801799882211")]),
("sexual_exploitation","bn-Latn","tor bon ke bolsi Malaysia te restaurant er kaj. aslay club e nachte hobe r customer khushi rakhte hobe. bolish na age theke",[]),
("sexual_exploitation","en","Hostess needed for KL night club 🌹 Friendly girls 18-25, no exp, visa ticket all on us, earn 5000 RM/month. Send full body pic to insta @kl_vipstars.hr",[E("instagram","@kl_vipstars.hr")]),
("sexual_exploitation","en","💋 Model & Friendship Club BD 💋\nCollege girls, housewife, celebrity model\nShort time / full night\nDhaka-Ctg-Sylhet\nbooking only telegram t.me/dhaka_night_vvip",[E("telegram","@dhaka_night_vvip")]),
("sexual_exploitation","en","she cried first week, now she is ok. madam keeps her with 4 others, they see 8-10 men a day and pay back the travel money. dont send any more who are not ready",[]),
# minors
("minors","bn","মেয়ের বয়স ১৩ হইলে কি হইছে, পাসপোর্টে ২৫ দিয়া দিমু, জন্ম নিবন্ধন বানাইতে ৫ হাজার। সৌদিতে বাসার কাজ, মাসে মাসে টাকা পাঠাইবো",[]),
("minors","bn","১০-১২ বছরের পোলা লাগবো, হোটেলে থালা বাসন, থাকা খাওয়া ফ্রি বেতন নাই প্রথম ২ বছর। বাপ মারে অগ্রিম কিছু দিয়া দিমু",[]),
("minors","bn-Latn","bhaiya kochi meye ache, 15 bochor, gram theke ashche, kew chine na. rate besi kintu jinish first class. shudhu regular der jonno",[]),
("minors","bn-Latn","oke biye dia dei india te, porer ke, bayosh kom tai takao bashi dibe. oikhane gele or bhalo jibon hobe, meye ke kichu bolar dorkar nai",[]),
("minors","en","Looking for young girls 14-17 for modelling shoots abroad, parents consent letter we will arrange, all costs paid. DM only, delete chat after",[]),
("minors","en","the boys at the camel farm are 9 and 11, they sleep with the animals. sponsor took them with papers saying they are his sons",[]),
("minors","en","new school girl available tonight, still in uniform lol. first time so price is high. call +880 1912 337 845 after 10pm",[P("+8801912337845")]),
]

# (voice, script, hard, text, entities)
NEG = [
# news
("news","bn",True,"মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে তরুণদের লিবিয়ায় পাচারের অভিযোগে মাদারীপুর থেকে তিনজনকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ১৮টি পাসপোর্ট উদ্ধার করা হয়।",[]),
("news","bn",True,"আদালত প্রতিবেদক\nমিয়ানমারে সাইবার স্ক্যাম সেন্টারে আটকে রাখা ১৪ বাংলাদেশিকে ফেরত আনা হয়েছে। ভুক্তভোগীরা জানান, তাদের দিনে ১৬ ঘণ্টা কাজ করতে বাধ্য করা হতো। মামলায় দুই দালালের বিরুদ্ধে অভিযোগ গঠন।",[]),
("news","bn-Latn",True,"khobor dekhlam Jhenaidah e dalal chokro dhora porse, Cambodia te IT job er kotha bole lok pathato, police bolse 40 jon er moto theke 5 lakh kore nise",[]),
("news","bn-Latn",True,"Forwarded: Sylhet e manob pachar mamla r rai hoyeche aj, 2 jon er jabotjibon, Dubai te nari pachar er dai e. court bolse victim der khotipuron dite hobe",[]),
("news","en",True,"DHAKA, Nov 12 - Police rescued 23 women from a flat in Uttara where they were allegedly held by a gang that promised beauty-parlour jobs in Dubai. Two suspects were arrested and passports were recovered, officers said.",[]),
("news","en",True,"Court sentences recruiting agent to 10 years for trafficking workers to Libya on visit visas; tribunal also orders fine of Tk 5 lakh. Victims testified they were held for ransom in Tripoli.",[]),
# awareness
("awareness","bn",True,"সতর্ক থাকুন! বিদেশে চাকরির নামে কেউ টাকা চাইলে আগে বিএমইটি ওয়েবসাইটে এজেন্সির লাইসেন্স যাচাই করুন। পাসপোর্ট কখনো দালালের হাতে দেবেন না। হেল্পলাইন ১৬১৩৫",[]),
("awareness","bn",True,"ফ্রি ভিসা বলে কিছু নাই ভাইয়েরা। সৌদিতে ফ্রি ভিসায় গেলে কাজ না পেয়ে অবৈধ হয়ে যাবেন, পরে জেল আর ডিপোর্ট। গ্রুপে এমন পোস্ট দেখলে রিপোর্ট করুন -- এডমিন",[]),
("awareness","bn-Latn",True,"Group rules: 1) kono 'free visa' / 'calling visa' post allow na 2) inbox e taka chaile screenshot soho admin ke janan 3) Myanmar/Cambodia/Laos er 'typing job' post dile sathe sathe ban. ogula scam, lok atke rakhe",[]),
("awareness","bn-Latn",True,"apu ra sabdhan, Dubai parlour job bole fb te meyeder nisse, pore bipode fele. agency r license no, office address check koren, poribar ke na janiye kothao jaben na",[]),
("awareness","en",True,"Know the signs: employer keeps your passport, wages held back, you can't leave the workplace, debt that never goes down. If this is happening to someone you know, call the national helpline 999 or contact IOM.",[]),
("awareness","en",True,"PSA from admins: recruiters never need your NID photo + passport + bank pin on WhatsApp. No licensed agency asks for 'processing fee' to a personal bKash. Stay safe 🙏",[]),
# official
("official","bn",True,"গণপ্রজাতন্ত্রী বাংলাদেশ সরকার\nজনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো\nবিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা নির্ধারিত। এর বেশি অর্থ দাবি করলে অভিযোগ করুন। স্মার্ট কার্ড ছাড়া বিদেশ গমন নিষিদ্ধ।",[]),
("official","bn",True,"মেসার্স আল-নূর ওভারসীজ (আরএল-১৪২৭)\nকাতারে ক্লিনার পদে ৫০ জন নিয়োগ। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির, ৮ ঘণ্টা ডিউটি, ওভারটাইম আলাদা। সরকার নির্ধারিত ফি ব্যতীত কোন টাকা দেবেন না। ইমেইল: recruit@alnooroverseas.com.bd",[E("email","recruit@alnooroverseas.com.bd")]),
("official","bn-Latn",True,"Notice: Japan TITP 3rd batch er candidate der Nov 20 er moddhe BOESL office e original passport, NID r certificate jama dite hobe visa processing er jonno. kono dalal er maddhome na, sorasori office e ashen",[]),
("official","bn-Latn",True,"Embassy of Bangladesh Riyadh: probashi bhai ra passport renewal r MRP er jonno online appointment nin. fee 6 mas 2 din er moddhe deya jabe. helpline +966 11 419 5862",[P("+966114195862")]),
("official","en",True,"Bangladesh Embassy, Kuala Lumpur: Workers whose employer is holding their passport may report to the Labour Wing. Holding of worker passports by employers is an offence under Malaysian law. Email: labour.kl@mofa.gov.bd",[E("email","labour.kl@mofa.gov.bd")]),
("official","en",True,"BOESL - Korea EPS: Selected candidates must deposit the government fee of Tk 34,000 to Sonali Bank A/C only. Salary approx. KRW 2,060,740/month (min wage). No other charges apply. Beware of brokers.",[]),
# receipt
("receipt","bn",True,"আপনার বিকাশ একাউন্টে ৳৫,০০০.০০ এসেছে ০১৭৮৮৯৯১১২২ থেকে। ব্যালেন্স ৳৭,২১৫.৫০। TrxID BK47XQ2ZP1 সময় ১৪/১০/২০২৬ ১৯:২২",[P("+8801788991122"),E("mfs_transaction","BK47XQ2ZP1")]),
("receipt","bn",True,"নগদ: ক্যাশ আউট সফল। পরিমাণ ৳২০,০০০ ফি ৳২৫০। TxnID: 7AB3K9QD এজেন্ট: ০১৩১২৪৫৬৭৮৯। ধন্যবাদ",[E("mfs_transaction","7AB3K9QD"),P("+8801312456789")]),
("receipt","bn-Latn",True,"Ammu taka pathaisi 15000 bkash e, TrxID CJ91LM0PQZ. babar oshudh r Rafi r school fee diye dio",[E("mfs_transaction","CJ91LM0PQZ")]),
("receipt","bn-Latn",True,"Rocket: Tk 12,500.00 received from Rafiq Traders, Remittance from Saudi Arabia. TxnId: 9012345678. Balance Tk 13,020.40",[E("mfs_transaction","9012345678")]),
("receipt","en",True,"Cash In Tk 50,000.00 from 01611897654 successful. Fee Tk 0.00. Balance Tk 51,230.00. TrxID CKA2M7NW4R at 02/11/2026 10:15",[P("+8801611897654"),E("mfs_transaction","CKA2M7NW4R")]),
("receipt","en",True,"Dear Customer, your A/C XXXX4521 is credited with BDT 1,85,300.00 on 03-NOV-26 via inward remittance (Western Union, Kuwait).  2.5% govt incentive added. -Sonali Bank",[]),
# worker_content
("worker_content","bn",True,"আলহামদুলিল্লাহ আজ আমার কোম্পানির দুই বছর পূর্ণ হলো রিয়াদে 🇸🇦 বেতন ঠিক সময়ে দেয়, ওভারটাইম করলে আলাদা টাকা। পাসপোর্ট নিজের কাছে থাকে। যারা আসতে চান শুধু লাইসেন্স করা এজেন্সি দিয়ে আসবেন",[]),
("worker_content","bn",True,"দুবাইয়ে ডেলিভারি রাইডার এর এক দিন 🛵 সকাল ৮টা থেকে রাত ৮টা, মাসে ৩৫০০ দিরহাম পর্যন্ত ইনকাম হয় বোনাস সহ। ভিডিও ভালো লাগলে লাইক দিয়েন",[]),
("worker_content","bn-Latn",True,"Malaysia te 4 bochor hoye gelo bhai ra, ajke permit renew hoise. boss bhalo, overtime e double rate. kew dalal ke taka diben na, amar agency te shob legal hoise",[]),
("worker_content","bn-Latn",True,"Qatar e amader camp er room tour 😄 4 jon ek room e, AC ache, company bus e site e jai. shukrobar off. beton 1400 riyal + food allowance",[]),
("worker_content","en",True,"Day in my life as a Bangladeshi nurse in Kuwait. 12 hr shift today, tired but happy. Sent salary home to ammu. Passport renewal next month at the embassy insha'Allah",[]),
("worker_content","en",True,"Q: how much you earn in romania bro? A: 600 euro basic + overtime, contract 2 yrs, company gave residence card in 3 weeks. I paid only the govt fee and my flight",[]),
# joke
("joke","bn",True,"বউ আমার পাসপোর্ট লুকায় রাখছে যাতে ঈদে শ্বশুরবাড়ি না গিয়া বিদেশ পালাইতে না পারি 😂😂 এইটাই আসল মানব পাচার প্রতিরোধ",[]),
("joke","bn",True,"অফিসের বস পুরা দালাল, বেতন দেয় ২৫ হাজার কাজ করায় ৫০ হাজারের 🤣 কেউ আমারে উদ্ধার করো",[]),
("joke","bn-Latn",True,"amar ammu amare basay atke rakhse exam er jonno, phone o niye nise 😭 eita ki human rights violation na? 😂",[]),
("joke","bn-Latn",True,"biyer por bujhlam ami ashole bikri hoye gesi, sosur bari theke kothao jete dey na r shala der bazar kore dite hoy 🤣🤣",[]),
("joke","en",True,"my cat has confiscated my laptop and is holding it for ransom. demands: 3 tuna cans. negotiations ongoing 😹",[]),
("joke","en",True,"Dhaka traffic is the real forced labour. 3 hrs to go 5 km, unpaid overtime every day lmao",[]),
# chatter
("chatter","bn",True,"ভাই কেউ কি জানেন সৌদির ভিসা চেক করার অফিসিয়াল সাইট কোনটা? আমার মামার ভিসা আসছে, এজেন্সি লাইসেন্স আছে, শুধু নিশ্চিত হতে চাই",[]),
("chatter","bn",True,"রুমমেট এর সাথে ঝগড়া হইছে, সে আমার টাকা দেয় না ৩ মাস ধরে, বলে বেতন পাইলে দিবে 😒",[]),
("chatter","bn-Latn",True,"keu ki bolte parben BMET smart card er jonno fingerprint kothay dite hoy Sylhet e? agency bolse nije giye korte",[]),
("chatter","bn-Latn",True,"Model test er result dise? amar math e 18 paisi 😩 ar spa ta cancel korsi taka nai ei mash",[]),
("chatter","en",True,"anyone know a good parlour in Dhanmondi for bridal makeup? sister's holud next friday, budget 15k",[]),
("chatter","en",True,"VIP tickets for the BPL final sold out already?? my friend is an agent for the stadium vendor, he might get 2",[]),
# family
("family","bn",True,"আব্বা, তোমার পাসপোর্টের মেয়াদ আগামী মাসে শেষ, রিনিউ করতে দিছি। নতুনটা আসলে আমি ঢাকা থেকে নিয়া আসবো। হজের টাকাও জমা দিয়া দিছি আলহামদুলিল্লাহ",[]),
("family","bn",True,"মেয়ের বয়স এখনো ১৬, আগে এসএসসি দিক তারপর পড়াশোনা শেষ হোক, বিয়ের কথা এখন না। ঘটককে না করে দিও",[]),
("family","bn-Latn",True,"Abbu Rafi er school e admission hoye gese, age 6 bochor 3 mash lagse birth certificate e. uniform r boi er jonno 4 hajar pathaio",[]),
("family","bn-Latn",True,"bhaiya vabi ke bolo Saudi theke ashar shomoy amar jonno phone anbe na, takata jomai rakho. r tomar iqama renew hoise to?",[]),
("family","en",True,"Amma I got the offer letter from the hospital in Doha, contract checked by BMET, fee only the govt one. Flight on 12th, I'll call every day",[]),
("family","en",True,"Can you send me a photo of Nabila's passport page? need the passport no. for the umrah form. hers is BX3058174 I think but check",[E("bd_passport","BX3058174")]),
# easy negatives
("chatter","bn",False,"আজকে বিকালে খেলা আছে, ৪টায় মাঠে চলে আসিস",[]),
("chatter","bn",False,"আম্মু রাতে খিচুড়ি রান্না করছে, তাড়াতাড়ি বাসায় আয়",[]),
("chatter","bn",False,"নতুন সিমটার নাম্বার ০১৫৩৩-৮৭৬৫৪৩ সেভ কইরা রাখিস",[P("+8801533876543")]),
("chatter","bn",False,"বৃষ্টি থামলে বের হবো, ছাতা আনতে ভুলে গেছি",[]),
("chatter","bn-Latn",False,"kal class hobe? sir kichu bolse group e?",[]),
("chatter","bn-Latn",False,"oi film ta dekhli? shesh ta pura boring lagse amar",[]),
("chatter","bn-Latn",False,"ami ashtesi 10 min, jam e atka porsi bhai",[]),
("chatter","bn-Latn",False,"happy birthday dost 🎂🎉 onek boro ho",[]),
("chatter","en",False,"reached home safely, thanks for dinner!",[]),
("chatter","en",False,"can you share the notes from today's lecture? I missed the second half",[]),
("chatter","en",False,"the new phone camera is amazing, check these sunset pics",[]),
("chatter","en",False,"meeting moved to 3pm tomorrow, room 204",[]),
]

def digits(s): return re.sub(r"\D", "", s.translate(BN))

def check(items):
    assert len(items) == 120
    for it in items:
        t = it["text"]
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert v.startswith("+"), v
                nd = v[4:] if v.startswith("+880") else v[1:]
                assert nd in digits(t), (it["id"], v)
            elif e["type"] == "bd_nid":
                assert v in digits(t), (it["id"], v)
            elif e["type"] in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:].lower() in t.lower(), (it["id"], v)
            else:
                assert v.lower() in t.lower(), (it["id"], v)
    assert sum(i["label"] == "flag" for i in items) == 60
    assert sum(i["label"] == "ok" and i["hard"] for i in items) >= 45

def main():
    items = []
    for cat, sc, text, ents in FLAG:
        items.append(dict(text=text, label="flag", category=cat, script=sc,
                          voice="victim_or_recruiter", hard=False, entities=ents))
    for voice, sc, hard, text, ents in NEG:
        items.append(dict(text=text, label="ok", category=None, script=sc,
                          voice=voice, hard=hard, entities=ents))
    random.Random(27).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev27-{n:04d}", **it})
    check(out)
    with open("/work/blind/dev27.jsonl", "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
