#!/usr/bin/env python3
"""Blind dev set dev43: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: an investigative journalist on the Libya-Italy sea route and the Balkan 'game' from Madaripur, Shariatpur, Faridpur and Sylhet: brokers, camps held for ransom, hundi. Held out from round 6 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev43.jsonl: 120 hand-written items (60 flag, 60 ok) for evidtriage."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev43.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s

def h(seed):
    return hashlib.sha256(seed.encode()).digest()

BTC = b58check(b"\x00" + h("dev43-btc")[:20])
TRON = b58check(b"\x41" + h("dev43-tron")[:20])
ETH = "0x" + h("dev43-eth").hex()[:40]

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

F = "flag"; O = "ok"
VR = "victim_or_recruiter"
items = []
def add(text, label, cat, script, voice, hard, ents=()):
    items.append(dict(text=text, label=label, category=cat, script=script, voice=voice,
                      hard=hard, entities=list(ents)))

OBVIOUS = re.compile(r"passport|পাসপোর্ট|dalal|দালাল|salary|beton|baton|বেতন|agent|এজেন্ট|"
                     r"hundi|হুন্ডি|bkash|bikash|বিকাশ|nagad|নগদ|traffick|পাচার|visa|ভিসা|debt|loan|লোন", re.I)

def flag(cat, script, text, ents=()):
    # hard = the indicator is said without the obvious keywords
    add(text, F, cat, script, VR, not OBVIOUS.search(text), ents)

# ---------------- FLAG ----------------
c = "recruitment_deception"
flag(c, "bn", "ইতালি প্যাকেজ চলতাছে ভাই, দুবাই হয়ে বেনগাজি তারপর সোজা ইতালি। সাগরের কথা বাড়িতে কেউ কইব না, কইবেন প্লেনে যাইতাছেন। ওইখানে নামলেই কাগজ হইয়া যায়, মাসে দেড় লাখ কামাই। যোগাযোগ ০১৭৪৫-৩৮২৯১৬",
     [P("+8801745382916")])
flag(c, "bn", "আপনার ভাইরে কইছি ইউরোপের ওয়ার্ক পারমিট রেডি, আসলে সার্বিয়া পর্যন্তই ভিসা, বাকিটা গেম দিয়া পার করামু। পাসপোর্ট নাম্বার EB0427316 পাইছি। ফ্যামিলিরে এত ডিটেইল জানানোর দরকার নাই",
     [E("bd_passport", "EB0427316")])
flag(c, "bn", "ভাইসাব লিবিয়াত কোম্পানির কাম, থাকা খাওয়া ফিরি, তিন মাস পরে ইতালির বোটো কন্ডিশনে তুলি দিমু। কাগজপত্র সব আমরার দায়িত্ব, আপনে খালি পাসপোর্ট আর ছবি দেইন")
flag(c, "bn-Latn", "bhai italy te direct job, hotel e kaj, beton 1200 euro. dubai theke connecting flite, kono boat tobot nai 100% garanti. condition e jaben, pouchaia taka. imo te knock den +880 1816 274039",
     [P("+8801816274039")])
flag(c, "bn-Latn", "amar lok ase bosnia te camp theke pik korbe. apnar chele ke bolben romania te factory visa hoise, asole game dia croatia dhukabo. ei kotha phone e kauke bolben na")
flag(c, "bn-Latn", "ami koisi na beta tumar lagi libiya te haspatal er clinar er kam, 3 mash por italy nia zaibo. ekhon kichu zanaio na kaure, tumar abba re kobe ki kam ase")
flag(c, "en", "ITALY SEASONAL WORK PACKAGE 2026!! No IELTS no experiance. Fly Dhaka-Dubai-Benghazi, our company receive you at airport then legal entry Italy with contract. Full package 14 lakh, pay after reach (condition). CV to italyjobs.worldwide@gmail.com or wa.me/218913402768",
     [E("email", "italyjobs.worldwide@gmail.com"), W("+218913402768")])
flag(c, "en", "bro dont tell ur abbu its boat. tell him its visa from embassy, after u land in Tripoli my man arrange everything. 8 days max and ur in Lampedusa inshallah")

c = "fees_and_debt"
flag(c, "bn", "লিবিয়া পর্যন্ত ৪ লাখ দিছেন ঠিক আছে, এখন বোটের লাইগা আরো সাড়ে তিন লাখ লাগবো। না দিলে এইখানে কাম কইরা শোধ দিতে হইব, যতদিন লাগে")
flag(c, "bn", "জমি বন্ধক দিয়া ৮ লাখ দিলাম উনারে, অহন কয় পোলা সার্বিয়ায় আটকা, আরো ২ লাখ না দিলে বর্ডার পার করাইবো না। বাবার NID 2691534870 দিয়া লোন নিছি, কিস্তিও দিতে পারতেছি না",
     [E("bd_nid", "2691534870")])
flag(c, "bn", "তোমার হিসাবে এখনো ৩ লাখ ২০ হাজার বাকি। ক্যাম্পের খাওয়া থাকা আলাদা ধরা হইছে। ইতালি গিয়া প্রতি মাসের বেতন থিকা কাইটা নিমু, শেষ না হওয়া পর্যন্ত কাগজ আমার কাছে")
flag(c, "bn-Latn", "vai apnar bhai er hisab: dubai ticket 1.2 lac, libya entry 3 lac, game 5 lac. mot 9.2 lac. ekhon arek 2 lac pathan noile boat e uthbe na. baki ta italy giya kam koira dibo")
flag(c, "bn-Latn", "mama amra to 6 lakh dilam jomi beiche, ekhon bole 'condition' er taka age lagbe naile bosnia camp e boisha thakbo. mohajon er theke loan nisi 10 takay sud")
flag(c, "en", "Your brother account: advance paid 5,00,000. Extra charge for Benghazi stay and food 85,000. Remaining will be cut from his wages in Italy. Until clear he works where we say.")
flag(c, "en", "we took loan from the NGO and sold ammas gold chain to pay them, now they say 2 lakh more for the 'second game' or he stays in the Serbia forest. how much more can we pay")
flag(c, "en", "Bosnia-Croatia game rate update: 3 tries 7500 euro. Fail = pay again. Money in Dubai first, no refund. Those who cant pay can work in kitchen here till its cleared")

c = "payments_and_proceeds"
flag(c, "bn", "টাকা ব্যাংকে পাঠাইবেন না। মাদারীপুর বাজারে আমার লোক আছে, হুন্ডিতে দিবেন, দুবাই এক্সচেঞ্জ থিকা ছাড়বো। ছেলে বেনগাজি পৌঁছাইলে বাকিটা")
flag(c, "bn", "সাড়ে তিন লাখ ভাগ ভাগ কইরা দেন, ০১৯৮৭-২৪৫৬১৩ এই বিকাশে ৫০ হাজার কইরা, বাকিটা নগদ 01634578209। এক নাম্বারে বেশি দিবেন না, আটকাইয়া দেয়",
     [P("+8801987245613"), P("+8801634578209")])
flag(c, "bn-Latn", "bkash e 25k kore pathan 01723-908412 ar 01856-331047. reference e kisu likhben na. baki 4 lac hundi te, shariatpur e Kamal bhai ke dile hobe",
     [P("+8801723908412"), P("+8801856331047")])
flag(c, "bn-Latn", "taka dubai exchange e jabe, name likhen Md Rashed, code dibo msg e. rate er update t.me/dubai_rate_update e pabe. bari theke ekta poisao bank e diben na",
     [E("telegram", "@dubai_rate_update")])
flag(c, "bn-Latn", f"chere deyar taka usdt te dile fast hoy. ei address e pathan {TRON} 3000 usdt. confirm hoile video call e dekhamu",
     [E("tron_address", TRON)])
flag(c, "en", f"Send to this wallet only {BTC}. After 2 confirmations your nephew moves from the Zuwara house to the boat. Dont use bKash this time, agent got frozen",
     [E("btc_address", BTC)])
flag(c, "en", "Agent cash-out done 4 lakh today from 12 numbers. Boss says keep below 50k per number and delete the SMS. Rest goes Dubai via the exchange, same rate as last.")
flag(c, "en", f"pay in ETH or cash in Dubai. {ETH}  put 0.9 and send the screenshot to @libya_link on telegram",
     [E("eth_address", ETH), E("telegram", "@libya_link")])

c = "isolation_and_control"
flag(c, "bn", "সবার মোবাইল গুদামে জমা। সপ্তাহে একদিন পাঁচ মিনিট বাড়িতে কথা, লিবিয়ান গার্ড পাশে খাড়ায়া থাকে। কোথায় আছি জিগাইলে কইতে মানা")
flag(c, "bn", "ভাই আমাগো একটা ঘরে ৬০ জন, দরজা বাইরে থিকা তালা। আসার দিনই কাগজ নিয়া গেছে। এই ফোন লুকাইয়া চালাইতেছি, আর মেসেজ না দিলে বুঝবেন ধরা খাইছি")
flag(c, "bn-Latn", "amder bosnia camp theke ber hote dey na, gate e oder lok. mobail nia nise, ami ekjon er theke 2 min er jonno nisi. amma ke bolio na ami bhalo nai")
flag(c, "bn-Latn", "tor passport ar mobile amar kase thakbe jotodin na italy pouchas. barir sathe kotha hobe amar phone theke, ami je bolbo sheta bolbi")
flag(c, "bn-Latn", "bai amrare ekta gudam o rakhse, baire zaoa mana, raite guard ashe. ami kene aschi kisu kaure koita parmu na, ami kita kortam")
flag(c, "en", "they took all our phones and passports in tripoli, we sleep on floor in a locked compound. only call home when the boss stand there and we must say everything is fine")
flag(c, "en", "Rules for new boys: phones handed over at the house. Nobody goes outside. You talk to family only from my phone and only what I allow. Anyone runs, everyone pays.")

c = "labour_exploitation"
flag(c, "bn", "৫ মাস হইয়া গেল একটা টাকাও দেয় নাই। দিনে ১৬ ঘন্টা খেতে, রাইতে এক বেলা রুটি। কিছু কইলে কয় বোটের টাকা কাটতেছে")
flag(c, "bn", "বেনগাজির ইটভাটায় রাখছে, শুক্রবারেও ছুটি নাই। টাকা চাইলে মারে। কয় তোর দালাল তোরে বেইচা দিছে, আমরা কিনছি")
flag(c, "bn", "ভাই ইতালি ন, ইতারা আঁরারে মরুভূমির খামারত কাম গরার, মাসর পর মাস টেঁয়া ন দের, খানা দিনে একবার")
flag(c, "bn-Latn", "sokal 5 ta theke rat 11 porjonto construction e, 3 mash hoilo baton dey nai. kisu bolle bole tui illegal, police e dimu. khaoa dey shudhu ruti ar pani")
flag(c, "bn-Latn", "vai italy te asi thik e but kaj dise ek bangali malik er farm e, 12-14 ghonta, mase 300 euro dibe bolse, 2 mash e ekbaro dey nai. documents o tar kase")
flag(c, "en", "We work in the Misrata cement yard from sunrise to dark, 7 days. They say wages go to pay our boat place so nothing in hand for 4 months. One meal, sometimes none.")
flag(c, "en", "Italy is not like they said. boss keeps half my pay for 'the agency debt', no contract, 15 hr shift in greenhouse, sleeping 10 in a container")

c = "threats_and_coercion"
flag(c, "bn", "কাল সন্ধ্যার মধ্যে টাকা না আসলে তোর পোলার ভিডিও আবার পাঠামু, এইবার কারেন্ট দিয়া। পুলিশরে জানাইলে লাশও পাবি না")
flag(c, "bn", "আব্বা আমারে বাঁচান, এরা রোজ মারে। কয় ৫ লাখ না দিলে অন্য গ্রুপের কাছে বেইচা দিব। এই নাম্বারে যোগাযোগ করতে কইছে +২১৮ ৯২ ৪৭১ ৩৩৮৫",
     [P("+218924713385")])
flag(c, "bn", "তুমি যদি মুখ খোলো গ্রামে তোমার বাপ মা শান্তিতে থাকবো না। মামলা তুইলা নাও, নাইলে বুঝবা")
flag(c, "bn-Latn", "beshi bariabari korle serbia police er hate tule dibo, deport hoye jabi ar taka o ferot pabi na. chup chap jeta boli shetai kor")
flag(c, "bn-Latn", "video dekhsen to? 48 ghonta time. er por ar phone dhorbo na, chele ke sagor e fele dibo. 0 1 9 1 5 - 6 2 7 0 4 8 ei number e bikash",
     [P("+8801915627048")])
flag(c, "bn-Latn", "hon, tor bhai re hitaisi amra, taka na dile aro hitamu. kauke koile tor bari jalai dimu")
flag(c, "en", "If your family goes to RAB or the thana, your son's hand gets broken on camera. Pay the 4 lakh and he is on the next boat. Choice is yours.")
flag(c, "en", "you ran from the farm once, next time the boys will find you and you know what happens. also your papers are with me, without them police will lock you up")

c = "sexual_exploitation"
flag(c, "bn", "আপারে দুবাইয়ে ক্লাবে নাচের কাজে রাখছে, রাইতে কাস্টমারের রুমে পাঠায়। না গেলে খাওন বন্ধ। কাগজ ওই লোকের কাছে, কথা ছিল দুবাই থেকে ইতালি নিবো")
flag(c, "bn", "ইতালি যাওয়ার খরচ মাফ, খালি দুবাইয়ে ছয় মাস হোটেলে মেহমানদের খুশি রাখবা। বয়স ২০-এর নিচে হইলে ভালো, ছবি পাঠাও। বাড়িতে বলবা পার্লারের কাজ")
flag(c, "bn-Latn", "new maal aschhe bangladesh theke 3 ta, 19-22, deira te hotel e. rate er jonno wa.me/971528340917 e janaben. police setting ase kono problem nai",
     [W("+971528340917")])
flag(c, "bn-Latn", "tumi bollei hobe na je jabo na. tomar tikit 2 lac e kinsi. raat e guest ashle room e thakba, eta tomar kaj. nahole desh e tomar chobi pathay dibo")
flag(c, "en", "Bengali girls new in Dubai, fresh, very obedient, no English. Outcall hotel only. Booking through manager only: +971 55 604 2817",
     [P("+971556042817")])
flag(c, "en", "my cousin sister was told restaurant job in italy, but from benghazi they sold her to a house where men come. she messaged once from a customer phone. please help")
flag(c, "en", "she owes 3 lakh for the trip, she will pay it with clients, 10 a night. keep her inside, no phone. if she cries send her to the other flat")

c = "minors"
flag(c, "bn", "ছেলের বয়স ১৫ তো কি হইছে, পাসপোর্টে ১৯ বানাইয়া দিমু, জন্মনিবন্ধন আমি ঠিক কইরা দিমু। ইতালিতে ছোটগো কাগজ তাড়াতাড়ি হয়")
flag(c, "bn", "বোটে ১২-১৪ বছরের ছয়টা পোলাও আছে, ওগো বাপ মা জানে না তারা কই। ক্যাম্পের মালিক কইছে ছোটগো দিয়া ঘরের কাম করাইবো")
flag(c, "bn-Latn", "vaiya 16 bochor er pola lagbe 4 ta, libya te garage e kam, choto manush kom khay beshi kaj kore. boyosh passport e baraia nibo amra")
flag(c, "bn-Latn", "amar bhatija class 8 e pore, oi lok bole school charai italy pathaile 1 bochor e euro pathabe. passport e boyos 18 likhse, ami ki korbo")
flag(c, "en", "Minor boys get Italy papers faster, so send the 14-16 ones first. Age on the passport we adjust here, school certificate also. Price same as adults.")
flag(c, "en", "my little brother is 13, they took him from Shariatpur with the Dubai group, now he is in a warehouse in Zuwara with grown men. they make him clean and carry all day")
flag(c, "en", "Need girls 13-15 for house work in Dubai, Arab family, salary goes to parents monthly. No passport needed, we manage age. DM @dubai_housejobs.bd on instagram",
     [E("instagram", "@dubai_housejobs.bd")])

# ---------------- HARD NEGATIVES ----------------
def ok(voice, script, text, ents=(), hard=True):
    add(text, O, None, script, voice, hard, ents)

v = "news"
ok(v, "bn", "মাদারীপুরে মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। ইতালি পাঠানোর প্রলোভন দেখিয়ে লিবিয়ায় আটকে মুক্তিপণ আদায়ের অভিযোগে তাদের বিরুদ্ধে মামলা হয়েছে বলে জানিয়েছে র‍্যাব-৮।")
ok(v, "bn", "ভূমধ্যসাগরে নৌকাডুবি: নিহতদের মধ্যে শরীয়তপুরের ৪ যুবক। স্বজনদের কান্না থামছে না। পরিবারের দাবি, দালালের মাধ্যমে লিবিয়া হয়ে ইতালি যাচ্ছিলেন তাঁরা।")
ok(v, "bn", "সার্বিয়া-বসনিয়া রুটে মানবপাচার মামলায় সিলেটের এক দালালকে ১০ বছরের কারাদণ্ড দিয়েছে মানবপাচার অপরাধ দমন ট্রাইব্যুনাল। ভুক্তভোগীর পরিবারকে ৫ লাখ টাকা ক্ষতিপূরণ দিতে বলা হয়েছে।")
ok(v, "bn-Latn", "khobor dekhlam faridpur e libya pachar chokrer 2 jon dhora porse, ora naki video pathaia family theke taka nito. police bolse aro jon ke khujtese")
ok(v, "en", "Italian coast guard rescued 48 Bangladeshis off Lampedusa on Sunday after their boat left Zuwara, Libya. Survivors told IOM they had paid brokers up to 15 lakh taka each.")
ok(v, "en", "CID arrests hundi operator in Dhaka accused of moving ransom money for a Libya-based trafficking gang through MFS agents and a Dubai exchange house, police said.")
ok(v, "en", "Court frames charges against 5 in Madaripur trafficking case; victims say they were held in a Benghazi camp and tortured on video until their families paid.")

v = "awareness"
ok(v, "bn", "বিদেশ যাওয়ার আগে জেনে নিন: সরকার অনুমোদিত রিক্রুটিং এজেন্সি ছাড়া কারো হাতে পাসপোর্ট দেবেন না। লিবিয়া হয়ে সাগরপথে ইতালি যাওয়া অবৈধ ও প্রাণঘাতী। সাহায্যের জন্য প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
ok(v, "bn", "সচেতনতা ভিডিও | 'গেম' মানেই মৃত্যুর ঝুঁকি। বসনিয়া-ক্রোয়েশিয়া সীমান্তের জঙ্গলে দিনের পর দিন না খেয়ে থাকা। দালালের কথায় জমি বিক্রি করবেন না, বৈধ পথে যান। শেয়ার করুন।")
ok(v, "bn", "মুক্তিপণ চেয়ে বিদেশ থেকে ফোন এলে টাকা পাঠানোর আগে থানায় বা ৯৯৯-এ জানান। অপহরণকারীরা নির্যাতনের ভিডিও পাঠিয়ে ভয় দেখায়, আপনি একা নন।")
ok(v, "bn-Latn", "vai ra share koren: keu jodi bole 'condition e italy' mane pouche taka dilei hobe, oita fand. libya camp e atkaia video pathaia taka nibe. BMET registered agency chara jaben na")
ok(v, "bn-Latn", "sochetonota post: bkash e ochena number e boro amount pathaben na, ar passport er photocopy kauke diben na. dalal der theke sabdhan #SafeMigration")
ok(v, "en", "Caption: He paid 12 lakh for an 'Italy package'. He spent 7 months in a Libyan warehouse. Watch Rafiq's story and share it before someone in your village pays a broker.")
ok(v, "en", "IOM info session in Shariatpur, Thursday 10am: how to check a recruiting agency licence, legal seasonal work in Italy, and what to do if a relative is held for ransom abroad.")

v = "official"
ok(v, "bn", "ইতালি সিজনাল ওয়ার্কার (ডিক্রেতো ফ্লুসি ২০২৬): নুলা ওস্তা পাওয়া কর্মীরা বিএমইটি-তে নিবন্ধন করে স্মার্ট কার্ড সংগ্রহ করুন। সরকার নির্ধারিত ফি-র বাইরে কোনো এজেন্সিকে টাকা দেবেন না। ভিসা আবেদন শুধু ভিএফএস গ্লোবালের মাধ্যমে।")
ok(v, "bn", "মেসার্স নূর ওভারসিজ (আরএল-১৪২৭): সরকার নির্ধারিত খরচ অনুযায়ী রসিদসহ টাকা গ্রহণ করা হয়। চুক্তিপত্রের কপি কর্মীকে দেওয়া হবে। অভিযোগ: nooroverseas.bd@gmail.com",
   [E("email", "nooroverseas.bd@gmail.com")])
ok(v, "bn-Latn", "Italy embassy er notice: nulla osta chara kono work visa hoy na. appointment er jonno kauke taka diben na, appointment free. shudhu VFS er website e booking korun")
ok(v, "en", "Notice, Embassy of Bangladesh Rome: nationals needing passport renewal may apply online. Fee for 64-page e-passport EUR 150. Do not pay any middleman. Queries: consular.rome@bdmission.org",
   [E("email", "consular.rome@bdmission.org")])
ok(v, "en", "BMET: Workers for Italy under the seasonal quota must register at DEMO Madaripur with passport, nulla osta and NID. Registration fee Tk 3,500 by bank deposit only. No other payment is required.")
ok(v, "en", "Dear applicant, your Italy seasonal work appointment at VFS Dhaka is confirmed for 14/01/2027 10:30. Bring original passport A08415273, nulla osta and contract. Only the fees listed on the website are charged.",
   [E("bd_passport", "A08415273")])

v = "receipt"
ok(v, "bn", "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৮১৯৪৬২৭০৫ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৭,২১০.৫০। TrxID CKL4Q8ZT2M ২১/১১/২০২৬ ১৯:০৫",
   [P("+8801819462705"), E("mfs_transaction", "CKL4Q8ZT2M")])
ok(v, "bn", "নগদ: সেন্ড মানি সফল। পরিমাণ: ৳১২০০০ প্রাপক: ০১৭৬৩৫২৯৮৪১ TxnID: 7HXR2KD9 ব্যালেন্স: ৳৩৪৫.২৫",
   [P("+8801763529841"), E("mfs_transaction", "7HXR2KD9")])
ok(v, "en", "You have received Tk 25,000.00 from 01911874320. Fee Tk 0.00. Balance Tk 31,450.00. TrxID BKE9W2RTQ4 at 03/12/2026 14:22",
   [P("+8801911874320"), E("mfs_transaction", "BKE9W2RTQ4")])
ok(v, "en", "Cash Out Tk 10,000.00 to 01787234561 successful. Fee Tk 185.00. Balance Tk 2,115.00. TrxID CJP3N7XWQ1 at 28/11/2026 09:47",
   [P("+8801787234561"), E("mfs_transaction", "CJP3N7XWQ1")])
ok(v, "en", "Money Received. Amount: Tk 8000.00 Sender: 01552418903 Ref: school fee TxnID: 72MNX4QK Balance: Tk 8120.35",
   [P("+8801552418903"), E("mfs_transaction", "72MNX4QK")])
ok(v, "en", "Cash-In from A/C: ***7741 Tk 4,500.00 Fee: Tk 0.00 Balance: Tk 4,812.60 TxnId: 3817264509 Date: 01-12-2026 11:15",
   [E("mfs_transaction", "3817264509")])
ok(v, "en", "Dear Customer, inward remittance of EUR 600.00 from Italy credited to your A/C ***3308, BDT 78,420.00 incl. 2.5% govt incentive. Thank you for banking with us.")

v = "worker_content"
ok(v, "bn", "আলহামদুলিল্লাহ, সিজনাল ভিসায় ইতালির লাতিনায় ৩ মাস হইলো। কিউই বাগানে কাজ, ৮ ঘণ্টা, ওভারটাইম করলে ঘণ্টা হিসাবে আলাদা টাকা। বেতন মাসে ১৪০০ ইউরো ব্যাংকে আসে, পাসপোর্ট নিজের কাছে। ভিডিওতে থাকার জায়গা দেখাইলাম।")
ok(v, "bn", "যারা জিগাইতেছেন কত খরচ হইলো: আমার মোট লাগছে সাড়ে চার লাখ, এজেন্সির রসিদ আছে, নুলা ওস্তা মালিক নিজে করছে। কোনো দালাল ধরি নাই। প্রশ্ন থাকলে কমেন্টে")
ok(v, "bn-Latn", "bhaiya ra italy te season shesh, overtime soho 1650 euro pailam ei mash e. boss bhalo, contract renew korbe bolse. next video te dekhabo permesso di soggiorno kivabe apply korlam")
ok(v, "bn-Latn", "amar kaam restaurant er kitchen o, shift 10 ghonta, shunday chhuti. passport ar permesso amar kase. kew dalal er kotha biswas na koirba, legal pothe aiba")
ok(v, "bn-Latn", "live e asi bhai, kal theke serbia te construction er kaj shuru, legal work permit, licensed agency diye aschi. salary 900 euro + thaka. jara jante chan comment e jiggesh koren")
ok(v, "en", "Day in my life as a Bangladeshi farm worker in Italy 🇮🇹 6am start, 8hrs picking, paid overtime on Saturday, salary into my bank, weekend video call with amma. Legal seasonal visa, no broker!")

v = "joke"
ok(v, "bn", "বউ কইছে ইতালি না নিয়া গেলে বাপের বাড়ি যাইব 😂 আমি কইলাম চলো কক্সবাজার, ওইটাও তো সাগর। এখন আমারে ঘরে ঢুকতে দেয় না")
ok(v, "bn-Latn", "amar boss amar passport na, amar lunch box ta joma rakhse 😭 bole file shesh na hole khaite dibo na. office life lol")
ok(v, "bn-Latn", "dalal bhai amare italy pathaibo kaise, ami kolam age amar phone er recharge ta koira den 🤣🤣")
ok(v, "bn-Latn", "ma bole 'game dite jabi naki?' ami boli haa ma, PUBG te game ditesi 😂 erangel map e")
ok(v, "en", "my cousin went to Italy legally and now the whole village thinks he is an agent. Aunty asked him to get her cow a Schengen visa 😂")

v = "chatter"
ok(v, "bn", "কাল মাদারীপুর বাসস্ট্যান্ডে দেখলাম রফিক ভাইরে, দুবাই থিকা ছুটিতে আসছে। কইলো কোম্পানি বেতন ঠিকঠাক দেয়, ঈদের পর ফিরবো।")
ok(v, "bn", "অ্যাকাউন্টে টাকা আসছে? বিকাশে ২০০০ পাঠাইছি, দোকানের ভাড়াটা দিয়া দিও। বাকিটা শুক্রবারে দিমু")
ok(v, "bn-Latn", "bondhu camp e jabi? scout er winter camp, sylhet e 3 din. fee 1500, bkash e dile hobe 01714-652390",
   [P("+8801714652390")])
ok(v, "bn-Latn", "ajke class e sir human trafficking er upor presentation dite bolse, tor kase kono report ase? IOM er ta hoile bhalo hoy")
ok(v, "en", "Got the visa stamp today!! Passport back from the embassy, flight to Rome on the 20th. Thanks everyone for the duas 🙏")

v = "family"
ok(v, "bn", "আম্মা, ভাইয়ার পাসপোর্ট আর কাগজের কপি আলমারির ড্রয়ারে রাখছি। ওর জাতীয় পরিচয়পত্র নম্বর ১৯৯৬৫৪১৩২৭৮৪০৯৬১২, ব্যাংকে লাগবো, ফোনে বইলা দিয়েন",
   [E("bd_nid", "19965413278409612")])
ok(v, "bn", "তানিয়ার বয়স এখন ১৪, ক্লাস এইটে পড়ে। ওর বিয়ের কথা এখন কেউ তুলবা না, আগে পড়াশোনা শেষ করুক")
ok(v, "bn-Latn", "Abba, Italy theke 500 euro pathaisi Western Union e. 300 diye kisti shodhen, baki diye Rimi r school er fee. ami bhalo asi, kaj bhalo")
ok(v, "bn-Latn", "bhaiya legal visa te italy jacche, shobai doa koren! bmet card hoye gese, agency ke shudhu govt fee disi. kal mishti bitoron 🎉")
ok(v, "bn-Latn", "mamar meye r biye friday, chheler bari faridpur. chhele dubai thake, company job. joutuk er kono kotha nai alhamdulillah")
ok(v, "en", "Ammu dont worry about the money, I will send after salary on the 5th. Also keep my old passport safe, need it for the renewal")

# ---------------- EASY NEGATIVES ----------------
for s, t in [("bn", "ভাত খাইছো? আইজ বৃষ্টি হইব মনে হয়"),
             ("bn", "কাল সকালে বাজারে যামু, কিছু লাগলে কইও"),
             ("bn", "খেলা দেখছিস? বাংলাদেশ জিতছে 🔥"),
             ("bn-Latn", "ki obostha? onek din kotha hoy na"),
             ("bn-Latn", "ami ashtesi 10 min e, tora shuru kor"),
             ("bn-Latn", "bhai charger ta pathai dis kal"),
             ("bn-Latn", "ajke biriyani ranna hoise, chole ay"),
             ("bn-Latn", "exam kemon holo? result kobe dibe"),
             ("en", "happy birthday bro, have a great year"),
             ("en", "meeting moved to 4pm, pls confirm"),
             ("en", "is the shop open on friday?")]:
    ok("chatter", s, t, hard=False)

BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def b58decode(s):
    n = 0
    for ch in s: n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big")
    assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    return raw

def check(rows):
    assert len(rows) == 120
    lab = Counter(r["label"] for r in rows); assert lab == {"flag": 60, "ok": 60}, lab
    assert sum(1 for r in rows if r["label"] == "ok" and r["hard"]) >= 45
    assert sum(1 for r in rows if r["label"] == "ok" and not r["hard"]) <= 15
    cats = Counter(r["category"] for r in rows if r["label"] == "flag")
    assert len(cats) == 8 and all(v in (7, 8) for v in cats.values()), cats
    for r in rows:
        if r["label"] == "flag":
            assert r["category"] and r["voice"] == VR
        else:
            assert r["category"] is None and r["voice"] != VR
        t = r["text"].translate(BN_DIGITS)
        digits = re.sub(r"\D", "", t)
        for e in r["entities"]:
            ty, v = e["type"], e["value"]
            if ty in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{9,15}", v), v
                assert v[-9:] in digits, (r["id"], v)
            elif ty == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower()
            elif ty == "btc_address":
                assert v in t and b58decode(v)[0] == 0
            elif ty == "tron_address":
                assert v in t and b58decode(v)[0] == 0x41 and v.startswith("T")
            elif ty == "bd_nid":
                assert len(v) in (10, 13, 17) and v in t, v
            elif ty == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t
            elif ty in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or v[1:] in t), v
            else:
                assert ty in ("email", "mfs_transaction") and v in t, (ty, v)
    ids = [r["id"] for r in rows]; assert len(set(ids)) == 120
    texts = [r["text"] for r in rows]; assert len(set(texts)) == 120

def main():
    rows = list(items)
    random.Random(43).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"dev43-{i:04d}", "text": r["text"], "label": r["label"],
                    "category": r["category"], "script": r["script"], "voice": r["voice"],
                    "hard": r["hard"], "entities": r["entities"]})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), OUT)
    print("label", Counter(r["label"] for r in out))
    print("category", Counter(r["category"] for r in out))
    print("script", Counter(r["script"] for r in out))
    print("cat x script", Counter((r["category"], r["script"]) for r in out if r["category"]))
    print("voice", Counter(r["voice"] for r in out))
    print("hard", Counter((r["label"], r["hard"]) for r in out))
    print("entities", Counter(e["type"] for r in out for e in r["entities"]))

if __name__ == "__main__":
    main()
