#!/usr/bin/env python3
"""Blind dev set dev92: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a lawyer in Beirut and Amman for Bangladeshi women domestic and garment workers (runaway cases filed by employers, agency swap fees, women locked in agency offices, salaries paid to the agency, sponsors demanding ticket money back, women sold on through Facebook groups; Bengali and Banglish voice notes, employers' and agents' English with Arabic words: madam, mister, kafil, maktab). Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev92.jsonl"
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


BTC1 = btc("dev92-btc-1")
TRON1 = tron("dev92-tron-1")
ETH1 = eth("dev92-eth-1")

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
P = "bd_passport"
PH = "phone"
WA = "whatsapp"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn-Latn",
  "[voice note] apa ami Rokeya... amk Dhaka office e bolse Beirut er hospital e cleaner er kaj, 8 ghonta duty, "
  "thaka khawa hospital e. ekhane namaise ekta basay, madam er 3 ta bacha ar ekta buro baba bichanay pora. "
  "hospital er kono kotha e nai. ami ki korbo bolen", [])
F("recruitment_deception", "bn",
  "জর্ডানে গার্মেন্টসে মহিলা অপারেটর লাগবে। ভিজিট ভিসায় যাবেন, আম্মানে গিয়া ফ্যাক্টরি কাগজ কইরা দিবো। "
  "বিএমইটি ক্লিয়ারেন্স ফিঙ্গার কিছু লাগবো না, ঝামেলা নাই। ১৫ দিনে ফ্লাইট। যোগাযোগ ০১৭১২-৪৫৮৩৯০ (ইমো)",
  [(PH, "+8801712458390")])
F("recruitment_deception", "en",
  "URGENT!! Female staff need for LEBANON 🇱🇧 beauty salon & spa, salary 600$ + tips, no experience no problem, "
  "no need training certificate, only passport. Madam very good family. inbox or whatsapp +961 71 458 902",
  [(PH, "+96171458902")])
F("recruitment_deception", "bn-Latn",
  "vaiya ora bolsilo Amman er factory te sewing operator, contract e o tai lekha. airport theke nije gari te "
  "Irbid niye ashche ekta barite. bole factory te jayga nai ekhon basar kaj koro, 2 mash por factory. "
  "ajke 5 mash.", [])
F("recruitment_deception", "bn",
  "ঢাকায় যে কন্টাক্ট পেপারে সই দিলাম ওইটা পুরা আরবিতে লেখা ছিলো, দালাল কইছিল মাসে ৩০০ ডলার। "
  "এইখানে আইসা মাদাম কাগজ দেখাইলো ১৫০ ডলার। কই এইটাই নাকি লেখা। আমি তো পড়তে পারি না", [])
F("recruitment_deception", "en",
  "sir I am Bangladeshi. agency tell me Dubai job in mall. in airport they change my ticket, I land in Beirut. "
  "office man say Lebanon same like Dubai, dont worry. my passport with him. what I do", [])
F("recruitment_deception", "bn-Latn",
  "Ranu r sathe fb te porichoy, bolse biye kore Jordan niye jabe, okhane tar restaurant. visa ticket sob "
  "se korbe, khali passport ta dite hobe r kauke bola jabe na ekhon. meye ta to ghor theke ber hoye gese kal rat e",
  [])
F("recruitment_deception", "bn",
  "ট্রেনিং সার্টিফিকেট নিয়া টেনশন কইরেন না আপা, আমরা ঢাকা থেইকা বানায়া দিমু, কেউ ধরবো না। "
  "পাসপোর্টের ছবি আর ১০ হাজার পাঠান, মেডিকেল আমাদের লোক করবো, ফিট আইবো ১০০%", [])

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn-Latn",
  "mister bolse ticket er 1200 dollar ar maktab ke je 2500 dise oita ferot na dile passport dibe na, "
  "desh e jaite parbi na. ami 8 mash kaj korsi beton pai 3 mash er. ekhon abar ami tar kase rin?", [])
F("fees_and_debt", "en",
  "Madam if you not happy with the girl we change, transfer fee 800$ paid to office. the girl will pay her part "
  "300$ from her salary, we cut 100 every month. she stay in office until new house found.", [])
F("fees_and_debt", "bn",
  "জমি বন্ধক রাইখা সাড়ে তিন লাখ দিছি আব্দুল দালালরে। এখন লেবানন থেইকা মাইয়া ফোন দিয়া কয় অফিস আরো ৫০ হাজার চায় "
  "ইকামা করার লাইগা, না দিলে কাগজ হইবো না। কোথা থেইকা দিমু", [])
F("fees_and_debt", "bn-Latn",
  "prothom 3 mash er beton office rakhbe, oita tomar visa khoroch r medical. 4th mash theke tomar. "
  "majhe chole gele puro khoroch ferot dite hobe, 2500 dollar. bujhso? sign koro ekhane", [])
F("fees_and_debt", "en",
  "You listen. Your visa, ticket, maktab, insurance, all cost me 3500 dollar. You finish 2 years then you go. "
  "If you want go now you pay back the 3500, cash, then I give you passport and release.", [])
F("fees_and_debt", "bn",
  "আপা আমার মা ব্র্যাক আর আশা দুই জায়গা থেইকা কিস্তি তুইলা দালালরে দিছে। এইখানে ৬ মাস হইলো, অফিস কয় "
  "প্রথম বছরের বেতন দালালের ভাগ। বাড়িতে কিস্তিওয়ালারা প্রতি সপ্তাহে আসে", [])
F("fees_and_debt", "bn-Latn",
  "kafil tanazul dibe na 2000 dollar chara. bole tomake ante taka lagse, taka dao tarpor jekhane iccha jao. "
  "ami ei taka koi pabo apa, 14 mash beton e pai nai thik moto", [])
F("fees_and_debt", "bn",
  "অগ্রিম ৬০ হাজার আজকের মধ্যে দিতে হবে, সিরিয়াল ধরে রাখছি। বিকাশ পার্সোনাল ০১৮৯৭ ২২৬৫১৪, "
  "ক্যাশআউট চার্জ সহ দিবেন। বাকি ২ লাখ ভিসা আসার পর। এই কথা বাইরে কাউরে বলবেন না",
  [(PH, "+8801897226514")])

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "apa amar beton madam sorasori office e dey, Abu Hassan er kase. office bole desh e pathaise. "
  "bari te amma bole 4 mash e ekbar 15 hajar ashche. baki taka koi? ami nijer hate kono din dollar dhori nai", [])
F("payments_and_proceeds", "en",
  "2 girls gone to the Zahle house today, 2500 each, buyer paid cash to Samir. send my share 1500 USDT TRC20 "
  "to " + TRON1 + " before tonight. next 3 arrive Tuesday",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "টাকা তিন নাম্বারে ভাগ কইরা পাঠাইবেন, এক নাম্বারে ২০ হাজারের বেশি না, নাইলে ধরা খায়। "
  "০১৯৩৪-৭৭১২০৫, ০১৫৫৮ ৩০২৯১৭, ০১৬১১-৮৪৯৩০২ সব পার্সোনাল। মেয়েদের বেতন যেটা আসছে সেটাও এভাবে",
  [(PH, "+8801934771205"), (PH, "+8801558302917"), (PH, "+8801611849302")])
F("payments_and_proceeds", "en",
  "Dont send the girls salary by bank or western union, too many questions. Give dinar to Abu Karim in Wehdat, "
  "he give taka by bkash same day. I take 15 dinar from each girl every month for the service.", [])
F("payments_and_proceeds", "bn-Latn",
  "apa ei je 40 hajar dilam, screenshot dilam. 'You have sent Tk 40,000.00 to 01934771205. TrxID BHK4T7Q2ZM'. "
  "ekhon meyer passport ta office theke ber kore den, r o ke basay pathan please",
  [(PH, "+8801934771205"), ("mfs_transaction", "BHK4T7Q2ZM")])
F("payments_and_proceeds", "bn",
  "গ্রুপে পোস্ট দিছি: বাংলাদেশি কাজের মেয়ে, কাফালা ট্রান্সফার, ১ বছর চুক্তি বাকি, আরবি বোঝে। দাম ১৮০০ ডলার, "
  "ক্যাশ অথবা ইউএসডিটি। দুইজন ইনবক্স করছে, যে আগে টাকা দিবো সে নিবো", [])
F("payments_and_proceeds", "en",
  "commission for the 4 Bangladeshi maids this month, office share 30% after the madams pay. transfer ETH to "
  + ETH1 + " and delete this chat",
  [("eth_address", ETH1)])

# isolation_and_control (8: bn 3, bn-Latn 3, en 2)
F("isolation_and_control", "bn-Latn",
  "[voice] apa amader 6 jon ke office er pichoner rume rakhse, dorja bahir theke tala. phone sob niye nise, "
  "ami ekjoner lukano phone theke bolchi. din e ekbar khana dey. please kauke janan, Dora er kache office",
  [])
F("isolation_and_control", "en",
  "She is not allowed go outside alone, not allowed phone. Friday she can call her family 10 minute from my "
  "phone, I stay beside. No talking with the Bangladeshi girl next building. This is my rule in my house.", [])
F("isolation_and_control", "bn",
  "আমার ফোন মাদাম নিয়া গেছে। শুধু শুক্রবার আম্মার সাথে কথা কইতে দেয়, স্পিকারে দেয়, পাশে বইসা থাকে। "
  "কি কমু কি কমু না হেয় ঠিক কইরা দেয়। এইটা লুকাইয়া দারোয়ানের ফোন থেইকা লিখতেছি", [])
F("isolation_and_control", "bn-Latn",
  "sun, embassy theke keu phone dile bolbi sob thik ase, madam valo, beton pao. r jodi ultapalta bolo tahole "
  "bujhba. tomar ammar number o amar kase ase", [])
F("isolation_and_control", "en",
  "When she land at airport our driver take the passport and ticket. Dont give her sim card. She stay in maktab "
  "until new madam come to pick, maybe 1 week. Nobody visit her.", [])
F("isolation_and_control", "bn",
  "পাসপোর্ট কফিলের আলমারিতে তালা দেওয়া। চাইলে কয় ওইটা আমার জিনিস, তোর কি কাম। নাম্বার ভুলে গেছি, "
  "ফটোকপিও নাই। পাসপোর্ট নাম্বারটা ছিল মনে হয় EG0387425 বাসায় ছবি আছে দেখেন", [(P, "EG0387425")])
F("isolation_and_control", "bn-Latn",
  "ami niche namte pari na. madam bairer gate e chabi dia office e jay, sondha porjonto ghore ami ekla. "
  "jalana theke o dakle bole bangali der sathe kotha bolle bari theke ber kore dibe", [])
F("isolation_and_control", "bn",
  "অফিসে রাখছে ১২ দিন হইলো। সামনের রুমে ক্যামেরা, বাথরুমেও একজন সাথে যায়। কাউরে ফোন করতে দেয় না, "
  "কয় নতুন বাসা ঠিক হইলে তখন কথা কবি", [])

# labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "ভোর ৫টা থেইকা রাত ১টা পর্যন্ত কাজ। মাদামের বাসা, তার মায়ের বাসা, শুক্রবারে বোনের বাসা, তিন বাসা একলা করি। "
  "ঘুমাই রান্নাঘরের মাটিতে। ছুটির কথা কইলে কয় তোর দেশে ছুটি আছে?", [])
F("labour_exploitation", "bn-Latn",
  "7 mash beton pai nai. madam prottek mash e bole next month, next month. ekhon bole Lebanon e dollar nai, "
  "bank e taka atka. kintu nijer meyer birthday te party dilo. ami bari te ki pathabo", [])
F("labour_exploitation", "en",
  "I eat what is left from children plate. sometimes bread only. madam lock fridge at night. I lose 9 kg, "
  "I am dizzy when I clean the stairs", [])
F("labour_exploitation", "bn",
  "ফ্যাক্টরিতে ১৪ ঘণ্টা লাইন চলে, ওভারটাইমের টাকা স্লিপে লেখে না। ছুটি চাইলে সুপারভাইজার কয় হাজিরা কাটবো। "
  "মাসে একদিনও ছুটি নাই, ডরমে এক রুমে ১৪ জন", [])
F("labour_exploitation", "bn-Latn",
  "ami bollam contract shesh, desh e jabo. mister bolse aro 2 bochor na korle chharbe na, ticket o dibe na. "
  "ami bolsi tahole beton baran, bole beton ja ase tai", [])
F("labour_exploitation", "en",
  "My sister need help this weekend, I send Fatema to her house saturday and sunday, she come back monday "
  "morning to do our house. no need pay her extra, she is our girl.", [])
F("labour_exploitation", "en",
  "New girl has no day off first year, this is normal here, tell her. also no phone in the working hours, "
  "working hours is all day. salary start after 3 months probation.", [])

# threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn-Latn",
  "madam bolse palaile police e runaway case dibe, churi r case o dibe, jail hobe tarpor deport. "
  "ami to kisu churi kori nai apa. ekhon ki ami palai na thaki?", [])
F("threats_and_coercion", "en",
  "If you leave this house I report you absconding tomorrow and the police take you. Your residence is with me. "
  "Nobody in your embassy will help you, they know me.", [])
F("threats_and_coercion", "bn",
  "মিস্টার গায়ে হাত তোলে, কাইল গরম পানির পাতিল হাতে ফালাইছে, ফোস্কা পড়ছে। কয় কাউরে কইলে আরো মারবো। "
  "ছবি পাঠাইলাম দেখেন", [])
F("threats_and_coercion", "bn-Latn",
  "tor ma ke bole ashchi. tui jodi Beirut theke palaye ashis tor bhai re mamla khawabo, r taka ferot dite hobe "
  "3 lakh. Salam dalal er kotha mone rakhis", [])
F("threats_and_coercion", "en",
  "If you make problem again with madam I sell you to a family in Bekaa, big family, no one speak English there, "
  "you never see Beirut again. Decide.", [])
F("threats_and_coercion", "bn",
  "আমারে অফিস আরেক বাসায় বেইচা দিছে। নতুন মাদাম প্রথম দিন কইলো তোরে ২০০০ ডলারে কিনছি, কাজ না করলে "
  "আবার বেচমু। আমার আগের ৪ মাসের বেতনও দেয় নাই আগের বাসা", [])
F("threats_and_coercion", "bn-Latn",
  "[voice] ei mayer ekta iqama nai, tui bairer jaibi police dhorbo, jail e pochabi. tai chupchap ghore thak "
  "r kaj kor. Dhaka e tor baap ke o ami chini, bujhcis?", [])
F("threats_and_coercion", "bn",
  "অফিসের লোকটা আমার ছোট বোনের ছবি দেখাইয়া কইলো ওরও ঠিকানা জানি। টাকা না দিলে ওরে দেখবো। "
  "আমি এখন কি করি আপা", [])

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn-Latn",
  "mister raate amar rume ashe jokhon madam bairer theke. ami bolle madam amakei marbe, office e ferot dile "
  "office bolbe tor dosh. 3 mash dhore eita hocche apa, ami ar parchi na", [])
F("sexual_exploitation", "en",
  "Bangladeshi girls available Jounieh ✨ new this week, 24h, hotel or your home, real photos no fake, "
  "booking only with manager wa.me/96176310455",
  [(WA, "+96176310455")])
F("sexual_exploitation", "bn",
  "অফিসের লোক কইলো রাতে ক্লাবে গিয়া বসলে বেশি টাকা, কাস্টমারের সাথে যাইতে হইবো। না গেলে পাসপোর্ট আর বাসা কোনটাই "
  "দিবো না। আরো ৩ জন বাংলাদেশি মাইয়া যায় প্রতি রাতে", [])
F("sexual_exploitation", "bn-Latn",
  "jordan e parlour er kaj bole anche. ekhane ese dekhi parlour na, ekta flat, raat e lok ashe. "
  "ami na korle khabar dey na. amar sathe Sylhet er ekta meye o ase", [])
F("sexual_exploitation", "en",
  "she is clean, Bangla, not speak much Arabic, 50$ for hour, 150 night. I bring her to your flat myself "
  "and wait downstairs. cash to me not to her.", [])
F("sexual_exploitation", "bn-Latn",
  "madam er chele amake photo pathate bole, gosol er shomoy. na pathale bolbe ami tar ghori churi korsi, "
  "police dibe. ami ki korbo bujhtesi na", [])
F("sexual_exploitation", "bn",
  "টেলিগ্রামে @beirut_asia_vip চ্যানেলে আমার আর নাসিমার ছবি দিয়া পোস্ট দিছে, নিচে দাম লেখা। "
  "আমরা তো বাসার কাজে আসছিলাম", [("telegram", "@beirut_asia_vip")])

# minors (7: bn 3, bn-Latn 2, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৪ তাতে কি, পাসপোর্টে ২৫ দিয়া দিমু, জন্ম নিবন্ধন আমাদের লোক বদলাইবো। লেবাননে বাচ্চা দেখার কাজ, "
  "ছোট মাইয়াগোরে মাদামরা বেশি পছন্দ করে", [])
F("minors", "bn-Latn",
  "apa amar asol boyos 16, passport e 27 lekha. madam jane na. ekhane 2 bochor hoilo, ami school e class 8 e "
  "porsilam. bari jaite chaile office bole passport e boro boyos, tumi boro", [])
F("minors", "en",
  "Looking small girl age 12 to 15 for home, to play with my children and help cleaning. Bangladesh or "
  "Ethiopia ok. no salary first year, food and clothes, maybe later send money to family. call +962 79 554 2817",
  [(PH, "+962795542817")])
F("minors", "bn",
  "আপনার মাইয়া ছোট তো কি হইছে, ওইখানে গিয়া বড় হইবো। বেতন পাইবো ১৫০ ডলার। আমরা এসএসসি সার্টিফিকেট ছাড়া "
  "বয়স বাড়াইয়া দিমু, আপনি খালি সই দিবেন", [])
F("minors", "en",
  "sir in our factory in Irbid 3 girl from Kurigram, they are 15 or 16 but the card say 22. supervisor know. "
  "they work night shift also. one is crying every day", [])
F("minors", "bn-Latn",
  "madam bolse choto bon takeo niye ashte, boyos 13, bachha dekhbe. office bolse kono problem na, "
  "passport onno naam e kore dibe. amma raji hoye gese taka er jonno", [])
F("minors", "bn",
  "নতুন ব্যাচে দুইটা একদম কচি, ১৫-১৬, প্রথমবার। রেট আলাদা। ক্লায়েন্টরে আগে ছবি দেখাও, ফ্ল্যাটে রাখছি", [])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "লেবাননে গৃহকর্মী নির্যাতন: বৈরুতে বাংলাদেশ দূতাবাসের সেফহোমে আশ্রয় নিয়েছেন ১২ নারী। দূতাবাস জানায়, "
  "নিয়োগকর্তাদের বিরুদ্ধে বেতন না দেওয়া ও পাসপোর্ট আটকে রাখার অভিযোগ খতিয়ে দেখা হচ্ছে।")
N("news", "en",
  "Jordan: Ministry of Labour extends grace period for migrant workers to correct status without fines; "
  "domestic workers who left employers can apply for exit without penalties until end of March.")
N("news", "bn",
  "মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে নারীদের লেবাননে পাঠানোর "
  "অভিযোগে রাজধানীর পল্টন থেকে তাদের আটক করে র‍্যাব। উদ্ধার হয়েছে ৩৭টি পাসপোর্ট।")
N("news", "en",
  "Beirut labour court orders employer to pay Bangladeshi domestic worker 14 months of unpaid wages and return "
  "her passport, in a ruling lawyers called rare under the kafala system.")
N("news", "bn-Latn",
  "khobor dekhlam Jamuna TV te, Amman theke 230 jon garment shromik desh e firse, factory bondho hoye geche. "
  "sobai nijer beton niye ashche bolche, BMET airport e o help desk dise")
N("awareness", "bn",
  "সতর্ক থাকুন! কেউ যদি বলে বিউটি পার্লারে চাকরি, বেতন লাখ টাকা, খরচ লাগবে না, আগে যাচাই করুন। বিএমইটির "
  "ওয়েবসাইটে এজেন্সির লাইসেন্স দেখুন। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫। শেয়ার করুন।")
N("awareness", "bn-Latn",
  "forward kora: bon ra, Lebanon Jordan jawar age passport nijer kase rakhben, keu jodi bole airport e "
  "passport jama dao, tokhoni embassy te janaben. ei post ta gramer sob apa der share korun 🙏")
N("awareness", "en",
  "KNOW YOUR RIGHTS: Your employer cannot keep your passport. You have the right to a weekly day off and to "
  "your full salary every month. If you face abuse call the hotline or contact us by email help@kafa-support.org",
  [("email", "help@kafa-support.org")])
N("awareness", "bn",
  "উঠান বৈঠক, বুধবার বিকাল ৩টা, ইউনিয়ন পরিষদ। বিষয়: দালালের খপ্পর থেকে বাঁচুন, নিরাপদ অভিবাসন। "
  "বিদেশফেরত নারী কর্মীরা তাদের অভিজ্ঞতা বলবেন। সবাই আসবেন।")
N("awareness", "bn-Latn",
  "apa ra sune rakhen, 'free visa' bole kichu nai. keu jodi bole free visa te Jordan, kaj nije khuje nite "
  "hobe, oita illegal, police dhorle deport. taka diben na kono dalal ke")
N("awareness", "en",
  "Community notice (Bangladeshi Women Workers Network, Beirut): Sunday meeting at the centre in Dora 2pm. "
  "Topic: how to file complaint at General Security if your madam does not pay. Bring copy of contract.")
N("awareness", "bn",
  "ফেসবুক গ্রুপে কাজের মেয়ে বেচাকেনার পোস্ট দেখলে রিপোর্ট করুন, স্ক্রিনশট রাখুন, দূতাবাসে পাঠান। মানুষ বেচাকেনা "
  "অপরাধ। আমাদের বোনদের পাশে দাঁড়ান।")
# official
N("official", "bn",
  "সরকারি ব্যবস্থাপনায় জর্ডানে গার্মেন্টস কারখানায় নারী কর্মী নিয়োগ। অভিবাসন ব্যয় নিয়োগকর্তা বহন করবেন, কর্মীর "
  "কোনো খরচ নেই। বেতন ১২৫ দিনার + ওভারটাইম। আবেদন: বোয়েসেল, প্রবাসী কল্যাণ ভবন, ঢাকা। কোনো দালালকে টাকা দিবেন না।")
N("official", "en",
  "M/s Sonar Bangla Overseas, RL-1187 (govt. licensed). Female garment operators for Jordan QIZ, 3-year contract, "
  "salary JOD 150 + OT, accommodation by factory. Cost only as per BMET fixed fee. Contact 01711-603482 or "
  "info@sonarbanglaoverseas.com.bd",
  [(PH, "+8801711603482"), ("email", "info@sonarbanglaoverseas.com.bd")])
N("official", "en",
  "Embassy of Bangladesh, Beirut: Workers whose passports have expired or are held can apply for a Travel Permit "
  "for return. Bring NID copy and two photos. Services free of cost. Hotline +961 3 627 184 (WhatsApp also).",
  [(PH, "+9613627184")])
N("official", "bn",
  "বিএমইটি স্মার্ট কার্ড প্রাপ্তি। নাম: শাহনাজ পারভীন, পাসপোর্ট নং: A07743129, গন্তব্য: লেবানন, পেশা: গৃহকর্মী, "
  "রিক্রুটিং এজেন্সি আরএল-০৯৫৪। প্রি-ডিপারচার ওরিয়েন্টেশন সম্পন্ন।",
  [(P, "A07743129")])
N("official", "bn-Latn",
  "Probashi Kallyan Bank: Probash gomon rin 1 lakh porjonto 9% sude, jamanot lagbe na. Jordan/Lebanon e jacchen? "
  "BMET registration card niye nikotobarti shakhay ashun.")
N("official", "bn",
  "জাতীয় পরিচয়পত্র সংশোধন: আবেদনকারী রোকসানা আক্তার, NID: 4612839057, আপনার আবেদন অনুমোদিত হয়েছে। "
  "উপজেলা নির্বাচন অফিস থেকে সংগ্রহ করুন।",
  [("bd_nid", "4612839057")])
# receipt
N("receipt", "en",
  "You have received Tk 25,000.00 from 01725930148. Ref Amma. Fee Tk 0.00. Balance Tk 26,310.50. "
  "TrxID CJ83LQ6XWE at 14/11/2026 19:42",
  [(PH, "+8801725930148"), ("mfs_transaction", "CJ83LQ6XWE")])
N("receipt", "bn",
  "টাকা গ্রহণ। পরিমাণ: ৳ ১৮,০০০.০০ প্রেরক: ০১৯১৩-৫৪৭২৮১ রেফ: বেতন TxnID: 7HX2KQ9D ব্যালেন্স: ৳ ১৮,২২০.০০",
  [(PH, "+8801913547281"), ("mfs_transaction", "7HX2KQ9D")])
N("receipt", "en",
  "Western Union. Sender: RUMA BEGUM, Amman, Jordan. Receiver: MD JALAL UDDIN, Gaibandha. Amount 200.00 JOD, "
  "payout BDT 33,480. Paid by Islami Bank. Thank you for using our service.")
N("receipt", "bn-Latn",
  "ammu salary pailam ajke, 250 dollar. 20 hajar pathalam, TrxID BFK7XQ2M9L. 8 hajar kistir taka diye diyo, "
  "baki ta Rumi r school er fees. madam eid bonus o dise 😊",
  [("mfs_transaction", "BFK7XQ2M9L")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to Agent 01670218835 successful. Fee Tk 185.00. Balance Tk 1,204.30. "
  "TrxID DA51MZ0KPT at 02/12/2026 11:05",
  [(PH, "+8801670218835"), ("mfs_transaction", "DA51MZ0KPT")])
N("receipt", "en",
  "Money received from abroad: Tk 41,520.00 from OMT Lebanon via bKash Remittance, 2.5% incentive Tk 1,038.00 "
  "added. TrxID CK22RT8NVB. Remittance Hero, thank you!",
  [("mfs_transaction", "CK22RT8NVB")])
# family
N("family", "bn",
  "তোর বোনের পাসপোর্টের জন্য ফিঙ্গার দিয়া আইছি। পুলিশ ভেরিফিকেশন আইবো বৃহস্পতিবার, থানার লোকরে চা পানির টাকা দিমু না, "
  "সোজা কইছে লাগবো না। ও বিদেশ যাইবো না, নার্সিং এ ভর্তি হইবো।")
N("family", "bn-Latn",
  "bhai, meyer boyos matro 16, ekhon biye dibo na. ghotok ke bolsi SSC er por dekha jabe. "
  "tumi Jordan theke fees ta pathaio, coaching e vorti korbo")
N("family", "bn-Latn",
  "amma dalal dalal korio na, Rahim kaka registered agency te kaj kore, RL number ase. ami nijei BMET site e "
  "dekhsi. khoroch 1 lakh 20 er beshi na, receipt dibe")
N("family", "bn",
  "আম্মা, মাদাম কাল আমার পাসপোর্ট হাতে দিলো, কইলো রিনিউ করার সময় আসছে, দূতাবাসে যাইতে। উনার ড্রাইভার নিয়া যাইবো "
  "শনিবার। তুমি আমার NID এর ছবি পাঠাও")
N("family", "en",
  "Apu your flight Dhaka to Beirut confirmed, Emirates via Dubai, 3 dec. madam will pick you from airport herself. "
  "keep passport in your bag not in luggage ok")
N("family", "bn-Latn",
  "mamar kase rin niye ticket kinsi, next mash theke 10 hajar kore ferot dibo. madam bolse ticket er taka "
  "contract shesh e fert dibe, contract e lekha ase")
N("family", "bn",
  "মেয়ের বিয়ার কথা চলতেছে, ছেলে সৌদি থাকে, ভালো ফ্যামিলি। ছুটিতে আসবো ডিসেম্বরে। তুমি জর্ডান থেকে কি আসতে পারবা? "
  "মাদামরে আগে জানাইয়া রাইখো")
# worker_content
N("worker_content", "bn-Latn",
  "ajke off day, Dora te bangali market e gelam, Shimu apa r Nasrin er sathe adda dilam, fuchka khailam 😄 "
  "madam nije 20 dollar dise bole moja koro")
N("worker_content", "bn",
  "ফ্যাক্টরিতে আজ ৩ ঘণ্টা ওভারটাইম করলাম, স্লিপে সব আসছে। এই মাসে ২১০ দিনার হইবো ইনশাআল্লাহ। ডরমে নতুন এসি দিছে")
N("worker_content", "en",
  "contract finish, madam bought my ticket and gave all salary, 2 years. she cried at airport 😢 "
  "I come home 12 dec. very good family, maybe I come back")
N("worker_content", "bn-Latn",
  "madam er ranna khub teel chara, kono jhal nai, ami nije ekta bottle morich kine rakhsi 😂 baki sob thik, "
  "beton time moto")
N("worker_content", "en",
  "Mister lock the door every night because thieves in our area, but I have the key also, he gave me copy. "
  "so dont worry amma, i can go out anytime")
N("worker_content", "bn",
  "বাসায় কাজ অনেক, মেহমান আসলে রাত ১২টা বাজে। তবে পরের দিন দুপুরে ঘুমাইতে দেয়, রবিবার ছুটি। বেতন নিজের হাতে দেয়, ব্যাংক কার্ড করে দিছে")
N("worker_content", "bn-Latn",
  "office theke phone dise, new visa renew hoye gese, iqama card 2 din por dibe. madam khushi, ami o. "
  "beton barse 50 dollar 🙂")
# joke
N("joke", "bn-Latn",
  "amar boss amake 18 ghonta kaj koray, ekdin o chuti dey na, beton o dey na... karon ami nijei boss, nijer "
  "dokan 😂😂")
N("joke", "en",
  "My kafil is my mom. no salary, no day off, passport with her, 24h duty since 1998 😂🤣")
N("joke", "bn",
  "আম্মা কইছে বিয়া না করলে আমারে সৌদি পাঠাইয়া দিবো। আমি কইলাম তাইলে টিকেট কাটো 🤣")
N("joke", "bn-Latn",
  "umpire ta puro dalal 😡 3 ta wide dilo na. Bangladesh harlo karon ekta dalal er jonno")
N("joke", "en",
  "madam: why you not smile in photo? me: madam I see the electricity bill 😂 (Lebanon people understand)")
# chatter
N("chatter", "bn-Latn",
  "ei Friday church er pichoner park e meet korbo, Kulsum apa biryani anbe, tumi kichu misti anio. "
  "passport er photocopy o anio, Nasima apa ke form fill up kore dite hobe")
N("chatter", "bn",
  "কেউ কি জানেন আম্মানে বাংলাদেশি দোকান কোথায় পাবো? শুটকি আর কালোজিরা দরকার। ওয়েহদাতের দিকে নাকি আছে")
N("chatter", "en",
  "anyone know good sim in Lebanon for calling Bangladesh cheap? alfa or touch? my madam say touch better")
N("chatter", "bn-Latn",
  "group er sobai ke bolchi, kal theke factory bus 6.30 e ashbe, 6.15 er na. supervisor announce korse. "
  "Eid er chuti 4 din")
N("chatter", "bn",
  "আপা আপনের পরিচিত কোনো ভালো এজেন্সি আছে? আমার ননদ জর্ডান গার্মেন্টসে যাইতে চায়, সরকারি বোয়েসেলে ফর্ম দিছে, "
  "তাও জিগাইলাম")
N("chatter", "bn-Latn", "bhai match ta dekhso? Shakib er oi six ta 🔥🔥", hard=False)
N("family", "bn", "শুভ জন্মদিন আব্বু। আল্লাহ তোমারে ভালো রাখুক ❤️", hard=False)
N("chatter", "en", "Good morning everyone 🌞 have a blessed Friday", hard=False)
N("family", "bn-Latn", "ammu ajke ki ranna korso? ilish? amar jonno rekhe dio 😋", hard=False)
N("joke", "en", "teacher: why are you late? me: traffic. teacher: you live next door. me: heavy traffic 😂", hard=False)
N("chatter", "bn", "আজকে অনেক বৃষ্টি, বাইরে যাইতে ইচ্ছা করতেছে না", hard=False)
N("receipt", "en", "Recharge of Tk 50.00 to 01819442071 successful. Bonus 1GB valid 3 days. Thank you for using Grameenphone.",
  [(PH, "+8801819442071")], hard=False)
N("worker_content", "bn-Latn", "ajke notun recipe shikhlam, tabbouleh, madam shikhaise. onek moja 😋", hard=False)
N("news", "bn", "আগামীকাল ঢাকায় হালকা থেকে মাঝারি বৃষ্টির সম্ভাবনা: আবহাওয়া অধিদপ্তর", hard=False)
N("family", "en", "Happy anniversary amma abba 🎉 love you both so much", hard=False)
N("chatter", "bn-Latn", "kew ki janen bhalo headphone kon ta? 2000 takar moddhe", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না। জ্বর হলে ডাক্তার দেখান।", hard=False)

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
    random.Random(92).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev92-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
