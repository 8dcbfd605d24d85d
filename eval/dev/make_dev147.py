"""Blind evaluation set dev147 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a bKash/Nagad agent who keeps a phone-and-flexiload shop in a Narsingdi bazaar; customers show
him their phones when they send money for visas, "medical", "ticket", or to get a relative back, and he
also sees ordinary remittances, shop talk and scam SMS.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev147.jsonl"
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


BTC1 = btc("dev147-btc-1")
TRON1 = tron("dev147-tron-1")
ETH1 = eth("dev147-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG (60)
# --- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn", "ভাই সৌদিতে হোটেলের কাজ, বেতন ৪৫ হাজার, থাকা খাওয়া ফ্রি। ফ্রি ভিসা, আকামা কোম্পানি করবো। মেডিকেল আর টিকেট বাবদ আগে ৮০ হাজার বিকাশ করেন, বাকিটা গিয়া কাম শুরু করলে দিয়েন। এজেন্সির নাম জানার দরকার নাই, আমি নিজেই সব করি")
F("recruitment_deception", "bn", "আম্মা এরা কইছিল হাসপাতালে ক্লিনারের কাম, এখন আনছে মরুভূমির মধ্যে উট দেখাশোনা করতে। কাগজে যা লেখা আছিল কিছুই মিলে না। আনোয়ার দালাল ফোন ধরে না, ধরলে কয় সব জায়গায় এমনই")
F("recruitment_deception", "bn", "মালয়েশিয়া ফ্যাক্টরি জব, ওভারটাইম সহ ৬০-৭০ হাজার। বিএমইটি ঝামেলা লাগবো না, ট্যুরিস্ট ভিসায় পাঠাই, ঐখানে গেলে পারমিট লাগাইয়া দিমু। সিট কম, আজকেই কথা কন ০১৮৭৬৫৪৩২১০", [("phone", "+8801876543210")])
F("recruitment_deception", "bn-Latn", "bhai dubai te shopping mall e salesman er kaj bolse, ekhn dekhi construction site e rod tana lagtese. contract e 1800 dirham likha chilo, dey 700. agent ke bollam, bole chup thak noile ferot pathabo")
F("recruitment_deception", "bn-Latn", "Romania work permit 100% guarantee, Europe jaben matro 6 lakh. visa hobe Serbia r, pore border par kore dibe amader lok. whatsapp koren wa.me/8801552907316. kono tension nai, Narsingdi theke 40 jon gese already. passport r 1 lakh advance niye ashen", [("whatsapp", "+8801552907316")])
F("recruitment_deception", "bn-Latn", "Apa ami Jordan e garments er kaj shune ashchilam, ashar por bolse basar kaj korte hobe ek arab er barite. ami to machine chalano shikhsi, eta to keu bole nai. ekhon ki korbo bujhtesi na")
F("recruitment_deception", "en", "Hello brother, company need 20 man for Qatar, cleaner post, salary 1500 riyal + food + room. Free visa no experience need. Just send passport copy and 50,000 Tk advance to bKash 01923456781, rest after visa come. Hurry only 5 seat left", [("phone", "+8801923456781")])
F("recruitment_deception", "en", "Job in Thailand: customer service / typing, salary $1200 + bonus, free air ticket & hotel. Basic english ok, no degree need. Interview online only, msg on telegram @tk_jobs_bd_hr. Dont tell the immigration you going for job, say tourist", [("telegram", "@tk_jobs_bd_hr")])

# --- fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn", "তোর বাপরে ক আরো দেড় লাখ লাগবো আকামার লাইগা। না দিলে এইখানে কাম নাই, আগের টাকাও যাইবো। আর বেতন থেইকা প্রতি মাসে কাইটা রাখমু যতদিন না শোধ হয়। টাকা পাঠাইবো এই নাম্বারে ০১৬৭৪৪২৯১৮৩", [("phone", "+8801674429183")])
F("fees_and_debt", "bn", "মা জমি বন্ধক দিয়া যে সাড়ে চাইর লাখ দিছিলা ঐটা নাকি খালি ভিসার দাম। এখন কোম্পানি কয় টিকেট আর মেডিকেলের টাকাও আমার বেতন থেইকা কাটবো, এক বছর পুরা বেতন হাতে পামু না")
F("fees_and_debt", "bn", "মালিক কয় তোর পিছনে আমার ৩ লাখ খরচ হইছে, কাম কইরা উসুল না হওয়া পর্যন্ত দেশে যাওয়ার নাম লইবি না। প্রতিদিন হিসাব লেখে, কিন্তু কত শোধ হইল কয় না")
F("fees_and_debt", "bn-Latn", "Bhai kafil notun kore 8000 riyal chaise iqama renew er jonno, na dile huroob dibe bolse. 2 mash salary o pai nai. ammare bolen je kono vabe 1 lakh pathay, gorur ta bikri kore holeo")
F("fees_and_debt", "bn-Latn", "agent bolse 5 lakh dile Malaysia, ami 3 lakh dichi baki 2 lakh oikhane kaj kore shodh korbo. ekhn bolse sud shoho 2.8 lakh, 14 mash beton chara kaj korte hobe. eta ki kono niom?")
F("fees_and_debt", "en", "Dear brother your son reached Libya safe. Now for Italy boat line need 3 lakh more, without this we cannot move him from here and the house charge is going up every day. Send first 50k to 01798123456 today", [("phone", "+8801798123456")])
F("fees_and_debt", "en", "Sir I paid 4.2 lakh to the agency in Dhaka but receipt only for 79,000. They said rest is service charge, dont show anyone. Now in KL they cut RM 400 every month from salary for levy and loan, my loan never finish")
F("fees_and_debt", "en", "You still owe 1,80,000 for flight, visa and room. Every day you dont reach target we add 500. Work properly first, after that talk about going home.")

# --- isolation_and_control (7: bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn", "আপা আমার মোবাইল ম্যাডাম নিয়া গেছে, এইটা অন্য বুয়ার ফোন, রান্নাঘরে লুকাইয়া কথা কইতেছি। দরজা বাইরে থেইকা তালা দেয়, ছাদেও যাইতে দেয় না। আম্মারে কইয়েন না, কানবো")
F("isolation_and_control", "bn", "দালাল কইছে বাড়িতে কাউরে কইবি না তুই কই আছোস, কইবি দুবাই। ফোন দেয় মাসে একবার, তাও সে পাশে বইসা শুনে কি কই")
F("isolation_and_control", "bn-Latn", "bhaiya amra 30 jon ek ghore, gate e guard. kaj e jai bus e, abar bus e fire ashi, baire jaoa mana. passport company rakhse, bole harai jabe tai")
F("isolation_and_control", "bn-Latn", "ei number e ar call dio na, supervisor phone check kore. ami shudhu friday raat e ektu msg dite parbo. kauke bolba na ami kothay asi, please")
F("isolation_and_control", "bn-Latn", "Ma amar imo id oder lok bondho kore dise, eta onner id theke dilam, 01856230947 ei imo te msg dio raat 2 tar por. oder shamne chara kotha bola jay na, shob call record hoy bole", [("phone", "+8801856230947")])
F("isolation_and_control", "en", "They collected all phones on first day, said company rule. We get it back 10 minutes on Sunday with the boss standing there. Nobody allowed outside the compound, there is fence and dogs.")
F("isolation_and_control", "en", "Dont tell your family you are in Myanmar. If they ask say Thailand, office job, everything good. We read all your messages so be careful what you write.")

# --- labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn", "সকাল ৫টা থেইকা রাত ১২টা পর্যন্ত কাম, কোন ছুটি নাই। খাইতে দেয় একবেলা খবুজ আর পানি। ৭ মাস হইল বেতন দেয় নাই, কয় জমা আছে, দেশে যাওয়ার সময় একবারে দিবো")
F("labour_exploitation", "bn", "আব্বা এইখানে আমারে তিনটা বাসায় কাম করায়, কথা আছিল একটার। রাইতে তিন ঘণ্টা ঘুমাই, অসুখ হইলেও কাম। বেতন চাইলে কয় তোর দালালরে দিয়া দিছি")
F("labour_exploitation", "bn", "খামারের কাম কইছিল ৮ ঘণ্টা, এখন ১৬-১৮ ঘণ্টা মুরগির ফার্মে, ঘুমাই পাশে টিনের ঘরে ১২ জন। ওভারটাইমের কোন টাকা নাই, পানিও কিনা খাইতে হয়")
F("labour_exploitation", "bn-Latn", "bhai 4 mash hoye gelo beton pai nai. manager bole company loss e, je chole jabe tar beton puro kata jabe. amra 40 jon bangali ek e obostha, kew kisu bolte pare na")
F("labour_exploitation", "bn-Latn", "din e 14 ghonta rastar kaj, pani o thikmoto dey na, ek bela khana. oshustho hoileo chhuti nai, 1 din na gele 3 din er taka kete ney")
F("labour_exploitation", "en", "Bro here no salary since Ramadan, kafeel says later later. We eat one time, sleep in container 14 people. Work 7 days no off, if sick he still cut.")
F("labour_exploitation", "en", "Target is 300 chats a day, if not done no dinner and they keep you another 12 hours. Salary they promised $1000, I got $90 after fines this month.")

# --- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn", "বিউটি পার্লারের কাম কইয়া দুবাই আনছে, এখন একটা ফ্ল্যাটে রাখছে আমরা ছয়টা মাইয়া। রাইতে কাস্টমার আনে, না করলে খাওন বন্ধ। আমারে বাঁচান আপা, ঠিকানা জানি না")
F("sexual_exploitation", "bn", "নতুন মাল আইছে, বাংলাদেশি, বয়স কম, হোটেলে পাঠানো যাইবো। রেট ৩০০ দিরহাম, টাকা আগে। ছবি ইমোতে দিছি, ০১৩৯৮৭৭৪৫২১ এ দেইখা জানান", [("phone", "+8801398774521")])
F("sexual_exploitation", "bn-Latn", "Apu amake bolse Mumbai te parlour e kaj, ene ekta barite rakhse. malkin bole 1 lakh rupi shodh na kora porjonto customer nite hobe. ami palaite chai kintu kichu chini na")
F("sexual_exploitation", "bn-Latn", "bhai notun 2 ta meye ashse border par hoye, Bangladeshi, fresh. hotel e pathabo naki flat e rakhbo? chobi dilam, rate 5000 ek raat, advance chara na")
F("sexual_exploitation", "en", "New girls from Bangladesh 🌹 19-20 yrs, just arrived Dubai ✈️ Outcall hotel only. Booking wa.me/971501234567 msg only no calls, manager will arrange", [("whatsapp", "+971501234567")])
F("sexual_exploitation", "en", "Sister they told dance job in hotel Muscat. Now boss say I must sit with men and go to rooms, he keeps my passport and says I owe him for the visa.")
F("sexual_exploitation", "en", "If she refuses customers again no food and lock her in. She cost me 2 lakh already, tell her that clearly.")

# --- minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn", "মাইয়ার বয়স ১৪, জন্ম নিবন্ধন বদলাইয়া ২২ বানায় দিমু, পাসপোর্ট হইয়া যাইবো। সৌদিতে বাসার কামে নিমু, বেতন সরাসরি আপনের কাছে আইবো, চিন্তা কইরেন না")
F("minors", "bn", "১২-১৩ বছরের পোলা লাগবো দুইটা, চিটাগাংয়ের একটা কারখানায়। থাকা খাওয়া দিমু, মাসে ৩ হাজার বাপ-মায়েরে। স্কুলের স্যারদের কওয়ার দরকার নাই")
F("minors", "bn-Latn", "bhai meye ta 15 bochor, kintu passport e 25 dewa ase. dubai te basay kaj korbe, keu kisu bujhbe na. agent fee 40k, aj ditei hobe")
F("minors", "bn-Latn", "kajer pola 2 ta lagbe boyosh 10-12, dhaka r hotel e thala dhuibo, raat e hotel ei ghumaibo. bidhoba ma ra taratari raji hoy, 5000 advance dimu. bikash 01947365820", [("phone", "+8801947365820")])
F("minors", "bn-Latn", "Apa amar bon er boyosh 16, ek chele bolse biye kore India niye jabe, chele nijer number o dey na. 2 mash hoy or kono khobor nai, shesh call e kanchilo")
F("minors", "en", "Girl is 16 but looks older, we fix the documents. Marriage paper in India then hotel work. Pay on delivery.")
F("minors", "en", "Need young girls under 18 for VIP clients in Dhaka, good money for family. Contact @dhaka_vip_mgr on telegram", [("telegram", "@dhaka_vip_mgr")])

# --- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn", "টাকা এক নাম্বারে দিবেন না। ০১৭১২৩৪৫৬৭৮ এ ২০ হাজার, ০১৮১২৩৪৫৬৭৮ এ ২০ হাজার, বাকিটা নগদে। রেফারেন্সে ভিসা টিকেট কিছু লিখবেন না, লিখবেন সংসার খরচ", [("phone", "+8801712345678"), ("phone", "+8801812345678")])
F("payments_and_proceeds", "bn", "পোলারে ছাড়াইতে হইলে ৩ লাখ দিতে হইবো। বিকাশে ৫ ভাগে পাঠান, এক দোকান থেইকা সব পাঠাইবেন না। ট্রানজেকশন আইডির স্ক্রিনশট এই ইমোতে দিবেন, তারপর কথা কইতে দিমু")
F("payments_and_proceeds", "bn", "কুয়েত থেইকা দিরহাম-দিনার হুন্ডিতে দিমু, আপনি এইখানে পার্টিরে বিকাশে দিবেন। আমাগো লাইনের পোলাগো ভিসার টাকাও এইভাবে ঘুরবো। হাজারে ২৫ টাকা আপনের, খাতায় কিছু লেখবেন না")
F("payments_and_proceeds", "bn-Latn", f"bhai bKash e ar na, account freeze hoye jay. USDT pathao TRC20 te: {TRON1} . baki 1.5 lakh pailei oke chere dibo, deri korle daam bare", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Nagad e 25000 pathaisi, TxnID 7HQ2KD9L. baki ta kal dibo. oke ektu phone e kotha bolte den please, 3 din kono khobor nai", [("mfs_transaction", "7HQ2KD9L")])
F("payments_and_proceeds", "bn-Latn", "agent bhai 10 ta personal number lagbe, NID amra dibo. protidin 3-4 lakh cash in hobe, Libya line er party ra pathabe, tumi shudhu cash out korba. hajare 15 taka tomar, kauke bolba na")
F("payments_and_proceeds", "en", f"Pay release fee 2500 USDT to {ETH1} (ERC20) or we sell his contract to other company. Send screenshot here after transfer.", [("eth_address", ETH1)])
F("payments_and_proceeds", "en", "Transfer balance 1,80,000 BDT to these only: bKash 01612345670 personal, Nagad 01512345671. Max 25k each time. Write family help in reference, never write visa or ticket.", [("phone", "+8801612345670"), ("phone", "+8801512345671")])

# --- threats_and_coercion (8: bn 2, bn-Latn 3, en 3)
F("threats_and_coercion", "bn", "পালাইতে চাইলে হুরুব দিয়া দিমু, পুলিশ ধইরা জেলে ভরবো, জীবনেও দেশে যাইতে পারবি না। চুপচাপ কাম কর, বেশি কথা কইস না")
F("threats_and_coercion", "bn", "তোর ভাইরে আটকাইয়া রাখছি। থানা পুলিশ করলে লাশ পাইবি। কাইলকার মধ্যে টাকা না আইলে ভিডিও পাঠামু কেমনে মারতেছি")
F("threats_and_coercion", "bn-Latn", "tui jodi company theke bhagar cheshta koros tor baba ma re gram e giya dekhmu. amader lok Narsingdi te ase, bhule jash na")
F("threats_and_coercion", "bn-Latn", "Ma oira amare current shock dey, bole baki taka na aile aro marbo. ami ar parchi na, je vabe hok taka ta joga koro")
F("threats_and_coercion", "bn-Latn", "iqama nai tor, keu tore bachaibo na. embassy te gele ulta tore deport korbo. beshi kotha bolle police e dhoraye dimu, bujhsos?")
F("threats_and_coercion", "en", "You signed the paper. If you leave before 2 years you pay 5 lakh or we file case against your father in Bangladesh. We have his NID 4628193750, we know the house.", [("bd_nid", "4628193750")])
F("threats_and_coercion", "en", "Last warning. Your husband ran from the farm. If he not come back in 3 days we give his passport EB0456123 to police and say he is thief.", [("bd_passport", "EB0456123")])
F("threats_and_coercion", "en", "They beat Rafiq with a pipe in front of us because he asked for his salary. Boss said next one is whoever talks to the embassy. Call me on +966 55 318 7402 only at night.", [("phone", "+966553187402")])

# ================================================================ OK (60)
# --- bn (20)
N("receipt", "bn", "আপনি সফলভাবে ১০,০০০.০০ টাকা সেন্ড মানি করেছেন ০১৭৮৯৪৫৬১২৩ নম্বরে। ফি ০.০০ টাকা। ব্যালেন্স ২,৩৪০.৫০ টাকা। TrxID BKL9F3QZ7M", [("phone", "+8801789456123"), ("mfs_transaction", "BKL9F3QZ7M")])
N("news", "bn", "নরসিংদীতে মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, ইউরোপে পাঠানোর কথা বলে লিবিয়ায় নিয়ে জিম্মি করে পরিবারের কাছ থেকে মুক্তিপণ আদায় করত চক্রটি।")
N("awareness", "bn", "বিদেশ যাওয়ার আগে জেনে নিন: সরকার নির্ধারিত খরচের বেশি টাকা কাউকে দেবেন না, পাসপোর্ট কোনো দালালের হাতে দেবেন না। বিএমইটিতে নিবন্ধন করুন, স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না।")
N("official", "bn", "লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি (আরএল-১২৩৪): মালয়েশিয়ায় ফ্যাক্টরি শ্রমিক নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা, এর বেশি কোনো টাকা নেওয়া হয় না। সব লেনদেন ব্যাংকের মাধ্যমে, রশিদসহ।")
N("family", "bn", "আম্মা পাসপোর্টটা আলমারির উপরের তাকে রাখছি, কাউরে দিও না, মামারেও না। সোমবার আমি নিজে গিয়া বিএমইটিতে ফিঙ্গার দিমু")
N("family", "bn", "ভাইয়া বেতন পাইছি, ২৫ হাজার বিকাশে দিলাম। আব্বার ওষুধ আর ছোটটার স্কুলের বেতন দিয়া দিও। এই মাসে ওভারটাইম ভালো হইছে আলহামদুলিল্লাহ")
N("worker_content", "bn", "এইখানে কোম্পানি ভালো, ৮ ঘণ্টা ডিউটি, শুক্রবার বন্ধ। আকামা কোম্পানি নিজেই কইরা দিছে, পাসপোর্ট আমার কাছেই। রান্না নিজেরা করি, চিন্তা কইরো না")
N("joke", "bn", "বউ কইছে দুবাই থেইকা সোনার চেইন না আনলে ঘরে ঢুকতে দিবো না 😂 ভাই এইটাই আসল হুরুব")
N("chatter", "bn", "ভাই ফ্লেক্সিলোডের কমিশন কমাই দিছে, বিকাশ ক্যাশ আউটেও আগের মত লাভ নাই। ঈদের আগে রেমিটেন্স না আইলে দোকান ভাড়াও উঠবো না")
N("chatter", "bn", "প্রিয় গ্রাহক, আপনার বিকাশ একাউন্ট সাময়িক বন্ধ করা হয়েছে। চালু করতে এখনই কল করুন ০১৩২৫৬৭৮৯০১ এবং পিন নম্বর জানান।", [("phone", "+8801325678901")])
N("family", "bn", "খালু, রুমির বিয়ার কথা পাকা। ছেলে সৌদি থাকে, ফাল্গুনে ছুটিতে আইবো। দেনমোহর ৩ লাখ, আপনারা অবশ্যই আইসেন। কিছু লাগলে আমারে ফোন দিয়েন ০১৭২৯৮৮৩৪১৬", [("phone", "+8801729883416")])
N("news", "bn", "লিবিয়া থেকে ফিরলেন ১৪৫ বাংলাদেশি। আইওএমের সহায়তায় শাহজালাল বিমানবন্দরে পৌঁছানোর পর প্রত্যেককে বাড়ি যাওয়ার খরচ ও খাবার দেওয়া হয়।")
N("official", "bn", "প্রবাসী কল্যাণ ব্যাংক: বিদেশগামী কর্মীদের জন্য অভিবাসন ঋণ, জামানত ছাড়া, সহজ কিস্তিতে। প্রয়োজনীয় কাগজ: পাসপোর্ট, ভিসা, বিএমইটি স্মার্ট কার্ড। নিকটস্থ শাখায় যোগাযোগ করুন।")
N("receipt", "bn", "নগদ: আপনার অ্যাকাউন্টে ৫২,৩০০ টাকা রেমিটেন্স এসেছে (সৌদি আরব), সাথে ২.৫% প্রণোদনা ১,৩০৭.৫০ টাকা। TxnID 73NP8KQ2", [("mfs_transaction", "73NP8KQ2")])
N("family", "bn", "মেডিকেল ফিট আইছে আলহামদুলিল্লাহ। এজেন্সির রশিদ সব আছে, ফ্লাইট ১৮ তারিখ, টিকেট কোম্পানি দিছে। দোয়া কইরো আম্মা")
N("worker_content", "bn", "ছোট মামা মালয়েশিয়া থেইকা ভিডিও কল দিছিল, নতুন রুমে এসি লাগাইছে, চাইরজন থাকে। কইলো ডিসেম্বরে ছুটি পাইবো, সবার লাইগা কিছু আনবো")
N("awareness", "bn", "মসজিদ থেকে ঘোষণা: অচেনা লোক কম টাকায় বিদেশ বা পার্লারের চাকরির কথা কইলে বিশ্বাস কইরেন না। মেয়েদের ভালো চাকরির লোভ দেখাইয়া পাচারের ঘটনা ঘটতেছে, সাবধান থাকবেন।")
N("joke", "bn", "ভাই আমারে তো কেউ ফ্রি ভিসা দেয় না, বউ খালি ফ্রি উপদেশ দেয় 🤣")
N("chatter", "bn", "ভাই ৫০ টাকা ফ্লেক্সি দেন গ্রামীণে ০১৭৪৫৬৩২১৯৮, টাকা কাইলকা দিমু", [("phone", "+8801745632198")], hard=False)
N("chatter", "bn", "দোকান আজকে জুম্মার পরে খুলমু, মাল আনতে ঢাকা গেছি", hard=False)

# --- bn-Latn (20)
N("family", "bn-Latn", "bhai abbur passport renew er taka 5750 bKash korlam, trxid BFD2R8MK4T. regional passport office e 10 tarikh er moddhe jomma dite hobe", [("mfs_transaction", "BFD2R8MK4T")])
N("chatter", "bn-Latn", "Rokon er dokan er pashe je agent boshto oi beta naki 6 jon er visa r taka niye palaise, police khujtese. amra to kisu jani na, amar kase shudhu flexi korto")
N("worker_content", "bn-Latn", "Alhamdulillah Korea te EPS e ashchi, sorkari vabe, khoroch holo 1.3 lakh er moto. kaj 8 ghonta, overtime korle extra pay. kono dalal lage nai")
N("joke", "bn-Latn", "dost tui to Dubai giye sheikh hoye gesos, amader kotha mone nai 😂 ekta iPhone pathaish noile tor bou ke bole dimu 🤣")
N("family", "bn-Latn", "Ammu Rima r biye te Malaysia theke Sohel bhai ashbe, ticket kata hoise. 2 lakh pathabe bazar shodai er jonno, tumi tension nio na")
N("awareness", "bn-Latn", "Shobai shotorko thakun! Facebook e 'Europe visa 100% guarantee' dekhe taka diben na. BMET website e agency r license number check koren. kono agent passport nijer kase rakhte chaile mana koren.")
N("chatter", "bn-Latn", "Bhai aj Nagad e cash out e onek bhir, Saudi r remittance ashse shobar. dokan e 2 lakh cash lagbe, bank theke tule aniyo")
N("news", "bn-Latn", "Ajker khobor: Madaripur e manob pachar mamlay 2 dalal er 10 bochor jail. Italy pathanor kotha bole Libya te atke rekhe mukti pon nito")
N("chatter", "bn-Latn", "Congratulations! apni bKash lucky draw te 50000 taka jitechen. taka pete processing fee 1500 pathan 01987654320 number e aj rat 12 tar moddhe", [("phone", "+8801987654320")])
N("worker_content", "bn-Latn", "bhai ami Qatar e valo achi, company beton time moto dey, mash er 1 tarikh. passport amar kase, 2 bochor por 2 mash chhuti. tension korish na")
N("family", "bn-Latn", "Mama Riyad er medical er 8500 dilam clinic e, slip pailam. visa stamping hole janabo. agency te shob receipt rakhso to, mamla hole lagbe. agency r office number 01911204587", [("phone", "+8801911204587")])
N("chatter", "bn-Latn", "Saudi flight e naki baggage 30 kg, beshi nile charge. bhai amar bhatija jacche, 2 ta kombol r achar dite chai, hobe?")
N("official", "bn-Latn", "Ami Probashi app e registration shofol. Pre-departure training 3 din, TTC Narsingdi. Smart card nite ashben 22/12/2026, sathe passport r training certificate anben.")
N("joke", "bn-Latn", "amar boss (mane bou) bole ghorer kaj na korle raater khana bondho 😂 eta ki forced labour na bhai? kar kase complain dibo")
N("family", "bn-Latn", "Apa Tania ke Dhaka te garments e dhukailam, beton 12500, overtime alada. mess e thake 4 jon meye mile, protidin phone dey, bhaloi ase")
N("awareness", "bn-Latn", "BRAC migration er apa ra ajke haat e meeting korbe: bidesh jaoar age ki ki kagoj lage, dalal chinben kivabe, fraud hole kothay jaben. shobai ashben")
N("family", "bn-Latn", "bou re bolo 30 hajar pathaisi, trxid BMX5P7WE2K. eita diye BRAC er kisti ta dite bolo, ar matro 3 ta kisti baki loan er", [("mfs_transaction", "BMX5P7WE2K")])
N("chatter", "bn-Latn", "bhai Robi te 99 taka er pack ta dio, 01812398745", [("phone", "+8801812398745")], hard=False)
N("chatter", "bn-Latn", "kalke haat er din, dokan shokal 7 tay khulbo, bKash er float beshi rakhte hobe", hard=False)
N("chatter", "bn-Latn", "bhai charger er cable ta ferot dio, amar ta nosto hoye gese", hard=False)

# --- en (20)
N("receipt", "en", "Cash In Tk 25,000.00 from 01711223344 successful. Fee Tk 0.00. Balance Tk 41,250.75. TrxID BKC8N4T2HX at 07/12/2026 14:05", [("phone", "+8801711223344"), ("mfs_transaction", "BKC8N4T2HX")])
N("receipt", "en", "You have received remittance of Tk 48,500.00 from Al Rajhi Bank via bKash. Govt incentive 2.5% added. TrxID BKA7Q2M9RZ", [("mfs_transaction", "BKA7Q2M9RZ")])
N("news", "en", "RAB detains 4 for trafficking women to Dubai with fake beauty parlour job offers; 3 women rescued, passports recovered from the gang")
N("news", "en", "Inquiry finds recruiting agencies charged Malaysia-bound workers up to Tk 5 lakh, far above the Tk 78,990 cap; thousands stranded as quota closed")
N("awareness", "en", "Advisory: A genuine employer never asks you to pay for your visa. Keep your passport yourself. Before you fly, save the embassy number and give your full address abroad to your family.")
N("official", "en", "Notice from licensed agency RL-0917: demand letter for 50 general workers, construction company Riyadh. Cost as per Govt rules, paid through bank with receipt. Interview at BMET office Kakrail, 14 Dec. Apply: jobs@alamin-overseas.com.bd", [("email", "jobs@alamin-overseas.com.bd")])
N("worker_content", "en", "Brother I'm fine, 2 years in Riyadh now, company good, salary every month on time, iqama renewed last week by company itself. Coming home Eid inshallah.")
N("family", "en", "Send me your passport copy and NID on WhatsApp, I'll book the Umrah package for Abba and Amma. Travel agent needs it by Sunday. Abba's passport is A03917462 if you can't find the copy.", [("bd_passport", "A03917462")])
N("joke", "en", "My boss said we're a family here. Yes bro, unpaid overtime, no holidays and I can't leave 😂 welcome to startup life in Gulshan")
N("chatter", "en", "bKash agent network down again, customers waiting for Malaysia money since morning. Told them come back after Asr.")
N("chatter", "en", "Dear customer, your Nagad account has been locked due to suspicious activity. Verify now: http://nagad-verify-bd.xyz/login", [("url", "http://nagad-verify-bd.xyz/login")])
N("family", "en", "Sister's wedding fixed, the groom works in Italy legally, came with proper visa. He'll send money for jewellery through bank, not hundi.")
N("awareness", "en", "Know your rights: in Malaysia your employer cannot keep your passport. If anyone takes it, call the High Commission labour wing +60 3-2141 0983.", [("phone", "+60321410983")])
N("worker_content", "en", "10 hrs in the Doha hotel kitchen, tiring but they pay overtime and we get 1 day off. Food free, room AC. Not bad honestly.")
N("news", "en", "Narsingdi district counter-trafficking committee met today; 23 cases under the 2012 Prevention and Suppression of Human Trafficking Act were reviewed.")
N("chatter", "en", "Whatsapp group Narsingdi Probashi has 3,000 members now, people share flight updates and reviews of agencies. Admin: wa.me/8801733221100", [("whatsapp", "+8801733221100")])
N("chatter", "en", f"Someone in the bazaar group posting send 0.01 BTC to {BTC1} and get double in 24h. Obviously scam, don't fall for it.", [("btc_address", BTC1)])
N("chatter", "en", "Recharge 20 tk to 01556677889 pls, I'll pay tomorrow", [("phone", "+8801556677889")], hard=False)
N("chatter", "en", "Shop closed Friday morning, open after Jumma.", hard=False)
N("chatter", "en", "Do you have a type-C charger and screen protector for Redmi Note 12?", hard=False)


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
    random.Random(147).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev147-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
