#!/usr/bin/env python3
"""Blind evaluation set dev20 for evidtriage trafficking-indicator detection (issue 15).

Written from /work/shared/research/indicators.md and the issue's list of failing message TYPES
only, without sight of the rule packs. 120 items: 60 to flag, 60 ok (45 hard negatives).
Writes dev20.jsonl next to this script.
"""
import hashlib
import json
import os
import random

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + out


def body(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


TRON = b58check(b"\x41" + body("dev20-tron-ransom"))
BTC = b58check(b"\x00" + body("dev20-btc-ransom"))
ETH = "0x" + body("dev20-eth-fine").hex()
assert TRON.startswith("T") and len(TRON) == 34
assert BTC.startswith("1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, ents=list(ents)))


def K(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, ents=list(ents)))


def ph(v):
    return {"type": "phone", "value": v}


# ---------------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "[ভয়েস মেসেজ] ভাইয়া দালাল কইছিলো কোম্পানিতে ক্লিনারের কাজ, মাসে ১২০০ রিংগিট। এইখানে আইনা দেখি কোন "
  "কোম্পানিই নাই, একটা ক্ষেতে সবজি তোলাইতাছে। ভিসাটাও নাকি টুরিস্ট, মেয়াদ শেষ। এখন কি করমু বুঝতাছি না")
F("recruitment_deception", "bn",
  "🔥🔥 সৌদি আরবে আজাদ ভিসায় লোক নেওয়া হইবে!! কাজ না জানলেও সমস্যা নাই, আকামা কফিল সব আমরা দেখবো। "
  "বেতন ১৫০০-২০০০ রিয়াল + ওভারটাইম। মাত্র ৩ মাসে ফ্লাইট। যোগাযোগ ইমো/হোয়াটসঅ্যাপ ০১৮৪৫-৩২৭৬১৯ "
  "(শুধু ইনবক্স, কল দিবেন না)",
  [ph("+8801845327619")])
F("recruitment_deception", "bn",
  "তুমি আব্বারে কিছু কইয়ো না। যে কাগজ দিয়া আনছে ওইটা নাকি আসল না, পুলিশ চেক করলে সোজা জেল। "
  "এখন ৬ জন এক রুমে লুকাইয়া থাকি, কাজের পারমিট কবে হইবো কেউ কিছু কয় না")
F("recruitment_deception", "bn-Latn",
  "bhai romania jaben? work permit redy, 4 mash e visa. prothome dubai nia jamu visit e, okhan theke "
  "porer flight. kono tension nai amgo lok ase airport e. betn 800 euro thaka khaoa fri. baki kotha imo te")
F("recruitment_deception", "bn-Latn",
  "amare bolse hotel e waiter er kaj, ekhn dekhi uter khamar e rakhse moruvumir vitor. jei kaj er kotha "
  "hoisilo tar sathe kono mil nai. agent re fon dile dhore na, msg seen kore rakhe")
F("recruitment_deception", "bn-Latn",
  "Malaysia te plantation noy, sob factory job 👍 calling visa ready, medical biometric amra korai dibo. "
  "kono agency r kase jaoar dorkar nai, BMET card chara e pathay dimu. sirf 10 jon nibo, age 20-35")
F("recruitment_deception", "en",
  "URGENT HIRING 📢 Customer Service Representative (Thailand). Basic typing, English okay-okay is enough. "
  "Salary USD 1200-1500 + commission, free visa, ticket & dormitory. No experience, no interview. "
  "Age 20-30. Contact Telegram @hr_mike_bkk88 or WhatsApp wa.me/66812345678",
  [{"type": "telegram", "value": "@hr_mike_bkk88"}, {"type": "whatsapp", "value": "+66812345678"}])
F("recruitment_deception", "en",
  "They told us Poland, we signed papers in Dhaka for a warehouse job. Now they say the Poland visa got "
  "cancelled and we are in Minsk in a flat, next step is walking through the forest with a guide. Nobody "
  "said this before. The agent's email eurojob.placement24@gmail.com is not replying, I paid everything",
  [{"type": "email", "value": "eurojob.placement24@gmail.com"}])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "মা, যে ৩ লাখ টাকা দালালরে দিছি ওইটা নাকি খালি ভিসার দাম। এইখানে আইসা কয় কাজ পাইতে আরো ৮০ হাজার "
  "লাগবো, না দিলে কাজ নাই। আব্বারে কইয়ো জমির দলিলটা বন্ধক দিয়া হইলেও পাঠাইতে")
