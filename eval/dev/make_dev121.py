"""Blind evaluation set dev121 (120 items: 60 flag, 60 ok), written 2026-12-06.

The writer never read the detector's rules, the other evaluation sets or the tool's code.
Persona: a grievance-hotline analyst for an international clothing brand's auditors, reading
Bangladeshi workers' messages from supplier factories in Malaysia, Mauritius and Jordan and
recruiters' emails and WhatsApp texts, alongside ordinary workers' and managers' messages.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev121.jsonl"
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


BTC1 = btc("dev121-btc-1")
TRON1 = tron("dev121-tron-1")
ETH1 = eth("dev121-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপা ঢাকায় বলছিল মরিশাসে সুয়েটার ফ্যাক্টরিতে অপারেটরের কাজ, মাসে ৩৫ হাজার টাকা। এখানে আইসা দেখি প্যাকিংয়ে দিছে, "
  "বেতন ১১ হাজার রুপি, টাকায় তো অর্ধেকও হয় না। ঢাকায় যে কন্ট্রাক্টে সই করাইছে ওইটা আর এখানকারটা এক না।")
F("recruitment_deception", "bn",
  "মেডিকেলের পর দালাল বলল জর্ডানে গার্মেন্টসের ভিসা, আমরা ১২ জন মেয়ে একসাথে আসছি। এয়ারপোর্টে নামার পর বলে ফ্যাক্টরি না, "
  "বাসাবাড়ির কাজ। ভিসার কাগজে নাকি লেখা হাউস মেইড, আমি ইংরেজি পড়তে পারি না তাই আগে বুঝি নাই।")
F("recruitment_deception", "bn",
  "মালয়েশিয়ার কলিং ভিসা বইলা টাকা নিছে, এখন শুনি আমাদেরটা ভিজিট ভিসা। কোম্পানির যে কাগজ দিছিল ওইটা নাকি ভুয়া। "
  "ফ্যাক্টরির কাজও না, এখন রাস্তার কাজে পাঠায়।")
F("recruitment_deception", "bn-Latn",
  "Bhai apnara to bolsilen Johor er glove factory, hostel e AC. ekhane eshe dekhi company er nam e alada, keu amader chine na. "
  "supervisor bole tomader agent ke jiggesh koro. 27 jon ekta godown e boshe achi aj 5 din")
F("recruitment_deception", "bn-Latn",
  "dalal bolse salary 1500 ringgit fixed plus OT. ekhon payslip e basic 900 r bole OT thakle pabi. contract er copy chaisi dey na. "
  "Dhakay je kagoj e sign korsilam oita nakhi job er na, 'training' er")
F("recruitment_deception", "bn-Latn",
  "amar choto bhai re nise Jordan e sewing operator bole, 3 bochhorer contract. ekhon phone e kande, bole take rakhse ek farm e, "
  "bhera chorai. company er nam diye khujle kichui pai na. apnara ki eta dekhte paren?")
F("recruitment_deception", "en",
  "Dear Sir, we are 40 Bangladeshi workers at a knitting factory in Mauritius. Agent in Dhaka told salary 18,000 MUR and free food. "
  "After arrival company say food is our own cost and basic only 11,500. At airport they show different contract and say sign "
  "or go back, we had no money for going back so we sign.")
F("recruitment_deception", "en",
  "URGENT DEMAND - MALAYSIA 🇲🇾 Famous electronics co. Penang. Salary RM2,200-2,800 + OT, FREE ticket, FREE hostel. "
  "No experience no problem. Come first on visit visa, company will convert to 2 yr work permit after arrival (100% guarantee). "
  "Only 10 seat left!! CV + passport copy to globalmanpower.my@gmail.com or wa.me/60112345678",
  [("email", "globalmanpower.my@gmail.com"), ("whatsapp", "+60112345678")])

# ---------------------------------------------------------------- fees_and_debt (8: bn 2, bn-Latn 3, en 3)
F("fees_and_debt", "bn",
  "মালয়েশিয়া আসতে ৫ লাখ ২০ হাজার দিছি, জমি বন্ধক রাইখা। এখন কোম্পানি মাসে মাসে বেতন থেকে ৩০০ রিঙ্গিত কাটে, বলে এজেন্টের লোন। "
  "কিসের লোন কেউ কয় না, কাগজও দেখায় না।")
F("fees_and_debt", "bn",
  "এজেন্ট বলে পারমিট রিনিউ করতে আরো ৮০ হাজার লাগবে, না দিলে দেশে ফেরত। সরকারি খরচ শুনছিলাম ৭৯ হাজার, "
  "আমাদের তো এর মধ্যেই সাড়ে চার লাখ দেওয়া শেষ। আব্বা আবার সুদে টাকা আনতেছে।")
F("fees_and_debt", "bn-Latn",
  "3 mash kaj korsi, hate paisi total 400 ringgit. baki shob kete nise agent fee, levy, hostel. supervisor bole 2 bochhor "
  "porjonto katbe, tarpor tomar salary tomar. ami to ghore taka pathaite parina, kisti jomtese")
F("fees_and_debt", "bn-Latn",
  "ammur kaner jinish becha hoise, shonar chain o. r ekhon bole Jordan e ashar por medical r permit er taka amader dite hobe, "
  "650 JD, mashe 50 kore katbe. eta ki niyom?")
F("fees_and_debt", "bn-Latn",
  "Manager bole company amader jonno dalal ke 1 lakh 80 hajar dise, eta shodh na howa porjonto contract bhangle 3 gun jorimana. "
  "koto baki jigaile bole office e jigao, office bole manager jane")
F("fees_and_debt", "en",
  "Hi this is from sewing line 4. Every month HR cut 25 JOD as 'recruitment recovery'. We never sign any loan paper. "
  "In Bangladesh we already pay 3 lakh 60 thousand taka to agent office in Paltan. Now double paying.")
F("fees_and_debt", "en",
  "Bro total package 5.5 lakh. 2 lakh now, rest u pay from salary, company will cut monthly no tension. Bring original passport "
  "+ 2 photo. Deal fix within 3 days otherwise seat gone. Call/imo 01849-112233",
  [("phone", "+8801849112233")])
F("fees_and_debt", "en",
  "At orientation they said the company paid our recruitment costs. Now every payslip shows 'Advance' MUR 3,000 deducted and nobody "
  "can tell me how much is still owed. When I asked to resign I was told I must first repay the full balance or my passport stays.")

# ---------------------------------------------------------------- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "আসার দিনই সবার পাসপোর্ট নিয়া নিছে, বলে সেফ রাখবে। ছুটির কথা বললে বলে পাসপোর্ট হেড অফিসে, দুই মাস লাগবে। এক বছর হইয়া গেল।")
F("isolation_and_control", "bn",
  "হোস্টেলের গেটে রাতে তালা দেয়, শুক্রবারেও বাইরে যাইতে দেয় না। বাজার সুপারভাইজারের লোক কইরা আনে, আমরা নিজেরা যাইতে পারি না।")
F("isolation_and_control", "bn",
  "অডিটের লোক আসলে বলতে বলছে আমরা বেতন ঠিকমতো পাই আর পাসপোর্ট নিজের কাছে। কেউ উল্টা কইলে তারে অন্য ফ্যাক্টরিতে পাঠায় দিবে। "
  "এই মেসেজ কাউরে দেখাইয়েন না, আমার নাম দিয়েন না প্লিজ।")
F("isolation_and_control", "bn-Latn",
  "amar phone nie nise 2 shoptaho, bole kajer shomoy phone chalaisi. ekhon shudhu shukrobar 10 minute dey, supervisor pashe "
  "dariye thake, barir shathe thik moto kotha bolte dey na")
F("isolation_and_control", "bn-Latn",
  "apu ami lukiye roommate er phone theke msg dicchi. amra 9 jon meye, building theke ber hote dey na, gate e guard. "
  "bari theke phone ashle madam pashe boshe shone")
F("isolation_and_control", "en",
  "They keep all our passports in locked cabinet in HR. If we need to go bank or remittance they give it and take back same day. "
  "Mine is A07654321, it is there since March. They say it is company policy for security.",
  [("bd_passport", "A07654321")])
F("isolation_and_control", "en",
  "Sir pls dont call this number, supervisor check our phones. Msg only. We are not allowed to talk with auditor alone, "
  "manager say any complain go to him only, not outside.")
F("isolation_and_control", "en",
  "Reminder to all line leaders: workers are not permitted to leave the dormitory compound after 7pm or on rest days without "
  "written approval from the Admin Manager. Mobile phones to be deposited at security counter at start of shift and collected "
  "on Friday only. Any worker speaking to visitors must be accompanied.")

# ---------------------------------------------------------------- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "ম্যানেজার বলছে যারা বেতনের জন্য কাজ বন্ধ করছে তাদের লিস্ট পুলিশের কাছে দিবে, পারমিট বাতিল কইরা দেশে পাঠাবে। "
  "কাল দুইজনরে অফিসে নিয়া মারছে, একজনের চোখ ফুইলা গেছে।")
F("threats_and_coercion", "bn",
  "দালাল আমার আব্বারে ফোন দিয়া বলছে আমি যদি কোম্পানি ছাড়ি তাইলে বাড়ির জমির দলিল ওরা নিয়া নিবে, আর আমারে এখানে জেলে ঢুকাবে।")
F("threats_and_coercion", "bn-Latn",
  "supervisor gaye hat tole. kal amake line e shobar shamne thappor dise, bole beshi kotha bolle absconding report kore dibo, "
  "tokhon dekhbo kothay jas")
F("threats_and_coercion", "bn-Latn",
  "dalal er lok barite giye ammu ke bolse tomar chhele jodi complain kore tahole bujhba. ei number theke call dise 01976-543210. "
  "ammu ekhon kanna kore phone dey, ami ki korbo",
  [("phone", "+8801976543210")])
F("threats_and_coercion", "bn-Latn",
  "HR bolse union er kotha kono meeting e tulle permit cancel, ticket er taka nijer, r agent ke bole dibe barir loker khobor nite. "
  "amra shobai chup")
F("threats_and_coercion", "en",
  "Brother listen. If you talk to the foreign auditor about overtime you will be the first one on the flight home, and your agent "
  "knows your village. Think about your family. Just say everything is good.")
F("threats_and_coercion", "en",
  "Manager told us if we refuse Sunday shift he will cancel our work permit and call immigration police, we will go to detention "
  "camp. 3 boys already sent back last month like this.")

# ---------------------------------------------------------------- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৭টা থেকে রাত ১১টা পর্যন্ত লাইন চলে, মাসে একদিনও ছুটি নাই। ওভারটাইমের ঘণ্টা কার্ডে তোলে না। অসুখ হইলে বেতন কাটে।")
F("labour_exploitation", "bn",
  "চার মাসের বেতন বাকি। প্রতি মাসে বলে সামনের মাসে দিবে। খাবারের টাকাও নাই, পাশের রুমের ভাইদের থেকে ধার কইরা চলতেছি।")
F("labour_exploitation", "bn",
  "আমাদের ১২ জনরে অন্য কোম্পানিতে দিয়া দিছে, আমাদের কেউ জিগায় নাই। ওইখানে ডাইংয়ে কেমিক্যালের কাজ, মাস্ক গ্লাভস কিছু দেয় না, "
  "দুইজনের হাত পুইড়া গেছে।")
F("labour_exploitation", "bn-Latn",
  "Ramzan eo 14 ghontar shift. target puron na hole OT er taka dey na, bole eta target er kaj. ek rume 16 jon thaki, bathroom ekta")
F("labour_exploitation", "bn-Latn",
  "amra 6 mash dhore shudhu 'advance' pai 100 dinar kore, baki salary company bole contract sheshe ekshathe dibe. "
  "keu majhe chole gele shob taka gelo")
F("labour_exploitation", "bn-Latn",
  "bhai amra ekhon protidin lorry te kore onno factory te jai, oi company amader boss ke taka dey. amra kichui pai na extra, "
  "r amader nijer factory te o abar night shift. ghum nai")
F("labour_exploitation", "en",
  "From worker, Line 7. Last month I worked 31 days, no Friday off. Punch card show only 8 hours, rest they say 'voluntary'. "
  "When I said I am sick they said no work no food.")
F("labour_exploitation", "en",
  "We are doing night shift 8pm-8am 7 days because of shipment. Lunch break 20 min. 3 sisters fainted this week. "
  "Supervisor say if anyone sleeps on machine he cut 2 days salary.")

# ---------------------------------------------------------------- minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "আমাদের লাইনে দুইটা মেয়ে আছে, দেখলেই বোঝা যায় ১৪-১৫ বছর। পাসপোর্টে বয়স ২২। ওরা বলছে দালাল জন্ম নিবন্ধন নতুন কইরা বানাইছে।")
F("minors", "bn",
  "ভাই আপনার এলাকায় ১২-১৩ বছরের মেয়ে থাকলে জানাইয়েন, ঢাকায় এক সাহেবের বাসায় কাজ, থাকা খাওয়া ফ্রি, মাসে ৪ হাজার। "
  "স্কুলের ঝামেলা নাই, সব আমি ম্যানেজ করমু। যোগাযোগ ০১৬২৪-৫৫৬৬৭৭",
  [("phone", "+8801624556677")])
F("minors", "bn",
  "মেয়ের বয়স ১৫, দালাল বলছে জর্ডানের ভিসার জন্য আগে কাবিন কইরা বয়স বাড়ায় দিবে, ওর লোকের সাথে কাগজে বিয়া। "
  "পরে জামাই নাকি বিদেশে নিয়া কাজে লাগাবে। মা রাজি হইয়া গেছে টাকার জন্য।")
F("minors", "bn-Latn",
  "Bhabi apnar chhele ta 16 na? Malaysia te oder factory te choto polapan nay, passport e boyosh 19 kore dibe, "
  "shudhu 20 hajar beshi lagbe. kauke bolar dorkar nai")
F("minors", "bn-Latn",
  "amar bhagni ke niye gese Dhaka te garments e bole, boyosh 12. ekhon shuni ek basay kaj kore, school nai, basa theke ber hote dey na, "
  "ma er shathe mashe ekbar kotha")
F("minors", "en",
  "There is one boy in packing section, very small, maybe 14. His card says 19. He told me in Bangla his uncle made the papers and "
  "all his salary goes to the uncle. Please check but dont tell factory it was me.")
F("minors", "en",
  "Need 5 girls age 15-17 for household work, Amman family, no experience needed. Age we will adjust in passport, "
  "parents get 50k advance cash. Serious people only.")

# ---------------------------------------------------------------- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "আপা বলছিল মালয়েশিয়ায় বিউটি পার্লারে কাজ। এখানে আইনা রাখছে একটা হোটেলে, রাতে লোক আসে। না করলে খাওয়া বন্ধ, "
  "বলে ২ লাখ টাকা শোধ না হওয়া পর্যন্ত ছাড়বে না।")
F("sexual_exploitation", "bn",
  "নতুন বাংলাদেশি মাল আসছে, বয়স ১৯, শর্ট টাইম আর ফুল নাইট দুইটাই। হোটেলে পৌঁছায় দেওয়া হয়। বুকিং wa.me/60123456780",
  [("whatsapp", "+60123456780")])
F("sexual_exploitation", "bn-Latn",
  "apu amake bolse manager er guest der shathe dinner e jete hobe, na gele contract cancel. kal ekjon ke jor kore rume niye gese. "
  "ami ki police e jabo? passport to oder kache")
F("sexual_exploitation", "bn-Latn",
  "bro Amman e spa te job, meye lagbe 4 ta, massage r customer chaile extra service. salary valo, tips alada. boyosh kom hole better. "
  "interested hole telegram e @amman_spa_jobs e knock dio",
  [("telegram", "@amman_spa_jobs")])
F("sexual_exploitation", "en",
  "New girls from BD just landed 🌹✈️ young, fresh, little English. Incall/outcall KL & PJ. Contact 012-876 5432",
  [("phone", "+60128765432")])
F("sexual_exploitation", "en",
  "My cousin was told she is going as receptionist at a hotel in Port Louis. Now she says the owner makes her 'entertain' guests "
  "at night and keeps all the money. She cannot leave the building. She sent me this on imo yesterday.")
F("sexual_exploitation", "en",
  "Sir, the line chief is forcing girls to come to his flat after shift, says he will give OT hours and not mark them absent. "
  "Those who refuse are moved to the worst section. Two girls said he made video and threatens to send it to their husbands.")

# ---------------------------------------------------------------- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "ভাইয়ের পাসপোর্ট ফেরত দিতে দালাল ৬০ হাজার চায়। বিকাশে দিতে বলছে তিন নম্বরে ভাগ কইরা, ২০ কইরা। "
  "নম্বর 01812-345678, 01911-223344, 01555-667788",
  [("phone", "+8801812345678"), ("phone", "+8801911223344"), ("phone", "+8801555667788")])
F("payments_and_proceeds", "bn",
  "ছেলেরে ছাড়তে ওরা ৩ লাখ চাইছে। এক লাখ নগদে ০১৭৩১২৩৪৫৬৭ নম্বরে, বাকিটা দুবাইয়ে ওদের লোকের হাতে হুন্ডিতে। "
  "টাকা না পাইলে ভিডিও কলে মারতেছে দেখায়।",
  [("phone", "+8801731234567")])
F("payments_and_proceeds", "bn-Latn",
  "Bhai commission er 15000 bkash kore disi, TrxID BK73HQ9ZPA. baki 35 hajar flight er por. 4 jon ready, passport copy pathacchi. "
  "ebar jeno kono jhamela na hoy",
  [("mfs_transaction", "BK73HQ9ZPA")])
F("payments_and_proceeds", "bn-Latn",
  "shob payment USDT te, TRC20. address: " + TRON1 + " . 3 joner jonno 2400 USDT. payment confirm hole passport r job letter pathabo, "
  "bank e pathaba na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Ma ora bolse 50 hajar na dile amake chharbe na. Rocket e 01687-112233 e pathao, ref e amar nam diyo na. "
  "pathanor por screenshot ei imo te dio",
  [("phone", "+8801687112233")])
F("payments_and_proceeds", "en",
  "Pls send the balance 1.2 lakh to this bKash merchant 01322-456789 in 3 parts (max 40k each) so it does not get flagged. "
  "Ref write 'family'. After that your brother's passport & ticket will be released.",
  [("phone", "+8801322456789")])
F("payments_and_proceeds", "en",
  "For Jordan batch send 0.045 BTC per head to " + BTC1 + ". No bank, no names in memo. "
  "Passports handed over at Shahjalal after confirm.",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "রাজধানীর পল্টন থেকে মানবপাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব। মালয়েশিয়ায় উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে "
  "তারা জনপ্রতি সাড়ে পাঁচ লাখ টাকা নিত বলে অভিযোগ রয়েছে।")
N("news", "en",
  "Jordan: Labour inspectors say passports of more than 200 Bangladeshi garment workers at an Irbid factory were returned after a "
  "buyer audit; the supplier has been suspended pending review.")
N("news", "bn-Latn",
  "dekhsen? kal Teknaf e 23 jon ke uddhar korse, Malaysia pathabe bole boat e tulsilo. dalal 2 jon dhora porse, baki gula palaise")
N("news", "en",
  "Mauritius police arrest recruitment agent accused of charging Bangladeshi workers Rs 150,000 each for jobs that did not exist; "
  "14 workers repatriated with help of the High Commission.")
N("news", "bn",
  "ডিজিটাল হুন্ডির মাধ্যমে প্রবাসী আয় পাচারে জড়িত সন্দেহে বিকাশ, নগদ ও রকেটের ২৩০টি এজেন্ট অ্যাকাউন্ট জব্দ করেছে বিএফআইইউ।")
N("news", "en",
  "Jashore court sentences two men to life imprisonment for trafficking teenage girls across the border with promises of beauty "
  "parlour jobs.")
N("news", "bn-Latn",
  "BBC Bangla te report dekhlam, Malaysia airport e 171 jon Bangladeshi atke ache, company nai. shobai 5-6 lakh diye gesilo. "
  "sorkar bolse taka ferot er babostha korbe")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "বিদেশে যাওয়ার আগে জেনে নিন: রিক্রুটিং এজেন্সির লাইসেন্স বিএমইটির ওয়েবসাইটে যাচাই করুন। পাসপোর্ট কখনো দালালের হাতে দেবেন না। "
  "টাকা দিলে অবশ্যই রসিদ নিন।")
N("awareness", "en",
  "Know your rights: your employer may NOT keep your passport. Your salary must be paid into your own bank account. "
  "If anyone asks you to pay to renew your work permit, report it.")
N("awareness", "bn-Latn",
  "Forwarded: 'free visa' bole kono visa nai. keu jodi bole Saudi te free visa, jekhane khushi kaj korte parben, oita mitha kotha. "
  "Ami Probashi app e agency check koren, tarpor taka din.")
N("awareness", "en",
  "This hotline is free and confidential. You can report unpaid wages, passport kept by management, recruitment fees, threats or "
  "harassment. You can write in Bangla. WhatsApp: wa.me/60176543210",
  [("whatsapp", "+60176543210")])
N("awareness", "bn",
  "সতর্কবার্তা: ফেসবুকে 'মালয়েশিয়ায় ফ্রি ভিসা, বেতন ৮০ হাজার' এমন বিজ্ঞাপন দেখে টাকা দেবেন না। সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা। "
  "প্রতারণার শিকার হলে জানান: ০১৭৯৪-৪৪৪৫৫৫",
  [("phone", "+8801794444555")])
N("awareness", "bn-Latn",
  "meyera shabdhan! Facebook e 'Dubai te parlour e job, beton 1 lakh' erokom post dekhle bishwas korben na. passport, chobi, "
  "NID kauke inbox e pathaben na.")
N("awareness", "en",
  "Child labour is not allowed in any supplier factory. If you think a worker is under 18, tell the hotline. The worker will NOT lose "
  "the job, the supplier must pay for school and support.")

# ---------------------------------------------------------------- official (7)
N("official", "en",
  "Licensed agency notice (RL-1187): Malaysia manufacturing demand, 120 male workers. Govt fixed cost BDT 78,990 only, no other "
  "payment. Pay by bank deposit, receipt given. Interview at Banani office Sat 10am. Info: 01711-908070",
  [("phone", "+8801711908070")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, আম্মান: জর্ডানে কর্মরত বাংলাদেশি কর্মীদের পাসপোর্ট নবায়নের জন্য ১৫ ডিসেম্বর ইরবিদে ভ্রাম্যমাণ ক্যাম্প হবে। "
  "সঙ্গে পুরনো পাসপোর্ট ও ওয়ার্ক পারমিটের কপি আনুন।")
N("official", "en",
  "HR notice: As per buyer code of conduct, all passports kept in the safe have been returned to workers. Each worker now has a "
  "personal locker key. The company will keep a passport only on the worker's own written request.")
N("official", "bn-Latn",
  "Assalamualaikum, Mauritius garments job er interview shonibar. sarkari nirdharito khoroch chara kono taka lagbe na, shob taka "
  "bank e jama hobe. dalal er maddhome ashben na. - Sea Link Overseas (RL 0987)")
N("official", "en",
  "Labour Wing, BD High Commission Kuala Lumpur: workers whose employer holds their passport or has not paid wages may write to "
  "labourwing.kl@gmail.com with name, company and permit no.",
  [("email", "labourwing.kl@gmail.com")])
N("official", "bn",
  "বিএমইটি: স্মার্ট কার্ড সংগ্রহের জন্য নির্ধারিত তারিখে পাসপোর্ট, ভিসার কপি ও ফি জমার রসিদ নিয়ে উপস্থিত থাকুন। "
  "কোনো দালাল বা মধ্যস্বত্বভোগীকে টাকা দেবেন না।")
N("official", "en",
  "Your e-passport A04561234 is ready for delivery at the Bangladesh High Commission, Port Louis. Please bring the delivery slip. "
  "Office hours 9am-1pm.",
  [("bd_passport", "A04561234")])

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01719876543. Ref Ma. Fee Tk 0.00. Balance Tk 27,430.15. TrxID CK82L9QW3T at 04/12/2026 19:22",
  [("phone", "+8801719876543"), ("mfs_transaction", "CK82L9QW3T")])
N("receipt", "en",
  "Money Received.\nAmount: Tk 12000.00\nSender: 01831234590\nRef: bari\nTxnID: 71J8D3KQ\nBalance: Tk 12545.50\n02/12/2026 08:41",
  [("phone", "+8801831234590"), ("mfs_transaction", "71J8D3KQ")])
N("receipt", "en",
  "Tk5,000.00 received from A/C:01912345670 Fee:Tk0, Your A/C Balance: Tk5,120.35 TxnId:4471829930 Date:01-DEC-26 09:12 pm.",
  [("phone", "+8801912345670"), ("mfs_transaction", "4471829930")])
N("receipt", "en",
  "Dear Customer, your A/C **4821 has been credited with BDT 48,650.00 (Inward Remittance from MALAYSIA) on 05-12-2026. "
  "Avl Bal BDT 61,210.44. -Sonali Bank")
N("receipt", "en",
  "Send Money Tk 3,000.00 to 01627445566 successful. Ref Ammar osudh. Fee Tk 5.00. Balance Tk 812.40. TrxID DB19XK77PA at 06/12/2026 11:03",
  [("phone", "+8801627445566"), ("mfs_transaction", "DB19XK77PA")])
N("receipt", "bn",
  "আপনি ০১৭১১২২৩৩৪৪ থেকে ৳২,৫০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৩,১২০.৫০। TrxID BHK29QZ1LM ০৩/১২/২০২৬ ১০:১৫",
  [("phone", "+8801711223344"), ("mfs_transaction", "BHK29QZ1LM")])
N("receipt", "en",
  "Your transfer of RM 1,500.00 to MD RAKIB HASAN (bKash 01745998877) has been paid out. Ref MY26120588431. "
  "Thank you for sending money home with us.",
  [("phone", "+8801745998877")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আব্বা পাসপোর্টটা আলমারির উপরের তাকে রাখছি, নিজের কাছে রাখবেন, কাউরে দিবেন না। মামা বলছে লাইসেন্স আছে এমন এজেন্সি দিয়াই যামু।")
N("family", "bn-Latn",
  "ammu taka pathaisi 20 hajar, bkash e dekho. 5 hajar choto r school er fee, baki ta samity r kisti dio. ami valo achi, "
  "khaoa daoa thik ache")
N("family", "en",
  "Bhaiya your passport number is A09876543 right? Amma needs it for the Probashi Kallyan scholarship form for Nila.",
  [("bd_passport", "A09876543")])
N("family", "bn",
  "মেয়েরে এখন বিয়া দিমু না, ওর বয়স মাত্র ১৫। পড়ালেখা শেষ করুক। যে ঘটক আসছিল তারে না কইরা দিছি।")
N("family", "bn-Latn",
  "Bhai passport renew er jonno online e apply korsi, delivery slip e date dise 20 tarikh. NID number disi 1992271045678, "
  "eita thik ache to?",
  [("bd_nid", "1992271045678")])
N("family", "en",
  "Mum don't worry, company gave back everyone's passport after the audit, mine is in my locker now. Salary came on time. "
  "Will call Friday inshallah.")
N("family", "bn",
  "ছোট চাচা মালয়েশিয়া যাইতে চায়। আমি বলছি সরকারি খরচের বেশি কেউ টাকা চাইলে যাবা না, আগে বিএমইটিতে রেজিস্ট্রেশন করো।")

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "en",
  "Alhamdulillah 2 years in this factory in Penang. OT is paid, hostel is ok, I keep my own passport. Renewed contract today 😊")
N("worker_content", "bn",
  "জর্ডানে আমাদের ফ্যাক্টরিতে এবার ঈদে তিন দিন ছুটি দিছে, বোনাসও দিছে। সুপারভাইজার আপা ভালো মানুষ, সমস্যা হইলে শোনেন।")
N("worker_content", "bn-Latn",
  "Bhai Mauritius e 4 bochhor hoye gelo, kono dalal ke taka dei nai, sorkari bhabe ashchilam. OT beshi korle beton valo, "
  "nijer icchay kori")
N("worker_content", "en",
  "Payslip came: basic 290 JD + OT 74 JD, deduction only social security. Sent 300 home through bank. Good month 👍")
N("worker_content", "bn",
  "এখানে রুমে ৪ জন থাকি, এসি আছে। শুক্রবার বাইরে ঘুরতে যাই, কেউ আটকায় না। পাসপোর্ট নিজের কাছেই।")
N("worker_content", "bn-Latn",
  "ajke audit er lok ashse, amader shathe alada kotha bollo, manager chilo na. ami shob shotti bolsi, amader problem nai")
N("worker_content", "en",
  "Thank you hotline sister. After my complaint the agent fee they cut was refunded, RM 1,200 back in my account. "
  "My new number +60 11-2233 4455, save it.",
  [("phone", "+601122334455")])

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "bou amar passport lukai rakhse jate ar Malaysia na jai 😂 bole 'ekhane theke amar bajar koro, etai tomar contract'")
N("joke", "bn",
  "বস বলছে আজকে ওভারটাইম না করলে খবর আছে 😂 আসলে বস নিজেই বাসায় যাইতে চায় না, ভাবি রাগ করছে।")
N("joke", "en",
  "My mother-in-law is the real boss, she took my salary, my phone AND the TV remote 😂")
N("joke", "bn-Latn",
  "dalal bhai er notun offer: Mongol groho te job, beton 10 lakh, free oxygen, visa lagbe na 🚀😂")
N("joke", "en",
  "Roommate hid my charger and now demands 2 samosas ransom. Negotiations ongoing 😤")

# ---------------------------------------------------------------- chatter (4 hard)
N("chatter", "bn-Latn",
  "bhai tomar Jordan er company te ki lok nibe? amar cousin er shob kagoj ready, agency diyei jabe, shudhu janate chai kaj kemon")
N("chatter", "en",
  "Anyone know the bus to Dhulail on Friday? Going to collect my passport from the embassy camp.")
N("chatter", "bn",
  "কাল লাইনে দুইজন মারামারি করছে, সিকিউরিটি আইসা থামাইছে। সবার মাথা গরম, এই গরমে কাজ করা কঠিন।")
N("chatter", "bn-Latn",
  "insta te follow dio @rafi.in.penang, factory life er video dei 😄",
  [("instagram", "@rafi.in.penang")])

# ---------------------------------------------------------------- easy negatives (9)
N("chatter", "bn-Latn", "ajke lunch e ki? dal bhat naki biryani", hard=False)
N("chatter", "bn", "ভাই খেলা দেখছেন? বাংলাদেশ আজকে জিতছে!", hard=False)
N("family", "bn-Latn", "Happy birthday Nila! 🎂 Allah tomake bhalo rakhuk", hard=False)
N("chatter", "en", "Bus is late again, will reach 10 min late", hard=False)
N("family", "bn", "মা, আজকে বৃষ্টি খুব, ছাতা নিয়া বাইর হইয়েন।", hard=False)
N("chatter", "en", "Can someone share the wifi password for 3rd floor?", hard=False)
N("worker_content", "bn-Latn", "ei shukrobar bikale cricket khelbo, ke ke ashbi?", hard=False)
N("chatter", "bn", "রান্নার পালা আজকে কার? আমি কাল করছি।", hard=False)
N("chatter", "bn-Latn", "Eid Mubarak shobaike 🌙", hard=False)


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
    random.Random(121).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev121-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
