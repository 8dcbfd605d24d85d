#!/usr/bin/env python3
"""Blind dev set dev44: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a child-protection caseworker in Jashore, Satkhira and Rajbari (Daulatdia): children taken for domestic work or across the border, grooming through game and video apps, brothels, fish yards and brick kilns. Held out from round 6 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev44.jsonl: 120 hand-written items (60 flag, 60 ok) for evidtriage."""
import hashlib, json, random, re, collections

OUT = "eval/dev/dev44.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

def h20(seed: str) -> bytes:
    return hashlib.sha256(("dev44-" + seed).encode()).digest()[:20]

SUB = {
    "{BTC1}": b58check(0x00, h20("btc1")),
    "{TRON1}": b58check(0x41, h20("tron1")),
    "{ETH1}": "0x" + h20("eth1").hex(),
}

F = "flag"; O = "ok"; VR = "victim_or_recruiter"
# (text, label, category, script, voice, hard, entities)
ITEMS = []
def add(text, label, cat, script, voice, hard, ents=()):
    for k, v in SUB.items():
        text = text.replace(k, v)
    ents = [{"type": t, "value": SUB.get(v, v)} for t, v in ents]
    ITEMS.append(dict(text=text, label=label, category=cat, script=script, voice=voice, hard=hard, entities=ents))

# ---------------- FLAG ----------------
c = "recruitment_deception"
add("আপা মেয়েটারে ঢাকার এক বাসায় দিয়া দেন, ওরা বড়লোক মানুষ স্কুলে ভর্তি কইরা দিবো। কাজ কিছুই না খালি বাচ্চা দেখা, মাসে মাসে ৩ হাজার আপনের বিকাশে চইলা আসবো। কাল ভোরে বাসস্ট্যান্ডে আমার লোক থাকবো", F, c, "bn", VR, True)
add("তোমার মত সুন্দর মেয়ে কলকাতার পার্লারে কাজ করলে মাসে ৩০-৪০ হাজার কামাইবা। বর্ডার কোন ব্যাপার না আমার চেনা লোক আছে কাগজপত্র কিচ্ছু লাগবো না। আম্মুরে বলবা খালার বাসায় যাইতেছ", F, c, "bn", VR, True)
add("দুবলার চরে খালি মাছ বাছাই এর কাম, বইসা বইসা। ৩ মাসে ৪০ হাজার হাতে পাবি, খাওয়া থাকা ফিরি। ঈদের আগে ট্রলারে কইরা বাড়ি দিয়া যামু সেইটা আমার দায়িত্ব", F, c, "bn", VR, True)
add("tmr video gula onek viral hobe dekhba. Dhaka te amader agency te model hishebe nibo, mase 25k fix + thaka free. ekhon kauke bolar dorkar nai, pore surprise dibi sobaike 😘 inbox e ekta full pic pathao", F, c, "bn-Latn", VR, True)
add("bro tui FF e pro player, India te ekta gaming house ase okhane saradin khelle mase 20 hajar rupi dey thaka khawa ful free. border ami par koraya dimu pasport lagbo na. amar imo 01845-672390 e knock dis", F, c, "bn-Latn", VR, True, [("phone", "+8801845672390")])
add("meye ke biya dile jamai Dubai niya jabe, okhane boro hotel e chakri dibe gold o dibe. kono joutuk lagbe na ulta apnader 50 hajar dibe. biye ta chupe chupe hobe, beshi manush janar dorkar nai", F, c, "bn-Latn", VR, True)
add("Need helper girl for house in Dhaka Uttara, rich family, salary 7000 monthly + she can study in evening, they will give her a phone. no paper needed, we arrange the bus. call 01913 224657 ask for Rafiq bhai", F, c, "en", VR, True, [("phone", "+8801913224657")])
add("Hi dear saw ur Likee 💃 our company in Mumbai need dancers for wedding events, 2 lakh rupees per month, flat and food provided. u dont need passport our guide take u through Benapole side. dont tell family now they wont understand, after first salary u send them money. send ur pics to likee.talent.hunt@gmail.com", F, c, "en", VR, True, [("email", "likee.talent.hunt@gmail.com")])