F("fees_and_debt", "bn",
  "প্রথম আট মাস তোর বেতন থেকে ৭০০ রিয়াল কইরা কাটা যাইবো, তোর টিকেট আর ভিসার খরচ উঠানোর লাইগা। "
  "হিসাব শেষ না হওয়া পর্যন্ত হাতে পাইবি ২০০, এইটা নিয়া আর প্যাঁচাল পারবি না")
F("fees_and_debt", "bn",
  "আপনার ছেলের ফ্লাইট কনফার্ম করতে আগে ১ লাখ ৬০ হাজার দিতে হবে, বাকি সাড়ে তিন লাখ সে ওখানে গিয়া কাজ "
  "কইরা কিস্তিতে শোধ দিবে। ছেলের এনআইডি নং ১৯৯৮২৬১৭৫০৪৩৩৮১২০ পাইছি। সমিতি থেকে লোন তুইলা দেন, সমস্যা নাই",
  [{"type": "bd_nid", "value": "19982617504338120"}])
F("fees_and_debt", "bn-Latn",
  "[14/02/2026, 23:41:07] Sohag: ekhane ashar por theke ekta poisha o hate pai nai. supervisor bole tor "
  "dena ase 4500 ringgit, oita na kata porjonto salary pabi na. 11 mash hoye gelo, dena kome na barte e thake")
F("fees_and_debt", "bn-Latn",
  "visa processing er jonno 5 lac lagbe, 2 lac agey dile kaj shuru. baki ta kuwait giye mashe mashe "
  "beton theke kete nibe company. tension nibenna sobai ei vabei jay, amar 40 jon lok ase okhane")
F("fees_and_debt", "bn-Latn",
  "tumi je bolsila loan ta 6 mash e shodh hobe, ekhon NGO r apa proti hoptay ashe. dalal to bolse ar 50 "
  "hajar na dile tomar kajer kagoj thik hobe na. ami kotha theke dibo bolo, gorur bachur ta o bechlam")
F("fees_and_debt", "en",
  "Sir I came to Qatar 14 months back. Company says I still owe them for my recruitment, 9000 riyal. They cut "
  "600 every month and add room charge and food charge so the number never goes down. I want to go home "
  "but they say pay first.")
F("fees_and_debt", "en",
  "Final price for Oman cleaning job is 4.8 lakh, no bargaining. Half now as advance, rest you pay from "
  "salary after 3 months there, company will adjust. Don't go to BMET office they will make it complicated")

# ---------------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "আপনার ভাই আমাদের কাছে আছে। কাল সকাল ১০টার মধ্যে ২ লাখ টাকা এই নাম্বারে বিকাশ করবেন ০১৯৩৮-৫৫২৭১৪, "
  "তিন ভাগে পাঠাবেন ৫০+৫০+১ লাখ। বেশি চালাকি করলে ভাইয়ের লাশ পাবেন",
  [ph("+8801938552714")])
F("payments_and_proceeds", "bn",
  "আপনার মেয়ের বেতন সরাসরি আপনার কাছে যাইবো না। মালিক টাকা দুবাইয়ে আমাদের লোকের হাতে দেয়, আমরা খরচ "
  "কাইটা প্রতি তিন মাসে হুন্ডি কইরা পাঠামু। মেয়েরে ফোনে টাকার কথা জিগাইবেন না")
F("payments_and_proceeds", "bn-Latn",
  "apnar chele ekhon amader company te. o contract bhangse, release er jonno 4000 USDT lagbe. TRC20 address: "
  + TRON + " . taka pathanor por screenshot diben, tarpor chele ke border e chere dimu",
  [{"type": "tron_address", "value": TRON}])
F("payments_and_proceeds", "bn-Latn",
  "chacha passport ferot chaile 1.5 lakh lagbo. ek number e dile block khay, 3 ta number dilam, prottek ta te "
  "50 kore nagad koren: 01715-264839, 01829 447120, 01554-903216. pathaiya amare TxnID gula den",
  [ph("+8801715264839"), ph("+8801829447120"), ph("+8801554903216")])
F("payments_and_proceeds", "en",
  "Today collection - Rumi 6 client 18k, Tania 4 client 12k, new girl 3. All cash goes to my bkash, nobody "
  "keeps money in hand. Hisab at night, whoever is short sleeps without dinner")
F("payments_and_proceeds", "en",
  "Your husband release fee is USD 3,500. Send to this wallet only: " + BTC + " . After 2 confirmations he "
  "will be handed over on the Mae Sot side. If you inform embassy or police the price doubles.",
  [{"type": "btc_address", "value": BTC}])
