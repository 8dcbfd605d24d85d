"""Blind evaluation set dev119, written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a caseworker for families in Noakhali, Feni and Lakshmipur whose young men went to South
Africa and Mozambique to work in relatives' and strangers' spaza shops (held, unpaid, kidnapped for
ransom, moved across borders), alongside genuine shopkeepers' and families' messages.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev119.jsonl"
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


BTC1 = btc("dev119-btc-1")
TRON1 = tron("dev119-tron-1")
ETH1 = eth("dev119-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাই আপনে কইছিলেন সাউথ আফ্রিকায় আপনের চাচাতো ভাইয়ের দোকানে ম্যানেজারি, মাসে ২৫ হাজার রেন্ড। "
  "আইসা দেখি দোকান হেতের না, অন্য মাইনষের। আঁরে মোজাম্বিকে তিন সপ্তা বহাই রাখছে, কয় বর্ডার পার করাইবো। "
  "এইটা কি আদৌ ভিসা আছিলো?")
F("recruitment_deception", "bn",
  "ওয়ার্ক পারমিট দিবো কইয়া ৬ লাখ টাকা নিছে। এখন জোহানেসবার্গে আইসা হুনি টুরিস্ট ভিসায় আনছে, মেয়াদও শেষ। "
  "দালাল ফোন ধরে না, বাড়িতে গেলে হেতের বউ কয় ঢাকায় গেছে।")
F("recruitment_deception", "bn",
  "🇿🇦🇿🇦 সাউথ আফ্রিকায় সুপারশপে লোক নেওয়া হবে 🇿🇦🇿🇦\n"
  "✅ বেতন ৫০-৭০ হাজার টাকা\n✅ থাকা খাওয়া মালিকের\n✅ ভিজিট ভিসায় যাবেন, ওখানে গিয়ে আমরা কাজের পারমিট করে দিব\n"
  "✅ বিএমইটি কার্ড লাগবে না, মেডিকেল লাগবে না\nসিট সীমিত!! যোগাযোগ: ০১৮২৩-৪৫৬৭৮১",
  [("phone", "+8801823456781")])
F("recruitment_deception", "bn-Latn",
  "Bhai apni bolsilen Durban e boro shop e cashier er kaj, AC room e thakben. Ekhane eshe dekhi "
  "Mozambique er ek gram e choto ekta spaza, pichoner kamra te 4 jon ghumai. Cashier na, jharu theke "
  "maal tola shob amar. Eta ki hoilo bhai, apnar kotha to kichui mile na")
F("recruitment_deception", "bn-Latn",
  "Mama chinta koiren na, Maputo airport e amago lok ase, receive korbo. Visa lagbo na, oikhane giya "
  "'paper' koira dimu. 3 maser moddhe South Africa dhukaiya dimu, amar bhagina'r 2 ta dokan, beton 15 "
  "hajar rand. details er jonno WhatsApp koren wa.me/8801934567120",
  [("whatsapp", "+8801934567120")])
F("recruitment_deception", "bn-Latn",
  "apa oi dalal Rubel re ar biswash koiren na. Shafiq re bolse 'attiyo er shop', ashole oi lok kono "
  "attiyo na, taka diya kine nise. passport e je visa lagaise oita nakli, Dubai airport e 2 din atkaisilo")
F("recruitment_deception", "en",
  "Sir my brother went through agent Kamal from Senbag. He promised job in a supermarket in Pretoria with "
  "proper papers. Now he says he is in a house in Maputo, no papers, and agent says wait for 'the line'. "
  "The visa copy he showed us was photoshop I think.")
F("recruitment_deception", "en",
  "they told us company visa, warehouse job in joburg. when we landed in addis they took the return "
  "tickets and said from here it is by road. nobody said by road before. 9 days in the back of a truck")

# ---- fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "আব্বা, মালিক কইছে আঁর আওনের ৭ লাখ টাকা হেতে দালালরে দিছে, এইটা শোধ না হওয়া পর্যন্ত বেতন নাই। "
  "হিসাব কইরা দেখছি দুই বছর লাগবো। আঁই কিছু কইতে পারি না।")
F("fees_and_debt", "bn",
  "জমি বন্ধক রাইখা সাড়ে ৫ লাখ দিলাম, এখন দালাল কয় আরো ২ লাখ না দিলে পোলারে মোজাম্বিক থেইকা সাউথ আফ্রিকা "
  "নিবো না। সুদের টাকা মাসে ১৫ হাজার দিতেছি। কী করুম কন আপা")
F("fees_and_debt", "bn-Latn",
  "mama amar beton theke proti mash 4000 rand kete rakhe, bole 'tor plane vara, visa, line er khoroch'. "
  "14 mash hoye gese, hishab chaile bole ekhono 60 hajar rand baki. hishab er khata kokhono dekhay na")
F("fees_and_debt", "bn-Latn",
  "Apa ami shop e 8 mas, malik bolse ami 'ticket er dena' shodh korte hobe age. Ekhon bolse shop e chor "
  "hoise, oi loss o amar ghare. dena shudhu bartei ase, komena")
F("fees_and_debt", "bn-Latn",
  "Baki 1.5 lakh ta na dile pola oikhane kaj korbe jotodin na shodh hoy, beton paibo na. shudh mashe 10%. "
  "Nagad e pathaba 01978-335160 e, ajke bikal er moddhe",
  [("phone", "+8801978335160")])
F("fees_and_debt", "en",
  "The shop owner is my uncle's friend. He paid the agent and now says I owe him R90,000. He takes my whole "
  "wage, gives R300 a month for airtime. When I ask when it finishes he says 'when I say'.")
F("fees_and_debt", "en",
  "Fwd: Terms - Total package Tk 6,50,000. Tk 3 lakh before flight, balance deducted from salary in SA "
  "R3000/month until clear. Passport will stay with employer as guarantee till full payment. "
  "Agent: Shahin 01749-882316",
  [("phone", "+8801749882316")])

# ---- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "আম্মা আঁর ফোন মালিক রাইখা দিছে, এইটা কাস্টমারের ফোন দিয়া লুকাইয়া দিতেছি। রাইতে দোকানের শাটার বাইরে "
  "থেইকা তালা দেয়। এই নম্বরে আর ফোন দিয়েন না, হেতে টের পাইবো")
F("isolation_and_control", "bn",
  "মাপুতোতে নামার পর দালালের লোক পাসপোর্ট নিয়া গেছে (নম্বর EB0412775), কইছে কাগজ বানাইবো। আট মাস হইল ফেরত দেয় না। "
  "বাইরে গেলে পুলিশে ধরবো কইয়া ঘর থেইকা বাইর হইতে দেয় না।",
  [("bd_passport", "EB0412775")])
F("isolation_and_control", "bn",
  "বাড়িতে কেউ জিগাইলে কবি তুই দুবাইতে আছস, কোম্পানিতে কাজ। মোজাম্বিক বা আফ্রিকার নাম মুখেও আনবি না। "
  "ভিডিও কল দিবি না, খালি ভয়েস। বুঝছস?")
F("isolation_and_control", "bn-Latn",
  "bhai amra 11 jon ek ghore, Nampula te. dorjar baire 2 jon shob shomoy boshe thake. toilet e jaite "
  "holeo bolte hoy. keu jodi ei msg dekhen amar abbare janaben 01827-604518, Companiganj, Noakhali",
  [("phone", "+8801827604518")])
F("isolation_and_control", "bn-Latn",
  "Malik er shorto: shop chhere kothao jabi na, Sunday o na. onno Bangali der sathe kotha bolbi na, ora "
  "tor mathay kharap buddhi dibe. phone shudhu raate 10 minute, ami pashe thakbo.")
F("isolation_and_control", "en",
  "Madam, my son Rasel number is off since 40 days. Last time he whispered that boss took his passport and "
  "phone, he only gets to call when boss is standing there. His number was +27 71 482 3390",
  [("phone", "+27714823390")])
F("isolation_and_control", "en",
  "Don't talk to the NGO people or anyone from the embassy. If somebody asks, you are my nephew and you "
  "are visiting. Keep the back door locked and don't go to the taxi rank alone.")
F("isolation_and_control", "en",
  "they moved us at night from maputo to a farm near the border. no phones, they collected them in a "
  "bucket. 3 weeks now. we only go out to the tap and back")

# ---- threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তোর ভাই যদি আর একবার থানায় যায়, ওরে ডিপোর্ট করাই দিমু, কাগজ তো নাই অর। আর তোগো বাড়ির ঠিকানা "
  "আঁর জানা আছে, সোনাইমুড়ী বাজারের পিছে।")
F("threats_and_coercion", "bn",
  "আম্মা অরা আঁরে মারছে, হাত বাইন্ধা রাখছে। কইতেছে টাকা না দিলে কাইল আঙুল কাইটা ভিডিও পাঠাইবো। "
  "এই নম্বর থেকে ফোন আইবো +২৫৮ ৮৪ ৭৭১ ২০৩৯, দয়া কইরা ধইরেন",
  [("phone", "+258847712039")])
F("threats_and_coercion", "bn",
  "দোকান ছাইড়া পালাইলে হোম অ্যাফেয়ার্সে ফোন দিমু, জেলে পচবি। দেশে তোর বাপের নামে চেকের মামলা দিমু, "
  "জমিও যাইবো।")
F("threats_and_coercion", "bn-Latn",
  "Shon, tui jodi mukh kholos, tor bou er chobi gula Facebook e chharay dimu. ami chai na oishob korte, "
  "tui chup thak, kaj kor.")
F("threats_and_coercion", "bn-Latn",
  "Bhai ora amake gari te tule niye gese Soweto theke, 3 din dhore ek bela pani dise. bolche amar malik "
  "taka na dile gulli kore felay dibe. malik phone dhorche na")
F("threats_and_coercion", "bn-Latn",
  "Feni r oi dalal er lok kal raite bari te ashche. Ammare boilo mamla tulle tomar pola oikhane "
  "'haray jaibo'. amra bhoye thanay jaitesi na")
F("threats_and_coercion", "en",
  "If you go to police here they will take you first, you have no permit. Then I tell them you stole from "
  "the till. Who they believe, you or me? Go back to work.")
F("threats_and_coercion", "en",
  "Your son is with us. 8 lakh taka by Friday. If you tell police or embassy we send him back in a box. "
  "We know your house in Ramganj. Call this number only: +27 78 604 1129",
  [("phone", "+27786041129")])

# ---- labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "সকাল ৬টায় শাটার খুলি, রাইত ১১টায় বন্ধ। সাত দিনই। এক বছরে একদিনও ছুটি পাই নাই। বেতন চাইলে কয় দোকানে "
  "লাভ হইলে দিমু। ১৪ মাসে হাতে পাইছি ২ হাজার রেন্ড।")
F("labour_exploitation", "bn",
  "মাপুতোর দোকান থেইকা আঁরে আরেক মালিকের কাছে 'দিয়া দিছে', হেতে আবার ইস্ট লন্ডনে নিয়া গেছে। কেউ জিগায় না "
  "আঁই যাইতে চাই কিনা। দুই জায়গায়ই বেতন শূন্য।")
F("labour_exploitation", "bn-Latn",
  "shop e raate o ghumai counter er niche, jate dakati hoile ami thaki. 2 bar gun dhorse mathay. malik "
  "bole oita tor duty. 9 mas beton pai nai")
F("labour_exploitation", "bn-Latn",
  "Pola re ekta dokan e dise jekhane kono din bondho nai, khabar ek bela, pauruti ar cha. 18 ghonta dariye "
  "thake. fon dile bole 'ma ami bhalo' kintu gola shunle bujhi")
F("labour_exploitation", "en",
  "Worked 16 months at the Khayelitsha shop. no off day, no salary, only food. when I asked, boss said he "
  "sent money home to my father. My father got nothing.")
F("labour_exploitation", "en",
  "They moved me to his cousin's shop in Gqeberha without asking, then to a third shop. 'You belong to the "
  "business' he said. 15 hrs a day and I sleep in the storeroom on the mealie bags.")
F("labour_exploitation", "en",
  "Bro the new guys from Lakshmipur, boss has them offloading trucks all night then on the counter all day. "
  "2 hrs sleep. One boy fainted yesterday, boss said put water on his face and continue")

# ---- minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "অর বয়স আসলে ১৫, দালাল জন্ম নিবন্ধন বদলাইয়া ১৯ বানাইছে, পাসপোর্টেও ১৯ (B04417265)। এখন জোহানেসবার্গে "
  "একটা দোকানে রাখছে, মালিকও জানে পোলাটা ছোট।",
  [("bd_passport", "B04417265")])
F("minors", "bn",
  "ক্লাস এইটে পড়ে পোলাডা, চাচা কইলো আফ্রিকায় নিয়া দোকানে বহাইবো, পড়ালেখা কইরা কী হইবো। মা-বাপ রাজি। "
  "আপা আপনে এককানা বুঝান, ছেলেটার বয়স চৌদ্দ।")
F("minors", "bn",
  "মাইয়ার বয়স ১৬, সাউথ আফ্রিকার এক পোলার লগে বিয়া দিতেছে যাতে ওইখানে নিয়া দোকানে খাটাইতে পারে। কাবিনে "
  "বয়স দেখাইছে ১৮। জামাই নিজেই কইছে দোকানে মানুষ লাগবো।")
F("minors", "bn-Latn",
  "Dalal bolse 'choto pola hoile bhalo, police kom dhore, beton o kom dite hoy'. Amader gram theke 3 ta "
  "16-17 bochorer pola niye gese gelo mashe, Maputo diye.")
F("minors", "bn-Latn",
  "bhai er 13 bochorer chele ke Dhaka te ek bashay kaje dise, malkin phone dite dey na, bole bhalo ase. "
  "ekhon bolche oke o Africa pathabe ektu boro hole, mamar dokane")
F("minors", "en",
  "The boy in the shop is 15, I'm sure. He told me in Bangla his passport says 20. He cries at night. "
  "Boss says he is his nephew. Please who can I tell?")
F("minors", "en",
  "Need 2 boys, 14-16 is best, they learn fast and don't complain. We fix the age in the papers, don't "
  "worry. Send photos on telegram @afrika_line_job",
  [("telegram", "@afrika_line_job")])

# ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপা, লক্ষ্মীপুরের মাইয়াটারে কইছিল জোহানেসবার্গে বিউটি পার্লারে কাজ। এখন ফোনে কান্দে, কয় রাইতে হোটেলে "
  "'গেস্টের' কাছে পাঠায়, না গেলে খাওন বন্ধ।")
F("sexual_exploitation", "bn",
  "দালাল বউরে কইছে স্বামীর ঋণ শোধ করতে হইলে মাপুতোর ক্লাবে 'হোস্টেস' হইয়া বইতে হইবো। ছবি তুইলা নিছে, কয় "
  "কাস্টমাররে দেখাইবো।")
F("sexual_exploitation", "bn-Latn",
  "meye ta ke Dubai te 'hotel job' bole rekhe dise, ekhon bolche Joburg e ekta 'spa' te jabe. ora ek raate "
  "4-5 jon 'client' ane, instagram e chobi dey, page er nam @joburg.bd.spa. passport oder kache",
  [("instagram", "@joburg.bd.spa")])
F("sexual_exploitation", "bn-Latn",
  "Boss er cousin bole raate video call e 'show' dite hobe, na dile amar bhai er kaj bondho kore dibe. "
  "Ami ekta meye, ekhane ekla, ki korbo apa")
F("sexual_exploitation", "en",
  "New girls from BD 🔥 young, Bengali, discreet. Sandton & Rosebank, incall/outcall. Pics on request. "
  "WhatsApp +27 63 918 2047",
  [("phone", "+27639182047")])
F("sexual_exploitation", "en",
  "They said the hair salon in Pretoria needs Bangladeshi girls. When my sister arrived the 'salon' was "
  "rooms upstairs. The manager keeps her earnings and says she still owes for the flight.")
F("sexual_exploitation", "en",
  "He keeps telling me come to the back room after closing, and if I refuse he will send me to 'the other "
  "place' where men pay. I'm 19. I don't know anyone here.")

# ---- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "মুক্তিপণের ৩ লাখ টাকা তিনটা বিকাশে ভাগ কইরা পাঠাইতে কইছে: ০১৭৬৫৪৩২১০৯, ০১৯১২৩৪৫৬৭৮, ০১৫৫৬৭৮৯০১২। "
  "প্রত্যেকটায় ৫০ হাজার কইরা দুইবার। টাকা পাইলে ছাড়বো কইছে।",
  [("phone", "+8801765432109"), ("phone", "+8801912345678"), ("phone", "+8801556789012")])
F("payments_and_proceeds", "bn",
  "দুলাভাই, অরা প্রথম কিস্তির ১ লাখ পাইছে, নগদে পাঠাইছি TxnID 7HX42KQ9। এখন কয় বাকি ২ লাখ হুন্ডিতে "
  "জোহানেসবার্গের এক দোকানে দিতে হইবো, হেরপর ছাড়বো।",
  [("mfs_transaction", "7HX42KQ9")])
F("payments_and_proceeds", "bn",
  "বাকি টাকা ব্যাংকে দিবেন না, রকেটেও না। আমগো লোক হুন্ডিতে নিবো, চৌমুহনী বাজারে গিয়া 'আফ্রিকার মামার "
  "লোক' কইবেন। টাকা না পৌঁছাইলে পোলা লাইনে উঠবো না।")
F("payments_and_proceeds", "bn-Latn",
  f"Ransom er 2 lakh bKash e dewa hoise 01812-447730 e, Trx ID 9FJ3KD82LA. ekhono pola re chharse na, "
  f"ebar bolche baki ta USDT te dite hobe ei address e: {TRON1}",
  [("phone", "+8801812447730"), ("mfs_transaction", "9FJ3KD82LA"), ("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Joburg e rand jama dile Lakshmipur e 1 ghontay taka pouchhe jabe, rate 6.40. dalal er baki ta amar "
  "kache dile ami pouchhe dibo, pola re line e tulbe. kono bank nai, kono receipt nai")
F("payments_and_proceeds", "bn-Latn",
  "Ma, malik bolse amar 6 maser beton Nagad e pathaise 01633-219874 e. oita amader number na, oita dalal "
  "Jashim er. tumi ki kichu paiso?",
  [("phone", "+8801633219874")])
F("payments_and_proceeds", "en",
  f"Final payment for the boy release: 0.05 BTC to {BTC1}. After confirmation he will be dropped at Park "
  f"Station. No bank, no police.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  f"Boss sends the shop takings to BD through hundi every Friday, part of it is 'our salary' he says, goes "
  f"to the dalal in Chowmuhani. Big amounts he puts in crypto, wallet {ETH1}",
  [("eth_address", ETH1)])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn",
  "নোয়াখালীর বেগমগঞ্জে দক্ষিণ আফ্রিকায় অপহৃত যুবকের মুক্তিপণ আদায়ের অভিযোগে দুই দালাল গ্রেপ্তার। র‍্যাব জানায়, "
  "চক্রটি বিকাশের মাধ্যমে পরিবারের কাছ থেকে টাকা নিত।")
N("news", "en",
  "Feni: Police rescue 14 Bangladeshis held in a house in Maputo, embassy says. The men had been promised "
  "shop jobs in South Africa. Three suspected traffickers detained.")
N("news", "bn-Latn",
  "BREAKING: Mozambique route e manob pachar, Senbag theke 3 jon greftar. 23 jon ke 'dokaner chakri' er "
  "kotha bole pathano hoyesilo - Noakhali Barta")
N("news", "en",
  "SAPS: 5 arrested after kidnapping of Bangladeshi shopkeeper in Kariega; victim freed unharmed, no "
  "ransom paid, spokesperson says.")
N("news", "bn",
  "মানবপাচার প্রতিরোধ ও দমন আইনে দায়ের হওয়া মামলায় ফেনীর আদালত তিন আসামিকে যাবজ্জীবন কারাদণ্ড দিয়েছে। "
  "ভুক্তভোগীদের দক্ষিণ আফ্রিকায় দোকানে চাকরির প্রলোভন দেখানো হয়েছিল।")
N("news", "bn-Latn",
  "Channel 24 e dekhlam, South Africa te ei bochor 30 jon er beshi Bangali mara gese dokane dakatite. "
  "Bhaiera shabdhane thaken.")
N("news", "en",
  "Remittance from South Africa rose 18% in FY26 as more migrants used formal channels, Bangladesh Bank "
  "data shows.")

# ---- awareness (7)
N("awareness", "bn",
  "⚠️ সতর্কতা: কেউ যদি বলে 'ভিজিট ভিসায় গিয়ে সাউথ আফ্রিকায় কাগজ করে দিব', বিশ্বাস করবেন না। পাসপোর্ট কারো "
  "হাতে দিবেন না। বিএমইটি স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। প্রবাসবন্ধু কল সেন্টার: ১৬১৩৫")
N("awareness", "en",
  "Reminder from IOM: Never hand your passport to your employer or agent. Keep a photo of it and your "
  "contract on your phone and share with family. If you are held against your will call 999 (BD) or "
  "10111 (SA police).")
N("awareness", "bn-Latn",
  "Bhaiyera ekta kotha mone rakhben: kono dalal jodi bole 'taka pore dilei hobe, oikhane beton theke kete "
  "nibo', oitai fanda. Ar ransom er call ashle age thana ar embassy ke janaben, bKash e taka pathaben na.")
N("awareness", "bn",
  "বাবা-মায়েরা সাবধান! ১৮ বছরের কম বয়সী সন্তানকে আত্মীয়ের দোকানে কাজের জন্য বিদেশ পাঠাবেন না। জন্ম নিবন্ধনে "
  "বয়স বাড়ানো অপরাধ। — উপজেলা মানবপাচার প্রতিরোধ কমিটি, সেনবাগ")
N("awareness", "en",
  "Sisters, if someone offers a 'parlour' or 'hotel' job abroad with free ticket and no interview, check "
  "with the BMET office first. A real job has a contract you can read before you fly.")
N("awareness", "bn-Latn",
  "Poster ta share koren: Apnar chele ki Mozambique ba South Africa te? Kidnap er phone ashle taka "
  "pathanor age Bangladesh High Commission Pretoria te jogajog korun: +27 12 342 4113",
  [("phone", "+27123424113")])
N("awareness", "bn",
  "ফেসবুকে 'সাউথ আফ্রিকায় দোকানে লোক লাগবে' পোস্ট দেখলে আগে রিক্রুটিং এজেন্সির লাইসেন্স নম্বর বিএমইটির "
  "ওয়েবসাইটে মিলিয়ে নিন। সাব-এজেন্ট নিবন্ধিত কিনা জিজ্ঞেস করুন।")

# ---- official (6)
N("official", "en",
  "BANGLADESH HIGH COMMISSION, PRETORIA - Notice: Passport renewal (e-passport) camp at Durban on 14 Dec. "
  "Bring old passport and NID/birth certificate copy. Fees as per government schedule; no agent needed. "
  "Queries: consular.pretoria@mofa.gov.bd",
  [("email", "consular.pretoria@mofa.gov.bd")])
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৮৭)। সৌদি আরবে ক্লিনার পদে নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ১,৬৫,০০০ "
  "টাকা, এর বেশি কাউকে দিবেন না। সকল লেনদেন ব্যাংকের মাধ্যমে, রসিদ দেওয়া হবে। যোগাযোগ: ০১৭১৩-৫৫২২৯০",
  [("phone", "+8801713552290")])
N("official", "bn-Latn",
  "BMET: Apnar smart card (Reg 2026-NKL-44817) prostut. Jela Karmasangsthan o Janashakti Office, "
  "Noakhali theke songroho korun. Kono fee nei, dalal er maddhome ashben na.")
N("official", "en",
  "Ministry of Expatriates' Welfare: Families of migrant workers who died abroad may apply for the Tk 3 "
  "lakh grant at the District Employment & Manpower Office. Bring death certificate, passport copy and NID.")
N("official", "bn",
  "অনারারি কনস্যুলেট, মাপুতো: মোজাম্বিকে অবস্থানরত বাংলাদেশিদের তথ্য হালনাগাদ করতে নাম, পাসপোর্ট নম্বর ও "
  "ঠিকানা পাঠান। কোনো ফি নেই। পাসপোর্টের মূল কপি কাউকে জমা দেবেন না।")
N("official", "en",
  "Department of Home Affairs: Asylum seeker permit (Section 22) extensions are free of charge. Do not pay "
  "anyone offering to 'fix' your permit. Report corruption: 0800 601 190",
  [("phone", "+27800601190")])

# ---- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01819556712. Ref Abbu. Fee Tk 0.00. Balance Tk 26,340.55. "
  "TrxID BKL7Q2M4XA at 05/12/2026 14:22",
  [("phone", "+8801819556712"), ("mfs_transaction", "BKL7Q2M4XA")])
N("receipt", "en",
  "Money Received. Amount: Tk 15,000 Sender: 01715338204 Ref: bazar TxnID: 71A9KX3M Balance: Tk 15,812.40 "
  "05/12/2026 19:40",
  [("phone", "+8801715338204"), ("mfs_transaction", "71A9KX3M")])
N("receipt", "en",
  "Dear Customer, your A/C **4417 has been credited with BDT 48,560.00 (Inward Remittance from SOUTH "
  "AFRICA, sender MD SHAHADAT H) on 04-Dec-26. Avl Bal BDT 61,203.18. -Sonali Bank")
N("receipt", "bn",
  "আপনার রকেট অ্যাকাউন্টে ১০,০০০ টাকা ক্যাশ ইন হয়েছে। TxnId: 4562817390. ব্যালেন্স: ১০,২৫৫ টাকা।",
  [("mfs_transaction", "4562817390")])
N("receipt", "en",
  "Cash Out Tk 20,000.00 to Agent 01877123908 successful. Fee Tk 370.00. Balance Tk 1,204.33. "
  "TrxID CJ41RZ8WPD at 06/12/2026 10:05",
  [("phone", "+8801877123908"), ("mfs_transaction", "CJ41RZ8WPD")])
N("receipt", "en",
  "Mukuru: R2,000.00 to RAHIMA BEGUM (Bangladesh) has been paid out to bKash wallet 01724-690315. "
  "Thank you for sending with Mukuru.",
  [("phone", "+8801724690315")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনি ০১৮৪৫২২৭৬১৯ নম্বর থেকে ৮,৫০০ টাকা পেয়েছেন। TxnID: 7CQ0P3LZ. ব্যালেন্স: ৯,১০০ টাকা। নগদ",
  [("phone", "+8801845227619"), ("mfs_transaction", "7CQ0P3LZ")])

# ---- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্ট নবায়নের কাগজ জমা দিছি, ১৫ দিন পর ডেলিভারি। পুরান পাসপোর্টটা আলমারির উপরে রাখছি, "
  "হারাইয়েন না।")
N("family", "bn-Latn",
  "Ma, ei mash er taka ta ektu deri hobe, malik er maal er container port e atke ase. 10 tarikh er moddhe "
  "pathabo, chinta koiro na. malik bolse bonus o dibe.")
N("family", "bn-Latn",
  "Apa, Rafiq er jonno Joburg e mama'r dokan er kagoj pati shob thik ase. visa asle BMET theke card korbo, "
  "tarpor jabe. Dalal dhorbo na, mama nije kortese. Mama'r notun number +258 86 413 9920",
  [("phone", "+258864139920")])
N("family", "bn",
  "ভাইয়া টাকা পাইছি, বিকাশে ২০ হাজার। আম্মার ওষুধ কিনছি, বাকিটা দিয়া ঘরের চাল ঠিক করামু। তুমি খাওয়া দাওয়া "
  "ঠিকমতো কইরো।")
N("family", "en",
  "Bhabi your passport number is A09876543 right? The travel agent needs it for the Umrah booking, "
  "send photo of first page in family group.",
  [("bd_passport", "A09876543")])
N("family", "bn-Latn",
  "Bhai tor NID number ta de to, 4637182950 na? Bank e remittance er account khulte lagbe, form e likhbo.",
  [("bd_nid", "4637182950")])
N("family", "bn",
  "শ্বশুর আব্বা কইলেন ছোট ভাইরে এখন মোজাম্বিক পাঠাইবেন না, গেলে লিগ্যাল ভিসায়। আঁই কইছি আগে এসএসসি শেষ করুক।")

# ---- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah bhalo achi. Durban e ekhon nijer spaza, 2 jon kaj kore, duijonrei beton mash sheshe dei. "
  "Ei Eid e bari ashbo inshallah. amar shop er number +27 61 220 4471 save koren",
  [("phone", "+27612204471")])
N("worker_content", "en",
  "Boss is good man. He gives me off Friday for jummah and my passport is with me in my bag. Salary "
  "R6500 every month on 25th. Thanks Allah.")
N("worker_content", "bn",
  "মাপুতোতে মামার দোকানে দুই বছর হইলো। কাজ বেশি, তবে বেতন ঠিকমতো পাই, রবিবার অর্ধেক দিন ছুটি। আগামী মাসে "
  "নিজের দোকান দিমু ভাবতেছি।")
N("worker_content", "bn-Latn",
  "Ami ekhon Polokwane e, mama'r shop chhere onno shop e aslam beshi beton er jonno. Mama rag koreni, bolse "
  "bhalo thakis. Notun boss er sathe likhito chukti ase.")
N("worker_content", "en",
  "Long hours yes, we open 7 to 9, but manager and me share profit 30%, and I send home every month. Got "
  "my permit renewed last week, no problem.")
N("worker_content", "bn",
  "আলহামদুলিল্লাহ, আফ্রিকায় আইসা এক বছরে ঋণের টাকা শোধ কইরা ফালাইছি। এখন জমি কিনার কথা ভাবতেছি। কাগজ ঠিক "
  "থাকলে এইখানে খারাপ না।")
N("worker_content", "bn-Latn",
  "Amar shop e ei mash e 2 ta dakati hoise, kintu police taratari ashe. Malik CCTV lagaise, ekhon raate "
  "counter bondho kore uporer ghore ghumai, dorja bhitor theke lock.")

# ---- joke (5)
N("joke", "bn-Latn",
  "Bou bole 'tumi Africa jaba na, tomar passport ami rekhe dilam' 😂😂 eta ki human trafficking na ghor "
  "trafficking")
N("joke", "bn",
  "আম্মা পরীক্ষার আগে আমারে ঘরে আটকাইয়া রাখছে, ফোনও নিয়া গেছে 😭 এইটা জিম্মি করা না? কেউ মুক্তিপণ দিয়া "
  "আমারে উদ্ধার করো 😂")
N("joke", "en",
  "My boss: 'you can't leave until the shelves are done.' Me, a prisoner in my own spaza 😂 send ransom "
  "in the form of biryani")
N("joke", "bn-Latn",
  "dulabhai Joburg theke call dise, bole 'tor bon amake kidnap kore rakhse, ransom hishabe protidin 3 bela "
  "video call' 🤣")
N("joke", "bn",
  "বন্ধুর বিয়ায় দালাল ধরছি, কাবিনের টাকা কমাইয়া দিবো কইছে 😆 কমিশন মাত্র এক প্লেট রোস্ট")

# ---- chatter (4 hard)
N("chatter", "bn-Latn",
  "Bhai Feni bazar e oi hundi'r dokan ta ki ekhono khola? thak, ami bank diyei pathabo, rate kom holeo "
  "jhamela nai.")
N("chatter", "en",
  "Anyone driving Joburg to Durban on Sunday? Need to drop 3 boxes of stock for my cousin's shop, will "
  "pay petrol. call me 072 845 3310",
  [("phone", "+27728453310")])
N("chatter", "bn",
  "ভাই সাউথ আফ্রিকার ভিসা কত দিনে হয় জানেন? ভাইগ্না যাইতে চায়, কিন্তু আঁই কইছি এজেন্সির মাধ্যমে সরকারি "
  "নিয়মে যাইতে।")
N("chatter", "bn-Latn",
  "Kalke Chowmuhani te meeting, oi je NGO ta ase, probashi poribar der jonno. Ammu jabe, ami o jabo. "
  "3 tay shuru.")

# ---- easy negatives (10)
N("chatter", "bn", "আজকে বিকালে বৃষ্টি হইবো মনে হয়, কাপড় তুইলা রাইখো।", hard=False)
N("chatter", "bn-Latn", "Bhai kal match ta dekhsen? last over e ja hoilo 😩", hard=False)
N("chatter", "en", "Reminder: Parents meeting at school on Thursday 10am.", hard=False)
N("chatter", "bn", "মাছ বাজারে আজকে ইলিশ ১৬০০ টাকা কেজি, কিনুম না।", hard=False)
N("family", "bn-Latn", "Ammu rice cooker ta nosto hoye gese, notun ta kinte hobe. Daraz e 2200 taka dekhlam",
  hard=False)
N("chatter", "en", "Happy birthday Nila! 🎂🎉 have a great year", hard=False)
N("chatter", "bn", "জুম্মার পরে মসজিদে মিলাদ আছে, সবাই আইসো।", hard=False)
N("family", "bn-Latn", "kal Maijdee jabo, kichu lagle bolo", hard=False)
N("chatter", "en", "Ok I'll call you after maghrib, network bad here", hard=False)
N("family", "bn", "ছোট ভাইয়ের এসএসসি রেজাল্ট দিছে, জিপিএ ৫ পাইছে আলহামদুলিল্লাহ 🎉", hard=False)


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
    random.Random(119).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev119-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
