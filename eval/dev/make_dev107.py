"""Blind evaluation set dev107 for the trafficking-indicator detector (Bangladesh: bn, bn-Latn, en).

Written 2026-12-06. The writer never read the tool's rules, any other evaluation set, or the
tool's code; only sections 1 and 2.1 of shared/research/indicators.md were consulted for what the
indicators mean.

Persona: a social worker at a returnee shelter near Dhaka airport for women domestic workers coming
back from Saudi Arabia, Oman and Jordan, who hears both the abused and the ones who did fine.

Held out from round 17 of issue 15 and scored only in aggregate, at its start (fc7c063) and at its end
(docs/rules.md, "Measuring the packs"). Its writer named mobile-money transaction ids with a type of
their own; the type was renamed to the corpus's `mfs_transaction` before the set was scored. Run from the
repository root.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev107.jsonl"
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


BTC1 = btc("dev107-btc-1")
TRON1 = tron("dev107-tron-1")
ETH1 = eth("dev107-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপা, আমারে তো বলছিল হাসপাতালে আয়ার কাজ, বেতন ২৫ হাজার। এখন দেখি এক বাসায় ১৪ জন মানুষ, আমি একাই সব করি। ভিসায় নাকি লেখা খাদেমা, আমি তো তখন পড়তে পারি নাই।")
F("recruitment_deception", "bn",
  "বোন চিন্তা কইরো না, জর্ডানে গার্মেন্টসের কাজ, এসি রুমে থাকবা, মাসে ৩৫ হাজার টাকা ফিক্সড। মেডিকেলে কেউ জিগাইলে বলবা বাসার কাজে যাইতেছো, ওইটা খালি কাগজের জন্য।")
F("recruitment_deception", "bn",
  "ফ্রি ভিসা বইলা নিছে, কফিল নাকি কাজ দিবে। তিন মাস হইল কোনো কাজ নাই, আকামাও করে নাই। বাইরে বাইর হইতে ডর লাগে, দালাল ফোন ধরে না।")
F("recruitment_deception", "bn-Latn",
  "apa amake bolse hotel e cleaner er kaj, 8 ghonta duty, friday off. ekhane eshe dekhi ekta barir kaj, madam bole tomar contract e eita e lekha. ami to arabic pori na")
F("recruitment_deception", "bn-Latn",
  "Oman e hospital e ayah er kaj, experience lagbe na, 120 rial salary. kagoje housemaid lekha thakbe oita formality, giye hospital e join korba. airport e oi kotha e bolba. details whatsapp e 01715-903462",
  [("phone", "+8801715903462")])
F("recruitment_deception", "bn-Latn",
  "bhaier bou ke bolse Jordan er garments e kaj. ekhon shunlam Amman theke 3 ghonta dure ek farm house e rakhse, garments er kono nam gondho nai. kal raate kanna kore phone dise")
F("recruitment_deception", "en",
  "They said Riyadh, a family with two kids, 1000 riyal. I landed and they drove me to Hafar al Batin, 11 people in the house and salary is 800 not 1000. Office here says my contract is different from the one I signed in Dhaka.")
F("recruitment_deception", "en",
  "Apa this is the ad my cousin went on: 'Hospital cleaning KSA, 1500 SAR, no cost, free food'. She is in a private house in Taif since March, 600 riyal. The number in the ad is switched off now +880 1819-456723",
  [("phone", "+8801819456723")])

# ---- fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "সৌদি যাওয়ার জন্য দালালরে ৪ লাখ ৩০ হাজার দিছি, জমি বন্ধক রাইখা। এখন কয় বেতন থেকে প্রথম ছয় মাস কাইটা রাখবে এজেন্সির খরচ বাবদ।")
F("fees_and_debt", "bn",
  "মা, মালিক বলে আমারে আনতে নাকি ১২ হাজার রিয়াল খরচ হইছে, ওইটা শোধ না হওয়া পর্যন্ত ছুটিও নাই, বেতনও নাই। দুই বছর লাগবে বলে।")
F("fees_and_debt", "bn",
  "দালাল বলছে আরো ৫০ হাজার না দিলে ভিসা বাতিল, আগের দেড় লাখও ফেরত দিবে না। সুদের উপর টাকা আনলাম আবার, কি করমু বুঝি না।")
F("fees_and_debt", "bn-Latn",
  "apa office theke bolse amar ticket er taka, medical, agency fee sob mile 2 lakh 60 hajar amar naame khata te likha. protimash salary theke 400 rial katbe. ami to bhabsilam meyeder jaite taka lage na")
F("fees_and_debt", "bn-Latn",
  "Apa ami Amman theke. factory bole visa renew er 600 dinar amar, salary theke katbe. 4 mash hate kisu pai nai. ar dalal bole ager baki 1 lakh na dile amar bari te lok pathabe")
F("fees_and_debt", "en",
  "Madam said I cost her 25,000 riyals from the office and I belong to her until I pay it back. She writes in a notebook every time I break something and takes it from my salary.")
F("fees_and_debt", "en",
  "Sister your daughter file is ready. Total 1,80,000 taka, 1 lakh now and 80 thousand she will pay from salary first 4 months, we take from her account directly. Don't tell BMET about money, say free. Send papers to dhakaoverseas.hr@gmail.com",
  [("email", "dhakaoverseas.hr@gmail.com")])
F("fees_and_debt", "en",
  "Tell Shahida her balance is still 1.2 lakh. Office will keep her whole salary till it's cleared, no need for her to send anything home till next Eid.")

# ---- isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "আমার পাসপোর্ট আর মোবাইল দুইটাই মাদাম নিয়া গেছে। এইটা পাশের বাসার ফিলিপিনো মেয়ের ফোন, লুকাইয়া দিলাম। বাইরে যাওয়ার সময় ওরা গেটে তালা দিয়া যায়।")
F("isolation_and_control", "bn",
  "আম্মা আমারে আর ফোন দিও না, শুক্রবার রাতে আমিই দিমু। বেশি কথা কইলে বাবা (মালিক) কয় মোবাইল ভাইঙ্গা দিবে, বাংলাদেশে কার সাথে কি কই সব শুনে।")
F("isolation_and_control", "bn-Latn",
  "airport e keu jigaile bolba mamar basay beranite jaitecho. amar kotha bolba na, mobile er sob chat delete kore dio. Dubai pouchaile amar lok passport niye nibe, oita tomar kache rakhar niyom nai. or number +971 52 418 3390",
  [("phone", "+971524183390")])
F("isolation_and_control", "bn-Latn",
  "5 mash hoye gese ekbar o basar baire jai nai. gate e sobsomoy driver bose thake. shudhu jokhon madam er maa er basay kaj korte nay tokhon gari te kore niye jay abar niye ashe")
F("isolation_and_control", "bn-Latn",
  "apa ami ekhon office e (agency), amra 9 jon meye ek room e. phone sob joma niye nise, daily 10 minit dey. keu jigaile bolte bolse amra nijer iccha te asi")
F("isolation_and_control", "en",
  "Ammu the sim they gave me only calls madam and the office. I'm writing from the neighbour's driver phone, please don't call back this number and don't save it.")
F("isolation_and_control", "en",
  "The girl stays inside. No phone, no market, no talking with the other maids over the wall. If her family calls the office, say she is fine and busy.")
F("isolation_and_control", "en",
  "Her iqama and passport (A04718263) are with the kafeel, he says he'll hand them over only at the airport on the day she leaves. She hasn't spoken to her kids since Ramadan.",
  [("bd_passport", "A04718263")])

# ---- threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "মালিক কইছে পালাইলে হুরুব দিব, পুলিশ ধইরা জেলে দিবে, আর কোনদিন দেশে যাইতে পারমু না। তাই সহ্য করতেছি আপা।")
F("threats_and_coercion", "bn",
  "তোর মাইয়া যদি আর একবার এম্বাসিতে ফোন দেয় তাইলে ওর খবর আছে। আর তোরা থানায় গেলে তোর পোলারেও দেখমু। চুপচাপ থাক।")
F("threats_and_coercion", "bn",
  "গতকাল আবার মারছে, হাতে গরম খুন্তি দিয়া ছ্যাঁকা দিছে। বলে কাজ ঠিকমতো না করলে আরো খারাপ হবে। ছবি পাঠাইলাম, এখন কাউরে দেখাইও না।")
F("threats_and_coercion", "bn-Latn",
  "tor bou er video amar kache ase. 2 lakh na dile facebook e tor gramer sobai dekhbe. 3 din somoy. bkash 01881-274650",
  [("phone", "+8801881274650")])
F("threats_and_coercion", "bn-Latn",
  "madam er chele bole police dakbe, bolbe ami sona churi korsi. ami kisu kori nai apa. bole notun kagoje sign na dile jail e pathabe")
F("threats_and_coercion", "en",
  "If you go to the embassy we will tell them you ran away with a man. Your whole village will hear that. Think before you do something stupid.")
F("threats_and_coercion", "en",
  "Sir beat her twice this week, once with the charger wire. She's scared to run because he told her the shelter sends girls back to the house.")

# ---- labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৫টায় উঠি, রাত ২টায় ঘুমাই। দিনে একবার খাওয়া দেয়, তাও ওদের বাসি ভাত। সাত মাসের বেতন পাই নাই, চাইলে বলে পরে একসাথে দিবে।")
F("labour_exploitation", "bn",
  "আপা আমারে আরেক বাসায় বেইচা দিছে। নতুন মালিক বলে আমারে ৯ হাজার রিয়ালে কিনছে, এখন তার মেয়ের বাসায়ও কাজ করতে হয়, দুই বাড়ি একলা।")
F("labour_exploitation", "bn",
  "ঈদের দিনেও ছুটি নাই, ৪০ জন মেহমান। হাতে কেমিক্যালে ঘা হইয়া গেছে, গ্লাভস চাইলে দেয় না। বেতন চার মাস বাকি।")
F("labour_exploitation", "bn-Latn",
  "ami 3 ta basay kaj kori, madam er 2 meyer basa ar nijer ta. ghumai ranna ghorer floor e. salary chaile bole bank e rakhsi tomar jonno, 11 mash hoye gelo")
F("labour_exploitation", "bn-Latn",
  "Apa notun madam ke 2 mash er jonno bhara dise amake, oi taka madam nise. ami kichui pai na. sara rat bachcha dekhi, din e ghor er kaj")
F("labour_exploitation", "bn-Latn",
  "ekhane ekdin o off nai, 18 ghonta kaj, rooftop e kapor dhui 48 degree te. ashar por theke ekbar o salary pai nai. bole contract shesh hole dibe")
F("labour_exploitation", "en",
  "No day off in 14 months. I sleep 4 hours. Madam says salary is kept with her so I don't waste it, I have not seen one riyal since I came.")
F("labour_exploitation", "en",
  "The agency took her back from the first house and gave her to a second family, then a third. Each time the office got paid. She got nothing for 9 months.")

# ---- minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৫, দালাল কইছে পাসপোর্টে ২৫ লিখা দিবে, সমস্যা নাই। চেয়ারম্যানের থিকা জন্মনিবন্ধন নতুন কইরা বানাইয়া দিবে, খরচ ৮ হাজার।")
F("minors", "bn",
  "ঢাকার এক বাসায় ১১ বছরের মেয়েটারে কাজে রাখছে, স্কুলে যাইতে দেয় না, বাড়িতে কথাও বলতে দেয় না। মায়েরে মাসে ১৫০০ টাকা ধরাইয়া দেয়।")
F("minors", "bn-Latn",
  "meye ta choto, 14 bochor. kintu biye dile jamai Saudi te niye jabe, oikhane kaj pabe. dalal bolse kabin e boyos 18 dekhabe, kaji tar chena")
F("minors", "bn-Latn",
  "tomar bhagni ke pathao, 13-14 hoileo cholbe, Dhaka te ek sir er basay bacha dekhbe. thaka khawa free, mase 3000 ami tomake dibo, ore hate dewar dorkar nai")
F("minors", "bn-Latn",
  "Apa ei meyetar asol boyos 16, passport e 27 lekha. Riyadh theke fire asche aj, kotha boltei parteche na thik moto. counsellor lagbe")
F("minors", "en",
  "Her birth certificate says 2010 but the NID they made says 19992691058473215, so on paper she's 27. She was 15 when she flew to Dammam. Broker fixed it all through the union parishad.",
  [("bd_nid", "19992691058473215")])
F("minors", "en",
  "Looking for girl 12-14 for house help in Gulshan, must stay with family, no school needed, will pay parents directly 4000/month. Call 01911-238457",
  [("phone", "+8801911238457")])

# ---- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn",
  "বলছিল দুবাইয়ে বিউটি পার্লারের কাজ। এখন একটা ফ্ল্যাটে ছয়জন মেয়েরে রাখছে, রাতে লোক আসে। না করলে খাইতে দেয় না।")
F("sexual_exploitation", "bn",
  "দালাল বলে ওমানে হোটেলে রুম সার্ভিসের কাজ। দুই সপ্তাহ পর কয় কাস্টমারের সাথে বসতে হবে, টাকা বেশি। মেয়েটা রাজি না হওয়ায় পাসপোর্ট আটকাইয়া রাখছে।")
F("sexual_exploitation", "bn-Latn",
  "Notun 3 ta meye ashche Bangladesh theke, fresh, 19-20 boyos. Dubai Deira te, night booking 800 dirham. chobi dekhte hole telegram e nok dao @deira_vip_bd",
  [("telegram", "@deira_vip_bd")])
F("sexual_exploitation", "bn-Latn",
  "apa o ke bolse massage parlour e receptionist. ekhon protidin customer er taka malik niye nay, o nijer jonno kisu pay na. raji na hole mare")
F("sexual_exploitation", "en",
  "New girls from BD arrived 🌸 clean, obedient, little Arabic. Private villa visits Riyadh/Jeddah. WhatsApp wa.me/966553184072",
  [("whatsapp", "+966553184072")])
F("sexual_exploitation", "en",
  "He makes us do video calls with men on imo at night and he keeps the money. If we refuse he says he'll send the recordings to our husbands.")
F("sexual_exploitation", "en",
  "My cousin went as a 'hotel housekeeper' to Amman. The page that hired her was glam_parlour_amman on insta. Now she's kept in a flat with other girls and they're taken to 'parties'. She whispered this in a voice note.",
  [("instagram", "@glam_parlour_amman")])

# ---- payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "মেয়েরে ছাড়াইতে হইলে ২ লাখ লাগবে। ৫০ হাজার এখনই বিকাশে দেন ০১৭৬৪-৩৮২৯১৫ এই নম্বরে, বাকিটা সে ঢাকায় নামলে। পুলিশে গেলে টাকাও যাবে মেয়েও যাবে।",
  [("phone", "+8801764382915")])
F("payments_and_proceeds", "bn",
  "আপনার বোনের পাসপোর্ট ফেরত পাইতে ৩০০০ রিয়াল লাগবে। টাকা দেশেই হুন্ডিতে দেন, মতিঝিলের করিম ভাইয়ের কাছে। নাম্বার ০১৮২২৬৪৭০৩১",
  [("phone", "+8801822647031")])
F("payments_and_proceeds", "bn-Latn",
  "apa, dalal bolse duita number e bhag kore pathate, eki number e beshi gele block hoye jay. 01612-447903 nagad 25k, 01935-118260 bkash 25k. reference e kisu likhte mana korse",
  [("phone", "+8801612447903"), ("phone", "+8801935118260")])
F("payments_and_proceeds", "bn-Latn",
  "taka pathaisi bhai, TrxID 9CK4T7MX2B. ebar Nasrin ke chaira den, or maa 3 din dhore bhat khay na",
  [("mfs_transaction", "9CK4T7MX2B")])
F("payments_and_proceeds", "bn-Latn",
  "Dubai er meyeder income USDT te ashbe, tron e pathaba ei address e " + TRON1 + " . Dhaka te hundi party cash dibe, bkash e na.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Payment for the 4 girls received. Send the rest in BTC to " + BTC1 + " not bank. Next batch ready after Eid.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Bro the house paid 9000 riyal each for the Jordan girls, your share is 60k per head. Send to my wife's Rocket 01839605114, don't put any reference.",
  [("phone", "+8801839605114")])

# ================================================================ OK (60)

# ---- news (7)
N("news", "bn",
  "বিমানবন্দরে পাচারকালে ১১ নারী উদ্ধার, আটক ২ দালাল। পুলিশ জানায়, সৌদি আরবে হাসপাতালে চাকরির কথা বলে তাদের নেওয়া হচ্ছিল।")
N("news", "bn-Latn",
  "Shunso? Tejgaon e oi recruiting agency er malik re RAB dhorse, meye pathaito Oman e fake visa te. TV te dekhaise ekhon")
N("news", "en",
  "Dhaka, Dec 3: A tribunal sentenced a sub-agent to 7 years for sending three women to Jordan on forged work visas, where they were made to work without pay. (Staff correspondent)")
N("news", "bn",
  "ওমান থেকে ফিরলেন ৪২ নারী গৃহকর্মী। তাদের অনেকে অভিযোগ করেন, মাসের পর মাস বেতন পাননি এবং পাসপোর্ট নিয়োগকর্তার কাছে রাখা ছিল। বিমানবন্দরে তাদের অভ্যর্থনা জানানো হয়।")
N("news", "en",
  "CID freezes 40 MFS agent accounts used for digital hundi; Tk 120 crore moved in six months, officials say.")
N("news", "bn-Latn",
  "news e dekhlam Saudi theke 200 jon female worker ferot asche ajke, ekjon er naki hat pora. allah sobai ke rokkha koro")
N("news", "en",
  "Police in Cox's Bazar arrested a man posing as a 'parlour job' recruiter; two teenage girls were rescued, the OC said.")

# ---- awareness (7)
N("awareness", "bn",
  "বিদেশে যাওয়ার আগে জেনে নিন: পাসপোর্ট কখনো দালালের হাতে দেবেন না। নারী গৃহকর্মীদের সৌদি আরব যেতে কোনো টাকা লাগে না। সন্দেহ হলে প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
N("awareness", "bn-Latn",
  "Bon ra, keu jodi bole free visa te Saudi te bhalo kaj, bishwas korben na. free visa bole kono visa e nai. sobai share koren plz")
N("awareness", "en",
  "Know your rights: your employer may not keep your passport. Wages must be paid every month. If you are in danger in Jordan, call the Bangladesh Embassy labour wing: +962 6 552 9192.",
  [("phone", "+96265529192")])
N("awareness", "bn",
  "অভিভাবকদের প্রতি: ১৮ বছরের কম বয়সী মেয়েকে বিদেশে কাজে পাঠানো আইনত অপরাধ। কেউ বয়স বাড়িয়ে পাসপোর্ট করার প্রস্তাব দিলে রাজি হবেন না।")
N("awareness", "en",
  "Beware of 'beauty parlour' and 'hotel' jobs in Dubai offered on Facebook with high salary and free ticket. Check the agency licence with BMET before paying anything. #StopTrafficking")
N("awareness", "bn-Latn",
  "amader union e ajke uthan boithak holo, apara bollo kono taka bkash e dalal ke pathaben na, sob taka agency r bank account e, rashid niben obosshoi")
N("awareness", "bn",
  "হুন্ডিতে টাকা পাঠাবেন না। বৈধ পথে রেমিট্যান্স পাঠালে আড়াই শতাংশ প্রণোদনা পাবেন, আর টাকা হারানোর ভয় থাকে না।")

# ---- official (6)
N("official", "en",
  "M/s Al-Noor Overseas (RL-1247). Female domestic workers for KSA. Migration cost: NIL as per govt order. Salary SAR 1000. TTC training mandatory. Do not pay anyone. WhatsApp wa.me/8801713046552",
  [("whatsapp", "+8801713046552")])
N("official", "bn",
  "বাংলাদেশ দূতাবাস, রিয়াদ: হুরুব মামলা বিষয়ে পরামর্শের জন্য কর্মদিবসে শ্রম কল্যাণ উইং-এ যোগাযোগ করুন। আউটপাসের জন্য পাসপোর্টের ফটোকপি ও ইকামা নম্বর সঙ্গে আনুন।")
N("official", "bn-Latn",
  "Priyo Rahima Begum, apnar BMET smart card prostut. Passport no BX0381746. Office theke songroho korun sokal 10ta theke 5ta. -Sonar Bangla Overseas",
  [("bd_passport", "BX0381746")])
N("official", "en",
  "Embassy of Bangladesh, Muscat: workers whose passports are held by sponsors may apply for a travel permit. Call +968 2450 3012 or email labour.muscat@mofa.gov.bd",
  [("phone", "+96824503012"), ("email", "labour.muscat@mofa.gov.bd")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সর্বোচ্চ ৭৮,৯৯০ টাকা। এর বেশি টাকা দাবি করা হলে অভিযোগ করুন।")
N("official", "en",
  "Your pre-departure orientation (Jordan, female domestic) is on 14 Dec, 9 AM, TTC Mirpur. Bring passport, smart card slip and NID 5024718396. -BMET",
  [("bd_nid", "5024718396")])

# ---- receipt (6)
N("receipt", "en",
  "You have received Tk 15,000.00 from 01718663204. Ref Salary. Fee Tk 0.00. Balance Tk 15,412.75. TrxID BKE7Q2M9LX at 02/12/2026 19:41",
  [("phone", "+8801718663204"), ("mfs_transaction", "BKE7Q2M9LX")])
N("receipt", "en",
  "Money Received. Amount: Tk 30000.00 Sender: 01912458870 Ref: Ammar jonno TxnID: 73KD9A1F Balance: Tk 30215.00 05/12/2026 11:02",
  [("phone", "+8801912458870"), ("mfs_transaction", "73KD9A1F")])
N("receipt", "bn",
  "আপনি ০১৭৪৫৬২১৯০৮ থেকে ৳৮,০০০.০০ পেয়েছেন। রেফ: বাজার। ফি ৳০.০০। ব্যালেন্স ৳৮,৩২০.৫০। TrxID CL4R8NW2PQ ২৯/১১/২০২৬ ২১:১০",
  [("phone", "+8801745621908"), ("mfs_transaction", "CL4R8NW2PQ")])
N("receipt", "en",
  "Dear Customer, BDT 52,340.00 inward remittance from SAUDI ARABIA (Sender: MST SHAHANA) credited to A/C ***4417. 2.5% incentive added. -Sonali Bank")
N("receipt", "bn-Latn",
  "apa taka pathay dilam, screenshot dite parlam na. TrxID DA91KX3T7Q, 5000 tk, Ruma r passport renew er fee",
  [("mfs_transaction", "DA91KX3T7Q")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to Agent 01626490378 successful. Fee Tk 185.00. Balance Tk 2,117.00. TrxID BHQ5C8V1ZR at 30/11/2026 16:05",
  [("phone", "+8801626490378"), ("mfs_transaction", "BHQ5C8V1ZR")])

# ---- family (7)
N("family", "bn",
  "তোমার পাসপোর্টটা আলমারিতে রাখছি, ফটোকপি দুইটা করে রাখো। আর দালাল টালাল না, বিএমইটির অফিসে গিয়া নিজে রেজিস্ট্রেশন করবা।")
N("family", "bn-Latn",
  "Ammu ami visa pelam! Al Khobar e hospital cleaner, agency bolse kono taka lagbe na sudhu medical 8500. chachi bolse shabdhane jaite, ami sob kagoj er copy kore rakhsi")
N("family", "en",
  "Abba please send the passport number again, the agency form needs it. It's on the first page. ... ok got it, A09264718 thanks",
  [("bd_passport", "A09264718")])
N("family", "bn",
  "বড় আপা সৌদি থেকে ২০ হাজার পাঠাইছে, ১০ হাজার দিয়া ঘরের চাল ঠিক করো, বাকিটা রুমার স্কুলের বেতন।")
N("family", "bn-Latn",
  "Shon, Rehana r shashuri bolse bou ke Jordan pathabe, ami bollam age agency r license check kore nao. tumi ektu Mizan bhai ke jigao na, uni to oi line e kaj kore")
N("family", "en",
  "Bhabi, don't hand Shila's passport to that Selim. If the agency needs it they can come to the house and give a receipt. I told Bhaiya also.")
N("family", "bn-Latn",
  "Nasrin er biyer jonno taka lagbe, oke bolo ei mash e ektu beshi pathate. bkash number ta same e 01799-320481",
  [("phone", "+8801799320481")])

# ---- worker_content (6)
N("worker_content", "bn",
  "আম্মা, এই বাসার মাদাম অনেক ভালো। প্রতি মাসের ১ তারিখে বেতন দেয়, শুক্রবার ছুটি। আমার নিজের রুম আছে, এসিও আছে। চিন্তা কইরো না।")
N("worker_content", "bn-Latn",
  "Apa ami 2 bochor por chuti te ashtesi, kafil nijei ticket kete dise. passport amar kache e thake, oder kache chaite hoy na")
N("worker_content", "en",
  "Mum the madam is taking me to Makkah for umrah with the family next week!! She said I can video call you from there. Don't worry if my phone is off for a day.")
N("worker_content", "bn",
  "আলহামদুলিল্লাহ এই মাসে ওভারটাইম সহ ১৪০০ রিয়াল পাইছি। মাদাম বলছে কন্ট্রাক্ট শেষ হইলে আবার নিবে, আমারও থাকার ইচ্ছা।")
N("worker_content", "bn-Latn",
  "Amman e amar factory te sob Bangladeshi meye, shift 8 ghonta, overtime korle extra. ajke off day, sobai mile biryani ranna korsi 😄 insta te chobi dilam @shathi_in_amman",
  [("instagram", "@shathi_in_amman")])
N("worker_content", "en",
  "Came back from Muscat today after 4 years. Saved enough for the cow farm. The family treated me well, madam even came to the airport. Thank you apa for the training before I left.")

# ---- joke (5)
N("joke", "bn-Latn",
  "amar bou amar passport lukaye rakhse jate ami Dubai jaite na pari 😂 eita ki trafficking er moddhe pore?")
N("joke", "bn",
  "আম্মু আমার মোবাইল নিয়া গেছে, বলে পরীক্ষা শেষ না হওয়া পর্যন্ত পাবো না। আমি এখন বন্দী 😭😂")
N("joke", "en",
  "My boss makes me work 16 hours and pays in 'exposure'. Somebody call the ILO 😂")
N("joke", "bn-Latn",
  "bhai tui je 3 mash dhore amar 500 taka ferot dis na, eta to debt bondage 😂 ajke chai e chai")
N("joke", "en",
  "Update: mother-in-law has confiscated the TV remote and locks the fridge after 10pm. Send help 🙏😂")

# ---- chatter (6 hard)
N("chatter", "bn",
  "ওর খালাতো বোন জর্ডান গেছিল, ভালোই আছে শুনলাম, মাসে মাসে টাকা পাঠায়।")
N("chatter", "bn-Latn",
  "shelter e ajke notun 6 jon ashse, 2 jon ke hospital e nite hobe. apa tumi kal 9 tay asho, van airport e thakbe")
N("chatter", "en",
  "Anyone know a good agency for Malaysia? My cousin wants factory work, we only want a licensed one, no dalal.")
N("chatter", "en",
  "Bro my freelancing client pays in ETH, if you want to split the gig send yours, mine is " + ETH1,
  [("eth_address", ETH1)])
N("chatter", "bn-Latn",
  "Telegram e ekta group ase Saudi probashi der, @probashi_bon_saudi, oikhane sobai iqama renew er tips dey",
  [("telegram", "@probashi_bon_saudi")])
N("chatter", "bn",
  "আজ এয়ারপোর্টে এত ভিড়, সৌদির তিনটা ফ্লাইট একসাথে নামছে। আমাদের আপারা সবাইরে পানি আর খেজুর দিল।")

# ---- easy negatives (10, hard=False)
N("family", "bn", "ভাত খাইছো? আজকে কি রান্না করলা?", hard=False)
N("chatter", "bn-Latn", "kal office bondho, meeting ta porshu rakhi?", hard=False)
N("chatter", "en", "Running 10 mins late, traffic on Airport road is crazy.", hard=False)
N("family", "bn", "বৃষ্টি হইতেছে খুব, ছাতা নিয়া বাইর হইয়ো।", hard=False)
N("chatter", "bn-Latn", "Happy birthday Mitu! onek onek bhalobasha 🎂🎉", hard=False)
N("chatter", "en", "Can you send me the recipe for shorshe ilish? Mine came out bitter.", hard=False)
N("family", "bn-Latn", "ammu ajke exam bhalo hoise, math ta ektu kothin chilo", hard=False)
N("family", "bn", "কালকে বাজার থেকে ডিম আর পেঁয়াজ আনতে হবে, মনে করাইয়া দিও।", hard=False)
N("chatter", "en", "Match starts at 7, come over, Abba made fuchka.", hard=False)
N("chatter", "bn-Latn", "Eid er jama ta ki color nibo? lal na sobuj?", hard=False)


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
    random.Random(107).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev107-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
