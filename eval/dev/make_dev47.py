#!/usr/bin/env python3
"""Blind dev set dev47: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: an investigator of trafficking through marriage: girls married through brokers to men in China, India and Pakistan, contract marriages in the Gulf, brides locked, sold on or put to sex work. Held out from round 7 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev47.jsonl: blind eval set (marriage-trafficking persona)."""
import hashlib, json, random, re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]

BTC1 = b58check(0x00, h20("dev47-btc-1"))
TRX1 = b58check(0x41, h20("dev47-tron-1"))
ETH1 = "0x" + hashlib.sha256(b"dev47-eth-1").hexdigest()[:40]
SUBS = {"{BTC1}": BTC1, "{TRX1}": TRX1, "{ETH1}": ETH1}

F = "victim_or_recruiter"
def P(v): return ("phone", v)
def W(v): return ("whatsapp", v)

# (text, label, category, script, voice, hard, entities)
ITEMS = []
def flag(cat, script, text, *ents):
    ITEMS.append((text, "flag", cat, script, F, True, list(ents)))
def ok(voice, script, text, *ents, hard=True):
    ITEMS.append((text, "ok", None, script, voice, hard, list(ents)))

# ---------------- FLAG ----------------
c = "recruitment_deception"
flag(c, "bn", "আসসালামু আলাইকুম খালাম্মা। পাত্র চীনের, নিজের ফ্যাক্টরি আছে, মুসলমান হইছে। মাইয়ারে রানীর মতন রাখবো, বিয়ার সব খরচ ছেলেপক্ষের, উল্টা আপনাগোরে ৩ লাখ টাকা হাদিয়া দিবো। মাইয়া ওখানে গিয়া মাসে মাসে টাকা পাঠাইতে পারবো। পাত্র সামনের সপ্তাহে ঢাকা আইবো, দেরি কইরেন না। ফোন দিয়েন ০১৯১৫-৪৮২৭৩৬", P("+8801915482736"))
flag(c, "bn", "আম্মা ওরা যে কইছিলো ছেলে ইঞ্জিনিয়ার শহরে বড় বাড়ি এগুলা সব মিছা কথা। এইখানে গ্রামের ভিতর টিনের ঘর ছেলে কোনো কাম করেনা বয়সও চল্লিশের বেশি। ঘটক চাচারে ফোন দিলে ধরে না")
flag(c, "bn", "ভাবি হুনইন, দুবাইর এক শেখর লগে তিন মাসর কন্টাক্ট বিয়া, মাইয়ারে মাসে দুই হাজার দিরহাম দিবা, মেয়াদ শেষে তালাক দিয়া দেশো পাঠাই দিবা। গেরামো কইবায় হাসপাতালো চাকরি পাইছে, আর কিচ্ছু কওয়ার দরকার নাই")
flag(c, "bn-Latn", "apa chele china te business kore onek boro company. apnar meyer kono khoroch lagbe na visa ticket sob tara dibe, biyer por meye mashe mashe taka pathabe. ekhon sudhu meyer 2ta chobi r passport er copy pathan imo te 01823-617094", P("+8801823617094"))
flag(c, "bn-Latn", "ami jani na eita kon jayga. bolse lahore shohore basa, kintu eta ekta gram, sobai onno vashay kotha koy. jar sathe biye hoise tar aage ekta bou ase 3 ta bacha, amake keu bole nai")
flag(c, "bn-Latn", "bhabi, India'r ekkan fuya ase, kolkata't nijor dukan. maiyar ek foisa o lagto no, zamai aibo biya gori loi zaibo, bade hoto passport bhisa tara gori dibo. keure kiyo no, manshe kotha banaibo")
flag(c, "en", "Dear sister, groom is Chinese citizen age 32, owns mobile shop in Guangzhou, already converted Muslim. No dowry, groom side bear all cost and give family 2 lakh as gift. Girl 18-22 fair, poor family no problem, no education needed. Contact ghotok Rafiq bhai wa.me/8801734590218", W("+8801734590218"))
flag(c, "en", "mama they told us he is doctor in karachi. he is a driver and he is 51 not 35, the photo they showed was his nephew. pls dont tell abba yet he will get sick")