c = "fees_and_debt"
add("তোর বাপে যে ২০ হাজার নিছে ওইটা কাটা না হওয়া পর্যন্ত বাড়ি যাওয়ার কথা মুখেও আনবি না। খাওয়া থাকার খরচও তোর হিসাবে উঠতেছে রোজ", F, c, "bn", VR, True)
add("আপা সর্দারনি কয় আমারে আনতে নাকি ৬০ হাজার গেছে, ওই টাকা শোধ না হওয়া পর্যন্ত এইখান থিকা বাইর হইতে পারুম না। প্রতিদিন হিসাব খালি বাড়েই কমে না", F, c, "bn", VR, True)
add("dadon er taka ta to tor ma niye gese. ekhon season sesh na howa porjonto bhata theke nodi o parbi na, 35 hazar er ek poisa o kom na", F, c, "bn-Latn", VR, True)
add("apu ami ekhane 4 mash, madam bole amar jonno naki 1 lakh khoroc hoise border par korte ar jama kapor kinte. protidin 500 kore kate, kobe shes hobe jani na 😢", F, c, "bn-Latn", VR, True)
add("Sir ur son reached Dubai safe. Now pay remaining 3.5 lakh within this week otherwise farm owner keeps him till his work covers it. send to personal bkash 01823-556901 or call me +971 55 218 4730", F, c, "en", VR, True, [("phone", "+8801823556901"), ("phone", "+971552184730")])
add("We already paid for her ticket, her clothes, her room and the lady who brought her. Thats 85k. She works it off first then she gets paid, same for all the girls here", F, c, "en", VR, True)
add("bhai the kid broke 2 trays of fish again. thats 3000 more on his account, tell his uncle loan is now 27k not 24k. season end he goes home only if its clear", F, c, "en", VR, True)

c = "payments_and_proceeds"
add("আজকের ৪ জনের টাকা নগদে পাঠাই দিছি ০১৬৭৮-৯০১২৩৪ নাম্বারে। মেয়েটারে ভাগ দিমু না, ওর মায়েরে মাস শেষে দুই হাজার দিলেই চলবো", F, c, "bn", VR, True, [("phone", "+8801678901234")])
add("লাইনম্যানরে মাথাপিছু ৫ হাজার, ছোট দুইটার জন্য ১০। টাকা রকেটে দেন, TxnId 7384910265 হাতে পাইলে মাল ছাড়ুম", F, c, "bn", VR, True, [("mfs_transaction", "7384910265")])
add("boss aj rat er collection 18,500. 3 ta room full silo. apnar bkash e 15k dilam TrxID CK4RT7MX2Q, baki ta meyeder khawa r thana r jonno rakhsi", F, c, "bn-Latn", VR, True, [("mfs_transaction", "CK4RT7MX2Q")])
add("Dubai theke hundi te pathabo, 2 ta pola r advance. apni local agent ke bolen cash out kore rakhte, amar naam jeno kothao na ashe. USDT nile TRC20 te dibo {TRON1}", F, c, "bn-Latn", VR, True, [("tron_address", "{TRON1}")])
add("notun meye ta ke online e dekhacchi, video call 1500 full 5000. advance na dile kisu hobe na. bkash personal 01556 778 243, taka pathaye screenshot diben", F, c, "bn-Latn", VR, True, [("phone", "+8801556778243")])
add("Payment for the 3 new boys received, 1.2 lakh. Split 40k Jashore side, 40k boat man, rest mine. dont put it in one bkash, use 3-4 agent numbers and cash out same day. if u want usdt send to {ETH1}", F, c, "en", VR, True, [("eth_address", "{ETH1}")])
add("For access to the private channel pay 0.004 BTC to {BTC1} after confirm I add u to t.me/ghoroa_moyna_vip . new stock every week, young ones 🌸", F, c, "en", VR, True, [("btc_address", "{BTC1}"), ("telegram", "@ghoroa_moyna_vip")])

