#!/usr/bin/env python3
"""Blind dev set dev83: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a researcher in Sylhet and London on migration to the UK and Europe
(care-worker and student visa schemes sold for large fees, sponsor licences rented out, care-home and
restaurant workers paid below the law and in debt to the sponsor, documents kept, Home Office threats);
Sylheti, Londoni English, Banglish. Run from the repository root.
Held out from round 14 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev83.jsonl"
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


BTC1 = btc("dev83-btc-1")
TRON1 = tron("dev83-tron-1")
ETH1 = eth("dev83-eth-1")

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
RD, FD, PP, IC = "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control"
LE, TC, SX, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "✈️🇬🇧 ইউকে কেয়ার ভিসা ✈️🇬🇧\nIELTS লাগতো নায়, এক্সপেরিয়েন্স লাগতো নায়, ওয়াইফ বাচ্চা লগে নিতা পারবায়। কাম গ্যারান্টি, মাসে ২৫০০ পাউন্ডের উপরে। সিট কম, আগে আইলে আগে পাইবা। ইমো/হোয়াটসঅ্যাপ ০৭৪২৪ ১১৮৯৩০",
  [("phone", "+447424118930")])
F(RD, "bn", "ভাইসাব কইছিল ম্যানচেস্টারের কেয়ার হোমে সিনিয়র কেয়ারার, ঘণ্টায় ১২ পাউন্ড। আইয়া দেখি কেয়ার হোম টোম কিচ্ছু নাই, উনার ভাইয়ের রেস্টুরেন্টের পিছে থালাবাসন ধুই। জিগাইলে কয় কাগজে কেয়ার আছে ইটাই যথেষ্ট")
F(RD, "bn", "আজকে কোম্পানিস হাউসে চেক করলাম, যে কোম্পানির নামে আমার CoS দিছে ইটার ঠিকানা একটা বন্ধ দোকান, ২ বছর ধরি কোনো একাউন্ট জমা দেয় নাই। এজেন্ট কয় চিন্তা করিও না ভিসা লাগি খালি নাম লাগে, কাম অন্য জায়গায় দিমু")
F(RD, "bn-Latn", "Agent koisil student visa te aila university te naam matro thakbo, class kora lagto nay, full time kaj korte parba keu dekhto nay. aiya dekhi attendance na thakle uni CAS cancel kore ar 20 ghontar beshi kaj korle visa shesh 😔 ekhon ki kormu")
F(RD, "bn-Latn", "Bhai Romania diya Europe e dhukaia dimu, 3 mash por Italy pathaimu, okhane kaj ready ase restaurant e 1400 euro. Romania r kaj er kotha keu jantoi na, oikhane thakba na. 8 lakh e pura package 👍 wa.me/8801711456782",
  [("whatsapp", "+8801711456782")])
F(RD, "bn-Latn", "sponsor e interview e koisil weekly 39 ghonta fixed, mashe 2300+ pound. ekhon aisi 5 mash, zero hour contract e sign korai nise, ekbar 12 ghonta dise ekbar 20. rent e e shob taka jay. ei kotha keu koy nai agey")
F(RD, "en", "Chef jobs UK 🇬🇧 Skilled Worker visa. No English test, no cooking experience needed - we arrange the experience letter and certificate from our partner restaurant in Sylhet. Job in Birmingham guaranteed on arrival. Serious people only, WhatsApp wa.me/447583220419",
  [("whatsapp", "+447583220419")])
F(RD, "en", "my cousin was told she'd be going as a 'fiancée' to marry a British citizen, the agent even sent photos of the groom. turns out the 'groom' is the agent's own guy, the nikah papers are fake and now she's in Luton cleaning his sister's house")

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F(FD, "bn", "CoS এর লাগি ২২ হাজার পাউন্ড, অর্ধেক এখন দিতে অইবো বাকি ভিসা আইলে। আব্বার ধানের জমি বন্ধক দিলাম, আর বড় মামুর কাছ থাকি ৬ লাখ ধার। ইনশাল্লাহ গেলে শোধ করি দিমু")
F(FD, "bn", "স্পন্সর কয় তুমার ভিসা আর টিকিটের খরচ ১৫ হাজার পাউন্ড অখনো বাকি, প্রতি মাসে বেতন থাকি ৮০০ কাটি রাখমু যত দিন শোধ না অয়। হিসাব দেখাইতে কইলে কয় আমার খাতায় আছে")
F(FD, "bn", "কন্ট্রাক্টে লেখা আছে ৩ বছরের আগে চাকরি ছাড়লে ট্রেনিং, ভিসা আর 'রিক্রুটমেন্ট' খরচ মিলাইয়া ৯৫০০ পাউন্ড ফেরত দিতে অইবো। আমি তো কোনো ট্রেনিংই পাইছি না")
F(FD, "bn-Latn", "ai mash theke room rent 450 pound katbo koise, room e amra 6 jon. ar visa extension er lagi aro 5000 lagbo, na dile extension korto nay. ashar shomoy to ei kotha silo na")
F(FD, "bn-Latn", "ammar nam e 2 ta NGO loan, mama theke 8 lakh dhar, shob dia agent re dilam UK jawar lagi. ekhon ekhane kaj nai 2 mash, kisti er lok barit aisa boisa thake. ammar phone dhorte dor lage")
F(FD, "en", "Your sponsorship balance is £6,000. You want your BRP and reference letter before you move to the new employer, clear the balance first. Part payment not accepted. USDT ERC20 only: " + ETH1,
  [("eth_address", ETH1)])
F(FD, "en", "bro the agent wants 25 lakh total for the care visa. 5 lakh now as 'booking money' to hold the CoS slot, non refundable he says. then 10 after CoS, 10 after visa. is this normal??")
F(FD, "en", "First it was £1200 for the 'english exemption letter', then £800 for DBS, now they want £2000 for 'licence renewal' or they withdraw my CoS. Every month there's a new fee and I've already paid them 14k")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F(PP, "bn", "টাকা ব্যাংকে পাঠাইবায় না, রেমিটেন্সে ধরা খাইবায়। হুন্ডিতে দেন, জিন্দাবাজারে আমার লোক আছে, উনার কাছে ক্যাশ দিলে লন্ডনে আমি পাউন্ডে পাই যাইমু। রেট ও ব্যাংক থাকি ভালা")
F(PP, "bn", "৩ লাখ টাকা তিন বিকাশে ভাগ কইরা পাঠাও, এক নাম্বারে ৫০ হাজারের বেশি একবারে দিও না:\n০১৭১১-৪৫৬৭৮২\n০১৮১৯-২২৩৩৪৪\n০১৯৭৭-৮৮৯৯০০\nসেন্ড মানি করবায়, ক্যাশ ইন না। রেফারেন্সে কিচ্ছু লেখবায় না",
  [("phone", "+8801711456782"), ("phone", "+8801819223344"), ("phone", "+8801977889900")])
F(PP, "bn-Latn", "UK theke taka bank e pathaiba na, Ahmed bhai er account e pound dio, uni Sylhet e taka diya dibo tomar abba re. receipt rakhba na, pathanir por ei chat delete koriba")
F(PP, "bn-Latn", "CoS er dam USDT te dile 2000 pound kom. TRC20 address: " + TRON1 + " . pathaiya screenshot diyo, bank e kono transfer dekhaiba na",
  [("tron_address", TRON1)])
F(PP, "bn-Latn", "1 lakh ei personal Nagad e pathan 01612-558877, agent number na. TxnID ta ekhane diben, amra kono money receipt dei na. Ami already 50 hajar er TxnID: 7HK29QXA pathaisi bhai",
  [("phone", "+8801612558877"), ("mfs_transaction", "7HK29QXA")])
F(PP, "en", "Salary will show £2,150 on the payslip because Home Office checks it. When it comes in you withdraw and give back £1,300 cash to Sabbir every month. No transfers from your account to ours, cash only, understood?")
F(PP, "en", "Licence available - A-rated, 5 CoS unused this year. Rent is £40k for the lot, you put your own guys on it. Paid in BTC only to " + BTC1 + " no bank trail. Director name stays mine",
  [("btc_address", BTC1)])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F(IC, "bn", "পাসপোর্ট আর BRP দুইটাই মালিকের অফিসের আলমারিত। কয় তুমরা হারাই ফেলবায়, তাই উনি রাখবা। জিপি তে রেজিস্টার করতে লাগবো কইলাম, তাও দিলা না, কইলা উনি নিজে লইয়া যাইবা")
F(IC, "bn", "আমরা ৭ জন উনার হাউসে থাকি, বাইরে গেলে ম্যানেজাররে কইয়া যাইতে হয়, রাত ৯টার পর দরজায় তালা, চাবি উনার কাছে। মসজিদেও একলা যাইতে দেয় না, লগে কেউ থাকে")
F(IC, "bn-Latn", "amar phone niya gese, shudhu jummabar 10 minit barit call dite dey, pashe boisa shune. ammare koisi bhalo asi, kintu kisu koite parsi na")
F(IC, "bn-Latn", "keu jiggesh korle koiba tumi student, kaj koro na, ekhane khali thako. council er lok ba union er lok ashle kono kotha koiba na, amare dakba. kono charity r number phone e rakhba na")
F(IC, "bn-Latn", "ekhon theke Telegram e @sylhet_cos_team e kotha hobe, whatsapp use koriba na. purana shob chat delete koro, barir keu jigaile koiba sponsor bhalo, beton thik moto ase",
  [("telegram", "@sylhet_cos_team")])
F(IC, "en", "Don't register with a GP, don't open your own bank account. We keep your bank card and PIN in the office for safety, we'll give you cash for food on Friday. Letters come to our address not yours")
F(IC, "en", "She lives in their house in Luton, sleeps in the box room. They drive her to the care home and back every day, she doesn't even know the postcode of where she lives. Only calls her mum from the boss's phone")
F(IC, "en", "If I want to see my BRP I have to ask him, he keeps it in the office safe with like 9 other people's passports. My passport no is EB1234567 if anything happens to me pls tell my brother",
  [("bd_passport", "EB1234567")])

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F(LE, "bn", "রেস্টুরেন্টে সপ্তাহে ৭ দিন, দুপুর ১২টা থাকি রাত ১টা। মাস শেষে হাতে ৯০০ পাউন্ড ক্যাশ, পেস্লিপে লেখা ৩৭ ঘণ্টা। ছুটির কথা কইলে কয় দেশে গিয়া ছুটি কাটাইও")
F(LE, "bn", "৩ মাস ধরি বেতন দেয় নাই। কয় হোম অফিসের অডিট শেষ অইলে একলগে দিমু। খাওনের টাকা বন্ধুর থাকি ধার করি চলি, ভাই কিতা করতাম")
F(LE, "bn", "কেয়ার হোমে ডাবল শিফট করাই, রাতের স্লিপিং শিফট কাজ বইলা ধরে না, অথচ সারারাত রেসিডেন্টদের দেখি। ঘণ্টায় হিসাব করলে ৪ পাউন্ডও পড়ে না")
F(LE, "bn-Latn", "khawa thik moto dey na, kitchen er bachha khabar khai, ek bela. 8 jon ek room e, floor e tosok, heater chalaile boss gali dey bill beshi")
F(LE, "bn-Latn", "domiciliary care, 15 minit er call ek bari theke arek bari, travel time er pay nai. din e 14 ghonta bahire thaki, mash shesh e 1100 pound ashe. car nai, hete hete jai bristi te")
F(LE, "bn-Latn", "chhuti chaile koy tor visa amar hate, chhuti nai. 2 bochor e ekdin o chhuti pai nai, Eid er din o kitchen e. chaira jaite chaile koy 'jao, dekhi ke tomare CoS dey'")
F(LE, "en", "payslip says £11.44 an hour but 'accommodation and uniform' £700 taken off every month. I take home about £480 for 60 hours a week. Asked for the breakdown, manager said stop asking or find another sponsor")
F(LE, "en", "They moved me from the care home to his brother's takeaway in Oldham, now I do delivery and kitchen, no contract, no payslip for this. He says I'm still on the care sponsor on paper so just keep quiet and work")

# threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
F(TC, "bn", "বেশি কথা কইলে হোম অফিসে রিপোর্ট করমু তুমি কাম ছাড়ি পলাইছো। ভিসা ক্যানসেল অইবো, এক সপ্তাহে ডিপোর্ট। বুঝিয়া শুনিয়া মাত কইও")
F(TC, "bn", "তোর বাপ মায় বিশ্বনাথে থাকে ভুলি যাইছ না। আমার মানুষ আছে ওখানে। টাকার কথা আর কাউরে কইলে বুঝবে কিতা অয়")
F(TC, "bn-Latn", "jodi union e jao ba kono lawyer er kase, tomar nam e churi r case dimu, bolmu till theke taka churi korso. police e dhoraia dimu, tarpor dekhi tumar visa koi thake")
F(TC, "bn-Latn", "[voice note 0:47] shuno, tumi jodi chaira jaite chao jao, kintu CoS withdraw korle 60 din er moddhe desh e jaite hoibo. ar loan er taka tomar abba dibo, amar lok barit jaibo, bujso?")
F(TC, "en", "He slapped me in the kitchen in front of everyone, said next time it'll be the knife. The other boys said it happened to them too and nobody says anything")
F(TC, "en", "If you go to that charity again I'll tell the Home Office you were working in the takeaway on your student visa. You'll be the one in detention, not me. Think about your family before you do anything stupid")
F(TC, "en", "sponsor says he's 'transferring' me and 3 others to an owner in Bradford, the guy is paying him for us. we have to go with whoever he sells the CoS to or he reports us absent")

# sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F(SX, "bn", "মেয়েটা কেয়ার ভিসায় আইছে মাত্র ৪ মাস। অখন মালিক কয় শিফটের পরে রাতে উনার ফ্ল্যাটে 'মেহমানদের' সাথে থাকতে অইবো, না অইলে স্পন্সর তুলি লইবো। মেয়েটা কান্দে খালি")
F(SX, "bn", "লন্ডনে বিউটি পার্লারে কাজ, মাসে ৩০০০ পাউন্ড, থাকা খাওয়া ফ্রি। খালি সুন্দরী অবিবাহিত মেয়ে লাগবো, বয়স ২৫ এর নিচে। পুরা ছবি ইনবক্সে পাঠান, মুখ আর শরীর দুইটাই")
F(SX, "bn-Latn", "bhai notun 2 ta Bangali meye ashse student visa te, real pic 100% genuine, East London flat e. booking shudhu amar maddhome, direct meyeder sathe kotha hobe na. raat 10 tar por")
F(SX, "bn-Latn", "landlord koy rent dite na parle weekend e tar sathe thakte hobe, ager meye rao eivabe thaksilo. na korle Home Office e jani dibo je ami beshi ghonta kaj kori")
F(SX, "en", "New Bengali girls in Whitechapel, fresh from Dhaka 🌸 sweet and shy, outcall only, text don't call 07912 604 377, my girls only see gentlemen",
  [("phone", "+447912604377")])
F(SX, "en", "the 'uncle' who sponsors her keeps making her come to his room after her night shift, says she owes him for the visa and this is how she pays. she's scared to say no because he holds the CoS")
F(SX, "en", "Massage job for girls in Birmingham 💆‍♀️ accommodation provided, no English needed, no visa problem, cash paid daily, we handle clients. Telegram @bham_spa_jobs only",
  [("telegram", "@bham_spa_jobs")])

# minors (7: bn 3, bn-Latn 2, en 2)
F(MN, "bn", "ফুয়ার বয়স অখন ১৬, পাসপোর্টে ১৯ কইরা দিমু, জন্ম নিবন্ধন নতুন বানাইমু। তারপর রেস্টুরেন্টে কামে লাগাই দিমু, স্কুলের ঝামেলা নাই")
F(MN, "bn", "১৪ বছরের মেয়েটা লন্ডনে মামার বাসায় আছে, স্কুলে দেয় না। সারাদিন বাচ্চা রাখে, রান্না করে, ঘর মুছে। বাইরে কেউ জিগাইলে কয় বেড়াইতে আইছে")
F(MN, "bn", "মেয়ের বয়স ১৫ অইলেও সমস্যা নাই, লন্ডনী ফুয়া বিয়া কইরা নিয়া যাইবো। কাবিনে বয়স ১৮ লেখি দিমু, কাজী আমার চিনা। খালি ২ লাখ টাকা খরচ")
F(MN, "bn-Latn", "17 bochor er pola, takeaway te delivery kore raat 2 ta porjonto, school e enrol kora ase kintu jay na. owner koy pola'r paper e boyosh 21, kono problem nai")
F(MN, "bn-Latn", "meyer boyosh baraia notun NID banaisi, NID: 19989117812345678, ekhon shob jaygay 26. asol boyosh 16. agency koise eibhabe care visa r file e dibo, keu dhorte parbo na",
  [("bd_nid", "19989117812345678")])
F(MN, "en", "Agent says the boy is 15 but 'looks 20'. They'll send him on a visit visa with an 'uncle' and he'll start in the kitchen straight away, no school, he'll send money home every month")
F(MN, "en", "Need young girls 13-16 from village for housework with families in London and Birmingham. Pocket money only, family pays ticket, no papers needed. Contact sylhet.homehelp@gmail.com",
  [("email", "sylhet.homehelp@gmail.com")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn", "সিলেটে কেয়ার ভিসার নামে প্রতারণা: ৪০ জনের কাছ থেকে ৮ কোটি টাকা আত্মসাৎ, চক্রের দুই সদস্য গ্রেপ্তার। ভুক্তভোগীরা জানান, যুক্তরাজ্যে কাজের প্রলোভন দেখিয়ে জনপ্রতি ২০ লাখ টাকা নেওয়া হয়েছিল")
N("news", "en", "Home Office revokes hundreds of sponsor licences in care sector after investigation finds migrant workers were charged illegal fees and underpaid. Affected workers will be given 60 days to find a new sponsor.")
N("news", "bn-Latn", "Birmingham er ekta care agency r licence batil hoise, 30 jon Bangladeshi worker er CoS cancel. tara 60 din shomoy paiben notun sponsor khujte, Home Office bolse tader kono dosh nai - forwarded from Sylhet Probashi News")
N("news", "bn", "যুক্তরাজ্যে শ্রমিক শোষণ ও মানব পাচারের অভিযোগে দুই বাংলাদেশি রেস্টুরেন্ট মালিকের কারাদণ্ড। আদালত বলেছে, কর্মীদের পাসপোর্ট আটকে রেখে ন্যূনতম মজুরির কম বেতন দেওয়া হতো")
N("news", "en", "Tribunal orders Cardiff restaurant to pay £34,000 in unpaid wages to a former chef on a skilled worker visa, after finding he worked 70-hour weeks without overtime.")
N("news", "en", "Report: one in five care workers on Health and Care visas paid recruitment fees to agents back home, some as high as £20,000, says migrant rights charity. Full report on their website.")
# awareness
N("awareness", "bn", "সতর্কবার্তা ⚠️ কেয়ার ভিসার জন্য কাউকে টাকা দিবেন না। যুক্তরাজ্যের নিয়মে স্পন্সর কোম্পানি কর্মীর কাছ থেকে CoS এর খরচ নিতে পারে না। পাসপোর্ট আটকে রাখলে বা বেতন না দিলে ফোন করুন Modern Slavery Helpline 08000 121 700 (ফ্রি, ২৪ ঘণ্টা)",
  [("phone", "+448000121700")])
N("awareness", "en", "If your employer holds your passport or BRP, that is NOT normal. You have the right to keep your own documents. Your sponsor cannot charge you for your CoS or deduct visa costs from your wages. Share this with anyone who came on a care visa 🙏")
N("awareness", "bn-Latn", "Sylhet er bhai bon ra sabdhan!! keu jodi bole 15-20 lakh dile UK care visa, IELTS lagbe na, experience lagbe na - eta 100% protarona. gov.uk e sponsor er naam check korun. dalal er kase passport diben na. share korun")
N("awareness", "bn", "মসজিদ কমিটির পক্ষ থেকে অনুরোধ: আমাদের এলাকায় কেউ যদি কাজের জায়গায় বেতন না পান, পাসপোর্ট আটকে রাখা হয় বা হোম অফিসের ভয় দেখানো হয়, জুম্মার পর ইমাম সাহেবের সাথে গোপনে কথা বলুন। আইনজীবী ফ্রি সাহায্য করবেন")
N("awareness", "en", "Know your rights 📢 National Living Wage for 21+ is £11.44/hr. Sleep-in shifts may count as working time. Accommodation offset is capped by law. Deductions for visa fees are not allowed. Free advice every Saturday at the community centre, Brick Lane.")
N("awareness", "bn-Latn", "Forwarded: student visa te ashle term time e week e 20 ghontar beshi kaj korben na, keu jodi bole 'full time koro kichu hobe na' tar kotha shunben na. apnar visa jabe, tar kichu hobe na. UKCISA website e details ase")
# official
N("official", "en", "BOESL (Bangladesh Overseas Employment and Services Ltd, a Govt. company): Applications open for 150 factory workers for Romania. Migration cost as fixed by the Government; no broker or agent is involved. Apply only at boesl.gov.bd. Beware of fraud.")
N("official", "bn", "আমি প্রবাসী: আপনার বিএমইটি নিবন্ধন সম্পন্ন হয়েছে। নিবন্ধন নং 2026-SYL-0048213। স্মার্ট কার্ড সংগ্রহের তারিখ ১৪/১২/২০২৬, জেলা কর্মসংস্থান ও জনশক্তি অফিস, সিলেট। সাথে পাসপোর্ট ও ভিসার মূল কপি আনবেন")
N("official", "en", "UK Visas and Immigration: Your Certificate of Sponsorship has been assigned by a licensed sponsor. You should not be asked to pay for your CoS. If you have been charged, you can report this confidentially on GOV.UK.")
N("official", "en", "British High Commission Dhaka: the Sylhet visa application centre will be closed on 16 December (Victory Day). Passports ready for collection can be collected from 17 December with your collection slip.")
N("official", "bn-Latn", "Dear Sir, apnar Romania work permit er file BOESL e jama hoyeche. Passport No: A01234567. Medical test er jonno 12/12 tarikh sokal 9 tay ashun, kono taka ana lagbe na. -BOESL Help Desk",
  [("bd_passport", "A01234567")])
N("official", "bn", "বিভাগীয় পাসপোর্ট ও ভিসা অফিস, সিলেট: আপনার ই-পাসপোর্ট প্রস্তুত। সংগ্রহের সময় জাতীয় পরিচয়পত্র (NID: 8234567190) এর মূল কপি ও ডেলিভারি স্লিপ সঙ্গে আনুন। দালালের সাথে যোগাযোগ করবেন না",
  [("bd_nid", "8234567190")])
# receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01712345678. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BHK7Q2M9XZ at 04/12/2026 18:22",
  [("phone", "+8801712345678"), ("mfs_transaction", "BHK7Q2M9XZ")])
N("receipt", "en", "Money Received.\nAmount: Tk 12000.00\nSender: 01819456123\nRef: ammar oshudh\nTxnID: 73KD9QPL\nBalance: Tk 12450.00\n05/12/2026 09:41",
  [("phone", "+8801819456123"), ("mfs_transaction", "73KD9QPL")])
N("receipt", "en", "Dear Customer, your A/C xxxx4471 has been credited with BDT 1,18,560.00 on 03-12-2026 (Foreign Remittance from United Kingdom). Thank you for banking with us. -IBBL")
N("receipt", "en", "Cash-In from A/C: ***3391 Tk 5,000.00 Fee: Tk 0.00 Your A/C Balance: Tk 7,340.00 TxnId: 4829103756 Date: 02-DEC-26 04:15 pm",
  [("mfs_transaction", "4829103756")])
N("receipt", "bn", "আপনি ৳১৫,০০০.০০ পেয়েছেন ০১৯১২৩৪৫৬৭৮ নম্বর থেকে। ফি ৳০.০০। ব্যালেন্স ৳১৮,২২০.০০। TrxID CJL4K8W2PA সময় ০১/১২/২০২৬ ২০:০৫",
  [("phone", "+8801912345678"), ("mfs_transaction", "CJL4K8W2PA")])
N("receipt", "en", "Your transfer of £500.00 to Rahima Begum (bKash 01711998877) has been delivered. She received BDT 80,125.00. Transfer ID R-5521-90813. Thanks for using us!",
  [("phone", "+8801711998877")])
# family
N("family", "bn", "আম্মা, পাসপোর্ট রিনিউ করতে দিছি সিলেট অফিসে, ফিঙ্গারপ্রিন্ট দিয়া আইছি। ভাইয়া কইলা লন্ডন থাকি ফি এর টাকা পাঠাইবা, চিন্তা কইরো না")
N("family", "bn-Latn", "beta tui biye nia chinta korish na, meyer baba London e thake, bhalo family. kintu amra age meye dekhbo, meyer o mot lagbo. tor exam shesh hok tarpor kotha")
N("family", "en", "Mum said Nani's visit visa got approved!! she's coming for 6 months in March, passport came back from VFS today 🥳 someone needs to clear the box room lol")
N("family", "bn-Latn", "kaka, apnar dhar er 50 hajar taka ami bkash kore dilam, baki 30 next month salary ashle. ammare kaiyen na, tension korbo")
N("family", "bn", "ফুয়ার স্টুডেন্ট ভিসার লাগি ব্যাংক একাউন্টে ২৮ দিন টাকা রাখতে অইবো। মামুর কাছ থাকি ধার লইয়া রাখছি, ভিসা অইলে ফেরত দিমু। ইউনিভার্সিটির অফার লেটার আইছে আলহামদুলিল্লাহ")
N("family", "en", "Aunty don't worry about the girls travelling alone, Rafiq bhai will pick them up from Heathrow and bring them straight to ours. I've sent him their flight number and their passports are in Shila's bag")
# worker_content
N("worker_content", "bn-Latn", "alhamdulillah 1st payslip pailam care home theke, 37.5 ghonta, 12.20 per hour. manager khub bhalo, passport BRP amar kasei. ammare pathaisi 300 pound")
N("worker_content", "en", "Honestly night shifts are killing me lol but at least they pay enhanced rate at weekends. Visa renewal done by the company, they paid all the fees themselves, I just signed")
N("worker_content", "bn", "রেস্টুরেন্টে কাজে খুব চাপ, শনিবার রাতে ১৫০ কভার, পিঠ ব্যথা অইযায়। তয় মালিক ভালা মানুষ, বেতন টাইমমতো ব্যাংকে দেয়, ওভারটাইমও দেয়")
N("worker_content", "bn-Latn", "amar manager ta rude, rota last minute change kore, 3 bar eibhabe korse. HR e formal complaint disi, dekhi ki hoy. union e o join korsi")
N("worker_content", "en", "switched sponsor last month, new care agency in Leicester. They did the CoS for free, didn't take a penny, even paid the visa fee. my old place kept moaning about my hours so glad I left")
N("worker_content", "bn", "রোমানিয়ায় ফ্যাক্টরিতে আছি ৮ মাস, কাজ ৮ ঘণ্টা, থাকা কোম্পানির, বেতন ৬৫০ ইউরো ব্যাংকে আসে। শীত বড় বেশি 🥶 কিন্তু ভালা আছি, আম্মারে কইও")
# joke
N("joke", "bn-Latn", "Londoni jamai pawa ar Home Office er visa pawa same kotha, dui tai 10 bochor wait 😂😂")
N("joke", "en", "my mum treating my passport like it's the crown jewels, I'm 27 and she still keeps it locked in her almirah 😂 'you'll lose it' ma I'm a pharmacist")
N("joke", "bn", "দালাল ভাই কইছে আমারে মঙ্গল গ্রহে ফ্রি ভিসা দিবো, ইলন মাস্ক নিজে স্পন্সর, খালি ৫ লাখ অগ্রিম 🤣🤣 ট্যাগ দেও তুমার ওই বন্ধুরে যে সব বিশ্বাস করে")
N("joke", "bn-Latn", "amar boss amare excel sheet er jonno 3 din dhore office e atkai rakhse 😩 eta ki modern slavery na? 🤣 ajke 6 tay ber hoimu inshallah")
N("joke", "en", "Nani asked if I'm being 'kept' somewhere in London because I don't call every day 😭 nani it's called dissertation deadlines")
N("joke", "bn", "বিয়ার বাজারে লন্ডনী ফুয়ার দাম অখন কমি গেছে, CoS ওলা ফুয়ার দাম বেশি 😂 আম্মার নতুন ক্রাইটেরিয়া")
# chatter
N("chatter", "bn-Latn", "bhai tumar CoS ashse? amar HR koise next week dibo. biometric appointment Sylhet VFS e pailam 12 tarikh, tumi kobe?")
N("chatter", "en", "anyone know a good immigration solicitor in Whitechapel? need advice on switching from student to skilled worker, legit ones only pls, not the cousin-of-a-cousin type")
N("chatter", "bn", "ভাই কেউ জানো বিকাশে লিমিট কত অখন দিনে? আব্বারে ৫০ হাজার পাঠাইতে চাইছিলাম, একবারে যায় না")
N("chatter", "bn-Latn", "agent er office e gesilam Zindabazar, IELTS coaching er jonno. fee 12000, 2 mash er course. ora UK uni application o free kore dey bollo. thik ase naki?")
N("chatter", "en", "the girls from our uni are going to the Bengali society dinner on friday, £15 a ticket, dm me on insta @tasnim.writes if you want one",
  [("instagram", "@tasnim.writes")])
N("chatter", "bn", "পুলিশ আজকে আমরার রাস্তায় আইছিল, পাশের বাসায় চুরি অইছে রাতে। দরজা ভালা কইরা তালা মারিও সবাই")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "ajke Sylhet e jore bristi, rasta te pani uthse 🌧️ office e jaite parlam na", hard=False)
N("chatter", "en", "who's watching the match tonight? Bangladesh need 180 off 20, not looking good 😬", hard=False)
N("family", "bn", "ঈদের দিন সবাই নানুর বাড়ি আইবায়, আম্মা বিরিয়ানি রান্দবা। কেউ দেরি করিও না", hard=False)
N("family", "en", "Can you pick up milk and eggs on your way home? Also Abba wants the Sunday paper", hard=False)
N("joke", "bn-Latn", "ami diet shuru korsi, aj theke shudhu biryani r mishti 😂", hard=False)
N("news", "en", "Met Office issues yellow weather warning for snow and ice across northern England tomorrow morning.", hard=False)
N("news", "bn", "সিলেট-ঢাকা মহাসড়কে যানজট, ঈদের আগে যাত্রীদের ভোগান্তি", hard=False)
N("receipt", "en", "Recharge successful. Tk 100 has been added to your mobile 01711000222. Validity 30 days. Thank you", [("phone", "+8801711000222")], hard=False)
N("worker_content", "en", "finished my NVQ level 3 today!! so proud, thank you to my manager for the support 🎓", hard=False)
N("chatter", "bn", "কাইলকে চা খাইতে আইবায় নি? শাহজালাল মাজারের পাশের দোকানটাত", hard=False)
N("awareness", "en", "Reminder: flu jabs available free at the GP for over 65s and carers. Book online or call the surgery.", hard=False)
N("official", "en", "Tower Hamlets Council: bin collection will move to Saturday this week due to the bank holiday.", hard=False)


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
    random.Random(83).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev83-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