c = "fees_and_debt"
flag(c, "bn", "আপনার মেয়ে ভালো আছে। কিন্তু ওর লাইগা আমাগো খরচ হইছে বিমান ভিসা কাগজ মিলায়া সাড়ে চাইর লাখ। এইটা আপনারা না দিলে সে এইখানে কাম কইরা শোধ দিবো, এক দুই বছর লাগবো। ভাইবা দেখেন")
flag(c, "bn", "মা, ওরা বলে আমারে বিয়ে করতে লোকটা দালালরে ১৫ লাখ টাকা দিছে। ঐ টাকা উঠার আগে বাড়ি যাওয়ার কথা মুখে আনতে মানা")
flag(c, "bn", "হাসিনার বাপ, ঘটকে আবার ফোন দিছে। কয় মাইয়ার হেইদেশের কাগজ করাইতে আরো এক লাখ বিশ হাজার লাইগবো, না দিলে মাইয়ারে ফেরত হাডাইতো ন। জমিন বন্ধক দিমু নি কন")
flag(c, "bn-Latn", "bhai bou er passport r visa r jonno 2.5 lac dise abba ngo theke kisti tule. ekhon bolse riyadh e giye biye registry korte aro 80 hajar lagbe, na dile meye oder kache e thakbe")
flag(c, "bn-Latn", "amar shashuri bole tor jonno 6 lakh diya kinsi, sob kaj koira shodh dibi tarpor bari jawar kotha. shodh kobe hobe keu bole na, protidin hishab bare")
flag(c, "en", "Uncle as per our deal groom family already paid agency. But extra cost for her medical, translation & marriage certificate from embassy 95,000 tk must be paid before friday otherwise her file will stop and she stay in Kunming until paid")
flag(c, "en", "Baba the wedding broker called again. He says Reshma's 'debt' for the flight and gold is now 3 lakh and she must work at his relatives house until its cleared. We never agreed to any of this")
flag(c, "en", "you father take 1 lakh taka when marriage. so you not wife only, you are paid for. you work and pay back first then talk about going home")

c = "payments_and_proceeds"
flag(c, "bn-Latn", "ghotok bhai 1st kisti 50k pathaisi bkash e 01716-284059 personal. baki 1.5 lakh meye shanghai pouchaile dibo. TrxID CK83HDL2QW, chek koren", P("+8801716284059"), ("mfs_transaction", "CK83HDL2QW"))
flag(c, "en", "Bride price ¥40000 recvd from Zhang side thru hundi. Your share 1.2 lakh sent to ur Nagad, rest keep for next 2 girls from Kurigram. Delete this chat after read")
flag(c, "bn", "চীনা পার্টির টাকা আসছে USDT তে, ওয়ালেট {TRX1}। এইবার তিন মাইয়ার পুরা পেমেন্ট একসাথে। ভাগাভাগি কাইলকা অফিসে, ফোনে এইসব কথা কইবেন না", ("tron_address", "{TRX1}"))
flag(c, "en", "send 2nd girl payment to this btc {BTC1} . chinese side want photo of her at airport first then balance", ("btc_address", "{BTC1}"))
flag(c, "bn", "মাইয়ার মায়ের নগদে ৩০ হাজার পাঠাইছি যাতে মুখ বন্ধ রাখে, বাকি ৭০ সুমন ভাইয়ের ডাচ বাংলা একাউন্টে। রশিদ ছিঁড়া ফালান আর থানা থেকে কেউ আসলে কইবেন দেনমোহরের টাকা")
flag(c, "bn-Latn", "eth address e 1800 usdt pathaisi pakistani party 2 ta bou er jonno {ETH1} receive hoile ss diyo. next mashe 3 ta lagbe oder", ("eth_address", "{ETH1}"))
flag(c, "en", "Sheikh paid 15,000 AED for 2 month nikah contract. Office keep 9000, girl mother get 3000 by bKash 01817-552093, girl get nothing till she return. Next client wants younger one", P("+8801817552093"))

