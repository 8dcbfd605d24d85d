#!/usr/bin/env python3
"""Blind dev set dev48: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a shelter social worker on child and bonded labour: brick kilns paid by dadon advances, dried-fish yards, child maids in Dhaka, boys on trawlers, the sardar who holds the wages. Held out from round 7 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev48.jsonl: blind eval set (120 items) for evidtriage.
Persona: shelter social worker, child & bonded labour in Bangladesh / across to India."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev48.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58enc(b):
    n = int.from_bytes(b, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + s

def b58dec(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw

def b58check(version, seed):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58enc(payload + chk)

def b58valid(addr, version):
    raw = b58dec(addr)
    return (len(raw) == 25 and raw[0] == version and
            hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:])

BTC = b58check(0x00, "dev48-btc-1")
TRON = b58check(0x41, "dev48-tron-1")
ETH = "0x" + hashlib.sha256(b"dev48-eth-1").hexdigest()[:40]
assert b58valid(BTC, 0) and BTC.startswith("1") and b58valid(TRON, 0x41) and TRON.startswith("T")

F, O = "flag", "ok"
VR = "victim_or_recruiter"
def P(v): return {"type": "phone", "value": v}
def E(t, v): return {"type": t, "value": v}

# (text, label, category, script, voice, hard, entities)
ITEMS = [
# ---------------- recruitment_deception (8: bn3 Latn3 en2)
("ভাই সর্দার কইছিল কলকাতায় হোটেলে কাম, মাসে ১২ হাজার। আইয়া দেহি ইটভাটা, টেকার কথা কইলে কয় সিজন শেষে। বর্ডার পার করাইছে রাইতে, কাগজ কিছুই দেয় নাই",
 F, "recruitment_deception", "bn", VR, False, []),
("চট্টগ্রামে গার্মেন্সে মেয়েদের কাজ আছে, অভিজ্ঞতা লাগবো না কাগজ লাগবো না, যাওয়া খাওয়া থাকা ফ্রি। বাপ মায়েরে বিস্তারিত কওনের দরকার নাই, গিয়া ফোন দিলেই হইবো। কাইলকা ভোরে বাসস্ট্যান্ডে চইলা আইসো একলা",
 F, "recruitment_deception", "bn", VR, False, []),
("আম্মা ওরা কইছিল সাইটে রাজমিস্ত্রির যোগালি, এহন কয় শুটকির খলায় কাম করন লাগবো। ফিরার ভাড়া নাই, যেই কাগজে টিপসই দিছিলাম হেইডা ওগো কাছে",
 F, "recruitment_deception", "bn", VR, True, []),
("bhai tmr bon re pathaia dao dhaka, ekta daktar er basay kaj, khali rannar help r bacca dekha. mashe 8000 + eid e kapor, por te o parbe. takata amar kache dibe, ami tomader pathay dibo. basar thikana ekhon bola jabe na. amar number 01821-447390",
 F, "recruitment_deception", "bn-Latn", VR, False, [P("+8801821447390")]),
("amk bolse bombay te jori er kaj shikhabe, mashe 15 hajar. ekhn ek ghore 20 jon pola, sokal 7 ta theke rat 12 ta porjonto silai. takar kotha bolle bole agey 1 bosor shikhte hobe, tarpor beton",
 F, "recruitment_deception", "bn-Latn", VR, False, []),
("Urgent!! Cox bazar e shutki project e lok lagbe, family shoho asha jabe. thaka free, 4 mash er kaj, ajkei advance deya hobe. kono kagoj lagbe na, boyosh kono bepar na 😊 imo te knock den 01933 218 604",
 F, "recruitment_deception", "bn-Latn", VR, False, [P("+8801933218604")]),
("Sister the man from Satkhira said it was a sewing job in Kolkata with a hostel and they'd send money home every month. She called once from a strange number crying, says there is no sewing, she is in some house near Bongaon and they took her phone",
 F, "recruitment_deception", "en", VR, False, []),
("Need 10 strong boys for a food factory in Dhaka, good pay, room free, we handle all papers. No need to tell anyone in the village the details, just say going to garments. Contact Sardar Mintu wa.me/8801756093311",
 F, "recruitment_deception", "en", VR, False, [E("whatsapp", "+8801756093311")]),
# ---------------- fees_and_debt (8: bn3 Latn2 en3)
("তিন বছর আগে ৪০ হাজার দাদন নিছিলাম, এখনো শোধ হয় না। মালিক কয় হিসাবে আরো ২২ হাজার বাকি, এইবারও বউ পোলাপান লইয়া ভাটায় যাওন লাগবো",
 F, "fees_and_debt", "bn", VR, False, []),
("দাদনের টেকা যে নিছো মনে আছে তো? কার্তিক মাসে পুরা পরিবার নিয়া ভাটায় হাজির হইবা, নাইলে সুদসহ ফেরত দিবা। পোলাডারেও আনবা, হ্যায় কাঁচা ইট উল্টাইবো",
 F, "fees_and_debt", "bn", VR, False, []),
("আপা মায়েরে কইছে আমার বেতন থাইকা খাওন থাকন আর আসার গাড়িভাড়া কাইটা রাখবো, এক বছর বাড়িত কিছু পাঠাইতে পারমু না",
 F, "fees_and_debt", "bn", VR, True, []),
("sardar bole ager bosorer dadon 35 hajar ar sud mila 52 hajar hoise, hoptay 600 kore kata jabe. eta sesh hobe kobe keo jane na, ammar kaner dul o bondhok",
 F, "fees_and_debt", "bn-Latn", VR, False, []),
("ma ami ki korbo, malik bole tumi jei taka nisila oita shod na howa porjonto ami bari jaite parbo na. trawler e aro 2 trip dite hobe mone hoy",
 F, "fees_and_debt", "bn-Latn", VR, False, []),
("Her father took 25,000 from the contractor in Bhadro. The whole family has to work the kiln till Boishakh, the contractor told him if anyone leaves before the season ends the loan doubles.",
 F, "fees_and_debt", "en", VR, False, []),
("owner says i owe for the bus fare, the food and the room, every week the number is bigger. i worked 6 month and he says still 18000 left",
 F, "fees_and_debt", "en", VR, True, []),
("advance given to ur family 30k. u cannot switch to other kiln til its cleared. if u run i will go to ur village and take ur fathers cows",
 F, "fees_and_debt", "en", VR, False, []),
# ---------------- payments_and_proceeds (7: bn2 Latn3 en2)
("মিন্টু ভাই, ৩টা মাইয়া বাসায় পৌঁছাইছে, প্রতিজনের ৫ হাজার কইরা কমিশন বিকাশে দেন ০১৮৬৫-৩০৯১৪২ এ। আর মাসের বেতন মালিক সরাসরি আমারে দিবো কইয়া দিছি, মাইয়াগো হাতে না",
 F, "payments_and_proceeds", "bn", VR, False, [P("+8801865309142")]),
("এই সিজনের ৪২ জনের মজুরি আমার কাছে থাকবো, দাদন কাইটা যা থাকে দিমু দেশে ফিরার পর। মালিক টেকা নগদে দিলে হুন্ডিতে পাঠায়া দিমু, ব্যাংকে না",
 F, "payments_and_proceeds", "bn", VR, False, []),
("bhai 2 ta polar taka pathaisi bkash e 01798-220461, TrxID 9FK2LQ7M1C. baki 3 jon er ta next week, border er lok ke ager ta deya hoise",
 F, "payments_and_proceeds", "bn-Latn", VR, False, [P("+8801798220461"), E("mfs_transaction", "9FK2LQ7M1C")]),
("oder beton amar nagad e asbe, ami hisab kore mayer kache dibo. meye ra jeno nijer kache taka na rakhe, keu jigaile bolbe sob khala ke dise",
 F, "payments_and_proceeds", "bn-Latn", VR, True, []),
(f"malik ke bolo 6 ta pola deliver hoise, rate 7 hajar kore. pura taka USDT te dite parle TRC20 e pathao {TRON} , nahole hundi te",
 F, "payments_and_proceeds", "bn-Latn", VR, False, [E("tron_address", TRON)]),
("Send the girls' monthly pay to my account only, not to them and not to the parents. I settle with the families at Eid. Dutch-Bangla a/c in name Jashim Uddin, mail the statement to jashim.supply24@gmail.com",
 F, "payments_and_proceeds", "en", VR, False, [E("email", "jashim.supply24@gmail.com")]),
(f"Got 28,000 for the 4 boys. Next lot from Jessore side crosses tuesday, same rate, half before crossing half when they reach the Howrah workshop. Can also take BTC {BTC}. Call the Howrah man +91 98301 27745",
 F, "payments_and_proceeds", "en", VR, False, [E("btc_address", BTC), P("+919830127745")]),
# ---------------- isolation_and_control (7: bn3 Latn2 en2)
("আম্মু আমারে বাইরে যাইতে দেয়না তালা দিয়া রাখে, ফোনটা খালাম্মা নিয়া গেসে এইটা দারোয়ান কাকুর ফোন। কাওরে কইয়োনা আমি ফোন দিসি",
 F, "isolation_and_control", "bn", VR, False, []),
("মেয়েটারে গ্রামের কারো সাথে কথা বলতে দিবা না। মা ফোন দিলে স্পিকারে দিবা আর পাশে থাকবা। ঈদে বাড়ি যাওয়ার কথা তুললে বলবা এবার কাজ বেশি",
 F, "isolation_and_control", "bn", VR, True, []),
("খলার পোয়াগুনরে রাইতে গেটে তালা মারি রাখিস, কেউ হাটত যাইতো চাইলে তুই লগে যাবি। মোবাইল বেকগুন আঁর কাছে জমা",
 F, "isolation_and_control", "bn", VR, False, []),
("ami bari jaite chaile bole tor baba ma tore bechche, ekhane thakte hobe. phone dey na, ei msg ta ek driver er mobile theke. jayga ta chini na, boro nodi ar shutki shukanor macha",
 F, "isolation_and_control", "bn-Latn", VR, False, []),
("sim ta khule felo, ekhon theke tmi sudhu amar number e kotha bolba. gram er keu jigaile bolba valo achi. notun kono manush er sathe mishba na, bujhso?",
 F, "isolation_and_control", "bn-Latn", VR, True, []),
("They moved us at night to another kiln near Barasat, nobody told us where. The munshi keeps all our papers and mobiles in his tin box. We cant go to the haat alone",
 F, "isolation_and_control", "en", VR, False, []),
("dont let the new girl use the phone. if her mother calls say shes sleeping. shes not to go to the roof or talk to the neighbours maid",
 F, "isolation_and_control", "en", VR, True, []),
# ---------------- labour_exploitation (8: bn2 Latn3 en3)
("ভোর চাইরটায় উঠি রাইত একটা পর্যন্ত কাম, খাওন দেয় একবেলা ভাত আর পান্তা। চুলার ধারে হাত পুইড়া গেছে, তিন মাস ছুটি নাই, টেকা এক পয়সাও পাই নাই",
 F, "labour_exploitation", "bn", VR, False, []),
("ট্রলারে ১৯ দিন, ঘুম ৩ ঘণ্টা। জাল টানতে না পারলে খাবার বন্ধ। ভাগের টাকা মাঝি কয় ঘাটে গেলে দিবো, ঘাটে আইলে কয় খরচ কাটছি",
 F, "labour_exploitation", "bn", VR, False, []),
("bhai ei workshop e 14 ghonta welding kori, chokh jole jay, mask nai. 4 mash beton dey nai, bole dokan loss e. rat e ghumai oi floor e",
 F, "labour_exploitation", "bn-Latn", VR, False, []),
("amra 9 jon ek ghore, bathroom ekta. shokal 5 tay it tulai, shondha porjonto. sardar week e 300 taka hath khoroch dey, baki batan nki 'jomay rakhse'",
 F, "labour_exploitation", "bn-Latn", VR, False, []),
("abba ami ar parchi na, ekhane ek bela khete dey, boshle gali dey, kaj sesh hoy na. 2 mas dhore ek poisa pai ni",
 F, "labour_exploitation", "bn-Latn", VR, False, []),
("Rate per 1000 bricks was fixed 450 but now munshi says 300 because of 'broken bricks'. We work 5am to 9pm, kids also carry raw bricks. No payment until Chaitra.",
 F, "labour_exploitation", "en", VR, False, []),
("no off day. start 6am finish whenever madam says. she kept my salary since march, says will give when contract ends but i never signed anything",
 F, "labour_exploitation", "en", VR, False, []),
("The boys at the shutki yard are on the racks before sunrise. Salt cuts on their hands, no gloves. Owner pays the sardar, sardar pays them nothing, only rice.",
 F, "labour_exploitation", "en", VR, True, []),
# ---------------- threats_and_coercion (7: bn2 Latn3 en2)
("পালাইলে তোর বাপরে চুরির মামলায় থানায় ঢুকামু, ঠিকানা আমার জানা আছে। চুপচাপ কাম কর",
 F, "threats_and_coercion", "bn", VR, False, []),
("কাইল রাতে সর্দার মাইরা পিঠ ফাটাইয়া দিছে, কইছে আরেকবার মায়েরে ফোন দিলে কারেন্টের শক দিবো। আমি খুব ডরাইতাসি আপা",
 F, "threats_and_coercion", "bn", VR, False, []),
("tui jodi police ke kichu bolis tor choto bon ke tule nibo. mone rakhis tor barir rasta amar chena",
 F, "threats_and_coercion", "bn-Latn", VR, False, []),
("ei pola re bolo kaj na korle BSF er hate dhoraya dimu, india te kagoj chara dhorle 5 bochor jail, keu chinbo na",
 F, "threats_and_coercion", "bn-Latn", VR, False, []),
("malik boleche ami jodi chole jai tahole amar ma r nam e dadon er takar mamla dibe ar amar nam e churir case. ki korbo apa",
 F, "threats_and_coercion", "bn-Latn", VR, False, []),
("You took the advance. Walk out before the season and I'll have your father picked up, you know who the OC drinks tea with.",
 F, "threats_and_coercion", "en", VR, True, []),
("he locked my brother in the store room 2 days without food because he asked to go home. said next time he will break his legs",
 F, "threats_and_coercion", "en", VR, False, []),
# ---------------- sexual_exploitation (7: bn2 Latn2 en3)
("মাইয়াটা দেখতে কচি আছে, মুম্বাইয়ের পার্টি ভালো দাম দিবো। বর্ডার পার করার আগে নাম বদলাইয়া বয়স ১৯ লিখাইবা",
 F, "sexual_exploitation", "bn", VR, False, []),
("আপা আমারে যে বাসায় কামে দিছিল ওইটা বাসা না, রাইতে লোক আসে। আমারে কয় ওগো লগে বইতে হইবো নাইলে খাওন বন্ধ। আমি বাড়িত যাইতে চাই",
 F, "sexual_exploitation", "bn", VR, False, []),
(f"notun 2 ta maal ashche jessore theke, bangali, ekdom fresh. booking er jonno telegram e knock koro @rupsha_night_bd, advance chara room hobe na. USDT ERC20: {ETH}",
 F, "sexual_exploitation", "bn-Latn", VR, False, [E("telegram", "@rupsha_night_bd"), E("eth_address", ETH.lower())]),
("bhabi bolechilo parlour e kaj, ekhon bole guest der sathe raat e thakte hobe, taka sob bhabi ney. ami raji na bolle mare",
 F, "sexual_exploitation", "bn-Latn", VR, False, []),
("New Bengali girls just arrived, very young and shy, first week only for trusted clients. Ask for Rina didi, insta @didi.kolkata_rooms",
 F, "sexual_exploitation", "en", VR, False, [E("instagram", "@didi.kolkata_rooms")]),
("The man who married her in Jessore took her across and sold her to a house in Pune. She says they make her see men every night and keep all the money for her 'debt'.",
 F, "sexual_exploitation", "en", VR, False, []),
("the owners son comes to my room at night and says if i tell madam he will say i stole. she dont pay me and now this",
 F, "sexual_exploitation", "en", VR, True, []),
# ---------------- minors (8: bn3 Latn2 en3)
("জন্ম নিবন্ধনে বয়স বাড়াইয়া ১৮ কইরা দিছি, আসল বয়স ১৩। কেউ জিগাইলে কইবো ১৮। কাইলকা ভাটার মালিকের কাছে দিয়া আসমু",
 F, "minors", "bn", VR, False, []),
("বাচ্চা কাজের মেয়ে লাগবে, ১০-১২ বছর হইলে ভালো, পড়াশোনা করানো লাগবেনা। বেতন বছরে একবার মা বাবার হাতে দিব। গ্রামের হইলে সুবিধা",
 F, "minors", "bn", VR, False, []),
("আমি সাথী, বয়স ১১। আম্মা ভাইরে ট্রলারে দিছে ৩ মাস হইল, ভাই কয় রাইতে জাল টানে, খুব ঠান্ডা, ইস্কুলে আর যাইতে দেয় না",
 F, "minors", "bn", VR, False, []),
("apa ei meye tar boyosh 12 ba 13, bari sirajganj. 3 bochor dhore dhakar ek basay, school e jay na, baba ma ke dekhte dey na. passport e nam Rokeya Begum, boyosh lekha 20, no. EB4729163",
 F, "minors", "bn-Latn", VR, False, [E("bd_passport", "EB4729163")]),
("11-12 bochor er pola lagbe garage e, haath choto hole engine er vitor kaj kora jay. khaowa amar, beton jabe baba r kache. jaiga Narayanganj",
 F, "minors", "bn-Latn", VR, True, []),
("the boy is 14 but ill get his age done 18 on the papers before inspection. put him on night shift so nobody sees him",
 F, "minors", "en", VR, False, []),
("Madam the girl is small, 9 or 10, but very obedient, can wash and mop. Her mother only wants 2000 a month and a saree at Eid. You keep her, no school needed.",
 F, "minors", "en", VR, False, []),
("if labour inspector comes tell them ur 18 ok?? say ur my nephew visiting. the small ones go in the back room",
 F, "minors", "en", VR, True, []),

# ================= NEGATIVES: hard, 8 voices x 6 (bn2 Latn2 en2)
# news
("কক্সবাজারে শুঁটকি মহালে শিশুশ্রম: অভিযানে ১৪ শিশু উদ্ধার, দুই মালিককে জরিমানা করেছে ভ্রাম্যমাণ আদালত। শিশুদের পরিবারের কাছে হস্তান্তর করা হয়েছে।",
 O, None, "bn", "news", True, []),
("ভারতে পাচার হওয়া ২৩ নারী ও শিশুকে বেনাপোল সীমান্ত দিয়ে ফেরত আনা হয়েছে। মানবপাচার মামলায় সাতক্ষীরার এক দালালকে যাবজ্জীবন কারাদণ্ড দিয়েছে ট্রাইব্যুনাল।",
 O, None, "bn", "news", True, []),
("khobor dekhlam, gaibandha te ekta itbhata theke 30 jon dadon sromik uddhar korse police, malik pholatok. amader elakar bhata na to?",
 O, None, "bn-Latn", "news", True, []),
("Prothom Alo te aschhe: ghore kajer meye nirjaton mamlay grihokorti greftar, court e jamin namonjur. onek din por ekta thik bichar",
 O, None, "bn-Latn", "news", True, []),
("Mobile court fines two brick kiln owners in Narayanganj Tk 2 lakh for employing children; labour office says 11 children were rescued and handed to their families.",
 O, None, "en", "news", True, []),
("RAB arrests 3 members of a trafficking ring in Jashore accused of taking girls to India with promises of garment jobs. Case filed under the 2012 Act, court sends them to jail.",
 O, None, "en", "news", True, []),
# awareness
("সচেতনতা: কেউ যদি আপনার সন্তানকে শহরে ভালো কাজ আর পড়ালেখার কথা বলে নিয়ে যেতে চায়, তার নাম-ঠিকানা যাচাই করুন। শিশুকে ঝুঁকিপূর্ণ কাজে পাঠানো দণ্ডনীয়। সহায়তায় ১০৯৮ চাইল্ড হেল্পলাইনে ফোন দিন।",
 O, None, "bn", "awareness", True, []),
("দাদন নিয়ে ইটভাটায় যাওয়ার আগে লিখিত চুক্তি নিন, মজুরির হার জেনে নিন, বাচ্চাদের কাজে লাগাবেন না। সমস্যা হলে উপজেলা শ্রম অফিসে যোগাযোগ করুন।",
 O, None, "bn", "awareness", True, []),
("sobai share koren: kono dalal jodi bole 'kagoj lagbe na, boyosh kono bepar na' bujhben gondogol ache. bacchader boyosh bariye jonmo nibondhon kora oporadh. helpline 1098",
 O, None, "bn-Latn", "awareness", True, []),
("mayeder kache onurodh: meye ke kaj er jonno dhaka pathanor age basar thikana ar malik er number rakhen, prottek soptahe kotha bolen. somossa hole 999 e call korun",
 O, None, "bn-Latn", "awareness", True, []),
("Never hand your child's birth certificate or passport to a broker. Work under 14 is banned and hazardous work under 18 is banned. Report child labour to 1098.",
 O, None, "en", "awareness", True, []),
("If someone offers your daughter a 'parlour job' in Kolkata and says no papers needed, that is how trafficking starts. Talk to us first. Rights Jessore hotline +880 1711 902345",
 O, None, "en", "awareness", True, [P("+8801711902345")]),
# official
("বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় সর্বোচ্চ ৭৯,০০০ টাকা। এর বেশি টাকা কাউকে দেবেন না, নিবন্ধন করুন আমি প্রবাসী অ্যাপে। তথ্য: ০১৭৯৪-৩৩৪৫৫০",
 O, None, "bn", "official", True, [P("+8801794334550")]),
("কলকারখানা ও প্রতিষ্ঠান পরিদর্শন অধিদপ্তর, নারায়ণগঞ্জ: আগামী ১৫ তারিখ থেকে ইটভাটা ও ওয়ার্কশপে শিশুশ্রম পরিদর্শন চলবে। মালিকগণ শ্রমিকদের বয়সের প্রমাণপত্র প্রস্তুত রাখবেন।",
 O, None, "bn", "official", True, []),
("M/s Nahar Overseas (RL-1482): Saudi cleaner visa, sudhu sorkar nirdharito khoroch, receipt deya hobe. Passport nijer kache rakhben, kono advance lagbe na. Office Naya Paltan, email info@naharoverseas-bd.com, WhatsApp wa.me/8801819404522",
 O, None, "bn-Latn", "official", True, [E("email", "info@naharoverseas-bd.com"), E("whatsapp", "+8801819404522")]),
("Upazila Mohila Bishoyok office theke janano jacche: balyobibaho o shishu shrom protirodh committee-r sobha robibar 11 tay. Sokol UP member der uposthiti kamyo.",
 O, None, "bn-Latn", "official", True, []),
("Embassy of Bangladesh, Riyadh: workers whose employer keeps their passport or iqama may contact the labour wing at labour.riyadh@bdembassy-sa.org or +966 11 419 3362. The service is free.",
 O, None, "en", "official", True, [E("email", "labour.riyadh@bdembassy-sa.org"), P("+966114193362")]),
("Labour Department notice: minimum age for employment is 14; adolescents 14-18 may do only light, non-hazardous work with a fitness certificate. Brick kilns, dried-fish processing and welding are on the hazardous list.",
 O, None, "en", "official", True, []),
# receipt
("আপনি ৳২,০০০.০০ পেয়েছেন ০১৯১৬৪৪২০৮৭ থেকে। ফি ৳০.০০। ব্যালেন্স ৳২,৩১০.০০। TrxID CJ84RT2WLM ১৪/১০/২০২৬ ০৯:১২",
 O, None, "bn", "receipt", True, [P("+8801916442087"), E("mfs_transaction", "CJ84RT2WLM")]),
("ছোট মামা স্কুলের বেতন পাঠাইছি রকেটে, মেসেজটা দিলাম: Cash-In from A/C: ***4417 Tk 1,800 Fee: 0.00 Balance 2,046.75 TxnId: 3318840275",
 O, None, "bn", "receipt", True, [E("mfs_transaction", "3318840275")]),
("bkash korsi dekho: You have sent Tk 5,000.00 to 01741-663908. Fee Tk 0.00. TrxID DA92KLP0ZE at 20/11/2026 21:03 . ammar oshud er taka",
 O, None, "bn-Latn", "receipt", True, [P("+8801741663908"), E("mfs_transaction", "DA92KLP0ZE")]),
("Nagad e payment hoye gese: Payment Tk 850 to Shapla Coaching. TxnID: 72MXKQ9B. kal theke sumi class e jabe",
 O, None, "bn-Latn", "receipt", True, [E("mfs_transaction", "72MXKQ9B")]),
("You have received Tk 3,500.00 from 01839-557102. Ref madrasa fee. Fee Tk 0.00. Balance Tk 4,812.50. TrxID BK41XZ9QAT at 02/11/2026 18:44",
 O, None, "en", "receipt", True, [P("+8801839557102"), E("mfs_transaction", "BK41XZ9QAT")]),
("Money Received. Amount: Tk 12000.00 Sender: 01624118930 Ref: dhaner dadon TxnID: 7HQ2M4KD Balance: Tk 12,455.10",
 O, None, "en", "receipt", True, [P("+8801624118930"), E("mfs_transaction", "7HQ2M4KD")]),
# worker_content
("আলহামদুলিল্লাহ এই মাসের বেতন ঠিক সময়ে পাইছি, ওভারটাইম সহ ২৪ হাজার। ফ্যাক্টরিতে দুপুরে খাওয়া দেয়, শুক্রবার বন্ধ। আম্মারে বিকাশে পাঠাইছি",
 O, None, "bn", "worker_content", True, []),
("ভাটায় এইবার মালিক ভালা, হাজারে ৬২০ টেকা রেট, সপ্তাহে হিসাব দেয়। দাদন নিছিলাম ১৫ হাজার, অর্ধেক শোধ, ফাল্গুনেই শেষ। পোলাপান গ্রামে ইস্কুলে যায়",
 O, None, "bn", "worker_content", True, []),
("trawler e ei trip e 42 mon mach, bhag e pailam 18 hajar, majhi hisab clear. 4 din chuti niye bari jabo, meyer jonno jama kinbo",
 O, None, "bn-Latn", "worker_content", True, []),
("ami ekhon gazipur e welding er kaj kori, boyosh 24, ostad bhalo. 8 ghonta shift, overtime korle extra. beton 18 hajar, prottek mash er 7 tarikh e",
 O, None, "bn-Latn", "worker_content", True, []),
("Started as a driver for a family in Gulshan. 22k salary, Friday off, I keep my own phone and NID. Madam even pays overtime when they go to Cox's Bazar.",
 O, None, "en", "worker_content", True, []),
("Last season at the kiln for me, my back hurts. Rate was fair this year, paid every Thursday, and my son stayed in school back home with his nani.",
 O, None, "en", "worker_content", True, []),
# joke
("বউ কয় আমার বেতন কই যায়? আমি কই সর্দারের কাছে জমা... সর্দার মানে তুমি 😂",
 O, None, "bn", "joke", True, []),
("আম্মা পরীক্ষার আগে আমার মোবাইল নিয়া আলমারিতে তালা মাইরা রাখছে, এইটা কি মানবাধিকার লঙ্ঘন না? 😭😂",
 O, None, "bn", "joke", True, []),
("boss amar passport na, amar shanti joma rakhse 😂 overtime er beton o dey na, ghum er beton o na",
 O, None, "bn-Latn", "joke", True, []),
("amar choto bhai bole se 'child labour' kortese karon ammu take bazar e pathaise 🤣 2 ta dim anar jonno",
 O, None, "bn-Latn", "joke", True, []),
("My landlord has me in debt bondage: I pay rent, he raises rent, I pay more rent 😂 someone call RAB",
 O, None, "en", "joke", True, []),
("Toddler has confiscated my phone and is holding it hostage until I produce biscuits. Negotiations ongoing 😅",
 O, None, "en", "joke", True, []),
# chatter (hard)
("রাশেদ ভাই, পাসপোর্ট অফিসে আজকে ভিড় বেশি, ফিঙ্গার দিয়া আসলাম। পুলিশ ভেরিফিকেশন নাকি সামনের সপ্তাহে",
 O, None, "bn", "chatter", True, []),
("ইটভাটার ধোঁয়ায় আমাদের স্কুলের বাচ্চাদের শ্বাসকষ্ট, সবাই মিলা ইউএনও স্যারের কাছে দরখাস্ত দিছি",
 O, None, "bn", "chatter", True, []),
("dalal chara ki passport kora jay? haa jay, online e form fill koro, bank e fee dao, nije jao. ami 2 week e pailam",
 O, None, "bn-Latn", "chatter", True, []),
("bhai dadon er kotha sunlam, tomar mama ebar bhatay jabe naki? na re ebar o CNG chalabe, bhata te jabe na",
 O, None, "bn-Latn", "chatter", True, []),
("Anyone know a reliable agency for Japan TITP? Want to go through the BMET government channel only, not a dalal. Budget is tight.",
 O, None, "en", "chatter", True, []),
("The kiln next to our village finally shut for the monsoon. Smoke is gone, the mango trees look happy again.",
 O, None, "en", "chatter", True, []),
# family
("আপা মুনার জন্ম নিবন্ধনে বয়স ভুল আইছে, ২০১৪ না ২০১৩। ইউনিয়ন পরিষদে সংশোধনের আবেদন দিছি, স্কুলে রেজিস্ট্রেশনের আগে ঠিক করা লাগবো",
 O, None, "bn", "family", True, []),
("রাফির মাদ্রাসায় ভর্তি ফি ৩৫০০, হোস্টেলে থাকবো, বৃহস্পতিবার বাড়ি আসবো। হুজুর কইছে বয়স ১০ হইলেই হিফজ বিভাগে নিবো",
 O, None, "bn", "family", True, []),
("beta tor passport er meyad sesh hoye jacche, renew korte NID lagbe. amar NID no 19856913740221867 ta note kor",
 O, None, "bn-Latn", "family", True, [E("bd_nid", "19856913740221867")]),
("meye r biye er kotha ekhon na, age HSC sesh koruk. boyosh matro 16, chachi ke bole dio",
 O, None, "bn-Latn", "family", True, []),
("Mum, sent 6000 for Tuli's school fees and the tutor. Tell her if she gets A+ I'll bring her a phone from Dhaka at Eid.",
 O, None, "en", "family", True, []),
("Ammu the passport photos are ready, Abbu's Umrah visa is being processed by the travel agency. His passport number is BW0382716, can you check I wrote it right?",
 O, None, "en", "family", True, [E("bd_passport", "BW0382716")]),
# ================= easy negatives (12: 4 per script)
("কাল বিকালে খেলা দেখতে আসবি?", O, None, "bn", "chatter", False, []),
("ভাত খাইছো? আজকে সারাদিন বৃষ্টি", O, None, "bn", "chatter", False, []),
("মিটিং ৩টায় শিফট হইছে, সবাইরে জানায় দিও", O, None, "bn", "chatter", False, []),
("আম্মু আমি বাসায় পৌঁছাইছি, চিন্তা কইরো না", O, None, "bn", "chatter", False, []),
("ki khobor dost, onek din dekha nai", O, None, "bn-Latn", "chatter", False, []),
("kal ke chittagong jacchi, kichu lagbe? amar notun number 01552-318907 save kor", O, None, "bn-Latn", "chatter", False, [P("+8801552318907")]),
("vai net eto slow keno aj", O, None, "bn-Latn", "chatter", False, []),
("biryani ta oshadharon hoise 😋", O, None, "bn-Latn", "chatter", False, []),
("running 10 min late, order me a tea", O, None, "en", "chatter", False, []),
("happy birthday Shuvo! have a great one 🎉", O, None, "en", "chatter", False, []),
("did you see the match last night? crazy finish", O, None, "en", "chatter", False, []),
("pls send the notes from today's class", O, None, "en", "chatter", False, []),
]

BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CC = ["880", "966", "91"]

def collapse(text):
    t = text.translate(BN_DIGITS)
    return re.sub(r"(?<=\d)[\s\-.]+(?=\d)", "", t)

def phone_in(value, text):
    d = value.lstrip("+")
    t = collapse(text)
    cands = [d]
    for cc in CC:
        if d.startswith(cc):
            nsn = d[len(cc):]
            cands += ["0" + nsn] if cc == "880" else [nsn]
    return any(c in t for c in cands)

def check(rows):
    assert len(rows) == 120
    for r in rows:
        t = r["text"]
        for e in r["entities"]:
            ty, v = e["type"], e["value"]
            if ty in ("phone", "whatsapp"):
                assert v.startswith("+") and phone_in(v, t), (r["id"], e)
            elif ty == "eth_address":
                assert v == v.lower() and v in t.lower(), (r["id"], e)
            elif ty in ("bd_nid",):
                assert v in collapse(t), (r["id"], e)
            else:
                assert v in t, (r["id"], e)
            if ty == "btc_address": assert b58valid(v, 0x00)
            if ty == "tron_address": assert b58valid(v, 0x41)
            if ty == "bd_passport": assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v)
            if ty == "eth_address": assert re.fullmatch(r"0x[0-9a-f]{40}", v)
        # completeness: long digit runs, handles, emails, wa.me must be listed
        ents = " ".join(e["value"] for e in r["entities"]).lower()
        for m in re.findall(r"\d{8,}", collapse(t)):
            assert any(m[-8:] in e["value"].lstrip("+") or e["value"].lstrip("+").endswith(m[-8:])
                       for e in r["entities"]) or m in ents, (r["id"], m)
        for m in re.findall(r"(?<![\w.])@[A-Za-z0-9_.]+", t):
            assert m.rstrip(".") in ents or m.lower() in ents, (r["id"], m)
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            assert m.lower() in ents, (r["id"], m)
        assert t.count("wa.me/") == sum(e["type"] == "whatsapp" for e in r["entities"])
        if r["label"] == "flag":
            assert r["category"] and r["voice"] == VR
        else:
            assert r["category"] is None and r["voice"] != VR
    assert len({r["text"] for r in rows}) == 120

def main():
    rows = [dict(text=t, label=l, category=c, script=s, voice=v, hard=h, entities=e)
            for (t, l, c, s, v, h, e) in ITEMS]
    random.Random(48).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"dev48-{i:04d}", **r})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    C = Counter
    print("label", C(r["label"] for r in out))
    print("category", C(r["category"] for r in out))
    print("script", C(r["script"] for r in out))
    print("cat x script", sorted(C((r["category"], r["script"]) for r in out if r["category"]).items()))
    print("voice", C(r["voice"] for r in out))
    print("hard", C((r["label"], r["hard"]) for r in out))
    print("entities", C(e["type"] for r in out for e in r["entities"]))

if __name__ == "__main__":
    main()
