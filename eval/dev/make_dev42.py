#!/usr/bin/env python3
"""Blind dev set dev42: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a welfare-desk officer of the Bangladesh embassy's labour wing in Riyadh (cases from Jeddah, Amman and Beirut): women domestic workers, their families, the agency side. Held out from round 6 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Write eval/dev/dev42.jsonl: 120 hand-written blind evaluation items (60 flag, 60 ok).

Persona: welfare-desk officer, labour wing, Bangladesh embassy Riyadh (cases from Jeddah, Amman,
Beirut). All names, numbers, handles and addresses are invented. Crypto addresses are derived
from fixed seeds with hashlib (valid checksums, not real wallets).
"""
import hashlib
import json
import random
import re

OUT = "eval/dev/dev42.jsonl"

# ---------------------------------------------------------------- synthetic crypto addresses
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\x00"))
    return "1" * pad + s


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    full = n.to_bytes(25, "big")
    return full


BTC = b58check(b"\x00" + hashlib.sha256(b"dev42/btc/riyadh-desk").digest()[:20])
TRON = b58check(b"\x41" + hashlib.sha256(b"dev42/tron/riyadh-desk").digest()[:20])
ETH = "0x" + hashlib.sha256(b"dev42/eth/riyadh-desk").hexdigest()[:40]


def E(*pairs):
    return [{"type": t, "value": v} for t, v in pairs]


ITEMS = []


def F(cat, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=hard, entities=list(ents)))


