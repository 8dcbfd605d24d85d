#!/usr/bin/env python3
"""Blind dev set dev59: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a child-protection officer at a drop-in centre in
Old Dhaka and Kamrangirchar for street children, child domestic workers in Dhaka households and teenagers groomed
on TikTok, Likee and Free Fire (gifts, 'host' and modelling offers, runaways to Dhaka, girls moved to hotels);
written in Old Dhaka and street registers, teen text-speak and gamer slang. Run with python3.
Held out from round 10 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev59.jsonl"
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


BTC1 = btc("dev59-btc-1")
TRON1 = tron("dev59-tron-1")
ETH1 = eth("dev59-eth-1")

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
# recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn",
  "hi apu 🥰 tomar live gula dekhlam, voice onk sweet. amader agency 'Star Moon' e host nicchi, mashe 40-50k fixed + gift "
  "alada. kono experience lagbe na, shudhu camera on kore golpo korba. 1st month training dhakay amader flat e, thaka khawa "
  "free 😍 basay ekhon bolar dorkar nai, 1st salary diye surprise diba. inbox e number dao")
F("recruitment_deception", "bn",
  "বইন শুন, দুবাইয়ে আমার পরিচিত ম্যাডামের পার্লার আছে, ওইখানে মাইয়া লাগবো। মাসে ৮০ হাজার টাকা বেতন, ভিসা টিকিট সব "
  "উনারা দিবো, তোর খালি পাসপোর্ট টা লাগবো। ভিজিট ভিসায় যাবি, ওইখানে গিয়া কাগজ ঠিক কইরা দিবো। বিউটিশিয়ানের কাজ জানা "
  "লাগবো না, শিখায় নিবো। তাড়াতাড়ি জানাইস, সিট আর দুইটা")
F("recruitment_deception", "bn-Latn",
  "bhaia amare kotha dise restaurant e waiter er kaj, AC room e thakbo. ekhane anar por dekhi palm bagan e rakhse jongoler "
  "moddhe, 20 jon ek shed e. beton o 1500 ringgit na, 900 dibe bole. agent er number off. ekhon ki korum kisu bujhtesi na")
F("recruitment_deception", "en",
  "Bro ur FF gameplay is insane 🔥🔥 A gaming company in Thailand is hiring BD players as game testers, $1200/month + bonus, "
  "no degree needed. Company pays ticket, u go on tourist visa first, they fix work permit there. Seats r limited, just send "
  "ur passport pic on telegram @ftester_hr_bd", [("telegram", "@ftester_hr_bd")])
F("recruitment_deception", "bn",
  "আপু আপনার রিলস গুলা জোস 😍 আমাদের নতুন মিউজিক ভিডিওর জন্য নতুন মুখ খুঁজতেছি। কক্সবাজারে ৩ দিনের শুটিং, ৩০ হাজার "
  "টাকা পেমেন্ট, যাওয়া আসা হোটেল সব আমাদের। ডিরেক্টর ভাই নিজে আপনারে সায়েদাবাদ থেকে নিয়া যাবে। আম্মু আব্বুরে এখন "
  "বলার দরকার নাই, ভিডিও রিলিজ হইলে সারপ্রাইজ দিয়েন 🎬")
F("recruitment_deception", "bn-Latn",
  "[voice note 0:52] ha bhai shunen, saudi te free visa ase 8 ta, kafil amar nijer lok. oikhane jaiya nijer moto kaj koiren, "
  "mashe 70-80 hajar kamai kono bepar na. BMET er line e darano lagbo na, smart card amra bebostha kore dimu. kal asor er "
  "por Kamrangirchar bazar er cha er dokane ashen, kotha hoibo")
F("recruitment_deception", "en",
  "jaan trust me, after nikah i take u to Malaysia with me, my company boss will make ur visa as my wife. no need to tell ur "
  "bhaiya he will make drama. just come to Benapole on friday with ur passport, my friend will take u across, we fly from "
  "Kolkata its cheaper. call me on imo +60 11-2847 3390", [("phone", "+601128473390")])
F("recruitment_deception", "bn",
  "জরুরি নিয়োগ!! কম্বোডিয়ায় ক্যাসিনো হোটেলে কাস্টমার সার্ভিস, শুধু কম্পিউটারে টাইপিং জানলেই হবে। বেতন ১৫০০ ডলার, থাকা "
  "খাওয়া ফ্রি। ভিজিট ভিসায় যাবেন, ওখানে গেলে কোম্পানি ওয়ার্ক পারমিট করে দিবে। সিভি পাঠান cambodiajobs.hr@gmail.com "
  "অথবা হোয়াটসঅ্যাপ wa.me/8801935274861",
  [("email", "cambodiajobs.hr@gmail.com"), ("whatsapp", "+8801935274861")])

# fees_and_debt (bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn-Latn",
  "Malaysia calling visa confirm, total 5 lakh 50. ekhon 2 lakh advance dile name list e tulbo, baki flight er age. office er "
  "account e na, amar personal bkash 01812 64 73 90 e pathan, reference e kisu likhben na. kal er moddhe na dile sit chole jabe",
  [("phone", "+8801812647390")])
F("fees_and_debt", "bn",
  "খালা আপনারে তো আগে ২০ হাজার দিছি, মনে আছে? ওইটা শোধ না হওয়া পর্যন্ত রুমা আমার বাসায়ই থাকবো। মাসে ১৫০০ কইরা "
  "কাটতেছি, আরো এক বছরের বেশি লাগবো। মাঝখানে নিয়া যাইতে চাইলে পুরা টাকা একবারে দিয়া নিয়া যাইয়েন")
F("fees_and_debt", "bn-Latn",
  "ammu ekhane asar por company bolse iqama korte aro 1 lakh 20 lagbe, na dile kaj o nai khabar o nai. dalal kaka phone "
  "dhore na. gorur taka ta ki pathaite parba? bkash e na, kaka je hundi r lok er number dise oitay diyo")
F("fees_and_debt", "en",
  "Listen. Room rent, food, the dresses, makeup, the bus from Jessore, it's all on your account now — 38,500. You clear it "
  "from your guests, 1000 each. When it's zero you can go wherever you want. Not before.")
F("fees_and_debt", "bn",
  "জমিটা বন্ধক দিয়া আর ব্র্যাকের কিস্তি তুইলা দালালরে ৩ লাখ দিছি। এখন কয় আরো ১ লাখ ৮০ হাজার না দিলে ফ্লাইট হবে না, "
  "ভিসা নাকি ক্যান্সেল হইয়া যাইবো। আব্বায় রাইতে ঘুমায় না, আম্মা খালি কান্দে")
F("fees_and_debt", "bn-Latn",
  "bhai ami ar parum na. mohajon kaka kosse amar upor 12 hajar baki, kobe hoilo janina. protidin 500 jama dite hoy station "
  "theke, na dile platform e ghumaite dey na. bole shodh na kora porjonto onno kothao gele dhoira ana hoibo")
F("fees_and_debt", "en",
  "Your husband's passport (A03819274) is with us. Send 80,000 to Nagad 01627 338 914 by Sunday and he gets it back and his "
  "ticket home. No money, no passport, he stays in the camp. Don't go to the agency office, they can't help you.",
  [("bd_passport", "A03819274"), ("phone", "+8801627338914")])
F("fees_and_debt", "bn",
  "কোম্পানি বলছে টিকেট আর ভিসার খরচ বেতন থেকে কাইটা নিবো, ৮ মাস হাতে কিছু পাবো না খালি খাওনের ২০০ দিরহাম। তখন তো "
  "কইছিল সব খরচ কোম্পানির, এখন সুপারভাইজার কয় সাইন তো তুমি করছো")

# payments_and_proceeds (bn 2, bn-Latn 2, en 3)
F("payments_and_proceeds", "bn-Latn",
  "tor ID er sob diamond agency account e jabe, tui nijer ID theke withdraw dibi na. mash sheshe ami cash kore tore 20% dimu, "
  "baki agency r ar room bhara. keu jiggesh korle bolbi tui freelance host, agency r nam nibi na")
F("payments_and_proceeds", "en",
  f"From tonight no bkash for this work. Guest pays USDT TRC20 to {TRON1} or BTC to {BTC1}, send me the hash screenshot, "
  "then I tell u which room the girl is in. Fresh one 150 usdt, others 80.",
  [("tron_address", TRON1), ("btc_address", BTC1)])
F("payments_and_proceeds", "bn",
  "ওখানকার মাইয়াগো কামাইয়ের টাকা ব্যাংকে পাঠাইবা না, ধরা খাইবো। দুবাইয়ের সেলিম ভাইয়ের কাছে দিবা, হুন্ডিতে আমি এইখানে "
  "বিকাশে পামু, রেটও ভালো। প্রতি মাসে হিসাব দিবা কোন মাইয়া কয়টা গেস্ট নিছে কত দিছে")
F("payments_and_proceeds", "bn-Latn",
  "Libya route er 4 jon er taka eksathe ek number e diben na, bkash block kore dey. 3 ta number e bhag kore den: 01711 902 385, "
  "01922 418 706, 01556 730 214. protita te 25 hajar er beshi na. reference e 'family' likhben, ar kono kotha na",
  [("phone", "+8801711902385"), ("phone", "+8801922418706"), ("phone", "+8801556730214")])
F("payments_and_proceeds", "en",
  "Recvd 15,000 for the 2 kids from Kamrangirchar, bKash TrxID BJ57KQ2X9M. Rest 15k when they reach Kolkata side. Tell Moni "
  "khala keep them inside till Thursday.", [("mfs_transaction", "BJ57KQ2X9M")])
F("payments_and_proceeds", "bn",
  "পেইজের 'মেয়েদের জন্য হোটেলে চাকরি, থাকা খাওয়া ফ্রি' পোস্টটা আবার বুস্ট করো, ঢাকা আর নারায়ণগঞ্জ টার্গেট, বয়স ১৬-২২। ৩০০০ "
  "টাকা নগদে পাঠাইলাম 01790 552 318 থেকে। যত মাইয়া ইনবক্স করবো তত তোমার কমিশন",
  [("phone", "+8801790552318")])
F("payments_and_proceeds", "en",
  f"Sent ur share in ETH to {ETH1}. 6 girls reached Dubai safe, 1.5 lakh per head as we said. Next batch Sunday from "
  "Chittagong, send a separate wallet for the Abu Dhabi side, dont reuse this one.", [("eth_address", ETH1)])

# isolation_and_control (bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "আপা আমি মিনা। ম্যাডাম বাইরে গেলে দরজায় তালা দিয়া যায়, মোবাইল রাখতে দেয় না। আম্মার সাথে শুক্রবার ২ মিনিট কথা কওয়ায়, "
  "পাশে খাড়ায় থাকে। এই মোবাইল দারোয়ান চাচার, উনারে কিছু কইয়েন না প্লিজ")
F("isolation_and_control", "bn-Latn",
  "[04/11/26 23:14] Raj 🖤: tor ammu re kisu bolbi na ok?\n[04/11/26 23:14] Raj 🖤: amader ta secret 🤫\n"
  "[04/11/26 23:15] Nishu: hmm\n[04/11/26 23:15] Raj 🖤: tiktok er chat gula delete kore de. ekhon theke shudhu telegram e, "
  "id @raj_bhai_0x\n[04/11/26 23:16] Raj 🖤: r tor friend der o bolbi na, ora jealous hoy",
  [("telegram", "@raj_bhai_0x")])
F("isolation_and_control", "en",
  "they took my phone, writing from a guest's phone. dont call this number. i dont know which hotel, near jatrabari i think, "
  "window doesnt open. there r 3 more girls in the next room pls")
F("isolation_and_control", "bn-Latn",
  "camp theke ber hoite dey na bhai, gate e guard, shudhu kaj er bus e jai ashi. supervisor bole bahire gele police dhorbe "
  "tomar permit nai. passport o company r locker e, chaile bole 'later'")
F("isolation_and_control", "bn",
  "পাসপোর্ট কফিল নিয়া রাখছে, চাইলে কয় কাম শেষ হইলে দিবো। দুই বছর হইয়া গেল। বাসার বাইরে যাওন নিষেধ, বাড়িতে ফোন দিতে "
  "দেয় মাসে একবার উনার সামনে বইসা")
F("isolation_and_control", "en",
  "When u get down at Sayedabad switch off ur sim and throw it, I'll give u new one. Dont call anyone from village. If ur "
  "mother asks tell her ur in garments in Ashulia. From now u talk only to me ok")
F("isolation_and_control", "bn-Latn",
  "abe shun, ekhon theke kaj er jaygay amar lok niye jabe niye ashbe, eka kothao jabi na, mor er dokan e o na. kono pola ba "
  "NGO er apa kotha bolte ashle chup thakbi, bolbi amar chacha")
F("isolation_and_control", "bn",
  "মাইয়াটারে কাইলকা কেরানীগঞ্জের বাসায় সরায় দে, এক জায়গায় তিন দিনের বেশি রাখিস না। মোবাইল তোর কাছে রাখবি, ওর মায় "
  "ফোন দিলে কবি কাজে আছে, পরে কথা কইবো")

# labour_exploitation (bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "ভোর ৫টায় উঠি রাত ১২টা বাজে শুই। ৪ মাস বেতন দেয় নাই, জিগাইলে কয় তোর মায়ের কাছে পাঠায় দিছি, মায় কয় পায় নাই। ভাত "
  "খাই সবার পরে যা থাকে, রান্নাঘরের ফ্লোরে ঘুমাই")
F("labour_exploitation", "bn-Latn",
  "bhai ekhane polithin factory te 14 ghonta kaj, friday o chuti nai. beton 3 mash atkaye rakhse jate chole na jai, bole ek "
  "shathe dibe Eid e. rat e machine er pashei ghumai, gorom e dom bondho hoye ashe")
F("labour_exploitation", "en",
  "one meal a day brother, rice and dal. 16 hours in the farm in this heat. kafeel said salary after 6 months, now its 9. "
  "when i ask he says go, but passport he keeps so where will i go")
F("labour_exploitation", "bn-Latn",
  "boss amader 10 jon re ek room e rakhse, raat din FF account level up kori, pore bikri hoy. ghum 3-4 ghonta. daily target "
  "6 ta ID na hoile oi din khana bondho. beton er kotha bolle bole 'tora to khelte khelte kamas' 😑")
F("labour_exploitation", "bn",
  "কইছিল ৮ ঘন্টা ডিউটি, এখন ১৪ ঘন্টা, ওভারটাইম নাই। অসুস্থ হইলে দিনের টাকা কাটে। চাকরি ছাড়তে চাইলে কয় ভিসার ৪ লাখ "
  "টাকা ফেরত দিয়া যা, নাইলে এইখানেই পইচা মর")
F("labour_exploitation", "en",
  "sardar takes all the money at night, we get one plate rice. if i bring less than 400 he doesnt give food, and every "
  "morning he ties the bandage on my leg so people give more")
F("labour_exploitation", "en",
  "They said resort job in Maldives but we r cutting stones on an island, 5 months no salary. Supervisor says company has no "
  "money this month, next month. No boat leaves without his permission so we cant even go to Male to complain.")

# threats_and_coercion (bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn-Latn",
  "video ta tor abbur whatsapp group e chere dimu, bishwas na hoile test kor. kal 5 tar moddhe Chankharpul er hotel e ashbi, "
  "room number pore dimu. kauke bollei upload, mind it")
F("threats_and_coercion", "bn",
  "কফিল বলছে পালাইলে হুরুব দিয়া দিবো, তারপর পুলিশ ধরলে জেল, দেশেও ফিরতে পারবি না জীবনে। তাই চুপচাপ আছি ভাই, দোয়া কইরো")
F("threats_and_coercion", "en",
  "If I see u near that NGO apa again I'll break ur legs. And ur little brother sleeps at Sadarghat terminal right? Think "
  "about him before u open ur mouth.")
F("threats_and_coercion", "bn-Latn",
  "abe kotha na shunle tor ma r basay lok pathamu, Kamrangirchar er konta ami jani. tor choto bon re o uthaiya anmu, bujhsos? "
  "kal theke time moto ashbi")
F("threats_and_coercion", "bn",
  "আম্মা ওরা কারেন্টের শক দেয়, ভিডিও কল দিয়া তোমাগো দেখাইবো কইছে। ৫ লাখ না দিলে অন্য জায়গায় বেইচা দিবো। যেমনে পারো "
  "টাকাটা জোগাড় করো আম্মা")
F("threats_and_coercion", "en",
  "Boss said whoever tries to run will be sold to the next compound. They did it to Rakib last week, we saw them put him in "
  "the car. Nobody tries now.")
F("threats_and_coercion", "bn-Latn",
  "chup thak. tor nam e yaba case dimu, thana amar pocket e. kal theke amar kotha moto kaj korbi, na hoile juvenile center e "
  "pathay dimu 2 bochor, keu chharaite parbo na")

# sexual_exploitation (bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn-Latn",
  "aj raite Gulshan er hotel e 2 ta guest, meye ready rakhis. notun meye ta re dibi, customer fresh chay. makeup kore dis, ar "
  "boyosh jiggesh korle 20 bolbi")
F("sexual_exploitation", "en",
  "Bangali & Nepali models available 24/7 🌹🍒 hotel & home service Dhaka, 100% real pic no fake, full safe & secure. "
  "Booking only WhatsApp wa.me/8801874209163 insta @dhaka_vip_models serious clients only",
  [("whatsapp", "+8801874209163"), ("instagram", "@dhaka_vip_models")])
F("sexual_exploitation", "bn",
  "পার্লারে কাজের কথা কইয়া আনছে, এখন রাইতে গেস্টের রুমে পাঠায়। না গেলে খাওন দেয় না, ম্যানেজার মাইর দেয়। আমারে নিয়া যান "
  "আপা প্লিজ")
F("sexual_exploitation", "bn-Latn",
  "private room e dress khulle gift 3 gun beshi, agency bolse 1 ghonta te 5k. na korle tor ID banned kore dibe ar chuktir "
  "taka ferot dite hobe. kal raat 1 ta theke start")
F("sexual_exploitation", "en",
  "Boss wants you at the Banani flat tonight, the two Chinese clients from last week. Wear the red dress, driver comes 10pm. "
  "Dont bring your phone, you get it back in the morning.")
F("sexual_exploitation", "bn",
  "দুবাইয়ে ড্যান্স বারে নাচের পর হোস্টেস কাজ, কাস্টমার বাইরে নিতে চাইলে যাইতেই হইবো। না গেলে ম্যাডাম পাসপোর্ট আটকায় রাখে "
  "আর জরিমানা কাটে")
F("sexual_exploitation", "bn-Latn",
  "jaan amar 2 lakh loan shodh korte hobe, ekbar shudhu amar boss er sathe ek rat thako. ar kono din bolbo na promise 🥺 "
  "tumi amake bhalobasho na?")
F("sexual_exploitation", "bn",
  "৩০৪ আর ৩০৬ নাম্বার রুম পুরা সপ্তাহ মাইয়াগুলার জন্য রাখবা, রেজিস্টারে আমার কাজিন লেখবা, আইডি এন্ট্রি লাগবো না। প্রতি "
  "গেস্টে তোমার ২ হাজার ক্যাশ")

# minors (bn 2, bn-Latn 2, en 3)
F("minors", "bn",
  "মেয়ের বয়স তো ১৫, সমস্যা নাই। ওর মায়ের এনআইডি নং ৭৩১৫০৪৯২৮৬ দিয়া জন্ম নিবন্ধনে ২১ বানায় পাসপোর্ট করাইয়া দিমু, সৌদির "
  "বাসায় কাজ। দেখতে বড় লাগে, মেডিকেলে কেউ ধরবো না। খরচ সব আমার", [("bd_nid", "7315049286")])
F("minors", "bn-Latn",
  "tumi class 7 e? no prblm 😊 amader agency te 14-15 er meyera beshi income kore. tomar age kauke bolbo na. ekta shoot er "
  "jonno friday Kamrangirchar bridge er niche theke ami pick korbo, school dress porei asho")
F("minors", "en",
  "Got 2 small girls from the station, 11-12, clean, good for housework. 5000 each, I bring them to Gulshan tomorrow. No "
  "papers needed, nobody will come looking for these ones")
F("minors", "bn",
  "তুমি তো এখনো ক্লাস এইটে, তোমার আব্বু জানলে ফ্রি ফায়ার খেলাই বন্ধ 😅 ১০০০ ডায়মন্ড টপআপ করে দিবো, শুধু একটা ছবি দাও যেটা "
  "আর কেউ দেখবে না। ছবি দেওয়ার পর চ্যাট ডিলিট কইরো")
F("minors", "en",
  "u can stay at my place in Dhaka, no need to tell ur parents. u r 15 so no factory will hire u but my friend's hotel will, "
  "good money. come alone on the night launch, i'll wait at Sadarghat")
F("minors", "bn-Latn",
  "meye ta 14 bochor, india pathabo. border e lok ase Satkhira diye, kolkata te barir kaj bolbo, oikhane jinish bujhe nibe. "
  "ma ke 10 hajar dhoraye dile ar kisu jiggesh korbe na")
F("minors", "en",
  "Use the small boys for delivery, under 12 police wont keep them. Give 200 a day, if they ask more slap them. Babu and "
  "Shanto start tomorrow from Lalbagh, keep the packets in their school bag")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "কামরাঙ্গীরচর থেকে নিখোঁজ তিন কিশোরী নারায়ণগঞ্জের একটি আবাসিক হোটেল থেকে উদ্ধার। পুলিশ জানায়, টিকটকে মডেল বানানোর "
  "প্রলোভন দেখিয়ে তাদের ঢাকার বাইরে নেওয়া হয়েছিল। এ ঘটনায় দুজনকে গ্রেপ্তার করা হয়েছে।")
N("news", "en",
  "RAB-10 has arrested two members of a ring that lured teenage girls through Likee 'host agency' offers and took them "
  "across the border to India, the battalion said at a press briefing in Karwan Bazar on Tuesday.")
N("news", "bn-Latn",
  "dekhso? Chawkbazar e 2 ta dalal dhorse, passport e meyeder boyosh barai saudi pathaito. Prothom Alo te aj aise, amader "
  "para r Shilpi r mama naki ekjon")
N("news", "en",
  "A Dhaka court sentenced a Kamrangirchar man to life imprisonment for trafficking two children to Kolkata in 2019. The "
  "children were rescued by Indian police and repatriated through Benapole.")
N("news", "bn",
  "সৌদি আরবে হুরুব মামলায় আটকে পড়া ১২০ কর্মী আজ দেশে ফিরেছেন। তাদের অনেকে জানান, কফিল বেতন না দিয়ে পাসপোর্ট আটকে "
  "রেখেছিলেন। প্রবাসী কল্যাণ ডেস্ক তাদের যাতায়াত খরচ দিয়েছে।")
N("news", "bn",
  "মালয়েশিয়ায় কর্মী পাঠাতে সরকার নির্ধারিত খরচ ৭৮ হাজার ৯৯০ টাকা হলেও কর্মীদের কাছ থেকে ৫ থেকে ৬ লাখ টাকা নেওয়া হয়েছে "
  "বলে অভিযোগ উঠেছে, সংসদীয় কমিটির বৈঠকে এ তথ্য জানানো হয়।")
# awareness
N("awareness", "bn",
  "⚠️ অভিভাবকরা সাবধান! টিকটক, লাইকি বা ফ্রি ফায়ারে অচেনা কেউ গিফট, ডায়মন্ড, 'হোস্ট' বা মডেলিং এর অফার দিলে সন্তানকে একা "
  "দেখা করতে দিবেন না। সন্দেহ হলে চাইল্ড হেল্পলাইন ১০৯৮ এ ফোন করুন (টোল ফ্রি)। — কামরাঙ্গীরচর শিশু সুরক্ষা কমিটি")
N("awareness", "bn-Latn",
  "*Forwarded* sobai sabdhan!! free visa bole kono dalal ke ek taka o diben na. BMET registered agency chara keu bidesh "
  "pathate pare na. passport kauke joma diben na, taka dile rosid niben. beshi kore share koren 🙏🙏")
N("awareness", "en",
  "To all our girls at the centre: if someone gives you FF diamonds or TikTok coins and then asks for a pic, that's a trap. "
  "If anyone threatens to leak your pics, come talk to us. It is NOT your fault and we won't tell your family without asking you.")
N("awareness", "bn",
  "জুম্মার পর ঘোষণা: বিদেশ যাওয়ার আগে ইউনিয়ন পরিষদের প্রবাসী হেল্প ডেস্কে এজেন্সির লাইসেন্স যাচাই করে নিন। দালালের হাতে "
  "পাসপোর্ট বা টাকা দিবেন না, টাকা দিলে অবশ্যই রশিদ নিবেন।")
N("awareness", "en",
  "Forwarded from class 6 guardians group: Parents pls check kids' Free Fire & Likee friend lists. Some 'bhaiyas' are adding "
  "kids, giving UC/diamonds and asking them to come meet near Lalbagh Fort. Talk to your children calmly, don't beat them.")
N("awareness", "bn-Latn",
  "Apu, jodi kono madam basay tala diye rakhe, beton na dey, mobile rakhte na dey — amader drop-in centre e ashen ba ei number "
  "e call den 01713 046 582. Sob kotha gopon thakbe. Boro Katra, Chawkbazar, shokal 9 ta theke 5 ta",
  [("phone", "+8801713046582")])
# official
N("official", "en",
  "Al-Noor Overseas Ltd (RL-1187), approved by BMET. Malaysia plantation demand: 120 male workers, age 21-40. Government-fixed "
  "migration cost Tk 78,990 only, paid to the company bank account against money receipt. No sub-agent or dalal is "
  "authorised. Contact: info@alnooroverseas.com.bd, +880 2-55123456",
  [("email", "info@alnooroverseas.com.bd"), ("phone", "+880255123456")])
N("official", "bn",
  "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): বিদেশগামী কর্মীদের স্মার্ট কার্ড শুধুমাত্র বিএমইটি কার্যালয় ও জেলা "
  "জনশক্তি অফিস থেকে বিতরণ করা হয়। স্মার্ট কার্ডের জন্য কোনো ব্যক্তি বা দালালকে অতিরিক্ত টাকা দিবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh, Labour Wing: workers whose iqama has expired or who have a huroob case may contact the wing "
  "on +966 11 419 0862 (Sun-Thu, 9am-3pm) with a copy of passport. All services are free of charge.",
  [("phone", "+966114190862")])
N("official", "bn",
  "প্রিয় আবেদনকারী, আপনার ই-পাসপোর্ট (নং A07741932) প্রস্তুত হয়েছে। আগারগাঁও বিভাগীয় পাসপোর্ট অফিস থেকে মূল এনআইডি "
  "সহ সংগ্রহ করুন। -DIP", [("bd_passport", "A07741932")])
N("official", "bn",
  "গৃহকর্মী সুরক্ষা ও কল্যাণ নীতি অনুযায়ী ১৪ বছরের কম বয়সী কোনো শিশুকে গৃহকর্মে নিয়োগ দেওয়া যাবে না। গৃহকর্মীর বেতন, ছুটি "
  "ও পরিবারের সাথে যোগাযোগের সুযোগ নিশ্চিত করুন। — সমাজসেবা কার্যালয়, লালবাগ")
N("official", "en",
  "DMP Lalbagh Division: a girl aged about 9 was found near Chawkbazar on 2 Dec. She says her name is Sumi. Guardians please "
  "contact the Lalbagh PS duty officer on 01320-040012 with proof of identity.", [("phone", "+8801320040012")])
N("official", "en",
  "MONEY RECEIPT No. 00418. Received from Md. Sohel Rana, Passport No. EB0573918, Tk 78,990 (Seventy eight thousand nine "
  "hundred ninety) only against Malaysia migration cost as per Govt. circular. Paid by bank draft. Al-Noor Overseas, RL-1187",
  [("bd_passport", "EB0573918")])
# receipt
N("receipt", "en",
  "You have received Tk 3,500.00 from 01716429083. Ref: saloni. Fee Tk 0.00. Balance Tk 4,120.35. TrxID AK29H5TZ0Q at "
  "02/12/2026 19:04", [("phone", "+8801716429083"), ("mfs_transaction", "AK29H5TZ0Q")])
N("receipt", "bn",
  "নগদ: 01842-557120 থেকে আপনার অ্যাকাউন্টে ৫,০০০.০০ টাকা সেন্ড মানি এসেছে। TxnID: 73KD9PQA. ব্যালেন্স: ৬,২১০.৫০ টাকা।",
  [("phone", "+8801842557120"), ("mfs_transaction", "73KD9PQA")])
N("receipt", "en",
  "Dear Customer, A/C **4481 credited BDT 48,620.00 as inward foreign remittance from AL RAJHI BANK KSA incl. 2.5% Govt "
  "incentive on 03-12-2026. Islami Bank")
N("receipt", "en",
  "Cash Out Tk 2,000.00 to Agent successful. Fee Tk 37.00. TxnId: 3619027745. Balance Tk 512.40. Rocket",
  [("mfs_transaction", "3619027745")])
N("receipt", "en",
  "Payment Tk 4,025.00 to Sonali Bank e-Passport Fee successful. Fee Tk 0.00. Balance Tk 1,303.80. TrxID BL83TQ6W2R at "
  "28/11/2026 11:47", [("mfs_transaction", "BL83TQ6W2R")])
N("receipt", "bn",
  "বিকাশ: আপনি ০১৯১৫৭৮৩০৪২ নম্বরে ১,২০০ টাকা সেন্ড মানি করেছেন। রেফ: গেম টপআপ। ফি ৳৫.০০। TrxID CA61ZN8H3K",
  [("phone", "+8801915783042"), ("mfs_transaction", "CA61ZN8H3K")])
# family
N("family", "bn-Latn",
  "ammu bkash korlam 5000, TrxID BG48KLM2PW. madam beton dise ajke, Eid e 7 din chuti dibe bolse, tokhon baki ta niye ashbo 🥰",
  [("mfs_transaction", "BG48KLM2PW")])
N("family", "bn",
  "মেয়ের বিয়ের প্রস্তাব আসছে, ছেলে দুবাই থাকে। ভালো কইলাম না খারাপ কইলাম না, আগে ছেলের বাড়ি গিয়া খোঁজ নে, দুবাইয়ের "
  "কোম্পানির নামও জাইনা নে। তাড়াহুড়ার কিছু নাই")
N("family", "en",
  "Ammu salary came today alhamdulillah. Sending 30k thru bank, not hundi, Kamal chacha keeps saying hundi rate is better but "
  "i dont want trouble. Check the Islami bank app tomorrow")
N("family", "bn-Latn",
  "choto bon Likee te live kore, ami bolsi keu gift er bodole pic chaile amake dekhabi, block dibi. ar ID er password amar "
  "kache rakhsi 😑 ammu o jane")
N("family", "en",
  "Mama the agent asked 50k for medical and training, is that normal? — No beta. Training at TTC costs almost nothing and "
  "medical only at a GAMCA centre, take receipt for every taka. Send me the agency RL number, I'll check on the BMET site")
N("family", "bn",
  "আব্বা, পাসপোর্টের পুলিশ ভেরিফিকেশনের জন্য কাল সকালে এসবি থেকে ফোন দিবে 01558-902317 নাম্বার থেকে, বাসায় থাইকেন। আমার "
  "এনআইডি নং ৬৯১৪২০৮৫৩৭ চাইলে দিয়েন",
  [("phone", "+8801558902317"), ("bd_nid", "6914208537")])
# worker_content
N("worker_content", "bn-Latn",
  "alhamdulillah ei mashe overtime soho 2100 ringgit pailam 😊 company nijer khorche permit renew korse, passport amar kache. "
  "boss ektu ragi kintu beton time moto")
N("worker_content", "bn",
  "দুবাইয়ে গরম অনেক ভাই, ডিউটি ৮ ঘন্টা কিন্তু বাসে যাওয়া আসায় ২ ঘন্টা যায়। খাওয়া নিজেরা রান্না করি। বেতন ঠিক টাইমে পাই, "
  "শুক্রবার ছুটি, এইটাই শান্তি")
N("worker_content", "en",
  "Apa's family is good honestly, Friday off, my phone is with me, salary 9000 on the 1st. Only problem is their small son "
  "screams all day 😂")
N("worker_content", "bn-Latn",
  "ei mashe gift kom aslo, agency 30% commission kete ney jeta contract e lekha. payment time e pai tobe. ami live e shudhu "
  "gaan gai r golpo kori, baje kisu bolle block 😤")
N("worker_content", "en",
  "Night shift at the hotel again, guests left room 512 a total mess 😩 but supervisor let me go at 7, overtime is paid at least")
N("worker_content", "bn",
  "ওভারটাইম সহ ১৩ হাজার পাইছি এই মাসে। লাইন চিফ চিল্লায় খুব, কিন্তু ছুটি চাইলে দেয়। আগামী মাসে ইনক্রিমেন্ট হওয়ার কথা")
# joke
N("joke", "en",
  "my mom took my phone for 3 days bc of my result 💀 this is literally human trafficking someone call 999")
N("joke", "bn",
  "বউ পাসপোর্ট লুকায় রাখছে যাতে বন্ধুদের সাথে কক্সবাজার না যাই 😭 এইটা কি পাসপোর্ট আটকায় রাখার মামলায় পড়ে? আইনজীবী ভাইরা হেল্প")
N("joke", "bn-Latn",
  "FF guild e amake sell kore dise 2 ta emote bundle er jonno 🤣 ekhon notun squad er dash. ami ki player na gorur haat er goru")
N("joke", "en",
  "Boss made us stay till 9pm on a Thursday. Calling the ILO, UN, Amnesty and my ammu 😤😂")
N("joke", "bn-Latn",
  "amar khala re para r sobai dalal dake 😂 ei mashe 3 ta biye fix korse, commission hisabe 2 ta shari r ek hari mishti")
N("joke", "bn",
  "আম্মা কইছে রেজাল্ট খারাপ হইলে আমারে পলিথিন ফ্যাক্টরিতে বেইচা দিবো 😂 এখন দিনে ১৬ ঘন্টা পড়তেছি ভাই, ঘুম নাই খাওন নাই")
# chatter
N("chatter", "bn-Latn",
  "guild leader bolse top up dile rank push kore dibe, 520 diamond kinlam 😎 aj raat e grandmaster e uthbo inshallah. tora ke "
  "ke online?")
N("chatter", "en",
  "anyone know about Japan TITP? heard it's legit thru BMET, need N4 Japanese, classes in Mirpur 10. agent fees?? my cousin "
  "paid nothing except the course")
N("chatter", "bn",
  "লালবাগের হোটেলে আজকে গেস্ট অনেক, বিরিয়ানি ৯টায় শেষ। কাল তাড়াতাড়ি আসিস, মামা")
N("chatter", "bn-Latn",
  "apu ekta clothing brand er shoot paisi tiktok theke 😍 ammu soho jabo, office e contract sign korsi, payment bank e. insta "
  "te follow dio @nodi.reels", [("instagram", "@nodi.reels")])
N("chatter", "en",
  "girls from our hostel are going to Cox's Bazar this Friday, boys not allowed lol. Rima's brother is driving")
N("chatter", "bn",
  "ভাই বিদেশ যাইতে এখন কত খরচ পড়ে জানেন কেউ? মালয়েশিয়া নাকি আবার খুলছে, আমি সরকারিভাবে যাইতে চাই, বোয়েসেলে "
  "রেজিস্ট্রেশন কেমনে করে?")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal Ban vs Ind match koyta e? ami office theke dekhte parbo na 😭", hard=False)
N("family", "bn", "আম্মা আজকে কি রান্না করছো? আমি ৮টার মধ্যে আসতেছি, ডিম আনা লাগবো?", hard=False)
N("chatter", "en", "Booyah!! 12 kills solo vs squad 🔥 uploading the clip tonight", hard=False)
N("news", "en",
  "Dhaka's temperature may drop to 14°C this week as a cold wave moves in from the north, the Met office said.", hard=False)
N("receipt", "en",
  "Dear customer, your recharge of Tk 99 is successful. You got 5GB internet valid for 7 days. Thank you for using Robi.",
  hard=False)
N("joke", "bn-Latn",
  "teacher: tomar homework koi? ami: sir kukur kheye felse. teacher: tomar to kukur nai. ami: ekhon nai sir, kheye palaise 😂",
  hard=False)
N("official", "bn",
  "মহান বিজয় দিবস উপলক্ষে আগামী ১৬ ডিসেম্বর বিদ্যালয় বন্ধ থাকবে। — প্রধান শিক্ষক, লালবাগ মডেল স্কুল", hard=False)
N("family", "en", "Happy birthday nanu ❤️ we'll come on Friday with the cake, tell Ammu not to cook too much", hard=False)
N("worker_content", "bn",
  "আজকে দোকানে বেচাকেনা ভালো হইছে, শীতের কম্বল সব শেষ। কাল চকবাজার থেকে মাল আনতে হবে", hard=False)
N("awareness", "bn",
  "শীতে শিশুদের গরম কাপড় পরান, ঠান্ডা পানি খাওয়াবেন না। নিউমোনিয়ার লক্ষণ দেখলে দ্রুত ডাক্তার দেখান। — কমিউনিটি ক্লিনিক",
  hard=False)
N("chatter", "bn-Latn", "Nanna r biryani na Haji r ta beshi valo? aj bondhura mile debate hobe 🍛", hard=False)


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
    random.Random(59).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev59-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
