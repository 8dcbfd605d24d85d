"""Blind evaluation set dev117 for the trafficking-indicator detector.

Date: 2026-12-06.
The writer never read the tool's rules, the other evaluation sets or the tool's code; only
sections 1 and 2.1 of /work/shared/research/indicators.md were consulted for what the indicators mean.
Persona: a member of a Dhaka apartment-block employers' WhatsApp group and of a 'bua' (placement
woman) who supplies village girls and boys as live-in domestic helpers, writing the employers'
chats about their helpers, the supplier's messages and the neighbours' ordinary household talk.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev117.jsonl"
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


BTC1 = btc("dev117-btc-1")
TRON1 = tron("dev117-tron-1")
ETH1 = eth("dev117-eth-1")

ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[{"type": t, "value": v} for t, v in ents]))


def N(voice, script, text, ents=(), hard=True):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard,
                      entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================ FLAG
# ---------------------------------------------------------------- recruitment_deception (8)
C = "recruitment_deception"
F(C, "bn", "আপা, খালায় তো কইছিল শুধু বাচ্চা দেখা আর একটু রান্না। এখন ম্যাডাম কয় তিনতলা পুরা মুছতে হইবো, আবার ওনার বোনের বাসাতেও যাইতে হয়। এইসব কথা তো বুয়া খালা আমারে কয় নাই 😔")
F(C, "bn", "আপা ওর মায়েরে বলছি আপনারা ওরে স্কুলে দিবেন। আপনি খালি হ্যাঁ হ্যাঁ কইরেন, আসলে দেওয়া লাগবো না। গ্রামের মানুষ এত কিছু বুঝে না, মাইয়া আসলেই হইলো।")
F(C, "bn", "দুবাইয়ে হাসপাতালে ক্লিনারের কাজ কইয়া নিছিল, এখন এক আরবের বাসায় সারাদিন কাজ করায়। বেতন কইছিল ১২০০ দিরহাম, দেয় ৭০০। মা কাউরে কইয়ো না, বুয়া খালারে ফোন দাও 01819-447263",
  [("phone", "+8801819447263")])
F(C, "bn-Latn", "Apa ami to oder bolchi 5 hajar beton, apnake bolsi 9 hajar. Meye jeno na jane apni koto den, baki ta amar kache thakbe, bujhsen to 😊 kauke bolben na")
F(C, "bn-Latn", "Bhai Saudi te hospital e aya r kaj bolben family ke, house maid bolle or baba aapotti korbe. Oikhane giye kon bashay dibe seta pore dekha jabe. Visa 2 lakh, details er jonno wa.me/8801956320418",
  [("whatsapp", "+8801956320418")])
F(C, "bn-Latn", "khala bolse Gulshan e ekta bashay shudhu ekta buri mohila ke dekhte hobe. aisha dekhi 4 ta baccha, 2 ta kukur, ar raat e dokan er hishab o amake lekhte hoy. ami ki korbo bujhtesi na")
F(C, "en", "FYI the bua who brought Rina told her mother it was a job 'in a garments office'. Poor girl cried the whole first week when she figured it out. Anyway she's settled now 🙂")
F(C, "en", "Sister good job in Malaysia for your niece. Agency will write cleaning company but actually she stays with a family as maid. Contract says 1800 ringgit, they give 900, that's normal everyone does. Don't tell her father the details. Call +60 11-2748 3391",
  [("phone", "+601127483391")])

# ---------------------------------------------------------------- fees_and_debt (8)
C = "fees_and_debt"
F(C, "bn", "আপা মেয়েরে আনতে আমার গাড়িভাড়া, ওর বাপরে দেওয়া অগ্রিম সব মিলায় ২৫ হাজার। এইটা ওর বেতন থেকে কাইটা রাইখেন, ১০ মাসে শোধ হইবো। এর আগে ছাড়বেন না কিন্তু।")
F(C, "bn", "মা, ম্যাডাম কইছে প্লেট ভাঙছি দেইখা এই মাসে ২ হাজার কাটবো। খালার টাকাও নাকি এখনো শোধ হয় নাই। এক বছর হইলো হাতে একটা টাকাও পাই নাই।")
F(C, "bn", "সৌদি পাঠানোর জন্য দালাল ৪ লাখ নিছে, জমি বন্ধক দিছি। এখন কয় আকামার লাইগা আরো ৮০ হাজার লাগবো, না দিলে কাজ থেকা বাইর কইরা দিবো। কী করমু বুঝি না")
F(C, "bn-Latn", "Bhabi apnar kajer meye jodi chere jete chay, age amar 18 hajar ferot dite hobe. Oi taka ami or baba ke agei diye disi. Taka shodh na hoile jaite parbe na, apni tension niyen na")
F(C, "bn-Latn", "Amader Jorina r salary to direct bua ke dei, 3 mash holo. Bua bole or baba r loan er kisti kata hocche. Meye ta jiggesh korle ki bolbo? Ami nije o jani na koto baki")
F(C, "en", "madam agent told me visa free no cost. after i come Riyadh he say 3,50,000 taka i owe, every month they cut 600 riyal from my salary. two year i work only for pay this")
F(C, "en", "Just so everyone knows, if you take a girl from Shefali khala she wants 3 months salary upfront as 'commission' and the girl basically works the first 3 months for nothing. Is that normal??")
F(C, "en", "Your daughter's debt is now 42,000 taka with food and the doctor bill. She can go home when it is cleared. Send what you can to my bKash 01736-582914 every month.",
  [("phone", "+8801736582914")])

# ---------------------------------------------------------------- isolation_and_control (8)
C = "isolation_and_control"
F(C, "bn", "আমরা বাইরে গেলে মেইন দরজায় বাইরে থেকে তালা দিয়ে যাই, মেয়েটা দারোয়ানের সাথে একটু বেশি কথা বলে। আপনারা কেউ তালা দেন না? 🤔")
F(C, "bn", "ওর মা ফোন দিলে বলবেন ব্যস্ত আছে। মাসে একবার আমি আমার ফোন থেকে কথা বলাইয়া দিমু। ওর নিজের ফোন রাখার দরকার নাই, খালি নষ্ট হইবো।")
F(C, "bn", "আপা মেয়ের এনআইডি নম্বর ৫৮২৩০৯১৭৪৬, এইটা দিয়া থানার ফর্ম পূরণ কইরা দিয়েন। কার্ড কিন্তু আমার কাছেই থাকবো, মাইয়ার হাতে কোনো কাগজ দিবেন না।",
  [("bd_nid", "5823091746")])
F(C, "bn-Latn", "Meye r phone ta ami niye rekhe disi, sara raat TikTok dekhto. Ekhon shudhu Friday te 10 min kotha bolte dei maa er sathe, amar shamne bosheyi.")
F(C, "bn-Latn", "Apa o ke kono bhabei niche namte diben na, guard ra bhul bhal bujhay. Ar keu jiggesh korle bolben apnar attiyo, kajer meye na. Building er form e o oivabei lekhen")
F(C, "bn-Latn", "bhai ami Mohammadpur er ekta bashay achi, bahir hoite dey na, phone o nai, ek bhabir phone theke likhtesi. amar kagoj pati khala rakhse. ammu re ei number e boilo 01790-336254",
  [("phone", "+8801790336254")])
F(C, "en", "Ma'am took my passport first day and the phone also. I stay in roof kitchen, not allowed talk to the other Bangladeshi maid in next building. Please tell my brother. This is her driver phone +966 55 318 4720",
  [("phone", "+966553184720")])
F(C, "en", "Don't give your maid a SIM. Seriously. Mine got one from the bua's cousin and within a week she was talking to some boy and asking to visit home. I've told the guards she doesn't step out without me.")

# ---------------------------------------------------------------- threats_and_coercion (7)
C = "threats_and_coercion"
F(C, "bn", "তোর মাইয়া যদি আবার পলায় তাইলে চুরির মামলা দিমু, জেলের ভাত খাওয়াইয়া ছাড়মু। ম্যাডামের গয়না হারাইছে, বুঝছস? চুপচাপ ফেরত পাঠা।")
F(C, "bn", "[ফরোয়ার্ডেড ভয়েস নোট থেকে লেখা] চুপ করে কাজ কর, না হলে তোকে থানায় দিয়ে দিব, বলব মোবাইল চুরি করছিস। তোর মা-বাপ কেউ তোকে বাঁচাতে পারবে না।")
F(C, "bn", "আপু আমারে কাইল খুন্তি গরম কইরা হাতে লাগাইছে, কয় বেশি কথা কইলে আরো দিবো। আমি বাড়ি যাইতে চাই, কাউরে কইতে পারতেছি না")
F(C, "bn-Latn", "Bua bolse jodi ami kaj chere dei tahole amar choto bon ke or jaygay niye ashbe, ar amar baba r dokan o bondho koraye dibe. Ami ki korbo apu")
F(C, "bn-Latn", "Oi meye ke bolo chup thakte. Police ashle bolbe nijer icchay ashche. Na bolle or video ta gram e sobar kache pathabo, tar por dekhi biye kemne hoy")
F(C, "en", "If you go to the embassy they will put you in jail, you have no iqama. Just work quietly. Madam already filed huroob on you, you are illegal now, where will you go?")
F(C, "en", "Bhabi honestly a slap now and then is the only thing that works with these girls. Mine stopped answering back after I showed her the belt 😤")

# ---------------------------------------------------------------- labour_exploitation (8)
C = "labour_exploitation"
F(C, "bn", "ভোর ৫টায় উঠি, রাত ১টার আগে শুইতে পারি না। শুক্রবারেও ছুটি নাই। খাইতে দেয় বাসি ভাত, ওনারা খাওয়ার পরে যা থাকে।")
F(C, "bn", "আমার বুয়াকে তিন মাসের জন্য মেয়ের বাসায় উত্তরায় পাঠাইছি, বেতন আমিই রাখতেছি। ওকে জিজ্ঞেস করার কী আছে, আমার লোক আমি যেখানে দরকার পাঠাব।")
F(C, "bn", "আপা মেয়েটা যদি পছন্দ না হয় আমারে ফেরত দেন, আমি ওরে বনানীর এক বাসায় দিয়া দিমু, ওরা ৩০ হাজার দিতে রাজি। আপনার টাকা আপনারে ফেরত দিয়া দিমু।")
F(C, "bn-Latn", "Amader building e 7B er meye ta ke dekhsen? sara din balcony te kapor dhoy, raat 12 tay o dekhi bashon majhtese. 8 mash beton pay nai naki shunlam 😟")
F(C, "bn-Latn", "Ami 14 mash kaj korsi, ekta taka o dey nai. Bole tomar salary jomano ache, jawar shomoy ek shathe dibo. Eid e o bari jete dey nai")
F(C, "bn-Latn", "Khala ami ar parbo na, 3 ta flat e kaj koray, ekta shesh hoile arekta. Ratre thakar room nai, kitchen er floor e ghumai")
F(C, "en", "She sleeps in the kitchen, she's fine with it. Day off? Bhabi these girls don't need a day off, where will she even go 😂")
F(C, "en", "Sent my maid to my sister's flat in Dhanmondi for the week as well, she can do both houses, she's young. Her pay stays the same obviously lol")

# ---------------------------------------------------------------- minors (7)
C = "minors"
F(C, "bn", "আপা ১০-১১ বছরের একটা মেয়ে আছে, খুব শান্ত, মুখে কথা নাই। কেউ জিগাইলে কইবেন ১৫, আর আপনার দূর সম্পর্কের ভাতিজি।")
F(C, "bn", "খালা কইছে মাইয়ারে বিয়া দিলে ঢাকার এক বাসায় জামাইসহ কাজ পাইবো। মাইয়ার বয়স তো মাত্র ১৩, জন্মনিবন্ধনে ১৮ লেখাইয়া দিবো কয়।")
F(C, "bn-Latn", "Bhabi choto chele lagbe? 9 bochor, bajar kora, gari dhowa, sob pare. Beton 2000 or baba ke diben. Number 01521-309847",
  [("phone", "+8801521309847")])
F(C, "bn-Latn", "amar kajer meye ta to ekhono dudh dat pore nai 😅 bua je koy 14, mone hoy 10 o na. jai hok kaj bhalo kore, shudhu raat e kande")
F(C, "bn-Latn", "Passport A03718264 e boyosh 25 deya ache, ashol boyosh 16. Kono problem nai, airport e sob line kora. Shudhu borka pore chhobi tulbe jate bhalo bujha na jay",
  [("bd_passport", "A03718264")])
F(C, "en", "Looking for a small girl 8-10 yrs to play with my son and do light housework, will give food and clothes. Bua please contact 01912-668305",
  [("phone", "+8801912668305")])
F(C, "en", "The birth certificate says 18 but khala told us she is 12. We just need it on paper in case anyone asks. Chairman office did it for 1500 tk.")

# ---------------------------------------------------------------- sexual_exploitation (7)
C = "sexual_exploitation"
F(C, "bn", "দুবাইয়ে পার্লারে কাজ, মাসে ৮০ হাজার। চেহারা ভালো হইতে হবে, বয়স ২৫ এর নিচে। রাতে হোটেলে গেস্টদের সাথে একটু বসতে হবে, এইটা বাড়িতে কওয়ার দরকার নাই।")
F(C, "bn", "আপু ম্যাডামের ভাই রাতে রুমে আসে। ম্যাডামরে কইছি, উনি কয় মুখ বন্ধ রাখ, নাইলে টাকা ছাড়া বাড়ি পাঠাই দিবো। দরজার ছিটকিনিও খুইলা নিছে")
F(C, "bn-Latn", "notun meye ashche gram theke, 17, fresh 🌸 Gulshan er flat e thakbe, guest ek raat 15k. WhatsApp 01581-447093, boss inbox koro",
  [("phone", "+8801581447093")])
F(C, "bn-Latn", "Khala bole bashar kaj na, Banani te ekta 'spa' te kaj, thakar jaiga dibe. Okhane giye dekhi meyeder raat e gari kore pathay. Ami jete chai na, o bole 50 hajar dena ache amar")
F(C, "en", "New girls available for home service, Bangladeshi & Nepali, young 🍒 Booking only Telegram @dhaka_vip_home, no calls",
  [("telegram", "@dhaka_vip_home")])
F(C, "en", "Bua said the 'hotel job' in Cox's Bazar pays 40k but the girls have to 'entertain' the owner's friends. Two girls from our village went, one came back and won't talk to anyone.")
F(C, "en", "Madam husband says if i dont go with his friend tonight he will tell police i stole. he already took pictures of me. please tell me what to do")

# ---------------------------------------------------------------- payments_and_proceeds (7)
C = "payments_and_proceeds"
F(C, "bn", "মেয়ের বাপরে ৫ হাজার দিছি, বাকি ১৫ হাজার আমার কমিশন। আপা আমার নগদে পাঠান ০১৬৪৭-২৮৫৯৩০, রেফারেন্সে মাইয়ার নাম লিখবেন না।",
  [("phone", "+8801647285930")])
F(C, "bn", "ভাই মেয়েরে ছাড়াইতে হইলে ৬০ হাজার লাগবো। বিকাশে দেন, এক নম্বরে না, তিন নম্বরে ভাগ কইরা: 01305-774621, 01407-118356, 01875-930442। টাকা পাইলে মেয়ে গাড়িতে উঠবো।",
  [("phone", "+8801305774621"), ("phone", "+8801407118356"), ("phone", "+8801875930442")])
F(C, "bn-Latn", "Riyadh theke taka hundi te ashbe, Kawran bazar er Mannan bhai dibe. Bank e pathaiyo na, dhora porbe. Meye r 4 mash er beton amar kache ashbe, ami or baba ke 10 hajar dibo")
F(C, "bn-Latn", "bKash korsi 12,000 TrxID BHK4T7QW2N. Apa meye ta kalke pathiye den, baki 8 hajar meye ashle dibo",
  [("mfs_transaction", "BHK4T7QW2N")])
F(C, "bn-Latn", f"Dubai er party USDT te pay korbe, per meye 1500. Ei address e: {TRON1} . Local account e kichu rakhbo na, bKash e o na.",
  [("tron_address", TRON1)])
F(C, "en", "Agent in Jeddah wants 1,200 riyal to give her passport back. Pay through hundi only, not bank. Man's number +966 50 271 8846, say Shefali sent you.",
  [("phone", "+966502718846")])
F(C, "en", "Per month I pay 6k for Shilpi - 5k goes straight to bua's Nagad and she gives the father 'whatever'. Girl gets 1k pocket money. Everyone in our building does it this way, right?")

# ================================================================ OK
# ---------------------------------------------------------------- news (7)
N("news", "bn", "রাজধানীর মোহাম্মদপুরে গৃহকর্মী নির্যাতনের অভিযোগে গৃহকর্ত্রী গ্রেপ্তার। পুলিশ জানায়, ১২ বছরের শিশুটিকে উদ্ধার করে ঢাকা মেডিকেলে ভর্তি করা হয়েছে।")
N("news", "en", "RAB busts ring that lured women with 'parlour jobs' in Dubai; 4 held in Jatrabari, 11 women rescued and their passports recovered, says RAB-10 commander.")
N("news", "bn-Latn", "*Forwarded* Malaysia te lok pathano syndicate er 3 jon grefter, CID bolche jon proti 5 lakh kore niye jal visa dito. Aj Prothom Alo te aschhe, sobai shabdhan")
N("news", "en", "Dhaka court sentences couple to 7 years for torturing child domestic worker; judge cites the Domestic Workers Protection and Welfare Policy 2015.")
N("news", "bn", "হুন্ডি ও মোবাইল ব্যাংকিংয়ে অবৈধ লেনদেনের অভিযোগে বিকাশ, নগদ ও রকেটের ২৩০টি এজেন্ট অ্যাকাউন্ট জব্দ করেছে বিএফআইইউ।")
N("news", "en", "Saudi Arabia deported 1,240 Bangladeshi workers this week, most with expired iqamas, according to the Probashi Kallyan desk at Shahjalal airport.")
N("news", "bn-Latn", "TBS: grihokormi ke gorom khunti diye chheka, obhijukto grihokortri 3 diner remand e. Shishu ti ekhon nanir kache")

# ---------------------------------------------------------------- awareness (7)
N("awareness", "bn", "বিদেশে যাওয়ার আগে কখনো দালালের হাতে পাসপোর্ট দিবেন না। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে প্রবাসবন্ধু কল সেন্টারে অভিযোগ করুন।")
N("awareness", "en", "Employers: your domestic helper has the right to a weekly day off, her own phone, and wages paid to her directly. Keep a written agreement. Children under 14 must not be employed. - Domestic Workers Rights Network")
N("awareness", "bn-Latn", "Apnar elakay kono shishu ke bashar kaje rakha hocche? 14 bochorer niche grihokormi rakha ainto oporadh. Tothyo dite call korun 109.")
N("awareness", "en", "Heard of a 'free visa'? There's no such thing. If a broker says you'll find your own work after landing in Saudi, you are illegal from day one. Check the employer on the Ami Probashi app.")
N("awareness", "bn", "মেয়েকে কাজে পাঠানোর আগে যে বাসায় যাবে তাদের ঠিকানা, ফোন নম্বর আর এনআইডির কপি নিজের কাছে রাখুন। প্রতি সপ্তাহে মেয়ের সাথে নিজে কথা বলুন।")
N("awareness", "bn-Latn", "Parlour, hotel ba spa te uchcho betoner chakrir offer? Age jachai korun. Facebook e 'Dubai e beauty parlour e meye lagbe' type post dekhle share korben na, report korun.")
N("awareness", "en", "If anyone asks your family for money 'to release' you abroad, don't send it over bKash to unknown numbers. Call the embassy welfare wing on WhatsApp +966 53 906 2184 or 999 at home.",
  [("phone", "+966539062184")])

# ---------------------------------------------------------------- official (6)
N("official", "en", "M/S Al-Noor Overseas (RL-1187). Saudi house-maid visa: NO cost to female workers as per BMET rules. Salary SAR 1000 + food + accommodation. Apply with original passport at our office only, receipt given for every document. Call 01755-620391.",
  [("phone", "+8801755620391")])
N("official", "bn", "বাংলাদেশ দূতাবাস, রিয়াদ: যে সকল কর্মীর ইকামার মেয়াদ শেষ, তারা ৩০ জুনের মধ্যে পাসপোর্টসহ শ্রম কল্যাণ উইংয়ে যোগাযোগ করুন। কোনো দালালকে অর্থ প্রদান করবেন না।")
N("official", "bn-Latn", "Malaysia jete sorkar nirdharito khoroch 78,990 taka. Er beshi keu chaile BMET e obhijog korun. Smart card chara keu airport e boarding pabe na. - Jela Jonoshokti Office")
N("official", "en", "Notice from the Flat Owners' Association: all live-in domestic staff must be registered at the building office with a copy of NID/birth certificate and a photo, as required by the local thana. Forms are with the caretaker.")
N("official", "bn", "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: বিদেশগামী নারী কর্মীদের ৩০ দিনের গৃহকর্ম প্রশিক্ষণ শুরু ১৫ জানুয়ারি। পাসপোর্ট ও এনআইডির ফটোকপি আনুন। যোগাযোগ: ০১৭১৩-৪০২৭৮৬",
  [("phone", "+8801713402786")])
N("official", "en", "Bangladesh High Commission, Kuala Lumpur: workers whose passports are held by an employer or lost may apply for a travel permit. Bring a police report. Queries: labourwing.kl@mofa.gov.bd",
  [("email", "labourwing.kl@mofa.gov.bd")])

# ---------------------------------------------------------------- receipt (7)
N("receipt", "en", "You have received Tk 5,000.00 from 01711-849302. Fee Tk 0.00. Balance Tk 7,412.50. TrxID BKL9D2HW4Q at 01/12/2026 18:42",
  [("phone", "+8801711849302"), ("mfs_transaction", "BKL9D2HW4Q")])
N("receipt", "en", "Cash Out Tk 3,000.00 to Agent 01822-615037 successful. Fee Tk 55.50. Balance Tk 204.10. TrxID BKM3X7RJ8P at 02/12/2026 10:15",
  [("phone", "+8801822615037"), ("mfs_transaction", "BKM3X7RJ8P")])
N("receipt", "en", "Money Received. Amount: Tk 2500. Sender: 01977-304518. Ref: bua salary Dec. TxnID: 73KTQ9ZM. Balance: Tk 2614.32. 03/12/2026 20:11",
  [("phone", "+8801977304518"), ("mfs_transaction", "73KTQ9ZM")])
N("receipt", "bn", "প্রিয় গ্রাহক, আপনার হিসাবে রেমিট্যান্স ১২,৪৫০ টাকা জমা হয়েছে (সৌদি আরব)। সরকারি প্রণোদনা ২.৫% যুক্ত হয়েছে। - সোনালী ব্যাংক")
N("receipt", "en", "Tk 1,500 sent to 01556-208714 via Rocket. TxnId: 4029815673. Charge Tk 27. Balance Tk 890.",
  [("phone", "+8801556208714"), ("mfs_transaction", "4029815673")])
N("receipt", "bn-Latn", "Rahima nijei bollo or ammu r number e pathate, December er beton + 1000 bonus pathaisi 01748-551290 e, TrxID BKP6N2VC9T. Screenshot o Rahima ke dekhaisi 👍",
  [("phone", "+8801748551290"), ("mfs_transaction", "BKP6N2VC9T")])
N("receipt", "bn", "আপনার বিকাশ একাউন্টে ৩,২০০ টাকা এসেছে ০১৮৯৩-২২৭৪৬১ থেকে। TrxID BKR5W8TE1Z। ব্যালেন্স ৩,৮১০ টাকা।",
  [("phone", "+8801893227461"), ("mfs_transaction", "BKR5W8TE1Z")])

# ---------------------------------------------------------------- family (7)
N("family", "bn", "আব্বা, পাসপোর্টের জন্য আগারগাঁও অফিসে গেছিলাম, আঙুলের ছাপ দিয়া আসছি। ২১ দিনে দিবে কইছে। ফি ব্যাংকে জমা দিছি, কোনো দালাল ধরি নাই।")
N("family", "bn-Latn", "Ammu, ami Riyadh pouchaisi alhamdulillah. Company r gari niye gese, room e AC ache. Passport amar kachei, iqama r jonno shudhu copy nise. Kal theke duty")
N("family", "en", "Bro I sent 20k to Abba's bKash for the roof repair, TrxID BKT2Q6LM8D, tell him not to give it all to Chachu 😅",
  [("mfs_transaction", "BKT2Q6LM8D")])
N("family", "bn", "খালাম্মা, সুমির বিয়ার কথা আপাতত থাক, মেয়ে এইচএসসি দিবো। ১৮ না হইলে বিয়ার কথা তুলবেন না, কাজীও রাজি হইবো না।")
N("family", "bn-Latn", "Rina r passport number ta pathalam, ticket katar shomoy lagbe - EB0264817. Umrah te ammu r sathe jabe in sha Allah",
  [("bd_passport", "EB0264817")])
N("family", "en", "Mom, our helper Moyna wants to go home for Eid for 10 days, I said yes. I'll give her the bus fare and December salary in advance. Can you manage the cooking those days?")
N("family", "bn", "ভাইয়ার দুবাইয়ের ভিসা হয়ে গেছে বোয়েসেলের মাধ্যমে, খরচ সব মিলায় ১ লাখ ১০। স্মার্ট কার্ডও পাইছে। দোয়া কইরো সবাই 🤲")

# ---------------------------------------------------------------- worker_content (6)
N("worker_content", "bn-Latn", "Kuwait e 3 bochor holo, madam khub bhalo. Prottek mash er 1 tarikh e beton dey, Friday chuti, phone o amar kachei. Ei eid e bari ashbo insha'Allah")
N("worker_content", "bn", "আমি ধানমন্ডির বাসায় ৫ বছর কাজ করতেছি। খালাম্মা নিজে আমার নামে ব্যাংক হিসাব খুইলা দিছে, বেতন ওইখানেই যায়। সন্ধ্যায় সেলাই শিখি।")
N("worker_content", "en", "Update from Doha: got my salary plus overtime, 2200 riyal, sent half home. Room shared with 3 Bangladeshi bhais, good people. Contract ends in Aug, renewing 👍")
N("worker_content", "bn-Latn", "Malaysia te factory r kaj, 8 ghonta shift, overtime korle alada taka. Permit renew company nijei korse, beton theke kono taka kate nai.")
N("worker_content", "en", "I work for a family in Gulshan 2, I have my own small room and Fridays off. Madam pays my fee for evening class. Just saying because everyone in village thinks all maids suffer.")
N("worker_content", "bn", "জেদ্দায় হাসপাতালের ক্লিনার হিসেবে আসছি, যে কাজের কথা বলছিল সেটাই। প্রথম মাসের বেতন পাইছি, আম্মুর একাউন্টে পাঠাইছি।")

# ---------------------------------------------------------------- joke (5)
N("joke", "bn-Latn", "Amar bashay asholei ekta bonded labour ache - ami nije 😂 office theke eshe bacchar homework, bajar, ar boss er WhatsApp 🙃 (@workingmom_dhaka er reel theke churi)",
  [("instagram", "@workingmom_dhaka")])
N("joke", "en", "My mother-in-law has confiscated my phone AND my passport, says we are not going to Bangkok this year 😭😂")
N("joke", "bn", "বুয়া ছুটিতে গেলে এই বিল্ডিংয়ের সব ভাবী একসাথে জিম্মি হয়ে যাই 😂 থালাবাসন ধোয়ার শ্রমিক ভাইরা কই আপনারা!")
N("joke", "en", "Group admin has been holding us hostage with 'Good morning' flower pictures since 2019. Ransom: one day without them 🌸🌸")
N("joke", "bn-Latn", "Baccha ta 5 bochor, kintu negotiation e dalal der o harabe 😂 chocolate na dile homework hobe na, commission age")

# ---------------------------------------------------------------- chatter (hard, 5)
N("chatter", "en", "Does anyone know a good placement woman? Our helper is getting married and going home next month 😢 Need an adult, experienced with cooking, 10k + food. Mail rumana.haque84@gmail.com",
  [("email", "rumana.haque84@gmail.com")])
N("chatter", "bn", "৬বি এর ভাবি, আপনার বুয়া কি সকালে ফ্রি আছে? শুধু ঘর মোছা, ঘণ্টা দুয়েক, মাসে ৩০০০ দিব।")
N("chatter", "bn-Latn", "Guard bhai bolse raat 11 tar por main gate lock hoye jabe, kajer lok ra keu baire gele age boile jaben. Chor er upodrob barse")
N("chatter", "en", "Reminder: lift will be off Sunday 10am-2pm. Please tell your helpers not to carry gas cylinders up during that time.")
N("chatter", "bn-Latn", "Bhabi amar Shahana 14 din chuti te gram e gese, ma er operation. Beton agrim diye disi. Keu ekta thika bua r number dite paren? 01630-442817 e call diyen",
  [("phone", "+8801630442817")])

# ---------------------------------------------------------------- easy (10)
N("chatter", "bn-Latn", "Kal bikeler dike current thakbe na bolse DESCO, kapor gula aj e dhuye felun", hard=False)
N("chatter", "bn", "আজ কী রান্না করলেন ভাবি? আমার বাসায় খিচুড়ি আর ডিম ভাজি 🌧️", hard=False)
N("chatter", "bn-Latn", "Happy birthday Tasnim! 🎂🎉 Allah tomake onek bhalo rakhuk", hard=False)
N("chatter", "en", "Anyone going to Agora tonight? I need eggs and a packet of atta.", hard=False)
N("chatter", "bn", "৫এ তে পার্সেল আসছে, দারোয়ানের কাছে রাখা আছে।", hard=False)
N("chatter", "bn-Latn", "Parking e ke jeno gari ulta kore rekhe gese, 2C er gari ber korte parche na. Please check", hard=False)
N("chatter", "en", "Jummah is at 1:15 at the Road 9 masjid today, not 1:30.", hard=False)
N("chatter", "bn", "বাচ্চাদের স্কুল কাল বন্ধ, হরতালের কারণে। সবাইকে জানিয়ে দিয়েন।", hard=False)
N("chatter", "bn-Latn", "Bhabi apnar recipe ta pathan please, oi pudding ta daroon chilo 😋", hard=False)
N("chatter", "en", "Water tank cleaning on Thursday, please store some water Wednesday night.", hard=False)


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
    random.Random(117).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev117-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