def N(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ================================================================ FLAG ITEMS (60)
# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
c = "recruitment_deception"
F(c, "bn", True, "আফা আমারে কইছিল হাসপাতালো আয়ার কাম। অখন দেখি এক বাড়িত ১৪ জন মানুষ, রান্দাবাড়া ধোয়ামোছা সব আমি একলা। বেতন কইছিল ১২০০ রিয়াল দেয় ৮০০, কিতা হইল এইটা")
F(c, "bn", False, "খালাম্মা চিন্তা কইরেন না, ভিসা ফ্রি ভিসা হইলেও কাম আছে, ওইখানে গিয়া কফিল বদলায়া দিমু। খালি অফিসে কেউ জিগাইলে কইবেন কোম্পানির ভিসা, ফ্রি ভিসার কথা কইয়েন না")
F(c, "bn", False, "জর্ডানে গার্মেন্টসে মহিলা কর্মী নেওয়া হইবে 🇯🇴 বেতন ৪৫০০০ টাকা + ওভারটাইম, অভিজ্ঞতা লাগবে না। ভিজিট ভিসায় যাবেন, ওখানে গিয়ে কাজের কাগজ করে দেওয়া হবে। সিভি পাঠান jordanjobs.bd24@gmail.com অথবা কল ০১৮২৭-৪৪৯১০৬",
  E(("email", "jordanjobs.bd24@gmail.com"), ("phone", "+8801827449106")))
F(c, "bn-Latn", True, "apnara bolsilen amar bon ke dubai te parlour e kaj dibe. ekhon she bolse take riyad er ek barite rakhse ghor mosa kapor dhowa. eita ki parlour?? dalal saheb phone dhoren na keno")
F(c, "bn-Latn", True, "bhai hetera koisilo haspatal er cleaner er kam, ekhane ani ek bari te dise. contract er kotha kew jane na. amar hate kono kagoj nai ji, ki soi korsi o jani na")
F(c, "bn-Latn", False, "Lebanon e baby care er kaj, madam onek bhalo, mase 300 dollar. passport r 2 copy chobi dilei hobe, BMET er jhamela amra dekhbo, training er certificate o amra baniye dibo. knock den wa.me/8801931570284",
  E(("whatsapp", "+8801931570284")))
F(c, "en", True, "They told my mother I will be nurse aide in a clinic in Amman. There is no clinic. I am in a house 3 floor, i clean everything alone. When i ask about the clinic madam just laughs")
F(c, "en", False, "URGENT!! Female staff for Saudi family. Salary 1500 SAR, food free room free ticket free. No need training no need BMET card, we send on umrah visa then convert there. Call/IMO +880 1645 223917 or wa.me/966571340826",
  E(("phone", "+8801645223917"), ("whatsapp", "+966571340826")))

# ---- fees_and_debt (8: bn 3, bn-Latn 2, en 3)
c = "fees_and_debt"
F(c, "bn", True, "মা, এরা কয় আমারে আনার খরচ ৩ লাখ টাকা, আমি নাকি দুই বছর বেতন না নিয়া কাম কইরা শোধ দিমু। আগে তো এই কথা কেউ কয় নাই")
F(c, "bn", True, "আপনার মেয়ের ইকামা করতে আরো ৮০ হাজার লাগবে। না দিলে ও ওখানে আটকা থাকবে, আমার কিছু করার নাই। সোমবারের মধ্যে ব্যবস্থা করেন")
F(c, "bn", True, "জমি বন্ধক দিয়া ২ লাখ ৬০ হাজার দিছি সুলতান ভাইরে, আমার জাতীয় পরিচয়পত্র নম্বর ৮২৫৪১৯৩৭০৬ ও দিছি। অহন কয় টিকিটের লাইগা আরো ৪০ লাগবো। মাইয়াডা তো অহনো যায় নাই",
  E(("bd_nid", "8254193706"),))
F(c, "bn-Latn", True, "apu salary theke protimash 400 riyal kete rakhe, bole eta amar visar dam. 8 mash hoye gelo ekhono sesh hoy na hisab, jiggesh korle bole aro baki ase")
F(c, "bn-Latn", False, "apnar meyer passport amar kache. 1 lakh 20 hajar na dile ferot paben na, ei kotha sesh. taka bkash koren 01739-552810 personal",
  E(("phone", "+8801739552810"),))
F(c, "en", False, "Sir I paid 4 lakh 50 thousand taka to come here, agency said it is govt fee only. Now the office here says I owe 6000 riyal more for transfer before they give me to new house")
F(c, "en", True, "You want to go back? fine. But your sponsor paid 18000 SAR to the office for you. You pay it back first, then we talk about ticket.")
F(c, "en", True, "bro 2 lakh was only visa. medical ticket training another 1.5. And her first 3 month salary goes to the office there, that is the system, everybody does same")

# ---- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
c = "payments_and_proceeds"
F(c, "bn", False, "৫০ হাজার এক নাম্বারে দিয়েন না, ভাইঙ্গা ভাইঙ্গা পাঠান, এক নাম্বারে ২৫ এর বেশি না। ০১৯১৪৩৮২৭৫৬ আর ০১৬৭৭৫০৩১৯২ দুইটাই পার্সোনাল বিকাশ, রেফারেন্সে কিছু লেখবেন না",
  E(("phone", "+8801914382756"), ("phone", "+8801677503192")))
F(c, "bn", True, "মেয়েগুলার বেতনের রিয়াল এখানে আমি তুলি, দেশে হুন্ডিতে পাঠাই। ফ্যামিলিরে অর্ধেক দিলেই হইব, বাকিটা হিসাব মতো ভাগ। কারো হাতে ক্যাশ দিবা না")
F(c, "bn-Latn", False, "dada ei maser 6 ta meyer taka eksathe USDT te pathao, TRC20: " + TRON + " . sms e bkash ba visa r kotha likhba na",
  E(("tron_address", TRON),))
F(c, "bn-Latn", True, "madam er kach theke je 2000 riyal paisi oi khadama r bodol e, okhan theke apnar bhag 30 hajar Nagad e dilam. TxnID 7KQ2M9XA check koren, r karo sathe eta niye kotha na",
  E(("mfs_transaction", "7KQ2M9XA"),))
F(c, "bn-Latn", True, "booking money 25k ei number e send money koren 01581-203746, agent theke cash in korben na. reference e likhben 'family', onno kisu likhben na",
  E(("phone", "+8801581203746"),))
F(c, "en", True, "payment for the 2 girls received from Jeddah office. ur share 0.018 btc sent to " + BTC + " . delete this chat after",
  E(("btc_address", BTC),))
F(c, "en", False, "Send the 3 lakh to this wallet, no bank no bkash: " + ETH + " (USDT ERC20). Dont write visa or her name in any message, just say business",
  E(("eth_address", ETH),))

# ---- isolation_and_control (8: bn 2, bn-Latn 3, en 3)
c = "isolation_and_control"
F(c, "bn", True, "আম্মা আমি বাথরুম থাইকা কথা কইতাছি, ফোনটা লুকাইয়া রাখছি। ম্যাডাম জানলে নিয়া যাইবো। হেরা বাইর হওনের সময় দরজায় তালা দিয়া যায়")
F(c, "bn", True, "আমার মোবাইল আসার দিনই নিয়া রাখছে। শুক্কুরবার ৫ মিনিট দেয় বাড়িত কথা কইতে, পাশে খাড়ায় থাকে। এই নাম্বার পাশের বাড়ির ফিলিপিনো মাইয়াডার")
F(c, "bn-Latn", True, "bhaisaab amar boinre tin mash dhori phone dite dei na, agent koy busy ase. amrar kunu khobor nai, bachi ase ni mori gese kitta jani na")
F(c, "bn-Latn", False, "ami bahire jaite pari na, madam gate e tala dia jay, chhade kapor shukhaite o ekla jaite dey na. passport o tar almari te")
F(c, "bn-Latn", True, "apnara bar bar phone diyen na, meye kaj e ase. kaj sesh hoile amra kotha koraiya dimu. r kaoke kichu koiben na, embassy te gele kintu meyer e problem hobe")
F(c, "en", False, "i am not allowed to go outside even to the shop, 7 months i see only this house. they take my sim, this is madam daughter old phone i found. my passport number BX0457812 pls tell embassy",
  E(("bd_passport", "BX0457812"),))
F(c, "en", True, "She stays inside. She does not need phone, phone makes these girls lazy and they run. If family want talk, call my mother number once in a month.")
F(c, "en", True, "pls dont call me, they check phone every night. i will msg when i can. and dont tell anyone at the agency i contacted you")

# ---- labour_exploitation (7: bn 3, bn-Latn 2, en 2)
c = "labour_exploitation"
F(c, "bn", True, "সকাল ৫টা থেইকা রাইত ২টা পর্যন্ত কাম। দুই বাড়ি করি, ম্যাডামের বইনের বাড়িতেও পাঠায়। ছুটি নাই, একদিনও না")
F(c, "bn", False, "৭ মাস হয় এক রিয়ালও দেয় নাই, কয় তোমার টাকা জমা আছে যাওনের সময় দিমু। খাওন দেয় এক বেলা, বাকি খাই বাচ্চাগো প্লেটের থেইকা")
F(c, "bn", True, "হেতেরা আঙ্গোরে হাতে কিছু দেয় না। রাইতে রান্নাঘরের মাইঝালে হুতি। জ্বর আইলেও কাম কইরতে অয়, ডাক্তার দেহায় না")
F(c, "bn-Latn", False, "Apu 5 mash hoilo beton pai na. jiggesh korle bole kofil er business loss. amar ammar oshud kinte taka dorkar, ki kori")
F(c, "bn-Latn", True, "sokal 6ta theke rat 1ta, 3 ta barite kaj kori, betan ekta barir. khawa bolte ruti r cha, ghum 4 ghonta")
F(c, "en", False, "Working 18 hrs every day no off day, i sleep in the laundry room. Salary they say next month next month since February")
F(c, "en", True, "My sister is there 11 months, got paid only twice. She faints from hunger, they lock the fridge. What kind of job is this")

# ---- threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
c = "threats_and_coercion"
F(c, "bn", False, "বেশি প্যাঁচাল পারলে হুরুব দিয়া দিমু, তখন পুলিশে ধরবো, জেল খাইটা খালি হাতে দেশে যাইবি")
F(c, "bn", True, "গরম খুন্তি দিয়া আমার হাতে ছ্যাঁকা দিছে। কয় কাউরে কইলে আরো খারাপ হইবো। আঙ্গুলগুলা নাড়াইতে পারি না")
F(c, "bn", True, "আপনের মাইয়া পলাইলে আপনার বাড়িত মামলা যাইবো, আপনার পোলারে ধরাইয়া দিমু। বুইঝা কথা কইয়েন, গেরামে আমার লোক আছে")
F(c, "bn-Latn", True, "dalal bolse amar meye jodi embassy te jay tahole or naam e churir case dibe madam, r kokhono desh e ferot ashte parbe na")
F(c, "bn-Latn", True, "ibara kode, beshi kotha koile iqama shesh gori dibo, thana ot dhoraiya dibo. ami deshe fon gorte dorai")
F(c, "bn-Latn", True, "ekhon theke chup thakbi. ar ekbar jodi palanor chesta korish tor ma bap ke ami dekhe nibo. amar lok ase tor gramer pashei")
F(c, "en", False, "If she goes to the shelter we will file absconding, she will go to deportation centre and never get visa again anywhere. Tell her stay quiet. Office +962 79 514 2287",
  E(("phone", "+962795142287"),))
F(c, "en", True, "the son hit me with belt yesterday because baby fell. they said if i complain they will say i stole the gold")

# ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
c = "sexual_exploitation"
F(c, "bn", True, "ম্যাডামের জামাই রাইতে আমার ঘরে আসে, দরজায় লক নাই। না কইলে কয় খালি হাতে দেশে ফেরত পাঠাইবো। আমি কারে কমু")
F(c, "bn", False, "দুবাইয়ে হোটেলে নাচ আর গেস্ট সার্ভিসের জন্য সুন্দরী মেয়ে লাগবে, মাসে ১ লাখ ৫০ হাজার, পাসপোর্ট না থাকলেও চলবে আমরা করে দিব। ইনবক্সে ফুল ছবি পাঠান")
F(c, "bn-Latn", True, "boss bolse raate guest ashbe, oder sathe bosbi. jodi na koros tor passport r paisa kichui pabi na. amar sathe aro 4 ta meye ase ei flat e")
F(c, "bn-Latn", False, "notun 2 ta Bangali maal ashse Beirut e, fresh, dekhte bhalo. booking er jonno t.me/beirut_nightlife_vip e msg den, cash only",
  E(("telegram", "@beirut_nightlife_vip"),))
F(c, "en", True, "The agency man said it is massage centre job in Jordan. It is not massage. They take us to apartments every night and keep all the money")
F(c, "en", False, "Bangladeshi girls available Riyadh 🌹 real pics 100% genuine, safe place. Insta @sweet.bd.riyadh no calls only DM",
  E(("instagram", "@sweet.bd.riyadh"),))
F(c, "en", True, "Baba says the khadama is his, he paid for her. Whatever he wants she does, even at night. My mother knows and says nothing.")

# ---- minors (7: bn 2, bn-Latn 2, en 3)
c = "minors"
F(c, "bn", False, "মাইয়ার বয়স ১৪ তাতে কী, জন্ম নিবন্ধনে ২৫ বানায়া দিমু, পাসপোর্ট হইবো ২ সপ্তাহে। সৌদিতে ছোট মাইয়াগো বাসার কামে চাহিদা বেশি")
F(c, "bn", True, "আমার ভাগ্নিটা তো ক্লাস সেভেনে পড়ে, হেরা ওর কাগজে বয়স ২১ লেখছে। আম্মানে কোন এক বাড়িতে আছে, ৩ মাস হইলো খবর নাই")
F(c, "bn-Latn", True, "apa ami to 15 bochor, ora bolse keu jiggesh korle 23 bolte. madam er bachchara school e jay, ami khali kaj kori")
F(c, "bn-Latn", False, "12-13 bochorer meye holeo cholbe, barir kaje choto meye prefer kore ora. passport e boyosh amra dekhbo. imo te knock den ০১৭৬৯৩১৮২০৫",
  E(("phone", "+8801769318205"),))
F(c, "en", True, "she is just 16, we told the agency. the agent said no problem, the passport says 1998. now she cries every call")
F(c, "en", False, "need young girl 13-15 for house help & baby sit in Jeddah, village girl best, family will get 10k monthly. papers we make")
F(c, "en", True, "My daughter left with Rina khala's man, she is in class 8. He said training in Dhaka. Now her voice msg says she is in a house in Beirut and the man of the house touches her")

# ================================================================ OK ITEMS (60)
# ---- news (hard, 6)
v = "news"
N(v, "bn", True, "রিয়াদ থেকে বিশেষ ফ্লাইটে দেশে ফিরলেন ১৪৭ নারী গৃহকর্মী। দূতাবাসের সেফ হোমে থাকা এসব কর্মীর অনেকে বেতন না পাওয়া ও নির্যাতনের অভিযোগ করেছিলেন। বিমানবন্দরে তাদের গ্রহণ করে ওয়েজ আর্নার্স কল্যাণ বোর্ড।")
N(v, "bn", True, "নরসিংদীতে সৌদি আরবে গৃহকর্মী পাঠানোর নামে প্রতারণার অভিযোগে দালালচক্রের দুই সদস্যকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৩টি পাসপোর্ট উদ্ধার করা হয়েছে।")
N(v, "bn-Latn", True, "Khobor: Manikganj e manob pachar mamlay ek dalal er 10 bochor karadondo, jorimana 2 lakh taka. Nari grihokormi ke Jordan e bikri korar obhijog chilo tar biruddhe")
N(v, "bn-Latn", True, "potrikay dekhlam Lebanon theke 60 jon mohila ferot ashse, embassy ticket dise, karo kach theke taka neay nai. amader parar Shilpi apa o naki list e ase")
N(v, "en", True, "JEDDAH: The Bangladesh Consulate General said 212 domestic workers sheltered at its safe home will be flown to Dhaka on Thursday. Officials said employers have cleared outstanding wages for 180 of them.")
N(v, "en", True, "Dhaka court frames charges against 5 in Beirut trafficking case. The accused allegedly promised women jobs in beauty parlours and took Tk 3 lakh each, prosecutors said. Next hearing Jan 14.")

# ---- awareness (hard, 6)
v = "awareness"
N(v, "bn", True, "বিদেশ যাওয়ার আগে জেনে নিন: সৌদি আরবে নারী গৃহকর্মী হিসেবে যেতে কর্মীর কোনো খরচ নেই। কেউ টাকা চাইলে বা পাসপোর্ট নিজের কাছে রাখতে চাইলে নিকটস্থ জেলা জনশক্তি ও কর্মসংস্থান অফিসে জানান।")
N(v, "bn", True, "বোনেরা, মালিক যদি বেতন আটকায়, ফোন কেড়ে নেয় বা ঘরে আটকে রাখে, সরাসরি দূতাবাসের শ্রম উইং-এ যোগাযোগ করুন। দালালের কথায় ভয় পাবেন না, হুরুব হলেও আইনি সহায়তা পাওয়া যায়।")
N(v, "bn-Latn", True, "Sobai share korun: free visa bole kono visa nai. dalal ke taka r passport dile apni bipode porben. BMET te registration kore smart card niye jaben, eta apnar odhikar")
N(v, "bn-Latn", True, "uthan boithok e apa ra bolse: bidesh e kajer nam e keu jodi boyosh bariye passport korte chay, sheta oporadh. school er meyeder kono bhabei pathaben na, shondeho hole UNO office e janan")
N(v, "en", True, "Migrant sisters: your passport is YOUR property. No employer, agency or broker may keep it. If someone asks money to give your passport back, contact the embassy labour wing. Updates: t.me/probashi_help_desk",
  E(("telegram", "@probashi_help_desk"),))
N(v, "en", True, "Parents in Sylhet & Sunamganj: no legal job abroad takes girls under 18. If a man offers a 'parlour job in Dubai' for your daughter, it is a trap. Talk to the Union digital centre before you sign anything.")

# ---- official (hard, 6)
v = "official"
N(v, "bn", True, "বিজ্ঞপ্তি: সৌদি আরবে নারী গৃহকর্মী নিয়োগে কর্মীর কাছ থেকে কোনো অভিবাসন ব্যয় নেওয়া যাবে না। বিমান টিকিট, ভিসা ফি ও মেডিক্যাল খরচ নিয়োগকর্তা বহন করবেন। — জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি)")
N(v, "bn", True, "রিয়াদস্থ বাংলাদেশ দূতাবাস: আগামী ১৮ ডিসেম্বর শ্রম উইং-এ পাসপোর্ট নবায়ন ও আউটপাস বিষয়ক বিশেষ ক্যাম্প অনুষ্ঠিত হবে। মূল পাসপোর্ট অথবা ইকামার কপি সঙ্গে আনুন। কোনো ফি লাগবে না।")
N(v, "bn-Latn", True, "Moriom Overseas (BAIRA sodosso, RL-1478): Jordan garments e mohila kormi, beton 125 JD + overtime. kormir kono khoroch nai, BMET nirdharito fee chara karo ke kono taka diben na. Office Motijheel, phone 01713-608244",
  E(("phone", "+8801713608244"),))
N(v, "bn-Latn", True, "Dutabash theke janano jacche: Amman e jader bokeya beton ase tara labour court e abedon korte parben, kono fee lagbe na, dalal dhorben na. sohayotar jonno email korun lw.amman.bd@gmail.com",
  E(("email", "lw.amman.bd@gmail.com"),))
N(v, "en", True, "Notice: As per BMET, the maximum migration cost for male workers to KSA is Tk 1,65,000. Female domestic workers pay nothing. A money receipt must be issued for every payment. - Al-Noor Manpower (BAIRA member, RL 1192)")
N(v, "en", True, "Embassy of Bangladesh, Beirut: workers whose passports are held by employers may apply for a travel permit (outpass) free of charge. Bring a copy of any ID. Do not pay anyone for this service. Hotline +961 3 482 615",
  E(("phone", "+9613482615"),))

# ---- receipt (hard, 6)
v = "receipt"
N(v, "bn", True, "আপনি ০১৮১৯-২৭৪৫৩০ থেকে ৳১২,৫০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳১৩,২১০.৫০। TrxID BKF4R7Q2LM সময় ১৫/১১/২০২৬ ১৯:৪২",
  E(("phone", "+8801819274530"), ("mfs_transaction", "BKF4R7Q2LM")))
N(v, "bn", True, "নগদ: আপনার একাউন্টে রেমিটেন্স ৳৩০,০০০.০০ জমা হয়েছে (সৌদি আরব)। প্রণোদনা ৳৭৫০.০০। TxnID: 9HX3KD27 ব্যালেন্স: ৳৩১,২০০.০০",
  E(("mfs_transaction", "9HX3KD27"),))
N(v, "bn-Latn", True, "Bhai apnar 15000 taka pailam bkash e, TrxID CJ82KD0PQZ. Riyadh theke Rubina apa pathaise. dhonnobad - Shapla Telecom",
  E(("mfs_transaction", "CJ82KD0PQZ"),))
N(v, "bn-Latn", True, "Rubel Store (bkash agent): apnar cash out 20,000 taka complete hoise. TrxID DB4N6T1WXE. probashi remittance e 2.5% bonus paben, slip niye jaben",
  E(("mfs_transaction", "DB4N6T1WXE"),))
N(v, "en", True, "You have received Tk 25,000.00 from 01734-118209. Ref: ammar oshud. Fee Tk 0.00. Balance Tk 26,118.40. TrxID CK93HDL7Q2 at 02/12/2026 21:15",
  E(("phone", "+8801734118209"), ("mfs_transaction", "CK93HDL7Q2")))
N(v, "en", True, "Dear Customer, BDT 48,650.00 has been credited to your A/C **2231 as foreign remittance from KSA. Sender: SHAHNAZ BEGUM. Govt incentive 2.5% will be credited separately. -Islami Bank")

# ---- worker_content (hard, 6)
v = "worker_content"
N(v, "bn", True, "আলহামদুলিল্লাহ আজকে এক বছর পূর্ণ হইল রিয়াদে। ম্যাডাম খুব ভালো, বেতন প্রতি মাসের ১ তারিখে দেয়, পাসপোর্ট আমার নিজের কাছে। ওভারটাইম করলে আলাদা টাকা দেয়। সবাই দোয়া করবেন 🤲")
N(v, "bn", True, "আজকে ম্যাডাম আমারে নতুন ফোন কিনা দিছে, কয় বাড়িত ভিডিও কল দিতে। ইকামাও রিনিউ হইছে। শুক্রবারে ছুটি পাই, পার্কে যাই ফিলিপিনো বান্ধবীদের সাথে 😊")
N(v, "bn-Latn", True, "Ajke ami Jeddah er market e, madam er sathe shopping 🛍️ beton barse 1000 theke 1200 riyal. jara bidesh ashte chan BMET diye ashen, dalal er kache jaben na")
N(v, "bn-Latn", True, "overtime e aj 4 ghonta extra, madam 100 riyal bonus dise 😍 passport renew er jonno embassy te gesilam, line onek boro silo kintu kaj hoye gese")
N(v, "en", True, "Day in my life as housemaid in Amman 🇯🇴 wake up 7, breakfast for kids, cleaning till 12, rest 2 hours. Friday off. Salary 300 JD on time. Sending home for my sister's wedding! follow @amman_diaries_rumi on insta",
  E(("instagram", "@amman_diaries_rumi"),))
N(v, "en", True, "Got my iqama renewed today and the family gave me 2 weeks leave to go home for Eid. Ticket paid by my kafeel. 3 years here no problem, Alhamdulillah")

# ---- joke (hard, 6)
v = "joke"
N(v, "bn", True, "আমার বউ আমার পাসপোর্ট জমা রাখছে যাতে শ্বশুরবাড়ি থেকে পালাইতে না পারি 😂😂")
N(v, "bn", True, "আমার বস আমারে ১৮ ঘণ্টা খাটায়, বেতন দেয় না, খাইতে দেয় না, রাইতে ঘুমাইতে দেয় না... বস মানে আমার ৩ মাসের ভাগ্নি 😂 ডিউটি চলতাছে")
N(v, "bn-Latn", True, "bhai amar ammu amake ghore atke rakhse, phone o niye nise, karon kal theke HSC exam 😭😂")
N(v, "bn-Latn", True, "dalal bhai bolse free visa te mongol groho te pathabe, 5 lakh advance. ami bollam agey Noakhali theke ber hoye dekhan 🤣")
N(v, "en", True, "my kafeel is my mom. she holds my passport, my salary (pocket money) and won't let me go out after 9pm 😂 #desilife")
N(v, "en", True, "Breaking: local man sold to in-laws for 2 kg mishti and a bicycle. Wedding on Friday, all invited 🤣")

# ---- chatter (hard, 6)
v = "chatter"
N(v, "bn", True, "কাল পাসপোর্ট অফিসে সারাদিন লাইনে দাঁড়াইলাম, সবাই কয় দালাল ছাড়া কিছু হয় না, কিন্তু আমি অনলাইনে আবেদন কইরা নিজেই করলাম")
N(v, "bn", True, "ভাই ওভারটাইম কইরা কইরা জান শেষ, এই মাসে ঈদের আগে কোম্পানি বোনাস দিবো কইছে, দেখি কী হয়")
N(v, "bn-Latn", True, "tumi ki oi movie ta dekhso? oi je Lebanon e gharer kajer meyer golpo, netflix e. sesh ta dekhe onek kosto lagse")
N(v, "bn-Latn", True, "amar cousin Malaysia jabe calling visa te, agency legal, BMET card hoye gese, flight next week. kono tips thakle dio")
N(v, "en", True, "anyone know ticket price Riyadh to Dhaka in Jan? my madam is giving me leave and i want cheap flight")
N(v, "en", True, "lol our landlord keeps copies of our passports and calls every day about rent. hate this city")

# ---- family (hard, 6)
v = "family"
N(v, "bn", True, "বাবা পাসপোর্টটা আলমারিতে রাখছি, ভিসা আসলে জানাইও। তোমার বইনের বিয়ার কথা চলতাছে, ছেলে দুবাই থাকে, ভালো চাকরি করে")
N(v, "bn", True, "আম্মা এই মাসে ২৫ হাজার পাঠাইলাম বিকাশে, রাফির স্কুলের বেতন দিয়া দিয়েন। ওর বয়স তো ১০ হইল, ক্লাস ফোরে উঠবো। তোমার NID নম্বর 19948215563270914 দিয়া ভাতার ফর্ম পূরণ করছি",
  E(("bd_nid", "19948215563270914"),))
N(v, "bn-Latn", True, "bhaiya Shathi r biye te 3 lakh lagbe, ami 1.5 dibo baki tumi dekho. r oder passport e naam boyosh thik ase kina dekho, honeymoon e Malaysia jabe bolse")
N(v, "bn-Latn", True, "ammu ami valo asi, madam ajke eid er jonno shari dise. beton paile 2 tarikh e pathabo, Sumi r admission er taka oita diye diben")
N(v, "en", True, "Abbu I sent 40,000 to your bKash, please pay Nila's coaching fee. She is 14 now, tell her study not TikTok all day")
N(v, "en", True, "Dulabhai please keep my passport with you till the visa stamping, the agency office is near your shop. Passport no. A07731946, receipt they gave is in the blue file",
  E(("bd_passport", "A07731946"),))

# ---- easy negatives (12, voice chatter, hard false)
v = "chatter"
for s, t in [
    ("bn", "আজকে বাজারে ইলিশের দাম অনেক বেশি, তাই কিনি নাই"),
    ("bn", "কাল সকালে কলেজে যাবা?"),
    ("bn", "বৃষ্টি হইতেছে খুব, ছাতা নিয়া আইসো"),
    ("bn", "খেলা দেখছো? বাংলাদেশ জিতছে 🎉"),
    ("bn-Latn", "ki koro? kheyecho?"),
    ("bn-Latn", "kal sokale class ase 8 tay, dekha hobe"),
    ("bn-Latn", "bhai net eto slow keno aj"),
    ("bn-Latn", "ammu aj biriyani ranna korse 😋 chole asho"),
    ("en", "running late, see you at 7"),
    ("en", "happy birthday Tania! 🎂"),
    ("en", "did you finish the assignment?"),
    ("en", "the new cafe near Dhanmondi lake is nice, lets go sunday"),
]:
    N(v, s, False, t)

# ================================================================ checks
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
CATS = ["recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"]
VOICES = ["news", "awareness", "official", "receipt", "worker_content", "joke", "chatter", "family"]


def digits(s):
    return re.sub(r"\D", "", s.translate(BN_DIGITS))


def check(items):
    assert len(items) == 120
    assert sum(i["label"] == "flag" for i in items) == 60
    neg = [i for i in items if i["label"] == "ok"]
    assert len(neg) == 60 and sum(i["hard"] for i in neg) >= 45
    assert sum(not i["hard"] for i in neg) <= 15
    for c in CATS:
        n = [i for i in items if i["category"] == c]
        assert len(n) in (7, 8), (c, len(n))
        assert {i["script"] for i in n} == {"bn", "bn-Latn", "en"}, c
    for s in ("bn", "bn-Latn", "en"):
        assert 36 <= sum(i["script"] == s for i in items) <= 44, s
    for i in items:
        t = i["text"]
        assert (i["label"] == "flag") == (i["category"] in CATS)
        assert i["voice"] == "victim_or_recruiter" if i["label"] == "flag" else i["voice"] in VOICES
        for e in i["entities"]:
            ty, val = e["type"], e["value"]
            if ty in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", val), val
                d = val[1:]
                td = digits(t)
                ok = d in td or (d.startswith("880") and "0" + d[3:] in td)
                assert ok, (i["text"], val)
            elif ty == "bd_nid":
                assert len(val) in (10, 13, 17) and val in digits(t), val
            elif ty in ("telegram", "instagram"):
                assert val.startswith("@") and val[1:] in t, val
            elif ty == "eth_address":
                assert val == val.lower() and re.fullmatch(r"0x[0-9a-f]{40}", val)
                assert val in t.lower()
            elif ty in ("btc_address", "tron_address"):
                raw = b58decode(val)
                assert hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
                assert raw[0] == (0 if ty == "btc_address" else 0x41)
                assert val in t
            elif ty == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", val) and val in t
            else:
                assert ty in ("email", "mfs_transaction"), ty
                assert val in t, val
        # every wa.me number must be a whatsapp entity; every TrxID/TxnID must be listed
        for m in re.finditer(r"wa\.me/\+?(\d+)", t):
            assert {"type": "whatsapp", "value": "+" + m.group(1)} in i["entities"], t
        for m in re.finditer(r"T[rx][xn]I[Dd]:?\s*([A-Z0-9]+)", t):
            assert {"type": "mfs_transaction", "value": m.group(1)} in i["entities"], t
        for m in re.finditer(r"t\.me/(\w+)", t):
            assert {"type": "telegram", "value": "@" + m.group(1)} in i["entities"], t
        # any long digit run must belong to an entity
        covered = "".join(digits(e["value"]) for e in i["entities"])
        for m in re.finditer(r"\d[\d \-]{8,}\d", t.translate(BN_DIGITS)):
            run = digits(m.group(0))
            if len(run) >= 9:
                assert any(run[-9:] in digits(e["value"]) for e in i["entities"]), (t, run, covered)
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts)


def main():
    items = list(ITEMS)
    random.Random(42).shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        rec = {"id": f"dev42-{n:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": it["entities"]}
        out.append(rec)
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), "items to", OUT)


if __name__ == "__main__":
    main()
