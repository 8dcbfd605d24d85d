"""Blind evaluation set dev134 (trafficking-indicator detector), written 2026-12-07.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of shared/research/indicators.md were consulted for what the indicators mean.
Persona: a welfare-desk officer at the district employment and manpower office (DEMO) in Cumilla
and Brahmanbaria who hears complaints from workers sent to Singapore and the Maldives, and also sees
contented workers, licensed agencies' notices and families' remittance talk.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev134.jsonl"
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


BTC1 = btc("dev134-btc-1")
TRON1 = tron("dev134-tron-1")
ETH1 = eth("dev134-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn",
  "ভাই আমারে কইছিল শিপইয়ার্ডে ওয়েল্ডারের কাম, মাসে ১৮০০ ডলার। সিঙ্গাপুর আইসা দেখি কাগজে লেখা "
  "ক্লিনার, বেসিক ৬০০। দালাল এখন ফোনই ধরে না")
F("recruitment_deception", "bn",
  "রিসোর্টে ওয়েটারের চাকরি কইয়া আনছে আমাগো ৫ জনরে। এখন থিলাফুশিতে সিমেন্টের বস্তা টানি। "
  "ভিসাও নাকি কাজের ভিসা না, এইখানকার লোকে কয় টুরিস্ট। আব্বারে এখনই কিছু কইয়েন না")
F("recruitment_deception", "bn",
  "দালাল যে আইপিএ কাগজ দিছে ঐটা মামুর পোলা সিঙ্গাপুর থিকা MOM এ চেক করছে, ঐ নামে কিছুই নাই। "
  "টাকা তো দিয়া দিছি চাইর লাখ, অহন কয় সিস্টেমে দেরি হয়")
F("recruitment_deception", "bn-Latn",
  "maldives e free visa dise bolse, ekhane eshe bole nijer kaj nije khuje nao. "
  "deshe thakte bolse company te chakri resort e. 3 mash hoye gelo Male te boshe asi kono kaj nai")
F("recruitment_deception", "bn-Latn",
  "bhai tension niyen na test pass lagbe na, SEC certificate ami banay dimu, copy ready ase. "
  "shudhu 1.5 lakh extra. singapore e giya keu check kore na. kotha bolte chaile +65 8356 2190 e call diyen",
  [("phone", "+6583562190")])
F("recruitment_deception", "bn-Latn",
  "amare bolse shipyard e S pass, salary 2500 SGD. ekhane aisha dekhi work permit, kaj holo tank cleaning. "
  "notun contract e sign na korle naki back pathay dibe")
F("recruitment_deception", "en",
  "Dear sir my brother went Maldives in March, agent told hotel job salary 450 dollar food free. "
  "Now he is in a island doing construction, salary only 2500 rufiyaa and the company name is not same "
  "as visa paper. Please help sir")
F("recruitment_deception", "en",
  "URGENT 🇸🇬 Singapore shipyard visa. No test no training, direct IPA in 15 days!! Salary 1800-2200 "
  "SGD + OT. Only 20 seat left. Contact Rahim bhai 01819-445 207",
  [("phone", "+8801819445207")])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "ট্রেনিং সেন্টারে ভর্তি ২ লাখ ৮০ হাজার, টেস্টে ফেল করলে আবার ৮০ হাজার। আব্বা জমি বন্ধক দিছে। "
  "এখন কইতাছে সিঙ্গাপুর গিয়া দুই বছর প্রতি মাসে ৩০০ ডলার স্যারের লোকের হাতে দিতে হইব")
F("fees_and_debt", "bn",
  "মালিক কইছে টিকিট আর ভিসার টাকা বেতন থিকা কাটব, ৬ মাস কোনো বেতন পামু না। ৬ মাস গেল, "
  "হিসাব চাইলে কয় আরো বাকি আছে, খাওনের টাকাও নাকি যোগ হইছে")
F("fees_and_debt", "bn-Latn",
  "salary bank e dhuke 1650, but protimash 1st week e supervisor ke 400 cash dite hoy, naile next year "
  "renew hobe na. agent er sathe uder deal, amra kisu bolte pari na")
F("fees_and_debt", "bn-Latn",
  "Bhaijan apnar theke 6 lakh nisi thik ase, kintu singapore er rate bere gese. ar 1 lakh 20 hajar "
  "na dile flight er date dite parbo na. amar hat e kisu nai, upore theke chaitese")
F("fees_and_debt", "bn-Latn",
  "dalal er kach theke loan niye ashchi, ekhon amar salary card dalal er bhai er kache thake. "
  "mash shese amare 150 dollar dey, baki loan e kate. koto baki ase kew bole na")
F("fees_and_debt", "en",
  "Sir the agency took 7 lakh from me for Singapore but the receipt shows only 1 lakh 10 thousand. "
  "They told me don't say real amount at BMET otherwise visa will cancel.")
F("fees_and_debt", "en",
  "every month company cut 'agent fee' 250 SGD from my salary, no slip. when i ask boss say i still "
  "owe 3000 for the permit. i am here 14 month already")
F("fees_and_debt", "en",
  "we are 11 bangladeshi in one room. each must pay 1000 MVR monthly to boss for 'quota' and he keep "
  "rest of our salary for visa loan. nobody knows when it finish")

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "পাসপোর্ট মালিকের কাছে, চাইলে কয় ভিসা লাগাইতেছে। এক বছর হইয়া গেল। বাইরে গেলে পুলিশ ধরে, "
  "হাতে কোনো কাগজ নাই")
F("isolation_and_control", "bn",
  "রাতে ওরা সবার ফোন নিয়া যায়, সপ্তাহে একদিন ১০ মিনিট দেয়। এইটা রুমমেটের নাম্বার +960 964 8812, "
  "লুকাইয়া দিলাম। আম্মারে কইয়েন ভালো আছি, এই নাম্বারে কল দিয়েন না",
  [("phone", "+9609648812")])
F("isolation_and_control", "bn",
  "বাসায় কাউরে কইবা না যে রিসোর্টে না দ্বীপে সাইটে আছো। কেউ জিগাইলে কইবা হোটেলে। "
  "সুপারভাইজার সবার মেসেজ দেখে, সাবধান")
F("isolation_and_control", "bn-Latn",
  "amader camp theke ber hote dey na, gate e tala. Sunday teo na. bajar o contractor er lok ene dey. "
  "3 mash e ekbar o market e jai nai")
F("isolation_and_control", "bn-Latn",
  "dormitory te amader 6 jon er permit card supervisor rakhe. MOM er officer ashle bole kotha bolba na, "
  "shudhu bolba all ok sir")
F("isolation_and_control", "bn-Latn",
  "vai amar passport no. A04418273 boss er locker e, 3 bar chaisi. bole beshi chaile cancel kore dibe. "
  "apni ki high commission e kisu korte paren?",
  [("bd_passport", "A04418273")])
F("isolation_and_control", "en",
  "They keep all passport in the office and we go out only with supervisor in the van. If someone ask "
  "we must say tourist. I cannot call home from my own number they check the phone")
F("isolation_and_control", "en",
  "Don't give your new number to family yet. Company will give you phone in Male. If police ask, say you "
  "work for the resort, nothing else. Don't talk with other Bangladeshi there.")

# ---------------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "তুই যদি এম্বাসিতে যাস তোর পারমিট কেনসেল কইরা দেশে পাঠামু, দেশে গিয়া ৭ লাখ টাকা কেমনে দিবি দেখমু। "
  "তোর বাপের নামে কেস আছে মনে রাখিস")
F("threats_and_coercion", "bn",
  "ডেমো অফিসে অভিযোগ দিছস শুনলাম। তোর বাড়ি আমি চিনি, ফিরোজা বেগমের পোলা না তুই? "
  "কালকের মইধ্যে অভিযোগ তুইলা নে, নাইলে খবর আছে")
F("threats_and_coercion", "bn",
  "কাইল রাতে মালিকের লোক আমারে আর রুবেলরে মারছে, বেতন চাইছিলাম বইলা। কইছে আরেকবার চাইলে "
  "ইমিগ্রেশনে ধরাইয়া দিব, কাগজ তো নাই আমাগো")
F("threats_and_coercion", "bn-Latn",
  "beshi kotha bolle police e dhoraye dibo, tor kono paper nai maldives e. deport hoye jabi khali hate. "
  "chup kore kaj kor")
F("threats_and_coercion", "bn-Latn",
  "tor jei video ta amar kache ase oita tor bou r shoshur bari te pathabo, agency r naam e ar ekta post "
  "dile. bujhe shune cholish")
F("threats_and_coercion", "en",
  "Boss said if I go to MOM he will report I steal from the site and I will be banned from Singapore "
  "forever. He already cancel Kamal permit like this last month.")
F("threats_and_coercion", "en",
  "Your son signed the loan paper. If he runs from the employer our people will come to Nabinagar and "
  "take the land. Tell him stay quiet and work.")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn",
  "সকাল ৬টা থিকা রাত ১১টা, শুক্রবারেও কাম। ৪ মাস বেতন নাই, খালি কয় সামনের মাসে। "
  "খাওন দেয় একবেলা, ভাত আর পাতলা ডাল")
F("labour_exploitation", "bn",
  "হার্নেস ছাড়া ২০ তলায় উঠায়। কাইল একজন পইড়া হাত ভাঙছে, হাসপাতালে নেয় নাই, কইছে ছুটি নিলে "
  "বেতন কাটা যাইব")
F("labour_exploitation", "bn-Latn",
  "company amader 8 jon ke arekta company te pathai dise, bole 2 mash er jonno. oikhane salary dey na, "
  "bole main company dibe. main company bole tara dibe. 5 mash holo")
F("labour_exploitation", "bn-Latn",
  "permit cancel kore dise boss, 2 mash er salary o dey nai. bole 7 din er moddhe airport e jao. "
  "agent ke 5 lakh diye ashchilam, kaj korlam 8 mash")
F("labour_exploitation", "bn-Latn",
  "resort er kitchen e 16 ghonta, 5 mash e ekdin o off pai nai. keu ashukh hoile tar salary kate. "
  "amra 20 jon ek room e ghumai")
F("labour_exploitation", "en",
  "Sir i am in tank cleaning, inside the ship no mask only cloth. many days 14 hours. OT not paid since "
  "Hari Raya. when we complain they say go back Bangladesh")
F("labour_exploitation", "en",
  "Employer sold 4 of us to another man in Addu, 3000 dollar each. Now he say we must work for him until "
  "he gets his money back. We never agree anything. His number +960 736 5520",
  [("phone", "+9607365520")])

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "পোলার বয়স ১৬, দালাল পাসপোর্টে ২২ কইরা দিছে। জন্মনিবন্ধন নতুন বানাইছে ১৫ হাজার দিয়া। "
  "মালদ্বীপে হোটেলে কাম দিব কইছে")
F("minors", "bn",
  "আমার ভাইগ্নিটা ১৩ বছরের, ওর মা ঢাকায় এক বাসায় কামে দিছে। মাসে দুই হাজার। বাড়িত আইতে দেয় না, "
  "ফোনেও কথা কওয়ায় না, ঈদেও আসে নাই")
F("minors", "bn",
  "মাইয়া তো বড় হইয়া গেছে, ১৪ তে পড়ছে। পোলা মালদ্বীপে থাকে, বিয়া দিলে হেরে ওইখানে নিয়া যাইব। "
  "কাজী সাবে কইছে কাগজে বয়স ১৮ লেইখা দিব, চিন্তা নাই")
F("minors", "bn-Latn",
  "15 bochor hoile somossa nai, NID te 19 dekhabo. notun NID 8253017746 ready, 8 hajar lagbe. chehara "
  "choto hoile airport e ektu jhamela, oita amar lok dekhbe",
  [("bd_nid", "8253017746")])
F("minors", "bn-Latn",
  "amar choto bhai 17, dalal bole singapore e construction e nibe, boyosh barabe. training centre e oke "
  "shikhay dise keu jiggesh korle 21 bolba")
F("minors", "en",
  "Agent is looking for boys 14-16 for Maldives fishing boat, 'they learn fast and don't complain'. "
  "Parents get 20000 advance. Birth certificate he will arrange himself.")
F("minors", "en",
  "My niece is 15. A man from Comilla says a beauty parlour in Male needs girls, free visa, they will "
  "show her age 19 in passport. Her mother already gave him the birth certificate.")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "পার্লারের কাজ কইয়া আনছে, এখন রাইতে হোটেলে গেস্টের রুমে পাঠায়। না গেলে খাওন দেয় না। "
  "আপা আমারে নিয়া যান")
F("sexual_exploitation", "bn",
  "নতুন মেয়ে আসছে বাংলাদেশি, বয়স ২০, হোটেলে আসা যাবে। রেট হোয়াটসঅ্যাপে জানবেন +960 791 4426",
  [("phone", "+9607914426")])
F("sexual_exploitation", "bn",
  "মালিক কয় রাতে তার বন্ধুগো লগে থাকতে হইব, তাইলে বেতন বাড়াইব। না কইলে কয় পুলিশে দিব, "
  "কাগজ নাই বইলা")
F("sexual_exploitation", "bn-Latn",
  "spa te massage er chakri bole anse, ekhon boss bole customer ja chay tai korte hobe. na korle passport "
  "dibe na r 2 lakh ferot dite hobe. amader insta page glowspa.male, oikhane chobi dey",
  [("instagram", "@glowspa.male")])
F("sexual_exploitation", "bn-Latn",
  "apu video call e show korte hobe, boss bolse shudhu 10 min, customer singapore theke dekhbe. "
  "na korle ajker taka pabo na")
F("sexual_exploitation", "en",
  "New Bangladeshi girls available Male & Hulhumale 🌸 massage, full service, hotel visit. "
  "Young fresh. Whatsapp wa.me/9607723318",
  [("whatsapp", "+9607723318")])
F("sexual_exploitation", "en",
  "sir my sister was told receptionist in guest house but they keep her in a room and men come at night. "
  "She sent voice crying. Near Maafannu, she don't know exact address")

# ---------------------------------------------------------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn",
  "আপনার পোলারে ছাড়াইতে হইলে আইজ রাতের মইধ্যে ৮০ হাজার বিকাশ করেন ০১৯৩৭-৫৬২৮১৪ এ, ক্যাশ আউট "
  "খরচ সহ। পুলিশে গেলে পোলারে আর পাইবেন না",
  [("phone", "+8801937562814")])
F("payments_and_proceeds", "bn",
  "মালদ্বীপের বেতন রুফিয়া দিয়া দিছি জামাল ভাইরে, উনি কুমিল্লায় হুন্ডিতে পাঠাইব। কিন্তু দালাল কইছে "
  "প্রথম ৩ মাসের টাকা সব তার লোকের কাছে যাইব, নাইলে পাসপোর্ট দিব না")
F("payments_and_proceeds", "bn-Latn",
  "bhai 2nd kisti 1,50,000 Nagad e pathan 01612-883409 ei number e, 3 bhag kore, ek number e beshi gele "
  "jhamela. TxnID er screenshot diye diyen",
  [("phone", "+8801612883409")])
F("payments_and_proceeds", "bn-Latn",
  "singapore er salary theke protimash 400 dollar agent er dhaka r lok ke dite hoy, ammu r number theke "
  "bKash kori. last TrxID 9JD4KQ7M2X, ekhono 11 kisti baki",
  [("mfs_transaction", "9JD4KQ7M2X")])
F("payments_and_proceeds", "bn-Latn",
  "passport ferot chaile 1 lakh rocket koren 01799-204613-1 (shesher 1 soho). kal sokal porjonto time, "
  "na hole passport ar dekhben na",
  [("phone", "+8801799204613")])
F("payments_and_proceeds", "en",
  f"Pay the balance 2,000 USDT TRC20 to this address before visa stamping: {TRON1} . After confirm send "
  "screenshot on telegram @sgjobs_rahat",
  [("tron_address", TRON1), ("telegram", "@sgjobs_rahat")])
F("payments_and_proceeds", "en",
  "Brother send the 3 lakh for release today, my people in Male are holding him at site. Use hundi not "
  "bank, account will give over IMO. If embassy call you, say he is fine.")
F("payments_and_proceeds", "en",
  "boss 5 candidate paid, total 12.5 lakh, cash + bKash split in small amount. don't deposit in agency "
  f"account. convert and send to {BTC1} , Jahid will pay singapore side from there",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "ব্রাহ্মণবাড়িয়ার নবীনগরে সিঙ্গাপুরে পাঠানোর কথা বলে ২২ জনের কাছ থেকে প্রায় ১ কোটি ১০ লাখ টাকা "
  "নেওয়ার অভিযোগে এক দালালকে গ্রেপ্তার করেছে পুলিশ। ভুক্তভোগীরা জানান, তাদের ভুয়া আইপিএ কপি দেওয়া হয়েছিল।")
N("news", "bn",
  "কুমিল্লায় মানবপাচার মামলায় দুজনের যাবজ্জীবন কারাদণ্ড। মালদ্বীপে চাকরির প্রলোভন দেখিয়ে নারী পাচারের "
  "দায়ে মানবপাচার অপরাধ দমন ট্রাইব্যুনাল এ রায় দেন।")
N("news", "en",
  "Singapore: Employer fined S$60,000 for collecting kickbacks from 15 Bangladeshi workers, MOM said. "
  "The workers had been made to return part of their salaries in cash each month.")
N("news", "en",
  "Maldives Immigration deported 64 undocumented Bangladeshi nationals this week after raids in Malé and "
  "Hulhumalé. The High Commission said it is helping retrieve passports held by employers.")
N("news", "bn-Latn",
  "*Forwarded* Cumilla te RAB-11 er ovijane bhuya training centre sil gala. Singapore er test er nam e "
  "300 jon er kach theke taka neya hoyechilo. Manager atok, malik polatok.")
N("news", "en",
  "Dhaka court frames charges against four in Maldives trafficking case; prosecutors say victims were "
  "promised hotel jobs and kept without passports in Malé.")
N("news", "bn",
  "বিএমইটির হিসাবে নভেম্বরে কুমিল্লা জেলা থেকে সবচেয়ে বেশি কর্মী বিদেশে গেছেন। এর মধ্যে সিঙ্গাপুরে "
  "১,২৪০ জন এবং মালদ্বীপে ৩১০ জন।")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "⚠️ সতর্কবার্তা: বিদেশে গিয়ে নিজের পাসপোর্ট কখনো মালিক বা দালালের কাছে জমা রাখবেন না, পাসপোর্ট আটকে "
  "রাখা বেআইনি। সমস্যায় পড়লে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ এ ফোন করুন।")
N("awareness", "bn-Latn",
  "Free visa bole kono visa nai bhai. Maldives e keu free visa bikri korle bujhben shey apnake illegal "
  "banabe. Licensed agency chara kauke taka diben na. Share koren 🙏")
N("awareness", "en",
  "Reminder from MOM: it is illegal for an employer or agent to ask you to pay back any part of your "
  "salary. Kickbacks can be reported, and your identity will be protected.")
N("awareness", "bn",
  "সিঙ্গাপুর যাওয়ার আগে ট্রেনিং সেন্টার বিসিএ অনুমোদিত কিনা যাচাই করুন। টাকা দিয়ে টেস্ট সার্টিফিকেট "
  "কিনবেন না, ধরা পড়লে আজীবনের জন্য নিষিদ্ধ হতে পারেন।")
N("awareness", "en",
  "Going to the Maldives? Check your work visa on the Xpat system before you fly. Keep a photocopy of your "
  "passport and give your employer's address to family. Migrant helpdesk: 01713-402918",
  [("phone", "+8801713402918")])
N("awareness", "bn-Latn",
  "Meyera, parlour ba spa er chakri bole Maldives e neoar offer pele age family ke janan, agency r license "
  "BMET er site e check korun. Original passport kauke diben na.")
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: ১৮ বছরের নিচে কোনো সন্তানকে বিদেশে কাজে পাঠাবেন না, বয়স বাড়িয়ে পাসপোর্ট "
  "করা অপরাধ। বাল্যবিবাহের খবর পেলে ১০৯ এ কল করুন।")

# ---------------------------------------------------------------- official (7)
N("official", "bn",
  "মেসার্স আল-রাফি ওভারসিজ (আরএল-১৮৪৭): সিঙ্গাপুর শিপইয়ার্ডে ৪০ জন ওয়েল্ডার ও ফিটার নিয়োগ। সরকার "
  "নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না, সব লেনদেন ব্যাংকে ও রশিদসহ। যোগাযোগ: ০১৭১১-৫৬৩৪২০",
  [("phone", "+8801711563420")])
N("official", "en",
  "Bangladesh High Commission, Malé: undocumented Bangladeshi workers may apply under the regularisation "
  "programme until 31 January. Bring any copy of passport or NID. The service is free, do not pay any "
  "middleman. Email: labour.male@mofa.gov.bd",
  [("email", "labour.male@mofa.gov.bd")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, ব্রাহ্মণবাড়িয়া: আগামী রবিবার থেকে বিদেশগামী কর্মীদের স্মার্ট কার্ড "
  "ও প্রাক-বহির্গমন প্রশিক্ষণ সকাল ৯টা থেকে। পাসপোর্টের মূল কপি ও ভিসার কপি সঙ্গে আনবেন।")
N("official", "bn-Latn",
  "Priyo Abdul Kaium, apnar Singapore IPA (WP) eseche. Medical 10/12 robibar, Gulshan centre. Baki fee "
  "bank er maddhome joma diben, office e cash neya hoy na. -Bengal Star Overseas RL-1523")
N("official", "en",
  "Notice to candidates: pay only at Sonali Bank into the agency account, the receipt will show the full "
  "amount. If anyone asks cash for 'visa processing', report to 01552-318406 or demo.cumilla.bmet@gmail.com",
  [("phone", "+8801552318406"), ("email", "demo.cumilla.bmet@gmail.com")])
N("official", "en",
  "Bangladesh High Commission Singapore: workers whose work permit is cancelled are entitled to salary up "
  "to the last working day and a return ticket paid by the employer. Contact the labour wing at "
  "+65 6255 3190 before signing any document.",
  [("phone", "+6562553190")])
N("official", "bn",
  "প্রবাসী কল্যাণ মন্ত্রণালয়: ওয়ার্ক পারমিট ও এমপ্লয়মেন্ট অ্যাপ্রুভাল ছাড়া মালদ্বীপে কোনো ভিসায় "
  "যাত্রা করবেন না। নিবন্ধিত রিক্রুটিং এজেন্সির তালিকা বিএমইটির ওয়েবসাইটে পাওয়া যাবে।")

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01827459031. Ref Singapore. Fee Tk 0.00. Balance Tk 26,118.40. "
  "TrxID BKC3LM8RTQ at 02/12/2026 21:14",
  [("phone", "+8801827459031"), ("mfs_transaction", "BKC3LM8RTQ")])
N("receipt", "en",
  "Money Received. Amount: Tk 12,500.00 Sender: 01915286074 Ref: abba TxnID: 73KD9QW2 "
  "Balance: Tk 13,030.75 05/12/2026 10:02",
  [("phone", "+8801915286074"), ("mfs_transaction", "73KD9QW2")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার হিসাব ****৭৭১৯ এ সিঙ্গাপুর থেকে রেমিট্যান্স বাবদ ৳৫৪,৩২০.০০ জমা হয়েছে "
  "(২.৫% প্রণোদনা সহ)। -ইসলামী ব্যাংক")
N("receipt", "en",
  "Tk3,000.00 received from A/C:01684207395 Fee:Tk0.00, Your A/C Balance: Tk4,211.85 "
  "TxnId:4418207736 Date:06-DEC-26 08:41 pm",
  [("phone", "+8801684207395"), ("mfs_transaction", "4418207736")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to 01863072951 successful. Fee Tk 185.00. Balance Tk 1,402.10. "
  "TrxID BLD7PX2K9A at 04/12/2026 16:05",
  [("phone", "+8801863072951"), ("mfs_transaction", "BLD7PX2K9A")])
N("receipt", "en",
  "Sonali e-Payment: Tk 3,870.00 paid for Wage Earners Welfare Fund and emigration clearance, "
  "Passport No. A09912736. Ref 2612-0734-1198. Thank you.",
  [("bd_passport", "A09912736")])
N("receipt", "bn",
  "বিকাশ: আপনি ৳৫,০০০.০০ সেন্ড মানি করেছেন ০১৭৪৫৩৯০২৬৮ নম্বরে। রেফ: মায়ের ওষুধ। ফি ৳০.০০। "
  "ব্যালেন্স ৳৮১২.৩০। TrxID BKQ2M7ZH4C ০৭/১২/২০২৬ ১৯:২২",
  [("phone", "+8801745390268"), ("mfs_transaction", "BKQ2M7ZH4C")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্টটা আলমারির উপরের তাকে রাখছি, পলিথিনে মোড়াইয়া। কাউরে দিয়েন না, অফিসের লোক "
  "চাইলেও ফটোকপি দিবেন")
N("family", "bn-Latn",
  "Ammu taka pathaisi bank e, 60 hajar. 2.5% incentive o pabe. dalal er maddhome na, ami nije Western "
  "Union e korsi. Rina r school fee ta age diyo")
N("family", "bn",
  "মামু কইলো সিঙ্গাপুরের টেস্ট দিতে হইলে আগে ৩ মাস ট্রেনিং লাগে। তোমার বাপে জমি বেচতে চায়, আমি কইছি "
  "আগে এজেন্সির লাইসেন্স দেখো, ডেমো অফিসে গিয়া জিগাও")
N("family", "en",
  "Bhabi, Rashed's passport number is EB0473812, the travel agent needs it for the ticket. Send me a photo "
  "of the first page also, I'll take it tomorrow.",
  [("bd_passport", "EB0473812")])
N("family", "bn-Latn",
  "Bhai Maldives er work visa renew hoise? Abba jiggesh kortese Eid e ashte parbi ki na. Ticket er taka "
  "lagle bolis, bKash kori 01556-720134 e",
  [("phone", "+8801556720134")])
N("family", "bn",
  "বউমা, পোলায় ফোন দিছিল, কইছে রিসোর্টে কাম ভালো, থাকা খাওয়া মালিকের। সামনের মাসে বেতন পাইলে "
  "পাঠাইব। টেনশন কইরো না")
N("family", "en",
  "Amma I passed the shipyard skill test today!! 🎉 Agency said IPA in 4-6 weeks. I checked their licence "
  "on BMET site, it's real. Don't give anyone money in my name ok")

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah singapore e 4 bochor holo. shipyard e salary time moto ashe, OT slip e shob lekha thake. "
  "passport amar nijer kache, boss kono din chay nai")
N("worker_content", "bn",
  "মালদ্বীপের রিসোর্টে আছি ২ বছর। সার্ভিস চার্জ সহ মাসে ভালোই পাই, সপ্তাহে একদিন অফ। দ্বীপের বাইরে "
  "যাইতে বোট লাগে, এইটাই যা কষ্ট")
N("worker_content", "en",
  "First salary came today S$1,520 with OT, payslip in English and Bangla. Dorm 12 per room but clean, "
  "aircon, catering food ok. Alhamdulillah")
N("worker_content", "bn-Latn",
  "Male te construction e kaj kori, company visa, quota legal. boss Maldivian kintu bhalo manush, Ramadan e "
  "extra bonus dise. 10 ghonta duty, Friday off")
N("worker_content", "bn",
  "আমার পারমিট কোম্পানি নিজেই রিনিউ কইরা দিছে, এক টাকাও লাগে নাই। এজেন্টরে কিছু দিতে হয় না। সবাইরে "
  "কই লাইসেন্সওয়ালা এজেন্সি দিয়া আসেন")
N("worker_content", "en",
  "Bro my contract finish next month, employer already gave ticket and my last salary plus leave pay. "
  "Going home to Daudkandi inshallah. Singapore treated me good")
N("worker_content", "bn-Latn",
  "resort er life 😎 follow koren amar insta @sumon_in_maldives, daily sunset post dei. aj staff ra beach e "
  "football khelsi",
  [("instagram", "@sumon_in_maldives")])

# ---------------------------------------------------------------- joke (4)
N("joke", "bn",
  "বউ কইছে এইবার পাসপোর্ট তার কাছে জমা থাকব, নাইলে আমি আবার সিঙ্গাপুর ভাইগা যামু 😂😂")
N("joke", "bn-Latn",
  "bhai tui to puro dalal, 1 ta cha khawanor kotha bole 3 jon er bill amar ghare dili 😂")
N("joke", "en",
  "My mom treats my passport like gold. Locked in a trunk, inside a bag, inside another bag. I need a visa "
  "just to get it back 😂")
N("joke", "bn-Latn",
  "Maldives e gele resort e thakbo, kaj korbo na, beach e boshe dab dibo. agent ke bolbo free visa den, "
  "sathe free beach o den 🤣🤣")

# ---------------------------------------------------------------- chatter (4 hard)
N("chatter", "bn",
  "হাটের দালাল ব্যাটা গরুর দাম ১৫ হাজার বাড়াইয়া কইছে। শেষমেশ ৮২ তে নিলাম")
N("chatter", "bn-Latn",
  "keu jano singapore er test center kon ta bhalo? Mirpur na Savar? mama r chele jabe, licensed gula "
  "khujtesi")
N("chatter", "en",
  "anyone in Male know where to change rufiyaa to dollars without long queue? bank is crazy today")
N("chatter", "bn-Latn",
  "Singapore job news er ekta group ase telegram e, @sgbdworkersnews, okhane MOM er update dey. join koren",
  [("telegram", "@sgbdworkersnews")])

# ---------------------------------------------------------------- easy negatives (10)
N("family", "bn", "আম্মা ভাত খাইছেন? আইজ বিকালে ফোন দিমু", hard=False)
N("chatter", "bn-Latn", "10 min e ashtesi, tumi gate er samne thako", hard=False)
N("chatter", "en", "Happy birthday Sumi! 🎂 have a great year", hard=False)
N("chatter", "bn", "কাল বৃষ্টি হইলে মাঠে খেলা হইব না, সবাইরে জানাই দিস", hard=False)
N("chatter", "en", "Meeting shifted to 3pm, please bring the attendance register.", hard=False)
N("chatter", "bn-Latn", "rasmalai ta Matri Bhandar theke aina, asol ta, Kandirpar er ta", hard=False)
N("family", "bn", "নতুন সিম নিছি, এইটা সেভ কইরা রাইখেন: ০১৯৭৬-৪৪১২৩০",
  [("phone", "+8801976441230")], hard=False)
N("chatter", "en", "Exam results out tomorrow 10am, check the board website", hard=False)
N("family", "bn-Latn", "Bhaiya tomar charger ta ki amar bag e? khuje pacchi na", hard=False)
N("chatter", "en", "Train to Chittagong delayed 40 min, reach Cumilla around 7", hard=False)


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
    random.Random(134).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev134-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
