#!/usr/bin/env python3
"""Blind dev set dev54: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a fact-checker at a Dhaka newsroom who monitors Facebook groups,
TikTok and IMO pages advertising Gulf jobs (Saudi Arabia, Qatar, UAE, Oman, Kuwait) and collects screenshots
and voice-note transcripts from returnee workers and their families in Cumilla, Brahmanbaria and Chandpur
(their dialect): "free visa", "azad visa", kafala problems, huroob cases, women domestic workers.
Run from the repository root.
Held out from round 9 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev54.jsonl"
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


BTC1 = btc("dev54-btc-1")
TRON1 = tron("dev54-tron-1")
ETH1 = eth("dev54-eth-1")

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

# recruitment_deception: free visa ad, job switched on arrival, visit visa + skipping BMET, azad visa,
# fake visa, domestic job misdescribed, tourist-visa mall ad, "Aramco" lie
F(RD, "bn", "🇸🇦🇸🇦 সৌদি আরব ফ্রি ভিসা 🇸🇦🇸🇦\nআকামা ২ বছরের, যেইখানে ইচ্ছা কাম করবেন, কফিল কোনো ঝামেলা করবো না ✅\n"
  "বেতন ১৮০০ থেকে ২৫০০ রিয়াল, ওভারটাইম আলাদা\nমেডিকেল টিকেট সহ প্যাকেজ মাত্র ৪ লাখ ৬০ হাজার\n"
  "সিট সীমিত!! আগে আইলে আগে পাইবেন\nযোগাযোগ ইমো/হোয়াটসঅ্যাপ ০১৮৭৬-৫৪৩২১০\nঅফিস: চান্দিনা বাজার, কুমিল্লা",
  [("phone", "+8801876543210")])
F(RD, "bn", "ভয়েস মেসেজ (২:১০)\nভাই হুনেন, দালাল কাশেম কইছিল রিয়াদের বড় হাসপাতালে ক্লিনারের কাম, এসি রুম, মাসে বারোশো রিয়াল। "
  "আইয়া দেহি মরুভূমির মইধ্যে ছাগল আর উটের খামার, রাইতে তাম্বুর মইধ্যে হুই। কফিলে কয় তোর ভিসা তো রাখালের ভিসা, "
  "হাসপাতাল কই পাইলি? আমি তো লেখাপড়া জানি না, আরবি কাগজে কি লেখা আছিল কেমনে বুঝুম")
F(RD, "bn", "খালাম্মা চিন্তা কইরেন না, রনিরে দুবাই ভিজিট ভিসায় পাঠামু, ওইহানে গিয়া তিন মাসের মইধ্যে কোম্পানি কামের ভিসা "
  "কইরা দিবো। বিএমইটির কার্ড-টার্ড লাগতো না, এয়ারপোর্টে আমাগো লোক আছে। ইমিগ্রেশনে কিছু জিগাইলে কইবো খালুর কাছে "
  "বেড়াইতে যাইতাছে। এইডা সবাই এমনেই যায়, কিছু হইবো না")
F(RD, "bn-Latn", "Bhai Qatar er azad visa ase 5 ta, kafil shudhu RP kore dibe, kaj nije khuija niben, mashe kafil re 300 riyal "
  "dile hoibo. Doha te ekhon kamer obhab nai, 1st mash thekei 3 hajar theke sharhe 3 hajar riyal income 💯 amar mamato bhai korte se. "
  "Kono agency lagbo na, BMET o lagbo na. Inbox e aisen details dimu")
F(RD, "bn-Latn", "Apa ami oman er visa number ta ROP er site e check korsi, kono company r nam ashe na, 'invalid' dekhay. "
  "Dalal Kabir bole eta original, Muscat theke ashse, ektu late hoy. 3 bar flight date dise 3 bar cancel. Ekhon bole "
  "notun visa kore dimu abar medical korte hobe. Passport o or kache. Eta ki asole kono visa silo??")
F(RD, "bn-Latn", "amar maiya re koise Riyadh e ekta daktar er basay shudhu baccha dekha, ranna-barana korte hoibo na, mashe "
  "1500 riyal. ekhon maiya phone e kande, kaise basay 14 jon manush, 3 ta flat er kam ekla kora lage, beton 800. dalal "
  "re kaile kay 'visa te to housemaid likha asilo, apnara porten nai?'")
F(RD, "en", "🔥URGENT🔥 KUWAIT 🇰🇼 CLEANER FOR BIG SHOPPING MALL\nNo experience ✔ No Arabic ✔ Age 20-40\n"
  "Salary 150 KD + food + room FREE, ticket FREE\nOnly 30 seats left!!\nGo on tourist visa, company will change to "
  "work visa after reaching Kuwait. No need BMET card.\nWhatsApp: wa.me/96550123456",
  [("whatsapp", "+96550123456")])
F(RD, "en", "Sir I want to give my story for your report. Agent in Hajiganj told me Saudi Aramco job, electrician, 2500 "
  "riyal, he showed me paper with Aramco logo. I paid and flew. Kafeel took me from Dammam airport to a small tyre "
  "shop in Hafr Al Batin. Company name on my visa is different, some private person name. When I asked he laughed, "
  "said your visa is free visa, go find your own work and give me 400 riyal every month")

# fees_and_debt: land mortgage + loan, iqama cost cut from wages, new charge after arrival, pay for passport,
# NGO loan + extra demand, package above cap with advance, salary deduction for visa, pay for release
F(FD, "bn", "আব্বা জমিটা বন্ধক দিয়া দেন মজিবর চাচার কাছে। দালাল কাকু কইছে সাড়ে পাঁচ লাখ পুরা না দিলে ভিসা ছাড়বো না, "
  "এই সপ্তাহেই। বাকি দেড় লাখ আশা থেইকা লোন উঠান, আম্মার নামে। সৌদি গিয়া দুই বছরে সব শোধ কইরা দিমু ইনশাআল্লাহ")
F(FD, "bn", "কফিল কয় আকামা নবায়ন আর লেভির টেকা ৯ হাজার রিয়াল, হেইডা আমার বেতন থেইকা কাটবো। তিন মাস ধইরা হাতে পাই "
  "তিনশো রিয়াল, বাকিডা হেয় রাখে। কইছে পুরা টেকা উসুল না হওয়া পর্যন্ত দেশে যাওনের নাম মুখে আনবি না")
F(FD, "bn", "কাতারে তো পৌঁছাইছো, এহন কাম ধরাইয়া দিতে আরো দেড় লাখ লাগবো, ম্যানেজাররে দিতে হয়। বাড়িত ফোন দিয়া কও "
  "টেকা রেডি করতে। টেকা না আইলে ক্যাম্পে বইসা থাকো, খাওনের খরচও তোমার হিসাবে উঠবো")
F(FD, "bn-Latn", "Passport ferot chaile 80 hajar taka lagbo, kofil er office e joma ase. Taka na dile passport o pabi na, "
  "exit o hoibo na. Bari te ko bkash kore dite 01819-456782 ei number e, personal number, cash out er khoroch soho",
  [("phone", "+8801819456782")])
F(FD, "bn-Latn", "Baba tor jonno ASA theke 3 lakh loan nisi, soptahe 1850 taka kisti. Dalal ekhon abar bole medical ar "
  "training er jonno aro 1 lakh lagbo, na dile flight hoibo na. Tor abba jomir dolil Hasan mia re dise jamanot hishabe. "
  "kichui bujhi na re baba, amra ki fasi gelam")
F(FD, "bn-Latn", "Saudi house driver visa package 6 lakh 50 hajar. Booking 2 lakh advance ajkei, visa ashle 3 lakh, baki "
  "flight er 7 din age. Bank e diben na bhai, bkash/nagad personal e othoba cash. Visa ashar por refund hoibo na age "
  "thekei bole dilam. Passport copy pathan 01745-228190 e whatsapp",
  [("phone", "+8801745228190")])
F(FD, "en", "Every month company cutting 500 dirham from my salary for 'visa cost'. They said total 12000 dirham, I must "
  "finish it before I can take leave or change job. But I already paid agent 4 lakh taka in Chandpur for this same "
  "visa. 14 months now, they still say 6000 remaining")
F(FD, "en", "Madam my brother is in Oman 2 years. Sponsor says he will give release (NOC) only if we pay 1200 rial, "
  "otherwise no transfer and no exit, he must stay. We already sold the cow and took loan from BRAC for his going. "
  "From where we bring more money?")

# payments_and_proceeds: split over numbers, collection ledger to a relative's account, hundi with fee cut,
# USDT TRC20, ad boosting with per-head commission, BTC via friend's name, layering + ERC20
F(PP, "bn", "ভাই টেকা এক নাম্বারে দিয়েন না, তিন ভাগ কইরা পাঠান। ৫০ হাজার ০১৭১১-২৩৪৫৬৭ বিকাশে, ৫০ হাজার ০১৯৩৩-৮৭৬৫৪৩ "
  "নগদে, বাকি ৪০ ক্যাশ কইরা বাজারের ফার্মেসিতে রাইখা যাইবেন। রেফারেন্সে ভিসা-টিসা কিছু লেখবেন না, 'পারিবারিক' "
  "লেখবেন। রিসিট চাইয়েন না",
  [("phone", "+8801711234567"), ("phone", "+8801933876543")])
F(PP, "bn", "আজকের কালেকশন: দাউদকান্দির সোহেল ১,২০,০০০ নগদ TxnID 7A3K9PQ2, মুরাদনগরের রুবেল ৮০,০০০ বিকাশ TrxID "
  "CJD4HH81ZK। সব টেকা স্যারের শালার সোনালী একাউন্টে জমা দিবা, অফিস একাউন্টে না। জমার স্লিপের ছবি গ্রুপে দিও না, "
  "ইনবক্সে দিও",
  [("mfs_transaction", "7A3K9PQ2"), ("mfs_transaction", "CJD4HH81ZK")])
F(PP, "bn-Latn", "Riyal bank diya pathaile rate kom, amar lok Jeddah te riyal niya nibo, desh e 1 ghontar moddhe bkash e "
  "dimu. Apnar baki visa fee o oi tk theke kete rakhum, 6 mash e shodh. Bank theke kew jigaile kaiben atmiyo "
  "pathaise. Kaore kaiyen na, CID kaek jon re dhorse")
F(PP, "bn-Latn", "Bhai visa processing fee USDT te dile 10% kom. TRC20 address:\n" + TRON1 + "\nPathaiya screenshot "
  "diben ar TXID. Bkash e 5 lakh nile number block hoye jay, government dhore, tai crypto",
  [("tron_address", TRON1)])
F(PP, "bn-Latn", "Bhai page boost er 8 hajar pathan, Saudi free visa er 40 ta post 15 din boost korum "
  "Cumilla-Brahmanbaria-Chandpur target kore. Gotobar 60 ta lead asilo. Lead protti 500 ar jei lok final jay tar "
  "protti 20 hajar commission amar, oita Rocket e diben 01676-339104",
  [("phone", "+8801676339104")])
F(PP, "en", "Send the medical + visa stamping charge in BTC only, address below. Don't use your own name on the "
  "exchange, use a friend's. After 2 confirmations I will send the e-visa copy.\n" + BTC1,
  [("btc_address", BTC1)])
F(PP, "en", "Boss, Kuwait batch of 22 collected 98 lakh total. 40 lakh sent through hundi to Abbas in Fahaheel, rest "
  "kept in 4 accounts (my wife, my cousin, 2 agent points) so no single big deposit shows. Don't write names on this "
  "chat. USDT ERC20 for Kuwait side: " + ETH1,
  [("eth_address", ETH1)])

# isolation_and_control: phone taken + supervised calls, confined unknown location, documents kept so can't go out,
# forced to delete WhatsApp, pre-departure secrecy script, not allowed out, locked villa without SIM
F(IC, "bn", "আম্মা আমি লুকাইয়া বাথরুম থেইকা কথা কইতাছি। ম্যাডামে মোবাইল নিয়া লইছে, শুক্রবারে দুই মিনিটের লাইগা দেয়, "
  "হেয় পাশে খাড়াইয়া থাহে, কি কই হুনে। বাইরে গেলে দরজায় তালা মাইরা যায়। আমার কথা গেরামে কাউরে কইয়েন না, জানলে "
  "আরো বিপদ অইবো")
F(IC, "bn", "আমাগো ১৭ জনরে একটা রুমে রাখছে, বাইরে যাওন নিষেধ, গেটে একটা মিশরি পাহারা দেয়। পাসপোর্ট আইয়াই নিয়া "
  "গেছে, কয় অফিসে জমা থাকবো। আমরা কোন শহরে আছি হেইডাও জানি না, রাইতে গাড়িতে কইরা কামে নেয়, ভোরে ফিরায়া আনে")
F(IC, "bn-Latn", "Bhai amar passport kofil er kache, iqama card o hate dey na, bole 'tui palaiya jaibi'. Bahire gele check "
  "post e police dhorbo kagoj nai dekhe, tai 4 mash dhore room theke ber hoi na. Sathe jara ase oderow eki obostha")
F(IC, "bn-Latn", "Apa madam amake WhatsApp delete korte bolse, bole desher karo sathe kotha bolle bichar korbe. Ei sim ta "
  "lukaiya rakhsi, raat 2 tay sobai ghumaile msg dei. Please amar ma re kichu koiben na, ma kanbe. Kal abar msg dimu "
  "jodi pari")
F(IC, "bn-Latn", "Airport e keu jigaile bolbi mama r basay berate jaitesi. Phone e amar sathe kono chat rakhbi na, sob "
  "delete. Dubai namar por amar lok tor phone ar passport niya nibo, kaj sesh hoile ferot. Bari te kono address dibi "
  "na, ami ja bolum tai bolbi")
F(IC, "en", "My sister in Riyadh not allowed to go outside since 7 months, only the house and roof. Sponsor family took "
  "her phone on first day, she calls us from the driver's phone sometimes 1 minute. They don't let her meet the other "
  "Bangladeshi maid next door, they say she will 'learn bad things'")
F(IC, "en", "We are 9 from Chandpur in one villa in Sharjah. Boss locks the gate from outside when he leaves. Passports "
  "'kept in office'. No SIM given to us, we use the neighbour's wifi secretly at night to send voice. Please don't "
  "post our names")

# labour_exploitation: unpaid months + one meal, domestic worker no rest + wages "saved", cannot leave + heat,
# unpaid + no overtime + no medical, farm underpaid no off day, 3 houses 16 h, pay cut + blocked card, extra duties
F(LE, "bn", "পাঁচ মাস ধইরা বেতনের এক টেকাও পাই নাই, কোম্পানি কয় প্রজেক্টের পেমেন্ট আহে নাই, সবুর করো। খাওন দেয় দিনে "
  "একবার, খুবুস আর পাতলা ডাল। ক্যাম্পে আমরা ৪০ জন বাঙালি, এসি নষ্ট, কেউ কিছু কইলে কয় কাইল থেইকা কাম নাই")
F(LE, "bn", "ভোর ৫টায় উঠি, রাইত ২টায় হুই। তিনটা বাসার কাম একলা করি, মাসে একদিনও ছুটি নাই, জ্বর হইলেও কাম ছাড়ন যায় "
  "না। বেতন চাইলে কয় জমা আছে, দেশে যাওনের সময় একলগে দিবো। ১৪ মাস হইলো এখনো হাতে পাই নাই")
F(LE, "bn", "কাম ছাড়তে চাইলে কয় ছাড়তে দিমু না, চুক্তি দুই বছরের, আগে গেলে সব খরচ দিয়া যাইতে হইবো। জ্বরের মইধ্যে "
  "পঞ্চাশ ডিগ্রি রোদে ইট টানাইছে, পানি চাইলে গালি দেয়। অসুখ হইলে হাসপাতালে নেয় না, কয় নিজের টেকায় যা")
F(LE, "bn-Latn", "Kafil 8 mash dhore beton dey na, bole next mash e sob dimu. Overtime er kono hishab nai, 14-15 ghonta "
  "duty. Hospital jaite chaile bole nijer taka diye ja. Khabar o nijer taka e kena lage, dhar kore cholte hoy")
F(LE, "bn-Latn", "Bhai farm e uth ar bokri palon kori, raate o 2-3 bar uthte hoy pani dite. Mashe 800 riyal kotha silo, "
  "dey 500, tao 2-3 mash por por. Ekta off day nai 1 bochore. Thaki ekta container e, gorom e ghum hoy na")
F(LE, "en", "Working 7 days, 16-17 hours every day cleaning the kafeel's 3 houses. Salary promised 1000 riyal, in 4 "
  "months I got only one month. When I ask, madam says 'you eat here, you sleep here, what money you need?'")
F(LE, "en", "Construction site near Lusail. In July they made our shift 12 hours with no noon break even though it's "
  "not allowed. Salary card blocked by the company, they pay cash 600 instead of 1300 QR. Anyone who complains gets "
  "sent back without final settlement")
F(LE, "en", "Came as house driver but they use me also for car wash, garden and the family farm on weekends. No "
  "overtime, no off day in 11 months. When I said I want to leave, sponsor said 'go, but without passport and "
  "without salary'")

# threats_and_coercion: huroob + jail threat, threat to family at home, sold three times + false theft case,
# huroob extortion, beating as example, fabricated drug case, false theft accusation, absconder photo + family
F(TC, "bn", "বেশি চিল্লাচিল্লি করলে কফিলরে কইয়া হুরুব দিয়া দিমু, তখন পুলিশ ধরবো, জেল খাইট্টা খালি হাতে দেশে যাবি। "
  "আকামাও নাই তোর, কে বাঁচাইবো? চুপচাপ কাম কর")
F(TC, "bn", "দালাল রফিকের লোকজন কাইল রাইতে বাড়িত আইছিল। কইছে তোর পোলা যদি এম্বাসিতে অভিযোগ দেয় তাইলে তোগো ঘরে আগুন "
  "দিমু, ছোট মাইয়াডারে তুইলা নিমু। আব্বা ডরে থানার মামলা তুইলা ফেলতে চায়")
F(TC, "bn", "আমারে তিনবার বেচছে, এক বাসা থেইকা আরেক বাসায়, প্রত্যেকবার নতুন মালিক টেকা দিয়া নেয়। শেষের বাসায় মাইরা "
  "হাত ভাইঙ্গা দিছে। কয় পলাইলে চুরির মামলা দিমু, সারাজীবন জেলে পচবি")
F(TC, "bn-Latn", "Kofil bole amar name huroob kore dise, ekhon ami palataka. Kothao kaj korle police dhorbe, deshe gele "
  "5 bochor ar Saudi ashte parbo na. Ar boss bole 5000 riyal dile huroob tule nibe, na dile jail")
F(TC, "bn-Latn", "Supervisor ajke Rubel re pipe diya pitaise sobar samne, nak diya rokto. Bole 'kaam kom korle toder o ei "
  "obostha hobe, ekta ekta kore'. Amra 30 jon dekhsi kintu keu kisu koite pari na")
F(TC, "bn-Latn", "Tor jamai re Kuwait e ekta drug case e dhukai dimu jodi tui BMET e ar ekbar complain kori. Taka ferot "
  "chas? Chup thak, nahoy tor jamai r lash o desh e ashbo na. Ami ja bolsi ta kor")
F(TC, "en", "Kafeel told me if I go to labour court he will say I stole gold from madam, then I will be in jail for "
  "years. He said police in this area are his friends and my embassy can do nothing")
F(TC, "en", "My cousin says the agent warned them: if anyone tries to run from the camp we will send your photo to every "
  "checkpoint as absconder, and your family in Brahmanbaria will pay for it. Last month they broke one boy's fingers "
  "for trying")

# sexual_exploitation: parlour lure into prostitution, employer's son abuse + huroob threat, hotel dancer offer,
# spa debt, escort ad with nationality/youth/manager, domestic worker rented out, controller with Instagram lure
F(SX, "bn", "মাইয়ারে কইছিল দুবাইয়ে বিউটি পার্লারে কাম, মাসে ৮০ হাজার টেকা। ওইহানে নিয়া একটা ফ্ল্যাটে আটকাইয়া রাখছে, "
  "রাইতে বেডা মানুষ আনে, রাজি না হইলে মারে। মাইয়া কাইন্দা কয় আম্মা আমারে বাঁচাও, ফ্লাইটের টেকা শোধ না কইরা হেরা "
  "ছাড়বো না")
F(SX, "bn", "বাসার মালিকের বড় পোলা রাইতে আমার রুমে আইসা জোর করে। ম্যাডামরে কইলে কয় চুপ থাক, এইসব কইলে হুরুব দিয়া "
  "জেলে দিমু। রুমের দরজায় ছিটকিনি নাই, আমি রাইতে ঘুমাইতে পারি না আপা")
F(SX, "bn-Latn", "Oman e hotel e dancer lagbe, boyosh 18-25, dekhte sundor hoite hobe. Salary 250 rial + tips onek. "
  "Guest der sathe boshte hobe, ektu friendly hote hobe bujhe nio 😉 Passport amar kache thakbe. Imo te full body "
  "chobi pathao +968 9123 4567",
  [("phone", "+96891234567")])
F(SX, "bn-Latn", "Apu Dubai te spa te massage er kaj bole niye ashse, ekhon boss bole client ja chay tai korte hobe, na "
  "hole 3 lakh taka debt ferot dite hobe. Amar sathe ar 5 jon Bangladeshi meye ase ek flat e, boss er lok niche "
  "boshe thake")
F(SX, "en", "NEW Bangladeshi girls just arrived Deira 🌸🌸🌸 Real pics, 100% genuine, young and fresh. Booking only "
  "through manager, incall/outcall 24h. Telegram @deira_bd_vip",
  [("telegram", "@deira_bd_vip")])
F(SX, "en", "Sister I came as housemaid to Kuwait. Sponsor sends me to his friend's flat for 'cleaning' but there men "
  "come and force me. He takes money from them. I want to go home, please help, I don't know the area name")
F(SX, "en", "The man Sagor who brought us keeps 7 of us girls in one flat in Ajman. Each night he sends us to different "
  "men, he takes all the money, we get nothing. He says we owe him for ticket and visa. His number +971 55 612 3478, "
  "IG page @ajman.beauty.jobs where he posts the 'salon jobs'",
  [("phone", "+971556123478"), ("instagram", "@ajman.beauty.jobs")])

# minors: age raised for domestic work, 13-year-old with adult passport, boy for camel farm, child marriage +
# Gulf, "small girls preferred", 12-16 house help ad, 16-year-old on 22-year passport
F(MN, "bn", "মাইয়ার বয়স ১৪ হইলেও সমস্যা নাই, পাসপোর্টে ২৫ বানাইয়া দিমু। জন্ম নিবন্ধন নতুন কইরা করাইয়া দিমু, "
  "চেয়ারম্যান অফিসে আমাগো লোক আছে। মাইয়ার বাপের এনআইডি: ৭৮১২৪৫৬৯৩০ দিয়া ফরম পূরণ করছি। সৌদিতে বাসার কাম, মাসে "
  "১২০০ রিয়াল, আপনাগো অগ্রিম ২০ হাজার দিমু",
  [("bd_nid", "7812456930")])
F(MN, "bn", "আমাগো পাশের বাসায় যে মাইয়াডা কাম করে, বয়স বড়জোর ১৩, পাসপোর্টে লেখা ২৬। পাসপোর্ট নং A04567812, ছবি "
  "দিলাম। বাংলা ঠিকমতো পড়তেও পারে না, রাইতে ছাদে বইসা কান্দে। কয় বাড়ি চাঁদপুরের মতলব",
  [("bd_passport", "A04567812")])
F(MN, "bn", "চাচা কইছে পোলারে দুবাই পাঠাইবো উটের খামারে, ১৫ বছর হইলেও চলবো, ওরা ছোট পোলা চায়, হালকা থাকে। স্কুল "
  "ছাড়াইয়া দেন, মাসে ২০ হাজার টেকা বাড়িত আইবো। কাগজপত্র চাচায় ঠিক করবো")
F(MN, "bn-Latn", "Meyer boyosh 15, kintu dalal bole bie dile Jeddah te jamai niye jabe, jamai er boyosh 48, oder basay "
  "kaj o korbe. Kabin 5 lakh, amader 1 lakh nogod dibe. Ma raji, ami mana korsi, ki korbo bujhtesi na")
F(MN, "bn-Latn", "NID lagbe na, birth certificate e boyosh 21 kore dimu. Meye choto hole aro bhalo, arob madam ra choto "
  "meye pochondo kore, kotha kom bole, kaj taratari shikhe. 13-16 boyoshi thakle inbox koren, kono khoroch nai")
F(MN, "en", "We need girls 12-16 years old for house help with Riyadh family, they will also study there. Passport age "
  "will be managed by our office, don't worry. Parents get 30,000 taka advance on signing. Send CV: "
  "gulfhelp.bd24@gmail.com",
  [("email", "gulfhelp.bd24@gmail.com")])
F(MN, "en", "My nephew is only 16, agent took him to Oman on a passport showing 22. Now he works in a fish market 14 "
  "hours and sleeps in the cold store room. Passport no BX4521873 is with the employer, he cannot come back",
  [("bd_passport", "BX4521873")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn", "কুমিল্লার দাউদকান্দিতে 'ফ্রি ভিসা'র প্রলোভন দেখিয়ে অন্তত ৪০ জনের কাছ থেকে প্রায় দুই কোটি টাকা হাতিয়ে "
  "নেওয়ার অভিযোগে দুই দালালকে গ্রেপ্তার করেছে র‍্যাব-১১। ভুক্তভোগীরা জানান, সৌদি আরবে ক্লিনারের চাকরির কথা বলে "
  "জনপ্রতি সাড়ে চার লাখ টাকা নেওয়া হয়। চক্রের অন্য সদস্যদের ধরতে অভিযান চলছে বলে জানিয়েছে র‍্যাব।")
N("news", "en", "More than 1,200 Bangladeshi workers returned from Saudi Arabia in the past week, many of them after "
  "employers filed 'huroob' (absconding) reports, officials at the Wage Earners' Welfare Board desk at Shahjalal "
  "airport said on Sunday. Most of the returnees are from Cumilla, Brahmanbaria and Chandpur.")
N("news", "bn", "চাঁদপুরে বিদেশফেরত ১২০ নারী কর্মীকে নিয়ে পুনরেকত্রীকরণ কর্মশালা অনুষ্ঠিত হয়েছে। সৌদি আরব ও ওমান থেকে "
  "ফেরা অনেকে বেতন না পাওয়া, শারীরিক নির্যাতন ও পাসপোর্ট আটকে রাখার অভিজ্ঞতা তুলে ধরেন। জেলা কর্মসংস্থান ও জনশক্তি "
  "অফিস তাঁদের সেলাই ও হাঁস-মুরগি পালনের প্রশিক্ষণ দেবে।")
N("news", "bn-Latn", "Brahmanbaria te manob pachar chokrer 3 sodosso greftar | Dubai te chakrir kotha bole nari pachar "
  "er obhijog | Sarail thana police | #News #Brahmanbaria #BreakingNews")
N("news", "en", "Qatar: Workers can now change jobs without an NOC from their employer, and the minimum basic wage of "
  "QR 1,000 applies to all nationalities including domestic workers, the labour ministry said. Employers found "
  "keeping workers' passports face fines.")
N("news", "en", "FACT CHECK: A viral Facebook post claiming 'Kuwait is giving 50,000 free visas to Bangladeshis, zero "
  "cost' is false. Kuwait's embassy in Dhaka told us no such quota exists. The page sharing it was created three "
  "weeks ago and asks for 'registration fee' to a personal bKash number. Verdict: FALSE.")

# awareness
N("awareness", "bn", "⚠️ সতর্ক থাকুন ⚠️\nফেসবুক-টিকটকে 'ফ্রি ভিসা', 'আজাদ ভিসা', 'কাজের গ্যারান্টি' দেখলেই টাকা দিবেন না। "
  "লাইসেন্স ছাড়া কোনো দালালের হাতে পাসপোর্ট দিবেন না। বিএমইটির ওয়েবসাইটে এজেন্সির আরএল নম্বর যাচাই করুন, বিদেশ "
  "যাওয়ার আগে স্মার্ট কার্ড নিন। নিরাপদ অভিবাসন, নিরাপদ জীবন।\n— উপজেলা প্রশাসন, হাজীগঞ্জ")
N("awareness", "bn-Latn", "Forwarded: Bhaiyera Saudi jaite chaile agency er RL number BMET site e check koren, dalal er "
  "kothay jomi bondhok diyen na. Free visa, azad visa sob e dhoka, kofil charai kaj korle huroob khaiben. Amader "
  "Matlab er onek pola ei vabe ferot aise. Share koren jate keu na thoke 🙏")
N("awareness", "en", "KNOW YOUR RIGHTS before going to the Gulf:\n• Your passport is yours. Employer should not keep "
  "it.\n• Salary must be paid every month, the amount written in your contract.\n• You have the right to a weekly day "
  "off and to keep your phone.\n• Never sign a blank paper.\nProbashi help desk, DEMO office Cumilla, Sunday-Thursday")
N("awareness", "bn", "জুম্মার নামাজের পর ঘোষণা: যারা বিদেশ যাইতে চান, আগামী মঙ্গলবার ইউনিয়ন পরিষদে প্রবাসী কল্যাণ "
  "ডেস্ক বসবো। পাসপোর্ট আর এনআইডির ফটোকপি নিয়া আসবেন, কোনো টাকা লাগবো না। দালালের কথায় কেউ জমি বেচবেন না, "
  "ভিসা যাচাই না কইরা কাউরে টাকা দিবেন না।")
N("awareness", "en", "To sisters going to Saudi as housemaid: keep a photo of your passport and contract in your phone "
  "and also with family. Save your agency office number. If salary stops or madam takes your phone, contact the "
  "embassy labour wing or complain in the Ami Probashi app. You are not alone ❤️")
N("awareness", "bn-Latn", "Apnara jara TikTok e 'azad visa 4 lakh' er video dekhe mone koren free te kaj korben, hunen: "
  "Saudi te azad visa bole kono aine nai. Kofil er under chara kaj korle je kono din huroob. Legal company visa niye "
  "jan, kom taka lagbe, shanti thakben. Follow dien, ar video ashtese 🇧🇩🇸🇦")

# official
N("official", "en", "M/S Meghna Overseas Ltd. (RL-1487), govt. approved\nDemand: 60 male cleaners for Al-Jazeera Cleaning "
  "Co., Dammam, KSA\nSalary SAR 1,200 + food allowance SAR 200, 8 hrs duty, free accommodation\nMigration cost as per "
  "govt. rate, payment by bank only, money receipt given\nVisa and demand letter attested by Bangladesh Embassy, "
  "Riyadh\nContact: 01712-904356, info@meghnaoverseas.com.bd",
  [("phone", "+8801712904356"), ("email", "info@meghnaoverseas.com.bd")])
N("official", "bn", "জনশক্তি, কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি)\nবিজ্ঞপ্তি: সৌদি আরবে গৃহকর্মী হিসেবে গমনেচ্ছু "
  "নারী কর্মীদের জন্য টিটিসি চাঁদপুরে ৩০ দিনের আবাসিক প্রশিক্ষণ বাধ্যতামূলক। প্রশিক্ষণ ও থাকা-খাওয়া বিনামূল্যে। নারী "
  "গৃহকর্মীদের অভিবাসন ব্যয় নিয়োগকর্তা বহন করবেন; কোনো রিক্রুটিং এজেন্সি বা দালালকে টাকা দেবেন না।")
N("official", "en", "Embassy of Bangladesh, Kuwait - Labour Wing\nNOTICE: Workers whose passports are held by their "
  "employers, or whose residency has expired, may apply for an Out Pass during the amnesty window until 30 June. "
  "Bring a copy of your passport or NID and civil ID if available. No fee is charged by the Embassy. Beware of "
  "middlemen.")
N("official", "bn", "মেসার্স চাঁদপুর ওভারসিজ (আরএল-২২১০), বিএমইটি অনুমোদিত\nওমানে ক্লিনিং কোম্পানিতে ৪০ জন পুরুষ "
  "ক্লিনার। বেতন ১০০ ওমানি রিয়াল + ওভারটাইম, থাকা কোম্পানির। অভিবাসন ব্যয় সরকার নির্ধারিত, ব্যাংকের মাধ্যমে জমা, "
  "রসিদ দেওয়া হবে। ভিসা প্রসেসিংয়ের জন্য মূল পাসপোর্ট অফিসে জমা দিতে হবে, স্ট্যাম্পিং শেষে ফেরত।\nযোগাযোগ: "
  "০১৮৫৫-৬১৩২৪৭",
  [("phone", "+8801855613247")])
N("official", "en", "BMET: Dear ABDUL KADER, your emigration clearance for KSA is approved. Passport No A05839271. "
  "Collect smart card from DEMO Cumilla, Sun-Thu 9am-3pm. Do not pay anyone for this service.",
  [("bd_passport", "A05839271")])
N("official", "en", "Musaned: Domestic worker contract documented. Worker: RUMA AKTER, passport EB0912345. Monthly "
  "salary SAR 1,000 by bank transfer, one weekly rest day, 2-year contract. Complaints can be filed in the Musaned "
  "app.",
  [("bd_passport", "EB0912345")])

# receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01815662290. Ref Abbar oshud. Fee Tk 0.00. Balance Tk "
  "26,410.50. TrxID CK83LMQ2ZP at 02/04/2025 20:11",
  [("phone", "+8801815662290"), ("mfs_transaction", "CK83LMQ2ZP")])
N("receipt", "en", "Money Received.\nAmount: Tk 8,500.00\nSender: 01755310842\nRef: Eid bazar\nTxnID: 71K9D3QX\n"
  "Balance: Tk 9,120.00\n27/03/2025 10:42",
  [("phone", "+8801755310842"), ("mfs_transaction", "71K9D3QX")])
N("receipt", "en", "Dear Customer, foreign remittance BDT 1,22,450.00 (SAR 3,800) from MD HANIF MIA via Al Rajhi "
  "Bank has been credited to your A/C **2217 including 2.5% govt. incentive. Thank you for banking with Sonali Bank "
  "PLC.")
N("receipt", "bn", "আপনি ৳ ৫,০০০.০০ পেয়েছেন ০১৭৭৯৪৪৫৫৬৬ নম্বর থেকে। রেফারেন্স: কিস্তি। ফি ৳ ০.০০। ব্যালেন্স ৳ ৫,৮৮০.২৫। "
  "TrxID BGH4Q7W2KD সময় ১২/০৫/২০২৫ ১৯:০৩",
  [("phone", "+8801779445566"), ("mfs_transaction", "BGH4Q7W2KD")])
N("receipt", "en", "MONEY RECEIPT - Wage Earners' Welfare Board\nReceived BDT 3,500 (Welfare Fund) + BDT 2,500 (BMET "
  "registration) from MD SHAHIN, Passport No. A09876543, destination Qatar, agency RL-0912. Paid via Sonali Bank, "
  "Cumilla branch.",
  [("bd_passport", "A09876543")])
N("receipt", "en", "Tk 2,000.00 sent to 01911223344 successfully. Fee Tk 18.00. TxnId: 4567812390. Balance Tk 312.50. "
  "Ref: passport fee mama",
  [("phone", "+8801911223344"), ("mfs_transaction", "4567812390")])

# family
N("family", "bn", "আব্বা পাসপোর্টের মেয়াদ শেষ, কুমিল্লা আঞ্চলিক অফিসে জমা দিছি আইজকা, ২১ দিন পরে ডেলিভারি। স্লিপটা "
  "আলমারিতে রাখলাম, হারাইয়েন না। আম্মারে কইয়েন চিন্তা না করতে")
N("family", "bn-Latn", "Tumi je 30 hajar pathaiso paisi. 10 hajar kisti dilam, baki diye Rafi r school er beton ar "
  "ammar oshud. Ar shuno, amar bhai Sumon Oman jaibo, RL number wala agency diya, bank e taka diye, dalal er kase na. "
  "Tumi oikhane ekta khoj nio company ta kemon")
N("family", "bn", "পাত্র কাতার থাকে ৬ বছর, আরপি-ভিসা সব ঠিক আছে, ছুটিতে আইবো জুনে। মাইয়ার বয়স ২১, অনার্স পড়ে, পড়া শেষ "
  "করবো। বিয়ার পর মাইয়া দেশে থাকবো আমাগো কাছেই, পরে ফ্যামিলি ভিসা হইলে দেখা যাইবো। আপনারা একদিন আইসা দেইখা যান")
N("family", "bn-Latn", "Abba kofil re niya chinta koiren na, kofil bhalo manush, iqama nije renew kore dise, beton "
  "protimash er 1 tarikh e bank e pai. Passport o amar kachei. Eid e chuti dibo bolse, ticket o company dibo insha Allah")
N("family", "en", "Bro sent you my passport scan and NID: 19922718394726153 for the bank nominee form. Pls fill it and "
  "submit at Pubali Cumilla branch by Thursday, remittance account needs nominee",
  [("bd_nid", "19922718394726153")])
N("family", "bn", "তানিয়া নার্সিং পাশ কইরা সৌদির সরকারি হাসপাতালে চাকরি পাইছে, বোয়েসেলের মাধ্যমে। ডাটাফ্লো ভেরিফিকেশন "
  "চলতেছে। এক টাকাও দালালরে দিতে হয় নাই আলহামদুলিল্লাহ, খালি মেডিকেল আর পাসপোর্টের খরচ")

# worker_content
N("worker_content", "bn-Latn", "Alhamdulillah 3 bochor por Dubai theke chuti te Cumilla jacchi ❤️🇧🇩 company ticket "
  "dise, visa renew o company korse free te. Ma re surprise dibo, keu bolben na kintu 🤫😁")
N("worker_content", "bn", "গরম অনেক ভাই, আইজকা ৪৮ ডিগ্রি। তয় দুপুর ১২টা থেইকা ৩টা কোম্পানি ব্রেক দেয়, পানি-জুস ফ্রি। "
  "ওভারটাইম সহ মাসে ১৮০০ রিয়াল হয়, খারাপ না। খালি বাড়ির লাইগা মন পোড়ে")
N("worker_content", "en", "Finally got increment, 1400 to 1650 QR 🙌 Boss is strict but salary comes on time every month "
  "in bank. Friday overtime double. Allah is great")
N("worker_content", "bn-Latn", "Ei mash er salary 5 tarikh e dibe bolse, ajke 9 tarikh, company bole bank er problem. "
  "Irritating lagtese, kisti deyar date par hoye jaitese. Tobe protibar 2-3 din late hoy, pore dey")
N("worker_content", "bn", "আমি রিয়াদে দুই বছর ধইরা হাউজমেইডের কাম করি। ম্যাডাম ভালো, শুক্রবার ছুটি, মোবাইল আমার কাছেই "
  "থাকে, রোজ রাইতে বাড়িত ভিডিও কল দেই। বেতন মাসে মাসে ব্যাংকে আসে। যারা আইতে চান, লাইসেন্স করা এজেন্সি দিয়া আইবেন")
N("worker_content", "en", "My kafeel agreed to transfer my sponsorship (naql kafala) to the new company, all legal on "
  "Qiwa. New company paid the transfer fee, I only paid my medical. AC camp, 9 hours duty, better than before. Thanks "
  "brothers who advised")

# joke
N("joke", "bn-Latn", "Bou bole Saudi theke ashar somoy 2 bhori sona ante hobe. Ami bolsi amar to free visa, free te ki "
  "sona dey? 😂😂 ekhon bou kotha bole na")
N("joke", "bn", "দালাল ভাই কইছিল দুবাই পাঠাইবো, পরে দেহি 'দুবাই হোটেল', কুমিল্লা শহরে 😂😂 রসমালাই খাইয়া বাড়িত ফিরছি, "
  "ভিসা লাগে নাই")
N("joke", "en", "Me after 2 years in Saudi: 'yalla habibi, shwaiya shwaiya'\nMy mom on video call: who is this man, "
  "where is my son 😭😂")
N("joke", "bn-Latn", "Ajke duty te 10 minute late, supervisor bole 'tomake huroob kore dibo' 🤣 pore nijei hashi dilo, "
  "cha khawaise. Boss bhalo manush asole")
N("joke", "bn", "বিয়ার বাজারে এহন প্রবাসী পাত্রের দাম বেশি, ইকামার মেয়াদ দেইখা কাবিন ঠিক হয় 😂😂 মেয়াদ শেষ তো বিয়াও শেষ")
N("joke", "en", "My passport has more stamps than my school report card had marks 🤣 #probashi_life #cumilla")

# chatter
N("chatter", "bn-Latn", "Ke ke Jeddah airport e asen? Amar flight 3 tay Dhaka, 2 ghonta aage pouchaisi. Kono "
  "Brahmanbaria r bhai thakle cha khai eksathe ☕")
N("chatter", "bn", "ভাই ইমুতে কল দেন, হোয়াটসঅ্যাপে নেট স্লো। আব্বারে কইয়েন টেকা বিকাশে পাঠাইছি, ক্যাশআউট খরচ সহ। রাইতে "
  "আবার কল দিমু")
N("chatter", "en", "Does anyone know the new iqama renewal fee for house drivers? My sponsor asked me to check on Absher "
  "because he's renewing next week")
N("chatter", "bn-Latn", "Bhai apni ki Chandpur er? Matlab bazar? Ami Haimchar er. Ekhane ek room e 6 jon Bangali thaki, "
  "shukrobar rate sobai mile ilish ranna kori, khub moja")
N("chatter", "bn", "কুয়েতি দিনারের রেট আইজকা কত? ব্যাংকে দেখাইলো ৩৯৮, হুন্ডিওয়ালারা নাকি বেশি দেয়, কিন্তু আমি ব্যাংকেই "
  "পাঠামু, সরকারি প্রণোদনা পাওয়া যায়")
N("chatter", "en", "Anyone selling used iPhone 13 in Muscat? Budget 120 rial. Inbox pls, Ruwi or Al Khuwair area")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "Bhai kal Cumilla te brishti hobe naki? Dhan kata ekhono baki", hard=False)
N("family", "bn", "আম্মা আইজকা বড় ইলিশ আনছি, রাইতে সবাই আইসো খাইতে", hard=False)
N("news", "en", "Bangladesh beat Sri Lanka by 6 wickets in the second ODI in Chattogram; Mehidy was named player of the "
  "match.", hard=False)
N("joke", "bn-Latn", "Teacher: tomar bari kothay? Student: amar bari te sir 😂", hard=False)
N("receipt", "en", "Recharge of Tk 50 successful. Validity 30 days. Thank you for using Grameenphone.", hard=False)
N("worker_content", "en", "Day off today, went to Corniche with friends, nice weather in Doha 🌊", hard=False)
N("chatter", "bn", "কাইল শুক্রবার, চাঁদপুর বড়স্টেশন মোলহেড ঘুরতে যামু, কে কে আছো?", hard=False)
N("family", "bn-Latn", "Nanu r jonmodin er cake order korsi, 5 tay pickup, tumi mishti niye asho", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দিবেন না। — স্বাস্থ্য বিভাগ, ব্রাহ্মণবাড়িয়া", hard=False)
N("official", "en", "Notice: The upazila office will remain closed on 16 December for Victory Day.", hard=False)
N("joke", "en", "Why did the tomato blush? Because it saw the salad dressing 😂", hard=False)
N("chatter", "en", "Happy Eid everyone! Eid Mubarak from Cumilla 🌙", hard=False)

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
    random.Random(54).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev54-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