F("payments_and_proceeds", "en",
  "Got your 40,000, TrxID CJH7K2LQ9M. Still 60,000 due before Friday otherwise boss will not give back Rafiq's "
  "passport (A04719362) and he stays in the camp. Send to same personal number 01308-771245",
  [{"type": "mfs_transaction", "value": "CJH7K2LQ9M"}, {"type": "bd_passport", "value": "A04719362"},
   ph("+8801308771245")])

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "[ভয়েস মেসেজ] আমারে একটা ঘরে রাখছে, বাইর থিকা তালা মারা। খাওন জানালা দিয়া দেয়। মোবাইলটা মালিকের বউ "
  "নিয়া গেছে, রাইতে লুকাইয়া আরেকজনের ফোন দিয়া কল দিতেছি, বেশি কথা কইতে পারুম না")
F("isolation_and_control", "bn",
  "বাসায় বলবি ঢাকায় গার্মেন্টসে চাকরি পাইছিস, বিদেশের কথা মুখেও আনবি না। তোর মায়ে ফোন দিলে আমি যা "
  "শিখায়া দিমু ঐটাই কইবি, উল্টাপাল্টা কিছু কইলে বুঝবি")
F("isolation_and_control", "bn",
  "সপ্তাহে একদিন মালিকের সামনে বইসা কথা বলতে দেয়, স্পিকারে। তাই সব সময় কই ভালো আছি। তুমি বুইঝা নিও। "
  "এই নাম্বারে আর মেসেজ দিও না, ওরা সব দেখে")
F("isolation_and_control", "bn-Latn",
  "amader camp er gate e 2 jon guard thake, rat 8 tar por ber hoite dey na. bazar o tarai kore dey. 7 mash "
  "holo company r boundary r bahire jaite pari nai")
F("isolation_and_control", "bn-Latn",
  "airport e pouche passport ar mobile duitai amar loker hate dibi. notun sim dibo pore. ma baba ke bolbi "
  "kaj valo, beshi fon korbi na, ar kono relative er number save rakhbi na")
F("isolation_and_control", "bn-Latn",
  "or phone ta company nia nise, mashe ekbar supervisor er phone theke 5 min kotha bolte dey. ajke bollo "
  "kisu janale porer mash e r kotha bolte dibe na. ami ki kormu apa")
F("isolation_and_control", "en",
  "using the cook's phone, delete this after. They keep all our passports and phones in the office safe. "
  "We sleep in the container behind the farm, nobody is allowed to walk to the main road. Please don't call back")
F("isolation_and_control", "en",
  "Rules for new staff: 1) phones handed in at the gate, returned Sunday for 30 min 2) no leaving the "
  "compound without team leader 3) family calls only in the office. Breaking rules = fine 5000 baht or 150 "
  "USDT to finance wallet " + ETH + " . Join t.me/kk_newstaff_group",
  [{"type": "eth_address", "value": ETH}, {"type": "telegram", "value": "@kk_newstaff_group"}])

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেইকা রাত ১১টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। দিনে একবার খাওন দেয়, ভাত আর ডাল। "
  "চার মাস বেতন দেয় নাই, চাইলে কয় পরে")
F("labour_exploitation", "bn",
  "[ভয়েস মেসেজ] ম্যাডাম তিন বাড়ির কাজ করায়, নিজের বাসা, মেয়ের বাসা, বোনের বাসা। ঘুমাই রান্নাঘরের "
  "মেঝেতে। অসুখ হইলেও ছুটি নাই, ডাক্তার দেখাইতে নেয় না, বেতনের কথা কইলে কয় দেশে পাঠাইছে")
F("labour_exploitation", "bn-Latn",
  "bhai 6 mash ar baton paini. boss bole company loss e ase, kaj na korle iqama cancel kore dibe. shift "
  "14-15 ghonta, rat e o ghum theke dake")
F("labour_exploitation", "bn-Latn",
  "amader 12 jon ke arekta company r kase bikri kore dise, ek ek jon 1500 riyal kore. notun malik bole "
  "tomra amar kena maal, kaj na korle khana nai")
F("labour_exploitation", "en",
  "We are 40 men on a fishing boat, at sea 3 months now. Work is 20 hours some days. Captain says salary "
  "will be given when we go back to port, but last crew never got paid. Food is rice and fish bones.")
F("labour_exploitation", "en",
  "2 guys fainted from heat at site today, still no break. We have to buy drinking water ourselves. Salary "
  "they said 900, now giving 450, rest is 'later'. 5 months like this")
F("labour_exploitation", "en",
  "Anyone else at the Al Noor cleaning co? They promised 1600 now giving 1000 and say rest is deducted for "
  "accommodation. No OT pay, 7 days a week 12 hrs. Passports with the company. What can we do")

