#!/usr/bin/env python3
"""Blind dev set dev51: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a police inspector on trafficking inside Bangladesh: girls lured by garment or housemaid jobs into residential hotels, spa fronts and brothels, children sent to beg or work for a sardar, friendship-club pages and paid video calls. Held out from round 8 of issue 15 and scored
only in aggregate: at its start, after the lead's first precision pass, and at its end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev51.jsonl: 120 hand-written items (60 flag, 60 ok) for evidtriage."""
import hashlib, json, random, re
from collections import Counter

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s

def h20(seed): return hashlib.sha256(seed.encode()).digest()[:20]

BTC = b58check(0x00, h20("dev51-btc-1"))
TRON = b58check(0x41, h20("dev51-tron-1"))
ETH = "0x" + hashlib.sha256(b"dev51-eth-1").hexdigest()[:40]

def P(v): return {"type": "phone", "value": v}
def W(v): return {"type": "whatsapp", "value": v}
def E(t, v): return {"type": t, "value": v}

# ---------------- flag items: (category, script, text, entities) ----------------
FLAG = [
 # recruitment_deception
 ("recruitment_deception", "bn", "আপা মাইয়ারে ঢাকায় পাঠায় দেন, গার্মেন্টসে হেলপারের কাম, মাসে ১২ হাজার, থাকা খাওয়া ফিরি। আমার ভাগনিও ঐহানে আছে। কাউরে কওনের দরকার নাই, কাইল ভোরে বাসস্ট্যান্ডে আইসেন ০১৭৩৮-৫২১৯৪৭", [P("+8801738521947")]),
 ("recruitment_deception", "bn", "মা আমারে গার্মেন্টসের কথা কইয়া আনছে, এইডা গার্মেন্টস না। একটা হোটেল। রাইতে রুমে রুমে মানুষ আসে। খালা কয় কয়দিন পরে ফ্যাক্টরিতে দিবো। আমি কিছু বুঝতাছি না কি করুম", []),
 ("recruitment_deception", "bn", "চট্টগ্রামে বিউটি পার্লারে কাজ শিখানো হবে, শিখার সময়ই বেতন ১৮০০০+ টিপস 💅 অভিজ্ঞতা লাগবেনা শুধু সুন্দরী স্মার্ট মেয়ে। গাড়ি ভাড়া আমরা দিমু। ইনবক্সে ফুল ছবি দেন অথবা insta তে @glowup.parlour_ctg", [E("instagram", "@glowup.parlour_ctg")]),
 ("recruitment_deception", "bn-Latn", "apu ekta valo family te basar kaj ase, only 2 jon manush, beton 10 hajar, mobile use korte dibe eid e bari ashte parben. kalke gabtoli theke niye jabe amr lok. kurigram er arekta meye o jasse, kauke bolar dorkar nai", []),
 ("recruitment_deception", "bn-Latn", "vai amake bolse mirpur e sweater factory te kaj, eshe dekhi eta ekta flat, 6 ta meye ache kono factory nai. ekhn bolse ajke theke customer er sathe bosha lagbe naile jaoar vara ferot de", []),
 ("recruitment_deception", "bn-Latn", "Nilphamari r meyera sunen, dhakay shopping mall e salesgirl lagbe tk 15000, hostel free. kono certificate lagbe na shudhu 2 ta full chobi pathan whatsapp e wa.me/8801956274813 , jaowar vara amra debo. family ke sathe anben na", [W("+8801956274813")]),
 ("recruitment_deception", "en", "Urgent 10 girls age 16-22 for garments QC section Savar, salary 16k + OT, free mess. No ID card or certificate needed we arrange everything. Travel cost we bear, come alone dont bring relatives. Call Rubel 01811 472 603", [P("+8801811472603")]),
 ("recruitment_deception", "en", "the lady said it was housemaid job with a doctor family in Gulshan. there is no family here. its a building in Chattogram with many rooms and a manager. they say i have to stay 3 months first then maybe the job", []),
 # fees_and_debt
 ("fees_and_debt", "bn", "আন্নেরে যে ২০ হাজার আগাম দিছি হেইডা মাইয়ার বেতনেত্তুন কাডা যাইবো। পুরা শোধ না অইলে ছুটি নাই, বাড়িতও যাইতো হাইরতো না, বুঝাই কইয়েন", []),
 ("fees_and_debt", "bn", "ম্যাডাম কয় আমার নামে ৪৫ হাজার টাকা খরচ লেখা, রাস্তার ভাড়া জামা কাপড় খাওন সব। যতদিন শোধ না হয় বাইর হইতে পারুম না। মাসে মাসে আরো বাড়ে আপা", []),
 ("fees_and_debt", "bn-Latn", "tor ma ke 30 hajar dise sardar, oita kaj kore shodh dibi. protidin 300 kore katbo. pura na hoile bari jaoa bondho, mathay rakhis", []),
 ("fees_and_debt", "bn-Latn", "apa ami pray 2 bosor ache ekhane, manager bole ekhono 60 hajar baki. room vara khabar oshud sob amar hisab e lekhe. ami kivabe shodh korbo bujhtesi na", []),
 ("fees_and_debt", "bn-Latn", "hotel er boss koy tui je aisos oi khoros 25k, protidin 5 ta guest na nile khata theke kata jaibo. aij 3 ta nisi tai fine 500 lekhse", []),
 ("fees_and_debt", "en", "Your daughter took 15,000 advance through me. Till she clears it she works where I say. If she runs the mother pays double. Simple.", []),
 ("fees_and_debt", "en", "i told them i want to go home. manager showed me a notebook says i owe 38000 for food room the dress and the bus. every week the number goes up", []),
 ("fees_and_debt", "en", "madam for the parlour job training fee 8000 and hostel deposit 5000, pay today bkash 01912-830417 then she can start. rest she will repay from her tips, she cant leave before that", [P("+8801912830417")]),
 # payments_and_proceeds
 ("payments_and_proceeds", "bn", "আজকের হিসাব: রুম ৪টা, গেস্ট ১১ জন, মোট ২২০০০। নতুন দুইটার ভাগ আমার কাছে থাকবো, ওদের হাতে দিমু না। বসের নগদে ১৫ হাজার পাঠাইছি 01676-204518", [P("+8801676204518")]),
 ("payments_and_proceeds", "bn", "ভিডিও কলের টাকা আগে বিকাশ, ১০ মিনিট ৫০০, ৩০ মিনিট ১২০০। পেমেন্ট কইরা স্ক্রিনশট দেন তারপর মেয়ে লাইনে আসবে। বিকাশ পার্সোনাল ০১৮৫৪৩৭২৯১০", [P("+8801854372910")]),
 ("payments_and_proceeds", "bn-Latn", "bhai customer er taka meye der hate diben na. sob tk amar bkash e 01749-615302, r TrxID er screenshot group e diben protibar", [P("+8801749615302")]),
 ("payments_and_proceeds", "bn-Latn", "khala ke bolo ei maser maal er taka ashle ma ke 5 hajar dite, baki ta rocket e sardar er kache. kew jigaile bolba garments er beton", []),
 ("payments_and_proceeds", "en", "Boss Daulatdia collection this week: Rina 18k, Shapla 14k, the new one from Bhola 9k (still learning lol). sent 35k to your Nagad TxnID 7HK4Q2WZ, balance i keep for food & thana", [E("mfs_transaction", "7HK4Q2WZ")]),
 ("payments_and_proceeds", "en", f"premium video call members: pay USDT TRC20 only {TRON} or ERC20 {ETH.lower()}, send hash to telegram @clubmaya_pay and you get the girl's private number", [E("tron_address", TRON), E("eth_address", ETH.lower()), E("telegram", "@clubmaya_pay")]),
 ("payments_and_proceeds", "en", "split from tonight's spa: therapist gets 1000 of each 4000 session, rest cash to me, dont put it in the shop account. keep her tips with you till month end so she doesn't run", []),
 # isolation_and_control
 ("isolation_and_control", "bn", "ওর মোবাইল আমার কাছে রাখছি, মায়ের সাথে কথা হইলে আমার সামনে লাউডে। বাইরে যাইতে চাইলে লিটন সাথে যাইবো, একলা না", []),
 ("isolation_and_control", "bn", "আম্মা আমারে ফোন দিতে দেয় না, এইডা অন্য মাইয়ার ফোন দিয়া লেখতেছি। দরজা বাইরে থেকে তালা দেয়। কাউরে কইয়েন না তাইলে আমারে মারবো", []),
 ("isolation_and_control", "bn", "ফুরিনতরে রুম থাকি বার অইতে দেয় না। খালি বেটা মানুষ আইলে দরজা খুলে। ঠিকানা জানি না, জানালা দিয়া খালি একটা মসজিদ দেখা যায়", []),
 ("isolation_and_control", "bn-Latn", "notun meye duita ke kono phone dibi na, sim vainga fel. bari theke call ashle bolbi ora duty te busy. niche namte dibi na ekdom", []),
 ("isolation_and_control", "bn-Latn", "apu ami janina ami kon jaygay. gari te chokh bendhe anse. ekhn ekta hotel e, roomer bahire 1 jon pahara dey shob somoy", []),
 ("isolation_and_control", "en", "Keep the Gaibandha girl's NID card and her phone in the locker. She goes nowhere without Shanto. If her brother calls again say she shifted to the Gazipur unit.", []),
 ("isolation_and_control", "en", "cant talk long. they lock us after 10, window has grill. i dont know the area name. pls tell my mother im alive dont call this number", []),
 # labour_exploitation
 ("labour_exploitation", "bn", "সরদার কইছে আজকা রাইত ২টা পর্যন্ত মেশিন চলবো। সকাল ৭টায় আবার শুরু। গত দুই মাসের টাকা এখনো দেয় নাই, খালি দুই বেলা ভাত দেয়", []),
 ("labour_exploitation", "bn", "ভোর ৫টা থাকি রাইত ১টা তক কাম করি, বন্ধ নাই। ৬ মাস ধইরা বেতন দেয় না, কয় তোর মার কাছে পাঠায়, মায় কয় পায় নাই", []),
 ("labour_exploitation", "bn", "মাইয়াগো তিন মাস বেতন দিমু না, পরে দেখা যাইবো। খাওন একবেলা কইরা দাও, খরচ বেশি হইতাছে। যে বেশি কথা কয় তারে ছাদের রুমে রাখো", []),
 ("labour_exploitation", "bn-Latn", "ammu ekhane shudhu kaj r kaj, 18 ghonta. ghumai rannaghorer floor e. beton er kotha bolle bole tomar khalar kase dise", []),
 ("labour_exploitation", "bn-Latn", "karkhana te 14 ghonta kaj, holiday nai. boss bole overtime er taka dibo na karon tomra ekhono training e. 4 mash dhore training cholse", []),
 ("labour_exploitation", "bn-Latn", "apa dui mash kaj korlam beton er jaygay shudhu 500 dise. bolse baki ta jomai rakhse, ber hoye gele ekta poisa o pabo na", []),
 ("labour_exploitation", "en", "we sew from 7am till 3am when there is shipment, door is chained from outside during work. supervisor says no salary this month because of 'mistakes'", []),
 ("labour_exploitation", "en", "Maid duties: cooking, cleaning, 2 kids, elderly father, also my sister's flat on Fridays. No leave. Salary goes to the khala directly not to her.", []),
 # threats_and_coercion
 ("threats_and_coercion", "bn", "পালানোর চিন্তা করলে তোর ভিডিও তোর গ্রামের সবাইরে পাঠামু। তোর বাপের দোকানের সামনে ছাপায় লাগায় দিমু", []),
 ("threats_and_coercion", "bn", "থানায় গেলে কি হইবো? ওসি আমার লোক। উল্টা তোরেই মামলা খাওয়ামু, তোর ভাইরেও। চুপচাপ কামে যা", []),
 ("threats_and_coercion", "bn-Latn", "tor choto bon ta o kintu amar chokhe ase. beshi tera korle oke o niye ashbo, bujhli?", []),
 ("threats_and_coercion", "bn-Latn", "kalke je kanna kata korsos guest er shamne ar ekbar korle gorom khunti diye chheka dimu. jigas kor shilpi re ki hoisilo", []),
 ("threats_and_coercion", "bn-Latn", "apa ora amar gaye haat tule, pet e lathi dise. bole jodi police er kotha boli tahole amar ma r ghor e agun dibe", []),
 ("threats_and_coercion", "en", "Remember we have your address in Bhola and your mother's NID 1987261450937. One wrong word to that NGO lady and she loses her house.", [E("bd_nid", "1987261450937")]),
 ("threats_and_coercion", "en", "If you go to police they arrest you not me, you're the one in the hotel register with customers. Nobody believes a girl like you. Come back by 8.", []),
 # sexual_exploitation
 ("sexual_exploitation", "bn", "নোয়া মাইয়া আইস্যে কুড়িগ্রামত্তুন, এক্কেরে ফ্রেশ। রাইতর লাই ৫০০০, শর্ট ২০০০। হোটেল আরার, কোন ডর নাই। আগে বিকাশে ৫০০ বুকিং দিবান", []),
 ("sexual_exploitation", "bn", "স্পা তে ম্যাসাজ শুধু নামে, কাস্টমার যা চায় করতে হবে, না করলে বেতন কাটা। আমি তো শুধু ম্যাসাজ শিখতে আসছিলাম আপু", []),
 ("sexual_exploitation", "bn-Latn", "Friendship club 💗 Dhaka/Ctg. member fee 1500, pore meyer number dewa hobe, hotel e meet korte parben. full safe police setting ase. inbox e knock", []),
 ("sexual_exploitation", "bn-Latn", "bhai aaj 4 ta room ready, girls 3 jon notun. direct uthe ashben 5th floor, reception e bolben Rana bhai er guest. Moghbazar. num +880 1534 298716", [P("+8801534298716")]),
 ("sexual_exploitation", "bn-Latn", "ami video call e kapor khulte chai nai, oi apa bole na korle recording ta sobar kase pathabe. protidin 10-12 ta call korte hoy", []),
 ("sexual_exploitation", "en", "🌸 New girls from north Bengal, shy & homely, first time in Chattogram. Full night / short time. Hotel room provided, discreet. WhatsApp wa.me/8801627391054 only no calls", [W("+8801627391054")]),
 ("sexual_exploitation", "en", "Tonight you take 6 guests minimum. Keep smiling, no complaining to the guest about anything. Manager will check your room every hour.", []),
 ("sexual_exploitation", "en", f"Paid video call ✅ real deshi girls ✅ 15min 800tk ✅ girl does anything you ask. join t.me/deshi_vcall_bd for menu, foreign clients pay BTC {BTC}", [E("telegram", "@deshi_vcall_bd"), E("btc_address", BTC)]),
 # minors
 ("minors", "bn", "বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধনে ১৮ বানাইয়া দিমু, ৩ হাজার লাগবো। হোটেলে কেউ জিগাইবো না", []),
 ("minors", "bn", "সরদারের লাইগা ৫টা পোলাপান রেডি, ৮ থেকে ১১ বছর। দিনে কমলাপুর স্টেশনে হাত পাতবো, রাইতে ব্যাগ কারখানায়। মা-বাপরে মাসে ২ হাজার দিমু", []),
 ("minors", "bn-Latn", "sardar er order: kal theke pichchi gula bus stand e sokal 6 ta theke bosbe, sondha porjonto. jar hate 300 er kom thakbo tar rater khana nai", []),
 ("minors", "bn-Latn", "meyeta choto 13 14 hobe kintu kaj pare. khala ma ke 10 hajar advance dise, ekhon Uttara te ek basay thake, school er kotha bolle mare", []),
 ("minors", "bn-Latn", "customer ra kom boyosher meye chay, class 8 9 er moto dekhte emon 2 ta ready rakh. school dress er moto kapor pora thakbe", []),
 ("minors", "en", "She's 15 but looks 18, we'll do her ID with 2006 birth year. Hotel only checks a photocopy. Bring her Thursday.", []),
 ("minors", "en", "Need small boys 10-12 for the battery workshop in Keraniganj, they sleep there, food given, father gets 3000 a month. no school talk.", []),
]

