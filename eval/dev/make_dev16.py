#!/usr/bin/env python3
"""Blind evaluation set dev16 for evidtriage trafficking-indicator detection (issue 15).
Written from shared/research/indicators.md and the types listed in issue 15 only."""
import hashlib, json, os

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]

ADDR = {
    "TRON1": b58check(b"\x41" + h20("dev16-tron-1")),
    "ETH1": "0x" + hashlib.sha256(b"dev16-eth-1").hexdigest()[:40],
    "BTC1": b58check(b"\x00" + h20("dev16-btc-1")),
}

def ph(x): return {"type": "phone", "value": x}
def wa(x): return {"type": "whatsapp", "value": x}
def mfs(x): return {"type": "mfs_transaction", "value": x}
def tg(x): return {"type": "telegram", "value": x}
def pp(x): return {"type": "bd_passport", "value": x}
def nid(x): return {"type": "bd_nid", "value": x}

F = "flag"
# (text, category, script, entities)
FLAGS = [
 # ---------------- recruitment_deception ----------------
 ("Bhai visit visa te jaben, oikhane pouchaile kaj er visa kore dibo, kono jhamela nai. Airport e keu jigaile bolben berate jaitesen, kaj er kotha mukhe anben na.", "recruitment_deception", "bn-Latn", []),
 ("ammu ora bolsilo hotel e waiter er kaj, ekhane aisha dekhi rod e dariye mati tulte hoy. contract er kagoj arbi te, kichui bujhi na. 1200 riyal bolse, dey 600", "recruitment_deception", "bn-Latn", []),
 ("Thailand e online customer service job, salary 1000$ + bonus, plane ticket r hotel free. Bangkok theke amader gari niye jabe border er kache office e. keu jiggesh korle bolben tourist. cv pathan telegram e @rafi_jobs_bd", "recruitment_deception", "bn-Latn", [tg("@rafi_jobs_bd")]),
 ("bhai amra teknaf theke trolar e uthsilam, 4 din hoye gelo. dalal bolsilo malaysia namaiya dibe, ekhon thailand er jongole ek ghor e rakhse, bolse ar 2 lakh na dile samne nibe na", "recruitment_deception", "bn-Latn", []),
 ("ভাই সৌদি ফ্রি ভিসা, কফিল শুধু কাগজে থাকবে, ওখানে গিয়া নিজে কাজ খুঁজে নিবেন। আকামা এক বছর পর করে দিমু। টোটাল ৪ লাখ ৮০, অর্ধেক আগে দিতে হবে।", "recruitment_deception", "bn", []),
 ("যে ভিসাটা দিছিলো ওইটা নাকি জাল, এয়ারপোর্টে ইমিগ্রেশন আটকায়ে দিলো। দালাল এখন ফোন ধরে না, সাড়ে তিন লাখ টাকা শেষ।", "recruitment_deception", "bn", []),
 ("তোর মামা বলল রোমানিয়ার ওয়ার্ক পারমিট, কিন্তু টিকেট কাটছে দুবাই হয়ে লিবিয়া। ওখান থেকে নাকি নৌকায় ইতালি পার করবে। এইটা কাজের ভিসা না বাবা, যাইস না।", "recruitment_deception", "bn", []),
 ("Urgent 20 boys for Dubai cleaning company, salary AED 1800. Visa is visit visa but we convert there no problem. At airport dont say u going for job, say visiting cousin. wa.me/8801887342210", "recruitment_deception", "en", [wa("+8801887342210")]),
 ("they told us data entry job in Cambodia. now we r in a building with guards, they make us chat with foreigners all day for crypto investment. whoever dont reach target gets beaten", "recruitment_deception", "en", []),
 ("Sis the Jordan garments job is real, but on the papers it will say housemaid because garments visa is closed now. Once u reach we shift u to factory, trust me.", "recruitment_deception", "en", []),
 # ---------------- fees_and_debt ----------------
 ("company bolse visa r ticket er khoroch 3 lakh amar naame dena, proti mash beton theke 400 ringgit kete rakhbe jotodin shodh na hoy. 8 mash hoye gelo ekhono shesh hoy na", "fees_and_debt", "bn-Latn", []),
 ("dubai pouchaile aro 80 hajar lagbe medical r visa stamping er jonno, eta age boli nai karon tokhon jantam na. na dile kaj shuru hobe na, bose thakte hobe", "fees_and_debt", "bn-Latn", []),
 ("abbu jomi bondhok rakhse 2 lakh er jonno, baki ta kisti. bhaiya bolse 2 bochor kono taka pathaite parbe na, oikhane agency r loan age kaj kore shodh korte hobe", "fees_and_debt", "bn-Latn", []),
 ("malik bole tor pichone 5000 riyal khoroch korsi, oita kaj kore shodh kor tarpor beton. hisab chaile o dekhay na", "fees_and_debt", "bn-Latn", []),
 ("মালয়েশিয়া যেতে সরকারি খরচ যা-ই বলুক, আমাদের প্যাকেজ ৫ লাখ ৫০ হাজার। টাকা কম থাকলে সমস্যা নাই, ওখানে গিয়া বেতন থেকে কাইটা নিবে।", "fees_and_debt", "bn", []),
 ("প্রতি মাসে খাওয়া আর থাকার খরচ ধরে দেনার সাথে যোগ করে। দেনা খালি বাড়ে, কমে না। শোধ না হইলে দেশে যাইতে পারবো না বলছে।", "fees_and_debt", "bn", []),
 ("ছেলেটা লিখছে ওখানে পৌঁছানোর পর কোম্পানি বলতেছে আরও দেড় লাখ লাগবে কার্ডের জন্য, নইলে অবৈধ হয়ে যাবে। আমরা তো আগেই সব দিছিলাম।", "fees_and_debt", "bn", []),
 ("agent took 6.5 lakh from my father. here supervisor says every month RM 300 deducted for 'agency loan' plus hostel, I take home almost nothing. When I ask he says finish the loan first then talk", "fees_and_debt", "en", []),
 ("No need to pay full now bro. Give 1 lakh advance, rest we cut from ur salary first 10 months. Passport stays with company until balance clear.", "fees_and_debt", "en", []),
 ("Madam your daughter's costs are covered by the sponsor, she pays it back with her work in the first two years. She cannot change job or come home before that.", "fees_and_debt", "en", []),
 # ---------------- payments_and_proceeds ----------------
 ("chharanor taka 1 lakh 20 ek number e pathaiyen na. 4 ta alada bkash e 30 kore den: 01719-334562, 01856-771203, 01934-620018, 01611-458730. cash out er por screenshot diben", "payments_and_proceeds", "bn-Latn", [ph("+8801719334562"), ph("+8801856771203"), ph("+8801934620018"), ph("+8801611458730")]),
 ("bhai ke chharte oder lok bolse 3000 USDT dite hobe, TRC20 te, address dise {TRON1} . bank e gele ar kono kotha bolbe na", "payments_and_proceeds", "bn-Latn", [{"type": "tron_address", "value": ADDR["TRON1"]}]),
 ("apnar cheler passport r chuti chaile 2 lakh lagbe. bank e pathaben na, amader lok Jatrabari te ase, nogod diye ashben, o hundi kore pathiye dibe", "payments_and_proceeds", "bn-Latn", []),
 ("Nagad e 25 hajar ashse, TxnID: 7HX92KQ4 . baki 75 kal 3 number e bhag kore diben, tarpor oke gari te tule dibo", "payments_and_proceeds", "bn-Latn", [mfs("7HX92KQ4")]),
 ("টাকা না আসা পর্যন্ত ওরে ছাড়া হবে না। বিকাশে এক নাম্বারে ৫০ হাজারের বেশি দিবেন না, ভাগ কইরা পাঠান। ০১৮১৫-২২৭৯৪০ আর ০১৭৪৩-৯০৮৮৬১", "payments_and_proceeds", "bn", [ph("+8801815227940"), ph("+8801743908861")]),
 ("লিবিয়ায় যারা আটকায়ে রাখছে ওরা ভিডিও কলে মারতেছে আর বলতেছে ৮ লাখ দিলে ছাড়বে। ওদের দেশি লোক মাদারীপুরে আইসা হাতে হাতে টাকা নিয়া যাবে।", "payments_and_proceeds", "bn", []),
 ("মুক্তির টাকাটা ক্রিপ্টোতে দিতে কইছে। বাইনান্স থেকে ইউএসডিটি কিনে এই ঠিকানায় পাঠাইতে হবে: {ETH1}", "payments_and_proceeds", "bn", [{"type": "eth_address", "value": ADDR["ETH1"]}]),
 ("Collection for the girls this week: pick up cash from the 3 hotels, deposit at different bKash agent points, not more than 20k each. Send me the TrxIDs. Last one was TrxID BFK7Q2M9XA", "payments_and_proceeds", "en", [mfs("BFK7Q2M9XA")]),
 ("They say my brother will be sold to another boat if we dont pay 5000 ringgit by Friday. They gave this Malaysian number +60 12-384 5127, money goes through a shop in Dhaka", "payments_and_proceeds", "en", [ph("+60123845127")]),
 ("send the BTC to {BTC1} , after 2 confirmations we release him at the border and he calls you himself. no police or price doubles", "payments_and_proceeds", "en", [{"type": "btc_address", "value": ADDR["BTC1"]}]),
 # ---------------- isolation_and_control ----------------
 ("ekhane ashar por mobile ta madam niye nise. shudhu shukrobar 5 minit dey ma er sathe kotha bolte, pashe dariye shune", "isolation_and_control", "bn-Latn", []),
 ("bari te bolbi garments e chakri paisos, dhaka tei thakbi. ar kisu bolar dorkar nai, baki ta ami samlamu", "isolation_and_control", "bn-Latn", []),
 ("gate e sob somoy ekjon boshe thake, nicher dokan e o jaite dey na. ja lage supervisor kine ane", "isolation_and_control", "bn-Latn", []),
 ("notun gular passport amar kase thakbe, karo hate dibi na. keu bari te phone dite chaile age amake dekhabi", "isolation_and_control", "bn-Latn", []),
 ("সকালে আমাদের রুমে তালা দিয়া যায়, রাতে আইসা খোলে। জানালায়ও গ্রিল, কারো সাথে দেখা হয় না।", "isolation_and_control", "bn", []),
 ("তোমার আব্বা আম্মারে বলবা মেয়েদের হোস্টেলে থাকো। নাম্বার বদলায়ে ফেলো, পুরান সিমটা আমারে দিয়া দাও।", "isolation_and_control", "bn", []),
 ("পাসপোর্টগুলো মালিক নিজের আলমারিতে রাখছে, চাইলে বলে কেন লাগবে। বাইরে গেলে পুলিশ ধরবে বলে ভয় দেখায়।", "isolation_and_control", "bn", []),
 ("we stay in the same compound we work in. a van takes us and brings us back, nobody goes alone. my sim was taken the first day, using a cleaner's phone now so pls dont call back this number", "isolation_and_control", "en", []),
 ("If your family calls you say you are fine and the job is good. Keep it short. I will be sitting next to you.", "isolation_and_control", "en", []),
 ("The lady of the house keeps the key. I only go out with her to the market. Haven't spoken to anyone outside in 4 months.", "isolation_and_control", "en", []),
 # ---------------- labour_exploitation ----------------
 ("6 mash beton nai. malik bole jomai rakhtese, deshe gele eksathe dibe. khali khawar jonno 100 riyal dey", "labour_exploitation", "bn-Latn", []),
 ("shokal 5 ta theke rat 11 ta porjonto kaj, kono chuti nai, shukrobar o na. ek bela bhat dey, baki bela shukna ruti", "labour_exploitation", "bn-Latn", []),
 ("amader 12 jon ke arek kofil er kase bechhe dise, ekhon notun jaygay kaj. notun malik bole tora amar kena mal", "labour_exploitation", "bn-Latn", []),
 ("apa ke kisu bolo na, ami thik asi. 3 ta bari te kaj koray, beton ekta taka o nijer hate pai na, madam bole tomar agency niye jay", "labour_exploitation", "bn-Latn", []),
 ("৯ মাস ধরে বেতন দিতেছে না, বলে কোম্পানির অবস্থা খারাপ। খাবারের টাকাও নিজেদের দিতে হয়, ধার কইরা চলতেছি।", "labour_exploitation", "bn", []),
 ("দিনে ১৮ ঘণ্টা খাটায়, অসুখ হইলেও ছুটি নাই। ডাক্তার দেখাইতে চাইলে বেতন কাটে।", "labour_exploitation", "bn", []),
 ("আমাদের আরেক কোম্পানিতে ভাড়ায় দিয়া দিছে, বেতন তোলে আগের মালিক, আমরা পাই অর্ধেকেরও কম।", "labour_exploitation", "bn", []),
 ("12 of us sleep in one container room, no fan. shift is 14 hrs, pay is 'next month' since march", "labour_exploitation", "en", []),
 ("Tell the new ones: no salary first 3 months, that's training. Anyone who complains gets sent to the farm site.", "labour_exploitation", "en", []),
 ("they moved me to another madam house, she said she paid the office for me so I work until she says. no pay yet", "labour_exploitation", "en", []),
 # ---------------- threats_and_coercion ----------------
 ("beshi kotha bolle huroob kore dibo, tokhon police dhorle jail tarpor deport. chup chap kaj kor", "threats_and_coercion", "bn-Latn", []),
 ("tor bhai er school kothay jani, tor baper dokan o chini. palanor chinta korle bujhbi", "threats_and_coercion", "bn-Latn", []),
 ("embassy te phone diso shunlam. abar dile kagoj chara rastay fele dibo, keu khujeo pabe na", "threats_and_coercion", "bn-Latn", []),
 ("Kal je ta palaite gesilo oke shobar samne pitaise, bolse porer bar current dibe", "threats_and_coercion", "bn-Latn", []),
 ("দেশে ফেরার কথা মুখেও আনবি না। তোর মায়ের নামে মামলা দিয়া দিমু, জমি ও যাবে।", "threats_and_coercion", "bn", []),
 ("পুলিশের কাছে গেলে তোরেই ধরবে, তোর তো আকামা নাই। আমার কথা শুনলে কেউ কিছু করবে না।", "threats_and_coercion", "bn", []),
 ("মেয়ে যদি কাজ ছাড়ে, ওর ছবিগুলা গ্রামে সবাইরে পাঠায়ে দিব। আপনারা বুঝেন কি করবেন।", "threats_and_coercion", "bn", []),
 ("You leave this house, I call police and say you stole gold. Who will they believe, you or me?", "threats_and_coercion", "en", []),
 ("We know where your wife lives in Narsingdi. Finish the contract quietly and nothing happens to her.", "threats_and_coercion", "en", []),
 ("He showed us the rod and said whoever talks to the inspectors tomorrow will not walk again.", "threats_and_coercion", "en", []),
 # ---------------- minors ----------------
 ("meye tar boyos 15 hoileo somossa nai, jonmo nibondhon notun kore 21 dekhabo, passport o oi date e hobe", "minors", "bn-Latn", []),
 ("chacha bolse dhaka r ek saheb er basay 12 bochorer meye lagbe ghorer kaj er jonno, mashe 3000 dibe, khawa thaka, school er dorkar nai", "minors", "bn-Latn", []),
 ("ami to matro 15 e porsi. uni bolse keu jigaile 19 bolbi, card e o 19 lekha ache. kono problem hobe na to?", "minors", "bn-Latn", []),
 ("gram theke 3 ta pola ana jabe, 11-13 bochor, hotel e thala bati dhoar kaj. baper hate 5 hajar kore advance dilei hoye jabe", "minors", "bn-Latn", []),
 ("মেয়ের বয়স কম বলে চিন্তা কইরেন না, নতুন এনআইডি বানায়ে দিমু, জন্ম ২০০২ সাল দেখাবো। পাঁচ হাজার লাগবে খরচ।", "minors", "bn", []),
 ("ওর মা ওরে ঢাকায় বাসার কাজে দিবে, বয়স দশ। যে আপা নিবে সে বলছে বছরে একবার বাড়ি আসতে দিবে, টাকা মায়ের বিকাশে যাবে।", "minors", "bn", []),
 ("আমার বয়স সতেরো, পাসপোর্টে লেখা পঁচিশ। দালাল ভাই বলছে কেউ ধরতে পারবে না।", "minors", "bn", []),
 ("Girl is 16 but looks older, we do new birth cert with 1999, nobody checks in Dubai", "minors", "en", []),
 ("Need small girl for house work, 10-12 yrs, from village, full time stay. Will give her parents 4000 monthly. Call 01558-306471", "minors", "en", [ph("+8801558306471")]),
 ("the young ones (under 18) only go to the private customers, never write their real age in this group", "minors", "en", []),
 # ---------------- sexual_exploitation ----------------
 ("Dubai te beauty parlour e kaj, beton 1 lakh 20 hajar. shudhu shundori meye lagbe, boyos 18-25, experience lagbe na. chobi pathan inbox e", "sexual_exploitation", "bn-Latn", []),
 ("apa parlour bolsilo, ekhane ashar por bole rate guest er room e jaite hobe. na gele khaite dey na", "sexual_exploitation", "bn-Latn", []),
 ("aj rate 3 ta booking, ek ek jon 2 ghonta. notun meye ta ke Gulshan er hotel e pathabi, taka age nibi", "sexual_exploitation", "bn-Latn", []),
 ("oman er hotel e 'hostess' job, drinks serve r guest der company dite hobe. family ke bolba receptionist", "sexual_exploitation", "bn-Latn", []),
 ("স্পা তে চাকরি বইলা আনছে, এখন কাস্টমারের সাথে যাইতে বাধ্য করে। না বললে মারে।", "sexual_exploitation", "bn", []),
 ("দুবাইয়ে ড্যান্স বারে কাজ, সুন্দরী মেয়ে লাগবে, মাসে দেড় লাখ। রাতে অতিথিদের সঙ্গ দিতে হবে, বাকিটা ওখানে গেলে বুঝবা।", "sexual_exploitation", "bn", []),
 ("নতুন দুইটা মেয়ে আসছে, ছবি গ্রুপে দিছি। রেট আগের মতই, রুম হোটেলের চার তলায়।", "sexual_exploitation", "bn", []),
 ("Massage therapist needed Kuala Lumpur, females only 18-24, no experience, free accommodation, RM 8000+ with tips. Send full body photo on telegram @klspa_hiring", "sexual_exploitation", "en", [tg("@klspa_hiring")]),
 ("I came for a salon job. They keep my passport and say I owe 3000 dollars, I have to see clients every night until its paid.", "sexual_exploitation", "en", []),
 ("new girls from BD arrived, 19 and 20, available tonight, outcall only, double price first week. WhatsApp +971 55 418 2093", "sexual_exploitation", "en", [ph("+971554182093")]),
]

