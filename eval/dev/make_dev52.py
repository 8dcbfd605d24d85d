#!/usr/bin/env python3
"""Blind dev set dev52: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a protection officer in the Rohingya camps of Ukhia and Teknaf and on Bhasan Char: camp brokers, marriages promised in Malaysia, boat trips, ransom from jungle camps paid through bKash agents and hundi. Held out from round 8 of issue 15 and scored
only in aggregate: at its start, after the lead's first precision pass, and at its end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev52.jsonl: 120 hand-written blind evaluation items for evidtriage.

Persona: protection officer, Rohingya camps (Ukhia/Teknaf), Bhasan Char, host-community cases.
Written without sight of the detector.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev52.jsonl"
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version: int, payload: bytes) -> str:
    data = bytes([version]) + payload
    data += hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def seed20(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()[:20]


BTC = b58check(0x00, seed20("dev52-btc-1"))
TRON = b58check(0x41, seed20("dev52-tron-1"))
ETH = "0x" + hashlib.sha256(b"dev52-eth-1").hexdigest()[:40]


def P(num: str) -> dict:
    """BD number as typed -> phone entity in E.164."""
    d = re.sub(r"\D", "", num.translate(BN_DIGITS))
    if d.startswith("880"):
        d = d[3:]
    if d.startswith("0"):
        d = d[1:]
    return {"type": "phone", "value": "+880" + d}


def F(num: str, typ: str = "phone") -> dict:
    """Foreign number already with country code."""
    d = re.sub(r"\D", "", num.translate(BN_DIGITS))
    return {"type": typ, "value": "+" + d}


def WA(num: str) -> dict:
    d = re.sub(r"\D", "", num)
    if d.startswith("0"):
        d = "88" + d
    return {"type": "whatsapp", "value": "+" + d}


def E(t, v):
    return {"type": t, "value": v}


ITEMS = []


def flag(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))


def ok(voice, script, text, hard=True, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ---------------------------------------------------------------- FLAG items
C = "recruitment_deception"
flag(C, "bn", "আপা মালয়েশিয়াতে ছেলে ঠিক করা আছে, ভালো ঘর, ছেলে দোকান চালায়। মাইয়ার খালি একটা ছবি আর বয়স পাঠান। যাওয়ার খরচ ছেলের পক্ষ দিবো আপনাদের এক টাকাও লাগবো না। কাউরে জানাইয়েন না, ব্লকের লোকজন ঝামেলা করে")
flag(C, "bn", "ভাই কক্সবাজার এর এক হোটেলে কাজ, মাসে ২৫ হাজার থাকা খাওয়া ফ্রি। ক্যাম্প থেকে বাইর হওয়ার ব্যবস্থা আমরা করমু, কোনো কাগজ লাগবো না। আজ রাইতেই গাড়ি, ২ জন লাগবো শুধু। ০১৮৪৫-৩২৭৯১০",
     [P("০১৮৪৫-৩২৭৯১০")])
flag(C, "bn", "ম্যাডাম কইছে দুবাইয়ের বিউটি পার্লার, কাজ উনারা শিখাই দিবো, মাসে ৮০ হাজার। আমি কইলাম আমার তো কোন experience নাই উনি কয় লাগবো না দেখতে ভালো হইলেই চলবো 🙂 আম্মারে এখনো কই নাই")
flag(C, "bn-Latn", "malaysia te boat e gele 7 din lage tarpor sorasori company te kaj. beton 1500 ringgit. aage kono taka lagbe na kaj kore shodh diben. shamlapur ghat theke rat 2 tay. amar imo 01632 418 557 e call den",
     [P("01632 418 557")])
flag(C, "bn-Latn", "bhaijan apnar jhi re lai ekkan bala ghor ase KL ot, fuwa bideshi company t chakri gore, bia dile maiyar kopal khuli jaibo. kharcha sob fuwar dikthun. tarataari goijjon, aar ekjon family o rajii ase")
flag(C, "bn-Latn", "Saudi free visa ase 6 ta, okhane giye ja kaj paben korben kafil kisu bolbe na, mashe 60-70 hajar income guaranteed. medical ticket sob amra. wa.me/8801923650184 e sudhu passport er chobi pathan",
     [WA("8801923650184")])
flag(C, "en", "Sister dont worry the job in Kuala Lumpur is in a restaurant kitchen, 2000 RM monthly, room free. we arrange everything even documents, u dont need passport we have our own way. send ur photo to kljobs.recruit2026@gmail.com and be ready thursday night near the D-4 market",
     [E("email", "kljobs.recruit2026@gmail.com")])
flag(C, "en", "URGENT hiring girls 18-25 housemaid Jeddah, very good family, 1200 riyal, NO COST to you visa+ticket free!! no need to tell the office, we do it fast. inbox or telegram t.me/gulf_kaj_bd22",
     [E("telegram", "@gulf_kaj_bd22")])

C = "fees_and_debt"
flag(C, "bn", "মালয়েশিয়া পৌঁছানোর পরে প্রথম ছয় মাসের বেতন আমরা রাখমু, ঐটা নৌকা ভাড়া আর খাওয়া। রাজি থাকলে কন, নাইলে লাইনে আরো লোক আছে")
flag(C, "bn", "আব্বা ওরা বলতেছে আরো ১ লাখ ৭০ হাজার বাকি, যতদিন না দেই ততদিন এইখানে কাজ করা লাগবো। আমি তো ৩ লাখ দিছিলাম জমি বন্ধক রাইখা, এখন কয় ঐটা তো খালি ভিসার টাকা ছিল")
flag(C, "bn", "সমিতি থেকে ৮০ হাজার তুলছি কিস্তি প্রতি সপ্তাহে। দালাল ভাই কয় ভিসা আসতে আরো ৪০ লাগবো, না দিলে আগের টাকাও ফেরত পাওয়া যাইবো না। কি করমু বুঝতেছি না")
flag(C, "bn-Latn", "tomar khorcha hoise 3 lakh 20 hajar, ekhon porjonto shodh 90 hajar. protimash beton theke 70% kete rakha hobe jotodin na pura hoy. passport BX4410276 amar kase thakbe oi somoy, chinta koiro na",
     [E("bd_passport", "BX4410276")])
flag(C, "bn-Latn", "ami to majhi re aage 50 hajar dilam ekhon koy notun rate 1 lac 20. baki ta na dile boat e uthaite dibo na ar jeta dilam oita o ferot nai. amma gohona becha lagbo mone hoy")
flag(C, "bn-Latn", "Bhai processing 4.5 lac, advance 2 lac ajkei. taka na thakle somossa nai amader loker kach theke sud e nen, okhane giye kaj kore shodh diben. apnar NID 8234517690 diye form fill kore dilam",
     [E("bd_nid", "8234517690")])
flag(C, "en", "he said the fee is 6 lakh and when i asked about the govt rate 79 thousand he laughed, said that paper rate nobody gets. mama sold the cow and took loan from the NGO, still 2 lakh short")
flag(C, "en", "ur food and bed here is 300 RM a week, it goes on what u owe. so far u owe 4800. nobody leaves till its zero")

C = "payments_and_proceeds"
flag(C, "bn", "পোলারে ছাড়াইতে হলে ২ লাখ ৫০ হাজার পাঠান এই বিকাশ এজেন্ট নাম্বারে ০১৭৬৪৮২৯০৩১, তিন ভাগে পাঠাইবেন, রেফারেন্সে কিছু লেখবেন না। টাকা পৌছাইলে পোলার লগে কথা কওয়াই দিমু",
     [P("০১৭৬৪৮২৯০৩১")])
flag(C, "bn", "হুন্ডির লোক টেকনাফ বাজারে বসে, আমার নাম কইলেই হবে। রিঙ্গিত ঐখানে টাকায় দিয়া দিবো। মেয়েগুলার ভাগের টাকা কোনভাবেই ব্যাংকে পাঠাবি না")
flag(C, "bn-Latn", "Taka ta ek number e pathaio na, 15 hajar kore kore alada number e den. 01583-902117 ar 01978-440263, 2nd ta nagad. sob gula ek din e dile dhora porbe",
     [P("01583-902117"), P("01978-440263")])
flag(C, "bn-Latn", "apnar puar lai kotha koite caile ajiya rait bitore 3 lakh bkash agent ot diyon. number 01849 117 306 personal, cash in goijjon. deri goille thai jongol ot bechi dibo",
     [P("01849 117 306")])
flag(C, "en", "last nite 4 girls delivered, 60k each. ur share 40k sent by bkash TrxID BK4MZ8Q2LD check it. next batch before ramzan, same arrangement",
     [E("mfs_transaction", "BK4MZ8Q2LD")])
flag(C, "en", f"Pay 1500 USDT before friday. TRC20 {TRON} or ERC20 {ETH}. after that no talk, he goes on the next boat. no bank no police, only crypto",
     [E("tron_address", TRON), E("eth_address", ETH)])
flag(C, "en", f"bro send the money for the teknaf girls to this BTC {BTC} our ctg guy will convert. last time bkash account got blocked so dont use it",
     [E("btc_address", BTC)])

C = "isolation_and_control"
flag(C, "bn", "আম্মা আমারে একটা ঘরে রাখছে বাইরে থেকে তালা। ফোন নিয়া গেছে এইটা এক আন্টির ফোন দিয়া লুকাইয়া লিখতেছি। কাউরে ফোন দিয়েন না তাইলে আমারে মারবো")
flag(C, "bn", "ভাই কাগজপত্র সব মালিকের কাছে, আমরা বাইরে যাইতে পারি না, কারখানার পিছনের কন্টেইনারে ঘুমাই। কোন জায়গায় আছি তাও জানি না খালি জানি জহোর এর দিকে")
flag(C, "bn-Latn", "ore camp er kono manush er sathe kotha bolte diba na. ma baba call dile bolba busy. sim ta vaingga falaiso? noile ami aisha vangmu")
flag(C, "bn-Latn", "bhaiya amra 11 jon ek ghore, dorja bair theke lock. din e 1 bar khole. kisu bujhtesi na kon desh keu bole thai keu bole malay. amar number e call dio na ei msg ta delete kore dio")
flag(C, "en", "they keep our passports in the office safe 'for safekeeping'. cant leave dorm after 8pm and supervisor checks our phones every night. i delete all my msgs to u before sleep")
flag(C, "en", "once she crosses cut her off from family. no calls first 2 weeks tell them network problem. keep her card and papers with u, she dont need them")
flag(C, "en", "New girls no phone for first month. they talk to home only in front of us on loudspeaker, and we tell them before what to say. Same rule for the Bhasan Char ones")

C = "labour_exploitation"
flag(C, "bn", "৮ মাস হইলো একটা পয়সাও দেয় নাই, কয় কোম্পানির লস। দিনে ১৪-১৫ ঘন্টা ইট টানি, এক বেলা ভাত দেয়। জ্বর হইলেও ছুটি নাই")
flag(C, "bn", "মালিক কয় ইকামা পরে করবো, এখন বাইরে গেলে পুলিশে ধরবো। ১১ মাস ধইরা খামারে ছাগল চরাই, মাসে ৩০০ রিয়াল দেওয়ার কথা, পাই নাই। আমার নাম্বার +966 55 318 2047 ভাই কাউরে দিয়েন",
     [F("+966 55 318 2047")])
flag(C, "bn-Latn", "bhai fishing boat e amra 20 jon, 3 mash hoye gese kul e namte dey na. ghum 4 ghonta. betan er kotha jiggesh korle mair. ek jon pani te pore gese tare ar khuje nai")
flag(C, "bn-Latn", "ami sokal 5 ta theke rat 1 ta porjonto basar kaj kori, 3 ta basay. madam bole tomar beton tomar dalal ke dei. ami ekta riyal o chokhe dekhi nai")
flag(C, "en", "we were told construction 8 hours. its 16 hours in the palm oil estate, no gloves no off day. when Karim cut his leg they made him keep working. pay is 'next month' since march")
flag(C, "en", "kaj is vegetable picking, even at night, no off day. they said 1500 RM, in hand we get 400, rest is 'hostel cost'. we dont have permit or anything so cant complain")
flag(C, "en", "Need 10 boys for poultry farm Gazipur. no pay first 3 months (training), only food. no leaving before 1 year or deposit is gone. boys from camp ok")

C = "threats_and_coercion"
flag(C, "bn", "তোর মায়েরে কইস যদি থানায় যায় তাইলে তোর ভাইয়ের লাশ নাফ নদীতে ভাসবো। আমরা জানি তোরা কোন ব্লকে থাকস")
flag(C, "bn", "বেশি কথা কইলে তোরে পুলিশে দিয়া দিমু, তোর কাছে তো কোনো কাগজ নাই, রোহিঙ্গা বুঝলি? জেলে পচবি সারা জীবন")
flag(C, "bn", "আমাকে মারে আপু বেল্ট দিয়ে। বলে পালানোর চেষ্টা করলে আমার ছোট বোনটারেও নিয়ে আসবে। প্লিজ কিছু একটা করেন")
flag(C, "bn-Latn", "tui jodi ar ekbar palanor chesta koros tor ma re video ta pathamu. mone rakhish tor sob chobi amar phone e ase")
flag(C, "bn-Latn", "ajke raat er moidde taka na dile kal shokale tor pola r ekta angul pathamu. ei number e call dibi +66 81 234 7790, 2 din por ar kono call asbe na",
     [F("+66 81 234 7790")])
flag(C, "bn-Latn", "tui jodi NGO r mainsher lai kotha hos tor bap re camp ottun uthai loi jaiyum. iyan mone rakhis")
flag(C, "en", "If you talk to the UNHCR lady again we will know. Your husband is still with us on the boat remember that.")
flag(C, "en", "my kafeel said if i go to embassy he will file absconding case and i will go jail. also he will tell my family i ran away with a man")

C = "sexual_exploitation"
flag(C, "bn", "নতুন মাল আসছে চট্টগ্রামে 🔥 ১৯-২২, রোহিঙ্গা + লোকাল। আগ্রাবাদ হোটেল, ঘন্টা ৩ হাজার রাত ১২। বুকিং ইনস্টা @ctg_rose.queen",
     [E("instagram", "@ctg_rose.queen")])
flag(C, "bn", "ও আপা ওরা আমারে বিয়ার কথা বইলা আনছে কিন্তু এইখানে প্রতি রাইতে আলাদা আলাদা লোক আসে। না কইলে খাওন বন্ধ। আমি বাড়ি যাইতে চাই")
flag(C, "bn", "বসের মেহমান আসবো আজকে, তুই সুন্দর কইরা সাজবি, যা কয় তাই করবি। খুশি করতে পারলে তোর হিসাব থেকে এই মাসে কাটা হইবো না")
flag(C, "bn-Latn", "fresh girl ase bhai new from camp, sundor, kotha kom bole. full nite 8k short 3k. location Kolatoli, pic er jonno telegram e @coxs_night_vip",
     [E("telegram", "@coxs_night_vip")])
flag(C, "bn-Latn", "madam bolse spa te massage er kaj, kintu ekhane customer er sathe room e jaite hoy. na gele bole tui to dalal er taka shodh koros nai, taka tul age")
flag(C, "bn-Latn", "amar chachato bon ke KL e biye dibe bole nise, ekhon shuni se ekta flat e onek meye er sathe, chele ra ashe jay. phone dile khali kanna kore kisu bole na")
flag(C, "en", "VIP escort Dubai, Bangladeshi & Rohingya models, new arrivals every month, 100% discreet. whatsapp wa.me/971554082197",
     [WA("971554082197")])
flag(C, "en", "the girl u sent from teknaf, client wants her whole week in the apartment, pays 40k. if she asks tell her its housekeeping")

C = "minors"
flag(C, "bn", "মাইয়ার বয়স ১৪ তো কি হইছে, পাসপোর্টে ১৮ বানাই দিমু, জন্মনিবন্ধন আমাদের লোক করে। আগে ঢাকায় বাসার কাজ পরে সৌদি")
flag(C, "bn", "ছোট মেয়ে দরকার ১২-১৩ বছর, বাসার কাজ আর বাচ্চা দেখবে। মাসে ২ হাজার মা বাবারে দিয়া দিমু, মেয়ে আমাদের কাছেই থাকবো বাড়ি যাওয়া লাগবো না")
flag(C, "bn-Latn", "15 bosor er maiya malaysia biya, jamai er boyos 40 kintu taka wala. maiyar baap rajii, tui kisu koris na, kagoj e boyos 19 lekha hoibo")
flag(C, "bn-Latn", "ekta 10-11 bochorer pola lagbo hotel e, thala bashon maja, raite hotel ei ghumaibo. beton ditam na, khaowa thaka free. baap ma re kichu dimu eid e")
flag(C, "en", "my brother is 13, the man who put him on the boat dont pick up phone now. he said rubber garden job in malaysia. we dont know where he is, its been 40 days")
flag(C, "en", "Looking for young girls 13 to 16 for 'modelling' in Chittagong. parents get 50,000 advance. no age proof needed, we handle docs. call 01856-772031",
     [P("01856-772031")])
flag(C, "en", "the boy is only 12, works in the shutki drying yard in Nazirartek from 4am and the man keeps his wages 'for the family'. he wants to go back to camp but man says father already took the money")

# ---------------------------------------------------------------- hard negatives
V = "news"
ok(V, "bn", "টেকনাফের শাহপরীর দ্বীপ উপকূল থেকে মালয়েশিয়াগামী একটি ট্রলার থেকে ৫৮ জন রোহিঙ্গাকে উদ্ধার করেছে কোস্টগার্ড। এ সময় দুই দালালকে আটক করা হয়। উদ্ধারকৃতদের মধ্যে ২১ জন নারী ও ১৪ জন শিশু।")
ok(V, "bn", "মানবপাচার মামলায় উখিয়ার এক দালালকে ১০ বছরের সশ্রম কারাদণ্ড দিয়েছে কক্সবাজারের মানবপাচার অপরাধ দমন ট্রাইব্যুনাল। তিন কিশোরীকে চট্টগ্রামে বিক্রির অভিযোগ প্রমাণিত হয়েছে বলে জানান রাষ্ট্রপক্ষের আইনজীবী।")
ok(V, "bn", "ভাসানচর থেকে পালিয়ে নোয়াখালী হয়ে চট্টগ্রাম যাওয়ার পথে ১২ রোহিঙ্গাকে আটক করেছে পুলিশ। তাদের আবার ভাসানচরে ফেরত পাঠানো হয়েছে বলে জানিয়েছে এপিবিএন।")
ok(V, "en", "RAB-15 arrests 3 over ransom from Rohingya families; victims were held in a jungle camp in Myanmar and money was sent through bKash agents in Teknaf, the battalion commander told a press briefing.")
ok(V, "en", "Malaysian maritime agency intercepts boat carrying 140 Rohingya off Langkawi; UNHCR calls for safe disembarkation and access to asylum.")
ok(V, "bn-Latn", "khobor e dekhlam shamlapur theke boat dhorse, 40 jon ke uddhar korse majhi palay gese. alhamdulillah amader block er keu nai")

V = "awareness"
ok(V, "bn", "সতর্কতা: বিদেশে বিয়ে বা চাকরির লোভ দেখিয়ে কেউ যোগাযোগ করলে ক্যাম্পের CiC অফিস বা প্রোটেকশন ডেস্কে জানান। কাউকে টাকা বা মেয়ের ছবি দিবেন না। নৌকায় সাগর পাড়ি দেওয়া জীবনের ঝুঁকি।")
ok(V, "bn", "পাসপোর্ট কখনো দালালের কাছে জমা রাখবেন না। সরকার নির্ধারিত খরচের বেশি কেউ চাইলে বিএমইটিতে অভিযোগ করুন। রশিদ ছাড়া কাউকে কোনো টাকা দিবেন না।")
ok(V, "bn-Latn", "Shobai shunen, keu jodi bole Malaysia te biye dibe meye ke boat e pathan, bishshash korben na. gotobochor koto jon sagore mara gese. kono somossa hole protection desk e ashen, block majhi ke o janan")
ok(V, "bn-Latn", "Ransom er call ashle bhoy paben na, taka pathanor age police ar UNHCR er sathe kotha bolen. bkash agent er number e taka dile o onek somoy manush ferot ashe na")
ok(V, "en", "Your documents belong to you. No employer may keep your passport. If someone asks you for money to 'release' a family member, report it to APBn or the protection focal point in your camp. Services are free and confidential.")
ok(V, "en", "Thinking of going by boat? Know the facts: last year hundreds died or went missing in the Andaman Sea. Brokers lie about the journey and the job. Talk to a protection volunteer first. - Protection Working Group, Cox's Bazar")

V = "official"
ok(V, "bn", "মালয়েশিয়ায় কর্মী প্রেরণ: সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সিকে অর্থ প্রদানের পর রশিদ নেওয়া বাধ্যতামূলক। বিস্তারিত জানতে জেলা কর্মসংস্থান ও জনশক্তি অফিসে যোগাযোগ করুন।")
ok(V, "bn", "ক্যাম্প ১৫ এর বাসিন্দাদের জ্ঞাতার্থে: ভাসানচরে স্থানান্তরে ইচ্ছুক পরিবার আগামী বুধবারের মধ্যে ব্লক অফিসে নাম দিন। স্থানান্তর সম্পূর্ণ বিনামূল্যে, কোনো মাঝি বা দালালকে টাকা দিবেন না। — সিআইসি, ক্যাম্প ১৫")
ok(V, "en", "High Commission of Bangladesh, Kuala Lumpur: workers whose employers are holding their passports may contact the Labour Wing for assistance. Bring a copy of your work permit. Service is free of charge. Email: labourwing.kl@probashi-help.org",
   ents=[E("email", "labourwing.kl@probashi-help.org")])
ok(V, "en", "Cash-for-Work: Camp 4 Extension drain cleaning, 12 workers needed, Tk 400/day for 10 days. Payment at the distribution point. No fee is charged for selection; report anyone asking for money to the Site Management office.")
ok(V, "en", "BMET notice: female domestic workers to Saudi Arabia must not be charged any migration cost. The employer bears visa, air ticket and medical. Register only through the Ami Probashi app or your DEMO office.")
ok(V, "bn-Latn", "Ami Probashi app e registration er por smart card ashbe, fingerprint er jonno DEMO office e jaben. sorkari fee 200 taka bank e joma diben, karo hate na. - Upazila Probashi Kallyan Desk, Ukhia")

V = "receipt"
ok(V, "en", "You have received Tk 4,500.00 from 01712345608. Ref Eid. Fee Tk 0.00. Balance Tk 6,210.50. TrxID CK41PZ7QMA at 12/03/2026 18:44",
   ents=[P("01712345608"), E("mfs_transaction", "CK41PZ7QMA")])
ok(V, "en", "Money Received. Amount: Tk 2000.00 Sender: 01897654312 Ref: school fee TxnID: 7HD2KQ9X Balance: Tk 2350.00 12/01/2026 09:15",
   ents=[P("01897654312"), E("mfs_transaction", "7HD2KQ9X")])
ok(V, "en", "Cash Out Tk 10,000.00 to 01822904617 successful. Fee Tk 185.00. Balance Tk 312.40. TrxID DA93KF0LWE at 02/02/2026 14:03",
   ents=[P("01822904617"), E("mfs_transaction", "DA93KF0LWE")])
ok(V, "en", "Cash-In from A/C: ***7342 Tk 3,000.00 Fee: Tk 0.00 Balance Tk 3,120.00 TxnId: 4418203966 Date: 03-Jan-26",
   ents=[E("mfs_transaction", "4418203966")])
ok(V, "bn", "আপনি ০১৯৩৪৫৬৭৮২১ নম্বর থেকে ৳১৫,০০০.০০ গ্রহণ করেছেন। ফি ৳০.০০। ব্যালেন্স ৳১৫,৮৪০.২৫। TrxID CL5RT2HW8P ১৪/০৪/২০২৬ ১১:২০",
   ents=[P("০১৯৩৪৫৬৭৮২১"), E("mfs_transaction", "CL5RT2HW8P")])
ok(V, "bn-Latn", "bhai taka pathaisi dekhen TrxID BH2X9MZQ4T, 8000 tk, ammar oshuder jonno. paile janaio",
   ents=[E("mfs_transaction", "BH2X9MZQ4T")])

V = "worker_content"
ok(V, "bn-Latn", "Assalamualaikum bondhura aj amar Malaysia te 3 bosor purno holo 🙏 company valo, beton time moto dey, overtime o pai. passport nijer kache thake. jara ashte chan legal vabe ashen dalal er kothay na")
ok(V, "bn-Latn", "Riyadh e duty shesh kore room e ashlam, aj 4 ghonta overtime. kafil valo manush, iqama renew hoye gese alhamdulillah. video valo lagle share diben")
ok(V, "bn-Latn", "Dubai te delivery r kaj korle mashe koto income? aj full hishab dilam: salary 1800 AED, OT, bike er khoroch, room bhara sob. proshno thakle comment e koren")
ok(V, "bn", "প্রবাস জীবনের ১০ বছর। প্রথম দুই বছর অনেক কষ্ট, বেতন কম, ভাষা বুঝি না। এখন আলহামদুলিল্লাহ নিজের দোকান। এই ভিডিওতে দেখাবো কিভাবে এম্বাসি থেকে পাসপোর্ট রিনিউ করলাম")
ok(V, "bn", "সৌদিতে আসার আগে যা যা লাগবে: পাসপোর্ট (কমপক্ষে ৬ মাস মেয়াদ), মেডিকেল, পুলিশ ক্লিয়ারেন্স, বিএমইটি স্মার্ট কার্ড। সব কাগজ নিজের কাছে রাখবেন। ভিডিও শেষ পর্যন্ত দেখুন")
ok(V, "en", "Day in my life as a Bangladeshi worker in Singapore 🇸🇬 6am site, lunch at 12, overtime till 8. salary comes on the 7th every month. missing home but the house back in Noakhali is almost done!")

V = "joke"
ok(V, "bn-Latn", "bou bole tumi jodi ar ekbar bidesh jaite chao passport ta amar kache joma thakbe 😂😂 ami bollam eita to trafficking, se bole eita husband control")
ok(V, "bn-Latn", "amar bhai re sobai 'dalal' dake karon prottek biyer dawat e se ekjon na ekjon er jonno patri khuje ane 🤣")
ok(V, "bn-Latn", "majhi bhai bolse meeting e cha biscuit na dile meeting hobe na, eita amader block er shobche boro ransom 😆")
ok(V, "bn", "আমার বউ আমার বেতনের পুরাটা নিয়া নেয় আর হাতখরচ দেয় ৫০ টাকা, এইটা কোন আইনে শ্রম শোষণ না? 😂")
ok(V, "bn", "বস বলছে আজকে ওভারটাইম করলে পিজ্জা খাওয়াবে। ভাই এইটা কি জোরপূর্বক শ্রম নাকি লোভ দেখানো? 🍕")
ok(V, "en", "my mom confiscated my phone and locked me in my room till i finish exam prep. someone call the UN 😭😂")

V = "chatter"
ok(V, "bn-Latn", "majhi r pola notun mobile kinse, or bhai malaysia te construction e kaj kore prottek mash e taka pathay. amar o jaite mon chay kintu legal vabe khoroch onek")
ok(V, "bn-Latn", "ajke cash for work e drain porishkar korlam, 400 taka pailam. kal abar ase tumi jaba? block C te naam lekhay")
ok(V, "bn-Latn", "oi boat er news ta dekhso? shamlapur er. amar chachar sala o oikhane chilo na alhamdulillah. ajkal monsoon e keu jaite chay na")
ok(V, "bn", "আজকে লার্নিং সেন্টারে ক্লাস শেষে আপা কইলো সামনে মেয়েদের সেলাই ট্রেনিং, নাম দিতে হবে। আমি আর রাশিদা দুইজনেই দিছি")
ok(V, "bn", "ভাই দুবাই থেকে আসার সময় একটা ফোন নিয়া আসিস, টাকা আমি বিকাশে দিয়া দিমু। আর আম্মার জন্য খেজুর আনিস")
ok(V, "en", "anyone know when the next e-voucher top up is? my card shows 0 balance and the shop guy says wait till monday")

V = "family"
ok(V, "bn-Latn", "ammu bolse tomar passport er meyad shesh, eid er por dhaka giye renew korte hobe. NID er copy ar chobi ready rakhio")
ok(V, "bn-Latn", "Rahima r biye thik hoise, chele Chittagong e garments e kaj kore, boyos 24. Rahima r o 20 hoilo ei mashe. tomra sobai ashba 15 tarikh")
ok(V, "bn-Latn", "abba 20 hajar pathaisi bkash e, chotor school er bhorti ar boi er jonno. baki ta ammar oshud. ami valo achi kaj er chap kom ekhon")
ok(V, "bn", "ছোট মেয়েটার বয়স ১২ হইলো, এবার ক্লাস সিক্স। মাদ্রাসায় দিব না স্কুলে তোমার আব্বার সাথে কথা বলো। আর তোমার পাসপোর্টের একটা কপি পাঠাইও, উমরাহর ভিসার জন্য লাগবে")
ok(V, "bn", "বাবু তুই মালয়েশিয়া থেকে টাকা পাঠাইলে আগে দোকানের ঋণটা শোধ করমু তারপর ঘরের চাল। তুই নিজের খাওয়া দাওয়া ঠিক রাখিস, বেশি ওভারটাইম করিস না")
ok(V, "en", "Mum pls send uncle my passport no for the umrah booking: EB0472913. and the NID number on your card is 4617283950 right? he needs both by tonight",
   ents=[E("bd_passport", "EB0472913"), E("bd_nid", "4617283950")])

# ---------------------------------------------------------------- easy negatives
for s, t in [
    ("bn", "ভাত খাইছো? আজকে বৃষ্টি অনেক, ছাতা নিয়া বের হইও"),
    ("bn", "কালকে খেলা কয়টায়? বাংলাদেশ জিতবে ইনশাআল্লাহ"),
    ("bn", "আপু রেসিপিটা দিও তো, গরুর মাংসের কালাভুনা টা"),
    ("bn", "মিটিং ৩টায় শিফট হইছে, সবাইকে জানাই দিও"),
    ("bn-Latn", "ki obostha dost onek din dekha nai. shukrobar free thakle chol cha khai"),
    ("bn-Latn", "amar phone er charger ta tomar kache roye gese mone hoy, kal niye asho"),
    ("bn-Latn", "vai exam kemon holo? ami math e gesi 🥲"),
    ("en", "Happy birthday bhaiya! 🎂 have a great year"),
    ("en", "running 10 min late, start without me"),
    ("en", "did u see the sunset at Inani beach today? unreal 🌅"),
    ("en", "can you send me the notes from todays class"),
    ("en", "ok done, see you tomorrow inshallah"),
]:
    ok("chatter", s, t, hard=False)


# ---------------------------------------------------------------- checks
def b58decode(s):
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big")
    return raw


def check(items):
    assert len(items) == 120, len(items)
    flags = [i for i in items if i["label"] == "flag"]
    oks = [i for i in items if i["label"] == "ok"]
    assert len(flags) == 60 and len(oks) == 60
    assert sum(i["hard"] for i in oks) >= 45
    assert sum(not i["hard"] for i in oks) <= 15
    cats = Counter(i["category"] for i in flags)
    assert len(cats) == 8 and all(7 <= v <= 8 for v in cats.values()), cats
    scripts = Counter(i["script"] for i in items)
    assert all(35 <= v <= 45 for v in scripts.values()), scripts
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate text"
    for it in items:
        t = it["text"]
        tdig = re.sub(r"\D", "", t.translate(BN_DIGITS))
        for e in it["entities"]:
            typ, v = e["type"], e["value"]
            if typ in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                d = v[1:]
                assert d in tdig or (d.startswith("880") and "0" + d[3:] in tdig), (v, t)
            elif typ == "bd_nid":
                assert v.isdigit() and len(v) in (10, 13, 17) and v in tdig, (v, t)
            elif typ == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t, (v, t)
            elif typ == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower(), v
            elif typ in ("btc_address", "tron_address"):
                raw = b58decode(v)
                assert raw[0] == (0x00 if typ == "btc_address" else 0x41)
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
                assert v in t, v
            elif typ in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or v[1:] in t), (v, t)
            else:
                assert typ in ("email", "mfs_transaction"), typ
                assert v in t, (v, t)


def main():
    items = [dict(i) for i in ITEMS]
    check(items)
    random.Random(52).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev52-{n:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["entities"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(items), "to", OUT)
    print(Counter(i["category"] for i in items if i["label"] == "flag"))
    print(Counter((i["category"], i["script"]) for i in items if i["label"] == "flag"))
    print(Counter(i["script"] for i in items))
    print(Counter(i["voice"] for i in items))
    print(Counter((i["label"], i["hard"]) for i in items))
    print(Counter(e["type"] for i in items for e in i["entities"]))


if __name__ == "__main__":
    main()
