#!/usr/bin/env python3
"""Blind dev set dev69: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an investigator of forced begging and visit-visa schemes (children and disabled adults
rented out to beg in Dhaka, Chattogram and on trains; people sent to Saudi Arabia on Umrah and visit visas to beg
or work illegally; madrasa boys sent abroad; line sardars who collect the day's take); Dhaka street slang,
old-Dhaka Bengali, Arabic loanwords. Run from the repository root.
Held out from round 12 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev69.jsonl"
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


BTC1 = btc("dev69-btc-1")
TRON1 = tron("dev69-tron-1")
ETH1 = eth("dev69-eth-1")

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
RD, FD, PAY, ISO = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LAB, THR, SX, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8)
F(RD, "bn", "ভাই ওমরাহ ভিসা ১৫ দিনে রেডি, ১ লাখ ৬০ সব মিলায়া। ওমরা কইরা ওইখানেই থাইকা যাইবেন, মক্কায় আমাগো লোক আছে কাম ধরাইয়া দিবো। দিনে ১৫০-২০০ রিয়াল কামাই কোনো ব্যাপার না। ইকামা লাগে না, হাজার হাজার বাঙালি এমনেই আছে মাশাআল্লাহ। বিস্তারিত ইমোতে: ০১৮১৯-৪৪৩২৭১",
  [("phone", "+8801819443271")])
F(RD, "bn", "আপা আমারে কইছিল গাজীপুরে গার্মেন্টসে হেলপার, মাসে ৯ হাজার, থাকা ফ্রি। আইনা দেখি এয়ারপোর্ট ইস্টিশনে বসাইয়া দিছে, কোলে আরেকজনের বাচ্চা দিয়া কয় কান্দনের ভান করবি। আমি তো ভিক্ষা করতে ঢাকা আসি নাই 😢")
F(RD, "bn", "🔥🔥দুবাই ভিজিট ভিসায় সরাসরি কাজ🔥🔥 ক্লিনার/সেলসম্যান/ডেলিভারি বয়। মেডিকেল লাগবে না, বিএমইটি কার্ড লাগবে না, এয়ারপোর্টে আমাদের লোক পার করে দিবে। জয়েন করার পর ভিসা চেঞ্জ করে দেয়া হবে। সিট সীমিত!! হোয়াটসঅ্যাপ করুন wa.me/8801923557810",
  [("whatsapp", "+8801923557810")])
F(RD, "bn-Latn", "bhai ei fri visa ta niye nen, kafil shudhu kagoje, kono company nai. jeye nijer moto kaj khujben, Batha te sob bangali, 1800-2000 riyal easy. 4 lakh 20 hajar all total, iqama kafil kore dibe insha allah. kal er moddhe janan, visa sesh hoye jacche")
F(RD, "bn-Latn", "[voice 1:12] assalamualaikum bhai.. ami to bhabsilam hotel er kaj, apni bolsilen room service. ekhane ashar por dekhi Jeddah er signal e bosay pani ar tissue bechte dey.. asole eta tissue na bhai, manush doya kore taka dey.. eta to vikkha.. ami ki ei jonno jomi bechlam")
F(RD, "bn-Latn", "Apnar paa er operation Dhaka Medical e korabo, kono khoroch nai, thaka khawa amader. shudhu 2-3 mash amader shathe thakben, choto ekta kaj korben shohore. maa ke bolen chinta na korte. ami kal Sirajganj ashtesi, ready thaken, kagoj kisu lagbe na")
F(RD, "en", "Umrah + work package 1.35 lakh all inclusive. after umrah u stay back, our brother in Makkah will set u up, no iqama needed nobody checks. many bangali brothers earning 4-5k riyal a month this way. knock telegram @makkah_kaj_bd",
  [("telegram", "@makkah_kaj_bd")])
F(RD, "en", "They told us cleaning job at Masjid Nabawi, 1500 riyal salary and company card. 3 weeks now, no company no card. Every morning the driver drops us at Bab as-Salam and says sit near the gate with your hand out, evening he takes everything")

# fees_and_debt (8)
F(FD, "bn", "হুইলচেয়ারের ভাড়া ১০০, জায়গার ৮০, লাইনম্যান আর পুলিশের খরচা ৭০ — রোজ ২৫০ জমা দিবি মাগরিবের আগে। তিন দিন বাকি পড়ছে, ৭৫০ টাকা তোর নামে খাতায় উঠছে। শোধ না হওয়া পর্যন্ত গুলিস্তানের জায়গা ছাড়তে পারবি না")
F(FD, "bn", "ভিসা আর টিকিটে তোর পিছে ২ লাখ ৮০ হাজার খরচ হইছে, ওইটা আমার ধার। মক্কায় গিয়া মাসে ১৫০০ রিয়াল কইরা পাঠাইবি যতদিন না শোধ হয়। স্ট্যাম্পে লেখা থাকবো, তোর আব্বায় সই দিবো")
F(FD, "bn", "মা এনজিও থেইকা কিস্তি নিয়া দালালরে সাড়ে তিন লাখ দিছে। এহন রিয়াদে আইসা কয় আরো ৮০ হাজার লাগবো কাম আর ইকামার লাইগা, না দিলে রুমে বসায়া রাখবো। সপ্তাহে ১১০০ টাকা কিস্তি দিতে মায়ের জান যাইতাছে")
F(FD, "bn-Latn", "Tor baper nam e amar khatay 40 hajar lekha, tor bhai er hospital er taka. tui line e bosbi, je taka uthbe tar theke din e 150 rakhbo shodh er jonno. shodh na hoile Eid e bari jawa nai, ei kotha clear")
F(FD, "bn-Latn", "passport ferot chaile 60 hajar pathao ei bkash e 01611-782934, personal. taka na ashle passport Jeddah tei thakbe ar tumi tarhil e jaba, ami kisu korte parbo na",
  [("phone", "+8801611782934")])
F(FD, "bn-Latn", "Kamalapur er 3 no platform e bosar jonno Hashem sardar re agrim 5000 dite hoy, oita dhar hishebe dhore, protidin 200 kore kate. 2 mash bose o shesh hoy na, protibar kisu na kisu notun hishab dhukay")
F(FD, "en", "Bro visit visa cost was 3.2 lakh, u paid only 1.5. Rest u clear from work there, 700 riyal every month till done, I keep ur passport as guarantee. first installment send to bkash 01712-650843 before flight",
  [("phone", "+8801712650843")])
F(FD, "en", "every week they cut 250 riyal for the room, 100 for 'file', 50 for the car to the haram. they say I owe 9,400 riyal now. I never signed anything and I make maybe 600 a week on a good week")

# payments_and_proceeds (7)
F(PAY, "bn", "আজকের হিসাব:\nকমলাপুর ৪ জন — ৩২৪০\nসদরঘাট ২ জন — ১৮৫০\nট্রেনের পোলা ২ — ১১২০\nমোট ৬২১০। লাইনম্যানের ১০% কাইটা বাকি মহাজনের বিকাশে ০১৭৩১-২০৯৮৪৫ এ সেন্ড মানি করছি",
  [("phone", "+8801731209845")])
F(PAY, "bn", "হারামের সামনের এক মাসের কালেকশন সাড়ে এগারো লাখ টাকার মতো হইছে। রিয়ালগুলা আবু বকর ভাইয়ের দোকানে দিছি, হুন্ডিতে যাইবো। দেশে চাইরটা নাম্বারে ভাগ কইরা দিবো যাতে এক নাম্বারে বেশি না ঢুকে")
F(PAY, "bn", "চট্টগ্রাম লাইনের পোলাপানের সপ্তাহের টাকা পাঠাইলাম। নগদ TxnID: 7HQ3K92M, ৮৪০০ টাকা। সর্দারের ভাগ রাইখা দিছি, বাকিটা মহাজনরে বুঝায়া দিয়েন",
  [("mfs_transaction", "7HQ3K92M")])
F(PAY, "bn-Latn", "Rafiq er dui pola shonibar robibar Biman Bondor station e tulse 4600. Nagad e pathalam, TxnID 8KX41ZQ2. Jummah er din Baitul Mukarram e bosaile aro beshi uthto, next week oikhane bosabo",
  [("mfs_transaction", "8KX41ZQ2")])
F(PAY, "bn-Latn", "Ramadan e 3 jon ke Haram er gate e bosaisi, din e 400-500 riyal kore ashe. riyal gula bank e dibi na, ekdom na. Salam bhai hundi te pathabe rate bhalo, baki hisab Eid er por")
F(PAY, "en", f"from this week send the collection in USDT TRC20 to {TRON1}, no more bkash. Gulistan bkash agent got called by CID, dont want questions",
  [("tron_address", TRON1)])
F(PAY, "en", "You have received Tk 8,750.00 from 01819-337204. Fee Tk 0.00. Balance Tk 41,230.50. TrxID BKD7Q2LM9X at 29/11/2026 21:40\n\nthis is GEC + station weekly take. boss 70%, line boys split the rest 3 way. dont tell them the total",
  [("phone", "+8801819337204"), ("mfs_transaction", "BKD7Q2LM9X")])

# isolation_and_control (7)
F(ISO, "bn", "বাচ্চা দুইটারে রাইতে কামরাঙ্গীরচরের ঘরে তালা মাইরা রাখবা। মার লগে দেখা করাইবা না, দেখলেই কান্দে আর কামে মন বসে না। সকালে রিকশায় তুইলা গুলিস্তান নামায়া দিবা")
F(ISO, "bn", "পাসপোর্ট কফিলের কাছে, ফোনটাও নিয়া গেছে। শুক্রবারে একবার ইমোতে দুই মিনিট কথা কইতে দেয়, তাও পাশে খাড়ায়া থাকে। আম্মারে কিছু কইতে পারি না, খালি কই ভালো আছি")
F(ISO, "bn-Latn", "keu jiggesh korle bolbi ami tor mama, gram theke chikitsha korate anse. police dhorle nijer nam thikana bolbi na, amar number to kono vabei na. bujhcos?")
F(ISO, "bn-Latn", "Aziziyah er ek flat e 14 jon amra. din e bahire jaite dey na, shudhu fajr er por microbus e tule Haram er gate e namay, maghrib er por abar tule ane. amra kothay asi bari te keu jane na")
F(ISO, "bn-Latn", "Rina re station er NGO apa gular sathe kotha bolte dibi na. oi apa ashle take 7 no platform e shoray de, phone ta tor kache rakhbi, rate o ferot dibi na")
F(ISO, "en", "new boys from Noakhali stay at the Mirpur dera. nobody goes out alone, not even to the mosque. their NID cards stay in my drawer. the tall one (NID 4612837590) asked about the bus to Feni, keep an eye",
  [("bd_nid", "4612837590")])
F(ISO, "en", "told the old lady she cant call her son in Bogura anymore, he was asking too many questions. changed her sim. if he comes to Sadarghat looking for her, she's not here, understood?")

# labour_exploitation (8)
F(LAB, "bn", "ভোর ৫টায় তুইলা নেয়, রাইত ১১টা পর্যন্ত ট্রেনের বগিতে বগিতে হাত পাতি। সন্ধ্যায় এক প্লেট ভাত দেয়, আর কিছু না। যা পাই সব সর্দার নিয়া যায়, আমার হাতে দেয় ৩০ টাকা")
F(LAB, "bn", "তিন মাস আল কাসিমে খেজুরের বাগানে খাটাইছে, এক রিয়ালও দেয় নাই। কয় ইকামা হইলে একলগে দিবো। ইকামাও হয় না, বেতনও আসে না। ভিজিট ভিসার মেয়াদ তো কবেই শেষ")
F(LAB, "bn", "লুলা মাইয়াটারে দুপুর পর্যন্ত রোদে বসায়া রাখবা, ছায়ায় নিবা না। পায়ের ব্যান্ডেজ খুলবা না, রক্ত না দেখলে মাইনষে পয়সা দেয় না। পানি কম খাওয়াইবা যাতে বারবার বাথরুমে না যায়")
F(LAB, "bn-Latn", "Kamrul re Chattogram New Market er samne bosaisi. 3 din kisu khaite dei nai jate chehara shukna dekhay, taka beshi uthe. kal ek packet biscuit dimu")
F(LAB, "bn-Latn", "Ramadan er shesh 10 din e rate o bosay rakhse, 20 ghonta, ghum nai. Eid er din o chhuti dilo na, bolse ajke to shobcheye beshi uthbe, ghumaile Eid er por ghumais")
F(LAB, "en", "They pick us from Kamalapur at 4am, Mohanagar to Bhairab and back, begging coach to coach all day, back at 1am. no off day not even friday. from 1500 we bring we get 50 and one meal")
F(LAB, "en", "cleaning a Riyadh villa on visit visa, 7 months no salary. madam says salary after visa change, which never happens. 6am to midnight, I sleep in the kitchen store room")
F(LAB, "en", "the blind uncle from Kurigram has had fever 4 days, sardar still sends him to the Farmgate overbridge every morning, says sick looks better for business")

# threats_and_coercion (8)
F(THR, "bn", "ভাগার চেষ্টা করলে আরেকটা ঠ্যাংও ভাইঙ্গা দিমু, তখন বরং টাকা বেশি উঠবো। আগের জনেরটা মনে আছে তো?")
F(THR, "bn", "কফিল হুরুব দিয়া দিছে। এখন কয় ২০০০ রিয়াল না দিলে শুরতার হাতে তুইলা দিবো, তারহিলে পইচা মরবা, জিন্দেগিতে আর সৌদি ঢুকতে পারবা না")
F(THR, "bn", "আবে হালায় কস কি! টাকা লুকাইছস? কাইলকা থেইকা তোর বইনরেও লাইনে বসামু, দেখি কেমনে ভাগস। চুপচাপ জমা দে, বেশি কথা কইলে খবর আছে")
F(THR, "bn-Latn", "tor maa ke gram theke tule ante amar 2 ghonta lage, buzhli? Shirajganj er bari chini. kal theke line e thakbi, kono natok na")
F(THR, "bn-Latn", "police e dhorle bolbi nije nije ashchos vikkha korte. amar nam nile tor bon ke Chittagong er boarding e bechhe dimu, mone rakhish")
F(THR, "bn-Latn", "Sumon re kal rate belt diye pitaise, shirt er bhitore 200 taka lukaisilo. sobai ke line e dar koraye dekhaise. ekhon keu ar ek taka o lukay na")
F(THR, "en", "If you go to the embassy I will tell police you are umrah overstay beggar. They put you in jail then deport with blacklist, finished. Think about your kids before you do anything stupid")
F(THR, "en", "he said he sold Hasan to the Chattogram line for 20k because he kept running. said the next one who runs goes to the India border, not coming back")

# sexual_exploitation (7)
F(SX, "bn", "দিনে ইস্টিশনে থালা নিয়া বসে মাইয়াটা, রাইতে সর্দার ওরে পিছনের হোটেলে লোকের লগে পাঠায়। কয় এইটাও লাইনের কাম, না গেলে খাওন বন্ধ")
F(SX, "bn", "দুবাই ভিজিট ভিসায় পার্লারের কাজ কইয়া নিছিল আমার ভাতিজিরে। এখন দেইরার একটা ফ্ল্যাটে আটকাইয়া রাখছে, রাইতে কাস্টমার আনে, পাসপোর্ট নাই। ফোন দিলে ফিসফিস কইরা কয় আমারে নিয়া যাও")
F(SX, "bn", "হোটেল সাবা (বোর্ডিং), স্টেশন রোড। নতুন মাল আসছে নোয়াখালী থেকে, একদম ফ্রেশ 🌹 ঘন্টা ১৫০০, রাত ৫০০০। ম্যানেজার ছাড়া কারো সাথে কথা না। ০১৫৫৬-৮১২৪৭৩",
  [("phone", "+8801556812473")])
F(SX, "bn-Latn", "Umrah visa te gese amar bhabi, ekhon bole Jeddah te ek barite rakhse, rate lok er kache pathay. passport nai, phone o luke luke dey. bhai ke bolle bole chup thak, taka to ashtese")
F(SX, "bn-Latn", "Sardar bolse jara shondhar moddhe 500 tulte parbe na tara rate Fakirapool er hotel e 'mehman' er kache jabe. Shapla 2 bar gese already, kichu bole na, shudhu kande")
F(SX, "en", "🌹 fresh Bangali girls new in Deira, decent & real pics 💯 booking only with manager, no direct contact with girls. wa.me/971502847163",
  [("whatsapp", "+971502847163")])
F(SX, "en", "The girl from the station group, they moved her to a Cox's Bazar hotel. Sardar takes the customer money, she gets food and nothing else. She told the tea boy she wants to go home but they keep her papers")

# minors (7)
F(MN, "bn", "দুই বছরের বাচ্চা দিনে ২৫০ টাকা ভাড়া, দুধের খরচ আলাদা। দুপুরে ঘুমের সিরাপ খাওয়াইয়া রাখবা যাতে কোলে চুপচাপ থাকে, কান্দাকাটি করলে পাবলিক সন্দেহ করে")
F(MN, "bn", "হুজুর কইছিল মদিনার হিফজখানায় পড়াইবো, থাকা খাওয়া ফ্রি। আমার পোলার বয়স ১১। এখন শুনি ওরে মসজিদের গেটে খাড়া করায়া রাখে, পাসপোর্ট হুজুরের কাছে। পাসপোর্ট নং: EB0456123",
  [("bd_passport", "EB0456123")])
F(MN, "bn-Latn", "12-13 bochorer 4 ta pola lagbe Eid er age, Chattogram theke Turna te uthbe, train e kaj. ma baap ke 3000 kore agrim dibo, Eid er por ferot, school er jhamela nai")
F(MN, "bn-Latn", "choto meyeta kande, ghumay na. line e dewar age chokhe ektu chun lagay dis jate laal thake, manush doya kore beshi dey. boyosh 6, keu kisu bolbe na")
F(MN, "en", "Need 3 boys age 10-14 for the Umrah group with 'uncle', 2 months stay in Makkah for collection. passport age we fix. families get 40k each when they come back")
F(MN, "en", "Baby needed Friday for Baitul Mukarram jummah. 6-8 month best, less crying. rate 400 + milk. return by asr. call 01978-224519",
  [("phone", "+8801978224519")])
F(MN, "en", "the madrasa in Jatrabari sends small boys to Malaysia 'for chanda', 9-12 years old, they go mosque to mosque collecting donation, the hujur keeps the passports and all the ringgit")

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn", "কমলাপুর রেলস্টেশন এলাকা থেকে শিশুদের ভাড়ায় এনে ভিক্ষাবৃত্তি করানো চক্রের তিন সদস্যকে আটক করেছে র‍্যাব-৩। এ সময় ৪ থেকে ১১ বছর বয়সী ৭ শিশুকে উদ্ধার করা হয়। র‍্যাব জানায়, চক্রটি প্রতিটি শিশুর জন্য অভিভাবকদের দৈনিক ২০০-৩০০ টাকা দিত।")
N("news", "en", "Saudi Arabia deported 1,240 Bangladeshis in November, many of whom had entered on Umrah or visit visas and overstayed, the Expatriates' Welfare Ministry said. Officials urged jobseekers to go only through BMET-registered agencies.")
N("news", "bn", "ওমরাহ ভিসায় গিয়ে ভিক্ষাবৃত্তিতে জড়িয়ে পড়ার ঘটনায় সৌদি কর্তৃপক্ষের উদ্বেগের পর ধর্ম মন্ত্রণালয় ওমরাহ এজেন্সিগুলোকে প্রত্যেক যাত্রীর দেশে ফেরা নিশ্চিত করার নির্দেশ দিয়েছে। ব্যত্যয় হলে লাইসেন্স বাতিল করা হবে।")
N("news", "bn-Latn", "BREAKING: Chattogram railway station theke 45 jon vikkhuk ke shorkari ashroy kendro te pathano hoise, Somaj Seba odhidoptor janay tader moddhe 12 jon protibondhi. ekjon 'sardar' ke jiggashabad cholche.")
N("news", "en", "Police in Chattogram arrested a man accused of renting out children to beg on intercity trains. He denied the charge, saying the children were his nephews travelling to Dhaka. The case is under investigation.")
N("news", "bn", "মাদ্রাসা ছাত্রদের মালয়েশিয়ায় পাঠানোর নামে প্রতারণা মামলায় যাত্রাবাড়ীর এক মুহতামিমকে জামিন দিয়েছেন আদালত। বাদীপক্ষের আইনজীবী জানান, আট শিশুর পাসপোর্ট এখনও উদ্ধার হয়নি।")
N("news", "en", "DNCC has again declared Gulshan, Banani and Baridhara 'beggar-free zones'. The Social Welfare Ministry said 2,300 people have registered for its rehabilitation allowance so far.")

# awareness (7)
N("awareness", "bn", "⚠️সবাই শেয়ার করুন⚠️ ওমরাহ ভিসা বা ভিজিট ভিসায় সৌদিতে কাজ করা সম্পূর্ণ অবৈধ। কেউ যদি বলে 'ওমরাহ করে থেকে যাবেন, কাজ পাবেন' — সে দালাল, প্রতারক। ধরা পড়লে জেল, জরিমানা আর আজীবন নিষেধাজ্ঞা। শুধু বিএমইটি নিবন্ধিত এজেন্সির মাধ্যমে যান।")
N("awareness", "bn-Latn", "Bhai ra share koren: station e jodi dekhen kono baccha shob somoy ghumay thake ar ekjon boro manush take kole niye vikkha kortese, kichu na bole nearest GRP thana ke janan. hoyto baccha ta tar na.")
N("awareness", "en", "Drop-in centre for street children at Kamalapur, open every Tuesday & Friday 10am-4pm: bath, meal, first aid, and help to contact family. No questions asked. Volunteers call Sharmin apa 01713-048265",
  [("phone", "+8801713048265")])
N("awareness", "bn", "জুমার পর ইমাম সাহেবের ঘোষণা: মসজিদের গেটে যারা বাচ্চা কোলে নিয়া বসে তাদের অনেকের বাচ্চা ভাড়া করা। দয়া কইরা হাতে টাকা না দিয়া মসজিদের লিল্লাহ ফান্ডে দান করেন, আমরা যাচাই কইরা অসহায়দের দিমু ইনশাআল্লাহ।")
N("awareness", "en", "WARNING: Facebook pages selling 'Umrah + job' packages are scams. A visit or Umrah visa does NOT allow work in KSA. Check the agency's Hajj licence on the Religious Affairs portal before paying any advance.")
N("awareness", "bn-Latn", "Amader elakar bhaider jonno: Malaysia ba Saudi te madrasa e porar kotha bole keu baccha nite chaile age madrasa board ar thana te khoj niben. bacchar passport kokhono hujur er hate diben na.")
N("awareness", "bn-Latn", "[miking] ekti jaruri ghoshona.. bidesh e kaj er kotha bole keu taka chaile, free visa, umrah visa te kaj, egula shob protarona. union parishad e probashi help desk ache, shukrobar chara protidin khola. dalal er khoppor e porben na")

# official (6)
N("official", "en", "M/s Al-Noor Hajj & Umrah Services (Hajj Licence No. 1123, Govt. approved). Umrah package Feb 2027: Tk 1,45,000 incl. visa, return air ticket, hotel 400m from Haram, ziyarah. Return ticket mandatory as per Ministry circular. Hotline 01713-556620, email alnoor.umrah@gmail.com",
  [("phone", "+8801713556620"), ("email", "alnoor.umrah@gmail.com")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: সৌদি আরবে গৃহকর্মী পদে নারী কর্মী নিয়োগে সরকার নির্ধারিত অভিবাসন ব্যয়ের বাইরে কোনো অর্থ দিতে হবে না। দালাল বা অনিবন্ধিত সাব-এজেন্টকে টাকা দেবেন না। বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া বিমানবন্দর ইমিগ্রেশন পার হওয়া যাবে না।")
N("official", "en", "Embassy of Bangladesh, Riyadh: Bangladeshi nationals whose Umrah or visit visa has expired may apply for an out-pass at the Labour Wing. Bring passport copy or NID. Labour Wing WhatsApp +966 55 031 7742 (messages only).",
  [("phone", "+966550317742")])
N("official", "bn", "মেসার্স সাফা ওভারসিজ (আরএল-১৪৫৬)। সৌদি আরবে হাসপাতাল ক্লিনার পদে ৫০ জন পুরুষ কর্মী। বেতন ১২০০ রিয়াল, খাবার ও থাকা কোম্পানির, ইকামা কোম্পানি দিবে। বিএমইটির মাধ্যমে রেজিস্ট্রেশন ও ফিঙ্গারপ্রিন্ট। অফিসে কোনো অগ্রিম টাকা নেওয়া হয় না। যোগাযোগ: ০১৭১১-৩৪৯০৮৬",
  [("phone", "+8801711349086")])
N("official", "en", "Department of Social Services: persons with disability registered under the beggar rehabilitation programme will receive Tk 850 monthly allowance through Nagad from January. Bring your NID and disability ID card to the Upazila office.")
N("official", "en", "Dear applicant, your e-Passport (No. A07123456) is ready for delivery at RPO Agargaon. Please collect in person with the delivery slip. -DIP",
  [("bd_passport", "A07123456")])

# receipt (6)
N("receipt", "en", "You have received Tk 3,000.00 from 01711-482093. Fee Tk 0.00. Balance Tk 3,412.75. TrxID CJK82MPQ4T at 02/12/2026 19:05",
  [("phone", "+8801711482093"), ("mfs_transaction", "CJK82MPQ4T")])
N("receipt", "en", "Money Received. Amount: Tk 15000.00 Sender: 01914562318 Ref: ammar oshud TxnID: 72HKQ3PZ Balance: Tk 15230.00",
  [("phone", "+8801914562318"), ("mfs_transaction", "72HKQ3PZ")])
N("receipt", "en", "Dear Customer, BDT 52,340.00 foreign remittance from AL RAJHI BANK KSA (Sender: MD JASIM UDDIN) has been credited to your A/C ****4512 on 03-Dec-2026. Govt incentive 2.5% will be added. -IBBL")
N("receipt", "bn", "মানি রিসিপ্ট নং ২২৩১ — আল নূর হজ্জ অ্যান্ড ওমরাহ সার্ভিসেস। মোঃ হারুন অর রশিদ এর নিকট থেকে ওমরাহ প্যাকেজের অগ্রিম বাবদ ৫০,০০০ টাকা গ্রহণ করা হলো। পাসপোর্ট নং BX0734512। বাকি টাকা ভিসা হওয়ার পর পরিশোধযোগ্য।",
  [("bd_passport", "BX0734512")])
N("receipt", "bn", "বিকাশ: আপনি ০১৮৪৫-৬৬২০১৩ নম্বরে ৫০০ টাকা সেন্ড মানি করেছেন। চার্জ ৫ টাকা। ব্যালেন্স ১২৩৪.৫০ টাকা। TrxID DFR6K2MWQ1",
  [("phone", "+8801845662013"), ("mfs_transaction", "DFR6K2MWQ1")])
N("receipt", "en", "Cash In Tk2,000.00 to A/C: ***8907 successful. Fee Tk0.00. Balance Tk2,150.00. TxnId: 4839201756. Thank you for using Rocket.",
  [("mfs_transaction", "4839201756")])

# family (7)
N("family", "bn", "ভাইয়া আব্বা-আম্মার ওমরাহর ফাইল এজেন্সিতে জমা দিছি। আব্বার পাসপোর্ট নং EF0923817, আম্মারটা নবায়ন লাগবো, মেয়াদ ৬ মাসের কম। দুইজনের ২ লাখ ৯০, আমি দেড় দিছি, বাকিটা তুমি পাঠাইও",
  [("bd_passport", "EF0923817")])
N("family", "bn-Latn", "Ma, hujur bolse Ramadan e tarabi poraite Sylhet er ek masjid e niye jabe, 20 din, hadiya dibe 15 hajar. Rashed bhai o jacche. ami jabo? abba ke jiggesh koro")
N("family", "en", "Apu sent 20k on bkash, 8k for Rimi's school fee and the rest for Abba's medicine. TrxID BHL29XQ7MA. tell me when you get it",
  [("mfs_transaction", "BHL29XQ7MA")])
N("family", "bn", "মেয়ের বিয়ার কথা চলতাছে, ছেলে রিয়াদে থাকে ৮ বছর, ইকামা আছে, নিজের দোকান। ভিডিও কলে দেখছি, ভদ্র। কয় বিয়ার পর ২ বছরের মধ্যে ফ্যামিলি ভিসায় নিবো। তোমার দুলাভাই খোঁজ নিতাছে")
N("family", "bn-Latn", "bhai NGO loan ta shodh korte aro 6 mash lagbe, kisti 4500 kore mashe. tension nis na, Dubai theke tor dulabhai protimash pathacche")
N("family", "en", "Chachi asked if Tanvir can stay with us in Dhaka for his coaching, he's 14. He'll share Rafi's room, chachi will send his food money every month. Ammu said ok")
N("family", "bn", "আম্মা, ঈদের আগে বুয়ারে বোনাস দিবেন না? ওর মাইয়াটা এইবার মাদ্রাসায় ভর্তি হইছে, ৫ হাজার দিয়েন আমার পক্ষ থেকে, আমি বিকাশ কইরা দিতাছি")

# worker_content (6)
N("worker_content", "bn-Latn", "Alhamdulillah Makkah er hotel e 2 bochor holo. beton time moto ashe, iqama company nijei renew korse. Ramadan e overtime ache kintu optional, korle extra 600 riyal")
N("worker_content", "en", "Long shift today at the Jeddah warehouse, 11 hrs cause of the Umrah season rush, but OT came in full with the salary. supervisor is Pakistani, strict but fair. friday off as usual")
N("worker_content", "bn", "রমজানে হারাম শরিফে ক্লিনিং ডিউটি খুব কষ্টের, গরম আর ভিড়। তবে বেতন সময়মতো পাই, থাকার জায়গা ভালো, আর নামাজ হারামে পড়তে পারি মাশাআল্লাহ।")
N("worker_content", "bn-Latn", "ei mash e beton 5 din late, boss bolse next week dibe, company r cash flow problem. passport amar kachei thake, iqama o ase, tai tension kom. tobe bari te taka pathate deri hobe")
N("worker_content", "bn", "মহাজনরে দৈনিক জমা ৩৫০, বাকি যা থাকে আমার। আইজ গুলিস্তান-সদরঘাট খ্যাপ মাইরা ১১০০ হইছে, জমা দিয়া ৭৫০ নিয়া বাসায় যাইতাছি। আলহামদুলিল্লাহ")
N("worker_content", "en", "Sold 80 cups of tea on Subarna today, TTE bhai was cooperative. hawker licence renews next month, 300 tk at the railway office. not bad for a Thursday")

# joke (4)
N("joke", "bn-Latn", "boss er attitude dekhe mone hoy ami Kamalapur e vikkha korle beshi income korbo 😂 at least sardar Eid bonus dey")
N("joke", "bn", "বউ কয় ওমরাহ করতে নিয়া যাও। আমি কইলাম বেতনটা আগে পাই, নাইলে হারামের গেটে বসা লাগবো দুইজনেরই 🤣🤣")
N("joke", "en", "my little brother charges me 20 tk 'line fee' to use the wifi after 10pm. sardar in training 😭")
N("joke", "bn-Latn", "Eid salami collection e amar vagne pro level, ek din e 3200 tulse 😂 ami bollam tor sardar ke re, bole ammu")

# chatter (5)
N("chatter", "bn", "কমলাপুর থাইকা সুবর্ণতে উঠলাম, এক পিচ্চি আইসা হাত পাতলো, ১০ টাকা দিলাম আর একটা কেক। বেচারার চোখ দুইটা দেইখা মনটা খারাপ হইয়া গেল")
N("chatter", "en", "Anyone know a reliable Umrah agency in Chattogram? Dad wants to go in Feb. Hajj licence should be valid, no 'visa only' guys pls. DM or mail rakib.ctg92@gmail.com",
  [("email", "rakib.ctg92@gmail.com")])
N("chatter", "bn", "আবে কাইলকা পঞ্চায়েতের সর্দার সাবে বিচারে বইবো, লালবাগের জমির ঝামেলা। হালায় দুই পক্ষই আইবো, তুইও আহিস মাগরিবের পর")
N("chatter", "bn-Latn", "Gulistan e passport size chobi tulte gelam 4 copy 100 taka. passport office e line dekhe matha ghure gelo, dalal ra 3000 chaise fast korar jonno, ami dei nai, nijei korsi")
N("chatter", "en", "Chattogram station at 6am is something else. porters, hawkers, the blind man singing near platform 2 every morning, same song for years. follow @ctg_rail_diaries for more",
  [("instagram", "@ctg_rail_diaries")])

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "aj Nazira bazar e biryani khabo, Haji r ta, tarpor Beauty r lassi. keu jabi?", hard=False)
N("chatter", "en", "Power cut again in Mirpur 10, third time today. anyone else?", hard=False)
N("chatter", "bn", "কাইল সকালে রোদ উঠবো? কাপড়গুলা ধুইতাম", hard=False)
N("family", "bn", "আম্মা, আমি রাইতে আসমু, ভাত রাইখো। বাংলামোটরে জ্যামে আটকাইছি", hard=False)
N("family", "bn-Latn", "Nanu r birthday te cake order dilam, Shumi apu ke bolis 7tay ashte", hard=False)
N("receipt", "en", "Dear customer, your recharge of Tk 149 is successful. Internet 5GB valid for 7 days. Dial *121# for offers.", hard=False)
N("receipt", "bn", "আপনার মোবাইল রিচার্জ ৫০ টাকা সফল হয়েছে। ধন্যবাদ।", hard=False)
N("joke", "en", "Why did the cricket team go to the bank? To get their balance back 😂", hard=False)
N("joke", "bn-Latn", "Bangladesh e 3 ta season: gorom, beshi gorom, ar load shedding 🥵", hard=False)
N("worker_content", "en", "Finished my first week at the bank branch in Motijheel, colleagues are friendly and the canteen khichuri is amazing", hard=False)
N("news", "en", "Bangladesh beat Zimbabwe by 6 wickets in the second ODI at Sylhet; Mehidy took 4 for 29.", hard=False)
N("official", "bn", "ঢাকা ওয়াসা: আগামীকাল সকাল ১০টা থেকে বিকেল ৪টা পর্যন্ত মোহাম্মদপুর এলাকায় পানি সরবরাহ বন্ধ থাকবে।", hard=False)


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
    random.Random(69).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev69-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
