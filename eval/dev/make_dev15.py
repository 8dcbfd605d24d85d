#!/usr/bin/env python3
"""Blind evaluation set dev15 for evidtriage (issue 15).

Written from ../shared/research/indicators.md and the message TYPES listed in issue 15,
without sight of the rule packs, the corpus or other dev sets. 120 items: 60 to flag
(8 categories, about a third per script), 60 ok (45 hard negatives over all voices).

Run: python3 make_dev15.py  -> writes dev15.jsonl next to this script.
"""
import hashlib
import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dev15.jsonl"

# ---------------------------------------------------------------- crypto helpers
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def h20(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


TRON1 = b58check(b"\x41" + h20("dev15-tron-ransom"))
BTC1 = b58check(b"\x00" + h20("dev15-btc-libya"))
ETH1 = "0x" + h20("dev15-eth-release").hex()
assert TRON1.startswith("T") and len(TRON1) == 34
assert BTC1.startswith("1")


# ---------------------------------------------------------------- entity helpers
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def ph(num: str) -> dict:
    """Phone as written -> E.164 entity. BD local numbers get +880."""
    d = re.sub(r"\D", "", num.translate(BN_DIGITS))
    if d.startswith("01") and len(d) == 11:
        e = "+88" + d
        assert re.fullmatch(r"\+8801[3-9]\d{8}", e), num
    else:
        e = "+" + d
    return {"type": "phone", "value": e}


def wa(num: str) -> dict:
    return {"type": "whatsapp", "value": "+" + re.sub(r"\D", "", num)}


def ent(t: str, v: str) -> dict:
    return {"type": t, "value": v}


# ---------------------------------------------------------------- items to flag
# (category, script, text, entities)
FLAG = []


def F(cat, script, text, ents=()):
    FLAG.append((cat, script, text, list(ents)))


RD, FD, PP, IC, LE, TC, MN, SX = (
    "recruitment_deception", "fees_and_debt", "payments_and_proceeds",
    "isolation_and_control", "labour_exploitation", "threats_and_coercion",
    "minors", "sexual_exploitation")

# --- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "ভাই আমারে কইছিল হোটেলে ওয়েটারের কাজ, মাসে ১২০০ রিয়াল। এইখানে আইসা দেখি মরুভূমিতে উট চরাইতে হয়, থাকার জায়গা একটা টিনের ঘর। কফিল কয় চুক্তি নাকি এইটাই আছিল")
F(RD, "bn", "🔥মালয়েশিয়া ফ্যাক্টরি ভিসা🔥\nকোনো অভিজ্ঞতা লাগবে না, বেতন ৮০ হাজার+ওভারটাইম, থাকা খাওয়া ফ্রি।\nভিজিট ভিসায় যাবেন, ওখানে গিয়া কাজের ভিসা কইরা দেওয়া হবে। এজেন্সির ঝামেলা নাই, সরাসরি যোগাযোগ: ০১৮৪৭-৬২৩৯১৫",
  [ph("০১৮৪৭-৬২৩৯১৫")])
F(RD, "bn", "আব্বা দালাল যে ভিসাটা দিছিল ওইটা নাকি ভুয়া। এয়ারপোর্টে ইমিগ্রেশনে আটকাই দিছে, কইলো এই নামে কোনো কোম্পানিই নাই দুবাইতে। দালালরে ফোন দিতেছি ধরে না, ৪ লাখ টাকা গেল")
F(RD, "bn-Latn", "Bhai saudi te azad visa ase 3 ta. kofil sudhu akama kore dibe, kaj nijer khuje nite hobe, company er jhamela nai. interested hole imo te nok den 01736-258104",
  [ph("01736-258104")])
F(RD, "bn-Latn", "dost ar parchina. bolsilo supershop e salesman er kaj, ekhane ene construction site e lagaise. beton o bolsilo 1500 ringgit, hate dey 900. contract ta ekhon malay bhashay, kisu bujhi na")
F(RD, "bn-Latn", "smart card niye tension koiren na, BMET e jawa lagbe na, airport e amar lok ase clearance kore dibe. tourist visa te dubai jaben, giya 2 maser moddhe work permit hoye jabe inshallah")
F(RD, "en", "URGENT HIRING 🇰🇭 Customer service / typing job in Cambodia. Salary $1200-1500/month, free air ticket + hotel room + food. Basic English only, no experience needed. Visa processing by company. Contact HR on Telegram @hr_lisa_recruit only, no calls",
  [ent("telegram", "@hr_lisa_recruit")])
F(RD, "en", "they told me the job is reception in a Bangkok hotel. after landing they put 7 of us in a van, 8 hours, then crossed a river at night by boat. now im in a building with 200 computers and they say my job is chatting to foreigners for crypto investment")

# --- fees_and_debt (8: bn 2, bn-Latn 3, en 3)
F(FD, "bn", "৫ লাখ টাকা দিয়া আসছি, জমি বন্ধক রাখছি। এখন কোম্পানি কয় ভিসা খরচ, টিকেট, মেডিকেল সব আমার বেতন থেকে কাটবে, ১৪ মাস ধইরা। ততদিন হাতে পামু মাসে ২০০ রিয়াল, বাড়িতে কিছুই পাঠাইতে পারমু না")
F(FD, "bn", "আকামা করতে আরো দেড় লাখ লাগবে। টাকা না দিলে আকামা হবে না, আকামা ছাড়া কাজও নাই। বাড়িতে বইলা তাড়াতাড়ি পাঠাইতে বলো, আমার লোক এই সপ্তাহেই দেশে টাকা নিবে")
F(FD, "bn-Latn", "ekhane asar por bolse ticket er taka ar agency fee mile 3 lakh 20 hajar amar name e loan. protimash beton theke 600 ringgit kete rakhbe jotodin na shodh hoy. kisudin bashay taka pathaite parbo na, ammake bolish")
F(FD, "bn-Latn", "sir total package 6.5 lac. advance 2 lac diben passport jomar din, baki flight er age. kono receipt dewa hobe na, eta setting er kaj bujhen e to. cash ba bikash dui cholbe")
F(FD, "bn-Latn", "tor baba NGO theke kisti tulse 2 ta. ekhon dalal bole kaj shuru hoile ar 1 lakh lagbe 'job confirm' er jonno, na dile onno jaygay pathabe. dibo ki na bujhtesi na re")
F(FD, "en", "Agent said i must work 2 years free to pay back the visa money. Every month boss writes in his notebook, I still owe 2,300 dinar. Every time I ask he adds food and room charge and the number goes up")
F(FD, "en", "Madam your husband's contract is ready. Balance payment Tk 1,80,000 must be cleared before Thursday otherwise the slot goes to another candidate and the advance will not be refunded. Send bank slip to hr.alamin.travels@gmail.com",
  [ent("email", "hr.alamin.travels@gmail.com")])
F(FD, "en", "I borrowed from 3 people and the samity to pay the agent 4.8 lakh. Now here they say 18 months without salary to cover 'recruitment cost'. Interest at home keeps increasing and I cant send anything")

# --- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F(PP, "bn", "আজকের কালেকশন ৪ নাম্বারে ভাগ কইরা পাঠাও, একটায় ২৫ হাজারের বেশি না। ০১৯২৫৮৩৭১৪৬ বিকাশ পার্সোনাল, ০১৬৮৪২৯৫৭৩০ নগদ, বাকি দুইটা পরে দিমু। প্রত্যেকটার ট্রানজেকশন আইডির স্ক্রিনশট দিবা",
  [ph("০১৯২৫৮৩৭১৪৬"), ph("০১৬৮৪২৯৫৭৩০")])