c = "isolation_and_control"
add("তোর মোবাইল আমার কাছে থাকবো। মায়ের লগে কথা কইতে চাইলে শুক্রবারে আমার সামনে বইসা কইবি, আর কান্দাকাটি করলে ফোন দেওয়া বন্ধ", F, c, "bn", VR, True)
add("আপা আমারে ছাদের ঘরে তালা দিয়া রাখে, জানলা দিয়া খালি রাস্তা দেখি। এই ফোন ড্রাইভার ভাইয়ার লুকাইয়া লিখতেছি। কোন এলাকা জানি না মিরপুর মনে হয়", F, c, "bn", VR, True)
add("নতুন দুইটারে ঘাটের বাইরে যাইতে দিবা না, দোকানে গেলেও সাথে একজন যাইবো। ওদের জন্মসনদ আর ID card আমার ড্রয়ারে তালা দিয়া রাখছি", F, c, "bn", VR, True)
add("ekhon theke tor fb tiktok sob off. amar deya sim chara onno sim chalaile bujhbi. tui je Dhaka te asos eta tor gramer keu jante parbe na", F, c, "bn-Latn", VR, True)
add("apa ami beshi kotha bolte parbo na ora shunle marbe. gate e sob somoy lok boshe thake, amar jama kapor o ora rakhse jate palaite na pari", F, c, "bn-Latn", VR, True)
add("She is not allowed to talk to the neighbours maids. If her mother calls tell her she is sleeping. Keep the main door locked when u go out, key stays with you only", F, c, "en", VR, True)
add("pls help my cousin, the man who took her to India took her phone and the aadhaar they made for her. she called from some shop phone +91 98300 12345, says they move her to a different house every few weeks she dont know the name of the place", F, c, "en", VR, True, [("phone", "+919830012345")])
add("new rule for the boys on the char: no going to town, no phone, letters home go through me. anyone who talks to the trawler people about pay gets no food that day", F, c, "en", VR, True)

c = "labour_exploitation"
add("ভোর ৪টায় উঠায় রাত ১২টা পর্যন্ত থালাবাসন কাপড় বাচ্চা রাখা। ৮ মাসে একদিনও ছুটি পাই নাই। খাওয়া দেয় ওদের বাসি ভাত", F, c, "bn", VR, True)
add("ভাটায় দিনে ১২০০ ইট বানাইতে হয়, না পারলে মজুরি কাটে। ৫ মাস হইল হাতে একটা টাকাও দেয় নাই, কয় মৌসুম শেষে একবারে দিবো", F, c, "bn", VR, True)
add("শুঁটকির চাতালত পোয়াগুন হারাদিন রোদত কাম গরে, রাইতত মাছর ঘরত ঘুমায়। তিন মাস অইয়ে মাইনা ন দের, খালি ভাত দেয়", F, c, "bn", VR, True)
add("uter khamar e sokal 3 ta theke kaj, rode pani o thik moto dey na. beton 800 riyal bolse dey 300 ta o 4 mash por por. ami 14 bochor ar passport e likhse 22, passport no AB3847261 ora rakhse", F, c, "bn-Latn", VR, True, [("bd_passport", "AB3847261")])
add("ami jei basay kaj kori oder 2 ta basa, ek basa theke arek basay pathay. ghum 4 ghonta. betan 3 mas dhore dey na, bole tor bap re dise", F, c, "bn-Latn", VR, True)
add("bhaia we r 11 boys here, work from fajr till dark carrying fish baskets, sleep on the machan with the fish. they dont give us money, mahajan says he will settle with our fathers after season", F, c, "en", VR, True)
add("Maid wanted for 2 houses (same family, 5th floor n 7th floor). Cleaning cooking ironing baby care. No fixed hours, 1 day off a month if work done. Salary paid to guardian every 6 months", F, c, "en", VR, True)

c = "threats_and_coercion"
add("পালানোর চিন্তা করলে তোর ছোট বোনরে তুইলা আনমু, মনে রাখিস তোর বাড়ি আমি চিনি", F, c, "bn", VR, True)
add("আবার যদি ওই এনজিওর মহিলার লগে কথা কস তোর ভিডিও গ্রামের সবাইরে পাঠায় দিমু, তোর বাপ আর মুখ দেখাইতে পারবো না", F, c, "bn", VR, True)
add("tor ma k bolli to? bolle police e dhoraye dimu, bolbo tui churi korsos. Dhaka te tor kotha ke shunbe", F, c, "bn-Latn", VR, True)
add("tumi jodi aro kandaw tumare ar bari faataitam nay, hekhanou rakhi dimu. kalke beshi kaam korbay, na korle khana bondh", F, c, "bn-Latn", VR, True)
add("amar bon ta ke boro apa bolse kaj na korle khaowa bondho. gotokal 2 ta thappor dise, erpor aro boro kisu hobe bolse", F, c, "bn-Latn", VR, True)
add("you signed the paper. u leave before 2 years kafeel files huroob and u go jail here, nobody from Bangladesh coming for u. so stop crying and work", F, c, "en", VR, True)
add("listen baby I still have all ur videos. u come to the hotel friday or I send them to ur school group and ur abbu's messenger. ur choice", F, c, "en", VR, True)