c = "isolation_and_control"
flag(c, "bn", "আপু আমি লুকায়া লিখতেছি। শাশুড়ি ফোন নিয়া গেছে, রাইতে দরজা বাইরে থেকে তালা দেয়। এই নাম্বারে কল দিও না ওরা ধরলে মারবো")
flag(c, "bn", "জামাই কইছে বাড়িত কাউরে নিজে থেকে ফোন দেওন যাইবো না। কথা কইলে স্পিকারে কইতে হইবো আর খালি কইতে হইবো ভালা আছি, খাইছি")
flag(c, "bn-Latn", "amake ekta ghore rakhse janalay grill, baire jaite dey na. 4 ta meye ase bangladeshi sobar passport or kache. ei imo ta ek meyer lukano phone +86 152 3718 4406 raate knock dio", P("+8615237184406"))
flag(c, "bn-Latn", "amma amar mobile nia gese, haftay ekdin kotha koite dey, tar samne. ami bala nai, ar kitha koitam. tumi ar keu re kio na")
flag(c, "bn-Latn", "apnar meyere bolben video call e kanna kati jeno na kore, amra pashe thakbo. r baire kono loker number dibe na, dile phone bondho")
flag(c, "en", "They keep my passport and nikah paper in his almirah. I go out only with his sister. This is neighbour aunty number +92 301 4872615, msg only after 11pm, dont say my name", P("+923014872615"))
flag(c, "en", "bro the bride from Khulna asking for phone again. Don't give. Tell her family she busy with in-laws, she can call sunday only from my phone n I sit there")
flag(c, "en", "Dont worry about her family. She doesnt know the address, doesnt speak chinese, no money no papers. Where will she go")

c = "labour_exploitation"
flag(c, "bn", "ভোর ৫টা থেইকা রাত ১টা পর্যন্ত ওদের খেতে আর ঘরে কাজ, একবেলা ভাত দেয়। আমি বউ না আম্মা, আমি ওদের কামলা")
flag(c, "bn", "বিয়ার কথা কইয়া আনছে কিন্তু অখন তিন বাড়িত কাম করায়, বেতন একটা পয়সাও দেয়না। কয় জামাই খাওয়াইতাছে এইডাই তোর বেতন")
flag(c, "bn-Latn", "roj 14 15 ghonta factory te silai kori, taka jay shoshurer account e. ami nijer hate kisu pai na, sabun kinte o chaite hoy")
flag(c, "bn-Latn", "ora amake diye 11 jon er ranna koray, gorur kaj, raate o ghumaite dey na thik moto. ek bela khawa. shorir r chole na apa")
flag(c, "bn-Latn", "bhabi ke bolo 2 mash r betoner kotha na tulte. maid er kaj korbe, biye hoise mane ei. chutir kotha o bad")
flag(c, "en", "Wife works in brother-in-law restaurant kitchen 7 days a week, no pay no day off. They said this is family business so no salary for her")
flag(c, "en", "Looking bangladeshi bride for my cousin. Must do all house work for family of 11 and farm work, no visits home first 3 years. Paying her family well. DM @wang.jiahao_bd on instagram", ("instagram", "@wang.jiahao_bd"))

c = "threats_and_coercion"
flag(c, "bn", "তোর বাপ মা যদি থানায় যায় তোর ছোট বোনের খবর আছে। আমরা গ্রামের সবাইরে চিনি, মনে রাখিস")
flag(c, "bn", "বেশি কান্দাকাটি করলে পুলিশ ডাকুম, কমু তুই অবৈধ। এইখানে তোর কোনো কাগজ নাই, জেলে পইচা মরবি")
flag(c, "bn", "তুই যদি পলাই যাইবার চেষ্টা গরস, তোরে আরেকজনর কাছে বেচি দিয়ুম। তোর মা-বাপর কাছে লাশও ন যাইবো")
flag(c, "bn-Latn", "tor abba jodi ar ekbar NGO r kache jay, tor video sobaire pathay dimu. bujhsos? gramer shob mobile e jabe")
flag(c, "bn-Latn", "kal rate abar marse belt diye. bole palaile mere fela dibe keu janbe na. ammu plz kisu koro")
flag(c, "en", "Tell your father to withdraw the case. We know where your brother goes to college. Last warning.")
flag(c, "en", "if she goes to the embassy again she will be sent somewhere worse than this. remind her what happen to the Rangpur girl")

