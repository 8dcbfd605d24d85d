#!/usr/bin/env python3
"""Blind dev set dev56: 120 items (60 flag / 60 ok), written on 2026-12-05 by a writer who never read the
rules, the other sets or the code; persona: a trade-union organiser in Chattogram and Cox's Bazar working with shipbreaking-yard
workers, deep-sea fishing trawler crews, salt-field and dried-fish (shutki) workers, and child domestic workers
in Chattogram city; many messages in Chittagonian dialect (Bengali script and romanised), with sardars,
mahajans, dadon advances, boat owners and labour contractors. Run from the repository root.
Held out from round 9 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev56.jsonl"
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


BTC1 = btc("dev56-btc-1")
TRON1 = tron("dev56-tron-1")
ETH1 = eth("dev56-eth-1")

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
ETH2 = eth("dev56-eth-2")

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "ভাইপুত, মালয়েশিয়া যাইবা না? টেকনাফর ঘাট তুন বড় জাহাজত তুলি দিয়ুম, সাত দিনত পৌঁছাই যাইবা। ওডে গার্মেন্টসত হাম, "
  "মাসে ৫০ হাজার টিয়া। পাসপোর্ট ভিসা হিছু ন লাগে, ঐ পারত যাই কোম্পানি কাগজ বানাই দিবো। এহন খালি ২০ হাজার দিলে "
  "নাম লেখাই রাখিয়ুম, বাকি টিয়া পৌঁছাইলে পরে। তোর লগর আরো দুই-চাইরজন থাকিলে লই আইস")
F("recruitment_deception", "bn",
  "বদ্দা আঁরা ৭ জন চকরিয়া তুন আইস্যি। সর্দার হইয়িল মহেশখালীর লবণ মাঠত দৈনিক ৭০০ টিয়া হাজিরা, থাকন খাওন মালিকর। "
  "আনি রাখি দিয়ে কুতুবদিয়ার এক চরত, হিয়ানে হাজিরা ৩৫০, আর এহন হর খাওনর টিয়াও হাজিরা তুন কাটিবো। ইবা কি আঁরারে "
  "হইয়িল? নৌকা ছাড়া চর তুন বাইর অইবার রাস্তা নাই")
F("recruitment_deception", "bn",
  "দুবাই ড্রাইডকে ওয়েল্ডার লাগিবো, সীতাকুণ্ডর ইয়ার্ডত যারা গ্যাস কাটার আর ওয়েল্ডিং জানে। ভিজিট ভিসায় যাইবা, ওডে যাই "
  "তিন মাসর মইধ্যে কামর ভিসা লাগাই দিবো, বিএমইটি কার্ড-টার্ড ন লাগে। বেতন ২৫০০ দিরহাম 💰 সিভি পাঠান "
  "dubaidrydock.jobs24@gmail.com নইলে ইমো ০১৮৪৫-৩৩৭১২৯",
  [("email", "dubaidrydock.jobs24@gmail.com"), ("phone", "+8801845337129")])
F("recruitment_deception", "bn-Latn",
  "Boddá free visa ase Saudi, kafil er kono jhamela nai, jaiya jei haam mon chay gorba, nijer moto income. shipyard er "
  "600 tiya hajira dia ar koto din? package 6 lakh 50, 2 mash e flight. bishshash na hoile Rahim re jiggesh goro, ite o "
  "amar hat diya gese. whatsapp e knock diyo wa.me/8801736204518",
  [("whatsapp", "+8801736204518")])
F("recruitment_deception", "bn-Latn",
  "[voice 1:12] assalamualaikum bhai, ami Jamal, Moheshkhali. amare kaisil Kutubdia te chingri hatchery te haam, mase "
  "12 hajar fixed. ghat e ani ekta trawler e tuila dise, ekhon 9 din doijjat, majhi kay bhag e pabi, fixed beton er "
  "kotha keu jane na. ami to jal tanar haam jani na bhai, bomi kortesi sara din. ghat e namle ki korum bolen")
F("recruitment_deception", "bn-Latn",
  "Italy te fishing boat er haam, ghontay 9 euro 🇮🇹 Libya te 2 mash company r camp e thakba, sekhan theke boat e "
  "Italy. total 8 lakh, 3 lakh age, baki Libya pounchaile. Banshkhali r 11 jon already Libya te ase, tension nai. "
  "Italy te visa lage na, giye paper hoye jay, amnesty cholche. interested hoile inbox")
F("recruitment_deception", "en",
  "KOREA FISHING VESSEL JOB 🇰🇷🚢 no EPS exam, no Korean language test needed!! Direct visa within 45 days. Salary "
  "2.5 million won + bonus. Cox's Bazar & Chattogram fishermen with trawler experience preferred. Total package 9.5 lakh "
  "only, half after visa. Seats limited. Call/WhatsApp +880 1915-662047",
  [("phone", "+8801915662047")])
F("recruitment_deception", "en",
  "sir this is Arif, crew from Fishery Ghat. the agent told us job is on Indonesian company fishing vessel with written "
  "contract, insurance and fixed 35000 taka monthly. On board there is no contract, captain says contract is 'verbal' "
  "and we get only from catch share. vessel is not even Indonesian, its some Thai boat with different name painted. "
  "we are 6 bangladeshi here")

# fees_and_debt (8: bn 3, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "বদ্দা নাজিরারটেকর খোলাত আঁরার হিসাব দেখাইলো। গত বছরর দাদন আছিল ৩০ হাজার, সুদ-টুদ মিলাই এহন ৪৫ হাজার। মহাজন হয় দাদন "
  "শোধ ন অইলে অন্য খোলাত যাইত ন পারিবা। আঁই, আঁর বউ, বড় ফোয়া তিনজনে খাটি, হাজিরা হাতত আইয়ে না, বেয়াক দাদনত কাটি রাখে।")
F("fees_and_debt", "bn",
  "বোট মালিক হিসাব দিল। জাল ছিঁড়ি গেইয়্যে হই আঁর ভাগ তুন ১২ হাজার কাটি লইয়্যে, তেলর দাম বাড়ছে হই আরো ৫ হাজার। দাদন "
  "বাকি দেহার ২৮ হাজার। হয় পরের সিজনেও হিতার বোটত যাওন লাগিবো, অন্য মালিকর বোটত গেলে দাদন একসাথে ফিরত দিতে অইবো 😞")
F("fees_and_debt", "bn",
  "ভাইয়া আঁই মালয়েশিয়া পৌঁছাইলাম তিন সপ্তাহ হইয়ে। দালাল আলম ভাই এহন হয় পারমিট গরনর লাই আরো দেড় লাখ দিতে অইবো, ন "
  "দিলে হামত লাগাইতো ন। দেশত আব্বারে হইও জমি বন্ধক দিয়ার কথা, আঁর আর হোন উপায় নাই। ইতের নম্বর +60 11-2748 3390",
  [("phone", "+601127483390")])
F("fees_and_debt", "bn-Latn",
  "Kamal, tor baap Poush mashe 20 hajar dadon nise, tui ar tor bhai Boishakh porjonto lobon math e thakbi. roj hajira "
  "500 theke 200 katbo, baki shodh na hoile next season o. math chere gele puro taka ek shathe ferot dite hobe, na "
  "hoile tor baap er jomi likhe nibo. - Sardar")
F("fees_and_debt", "bn-Latn",
  "Dubai shipyard visa 2 ta seat baki. booking 50 hajar aaj e dite hobe, baki 3 lakh 80 flight er age. taka na thakle "
  "jomi bondhok raikha dao, amar chena mohajon ase Satkania te, mashe 10% e loan dibe. booking taka bkash 01829-551046 "
  "(personal) e pathaio, agency te dile seat thakbe na",
  [("phone", "+8801829551046")])
F("fees_and_debt", "bn-Latn",
  "bhai ami Riyadh e. agency'r lok bolche passport ferot nite hole 2000 riyal 'file charge' dite hobe, na dile passport "
  "company'r kache thakbe ar ami onno kono kaj e jete parbo na. passport no EB0384172. deshe keu jodi BMET e complain "
  "korte pare, ami to ekhane kichu korte partesi na",
  [("bd_passport", "EB0384172")])
F("fees_and_debt", "en",
  "Apa I took 3 lakh from 2 samity and mortgaged our land in Banshkhali to pay the agent. Now in Oman the company cuts "
  "40 rial every month for 'visa cost' and 'ticket cost' which I already paid at home. supervisor says 18 more months "
  "of cutting then full salary. salary is 110 rial only. kisti at home is 14000 per month, how will I pay")
F("fees_and_debt", "en",
  "Romania work permit package: 5.8 lakh total. Processing fee 2 lakh now (non refundable), 2.8 lakh after visa, 1 lakh "
  "deducted from your first salaries there. Don't go through BMET, it takes 6 months, we do direct. Send processing "
  "money to Nagad 01611-482930 and send screenshot here.",
  [("phone", "+8801611482930")])

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn-Latn",
  "shunen, 1 lakh 50 ek number e pathaben na, block khabe. bhag kore den: bkash 01712-668204 e 40k, bkash 01957-331870 "
  "e 40k, nagad 01322-704519 e 40k, baki 30k cash e Anwar bhai re dien Kolatoli mor e. sob TrxID amar inbox e den, "
  "tarpor boat er list e nam uthbe",
  [("phone", "+8801712668204"), ("phone", "+8801957331870"), ("phone", "+8801322704519")])
F("payments_and_proceeds", "bn",
  "থাইল্যান্ডর জঙ্গলর ক্যাম্প তুন ফোয়ায় ফোন দিলে পরে ২ লাখ ২০ হাজার দিতে অইবো। চাইরটা বিকাশ নম্বরত ভাগ গরি দিবা, নম্বর "
  "হাইলা দিয়ুম। একটা নম্বরত ৫০ এর বেশি দিবা না। টিয়া ন দিলে হিতারে ছাড়িতো ন, হিতারা বেয়াক এন গরে।")
F("payments_and_proceeds", "en",
  "Your brother's company in Myawaddy says he must pay 3,500 USDT compensation to leave. Send TRC20 only to this "
  f"wallet: {TRON1} (or ERC20 {ETH2} if TRC not possible). After payment they will drop him at the Thai border. "
  "Don't tell the embassy, then they sell him to another company and price goes up",
  [("tron_address", TRON1), ("eth_address", ETH2)])
F("payments_and_proceeds", "bn",
  "You have received Tk 50,000.00 from 01876223091. Ref boat. Fee Tk 0.00. Balance Tk 1,12,450.00. TrxID CHQ7K2M1ZP "
  "at 14/11/2026 21:06\n— বস ৫ জনর বোটর টিয়া আইস্যে, বাকি ৩ জনর পরিবার হাইলা দিবো। বোট ছাড়িবার আগে বেয়াকর মোবাইল লই রাখিয়ুম",
  [("phone", "+8801876223091"), ("mfs_transaction", "CHQ7K2M1ZP")])
F("payments_and_proceeds", "en",
  "Collect the 12 boys' wages from the yard office on Thursday in cash, I told the manager you are their sardar. Put it "
  "in my Nagad 01556-390281, send each boy 2000 only, tell them the rest goes to mess and their dadon. Keep the "
  "register with you, don't let them see the sheet",
  [("phone", "+8801556390281")])
F("payments_and_proceeds", "bn-Latn",
  "Malaysia calling visa er post ta boost korsi 5000 taka, 2 din e 43 ta lead aise 🔥 sobai ke bolo medical er jonno "
  "15k advance personal bkash e, agency er naam nibi na. next week arekta page khulbo 'Cox Overseas' naam e, eita "
  "beshi report khaise")
F("payments_and_proceeds", "bn-Latn",
  "Mahajan bhai, Saudi theke 7 jon er beton hundi te Hathazari'r agent er kache ashbe, ami tule nibo. ora nijer "
  "family ke nije pathate parbe na, shudhu amar maddhome, protibar 20% amar jemon kotha hoise. agent er Nagad "
  "01408-117253, bank e keu pathaile amake janaben",
  [("phone", "+8801408117253")])

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn",
  "[ভয়েস নোট] বদ্দা আঁই জাহিদ, এফবি সাগরকন্যা-৩। ৪০ দিন ধরি দইজ্জাত। মাঝি বেয়াকর মোবাইল লই লইয়্যে, আজিয়া আরেক বোটর "
  "মাইনষর ফোন তুন এক মিনিট হতা হইর। ঘাটত ভিড়াইলে মাছ নামাই আবার ছাড়ি দে, আঁরারে নামিতো ন দে। আঁর মারে হইয়ুন আঁই বাঁচি আছি")
F("isolation_and_control", "bn",
  "শুটকি খোলার মহিলারারে রাইতে টিনর ঘরত বাইর তুন তালা মারি রাখে। সর্দারর অনুমতি ছাড়া বাজারত যাইত ন পারে, বাড়িত যাইবার "
  "হতা হইলে হয় সিজন শেষ হউক। দুইজনর মোবাইল সর্দার নিজর হাছে রাখে, মাসে একবার হতা হইতে দে")
F("isolation_and_control", "bn",
  "ইয়ার্ডর ভিতরর সেডত আঁরা ৬০ জন থাকি। গেইট তুন বাইর অইতে দে না, সিকিউরিটি হয় ঠিকাদারর হুকুম। ইউনিয়নর লোকর লগে হতা "
  "হইতে দেখিলে বাইর গরি দিবো হই দিয়ে। এনআইডি কার্ড বেয়াকর ঠিকাদারর অফিসত জমা, চাইলে হয় সিজন শেষে।")
F("isolation_and_control", "bn-Latn",
  "ma chinta koiro na. passport company rakhse, hostel theke factory, factory theke hostel, bus e kore ney, baire jaite "
  "dey na. phone e shudhu rat 10 tay kotha bolte dey, supervisor pashe thake tai beshi kichu bolte pari na. ekhon "
  "bathroom e lukaiya likhtesi, reply diyo na")
F("isolation_and_control", "bn-Latn",
  "kauke kobi na je amra Kutubdia'r lobon math e jaitesi. tor ma baba jiggesh korle bolbi Chittagong e garments e kaj "
  "paisos. union er kono lok phone dile dhorbi na, sim ta amar kache dia de, okhane notun sim dimu")
F("isolation_and_control", "en",
  "Our 9 crew are kept on the big boat anchored past Saint Martin for 3 weeks. Small boats bring ice and take the fish "
  "but owner orders them not to carry any of us back. only the captain has the satellite phone. my brother's number was "
  "off 20 days, today he called from a passing trawler's phone, crying")
F("isolation_and_control", "en",
  "Don't let the new boys from Rangpur go to the union office or talk to those NGO people at the jetty. Keep their NID "
  "cards and phones in the office locker until season ends. List: Shafiqul NID 6924017385, Mizan NID 1995541280376. "
  "If anyone's family calls, you talk first.",
  [("bd_nid", "6924017385"), ("bd_nid", "1995541280376")])

# labour_exploitation (8: bn 3, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "১২ ঘণ্টা গ্যাস কাটার চালাই, হেলমেট বুট নিজর টিয়াত কিনন লাগে। তিন মাসর হাজিরা বাকি, ঠিকাদার হয় জাহাজ কাটা শেষ অইলে "
  "একসাথে দিবো। যারা টিয়া চাইয়ে হিতারারে পরদিন তুন হামত ন লয়। আঁরা হন্ডে যাইয়ুম?")
F("labour_exploitation", "bn",
  "ভোর চাইরটা তুন রাইত আটটা পইয্যন্ত লবণ মাঠত, মাথার উপর রইদ। খাওন দেয় এক বেলা, খাওনর পানি আনন লাগে দুই মাইল দূর তুন। "
  "অসুখ অইলে হাজিরা কাটে, ছুটি চাইলে সর্দার হয় দাদন ফিরত দে পরে যা।")
F("labour_exploitation", "bn",
  "তিন দিন ধরি ঘুম নাই, খালি জাল টানি। খানা ভাত আর নুন, তরকারি মাঝির লাই। ফোয়া খালাসির হাত দড়িত কাটি গেইয়্যে, ওষুধ "
  "নাই, মাঝি হয় হাম ন গইল্লে ভাত বন্ধ 😢")
F("labour_exploitation", "bn-Latn",
  "Nazirartek e amra mohila ra roj 15-16 ghonta maach kati, dhui, macha te shukai. hajira 250, purush der 450. chhuti "
  "nai Eid er din o. bish diye maach shukay, haat e ghaa hoye gese, sardar bole kam na korle next season e nibe na")
F("labour_exploitation", "bn-Latn",
  "bhai 6 mash beton nai. boss bole company loss e, Raya'r por dibe. onno company te jaite chaile bole permit cancel "
  "kore police e dibe, passport o dibe na. amra 30 jon Bangladeshi, khawar taka dhar kore choltesi, dokaner lok o ar "
  "baki dite chay na")
F("labour_exploitation", "bn-Latn",
  "Boddá kafil 5 mash beton nde, iqama o renew nogore, baire gele police dhoribo. roj 14 ghonta ut er khamar e haam, "
  "ek bela khana. deshe fon dile kafil chilla gore. kiyallai ai ishan ailam, ma re kio na")
F("labour_exploitation", "en",
  "No day off since Ramadan, 14-16 hours on the cutting line. When Rahim fell from the block last week they made us "
  "keep working and cut our hajira for the hours we took him to hospital in Sitakunda. contractor still hasn't paid "
  "the 3 weeks of night shift.")
F("labour_exploitation", "en",
  "Crew got nothing for the last 2 trips, owner says diesel and ice ate the whole share. We are 14 people. None of us "
  "can move to another boat because each has 30-40k dadon from him and he says pay all first. some of the boys are "
  "eating from the masjid now")

# threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn",
  "তুই পলাইলে তোর বাপরে ধরি আনিয়ুম, দাদনর টিয়া তোর মা-বইনর হাছ তুন উশুল গরিয়ুম। পেকুয়াত তোর বাড়ি আঁই চিনি। হাইলা "
  "সকাল সাতটার মইধ্যে খোলাত ন আইলে বুঝিবি।")
F("threats_and_coercion", "bn",
  "ইউনিয়নর মিটিংত আর একবার দেখিলে হাত-পা ভাঙি দিয়ুম। লোহা চুরির মামলা দি জেলত ঢুকাইয়ুম, থানার বড় বাবু আঁর লোক। চুপচাপ "
  "হাম গর, বেশি নেতাগিরি ন দেহাইস")
F("threats_and_coercion", "bn-Latn",
  "kafil bolse ajker moddhe kaj e na gele huroob dibe, tarpor police dhore jail e nibe, deshe ferot jaite hole nijer "
  "ticket ar 3 lakh jorimana. ami ekhon room e lukaiya asi, ki korum bhai")
F("threats_and_coercion", "bn-Latn",
  "majhi kaise kotha na shunle doijja te felai dibo. gelo trip e ek khalasi re maira felaise, ghat e giye koise dheu te "
  "pore gese. amra sobai dekhsi kintu keu kichu bolte pari na, bolle amader o same")
F("threats_and_coercion", "bn-Latn",
  "Bhai amake Shahjahan majhi arekta trawler er maliker kache bikri kore dise 40 hajar e. bole amar dadon ekhon notun "
  "malik er kache. notun malik bole 60 hajar shodh na hole chharbo na, palaile ghater sob majhi ke bole dibe")
F("threats_and_coercion", "en",
  "bhai if we don't hit the target they use the electric stick. yesterday they beat 2 bangladeshi boys from Chattogram "
  "in front of everyone and locked them in the dark room. they say if we run the soldiers outside will shoot")
F("threats_and_coercion", "en",
  "[voice note transcript] Tell your husband, if he goes to the fisheries office or the union with his complaint, I'll "
  "file a case that he stole the net and the GPS. He'll rot in Cox's Bazar jail and who will feed your kids then? "
  "Better he comes and finishes the season.")

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "en",
  "🌸 New girls just arrived Cox's Bazar 🌸 fresh & young, 100% real pic no fake. Kolatoli & Sugandha hotels, booking "
  "only through manager. full night or short. Call manager: 0 1 8 8 3 - 4 7 2 - 6 1 9 (no sms)",
  [("phone", "+8801883472619")])
F("sexual_exploitation", "bn",
  "দুবাইয়ের ক্লাবে ড্যান্সার লাগবো, ১৮-২৫ বছর, সুন্দরী আর স্মার্ট মাইয়া। মাসে দেড় লাখ টাকা, থাকা খাওয়া ফ্রি। অভিজ্ঞতা "
  "লাগবো না, পাসপোর্ট আমরা করে দিমু। পরিবারকে বলবেন বিউটি পার্লারে কাজ। ইমো করেন ০১৯৩৮-৬৫০৪১২, ইনস্টা @glam_jobs_dxb",
  [("phone", "+8801938650412"), ("instagram", "@glam_jobs_dxb")])
F("sexual_exploitation", "bn",
  "বইন আঁরে পার্লারর হাম হইয়ারে কলকাতা লই গেইয়্যে। ঐডে একখান বাড়িত রাখি দিয়ে, দরজা বন্ধ। রাইতে মাইনষে আনে, ন গইল্লে "
  "মারে। মেডাম হয় আঁরে ১ লাখ টিয়াত কিনিয়ে, শোধ ন গইল্লে যাইত দিবো ন। আব্বারে হইও না, পুলিশরে হইও")
F("sexual_exploitation", "bn-Latn",
  "amar kache 5 ta meye ase, sob baire theke. Marine Drive er resort e pathai, rate 3000-5000, adha amar, room er "
  "bhara o ora dey. notun ekta asbe Teknaf theke next week. guest thakle inbox koren, number phone e dibo na")
F("sexual_exploitation", "bn-Latn",
  "Apa, Selina re biye kore Malaysia niye jabe bolse oi Johor er chele. ekhon shuni Selina ke ekta karaoke bar e kaj "
  "koraitese, chele ta nijei naki bar er lok. meye ta phone e kanditese, bolse raite guest er sathe bosaite bole. "
  "passport chele tar kache")
F("sexual_exploitation", "bn-Latn",
  "sardar kaise raite tar ghore na gele hajira dibe na, ar next season e khola te nibe na. amader line er 3 jon mohila "
  "re emon korse, keu bolte pare na, shami ra jante parle mar dibe. apa apnara ki kisu korte paren")
F("sexual_exploitation", "en",
  "Rohingya & Burmese girls available for 'contract marriage' or monthly keep in Chattogram, Agrabad flat provided. "
  "Fair & young, decent family girls. Serious clients only, DM Telegram @ctg_kontrakt_bd, advance confirm.",
  [("telegram", "@ctg_kontrakt_bd")])

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "আপা খুলশীর ঐ বাসাত এগারো বছরর এক মাইয়াফোয়া হাম গরে, নাম রুমা। বেগম সাব মারে, গতকাল ইস্ত্রি দি হাতত পুড়ি দিয়ে। ইতার "
  "মা বাঁশখালীত থাকে, তিন মাসে একবার ফোনত হতা হইতে দে। বাসা আঁই চিনি, অনে আইলে দেখাই দিয়ুম")
F("minors", "bn",
  "ফোয়ার বয়স ১৫ অইলে কিছু ন অইবো, জন্মনিবন্ধনত ২১ বানাই দিয়ুম, ইউনিয়ন পরিষদত আঁর লোক আছে। পাসপোর্ট অইলে সৌদিত হাউস "
  "বয় হিসাবে যাইবো, বেতন ৯০০ রিয়াল। মেডিকেলর দিন এট্টু বড় দেহাই এন জামা পরাই আনিও।")
F("minors", "bn",
  "পোয়াইন্যা হেলপার ১৪-১৫ বছরর রাখি দিবি, হাজিরা কম লাগে। ইন্সপেকশনর খবর পাইলে বেয়াকরে পিছর গেইট দি পাহাড়র দিকে "
  "পাঠাই দিবি। কেউ জিগাইলে হইবি বয়স ১৮, কার্ড নাই হারাই গেইয়্যে।")
F("minors", "bn-Latn",
  "Boddá Nuniarchhora ghat e ekta trawler e 12 bochorer ek pola re khalasi hisabe nise. ma re 10 hajar dadon dise, pola "
  "ta 25 din doijja te thakbo. school e porto, ekhon gelo. ki kora jay?")
F("minors", "bn-Latn",
  "Bhola theke 3 ta choto maiya ana hoise, 9 theke 12 bochor. Nasirabad, Khulshi ar Halishahar er basa te dibo. beton "
  "ora hate pabe na, tader baba ma ke 6 mash por por 5 hajar kore dibo. basar malik ra jeno phone na dey, na hoile "
  "kanna kati kore. 2 ta r jonno basa theke advance 10k nisi")
F("minors", "bn-Latn",
  "Moheshkhali'r khola te 8-12 bochorer bachcha gula bhor theke sondha porjonto maach kate, lobon makhay. school bondho, "
  "sardar bole season e school na gele kichu hoy na. hajira 100 kore bap er kache dey, bap dadon shodhe. keu ashle "
  "bachcha gula ke macha r pichone lukaite bole")
F("minors", "en",
  "13 yo girl from Teknaf was 'adopted' by a family in Halishahar. She works in the house from 5am to midnight, not "
  "allowed to go to school or out alone. Her uncle got 20,000 from the family and she talks to her mother only on Eid. "
  "Her birth certificate is with the madam.")
F("minors", "en",
  "The boy is 14 but tall, we will write 19 in the list. His uncle already paid 80k for the boat to Malaysia, rest after "
  "arrival. Keep him with the adults and tell him to say he is my nephew if BGB asks at Shah Porir Dwip.")

# ---------------------------------------------------------------- hard negatives
# news (7)
N("news", "bn",
  "টেকনাফে মালয়েশিয়াগামী ২৬ জন উদ্ধার, দালালচক্রের ৩ সদস্য আটক\nনিজস্ব প্রতিবেদক, কক্সবাজার। টেকনাফের শাহপরীর দ্বীপ এলাকা "
  "থেকে সাগরপথে মালয়েশিয়া পাঠানোর উদ্দেশ্যে একটি ঘরে জড়ো করা ২৬ জনকে উদ্ধার করেছে বিজিবি। উদ্ধারকৃতদের মধ্যে ৭ জন নারী ও "
  "৫ শিশু রয়েছে। আটককৃতদের বিরুদ্ধে মানবপাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে বলে জানিয়েছেন ব্যাটালিয়ন অধিনায়ক।")
N("news", "bn",
  "সীতাকুণ্ডের কুমিরায় শিপইয়ার্ডে গ্যাস সিলিন্ডার বিস্ফোরণে দুই শ্রমিক নিহত। নিহতরা হলেন কাটারম্যান আবদুল করিম (৩৪) ও "
  "হেলপার সুমন (২২)। আহত আরও তিনজনকে চমেক হাসপাতালে ভর্তি করা হয়েছে। ঘটনা তদন্তে কলকারখানা ও প্রতিষ্ঠান পরিদর্শন "
  "অধিদপ্তর তিন সদস্যের কমিটি গঠন করেছে। শ্রমিক নেতারা নিহতদের পরিবারকে ক্ষতিপূরণের দাবি জানিয়েছেন।")
N("news", "en",
  "Chattogram: Employer couple held over torture of child domestic worker. Police rescued a 12-year-old girl from a "
  "flat in Panchlaish on Tuesday after neighbours called 999. The girl, from Bhola, had burn marks on her arms, the "
  "officer-in-charge said. A case has been filed under the Women and Children Repression Prevention Act.")
N("news", "bn-Latn",
  "Breaking 😢 Teknaf er Baharchhora te trawler dubi 12 jon nikhoj, 38 jon uddhar. Coast Guard bolse trawler ta "
  "Malaysia jaowar jonno manush tulsilo, dalal palatok. Allah sobaike hefazot korun 🤲 share koren jate sobai jane")
N("news", "en",
  "Salt farmers in Moheshkhali and Kutubdia protest as prices fall to Tk 250 per maund. Many growers said they had "
  "taken dadon from middlemen before the season and will struggle to repay. BSCIC officials said the government was "
  "considering a floor price and limits on salt imports.")
N("news", "bn",
  "নাজিরারটেক শুঁটকি মহালে শিশুশ্রম নিরসনে উদ্যোগ: ১২০ শিশু ফিরল স্কুলে। প্রকল্পের আওতায় অভিভাবকদের মাসিক ভাতা দেওয়া "
  "হচ্ছে যাতে শিশুদের খোলায় কাজে পাঠাতে না হয়। মহাজন সমিতির সভাপতি বলেন, আগামী মৌসুম থেকে কোনো খোলায় শিশু রাখা হবে না।")
N("news", "en",
  "Dhaka and Kuala Lumpur agree new SOP for recruitment; employers to bear migration costs. The expatriates' welfare "
  "ministry said workers should pay no fee to any agent or sub-agent and should check the licence of recruiting "
  "agencies on the BMET website before submitting passports.")

# awareness (7)
N("awareness", "bn",
  "আঁরার গ্রামর ফোয়াইন্যারে টেকনাফর বোটত তুলি দিয়ার লাই অচিন দালাল ঘুরের। হয় বিনা টিয়াত মালয়েশিয়া, পরে সাগরত আটকাই "
  "পরিবারর হাছে টিয়া চায়। হেউ এন হতা হইলে মেম্বার বা থানাত জানাইবান। সাবধান থাইক্কুন। — ইউপি চেয়ারম্যান, হোয়াইক্যং")
N("awareness", "bn-Latn",
  "Bhaiera trip e jaowar age majhi/malik er sathe likhito chukti korun, bhag er hisab likha thakbe. NID card karo kache "
  "joma diben na. dadon nile rashid niben. somossa hole union office Fishery Ghat, prottek shonibar bikel 4 ta. "
  "forward koren sob group e 🙏")
N("awareness", "en",
  "Child domestic workers in Chattogram 🏠 If you see a child working in a neighbour's house who cannot go out, has "
  "injuries, or never speaks to family, call 1098 (Child Helpline, toll free). Under the Domestic Workers Protection "
  "and Welfare Policy no child under 14 should be employed, and older teens must be allowed school and rest.")
N("awareness", "bn",
  "বিদেশ যাওয়ার আগে জেনে নিন ✅ সরকার নির্ধারিত খরচের বেশি টাকা দেবেন না ✅ দালালের হাতে পাসপোর্ট দেবেন না ✅ রিক্রুটিং "
  "এজেন্সির লাইসেন্স যাচাই করুন ✅ বিএমইটি নিবন্ধন ও স্মার্ট কার্ড ছাড়া বিদেশ যাবেন না। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫")
N("awareness", "bn-Latn",
  "shipyard er bhaira, keu jodi bole Dubai drydock e visit visa te niye jabe, okhane giye kaj er visa kore dibe, "
  "bishshash korben na. visit visa te kaj kora oi desh e oboidho, dhorle jail ar deport. agency'r license BMET website "
  "e check koren, RL number chan. - Sitakunda union")
N("awareness", "en",
  "KNOW YOUR RIGHTS, shipbreaking workers: appointment letter and ID card from the yard, helmet/boots/gloves free of "
  "cost, weekly day off, overtime at double rate, compensation for injury and death. No worker under 18 in the yards. "
  "Keep your own NID, no contractor can hold it.")
N("awareness", "bn",
  "চাকরির নামে নারী পাচার থেকে সাবধান! বিউটি পার্লার বা ড্যান্স ক্লাবে বিদেশে উচ্চ বেতনের চাকরির প্রলোভনে সাড়া দেবেন না। "
  "টেলিগ্রামের @dubai_parlour_job_bd নামের চ্যানেলটি ভুয়া। জাতীয় জরুরি সেবা ৯৯৯, নারী ও শিশু নির্যাতন প্রতিরোধ হেল্পলাইন ১০৯",
  [("telegram", "@dubai_parlour_job_bd")])

# official (6)
N("official", "en",
  "M/s Karnaphuli Overseas Ltd (RL-1487), licensed by the Government, approved by BMET. Demand for 40 welders & fitters "
  "for a shipyard in Jubail, Saudi Arabia. Salary SAR 1,800 + food + accommodation, 2 yr contract. Migration cost as "
  "fixed by Government, pay only to company bank account against money receipt. Trade test at TTC Chattogram. Bring "
  "passport & NID. Info: info@karnaphulioverseas.com.bd / wa.me/8801713045286",
  [("email", "info@karnaphulioverseas.com.bd"), ("whatsapp", "+8801713045286")])
N("official", "bn",
  "কলকারখানা ও প্রতিষ্ঠান পরিদর্শন অধিদপ্তর, উপমহাপরিদর্শকের কার্যালয়, চট্টগ্রাম। জাহাজভাঙা শিল্পের সকল ইয়ার্ড মালিককে "
  "শ্রমিকদের নিয়োগপত্র ও পরিচয়পত্র প্রদান, ব্যক্তিগত সুরক্ষা সরঞ্জাম নিশ্চিত এবং ১৮ বছরের কম বয়সী কাউকে নিয়োগ না দেওয়ার "
  "নির্দেশ দেওয়া হলো। অভিযোগ জানাতে হেল্পলাইন ১৬৩৫৭।")
N("official", "bn",
  "মৎস্য অধিদপ্তর, কক্সবাজার: ১৫ এপ্রিল থেকে ১১ জুন পর্যন্ত বঙ্গোপসাগরে সকল প্রকার মাছ আহরণ বন্ধ থাকবে। নিষেধাজ্ঞাকালীন "
  "নিবন্ধিত জেলেদের মাঝে ভিজিএফ চাল বিতরণ করা হবে। চাল নিতে জেলে কার্ড ও এনআইডি সাথে আনবেন। ট্রলার মালিকদের সহযোগিতা কাম্য।")
N("official", "en",
  "Bangladesh High Commission, Kuala Lumpur: e-Passport enrolment camp at Johor Bahru, 12-13 December, 9am-4pm. Workers "
  "should bring their old passport, a copy of the work permit and employer letter. Fees as per schedule only; no agent "
  "is authorised to collect money on behalf of the Mission.")
N("official", "bn-Latn",
  "Priyo Md Rafiq, apnar Malaysia visa er medical report FIT. BMET smart card er jonno 20/12 tarikh sokal 10 tay "
  "Chattogram DEMO office e asun. Passport A04219836 sathe anben. -Sea Pearl Overseas RL-0962",
  [("bd_passport", "A04219836")])
N("official", "en",
  "Ami Probashi: Your BMET registration is complete. Name: MOHAMMAD SHAHIDUL ISLAM, NID: 8254190367, Passport: "
  "B00715243. Pre-departure orientation: TTC Chattogram, 18 Dec 2026, 9:00 AM. Bring this SMS.",
  [("bd_nid", "8254190367"), ("bd_passport", "B00715243")])

# receipt (6)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01819447302. Ref dadon ferot. Fee Tk 0.00. Balance Tk 7,340.50. TrxID BFK8L2M9QX "
  "at 12/03/2026 10:15",
  [("phone", "+8801819447302"), ("mfs_transaction", "BFK8L2M9QX")])
N("receipt", "en",
  "Cash In Received. Amount: Tk 20000.00 Uddokta: 01911358720 TxnID: 73KD9A2F Balance: Tk 20150.35 14/11/2026 18:22 "
  "Nagad",
  [("phone", "+8801911358720"), ("mfs_transaction", "73KD9A2F")])
N("receipt", "en",
  "Dear Customer, your A/C ****4417 is credited BDT 98,540.00 as inward remittance from SAUDI ARABIA via AL RAJHI BANK "
  "incl. 2.5% govt incentive on 03-Dec-2026. Islami Bank Bangladesh PLC")
N("receipt", "en",
  "Payment successful. Tk 3,500.00 paid to BMET (Wage Earners' Welfare fee & Insurance) via bKash Payment. TrxID "
  "AKD39RF0LM. Ref: Passport BX0926513. Keep this for your records.",
  [("mfs_transaction", "AKD39RF0LM"), ("bd_passport", "BX0926513")])
N("receipt", "bn",
  "সেন্ড মানি ৳১,৫০০.০০ সফল। প্রাপক: ০১৬৭৩২৮১০৯৪। রেফারেন্স: মায়ের ওষুধ। ফি ৳৫.০০। ব্যালেন্স ৳৩,২১০.৫০। TrxID BGL4Q8N2SW "
  "১৫/১১/২০২৬ ০৯:৪১",
  [("phone", "+8801673281094"), ("mfs_transaction", "BGL4Q8N2SW")])
N("receipt", "bn-Latn",
  "[khata r chobi] Jalal majhi - dadon 25,000 (2 Boishakh). ferot 10,000 bkash (Ashar). ferot 15,000 nagad TxnID: "
  "71C0XP4Q (Bhadro). baki 0. SHODH. sakkhi: Nurul, mahajan er sign",
  [("mfs_transaction", "71C0XP4Q")])

# family (7)
N("family", "bn",
  "অম্মা, টিয়া পাঠাইলাম ৪৫ হাজার, বিকাশে ভাইয়ার নম্বরত। বইনর বিয়ার লাই ২০ রাখিও, বাকি সমিতির কিস্তি দিয়া দিও। আঁই গম "
  "আছি, কফিল গম মানুষ, এই মাসত বেতন আগেভাগে দিয়ে। ঈদত ছুটি পাইলে ফোন দিয়ুম")
N("family", "bn-Latn",
  "ghat e ailam, 22 din er trip, mach valo paisi, ilish 40 mon 🐟 malik hisab kore bhag dise shondhay. kal sokale ghore "
  "asum, fua re koio school e jaite, ami ashle Patenga ghurte niye jamu")
N("family", "en",
  "Bhaiya did you get Ammu's passport? Renewal slip says delivery 20 Dec from Mansurabad passport office. Old number "
  "A02917364 still shows 'printing' on the site. Keep her NID copy ready, she has to sign at the counter.",
  [("bd_passport", "A02917364")])
N("family", "bn",
  "মাইয়ার বিয়া ঠিক গইজ্জি। জামাই দুবাইত ইলেকট্রিশিয়ানর হাম গরে, সাত বছর ধরি। হিতার বাপ-মার লগে বইছি, কাবিন ৩ লাখ, "
  "রেজিস্ট্রি হইবো কাজী অফিসত। মাইয়া এইহানেই থাকিবো, পড়া শেষ গরিবো, জামাই ছুটিত আইলে দেখা অইবো।")
N("family", "bn-Latn",
  "Ammu, Rina apa ke ei mash theke 9000 dibo. shukrobar puro din chhuti, or meye er school er fees o amra dibo. phone ta "
  "kine dilam jeno bari te jokhon iccha kotha bolte pare. Agrabad er basa te or room e fan lagaisi")
N("family", "bn",
  "আব্বা, আঁই বিএমইটির সাইটত এজেন্সির লাইসেন্স চেক গইজ্জি, আসল। খরচ সরকারি রেট, টিয়া ব্যাংকত দিয়ুম রসিদসহ। দালালর "
  "হাতত পাসপোর্ট ন দিয়ুম, চিন্তা ন গরিবান। মালয়েশিয়ার কোম্পানির নাম আর ঠিকানা হোয়াটসঅ্যাপে পাঠাইলাম")
N("family", "en",
  "Reached Kutubdia channel, network will go for 3 days, don't worry. Owner paid last trip's share in full, 18,600, I "
  "sent it to your bkash before leaving. Tell Abba to buy the medicine.")

# worker_content (6)
N("worker_content", "bn-Latn",
  "eibar union er kotha shune yard malik appointment letter dise, ID card o. overtime er tiya alada slip e dise. "
  "helmet boot free. Alhamdulillah, shobaike dhonnobad, Bhatiary r bhaira meeting e ashben")
N("worker_content", "bn",
  "এইবার মাছ কম পাইলাম, ভাগে আইসে ৯ হাজার। মহাজন খাতা দেখাইল, তেল বরফর খরচ বাদ দি বেয়াকর সমান ভাগ। কষ্ট লাগে, কিন্তু "
  "হিসাব ঠিক আছে। সামনর জোয়ারত যদি ইলিশ ধরা পড়ে")
N("worker_content", "en",
  "Overtime is a lot in peak season but they pay it, 2 days off a month, passport is with me in my locker. Hostel is "
  "crowded, 12 in one room, food I cook myself. Salary RM 1,700 came on the 7th. Not bad, just missing home.")
N("worker_content", "bn",
  "এইবার সিজনে হাজিরা ৪০০ অইয়ে, মহাজন সময়মতো দেয়। রইদত হাম কষ্টর, বিকালে ছুটি। ফোয়াইন্যা স্কুলত যায়, আঁই বাড়িত "
  "ফিরি রান্ধি। শুটকির দাম ভালা থাকিলে সামনর বছর হাজিরা আরো বাড়িবো হইয়ে")
N("worker_content", "bn-Latn",
  "lobon er dam 250 taka mon, khoroch uthe na. ebar jomi lagiya nisi 1 kani, lagiya r taka malik re dite hobe season "
  "sheshe. sorkar dam na barale lobon chashi ra bachbe na, amra Cox's Bazar e manobbondhon e jabo")
N("worker_content", "en",
  "50 degrees today, AC in the truck broken, company says fix next week. Long hours on the Dammam highway but the "
  "overtime came with the salary. Kafeel is ok, iqama renewed last month.")

# joke (4)
N("joke", "bn-Latn",
  "Bou amare ghore atke rakhse, phone o niye nise, bole 'tumi ar mezban e jaba na' 😭😂 bhaira keu uddhar koren")
N("joke", "bn",
  "বউয়ে হয় 'তোঁয়ারে বেচি দিয়ুম'। আঁই হই 'হত টিয়া পাইবা?' হয় '২০ টিয়া, ইয়াও বেশি' 😂😂")
N("joke", "en",
  "My boss said we have 'unlimited leave'. Turns out it means you can leave the job any time, unlimited 😂")
N("joke", "bn-Latn",
  "notun offer: 'Visa FREE, shudhu ticket 5 lakh' 🤣 Kalam re tag dilam, o-i to gelo bochor ei offer e dhora khaise")

# chatter (5)
N("chatter", "bn-Latn",
  "kal Bhatiary te gate meeting 8 tay, shift change er shomoy. leaflet 500 copy ready. Salam bhai sardar der shathe "
  "kotha bolben, pashe thakben. nasta 60 jon er")
N("chatter", "en",
  "Hi Nusrat, about the Kumira yard accident: the two injured cutters are at CMCH ward 26, families are ok to talk. "
  "I'll send the contractor's name tonight. You can email me at sitakunda.shipworkers.union@gmail.com",
  [("email", "sitakunda.shipworkers.union@gmail.com")])
N("chatter", "bn",
  "কে কে কাইল ফিশারিঘাট যাইবা? ইউনিয়নর রেজিস্টারত নতুন ৪০ জন খালাসির নাম তুলন লাগিবো, এনআইডির ফটোকপি আর দুই কপি ছবি আনিবা")
N("chatter", "bn-Latn",
  "Malaysia theke Rashed bhai ashse, kal Anwara te dawat 😄 passport e 3 ta visa stamp dekhlam, oi j boss er gari "
  "chalay, bhalo e ase. chobi dise insta te @rashed.ctg.my",
  [("instagram", "@rashed.ctg.my")])
N("chatter", "en",
  "Anyone know a lawyer in Cox's Bazar for a land mortgage dispute? My uncle took a loan from a samity on the land and "
  "now they say the papers are lost 🙄")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn", "আজিয়া মেজবানত যাইবা না? গরুর গোস্ত আর নলা কাঁজি ✌️", hard=False)
N("chatter", "bn-Latn", "match dekhso? Zahur Ahmed Chowdhury stadium e aj Bangladesh jitse 🔥🔥", hard=False)
N("chatter", "en", "Meeting moved to 4pm, please bring the attendance sheet.", hard=False)
N("family", "bn", "আম্মু ভাত খাইসো? আজকে বৃষ্টি অনেক, বাইরে যাইও না", hard=False)
N("family", "bn-Latn", "Nanur shorir kemon? kal Chittagong medical e dekhabo, sokale 8 tay ber hobo", hard=False)
N("joke", "en", "Why did the fisherman join the band? Because he was great with the scales 🐟😂", hard=False)
N("joke", "bn-Latn", "Chatgaiya ra mezban chhara kono shomossa solve korte pare na 😂 bia, akika, meeting shob e mezban",
  hard=False)
N("news", "bn",
  "আবহাওয়া অধিদপ্তর: চট্টগ্রাম ও কক্সবাজার সমুদ্রবন্দরকে ৩ নম্বর স্থানীয় সতর্ক সংকেত দেখাতে বলা হয়েছে। মাছ ধরার নৌকা ও "
  "ট্রলারকে উপকূলের কাছাকাছি থেকে সাবধানে চলাচল করতে বলা হয়েছে।", hard=False)
N("official", "en",
  "Chattogram City Corporation: holding tax payment deadline extended to 31 December. Pay online or at ward offices.",
  hard=False)
N("receipt", "en", "Your recharge of Tk 99 was successful. Current balance Tk 112.40. Validity 30 days.", hard=False)
N("worker_content", "bn-Latn", "aj shift shesh, ghor e jai. kal off day, pet bhore ghumabo 😴", hard=False)
N("awareness", "en",
  "Dengue alert: remove standing water from flower tubs and AC trays. Visit the nearest health centre if fever lasts "
  "more than 2 days.", hard=False)


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
    random.Random(56).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev56-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
