#!/usr/bin/env python3
"""Blind dev set dev94: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a diaspora community leader in Italy, Greece, Cyprus and Portugal (Greek strawberry/orange
farmworkers housed by the boss, Cyprus student visas ending in illegal work, Portugal 'papers' sold for thousands
of euros, Bangladeshi bosses keeping documents and taking wage cuts, shop workers in Rome/Lisbon under the 'mama';
Banglish, Sylheti and Noakhali Bengali, Italian and Greek words). Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev94.jsonl"
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


BTC1 = btc("dev94-btc-1")
TRON1 = tron("dev94-tron-1")
ETH1 = eth("dev94-eth-1")

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
  "আঁই হুইনছিলাম রেস্টুরেন্টে কিচেনের কাম, আইয়া দেখি মানোলাদার স্ট্রবেরি ক্ষেতে নামাই দিছে। দালাল কইছিল দিনে ৫০ ইউরো, অন দেয় ২৩। হেতেরে ফোন দিলে ধরে না, ইমোতেও ব্লক")
F("recruitment_deception", "bn",
  "সাইপ্রাসে কলেজে ভর্তি, পড়ার পাশাপাশি ফুল টাইম কাজ লিগাল, ২ বছর পর ইউরোপের যেকোনো দেশে যাইতে পারবা — এই কথা বইলা আনছিল। আইসা শুনি ক্লাস না করলে ভিসা বাতিল আর ২০ ঘন্টার বেশি কাজ করা অবৈধ। এখন লুকাইয়া কার ওয়াশে কাজ করি, কলেজের মুখও দেখি নাই")
F("recruitment_deception", "bn",
  "ভাই ইতালির ফ্লুসি ভিসা রেডি আছে, সিজনাল না — পার্মানেন্ট কন্ট্রাক্ট। মাসে ১৮০০ ইউরো, থাকা খাওয়া কোম্পানির, কোন অভিজ্ঞতা ভাষা কিছু লাগবে না। নুল্লা অস্তা হাতে আসলেই ফ্লাইট, রোমে আমার লোক সব সেটিং করা। সিরিয়াল শেষ হওয়ার আগে নাম দেন, মাত্র ৬টা সিট")
F("recruitment_deception", "bn-Latn",
  "Bhai Portugal er papers 100% guaranteed, contract + NIF + NISS shob amra kore dibo, 1 bochor er moddhe residencia card hate. visit visa te dhukben baki dayitto amar. details er jonno whatsapp koren wa.me/351912345678",
  [("whatsapp", "+351912345678")])
F("recruitment_deception", "bn-Latn",
  "oba ami to jani na asol kita kaam. agent koise Athens e supermarket e kaam, ekhon amare niya aise Marathon er gram e, greenhouse e khali tomato tula. supermarket er kotha hunle boss hase. tin lakh taka dilam ei kamer lagi")
F("recruitment_deception", "bn-Latn",
  "apa ami to bishash korsilam, bolse Italy te delivery driver job 2000 euro, license oikhane kore dibe. ashar por dekhi visa ta tourist, 90 din por illegal, license er kono khobor nai. ekhon ek bangali r dokane tomato kati")
F("recruitment_deception", "en",
  "Bro I'm telling u the truth now. the 'seasonal contract' for Latina they showed me was a photocopy, the azienda doesn't exist, questura said no such company. I paid for work permit, came on a nulla osta for a farm that never heard my name")
F("recruitment_deception", "en",
  "URGENT!! Greece olive & orange farm workers needed. Salary 1500€ + overtime, FREE accommodation FREE food, permanent residence card after 6 months guaranteed. No experience no language needed. Only 20 seats left. Contact Rafiq bhai +30 694 123 4567",
  [("phone", "+306941234567")])

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "পর্তুগালের মানিফেস্তাসাও আর কন্ট্রাক্ট বাবদ মোট ৮ হাজার ইউরো। ৩ হাজার এখন, বাকি ৫ হাজার কাজে ঢুকলে বেতন থেকে মাসে মাসে কাটা হবে। সুদ নাই কিন্তু টাইমে না দিলে জরিমানা। পাসপোর্টের কপি আর NID নং ১৯৯৫২৬১২৩৪৫৬৭৮৯০১ পাঠাও ফাইল খুলি",
  [("bd_nid", "19952612345678901")])
F("fees_and_debt", "bn",
  "আব্বা তোমার গ্রিস যাওয়ার জন্য যে ৬ লাখ টাকা সমিতি থেকে তুলছি তার কিস্তি ১৫ তারিখে। এখন দালাল বলে আরো ২ লাখ দিতে হবে, না দিলে তোমার পেপার আটকাইবো। তুমি কিছু পাঠাইতে পারবা? তোমার মা রাতে ঘুমায় না")
F("fees_and_debt", "bn",
  "মামা বলে রোমে আনতে ওর খরচ হইছে ১২ হাজার ইউরো, যতদিন শোধ না হয় দোকানের বেতন ওর কাছে জমা থাকবে। দুই বছর হইলো, হিসাব চাইলে বলে এখনো ৭ হাজার বাকি। আমি এক পয়সাও হাতে দেখি নাই")
F("fees_and_debt", "bn-Latn",
  "bhai cyprus college admission + visa processing 4500 euro. 2000 advance bkash koren 01712345678 personal e, baki ta ashar por kaj kore dite parben, boss er kache kaj thik kora ase, prothom 6 mash er beton amar kache ashbe",
  [("phone", "+8801712345678")])
F("fees_and_debt", "bn-Latn",
  "hetera khaoner lai 150 kate, ghorer bhara 250 kate, van er bhara kate, kaj dewar fee kate. mash shese 1100 kamai kori hate ashe 300. abar koy agent er dena 3000 ekhono baki, shodh na hoile chaira jaite parba na")
F("fees_and_debt", "en",
  "The ticket and the permesso cost is 9000 euro, you don't need to pay now. your uncle signs here, you work it off in the shop. every month we take 600 from your pay until finished. if you leave before, the full amount your family in Sylhet pays")
F("fees_and_debt", "en",
  "sister they told me the papers are 'free' because boss pays. now he says i owe him 5k for the contract and 150 every month for the 'marca da bollo' lol. I ask receipt he just laughs. 14 months already paying")
F("fees_and_debt", "en",
  "Bro I already mortgaged my father's land for the Portugal file, 7 lakh taka. now agent says AIMA changed the rules, need another 2500 euro or my file is dead and the old money also gone. he says borrow from the shop owner and pay him back from salary")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "সব শ্রমিকের বেতন আমার অ্যাকাউন্টে ঢুকবে, কাগজে খালি তোমাদের নাম থাকবে। আমি মাসে ৬০০ করে হাতে দিব, বাকিটা হুন্ডিতে দেশে পাঠায় দিব, বাড়ির লোক পাইবো। ব্যাংকের কার্ড আর পিন আমার কাছে দিয়া দাও")
F("payments_and_proceeds", "bn",
  "বিকাশে পাঠাও ০১৮১২৩৪৫৬৭৮ নাম্বারে, সেন্ড মানি না, ক্যাশ আউট চার্জসহ। ৩ জনের পারমেসোর কাগজের টাকা একবারে। রেফারেন্সে কিছু লিখবা না, ট্রানজেকশন আইডির স্ক্রিনশট দিবা খালি",
  [("phone", "+8801812345678")])
F("payments_and_proceeds", "bn-Latn",
  "taka pathaisi bhai, Nagad TxnID: 7HK2PQ9L, 3 lakh 20 hajar. bakita Italy pouchanor por. amar cousin er passport no EB0412378 o pathaisi visa r jonno, receipt lagbe na bolsen tai chaini",
  [("mfs_transaction", "7HK2PQ9L"), ("bd_passport", "EB0412378")])
F("payments_and_proceeds", "bn-Latn",
  "boss bole busta paga te 1200 dekhabo but cash e tumi 600 ferot diba amare protimash, CAF e kono kotha bolba na. ei 600 diye tomar contract renew er khoroch cover hoy. na dile next year contract nai")
F("payments_and_proceeds", "bn-Latn",
  f"Revolut e pathaben na, Binance e USDT TRC20 te pathan ei address e: {TRON1} . 1800 euro = 1950 usdt. pathaile screenshot, manifestacao er slot confirm hoye jabe",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "collect from all 11 boys in the house, 200 each for the room and 50 'protection', cash only, give to Jamal at the laiki on saturday. whoever doesn't pay his name goes to the afentiko and he's finished")
F("payments_and_proceeds", "en",
  f"girls' money this week 3400€, I send BTC as usual to {BTC1} keep your part. don't use the shop account again, the commercialista is asking questions",
  [("btc_address", BTC1)])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "মামি আমার পাসপোর্ট আর পারমেসো নিজের কাছে রাখছে, বলে হারাই যাবে। দোকান থেকে ঘর, ঘর থেকে দোকান, রবিবারেও বাইরে যাইতে দেয় না। ফোনে রিচার্জের টাকাও দেয় না, এইটা পাশের দোকানের ভাইয়ের ফোন")
F("isolation_and_control", "bn",
  "খামারের কন্টেইনারে আমরা ১৪ জন থাকি, রাতে বস বাইরে থেকে তালা দেয়, সকালে গাড়িতে কইরা ক্ষেতে নিয়া যায়। গ্রামের দোকানেও একলা যাওয়া মানা, গ্রিক কারো সাথে কথা কইলে গালি")
F("isolation_and_control", "bn-Latn",
  "ami ekhon onno ekta number theke likhtesi, amar phone boss niye geche. bari te bolo ami bhalo asi, kaw ke kisu bolo na. ei number e call dio na, Karim bhai er phone, o dhora khabe")
F("isolation_and_control", "bn-Latn",
  "bhaisab amar passport beta rakhse, koy 'tumi bhagba'. ami kita kormu, permesso o tar kase. haspatal e jaite chaisi dey nai, koy bangali daktar dekhaibo ghore. ghor theke ber hoile or bhagna sathe thake")
F("isolation_and_control", "bn-Latn",
  "apu tomar sathe kotha bolar por mama amar whatsapp delete kore dise, ekhon shudhu shop er phone. kal theke last seen off rakhbo. tumi message dio na, ami dibo jokhon parbo")
F("isolation_and_control", "en",
  "Rules for new boys: phones stay with me during work and at night. no talking to the Pakistani or Albanian workers, no going to the town. papers stay in my office safe, you get them back when the contract finishes.")
F("isolation_and_control", "en",
  "she kept saying my documents are safer with her, now she moved me to a flat in Almada and I don't even know the street name. I only go out with her son. pls don't call, text only after 11pm when she sleeps")
F("isolation_and_control", "en",
  "Cyprus: the man who finds us jobs keeps our passports 'for the renewal' and also the pink slip. without it I can't go anywhere, police check the bus to Ayia Napa and they take you. he says wait, wait, 5 months now")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেকে সন্ধ্যা ৭টা পর্যন্ত কমলা তুলি, ২০ কেজির ক্রেট ভরলে ১ ইউরো। দিনে ২২-২৫ ইউরোর বেশি হয় না। বৃষ্টি হইলে কাজ নাই টাকাও নাই, কিন্তু কন্টেইনারের ভাড়া ঠিকই কাটে")
F("labour_exploitation", "bn",
  "হেতেগো দোকানে বার ঘণ্টা খাড়াই থাকি, হপ্তায় সাত দিন। তিন মাস ধরি বেতন দেয় না, কয় ব্যবসা খারাপ। খাইতে দেয় পাস্তা আর আলু, জ্বর হইলেও ছুটি নাই, কয় দেশে যাই রেস্ট লও")
F("labour_exploitation", "bn",
  "লিসবনের রেস্টুরেন্টে কাগজে দেখায় ৪ ঘণ্টা, খাটায় ১৪ ঘণ্টা। সেগুরান্সা সোসিয়ালের টাকা বস দেয় না, আমার বেতন থেকে কাটে। পুরা রমজানে একদিনও ছুটি দেয় নাই, ইফতার করি কিচেনে দাঁড়াইয়া")
F("labour_exploitation", "bn-Latn",
  "Manolada te 3 mash kaj korlam, boss bole beton season sheshe dibe. season shesh, ekhon bole strawberry er dam kom tai 40% dibe. gorom e field e 2 jon oggan hoye porse, pani o thik moto dey na")
F("labour_exploitation", "bn-Latn",
  "ami cyprus e student, college fees er jonno ekta farm e kaj kori. 3 euro ghonta, 12 ghonta roj, shonibar robibar o. onnora koy minimum 7 euro er upore but amra kisu bolte pari na, amader to oto ghonta kaj korar onumoti nai")
F("labour_exploitation", "bn-Latn",
  "capo bole aj theke 2 shift, raat e magazzino te mal tula, din e serra. extra kono taka nai, bole 'tumi to free te thako' — container e thaka, 8 jon ek room e, toilet ekta")
F("labour_exploitation", "en",
  "worked 4 months at the mini market in Torpignattara for 'pocket money' 300 a month, the mama says rest goes to my debt. 7am to midnight. when i got sick she said go back to Bangladesh if you can't work")
F("labour_exploitation", "en",
  "greenhouse in Odemira: we pick raspberries 10-11 hours, paid by the box, the contract they gave us says 8 hours and minimum wage. the Nepali guy cut his hand, no doctor, boss told him go home and don't come back")

# threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "বেশি কথা কইলে তোর নামে পুলিশে চুরির কেস দিমু, পেপার তো নাই, সোজা দেশে ফেরত। তোর বাপের নাম্বার আর বাড়ির ঠিকানা আমার কাছে আছে মনে রাখিস")
F("threats_and_coercion", "bn",
  "(ভয়েস নোট) ভাই আমি লেখতে পারতেছি না, মালিক কাইল রাইতে সাজ্জাদরে রড দিয়া পিটাইছে কারণ সে বেতন চাইছিলো। কইছে যে পালাইবো তার বাড়িতে লোক যাইবো কুমিল্লায়, মা বইনের খবর আছে")
F("threats_and_coercion", "bn-Latn",
  "tor bhai ke ami chini, Beanibazar e thake. tui jodi carabinieri te jas, tar ki hobe chinta kor. chup chap kaj kor, papers ami ready korbo jokhon somoy hoy")
F("threats_and_coercion", "bn-Latn",
  "asylum er interview te ja bolte bolsi tai bolbi, nijer kotha bolli deport. ar jodi kono NGO r lok er sathe kotha bolis ami jante parbo, tokhon dekhbi")
F("threats_and_coercion", "en",
  "Listen carefully. you signed the paper that you owe 8000. you leave this farm, i go to police with it and say you stole from me. Greek police believe me not you, you have no AMKA no nothing")
F("threats_and_coercion", "en",
  "they beat Rony in front of us last night because he asked for his passport back. boss said next one who asks goes in the river. pls help us, farm near Nea Manolada, 9 people, we can't leave")
F("threats_and_coercion", "en",
  "if u post anything on fb about me again i send your pictures to your wife's family and tell questura you work nero. you know how many people i know in Rome")

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "আপু, যে পার্লারের কাজের কথা বইলা সাইপ্রাসে আনছে ওইখানে আসলে রাতে 'ম্যাসাজ' করা লাগে, পুরুষ কাস্টমার। না করলে বলে টিকিট আর ভিসার টাকা ফেরত দে। আমি কী করুম বুঝি না")
F("sexual_exploitation", "bn",
  "নতুন মেয়ে আসছে দেশ থেকে, বয়স ২০-২২, লাজুক কিন্তু বাংলা হিন্দি দুইটাই বলে। রাতে লারনাকার ফ্ল্যাটে, কাস্টমার প্রতি ৬০ ইউরো, টাকা তোমার হাতে নিবা, মেয়ের হাতে না")
F("sexual_exploitation", "bn-Latn",
  "bro new bangali girl ashse Athens e, Omonia r kache apartment, 50 euro half hour, ekdom notun. shudhu telegram e book koro @omonia_bd_vip , call dile dhorbe na",
  [("telegram", "@omonia_bd_vip")])
F("sexual_exploitation", "bn-Latn",
  "mama bolsilo tor biye dibo italian citizenship wala chhele r sathe, papers hoye jabe. ekhon bole tar bondhuder sathe 'party' te jete hobe raat e, na gele shop er kaj o jabe ar biye o nai")
F("sexual_exploitation", "bn-Latn",
  "apu boss er wife amake bole raat e boss er room e cha niye jaite. boss kotha bole na shudhu dhore. ami na bolle bole tor permesso cancel kore dibo, kal theke ki korbo")
F("sexual_exploitation", "en",
  "Hiring Bangladeshi girls for hostess job in Limassol cabaret, artist visa arranged, 2500€/month + tips, must be friendly with customers and drink with them, accommodation with manager. send full body photos on insta @cy_artist_jobs",
  [("instagram", "@cy_artist_jobs")])
F("sexual_exploitation", "en",
  "he said i can stay in the room free if i keep him company. now his friends also come and he takes money from them, i see it. i have no papers, where can i go")

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "পোলার বয়স ১৫, পাসপোর্টে ১৯ কইরা দিমু, নতুন জন্ম নিবন্ধন বানাইতে ৩০ হাজার। লিবিয়া হইয়া ইতালি, নৌকায় ছোটগো লইয়া ঝামেলা কম। পৌঁছাইলে ক্যাম্পে কইবো ১৮")
F("minors", "bn",
  "আমার ভাতিজা ১৪ বছর, রোমে পরিচিত ভাইয়ের ফ্রুট দোকানে রাখবো, স্কুলে দেওয়ার দরকার নাই। থাকা খাওয়া দোকানেই, মাসে ২০০ ইউরো বাড়িতে পাঠাবে। কেউ জিগাইলে বলবে ভাইয়ের ছেলে বেড়াইতে আসছে")
F("minors", "bn",
  "ভাই ১৬ বছরের মাইয়াটারে যে বিয়ার কথা কইয়া গ্রিস নিছে, অখন শুনি এথেন্সে এক বাসায় রাখছে, ফোন দেয় না। ওর মায়ে কান্দে। বয়সটা পাসপোর্টে বাড়াইয়া দিছিল ওরা")
F("minors", "bn-Latn",
  "unaccompanied minor hishabe Italy te dhukse, ekhon centro te ache. amar lok take niye jabe, bolse '17 na, 19' bolte tahole centro theke ber hoye kebab shop e kaj korte parbe. operatore ke kisu bolbe na")
F("minors", "bn-Latn",
  "choto chele 13 bochor, Napoli te rastay golap phool bechbe raat 1 ta porjonto, din e 30-40 euro ane sob boss ney. school er kotha bolle bole 'poira ki hobe'")
F("minors", "en",
  "boy is 16 but looks older, don't put him in the registro at the farm. when the ispettorato comes he stays in the van. he works same as the men, pay him half")
F("minors", "en",
  "Looking for young girl 12-14 from Bangladesh to live with family in Lisbon, help with baby and house, no salary needed we send her family 100€ monthly, passport we arrange with age 18")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "মানোলাদায় স্ট্রবেরি ক্ষেতে বাংলাদেশি শ্রমিকদের ওপর গুলির ঘটনায় ইউরোপীয় মানবাধিকার আদালত ২০১৭ সালে রায় দেয় যে গ্রিস জোরপূর্বক শ্রম ও মানব পাচার প্রতিরোধে ব্যর্থ হয়েছে। প্রবাসীরা রায়কে স্বাগত জানান।")
N("news", "bn",
  "ইতালিতে ডিক্রেতো ফ্লুসির অনলাইন আবেদন শুরু হচ্ছে আগামী মাসে, এবার কৃষি খাতে কোটা বাড়ানো হয়েছে। গত বছর নুল্লা অস্তা কেনাবেচার অভিযোগে কয়েকটি দালালচক্রের সদস্য গ্রেপ্তার হয়েছিল বলে জানিয়েছে পুলিশ।")
N("news", "bn-Latn",
  "Lisbon er Martim Moniz e bangladeshi dokan malik der sathe AIMA r meeting hoise, manifestacao bondho hoye jawar por pending file gulo niye alochona. community neta ra bolse kaoke taka na dite — Probash Barta")
N("news", "en",
  "Cyprus: Police arrest two over fake college admissions scheme targeting South Asian students; about 40 Bangladeshis among those who paid up to €5,000, local media report. Victims are urged to contact the police anti-trafficking office.")
N("news", "en",
  "Portuguese authorities dismantle a network exploiting farmworkers in Alentejo; 28 arrested, including two Bangladeshi nationals accused of recruiting compatriots with false promises of residence permits.")
N("news", "bn-Latn",
  "khobor: Roma te 3 ta bangla dokane labour inspection, 2 jon shramik contract chara kaj korar jonno malik ke jorimana. ispettorato bolse shramik der regular korar shujog ache, bhoy paowar kisu nai")
# awareness
N("awareness", "bn",
  "⚠️সতর্কবার্তা⚠️ পর্তুগালের 'পেপার' বিক্রির নামে কেউ হাজার হাজার ইউরো চাইলে দিবেন না। AIMA-র আবেদন নিজে অনলাইনে করা যায়, কোনো দালাল লাগে না। পাসপোর্ট কারো কাছে জমা রাখবেন না। — লিসবন বাংলাদেশ কমিউনিটি (ফরোয়ার্ড করুন)")
N("awareness", "bn",
  "ভাইয়েরা সাইপ্রাসে স্টুডেন্ট ভিসায় আসার আগে জেনে নিন: সপ্তাহে ২০ ঘণ্টার বেশি কাজ বৈধ না, কলেজ বাছাইয়ের আগে শিক্ষা মন্ত্রণালয়ের লিস্ট দেখুন। এজেন্ট যদি বলে 'ফুল টাইম কাজের গ্যারান্টি' — সাবধান। শেয়ার করুন")
N("awareness", "bn-Latn",
  "Greece er shob bhaider bolchi, boss jodi passport rekhe dey, AMKA na kore dey, beton na dey — ei number e call korun, Bangla bola volunteer ache: +30 210 1234567. kono taka lagbe na, nam gopon thakbe",
  [("phone", "+302101234567")])
N("awareness", "en",
  "FORWARDED: Italy's anti-trafficking helpline 800 290 290 — free, anonymous, 24h, interpreters available incl. Bengali. If someone is holding your documents or your wages, you are not alone. pls share in your groups",
  [("phone", "+39800290290")])
N("awareness", "en",
  "Community meeting Sunday 4pm at the mosque hall in Torpignattara: a lawyer will explain the sanatoria, your rights if a boss keeps your passport or doesn't pay, and how to report safely. Women's session separate with sister Nasima. All welcome, tea provided")
N("awareness", "bn-Latn",
  "Sylheti bhai bon ra, biyer kotha bole Europe e meye pathanor dalal der theke sabdhan. meyeder passport, ticket nijer hate rakhun. kono shondeho hoile embassy ba thana te jogajog korun. share korun")
# official
N("official", "en",
  "Embassy of Bangladesh, Rome: Passport renewal camp in Milan on 12 October. Bring old passport, NID copy and permesso di soggiorno. MRP holders must apply for e-passport. Queries: consular.rome@mofa.gov.bd",
  [("email", "consular.rome@mofa.gov.bd")])
N("official", "bn",
  "মেসার্স আল-আমিন ওভারসিজ (আরএল-১২৪৫), সরকার অনুমোদিত রিক্রুটিং এজেন্সি। গ্রিসে মৌসুমি কৃষি শ্রমিক নিয়োগ। সরকার-নির্ধারিত ফি ছাড়া কোনো অর্থ নেওয়া হয় না, সব লেনদেন ব্যাংকে রসিদসহ। বিএমইটি রেজিস্ট্রেশন ও স্মার্ট কার্ড বাধ্যতামূলক। যোগাযোগ: ০১৭১১২২৩৩৪৪",
  [("phone", "+8801711223344")])
N("official", "en",
  "BMET Notice: Under the Bangladesh-Greece MoU, seasonal agricultural workers will be recruited through BOESL only. No individual, dalal or private agent is authorised to collect money for this programme. Register through the Ami Probashi app.")
N("official", "en",
  "AIMA - Agência para a Integração, Migrações e Asilo: appointments for pending manifestação de interesse cases will be scheduled by email. The service is free. Do not pay third parties for appointments or 'priority'.")
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, নিকোসিয়া: সাইপ্রাসে অবস্থানরত শিক্ষার্থীদের পাসপোর্ট হারালে দ্রুত থানায় রিপোর্ট করে হাইকমিশনে যোগাযোগ করুন। ট্রাভেল পারমিটের জন্য ছবি ও এনআইডি কপি আনতে হবে। হটলাইন: +357 22 123456",
  [("phone", "+35722123456")])
N("official", "en",
  "Embassy notice — passports ready for collection: MD. SHAHIN ALAM, passport no. A09876543. Collect in person from the consular section, Lisbon, Mon-Thu 10:00-13:00 with the delivery slip.",
  [("bd_passport", "A09876543")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01912345678. Fee Tk 0.00. Balance Tk 27,480.50. TrxID BHK4N7Q2ZP at 14/11/2026 19:42",
  [("phone", "+8801912345678"), ("mfs_transaction", "BHK4N7Q2ZP")])
N("receipt", "en",
  "Money Received. Amount: Tk 8000.00 Sender: 01612345678 Ref: ammar oshudh TxnID: 71KQ9X3M Balance: Tk 9120.00",
  [("phone", "+8801612345678"), ("mfs_transaction", "71KQ9X3M")])
N("receipt", "bn",
  "আপনি ৳১৫,০০০.০০ পেয়েছেন ০১৭৩৪৫৬৭৮৯০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳১৫,৬২০.০০। TrxID CJL3R8WD5T ১২/১০/২০২৬ ১০:১৫",
  [("phone", "+8801734567890"), ("mfs_transaction", "CJL3R8WD5T")])
N("receipt", "en",
  "Ria Money Transfer - Receipt. Sender: HOSSAIN MD, Athens. Beneficiary: RASHIDA BEGUM, Sunamganj. Amount sent: EUR 450.00, payout BDT 58,230.00 to bKash wallet 01819876543. Ref: RIA-GR-88213. Thank you.",
  [("phone", "+8801819876543")])
N("receipt", "en",
  "Rocket: Cash-In from A/C: ***7721 Tk 12,000.00 Fee: Tk 0.00 Balance Tk 12,455.00 TxnId: 5512098347 29/10/2026",
  [("mfs_transaction", "5512098347")])
N("receipt", "en",
  "Dutch-Bangla Bank: Your A/C ***3345 credited BDT 1,20,000.00 by inward foreign remittance (ITALY). Govt cash incentive 2.5% will be credited separately.")
# family
N("family", "bn",
  "আম্মা পাসপোর্ট রিনিউ করতে দিছি এম্বাসিতে, আসতে ২ মাস লাগবে। পারমেসোর কাগজ কেস্তুরায় জমা দিছি। চিন্তা কইরো না, সব ঠিক আছে। ফাতেমার বিয়ার টাকা ঈদের আগে পাঠামু ইনশাআল্লাহ")
N("family", "bn-Latn",
  "beta tumi kita khorso? Athens e gorom besi ni? tumar abba koise jomi bondhok rakhi dibo na, tumi tension loiyo na. tumar choto bhai er Italy jaowar file Dhaka r licence wala agency diya korbo, sarkari fee")
N("family", "bn-Latn",
  "Apu Rima'r passport ta ready? uncle bolse Lisbon e school admission er jonno birth certificate translation lagbe, ami notary te niye jabo. ar o ke bolo daily Bangla practice korte 😄")
N("family", "bn",
  "ভাইজান, মামার সাথে কথা হইছে, কাগজ হওয়ার পর রোমে ওনার দোকানে তুমি কাজ করবা, কন্ট্রাক্ট সহ। বেতন প্রথমে ১১০০, পরে বাড়াবে। উনি বলছে কোনো টাকা লাগবে না, শুধু টিকিট তুমি কাটবা")
N("family", "bn-Latn",
  "ammu ami 500 euro pathaisi, 300 kisti r jonno, 200 tomar. loan ta ar 4 mash, tarpor free 🙏 ar choto apur biye niye tension nio na, chele pokkho ke ami nije phone dibo")
N("family", "en",
  "Mum the girls are fine, Nadia started scuola media, the teacher says her Italian is better than mine lol. Sunday we go to Ostia beach. send photo of nanu pls")
# worker_content
N("worker_content", "bn-Latn",
  "Manolada te 2nd season, ei bar boss valo, contract ase, AMKA hoise, roj 38 euro + overtime. ghor ta chhoto kintu AC ase 😅 kaj kothin kintu beton time moto dey")
N("worker_content", "bn",
  "আলহামদুলিল্লাহ আজকে পর্তুগালের রেসিডেন্স কার্ড হাতে পাইলাম। ৩ বছর লাগলো, অনেক কষ্ট, কিন্তু কাউকে এক টাকাও দেই নাই, সব নিজে করছি। যারা লাইনে আছেন ধৈর্য ধরেন")
N("worker_content", "en",
  "Cyprus update: got my part-time work permit through college, 20 hrs a week at a bakery in Larnaca, 7.50/hr, paid every Friday. exams next month so boss gave me 2 weeks off. not bad")
N("worker_content", "bn-Latn",
  "shala ei italian capo amare 10 ghonta dariye rakhse aj, magazzino te mal namaite namaite komor shesh 😩 overtime pay dibe bolse, busta paga te dekhbo. kal off alhamdulillah")
N("worker_content", "en",
  "honestly the shop job in Lisbon is boring, 8 hours, same faces every day. owner is Bangladeshi but fair, gives holidays, contract ok. want to do the TVDE driver course next year")
N("worker_content", "bn",
  "গ্রিসে কমলার সিজন শেষ, এখন জলপাই তুলব ক্রিটে। বস বলছে থাকার জায়গা দিবে, ভাড়া মাসে ১০০, বেতন ব্যাংকে। কাগজ আছে তাই চিন্তা নাই")
# joke
N("joke", "bn-Latn",
  "amar boss amar passport rakhe nai, karon o jane ami nije e harai felbo 😂😂")
N("joke", "en",
  "Bangladeshi in Italy be like: 3 jobs, 0 permesso, 5 uncles in the same flat and still sending money for cousin's wedding 🤣")
N("joke", "bn",
  "দালাল ছাড়া তো আমাগো বিয়াও হয় না, ঘটকও তো এক প্রকার দালাল 😂 মামা ঘটক কইছে মাইয়ার বাপে ইতালি প্রবাসী চায়")
N("joke", "bn-Latn",
  "kal raat e boss amare lock kore dise... toilet e 😂 door er handle bhanga, 2 ghonta por Greek neighbour ber korse")
N("joke", "en",
  "My mother: 'go to Portugal, life will be easy.' Portugal: AIMA appointment in 2029 😂 paper lagbe paper")
N("joke", "bn",
  "বউ বলে আমার মোবাইল নাকি ওর কাছে জমা থাকবে, রাতে ফেসবুক বন্ধ। এইটা কি মানব পাচার না? 🤣")
# chatter
N("chatter", "bn-Latn",
  "keu jano Roma te kono CAF ache jara bangla bole? 730 korte hobe, busta paga niye jabo. ar Torpignattara te kono shop e kaj khali ache? ami permesso wala")
N("chatter", "en",
  "anyone has contact for a good avvocato in Athens for family reunification? my wife and son's passports are ready, need documents translated. WhatsApp +30 697 765 4321 thanks",
  [("phone", "+306977654321")])
N("chatter", "bn",
  "ভাই কেউ লিমাসলে রুম শেয়ার করতে চাইলে জানাবেন, ২ জন স্টুডেন্ট, ভাড়া ২২০ করে। আর কলেজের ফি কিস্তিতে দেওয়া যায় কিনা কেউ জানেন?")
N("chatter", "bn-Latn",
  "Lisbon theke Dhaka ticket kon airline e sosta? Emirates 720 dekhaise, Turkish 650. December e ammar kache jabo, 2 mash chuti nisi")
N("chatter", "en",
  "Group admin: selling is NOT allowed in this group. Posts offering 'papers', contracts or visas for money will be deleted and the member removed. Job posts only with company name and contract details.")
N("chatter", "bn-Latn",
  "ei je apni Nagad e 5000 pathaisen oita ekhono pai nai, TxnID ta abar den to. ar kalke meyer school er fees diye dibo")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "who's coming to cricket Sunday in Centocelle park? bring the tape ball, last time we lost it in the bushes 😂", hard=False)
N("chatter", "bn-Latn", "vai ajke flat e biriyani hobe, 6 tar moddhe ashben, 5 euro kore", hard=False)
N("family", "bn", "আম্মা আজকে এথেন্সের মসজিদে ঈদের নামাজ পড়লাম, অনেক মানুষ। তোমার হাতের সেমাই খুব মিস করি", hard=False)
N("news", "en", "Heavy rain expected in Lisbon this weekend, yellow warning issued for coastal districts.", hard=False)
N("joke", "bn-Latn", "Greek salad e feta beshi, amar dal e pani beshi 😂 same same but different", hard=False)
N("worker_content", "en", "finished my Italian A2 exam today! teacher said I passed, inshallah certificate next month", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। — স্বাস্থ্য অধিদপ্তর", hard=False)
N("official", "en", "The Embassy of Bangladesh in Lisbon will remain closed on 16 December for Victory Day. Cultural programme at 5pm, all are invited.", hard=False)
N("receipt", "en", "Grameenphone: You have successfully recharged Tk 50. Your current balance is Tk 63.20.", hard=False)
N("chatter", "bn", "কেউ কি জানেন নাপোলিতে বাংলা বাজার কোথায়? শুঁটকি লাগবে", hard=False)
N("family", "bn-Latn", "apu baby r 1st birthday te cake ta ki chocolate korbo? abbu bolse nanu bari te program hobe", hard=False)
N("joke", "en", "when the kebab shop uncle says 'five minutes' it means 25 🤣", hard=False)


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
    random.Random(94).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev94-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