c = "sexual_exploitation"
add("নতুন মাল আসছে ফরিদপুর থিকা, একদম ফ্রেশ, ঘাটে ১১ নম্বর ঘরে। রেট আগের মতই রাত থাকলে ৩০০০। ফোন দেন 0️⃣1️⃣7️⃣9️⃣3️⃣4️⃣5️⃣8️⃣2️⃣1️⃣6️⃣", F, c, "bn", VR, True, [("phone", "+8801793458216")])
add("আপা ওরা আমারে ট্যাবলেট খাওয়ায় যাতে মোটা দেখায়, দিনে ১০-১২ জন লোক নিতে হয়, না কইলে সর্দারনি মারে", F, c, "bn", VR, True)
add("bhaiya hotel e chhoto ekta meye ache, school dress e pathabo, 2 ghontar jonno 6k. Insta te pic dekhen @moyna.rani_22 DM koren", F, c, "bn-Latn", VR, True, [("instagram", "@moyna.rani_22")])
add("apu amake ekhane jor kore loker sathe thakte bole, ami bolsi ami parlour e kaj korte asi. ora bole parlour er kaj eta i", F, c, "bn-Latn", VR, True)
add("Cox's Bazar tour package: room + 'company' 2 jon meye, college er. whatsapp e kotha hobe wa.me/8801798654321 advance 50% lagbe", F, c, "bn-Latn", VR, True, [("whatsapp", "+8801798654321")])
add("New girls from Bangladesh side 🌹🌹 just arrived Kolkata. Innocent, fair, obedient. Full night booking, pickup available. telegram @sonagachi_newface", F, c, "en", VR, True, [("telegram", "@sonagachi_newface")])
add("She will do video calls for the foreign clients 3 times a night, you collect the dollars, she gets food and room. show face but dont let her say where she is", F, c, "en", VR, True)
add("my friend who met a guy on Likee is in some flat in Jessore town now. she texted me men come every night and the guy takes the money, she cant leave", F, c, "en", VR, True)

c = "minors"
add("মেয়ের বয়স ১৩ কিন্তু গায়েগতরে বড় দেখায়, কাগজে ১৯ দেখাইতে হইবো। ইউনিয়ন পরিষদে আমার লোক আছে, বাপের NID ১৯৭৮২৬১৪৫৩০৯৮৭৬৫৪ দিয়া জন্মনিবন্ধন নতুন কইরা দিবো ২ হাজার টাকায়", F, c, "bn", VR, True, [("bd_nid", "19782614530987654")])
add("বাচ্চা দুইটারে বেনাপোল দিয়া পার করমু, ছোটটার বয়স ৯ বড়টার ১২। কেউ জিগাইলে কইবা মামার বাড়ি যাইতেছে, ওই পাড়ে লোক থাকবো", F, c, "bn", VR, True)
add("১২/১৩ বছরের একটা কাজের মেয়ে লাগবে, গ্রামের হলে ভালো, বাপ মা বেশি খোঁজ নেয় না এমন। যোগাযোগ ০১৭৩৪-৫৬২১৮৯", F, c, "bn", VR, True, [("phone", "+8801734562189")])
add("tmi class 7 e poro? tahole to 12-13 hobe. amar sathe Dhaka ghurte asba? kauke bolo na, ami bus ticket kete dibo FF er diamond o dibo 💎", F, c, "bn-Latn", VR, True)
add("pola ta 10 bochor hoile ki, uter daur e halka pola lage. kagoje boyos 16 dibo, Dubai te 2 bochor thakle tomago ghor paka hoye jaibo", F, c, "bn-Latn", VR, True)
add("u r 14? thats perfect age honestly. delete this chat after reading ok. I'll send u a new phone so ur mom doesnt see our talks", F, c, "en", VR, True)
add("Need 4 small boys age 10-13 for fish drying at Dubla char, Nov to Feb. Parents get 15k advance each. No school papers needed. contact Kashem 01987-654320", F, c, "en", VR, True, [("phone", "+8801987654320")])
add("the girl in room 6 says she is 15 but her card says 19, sardarni got it made. dont write her real age in the register if police come", F, c, "en", VR, True)

