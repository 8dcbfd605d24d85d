"""Blind evaluation set dev106 for the trafficking-indicator detector.

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets, or the tool's code; only
sections 1 and 2.1 of /work/shared/research/indicators.md were read, for what the indicators mean.
Persona: a welfare worker of a seafarers' association in Chattogram who reads the chats of deck-hands
recruited for foreign fishing trawlers (Thailand, Indonesia, Somalia, Mauritius) and for local shrimp
and dry-fish yards on the coast, alongside ordinary sailors' and fishermen's talk.

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

OUT = "eval/dev/dev106.jsonl"
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


BTC1 = btc("dev106-btc-1")
TRON1 = tron("dev106-tron-1")
ETH1 = eth("dev106-eth-1")

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
F("recruitment_deception", "bn",
  "ভাই বলছিল মালয়েশিয়ার পোর্টে কন্টেইনার লোডিংয়ের কাজ, মাসে ৮০ হাজার। এখন দেখি থাইল্যান্ডের একটা মাছ ধরার বোটে "
  "তুলে দিছে, বেতনের কথা কেউ কয় না। এজেন্ট রফিকের নম্বর ০১৭১৫৮৮২৩১০, ফোন দিলে খালি বলে 'সব ঠিক আছে, ধৈর্য ধরো'।",
  [("phone", "+8801715882310")])
F("recruitment_deception", "bn",
  "আম্মা, কাগজে লেখা ছিল ফ্যাক্টরির কাজ। পোর্ট লুইসে নামার পরদিনই একটা টুনা বোটে তুলে দিছে, বলে এইটাই তোমার কোম্পানি। "
  "এজেন্ট কাকা ফোন ধরে না। আব্বারে এখন কিছু বইলো না।")
F("recruitment_deception", "bn",
  "দালালে হইয়িল জাহাজর ইঞ্জিন রুমত হাম, মাসে ছয়শ ডলার। ইন্দোনেশিয়াত আনি এক্কান মাছর ট্রলারত তুলি দিয়ে। "
  "অন হর বেতন দেড়শ ডলার, ইয়ানও ট্রিপ শেষ ন হইলে ন দিব।")
F("recruitment_deception", "bn-Latn",
  "bhai ami to gesilam ship er job e, telegram e @seajobs_bd_thai page theke. oder kotha chilo seaman visa. "
  "ekhane ese dekhi visa tourist, ar boat e tule dise somalia er dike. keu kichu bole na",
  [("telegram", "@seajobs_bd_thai")])
F("recruitment_deception", "bn-Latn",
  "Dalal bolse Thailand e fish processing factory, AC room, 8 ghonta duty. Ekhon 3 mash hoilo samudre, "
  "ekbar o port e namai nai. Eta factory na bhai, eta trawler")
F("recruitment_deception", "bn-Latn",
  "Ami je CDC ta diye gesi oita nki nokol. Ekhankar captain bolse tomar seaman book fake, immigration dhorle jail. "
  "Agent Rafiq bhai to bolsilo sob legal, BMET theke kora")
F("recruitment_deception", "en",
  "Brother they said Mauritius fish factory packing job 45000 taka plus food. Offer came from hr.oceanfresh.mu@gmail.com. "
  "When we came they put us on a Taiwan longliner, contract paper in chinese language, we sign without reading. "
  "Nobody told us it is 10 months at sea.",
  [("email", "hr.oceanfresh.mu@gmail.com")])
F("recruitment_deception", "en",
  "sir the offer letter was for ship crew, Singapore company. we flew to jakarta then small boat to Ambon. "
  "now they say company changed, salary not dollar, rupiah, and half of what was told")

# ---------------------------------------------------------------- fees_and_debt (8)
F("fees_and_debt", "bn",
  "মহাজনের দাদন নিছিলাম ৪০ হাজার। এখন বলে পুরা মৌসুম ওর বোটেই জাল টানতে হবে, অন্য বোটে গেলে টাকা ডাবল দিতে হবে। "
  "মাছ বেচার ভাগ থেকে অর্ধেক কাইটা রাখে, হিসাব দেখায় না।")
F("fees_and_debt", "bn",
  "ভিসা আর টিকেটের জন্য সাড়ে চার লাখ দিছি, জমি বন্ধক রাইখা। এখানে আসার পর বলে আরো এক লাখ লাগবে সিম্যান বুকের জন্য। "
  "দালাল সেলিম বিকাশ নম্বর দিছে ০১৮৭৬-৫৪৩২১০, না দিলে বেতন থেকে প্রতি মাসে কাটবে।",
  [("phone", "+8801876543210")])
F("fees_and_debt", "bn",
  "শুঁটকি খোলার মালিক বলছে আগের সিজনের দেনা শোধ না করলে বাড়ি যাইতে পারবা না। রোজ ২০০ টাকা কাটে, খাওয়ার খরচও "
  "দেনার খাতায় লেখে। দেনা তো কমে না, বাড়তেই থাকে।")
F("fees_and_debt", "bn-Latn",
  "Bhai captain bolse amar plane ticket, visa, training shob loan. Protimash 200 dollar katbe 18 mash. "
  "Tahole ami pabo ki? Ghore to kichui pathate parbo na")
F("fees_and_debt", "bn-Latn",
  "Dalal Jamal er kache 3 lakh baki dekhay. O bolse ami jodi trawler e na jai tahole amar choto bhai ke pathabe, "
  "kaj kore shodh korbe. ei taka to ami nei nai, sob or hisab")
F("fees_and_debt", "bn-Latn",
  "gher malik advance dise 25 hajar, ekhon bole chingri season sesh na howa porjonto chhuti nai. "
  "mojuri theke protidin 150 kore kete ney. khatay likhe rakhe, amra to porte pari na")
F("fees_and_debt", "en",
  "They charge us 1200 USD agency fee after we arrived in Bangkok, even we already paid 4.5 lakh in Dhaka. "
  "Until it is paid our salary goes to the agent, we only get 1000 baht pocket money")
F("fees_and_debt", "en",
  "My husband's first 8 months salary was kept by the boat owner for his recruitment loan. Now they say there is new loan "
  "for food and cigarettes on the boat. When will it finish sir?")

# ---------------------------------------------------------------- isolation_and_control (8)
F("isolation_and_control", "bn",
  "জাহাজে ওঠার সময় সবার পাসপোর্ট আর মোবাইল কাপ্তানের কাছে জমা নিছে। সপ্তাহে একবার ৫ মিনিট কথা বলতে দেয়, "
  "পাশে দাঁড়ায়া থাকে। আম্মারে বইলো আমি ভালো আছি।")
F("isolation_and_control", "bn",
  "রাতে ঘরের দরজা বাইরে থেকে তালা দেয়। বরফকলের পিছনের গুদামেই ঘুমাই ১৪ জন। বাইরে যাইতে চাইলে পাহারাদার বলে "
  "মালিকের অনুমতি লাগবে।")
F("isolation_and_control", "bn",
  "কেউ জিগাইলে বলবি তুই আমার ভাগিনা, বেড়াইতে আসছস। ঘাটে পুলিশ থাকে, কোন কথা কবি না। "
  "নৌকায় উঠার আগে মোবাইল আমার হাতে দিয়া দিবি।")
F("isolation_and_control", "bn-Latn",
  "6 mash hoye gelo boat ekbar o port e jayni. mach onno boat e tule dey, oi boat theke khabar ase. "
  "amader kauke namte dey na. ei msg ta ek indonesian bhai er phone diye dicchi, delete kore dio")
F("isolation_and_control", "bn-Latn",
  "Passport agency rekhe dise, bole safe rakhar jonno. Chaile bole 2 bochor por. Ekhon Songkhla te boat e, "
  "shore pass o nai. amar passport no BW0556712, apnara embassy te dite paren?",
  [("bd_passport", "BW0556712")])
F("isolation_and_control", "bn-Latn",
  "ei number e ar call dio na, supervisor phone check kore. ami nijei call dibo jokhon pari. "
  "kauke bolba na ami kothay, agent mana korse")
F("isolation_and_control", "en",
  "sir 11 bangladeshi on this vessel, they keep all passport and seaman book in a locked cabinet on the bridge. "
  "Only captain phone has signal. We cannot go down in Port Louis, one guard at gangway always. "
  "My passport no A07731842 pls give to embassy",
  [("bd_passport", "A07731842")])
F("isolation_and_control", "en",
  "Uncle pls dont post anything on fb about me. Manager saw my cousin's post and took my phone for 2 weeks. "
  "They say if we talk to journalist or embassy people we are finished here.")

# ---------------------------------------------------------------- threats_and_coercion (7)
F("threats_and_coercion", "bn",
  "কাজ ছাড়ার কথা বলছিলাম বইলা সারেং রড দিয়া পিঠে মারছে। বলছে আবার মুখ খুললে সাগরে ফালায়া দিবে, কেউ খুঁইজাও পাবে না।")
F("threats_and_coercion", "bn",
  "তোর ভাই যদি টাকা ফেরত চায় বা থানায় যায়, তাইলে ওর পোলাটার খবর আছে। বাড়ি চিনি আমরা, বুঝছস?")
F("threats_and_coercion", "bn",
  "মালিকে হইয়ে হাম ছাড়ি গেলে পুলিশে দিব, চুরির মামলা দিব। আঁর বাপরেও ফোন গরি হুমকি দিয়ে।")
F("threats_and_coercion", "bn-Latn",
  "Captain bolse beshi kotha bolle immigration e diye dibe, tomar kono valid visa nai, 5 bochor Thai jail. "
  "Tai chup kore kaj kortesi.")
F("threats_and_coercion", "bn-Latn",
  "kal raate Karim bhai ke sobar shamne belt diye mereche, o jor e pore ase tobu jal tante hobe. "
  "boss bole 'tora keu palaite chaile eirokom hobe'")
F("threats_and_coercion", "en",
  "if your son tries to run from the boat again we hand him to the Somali guards. you know what they do. "
  "call this number +252 61 552 8417 and keep your mouth shut",
  [("phone", "+252615528417")])
F("threats_and_coercion", "en",
  "Foreman said anyone who complains to the labour inspector will be reported as runaway and deported, "
  "and the agent in Dhaka will take the land papers from our family.")

# ---------------------------------------------------------------- labour_exploitation (8)
F("labour_exploitation", "bn",
  "রাত ২টায় জাল ফেলা শুরু, পরের দিন রাত ১০টা পর্যন্ত মাছ বাছাই। ঘুম ৩-৪ ঘন্টা। ৭ মাস হইছে, একটা টাকাও বেতন "
  "পাই নাই। বলে ট্রিপ শেষে একসাথে দিবে।")
F("labour_exploitation", "bn",
  "হাত কাইটা গেছে জালের তারে, ঔষধ নাই, পইচা যাইতেছে। তবু কাপ্তান বলে কাজে না নামলে খাবার বন্ধ।")
F("labour_exploitation", "bn",
  "আমাদের ৫ জনরে এই বোট থেকে আরেক মালিকের কাছে বেইচা দিছে। নতুন বোটে আবার প্রথম থেকে চুক্তি, "
  "আগের ৪ মাসের বেতনের কথা কেউ জানে না।")
F("labour_exploitation", "bn-Latn",
  "shutki pollite sokal 4 tay uthi, rat 11 porjonto mach kata, lobon dewa, macha te shukano. shaptahik chuti nai. "
  "eid er din o kaj korsi. 3 mash er mojuri baki")
F("labour_exploitation", "bn-Latn",
  "bhai amra ek bela khai, bhat ar shukna mach. khaoar pani o lona. 2 jon oshukh e pore ase, "
  "captain bole ekhane doctor nai, kaj koro")
F("labour_exploitation", "bn-Latn",
  "Aj freezer room e 16 ghonta. gloves chhera, angul e kono onuvuti nai. overtime er taka chaile bole "
  "contract e overtime lekha nai")
F("labour_exploitation", "en",
  "We work 20 hours when the fish comes. No day off in 5 months. Salary 'kept safe' by skipper, he say we get "
  "everything when we go home. Three guys from Sylhet never got anything last year.")
F("labour_exploitation", "en",
  "sir one boy fell in the fish hold, broke his leg. they did not take him to shore, only painkiller. "
  "next day they make him sort fish sitting. nobody paid for 6 months.")

# ---------------------------------------------------------------- minors (7)
F("minors", "bn",
  "পোলার বয়স তো ১৫, কাগজে ১৯ বানায়া দিমু, কোন সমস্যা নাই। ট্রলারে ছোট পোলাপানই ভালো, হাত চালু। "
  "খালি বাপের এনআইডি ৮৭২৩৪১৫৬০৯ এর কপিটা পাঠান, জন্মনিবন্ধন আমি করায়া নিমু।",
  [("bd_nid", "8723415609")])
F("minors", "bn",
  "ঘেরের মালিক ১২-১৩ বছরের ৬টা ছেলে আনছে নোয়াখালী থেকে, রাতে চিংড়ির পোনা বাছায়। স্কুলে যায় না, "
  "বাপ-মা মাসে দুই হাজার টাকা পায়।")
F("minors", "bn-Latn",
  "apnar meyer boyosh 14 holeo shomossha nai, Chittagong e ek bashay kaj, khawa thaka free, masher taka apnar "
  "bikash e dibo. beshi jante chaiben na, malik bhalo manush")
F("minors", "bn-Latn",
  "chhoto bhai er boyosh 16, dalal bolse birth certificate notun kore banabe 20 bochor dekhiye, Indonesia boat e nibe. "
  "ammu raji hoye gese karon taka lagbe na bole. dalal er number 01798-334512",
  [("phone", "+8801798334512")])
F("minors", "bn-Latn",
  "dublar char e je pichchi gula shutki banay, beshir bhag 10-14 bochor. baba ra mohajon er dadon niye "
  "pola ke 5 mash er jonno diye dey")
F("minors", "en",
  "Boss need 2 small boy for the boat, 13-14 yrs ok, they climb fast and eat less. "
  "Papers I will fix with the chairman office, age 18.")
F("minors", "en",
  "Her father is marrying her to the boat owner's cousin in Teknaf, she is only 15. "
  "They said after the wedding she will go to Malaysia with him for work. Please help apa.")

# ---------------------------------------------------------------- sexual_exploitation (7)
F("sexual_exploitation", "bn",
  "বলছিল কক্সবাজারের হোটেলে রিসেপশনের চাকরি। এখানে আনার পর মোবাইল নিয়া গেছে, রাতে কাস্টমারের রুমে পাঠায়। "
  "না গেলে ম্যাডাম বলে দালালের টাকা ফেরত দে।")
F("sexual_exploitation", "bn",
  "শুঁটকি খোলার সর্দার মেয়েদের বলে রাতে ওর ঘরে না গেলে পরের দিন কাজ নাই, মজুরিও কাটবে। "
  "কেউ মুখ খোলে না, সবাই দেনায় আটকা।")
F("sexual_exploitation", "bn-Latn",
  "Port er kase ekta massage parlour e kaj dise bole, kintu oikhane raate jahajer lokjon ase. Amake jor kore... "
  "ami ar thakte chai na apu, passport o tara rakhse")
F("sexual_exploitation", "bn-Latn",
  "notun maal aisse, 18-19 bochor, Bangali. jahajer crew der jonno room ready. rate 3000 ghonta, "
  "booking wa.me/8801845207731",
  [("whatsapp", "+8801845207731")])
F("sexual_exploitation", "bn-Latn",
  "bhabi ke bolsilo Malaysia te restaurant e kaj. Ekhon shunchi oke ek hotel e rakhse, boss er guest der shathe "
  "'friendly' thakte hoy. Phone e kotha bolte dey na, shudhu kande")
F("sexual_exploitation", "en",
  "New girls from BD at the karaoke near the fishing port 🌸 young, shy, cheap. Private room for boat captains. "
  "DM t.me/portnight_bd",
  [("telegram", "@portnight_bd")])
F("sexual_exploitation", "en",
  "The manager said if I do the video call show for his friends he will cut 500 ringgit from my debt. "
  "If not, he will send my photos to my husband.")

# ---------------------------------------------------------------- payments_and_proceeds (7)
F("payments_and_proceeds", "bn",
  "দালাল বলছে পোলারে বোট থেকে নামায়া দেশে পাঠাইতে ২ লাখ লাগবে। ৫০ হাজার কইরা দুই নম্বরে বিকাশ করতে বলছে: "
  "০১৮১৯৪৫৬৭২১, ০১৭৪৮২৩০৯১৫। টাকা না দিলে ওরে আরেক বোটে দিয়া দিবে।",
  [("phone", "+8801819456721"), ("phone", "+8801748230915")])
F("payments_and_proceeds", "bn",
  "হুন্ডির লোক মামুন (০১৮১১-৭৭৪৩২০) রিয়াজউদ্দিন বাজারে টাকা দিবে, ওখান থেকে মহাজনের লোক নিয়া যাবে। "
  "ব্যাংকে পাঠাইবা না, ধরা খাইবা। পোলাগো বেতনের ডলার এইখানেই রাখি আমরা।",
  [("phone", "+8801811774320")])
F("payments_and_proceeds", "bn-Latn",
  "Nagad e 35000 pathaisi, TxnID 73KQ9ZD2. Baki 15000 kal dibo. Ebar amar bhai ke chhere dite bolen, "
  "o 3 din dhore kichu khay nai",
  [("mfs_transaction", "73KQ9ZD2")])
F("payments_and_proceeds", "bn-Latn",
  f"Thai boss er payment ashbe USDT te, ei TRON address e: {TRON1} . Convert kore dalal der share bikash e dibo, "
  "per head 20k. bank e kichu ashbe na",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "ei wa.me/66891472036 e contact koro, Bangkok er agent. Crew pathanor commission dibe hundi te, "
  "per lok 30 hajar taka, Chaktai te cash",
  [("whatsapp", "+66891472036")])
F("payments_and_proceeds", "en",
  "Send 80k to Rocket 01612-345678 for the release fee. After confirm they bring him to Belawan port and put on ferry. "
  "No police or deal cancel.",
  [("phone", "+8801612345678")])
F("payments_and_proceeds", "en",
  "Crew money from Mauritius goes to the Dubai friend first, then hawala to Chattogram. For your cut use this "
  f"BTC wallet: {BTC1} . Don't tell the families how much the captain sends.",
  [("btc_address", BTC1)])

# ================================================================ OK (60)

# ---------------------------------------------------------------- news (7)
N("news", "bn",
  "চট্টগ্রামে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। র‍্যাব জানায়, তারা থাইল্যান্ডে মাছ ধরার ট্রলারে ভালো বেতনের চাকরির "
  "প্রলোভন দেখিয়ে যুবকদের পাচার করত। অভিযানে ১২টি পাসপোর্ট উদ্ধার করা হয়েছে।")
N("news", "bn",
  "সোমালিয়া উপকূলে জিম্মি ২৩ নাবিকের পরিবার আগ্রাবাদে মালিকপক্ষের অফিসের সামনে মানববন্ধন করেছে। "
  "মালিকপক্ষ জানিয়েছে, মুক্তিপণ নিয়ে আলোচনা চলছে, নাবিকরা সবাই সুস্থ আছেন।")
N("news", "en",
  "Indonesian authorities rescued 38 foreign crew, including 14 Bangladeshis, from a fishing vessel near Ambon. "
  "The crew said they had not been paid for 11 months and the captain held their passports, police said.")
N("news", "en",
  "Cox's Bazar: police detained a broker accused of sending teenagers to dry-fish yards in Nazirartek against "
  "advance payments to their parents. A case was filed under the Prevention and Suppression of Human Trafficking Act 2012.")
N("news", "bn-Latn",
  "Fwd: Teknaf e 2 dalal greftar, Malaysia pathanor kotha bole trawler e tule dito. BGB 27 jon ke uddhar koreche, "
  "tader moddhe 6 jon shishu. (Dainik Purbokone)")
N("news", "bn",
  "মানবপাচার মামলায় চট্টগ্রামের এক রিক্রুটিং এজেন্সির মালিককে ১০ বছরের কারাদণ্ড দিয়েছে ট্রাইব্যুনাল। রায়ে বলা হয়, "
  "তিনি ভুয়া সিডিসি দিয়ে ১৭ জনকে বিদেশি ট্রলারে পাঠিয়েছিলেন।")
N("news", "en",
  f"CID says the gang collected ransom from families of crew stranded in Indonesia through bKash agents and a crypto "
  f"wallet ({ETH1}). Five people were arrested in Chattogram and Cox's Bazar.",
  [("eth_address", ETH1)])

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn",
  "সাবধান! বিদেশে জাহাজে চাকরির নামে কেউ টাকা চাইলে আগে যাচাই করুন। পাসপোর্ট, সিডিসি কখনো দালালের হাতে দেবেন না। "
  "সাহায্যের জন্য প্রবাসবন্ধু কল সেন্টারে ফোন করুন।")
N("awareness", "bn-Latn",
  "Shobai share koren: Facebook e Thailand/Indonesia boat e kaj er offer dekhle agent er license number chan, "
  "BMET site e mil koren. 'Free visa, free ticket' mane bipod. Proshno thakle amader helpline wa.me/8801730012345",
  [("whatsapp", "+8801730012345")])
N("awareness", "en",
  "NEVER hand over your seaman book or passport to anyone except the ship's master, and only against a signed receipt. "
  "If someone asks you to pay for a job at sea, report it to the Department of Shipping.")
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: ১৮ বছরের কম বয়সী সন্তানকে শুঁটকি খোলা বা ট্রলারের কাজে পাঠাবেন না। "
  "দাদনের টাকা নিয়ে শিশুকে কাজে দেওয়া আইনত দণ্ডনীয়।")
N("awareness", "en",
  "Seafarers' welfare tip: keep a photo of your passport, CDC and contract on your phone and with your family. "
  "Tell them the vessel name and IMO number before you sail. Questions: welfare.ctg@seafarersbd.org",
  [("email", "welfare.ctg@seafarersbd.org")])
N("awareness", "bn-Latn",
  "Meyera shabdhan: Cox's Bazar ba Dubai te hotel/parlour e kaj er kotha bole onek meye ke pachar kora hoy. "
  "Kajer thikana, malik er naam, contract na dekhe jaben na. Bipode 999 e call koren.")
N("awareness", "bn",
  "বিকাশ/নগদে অচেনা নম্বরে 'মুক্তিপণ' বা 'ছাড়ানোর খরচ' পাঠানোর আগে পুলিশকে জানান। প্রতারকরা বিদেশে আটকে থাকা "
  "স্বজনের নাম বলে টাকা চায়।")

# ---------------------------------------------------------------- official (6)
N("official", "bn",
  "মেসার্স সী হক ওভারসিজ (আরএল-১২৮৪): মরিশাসে মৎস্য প্রক্রিয়াজাতকরণ কারখানায় ৩০ জন শ্রমিক নিয়োগ। সরকার নির্ধারিত "
  "অভিবাসন ব্যয়ের বেশি কোনো টাকা নেওয়া হবে না, সব লেনদেন ব্যাংকে, রসিদসহ। যোগাযোগ: ০১৭৩০-৪৫৬৭৮৯",
  [("phone", "+8801730456789")])
N("official", "en",
  "Embassy of Bangladesh, Bangkok: Bangladeshi nationals working on Thai fishing vessels may contact the Labour Wing "
  "at +66 2 390 4417 for help with unpaid wages, documents or repatriation. All services are free of charge.",
  [("phone", "+6623904417")])
N("official", "en",
  "BMET: Your emigration clearance (smart card) for MAURITIUS is ready. Collect from DEMO Chattogram with passport "
  "EB0412345. Do not pay anyone for this service.",
  [("bd_passport", "EB0412345")])
N("official", "bn",
  "নৌপরিবহন অধিদপ্তর: সিডিসি নবায়নের ফি ব্যাংকের মাধ্যমে জমা দিন। কোনো দালালের মাধ্যমে আবেদন গ্রহণ করা হবে না। "
  "জাতীয় পরিচয়পত্র ও পাসপোর্টের কপি সংযুক্ত করুন।")
N("official", "en",
  "Offer of employment: Deck hand, F/V Ocean Star 7 (Mauritius flag). Basic wage USD 550/month, 8-hr watches, "
  "1 rest day a week, paid monthly to the crew member's own bank account. Recruitment cost borne by the employer. "
  "Queries: recruit@seahawkoverseas.com.bd",
  [("email", "recruit@seahawkoverseas.com.bd")])
N("official", "bn-Latn",
  "Agency notice: kal sokal 10 tay PDO training. Shobai original passport ar NID niye ashben, verification er por "
  "shathe shathe ferot dewa hobe. Kono taka lagbe na.")

# ---------------------------------------------------------------- receipt (6)
N("receipt", "en",
  "You have received Tk 25,000.00 from 01819456722. Ref baba. Fee Tk 0.00. Balance Tk 26,410.50. "
  "TrxID BK7Q2XM9PA at 06/12/2026 11:42",
  [("phone", "+8801819456722"), ("mfs_transaction", "BK7Q2XM9PA")])
N("receipt", "en",
  "Cash Out Tk 10,000.00 to Agent 01711203458 successful. Fee Tk 185.00. Balance Tk 1,203.17. "
  "TrxID 9HG4KD2WQ1 at 05/12/2026 19:08",
  [("phone", "+8801711203458"), ("mfs_transaction", "9HG4KD2WQ1")])
N("receipt", "en",
  "Money Received. Amount: Tk 8,500.00 Sender: 01927334581 Ref: ghor bhara TxnID: 71XK4MBQ Balance: Tk 9,022.30 "
  "05/12/2026 21:14",
  [("phone", "+8801927334581"), ("mfs_transaction", "71XK4MBQ")])
N("receipt", "en",
  "Dear Customer, your A/C **4471 is credited with BDT 62,340.00 (inward remittance from MAURITIUS, "
  "remitter MD JASIM UDDIN) on 04-12-2026. Thank you for banking with us.")
N("receipt", "bn",
  "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৬৮১২৩৪৫০৯ থেকে। রেফারেন্স: জাহাজ। ফি ৳০.০০। ব্যালেন্স ৳৫,৩১২.৪০। "
  "TrxID CJ84LP2ZRT ০৬/১২/২০২৬ ০৯:১৫",
  [("phone", "+8801681234509"), ("mfs_transaction", "CJ84LP2ZRT")])
N("receipt", "en",
  "Rocket: Send Money Tk 3,000 to 01556781230 successful. Fee Tk 0. TxnId: 4837261905. Balance Tk 412.50",
  [("phone", "+8801556781230"), ("mfs_transaction", "4837261905")])

# ---------------------------------------------------------------- family (7)
N("family", "bn",
  "আব্বা, পাসপোর্টটা আলমারির ড্রয়ারে রাখছি, নম্বর A12983746, ছবিও তুইলা রাখছি। এজেন্সির লোক কালকে দেখতে চাইছে, "
  "দেখায়া ফেরত নিয়া আসবো। টাকা কিছু লাগবে না বলছে।",
  [("bd_passport", "A12983746")])
N("family", "bn-Latn",
  "Ammu tension nio na, boat e network nai tai call dite pari na, port e namle video call dibo. "
  "Ei mash er beton bikash e pathaisi 20 hajar, check koro")
N("family", "bn",
  "ছোট মামা মরিশাসে যাইতে চায়। লাইসেন্সওয়ালা এজেন্সি খুঁজতেছি, দালাল ধরব না। খরচ কত পড়তে পারে জানো কিছু?")
N("family", "en",
  "Bhaiya, Abbu wants to sell the cow to pay for your CDC course. I told him wait, you said the academy gives a loan. "
  "Call him tonight.")
N("family", "bn-Latn",
  "Rina r bhai nki Somalia te jahaje chilo, shunlam jolodossu dhorse. Kal TV te dekhaise sobai bhalo ase, "
  "company bolse taratari chhariye anbe. Allah bachaise")
N("family", "bn",
  "আঁর পোয়া আইজ্জা জাহাজত উইঠ্যে, ছয় মাস পরে ফিরিব। কোম্পানি ভালা, বেতন ব্যাংকত আইয়ে। দোয়া গরিও।")
N("family", "en",
  "Don't send money through that hundi guy anymore, Nasir mama. Use bKash remittance, it's legal and they even "
  "add 2.5% bonus now.")

# ---------------------------------------------------------------- worker_content (7)
N("worker_content", "bn-Latn",
  "Alhamdulillah, Korean company r ship, 3 mash holo. Beton protimash time moto bank e ashe, overtime o dey. "
  "Captain bhalo, Sunday chuti. Passport nijer kache.")
N("worker_content", "en",
  "Mauritius life update 🐟 12 hr shift at the tuna factory, but paid every 15 days and the room is clean. "
  "Saving for my sister's wedding. More pics on insta @jasim_in_mauritius",
  [("instagram", "@jasim_in_mauritius")])
N("worker_content", "bn",
  "ট্রিপ শেষ, ৪৫ দিন পর বন্দরে নামলাম। কাপ্তান সবাইরে হিসাব বুঝায়া দিছে, আমার ভাগে ৯৮ হাজার। কালকে বাড়ি আসতেছি ইনশাআল্লাহ।")
N("worker_content", "bn-Latn",
  "aj jahaj Singapore e dukse, shore leave pabo 6 ghonta. keu Mustafa center er dike thakle ei sim e call dio "
  "+65 8123 4470, cha khabo 😄",
  [("phone", "+6581234470")])
N("worker_content", "en",
  "Contract done, 9 months on the longliner. Hard work, sometimes 14-15 hours when we hit a school of tuna, "
  "but every cent paid. Signing again next season.")
N("worker_content", "bn",
  "মালিক পাসপোর্ট রাখতে চাইছিল, আমরা সবাই না করছি, শেষে মাইনা নিছে। এখন সবার পাসপোর্ট নিজের লকারে। এখানে কাজ ঠিকঠাক।")
N("worker_content", "bn-Latn",
  "shutki season e Nazirartek e kaj kori 4 mash, roj 700 taka, khaoa malik er. ei bochor dadon nei nai, "
  "nijer taka e ashchi, bhalo lagtese")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn",
  "bou amar passport, phone, bkash pin sob rekhe dise, bole safe e thakbe 😂 ami ekhon ghorer ekmatro bondi sromik")
N("joke", "en",
  "My wife confiscated my phone after 10 pm, no contact with the outside world. Somebody call the embassy 😂😂")
N("joke", "bn",
  "শ্বশুরবাড়ির দাওয়াতে গেলে মনে হয় দাদন নিছি, খাওয়ার পর সারাদিন পুকুরে জাল টানা লাগে 😅")
N("joke", "bn-Latn",
  "captain bolse aj raate extra duty. mane ludo tournament, je harbe tin din thala dhuibe 😂")
N("joke", "en",
  "Skipper said no salary until the fish learn to jump into the boat by themselves. So never 🙃 jk we got paid today")

# ---------------------------------------------------------------- chatter (5 hard)
N("chatter", "bn",
  "ঘাটে শুনলাম সলিমের ট্রলার আবার সোমালিয়ার দিকে যাইতেছে। ওই দিকে জলদস্যুর ভয় না? বীমা করা আছে তো?")
N("chatter", "bn-Latn",
  "oi dalal Harun ke chino? amar cousin ke Malaysia pathaise last year, legal vabe, kono jhamela hoy nai, "
  "smart card o korse. number lagle dibo, 01833-456129",
  [("phone", "+8801833456129")])
N("chatter", "en",
  "Anyone selling a used sea-bag and safety boots? Joining a Panama-flag bulk carrier next month. "
  "Call +880 1556 902341",
  [("phone", "+8801556902341")])
N("chatter", "bn",
  "কালকে ফিশারি ঘাটে ইলিশের দাম আকাশছোঁয়া। মহাজনরা নাকি সব মাছ ট্রলার থেকে সরাসরি তুইলা নিতেছে, আমরা খুচরা পাই না।")
N("chatter", "en",
  "Is that Thai fishing boat job on the FB page real? they ask 2 lakh advance. my gut says no, i'm not going")

# ---------------------------------------------------------------- easy negatives (10, hard=False)
N("chatter", "bn", "ভাই, আজকে বিকালে পতেঙ্গায় খেলা আছে, আসবা?", hard=False)
N("chatter", "bn-Latn", "Kal office bondho, hartal. Bazar ta aj kore rakhish", hard=False)
N("chatter", "en", "Happy birthday Rafi! 🎂 have a great year bro", hard=False)
N("family", "bn", "আম্মু, রাতে মাছের তরকারি রাইন্ধো, আমি ৮টার মধ্যে আসতেছি", hard=False)
N("family", "bn-Latn", "Apu, Nabil er school er fee ta kal dite hobe, mone kore dio", hard=False)
N("chatter", "en", "Traffic at GEC circle is crazy today, I'll be 20 min late", hard=False)
N("worker_content", "bn-Latn", "Aj weather bhalo, shagor shanto. dupure dal bhat khelam, ekhon ghum", hard=False)
N("family", "en", "Eid Mubarak to everyone in the family group 🌙", hard=False)
N("chatter", "bn", "নতুন সিমটার নাম্বার ০১৯১২৫৫৮৩০৪, এইটা সেভ কইরা রাখো", [("phone", "+8801912558304")], hard=False)
N("chatter", "en", "Who took my charger from the mess room? put it back pls", hard=False)


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
    random.Random(106).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev106-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