# ---------------------------------------------------------------- threats_and_coercion (8)
F("threats_and_coercion", "bn",
  "বেশি ত্যাড়ামি করলে পুলিশে দিয়া দিমু, আকামা নাই তোর, সোজা জেল তারপর দেশে ফেরত। তখন দেখুম "
  "তোর দালালের টাকা কে দেয়")
F("threats_and_coercion", "bn",
  "আপনার মেয়ে যদি পালানোর চেষ্টা করে বা আপনারা থানায় যান, তাইলে গ্রামে আপনাদের ঘরবাড়ি থাকবো না মনে "
  "রাইখেন। আমাদের লোক সব জায়গায় আছে")
F("threats_and_coercion", "bn",
  "কাইল যে পোলাটা পালাইতে চাইছিল ওরে সবার সামনে বাইন্ধা পিটাইছে, কারেন্টের শক দিছে। কইছে আমরা "
  "কেউ চেষ্টা করলে একই অবস্থা হইবো")
F("threats_and_coercion", "bn-Latn",
  "tui jodi embassy te jas, ami tor name e huroob dimu. tarpor tor r kono kagoj thakbe na, police dhorle "
  "5 bochor jail. chup kore kaj kor")
F("threats_and_coercion", "bn-Latn",
  "tor bhai ke bol valo moto kaj korte. beshi kotha bolle tor bon er chobi gula net e chere dimu, gramer "
  "sobai dekhbe")
F("threats_and_coercion", "bn-Latn",
  "ora bole ami jodi desh e firte chai tahole 3 lakh jorimana dite hobe, nahole amar baba-mar khoti korbe. "
  "amr ma ke fon e gali dise. ami ki korbo kichu bujhtesi na")
F("threats_and_coercion", "en",
  "You sign the new contract tonight or tomorrow you go to deportation centre. I already told police you "
  "ran away. Your choice.")
F("threats_and_coercion", "en",
  "they beat Sohel with a pipe because he didn't make the target. boss said next time it will be his "
  "hand. pls tell someone, we are all scared")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "আপনার মেয়ের বয়স ১৪ তো কি হইছে, জন্মনিবন্ধন নতুন কইরা বানায়া দিমু ২১ বছর দেখায়া। পাসপোর্ট আমরাই "
  "করাইয়া দিবো, আপনি খালি ছবি আর মেয়েরে রেডি রাখেন")
F("minors", "bn",
  "ভাই, আমার ছোট পোলা ১১ বছরের, ঢাকার কোনো বাসায় কাজে দিলে কইয়েন। থাকা খাওয়া দিলেই হইবো, মাসে মাসে "
  "দুই হাজার আমারে দিলে চলবো। পড়াশোনা আর করাইতে পারতেছি না")
F("minors", "bn-Latn",
  "amar boyosh to 15, ami ki jete parbo? apni je bolsilen NID te boyos barai dibo oita ki hoye jabe? "
  "ammu ke kisu bolinai ekhono")
F("minors", "bn-Latn",
  "ami class 8 e portam, ekhn ekta hotel e thala dhui sokal theke rat porjonto. malik bole amar boyosh er "
  "kotha kauke bolbi na, keu jiggesh korle bolbi 18")
F("minors", "en",
  "Housemaid needed for Dubai family, girl age 12-15 preferred, small girls learn work fast. Parents will "
  "get 50,000 tk advance. Passport and documents we arrange.")
F("minors", "en",
  "new batch includes 3 girls 15-16, they look older with makeup. ID cards already made showing 19. Send "
  "them to the Cox's Bazar hotel first week")
F("minors", "en",
  "We can take your nephew for the furniture workshop in Kolkata, age 12-13 is fine, crossing by foot "
  "through the Benapole line with our man at night. No need for school certificate.")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "দুবাইয়ে একটা বড় পার্লারে মেয়ে নিবে, মাসে ৯০ হাজার টাকা। দেখতে সুন্দর হইতে হবে, বয়স ২৫ এর নিচে। "
  "রাতের শিফটে কাস্টমারদের সাথে একটু ফ্রেন্ডলি থাকতে হবে, আর কিছু না। পাসপোর্ট না থাকলে আমরা করে দিবো")
F("sexual_exploitation", "bn",
  "যে হোটেলের কথা বলছিল ওইটা হোটেল না আপা। প্রতিদিন রাইতে লোক আনে, না গেলে মারে। কয় আমারে নাকি "
  "দেড় লাখ দিয়া কিনছে, ওইটা না উঠা পর্যন্ত ছাড়বো না")
