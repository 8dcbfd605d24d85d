#!/usr/bin/env python3
"""Blind evaluation set dev17 for evidtriage (issue 15).

Written from /work/shared/research/indicators.md and the *types* listed in issue 15,
without sight of the rule packs. Writes dev17.jsonl next to this script.
"""
import hashlib
import json
import os

# ---------------------------------------------------------------- crypto helpers
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + out


def tron(seed: str) -> str:
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def btc_legacy(seed: str) -> str:
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_segwit_v0(seed: str) -> str:
    hrp = "bc"
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[d] for d in data + chk)


def eth(seed: str) -> str:
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


TRON1 = tron("dev17-tron-ransom")
TRON2 = tron("dev17-tron-compound")
ETH1 = eth("dev17-eth-sold")
BTC1 = btc_segwit_v0("dev17-btc-boss")
BTC2 = btc_legacy("dev17-btc-news")


# ---------------------------------------------------------------- entity helpers
def ph(v):
    return {"type": "phone", "value": v}


def wa(v):
    return {"type": "whatsapp", "value": v}


def em(v):
    return {"type": "email", "value": v}


def trx(v):
    return {"type": "mfs_transaction", "value": v}


def tg(v):
    return {"type": "telegram", "value": v}


def ig(v):
    return {"type": "instagram", "value": v}


def pp(v):
    return {"type": "bd_passport", "value": v}


def nid(v):
    return {"type": "bd_nid", "value": v}


ITEMS = []


def F(category, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=category, script=script,
                      voice="victim_or_recruiter", hard=False, entities=list(ents)))


def O(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=list(ents)))


# ================================================================= FLAG: 80
# ---- recruitment_deception (bn 3, bn-Latn 4, en 3)
C = "recruitment_deception"
F(C, "bn-Latn", "Saudi te azad visa 🔥 kafil er kono jhamela nai, jekono jaygay kaj korte parben, "
  "akama 2 bochor. khoroch 4.5 lac, medical er por half dile cholbe. joruri jogajog 01823-456719 (imo/whatsapp)",
  [ph("+8801823456719")])
F(C, "bn", "ভাই ওরা বলছিল হোটেলে ওয়েটারের কাজ, এখানে আইসা দেখি মরুভূমিতে ছাগল চরাইতে হইবো। "
  "বেতনও ১৮০০ না, এখন কয় ৮০০ রিয়াল। দালাল ফোন ধরে না আর")
F(C, "en", "Hello bro, company in Cambodia need customer service staff, only typing english chat. "
  "salary 1200 USD, free flight free room food, no need experience. Send passport photo to me "
  "telegram @kh_hr_jobsupport fast, seat limited only 5", [tg("@kh_hr_jobsupport")])
F(C, "bn-Latn", "amake bolsilo tourist visay dubai gele oikhane giye kajer visa kore dibe. 3 mash hoye gelo "
  "akhono kichu korlo na, ekhon bole overstay er fine diye nije desh e ja")
F(C, "bn", "মালয়েশিয়ার কলিং ভিসা রেডি, বিএমইটি স্মার্ট কার্ড লাগবো না, এয়ারপোর্টে আমাগো সেটিং আছে। "
  "পাসপোর্ট আর এনআইডি (১৯৯৬২৬১৯৪৭৩০১৫৫৮৮) এর ছবি ইমুতে দেন ০১৯১২-৩৮৪৫৬১",
  [nid("19962619473015588"), ph("+8801912384561")])
F(C, "bn-Latn", "Teknaf theke tralar chharbe sukkurbar raite, Malaysia pouchaia baki taka dile hobe, agay 20 hajar "
  "khali. ghater kotha kauke boilen na, coast guard er jhamela ase")
F(C, "en", "Italy direct visa not possible now bhai. We do Dubai > Libya > Italy by boat, 100% safe, 12 lakh "
  "package, job guarantee in Italy farm. Papers we make after you reach, dont worry")
F(C, "bn-Latn", "dalal bolsilo kuwait e hospital e cleaner er kaj, ekhon meye phone e kande, bole ek barite "
  "rakhse, 20 jon er ranna kore, hospital er kono nam gondho nai")
F(C, "bn", "তোমার ভিসাটা তো ভুয়া, এম্বাসির সাইটে নাম্বার দিয়া কিছুই আসে না। ফারুক দালাল কয় সমস্যা নাই, "
  "এয়ারপোর্টে লোক আছে, পার কইরা দিব")
F(C, "en", "Visa is visit visa but no problem my friend, you come Dubai I will change to employment inside. "
  "Many Bangladeshi doing like this. Send 3500 AED first and whatsapp me wa.me/971528874310",
  [wa("+971528874310")])

# ---- fees_and_debt (bn 4, bn-Latn 3, en 3)
C = "fees_and_debt"
F(C, "bn-Latn", "tomar visa r ticket er khoroch company dise, protimash beton theke 600 riyal kata jabe jotodin "
  "na shodh hoy. 8 mash lagbe, tarpor pura beton paba")
