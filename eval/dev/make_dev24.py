#!/usr/bin/env python3
"""Blind evaluation set dev24 for evidtriage indicator detection (issue 15).

Written from ../shared/research/indicators.md and the TYPES listed in issue 15 only,
without sight of the rule packs or other eval sets. 120 items: 60 flag, 60 ok (45 hard).
Writes dev24.jsonl next to this script.
"""
import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("dev24.jsonl")
V = "victim_or_recruiter"


def ph(v):
    return {"type": "phone", "value": v}


def wa(v):
    return {"type": "whatsapp", "value": v}


def trx(v):
    return {"type": "mfs_transaction", "value": v}


# (text, category, script, entities)
FLAG = {
    "recruitment_deception": [
        ("bhai malaysia te factory visa ase, baton 45 hajar, thaka khawa company dibe. kono experiance lagbena. "
         "tobe visa ta asole visit visa, oikhane giye kajer permit kore dibo, tension nio na", "bn-Latn", []),
        ("আপু দুবাইতে হাসপাতালে ক্লিনারের কাজ বলছিল, এখানে আসার পর একটা বাসায় রাখছে, সারাদিন বাসার কাজ করায়। "
         "চুক্তির কাগজে যা লেখা ছিল তার কিছুই মিলে না", "bn", []),
        ("oman e je company r kotha bolsilo oita nai e. airport theke ek lok niye gese onno jaygay, bolse tomar "
         "visa free visa, nijer kaj nije khuje nite hobe", "bn-Latn", []),
        ("URGENT!! Customer service / typing job in Thailand 🇹🇭 salary 1200$ + commission, free air ticket, free "
         "hostel. Only basic english & computer. No interview. Passport must be valid 6 month. Contact "
         "wa.me/8801968254137", "en", [wa("+8801968254137")]),
        ("রোমানিয়ার ওয়ার্ক পারমিট বলে সাড়ে চার লাখ নিছে, এখন যে কাগজ দিছে এম্বাসিতে বলতেছে এটা ভুয়া। "
         "দালাল এখন ফোনই ধরে না", "bn", []),
        ("bro they said restaurant job in 5 star hotel Riyadh. im at a petrol pump in the desert now, 2 of us "
         "sleeping in a container. company name on iqama is different from my contract", "en", []),
        ("Teknaf theke trawler e Malaysia, 12-15 din lagbe. ekhon 1.5 lakh, pouchanor por baki 2 lakh. okhane "
         "giye garments e kaj er guarantee, passport lagbe na", "bn-Latn", []),
        ("কম্বোডিয়ায় অনলাইন কোম্পানিতে চাকরি, বেতন ৮০ হাজার। কাজ শুধু চ্যাট করা। টিকিট কোম্পানি দিবে, "
         "ইমিগ্রেশনে শুধু বলবা ঘুরতে যাইতেছো, কাজের কথা ভুলেও বলবা না", "bn", []),
    ],
    "fees_and_debt": [
        ("মালয়েশিয়া যাইতে ৬ লাখ লাগবে, ৩ লাখ আগে দিবেন বাকিটা ওখানে গিয়া বেতন থেকে মাসে মাসে কাইটা নিবো", "bn", []),
        ("ami ekhono 2 lakh er dena. malik bole jotodin purono taka sodh na hoy totodin beton hate pabi na, "
         "khali khabar khoros dey", "bn-Latn", []),
        ("Sir you already paid 3.5 lakh but now company is asking 1 lakh more for iqama renew and medical. If "
         "you dont send by sunday your visa will be cancel and first money not refundable", "en", []),
        ("ma jomi ta bondhok rekhe dalal re 4 lac dise. ekhon amake bolse ekhane aro 80 hajar dite hobe kaj "
         "pawar jonno, na dile ferot pathay dibe", "bn-Latn", []),
        ("তোর যাওয়ার খরচ আমরা দিসি, আগে ওইটা উসুল হবে তারপর তোর বেতন। দুই বছর কাজ কর, হিসাব মিটলে "
         "পাসপোর্ট পাবি", "bn", []),
        ("Fees breakdown: visa 2,80,000 + ticket 65,000 + medical 15,000 + smart card 'setting' 40,000. Total 4 "
         "lakh. No receipt will be given, pay cash to my man in Narayanganj", "en", []),
        ("Apnar cheler loan er kisti 18 hajar ei mashe pai nai. Saudi theke o je taka pathay sob amader kase "
         "asbe jotokkhon na 5 lakh shodh hoy", "bn-Latn", []),
        ("ছেলেটার বেতন থেকে প্রতি মাসে ৪০০ রিয়াল কাটতেছে, বলে এজেন্সির ঋণ। কত ঋণ কেউ বলে না, ২ বছর হয়ে গেল "
         "শেষ হয় না", "bn", []),
    ],
    "payments_and_proceeds": [
        ("tomar bhai amader kase ase. 3 lakh bkash koro 01829336174 personal number e, 3 bhag kore. kalker "
         "moddhe na hole r kotha hobe na", "bn-Latn", [ph("+8801829336174")]),
        ("Send the USDT (TRC20) to TPjdzg8PCJtUtNn4NUsQSptk5k799dA35e, 2000 usdt, then we release your "
         "brother from the company. Screenshot the hash here", "en",
         [{"type": "tron_address", "value": "TPjdzg8PCJtUtNn4NUsQSptk5k799dA35e"}]),
        ("টাকা সরাসরি এক নাম্বারে দিবেন না। নগদে ৫০ হাজার করে ৪টা নাম্বারে দিবেন, নাম্বার আমি ইমোতে দিতেছি। "
         "দিয়া TxnID গুলা পাঠাইয়া দিবেন, তারপর ওরে ছাড়বো", "bn", []),
        ("Bikash e 25000 pathaisi, TrxID BHK7Q2MX9A. ekhon amar meye ke chhere dibe to? ora bolse aro lagbe",
         "bn-Latn", [trx("BHK7Q2MX9A")]),
        ("hundi rate today 32.4. girls' earnings from the parlour go this route too, boss said: riyal to our guy "
         "in Jeddah, taka on bkash same day, no bank no paper. telegram @crypto_payout_bd", "en",
         [{"type": "telegram", "value": "@crypto_payout_bd"}]),
        ("ওর মুক্তির জন্য ১ লাখ ৫০ হাজার চাইছে। রকেটে দিলে হবে না বলছে, ক্যাশ নিয়া বেনাপোল বর্ডারে আসতে "
         "বলছে, পুলিশ নিয়া গেলে ছেলেরে আর পাইবেন না", "bn", []),
        ("customer er taka sob amar rocket e dibi, tui nijer kase ekta taka o rakhbi na. protti rat e hisab "
         "dibi, kom hole kal khabar bondho", "bn-Latn", []),
        ("Payment confirmed for 3 workers transfer to new sponsor, 9000 SAR. remaining 0.08 BTC to "
         "1DLTUeWUrgVk1vpanvun7X7xt8TT2BwPqM. send their passports with the driver", "en",
         [{"type": "btc_address", "value": "1DLTUeWUrgVk1vpanvun7X7xt8TT2BwPqM"}]),
    ],
    "isolation_and_control": [
        ("আম্মা আমার ফোনটা মালিক নিয়া রাখছে, সপ্তাহে একবার ৫ মিনিট কথা বলতে দেয়। এইটা পাশের বাসার মেয়ের "
         "ফোন থেকে লিখতেছি, রিপ্লাই দিও না", "bn", []),
        ("bair hoite dey na, gate e tala, ekjon guard sob somoy bose thake. janala o bondho. 4 mash hoye gelo "
         "rasta dekhi nai", "bn-Latn", []),
        ("When your family call you say everything is fine, salary is coming, job is good. If you tell them "
         "anything else we will know, we check your phone every night", "en", []),
        ("বাড়িতে বলবি গার্মেন্টসে চাকরি পাইছিস, ঢাকায় মেসে থাকিস। আসল কথা কাউরে বলবি না, তোর মা জানলে "
         "সমস্যা হবে", "bn", []),
        ("passport gula sob office e joma, amra keu bairer dokan e o jete pari na. kagoj chara ber hole police "
         "dhorbe bole voy dekhay", "bn-Latn", []),
        ("they moved us at night to another building, no windows, 40 men in one hall. They took the sim cards. "
         "Im using the supervisor phone, pls delete this msg", "en", []),
        ("পাসপোর্টগুলো কফিলের কাছে, ইকামাও বানায় নাই। রুমের বাইরে গেলেই বলে ধরা খাইলে জেল", "bn", []),
    ],
    "labour_exploitation": [
        ("sokal 6 ta theke rat 12 ta porjonto kaj, kono chuti nai. 7 mash betan dey nai, bole company loss e "
         "ase. khabar dey ek bela", "bn-Latn", []),
        ("বেতন চাইলে বলে তোর বেতন আমার কাছে জমা থাকবে, দেশে যাওয়ার সময় একবারে দিবো। ১১ মাস হইলো এক রিয়ালও "
         "হাতে পাই নাই", "bn", []),
        ("Brother the kafeel sold me to another man, a farm 300 km away. New owner says he paid for me so I "
         "work free until he gets his money back. goats, camels, 18 hours", "en", []),
        ("vai amader 12 jon ke ekta rum e rakhse, mati te ghumai. 3 mash kono salary nai. overtime er taka o "
         "dibe na bole dise", "bn-Latn", []),
        ("ইটভাটায় পুরা পরিবার কাম করে, সর্দার দাদন দিছিল ৬০ হাজার। মজুরির হিসাব দেয় না, কইলে কয় দাদন "
         "এখনো শোধ হয় নাই", "bn", []),
        ("Day 19 without a day off. Madam locks the kitchen at night, I eat what the children leave. She says "
         "my salary goes to my agent in Dhaka but agent says nothing received", "en", []),
        ("construction site e kaj koray, helmet nai, gotokal ekjon pore gese, hospital e nei nai. kaj bondho "
         "korle baton kete ney, rat e o kaj korte hoy", "bn-Latn", []),
    ],
    "threats_and_coercion": [
        ("তুই পালাইলে তোর নামে হুরুব মামলা দিবো, তারপর পুলিশ ধরে জেলে দিবে, কোনদিন দেশে যাইতে পারবি না", "bn", []),
        ("tor bon er biye samne na? thik moto kaj na korle gramer sobai janbe tui ekhane ki korish. chobi gula "
         "amar kase ase", "bn-Latn", []),
        ("Listen carefully. If you go to the embassy we will call police and tell them you stole from the "
         "house. You have no iqama. Who will believe you?", "en", []),
        ("taka ferot chaile tor baper ghore lok pathabo. dalal er sathe jhamela korish na, thana o amader",
         "bn-Latn", []),
        ("গতকাল আবার মারছে, কারেন্টের তার দিয়া। বলছে কাউকে কিছু বললে পরের বার মেরে ফেলবে", "bn", []),
        ("you signed the paper. run away and your fathers land goes to us, the stamp paper has his thumb "
         "print. think before doing anything stupid", "en", []),
        ("police e gele tui nijei dhora khabi, tor visa to asol na. chup kore kaj kor, nile deport koraye dibo, "
         "r kokhono bidesh jete parbi na", "bn-Latn", []),
        ("তোর মা-বাবার ঠিকানা আমরা জানি। মেয়ে যদি ফেরত আসতে চায়, ওর ছোট ভাইটা কিন্তু স্কুলে একা একা যায়", "bn", []),
    ],
    "minors": [
        ("মেয়েটার বয়স ১৪, জন্ম নিবন্ধন নতুন কইরা করাইয়া ২১ বানাইয়া দিমু, চেয়ারম্যান অফিসে লোক আছে। "
         "পাসপোর্টে কোনো সমস্যা হইবো না", "bn", []),
        ("amar boyosh 15, nid nai. oi bhai bolse somossa nai uni kagoj thik kore dibe, 19 likhbe. ami ki jete "
         "parbo Jordan e?", "bn-Latn", []),
        ("Have a small girl 11-12 yrs from Kurigram, can do all house work, cooking, baby care. Family poor, "
         "they want 3000 monthly sent to mother. If madam wants I bring on Friday", "en", []),
        ("ঢাকায় বাসায় কাজের জন্য ছোট মেয়ে লাগবে? আমাদের গ্রামে আছে, ৯ বছর, বাবা নাই। অগ্রিম ১০ হাজার দিলে "
         "পাঠাই দিবো", "bn", []),
        ("chotto chele 2 ta ase 12/13 boyos, hotel e thala dhobe, rat e okhanei ghumabe. beton lagbe na sudhu "
         "khaowa thaka, baba ma raji", "bn-Latn", []),
        ("need young fresh girls 16-17 for Dubai club, we arrange passport with age 22, no problem at airport. "
         "DM on telegram @gulf_talent_hunt", "en", [{"type": "telegram", "value": "@gulf_talent_hunt"}]),
        ("স্কুলের সার্টিফিকেটে বয়স ১৬, তাই নতুন এনআইডি বানাইতে হইবো। ৫ হাজার টাকা লাগবো, কাউরে কইবা না যে "
         "মাইয়া ছোট", "bn", []),
    ],
    "sexual_exploitation": [
        ("Dubai te beauty parlour e kaj, sudhu sundori meye, mash e 1.5 lakh 😉 khali VIP customer er sathe "
         "'friendly' thakte hobe. imo: 01556-207348", "bn-Latn", [ph("+8801556207348")]),
        ("বলছিল হোটেলে রিসেপশনে কাজ। এখানে আনার পর প্রতি রাতে গেস্টদের রুমে পাঠায়। না গেলে খাবার দেয় না", "bn", []),
        ("New Bangladeshi & Nepali girls available, 19-21, just arrived KL. Outcall only. WhatsApp "
         "+60 11-2734 5981", "en", [ph("+601127345981")]),
        ("Spa r naam e khola, upore 6 ta meye rakhe, keu bair hoite pare na. malik bole customer na nile "
         "dena barbe", "bn-Latn", []),
        ("দুবাইয়ে ড্যান্স বারে কাজ, মেয়েদের বেতন ১ লাখ ২০ হাজার, পোশাক কোম্পানির। পাসপোর্ট আমাদের কাছে "
         "থাকবে, সেফটির জন্য। ইচ্ছা থাকলে ইনবক্স", "bn", []),
        ("Sister please understand, the 'massage centre' job is not massage. They keep us upstairs, customers "
         "come all night, the aunty takes all money. I want to go home", "en", []),
        ("meyeta ke 2 lakh e bechhe dise ekta bari te, Kolkata. border par korse Jessore diye rat e, ekhon "
         "phone o bondho", "bn-Latn", []),
    ],
}

