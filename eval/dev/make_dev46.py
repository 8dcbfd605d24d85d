#!/usr/bin/env python3
"""Blind dev set dev46: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a BMET complaint-cell officer on workers sent to the Maldives, Mauritius, Brunei and Jordan by village sub-agents: free and company visas sold for lakhs, land mortgaged, jobs changed on arrival. Held out from round 7 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Writes eval/dev/dev46.jsonl: blind eval set (120 items) for the trafficking-indicator detector.
Persona: BMET complaint-cell officer (Maldives, Mauritius, Brunei, Jordan; sub-agents in
Cumilla, Chandpur, Tangail, Narsingdi). All names, numbers and addresses are invented."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev46.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58enc(b):
    n = int.from_bytes(b, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s

def b58dec(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + body

def b58check(payload):
    return b58enc(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])

def h(seed): return hashlib.sha256(seed.encode()).digest()

BTC1 = b58check(b"\x00" + h("dev46-btc-1")[:20])
TRX1 = b58check(b"\x41" + h("dev46-trx-1")[:20])
ETH1 = "0x" + h("dev46-eth-1").hex()[:40]
A = dict(BTC1=BTC1, TRX1=TRX1, ETH1=ETH1)

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

# ---------------- FLAG items: (category, script, text, entities) ----------------
FLAG = [
# recruitment_deception
("recruitment_deception", "bn", "ভাই মালদ্বীপে রিসোর্টে কাজ, থাকা খাওয়া কোম্পানির, মাসে ৬০-৭০ হাজার টাকা হাতে পাইবেন। কোম্পানি ভিসা, বিএমইটির ঝামেলা নাই স্মার্ট কার্ড লাগবো না আমার লোক এয়ারপোর্টে পার করায় দিবো। সাড়ে চাইর লাখ লাগবো, সিট বেশি নাই। কল দেন ০১৮২৭-৪৪৬১৯০", [P("+8801827446190")]),
("recruitment_deception", "bn", "মরিশাসে গার্মেন্টসে অপারেটর কইয়া নিছে আমার জামাইরে, এহন তারে দিয়া বিল্ডিংয়ের কাম করায়। কাগজে যে কোম্পানির নাম ঐটাও আলাদা, ঐ কোম্পানিরে সে চোখেও দেখে নাই", []),
("recruitment_deception", "bn", "স্যার আমি চাঁদপুর মতলব থেকে। ব্রুনাইয়ের ভিসা দেখায় ৩ লাখ ৮০ হাজার নিছে সাব এজেন্ট রফিক। ঢাকায় আসার পর শুনি ঐ ভিসা নাকি ভুয়া, ঐ কোম্পানির নামে কোন ডিমান্ড লেটারই নাই। এখন সে ফোন ধরে না", []),
("recruitment_deception", "bn-Latn", "bhai maldives e free visa ase 2ta, resort er kaj, beton 350 dollar + tips. kaj na paile onno jaygay kora jabe kono somossa nai keu dhorbe na. khoroch 3.5 lac, ardek age ardek flight er por. inbox koren", []),
("recruitment_deception", "bn-Latn", "amma amare koisilo hotel e cook er helper, ekhane aisa dekhi construction e ita tana lage. agent er kotha kisui mile nai. kagoj e ja lekha ta french e ami kisu bujhi na, sign korte koise korsi", []),
("recruitment_deception", "bn-Latn", "Narsingdi theke 10 jon mohila lagbe jordan garments e, salary 45 hajar taka + overtime, experiance lagbe na, passport na thakle amra korai dibo. BMET training er dorkar nai amar lok ase airport e. ajkei nam den wa.me/8801953228471", [W("+8801953228471")]),
("recruitment_deception", "en", "Dear brother company visa for Mauritius available, textile factory 3 yr contract, salary Rs 25000 + free room + free food. No IELTS no experience. Only 10 seat left!! Processing fast 45 days. Contact Md Alamgir +880 1319 552804 (imo/whatsapp) or CV to mauritius.jobcell24@gmail.com", [P("+8801319552804"), E("email", "mauritius.jobcell24@gmail.com")]),
("recruitment_deception", "en", "sir i am writing from male. in tangail they told us we will work in 5 star resort kitchen but here they put us on island construction, the permit they gave is for another company name. when we ask supervisor he say your agent sold you this job not us", []),
# fees_and_debt
("fees_and_debt", "bn", "বাবা তোরে পাঠাইতে গিয়া দুই কানি জমি বন্ধক দিছি আর গাইটা বেইচা দিছি। এখন আবার ফোন দিয়া কয় আরো দেড় লাখ না দিলে তোর কাগজ ঠিক হইবো না। কি করমু কিছু বুঝি না", []),
("fees_and_debt", "bn", "এখানে আসার পর কোম্পানি বলতেছে টিকেট আর ভিসার খরচ নাকি তারা দিছে, তাই প্রতি মাসে বেতন থেকে ৪০% কাটবে যতদিন না শোধ হয়। দেশে তো দালালরে আগেই ৫ লাখ দিয়া আসছি, তাহলে ঐ টাকা গেল কই", []),
("fees_and_debt", "bn", "ভিসা কনফার্ম করতে অগ্রিম ১ লাখ ২০ হাজার আজকের মধ্যে দিতে হবে, বাকি ৩ লাখ ফ্লাইটের আগে। ব্যাংকে না, আমার পার্সোনাল বিকাশে ০১৭৮৯-৩০২৬৪১ সেন্ড মানি। রিসিট চাইয়েন না এইটা সিস্টেমের বাইরের কাজ", [P("+8801789302641")]),
("fees_and_debt", "bn-Latn", "tumi bolcila 1 bosor er moddhe shob rin shodh hoye jabe. ekhon samity r kisti 3 mash baki, oder lok barite aise. ar tomar maliker kache je 2 lakh dhar ta o naki beton theke katbe, tahole bari te ki pathaba tumi", []),
("fees_and_debt", "bn-Latn", "bhaisaab brunei jaiba ni? kharcha 4 lakh 20 hazar, ek lakh ekhon diya nam likhao, bakita jomi bondok rakhiya dile o ami bebostha kori dimu, amar chena mohajon ase sud kom", []),
("fees_and_debt", "en", "we paid 6.5 lakh each to the sub agent in chandpur. now in jordan factory the manager says we owe 900 dinar for visa and room, he writes in a book and cuts from every month pay. after 14 months book still says 400 left", []),
("fees_and_debt", "en", "Brother your file is ready but Mauritius side changed rule, need extra 80,000 for medical and police clearance. must pay by tomorrow otherwise seat go to other person. Send Nagad 01611-947352 personal, write your name in reference", [P("+8801611947352")]),
("fees_and_debt", "en", "Complaint: my son Shahin went to Maldives in March through local agent Babul (Daudkandi). We sold 3 cows and took 2 lakh from samity. Babul said total cost 3 lakh 90 thousand. After arrival the company in Male told him pay 1200 dollar more for work permit or go back. Applicant NID 19912691827364510", [E("bd_nid", "19912691827364510")]),
# payments_and_proceeds
("payments_and_proceeds", "bn", "টাকা তিন ভাগ কইরা পাঠান, এক নম্বরে বেশি গেলে সমস্যা। ৫০ হাজার ০১৯১৫৬৭২০৪৮ বিকাশে, ৫০ হাজার ০১৮৬৩৯৪১৭২৫ নগদে, বাকি ২০ হাজার রকেটে পরে নম্বর দিমু। ক্যাশ ইন না সেন্ড মানি করবেন, আর মেসেজগুলা ডিলিট কইরা দিয়েন", [P("+8801915672048"), P("+8801863941725")]),
("payments_and_proceeds", "bn", "জর্ডানের মেয়েগুলার টাকা আম্মান থেকে আমার লোক হুন্ডিতে পাঠাইবো, মাথাপিছু ১ লাখ আমার, বাকিটা সাব এজেন্টদের কমিশন। কেউ ব্যাংক একাউন্টে এক টাকাও দিবেন না, সব হাতে হাতে আর বিকাশ এজেন্টে ক্যাশ", []),
("payments_and_proceeds", "bn-Latn", "bkash e 70k pathaisi TrxID CK84MZ1QW7 screenshot dilam. bolsilen ei week e visa copy diben. ar kotodin? 3 ta number e kete kete pathaite bolchen keno bujhlam na", [E("mfs_transaction", "CK84MZ1QW7")]),
("payments_and_proceeds", "bn-Latn", "maldives er 6 jon er taka USDT te nibo, bank e dile dhora khabo. TRC20 address {TRX1} . ek ek jon 3200 USDT. ERC20 hoile ei ta {ETH1} . send kore hash dao", [E("tron_address", TRX1), E("eth_address", ETH1)]),
("payments_and_proceeds", "bn-Latn", "sami agent bolse taka cash e dite hobe narsingdi bazar er oi kapor er dokane, kono slip dibe na. ager lokera naki hundi te dise, oder tk malaysia ghure ashe. ami 2 lakh dilam aj baki 1.8 porer shoptahe", []),
("payments_and_proceeds", "en", "Boss 4 persons Jordan payment recieved. Rahim 1.5 via bkash TrxID BK73HD2PXA, Kulsum 1.5 cash, 2 others by hundi from Amman, Abu Bakar will bring. Your share 60k send to which number", [E("mfs_transaction", "BK73HD2PXA")]),
("payments_and_proceeds", "en", "For the Brunei papers send payment in BTC only to {BTC1} . Do not write visa or job in any note. After 3 confirmations I will release docs to your sub agent", [E("btc_address", BTC1)]),
# isolation_and_control
("isolation_and_control", "bn", "ও আমারে কইলো রাতে ওদের রুমে বাইরে থেকে তালা দেয়, দিনে গাড়িতে কইরা সাইটে নেয় আবার ফেরত আনে, বাইরে এক পা যাইতে দেয় না। ফোনটা সুপারভাইজারের কাছে থাকে, শুক্রবার ৫ মিনিট কথা কওয়ায় পাশে দাঁড়ায়া", []),
("isolation_and_control", "bn", "আম্মা আমার মোবাইল নিয়া গেছে মেডামে, এইটা পাশের বাসার দিদির ফোন। কাউরে কইবা না আমি ফোন দিছি, জানলে খবর আছে। পাসপোর্টও ওগো কাছে", []),
("isolation_and_control", "bn-Latn", "apu amra 22 jon ek ghore, gate e guard. bahire jaite chaile bole tomader kagoj nai police dhorbe. passport company niye gese ar bole ferot dibe na contract sesh na hole", []),
("isolation_and_control", "bn-Latn", "airport e keu jiggesh korle bolba ghurte jaccho mamar bari. kauke kajer kotha bolba na, barite o na. oikhane imo whatsapp kisu rakha jabe na, ami e tomader sathe jogajog rakhbo", []),
("isolation_and_control", "en", "Sister pls dont call on this number again, they check my phone every night. I am ok. We cannot go out of the dormitory, even to buy soap the supervisor goes with us", []),
("isolation_and_control", "en", "Sir my husband Jamal is in Male Maldives since 7 months. The employer took his passport and mobile at the airport. We only hear from him when another worker lends phone secretly, last time 3 weeks ago. please help find him. his old number +960 778 4521", [P("+9607784521")]),
("isolation_and_control", "en", "the new girls they keep in the flat in Amman, door lock from outside and madam keep the key. none of them speak english or arabic so cannot ask anybody. food they bring in a bag once a day", []),
# labour_exploitation
("labour_exploitation", "bn", "৪ মাস হইলো একটা দিনারও দেয় নাই। কয় পরে একবারে দিবো। সকাল ৭টা থেকে রাত ১১টা মেশিনে, শুক্রবারেও ছুটি নাই। খাবার দেয় একবেলা ডাল রুটি", []),
("labour_exploitation", "bn", "আঁরা ইয়ানে রিসোর্টের কাম গরি, বেতন কইছিল ৪০ হাজার, দের ১৫ হাজার। বাকি টেয়া চাইলে কয় কাম ছাড়ি যা, কিন্তু পাসপোর্ট ন দেয়, যাইয়ুম কডে", []),
("labour_exploitation", "bn", "আমার ভাই মরিশাসে একটা ফ্যাক্টরিতে, ওভারটাইমের টাকা দেয় না, অসুস্থ হইলে দিনের হাজিরা কাটে আর ডাক্তার দেখায় না। ছয় মাসে মাত্র এক মাসের টাকা পাইছে", []),
("labour_exploitation", "bn-Latn", "vai ekhane 18 ghonta duty, ghumai 4-5 ghonta. beton 3 mash dhore atkaya rakhse, bole company loss e ase. chere dite chaile bole visa cancel kore jail e pathabe", []),
("labour_exploitation", "bn-Latn", "hiyan thun kichu taka hatamu mone koirsilam, kintu dui mash dhori beton hay na. ek ruma 12 jon thaki, fan ek ta, gorome ghum aye na, khana ek bar", []),
("labour_exploitation", "bn-Latn", "shuno tomar salary slip e je 280 JD lekha, hate to dey 110. bakita kothay jay jiggesh koro na keno? tumi bolo jiggesh korle kaj theke ber kore dibe ar ager mash er ta o dibe na", []),
("labour_exploitation", "en", "brother they say we are construction helper but we do everything, cement, rod, night security also. 7 days duty no off. salary promised 450 usd, got 180 usd after 3 months and rest they say will give when contract finish", []),
("labour_exploitation", "en", "assalamualaikum bhai. garment factory in irbid. target 1200 pieces per day, if not finish we stay till 2 am and no overtime money. sick also must come. 5 girls fainted this month", []),
# threats_and_coercion
("threats_and_coercion", "bn", "আপনার ছেলে বেশি কথা বলতেছে। বিএমইটিতে অভিযোগ দিলে ওরে ঐখানে পুলিশে ধরায় দিমু, জেলে পচবো। চুপচাপ বাকি টাকা দেন, আর কোন কথা না", []),
("threats_and_coercion", "bn", "তোমার ফোন পাওয়ার পর রফিকের লোক রাতে বাড়িতে আসছিলো। কইছে মামলা না তুললে আব্বারে দেইখা নিবো, ঘরে আগুন দিবো। আমি খুব ডরাইতেছি", []),
("threats_and_coercion", "bn", "কাল রাতে ম্যানেজার আমাদের তিনজনরে বেল্ট দিয়া মারছে। কইছে আর একবার এম্বাসির কথা মুখে আনলে পলাতক দেখাইয়া দেশে পাঠায় দিবে খালি হাতে", []),
("threats_and_coercion", "bn-Latn", "tui palaite chaile palaa, kintu mone rakhis tor work permit nai, prothom checkpoint e dhorbe. ar tor baba je stamp e sign korse oita diye deshe case korbo", []),
("threats_and_coercion", "bn-Latn", "bhai ekta meye ke oi flat theke onno loker kase bechse, bole 2000 dinar e kinsilo. amader bole tomader o bikri kore dibo jodi kotha na shuno", []),
("threats_and_coercion", "en", "If your husband goes to the embassy again I will tell the company he ran away, they will file absconding case and he will never get exit. Tell him work quietly and send the balance 1 lakh", []),
("threats_and_coercion", "en", "they beat Sohel with pipe because he asked for his passport. now everybody scared. boss said next one who complains will be sold to the farm in the south", []),
# sexual_exploitation
("sexual_exploitation", "bn", "মেয়েদের জন্য জর্ডানে পার্লার আর হোটেলে রিসেপশনের কাজ, বেতন ১ লাখের উপরে, রাতে বিদেশি গেস্টদের সাথে একটু বসতে হবে। দেখতে সুন্দর আর বয়স কম হইলে ভালো। ফ্যামিলিরে কাজের ডিটেইল বলার দরকার নাই", []),
("sexual_exploitation", "bn", "আপা, যে পার্লারের কথা বলছিল ঐটা আসলে ম্যাসাজের দোকান, রাতে কাস্টমারের রুমে যাইতে বলে। না কইলে বলে তোর দালালরে ৩ হাজার দিনার দিছি উসুল কর", []),
("sexual_exploitation", "bn-Latn", "new maal ashse 3 ta bangali meye, fresh, 100% real pic. booking only manager er maddhome, telegram e knock @mle_nightvip . hotel e delivery male city", [E("telegram", "@mle_nightvip")]),
("sexual_exploitation", "bn-Latn", "apa oder kotha shuinna mone hoy shilpi re club e nachar kaje lagaise, ratre bahire pathay, taka pay na kichu. bole dalal er dena shodh korte hobe erokom kore", []),
("sexual_exploitation", "bn-Latn", "vabi apnar meyeke dubai hoye mauritius e pathabo hotel e, ekhane bolben housekeeping. asole bar e guest der company dite hobe, taka onek. ei kotha mama ke bolben na", []),
("sexual_exploitation", "en", "Exotic Bengali & Nepali girls available in Amman. Young, new arrivals, real photos. All girls managed by me, outcall only. Text +962 79 513 8824 🌹🍒", [P("+962795138824")]),
("sexual_exploitation", "en", "Madam my cousin Tania (23) was sent to Jordan for garment work by agent from Tangail. She called crying, she is kept in apartment with other girls and men come at night. The man says she must work like this until her visa money is recovered", []),
("sexual_exploitation", "en", "VIP massage Male. Bangladeshi & Sri lankan therapists, young, full service. Contact manager on insta @maldive.relax_spa only, no direct calls", [E("instagram", "@maldive.relax_spa")]),
# minors
("minors", "bn", "মাইয়ার বয়স ১৪ তো কি হইছে, জন্মনিবন্ধনে ১৯ বানায় দিমু, পাসপোর্টও ঐভাবে হইবো। জর্ডানে বাসার কাম, মাসে ২৫ হাজার পাঠাইবো। কাউরে কইয়েন না বয়সের কথা", []),
("minors", "bn", "ভাইয়া আমার ক্লাস এইটে পড়া ভাগিনারে সাব-এজেন্ট মালদ্বীপে নিয়া গেছে, কাগজে বয়স ২০ লেখা। ওখানে মাছ ধরার বোটে লাগাইছে, দিনরাত কাম", []),
("minors", "bn-Latn", "15 bochor er pola hoilei cholbe, boro dekhaile hoy. passport e jonmo tarikh bodle dibo 20k beshi lagbe. brunei te dokan er kaj", []),
("minors", "bn-Latn", "ammu amare ekta barite rakhse, ami choto bole school e jaite dey na, sara din baccha dekhi ar ghor muchi. bole kagoje boyos 18 likhse tai keu kisu korte parbe na", []),
("minors", "en", "Need girls 13-16 for house work in Amman families, they pay more for young ones because easy to train. age on passport we manage. advance to parents 50,000", []),
("minors", "en", "new young girl from bangladesh just 16, first time, very shy. available tonight Male. contact t.me/freshbd_maldive", [E("telegram", "@freshbd_maldive")]),
("minors", "en", "Respected sir, my daughter Rupa is 15 years old. Local sub agent Kamrul of Gopalpur took her saying garment job in Jordan and made passport with false age 21. Passport no: EF1047382. 2 months no contact", [E("bd_passport", "EF1047382")]),
]

# ---------------- OK items: (voice, script, hard, text, entities) ----------------
OK = [
# news
("news", "bn", True, "কুমিল্লার দাউদকান্দিতে মালদ্বীপে চাকরির প্রলোভন দেখিয়ে ৩০ জনের কাছ থেকে প্রায় ১ কোটি টাকা হাতিয়ে নেওয়ার অভিযোগে এক দালালকে গ্রেপ্তার করেছে র‍্যাব-১১। ভুক্তভোগীদের কেউ কেউ জমি বন্ধক রেখে টাকা দিয়েছিলেন বলে জানিয়েছে র‍্যাব।", []),
("news", "bn", True, "জর্ডানে পোশাক কারখানায় কাজের কথা বলে নারী পাচারের মামলায় টাঙ্গাইলের দুই আসামিকে ১০ বছর করে সশ্রম কারাদণ্ড দিয়েছেন মানব পাচার অপরাধ দমন ট্রাইব্যুনাল।", []),
("news", "bn", True, "ব্রুনাইয়ে ভুয়া ভিসায় গিয়ে আটকে পড়া ৪২ বাংলাদেশি কর্মী আজ দেশে ফিরেছেন। বিমানবন্দরে তাঁদের গ্রহণ করে একটি বেসরকারি সংস্থা। ফেরত আসা কর্মীরা জানান, মাসের পর মাস বেতন পাননি তাঁরা।", []),
("news", "bn-Latn", True, "ei news ta dekhlam paper e: chandpur e free visa er nam e 40 jon er kach theke taka nise ek dalal, police dhorse. amader gramer keu ase ki na khoj niyo", []),
("news", "en", True, "DHAKA, Nov 12 — Police arrested three members of a trafficking ring in Narsingdi accused of sending women to Jordan with promises of factory jobs and confiscating their passports on arrival. A case was filed under the Prevention and Suppression of Human Trafficking Act 2012.", []),
("news", "en", True, "Mauritius: 18 Bangladeshi workers found living in an overcrowded dormitory, unpaid for months. The labour ministry says the employer will be prosecuted; the Bangladesh High Commission in Port Louis is providing shelter.", []),
("news", "en", True, "Court in Cumilla grants bail to sub-agent accused of taking Tk 4.5 lakh from a youth for a Maldives 'company visa' that never existed; next hearing on 14 January.", []),
# awareness
("awareness", "bn", True, "সতর্ক থাকুন! বিদেশে যাওয়ার আগে রিক্রুটিং এজেন্সির লাইসেন্স যাচাই করুন। কোনো দালালের হাতে পাসপোর্ট দেবেন না, টাকা দিলে অবশ্যই রশিদ নিন। তথ্যের জন্য প্রবাসবন্ধু কল সেন্টার ১৬১৩৫।", []),
("awareness", "bn", True, "মেয়েকে বিদেশে পাঠানোর আগে জেনে নিন: বয়স বাড়িয়ে পাসপোর্ট করা অপরাধ। ১৮ বছরের কম বয়সী কাউকে গৃহকর্মী হিসেবে বিদেশে পাঠানো যায় না। কেউ এমন প্রস্তাব দিলে ৯৯৯ এ কল করুন।", []),
("awareness", "bn-Latn", True, "bhaiera free visa bole kono visa nai. je bolbe free visa te kaj ase bujhben dhoka. BMET te registration chara jaben na, smart card chara airport e atkabe. share koren shobai", []),
("awareness", "bn-Latn", True, "apnar sontan ke ke bideshe niye jacche khoj nin. dalal ke bkash e taka dile proman thake na. bank er maddhome agency r account e din ar chukti potro bujhe sign korun. - obhibashi odhikar forum, tangail", []),
("awareness", "bn-Latn", True, "Jordan e garments e jete chan? age theke jene nin: factory passport rekhe dite parbe na, beton er slip paben, overtime er taka ase. shomossa hole embassy r labour wing e jogajog korben", []),
("awareness", "en", True, "Going abroad for work? Never hand over your passport to a broker. Never pay cash without a receipt. The government-fixed migration cost for each country is published by BMET. Report fraud to 16135 or at your nearest DEMO office.", []),
("awareness", "en", True, "Training session today at UP complex: signs of trafficking - job changed after arrival, passport taken, wages held, locked in, debt that never ends. If you or your family see these, contact the complaint cell. Tea & snacks provided.", []),
# official
("official", "bn", True, "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৮৪), বিএমইটি নিবন্ধিত। মালদ্বীপে রিসোর্টে হাউসকিপিং ও ওয়েটার পদে ২০ জন নেওয়া হবে। সরকার নির্ধারিত অভিবাসন ব্যয় ১,০৪,০০০ টাকা (ব্যাংকের মাধ্যমে, রশিদসহ)। বেতন চুক্তি অনুযায়ী ৪০০ মার্কিন ডলার। আমি প্রবাসী অ্যাপে নিবন্ধন বাধ্যতামূলক। কোনো দালাল বা সাব-এজেন্টের সাথে লেনদেন করবেন না।", []),
("official", "bn", True, "বিএমইটি বিজ্ঞপ্তি: জর্ডানের পোশাক খাতে নারী কর্মী নিয়োগে বিমানভাড়া, ভিসা ও ওয়ার্ক পারমিটের খরচ নিয়োগকর্তা বহন করবেন, কর্মীকে কোনো অর্থ দিতে হবে না। পাসপোর্ট কর্মীর নিজের কাছে থাকবে। প্রাক-বহির্গমন প্রশিক্ষণ সংশ্লিষ্ট টিটিসিতে।", []),
("official", "bn-Latn", True, "Assalamualaikum. Apnar Brunei visa er medical report ok ashse. Govt fixed cost er baki 35,000 taka amader office er bank account e deposit korben (Sonali Bank, Motijheel), slip ta niye ashben. Smart card er jonno BMET te fingerprint 12 tarikh. Apnar NID 8253146097 ar passport A04837162 er copy lagbe", [E("bd_nid", "8253146097"), E("bd_passport", "A04837162")]),
("official", "en", True, "Embassy of Bangladesh, Amman - Labour Wing: workers whose employers hold their passports may contact this office; under Jordanian law employers may not retain workers' passports. Helpline (WhatsApp): wa.me/962795520316", [W("+962795520316")]),
("official", "en", True, "Probashi Kallyan Bank: migration loan up to Tk 3 lakh at 9% simple interest, no collateral for registered workers with valid visa and BMET clearance. Apply at your nearest branch with passport copy, visa copy and employment contract.", []),
("official", "en", True, "Recruiting notice - Sunrise Manpower Ltd (RL 0987, BMET licensed). Mauritius textile operators, 3 year contract, salary MUR 18,500 + overtime as per Mauritian law, accommodation by employer. Total cost as fixed by government Tk 1,25,000 paid by bank draft only. Interviews at our Paltan office Sun-Thu. cv@sunrisemanpower.com.bd", [E("email", "cv@sunrisemanpower.com.bd")]),
# receipt
("receipt", "en", True, "You have received Tk 25,000.00 from 01723981604. Ref bhai. Fee Tk 0.00. Balance Tk 27,412.50. TrxID CJ29KD7XQ4 at 03/11/2026 19:42", [P("+8801723981604"), E("mfs_transaction", "CJ29KD7XQ4")]),
("receipt", "en", True, "Money Received. Amount: Tk 15000.00 Sender: 01879220613 Ref: abbar ousud TxnID: 71KD3QZA Balance: Tk 15520.00 03/11/2026 10:15", [P("+8801879220613"), E("mfs_transaction", "71KD3QZA")]),
("receipt", "en", True, "Cash Out Tk 10,000.00 to 01552418730 successful. Fee Tk 185.00. Balance Tk 3,210.75. TrxID CK51PL8VNE at 28/10/2026 16:03", [P("+8801552418730"), E("mfs_transaction", "CK51PL8VNE")]),
("receipt", "en", True, "Dear Customer, USD 450.00 remittance from MALE MV credited to A/C ****2271 on 01-NOV-26 as BDT 54,675.00 incl. 2.5% govt incentive. Sonali Bank", []),
("receipt", "bn", True, "আপনি ০১৯৩৩৮৪৭১৫২ থেকে ৳৮,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৯,১২০.০০। TrxID DA62RT0MWX সময় ০২/১১/২০২৬ ২১:১০", [P("+8801933847152"), E("mfs_transaction", "DA62RT0MWX")]),
("receipt", "bn", True, "রকেট: আপনার অ্যাকাউন্টে ৳২০,০০০ ক্যাশ ইন হয়েছে। TxnId: 6318840275। ব্যালেন্স ৳২১,৩৪০", [E("mfs_transaction", "6318840275")]),
("receipt", "bn-Latn", True, "abba 20 hajar pathaisi msg ashse? TrxID CE88MN4RLT. 5 hajar amma r ousud er jonno, baki ta kistir", [E("mfs_transaction", "CE88MN4RLT")]),
# worker_content
("worker_content", "bn", True, "আলহামদুলিল্লাহ এই মাসের বেতন পাইছি, ওভারটাইম সহ ৩১০ দিনার। ফ্যাক্টরিতে এসি আছে, শুক্রবার ছুটি। পাসপোর্ট আমার কাছেই, কোম্পানি শুধু কপি রাখছে। আম্মারে বইলো চিন্তা না করতে", []),
("worker_content", "bn", True, "মালদ্বীপে রিসোর্টে দুই বছর হইলো। সার্ভিস চার্জ মিলায়া মাসে ৭০ হাজারের মত হয়। ম্যানেজার ভালো, ছুটি চাইলে দেয়। সামনের বছর কন্ট্রাক্ট রিনিউ হইলে ঈদে বাড়ি আসবো", []),
("worker_content", "bn-Latn", True, "bhai mauritius e amar kaj valo cholche, 8 ghonta duty, overtime chaile kori na chaile na. beton time moto bank e ashe. agency ke 1 taka o beshi dei nai, shob rashid ase", []),
("worker_content", "bn-Latn", True, "oubaye beshi chinta khorio na, brunei te amar company bhala. work pass renew hoi gese, ar 2 bosor thakmu. beton ta agami shoptah bari te pathaimu", []),
("worker_content", "bn-Latn", True, "aj overtime kore 4 ghonta beshi, double rate dise 😄 ei mash e barite beshi taka pathabo. supervisor bolse ramzan e shift chhoto hobe", []),
("worker_content", "en", True, "Update from Amman: finished my first year at the factory. Salary on time every month, they gave us a new dorm with wifi. I keep my passport in my own locker. Planning to bring my sister next year through the same licensed agency.", []),
# joke
("joke", "bn", True, "বউ কয় তুমি মালদ্বীপ গেলে আমারে নিয়া যাইবা না? আমি কইলাম ভিসা লাগবো, কয় ভিসার টাকা তো গাই বেইচা দিমু 😂 গাইটা শুইনা দৌড় দিছে", []),
("joke", "bn", True, "আমার বস আমারে ওভারটাইম করায় আর বেতন দেয় ধন্যবাদে 🤣 ঢাকার অফিসে এরেই কয় কর্পোরেট দাসত্ব", []),
("joke", "bn-Latn", True, "dost biyer por tor passport bhabi r kache joma thakbe, bahire jaite permission lagbe 😂😂 welcome to jail", []),
("joke", "bn-Latn", True, "mama amare keu bikri kore dile 50 taka o pabe na 😂 ami eto kamchor", []),
("joke", "en", True, "My mom took my phone at 10pm and locked the door, basically I'm a hostage until I finish my homework lol", []),
# chatter (hard)
("chatter", "bn", True, "সাব-এজেন্ট শব্দটা শুনলেই এখন ভয় লাগে, পাশের গ্রামের কত জন টাকা খোয়াইছে। তাই আমার ভাই সরাসরি লাইসেন্স করা এজেন্সিতে গিয়া কাগজ করাইছে", []),
("chatter", "bn", True, "বিকাশ এজেন্টের দোকানে আজ লম্বা লাইন, ঈদের আগে সবাই বিদেশের টাকা তুলতেছে", []),
("chatter", "bn-Latn", True, "tor passport renew er date kobe? amar ta march e expire hobe, online e apply korte hobe. ki ki kagoj lage jano?", []),
("chatter", "bn-Latn", True, "jordan er visa nile ki petra ghurte jaoa jay? amra 4 jon tour plan kortesi december e", []),
("chatter", "en", True, "Does anyone know the BMET office timing in Cumilla? need to collect my smart card, flight on 20th", []),
# family
("family", "bn", True, "মাইয়ার বয়স এখন ১৬, সামনের বছর এসএসসি দিবে। বিয়ের কথা এখন না, আগে পড়াশোনা শেষ করুক। তুমি বইখাতার জন্য কিছু পাঠাইবা?", []),
("family", "bn", True, "আব্বা জমির খাজনা দিয়া দিছেন? আমি প্রবাসী কল্যাণ ব্যাংকের লোনের কিস্তি এই মাসে দিয়া দিছি, আর দুইটা বাকি। তারপর ঘর পাকা করার কাজ ধরমু ইনশাআল্লাহ", []),
("family", "bn", True, "ভাইয়া তোমার পাসপোর্ট আর ভিসার ফটোকপি আম্মার আলমারিতে রাখলাম, আসলটা তোমার ব্যাগের ভিতরের পকেটে। এয়ারপোর্টে ভুইলো না", []),
("family", "bn-Latn", True, "abbu rifat er school er beton 3 mash baki, head sir call dise. ei mash e 6000 beshi pathaio", []),
("family", "bn-Latn", True, "apu tomar biyer jonno chele pokkho theke bolse chele mauritius e thake, company te supervisor. ammu bolse age bhalo moto khoj niye dekhbe, pore kotha", []),
("family", "en", True, "Son, your cousin Rafiq says his agency in Paltan is licensed and gave him full receipt for Jordan. If you want to go, go through them, not anyone in the village. We can take the Probashi bank loan, no need to mortgage the land", []),
("family", "en", True, "my daughter turned 12 today 🎂 she wants a phone but I said not until she is 15. her father will send a gift from Male", []),
# easy negatives
("chatter", "bn", False, "আজকে বৃষ্টি হবে মনে হয়, ছাতা নিয়া বাইর হইস", []),
("chatter", "bn", False, "খাইছো? আমি মাত্র অফিস থেকে আসলাম, খুব টায়ার্ড", []),
("chatter", "bn-Latn", False, "kal khela dekhli? bangladesh ki jitlo re", []),
("chatter", "bn-Latn", False, "ami 10 minute e ashtesi, tora shuru koira de", []),
("chatter", "bn-Latn", False, "vai tomar number ta aro ekbar diba? amar phone theke delete hoye gese", []),
("chatter", "bn-Latn", False, "ammu aj biryani ranna korse, chole ay", []),
("chatter", "bn-Latn", False, "oi group e photo gula dao na keno 😒", []),
("chatter", "en", False, "happy birthday bhai, have a great year ahead", []),
("chatter", "en", False, "meeting moved to 3pm, please bring the printouts", []),
("chatter", "en", False, "can you send me the wifi password again", []),
]

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = ["recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"]
VOICES = ["news", "awareness", "official", "receipt", "worker_content", "joke", "chatter", "family"]

def digit_runs(t):
    return [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\+?\d[\d \-.]*\d", t)]

def b58_ok(addr, ver):
    raw = b58dec(addr)
    return len(raw) == 25 and raw[0] == ver and \
        hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]

def check(items):
    assert len(items) == 120
    assert len({i["id"] for i in items}) == 120
    for it in items:
        t = it["text"].translate(BN_DIG)
        runs = digit_runs(t)
        covered = set()
        for e in it["entities"]:
            ty, v = e["type"], e["value"]
            if ty in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), e
                vd = v[1:]
                alts = {vd} | ({"0" + vd[3:]} if vd.startswith("880") else set())
                hit = [r for r in runs if any(a in r for a in alts)]
                assert hit, (it["id"], e); covered.update(hit)
                if ty == "whatsapp": assert "wa.me/" + vd in t, e
                if vd.startswith("880"): assert re.fullmatch(r"8801[3-9]\d{8}", vd), e
            elif ty in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:] in t, e
            elif ty == "bd_nid":
                assert re.fullmatch(r"\d{10}|\d{13}|\d{17}", v) and v in t, e
                covered.update(r for r in runs if v in r)
            elif ty == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t, e
            elif ty == "mfs_transaction":
                assert v in t, e; covered.update(r for r in runs if v in r)
            elif ty == "btc_address":
                assert v in t and b58_ok(v, 0x00), e
            elif ty == "tron_address":
                assert v in t and v.startswith("T") and b58_ok(v, 0x41), e
            elif ty == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower(), e
            elif ty == "email":
                assert v in t, e
            else:
                raise AssertionError(e)
        # every long digit run should be an entity (phones/NIDs not forgotten)
        for r in [re.sub(r"\D", "", m.group()) for m in re.finditer(r"\+?\d(?:[\d\-]| (?=\d))*\d", t)]:
            if len(r) >= 9:
                assert r in covered, (it["id"], r)
        assert ("flag" == it["label"]) == (it["category"] is not None)
        assert (it["voice"] == "victim_or_recruiter") == (it["label"] == "flag")
    c = Counter(i["label"] for i in items); assert c["flag"] == 60 and c["ok"] == 60
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    assert sum(1 for i in items if i["label"] == "ok" and not i["hard"]) <= 15
    cc = Counter(i["category"] for i in items if i["category"])
    assert set(cc) == set(CATS) and all(7 <= n <= 8 for n in cc.values()), cc
    for cat in CATS:
        assert {i["script"] for i in items if i["category"] == cat} == {"bn", "bn-Latn", "en"}
    sc = Counter(i["script"] for i in items); assert all(n == 40 for n in sc.values()), sc
    assert {i["voice"] for i in items if i["label"] == "ok"} == set(VOICES)

# Flag items count as "hard" when they avoid the obvious trigger words and say the indicator indirectly.
OBVIOUS = re.compile(r"passport|পাসপোর্ট|visa|ভিসা|dalal|দালাল|agent|এজেন্ট|salary|beton|বেতন|"
                     r"traffick|পাচার|hundi|হুন্ডি|bkash|বিকাশ|nagad|নগদ|trxid|usdt|btc|free visa|"
                     r"permit|absconding|পলাতক|young|fresh|বয়স|boyos|\d\d? ?years old", re.I)

def main():
    items = []
    for cat, sc, text, ents in FLAG:
        items.append(dict(text=text.format(**A), label="flag", category=cat, script=sc,
                          voice="victim_or_recruiter", hard=not OBVIOUS.search(text), entities=ents))
    for voice, sc, hard, text, ents in OK:
        items.append(dict(text=text, label="ok", category=None, script=sc, voice=voice,
                          hard=hard, entities=ents))
    random.Random(46).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev46-{n:04d}", **it})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", len(out), OUT)

if __name__ == "__main__":
    main()