c = "sexual_exploitation"
flag(c, "bn", "বিয়ার পরে দুই সপ্তা ভালা আছিল। অখন রাইতে অন্য লোক নিয়া আসে, কয় তোর পিছে যে টেকা গেছে তা উসুল করা লাগবো। আম্মা আমারে নিয়া যাও")
flag(c, "bn", "নতুন বউ আইছে কুমিল্লার, বয়স কম ফর্সা। ঘণ্টা ৫০০০ রাত ১২০০০, জায়গা আমাগো। বুকিং টেলিগ্রামে t.me/notun_bou_dhk", ("telegram", "@notun_bou_dhk"))
flag(c, "bn", "চুক্তি বিয়া তিন মাসের। পাসপোর্ট থাকবো আমার কাছে, মেহমান আসলে হাসিমুখে থাকবা, টাকার কথা জিগাইবা না। এইটাই কাজ")
flag(c, "bn-Latn", "dubai te 'biye' mane ashole hotel e kaj. shurute nikah er kagoj dekhabe jate police dhorte na pare. meyeder agey kisu bolben na")
flag(c, "bn-Latn", "bhai notun 3ta bangali bou ashche lahore, sob 18 19. rate fixed, advance lagbe. wa.me/923217740583", W("+923217740583"))
flag(c, "bn-Latn", "amar shami amake onno loker kache pathay, bole tui amar bou na tui amar maal, tor jonno taka dise. ami r parchi na apu")
flag(c, "en", "Fresh Bangladeshi wives available, genuine, very obedient 🌹 Delhi & Gurgaon outcall. Husband manages booking. Telegram @bengal_roses_dl", ("telegram", "@bengal_roses_dl"))
flag(c, "en", "She was married to him 3 weeks then he sold her to a house in Sonagachi. She messaged from a customer's phone +91 98301 47265, says there are 6 more BD girls there", P("+919830147265"))

c = "minors"
flag(c, "bn", "মাইয়ার বয়স ১৪ হইলে কি, জন্ম নিবন্ধন নতুন কইরা বানামু ১৯ বছর দিয়া। চীনা পাত্র কম বয়সী চায়, দামও বেশি দিবো")
flag(c, "bn", "ক্লাস সেভেনের মাইয়া। ঘটক কয় ইন্ডিয়ার পাত্র, বর্ডার পার কইরা ওপারে বিয়া পড়াইবো, কাজীর কাগজ লাগবো না। বাপরে ৫০ হাজার দিছে আগাম")
flag(c, "bn-Latn", "meye 15 bochor kintu dekhte boro lage, passport e boyosh 20 diye dibo. biye r por mal khalas, apnar kono jhamela nai")
flag(c, "bn-Latn", "sir amar boner boyosh 13, take amar chacha ekta pakistani loker sathe gopone biye dise. kal rate oke niye jabe benapole diye, plz help")
flag(c, "en", "Need 3 girls age 13-16 from char area for chinese clients, they prefer young. Marriage certificate we arrange showing 18+. Each family gets 1 lakh")
flag(c, "en", "ami school e jete chai. they say i am wife now. i am 14. pls tell Nazma apa at the school, dont call this phone")
flag(c, "en", "Her birth certificate says 2012 but we made passport EB0473921 with 2003. Dont worry immigration is set, she flies with the groom Tuesday", ("bd_passport", "EB0473921"))