F(C, "bn", "জমি বন্ধক দিয়া সাড়ে ছয় লাখ দিছি ওমানের জন্য, এখন আইসা কয় আরো ১ লাখ না দিলে আকামা হবে না, "
  "কাজও দিবে না")
F(C, "en", "Sir they telling my debt now 3800 ringgit because hostel and food and transport they adding every "
  "month. Salary coming 900 only, all cutting. I never can finish this debt")
F(C, "bn-Latn", "Romania work permit 8 lakh. ekhon advance 2 lakh bkash korben 01761-904327 personal e, baki ta "
  "visa ashar por. CV pathan eurojobs.bd24@gmail.com e. advance ferot hoy na agei bole dilam",
  [ph("+8801761904327"), em("eurojobs.bd24@gmail.com")])
F(C, "bn", "হেরা কইছে যত দিন ঋণ শোধ না অইব তত দিন বেতন দিত নায়, হে খালি খাওন পায়। "
  "আমরা ইখানো কিস্তি দিমু কিলা")
F(C, "en", "You want leave? Ok. You pay company 8000 USD compensation for flight, visa, training, food. "
  "If not pay you work until finish, this is the rule for everybody")
F(C, "bn", "সরকারি ফি ৭৯ হাজার কাগজে লিখা থাকবে, কিন্তু আসল খরচ সাড়ে পাঁচ লাখ। রসিদ চাইবেন না, "
  "নাইলে ফাইল আটকাই যাইবো")
F(C, "bn-Latn", "ai ekhon ki gorgum, dalal re char lakh dilam, ekhon kor ar ek lakh dile visa lagaibo. na dile "
  "hitar taka o ferot dito nay, ammar ghorer dolil bondhok")
F(C, "en", "All worker must pay levy and permit renewal RM 2,500, company will cut from salary RM 500 every "
  "month. Your passport will stay in office until finish pay.")
F(C, "bn", "এজেন্সির লোক কয় বিমান ভাড়া আর থাকার খরচ বাবদ তোর কাছে দুই লাখ পাওনা, প্রতি মাসে বেতনের "
  "অর্ধেক রাইখা দিমু, শোধ না হওয়া পর্যন্ত")

# ---- payments_and_proceeds (bn 3, bn-Latn 3, en 4)
C = "payments_and_proceeds"
F(C, "bn-Latn", "tomar chele amader kase ase. 5 lakh taka pathaba 3 ta bkash number e bhag kore: 01739-220418, "
  "01856-673091, 01317-448205. kal sondhar moddhe na pele video dekhba",
  [ph("+8801739220418"), ph("+8801856673091"), ph("+8801317448205")])
F(C, "bn", "লিবিয়ার ক্যাম্প থেকে রাসেল ফোন দিছে, মারতেছে। ওরা কইছে নগদে ২ লাখ ৮০ হাজার দিলে ছাড়বে, "
  "নাম্বার ০১৬১২-৫৫৮৯০৩। আব্বা গরু বেচতেছে", [ph("+8801612558903")])
F(C, "en", "Send 2500 USDT TRC20 to this wallet " + TRON1 + " then we release your brother passport and he "
  "can go airport. No bank, only crypto.", [{"type": "tron_address", "value": TRON1}])
F(C, "bn-Latn", "malaysia theke boss er taka ashbe hundi te. apni 4 ta agent er dokan theke cash out korben, "
  "20 hajar kore, ek number e 25 er beshi na. TrxID gula whatsapp e pathaben, r kichu likhben na")
F(C, "en", "Your cousin sold to our company for 6000 dollar. If family want him back pay 4000 USDT. "
  "Address " + ETH1 + " ERC20 only, after payment send hash", [{"type": "eth_address", "value": ETH1}])
F(C, "bn", "মেয়েগুলার টাকা দুবাই থেকে ব্যাংকে আসবে না, হুন্ডিতে পাঠাইবো। তুমি বিকাশ এজেন্টের দোকান থেকে "
  "ক্যাশ আউট কইরা আমারে দিবা, হিসাব কাউরে দেখাইবা না")
F(C, "en", "Amma they want 1.5 lakh for give back my passport. Send to this bKash 01948-330276 and after send "
  "take screenshot of TrxID send me. They say if not I stay here in jail.", [ph("+8801948330276")])
F(C, "bn-Latn", "taka pathaisi bhai, Nagad TxnID: 7K3XP9QA, 1 lakh 20 hajar. ekhon amar bhai ke chharen, "
  "tar sathe ekbar kotha bolte den plz", [trx("7K3XP9QA")])
F(C, "en", "Team leader say every customer money must convert to BTC and send boss wallet " + BTC1 + ". "
  "Nobody send to own wallet, if caught punishment", [{"type": "btc_address", "value": BTC1}])
