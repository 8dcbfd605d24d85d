#!/usr/bin/env python3
"""voice5: 120 innocent hard negatives (all label "ok"), written on 2026-12-06 by a blind writer who never
read the rules, the other sets or the code; persona: a young woman in Narsingdi and Gazipur whose family
WhatsApp and Messenger groups span a brother in Kuwait, cousins in the garment factories, an uncle who runs
a small licensed travel agency, a teenage sister on TikTok, and a neighbourhood of Tangail and Mymensingh
dialect speakers; plus her own chats with friends, garment coworkers and a mobile-money agent.
Voices: family 45, worker_content 25, chatter 20, joke 15, awareness 15. Run from the repository root.
Written at the start of round 11 of issue 15 as a set to read: the helpers read its misses
and false alarms while tuning (docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/voice5.jsonl"
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


ITEMS = []


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ family (45: 15 bn, 15 bn-Latn, 15 en)
# ---- bn
N("family", "bn", "রাকিবের নতুন পাসপোর্টটা আইছে আজকে। আমি আলমারির ভিতরের ড্রয়ারে তালা দিয়া রাখছি, ও তো এখন কোনখানে যাইতেছে না, পোলাপাইনের হাতে থাকলে হারাইবো। দরকার হইলে চাবি আমার কাছে চাইবি।")
N("family", "bn", "আপা, আম্মারে একটু বুঝায়া কইয়েন, ভিসার জন্য ব্র্যাক থেকে যে লোনটা নিছিলাম ওইটার এই মাসের কিস্তি আমি সময়মতো পাঠাইতে পারুম না। কোম্পানি এইবার বেতন ৫ দিন দেরিতে দিবো, নোটিশ দিছে। আপনি এই মাসেরটা দিয়া দেন, সামনের মাসে আপনারটাসহ দুইটা একলগে পাঠামু ইনশাআল্লাহ।")
N("family", "bn", "নাসরিনের বিয়ার কথা পাকা হইলো আলহামদুলিল্লাহ। ছেলে টঙ্গীতে একটা ব্যাংকে চাকরি করে। নাসরিন নিজে দুইবার কথা বইলা তারপর হ্যাঁ কইছে, আমরা কেউ জোর করি নাই। ওর বয়স এখন ২৩, মাস্টার্স শেষ হইলে ডিসেম্বরে অনুষ্ঠান।")
N("family", "bn", "মিমের স্কুলে ভর্তির ফর্মে বয়স লিখতে হবে জন্মনিবন্ধন দেইখা। ওর এখন ৫ বছর ১১ মাস, হেডস্যার কইছে জানুয়ারিতে ৬ পুরা হইলেই ক্লাস ওয়ানে নিবে। কেউ জন্মনিবন্ধনের কপিটা গ্রুপে দেন তো।")
N("family", "bn", "মামার অফিস থেকে জানাইলাম: আজকে তিনজনের উমরাহর ভিসা আর টিকিট রেডি। সবাইরে টাকার মানি রিসিট দেওয়া হইছে। যারা ক্যাশে টাকা দিছেন রিসিট হারাইবেন না, আর পাসপোর্ট যার যার নিজের কাছে রাখবেন।")
N("family", "bn", "তোর ভাই দুইদিন ফোন ধরে নাই, আমার তো জান শুকায়া গেছিল। পরে বুঝলাম ওর ডিউটি রাতে বদলাইছে, দিনে ঘুমায়। আজকে ভিডিও কল দিছে, রুম দেখাইলো, চারজন থাকে, এসি আছে। তোরা চিন্তা করিস না।")
N("family", "bn", "ছোট খালা ফোনে কইলো লাবণীরে একলা ঢাকায় হোস্টেলে দিতে ডর লাগে। পরে যখন শুনলো রাত ১০টায় হোস্টেলের গেটে তালা পড়ে আর গার্ড থাকে, তখন একটু শান্তি পাইছে। মেয়েটা নিজেই পড়তে যাইতে চায়।")
N("family", "bn", "আব্বা কইছে জমি বন্ধক দেওয়া লাগবো না। কৃষি ব্যাংকের লোন পাস হইছে, সাজুর জাপান যাওয়ার খরচ সরকারি টিটিসির হিসাব মতোই, ভাষার পরীক্ষাও পাস করছে। কারো হাতে নগদ টাকা দেওয়ার দরকার নাই।")
N("family", "bn", "রুমানা তুই টিকটকে লাইভে অচেনা লোকের কমেন্টের উত্তর দিবি না। কেউ যদি কয় দুবাইতে মডেলিং বা নাচের কাজ দিবো, সোজা ব্লক। আর এমন কিছু আসলে আমারে স্ক্রিনশট দিবি, বকুম না, কথা দিলাম।")
N("family", "bn", "আম্মা, আমার আকামা নবায়ন হইছে, ফি কোম্পানি দিছে, আমার কাছ থেকে একটা টাকাও কাটে নাই। পাসপোর্টও আমার কাছেই। ঈদের পরে ছুটির দরখাস্ত দিমু, টিকিট কোম্পানির।")
N("family", "bn", "ভয়েস মেসেজ (নানু): ও নাতিন, হুনো, তোমার বাপে কইছে মতলেবের পোলার লগে তোমার কথা আগাইবো। আমি কইছি আগে তুমি দেইখা লও, তোমার মন না চাইলে কেউ তোমারে দিবো না। পড়ালেখা শেষ কইরা লও আগে।")
N("family", "bn", "আম্মা ব্যাংকে ৩৫,০০০ টাকা পাঠাইছি, ওয়েস্টার্ন ইউনিয়নে না, সরাসরি একাউন্টে। ১৫ হাজার ছোটটার কলেজ ভর্তি, বাকি সংসারের। হুন্ডিতে পাঠাই নাই, আড়াই পার্সেন্ট প্রণোদনা পাইবেন, মেসেজ আসলে আমারে জানাইয়েন।")
N("family", "bn", "মামা গ্রুপে লিখছেন: আমার এজেন্সির লাইসেন্স নবায়ন হইছে। কেউ যদি আমার নাম কইয়া বিদেশ পাঠানোর জন্য টাকা চায়, দিবা না, আগে আমারে ফোন দিবা ০১৭১১-৪৫২৩৮৯ নাম্বারে। আমার অফিস ছাড়া আমি কোনো লেনদেন করি না।", [("phone", "+8801711452389")])
N("family", "bn", "ছোটটা স্কুল ছুটির দিনে মামার ওষুধের দোকানে বিকালে দুই ঘণ্টা বসে, আম্মা কইছে পড়ার ক্ষতি হইলে বন্ধ। ওর বয়স ১৪, নিজের হাতখরচ নিজে কামাইতে চায়, মামা মাসে এক হাজার দেয়।")
N("family", "bn", "শিলা কাল সকালে গাজীপুরে ফ্যাক্টরিতে জয়েন করতেছে। প্রথম দুই সপ্তাহ আমার বাসায় থাকবো, পরে ওর কলিগদের সাথে মেসে উঠবো। আম্মা ওর সার্টিফিকেট আর এনআইডির কপি ফাইলে ভইরা দিছে।")
# ---- bn-Latn
N("family", "bn-Latn", "Apu bhaiya call dise Kuwait theke, bollo passport ta jawazat e jama dite hoise iqama renew er jonno, token disi, 3 din por nije giye ferot anbe. Tension koiro na, ami receipt er chobi chaisi")
N("family", "bn-Latn", "Ammu tumi amar bkash e 2000 pathaiyo na plz, ami salary paisi. OT er taka o disi, ei mashe 26 ghonta OT chilo, shob hisab mile gese 😊 tumi tomar oshudh kino")
N("family", "bn-Latn", "Khalamoni Sumi r biye te ashben to? Meye nijei chele ke pochondo korse, duijon eki university te porto. Dujon er e boyosh 25+. Kabin 5 lakh thik hoise, ei niye keu abar jhamela koiren na pls 🙏")
N("family", "bn-Latn", "Mama bollo tar agency theke Malaysia gele sarkari rate e 79 hajar, ar shob taka office e dite hobe, pakka receipt dibe. Baire kono dalal ke ek taka o dite hobe na. Tai Rasel bhai ke bolo mama r shathe kotha bolte")
N("family", "bn-Latn", "Apu amar selai machine er kistir taka ta ei shoptahe dite parbo na, porer shoptahe 2 ta ekshathe dibo. Asha r apa ke ektu bole diyo, uni bhalo manush, bujhbe")
N("family", "bn-Latn", "Choto ta ke amra school e bhorti korbo, birth certificate e boyosh 5 bochor 11 mash. Headmaster sir bolse jan e 6 hoye jabe, kono somossa nai. Tika card o lagbe, ammu khuje pacche na 😅")
N("family", "bn-Latn", "Abbu ghor e tala diye bazar e gese, chabi pasher basar bhabi r kache rakhse. Tui aage aisha porle oikhan theke niye nish. Ami factory te, 8 tay firbo")
N("family", "bn-Latn", "Rumi tui raat 12 tar por TikTok live korish na, abbu dekhle phone niye nibe. Ar kono 'uncle' inbox e 'job offer' dile amake age screenshot pathabi ok? Ami bokbo na")
N("family", "bn-Latn", "Nana r jomi ta bikri korte hobe na. Bhaiya nijei bollo visa r loan amra 2 bochor e shodh kore dibo, already 1 lakh 20 hajar shodh hoise alhamdulillah. Ar 80 baki")
N("family", "bn-Latn", "Lipi r shoshur bari theke bolse biyer por o o job continue korte parbe, Konabari te garments e QC supervisor. Lipi khub khushi, or nijer income thakbe. Ammu o ebar rajii")
N("family", "bn-Latn", "Chachi amar passport er photocopy ta whatsapp e diben? Ami Ami Probashi app e BMET registration korbo. Original ta apnar almari tei thakuk, ami Dhaka te harai felbo")
N("family", "bn-Latn", "Voice note transcript: hello ammu, shuno, ajke shukrobar, amader chhuti. Company gari diye Souq e nia gese, ami ar Rafiq bhai ghurlam. Ekta Bangali hotel pailam, bhat ilish khaisi 😄 tumi oshudh thik moto khaio. Rakhi ekhon")
N("family", "bn-Latn", "Phupi bar bar bolen Sadia r biye dao, ami clear bolsi or ekhono 18 hoy nai, HSC dibe. Biye or nijer moto hobe pore. Kazi o 18 er niche kabin pore na, eta jene rakhen")
N("family", "bn-Latn", "Bhai tor room e 8 jon thake naki? ammu tension e ghumay na 😑 -- Na re, prothom mash e 8 jon chilam, ekhon company notun building dise, 4 jon, AC, kitchen alada. Chobi dilam dekh")
N("family", "bn-Latn", "Mamu apnar office er WhatsApp ta den to, Shapla Saudi te hospital e nurse hoye jabe, DataFlow verification holo. Ami bolsi age apnar kache kagoj gula verify korate. -- wa.me/8801711452389 eta te message dio", [("whatsapp", "+8801711452389")])
# ---- en
N("family", "en", "Bhaiya sent 40k today through the bank, not hundi. Ammu pls keep the receipt safe, he needs the remittance slips for his tax certificate next year.")
N("family", "en", "Uncle's agency licence copy is framed on the office wall, and he tells every client the same thing: keep your passport with YOU, give us only photocopies until the embassy date.")
N("family", "en", "Apu when is Mitu's wedding?? She told me she picked the guy herself lol, they met at her office. Both 26, so aunty can't say anything this time 😂")
N("family", "en", "Ammu says Riya can't go on the Sreemangal school trip unless I go too. She's 16, the class teacher is going, but still no 🙄 I have to take leave now.")
N("family", "en", "Bhaiya on the family group: changed to night shift this week, 12 hrs but 4 of that is overtime and they pay it separately. Will video call Friday after jummah.")
N("family", "en", "Don't send Tania's passport by courier, I'll pick it up myself on Thursday. She should keep it with her until the visa interview, not with the agent.")
N("family", "en", "Nanu asked why Rakib has 'disappeared' for 3 days - he's fine, his phone fell into the bucket 🙄 new phone on Friday, he's calling from his roommate's number.")
N("family", "en", "Reminder family group: whoever borrowed from Chacha for Sakib's visa, the last instalment is due on the 30th. He's not taking any interest, just don't forget pls.")
N("family", "en", "Mama read Bhaiya's contract before he signed: return ticket paid by the company, 30 days paid leave each year, salary in his own bank account. No deductions except the ones written.")
N("family", "en", "Riya's TikTok crossed 12k 😳 some random guy commented 'come to Dubai I'll make you a star'. She blocked him and showed me straight away. Proud of her tbh.")
N("family", "en", "Abbu locked the front gate because of the stray dogs, key is under the tulsi pot. Don't call him, he's sleeping after night duty.")
N("family", "en", "Bhaiya's Kuwait number changed, new one is +965 6554 2187. Save it and delete the old one, the old SIM was in the company's name.", [("phone", "+96565542187")])
N("family", "en", "Riya's SSC board registration form wants her birth registration number, and the school says the age must match the BRN exactly, no changes later. She's 15, DOB is fine, just need the original from Ammu's file.")
N("family", "en", "Ammu don't stress about the loan. I'll pay 5,000 a month from my salary, the NGO apa gave me the card with the full schedule. 7 more months.")
N("family", "en", "Bhaiya finally got a bank card from the company, salary goes straight into his own account now instead of cash from the foreman. He's sending a screenshot so you can all stop asking him every day 😂")

# ================================================================ worker_content (25: 9 bn, 8 bn-Latn, 8 en)
# ---- bn
N("worker_content", "bn", "আজকে লাইনে টার্গেট ছিল ঘণ্টায় ১২০ পিস, সারাদিন দাঁড়ায়া পা ব্যথা। তবে ওটি ২ ঘণ্টা, রেট মতো পাইছি, পে-স্লিপে লেখা আছে। কালকে জেনারেল শিফট।")
N("worker_content", "bn", "সুপারভাইজার কইলো শুক্রবারেও আসা লাগবো শিপমেন্টের জন্য। ডাবল রেট দিবো আর সামনের সপ্তাহে একদিন বদলি ছুটি। যার আসতে সমস্যা সে আজকেই নাম কাটায়া যাইতে পারবো, কেউ জোর করবে না।")
N("worker_content", "bn", "এইচআর আপা সবার পুরান আইডি কার্ড জমা নিছে, নতুন স্মার্ট কার্ড দিবো সোমবার। পুরানটা ফেরত না দিলে নতুনটা দেয় না, তাই জমা দিছি। গেটে এই কয়দিন হাজিরা খাতায় সই।")
N("worker_content", "bn", "এই মাসে বেতন ৭ তারিখে না দিয়া ১০ তারিখে দিবো, নোটিশ বোর্ডে লাগাইছে। ব্যাংকের সার্ভার নাকি বন্ধ। ১০ তারিখেও না দিলে সবাই মিলে এইচআরে যামু।")
N("worker_content", "bn", "গেট পাস ছাড়া দুপুরে বাইরে যাইতে দেয় না, সিকিউরিটি খুব কড়া। তবে ভিতরেই ক্যান্টিন আছে, আর জরুরি দরকার হইলে লাইন চিফ সাথে সাথে পাস লেইখা দেয়।")
N("worker_content", "bn", "নতুন মেয়েটার বয়স নিয়া আজকে অডিটর জিগাইলো। ওর এনআইডি দেখাইলো, বয়স ১৯। এখন কমপ্লায়েন্স এত কড়া যে ১৮ এর নিচে কাউরে গেটের ভিতরেই ঢুকতে দেয় না।")
N("worker_content", "bn", "মাতৃত্বকালীন ছুটির টাকা পাইছি দুই কিস্তিতে, পুরা ১৬ সপ্তাহের। লাইনের কেউ কেউ কইছিল কোম্পানি দিবো না, ওইসব ফালতু কথা। কার্ডে সব লেখা থাকে।")
N("worker_content", "bn", "লাইনম্যান আগে খুব ধমকাইতো, গালি দিতো। গত মাসে কমপ্লেইন বক্সে লিখছিলাম নাম ছাড়া, ওয়েলফেয়ার অফিসার আইসা মিটিং করছে, এখন ভদ্র হইছে।")
N("worker_content", "bn", "মেয়েদের হোস্টেলে রাত ১০টার পর মেইন গেট বন্ধ থাকে। কারো হাসপাতাল বা জরুরি কিছু হইলে ওয়ার্ডেন খালারে ফোন দিলে খুলে দেয়, রেজিস্টারে লেইখা বাইর হওয়া যায়।")
# ---- bn-Latn
N("worker_content", "bn-Latn", "Ajke 3 ghonta OT korlam, payslip e dekhlam OT 3 ghontar rate e e disse. Payroll thik ache, tension nai. Kal shokal 8 tay abar duty 😪")
N("worker_content", "bn-Latn", "Boss bolse eid bonus er age chakri chere dile bonus pabi na. Eta to company rule, 1 bochor na hole bonus nai. Ami ar 2 mash thakbo tarpor Savar er factory te join")
N("worker_content", "bn-Latn", "Amar ID card ta harai gese, HR bolse notun card er jonno 200 taka salary theke kete nibe. Kharap laglo but bhul to amar e, card ta pocket theke pore gesilo")
N("worker_content", "bn-Latn", "Factory r bus e amader tule niye jay ar basar moor e namay dey, raat 10 tay shift shesh. Keu atke rakhe na, just shipment er shomoy ektu beshi kaj")
N("worker_content", "bn-Latn", "Ekhon theke floor e dhukar age shobar phone locker e rakhte hobe, buyer audit er rule. Lunch break e phone nite parbo, ar emergency hole supervisor er phone theke call")
N("worker_content", "bn-Latn", "Sewing er notun operator ra 3 mash training e thake, tokhon salary ektu kom. Training shesh hole grade 5 e jabe, appointment letter e likha ase, ami nije porsi")
N("worker_content", "bn-Latn", "Ajke 11 tay chhuti dilo, kal shipment shesh. Dariye thakte thakte pa fule gese 😩 kintu OT er taka to paisi, bachar kapor kinbo")
N("worker_content", "bn-Latn", "Salary advance nisilam 3000, ei mashe kete nise. Kono interest nai, shudhu HR er khata te likha chilo. Ekhon ar kono dena nai alhamdulillah")
# ---- en
N("worker_content", "en", "Got my payslip: basic 8,300, OT 52 hrs paid at the proper rate, attendance bonus 700. First time the OT matches my own count exactly.")
N("worker_content", "en", "Bhaiya from Kuwait: camp boss collected everyone's passports this morning for the visa renewal at the ministry, gave each of us a signed list with passport numbers. Mine is back already, others get theirs on Thursday.")
N("worker_content", "en", "Night shift this week, 8pm to 6am. But Thursday off and a 1,500 shift allowance, so not complaining much. Sleeping all day though 😴")
N("worker_content", "en", "Floor in-charge shouted 'nobody leaves until the target is done' and everyone panicked, then he laughed and said it's 4:55, shift ends at 5 anyway 😂")
N("worker_content", "en", "They cut 2 days from my salary for last month's absence. My fault, I never submitted the doctor's slip. HR said if I bring it now they'll adjust next month.")
N("worker_content", "en", "New rule: no mobile phones on the production floor, they go in the lockers at the gate. Honestly fair, half the line was on TikTok during work 😂")
N("worker_content", "en", "HR turned away a girl at the gate today because she couldn't show an NID or birth certificate proving she's 18. She cried, but the factory really can't hire anyone underage now.")
N("worker_content", "en", "Salary is late by 3 days this month, management sent everyone an SMS apologising. Payment through bKash on the 10th, they said the bank transfer failed.")

# ================================================================ chatter (20: 7 bn, 7 bn-Latn, 6 en)
# ---- bn
N("chatter", "bn", "আপা আপনার ক্যাশ আউট হইছে ৫০০০ টাকা। TrxID: BK7H2M9QXA, স্ক্রিনশট রাইখা দেন। দোকানে আসলে কাগজের রিসিটও দিয়া দিমু।", [("mfs_transaction", "BK7H2M9QXA")])
N("chatter", "bn", "দোস্ত তোর বিকাশে ৩০০০ পাঠাইছি, আর্জেন্ট কইছিলি। TrxID CF81KQ2ZP0। বেতন পাইলে ফেরত দিস, তাড়া নাই, সুদ লাগবো না 😌", [("mfs_transaction", "CF81KQ2ZP0")])
N("chatter", "bn", "খালায় কইলো কাইল বিয়ানে হাটে গাইডারে বেচবার নিয়া যাইবো। ছেড়িডাও লগে যাইবার চায়, হ্যায় বাছুরডারে বড় আদর করে, কান্দাকাটি লাগাইছে 😢")
N("chatter", "bn", "আমগর পাড়ার রুবিনা কোরিয়া গেছে গা, সরকারের ইপিএস দিয়া। ভাষার পরীক্ষা দিয়া টিকছে, এক টেহাও দালালরে দেয় নাই। হের মায় মিষ্টি বিলাইতাছে।")
N("chatter", "bn", "কাল রাতে বাড়িওয়ালা নিচের গেটে তালা দিয়া দিছে, আমি ছাদে কাপড় তুলতে গিয়া আটকা পড়ছিলাম এক ঘণ্টা 😭 পরে পাশের ভাবী আইসা চাবি আনলো।")
N("chatter", "bn", "আম্মুর মেডিকেল ভিসার ফর্মটা একটু পূরণ কইরা দিস। পাসপোর্ট নম্বর EB0457312, মেয়াদ ২০৩১ পর্যন্ত। ভেলোরে অ্যাপয়েন্টমেন্ট পাইছি, তারিখ পরে জানামু।", [("bd_passport", "EB0457312")])
N("chatter", "bn", "ভাই আমার নগদ একাউন্ট খুলে দিবেন? মোবাইলে অ্যাপ দিয়া হইতেছে না। এনআইডি নং: ৮২৫৪১৯৩৬০৭, ছবিও তুলে দিলাম। বিকালে দোকানে আসতেছি।", [("bd_nid", "8254193607")])
# ---- bn-Latn
N("chatter", "bn-Latn", "Dost tor jonno ekta job ase Gazipur e, knitting section e, salary 12500 + OT. Kono taka lagbe na, direct HR e CV diye interview dibi. Ami refer kore dibo")
N("chatter", "bn-Latn", "Apu apnar nagad e cash in hoise 2000 taka. TxnID: 7NQ4K2LP. Kal shokal 9 tay dokan khola, kono shomossa hole chole ashben", [("mfs_transaction", "7NQ4K2LP")])
N("chatter", "bn-Latn", "Ore Shuvo tor insta te Dubai r chobi dekhlam 😍 ghurte gesili naki kaj e? @shuvo.dxb eta tor notun account? follow back de", [("instagram", "@shuvo.dxb")])
N("chatter", "bn-Latn", "Apu apnar tailor er number ta eta na? 01819-224673. Blouse er mapa diye ashbo, biye te porbo 😁", [("phone", "+8801819224673")])
N("chatter", "bn-Latn", "Amar chachato bhai 'free visa' te Saudi gesilo, kaj pay nai, 6 mash por fire ashche. Tai bolsi tui jabi to govt channel e ja, Ami Probashi te registration kor. Free visa bole kisu nai re")
N("chatter", "bn-Latn", "Kal Tangail jacchi nanu r bari. Oikhane net thake na ekdom, 2 din amake na paile bhoy paish na 😅 kidnap hoi nai, gram e achi")
N("chatter", "bn-Latn", "Tui ekhono oi cheler shathe kotha bolish? Se naki bolse tor passport banay dibe 'contact' diye? Shon, passport nijei korbi, online e fee dibi, Agargaon e finger dibi. Onno karo hate NID diyo na")
# ---- en
N("chatter", "en", "Bro I'm stuck in the office, boss locked the main door when he left and forgot I was in the back room 😂 security uncle has the key, out in 20 min")
N("chatter", "en", "Can you send me Shanta's number? I need her mehendi artist's contact too. Mine is 01912 556 480 if she asks who's texting.", [("phone", "+8801912556480")])
N("chatter", "en", "Email me the passport scan and both photos, I'll fill your Thailand honeymoon visa form tonight: nusrat.forms24@gmail.com. Don't send it to random 'visa help' pages.", [("email", "nusrat.forms24@gmail.com")])
N("chatter", "en", "The bKash agent near the bus stand is honest. SMS didn't come so he wrote the TrxID 9FJ3KD72LM on a paper slip for me and called the helpline himself.", [("mfs_transaction", "9FJ3KD72LM")])
N("chatter", "en", "My cousin runs the Telegram channel @gazipur_jobs_verified, only BGMEA factory circulars with the HR office address, no agents, no fees. Good for entry-level jobs.", [("telegram", "@gazipur_jobs_verified")])
N("chatter", "en", "She's 22, he's 27, families met twice and she said yes herself. Chill, not every arranged marriage is a Bangla natok tragedy 😂")

# ================================================================ joke (15: 5 bn, 5 bn-Latn, 5 en)
# ---- bn
N("joke", "bn", "ইন্ডিয়া জিতলে তোরে খুন কইরা ফালামু কইলাম 😤🏏 আর বাংলাদেশ হারলে আজকে রাতে কেউ আমারে ফোন দিবি না, মোবাইল বন্ধ।")
N("joke", "bn", "বিয়ার পর আব্বা আমারে শ্বশুরবাড়িতে বেইচা দিছে, দাম একটা ফ্রিজ আর দুইটা ছাগল 😂😂 এখন থালাবাসন মাজা আমার ফুলটাইম চাকরি, বেতন খালি শাশুড়ির দোয়া")
N("joke", "bn", "আম্মা ঘোষণা দিছে এইবার রেজাল্ট খারাপ হইলে আমারে ঘরে তালা মাইরা রাখবো, মোবাইল জব্দ, বাইরে যাওয়া বন্ধ 😭 জেলখানা লাইফ শুরু হইতে আর ১০ দিন")
N("joke", "bn", "বস কইছে পাসপোর্ট-ভিসা ছাড়াই আমারে দুবাই পাঠাইবো... পরে দেখি মোড়ের নতুন রেস্টুরেন্টের নাম 'দুবাই', বিরিয়ানি খাওয়াইছে 🤣")
N("joke", "bn", "ভাই তোমার বউ তোমারে কত টাকায় কিনছে? দেনমোহর শুনলাম ৫ লাখ 😆 সারাজীবন কিস্তি দিবা, ঋণ শোধ না হওয়া পর্যন্ত ছুটি নাই")
# ---- bn-Latn
N("joke", "bn-Latn", "Tor jonno ekta offer ase: mashe 1 lakh salary, kaj shudhu ghumano, thaka khawa free, passport lagbe na, experience lagbe na 😂 company r nam 'Nanu r bari Ltd'")
N("joke", "bn-Latn", "Eibar Messi penalty miss korle tore mere felbo kasam 😤⚽ ar Ronaldo fan ra group theke ber ho ekhoni")
N("joke", "bn-Latn", "Amar choto bon amake TikTok er jonno 200 taka e 'sell' kore dise tar bandhobi r kache 😭 ekhon shob video te ami background e nachi, royalty o pai na")
N("joke", "bn-Latn", "Ammu amar phone kere nise, bolse test exam er age ferot pabi na. Ami human rights commission e complain korbo 😤😂 (porte boshlam)")
N("joke", "bn-Latn", "Biyer por bhabi bhaiya ke bolse 'tumi ekhon amar property'. Shei theke bhaiya r salary shob bhabi r bkash e jay 🤣 bhaiya bolche eta debt bondage 2.0")
# ---- en
N("joke", "en", "If you spoil the ending of this K-drama I swear I'll bury you behind the pond 🔪😂 I'm on episode 14, don't you dare")
N("joke", "en", "My mother-in-law 'bought' me for one gold chain and two Tangail saris, no refunds, no exchange, terms and conditions apply 😂")
N("joke", "en", "Boss said nobody goes home until the Excel sheet balances. It's 11pm. Send help, I've been trafficked by Microsoft 😭📊")
N("joke", "en", "My sister hid my passport so I can't go to Cox's Bazar with my friends without her 😂 hostage negotiations are ongoing, ransom is one ice cream")
N("joke", "en", "Landlord: 'pay the rent or I'll sell your furniture'. Me: sell it, the sofa is older than you 😤 (paid it this morning, relax)")

# ================================================================ awareness (15: 5 bn, 5 bn-Latn, 5 en)
# ---- bn
N("awareness", "bn", "সতর্কবার্তা: বিদেশে চাকরির নামে কেউ পাসপোর্ট জমা চাইলে বা বিকাশে অগ্রিম টাকা চাইলে আগে বিএমইটির ওয়েবসাইটে রিক্রুটিং এজেন্সির লাইসেন্স যাচাই করুন। দালালের হাতে টাকা দিবেন না। ফরওয়ার্ড করুন।")
N("awareness", "bn", "ফরওয়ার্ড করা: মেয়েদের বিউটি পার্লার বা হাসপাতালে 'ভালো বেতনের চাকরি' দেওয়ার কথা বইলা কেউ বিদেশে নিতে চাইলে পরিবারকে না জানাইয়া কোথাও যাবেন না। সন্দেহ হইলে ৯৯৯ এ কল দিন।")
N("awareness", "bn", "নরসিংদী জেলা কর্মসংস্থান ও জনশক্তি অফিস জানাচ্ছে: মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ ৭৯ হাজার টাকা। কেউ এর বেশি চাইলে রশিদ চাইবেন এবং অফিসে লিখিত অভিযোগ দিবেন।")
N("awareness", "bn", "স্কুলের নোটিশ বোর্ড থেকে: ১৮ বছরের কম বয়সী মেয়ের এবং ২১ বছরের কম বয়সী ছেলের বিয়ে আইনত দণ্ডনীয়। বাল্যবিবাহের খবর পেলে উপজেলা নির্বাহী অফিসারকে জানান।")
N("awareness", "bn", "শেয়ার করুন: ফেসবুকে 'ঘরে বসে টাইপিং জব, মাসে ৮০ হাজার, বিমান টিকিট ফ্রি' এসব দেখে থাইল্যান্ড-কম্বোডিয়া যাবেন না। সেখানে স্ক্যাম কোম্পানিতে আটকে রাখার খবর আসছে। আগে দূতাবাসে যাচাই করুন।")
# ---- bn-Latn
N("awareness", "bn-Latn", "Forwarded as received: Dalal der kotha shune 'free visa' te Saudi jaben na. Kafil er kaj chara iqama hoy na, police dhorle deport. Jawar age Ami Probashi app e visa check korun.")
N("awareness", "bn-Latn", "Sobai share koren: bKash PIN ar OTP keu chaile diben na, bKash office kokhono PIN chay na. Amar khalar 20 hajar taka gese 'bkash head office' theke call diye 😡")
N("awareness", "bn-Latn", "Union porishod theke mic e bolse: shishur jonmo nibondhon 45 diner moddhe korle free. School e bhorti ar pore passport korte o eta lagbe. Deri korben na")
N("awareness", "bn-Latn", "TikTok e 'Dubai te model hote chao?' 'video shoot er jonno Malaysia' ei type DM ashle reply diben na, screenshot rekhe report koren. Ghore choto bon thakle take bujhiye bolen 🙏")
N("awareness", "bn-Latn", "BRAC migration er apa ra shonibar union office e ashbe. Bidesh jawar age ki ki kagoj lage, contract kivabe porben, taka kivabe bank e pathaben ei niye meeting. Shobai ashben, cha nasta ase")
# ---- en
N("awareness", "en", "PSA from the workers' union: never hand your passport to a 'sub-agent' at a tea stall. Only at the licensed agency's office, and only against a signed receipt with the licence number on it.")
N("awareness", "en", "Forwarded: a fake job circular using a big group's logo is going around asking for a 'processing fee' by Nagad. The company has said it never charges applicants any fee. Don't pay, don't share your NID.")
N("awareness", "en", "Notice from Riya's school: students under 18 cannot join the Cox's Bazar study tour without a parent's signed consent form. Forms due Sunday.")
N("awareness", "en", "Saw this on a migrant page: 'contract substitution' is when you sign one contract here and get a different one with a lower salary abroad. Keep a photo of your BMET contract on your phone and with family.")
N("awareness", "en", "Info shared by the embassy labour wing: workers have the right to keep their own passport. If an employer takes it and won't return it, you can file a complaint with the labour wing. Save this.")

# ---------------------------------------------------------------- checks
def check(items):
    assert len(items) == 120, len(items)
    lab = Counter(i["label"] for i in items)
    assert lab["ok"] == 120, lab
    assert sum(1 for i in items if i["hard"]) >= 110
    voices = Counter(i["voice"] for i in items)
    assert voices == Counter(family=45, worker_content=25, chatter=20, joke=15, awareness=15), voices
    for voice in voices:
        sc = Counter(i["script"] for i in items if i["voice"] == voice)
        assert set(sc) == {"bn", "bn-Latn", "en"}, (voice, sc)
        assert max(sc.values()) - min(sc.values()) <= 1, (voice, sc)
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
    random.Random(505).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"voice5-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