# (text, script, voice, hard, entities)
OKS = [
 # ---------------- news ----------------
 ("মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে তরুণদের লিবিয়ায় নিয়ে আটকে রেখে মুক্তিপণ আদায় করত চক্রটি, জানিয়েছে র‍্যাব।", "bn", "news", True, []),
 ("কক্সবাজারের টেকনাফ থেকে ট্রলারে করে মালয়েশিয়া যাওয়ার পথে ৪২ জনকে উদ্ধার করেছে কোস্টগার্ড। আটক দুই দালালের বিরুদ্ধে মানব পাচার আইনে মামলা হয়েছে।", "bn", "news", True, []),
 ("Court sentences two recruiters to life imprisonment for trafficking women to Dubai with promises of beauty parlour jobs, where they were forced into prostitution.", "en", "news", True, []),
 ("Police said the gang kept the victims' passports and phones and demanded Tk 5 lakh from each family through bKash and hundi before releasing them.", "en", "news", True, []),
 ("khobor dekhsen? Madaripur e dalal chokro dhora porse, libya te atke rekhe family r kase mukti pon chaito. 5 jon arrest, RAB bolse aro ase", "bn-Latn", "news", True, []),
 ("Myanmar scam compound: 18 Bangladeshis repatriated. They told reporters they had been promised IT jobs in Thailand and were held behind guarded walls.", "en", "news", True, []),
 ("জন্মসনদে বয়স বাড়িয়ে ১৪ বছরের কিশোরীকে গৃহকর্মী হিসেবে সৌদি আরবে পাঠানোর ঘটনায় সংশ্লিষ্ট রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত করেছে মন্ত্রণালয়।", "bn", "news", True, []),
 ("CID arrests 4 MFS agents for running digital hundi, splitting remittance money into small bKash transfers to avoid detection.", "en", "news", True, []),
 ("ajker potrikay dekhlam saudi theke 70 jon nari grihokormi ferot aise, onekei bolse beton dito na r mobile kere rakhto. sorkar toddonto korbe bolse", "bn-Latn", "news", True, []),
 ("চলতি মাসে দেশে প্রবাসী আয় এসেছে ২৪০ কোটি ডলার, যা গত বছরের একই সময়ের তুলনায় ১২ শতাংশ বেশি।", "bn", "news", False, []),
 # ---------------- awareness ----------------
 ("সতর্ক থাকুন! কেউ যদি বলে 'পাসপোর্ট আমার কাছে জমা রাখেন, ভিসা হলে ফেরত দিবো' — কখনো নিজের পাসপোর্ট কাউকে দিবেন না। প্রয়োজনে প্রবাসী কল্যাণ ডেস্কে যোগাযোগ করুন।", "bn", "awareness", True, []),
 ("Bhaiyera, 'visit visa te jan, giye kaj er visa kore dibo' - ei kotha shunlei bujhben dalal. BMET registration chara bidesh jaben na. share koren", "bn-Latn", "awareness", True, []),
 ("NGO alert: Recruiters on Facebook promise 'spa' or 'salon' work in Malaysia and Dubai for young women. These offers are often traps. Verify any agency with BMET before you go.", "en", "awareness", True, []),
 ("বিদেশে গিয়ে মালিক ফোন কেড়ে নিলে, বেতন আটকে রাখলে বা ঘরে আটকে রাখলে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন। আপনি একা নন।", "bn", "awareness", True, []),
 ("Traffickers tell victims: 'If you go to the police, they will deport you.' This is not true. Victims of trafficking have rights. Contact the embassy labour wing.", "en", "awareness", True, []),
 ("Ma-bon ra, keu jodi bole 'meyer boyos kom, kono problem nai, notun jonmo nibondhon kore dibo' - shei lok pacharkari. Shishuder kaje pathaben na.", "bn-Latn", "awareness", True, []),
 ("Never send money for a relative's 'release' to unknown bKash numbers or crypto wallets. Report ransom calls to 999 immediately.", "en", "awareness", True, []),
 ("নৌপথে অবৈধভাবে মালয়েশিয়া যাওয়া মানে জীবনের ঝুঁকি। দালালের কথায় সমুদ্রপথে পা দেবেন না। — অভিবাসন সচেতনতা কর্মসূচি", "bn", "awareness", True, []),
 ("Awareness post: 'debt shodh na hoya porjonto beton pabe na' - emon kotha kono boidho company bolte pare na. ILO onujayi worker er kach theke recruitment fee newa jabe na.", "bn-Latn", "awareness", True, []),
 ("Join our walk on Saturday 8am from Shahbag to TSC. Wear blue, bring water!", "en", "awareness", False, []),
 # ---------------- official ----------------
 ("সরকার নির্ধারিত অভিবাসন ব্যয়, মালয়েশিয়া: ৭৯,০০০ টাকা। এর বেশি কেউ চাইলে বিএমইটিতে অভিযোগ করুন। — জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো", "bn", "official", True, []),
 ("ABC Overseas Ltd (RL-1234): Saudi Arabia cleaner visa, salary SAR 1000, food and accommodation by company. Cost as per government rate, money receipt given. No payment to any middleman.", "en", "official", True, []),
 ("Amra licensed agency, RL 1873. Japan TITP program e kono agency fee lagbe na, shudhu language course fee. Kono dalal er kase passport diben na, shorasori office e ashun.", "bn-Latn", "official", True, []),
 ("প্রিয় প্রবাসী, ভিসার অবস্থা জানতে 'আমি প্রবাসী' অ্যাপে পাসপোর্ট নম্বর দিয়ে লগইন করুন। স্মার্ট কার্ড ছাড়া বিমানবন্দর ত্যাগ করা যাবে না।", "bn", "official", True, []),
 ("Embassy of Bangladesh, Riyadh: Workers whose employer filed huroob may apply for status correction at the labour wing. Bring iqama copy and passport. Phone +966 11 488 1823", "en", "official", True, [ph("+966114881823")]),
 ("বিএমইটি নোটিশ: লাইসেন্সধারী এজেন্সি শুধু ভিসা প্রসেসিংয়ের জন্য রসিদ দিয়ে পাসপোর্ট জমা নিতে পারবে এবং কাজ শেষে ৭ দিনের মধ্যে ফেরত দিতে বাধ্য থাকবে।", "bn", "official", True, []),
 ("Wage Earners' Welfare Board: families of migrant workers who died abroad receive Tk 3 lakh. Apply with death certificate, passport copy and the nominee's NID.", "en", "official", True, []),
 ("Agency notice: Romania work permit er jonno medical report, police clearance r original passport lagbe. Visa hoye gele passport 3 diner moddhe ferot. Office Naya Paltan, 01713-009245", "bn-Latn", "official", True, [ph("+8801713009245")]),
 ("Office will remain closed on 16 December for Victory Day. Services resume on 17 December.", "en", "official", False, []),
 ("আগামী রবিবার রাত ১২টা থেকে ২টা পর্যন্ত রক্ষণাবেক্ষণের জন্য অনলাইন নিবন্ধন সেবা বন্ধ থাকবে।", "bn", "official", False, []),
 # ---------------- worker_content ----------------
 ("alhamdulillah 2 bochor holo, malik bhalo, beton time moto dey, passport o amar kase. eid e chuti pabo inshallah", "bn-Latn", "worker_content", True, []),
 ("কাজ একটু কঠিন, ১০ ঘণ্টা ডিউটি, কিন্তু ওভারটাইমের টাকা আলাদা দেয়। থাকা খাওয়া কোম্পানির। আম্মা চিন্তা কইরো না।", "bn", "worker_content", True, []),
 ("Company keeps passports in the office safe but I got mine back same day when I asked for the embassy visit. Salary came on the 28th as usual.", "en", "worker_content", True, []),
 ("ajke beton paisi 1500 riyal. 1000 bari te pathalam bkash e, baki ta rakhlam. mash sheshe overtime er ta ashbe", "bn-Latn", "worker_content", True, []),
 ("প্রথম তিন মাস ট্রেনিং ছিল, তখন বেতন একটু কম দিছিল, এখন পুরাটাই পাই। সুপারভাইজার বাংলাদেশি, ভালো মানুষ।", "bn", "worker_content", True, []),
 ("night shift this week, 12 hrs but 4 days on 3 off. room got AC finally lol", "en", "worker_content", True, []),
 ("madam amar phone niye rakhe na, shudhu kaj er somoy dure rakhte bolse. rate bhai er sathe imo te kotha boli", "bn-Latn", "worker_content", True, []),
 ("Got promoted to line leader today 🎉 thanks everyone for the duas", "en", "worker_content", False, []),
 ("আজ ছুটির দিন, সবাই মিলে বিরিয়ানি রান্না করলাম 😋", "bn", "worker_content", False, []),
 ("ekhane sheet e onek thanda, ekta jacket kinte hobe", "bn-Latn", "worker_content", False, []),
 # ---------------- receipt ----------------
 ("You have received Tk 25,000.00 from 01718440932. Fee Tk 0.00. Balance Tk 31,250.50. TrxID BHK4L7P2QZ at 12/11/2026 19:42", "en", "receipt", True, [ph("+8801718440932"), mfs("BHK4L7P2QZ")]),
 ("Cash Out Tk 10,000.00 to 01911234580 successful. Fee Tk 185.00. Balance Tk 2,114.00. TrxID BHM8R3T6WY at 14/11/2026 10:05", "en", "receipt", True, [ph("+8801911234580"), mfs("BHM8R3T6WY")]),
 ("Money Received. Amount: Tk 5000.00 Sender: 01622907354 Ref: N/A TxnID: 71KD3X9P Balance: Tk 6240.00 28/11/2026 08:17", "en", "receipt", True, [ph("+8801622907354"), mfs("71KD3X9P")]),
 ("আপনি ৳১২,০০০.০০ সেন্ড মানি করেছেন ০১৭৯৮৫৫২৩১৪ নম্বরে। ফি ৳০.০০। ব্যালেন্স ৳৪,৩০০.২০। TrxID BHN5Q8W1EA ১৯/১১/২০২৬ ২১:১০", "bn", "receipt", True, [ph("+8801798552314"), mfs("BHN5Q8W1EA")]),
 ("Cash-In from A/C: ***4527 Tk 15,000.00 Fee: Tk 0.00 Balance: Tk 15,320.00 TxnId: 4182295061 Date: 22-Nov-26 11:46", "en", "receipt", True, [mfs("4182295061")]),
 ("Dear Customer, you have received remittance of BDT 48,650.00 from Saudi Arabia via bKash. TrxID BHP2D9C4LM. Thank you.", "en", "receipt", True, [mfs("BHP2D9C4LM")]),
 ("গ্রামীণফোন: আপনার ৩০ জিবি ইন্টারনেট প্যাকের মেয়াদ ৩০/১১/২০২৬ তারিখে শেষ হবে। রিচার্জ করতে *১২১# ডায়াল করুন।", "bn", "receipt", False, []),
 ("Your bKash PIN was changed successfully. If you did not do this, call 16247.", "en", "receipt", False, []),
 ("Your Daraz order #188220193 has been delivered. Rate your experience!", "en", "receipt", False, []),
 ("Apnar DESCO prepaid meter e Tk 1000 recharge hoyeche. Token asbe SMS e. Dhonnobad.", "bn-Latn", "receipt", False, []),
 # ---------------- joke ----------------
 ("bou amar passport ta joma rakhse, bole beton pura hate na dile bidesh jaite dibe na 😂😂", "bn-Latn", "joke", True, []),
 ("আমার বস আমারে পুরা বন্দি কইরা রাখছে, ১৮ ঘণ্টা এক্সেল শিট 😭 কেউ উদ্ধার করো", "bn", "joke", True, []),
 ("my mom confiscated my phone till exams end, this is literally forced labour 💀", "en", "joke", True, []),
 ("dalal bhai bolse free visa te malaysia niye biye o diye dibe 🤣 shob dalal ek rokom", "bn-Latn", "joke", True, []),
 ("বিয়েতে শ্বশুরবাড়ি আমারে মুক্তিপণ ছাড়া ছাড়ে নাই, দুইটা ইলিশ দিয়া ছাড়া পাইলাম 😂", "bn", "joke", True, []),
 ("Roommate says he'll sell me to the neighbours if I dont wash the dishes tonight 😂 send help", "en", "joke", True, []),
 ("amar choto bon amake blackmail kortese, chocolate na dile ammu ke bole dibe ami rat 3 tay ghumai 🤣", "bn-Latn", "joke", True, []),
 ("teacher: why are you late? me: traffic. teacher: you live next door. me: mental traffic 😂", "en", "joke", False, []),
 ("আজকে খেলা দেইখা মাথা গরম, ব্যাটসম্যানরা সব ঘুমায় 😤", "bn", "joke", False, []),
 ("ei shite ke ke gosol kore na hat tolo 🙋‍♂️😂", "bn-Latn", "joke", False, []),
 # ---------------- chatter ----------------
 ("bhai +966 56 210 4478 eita amar notun saudi number, imo te add koro. beton barse 200 riyal alhamdulillah", "bn-Latn", "chatter", True, [ph("+966562104478")]),
 ("Visa interview next week for Canada student visa. they want bank statement of 25 lakh, scary", "en", "chatter", True, []),
 ("দুবাইয়ে আমার কাজিন হোটেলের রিসিপশনে কাজ করে, বলতেছে মাসে ৪ হাজার দিরহাম পায়, খুব ভালো আছে", "bn", "chatter", True, []),
 ("amar parlour er notun branch khulsi Mirpur 10 e, meyeder jonno 20% off, inbox koren", "bn-Latn", "chatter", True, []),
 ("Anyone know a good licensed agent for Malaysia? My cousin wants to go properly with BMET registration, not through any dalal.", "en", "chatter", True, []),
 ("বাসার কাজের খালা ঈদে বাড়ি গেছে, এক সপ্তাহ নিজেরাই রান্না। কেউ খণ্ডকালীন বুয়া চিনলে জানাবেন", "bn", "chatter", True, []),
 ("lost my phone at the airport lol, new number +971 52 338 1946, whatsapp me", "en", "chatter", True, [ph("+971523381946")]),
 ("kalke khela 4 tay, tora ashis", "bn-Latn", "chatter", False, []),
 ("traffic on Mirpur road is insane today, took 2 hours", "en", "chatter", False, []),
 ("রাতের খাবার খাইছো?", "bn", "chatter", False, []),
 # ---------------- family ----------------
 ("abbu tomar passport ta almari te rakhsi, renew korte dite hobe next week. NID copy o lagbe, number 4621938570", "bn-Latn", "family", True, [nid("4621938570")]),
 ("ভাইয়া সৌদি থেকে ৫০ হাজার পাঠাইছে, ২০ হাজার কিস্তি দিয়া দিলাম, বাকিটা মায়ের ওষুধ আর বাজার", "bn", "family", True, []),
 ("Ammu don't worry, I reached Doha, company people picked us from the airport. Will call after I get the SIM.", "en", "family", True, []),
 ("rina r passport e boyos bhul, 2005 er jaygay 2003 likhse. correction er jonno abedon korsi, jonmo nibondhon o jama dite hobe", "bn-Latn", "family", True, []),
 ("তোমার পাসপোর্ট নম্বর A07342918 না? টিকেট কাটতে লাগবে, মিলায়ে দেখো তো", "bn", "family", True, [pp("A07342918")]),
 ("Didi's wedding money: uncle in Malaysia sent RM 2000 through the bank, reached today. Don't send by hundi again please - Abbu", "en", "family", True, []),
 ("chotu ke summer e boro mamar basay rakhbo, dhaka te coaching korbe, khoroch mama i dibe bolse", "bn-Latn", "family", True, []),
 ("আম্মা আজকে রাতে ভিডিও কল দিও, নানুর সাথে কথা বলবো", "bn", "family", False, []),
 ("Abbu pls pick up eggs and bread on the way home", "en", "family", False, []),
 ("apu tor result kobe dibe?", "bn-Latn", "family", False, []),
]

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev16.jsonl")
    rows = []
    for text, cat, script, ents in FLAGS:
        rows.append({"text": text.format(**ADDR), "label": "flag", "category": cat, "script": script,
                     "voice": "victim_or_recruiter", "hard": False, "entities": ents})
    for text, script, voice, hard, ents in OKS:
        rows.append({"text": text.format(**ADDR), "label": "ok", "category": None, "script": script,
                     "voice": voice, "hard": hard, "entities": ents})
    # interleave flag/ok so ids do not reveal labels
    fl = [r for r in rows if r["label"] == "flag"]
    ok = [r for r in rows if r["label"] == "ok"]
    order = []
    for i in range(max(len(fl), len(ok))):
        for lst, j in ((fl, (i * 37) % len(fl)), (ok, (i * 23) % len(ok))):
            order.append(lst[j])
    seen, final = set(), []
    for r in order:
        if id(r) not in seen:
            seen.add(id(r)); final.append(r)
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(final, 1):
            rec = {"id": "dev16-%04d" % n, "text": r["text"], "label": r["label"],
                   "category": r["category"], "script": r["script"], "voice": r["voice"],
                   "hard": r["hard"], "entities": r["entities"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(final), "items to", out)

if __name__ == "__main__":
    main()