F(C, "bn", "আপনার ভাইরে ইরানের বর্ডারে রাখছি। বিকাশে ১ লাখ ৫০ হাজার পাঠান ০১৮১৭৪৪২৯০৬ নাম্বারে, "
  "পাঠাইয়া ট্রানজেকশন আইডি দিবেন। পুলিশে গেলে লাশ পাইবেন", [ph("+8801817442906")])

# ---- isolation_and_control (bn 3, bn-Latn 4, en 3)
C = "isolation_and_control"
F(C, "bn-Latn", "ami ekta barite atka, gate e tala, bairer karo sathe kotha bolte dey na. madam er phone theke "
  "lukaia msg dilam, reply diyo na")
F(C, "bn", "ফোনটা ম্যানেজারের কাছে জমা থাকবে, সপ্তাহে একদিন দশ মিনিট বাড়িতে কথা বলবি, সামনে দাঁড়াইয়া। "
  "উল্টাপাল্টা কিছু বললে আর পাবি না")
F(C, "en", "They take all our phone and passport when we arrive. Building have guard with gun, nobody allow "
  "go outside compound. I am using other guy phone secretly, please tell my family")
F(C, "bn-Latn", "barite bolba garments e kaj koro dhaka te, keu jiggesh korle ei kotha. bidesh er kotha ekdom "
  "bolbina, tomar maa ke o na, bujhso?")
F(C, "bn", "আঁর বইনরে হেতারা রুমে তালা মারি রাখে, খালি কাম গরিবার সময় বাইর গরে। ফোন গরিবার দে না, "
  "মাসে একবার হেতাগো সামনে কথা কয়")
F(C, "en", "Passport stay with kafeel. You go outside without permission, police catch you, no iqama no "
  "passport, finish. Stay inside house.")
F(C, "bn-Latn", "passport gula sob office e rekhe dise, chaile bole 'ki korbi passport diye, palabi?' 2 bochor "
  "nijer passport chokhe dekhi nai")
F(C, "bn", "এয়ারপোর্টে কেউ জিগাইলে বলবেন মামার বাড়ি বেড়াইতে যাইতেছেন। আমাদের কথা কাউরে বলবেন না, "
  "বাসার লোকেরেও না।")
F(C, "en", "Boss keep my phone since 2 month, only sunday he give 5 minit for call home and he listen. "
  "Not allow go town, supervisor always with us even in shop")
F(C, "bn-Latn", "tumi kaore kisu koiba na. tumar phone ta amar kase thakbo, tumar ma re ami phone dia koimu tumi "
  "bala aso, kam e bisi")

# ---- labour_exploitation (bn 4, bn-Latn 3, en 3)
C = "labour_exploitation"
F(C, "bn", "সকাল ৫টা থেকে রাত ১২টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। দিনে একবার খাবার দেয়, তাও বাসি রুটি। "
  "৭ মাসের বেতন পাই নাই।")
F(C, "bn-Latn", "beton chaile bole age kaj shesh kor. 5 mash dhore ek taka o pai nai. kaj charte chaile bole "
  "chara jabe na, contract 2 bochor er")
F(C, "en", "Every day 16 hour must chat with customers and cheat them, target 3 new client. If no target no "
  "food and no salary. It is not job, it is prison.")
F(C, "bn", "আমাদের ৬ জনরে আরেক কোম্পানির কাছে বেইচা দিছে। ওই মালিক কয় তোদের টাকা দিয়া কিনছি, "
  "কাম না করলে খাওন নাই")
F(C, "bn-Latn", "boat e 3 mash dhore asi, kul e namte dey na. din rat jal tanai, ghum 3-4 ghonta, "
  "beton er kotha bolle captain mare")
F(C, "en", "This worker lazy, always complain about salary. Tell him salary come after 6 month, first he "
  "finish the contract. If he go, no salary at all.")
F(C, "bn", "জামাইরে দিয়া দিন রাইত ইট ভাটাত কাম করায়, ট্যাকা দেয় না, বাড়িত আইতাম দেয় না। "
  "সর্দার কয় দাদন শোধ অইলে ছাড়ব")
F(C, "en", "Madam give me work from 5 morning until 2 night, 7 floor house cleaning, cooking, baby. No rest "
  "day. When I say tired she not give food that night. Salary she keep, say she send my family but nothing go.")
F(C, "bn-Latn", "bhai re oi company arek company r kase bikri kore dise. notun malik bole 6 mash free kaj "
  "korte hobe, tarpor beton, na korle deshe pathabe na")
F(C, "bn", "কাজ না পারলে মাসের বেতন থেকে জরিমানা কাটে, এই মাসে হাতে পাইছি ২০০ রিয়াল। "
  "১২ জন এক রুমে ঘুমাই, গোসলের পানি নাই")

