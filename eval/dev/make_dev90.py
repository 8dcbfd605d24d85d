#!/usr/bin/env python3
"""Blind dev set dev90: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an investigator of online sexual exploitation of
children (12-17) groomed through Free Fire/PUBG squads, Discord, Likee and Facebook gaming groups: photo and
video requests paid in diamonds, UC or bKash, sextortion, meet-ups, fake 'model' and live-streaming work. Run from the repository root.
Held out from round 15 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev90.jsonl"
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


BTC1 = btc("dev90-btc-1")
TRON1 = tron("dev90-tron-1")
ETH1 = eth("dev90-eth-1")

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
  "হাই কিউটি 😊 তোমার likee ভিডিও গুলো দেখলাম, তুমি তো একদম মডেল এর মত। আমাদের ঢাকার একটা ফ্যাশন হাউজ নতুন মুখ খুঁজতেছে, মাসে ৩০-৪০ হাজার দিবে, শুটিং শুধু শুক্রবার। আম্মু আব্বুকে এখন বলার দরকার নাই, সিলেক্ট হলে সারপ্রাইজ দিও। শুধু কয়েকটা ছবি পাঠাও শর্টস আর টপ পরে, বডি শেপ দেখতে চায় ক্লায়েন্ট 📸")
F("recruitment_deception", "bn",
  "বোন তুমি শুধু মোবাইলে লাইভে বসে গল্প করবা, ঘরে বসে ইনকাম দিনে ১৫০০-২০০০। কোনো খারাপ কিছু না 🙂 প্রথম সপ্তাহ ট্রেনিং হবে আমার রুমে, উত্তরায়। তার আগে ভিডিও কলে একটা ইন্টারভিউ, ক্যামেরা অন রাখবা আর রুমে একা থাকবা")
F("recruitment_deception", "bn",
  "ভাই তুমি তো জোস খেলো, আমাদের ইস্পোর্টস টিমে নিব তোমাকে। মালয়েশিয়ায় টুর্নামেন্ট, যাওয়া থাকা সব টিম দিবে। পাসপোর্ট না থাকলেও সমস্যা নাই আমরা বানায় দিব, বয়স শুধু একটু বাড়ায় দিতে হবে। বাসায় বলবা স্কাউট ক্যাম্পে যাচ্ছ")
F("recruitment_deception", "bn-Latn",
  "apu ami Dubai te ekta salon e kaj kori, amar boss new girl nibe receptionist, salary 80k taka, thaka khawa free. tomar age 16 hole o problem nai ami manage kore dibo. sudhu ekta full body pic r ekta video dao, boss ke dekhabo 🥰")
F("recruitment_deception", "bn-Latn",
  "bro tumi FF e streamer hoite chaw? amader agency tomake sponsor korbe, free iphone + monthly 20k. just ekta contract sign, tomar birth certificate er pic r ekta face reveal video lagbe. ekbar Mirpur office e ashte hobe, ekai ashba, frnd anba na ok")
F("recruitment_deception", "bn-Latn",
  "[voice msg] oi shono na, oi je Likee te ekta bhaiya ase na, bolse tar cousin er music video te heroine lagbe, Cox's Bazar e shooting, 3 din. uni bolse bashay bolar dorkar nai, picnic bolle e hobe. ami jabo?? taka o dibe 10 hajar 😳")
F("recruitment_deception", "en",
  "hey ur pics r fire 🔥 im a scout for an intl modelling agency, we sign teens for kidswear n swimwear catalogues in KL. all expenses paid + ur parents get monthly allowance. first step is a private test shoot on video call, wear something tight so we can see proportions. dont post abt this its confidential till contract")
F("recruitment_deception", "en",
  "Job for gamer girls 🎮💕 Chat with foreign players & earn in dollars! Only need to be friendly n sometimes turn on cam. No experience needed, age no bar, work from bed 😉 DM telegram @ff_queen_hiring for details",
  [("telegram", "@ff_queen_hiring")])

# fees_and_debt (8: bn 2, bn-Latn 3, en 3)
F("fees_and_debt", "bn",
  "পোর্টফোলিও শুটের জন্য রেজিস্ট্রেশন ফি ২৫০০ টাকা লাগবে, পরে ফেরত পাবা। টাকা না থাকলে সমস্যা নাই, আমি দিয়ে দিচ্ছি, কাজ করে শোধ করবা 😘 কিন্তু একবার শুরু করলে মাঝপথে ছাড়তে পারবা না, তাহলে ডাবল ফেরত দিতে হবে")
F("fees_and_debt", "bn",
  "তোমাকে যে ৪ বার ডায়মন্ড টপআপ করে দিলাম, মোট ৩৮০০ টাকার, ওটা কি ফ্রি ভাবছো? হয় কালকের মধ্যে টাকা ফেরত দাও, নাহলে আমি যেভাবে বলি সেভাবে ভিডিও কলে আসো। হিসাব সোজা")
F("fees_and_debt", "bn-Latn",
  "bhai tor jonno elite pass r 2 ta gun skin kine dilam, total 5200 tk hoise. ekhn tui amar account e rank push kore dibi protidin rat 12-4 porjonto jotodin na shodh hoy. r na parle tor ammur number e call dia bolbo tui taka churi korsos")
F("fees_and_debt", "bn-Latn",
  "oi tomar hostel er bill 9000 ami dilam, phone o kine dilam. ekhon bolo kaj korba na? 🙂 ei masher moddhe 30 ta live session korte hobe, tumi ja gift pao oita amar kase ashbe jotokkhon na debt clear hoy")
F("fees_and_debt", "bn-Latn",
  "apu agency te join korte 1500 tk security deposit lagbe, bkash koren 01789-452163 e (personal). deposit na dile ID active hobe na. r prothom 3 mash salary theke training cost kete rakha hobe",
  [("phone", "+8801789452163")])
F("fees_and_debt", "en",
  "you still owe me 12,000 UC bro. I carried your squad, I paid your tournament entry, I bought ur bundle. Either you pay by friday or you record the clips I asked for, those sell, that's how you clear it. no more excuses")
F("fees_and_debt", "en",
  "Audition confirmed 🎉 To hold your slot for the Kids Fashion Week Dhaka shoot pay BDT 3,000 costume + makeup fee to Nagad 01923-118407 today. If you back out after the shoot you must pay back 15,000 for the photographer. Send the TxnID after payment",
  [("phone", "+8801923118407")])
F("fees_and_debt", "en",
  "ok so the deal: i paid ur phone repair n data packs for 3 months, thats 6.5k. ur gonna stream for my bigo agency 6hrs a night till its paid back, every gift u get goes to my wallet not urs. u agreed remember")

# payments_and_proceeds (8: bn 3, bn-Latn 2, en 3)
F("payments_and_proceeds", "bn",
  "ভাই নতুন কালেকশন আসছে 🔥 স্কুল ড্রেসে ৬ টা ভিডিও। প্রতিটা ৫০০, পুরা প্যাক ২৫০০। বিকাশ সেন্ড মানি 01832-670915 এ, পাঠায় স্ক্রিনশট দিলেই ড্রাইভ লিংক দিব",
  [("phone", "+8801832670915")])
F("payments_and_proceeds", "bn",
  "তোমার পাঠানো ভিডিওর জন্য ৮০০ টাকা দিলাম, TrxID 9KD4XM2P7Q চেক করো। বাকি টাকা নতুনগুলো পাঠালে দিব। বিকাশটা তোমার আম্মুর নাম্বারে না, বান্ধবীর নাম্বারে নিয়ো, যাতে কেউ না দেখে",
  [("mfs_transaction", "9KD4XM2P7Q")])
F("payments_and_proceeds", "bn",
  f"গ্রুপের সবাইকে বলছি: লাইভ শো এর টাকা এখন থেকে ক্রিপ্টোতে নিব। USDT TRC20 এড্রেস: {TRON1} । মেয়েদের ভাগ আমি বিকাশে দিয়ে দিব, ওরা যেন সরাসরি কাস্টমারের থেকে টাকা না নেয়",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn",
  "diamond diye pay korbo, 1000 diamond 1 ta pic er jonno, jama chara 😏 tor UID de ami ekhon e top up kore dicchi. video hole 5000 diamond. kaw ke bolish na, top up history o delete kore dis")
F("payments_and_proceeds", "bn-Latn",
  f"boss bollo client ra bidesh theke pay kore BTC te. address: {BTC1} . tomra je meye gula ke live e anso oder share 20% cash out hobe Rocket e, baki amar r admin er",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "payment received ✅ for the private video call with the 14yo. she gets 300, you send the rest to me by bKash 01716-238904 tonight. next session saturday 9pm same rate 2000",
  [("phone", "+8801716238904")])
F("payments_and_proceeds", "en",
  "pls send the 4 new clips 🙏 I'll top up 2 Elite Passes and 1,500 diamonds to your UID like always + 1k bkash for your data. dont use ur own bkash, cash out at the agent shop near school")
F("payments_and_proceeds", "en",
  f"VIP vault access: 0.01 ETH to {ETH1} then DM proof to @desi_teen_vault. new folders from 'fresh' gamer girls every week, refunds no",
  [("eth_address", ETH1), ("telegram", "@desi_teen_vault")])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "আমাদের কথা কাউকে বলবা না, বেস্ট ফ্রেন্ড কেও না। চ্যাট গুলো প্রতিদিন রাতে ডিলিট করবা। তোমার আব্বু আম্মু আমাদের সম্পর্ক বুঝবে না, ওরা শুধু আটকাবে। আমিই তোমাকে সত্যি বুঝি ❤️")
F("isolation_and_control", "bn",
  "ফোনের লোকেশন সবসময় অন রাখবা, আমি দেখব তুমি কোথায়। স্কুল শেষে কার সাথে কথা বলো সব স্ক্রিনশট দিবা। ফেসবুকের পাসওয়ার্ড টা দাও, আমি ছাড়া কেউ তোমার আইডিতে ঢুকবে না")
F("isolation_and_control", "bn-Latn",
  "ei app ta install kor, Threema. messenger e r kotha bolbo na, tor ammu check kore. contact name ta change kore 'Math Tuition' rakh jate keu sondeho na kore 🤫")
F("isolation_and_control", "bn-Latn",
  "tumi to bollei chole aisho, ekhane flat e thakba amar sathe. phone ta amar kase thakbe ekhon, bashay call dile tumi kanna kore felba r ora tomake niye jabe. 2-3 mash por ami nijei kotha bolbo oder shathe")
F("isolation_and_control", "bn-Latn",
  "squad er bakira tor nam e baje kotha bole, oder block kor. oder sathe khelle tor ID ban koray dibo, admin amar dost. tui sudhu amar sathe khelbi r amar discord server e thakbi, onno kono GC te na")
F("isolation_and_control", "en",
  "from now on u only talk to me on discord, leave the class group chat. ur friends r jealous thats why they said those things about me. if ur mom asks say im a girl from ur coaching")
F("isolation_and_control", "en",
  "Voice note transcript: \"listen dont cry. ur at my place now, ur safe. i took ur SIM out so ur dad cant track u, ill buy u a new one. no u cant go down to the shop alone, the guard wont let u out anyway\"")
F("isolation_and_control", "en",
  "send me a screenshot of ur screen time every night. if i see insta or whatsapp open more than 10 min ill know ur talking to someone else. and turn off ur mom's family link thing, ill show u how")

# labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "প্রতিদিন কমপক্ষে ৮ ঘণ্টা লাইভে থাকতে হবে, রাত ১১টা থেকে ভোর ৭টা, ক্লায়েন্টরা বিদেশি। লাইভে ঘুমালে জরিমানা ২০০ টাকা। গিফটের টাকা এজেন্সি রাখবে, তোমাকে মাসে ২০০০ দিব হাতখরচ")
F("labour_exploitation", "bn",
  "তোরা চার জন আমার বাসায় থাকবি, দিনে ১২ ঘণ্টা পাবজি একাউন্ট লেভেল আপ করবি, ওগুলা আমি বাইরে বেচি। খাওয়া দিব, স্কুলে যাওয়ার দরকার নাই এখন। বাড়িতে মাসে ১ হাজার পাঠায় দিব")
F("labour_exploitation", "bn-Latn",
  "ami 5 mash dhore Bigo te host kortesi agency te, protidin 6-7 ghonta. target puron na hole ek taka o dey na. last mash 2 lakh bean tulsi, amake dise 800 tk 😭 ami class 9 e pori, ki korbo bujhtesi na")
F("labour_exploitation", "bn-Latn",
  "ajke theke tui shooting e nachbi, 3 ta reels protidin, client ra je dress dibe oita pore. break nai, kharap lagleo hasbi camera te. taka pore hishab hobe, ekhon kichu chabi na")
F("labour_exploitation", "bn-Latn",
  "vai ami ekhane oder gaming cafe te thaki, sara din ID farm kori r rate e card top up er kaj. 4 mash kono beton nai, boss bole tor khawa thakar khoroch e shob gese. bari jaite chaile bole agey khoroch shodh kor")
F("labour_exploitation", "en",
  "rules for the stream room: 3 shifts, each girl does min 2 shifts a day. no phone except the work phone. tips counted by manager only. anyone who sleeps during shift loses that days food allowance")
F("labour_exploitation", "en",
  "bro i been grinding accounts for that guy since march, 14 hrs a day, he said 300 per lvl 70 account. hes paid me like 600 total. now he says i cant leave til i finish 50 more cuz he 'trained' me. im 15 man i just wanted free UC")

# threats_and_coercion (7: bn 2, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "তোর ছবি গুলো আমার কাছে আছে ভুলে যাস না 🙂 আজ রাত ১২টার মধ্যে ভিডিও কলে না আসলে তোর স্কুলের ফেসবুক গ্রুপে আর তোর আব্বুর ইনবক্সে সব চলে যাবে। ব্লক করে লাভ নাই, আমার আরো ১০টা আইডি আছে")
F("threats_and_coercion", "bn",
  "থানায় যাবি? যা। তোর বয়স কম, পুলিশ তোর বাপ মা কে ডেকে ছবিগুলো দেখাবে, সবাই জানবে তুই নিজে পাঠাইছিস। তার চেয়ে চুপচাপ আমি যা বলি করে ফেল")
F("threats_and_coercion", "bn-Latn",
  "5000 tk bkash kor 01609-347281 e ajker moddhe, nahole tor video viral. tor frnd list er 300 jon er kache jabe. r ekbar jodi block dis tor choto bhai er school e giye dhorbo",
  [("phone", "+8801609347281")])
F("threats_and_coercion", "bn-Latn",
  "tui bhabsos ID delete korle bachbi? tor UID, nam, school, bari sob jani. Mohammadpur er oi holud bari ta na? shonibar ashbi naile bari te lok pathabo")
F("threats_and_coercion", "en",
  "last warning. u blocked me on insta, fine. but i already saved everything. if u dont send 3 more tonight im making a fake account with ur name and posting them in every FF group. ur choice")
F("threats_and_coercion", "en",
  "Check ur inbox. yes thats u. Pay $150 in USDT or steam gift cards within 24h or it goes to everyone on ur followers list + ur college page. timer started ⏳ dont be stupid")
F("threats_and_coercion", "en",
  "you think ur bf will protect u? ill send him the videos first. then ur dad. u come to the hotel on friday like we said and all of this goes away. come alone")

# sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
F("sexual_exploitation", "bn",
  "ড্রেস চেঞ্জ করার সময় ক্যামেরা অন রাখো, আমি শুধু দেখব কিছু করব না 🙈 তুমি আমার জিএফ না? জিএফরা এগুলো করে")
F("sexual_exploitation", "bn",
  "কাল বিকালে ধানমন্ডির হোটেলে আসো, রুম ৩০৪। আমার বিদেশি ফ্রেন্ড আছে, ও তোমার সাথে একটু সময় কাটাবে, তুমি ৫ হাজার পাবা আর নতুন ফোন। ইউনিফর্ম পরে আসবা, ওর ভাল লাগে")
F("sexual_exploitation", "bn",
  "নতুন মেয়েগুলারে আগে আমার সাথে ভিডিও কলে দিবি, আমি দেখে নিব কোনটা কাস্টমারের জন্য চলবে। যেগুলা কম বয়সী ওগুলার রেট বেশি, বুঝছস")
F("sexual_exploitation", "bn-Latn",
  "tor oi kalo bondhu ta, je squad e thake, ore niye aish shoho. dujon eksathe live korle double gift. private room e, shudhu paid member ra dekhbe")
F("sexual_exploitation", "bn-Latn",
  "babu tumi to amar wife hobe ekdin, tahole ekhon ekta video dite problem ki? mukh dekha lagbe na, shudhu shorir. ami karo sathe share korbo na promise 🥺")
F("sexual_exploitation", "en",
  "Private Likee room tonight 10pm 🔞 members only. 3 new girls from our FF guild, youngest one is class 8 😏 entry 500tk. request link in DM")
F("sexual_exploitation", "en",
  "meet me at the cyber cafe behind ur coaching on sunday, the owner is my friend, theres a back room. bring ur school bag so ur mom thinks ur at class. ill get u the M1887 skin after")

# minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "তোমার বয়স কত বললা? ১৩? ওহ তাহলে তো আরও কিউট 😍 প্রোফাইলে ১৮ লিখে রাখো, না হলে অ্যাপ আইডি বন্ধ করে দিবে। আর এইটা আমাদের সিক্রেট")
F("minors", "bn",
  "ভাই স্টকে ক্লাস সেভেন এইটের কয়েকটা মেয়ে আছে, ছবি আছে, ভিডিও কলেও আসবে। বয়সের প্রুফ চাইলে স্কুলের আইডি কার্ডের ছবি দিব। সিরিয়াস বায়ার হলে নক দিও")
F("minors", "bn-Latn",
  "ki class e poro? 8? oh nice 😅 tumi boyosher tulonay onek mature. tomar moto choto meyeder jonno amar kase ekta special kaj ase, kintu age ekta pic dao school dress e")
F("minors", "bn-Latn",
  "mal er boyos 14-15, eksathe 3 jon, Chattogram theke ashbe. birth certificate lagbe na, ami boyos 19 kore card banay dibo. NID no 1987654321 eita diyei hotel e entry hobe",
  [("bd_nid", "1987654321")])
F("minors", "bn-Latn",
  "[voice msg] bhaia ami ekhono class 6 e pori, ami 12. apni bolsen 5 ta diamond pack diben, ami to pic diye disi. ekhon r pathabo na plz, ammu dekhe felbe 😢")
F("minors", "en",
  "lol how old r u? 14?? perfect honestly older girls r boring. dont tell anyone ur age in the guild, say ur 18 if anyone asks 😉")
F("minors", "en",
  "Need 2 young boys 13-16 for 'gaming content' shoot at a private flat in Banani. must be slim, no parents present. 3k each + FF bundle. contact wa.me/8801521407836",
  [("whatsapp", "+8801521407836")])

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "ফ্রি ফায়ার গেমে পরিচয়ের সূত্র ধরে অষ্টম শ্রেণির এক ছাত্রীকে ব্ল্যাকমেইলের অভিযোগে রাজশাহী থেকে এক যুবককে গ্রেপ্তার করেছে সিআইডি। পুলিশ জানায়, অভিযুক্ত ডায়মন্ড কিনে দেওয়ার প্রলোভন দেখিয়ে ছাত্রীর কাছ থেকে ছবি সংগ্রহ করত।")
N("news", "en",
  "DHAKA - The Police Cyber Support Center for Women said it received over 1,400 complaints in six months, a large share involving teenagers harassed on gaming platforms and short-video apps. Officials urged parents to report sextortion at once rather than pay.")
N("news", "bn-Latn",
  "Khobor share korlam: Mirpur e online game er UC er taka niye dui bondhur moddhe jhogra, ekjon ahoto. police bolse dujon e college student, mamla hoyni, parents der shathe mimangsha hoise.")
N("news", "en",
  "Bangladesh squad finishes 3rd at the PUBG Mobile regional qualifier in Kuala Lumpur. The players, aged 17 to 22, travelled with the federation coach and a guardian; prize money of $15,000 will be shared among the team.")
N("news", "bn",
  "বিদেশে পাঠানোর নামে প্রতারণা: ভুয়া এজেন্সির মালিক আটক। র‌্যাব জানায়, চক্রটি মালয়েশিয়ায় কারখানায় চাকরির কথা বলে জনপ্রতি ৪-৫ লাখ টাকা নিত এবং পাসপোর্ট নিজেদের কাছে রেখে দিত।")
N("news", "en",
  "BTRC is weighing age-verification rules for live-streaming apps after reports that minors were hosting late-night streams for virtual gifts, a ministry official told reporters on Tuesday.")
# awareness
N("awareness", "bn",
  "অভিভাবকদের প্রতি অনুরোধ: সন্তানের ফোনে কেউ 'ফ্রি ডায়মন্ড দিব' বা 'মডেল বানাব' বললে সতর্ক হোন। অপরিচিত কেউ ছবি চাইলে সঙ্গে সঙ্গে স্ক্রিনশট রাখুন এবং ৯৯৯ অথবা পুলিশ সাইবার সাপোর্টে জানান। শেয়ার করুন 🙏")
N("awareness", "bn-Latn",
  "⚠️ FORWARDED: keu jodi apnar chele/meye ke bole 'chobi na dile viral kore dibo' - taka diben na! blackmailer ra taka pele aro chay. screenshot rakhun, ID block korun, r 999 e call korun. Child Helpline 1098.")
N("awareness", "en",
  "Notice for Class 6-10 students: never share photos with someone you met in a game, even if they are in your squad. No real gamer needs your picture. If someone threatens you, tell a teacher. You will NOT be punished.")
N("awareness", "bn-Latn",
  "bhai bon der jonno ekta post: 'model hunt' er nam e inbox e je offer ashe, 90% fake. kono real agency first e body pic chay na, r registration fee o nay na. confirm na hoye kothao ekla jaben na.")
N("awareness", "en",
  "Awareness thread 🧵 how groomers talk to kids in FF/PUBG: 1) gifts (diamonds, UC, skins) 2) 'ur so mature for ur age' 3) 'dont tell ur parents' 4) move chat to a private app 5) ask for pics 6) threaten. Save this, show ur kids.")
N("awareness", "bn",
  "মানব পাচার প্রতিরোধে উঠান বৈঠক: বিদেশে চাকরির প্রলোভনে দালালের কাছে পাসপোর্ট জমা দেবেন না। বিএমইটি নিবন্ধিত এজেন্সি ছাড়া কারো মাধ্যমে বিদেশ যাবেন না। প্রবাসী হেল্পলাইন ১৬১৩৫।")
# official
N("official", "en",
  "M/S Al-Noor Overseas (RL-1347), licensed by the Ministry of Expatriates' Welfare. Demand: 40 factory workers for Malaysia. Govt fixed cost Tk 79,000 only, paid by bank to the agency account against receipt. BMET registration & smart card mandatory. Age 21-40. Office: 02-55011234",
  [("phone", "+880255011234")])
N("official", "bn",
  "বাংলাদেশ হাইকমিশন, কুয়ালালামপুর: নিয়োগকর্তা প্রবাসী কর্মীর পাসপোর্ট রেখে দিতে পারবেন না। পাসপোর্ট নবায়নের জন্য অনলাইনে আবেদন করুন। জরুরি প্রয়োজনে হটলাইন +60 3-2148 2000",
  [("phone", "+60321482000")])
N("official", "bn-Latn",
  "Official: Team Nemesis BD tryout - boys & girls 16+ (16-17 holei guardian er signed consent lagbe). kono registration fee nai. tryout hobe public LAN cafe te, guardian shathe ashte parben.")
N("official", "en",
  "Bangladesh Police - Police Cyber Support Center for Women. Hotline 01320-000888, email cybersupport.women@police.gov.bd. Victims' identities are kept confidential. Minors may report with a guardian.",
  [("phone", "+8801320000888"), ("email", "cybersupport.women@police.gov.bd")])
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, কুমিল্লা: প্রার্থী মোঃ রাশেদুল ইসলাম, পাসপোর্ট নং EB0456712, আপনার স্মার্ট কার্ড প্রস্তুত। অফিস চলাকালীন সময়ে নিজে এসে সংগ্রহ করুন।",
  [("bd_passport", "EB0456712")])
N("official", "en",
  "BMET notice: registration for the EPS Korea language test is done only through the Ami Probashi app and the designated bank branch. Beware of brokers asking money to 'confirm' your slot. No agent or sub-agent is involved.")
# receipt
N("receipt", "en",
  "You have received Tk 1,200.00 from 01712905634. Ref Ammu. Fee Tk 0.00. Balance Tk 1,845.50. TrxID BJK7Q2M9ZL at 14/11/2026 19:42",
  [("phone", "+8801712905634"), ("mfs_transaction", "BJK7Q2M9ZL")])
N("receipt", "en",
  "Payment Tk 520.00 to GamersBD Topup 01844221906 successful. Ref: 520 diamonds. Fee Tk 0.00. Balance Tk 310.25. TrxID AL3K8P0W2D at 02/12/2026 22:10",
  [("phone", "+8801844221906"), ("mfs_transaction", "AL3K8P0W2D")])
N("receipt", "en",
  "Money Received. Amount: Tk 3000.00 Sender: 01915330472 Ref: tuition TxnID: 8F3KD2QA Balance: Tk 3210.00",
  [("phone", "+8801915330472"), ("mfs_transaction", "8F3KD2QA")])
N("receipt", "bn",
  "ক্যাশ ইন ৳৫,০০০.০০ এজেন্ট ০১৯৭৮৫৫৬২১০ থেকে সফল হয়েছে। ফি ৳০.০০। ব্যালেন্স ৳৫,২৩০.০০। TrxID CKL29XQ7MB",
  [("phone", "+8801978556210"), ("mfs_transaction", "CKL29XQ7MB")])
N("receipt", "en",
  "Cash-In Tk 2,000.00 from A/C: ***7741 Fee: Tk 0.00 Balance: Tk 2,410.00 TxnId: 4519873206 03-12-2026 11:05",
  [("mfs_transaction", "4519873206")])
N("receipt", "en",
  "Google Play receipt. Order GPA.3382-1176-0954. PUBG MOBILE 660 UC, BDT 1,150.00, paid with bKash wallet. Thank you for your purchase.")
# family
N("family", "bn",
  "আম্মু: রাত ২টা পর্যন্ত কার সাথে ফ্রি ফায়ার খেলো? কাল থেকে রাত ১০টার পর ফোন আমার কাছে থাকবে। পরীক্ষার আগে আর কোনো ডায়মন্ড কিনে দিবো না, বলে রাখলাম।")
N("family", "bn-Latn",
  "Abbu: tor passport er kaj hoye gese, delivery slip ta amar kase rakhlam. shonibar amra sobai Agargaon jabo. tui r Mim school theke chuti niye nis")
N("family", "bn-Latn",
  "mama Saudi theke 20 hajar pathaise bkash e, tor coaching fee r Rimi'r school dress er jonno. baki ta ami rakhlam, hishab pore dibo")
N("family", "en",
  "Didi can u talk to Tania? she's 15 and some boy from her PUBG squad keeps msging her. I told her to block and we'll report it together. dont shout at her, she did the right thing telling me")
N("family", "bn",
  "বড় আপা: মেয়ের বিয়ের কথা এখন না, ও মাত্র ক্লাস টেনে। আগে এসএসসি দিক। ছেলের বাড়ির লোকজন আবার ফোন দিলে বলবা আমরা রাজি না।")
N("family", "bn-Latn",
  "bhaiya kalke amake 500 tk bkash korba? UC kinbo, tournament er entry fee. ammu ke bolo na plz 😭 next month pocket money theke ferot dibo")
N("family", "en",
  "Chacha said the agency in Paltan is licensed, he checked the RL number on the BMET site. He'll go to Malaysia only after the contract copy is in hand. Abba wants to see the bank receipt for the 79k first.")
# worker_content
N("worker_content", "bn-Latn",
  "ami Likee te host 2 bochor dhore, official agency te contract kora, boyos 22. mash shesh e beans cash out hoy amar nijer bkash e. kono agency jodi tomar taka nije rakhe oita fake, just saying")
N("worker_content", "en",
  "streamed 9 hrs today for the charity marathon, my voice is gone lol. thanks everyone for the gifts, all of it goes to the flood relief fund like i said 🙏")
N("worker_content", "bn",
  "দুবাইয়ে সাত বছর ড্রাইভার হিসেবে কাজ করছি, আলহামদুলিল্লাহ কোম্পানি ভালো, বেতন সময় মতো দেয়, পাসপোর্ট নিজের কাছেই থাকে। নতুন যারা আসবেন শুধু লাইসেন্সধারী এজেন্সি দিয়ে আসবেন।")
N("worker_content", "bn-Latn",
  "ajke overtime 4 ghonta, boss bollo double pay dibe. Malaysia te factory te 12 ghonta shift kora kosto kintu hishab thik thak pai. ammu ke taka pathalam 😊")
N("worker_content", "en",
  "Freelance model here (24). Did a lipstick shoot for a local brand today, agency took 15% as per contract, paid in 7 days. Beginners: never pay anyone to 'get selected'.")
N("worker_content", "en",
  "Coach update: U-18 squad practised 3 hrs today (max we allow, parents signed off). Scrims tomorrow 4-6pm. Reminder boys: no DMs with strangers calling themselves 'sponsors', forward them to me.")
# joke
N("joke", "bn-Latn",
  "ammu amar phone ta emon bhabe check kore jeno ami international mafia 😂 bhai ami shudhu FF e 2 ta diamond pack kinsi")
N("joke", "en",
  "my little brother said he'd 'sell his soul' for 100 diamonds. i said deal. now he does my dishes for a week 😭😂")
N("joke", "bn",
  "আব্বু বলে আমি নাকি গেমের দালাল হয়ে গেছি, সারাদিন বন্ধুদের আইডি লেভেল আপ করে দেই 😂 অথচ এক টাকাও পাই না")
N("joke", "bn-Latn",
  "squad leader amader ke 'kidnap' kore custom room e niye gese, 6 ghonta khelsi, ekhon matha ghure 🤣 boss please ektu chere den")
N("joke", "en",
  "POV: ur mom finds 47 screenshots titled 'send pics' in ur gallery and theyre all pixel art skins 💀")
N("joke", "en",
  "bro really said 'im ur agent now, 10% of ur UC' after carrying me ONE match 💀 get a license first")
# chatter
N("chatter", "bn-Latn",
  "ke ke shonibar LAN tournament e jaiteso? entry 200 tk per head, bkash korte hobe organizer ke 01556-782310 e. boyos 15+ allowed, guardian permission slip lagbe",
  [("phone", "+8801556782310")])
N("chatter", "en",
  "anyone selling a lvl 60 FF account? budget 3k. will pay by bkash after login verify. no scammers pls")
N("chatter", "bn",
  "গ্রুপে নতুন কয়েকজন মেয়ে প্লেয়ার এসেছে, সবাই ওয়েলকাম দাও 💐 কেউ ইনবক্সে বিরক্ত করলে এডমিনকে জানাবেন, সাথে সাথে রিমুভ।")
N("chatter", "bn-Latn",
  "amar cousin Qatar e job pailo, agency theke sob paper thik thak, visa stamping o hoye gese. next week flight inshallah 🛫")
N("chatter", "en",
  "guys my insta is @tanvir_clutch, follow for FF montage edits. not selling accounts dont ask",
  [("instagram", "@tanvir_clutch")])
N("chatter", "bn",
  "কেউ জানেন ঢাকায় বাচ্চাদের জন্য ভালো অ্যাক্টিং/মডেলিং ক্লাস কোথায়? মেয়ের বয়স ৯, খুব শখ। আমি নিজে সাথে থাকবো, বিশ্বস্ত জায়গা চাই।")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "gg wp everyone, see u at 9 for ranked", hard=False)
N("chatter", "bn-Latn", "ajke bristi hobe naki? chata niye ber hoish", hard=False)
N("family", "bn", "আম্মু ভাত খেয়েছো? আমি বিকালে আসবো ইনশাআল্লাহ", hard=False)
N("joke", "en", "why did the chicken join PUBG? for the chicken dinner 🐔", hard=False)
N("chatter", "bn", "কালকের ম্যাথ হোমওয়ার্কের ছবি কেউ দাও প্লিজ, অধ্যায় ৫", hard=False)
N("family", "bn-Latn", "abbu ami coaching theke ber hoisi, 20 min e bashay", hard=False)
N("news", "en", "Rain likely in Dhaka and Chattogram divisions over the next 48 hours, says the Met office.", hard=False)
N("chatter", "en", "the new season skins are mid tbh", hard=False)
N("joke", "bn-Latn", "amar bhai ghumaile mone hoy generator cholse 😂", hard=False)
N("worker_content", "en", "finished the sketch commission, client loved it 😊", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন। শেয়ার করুন।", hard=False)

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
    random.Random(90).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev90-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
