"""Blind evaluation set dev171 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Rajshahi university student recruited with classmates to open and rent out bKash/Nagad
accounts and SIMs for betting and fraud rings, whose cousin was then offered a "call centre" job abroad by
the same people.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev171.jsonl"
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


BTC1 = btc("dev171-btc-1")
TRON1 = tron("dev171-tron-1")
ETH1 = eth("dev171-eth-1")

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
# 8 categories, 7 or 8 items each, every category in all three scripts (bn, bn-Latn, en) evenly:
# recruitment_deception, fees_and_debt, isolation_and_control, labour_exploitation,
# sexual_exploitation, minors, payments_and_proceeds, threats_and_coercion
# F("category", "script", "text", [("type", "value"), ...])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---------------- recruitment_deception (8)
F("recruitment_deception", "en", "Customer support job in Bangkok 🇹🇭 1200 USD/month + commission. Free air ticket, free hostel, free food. No experience, only basic typing and little English. Passport must be ready. Interview only on WhatsApp wa.me/66812470395, ask for Mr Jony", [("whatsapp", "+66812470395")])
F("recruitment_deception", "bn-Latn", "bhai amra to Bangkok e namlam thik e, kintu airport theke gari te tule 8-9 ghonta niye gelo, nodi par korailo nouka te. ekhon shunchi eta Myawaddy, Myanmar. call centre na, eta manush thokanor kaj. kichu bujhtesi na bhai")
F("recruitment_deception", "bn", "তোমার কাজিনরে বলো টেনশন না করতে, দুবাইয়ের কোম্পানি, এসি অফিসে বসে খালি কাস্টমারের সাথে চ্যাট। প্রথমে টুরিস্ট ভিসায় যাবে, ওখানে গেলে কোম্পানি ওয়ার্ক পারমিট করে দিবে, এইটা সবাই এভাবেই যায়। ওখানে নামলে এই নাম্বারে কল দিবে +971 55 384 2167", [("phone", "+971553842167")])
F("recruitment_deception", "bn-Latn", "kono risk nai re, tui shudhu account ta khulbi r amader dibi. eta legal online business er payment collection, company registered, trade license ache. mash e 5000 fixed, porasuna o cholbe")
F("recruitment_deception", "en", "In Dhaka they showed contract for data entry, company name Golden Star IT, 900 dollar. Here nobody heard that name. They give us fake facebook ids of girls and we chat with foreign men for crypto investment. thats the job. I emailed hr.goldenstar.it@gmail.com, no reply", [("email", "hr.goldenstar.it@gmail.com")])
F("recruitment_deception", "bn", "কন্ট্রাক্টে লেখা ছিল হোটেলের রিসেপশন, দিনে ৮ ঘন্টা, সপ্তাহে দুইদিন ছুটি। এসে দেখি কোনো হোটেল নাই, একটা বিল্ডিংয়ে সারি সারি কম্পিউটার, সবাই বেটিং সাইটের কাজ করে।")
F("recruitment_deception", "bn", "🔥জরুরি নিয়োগ🔥 থাইল্যান্ডে অনলাইন কাস্টমার সার্ভিস। বেতন ১ লক্ষ ২০ হাজার টাকা। থাকা খাওয়া ফ্রি, বিমান টিকিট ফ্রি। অভিজ্ঞতা লাগবে না, হালকা ইংরেজি জানলেই হবে। সিট সীমিত! যোগাযোগ হোয়াটসঅ্যাপ 01831-447290", [("phone", "+8801831447290")])
F("recruitment_deception", "bn-Latn", "Shanto ke bolis immigration e jiggesh korle bolbe ghurte jacche, kaj er kotha jeno mukhe na ane. hotel booking r return ticket er copy amra dibo, oita dekhabe. okhane giye company sob thik kore dibe")

# ---------------- fees_and_debt (7)
F("fees_and_debt", "bn-Latn", "ora bolche amar ticket visa hotel sob mile 4500 dollar khoroch hoise, eta shodh na howa porjonto chhuti nai. r protidin target puron na hole 50 dollar kore fine add hoy. ami hishab rakhte pari na r")
F("fees_and_debt", "en", "Your account got frozen with 1 lakh 80 thousand inside. That is company money, not my problem. You pay it back or you keep running accounts for us until its cleared. Your choice bro. First 50k to 01874 330219 by tonight", [("phone", "+8801874330219")])
F("fees_and_debt", "bn", "খালু ২ লাখ টাকা মিলন ভাইয়ের হাতে দিছে, এখন আবার বলতেছে ওখানে ওয়ার্ক পারমিটের জন্য আরো ৮০ হাজার লাগবে। না দিলে শান্তরে ছাড়বে না, কাজও দিবে না। মিলন ভাইয়ের নাম্বার 01911-502746", [("phone", "+8801911502746")])
F("fees_and_debt", "bn-Latn", "visa free bhai, kono taka lagbe na ekhon. shudhu jawar por prothom 3 mash er salary puratai company rakhbe, oita visa r ticket er khoroch. tarpor sob tomar")
F("fees_and_debt", "en", "They sold me to another company. New boss says he paid 6000 USD for me so I work for him till I pay it back. Every month they cut something, food, room, electricity. I dont know how much is left")
F("fees_and_debt", "bn", "সিম প্রতি ৫০০ টাকা অ্যাডভান্স নিছিলি না? ঐ টাকা এখন জরিমানা সহ ১৫ হাজার। ফেরত দিতে না পারলে আরো ৫ টা অ্যাকাউন্ট খুলে দে, তাইলে শোধ।")
F("fees_and_debt", "bn-Latn", "mama ami already 3 lakh er ghore. amma jomi bondhok dise. ekhon ora bole exit fee 2000 dollar dile passport ferot dibe, passport no EB0472913, amma ke bolo na", [("bd_passport", "EB0472913")])

# ---------------- isolation_and_control (8)
F("isolation_and_control", "bn-Latn", "phone shudhu raat 11 ta theke sare 11 porjonto dey, tarpor abar niye ney. ei number +95 9 781 442 036 e r call dio na, ora check kore. amma ke kichu bolo na please, bolo valo achi", [("phone", "+959781442036")])
F("isolation_and_control", "en", "All SIMs and phones stay with me, you dont need to carry them. If bKash calls for verification you say yes its my account I am using it. Nothing more, no explanation.")
F("isolation_and_control", "bn", "কম্পাউন্ডের গেটে বন্দুক নিয়ে গার্ড, বাইরে যাওয়া নিষেধ। চারতলার সব জানালায় গ্রিল, ছাদে কাঁটাতার। গত সপ্তাহে দুইজন পালাইছিল, ধরে নিয়ে আসছে।")
F("isolation_and_control", "en", "New rule. Nobody talks about the work in any group, not even roommates. Delete this chat after reading. If family asks, you do part time online typing job. Anyone breaking this, we will know.")
F("isolation_and_control", "bn", "আমার পাসপোর্ট আর ফোন দুইটাই প্রথম দিন নিয়ে নিছে। এই ফোনটা এক বাংলাদেশি ভাই লুকায়ে দিছে, ৫ মিনিট কথা বলতে পারবো, পরে মেসেজ ডিলিট করে দিবা।")
F("isolation_and_control", "bn-Latn", "Milon bhai amar NID 8254910376 r bKash er PIN sob rekhe dise, ekhon amar account e ki dhukche ki berochhe kichui dekhte pari na. login korte gele OTP o tar phone e jay", [("bd_nid", "8254910376")])
F("isolation_and_control", "en", "They move us at night in a van with black glass, every 2-3 weeks a different building. I dont know where I am now. Maybe near a river, only chinese signboards outside")
F("isolation_and_control", "bn", "রনি ভাই বলছে হলের সিট ছেড়ে দিতে, ওদের মেসে থাকতে হবে। রাতে সবার ফোন এক রুমে জমা, বাসায় কথা বললে স্পিকারে দিয়ে বলতে হবে।")

# ---------------- labour_exploitation (7)
F("labour_exploitation", "en", "Shift is 7am to 1am, sometimes till 3. One day off in a month IF team hits target. Salary always 'next month'. 4 months now I got 80 dollar total.")
F("labour_exploitation", "bn-Latn", "khabar dey din e ekbar, bhat r pani pani dal. 12 jon ek rume thaki, bathroom 2 ta. target miss korle oi ek belar khabar o bondho")
F("labour_exploitation", "bn", "রাত জেগে ওটিপি ডিউটি, ১০ টা সিমের মেসেজ আসলেই সাথে সাথে ফরোয়ার্ড করতে হয়। ঘুমায় গেলে জরিমানা। পরীক্ষার আগের রাতেও ছুটি দেয় না। বলছিল মাসে ৮ হাজার, দুই মাসে দিছে ৩ হাজার।")
F("labour_exploitation", "en", "boss said salary will be kept by company until contract finish, for our safety he says. anyone who leaves early loses all of it. so nobody leaves")
F("labour_exploitation", "bn-Latn", "protidin 16 ghonta, target 3 jon client theke deposit anano. target na hole raate ghumaite dey na, abar next shift e bosay. shorir r chole na bhai, chokh jhapsa hoye gese")
F("labour_exploitation", "bn", "শান্ত বলল জ্বর নিয়েও কাজ করতে হয়, ডাক্তার দেখায় না, অসুস্থ হয়ে শুয়ে থাকলে দিনের বেতন কেটে নেয়। ৬ মাস হইলো একবারও পুরা বেতন পায় নাই।")
F("labour_exploitation", "en", "You work Sunday also. No leave for eid, forget it. And the eid bonus you asked about, you still owe for visa so nothing this month.")

# ---------------- sexual_exploitation (7)
F("sexual_exploitation", "bn-Latn", "amader floor e 4 ta bangali meye ache. din e chat er kaj, raat e oder KTV te pathay. ekjon kanna kore bollo guest er sathe room e jete hoy, na gele maar")
F("sexual_exploitation", "en", "Sister the job is video call host, foreign men only, just talk and smile. Camera on always, some girls show a bit more, they get more tips. 50-60k monthly easy. Family wont know, you do it from our flat in Uposhohor. WhatsApp me 01349 662017", [("phone", "+8801349662017")])
F("sexual_exploitation", "bn", "মিমকে বলছে দুবাইয়ে স্পা তে রিসেপশনিস্ট। কিন্তু রনি ভাই অন্য একজনরে ভয়েস দিছে 'নতুন মাল আসতেছে, কাস্টমার রেডি রাখো'। মিম কিছুই জানে না।")
F("sexual_exploitation", "bn-Latn", "meyeder passport amar kache thakbe. protidin kom kore 5 jon customer, rate room theke boss nibe. kotha na shunle video ta family r kache jabe, bujhaye dio")
F("sexual_exploitation", "en", "🌸 New girls from Bangladesh 🇧🇩 19-22 yrs, just arrived Phnom Penh. All full service, hotel or our place. Book only through agent, Telegram @pp_vip_booking 🌸", [("telegram", "@pp_vip_booking")])
F("sexual_exploitation", "bn", "ওরা আমার ভিডিও কলের রেকর্ড রেখে দিছে। বলে প্রতি রাতে অনলাইনে কাস্টমারের সামনে কাপড় খুলতে হবে, না হলে ভিডিও ফেসবুকে ছাইড়া দিবে, আব্বার কাছেও যাবে।")
F("sexual_exploitation", "bn-Latn", "romance er meye ID gula chalaite hoy amader, kintu boss bole customer real meye chay video call e. compound er 2 ta meye ke diye jor kore nude call koray, ora raji na")

# ---------------- minors (7)
F("minors", "bn-Latn", "Rony bhai bolse class 9-10 er pola dhorte, oder babar NID diye Nagad khola jabe, 1000 taka dile e khushi. Kazla r school er kauke chinos?")
F("minors", "bn", "আমার ছোট ভাইয়ের বন্ধু, বয়স ১৬, ওরেও কল সেন্টারে নিবে বলছে। পাসপোর্টে বয়স ২১ করে দিবে, জন্ম নিবন্ধন ওরাই ঠিক করে আনবে। ওর পাসপোর্ট নং A08815273, ওটাও নাকি বদলাবে।", [("bd_passport", "A08815273")])
F("minors", "en", "Need under 18 boys for SIM collection, school students best, nobody suspects them. 300 per SIM. Bring them to Shaheb Bazar after 6pm, call 01712 908334", [("phone", "+8801712908334")])
F("minors", "bn", "কম্পাউন্ডে একটা ছেলে আছে বয়স বড়জোর ১৫, নেপাল দিয়া আনছে। ওরেও ১৪ ঘন্টা কাজ করায়, কাঁদলে মারে।")
F("minors", "en", "There is a girl here from Coxs Bazar, she told me she is 16. They made her papers say 23. At night they put her in the host team with the customers.")
F("minors", "bn-Latn", "tor bhagina 14 bochor? somossa nai, or ammar NID diye account khulbo, chalabo amra. or kaj shudhu OTP ashle forward kora. mash e 500 diye dimu")
F("minors", "bn", "স্কুল ড্রেস পরা দুইটা মেয়েরে রনি ভাইয়ের মাইক্রোতে উঠতে দেখলাম, বলল ঢাকায় পার্লারে কাজ দিবে। ওরা ক্লাস এইটে পড়ে, বাসায় কেউ জানে না।")

# ---------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn-Latn", f"aj raat 10 tar moddhe sob account theke cash out koro, 3 ta agent point e bhag kore, kono ek agent e 25k er beshi na. tarpor USDT kine ei address e: {TRON1}", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Rent your bKash / Nagad account 💰 4000-6000 per month, no work, just give SIM + PIN. Personal account ok, agent account 15000. Students welcome. Knock telegram @bet_pay_rj", [("telegram", "@bet_pay_rj")])
F("payments_and_proceeds", "bn", "আজকে তোর নগদে ৪৮,০০০ ঢুকবে ৬ টা নাম্বার থেকে। টাকা আসার সাথে সাথে এই নাম্বারে সেন্ড মানি করবি 01926 553108, TrxID এর স্ক্রিনশট দিবি। নিজের কাছে এক টাকাও রাখবি না।", [("phone", "+8801926553108")])
F("payments_and_proceeds", "bn-Latn", "amar bKash e 2 din e 3 lakh ashche, ami chini na kara pathaise. Milon bhai bole betting er deposit, ami 2% pabo. ei TrxID BHK7Q2MX9D ta dekh, eta Chittagong theke", [("mfs_transaction", "BHK7Q2MX9D")])
F("payments_and_proceeds", "en", "Payout this week: 14 accounts x 5000 = 70,000 sent to your personal Nagad, TxnID 73KQ9PZA. Next week bring 6 more accounts from your hall.", [("mfs_transaction", "73KQ9PZA")])
F("payments_and_proceeds", "bn", "বিকাশ এজেন্ট সিম লাগবে, ট্রেড লাইসেন্স আমরা বানায় দিব। মাসে ২০ লাখের মত লেনদেন হবে, কেউ ধরলে বলবি দোকানের কাস্টমারের টাকা।")
F("payments_and_proceeds", "bn-Latn", "hundi r line ta bujhe ne: Malaysia theke ringgit oikhane nibe, ekhane tora Nagad e family ke dibi. protyek 1 lakh e 1500 commission. bank er dhare kache jabi na. Malaysia r lok er number +60 12-745 3318", [("phone", "+60127453318")])
F("payments_and_proceeds", "bn", f"কালকের কালেকশন ভাগ করে পাঠাও। BTC: {BTC1} বাকিটা ETH: {ETH1} । বাইন্যান্স পি২পি তে ছোট ছোট করে বেচবা, এক অ্যাকাউন্ট থেকে বেশি না।", [("btc_address", BTC1), ("eth_address", ETH1)])

# ---------------- threats_and_coercion (8)
F("threats_and_coercion", "bn", "তোর নামে ২২ টা অ্যাকাউন্ট, সব লেনদেন তোর এনআইডি 19982817645003371 এ। পুলিশে গেলে আগে তুই ঢুকবি, আমরা না। চুপচাপ যা বলি কর।", [("bd_nid", "19982817645003371")])
F("threats_and_coercion", "bn-Latn", "account close korar kotha jodi abar tulish, tor baba r dokane lok pathabo. Binodpur e tor mess o chini, kon room seta o")
F("threats_and_coercion", "en", "if we dont hit target they make us stand in the sun whole day or give electric shock. yesterday one indian boy beaten so bad he cant walk. I am scared bhai")
F("threats_and_coercion", "bn", "খালাম্মারে বলে দিও টাকা না পাঠাইলে শান্তরে অন্য কোম্পানিতে বেইচা দিব, ওইখান থেকে কেউ ফেরে না।")
F("threats_and_coercion", "en", "You think cyber police will help you? Your NID, your selfie, your signature on every account. One call from me and its a money laundering case on you. Think before you talk.")
F("threats_and_coercion", "bn-Latn", "tui jodi thanay kichu bolis, Shanto r visa cancel, o illegal hoye Thai police er hate jail e jabe. bujhe shune kotha bolish")
F("threats_and_coercion", "bn", "তানভীর সিম গুলা ফেরত চাইছিল, কাল রাতে ওরে তিনজন মিলে হলের পিছনে মারছে। আমারে বলছে পরের জন তুই।")
F("threats_and_coercion", "bn-Latn", "ekhane je palaite chay oke dhore ene sobar shamne mare, video kore rakhe. amake bollo amma r number o ache oder kache, beshi chalaki korle oke o call dibe")

# ================================================================ OK
# hard
N("official", "en", "Dear customer, never share your bKash PIN or verification code with anyone. Renting or selling your account to others is a punishable offence. bKash will never ask for your PIN. Helpline 16247")
N("official", "bn", "প্রিয় গ্রাহক, আপনার নগদ অ্যাকাউন্ট অন্য কাউকে ব্যবহার করতে দেওয়া মানিলন্ডারিং প্রতিরোধ আইনে দণ্ডনীয় অপরাধ। সন্দেহজনক লেনদেনের কারণে অ্যাকাউন্ট সাময়িক স্থগিত হতে পারে। বিস্তারিত: ১৬১৬৭")
N("news", "bn", "রাজশাহীতে অনলাইন জুয়ার টাকা লেনদেনে ব্যবহৃত ৪০টি এমএফএস অ্যাকাউন্টসহ তিন বিশ্ববিদ্যালয় শিক্ষার্থী আটক, জানিয়েছে সিআইডির সাইবার ইউনিট।")
N("news", "en", "BFIU freezes 230 MFS accounts linked to digital hundi; CID says agents received instructions over WhatsApp and IMO.")
N("family", "bn-Latn", "dekh, Myawaddy theke 20 jon bangali ke uddhar korse, Thailand hoye deshe fireche. sobai call centre er kotha shune gesilo. Shanto ke link ta pathaye de, ar khala ke o dekha")
N("awareness", "en", "Offered a high-salary 'customer service' job in Thailand, Cambodia or Myanmar with free ticket and no experience needed? It may be a scam compound. Never go for work on a tourist visa. Verify the agency at https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("awareness", "bn", "কেউ আপনার নামে সিম বা বিকাশ অ্যাকাউন্ট খুলে দিতে বললে রাজি হবেন না। আপনার এনআইডি দিয়ে খোলা অ্যাকাউন্টে অপরাধ হলে দায় আপনার। — আরএমপি সাইবার ক্রাইম ইউনিট")
N("awareness", "bn-Latn", "guys hall e keu jodi bolte ashe mash e 5000 diye account bhara nibe, plz raji hoish na. amader dept er 2 jon er account freeze, ekhon thana court dourachhe. share koren")
N("official", "en", "Sky Bridge Overseas (RL-1472): Malaysia plantation demand. Govt fixed migration cost Tk 78,990, pay only by bank to agency account, money receipt given. Registration at DEMO Rajshahi, smart card from BMET. No middleman, no cash. Call 01730-118822", [("phone", "+8801730118822")])
N("receipt", "en", "You have received Tk 2,500.00 from 01765432109. Ref: tuition. Fee Tk 0.00. Balance Tk 3,140.50. TrxID CJK4M7T2QW at 12/11/2026 20:14", [("phone", "+8801765432109"), ("mfs_transaction", "CJK4M7T2QW")])
N("receipt", "bn", "ক্যাশ আউট সফল। পরিমাণ: ৳৫,০০০। চার্জ: ৳৫৭.৫০। TxnID: 74XK9BNQ। ব্যালেন্স: ৳১,২২০.৩৫", [("mfs_transaction", "74XK9BNQ")])
N("family", "bn", "আম্মা: শান্তর পাসপোর্ট আলমারিতে তুলে রাখছি, কাউরে দিবা না। তোমার খালু বলছে আগে বিএমইটিতে খোঁজ নিবে, তারপর কিছু।")
N("family", "bn-Latn", "ammu bolse ei mash er taka bKash e pathabe, 6000. mess er bhara r khawa. ulta palta khoroch korish na, betting e to na-i")
N("family", "en", "Shanto's passport renewal done, collected from Rajshahi passport office today. He's thinking of doing the Japanese language course first, no rush to go anywhere.")
N("joke", "bn-Latn", "bhai amar account bhara dibo? balance 47 taka, mash e 2 taka interest pabi 😂")
N("joke", "en", "my bKash is so empty even the betting guys would reject it lol (stolen from @ru.memes.daily)", [("instagram", "@ru.memes.daily")])
N("joke", "bn", "রাকিবের নগদ অ্যাকাউন্ট এত বার লক হয় যে ওর নাম দিছি ডিপ ফ্রিজ 😂")
N("worker_content", "en", "Alhamdulillah job is good. Call centre in Dubai Silicon Oasis, 8 hrs, Friday off, salary in bank on the 1st. Company did the employment visa properly through a licensed agency in Dhaka.")
N("worker_content", "bn-Latn", "Malaysia te 2 bochor holo, factory te overtime korle extra pay dey, passport nijer kache. kono jhamela nai. tui chaile BMET diye registration kore aste paris")
N("worker_content", "bn", "আলহামদুলিল্লাহ সৌদিতে ভালো আছি, ইকামা করে দিছে, বেতন ঠিক টাইমে আসে, সপ্তাহে একদিন ছুটি। কোম্পানির থাকার জায়গাও ভালো।")
N("chatter", "bn", "কাল ক্যাম্পাসে বিকাশের স্টল বসবে, স্টুডেন্টরা নতুন অ্যাকাউন্ট খুললে ৫০ টাকা বোনাস। চল খুলে আসি, টিউশনের টাকা তো ওখানেই আসে।")
N("news", "en", "Police rescue 11 Bangladeshis from Cambodia scam compound; two recruiters arrested in Dhaka, victims' passports recovered.")
N("awareness", "bn", "বিদেশে পার্লার বা স্পা তে চাকরির লোভনীয় অফারে সাবধান। সরকার অনুমোদিত এজেন্সি ছাড়া কোথাও যাবেন না। পাচারের শিকার হলে ৯৯৯ এ কল করুন।")
N("family", "bn-Latn", "Mim er biye ekhon hocche na, ora age masters shesh korte bolse. chele Dubai thake, passport visa sob thik ache, family valo")
N("chatter", "bn-Latn", "cyber unit theke call disilo, bollo amar NID te 2 ta SIM, ekta amar na. thana te giye GD korlam, ekhon block kore dibe. shobai nijer NID te koyta SIM check koren *16001#")
N("official", "en", "Rajshahi University Proctor's office: students are warned not to lend their NID, SIM or mobile wallet to outsiders. Any involvement in online gambling will lead to disciplinary action.")
N("receipt", "bn-Latn", "pathaisi 1200, TrxID BKQ8N3ZR7L, dekh ashche kina. photocopy r spiral binding er taka", [("mfs_transaction", "BKQ8N3ZR7L")])
N("news", "bn", "থাইল্যান্ডে চাকরির প্রলোভনে মিয়ানমারে পাচারকারী চক্রের দুই সদস্য গ্রেপ্তার, উদ্ধার হওয়া যুবকদের পাসপোর্ট ফেরত দিয়েছে পুলিশ।")
N("family", "en", "Khala called, she's worried about Shanto going abroad. I told her only through a registered agency, check the licence, and don't hand cash to anyone.")
N("chatter", "en", "the betting ads on facebook are everywhere now with cricket stars faces, reported like 10 today")
N("joke", "bn-Latn", "Tanvir exam er por shob taka betting e uraise, ekhon bole call centre e job nibe. ami bollam age attendance ta de 😂")
N("worker_content", "en", "Part time at a telecom customer care in Rajshahi, 4 hrs evening shift, 9k a month. Not bad for a student honestly, and they pay on time.")
N("family", "bn", "খালু জমি বিক্রির কথা বলতেছিল শান্তর বিদেশ যাওয়ার জন্য, আব্বা মানা করছে। বলছে দেশে থেকে কিছু কর, দালালের হাতে টাকা দিবা না।")
N("official", "en", "Dutch-Bangla Bank: We have detected accounts being used for online gambling transactions. If unknown funds arrive in your account, do not withdraw them; contact your branch or call 16216.")
N("news", "bn-Latn", "bhai news dekhs? Uposhohor e betting er ekta office e raid dise, 30 ta phone r 200 SIM paise. thank god amader hall er keu na")
N("chatter", "bn", "টেলিগ্রামে কি সব বেটিং গ্রুপে অ্যাড করে দেয়, রিপোর্ট দিয়া লিভ নিলাম। তোরাও সাবধান।")
N("official", "bn", "সাইবার ক্রাইম ইউনিট, আরএমপি: অনলাইন জুয়া বা ভাড়া দেওয়া এমএফএস অ্যাকাউন্টের তথ্য জানাতে ইমেইল করুন cybertips.rmp@police.gov.bd, তথ্যদাতার পরিচয় গোপন রাখা হবে।", [("email", "cybertips.rmp@police.gov.bd")])
N("worker_content", "bn-Latn", "freelancing e data entry kori, Fiverr theke Payoneer e taka ashe, tarpor bank e tuli. kono agent lage na, kauke account o dite hoy na")
N("family", "en", "Abbu asked for my NID copy for the land registration, sending it on whatsapp now. He said don't share it anywhere else.")
N("chatter", "en", "Who has the number of the Binodpur photocopy shop? Need passport size photos printed for the scholarship form, deadline thursday. Is it 01722 415093?", [("phone", "+8801722415093")])
N("news", "en", "Bangladesh embassy in Yangon says 40 nationals rescued from Myanmar scam centres repatriated this month; families urged to verify overseas job offers.")
N("awareness", "bn-Latn", "bondhura, Thailand e call centre er job offer ashle age embassy r BMET e check koris. amar cousin er offer ta check kore dekhi agency license e nai, bachhe gelo")
N("joke", "bn-Latn", "recruiter jokhon bole free visa free ticket free khawa, oita to amar ammu bari jawar age bole 😂")
N("family", "bn", "নানু বলছে ঈদের সালামি বিকাশে পাঠাবে, নাম্বারটা আবার দাও তো। ০১৮৪৫৯৭২৩১০ তো?", [("phone", "+8801845972310")])
N("official", "en", "Ami Probashi: Your registration for Malaysia (Manufacturing) is approved. Collect your BMET smart card from DEMO Rajshahi. Pay only the fees shown in the app.")
N("chatter", "bn", "রিফাতের বড় ভাই ঢাকায় একটা কল সেন্টারে চাকরি পাইছে, নাইট শিফট, বলে বেতন ভালো, অফিস থেকে গাড়ি দেয়।")
N("receipt", "en", "Send Money successful. Tk 1,000.00 to 01558204117. Fee Tk 5.00. TrxID DAF81L6PKQ. Balance Tk 412.75", [("phone", "+8801558204117"), ("mfs_transaction", "DAF81L6PKQ")])
N("chatter", "bn-Latn", "Nagad er account ta ar chalai na, bKash e shift korsi, ammu o bKash use kore tai. tor bKash number ta de, group study er khabar er taka pathai. amar ta 01407 229815", [("phone", "+8801407229815")])
# easy
N("chatter", "bn-Latn", "aj canteen e khichuri chilo, mis korli re", hard=False)
N("chatter", "en", "class cancelled tomorrow, sir is in Dhaka", hard=False)
N("chatter", "bn", "আজ সন্ধ্যায় পদ্মার পাড়ে আড্ডা, সবাই আসিস, টি বাঁধে", hard=False)
N("chatter", "bn-Latn", "happy birthday Mim!! 🎂🎉 treat kobe dibi", hard=False)
N("chatter", "bn-Latn", "result dise? ami CGPA 3.41, kono moto", hard=False)
N("family", "bn", "আম্মা আমি পৌঁছায় গেছি, ট্রেন দুই ঘন্টা লেট করছিল", hard=False)
N("chatter", "en", "Can someone share the slides for Microeconomics chapter 5?", hard=False)
N("family", "bn-Latn", "mango season shuru, bari theke 2 jhuri aam aschhe, hall e share korbo", hard=False)
N("chatter", "en", "Lost my ID card near the central library, if anyone finds it pls message", hard=False)
N("chatter", "bn", "আজ বৃষ্টি অনেক, টিউশনে যাবো না ভাবতেছি", hard=False)
N("chatter", "bn-Latn", "bhai cricket match kal 4 tay, stadium er pashe, 11 jon lagbe", hard=False)
N("chatter", "en", "Gym at Kazla opens at 6, who's in?", hard=False)


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
    random.Random(171).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev171-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
