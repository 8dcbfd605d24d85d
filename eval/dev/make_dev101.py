#!/usr/bin/env python3
"""Blind dev set dev101: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an investigator of kidney trafficking in Joypurhat and Kalai
(brokers promising work in India, donors taken to Indian hospitals on false papers as the patient's relatives,
money promised and not paid, microcredit debts pushing people to sell, threats to keep quiet; village Bengali,
Banglish, brokers' and hospital English). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev101.jsonl"
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


BTC1 = btc("dev101-btc-1")
TRON1 = tron("dev101-tron-1")
ETH1 = eth("dev101-eth-1")

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
F("recruitment_deception", "bn-Latn",
  "bhai kolkatay ekta hotel e kaj ase, mase 25 hajar rupi, thaka khawa free. passport ami kore dibo tor kono khoroch nai. "
  "sudhu jawar age ekta medical test korate hobe, rokto ar urine, oita kichu na formality. kaka re ekhon kobi na, "
  "pore sobai jaite chaibe tokhon jhamela")
F("recruitment_deception", "bn",
  "ভাই হামাক তো কইছিলো দিল্লিতে ফ্যাক্টরির কাজ। আইসা দেখি হাসপাতালে ভর্তি করাইছে, আজকা তিন দিন খালি রক্ত লেয়, "
  "আলট্রাসনো, এক্সরে। কেউ কিছু কয় না। পাশের বেডের বাংলাদেশি লোকটা চুপে চুপে কইলো এরা কিডনি লেয়। ভাই হামি কি করমু")
F("recruitment_deception", "en",
  "Donor ready sir, male 27, B+ve, from Kalai side. He knows only he is going for job and small checkup, pls nobody "
  "discuss operation in front of him until crossmatch done. In papers he is your cousin brother (father's side). "
  "Further details on telegram @kalai_medi_helpdesk", [("telegram", "@kalai_medi_helpdesk")])
F("recruitment_deception", "bn",
  "ভারতে উচ্চ বেতনে চাকরি!! বয়স ২০-৪০, পড়াশোনা লাগবে না, যাতায়াত ও ভিসা খরচ কোম্পানির। শুধু সুস্থ শরীর হতে হবে, "
  "রক্তের গ্রুপ জানায়ে ইনবক্স করুন। সিট সীমিত। যোগাযোগ ০১৭৪৫-৬১২৩৮৯ (ইমো/হোয়াটসঅ্যাপ)",
  [("phone", "+8801745612389")])
F("recruitment_deception", "bn-Latn",
  "apa amake bolse kolkatay ekta basay baccha dekhar kaj. ekhon dekhi passport e likhse ami patient er choto bon, "
  "ami to oder chinii na. bole eta nki formality border e jate jhamela na hoy. apa ami ki bhul korlam")
F("recruitment_deception", "en",
  "Brother trust me this is not kidney, only small piece of liver, it grows back full in 2 month doctor himself said. "
  "5 lakh cash in hand plus after recovery job in Delhi showroom. Zero risk, I did it myself in 2019 look at me now")
F("recruitment_deception", "bn-Latn",
  "Kalai theke 3 jon nisi, sobai jane Chennai te tiles fitting er kaj. ekjon er sugar beshi test e fail, ore bolbo "
  "company te jaiga nai, ferot pathay dimu. baki 2 jon ok, crossmatch er date den")
F("recruitment_deception", "bn",
  "ও কইছিলো এক কিডনি দিয়া মানুষ একশ বছর বাঁচে, কিছুই হয় না, অপারেশনের তিন দিন পরেই হাঁটবা, এক মাস পরে মাঠে কাম। "
  "এখন ছয় মাস হইলো কোমরের ব্যথায় বিছানা থাকি উঠবার পারি না। ওষুধের টাকাও নাই।")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "সমিতির কিস্তি তিনটা বাকি, আশার আপা বাড়িত আইসা বসি থাকে, বউয়ের সামনে যা তা কয়। দালাল ভাই কইছে একবার ইন্ডিয়া "
  "গেলে সব কিস্তি শোধ হয়া যাবে, হাতেও দুই লাখ থাকবো। কেউ জানবো না কইছে।")
F("fees_and_debt", "bn-Latn",
  "tor passport, visa, test, train bhara, hotel sob milaye 48 hajar khoroch hoise amar. oi taka tor payment theke "
  "kete rakhbo bujhli. ar kolkatay je 12 din bose khaili oita alada hisab")
F("fees_and_debt", "en",
  "You owe me 60k for the Delhi trip, guest house and all tests. Operation cancel is your problem not mine. Either "
  "you pay back by month end or we arrange another party next month and you go again. Send your reply to "
  "hasan.medilink24@gmail.com not on phone", [("email", "hasan.medilink24@gmail.com")])
F("fees_and_debt", "bn",
  "গ্রামীণ, ব্র্যাক আর মহাজনের কাছে মিলায়া তিন লাখের উপরে ঋণ। সুদ দিতে দিতে গরু দুইটাও গেলো। কালাই বাজারের এক ভাই "
  "কইলো একটা উপায় আছে, ইন্ডিয়া যাইতে হবে পনেরো দিনের জন্য, ঋণ সব শেষ। বাড়িতে কইতে না করছে।")
F("fees_and_debt", "bn-Latn",
  "mohajon er 80 hajar er sud e ekhon 1 lakh 40. bolse taka na dile jomi likhe dite hobe. dalal bhai bolse 4 lakh "
  "dibe, ami oi taka diye sob sodh kore dibo. tumi shudhu ma ke kichu bolo na")
F("fees_and_debt", "en",
  "Your husband took 20,000 advance from me for his kisti. Now he is refusing to go for the test. Not my headache. "
  "Either he goes on 14th with the others or you return 20k plus 10k penalty. Call me 01718-334920",
  [("phone", "+8801718334920")])
F("fees_and_debt", "bn",
  "তোমার ভাগের তিন লাখ থেকে ৮০ হাজার কাটছি: পাসপোর্ট, ভিসা, নতুন জন্মসনদ, নোটারি, আর কলকাতায় থাকা খাওয়া। "
  "বাকি দুই লাখ বিশ দেশে গিয়া পাবা, তাও এক সাথে না, মাসে মাসে।")
F("fees_and_debt", "bn-Latn",
  "kisti dite na parle NGO r sir bolse ghorer tin khule nibe. ekta uttor dao bhai, tumi je kaj er kotha bolsila "
  "oi kaje ki sotti 3 lakh dey? ami raji. amar wife jante parbe na to?")

# payments_and_proceeds (8: bn 2, bn-Latn 3, en 3)
F("payments_and_proceeds", "bn-Latn",
  "You have received Tk 50,000.00 from 01819552047. Fee Tk 0.00. Balance Tk 50,212.40. TrxID BGH4K2M9QX at "
  "03/11/2026 21:40\nbhai eta ki?? kotha chilo 4 lakh, operation er por 2 mash hoye gelo, ekhon 50 hajar?",
  [("phone", "+8801819552047"), ("mfs_transaction", "BGH4K2M9QX")])
F("payments_and_proceeds", "bn",
  "পার্টি দিছে ২২ লাখ রুপি। হাসপাতালের সেটিং ৮, ডাক্তার ৩, কাগজপত্র ১, দিল্লির লোক ২, বাকিটা হামার আর তোর। "
  "ডোনারকে তিন লাখ টাকা দিলেই হবে, ও তো জানে না পার্টি কত দিছে।")
F("payments_and_proceeds", "en",
  "Payment from patient side will come by hundi not bank. Give Rahim bhai at Hili the code KALAI-7, he will pay "
  "BDT cash same day. Don't use your own bkash for more than 25k, split in 3-4 numbers")
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 30 hajar pathaisi, TxnID: 7H3KQ2PA . baki taka party discharge er por dibe. donor ke ekhon taka r kotha "
  "bolar dorkar nai, or bou ke 5 hajar dao jate chup thake", [("mfs_transaction", "7H3KQ2PA")])
F("payments_and_proceeds", "en",
  "USDT TRC20 only, no cash this time. Send to " + TRON1 + " . After 6 confirmations we release the donor's "
  "passport and discharge papers to your attendant.", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "তিন লাখের কথা কইয়া দিছে এক লাখ বিশ হাজার। বাকি টাকার জন্য ফোন দিলে ধরে না। ০১৯১৪৬০৩৮৭২ এই নম্বর এখন বন্ধ। "
  "ওর মানুষ কয় হাসপাতালে খরচ বেশি হইছে, টাকা নাই। হামার স্বামী এখন কাম করবার পারে না।",
  [("phone", "+8801914603872")])
F("payments_and_proceeds", "bn-Latn",
  "donor er nam e kono account khulben na. cash diben hate hate, ar kagoj e likhben 'gift from relative'. hospital e "
  "jodi jiggesh kore taka kotha theke bolben nijer jomi bikri kore ashchi")
F("payments_and_proceeds", "en",
  "Sir 2 cases done this month at Kolkata side. Total received INR 34 lakh. Sent 6 lakh BDT to your DBBL a/c by "
  "Rocket, TxnId: 4021873365. Balance after Eid. Pls confirm received.", [("mfs_transaction", "4021873365")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "ফ্ল্যাটে আমরা ছয়জন, সবাই বাংলাদেশি। দরজায় বাহির থেকে তালা। ফোন নিয়া নিছে, দিনে একবার পাঁচ মিনিট বাড়িতে কথা "
  "কওয়ায়, পাশে দাঁড়ায় থাকে, স্পিকার অন করা লাগে।")
F("isolation_and_control", "bn-Latn",
  "passport r NID sob bhai er kase rakhse. bolse operation er por ferot dibe. kal hospital theke ber hote chaisilam "
  "ektu, gate er guard ke bole rakhse amake jeno jaite na dey. ami ki bondi naki")
F("isolation_and_control", "en",
  "Keep both donors in the guest house till crossmatch. No phone, no going out, no talking to other Bangladeshi "
  "patients in the ward. If family calls tell them they are at work site in Pune, network problem.")
F("isolation_and_control", "bn",
  "[ভয়েস মেসেজ] মা হামি ভালো আছি, কাজ করতেছি... মা ওরা পাশেই আছে, বেশি কথা কইবার পারমু না। কাউক কিছু কইয়ো না। "
  "হামি ফোন দিমু, তুমি ফোন দিয়ো না এই নম্বরে")
F("isolation_and_control", "bn-Latn",
  "hamak ekhane koy din dhore rakhse jani na, 20 din hobe. bahire jaite dey na, janala o bondho. khali rokto ney ar "
  "injection dey. bolse tor 'kaka' mane patient ashle tarpor operation, tarpor desh")
F("isolation_and_control", "en",
  "Donor cannot speak Hindi or English. In the committee interview use only our translator Saiful. Do not let the "
  "social worker or any Bangla speaking nurse meet him alone, even for 2 min.")
F("isolation_and_control", "bn",
  "ওর পাসপোর্ট নং EC0418273, নাম বদলানো, বাবার নাম দিছে পেশেন্টের বাবার নাম। ও নিজেই জানে না কোন নামে আছে। হাসপাতাল "
  "ছুটি দিলেও দালাল না আসা পর্যন্ত দেশে ফেরার কোন উপায় নাই, টিকিট কাগজ সব ওদের হাতে।",
  [("bd_passport", "EC0418273")])

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "অপারেশনের ২০ দিনের মাথায় ইটভাটায় লাগায়া দিছে, কয় হাসপাতালের খরচ শোধ কর। ভারী ইট তুলবার পারি না, সেলাইয়ের জায়গায় "
  "টান লাগে, তাও সকাল থেকে সন্ধ্যা। মজুরি দেয় না, কয় হিসাব পরে।")
F("labour_exploitation", "bn-Latn",
  "Delhi te 4 mash dhore construction site e kaj korsi, beton ekta taka o dey nai. bole tor test er khoroch, "
  "thakar khoroch age uthuk tarpor dibo. din e 14 ghonta, raat e site er upor e ghumai")
F("labour_exploitation", "en",
  "Worked in his hotel kitchen in Kolkata 3 months waiting for the 'party'. No salary, only 2 time food. Every week "
  "he said patient not ready, wash the plates. Then one morning took me for blood test again.")
F("labour_exploitation", "bn",
  "কলকাতার এক বাসায় রাখছে, রান্না, কাপড় ধোয়া, বুড়া মানুষের গু-মুত পরিষ্কার সব হামার। ছুটি নাই, রাতে রান্নাঘরে শুই। "
  "বেতনের কথা কইলে কয় তোর চিকিৎসার খরচ কাটা যাইতেছে।")
F("labour_exploitation", "bn-Latn",
  "amra 11 jon joypurhat er, gujarat er ekta factory te. shift 12 ghonta, ek din o chuti nai. salary company dalal "
  "er hate dey, amra pai khali 500 rupi hat khoroch mase. keu chole jaite chaile bole passport nai jabi kemne")
F("labour_exploitation", "en",
  "Boss said until your papers come you work at my brother's dhaba. 6am to midnight, sleeping on the bench. If I sit "
  "down he cuts 100 rupees. Its 7 weeks now, papers still not came, no money send home.")
F("labour_exploitation", "bn",
  "অপারেশনের পর ও আর ভারী কাম করবার পারে না, তাও দালালের জমিতে ধান কাটা লাগে বিনা মজুরিতে। কয় দিল্লিতে যে বাসা ভাড়া "
  "দিছিলাম ওইটা কামলা দিয়া শোধ কর, না হইলে বাকি টাকার আশা ছাড়।")

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "থানায় গেলে তুই নিজেই ফাঁসবি। কাগজে তোর সই আছে, তুই নিজে ইচ্ছা কইরা দিছিস, লেখা আছে। আর তোর বউ-বাচ্চা তো গ্রামেই "
  "থাকে, মনে রাখিস।")
F("threats_and_coercion", "bn-Latn",
  "sangbadik er sathe kotha bolsos shunlam. ar ekbar jodi tor mukh camera te dekhi, Kalai bazar e tui r hatbi na. "
  "tor chele je school e jay oita amra jani")
F("threats_and_coercion", "en",
  "Backing out now?? Patient family already paid full. You sign the consent tomorrow or we leave you here without "
  "passport. Find your own way home and explain to BSF how you came.")
F("threats_and_coercion", "bn",
  "হাসপাতালে যদি কাউরে কইস যে তুই আত্মীয় না, তাইলে ইন্ডিয়ার পুলিশ তোরে জেলে দিবো, দশ বছর, কেউ ছাড়াইতে পারবো না। "
  "ইন্টারভিউতে খালি কবি 'হ্যাঁ, উনি আমার মামা'। মুখ বন্ধ রাখ।")
F("threats_and_coercion", "bn-Latn",
  "NGO r lok asle bolbi tui amake chinos na. tor ma er kisti er kagoj amar kase, mone rakhis. r 01713-887420 e "
  "ekhon theke call dibi na, notun number dibo", [("phone", "+8801713887420")])
F("threats_and_coercion", "en",
  "Your wife is asking too many questions at the union parishad. Tell her stop or next time she will also be "
  "'donor'. I am not joking. +91 98300 41267 whatsapp only if urgent", [("phone", "+919830041267")])
F("threats_and_coercion", "bn",
  "[ভয়েস] শুন, তোর ভাই টাকা টাকা কইরা বারবার ফোন দিতেছে। ওরে থামা। হামি ভালো মানুষ, খারাপ হইলে কিন্তু তোর ভাইক "
  "কেউ খুঁজেও পাইবো না। বুঝছিস?")
F("threats_and_coercion", "bn-Latn",
  "operation table e uthe ar 'na' bola jay na. consent e sign na korle doctor ke bolbo tui chor, amar kas theke taka "
  "churi korsos, ekhanei police case hobe, desh e r jaite parbi na")

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "কিডনি দেওয়ার পরে সেলিনা আর ফিরে নাই। ওর মা কান্দে। শুনছি ওরে কলকাতার এক বাড়িতে বেইচা দিছে, রাতে কাস্টমার আসে। "
  "দালাল কয় ও নিজেই থাইকা গেছে, ভালো আছে।")
F("sexual_exploitation", "bn-Latn",
  "apa, dalal er lok raate room e ashe. bole 'cooperate' na korle operation er taka cut. ami ki korbo bujhtesi na, "
  "keu nai ekhane, phone o oder kase, ei ta lukaye lekhsi")
F("sexual_exploitation", "en",
  "Two girls from Joypurhat available after recovery, 20-24 yrs, fair. Can work in your spa in Mumbai. They will "
  "not go back anyway, family thinks they are in garments. Rate as discussed.")
F("sexual_exploitation", "bn",
  "ও হামাক বিয়া করবো কইয়া ইন্ডিয়া নিয়া গেলো। ওইখানে গিয়া আগে হাসপাতাল, কিডনি নিলো। তারপর একটা বাড়িতে রাখি প্রতি রাইতে "
  "লোক আনে, কয় তুই এখন আমার বউ, যা কই তাই করবি।")
F("sexual_exploitation", "bn-Latn",
  "kaj beauty parlour e bolse, giye dekhi massage parlour, pichone room. passport kere nise. bolse 3 mash customer "
  "er sathe thakle kidney test er khoroch maf, na hole test er por operation")
F("sexual_exploitation", "en",
  "He sent me photo of her in hospital gown and wrote 'after stitch heal she can entertain guests'. Girl is 19 only. "
  "Her indian number +91 90736 18842 switched off since Friday.", [("phone", "+919073618842")])
F("sexual_exploitation", "bn",
  "ভাবি, কাউরে কইয়েন না। হামাক টাকার জন্য হোটেলে এক লোকের সাথে রাত কাটাইতে কইছে, কয় এইটা করলে অপারেশন বাদ, টাকা "
  "একই দিবে। না করলে কাল সকালে ওটিতে তুলবে।")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "ছেলেটার বয়স ষোলো, জন্মসনদে একুশ করছি। চেয়ারম্যান অফিসের লোক পাঁচ হাজার নিছে। পাসপোর্ট হয়া গেলে আগামী মাসে কলকাতা, "
  "দাড়ি একটু উঠুক ততদিনে।")
F("minors", "bn-Latn",
  "bhai ei ta to ekdom baccha, 15 bochor hobe. hospital e kew jiggesh korle ki bolbo?\n- boyos 19 likha ache NID te, "
  "eta tor dekhar bishoy na, tui shudhu or mama sajbi")
F("minors", "en",
  "Donor age on paper 22, actual around 17. Looks young so cut hair short and let moustache grow before the "
  "committee photo. Dr M said fine if documents ok.")
F("minors", "bn",
  "মাদ্রাসা থেকে দুইটা পোলা নিয়া গেছে ইন্ডিয়াত কাজের কথা কইয়া, ক্লাস নাইনে পড়ে। বাপ-মা জানে হোটেলে কাজ। এখন শুনি দুইজনই "
  "দিল্লির হাসপাতালে ভর্তি।")
F("minors", "bn-Latn",
  "meye tar boyos 14, take 'patient er meye' baniye pathabo, blood group mile gese. mayer sathe kotha holo, 1 lakh "
  "advance, ma kisti sodh korbe. baba bidesh e, jane na")
F("minors", "en",
  "Need O+ donor urgent, young is best, 16 to 20 ok we will do NID. Send face pic and blood report on "
  "wa.me/8801812690374", [("whatsapp", "+8801812690374")])
F("minors", "bn",
  "নতুন আইডির জন্য জন্ম সাল ২০০৩ দিবি, আসলে ২০০৯। আগেরটা বাতিল। কাগজে লেখা থাকবে NID: ২০০৩৩৮১৩৪৬৭০২৫৫১৯, এইটা মুখস্থ কর, "
  "হাসপাতালে জিগাইলে বয়স কবি তেইশ।", [("bd_nid", "20033813467025519")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "জয়পুরহাটের কালাই উপজেলায় কিডনি কেনাবেচা চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব। র‍্যাব জানায়, চক্রটি দরিদ্র "
  "মানুষকে ভারতে চাকরির প্রলোভন দেখিয়ে নিয়ে যেত। গ্রেপ্তারদের বিরুদ্ধে মানবদেহে অঙ্গ প্রতিস্থাপন আইনে মামলা হয়েছে।")
N("news", "en",
  "JOYPURHAT: Police on Tuesday arrested two suspected brokers in Kalai upazila accused of luring villagers to Indian "
  "hospitals with forged relationship papers, the additional SP told reporters. Victims said they were promised "
  "Tk 4-5 lakh but received far less.")
N("news", "bn-Latn",
  "Kalai te abar kidney dalal chokro, 2 jon arrest, ekjon er bari Udaypur union e. police bolse tara 5 bochor dhore "
  "ei kaj korto. full news comment e 👇 #Joypurhat")
N("news", "bn",
  "ক্ষুদ্রঋণের কিস্তি আদায়ে গ্রাহকের বাড়িতে গিয়ে চাপ না দিতে এনজিওগুলোকে নির্দেশ দিয়েছে মাইক্রোক্রেডিট রেগুলেটরি অথরিটি। "
  "বন্যাকবলিত এলাকায় তিন মাস কিস্তি স্থগিত থাকবে।")
N("news", "en",
  "India tightens checks on foreign organ donors: hospitals must now obtain a verification letter from the donor's "
  "embassy confirming the relationship before the authorisation committee meets, the health ministry said.")
N("news", "bn",
  "মায়ের কিডনিতে নতুন জীবন পেল কালাইয়ের কলেজছাত্র রাকিব। ঢাকার একটি সরকারি হাসপাতালে গত সপ্তাহে সফল প্রতিস্থাপন হয়। "
  "চিকিৎসকেরা জানান, মা ও ছেলে দুজনেই সুস্থ আছেন।")
# awareness
N("awareness", "bn",
  "সাবধান!! কেউ যদি ভারতে চাকরির কথা বইলা আগে রক্ত পরীক্ষা করাইতে চায়, বুঝবেন দালাল। চাকরির জন্য কিডনির টেস্ট লাগে না। "
  "গ্রামের সবাইরে জানান। সন্দেহ হইলে ৯৯৯ এ ফোন দিন। (শেয়ার করুন)")
N("awareness", "bn-Latn",
  "Kidney bikri kora oporadh. Ain onujayi shudhu nikot attiyo (ma baba bhai bon chele meye swami stri etc) kidney "
  "dite pare, taka lenden nishiddho. share koren, gram er manus jan.")
N("awareness", "en",
  "Community radio, Kalai 99.2 — today's message: If anyone offers you money for your kidney, or asks you to pretend "
  "to be someone's relative at a hospital, say no and tell your UP member. Your body is not for sale. Debt can be "
  "rescheduled, talk to your NGO branch manager.")
N("awareness", "bn",
  "জুম্মার পরে ইমাম সাহেবের ঘোষণা: কেউ ঋণের চাপে থাকলে মসজিদ কমিটির সাথে কথা বলেন, যাকাত ফান্ড থেকে সাহায্য করা হবে। "
  "দালালের কথায় বিদেশ বা হাসপাতালে যাবেন না।")
N("awareness", "bn-Latn",
  "BRAC migration er lok ashbe budhbar union porishod e, bidesh jabar age ki ki kagoj lage, passport visa BMET card "
  "kivabe korte hoy bujhiye bolbe. mayera o ashben, free.")
N("awareness", "en",
  "Safe migration tip #4: Never give your passport to a broker. Only a licensed agency may keep it, and only "
  "against a written receipt. Check the RL number on the BMET website before you pay any money.")
# official
N("official", "en",
  "M/S Barind Overseas (RL-1187), BMET approved. Demand for Malaysia, manufacturing, 120 male workers. Cost as per "
  "govt rate Tk 78,990, paid by bank only. Apply with passport copy: barind.overseas.rl1187@gmail.com / 01711-245863",
  [("email", "barind.overseas.rl1187@gmail.com"), ("phone", "+8801711245863")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, জয়পুরহাট: বিদেশগামী কর্মীদের বায়োমেট্রিক নিবন্ধন প্রতি রবি ও মঙ্গলবার। সাথে আনতে হবে "
  "পাসপোর্ট, জাতীয় পরিচয়পত্র ও ভিসার কপি। কোন দালালকে টাকা দিবেন না, সরকারি ফি ব্যাংকে জমা দিন।")
N("official", "en",
  "High Commission notice: Medical visa (MED) applicants may bring up to two attendants on MED-X visas. For organ "
  "transplant cases the donor must be a near relative; the relationship certificate and NID copies will be verified "
  "by the mission before the visa is issued.")
N("official", "bn",
  "কিডনি প্রতিস্থাপন কমিটি, ইউরোলজি বিভাগ: দাতা ও গ্রহীতার আত্মীয়তার প্রমাণ হিসেবে জাতীয় পরিচয়পত্র, জন্ম নিবন্ধন, "
  "ইউপি চেয়ারম্যানের প্রত্যয়নপত্র ও প্রয়োজনে ডিএনএ পরীক্ষার রিপোর্ট জমা দিতে হবে। সাক্ষাৎকারে দাতাকে একা উপস্থিত থাকতে হবে।")
N("official", "en",
  "This is to certify that Md. Alamgir Hossain, son of Md. Abdul Latif, NID: 3812456702, village Matrai, Kalai, "
  "Joypurhat is the real younger brother of Md. Jahangir Alam. He is known to me personally. Chairman, 3 No. Matrai UP.",
  [("bd_nid", "3812456702")])
N("official", "bn-Latn",
  "Priyo probashi, apnar BMET smart card prostut. Passport no. A12893407 soho jela jonoshokti office e aste hobe "
  "12/12/2026 er moddhe. - DEMO Joypurhat", [("bd_passport", "A12893407")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01711903482. Ref abbu hospital. Fee Tk 0.00. Balance Tk 25,340.50. "
  "TrxID CFJ8K2LM4P at 12/11/2026 19:04", [("phone", "+8801711903482"), ("mfs_transaction", "CFJ8K2LM4P")])
N("receipt", "en",
  "Money Received. Amount: Tk 3,000.00 Sender: 01912447615 Ref: kisti TxnID: 71KD9XQ2 Balance: Tk 3,412.00 "
  "12/11/2026 08:15", [("phone", "+8801912447615"), ("mfs_transaction", "71KD9XQ2")])
N("receipt", "bn-Latn",
  "Apnar kisti Tk 1,150 joma hoyeche. Baki rin: Tk 23,000. Porobortee kisti 19/11/2026. Dhonnobad - BRAC Dabi, Kalai shakha")
N("receipt", "en",
  "Cash-In from A/C: ***7319 Tk 12,000.00 Fee: Tk 0.00. Your A/C Balance: Tk 12,120.75 TxnId: 5510392847 "
  "Date: 02-DEC-26 04:12:33 pm", [("mfs_transaction", "5510392847")])
N("receipt", "en",
  "Rabindranath Tagore Intl Institute of Cardiac Sciences — OPD receipt no 44721. Patient: Rehana Begum (BGD). "
  "Nephrology consultation INR 1,200 + creatinine, USG KUB INR 3,450. Paid cash. Attendant: Md. Sohel Rana.")
N("receipt", "bn",
  "পেমেন্ট সফল। জয়পুরহাট ডায়াগনস্টিক সেন্টার, টাকা ২,১৫০.০০ (ক্রিয়েটিনিন, ইউরিন আর/ই, আলট্রাসনোগ্রাম)। "
  "TrxID DKE5Q81ZWA, ০৩/১২/২০২৬ ১১:২০", [("mfs_transaction", "DKE5Q81ZWA")])
# family
N("family", "bn",
  "আব্বার জন্য হামিই কিডনি দিমু, ডাক্তার কইছে ম্যাচ হইছে। ভাইয়া তুই পাসপোর্টটা জলদি করায় রাখিস, ভেলোরে অ্যাটেনডেন্ট লাগবে। "
  "টাকার চিন্তা করিস না, জমি বন্ধক দিবার দরকার নাই, মামারা দিবো কইছে।")
N("family", "bn-Latn",
  "ammu passport er photo tular jonno shonibar joypurhat jete hobe, sokal 9 tay. apu r biye niye abbu ke bolo taka "
  "niye tension na nite, ami bonus paile pathay dibo")
N("family", "en",
  "Sending 30k tonight for amma's dialysis. Please dont take loan from the somiti again, I will manage every month. "
  "Tell Rina to keep the hospital file in the steel almirah.")
N("family", "bn",
  "মেয়ের বিয়ার কথা চলতেছে, ছেলে দুবাই থাকে। আগে ভালো কইরা খোঁজ নেও, ওর পাসপোর্ট, কাজের কাগজ আর ইকামা দেখাইতে কও। "
  "ঘটক যা কয় তাই বিশ্বাস কইরো না।")
N("family", "bn-Latn",
  "bhaiya kisti r 2 ta baki, ami ei mash er beton peye diye dibo, ma ke bolo chinta na korte. r choto ke bolo "
  "porikkhar fee ami bkash korbo")
N("family", "bn",
  "ছোটটার জন্ম নিবন্ধন অনলাইন করা লাগবে স্কুলে ভর্তির জন্য। চেয়ারম্যান অফিসে গেছিলাম, কয় বাপের এনআইডি কপি লাগবে, ১০০ টাকা ফি। "
  "কালকে তোর এনআইডির ফটোকপি নিয়া আসিস।")
N("family", "en",
  "Abbu's medical visa for Vellore came today alhamdulillah. Dr appointment on 14th. I'll go as attendant, Rony stays "
  "with ammu. Train from Kolkata booked, Hili border Saturday.")
# worker_content
N("worker_content", "bn-Latn",
  "Malaysia te 2 bochor holo, company valo, overtime er taka thik moto dey, permit renew company kore dise. ekhon "
  "barir kisti sob sodh, alhamdulillah 🤲")
N("worker_content", "bn",
  "সৌদিতে কাজ কঠিন, গরম অনেক, কিন্তু বেতন মাসের শেষে ঠিকঠাক পাই। ইকামা নবায়ন কোম্পানি নিজে করছে। সামনের বছর ছুটিতে আসমু ইনশাআল্লাহ।")
N("worker_content", "en",
  "Dubai week 1: room is small, 6 of us, but AC works and mess food is ok. Supervisor strict but fair. Passport is "
  "with me, they only took a copy. Will send money after first salary.")
N("worker_content", "bn",
  "গাজীপুরের ফ্যাক্টরিতে এই মাসে ওভারটাইম বেশি, শরীর ক্লান্ত। বেতন দুই দিন দেরিতে দিছে, মেজাজ খারাপ, তাও দিছে। ঈদের বোনাস ঘোষণা দিছে।")
N("worker_content", "bn-Latn",
  "ajke hospital e double shift, 12 ghonta, nurse kom. dialysis unit e 3 jon notun patient. tired but kal off, "
  "ammu ke dekhte bari jabo")
N("worker_content", "en",
  "Got my first full salary from the brick field in Akkelpur, 14k for the month. Owner gave advance for my sister's "
  "wedding and will cut it in small parts, we agreed on paper.")
# joke
N("joke", "bn-Latn",
  "iPhone 17 er dam shune mone hoilo ekta kidney bechte hobe 😂😂 dalal bhai inbox e ashen")
N("joke", "bn",
  "বউ কয় ঈদের শাড়ি লাগবো পাঁচটা, হামি কইলাম কিডনি তো আর একটাই বাকি আছে 🤣🤣")
N("joke", "en",
  "My bank balance after Eid shopping: urgently need donor, any blood group, any organ 😭😭")
N("joke", "bn-Latn",
  "dalal bhai bolse Joypurhat theke Canada 3 din e, shudhu ekta condition, nijer pakha thakte hobe 🦅😂")
N("joke", "bn",
  "সমিতির আপা এত ঘন ঘন আসে, মনে হয় হামার বাড়িতেই পোস্টিং নিছে 😂 চা বিস্কুট এখন বাজেটে ধরা")
N("joke", "en",
  "Bangladeshi mom: 'Look at Rahim's son, went to Malaysia, sends money every month. And you? Sleeping till 11' 😂")
# chatter
N("chatter", "bn-Latn",
  "tomra keu jano Kalai theke Hili jaite first bus kotay chare? bhai ke indiar train e tule dite hobe, chikitsa "
  "korate jacche vellore")
N("chatter", "en",
  "Anyone know a good nephrologist in Bogura? Uncle's creatinine is 4.1, doctor here saying maybe dialysis. "
  "Please inbox.")
N("chatter", "bn",
  "এইবার দালাল ছাড়া নিজে পাসপোর্ট করছি, অনলাইনে আবেদন, ব্যাংকে ফি জমা, তিন সপ্তাহে হাতে পাইছি। কেউ করতে চাইলে কইয়েন, "
  "কেমনে করছি দেখায় দিমু।")
N("chatter", "bn-Latn",
  "police aj bazar e checking korse, bike er kagoj r license chaise. tomra helmet chara beriyo na, 3 jon ke jorimana korse")
N("chatter", "en",
  "Matrai UP office closed tomorrow for the by-election, warish and nationality certificates next week. Tell "
  "everyone in the para.")
N("chatter", "bn",
  "আজকে শুনলাম উত্তর পাড়ার রফিক ভাইয়ের আব্বার কিডনি ফেইল, সপ্তাহে দুইবার ডায়ালাইসিস। দোয়া কইরেন সবাই, হাসপাতাল খরচ অনেক।")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজকে হাটে আলুর দাম কমছে, কেজি ২৫ টাকা। পিয়াজ এখনো বেশি।", hard=False)
N("chatter", "bn-Latn", "kal Bangladesh vs Afghanistan match koyta y? ami bazar theke fire dekhbo", hard=False)
N("family", "bn", "আম্মা বিকালে পিঠা বানাইছে, সবাই সন্ধ্যার আগে আইসো।", hard=False)
N("family", "en", "Reached home safely. Roads were flooded near Panchbibi so bus took 2 extra hours.", hard=False)
N("joke", "bn-Latn", "shiter sokal e lep theke uthar cheye kothin kaj duniya te nai 🥶😂", hard=False)
N("news", "bn", "জয়পুরহাটে আগামী তিন দিন ঘন কুয়াশা ও শৈত্যপ্রবাহের সম্ভাবনা, জানিয়েছে আবহাওয়া অফিস।", hard=False)
N("awareness", "en", "Polio vaccination camp on Saturday at Kalai health complex, bring all children under 5.", hard=False)
N("worker_content", "bn-Latn", "aj field e aman dhan kata shesh, fosol valo hoise alhamdulillah", hard=False)
N("chatter", "en", "Who has the notes for HSC physics chapter 3? Exam next Sunday", hard=False)
N("official", "bn", "কালাই উপজেলা কৃষি অফিস: বিনামূল্যে সরিষার বীজ বিতরণ হবে বৃহস্পতিবার সকাল ১০টায়।", hard=False)
N("joke", "en", "Me: I'll sleep early tonight. Also me at 2am: watching cooking videos of food I'll never cook 😂", hard=False)


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
    random.Random(101).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev101-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