# ---------------- OK: hard negatives ----------------
v = "news"
add("যশোরের শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় ৩ শিশুসহ ৫ জনকে উদ্ধার করেছে বিজিবি। এ ঘটনায় এক দালালকে আটক করা হয়েছে, মানব পাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।", O, None, "bn", v, True)
add("দৌলতদিয়া যৌনপল্লী থেকে দুই কিশোরী উদ্ধার, বয়স বাড়িয়ে জন্মনিবন্ধন তৈরির অভিযোগে ইউপি সচিব গ্রেপ্তার — রাজবাড়ী প্রতিনিধি", O, None, "bn", v, True)
add("khobor dekhsos? Satkhira te TikTok e premer fad pete meye pachar korto emon chokrer 2 jon RAB er hate dhora khaise, India te bikri korto bole", O, None, "bn-Latn", v, True)
add("news ta share korlam: uter jockey hishebe Dubai pathano 8 shishu ke desh e ferot anlo, court e dalal er 10 bochor jail hoise. alhamdulillah", O, None, "bn-Latn", v, True)
add("Khulna tribunal sentences two to life imprisonment for trafficking a 14-year-old girl from Jashore to a brothel in Mumbai. The prosecutor said she was lured with a parlour job offer.", O, None, "en", v, True)
add("Police rescued 11 children from a brick kiln in Narail on Tuesday. The kiln owner had paid advances to their parents, officials said. A case has been filed under the Labour Act.", O, None, "en", v, True)

v = "awareness"
add("সচেতনতা বার্তা: অপরিচিত কেউ ঢাকায় ভালো কাজ বা বিয়ের প্রস্তাব দিলে আগে যাচাই করুন। শিশুকে ঝুঁকিপূর্ণ কাজে পাঠানো আইনত দণ্ডনীয়। সাহায্যের জন্য ১০৯৮ (চাইল্ড হেল্পলাইন) বা ৯৯৯ এ কল করুন।", O, None, "bn", v, True)
add("মায়েরা শুনুন: টিকটক বা লাইকিতে পরিচয় হওয়া কেউ যদি মেয়েকে দেখা করতে ডাকে বা বর্ডারের ওপারে চাকরির কথা বলে, সাথে সাথে স্কুলের শিক্ষক বা ইউনিয়ন পরিষদে জানান। — শিশু সুরক্ষা ফোরাম, সাতক্ষীরা", O, None, "bn", v, True)
add("uthan boithok e apa bollo: kono dalal jodi bole passport chara India niye jabe kaj dibe, bisshash korben na. pola maiya ke kaj e pathanor age UP member ke janan", O, None, "bn-Latn", v, True)
add("Free Fire / PUBG e keu jodi diamond, phone ba taka offer kore dekha korte bole, sathe sathe abbu ammu ke bolo. eta groom korar kayda. sobai share koro 🙏", O, None, "bn-Latn", v, True)
add("Never let your child travel with someone they met online. Child marriage is a crime in Bangladesh: girls must be 18, boys 21. Call 109 (national helpline for violence against women and children).", O, None, "en", v, True)
add("Is someone offering your son work at a fish-drying yard or a camel farm abroad? Children under 14 must not work and under-18s must not do hazardous work. Ask the Upazila Social Services Office before you agree.", O, None, "en", v, True)