# ---- threats_and_coercion (bn 3, bn-Latn 3, en 4)
C = "threats_and_coercion"
F(C, "bn-Latn", "beshi kotha bolle huroob kore dimu, tarpor police dhorbe, jail khatbi tarpor deport. bujhchos?")
F(C, "bn", "আপনার পোলা যদি পালায় বা মামলা করেন, আপনার বাড়ির সবাইরে দেখমু। মাইয়াটা তো স্কুলে যায়, না?")
F(C, "en", "If you try escape again we sell you to other company more bad, or electric shock like yesterday "
  "guy. Your choice.")
F(C, "bn", "কাল রাতে আমারে লাঠি দিয়া মারছে, কইছে আবার এম্বাসিতে ফোন দিলে মাইরা মরুভূমিতে ফালাই দিবে")
F(C, "en", "You not happy here? I call police and say you steal gold. Then you go jail 5 year, nobody "
  "believe a Bangladeshi maid.")
F(C, "bn-Latn", "apnar chele Libya te amader hate. beshi chalaki korle ar kono din chehara dekhben na. "
  "ja bolsi taai korben, police e gele khobor pabo")
F(C, "en", "Bhai they beat us with pipe when we ask salary, one guy hand broken. They say if we go embassy "
  "they will kill and throw")
F(C, "bn", "আঁরা পুলিশের কাছে গেলে দালাল কয় তোর বাপরে মামলায় ঢুকাই দিমু, জাগা জমিন কাড়ি লইমু")
F(C, "bn-Latn", "tui jodi kaj na koros tor video gula tor jamai ar shoshur barite pathay dimu, "
  "tarpor dekhi ke tore ghore nay")
F(C, "en", "Don't make trouble with the workers. Whoever join the complaint, I cancel permit tomorrow, "
  "immigration come pick up, all detention then deport with blacklist.")

# ---- minors (bn 4, bn-Latn 3, en 3)
C = "minors"
F(C, "bn-Latn", "meyer boyos 14 hoile somossa nai, chairman er office theke notun jonmo nibondhon kore 21 "
  "banai dibo, passport o 21 e hobe. 2 bochor por barite taka pathabe")
F(C, "bn", "ঢাকায় এক সাহেবের বাসায় ১০-১২ বছরের একটা মেয়ে লাগবে, বাচ্চা দেখবে আর ঘরের কাজ। মাসে ৩ হাজার, "
  "বেতন আমার কাছে দিবে, বাপ মা বছরে একবার দেখতে পারবে")
F(C, "en", "Girl age 16 ok no problem, we make new NID with 19, she look mature. Job in Dubai salon, "
  "good money for family.")
F(C, "bn", "আমার বয়স ১৫, ওরা বলছে পাসপোর্টে ২২ লেখা থাকবে, এয়ারপোর্টে কেউ জিগাইলে ২২ বলতে হবে। "
  "আমার ভয় লাগতেছে আপু")
F(C, "bn-Latn", "choto ta ke amar sathe pathai den, sheikh er barite kaj, 11 bochor hoise na? khali cha nasta "
  "banabe ar bachcha dekhbe. advance dimu 20 hajar")
F(C, "en", "New girls from Bangladesh just arrive, very young 15 16, fresh 🌸 contact only telegram "
  "@dxb_vipnights or call zero one nine 77 45 38 21",
  [tg("@dxb_vipnights"), ph("+8801977453821")])
F(C, "bn", "মাইয়ার জন্ম নিবন্ধনে বয়স বাড়াইয়া দিছে দালাল, ১৩ বছরের মাইয়ারে কয় ১৮। "
  "সৌদি নিয়া যাইব কামর লাগি, আমি কিতা করতাম")
F(C, "bn-Latn", "12-13 boyosher pola lagbe, hotel e thala baton dhuibo, thaka khawa free. "
  "baper hate 5 hajar dimu, kaoke bolar dorkar nai")
F(C, "en", "My nephew only 14, agent took him to Malaysia with other name passport (A05129847). Now he is "
  "working construction and they say he is 20. We cannot contact him.", [pp("A05129847")])
F(C, "bn", "এতিমখানার ছোট পোলাপান দুই তিনটা জোগাড় কইরা দেন, দুবাইয়ে উটের দৌড়ে লাগব, ওজন যত কম তত ভালো")

# ---- sexual_exploitation (bn 3, bn-Latn 4, en 3)
C = "sexual_exploitation"
F(C, "bn-Latn", "Dubai te parlour e kaj, sudhu sundori meye, beton 1.5 lakh + tips, visa ticket free. interview "
  "inbox e, full body chobi pathaben. insta te knock den @dubai.glam.jobs", [ig("@dubai.glam.jobs")])