# ---------------- OK: hard negatives ----------------
v = "news"
ok(v, "bn", "চীনা পাত্রের সঙ্গে বিয়ের প্রলোভন দেখিয়ে তরুণী পাচার: রাজধানীতে চক্রের চার সদস্য গ্রেপ্তার। পুলিশ জানায়, চক্রটি দরিদ্র পরিবারকে টাকার লোভ দেখিয়ে মেয়েদের চীনে পাঠাত। সেখানে তাদের আটকে রেখে নির্যাতন করা হতো বলে অভিযোগ রয়েছে।")
ok(v, "bn", "ভারতে পাচার হওয়া ১১ কিশোরী বেনাপোল স্থলবন্দর দিয়ে দেশে ফিরেছে। বিয়ে ও চাকরির কথা বলে তাদের নেওয়া হয়েছিল। এ ঘটনায় গ্রেপ্তার দালালের পাঁচ দিনের রিমান্ড মঞ্জুর করেছেন আদালত।")
ok(v, "bn-Latn", "news dekhso? rajshahi te china biye chokro dhorse RAB, 6 jon arrest. ekta meye ke uddhar korse kunming theke, embassy help korse. allah rokkha koruk")
ok(v, "bn-Latn", "ajker paper e dekhlam 'contract biye' er name saudi te meye pathano dalal chokrer bichar shuru hoise, mamla korse ek meyer ma. valo hoise")
ok(v, "en", "DHAKA, Nov 12 - A Dhaka tribunal on Thursday sentenced two men to life imprisonment for trafficking a 16-year-old girl to India under the pretext of marriage, the special public prosecutor said.")
ok(v, "en", "Police in Pakistan arrested members of a network accused of arranging sham marriages of young women to foreign nationals; officials in Dhaka said they are checking whether Bangladeshi brides were among the victims.")

v = "awareness"
ok(v, "bn", "সাবধান! বিদেশি পাত্রের বিয়ের প্রস্তাব এলে যাচাই করুন। ঘটক উল্টো আপনাকে টাকা দিতে চাইলে বুঝবেন কিছু ঠিক নেই। মেয়ের পাসপোর্ট কখনো অন্যের হাতে দেবেন না। সাহায্যের জন্য ৯৯৯ বা ১০৯ নম্বরে ফোন করুন।")
ok(v, "bn", "বাল্যবিবাহ আইনত দণ্ডনীয়। মেয়ের বয়স ১৮ এবং ছেলের ২১ বছর না হলে বিয়ে নয়। জন্ম নিবন্ধন জাল করে বিয়ে দিলে কাজী, অভিভাবক ও ঘটক সবাই শাস্তি পাবেন। খবর দিন ১০৯ নম্বরে — উপজেলা মহিলা বিষয়ক কার্যালয়")
ok(v, "bn-Latn", "apnar gramer kono meyeke china ba india te biye dite dalal ashle UNO office e janan. taka diye biye = pacharer fand. details t.me/nirapod_obhibashon . share koren sobai", ("telegram", "@nirapod_obhibashon"))
ok(v, "bn-Latn", "bon ra, online e bideshi chele premer kotha bole video call e taka ba passport er chobi chaile sathe sathe block koren r parents ke janan. lojjar kichu nai")
ok(v, "en", "Awareness session today 3pm at Kurigram Govt Girls' School: child marriage, 'Chinese groom' scams and safe migration. Parents welcome. Organised by BRAC & Upazila Women Affairs Office.")
ok(v, "en", "Before agreeing to a foreign marriage: verify the groom with the embassy, register the nikah with a licensed Kazi, keep copies of all papers, and never hand your daughter's passport or NID to a matchmaker.")