v = "official"
add("বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি টাকা কোনো রিক্রুটিং এজেন্সি বা দালালকে দেবেন না। নিবন্ধন করুন 'আমি প্রবাসী' অ্যাপে।", O, None, "bn", v, True)
add("জেলা সমাজসেবা কার্যালয়, যশোর: শিশু সুরক্ষা কমিটির সভা আগামী ১২ ডিসেম্বর সকাল ১০টায়। ইউনিয়ন শিশু কল্যাণ বোর্ডের সদস্যদের উপস্থিতি কাম্য। যোগাযোগ: ০১৭৬৯-২২৩৪৫৬", O, None, "bn", v, True, [("phone", "+8801769223456")])
add("Shapla Overseas (RL-1234, BMET licensed): Saudi te hospital cleaner, 18+ only. BMET registration o smart card amra kore dibo, sorkari khoroch er beshi ek taka o nibo na, receipt dewa hobe. info@shaplaoverseas.com.bd", O, None, "bn-Latn", v, True, [("email", "info@shaplaoverseas.com.bd")])
add("Embassy notice: Riyadh Bangladesh Embassy labour wing e passport renew er jonno MRP copy ar iqama copy niye ashun. kono dalal er maddhome ashben na. hotline +966 11 419 4216", O, None, "bn-Latn", v, True, [("phone", "+966114194216")])
add("BMET notice: workers going to KSA pay only the government-fixed migration cost stated in the demand letter. Keep your passport with you at all times. Report any agent asking extra money to 16135 (Probashbandhu call centre).", O, None, "en", v, True)
add("Upazila Secondary Education Office, Kalaroa: SSC 2027 registration must include the 17-digit birth registration number. Students without one should contact the headmaster before 20 December.", O, None, "en", v, True)

v = "receipt"
add("আপনি ৳১,৫০০.০০ গ্রহণ করেছেন ০১৮১২৩৪৫৬৭৯ থেকে। ফি ৳০.০০। ব্যালেন্স ৳২,৩৪০.৫০। TrxID BK4T9QX2LM ০৫/১২/২০২৬ ০৯:১৪", O, None, "bn", v, True, [("phone", "+8801812345679"), ("mfs_transaction", "BK4T9QX2LM")])
add("নগদ: সেন্ড মানি সফল। পরিমাণ: ৳৫০০০ প্রাপক: ০১৯১১৪৫৬৭৮২ রেফ: স্কুল বেতন TxnID: 7ZK3M9QA ব্যালেন্স: ৳১২০", O, None, "bn", v, True, [("phone", "+8801911456782"), ("mfs_transaction", "7ZK3M9QA")])
add("ei je bhaiya coaching fee er taka tulsi: Cash Out Tk 2,000.00 to 01731558204 successful. Fee Tk 37.00. Balance Tk 412.50. TrxID CF8N2KD7WR", O, None, "bn-Latn", v, True, [("phone", "+8801731558204"), ("mfs_transaction", "CF8N2KD7WR")])
add("apa rocket e pathaisi dekhen: Cash-In to A/C ***4521 Tk 1200 TxnId 4829107356. eta madrasar boarding fee, hujur ke bolben", O, None, "bn-Latn", v, True, [("mfs_transaction", "4829107356")])
add("You have received Tk 7,500.00 from 01711223344. Fee Tk 0.00. Balance Tk 9,812.40. TrxID BJ7WQ3ZN0M at 04/12/2026 18:22", O, None, "en", v, True, [("phone", "+8801711223344"), ("mfs_transaction", "BJ7WQ3ZN0M")])
add("Money Received. Amount: Tk 12000.00 Sender: 01611234567 Ref: passport fee TxnID: 73KD9PQ2 Balance: Tk 12450.00", O, None, "en", v, True, [("phone", "+8801611234567"), ("mfs_transaction", "73KD9PQ2")])

v = "worker_content"
add("আলহামদুলিল্লাহ রিয়াদে ৩ বছর হইল, কোম্পানি ইকামা রিনিউ কইরা দিছে, বেতন ১৮০০ রিয়াল সাথে ওভারটাইম। পাসপোর্ট নিজের কাছেই রাখি। ভাইয়েরা কেউ আসতে চাইলে সরকারি নিয়মে আসবেন", O, None, "bn", v, True)
add("আজকে ডিউটি ১২ ঘণ্টা ছিল, ৪ ঘণ্টা ওভারটাইম পাইছি। মালয়েশিয়ায় রোজার মাসে কাজ একটু কম থাকে। মা'রে বিকাশে টাকা পাঠাইছি ছোট বোনের স্কুলের বেতন দিতে", O, None, "bn", v, True)
add("Dubai vlog ep 23 🇦🇪 aj amader camp er room tour, 4 jon ek room e AC ase, company khawa dey. beton mase 1500 dirham overtime alada. comment e bolen next e ki dekhte chan", O, None, "bn-Latn", v, True)
add("Kuwait e aj chuti chilo, friend der sathe beach e gesilam. agent bhai ke dhonnobad 1 taka o beshi nay nai. passport renew korlam embassy theke nijei", O, None, "bn-Latn", v, True)
add("Day in my life as a Bangladeshi construction worker in Singapore 🇸🇬 wake up 5am, site 7 to 7, salary comes every month to my bank, sending half home for my brother's HSC coaching", O, None, "en", v, True)
add("Brothers in Qatar, my company is hiring electricians. legal visa through a BMET registered agency, no money to any broker. salary 2200 QR + OT. inbox me for the official circular", O, None, "en", v, True)

