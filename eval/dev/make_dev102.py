#!/usr/bin/env python3
"""Blind dev set dev102: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a teacher at a Japanese and Korean language centre in Dhaka (TITP intern and EPS-Korea students, guaranteed-job dalals, fake admission and job letters, interns whose supervising companies keep passports, overwork on farms and in factories, fees and loans, the centre's lawful notices and students' ordinary talk; Bengali, Banglish, English with Japanese and Korean words). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev102.jsonl"
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


BTC1 = btc("dev102-btc-1")
TRON1 = tron("dev102-tron-1")
ETH1 = eth("dev102-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ---------------------------------------------------------------- flag items
# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "🇯🇵জাপানে টেকনিক্যাল ইন্টার্ন ১০০% গ্যারান্টি ভিসা🇯🇵 ভাষা পরীক্ষা লাগবে না, N4 সার্টিফিকেট আমরাই ব্যবস্থা কইরা দিব। বেতন মাসে ২ লাখ ২০ হাজার টাকা, থাকা খাওয়া ফ্রি!! সিট মাত্র ১৫টা বাকি। যোগাযোগ ০১৮১৯-৪৪৭২১০ (ইমো/হোয়াটসঅ্যাপ)",
  [("phone", "+8801819447210")])
F("recruitment_deception", "bn",
  "সেনসেই আমারে বলছিল ইলেকট্রনিক্স ফ্যাক্টরিতে কাজ, কুমিয়াই এর কাগজেও তাই লেখা ছিল। এখানে আসার পর দেখি ইবারাকির মুরগির খামার, ভোর ৪টায় উঠা লাগে। কাগজ দেখাইলে শাচো বলে ওইটা অন্য কোম্পানির কাগজ, তোমার কাজ এইটাই, না পোষাইলে দেশে যাও")
F("recruitment_deception", "bn",
  "আপা আপনার মেয়ের COE চলে আসছে আলহামদুলিল্লাহ। টোকিওর স্কুলের এডমিশন লেটার পিডিএফ দিলাম। এম্বাসিতে আপনারা নিজে যাবেন না, আমাদের লোক জমা দিবে, স্কুলের নাম লিস্টে একটু আলাদা দেখাবে ঐটা আমরা ম্যানেজ করমু। ওখানে পড়াশোনা নামে মাত্র, আসল কাজ হোটেলে ফুল টাইম, কেউ চেক করে না")
F("recruitment_deception", "bn-Latn",
  "bhai EPS er jonno TOPIK dite hobe na, amader Korea te direct line ase. tourist visa te dhukaye dibo, tarpor sajangnim kagoj kore dibe. 6 mash er moddhe ARC hate 100%. details inbox e, comment e dam jiggesh koiren na")
F("recruitment_deception", "bn-Latn",
  "(voice) hello sensei ami Rakib... oi je Mirpur er agent ta bolsilo kaigo job hospital e. ekhon dekhi hospital na, ekta basay ek dadu ke 24 ghonta dekhashuna, ar basar shob kaj. Japanese lagbe na bolsilo, ekhon boss shudhu Japanese e chillay. contract e to onno jinish lekha sensei",
  )
F("recruitment_deception", "bn-Latn",
  "Japan TITP 2027 batch ✅ Age 18-35 ✅ JLPT lagbe na, interview amra pass koraye dibo (setting ase) ✅ BMET smart card er jhamela nai, card chara airport par koraye dibo. kotha bolte WhatsApp: wa.me/8801711093652",
  [("whatsapp", "+8801711093652")])
F("recruitment_deception", "en",
  "Dear Candidate, Congratulations!! You have been selected for the post of Factory Operator at Hanwa Seiki Co., Ltd, Osaka. Salary JPY 380,000/month + free dormitory + free air ticket. No JLPT or skill test required. Kindly confirm within 48 hrs to secure your slot. Dhaka coordinator Mr. Hasan: hanwaseiki.recruit.jp@gmail.com",
  [("email", "hanwaseiki.recruit.jp@gmail.com")])
F("recruitment_deception", "en",
  "Sensei the agent said my job is car parts company in Aichi but today they sent me to construction site in Chiba. they are saying the Bangladesh contract was only 'for visa purpose'. my visa says machining intern. what should i do")

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "কোরিয়া যাইতে টোটাল ৯ লাখ। ৩ লাখ এখনই অগ্রিম দিতে হবে বাকিটা ভিসা হাতে পাইলে। এর কমে কোনো লাইন নাই ভাই, সরকারি লাইনে গেলে বছর ঘুরবো, লটারিতেও উঠবেন না")
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক রাখছে ৪ লাখ টাকায়, আর আশার কিস্তি চলতেছে। এখন জাপানে আসার পর কুমিয়াই বলে প্রতি মাসে বেতন থেকে ৪০ হাজার ইয়েন কাটবে 'ম্যানেজমেন্ট ফি', দালালের টাকা শোধ না হওয়া পর্যন্ত। হাতে থাকে ৬০ হাজার, এইটা দিয়া কিস্তি দিমু না খামু")
F("fees_and_debt", "bn",
  "পাসপোর্ট ফেরত নিতে চাইলে আগে ১ লাখ ৫০ হাজার টাকা ক্লিয়ার করেন, এটা ট্রেনিং আর প্রসেসিং খরচ। কোর্স ছেড়ে দিলেও এই টাকা দিতেই হবে, আপনি স্ট্যাম্পে সাইন করছেন মনে আছে তো?")
F("fees_and_debt", "bn-Latn",
  "bhaiya Japan e ashar por shachou bolse airport pickup, futon, fridge, cycle shob er taka amar debt, total 3 lakh yen. protimash salary theke katbe. ami to eishob chai nai. 3 bochor kaj korleo shesh hobe na mone hoy",
  )
F("fees_and_debt", "bn-Latn",
  "gongjang change korte chaile sajangnim bole 200 manwon dao, na hole release e sign dibo na. ami to desh theke already agent ke 7 lakh disi, abar eto taka kothay pabo")
F("fees_and_debt", "en",
  "Brother your file is ready. Total package 6.5 lakh (Japan SSW caregiver). 1st installment 2 lakh by this Friday, 2nd after COE, rest you pay from salary there, we cut 50,000 yen every month until clear. If you back out 1st installment is non refundable, it's written in agreement.")
F("fees_and_debt", "en",
  "Probashi bank loan won't cover it sir, agent wants full 8 lakh before visa stamping. My uncle gave 3 from his pension, rest I took from a mohajon at 10% per month interest. if the visa doesn't come i am finished")
F("fees_and_debt", "en",
  "They said Korea job is free under govt quota, only 'processing'. now they want 45k for medical, 60k for 'embassy setting', 1.2 lakh for ticket. every week a new fee. already paid 3.8 lakh total and still no visa, no receipt.")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "প্রসেসিং ফি ৫০ হাজার এক নাম্বারে একবারে পাঠাবেন না, ভেঙে ভেঙে পাঠান: ০১৭৩৩-২১০৯৮৪ তে ২০, ০১৯১১-৫৬৭৪৩২ তে ১৫, বাকি ১৫ নগদে ০১৬২৪-৯০৩৩১৮। সব পার্সোনাল নাম্বার, ক্যাশআউট চার্জ সহ দিবেন। রিসিট চাইয়েন না।",
  [("phone", "+8801733210984"), ("phone", "+8801911567432"), ("phone", "+8801624903318")])
F("payments_and_proceeds", "bn",
  "ভাই ব্যাংকে পাঠাইলে রেট কম, ইয়েন আমারে দেন আমি দেশে বিকাশে দিয়া দিমু, ১ লাখ ইয়েনে ৮৫ হাজার ৫০০। আর আপনার কোম্পানির ইন্টার্ন ৬ জনের বেতনও মাসে মাসে আমার কাছে আসবে, শাচো-সানের সাথে কথা হইছে, কাটিং রাইখা বাকিটা ওদের ফ্যামিলিতে যাবে।")
F("payments_and_proceeds", "bn-Latn",
  f"COE er baki 1500 USDT TRC20 te pathan, bank e pathaile immigration dhore felbe. address {TRON1} . pathaye screenshot diben, tarpor file move korbe",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  f"sensei apnar center er 12 jon student er file amader kache, per head 80 hajar apnar commission. taka ashbe ei wallet theke {ETH1} , bank e dekhaben 'consultancy income'. student der kichu bolar dorkar nai",
  [("eth_address", ETH1)])
F("payments_and_proceeds", "bn-Latn",
  "bkash e 25k pathaisi bro. TrxID BHK7Q2M9XA. baki ta Rocket e kal. meyeder weekly hishab excel e rakhen, Seoul er club theke Friday dollar ashbe, shob ek account e rakhben na, 3 ta te bhag koren",
  [("mfs_transaction", "BHK7Q2M9XA")])
F("payments_and_proceeds", "en",
  f"Payment instruction for Japan placement: do NOT deposit in company bank account. Send BTC only to {BTC1}. after 3 confirmation we release offer letter. Parents cash will be collected at Uttara office, no money receipt given.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Shachou keeps all our bankbooks and cards 'for safety'. salary comes on the 25th and he withdraws it himself, gives each of us 30,000 yen cash. rest he says goes to kumiai and to our agent in Dhaka by hundi. I never once saw my own account balance.")

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "এখানে আসার পরদিনই কুমিয়াই এর লোক সবার পাসপোর্ট আর জাইরিউ কার্ড নিয়া নিছে, বলে হারাই ফেলবা। ডর্ম থেকে কোম্পানি, কোম্পানি থেকে ডর্ম। সুপারমার্কেটেও একা যাইতে দেয় না, সাথে জাপানি লিডার থাকে সবসময়।")
F("isolation_and_control", "bn",
  "রাত ১০টায় ফোন অফিসে জমা দিতে হয়। বাড়িতে কথা বলতে চাইলে লিডারের সামনে বসে লাউডস্পিকারে। আম্মুকে কিছুই বলতে পারি না। এই মেসেজ রুমমেটের ফোন থেকে দিলাম, রিপ্লাই দিয়েন না প্লিজ সেনসেই")
F("isolation_and_control", "bn-Latn",
  "sensei please amar nam kauke bolben na. amra 4 jon ke ekta ghore raat e tala mere rakhe. janala o screw diye bondho. sokal e van e kore farm e nie jay abar raat e ene tala")
F("isolation_and_control", "bn-Latn",
  "Japan giye Bangladeshi kono group e join korba na, fb te post diba na, embassy te call diba na. kono problem hole amake bolba, ar kauke na. tomar passport amar kache thakbe, visa renew er shomoy dibo. bujhcho?")
F("isolation_and_control", "bn-Latn",
  "Korea te ashchi E-9 te kintu sajangnim ARC card nie rakhse, bole bahire gele police dhorbe. 3 mash hoye gelo factory r gate er baire jai nai. sim o nai, shudhu company wifi, oita diye ei msg dilam sensei")
F("isolation_and_control", "en",
  "Hi this is Mim's roommate, she asked me to write you. Her host company took her phone after she posted about overtime in the students Line group. She can only use the office computer with manager watching. She's ok but can't contact her mother, please tell her family she is alive 🙏")
F("isolation_and_control", "en",
  "Rules before departure: 1) Hand over passport and residence card to coordinator on arrival. 2) No personal SIM first 6 months, company phone only. 3) Do not talk to other foreigners, churches or unions. 4) Any violation = contract cancel and you pay all costs.")
F("isolation_and_control", "en",
  "they moved us to another dorm in Gunma at night without telling anyone. new address nobody knows, car had black windows. we are 9 girls. teacher please don't call this number, only message when i message first")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১০টা গ্রিনহাউসে, শনি রবিও। জাংগিও এর টাকা দেয় না, বলে ইন্টার্নের ওভারটাইম হয় না। মাসে ৩০০ ঘন্টার বেশি কাজ। গত মাসে হাতে দিছে ৮০ হাজার ইয়েন।")
F("labour_exploitation", "bn",
  "৪ মাস হইলো বেতন দেয় নাই, বলে কোম্পানির লস চলতেছে সামনে একসাথে দিবে। চাল আর আলু কিনা দেয়, দিনে একবার রান্না করি। এই ঠান্ডায় হিটার চালাইতে দেয় না, বিল বেশি আসে বলে।")
F("labour_exploitation", "bn",
  "মেশিনে হাত কাইটা গেছিল, হাসপাতালে নেয় নাই, ব্যান্ডেজ দিয়া আবার লাইনে পাঠাইছে। বলে হাসপাতালে গেলে রোসাই কেস হবে, কোম্পানির ঝামেলা, তুমি দেশে ফেরত যাবা। ছুটি চাইলে বেতন কাটে।")
F("labour_exploitation", "bn-Latn",
  "bhai Korea te ashar por theke ek din o off nai. 12 ghonta shift, tarpor sajang er basay giye kaj. beton ashe 1.2 million won, contract e chilo 2.1. jiggesh korle bole room ar khabar er taka kete rakhsi. room mane container 😞")
F("labour_exploitation", "bn-Latn",
  "sensei ami chere dite chai kintu shachou bole TITP te company change kora jay na, gele visa cancel ar agent er taka ferot dite hobe. 14 ghonta kaj kori, na parle chillay 'baka' bole. ar koto din")
F("labour_exploitation", "bn-Latn",
  "kaigo facility te raat e ami eka 40 jon resident dekhi, 16 ghonta night shift er por porer din abar day shift. break nai, khawar time nai. leader bole intern der jonno eta normal, Japanese ra eta kore na")
F("labour_exploitation", "en",
  "Farm in Kumamoto. we start 5am picking, finish 8pm packing. pay is per box not per hour so most months less than 100k yen. no day off in harvest season, 3 months straight. shachou says if we complain he will tell kumiai we are lazy")
F("labour_exploitation", "en",
  "Teacher the company cuts ¥45,000 for a 6-mat room shared by 5 people, plus ¥15,000 'utilities' and ¥10,000 for the bicycle. After tax I got ¥38,000 last month for 260 hours.")

# threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "তুই যদি আবার এম্বাসিতে ফোন দেস তোর বাপের বাড়িতে লোক যাবে। তোর বোন কোন কলেজে পড়ে আমি জানি। চুপচাপ কাজ কর, তিন বছর পর দেশে যাবি।")
F("threats_and_coercion", "bn",
  "শাচো বলছে পালানোর চিন্তা করলে নিউকানে খবর দিবে আমরা পলাতক, তারপর জেল আর ডিপোর্ট। কাল রুবেল ভাইরে সবার সামনে লাথি মারছে কারণ সে ক্লান্ত হয়ে একটু বসছিল।")
F("threats_and_coercion", "bn-Latn",
  "agent Dulal bhai kal raate abbar kache lok pathaise, bole file cancel korle 4 lakh ferot dite hobe noyto mamla dibe, gram e mukh dekhate parbo na. amake jor kore onno company r contract e sign korabe")
F("threats_and_coercion", "bn-Latn",
  "sajangnim ke ajke passport ferot chailam, bolse 'tui palaile ami police e report dibo tui chor'. gotokal ekta Nepali chele ke mere nak fatiye dise, kauke kichu bolte bhoy lage")
F("threats_and_coercion", "en",
  "If you go to the labour office your family in Cumilla will have problems. We have your NID copy and address. NID: 19951917634002187. Think about your mother before you do anything stupid.",
  [("bd_nid", "19951917634002187")])
F("threats_and_coercion", "en",
  "Supervisor said if any of us joins the union meeting he cancels our visas and kumiai will 'send us home with the debt'. He hit Sohel with a clipboard today in front of everyone.")
F("threats_and_coercion", "en",
  "(voice note) listen. you signed the paper. you leave this company, i sell your contract to the Osaka guy and you go there, you want that? he is not nice like me. so stop crying and go back to work.")

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "মেয়েদের জন্য জাপানে কেয়ারগিভার ভিসা, কিন্তু প্রথম ৬ মাস টোকিওর একটা স্ন্যাক বারে হোস্টেস, কাস্টমারের সাথে ড্রিংক আর বাইরে 'ডেট' এ যাইতে হবে, টিপস আলাদা। দেখতে সুন্দর আর লম্বা হইতে হবে, ফুল বডি ছবি পাঠান।")
F("sexual_exploitation", "bn",
  "আপা আমারে বলছিল রেস্টুরেন্টে কাজ। এখন রাতে ম্যানেজার হোটেলে পাঠায় কাস্টমারের কাছে, না গেলে বলে ঋণ ডাবল হবে। বাকি মেয়েদেরও একই অবস্থা, সবাই এক রুমে থাকি, বাইরে যাইতে দেয় না।")
F("sexual_exploitation", "bn-Latn",
  "Seoul er club e Bangladeshi meye lagbe, E-6 visa ready. singer/dancer dekhano hobe but kaj customer entertain, 2nd round hotel. per night $300, agency 60%. interested meye thakle IG te @seoul_star_models e knock din",
  [("instagram", "@seoul_star_models")])
F("sexual_exploitation", "bn-Latn",
  "bhabi tomar bon ke Japan e language school e pathabo, ekdom free. shudhu weekend e boss er friend der sathe dinner ar 'spa' te jete hobe. ektu adjust korle shob taka maf. kauke bolba na eta")
F("sexual_exploitation", "bn-Latn",
  "🌸🌸 Dhaka te notun meye, Japanese ar Korean bolte pare, Banani/Gulshan hotel e available. booking manager telegram @ladyk_dhaka . pic real 100% 🌸🌸",
  [("telegram", "@ladyk_dhaka")])
F("sexual_exploitation", "en",
  "New batch from Bangladesh arrived tuesday, 4 girls, basic Korean. Available private rooms after 11pm at the noraebang. Papa handles booking, clients pay him, girls get room and food only. Contact +82 10-5837-2291 kakao same",
  [("phone", "+821058372291")])
F("sexual_exploitation", "en",
  "Sensei my friend Tania went Japan on student visa. she told me secretly the 'arubaito' the school arranged is a massage shop, customers ask for extra and manager says she must or she loses visa sponsorship. they keep her passport in the shop safe.")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "ছেলের বয়স ১৬ তো সমস্যা নাই। জন্ম নিবন্ধন নতুন করে বানায়া দিমু ১৯ দেখায়া, তারপর পাসপোর্ট। এর ফি ২৫ হাজার আলাদা। জাপানের খামারে কাজ, ওখানে কেউ বুঝবে না।")
F("minors", "bn",
  "আমার ভাতিজি ক্লাস নাইনে পড়ে, দালাল বলছে কোরিয়ায় রেস্টুরেন্টে ভালো কাজ, বয়স কম হইলে নাকি আরও বেশি টাকা। এখন বলে পাসপোর্ট বানাইতে হবে বয়স বাড়াইয়া, আর কাউরে বলা যাবে না।")
F("minors", "bn",
  "১৪-১৫ বছরের ছেলে লাগবে। আগে আমার গাজীপুরের কারখানায় থাকবে, কাজের ফাঁকে জাপানি শিখবে, বয়স হইলে ইন্টার্ন ভিসায় পাঠামু। ততদিন বেতন নাই, খাওয়া থাকা দিমু। বাপ মা রে অগ্রিম ৩০ হাজার।")
F("minors", "bn-Latn",
  "sensei amader class er Sumaiya, class ten e pore, or mama bolse or passport e age 20 deya hoise, next month Korea pathabe 'cafe job' e. o kanna kortesilo, bole kauke bolte mana")
F("minors", "bn-Latn",
  "meye 17 holeo cholbe, Japan e keu check kore na, client ra choto meye pochondo kore. passport ready EJ0384215. tomar 1 lakh advance pathay dio",
  [("bd_passport", "EJ0384215")])
F("minors", "en",
  "Need boys 15-17 for fish processing in Japan thru trainee program. Passport with adjusted DOB we arrange. Parents receive 1 lakh before flight. Don't write age in messages, call only 01558-302917",
  [("phone", "+8801558302917")])
F("minors", "en",
  "My student is only 16, she came to class crying today. Her 'agent' took her birth certificate and brought a new passport that shows 21. He keeps messaging her at night 'good girls who listen go to Japan first'. Her parents think it's a scholarship.")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "জাপানে টেকনিক্যাল ইন্টার্ন পাঠানোর নামে প্রতারণা: মিরপুরে ভুয়া ভাষা শিক্ষা কেন্দ্রের মালিকসহ দুইজন গ্রেপ্তার। র‍্যাব জানায়, চক্রটি অন্তত ৪০ জনের কাছ থেকে জনপ্রতি ৫ থেকে ৭ লাখ টাকা নিয়ে পাসপোর্ট জমা রেখে দিয়েছিল। ভুক্তভোগীরা মামলা করেছেন।")
N("news", "en",
  "Japan's Diet has approved replacing the Technical Intern Training Program with a new 'Employment for Skill Development' system that will let workers change employers after a year, following years of criticism over confiscated passports and unpaid overtime.")
N("news", "bn-Latn",
  "Forwarded as received: BOESL janiyeche 2027 shale EPS er maddhome Korea te manufacturing ar krishi khate prai 8 hajar kormi jabe. TOPIK registration online e, khoroch shorkar nirdharito. dalal er kothay taka na dite onurodh.")
N("news", "en",
  "Dhaka, Nov 12: Police rescued 11 women from a flat in Uttara who had been promised jobs in Korea. Two men who allegedly collected Tk 3 lakh each through bKash were arrested under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn",
  "দক্ষিণ কোরিয়ায় ইপিএস কর্মীদের গড় মাসিক আয় ২৩ লাখ ওন ছাড়িয়েছে। বোয়েসেলের তথ্য অনুযায়ী গত বছর ৬ হাজার ২০০ কর্মী গেছেন, সবার খরচ ছিল সরকার নির্ধারিত এবং ব্যাংকের মাধ্যমে পরিশোধিত।")
N("news", "en",
  "NHK: A farm owner in Ibaraki was fined after labour inspectors found he had kept the passports of three trainees in a safe and paid them below minimum wage. The trainees have been moved to a new employer and received back pay.")
# awareness (7)
N("awareness", "bn",
  "⚠️সতর্কবার্তা⚠️ আমাদের সেন্টারের নাম ব্যবহার করে কিছু লোক ফেসবুকে 'গ্যারান্টি ভিসা' দেওয়ার কথা বলছে। আমরা কোনো ভিসা বা চাকরির গ্যারান্টি দিই না, শুধু ভাষা শেখাই। কেউ টাকা চাইলে দিবেন না, পাসপোর্ট কারো হাতে দিবেন না। অফিস: ০১৭১৫-৬৬২০৪৮",
  [("phone", "+8801715662048")])
N("awareness", "en",
  "Forwarded: Going to Japan as a technical intern? Remember - it is illegal for your company or kumiai to keep your passport or residence card. OTIT has a hotline in many languages. Never sign any paper saying you 'owe' money to a broker. Share with your batch.")
N("awareness", "bn-Latn",
  "Shobai share koren 🙏 EPS Korea jawar ekmatro legal rasta BOESL. TOPIK pass, skill test, tarpor roster. kono dalal 'direct line' ba 'setting' er kotha bolle bujhben protarona. kaukei bkash e advance diben na.")
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: মেয়েদের জন্য জাপান বা কোরিয়ায় রেস্টুরেন্ট, ক্যাফে বা কেয়ারগিভার চাকরির প্রস্তাব পেলে কোম্পানির নাম আর ভিসার ধরন যাচাই করুন। বিনা খরচে বিদেশে নেওয়ার লোভে পা দিবেন না। সন্দেহ হলে জেলা কর্মসংস্থান অফিসে যোগাযোগ করুন।")
N("awareness", "en",
  "Students, if an agent sends you an admission letter from a Japanese school, check the school on the official list and email the school yourself. We had 2 cases this year of fake letters from gmail addresses. Report such letters to info.nihongo.center@gmail.com",
  [("email", "info.nihongo.center@gmail.com")])
N("awareness", "bn-Latn",
  "Minor der bidesh e kaj e pathano oporadh. boyosh baraye passport korle pore dhora porle ferot pathabe ar family r biruddhe mamla hote pare. 18 er kom kauke Japan/Korea r job offer e rajhi korben na, school shesh korte din.")
N("awareness", "en",
  "Awareness session this Friday 4pm: 'Your rights as a technical intern - wages, zangyou, passport, changing company'. Guest speaker: a returned intern from Aichi. Free for all N4/N5 batches, parents welcome.")
# official (7)
N("official", "en",
  "BOESL Notice: EPS-TOPIK 2027 registration (Manufacturing & Agriculture) runs 10-20 January, online only. Fee Tk 2,500 payable through Sonali Bank. BOESL does not work through any agent or sub-agent. Details on www.boesl.gov.bd")
N("official", "bn",
  "মেসার্স নিপ্পন স্কিলস ওভারসিজ (আরএল-১৭৮৬), বিএমইটি অনুমোদিত। জাপানে স্পেসিফায়েড স্কিলড ওয়ার্কার (কৃষি) পদে ২০ জন নেওয়া হবে। যোগ্যতা: JLPT N4 ও স্কিল টেস্ট পাশ। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা নেওয়া হয় না, সব লেনদেন ব্যাংকে। ফোন: ০২-৫৫০১৩৪৭৮",
  [("phone", "+880255013478")])
N("official", "en",
  "Embassy of Japan in Bangladesh: Technical Intern Training visa applications are accepted only through accredited sending organisations. Applicants must submit the original passport at the visa centre; passports are returned with or without visa within 7 working days.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: বিদেশগামী কর্মীদের স্মার্ট কার্ড নিতে রেজিস্ট্রেশন নম্বর ও পাসপোর্ট সাথে আনতে হবে। কোনো দালালের মাধ্যমে স্মার্ট কার্ড নিবেন না। জাপানগামী ইন্টার্নদের প্রাক-বহির্গমন ব্রিফিং প্রতি রবিবার সকাল ১০টায়।")
N("official", "en",
  "HRD Korea EPS Center Dhaka: a worker whose employer has not paid wages for 2 months or more may change workplace without the employer's consent. Migrant Worker Counseling Center: 1577-0071 (Korean, English, Bengali).",
  [("phone", "+8215770071")])
N("official", "bn-Latn",
  "Notice: N4 batch er course fee Tk 18,000 (2 kisti). payment shudhu center er merchant bKash ba bank e, money receipt niben. amra kono job ba visa processing kori na, kono student er passport jama rakhi na.")
N("official", "en",
  "Sakura Nihongo Gakuin - Result: the following students passed NAT-Test N4 (Nov session) and may apply for COE through a licensed agency of their choice. Original certificates and passports kept for the mock interview will be returned at the front desk on request.")
# receipt (6)
N("receipt", "en",
  "You have sent Tk 9,000.00 to 01712409865 (Sakura Language Ctr). Ref: N5 batch fee Rakib. Fee Tk 0.00. Balance Tk 1,240.55. TrxID CKL4R9TZ2A at 03/12/2026 11:42",
  [("phone", "+8801712409865"), ("mfs_transaction", "CKL4R9TZ2A")])
N("receipt", "bn-Latn",
  "Money Received. Amount: Tk 35000.00 Sender: 01844120736 Ref: Japan theke abbu TxnID: 7HF2KQ9W Balance: Tk 35410.00",
  [("phone", "+8801844120736"), ("mfs_transaction", "7HF2KQ9W")])
N("receipt", "bn",
  "আপনি ৳২,৫০০.০০ পেমেন্ট করেছেন, মার্চেন্ট: সোনালী ব্যাংক (EPS-TOPIK রেজিস্ট্রেশন ফি)। ফি ৳০.০০। TrxID DFQ82LM4PX। ব্যালেন্স ৳৬১২.৩০",
  [("mfs_transaction", "DFQ82LM4PX")])
N("receipt", "en",
  "Dear Customer, your A/C **4471 is credited with BDT 1,84,350.00 (Inward Remittance JPY 200,000 from MD RAKIB HOSSAIN via JRF Japan). Avl Bal BDT 2,10,122.40. -Sonali Bank")
N("receipt", "en",
  "Cash-In from A/C: ***7823 Tk 4,000.00 Fee: Tk 0.00 Balance: Tk 4,105.00 TxnId: 4930218845 Date: 28-NOV-26 06:10 pm",
  [("mfs_transaction", "4930218845")])
N("receipt", "bn-Latn",
  "sensei passport renew er fee dilam, ei je slip: e-Passport 10 bochor 48 page regular Tk 5,750, Sonali bank. delivery 18 Dec. tarpor COE er jonno copy dibo")
# family (6)
N("family", "bn",
  "আম্মু পাসপোর্টটা আলমারির উপরের তাকে রাখছি, ভিসার জন্য সোমবার এম্বাসিতে জমা দিতে হবে। আব্বুকে বলো ব্যাংক স্টেটমেন্ট তুলে রাখতে, আর অরিজিনাল সার্টিফিকেট গুলা একটা ফাইলে।")
N("family", "bn-Latn",
  "Apu tor biyer kotha cholche, chhele Japan e thake, Nagoya te engineering company te, tokutei visa. or ma bolse biyer por tokeo spouse visa te nie jabe. tui ki rajhi? chhobi whatsapp e pathaisi, dekhe bolish")
N("family", "en",
  "Abbu I sent 80,000 yen this month, should be around 73k taka. Pay the Grameen kisti first then keep rest for Nila's school fees. Please don't take loan from Kalam chacha again, his interest is too much.")
N("family", "bn",
  "বাবু তুমি কোরিয়ায় ঠিকমতো খাওয়া দাওয়া করো তো? সাজাংনিম কি এখনো শনিবারেও কাজ করায়? ঈদে ছুটি দিবে? তোমার জন্য আচার পাঠাইতেছি ইমনের সাথে, ও ২০ তারিখ যাবে।")
N("family", "bn-Latn",
  "bhaiya Mitu ke language center e bhorti korlam, N5 class. 15 bochor boyosh, shudhu shokh kore shikhbe anime dekhe dekhe. kono bidesh jawar plan nai re baba 😂")
N("family", "en",
  "Uncle the Probashi Kallyan Bank loan got approved, 2 lakh at 4%, they need your NID copy as guarantor. NID: 2698512347. Please come to the Kakrail branch on Sunday with the original.",
  [("bd_nid", "2698512347")])
# worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah 2 bochor holo Gifu te. kaj kothin, winter e haat joma hoye jay 🥶 kintu zangyou er taka thik moto dey, ei mash 42 ghonta zangyou, salary 2 lakh 60 hajar yen. shachou nijeo amader sathe line e kaj kore")
N("worker_content", "en",
  "honestly the Korean factory is tough, 10 hr days in summer and sajangnim yells a lot, but pay comes every 10th without fail and got my severance estimate today. moving to a better gongjang after contract, all legal via the job center")
N("worker_content", "bn",
  "কাইগো ফ্যাসিলিটিতে নাইট শিফট খুব ক্লান্তিকর, ১৬ ঘন্টার শিফট, মাঝে ২ ঘন্টা ঘুমানোর ব্রেক। মাসে ৪-৫টা, তারপর দুই দিন ছুটি, নাইট অ্যালাওয়েন্স আলাদা। জাপানি দাদিরা অনেক আদর করে 🥹")
N("worker_content", "bn-Latn",
  "amar passport ar zairyu card amar kachei thake, kumiai er lok prottek mash e eshe jiggesh kore kono problem ase naki. ei saturday sobai mile Osaka ghurte jabo 🎉")
N("worker_content", "en",
  "complaint time 😤 dorm wifi is so slow and company bus leaves 6:40 sharp. also rent went up 3,000 yen. still better than my old job in Gazipur, at least weekends are off")
N("worker_content", "bn",
  "কোরিয়ায় ফার্মে কাজ, সকাল ৬টা থেকে বিকাল ৫টা, দুপুরে ১ ঘন্টা বিরতি। সাজাংনিম মাসের শেষে বেতন দেয়, মাঝে মাঝে বাসার রান্না খাওয়ায়। শুধু গ্রামে বাস কম, শহরে যাইতে কষ্ট।")
N("worker_content", "bn-Latn",
  "bhai shachou ajke bolse next year tokutei ginou te change korte chaile help korbe, documents o ready kore dibe. TITP 3 bochor shesh, ekhon shudhu N3 ta pass korte hobe 💪")
# joke (4)
N("joke", "bn-Latn",
  "sensei amar mon ta Japan e atke ase, shorir ta Mirpur e 😂 kanji mukhosto korte korte ghum nai, eta to pura labour exploitation 🤣")
N("joke", "en",
  "my mom has officially confiscated my passport until i pass N4 😭 'no Japan until kanji' she says. send help")
N("joke", "bn",
  "বউ বলছে কোরিয়া গেলে প্রতি মাসে পুরা বেতন বিকাশে পাঠাইতে হবে, নাইলে ফোন বন্ধ 😂 বিদেশ যাওয়ার আগেই দাসত্ব শুরু")
N("joke", "bn-Latn",
  "Japanese teacher: 'zangyou mane overtime.' amra: 'sensei apnar class to already 3 ghonta zangyou' 😭😭")
# chatter (5)
N("chatter", "bn-Latn",
  "keu ki jano Korea EPS er skill test er date dise? ami TOPIK e 156 paisi, line e asi naki bujhtesi na")
N("chatter", "en",
  "does anyone have Irodori A2 pdf? also which agency did u use for COE, mine gave a printed cost breakdown and all payment by bank, 1.3 lakh incl ticket for SSW. is that normal? their RL no. is on the BMET site")
N("chatter", "bn",
  "কাল মেয়েদের ব্যাচ আর ছেলেদের ব্যাচ একসাথে ক্লাস, সেনসেই ছুটিতে। কাইওয়া প্র্যাকটিস হবে, সবাই নিজের মেইশি (বিজনেস কার্ড) বানায়া আনবা।")
N("chatter", "bn-Latn",
  "Instagram e @nihongo_with_tanvir follow koro, or reel gula te keigo khub shohoj kore bujhay",
  [("instagram", "@nihongo_with_tanvir")])
N("chatter", "en",
  "Telegram group for EPS-TOPIK past papers: @eps_topik_bd_practice - no promotions, no agents, only study material. admin will ban anyone selling 'jobs'.",
  [("telegram", "@eps_topik_bd_practice")])

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "Class cancelled today due to hartal, see you Thursday 🙏", hard=False)
N("chatter", "bn", "আজকে হিরাগানা টেস্টের রেজাল্ট দিবে, সবাই ৪টার মধ্যে চলে আসবা।", hard=False)
N("family", "bn-Latn", "ammu ami raate khabo na, friend der sathe biryani khaite jaitesi", hard=False)
N("joke", "en", "why did the kanji go to therapy? too many strokes 😂", hard=False)
N("chatter", "bn-Latn", "ohayou gozaimasu minna san! aaj brishti, chhata niye asho ☔", hard=False)
N("news", "en", "Cherry blossom forecast: Tokyo expects full bloom around March 27 this year.", hard=False)
N("family", "bn", "দাদুর শরীর এখন ভালো, চিন্তা করিস না। ঈদে বাড়ি আসবি?", hard=False)
N("chatter", "en", "anyone up for futsal friday after the N5 class?", hard=False)
N("chatter", "bn-Latn", "Crash Landing on You abar dekhtesi, ei bar subtitle chara 😎", hard=False)
N("receipt", "en", "Payment of Tk 350.00 to Foodpanda successful. TrxID AK92LDM3Q8. Balance Tk 2,118.00",
  [("mfs_transaction", "AK92LDM3Q8")], hard=False)
N("official", "bn", "ভাষা কেন্দ্র শুক্রবার বন্ধ থাকবে। শনিবার থেকে নতুন রুটিন অনুযায়ী ক্লাস হবে।", hard=False)
N("worker_content", "en", "first snow in Hokkaido today!! ❄️ so beautiful, making a snowman after shift", hard=False)


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
    random.Random(102).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev102-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