F(PP, "bn", f"আপনার ছেলে লিবিয়ার ক্যাম্পে আছে। ছাড়াইতে হইলে ৩ লাখ লাগবো, বিকাশ ০১৭৮৩৬২৯৪১৫ অথবা বিটকয়েনে {BTC1}। টাকা আসলে কাল বোটে তুইলা দিমু",
  [ph("০১৭৮৩৬২৯৪১৫"), ent("btc_address", BTC1)])
F(PP, "bn-Latn", f"apnar bhai ke ferot chaile 5000 USDT pathan ei address e (TRC20): {TRON1}\n48 ghontar moddhe na asle or kharap kisu hole amader dosh diben na",
  [ent("tron_address", TRON1)])
F(PP, "bn-Latn", "meye gular kamai er taka sob amar nagad e dibi, nijer kache ek taka o rakhbi na. 01612-483905 nagad personal. protidin rat 12 tar age pathabi, TxnID message e dibi",
  [ph("01612-483905")])
F(PP, "bn-Latn", "boss bolse ajker payment gula 01843-772610 ar 01977-305148 e cash in korabi, 20k er upore ek number e na. tarpor agent theke cash out kore hundi te dubai jabe, bank er kotha bhulish na",
  [ph("01843-772610"), ph("01977-305148")])