F("sexual_exploitation", "bn-Latn",
  "Mumbai er spa te 4 ta Bangladeshi meye lagbe, fair hote hobe. border par kore dibo amader lok, kagoj "
  "lagbe na. prothom 3 mash kono chuti nai, customer ja bolbe tai")
F("sexual_exploitation", "bn-Latn",
  "apa amake massage center e dhukaise, bole hat pa tipe dite hobe kintu customer ra onno kisu chay. "
  "na korle madam bole khabar bondho. keu ke bolte parina")
F("sexual_exploitation", "en",
  "New Bangladeshi girls just arrived 🌸 young & fresh, 100% real pics. Outcall Gulshan/Banani only. "
  "Booking through manager, WhatsApp 0 one 7 1 three-4 5 6 - 7 8 nine. Advance via bKash only.",
  [ph("+8801713456789")])
F("sexual_exploitation", "en",
  "Hi dear, you are very pretty 😍 we need hostesses for a VIP lounge in Kuala Lumpur. Just sit with guests, "
  "drink, smile. RM 8000/month + tips. We pay your ticket, you repay from first 2 months. DM "
  "@klvip.lounge.hr on insta",
  [{"type": "instagram", "value": "@klvip.lounge.hr"}])
F("sexual_exploitation", "en",
  "the madam keeps our money and says we owe her for the flight and the dresses. we have to see 8-10 men "
  "a night. two girls tried to leave and were sent to another house in Sharjah")

# ================================================================ ok items
# ---- news (6 hard + 1)
K("news", "bn", True,
  "ঝিনাইদহে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। উচ্চ বেতনে মালয়েশিয়ায় চাকরির প্রলোভন দেখিয়ে ১২ যুবকের কাছ "
  "থেকে জনপ্রতি সাড়ে চার লাখ টাকা নেয় চক্রটি। পরে তাদের থাইল্যান্ডের জঙ্গলে আটকে রেখে পরিবারের কাছে "
  "মুক্তিপণ দাবি করা হয় বলে জানিয়েছে র‍্যাব-৬।")
K("news", "bn", True,
  "কক্সবাজার উপকূলে ট্রলারডুবি: মালয়েশিয়া যাওয়ার পথে ৪২ জন উদ্ধার, নিখোঁজ ৯। উদ্ধার হওয়াদের মধ্যে ১১ জন "
  "শিশু-কিশোর। কোস্টগার্ড জানায়, দালালরা জনপ্রতি ২০-৩০ হাজার টাকা নিয়ে তাদের নৌকায় তুলেছিল।")
K("news", "bn", True,
  "নারী পাচার মামলায় সাবেক ইউপি সদস্যসহ দুজনের যাবজ্জীবন। বিউটি পার্লারে চাকরির কথা বলে ভারতে নিয়ে "
  "যৌনপল্লীতে বিক্রির অভিযোগ প্রমাণিত হয়েছে বলে রায়ে উল্লেখ করেন বিচারক।")
K("news", "en", True,
  "Dhaka court sentences two recruiting agency owners to life imprisonment for trafficking 17 women to Jordan "
  "with promises of garment jobs. The victims testified their passports were confiscated and they were forced "
  "into domestic work without pay.")
K("news", "en", True,
  "Thai police rescue 34 Bangladeshis from a scam compound in Myawaddy; victims say they were lured with "
  "call-centre jobs, forced to work 16 hours a day and had their phones seized on arrival. thedailystar.net")
K("news", "bn-Latn", True,
  "news e dekhlam Narsingdi te 5 jon dalal dhora porse, libya hoye italy pathanor nam e 8 lakh kore nito, "
  "pore libya te atke rekhe mukti pon chaito. allah sobar hefazot korun")
K("news", "en", False,
  "Remittance inflow hits $2.9 billion in March ahead of Eid, highest in 11 months, Bangladesh Bank data show.")