# ---------------- ok items: (voice, script, hard, text, entities) ----------------
OK = [
 # news
 ("news", "bn", True, "কুড়িগ্রাম থেকে গার্মেন্টসে চাকরির প্রলোভন দেখিয়ে ঢাকায় এনে আবাসিক হোটেলে আটকে রাখা তিন কিশোরীকে উদ্ধার করেছে র‍্যাব-৩। এ ঘটনায় হোটেল ম্যানেজারসহ দুজনকে গ্রেপ্তার করা হয়েছে।", []),
 ("news", "bn", True, "মানব পাচার মামলায় দৌলতদিয়ার এক বাড়িওয়ালিকে ১০ বছরের কারাদণ্ড দিয়েছেন রাজবাড়ীর মানব পাচার অপরাধ দমন ট্রাইব্যুনাল। রায়ে বলা হয়, ভুক্তভোগী কিশোরীকে বাসার কাজের কথা বলে আনা হয়েছিল।", []),
 ("news", "bn-Latn", True, "vai news dekhso? Tangail e police raid dise ekta spa center e, 9 jon meye uddhar, malik palaise. shobai bolse parlour er kaj er kotha bole anse", []),
 ("news", "bn-Latn", True, "Bhola r ek khala ke dhorse police, meye pathaito dhaka r hotel e. amader upazila r news page e aise, link dilam group e", []),
 ("news", "en", True, "CHATTOGRAM, Oct 14 - Police arrested a hotel manager and a woman broker in Kotwali on Monday after rescuing two girls from Nilphamari who had been promised housemaid jobs, officials said. A case was filed under the Prevention and Suppression of Human Trafficking Act 2012.", []),
 ("news", "en", True, "Court frames charges against 4 in Facebook 'friendship club' trafficking case. The accused allegedly ran paid video-call pages and collected payments through bKash, the prosecutor told the tribunal.", []),
 # awareness
 ("awareness", "bn", True, "সতর্কতা: 'ভালো পরিবারে কাজের মেয়ে লাগবে' বা 'বিউটি পার্লারে চাকরি' বলে কেউ ডাকলে যাচাই না করে মেয়েকে পাঠাবেন না। কোনো খালা অগ্রিম টাকা দিলে নেবেন না। সন্দেহ হলে ৯৯৯ এ ফোন করুন। - কুড়িগ্রাম জেলা পুলিশ", []),
 ("awareness", "bn", True, "কিশোরী ক্লাবের আজকের আলোচনা: ফেসবুকে 'ফ্রেন্ডশিপ ক্লাব' বা টাকার বিনিময়ে ভিডিও কলের অফার এলে সাড়া দেবে না, অচেনা কাউকে নিজের ছবি পাঠাবে না। বিপদে পড়লে শিক্ষক বা অভিভাবককে জানাও।", []),
 ("awareness", "bn-Latn", True, "Sobai share korun 🙏 garments er kaj er kotha bole onek meye ke hotel e bikri kora hoy. kaj e pathanor age factory r nam thikana ar appointment letter check korun. shishu helpline 1098", []),
 ("awareness", "bn-Latn", True, "ma bon ra shonen, keu jodi bole beton onek thaka khawa free kichu lagbe na, ektu sondeho korun. meye ke kono dalal er hate diben na, union parishad e giye khoj nen", []),
 ("awareness", "en", True, "Child labour awareness week: children under 14 must not be employed in factories or workshops. If you see children begging under a 'sardar', report it to the child helpline 1098.", []),
 ("awareness", "en", True, "Never give your daughter's NID, birth certificate or photos to a broker for a 'job in Dhaka'. Real garment factories hire at the gate with a written appointment letter. - local NGO, Gaibandha", []),
 # official
 ("official", "bn", True, "নিয়োগ বিজ্ঞপ্তি - জেড এন অ্যাপারেলস লিঃ, আশুলিয়া। পদ: সুইং অপারেটর (নারী/পুরুষ), বয়স ১৮-৩৫। বেতন সরকারি মজুরি কাঠামো অনুযায়ী ১২৫০০ টাকা + ওভারটাইম। কাগজ: জাতীয় পরিচয়পত্রের ফটোকপি, ২ কপি ছবি। নিয়োগে কোনো টাকা লেনদেন হয় না। সরাসরি ফ্যাক্টরি গেটে সকাল ৮টায়।", []),
 ("official", "bn", True, "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি কোনো রিক্রুটিং এজেন্সি বা দালালকে টাকা দেবেন না। পাসপোর্ট নিজের কাছে রাখুন।", []),
 ("official", "bn-Latn", True, "Shanti Home Care Services (trade license ase): gharer kajer sohokari dewa hoy. boyos 18+ badhyotamulok, NID dekhate hobe. beton 9000-12000 sorasori kormir hate ba nijer bkash e, 8 ghonta kaj, saptahe 1 din chuti, likhito chukti. agency fee niyogkorta dey, kormi kono taka dey na. 01716-538204", [P("+8801716538204")]),
 ("official", "bn-Latn", True, "Dhaka EPZ te notun factory, operator o helper neya hobe. boyos 18+, NID lagbe. beton gazette onujayi, OT double. kono dalal nai, keu taka chaile amader HR ke janan: hr.recruit@meridianknit.com.bd", [E("email", "hr.recruit@meridianknit.com.bd")]),
 ("official", "en", True, "Bangladesh High Commission, Kuala Lumpur: employers may not keep workers' passports. Report passport retention to the Labour Wing at labourwing.kl@probashi-help.org or +60 3-2148 7940.", [E("email", "labourwing.kl@probashi-help.org"), P("+60321487940")]),
 ("official", "en", True, "Recruiting Licence RL-1187, Al-Noor Overseas Ltd. Female domestic worker visa KSA: government-fixed cost for the worker is zero; ticket, visa and medical paid by employer. Do not pay anyone. Your passport stays with you until the BMET briefing.", []),
 # receipt
 ("receipt", "en", True, "You have received Tk 5,000.00 from 01718293746. Ref mayer oshudh. Fee Tk 0.00. Balance Tk 6,212.50. TrxID BKD7RM2Q4X at 12/10/2026 19:42", [P("+8801718293746"), E("mfs_transaction", "BKD7RM2Q4X")]),
 ("receipt", "en", True, "Money Received. Amount: Tk 2500.00 Sender: 01914620385 Ref: salary advance Oct TxnID: 72KQ9VXM Balance: Tk 2711.30 14/10/2026 10:05", [P("+8801914620385"), E("mfs_transaction", "72KQ9VXM")]),
 ("receipt", "bn", True, "আপনি ৳৩,০০০.০০ পেয়েছেন ০১৮৭৩৯২৫১৬৪ নম্বর থেকে। রেফারেন্স: স্কুল ফি। ফি ৳০.০০। ব্যালেন্স ৳৩,৪৫০.০০। TrxID CJ48TZW1PA ১৫/১০/২০২৬ ০৮:১২", [P("+8801873925164"), E("mfs_transaction", "CJ48TZW1PA")]),
 ("receipt", "bn", True, "রকেট: ক্যাশ ইন সফল। পরিমাণ ৳১০,০০০। A/C: ***৪৭২১। ফি ৳০। ব্যালেন্স ৳১২,৩৪০। TxnId: 4829173650", [E("mfs_transaction", "4829173650")]),
 ("receipt", "bn-Latn", True, "ma taka pathaisi dekho: Cash In Tk 4,000.00 to 01795-384026 successful. TrxID DF3K8WQ0ZL. garments er beton paisi aj 😊", [P("+8801795384026"), E("mfs_transaction", "DF3K8WQ0ZL")]),
 ("receipt", "en", True, "Dear Customer, BDT 15,200.00 credited to A/C **3391 on 10-OCT-26 by SALARY-ANANTA APPARELS LTD. Avl Bal BDT 18,644.75. -Dutch-Bangla Bank", []),
 # worker_content
 ("worker_content", "bn", True, "আলহামদুলিল্লাহ নতুন ফ্যাক্টরিতে ভালো আছি মা। বেতন ১৩ হাজার, ওভারটাইম ঘণ্টায় ৭০ টাকা। শুক্রবার বন্ধ। মেসে আরও ৩ জন কুড়িগ্রামের মেয়ে থাকে, খালাম্মা রান্না করে।", []),
 ("worker_content", "bn", True, "আপা আমি যেই বাসায় কাজ করি হেরা অনেক ভালা মানুষ। বেতন প্রতি মাসে আমার নিজের বিকাশে দেয়, ঈদে বোনাস দিছে, মোবাইল আমার কাছেই থাকে। মাইয়াডারে স্কুলে রাখেন, টাকা পাঠামু।", []),
 ("worker_content", "bn-Latn", True, "ajke OT korlam 3 ghonta, line chief bhalo manush. passport korar jonno NID niye jabo next friday, malaysia te bhai er kase jete chai legal vabe BMET theke", []),
 ("worker_content", "bn-Latn", True, "parlour e threading r facial shikhsi, ekhon 11 hajar pai + tips. malik apa khub strict kintu time moto beton dey. raat 8 tay chuti, hostel e chole jai", []),
 ("worker_content", "en", True, "Month 3 at the knitwear unit in Gazipur. Got my full salary plus 1,800 overtime on the 7th as usual. Night shift is tiring but the supervisor lets us rest. Sending 6k home to Gaibandha.", []),
 ("worker_content", "en", True, "Hotel housekeeping job update: 8 hr shift, uniform free, salary in bank. Manager kept my NID photocopy for the staff file, original with me. Happy so far.", []),
 # joke
 ("joke", "bn", True, "বউ: বিয়ার আগে কইছিলা রানির মতো রাখবা। জামাই: রাখছি তো, রানিরা তো ঘরেই আটকাইয়া থাকে, বাইরে যায় না 😂", []),
 ("joke", "bn", True, "আমার বস এত ওভারটাইম করায়, মনে হয় বেতনটা জামানত রাখছে, চাকরি ছাড়লে ফেরত দিবো 🤣", []),
 ("joke", "bn-Latn", True, "amar ammu amar phone jobdo kore rakhse exam porjonto, basay pura jail 😭 keu amake uddhar koro", []),
 ("joke", "bn-Latn", True, "bondhu tui to pura sardar, amader diye picnic er sob kaj koraili r nijer vager taka o dis nai 😂", []),
 ("joke", "en", True, "My landlord is the real trafficker, takes half my salary and gives me a room with no window 😂", []),
 ("joke", "en", True, "Mom: who is this 'khala' you keep texting? Me: the biryani shop aunty. She controls my life and my wallet honestly", []),
 # chatter (hard)
 ("chatter", "bn", True, "হোটেল বুকিং কনফার্ম? কক্সবাজারে ৩ রাত, রুম ২টা, অ্যাডভান্স ২০০০ বিকাশ কইরা দিছি। মেয়েরা এক রুমে ছেলেরা আরেক রুমে", []),
 ("chatter", "bn", True, "ভাই স্পা তে গেছিলাম, পায়ের ম্যাসাজ দিল ১২০০ টাকা, কোমর ব্যথা একদম চইলা গেছে। ধানমন্ডি ২৭", []),
 ("chatter", "bn-Latn", True, "video call e aso raat 10 tay, group study korbo. Rina r Mitu o thakbe, phone charge diye rakhis", []),
 ("chatter", "bn-Latn", True, "club er member fee 500 ta 30 tarikh er moddhe bkash e pathai dio 01863-902715 e, friendship cup er jersey banabo", [P("+8801863902715")]),
 ("chatter", "en", True, "Anyone know a good beauty parlour in Chawkbazar? need bridal makeup for my cousin on the 22nd, budget around 8k", []),
 ("chatter", "en", True, "the new girl at work is from Kurigram, really sweet, she's staying at the ladies hostel near Farmgate. we're taking her out for fuchka tonight", []),
 # family
 ("family", "bn", True, "আম্মা, রুমার বিয়ার কথা আগাইছে। ছেলে চট্টগ্রামে ব্যাংকে চাকরি করে। মেয়ের বয়স ১৯, আগে অনার্স শেষ করুক কইছি", []),
 ("family", "bn", True, "আব্বা পাসপোর্ট অফিসে আজকে ফিঙ্গারপ্রিন্ট দিছি, ডেলিভারি ২১ দিন পরে। সৌদি কামের লাইগা না, আম্মারে নিয়া ওমরায় যামু ইনশাআল্লাহ", []),
 ("family", "bn-Latn", True, "bhaiya tania class 6 e bhorti hoise, boyos 11 to. school dress er jonno 1500 bikash koro amar number e", []),
 ("family", "bn-Latn", True, "abbu passport renew hoye gese, number BX4827163. umrah r ticket er jonno travel agency te scan copy dite hobe, ami email kore dibo", [E("bd_passport", "BX4827163")]),
 ("family", "en", True, "Ma, Shila's garments job in Savar is confirmed, she'll stay with aunt in Hemayetpur not with strangers. I'll visit her Friday and see the factory myself.", []),
 ("family", "en", True, "Uncle asked how much dowry for Mitu's wedding, I told him we don't do that. Her NID is 19982716354820917 for the kabin form, send it to the kazi office please.", [E("bd_nid", "19982716354820917")]),
 # easy negatives
 ("chatter", "bn", False, "ভাই আজকে খেলা দেখবা? সন্ধ্যায় চায়ের দোকানে আসো", []),
 ("chatter", "bn", False, "বৃষ্টি হইতেছে, ছাতা নিয়া বাইর হইস", []),
 ("chatter", "bn", False, "মা রাতে কি রান্না করছো? আমি ৯টার মধ্যে আসতেছি", []),
 ("chatter", "bn", False, "কালকে কোচিং বন্ধ, স্যার অসুস্থ", []),
 ("chatter", "bn-Latn", False, "dosto kal ki ber hobi? notun cafe khulse mirpur 10 e", []),
 ("chatter", "bn-Latn", False, "amar laptop er charger ta tor kase naki? pathay dis", []),
 ("chatter", "bn-Latn", False, "ajke onek gorom porse, ac ta thik korate hobe", []),
 ("chatter", "bn-Latn", False, "ammu bolse eid e nanu bari jabo, bus ticket kete felo", []),
 ("chatter", "en", False, "running 10 mins late, traffic at Bijoy Sarani is crazy", []),
 ("chatter", "en", False, "Happy birthday bro! Have a great year ahead 🎉", []),
 ("chatter", "en", False, "Did you submit the assignment? Deadline is tonight 11:59", []),
 ("chatter", "en", False, "Can you pick up eggs and bread on your way back", []),
]

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