F(PP, "en", f"Send the release fee for your brother to this wallet only: {ETH1} (USDT ERC20). After confirm we put him on the bus to Mae Sot. No police or he stays 1 more month",
  [ent("eth_address", ETH1)])
F(PP, "en", "client paid Tk 15,000 for tonight. ur share 3000, rest send to Apa bkash 01729-586340 before morning\n> done. TrxID CK92JH5TQA",
  [ph("01729-586340"), ent("mfs_transaction", "CK92JH5TQA")])

# --- isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F(IC, "bn", "আম্মা আমি লুকাইয়া আরেক মেয়ের ফোন থেকে দিতেছি। ম্যাডাম আমার ফোনটা নিয়া রাখছে আসার দুই দিন পরে। বাইরে যাওয়া নিষেধ, বাইর হওয়ার সময় দরজায় তালা মাইরা যায়")
F(IC, "bn", "ফ্যামিলিরে ফোন দিলে স্পিকারে দিয়া কথা বলবি, আমি পাশে থাকমু। কাজের ব্যাপারে একটা কথাও বলবি না, বলবি সব ঠিক আছে, খাওয়া দাওয়া ভালো")
F(IC, "bn", "বাসায় বলবা গার্মেন্টসে ট্রেনিং, ঢাকায় হোস্টেলে থাকবা। বিদেশের কথা এখন কাউরে জানাইবা না, তোমার মায়েরেও না। ফ্লাইটের পরে আমি নিজে ফোন দিয়া বুঝাইয়া দিমু")
F(IC, "bn-Latn", "amader camp er gate e 2 jon guard thake sob somoy. bahire jete dey na, bazar o ora kore ane. mobile sunday te 10 minit er jonno dey, kotha bolar shomoy supervisor pashe dariye thake")
F(IC, "bn-Latn", "maa ke bolben Dubai te hospital e ayar kaj. details karo sathe share korar dorkar nai, apnar bhai ke to ekdom na. keu proshno korle amar number dite bolben, ami samlabo")
F(IC, "en", "they keep all our phones in the office locker, we get it 1 hour on friday and manager checks the messages. I will delete this after sending, pls dont reply on this number")
F(IC, "en", "Tell your family you are working in a restaurant in KL and the network is bad. You are not allowed to go out alone, the driver will take you wherever you need. Don't add anyone on FB.")

# --- labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F(LE, "bn", "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। খাওয়া দেয় একবার, রুটি আর ডাল। ৭ মাস হইল বেতনের একটা টাকাও দেয় নাই, চাইলে কয় পরে সব একসাথে দিবো")
F(LE, "bn", "১২ জন এক রুমে থাকি, মেঝেতে ঘুমাই। অসুখ হইলেও কাজে যাওয়া লাগে, না গেলে হাজিরা কাইটা নেয়। চাকরি ছাড়তে চাইছিলাম, কফিল কইছে ছাড়লে বাকি বেতন পাবি না আর টিকেট নিজে কাটবি")
F(LE, "bn-Latn", "bhai 9 mash hoye gelo salary pai nai. malik bole tomar baton amar kache joma ache, desh e jawar shomoy eksathe dibo. khabarer jonno o pasher dokane baki rakhte hoy")
F(LE, "bn-Latn", "shift 16 ghonta, 2 ta break 15 minit kore. hoptay ekdin o off nai. haat kete gese machine e, doctor dekhay nai, bole kaj na korle oi diner khana nai")
F(LE, "en", "We work in the farm from 4am to 9pm, 7 days. Boss gives one meal, sometimes only khubz and water. No salary for 5 months, he says he is keeping it safe for us")
F(LE, "en", "Your house girl's salary keep with you, don't give her cash in hand otherwise she will run. Agency will collect it every 6 months and send to her family.")
F(LE, "en", "Sir I am housemaid in Riyadh. Madam makes me clean 3 houses, her sister and mother house also. I sleep 4 hours in kitchen floor. When I said I am sick she said no leaving until 2 years finish")

