#!/usr/bin/env python3
"""Blind dev set dev77: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a journalist investigating the route from Sylhet, Madaripur and
Shariatpur to Italy through Dubai and Libya: brokers who sell the 'game', ransom calls and videos from Libyan
camps, money sent through hundi and bKash to free a son, boats from Zuwara; families' and brokers' messages,
Sylheti and Madaripur speech. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev77.jsonl"
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


BTC1 = btc("dev77-btc-1")
TRON1 = tron("dev77-tron-1")
ETH1 = eth("dev77-eth-1")

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
RD, FD, PP, IC = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LE, TC, SE, MI = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception: bn 3, bn-Latn 3, en 2
F(RD, "bn", "আম্মা দালাল মজিবর কইছিল দুবাই থেকে বিমানে সোজা ইতালি যামু, কোম্পানির ভিসা। এহন দুবাই থেইকা আমাগো বেনগাজী আনছে, কয় এইহান থেইকা বোটে যাইতে হইবো। আব্বারে কইয়েন মজিবরের লগে কথা কইতে 01711482935",
  [("phone", "+8801711482935")])
F(RD, "bn", "ইতালি যেতে চান? 🇮🇹🇮🇹 সিজনাল না, সরাসরি কোম্পানি ভিসা!! প্রথমে লিবিয়ার ত্রিপোলিতে ৩ মাস কোম্পানিতে কাজ, বেতন ৮০০ দিনার, থাকা খাওয়া ফ্রি, তারপর কোম্পানি নিজ খরচে ইতালি পাঠাবে। বয়স ১৮-৩৫। শরীয়তপুর মাদারীপুর ফরিদপুরের ভাইয়েরা দ্রুত নক দিন, সিট লিমিটেড। WhatsApp: wa.me/218917345820",
  [("whatsapp", "+218917345820")])
F(RD, "bn", "ভাইছাব আমারে কইছিল দুবাইয়ো হোটেলো কাম, মাসে ৬০ হাজার। আইয়া দেখি হোটেল টোটেল কুচ্ছু নাই, এক রুমো ২০ জন রাখছে, অখন কয় লিবিয়া যাইতে অইবো কাম ওখানো। আমি ইতা জানতাম না রে ভাই, জানলে আইতাম না")
F(RD, "bn-Latn", "bhai kita khobor. Italy r line khub bala ekhon, boat na ship e jaiba, 500 jon er boro jahaj, life jacket sob ase, kono risk nai. amar bhatija gelo ei mashe, Sicily te kam kore. 14 lakh contract, Libya porjonto 6 lakh dia dilai baki pore")
F(RD, "bn-Latn", "Ma amare bolse Libya te company te kaaj, mase 1 lakh taka. ekhane ashe dekhi kono company nai, ekta barite 40 jon rakhse, bole game er jonno wait koro. dalal er phone off 2 din dhore. abba ke bolo na tension korbe")
F(RD, "bn-Latn", "Dubai visit visa 45 hajar, giya company job dhoraiya dimu, 2 mash por work permit hoiya jaibo. tension nai amar boss er lge Dubai police er kotha hoy 😎 Shariatpur theke 12 jon gese already. passport er copy ar babar NID no. 6902847135 pathan ei number e 01819627304",
  [("bd_nid", "6902847135"), ("phone", "+8801819627304")])
F(RD, "en", "bro the agent told us Italy work permit is ready, showed a paper with stamp from Roma. we paid. here in Tripoli the libyan guy laughed, said this paper is fake, nobody going by plane, only by sea. now they saying pay more for boat")
F(RD, "en", "URGENT Italy farm job 🍅🍅 No IELTS no experience. Salary 1500 euro + overtime. Route: Dhaka-Dubai-Benghazi then company arrange Italy entry, 100% safe. Total package 12 lakh, half after arrive. Contact Telegram @italy_line_rakib",
  [("telegram", "@italy_line_rakib")])

# fees_and_debt: bn 3, bn-Latn 2, en 3
F(FD, "bn", "চাচা হুনেন, পোলা বেনগাজী পৌঁছাইছে আলহামদুলিল্লাহ। এহন গেমের লাইগা আরো সাড়ে তিন লাখ লাগবো, এইডা আগে কই নাই কারণ লিবিয়ার পার্টি রেট বাড়াইছে। টাকা না আইলে পোলা এইহানেই বইয়া থাকবো, আমার কিছু করার নাই")
F(FD, "bn", "জমিটা বন্ধক দিছি হাসেম মেম্বারের কাছে ৬ লাখে, মাসে ২০ হাজার কইরা লাভ দিতে হয়। রাজুর ইতালির কন্টাক্ট ১৪ লাখ, এখনো ৫ লাখ বাকি, দালাল রোজ ফোন দেয়। রাজু ইতালি না পৌঁছাইলে আমরা পথে বসমু")
F(FD, "bn", "মালিক কইছে আমারে আনতে যে খরচ হইছে ৫ হাজার দিনার ঐটা কাম কইরা শোধ দিতে হইবো। বেতন থেকে কাইটা রাখে কত কাটে কয় না। আট মাস হইলো এখনো কয় দেনা শেষ হয় নাই")
F(FD, "bn-Latn", "Apnar fuar lagi 16 lakh contract. Dubai porjonto 4, Libya giya 5, Italy dhukle baki 7. taka hundi te dila bala, bank e dila jhamela. kisti te dite parba, kintu ekbar line e uthle ar ferot nai, ferot aile 3 lakh kati raikhmu")
F(FD, "bn-Latn", "bhai ami ekhon Zuwara r kase ek farm e. mafia bole amar naam e 2500 dollar dena, bole tor dalal tore amar kase bechse, taka amar theke nise, tui shodh koira ja. kaaj koira kata jaitese kintu hisab dekhay na")
F(FD, "en", "Brother total cost Italy 13.5 lakh. 2 lakh now for visa processing, 4 lakh when u reach Dubai, rest in Libya before game. If you cant pay in Libya our man give loan there, you work in his farm till paid. many boys doing like this no problem")
F(FD, "en", "bhai they called again from Benghazi, now they want another 2 lakh for 'food and room' for the 3 months he stayed in their house. Abba already sold the cows and took loan from the samity. every month a new bill, where will it end")
F(FD, "en", "Rate this month: Sylhet-Dubai 3.8L, Dubai-Benghazi 2.5L, Benghazi stay 50k/month, Zuwara boat 3L (seat on top 50k extra). No refund if game fail, 2nd game half price. Family pays before boy moves to next point")

# payments_and_proceeds: bn 2, bn-Latn 3, en 3
F(PP, "bn", "ভাই টাকা এক নাম্বারে পাঠাইয়েন না। ০১৯৩৮৫৫১২০৬ আর ০১৫৫৬৩০৯৮৪৭ এই দুই বিকাশে ২৫ হাজার কইরা ভাগ কইরা সেন্ড মানি দেন, রেফারেন্সে কিছু লিখবেন না। বাকিটা হুন্ডির লোক বাসায় আইসা নিবো, নাম কইবো সুমন ভাই",
  [("phone", "+8801938551206"), ("phone", "+8801556309847")])
F(PP, "bn", "আব্বা ৫০ হাজার পাঠাইছে ভাইয়ের লাইগা, ওরা কইছে স্ক্রিনশট দিতে, TrxID BH47KQ92ZD। এখন কয় দুবাইতে দিরহামে আরো ১০ হাজার দিতে হইবো, দেরার এক দোকানে, নম্বর দিছে +971 55 318 2974। টাকা পাইলে বেনগাজীতে ছাড়বো কইছে",
  [("mfs_transaction", "BH47KQ92ZD"), ("phone", "+971553182974")])
F(PP, "bn-Latn", "taka Italy theke pathaiyen na, Western Union e nam uthe. ami Zindabazar er ekta dokan dimu, oikhane cash dia diyen, 2 ghontar moddhe Benghazi te payment hoiya jaibo. code word 'lal gamcha'. receipt chaiben na")
F(PP, "bn-Latn", f"Bhai mafia bolse bKash e ar nibe na, USDT pathaite bolse. TRC20 address ei: {TRON1} . 3000 USDT. Shamim bhai er bhagna Binance chalay or kach theke kinte paro, ajkei lagbe")
F(PP, "bn-Latn", "aj 7 ta family theke collection: Rahim er abba 1.5L, Kalam er ma 80k, baki ra bKash e. sob agent number e cash in korbi, personal e rakhbi na. rat e sob hisab WhatsApp e dibi, Libya party ke kal pathamu")
F(PP, "en", f"Dubai side confirmed 18,500 AED received for 3 boys Shariatpur batch. Libya release payment today. My 7% already cut. Boys: Sohel passport A08451927, Jewel passport EC4417208. Next time can send USDT ERC20 to {ETH1}",
  [("bd_passport", "A08451927"), ("bd_passport", "EC4417208"), ("eth_address", ETH1)])
F(PP, "en", f"they dont take bkash anymore. send 0.05 BTC to {BTC1} and send screenshot to the libyan number +218 92 418 6037 on whatsapp. after confirm they will put him in next boat",
  [("btc_address", BTC1), ("phone", "+218924186037")])
F(PP, "en", "dont deposit all 9 lakh in one branch. split: Rajoir Sonali 3, Madaripur Islami Bank 3, rest thru Nagad agent. use your cousins NID not yours. if bank ask source say jomi bikri")

# isolation_and_control: bn 3, bn-Latn 3, en 2
F(IC, "bn", "মা আমি ভালো আছি, এইটা ওরা কইতে কইছে। ফোন ওদের কাছে থাকে, সপ্তাহে একবার দেয় তাও সামনে দাঁড়াইয়া থাকে। কাউরে কিছু কইয়ো না, থানায় যাইয়ো না মা")
F(IC, "bn", "এয়ারপোর্টে কেউ জিগাইলে কবি দুবাই ঘুরতে যাস। আমার লোক ছাড়া কারো লগে কথা কবি না। দুবাই নামলেই পাসপোর্ট আমার লোকের হাতে দিয়া দিবি, সে রাখবো, তোর কাছে থাকলে হারাইবো")
F(IC, "bn", "ভাই আমরারে একটা গুদামো তালা মারি রাখছে, দিনো একবার দরজা খুলে খাওন দিতে। বাইরে যাইতে দেয় না, কয় পুলিশ ধরবো। ইটা লুকাইয়া মোবাইলে দিরাম, জলদি কিছু করো")
F(IC, "bn-Latn", "sim ta Dubai airport e fela dibi, notun sim amra dimu. bari te call dibi sudhu amar samne, 2 minute. facebook e kono chobi dibi na, location off. ei niyom mana na korle line theke namai dimu")
F(IC, "bn-Latn", "ahon amrare ek ghor theke arek ghor e shoray, kon city kichu jani na. passport mafiar kache. amrare naam dhore dake na, number dhore dake, amar number 37. ammare kaiyo chinta na korte")
F(IC, "bn-Latn", "Hena re ar phone e paina, tar malik phone nia nise, bole kaam er somoy phone lagbo na. mash e ekbar 5 minute dey. Hena koilo tar passport o madam er almari te tala dia rakhse")
F(IC, "en", "cant talk much. they take phones at night and check who we msg. two boys from Sylhet tried to go out to buy sim, they brought them back and nobody saw them after. dont call this number, i will call")
F(IC, "en", "From Benghazi you dont go anywhere alone, my guys move you house to house. No talking to libyans, no talking to other bangladeshi groups, they will cheat you. Give passport and phone to Faruk when you land, he keeps everyones")

# labour_exploitation: bn 2, bn-Latn 3, en 2
F(LE, "bn", "ছয় মাস হইলো সিমেন্টের ফ্যাক্টরিতে কাম করি, একটা দিনারও দেয় নাই। কয় বেতন জমা আছে, গেমের সময় একবারে দিবো। সকাল ৫টা থেইকা রাইত ১১টা, শুক্রবারেও ছুটি নাই")
F(LE, "bn", "দুবাইয়ো যে কম্পানিত দিছে দিনো ১৬ ঘণ্টা কাম, খাওন দেয় দুপুরে এক বেলা শুকনা রুটি। বেতন ১২০০ দিরহাম কইছিল, দেয় ৪০০, বাকিটা কয় তোমার দালালর হিসাবো যায়")
F(LE, "bn-Latn", "amra 30 jon ekta tomato farm e, Misrata r dike. din e 1 bar khaite dey, pani o kine khaite hoy. beton chaile arab ta bole tui amar kena, beton kiser")
F(LE, "bn-Latn", "Bhai Libya te ekta chicken farm e ase 14 mash. malik ek taka o dey na, bole Italy pathaibo kaaj sesh hoile. ghumay murgir ghor er pashe, osukh hoileo kaam korte hoy")
F(LE, "bn-Latn", "ami ekhon Sharjah r ek site o, kaam 6 ta theke rat 10 ta, gorom 48 degree, paani o kom. tin mash dhori beton nai, supervisor koy company te problem, kaam na korle camp o khana bondho. ar kita kortam koo")
F(LE, "en", "They put us on a construction site in Tarhuna, 7 days a week, no helmet, no pay. When Ripon fell and broke his leg they left him in the room, no doctor. boss says first finish the building then Italy")
F(LE, "en", "6 new boys from Shariatpur start tmrw at the brick factory. No salary first 4 months, that covers their transport and food. morning to night, they sleep in the shed. tell them Italy after the season")

# threats_and_coercion: bn 3, bn-Latn 2, en 2
F(TC, "bn", "[ভয়েস কল] হ্যালো, তোর পোলা আমাগো কাছে। সাত দিনের মধ্যে ৮ লাখ না দিলে ওর ভিডিও দেখবি কেমনে মারি। পুলিশরে কইলে লাশও পাবি না। নম্বরটা মনে রাখ +218 94 552 1098",
  [("phone", "+218945521098")])
F(TC, "bn", "ভিডিওত দেখাইছে আমার পুয়ারে উল্টা করি ঝুলাই মারের, কারেন্ট দের। কয় টেকা না দিলে সাগরো ফালাই দিবো। আমি কিলা ইতা সহ্য করতাম, আল্লাহ")
F(TC, "bn", "মামলা তুইলা নে। তোর পোলা এখনো লিবিয়াত আমাগো লোকের হাতে, ভুইলা যাইস না। কেস চললে ওর কী হইবো আমি জানি না। আর তোর মাইয়া তো এখনো স্কুলে যায়, না?")
F(TC, "bn-Latn", "beshi kotha koile Libya police er hate dhoraia dimu, tokhon jail e pocha. tor kono kagoj nai, ke bachaibo tore? chup kore kaaj kor ar bari te bol bhalo asos")
F(TC, "bn-Latn", "gotokal amader room theke 3 jon ke niye gese jara taka dite pare nai, pasher room theke chitkar shunchi sara rat. sokal e bole poribar ke bolo kal er moddhe taka na aile tomra next. please ma jevabe paro")
F(TC, "en", "Your brother is with us in Zawiya. 10,000 dinar or we sell him to another group. Every day late we send new video. Dont try embassy, they cant find this place. wa.me/218913306642",
  [("whatsapp", "+218913306642")])
F(TC, "en", "If you go to RAB or the journalists again your son will not see the boat. We know your house in Beanibazar. Pay the last 2 lakh and forget this matter")

# sexual_exploitation: bn 2, bn-Latn 2, en 3
F(SE, "bn", "আপা দুবাইয়ে পার্লারের কাজ, বেতন ৮০ হাজার। তবে মাঝে মাঝে মালিকের গেস্টদের সাথে রাতে বাইরে যেতে হবে, ওইটার আলাদা বোনাস। মাইন্ড করলে এই লাইনে চলবে না। ইনস্টাগ্রামে নক দাও @dubai.glow.parlour",
  [("instagram", "@dubai.glow.parlour")])
F(SE, "bn", "বোন, এইখানে মাইয়াগো আলাদা রুমে রাখে। রাইতে লিবিয়ান লোকেরা আসে, যে রাজি হয় না তারে খাওন দেয় না। দালাল কইছে বোটের টাকা এইভাবেই শোধ হইবো")
F(SE, "bn-Latn", "Deira flat e notun 3 ta maal aise Bangladesh theke, Sylheti, boyosh kom. 300 dirham ghonta, full night 1000. client ke location dibo na, amar gari niye jabe. order Telegram e @dxb_rani_service",
  [("telegram", "@dxb_rani_service")])
F(SE, "bn-Latn", "apu ami housemaid er kaaj e ashchilam, ekhane anse ekta club e, rat e nachte hoy ar customer er sathe room e jaite bole. na gele madam mare ar bole Bangladesh e chobi pathaibe. ami ki korum apu")
F(SE, "en", "Boss 4 bangladeshi girls at the Benghazi house now, age 19-22. They are for your guests until their families pay. Keep them inside, no phones. Rate same as last group")
F(SE, "en", "New Bangladeshi girls in Al Barsha 🌹🌹 fresh arrival from Dhaka, shy and obedient, outcall only, driver provided. Booking only through manager, girls dont keep phones. wa.me/971506427718",
  [("whatsapp", "+971506427718")])
F(SE, "en", "Shima said the agents wife takes her to 'dinner' with men every night and keeps the money, says it is her visa cost. She wants to come back but they have her passport. pls help her")

# minors: bn 2, bn-Latn 3, en 2
F(MI, "bn", "ওর বয়স ১৬ তো কী হইছে, পাসপোর্টে ২০ বানাইয়া দিমু, জন্ম নিবন্ধন আমার লোক ঠিক কইরা দিবো। ছোট পোলাগো ইতালিতে রাইখা দেয়, কাগজ পায় তাড়াতাড়ি। তুমি খালি টাকার ব্যবস্থা করো")
F(MI, "bn", "আমার ছেলে সজিব ক্লাস নাইনে পড়ে, দালাল ওরে লুকাইয়া দুবাই নিয়া গেছে, আমরা জানতামও না। এখন লিবিয়া থেকে ফোন দিয়া কয় ১০ লাখ দিতে। ছেলেটার বয়স মাত্র ১৫ বছর")
F(MI, "bn-Latn", "15-17 bosorer fuain ber kori dilai, Italy te minor oile camp o rakhe, deport kore na. beshi boro fuain ar nitam na ei batch o. birth certificate er bishoy amar upore chaira dilai")
F(MI, "bn-Latn", "chachi, mayer boyosh 14 holeo somossa nai, Dubai er chele bhalo, biyer por shathe niye jabe. kabin er somoy boyosh 18 likhe dibo, kazi amar chena. taka poysa nia chinta koiren na")
F(MI, "bn-Latn", "ami Rony, boyosh 16. amake ar amar chhoto bhai ke (13) ek arab er barite kaaj korte dise, school er kotha bollei mare. ammu ke bolo amra Tripoli te")
F(MI, "en", "Boat tonight from Zuwara. Put the small boys in front, under 17, if coast guard stop they are minors and Italy must keep them. Tell them say no parents. Big ones in the back")
F(MI, "en", "The boy is 14 but tall, nobody will ask at Dhaka airport if he goes with you as your son. In Dubai my man takes him to the Libya flight. Make his passport with your surname, we fix birth certificate in Shibchar")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn", "লিবিয়া থেকে ইতালি যাওয়ার পথে ভূমধ্যসাগরে নৌকাডুবিতে মাদারীপুরের রাজৈর উপজেলার তিন যুবকের মৃত্যু হয়েছে বলে জানিয়েছে পরিবার। স্থানীয়রা জানান, দালালের মাধ্যমে জনপ্রতি ১২ থেকে ১৫ লাখ টাকা দিয়ে তাঁরা দুবাই হয়ে লিবিয়ায় গিয়েছিলেন।")
N("news", "en", "Sylhet: Police arrested two alleged members of a trafficking ring in Osmaninagar on Tuesday. They are accused of demanding ransom from families of migrants held in Libya, the OC said. A case has been filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn", "ইতালির দূতাবাস জানিয়েছে, ডিক্রেতো ফ্লুসির আওতায় মৌসুমি কৃষিকাজের নুল্লা অস্তা পাওয়া বাংলাদেশি কর্মীদের ভিসা আবেদন ঢাকার ভিএফএস কেন্দ্রে নেওয়া হচ্ছে। কোনো দালাল বা মধ্যস্বত্বভোগীকে টাকা না দেওয়ার আহ্বান জানিয়েছে দূতাবাস।")
N("news", "en", "Lampedusa: 47 Bangladeshis were among 310 migrants who landed on Sunday after leaving Zuwara, Italian media reported. Most told aid workers they had worked in Libya for several months to pay for the crossing.")
N("news", "bn", "বৈধ পথে প্রবাসী আয় পাঠাতে উৎসাহ দিতে আড়াই শতাংশ প্রণোদনা বহাল রেখেছে সরকার। বাংলাদেশ ব্যাংক বলছে, হুন্ডি ও মোবাইল ব্যাংকিংয়ের অপব্যবহার ঠেকাতে নজরদারি বাড়ানো হয়েছে।")
N("news", "en", "BMET data show the number of women going to Saudi Arabia for domestic work fell 20% this year. Rights groups cite complaints of abuse and unpaid wages and urge closer monitoring of recruiting agencies.")
# awareness
N("awareness", "bn", "⚠️ সাবধান! লিবিয়া হয়ে ইতালি যাওয়ার 'গেম' মানে জীবনের ঝুঁকি। দালালরা বিমানে পাঠানোর কথা বলে লিবিয়ার ক্যাম্পে আটকে মুক্তিপণ আদায় করে। বিদেশ যাওয়ার আগে জেলা কর্মসংস্থান ও জনশক্তি অফিসে যাচাই করুন। শেয়ার করুন 🙏")
N("awareness", "bn-Latn", "Bekkol bhai-bon re onurodh, kono dalal er kothay fuain re Libya diya Italy pathaiyo na. amar gaon er 4 jon fua ekhono nikhoj, ma-baf kandiya kandiya shesh. sorkari vabe jaile BMET er office o zaiba. share korio 🙏")
N("awareness", "en", "BRAC Migration Programme: Back from Libya? Our desk at Madaripur offers free counselling, legal aid to get money back from brokers, and reintegration support. Walk in Sunday-Thursday, 10am-4pm.")
N("awareness", "bn", "জুম্মার পরে ইমাম সাহেব বললেন, কেউ যেন ছেলেকে অবৈধ পথে বিদেশে না পাঠায়। জমি বিক্রি করে দালালের হাতে ১৫ লাখ তুলে দেওয়ার চেয়ে ঐ টাকায় দেশে ব্যবসা করা অনেক ভালো।")
N("awareness", "en", "*Forwarded many times* If someone calls saying your son is detained in Libya and asks for money by bKash, FIRST call the Bangladesh Embassy in Tripoli or 999. Many fake callers use old photos to scare families. Don't panic, verify first.")
N("awareness", "bn-Latn", "Sotorkota: Dubai visit visa diye kaaj kora jay na. visit visa te giye kaaj khujle jail-jorimana hote pare. boidho work visa ar BMET smart card chara bidesh jaben na. - Shibchar Upazila Proshashon")
# official
N("official", "bn", "মেসার্স আল-মদিনা ওভারসিজ (আরএল-১২৩৪) — সৌদি আরবে ক্লিনার পদে ৫০ জন পুরুষ কর্মী নেওয়া হবে। বেতন ১২০০ রিয়াল, থাকা-খাওয়া কোম্পানির। সরকার নির্ধারিত খরচের বাইরে কোনো টাকা দিতে হবে না, সকল লেনদেন ব্যাংকের মাধ্যমে। যোগাযোগ: ০১৭২৩৪৫৯৮১৬",
  [("phone", "+8801723459816")])
N("official", "en", "Embassy of Italy, Dhaka: Decreto Flussi 2026 applicants must book appointments only through the official VFS Global portal. The Embassy does not work with agents or intermediaries. Any request for payment for a nulla osta should be reported to visti.dhaka@esteri.it",
  [("email", "visti.dhaka@esteri.it")])
N("official", "bn", "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া কোনো কর্মী বিদেশে যেতে পারবেন না। আমি প্রবাসী অ্যাপে নিবন্ধন করে ফিঙ্গারপ্রিন্ট দিন। পাসপোর্টের মেয়াদ কমপক্ষে ৬ মাস থাকতে হবে।")
N("official", "en", "Embassy of Bangladesh, Tripoli: Bangladeshi nationals in Libya without valid documents who wish to return home may register for the IOM voluntary return flight. Bring any ID (passport or NID copy). Consular wing WhatsApp: +218 91 228 4471",
  [("phone", "+218912284471")])
N("official", "bn-Latn", "Apnar Malaysia visar medical report OK hoyeche. BMET fingerprint er jonno 12/01 tarikh Madaripur DEMO office e passport soho asun. Sorkari fee er baire kono taka diben na. - Hasan Overseas RL-0987")
N("official", "en", "Your e-Passport is ready for collection at RPO Madaripur. Passport No. EG0472913. Please bring the delivery slip and original NID card. - Dept. of Immigration & Passports",
  [("bd_passport", "EG0472913")])
# receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01912873640. Ref Ammar oshudh. Fee Tk 0.00. Balance Tk 26,480.50. TrxID CK93LM2TQX at 04/11/2026 19:42",
  [("phone", "+8801912873640"), ("mfs_transaction", "CK93LM2TQX")])
N("receipt", "en", "Money Received. Amount: Tk 15000.00 Sender: 01684417253 Ref: Italy theke Rafiq TxnID: 7GH2K9QW Balance: Tk 15230.00",
  [("phone", "+8801684417253"), ("mfs_transaction", "7GH2K9QW")])
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার হিসাবে (***৪৫২১) ইতালি থেকে রেমিট্যান্স ৳১,২৫,০০০ জমা হয়েছে, সাথে ২.৫% প্রণোদনা ৳৩,১২৫। - সোনালী ব্যাংক, শিবচর শাখা")
N("receipt", "en", "Cash-In from A/C: ***8734 Tk 10,000.00 Fee: Tk 0.00 Balance: Tk 10,215.00 TxnId: 2849301756",
  [("mfs_transaction", "2849301756")])
N("receipt", "en", "Payment of Tk 3,450.00 to BMET Registration Fee is successful. Fee Tk 0.00. Balance Tk 1,205.00. TrxID BJ27XP8QLM at 12/10/2026 11:05",
  [("mfs_transaction", "BJ27XP8QLM")])
N("receipt", "en", "Al Ansari Exchange - Remittance Receipt. Sender: MD SHAHIN MIAH, Passport A04829156. Beneficiary: RAHELA BEGUM, Dutch-Bangla Bank, Sylhet. Amount AED 2,000.00 = BDT 65,840.00. Ref 400918273",
  [("bd_passport", "A04829156")])
# family
N("family", "bn", "বাবা তুমার পাসপোর্টর মেয়াদ শেষ অইযার, রোমর এম্বাসিত গিয়া নতুন করি লাও। টেকা পাঠাইবার লাগি তাড়াহুড়া করিও না, আগে নিজে খাইয়া-দাইয়া বালা থাকো")
N("family", "bn-Latn", "Abba, Sumon er Italy r nulla osta ashse, embassy te interview 14 tarikh. agency shudhu sorkari fee nise, receipt ase amar kache. dua koiren")
N("family", "bn-Latn", "Chachi meyer biye ta December e rakhi? chele Dubai te 6 bochor, nijer dokan ase. meyer boyosh 21, porasona ta sesh hok age. den mohor niye pore boshi")
N("family", "en", "bro Abba wants to send 2 lakh to Italy for ur room deposit, he says bkash to ur friends wife in Dhaka is faster. I said use bank, you get 2.5% bonus and no hundi headache. send me ur IBAN again")
N("family", "bn", "আলহামদুলিল্লাহ মিজান ভাই কাইল রাইতে আইওএমের ফ্লাইটে দেশে আইছে। লিবিয়ায় দুই বছর আছিল, শরীর শুকাইয়া গেছে। কইছে আর বিদেশ যাইবো না, বাজারে একটা দোকান দিবো")
N("family", "bn-Latn", "fua re koilam Libya dia zaibe na, UK student visa r lagi IELTS dibar. fee 25 hajar British Council o dilam, receipt ase. ekhon ar tension nai, baki Allah bhorsha")
# worker_content
N("worker_content", "bn-Latn", "Alhamdulillah Napoli te 2 bochor holo, permesso di soggiorno renew hoye gese. restaurant e kaaj, 8 ghonta, Sunday off. beton 1300 euro, bari te protimash 40 hajar pathai. chobi dekhen insta te @rasel_in_napoli",
  [("instagram", "@rasel_in_napoli")])
N("worker_content", "bn", "দুবাইয়ের গরমে সাইটে কাজ করা কষ্ট, তবে কোম্পানি দুপুর ১২টা থেকে ৩টা ব্রেক দেয়। ওভারটাইম করলে টাকা বেশি পাই। মাসের বেতন ঠিক সময়ে আসে, এইটাই শান্তি")
N("worker_content", "en", "Sicily farm work is hard man, 6am start, back pain every day. Boss is strict about breaks but pays every month on time with busta paga. Rent 250 for shared room. missing deshi food 😩")
N("worker_content", "bn-Latn", "ami ekhon Rome o delivery kori, Glovo te. kuno mash bala income, kuno mash kom. boss nai, nijer moto kaam. passport documento sob amar kache, kaileo bari aimu chuti te")
N("worker_content", "bn", "সৌদিতে আকামা রিনিউ হইছে, কফিল ভালো মানুষ, ছুটিতে দেশে আসার টিকিটও দিবে কইছে। রুমে ৬ জন থাকি কিন্তু এসি আছে, খাওয়া নিজেরা রান্না করি")
N("worker_content", "en", "Penang factory ok so far, 12hr shift but OT paid, Sunday off. Came through the G2G process, total cost under 1 lakh. My passport is with me, company only kept a copy for the permit")
# joke
N("joke", "bn-Latn", "amar bou bole Italy jaibi na? ami boli tor mayer ranna khaiya e to Libya r camp er moto obostha 😂😂 mafia o eto torture kore na")
N("joke", "bn-Latn", "Londoni fua r biyar lagi furir baba ja demand korer, Italy r game er contract o etto na 🤣🤣")
N("joke", "en", "Me: I'll save money this month. bKash: 'You have sent Tk 500 to Foodpanda' x14 😭 someone pls pay my ransom from this debt")
N("joke", "bn", "বউ আমারে ঘরে আটকাইয়া রাখছে, পাসপোর্ট লুকাইয়া রাখছে যাতে দুবাই না যাই 😂 মানবাধিকার কমিশনে মামলা করমু ভাবতেছি")
N("joke", "bn-Latn", "boss amare Friday teo overtime koraitese, eta to pura dashotto 😤😂 jk cha ar singara dise tai maaf")
N("joke", "en", "Madaripur guys be like 'bhai Italy jabo' and next week posting from Lampedusa beach 😂 jk Rasel went with proper seasonal visa, proud of u bro")
# chatter
N("chatter", "bn-Latn", "kalke rater game ta dekhsos? Italy 2-1 e harailo, amar 500 taka gelo Sumon er kase, bKash kore dilam 😅")
N("chatter", "bn-Latn", "ajke rat 11 tay game dibo, squad full. boat e uthle amare cover dibi, last game e boat theke fele dise 😤 PUBG te tui ekdom noob")
N("chatter", "bn", "নেটফ্লিক্সে ঐ মাফিয়া সিরিজটা দেখলাম, সিসিলির মাফিয়া কেমনে পুরা শহর কন্ট্রোল করে, হাড় হিম হইয়া যায়")
N("chatter", "en", "Going to Dubai for 5 days with family, visit visa came in 3 days through the travel agency, 8500 taka each. any cheap hotel near Deira? want to take Ammu to the gold souk")
N("chatter", "bn-Latn", "bazar o ek dalal amar jomi bikri korte ashsilo, 2 percent commission chay. ami koilam nijei bechmu, dalal lagto nay")
N("chatter", "bn", "সমিতি থেকে ৫০ হাজার কিস্তি তুলছি গরু কিনতে, সপ্তাহে ১২০০ টাকা কিস্তি। কুরবানির হাটে বেচলে লাভ থাকবো ইনশাআল্লাহ")

# ---------------------------------------------------------------- easy negatives
N("news", "en", "Sylhet: heavy rain floods low-lying areas of the city, Surma river flowing above danger level at Kanaighat point.", hard=False)
N("news", "bn", "শিবচরে পদ্মা সেতুর কাছে নতুন ইলিশ বাজারের উদ্বোধন করা হয়েছে।", hard=False)
N("family", "bn-Latn", "Ammu aj rate ki ranna? ami 8 tar moddhe ashbo, chhoto ke bolo homework kore rakhte", hard=False)
N("family", "bn", "নানু কেমন আছেন? ঈদের পরে আমরা সবাই শরীয়তপুরে আসবো ইনশাআল্লাহ", hard=False)
N("chatter", "en", "anyone selling a used Honda Hornet in Sylhet? budget 1.5 lakh", hard=False)
N("chatter", "bn-Latn", "bhai cricket dekhso? Shakib er bowling ta osthir chilo aj", hard=False)
N("joke", "bn", "শিক্ষক: বল তো পৃথিবী গোল কেন? ছাত্র: স্যার, চ্যাপ্টা হইলে তো সবাই কিনারা থেকে পইড়া যাইত 😂", hard=False)
N("worker_content", "en", "First day at the new office in Gulshan, colleagues are nice, lunch was kacchi 😋", hard=False)
N("receipt", "en", "You have recharged Tk 99.00 to 01745829316. Balance Tk 412.30. TrxID BK38ZQ71MN at 02/12/2026 08:14",
  [("phone", "+8801745829316"), ("mfs_transaction", "BK38ZQ71MN")], hard=False)
N("awareness", "bn", "ডেঙ্গু প্রতিরোধে বাড়ির আশপাশে জমে থাকা পানি পরিষ্কার রাখুন। জ্বর হলে দ্রুত চিকিৎসকের পরামর্শ নিন।", hard=False)
N("official", "en", "Sylhet City Corporation: holding tax can now be paid online. Last date for rebate 31 December.", hard=False)
N("chatter", "bn-Latn", "kita khobor bhai? cha khaiba ni? Amberkhana te notun dokan khulse", hard=False)

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
    random.Random(77).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev77-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
