#!/usr/bin/env python3
"""Blind dev set dev63: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: coordinator of a WhatsApp support group of Bangladeshi women domestic workers in
Saudi Arabia, Kuwait and Oman (kafala houses, khadama, madam and baba; Manikganj, Kushtia and Jashore dialect), who
pastes the women's voice-note transcripts, their husbands' messages and the recruiting agencies' replies. Run from the repository root.
Held out from round 11 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev63.jsonl"
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


BTC1 = btc("dev63-btc-1")
TRON1 = tron("dev63-tron-1")
ETH1 = eth("dev63-eth-1")

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
  "[ভয়েস নোট] আপা আমি রুবিনা, সিংগাইর থেকা। দালাল কইছিল রিয়াদের হাসপাতালে ক্লিনারের কাম, ডিউটি ৮ ঘণ্টা, থাকা খাওয়া হাসপাতালে। আইসা দেখি এক বাসায় তুলছে, চাইর তলা বাড়ি, ১১ জন মানুষ। মাডামরে হাসপাতালের কথা কইলাম, হ্যায় হাসে আর কয় তুমি খাদ্দামা, হাসপাতাল কিসের। কাগজে নাকি পরথম থেকাই গৃহকর্মী লেখা আছিল, আমারে তো পড়তেই দেয় নাই")
F("recruitment_deception", "bn-Latn",
  "bhai apnar bou er jonno saudi free visa ache, kafil shudhu iqama korbe kaj dibe na. bou baire jekono jaygay kaj korbe hospital clean, basay, parttime, mashe 1500-2000 riyal kamai sure. iqama nobayon nijer khoroche. kono jhamela nai amar 20 ta mohila oikhane ase. agrim 40 hajar dile visa copy pathai dimu")
F("recruitment_deception", "en",
  "Apa my wife went with the agency in Paltan, contract they showed us in Dhaka was Oman 120 OMR per month, house in Muscat. In the airport the agent took that paper back and gave new one in arabic only. Now she says salary is 70 rial and she is in Sohar not Muscat, 2 families in one house. Agent says all girls same, dont worry")
F("recruitment_deception", "bn-Latn",
  "apa visit visa te jaben, oman e giye 1 maser moddhe company theke work permit kore dibo, kono problem nai. airport e jigesh korle bolben beraite jacchi, bhai er basay. BMET card lagbe na oita pore korbo. ticket amader, apni shudhu passport ta joma diben",
  )
F("recruitment_deception", "bn",
  "আমারে কইছিল জর্ডানের গার্মেন্টস, মেশিন চালাইতে জানলেই হইবো, সাভারে ট্রেনিংও করাইছে। ফ্লাইটের আগের রাতে কয় জর্ডানের ভিসা আটকাইছে, সৌদির ভিসা রেডি, একই বেতন, চিন্তা নাই। এখন আমি দাম্মামে এক বাসায় বাচ্চা রাখি, বেতন ৮০০ রিয়াল, গার্মেন্টসের কোনো খবর নাই 😞")
F("recruitment_deception", "en",
  "URGENT!! 🌸 Dubai Beauty Parlour job for ladies age 20-30, salary 1200 AED + tips, food+room free, no experience need. Go on visit visa 3 month then company will change to work visa inshallah. Full processing 1.5 lakh only. Limited seat. WhatsApp wa.me/8801936472518",
  [("whatsapp", "+8801936472518")])
F("recruitment_deception", "bn-Latn",
  "o bolse kuwait e niye biye korbe, family visa te nibe. asar por dekhi visa ta khadama visa, kafil ekjon arob mohila, ami tar basay kaj kori. o ekhon phone dhore na, imo te block. amar ma 2 ta goru bikri kore taka dichilo ore 😭")
F("recruitment_deception", "bn",
  "আপা আমার জা’রে দালাল কতিছে বিএমইটির কার্ড লাগবে না, এয়ারপোর্টে আমরা সেটিং করে দেবানে। পরে শুনি ভিসাটা নাকি আসল না, কাফিলের নাম অন্য মানুষের। ঢাকার অফিসে গিয়ে দেখে ওই অফিসের লাইসেন্সই নাই। ও এখন রিয়াদের এক হোটেলে বসে আছে তিন দিন, কেউ নিতি আসিনি")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "অফিস কয় তোমার ভিসা আর টিকিটে মাডামের ১৮ হাজার রিয়াল খরচ হইছে, দুই বছর না হইতে দেশে যাইতে চাইলে ওই টাকা তুমি দিবা। আমি কই আমি তো এক টাকাও নেই নাই, দালাল তো কইছিল মাইয়াগো ভিসা ফ্রি। এখন কয় টাকা না দিলে অন্য বাসায় দিবো, ওইখানের বেতন দিয়া শোধ হইবো")
F("fees_and_debt", "bn-Latn",
  "apa amra dalal ke 85 hajar dichi jomi bondhok rekhe. bolse meyeder visa teo khoroch ache, medical training ticket. ekhon bou er prothom 4 mash er beton dalal nijei nibe, madam er sathe naki kotha hoye gese. bou haate kichui pay na, ami kisti dibo kemne")
F("fees_and_debt", "en",
  "madam said she paid 1100 KD to office for me so first 5 month salary she will keep. now 6 month finish and she says office charge more, 2 month more. i dont know how much i owe, she write in her copy only. her number +965 9731 4482 if husband want talk",
  [("phone", "+96597314482")])
F("fees_and_debt", "bn",
  "আসার পর দালালের লোক কতিছে ইকামা করতি আরো ৫০ হাজার টাকা লাগবে, দেশে তোমার স্বামীরে দিতি কও। না দিলি ইকামা হবে না, রাস্তায় ধরলি জেলে যাবা। আমার স্বামী তো আগেই এনজিও থেকে কিস্তি তুলে দিছে, এখন আবার কনে পাবে")
F("fees_and_debt", "bn-Latn",
  "agency bolse 2 bochor er age chole jete chaile 9000 riyal ferot dite hobe, visa khoroch, ticket, maktab fee shob. ami mashe 900 pai, kivabe dibo apa. madam o bolse oi taka na dile exit dibe na")
F("fees_and_debt", "en",
  "Apa see what the sub agent in Kushtia sent my sister after she gave NID 8254316097: 'Saudi house job female visa. medical 9500, finger 3000, BMET 12000, training 6000, office service 45000. total 75,500. half now rest before flight. no receipt will be given'",
  [("bd_nid", "8254316097")])
F("fees_and_debt", "bn",
  "মা অসুস্থ শুইনা মাডামের থেকা ৫০০ রিয়াল নিছিলাম। এখন প্রতি মাসে ৩০০ কইরা কাটে, কয় তুমি আমার কাছে এখনো ২০০০ রিয়াল দেনা। হিসাব চাইলে চিল্লায়। সাত মাস হইলো কাটতাছে, শেষ আর হয় না")
F("fees_and_debt", "bn-Latn",
  "dalal er kach theke 1 lakh dhar niyechilam visar jonno, bolse oman e giye shodh korbi. ekhon protimash e 25 hajar pathai oder bkash e, ar bole ekhono 1 lakh 40 baki, sud shoho. baki na dile ammar name mamla dibe")

# payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn-Latn",
  "apnar bou ke office theke chharate hole 1 lakh 20 hajar lagbe. 01829-447163 ei personal bkash e send money koren, cash out charge shoho. 3 bhage pathaben, ekbare beshi pathaile atke jay. taka gele amra madam ke bole dibo",
  [("phone", "+8801829447163")])
F("payments_and_proceeds", "en",
  "You have sent Tk 40,000.00 to 01716305482. Fee Tk 0.00. Balance Tk 312.50. TrxID BK7QX2M9LA at 14/11/2026 21:06\n^ apa this is 3rd time i paid Kamal dalal. he said last payment then my wife can leave the office in Riyadh. now not picking up",
  [("phone", "+8801716305482"), ("mfs_transaction", "BK7QX2M9LA")])
F("payments_and_proceeds", "en",
  f"Msg from the 'office' in Dubai to our member's husband: bank transfer not possible. send 2500 USDT TRC20 to {TRON1} or ERC20 {ETH1} then we release her passport and book ticket. send screenshot after",
  [("tron_address", TRON1), ("eth_address", ETH1)])
F("payments_and_proceeds", "bn",
  "আমার বেতন মাডাম আমার হাতে দেয় না, দালালের এক লোক প্রতি মাসে আইসা নিয়া যায়। কয় হুন্ডিতে দেশে পাঠায়। আমার জামাই কয় মাসে পায় ৮-১০ হাজার টাকা, আর আমার বেতন তো ১০০০ রিয়াল। বাকি টাকা কই যায় কেউ কয় না")
F("payments_and_proceeds", "bn",
  "অফিসের লোক আমারে এক বাসা থেকা আরেক বাসায় দেয় আর ট্যাকা নেয়। শুনলাম এইবার নতুন কফিল অফিসরে ১৫ হাজার রিয়াল দিছে আমার লাইগা। আমি একটা রিয়ালও পাই নাই, তিন মাসে তিন বাসা")
F("payments_and_proceeds", "bn-Latn",
  "taka 4 bhag kore den: 01954-118276 e 25, 01688-902317 e 25, baki 50 nagad e 01307-554921. reference e kichu likhben na, likhle account off hoye jay. taka na paile apnar mayer exit hobe na",
  [("phone", "+8801954118276"), ("phone", "+8801688902317"), ("phone", "+8801307554921")])
F("payments_and_proceeds", "bn",
  "মাডাম আমার নামে ব্যাংকে একাউন্ট খুলছে, বেতন নাকি ওইখানে যায়। কিন্তু কার্ড আর পিন দালাল ভাইয়ের কাছে, উনি রিয়াদে থাকে। উনি টাকা তুইলা আমার বাড়িতে যা পাঠায় তাই। গত মাসে পাঠাইছে মাত্র ৫ হাজার")

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "[ভয়েস নোট, ফিসফিস কইরা] আপা জোরে কথা কইতে পারুম না। মাডাম আমার মোবাইল নিয়া গেছে আসার দিনই, কয় কামের সময় ফোন চলবো না। এইটা পাশের বাসার ইন্ডিয়ান মাইয়ার ফোন, বাথরুমে আইসা কইতাছি। আমার জামাইরে কইয়েন আমি বাঁইচা আছি")
F("isolation_and_control", "bn-Latn",
  "ora bahire gele main gate e tala mere jay, chabi sathe niye jay. chader dorjao tala. 8 mash hoilo ekbar o rastay nami nai apa, janala diye shudhu gari dekhi")
F("isolation_and_control", "en",
  "baba keep my passport and iqama in his office cupboard. when i ask to go hospital he say no need iqama i will take you, but never take. i am not allowed outside without madam, not even the baqala shop in front")
F("isolation_and_control", "bn",
  "মাডাম কইছে পাশের বাসার বাংলাদেশী মাইয়াগো লগে কথা কইলে বেতন কাটবো। ড্রাইভার ভাই একদিন সালাম দিছিল খালি, ওইদিন আমারে রুমে বন্ধ কইরা রাখছে সারাদিন, পানিও দেয় নাই")
F("isolation_and_control", "bn-Latn",
  "office er ekta rume amra 23 jon mohila. sobar mobile niye nise, kafil ashle dekhe niye jay. ami ei phone ta lukai rakhsi charge 9%. dorja bahir theke bondho, keu ber hote pare na. amar swami ke ei number e bolen +966 53 418 2709",
  [("phone", "+966534182709")])
F("isolation_and_control", "en",
  "Apa she just called, only 2 minutes, madam was standing next to her, speaker on. she said I am fine all good but her voice was crying. then madam took the phone. they allow call only one time in a month, friday")
F("isolation_and_control", "bn-Latn",
  "ami janina kon shohor e achi. raate gari te kore anse, janalay kalo glass. location pathate chaisilam, wifi password bodle dise. madam bole bahirer manush er sathe tomar kono kaj nai")
F("isolation_and_control", "en",
  "47 days no contact with my wife. Imo offline, whatsapp last seen hidden. Agency Dhaka office says she is good, employer dont allow phone in first 3 months, this is the rule. They wont give employer number or address. Is this a rule apa??")

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "আপা ভোর চারটেয় উঠি, রাত দুটো আড়াইটের আগে শুতি পারিনে। শুধু এই বাসা না, মাডামের মা আর বুনির বাসায়ও কাজ করতি নিয়ে যায়, তিন বাড়ির ঘর মোছা কাপড় রান্না। বেতন একটাই। দেড় বছরে একদিনও ছুটি পাইনি")
F("labour_exploitation", "bn-Latn",
  "khabar dey din e ekbar, oder khawar por ja bache. ruti r dal, kokhono sudhu bhaat. rannaghorer mejhe te shui, kombol o nai. 3 mash e 9 kg komsi apa")
F("labour_exploitation", "en",
  "7 months no salary. every month baba say next month, now he says wait until Ramadan. madam say you eat here sleep here what you need money for. my son school fees due in Manikganj 😢")
F("labour_exploitation", "bn",
  "জ্বর নিয়া কাম করতাছি চাইর দিন, মাডাম কয় ঢং করতাছো। ডাক্তারের কাছে নিবো না, প্যারাসিটামল দিছে দুইটা। হাত পা কাঁপে, তাও তিন বেলা রান্না, বাচ্চাগো গোসল। না করলে কয় অফিসে ফেরত দিমু")
F("labour_exploitation", "bn-Latn",
  "contract e 1000 riyal likha, hate dey 600. glass bhangle 100 kate, bacchar khelna harale 50, ekdin ghum theke deri te uthsi 200 katse. kono hisab nai, chaile bole beshi kotha bolo")
F("labour_exploitation", "en",
  "She is hired as house maid but on weekends baba takes her to his farm outside Buraidah to clean goat and camel area and cook for the farm workers. 2 nights no proper sleep then back to house work Sunday. nobody pays extra")
F("labour_exploitation", "bn-Latn",
  "2 bochor er contract sesh hoise 5 mash age. exit dey na, bole notun khadama ashle jaba. ei 5 mash er beton o dey nai, bole jawar somoy shob eksathe dibe")
F("labour_exploitation", "bn",
  "ক্লোরক্স আর কড়া ওষুধ দিয়া খালি হাতে বাথরুম ধুইতে হয়, হাত ফাইটা রক্ত পড়ে। গ্লাভস চাইছিলাম, মাডাম কয় টাকা নাই। রাইতে হাত জ্বলে ঘুমাইতে পারি না, সকালে আবার সেই কাম")

# threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "বাবা কইছে বেশি বাড়াবাড়ি করলে হুরুব দিয়া দিবো, তখন তুমি পলাতক, শুরতা রাস্তায় ধরবো, জেলে পচবা, দেশে আর যাইতে পারবা না। আমি তো খালি কইছিলাম আমার ৬ মাসের বেতনটা দেন")
F("threats_and_coercion", "bn-Latn",
  "madam kal abar marse. iron garam kore haate chepe dhorse karon kapor e daag lagsilo. pithe lathi dey. chobi tulte parsi na, phone dhorle aro marbe")
F("threats_and_coercion", "en",
  "Agency office in Riyadh told her: if you go to embassy or call labour wing, madam will file theft case, say you stole her gold. then 2 years jail and no salary. so stay quiet and work")
F("threats_and_coercion", "bn",
  "কুষ্টিয়ায় আমার বাড়িতে দালালের লোক গেছিল কাল রাতে, তিনজন। শাশুড়িরে কইছে থানার অভিযোগ তুইলা না নিলে পোলাডারে স্কুলে যাওয়ার পথে দেখবো। দালালের নাম্বার ০১৯৮৪-৬২০৩১৭, আমি এদিকে কিছুই করতে পারতাছি না আপা",
  [("phone", "+8801984620317")])
F("threats_and_coercion", "bn-Latn",
  "dalal amar swami ke phone e bolse 'beshi lafale tor bou ke arek kafil er kache bikri kore dimu, tui khujeo paibi na. chup thak, mashe mashe kichu taka pabi'")
F("threats_and_coercion", "en",
  "Baba said if you refuse to go and work in his brother house also, he will cancel your iqama and send you to deportation center with nothing, no salary no ticket. he said you are mine until i say")
F("threats_and_coercion", "en",
  "msg from the sub agent to our member after she did facebook live: delete the video today or your photos without orna that we took in the office will go to your husbands village group. everyone in Jhenaidah will see")

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "মাডামের বড় পোলা রাইতে আমার রুমের দরজায় নক করে, একদিন ঢুইকা গেছিল। মাডামরে কইছি, হ্যায় কয় চুপ থাকো, কাউরে কইলে তোমারে চোর বানামু। এখন দরজার পিছে চেয়ার দিয়া ঘুমাই")
F("sexual_exploitation", "bn-Latn",
  "parlour er kaj bole anse, ekhon ekta flat e rakhse 6 jon meye. raate customer ashe, massage korte hoy, na korle khabar dey na. malik bole ek customer 300 dirham, amader 50 dibe ticket er taka shodh hole")
F("sexual_exploitation", "en",
  "Hotel job Dubai for smart girls 18-25 😍 fair looking, must be friendly with guests, sit with guests in lounge, salary 1.5-2 lakh + bonus. No burqa. Send full body photo to Telegram @dxb_hospitality_bd",
  [("telegram", "@dxb_hospitality_bd")])
F("sexual_exploitation", "bn",
  "অফিসের ম্যানেজার কইছে কাফিল বদলাইতে হইলে এক রাত তার ফ্ল্যাটে থাকতে হইবো, নাইলে আমারে আবার ওই মারধরের বাসায় ফেরত দিবো। দুইদিন সময় দিছে। ওর নাম্বার +968 9214 7730, আমি কি করমু আপা",
  [("phone", "+96892147730")])
F("sexual_exploitation", "en",
  "[screenshot, sent by the agent to our member's husband by mistake] new one from Narsingdi ready, passport BR0638174. send her to Riyadh flat not to house, customers asking Bangladeshi. 400 per night driver will collect",
  [("bd_passport", "BR0638174")])
F("sexual_exploitation", "bn-Latn",
  "baba r bondhura ashe bishudbar raate, madam tokhon bari thake na. amake cha dite bole tarpor room e dake. na korle baba bole tomar beton to ami dei, bhule jeo na")
F("sexual_exploitation", "en",
  "they told me i will go to family but the family is one man alone. he says i must sleep in his room or he returns me to office and office will fine me 5000 riyal. please help me apa")

# minors (7: bn 2, bn-Latn 2, en 3)
F("minors", "bn-Latn",
  "meyer boyos 15 to ki hoise, passport e 25 kore dimu, jonmo nibondhon notun banai dimu, upazila te amar lok ache. saudi te choto meyer chahida beshi, kaj o taratari shikhe. ekhon 10 hajar den")
F("minors", "bn",
  "আমাদের অফিসে একটা মাইয়া আছে চাঁদপুরের, দেখতে ১৩-১৪ বছর, পাসপোর্টে নাকি ২৬। রাইতে মায়ের লাইগা কান্দে। কাল ওরে এক বাসায় দিয়া দিছে বাচ্চা রাখার কামে")
F("minors", "en",
  "Need 30 girls for Jordan garments, age 16-17 also ok, we will do passport with 21. Parents will get 20k advance. Contact +8801745-209831",
  [("phone", "+8801745209831")])
F("minors", "bn",
  "গ্রামের ঘটক আইছিল, ওমানের এক বুড়া লোকের লাইগা বউ খোঁজে। আমার চাচাতো বোনের মাইয়া, ক্লাস সেভেনে পড়ে। কয় কাবিনে বয়স ১৮ লিখবো, মায়েরে ২ লাখ টাকা দিবো, মাইয়া ওমানে গিয়া রানী হইয়া থাকবো")
F("minors", "en",
  "madam says bring your daughter, she is 13 no? she can look after small baby and go to madrasa here. office will make her papers as my sister. apa is it ok? they said no money needed")
F("minors", "bn-Latn",
  "class 8 e pore to ki, Dubai te salon e kaj, shundor chehara dorkar. ma baba ke agrim 50 hajar dibo, meye mashe 40 hajar pathabe. passport amra korbo apnara shudhu sign diben. details insta te @dxb.glow.salon e DM koren",
  [("instagram", "@dxb.glow.salon")])
F("minors", "en",
  "Dalal came to my husband's village in Jashore looking for small girls 10-12 for houses in Dhaka and 'later Saudi'. he pays parents 3000 per month, girl lives with employer, no school. took 2 girls last week")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn",
  "মানিকগঞ্জের ঘিওরে বিদেশে চাকরির প্রলোভন দেখিয়ে টাকা আত্মসাতের অভিযোগে এক দালালকে গ্রেপ্তার করেছে পুলিশ। ভুক্তভোগীদের অভিযোগ, সৌদি আরবে পাঠানোর কথা বলে জনপ্রতি চার লাখ টাকা নেন তিনি। ঘিওর থানার ওসি জানান, এ ঘটনায় মামলা হয়েছে।")
N("news", "en",
  "RIYADH, Nov 30: The Bangladesh Embassy safe home currently shelters 41 female domestic workers awaiting return, the labour wing said. Most had left employers over unpaid wages. Officials said final exit for 18 of them was processed this week and tickets were arranged by the government.")
N("news", "bn-Latn",
  f"khobor fwd: Jashore e RAB-6 er obhijane 3 jon adam bepari atok, tader kach theke 27 ta passport r nokol seal uddhar. RAB bolse ora Libya hoye Italy pathanor kotha bole taka nito, ekta bitcoin wallet o pawa gese {BTC1}",
  [("btc_address", BTC1)])
N("news", "bn",
  "চলতি বছরের অক্টোবর পর্যন্ত ৫৮ হাজার নারী কর্মী বিদেশে গেছেন, যা গত বছরের তুলনায় কম। বিএমইটির তথ্য অনুযায়ী নারী কর্মীদের সবচেয়ে বড় গন্তব্য সৌদি আরব, এরপর জর্ডান ও ওমান।")
N("news", "en",
  "Kuwait announces 3-month amnesty for residency violators: those with expired iqama can leave without fines or regularise status, the Interior Ministry said. The Bangladesh Embassy urged workers without passports to contact the labour wing for travel permits.")
N("news", "bn",
  "কুষ্টিয়ার দৌলতপুরে বাল্যবিবাহ থেকে রক্ষা পেল নবম শ্রেণির এক ছাত্রী। খবর পেয়ে উপজেলা নির্বাহী কর্মকর্তা বিয়ে বন্ধ করেন এবং মেয়ের বাবার কাছ থেকে মুচলেকা নেন। মেয়েটি আবার স্কুলে যাচ্ছে।")

# awareness (7)
N("awareness", "bn",
  "সচেতনতা বার্তা 📢 নারী গৃহকর্মী হিসেবে সৌদি আরবে যেতে কোনো অভিবাসন খরচ লাগে না। কেউ টাকা চাইলে দেবেন না। যাওয়ার আগে বিএমইটিতে নিবন্ধন ও স্মার্ট কার্ড নিশ্চিত করুন, পাসপোর্ট কখনো দালালের হাতে দেবেন না। সাহায্যের জন্য: ০১৭১৩-৪৫৯২০৭ (অভিবাসী সহায়তা কেন্দ্র, মানিকগঞ্জ)",
  [("phone", "+8801713459207")])
N("awareness", "bn-Latn",
  "group er niyom 📌 1) kono dalal ba agency er number ekhane share korben na 2) karo passport ba iqama er chobi public e diben na 3) keu taka chaile age admin ke janaben 4) bipode porle embassy r labour wing e call diben. sobai bhalo thaken 🤲")
N("awareness", "en",
  "Before you fly ✈️ keep photos of your passport, visa and contract on your phone AND with family. Your employer is not allowed to keep your passport. Save your embassy address. If you face problems write to help.desk@migrantsupport.org.bd with your name and employer city.",
  [("email", "help.desk@migrantsupport.org.bd")])
N("awareness", "bn",
  "⚠️ সাবধান! এই নাম্বার থেকে ফোন করে বলে 'আমি রিয়াদ এম্বাসি থেকে বলতেছি, আপনার স্ত্রীর বেতন আটকে আছে, ছাড়াইতে ৫ হাজার টাকা বিকাশ করেন' — এটা প্রতারক। এম্বাসি কখনো বিকাশে টাকা চায় না। নাম্বার: +৮৮০১৯১২-৬৮৩০৪৫ । সবাই শেয়ার করুন",
  [("phone", "+8801912683045")])
N("awareness", "bn-Latn",
  "agami shonibar sokal 10 tay Saturia union parishad e 'nirapod obhibashon' uthan boithok. bidesh jete icchuk mohila ra ar jader bou/meye bidesh e ache tara ashben. ki ki kagoj lage, dalal chinben kivabe, beton na dile kothay obhijog korben shob bolbe")
N("awareness", "en",
  "Forwarded: What is HUROOB? When an employer reports a worker absent, the status becomes huroob. Check your status on Absher or ask the labour wing. A worker can object if it was filed unfairly. Don't pay anyone who says he can 'remove huroob' for money.")
N("awareness", "bn",
  "জুমার বয়ানে ইমাম সাহেব বললেন, মেয়ের বয়স ১৮ না হলে বিয়ে না, আর কম বয়সী মেয়েকে বিদেশে কাজে পাঠানো যাবে না। জন্ম নিবন্ধনে বয়স বাড়িয়ে দেওয়া গুনাহ আর অপরাধ। আমাদের গ্রুপের বোনেরা বাড়িতে জানিয়ে দিবেন।")

# official (7)
N("official", "bn",
  "মেসার্স আল-নূর ওভারসিজ (আরএল-১৮৪৭) 🇸🇦 সৌদি আরবে হাসপাতাল ক্লিনার (মহিলা) নিয়োগ। বেতন ১২০০ রিয়াল, থাকা খাওয়া ও যাতায়াত কোম্পানির। সরকার নির্ধারিত ফি ছাড়া কোনো টাকা নেওয়া হয় না, সব লেনদেন ব্যাংকে রশিদসহ। চাহিদাপত্র ও বিএমইটি অনুমোদন অফিসে দেখুন। যোগাযোগ: ০১৮১৯-২২৭৬৪০",
  [("phone", "+8801819227640")])
N("official", "en",
  "Embassy of Bangladesh, Riyadh – Labour Wing. Female domestic workers facing non-payment of wages may submit complaints in person (Sun–Thu, 9am–2pm) or by email to labour.riyadh@mofa.gov.bd. Please attach a copy of passport and iqama. All services are free of charge.",
  [("email", "labour.riyadh@mofa.gov.bd")])
N("official", "bn-Latn",
  "Assalamualaikum apa, Rupali Overseas (RL-0962) theke bolchi. apnar flight 12 December, Biman Dhaka–Riyadh. BMET smart card ready, kal 11 tay office theke niye jaben, sathe TTC certificate r original passport anben. mohila kormider kono taka lage na, keu chaile amader janaben. office 01711-604928",
  [("phone", "+8801711604928")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুষ্টিয়া: বিদেশগামী নারী কর্মীদের ৩০ দিনের গৃহকর্ম প্রশিক্ষণ আগামী ৫ জানুয়ারি শুরু। ভর্তির জন্য পাসপোর্ট, জাতীয় পরিচয়পত্র ও ২ কপি ছবি আনতে হবে। প্রশিক্ষণ বিনামূল্যে, দুপুরের খাবার দেওয়া হবে।")
N("official", "en",
  "Musaned notice: salaries of domestic workers must be paid electronically through approved wallets or bank accounts registered in the contract. The worker keeps her own card and PIN. Employers who withhold the card are in violation.")
N("official", "bn",
  "প্রবাসী কল্যাণ ব্যাংক: অভিবাসন ঋণ, জামানত ছাড়া সর্বোচ্চ ৩ লাখ টাকা, সরল সুদে। বিদেশগামী কর্মী ভিসা, চাহিদাপত্র ও বিএমইটি ছাড়পত্রের কপি নিয়ে নিকটস্থ শাখায় যোগাযোগ করুন। কিস্তি শুরু বিদেশ যাওয়ার ৩ মাস পর থেকে।")
N("official", "en",
  "Wage Earners' Welfare Board: families of migrant workers who died abroad receive a Tk 3 lakh grant and free transport of the body to the home district. Apply at the district office with death certificate, passport copy and the heir's NID.")

# receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01736518204. Ref salary oct. Fee Tk 0.00. Balance Tk 25,842.17. TrxID CKD4R7WQ2Z at 03/11/2026 18:42",
  [("phone", "+8801736518204"), ("mfs_transaction", "CKD4R7WQ2Z")])
N("receipt", "en",
  "Money Received. Amount: Tk 12000.00 Sender: 01913274856 Ref: ammar oshudh TxnID: 7HD2KQ9P Balance: Tk 12355.40 20/11/2026 10:15",
  [("phone", "+8801913274856"), ("mfs_transaction", "7HD2KQ9P")])
N("receipt", "en",
  "Al Rajhi Bank: Transfer of SAR 950.00 to ROKEYA BEGUM, Agrani Bank Manikganj branch, A/C ***4471 completed. You will receive 2.5% government incentive. Thank you for using Tahweel.")
N("receipt", "bn",
  "আপনি ৳৮,০০০ পেয়েছেন ০১৭৮৯৩৪১৫২৬ থেকে। ফি ৳০। ব্যালেন্স ৳৮,৪১০.৫০। TrxID DJH3M8XK1T সময় ১২/১১/২০২৬ ১৯:০৭",
  [("phone", "+8801789341526"), ("mfs_transaction", "DJH3M8XK1T")])
N("receipt", "bn-Latn",
  "tomar bkash e 15 hajar gelo, TrxID AKQ9F3TW6R. 10 hajar kistir, 5 hajar ammar oshudh. baki ta pore pathabo, madam aj beton dise alhamdulillah",
  [("mfs_transaction", "AKQ9F3TW6R")])
N("receipt", "en",
  "Payment of Tk 5,750.00 to DIP e-Passport Fee successful. Ref: RUBINA AKTER. Fee Tk 0.00. Balance Tk 1,204.00. TrxID EPX2N7L4QB at 21/10/2026 11:33",
  [("mfs_transaction", "EPX2N7L4QB")])

# family (7)
N("family", "bn",
  "মা তোর পাসপোর্টের মেয়াদ নাকি আগামী মার্চে শেষ? মাডামরে কইয়া এম্বাসিতে নবায়ন করাইয়া নিস। তোর বাপে কইছে ইকামার ছবিটা পাঠাইস, ব্যাংকে লাগবো। নাতি ভালো আছে, স্কুলে যায়।")
N("family", "bn-Latn",
  "ei mashe ASA r kisti 6200, ar dokaner baki 3000. tumi beton pele 20 hajar pathaio, beshi kosto koro na. amra bhalo achi, Rimi result bhalo korse 🥰")
N("family", "en",
  "Apa we fixed Ruma's wedding after her HSC exam in June, she will be 19 by then. Boy works in Oman, good family from Jhenaidah. He will take her there after 1 year on family visa. Dua koren 🤲")
N("family", "bn",
  "ভাবি তোমার মাইয়ারে হাইস্কুলে ভর্তি করাইছি, ভর্তি ফি আর বই মিলা ৩২০০ টাকা গেছে। তুমি টাকা পাঠাইলে দিয়া দিমু। ও কয় মায়েরে কইয়ো আমি ক্লাসে ফার্স্ট হমু")
N("family", "bn-Latn",
  "dalal bhai er kache jaio na abar. ami Ami Probashi app e online registration kore disi, fingerprint er date 14 tarikh Manikganj TTC te. form e passport no EB0471936 disi, thik ache na check koro",
  [("bd_passport", "EB0471936")])
N("family", "en",
  "Send me your NID photo again, the bank needs it for the remittance account. I wrote NID: 19887215604321957 is it right? Also passport no A04718263 for the form.",
  [("bd_nid", "19887215604321957"), ("bd_passport", "A04718263")])
N("family", "bn",
  "মাইয়ার বিয়ার লাইগা সমিতি থেইকা ৫০ হাজার টাকা লোন নিছি, মাসে ১২০০ কইরা কিস্তি। জামাই ভালো, মালয়েশিয়া থাকে, কলিং ভিসায় গেছে গত বছর। তুই চিন্তা করিস না।")

# worker_content (7)
N("worker_content", "bn",
  "আলহামদুলিল্লাহ আপা, এই মাডাম অনেক ভালো। আসার দিনই মোবাইলে সিম লাগাইয়া দিছে, শুক্রবার ছুটি, বেতন প্রতি মাসের ১ তারিখে ব্যাংকে। সামনের মাসে ওনাগো লগে উমরায় যামু 🤲")
N("worker_content", "bn-Latn",
  "aj kaj onek beshi chilo apa, eid er mehman 40 jon, rat 1 ta porjonto thala bashon dhuisi 😩 kintu madam pore 500 riyal bonus dise r kal sokale ghumate bolse")
N("worker_content", "en",
  "Contract finished alhamdulillah. Baba gave final exit and ticket, paid all 24 months salary and end of service 2000 riyal. Flight on 15th Riyadh to Dhaka. Madam crying 😅 she says come back after 6 months")
N("worker_content", "bn",
  "আমার পাসপোর্ট আমার কাছেই থাকে, আলমারিতে তালা দিয়া রাখি। ইকামা নবায়ন হইছে গত সপ্তাহে, খরচ বাবাই দিছে। নতুন যারা আসছেন, ইকামার ফটোকপি নিজের কাছে রাইখেন")
N("worker_content", "bn-Latn",
  "madam er baccha ra amake khala dake, chhotota raate amar kache ghumaite chay 😊 beton 1100 riyal, mash sesh e dey. mon kharap hoy shudhu deshe meyer jonno")
N("worker_content", "en",
  "Back pain since last week from lifting the old grandmother. Madam took me to the clinic, doctor gave injection and 3 days rest, insurance paid. Now better. Sisters please dont lift heavy alone")
N("worker_content", "bn",
  "কুয়েতে দুই বছর শেষ, নিজের ইচ্ছায় নতুন কফিলের কাছে তানাজুল নিছি, বেতন ১১০ দিনার থেকে ১৩০ দিনার। পুরান মাডাম সব বেতন বুঝাইয়া দিছে, কাগজে সইও কইরা দিছে।")

# joke (4)
N("joke", "bn-Latn",
  "amar jamai ke o ekbar saudi pathai dimu, madam er basay 1 mash thakle bujhbe thala bashon kemne dhoy 😂😂")
N("joke", "bn",
  "বউ সৌদি গেলে স্বামী হয়ে যায় ফুলটাইম বিকাশ ম্যানেজার 😂 প্রতি মাসে একটাই মেসেজ: টাকা কবে পাঠাবা?")
N("joke", "en",
  "My husband calls himself my 'agent' now because every time I send money he keeps 10% service charge for the kids' chips 😂😂")
N("joke", "bn-Latn",
  "madam bole arabi shikho. ami shikhsi 'shukran', 'yalla' ar 'khalas'. ekhon madam bole ami purai saudi 🤣")

# chatter (4)
N("chatter", "bn-Latn",
  "keu ki Batha te thaken? Bangla dokan theke ilish r shutki kinte chai, madam bolse driver niye jabe Friday")
N("chatter", "bn",
  "কেউ কি জানেন জেদ্দা থেকে ঢাকা টিকিট এখন কত? আমার ছুটির টিকিট বাবা দিবো, খালি জানতে চাইতাছি কোন এয়ারলাইন্স ভালো")
N("chatter", "en",
  "Does anyone know if STC or Mobily is cheaper for calling Bangladesh? Madam said I can buy my own SIM now with my iqama.")
N("chatter", "bn-Latn",
  "dalal shobdo ta shunlei gaye agun lage 😤 amar parar Selina apa re ek dalal thokaisilo 2 bochor age, pore mamla kore taka ferot paise. shobai sabdhan thaken")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en",
  "Please sisters dont send long voice notes after 11pm, some are sleeping after long day. Jazakallah ❤️", hard=False)
N("chatter", "bn",
  "কাল রাতে নেট ছিল না, কারো মেসেজ দেখি নাই। এখন সবার খবর কী?", hard=False)
N("chatter", "bn-Latn",
  "eid mubarak apa ra 🌙🎉 shobai ke shubheccha", hard=False)
N("chatter", "bn-Latn",
  "kabsa ranna shikhsi, deshe giye sobaike khawabo 😋 recipe lagle bolben", hard=False)
N("joke", "en",
  "Why did the camel not come to the party? He had too many humps to get over 🐪😂", hard=False)
N("joke", "bn",
  "আমার শাশুড়ি ফোনে কয় সৌদির খেজুর পাঠাইবি, অন্যটা না 😂 খেজুরেরও নাকি জাত আছে", hard=False)
N("joke", "bn-Latn",
  "bangladesh jitse!! 🏏 madam er chhele bole Shakib ke? 😂", hard=False)
N("family", "bn",
  "আম্মা আজ পিঠা বানাইছে, ছবি দিলাম। তোর জন্য কয়ডা রাইখা দিছে ফ্রিজে 😄", hard=False)
N("family", "en",
  "Baby's first tooth came today! She bit my finger 😅 video sending on imo", hard=False)
N("worker_content", "bn",
  "আজ শুক্রবার, বিকালে বাগানে বইসা চা খাইলাম, মাডামের বিড়ালটা কোলে উঠছে 🐈", hard=False)
N("news", "bn",
  "আগামী তিন দিন ঢাকাসহ সারা দেশে শীতের তীব্রতা বাড়তে পারে, জানিয়েছে আবহাওয়া অধিদপ্তর।", hard=False)
N("receipt", "en",
  "Mobile Recharge of Tk 100.00 to 01748213950 successful. Fee Tk 0.00. Balance Tk 412.30. TrxID FRC8L2M0QA at 25/11/2026 20:14",
  [("phone", "+8801748213950"), ("mfs_transaction", "FRC8L2M0QA")], hard=False)


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
    random.Random(63).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev63-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