def digits(s): return re.sub(r"\D", "", s.translate(BN_DIG))

def b58decode(s):
    n = 0
    for c in s: n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big")
    assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    return raw

def check(items):
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    assert sum(i["label"] == "ok" and i["hard"] for i in items) >= 45
    assert len({i["text"] for i in items}) == 120
    for it in items:
        t = it["text"]
        for e in it["entities"]:
            typ, v = e["type"], e["value"]
            if typ in ("phone", "whatsapp"):
                assert v.startswith("+"), v
                d = v[1:]
                nat = d[3:] if d.startswith("880") else d
                assert nat in digits(t), (it["id"], v)
            elif typ == "bd_nid":
                assert v.isdigit() and len(v) in (10, 13, 17) and v in digits(t), v
            elif typ == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t, v
            elif typ in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:] in t, v
            elif typ == "btc_address":
                assert b58decode(v)[0] == 0x00 and v in t
            elif typ == "tron_address":
                assert b58decode(v)[0] == 0x41 and v in t
            elif typ == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t
            else:
                assert v in t, (it["id"], typ, v)
        if it["label"] == "flag":
            assert it["category"] and it["voice"] == "victim_or_recruiter" and it["hard"] is True
        else:
            assert it["category"] is None

def main():
    items = []
    for cat, sc, text, ents in FLAG:
        items.append({"text": text, "label": "flag", "category": cat, "script": sc,
                      "voice": "victim_or_recruiter", "hard": True, "entities": ents})
    for voice, sc, hard, text, ents in OK:
        items.append({"text": text, "label": "ok", "category": None, "script": sc,
                      "voice": voice, "hard": hard, "entities": ents})
    random.Random(51).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        out.append({"id": f"dev51-{n:04d}", **it})
    check(out)
    with open("eval/dev/dev51.jsonl", "w", encoding="utf-8") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    c = Counter
    print("label", c(i["label"] for i in out))
    print("category", c(i["category"] for i in out))
    print("script", c(i["script"] for i in out))
    print("voice", c(i["voice"] for i in out))
    print("hard", c((i["label"], i["hard"]) for i in out))
    print("cat x script", sorted(c((i["category"], i["script"]) for i in out if i["category"]).items()))

if __name__ == "__main__":
    main()