# --- threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F(TC, "bn", "বেশি কথা বললে হুরুব দিয়া দিমু, তারপর জেলে পইচা মরবি। দেশে আর ফেরা লাগবো না তোর")
F(TC, "bn", "আপনার মেয়ে যদি পালানোর চেষ্টা করে, গ্রামে আপনাদের বাড়িতে লোক যাবে। মামলার কথা মাথায়ও আনবেন না, থানায় আমাদের লোক আছে")
F(TC, "bn", "গতকাল দুইজনরে কারেন্টের শক দিছে টার্গেট পুরা করতে পারে নাই বইলা। আমারে কইছে এই মাসে টাকা না আনলে অন্য কোম্পানির কাছে বেইচা দিবো")
F(TC, "bn-Latn", "tui jodi embassy te jas, tor passport (A03917264) er copy diye police case kore dibo je tui churi korsis. deport hoye jabi, jibone r ei deshe dhukte parbi na",
  [ent("bd_passport", "A03917264")])
F(TC, "bn-Latn", "tor ma baba kothay thake amra jani, tor chhoto bon kon school e pore oita o jani. ekbar palanor chesta korle ki hobe bujhe nish. chupchap kaj kor")
F(TC, "bn-Latn", "apu bhaiya ke ora mair dhor kortese, video call e dekhaise. bolse 2 diner moddhe taka na dile arek company er kache bechhe dibe. ki korbo kichu bujhtesi na")
F(TC, "en", "If you try to contact the embassy again we will report you absconding. You know what happens with huroob, prison first then deportation with a black mark. Think about your family.")
F(TC, "en", "boss sold 6 of us to another company in Sihanoukville for $3000 each. new boss says we owe him that money now and if we dont reach target he beats with a pipe")

# --- minors (8: bn 3, bn-Latn 2, en 3)
F(MN, "bn", "মেয়ের বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধন নতুন কইরা করামু, পাসপোর্টে ২১ দেখাইবো। সৌদিতে বাসার কাজ, মাসে ১ হাজার রিয়াল। বাপের এনআইডি নম্বরটা পাঠান: ৪৬১৫২৮৩৯০৭",
  [ent("bd_nid", "4615283907")])
F(MN, "bn", "আপা আমার ভাইয়ের ছোট মেয়েটা আছে, ১১ বছর। ঢাকায় কারো বাসায় কাজে দিতে চায়, খাওয়া পরা দিলেই হবে, বেতন মাসে মাসে ভাইরে দিয়েন। স্কুলে আর যায় না")
F(MN, "bn", "১৫-১৭ বছরের মেয়ে লাগবে দুবাই ড্যান্স বারে, দেখতে সুন্দর হইতে হবে। বয়স কোনো সমস্যা না, কাগজপত্র আমরা ঠিক কইরা দিমু")
F(MN, "bn-Latn", "bhai pola tar boyosh 15, kintu shorir e boro dekhay. NID te 19 boshiye dibo, union porishod er member amar chena. saudi te camel farm e kaj, kono problem hobe na")
F(MN, "bn-Latn", "ami to class 9 e pori, boyos kom hole ki jawa jabe? apni bolsilen parlour er kaj\n> kono somossa nai, sob kagoj ami thik kore dibo. abba ke bolo dhaka te cousin er basay thakba")
F(MN, "en", "Need 2 small girls 10-12 yrs for house work with a Gulshan family, full time stay, no school. Tk 3000 monthly to parents directly. Contact 01558-207341",
  [ph("01558-207341")])
F(MN, "en", "fresh new girls just arrived 🌸 some only 16-17, Bangladeshi and Nepali, available tonight, discreet place")
F(MN, "en", "My son is 13. That man took him to a fish drying yard in Cox's Bazar saying it was a hotel job. He wrote 18 on the papers. They don't let me talk to him, only the man calls")

# --- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F(SX, "bn", "দুবাইয়ের বড় হোটেলের ম্যাসাজ সেন্টারে কাজ, মাসে দেড় লাখ টাকা। শুধু কাস্টমার খুশি রাখতে হবে, বুঝছো তো। ফুল বডির ছবি ইনস্টাতে পাঠাও @glam.spa.dubai",
  [ent("instagram", "@glam.spa.dubai")])