# ---- awareness (6 hard + 1)
K("awareness", "bn", True,
  "⚠️ সতর্কতা ⚠️ বিদেশে যাওয়ার আগে কখনোই কোনো দালাল বা ব্যক্তির হাতে আপনার পাসপোর্ট দিবেন না। ভিসা যাচাই "
  "করুন আমি প্রবাসী অ্যাপে। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
K("awareness", "bn", True,
  "শিশুদের গৃহকর্মে নিয়োগ দণ্ডনীয় অপরাধ। ১৪ বছরের কম বয়সী কোনো শিশুকে বাসাবাড়ির কাজে দিবেন না। কেউ বয়স "
  "বাড়িয়ে কাগজ বানিয়ে দেওয়ার কথা বললে চাইল্ড হেল্পলাইন ১০৯৮ নম্বরে জানান।")
K("awareness", "bn-Latn", True,
  "Share korun 🙏 Facebook e 'free visa', 'kom khoroche Malaysia' dekhle bishwas korben na. Keu jodi bole "
  "passport ta amar kase joma rakhen, beton theke kete nibo, eta protarona. Mohilader parlour/hotel er chakrir "
  "nam e bidesh e pathano hoy, sotorko thakun.")
K("awareness", "bn-Latn", True,
  "Probashi bhaider jonno: kono company jodi bole iqama r passport amader kase thakbe, oita Saudi ain e "
  "oboidho. nijer passport nijer kase rakhun, somossa hole Musaned app e complain korun.")
K("awareness", "en", True,
  "Know your rights abroad: your employer has NO right to keep your passport. Wages must be paid monthly to "
  "YOUR account. If you are locked in, threatened or your phone is taken, call the Embassy Labour Wing "
  "hotline +966 55 123 4567.",
  [ph("+966551234567")])
K("awareness", "en", True,
  "IOM tip: a real job offer never asks you to pay a 'release fee' or send USDT to a stranger. If someone says "
  "your relative is held and demands money, contact police on 999 first.")
K("awareness", "en", False,
  "Safe migration fair this Saturday at the Upazila Parishad hall, 10am. Registration support, pre-departure "
  "training info and bank account opening for migrants.")

# ---- official (6 hard + 1)
K("official", "bn", True,
  "মেসার্স আল-নূর ওভারসীজ (আরএল-১৪২৭)। সৌদি আরবে ক্লিনার পদে ৫০ জন কর্মী নিয়োগ। বেতন ১০০০ রিয়াল, "
  "থাকা-খাওয়া কোম্পানির। সরকার নির্ধারিত অভিবাসন ব্যয় ১,৬৫,০০০ টাকা, ব্যাংকের মাধ্যমে রশিদসহ জমা। কোনো "
  "দালালের সাথে লেনদেন করবেন না।")
K("official", "bn", True,
  "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ "
  "৭৮,৯৯০ টাকা। এর বেশি অর্থ দাবি করা হলে নিকটস্থ জেলা জনশক্তি অফিসে অভিযোগ করুন।")
K("official", "en", True,
  "BOESL Notice: Workers selected for Korea (EPS) must submit their original passport at the BOESL office for "
  "visa stamping between 12-15 May. Passports will be returned with visa on the flight briefing day. "
  "Fee Tk 34,000 by bank draft only.")
K("official", "en", True,
  "Embassy of Bangladesh, Kuala Lumpur: workers whose employers are holding their passports may apply for a "
  "Travel Permit at the Labour Wing. Bring employer details and a copy of your permit. Service is free of charge.")
K("official", "bn-Latn", True,
  "Bhai apnar medical fit asche. Ekhon passport (EF0412387) er original ar 2 kopi chobi niye office e asben, "
  "visa stamping er jonno embassy te jabe, 10-12 din e ferot paben. Taka bank e joma diben, cash nibo na.",
  [{"type": "bd_passport", "value": "EF0412387"}])
K("official", "bn-Latn", True,
  "✅ Govt approved RL-0892. Romania/Croatia work permit, factory o construction. Sob khoroch bank er "
  "maddhome, agency fee govt rate onujayi. Dalal chara sorasori office e ashun. Contact 01711-408236 "
  "(office time 10-6)",
  [ph("+8801711408236")])
K("official", "en", False,
  "Ami Probashi: Your BMET registration is confirmed. Pre-departure orientation on 18/06 at TTC Gazipur, "
  "9:00 AM. Please bring your smart card printout.")

# ---- worker_content (6 hard + 2)
K("worker_content", "bn-Latn", True,
  "Alhamdulillah 3 bochor holo Riyadh e. company valo, beton mashe mashe 1 tarikh e account e dhuke, iqama o "
  "time moto renew kore dey. Passport nijer kase thake. Notun jara ashben agency dekhe ashben.")
K("worker_content", "bn", True,
  "মালিক খুব ভালো মানুষ। কাজ ৮ ঘন্টা, ওভারটাইম করলে আলাদা টাকা। রুমে ৪ জন থাকি, এসি আছে। ফোন নিয়া কোনো "
  "ঝামেলা নাই, যখন খুশি বাড়িতে কথা বলি।")
K("worker_content", "en", True,
  "First salary in Japan today 🙏 no deductions except tax and dorm, which was in the contract. Thanks to the "
  "TITP program, didn't pay any dalal.")
K("worker_content", "bn", True,
  "আপা আমি ভালো আছি। ম্যাডাম আমার পাসপোর্ট ফেরত দিয়া দিছে, নিজের কাছে রাখি। শুক্রবার ছুটি, বাজারে যাই "
  "বাংলাদেশি দোকানে।")
K("worker_content", "bn-Latn", True,
  "ajke 14 ghonta kaj korlam karon shipment ase, but double overtime dibe bolse, supervisor o amader sathe "
  "kaj korse. mash shesh e valo taka asbe insha'Allah 😄")
K("worker_content", "en", True,
  "Our camp has curfew at 11pm because of the Ramadan schedule, but honestly it's fine, food is better this "
  "year and we got Eid bonus 500 riyal.")
K("worker_content", "bn", False,
  "আজ ডিউটি শেষে সবাই মিলে বিরিয়ানি রান্না করলাম 😋 কুয়েতে এত ভালো কাচ্চি কোথাও পাবেন না।")
K("worker_content", "bn-Latn", False,
  "aj forklift license pailam 💪 next mash e shift supervisor er interview, dua koiren sobai")

# ---- receipt (5 hard + 3)
K("receipt", "en", True,
  "You have received Tk 25,000.00 from 01819456732. Ref remit. Fee Tk 0.00. Balance Tk 31,480.50. "
  "TrxID BJ84KQ2M7X at 14/03/2026 19:42",
  [ph("+8801819456732"), {"type": "mfs_transaction", "value": "BJ84KQ2M7X"}])
K("receipt", "en", True,
  "Money Received. Amount: Tk 12000.00 Sender: 01612983405 Ref: abbar oshud TxnID: 7A3KD9QF "
  "Balance: Tk 12850.00 18/04/2026 10:17",
  [ph("+8801612983405"), {"type": "mfs_transaction", "value": "7A3KD9QF"}])
K("receipt", "bn", True,
  "আপনি ০১৭৫৪৩২১৯৮৭ নম্বর থেকে ৳৫০,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৫২,১১০.০০। TrxID CKF5T8W1ZR "
  "১২/০৫/২০২৬ ২১:০৩",
  [ph("+8801754321987"), {"type": "mfs_transaction", "value": "CKF5T8W1ZR"}])
K("receipt", "en", True,
  "Cash-In from A/C: ***7716 Tk 40,000.00 Fee: Tk 0.00 Balance: Tk 40,215.40 TxnId: 4829173605 "
  "Date: 02-Jun-26 11:28 am. Download Rocket app",
  [{"type": "mfs_transaction", "value": "4829173605"}])
K("receipt", "bn-Latn", True,
  "ammu bkash e 30 hajar pathailam, TrxID DA71MX40QP. 5 hajar NGO r kistir jonno, baki ta songsar khoroch. "
  "chinta koiro na, ei mash e overtime beshi paisi",
  [{"type": "mfs_transaction", "value": "DA71MX40QP"}])
K("receipt", "en", False,
  "Recharge of Tk 50.00 to 01921345678 is successful. Balance Tk 310.25. TrxID BHX3P0M2LA at 05/05/2026 08:12",
  [ph("+8801921345678"), {"type": "mfs_transaction", "value": "BHX3P0M2LA"}])
K("receipt", "bn", False,
  "প্রিয় গ্রাহক, আপনার DESCO প্রিপেইড মিটারে ৳১,০০০ রিচার্জ সফল হয়েছে। টোকেন: 4821-7730-1196-5502-8841। "
  "নগদ ব্যবহারের জন্য ধন্যবাদ।")
K("receipt", "bn", False,
  "বিল পেমেন্ট সফল। পল্লী বিদ্যুৎ, হিসাব নং ৭৭৪৫০২১৩, পরিমাণ ৳৮৬০.০০। ট্রানজেকশন আইডি: CE09WZ5B3N। ধন্যবাদ, বিকাশ।",
  [{"type": "mfs_transaction", "value": "CE09WZ5B3N"}])

# ---- joke (5 hard + 2)
K("joke", "bn-Latn", True,
  "bou amar passport, NID, phone sob nijer kase rakhe, ami basically kafeel er under e achi 😂😂")
K("joke", "bn", True,
  "অফিসের বস ৮টার পর বাসায় যাইতে দেয় না, বেতনও দেয় মাসের ১৫ তারিখে, আমি আসলে দাস 😭🤣 কেউ আমারে উদ্ধার করো")
K("joke", "en", True,
  "My mom confiscated my phone till exams are over. Send help, I am being held hostage 😩 ransom: 1 plate fuchka")
K("joke", "bn-Latn", True,
  "dost tui ki amake bikri kore dili? 😂 sala amake na jiggesh kore amar nam e tor shalar biyer pura "
  "decoration er kaj niye nili")
K("joke", "bn", True,
  "বিয়ের পর বউ কইছে বেতনের পুরা টাকা তার বিকাশে দিতে হইবো, হাতখরচ দিবো দিনে ৫০ টাকা। ঋণ শোধ না হওয়া "
  "পর্যন্ত এই নিয়ম 🤣 কোন ঋণ কেউ জানেন?")
K("joke", "en", False,
  "Why did the Bangladesh cricket fan bring a ladder to the stadium? He heard the team was going to the next "
  "level 😂")
K("joke", "bn-Latn", False,
  "amar wifi er password 'khela hobe' 😂 keu guess korte pare na")

# ---- chatter (5 hard + 4)
K("chatter", "bn-Latn", True,
  "bhai +971 55 432 1876 eta ki tomar notun number? dubai te ki kaj koro ekhn, beton koto dey? amar shala o "
  "jaite chay, legal way te",
  [ph("+971554321876")])
K("chatter", "bn-Latn", True,
  "malaysia er job ta legit, ami BMET site e demand letter check korsi. salary RM 1700 + OT, thakar jayga "
  "dibe. interview robibar agency te, sob khoroch bank e")
K("chatter", "bn", True,
  "ভাই সৌদির নাম্বারটা দাও তো, +966 50 876 2231 এইটা কি মামুন ভাইয়ের? ওনারে কইছি ওনার কোম্পানিতে ভিসা "
  "থাকলে জানাইতে, আমি বিএমইটির মাধ্যমেই যামু",
  [ph("+966508762231")])
K("chatter", "bn-Latn", True,
  "hotel management e porsi, ekhn Maldives er ek resort e video call e interview dilam, offer letter asche "
  "official mail hr@sunisleresorts.com theke. kono taka chay nai 😊",
  [{"type": "email", "value": "hr@sunisleresorts.com"}])
K("chatter", "bn-Latn", True,
  "Beauty parlour er jonno staff lagbe Mirpur 10 e, female, experience 1 year, salary 12k + tips, "
  "duty 10-7. Inbox koren. https://scontent.fdac14-1.fna.fbcdn.net/v/t39.30808-6/449182736_1022837461_n.jpg")
K("chatter", "en", False,
  "running 15 min late, traffic at Mohakhali flyover is insane")
K("chatter", "bn", False,
  "কাল বিকালে মাঠে খেলা আছে, সবাই চইলা আসিস। বল আমি নিয়া আসবো।")
K("chatter", "bn-Latn", False,
  "ki re ajke class e aslina kno? sir attendance nise, 17:52:05 e last roll call")
K("chatter", "bn-Latn", False,
  "Happy birthday Tanvir bhai 🎂🎉 Allah tomake valo rakhuk, treat kobe dicchen?")

# ---- family (6 hard + 1)
K("family", "bn", True,
  "আম্মা আমার পাসপোর্টটা আলমারির উপরের তাকে রাখছি, ভিসার কাগজগুলাও ওইখানে। কেউ চাইলে দিবেন না, "
  "আমি নিজে আইসা নিমু।")
K("family", "bn", True,
  "ছোট মামা কইলো রিয়াদে ওর কোম্পানিতে রুমে আটকাইয়া থাকা লাগে না, শুক্রবার সবাই ঘুরতে যায়। তুই টেনশন "
  "নিস না আম্মা")
K("family", "bn-Latn", True,
  "abbu malaysia jaoar taka ta bank theke tulbo na loan nibo? agency bolse govt er fix kora 78 hajar, sob "
  "bank e joma dite hobe, receipt dibe")
K("family", "bn-Latn", True,
  "bhaiya ei mash e beton deri hobe bolse company, 10 tarikh e dibe. ammu ke bolis chinta na korte, ami thik achi")
K("family", "en", True,
  "Apu don't give your passport to the travel agent for the Umrah visa, they only need a scan. Keep the "
  "original at home.")
K("family", "en", True,
  "Mom the 15 year old girl Rina aunty wants to send to work in a Dhaka house, please tell her no, it's "
  "illegal and she should stay in school. I'll help with her fees.")
K("family", "bn", False,
  "আম্মা আজ রাইতে ভিডিও কল দিমু, আব্বারে বাসায় থাকতে কইয়েন।")


def main():
    rng = random.Random(20)
    items = ITEMS[:]
    rng.shuffle(items)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev20.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"dev20-{i:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["ents"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {out}")


if __name__ == "__main__":
    main()