F(C, "bn", "বিউটি পার্লারের কথা বইলা আনছে, এখন হোটেলে রাখছে, রাতে লোক পাঠায়। না করলে খাইতে দেয় না")
F(C, "en", "Spa job Malaysia for Bangladeshi ladies, massage training free, customer give extra you keep 30%. "
  "Room inside spa, no need go outside.")
F(C, "bn-Latn", "ajke rate 3 ta guest ase, tor tai ready thak. taka guest amake dibe, tor hisab mash sheshe")
F(C, "bn", "দুবাইয়ের ড্যান্স বারে মেয়ে লাগবে, বয়স ১৮-২৫, কাজ শুধু গেস্টদের সাথে বসা আর নাচ। "
  "মাসে ২ লাখ। চেহারা ভালো হইতে হবে।")
F(C, "en", "They told hotel housekeeping job in Muscat but it is not. Every night boss bring men to room, "
  "I cannot say no, he keep my passport.")
F(C, "bn-Latn", "Bangali girls available Al Barsha, new arrive 🌸 hotel & flat service. booking whatsapp "
  "+971 55 604 1837", [ph("+971556041837")])
F(C, "bn", "আমার মাইয়ারে বিয়া কইরা দুবাই নিয়া গেছে, এখন হে কয় হোটেলে কাম করায়, রাইতে বাইরের মানুষের লগে")
F(C, "en", "Your job is make video call with clients, camera on, whatever they ask you do. You refuse, "
  "no salary and your debt increase.")
F(C, "bn-Latn", "hotel er manager bole customer ke khushi rakhte hobe, je ja bole sob korte hobe. na korle "
  "passport dibe na ar desh e o pathabe na")

# ================================================================= OK: 80
# ---- hard: news (8)
O("news", "bn", True, "মানব পাচার চক্রের ৩ সদস্য গ্রেপ্তার: বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে লিবিয়ায় নিয়ে "
  "জিম্মি করে মুক্তিপণ আদায়ের অভিযোগে মাদারীপুর থেকে তিনজনকে আটক করেছে র‍্যাব-৮।")
O("news", "en", True, "Dhaka court sentences two brokers to life imprisonment for trafficking women to Dubai "
  "under the pretext of beauty parlour jobs, the prosecutor said on Tuesday.")
O("news", "bn-Latn", True, "news dekhso? Cox's Bazar e trawler theke 46 jon Malaysia gami ke uddhar korse "
  "coast guard, dalal ra palaise. ki obostha desh er")
O("news", "bn", True, "কম্বোডিয়ার সাইবার স্ক্যাম সেন্টার থেকে উদ্ধার হওয়া ১২ বাংলাদেশি দেশে ফিরেছেন। তাঁরা জানান, "
  "পাসপোর্ট ও মোবাইল কেড়ে নিয়ে দিনে ১৬ ঘণ্টা কাজ করানো হতো।")
O("news", "en", True, "Police rescued 9 children aged 11-15 from a garment workshop in Keraniganj; the owner "
  "was arrested under the Prevention and Suppression of Human Trafficking Act 2012.")
O("news", "en", True, "Saudi Arabia deported 1,200 Bangladeshi workers in one week, most of them on 'free visa' "
  "with huroob cases, according to the Probashi Kallyan desk at Shahjalal airport.")
O("news", "bn", True, "ভুয়া ভিসা দিয়ে ৩০ জনের কাছ থেকে ২ কোটি টাকা হাতিয়ে নেওয়ার অভিযোগে একটি রিক্রুটিং "
  "এজেন্সির মালিককে ৭ দিনের রিমান্ডে নিয়েছে সিআইডি।")
O("news", "bn-Latn", True, "bhai TV te dekhlam oi Sylhet er dalal ta dhora khaise, je meyeder Dubai parlour er "
  "kotha bole pathaito. 10 bochor jail hoise, thik hoise")

# ---- hard: awareness (8)
O("awareness", "bn", True, "সতর্ক থাকুন! কাউকে আপনার পাসপোর্ট জমা দেবেন না। বিদেশে যাওয়ার আগে বিএমইটি-তে নিবন্ধন "
  "করুন, দালালের কাছে টাকা দেবেন না। প্রবাসবন্ধু কল সেন্টার: ১৬১৩৫")
O("awareness", "en", True, "NEVER hand over your passport to your employer or agent. It is illegal for anyone "
  "to keep your passport in Malaysia. If someone keeps it, call the Bangladesh High Commission.")
O("awareness", "bn-Latn", True, "Bhai ra sabdhan, keu jodi bole free visa te saudi niye jabe, 5 lakh lagbe, "
  "bishshash korben na. free visa bole kono visa nai, giye police e dhorbe. share koren sobai")
O("awareness", "en", True, "Signs of a job scam: salary too high for no experience, free flight and hotel, "
  "interview only on WhatsApp or Telegram, job in Cambodia or Myanmar border. Check on Ami Probashi before you go.")
