#!/usr/bin/env python3
"""Writes /work/blind/dev31.jsonl: 120-item blind eval set (60 flag / 60 ok)."""
import hashlib, json, random, re
from collections import Counter

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n: n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s
def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]
BTC = b58check(0x00, h20("dev31-btc-1"))
TRX = b58check(0x41, h20("dev31-trx-1"))
ETH = "0x" + h20("dev31-eth-1").hex()

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

F = "flag"
# (text, label, category, script, voice, hard, entities)
ITEMS = [
# ---------------- recruitment_deception (8) ----------------
("ভাই সৌদিতে কোম্পানির ভিসা, ক্লিনার এর কাজ, বেতন ১৮০০ রিয়াল থাকা খাওয়া ফ্রি। আসল কথা ওখানে গিয়া কফিল যা কাজ দিবে তাই করতে হবে, এগুলা এখন কাউরে বলার দরকার নাই। আগে মেডিকেল টা করায়া ফেলেন", F, "recruitment_deception", "bn", "victim_or_recruiter", None, []),
("মালয়েশিয়া গিয়া দেখি যে ফ্যাক্টরির কথা কইছিল ওইটার কোন নাম গন্ধ নাই। আমাগোরে এক বাগানে নিয়া রাখছে। ভিজিট ভিসায় পাঠাইছে, কাগজ নাকি পরে হইব। ভাই আমি কি করুম", F, "recruitment_deception", "bn", "victim_or_recruiter", None, []),
("দুবাই তে সুপারমার্কেটে কাজ, মেয়েদের জন্য ভালো সুযোগ, মাসে ৯০ হাজার টাকা, কোন অভিজ্ঞতা লাগবে না, প্লেন ভাড়া আমরা দিব। শুধু পাসপোর্ট এর কপি ইনবক্সে দেন। যোগাযোগ ০১৯১৪-৫৭২৩৮১", F, "recruitment_deception", "bn", "victim_or_recruiter", None, [P("+8801914572381")]),
("free visa ase 3 ta, akama kofil dibe, bahire jekono kaj korte parben, mash e 2500-3000 riyal ayer guarantee. jara jete chan taratari jogajog koren wa.me/8801726309154", F, "recruitment_deception", "bn-Latn", "victim_or_recruiter", None, [W("+8801726309154")]),
("vai amk bolse hotel e waiter er kaj, ekhane ashe dekhi uter khamar e rakhse. mrubhumi er moddhe, aspase kono manush nai. contract e ja lekha silo tar kisui na", F, "recruitment_deception", "bn-Latn", "victim_or_recruiter", None, []),
("Thailand e computer typing job, beton $1200, thakha khawa flight sob company er. english alpo janlei hobe. interview online, selected hole 7 diner moddhe flight. amr telegram e nok den @asia_jobs.hr24", F, "recruitment_deception", "bn-Latn", "victim_or_recruiter", None, [E("telegram", "@asia_jobs.hr24")]),
("Bro the contract they showed in Dhaka said 1500 ringgit + OT. Here they made us sign a new paper in malay we cant read, now its 900 and they say the old one was only for the embassy", F, "recruitment_deception", "en", "victim_or_recruiter", None, []),
("URGENT hiring for Cambodia casino customer service. No degree needed, salary 1000-1500 USD, free air ticket, free hostel, visa on us. Only need passport. Chat us now wa.me/85593418276", F, "recruitment_deception", "en", "victim_or_recruiter", None, [W("+85593418276")]),
# ---------------- fees_and_debt (8) ----------------
("সরকারি খরচ তো কাগজে ৭৯ হাজার, ওইটা কাগজেই থাকবো। আমার এখানে ফুল প্যাকেজ সাড়ে পাঁচ লাখ। ব্যাংকে কিছু দেখাইবেন না, ক্যাশ দিবেন। রাজি থাকলে কাল অফিসে আসেন", F, "fees_and_debt", "bn", "victim_or_recruiter", None, []),
("আম্মা, ওরা বলতেছে আমার আসার খরচ আরো ১ লাখ ২০ হাজার বাকি, ওইটা বেতন থেইকা কাটবো। ৮ মাস এক টাকাও পামু না। জমি বন্ধক দিয়া যা দিছিলাম ওইটা নাকি অফিসের খরচ", F, "fees_and_debt", "bn", "victim_or_recruiter", None, []),
("হুনো, আইকামা বানাইতে আরো ১৫০০০ রিয়াল লাগবো কফিলরে দিতে অইবো। না দিলে তুমি এইহানে অবৈধ। বাড়িত থেইকা টেকা আনাও", F, "fees_and_debt", "bn", "victim_or_recruiter", None, []),
("tomar jonno ja khoroch hoise sob hisab ase, 4 lakh 60 hajar. kaj kore shodh korba, prottek mash e 60% katbe. shodh na hoile desh e jawa nai", F, "fees_and_debt", "bn-Latn", "victim_or_recruiter", None, []),
("vaiya medical fail dekhaise, abar korate 35 hajar dite hobe, ar visa stamping er jonno aro 80k. ager 3 lakh to dia disi, ekhon na dile ager ta o jabe bole", F, "fees_and_debt", "bn-Latn", "victim_or_recruiter", None, []),
("They told my brother the loan for his ticket has interest now, every month it goes up 10%. He works 2 years and still owes more than when he started", F, "fees_and_debt", "en", "victim_or_recruiter", None, []),
("you want to go home? fine. first pay back what we spent on you. visa, ticket, food, room. 6000 ringgit. until then you stay and work", F, "fees_and_debt", "en", "victim_or_recruiter", None, []),
("Sir I already paid 4.8 lakh to Rahim bhai for Saudi. Now in Riyadh they say my iqama fee and 'service charge' is 9000 SAR extra, cut from my salary. I never signed anything about this", F, "fees_and_debt", "en", "victim_or_recruiter", None, []),
# ---------------- payments_and_proceeds (8) ----------------
("টাকাটা এক নাম্বারে পাঠাইয়েন না। ২০ হাজার কইরা ভাগ কইরা এই তিনটায় দেন, পারসোনাল এ সেন্ড মানি করবেন, ক্যাশ ইন না। ০১৮৫৬৩২৭৪১০, ০১৬৭৭৪০১২৯৮, ০১৫৫৩৯৮৬০২১", F, "payments_and_proceeds", "bn", "victim_or_recruiter", None, [P("+8801856327410"), P("+8801677401298"), P("+8801553986021")]),
("ওদিকে রিয়াল জমা দিলে এইদিকে আমার লোক বিকাশে টাকা দিয়া দিব, রেট ব্যাংকের চেয়ে বেশি। মেয়েগুলার মাসের হিসাব এই খাতাতেই থাকবো, কেউ জিগাইলে কইবা আত্মীয়র টাকা", F, "payments_and_proceeds", "bn", "victim_or_recruiter", None, []),
("girl der ajker collection ta crypto te pathaw, bank e na. USDT TRC20 ei address e: " + TRX + " . screenshot dile tarpor next booking dibo", F, "payments_and_proceeds", "bn-Latn", "victim_or_recruiter", None, [E("tron_address", TRX)]),
("bhai nagad e 1 lakh er beshi ek dine dio na, dhora khabe. 3-4 agent er kache ghuraye cash out koro. nam jigaile bolba jomi bikrir taka", F, "payments_and_proceeds", "bn-Latn", "victim_or_recruiter", None, []),
("advance 50k bkash koren 01798-213657 ei number e, personal. reference e kisu likhben na. baki taka flight er din hand cash", F, "payments_and_proceeds", "bn-Latn", "victim_or_recruiter", None, [P("+8801798213657")]),
("rates: 1hr 8k, night 25k. deposit first to hold the girl, send BTC to " + BTC + " no cash at the door. once confirmed driver will bring her", F, "payments_and_proceeds", "en", "victim_or_recruiter", None, [E("btc_address", BTC)]),
("Madam every week you send the earnings of all 6 girls to my cousin in Kolkata through the hundi man, never through bank. Keep nothing with you, they will search the room", F, "payments_and_proceeds", "en", "victim_or_recruiter", None, []),
("new accounts needed, we pay 5000 tk per bkash account you open with your NID and give us the sim. we handle the money, you just collect commission. msg +8801634508729", F, "payments_and_proceeds", "en", "victim_or_recruiter", None, [P("+8801634508729")]),
# ---------------- isolation_and_control (8) ----------------
("মামা আমাদের মোবাইল সব নিয়া গেছে, সপ্তাহে একবার ৫ মিনিট দেয় বাড়িতে কথা বলার জন্য, পাশে দাঁড়ায় থাকে। এইটা এক জনের ফোন থেইকা লুকায়া লিখতেছি। আমারে আর মেসেজ দিও না", F, "isolation_and_control", "bn", "victim_or_recruiter", None, []),
("বাইরে থাইকা তালা মারি দেয় রাইতে। দিনে ও মালিকের বউ ছাড়া কোথাও যাইতে দেয় না। পাসপোর্ট আকামা সব মালিকের কাছে। আমি কোথায় আছি তাও জানি না ঠিক মত", F, "isolation_and_control", "bn", "victim_or_recruiter", None, []),
("তুই কারো লগে কথা কইবি না, বাংলাদেশি কেউ আসলে মুখ খুলবি না। তোর কাগজ আমার কাছে, বাড়ির লোকরে কইবি সব ভালো আছে। বুঝলি?", F, "isolation_and_control", "bn", "victim_or_recruiter", None, []),
("ami ekhn kothai asi jani na, gari te chokh bendhe anse. room theke ber hote dey na, khabar janala diye dey. amr ammu ke bolo 01911-486203 ei number e call dite", F, "isolation_and_control", "bn-Latn", "victim_or_recruiter", None, [P("+8801911486203")]),
("new der phone prothom din e jama nibi, sim venge felbi. family k ekta voice msg dite dibi je valo asi, tarpor ar na. keu jodi boss er permission charha bahire jay, amake sathe sathe janabi", F, "isolation_and_control", "bn-Latn", "victim_or_recruiter", None, []),
("apa amk kono din chhuti dey na, dui bochor dhore ei basar gate er baire jai ni. madam bole bahire gele police dhorbe. apnara keu amk khuje pan na", F, "isolation_and_control", "bn-Latn", "victim_or_recruiter", None, []),
("they took our passports 'for safekeeping' at the airport and the guard walks us to the factory and back. 40 of us in one building, gate locked at 8. no one has their own phone", F, "isolation_and_control", "en", "victim_or_recruiter", None, []),
("If she wants to call her mother, she calls from my phone on speaker. Otherwise no. And delete her facebook, she doesn't need it here", F, "isolation_and_control", "en", "victim_or_recruiter", None, []),
# ---------------- labour_exploitation (7) ----------------
("সকাল ৫ টা থেইকা রাত ১২ টা পর্যন্ত কাম। শুক্রবারেও ছুটি নাই। ৪ মাস ধইরা বেতন দেয় নাই, কয় আগামী মাসে একবারে দিব। খাওন একবেলা, তাও ভাত আর ডাল", F, "labour_exploitation", "bn", "victim_or_recruiter", None, []),
("একটা রুমে আমরা ১৪ জন থাকি, বাথরুম একটা। মাসের শেষে বেতন থেইকা থাকা খাওয়ার টাকা কাইটা হাতে দেয় ২০০ রিঙ্গিত। অসুখ হইলে ডাক্তার নাই, কাম না করলে ওইদিনের টেকা কাটে", F, "labour_exploitation", "bn", "victim_or_recruiter", None, []),
("bai 7 mash holo ekta riyal o dey nai. kofil bole tomar beton amar kache safe ase, jawar somoy ekbare dibo. din e 17-18 gonta uter pase thaki", F, "labour_exploitation", "bn-Latn", "victim_or_recruiter", None, []),
("basar sob kaj ami ekai kori, 3 ta basa, sokal 5 tay uthi rat 2 tay ghumai. khaite dey baki jinis. kisu bollei betan katbe bole. ekmash er betan o hate pai nai", F, "labour_exploitation", "bn-Latn", "victim_or_recruiter", None, []),
("ekhane kaj hoilo online e manush ke thokano, target puron na hoile beton nai ar kheta khawa bondho. 15 ghonta kompiuter er shamne boshe thaki", F, "labour_exploitation", "bn-Latn", "victim_or_recruiter", None, []),
("No pay since March. Boss says the company has problems, work continues. We do 14hr shifts on the site in 45 degrees, no water break, and the supervisor fines us 50 riyal if we sit", F, "labour_exploitation", "en", "victim_or_recruiter", None, []),
("housemaid needed, must work all days, no off day, no own phone, sleeps in kitchen. salary paid to agency, she get pocket money only. reply fast", F, "labour_exploitation", "en", "victim_or_recruiter", None, []),
# ---------------- threats_and_coercion (7) ----------------
("বেশি তেড়িবেড়ি করলে হুরুব মাইরা দিমু, পুলিশে ধরাইয়া জেলে পঁচাইবো, দেশের মুখ দেখবি না। চুপচাপ কাম কর", F, "threats_and_coercion", "bn", "victim_or_recruiter", None, []),
("তোর মায়ের ঠিকানা আমাগো কাছে আছে, তোর ছোট ভাই কোন স্কুলে যায় তাও জানি। কেস টেস করার চিন্তা মাথা থেকে ঝাইড়া ফেল", F, "threats_and_coercion", "bn", "victim_or_recruiter", None, []),
("কাইল রাইতে আমারে আর রফিক রে বেল্ট দিয়া মারছে কারণ পালাইতে চাইছিলাম। কইছে আবার করলে কারেন্ট দিবো। ভাই কাউরে জানান", F, "threats_and_coercion", "bn", "victim_or_recruiter", None, []),
("police e complain korle tor video sob jaygay chere dibo, tor swami r family sobai dekhbe. bhalo chaile ja bolsi kor", F, "threats_and_coercion", "bn-Latn", "victim_or_recruiter", None, []),
("taka na dile tor bhai re ar ferot paibi na. 3 diner moddhe 2 lakh, imo te jokhon bolbo. thanar kotha chinta korle lash pathabo", F, "threats_and_coercion", "bn-Latn", "victim_or_recruiter", None, []),
("You have no visa, no iqama. If you run, I call the police and say you stole. Who will they believe? Think about it.", F, "threats_and_coercion", "en", "victim_or_recruiter", None, []),
("the ones who tried to leave were sold to another compound. the boss showed us the video of what they do to them. nobody tries now", F, "threats_and_coercion", "en", "victim_or_recruiter", None, []),
# ---------------- sexual_exploitation (7) ----------------
("আপা পার্লারের কাজ বইলা আনছিল, এখন রাতে হোটেলে পাঠায় কাস্টমারের কাছে। না গেলে খাইতে দেয় না। দিনে ৪-৫ জন। আমারে বাঁচান", F, "sexual_exploitation", "bn", "victim_or_recruiter", None, []),
("নতুন মাল আসছে বর্ডার পার হইয়া, ফ্রেশ। রাতে ফ্ল্যাটে আসেন, আগে ফোন দিয়েন ০১৭৬৫-৩০৯৮২৪, কাউরে নাম্বার দিবেন না", F, "sexual_exploitation", "bn", "victim_or_recruiter", None, [P("+8801765309824")]),
("dubai te dance bar e kaj, meyer ta valo dekhte hole income beshi. customer ke khushi korte hobe, bujhen to ki bolsi. jara raji insta te dm @glam.gulf.jobs", F, "sexual_exploitation", "bn-Latn", "victim_or_recruiter", None, [E("instagram", "@glam.gulf.jobs")]),
("ore boro bhai er kache rakhsi, biye er kotha bole anse. ekhn bole tor jonno taka khoroch hoise, customer nite hobe joto din na shodh hoy", F, "sexual_exploitation", "bn-Latn", "victim_or_recruiter", None, []),
("🌹🌹 Bangladeshi & Nepali girls available, very sweet, new to KL. incall/outcall 24hr. serious only whatsapp +60 11-2873 4596 🍒", F, "sexual_exploitation", "en", "victim_or_recruiter", None, [P("+601128734596")]),
("she cried the first week, now she is ok, she does the clients. I keep her money, she keeps her mouth shut. send me the next two by Friday", F, "sexual_exploitation", "en", "victim_or_recruiter", None, []),
("my cousin married a guy from Jessore who took her to India for 'work'. now she messaged from a strange number that they make her stay with men in a house in Pune. she doesnt know the area", F, "sexual_exploitation", "en", "victim_or_recruiter", None, []),
# ---------------- minors (7) ----------------
("মেয়েটার বয়স ১৪ কিন্তু পাসপোর্টে ২২ বানায়া দিমু, চিন্তা নাই, জন্ম নিবন্ধন ও নতুন হইবো। বাসার কাজে পাঠামু, মাস শেষে আপনি টাকা পাইবেন", F, "minors", "bn", "victim_or_recruiter", None, []),
("ছোট পোলা লাগবো ৮-১০ বছরের, উটের দৌড়ের লাইগা। বাপ মায়েরে কইবেন হোটেলে কাম, মাসে মাসে ৫ হাজার পাঠামু", F, "minors", "bn", "victim_or_recruiter", None, []),
("class 8 e pore, age 13, dekhte boro lage. oke kolkata nie gele valo dam pabo. tui family ke bolis garments er kaj", F, "minors", "bn-Latn", "victim_or_recruiter", None, []),
("apnar meye ke dhaka te ek basay rakhbo, khaoa porar chinta nai, 12 bochor hoilei cholbe. amra 20 hajar agam dibo, baki bochor sheshe", F, "minors", "bn-Latn", "victim_or_recruiter", None, []),
("boyosh kom hoile kono somossa nai, bhai er lok ase, age 18 likhe dibe certificate e. fresh maal e demand beshi", F, "minors", "bn-Latn", "victim_or_recruiter", None, []),
("young one available, schoolgirl 15yo, first time, private place. serious clients only, price high. tg t.me/sweetdhaka_vip", F, "minors", "en", "victim_or_recruiter", None, [E("telegram", "@sweetdhaka_vip")]),
("The boys from the village are 11 and 12. We say they are my nephews at the border. Brick kiln owner pays me per head, parents get a small advance. Keep it quiet", F, "minors", "en", "victim_or_recruiter", None, []),

# ================= NEGATIVES =================
# news (6)
("নারায়ণগঞ্জে মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার। বিদেশে ভালো চাকরির প্রলোভন দেখিয়ে তারা অন্তত ২০ জন নারীকে দুবাই পাচার করেছে বলে জানিয়েছে র‍্যাব। তাদের কাছ থেকে ৪৭টি পাসপোর্ট উদ্ধার করা হয়েছে।", "ok", None, "bn", "news", True, []),
("মানব পাচার মামলায় দালাল আব্দুল করিমকে যাবজ্জীবন কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। ২০১৯ সালে লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে সে ১১ জনের কাছ থেকে জনপ্রতি ৮ লাখ টাকা নেয়।", "ok", None, "bn", "news", True, []),
("Malaysia labour market e syndicate er biruddhe mamla, 12 ta agency er license sthogito: BMET. onek kormir kas theke 5-6 lakh taka neya hoisilo bole ovijog", "ok", None, "bn-Latn", "news", True, []),
("khobor dekhlam, Libya te 26 jon bangladeshi ke mukti er jonno taka chaise dalal ra, pore police uddhar korse. allah raham koruk sobar upor", "ok", None, "bn-Latn", "news", True, []),
("CID arrests 4 MFS agents for running digital hundi; Tk 200 crore in remittance diverted through bKash and Nagad accounts over two years, police said on Tuesday.", "ok", None, "en", "news", True, []),
("Court frames charges against recruiting agency owner accused of confining 9 women in a Dhaka flat and withholding their passports before sending them to Jordan. Next hearing on 12 March.", "ok", None, "en", "news", True, []),
# awareness (6)
("বিদেশ যাওয়ার আগে জেনে নিন: দালালের হাতে পাসপোর্ট দেবেন না, লাইসেন্সধারী রিক্রুটিং এজেন্সি ছাড়া টাকা দেবেন না, সব লেনদেনের রসিদ নিন। বিএমইটির স্মার্ট কার্ড ছাড়া বিমানবন্দর পার হওয়া যায় না। হেল্পলাইন ১৬১৩৫", "ok", None, "bn", "awareness", True, []),
("মেয়েকে কেউ বিদেশে বেশি বেতনের কাজ বা বিয়ের কথা বলে নিতে চাইলে সাবধান। পার্লার, হোটেল বা ডান্স বারের চাকরির নামে অনেক মেয়ে পাচার হয়। সন্দেহ হলে ৯৯৯ এ ফোন দিন।", "ok", None, "bn", "awareness", True, []),
("sabdhan! facebook e 'free visa' 'kofil er visa' bole kono ad dekhle taka diben na. free visa bole kisu nai, giye illegal hoye jaben. sob somoy BMET er website e agency check korun", "ok", None, "bn-Latn", "awareness", True, []),
("Probashi vai bon ra, kofil jodi passport rakhe dey seta ain er biruddhe. embassy te jogajog korun, labour wing er number save kore rakhun. dalal er kotha shune chup thakben na", "ok", None, "bn-Latn", "awareness", True, []),
("Warning signs of a job scam: high salary for simple 'typing' or 'customer service' work abroad, free flight and hostel, interview only on WhatsApp or Telegram. Many people sent to Myanmar and Cambodia ended up in scam compounds. Verify before you go.", "ok", None, "en", "awareness", True, []),
("Share this: a trafficker may take your phone, keep your passport, say you owe a debt, and threaten your family. If this is happening to someone you know, call the helpline. You are not alone.", "ok", None, "en", "awareness", True, []),
# official (6)
("বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ৭৮,৯৯০ টাকা। এর বেশি কোন অর্থ কোন এজেন্সি বা ব্যক্তিকে প্রদান করবেন না। অভিযোগ: বিএমইটি, কাকরাইল, ঢাকা।", "ok", None, "bn", "official", True, []),
("আল-আমিন ওভারসিজ (আরএল-১২৩৪): সৌদি আরবে হাসপাতালে ক্লিনার পদে ৩০ জন। বেতন ১৫০০ রিয়াল, আকামা ও মেডিকেল কোম্পানি বহন করবে। সকল লেনদেন ব্যাংকের মাধ্যমে ও রসিদসহ। অফিস: পুরানা পল্টন, ফোন ০২-৯৫৫৮৪২৬", "ok", None, "bn", "official", True, [P("+88029558426")]),
("Bangladesh Embassy Riyadh notice: prottek probashi kormir passport nijer kache rakhar odhikar ase. niyogkorta passport jobordokhol korle labour wing e obhijog korun. hotline +966 11 419 3308", "ok", None, "bn-Latn", "official", True, [P("+966114193308")]),
("Ami Probashi app e registration kore smart card nin. BMET theke kono dalal er madhyome card lage na. fee 400 taka shudhu bank e joma hobe", "ok", None, "bn-Latn", "official", True, []),
("Licensed agency RL-0871. Vacancy: 50 construction workers for Qatar, salary QAR 1200 + overtime as per labour law, free accommodation and transport. Total cost as per govt schedule only, paid through bank. No sub-agents. info@gulfbridge-bd.com", "ok", None, "en", "official", True, [E("email", "info@gulfbridge-bd.com")]),
("BMET: Workers must receive a copy of their employment contract in Bengali before departure. Any change of salary or job after arrival should be reported to the Labour Wing of the Embassy.", "ok", None, "en", "official", True, []),
# receipt (6)
("আপনি ৫,০০০.০০ টাকা সেন্ড মানি করেছেন ০১৮১৯৪৪২৩৬৭ নাম্বারে। ফি ০.০০ টাকা। ব্যালেন্স ১২,৩৪০.৫০ টাকা। TrxID BK83JD2QX1 ২৪/১০/২০২৬ ১৪:২২", "ok", None, "bn", "receipt", True, [P("+8801819442367"), E("mfs_transaction", "BK83JD2QX1")]),
("ক্যাশ ইন Tk 20,000.00 সফল হয়েছে। এজেন্ট: 01713056248। নতুন ব্যালেন্স Tk 20,115.00। TxnID: 7CJ52MR9A3", "ok", None, "bn", "receipt", True, [P("+8801713056248"), E("mfs_transaction", "7CJ52MR9A3")]),
("You have received remittance of Tk 48,500.00 from ALRAJHI BANK KSA. Fee Tk 0.00. Incentive Tk 1,212.50. Balance Tk 49,790.10. TrxID BQ4ZNW7KP2 at 03/11/2026 10:41", "ok", None, "en", "receipt", True, [E("mfs_transaction", "BQ4ZNW7KP2")]),
("Cash Out Tk 10,000.00 to Agent 01948-730215 successful. Fee Tk 185.00. Balance Tk 3,420.00. TrxID CA9T1VE6LM. Nagad", "ok", None, "en", "receipt", True, [P("+8801948730215"), E("mfs_transaction", "CA9T1VE6LM")]),
("Dear Customer, your A/C XXXX4471 is credited with BDT 1,50,000.00 on 02-Nov-26 by foreign remittance (Malaysia). Avl Bal BDT 3,12,880.45. Sonali Bank", "ok", None, "en", "receipt", True, []),
("vai bkash korsi dekhen: Send Money Tk 3,000.00 to 01556-812904 successful. TrxID DF2KM8X0RB. ammar oshudh er taka ta", "ok", None, "bn-Latn", "receipt", True, [P("+8801556812904"), E("mfs_transaction", "DF2KM8X0RB")]),
# worker_content (6)
("আলহামদুলিল্লাহ মালয়েশিয়ায় ৩ বছর হইলো। আজকে ওভারটাইম সহ বেতন পাইলাম ২৪০০ রিঙ্গিত। পাসপোর্ট নিজের কাছেই থাকে, কোম্পানি পারমিট রিনিউ করে দিছে। নতুনরা দালাল না ধইরা এজেন্সি দেইখা আসবেন", "ok", None, "bn", "worker_content", True, []),
("আজকে আমাদের ক্যাম্পের রান্না দেখাই, এক রুমে ৬ জন থাকি, এসি আছে। শুক্রবার ছুটি, সবাই মিলে বাজার করি। কফিল ভালো মানুষ, ইকামা সময়মত করে দেয়", "ok", None, "bn", "worker_content", True, []),
("Saudi te driver er kaj kori vlog 🚛 aj 14 ghonta driving korlam karon Eid er age load beshi, company overtime double dey. beton prottek mash er 27 tarikh e bank e chole ashe", "ok", None, "bn-Latn", "worker_content", True, []),
("jara jiggesh koren koto khoroch hoise: ami agency diye ashchi, bank e 1 lakh 10 hajar dichi rashid soho. kono extra nai. passport amar kache, beton 1800 riyal", "ok", None, "bn-Latn", "worker_content", True, []),
("Day in my life as a construction worker in Qatar 🇶🇦 wake up 4:30, bus to site, lunch break 11-3 because of summer rule, overtime paid. Sent salary home today through bank. Miss my mom's cooking", "ok", None, "en", "worker_content", True, []),
("Q&A: yes my employer keeps a copy of my passport, not the original. No I did not pay any broker, the hospital recruited me directly. Salary 4500 SAR plus housing. Ask me anything in comments", "ok", None, "en", "worker_content", True, []),
# joke (6)
("বউ আমার পাসপোর্ট লুকায়া রাখছে যাতে আবার সৌদি না যাই 😂 বলে এইবার গেলে ওর বাপের বাড়ি চলে যাবে। ভাই এইটা কি মানব পাচারের উল্টা?", "ok", None, "bn", "joke", True, []),
("অফিসের বস বলছে ওভারটাইম না করলে বেতন কাটবে, আমি বললাম স্যার আমাকেও কি দুবাই পাঠাবেন নাকি 🤣 পুরা কফিল মুড", "ok", None, "bn", "joke", True, []),
("ammu amar phone niye nise porikhha sesh na howa porjonto, ekdom bondi jibon 😭 keu amk uddhar koro", "ok", None, "bn-Latn", "joke", True, []),
("dost ke bollam bia korle sosur bari theke dowry nibi? bole na re, ulta amake dowry dite hobe, amar dam nai market e 😂😂", "ok", None, "bn-Latn", "joke", True, []),
("my wife confiscated my credit card, my phone after 10pm and my weekends. I think I need to call the helpline lol", "ok", None, "en", "joke", True, []),
("Landlord: rent up 20%. Me: so basically I'm in debt bondage to a guy named Shafiq who owns 3 floors in Mirpur 😂", "ok", None, "en", "joke", True, []),
# chatter (6 hard)
("ভাই আপনার এজেন্সির নাম কি? আমার চাচাতো ভাই মালয়েশিয়া যাবে, সরকারি খরচে যাওয়া যায় কিনা জানতে চাইছিলো। লাইসেন্স নাম্বার দিলে চেক কইরা নিবো", "ok", None, "bn", "chatter", True, []),
("দালাল রে টাকা দিছিলো না? পরে তো থানায় মামলা করছিল, শুনলাম টাকা ফেরত পাইছে। ভালো হইছে", "ok", None, "bn", "chatter", True, []),
("vai kal airport e dekhlam onek manush passport hate line e dariye ase, sobai Malaysia jabe mone hoy. apnar flight kobe?", "ok", None, "bn-Latn", "chatter", True, []),
("helpline e kaj kori bole sobai bhabe ami police 😅 na re vai, amra shudhu tothyo dei ar manush ke embassy er sathe jogajog koray dei", "ok", None, "bn-Latn", "chatter", True, []),
("anyone know a good lawyer for labour cases? my uncle's employer in Oman hasn't given his final settlement after contract ended, he's already back home", "ok", None, "en", "chatter", True, []),
("watched that documentary on scam compounds last night, couldn't sleep. we should do a session at the union office about fake job ads", "ok", None, "en", "chatter", True, []),
# family (6)
("আব্বা পাসপোর্ট টা আলমারির উপরের তাকে রাখছি, ভিসা আসলে এজেন্সিতে মূল কপি জমা দিতে হবে, রসিদ নিয়া রাখবো। আপনে চিন্তা কইরেন না", "ok", None, "bn", "family", True, []),
("তানিয়ার বয়স ১৪ হইছে, এইবার ক্লাস নাইনে উঠছে। বিয়ের কথা কেউ কইলে না কইরা দিবা, আগে পড়াশোনা শেষ করুক", "ok", None, "bn", "family", True, []),
("ammu 20 hajar pathaisi nagad e, 12 hajar dokan er dena shodh koiren, baki ta choto vai er school er beton. ei mash e overtime kom silo", "ok", None, "bn-Latn", "family", True, []),
("Apa, Rahim er passport renew korte dite hobe, 17 er jaygay age ta thik ache kina check koro birth certificate er sathe. ei month e mela online appointment", "ok", None, "bn-Latn", "family", True, []),
("Mom, I'm keeping my own passport, don't worry. The company only took a photocopy. I'll send money on the 1st, pay the loan installment for the land first.", "ok", None, "en", "family", True, []),
("Dad said the groom's family asked about dowry and he told them straight no, we don't do that. Wedding date fixed for Falgun. Sister is very happy", "ok", None, "en", "family", True, []),
# easy negatives (12, chatter)
("আজকে বিকালে খেলা আছে, চলে আসিস মাঠে", "ok", None, "bn", "chatter", False, []),
("আম্মু রাতে কি রান্না করবা? আমি ৮ টার মধ্যে আসতেছি", "ok", None, "bn", "chatter", False, []),
("ভাই নোট গুলা একটু পাঠাইস, কাল পরীক্ষা 😩", "ok", None, "bn", "chatter", False, []),
("শুভ জন্মদিন দোস্ত 🎂 অনেক অনেক দোয়া রইলো", "ok", None, "bn", "chatter", False, []),
("oi kal cinema jabi? 3 tar show ta dekhi", "ok", None, "bn-Latn", "chatter", False, []),
("brishti hocche khub, chata niye ber hoish", "ok", None, "bn-Latn", "chatter", False, []),
("vai ei phone er charger ta koi paisen? amar ta noshto hoye gese", "ok", None, "bn-Latn", "chatter", False, []),
("alhamdulillah result dise, GPA 5 paisi!!", "ok", None, "bn-Latn", "chatter", False, []),
("running 10 min late, traffic at Farmgate is insane", "ok", None, "en", "chatter", False, []),
("can you pick up eggs and bread on your way back", "ok", None, "en", "chatter", False, []),
("happy eid everyone! 🌙 eat well and rest", "ok", None, "en", "chatter", False, []),
("the meeting moved to Thursday 3pm, same room", "ok", None, "en", "chatter", False, []),
]

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
def digits(s): return re.sub(r"\D", "", s.translate(BN_DIG))
CC = ["880", "966", "60", "855", "971", "974"]
def national(v):
    d = v.lstrip("+")
    for c in CC:
        if d.startswith(c): return d[len(c):]
    raise AssertionError(v)