F(SX, "bn", "পার্লারের কাজের কথা বইলা আনছে, এখন রাতে হোটেলে হোটেলে পাঠায়। না গেলে খাওয়া বন্ধ। প্রত্যেক কাস্টমারের টাকা ম্যাডাম নিয়া নেয়, আমরা কিছুই পাই না")
F(SX, "bn-Latn", "Oman e spa te 4 ta meye lagbe, beton 250 rial + tips. chehara valo hote hobe, height 5'2 er upore. 'extra service' korle income double. interested hole whatsapp koro wa.me/96891827364",
  [wa("96891827364")])
F(SX, "bn-Latn", "apu amake ekta flat e rakhse, protidin 5-6 jon lok ashe. madam bole amar debt 4 lakh, shob kaj kore shodh dite hobe. ami ar parchi na")
F(SX, "en", "New Bangladeshi girls in Kuala Lumpur 🌹🍒 100% real pics, outcall hotel only. Booking through manager, no direct contact. WhatsApp +60 11-2654 9083",
  [ph("+60 11-2654 9083")])
F(SX, "en", "Tonight 3 clients at the Deira hotel, room numbers I will send. Don't talk about money with them, they already paid me. Smile and don't cry like last time.")
F(SX, "en", "Looking for girls for 'hostess' work in Erbil hotel clubs. Passport and photos in swimwear needed for visa. Salary $2000. Message @golden_erbil_jobs",
  [ent("telegram", "@golden_erbil_jobs")])

# ---------------------------------------------------------------- ok items
# (voice, script, hard, text, entities)
OK = []


def O(voice, script, hard, text, ents=()):
    OK.append((voice, script, hard, text, list(ents)))


# --- news (6 hard, 1 not)
O("news", "bn", True, "মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে তরুণীদের দুবাইয়ে পাচারের অভিযোগে রাজধানীর উত্তরা থেকে তিনজনকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৭টি পাসপোর্ট উদ্ধার করা হয়।")
O("news", "bn", True, "লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়: মাদারীপুরের দুই যুবকের পরিবারের কাছ থেকে বিকাশে ১২ লাখ টাকা নেওয়ার ঘটনায় আদালতে অভিযোগপত্র দাখিল করেছে সিআইডি।")
O("news", "en", True, "Dhaka court sentences recruiting agent to life imprisonment for trafficking 11 women to Saudi Arabia with the promise of hospital jobs, the prosecutor said on Tuesday.")
O("news", "bn-Latn", True, "khobor dekhsen? Teknaf theke boat e malaysia pathanor chokro dhora porse, 38 jon uddhar, 2 jon dalal arrest. police bolse protijon theke 2 lakh kore nisilo")
O("news", "en", True, "Myawaddy scam hubs: 150 Bangladeshis rescued say their passports and phones were confiscated and they were forced to work 16 hours a day. Foreign ministry says repatriation begins next week.")
O("news", "bn", True, "নরসিংদীতে ১৫ বছরের কিশোরীকে গৃহকর্মীর কাজ দেওয়ার কথা বলে ভারতে পাচারের চেষ্টা, সীমান্ত থেকে উদ্ধার করেছে বিজিবি। আটক দালালকে থানায় হস্তান্তর।")
O("news", "en", False, "Remittance inflow hit $2.5 billion in March, the highest in a single month, Bangladesh Bank data shows.")

# --- awareness (6 hard)
O("awareness", "bn", True, "সতর্ক থাকুন! বিদেশে যাওয়ার আগে পাসপোর্ট কখনো দালালের হাতে দেবেন না। ভিসা যাচাই করুন বিএমইটির ওয়েবসাইটে অথবা আমি প্রবাসী অ্যাপে। হেল্পলাইন ১৬১৩৫")
O("awareness", "bn-Latn", True, "Sobai share korun 🙏 Free visa bole kichu nei. keu jodi bole 'free visa te saudi pathabo, kaj nije khuje niben' bujhben protarona. passport kauke jama diben na, dalal er personal bkash e taka pathaben na.")
O("awareness", "en", True, "NEVER pay a recruiter in cash or to a personal bKash. The government-fixed cost for Malaysia is Tk 79,000. Your employer has no right to keep your passport. Call the Probashi helpline 16135 if anyone asks for more.")
O("awareness", "bn", True, "অভিভাবকদের প্রতি অনুরোধ: ১৮ বছরের কম বয়সী শিশুকে কাজের জন্য কারো হাতে তুলে দেবেন না। বয়স বাড়িয়ে জন্মনিবন্ধন করা আইনত অপরাধ। শিশু সহায়তায় কল করুন ১০৯৮।")
O("awareness", "en", True, "⚠️ 'Customer service' job in Cambodia or Myanmar with $1500 salary, free flight and hotel? This is how scam compounds trap people: they take your phone and passport on arrival. Check with BMET before you go. Share to save a life.")
O("awareness", "bn-Latn", True, "meyera shabdhan! Dubai/Oman e parlour, spa ba hotel er kajer offer ashle age agency r license number check korun. ei kotha bole onek meyeke pachar kora hoy. sondeho hole 999 e call din")

