"""Blind evaluation set dev152 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: an organiser for brick-kiln workers and Sundarbans fishermen in Bangladesh itself (Satkhira, Khulna, Munshiganj): dadon advances, sardars, children at kilns, pirates' ransoms, wage talk and family chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev152.jsonl"
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


BTC1 = btc("dev152-btc-1")
TRON1 = tron("dev152-tron-1")
ETH1 = eth("dev152-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG (60)
# 8 categories, 7 or 8 items each, every category in all three scripts (bn, bn-Latn, en) evenly:
# recruitment_deception, fees_and_debt, isolation_and_control, labour_exploitation,
# sexual_exploitation, minors, payments_and_proceeds, threats_and_coercion
# F("category", "script", "text", [("type", "value"), ...])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---------------- recruitment_deception (bn3, Latn3, en2)
F("recruitment_deception", "bn", "রফিক সর্দার কইছিল রোজ ৮০০ টাকা আর টিনের পাকা ঘর। আইসা দেহি হাজার ইট কাটলে ৩৫০, তাও মৌসুম শেষে হিসাব। থাকি পলিথিনের ছাপরায়। ওর নাম্বার ০১৭১৩৪৫২৯৮৬, গ্রামে আর কেউ যেন ওর কথায় না আসে", [("phone", "+8801713452986")])
F("recruitment_deception", "bn", "আপা, কইছিল ঢাকার গার্মেন্টসে হেলপারের কাজ। রাইতে বাসে উঠাইয়া সকালে নামাইছে নারায়ণগঞ্জের এক ভাটায়। এখন কয় বাসভাড়া আর খোরাকির টাকা শোধ না কইরা কোথাও যাওয়া যাবে না")
F("recruitment_deception", "bn", "মহাজন কইছিল খালি মাছ ধরবা, ভাগ পাবা অর্ধেক। এখন দুবলার চরে শুটকি খোলায় রাইতদিন খাটায়, ভাগের কথা তুললেই কয় দাদনের সুদে সব কাটা গেছে")
F("recruitment_deception", "bn-Latn", "bhai amader bolse Khulna te fish company te packing er kaj, mashe 12 hajar fixed. ekhon dekhi Dublar chor e shutki khola, kono beton nai, bole season shesh e dibe. eta to kotha chilo na")
F("recruitment_deception", "bn-Latn", "oi dalal ke bishshash koiro na keu. amar choto bhai re bolse India te building er kaj, border par kore Haryana r ek bhatay dhukaise, 6 mash hoye gelo ekta poisha pathate pare nai. dalal er number +91 93304 61728", [("phone", "+919330461728")])
F("recruitment_deception", "bn-Latn", "Family shoho ashben, bhatay bachchader school ache, thaka khawa free, mashe mashe beton. Advance 50 hajar ajkei hate. Kono kagoj lagbe na. Mizan sardar 01914 276 853", [("phone", "+8801914276853")])
F("recruitment_deception", "en", "He told us it was construction work in Dhaka for 600 a day. They put 14 of us from Shyamnagar in a truck at night and we woke up at a kiln near Bhaluka. Now the sardar says the 600 was per thousand bricks, not per day.")
F("recruitment_deception", "en", "Sir the agent said trawler job monthly 15000 fixed. After 3 weeks at sea the mahajan says there is no salary, only a share after his loan is cut, and he never shows anyone the hisab.")

# ---------------- fees_and_debt (bn3, Latn2, en3)
F("fees_and_debt", "bn", "গত বছরের দাদনের ২২ হাজার নাকি এখনো শোধ হয় নাই, অথচ পুরা মৌসুম বউ পোলা সবাই মিলা খাটছি। এবারও যাইতে হইবো, না গেলে সর্দার কইছে বাড়ির ভিটা লিখা নিবো")
F("fees_and_debt", "bn", "দাদন নিছিলাম ৩০ হাজার, শর্ত হইলো কাঁকড়া তার আড়তেই বেচতে হবে তার দামে। বাজারে ৬০০ হইলে সে দেয় ৩৫০। তিন বছর ধইরা খাটি, ঋণ খালি বাড়ে")
F("fees_and_debt", "bn", "ভাটার খাতায় লেখা চাল, তেল, ওষুধ, লাকড়ি সব কাটবে। পুরা এক মাস খাইটা হাতে পাইছি ৬০০ টাকা, সর্দার কয় আরো ১১ হাজার বাকি আছে তোর নামে")
F("fees_and_debt", "bn-Latn", "sardar bole advance er upor hajare 10 taka sud proti mash. season sheshe hishab kore dekhay ami kichu pabo na, ulta 8 hajar dena. porer season e abar jete hobe oi dena shodhte")
F("fees_and_debt", "bn-Latn", "Abba jolodossu der mukti pon dite mahajon theke 1 lakh nisilo. ekhon amra 3 bhai oi mahajoner nouka te kaj kori, maach shob tar ghate dite hoy, ei dena kobe shesh hobe allah jane")
F("fees_and_debt", "en", "My husband took 45,000 dadon in Ashwin. Now the whole family, me, him and our two boys, must stay at the Munshiganj kiln till Baishakh. If one of us falls sick they add a fine on top of the debt.")
F("fees_and_debt", "en", "Brother the line sardar says whoever leaves before season end has to pay back double the advance. Kashem tried to go home for his father's funeral, they made him sign a stamp paper for 70,000 first.")
F("fees_and_debt", "en", "They say our debt is transferred now. Old sardar sold our khata to a new sardar, Jalil, so we owe him 38,000 and have to go to his bhata in Savar. His number 01729 840 613 if you want to ask him yourself.", [("phone", "+8801729840613")])

# ---------------- isolation_and_control (bn3, Latn2, en2)
F("isolation_and_control", "bn", "রাইতে ভাটার গেট তালা মারে, বাজারে যাইতে হইলেও সর্দারের লোক সাথে যায়। মোবাইল নিয়া রাখছে, সপ্তাহে একদিন ৫ মিনিট বাড়িতে কথা কইতে দেয়, পাশে খাড়ায়া শুনে")
F("isolation_and_control", "bn", "মা কাউরে কইও না আমরা কোন ভাটায় আছি। সর্দার কইছে বাইরের লোক বা এনজিওর লোকের সাথে কথা কইলে সারা মৌসুমের হিসাব আটকায়া দিবো")
F("isolation_and_control", "bn", "মহাজন আমার জাল আর নৌকার কাগজ জমা রাখছে, এনআইডি কার্ডও তার কাছে, নং ৪৭১৫০৩২৬৮৪। কয় গোন শেষ না হইলে কার্ড দিবো না, অন্য আড়তে মাছ বেচলে বুঝবা", [("bd_nid", "4715032684")])
F("isolation_and_control", "bn-Latn", "bhatay sondhar por ghor theke keu ber hoite pare na, sardar er bhagna lathi niye pahara dey. amar phone o niye gese. ei number ta ek truck driver er 01827 364 519, ekhane nije theke call dio na", [("phone", "+8801827364519")])
F("isolation_and_control", "bn-Latn", "maji amader chore namiye nouka niye chole gese, bole 2 mash por ashbe. keu jaite parbe na, ghore khobor dewar upay nai, network o nai. khabar o maji ja rekhe gese tai")
F("isolation_and_control", "en", "Sardar keeps all our NID cards and the kids' birth certificates locked in his trunk, says it's for the register. Mine is 7812049365. When my wife asked for hers he said after the season, not before.", [("bd_nid", "7812049365")])
F("isolation_and_control", "en", "Please don't call this number again apa. They check our phones every evening and if they see the NGO number I'm finished. I'll call from the bazar phone shop on Friday when they let us out.")

# ---------------- labour_exploitation (bn2, Latn3, en3)
F("labour_exploitation", "bn", "রাত ৩টায় ডাইকা তোলে, দুপুর পর্যন্ত কাঁচা ইট কাটি, বিকালে আবার গাড়ি টানা। শুক্রবারেও ছুটি নাই। খাওয়া দেয় একবেলা ভাত আর পাতলা ডাল")
F("labour_exploitation", "bn", "চার মাস কোন মজুরি দেয় নাই, খালি সপ্তাহে ৫০০ টাকা খোরাকি। সর্দার কয় টাকা তার কাছে জমা থাকুক, চৈত্রে একবারে দিবো। গতবারও এমনে কইছিল, পরে অর্ধেক দিছে")
F("labour_exploitation", "bn-Latn", "ekhane 18 ghonta kaj, it tante tante pither chamra uthe gese. jor ashleo chuti nai, bole kaj na korle oi diner khoraki bondho")
F("labour_exploitation", "bn-Latn", "trawler e 20 jon, ghumai ekjon er upor arekjon. khaoar pani shesh 3 din age, maji bole hold bhora na hole kul e fera jabe na, nodir pani phutaiya khai")
F("labour_exploitation", "bn-Latn", "bhai 5 mash hoye gelo, hishab chailei sardar bole 'tora to advance khaitesos'. haate ekta takao nai, bacchar oshudh kinte parina, dokane baki 3 hajar")
F("labour_exploitation", "en", "We are 40 people in 6 tin sheds right beside the chimney, no toilet, drinking water from the same pond where they soak the clay. Work from 4am to sunset, one day off a month if the sardar is in a good mood.")
F("labour_exploitation", "en", "Crab collectors got nothing this gon. Mahajan took the whole catch against the dadon and said the price fell. 12 days in the forest and we came back with a bigger debt than we left with.")
F("labour_exploitation", "en", "He hasn't paid since Poush, says the owner didn't release the money. But the owner told Rahim he paid the sardar in full. We are 62 workers, nobody paid. Rahim's number 01316 284 907, he'll confirm.", [("phone", "+8801316284907")])

# ---------------- sexual_exploitation (bn2, Latn3, en2)
F("sexual_exploitation", "bn", "সর্দারের ম্যানেজার রাইতে ঘরে আসে, কয় আমার জামাইর দাদন মাফ কইরা দিবো যদি আমি তার কথা শুনি। না কইলে জামাইরে মাইরা ভাটা থেকে বাইর কইরা দিবো, দাদন দ্বিগুণ")
F("sexual_exploitation", "bn", "ভাটার পাশের ঘরের মেয়েটারে ঢাকায় বাসার কাজের কথা কইয়া নিয়া গেছিল, এখন শুনি দৌলতদিয়ায় বেইচা দিছে। যে লোক নিছে সে আবার ভাটায় ঘুরতেছে নতুন মেয়ের খোঁজে, নাম্বার ০১৯৮৫৩৭২৬৪০", [("phone", "+8801985372640")])
F("sexual_exploitation", "bn-Latn", "sardar bolse amar meye ke Dhaka te tar boner basay kaj dibe, meyer boyosh 15. pore bujhlam o hotel e meye supply dey. 3 mash meyer kono khobor nai, phone bondho")
F("sexual_exploitation", "bn-Latn", "shutki chore mahajoner lok ra raat e mohila der ghore dhoke. keu kichu bolle porer gon e tar shami ke ar nouka te nibe na, dadon o chaibe ek shathe")
F("sexual_exploitation", "bn-Latn", "ei lok ta amar bou ke message dey 'tomar shamir dena 40 hajar, ek raat amar kache thakle 10 hajar kete dibo'. number 01643 918 275. screenshot dilam apa", [("phone", "+8801643918275")])
F("sexual_exploitation", "en", "The woman who runs the kiln canteen takes the young wives to the owner's guest house 'to clean'. They come back crying. Everyone knows, nobody says anything because of the dadon.")
F("sexual_exploitation", "en", "A man came to our village after the cyclone offering marriage for my niece, no dowry, he even gave my brother 20,000. Now we found out she is in a house in Benapole where men come at night. His imo was 01552 704 831.", [("phone", "+8801552704831")])

# ---------------- minors (bn3, Latn3, en2)
F("minors", "bn", "আমার ৯ বছরের পোলাটা সারাদিন কাঁচা ইট উল্টায়। সর্দার কয় বাচ্চারা কাজ না করলে পরিবারের খোরাকি কমায়া দিবো, ইস্কুলে দিলে দাদন ফেরত দিতে হইবো")
F("minors", "bn", "বারো বছরের ছেলেটারে মহাজন ট্রলারে নিয়া গেছে রান্না আর জাল টানার কাজে, ইস্কুল বাদ। বাপের দাদনের বদলে ছেলেটারে রাখছে, কয় টাকা দিলে ফেরত পাবা")
F("minors", "bn", "ভাটায় ১৩-১৪ বছরের মাইয়াগো রাইতে আলাদা ঘরে রাখে, বাপ মায়ের সাথে থাকতে দেয় না। সর্দার কয় সকালে কাজের সুবিধা")
F("minors", "bn-Latn", "sardar er condition: 2 jon boro manush ar 2 ta bachcha na dile advance 30 hajar dibe na. bachcha ra it er gari tanbe, boro ra pathera")
F("minors", "bn-Latn", "amar bhagna 11 bochor, oke ek lok Bagerhat er chingri processing factory te niye gese, rat e kaj kore. card e boyosh 18 likhe dise")
F("minors", "bn-Latn", "pola ta 10 bochor, sharadin chimney r kase koyla bhange, haate foshka pore gese. sardar bole 'bacchar hat shokto hok, kaj shikhuk'")
F("minors", "en", "Inspection team coming Thursday. All kids under 14 go to the back field and stay in the sheds till the jeep leaves. Parents, tell them children are only visiting. - Line sardar")
F("minors", "en", "They took my 13 year old to the Dubla char drying camp for the whole season, 5 months, against the dadon my father took. He sleeps on the fish racks and carries baskets all day.")

# ---------------- payments_and_proceeds (bn2, Latn2, en3)
F("payments_and_proceeds", "bn", "বনদস্যুরা কইছে ৩ লাখ দিলে ছাড়বো। বিকাশ নাম্বার ০১৭৬৫৪৮২৯৩১, কইছে ৫০ হাজার কইরা ভাগ কইরা পাঠাইতে, একেক দোকান থেকে একেকবার", [("phone", "+8801765482931")])
F("payments_and_proceeds", "bn", "সর্দার প্রত্যেক শ্রমিকের মজুরি থেকে ২০% কমিশন রাখে। মালিক পুরা টাকা বিকাশে দেয় সর্দারের নাম্বারে ০১৩১৮৯০৪৭২৬, আমরা হাতে পাই বাকিটার অর্ধেক")
F("payments_and_proceeds", "bn-Latn", "jara dhorse tader lok phone dise, 'nagad e 1 lakh 20 pathao, TrxID ei number e SMS diba'. ami 40 pathaisi, TrxID 7HQ2KD94MP. baki kobe dibo jani na, abba ke ekhono chare nai", [("mfs_transaction", "7HQ2KD94MP")])
F("payments_and_proceeds", "bn-Latn", "sardar bole advance er taka bikash e dibe na, cash e hate dibe jate kono record na thake. ar amader tip shoi niye rakhse ek khali khatay, porer page e ja iccha likhbe")
F("payments_and_proceeds", "en", "Mahajan wants the crab money sent to his nephew's bKash 01872 553 190, not his own. Says it's for 'tax'. The receipts never show his name anywhere.", [("phone", "+8801872553190")])
F("payments_and_proceeds", "en", "Families of the kidnapped fishermen were told to pay at a mobile shop in Koyra, the agent then sends it on to three different numbers. TrxID 8KM5TJ2QAZ was the first part, 75,000.", [("mfs_transaction", "8KM5TJ2QAZ")])
F("payments_and_proceeds", "en", f"Ready teams for the season: 20 families per team, advance already paid, they can't leave. 15,000 per head commission, paid in USDT to TRON {TRON1}. DM @bhata_labour_supply", [("tron_address", TRON1), ("telegram", "@bhata_labour_supply")])

# ---------------- threats_and_coercion (bn2, Latn2, en3)
F("threats_and_coercion", "bn", "মৌসুম শেষের আগে পালাইলে তোর বাপরে গ্রাম থেকে তুইলা আনমু, আর তোর বইনের বিয়া এই এলাকায় হইবো না। সর্দারের কথা মনে রাখিস")
F("threats_and_coercion", "bn", "০১৮৯৩৫৭১২৪৮ নম্বর থেকে বাহিনীর লোক ফোনে কইছে, কালকের মধ্যে টাকা না পাঠাইলে জামাইর হাত কাইটা নদীতে ফেলবো। পুলিশে কইলে লাশও পাইবা না", [("phone", "+8801893571248")])
F("threats_and_coercion", "bn-Latn", "kal rat e Jalal ke pituise sardar er lok ra, palate gisilo. sobar shamne chimney r pashe bendhe rakhse sharadin, bole je palabe tar ei hal hobe")
F("threats_and_coercion", "bn-Latn", "mahajon bolse amar name e cheque er mamla dibe, 2 ta shoi kora khali cheque or kache. dadon shodh na hole jail e pochbi, bou pola rastay")
F("threats_and_coercion", "en", "The sardar told us if anyone talks to the labour office people he will tell the police we stole bricks and coal. He says he already has a case file ready with our names.")
F("threats_and_coercion", "en", "They beat my brother with the coal rake when he asked for his wages. He can't walk. Sardar said next time it'll be the boy.")
F("threats_and_coercion", "en", "Pirates called again at 2am from +91 70013 58246: send the rest by Friday or we sell him to the other bahini and you start from zero. Don't go to the Coast Guard, we have people there.", [("phone", "+917001358246")])

# ================================================================ OK
# ---------------- bn (20)
N("news", "bn", "শ্যামনগরে দাদনের ফাঁদে পড়া ৪৭ জন ইটভাটা শ্রমিককে উদ্ধার করেছে পুলিশ, সর্দার গ্রেপ্তার। বিস্তারিত: https://khulnapratidin.example.com/news/4471", [("url", "https://khulnapratidin.example.com/news/4471")])
N("news", "bn", "সুন্দরবনে র‍্যাবের অভিযানে দুই বনদস্যু আটক, মুক্তিপণের জন্য অপহৃত ৫ জেলে উদ্ধার। কোনো মুক্তিপণ দিতে হয়নি বলে জানিয়েছে পরিবার")
N("awareness", "bn", "দাদন নেওয়ার আগে লিখিত চুক্তি করুন, মজুরির হার লিখে নিন। কেউ আটকে রাখলে বা জাতীয় পরিচয়পত্র নিয়ে গেলে ৯৯৯ এ ফোন করুন বা আমাদের জানান ০১৯৩৫৬৬২৪১৮। — ভাটা শ্রমিক ফোরাম, সাতক্ষীরা", [("phone", "+8801935662418")])
N("awareness", "bn", "শিশুদের ভাটায় কাজে নেবেন না। ১৪ বছরের নিচে শিশুকে দিয়ে কাজ করানো আইনত অপরাধ। শিশুকে স্কুলে পাঠান, উপবৃত্তির জন্য ইউনিয়ন পরিষদে যোগাযোগ করুন")
N("official", "bn", "বন বিভাগের বিজ্ঞপ্তি: ১ জুন থেকে ৩১ আগস্ট সুন্দরবনে সকল প্রকার মাছ ও কাঁকড়া আহরণ বন্ধ থাকবে। এ সময় নিবন্ধিত জেলেরা ভিজিএফের চাল পাবেন")
N("official", "bn", "উপজেলা শ্রম অফিস: ইটভাটা শ্রমিকদের মজুরি ও দাদন সংক্রান্ত অভিযোগ প্রতি মঙ্গলবার গ্রহণ করা হবে। অভিযোগের সাথে শ্রমিকের এনআইডির ফটোকপি আনবেন, মূল কপি নয়")
N("receipt", "bn", "আপনি ৳৫,০০০ সফলভাবে সেন্ড মানি করেছেন ০১৭৪৮২৯৩০৬১ নম্বরে। ফি ৳০.০০। TrxID BK47XQ92LM। বর্তমান ব্যালেন্স ৳১,২৩০.৫০", [("phone", "+8801748293061"), ("mfs_transaction", "BK47XQ92LM")])
N("family", "bn", "আব্বা এবার ভাটায় যাবে না কইছে। গত বছরের হিসাব সর্দার সব মিটায়া দিছে, দাদনও নাই। এবার বাড়ির পাশে ঘেরে কাজ নিবো")
N("family", "bn", "মা, পাসপোর্ট অফিসে আইজ ফিঙ্গার দিয়া আইলাম, ডেলিভারি ২১ দিন পর। পুরান পাসপোর্ট নং EB0473921 ওইটা জমা রাখছে। দাদন শোধ হইলে মালয়েশিয়ার কথা ভাবমু", [("bd_passport", "EB0473921")])
N("worker_content", "bn", "এই ভাটার মালিক ভালো মানুষ, প্রতি শনিবার হিসাব দেয়, পোলাপান সকালে স্কুলে যায়। সর্দার চাচাও খারাপ না, অসুখ হইলে ডাক্তার দেখায়")
N("joke", "bn", "সর্দার কয় ইট পোড়া না হইলে চা পাবি না, আমরা কই চা না দিলে ইট পোড়বো না 😂 শেষে চা আইছে")
N("chatter", "bn", "কাইল হাটবার, দুই কেজি চিংড়ি আর একটা লাউ আনিস। দোকানের বাকির খাতায় লেইখা রাখিস না, নগদ দিস")
N("family", "bn", "বড় আপার বিয়ার কথা পাকা, ছেলে খুলনায় মোবাইলের দোকান করে। যৌতুক কিছু চায় নাই, আলহামদুলিল্লাহ। ফাল্গুনে অনুষ্ঠান")
N("news", "bn", "মুন্সিগঞ্জে পরিবেশ অধিদপ্তরের অভিযানে ৬টি অবৈধ ইটভাটা গুঁড়িয়ে দেওয়া হয়েছে, জরিমানা ১২ লাখ টাকা। শ্রমিকদের পাওনা পরিশোধের নির্দেশ")
N("chatter", "bn", "এবার সমিতি থেকে জেলেদের কম সুদে ঋণ দিবো, মহাজনের দাদন আর লাগবো না। মিটিং শুক্রবার বাদ জুম্মা, সবাই এনআইডি নিয়া আইসো")
N("worker_content", "bn", "আলহামদুলিল্লাহ এবারের গোনে কাঁকড়া ভালো পাইছি, আড়তে ৭০০ টাকা কেজি দিছে। বন অফিস থেকে পাসও নবায়ন করছি")
N("awareness", "bn", "বনদস্যুর নামে ফোন আসলে ঘাবড়াবেন না, বিকাশে টাকা না পাঠিয়ে সাথে সাথে কোস্টগার্ড বা ৯৯৯ এ জানান। অনেক প্রতারক দস্যু সেজে টাকা চায়")
N("chatter", "bn", "ভাই এইখানে নেটওয়ার্ক নাই, পরে ফোন দিমু", hard=False)
N("family", "bn", "আম্মা ভাত খাইছো? আইজ খুব গরম, বেশি রোদে যাইয়ো না", hard=False)
N("chatter", "bn", "নৌকার ইঞ্জিন ঠিক করাইতে ২৮০০ টাকা লাগলো, কাল সকালে নদীতে নামমু ইনশাআল্লাহ", hard=False)

# ---------------- bn-Latn (20)
N("news", "bn-Latn", "Khobor: Koyra te jolodossu 'Shahin bahini' r 3 sodossho grefter, 11 jon jele mukto. details: https://khulnanews24.example.com/jolodossu-grefter", [("url", "https://khulnanews24.example.com/jolodossu-grefter")])
N("awareness", "bn-Latn", "bhai ra keu original NID card sardar er kache jama diben na. photocopy diben, original nijer kache. kono shomossha hole union office e janan, ba amader number e call den 01935 662 419", [("phone", "+8801935662419")])
N("awareness", "bn-Latn", "Dadon nile kagoj e likhe niben koto taka, koto sud, kobe shodh. mukhe mukhe kotha te pore jhamela hoy. -- shonibar NGO meeting er notice, sobai ashben")
N("official", "bn-Latn", "Upazila Shishu Bishoyok Kormokorta: 15 Nov theke ibhata gulate shishu shrom porjobekkhon team ghurbe, malik der shohojogita kamona kora hocche")
N("receipt", "bn-Latn", "Cash In Tk 3,000.00 from Agent. Fee Tk 0.00. Balance Tk 3,412.50. TrxID 9BD6RT1QWX at 12/01/2026 18:42", [("mfs_transaction", "9BD6RT1QWX")])
N("family", "bn-Latn", "amma bhatay sob thik ache, sardar ei mash er taka dise. bikash e 4 hajar pathailam 01787 225 640 e, check koiro", [("phone", "+8801787225640")])
N("family", "bn-Latn", "abbu bolse ebar ar dadon nibe na, mamar dokan e kaj korbe. sardar phone dile bolbi abbu bari nai 😅 pore nije bolbe")
N("joke", "bn-Latn", "bhai tor bou je hishab rakhe, sardar er khata o fail 😂😂 ek taka o edik odik hoy na")
N("worker_content", "bn-Latn", "ei season e pathera der rate 1 hajar it e 600, gotobar theke 80 taka beshi. malik nijei protidin hishab dey, sardar niye ar matha betha nai")
N("chatter", "bn-Latn", "kal gon shuru, Burigoalini ghat e 5 tay thakis, pass ami niye nibo. khabar ma banaye dibe")
N("news", "bn-Latn", "Daulatdia theke 6 kishori uddhar, 2 dalal atok - ajker paper e ashche. police bolse ora bhatay kaj dewar kotha bole niye jeto")
N("awareness", "bn-Latn", "meye ke Dhaka te 'basar kaj' er kotha bole keu nite chaile age thikana, malik er number, NID jachai korun. ochena loker sathe meye pathaben na")
N("family", "bn-Latn", "Rumi r biye Falgun e, chele Mongla port e chakri kore. tora sobai chutite ashbi kintu, bhata theke chuti niye niyo")
N("worker_content", "bn-Latn", "amader trawler er maji bhalo, protek trip e bhag dey shomane shomane, khabar o bhalo. ei bar 3 trip e 22 hajar pailam")
N("chatter", "bn-Latn", "sardar er meyer biye te daowat dise puro line ke, kal rat e gaan bajna hobe 😄")
N("joke", "bn-Latn", "boss amar bou amare 'dadon' dise, 1 kg ilish na ana porjonto ghore dhukte dibe na 🤣")
N("family", "bn-Latn", "choto ta school e first hoise, headsir bolse upobritti pabe. ar kono din bhatay nibo na oke")
N("chatter", "bn-Latn", "bhai ajke khela dekhbi? Bangladesh vs Afghanistan 3 tay", hard=False)
N("chatter", "bn-Latn", "ami matro ghum theke uthlam, pore call dei", hard=False)
N("chatter", "bn-Latn", "dokane chini shesh, kal Khulna theke mal ashbe", hard=False)

# ---------------- en (20)
N("news", "en", "Police rescued 23 bonded labourers including 9 children from a brick kiln in Bhaluka on Tuesday; the kiln owner and two sardars were arrested under the Human Trafficking Act 2012.")
N("news", "en", "Coast Guard: 8 fishermen abducted for ransom in the Sundarbans were freed after a gunfight, no ransom paid. Families thanked the forces at a press briefing in Mongla.")
N("awareness", "en", "Never hand over your NID or your children's birth certificates to a sardar or mahajan. Keep copies. If someone holds your documents or won't let you leave, call 999 or the child helpline 1098.")
N("awareness", "en", "Pirates sometimes call pretending to be forest department staff. Real officials never ask for bKash payments. Report any ransom call at the nearest Coast Guard station.")
N("official", "en", "DIFE Khulna: kiln owners must keep a register of all workers and pay wages at least weekly. Complaints can be sent to complaints.khulna@dife-example.gov.bd", [("email", "complaints.khulna@dife-example.gov.bd")])
N("official", "en", "Licensed recruiting agency notice (RL-1234): Malaysia plantation jobs, government-fixed migration cost Tk 78,990, pay only by bank deposit to our account, receipt given. We have no sub-agents.")
N("receipt", "en", "Nagad: Tk 2,500 Send Money to 01611849372 successful. TxnID 71K9QZ4DPA. Ref: school fee", [("phone", "+8801611849372"), ("mfs_transaction", "71K9QZ4DPA")])
N("family", "en", "Ma the sardar paid the full season hisab today, 68,000 for both of us. Coming home on the Saturday launch. Keep Rony's passport A09834126 safe, we'll renew it in Boishakh.", [("bd_passport", "A09834126")])
N("family", "en", "Baba says no more dadon from the mahajan this year, the samity loan came through at 10 percent. Finally.")
N("worker_content", "en", "Honestly this kiln is fine. Owner pays every Thursday, there's a tubewell, and the kids go to the BRAC school in the morning.")
N("worker_content", "en", "Good gon this time, 40 kg crab, sold at the arot myself. No mahajan cut. Alhamdulillah.")
N("joke", "en", "My brother-in-law says he's held hostage by his in-laws: no phone, can't go out, three meals a day forced on him 😂 poor guy")
N("chatter", "en", "Anyone going to Shyamnagar tomorrow? Need someone to carry a sack of rice for amma")
N("news", "en", "A new study of kilns in Narayanganj and Munshiganj says most worker families take seasonal advances; researchers urge written contracts and weekly wage payment.")
N("awareness", "en", "Workshop for kiln families on Saturday at Kaliganj UP: what to do if wages are held back, how to keep a record of your hours, child rights. Lunch provided.")
N("family", "en", "Your cousin's wedding is fixed with the boy from Dacope, he works on a cargo ship. They asked for nothing, only prayers.")
N("chatter", "en", "Sardar bhai is asking who wants to play in the cricket match against the next kiln on Friday, winners get a goat 🐐")
N("official", "en", "Posted on @khulna_jobs_board: daily labour needed for road work in Khulna city, 700 Tk/day paid daily, come to the contractor office in person, no advance, no fee.", [("telegram", "@khulna_jobs_board")])
N("chatter", "en", "Reached home. Rain is heavy here, the road to the ghat is flooded.", hard=False)
N("chatter", "en", "Happy birthday Tania! Miss you, come visit soon", hard=False)


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
    random.Random(152).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev152-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
