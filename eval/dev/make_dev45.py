#!/usr/bin/env python3
"""Blind dev set dev45: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a fraud-unit officer on Eastern Europe and Russia recruitment sold on Facebook and TikTok: work permits in stages, forged papers, men sent to the army, migrants stranded in transit. Held out from round 6 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root.

Build the blind evaluation set dev45 (120 items) -> eval/dev/dev45.jsonl.

Written from /work/shared/research/indicators.md only, without sight of the detector.
All names, numbers, handles and addresses are invented; crypto addresses are derived
from fixed seeds with hashlib (valid checksums, not real wallets).
"""
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

OUT = Path("eval/dev/dev45.jsonl")
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def btc(seed):
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])


def tron(seed):
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


def eth(seed):
    return "0x" + hashlib.sha256(seed.encode()).hexdigest()[:40]


BTC1 = btc("dev45-btc-croatia-file")
TRON1 = tron("dev45-tron-bank-statement")
ETH1 = eth("dev45-eth-serbia-batch")


def E(t, v):
    return {"type": t, "value": v}


P = lambda v: E("phone", v)
WA = lambda v: E("whatsapp", v)
TG = lambda v: E("telegram", v)
IG = lambda v: E("instagram", v)
EM = lambda v: E("email", v)
PP = lambda v: E("bd_passport", v)
NID = lambda v: E("bd_nid", v)
TRX = lambda v: E("mfs_transaction", v)

RD, FD, PAY, ISO, LAB, THR, SX, MIN = (
    "recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
    "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors")
F = "victim_or_recruiter"