# --- official / licensed agency (6 hard, 1 not)
O("official", "bn", True, "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৫৭)। মালয়েশিয়ায় ফ্যাক্টরি কর্মী নিয়োগ। সরকার নির্ধারিত খরচ ৭৯,০০০ টাকা, ব্যাংকের মাধ্যমে জমা, মানি রিসিট দেওয়া হবে। বিএমইটি রেজিস্ট্রেশন ও স্মার্ট কার্ড বাধ্যতামূলক। ভিসা প্রসেসিংয়ের সময় পাসপোর্ট রসিদের বিপরীতে অফিসে জমা থাকবে।")
O("official", "en", True, "BMET notice: Candidates selected for the EPS Korea programme must submit their passport and 2 photos at the District Employment and Manpower Office by 15 June. No payment is to be made to any person or broker.")
O("official", "bn-Latn", True, "Assalamualaikum sir, amra BMET licensed agency (RL 1123). Saudi hospital cleaner visa, beton 1000 riyal + khawa. khoroch sorkar nirdharito, sob taka bank e joma, kono dalal er maddhome na. office e ashun passport o NID niye. 01711-438290",
  [ph("01711-438290")])
O("official", "en", True, "Embassy of Bangladesh, Riyadh: workers whose iqama has expired or who have been reported huroob may contact the Labour Wing at +966 11 419 5300 for legal assistance. Do not pay any middleman for iqama renewal.",
  [ph("+966 11 419 5300")])
O("official", "bn", True, "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: বিদেশগামী কর্মীদের প্রাক-বহির্গমন প্রশিক্ষণ আগামী রবিবার। সঙ্গে আনবেন পাসপোর্ট, ভিসার কপি ও জাতীয় পরিচয়পত্র। রিক্রুটিং এজেন্সি পাসপোর্ট আটকে রাখলে অফিসে অভিযোগ করুন।")
O("official", "en", True, "Dear Mr. Rahim, your Japan SSW visa is approved. Please collect your passport no. A09276514 from our office on Sunday. Remaining govt fee as per BMET receipt. - Sky Bridge Overseas (RL-2031)",
  [ent("bd_passport", "A09276514")])
O("official", "bn-Latn", False, "Ami Probashi app e registration kore BMET smart card er appointment nin. sob tottho app ei paben, office e ashar dorkar nai.")

# --- worker_content (5 hard, 2 not)
O("worker_content", "bn-Latn", True, "Alhamdulillah valo achi ma. company akama kore dise, beton protimash 5 tarikh e ashe. passport amar kachei ache, room e AC ase. overtime korle ar 300 riyal beshi pai")
O("worker_content", "bn", True, "আলহামদুলিল্লাহ এই মাসের বেতন পাইছি, ওভারটাইম সহ ২১০০ রিংগিত। সুপারভাইজার ভালো মানুষ, শুক্রবার ছুটি। সামনের মাসে বাড়িতে টাকা পাঠামু")
O("worker_content", "bn-Latn", True, "aj 12 ghontar shift shesh, klanto but thik achi. kal off, roommate der sathe Deira jabo. boss Eid bonus dise 500 dirham 😀")
O("worker_content", "bn", True, "কোম্পানি বলছে ছয় মাস পরে ফ্যামিলি ভিসা দিবে, কাগজ জমা দিছি। ফোন তো সারাদিন হাতেই থাকে, রাতে ভিডিও কল দিস")
O("worker_content", "bn-Latn", True, "hotel e housekeeping e kaj kori, 8 ghonta duty. manager bolse next year supervisor banabe. salary 1800 dirham, thaka khawa company r")
O("worker_content", "en", False, "Got my first paycheck in Singapore today!! Thank you everyone for your duas 🙏")
O("worker_content", "bn", False, "আজ সাইটে ঢালাই শেষ হইছে, কাল থেকে ফিনিশিংয়ের কাজ। গরম অনেক কিন্তু ঠান্ডা পানি দেয়")

