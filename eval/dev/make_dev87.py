#!/usr/bin/env python3
"""Blind dev set dev87: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a public prosecutor at a Dhaka anti-trafficking tribunal reviewing the chat evidence of many cases of every kind (overseas jobs, debt, domestic servitude, forced prostitution, child trafficking, ransom, forced labour in Bangladesh itself): the actual messages exchanged between accused, victims and families, in every register of Bengali, Banglish and English. Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev87.jsonl"
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


BTC1 = btc("dev87-btc-1")
TRON1 = tron("dev87-tron-1")
ETH1 = eth("dev87-eth-1")

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
# (write F(...) items here: 60, about 7-8 per category, spread over the three scripts)

# ---------------------------------------------------------------- hard negatives
# (about 48 N(...) items, hard=True, spread over the voices)

# ---------------------------------------------------------------- easy negatives
# (about 12 N(..., hard=False))

# recruitment_deception
F("recruitment_deception", "bn", "ভাই সৌদিতে হাসপাতালে ক্লিনারের কাজ, বেতন ৪০ হাজার টাকা, ওভারটাইম আলাদা। ভিসাটা ফ্রি ভিসা কিন্তু চিন্তা কইরেন না ওখানে নামলেই আমার লোক কাজ ধরায়া দিবে। কাউরে কিছু জিগাইতে হবে না, বিএমইটির ফিঙ্গার আমরাই করায়া দিমু। ০১৭১৩-৫৫২৯০৮ এ ইমো দেন", [("phone", "+8801713552908")])
F("recruitment_deception", "bn", "আম্মা এইখানে আইসা দেখি হোটেলের কাজ না, মরুভূমির মধ্যে উটের খামারে রাখছে। দালাল কইছিল রেস্টুরেন্টে ওয়েটার, এসি রুম। কফিলরে কইলে কিছু বুঝে না খালি চিল্লায়। দালালরে ফোন দিলে ধরে না আর")
F("recruitment_deception", "bn", "আপা দুবাইতে বিউটি পার্লারে হেল্পার লাগবে, শুধু মেয়ে। অভিজ্ঞতা লাগবে না ট্রেনিং ওখানেই দিবে। ভিজিট ভিসায় যাবেন, গেলে পরে ওয়ার্ক পারমিট হয়ে যাবে। এয়ারপোর্টে কেউ জিগাইলে বলবেন খালার বাসায় বেড়াইতে যাইতেছেন, কাজের কথা মুখেও আনবেন না")
F("recruitment_deception", "bn-Latn", "bhai malaysia factory visa ase, calling visa na kintu same e, giye 3 mash er moddhe permit kore dibo. beton 1800 ringgit fixed. office e asar dorkar nai sob whatsapp e hobe wa.me/8801914326781", [("whatsapp", "+8801914326781")])
F("recruitment_deception", "bn-Latn", "[voice note] bhaiya ami to oman e aisi, kintu je company r nam paper e chilo oita na. supervisor bole tomar contract eta na, ekhane 12 ghonta kaj, beton 25 hajar na 14 hajar. agent re call dile dhore na, ekbar dhorse bole kichudin adjust koro")
F("recruitment_deception", "bn-Latn", "Europe!! Romania work permit 100% guarantee, embassy face kora lagbe na amader setting ase. Serbia diye dhukaiya dimu, pore Italy. bishwas na hoile page er review dekhen. tg te knock den @romania_job_bd", [("telegram", "@romania_job_bd")])
F("recruitment_deception", "en", "Dear brother the job in Kuwait is company driver, you will get car and room. Only thing, visa paper will show 'house driver' because company quota is full, dont worry its only on paper. At BMET counter dont say company name, just say house driver ok")
F("recruitment_deception", "en", "Sis its receptionist job in 4 star hotel Dubai, 3500 AED + tips. They book the ticket, you pay later from salary. No need to give family all details just say hotel job. Send passport photo page + 2 pics to rasel.overseas.hr@gmail.com", [("email", "rasel.overseas.hr@gmail.com")])

# fees_and_debt
F("fees_and_debt", "bn", "মেডিকেল আর ভিসা মিলায়া ৪ লাখ ৮০ হাজার লাগবো। সরকারি রেট যে ৭৯ হাজার ওইটা কাগজে লেখা থাকবো, রিসিটও ওইটারই পাইবেন। বাকি টাকা হাতে হাতে দিতে হবে, ব্যাংকে না। বিএমইটিতে কেউ জিগাইলে কইবেন ৭৯ দিছেন")
F("fees_and_debt", "bn", "আব্বা কফিল কইছে আমার টিকেট আর ভিসার খরচ ৬ হাজার রিয়াল, ওইটা শোধ না হওয়া পর্যন্ত পুরা বেতন পাবো না, মাসে মাসে ৮০০ কাটবো। এদিকে খাওনের খরচও কাটে। হিসাব কইরা দেখলাম দুই বছরেও শেষ হইবো না")
F("fees_and_debt", "bn", "ভাবি, আপনের মাইয়ারে ঢাকায় বাসার কাজে দিছি। অগ্রিম যে ২০ হাজার নিছেন ওইটা ওর বেতন থেকে কাটা যাবে, দুই বছর বেতন পাঠানো লাগবো না। ওরে বাড়ি আনার কথা কইলে আগে পুরা টাকা ফেরত দিবেন, তারপর")
F("fees_and_debt", "bn-Latn", "apnar chele r file open hoise. ekhon 1 lakh advance den, baki 3.5 lakh flight er age. jomi bondhok rakhen ba kisti nen sobai tai kore. ar visa reject hoileo taka ferot hobe na eta age e bole dilam pore jhamela koiren na")
F("fees_and_debt", "bn-Latn", "bhai ekhane ashar por bole ticket er taka 1 lakh 20 hajar amar nam e debt, salary theke 10 mash katbe. 10 mash por abar bole room vara, iqama renew, medical sob amar nam e. ei hisab e ami jibone shodh korte parbo na")
F("fees_and_debt", "bn-Latn", "sordar dadon dise 30 hajar season er age, ekhon bole 6 mash bhatay thakte hobe puro poribar soho. dadon shodh na hoile kothao jaite parbo na. hisab chaile khata dekhay na, bole tor baki aro 12 hajar")
F("fees_and_debt", "en", "Your cousin's balance is still 2.1 lakh. Interest 10% per month as agreed. If he doesnt clear by Eid his passport stays with me and the new visa is cancelled. Tell your uncle, no more excuses")
F("fees_and_debt", "en", "ok listen the 'training fee' 55k is non refundable, then 1.5 lakh 'processing' and 2 lakh on visa stamping. yes its more than what BMET says, everyone pays this. bkash the first part to 01829-447130 personal and send screenshot", [("phone", "+8801829447130")])

# payments_and_proceeds
F("payments_and_proceeds", "bn", "লিবিয়ার পার্টির পাঁচজনের টাকা তিন ভাগ কইরা ঢুকাইবা, এক নাম্বারে ২৫ হাজারের বেশি না। ০১৭৪৫৬২০৯৩১ বিকাশ, ০১৮১৬৩৩৪০৭২ নগদ, বাকিটা রকেটে। কাজ শেষে মেসেজ গুলা ফোন থেকে ডিলিট কইরা দিবা", [("phone", "+8801745620931"), ("phone", "+8801816334072")])
F("payments_and_proceeds", "bn", "ছেলের ভিডিও তো দেখছেন। টাকা দেওনের নিয়ম: ৫০ হাজার কইরা ১৪ বার, নগদ ০১৩১২৯৮৭৬৪০ এ। প্রত্যেকবার TxnID পাঠাইবেন। প্রথমটা পাইছি TxnID: 7KD3M2QX, বাকিগুলা কাইলকার মধ্যে", [("phone", "+8801312987640"), ("mfs_transaction", "7KD3M2QX")])
F("payments_and_proceeds", "bn", "হোটেলের মেয়েগুলার আজকের কালেকশন ৬৮ হাজার। ম্যাডামের ভাগ কাইটা বাকিটা রাতেই সুমন ভাইয়ের বিকাশে দিয়া দিছি, TrxID BFK7L2M9QA। মেয়েদের হাতে কিছু দেই নাই যেমন কইছিলেন", [("mfs_transaction", "BFK7L2M9QA")])
F("payments_and_proceeds", "bn-Latn", "boss ekhon theke payment crypto te nibo, bkash e beshi jhamela police track kore. cambodia r 3 jon er family ke bolo binance P2P theke USDT kine ei TRC20 address e pathate: " + TRON1 + " . 9 lakh er kom hoile chharbo na", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "malaysia theke je 14 jon er salary ashe oder ATM card amar kache, ami tuli. protek jon ke mash e 300 ringgit dei baki amar account e. ora jane na company koto dey, jante dibi na")
F("payments_and_proceeds", "en", "Bro Dubai girls money this week 12,400 AED. 10k gone by hawala to Jamal bhai, receipt pic in whatsapp. Dont put ur own name on any transfer, use the shop account. Next batch of 4 lands thursday")
F("payments_and_proceeds", "en", "send ETH to " + ETH1 + " only, the btc one " + BTC1 + " is closed now. after family pays we give his passport back and he flies. keep each tx under 1000 usdt so exchange dont flag", [("eth_address", ETH1), ("btc_address", BTC1)])

# isolation_and_control
F("isolation_and_control", "bn", "মা আমি লুকায়া আরেক মেয়ের ফোন থেকে দিতেছি। আমার ফোন ম্যাডাম নিয়া গেছে আসার দিনই। বাইরে যাইতে দেয় না, গেটে তালা। শুক্রবারে ১০ মিনিট কথা কওয়ার দেয়, পাশে দাঁড়ায়া থাকে। এই নম্বরে কল দিও না")
F("isolation_and_control", "bn", "ওখানে গিয়া কারো সাথে বেশি কথা বলবা না, এম্বাসিতে যাওয়ার কোনো দরকার নাই। পাসপোর্ট এয়ারপোর্টেই আমার লোকের হাতে দিবা, ও রাখবে। বাড়িতে ফোন দিলে শুধু বলবা ভালো আছি, আর কিছু না")
F("isolation_and_control", "bn", "রহিমার মা, আপনার মেয়ে এখন কথা কইতে পারবো না, ম্যাডাম নিষেধ করছে। ঈদে দেখা করতে আইসেন না, বাসার ঠিকানা দেওয়া যাবে না। টাকা যা পাঠাই তাই নিবেন, বেশি খোঁজ নিলে সমস্যা")
F("isolation_and_control", "bn-Latn", "bhai amader camp theke ber hoite dey na, gate e guard bosha. passport company rakhse, iqama o dey nai 7 mash hoilo. mobile ek jon er kase ase shobai raat e oita share kori 5 min kore")
F("isolation_and_control", "bn-Latn", "apu ami je bari te kaj kori ora bahire gele amake ek ta room e tala diye jay. bari te phone dite dey na, bole tor ma ke ami nijei bolbo. please keu amake niye jao")
F("isolation_and_control", "bn-Latn", "notun 6 jon ke ek room e rakhbi, bahir er karo sathe mishte dibi na. sim card gula amar kache jama de. je beshi proshno kore take alada kore rakh")
F("isolation_and_control", "en", "Apa I am writing from bathroom. Madam took my phone, this one old I hide. They say I cant go embassy because I have no papers, passport with sir. Please tell my brother this number +966 53 418 2276 only msg not call", [("phone", "+966534182276")])
F("isolation_and_control", "en", "Keep them in the Gazipur flat till boat date. No phones, no visitors, food from outside only. If anyones family calls say they already reached Malaysia and are fine")

# labour_exploitation
F("labour_exploitation", "bn", "সকাল ৫টা থেকে রাত ১টা পর্যন্ত কাজ, তিনটা বাসার কাজ একলা করায়। এক বেলা ভাত দেয় বাকি সময় শুকনা রুটি। ৫ মাস বেতন দেয় নাই, চাইলে বলে খালি হাতে দেশে পাঠায়া দিবো")
F("labour_exploitation", "bn", "ফ্যাক্টরিতে ১৬ ঘণ্টা শিফট, মাসে একদিনও ছুটি নাই। বেতন ৯ হাজার কইছিল দেয় ৪ হাজার, বাকিটা 'জামানত' রাখে, চাকরি ছাড়লে ওইটা আর দিবো না। রাতে মেশিনের পাশে ফ্লোরেই ঘুমাই")
F("labour_exploitation", "bn-Latn", "trawler e 2 mash dhore achi, kul e namte dey na. raat din jal tana, jor aisha gelo oushud nai. majhi bole season shesh e taka dibe but age o keu re dey nai")
F("labour_exploitation", "bn-Latn", "bhai ekhane ja bolsilo tar kichui na. 45 degree te construction 14 ghonta, AC room er kotha chilo paisi tin er ghor. overtime er taka nai, friday o kaj. beshi kotha bolle kafil bole desh e pathay dibo")
F("labour_exploitation", "en", "We are 30 men in one container room, one toilet. Work 6am to 10pm on farm, salary 'after season'. Already 4 months nobody got paid, they give rice and daal and say this is your salary")
F("labour_exploitation", "en", "Boss said new boys do 2 weeks no pay as 'trial', then 8000 taka minus food and mess. If they break a plate it comes from salary. Keep them working sundays too, no leave first year")
F("labour_exploitation", "en", "madam here make me wake 4am, cook clean 3 children, also her sister house. i sleep kitchen floor. salary she says she send to my husband but he get nothing since march. my hands skin peeling from chemical")

# threats_and_coercion
F("threats_and_coercion", "bn", "বেশি ফাল পারলে পুলিশে ধরায়া দিমু, তোর তো ইকামা নাই। জেলে পচবি, কেউ খুঁজতেও আসবো না। চুপচাপ কাজ কর")
F("threats_and_coercion", "bn", "তোর ভাই আমাগো কাছে। দুই দিনের মধ্যে ৫ লাখ না দিলে ওর লাশ পাবি। পুলিশরে জানাইলে বুঝবি কি হয়। ভিডিওটা দেখ, এখনো তো ভালোই আছে")
F("threats_and_coercion", "bn", "আপনার ছেলের নামে কোম্পানি পলাতক মামলা দিছে। টাকা না দিলে ওরে আর দেশে ফিরতে দিবো না। আর আমি জানি আপনের বাড়ি কোনটা, বাজারে আপনের দোকানটাও চিনি")
F("threats_and_coercion", "bn-Latn", "tui jodi thanay jas tor meye r chobi gula facebook e chharay dimu. taka ferot chawar kotha bhule ja, gram e tor ijjot r thakbe na")
F("threats_and_coercion", "bn-Latn", "[voice note] ei shon, ajke jodi abar kaj korbo na bolos tor ammu re gram e amar lok dekhe ashbe. bujhsos? ar current er shock ta mone ase to, abar lagbe?")
F("threats_and_coercion", "bn-Latn", "case ta uthay nen. na hoile apnar chele je abar Saudi jaite chay or file amar hate. BMET e blacklist korabo, jibone bidesh jaite parbe na. bujhe shune chalen")
F("threats_and_coercion", "en", "You signed the paper. If you run away sponsor will file huroob and you become illegal, no exit, no salary, jail then deport. Better finish 2 years quietly")
F("threats_and_coercion", "en", "Last warning. The boy owes us 3 lakh. Pay by friday or he gets sold to the other side, they wont be this nice. Dont go to RAB we have people there. Call 01558-903214 only", [("phone", "+8801558903214")])

# sexual_exploitation
F("sexual_exploitation", "bn", "ওরা ড্যান্সারের কাজ কইছিল, আইসা দেখি রাতে হোটেলে কাস্টমারের রুমে পাঠায়। না গেলে খাইতে দেয় না। ম্যাডাম কয় ভিসার খরচ তো এইভাবেই তুলতে হইবো")
F("sexual_exploitation", "bn", "নতুন মাল আসছে দুইটা, গ্রামের, একদম ফ্রেশ। রাতের জন্য ৮ হাজার, পুরা রাত ১৫। লোকেশন আগে বলা যাবে না, অগ্রিম দিয়া কনফার্ম করেন তারপর গাড়ি পাঠামু")
F("sexual_exploitation", "bn-Latn", "apu tumi model hobe, photoshoot kolkata te, sob khoroch amar. border e jhamela nai amar lok ase. shudhu ekta kotha, shoot er por party te guest der sathe ektu friendly thakte hobe, bujhso to")
F("sexual_exploitation", "bn-Latn", "hotel er 3 tola. notun meye 2 ta ashse sylhet theke, room 304 r 305. customer pathan, payment counter e korben, meye der hate taka diben na")
F("sexual_exploitation", "bn-Latn", "biye korsi to ki hoise, tui amar bou, ami ja bolbo tai korbi. bondhu ra ashbe ajke oder khushi rakhbi. tor passport amar kase, Dubai te tui kothao jaite parbi na")
F("sexual_exploitation", "en", "new girls in, fresh, no experience, very obedient 😉 outcall only banani/gulshan hotels. serious ppl DM insta @dhaka_vip_nightz advance required", [("instagram", "@dhaka_vip_nightz")])
F("sexual_exploitation", "en", "He recorded the video when I was drunk and now he says he'll send it to my family unless I go with his 'friends' every weekend. He takes the money they give him. I cant say no")

# minors
F("minors", "bn", "মেয়ের বয়স ১৩ কিন্তু পাসপোর্টে ২৫ কইরা দিমু, জন্ম নিবন্ধন বদলাইতে ৮ হাজার লাগবো। দেখতে একটু বড় লাগলেই হইবো। সৌদির বাসায় কাজ, মাসে ২০ হাজার")
F("minors", "bn", "গ্রাম থেকে ১০-১২ বছরের দুইটা পোলা আনছি, হোটেলে থালাবাসন ধোয়ার কামে দিমু। ওগো বাপ-মায়েরে ঈদের সময় ২ হাজার কইরা দিলেই হইবো। স্কুলের কথা কেউ জিগাইলে কইবা আত্মীয়ের বাসায় থাকে")
F("minors", "bn", "ক্লাস সেভেনে পড়া মাইয়াটারে আগে বিয়ার কথা কইয়া রাজি করাও। বর্ডার পার করাইয়া দিলেই ওইপারের লোক নিয়া নিবো, ৫০ হাজার আমাগো")
F("minors", "bn-Latn", "kaka ami class 8 e pori, amake ekta bari te kaje diye gese, school jaite dey na. madam mare. abba ke bolo nite ashte, amar kase phone nai eita driver chachar phone")
F("minors", "bn-Latn", "choto meye lagbe 12-14, bashar kaj er jonno. beton lagbe na khali khaoa porar. gorib family dekhe anben, parents ke kichu taka dilei hobe. dhaka te ami pathabo jekhane dorkar")
F("minors", "en", "The boy is 15 but birth cert will say 19, my cousin at union office fixes it. Camel farm job, no school needed. Give his mother 30k and he leaves with us Tuesday")
F("minors", "en", "hey cutie ur 14 rite? u look older tho 😍 i can get u modelling job in dhaka, lots of money. dont tell ur ammu, our secret ok. add me on telegram @shoot_with_rony", [("telegram", "@shoot_with_rony")])

# ---- hard negatives
# news
N("news", "bn", "রাজধানীর পল্টন থেকে মানব পাচার চক্রের ৩ সদস্যকে গ্রেপ্তার করেছে র‍্যাব-৩। তারা বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে লিবিয়া হয়ে ইতালি পাঠানোর কথা বলে জনপ্রতি ৮ লাখ টাকা নিত বলে জানিয়েছে র‍্যাব।")
N("news", "en", "Malaysia labour market: BMET says 4,200 workers left this week; the government cost remains capped at Tk 78,990. Migrant rights groups say many paid more than Tk 5 lakh to middlemen.")
N("news", "bn-Latn", "Breaking: Saudi te huroob case e atka Bangladeshi shromik der jonno amnesty, embassy bolse 30 November er moddhe passport copy joma dite hobe labour wing e. source: Prothom Alo")
N("news", "bn", "নারায়ণগঞ্জে শিশুশ্রম বিরোধী অভিযানে ১২টি কারখানাকে জরিমানা করেছে ভ্রাম্যমাণ আদালত। উদ্ধার হওয়া ১৭ শিশুকে পরিবারের কাছে হস্তান্তর করা হয়েছে।")
N("news", "en", "Tribunal sentences two to life for trafficking women to Dubai dance bars; the court found the accused lured victims with promises of beauty-parlour jobs and kept their passports.")
N("news", "bn", "সিলেটে ডেকে নিয়ে মুক্তিপণ দাবি: অপহৃত যুবককে ১২ ঘণ্টার মধ্যে উদ্ধার করেছে পুলিশ, আটক ২ জন")
# awareness
N("awareness", "bn", "সতর্কতা ⚠️ বিদেশ যাওয়ার আগে এজেন্সির লাইসেন্স নম্বর যাচাই করুন। কাউকে পাসপোর্ট জমা দেবেন না, 'ফ্রি ভিসা' নামে কোনো ভিসা নেই। সন্দেহ হলে প্রবাসবন্ধু কল সেন্টারে যোগাযোগ করুন।")
N("awareness", "bn-Latn", "FORWARD KORUN: keu jodi bole 'Dubai te beauty parlour e job, kono khoroch nai' - shabdhan! etai pachar er fad. meye der passport karo hate diben na. share koren jate gramer sobai jane 🙏")
N("awareness", "en", "If your employer keeps your passport, that is not allowed under Saudi law. Contact the Bangladesh Embassy Riyadh labour wing. Never pay a 'dalal' extra for iqama renewal - it is the employer's cost.")
N("awareness", "bn", "মা-বাবারা সচেতন হোন: ১৮ বছরের কম বয়সী মেয়েকে বিয়ে দেওয়া অপরাধ। বয়স বাড়িয়ে জন্ম নিবন্ধন করা দণ্ডনীয়। বাল্যবিবাহ দেখলে ইউএনও অফিসে জানান।")
N("awareness", "en", "Scam alert: someone you met online asks you to come abroad for a 'job' or 'marriage' and wants your passport copy? block & report. Telegram job groups that ask you to pay 'training fee' first are fraud.")
N("awareness", "bn-Latn", "amader union parishad theke janano jacche: bidesh jete icchuk der jonno free training o registration hobe shonibar, sathe NID ar passport er photocopy anben. kono taka lagbe na, dalal er kotha shunben na")
# official
N("official", "en", "M/S Al-Madina Overseas (RL-1187): Demand for 50 cleaners, Al Jazeera Hospital, Riyadh. Salary SAR 1,200 + food & accommodation by employer. Migration cost as per govt. fixed rate, payment by bank draft only. Contact +8801711-204563 or info.almadina.rl1187@gmail.com", [("phone", "+8801711204563"), ("email", "info.almadina.rl1187@gmail.com")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের স্মার্ট কার্ড বিতরণ আগামী রবিবার। নিজ নিজ পাসপোর্ট, ভিসার কপি ও জাতীয় পরিচয়পত্র সাথে আনতে হবে। কোনো দালালের মাধ্যমে আবেদন গ্রহণযোগ্য নয়।")
N("official", "en", "High Commission of Bangladesh, Kuala Lumpur: workers whose passports are held by employers may apply for a travel permit. Bring a copy of the police report. Labour wing WhatsApp: wa.me/60173529146", [("whatsapp", "+60173529146")])
N("official", "bn-Latn", "Priyo probashi, Rahman Travels & Manpower (RL 0934) theke janano jacche apnar Saudi visa stamp hoyeche. passport ferot nite office e ashun, BMET fingerprint er date 14 tarikh. agency ke kono extra taka diben na.")
N("official", "en", "Applicant Md. Shahin Alam, Passport No. A03918274, NID 1994268745139: your Japan TITP interview is scheduled 12 Jan, 10am, BMET Kakrail. Bring original certificates and 2 photos.", [("bd_passport", "A03918274"), ("bd_nid", "1994268745139")])
N("official", "bn", "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো: অভিবাসী কর্মী শাহানাজ পারভীন (পাসপোর্ট নং EB0482193) এর অভিযোগের প্রেক্ষিতে সংশ্লিষ্ট রিক্রুটিং এজেন্সিকে ১,২০,০০০ টাকা ফেরত প্রদানের আদেশ দেওয়া হলো।", [("bd_passport", "EB0482193")])
# receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01819456732. Ref abbar taka. Fee Tk 0.00. Balance Tk 31,442.50. TrxID BH47KQ9XZ2 at 03/12/2026 19:41", [("phone", "+8801819456732"), ("mfs_transaction", "BH47KQ9XZ2")])
N("receipt", "en", "Money Received. Amount: Tk 8000.00 Sender: 01634218890 Ref: passport fee TxnID: 73KPL9QD Balance: Tk 9120.37", [("phone", "+8801634218890"), ("mfs_transaction", "73KPL9QD")])
N("receipt", "bn", "সেন্ড মানি সফল। ৳১২,০০০.০০ পাঠানো হয়েছে ০১৭১৮৯০৩৬৫২ নম্বরে। ফি ৳৫.০০। ব্যালেন্স ৳৩,২১০.৫০। TrxID CA92MTW1KE ১২/১১/২০২৬ ১১:০২", [("phone", "+8801718903652"), ("mfs_transaction", "CA92MTW1KE")])
N("receipt", "en", "Cash-In from A/C: ***6621 Tk 60,000.00 Fee: Tk 0.00 Balance Tk 61,230.00 TxnId: 4419287735. Remittance from KSA", [("mfs_transaction", "4419287735")])
N("receipt", "en", "Dear Customer, your A/C **3817 has been credited BDT 1,48,250.00 (Foreign Remittance SAR 5,000 incl. 2.5% govt incentive) on 01-DEC-26. Sonali Bank PLC.")
N("receipt", "bn-Latn", "ammu dekhen pathay disi 15000. TrxID AM3X8QZ1P5 .. medical er taka agency ke disi receipt o nisi, tension koiren na", [("mfs_transaction", "AM3X8QZ1P5")])
# family
N("family", "bn", "আম্মা পাসপোর্ট রেডি হইছে, কাল আনতে যাবো। ভাইয়া বলছে দুবাইয়ের ভিসা ওর কোম্পানি থেকেই দিবে, সব খরচ কোম্পানির। তুমি চিন্তা কইরো না, ফুপার সাথে এয়ারপোর্টে যাবো")
N("family", "bn-Latn", "abbu jomi bondhok rakhar dorkar nai, ami Malaysia theke mash e 40k pathai. bike ta kisti te nibo na ekhon, ager loan ta age shodh kori")
N("family", "en", "Mum the girl's family wants the wedding after her HSC, she's 17 now so we wait, no rush. Her father asked for the boy's passport copy and job letter from Qatar, I'll send it")
N("family", "bn", "বড় আপা, রুমানারে ঢাকায় হোস্টেলে রাখতেছি কোচিং এর জন্য। মাসে ৬ হাজার লাগবে, বিকাশে পাঠায়া দিও ০১৯১১৭৪৮২০৩ এ, এইটা আমার নম্বর", [("phone", "+8801911748203")])
N("family", "bn-Latn", "mama amar passport ta agency theke ferot anlam, Saudi r visa hoy nai tai cancel korlam. agency puro taka ferot dise receipt soho, alhamdulillah jhamela hoy nai")
N("family", "en", "Bhaiya did you send the NID copy to kazi office? Tania's nikah registration needs both. Mine is NID 19958914327001245, hers the smart card one", [("bd_nid", "19958914327001245")])
# worker_content
N("worker_content", "bn-Latn", "alhamdulillah Qatar e 3 bochor hoye gelo, company bhalo, salary time moto dey, overtime o pai. eid e chuti te desh e ashbo, ticket company dibe 😊")
N("worker_content", "bn", "সৌদিতে আমাগো কোম্পানিতে এই মাসের বেতন ১০ দিন লেট, মেজাজ খারাপ। তবে ম্যানেজার কইছে সামনের সপ্তাহে দিবো, সবাই তো পায়, সমস্যা নাই। গরমে কাজ কঠিন রে ভাই")
N("worker_content", "en", "Work in Singapore shipyard is hard but ok. 10 hours a day, sunday off. My passport is with me, company only keeps copy of work permit. Salary came in bank today 🙏")
N("worker_content", "bn-Latn", "Dubai te delivery er kaj kori, bike company er. din e 12 ghonta chalai nijer ichhay beshi income er jonno, commission e. mash e 4000 dirham ashe, khorcha baad diye bhalo thake")
N("worker_content", "bn", "গার্মেন্টসে আজকেও রাত ১০টা পর্যন্ত ওভারটাইম, সুপারভাইজার কড়া। তবে ওটির টাকা ঠিকঠাক দেয়, এই মাসে ১৬ হাজার তুললাম")
N("worker_content", "en", "Housemaid in Jordan, 2nd contract. Madam is strict about cleaning but she lets me call home every night, passport I keep in my bag. Salary 300 JD, she sends to my bKash directly")
# joke
N("joke", "bn-Latn", "bhai amar boss amake debt bondage e rakhse 😂 ekbar lunch treat dise ekhon protidin overtime korte hoy")
N("joke", "bn", "বউ আমার মোবাইল কাইড়া নিছে, বাইরে যাইতে দেয় না, কয় শ্বশুরবাড়ি ছাড়া কোথাও যাবা না 😭 এইটা কি মানব পাচার? হেল্পলাইনে ফোন দিমু 🤣")
N("joke", "en", "Selling my little brother, 11 yrs, eats a lot, fights with everyone, free delivery anywhere in Dhaka 😂😂 serious buyers only")
N("joke", "bn-Latn", "passport joma dao, 5 lakh advance dao, tomake mongol groho te pathabo, kaj: alien der cha banano 😂☕🛸")
N("joke", "en", "my mom confiscated my phone & locked me in my room till exams are over. this is literally forced labour 💀 send help (and snacks)")
N("joke", "bn", "দালাল ভাই কইছিল 'ভিসা ফ্রি', পরে বুঝলাম কইছিল 'চা ফ্রি' 😂 অফিসে গিয়া খালি চা খাইয়া আসলাম")
# chatter
N("chatter", "bn-Latn", "ei group e ke ke Malaysia te ase? ami notun jabo next month, BMET er smart card hoye gese. kono tips thakle bolen bhai 🙏")
N("chatter", "en", "Anyone know a good agency for Japan caregiver visa? heard TITP through BMET is cheaper than private. dm me or mail nadia.rahman.jp@gmail.com", [("email", "nadia.rahman.jp@gmail.com")])
N("chatter", "bn", "ভাই ইকামা রিনিউ করতে এখন কত লাগে? কফিল বলছে ফি ও দিবে, আমি খালি ইনস্যুরেন্সের টাকা দিবো। এইটা ঠিক আছে না?")
N("chatter", "bn-Latn", "keu jante paren Nagad e 25 hajar er beshi send money kora jay? bidesh theke bhai taka pathaise, cash out charge koto ekhon?")
N("chatter", "en", "Lost my passport in Uttara yesterday, GD done at thana. how long does reissue take at Agargaon? if anyone found a green passport name Arif Hossain pls call 01521-334879", [("phone", "+8801521334879")])
N("chatter", "bn", "কেউ কি জানেন আইন মেনে শিশু দত্তক নেওয়ার প্রক্রিয়া কী? আমার ননদের বাচ্চা হয় না, ওরা সমাজসেবার শিশু পরিবার থেকে একটা বাচ্চা নিতে চায়")

# ---- easy negatives
N("chatter", "en", "Reminder: team meeting moved to 3pm tomorrow, bring the quarterly report.", hard=False)
N("chatter", "bn", "আজকে বিকালে মাঠে খেলা আছে, সবাই চইলা আসিস", hard=False)
N("family", "bn-Latn", "khaiso? ami bazar theke ashtesi, dim r alu anbo?", hard=False)
N("chatter", "en", "Happy birthday Nusrat! 🎂 have an amazing year ahead", hard=False)
N("news", "bn", "ঢাকায় আজ সর্বোচ্চ তাপমাত্রা ৩৪ ডিগ্রি সেলসিয়াস, সন্ধ্যায় বৃষ্টির সম্ভাবনা।", hard=False)
N("chatter", "bn-Latn", "Bangladesh vs India match kal 2 tay, group e live link dio keu", hard=False)
N("receipt", "en", "Your 30GB internet pack has been activated. Validity 30 days. Thank you.", hard=False)
N("family", "bn", "রাইসা ক্লাস ফাইভে বৃত্তি পাইছে, আলহামদুলিল্লাহ! সবাই দোয়া কইরো", hard=False)
N("chatter", "bn-Latn", "vai recipe ta pathan to, biryani ta onek moja hoisilo", hard=False)
N("official", "en", "The library will close early on Thursday for Victory Day preparations.", hard=False)
N("family", "bn", "মা, ঔষধ খাইছো? রাতের খাবার খাইয়া প্রেসারের টা খাইয়ো", hard=False)
N("joke", "en", "lol that cat video 😂😂 send more", hard=False)


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
    random.Random(87).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev87-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