v = "official"
ok(v, "bn", "নিকাহ রেজিস্ট্রার কার্যালয়, ৩ নং ওয়ার্ড। বিবাহ নিবন্ধনের জন্য বর ও কনের জাতীয় পরিচয়পত্র অথবা জন্ম নিবন্ধন সনদ এবং দুই কপি ছবি আনুন। কনের বয়স ১৮ বছরের কম হলে নিবন্ধন করা হবে না। সরকার নির্ধারিত ফি ছাড়া অতিরিক্ত অর্থ দেবেন না, রশিদ বুঝে নিন।")
ok(v, "bn", "বাংলাদেশ দূতাবাস, বেইজিং: বিবাহসূত্রে চীনে অবস্থানরত বাংলাদেশি নারীরা যেকোনো সমস্যায় দূতাবাসের কনস্যুলার শাখায় যোগাযোগ করুন। পাসপোর্ট নবায়ন ও ট্রাভেল পারমিটের জন্য কোনো মধ্যস্থতাকারীকে অর্থ দেবেন না।")
ok(v, "bn-Latn", "BMET: Apnar Ami Probashi nibondhon shofol hoyeche. Malaysia gamir jonno sorkar nirdharito khoroch Tk 78,990. Kono dalal ba ghotok ke taka diben na. Sohayota: 16135")
ok(v, "bn-Latn", "Kazi office notice: biye registry er fee sorkari niyom onujayi, rosid chara kono taka diben na. bor konar boyosher proman (NID/jonmo nibondhon) sathe anben. 18 er kom boyoshi konar biye registry hobe na.")
ok(v, "en", "Embassy of Bangladesh, Beijing - Consular Wing. Bangladeshi nationals residing in China through marriage may register for welfare support. Email consular.beijing@bdembassy-cn.org with a copy of your passport and marriage certificate.", ("email", "consular.beijing@bdembassy-cn.org"))
ok(v, "en", "Licensed recruiting agency (RL-1432). Female domestic workers for KSA: migration cost for women is zero as fixed by government. Passport always stays with the worker. Contact our office only: 01713-440298. Beware of fake agents using our name.", P("+8801713440298"))

v = "receipt"
ok(v, "en", "You have received Tk 15,000.00 from 01819274635. Ref biye bazar. Fee Tk 0.00. Balance Tk 18,422.50. TrxID BKD7H2PQ9X at 14/11/2026 19:42", P("+8801819274635"), ("mfs_transaction", "BKD7H2PQ9X"))
ok(v, "en", "Money Received.\nAmount: Tk 3000.00\nSender: 01612839457\nRef: mehendi\nTxnID: 7K3MZQ2A\nBalance: Tk 3520.75\n14/11/2026 20:05", P("+8801612839457"), ("mfs_transaction", "7K3MZQ2A"))
ok(v, "bn", "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৭৪৫৩৯২৮১৬ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৭,২১০.০০। TrxID CL4N8RTW2E সময় ১৬/১১/২০২৬ ১০:১৫", P("+8801745392816"), ("mfs_transaction", "CL4N8RTW2E"))
ok(v, "bn", "টাকা গ্রহণ সফল। পরিমাণ: ৳১০,০০০.০০ প্রেরক: ০১৯৬২৮৪৭৩৫১ রেফ: বিয়ের গহনা TxnID: 71HQX3KD ব্যালেন্স: ৳১২,৪০৫.৫০ - নগদ", P("+8801962847351"), ("mfs_transaction", "71HQX3KD"))
ok(v, "bn-Latn", "ammu 20k pathaisi kheyal koiro, khalar biyer gift er jonno. 'You have sent Tk 20,000.00 to 01715938264 successfully. Fee Tk 0.00. Balance Tk 4,118.00. TrxID CM2RT7VX5N at 17/11/2026 09:03'", P("+8801715938264"), ("mfs_transaction", "CM2RT7VX5N"))
ok(v, "bn-Latn", "Rocket e pathailam bhai, mishti r decorator er advance. 'Send Money to A/C: ***3074 Tk4,500.00 Fee: Tk0.00 Balance: Tk1,012.60 TxnId: 6029481735' received hoile janaio", ("mfs_transaction", "6029481735"))

