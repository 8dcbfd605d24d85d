#!/usr/bin/env python3
"""Blind dev set dev55: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a lawyer at a legal-aid NGO in Dhaka
representing women returnees from Jordan, Lebanon and Dubai (garment factories, domestic work, "beauty parlour"
and "dance bar" jobs) and girls lured through TikTok, Likee and Facebook romance or marriage offers to India via
Jessore/Satkhira border crossings; urban Dhaka register with heavy English code-mixing, and the lawyers' own case
notes in English. Run from the repository root.
Held out from round 9 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev55.jsonl"
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


BTC1 = btc("dev55-btc-1")
TRON1 = tron("dev55-tron-1")
ETH1 = eth("dev55-eth-1")

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
# recruitment_deception (8): bn 3, bn-Latn 3, en 2
F("recruitment_deception", "bn",
  "দুবাই বিউটি পার্লারে হেল্পার লাগবে, শুধু মেয়েরা knock দেন 💅 ভিজিট ভিসায় যাবেন, ওখানে গিয়া মালিক কাজের ভিসা লাগায় দিবে। "
  "বেতন ২৫০০ দিরহাম + টিপস, থাকা খাওয়া ফ্রি। পার্লারের কাজ না জানলেও problem নাই, ওরাই শিখায় নিবে। সিট লিমিটেড, এই মাসেই ফ্লাইট")
F("recruitment_deception", "bn",
  "আপা ওরা বলছিল আম্মানে বড় গার্মেন্টস, এসি ফ্লোর, ৮ ঘণ্টা ডিউটি। আইসা দেখি ইরবিদের এক পুরানা ফ্যাক্টরি, ফ্যান ও ঠিকমতো ঘুরে না। "
  "ঢাকায় যে কন্ট্রাক্ট সই করাইছিল ওইটা এইখানে কেউ চিনে না, আরবিতে আরেকটা কাগজে টিপসই নিছে। এখন বেতন কয় ১৫০ দিনার, অথচ কথা ছিল ৩২০")
F("recruitment_deception", "bn",
  "তুমি শুধু বেনাপোল পর্যন্ত আসো জান, বাকিটা আমার লোক পার করে দিবে। ওপারে গিয়াই কোর্টে বিয়া করব, মুম্বাইয়ে মামার শপিং মলে তোমার চাকরি ঠিক করা আছে, "
  "মাসে ৩০ হাজার রুপি। পাসপোর্ট টাসপোর্ট লাগবে না, আধার কার্ড ওখানে বানায় দিব ❤️ বিশ্বাস করো তো?")
F("recruitment_deception", "bn-Latn",
  "Apu apnar Likee live dekhsi, onek sundor nachen 😍 Dubai te amader ekta restaurant ache, oikhane cultural show hoy, singer dancer lage. "
  "Salary 1.5 lakh taka, kono kharap kaj na, family restaurant. Visit visa te jaben, 3 mash por company visa kore dibo. "
  "Interested hole WhatsApp koren +971 55 318 4420",
  [("phone", "+971553184420")])
F("recruitment_deception", "bn-Latn",
  "vai amar wife ke bolse Beirut er hospital e cleaner er job, 300 dollar. ekhon giye dekhe kono hospital nai, ek madam er basay ranna bachcha dekha sob. "
  "contract e likha chilo hospital cleaner, oi contract er copy o dalal nijer kache rekhe dise 😡 ekhon bole 'Lebanon e sob ek, kaj koro'. ki korbo apa?")
F("recruitment_deception", "bn-Latn",
  "Jordan er free visa ache 2ta, mohila. factory fixed na, giye nijer moto kaj khuje niben, kafil shudhu iqama dibe. 2 lakh 80 hajar all inclusive. "
  "smart card chara airport par kore dibo amar lok ache immigration e 👍 passport no EC0736152 eta kar? tar chobi o pathan",
  [("bd_passport", "EC0736152")])
F("recruitment_deception", "en",
  "Hi dear good news!! Our company hiring female staff for spa & salon in Dubai Marina. Age 20-28, fair n slim, no experience needed full training given. "
  "Salary 4000 AED + commission + free accommodation. Tourist visa first, employment visa after probation. "
  "Send full body pic and passport copy on whatsapp +971 52 604 7731 or DM insta @glowspa.dxb",
  [("phone", "+971526047731"), ("instagram", "@glowspa.dxb")])
F("recruitment_deception", "en",
  "CN 11/11 - Client Rupa (27, Gazipur). Signed contract in Dhaka as sewing operator, JOD 260 basic. At Al-Hassan zone she was put in packing/ironing on "
  "'trainee rate' JOD 125, told the 260 figure was 'with overtime'. Agency in Dhaka now says the contract was 'only for embassy file'. She has photos of both docs.")

# fees_and_debt (7): bn 2, bn-Latn 3, en 2
F("fees_and_debt", "bn",
  "ফ্যাক্টরিতে আসার পর সুপারভাইজার কইতেছে টিকিট আর ভিসার খরচ ৬০০ দিনার কোম্পানি দিছে, এইটা প্রতি মাসে বেতন থেকে কাটবে। "
  "হাতে পাই ৭০-৮০ দিনার। হিসাব চাইলে দেখায় না। শোধ না হওয়া পর্যন্ত দেশে যাওয়ার কথা মুখেও আনা যাবে না বলছে")
F("fees_and_debt", "bn",
  "জমিটা বন্ধক দিয়া আর ব্র্যাকের কিস্তি তুইলা দালালরে সাড়ে ৪ লাখ দিছি মাইয়ারে লেবাননে পাঠাইতে। এখন ওরা কয় আরো ৮০ হাজার না দিলে ওর আকামা হইব না, "
  "মাইয়া জেলে যাইব। আমি অহন কই পামু এত টাকা উকিল আপা")
F("fees_and_debt", "bn-Latn",
  "Apa advance 50 hajar ajke bkash koren, baki 2 lakh flight er age. Agent number e na, personal e diben 01918-447203. "
  "cash out charge soho pathaben. office e ashar dorkar nai, sob kaj amra online e kori",
  [("phone", "+8801918447203")])
F("fees_and_debt", "bn-Latn",
  "Madam bolse amar naame 18 hazar dirham debt, ticket visa ghor bhara khawa sob mile. protidin bar e 500 dirham target, na hole fine 200. "
  "ei debt shesh na hole passport ferot dibe na. ami 5 mash dhore kaj kori, debt ekhono 15 hazar 😭")
F("fees_and_debt", "bn-Latn",
  "Office theke bolse apnar kafil 2500 dollar diye apnake anse, ekhon chole jaite chaile oi taka ferot dite hobe, noile release paper dibo na. "
  "ami bollam ami to kono taka nei nai. bole 'taile thako, kaj koro'. office er number +961 71 884 302",
  [("phone", "+96171884302")])
F("fees_and_debt", "en",
  "bro i paid 5.5 lakh to Kamal bhai for Jordan, everyone says official is not even 1 lakh. now he says ticket rate up, pay 40k more by friday or "
  "my seat goes to another person. flight on 18th. i already sold the cow and took loan from samity, what do i do")
F("fees_and_debt", "en",
  "Apa the agency here cutting 300 AED every month for 'visa loan' and 'room'. never showed any paper how much is left. when I asked the man said "
  "u finish when we say finish. 11 months now and still they say 2000 left")

# payments_and_proceeds (7): bn 2, bn-Latn 2, en 3
F("payments_and_proceeds", "bn",
  "টাকা এক নাম্বারে দিবেন না, লিমিট ক্রস করলে বিকাশ আটকায়। ৩০ হাজার ০১৭৩৩-৫৮২৯১৬ (বিকাশ), ৩০ হাজার ০১৬৪৪-২০৯৮৭৭ (নগদ), বাকি ৪০ হাজার ক্যাশ হাতে হাতে। "
  "রেফারেন্সে কিছু লিখবেন না, সেন্ড করার পর শুধু স্ক্রিনশট দিবেন",
  [("phone", "+8801733582916"), ("phone", "+8801644209877")])
F("payments_and_proceeds", "bn",
  "ভাই ১ লাখ ২০ হাজার পাঠাইছি মাইয়ারে ছাড়ানোর জন্য, TrxID: BKH7Q2M9XA। আপনে বলছিলেন টাকা পাইলেই কলারোয়া দিয়া পার কইরা দিবেন। "
  "দুই দিন হইয়া গেল ফোন ধরেন না ক্যান? মাইয়ার সাথে একবার কথা বলাইয়া দেন",
  [("mfs_transaction", "BKH7Q2M9XA")])
F("payments_and_proceeds", "bn-Latn",
  "Dubai theke madam er lok taka pathabe hundi te, bank e na. ei mashe tomar meyer bhag 35 hajar, Jessore er Monir vai er dokan theke nibi, code bolbi 'golap 27'. "
  "kauke bolbi na taka kothay theke ashe, bolbi parlour er beton")
F("payments_and_proceeds", "bn-Latn",
  f"Boss bolse ekhon theke bkash e na, USDT te nibe. TRC20 address {TRON1} ekhane pathaben. 1 ta meye Bangalore pouchanor jonno 400 USDT, half advance, "
  "baki delivery r por. screenshot diben, call diben na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "this month 4 girls earning. I sent 2.1 lakh thru Nagad in 3 parts, TxnID: 73HF9K2Q and TxnID: 73HF9K5T, last part tomorrow. "
  "Give each family 8k only and say salary is late because of madam's visa problem. Keep the rest, we settle when I'm back",
  [("mfs_transaction", "73HF9K2Q"), ("mfs_transaction", "73HF9K5T")])
F("payments_and_proceeds", "en",
  "Boost the Dubai parlour post again, target Jessore Satkhira Khulna only, female 18-25. Pay FB with my card, 5000tk budget. last post got 40 inbox. "
  "take screenshots of the girls who reply and send to Rana on IMO 01521-334780",
  [("phone", "+8801521334780")])
F("payments_and_proceeds", "en",
  f"Pune buyer pays BTC only this time, no hawala. Address {BTC1}. After 2 confirmations I release the 2 new girls from the Benapole batch. "
  "talk on telegram @pune_sk_boss not on this number",
  [("btc_address", BTC1), ("telegram", "@pune_sk_boss")])

# isolation_and_control (8): bn 2, bn-Latn 3, en 3
F("isolation_and_control", "bn",
  "[ভয়েস মেসেজ] আম্মা আমি বাথরুমে লুকাইয়া কথা কইতেছি... ম্যাডাম ফোনটা নিজের কাছে রাখে, রাইতে খালি এক ঘণ্টার লাইগা দেয়। "
  "বাইরে গেলে গেটে তালা দিয়া যায়, দুই মাসে একদিনও নিচে নামি নাই। তুমি এই নাম্বারে আর কল দিও না, আমি সুযোগ পাইলে দিমু")
F("isolation_and_control", "bn",
  "বাসায় কাউরে বলবা না কই যাইতেছ, বলবা খালার বাসায় যাও কয়দিনের জন্য। সিমটা বর্ডারে ভাইঙ্গা ফালাবা, ওপারে গেলে নতুন সিম দিমু। "
  "তোমার আম্মারে আমি নিজে পরে জানায় দিব, টেনশন নিও না। ফেসবুকটাও deactivate কইরা দিও আজকেই")
F("isolation_and_control", "bn-Latn",
  "Apa amra 6 jon meye ek flat e, bahir theke lock thake. ekta bhai ashe khabar dey, raate gari te kore niye jay abar bhore niye ashe. "
  "passport ora rekhe dise first din e. ei number ta Ruma er, o lukaye rakhse, call diben na plz shudhu msg")
F("isolation_and_control", "bn-Latn",
  "hostel theke factory, factory theke hostel, eituku e jibon. Friday teo gate er bahire jete dey na, supervisor bole bahire gele Bangali chele ra dhore niye jabe. "
  "bari te kotha bolte dey shudhu Friday 1 ghonta, supervisor pashe boshe shone ki boli")
F("isolation_and_control", "bn-Latn",
  "boro bhai phone ta niye nise. ami onno ekjoner phone theke likhtesi. ekhane Bangla bolte mana, bole keu jiggesh korle bolbi Kolkata r meye. "
  "ami jani na eta kon city, shudhu jani train e 2 din lagse. ammu ke bolo na please, kanna korbe")
F("isolation_and_control", "en",
  "once u reach Benapole delete tiktok and FB, make new id, dont add anyone from village. if ur mother calls say u r in Dhaka garments. "
  "I will keep ur phone few days for safety ok baby 😘 after setting everything I give back")
F("isolation_and_control", "en",
  "CN 22/10 - Client (Lebanon, DW, 31). Employer's son accompanies her even to the bakery; never allowed outside alone in 14 months. Only contact with family "
  "through madam's phone, on speaker. Passport (EB1180347) and residency card with employer, she has not seen them since arrival.",
  [("bd_passport", "EB1180347")])
F("isolation_and_control", "en",
  "they moved us again last nite, from Sharjah to Ajman, nobody said where. 9 girls in 1 room, window is sealed. the Pakistani guy sits outside the door whole day. "
  "my battery 4% pls tell my sister Nila I am alive")

# labour_exploitation (7): bn 3, bn-Latn 2, en 2
F("labour_exploitation", "bn",
  "সকাল ৭টা থেকে রাত ১১টা পর্যন্ত লাইনে দাঁড়ায় থাকি। টার্গেট পুরা না হইলে খাবার বিরতিও দেয় না। ৩ মাসের বেতন আটকায় রাখছে, বলে শিপমেন্ট গেলে দিবে, "
  "গত বছরও নাকি এমনই বলছিল")
F("labour_exploitation", "bn",
  "ম্যাডামের তিনটা বাসা পরিষ্কার করায় আমারে দিয়া, নিজের বাসা, মেয়ের বাসা আর মায়ের বাসা। রাত ২টায় ঘুমাই, ৫টায় উঠি। খাবার দেয় ওদের খাওয়ার পর যা থাকে। "
  "৭ মাসে ২ মাসের বেতন দিছে, বাকিটা চাইলে বলে ডলার নাই")
F("labour_exploitation", "bn",
  "পার্লারের কথা বলছিল, এখন দিনে মালিকের বাসায় সব কাজ করি আর রাতে ক্লাবে ওয়েটার। কোনো ছুটি নাই, জ্বর হইলেও ওই দিনের টাকা কাইটা নেয়। "
  "কাজ ছাড়তে চাইলে বলে তোর ভিসা ক্যান্সেল করুম না, থাকবি অবৈধ হইয়া")
F("labour_exploitation", "bn-Latn",
  "Vai 9 mash hoye gelo beton pai nai. sahab bole company loss e ache, order nai. khabar dey din e ekbar, khubus ar dal. "
  "amra 40 jon ek camp e, bathroom 2 ta. chole jete chaile bole age 9 mash er hisab chere diye jao")
F("labour_exploitation", "bn-Latn",
  "apa ami eksathe 2 ta baby ar 1 ta buri mohila dekhi, raate buri r room e floor e ghumai jate dorkar hole uthte pari. 24 ghonta duty. "
  "1 bochor e ekdin o off pai nai. madam bole tumi to kono kaj e koro na 🥲")
F("labour_exploitation", "en",
  "Sister we work 14-16 hours in order season, Friday also. Overtime they write only 2 hrs on the card. If anyone complain supervisor sends her to 'waiting room' "
  "without pay for days. 3 girls fainted on the line last week, they gave water and told them sit back")
F("labour_exploitation", "en",
  "CN 08/11 - Client (Irbid, garments, 2nd yr). Salary Jul-Oct unpaid; employer says wages are held 'as security' till contract ends so workers don't abscond. "
  "JOD 40/month deducted for food though contract says meals free. Approx 60 BD workers in same situation per client.")

# threats_and_coercion (7): bn 2, bn-Latn 3, en 2
F("threats_and_coercion", "bn",
  "থানায় যাওয়ার কথা আর একবার মুখে আনলে তোর ছোট বইনরেও আনমু। তোর বাপের চায়ের দোকান কই আমরা জানি। চুপচাপ কাজ কর, ৬ মাস পর নিজেই দেশে যাইবি")
F("threats_and_coercion", "bn",
  "ম্যাডাম বলে পালাইলে পুলিশে দিবে, চুরির কেস দিবে, বলবে আমি ওর সোনার চেইন চুরি করছি। আগের মেয়েটারে নাকি এমনেই জেলে দিছে, ৮ মাস জেল খাইটা দেশে গেছে")
F("threats_and_coercion", "bn-Latn",
  "kal raate Shahin vai chul dhore marse, lighter diye haat e chhaka dise karon ami customer er sathe jaite chai nai. "
  "bole porer bar mukhe acid dibe, tokhon keu dekhbe o na. apa amar haat er pic dilam")
F("threats_and_coercion", "bn-Latn",
  "Supervisor bole beshi kotha bolle absconding case diye dibe, taile police dhorbe, jail er por deport, jibone r Jordan e ashte parba na. "
  "union er naam nileo same. oi lok er number +962 78 604 1129",
  [("phone", "+962786041129")])
F("threats_and_coercion", "bn-Latn",
  "amake arekjon er kache bikri kore dise vai, 2 lakh rupee te. notun lok bole ekhon theke ami tar, taka shodh na howa porjonto kothao jabo na. "
  "palale amar ma ke Satkhira te giye dhorbe bolse")
F("threats_and_coercion", "en",
  "If u go to that NGO lady again I will send ur videos to ur husband and post in ur village FB group. U know I have them. Think about ur son before doing anything smart")
F("threats_and_coercion", "en",
  "they took us to the camp in desert side and said last girl who ran they left her there 2 days no water. after that nobody tried. "
  "Shirin's leg still not ok from when he kicked her")

# sexual_exploitation (8): bn 3, bn-Latn 2, en 3
F("sexual_exploitation", "bn",
  "প্রথম সপ্তাহ পার্লারেই রাখছিল। তারপর ম্যাডাম বলে কাস্টমারের হোটেলে গিয়া ম্যাসাজ দিতে হবে, ওইটাও পার্লারের কাজ। গিয়া বুঝছি কি কাজ। "
  "না করছি বলে তিন দিন খাবার দেয় নাই। এখন প্রতি রাতে ৩-৪ জন, টাকা সব ম্যাডামের হাতে")
F("sexual_exploitation", "bn",
  "কলকাতা না, ওরা আমারে পুনে আনছে। একটা বাড়িতে ১২টা বাংলাদেশি মেয়ে, সবাইরে হিন্দি নাম দিছে। দিনে রাতে খদ্দের আসে, টাকা সব মাসি নেয়, "
  "আমাদের হাতে খালি সাবান-শ্যাম্পুর টাকা")
F("sexual_exploitation", "bn",
  "নতুন মাল আসছে বাংলাদেশ থেকে, একদম ফ্রেশ, বাংলা বলে, হিন্দি বোঝে না 🔥 হোটেল ডেলিভারি, ফুল নাইট ৮০০০। রিয়েল পিক দিব, বুকিং শুধু হোয়াটসঅ্যাপে wa.me/919836142207",
  [("whatsapp", "+919836142207")])
F("sexual_exploitation", "bn-Latn",
  "dance bar e shudhu nachte hobe bolse chilo. ekhon bole customer jodi room e niye jete chay jete hobe, na gele fine 1000 dirham. "
  "protidin quota puron korte hoy, manager khata te likhe rakhe ke koto customer nilo")
F("sexual_exploitation", "bn-Latn",
  "Bhai Bangladeshi 3 ta new girl ache Ajman e, real pic dibo 100% genuine, in call out call 2 tai hobe. rate inbox e. "
  "booking er jonno amar manager ke msg koren +971.56.902.3318",
  [("phone", "+971569023318")])
F("sexual_exploitation", "en",
  "Madam said I must 'sit with' guests in VIP room and do whatever they want, tips all go to her. She keeps a notebook with each girl's count. "
  "last month my page had 94. if count is low she sends us to the apartment in Deira for 'extra shift'")
F("sexual_exploitation", "en",
  "CN 17/09 - Client (20, Jessore). Met 'Rakib' on Likee; nikah read by a kazi near Benapole, never registered. Crossed through Putkhali with a lineman, train to Bengaluru. "
  "Week 2 the 'husband' handed her to a spa owner; forced into commercial sex ~11 months until police raid. Repatriated via Benapole.")
F("sexual_exploitation", "en",
  "video call show tonight 11pm. the 2 bd girls in back room must be ready, camera on, makeup done, no crying like last time. customer already paid, dont waste my money")

# minors (8): bn 3, bn-Latn 3, en 2
F("minors", "bn",
  "মেয়ের বয়স ১৫ তো কি হইছে, পাসপোর্টে ২৫ হবে। জন্ম নিবন্ধন নাই? মায়ের এনআইডি ৬৮১২৪৫৯০৩৭ দিয়া অনলাইনে নতুন বানায় দিমু, ৫ হাজার এক্সট্রা। "
  "লেবাননে বাসার কাজ, মেয়ে ছোট হইলে ম্যাডামরা বেশি পছন্দ করে, কথা শুনে",
  [("bd_nid", "6812459037")])
F("minors", "bn",
  "তুমি ক্লাস নাইনে পড়ো তাতে কি, আমি তোমারে সত্যি ভালোবাসি 🥺 রাতে ভিডিও কলে আসো ক্যামেরা অন কইরা। এসএসসির আগেই তোমারে ইন্ডিয়া নিয়া বিয়া করমু, "
  "আব্বু আম্মুরে কিচ্ছু বলবা না, ওরা বুঝবে না আমাদের")
F("minors", "bn",
  "১৩-১৪ বছরের একটা মেয়ে লাগবে কলকাতার এক বাবুর বাসায়। থাকবে খাবে, মাসে ৫০০০ রুপি মায়ের কাছে পাঠাবে। বর্ডার পার আমাদের লোক করবে শাকারা দিয়া, কাগজ কিছু লাগবে না। "
  "গরিব ঘরের হইলে ভালো, ঝামেলা কম")
F("minors", "bn-Latn",
  "oi meye tar boyos 16, kintu dekhte boro lage. Mumbai er party te nibe. birth certificate e 19 dekhabo, Shyamnagar union parishad e amar lok ache. "
  "maa er NID 4617293058 diye form fill korbo, maa ke bolbo garments e kaj",
  [("bd_nid", "4617293058")])
F("minors", "bn-Latn",
  "ami class 8 e pori. TikTok e ek bhaiya bolse Dhaka te modeling contract dibe, tarpor Dubai te show. bolse kauke na bole kal Sayedabad bus counter e ashte, "
  "ticket o kete rakhse. amar ki jawa uchit apu?")
F("minors", "bn-Latn",
  "choto meye lagbe 15-17, kumari hoite hobe, Hyderabad er party. daam beshi pabi. Benapole diye pathaben, ager bar er moto. "
  "contact 0️⃣1️⃣9️⃣6️⃣2️⃣7️⃣4️⃣8️⃣1️⃣0️⃣5️⃣ shudhu imo te",
  [("phone", "+8801962748105")])
F("minors", "en",
  "Client's daughter (14) missing from Kalaroa since 02/10. Last chat on her phone, with 'Sumon' from Likee: 'dont bring anything just ur birth certificate, "
  "u will stay with my sister in Kolkata n work in her boutique, dont tell ammu'. Family says Sumon sent her 2k on bkash the week before.")
F("minors", "en",
  "need 2 more girls under 18 for Dubai madam, she pays double for young ones. make passport age 21, birth reg from union office as usual. "
  "find from tiktok side, poor family, Jessore Satkhira best")

# ---------------------------------------------------------------- hard negatives
# news (7 hard)
N("news", "bn",
  "যশোরের শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালালের স্বীকারোক্তি অনুযায়ী টিকটকে পরিচয়ের পর বিয়ের প্রলোভন দেখিয়ে "
  "তাদের বেনাপোলে আনা হয়েছিল। এ ঘটনায় মানব পাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "en",
  "Dhaka, Dec 3: Twelve Bangladeshi women who had worked in garment factories in Jordan's Al-Hassan Industrial Zone returned home yesterday after completing "
  "their three-year contracts, BMET officials said. Around 30,000 Bangladeshis, mostly women, work in Jordan's apparel sector.")
N("news", "bn",
  "লেবাননে অর্থনৈতিক সংকটে কাজ হারানো ৮৭ জন বাংলাদেশি নারী কর্মী আজ ভোরে হযরত শাহজালাল বিমানবন্দরে পৌঁছেছেন। দূতাবাসের উদ্যোগে তাদের বিমানভাড়া সরকার বহন করেছে, "
  "প্রত্যেককে ওয়েজ আর্নার্স কল্যাণ বোর্ড থেকে নগদ সহায়তাও দেওয়া হয়।")
N("news", "en",
  "RAB-6 arrests two in Khulna for trafficking women to Dubai with 'beauty parlour job' offers; four passports, three mobile phones and Tk 1.2 lakh seized. "
  "Victims' families said each paid Tk 3-4 lakh to the pair, RAB said in a press briefing.")
N("news", "bn",
  "দুবাইয়ে ড্যান্স বারে আটকে রেখে তরুণীদের যৌনকাজে বাধ্য করার মামলায় তিনজনকে যাবজ্জীবন কারাদণ্ড দিয়েছে ঢাকার মানব পাচার অপরাধ দমন ট্রাইব্যুনাল। "
  "রায়ে প্রত্যেককে পাঁচ লাখ টাকা জরিমানাও করা হয়।")
N("news", "en",
  "The tribunal framed charges against Rakib Hasan, 26, accused of luring a Satkhira teenager to Bengaluru through a Likee 'romance'. "
  "The defence sought bail, which was rejected. Next hearing on Jan 14.")
N("news", "bn-Latn",
  "Prothom Alo te dekhlam Jordan e minimum wage 5% barse, garments worker der jonno o applicable from January. bhalo khobor 👍 amar bon Irbid e ache, "
  "o o confirm korlo notice dise factory te")

# awareness (8 hard)
N("awareness", "bn",
  "সতর্ক থাকুন! টিকটক, লাইকিতে অচেনা কেউ বিয়ে বা ইন্ডিয়ায় চাকরির কথা বললে মেয়েকে একা ছাড়বেন না। সন্দেহ হলে নিকটস্থ থানায় বা ৯৯৯-এ কল করুন। "
  "— উপজেলা মহিলা বিষয়ক কর্মকর্তার কার্যালয়, কলারোয়া, সাতক্ষীরা")
N("awareness", "en",
  "Dubai 'parlour job' offers on Facebook for women on visit visa are very often fake. Ask the agency for its RL number, check it on the BMET site, "
  "and never hand your passport to an individual. Share this to save a sister 🙏")
N("awareness", "bn-Latn",
  "Forwarded as received: Bon ra, keu jodi bole 'free visa te Jordan/Lebanon pathabo, passport ar 50 hajar advance den' - oi dalal theke dure thakun. "
  "sorkari khoroch onek kom, Ami Probashi app e agency r license check koren, taka dile bank e diye receipt nin.")
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে পাসপোর্ট, ভিসা আর চুক্তিপত্রের ফটোকপি বাড়িতে রেখে যান, দূতাবাসের নম্বর মোবাইলে সেভ করুন। মালিক পাসপোর্ট আটকে রাখলে সেটা বেআইনি, "
  "সাথে সাথে দূতাবাসের শ্রম উইংকে জানান।")
N("awareness", "en",
  "Today's session at Debhata Girls' High School: 'Online friends and fake love'. We talked about how traffickers use TikTok and Likee, why never to cross "
  "the border with someone you met online, and who to call. 230 students joined, lots of brave questions from class 8-9 girls ❤️")
N("awareness", "bn-Latn",
  "Jumma r pore masjid theke announcement: gramer keu jodi meye ke India te biye dite chay, age UP chairman ar imam saheb ke janaben. "
  "bina kagoje border par kora oporadh, onek meye oi pare giye bikri hoye jay. sobai sotorko thakben")
N("awareness", "en",
  "Returned from Lebanon, Jordan or UAE and your employer didn't pay your wages? You may be able to claim compensation through the Wage Earners' Welfare Board. "
  "Free legal advice every Sunday 10-4 at our Mohammadpur office. Bring your passport and any chat screenshots.")
N("awareness", "bn",
  "ফেসবুকে 'লেবাননে হাউসকিপিং, বেতন ৫০০ ডলার, খরচ কম' টাইপ পোস্ট দেখলে কমেন্টে নিজের নাম্বার দিবেন না প্লিজ। আগে দেখেন এজেন্সির লাইসেন্স আছে কিনা, "
  "কাউরে অগ্রিম টাকা দিবেন না। শেয়ার করেন যাতে গ্রামের মেয়েরা দেখে।")

# official (6 hard)
N("official", "en",
  "M/s Al-Noor Overseas (RL-1427), BMET approved. Demand: 150 female sewing machine operators for Classic Fashion Apparel, Al-Hassan Industrial Zone, Irbid, Jordan. "
  "Salary JOD 260 + overtime, free accommodation and meals, 3-year contract, airfare by employer. Migration cost for workers: zero. "
  "Contact 01711-602390, CV to alnoor.overseas.rl1427@gmail.com",
  [("phone", "+8801711602390"), ("email", "alnoor.overseas.rl1427@gmail.com")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, বৈরুত - জরুরি বিজ্ঞপ্তি: লেবাননে অনিয়মিতভাবে অবস্থানরত বাংলাদেশি কর্মীরা বিনা জরিমানায় দেশে ফেরার জন্য ৩১ জানুয়ারি পর্যন্ত আবেদন করতে পারবেন। "
  "যাদের পাসপোর্ট নিয়োগকর্তার কাছে বা হারিয়ে গেছে, তাদের ট্রাভেল পারমিট দেওয়া হবে।")
N("official", "en",
  "BMET: Dear MST SHAHIDA AKTER, your emigration clearance for JORDAN is approved. Passport No EB0473912. Collect smart card from BMET Dhaka, counter 7, "
  "by 12/12/2026. Ami Probashi.",
  [("bd_passport", "EB0473912")])
N("official", "bn-Latn",
  "Licensed agency RL-0893: Dubai hospital cleaner (female) 35 jon. Beton 1500 AED + food, duty 8 ghonta, soptahe 1 din off. Khoroch sorkar nirdharito, "
  "kono dalal er sathe lenden korben na. Office: Purana Paltan. WhatsApp: wa.me/8801819253874",
  [("whatsapp", "+8801819253874")])
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ। বিদেশগামী কর্মীরা জামানত ছাড়া ২ লাখ টাকা পর্যন্ত ঋণ নিতে পারবেন, সহজ কিস্তিতে পরিশোধ। "
  "আবেদনের সাথে ভিসা, বিএমইটি ছাড়পত্র ও এনআইডি-র কপি জমা দিন। কোনো দালালের মাধ্যমে আবেদন গ্রহণ করা হয় না।")
N("official", "en",
  "Bangladesh Police: Your Police Clearance application PCC-2026-884120 is ready. Passport No: A05829317. Download from the PCC portal or collect from DMP SB office.",
  [("bd_passport", "A05829317")])

# receipt (7 hard)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712884305. Ref ammar oshudh. Fee Tk 0.00. Balance Tk 27,431.50. TrxID BKJ4R8N2VX at 04/12/2026 19:42",
  [("phone", "+8801712884305"), ("mfs_transaction", "BKJ4R8N2VX")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01876552091 Ref: Jordan salary Nov TxnID: 74KQ2D8M Balance: Tk 12540.22 05/12/2026 10:15",
  [("phone", "+8801876552091"), ("mfs_transaction", "74KQ2D8M")])
N("receipt", "bn",
  "আপনি ০১৯১৫৩৩৮২৪৭ নাম্বার থেকে ৳৮,০০০.০০ পেয়েছেন। রেফারেন্স: মেয়ের বিয়ের বাজার। ফি ৳০.০০। ব্যালেন্স ৳৯,২১০.৫০। TrxID BKL7W3P5QZ সময় ০২/১২/২০২৬ ২১:০৫",
  [("phone", "+8801915338247"), ("mfs_transaction", "BKL7W3P5QZ")])
N("receipt", "en",
  "Dear Customer, BDT 68,450.00 foreign remittance credited to A/C ***4417 from AL ANSARI EXCHANGE, DUBAI. Sender: RAHIMA KHATUN. Incl. 2.5% govt incentive. "
  "Thank you for using legal channel. -Sonali Bank")
N("receipt", "en",
  "MONEY RECEIPT No. 0417. Rahman Travels & Overseas (RL-1193). Received from Mst. Parul Begum, Passport No. EF1284550, NID 7813920465, Tk 79,000 (seventy-nine thousand) "
  "as migration cost for Jordan (garments) as per govt schedule, paid by bank deposit. Authorised signature.",
  [("bd_passport", "EF1284550"), ("bd_nid", "7813920465")])
N("receipt", "bn-Latn",
  "apa court fee r photocopy er taka ta pathaisi, 1500 tk, TrxID BKM2T6H9RA. vakalatnama te sign kore kal office e diye ashbo inshallah",
  [("mfs_transaction", "BKM2T6H9RA")])
N("receipt", "en",
  "Cash-In from A/C: ***7802 Tk 3,000.00 Fee: Tk 0.00 Balance: Tk 3,112.40 TxnId: 3849201755 Date: 01-DEC-26",
  [("mfs_transaction", "3849201755")])

# family (7 hard)
N("family", "bn-Latn",
  "Ammu passport office e kal fingerprint dite hobe, NID ar birth certificate original niye aisho. Dubai te Rina apur kache 10 diner jonno ghurte jabo inshallah, "
  "return ticket kete felsi, visit visa o apply done")
N("family", "bn",
  "আব্বা, জর্ডানের বেতন পাইছি, ২৫০ দিনার। ১৮০ পাঠাইলাম তোমার নগদে, দেইখা নিও। আমার জন্য চিন্তা কইরো না, ফ্যাক্টরিতে ভালো আছি, শুক্রবার ছুটি, "
  "বান্ধবীরা মিলা মার্কেটে যাই।")
N("family", "en",
  "Bhabi the groom's family asked no dowry, only want nikah registered properly at kazi office. Boy works in Dubai, has proper residency visa, coming in Feb. "
  "Please send Mitu's NID copy and 2 photos, they want to see before engagement")
N("family", "bn",
  "আম্মা, নাদিয়ার টিকটক আইডিটা আমি private কইরা দিছি, অচেনা কেউ ম্যাসেজ দিলে আমারে দেখাইতে বলছি। আজকাল বর্ডার দিয়া মেয়ে নিয়া যাওয়ার কত খবর, "
  "একটু খেয়াল রাইখেন ও রাতে ফোন নিয়া কার সাথে কথা বলে")
N("family", "bn-Latn",
  "Bhaia kisti r taka ta ei mashe ektu deri hobe, Lebanon e bank e dollar tulte dicche na, Shirin bolse Western Union e next week pathabe. tension korio na, o bhalo ache")
N("family", "en",
  "Ma reached Amman safe alhamdulillah 🙏 company bus came to airport, dorm room for 4 girls with AC and wifi also. tomorrow medical then work starts Sunday. "
  "will video call after isha")
N("family", "bn",
  "খালা, রুমার জন্য ফেসবুকের এক ছেলের প্রস্তাব আসছে, ইন্ডিয়া থাকে বলে। আমি বলছি আগে ছেলের বাবা-মা আমাদের বাড়িতে আসুক, তারপর কথা। "
  "আর মেয়ে এখনো ১৭, এখন কোনো বিয়া না, আগে এইচএসসি।")

# worker_content (7 hard)
N("worker_content", "bn-Latn",
  "Alhamdulillah 2 bochor shesh holo Jordan e. overtime soho ei mashe 410 dinar paisi. company bhalo, khabar o thik ache. amar line er sob apu ra Bangladeshi 😊 #garmentslife")
N("worker_content", "bn",
  "দুবাইয়ে পার্লারে ৩ বছর হইলো। ভিসা কোম্পানির, ছুটি সপ্তাহে একদিন, কাস্টমার বেশি হইলে টিপস ভালো পাই। যারা পার্লারের কাজ পারে আর লাইসেন্স করা এজেন্সি দিয়া আসবে "
  "তাদের জন্য ভালো জায়গা, তবে ভিজিট ভিসায় আইসেন না।")
N("worker_content", "en",
  "ugh this week 2 hrs overtime every day bcz of the US shipment. at least OT is paid 125%, slip came today. feet hurting, need a day off so bad 😩")
N("worker_content", "bn-Latn",
  "Lebanon e amar madam khub bhalo, ami tader bachcha ke Bangla shikhai 😂 mashe mashe beton dey, passport amar kache e thake. 2 mash por chuti te deshe ashbo")
N("worker_content", "bn",
  "আজকে সুপারভাইজার বকা দিছে লাইনে দেরি করছি বইলা, মনটা খারাপ। তয় বেতন ঠিকমতো দেয়, ওভারটাইমের টাকাও কাটে না, এইটাই শান্তি।")
N("worker_content", "en",
  "Dance teacher at a kids academy in Dubai, 4 yrs now. people in village think 'dance in Dubai' means something bad lol. I teach 6-10 yr olds ballet n kathak, "
  "Friday off 💃 follow @nupur.dance.dxb for class videos",
  [("instagram", "@nupur.dance.dxb")])
N("worker_content", "bn-Latn",
  "TikTok e amar sewing video viral 😅 Irbid er factory te ki vabe collar lagai seta dekhaisi. keu chaile inbox e janben kon agency diye ashsi, RL number dibo, "
  "dalal er kache jaben na")

# joke (3 hard)
N("joke", "bn-Latn",
  "Bou: tumi Dubai jaba? Ami: na. Bou: keno? Ami: giye jodi dekhi parlour er apu ra tomar cheye sundor... 🤣🤣 ekhon ami 3 din dhore ranna ghore atke achi, passport o bou er kache")
N("joke", "bn",
  "বস বলে আজকে ওভারটাইম করো, টাকা পরে দিমু। আমি: ভাই আপনি কি কফিল নাকি? 😂 বেতন না দিলে আমিও আপনার নামে হুরুব দিমু")
N("joke", "en",
  "my mom confiscated my phone bcz of tiktok, this is basically human rights violation 😭 someone call the UN, I am being held against my will in my own room")

# chatter (5 hard)
N("chatter", "en",
  "Reminder: Rupa's hearing at Nari o Shishu tribunal moved to 14 Jan. pls collect her NID copy and the BMET contract before that. "
  "also check if Jordan embassy labour wing replied re the unpaid wage claim")
N("chatter", "bn-Latn",
  "Apa Benapole theke 6 jon girl er repatriation hocche kal, IOM ar BGB handover. amader 2 jon lawyer Jessore shelter e thakbe, car booking korsi, "
  "GD copy gula ke niye jabe confirm koren")
N("chatter", "bn",
  "দোস্ত লাইকিতে যে ভাইয়াটা গান গায় উনি আসলে ইন্ডিয়ান, বর্ডারের ওপারে বনগাঁয় বাড়ি, কী সুন্দর গায় 😍 ফলো দিও, কালকে লাইভে আসবে")
N("chatter", "en",
  "anyone know a good agency for Malaysia student visa? my cousin wants to do masters, agent is asking 1.2 lakh processing fee, is that normal?")
N("chatter", "en",
  f"bro finally bought some USDT on Binance P2P, rate 124. moving it to my own wallet {ETH1}, dont laugh if it dumps tomorrow 😂",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- easy negatives
# 10 easy negatives
N("chatter", "bn-Latn", "kal office e ashben? Farmgate e onek jam, ami 10 tar pore pouchabo", hard=False)
N("chatter", "en", "Team lunch on Thursday at Star Kabab, pls confirm by tmrw 🙂", hard=False)
N("chatter", "bn", "আজকে বৃষ্টি থামবে না মনে হয়, ছাতা নিয়া বের হইও", hard=False)
N("family", "bn-Latn", "Ammu biriyani r jonno khashi r mangsho kinbo naki murgi? Nanu ashbe rate", hard=False)
N("family", "en", "Happy birthday Chotu!! 🎂 May Allah bless you, study hard and eat less chips", hard=False)
N("receipt", "en", "Your recharge of Tk 199 is successful. 15GB internet pack valid for 30 days has been activated.", hard=False)
N("joke", "bn", "শিক্ষক: বলো তো পৃথিবী গোল কেন? ছাত্র: স্যার, চ্যাপ্টা হইলে তো ম্যাপ ভাঁজ করতে সুবিধা হইত 😂", hard=False)
N("joke", "bn-Latn", "biye r por mama bolse 'jibone shanti chao? tahole r biye koro na' 😂😂 ekhon bole deri hoye gese", hard=False)
N("worker_content", "en", "First day at the new office in Gulshan, boss seems nice, canteen food is ok, commute is a nightmare though", hard=False)
N("news", "bn", "আগামীকাল ঢাকাসহ দেশের বিভিন্ন স্থানে হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা রয়েছে, তাপমাত্রা কিছুটা কমতে পারে।", hard=False)


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
    random.Random(55).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev55-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
