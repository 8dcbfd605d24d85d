#!/usr/bin/env python3
"""Blind dev set dev70: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a social worker in Gazipur, Ashulia and Narayanganj on internal trafficking: girls from Kurigram, Gaibandha and Netrokona promised garment jobs that end in residential hotels, 'family boarding' and massage rooms in Dhaka, child domestic workers locked in Dhaka flats, factory teens tricked by line supervisors; Messenger and WhatsApp, cheap-phone typing, northern dialect, lots of Bengali script. Run from the repository root.
Held out from round 12 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev70.jsonl"
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


BTC1 = btc("dev70-btc-1")
TRON1 = tron("dev70-tron-1")
ETH1 = eth("dev70-eth-1")

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
  "আপা মুই কুড়িগ্রাম থাকি আসছুং। রিনা আপা কইছিল আশুলিয়ার গার্মেন্টসে হেলপারের কাম, মাসে ১২ হাজার, থাকা খাওয়া ফ্রি। আসি দেখোং গার্মেন্টস না, মিরপুরের একটা বাসা, এটে আরো ৪টা মেয়ে। কাইল থাকি কয় হোটেলত কাম করা নাগবে, গার্মেন্টসের কথা পরে। মুই কি করিম বুঝবার পারোছোং না")
F("recruitment_deception", "bn",
  "গাজীপুরের নামকরা ফ্যাক্টরিতে জরুরি ভিত্তিতে ২০ জন মেয়ে অপারেটর নেওয়া হবে!! অভিজ্ঞতা লাগবে না, বেতন ১৮০০০+ওভারটাইম, থাকা খাওয়া কোম্পানির। কোনো কাগজপত্র লাগবে না শুধু ব্যাগ নিয়া চলে আসবেন। ফ্যাক্টরির নাম ফোনে বলা হবে, পোস্টে না। যোগাযোগ রাশেদ ভাই 01739-482615",
  [("phone", "+8801739482615")])
F("recruitment_deception", "bn",
  "সুমি তুমি ডরাইও না, আমি তোমারে বিয়া করমু কথা দিছি। ঢাকায় আমার মামার বিউটি পার্লার আছে ওইখানে কাম দিমু, মাসে ১৫ হাজার। বাড়ির কাউরে কিছু কইও না, বিয়ার পরে সবাই মাইনা নিবো। শুক্রবার রাইতে নেত্রকোনা বাসস্ট্যান্ডে আইসো, টিকিট আমি কাটছি ❤️")
F("recruitment_deception", "bn-Latn",
  "apu ami gaibandha theke bolchi, amar chacato bon ke ek mohila niye gese bolse narayanganj e knitting factory te kaj. 3 mash hoye gelo factory r nam bole na, phn dile oi mohila dhore, bole 'hotel e kaj kore valo ase'. garments er kaj to hotel e hoy na apu. ekhon ki korbo")
F("recruitment_deception", "bn-Latn",
  "Hi bon, tmr profile dekhlam. dhakay ekta boro company te receptionist lagbe, only meye, height 5'2+, smart hole beton 25-30k, experience lagbe na. interview kal uttara te ekta hotel er room e, boss nije nibe. ashar age kauke bolar dorkar nai, select hole family ke janaio. ei number e imo dao 01864-207391",
  [("phone", "+8801864207391")])
F("recruitment_deception", "bn-Latn",
  "line er supervisor bhai bolse onar bhai er notun factory khulse tongi te, sewing operator 20 hajar dibe, ekhanker theke 8 hajar beshi. amra 3 jon jabo rat 11 tay, bolse line chief ba HR jante parle amader chakri jabe tai phn e kotha bolte mana. kal gate er samne microbus thakbe, ID card lagbe na")
F("recruitment_deception", "en",
  "Sister I came for the 'family boarding' job they posted in the Gazipur jobs group, said cooking and cleaning for working families, 10k a month. Now its a flat in Jatrabari, the 'families' are men coming and going all night and aunty says my work is to sit with the guests and keep them happy. This is not what Habib bhai told my mother")
F("recruitment_deception", "en",
  "URGENT!!! Female staff needed for spa & wellness centre Gulshan/Banani. Salary 35000-50000 + tips. No experience, training given. Free accommodation. Girls from outside Dhaka welcome, we send bus ticket. Send 2 full length photos to hr.dreamjobbd24@gmail.com or only whatsapp wa.me/8801952638104 (no calls pls)",
  [("email", "hr.dreamjobbd24@gmail.com"), ("whatsapp", "+8801952638104")])

# fees_and_debt (7: bn 3, bn-Latn 2, en 2)
F("fees_and_debt", "bn",
  "গার্মেন্টসে ঢুকাইতে হইলে ৫ হাজার টাকা দেওয়া নাগবে, এইটা সুপারভাইজারের খরচ। টাকা না দিলে কার্ড হবে না। অর্ধেক এখন দেও, বাকিটা প্রথম বেতন থাকি কাটি নিবে। কাউকে কইবা না টাকা দিছ")
F("fees_and_debt", "bn",
  "মাইয়ার বাপে মহাজনের থাইকা ২০ হাজার টাকা দাদন নিছিল। অহন মহাজন কয় মাইয়া ঢাকার বাসায় কাম করবো, বেতন সব মহাজনের কাছে যাইবো যতদিন টাকা শোধ না হয়। দুই বছর হইলো, এখনো কয় সুদ বাকি আছে, মাইয়ারে বাড়িত আনতে দেয় না")
F("fees_and_debt", "bn",
  "খালা কইলো এই মাসের ঘরভাড়া, খাওয়া, কাপড়, মেকআপ, ওষুধ সব মিলায়া তোর নামে ৩৮ হাজার হইছে। এইটা শোধ না কইরা কোথাও যাইতে পারবি না। বেশি কাস্টমার নিলে তাড়াতাড়ি শোধ হবে, নাইলে সামনের মাসে আরো বাড়বো")
F("fees_and_debt", "bn-Latn",
  "bhai amar bon ke chere dite hole 50 hajar taka lagbe bolse boarding er malik. bole or pichone onek khoroch hoise, kurigram theke ana, thaka khawa, kapor. amra gorib manush eto taka kothay pabo, ekhon ki NGO theke kisti tule dibo?")
F("fees_and_debt", "bn-Latn",
  "mama factory te dhukanor jonno 7 hajar nise, ekhon bole joining er age r 3 hajar lagbe medical ar card er jonno. na dile ager tao ferot nai. ami ekhon r kothay pabo, ammu goru becha taka diye prothom ta dise")
F("fees_and_debt", "en",
  "Your daughter has taken 15000 advance from me for her mother's treatment. She will work in madam's house in Dhanmondi until it is cleared, 1500 cut every month. If she leaves before that you return full amount with 5000 extra. Tell her not to make trouble")
F("fees_and_debt", "en",
  "bro the agent lady said each girl from the village costs her 12k for transport + room so first 3 months salary is hers. my cousin Shapla got 0 taka after 3 months in the Savar factory, now they say she still owes 4k for mess and soap and cant leave till its paid")

# payments_and_proceeds (8: bn 2, bn-Latn 3, en 3)
F("payments_and_proceeds", "bn",
  "আজকের হিসাব: রুম ৩ - ৪ জন, রুম ৫ - ৬ জন, রুম ৭ ফুল নাইট। সব টাকা ম্যানেজারের বিকাশে পাঠাও 01615-938207, মেয়েদের হাতে কোনো টাকা দিবা না। টিপস পাইলেও জমা দিতে হবে",
  [("phone", "+8801615938207")])
F("payments_and_proceeds", "bn",
  "ভাই কমিশন ঠিকমতো পাইলাম না। কুড়িগ্রামের দুইটা মাল পাঠাইলাম, জনপ্রতি ১৫ হাজার কথা ছিল, পাইছি ১০ করে। বাকিটা নগদে দেন 01922-560418 এ। আগে TxnID: 7HG3KQ2M দিয়া যে ৫০০০ পাঠাইছিলেন ওইটা পাইছি",
  [("phone", "+8801922560418"), ("mfs_transaction", "7HG3KQ2M")])
F("payments_and_proceeds", "bn-Latn",
  "advance 2000 bkash kore screenshot den tarpor location dibo. personal number 01786-340592, cash out er charge apnar. baki taka room e dhukar age madam er hate. meye 2 ghonta, beshi time hole extra",
  [("phone", "+8801786340592")])
F("payments_and_proceeds", "bn-Latn",
  "Rina er ei maser beton 9000 ami tule nisi, or ma ke 2000 pathaisi. baki taka amar kache joma thakbe, meye manush er hate taka thakle palay. tui kisu bolbi na, or ma jigaile bolbi pura taka pathaise")
F("payments_and_proceeds", "bn-Latn",
  "taka 3 ta number e bhag kore pathaba, ek number e 10k er beshi na: 01531-774209, 01347-618250, 01994-205837. reference e 'dokan' likhba, meyeder nam na. kal theke notun 2 ta girl ashbe",
  [("phone", "+8801531774209"), ("phone", "+8801347618250"), ("phone", "+8801994205837")])
F("payments_and_proceeds", "en",
  f"Payment for the private video group: 25 USDT TRC20 only to {TRON1} or ERC20 {ETH1}. Send screenshot + TxID to admin on telegram @dhaka_priv8_admin. New village girls uploaded every week, live show on request",
  [("tron_address", TRON1), ("eth_address", ETH1), ("telegram", "@dhaka_priv8_admin")])
F("payments_and_proceeds", "en",
  "Boss collection this week: Ashulia boarding 1,84,000. Hotel Nilgiri 2,10,000. I kept 20k for thana and the guard. Rest sent through the hundi guy, first 50k TrxID BKA7Q29LMX. Dont write girls names in the register, only room no.",
  [("mfs_transaction", "BKA7Q29LMX")])
F("payments_and_proceeds", "en",
  "You have received Tk 6,000.00 from 01716483925. Ref: Rupa 2 raat. Fee Tk 0.00. Balance Tk 48,210.50. TrxID CHK4M7P2QZ at 14/11/2026 23:41",
  [("phone", "+8801716483925"), ("mfs_transaction", "CHK4M7P2QZ")])

# isolation_and_control (7: bn 2, bn-Latn 3, en 2)
F("isolation_and_control", "bn",
  "মা আমি খালার ফোন দিয়া লুকায়া কল দিছি। উনারা আমার ফোন নিয়া গেছে, কইছে বাড়িত কথা কইলে উনাদের সামনে কইতে হইবো। বাসার দরজা বাইর থাইকা তালা দিয়া যায় সবাই অফিসে গেলে। তুমি আব্বারে কইও আমারে নিয়া যাইতে, ঠিকানা মোহাম্মদপুর, বাকিটা জানি না")
F("isolation_and_control", "bn",
  "নতুন মেয়েগুলারে প্রথম এক সপ্তাহ নিচে নামতে দিবা না। আইডি কার্ড আর মোবাইল আমার কাছে জমা। ফ্যামিলির লগে কথা স্পিকারে, আমি পাশে থাকমু। কেউ জিগাইলে কইবা গার্মেন্টসে চাকরি করে, মেসে থাকে")
F("isolation_and_control", "bn-Latn",
  "apa ami ekhon kothay ami nijei jani na. protibar 10-15 din por onno jaygay niye jay, rat e microbus e, janala bondho. last e chilam kodomtoli er kase mone hoy. phone dey sudhu ma ke 1 minute er jonno, pashe dariye thake")
F("isolation_and_control", "bn-Latn",
  "oi mayare bari jaite dimu na, eid eo na. bari gele r ashe na egula. or mayer lagi kaporer taka pathay dimu, kintu phn e kotha kom. beshi kotha koile mon ghure jay, pashe basar meyeder sathe o mishte dio na")
F("isolation_and_control", "bn-Latn",
  "tomar NID card ar sim ami rakhlam, harale problem hobe. bahire jaite hole Jony sathe jabe. ekla gate er baire dekhle amar kache khobor ashbe, tokhon bujhba")
F("isolation_and_control", "en",
  "Mam I am Moyna, I work house of Uttara sector 7. They dont let me go to roof or shop. When guest come they lock me in store room. Please dont call this number, madam checks phone every night. I will msg when I can")
F("isolation_and_control", "en",
  "New rule for the boarding from today: no girl goes to the market alone, no visitors, no facebook. All phones stay in the office drawer 9 am to 3 am. Any girl caught with a second sim pays 5000 fine.")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "আপা, এক বছর হইলো ঢাকার বাসায় আছি, বেতন একদিনও হাতে পাই নাই। খালাম্মা কয় তোর বাপের কাছে পাঠাই, বাপে কয় পায় নাই। ভোর ৫টায় উঠি রাত ১টা পর্যন্ত কাম, রাইতে বাসি ভাত খাই। শুক্কুরবারও ছুটি নাই")
F("labour_exploitation", "bn",
  "সাব-কন্ট্রাক্ট ফ্যাক্টরিতে আমরা ৪০ জন, তিন মাসের বেতন বাকি। মালিক কয় শিপমেন্ট গেলে দিবে। রাতে মেইন গেট তালা দিয়া রাখে যাতে কেউ ওভারটাইম ফালায়া না যায়। সকাল ৮টা থাইকা রাত ৩টা, তারপর ফ্লোরেই ঘুমাই")
F("labour_exploitation", "bn",
  "ছুটি চাইছি বইলা সুপারভাইজার কার্ড কাইড়া নিছে, কয় কাজ ছাড়লে দুই মাসের পাওনা বেতন পাইবি না। শুক্রবারও ডিউটি, কেউ না আইলে তিন দিনের হাজিরা কাটা। অসুখ হইলেও মাফ নাই")
F("labour_exploitation", "bn-Latn",
  "(voice msg) vai ami eikhane je kaj kori sheta... matro 2 bela khaite dey, sokale kisu na. rat 12 tar por ghumaite pari abar 5 tay uthte hoy. beton 3 mash theke bolche dibe dibe, chaile bole thakar jayga dei eita kom ki. ami ki korbo vai bujhtesi na")
F("labour_exploitation", "bn-Latn",
  "dorji karkhana te amra 6 jon meye ek ghore thaki, karkhana r upore. piece rate e kaj kintu hishab malik rakhe, 2 mash hishab dekhaini. keu chole jete chaile bole ager advance er taka ferot de tarpor ja")
F("labour_exploitation", "bn-Latn",
  "aajkeo 16 ghonta duty dilam. OT er taka ase na, line chief bole target puron na hole bari jaoa nai. gate e daroan, ber hote dey na rat 11 tar age, ar pore gele bole absent")
F("labour_exploitation", "en",
  "Bhai my sister Laboni in the Mohammadpur house, they pay her 1500/month but cut for every broken glass, she has not got cash since March. Works 18 hrs, sleeps on kitchen floor, no day off since she went. Begum sahib says she can leave only when her contract ends but there is no contract")
F("labour_exploitation", "en",
  "They said 8 hour shift + OT optional. Reality: we sew from 8am to 2am on the line, OT is forced, no extra pay, and if you go toilet more than 2 times they cut 100 tk. Manager keeps first month salary as 'security' so nobody leaves")

# threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "পালাইয়া গেলে তোর বাপ মায়রে খুঁইজা বাইর করমু, কুড়িগ্রামে আমার লোক আছে। আর তোর ভিডিও তো আমার কাছেই আছে, একবার ছাড়লে গ্রামের সবাই দেখবো। ভাইবা দেখ")
F("threats_and_coercion", "bn",
  "কাজের মেয়ে যদি মুখ খোলে কইয়া দিস চুরির মামলা দিমু। স্বর্ণের চেইন হারাইছে ওর নামে থানায় জিডি করা আছে। থানার ওসি আমার চেনা, ওর বাপ মায় সারাজীবন কোর্টে ঘুরবো")
F("threats_and_coercion", "bn-Latn",
  "kal rat e boss abar marse, ekhono pith e dag. bole r ekbar palate chaile current dibe. ami r parchi na apu, amake ekhan theke ber koro")
F("threats_and_coercion", "bn-Latn",
  "tui jodi kajer kotha kauke bolis tahole tor choto bon ke o niye ashbo. amar kase sob thikana ase gaibandha r, tor ma kon haat e dim bechte jay oita o jani")
F("threats_and_coercion", "bn-Latn",
  "police e gele tor e dhorbe, tui to ekhon ei line e kaj koros, police tor kotha shunbe na. ar porer bar kotha na shunle onno jaygay bechi dimu, oikhane er cheye kharap")
F("threats_and_coercion", "en",
  "Listen, if you dont come back to the hotel by tonight I will upload your pictures on facebook and tag your brother. Your passport EB0412387 is also with me, so dont think you can go anywhere. Your choice.",
  [("bd_passport", "EB0412387")])
F("threats_and_coercion", "en",
  "Sir the supervisor slapped my sister and said if she goes to the labour office he will make sure no factory in Gazipur ever hires her, he will send her photo to all the HR. Now she is too scared to go back or to complain")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "ফ্যামিলি বোর্ডিং, উত্তরা ১০। নিরাপদ পরিবেশ, পুলিশি ঝামেলা নাই। ফ্রেশ মেয়ে আছে, উত্তরবঙ্গের নতুন। ঘণ্টা/নাইট প্যাকেজ। ইনবক্সে ছবি দেওয়া হবে। 01867-293014",
  [("phone", "+8801867293014")])
F("sexual_exploitation", "bn",
  "বুবু মোক হোটেলের উপরের রুমত রাখছে, প্রতিদিন রাইতত লোক আইসে। না কইলে খাবার দেয় না। মুই তো গার্মেন্টসত কাম করিবার আসছিলুং, এলা কি হইল মোর")
F("sexual_exploitation", "bn",
  "মাসাজ সেন্টার, বনানী। বডি টু বডি, ফুল সার্ভিস। সব মেয়ে আমাদের নিজস্ব, বাইরের কেউ না। ভিআইপি রুম আছে। আগে ফোন দিয়ে আসবেন ০১৯৪৭-৬২০৩৮১",
  [("phone", "+8801947620381")])
F("sexual_exploitation", "bn-Latn",
  "bhai notun mal ashche netrokona theke, 19 bochor, ekdom fresh, age kothao kaj kore nai. aj rat e hotel e available. rate 4000 full night. pic dekhte insta te @uttara_night_club99 e knock den",
  [("instagram", "@uttara_night_club99")])
F("sexual_exploitation", "bn-Latn",
  "amar boyfriend bole se amake bhalobashe, kintu protibar or bondhu der sathe thakte bole ar taka tara or hate dey. na korle bole biye korbe na ar amar bari te sob bole dibe. ami ekhon or messer room ei thaki")
F("sexual_exploitation", "bn-Latn",
  "Spa te notun therapist lagbe, meyeder guest chaile special service dite hobe, eita niye lojja paile cholbe na. extra taka er 60% company r. raji thakle kalkei joining, thakar room spa r upore")
F("sexual_exploitation", "en",
  "Dhaka escort service. Bengali + Nepali girls available 24/7. Real pics, 100% safe hotel. Booking only through manager on WhatsApp wa.me/8801318470629. Incall Mohakhali / outcall Gulshan",
  [("whatsapp", "+8801318470629")])
F("sexual_exploitation", "en",
  "Aunty said tonight I have to go with the 2 guests from the factory owner side to the Gazipur resort, she already took the money. I said I only do the cleaning job. She said everyone starts like this and I will get used to it")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "১২ বছরের একটা কাজের মেয়ে লাগবে, গ্রামের হইলে ভালো, সারাদিন বাসায় থাকবে বাচ্চা দেখবে। বেতন মাসে ২০০০ ওর বাপের কাছে যাবে। ঈদ ছাড়া বাড়ি যাওয়া যাবে না। কারো খোঁজে থাকলে জানাবেন 01558-301746",
  [("phone", "+8801558301746")])
F("minors", "bn",
  "জন্ম নিবন্ধনে বয়স ১৮ বানায়া দিমু, দুই হাজার টাকা লাগবো। মাইয়ার আসল বয়স ১৪ হইলেও সমস্যা নাই, ফ্যাক্টরিতে কেউ চেক করে না, খালি লম্বা দেখাইলেই হইলো। কাইল ছবি নিয়া আইসো")
F("minors", "bn",
  "আপা হোটেলের ৩ তলায় একটা মেয়ে দেখছি, ক্লাস সেভেন এইটের বেশি হবে না। ম্যানেজারের ফোনে ওর স্কুলড্রেস পরা ছবি, কাস্টমাররে দেখায় আর কয় একদম কচি, দাম বেশি")
F("minors", "bn-Latn",
  "madam choto meye chaile ase, 13-14 bochor, kurigram er, kaj jane, ghor mosa, baccha rakha. advance 10 hajar dite hobe meyer baba ke. tarpor beton 1500, oita o apni rakhben, meye choto taka nosto korbe")
F("minors", "bn-Latn",
  "school pass kora lagbe na. boyos kom hole boro bon er NID 4615829307 diye dhukabo, chobi ta shudhu change. 15 holei cholbe, line e lomba hole keu bujhbe na. rat er shift e audit ashe na",
  [("bd_nid", "4615829307")])
F("minors", "en",
  "New arrival: 15 yrs, village girl, never worked before. Special price for first customer. Contact manager only, serious clients. Telegram @kochi_bd_mgr",
  [("telegram", "@kochi_bd_mgr")])
F("minors", "en",
  "my neighbours son is 11, the dalal took him to a bus garage in Sayedabad to work as helper, he sleeps in the bus, they pay him nothing only 1 meal. when his mother went they said he owes us for the travel, take him after Eid")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "গাজীপুরে গার্মেন্টসে চাকরির প্রলোভন দেখিয়ে নারী পাচার চক্রের ৩ সদস্য গ্রেপ্তার, উদ্ধার ৫ তরুণী। র‍্যাব-১ জানায়, কুড়িগ্রাম ও গাইবান্ধা থেকে তাদের ঢাকায় আনা হয়েছিল। মামলা দায়েরের প্রক্রিয়া চলছে।")
N("news", "bn",
  "নারায়ণগঞ্জে ১৪ বছরের গৃহকর্মী নির্যাতনের ঘটনায় গৃহকর্ত্রী গ্রেপ্তার। শিশুটির শরীরে একাধিক আঘাতের চিহ্ন পাওয়া গেছে, তাকে ঢাকা মেডিকেলের ওসিসিতে ভর্তি করা হয়েছে।")
N("news", "bn-Latn",
  "ashulia te abasik hotel e raid hoise kal rat e, 12 jon meye uddhar, manager ar 2 dalal grefter. ajker potrikay asche. news link comment e dilam, sobai share koren")
N("news", "en",
  "Police rescued 7 child domestic workers from flats in Mohammadpur and Adabor in a week-long drive; employers face charges under the Children Act 2013. Officials urged neighbours to report locked-in children to the national helpline.")
N("news", "en",
  "Massage parlour raids in Banani and Gulshan: 19 detained, including two owners. Police said several women were brought from northern districts on promises of salon jobs.")
N("news", "bn",
  "চলতি বছরের অক্টোবর পর্যন্ত ১১ লাখ কর্মী বিদেশে গেছেন, শীর্ষে সৌদি আরব। নারী কর্মীর বিদেশ যাওয়া কমেছে ১২ শতাংশ, জানিয়েছে বিএমইটি।")

# awareness
N("awareness", "bn",
  "সতর্ক থাকুন! ফেসবুকে 'গার্মেন্টসে চাকরি, থাকা খাওয়া ফ্রি, অভিজ্ঞতা লাগবে না' এমন পোস্ট দেখে কাউকে টাকা দিবেন না, মেয়েদের একা অচেনা লোকের সাথে পাঠাবেন না। সরাসরি ফ্যাক্টরির গেটে গিয়ে খোঁজ নিন। বিপদে পড়লে ৯৯৯ এ কল দিন।")
N("awareness", "bn-Latn",
  "Apnar elakay kono shishu ke kajer jonno Dhaka niye jacche dekhle Child Helpline e call korun. 18 er kom boyoshi der garments e kaj korano aine oporadh. - Ashulia Nari o Shishu Odhikar Forum")
N("awareness", "en",
  "Forwarded as received: Parents, if someone promises your daughter a spa or parlour job in Dhaka with 30k salary and free room, check the business first and go with her. Traffickers use these offers. Share in your union group 🙏")
N("awareness", "bn",
  "উঠান বৈঠক: আগামী মঙ্গলবার বিকাল ৩টায় চিলমারী ইউনিয়ন পরিষদে 'নিরাপদ অভিবাসন ও মানব পাচার প্রতিরোধ' বিষয়ে আলোচনা। মায়েরা অবশ্যই আসবেন। দালালের কথায় মেয়েকে ঢাকায় পাঠাবেন না।")
N("awareness", "en",
  "Tip from our outreach team: an employer cannot keep a domestic worker's NID or phone. If your relative working in a Dhaka home cannot call you freely, message the Gazipur Shishu Surokkha page and we will visit.")
N("awareness", "bn-Latn",
  "bondhura keu job er nam e inbox e 'hotel e receptionist, 25k, kal e joining' bole dakle jaben na. amar class er ekjon gesilo, pore onek jhamela. age family ke janan, address verify koren")
N("awareness", "en",
  f"SCAM ALERT: a page is asking for bitcoin donations for 'rescued garment girls' to {BTC1}. This is not our organisation. We never collect money in crypto. Report the page.",
  [("btc_address", BTC1)])

# official
N("official", "en",
  "M/S Green Bridge Overseas (RL-1482), BMET approved. Demand: 40 female sewing operators for a garment factory in Jordan. Cost as per govt rules, do not pay cash to any agent. Registration through Ami Probashi app only. Office: Naya Paltan, Dhaka. Email: info@greenbridgeoverseas.com.bd",
  [("email", "info@greenbridgeoverseas.com.bd")])
N("official", "bn",
  "বিজ্ঞপ্তি: গাজীপুর জেলা কর্মসংস্থান ও জনশক্তি অফিসে বিদেশগামী কর্মীদের প্রাক-বহির্গমন প্রশিক্ষণ আগামী রবিবার থেকে। সঙ্গে পাসপোর্ট, জাতীয় পরিচয়পত্র ও ভিসার কপি আনবেন। কোনো দালালের মাধ্যমে যোগাযোগ করবেন না।")
N("official", "en",
  "Embassy of Bangladesh, Riyadh: Workers whose iqama has expired should contact the labour wing with a passport copy. Do not pay anyone claiming to process iqama renewal. WhatsApp help desk: +966 50 418 2736",
  [("phone", "+966504182736")])
N("official", "bn",
  "নিয়োগ বিজ্ঞপ্তি: নীলাচল অ্যাপারেলস লি., চান্দনা চৌরাস্তা, গাজীপুর। পদ: সুইং অপারেটর ও হেলপার (নারী/পুরুষ)। বয়স ১৮-৩০, জাতীয় পরিচয়পত্র বাধ্যতামূলক। নিয়োগে কোনো টাকা লেনদেন হয় না, কেউ টাকা চাইলে HR এ জানান: 01713-045892",
  [("phone", "+8801713045892")])
N("official", "en",
  "Department of Immigration & Passports: Your e-passport is ready for delivery. Passport No. EC1984726. Please collect from RPO Gazipur with the delivery slip and your NID original.",
  [("bd_passport", "EC1984726")])
N("official", "bn",
  "বিএমইটি নিবন্ধন সম্পন্ন হয়েছে। নাম: মোছা. রোকসানা খাতুন, পাসপোর্ট নং A09384521, গন্তব্য: হংকং, পেশা: গৃহকর্মী। স্মার্ট কার্ডের ফিঙ্গারপ্রিন্টের জন্য জেলা অফিসে যোগাযোগ করুন।",
  [("bd_passport", "A09384521")])

# receipt
N("receipt", "en",
  "You have received Tk 3,500.00 from 01823456719. Fee Tk 0.00. Balance Tk 3,912.40. TrxID BJK9L2MX7Q at 03/12/2026 19:22",
  [("phone", "+8801823456719"), ("mfs_transaction", "BJK9L2MX7Q")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01611239847 Ref: beton nov TxnID: 73KD92HF Balance: Tk 12,450.00 03/12/2026 10:05",
  [("phone", "+8801611239847"), ("mfs_transaction", "73KD92HF")])
N("receipt", "bn",
  "সেন্ড মানি ৳৫,০০০.০০ সফল, প্রাপক ০১৭৫৯-৮২৩৪১৬। রেফারেন্স: আম্মার ওষুধ। ফি ৳০.০০। ব্যালেন্স ৳১,২০৪.৫০। TrxID CKL82MWQ4T ০৪/১২/২০২৬ ২১:১০",
  [("phone", "+8801759823416"), ("mfs_transaction", "CKL82MWQ4T")])
N("receipt", "en",
  "Cash-In Tk 7,000.00 to A/C: ***4821 successful. Fee: Tk 0.00. Balance: Tk 7,330.00. TxnId: 4829173650. 02/12/2026",
  [("mfs_transaction", "4829173650")])
N("receipt", "en",
  "Dear Customer, BDT 45,000.00 has been credited to your A/C **7713 by inward remittance from AL RAJHI BANK, KSA on 05-12-2026. Avl Bal BDT 52,318.00. Islami Bank")
N("receipt", "en",
  "Payment of Tk 1,850.00 to Sheba Travels (Merchant 01897012345) successful. Ref: bus Kurigram-Dhaka 2 seat. TrxID CLM4N8B2XR at 05/12/2026 08:14",
  [("phone", "+8801897012345"), ("mfs_transaction", "CLM4N8B2XR")])

# family
N("family", "bn",
  "আম্মা, পাসপোর্ট করতে ব্যাংকে ফি জমা দিমু নিজে, দালাল ধরমু না। রবিবার আঞ্চলিক পাসপোর্ট অফিসে যামু। আব্বারে কইও তার জাতীয় পরিচয়পত্র নং ১৯৭৮২৬১৫৮২৩০৪৯১৬৭ টা মেসেজে দিতে, ফর্মে লাগবো",
  [("bd_nid", "19782615823049167")])
N("family", "bn-Latn",
  "ma 4000 pathaisi bkash e, TrxID CJH3W81PLA. 1000 chotobon er school fee, baki ta kisti dio. ei mash OT kom chilo tai kom pathailam, next mash beshi dibo",
  [("mfs_transaction", "CJH3W81PLA")])
N("family", "en",
  "Mum about Shila's marriage talk: boy works in Qatar, family seems good, they are not asking any dowry. They want the wedding in January when he comes on leave. Abba says we check his passport and job papers first, I agree.")
N("family", "bn",
  "ছোট মাইয়াটারে ঢাকায় কারো বাসায় কামে দিমু না, পড়াশোনা করুক। উপবৃত্তির টাকা তো পাইতেছে। তুমি খালি ওর লাইগা মোবাইল কিনো না এখন, ক্লাস নাইনে উঠলে দেখমু")
N("family", "en",
  "Brother the loan from ASA is 40k, weekly kisti 1000. I can pay 600 from my salary, can you cover the rest till March? Dont tell Abba yet, he will worry for nothing.")
N("family", "bn",
  "নানু, রিমার বিয়াত এক লাখ টাকা খরচ, বড় মামা তোমার কাছ থাকি ২০ হাজার ধার চাইছে। ঈদের পর দিয়া দিবে কইছে। টাকা মুই বিকাশে পাঠায়া দেইম 01712-804395 নম্বরত",
  [("phone", "+8801712804395")])

# worker_content
N("worker_content", "bn-Latn",
  "bhaiya ami garments e joining disi alhamdulillah, Konabari, helper 12500. mess e thaki 4 jon meye, ek apa amader gramer. chinta korio na, Friday te call dibo")
N("worker_content", "bn",
  "আজকে প্রথম বেতন পাইলাম ১৩২০০ টাকা, ওভারটাইম সহ। সুপারভাইজার আপা খুব ভালো, লাঞ্চে মাঝে মাঝে ডিম দেয় 😊 বাড়িত ৫ হাজার পাঠাইছি")
N("worker_content", "en",
  "Honestly this new factory is tiring, 2 hrs OT almost every day in shipment season, but they pay OT on the 7th with salary and Friday is off. Better than my last place in Savar where they paid late every month.")
N("worker_content", "bn-Latn",
  "amar madam ekdom valo, ami 3 bochor ei basay kaj kori, mase 8000 dey ar eid e bonus. nijer phone e ma r sathe roj kotha boli. madam bolse HSC porikha ta diye dite, boi o kine dise")
N("worker_content", "bn",
  "মাসাজ থেরাপিস্ট হিসাবে আমি ২ বছর ধরে একটা হাসপাতালের ফিজিওথেরাপি বিভাগে কাজ করি। রোগীরা প্রথমে লজ্জা পায়, পরে ঠিক হইয়া যায়। বেতন কম কিন্তু সম্মানের কাজ")
N("worker_content", "en",
  "Hotel housekeeping update: night shift this week, 10pm to 6am, tiring but they give transport and dinner. Salary increased to 18k after probation. Manager is strict but fair")
N("worker_content", "bn-Latn",
  "line e aj buyer audit chilo, sobai ke ID card gola te rakhte bolse, toilet e lomba line hoy nai ajke 😂. supervisor bolse eid er age target kom dibe, dekha jak")

# joke
N("joke", "bn-Latn",
  "amar bou amar passport lukay rakhse jate ami Cox's Bazar e bondhuder sathe jaite na pari 😂😂 eta ki manob pachar er moddhe pore? lawyer bhai der mot chai")
N("joke", "bn",
  "শাশুড়ি আমারে বাসায় আটকাইয়া রাখছে, কইছে রান্না না শিখা পর্যন্ত বাপের বাড়ি যাইতে দিবো না 🤣🤣 কেউ উদ্ধার করেন প্লিজ")
N("joke", "en",
  "My boss took my phone in the meeting and said I get it back after the report is done. Send help, I am being held hostage by a PowerPoint 😭")
N("joke", "en",
  "Selling my little brother, 12 yrs old, eats a lot, plays PUBG all night, free delivery anywhere in Gazipur. Serious buyers only 😂😂")
N("joke", "bn",
  "আম্মা রাত ১০টার পর বাসার বাইরে যাইতে দেয় না, পরীক্ষার আগে ফোনও নিয়া রাখে। এইটা কি আইসোলেশন অ্যান্ড কন্ট্রোল না? মানবাধিকার কমিশনে যামু 😂")

# chatter
N("chatter", "bn-Latn",
  "ashulia r oi residential hotel ta police bondho kore dise shunlam. bhalo hoise, rat e oi rastay meyera hata jeto na")
N("chatter", "en",
  "anyone know a trustworthy maid agency in Dhaka? need part time help for my mother, 3 hours daily, will pay 6k. Must be adult and verified, no kids pls.")
N("chatter", "bn-Latn",
  "Bhai Malaysia jabe bole mama agency te kotha bolse, ami bollam age BMET er site e RL number check koren. agency registered, khoroch sorkari rate e, receipt dise. inshallah next month flight")
N("chatter", "en",
  "Girls hostel near Tongi station has seats free, 3500 per month with meals, CCTV, gate closes 10pm. Female garment workers only. Call the hostel super 01721-349056",
  [("phone", "+8801721349056")])
N("chatter", "bn",
  "ভাই গাইবান্ধা থেকে ঢাকা যাওয়ার রাতের বাস কোনটা ভালো? বোন গাজীপুরে নতুন চাকরিতে ঢুকছে, ওরে নিজে দিয়া আসমু, একা ছাড়মু না")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "kal office e jabo na, jor aise, boss ke bolo plz", hard=False)
N("chatter", "bn", "ঈদ মোবারক সবাইকে 🌙 সবাই ভালো থাকবেন", hard=False)
N("chatter", "en", "Happy birthday apu!! 🎂🎉 stay blessed", hard=False)
N("family", "bn", "ভাত খাইছো? আম্মা ডাকতেছে, তাড়াতাড়ি আসো", hard=False)
N("chatter", "bn-Latn", "aj bangladesh jitse 🔥🔥 shakib er moto player r ashbe na", hard=False)
N("family", "bn-Latn", "aloo bhorta te shorshe tel beshi diba, ar kacha morich 2 ta", hard=False)
N("worker_content", "en", "Meeting moved to 3pm, bring the attendance sheet and the sample swatches", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে খুব, ছাতা নিয়া বাইর হইও", hard=False)
N("joke", "bn-Latn", "teacher: homework keno koro nai? student: current chilo na sir 😂", hard=False)
N("news", "bn", "আগামীকাল ঢাকায় হালকা বৃষ্টির সম্ভাবনা, তাপমাত্রা কিছুটা কমতে পারে", hard=False)
N("receipt", "en", "Your recharge of Tk 99 is successful. 5GB internet valid for 7 days. Thank you.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না, মশারি টানিয়ে ঘুমান", hard=False)


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
    random.Random(70).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev70-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