# (category, script, voice, hard, text, entities)
FLAG = [
    # ---------------- recruitment_deception (8: bn 2, bn-Latn 3, en 3)
    (RD, "en", F, False,
     "🇷🇴ROMANIA WORK PERMIT🇷🇴 factory helper / packing. Salary 900-1200 euro + overtime!! "
     "No IELTS no experiance needed. Bank statement & experience certificate we will make ready, "
     "you just send passport copy. Visa 100% garranty in 45 days. Limited seat. "
     "WhatsApp wa.me/8801847291635",
     [WA("+8801847291635")]),
    (RD, "en", F, False,
     "URGENT Russia 🇷🇺 security guard & cleaner needed, monthly 2,10,000 tk, company give "
     "ticket+food+hostel. Age 22-40 fit body only. No russian language needed, contract will "
     "sign after reaching Moscow. Call/telegram +7 915 482 3391 or DM insta @europe.jobs_bd24",
     [P("+79154823391"), IG("@europe.jobs_bd24")]),
    (RD, "en", F, False,
     "bro i reached minsk 3 weeks back. they said from belarus to poland by car in 2 days, now "
     "nobody picking phone, hotel kicked us out, 6 of us in one flat no money. i think that "
     "poland job never existed",
     []),
    (RD, "bn-Latn", F, False,
     "Bhai amar choto bhai ke bolse moscow te ekta warehouse e cleaner er kaj. ajke video call e "
     "dekhi gaye army uniform, bole training camp e ase, ekhan theke naki border er dike niye jabe. "
     "ora to bolsilo sudhu cleaning",
     []),
    (RD, "bn-Latn", F, False,
     "croatia work permit er kaj cholche 🔥 bank statement nai? somossa nai amra banaya dibo, "
     "experience certificate o amader dayitto. 1st stage e 1.5 lakh, visa hoile baki. NID ar "
     "passport er copy inbox e pathan. ager batch er 32 jon gese, proof ase",
     []),
    (RD, "bn-Latn", F, False,
     "dubai theke bolsilo 10 diner moddhe serbia er visa lagai dibe. ekhon 3 mash dubai te boisa "
     "asi, visit visa sesh. akhon bole serbia bondho, portugal er file korte hobe",
     []),
    (RD, "bn", F, False,
     "ভাই পোল্যান্ডের যে ওয়ার্ক পারমিট দিছিল ওইটা নিয়া এম্বাসিতে গেছিলাম, কইলো এই নাম্বারে কোন "
     "পারমিটই নাই। পুরাটা বানানো। অফিসে গেলে এখন দরজাই খোলে না",
     []),
    (RD, "bn", F, False,
     "রোমানিয়া ফুড প্যাকেজিং কোম্পানিতে লোক নেওয়া হইবে। বেতন ১১০০ ইউরো, ভাষা জানা লাগবে না, কোন "
     "অভিজ্ঞতা লাগবেনা। অভিজ্ঞতার সনদ আর ব্যাংক স্টেটমেন্ট আমরাই রেডি কইরা দিমু। ইন্টারভিউ ছাড়াই "
     "ভিসা কনফার্ম। ইমো: ০১৯৩৮-৫৫২৭১৪",
     [P("+8801938552714")]),
    # ---------------- fees_and_debt (8: bn 3, bn-Latn 3, en 2)
    (FD, "bn", F, False,
     "আব্বা জমিটা বন্ধক দিয়া সাড়ে ছয় লাখ দিছে। এখন এইখানে কয় কাজের কাগজ করাইতে আরো দুই লাখ লাগবো, "
     "নাইলে কাম নাই। কই পামু এত টাকা",
     []),
    (FD, "bn", F, False,
     "মালিকে কইছে টিকেট আর ভিসার টেখা সাত মাস বেতন থাকি কাটিয়া রাখবা, ইতার আগে যাইতায় পারতায় নায়। "
     "অখন হাতো মাসে ১৫০ ডলার পাই",
     []),
    (FD, "bn", F, False,
     "আঁরে কইয়ে পোল্যান্ড যাইবার লাই তিন নম্বর কিস্তি ১ লাখ ৮০ হাজার দেওন পরিবো এই মাসত, নইলে "
     "আগের টেঁয়াও ফেরত নঅ দিবো। আব্বা এনজিওর লোন লইয়ে আগেরবার",
     []),
    (FD, "bn-Latn", F, False,
     "shunen vai Russia jaite total 7 lac. 2 lac advance dile file open, baki ta oikhane kaj kore "
     "salary theke kete nibe, kono tension nai",
     []),
    (FD, "bn-Latn", F, False,
     "amra 14 jon uzbekistan e atka. ora bole poland er visa er jonno aro 3500 dollar kore dite hobe "
     "protekjon ke. bari theke abba dhar kore pathaise already, ar kotha theke dibe",
     []),
    (FD, "bn-Latn", F, False,
     "Croatia r 2nd stage fee 2.5 lakh 10 tarik er moddhe. time moto na dile file cancel, 1st "
     "stage er taka o ferot hobe na. eta company rules vai amar kisu korar nai",
     []),
    (FD, "en", F, False,
     "They told me the debt is now 4800 euros. flight, hostel, 'documents', even the bedsheet. "
     "Every month they take 600 from my pay and it never goes down",
     []),
    (FD, "en", F, False,
     "Madam pls I already paid 5 lakh to Rony bhai for Romania. Now he is saying embassy "
     "appointment need another 1,20,000 urgent or I loose the slot. my father sold our cow last month",
     []),
    # ---------------- payments_and_proceeds (7: bn 2, bn-Latn 2, en 3)
    (PAY, "en", F, False,
     "Send 1st stage 150000 by bkash in 3 part to 01716-283947 (personal) and 01826 440193. Dont "
     "write anything in reference. after send give screenshot on whatsapp only",
     [P("+8801716283947"), P("+8801826440193")]),
    (PAY, "en", F, False,
     "Boss 11 passports done this week for serbia batch. collected total 19.8 lakh, 12 sent Dubai "
     "side thru hundi, rest cash with Shamim. usual cut for the embassy guy from that. ERC20 "
     "wallet for the Dubai share: " + ETH1,
     [E("eth_address", ETH1)]),
    (PAY, "en", F, False,
     "USDT only. TRC20: " + TRON1 + " . after payment the 'bank statement 6 months' pdf will "
     "come in 2 hrs. no bank transfer no bkash",
     [E("tron_address", TRON1)]),
    (PAY, "bn-Latn", F, False,
     "agent number e cash in korben na, personal e send money koren. Nagad 01911 502 846, kew nam "
     "jigaile bolben bhai ke pathaisi. pathanor por msg ta delete kore diben",
     [P("+8801911502846")]),
    (PAY, "bn-Latn", F, False,
     "vai er account e 2.3 lakh dhukse aj, serbia er 4 jon. ami 40 rakhlam amar commission, baki "
     "dubai pathay dilam hundi te. Rashed vai er bhag ta kal dimu",
     []),
    (PAY, "bn", F, False,
     "টাকা অফিসে জমা দিবেন না, রশিদও চাইয়েন না। যেকোনো বিকাশ এজেন্ট থেকে এই নাম্বারে ক্যাশ ইন করবেন "
     "০১৬৪৭৩৮২৯১৫, একবারে ২৫ হাজারের বেশি না",
     [P("+8801647382915")]),
    (PAY, "bn", F, False,
     "ক্রিপ্টোতে দিলে ৫% কম রাখমু। বিটকয়েন এড্রেস " + BTC1 + " এ পাঠায়া হ্যাশটা দেন, তারপর "
     "ক্রোয়েশিয়ার ফাইল সাবমিট হবে",
     [E("btc_address", BTC1)]),
    # ---------------- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
    (ISO, "bn", F, False,
     "ফোন রাইখা দিছে। রাতে আধা ঘন্টা দেয় বাড়িতে কথা কওয়ার লাইগা, পাশে খাড়ায়া থাকে। এই মেসেজ "
     "লুকায়া দিতেছি কাউরে কইস না",
     []),
    (ISO, "bn", F, False,
     "আঙ্গোরে একটা গুদামে রাইখছে, বাইরে তালা মারি যায়। হোটেলের কাম কইছিল। দিনে একবার খানা দেয়",
     []),
    (ISO, "bn", F, False,
     "অফিস থেকে বলছে বাড়ির কাউরে কিছু জানাবা না, জানাইলে ফাইল বাতিল। মারেও কই নাই যে আমি বেলারুশে",
     []),
    (ISO, "bn-Latn", F, False,
     "passport gula sob boss er kase, bole 'safe' e rakhse. amar ta A07312945. amra bairer dokane o "
     "jaite pari na eka, 2 jon guard sathe jay",
     [PP("A07312945")]),
    (ISO, "bn-Latn", F, False,
     "ekhane sim dey na, wifi password sudhu supervisor jane. ei number ta ekjon er theke dhar kore "
     "likhlam, kal hoyto ar pabo na. ammu ke boilo na",
     []),
    (ISO, "en", F, False,
     "we are 9 bangladeshi in a house outside Tashkent. the man who brought us took all passports "
     "'for registration' 2 weeks back, door locked from outside at night. pls tell my brother",
     []),
    (ISO, "en", F, False,
     "Dont talk with other bangladeshi in the camp. Dont post anything on facebook. If family call "
     "you say everything good. Understood?",
     []),
    (ISO, "en", F, False,
     "my husbands phone is with the commander they said. he can call only sunday 5 minutes and "
     "someone is listening. he sounded so scared",
     []),
    # ---------------- labour_exploitation (7: bn 2, bn-Latn 3, en 2)
    (LAB, "bn-Latn", F, False,
     "4 mash hoilo ek taka o beton dey nai, bole next month. sokal 6 ta theke rat 11 ta porjonto "
     "kaj, friday o off nai",
     []),
    (LAB, "bn-Latn", F, False,
     "warsaw te je factory te dise oikhane 12 ghonta dariye kaj, batan 400 euro bolse 'tax kata' ar "
     "thaka khawar khoros kata. contract e silo 900",
     []),
    (LAB, "bn-Latn", F, False,
     "akhane gorur khamar e kaj, amra 6 jon ek ghore ghumai, khana dey sudhu ruti ar alu. kisu bolle "
     "bole contract sesh hoile tokhon sob taka eksathe",
     []),
    (LAB, "bn", F, False,
     "কাজ একটা কনস্ট্রাকশন সাইটে, ১৬-১৭ ঘণ্টা। তিন মাসের বেতন আটকায়া রাখছে, কয় দিলে নাকি পালায়া যামু",
     []),
    (LAB, "bn", F, False,
     "সার্বিয়ায় কারখানার কথা কইয়া আনছে, এখন রাস্তায় খাবার ডেলিভারি করাইতেছে। দিনে যা পাই তার অর্ধেক "
     "নিয়া যায় ওদের লোক",
     []),
    (LAB, "en", F, False,
     "Sir 2nd month no salary. Supervisor says salary hold until we finish 'probation'. We work 7 days "
     "14 hrs, sleeping 12 person in one container",
     []),
    (LAB, "en", F, False,
     "They moved us from the cleaning job to digging trenches. nobody paid the 2 lakh they promised. "
     "food one time a day",
     []),
    # ---------------- threats_and_coercion (8: bn 3, bn-Latn 3, en 2)
    (THR, "bn", F, False,
     "বেশি চালাকি করলে তোর নামে পুলিশ কেস দিমু। কাগজ ছাড়া ধরা খাইলে সোজা জেল, জানোস তো",
     []),
    (THR, "bn", F, False,
     "ভাইরে কালকে মাইরা হাত ভাইঙ্গা দিছে কারণ সে কইছিল দেশে ফিরবো। ভিডিও কল দিয়া আমাদের দেখাইছে",
     []),
    (THR, "bn", F, False,
     "তোমার বাপ মার ঠিকানা আমাগো কাছে আছে। ফেসবুকে পোস্ট দেওয়া বন্ধ করো, নাইলে গ্রামে লোক যাইবো",
     []),
    (THR, "bn-Latn", F, False,
     "contract sign na korle front e pathai dibe bole, ar je sign kore nai tar khana bondho. ami "
     "Rostov e, pls kisu koren",
     []),
    (THR, "bn-Latn", F, False,
     "paliye gele police ke bolbo tui chor, visa nai, deport hobi ar kono din europe dhukte parbi na",
     []),
    (THR, "bn-Latn", F, False,
     "vai amake ar ekjon ke bikri kore dise onno company er kase, 1500 dollar e. notun boss bole kaj "
     "na korle mair",
     []),
    (THR, "en", F, False,
     "You signed, now you go where we send. Refuse and you face military court. Your family gets nothing.",
     []),
    (THR, "en", F, False,
     "they beat Sohel with a pipe in front of all of us because he asked for his passport. im afraid "
     "to ask anything now",
     []),
    # ---------------- sexual_exploitation (7: bn 3, bn-Latn 2, en 2)
    (SX, "bn", F, False,
     "দুবাইয়ে পার্লারের কাজ কইয়া নিছিল আমার বোনরে। এখন কয় হোটেলে কাস্টমারের কাছে যাইতে হইবো, না গেলে খাওয়া বন্ধ",
     []),
    (SX, "bn", F, False,
     "বাঙালি মেয়ে, নতুন আসছে 🌸 রুম সার্ভিস, ২ ঘন্টা ৩০০ দিরহাম, ১০০% রিয়েল পিক। হোয়াটসঅ্যাপ +971 52 418 7730",
     [P("+971524187730")]),
    (SX, "bn", F, False,
     "ম্যাডাম কয় মাসের টার্গেট পুরা না করলে ভিসার টাকা শোধ হইবো না। রাতে ক্লাবে বসতে হয় আর যার সাথে কয় তার লগে যাইতে হয়",
     []),
    (SX, "bn-Latn", F, False,
     "Belgrade e restaurant er job bole niye ashe, ekhon raat e bar e customer der sathe bosay, room "
     "theke ber hoite dey na. ami ar parchi na apu",
     []),
    (SX, "bn-Latn", F, False,
     "new bangali girls available dubai marina, 24 hr service, hotel/apartment, 100% real pic. "
     "knock telegram t.me/dxb_rosy_bd",
     [TG("@dxb_rosy_bd")]),
    (SX, "en", F, False,
     "Dance job in Moscow club, 3000$ per month, girls 18-25 only good looking. Stay with manager. "
     "Must be 'friendly' with guests. passports kept by club for safety. CV to club.moscow.hr@gmail.com",
     [EM("club.moscow.hr@gmail.com")]),
    (SX, "en", F, False,
     "She is telling me the 'modelling agency' in Almaty sends her to men every night and keeps all "
     "the money against her travel debt",
     []),
    # ---------------- minors (7: bn 2, bn-Latn 2, en 3)
    (MIN, "bn", F, False,
     "পোলার বয়স ১৫ তো কি হইছে, পাসপোর্টে ২০ বানায়া দিমু সমস্যা নাই। দুবাইয়ে হোটেলে ক্লিনার, মাসে ৩৫ হাজার",
     []),
    (MIN, "bn", F, False,
     "ক্লাস সেভেনে পড়ে মেয়েটা। লোকটা কইছে আগে ঢাকায় বাসার কাজ, পরে ওমান পাঠাইবো। জন্ম নিবন্ধন নতুন কইরা বয়স ১৯ দেখাইছে",
     []),
    (MIN, "bn-Latn", F, False,
     "chele choto hok somossa nai, 16 holeo cholbe, birth certificate notun kore dibo. Russia te "
     "kitchen helper, thaka khawa free",
     []),
    (MIN, "bn-Latn", F, False,
     "amar bhagnir boyosh 14. ekta lok bolse Dubai te bachcha dekhashona, passport e boyosh baraye "
     "22 korbe. ekhon lok tar phone bondho",
     []),
    (MIN, "en", F, False,
     "Need boys 14-17 for farm work in russia region, small body good for greenhouse, no documents "
     "needed we manage the age. inbox",
     []),
    (MIN, "en", F, False,
     "new young girl from bangladesh, 16, first time, private flat deira. serious only",
     []),
    (MIN, "en", F, False,
     "My cousin is 13. The man from the facebook page says she can go to Oman as house helper if we "
     "give her elder sisters passport. he says nobody checks the face",
     []),
]

