"""Blind evaluation set dev156 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a researcher at a Dhaka migrants' rights NGO collecting families' messages, brokers' posts and notices about "European work permits" (Romania, Serbia, Croatia, Malta) and "Russian factory jobs".
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev156.jsonl"
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


BTC1 = btc("dev156-btc-1")
TRON1 = tron("dev156-tron-1")
ETH1 = eth("dev156-eth-1")

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

# ---- recruitment_deception (bn3 L3 en2)
F("recruitment_deception", "bn", "🇷🇴রোমানিয়া ওয়ার্ক পারমিট🇷🇴 সরাসরি কোম্পানি ভিসা!! বেতন ১৫০০ ইউরো + ওভারটাইম, থাকা খাওয়া ফ্রি। ভাষা লাগবে না, IELTS লাগবে না। ৩ মাসে ভিসা গ্যারান্টি না হলে টাকা ফেরত। ঢুকে গেলে পরে ইতালি পর্তুগাল যাওয়া সহজ। সিট সীমিত, কল 01825-447190", [("phone", "+8801825447190")])
F("recruitment_deception", "bn", "আম্মা এরা বলছিল সার্বিয়াতে কনস্ট্রাকশন কোম্পানি, এইখানে আইসা দেখি কোনো কোম্পানি নাই। এক বাঙালি দালালের বাসায় ২২ জন রাখছে, এখন বলে ক্রোয়েশিয়ার বর্ডার পার করাই দিবে। কাজের ভিসা ছিল না এটা, টুরিস্ট ভিসা দিয়া পাঠাইছে")
F("recruitment_deception", "bn", "রাশিয়ায় নিছিল ফ্যাক্টরিতে প্যাকিংয়ের কাজ বইলা। মস্কোতে নামার পরদিন একটা কাগজে সাইন করাইছে রুশ ভাষায়, আমরা কেউ পড়তে পারি নাই, দোভাষী বলল এটা কাজের চুক্তি। পরে বুঝছি ওইটা আর্মির কন্ট্রাক্ট")
F("recruitment_deception", "bn-Latn", "Bhai Malta te cleaner er job bolchilo, 1200 euro. Ekhon bolche oi company te jayga nai, onno jaygay farm e kaj korte hobe 600 euro te. Contract e ja lekha chilo kichui mile na, ar company r naam o alada")
F("recruitment_deception", "bn-Latn", "Croatia work permit 100% original, embassy te face korte hobe na amra file kore dibo. Prothome Dubai jaben 2 mash visit e, okhan theke stamping. Tension niyen na amar 40 jon ache already. Success dekhte insta te jan @croatia_visa_hub", [("instagram", "@croatia_visa_hub")])
F("recruitment_deception", "bn-Latn", "Russia factory job!! salary 1 lakh 80 hajar taka maase, kono experience lagbe na kono language lagbe na. Student visa te jaben, giye work permit kore dibo company. Interested hole knock din wa.me/79164502231", [("whatsapp", "+79164502231")])
F("recruitment_deception", "en", "They told my brother the Serbia permit was a 'work visa type D' with a factory contract in Novi Sad. At Belgrade airport nobody came. The embassy says the employer name on his contract does not exist.")
F("recruitment_deception", "en", "URGENT Romania/Poland/Croatia - General Worker, Welder, Driver. Salary €1400-€1800 NET. Free food, free accommodation. No interview, no language test. Visa in 45 days. Only 8 seats left!! Contact: +40 742 318 905", [("phone", "+40742318905")])

# ---- fees_and_debt (bn3 L2 en3)
F("fees_and_debt", "bn", "রোমানিয়ার জন্য মোট ৯ লাখ। ৩ লাখ এখন, ওয়ার্ক পারমিট আসলে ৩ লাখ, ভিসা হইলে বাকি ৩। জমি বন্ধক দিয়া হইলেও ব্যবস্থা করেন, এই সুযোগ আর আসবে না। এনআইডি কপি আর পাসপোর্ট অফিসে জমা দিয়া যাবেন")
F("fees_and_debt", "bn", "ক্রোয়েশিয়া আসার পর দালাল বলে আরো ২ লাখ লাগবে রেসিডেন্স কার্ডের জন্য, না দিলে কাজে ঢুকাবে না। আব্বা আগেই সমিতি থেকে ৫ লাখ লোন নিছে, প্রতি সপ্তাহে কিস্তি")
F("fees_and_debt", "bn", "বেতন থেকে প্রতি মাসে ৩০০ ইউরো কাইটা রাখে, বলে টিকেট আর ভিসার খরচ শোধ না হওয়া পর্যন্ত কাটবে। কত বাকি হিসাব চাইলে বলে বেশি কথা কইলে দেশে পাঠায় দিব")
F("fees_and_debt", "bn-Latn", "Apnar cheler Malta r file e aro 2 lakh lagbe, embassy fee barche. Ei shoptaher moddhe na dile file cancel, ager 6 lakh o ferot paben na. Taka niye 01947-615023 e call diye office e ashen", [("phone", "+8801947615023")])
F("fees_and_debt", "bn-Latn", "Serbia te ashar por bolche airport theke camp porjonto gari vara, thaka, khaoa sob amar debt e lekha hocche. 4 mash kaj korlam debt shesh hoy na, protidin bare")
F("fees_and_debt", "en", "Sir my husband took loan 7 lakh from samity for the Russia job. Now agent says he must work 1 year without salary to cover the 'company cost'. Is this legal?? we are paying kisti every week")
F("fees_and_debt", "en", "Total package for Malta: BDT 12,50,000. Payment in 3 stages. Non-refundable after work permit issue. Stage 1 cash only at our Dhaka office, no receipt for stage 1. Docs to maltajobs.bd24@gmail.com", [("email", "maltajobs.bd24@gmail.com")])
F("fees_and_debt", "en", "they keep saying the debt is 4500 euro now. we came with 'free visa' from the company but every month they add rent, transport, uniform, even the gloves. i send home nothing since october")

# ---- isolation_and_control (bn2 L3 en2)
F("isolation_and_control", "bn", "পাসপোর্ট ফোন দুইটাই নিয়া নিছে ক্যাম্পে ঢুকার সময়। সপ্তাহে একবার ১০ মিনিট বাড়িতে কথা বলতে দেয়, সুপারভাইজার পাশে খাড়ায় থাকে, ভালো আছি ছাড়া কিছু বলা যায় না")
F("isolation_and_control", "bn", "ভাই কাউরে বলিস না আমি এই নাম্বার থেকে কল দিছি, এইটা এক রোমানিয়ান ড্রাইভারের ফোন। রাতে আমাদের রুমে বাইরে থেকে তালা দেয়, সকালে মাইক্রোতে কাজে নেয় আবার মাইক্রোতে ফেরত")
F("isolation_and_control", "bn-Latn", "Ammu amar phone ta niye geche, ager number e r call dio na. Eta ekjon er phone +381 64 223 1785, shudhu rat e. Ora boleche family ke kichu bolle visa cancel. Sobai ke bolbo ami bhalo achi, tumi o oitai bolo keu jiggesh korle", [("phone", "+381642231785")])
F("isolation_and_control", "bn-Latn", "Camp er bahire jawa nishedh. Ekta Nepali chele bahire gechilo, tar passport ar ferot dey nai. Amra 14 jon ek room e, dokan e o jete dey na, supervisor nijei bazar ane ar dam kete ney")
F("isolation_and_control", "bn-Latn", "Bhai ekhon theke FB te kichu post korbi na amar nam e. Commander er lok phone check kore protidin. Amar location keu jeno na jane, ammake bolis training e achi")
F("isolation_and_control", "en", "Family of R. (Narsingdi): last voice note 3 weeks ago from a 'training camp' outside Rostov. He said phones are collected every evening and nobody is allowed to leave the base. Since then number switched off. Brother's contact 01789-342156.", [("phone", "+8801789342156")])
F("isolation_and_control", "en", "Dont msg me on whatsapp, boss checks our phones. IMO only at night. They took all passports 'for residence card' 5 months back, still nothing. Cant go to city without the driver, not even to masjid")

# ---- labour_exploitation (bn2 L3 en3)
F("labour_exploitation", "bn", "সকাল ৬টা থেকে রাত ১০টা পর্যন্ত গ্রিনহাউসে কাজ, সপ্তাহে কোনো ছুটি নাই। ৩ মাসে বেতন পাইছি একবার তাও অর্ধেক, বাকিটা বলে সিজন শেষে দিবে")
F("labour_exploitation", "bn", "এক রুমে ১৮ জন, খাওয়া দেয় দিনে একবার, রুটি আর আলু সিদ্ধ। জ্বর হইলেও কাজে যাইতে হয়, না গেলে পুরা দিনের টাকা কাটে, দুই দিন গেলে বলে জরিমানা")
F("labour_exploitation", "bn-Latn", "Factory te shift 12 ghonta bole, kintu 16 ghonta korte hoy, overtime er taka dey na. 4 mash hoye gelo salary pai nai, bole company loss e ache wait koro")
F("labour_exploitation", "bn-Latn", "Bhai Malta te food delivery r kaj dise, cycle nijer taka diye kinte hoise. Din e 14 ghonta, maash sheshe agency r vara kete hate 300 euro thake. Contract e chilo 1100")
F("labour_exploitation", "bn-Latn", "salary dibe na bole dise jotokhon na 6 mash puro hoy, 'guarantee' hisebe rakhche. khawar taka o kate. 6 mash por ki dibe keu jane na, ager batch o kichu pay nai")
F("labour_exploitation", "en", "Update from the Timisoara group: 11 Bangladeshi men on a construction site, 14-hour days, unpaid since July, employer says wages 'will be paid at the end of contract'. Two have hand injuries, no doctor. Group admin: +40 753 902 117", [("phone", "+40753902117")])
F("labour_exploitation", "en", "in the factory near Kazan we worked 7 days, no off day, night shift also. they pay in roubles cash sometimes, sometimes nothing. for 5 months they said 'you are still in probation'")
F("labour_exploitation", "en", "Apa we are sleeping in the container at the site. No heater, minus 8 outside. Food they give once, rest we buy from our own money which we dont have because no salary")

# ---- sexual_exploitation (bn2 L2 en3)
F("sexual_exploitation", "bn", "আমার বোনরে বলছিল সাইপ্রাস হয়ে মাল্টায় হোটেলে হাউসকিপিংয়ের কাজ। এখন ফোনে কান্দে, বলে রাতে ক্লাবে বসায় রাখে, কাস্টমারের সাথে যাইতে বলে, না গেলে মারে")
F("sexual_exploitation", "bn", "ম্যাডাম, যে মেয়েগুলা ডান্সার ভিসায় দুবাই হয়ে সার্বিয়া গেছে ওদের পাসপোর্ট আসিফ নামের লোকটা রাখে। একজন বলছে রাতে কাস্টমার কম হইলে ওর ঋণের টাকা বাড়ায় দেয়")
F("sexual_exploitation", "bn-Latn", "New girls available Belgrade 🌹 Bangladeshi & Indian, fresh, young, hotel service only. Booking er jonno Telegram e nok korun @balkan_rose_bd", [("telegram", "@balkan_rose_bd")])
F("sexual_exploitation", "bn-Latn", "Ora bolse massage center e receptionist er kaj, ekhane ashar por bujhlam eta onno jinish. Amar passport madam er kache, bole 3000 euro shodh na howa porjonto guest nite hobe")
F("sexual_exploitation", "en", "Girls needed for Moscow restaurant - hostess, 'friendly with guests', age 18-25, beautiful, no family problem. Visa ticket free, salary 2000$ + tips. Send full body photo only on WhatsApp +7 925 661 0384", [("phone", "+79256610384")])
F("sexual_exploitation", "en", "A returnee woman from Malta told me the 'caregiver' agency moved her to a flat with 4 other girls, men came at night, the agency man took all the money and kept her passport.")
F("sexual_exploitation", "en", "my cousin is in a transit house in Sarajevo, she says the man who brought them sold two of the girls to a club owner in Montenegro. they dont let her call unless he is sitting next to her")

# ---- minors (bn3 L2 en2)
F("minors", "bn", "ছেলের বয়স ১৬, দালাল বলে পাসপোর্টে ২১ বানায় দিবে কোনো সমস্যা নাই। জন্ম নিবন্ধন নতুন কইরা করবে, শুধু ৫০ হাজার বেশি লাগবে। দালালের নাম্বার ০১৮৭২-৬৪৩০৯১", [("phone", "+8801872643091")])
F("minors", "bn", "আমাদের গ্রামের ১৫-১৭ বছরের ৬টা ছেলে একসাথে রাশিয়া গেছে গত মাসে, সবার পাসপোর্টে বয়স বাড়ানো। এখন দুইজনের খোঁজ নাই, বাকিরা বলে ইউনিফর্ম পরায় ট্রেনিং করাইতেছে")
F("minors", "bn", "১৪ বছরের ভাইগ্নারে বসনিয়ার জঙ্গলের ক্যাম্পে রাখছে গেমের জন্য। দালাল বলে টাকা না দিলে পরের গ্রুপে নিবে না, এক মাস ধরে ও ওইখানে খাওয়ার বিনিময়ে লাকড়ি টানে")
F("minors", "bn-Latn", "Passport e age 19 dise kintu asole 15, class nine theke niye gese. Romania te ore farm e kaj koraitese 10 ghonta, kon jaygay ache o nije o jane na")
F("minors", "bn-Latn", "Kom boyoshi chele lagbe, 16-18 holei cholbe, kaj taratari shikhe. Passport er boyosh amra thik kore nibo. Malta/Croatia hotel kitchen helper. Call 01609-228417", [("phone", "+8801609228417")])
F("minors", "en", "Case note: boy, 16 per birth registration, passport A07725418 shows DOB 2001. Sent to Russia for a 'warehouse job' in August, now says he is near Belgorod with a unit. Mother has the birth certificate.", [("bd_passport", "A07725418")])
F("minors", "en", "Uncle the agent said dont tell anyone I am 17. In the hostel they know, they call me chotu and always give me the night cleaning. I want to come home")

# ---- payments_and_proceeds (bn2 L3 en2)
F("payments_and_proceeds", "bn", "ভিসার বাকি টাকা আলাদা আলাদা বিকাশ নাম্বারে ভাগ কইরা পাঠান, এক নাম্বারে ৫০ হাজারের বেশি না। ০১৭৩১-৫৫৮২০৪ আর 01915-337682। পাঠাইয়া স্ক্রিনশট দিবেন, রেফারেন্সে কিছু লিখবেন না", [("phone", "+8801731558204"), ("phone", "+8801915337682")])
F("payments_and_proceeds", "bn", "দালাল সাহেব টাকা পাইছেন? TrxID BHK7Q2M4XA, ১,২০,০০০ টাকা। এখন আমার ছেলের পাসপোর্ট ফেরত দেন, আমাদের আর কিছু নাই বেচার", [("mfs_transaction", "BHK7Q2M4XA")])
F("payments_and_proceeds", "bn-Latn", f"Euro te payment nibo na, USDT TRC20 te pathan ei address e: {TRON1} . Bank e pathaile jhamela, sob track hoy", [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Hundi te pathaben. Paltan er dokane cash diye asben, code bolben 'Malta 27'. Receipt chaiben na, oikhane keu deye na")
F("payments_and_proceeds", "bn-Latn", "Nagad e 35000 pathaisi, TxnID 7KD93LPQ. Ekhon bolen Serbia r camp theke kobe chharben amar bhai ke? Ar koto dite hobe bolen", [("mfs_transaction", "7KD93LPQ")])
F("payments_and_proceeds", "en", f"Pay the release fee to this BTC wallet: {BTC1}. After confirmation your son will be put on the bus to Belgrade. No police, no embassy. Send screenshot to telegram @release_desk_bg", [("btc_address", BTC1), ("telegram", "@release_desk_bg")])
F("payments_and_proceeds", "en", f"They asked my father to send $3,000 to {ETH1} as 'contract cancellation fee' so my brother can leave the unit. The man said cash in Dhaka also ok, through his cousin in Uttara.", [("eth_address", ETH1)])

# ---- threats_and_coercion (bn3 L2 en3)
F("threats_and_coercion", "bn", "কমান্ডার বলছে কন্ট্রাক্ট ভাঙলে ১০ বছর জেল, না হয় সামনের লাইনে পাঠায় দিবে। আমাদের সাথের দুইজনরে পাঠাইছে গত সপ্তাহে, ওদের আর খবর নাই")
F("threats_and_coercion", "bn", "দালাল 01311-478652 নাম্বার থেকে ফোন দিয়া কয় তোর পোলা যদি এম্বাসিতে যায় ওরে পুলিশে ধরায় দিমু, ভিসা শেষ, সারাজীবন জেলে পচবো। আর মামলা করলে তোগো বাড়িতে লোক যাইবো", [("phone", "+8801311478652")])
F("threats_and_coercion", "bn", "ভাই আমারে মারছে কারণ আমি বেতন চাইছিলাম। বলে আবার চাইলে ইমিগ্রেশনে দিয়া দিবে, অবৈধ বলে খালি হাতে দেশে পাঠাবে")
F("threats_and_coercion", "bn-Latn", "Tor bhai ke bol chup thakte. Facebook e live dile or ki hobe nije dekhbi. Amra Dhaka teo lok rakhi, tor bari chini, tor ma ke o chini")
F("threats_and_coercion", "bn-Latn", "Kaj chhere gele police ke bolbo tumi palaiso, tokhon deport ar 5 bochor Europe e dhukte parba na. Ar tomar ammar nam e je blank cheque disila oita bounce mamla dibo")
F("threats_and_coercion", "en", "Listen brother, you signed, you are soldier now. If you run they will shoot, that is the law here. Better you stay quiet and take the money when it comes.")
F("threats_and_coercion", "en", "My son says they beat 3 boys with pipes in front of everyone for asking to call the embassy. Then told the rest: next is you, and your family in Bangladesh also.")
F("threats_and_coercion", "en", "Agent texted my mother from 01522-309874: 'If your son talks to that NGO lady again forget about his passport. We know your house in Sylhet.' What should we do apa", [("phone", "+8801522309874")])

# ================================================================ OK
# ---- bn (16 hard + 4 everyday)
N("news", "bn", "রাশিয়ার যুদ্ধে লোক পাঠানোর অভিযোগে রাজধানীর একটি রিক্রুটিং এজেন্সির মালিকসহ তিনজনকে গ্রেপ্তার করেছে সিআইডি। ভুক্তভোগী পরিবারগুলো জানায়, ফ্যাক্টরির কাজের কথা বলে তাদের সন্তানদের নেওয়া হয়েছিল।")
N("news", "bn", "সার্বিয়া থেকে ফেরত আসা ৪২ জন বাংলাদেশি আজ শাহজালাল বিমানবন্দরে পৌঁছেছেন। আইওএম তাদের প্রত্যেককে যাতায়াত খরচ ও প্রাথমিক সহায়তা দিয়েছে।")
N("news", "bn", "মানবপাচার প্রতিরোধ ও দমন আইনের মামলায় মাদারীপুরের এক দালালকে ১০ বছরের কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। ইউরোপে কাজের কথা বলে ভুক্তভোগীদের লিবিয়ায় আটকে রেখে মুক্তিপণ আদায় করা হয়েছিল।")
N("awareness", "bn", "ইউরোপে কাজের ভিসার জন্য কারো হাতে পাসপোর্ট দেবেন না। ওয়ার্ক পারমিট আসল কিনা সংশ্লিষ্ট দেশের দূতাবাসে যাচাই করুন। সন্দেহ হলে প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
N("awareness", "bn", "মাল্টা যেতে চাইলে আগে দেখুন এজেন্সির সরকারি লাইসেন্স আছে কিনা। 'ফ্রি ভিসা', 'ইন্টারভিউ লাগবে না', 'ভাষা লাগবে না' এমন কথা শুনলে সাবধান হোন। টাকা দিলে রসিদ নিন।")
N("awareness", "bn", "কেউ যদি বলে রাশিয়ায় ফ্যাক্টরির কাজ, মাসে দুই লাখ টাকা বেতন, ভাষা লাগবে না, আগে আমাদের অফিসে এসে কথা বলুন। রুশ ভাষার কোনো চুক্তি অনুবাদ না বুঝে সই করবেন না।")
N("official", "bn", "বিজ্ঞপ্তি: রাশিয়ান ফেডারেশনে কর্মসংস্থানের নামে প্রতারণা সম্পর্কে সতর্কতা। প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয় কোনো এজেন্সিকে সামরিক বা নিরাপত্তা খাতে কর্মী পাঠানোর অনুমতি দেয়নি। বিস্তারিত: www.probashi.gov.bd", [("url", "www.probashi.gov.bd")])
N("official", "bn", "বাংলাদেশ দূতাবাস, মস্কো: রাশিয়ায় অবস্থানরত কোনো বাংলাদেশি নাগরিক সমস্যায় পড়লে বা দেশে ফিরতে চাইলে দূতাবাসের কনস্যুলার শাখায় যোগাযোগ করুন: +7 495 946 7834", [("phone", "+74959467834")])
N("receipt", "bn", "আপনার বিকাশ অ্যাকাউন্টে ৫,০০০ টাকা ক্যাশ ইন হয়েছে। TrxID BKC39XLM2Q। বর্তমান ব্যালেন্স ৫,২১০.৫০ টাকা।", [("mfs_transaction", "BKC39XLM2Q")])
N("worker_content", "bn", "মা এই মাসের বেতন পাইছি, ৮০০ ইউরো। ৪০০ পাঠাইলাম, আব্বার ঔষধ কিনো। পাসপোর্ট আমার কাছেই আছে, মালিক ভালো মানুষ, চিন্তা কইরো না")
N("worker_content", "bn", "আলহামদুলিল্লাহ ক্রোয়েশিয়ায় হোটেলের কাজটা ভালো। ৮ ঘণ্টা ডিউটি, সপ্তাহে দুই দিন ছুটি, থাকার জায়গা কোম্পানির। এজেন্সি সরকারি খরচেই পাঠাইছে, রসিদ সব আছে")
N("family", "bn", "আব্বা বলছে জমি বেচবে না, ছোটটারে এখন বিদেশ পাঠাবে না। আগে অনার্স শেষ করুক, তারপর দেখা যাবে। আমিও একমত")
N("family", "bn", "রুমার বিয়ের কথা চলতেছে, ছেলে রোমানিয়ায় থাকে ৪ বছর ধরে। ছেলের মামা বলল কাগজপত্র সব ঠিক, রেসিডেন্স কার্ড আছে। শুক্রবার দেখতে আসবে, তুমি আইসো")
N("family", "bn", "ভাইয়া প্রবাসী কল্যাণ ব্যাংকের লোনের ফর্মে আমার এনআইডি নম্বর দিয়েন: 4623819075। বাকি কাগজ আমি কাল জমা দিব", [("bd_nid", "4623819075")])
N("joke", "bn", "দুলাভাই বলে সে রাশিয়া যাবে আর্মিতে, কারণ আপার চেয়ে পুতিন বেশি দয়ালু 😂 আপা শুনে রুটি বেলা থামায় দিছে")
N("chatter", "bn", "আপা কালকের কনসালটেশনে রাশিয়ার কেসের সংখ্যা কি দিব? ২৩টা ভেরিফাইড, ৯টা পেন্ডিং। নরসিংদীর ট্রান্সক্রিপ্ট থেকে নাম আর এনআইডি মুছে দিছি")
N("chatter", "bn", "আপা আজকে দুপুরে কি খিচুড়ি অর্ডার দিব? বৃষ্টি হইতেছে খুব", hard=False)
N("chatter", "bn", "মিটিং ৩টায় না, সাড়ে ৩টায় শিফট হইছে। প্রজেক্টরটা কেউ একটু ঠিক করাইয়েন", hard=False)
N("family", "bn", "আম্মা আমার জন্য ইলিশ রাইখো, শুক্রবার বাড়ি আসতেছি", hard=False)
N("chatter", "bn", "কালকে অফিস বন্ধ, সরকারি ছুটি। পরশু দেখা হবে সবার সাথে", hard=False)

# ---- bn-Latn (16 hard + 4 everyday)
N("news", "bn-Latn", "Khobor dekhlam, Romania r fake work permit chokro dhora porse Malibagh e, 4 jon arrest. Amader Rafiq bhai er case ta o mone hoy oder hat diye")
N("news", "bn-Latn", "Prothom Alo te report aise, Russia theke 12 jon Bangladeshi ferot aise, tader moddhe 3 jon ahoto. Ministry bolche baki der khoj cholche")
N("awareness", "bn-Latn", "Bhai-bon ra, Russia te factory job er ad dekhle sabdhan. Onek chele ke army te dhukai dise. Kono kagoj na bujhe sign korben na, passport kauke diben na")
N("awareness", "bn-Latn", "Free visa bole kichu nai. Keu jodi bole taka dile Europe er visa 'confirm', thik oi khane stop. Agency r license BMET e check korun, taka dile receipt niben")
N("official", "bn-Latn", "BMET: Apnar Croatia gamir smart card prostut. Ami Probashi app e QR code dekhe nin. Sorkari fee chhara karo ke kono taka diben na")
N("receipt", "bn-Latn", "Nagad: Send Money Tk 2,000 to 01862-774310 successful. TxnID 73HX0PQ9. Fee Tk 0.00", [("phone", "+8801862774310"), ("mfs_transaction", "73HX0PQ9")])
N("receipt", "bn-Latn", "bKash e 15000 pathailam TrxID BKL72MX9QA. Ammu medicine kino ar baki ta kistir jonno rakho, samity r lok ashle diye dio", [("mfs_transaction", "BKL72MX9QA")])
N("family", "bn-Latn", "Apa, Rakib er passport renew er slip paisi, number A03918274. Croatia r offer ta niye family te bosbo, age agency ta BMET e check korbo", [("bd_passport", "A03918274")])
N("family", "bn-Latn", "Ammu, Serbia r oi dalal abar 01718-556290 theke phone dise? Block kore dao. Rony ke ar kothao pathabo na, o ekhane dokan korbe, amra sobai help korbo", [("phone", "+8801718556290")])
N("family", "bn-Latn", "Shorif er biye fixed, meye Malta te nurse, 3 bochor dhore ache. Joutuk niye kono kotha hobe na, ami age thekei bole disi")
N("worker_content", "bn-Latn", "Bhai Malta te 2 bochor hoye gelo, company bhalo, salary time moto dey, passport amar kache. Next year family visa apply korbo inshallah. Notun number +356 7921 4408 save kore rakho", [("phone", "+35679214408")])
N("worker_content", "bn-Latn", "Ami Kazan e ekta car parts factory te, asol factory, shift 8 ghonta. Bhoy er kichu nai ammu, sob kagoj thik ache, embassy te registration o korsi")
N("joke", "bn-Latn", "Amar boss bole overtime korle salary barbe. Ami bolchi boss amar life e overtime chole 24/7, salary ta kothay 😂")
N("joke", "bn-Latn", "Tui Romania jabi? Tui to Mirpur theke Gulshan jete hariye jas 😂 age Google map shikh")
N("chatter", "bn-Latn", "Apa, Malta case er family ta aaj 11 tay ashbe, oder kache broker er FB post er screenshot ache. Ami note nibo, family r number 01556-203947", [("phone", "+8801556203947")])
N("chatter", "bn-Latn", "Ajke Nayeem bhai bollo Serbia ferot returnee der niye documentary korte chay. Ami bollam age consent form, chehara blur, nam change")
N("chatter", "bn-Latn", "Dosto ajke khela dekhbi? Bangladesh vs India, 7 tay shuru", hard=False)
N("chatter", "bn-Latn", "Apa ami 10 min late, Mohakhali flyover e jam e atke gesi", hard=False)
N("chatter", "bn-Latn", "Kal amar birthday, cake kinte hobe 😅 kon dokan bhalo?", hard=False)
N("chatter", "bn-Latn", "Wifi password ta abar change hoise? Amar laptop e kaj korche na", hard=False)

# ---- en (16 hard + 4 everyday)
N("news", "en", "Police arrest two brokers in Narsingdi accused of sending 30 youths to Serbia on fake work permits; families say they paid up to Tk 12 lakh each.")
N("news", "en", "Nepal, India and Sri Lanka have warned citizens after reports that South Asian men recruited for 'helper' jobs in Russia were sent to the front. Bangladesh's foreign ministry said it is verifying a small number of cases.")
N("news", "en", "Court in Belgrade convicts Serbian employer for withholding wages of 20 foreign workers, including Bangladeshis; workers to receive compensation.")
N("awareness", "en", "Reminder from our team: a genuine Romanian work permit (aviz de munca) is issued by IGI to the employer, not to an agent. Never pay cash to a broker who says he can 'arrange' it.")
N("awareness", "en", "Checklist before you pay any agent: 1) licence number on https://www.bmet.gov.bd 2) written contract in Bangla 3) receipt for every taka 4) passport stays with YOU. Share in your village group.", [("url", "https://www.bmet.gov.bd")])
N("official", "en", "Embassy of Bangladesh, Bucharest: Bangladeshi nationals holding Romanian work permits are requested to update their contact details with the Embassy. Employers are not entitled to retain workers' passports. Email: mission.bucharest@mofa.gov.bd", [("email", "mission.bucharest@mofa.gov.bd")])
N("official", "en", "BMET notice: emigration clearance (smart card) for Croatia will be issued only after the Mission verifies the employment contract. Pay only the government fee at the designated bank booth. Verify agencies at www.bmet.gov.bd/recruiting-agencies", [("url", "www.bmet.gov.bd/recruiting-agencies")])
N("receipt", "en", "You have received Tk 18,500 from 01742-903165 (remittance, Malta). TrxID CJ81NV5T0Z. Balance Tk 19,112.00", [("phone", "+8801742903165"), ("mfs_transaction", "CJ81NV5T0Z")])
N("family", "en", "Bhaiya please check this agency, they offer Romania welder job through BMET, fee written 1.5 lakh with receipt. Page is facebook.com/RomaniaJobsBD.official. I dont want what happened to Mamun", [("url", "facebook.com/RomaniaJobsBD.official")])
N("family", "en", "Mom sent the 40k file fee to the licensed agency, they gave a proper money receipt with their RL number. Visa interview at the Malta consulate in Delhi next month.")
N("worker_content", "en", "Alhamdulillah reached Zagreb safe. Company guy picked us at airport, gave SIM and room keys. Contract same as we signed in Dhaka. Start Monday.")
N("joke", "en", "my mom thinks every Romania work permit is fake and every Malta job is a trap. she also thinks my Bumble match is a trafficker. she might be right about one of those 😂")
N("joke", "en", "Our office printer has been in forced labour since 2016. No wages, no day off, jammed daily. Someone call the ILO")
N("chatter", "en", "Can someone share the Croatia case spreadsheet again? I think I overwrote column F (debt amounts). Sorry!!")
N("chatter", "en", "Reminder: donor report on the Russia-front cases is due Thursday. Anonymise everything, no passport numbers in annexes please.")
N("chatter", "en", "Has anyone got the IOM contact for the Belgrade shelter? The old email bounced. They can write to research.desk@probashiadhikar.org", [("email", "research.desk@probashiadhikar.org")])
N("chatter", "en", "Running late, traffic at Banani. Start without me.", hard=False)
N("chatter", "en", "Did anyone take my blue umbrella from the meeting room?", hard=False)
N("chatter", "en", "Happy birthday Tania apu!! Cake in the kitchen at 4 🎂", hard=False)
N("chatter", "en", "Can we move tomorrow's call to 5pm? Dentist at 3.", hard=False)


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
    random.Random(156).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev156-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
