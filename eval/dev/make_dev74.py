#!/usr/bin/env python3
"""Blind dev set dev74: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a legal-aid lawyer preparing prosecutions with workers back from Malaysia,
Singapore and the Maldives (construction, plantation, factory and resort work; debt to the agent; salaries cut
or withheld; passports kept by the company; locked hostels; threats of police and deportation); WhatsApp voice
notes transcribed, Malaysian workers' English and Banglish. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev74.jsonl"
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


BTC1 = btc("dev74-btc-1")
TRON1 = tron("dev74-tron-1")
ETH1 = eth("dev74-eth-1")

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
# recruitment_deception (8)
F("recruitment_deception", "bn",
  "আমাকে বলছিল কারখানায় প্যাকিং এর কাজ, এসি রুম। কুয়ালালামপুর নামার পর গাড়িতে তুইলা ৬ ঘন্টা চালায়া নিয়া গেছে পাম বাগানে, জঙ্গলের ভিতর। ফ্যাক্টরির নামই কেউ শুনে নাই এইখানে")
F("recruitment_deception", "bn",
  "শুনো এয়ারপোর্টে ইমিগ্রেশনে কেউ জিগাইলে বলবা বেড়াইতে যাইতেছ, ভিজিট ভিসা। কাজের কথা ভুলেও মুখে আনবা না। ওইখানে পৌঁছাইলে আমাদের লোক পারমিট কইরা দিবে, ৩ মাসের মধ্যে")
F("recruitment_deception", "bn",
  "ভাই দেশে যেই কন্ট্রাক্ট এ সাইন দিছিলাম ওইটায় বেতন ১৫০০ রিংগিত লেখা। এইখানে আসার পর অফিসে বসায়া মালয় ভাষার আরেকটা কাগজে সাইন করাইছে, কিছুই বুঝি নাই। এখন শুনি বেসিক ৮০০")
F("recruitment_deception", "bn-Latn",
  "amake bolsilo resort e waiter er kaj, tips o pabo. Male te namaise then boat e kore ekta island e nia gese, ekhane resort banacche, ami cement er bosta tani sara din. waiter er kotha bolle hashe")
F("recruitment_deception", "bn-Latn",
  "Singapore shipyard er visa bole taka nise 4 lakh. pathaise Johor e, bole ekhan theke 2 mash por bridge par kore Singapore nibe. 8 mash hoye gelo bhai, Singapore er nam o ar bole na")
F("recruitment_deception", "bn-Latn",
  "eta calling visa na bhai, direct company visa, permit ready ase. tumi shudhu airport e bolba mamar basay berate jaccho. immigration e amader lok ase tension nio na. passport ta kal er moddhe dao, passport no ta message e dao")
F("recruitment_deception", "en",
  "they tell me electronic factory work, inside building aircond. now i am in oil palm estate Sabah, no road no shop. the agent Kamal phone always off +8801716559023 pls help sir",
  [("phone", "+8801716559023")])
F("recruitment_deception", "en",
  "URGENT!! SINGAPORE WORK PERMIT 🇸🇬 no IPA needed, no skill test, direct join in 15 days. Salary SGD 2500 + free dormitory + free food. Only 20 seat left!! whatsapp now wa.me/8801823456712",
  [("whatsapp", "+8801823456712")])

# fees_and_debt (8)
F("fees_and_debt", "bn",
  "কোম্পানি বলতেছে পারমিট রিনিউ করতে ২৫০০ রিংগিত লাগবে, আমাদের দিতে হবে। প্রতি মাসে বেতন থেকে ৪০০ কইরা কাটবে। যতদিন শোধ না হয় অন্য কোম্পানিতে যাইতে পারমু না, দেশেও না")
F("fees_and_debt", "bn",
  "দালাল আজকেও বাড়িতে আসছিল বাবা। বলে তোর জন্য আরো ১ লাখ ২০ হাজার লাগবে, নাইলে ওরা তোরে ফেরত পাঠায়া দিবে। জমি বন্ধক দিয়া আগেই ৫ লাখ দিছি, এখন কই পামু। ওর নাম্বার ০১৭১৫-৪৪৩২৮৯, তুই একটু কথা ক",
  [("phone", "+8801715443289")])
F("fees_and_debt", "bn",
  "ভয়েস নোট: ভাই মহাজনের কাছ থিকা সুদে ৩ লাখ নিয়া আসছি, মাসে ১২ হাজার সুদ। বেতন পাই ১১০০ রিংগিত, তার মধ্যে এজেন্টের কিস্তি কাটে ৫০০ আর হোস্টেল ২০০। বাড়িতে কিছুই পাঠাইতে পারি না, সুদ খালি বাড়তেছে")
F("fees_and_debt", "bn-Latn",
  "Ami ekhono 2 lakh 80 hajar dena agent er kache. boss bole tomar loan shesh na howa porjonto passport pabana, chuti te desh e jawa o bondho. ek bochor dhore eki kotha")
F("fees_and_debt", "bn-Latn",
  "Maldives e ashar por bolse work permit er fee ar quota er taka tumi dibe, 15000 rufiyaa. ami to desh e sob bikri kore aschi, ekhn proti mash beton theke 2000 kore kete rakhe. hishab chaile dey na")
F("fees_and_debt", "bn-Latn",
  "bhai passport no EB0456123 ar NID 7354126890 pathailam. baki 1 lakh 50 kobe dite hobe? apni je bolsilen 3 lakh er beshi lagbe na, ekhon bolen 4.5. amar abba gorur dui ta bikri korse already",
  [("bd_passport", "EB0456123"), ("bd_nid", "7354126890")])
F("fees_and_debt", "en",
  "sir the company say medical, insurance, hostel, levy all we must pay. first 6 month i get only 350 ringgit hand, rest all cut for agent loan. they give paper but no explain what is the cut")
F("fees_and_debt", "en",
  "You sign here means you agree RM500 deduct every month for 12 month, recruitment cost. If you run away before finish, the balance your family in Bangladesh will pay, we have their address. Sign fast, bus waiting")

# payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "টাকা এক নাম্বারে পাঠাবেন না। ২০ হাজার কইরা ভাগ কইরা এই তিনটায় সেন্ড মানি করবেন 01712-334455, 01911-223344, 01822-556677। রেফারেন্সে কিছু লিখবেন না, কেউ জিগাইলে বলবেন আত্মীয়রে দিছেন",
  [("phone", "+8801712334455"), ("phone", "+8801911223344"), ("phone", "+8801822556677")])
F("payments_and_proceeds", "bn",
  "ছেলেদের বেতন কোম্পানি আমার হাতে দেয়, আমি দেশে ওদের বাড়িতে পাঠায়া দেই হুন্ডিতে। ১ রিংগিত ২৫ টাকা ধরি, বাজারে ২৮। খরচ টরচ কাইটা যা থাকে। ৪৫ জনের বেতন এই মাসে")
F("payments_and_proceeds", "bn",
  f"১২টা ভিসার টাকা জমা হইছে, প্রতিটা ৩ লাখ ৮০। ব্যাংকে রাখা যাবে না। মালয়েশিয়ার পার্টিকে USDT তে দিতে হবে, ওয়ালেট {TRON1} । কনফার্ম হইলে জব লেটার ছাড়বে",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "apa nagad e 45000 dilam, TxnID: 7HK2LQ9P. ebar bhaiya ke chere dite bolen, 3 din dhore or sathe kotha hoy nai. baki 30 ta kal dibo inshallah",
  [("mfs_transaction", "7HK2LQ9P")])
F("payments_and_proceeds", "bn-Latn",
  "agent bolse personal number e na, agent number e cash in korte jeno trace na hoy. 01633-778899 te 50k dao, baki ta rocket e onno jon er kache. msg delete kore dio",
  [("phone", "+8801633778899")])
F("payments_and_proceeds", "en",
  f"2nd installment send USDT TRC20 only. no bank no bkash this time, too many case now. wallet {TRON1}. once confirm I release job letter for Johor batch. for BTC use {BTC1}",
  [("tron_address", TRON1), ("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Received 6,30,000 from the Sylhet boys for 3 visa. Cut 1.5 each for me and Rafiq bhai, rest send Malaysia side through hundi like last time. Dont put anything in the agency account, BMET audit coming")

# isolation_and_control (8)
F("isolation_and_control", "bn",
  "রাতে হোস্টেলের গেটে তালা মারে, চাবি সুপারভাইজারের কাছে। সকালে গাড়িতে কইরা সাইটে নেয়, রাতে আবার আইনা তালা। বাইরে এক পা দেওয়ার উপায় নাই, দোকানে যাইতে হইলেও ওদের লোক সাথে যায়")
F("isolation_and_control", "bn",
  "আমাদের সবার মোবাইল নিয়া নিছে। শুক্রবার ৫ মিনিট বাড়িতে কথা বলতে দেয়, তাও পাশে দাঁড়ায়া শোনে। এই ফোনটা একজন লুকায়া রাখছে, তাই দিয়া লিখতেছি, রিপ্লাই দিবেন না")
F("isolation_and_control", "bn",
  "পাসপোর্ট অফিসের লকারে, চাইলে বলে তোমাদের কি দরকার। গতমাসে রাস্তায় পুলিশ ধরছিল, কিছু দেখাইতে পারি নাই, ম্যানেজার গিয়া ছাড়াইয়া আনছে আর বলছে আর কখনো বাইরে যাইবা না")
F("isolation_and_control", "bn-Latn",
  "bhai amake call dio na, ami message dibo jokhon pari. supervisor raat e phone check kore, sob delete kore rakhi. bari te keu jeno na jane ami ekhane kemon asi, amma sojjo korte parbe na")
F("isolation_and_control", "bn-Latn",
  "amader bole kongsi theke ber hole police dhorbe karon permit nai, tai 7 mash dhore ekhan theke ber hoi nai. khabar o ora ene dey, je dam bole sei dam. baire ki ase jani na")
F("isolation_and_control", "bn-Latn",
  "passport, permit card sob boss er drawer e. hospital gele o supervisor sathe jay, doctor er sathe amake kotha bolte dey na, o e bole ki hoise. Rahim bhai er passport no A05512349 ota o ora rakhse",
  [("bd_passport", "A05512349")])
F("isolation_and_control", "en",
  "We are 40 man in one container house, gate got guard and dog. cannot go out sunday also. passport all with company since we land KLIA. if anyone need medicine the guard buy and cut from salary")
F("isolation_and_control", "en",
  "They take us straight from airport to the island, 3 hours by speedboat. No ferry from here, only company boat once a week. Passport with the manager in Male. Even if I want to leave I cannot")

# labour_exploitation (8)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১১টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। ওভারটাইমের টাকা চাইলে বলে এইটা বেসিকের মধ্যে ধরা। ৩ মাসে একদিনও বসতে পারি নাই ভাই")
F("labour_exploitation", "bn",
  "৪ মাস বেতন পাই নাই। চাইলে বলে কোম্পানির লস, কাজ শেষ হইলে একসাথে দিবে। খাওয়ার টাকা ধার কইরা চলতেছি পাশের রুমের ভাইদের থেকে, ওরাও পায় নাই")
F("labour_exploitation", "bn",
  "একবেলা ভাত দেয়, বাকি সময় বিস্কুট আর পানি। ১২ জন এক রুমে, বাথরুম একটা। জ্বর হইলেও কাজে যাইতে হয়, না গেলে একদিনের জন্য দুইদিনের বেতন কাটে")
F("labour_exploitation", "bn-Latn",
  "(voice) ei je dekhen haat ta, machine e kete gese, 6 ta selai. company hospital e nei nai, bole nije dekhao, nijer taka diye clinic e gesi. ekhon kaaj korte na parle beton nai bole disse")
F("labour_exploitation", "bn-Latn",
  "salary slip e lekha RM1700 kintu hate pai 780. baki ta ki jonno kate keu bole na, office e gele bole next month. amra 60 jon sobar eki obostha")
F("labour_exploitation", "bn-Latn",
  "construction site e 14-15 ghonta kaaj, helmet juta kisu dey na, nijer taka diye kinsi. 3 mash e ekta off day o pai nai. gorom e 2 jon ajke poira gese, tao kaaj bondho hoy nai")
F("labour_exploitation", "en",
  "boss keep our salary 'in safe' he say, when finish contract he give all together. now 11 month already, we only get RM150 every month for food. if ask he say you want to go home empty hand?")
F("labour_exploitation", "en",
  "dorm 16 person one room, fan not working. shipyard 7am to 10pm every day, sunday also. OT not paid properly, supervisor only mark 2 hour OT in the time card, rest he say is 'training'")

# threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "বেশি কথা কইলে তোর নামে পুলিশে রিপোর্ট দিমু যে তুই পালাইছস। তারপর ক্যাম্পে ৬ মাস পইচা খালি হাতে দেশে যাবি। বুইঝা শুইনা মুখ খুলিস")
F("threats_and_coercion", "bn",
  "তোর বাপের নাম্বার আমার কাছে আছে, গ্রামের বাড়িও চিনি। ওইখানে আমার লোকের অভাব নাই। বাকি টাকা না দিয়া কোম্পানি বদলাইলে কি হয় দেখবি")
F("threats_and_coercion", "bn",
  "কাল রাতে যে দুইজন লেবার অফিসে কমপ্লেইন করতে চাইছিল ওদের সুপারভাইজার রুমে নিয়া মারছে, একজনের মাথা ফাটছে। সবার সামনে বলছে যে যাবে তার একই অবস্থা")
F("threats_and_coercion", "bn-Latn",
  "case korle kono labh nai tor. permit cancel kore dibo, immigration e dhoriye dibo. Malaysia er jail kemon jano to? 1 bochor por deport, ar kono din ashte parba na")
F("threats_and_coercion", "bn-Latn",
  "boss bolse embassy te jodi jao tomar nam blacklist kore dibo, BMET e o, ar kono desh e jete parba na. amader 3 jon ke already eibhabe bhoy dekhaise")
F("threats_and_coercion", "en",
  "If you go to MOM or that NGO people, I make sure you are on the first flight back and your family pay back every cent. Your brother also want to come next year right? Think carefully.")
F("threats_and_coercion", "en",
  "manager tell all of us if we do strike he call immigration, we all go Maafushi jail. two bangali brother already deport last month like this, after they ask salary")

# sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "মেয়েটারে পার্লারের কাজের কথা বইলা কুয়ালালামপুর নিছিল। এখন একটা হোটেলে রাখছে, রাতে কাস্টমারের রুমে পাঠায়। ফোনে খালি কান্দে আর বলে আপা আমারে বাঁচান")
F("sexual_exploitation", "bn",
  "স্পা তে কাজ, মাসে ৩-৪ লাখ টাকা ইনকাম। কাস্টমারকে একটু খুশি রাখতে হবে, বুঝছো তো 😉 দেখতে সুন্দর হইতে হবে, পুরা ছবি পাঠাও আগে। পরিবারকে বলবা হোটেলে রিসেপশনে কাজ")
F("sexual_exploitation", "bn",
  "আপারে বলছে ঋণ শোধ করতে হইলে রাতে এক্সট্রা ডিউটি করতে হবে, মানে বুঝছো কি ডিউটি। না করলে খাবার দেয় না, দরজা বাইরে থেকে বন্ধ")
F("sexual_exploitation", "bn-Latn",
  "Singapore e GRO job, KTV te bosha ar drink serve, salary 5000 SGD. customer chaile hotel e jete hobe, ota extra income tomar. meye 18-25, telegram e knock dao @ktv_sg_bdjobs",
  [("telegram", "@ktv_sg_bdjobs")])
F("sexual_exploitation", "bn-Latn",
  "boss bole tomar visa er taka shodh korte hole customer nite hobe. proti customer 150 ringgit, tomar 30. na korle bole tomar chobi bari te pathabe")
F("sexual_exploitation", "en",
  "New Bangladeshi girls arrive this week, KL Bukit Bintang, young and fresh 🌹 owner hold their passport so no problem of run. outcall also. Booking whatsapp +60 11-2345 6789",
  [("phone", "+601123456789")])
F("sexual_exploitation", "en",
  "She was told housekeeping job at guesthouse in Maldives. Manager takes her at night to his 'friends', keeps her phone and passport. She sent me this from a guest phone, her passport no BK3398120",
  [("bd_passport", "BK3398120")])

# minors (7)
F("minors", "bn",
  "ছেলের বয়স ১৫, সমস্যা নাই। জন্ম নিবন্ধন আমার লোক ঠিক কইরা দিবে, পাসপোর্টে ২২ হবে। মালয়েশিয়ায় কেউ দেখে না, লম্বা আছে তো। খরচ ৩ লাখ ২০")
F("minors", "bn",
  "১৪-১৫ বছরের মেয়ে লাগবে, সিঙ্গাপুরে একটা বাসায় বাচ্চা রাখবে। বেতন অগ্রিম বাবা-মাকে দিয়া দিব। ২ বছর কোনো যোগাযোগ রাখা যাবে না, মেয়ের মন খারাপ হয়। যোগাযোগ ০১৯৩৩৬৫৪১২০",
  [("phone", "+8801933654120")])
F("minors", "bn",
  "আমাদের লাইনে দুইটা ছোট ছেলে আছে, বয়স ১৩-১৪ হবে, ওরাও রাত পর্যন্ত সিমেন্টের বস্তা টানে। মালিক বলে বাইরের কেউ জিগাইলে বলবি ১৯")
F("minors", "bn-Latn",
  "meyer boyosh 16, kintu dalal NID te 19 kore dise, NID no 20061569123000456. boleche Maldives e hotel e kaj, kintu amra shunchi oikhane ekta barir bhitor rakhse, hotel na",
  [("bd_nid", "20061569123000456")])
F("minors", "bn-Latn",
  "chachato bhai 16 bochor, dalal passport e boyos 21 kore Malaysia nia gese. ekhon plantation e, sokal 5 ta theke kaaj. or beton naki chacha'r kache dey dalal, or hate kisu dey na")
F("minors", "en",
  "need 10 boy age 14 to 17 for Johor furniture factory, small hand good for sanding and polish. papers we make adult, no worry. parents get 30k advance, rest later")
F("minors", "en",
  "My sister is 15. Agent Rony took her to Kuala Lumpur saying nanny job. Her passport says 21. Now her phone is switched off 3 weeks. Rony number +8801845226731, he say she is fine, busy",
  [("phone", "+8801845226731")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠানোর নামে প্রতারণা: রাজধানীতে চক্রের ৪ সদস্য গ্রেপ্তার। র‍্যাব জানায়, তারা প্রত্যেক কর্মীর কাছ থেকে ৫ লাখ টাকা নিয়ে ভুয়া ভিসা ও জাল স্মার্ট কার্ড দিত। ভুক্তভোগীরা মামলা করেছেন।")
N("news", "en",
  "Malaysia allows Bangladeshi workers stranded after the May 31 deadline to enter; ministry says over 17,000 workers with approved visas could not fly because of ticket shortages and agency delays.")
N("news", "bn",
  "মালদ্বীপে অনিয়মিত বাংলাদেশি কর্মীদের বৈধ হওয়ার সুযোগ, আবেদন চলবে ৩০ জুন পর্যন্ত। নিয়োগকর্তার মাধ্যমে ওয়ার্ক পারমিট নিতে হবে বলে জানিয়েছে মালে হাইকমিশন।")
N("news", "en",
  "Singapore: Employer fined S$50,000 for withholding salaries of 12 migrant workers and keeping their passports, MOM said on Tuesday. The workers have been paid in full and changed employers.")
N("news", "bn-Latn",
  "Forwarded: Malaysia te shromik pathano abar shuru, ei bochor 2 lakh lok nibe. govt rate 79 hajar er beshi keu chaile complain korun, BMET bolse. (source Jamuna TV)")
N("news", "bn",
  "ভারতে পাচার হওয়া ১২ কিশোরী বেনাপোল দিয়ে দেশে ফিরেছে। তাদের একটি বেসরকারি সংস্থার আশ্রয়কেন্দ্রে রাখা হয়েছে, পরে পরিবারের কাছে হস্তান্তর করা হবে।")
# awareness
N("awareness", "bn",
  "সতর্কতা!! বিদেশে চাকরির কথা বলে কেউ পাসপোর্ট রেখে দিতে চাইলে বা বিকাশে অগ্রিম টাকা চাইলে দিবেন না। ভিসা আসল কিনা যাচাই করুন BMET এর ওয়েবসাইটে। শেয়ার করে সবাইকে জানান 🙏")
N("awareness", "bn-Latn",
  "Share koren sobai: Malaysia jawar age 3 ta jinish check korben - visa ta calling na company, agency er RL number ase kina, contract bangla te dise kina. passport kauke rakhte diben na, dalal er kotha shunben na")
N("awareness", "en",
  "Workers in Malaysia: your employer CANNOT keep your passport, it is against the law. If your passport is held or salary not paid, call our helpline +60 3-2148 7000 (free, Bangla speaking staff).",
  [("phone", "+60321487000")])
N("awareness", "bn",
  "মেয়েদের বিদেশে পাঠানোর আগে ভাবুন। পার্লার, স্পা, হোটেলের চাকরির কথা বলে অনেক মেয়েকে পাচার করা হয়। সন্দেহ হলে ৯৯৯ এ কল করুন অথবা নিকটস্থ থানায় জানান।")
N("awareness", "bn-Latn",
  "amader gramer je 5 jon Maldives gese tara alhamdulillah valo ase. but sabdhan: Rana namer ek dalal tourist visa te kaj er kotha bolche, kono taka diben na, eta fraud. chairman saheb o bolse")
N("awareness", "en",
  "Know your rights (Singapore): salary must be paid within 7 days after the salary period. Your employer pays the levy, it cannot be deducted from you. Keep your own passport. Unpaid? Report to MOM.")
# official
N("official", "en",
  "M/S Al-Noor Overseas (RL-1234). Demand for Malaysia: 200 factory workers (male, 21-40). Basic RM1,700 + OT as per Malaysian law. Migration cost as per govt rate Tk 78,990 only, air ticket by employer. Do not pay any middleman. CV to alnoor.hr@gmail.com",
  [("email", "alnoor.hr@gmail.com")])
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, কুয়ালালামপুর: যেসব কর্মীর পাসপোর্টের মেয়াদ শেষ হয়েছে তারা অনলাইনে আবেদন করে নির্ধারিত তারিখে বায়োমেট্রিক দিতে আসুন। কোনো দালালের সাথে যোগাযোগ করবেন না, সেবা পেতে কোনো অতিরিক্ত টাকা লাগে না।")
N("official", "bn",
  "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো: মালদ্বীপগামী কর্মীদের স্মার্ট কার্ড বিতরণ আগামী রবিবার সকাল ১০টায়। সঙ্গে মূল পাসপোর্ট, প্রশিক্ষণ সনদ ও এনআইডি এর ফটোকপি আনতে হবে।")
N("official", "en",
  "High Commission of Bangladesh, Male: Bangladeshi nationals without valid documents may apply for a travel permit to return home. Bring NID copy or any proof of identity. Service is free of charge.")
N("official", "bn-Latn",
  "Assalamualaikum, Shapla Overseas (RL 0987) theke bolchi. apnar Singapore er IPA approve hoise. medical kal Gulshan er approved center e, fee 8500 center e direct diben, office e kono cash diben na. receipt rakhben")
N("official", "en",
  "IN-PRINCIPLE APPROVAL (WORK PERMIT). Name: MD RAHIM UDDIN. Passport No: A01234567. Employer: Seaways Marine Pte Ltd. Occupation: Shipyard worker. Basic monthly salary: S$ 650. Fixed monthly allowances: S$ 150.",
  [("bd_passport", "A01234567")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01711223344. Ref visa. Fee Tk 0.00. Balance Tk 27,310.50. TrxID BKL4M9XZ2Q at 12/03/2026 14:22",
  [("phone", "+8801711223344"), ("mfs_transaction", "BKL4M9XZ2Q")])
N("receipt", "en",
  "Money Received. Amount: Tk 18000.00 Sender: 01812345670 Ref: Malaysia beton TxnID: 71AB9KQ2 Balance: Tk 18540.25 16/04/2026 09:10",
  [("phone", "+8801812345670"), ("mfs_transaction", "71AB9KQ2")])
N("receipt", "en",
  "Cash-In Tk 10,000.00 to A/C: ***7781 successful. Fee: Tk 0.00. Balance: Tk 10,412.00. TxnId: 3349920177. Date: 02-05-2026 18:40. Thank you for using Rocket.",
  [("mfs_transaction", "3349920177")])
N("receipt", "en",
  "Dear Customer, your A/C ***4410 has been credited with BDT 52,340.00 via foreign remittance from MALAYSIA (Merchantrade). 2.5% govt incentive will be added. Islami Bank.")
N("receipt", "bn",
  "সেন্ড মানি সফল। ৳৫,০০০ পাঠানো হয়েছে ০১৯১২৩৪৫৬৭৮ নম্বরে। রেফারেন্স: পাসপোর্ট ফি। চার্জ ৳০। TrxID: BFT7Q2K9LM",
  [("phone", "+8801912345678"), ("mfs_transaction", "BFT7Q2K9LM")])
N("receipt", "en",
  "MERCHANTRADE REMITTANCE RECEIPT. Sender: MD ALAMGIR HOSSAIN, Passport EB1234567. Amount RM 1,200.00, Rate 26.85, Receiver gets BDT 32,220.00. Payout: bKash 01755667788. Keep this receipt.",
  [("bd_passport", "EB1234567"), ("phone", "+8801755667788")])
# family
N("family", "bn",
  "আম্মা পাসপোর্টটা আলমারির উপরের তাকে রাখছি, নবায়নের কাগজের সাথে। কাল আব্বা নিয়া যাবে আগারগাঁও অফিসে, ছবি তুলতে আমার যাওয়া লাগবে না বলছে")
N("family", "bn-Latn",
  "bhaiya ei mash e 20 hajar pathaisi bkash e. 10 abbar oshudh, 10 diya Karim chachar dhar shodh koiren. baki mash e OT beshi ase, beshi pathabo inshallah")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে সিঙ্গাপুরে শিপইয়ার্ডে কাজ করে ৬ বছর, ভালো পরিবার। ডিসেম্বরে ছুটিতে আসবে তখন দেখাদেখি হবে। তুমি কি বলো?")
N("family", "en",
  "Ammu dont worry, company give us new hostel, got aircond 😊 passport renew done at high commission, I keep it in my bag now. salary coming 7th")
N("family", "bn-Latn",
  "Rafi er passport korte online birth certificate lagbe, apply korsi. ore niye december e Malaysia ashbo, dependant pass er jonno company letter dise. abba ke bolio")
N("family", "bn",
  "প্রবাসী কল্যাণ ব্যাংকের লোনের শেষ কিস্তি দিয়া দিছি আলহামদুলিল্লাহ, এখন আর কোনো ঋণ নাই। সামনের মাস থেকে ঘরের কাজ ধরমু")
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah notun company te 3 mash holo, beton time moto dey, OT alada. hostel e 6 jon ek room, aircond ase. boss Chinese but valo manush, eid e chuti o dise")
N("worker_content", "en",
  "today salary come RM2100 with OT 💪 boss give ang pow for CNY also 😁 tomorrow going to send home, rate good now")
N("worker_content", "bn",
  "এই মাসে ওভারটাইম কম, তাই বেতন একটু কম আসছে। গরমও অনেক, সাইটে কাজ করা কষ্ট। তাও চলতেছে, কোম্পানি পানি আর বিশ্রামের টাইম দেয়")
N("worker_content", "en",
  "work permit renew done, 2 more year. company pay the levy and all, I only do medical. dorm ok, a bit far from Little India but got free bus on sunday")
N("worker_content", "bn-Latn",
  "resort e kaj onek chap ekhon, season cholche, 10 ghonta shift. kintu service charge valo paisi ei mash e, 700 dollar er moto. off day te snorkeling korlam 😄")
N("worker_content", "bn",
  "পাসপোর্ট এখন নিজের কাছেই রাখি, কোম্পানি শুধু কপি রাখছে। নতুন পারমিট কার্ডও হাতে পাইছি গতকাল। সুপারভাইজার বাঙালি, সমস্যা হইলে সোজা বলা যায়")
# joke
N("joke", "bn-Latn",
  "bou bole tumi Malaysia theke ki anba? ami boli boss er gali ar rode pura kala hoye jawa chehara 😂😂")
N("joke", "bn",
  "আমার পাসপোর্টের ছবি এত পুরান যে ইমিগ্রেশন অফিসার জিগায় এইটা আপনার আব্বা নাকি 🤣")
N("joke", "en",
  "my wife is the real agent bro. she take 100% commission from my salary every month, no receipt no TrxID 😂😂")
N("joke", "bn-Latn",
  "Ramadan e hostel er kitchen lock kore dey sehri porjonto, ar amra 3 jon chabi churi kori 😂 supervisor o jane, o nije o khay")
N("joke", "bn",
  "বস বলছে আজকে ওভারটাইম করলে বোনাস দিবে। আমি বলি বস বোনাস লাগবো না, খালি ঘুমাইতে দেন 😴😂")
N("joke", "en",
  "malaysian police stop me today ask permit, I show my face only, he say ok you look very honest 😂 (got permit lah dont worry)")
# chatter
N("chatter", "bn-Latn",
  "bhai tomar company te ki ar lok nibe? amar mamato bhai ashte chay, legal vabe BMET diye. ki ki lagbe ar koto porbe bolo, dalal er kache jabo na")
N("chatter", "en",
  "bro tonight football at the field near kongsi? bring the speaker. Sabbir say supervisor give off tomorrow so we play late")
N("chatter", "bn",
  "ভাই মালয়েশিয়ায় কোন সিম ভালো, ডিজি না সেলকম? দেশে ইমো কল দিলে খালি কাইটা যায়, আম্মা রাগ করে")
N("chatter", "bn-Latn",
  "apu tumi Maldives e kon island e? ami Hulhumale te. eid e dekha korbo inshallah, amar number +960 777 1234 whatsapp o ase",
  [("phone", "+9607771234")])
N("chatter", "en",
  "anyone know good lawyer for accident claim Singapore? my friend leg injure at site, company already pay hospital but he want WICA compensation, how long it take")
N("chatter", "bn",
  "আজকে মার্কেটে গিয়া মেয়েদের জন্য জামা কিনলাম, দেশে যাওয়ার সময় নিমু। বড়টার বয়স ১২ হইল, ছোটটা ৮। ভিডিও কলে খুব খুশি")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "eid mubarak sobaike 🌙 valo thakben", hard=False)
N("chatter", "bn", "ভাই খাইছো? আজকে কি রান্না হইলো", hard=False)
N("chatter", "en", "ok bro see you 8pm at the mamak", hard=False)
N("family", "bn", "আম্মা আজকে কি বৃষ্টি হইছে? এখানে সারা দিন রোদ", hard=False)
N("family", "bn-Latn", "baby er notun photo pathao, koto boro hoye gese mashallah", hard=False)
N("news", "bn", "আজ ঢাকায় সর্বোচ্চ তাপমাত্রা ৩৬ ডিগ্রি সেলসিয়াস, সন্ধ্যায় বৃষ্টির সম্ভাবনা", hard=False)
N("news", "en", "Bangladesh beat Sri Lanka by 5 wickets in the second ODI, Mehidy named player of the match", hard=False)
N("joke", "bn-Latn", "teacher: 2+2 koto? student: depends sir, kinben na bechben? 😂", hard=False)
N("worker_content", "bn-Latn", "aj off day, sara din ghum dilam, bikale laundry", hard=False)
N("receipt", "en", "Recharge of Tk 50.00 successful. Your new balance is Tk 63.20. Thank you for using Grameenphone.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে ঘুমানোর সময় মশারি টানান এবং বাড়ির আশেপাশে পানি জমতে দিবেন না", hard=False)
N("official", "en", "Notice: The High Commission will remain closed on 16 December on account of Victory Day.", hard=False)


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
    random.Random(74).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev74-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