N = None
NEG = [
    # ---------------- news
    (N, "bn", "news", True,
     "রাশিয়ায় নিরাপত্তাকর্মীর চাকরির কথা বলে যুদ্ধে পাঠানোর অভিযোগে রাজধানীর একটি রিক্রুটিং এজেন্সির "
     "মালিকসহ তিনজনকে গ্রেপ্তার করেছে সিআইডি। ভুক্তভোগী পরিবারগুলোর অভিযোগ, প্রত্যেকের কাছ থেকে সাত থেকে আট লাখ টাকা নেওয়া হয়।",
     []),
    (N, "bn", "news", True,
     "মানব পাচার মামলায় দুই দালালকে যাবজ্জীবন কারাদণ্ড দিয়েছেন আদালত। রায়ে বলা হয়, ইউরোপে পাঠানোর "
     "প্রলোভন দেখিয়ে লিবিয়ায় আটকে রেখে পরিবারের কাছ থেকে মুক্তিপণ আদায় করেছিল তারা।",
     []),
    (N, "bn-Latn", "news", True,
     "news e dekhlam Madaripur e 3 jon dalal dhora porse, serbia pathabe bole 40 jon er kach theke "
     "taka nisilo. RAB dhorse, mamla hoise",
     []),
    (N, "bn-Latn", "news", True,
     "BREAKING: Belarus border e atke thaka 23 jon Bangladeshi ke ferot anlo dutabash, aj rat e "
     "Shahjalal e land korbe. porer update er jonno page e thakun",
     []),
    (N, "en", "news", True,
     "Dhaka court frames charges against five in Romania work permit fraud case. Prosecutors say the "
     "accused supplied forged bank statements and experience certificates to more than 60 job seekers.",
     []),
    (N, "en", "news", True,
     "Police in Tashkent rescued 17 Bangladeshi men confined in a flat; the men told investigators "
     "their passports had been taken by a middleman who promised jobs in Poland, the foreign ministry said.",
     []),
    # ---------------- awareness
    (N, "bn", "awareness", True,
     "সতর্কতা: ফেসবুক পেজ বা টিকটকে 'ইউরোপের ওয়ার্ক পারমিট' বিজ্ঞাপন দেখে কাউকে টাকা দিবেন না। "
     "বিএমইটির ওয়েবসাইটে এজেন্সির লাইসেন্স যাচাই করুন। প্রয়োজনে প্রবাসী কল্যাণ ডেস্কে যোগাযোগ করুন।",
     []),
    (N, "bn", "awareness", True,
     "পাসপোর্ট কখনো দালালের হাতে দিবেন না। বিদেশে নিয়োগকর্তা পাসপোর্ট রেখে দিলে সাথে সাথে দূতাবাসে "
     "জানান। নিরাপদ অভিবাসন মানে জেনে বুঝে যাওয়া।",
     []),
    (N, "bn-Latn", "awareness", True,
     "Vai ra Russia te 'security guard' er job er offer dekhle sabdhan. Onek ke giye army te dhukai "
     "dise. kono kagoj sign korar age embassy te confirm korben. share koren sobai",
     []),
    (N, "bn-Latn", "awareness", True,
     "bank statement banay dibo, experience certificate dibo, egula jara bole tara fraud. vul kagoj "
     "dile embassy apnake 5-10 bochor ban korte pare. nijer asol kagoj diye apply koren",
     []),
    (N, "en", "awareness", True,
     "Embassy notice: Romanian work permits are issued to employers through IGI. No person in "
     "Bangladesh can 'sell' a work permit. Do not pay anyone for a permit. Queries: "
     "labourwing.bucharest@mofa.gov.bd",
     [EM("labourwing.bucharest@mofa.gov.bd")]),
    (N, "en", "awareness", True,
     "If someone takes your passport, keeps you locked in, or says you owe a debt you must work off, "
     "that is trafficking. Call 999 or our hotline. You are not alone. #SafeMigration",
     []),
    # ---------------- official
    (N, "bn", "official", True,
     "মেসার্স আল-নূর ওভারসিজ (সরকার অনুমোদিত লাইসেন্সধারী)। রোমানিয়ায় কৃষি শ্রমিক ৪০ জন। বেতন রোমানিয়ার "
     "আইন অনুযায়ী, থাকা নিয়োগকর্তার খরচে। বিএমইটি ডাটাবেসে নিবন্ধন আবশ্যক। সরকার নির্ধারিত ব্যয়ের বাইরে "
     "কোনো টাকা নেওয়া হয় না, সব লেনদেন ব্যাংকে রশিদসহ।",
     []),
    (N, "bn", "official", True,
     "বিএমইটি বিজ্ঞপ্তি: বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া কোনো কর্মী বিদেশ যেতে পারবেন না। নির্ধারিত ফি "
     "শুধু অনলাইনে ব্যাংকে জমা দিন। মেডিকেল ও প্রশিক্ষণ সনদ নিজে সংগ্রহ করুন।",
     []),
    (N, "bn-Latn", "official", True,
     "Amader agency theke Croatia jete hole employer er work permit er asol copy apnake dekhano hobe, "
     "MOL website e nijei verify korte parben. Sob khoroch sorkar nirdharito, payment bank e, money "
     "receipt soho. Cash kono lenden nai. Office: Purana Paltan, RL license nong office e deya ase",
     []),
    (N, "bn-Latn", "official", True,
     "Embassy appointment VFS website theke nijei niben, kono agent lage na. Visa fee 80 euro, "
     "kono 'urgent slot' kinte hobe na. Help: +880 1713 024561 (office hour)",
     [P("+8801713024561")]),
    (N, "en", "official", True,
     "NOTICE - BOESL (state-owned). Recruitment of 50 welders for a shipyard in Poland. Salary per "
     "Polish contract, min PLN 5,800 gross. Interview in Dhaka 18 Jan. Candidates pay only BMET "
     "registration and the fee notified by the Ministry. Apply online, no intermediaries.",
     []),
    (N, "en", "official", True,
     "BMET: the government-fixed migration cost for Malaysia is Tk 78,990. Licensed agencies must "
     "issue a receipt for every payment. Check the agency licence before paying anything.",
     []),
    # ---------------- receipt
    (N, "bn", "receipt", True,
     "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৭১১২২৩৮৪৬ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৭,২৩০.৫০। TrxID BK4M7Q2ZP1 ১২/১১/২০২৬ ১৪:০৫",
     [P("+8801711223846"), TRX("BK4M7Q2ZP1")]),
    (N, "bn", "receipt", True,
     "নগদ: মানি রিসিভড। পরিমাণ: ৳১২,০০০.০০ প্রেরক: ০১৮৫৫৩০৭৪২১ রেফ: বাসা ভাড়া TxnID: 7HQ2M9XK ব্যালেন্স: ৳১২,৮৪০.০০",
     [P("+8801855307421"), TRX("7HQ2M9XK")]),
    (N, "bn-Latn", "receipt", True,
     "Ammu 15 hajar pathaisi bkash e, TrxID AF62KLM0QZ, dekhe janaio. Rafi r school fee ta diyo",
     [TRX("AF62KLM0QZ")]),
    (N, "bn-Latn", "receipt", True,
     "vai 2500 pathaisi nagad e 01934-118207 number theke, TxnID 73KD9QWB. cricket tournament er chanda",
     [P("+8801934118207"), TRX("73KD9QWB")]),
    (N, "en", "receipt", True,
     "You have received Tk 35,000.00 from 01722918453. Ref: Poland visa fee. Fee Tk 0.00. Balance "
     "Tk 41,210.75. TrxID BJ8RT5VXQ2 at 03/11/2026 19:42",
     [P("+8801722918453"), TRX("BJ8RT5VXQ2")]),
    (N, "en", "receipt", True,
     "Cash-In from A/C: ***4471 Tk 8,000.00 Fee: Tk 0.00 Balance Tk 9,315.20 TxnId: 6621083947 "
     "Ref: salary advance",
     [TRX("6621083947")]),
    # ---------------- worker_content
    (N, "bn", "worker_content", True,
     "আসসালামু আলাইকুম সবাইকে। পোল্যান্ডে আমার দুই বছর হইলো, ফ্যাক্টরিতে কাজ, ঘণ্টায় ২৮ জ্লোটি। ওভারটাইম "
     "করলে মাসে দেড় লাখ টাকার মতো পাঠাইতে পারি। পাসপোর্ট নিজের কাছে, কার্ড রিনিউ করলাম গত মাসে। যারা আসবেন "
     "লাইসেন্স দেখে আসবেন।",
     []),
    (N, "bn", "worker_content", True,
     "ক্রোয়েশিয়ায় আজকে বেতন পাইলাম 😊 ১১৫০ ইউরো, ৫০ ঘণ্টা ওভারটাইম ধরে। কোম্পানি থাকার জায়গা দেয়, রান্না নিজে "
     "করি। ছুটির দিনে জাগরেব ঘুরলাম",
     []),
    (N, "bn-Latn", "worker_content", True,
     "Romania vlog 12: aj amader hostel tour, 4 jon ek room e, kitchen share. Boss valo, overtime e "
     "double pay. passport, residence card sob nijer kache, tension niben na 😅 subscribe koren",
     []),
    (N, "bn-Latn", "worker_content", True,
     "Serbia te 8 ghonta shift, shonibar half day. beton 650 euro, thaka free. mashe 40-45 hajar taka "
     "desh e pathai. jara asben IELTS lagbe na but english ektu shikhe asben",
     []),
    (N, "en", "worker_content", True,
     "Day in my life as a Bangladeshi forklift driver in Lithuania 🇱🇹 6am start, 10 hours with "
     "overtime, salary comes 10th every month straight to my bank. Company took my passport copy "
     "for the residence permit, original is with me.",
     []),
    (N, "en", "worker_content", True,
     "Guys stop asking me for 'setting'. I came to Portugal on a proper work contract, paid my own "
     "ticket and the embassy fee, nothing else. Read the contract before you sign thats all.",
     []),
    # ---------------- joke
    (N, "bn", "joke", True,
     "বউ আমার পাসপোর্ট লুকায়া রাখছে, কয় বিদেশ গেলে আর ফিরবা না 😂 এইটাও কি মানব পাচার কেস হইবো ভাই?",
     []),
    (N, "bn", "joke", True,
     "বস কইছে শুক্রবারেও আসতে হবে, বেতন পরে। মনে হয় রাশিয়ার আর্মিতে ভর্তি হইছি 🤣",
     []),
    (N, "bn-Latn", "joke", True,
     "Amar ma amar phone niye nise porikkhar age, ekdom ghore atke rakhse 😭 help bhai amake uddhar koro",
     []),
    (N, "bn-Latn", "joke", True,
     "dalal bhai amake Romania pathao, oikhane giye Dracula er bari te cleaner er kaj korbo 🧛 beton "
     "blood e dileo cholbe",
     []),
    (N, "en", "joke", True,
     "My landlord is the real trafficker. takes 60% of my salary and i still cant leave because of "
     "the deposit 💀",
     []),
    (N, "en", "joke", True,
     "New scheme: pay me 5 lakh and I'll send you to Poland. Poland = Polash restaurant in Mirpur. "
     "Work permit included 😂",
     []),
    # ---------------- chatter (hard)
    (N, "bn", "chatter", True,
     "ভাই তোমার ছোট ভাইয়ের স্টুডেন্ট ভিসা কি হইছে? জার্মানিতে ব্লকড অ্যাকাউন্টের জন্য ব্যাংক স্টেটমেন্টে কত টাকা দেখাইতে হয়?",
     []),
    (N, "bn", "chatter", True,
     "কাল এজেন্সিতে গেছিলাম, লাইসেন্স দেখাইলো, পাসপোর্ট রাখতে চাইলো না, শুধু ফটোকপি নিলো। মনে হয় ঠিক আছে, "
     "তবু বিএমইটিতে চেক করমু",
     []),
    (N, "bn-Latn", "chatter", True,
     "Hungary te masters er offer letter aise, tuition 3000 euro. bank statement 6 mash er lagbe, "
     "abbur account theke dibo. embassy interview Delhi te",
     []),
    (N, "bn-Latn", "chatter", True,
     "tor mone ase Rony ke? oi je Dubai gelo, ekhon Belarus e medical e porche. aj video call dilo, "
     "thanda -15 😅",
     []),
    (N, "en", "chatter", True,
     "anyone know how long Poland D-type visa appointment takes at Delhi VFS? my offer letter from "
     "Wroclaw uni came, need 6 months bank statement too",
     []),
    (N, "en", "chatter", True,
     "Bro the security guard job at the Bashundhara mall pays 18k, 12 hour shift but they give lunch. "
     "want me to tell my uncle?",
     []),
    # ---------------- family
    (N, "bn", "family", True,
     "আম্মা, ছোটনের পাসপোর্ট করতে দিলাম। জন্ম নিবন্ধনে বয়স ১৬ আছে ঐটাই দিছি। ঈদের পরে সবাই মিলা ওমরায় যামু ইনশাআল্লাহ",
     []),
    (N, "bn", "family", True,
     "আব্বা ব্যাংক থেকে লোন নিয়া ছোট আপার বিয়ের খরচ দিবে, মামা কইছে জমি বন্ধক রাখা লাগবো না",
     []),
    (N, "bn-Latn", "family", True,
     "Mina r boyosh 15, class 9 e pore. oke ekhon biye dibo na, age SSC dik. Dubai theke mama je "
     "proposal pathaise oita na kore diyen",
     []),
    (N, "bn-Latn", "family", True,
     "vaiya passport ta amar kache almari te rakhsi, Italy theke ashle niyo. tomar NID no 4617283950 "
     "ta pathao, bank er form e lagbe. ar ma bolse ei mashe taka pathaite hobe na",
     [NID("4617283950")]),
    (N, "en", "family", True,
     "Mum I reached Warsaw safely, the company person picked me up from airport. Room is small but "
     "clean, 3 of us. Will call after 8 your time, dont worry.",
     []),
    (N, "en", "family", True,
     "Abbu the school is asking for Nila's birth certificate for class 6 admission, she's 11 now "
     "right? Also send 5000 for her uniform",
     []),
    # ---------------- easy negatives (hard=False)
    (N, "bn", "chatter", False, "কাল বৃষ্টি হইলে খেলা হবে না মনে হয়", []),
    (N, "bn", "chatter", False, "আম্মু রাতে কি রান্না করছো?", []),
    (N, "bn", "chatter", False, "ভাই নতুন ফোনটা কেমন চলে? ক্যামেরা ভালো?", []),
    (N, "bn", "chatter", False, "মিটিংটা বিকাল ৪টায় শিফট হইছে, সবাইরে জানায়া দিস", []),
    (N, "bn-Latn", "chatter", False, "ajke office e onek kaj, rat e call dimu", []),
    (N, "bn-Latn", "chatter", False, "bhai match dekhsos? ki khela hoise 🔥", []),
    (N, "bn-Latn", "chatter", False, "kalke biryani khabo puran dhaka te, jabi?", []),
    (N, "bn-Latn", "chatter", False, "amar laptop er charger ta ki tor kache?", []),
    (N, "en", "chatter", False, "Happy birthday bro 🎂 have a great year!", []),
    (N, "en", "chatter", False, "running 10 mins late, traffic at Mohakhali", []),
    (N, "en", "chatter", False, "did you finish the assignment for tomorrow?", []),
    (N, "en", "chatter", False, "wifi is down again, calling the ISP", []),
]


