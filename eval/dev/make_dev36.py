"""Blind dev set dev36: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: the Gulf community and an embassy labour wing: kafeel, iqama, huroob, spas, housemaids, fishing crews. Held out from round 4 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import json, hashlib, random, re

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + s
def h(seed, n): return hashlib.sha256(seed.encode()).digest()[:n]
BTC1 = b58check(b"\x00" + h("dev36-btc-1", 20))
TRX1 = b58check(b"\x41" + h("dev36-trx-1", 20))
TRX2 = b58check(b"\x41" + h("dev36-trx-2", 20))
ETH1 = "0x" + hashlib.sha256(b"dev36-eth-1").hexdigest()[:40]

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

F = "flag"
items = []
def f(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script, voice="victim_or_recruiter", hard=False, entities=list(ents)))
def ok(voice, script, text, ents=(), hard=True):
    items.append(dict(text=text, label="ok", category=None, script=script, voice=voice, hard=hard, entities=list(ents)))

# ---------------- FLAG ----------------
c = "recruitment_deception"
f(c, "bn", "ভাই দুবাই মলে সেলসম্যান এর কাজ, এসি রুমে ডিউটি, মাসে ২২০০ দিরহাম। ভিজিট ভিসায় যাবেন ওখানে গিয়ে কোম্পানি কাজের ভিসা করে দিবে কোন চিন্তা নাই। সিট মাত্র ৩ টা বাকি আজকেই কনফার্ম করেন ০১৭৪৫-৬১২৩৯৮", [P("+8801745612398")])
f(c, "bn", "আপা আমাকে বলছিল হাসপাতালে আয়ার কাজ, এখন দেখি এক বাসায় রাখছে সারাদিন ঘর মোছা বাচ্চা রাখা। কন্ট্রাক্ট কাগজে আরবিতে কি লেখা কিছুই বুঝি নাই সই দিয়া দিছি")
f(c, "bn", "ফ্রি ভিসা!! সৌদি যাইতে কাফিল লাগবে না, নিজের মত কাজ করবেন যেখানে খুশি। ইকামা ঝামেলা আমরা দেখব। যোগাযোগ ইমু ০১৮৫৩৪৭৭২১০", [P("+8801853477210")])
f(c, "bn-Latn", "bhai ami to driver er visa niye aslam, ekhane ese dekhi baladiya te rasta jharu dite hobe. agent bolse driving license ekhane kore dibe ekhon phone dhore na")
f(c, "bn-Latn", "Malaysia factory job urgent!! beton 1800 RM + OT, thaka khawa free. kono experience lagbe na, medical er por 15 din e flight. calling visa 100% guarantee. WhatsApp korun wa.me/60112345871", [W("+60112345871")])
f(c, "bn-Latn", "oi bolsilo hotel e receptionist er kaj r ekhon amake ekta salon e pathaise massage korte. ami to eta jantam na apa, ami ki korbo")
f(c, "en", "They showed us the contract in Dhaka with 1500 riyal and the one they made us sign at the airport said 800. No copy given. Boss says the first one was just for the embassy")
f(c, "en", "Hiring girls 18-25 for Dubai cafe/restaurant hostess, no experience, no English needed, visa+ticket arranged by us, pay later from salary. DM on insta @dubai.dream.jobs_bd", [E("instagram", "@dubai.dream.jobs_bd")])

c = "fees_and_debt"
f(c, "bn", "ভিসার জন্য ৫ লাখ দিছি, জমি বন্ধক রাখছি। এখানে বেতন ৭০০ রিয়াল তার থেকে মাসে ৪০০ কাইটা রাখে, কয় ভিসার টাকা শোধ না হইলে দেশে যাইতে পারবা না")
f(c, "bn", "মালিক কয় তোর টিকেট খাবার থাকার খরচ সব তোর হিসাবে লেখা আছে, এখনো ১১ হাজার রিয়াল বাকি। দুই বছর কাম কইরাও হিসাব শেষ হয় না")
f(c, "bn", "বাকি ১ লক্ষ ৮০ হাজার টাকা ফ্লাইটের আগে দিতে হবে নাইলে পাসপোর্ট ফেরত পাবেন না, আগের ২ লাখ ফেরত হবে না। বিকাশ ০১৯১১-২৩৮৪৫৬ এ পাঠান", [P("+8801911238456")])
f(c, "bn-Latn", "ekhane ashar por boltese iqama renew er khoroch amar, 4000 riyal. r na dile huroob dibe. amar kach theke ager dalal 4 lac nise visa er nam e")
f(c, "bn-Latn", "ammu loan ta nise shomitir theke, prottek mash e kisti. ekhane 3 mash kono baton pai nai, company bole ticket er taka kata hocche. kivabe shodh korbo janina")
f(c, "en", "Salary is 1200 but they keep 900 every month for 'agency fee and accommodation'. I asked when it finishes, supervisor said when he decides. Been 14 months")
f(c, "en", "Medical 15k, visa processing 2.5 lakh, BMET card 'extra' 40k, 'mudir gift' 60k. Pay in cash only no receipt. If you don't pay the rest your flight gets cancelled and deposit is gone")
f(c, "en", "my cousin says the sponsor sold her to another house and told her she now owes the new madam 12000 riyal, the price they paid for her. she cant leave until it's paid")

c = "payments_and_proceeds"
f(c, "bn", "বুধবার ৮ জন মেয়ে আসতেছে, মাথা প্রতি ২ লাখ। অর্ধেক আগে নগদে, বাকিটা বর্ডার পার হইলে। ক্যাশ আউট করে হাতে দিবা, আমার নামে পাঠাইও না")
f(c, "bn", "গত সপ্তাহের কালেকশন ৩ লাখ ৪০ হাজার, ৬টা আলাদা পার্সোনাল নাম্বারে ভাগ কইরা পাঠাইছি যাতে কেউ না ধরে। লিস্ট দিলাম ০১৬২২৪৫৮৯১৩ এটা থেকে বাকিটা তুলবা", [P("+8801622458913")])
f(c, "bn-Latn", "boss bolse ajker income USDT te pathate, Tron address e: " + TRX1 + " . bkash e r pathabi na, oigula block hoye jay", [E("tron_address", TRX1)])
f(c, "bn-Latn", "meye duita ready, client 2 jon ase. ghonta 5000, night 15000. taka agei nagad e pathaite hobe ০১৩১৪৫৬৭২৮৯ nagad personal. baki kotha screenshot e", [P("+8801314567289")])
f(c, "bn-Latn", "hundi te pathaisi 3 lakh, riyal diye dubai theke. ekhon theke proti maser bhara meyeder beton theke kete rakhbi r amake 1 tarikhe pathabi")
f(c, "en", "Per girl 1500 dirham to the Sharjah guy, 700 goes to me, rest to the driver. Pay in BTC only: " + BTC1 + " , confirm with a screenshot", [E("btc_address", BTC1)])
f(c, "en", "new batch passports with me, 12 pcs. Buyer in Riyadh pays 9000 SAR each on arrival. send deposit USDT ERC20 to " + ETH1 + " before I release names", [E("eth_address", ETH1)])

c = "isolation_and_control"
f(c, "bn", "আমার পাসপোর্ট ইকামা সব মুদিরের কাছে। চাইলে কয় কি দরকার, তুমি কই যাবা। ছুটির দিনেও বাইরে যাইতে দেয় না")
f(c, "bn", "মোবাইল নিয়া গেছে ম্যাডাম, শুধু শুক্রবার ১০ মিনিট দেয় বাসায় কথা বলতে, পাশে দাঁড়ায় থাকে। বাইরের দরজা সবসময় তালা")
f(c, "bn-Latn", "kafeel amar passport rakhse r bolse dite parbe na, amra nake palai jabo. room theke ber hoite dey na, gari kore kaj e niye jay abar niye ashe")
f(c, "bn-Latn", "ami ekhon kothay asi janina apu, ekta flat e 6 jon meye, window gula bondho. amader phone gula niye nise. ei number ta ekjon er theke churi kore likhchi")
f(c, "bn-Latn", "bari te bolbi tui valo asis. keu jiggesh korle bolbi nijer ichhay aschis. embassy r lok ashle kotha bolbi na, ami sob dekhbo")
f(c, "en", "we are 40 in the camp, gate locked from outside after 8pm. the foreman keeps all our iqamas in his office, says it's 'for safety'. no one speaks to us in bangla, nobody knows where this camp is")
f(c, "en", "Don't message me on this number again. They check our phones every night. If you need me, I'm on telegram @rina_hope99 but only after 1am", [E("telegram", "@rina_hope99")])
f(c, "en", "they moved me to a third house this month, I dont know the address, I dont go out. madam says if I go to the police they will put me in jail because I have no papers")

c = "labour_exploitation"
f(c, "bn", "সকাল ৬টা থেকে রাত ১টা পর্যন্ত কাজ, একদিনও ছুটি নাই। ৪ মাসের বেতন আটকাইয়া রাখছে, চাইলে কয় পরে দিবে")
f(c, "bn", "জাহাজে তিন মাস, কূলে নামতে দেয় না। দিনে ২০ ঘণ্টা জাল টানি। ক্যাপ্টেন কয় বেতন দেশে গেলে পাবি একসাথে")
f(c, "bn", "আমরা ১৫ জন এক রুমে থাকি, পানি নাই ঠিকমত, খাবার দেয় একবেলা। অসুখ হইলেও কাজে যাইতে হয় নাইলে দিনের টাকা কাটে")
f(c, "bn-Latn", "vai ekhane 45 degree gorom e sara din sement tani, overtime er taka dey na. 6 mash ek taka o pathate pari nai barite. company bole ekhon fund nai")
f(c, "bn-Latn", "mama ami baire kaj kori 14 ghonta, rate e abar madam er bon er basay pathay kaj korte. eta amar kajer moddhe chilo na, taka o dey na")
f(c, "bn-Latn", "amader beton dey sheikh er lok, kintu hate ashe ordhek. card diye bank e jay, ATM card ta foreman er pocket e")
f(c, "en", "they make us work 7 days, if we rest on friday they cut 2 days pay. hand got injured at the machine, no doctor, supervisor said work with one hand or go")
f(c, "en", "Boat crew wanted Oman/Thai waters. 10 months at sea contract, salary paid at end of contract only. Food provided. Must not have family objections. Contact +968 9123 4570", [P("+96891234570")])

c = "threats_and_coercion"
f(c, "bn", "বেশি কথা কইলে তোর নামে চুরির মামলা দিমু, জেলে পইচা মরবি। আর তোর মা বাপের ঠিকানা তো আমার কাছে আছে, মনে রাখিস")
f(c, "bn", "পালানোর চেষ্টা করছিল বলে দুইদিন খাইতে দেয় নাই, সবার সামনে মারছে। বলছে পরের বার হুরুব দিয়া দিবে তারপর জেল")
f(c, "bn-Latn", "tor chobi gula amar kache ase, bari te pathay dimu. beshi bara barish na. kal theke abar kaje jabi")
f(c, "bn-Latn", "dalal er lok amader barite gesilo, abba ke bolse taka ferot chaile cheler khoti hobe. vaiya ami ki korbo ekhane ami eka")
f(c, "en", "If you go to the embassy I'll file absconding on you the same day, you'll be deported with a ban and your family still owes me the money. Think carefully")
f(c, "en", "He says if I stop he will post the videos on facebook and send them to my husband. I'm scared to say no")
f(c, "en", "they took the ones who complained to the desert and left them there for a night. after that nobody asks for salary")

c = "sexual_exploitation"
f(c, "bn", "নতুন মাল আসছে দেশি, বয়স কম, ফ্রেশ। রুম সার্ভিস হোটেলে দেয়া যাবে, রেট ইনবক্সে। হোয়াটসঅ্যাপ wa.me/971501234876", [W("+971501234876")])
f(c, "bn", "পার্লারে কাজ বলে আনছিল, রাতে কাস্টমার এর কাছে পাঠায়। না গেলে খাবার বন্ধ। দিনে ৫-৬ জন")
f(c, "bn", "আপু আমি আর পারতেছি না, স্পা তে মালিশ না, অন্য কাজ করায়। টাকা সব ম্যানেজার নেয়, আমি একটা টাকাও পাই না")
f(c, "bn-Latn", "Deshi bhabi available Deira, incall outcall, 24/7, Bangla hindi bole. new girl every week. WA te msg: +971 52 438 1190", [P("+971524381190")])
f(c, "bn-Latn", "amake dance bar e gan gaite nise bole, ekhon boltese customer er sathe rooom e jete hobe naile debt baraibe. passport o ora rakhse")
f(c, "en", "Sweet young Bengali girls just arrived, very new, no limits, hotel visits only, pay on arrival. Ask for Rosy @rosy_vip_dxb on telegram", [E("telegram", "@rosy_vip_dxb")])
f(c, "en", "my friend was told she'd be a nanny. the first night the man who met her at the airport said she'd 'entertain guests' to repay the flight. she's locked in an apartment in Al Barsha")

c = "minors"
f(c, "bn", "মেয়েটার বয়স ১৪, জন্ম নিবন্ধনে বয়স বাড়াইয়া ২১ করা হইছে, পাসপোর্টও ওই বয়সেই হইব। বাসার কাজে পাঠামু, কাউরে কইয়ো না")
f(c, "bn", "ক্লাস সেভেনের মাইয়া, দেখতে বড় লাগে। ইন্ডিয়া পার কইরা দিলেই হইব, ওইখানে পার্টি আছে। বাপ মা রে কইছি গার্মেন্টসে চাকরি")
f(c, "bn-Latn", "pola gula 12-13 bochor, trawler e jabe 3 mash er jonno. baper sathe 20 hajar e kotha hoye gese advance")
f(c, "bn-Latn", "choto meye lagbe 15-16, kacha boyosh, bidesh e biye dibo bole anbo. age proof er kaj ami kore dimu")
f(c, "en", "Need a girl for housework in Jeddah, 13 or 14 best, they learn fast and dont complain. Family paid 30k, papers will show 25")
f(c, "en", "She's only 15 and they put her on a page as 19, photos in makeup. The 'uncle' who took her from the village picks up the money at night")
f(c, "en", "new kids for the camel farm arrived, small ones are lighter for riding. keep them off the phone and don't register names")

# ---------------- OK: hard negatives ----------------
# news 6
ok("news", "bn", "মানবপাচার মামলায় দুই দালালকে যাবজ্জীবন দিল ট্রাইব্যুনাল। আদালত সূত্রে জানা যায়, তারা সৌদি আরবে বাসাবাড়ির কাজ দেওয়ার কথা বলে ৯ নারীকে পাচার করেছিল।")
ok("news", "bn", "কক্সবাজারে ট্রলার থেকে ২৩ জনকে উদ্ধার করেছে কোস্টগার্ড, মালয়েশিয়া পাঠানোর কথা বলে তাদের জড়ো করা হয়েছিল। আটক ৩।")
ok("news", "bn-Latn", "khobor dekhlam RAB Jatrabari theke 2 jon dalal dhorse, Dubai te meye pathaito parlour er kaj bole. 11 ta passport uddhar")
ok("news", "en", "Dhaka: Police arrested a recruiting agent accused of sending 40 workers to Libya on visit visas; victims told reporters their passports were confiscated on arrival. The case was filed under the Prevention and Suppression of Human Trafficking Act 2012.")
ok("news", "en", "Court frees 7 Bangladeshi fishermen held on a Thai trawler; the captain faces forced labour charges, prosecutors said on Tuesday.")
ok("news", "bn-Latn", "Sylhet e ek dalal er 7 bochor jail hoise, shob TV te dekhaise. gramer 3 jon er kach theke 12 lakh nise Italy pathabe bole")
# awareness 6
ok("awareness", "bn", "বিদেশ যাওয়ার আগে জেনে নিন: কাজের ভিসা আর ভিজিট ভিসা এক না। কোনো দালালের হাতে পাসপোর্ট দেবেন না। সমস্যা হলে প্রবাসবন্ধু কল সেন্টারে কল করুন।")
ok("awareness", "bn-Latn", "Group er sobai mone rakhben: kafeel passport rakhte pare na, eta Saudi aine o nishiddho. kono bhai er passport atke rakhle amader inbox korun, embassy labour wing er sathe jogajog kore dibo")
ok("awareness", "en", "Sisters, if anyone offers you a 'beauty parlour job' in Dubai with free ticket and no skills needed, please check with BMET first. Real jobs do not ask you to pay later from salary.")
ok("awareness", "en", "Reminder from the community desk: 'free visa' is not legal in KSA. Working for someone other than your kafeel can get you marked huroob. Ask us before you move.")
ok("awareness", "bn", "মেয়ে বিদেশে পাঠানোর আগে রিক্রুটিং এজেন্সির লাইসেন্স নম্বর যাচাই করুন। বয়স ২৫ এর কম হলে গৃহকর্মী হিসেবে সৌদি যাওয়া যায় না।")
ok("awareness", "bn-Latn", "bhaira keu jodi bole 'ekhane eshe kaj er visa kore dibo' taile shabdhan, visit visa te eshe onek e atke jai. age thekei kaj er visa niye ashen")
# official 6
ok("official", "bn", "বিজ্ঞপ্তি: সৌদি আরবগামী পুরুষ কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ১ লক্ষ ৬৫ হাজার টাকা। এর বেশি কেউ দাবি করলে জেলা জনশক্তি অফিসে অভিযোগ করুন। হটলাইন ০৯৬৫৪৩৩৩৩৩৩", [P("+8809654333333")])
ok("official", "en", "Embassy of Bangladesh, Muscat - Labour Wing: workers whose passports are held by employers may submit a written complaint. Passport renewal applications are accepted Sun-Thu 9am-1pm. Email: labourwing.mct@example.org", [E("email", "labourwing.mct@example.org")])
ok("official", "bn-Latn", "[Nur Overseas RL-1234] Malaysia plantation worker, govt nirdharito khoroch 78,990 taka, shob taka bank e joma, receipt deya hobe. BMET registration baddhotamulok. office: Naya Paltan, 01713-552090", [P("+8801713552090")])
ok("official", "en", "Consular notice: iqama renewal fees are payable by the employer under Saudi labour law. Workers should not be charged. Report cases to the Labour Wing, Riyadh, +966 11 488 1234.", [P("+966114881234")])
ok("official", "bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: বহির্গমন ছাড়পত্রের জন্য আবেদনকারীর পাসপোর্ট নম্বর, জাতীয় পরিচয়পত্র নম্বর ও চুক্তিপত্র সংযুক্ত করতে হবে। ফি অনলাইনে জমা দিন।")
ok("official", "en", "Applicant: MD RAFIQUL ISLAM, Passport No. EB0473815, NID 4617285930, Destination: Qatar, Job: Electrician, Contract salary QAR 1800, BMET clearance approved.", [E("bd_passport", "EB0473815"), E("bd_nid", "4617285930")])
# receipt 6
ok("receipt", "en", "You have received Tk 7,500.00 from 01819447263. Fee Tk 0.00. Balance Tk 12,340.50. TrxID BK4RT7QZ2M at 12/11/2026 19:42", [P("+8801819447263"), E("mfs_transaction", "BK4RT7QZ2M")])
ok("receipt", "en", "Money Received. Amount: Tk 20000.00 Sender: 01556238174 Ref: ammur ausud TxnID: 73KD9P2X Balance: Tk 21450.00", [P("+8801556238174"), E("mfs_transaction", "73KD9P2X")])
ok("receipt", "en", "Cash-In from A/C: ***4471 Tk 15,000.00 Fee: Tk 0.00 Balance Tk 15,822.00 TxnId: 3947261058", [E("mfs_transaction", "3947261058")])
ok("receipt", "bn", "আপনি ০১৭৬৩৯২৮৪১৫ নম্বরে ৳৫,০০০ সেন্ড মানি করেছেন। চার্জ ৳০। ব্যালেন্স ৳২,১১০। TrxID CJ8NX4LW1E", [P("+8801763928415"), E("mfs_transaction", "CJ8NX4LW1E")])
ok("receipt", "bn-Latn", "bkash korsi 10 hajar, TrxID DA2MP9KS7V. abba ke bolo cash out kore nite, ar 2 din por baki ta pathabo inshallah", [E("mfs_transaction", "DA2MP9KS7V")])
ok("receipt", "bn", "প্রিয় গ্রাহক, আপনার অ্যাকাউন্টে রেমিট্যান্স জমা হয়েছে ৳৮৭,৪৫০ (SAR 3,000) প্রেরক: SHAHIN ALAM, রিয়াদ। সরকারি প্রণোদনা ২.৫% যোগ হয়েছে।")
# worker_content 7
ok("worker_content", "bn-Latn", "alhamdulillah ajke iqama renew hoye gelo, company nije shob khoroch dilo. beton o time moto pai, overtime 8 riyal ghonta. bhalo achi sobai doa koiren")
ok("worker_content", "bn", "আমার কোম্পানি ভালো, পাসপোর্ট নিজের কাছেই রাখি। প্রতি মাসের ২৮ তারিখে বেতন দেয়, শুক্রবার ছুটি। রুমে ৪ জন থাকি, এসি আছে ☺️")
ok("worker_content", "en", "Day in my life as a Bangladeshi driver in Muscat 🇴🇲 start 6am, finish 4pm, then cricket with roommates. Salary 280 OMR, sending 70k home this month. Kafeel is a good man mashallah")
ok("worker_content", "bn-Latn", "mudir amader ke eid e 500 riyal bonus dise, r 1 mash er chuti deshe jaoar jonno ticket o dibe. 3 bochor por deshe jacchi vai 😍")
ok("worker_content", "en", "Vlog #34 - hotel housekeeping in Dubai. Yes we work 9 hours, OT is paid, passport stays with me, contract renewed for 2 more years. Ask me anything in comments")
ok("worker_content", "bn", "সৌদিতে ৭ বছর হইল, কফিল বদল করছি আইন মেনে, এখন নিজের কাজ। কেউ আসতে চাইলে সরাসরি কাজের ভিসায় আসবেন, ফ্রি ভিসার লোভে পড়বেন না")
ok("worker_content", "bn-Latn", "Malaysia update: amader factory basic beton 1700 RM koreche, sunday te overtime dobol. permit renew hoilo last week, levy company dise. kono obhijog nai bhaira")
# joke 5
ok("joke", "bn-Latn", "roommate Rahim er bou bolse or passport ami rakhbo naile abar bidesh chole jabe 😂😂 beta ekhon huroob nijer bari theke")
ok("joke", "en", "my wife took my phone and wallet, locked the door and said 'no going out until the dishes are done'. Is this forced labour, should I call the embassy 😂")
ok("joke", "bn", "আমার ম্যানেজার হইল আসল কফিল, ছুটি চাইলে এমন চোখে তাকায় যেন কিডনি চাইছি 😂")
ok("joke", "bn-Latn", "vaiya ami to shorbo khetre 'debt bondage' e asi, ammur kach theke 500 taka dhar nisilam class five e, ekhono shodh hoy nai 🤣")
ok("joke", "bn-Latn", "ami night shift e chilam r roommate amar khat ta notun pola ke 50 riyal e bechi dise. eta furniture trafficking 😭 embassy te case dibo")
# chatter (hard) 6
ok("chatter", "bn-Latn", "vai kal sokale baladiya office e jabo card renew korte, tumi ki amar sathe jaba? passport r 2 ta chobi niye aisho")
ok("chatter", "bn", "বাথার কাছে ভালো টাইপিং সেন্টার কেউ চিনেন? ব্যাংকের লোনের জন্য ইকামা আর ভিসার কপি প্রিন্ট করা লাগবে")
ok("chatter", "bn", "ভাই আজকে ওভারটাইম আছে, রাতে ফিরতে দেরি হবে। মুদির বলছে কাল থেকে নতুন সাইটে কাজ, গাড়ি সকাল ৫টায় আসবে")
ok("chatter", "bn", "দালালের মাধ্যমে না, সরাসরি এজেন্সিতে গিয়ে টাকা জমা দিছি, রশিদও নিছি। মেডিকেল কাল। দোয়া কইরো")
ok("chatter", "en", "Bro the spa on 2nd street has a massage offer 50 AED for 1 hour, my back is destroyed from the site. Going friday")
ok("chatter", "bn-Latn", "meye ta ke hotel management e bhorti korlam, porashona shesh hole Dubai er hotel e internship er sujog ache bolse college theke")
# family 6
ok("family", "bn", "আব্বা, মিনার পাসপোর্ট করতে দিছি, ১৫ দিন লাগবে। স্কুলের সার্টিফিকেটে বয়স ১৬, এইটা নিয়া জন্মনিবন্ধন ঠিক করতে হবে ইউনিয়ন পরিষদে")
ok("family", "bn-Latn", "amma tomar jonno 15 hajar pathailam bkash e, chotor school er beton ar boi kinba. ami valo achi, kaje chap kom ekhon")
ok("family", "en", "Auntie, we want to fix Sumi's marriage after her HSC, she's 17 now, she'll be 18 in March. No hurry, let her finish exams first")
ok("family", "bn", "ছোট ভাই এর ১২ বছর হইল, মাদ্রাসায় দিছি। বিদেশ এর কথা ভাবতেও দিমু না, আগে লেখাপড়া")
ok("family", "bn-Latn", "bhabi apnar bhai er passport ta amar kache ase, agency te jama dite hobe na, nije giye BMET card korbo. chinta koiren na")
ok("family", "en", "Abbu sent the money for the loan kisti, 12000 taka. Told him don't take any more loans for my brother's visa, I'll arrange it through the official agency next year")

# ---------------- OK: easy negatives (12) ----------------
ok("chatter", "bn", "আজকে বিকেলে বৃষ্টি হবে মনে হয়, ছাতা নিয়া বাইর হইও", hard=False)
ok("chatter", "bn", "ভাত রান্না হইছে, তরকারি আনতে ভুলে গেছি 😅", hard=False)
ok("chatter", "bn", "কাল খেলা কখন শুরু? বাংলাদেশ টস জিতলে ব্যাটিং নিবে", hard=False)
ok("chatter", "bn", "শুভ জন্মদিন আপু 🎂 অনেক অনেক দোয়া রইল", hard=False)
ok("chatter", "bn-Latn", "ki khobor dost, onek din kotha hoy na. free hoile call dis", hard=False)
ok("chatter", "bn-Latn", "ajke office e net nai, mail pathate parbo na kal sokale pathabo", hard=False)
ok("chatter", "bn-Latn", "biryani ta joss hoise mama, next friday abar", hard=False)
ok("chatter", "bn-Latn", "ami 10 min e ashtesi, rickshaw pacchi na", hard=False)
ok("chatter", "en", "Meeting moved to 3pm, please bring the printed slides", hard=False)
ok("chatter", "en", "happy eid everyone 🌙 eid mubarak from all of us", hard=False)
ok("chatter", "en", "did anyone find my charger? white one, left it near the TV", hard=False)
ok("chatter", "en", "Traffic on Sheikh Zayed road is crazy today, take the metro", hard=False)

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def check(rows):
    assert len(rows) == 120, len(rows)
    for r in rows:
        t = r["text"].translate(BN_DIG)
        digits = re.sub(r"\D", "", t)
        for e in r["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert v.startswith("+") and v[1:].isdigit(), v
                assert v[-9:] in digits, (r["id"], v)
            elif e["type"] in ("bd_nid",):
                assert v in digits, (r["id"], v)
            elif e["type"] == "eth_address":
                assert v == v.lower() and v in t.lower(), (r["id"], v)
            else:
                assert v in t, (r["id"], v)
    assert sum(r["label"] == "flag" for r in rows) == 60
    assert sum(r["label"] == "ok" and r["hard"] for r in rows) >= 45
    # address validity
    for a, ver in ((BTC1, 0), (TRX1, 0x41), (TRX2, 0x41)):
        n = 0
        for ch in a: n = n * 58 + B58.index(ch)
        raw = n.to_bytes(25, "big")
        assert raw[0] == ver and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    assert re.fullmatch(r"0x[0-9a-f]{40}", ETH1)

random.Random(36).shuffle(items)
rows = []
for i, it in enumerate(items, 1):
    rows.append({"id": f"dev36-{i:04d}", "text": it["text"], "label": it["label"], "category": it["category"],
                 "script": it["script"], "voice": it["voice"], "hard": it["hard"], "entities": it["entities"]})
check(rows)
with open("eval/dev/dev36.jsonl", "w", encoding="utf-8") as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows))