O("awareness", "bn", True, "মেয়েদের বিদেশে পার্লার বা হোটেলের চাকরির প্রস্তাব পেলে যাচাই করুন। অনেক দালাল এই কথা "
  "বলে নারী পাচার করে। সন্দেহ হলে ৯৯৯ এ কল করুন।")
O("awareness", "bn-Latn", True, "Apnar chele meye ke 18 er kom boyose bidesh pathaben na. boyos bariye passport "
  "kora oporadh, dalal ra eta kore. BRAC migration program theke bolchi")
O("awareness", "en", True, "Workers whose employer filed huroob (absent) can contact the Labour Wing of the "
  "Embassy. Do not pay any broker to 'remove' huroob, nobody can do it for money.")
O("awareness", "bn", True, "লিবিয়া হয়ে ইতালি যাওয়ার প্রলোভনে পা দেবেন না। সাগরপথে মৃত্যুর ঝুঁকি, পথে জিম্মি করে "
  "মুক্তিপণ চাওয়া হয়। কাউকে টাকা দেওয়ার আগে পরিবারের সাথে কথা বলুন।")

# ---- hard: official (8)
O("official", "bn", True, "মেসার্স আল-আমিন ওভারসিজ (আরএল-১২৮৪)। মালয়েশিয়া গমনেচ্ছুদের সরকার নির্ধারিত খরচ "
  "৭৮,৯৯০ টাকা, ব্যাংকের মাধ্যমে জমা দিতে হবে, রসিদ দেওয়া হবে। যোগাযোগ: info@alaminoverseas.com.bd",
  [em("info@alaminoverseas.com.bd")])
O("official", "en", True, "BMET notice: registration for the Korea EPS test is free except the Tk 300 online "
  "fee. Do not give money or your passport to any person who promises selection.")
O("official", "bn-Latn", True, "Saudi te hospital cleaner, beton 1200 riyal + food, iqama company dibe. RL 0987, "
  "BMET smart card amrai kore dibo, sarkari fee er beshi ek taka o nibo na. Office: Naya Paltan, Dhaka")
O("official", "en", True, "Embassy of Bangladesh, Kuwait: workers with expired iqama can leave under the amnesty "
  "without penalty until 30 June. Bring your passport or travel permit to the embassy.")
O("official", "bn", True, "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ সর্বোচ্চ ৩ লাখ টাকা, জামানত ছাড়া, ৯% সুদে। "
  "কিস্তি শুরু বিদেশে যাওয়ার ৩ মাস পর।")
O("official", "bn-Latn", True, "Sir apnar medical fit. passport no. A03918264 er visa stamping er jonno original "
  "passport ta kal office e jama diben, acknowledgement slip dibo, 10 din por ferot. ekhon kono taka lagbe na",
  [pp("A03918264")])
O("official", "en", True, "Under Malaysian law the employer bears the levy and permit costs. No deduction from "
  "your salary is allowed except EPF and SOCSO. Report any other deduction to JTK.")
O("official", "bn", True, "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: বিদেশগামী কর্মীদের প্রাক-বহির্গমন প্রশিক্ষণ "
  "রবিবার সকাল ৯টায়। সাথে পাসপোর্ট, এনআইডি ও ভিসার কপি আনবেন।")

# ---- hard: worker_content (8)
O("worker_content", "bn-Latn", True, "alhamdulillah kafil khub bhalo, iqama 2 bochor er kore dise nijer "
  "khoroche, beton protimash 1 tarikh e dey. overtime korle ar 300 riyal")
O("worker_content", "en", True, "I keep my own passport, boss never touch it. Salary 1800 ringgit, Sunday off, "
  "room have AC. Happy here bro, dont worry")
O("worker_content", "bn", True, "এইখানে কাজ একটু বেশি, দিনে ১০ ঘণ্টা, কিন্তু ওভারটাইমের টাকা ঠিকমতো দেয়। "
  "খাওয়া কোম্পানির, শুক্রবার ছুটি। চিন্তা কইরো না আম্মা।")
O("worker_content", "en", True, "Bro today finish 12 hour shift, tired but OT pay good, this month 2,400 riyal. "
  "Supervisor is Pakistani but very nice guy")
O("worker_content", "bn-Latn", True, "ekhane room e 6 jon thaki kintu sobai bangali, ranna nije kori. beton ta "
  "ektu kom 1100, kintu somoy moto dey. kono tension nai")
O("worker_content", "bn", True, "মাদাম ভালো, ফোন আমার কাছেই থাকে, রাতে বাড়িতে কথা বলি। বেতন ৩০০ দিনার, "
  "প্রতি মাসে ব্যাংকে পাঠায়।")
O("worker_content", "en", True, "Honestly this job boring, just warehouse scanning 8 hour, salary 1500 AED come "
  "on time every month, but too hot outside and no friends here")
O("worker_content", "bn-Latn", True, "ajke amader company te notun worker ashse, HR bollo passport er copy ar "
  "visa copy jama dite, original nijer kase rakhte. valo company")