# --- receipt (6 hard, 2 not)
O("receipt", "en", True, "You have received Tk 25,000.00 from 01819367254. Ref visa. Fee Tk 0.00. Balance Tk 31,420.55. TrxID BHK4M7Q2ZP at 12/03/2026 14:07",
  [ph("01819367254"), ent("mfs_transaction", "BHK4M7Q2ZP")])
O("receipt", "en", True, "Money Received.\nAmount: Tk 8000.00\nSender: 01748305921\nRef: passport fee\nTxnID: 7HJ2K9QD\nBalance: Tk 9210.00\n12/04/2026 10:22",
  [ph("01748305921"), ent("mfs_transaction", "7HJ2K9QD")])
O("receipt", "bn", True, "ক্যাশ ইন সফল। পরিমাণ ৳১০,০০০.০০, এজেন্ট ০১৯১৪৮২৭৩৬০। ফি ৳০.০০। ব্যালেন্স ৳১২,৪৫০.৭৫। TrxID CJ84NP6WRT ১৮/০৫/২০২৬ ১৯:৩০",
  [ph("০১৯১৪৮২৭৩৬০"), ent("mfs_transaction", "CJ84NP6WRT")])
O("receipt", "bn-Latn", True, "Umrah package er advance 15000 pathailam bhai, TrxID DA73KQ9MXE. baki taka flight er age dibo, receipt ta office e rekhe diyen",
  [ent("mfs_transaction", "DA73KQ9MXE")])
O("receipt", "en", True, "Send Money Tk 3,500.00 to 01631927504 successful. Ref kisti. Fee Tk 0.00. Balance Tk 1,204.10. TrxID BKP2X8R4NS at 02/02/2026 09:15",
  [ph("01631927504"), ent("mfs_transaction", "BKP2X8R4NS")])
O("receipt", "bn", True, "প্রিয় গ্রাহক, আপনার হিসাবে সৌদি আরব থেকে ৪৫,৬০০ টাকা রেমিট্যান্স জমা হয়েছে, ২.৫% প্রণোদনাসহ। - সোনালী ব্যাংক")
O("receipt", "en", False, "Cash-In from A/C: ***4471 Tk 5,000.00 Fee: Tk 0.00 Your A/C Balance: Tk 5,812.40 TxnId: 4192837465 Date: 03-APR-26 11:42 am",
  [ent("mfs_transaction", "4192837465")])
O("receipt", "en", False, "You have paid Tk 650.00 to DESCO Prepaid. Fee Tk 0.00. Balance Tk 3,118.00. TrxID BLM5T2W8YH at 21/06/2026 20:41",
  [ent("mfs_transaction", "BLM5T2W8YH")])

# --- joke (5 hard, 2 not)
O("joke", "bn-Latn", True, "bou amar passport lukaye rakhse jate bondhuder sathe cox's bazar jaite na pari 😂😂 eta ki manob pachar er moddhe pore? ")
O("joke", "bn", True, "অফিসের বস সকাল ৯টা থেকে রাত ৯টা আটকাইয়া রাখে, বেতন দেয় মাসের ১৫ তারিখে। আমি কি আইএলওতে মামলা করমু? 🤣")
O("joke", "en", True, "My mom confiscated my phone until exams end. Send help, I'm being held captive in my own house 😭😂")
O("joke", "bn-Latn", True, "dulavai bolse biyer por shoshur bari theke ber hote dibe na, sara jibon bina betone kaj korte hobe 😜 ki bolen bhabi?")
O("joke", "en", True, "Selling my little brother, 12 yrs old, eats a lot, plays PUBG all night. Price negotiable. Free home delivery 😂😂")
O("joke", "bn", False, "শিক্ষক: বলো তো পৃথিবীর সবচেয়ে বড় মরুভূমি কোনটা? ছাত্র: মাসের শেষে আমার পকেট স্যার 😂")
O("joke", "bn-Latn", False, "ajke rickshaw wala 1 km er jonno 50 taka chaise, Dubai er taxi o eto na 😂")