def check(items):
    assert len(items) == 120
    for it in items:
        t = it["text"]
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                assert national(v) in digits(t), (it["id"], v)
                if e["type"] == "whatsapp": assert "wa.me/" + v[1:] in t, v
            elif e["type"] in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or "t.me/" + v[1:] in t), v
            elif e["type"] in ("bd_nid", "bd_passport"):
                assert v in t.translate(BN_DIG), v
            else:
                assert v in t or v.lower() in t.lower(), v
            if e["type"] == "eth_address": assert v == v.lower()
    c = Counter(i["label"] for i in items); assert c["flag"] == 60 and c["ok"] == 60
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    assert len({i["text"] for i in items}) == 120
    assert sum(1 for i in items if i["label"] == "flag" and i["hard"]) == len(HARD_FLAG)

# flag items whose indicator is only hinted at (no explicit giveaway words) are marked hard
HARD_FLAG = ["ভাই সৌদিতে কোম্পানির", "দুবাই তে সুপারমার্কেটে", "Thailand e computer", "URGENT hiring",
    "vaiya medical fail", "They told my brother", "you want to go home", "টাকাটা এক নাম্বারে", "ওদিকে রিয়াল",
    "bhai nagad e", "advance 50k", "new accounts needed", "If she wants to call", "housemaid needed",
    "ekhane kaj hoilo", "the ones who tried", "নতুন মাল আসছে", "dubai te dance", "ore boro bhai",
    "she cried", "apnar meye ke", "boyosh kom"]

def main():
    out = []
    for text, label, cat, script, voice, hard, ents in ITEMS:
        out.append({"text": text, "label": label, "category": cat, "script": script, "voice": voice,
                    "hard": bool(hard) if label == "ok" else any(text.startswith(p) for p in HARD_FLAG), "entities": ents})
    random.Random(31).shuffle(out)
    for n, it in enumerate(out, 1):
        it = {"id": f"dev31-{n:04d}", **it}; out[n - 1] = it
    check(out)
    with open("/work/blind/dev31.jsonl", "w", encoding="utf-8") as f:
        for it in out: f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(out))

if __name__ == "__main__":
    main()
