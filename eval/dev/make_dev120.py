"""Blind evaluation set dev120 (120 items: 60 flag, 60 ok), written 2026-12-06.

The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a journalist following Bangladeshi men on the Latin America route to the United States
(Brazil, Bolivia, Panama's Darien, Mexico), who pay brokers 'game' money per stage, are held in
safe houses and ransomed, alongside their families and legal migrants in the Americas.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev120.jsonl"
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


BTC1 = btc("dev120-btc-1")
TRON1 = tron("dev120-tron-1")
ETH1 = eth("dev120-eth-1")

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

# ---------------------------------------------------------------- recruitment_deception (8)
F("recruitment_deception", "bn-Latn",
  "bhai ami nijer chokhe video dekhsi, Brazil e murgi factory te kaj, mashe 1800 dollar, thaka khawa company dibe. "
  "3 mash kaj korle papers hoye jabe, tarpor boss nijei America pathabe plane e. jongol tongol kisu nai, oi shob gujob. "
  "Instagram e @brazil_halal_jobs_bd page e shob video ase dekho",
  [("instagram", "@brazil_halal_jobs_bd")])
F("recruitment_deception", "bn",
  "ভাই, দালাল বলছিল মেক্সিকো পর্যন্ত সব বিমানে, এক কদমও হাঁটা লাগবে না। এখন কলম্বিয়ার নেকোক্লিতে আইসা বলতেছে "
  "জঙ্গল দিয়া ৭ দিন হাঁটতে হবে, নদী পার হইতে হবে। আমাদের সাথে শুরু থেকেই মিথ্যা কথা বলছে।")
F("recruitment_deception", "en",
  "Sir the agent gave my brother a Bolivia 'work visa' with stamp and all. at Santa Cruz airport they said it is fake, "
  "not in their system. he paid 6 lakh only for that paper. now agent says go by road to Brazil he will fix there. "
  "agent name Shafiq, number 01552-637418",
  [("phone", "+8801552637418")])
F("recruitment_deception", "bn-Latn",
  "Dalal bolsilo America gelei asylum paka, 2 mash e work permit, ghontay 25 dollar construction e. "
  "ekhon court date dise 2028 e, kono kaj nai, 5 jon ek room e thaki ar uni phone e dhore na")
F("recruitment_deception", "bn",
  "বলছিল ব্রাজিলে হালাল কসাইখানায় ভিসা রেডি, কন্ট্রাক্ট পেপারও দেখাইছে পর্তুগিজ ভাষায়। আইসা দেখি ওই নামে কোনো কোম্পানি নাই, "
  "ঠিকানাটা একটা বন্ধ দোকান। এখন দালাল বলে পেরু দিয়া লাইনে উঠো, আমেরিকা গেলেই কাজ।")
F("recruitment_deception", "en",
  "*Forwarded many times*\n🇺🇸 AMERICA DIRECT PACKAGE 🇺🇸\nDhaka - Dubai - Brazil - Mexico\n✅ 100% safe route, NO jungle\n"
  "✅ hotel stay every country\n✅ job guarantee New York restaurant $3000/month\nOnly 50% advance, rest after reach. "
  "Limited seat!! WhatsApp wa.me/8801839457216",
  [("whatsapp", "+8801839457216")])
F("recruitment_deception", "bn-Latn",
  "tumi je bolsila Brazil er visa ta kajer visa, Sao Paulo airport e officer bolse eta tourist visa, 90 din er. "
  "company er joining letter dekhaisi, o hashse. ekhon ki korbo bolo, 90 din por to ami illegal")
F("recruitment_deception", "bn",
  "ও বলছিল ইকুয়েডরে ভিসা লাগে না, ওখান থেকে আমেরিকায় কাজের লিগ্যাল কাগজ করে দিবে, অফিসিয়াল স্পন্সর আছে। "
  "একটা ইংরেজি চিঠি পাঠাইছে hr.recruit@amerijobs-ec.com থেকে, কোম্পানির নাম গুগলে খুঁজে কিছুই পাই নাই।",
  [("email", "hr.recruit@amerijobs-ec.com")])

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn-Latn",
  "Brazil theke Peru er game 1500 dollar, Peru theke Ecuador 800, Colombia 1200, jongol er game 2500 alada. "
  "contract er shomoy to bolse 28 lakh e shob, ekhon prottek border e notun kore taka chay. abba ar kotha bolte pare na")
F("fees_and_debt", "bn",
  "আব্বা জমি বন্ধক দিছে ১২ লাখে, মহাজনের সুদ মাসে ১০ হাজার। দালাল বলছে আমেরিকা গিয়া প্রথম দুই বছরের বেতন থেকে বাকি ৮ লাখ "
  "ওদের লোক কেটে নিবে। গ্যারান্টি হিসাবে আব্বার এনআইডি (৪৬৫২৯১৮৩০৭) আর দলিলের কপি নিয়া গেছে।",
  [("bd_nid", "4652918307")])
F("fees_and_debt", "en",
  "they say my debt is now 9,000 USD with 'interest and food'. every day I work in the broker cousin's shop in Tapachula, "
  "he writes in a notebook how much I cut. the number never goes down, every week he adds something")
F("fees_and_debt", "bn-Latn",
  "Bhaijan amar kache ar kichu nai. Mexico te aisi 4 mash, boss bole ghor bhara, khana, lawyer fee mile 3200 dollar baki. "
  "eta shodh na kora porjonto border e nibe na, onno line e jaite o dibe na")
F("fees_and_debt", "bn",
  "শুনো, আমেরিকা পৌঁছানোর পর প্রতি মাসে ১২০০ ডলার পাঠাইবা এই বিকাশ নাম্বারে ০১৮৪৫-৭৭২০৩৯ যতদিন না ১৮ লাখ শোধ হয়। "
  "বাড়ির দলিল কিন্তু আমাদের কাছে, মনে রাইখো।",
  [("phone", "+8801845772039")])
F("fees_and_debt", "en",
  "Bro the lineman in Necocli now asking 600 more each for 'boat fee' even tho Sylhet office said everything paid till Panama. "
  "no money no boat. 40 of us sitting here 9 days")
F("fees_and_debt", "bn-Latn",
  "ammu re bolo goru duita beche dite. Bolivia theke ber hoite aro 2 lakh lagbe, boss bole 'exit' er naam e police ke dite hoy. "
  "na dile amra ekhanei atka, amar sathe 7 jon")
F("fees_and_debt", "bn",
  "ভাইয়া ব্রাজিলে যে কাজ দিছে ওরা, বেতন ১২০০ রিয়াল, হাতে পাই ৩০০। বাকিটা দালালের লোক নিয়া যায় 'টিকিটের টাকা' বলে। "
  "১৪ মাস হইলো, এখনো বলে ৬০০০ রিয়াল বাকি।")

# ---------------------------------------------------------------- isolation_and_control (7)
F("isolation_and_control", "bn-Latn",
  "amra 22 jon ekta ghore, bahir theke tala mara. mobile sob niye gese, rate ek ek jon ke 2 minute dey, "
  "boss pashe dariye shone ki boli. apnara kisu jiggesh korle ami bolbo bhalo asi, bujhe nien")
F("isolation_and_control", "bn",
  "আপনার ভাই এখন গুয়াতেমালার একটা সেফ হাউজে আছে। ওর পাসপোর্ট আর ফোন আমাদের লোকের কাছে, নিরাপত্তার জন্য। "
  "ওরে ফোন দিয়েন না, সময় হইলে আমরাই ভিডিও কল দিব।")
F("isolation_and_control", "en",
  "If immigration ask, you are tourist going Cancun for holiday, hotel booking is on your phone. "
  "dont say Bangladeshi friend waiting, dont say my name. delete this chat after reading")
F("isolation_and_control", "bn",
  "মা, আমি ঠিক আছি, কাউরে বইলো না আমি কই। ওরা বলছে বাইরে গেলে পুলিশ ধরবে, তাই ৩ সপ্তাহ ধরে জানালাও খুলি না। "
  "খাবার দেয় একবেলা।")
F("isolation_and_control", "en",
  "the guide took all our passports at Santa Cruz bus terminal, said he will give back at Brazil border. we reached, now he says "
  "passports went in another car. 11 of us without any document. my passport no is BX0718462 if you can ask the embassy",
  [("bd_passport", "BX0718462")])
F("isolation_and_control", "bn-Latn",
  "Facebook e kichu post korba na, location off rakho. gate e guard 24 ghonta thake, next game porjonto keu ber hoite parbe na. "
  "bari te bolo Dubai te aso, company te")
F("isolation_and_control", "bn",
  "বড় ভাই বলছে ভিডিও কলে পিছনের দেয়াল দেখাইবা না, বাড়িতে বলবা পানামায় হোটেলে আছো। আসলে আমরা জঙ্গলের পাশে একটা ঘরে বন্ধ, "
  "গার্ডের হাতে বন্দুক।")

# ---------------------------------------------------------------- threats_and_coercion (8)
F("threats_and_coercion", "bn-Latn",
  "kal sokal 10 tar moddhe 5 lakh na aile tomar pola ke jongol e chaira dimu, Darien e manush kemne more janen to? "
  "video pathaisi dekhen ki obostha. ei number e jogajog koren +52 55 3847 2290",
  [("phone", "+525538472290")])
F("threats_and_coercion", "bn",
  "আপনার ছেলে কথা শোনে না, তাই একটু শিক্ষা দেওয়া হইছে। ভিডিওটা দেখেন। টাকা না দিলে পরেরবার হাত থাকবে না।")
F("threats_and_coercion", "en",
  "Uncle please pay them, they beat Rafiq with a belt in front of us and said next is me. "
  "they tied his hands and took video for his father. pls pls uncle")
F("threats_and_coercion", "bn-Latn",
  "beshi kotha bolle Mexico migration er hate tule dibo, tokhon deport hoye Dhaka airport e namlei police dhorbe. "
  "ar tor baper jomir kagoj to amader kache e ase, bhule jaish na")
F("threats_and_coercion", "bn",
  "থানায় যাওয়ার কথা যদি ভাবেন, মনে রাখবেন আপনার বাড়ি আমরা চিনি। নরসিংদীতে আপনার ছোট মেয়ে কোন স্কুলে যায় সেটাও জানি।")
F("threats_and_coercion", "en",
  "we know your family house in Madaripur. if you talk to that journalist again or to Panama police, "
  "your brother in Guatemala will not reach anywhere. understand?")
F("threats_and_coercion", "bn-Latn",
  "oder ekjon bondukta mathay thekaiya bolse phone e kando, jore kando, jate tor ma taka pathay. "
  "ami kandsi bhai, sotti bhoy paisi")
F("threats_and_coercion", "bn",
  "দুই দিন ধরে পানি ছাড়া কিছু দেয় নাই। যারা টাকা পাঠায় নাই তাদের আলাদা ঘরে নিয়া কারেন্টের তার দিয়া মারে। "
  "আমারে বলছে কাল আমার পালা।")

# ---------------------------------------------------------------- labour_exploitation (7)
F("labour_exploitation", "bn-Latn",
  "next game er age 2 mash boss er farm e kaj korte hobe, sokal 5 ta theke rat 9 ta, tomato tolar kaj. "
  "taka dibe na, bole eta tomar khana thakar bill")
F("labour_exploitation", "en",
  "I cook for 60 people in this house in Tapachula, clean toilets, wash their clothes. from 4am to midnight. "
  "no salary, boss says I'm lucky I don't pay for staying. my hands are burned")
F("labour_exploitation", "bn",
  "ব্রাজিলের কসাইখানায় ঠান্ডা ঘরে ১৪ ঘণ্টা, সপ্তাহে একদিনও ছুটি নাই। হাত কাটলে ব্যান্ডেজ বাইন্ধা আবার লাইনে। "
  "তিন মাস বেতন দেয় নাই, বলে কাগজ হইলে একসাথে দিবে।")
F("labour_exploitation", "bn-Latn",
  "amader 6 jon ke onno ek group er kache bikri kore dise bhai. ei notun boss bole amader ekjon ekjon kore 2000 dollar e kinse, "
  "kaj kore uthaite hobe. or number +502 5583 1209",
  [("phone", "+50255831209")])
F("labour_exploitation", "en",
  "they put us on a construction site in Monterrey, carrying cement no gloves no helmet. a Honduran guy fell from the 3rd floor "
  "last week, they just sent him away. we get 100 pesos a day, the rest goes to 'the line'")
F("labour_exploitation", "bn",
  "৭ মাস হয়ে গেল একটা টাকাও পাই নাই। দালালের ভাইয়ের দোকানে রাত ২টা পর্যন্ত থাকি, তারপর দোকানের মেঝেতেই ঘুমাই।")
F("labour_exploitation", "bn-Latn",
  "Guatemala te amader diye boss er truck e maal load unload koray, rat bhor. keu osustho hoileo kaj korte hoy, "
  "na korle khana bondho")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "ছেলেটার বয়স মাত্র ১৫, দালাল পাসপোর্টে ১৯ বানাইয়া দিছে, পাসপোর্ট নং A04718293। জন্ম নিবন্ধন নতুন করে করাইছে "
  "ইউনিয়ন পরিষদে টাকা দিয়া। এখন সে ব্রাজিলে একা।",
  [("bd_passport", "A04718293")])
F("minors", "bn-Latn",
  "Chachi chinta koiren na, 14 bochorer pola ra border e shohoje pass pay. or sathe boro keu jabe na, eklai group er sathe jabe, "
  "amar lok dekhbe. passport e boyosh 18 kore dichi jate Dubai airport e jhamela na hoy")
F("minors", "en",
  "there are three kids in our group, one boy from Noakhali is maybe 13. the guides make him carry bags and he works "
  "in the kitchen of the safe house. his passport says 20.")
F("minors", "en",
  "Boss wants the small ones to go first through the river, he says police dont check children. "
  "Sumon is 12 years old, his father paid 14 lakh for him")
F("minors", "bn",
  "আমাদের এলাকার এক দালাল ১৬ বছরের মেয়েদের বিয়া দিতেছে আমেরিকা প্রবাসী বলে। কাবিননামায় বয়স ২১ লেখা। "
  "মেয়েটা পরে মেক্সিকো থেকে ফোন দিয়া কান্দে।")
F("minors", "bn-Latn",
  "beta tor boyosh 17 eita karo kase bolbi na, bolbi 19. Panama camp e jodi jiggesh kore amar shikhano kotha bolbi. "
  "nahole tor ke alada kore rakhbe ar tui group harabi")
F("minors", "en",
  "Bhai the girl with us from Sylhet is only 16. the guide says she is his 'wife' at every checkpoint. "
  "she doesnt talk to anyone")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "en",
  "They told Nasrin there is parlour job in Mexico City for Bangladeshi girls, good tips. the 'parlour' is upstairs of a bar "
  "and the boss keeps her passport. she says men come at night")
F("sexual_exploitation", "bn",
  "যে মেয়েটা আমাদের গ্রুপে ছিল, গাইড তারে রাতে আলাদা নিয়া যায়, বলে না গেলে পুরা গ্রুপরে বর্ডারে আটকায়া রাখবে। "
  "সে কাউরে কিছু বলতে পারে না।")
F("sexual_exploitation", "bn-Latn",
  "boss bolse baki taka na dile tomar wife ke 'hotel' e kaj korte pathabe, guest der khushi rakhle dine 200 dollar. "
  "amar bou ke keu jiggesh o kore na")
F("sexual_exploitation", "bn",
  "ভাই ওরা ভিডিও কলে মেয়েদের দেখায়, কাস্টমাররা ডলার পাঠায়। যে রাজি হয় না তারে খাবার দেয় না। "
  "আমার কাজিনরেও নাকি রুমে ক্যামেরার সামনে বসাইছে।")
F("sexual_exploitation", "en",
  "New girls 🌸 from Bangladesh and India just arrive Cancun ✈️ young and fresh, private hotel visit only. "
  "Contact Rocky on telegram @cancun_vip_rocky 🔥",
  [("telegram", "@cancun_vip_rocky")])
F("sexual_exploitation", "bn-Latn",
  "Colombia te Nahid bhaier bon ke bar e kaj dise 'waitress' bole. ekhon bole drinks er por customer er sathe upor tolay jaite hobe, "
  "na gele debt double")
F("sexual_exploitation", "bn",
  "মেক্সিকোর সেফ হাউজে নতুন মেয়ে আসলে বস আগে ছবি তুলে রাখে, পরে ওই ছবি দিয়া অনলাইনে বিজ্ঞাপন দেয়। "
  "রাজি না হইলে ওই ছবি পরিবারের কাছে পাঠাবে বলে ভয় দেখায়।")

# ---------------------------------------------------------------- payments_and_proceeds (8)
F("payments_and_proceeds", "bn-Latn",
  "taka gula 5 ta bKash number e 20 hajar kore bhag kore pathan, ek number e beshi gele block kore dey. "
  "01715 482903, 01819 330417, 01911 275604, baki duita pore dibo. pathaiya TrxID er screenshot diben",
  [("phone", "+8801715482903"), ("phone", "+8801819330417"), ("phone", "+8801911275604")])
F("payments_and_proceeds", "bn",
  "মুক্তিপণের ৮ লাখ টাকা নগদে পাঠাইছি, ট্রানজেকশন আইডি 7HXQ2M9K। ওরা এখন বলতেছে আরও ২ লাখ লাগবে, নইলে ছাড়বে না।",
  [("mfs_transaction", "7HXQ2M9K")])
F("payments_and_proceeds", "en",
  f"send the 4,500 USDT on TRC20 only to this address {TRON1}, no bank. after 3 confirmation we release him at "
  "Tapachula bus stand. any police, deal finished.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "Paltan er office e cash diye ashen 6 lakh, oikhan theke hundi hoye Mexico te amader lok dollar pabe. slip nai, "
  "shudhu code bolben 'Sylhet 47'. office er number 01937-518620",
  [("phone", "+8801937518620")])
F("payments_and_proceeds", "bn",
  "ব্যাংকে দিয়েন না, ধরা খাইবেন। বিশ্বনাথে আমাদের এজেন্টের দোকানে নগদ দিবেন, উনি দুবাই হয়ে মেক্সিকো পাঠাইবো। "
  "প্রত্যেক গেমের টাকা এইভাবেই যায়।")
F("payments_and_proceeds", "en",
  "Brother received, 3,00,000 tk by rocket. next game Panama to Costa Rica money must come before Friday otherwise your boy "
  "waits in Lajas Blancas. send to 01678-224519 (Rocket)",
  [("phone", "+8801678224519")])
F("payments_and_proceeds", "bn-Latn",
  f"bhai ransom er taka to pathalam, ekhon ora bolse baki ta Bitcoin e dite hobe ei address e: {BTC1} "
  "ami to Bitcoin kisui bujhi na, kar kache jabo",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "bn",
  "পানামার গেমের ২৫০০ ডলারের বদলে বিকাশে ২ লাখ ৯৫ হাজার দিয়া দেন এই এজেন্ট নাম্বারে ০১৭৯৩৬৪১২৫৮, রেফারেন্সে লিখবেন 'মাল খরচ'। "
  "TrxID দিবেন হোয়াটসঅ্যাপে wa.me/8801793641258",
  [("phone", "+8801793641258"), ("whatsapp", "+8801793641258")])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "মাদারীপুরে মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার। র‍্যাব জানায়, চক্রটি ব্রাজিল-মেক্সিকো রুটে আমেরিকা পাঠানোর কথা বলে "
  "জনপ্রতি ২০-৩০ লাখ টাকা নিত এবং পানামায় জিম্মি করে মুক্তিপণ আদায় করত।")
N("news", "en",
  "Panama's migration service says 1,200 Asian migrants crossed the Darien in March, including Bangladeshis, Nepalis and "
  "Indians. Staff at the Lajas Blancas reception station said most arrived exhausted but in stable condition.")
N("news", "bn-Latn",
  "news dekhcho? Mexico te 30 jon Bangladeshi ke uddhar korse police, ek basay atkaiya rakhsilo ransom er jonno. "
  "Shariatpur er koyekjon ase shunlam")
N("news", "en",
  "DHAKA, Nov 14 - CID arrested an unlicensed sub-agent who allegedly sent 40 youths toward the US via Brazil; complainants "
  "said they were held in Bolivia until families paid extra. The accused was placed on a five-day remand.")
N("news", "bn",
  "মানবপাচার মামলার রায়: লিবিয়া হয়ে ইতালি পাঠানোর নামে জিম্মি করে মুক্তিপণ আদায়ের দায়ে দুইজনের যাবজ্জীবন কারাদণ্ড।")
N("news", "en",
  "CBP figures show encounters with Bangladeshi nationals at the southwest border rose sharply this fiscal year; several "
  "told reporters they had paid smugglers per 'stage' of the journey.")
N("news", "bn-Latn",
  "Prothom Alo te report: digital hundi ar manob pachar er taka lenden er obhijoge BFIU 230 ta bKash, Nagad, Rocket account "
  "freeze korse")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সতর্কবার্তা: দালালের কথায় ব্রাজিল, বলিভিয়া বা মেক্সিকো হয়ে আমেরিকা যাওয়ার চেষ্টা করবেন না। পথে জিম্মি, মুক্তিপণ আর "
  "মৃত্যুর ঝুঁকি। পাসপোর্ট কখনো কারো হাতে দিবেন না। সাহায্যের জন্য ১৬১২৩ নম্বরে কল করুন।")
N("awareness", "en",
  "Probash Sohayota Kendro: Before going abroad check the agency licence on the BMET website. Never pay cash without a "
  "receipt. If anyone keeps your passport or asks money in stages on the way, it is a crime. Helpline +8801713 024 553",
  [("phone", "+8801713024553")])
N("awareness", "bn-Latn",
  "Bhai bon ra, Darien er jongol mrittur rasta. 'game' er kotha bole je taka nicche se apnar bondhu na. "
  "legal way te jan: student visa, DV lottery, kajer visa. share koren 🙏")
N("awareness", "bn",
  "ইউনিয়ন পরিষদের মাইকিং: বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করুন, স্মার্ট কার্ড নিন। অচেনা লোকের কাছে জমির দলিল বা "
  "এনআইডি জমা রাখবেন না।")
N("awareness", "en",
  "Know your rights at the US border: you can ask for asylum. You do not have to pay anyone to 'arrange' a court date. "
  "Court dates are free. Report fraud at ftc.gov")
N("awareness", "bn-Latn",
  "Parents please note: 18 er niche kono bachcha ke dalal er sathe bidesh pathaben na. boyosh bariye passport kora oporadh. "
  "keu proshtab dile thanay janan")
N("awareness", "en",
  "IOM reminder for Panama reception stations: food, medical care and the place on the bus list are FREE. "
  "Nobody can charge you for them. If someone asks you for money, tell the staff.")

# ---------------------------------------------------------------- official (6)
N("official", "en",
  "U.S. Embassy Dhaka: The nonimmigrant visa application fee for B1/B2 is USD 185, payable only at designated bank branches. "
  "The Embassy does not use agents. Beware of anyone promising a guaranteed visa.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: রোমানিয়াগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত। লাইসেন্সপ্রাপ্ত এজেন্সি ছাড়া কাউকে টাকা দিবেন না। "
  "সকল লেনদেন ব্যাংকের মাধ্যমে রসিদসহ করুন।")
N("official", "bn-Latn",
  "Brazil embassy notice: tourist visa er jonno embassy kono agent niyog dey ni. application online e, fee shudhu embassy te "
  "shorasori. kew 'visa confirm' er kotha bole taka chaile shabdhan")
N("official", "en",
  "Embassy of Bangladesh, Mexico City: Bangladeshi nationals held by INM may contact the consular section on "
  "+52 55 5281 1187 (24h) for travel permit and repatriation support. All services are free of charge.",
  [("phone", "+525552811187")])
N("official", "bn",
  "মেসার্স আল-আমিন ওভারসিজ (আরএল-২৩১৪), সরকার অনুমোদিত। ক্রোয়েশিয়ায় নির্মাণ শ্রমিক, বেতন ৯০০ ইউরো, সরকার নির্ধারিত ব্যয়ের "
  "বাইরে কোনো টাকা নেওয়া হয় না। যোগাযোগ: ০১৭৪৪-৬১৮২০৩, ইমেইল: info@alaminoverseas.com.bd",
  [("phone", "+8801744618203"), ("email", "info@alaminoverseas.com.bd")])
N("official", "bn-Latn",
  "DIP: apnar e-passport (A09283746) delivery er jonno prostut. Agargaon RPO theke songroho korun, sathe NID ar delivery slip anben.",
  [("bd_passport", "A09283746")])

# ---------------------------------------------------------------- receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01712893456. Fee Tk 0.00. Balance Tk 31,482.50. TrxID BJK7QW2M4X at 12/11/2026 14:32",
  [("phone", "+8801712893456"), ("mfs_transaction", "BJK7QW2M4X")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 successful. Agent: 01819-442167. Fee Tk 185.00. TxnID: 73MN4K8Q. Balance: Tk 2,145.30. Nagad",
  [("phone", "+8801819442167"), ("mfs_transaction", "73MN4K8Q")])
N("receipt", "en",
  "Dear Customer, USD 1,200.00 received via Western Union from RAHMAN MD JAHID (USA), credited to A/C ****0913 as "
  "BDT 1,46,880.00 incl. 2.5% govt incentive. -Sonali Bank")
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার রকেট একাউন্টে ৮,০০০ টাকা জমা হয়েছে। প্রেরক: ০১৬৭৩৫৫০২৮৯। TxnId: 3019827465। ব্যালেন্স ২৩,৫১০ টাকা।",
  [("phone", "+8801673550289"), ("mfs_transaction", "3019827465")])
N("receipt", "en",
  "Payment Tk 1,850.00 to Daraz successful. TrxID CKL9P3XN7A. Balance Tk 412.20. 06/12/2026 09:15 bKash",
  [("mfs_transaction", "CKL9P3XN7A")])
N("receipt", "en",
  "Remitly: Your transfer of USD 500.00 to NASRIN AKTER (bKash 01756-318920) has been delivered. Thank you for sending with us.",
  [("phone", "+8801756318920")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "তোর পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, কাউরে দিস না। আমেরিকার ভিসার ইন্টারভিউ কবে? তোর মামা নিউ ইয়র্ক থেকে স্পন্সরের কাগজ পাঠাইছে।")
N("family", "bn-Latn",
  "Abba bolse jomi bechbe na. Chacha je dalal diye America pathanor kotha bolse ami jabo na. "
  "DV lottery te abar apply korsi, hoile legal bhabe jabo inshallah")
N("family", "en",
  "Apu can you send me the scan of Abbu's NID? the number is 7794028153 right? need it for his passport renewal form",
  [("bd_nid", "7794028153")])
N("family", "bn",
  "ভাইয়া ব্রাজিল থেকে যে টাকা পাঠাইছে ওইটা দিয়া সমিতির কিস্তি শোধ করে দিছি। এখন আর কারো কাছে দেনা নাই আলহামদুলিল্লাহ।")
N("family", "bn-Latn",
  "Mama, ticket katar jonno amar passport number: EK4417032. Cancun e 5 din thakbo, hotel booking kora, "
  "tarpor Toronto te fuppir basay",
  [("bd_passport", "EK4417032")])
N("family", "en",
  "Khala the wedding is on 20th, Rumi is coming from New Jersey with her husband. she said bring Abba's old passport from "
  "the trunk, she needs it for his NVC papers")
N("family", "bn",
  "আম্মা, ভাইয়া বলল টেক্সাসে ওর গ্রিন কার্ডের ইন্টারভিউ হইছে, এখন দেশে আসতে আর সমস্যা নাই। কোরবানির ঈদে আসবে।")

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn",
  "Ammu, Sao Paulo te amar resident card hoye gese 🎉 ekhon ami legal. dokan er malik bhalo manush, mashe 3500 reais dey, "
  "robibar chhuti. eid e video call dibo")
N("worker_content", "en",
  "Alhamdulillah 2 years in Queens now. driving Uber, 10-11 hrs some days but my choice, my own car. "
  "sent 3 lakh home this month. asylum case still pending but work permit ok")
N("worker_content", "bn",
  "ব্রাজিলের কসাইখানায় হালাল সেকশনে কাজ করি। বেতন ঠিকমতো ব্যাংকে আসে, ওভারটাইম করলে আলাদা টাকা। "
  "কোম্পানি থাকার জায়গা দিছে, ৪ জন এক রুমে।")
N("worker_content", "bn",
  "আমেরিকায় আসছি ৬ বছর, ক্যাব চালাই। প্রথম দিকে কষ্ট হইছে, এখন নিজের বাড়ি। পরিবার নিয়া ভালো আছি।")
N("worker_content", "bn-Latn",
  "boss amader shobaike eid e bonus dise 💵 ar 3 din chhuti. Bolivia te Bangladeshi kom, kintu ei factory te amra 9 jon, "
  "shobai khushi")
N("worker_content", "en",
  "Update from Manaus: job is good bro, 8 hrs shift, overtime paid. company took my passport only 1 day for the work card "
  "and gave it back. Sunday football with the Bangla boys ⚽")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "Darien cross kora shohoj, Gulistan theke Jatrabari jam cross kore dekhao 😂")
N("joke", "en",
  "my wife has my passport, my phone password and my salary. bro I think I'm being trafficked 😂😂")
N("joke", "bn",
  "শ্বশুরবাড়ি থেকে মুক্তিপণ চাইছে: আমারে ফেরত নিতে হইলে ৫ কেজি মিষ্টি আনতে হবে 🤣")
N("joke", "bn-Latn",
  "ei mash e bKash theke eto taka gelo, mone hoy keu amake jimmi kore rakhse... naam tar Daraz 🙃")
N("joke", "en",
  "Boss said no leave till Friday, no phone in the meeting and smile at the client always. Dhaka corporate = safe house 😭")

# ---------------------------------------------------------------- chatter, hard (6)
N("chatter", "bn-Latn",
  "kal rat e PUBG te 3 ta game jitsi, last game e safe zone er bahire atke gesilam, boss er moto ber hoisi 😎")
N("chatter", "en",
  "did you watch that Netflix doc about the Darien? the Bangladeshi guy in ep 2 is from my uncle's village lol. crazy")
N("chatter", "bn",
  "ভাই ট্রেনের টিকিট পাইছো? সিলেট টু ঢাকা সব সিট শেষ। স্টেশনের দালাল বলে ব্ল্যাকে ৮০০ টাকা বেশি দিতে হবে।")
N("chatter", "en",
  "Brother our restaurant in Mexico City needs one more cook, only with legal papers. salary 14,000 pesos + tips, "
  "1 day off weekly. WhatsApp me wa.me/5215529184473",
  [("whatsapp", "+5215529184473")])
N("chatter", "bn-Latn",
  f"bro amar ETH address dilam, NFT ta becha taka pathai dio: {ETH1} gas fee tumi dio 😅",
  [("eth_address", ETH1)])
N("chatter", "bn",
  "শুক্রবার খেলা আছে, গোলকিপার লাগবে। সুমন ভাই তো স্টুডেন্ট ভিসায় আমেরিকা গেল, নতুন কাউরে খুঁজো।")

# ---------------------------------------------------------------- easy everyday (10)
N("chatter", "bn", "আম্মু আজকে রাতে কি রান্না হবে? আমি ৮টার মধ্যে আসবো।", hard=False)
N("chatter", "bn-Latn", "kal class hobe na, sir bolse online e assignment jomma dite", hard=False)
N("chatter", "en", "Happy birthday dost! 🎂 have a great year ahead", hard=False)
N("chatter", "bn", "বৃষ্টি হইতেছে খুব, ছাতা নিয়া বাইর হইও।", hard=False)
N("chatter", "bn-Latn", "Bhai, amar notun number 01822 517 693, save kore rakho",
  [("phone", "+8801822517693")], hard=False)
N("chatter", "en", "meeting moved to 3pm, please bring the printed slides", hard=False)
N("chatter", "en", "follow my food page on insta @dhakafoodhunter, just posted the Brazilian churrasco place in Gulshan 🔥",
  [("instagram", "@dhakafoodhunter")], hard=False)
N("chatter", "bn-Latn", "Argentina jitse!!! Messi 🐐 Dhaka r rastay rat 2 ta porjonto michil", hard=False)
N("chatter", "bn", "কারেন্ট বিল দিয়া দিছি, রসিদ টেবিলের উপর রাখছি।", hard=False)
N("chatter", "en", "Can you email me the recipe? my address is shathi.rahman92@gmail.com",
  [("email", "shathi.rahman92@gmail.com")], hard=False)


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
    random.Random(120).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev120-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
