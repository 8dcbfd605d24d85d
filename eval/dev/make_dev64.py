#!/usr/bin/env python3
"""Blind dev set dev64: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: member of an anti-trafficking committee in the Satkhira, Jashore (Benapole) and Jhenaidah border
districts: girls sold to Kolkata, Pune and Mumbai brothels through 'love' and fake marriages, boys taken to Indian zari
and jewellery workshops, Hindi-mixed Bengali, border 'line-man' (dalal) talk, hundi and Indian UPI/Paytm payments. Run from the repository root.
Held out from round 11 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev64.jsonl"
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


BTC1 = btc("dev64-btc-1")
TRON1 = tron("dev64-tron-1")
ETH1 = eth("dev64-eth-1")

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
  "shono na, tomake ami sotti biye korbo, kintu ekhane na. Kolkata te amar mama r boro parlour ase, "
  "tumi okhane kaj korba mase 25 hajar rupee, ami dokan dekhbo. biye ta okhane kali mondire kore nibo 🥰 "
  "passport visa kisu lagbe na, line er lok ase amar. tumi khali ekta bag niye Shyamnagar bus stand e aso")
F("recruitment_deception", "bn",
  "আপা আপনার মাইয়ারে মুম্বাইয়ে এক বড়লোকের ফ্ল্যাটে বাচ্চা দেখার কাম দিমু, মাসে ১৫ হাজার রুপি, থাকা খাওয়া ফ্রি। "
  "প্রতি মাসে বেতন আমি নিজে বিকাশ কইরা দিমু আপনারে। কাগজপত্র কিছু লাগবো না, বর্ডার আমি নিজে পার করায় দিমু, চিন্তা কইরেন না")
F("recruitment_deception", "en",
  "Bhai they told me mobile company job in Hyderabad, 18000 salary, ID card, uniform. bus from Howrah took us to a "
  "godown in Pune side instead. here they cut and pack bangles 2 shift. manager says this is the company only, "
  "mobile company was 'just a name'. 6 of us from Jhenaidah")
F("recruitment_deception", "bn-Latn",
  "📢📢 Kolkata Salt Lake er 3 star hotel e meyeder jonno job!! Reception/housekeeping. boyosh 18-25, dekhte smart hote hobe, "
  "beton 30000 rupees + tips, thaka khawa free. passport visa kichui lagbe na amra line e niye jabo safe vabe. "
  "seat limited. inbox koren othoba call 01739-482615",
  [("phone", "+8801739482615")])
F("recruitment_deception", "bn",
  "ছেলে মুম্বাইয়ে সোনার দোকানের মালিক, খুব ধার্মিক পরিবার। কোনো যৌতুক লাগবে না, উল্টা ওরা বিয়ের খরচ বাবদ ৫০ হাজার দিবে। "
  "শুধু বিয়ের পরদিনই মেয়েরে নিয়ে যাবে, কাবিন রেজিস্ট্রি ওখানে গিয়া করবে, এখানে কাজির দরকার নাই। মেয়ের ছবি তো দেখছে, পছন্দ হইছে")
F("recruitment_deception", "en",
  "Hi dear 😊 saw ur reels, u have very nice face for camera. I am casting from Kolkata Tollygunge film line, need new faces "
  "for serial & music video. payment 40-50k per month + flat with other girls. u just come to Benapole, my man will receive u. "
  "passport no need, we manage everything. msg me wa.me/919836071245 or mail kolkatacasting.tolly@gmail.com",
  [("whatsapp", "+919836071245"), ("email", "kolkatacasting.tolly@gmail.com")])
F("recruitment_deception", "bn",
  "জামাল ভাই কইছিল হায়দ্রাবাদে বড় জুয়েলারি শোরুমে সেলসম্যানের চাকরি, মাসে ২০ হাজার, এসি ঘর। আইসা দেখি বেসমেন্টে আগুনের চুলার সামনে "
  "বইসা সোনা গলানো লাগে। জিগাইলে কয় এইটাই শোরুমের কাজ, আগে শিখবি পরে সামনে বসবি। ৫ মাস হইলো সামনে বসি নাই")
F("recruitment_deception", "bn-Latn",
  "[10:14] Rasel dalal: Dubai er visa Kolkata theke hobe, age India jete hobe, okhane 2-3 mash thakte hobe setting er jonno. "
  "Indian aadhar card banay dibo tarpor plane e Dubai, Indian hishebe beton o beshi 😎 tomar NID no ta pathao\n"
  "[10:16] Me: NID 4627815390, eta dile hobe bhai?",
  [("bd_nid", "4627815390")])

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn-Latn",
  "line paar korate 12 hajar, Bongaon theke Mumbai gari bhara 5 hajar, baki ta tor beton theke kete nibo 6 mash. "
  "ekhon tor haat e kichu dite hobe na, kaj korbi ar shodh korbi. simple hisab bhai, kono tension nai")
F("fees_and_debt", "bn",
  "(ভয়েস) ... মালিক কয় ওর উপর ৮০ হাজার রুপি দেনা, রাস্তার খরচ, খাওনের খরচ, ঘরভাড়া সব মিলাইয়া। দেনা শোধ না হইলে ছাড়বো না। "
  "মাইয়া ফোনে কান্দে, কয় মা প্রতি মাসে দেনা আরো বাড়ে, কমে না ... আমি কি করুম কন")
F("fees_and_debt", "en",
  "bro i already sent 35,000 to Kamal dalal for the Pune job. now he says 20k more for 'police setting' at Howrah station or "
  "they will send me back from there only. i took ASA loan for the first part, kisti every week. what to do")
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া ১ লাখ ২০ হাজার টাকা দিছি, কইছিল বোম্বের সোনার কারখানায় মাসে ২৫ হাজার। এখন পোলা ফোনে কয় মালিক বেতন দেয় না, "
  "বলে দালালরে যে টাকা দিছে সেইটা আগে কাজ কইরা উসুল করতে হবে। তাইলে আমরা যে দিলাম ওইটা কই গেল?")
F("fees_and_debt", "bn-Latn",
  "ma ke bolo 40 hajar pathate, na hole amake bari jaite dibe na. mashi bolse rasta khoroch, jama kapor, khawar khoroch sob "
  "shodh korte hobe. bkash e dile hobe na, hundi r lok ase Benapole e, oder haate dite hobe. please apu taratari koro")
F("fees_and_debt", "en",
  "Advance 15000 taka bkash koren 01915337804 personal no, cash out charge shoho. rest payment after boy reaches Mumbai. "
  "workshop seth will cut 2000 rupees every month from his pay for room and for the travel loan till it is clear. agreement all verbal",
  [("phone", "+8801915337804")])
F("fees_and_debt", "bn",
  "আধার কার্ড বানানোর বাবদ ৭ হাজার রুপি আর প্রতি সপ্তাহে খাতা থাইকা ৫০০ কাটে। খাতায় এখন লেখা ২২ হাজার বাকি। "
  "যত কাজ করি বাকি কমে না, শেঠ কয় সুদ আছে না? লেখাপড়া জানি না, খাতায় কি লেখে বুঝি না")

# payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "Paytm e 18500 pathalam dada. oi paar theke hundi te bkash e 27 hajar ashbe Rana bhai er number e 01846207391. "
  "2 ta maal er advance eta, baki ta handover er por. confirm korish ashle",
  [("phone", "+8801846207391")])
F("payments_and_proceeds", "en",
  "rate this week 1 rupee = 1.38 tk. Sonagachi side collection 2.4 lakh INR, send thru Salam's hundi, he will split in 5 "
  "bkash agent no. don't use same no twice in a week. girls' mothers get 3k each when they ask, rest to line account")
F("payments_and_proceeds", "bn",
  "মাসের হিসাব: পুনের বাড়িউলি পাঠাইছে ৬০ হাজার রুপি, দুই মেয়ের কমিশন। তোর ভাগ ১৫ হাজার টাকা নগদে দিলাম TxnID: 7HK2M9QD "
  "বাকিটা লাইনম্যান আর থানার। মেয়েদের বাড়ির কেউ জিগাইলে কবি বেতন এখনো দেয় নাই",
  [("mfs_transaction", "7HK2M9QD")])
F("payments_and_proceeds", "bn-Latn",
  "bhai Mumbai party r payment aise. ei 3 ta number e bhag kore 20-20-20 hajar cash in koro, ek number e beshi dile BFIU dhore. "
  "01558920147\n01322684019\n01786015532\nsob personal, agent number na",
  [("phone", "+8801558920147"), ("phone", "+8801322684019"), ("phone", "+8801786015532")])
F("payments_and_proceeds", "en",
  "USDT TRC20 only, no bank no bkash. Pune party paying 3.6 lakh for the 3 new ones. send to " + TRON1 +
  " and screenshot me, then my boys release them at Bongaon side. network fee ur side",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "বাবুল ভাই, বেনাপোল ঘাটে লাইনম্যানরে মাথাপিছু ৩ হাজার, ওপারের সেটিং ৫ হাজার। এইবার ৭টা মেয়ে, পার্টি কলকাতায় রেডি। "
  "মোট ৫৬ হাজার বিকাশ করেন ০১৯৬২৪৮৩১৭৫ নম্বরে, তিনবারে ভাইঙ্গা, TrxID গুলা পাঠায়েন",
  [("phone", "+8801962483175")])
F("payments_and_proceeds", "bn-Latn",
  "boss aj Budhwar theke PhonePe te 45k dhukse 'bhabhi' r account e. oita hundi kore Satkhira pathaisi, "
  "Kalaroa r agent dise bkash e. TrxID CJ83KD0PLA check kore confirm dao, porer chalan Friday",
  [("mfs_transaction", "CJ83KD0PLA")])
F("payments_and_proceeds", "bn",
  "বাড়িউলি মাসি প্রতি মাসে মেয়ের 'বেতনের' নামে ৮ হাজার রুপি হুন্ডিতে পাঠায় আমার কাছে। মেয়ের মায়েরে দেই ৩ হাজার, বাকি আমার। "
  "মা জানে মেয়ে পার্লারে চাকরি করে, ভালো আছে। এইভাবেই চলুক, ঝামেলা করিস না")

# isolation_and_control (7: bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn-Latn",
  "apu ami ekta ghore, bahire tala dewa thake shob somoy. amar phone ta mashi nie nise, ei phone ta ek customer er theke lukiye nisi. "
  "kauke bolis na please, ammu ke o na. jaygar naam jani na, shudhu train er awaj pai")
F("isolation_and_control", "en",
  "delete all our chats now ok. dont tell ur ammu or any friend not even Mitu. tmrw Kalaroa bus stand 6am come alone, "
  "bring only ur birth certificate & 2 dress. switch off ur sim when u get on the bus, i will give u new one there ❤️")
F("isolation_and_control", "bn",
  "ছেলেগুলা কারখানার উপরেই ঘুমায়, রাতে নিচের দরজায় তালা দেওয়া থাকে। মাসে একবার মালিকের সামনে বইসা বাড়িতে কথা কয়, স্পিকারে। "
  "যা শিখাইয়া দেয় ওইটাই কয়, ভালো আছি খাই দাই। একটা ছেলে বাংলায় কান্দা শুরু করছিল, ফোন কাইড়া নিছে")
F("isolation_and_control", "bn-Latn",
  "tor passport A07715239 ar visa r kagoj sob amar kase thakbe, haraye jabe noile. bahire ekdom jabi na, ekhane Bangladeshi "
  "paile police dhore niye jay. ja lagbe ami ene dibo. ar bari te video call korbi na, network kharap bolbi",
  [("bd_passport", "A07715239")])
F("isolation_and_control", "en",
  "didi they took my sim and gave a jio sim with only 1 number saved, mashi. when i go to market the driver waits outside the shop. "
  "i am msging from a customer phone he is in bathroom. pls dont call this number back")
F("isolation_and_control", "bn",
  "নতুন মেয়েটারে এক মাস ঘর থাইকা বাইর হইতে দিবি না, পাশের ঘরের মেয়েদের সাথেও বাংলায় কথা কইতে দিবি না। ওর মোবাইলটা আমার কাছে "
  "পাঠায় দে, ওর মায়ের ফোন আসলে আমি ধরমু")
F("isolation_and_control", "bn-Latn",
  "Roni bhai bolse chhele gulo ke mobile dibe na, bari theke call aile bolbi kaaj e ase, raat e call dibe. karkhana theke "
  "bahir hote hole darwan ke bole jabi, ar eka na, duijon ek sathe. Bangla bolle bahire lok shune felbe")

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে রাত ১টা পর্যন্ত জরির সুঁই চালাই, চোখে ঠিকমতো দেখি না এখন। ৪ মাস হইলো একটা টাকাও দেয় নাই, "
  "কয় দেশে যাওয়ার সময় একবারে দিবো। শুক্রবারেও ছুটি নাই")
F("labour_exploitation", "bn-Latn",
  "din e ek bar khaite dey, dal bhat ar kacha lonka. sonar tezab er dhoa te shobar kashi, mask chaile gali dey. "
  "14 jon ek ghore ghumai, fan nai. ekjon jor niye o kaj korse karon na korle khawa nai")
F("labour_exploitation", "en",
  "Amma dont worry i am ok. but work is too much, 18 hrs polishing chains in Bowbazar karkhana, no sunday. "
  "seth says salary all together after diwali. last diwali also he said same thing 🙁")
F("labour_exploitation", "bn",
  "বাসার কাজ, দুই বাচ্চা দেখা, রাতে আবার মালিকের দোকানের মাল গোছানো। একদিনও ছুটি নাই। বেতন নাকি দালালের হাতে যায়, আমার হাতে কিছু দেয় না। "
  "চলে যাইতে চাইলে কয় আগে রাস্তার খরচ ফেরত দে, তারপর যা")
F("labour_exploitation", "bn-Latn",
  "ami chere dite chailam kal, seth bolse gele tor 3 mash er taka ek poisa o pabi na. ar station e police ke bole dibe "
  "Bangladeshi, tokhon bujhbi. tai abar boshe gelam machine e, ki korbo")
F("labour_exploitation", "en",
  "Brother the 'jewellery shop job' in Kolkata is actually a furnace room under the shop. we sleep next to the acid tub, 9 boys. "
  "sir gives 500 rupees a month pocket money, rest he says he is saving for us. nobody seen the saving")
F("labour_exploitation", "bn",
  "হাত পুইড়া গেছে গরম রঙের পানিতে, ডাক্তার দেখাইতে দেয় নাই, কইছে হলুদ লাগা। কাজ বন্ধ রাখলে রোজের ৩০০ কাটা যাইবো। "
  "ব্যান্ডেজ বাইন্ধা আবার বসছি")

# threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn-Latn",
  "tor meye ke ferot chaile chup thak. thana pulish korle oke Mumbai te onno jaygay beche dibo, jibone ar khuje paibi na. "
  "chairman o amar lok, bujhe shune cholis")
F("threats_and_coercion", "bn",
  "তোর ভিডিও আমার ফোনে আছে মনে রাখিস। কথা না শুনলে তোর গ্রামের সবার ইমোতে পাঠামু, তোর বাপেরে আগে দেখামু। "
  "কাল থেকে মাসি যা কয় তাই করবি")
F("threats_and_coercion", "en",
  "you are illegal here, no papers nothing. one call from me and Bengal police will put you inside for 5 years, "
  "then pushback to BSF and they will shoot you at border. so shut up and go back to work")
F("threats_and_coercion", "bn-Latn",
  "kal raate abar marse, belt die pith e. Raju ke to current er shock dise palate chaise boila. amra sobai bhoye chup. "
  "tui kauke bolis na je ami bolsi, tahole amake o")
F("threats_and_coercion", "bn",
  "তোর বইনের খোঁজ নিতে আর একবার থানায় গেলে তোগো ঘর জ্বালাই দিমু। বেনাপোলে, বনগাঁয় দুই জায়গায় আমাগো লোক আছে, "
  "তোর বাপ কোন মাঠে কাম করে তাও জানি")
F("threats_and_coercion", "bn-Latn",
  "oi meye ta ke onno party ke beche dise Pune te, 2 lakh rupee te. ekhon oi party bolse palanor chesta korle pa bhenge dibe. "
  "amader o bole dise, kono meyer family jodi ase tader o dekhbe")
F("threats_and_coercion", "en",
  "Seth said if i try to go home he will tell police i stole 40 gram gold, he has CCTV 'proof'. he did same to Ripon bhai, "
  "Ripon is in Presidency jail now. so i am staying")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn-Latn",
  "Pune te ashar por bole beauty parlour bondho hoye gese, ekhon ratre customer nite hobe. na korle khawa bondho. "
  "ek raat e 8-10 jon. apu amar shorir ar pare na")
F("sexual_exploitation", "en",
  "Fresh Bangali girls just arrived 🌸🌸 18-19, fair, village type, no drama. Kolkata Salt Lake & New Town service, hotel or flat. "
  "100% real pics, no advance fraud. booking only via telegram @kolkata_bengali_roses",
  [("telegram", "@kolkata_bengali_roses")])
F("sexual_exploitation", "bn",
  "দুইটা নতুন মাইয়া আনছো? বয়স কম দেখাইতে হবে, শাড়ি না সালোয়ার পরাইবা। কাস্টমারের সামনে বাংলা ছাড়া কিছু কইতে দিবা না, "
  "বাংলাদেশি শুনলে রেট বাড়ে। ঘন্টা ২ হাজার রুপি, সারারাত ৮")
F("sexual_exploitation", "bn",
  "বিয়ার তিন দিন পর ও আমারে কামাঠিপুরার এক বাড়িতে রাইখা চইলা গেছে, কইছে বাজার কইরা আসি। মাসি কয় তোর স্বামী তোরে বেইচা দিছে ১ লাখে, "
  "এখন ঘরে লোক না নিলে খাওন পাবি না")
F("sexual_exploitation", "bn-Latn",
  "Jessore theke 2 ta maal ready dada, dekhte valo, ekdom notun, age kothao kaj kore nai. photo pathaitesi, pochondo hole "
  "Bongaon station e handover. price ager moto, half advance")
F("sexual_exploitation", "en",
  "the aunty here keeps all the money and says every customer i take cuts my debt but the book never goes down. "
  "she makes us stand in the gali in lipstick from 7pm till the police round. i want to come home")
F("sexual_exploitation", "bn",
  "রাতে ভিডিও কলে জামা খুইলা বসতে হয়, অ্যাপে বিদেশি কাস্টমার, টাকা দিদির অ্যাকাউন্টে যায়। না করলে কয় পুরান ভিডিওগুলা ছাইড়া দিবো। "
  "দিনে ঘুমাই, রাতে এই কাজ")
F("sexual_exploitation", "bn-Latn",
  "Instagram e @mumbai_model_hunt page theke dm dise, bole modelling shoot. Mumbai aslam, ekhon bole hotel e 'friend' der "
  "sathe dinner korte hobe, raat o thakte hobe, 20k per night. ami na bolle bole tumi to advance nisho, ferot dao 1 lakh",
  [("instagram", "@mumbai_model_hunt")])

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৪, সমস্যা নাই। জন্মনিবন্ধনে ১৯ কইরা দিমু, চেয়ারম্যান অফিসে আমাগো লোক আছে, ২ হাজার লাগবো। "
  "মুম্বাইয়ে বাসার কাজ, ছোট মাইয়াগো চাহিদা বেশি, কথা শোনে")
F("minors", "bn-Latn",
  "12-13 bochorer chhele lagbe 4-5 ta, haat chikon hote hobe, zari r kaj shikhbe Metiabruz e. baba ma ke 5 hajar advance dibo, "
  "3 bochor por ferot dibo kaj shikhiye. school e jay na emon hole valo")
F("minors", "en",
  "girl is 15 but body looks grown, party in Pune wants young only and pays double for new. arrange her papers as 18, "
  "Aadhar wala Sujit will do it in 3 days")
F("minors", "bn",
  "ক্লাস সেভেনের মেয়েটা রাজি হইছে, শুক্রবার স্কুলড্রেস পইরা বাইর হইবো যাতে কেউ সন্দেহ না করে। হাকিমপুরে লাইনম্যান রেডি রাখিস, "
  "ওপারে নিয়া ড্রেস বদলায় দিবি")
F("minors", "bn-Latn",
  "amar chhele Sagor 11 bochor, Mizan dalal bole Kolkata te ek mishti r dokan e kaj dibe. ekhon phone e bole boro karkhana, "
  "raat e o kaj kore, kaandte kaandte kotha bole, 2 mash e ekbar phone dey. ki korbo bujhtesi na")
F("minors", "en",
  "Need 6 small boys (10-13 yrs) for embroidery unit in Madanpura Mumbai. Bangladeshi ok, no papers needed, they stay inside "
  "the unit only. per head 8000 to supplier after 1 month trial. call or whatsapp +91 87792 04516",
  [("phone", "+918779204516")])
F("minors", "bn",
  "মাসি কইছে নতুন আর কম বয়সী হইলে প্রথমবারের রেট অনেক বেশি। ১৩-১৪ বছরের দুইটা আনতে পারলে তোরে ২০ হাজার বেশি দিবো। "
  "ঝিনাইদহের দিকে দেখ, গরিব ঘর")
F("minors", "bn-Latn",
  "passport korte boyosh 18 dekhate hobe, ekhon to 16. school er certificate ta fele de, jonmo nibondhon notun kore nibo "
  "2007 saaler. tarpor medical visa te Kolkata, okhan theke Delhi te kaj")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "বেনাপোল সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীসহ পাঁচজনকে উদ্ধার করেছে বিজিবি। আটক দালালের বিরুদ্ধে শার্শা থানায় "
  "মানবপাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে বলে জানিয়েছেন ব্যাটালিয়ন অধিনায়ক।")
N("news", "en",
  "Kolkata: Police rescued 11 Bangladeshi boys, some as young as 12, from zari units in Metiabruz on Tuesday. They will be "
  "repatriated through Petrapole after nationality verification, a senior officer said.")
N("news", "bn-Latn",
  "Satkhira Kolaroa r tarun ke prem er fande fele India te pachar, 3 bochor por BSF-BGB flag meeting e ferot. "
  "poribar bolse Pune er ekta bari theke NGO uddhar kore. bistarito comment e 👇")
N("news", "bn",
  "পুনের বুধওয়ার পেঠ থেকে উদ্ধার হওয়া ঝিনাইদহের দুই তরুণী আজ বেনাপোল চেকপোস্ট দিয়ে দেশে ফিরেছেন। আইনি প্রক্রিয়া শেষে তাদের "
  "যশোরের একটি আশ্রয়কেন্দ্রে রাখা হয়েছে, পরে পরিবারের কাছে হস্তান্তর করা হবে।")
N("news", "en",
  "Hundi ring busted in Jashore: CID arrests four MFS agents who paid out Indian rupee remittances through bKash. "
  "Transactions worth Tk 12 crore traced over eight months, BFIU has frozen 37 accounts.")
N("news", "bn",
  "মহেশপুর সীমান্তে অবৈধভাবে ভারতে যাওয়ার সময় নারী ও শিশুসহ ১৮ জনকে আটক করেছে বিজিবি। তারা কাজের খোঁজে ভারতে যাচ্ছিলেন "
  "বলে জানিয়েছেন। দালাল চক্রকে ধরতে অভিযান চলছে।")
# awareness (7)
N("awareness", "bn",
  "⚠️সাবধান⚠️ ফেসবুকে প্রেমের ফাঁদে ফেলে, বিয়ের কথা বলে ভারতে নিয়ে মেয়েদের বিক্রি করা হচ্ছে। অপরিচিত কারো কথায় বর্ডার এলাকায় যাবেন না, "
  "মেয়েকে কারো হাতে তুলে দিবেন না। সন্দেহ হলে ইউনিয়ন পরিষদে জানান। বেশি বেশি শেয়ার করুন")
N("awareness", "bn-Latn",
  "sobai ke bolchi, kono dalal jodi bole passport chara Kolkata te bhalo kaaj dibe, thaka khawa free, bisshash korben na. "
  "amader paray 2 ta meye ke erokom niye gese, ajo khoj nai. nijer elakar meyeder kheyal rakhen 🙏")
N("awareness", "en",
  "Jashore District Anti-Trafficking Committee meeting Thursday 3pm, Upazila hall Sharsha. Agenda: reintegration of returnee girls, "
  "follow-up on zari-unit boys' cases, hundi/MFS awareness at bazaars. Contact Salma apa 01711-204863",
  [("phone", "+8801711204863")])
N("awareness", "bn",
  "আগামী শুক্রবার জুমার নামাজের পরে মানব পাচার প্রতিরোধ বিষয়ে আলোচনা হবে। বাবা-মায়েরা ছোট ছেলেমেয়েদের কাজ শেখানোর কথা বলে "
  "কারো হাতে তুলে দিবেন না, অগ্রিম টাকা নিবেন না। - মসজিদ কমিটি, পুটখালী")
N("awareness", "en",
  "If anyone from across the border offers your son a jewellery or zari workshop job and gives you advance money, please call "
  "our helpline +880 1309-552718 before agreeing. Children under 14 cannot legally work. - Shishu Odhikar Forum, Sharsha",
  [("phone", "+8801309552718")])
N("awareness", "bn-Latn",
  "Safe migration er jonno BMET e registration korun, dalal er hate passport diben na. Ami Probashi app e sob tottho ase, "
  "agency r license ase kina check korun. forward koren apnar group e")
N("awareness", "bn",
  "সাতক্ষীরা জেলা প্রশাসনের সচেতনতা বার্তা: ভারতে ভালো বেতনের চাকরির প্রলোভনে কাউকে বিকাশ বা নগদে অগ্রিম টাকা পাঠাবেন না। "
  "হুন্ডির মাধ্যমে টাকা লেনদেন দণ্ডনীয় অপরাধ।")
# official (6)
N("official", "en",
  "M/S Rupsha Overseas (RL-1482), licensed by Ministry of Expatriates' Welfare. Malaysia plantation workers, govt fixed cost "
  "Tk 78,990 only, money receipt given for every taka. No sub-agent, no dalal. Office: Palbari more, Jashore. Call 01847-390621",
  [("phone", "+8801847390621")])
N("official", "bn",
  "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): সৌদি আরবগামী নারী গৃহকর্মীদের ৩০ দিনের বাধ্যতামূলক প্রশিক্ষণ যশোর টিটিসিতে শুরু হবে "
  "১৫ ডিসেম্বর। স্মার্ট কার্ড ছাড়া কেউ বিদেশে যাবেন না।")
N("official", "en",
  "Indian Visa Application Centre, Jashore: medical visa appointment slots for December are open. Applicants must appear in person "
  "with original passport and NID. No agent or third party is authorised to book on your behalf.")
N("official", "en",
  "Your e-Passport (No. A12895034) is ready for delivery at RPO Jashore. Please collect in person with your delivery slip "
  "between 10am-3pm. Do not pay anyone for delivery.",
  [("bd_passport", "A12895034")])
N("official", "en",
  "Bangladesh Deputy High Commission, Kolkata: travel permits issued for repatriation of 14 rescued Bangladeshi nationals "
  "via Petrapole-Benapole on 18 Dec. Families may contact the consular wing at +91 33 2290 5208.",
  [("phone", "+913322905208")])
N("official", "bn",
  "ইউনিয়ন পরিষদ, কলারোয়া: জন্ম নিবন্ধনে জন্ম তারিখ সংশোধনের জন্য স্কুল সার্টিফিকেট ও টিকা কার্ড আবশ্যক। কোনো দালালের মাধ্যমে আবেদন "
  "গ্রহণ করা হবে না। সরকারি ফি ১০০ টাকা।")
# receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01716482093. Fee Tk 0.00. Balance Tk 31,420.50. TrxID BHQ4K7D2RM at 14/11/2026 18:42",
  [("phone", "+8801716482093"), ("mfs_transaction", "BHQ4K7D2RM")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01893205417 Ref: ammu medicine TxnID: 73KD9QX2 Balance: Tk 8,215.40 15/11/2026 09:10",
  [("phone", "+8801893205417"), ("mfs_transaction", "73KD9QX2")])
N("receipt", "bn",
  "আপনি ০১৯২৭৪৬৫৩০৮ নম্বর থেকে ৳১২,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১৫,২১০.০০। TrxID CK91LM3ZQA ১০/১১/২০২৬ ১১:০৫",
  [("phone", "+8801927465308"), ("mfs_transaction", "CK91LM3ZQA")])
N("receipt", "en",
  "Rs.4,500 paid to Peerless Hospital Kolkata via Paytm UPI. UPI Ref No. 632415879012. Paid from Paytm Payments Bank a/c XX4417")
N("receipt", "en",
  "Dear Customer, BDT 46,250.00 foreign remittance from UAE (Western Union) credited to your A/C ***5521 incl. 2.5% govt incentive. "
  "Sonali Bank PLC, Benapole Br.")
N("receipt", "en",
  "Cash-In Tk 5,000.00 from A/C: ***4418 Fee: Tk 0.00 Your A/C Balance: Tk 5,062.00 TxnId: 4829301756 Date: 20-11-2026 14:21",
  [("mfs_transaction", "4829301756")])
# family (7)
N("family", "bn-Latn",
  "Ammu, Rumi r biyer prostab ta Kolkata theke, chhele Sealdah te dokan ase. kintu amra age nijera giye dekhe ashbo, "
  "kabin Bangladesh e hobe kaji diye, tarpor passport visa kore jabe. tara rajio hoise")
N("family", "bn",
  "আব্বা, হুন্ডিতে আর টাকা পাঠাইয়েন না, শুনলাম পুলিশ ধরতেছে। ব্যাংকে রেমিট্যান্স পাঠান, আড়াই পার্সেন্ট প্রণোদনা পাইবেন, রেট প্রায় একই")
N("family", "en",
  "Bhaiya Mamoni's passport came today, number EB0394721. I'll send you the photo for the Indian visa form, her college "
  "trip to Shantiniketan is in January, teachers will go with them",
  [("bd_passport", "EB0394721")])
N("family", "bn",
  "খালায় কইছে মাইয়ারে কলকাতায় নিয়া চোখের ডাক্তার দেখাইবো, শংকর নেত্রালয়ের এপয়েন্টমেন্ট পাইছে। মেডিকেল ভিসা হইছে, আমিও সাথে যামু, "
  "টাকা ডলার এন্ডোর্স কইরা নিমু")
N("family", "bn-Latn",
  "Rafiq mama bolse Sagor ke Dhaka r zari karkhana te dibe, kaj shikhle beton valo. ami mana kore disi, chhele agey SSC dibe. "
  "pore dekha jabe, tumi o kichu bolo na mama ke")
N("family", "bn",
  "বিকাশে ৫ হাজার পাঠাইলাম, তোর বোনের ফর্ম ফিলাপের টাকা। দালাল না ধইরা নিজে স্কুলে গিয়া জমা দিস। আম্মার এনআইডি নম্বর ২৬৯৫১৪৮৩০৭ "
  "লাগলে দিস",
  [("bd_nid", "2695148307")])
N("family", "en",
  "the boy's family from Bongaon called again. they want to see Shila before engagement. told them only at our house with "
  "Kaka present, and Kaka will first check them properly thru his friend in Barasat. no hurry")
# worker_content (6)
N("worker_content", "bn-Latn",
  "Tantibazar e sonar kaj kori 6 bochor hoye gelo, ostad valo manush, mashe 22 hajar, shukrobar chhuti. eid e bari jacchi "
  "Jhenaidah, ammur jonno ekta nakful banaisi nijer hate 😊")
N("worker_content", "en",
  "Malaysia update: 2nd year at the glove factory in Klang, overtime paid every month, passport with me, company renewed the permit. "
  "paid only the govt rate thru the agency, no dalal. alhamdulillah")
N("worker_content", "bn",
  "গার্মেন্টসে ওভারটাইমের টাকা ঠিকমতো দিতেছে না, সুপারভাইজার খালি চিল্লায়। এই মাস শেষে ছাইড়া দিমু, সাভারে আরেকটা কাজ দেখছি, "
  "বেতন ১৩ হাজার")
N("worker_content", "bn-Latn",
  "parlour e kaj shuru korlam Jashore town e, mashe 8000, shokal 10 ta theke raat 8 ta. eid er age customer onek beshi, "
  "tips pai. malik apu khub valo, shekhay o")
N("worker_content", "en",
  "3 years in Dubai as salon staff now. tough months sometimes but salary always on time and my passport is in my own drawer lol. "
  "missing maa's bhapa pitha tho")
N("worker_content", "bn",
  "ভাই দুবাইয়ে কাজ খুব কষ্টের, গরমে ১০ ঘন্টা ডিউটি। তবে বেতন সময়মতো দেয়, কফিলও ভালো, দুই বছর পর ছুটিতে দেশে আসতে পারমু")
# joke (5)
N("joke", "bn-Latn",
  "amar bou amar passport lukiye rakhse jate ami Kolkata giye biryani khete na pari 😂😂 eta ki manobadhikar lonkhon na?")
N("joke", "en",
  "my mom handles my salary like a hundi agent: takes all of it, gives me 2% commission and says rate is bad this month 😭")
N("joke", "bn",
  "বস কইছে শুক্রবারেও অফিস, এইটা চাকরি না মানব পাচার? 😩😂 কেউ বিজিবিরে খবর দেন")
N("joke", "bn-Latn",
  "tui ja line man er moto border e dariye thakis shara din, tao kono meye tor dike takay na 🤣🤣")
N("joke", "en",
  "Sold my little brother to my cousin for 2 packets of chanachur and a cricket bat. no refunds no returns 😂")
# chatter (5)
N("chatter", "bn-Latn",
  "kal Benapole border e 4 ghonta line, gorome shesh. immigration er samne ek dalal 500 taka chaise taratari stamp korar jonno, "
  "dei nai 😤 line e daraiya gelam")
N("chatter", "bn",
  "কলকাতায় পেটিএম দিয়ে কেনাকাটা সহজ, কিন্তু আমাদের তো ইন্ডিয়ান সিম নাই। ডলার এন্ডোর্স কইরা নিউমার্কেটে ভাঙাইলেই হয়, রেটও ভালো")
N("chatter", "en",
  "anyone knows a decent hotel near Marquis Street for 3 nights? going with ammu for her knee operation, budget around 2000 rupees per night")
N("chatter", "en",
  "Our girls' team from Satkhira got selected for the U-15 football camp in Kolkata!! Coach will keep the passports safe during "
  "the tour, all parents signed consent 🎉⚽")
N("chatter", "bn-Latn",
  "bhai ek group e bolse ei address e 0.01 BTC pathaile 1 mash e double, " + BTC1 + " , eta scam na? "
  "keu invest korso?",
  [("btc_address", BTC1)])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal Bangladesh vs India match, 7 ta theke. Tanvir er basay boshe dekhbo, chanachur ar muri niye ashis", hard=False)
N("family", "bn", "আজ রাতে খিচুড়ি আর ডিম ভাজা, তাড়াতাড়ি বাসায় আসিস। বৃষ্টি হইতে পারে, ছাতা নিয়া বাইর হইস", hard=False)
N("news", "en", "Shrimp exports from Satkhira rose 12% this quarter as prices in the EU market recovered, the district fisheries office said.", hard=False)
N("joke", "bn-Latn", "ilish mach er dam dekhe mone hoy mach na, sona kinte aschi 😂", hard=False)
N("receipt", "en", "Recharge successful. Tk 99 has been added to 01823715094. Your new balance is Tk 112.50. Thank you for using Robi.",
  [("phone", "+8801823715094")], hard=False)
N("worker_content", "bn", "আজকে স্কুলে টানা ৬টা ক্লাস নিলাম, গলা বসে গেছে। কাল আবার পরীক্ষার ডিউটি", hard=False)
N("awareness", "bn", "ডেঙ্গু প্রতিরোধে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন। জ্বর হলে দেরি না করে ডাক্তার দেখান।", hard=False)
N("official", "en", "Upazila Agriculture Office, Jhenaidah Sadar: free boro rice seed and fertiliser for small farmers on Sunday, bring your farmer card.", hard=False)
N("chatter", "en", "who's coming to the Sagardari Madhusudan mela on saturday? lets go by bike, i'll bring the camera", hard=False)
N("family", "bn-Latn", "apu tomar rannar recipe ta pathao to, shorshe ilish ta. shashuri ashbe kal 😅", hard=False)
N("worker_content", "en", "finished my first week at the Jashore pharmacy, boss is strict but fair. learning a lot about medicines", hard=False)
N("joke", "bn", "আমাদের গ্রামের ওয়াইফাই এত স্লো যে মেসেজ যাওয়ার আগে আমি নিজেই হেঁটে গিয়া বলে আসি 😂", hard=False)


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
    random.Random(64).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev64-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