# --- chatter (5 hard, 4 not)
O("chatter", "en", True, "Bro my cousin's number in Dubai is +971 55 238 4617, he can show you around Global Village. Tell him I sent you",
  [ph("+971 55 238 4617")])
O("chatter", "bn-Latn", True, "Malaysia te ekhon salary koto? amar friend bolse general worker 1700 RM pay. sotti naki?")
O("chatter", "bn", True, "ভাই গুলশানে ভালো একটা স্পা সেন্টারের খোঁজ দেন তো, পিঠে অনেক ব্যথা, ম্যাসাজ দরকার")
O("chatter", "bn-Latn", True, "parlour er meyera bolse Eid er age facial er booking full. apu tumi taratari slot nao")
O("chatter", "bn", True, "পাসপোর্ট অফিসে আজ বিশাল লাইন, দালালরা ২০০০ টাকা চাইতেছে লাইন ছাড়া করে দিবে বলে। আমি নিজেই দাঁড়াই আছি")
O("chatter", "bn-Latn", False, "keu used bike bechben? budget 1.2 lakh. whatsapp 01923-640178 ba telegram @rifat_bikes e knock den",
  [ph("01923-640178"), ent("telegram", "@rifat_bikes")])
O("chatter", "en", False, "Meeting moved to 4pm, pls bring the printed report. Also call Tanvir at 01552-318407 before that",
  [ph("01552-318407")])
O("chatter", "bn-Latn", False, "ajke khela dekhbi? bangladesh vs india, 7 tay shuru. amar basay ay, biryani ase")
O("chatter", "bn", False, "বৃষ্টিতে রাস্তায় পানি জমছে, অফিসে যাইতে দেরি হবে। বসরে বইলা দিও")

# --- family (6 hard, 3 not)
O("family", "bn-Latn", True, "Abbu tomar passport ta almari te rekhechi, renew er jonno next week jabo. NID er photocopy o lagbe")
O("family", "bn", True, "তোর ভাইয়ের সৌদি যাওয়ার জন্য ব্যাংক থেকে ২ লাখ লোন নিছি, এজেন্সি রসিদ দিছে, বিএমইটিতে রেজিস্ট্রেশনও হইছে। ভিসা আসলে ফ্লাইট। দোয়া করিস")
O("family", "bn-Latn", True, "Ammu tomar bkash e 30,000 pathaisi, Rumi r school fee ar current bill er jonno. ebar mama ke sob diye dio na 😅")
O("family", "bn", True, "মেয়ের বিয়ের পর জামাই দুবাই নিয়ে যাবে বলছে, ফ্যামিলি ভিসার কাগজ জমা দিছে। আপনারা সবাই দোয়া করবেন")
O("family", "bn-Latn", True, "Ma tumi tension nio na, ami thik achi. duty te phone allowed na tai kom dhori, chutir din call dibo")
O("family", "en", True, "Chacha, I filled the Hajj registration form with your passport no BQ0412378 and NID 1987269451203. Please check if correct before I submit",
  [ent("bd_passport", "BQ0412378"), ent("bd_nid", "1987269451203")])
O("family", "bn", False, "আম্মা আজ রাতে কি রান্না করতেছো? আমি ৮টার মধ্যে আসতেছি")
O("family", "bn-Latn", False, "Bhaiya Eid e bari ashba? Nanu tomake khub miss kore")
O("family", "en", False, "Happy birthday Apu! 🎂 Miss you, video call tonight at 9 BD time")


# ---------------------------------------------------------------- write
def main():
    rows = []
    for cat, script, text, ents in FLAG:
        rows.append({"text": text, "label": "flag", "category": cat, "script": script,
                     "voice": "victim_or_recruiter", "hard": False, "entities": ents})
    for voice, script, hard, text, ents in OK:
        rows.append({"text": text.strip(), "label": "ok", "category": None, "script": script,
                     "voice": voice, "hard": hard, "entities": ents})
    assert len(FLAG) == 60 and len(OK) == 60, (len(FLAG), len(OK))
    assert len({r["text"] for r in rows}) == len(rows)
    random.Random(15).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = {"id": f"dev15-{i:04d}", **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {OUT}")


if __name__ == "__main__":
    main()
