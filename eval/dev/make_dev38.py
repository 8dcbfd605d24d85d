"""Blind dev set dev38: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a prosecutor's paralegal in Cox's Bazar listing exhibits from sea-route and Malaysia cases (boats from Teknaf, jungle camps, ransom by bKash, calling visas, estates). Held out from round 5 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev38.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version: int, seed: str) -> str:
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def b58decode_check(s: str) -> bytes:
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    pad = len(s) - len(s.lstrip("1"))
    raw = b"\0" * pad + n.to_bytes((n.bit_length() + 7) // 8, "big")
    assert len(raw) == 25, s
    assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:], s
    return raw


BTC = b58check(0x00, "dev38-btc-seed-1")
TRON = b58check(0x41, "dev38-tron-seed-1")
ETH = "0x" + hashlib.sha256(b"dev38-eth-seed-1").hexdigest()[:40]

ITEMS = []


def P(v):
    return {"type": "phone", "value": v}


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ---------------- FLAG: recruitment_deception (3 bn, 3 bn-Latn, 2 en)
c = "recruitment_deception"
F(c, "bn", "ভাই মালয়েশিয়া কলিং ভিসা রেডি আছে, পাম বাগানে কাজ মাসে ৫৫ হাজার টাকা হাতে পাবেন থাকা খাওয়া ফ্রি। বিমানে যাইবেন কোনো ঝামেলা নাই। শুধু আগে টেকনাফ আসতে হবে ওখান থেকে লাইন করে দিব। যোগাযোগ ০১৮৬৫-২৪৭৯১৩",
  [P("+8801865247913")])
F(c, "bn", "অনে চিন্তা ন গরিবান, জাহাজ বড়, হাজ্জা মালয়েশিয়া নামাই দিবো। হন টেঁয়া আগে ন লাগে, হামত লাগি গেলে পরে দিবান। বাড়িত হনোরে ন হইয়ুন")
F(c, "bn", "আপা হাসপাতালে ক্লিনারের কাজ কুয়ালালামপুরে, মেয়েদের আলাদা হোস্টেল আছে। পাসপোর্ট এখন লাগবে না ওখানে গিয়া বানায় দিব। কাল রাত ১১টায় শামলাপুর ঘাটে চলে আসেন ব্যাগ ছোট রাখবেন")
F(c, "bn-Latn", "bhai amar mama r company te construction e lok lagbe, malaysia, ringit e beton 2500+ ot alada. visa 1 mash e hoye jabe, kono exprience lagbe na. imo te knock den 01934-118270",
  [P("+8801934118270")])
F(c, "bn-Latn", "boro nouka na, ship. 3 din e pouchai dibo. upore thakar ghor ase khawa dawa sob amader. tumi khali teknaf asba baki amra dekhmu")
F(c, "bn-Latn", "apnar bhai re ami nije nia jamu, wrkr visa asol, BMET card o dimu pore. airport diye na jeye border diye jawa sohoj, thai theke 2 diner rasta gari te")
F(c, "en", "Urgent 40 males for palm oil estate Johor. Direct company job, free food free hostel, RM 2800/month. No agent fee! Only come to Cox's Bazar with NID copy. WhatsApp wa.me/601126489301 or mail johor.estate.jobs@gmail.com",
  [{"type": "whatsapp", "value": "+601126489301"}, {"type": "email", "value": "johor.estate.jobs@gmail.com"}])
F(c, "en", "bro the ship is not like the news, its a proper cargo ship w cabins, my cousin went last month already sending money home. u just need to reach shamlapur by 11pm thursday dont bring big bag")

# ---------------- FLAG: fees_and_debt (3 bn, 2 bn-Latn, 3 en)
c = "fees_and_debt"
F(c, "bn", "তোমার খরচ ২ লাখ ৮০ হাজার। এখন ৫০ দিবা বাকিটা কাজের বেতন থেকে মাসে মাসে কাটবে, যতদিন শোধ না হয় কোম্পানি বদলাইতে পারবা না")
F(c, "bn", "আম্মা জমি বন্ধক দিয়া যে টাকা দিছিলা সেটা নাকি শুধু নৌকার ভাড়া। এখন বলতেছে থাইল্যান্ড থেকে পার করতে আরো ১ লাখ ৬০ লাগবে নাইলে এখানেই রাখবে")
F(c, "bn", "৬ মাস কাজ করছি এক টাকাও হাতে পাই নাই, সুপারভাইজার বলে আগে তোর দেনা শোধ হোক। খাওয়া আর ঘরভাড়াও নাকি দেনায় যোগ হইতেছে")
F(c, "bn-Latn", "lain man bolse matha pisu 25 hajar, jara taka dite parbe na tara oikhane giye kaj kore shodh dibe. 3 mash er kaj free")
F(c, "bn-Latn", "vai amar passport ar 1.5 lac advance nia gese, ekhon bole visa hoite aro 2 lakh lagbe, na dile ager tk o ferot dibo na")
F(c, "en", "Your ticket + food + boat = 3,20,000 tk. Your father paid 40k. Remaining you will work off on the estate, boss cuts 1000 RM every month. Dont ask for pay slip.")
F(c, "en", "they added the jungle camp food to my hisab, now says I owe 9000 ringgit. every month it goes up not down")
F(c, "en", "employer says I can go home only after I pay 7500 RM for levy and permit. in Dhaka the man told us company pays everything")

# ---------------- FLAG: payments_and_proceeds (2 bn, 3 bn-Latn, 3 en)
c = "payments_and_proceeds"
F(c, "bn", "আজকের চালানের ১৪ জন, মাথাপ্রতি ২০ হাজার করে মাঝির ভাগ। টাকা বিকাশে ০১৭৪৩-৫৯২০৬১ এই পার্সোনাল নম্বরে, ৩-৪ ভাগে পাঠাও একবারে না",
  [P("+8801743592061")])
F(c, "bn", "লাইনম্যানের কমিশন পাঠাইছি TrxID 9F4KQ2MZ7T। বাকি ৬ জনের টা কাল নগদে দিব, হুন্ডিতে মালয়েশিয়ার টাকা আসলে মিলাইয়া দিবো",
  [{"type": "mfs_transaction", "value": "9F4KQ2MZ7T"}])
F(c, "bn-Latn", f"boss 8 ta mal pouche gese camp e. ringit ta usdt te den, TRC20 {TRON}",
  [{"type": "tron_address", "value": TRON}])
F(c, "bn-Latn", "oder family theke 2 lakh kore asbe. bkash 01552-780934 nagad 01829-667415 dui number e vag kore dite bolben, 50 hajar er beshi ek number e na",
  [P("+8801552780934"), P("+8801829667415")])
F(c, "bn-Latn", "majhi re 12 jon er hishab: 12 x 15000 = 1,80,000. 1 lakh dilam cash e baki ta rocket e jabe. Sabuj bhai r vag alada")
F(c, "en", f"Payment per head confirmed: 1800 RM on arrival at the estate, 50% Teknaf side, 50% Thai side. Send the Thai side share to BTC {BTC} not bank.",
  [{"type": "btc_address", "value": BTC}])
F(c, "en", "the 6 boys went to the contractor in Kedah for RM 3,000 each, money came thru hundi. forward your cut to +60 17-384 2290",
  [P("+60173842290")])
F(c, "en", f"bkash cashout list for tonight, 11 families paid total 9.9 lakh. rest will pay when boat reaches. usdt bep20 {ETH} . delete after reading",
  [{"type": "eth_address", "value": ETH}])

# ---------------- FLAG: isolation_and_control (3 bn, 3 bn-Latn, 2 en)
c = "isolation_and_control"
F(c, "bn", "ক্যাম্পে আসার পর সবার মোবাইল নিয়ে গেছে। সপ্তাহে একবার ২ মিনিট কথা বলতে দেয়, পাশে দাঁড়াইয়া শুনে। কেউ বাইরে যাইতে পারে না")
F(c, "bn", "আমার পাসপোর্ট কোম্পানির অফিসে রাখছে, চাইলে বলে পালাইয়া যাবি তাই দিমু না। রাতে ঘরের দরজা বাইরে থেকে তালা দেয়")
F(c, "bn", "ইখানো আমরারে একটা গুদামো রাখছে, বাইরে যাওয়া মানা। খালি রাইতে গাড়িত করি কামো লইয়া যায়, দিনো ঘুমাইতাম কয়")
F(c, "bn-Latn", "amader k ekta ghore atke rakhse janala nai. phone dey na 20 din, ei ta onno jon er phone theke likhchi. mare k bolo na")
F(c, "bn-Latn", "kew jodi jiggesh kore bolba tomra amar attio, r karo sathe kotha bolba na. passport ami rakhum tomar kache thakle haray jabe")
F(c, "bn-Latn", "pahar er moddhe camp, charpase bash er bera, guard ase lathi niye. kothay asi jani na thai naki malay")
F(c, "en", "They keep us in the container yard after work, gate locked, guard outside. Only supervisor speaks Malay, we cant go to shop alone. Phone taken 'for safety'.")
F(c, "en", "dont let the new ones talk to the rohingya group. keep their phones in my room, give back only when they send the video to family")

# ---------------- FLAG: labour_exploitation (2 bn, 2 bn-Latn, 3 en)
c = "labour_exploitation"
F(c, "bn", "রোজ ভোর ৫টা থেকে রাত ৯টা পর্যন্ত ফল কাটাই, শুক্রবারেও ছুটি নাই। ৪ মাস বেতন দেয় নাই, শুধু চাল আর ডাল দেয়")
F(c, "bn", "মাছ ধরার বোটে ১৮-২০ ঘণ্টা কাজ, ঘুম ৩-৪ ঘণ্টা। জ্বর হইলেও জাল টানতে হয়, ডাক্তার দেখায় না, কূলে নামতে দেয় না ৩ মাস")
F(c, "bn-Latn", "beton er kotha chilo 1800, hate dey 600, baki naki 'levy' r 'hostel'. 14 ghonta kaj, ot er kono tk nai")
F(c, "bn-Latn", "site e helmet juta kisui dey na, 2 jon pore gese upor theke, boss bole kaj bondho kora jabe na. pa fete gese tao kaj koraise")
F(c, "en", "Working 7 days at the estate spraying chemicals without mask, skin burning. 5 months no wages, manager says wait until company pays. we eat one time a day")
F(c, "en", "They moved us from the construction job we were promised to a fish farm. No contract, no day off, and if you sleep late they cut 3 days pay")
F(c, "en", "voice note: bhai we are 30 people in one room, work 16 hrs, salary zero since march, only 50 RM 'food money' each month")

# ---------------- FLAG: threats_and_coercion (3 bn, 2 bn-Latn, 2 en)
c = "threats_and_coercion"
F(c, "bn", "তোর পোলারে ছাড়মু যখন ৩ লাখ আসবো। দেরি করলে একটা একটা আঙুল কাটমু ভিডিও পাঠামু। পুলিশরে জানাইলে লাশও পাবি না")
F(c, "bn", "তোঁয়ারা টেঁয়া ন দিলে আঁরা ইতারে জঙ্গলত ফেলাই দিউম। কালিয়া রাইতর আগে ৮০ হাজার পাঠাইবা ০১৮৭৬৪৩২১৫৯",
  [P("+8801876432159")])
F(c, "bn", "কাজ ছাড়ার কথা বললে ইমিগ্রেশনে ধরাইয়া দিবো, জেলে পচবি। তোর বাড়ির ঠিকানা আমার কাছে আছে ভুলিস না")
F(c, "bn-Latn", "ma amare maitese protidin, bole 2 lakh na dile thai der kache bikri kore dibe. ei number e bkash koro 01967-205318 taratari",
  [P("+8801967205318")])
F(c, "bn-Latn", "beshi kotha bolle nodi te falay dimu, tor moto koyta gese keo khoj pay nai")
F(c, "en", "if u go to police ur sister in Ukhiya will pay for it. we know ur house. finish the contract quiet. thai side is waiting +66 81 947 2033",
  [P("+66819472033")])
F(c, "en", "Rahim is with us at the camp. 250000 tk by tomorrow 6pm or we sell him to the boat. Send to nagad +880 1615 438207. No police, no NGO.",
  [P("+8801615438207")])

# ---------------- FLAG: sexual_exploitation (2 bn, 3 bn-Latn, 2 en)
c = "sexual_exploitation"
F(c, "bn", "নতুন মেয়ে দুইটা আসছে, হোটেলে রাখছি। কাস্টমার প্রতি ৩ হাজার, রুম আলাদা। বিস্তারিত টেলিগ্রামে @kb_night_room",
  [{"type": "telegram", "value": "@kb_night_room"}])
F(c, "bn", "বলছিল কুয়ালালামপুরে পার্লারে কাজ, এখন রাতে হোটেলে পাঠায়, না গেলে খাওয়া বন্ধ। আমার মতো আরো চারজন আছে এই বাসায়")
F(c, "bn-Latn", "malaysia te beauty parlour e kaj er kotha bole nise, ekhon raat e 'guest' er kache pathay. age boat er taka shodh kor bole")
F(c, "bn-Latn", "new rohingya maiya 3 ta ase, dekhte valo. raat e dorkar hoile insta te DM @sea.view_rooms22",
  [{"type": "instagram", "value": "@sea.view_rooms22"}])
F(c, "bn-Latn", "bhabi ke biye korbe bole nise lok ta, kl e giye onno lok er kase bikri kore dise, ekhon ekta flat e rakhe roj lok ashe")
F(c, "en", "Fresh girls from BD just arrived, very obedient, full night RM 400. Only trusted guys, msg on telegram t.me/klangnights_vip",
  [{"type": "telegram", "value": "@klangnights_vip"}])
F(c, "en", "he said he will marry me in Malaysia. After the boat they put me in a house in Penang and men come. he says I must pay back the boat with this")

# ---------------- FLAG: minors (2 bn, 2 bn-Latn, 3 en)
c = "minors"
F(c, "bn", "মেয়েটার বয়স ১৪, জন্মনিবন্ধন ঠিক করে ১৯ বানাইয়া পাসপোর্ট করা যাবে, ২৫ হাজার বেশি লাগবে")
F(c, "bn", "ছোট পোলাগুলা (১২-১৫) বোটে কাজে দিবো, বড়দের চেয়ে কম খায়, বেতনও লাগে না। বাপ মারে ৫ হাজার করে দিয়া দিলেই হইবো")
F(c, "bn-Latn", "bachcha gula ke school theke nia jabo bolo, malaysia te restaurant e thala dhoabe. boyos 13-14 hoileo somossa nai passport e 18 likhbo")
F(c, "bn-Latn", "class 7 er meye ta raji, or ma ke bolsi dhakay basay kaj. ashole boat e tulbo friday, kauke bolis na")
F(c, "en", "need 5 kids 10-14 for the rubber estate, small hands good for tapping. families get 10k tk advance, no papers needed")
F(c, "en", "Age on the passport will be 21, she is 15 but looks older. Client in KL wants young. Passport no EH4729183 ready monday",
  [{"type": "bd_passport", "value": "EH4729183"}])
F(c, "en", "boy is 11, tell the boat people he is 16. he will work at the fish jetty with his uncle (not real uncle)")

# ================= NOT FLAG (hard) =================
# news
N("news", "bn", "টেকনাফে মানবপাচারকারী চক্রের ৩ সদস্য আটক, উদ্ধার ২৩ রোহিঙ্গা। বিজিবি জানায়, মালয়েশিয়া পাঠানোর কথা বলে তাদের শামলাপুর এলাকায় একটি ঘরে রাখা হয়েছিল। মানবপাচার প্রতিরোধ আইনে মামলা হয়েছে।")
N("news", "bn", "কক্সবাজার মানবপাচার অপরাধ দমন ট্রাইব্যুনালে সাগরপথে পাচার মামলার রায়: দুই দালালের যাবজ্জীবন, প্রত্যেককে ৫ লাখ টাকা জরিমানা।")
N("news", "bn-Latn", "news dekhso? ukhiyar oi dalal Karim re RAB dhorse, or ghor theke 40 ta passport paise. valo hoise onek manush er taka mere khaise")
N("news", "bn-Latn", "Prothom khobor: Thailand er jongol e gono kobor, 2015 er oi ghotonar 10 bochor por o bichar chole. Bisheshoggora bolen sagor pothe jaowa bondho korte hobe")
N("news", "en", "Coast Guard intercepts trawler off St Martin's with 58 Malaysia-bound passengers; two suspected brokers detained, case filed at Teknaf Model Police Station, officials said.")
N("news", "en", "Fwd: Court in Cox's Bazar frames charges against 7 in 2020 boat tragedy case; prosecution says victims were promised jobs in Malaysia and held for ransom at a camp in Thailand.")
# awareness
N("awareness", "bn", "সাবধান! কেউ যদি বলে নৌকায় করে মালয়েশিয়া গেলে বড় চাকরি, বিশ্বাস করবেন না। বিদেশে যেতে বিএমইটিতে নিবন্ধন করুন, সরকারি অনুমোদিত এজেন্সির মাধ্যমে যান।")
N("awareness", "bn", "মা-বোনেরা, দালালের হাতে কখনো পাসপোর্ট দিবেন না। পার্লার বা হোটেলে চাকরির নামে বিদেশ নিয়ে বিক্রির ঘটনা ঘটছে। সন্দেহ হলে ইউনিয়ন পরিষদে জানান।")
N("awareness", "bn-Latn", "bhai ra, jara boat e malaysia jaite chan ektu shunen: amar chacato bhai 2022 e gese, ekhono khoj nai. dalal er kothay jomi bikri korben na, legal pothe jan")
N("awareness", "bn-Latn", "NGO meeting e bollo: kew jodi bole 'taka pore dile hobe' seta debt er fad. passport nijer kache rakhben, shudhu photocopy diben")
N("awareness", "en", "Awareness: a genuine recruiter never needs to keep your passport. If anyone asks money by bKash to 'release' a family member, call 999 and inform police. Do not go to Shamlapur beach at night with unknown people.")
N("awareness", "en", "IOM session today at Teknaf high school: signs of trafficking - job offer too good, pay later, no contract, travel by boat. Share with your village.")
# official
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়া গমনেচ্ছু কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি কোনো টাকা কাউকে দিবেন না। নিবন্ধন ও স্মার্ট কার্ড নিজ জেলার ডিইএমও অফিস থেকে নিন।")
N("official", "bn", "মেসার্স সী-লাইন ওভারসিজ (আরএল-১৪৮২): মালয়েশিয়ার প্ল্যান্টেশন কোম্পানিতে ২০০ কর্মী, বেতন ১৫০০ রিঙ্গিত, থাকা ফ্রি। বিএমইটির মাধ্যমে নিয়োগ, সরকার নির্ধারিত ফি ছাড়া কোনো টাকা নেওয়া হয় না। ফোন: ০১৭১১-৬০৩৮৪২, ইমেইল: sealine.rl1482@gmail.com",
  [P("+8801711603842"), {"type": "email", "value": "sealine.rl1482@gmail.com"}])
N("official", "bn-Latn", "Embassy notice (fwd): Kuala Lumpur Bangladesh High Commission er passport renewal camp Johor Bahru te 14-15 Dec. NID ba jonmo nibondhon er copy sathe anben.")
N("official", "bn-Latn", "Ami Probashi app e registration korle BMET smart card er update pawa jay. Malaysia er jonno sorkari khoroch 79 hajar er moto, agency beshi chaile DEMO office Cox's Bazar e janan. Helpline 01769-450112",
  [P("+8801769450112")])
N("official", "en", "NOTICE: Recruitment under G2G-plus for Malaysia (plantation sector). Migration cost fixed by Govt: BDT 78,990. Medical at approved centres only. Submit passport at agency office ONLY against signed receipt; returned with visa stamp. Queries: info@meghnamanpower.com.bd, +880 1713-029584",
  [{"type": "email", "value": "info@meghnamanpower.com.bd"}, P("+8801713029584")])
N("official", "en", "Bangladesh High Commission Kuala Lumpur: workers whose employer holds their passport may file a complaint at the Labour Wing. Hotline +60 3-2148 7940",
  [P("+60321487940")])
# receipt
N("receipt", "bn", "আপনি ০১৮১৯-৫৫৪৩২০ নম্বর থেকে ৳১০,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১২,৪৫০.৩৫। TrxID CK83HD2PLQ ১২/১১/২০২৬ ২০:১৪",
  [P("+8801819554320"), {"type": "mfs_transaction", "value": "CK83HD2PLQ"}])
N("receipt", "bn", "নগদ: সেন্ড মানি সফল। পরিমাণ: ৳ ৫০০০.০০ প্রাপক: ০১৬৭২৩০৯৪৫৮ TxnID: 7HQ2K9XA ব্যালেন্স: ৳ ১৮৭.৫০",
  [P("+8801672309458"), {"type": "mfs_transaction", "value": "7HQ2K9XA"}])
N("receipt", "bn-Latn", "abba taka pathaisi school fee r jonno, receipt dilam: You have sent Tk 8,000.00 to 01716-228904. Fee Tk 0.00. Balance Tk 1,322.40. TrxID BLM40Q7ZRE at 03/12/2026 09:41",
  [P("+8801716228904"), {"type": "mfs_transaction", "value": "BLM40Q7ZRE"}])
N("receipt", "bn-Latn", "Nagad e ashche dekho: Money Received. Amount: Tk 15000.00 Sender: 01853447201 Ref: trawler diesel TxnID: 71LZ0WQM. majhi re bolo kal tel nite",
  [P("+8801853447201"), {"type": "mfs_transaction", "value": "71LZ0WQM"}])
N("receipt", "en", "Cash Out Tk 20,000.00 to Agent 01998-301576 successful. Fee Tk 370.00. Balance Tk 4,210.15. TrxID DA2R8KX5VN at 28/11/2026 17:02",
  [P("+8801998301576"), {"type": "mfs_transaction", "value": "DA2R8KX5VN"}])
N("receipt", "en", "Rocket: Cash-In from A/C: ***4418 Tk5,500.00 Fee: Tk0.00 Balance Tk6,020.00 TxnId:3208841765 Date:01-DEC-26 11:23 am",
  [{"type": "mfs_transaction", "value": "3208841765"}])
# worker_content
N("worker_content", "bn", "আলহামদুলিল্লাহ মালয়েশিয়ায় আজকে ২ বছর হইলো। পাম বাগানে কাজ, ওভারটাইম সহ মাসে ২২০০ রিঙ্গিত পাই। পাসপোর্ট নিজের কাছে, কোম্পানি ভালো। যারা আসতে চান বৈধ পথে আসেন নৌকায় না 🙏")
N("worker_content", "bn", "ভিডিওতে দেখেন আমাদের হোস্টেল, ৮ জন এক রুমে, এসি নাই ফ্যান আছে। সকাল ৭টা থেকে বিকাল ৫টা কাজ, শনিবার হাফ। বেতন ব্যাংকে আসে মাসের ৭ তারিখ")
N("worker_content", "bn-Latn", "bondhura ajke OT korlam 4 ghonta, site e bristi tai kaj deri te shesh. beton ashbe 7 tarikh, barite pathabo. permit renew er jonno passport HR e dilam, receipt dise, 2 din por ferot")
N("worker_content", "bn-Latn", "live e ashlam bhai ra, Johor theke. onek e jiggesh koren kivabe ashlam: G2G plus, BMET diye, 1 lakh er kom khoroch. kono dalal dhorben na")
N("worker_content", "en", "Day in my life as a Bangladeshi construction worker in KL 🇲🇾 wake 5:30, site 7am, lunch 1pm, finish 6. Salary RM 1700 + OT. Sunday off, cricket with the boys 🏏")
N("worker_content", "en", "Guys my levy and permit were paid by the company, I didnt pay anything extra. Got my passport back after renewal. Dont believe brokers who say you must pay 5 lakh.")
# joke
N("joke", "bn", "বউ বলে তোমারে বিক্রি করলে কত পামু? আমি বললাম বাজারে এখন পুরান মাল চলে না 😂")
N("joke", "bn", "শ্বশুর আমারে বন্দি কইরা রাখছে, বলে মাছের ঘের না দেখা পর্যন্ত যাইতে দিব না 🤣 বিরিয়ানি খাওয়াইয়া শাস্তি দিতেছে")
N("joke", "bn-Latn", "boss amar passport na, amar mon o atke rakhse 😂 overtime chara jibon nai, beton shunle hasi pay")
N("joke", "bn-Latn", "dalal re bollam malaysia nibi? bole tui gele plane er tel khoroch beshi lagbe 🤣🤣")
N("joke", "en", "My mom has held my passport since 2009 because 'you will lose it'. honestly she is the real kafeel 😂")
N("joke", "en", "wife took my phone, locked the door and says I cant leave until the debt is paid. the debt: taking out the trash 🙃")
# chatter (hard)
N("chatter", "bn", "মাঝি কাল ভোরে শামলাপুর থেকে ট্রলার ছাড়বে, জাল টানার ১২ জন লোক লাগবে। প্রতিজনে দিনে ৮০০ টাকা আর মাছের ভাগ আলাদা।")
N("chatter", "bn", "টেকনাফ ঘাটে আজকে শুটকির মাল আসছে ৩ ট্রাক, মাথাপিছু ৫০০ টাকা করে লেবার দিছি লোড করতে। টাকা বিকাশে দিয়া দিসি")
N("chatter", "bn-Latn", "line man bollo kal 10 ta porjonto current thakbe na, transformer change korbe")
N("chatter", "bn-Latn", "vai boat e jayga hobe? St Martin jabo 4 jon, ticket koto? Keari te naki 1800")
N("chatter", "en", "Ferry to Saint Martin cancelled again due to signal 3. The boat owner says he will refund per head 1500 tk tomorrow.")
N("chatter", "en", "ya the camp visit was fine, reached Kutupalong around 4, the school kids did a drama about safe migration. coming back by bus")
# family
N("family", "bn", "আব্বা পাসপোর্ট অফিসে গেছিলাম, মেয়ের বয়স ১৬ তাই ওর পাসপোর্টে আপনার আর আম্মার এনআইডি লাগবে। আপনার জাতীয় পরিচয়পত্র নম্বর ৪৬১৯৮২৭৩০৫ ঠিক আছে তো? আম্মারটা পাঠান",
  [{"type": "bd_nid", "value": "4619827305"}])
N("family", "bn", "মালয়েশিয়া থেকে ভাইয়া ৪০ হাজার পাঠাইছে, ২০ হাজার দিয়ে দোকানের বাকি শোধ করলাম, বাকিটা ছোটটার স্কুলের ভর্তি। বিয়ের কথা পরে হবে।")
N("family", "bn-Latn", "ammu rina r biye r kotha cholche, chele malaysia te kaj kore 3 bochor dhore. family valo, boyos 26. rina to 20 hoilo, apni ki bolen")
N("family", "bn-Latn", "tomar passport ta amar almari te rakhsi, haray jabe na. flight er age niye jeyo. r bkash e 5 hajar dilam 01811-903274 e, check koro",
  [P("+8801811903274")])
N("family", "en", "Beta your sister's SSC form needs the birth certificate, she is 15 now. Also abba asks when your visa renewal is done, send photo of the new passport page")
N("family", "en", "Mom I sent RM 800 through the bank today, around 21 thousand taka should reach. Use 10k for dadu's medicine and keep the rest for the loan kisti. Passport renewal done, new no. is A07719246",
  [{"type": "bd_passport", "value": "A07719246"}])

# ================= NOT FLAG (easy chatter) =================
for s, t in [
    ("bn", "ভাত খাইছো?"),
    ("bn", "কালকে বৃষ্টি হইবো মনে হয়, ছাতা নিয়া বাইর হইও"),
    ("bn", "খেলা দেখছস? বাংলাদেশ জিতছে 🔥"),
    ("bn", "আপা আসার সময় ২ কেজি পেঁয়াজ আইনো"),
    ("bn-Latn", "kal class hobe na sir bolse"),
    ("bn-Latn", "vai net nai, pore call dimu"),
    ("bn-Latn", "kothay tumi? ami bazar e"),
    ("bn-Latn", "eid e bari ashbi to? ma onek khushi hobe"),
    ("en", "happy birthday bro 🎂 have a great year"),
    ("en", "meeting moved to 3pm, bring the laptop"),
    ("en", "the bus is late again, reach in 20 min"),
    ("en", "send me the photos from the wedding pls"),
]:
    N("chatter", s, t, hard=False)

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = {"recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"}
VOICES = {"news", "awareness", "official", "receipt", "worker_content", "joke", "chatter", "family"}
CC = ("880", "966", "971", "974", "965", "968", "973", "60", "65", "66")


def check(items):
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    neg = [i for i in items if i["label"] == "ok"]
    assert sum(i["hard"] for i in neg) >= 45 and len(neg) - sum(i["hard"] for i in neg) <= 15
    assert len({i["text"] for i in items}) == 120
    for it in items:
        t = it["text"].translate(BN_DIG)
        digits = re.sub(r"\D", "", t)
        assert it["script"] in {"bn", "bn-Latn", "en"}
        if it["label"] == "flag":
            assert it["category"] in CATS and it["voice"] == "victim_or_recruiter"
        else:
            assert it["category"] is None and it["voice"] in VOICES
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                cc = next(c for c in CC if v[1:].startswith(c))
                nsn = v[1 + len(cc):]
                assert nsn in digits, (v, t)
                if cc == "880":
                    assert re.fullmatch(r"1[3-9]\d{8}", nsn), v
                if e["type"] == "whatsapp":
                    assert "wa.me/" + v[1:] in t
            elif e["type"] in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:] in t, v
            elif e["type"] == "bd_nid":
                assert v in digits and len(v) in (10, 13, 17)
            elif e["type"] == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t
            elif e["type"] == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower()
            elif e["type"] == "btc_address":
                assert v in t and b58decode_check(v)[0] == 0x00
            elif e["type"] == "tron_address":
                assert v in t and b58decode_check(v)[0] == 0x41 and v.startswith("T")
            elif e["type"] in ("email", "mfs_transaction"):
                assert v in t, v
            else:
                raise AssertionError(e)


def main():
    check(ITEMS)
    rng = random.Random(38)
    items = ITEMS[:]
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev38-{n:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["entities"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    rows = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    check(rows)
    print(len(rows), "written to", OUT)
    print("label", Counter(r["label"] for r in rows))
    print("category", Counter(r["category"] for r in rows))
    print("script", Counter(r["script"] for r in rows))
    print("voice", Counter(r["voice"] for r in rows))
    print("hard", Counter((r["label"], r["hard"]) for r in rows))
    print("cat x script", sorted(Counter((r["category"], r["script"]) for r in rows if r["category"]).items()))


if __name__ == "__main__":
    main()