v = "joke"
add("বউ: তুমি বিয়ার সময় কইছিলা রাজরানী কইরা রাখবা। জামাই: রাখছি তো, রানীর মত সারাদিন হুকুম দেও 😂", O, None, "bn", v, True)
add("আব্বা কয় আমারে দালালের কাছে বেইচা দিবো, দালাল কয় এই পোলা দিয়া কি করুম সারাদিন ফ্রি ফায়ার খেলে 🤣🤣", O, None, "bn", v, True)
add("ammu amar phone niye niche ar bolse SSC porjonto ferot pabo na. eta amar jibon er sobcheye boro human rights violation 😭😭", O, None, "bn-Latn", v, True)
add("boss bolse overtime korle extra beton dibe. 3 mash por dekhi beton o nai boss o nai, office e khali ami ar fan 🙂", O, None, "bn-Latn", v, True)
add("My mom confiscated my phone, my charger and my freedom until exams end. someone call UNICEF 😭", O, None, "en", v, True)
add("Teacher: why are you late? Me: a recruiter from Free Fire kidnapped me into a 4 hour ranked match sir 💀", O, None, "en", v, True)

v = "chatter"
add("ভাই আজকে ক্ল্যাশ স্কোয়াডে ঢুকবি? আমার UID দিতেছি। এক ভাই বিকাশে ১০০ টাকায় ২০০ ডায়মন্ড টপআপ দেয়, সেফ আছে", O, None, "bn", v, True)
add("দৌলতদিয়া ঘাটে আজ ৪ ঘণ্টার জ্যাম, ফেরি নাই। বাস থিকা নাইমা সবাই হাঁটতেছে, মহিলা আর বাচ্চারা খুব কষ্টে আছে", O, None, "bn", v, True)
add("bro squad e new player lagbe, age 15-17 hole valo, raat 10 tay scrim. discord e ashen ami invite pathacchi", O, None, "bn-Latn", v, True)
add("amader class er Rima'r TikTok e 10k follower hoye gese! ekta brand sponsor korte chay, ora bolse age parents er sathe kotha bolbe", O, None, "bn-Latn", v, True)
add("gg guys whoever took the airdrop in Bermuda was a beast. next match 9pm dont be late or I'm kicking u from the squad lol", O, None, "en", v, True)
add("Teachers group: Class 8 girls attendance dropped this month. Please call the parents, check if anyone is being married off or sent to work in Dhaka, and inform the headmaster.", O, None, "en", v, True)

v = "family"
add("মেয়ের জন্মনিবন্ধনে সাল ভুল আসছে, ২০১৩ এর জায়গায় ২০১১ লিখছে। ইউনিয়ন পরিষদে সংশোধনের জন্য দিছি, নাইলে রেজিস্ট্রেশন আটকাইবো", O, None, "bn", v, True)
add("খালা, রুমা আপার বিয়া ঠিক হইছে, ছেলে সৌদি থাকে। আপা ২৩ ভাইয়া ২৯। কাবিন ৫ লাখ, ছুটিতে আসলেই বিয়া", O, None, "bn", v, True)
add("abbu amar passport er police verification ashbe kal, bari thakio. tomar NID number ta form e lagbe, eta na? NID: 1985472639", O, None, "bn-Latn", v, True, [("bd_nid", "1985472639")])
add("bhaiya Malaysia theke taka pathaise 40 hajar. amma bolse 20 hajar diye Sumi'r school admission ar boi kinbo, baki ta kistir taka", O, None, "bn-Latn", v, True)
add("Our daughter just turned 12, can you send the birth certificate scan so I can apply for her passport? We're going to Vellore for her eye treatment in January. My NID no. is 19852716283940512 for the form", O, None, "en", v, True, [("bd_nid", "19852716283940512")])
add("Uncle from Dubai called, says no more money for cousin Rakib's visa until he passes HSC. Rakib is furious lol. Aunty says study first, abroad later", O, None, "en", v, True)

