#!/usr/bin/env python3
"""Blind dev set dev75: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a child-protection officer in Khulna and Jashore: children recruited for domestic work
and factories in Dhaka and India, child marriages used to take girls abroad, ages raised on passports and
birth certificates, online grooming and sextortion of school students, girls sold to brothels; parents',
children's and brokers' messages. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev75.jsonl"
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


BTC1 = btc("dev75-btc-1")
TRON1 = tron("dev75-tron-1")
ETH1 = eth("dev75-eth-1")

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
  "আপা আমি রুমা, সাতক্ষীরার। দালাল কইছিল দুবাই হাসপাতালে ক্লিনারের কাজ, মাসে ১২০০ দিরহাম। আনে দেখি এক আরবের বাসায় রাখিছে, ৯ জনের সংসার, বাচ্চা দেখা রান্না সব আমার। হাসপাতাল কোনে কেউ জানে না",
  [])
F("recruitment_deception", "bn",
  "📢📢 মালয়েশিয়া ফ্যাক্টরি ভিসা 📢📢\nবয়স ১৮-৪০, অভিজ্ঞতা লাগবেনা, বেতন ৫৫-৬০ হাজার টাকা + ওভারটাইম\nBMET স্মার্ট কার্ড লাগবে না, আমাদের নিজস্ব লাইনে পাঠানো হয়\nসিট সীমিত, আগে আসলে আগে\nযোগাযোগ: ০১৭১৩-৫৬৮২৪৯ (ইমো/হোয়াটসঅ্যাপ)",
  [("phone", "+8801713568249")])
F("recruitment_deception", "bn",
  "ভাবি আপনার মাইয়ারে কলকাতার পার্লারে দিলি মাসে ২৫ হাজার রুপি পাবি, থাকা খাওয়া ওগো। পাসপোর্ট ভিসা কিছু লাগবিনে, বেনাপোল দিয়া আমার লোক পার কইরা দেবে। কাউরে কওয়ার দরকার নাই, কাম শুরু হলি নিজে ফোন দেবে",
  [])
F("recruitment_deception", "bn-Latn",
  "bhai visit visa tei jaben, dubai namar por company kaj dibe. 3 mash er moddhe work permit kore dibo amra, kono tension nai, amar 40 jon lok ekhon oikhane kaj kortese. total 3 lakh 20, ticket shoho",
  [])
F("recruitment_deception", "bn-Latn",
  "[voice msg] ammu ami thik achi kintu ora je bolse restaurant e kaj oita na. ekhane moruvumi te uter khamar, 200 uth dekhte hoy, kase kono dokan o nai. dalal ke fon dile dhore na ar",
  [])
F("recruitment_deception", "bn-Latn",
  "Shumi tumi Jessore er meye na? ami Kolkata r ekta boro shopping mall e sales girl nicchi, mashe 18 hajar, thaka khawa free. shudhu tomar NID r ekta chobi pathaw ar kauke bolar dorkar nai, joining er por bolo 😊",
  [])
F("recruitment_deception", "en",
  "URGENT URGENT!! Female helpers for Jordan garments factory. No experience no problem, free air ticket, salary 45,000tk, food free. Only 20 seats. Direct contact wa.me/8801874402913 no agency no office needed",
  [("whatsapp", "+8801874402913")])
F("recruitment_deception", "en",
  "bro they told us customer service job in Bangkok, 1000 USD. after Thailand they took us across river by boat in night. now its some compound in Myawaddy, we make fake girl profiles and chat with foreigners for money. nobody told us this",
  [])

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn",
  "জমি বন্ধক দিয়া সাড়ে চার লাখ দিছিলাম ছেলেরে সৌদি পাঠাইতে। এখন দালাল কয় আকামার জন্য আরো দেড় লাখ না দিলে কাজ দিবে না, ছেলে ৩ মাস ধইরা ক্যাম্পে বসা",
  [])
F("fees_and_debt", "bn",
  "তোর ছেলের জন্যি অগ্রিম ১০ হাজার দিলাম কিন্তু। ওই টাকা ওর বেতন থেকে মাসে মাসে কাটা যাবে, পুরা শোধ না হলি ঈদেও বাড়ি আসতি পারবে না, মালিকের সাফ কথা",
  [])
F("fees_and_debt", "bn",
  "সৌদি কলিং ভিসা মোট খরচ ৫ লাখ ৮০ হাজার। আজকে বুকিং মানি ৫০ হাজার দেন, বাকি টাকা ভিসা আসলে। বিকাশ পার্সোনাল 01925-337104 এ সেন্ড মানি করবেন, ক্যাশ আউট চার্জ সহ",
  [("phone", "+8801925337104")])
F("fees_and_debt", "bn-Latn",
  "company bolse plane bhara, visa, medical, agent er commission sob amader beton theke katbe. 8 mash kono taka hate pabo na. ar je chere jabe take 6000 ringgit diye jaite hobe",
  [])
F("fees_and_debt", "bn-Latn",
  "didi bolche amar jonno dalal ke 40 hajar dise, oita shodh na howa porjonto ami kothao jaite parbo na. protidin khabar r ghor bhara o hishab e lekhe, dena shudhu bare",
  [])
F("fees_and_debt", "en",
  "Sir I took ASA loan, kisti is 6000 every week, all went to the agent. Now agent says 1.2 lakh more for the job card or they send me back empty hand. My wife is paying kisti selling the cow",
  [])
F("fees_and_debt", "en",
  "New girls from Khulna: each one owes 55k for the transport and papers. Cut 3000 from her pay every month till it's cleared. Until then no leave, no going home, tell the supervisor",
  [])

# payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn",
  "মালের টাকা একসাথে পাঠাবি না। তিন নাম্বারে ভাগ কইরা দে: ০১৭৩৮৪১৬৬২০, ০১৮১৯২০৪৪৭৩, ০১৬৭৫৯৯০৩১২। এক নাম্বারে ৪৯ হাজারের বেশি না, বাকিটা কাল",
  [("phone", "+8801738416620"), ("phone", "+8801819204473"), ("phone", "+8801675990312")])
F("payments_and_proceeds", "bn",
  "কলকাতার মাসি হুন্ডিতে ১ লাখ ২০ হাজার পাঠাইছে দুইটা মাইয়ার দাম। বেনাপোল বাজারে রতনের দোকান থেকে তুইলা নিবি, আমার ভাগ ৪০ রাইখা বাকিটা শাহীনরে দিস",
  [])
F("payments_and_proceeds", "bn",
  "মেয়েটার প্রথম মাসের টাকা আসছে। Cash In Tk 18,000.00 from 01782640175 successful. TrxID 9KD4M2QX7B. ওর মারে ৩ হাজার দিয়া বাকিটা আমার কাছে থাকবি, ও জানলি বায়না ধরবে",
  [("phone", "+8801782640175"), ("mfs_transaction", "9KD4M2QX7B")])
F("payments_and_proceeds", "bn-Latn",
  "customer der theke advance nagad e niba, personal na agent number e. video call 1500, hotel e full night 6000. TxnID: 7QK2M9XA eta ke forward kore disi, tor cut 20%",
  [("mfs_transaction", "7QK2M9XA")])
F("payments_and_proceeds", "bn-Latn",
  "bkash e ar pathabi na, oita dhora khay. USDT TRC20 te pathaw ei address e " + TRON1 + " , Dubai theke bhai cash kore dibe. last 2 ta meye r taka ekhono baki",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Madam in Sharjah transferred AED 6,000 for the 2 girls from Jhenaidah. I keep 1 lakh, rest goes to Rubel by hundi, he gives better rate than bank and no papers. Dont use your own bkash for this",
  [])
F("payments_and_proceeds", "en",
  "Boost the 'Kolkata parlour job' post again, 3000 tk more, the calls are coming from Jashore side. Pay the page admin on 01533-208817 and send me the screenshot, I'll pay you back from the next batch",
  [("phone", "+8801533208817")])

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আপা এইডা পাশের বাসার বুয়ার ফোন। ম্যাডাম আমার ফোন কাইড়া নিছে, মার সাথে কথা কতি দেয় না, বাইর হওয়ার গেটে তালা দিয়া যায়। মারে কইয়েন আমি বাঁইচা আছি",
  [])
F("isolation_and_control", "bn",
  "মাইয়াগো কাছে কোন ফোন থাকবি না। বাড়িতে কথা কবে সপ্তায় একবার, খালি আমার সামনে, লাউডে দিয়া। কেউ কান্নাকাটি করলি লাইন কাইটা দিবি",
  [])
F("isolation_and_control", "bn",
  "পাসপোর্ট আর জন্মসনদ দুইটাই বাড়িওয়ালির কাছে। বাইরে যাতি গেলি সাথে একজন লোক যায়, দোকানেও একা যাতি দেয় না। ঠিকানা জিগাইলে কয় তোর জানার দরকার কি",
  [])
F("isolation_and_control", "bn-Latn",
  "amader kotha kauke bolba na kintu, ammu abbu ba tomar bandhobi ra jante parle ar amar sathe kotha bolte dibe na. chat gula delete kore dio protidin raate, ok babu? 🤫",
  [])
F("isolation_and_control", "bn-Latn",
  "oder 3 jon ke pichoner room e atke rakhse, janala nai, khabar dorjar nich diye dey. ekjon palate gesilo tai ekhon baire theke tala",
  [])
F("isolation_and_control", "bn-Latn",
  "supervisor bole tora hostel theke ber hobi na, shukrobar o na. mobile sob office e joma, raat 10 tay ferot. bari theke keu dekha korte asle gate theke firai dey",
  [])
F("isolation_and_control", "en",
  "Dont let her call Bangladesh till she finishes 2 months here, her mother is making noise. Tell her the network doesnt work in Pune. If she asks, say the phone is with the owner for recharge",
  [])
F("isolation_and_control", "en",
  "They moved us from Mumbai to another place at night in a closed van, I don't know the address. We never go down the stairs, food comes up. Please tell my brother the number 01756-419283 is mine, only call after 2 am",
  [("phone", "+8801756419283")])

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "এক বেলা খাতি দেয়, রাত ২টা পর্যন্ত কাম, ফজরে আবার উঠতি হয়। ৭ মাসের বেতন আটকায় রাখছে, চাইলি কয় দেশে যাওয়ার সময় একবারে দিবে",
  [])
F("labour_exploitation", "bn",
  "কাজ ছাড়তে চাইলি মালিক কয় আগে চুক্তির ২ বছর পুরা করো, নইলে এক টাকাও পাবা না, পাসপোর্টও না। অসুখ হলিও কামাই দেয়া যায় না, দিলে দুই দিনের টাকা কাটে",
  [])
F("labour_exploitation", "bn",
  "মামা এইখানে জরির কারখানায় এক ঘরে ২২ জন ঘুমাই, ঘরেই কাম। দিনে ১৬ ঘণ্টা সুই চালাই, হাত ফুইলা গেছে। হপ্তায় খালি ২০০ রুপি হাতখরচ দেয়, বাকিটা কয় জমা আছে",
  [])
F("labour_exploitation", "bn-Latn",
  "Shuvo ra 4 bhai bon ek e bhatay, mash e ek din o chuti nai. asukh holeo it tulte hoy, na tulle khorak bondho. sardar bole advance er taka na kata porjonto keu jaite parbi na",
  [])
F("labour_exploitation", "bn-Latn",
  "madam sokal 5 ta theke raat 1 ta porjonto kaj koray, 3 ta flat poriskar, bachcha rakha. ghumai ranna ghorer floor e. beton 4 mash dey nai, chaile bole tor dalal niye geche",
  [])
F("labour_exploitation", "en",
  "OT 4 hours every day but no OT pay. Salary 900 ringgit not 1500 like contract in Dhaka. Hostel and canteen charge cut from salary. Who complains, manager puts name for transfer to another site with worse job",
  [])
F("labour_exploitation", "en",
  "We are 14 people in one container room, AC broken since June, 48 degree outside. Work is 7am to 9pm, 7 days. Water from the tap only, they said buying drinking water is our problem",
  [])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তোর ছবিগুলা তোর স্কুলের গ্রুপে আর তোর আব্বার ফেসবুকে ছাইড়া দিমু। কাল বিকাল ৫টার মধ্যে ১০ হাজার টাকা ০১৩১৬৮৮৪৫২০ নাম্বারে বিকাশ করবি, কাউরে কইলে সবার আগে তোর আম্মু দেখবে",
  [("phone", "+8801316884520")])
F("threats_and_coercion", "bn",
  "থানা পুলিশ করলি তোর মাইয়ারে আর দেখতি পাবি না। কলকাতায় ওর নামে চুরির কেস দিয়া জেলে ঢুকায় দিমু, ওইখানে পচে মরবে। চুপচাপ থাক, মাসে মাসে টাকা পাবি",
  [])
F("threats_and_coercion", "bn",
  "কফিল কইছে পালাইলে হুরুব দিয়া দিবে, তখন পুলিশে ধরলে জেলে যাইবা, দেশে যাওয়ার আর রাস্তা থাকবে না। এইজন্য কেউ ক্যাম্প ছাড়ে না",
  [])
F("threats_and_coercion", "bn-Latn",
  "apa madam amake mare, gorom khunti diye haat e chheka dise. bole beshi kotha bolle tor choto bhai ke o dhore ene ekhane rakhbo. ami ar parchi na",
  [])
F("threats_and_coercion", "bn-Latn",
  "tui jodi police e jas taile tor maa er loan er kagoj ami samity te diye dibo, ek din e barita nilam hobe. ar tor bon ke to ami chini, school e jay kon rastay seta o jani",
  [])
F("threats_and_coercion", "bn-Latn",
  "kal raate ekta meye palate chaisilo, bari wala ra sobar samne oke beltt diye maarse jate baki ra dekhe. bole porer bar thana na, sojha nodite",
  [])
F("threats_and_coercion", "en",
  "I have ur video from the call. Pay 200 USDT to this address " + tron("dev75-tron-2") + " in 24 hrs or it goes to all ur followers and ur school page. dont block me, I have ur friends list. dm @khulna_vibes_99 when paid",
  [("tron_address", tron("dev75-tron-2")), ("instagram", "@khulna_vibes_99")])
F("threats_and_coercion", "en",
  "He said if I go to the embassy they will file that I stole gold from the house and I will rot in jail here. He also said he will sell me to another house in Riyadh if I cry in front of guests again",
  [])

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "আমারে রাতে কাস্টমারের ঘরে পাঠায়, না গেলি খাতি দেয় না। যত টাকা দেয় সব মাসি নিয়া নেয়, কয় আমার দাম নাকি এখনো ওঠে নাই",
  [])
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে দাদা 🌹 বাংলাদেশি, যশোরের, একদম ফ্রেশ। হোটেলে পাঠানো যাবে, রাত হিসাবে রেট আলাদা। বুকিং আমার কাছে +91 98300 41276",
  [("phone", "+919830041276")])
F("sexual_exploitation", "bn",
  "হোটেলের মালিক বিয়া করছি কইয়া আনছিল। দুই মাস পর থেকে তার বন্ধুগো কাছে পাঠায়, মানা করলি কয় তুই তো আমার বউ, বউ যা কই তাই করবি",
  [])
F("sexual_exploitation", "bn-Latn",
  "dubai te dance bar e kaj, shudhu nach gaan. kintu boss bolle guest er sathe room e jete hobe, eta kaj er part. mash e 1 lakh 20 hajar, tips alada. meye ra sundor hole age visa",
  [])
F("sexual_exploitation", "bn-Latn",
  "bhai 2ta meye ache kolkata line e, ekjon Narail er ekjon Magura r, boyosh 19-20. rate ta bolen, ekbarei niye jaben na ghonta hishabe? photo imo te dicchi 01947-228361",
  [("phone", "+8801947228361")])
F("sexual_exploitation", "en",
  "Found my cousin from Satkhira in a house in Pune with maybe 10 other Bangladeshi girls. The owner takes all the customer money, they get only food. She said the men come from afternoon till morning",
  [])
F("sexual_exploitation", "en",
  "BD girls video call service 💋 real girls no fake, 100% privacy. Full service also available Dhaka/Khulna, manager will arrange. Payment first. telegram @bd_real_service_vip",
  [("telegram", "@bd_real_service_vip")])

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৪, সমস্যা নাই। পাসপোর্টে ২২ কইরা দিবানে, জন্মসনদ চেয়ারম্যান অফিস থেকে নতুন কইরা দেওয়াবো, ৫ হাজার লাগবে। সৌদির বাসায় কাজ, দেখতে বড় লাগলিই হলো",
  [])
F("minors", "bn",
  "ছেলের বয়স ১১-১২ হলিই চলবে। ঢাকায় জুতার কারখানায় দিবো, থাকা খাওয়া মালিকের, মাসে ৩ হাজার বাপের বিকাশে যাবে। স্কুলের কথা ভুলে যান, কাম শিখলি পরে লাভ",
  [])
F("minors", "bn",
  "জামাই মালয়েশিয়া থাকে, মেয়ে এবার ক্লাস সেভেনে। বিয়াটা কাজী ছাড়া ঘরে পড়ায় রাখি, রেজিস্ট্রি পরে। বয়স বাড়ায় পাসপোর্ট হইলে জামাই নিয়া যাবে, ওইখানে বাসায় কাজ পাইবো",
  [])
F("minors", "bn-Latn",
  "tumi class 8 e? tahole to tumi amar choto bou 😘 ammu ke bolo na. ekta pic dao na school dress chara, shudhu amar jonno, ami 1000 taka bkash kore dibo",
  [])
F("minors", "bn-Latn",
  "Benapole border e 3 ta picchi ache, 10-12 bochor er. Mumbai er hotel e thala bati dhoar kaj, mash e 2000 rupi bari te. raat e par korbo, baba ma ke boleche Dhaka te kaj",
  [])
F("minors", "bn-Latn",
  "madrasa chhatri, boyosh 15, bhalo family. Dubai er chele biye korbe, dabi nai. birth certificate e boyosh 19 kore nisi, passport o hoye gese EH0482716, chele Eid er por nite ashbe",
  [("bd_passport", "EH0482716")])
F("minors", "en",
  "Need 2 girls 12-14 for housework in Gulshan flat. Quiet ones, from village, not going to school. Parents will get 30k yearly in advance. Don't bring older, madam wants them young so they listen",
  [])
F("minors", "en",
  "Changed her birth reg to 2005, she is actually 2010 born. Passport done, no. A07731592. Embassy won't check, just tell her to say 21 at the airport and not to cry. Wedding photos send to the groom in Riyadh",
  [("bd_passport", "A07731592")])

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় ৭ কিশোরীসহ ৯ জনকে উদ্ধার করেছে বিজিবি। এ সময় দুই দালালকে আটক করা হয়। উদ্ধারকৃতদের যশোর শেল্টার হোমে পাঠানো হয়েছে বলে জানিয়েছেন ব্যাটালিয়ন অধিনায়ক",
  [])
N("news", "bn-Latn",
  "Khulna te RAB-6 er obhijane manob pachar chokrer 3 sodossho greftar. tara dubai te parlour e chakrir kotha bole meyeder pathato. 5 jon nari uddhar — share koren sobai jeno sotorko thake",
  [])
N("news", "en",
  "Study: thousands of girls from Jashore, Satkhira and Khulna are trafficked to India every year, most lured with promises of jobs or marriage. Researchers urged more shelter homes near Benapole",
  [])
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠাতে সরকার নির্ধারিত খরচ ৭৮ হাজার ৯৯০ টাকা। এর বেশি টাকা নিলে এজেন্সির লাইসেন্স বাতিল করা হবে বলে জানিয়েছেন প্রবাসী কল্যাণ মন্ত্রণালয়ের সচিব",
  [])
N("news", "en",
  "Sextortion cases among school students rose sharply in Khulna division this year, the cyber crime unit said. Offenders mostly used fake Facebook and Instagram accounts to get photos and then demanded money",
  [])
N("news", "bn",
  "ঝিকরগাছায় নবম শ্রেণির এক ছাত্রীর বাল্যবিবাহ বন্ধ করলেন ইউএনও। কনের বাবাকে ভ্রাম্যমাণ আদালতে ১০ হাজার টাকা জরিমানা। বর সৌদি প্রবাসী, বিয়ের পর মেয়েকে বিদেশ নেওয়ার কথা ছিল",
  [])
# awareness (6)
N("awareness", "bn",
  "⚠️ সতর্কতা ⚠️ ফেসবুকে 'ইন্ডিয়ায় পার্লারে চাকরি, থাকা খাওয়া ফ্রি' দেখে মেয়েকে কারো হাতে দেবেন না। দালাল পাসপোর্ট ছাড়া বর্ডার পার করাতে চাইলে বুঝবেন বিপদ। সন্দেহ হলে ৯৯৯ বা ১০৯ নম্বরে ফোন দিন। — যশোর জেলা মহিলা বিষয়ক অধিদপ্তর",
  [])
N("awareness", "bn-Latn",
  "obhibhabok der proti onurodh: bacchader mobile e Instagram/Messenger e ochena karo sathe chobi share korte din na. keu chobi niye bhoy dekhale taka diben na, amader jananor jonno class teacher ke phone korun. — Headmaster, Jashore Zilla School",
  [])
N("awareness", "en",
  "Going abroad for work? Keep your passport with you, never give it to a broker. Pay only to a licensed agency against a receipt, register with BMET, check the agency licence on the website. Fee for Malaysia is fixed by the government.",
  [])
N("awareness", "bn",
  "শিশুশ্রম নয়, শিশুর হাতে বই। ১৪ বছরের নিচে কোনো শিশুকে কারখানা, ইটভাটা বা বাসাবাড়ির কাজে দেওয়া আইনত দণ্ডনীয়। শিশু সহায়তায় ফোন করুন ১০৯৮ — চাইল্ড হেল্পলাইন",
  [])
N("awareness", "en",
  "If someone threatens to leak your photos: do not pay, do not delete the chat. Take screenshots and report to Police Cyber Support for Women, Facebook page or email cybersupport.women@police.gov.bd. You are not at fault.",
  [("email", "cybersupport.women@police.gov.bd")])
N("awareness", "bn-Latn",
  "FWD: bon ra, keu jodi bole biye kore Dubai niye jabe, age chele r family, kabin r passport nije check koren. 18 er niche biye ain e oporadh. ei msg ta 10 jon ke pathan, Allah hafez",
  [])
# official (6)
N("official", "en",
  "Al-Amin Overseas Ltd (RL-1487), Malaysia manufacturing workers: cost Tk 78,990 as fixed by the government, paid only by pay order to the company account at Jamuna Bank. No dealing with any individual or broker. Registration through Ami Probashi app. Hotline 01711-934520",
  [("phone", "+8801711934520")])
N("official", "bn",
  "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো: প্রিয় মোঃ হাবিবুর রহমান, পাসপোর্ট নং BX4027716 এর বিপরীতে আপনার বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) প্রস্তুত। ডিইএমও খুলনা অফিস থেকে সংগ্রহ করুন।",
  [("bd_passport", "BX4027716")])
N("official", "en",
  "Bangladesh Embassy Riyadh, Labour Wing: workers with problems about iqama renewal, unpaid salary or kafeel disputes may contact the welfare desk on +966 55 391 2846 (WhatsApp) from Sunday to Thursday. Services are free of charge.",
  [("phone", "+966553912846")])
N("official", "bn",
  "বিভাগীয় পাসপোর্ট ও ভিসা অফিস, যশোর: নিম্নোক্ত ই-পাসপোর্ট বিতরণের জন্য প্রস্তুত। অপ্রাপ্তবয়স্ক আবেদনকারীর ক্ষেত্রে পিতা বা মাতাকে জাতীয় পরিচয়পত্রসহ উপস্থিত থাকতে হবে। কোনো দালালের সাথে যোগাযোগ করবেন না।",
  [])
N("official", "bn-Latn",
  "Assalamualaikum, Sadia Travels & Recruiting (RL 1622) theke bolchi. apnar Qatar er visa stamping hoye gese. BMET e 3 diner training 12 tarikh theke, fingerprint Jashore TTC te. kono taka karo hate diben na, shudhu company account e",
  [])
N("official", "en",
  "Office of the Deputy Commissioner, Khulna: owners of factories, hotels and brick kilns are reminded that employing children under 14 is prohibited. Inspection teams of DIFE will visit Rupsha and Dighalia from next week.",
  [])
# receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01729-413806. Ref abbu. Fee Tk 0.00. Balance Tk 31,420.55. TrxID BHK7Q2M9XD at 14/10/2026 19:42",
  [("phone", "+8801729413806"), ("mfs_transaction", "BHK7Q2M9XD")])
N("receipt", "bn",
  "টাকা গ্রহণ সফল। পরিমাণ: ৳১২,০০০.০০ প্রেরক: 01893-550217 রেফ: passport fee TxnID: 74KXQ1R8 ব্যালেন্স: ৳১২,৩১০.৪০ — নগদ",
  [("phone", "+8801893550217"), ("mfs_transaction", "74KXQ1R8")])
N("receipt", "en",
  "Dear Customer, foreign remittance of BDT 1,15,400.00 from MALAYSIA (sender: MD RAFIQUL ISLAM) has been credited to your A/C ***4471 at Sonali Bank Jhenaidah. Govt incentive 2.5% included.",
  [])
N("receipt", "en",
  "Cash-In Tk 5,000.00 to A/C: 01846-291735 successful. Fee Tk 0.00. Your Balance Tk 8,742.00. TxnId: 4129903817. Thank you for using Rocket.",
  [("phone", "+8801846291735"), ("mfs_transaction", "4129903817")])
N("receipt", "bn",
  "পেমেন্ট সফল। ই-পাসপোর্ট ফি (৫ বছর, রেগুলার) ৳৪,০২৫.০০ পরিশোধিত। আবেদনকারী: তাসলিমা খাতুন, জাতীয় পরিচয়পত্র নং ৭৩২৪৫১৮৮০৬। এ-চালান নং 2026-0418-99273",
  [("bd_nid", "7324518806")])
N("receipt", "bn-Latn",
  "bkash korlam 8000, TrxID CJ82KD5L0P. ammur osudh ar Rimi r coaching er fee eta diye dio. baki ta salary ashle pathabo, company ei mash e 3 din late",
  [("mfs_transaction", "CJ82KD5L0P")])
# family (6)
N("family", "bn",
  "বাবা আকামার টাকা জমা দিছিস? কফিল ভালো তো? বেতন পাইলে কিছু পাঠাস, সমিতির কিস্তি দুই সপ্তা বাকি। আর তোর বোনের বিয়ার কথা চলতিছে, ছেলে ইতালি থাকে, তুই আসলে পাকা কথা হবি",
  [])
N("family", "en",
  "Abbu's passport renewal done, collect it Thursday from Jashore passport office, new no. EK5510382. Bring his old passport and NID. Then we'll apply for the Indian medical visa for his eye operation in Chennai",
  [("bd_passport", "EK5510382")])
N("family", "bn",
  "জন্ম নিবন্ধনে নাতির জন্মসাল ভুল আসছে, ২০১৬ এর জায়গায় ২০১৪ লিখছে। স্কুলে ভর্তির আগে ইউনিয়ন পরিষদে গিয়ে ঠিক করাতে হবে, সাথে হাসপাতালের কাগজ নিয়ে যাইস",
  [])
N("family", "bn-Latn",
  "apu tumi Kolkata jaccho treatment er jonno, passport visa r ammu r report gula ek folder e rakho. Benapole e lomba line thake, sokal 6 tar moddhe pouchaio. dalal ra ghure, karo kotha shunba na",
  [])
N("family", "bn",
  "মেয়ে ঢাকায় গার্মেন্টসে কাজ নিছে, অপারেটর। হোস্টেলে থাকে চার জনে এক রুমে, শুক্রবার ছুটি, প্রতি শুক্রবার ভিডিও কল দেয়। বেতন পাইয়া নিজেই ব্যাংকে রাখে, ভালোই আছে আলহামদুলিল্লাহ",
  [])
N("family", "en",
  "Mamun mama is sending 2 lakh for Mitu's admission and hostel in Khulna University. He'll bkash 50k to my number 01991-607348 first, rest by bank. Don't tell nani yet, she'll worry about the loan",
  [("phone", "+8801991607348")])
# worker_content (6)
N("worker_content", "bn-Latn",
  "Alhamdulillah Malaysia te 2 bochor hoye gelo. company bhalo, overtime er taka thik moto dey, passport amar kache e thake. ekhon permit renew cholche, Insha Allah samne bochor chuti te ashbo",
  [])
N("worker_content", "bn",
  "সৌদিতে ডেলিভারির কাজ করি, গরম খুব, ১২ ঘণ্টা ডিউটি কিন্তু ওভারটাইম পাই। আকামা কোম্পানি করে দিছে, বেতন প্রতি মাসের ২৮ তারিখে ব্যাংকে আসে। খাটনি আছে, তবে ঠকায় না",
  [])
N("worker_content", "en",
  "Line chief shouted at us today because the target missed by 200 pcs, bad day. But salary came on the 7th with Eid bonus, and Friday off as usual. Going home to Khulna on Wednesday",
  [])
N("worker_content", "bn",
  "আমি জর্ডানে গার্মেন্টসে আছি ৩ বছর, বেতন ৩০০ দিনার। এজেন্সি সরকারি খরচেই পাঠাইছিল, রিসিট আছে। মাঝে মাঝে সুপারভাইজার বকাবকি করে, মন খারাপ হয়, কিন্তু ছুটিতে দেশে যাইতে দেয়",
  [])
N("worker_content", "en",
  "Our camp AC broke for 2 days in Doha, everyone was angry. Company fixed it on Tuesday and gave extra water and ice. Duty 8 hours plus 2 OT, paid. Not paradise but ok",
  [])
N("worker_content", "bn-Latn",
  "boss er kotha shune matha gorom hoye jay, sob kaj amar upor. tobe chuti dise 1 mash, return ticket o company dise. Dubai te 5 bochor, kothao thokini 🙂",
  [])
# joke (6)
N("joke", "bn-Latn",
  "bhai amake keu Dubai te bikri kore dao 😂 ekhane HSC er pressure e mori, tar cheye uter khamar bhalo",
  [])
N("joke", "en",
  "my mom confiscated my phone for 3 days bc of my SSC mock result. no contact with the outside world. this is literal human trafficking 💀💀",
  [])
N("joke", "bn",
  "বউ আমার পাসপোর্ট আলমারিতে তালা দিয়া রাখছে যাতে আবার মালয়েশিয়া না যাই 😂😂 চাবি ওর আঁচলে",
  [])
N("joke", "bn-Latn",
  "dalal bhai amar visa lagbe na, shudhu ekta biye koraye den, dowry free hole 50% advance dibo 😂",
  [])
N("joke", "en",
  "our team lead is a certified slave driver 😭 made us stay till 8 for a deck nobody will read. but at least he ordered kacchi",
  [])
N("joke", "bn",
  "আমার ছোট ভাই ক্লাস ফাইভে, গেম খেলার জন্য পুরা সংসার জিম্মি কইরা রাখছে, ফোন না দিলে খাবে না 🙄 মুক্তিপণ দৈনিক ১ ঘণ্টা",
  [])
# chatter (6)
N("chatter", "bn",
  "ফ্রেশ মাল আইছে! সাতক্ষীরার বাগদা চিংড়ি, একদম নতুন, কেজি ৯৫০। অর্ডার দিতে ইনবক্সে নক দেন বা ফোন ০১৭৪৪-২০৮৯১৬, খুলনা শহরে হোম ডেলিভারি",
  [("phone", "+8801744208916")])
N("chatter", "bn-Latn",
  "ei mal ta koto? 1200? size ki 8 years er bachar hobe? bkash korchi, kal courier e pathaben. meye r jonno nicchi",
  [])
N("chatter", "en",
  "Class 8 girls batch starts Saturday at 4pm, math + English, fee 1500/month. Guardians can pay by bkash to 01614-552093, write student name in reference",
  [("phone", "+8801614552093")])
N("chatter", "bn-Latn",
  "kal Benapole diye Kolkata jacchi shopping e, New Market. karo kichu lagle bolo, passport e dollar endorse korechi 200",
  [])
N("chatter", "en",
  "anyone know a good agency for Japan student visa? Not a dalal pls, a proper one with office. my cousin got fooled last year so asking around. can also dm me on insta @rafi.jsr",
  [("instagram", "@rafi.jsr")])
N("chatter", "bn",
  "ভাই মালয়েশিয়া যাওয়ার খরচ এখন কত? শুনলাম সরকার ৭৯ হাজার ঠিক করে দিছে, কিন্তু গ্রামের লোকজন কয় ৫ লাখের নিচে হয় না। কারো জানা থাকলে বলেন, আমি রেজিস্টার্ড এজেন্সি দিয়েই যাব",
  [])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "bhai kal match ta dekhso? shakib er bowling dekhe mon bhore gelo 🏏", [], hard=False)
N("chatter", "bn", "আজকে জুমার পর মসজিদে মিলাদ আছে, সবাই আসবেন", [], hard=False)
N("family", "bn-Latn", "ammu bhaat hoise? ami 7 tar moddhe ashchi, ektu dim bhaja koro pls", [], hard=False)
N("family", "en", "Happy birthday Nanu! 🎂 we miss you so much, will visit Jashore in December inshallah", [], hard=False)
N("joke", "en", "why did the rooster cross the road in Dhaka? he didn't, traffic jam since morning 😂", [], hard=False)
N("news", "bn", "আগামী তিন দিন খুলনা বিভাগে হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা, বলছে আবহাওয়া অধিদপ্তর", [], hard=False)
N("receipt", "en", "Recharge of Tk 49 to 01822-170534 successful. Your current balance is Tk 112.40. Thank you.", [("phone", "+8801822170534")], hard=False)
N("chatter", "bn", "কেউ কি জানেন যশোর থেকে কুষ্টিয়ার বাস কয়টায় ছাড়ে? রূপসা না চুয়াডাঙ্গা হয়ে যায়?", [], hard=False)
N("worker_content", "bn-Latn", "aj office e new software training chilo, kichu bujhi nai 🙃 kal abar", [], hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। জ্বর হলে দ্রুত ডাক্তার দেখান", [], hard=False)
N("chatter", "en", "Selling my old Walton fridge, 2 years used, works fine, 9000 taka, pickup from Sonadanga", [], hard=False)
N("joke", "bn-Latn", "amar biral ta ajke ghumaite ghumaite sofa theke pore gese 😹 ekdom lojja pai nai", [], hard=False)


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
    random.Random(75).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev75-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
