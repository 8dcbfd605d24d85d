"""Blind evaluation set dev110 for the trafficking-indicator detector, written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only sections 1
and 2.1 of the shared indicator research were consulted for the meaning of the indicators.
Persona: a counsellor at a child-rights helpline in Dhaka who hears about child domestic workers,
children in battery and leather workshops, girls taken from char areas and early marriage, alongside
the ordinary messages of parents, teachers and employers.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev110.jsonl"
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


BTC1 = btc("dev110-btc-1")
TRON1 = tron("dev110-tron-1")
ETH1 = eth("dev110-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---------------------------------------------------------------- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপা, মেয়েটারে বলছিল ঢাকায় এক ডাক্তারের বাসায় বাচ্চা দেখবে, মাসে ৮ হাজার আর স্কুলে ভর্তি কইরা দিবে। "
  "এখন ফোন দিয়া কান্দে, কয় কোনো স্কুল নাই, সারাদিন তিনটা ফ্ল্যাটে কাজ করায়।")
F("recruitment_deception", "bn",
  "দুবাইতে সুপার শপে সেলসম্যানের চাকরি বইলা নিয়া গেছে, এখন দেখি মরুভূমির মধ্যে উটের খামারে রাখছে। "
  "ভিসাও নাকি ভিজিট ভিসা আছিল, কাজের ভিসা না। ভাইয়ে কান্দে খালি।")
F("recruitment_deception", "bn",
  "ভাই এইটা ফ্রি ভিসা, কাজের কোনো চিন্তা নাই। ওইখানে গিয়া নিজে কাজ খুঁইজা নিবা, কফিল কিছু কইবো না, "
  "আকামা ওরাই কইরা দিবে। সিট মাত্র ৫টা। যোগাযোগ: ০১৮১৯-৪৪৭২০৩",
  [("phone", "+8801819447203")])
F("recruitment_deception", "bn-Latn",
  "Bhai garments factory te job bolsilo Malaysia te, 1800 ringgit. ekhane ese dekhi palm bagan e kaj, "
  "900 ringgit tao thik moto dey na. contract e ja lekha chilo kisui mille na")
F("recruitment_deception", "bn-Latn",
  "amar vatiji re bolse Jordan er garments e operator er kaj. hath e je contract dise oita arabi te, "
  "keu porte pare na. ekhon shunchi oi factory nai e, onno jaygay pathay dise")
F("recruitment_deception", "bn-Latn",
  "Apa ami Tonu. oi mohila bolsilo garments e helper er kaj, 6000 tk, thaka khawa free. "
  "page e ad dekhsilam @dhaka_jobs_bd24 . ekhon dekhi ekta basa bari, shob kaj amar, "
  "beton er kotha bollei bole agey 3 mash training",
  [("instagram", "@dhaka_jobs_bd24")])
F("recruitment_deception", "en",
  "They told my husband it was a cleaning company contract in Qatar, 1400 riyal. At the airport the agent "
  "swapped the papers, now he is with some private sponsor herding goats. The company name doesn't even "
  "show up when we search.")
F("recruitment_deception", "en",
  "🔥Online job🔥 Data entry for Thai company, salary 800 USD, free air ticket free hotel, no experience "
  "needed!! Only passport copy. Contact WhatsApp wa.me/8801956203144 fast, seat limited",
  [("whatsapp", "+8801956203144")])

# ---------------------------------------------------------------- fees_and_debt (bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "মালিক কইছে ওর বাপে যে ২০ হাজার টাকা দাদন নিছিল ওইটা শোধ না হওয়া পর্যন্ত পোলা ট্যানারিতেই থাকবো। "
  "বেতন থেইকা মাসে মাসে কাটতেছে, হাতে কিছুই দেয় না।")
F("fees_and_debt", "bn",
  "সৌদি যাওয়ার লাইগা সাড়ে চাইর লাখ দিছি দালালরে, জমি বন্ধক রাইখা। এখন আবার কয় আকামার লাইগা আরো "
  "৮০ হাজার লাগবো, না দিলে কাজ নাই, বইসা থাকো।")
F("fees_and_debt", "bn-Latn",
  "Sir amar salary theke protimash 300 riyal kete rakhe, bole visa r ticket er taka. 14 mash hoye gelo, "
  "kobe shesh hobe keu bole na. hisab chaile raag kore")
F("fees_and_debt", "bn-Latn",
  "bhai dalal re 5 lakh dichi Malaysia jabar jonno, gorment fee nki 79 hajar. baki tk er kono rosid dey nai, "
  "ekhon phone o dhore na 01632-518907",
  [("phone", "+8801632518907")])
F("fees_and_debt", "bn-Latn",
  "Kaku bolse batch er jonno 1 lakh 20 hajar, cash e dite hobe, rosid hobe na, bank e dile nki jhamela. "
  "kal er moddhe bkash koren 01966-213870 e, na dile seat onno jon re dibe.",
  [("phone", "+8801966213870")])
F("fees_and_debt", "en",
  "Madam the girl's mother took 15000 advance from the lady who brought her to Dhaka. Now the employer says "
  "she must work 2 years without salary to cover it, and if she leaves the mother pays double.")
F("fees_and_debt", "en",
  "pls brother help, company says I owe them for food, room, uniform, medical. every month minus 250 ringgit, "
  "payslip shows 0 balance 4 months now. they say cannot go home until debt clear")

# ---------------------------------------------------------------- isolation_and_control (bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "ম্যাডাম, বাসার মালিক মেয়েটারে বাইরে যাইতে দেয় না, দরজা বাইরে থেকে তালা দিয়া অফিসে যায়। ছাদেও যাইতে "
  "দেয় না। মা ফোন দিলে স্পিকারে দিয়া পাশে দাঁড়ায় থাকে।")
F("isolation_and_control", "bn",
  "পাসপোর্ট আর মোবাইল দুইটাই মালিক নিয়া গেছে, কইছে কাজ শেষ হইলে দিবো। এইটা পাশের রুমের এক ভাইয়ের "
  "ফোন থেকে দিতেছি, কেউ যেন না জানে।")
F("isolation_and_control", "bn",
  "বাড়ি থেকে কেউ ফোন দিলে বলবি ভালো আছি, খালার বাসায় থাকি, সেলাই শিখি। এক মিনিটের বেশি কথা বলবি না, "
  "ফোন আমার কাছেই থাকবো।")
F("isolation_and_control", "bn-Latn",
  "Apu amar passport ta madam er almari te tala diye rakhse, ami chaile bole tumi palaba. shukrobar eo "
  "ber hoite dey na, 7 mash dhore ghorer baire jai nai")
F("isolation_and_control", "bn-Latn",
  "factory r gate e 2 jon pahara dey raate, amra 30 jon ek room e thaki. kaj er shomoy phone jama dite hoy, "
  "shudhu shukrobar 10 minit kotha bolte dey, tao shamne dariye thake")
F("isolation_and_control", "en",
  "Sister don't call this number again. Madam checks my phone every night. I will msg when I can. "
  "Please don't tell my mother anything, tell her I'm fine.")
F("isolation_and_control", "en",
  "Brother my passport A09381726 is with the office, they took it at airport saying for visa stamping. "
  "5 months now. When I ask they say if you want it pay 2000 dirham.",
  [("bd_passport", "A09381726")])
F("isolation_and_control", "en",
  "New girl stays inside, no phone for first 3 months. She can talk to family only from my phone and only "
  "when I'm there. Tell the parents she is learning tailoring.")

# ---------------------------------------------------------------- threats_and_coercion (bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "বেশি চালাকি করলে তোর মাইয়ার নামে চুরির মামলা দিমু, থানার ওসি আমার লোক। মাইয়া তোর ঘরে ফিরা যাইবো না, "
  "জেলে যাইবো।")
F("threats_and_coercion", "bn",
  "ভাই কফিল কইছে পালাইলে হুরুব দিয়া দিবো, তারপর পুলিশ ধইরা জেলে দিবো। গত সপ্তাহে একজনরে লাঠি দিয়া "
  "মারছে, আমরা সবাই দেখছি।")
F("threats_and_coercion", "bn",
  "তোর মা-বাপ চরের কোন ঘরে থাকে সব জানি। টাকা না দিলে বা মুখ খুললে ওগো কি অবস্থা করি দেখবি।")
F("threats_and_coercion", "bn-Latn",
  "amake garam khunti diye chhyaka dise madam, haath e daag pore gese. bole abar plate bhangle aro dibe. "
  "apu please keu ke pathan")
F("threats_and_coercion", "bn-Latn",
  "tor video amar kache ase, beshi kotha bolle fb te chere dibo, tor gramer shobai dekhbe. chupchap kaj kor")
F("threats_and_coercion", "en",
  "If you go to the embassy we cancel your visa and you go to deport jail, nobody will help you there. "
  "Your family still owes us, remember that.")
F("threats_and_coercion", "en",
  "Mam I saw the boy from the 3rd floor flat on the stairs, bruises on his arms and his ear was bleeding. "
  "He said aunty hit him with the belt because he slept late. He begged me not to tell.")

# ---------------------------------------------------------------- labour_exploitation (bn 2, bn-Latn 3, en 3)
F("labour_exploitation", "bn",
  "ব্যাটারির কারখানায় ১২-১৩ বছরের পোলারা খালি হাতে সিসা গলায়, মাস্ক নাই। সকাল ৭টা থেকে রাত ১১টা। "
  "দুইজনের গায়ে ফুসকুড়ি উঠছে, খালি বমি করে।")
F("labour_exploitation", "bn",
  "আট মাস হইলো একটা টাকাও দেয় নাই। চাইলে কয় দেশে পাঠায়া দিছি, কিন্তু বাড়িতে কিছু যায় নাই। "
  "রাতে তিন ঘণ্টা ঘুমাই, আর পারি না মা।")
F("labour_exploitation", "bn-Latn",
  "Ma ami bhalo nai. sokal 5 ta theke raat 1 ta porjonto kaj, 3 ta basa, ekdin o chuti nai. "
  "khete dey ekbar, baki khabar fele dey tao amake dey na")
F("labour_exploitation", "bn-Latn",
  "Bhai amake ekhon onno ekta basay dia dise, bole tor contract ei basar kache bikri hoise. "
  "ei basay 14 jon manush, ami eka shob kori")
F("labour_exploitation", "bn-Latn",
  "leather er kaj e haath er chamra uthe gese chemical e. gloves chaile boss bole beshi sharif hoiso. "
  "overtime er tk o dey na 4 mash")
F("labour_exploitation", "en",
  "Working 18 hrs every day in restaurant kitchen, no day off since March. Salary promised 1500 but they "
  "give 600 and say rest next month. Every month same story.")
F("labour_exploitation", "en",
  "Case note: boy, approx 11, works at a welding shop in Mirpur 10am to midnight, sleeps under the "
  "workbench, paid only food. Owner says he is 'learning the trade'.")
F("labour_exploitation", "en",
  "they moved 6 of us to a construction site, no helmet no harness, 11th floor. one guy fell last week, "
  "manager said don't tell anyone or no salary for everyone")

# ---------------------------------------------------------------- minors (bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৪, কিন্তু চেয়ারম্যানের অফিস থেইকা ১৮ বছরের জন্মসনদ বানায়া নিছি, কাজী সাবরে ২ হাজার দিলে "
  "কাবিন হইয়া যাইবো। পোলা সৌদি থাকে, বিয়ার পর মাইয়ারে নিয়া যাইবো।")
F("minors", "bn",
  "চর থেকে আরো দুইটা মাইয়া আনা যাইবো, বয়স ১০-১১। বাপ-মায়েরে কইবা বাসায় থাকবো, খাইবো, ঈদে জামা পাইবো। "
  "মাসে ২০০০ কইরা বাপরে দিলেই হইবো।")
F("minors", "bn",
  "স্যার, আমাদের ক্লাস সেভেনের রুমানা তিন সপ্তাহ ধরে স্কুলে আসে না। বাড়িতে গিয়ে শুনলাম ওকে গাজীপুরে এক "
  "বাসায় কাজে দিয়ে দিয়েছে, এক লোক এসে নিয়ে গেছে, ঠিকানা কেউ জানে না।")
F("minors", "bn-Latn",
  "passport e boyosh 25 dise, meyer asol boyosh 16. passport no EB0847219, NID o banay dise 6904817325. "
  "dalal bole Saudi te house maid er jonno 25 lagbe, shob thik kore dibe. ami ki korbo apa",
  [("bd_passport", "EB0847219"), ("bd_nid", "6904817325")])
F("minors", "bn-Latn",
  "Apa amar meye ta 13 bochor, oder para r ek bhabi Narayanganj e ek basay kaj e niye gese. 6 mash kono "
  "kotha hoy nai, bhabi bole oi basar lok phone dite mana kore")
F("minors", "bn-Latn",
  "bachcha lagbe 8-10 bochor, basay chotokhato kaj r baby ke dekhbe. beton lagbe na, khawa porar dayitto amar. "
  "keu thakle janan 01711-903562",
  [("phone", "+8801711903562")])
F("minors", "en",
  "Ok so on paper he will be 18, the owner needs the factory card to say 18. Real age 12 but he's tall, "
  "nobody checks. Send his photo tonight.")
F("minors", "en",
  "My uncle is fixing my wedding next Friday with a man from Oman, I'm in class 8. Please help me, he says "
  "after the wedding I go abroad with him and work there.")

# ---------------------------------------------------------------- sexual_exploitation (bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "হোটেলে রিসেপশনের কাজ বইলা আনছিল, এখন রাতে রুমে রুমে পাঠায়। না গেলে খাইতে দেয় না। আমার বয়স ১৬ আপা।")
F("sexual_exploitation", "bn",
  "নতুন ৩টা আসছে কক্সবাজার থেকে, বয়স কম, সার্ভিস ভালো। রুম সহ ঘণ্টা ৩০০০। টেলিগ্রামে নক দেন @coxs_night_vip",
  [("telegram", "@coxs_night_vip")])
F("sexual_exploitation", "bn-Latn",
  "Parlour e massage er kaj bole niye gese Dubai, ekhon bole customer er shathe room e jete hobe. "
  "passport nia nise madam, ami ki korbo")
F("sexual_exploitation", "bn-Latn",
  "apu video call e kapor khulte bole, na korle bole agey j tk disi ferot de. protidin raat e 4-5 ta call, "
  "onno lok o dekhe. ei number theke call ashe +971 52 669 0417",
  [("phone", "+971526690417")])
F("sexual_exploitation", "en",
  "Fresh girls available, Bangladeshi & Nepali, young, new in town ✈️🌹 Outcall hotel only. "
  "WhatsApp +971 55 418 2290",
  [("whatsapp", "+971554182290")])
F("sexual_exploitation", "en",
  "She's 17 but looks older, customers won't ask. Put her pics on the channel tonight and keep her at the "
  "Banani flat till the Dubai guy comes. Don't let her call home.")
F("sexual_exploitation", "en",
  "they said spa job in Kuala Lumpur, 3000 ringgit. now boss says pay back ticket 8000 ringgit by doing "
  "'extra service' for customers, he keeps all the tips")

# ---------------------------------------------------------------- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "পোলারে ছাড়তে লিবিয়া থেকে ৩ লাখ চাইছে। কইছে বিকাশে ৫০ হাজার কইরা ছয় নাম্বারে পাঠাইতে, প্রথমটা "
  "০১৯১৪৭৭২৬৫০। টাকা না গেলে মারার ভিডিও পাঠায়।",
  [("phone", "+8801914772650")])
F("payments_and_proceeds", "bn",
  "মাইয়াগো বেতনের রিয়াল হুন্ডির লোকের কাছে দিবা, সে এইখানে দালালের নগদে পৌঁছায়া দিবো ০১৭৭৮-৩০৪৬১৯। "
  "ব্যাংকে দিলে ধরা খাইবা। মায়েগো মাসে ৫০০০ দিলেই চলবো।",
  [("phone", "+8801778304619")])
F("payments_and_proceeds", "bn-Latn",
  "taka ta 3 bhag kore pathao, 01823-640918 e Nagad, baki 2 ta bkash e. ek number e 25k er beshi dio na, "
  "BFIU dhore. meyeder hisab ami pore dibo",
  [("phone", "+8801823640918")])
F("payments_and_proceeds", "bn-Latn",
  "Bhai visa r tk ta pathaisi, TrxID 9G4K2M7XPA, 45000. ekhon bole aro 20k lagbe medical er jonno, "
  "na hoile passport ferot dibe na",
  [("mfs_transaction", "9G4K2M7XPA")])
F("payments_and_proceeds", "bn-Latn",
  f"USDT TRC20 e pathan, bank e na. address: {TRON1} . 2 ta meyer advance ready, tk pele Sylhet theke "
  "pathiye dibo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Boss said weekly earnings from the girls go in BTC only now. Wallet {BTC1}. Cash goes to Rafiq, "
  "he sends via hundi to Dubai.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Sister pay 1,20,000 to free your brother from the camp. Send by Rocket 01556-882047-3 in small parts "
  "and do not tell police. After payment he will call you.",
  [("phone", "+8801556882047")])

# ================================================================ OK (hard negatives)
# ---------------------------------------------------------------- news
N("news", "bn",
  "রাজধানীর মিরপুরে গৃহকর্মী নির্যাতনের অভিযোগে দম্পতি গ্রেপ্তার। পুলিশ জানায়, ১২ বছরের শিশুটিকে উদ্ধার "
  "করে ঢাকা মেডিকেলে ভর্তি করা হয়েছে।")
N("news", "en",
  "CID arrests 4 members of a ring that sent women to Dubai with promises of parlour jobs; 11 victims "
  "repatriated, case filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn-Latn",
  "Khobor: Kurigram er char theke 3 kishori uddhar, Dhaka niye jawar shomoy bus stand e police dhore. "
  "dalal palatok. link comment e")
N("news", "en",
  "Libya boat tragedy: 23 Bangladeshis among the dead. Families in Madaripur say they paid brokers "
  "Tk 8-10 lakh each for the journey.")
N("news", "bn",
  "টাঙ্গাইলে নবম শ্রেণির ছাত্রীর বাল্যবিবাহ বন্ধ করলেন ইউএনও, বরের বাবাকে ২০ হাজার টাকা জরিমানা।")
N("news", "en",
  "BFIU freezes 230 MFS accounts linked to digital hundi; CID says agents moved remittance money through "
  "bKash and Nagad on WhatsApp instructions.")
N("news", "bn-Latn",
  "Prothom Alo te dekhlam Saudi theke 400 jon ferot ashse ei shoptahe, beshir bhag free visa te gesilo. "
  "post ta share korlam jeno keu dhoka na khay")

# ---------------------------------------------------------------- awareness
N("awareness", "bn",
  "সচেতনতা: বিদেশে যাওয়ার আগে এজেন্সির লাইসেন্স নম্বর যাচাই করুন। আপনার পাসপোর্ট কখনও দালালের হাতে "
  "দেবেন না। সব টাকা ব্যাংকে দিন, রসিদ বুঝে নিন।")
N("awareness", "en",
  "Child Helpline 1098 reminder: a child under 14 cannot be employed in any household. If you see a child "
  "working in a neighbour's flat, call 1098. It's free and confidential.")
N("awareness", "bn-Latn",
  "Bon ra, online e 'hotel e receptionist, Dubai, 2 lakh beton' emon ad dekhle shabdhan. agey agency r "
  "license check koren, keu tk cash e chaile diben na.")
N("awareness", "en",
  "Thread 🧵 on how 'free visa' works and why it lands people in deport camps. 1) There is no such visa "
  "type. 2) Your sponsor never employs you. 3) Without an iqama you are illegal from day one.")
N("awareness", "bn",
  "মেয়ের বিয়ের বয়স ১৮, ছেলের ২১। জন্মনিবন্ধন যাচাই ছাড়া বিয়ে পড়ালে কাজীর নিবন্ধন বাতিল হতে পারে। "
  "বাল্যবিবাহের খবর দিন ১০৯ নম্বরে।")
N("awareness", "en",
  "If anyone asks you for money to 'release' your relative abroad, do not pay. Report to the embassy labour "
  "wing at labour.riyadh@mofa.gov.bd or call +966 11 419 5300.",
  [("email", "labour.riyadh@mofa.gov.bd"), ("phone", "+966114195300")])
N("awareness", "bn-Latn",
  "bKash kokhono PIN chay na. keu nijeke company r lok bole OTP chaile diben na, ar 'bhul kore tk chole "
  "gese' bole call dile agey statement check koren.")

# ---------------------------------------------------------------- official
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪৮৭)। মালয়েশিয়া প্ল্যান্টেশন কর্মী নিয়োগ। সরকার নির্ধারিত খরচ ৭৮,৯৯০ টাকা, "
  "ব্যাংকের মাধ্যমে জমা দিন, রশিদ নিন। দালালকে টাকা দেবেন না। যোগাযোগ: ০১৭৩০-২৯৫৫৮১",
  [("phone", "+8801730295581")])
N("official", "en",
  "Embassy of Bangladesh, Kuwait: passport renewal camps will be held in Jahra on 12 and 13 December. "
  "Bring your old passport and civil ID. No agent is authorised to collect fees on behalf of the Embassy.")
N("official", "bn-Latn",
  "BMET notice: Japan TITP er jonno shortlisted prarthider smart card 10 December theke bitoron hobe. "
  "nijer passport o NID er original niye ashben. kono fee lagbe na.")
N("official", "en",
  "Dear applicant, your BMET registration 2611-0934-5521 is confirmed. Pre-departure orientation: 9 Dec, "
  "TTC Mirpur, 9 AM. Do not pay anyone for this training.")
N("official", "bn",
  "জেলা শিশু সুরক্ষা কমিটির সভা: শিশু গৃহকর্মীদের তালিকা হালনাগাদ ও বাল্যবিবাহ প্রতিরোধ বিষয়ে আলোচনা। "
  "স্থান: উপজেলা পরিষদ হলরুম, সকাল ১০টা। সকল সদস্যের উপস্থিতি কাম্য।")
N("official", "en",
  "Green Line Manpower (RL-0921). Vacancies: hospital cleaners, Saudi Arabia, SAR 1,200 + food + "
  "accommodation. Migration cost as per govt circular. Send passport copy to cv.greenline@gmail.com. "
  "No money is collected before visa.",
  [("email", "cv.greenline@gmail.com")])

# ---------------------------------------------------------------- receipt
N("receipt", "en",
  "You have received Tk 5,000.00 from 01712408356. Ref Ammu. Fee Tk 0.00. Balance Tk 7,212.40. "
  "TrxID BKJ6P2QF8T at 05/12/2026 19:42",
  [("phone", "+8801712408356"), ("mfs_transaction", "BKJ6P2QF8T")])
N("receipt", "en",
  "Cash Out Tk 2,000.00 to Agent 01819306274 successful. Fee Tk 37.00. Balance Tk 1,463.00. "
  "TrxID BKL3X9ZM4D at 06/12/2026 10:15",
  [("phone", "+8801819306274"), ("mfs_transaction", "BKL3X9ZM4D")])
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার নগদ অ্যাকাউন্টে ১৫,০০০.০০ টাকা রেমিট্যান্স জমা হয়েছে (সৌদি আরব)। সরকারি প্রণোদনা "
  "২.৫%: ৩৭৫.০০ টাকা। TxnID: 7A3KD92M",
  [("mfs_transaction", "7A3KD92M")])
N("receipt", "en",
  "Dear Customer, BDT 85,400.00 credited to A/C ****2291 by inward remittance from AL RAJHI BANK. "
  "Ref IRM2612058841. Sonali Bank PLC.")
N("receipt", "en",
  "Send Money Tk 12,500.00 to 01926551730 successful. Ref school fee. Fee Tk 5.00. Balance Tk 3,045.22. "
  "TrxID BKM8R1TC6W at 01/12/2026 08:03",
  [("phone", "+8801926551730"), ("mfs_transaction", "BKM8R1TC6W")])
N("receipt", "en",
  "Tk 3,000.00 sent to 01675229184-2 successful. TxnId: 4471902386. Charge Tk 0.00. Balance Tk 814.50. "
  "Rocket",
  [("phone", "+8801675229184"), ("mfs_transaction", "4471902386")])

# ---------------------------------------------------------------- family
N("family", "bn-Latn",
  "Abbu passport ta almari r upore r drawer e rakhsi, tala diye. visa ashle agency te ami nijei niye jabo, "
  "kauke dio na kintu")
N("family", "bn",
  "ভাইয়া, দুবাই থেকে টাকাটা এবার বিকাশে পাঠাইস না, ব্যাংকে পাঠা, প্রণোদনা বেশি পাবি। মায়ের ওষুধ কেনা লাগবে।")
N("family", "en",
  "Ma don't worry, the agency is licensed, I checked on the BMET site. Fee is 1,65,000 with receipt. "
  "Flight on 18th, I'll call from Doha airport.")
N("family", "bn-Latn",
  "Khalu bolse Rimi ke Dhaka te nijer basay rakhbe, college e bhorti korabe. Rimi o raji. ami bolsi agey "
  "HSC result ta ashuk, tarpor dekhi")
N("family", "bn",
  "আপার বিয়ের কথা চলতেছে, ছেলে কাতার থাকে, ভালো চাকরি। আপা তো মাস্টার্স শেষ করছে, ২৬ বছর, আব্বা কয় "
  "এইবার আর দেরি না করি।")
N("family", "en",
  "Bhaiya sent 40k for the land mortgage, we released the land today 🙏 Abba cried. The loan is fully "
  "paid now.")
N("family", "bn-Latn",
  "Ammu r NID number ta 1987263540 na? ar ekta passport size chobi pathao. Nagad account khulte lagbe, "
  "bhaiya Oman theke tk pathabe",
  [("bd_nid", "1987263540")])

# ---------------------------------------------------------------- worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah notun company te 2 bochor holo, beton protimash 1 tarikh ei ashe, iqama o renew kore dise "
  "company nijer khorche. Friday off, raate cricket kheli 😄")
N("worker_content", "en",
  "Working in KL hotel housekeeping, 8 hrs, overtime paid extra, passport is with me, boss is good. "
  "Sending 30k home every month. Anyone from Cumilla here? 😊")
N("worker_content", "bn",
  "আল্লাহর রহমতে ভালো আছি। মালিক খুব ভালো মানুষ, ঈদে বোনাস দিছে ৫০০ রিয়াল। রুমে এসি আছে, খাওয়া কোম্পানির।")
N("worker_content", "en",
  "Day 400 in Doha 🇶🇦 site engineer life. 12 hr shifts during the project push but paid double, and 2 weeks "
  "leave coming in Feb. Can't wait to see Ammu.")
N("worker_content", "bn-Latn",
  "amar madam onek bhalo, nijer phone ache amar, protidin video call dei meye ke. 6 mash por chuti te desh e "
  "jabo, ticket madam dibe")
N("worker_content", "bn",
  "মালয়েশিয়া আসছি ৩ মাস, ফ্যাক্টরিতে কাজ। খরচ সরকারি রেটে হইছে, দালাল ছাড়া। কষ্ট আছে কিন্তু বেতন ঠিকমতো দেয়।")
N("worker_content", "en",
  "New reel up on @jewel_in_jeddah 🎥 our camp kitchen, biryani on Fridays, all the bhaiyas together. "
  "Follow for more probashi life!",
  [("instagram", "@jewel_in_jeddah")])

# ---------------------------------------------------------------- joke
N("joke", "bn-Latn",
  "boss amake office e bondi kore rakhse, 9 ta baje, baire jaite dey na 😭 keu police pathao 😂")
N("joke", "bn",
  "বউ আমার মোবাইল আর মানিব্যাগ দুইটাই জব্দ করছে, কইছে বাজারের লিস্ট শেষ না হওয়া পর্যন্ত মুক্তি নাই 😂")
N("joke", "en",
  "my mom took my phone AND passport 'for safekeeping' after I said I'd move to Canada lol. held hostage "
  "by a Bangladeshi mother 💀")
N("joke", "bn-Latn",
  "amar shashuri jibone amar theke joto 'recruitment fee' nise, ekta agency khule dite partam 🤣")
N("joke", "en",
  "selling my little brother, slightly used, eats a lot, free delivery within Dhanmondi 😂😂 DM for price")

# ---------------------------------------------------------------- chatter (hard)
N("chatter", "bn-Latn",
  f"bro ETH ta pathaisi tor wallet e, {ETH1} , check kor. Binance er fee ajib 😒",
  [("eth_address", ETH1)])
N("chatter", "en",
  "Anyone know a good agent for Umrah visa? Abba wants to go in March, last time we used Labbaik Travels, "
  "they were fine.")
N("chatter", "bn",
  "কাজের খালা আজকে আসে নাই, ফোনও ধরে না। বাচ্চাদের স্কুলে নিয়া যাইতে হইবো আমারই 😩")
N("chatter", "bn-Latn",
  "Dhaka te kajer lok lagbe? amar ek khalar porichito bua ache, 45 bochor, ranna bhalo kore, 9000 beton "
  "chay, raat e thakbe na. number dicchi 01818-620347",
  [("phone", "+8801818620347")])
N("chatter", "en",
  "Join our Telegram @ieltsdhaka_batch for free mock tests before your Canada/UK visa application. "
  "New batch Saturday.",
  [("telegram", "@ieltsdhaka_batch")])

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "Reaching in 10, order me a coffee pls", hard=False)
N("family", "bn", "আম্মু, রাতে আসতে দেরি হবে, ভাত রাইখো।", hard=False)
N("chatter", "bn-Latn", "kal er match dekhsos? Shakib thakle jitei jaito", hard=False)
N("family", "bn-Latn", "Abbu pharmacy theke napa ar gastric er oshudh niye asho", hard=False)
N("chatter", "en", "Happy birthday Nila!! 🎂🎉 have a great year", hard=False)
N("chatter", "bn", "আজকে অনেক জ্যাম, বাসে এক ঘণ্টা বসে আছি।", hard=False)
N("family", "en", "Don't forget Nanu's checkup at 4, I booked the serial.", hard=False)
N("chatter", "bn-Latn", "group study kal 3 ta, library te. notes gula niye ashish", hard=False)
N("family", "bn", "ছোট মামা আসতেছে শুক্রবার, পোলাও রান্না করবা?", hard=False)
N("chatter", "en", "New number, save it: 01521-447839. Old sim got lost",
  [("phone", "+8801521447839")], hard=False)


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
    random.Random(110).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev110-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