# (text, script, voice, hard, entities)
OK = [
    # news
    ("বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে মানব পাচার: রাজধানী থেকে চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, "
     "ভুক্তভোগীদের পাসপোর্ট আটকে রেখে পরিবারের কাছে মুক্তিপণ দাবি করত চক্রটি।", "bn", "news", True, []),
    ("Cox's Bazar: Coast Guard rescues 58 people from a trawler bound for Malaysia; two brokers detained, "
     "police said. The passengers had paid Tk 1-2 lakh each, officials said.", "en", "news", True, []),
    ("BREAKING: Libya te atke thaka 31 jon Bangladeshi ke ferot ana hoyeche IOM er shohayotay. tader poribar "
     "er kache muktipon chawa hoyechilo bole jana jay. (forwarded)", "bn-Latn", "news", True, []),
    ("Court sentences recruiting agency owner to life imprisonment for trafficking 14 women to Jordan under "
     "the pretext of garment jobs, prosecutors said on Tuesday.", "en", "news", True, []),
    ("সাভারে শিশু গৃহকর্মী নির্যাতন মামলায় দম্পতির বিচার শুরু। মেয়েটির বয়স ১২, তাকে ঘরে তালাবদ্ধ রাখা হতো "
     "বলে অভিযোগ।", "bn", "news", True, []),
    ("Remittance inflow hit $2.5bn in March, highest in three years, Bangladesh Bank data shows.", "en",
     "news", False, []),
    ("পদ্মা সেতুর টোল আদায় ২ হাজার কোটি টাকা ছাড়াল", "bn", "news", False, []),
    # awareness
    ("সাবধান! কোনো দালাল বা অপরিচিত ব্যক্তির হাতে আপনার পাসপোর্ট দেবেন না। বিদেশ যাওয়ার আগে বিএমইটিতে "
     "নিবন্ধন করুন। প্রবাসী হেল্পলাইন ১৬১৩৫।", "bn", "awareness", True, []),
    ("Apnar meye ke parlour er kaj er kotha bole keu bidesh e nite chaile age jachai korun. 'Free visa' bole "
     "kichu nai. Sandehojonok hole 999 e call din.", "bn-Latn", "awareness", True, []),
    ("Red flags of online scam jobs: salary too high for simple typing work, free flights, employer keeps "
     "your passport on arrival. Never travel on a tourist visa for work. Share to save a life 🙏", "en",
     "awareness", True, []),
    ("শিশুকে কাজে নয়, স্কুলে পাঠান। ১৮ বছরের কম বয়সী কাউকে বিদেশে পাঠাতে বয়স বাড়িয়ে পাসপোর্ট করা আইনত "
     "দণ্ডনীয় অপরাধ।", "bn", "awareness", True, []),
    ("If your employer takes your phone or locks you in, it is not normal. Call the embassy labour wing "
     "+966 50 512 8733 (WhatsApp). You are not alone.", "en", "awareness", True, [ph("+966505128733")]),
    ("keu jodi bole 'kauke bolben na, family ke bolben garments e kaj' - bujhben eta pachar er lokkhon. "
     "nikotoshto thana ba NGO r sathe jogajog korun", "bn-Latn", "awareness", True, []),
    ("ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। জ্বর হলে চিকিৎসকের পরামর্শ নিন।", "bn",
     "awareness", False, []),
    # official / licensed agency
    ("M/s Al-Noor Overseas (RL-1432) | Malaysia plantation workers | Govt fixed cost Tk 78,990 only, pay at "
     "bank against money receipt. No payment to any individual. Original passport to be submitted at our "
     "office for visa processing.", "en", "official", True, []),
    ("প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: সৌদি আরবে নারী গৃহকর্মী হিসেবে যেতে কোনো অভিবাসন ব্যয় "
     "নেই। কেউ টাকা দাবি করলে অভিযোগ করুন।", "bn", "official", True, []),
    ("Assalamualaikum, visa processing er jonno passport er original ta amader Banani office e joma dite "
     "hobe, 7 working day por fingerprint. Govt fee 79000, bank e joma, money receipt deya hobe. - Sonar "
     "Bangla Recruiting (BAIRA member)", "bn-Latn", "official", True, []),
    ("Embassy of Bangladesh, Kuwait: workers whose iqama has expired may apply for amnesty until 30 June. "
     "Employers who withhold passports are liable under Kuwaiti law. Contact: labour.kuwait@mofa.gov.bd",
     "en", "official", True, [{"type": "email", "value": "labour.kuwait@mofa.gov.bd"}]),
    ("বিএমইটি স্মার্ট কার্ড সংগ্রহের জন্য পাসপোর্ট, ভিসার কপি ও প্রশিক্ষণ সনদসহ জেলা কর্মসংস্থান ও জনশক্তি "
     "অফিসে আসুন। দালালের মাধ্যমে কোনো আবেদন গ্রহণ করা হবে না।", "bn", "official", True, []),
    ("Notice: pre-departure orientation for female domestic workers (Jordan) on 14 Jan at TTC Mirpur. Bring "
     "passport and NID. Orientation is free of cost.", "en", "official", True, []),
    ("Ami Probashi: Apnar nibondhon sofol hoyeche. Application ID AP-2026-118734. Dhonnobad.", "bn-Latn",
     "official", False, []),
    ("অফিস ১৬ ডিসেম্বর বিজয় দিবস উপলক্ষে বন্ধ থাকবে।", "bn", "official", False, []),
    # worker content
    ("alhamdulillah vai, company valo, beton protimash er 28 tarikh e dey, overtime o pai. passport nijer "
     "kase rakhi, iqama o company renew kore dise", "bn-Latn", "worker_content", True, []),
    ("12 hour shift today but ok, overtime paid 1.5x. Manager good man. Sending 40,000 home this month "
     "inshallah", "en", "worker_content", True, []),
    ("আম্মা চিন্তা কইরো না, মালিক খুব ভালো, ফোন সবসময় আমার কাছেই থাকে, শুক্রবার ছুটি। বেতন পাইছি, কাল "
     "বিকাশে পাঠাবো।", "bn", "worker_content", True, []),
    ("Kuwait e 3 bochor holo. prothom e dalal 4 lakh nisilo, kintu ekhon sob shodh, desh e fire nijer dokan "
     "dibo inshallah", "bn-Latn", "worker_content", True, []),
    ("Hotel job in Dubai is really good guys, housekeeping, room shared with 3 girls from Philippines, we go "
     "to the mall every Friday 😊", "en", "worker_content", True, []),
    ("সিঙ্গাপুরে শিপইয়ার্ডে কাজ, কষ্ট আছে কিন্তু বেতন ঠিক সময়ে। কোম্পানি পাসপোর্ট রাখে না, ওয়ার্ক পারমিট "
     "কার্ড আমার কাছে।", "bn", "worker_content", True, []),
    ("aj duty sesh, khub tired. kal off day, sara din ghumabo 😴", "bn-Latn", "worker_content", False, []),
    # receipts
    ("You have received Tk 15,000.00 from 01719448203. Fee Tk 0.00. Balance Tk 16,240.50. TrxID CFK82LQ7PZ "
     "at 12/11/2026 19:42", "en", "receipt", True, [ph("+8801719448203"), trx("CFK82LQ7PZ")]),
    ("Money Received. Amount: Tk 5000.00 Sender: 01845920316 Ref: N/A TxnID: 7HX3K9QD Balance: Tk 5102.75 "
     "12/11/2026 08:15", "en", "receipt", True, [ph("+8801845920316"), trx("7HX3K9QD")]),
    ("আপনি ৳ ২,০০০.০০ সেন্ড মানি করেছেন ০১৯১২৬৭৪০৩৮ নম্বরে। ফি ৳ ০.০০। ব্যালেন্স ৳ ৩৪৫.২০। TrxID DGT4M1Z8RW "
     "১৯/১১/২০২৬ ১০:২২", "bn", "receipt", True, [ph("+8801912674038"), trx("DGT4M1Z8RW")]),
    ("Cash-In from A/C: ***8823 Tk 30,000.00 Fee: Tk 0.00 Balance: Tk 30,412.00 TxnId: 4829173650 Date: "
     "21-11-2026 17:05", "en", "receipt", True, [trx("4829173650")]),
    ("bhaia taka pathaisi, bkash TrxID AJN6Y0P3KS. ma er osudh er jonno 3000 r baki ta kistir", "bn-Latn",
     "receipt", True, [trx("AJN6Y0P3KS")]),
    ("Western Union: SAR 1,500.00 sent to MD RAFIQUL ISLAM, Bangladesh. MTCN 584 219 7730. Thank you.",
     "en", "receipt", True, []),
    ("Your Grameenphone recharge of Tk 50 is successful. Validity 30 days.", "en", "receipt", False, []),
    # jokes
    ("bou amar passport ta lukay rakhse jate bondhuder sathe Cox's Bazar jete na pari 😂😂 eta ki manob "
     "pachar er moddhe pore?", "bn-Latn", "joke", True, []),
    ("আমার বস আমাকে অফিসে আটকে রাখে রাত ৮টা পর্যন্ত, বেতনও বাড়ায় না, এইটাই আধুনিক দাসপ্রথা 😭😂", "bn",
     "joke", True, []),
    ("My mom took my phone until exams are over. Send help, I am being held hostage 😂", "en", "joke", True, []),
    ("dalal bhai bolse Canada pathabe 2 din e, shudhu ekta chhagol dilei hobe 🐐😂", "bn-Latn", "joke", True, []),
    ("শ্বশুরবাড়িতে গেলে ফোন কেড়ে নেয়, বাইরে যাইতে দেয় না, খালি খাওয়ায় 🤣 এইটাই আসল বন্দিশালা", "bn", "joke",
     True, []),
    ("Why did the tomato turn red? Because it saw the salad dressing 😂", "en", "joke", False, []),
    ("aj biryani na khele jibon brittha 🤣", "bn-Latn", "joke", False, []),
    # chatter
    ("+971 55 318 4426 is my new Dubai number, save it. old one closed", "en", "chatter", True,
     [ph("+971553184426")]),
    ("Saudi te amar chachato bhai 1800 riyal beton pay, driver er kaj. or company te loker dorkar, number "
     "dilam kotha bol: +966 53 702 1184", "bn-Latn", "chatter", True, [ph("+966537021184")]),
    ("মালয়েশিয়ার কলিং ভিসা খুলছে শুনলাম, সরকারিভাবে যাইতে কত লাগে কেউ জানেন? দালাল ধরতে চাই না।", "bn",
     "chatter", True, []),
    ("bro which agency is good for Japan TITP? heard fee is around 3 lakh with language course, is that "
     "normal?", "en", "chatter", True, []),
    ("Parlour e aj facial korlam 1500 taka, tarpor hotel er buffet e dinner. birthday treat 🎂", "bn-Latn",
     "chatter", True, []),
    ("ভাই আমার ইনস্টা @rafi.vlogs ফলো দিস, মালয়েশিয়া ট্রিপের ভিডিও দিছি", "bn", "chatter", True,
     [{"type": "instagram", "value": "@rafi.vlogs"}]),
    ("kal khela dekhbi? BD vs India, 7 tay start", "bn-Latn", "chatter", False, []),
    ("Meeting moved to 3pm, bring the laptop", "en", "chatter", False, []),
    ("বৃষ্টি হইতেছে, ছাতা নিয়া বের হইস", "bn", "chatter", False, []),
    # family
    ("তোমার পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, ভিসা আসলে নিয়ে নিও। আব্বা বলছে হজ্বের টাকা ব্যাংকে জমা দিবে।",
     "bn", "family", True, []),
    ("abbu ke bolo amar beton ei mashe 5 tarikh e asbe, tarpor 20 hajar pathabo. kisti ta ektu opekkha "
     "korte bolo", "bn-Latn", "family", True, []),
    ("Ammu don't give my passport to anyone who says they can get a visa faster, ok? I will come in December "
     "and do it myself.", "en", "family", True, []),
    ("chotobon er boyos 16 holo aj! 🎂 happy birthday putul, ekdin tui o doctor hobi", "bn-Latn", "family",
     True, []),
    ("মামা দুবাই থেকে বলল ওনার কোম্পানিতে লোক নিবে, সব কাগজ অফিসিয়াল, বিএমইটি দিয়া। টাকা ব্যাংকে দিতে হবে। "
     "তুই চাইলে কথা বলিস।", "bn", "family", True, []),
    ("Dinner at Nanu's house tonight, don't be late", "en", "family", False, []),
    ("ammu ami pouchaisi, hostel e. pore call dibo", "bn-Latn", "family", False, []),
    ("আব্বুর ওষুধ শেষ, আসার সময় নিয়া আইসো", "bn", "family", False, []),
]


def main():
    items = []
    for cat, rows in FLAG.items():
        for text, script, ents in rows:
            items.append({"text": text, "label": "flag", "category": cat, "script": script,
                          "voice": V, "hard": False, "entities": ents})
    for text, script, voice, hard, ents in OK:
        items.append({"text": text, "label": "ok", "category": None, "script": script,
                      "voice": voice, "hard": hard, "entities": ents})
    random.Random(24).shuffle(items)
    keys = ["id", "text", "label", "category", "script", "voice", "hard", "entities"]
    with OUT.open("w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            it["id"] = f"dev24-{i:04d}"
            f.write(json.dumps({k: it[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items to {OUT}")


if __name__ == "__main__":
    main()