# ---- hard: receipt (7)
O("receipt", "en", True, "You have received Tk 25,000.00 from 01715998842. Ref remittance. Fee Tk 0.00. "
  "Balance Tk 31,420.55. TrxID BJK7M2QX9A at 12/11/2026 18:22",
  [ph("+8801715998842"), trx("BJK7M2QX9A")])
O("receipt", "en", True, "Money Received. Amount: Tk 15000.00 Sender: 01821447603 Ref: abba dubai "
  "TxnID: 73HQ2KLM Balance: Tk 15250.00 14/11/2026 09:41",
  [ph("+8801821447603"), trx("73HQ2KLM")])
O("receipt", "bn", True, "ক্যাশ-ইন সফল হয়েছে। হিসাব: ***4471, পরিমাণ: ৫০,০০০.০০ টাকা, ফি: ০.০০, ব্যালেন্স: "
  "৫০,১১২.০০ টাকা, TxnId: 4839201756। ধন্যবাদ, রকেট", [trx("4839201756")])
O("receipt", "bn", True, "আপনি ০১৭৮৮৪২৬৯১৫ নম্বর থেকে ৳৮,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৮,৩৫০.৭০। "
  "TrxID DAL4K8PQ2Z ১৯/১১/২০২৬ ১১:০৮", [ph("+8801788426915"), trx("DAL4K8PQ2Z")])
O("receipt", "en", True, "Cash Out Tk 40,000.00 to Agent 01677302184 successful. Fee Tk 740.00. Balance "
  "Tk 1,215.30. TrxID BKE2W7N3XA at 21/11/2026 16:47", [ph("+8801677302184"), trx("BKE2W7N3XA")])
O("receipt", "en", True, "Dear Customer, BDT 1,02,350.00 has been credited to A/C ****2291 as foreign "
  "remittance from SAUDI ARABIA incl. 2.5% govt incentive. Islami Bank")
O("receipt", "en", True, "Payment of Tk 3,500.00 to BMET Registration (Merchant) successful. "
  "TrxID BMR28XKQ5L at 01/12/2026 10:15. Balance Tk 520.00", [trx("BMR28XKQ5L")])

# ---- hard: joke (7)
O("joke", "bn-Latn", True, "boss amake office e atke rakhse 😂 10 ta baje akhono charte dey na, keu uddhar "
  "koro, muktipon 2 ta kacchi biryani")
O("joke", "en", True, "My wife took my phone and passport, said no more Cox's Bazar trips with friends 😭 "
  "help I am being held hostage")
O("joke", "bn", True, "বউ কইছে বেতনের পুরা টাকা তার কাছে জমা দিতে হবে, আমি এখন ঘরের কামলা 😂 দাসপ্রথা ফিরা আসছে")
O("joke", "bn-Latn", True, "amar chele 8 bochor, take bolchi homework na korle dubai e kaj e pathay dibo 😂 "
  "se bole thik ase ami camel chalabo")
O("joke", "en", True, "Recruiter: free visa, free food, free room. Me after landing in Riyadh: free desert "
  "🏜️😂 bro this meme is too real")
O("joke", "bn", True, "ভাই আমার এক্স আমারে ব্লক দিয়া আমার ইমোশনরে পাচার কইরা দিছে, মুক্তিপণ হিসাবে বিকাশে "
  "৫০০ টাকা দাও 🤣")
O("joke", "bn-Latn", True, "hostel super raat 10 tar por gate e tala mare, porer din sokal porjonto bondi 😂 "
  "jail er moto, tao mase 4500 taka ney")

# ---- hard: chatter (7)
O("chatter", "bn-Latn", True, "Riyad bhai er notun number +966 53 418 2297, save kore rakhis. oi number e imo ase",
  [ph("+966534182297")])
O("chatter", "en", True, "anyone know good mobile shop in Kuala Lumpur? my cousin there, his number "
  "+60 11-2384 5761, he want to buy phone", [ph("+601123845761")])
O("chatter", "bn", True, "শুনলাম দুবাইয়ে ড্রাইভারের বেতন এখন ৩৫০০ দিরহাম, লাইসেন্স থাকলে ভালো চাকরি পাওয়া যায়। "
  "তোমার ভাই তো ড্রাইভিং জানে")
O("chatter", "bn-Latn", True, "Qatar e world cup er por kaj komse, mama bolche hotel e ekhon beton 1200 riyal, "
  "thaka khawa company r")
O("chatter", "en", True, "Guys group dinner Friday? I'll book. Send your share 800 tk to my bkash "
  "01611208459, personal number", [ph("+8801611208459")])