# ---------------- OK: easy negatives ----------------
v = "chatter"
for s, t in [
    ("bn", "আজকে বিকালে বৃষ্টি হইবো মনে হয়, ছাতা নিয়া বাইর হইও"),
    ("bn", "আম্মু রাতে খিচুড়ি আর ডিম ভাজি কইরো প্লিজ"),
    ("bn", "কাল সকাল ১০টায় মিটিং, দেরি করিস না"),
    ("bn", "জামাইষষ্ঠীতে যাইবা না? মা অনেক আশা কইরা আছে"),
    ("bn-Latn", "kire kothay tui? ami tong er dokane, cha khabi?"),
    ("bn-Latn", "ajke khela dekhsos? Bangladesh ki khela ta khelse 🔥🔥"),
    ("bn-Latn", "bhai kal offday, movie dekhte jabi? Star Cineplex"),
    ("bn-Latn", "net eto slow keno, router ta restart de to"),
    ("en", "Happy birthday bro, have a great year ahead 🎂"),
    ("en", "Reached home safely, thanks for the ride"),
    ("en", "Can you send me the notes from today's chemistry class?"),
    ("en", "Lunch at 2? I'm starving"),
]:
    add(t, O, None, s, v, False)

# ---------------- checks ----------------
BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = {"recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"}

def b58decode_check(s):
    n = 0
    for ch in s:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes(25, "big")
    assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:], s
    return raw[0]

def check(items):
    assert len(items) == 120
    for it in items:
        text = it["text"]
        digits = re.sub(r"\D", "", text.translate(BN))
        assert it["label"] in ("flag", "ok")
        assert (it["category"] in CATS) == (it["label"] == "flag")
        assert it["script"] in ("bn", "bn-Latn", "en")
        if it["label"] == "flag":
            assert it["voice"] == "victim_or_recruiter" and it["hard"] is True
        for e in it["entities"]:
            t, val = e["type"], e["value"]
            if t in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+[1-9]\d{7,14}", val), val
                nat = val[4:] if val.startswith("+880") else val[-9:]
                assert nat in digits, (val, text)
            elif t in ("telegram", "instagram"):
                assert val.startswith("@") and val[1:] in text, (val, text)
            elif t == "bd_nid":
                assert len(val) in (10, 13, 17) and val.isdigit() and val in text.translate(BN), val
            elif t == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", val) and val in text, val
            elif t == "btc_address":
                assert b58decode_check(val) == 0x00 and val in text
            elif t == "tron_address":
                assert b58decode_check(val) == 0x41 and val.startswith("T") and val in text
            elif t == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", val) and val in text.lower()
            elif t in ("email", "mfs_transaction"):
                assert val in text, (val, text)
            else:
                raise AssertionError(t)
        # every long digit run must be covered by some entity
        for run in re.findall(r"\d[\d\s\-\.\ufe0f\u20e3]{8,}\d", text.translate(BN)):
            d = re.sub(r"\D", "", run)
            if len(d) >= 10:
                assert any(re.sub(r"\D", "", e["value"])[-9:] in d or d in e["value"] for e in it["entities"]), (run, text)

def main():
    items = list(ITEMS)
    check(items)
    random.Random(44).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, it in enumerate(items, 1):
            rec = {"id": f"dev44-{i:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    C = collections.Counter
    print("label", C(i["label"] for i in items))
    print("category", C(i["category"] for i in items))
    print("script", C(i["script"] for i in items))
    print("cat x script", sorted(C((i["category"], i["script"]) for i in items if i["category"]).items()))
    print("voice", C(i["voice"] for i in items))
    print("hard", C((i["label"], i["hard"]) for i in items))
    print("entities", C(e["type"] for i in items for e in i["entities"]))

if __name__ == "__main__":
    main()
