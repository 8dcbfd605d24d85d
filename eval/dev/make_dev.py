"""Writes ``dev.jsonl``: a second development set, written by hand for issue 15 after the first
figures, to tune against something other than the frames of ``eval/corpus``.

Run from the repository root: ``python eval/dev/make_dev.py``. Every line below is one message,
written once (no slots, no copies with openers), in the way a recruiter, a worker, a relative, a
news desk, an NGO, a licensed agency, a friend or a mobile-money service writes in a Bangladeshi
chat: Bengali script, romanised Bengali with its free spelling, English, and mixes. They were
written from the indicator evidence base (shared/research/indicators.md: ILO forced-labour
indicators, UNODC lists, the Bangladesh vocabulary of its section 2), not from the rule packs'
examples, and labelled by what an officer should do with them: ``flag`` (look at it) or ``ok``.
A message that names a person's phone, passport or NID lists it in ``entities``.

This set is for tuning; the frozen part of ``eval/corpus`` stays the held-out check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# (text, category, script) for items to flag
POS = [
    # recruitment_deception
    ("Saudi te cleaning company te kaj, beton 1400 riyal, khawa free, kono experience lagbe na. passport er photocopy pathan", "recruitment_deception", "bn-Latn"),
    ("Urgent! 50 male workers needed for Dubai, no interview, no IELTS, visa in 10 days. Only 3.5 lakh total.", "recruitment_deception", "en"),
    ("আমার হাতে কাতারের ৫টা আজাদ ভিসা আছে, কাজ নিজের মতো করবেন, কেউ ধরবে না।", "recruitment_deception", "bn"),
    ("ami gelam hotel er waiter hisebe, ekhon amake diye murgir khamare kaj koray", "recruitment_deception", "bn-Latn"),
    ("They promised 1800 ringgit in an electronics factory. We got 900 and we are cutting palm oil in the jungle.", "recruitment_deception", "en"),
    ("ইতালি যাবেন? দুবাই হয়ে লিবিয়া, সেখান থেকে বোটে, ৮ লাখ টাকা লাগবে, ইনশাআল্লাহ ২ মাসে পৌঁছে যাবেন।", "recruitment_deception", "bn"),
    ("Romania work permit ready bro, 100% guarantee, no embassy face, all documents we make here", "recruitment_deception", "en"),
    ("vai ei visa ta ashole tourist visa, kintu okhane giye kaj pabe, company pore kagoj thik kore dibe", "recruitment_deception", "bn-Latn"),
    ("চুক্তিপত্রে লেখা ছিল ১২০০ রিয়াল, এখানে এসে নতুন কাগজে সই করিয়ে ৬০০ রিয়াল দিচ্ছে।", "recruitment_deception", "bn"),
    ("meyeder jonno Jordan e garments e kaj, beton 35 hajar, bimaner ticket free, shudhu passport niye ashben", "recruitment_deception", "bn-Latn"),
    ("Sister, beauty salon in Oman needs girls 18-25, good looking, salary high, visa and ticket free, send photo in inbox", "recruitment_deception", "en"),
    ("সরকারি কোনো ঝামেলা নাই, বিএমইটির ছাড়পত্র ছাড়াই পাঠিয়ে দিব, এয়ারপোর্টে আমার লোক আছে।", "recruitment_deception", "bn"),
    ("Online data entry job in Thailand, 1200 USD per month, free flight and hotel, just need good typing and english", "recruitment_deception", "en"),
    ("bolchilo restaurant e chef er kaj, ekhane ashar por dekhi ek shaikh er barite rakhal", "recruitment_deception", "bn-Latn"),
    ("উনি বলেছিলেন সুপারশপে চাকরি, এখন আমাকে দিয়ে রাস্তা ঝাড়ু দেওয়াচ্ছে।", "recruitment_deception", "bn"),
    ("The demand letter and the visa are both fake, the embassy said there is no such company.", "recruitment_deception", "en"),
    ("nakli visa diye pathaise, airport e dhora khaisi, ekhon jail e", "recruitment_deception", "bn-Latn"),
    ("জাল ভিসা দিয়ে পাঠিয়েছে দালাল, দুবাই এয়ারপোর্টে আটকে দিয়েছে।", "recruitment_deception", "bn"),
    # fees_and_debt
    ("Pay 1 lakh now as booking money, otherwise the seat goes to someone else. Balance 3 lakh before flight.", "fees_and_debt", "en"),
    ("ভিসা প্রসেসিংয়ের জন্য আজকের মধ্যে ৫০ হাজার টাকা জমা দিন, বাকি টাকা মেডিকেলের পর।", "fees_and_debt", "bn"),
    ("visa processing er jonno aj 70 hajar dite hobe, tarpor medical, baki taka flight er age", "fees_and_debt", "bn-Latn"),
    ("Company is cutting 300 riyal each month from my pay for the visa cost, they say I still owe 8000.", "fees_and_debt", "en"),
    ("প্রতি মাসে বেতন থেকে ৪০০ রিংগিত কেটে নেয়, বলে ভিসার খরচ উসুল করছে।", "fees_and_debt", "bn"),
    ("protimash beton theke 250 dinar kete ney, bole visa r dena shodh hoy nai", "fees_and_debt", "bn-Latn"),
    ("Amma sold her gold and we took a loan from the samity to give the dalal 6 lakh.", "fees_and_debt", "en"),
    ("এনজিও থেকে লোন নিয়ে আর গরু বেচে দালালকে সাড়ে ৫ লাখ দিয়েছি।", "fees_and_debt", "bn"),
    ("ngo theke rin niye ar jomi bondhok diye dalal ke 5 lakh dichi, ekhon kisti dite parchi na", "fees_and_debt", "bn-Latn"),
    ("Now the agent here says pay another 2000 riyal for the work permit or you go home with nothing.", "fees_and_debt", "en"),
    ("এখানে আসার পর কফিল বলছে আকামার জন্য আরো ৮০০০ রিয়াল দিতে হবে।", "fees_and_debt", "bn"),
    ("ekhane ashar por bole iqama korte aro 1.5 lakh lagbe, na dile deshe pathay dibe", "fees_and_debt", "bn-Latn"),
    ("You will work for me without salary until the ticket and visa money is returned, understood?", "fees_and_debt", "en"),
    ("টিকিট আর ভিসার টাকা না ওঠা পর্যন্ত কোনো বেতন পাবি না, কাজ করে শোধ করবি।", "fees_and_debt", "bn"),
    ("ticket ar visar taka uthe na asha porjonto kono beton nai, kaj kore shodh korbi", "fees_and_debt", "bn-Latn"),
    # isolation_and_control
    ("They lock us in the dorm after work, key stays with the supervisor.", "isolation_and_control", "en"),
    ("কাজ শেষে আমাদের রুমে তালা মেরে দেয়, চাবি সুপারভাইজারের কাছে থাকে।", "isolation_and_control", "bn"),
    ("kaj sheshe room e tala mere dey, chabi supervisor er kache", "isolation_and_control", "bn-Latn"),
    ("Madam took my passport and mobile, I only get the phone on Friday for ten minutes.", "isolation_and_control", "en"),
    ("ম্যাডাম পাসপোর্ট আর মোবাইল নিয়ে রেখেছে, শুক্রবার দশ মিনিটের জন্য ফোন দেয়।", "isolation_and_control", "bn"),
    ("madam passport ar mobile duita niye rakhse, shukrobar 10 minute er jonno phone dey", "isolation_and_control", "bn-Latn"),
    ("When your mother calls, tell her the work is good and the salary is coming. Nothing else.", "isolation_and_control", "en"),
    ("মা ফোন দিলে বলবা কাজ ভালো, বেতন পাচ্ছ। এর বাইরে একটা কথাও না।", "isolation_and_control", "bn"),
    ("ma phone dile bolbi kaj bhalo, beton pacchi. er baire ekta kothao na", "isolation_and_control", "bn-Latn"),
    ("We cannot step outside the house, the doors are always locked from outside.", "isolation_and_control", "en"),
    ("ঘর থেকে এক পা বের হতে পারি না, দরজা সবসময় বাইরে থেকে বন্ধ।", "isolation_and_control", "bn"),
    ("ghor theke ek pa ber hote pari na, dorja sobsomoy baire theke bondho", "isolation_and_control", "bn-Latn"),
    ("The company holds every worker's passport, they say it is for safety but we can never get it.", "isolation_and_control", "en"),
    ("কোম্পানি সবার পাসপোর্ট নিজের কাছে রাখে, চাইলেও দেয় না।", "isolation_and_control", "bn"),
    ("company sobar passport nijer kache rakhe, chaileo dey na", "isolation_and_control", "bn-Latn"),
    ("Don't say anything to the embassy people when they come, if they ask say you are happy.", "isolation_and_control", "en"),
    # labour_exploitation
    ("Seven months now and not one riyal of salary, when I ask they shout at me.", "labour_exploitation", "en"),
    ("সাত মাস হয়ে গেল একটা টাকাও বেতন পাইনি, চাইলে গালাগালি করে।", "labour_exploitation", "bn"),
    ("7 mash hoye gelo ek taka o beton pai nai, chaile gali dey", "labour_exploitation", "bn-Latn"),
    ("Work starts 5 in the morning and ends at midnight, seven days, no rest.", "labour_exploitation", "en"),
    ("সকাল ৫টা থেকে রাত ১২টা পর্যন্ত কাজ, সপ্তাহে সাত দিন, কোনো বিশ্রাম নাই।", "labour_exploitation", "bn"),
    ("sokal 5 ta theke rat 12 ta porjonto kaj, shaptahe 7 din, kono rest nai", "labour_exploitation", "bn-Latn"),
    ("We get only dry bread once a day and sleep twelve people in one small room.", "labour_exploitation", "en"),
    ("দিনে একবার শুকনা রুটি দেয়, এক ছোট ঘরে বারোজন ঘুমাই।", "labour_exploitation", "bn"),
    ("dine ekbar shukna ruti dey, ek choto ghore 12 jon ghumai", "labour_exploitation", "bn-Latn"),
    ("The kafeel says if I leave before the contract ends I must pay 10000 riyal.", "labour_exploitation", "en"),
    ("মালিক বলে চুক্তি শেষ হওয়ার আগে গেলে ১০ হাজার রিয়াল জরিমানা দিতে হবে, তাই যেতে পারছি না।", "labour_exploitation", "bn"),
    ("malik bole contract shesh howar age chole gele 10 hajar riyal dite hobe, tai jete parchi na", "labour_exploitation", "bn-Latn"),
    # threats_and_coercion
    ("If you try to go to the embassy I will report you absconding and you will be in jail.", "threats_and_coercion", "en"),
    ("দূতাবাসে গেলে পলাতক মামলা দিয়ে জেলে ঢুকিয়ে দিব।", "threats_and_coercion", "bn"),
    ("embassy te gele palatok mamla diye jail e dhukai dibo", "threats_and_coercion", "bn-Latn"),
    ("Yesterday the supervisor hit Rafiq with an iron rod because he was sick and did not work.", "threats_and_coercion", "en"),
    ("গতকাল সুপারভাইজার রফিককে লোহার রড দিয়ে পিটিয়েছে, অসুস্থ ছিল বলে কাজ করেনি।", "threats_and_coercion", "bn"),
    ("kal supervisor rofik ke loha r rod diye pitaise, osustho chilo bole kaj kore nai", "threats_and_coercion", "bn-Latn"),
    ("We know where your parents live in Sylhet. Think before you open your mouth.", "threats_and_coercion", "en"),
    ("তোর বাপ মা সিলেটে কোথায় থাকে আমরা জানি, মুখ খোলার আগে ভেবে দেখিস।", "threats_and_coercion", "bn"),
    ("tor baba ma sylhet e kothay thake amra jani, mukh kholar age bhebe dekhish", "threats_and_coercion", "bn-Latn"),
    ("The broker handed us to another group for 2000 dollars each, now they want money from our families.", "threats_and_coercion", "en"),
    ("দালাল আমাদের মাথাপিছু ২০০০ ডলারে আরেক দলের হাতে তুলে দিয়েছে।", "threats_and_coercion", "bn"),
    ("dalal amader matha pichu 2000 dollar e arek group er hate tule dise", "threats_and_coercion", "bn-Latn"),
    ("They are torturing my husband in Libya and sending the videos, they want 10 lakh.", "threats_and_coercion", "en"),
    ("লিবিয়ায় আমার স্বামীকে নির্যাতন করে ভিডিও পাঠাচ্ছে, ১০ লাখ টাকা চায়।", "threats_and_coercion", "bn"),
    ("libya te amar jamai ke nirjaton kore video pathacche, 10 lakh chay", "threats_and_coercion", "bn-Latn"),
    # sexual_exploitation
    ("Fresh girls from Bangladesh just arrived, genuine photos, outcall and incall, WhatsApp only.", "sexual_exploitation", "en"),
    ("বাংলাদেশি নতুন মেয়ে এসেছে, আসল ছবি, হোটেলে ও বাসায় সার্ভিস, শুধু হোয়াটসঅ্যাপে।", "sexual_exploitation", "bn"),
    ("bangladeshi notun meye ashche, real chobi, hotel o basay service, shudhu whatsapp", "sexual_exploitation", "bn-Latn"),
    ("They said spa work but we have to go with customers, the boss keeps our passports and the money.", "sexual_exploitation", "en"),
    ("স্পার কাজের কথা বলে এনে কাস্টমারের সাথে পাঠায়, টাকা সব মালিকের কাছে।", "sexual_exploitation", "bn"),
    ("spa er kaj bole ene customer er sathe pathay, taka sob maliker kache", "sexual_exploitation", "bn-Latn"),
    ("I manage six girls in the Deira flat, clients book through me, cash only.", "sexual_exploitation", "en"),
    ("ডেইরার ফ্ল্যাটে আমার ছয়টা মেয়ে, ক্লায়েন্ট আমার মাধ্যমে বুক করে।", "sexual_exploitation", "bn"),
    ("deira flat e amar 6 ta meye, client amar maddhome book kore", "sexual_exploitation", "bn-Latn"),
    # minors
    ("She is 14 but tall, we will show 19 on the passport, nobody will know.", "minors", "en"),
    ("মেয়েটার বয়স ১৪, লম্বা আছে, পাসপোর্টে ১৯ দেখাব, কেউ বুঝবে না।", "minors", "bn"),
    ("meyetar boyos 14, lomba ase, passport e 19 dekhabo, keu bujhbe na", "minors", "bn-Latn"),
    ("Need a 10-12 year old girl for a family in Dhaka, to look after a baby, they will pay the parents.", "minors", "en"),
    ("ঢাকায় এক পরিবারে বাচ্চা দেখাশোনার জন্য ১০-১২ বছরের একটা মেয়ে লাগবে, বাবা-মাকে টাকা দিবে।", "minors", "bn"),
    ("dhakay ek family te baccha dekhar jonno 10-12 bochorer ekta meye lagbe, baba ma ke taka dibe", "minors", "bn-Latn"),
    ("My son is 15, class nine, can he go to Malaysia with your group?", "minors", "en"),
    ("আমার ছেলের বয়স ১৫, ক্লাস নাইনে পড়ে, আপনার গ্রুপের সাথে মালয়েশিয়া যেতে পারবে?", "minors", "bn"),
    ("amar cheler boyos 15, class nine e pore, apnar group er sathe malaysia jete parbe?", "minors", "bn-Latn"),
    ("Make a new birth registration with 2002 as the year, then the NID, then the passport.", "minors", "en"),
    ("নতুন জন্ম নিবন্ধন বানাও ২০০২ সাল দিয়ে, তারপর এনআইডি, তারপর পাসপোর্ট।", "minors", "bn"),
    ("notun jonmo nibondhon banao 2002 sal diye, tarpor NID, tarpor passport", "minors", "bn-Latn"),
    # payments_and_proceeds
    ("Don't send to the office account. Split it, 25k to each of these four bKash numbers.", "payments_and_proceeds", "en"),
    ("অফিসের একাউন্টে দিবেন না, চারটা বিকাশ নাম্বারে ২৫ হাজার করে ভাগ করে দেন।", "payments_and_proceeds", "bn"),
    ("office account e diben na, 4 ta bkash number e 25k kore bhag kore den", "payments_and_proceeds", "bn-Latn"),
    ("Send the release money in USDT to this wallet, bank transfer not possible.", "payments_and_proceeds", "en"),
    ("ছাড়ানোর টাকা ইউএসডিটিতে এই ওয়ালেটে পাঠান, ব্যাংকে হবে না।", "payments_and_proceeds", "bn"),
    ("charanor taka USDT te ei wallet e pathan, bank e hobe na", "payments_and_proceeds", "bn-Latn"),
    ("My hundi man in Riyadh will take your riyal and your family gets taka the same day, better than bank.", "payments_and_proceeds", "en"),
    ("রিয়াদে আমার হুন্ডির লোক রিয়াল নেবে, দেশে একই দিনে টাকা পাবে, ব্যাংকের চেয়ে ভালো রেট।", "payments_and_proceeds", "bn"),
    ("riyadh e amar hundi r lok riyal nibe, deshe oi din e taka paben, bank er theke rate bhalo", "payments_and_proceeds", "bn-Latn"),
]

# (text, voice, script, hard) for items not to flag
NEG = [
    # news
    ("Seven arrested in Narayanganj for sending youths to Libya with promises of jobs in Italy, police said.", "news", "en", True),
    ("ইতালিতে চাকরির প্রলোভনে লিবিয়ায় পাঠানোর অভিযোগে নারায়ণগঞ্জে সাতজন গ্রেপ্তার।", "news", "bn", True),
    ("italy te chakrir lobh dekhiye libya te pathanor ovijoge narayanganj e 7 jon greftar", "news", "bn-Latn", True),
    ("A Bangladeshi worker in Riyadh died after his employer withheld his salary and passport for a year, his family says.", "news", "en", True),
    ("এক বছর বেতন ও পাসপোর্ট আটকে রাখার পর রিয়াদে বাংলাদেশি শ্রমিকের মৃত্যু, অভিযোগ পরিবারের।", "news", "bn", True),
    ("CID busted a digital hundi ring using 200 bKash agent numbers to move remittance money.", "news", "en", True),
    ("২০০ বিকাশ এজেন্ট নম্বর ব্যবহার করে ডিজিটাল হুন্ডি চক্রের সন্ধান পেয়েছে সিআইডি।", "news", "bn", True),
    ("BGB rescued 9 children from the border while traffickers were taking them to India.", "news", "en", True),
    ("সীমান্ত থেকে ৯ শিশুকে উদ্ধার করেছে বিজিবি, ভারতে পাচারের চেষ্টা করছিল চক্রটি।", "news", "bn", True),
    ("bgb border theke 9 ta bacchake uddhar korse, india te pachar korar chesta chilo", "news", "bn-Latn", True),
    ("Returnees from Cambodia describe scam compounds where passports were taken and workers beaten for missing targets.", "news", "en", True),
    ("কম্বোডিয়া ফেরতরা জানালেন, স্ক্যাম সেন্টারে পাসপোর্ট কেড়ে নিয়ে টার্গেট পূরণ না হলে মারধর করা হতো।", "news", "bn", True),
    # awareness
    ("Going abroad? Keep a copy of your passport and never give the original to anyone except the embassy.", "awareness", "en", True),
    ("বিদেশ যাচ্ছেন? পাসপোর্টের কপি সাথে রাখুন, আসল পাসপোর্ট দূতাবাস ছাড়া কাউকে দিবেন না।", "awareness", "bn", True),
    ("bidesh jachhen? passport er copy sathe rakhun, ashol passport embassy chara karo hate diben na", "awareness", "bn-Latn", True),
    ("No legal agency will ask you to pay by personal bKash. Ask for a money receipt every time.", "awareness", "en", True),
    ("কোনো বৈধ এজেন্সি পার্সোনাল বিকাশে টাকা চাইবে না, প্রতিবার মানি রিসিট নিন।", "awareness", "bn", True),
    ("kono boidho agency personal bkash e taka chaibe na, protibar money receipt nin", "awareness", "bn-Latn", True),
    ("Parents: children under 18 cannot be sent abroad for work. If a broker offers to change your child's age, report it.", "awareness", "en", True),
    ("অভিভাবকরা সাবধান: ১৮ বছরের কম বয়সী শিশুকে কাজে বিদেশে পাঠানো যায় না, বয়স বাড়ানোর প্রস্তাব দিলে জানান।", "awareness", "bn", True),
    ("ovibhabok ra khial rakhben, 18 bochorer kom boyosi ke kaj e bidesh pathano jay na, dalal boyos baranor kotha bolle janan", "awareness", "bn-Latn", True),
    ("Job offers in Cambodia or Myanmar for typing with high salary are often scams where people are held and forced to work. Stay safe.", "awareness", "en", True),
    ("থাইল্যান্ড বা কম্বোডিয়ায় বেশি বেতনের টাইপিং চাকরির অফার প্রায়ই প্রতারণা, সেখানে আটকে রেখে কাজ করানো হয়।", "awareness", "bn", True),
    # official / licensed agency
    ("M/S Green Line Overseas (RL-1432): Qatar hospital cleaner, 1200 QAR, food allowance, cost as per government rule, BMET registration required.", "official", "en", True),
    ("মেসার্স গ্রিন লাইন ওভারসিজ (আরএল-১৪৩২): কাতার হাসপাতাল ক্লিনার, বেতন ১২০০ রিয়াল, খরচ সরকারি নিয়মে, বিএমইটি নিবন্ধন বাধ্যতামূলক।", "official", "bn", True),
    ("BOESL: Korea EPS language test registration open, no agent, fee only through bank.", "official", "en", True),
    ("বোয়েসেল: কোরিয়া ইপিএস ভাষা পরীক্ষার নিবন্ধন চলছে, কোনো দালাল নেই, ফি শুধু ব্যাংকে।", "official", "bn", True),
    ("Green Line Overseas RL 1432: Qatar e cleaner, beton 1200 riyal, khoroch sorkari niyome, BMET registration lagbe", "official", "bn-Latn", True),
    # receipts
    ("Cash In Tk 10,000.00 from 01811223344 successful. Balance Tk 10,512.75. TrxID BHK7QW2ZP1 at 03/07/2026 14:10", "receipt", "en", True),
    ("Send Money Tk 4,500.00 to 01911334455 successful. Ref abba. Fee Tk 5.00. TrxID CJ8RT5LM9Q at 04/07/2026 20:31", "receipt", "en", True),
    ("আব্বার নাম্বারে ৮০০০ টাকা সেন্ড মানি করলাম, TrxID DK4NV7PX2A, দেখে জানায়ো", "receipt", "bn", True),
    ("vai 3000 taka bkash korlam 01722334455 e, TrxID EL5MW8QY3B", "receipt", "bn-Latn", True),
    # family, worker content, jokes, chatter
    ("Ammu, the company renewed my iqama and paid two months overtime. Don't worry about me.", "worker_content", "en", True),
    ("আম্মু, কোম্পানি ইকামা নবায়ন করে দিয়েছে, দুই মাসের ওভারটাইমও দিয়েছে। চিন্তা করো না।", "worker_content", "bn", True),
    ("ammu company iqama renew kore dise, dui mash er overtime o dise, chinta koro na", "worker_content", "bn-Latn", True),
    ("Our duty is 10 hours with one hour break, Friday holiday, food is from the company mess.", "worker_content", "en", True),
    ("ডিউটি ১০ ঘণ্টা, এক ঘণ্টা বিরতি, শুক্রবার ছুটি, খাবার কোম্পানির মেসে।", "worker_content", "bn", True),
    ("duty 10 ghonta, ek ghonta break, shukrobar chuti, khabar company mess e", "worker_content", "bn-Latn", True),
    ("Bhaiya, I kept your passport and the visa papers in the blue file on the shelf.", "family", "en", True),
    ("ভাইয়া, তোমার পাসপোর্ট আর ভিসার কাগজ তাকের নীল ফাইলে রেখেছি।", "family", "bn", True),
    ("bhaiya tomar passport ar visa r kagoj shelf er nil file e rekhe dichi", "family", "bn-Latn", True),
    ("Don't tell abbu I failed the math test, I will tell him myself after Eid.", "family", "en", True),
    ("আব্বুকে বলবি না যে অংকে ফেল করেছি, ঈদের পরে আমি নিজে বলব।", "family", "bn", True),
    ("abbu ke bolbi na je onke fail korsi, eid er pore ami nijei bolbo", "family", "bn-Latn", True),
    ("We sold the old cow for 80 thousand to pay for Rina's wedding.", "family", "en", True),
    ("রিনার বিয়ের খরচের জন্য পুরনো গরুটা ৮০ হাজারে বিক্রি করেছি।", "family", "bn", True),
    ("Mom took my phone because exams start Sunday 😭", "joke", "en", True),
    ("পরীক্ষার জন্য আম্মু ফোন নিয়ে নিয়েছে 😭 রবিবার থেকে পরীক্ষা", "joke", "bn", True),
    ("porikkhar jonno ammu phone niye nise 😭 robibar theke exam", "joke", "bn-Latn", True),
    ("The landlord locked the gate at 11 again, we slept at Sumon's place lol", "joke", "en", True),
    ("Flight landed in Kuala Lumpur, the company bus picked us up, room has AC. Alhamdulillah.", "chatter", "en", False),
    ("কুয়ালালামপুরে নেমেছি, কোম্পানির বাস নিয়ে গেছে, রুমে এসি আছে। আলহামদুলিল্লাহ।", "chatter", "bn", False),
    ("KL e namsi, company r bus niye gese, room e AC ase. alhamdulillah", "chatter", "bn-Latn", False),
    ("Cricket tonight at 8, Bangladesh vs India, come to the shop to watch.", "chatter", "en", False),
    ("আজ রাতে খেলা আছে, দোকানে চলে আসিস।", "chatter", "bn", False),
    ("aj rate khela ase, dokane chole ashish", "chatter", "bn-Latn", False),
    ("Salary 1300 riyal came on time, I sent 60 thousand home through the bank.", "worker_content", "en", True),
    ("বেতন ১৩০০ রিয়াল সময়মতো পেয়েছি, ব্যাংকে বাড়িতে ৬০ হাজার পাঠিয়েছি।", "worker_content", "bn", True),
    ("beton 1300 riyal time moto paisi, bank diye bari te 60 hajar pathaisi", "worker_content", "bn-Latn", True),
    ("Which agency did you use for Malaysia? Mine charged exactly the government rate and gave a receipt.", "worker_content", "en", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        ents = []
        for phone in ("01811223344", "01911334455", "01722334455"):
            if phone in text:
                ents.append({"type": "phone", "value": "+880" + phone[1:]})
        for trx in ("BHK7QW2ZP1", "CJ8RT5LM9Q", "DK4NV7PX2A", "EL5MW8QY3B"):
            if trx in text:
                ents.append({"type": "mfs_transaction", "value": trx})
        out.append({"id": f"dev-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": ents})
    return out


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    items = build()
    with open(here / "dev.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