v = "worker_content"
ok(v, "bn", "আলহামদুলিল্লাহ দুবাইতে দুই বছর হইলো, বেতন ঠিক টাইমে পাই, ওভারটাইম করলে আলাদা টাকা। পাসপোর্ট নিজের কাছেই থাকে। এবার ছুটিতে আইসা বিয়াটা সাইরা ফেলমু ইনশাআল্লাহ")
ok(v, "bn", "আম্মা চিন্তা কইরো না, ওয়েই আর ওর মা খুব ভালো মানুষ। আজকে আমারে চাইনিজ ভাষার ক্লাসে ভর্তি করাইছে। নিজের মোবাইল দিয়া যখন খুশি ফোন দিতে পারি, ঈদে দুইজনে দেশে আসমু")
ok(v, "bn-Latn", "bhai ami malaysia te 3 bochor, company valo, beton 1800 ringgit, overtime o dey. passport nijer kache. bou ke anar plan ase spouse visa te, office theke kagoj ready kortese")
ok(v, "bn-Latn", "shoshur bari guangzhou te, ami ekta school e english porai, salary 9000 yuan. jamai rannao kore lol. porer mashe dhaka ashbo dujone")
ok(v, "en", "3 yrs in Qatar now, company renewed my QID, salary on time 2400 QAR plus overtime. Got my wife's family visa approved today alhamdulillah, she's coming in Feb")
ok(v, "en", "Married life in Lahore update: I teach at a girls' madrasa, husband drives Careem. I keep my own passport & bank card, visit Dhaka every year. Not every foreign marriage is a horror story lol")

v = "joke"
ok(v, "bn", "বিয়ার পর জামাই আমারে বন্দী কইরা রাখছে... ফ্রিজের সামনে থেইকা সরতে দেয় না 😂")
ok(v, "bn", "আম্মু: চাইনিজ জামাই আনবি? আমি: প্রতিদিন চাউমিন খাওয়াইলে ভাইবা দেখমু 🤣")
ok(v, "bn-Latn", "amar bou amar passport lukay rakhse jate ami bondhuder sathe cox's bazar jaite na pari 😭😂")
ok(v, "bn-Latn", "ghotok bolse meye 'ghorer sob kaj jane', biyer por dekhi sudhu maggi banaite pare hahaha")
ok(v, "en", "My mom sold me to the in-laws for 2 kg of roshogolla and a saree 😂 best deal she ever made")
ok(v, "en", "Breaking: local man held captive by wife's relatives for 6 hours at wedding photo session. No rescue expected 😩📸")

v = "chatter"
ok(v, "bn", "দোস্ত আমার খালাতো বোনের বিয়া ঠিক হইছে, ছেলে দুবাই থাকে। ঘটক আন্টি ভালো মানুষ, এক টাকাও নেয় নাই। হলুদ শুক্রবার, আসিস কিন্তু")
ok(v, "bn", "ইমিগ্রেশনে আটকাইছিলো ২ ঘণ্টা, বউয়ের পাসপোর্টে নামের বানান ভুল। পরে ছাড়ছে, এখন প্লেনে বসছি")
ok(v, "bn-Latn", "ei biyete dalal lagbe na re, chele meye nijera posondo korse, family o raji. sudhu kazi r ekta community center dorkar")
ok(v, "bn-Latn", "kal rat porjonto kaj korlam, boss bolse overtime er taka next salary te dibe. ghum pacche bhai")
ok(v, "en", "Anyone know a reliable kazi in Mirpur? Need friday nikah, both families happy, just want the registration done properly")
ok(v, "en", "matchmaker aunty sent 4 biodatas today, one guy in Toronto one in Riyadh 😅 ammu already printing them")

v = "family"
ok(v, "bn", "রুমার বয়স এখনো ষোলো, সামনে এসএসসি দিবো। এখন বিয়ার কথা কেউ তুলবা না, পড়াশোনা শেষ হোক আগে")
ok(v, "bn", "আব্বা, পাসপোর্ট অফিস থেকে রিনির ই-পাসপোর্ট হাতে পাইছি। ওর চীনের স্কলারশিপের ভিসা আবেদন সোমবার, তুমি টাকা নিয়া চিন্তা কইরো না")
ok(v, "bn-Latn", "ammu, bhaiyar biyete joutuk nibo na eta fixed. meyer family ke bolo kono khoroch korte hobe na, amra e sob dibo")
ok(v, "bn-Latn", "nanu bollo meyer boyosh 18 na hole kazi registry korbe na, tai ashar mashe na, june e biye. NID no 2694815037 o ready", ("bd_nid", "2694815037"))
ok(v, "en", "Ammu I sent 25k for Tania's school fees and coaching, check bKash. Don't give it to chacha for the wedding loan this time")
ok(v, "en", "Abbu, the groom's family wants the nikah in Sylhet and the reception in London. His passport renewal (old no. BX1298345) is pending so maybe December", ("bd_passport", "BX1298345"))