O("chatter", "bn", True, "অফিসের বস আজকে মিটিংয়ের সময় সবার ফোন জমা রাখতে কইছে, নতুন নিয়ম। কি যে বিরক্ত লাগে")
O("chatter", "bn-Latn", True, "passport office e line e dariye asi 3 ghonta, dalal ra 2000 taka chaitese fast "
  "korar jonno, ami dimu na, online e appointment nisi")

# ---- hard: family (7)
O("family", "bn-Latn", True, "ammu amar passport ta almari r upore rakhsi, visa renewal er somoy lagbe, "
  "haray na jeno")
O("family", "bn", True, "বাবা জমি বন্ধক রাখতে চাইছে ভাইয়ের মালয়েশিয়া যাওয়ার জন্য, আমি না করছি। সরকারি নিয়মে "
  "৭৯ হাজারে যাওয়া যায়, খোঁজ নিতেছি")
O("family", "en", True, "Mom dont worry, I keep my passport with me always. Company gave iqama last week, now "
  "I can go anywhere. Sending 20k on Thursday")
O("family", "bn-Latn", True, "choto bon er boyos 17, ekhon biye dibo na, age HSC shesh koruk. Saudi er chele ta "
  "bhalo hole opekkha koruk")
O("family", "bn", True, "ভাইয়া বিকাশে ২০ হাজার পাঠাইছে, ১০ হাজার কিস্তি দিমু, বাকি টাকা সংসারে")
O("family", "bn-Latn", True, "abba, London er visa interview kal, passport ar bank statement sob guchaia rakhsi. "
  "dua koiryo")
O("family", "en", True, "Bhabi said the agent returned the passport after stamping, flight on 12th. "
  "Uncle will go airport to see him off")

# ---- not hard (20)
O("chatter", "en", False, "Meeting shifted to 4pm, pls bring the printed slides")
O("chatter", "bn", False, "আজকে বৃষ্টিতে পুরা মিরপুর পানির নিচে, বাসায় ফিরতে দুই ঘণ্টা লাগল")
O("chatter", "bn-Latn", False, "kal khela dekhte jabi? Bangladesh vs Lanka, ami 2 ta ticket kinchi")
O("chatter", "bn-Latn", False, "tor laptop ta ki thik hoise? na hole Multiplan e niye ja, okhane bhalo kore")
O("chatter", "en", False, "Happy birthday dost! Have a great year ahead 🎂")
O("family", "bn", False, "আম্মা আজকে রাতে কি রান্না করবা? আমি ৮টার মধ্যে আসব")
O("family", "bn-Latn", False, "nanu r shorir ektu kharap, kal hospital e niye jabo, tumi free thakle asho")
O("family", "en", False, "Dad the electricity bill came 2100 this month, I paid it already")
O("family", "bn-Latn", False, "ammu tomar NID number 6904182736 ta lagbe, sim registration korte hobe",
  [nid("6904182736")])
O("family", "bn", False, "ছোট খালার মেয়ের বিয়ে ২০ তারিখে, সবাই যাইতে হবে, শাড়ি কিনতে হবে")
O("worker_content", "en", False, "Finished training today, tomorrow start at site. Weather good here.")
O("worker_content", "bn-Latn", False, "ajke duty off chilo, shob bondhu mile beach e gelam, Dammam er sea "
  "onek sundor")
O("worker_content", "bn", False, "এই মাসে নতুন সুপারভাইজার আসছে, লোক ভালো মনে হয়")
O("receipt", "en", False, "Bill payment of Tk 1,240.00 for DESCO Postpaid successful. TrxID DES91KQ2LM at "
  "05/12/2026 08:30. Balance Tk 2,010.40", [trx("DES91KQ2LM")])
O("receipt", "bn", False, "রিচার্জ সফল: ৳১০০ আপনার ০১৯২১৩৩০৮৭৪ নম্বরে। TrxID CB72LQX0PA",
  [ph("+8801921330874"), trx("CB72LQX0PA")])
O("receipt", "en", False, "Payment Tk 560.00 to Foodpanda successful. TxnID: 8K2MNQ7Z. Balance: Tk 904.00",
  [trx("8K2MNQ7Z")])
O("joke", "en", False, "Why did the cricket team go to the bank? To check their balance 😂🏏")
O("joke", "bn-Latn", False, "ajke traffic jam e 2 ghonta bose thaksi, ekta kobita likhe felsi, nam "
  "'Mohakhali er mohakal' 😂")
O("news", "bn", False, "চলতি বছরের নভেম্বরে রেমিট্যান্স এসেছে ২২০ কোটি ডলার, যা গত বছরের একই সময়ের চেয়ে "
  "১৮ শতাংশ বেশি।")
O("official", "en", False, "Dhaka WASA: water supply will be off in Dhanmondi on Saturday 10am-4pm for "
  "maintenance. Sorry for the inconvenience.")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev17.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, it in enumerate(ITEMS, 1):
            rec = {"id": f"dev17-{i:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": it["entities"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(ITEMS))


if __name__ == "__main__":
    main()