# flag items written indirectly (no stock keyword, dialect, or the indicator only implied): hard
INDIRECT = ("bro i reached minsk", "Bhai amar choto bhai", "dubai theke bolsilo", "ভাই পোল্যান্ডের",
            "মালিকে কইছে", "আঁরে কইয়ে", "They told me the debt", "vai er account e 2.3",
            "আঙ্গোরে", "ekhane sim dey na", "Dont talk with other", "my husbands phone",
            "akhane gorur khamar", "সার্বিয়ায় কারখানার", "They moved us", "contract sign na korle",
            "You signed, now", "ম্যাডাম কয়", "Belgrade e restaurant", "She is telling me",
            "ক্লাস সেভেনে", "amar bhagnir", "My cousin is 13")


def digits(s):
    return re.sub(r"\D", "", s.translate(BN_DIGITS))


def check(items):
    assert len(items) == 120, len(items)
    ids = set()
    for it in items:
        assert it["id"] not in ids
        ids.add(it["id"])
        t = it["text"]
        assert it["label"] in ("flag", "ok")
        assert (it["category"] is None) == (it["label"] == "ok")
        assert it["script"] in ("bn", "bn-Latn", "en")
        if it["label"] == "flag":
            assert it["voice"] == F
        for e in it["entities"]:
            typ, v = e["type"], e["value"]
            if typ in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                nat = v[4:] if v.startswith("+880") else v[1:]
                assert nat in digits(t), (v, t)
            elif typ in ("telegram", "instagram"):
                assert v.startswith("@") and v[1:] in t, (v, t)
            elif typ == "bd_nid":
                assert v.isascii() and v in t.translate(BN_DIGITS), (v, t)
            elif typ == "eth_address":
                assert v == v.lower() and v in t.lower(), (v, t)
            else:
                assert v in t, (v, t)
        # no untagged Bangladeshi mobile numbers
        norm = re.sub(r"(?<=\d)[\s-](?=\d)", "", t.translate(BN_DIGITS))
        for m in re.finditer(r"(?<!\d)(?:\+?880|0)(1[3-9]\d{8})(?!\d)", norm):
            assert any(e["type"] in ("phone", "whatsapp") and e["value"] == "+880" + m.group(1)
                       for e in it["entities"]), (m.group(0), t)
    # validate phones and crypto
    try:
        import sys
        sys.path.insert(0, "/tmp/pn")
        import phonenumbers
        for it in items:
            for e in it["entities"]:
                if e["type"] in ("phone", "whatsapp"):
                    assert phonenumbers.is_valid_number(phonenumbers.parse(e["value"])), e
        print("phonenumbers validation: ok")
    except ImportError:
        print("phonenumbers not available; phone validity not checked")
    for a, ver in ((BTC1, 0), (TRON1, 0x41)):
        n = 0
        for c in a:
            n = n * 58 + B58.index(c)
        raw = n.to_bytes(25, "big")
        assert raw[0] == ver and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
    assert re.fullmatch(r"0x[0-9a-f]{40}", ETH1)


def main():
    rows = []
    used = set()
    for cat, script, voice, hard, text, ents in FLAG + NEG:
        if cat:
            hits = [p for p in INDIRECT if text.startswith(p)]
            hard = bool(hits)
            used.update(hits)
        rows.append({"text": text, "label": "flag" if cat else "ok", "category": cat,
                     "script": script, "voice": voice, "hard": hard, "entities": ents})
    assert used == set(INDIRECT), set(INDIRECT) - used
    random.Random(45).shuffle(rows)
    items = []
    for i, r in enumerate(rows, 1):
        items.append({"id": f"dev45-{i:04d}", **r})
    check(items)
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))
    print("label", Counter(i["label"] for i in items))
    print("category", Counter(i["category"] for i in items))
    print("script", Counter(i["script"] for i in items))
    print("cat x script", sorted(Counter((i["category"], i["script"]) for i in items if i["category"]).items()))
    print("voice", Counter(i["voice"] for i in items))
    print("hard", Counter((i["label"], i["hard"]) for i in items))
    print("entities", Counter(e["type"] for i in items for e in i["entities"]))


if __name__ == "__main__":
    main()