# ---------------- OK: easy negatives ----------------
for s, t in [
    ("bn", "আজকে বাজারে ইলিশের দাম আগুন"),
    ("bn", "ক্লাস কয়টায় রে?"),
    ("bn", "বৃষ্টি থামলে বাইর হমু, ছাতা নাই"),
    ("bn", "ভাত খাইছো? আমি মাত্র অফিস থেকে আসলাম"),
    ("bn-Latn", "kal match dekhsos? ki khela bhai"),
    ("bn-Latn", "ami 10 min e ashtesi, gate e thak"),
    ("bn-Latn", "charger ta ferot dish kal"),
    ("bn-Latn", "aaj ki ranna hoise ammu?"),
    ("en", "Meeting moved to 3pm, same room"),
    ("en", "happy birthday bro 🎉 have a great one"),
    ("en", "can you send me the notes from today's lecture"),
    ("en", "traffic is insane today, stuck at Farmgate"),
]:
    ok("chatter", s, t, hard=False)

# ---------------- build ----------------
BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CCS = ["880", "86", "91", "92", "966", "971", "968", "974", "965", "973", "60", "65"]

def check(rows):
    for r in rows:
        t = r["text"]
        ta = t.translate(BN_DIG)
        for e in r["entities"]:
            typ, val = e["type"], e["value"]
            if typ in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", val), (r["id"], val)
                vd = val[1:]
                runs = ["".join(re.findall(r"\d", m)) for m in
                        re.findall(r"\+?\d[\d \-.()]{6,}\d", ta)]
                cc = next(c for c in CCS if vd.startswith(c))
                nat = vd[len(cc):]
                assert any(x == vd or x == nat or x == "0" + nat for x in runs), (r["id"], val, runs)
            elif typ == "bd_nid":
                assert re.fullmatch(r"\d{10}|\d{13}|\d{17}", val) and val in ta, (r["id"], val)
            elif typ in ("telegram", "instagram"):
                assert val.startswith("@") and (val in t or ("t.me/" + val[1:]) in t), (r["id"], val)
            elif typ == "eth_address":
                assert val == val.lower() and val in t.lower(), (r["id"], val)
            else:
                assert val in t, (r["id"], typ, val)
            if typ == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", val)
    # counts
    assert len(rows) == 120
    flags = [r for r in rows if r["label"] == "flag"]
    assert len(flags) == 60
    negs = [r for r in rows if r["label"] == "ok"]
    assert sum(r["hard"] for r in negs) >= 45
    assert sum(not r["hard"] for r in negs) <= 15
    assert len({r["id"] for r in rows}) == 120

def b58valid(a, ver):
    n = 0
    for ch in a:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big")
    return raw[0] == ver and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]

def main():
    assert b58valid(BTC1, 0x00) and BTC1.startswith("1")
    assert b58valid(TRX1, 0x41) and TRX1.startswith("T") and len(TRX1) == 34
    rows = []
    for text, label, cat, script, voice, hard, ents in ITEMS:
        for k, vv in SUBS.items():
            text = text.replace(k, vv)
        es = []
        for typ, val in ents:
            for k, vv in SUBS.items():
                val = val.replace(k, vv)
            es.append({"type": typ, "value": val})
        rows.append({"text": text, "label": label, "category": cat, "script": script,
                     "voice": voice, "hard": hard, "entities": es})
    random.Random(47).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"dev47-{i:04d}", **r})
    check(out)
    with open("eval/dev/dev47.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
