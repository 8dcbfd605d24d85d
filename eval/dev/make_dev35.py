#!/usr/bin/env python3
"""Blind dev set dev35: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: rural dialect (Sylheti, Chatgaiya, Noakhali, Barishal, Rangpur), much said by implication. Held out from round 4 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev35.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version, seed):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

BTC = b58check(0x00, "dev35-btc-1")
TRX = b58check(0x41, "dev35-trx-1")
ETH = "0x" + hashlib.sha256(b"dev35-eth-1").hexdigest()[:40]

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def T(v): return {"type": "telegram", "value": v}
def X(v): return {"type": "mfs_transaction", "value": v}
def E(t, v): return {"type": t, "value": v}

F = "flag"
items = []
def add(text, label, cat, script, voice, hard, ents=()):
    items.append(dict(text=text, label=label, category=cat, script=script, voice=voice, hard=hard, entities=list(ents)))
def flag(cat, script, text, ents=()):
    add(text, "flag", cat, script, "victim_or_recruiter", True, ents)
def ok(voice, script, text, ents=(), hard=True):
    add(text, "ok", None, script, voice, hard, ents)

# ---------------- FLAG ----------------
c = "recruitment_deception"
flag(c, "bn", "ভাইসাব মালয়েশিয়াত কলিং ভিসা আছে, ফেক্টরির কাম, বেতন ৬০-৭০ হাজার টেকা ওভারটাইম আলাদা। অভিজ্ঞতা লাগত নায়। সিট কম, আর কাউরে কইয়েন না। পাসপোর্টের কপি আর দুইখান ছবি কালকু দিয়া দেইন")
flag(c, "bn", "চাচি, দুবাইত বড় হোটেলত কাম, খানা থাকা ফিরি, মাসে ১ লাখ। ফোয়ারে আগে ভিজিট ভিসায় পাডাইয়ুম, ওডে যাই পরে কামর ভিসা বানাই দিব, চিন্তা ন গইরগন")
flag(c, "bn", "আম্মা আমারে কইছিল সুপার মার্কেটে কাম। আইসা দেহি মরুর মইধ্যে উটের খামার। ঢাকায় যেই কাগজে সই করাইছে ঐটা আরবিতে আছিল কিছুই বুঝি নাই, এহন কয় ঐখানে লেখা রাখাল")
flag(c, "bn-Latn", "Bhai saudi te free visa ase 3 ta, kaj nije khuje nite hobe kintu iqama company kore dibe 😊 income bhalo. 01819-447120 e imo koren", [P("+8801819447120")])
flag(c, "bn-Latn", "mama amare koise romania factory job 1200 euro beton, ekhon dekhi serbia ene rakhse ar bolse border par hoye hetay jaite hobe. kono kaj nai kono factory nai")
flag(c, "bn-Latn", "hunen bhaijan amgo lok kuwait e cleaner er kam, bhetan 45 hazar, khawa thaka company. agreement er kagoj hetago dekhaiyen na, uira jaoner por dekhbo, medical er age beshi kichu bujhaiyen na")
flag(c, "en", "URGENT hiring Thailand 🇹🇭 customer service / typing job, salary 1200$ + commission, free air ticket free hotel, no experience only basic english. seats limited. telegram @globaljobs_hr2", [T("@globaljobs_hr2")])
flag(c, "en", "bro the office in dhaka showed me pics of a big mall, said cashier job. im carrying cement bags on a site in Al Khobar. the paper they gave here says labourer 800 riyal not 1500 like they told")

c = "fees_and_debt"
flag(c, "bn", "সরকারি রেট ৭৯ হাজার ঐটা কাগজে লেখা থাকবো, আসল খরচ সাড়ে ৫ লাখ। আড়াই লাখ এখন দেন বাকিটা ভিসা আসলে। রশিদ চাইয়েন না ভাই এইসব কামে রশিদ হয় না")
flag(c, "bn", "আব্বা কোম্পানি কয় আমার বিমান ভাড়া আর মেডিকেলর টেকা ৩ লাখ আমার ধার, মাসে মাসে বেতন থাকি কাটি নিব। দুই বছর গেলেও শেষ অইত নায় মনে অয়")
flag(c, "bn", "জমি বন্ধক দিয়া টাকা দিছি, এহন দালাল কয় আরো ৮০ হাজার না দিলে ভিসা আটকাইয়া যাইব ফ্লাইট বাতিল। কই পামু এত টেকা")
flag(c, "bn-Latn", "bhaisab oikhane giya kono tension nai, ja khoros ami dimu, pore kaj kore shodh diben. 2 bochor beton amar kase thakbo, khali khawar khoros pailen")
flag(c, "bn-Latn", "company bolse recruitment fee 1800 ringgit salary theke cut hobe, ekhon notun kotha gas bill room bill uniform er taka o katbe. hate ase 300 ringgit 😞")
flag(c, "en", "Your total package Tk 6.5 lakh (govt rate only on paper). 50% advance before medical, rest before flight. non refundable. cash only, no bank")
flag(c, "en", "my brother cant come back, the sponsor says he owes 9000 riyal for visa transfer and ticket, he must work it off first. every month they add something more")
flag(c, "en", "Sister i told u the job is free of cost but agency in KL takes RM 3,500 processing after u land, u will sign a loan paper at airport ok, no problem they cut it from salary")

c = "payments_and_proceeds"
flag(c, "bn", "টাকা বিকাশে ভাইঙ্গা ভাইঙ্গা পাঠান, এক নাম্বারে ২৫ হাজারের বেশি না। ০১৯৩৮-৬২১৪৫৭ আর ০১৬২৭৪৪৮৯১০ এই দুইটা পার্সোনাল। কেউ জিগাইলে কইবেন আত্মীয়রে দিছেন", [P("+8801938621457"), P("+8801627448910")])
flag(c, "bn", "সৌদি থিকা রিয়াল হুন্ডিতে আইব, আমার লোক ক্যাশ দিয়া যাইব বাড়িত। ব্যাংকে দিলে ঝামেলা। মাইয়াগো কামাইয়ের হিসাব আমি রাখমু, তুমি খালি টেকা বুঝিয়া লইবা")
flag(c, "bn-Latn", f"bhai kalker payment ta USDT te den, TRC20: {TRX} . bkash e ar na, ekta account freeze hoise", [E("tron_address", TRX)])
flag(c, "bn-Latn", "5 ta meyer weekly collection 1 lakh 40 hajar, nagad e pathaisi 01552-908317 e, baki cash e haate dimu. cholti maser hisab ami rakhi", [P("+8801552908317")])
flag(c, "bn-Latn", f"shalar family 2 lakh aday korse chharar jonno. boss bolse ebar theke ERC20 USDT te nibe, wallet {ETH} e pathaite bolo, bank e na. next family ke +60 11-3872 5140 theke call dio", [E("eth_address", ETH), P("+601138725140")])
flag(c, "en", f"send ur share to btc {BTC} not the old wallet. ad money for the new girls goes thru this one only. delete this msg after", [E("btc_address", BTC)])
flag(c, "en", "Boss collected for 3 passports this week, Tk 60k each before we give them back. via bKash agent cash in to 01711-203948 split in 4. pls confirm", [P("+8801711203948")])

c = "isolation_and_control"
flag(c, "bn", "আম্মা আমার ফোন নিয়া গেছে মেডাম, এইটা পাশের বাড়ির বেটির ফোন থিকা দিতাছি। বাইর হইতে দেয় না, গেটে তালা। আমারে আর এই নম্বরে কল দিও না")
flag(c, "bn", "ইখানো আওয়ার পর থাকি পাসপোর্ট কফিলর কাছে। ঘরর বাইরে যাইতাম পারি না, দোকানো যাওয়া নিষেধ। বাড়িত কিচ্ছু কইও না আম্মারে, কান্দব")
flag(c, "bn-Latn", "tor passport amar kase safe e thakbe, bahire gele police dhorbe. room theke ber hobi na ami na bola porjonto. phone ta o de, rate ferot dimu")
flag(c, "bn-Latn", "apa amra 11 jon meye ek ghore, dorja baire theke lagay rakhe. shudhu kajer shomoy gari kore niya jay abar niya ashe. kauke kotha bolte dey na")
flag(c, "bn-Latn", "mama ek mash dhori baitte jaite na dey, phone o laigya rakhse. manager pase boi thake jokhon bari kotha koi, shob shune. tui amar lai cinta na goijjo")
flag(c, "en", "new girls dont get phones the first 2 months. keep their documents in the office safe. they go out only with Rasel. nobody talks to family alone")
flag(c, "en", "Mum they took our phones and papers when we got off the boat. big building, guards on the gate, we can only message on sunday from boss phone. dont call this number back")
flag(c, "en", "Dont tell ur parents exactly where u r going, say garments job in Chittagong. after u reach Delhi u give me ur BD ID card and birth certificate, I keep them for safety")

c = "labour_exploitation"
flag(c, "bn", "৭ মাস ধইরা বেতন দেয় নাই, কয় জমা আছে দেশে যাওনের সময় এক লগে দিব। দিনে ১৮ ঘণ্টা কাম, সপ্তায় একদিনও ছুটি নাই")
flag(c, "bn", "ভাই একবেলা খাওন দেয়, রাইতে কুবুজ আর পানি। ১৫ জনে এক রুমে মাটিত ঘুমাই। অসুখ হইলেও কামে যাওন লাগে নাইলে দিনের টাকা কাটে")
flag(c, "bn", "হুনেন, আঙ্গো এক পোলা তিন মাস ধরি মরুভূমিত ছাগল চরায়, মালিক একটা টেয়াও দেয় ন, খাওন ঠিকমতো হায় না, রাইতেও তাঁবুত থাকে")
flag(c, "bn-Latn", "duty shuru 5 tay sesh rat 11 ta, friday o off nai. overtime er taka chaile supervisor kiya kore. 4 mas er beton baki")
flag(c, "bn-Latn", "bhai amader diye 14 ghonta kaj koray kintu payslip e lekhe 8 ghonta. beton ashe 500 riyal, 900 na. baki ta kafeel rakhe 'tomar safety' bole")
flag(c, "bn-Latn", "bhaisab ami boro kostot asi, saradin rodo kaj, khana ek bela, tin mash oilo betan dilo na. iqama o banay na, baire gelei dhorbo")
flag(c, "en", "Madam works me from 5am till after midnight cleaning 3 houses of her family. no salary since March, she says she sends it to the office. i eat what is left on their plates")
flag(c, "en", "brick kiln workers needed, whole family welcome, advance given now, adjusted from wages at season end. workers stay on site, no leave till season finish")

c = "threats_and_coercion"
flag(c, "bn", "বেশি কথা কইলে হুরুব মাইরা দিমু, তখন পুলিশে ধরব, জেলে পচবি। চুপচাপ কাম কর")
flag(c, "bn", "তোর বাপের বাড়ি আমি চিনি। টাকা না দিলে তোর ভাইটারে আর খুঁইজা পাইবি না। থানায় গেলে পুরা ফ্যামিলি শেষ")
flag(c, "bn-Latn", "tui palaile tor ma baba re dhorbo, ar tor chobi shob facebook e chaira dimu. bujhos?")
flag(c, "bn-Latn", "moribi naki? gotokal ekjon re current dise tui o dekhsos. kal theke kotha shunbi")
flag(c, "en", "If you run boss will call immigration and you go to jail as illegal. your visa is finished already. stay quiet, work, you go home when debt is clear")
flag(c, "en", "they beat Kamal with a pipe in front of us because he asked for his pay. said next one who complains goes in the river")
flag(c, "en", "pay 1.5 lakh by friday or your son stays here. we send his video every day until then. contact only wa.me/218917604213", [W("+218917604213")])

c = "sexual_exploitation"
flag(c, "bn", "দুবাইয়ের ড্যান্স ক্লাবে কাম, খালি নাচবা, মাসে দেড় লাখ। থাকা খাওয়া ফ্রি। পরে কাস্টমার খুশি রাখতে হইব, এইগুলা ওইখানে গেলে বুঝবা")
flag(c, "bn", "আফা আমারে পার্লারের কাম কইয়া আনছে, এহন রাইতে ঘরে লোক আনে। না কইলে মারে। আমারে নিয়া যাও")
flag(c, "bn", "নতুন মাল আইছে, বাংলাদেশি, কম বয়স। রাতে হোটেলে পাঠামু। রেট আগেরটা না, ডাবল")
flag(c, "bn-Latn", "kalke 3 ta meye jessore diye border par hobe, okhan theke kolkata hoye pune er line e dibo. bari te bolse biye hobe. rate fixed, advance lagbe")
flag(c, "bn-Latn", "notun meye ashse ekdom kom boyos, bangali. full night 8000, hotel e pathai dimu. inbox koren ba call 0178 8321 540", [P("+8801788321540")])
flag(c, "en", "Sweet Bengali girls 🌸 new arrival, very young, trusted professional service, no police no tension. outcall KL area. WhatsApp only wa.me/60127785314", [W("+60127785314")])
flag(c, "en", "you entertain the guests and if they want more you go with them. earnings come to the house first, we take your debt then you get a share. remember you signed")

c = "minors"
flag(c, "bn", "মাইয়ার বয়স ১৩, চিন্তা কইরেন না, জন্মনিবন্ধন বদলাইয়া ১৯ বানাইয়া পাসপোর্ট করমু। আগে ঢাকায় বাসার কাম, পরে সৌদি")
flag(c, "bn", "চাচি আপনার ছোড পোলাডারে আমার লগে দেন, ১১ বছর তো অইছেই। ঢাকায় এক সাহেবের বাসায় থাকব, বেতন আপনারে পাঠামু। স্কুল পরে দেখা যাইব")
flag(c, "bn-Latn", "meyeta class 8 e pore boyos 14, biye diye dubai pathai dibo, shami oikhane thake. kagoje boyos 20 dekhabo, chairman er sathe setting ase")
flag(c, "bn-Latn", "kom boyoshi pola lagbe 10-12 bochor, ut douranor kaj. family ke 50 hajar advance, ar kono jhamela nai")
flag(c, "en", "She is only 15 but looks older, we make her papers 18+. clients pay extra for the young ones, keep quiet about age")
flag(c, "en", "Need 2 boys age 12-14 for hotel work in Goa, stay with the owner, no school. parents get 4000 per month. bring birth certificate, we will change the age")
flag(c, "en", "Uncle promised my little sister (shes 12) a maid job in Dhaka with free school. its been a year, no school, and they dont let her call us")

# ---------------- OK: hard negatives ----------------
v = "news"
ok(v, "bn", "নারায়ণগঞ্জে মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার। বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে লিবিয়ায় পাঠানোর অভিযোগে র‍্যাব-১১ তাদের আটক করে। মানব পাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
ok(v, "bn", "সিলেটের আদালতে আদম দালাল মোখলেছুর রহমানের ৭ বছরের কারাদণ্ড। মালয়েশিয়ায় পাঠানোর কথা বলে ৪ লাখ টাকা নিয়েছিলেন তিনি, রায়ে ক্ষতিপূরণ দিতে বলা হয়েছে।")
ok(v, "bn-Latn", "khobor dekhsos? cox's bazar e 40 jon uddhar korse, malaysia pathanor kotha bole boat e tulsilo dalal ra. police 2 jon re dhorse")
ok(v, "bn-Latn", "Osmaninagar er manob pachar mamlay 2 jon er jabajjibon hoise. court bolse ora 2018 e 6 jon ke libya pathay mukti pon nisilo")
ok(v, "en", "DHAKA, Nov 12 - Police arrested four members of a gang that allegedly lured job seekers with promises of well-paid work in Malaysia and kept their passports until families paid. A case was filed at Paltan police station.")
ok(v, "en", "Tribunal frames charges against recruiting agency owner in Saudi visa fraud case; 23 workers say they paid Tk 4.5 lakh each for jobs that did not exist, the prosecutor said.")

v = "awareness"
ok(v, "bn", "বিদেশ যাওয়ার আগে জেনে নিন: নিবন্ধিত রিক্রুটিং এজেন্সি ছাড়া কারো হাতে পাসপোর্ট দেবেন না। চুক্তিপত্র বুঝে সই করুন, সব কাগজের কপি পরিবারের কাছে রাখুন।")
ok(v, "bn", "ভাইবোনেরা, দালালর কথায় বিশ্বাস করি জমি বেচিয়া বিদেশ যাইবা না। বিএমইটির স্মার্ট কার্ড ছাড়া ফ্লাইট ধরিও না। কোনো সমস্যা অইলে ইউনিয়ন পরিষদর ডিজিটাল সেন্টারো আইও।")
ok(v, "bn-Latn", "Sotorko thakun! facebook e 'free visa' 'kom khoroche malaysia' emon ad dekhle age BMET website e agency licence check korun. passport kauke jama diben na.")
ok(v, "bn-Latn", "ma bon ra, beauty parlour er kaj ba dubai te hotel job bole keu niye jete chaile thana ke janan. meyeder birth certificate e boyos bariye passport kora oporadh")
ok(v, "en", "Going abroad for work? A real employer never asks you to hand your passport to a broker. Check the agency licence with BMET, get a written contract in Bangla, and leave copies of all documents with your family.")
ok(v, "en", "Know the signs: someone else holds your ID, you cannot leave your workplace, you owe a debt you can never repay. If this is you or someone you know, talk to a trusted NGO. You are not alone. #StopTrafficking")

v = "official"
ok(v, "bn", "বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ৭৮,৯৯০ টাকা। এর বেশি অর্থ কোনো এজেন্সি দাবি করলে জেলা কর্মসংস্থান ও জনশক্তি অফিসে অভিযোগ করুন। - বিএমইটি")
ok(v, "bn", "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১৪৮২): সৌদি আরবে হাসপাতাল ক্লিনার পদে ৩০ জন কর্মী নিয়োগ। বেতন ১২০০ রিয়াল, থাকা খাওয়া কোম্পানির। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না। যোগাযোগ: ০১৭১৫-৬৬২৩০৪", [P("+8801715662304")])
ok(v, "bn-Latn", "Embassy notice: Kuwait e probashi bhaider jonno passport renewal camp 14-15 December, Abbasiya te. fee embassy counter e joma diben, kono dalal er maddhome na.")
ok(v, "bn-Latn", "BMET theke janano jachhe: Ami Probashi app e registration kore smart card nin. Japan TITP program e kono fee lagbe na, TTC te training free. apply er last date 30/12")
ok(v, "en", "NOTICE: Licensed recruiting agency RL-0917. Demand for 50 general workers, Qatar, 2-year contract, basic QAR 1,000 + food + accommodation. Migration cost as per govt circular only, paid through bank with receipt. No cash to any sub-agent. Email: hr@sunrise-overseas.com.bd", [E("email", "hr@sunrise-overseas.com.bd")])
ok(v, "en", "Bangladesh High Commission Kuala Lumpur: workers should not pay any fee to individuals. Report wage disputes to the Labour Wing at +60 3-2148 7490 (office hours).", [P("+60321487490")])

v = "receipt"
ok(v, "bn", "আপনার বিকাশ অ্যাকাউন্টে ০১৮১৫৩০৪৭২১ থেকে ৳১২,০০০.০০ ক্যাশ ইন হয়েছে। ফি ৳০.০০। ব্যালেন্স ৳১৪,৫৬০.৪০। TrxID BK48RTZ2QA ১৮/১১/২০২৬ ১৯:০৫", [P("+8801815304721"), X("BK48RTZ2QA")])
ok(v, "bn", "নগদ: টাকা গ্রহণ। পরিমাণ: ৳৩,০০০ প্রেরক: ০১৯৭৭২১৮৪৩০ রেফ: স্কুল বেতন TxnID: 7HQK2M9D ব্যালেন্স: ৳৫,২১০", [P("+8801977218430"), X("7HQK2M9D")])
ok(v, "bn-Latn", "abba rocket e dilam, msg ta dilam: Cash-In Tk 15,000 to A/C ***7702 TxnId: 4810273956. bazar er taka o ase er moddhe", [X("4810273956")])
ok(v, "bn-Latn", "bhai tomar visa processing er sarkari fee Sonali Bank e joma disi, Tk 78,990. 01914-556203 e confirm sms o ashse, slip er chobi dilam", [P("+8801914556203")])
ok(v, "en", "You have received Tk 7,500.00 from 01712-448306. Fee Tk 0.00. Balance Tk 9,812.50. TrxID CJ81MWP3XE at 02/12/2026 10:41", [P("+8801712448306"), X("CJ81MWP3XE")])
ok(v, "en", "Money Received. Amount: Tk 20000.00 Sender: 01867230915 Ref: remittance TxnID: 72JQ8ZLC Balance: Tk 20450.00 04/12/2026 18:22", [P("+8801867230915"), X("72JQ8ZLC")])

v = "worker_content"
ok(v, "bn", "আসসালামু আলাইকুম বন্ধুরা, আজ দেখামু সৌদিতে আমাগো কোম্পানির ক্যাম্প। রুমে ৪ জন, এসি আছে। বেতন ১৬০০ রিয়াল, ওভারটাইম ঘণ্টায় ১০ রিয়াল। পাসপোর্ট নিজের কাছে রাখি, ইকামা রিনিউ কোম্পানি করে। লাইক দিয়েন 🙏")
ok(v, "bn", "দুবাইয়ে ৫ বছর হইল। দালাল ধরি নাই, এজেন্সির মাধ্যমে সরকারি খরচে আইছি। যারা আইতে চান আগে ট্রেড কোর্স করেন, ইলেকট্রিশিয়ানের বেতন ভালো। ওভারটাইম করলে মাসে ৩৫০০ দিরহাম হয়")
ok(v, "bn-Latn", "Malaysia construction life 🇲🇾 aj friday off, roommate der sathe ranna korlam. salary ashse time moto, overtime 3 ghonta kora lage kintu boss bhalo. passport ta nijer locker e rakhi")
ok(v, "bn-Latn", "Kuwait theke live e aschi bhai ra. onek e inbox e jiggesh koren kivabe ashbo - ami BMET registration kore TTC theke welding training niye ashchi, khoroch hoisilo 1 lakh 20 hajar. dalal er kotha shunben na")
ok(v, "en", "Day in my life as a Bangladeshi nurse in Riyadh 👩‍⚕️ 12 hr shift today, tired but happy. Salary credited on time alhamdulillah. Hospital keeps a copy of my passport, original is with me. Sending money to ammu via bank app.")
ok(v, "en", "Q&A from Qatar: yes overtime is paid, no my employer doesn't keep my passport. Fee I paid was only what the agency receipt says. Ask me anything below 👇")

v = "joke"
ok(v, "bn", "বউ কয় আমারে বিদেশ পাঠাও। আমি কইলাম দালাল লাগব না, তোমার মা-ই তো সবচেয়ে বড় দালাল, আমারে তোমার লগে বিয়া দিয়া পাচার কইরা দিছে 😂😂")
ok(v, "bn", "আমার বেতন এমন জায়গায় জমা থাকে যেখান থেকে কোনোদিন ফেরত পাওয়া যায় না, নাম তার বউয়ের ব্যাগ 🤣")
ok(v, "bn-Latn", "boss amar passport joma rakhe nai, kintu amar life ta joma rekhe dise office e 😩 9 ta theke 9 ta")
ok(v, "bn-Latn", "ammu amake ghore atke rakhse, phone o niye nise... karon kal SSC exam 😭😂")
ok(v, "en", "my cat has held me captive for 3 years. no wages. payment in headbutts only. send help 🐈")
ok(v, "en", "Me: I need a day off. Boss: your debt to this company is 1 (one) coffee machine you broke in 2019. keep working 😂")

v = "chatter"
ok(v, "bn", "আজকে অফিসে নতুন এজেন্ট জয়েন করছে, ইন্স্যুরেন্সের। বেতন কম কিন্তু কমিশন ভালো কইল")
ok(v, "bn", "মামা কাল হাটে গরু কিনতে গেছিলাম, দালাল ব্যাটা দুই হাজার বেশি চাইল কমিশন, শেষে নিজেরাই দরদাম কইরা নিলাম")
ok(v, "bn-Latn", "bhai ami passport office e line e dariye asi 3 ghonta, renew er jonno. police verification kobe ashbe ke jane")
ok(v, "bn-Latn", "dost travel agency te gesilam thailand tour package dekhte, 45 hajar per person hotel breakfast shoho. jabi?")
ok(v, "en", "guys who has the number of that visa consultant for the Canada student file? the one Tania used. need IELTS advice")
ok(v, "en", "new job at the call center starts monday, night shift, salary 22k plus transport. they took photocopies of my certificates for verification")

v = "family"
ok(v, "bn", "আম্মা, ভাইয়ার পাসপোর্ট রিনিউ হইয়া গেছে, কুরিয়ারে সৌদিতে পাঠাইছি। আর বিকাশে ২০ হাজার পাঠাইছি আব্বার ওষুধের লাইগা")
ok(v, "bn", "ঝিয়র বিয়াত্তুন জমিন বন্ধক ন দিও, আঁর পুতে দুবাইত্তুন আগামী মাসত টেঁয়া পাঢাইবু কইয়ে")
ok(v, "bn-Latn", "chachi apnar meye ta koto boyos holo? 14 na? amar chele o school e class 9 e bhorti hoise, same class hobe mone hoy")
ok(v, "bn-Latn", "bhaisab Shafiq re London pathaibar lagi student visa r kagoj jomaisi, bank statement lagbo 30 lakh, mamu kise help korbo koise. doa koirain")
ok(v, "en", "Abbu the samity loan for Rafi's flight is almost paid, 2 more kisti. He called last night, got his first salary in Oman and bought a phone")
ok(v, "en", "Nani asked again when Mitu's wedding is. Groom's side wants it after his Qatar leave in March. Mitu's NID came, number 19982694512004837, keep a photo for the marriage registry", [E("bd_nid", "19982694512004837")])

# ---------------- OK: easy negatives ----------------
for s, t in [
    ("bn", "ভাত খাইছো? বিকালে আসবা নাকি"),
    ("bn", "কালকে বৃষ্টি হইলে খেলা বন্ধ"),
    ("bn", "আপু তোর নোটগুলা পাঠা তো, পরীক্ষা কাছে"),
    ("bn", "আজ মাছের দাম অনেক, ইলিশ ১৪০০ টাকা কেজি"),
    ("bn-Latn", "ki obostha? kal ashbi naki cha khaite"),
    ("bn-Latn", "amar laptop ta abar hang korse, kalke servicing e dibo"),
    ("bn-Latn", "oi match ta dekhsos? last over e ki chokka"),
    ("bn-Latn", "ammu bolse aj khichuri hobe 😋"),
    ("en", "running 10 min late, traffic at Banani"),
    ("en", "happy birthday bro! have a great one 🎉"),
    ("en", "can you send me the slides from today's class?"),
    ("en", "wifi is down again, calling the ISP"),
]:
    ok("chatter", s, t, hard=False)

BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def digits(s): return re.sub(r"\D", "", s.translate(BN))

def check(rows):
    assert len(rows) == 120, len(rows)
    assert sum(r["label"] == "flag" for r in rows) == 60
    assert sum(r["label"] == "ok" and r["hard"] for r in rows) >= 45
    assert len({r["text"] for r in rows}) == 120
    for r in rows:
        t = r["text"]
        assert (r["label"] == "flag") == (r["category"] is not None)
        for e in r["entities"]:
            typ, val = e["type"], e["value"]
            if typ in ("phone", "whatsapp"):
                d = val.lstrip("+")
                nat = "0" + d[3:] if d.startswith("880") else d
                assert d in digits(t) or nat in digits(t) or (not d.startswith("880") and d[len(d)-9:] in digits(t)), (r["id"], val)
            elif typ == "bd_nid":
                assert val in digits(t), (r["id"], val)
            elif typ == "eth_address":
                assert val == val.lower() and val in t.lower(), (r["id"], val)
            else:
                assert val in t, (r["id"], val)
        # every wa.me link / @handle / email / 0x / TrxID must be annotated
        for m in re.findall(r"wa\.me/(\d+)", t):
            assert {"type": "whatsapp", "value": "+" + m} in r["entities"], r["id"]
        for m in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
            assert {"type": "email", "value": m} in r["entities"], r["id"]
        n_phone = sum(e["type"] == "phone" for e in r["entities"])
        runs = [x for x in re.findall(r"[+\d০-৯][\d০-৯ \-]{8,}[\d০-৯]", t) if len(digits(x)) >= 10]
        assert n_phone <= len(runs) + 1, r["id"]

def main():
    rng = random.Random(35)
    rows = items[:]
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"dev35-{i:04d}", "text": r["text"], "label": r["label"], "category": r["category"],
                    "script": r["script"], "voice": r["voice"], "hard": r["hard"], "entities": r["entities"]})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(Counter(r["category"] for r in out))
    print(Counter(r["script"] for r in out))
    print(Counter((r["category"], r["script"]) for r in out if r["label"] == "flag"))
    print(Counter(r["voice"] for r in out))
    print(Counter((r["label"], r["hard"]) for r in out))
    print(BTC, TRX, ETH)

if __name__ == "__main__":
    main()
