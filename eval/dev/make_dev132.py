"""Blind evaluation set dev132 (120 items: 60 flag, 60 ok), written 2026-12-07.

The writer never read the tool's rules, the other evaluation sets or the tool's code; only the brief
and sections 1 and 2.1 of indicators.md.
Persona: a paralegal at a Dhaka legal-aid clinic handling the cases of Bangladeshi women domestic
workers returned from Jordan, Lebanon, Oman and Saudi Arabia.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev132.jsonl"
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


BTC1 = btc("dev132-btc-1")
TRON1 = tron("dev132-tron-1")
ETH1 = eth("dev132-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG items
# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
RD = "recruitment_deception"
F(RD, "bn", "মা, এরা বলছিল হাসপাতালের কাজ। এইখানে আইসা দেখি এক বাড়িতে ১১ জন মানুষ, কাপড় ধোয়া রান্দা সব আমার একলার। বেতনও ১০০০ রিয়াল না, কয় ৮০০, কাগজে নাকি এইটাই লেখা।")
F(RD, "bn", "বোন, সৌদিতে কোম্পানির কাজ, আরবি শিখা লাগবো না। ভিসা আমি নিজে দেখছি, অরিজিনাল। মেডিকেলের পর কাগজে যা লেখা থাকবো ওইটা খালি দেখানির জন্য, আসল বেতন ১২০০ রিয়াল।")
F(RD, "bn", "বিএমইটির কার্ড লাগবো না আপা, আমরা ভিজিট ভিসায় দুবাই নিয়া যাই, ওইখান থিকা ওমানে কাজের ভিসা লাগাইয়া দিমু। অনেক মাইয়া গেছে এমনে, কেউ কিছু টের পায় নাই।")
F(RD, "bn-Latn", "Apa ami to bolsilam beauty parlour er kaj... ekhane eshe dekhi madam er basay 3 ta baccha r ek buri, sara din kaj. contract e lekha chilo 'cleaner' ar ekhon bole tumi housemaid er visa te ashso")
F(RD, "bn-Latn", "Lebanon e restaurant e kaj, salary 400 dollar, weekly 1 din chuti. Passport ar 2 copy chobi diye den, baki sob amra dekhbo. Contract arabi te hobe, apnader bujhar dorkar nai. details amader insta page e @lebanon_jobs_bd",
  [("instagram", "@lebanon_jobs_bd")])
F(RD, "bn-Latn", "bhaiya oi agency je bolse 'free visa' eta ki? apa ke bolse company te job, ekhon Riyadh jawar por bolse kaj nijei khuje nite hobe, iqama o korbe na. ekhon o kothay thakbe??")
F(RD, "en", "Dear sister, job is in Oman royal family palace, very easy work only serving tea. Salary 150 OMR plus tips. No need experience. Send your passport copy to this whatsapp wa.me/96891234567 today only, seat limited 🙏",
  [("whatsapp", "+96891234567")])
F(RD, "en", "sir in dhaka office they show me contract for baby care, 1 child only. here i clean 3 house, madam house, her mother house, sister house. salary also not same what office told me. they said dont worry, same for all girls")

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
FD = "fees_and_debt"
F(FD, "bn", "আপনের মাইয়ার সৌদি যাইতে সরকারি খরচ নাই এইটা ঠিক, কিন্তু আমাগো ১ লাখ ৮০ হাজার লাগবো। ৫০ হাজার এখন দেন, বাকিটা ওর বেতন থেকে ছয় মাস কাইটা রাখমু।")
F(FD, "bn", "মা, মেডাম কইছে আমারে আনতে ৫ হাজার রিয়াল খরচ হইছে, ওইটা শোধ না হওয়া পর্যন্ত বেতন দিবো না। এখন ৪ মাস হইলো, একটা টাকাও হাতে পাই নাই।")
F(FD, "bn", "ভাই, জমি বন্দক দিয়া আপনারে ১ লাখ ২০ দিছি, এখন আবার ৪০ হাজার চান কেন? মাইয়া তো এখনো ফ্লাইটই পায় নাই। আপনে কইছিলেন আর কোনো খরচ নাই।")
F(FD, "bn-Latn", "Apa ami ekhon agency office e achi. ora bolse ager madam er basa theke chole ashchi tai notun basay dile 2000 riyal katbe, eta amar 3 masher beton. na dile ekhanei thakte hobe")
F(FD, "bn-Latn", "loan er kisti miss korle hobe na bhabi. apnar meye er prothom 5 maser beton amar account e ashbe, tarpor apnader. eta shobai kore. amar bKash 01712-604938, masher 5 tarikh er moddhe",
  [("phone", "+8801712604938")])
F(FD, "en", "Madam says I owe her the cost of the visa and ticket, 18,000 riyal. She writes every month in a small book how much I still owe. After 14 months it is still more than 9000. How is this possible apa")
F(FD, "en", "Government fee is only on paper brother. For Jordan you pay us 90k cash, no receipt. And if she comes back before the 2 years she must return the full amount plus ticket, tell her that clearly.")
F(FD, "en", "Sub-agent Rashid came again today, says the agency wants 35 thousand more for 'BMET clearance'. We already paid 1.4 lakh. Apa told us in your office the smart card is free for housemaids. Who is lying?")

# ---- isolation_and_control (bn 2, bn-Latn 3, en 3)
IC = "isolation_and_control"
F(IC, "bn", "আমার পাসপোর্ট আর মোবাইল দুইটাই মেডাম রাইখা দিছে। এই ফোন ড্রাইভার ভাইয়ের, ৫ মিনিট দিছে। বাইরের দরজায় সবসময় তালা। তোমরা আর এই নম্বরে কল দিও না, উনি দেখলে সমস্যা হইবো।")
F(IC, "bn", "বাড়ি থেকে কেউ ফোন দিলে বলবি ভালো আছস, বেতন ঠিকমতো পাস। এর বাইরে এক কথা কইলে ফোন আর পাবি না, বুঝছস? এজেন্সির নামও কইবি না কাউরে।")
F(IC, "bn-Latn", "apu ami 7 mash dhore basa theke ber hoi nai. chade o jaite dey na. shudhu shukrobar rate 10 min kotha bolar jonno phone dey, tao samne boshe thake shune")
F(IC, "bn-Latn", "Office theke bolse new meyeder phone office e jomma thakbe prothom 3 mash. family ke ei number dite bolse 01819-447213, kono dorkar hole oi number e call korben, meyeder sathe direct kotha hobe na.",
  [("phone", "+8801819447213")])
F(IC, "bn-Latn", "Kafil amar passport dibe na bole, bole 'tumi palaba'. iqama o banay nai. ei number e WhatsApp koro +962 79 5532 184 kintu shudhu raat 2 tar pore, tokhon sobai ghumay",
  [("phone", "+962795532184")])
F(IC, "en", "All the girls stay in the office until new sponsor comes. Doors are locked at night for their own safety. No visitors, no phones. Families can send message through me only: +961 71 234 567",
  [("phone", "+96171234567")])
F(IC, "en", "Tell the embassy people you came on your own and you work at your cousin's house. Don't say the agency name. If they ask about your passport say it is with you. Understood?")
F(IC, "en", "pls dont send voice msg. she checks my phone every night and deletes. i am writing from bathroom. passport she keep in her bedroom almirah with her gold")

# ---- threats_and_coercion (bn 3, bn-Latn 3, en 2)
TC = "threats_and_coercion"
F(TC, "bn", "পালাইলে পুলিশে হুরুব দিমু, তখন জেলে পচবি, দেশে যাইতে পারবি না জীবনেও। চুপচাপ কাজ কর।")
F(TC, "bn", "আপনারা যদি থানায় যান বা ওই এনজিওর কাছে যান, আপনার মাইয়ারে ওইখানে কে দেখবো একটু চিন্তা কইরেন। আমার লোক ওর মালিকের লগে রেগুলার কথা কয়।")
F(TC, "bn", "আজকেও মারছে আপা, হাতে গরম খুন্তি দিয়া ছ্যাঁকা দিছে। কয় আবার যদি কান্দি তাইলে ভিডিও কইরা আমার বাপ মায়রে পাঠাইবো।")
F(TC, "bn-Latn", "madam er chele bole tui jodi embassy te phone korish taile bolbo tui sona churi korsos. police eshe dhore nibe. ami ki korbo apa, bhoy lagtese")
F(TC, "bn-Latn", "Case ta withdraw koren bhai. apnar bon er nam e absconding report ache Oman e, ami chaile clear kori, na chaile o ar kono din bidesh jete parbe na. ar gram e amar lok ache mone rakhben.")
F(TC, "bn-Latn", "Tor chobi gula amar kache ache, tor jamai ke pathabo? bhalo bhabe kotha shon, je basay dibo oi basay thakbi, r kono kotha na.")
F(TC, "en", "If you go to the shelter I will tell the police you stole from us. You know what happens to maids in jail here. Think about your daughter in Bangladesh.")
F(TC, "en", "Apa they beat her with a belt because she asked for her salary, she sent a photo of her back. The employer's son told her next time they will throw her from the roof and say she jumped.")

# ---- labour_exploitation (bn 3, bn-Latn 2, en 2)
LE = "labour_exploitation"
F(LE, "bn", "ভোর ৫টা থেকে রাত ২টা পর্যন্ত কাজ, ১০ মাসে একদিনও ছুটি নাই। খাওন দেয় রাতের বাসি ভাত। বেতন চাইলে কয় এজেন্সি নিয়া নিছে।")
F(LE, "bn", "আমারে নাকি অন্য বাড়িতে বেইচা দিছে, নতুন মালিক এজেন্সিরে টাকা দিছে। আগের ৫ মাসের বেতন কিছুই পাই নাই, কেউ কিছু কয় না।")
F(LE, "bn", "দিনে তিন বাসায় কাজ করায়, মালিকের বোন আর মেয়ের বাসায়ও নিয়া যায়। ঘুমাই রান্নাঘরের মেঝেতে। ৮ মাসে বেতন দিছে একবার।")
F(LE, "bn-Latn", "Ekhane 20 ghonta kaj kori apa, haat e chemical diye bathroom porishkar koray, glove dey na, chamra uthe geche. beton 6 mash dey nai, bole deshe jaoar somoy eksathe dibe")
F(LE, "bn-Latn", "Ora amake 3 bar 'transfer' korse, protibar agency notun madam er kache taka niye diye dey. Amar beton kono bar puro pai nai, ekhon ki amar kono kagoj ache kina tao jani na")
F(LE, "en", "Salary not paid since March. Madam says salary is kept safe with her, will give when contract finish. I work from 6 in morning to after midnight, 2 families in same villa, no day off.")
F(LE, "en", "Bhai my wife in Amman says they make her clean the roof water tank alone, no rope nothing, she is scared of falling. Still no rest day, 7 month and only 2 month salary.")

# ---- minors (bn 2, bn-Latn 3, en 2)
MI = "minors"
F(MI, "bn", "মাইয়ার বয়স ১৪ হইলে সমস্যা নাই। পাসপোর্টে ২৫ দিয়া দিমু, জন্ম নিবন্ধন নতুন বানাইয়া লমু। মেডিকেলে কেউ দেখবো না, শরীর স্বাস্থ্য ভালো থাকলেই হইলো।")
F(MI, "bn", "ঢাকার এক বাসায় কাজের জন্য ১২-১৩ বছরের মাইয়া লাগবো। থাকা খাওয়া ফ্রি, মাসে ২ হাজার বাড়িতে পাঠাইবো। বড় হইলে ওনারাই সৌদি পাঠাইবো। বাড়ি আসবো খালি ঈদে।")
F(MI, "bn-Latn", "Bhai Rina r boyosh to 15, tobe passport e (A08812354) DOB 1998 dewa ache, chehara dekhe keu bujhbe na. Riyadh er basay chhoto baccha dekhar kaj.",
  [("bd_passport", "A08812354")])
F(MI, "bn-Latn", "biye ta dibo Malaysia probashi chele er sathe, meye to class 8 e pore. chele bole biye er por KL niye kaje dibe, kabin e boyosh 18 likhe dilei hobe, kazi amader lok")
F(MI, "bn-Latn", "amar bhagni ke je agency niye gese ora onno ekjon er NID 4617283950 diye passport korse. o to ekhono 16 hoy nai apa. ekhon Dammam e ase, phone o dey na",
  [("bd_nid", "4617283950")])
F(MI, "en", "Brother the girl for the Jeddah house is 13 but tall, we will make her papers 21. Employer wants young so she can stay long and learn their way.")
F(MI, "en", "Our cousin's daughter Shapla, she is only 14, was taken by the sub-agent to Dhaka 'for training'. Now he says she already flew to Oman and her passport shows 22 years. Nobody in the family signed anything.")

# ---- sexual_exploitation (bn 2, bn-Latn 2, en 3)
SX = "sexual_exploitation"
F(SX, "bn", "দুবাইয়ে পার্লারের কাজ বলছিল, আসার পর বলে রাতে হোটেলে গেস্ট দেখতে হইবো। না করলে খাওন বন্ধ, রুম থেকে বাইর হইতে দেয় না।")
F(SX, "bn", "মালিকের পোলা রাইতে রুমে আসে। মেডামরে কইলে মেডাম কয় চুপ থাক, নাইলে এজেন্সিতে ফেরত দিমু। আপা আমি আর পারতেছি না।")
F(SX, "bn-Latn", "New maal ashche Bangladesh theke, 19-22, fair, Arabic bujhe na. hotel e pathabo, rate WhatsApp e: wa.me/97455128834",
  [("whatsapp", "+97455128834")])
F(SX, "bn-Latn", "apa ami housemaid er visa te ashchi kintu ekhane flat e 6 jon meye, raat e gari ashe niye jay. madam bole 'party te jabi', na gele mare")
F(SX, "en", "Beautiful Bangladeshi girls available for private party, new arrival this week 🌹 outcall villa only. Telegram @riyadh_vip_bd",
  [("telegram", "@riyadh_vip_bd")])
F(SX, "en", "She was told spa receptionist in Beirut. Now the 'manager' keeps her passport and sends her to apartments at night, says she owes $3000 for the flight and must pay it back this way.")
F(SX, "en", "Sponsor's friend wants one of the new housemaids for 'massage' at his farmhouse on weekends, he pays the office extra. Send the one who can't speak Arabic, she won't complain.")

# ---- payments_and_proceeds (bn 2, bn-Latn 3, en 2)
PP = "payments_and_proceeds"
F(PP, "bn", "মাইয়ারে ছাড়াইতে ২ লাখ লাগবো, না দিলে ওরে অন্য জায়গায় বেইচা দিমু। বিকাশে পাঠান ০১৭৩৮৫৫২৯১৪ এই নম্বরে, ৫ ভাগ কইরা পাঠাইবেন, এক নম্বরে একবারে না।",
  [("phone", "+8801738552914")])
F(PP, "bn", "হুন্ডির টাকা আইসা গেছে। সৌদির মাইয়াগুলার ৩ মাসের বেতন মালিক সরাসরি আমাগো লোকের হাতে দিছে। যার যার পরিবাররে অর্ধেক দিবি, বাকিটা অফিসে জমা।")
F(PP, "bn-Latn", "Passport ferot dite madam 1500 riyal chay. bhai ke bolo Nagad e 35,000 pathate ei number e 01912-338407, TxnID ta amake screenshot dio",
  [("phone", "+8801912338407")])
F(PP, "bn-Latn", "Bkash received? 20k pathaisi, TrxID 8JK4RM2Q7T. Baki 30k Rashid bhai er Rocket e, tarpor meye ke boarding e tulbe",
  [("mfs_transaction", "8JK4RM2Q7T")])
F(PP, "bn-Latn", f"Dubai theke dollar ta USDT te pathabo, TRC20 address: {TRON1} . Deshe agent cash diye dibe, kono bank er jhamela nai. Meyeder beton theke amar commission age kete niyo.",
  [("tron_address", TRON1)])
F(PP, "en", f"Payment for the 3 girls received. Send my share to BTC {BTC1} not to the bKash anymore, CID is checking accounts.",
  [("btc_address", BTC1)])
F(PP, "en", "Release fee for Salma is 1,50,000 taka. Pay to Nagad 01611-902574 in parts and send the transaction numbers on IMO. When full payment comes she will get her passport and ticket.",
  [("phone", "+8801611902574")])

# ================================================================ OK items
# ---- news (6)
N("news", "bn", "মানবপাচার মামলায় গ্রেপ্তার দালাল মো. কামালকে তিন দিনের রিমান্ডে পাঠিয়েছেন আদালত। পুলিশ জানায়, সৌদি আরবে গৃহকর্মীর কাজ দেওয়ার কথা বলে তিনি অন্তত ১২ নারীর কাছ থেকে টাকা নিয়েছিলেন।")
N("news", "en", "DHAKA, Dec 3 - 48 women domestic workers returned from Riyadh on Tuesday night, most of them from a shelter run by the embassy, officials at Hazrat Shahjalal airport said. Several said their employers had kept their passports and wages.")
N("news", "en", "RAB arrests three members of a trafficking ring in Jashore who allegedly sent women to Oman with fake offers of hospital cleaning jobs; nine passports recovered.")
N("news", "bn", "লেবাননে আর্থিক সংকটের কারণে বহু বাংলাদেশি গৃহকর্মী মাসের পর মাস বেতন পাচ্ছেন না বলে জানিয়েছে দূতাবাস। ফেরত আসতে ইচ্ছুকদের তালিকা করা হচ্ছে।")
N("news", "en", "Court sentences recruiting agent to life imprisonment for trafficking a 15-year-old girl to Saudi Arabia on a forged passport, the tribunal's first such verdict this year.")
N("news", "bn", "সিআইডি জানিয়েছে, ডিজিটাল হুন্ডির সঙ্গে জড়িত সন্দেহে ৬০টি এমএফএস এজেন্টের হিসাব জব্দ করা হয়েছে। প্রবাসীদের বৈধ পথে টাকা পাঠানোর আহ্বান জানানো হয়েছে।")

# ---- awareness (8)
N("awareness", "bn", "বিদেশে গিয়ে কাউকে নিজের পাসপোর্ট দেবেন না। নিয়োগকর্তা পাসপোর্ট রেখে দিলে দূতাবাসের শ্রম উইংয়ে জানান। দালালের কথায় টাকা দেবেন না, রশিদ ছাড়া কোনো লেনদেন নয়।")
N("awareness", "en", "Going abroad for domestic work? Check that the agency has a valid RL number on the BMET website. Women domestic workers going to Saudi Arabia should not pay any recruitment fee. Leave a photocopy of your passport and contract with your family.")
N("awareness", "bn-Latn", "Bon ra, 'free visa' bole kono visa nai. keu jodi bole company te kaj kintu visa te lekha housemaid ba house driver, tahole sabdhan. share koren sobai 🙏")
N("awareness", "en", "From our clinic: if your daughter or sister abroad says the employer keeps her phone or is not paying salary, write down the employer's name, address and her passport number and come to us. Consultation is free.")
N("awareness", "bn", "১৮ বছরের কম বয়সী কাউকে বিদেশে কাজে পাঠানো আইনত অপরাধ। বয়স বাড়িয়ে পাসপোর্ট করানোও প্রতারণা। সন্দেহ হলে ৯৯৯ নম্বরে কল করুন।")
N("awareness", "bn-Latn", "Parlour/spa/hotel er job er offer Dubai, Oman theke Facebook e ashle age jachai koren. Onek meye ke ei kotha bole niye kharap kaje lagano hoy. Doubt thakle amader page e message din.")
N("awareness", "en", "Never send money on bKash or Nagad to anyone for a visa 'processing fee'. Licensed agencies give a money receipt. Report fake agents to BMET or your district employment office.")
N("awareness", "bn-Latn", "Sabdhan!! 01756-239184 number theke 'Saudi hospital e cleaner' er kaj er kotha bole meyeder kache taka chaiche. eta protarok, keu taka diben na. forward koren",
  [("phone", "+8801756239184")])

# ---- official (6)
N("official", "en", "Embassy of Bangladesh, Riyadh - Labour Wing. Female domestic workers facing problems with employers may contact the help desk +966 55 081 2264 (24 hrs) or WhatsApp wa.me/966550812264. Bring iqama copy if available.",
  [("phone", "+966550812264"), ("whatsapp", "+966550812264")])
N("official", "bn", "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৮৪): সৌদি আরবগামী নারী গৃহকর্মীদের জন্য সরকার নির্ধারিত অভিবাসন ব্যয় শূন্য টাকা। প্রশিক্ষণ ও মেডিকেল খরচ নিয়োগকর্তা বহন করবেন। যোগাযোগ: ০১৭১১-৫৫২৩৪০",
  [("phone", "+8801711552340")])
N("official", "bn-Latn", "Priyo Rehana Akter, apnar BMET smart card prostut. 10/12/2026 tarikh sokal 10 tay passport (A05529871) niye office e ashun. -Sonar Bangla Overseas RL-0917",
  [("bd_passport", "A05529871")])
N("official", "en", "Notice: Jordan-bound female garment workers fly on 14 December. Candidates must bring original passport, BMET clearance card and vaccination certificate. No payment is to be made to any person at the airport.")
N("official", "bn", "ওমানস্থ বাংলাদেশ দূতাবাসের বিজ্ঞপ্তি: যে সকল কর্মীর পাসপোর্ট নিয়োগকর্তার কাছে রয়েছে, তারা দূতাবাস থেকে আউটপাস নিতে পারবেন। আবেদনের সাথে এনআইডি বা জন্ম নিবন্ধনের কপি জমা দিন।")
N("official", "en", "Embassy reminds workers in Lebanon who have left their employer that they may apply for exit through General Security. Bring any identity copy. Enquiries: labour.beirut@bdmission-lb.org",
  [("email", "labour.beirut@bdmission-lb.org")])

# ---- receipt (6)
N("receipt", "en", "You have received Tk 12,000.00 from 01715338291. Fee Tk 0.00. Balance Tk 12,480.50. TrxID CK94HT2ZQW at 04/12/2026 19:42",
  [("phone", "+8801715338291"), ("mfs_transaction", "CK94HT2ZQW")])
N("receipt", "en", "Money Received. Amount: Tk 8,500.00 Sender: 01921447630 Ref: ammar oshudh TxnID: 71KX8P3D Balance: Tk 9,020.33 04/12/2026 21:17",
  [("phone", "+8801921447630"), ("mfs_transaction", "71KX8P3D")])
N("receipt", "en", "Dear Customer, your A/C ***3391 has been credited with BDT 46,250.00 as inward remittance (Saudi Arabia) on 01-DEC-26. Avl Bal BDT 61,402.18. -Sonali Bank")
N("receipt", "en", "Tk 5,000.00 received from 01612884530. TxnId: 4428519073. Balance Tk 5,210.00. Thank you for using Rocket.",
  [("phone", "+8801612884530"), ("mfs_transaction", "4428519073")])
N("receipt", "bn", "আপনি ০১৭৮৯২২৪৫১৩ থেকে ৳৩,৫০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৪,১২০.৭৫। TrxID DA61MZ4RKT সময় ০৫/১২/২০২৬ ০৯:১৪",
  [("phone", "+8801789224513"), ("mfs_transaction", "DA61MZ4RKT")])
N("receipt", "en", "Remittance received: SAR 1,200 sent by SHAHIDA BEGUM (Riyadh) to bKash 01736-402918, BDT 38,760 incl. 2.5% govt incentive. TrxID BM58RW3JYN",
  [("phone", "+8801736402918"), ("mfs_transaction", "BM58RW3JYN")])

# ---- family (7 hard + 3 easy)
N("family", "bn", "আম্মার এনআইডি নম্বর ৮৭৩৫৪২১৯০৬, পাসপোর্ট অফিসের ফরমে লাগবো। কালকে সকালে লাইনে দাঁড়াইতে হইবো, তুই সাতটার মধ্যে আসিস।",
  [("bd_nid", "8735421906")])
N("family", "bn-Latn", "Apa salary paile 10 hajar pathaio, Rafi er school er fee ar ammar oshudh. r tomar passport (BK0386214) er meyad kobe sesh? agency bolse renew korte hobe naki",
  [("bd_passport", "BK0386214")])
N("family", "en", "Mehedi, your sister's employer in Amman sent her salary for 3 months together, she says madam is kind, took her to the mall for Eid. Don't worry so much.")
N("family", "bn", "বড় আপা কইতেছে এইবার আর দালালের মাধ্যমে যাইবো না। বোয়েসেলের মাধ্যমে জর্ডানের গার্মেন্টসে আবেদন করছে, কোনো টাকা লাগে নাই।")
N("family", "bn-Latn", "Bhabi, apnar passport ta amar kache rakhlam, almari te tala diye. bacchara hariye felbe. Dubai jaowar age niye jaben.")
N("family", "en", "Mom don't send my passport copy to that uncle on Facebook, i dont know him. Chachi said he is a dalal. I'll ask at the BMET office myself.")
N("family", "bn", "জামাইরে কও ওমানের টাকাটা ব্যাংকে পাঠাইতে, হুন্ডিতে পাঠাইলে সরকারের আড়াই পার্সেন্ট প্রণোদনা পাওয়া যায় না। আর কালকের মধ্যে এনজিওর কিস্তি দিতে হইবো।")
N("family", "bn", "আব্বা ওষুধ খাইছেন? ডাক্তার কইছে রাতে খাওনের পরে।", hard=False)
N("family", "bn-Latn", "Amma, ajke bikale mama ashbe, kichu ranna kore rakhio", hard=False)
N("family", "en", "Happy birthday Nanu! Love you, see you Friday 🎂", hard=False)

# ---- worker_content (7)
N("worker_content", "bn", "আলহামদুলিল্লাহ মা, এই মাসের বেতন পাইছি, মেডাম ৫০ রিয়াল বেশি দিছে। শুক্রবারে ছুটি, ওনাগো সাথে সমুদ্রে গেছিলাম। পাসপোর্ট আমার কাছেই আছে, চিন্তা কইরো না।")
N("worker_content", "bn-Latn", "Apa ami valo achi, Madam er basay 2 ta baccha, onek adorer. 8 ghonta kaj, baki somoy rest. phone sara din amar kache. Next year contract renew korbo inshallah")
N("worker_content", "en", "Alhamdulillah sister, 2 years finished in Muscat. Baba (sponsor) bought my ticket and gave 300 riyal bonus. Coming home 18 Dec, maybe go back after Eid.")
N("worker_content", "bn-Latn", "Beirut e crisis thakleo amar madam dollar e beton dey, dorja khola thake, ami sunday te Dora te Bangladeshi dokane jai bazar korte. tension nio na")
N("worker_content", "en", "Imo video call tonight 9pm ok? madam gave me new phone for eid 😄 my number here +962 78 664 1029 save it",
  [("phone", "+962786641029")])
N("worker_content", "bn", "এইখানে কাজ বেশি না, বাসায় মানুষ তিনজন। রাত দশটার পর আর কোনো কাজ নাই। এজেন্সির লোক প্রতি মাসে ফোন দিয়া খবর নেয়।")
N("worker_content", "en", "Bhai, my employer renewed my iqama himself and paid the fee, I didn't pay anything. Salary comes to my bank card on the 1st every month. Very lucky this time after the last house.")

# ---- joke (5 hard + 2 easy)
N("joke", "bn-Latn", "Amar boss amar passport na, amar weekend ta atke rakhse 😂 3 week chuti nai, eta ki office na jail")
N("joke", "en", "My wife has taken my phone, my wallet and my freedom. Send help. Or biryani. 😭")
N("joke", "bn", "আম্মু পরীক্ষার আগে আমারে রুমে তালা দিয়া রাখছে, মোবাইলও জব্দ 😩 মুক্তিপণ হিসাবে জিপিএ ৫ চাইছে")
N("joke", "bn-Latn", "Dalal bhai bole 'Dubai te chakri, salary 2 lakh' — ami bollam bhai age amar bike er EMI ta diye den 😂")
N("joke", "en", "Bro I'm literally being trafficked to my in-laws' house for the whole Eid, no network, forced labour in the kitchen 🥲")
N("joke", "en", "Why did the tomato blush? Because it saw the salad dressing 😂", hard=False)
N("joke", "bn-Latn", "Tor batting dekhle mone hoy Bangladesh team e chance pabi... 2050 e 🤣", hard=False)

# ---- chatter (5 hard + 5 easy)
N("chatter", "bn-Latn", f"Bhai amar Binance er ERC20 address ta: {ETH1} , 50 USDT pathai dio, phone er dam ta. thanks",
  [("eth_address", ETH1)])
N("chatter", "en", "Shampa apa, new intake forms are printed. The Jashore client's daughter called again from Oman, she's fine now, employer paid her dues. Move her to closed cases. Clinic WhatsApp is wa.me/8801713245698 if she calls again.",
  [("whatsapp", "+8801713245698")])
N("chatter", "bn", "কালকে ট্রেনিং সেন্টারে আরবি ক্লাস, দশটায়। পাসপোর্ট সাইজের ছবি দুইটা নিয়া আইসো, আইডি কার্ড বানাইবো।")
N("chatter", "en", "Anyone know a good Arabic tutor in Mirpur? My cousin got a hospital job in Riyadh through BOESL, leaving in Feb. Insta @nusrat.j_travels if you have contacts",
  [("instagram", "@nusrat.j_travels")])
N("chatter", "bn-Latn", "Ei Telegram channel e Saudi-Dhaka flight er ticket er dam share kore, @bd_ksa_flights, dekhen kom dame paben",
  [("telegram", "@bd_ksa_flights")])
N("chatter", "bn", "আজকে বিকালে বৃষ্টি হইতে পারে, ছাতা নিয়া যাইস।", hard=False)
N("chatter", "en", "Running 10 min late, traffic at Mohakhali is crazy", hard=False)
N("chatter", "bn-Latn", "Dupur e ki khabi? Kacchi order dibo naki", hard=False)
N("chatter", "en", "Meeting moved to Thursday 3pm, pls confirm", hard=False)
N("chatter", "bn-Latn", "Net e problem, pore call dicchi", hard=False)


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
    random.Random(132).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev132-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
