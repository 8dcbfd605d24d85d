#!/usr/bin/env python3
"""Blind dev set dev97: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: an immigration police officer at Dhaka Shahjalal airport (offloaded tourist-visa passengers to Dubai/Oman coached by brokers, forged manpower clearances and return tickets, girls with "uncles" or fake husbands, the "contract" man after immigration; officer notes, intercepted WhatsApp chats, ordinary travellers' questions). Run from the repository root.
Held out from round 16 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev97.jsonl"
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


BTC1 = btc("dev97-btc-1")
TRON1 = tron("dev97-tron-1")
ETH1 = eth("dev97-eth-1")

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
  "ভাই টেনশন নিয়েন না, ভিসা টুরিস্ট হইলেও ওইখানে গিয়া কোম্পানি কাজের ভিসা কইরা দিব। ইমিগ্রেশনে কেউ জিগাইলে বলবেন ঘুরতে যাইতেছেন, দুবাই মল আর মরুভূমি সাফারি দেখবেন। ৭ দিনের হোটেল বুকিং কপি পাঠাইলাম প্রিন্ট কইরা ব্যাগে রাইখেন")
F("recruitment_deception", "bn",
  "স্যার আমারে কইছিল ওমানে হাসপাতালে ক্লিনারের কাজ, বেতন ৪৫ হাজার টাকা। আইজ এয়ারপোর্টে আইসা দেখি টিকেট ওয়ান ওয়ে আর ভিসায় লেখা ভিজিট। দালালরে ফোন দিলাম, কয় সমস্যা নাই ওইখানে গেলে সব ঠিক হইয়া যাইব, আপনারা নাকি খালি ঝামেলা করেন")
F("recruitment_deception", "bn",
  "🔥জরুরি ভিত্তিতে দুবাই সুপারশপে সেলসম্যান নেওয়া হবে🔥 বেতন ২২০০ দিরহাম + ওভারটাইম। ভিসা আসবে ৩ মাসের ভ্রমণ ভিসা, পরে কোম্পানি ওয়ার্ক পারমিট করে দিবে। কোন অভিজ্ঞতা লাগবে না, ম্যানপাওয়ার কার্ডও লাগবে না, শুধু পাসপোর্ট আর ২ কপি ছবি। যোগাযোগ ০১৮১৯-৪৫৬৭২৩ (ইমো/হোয়াটসঅ্যাপ)",
  [("phone", "+8801819456723")])
F("recruitment_deception", "bn-Latn",
  "bhai manpower card lagbe na, amra airport e setting kore rakhsi. apni khali bolben umrah er por dubai e khalar basay beraite jaben. 7 no counter e amader lok thakbe, oikhane lain diben. dubai nambar por company er kaj shuru, visa change oikhanei")
F("recruitment_deception", "bn-Latn",
  "Apu salon e kaj, mashe 1200 dirham, thaka khawa company dibe. Husband er permission lagbe na, visit visa te jaben, ekhane eshe work permit hobe inshallah. Beshi manush ke bolben na tahole jealous korbe. Amar whatsapp wa.me/971527781046 e ekta chobi r passport er first page pathan",
  [("whatsapp", "+971527781046")])
F("recruitment_deception", "bn-Latn",
  "vai amake bolse hotel er kitchen e helper er kaj, ekhon dekhi ek arbab er basay, morubhumi te chagol uth charai. contract er kagoj ja dise oita arbi te lekha, ami ki sign korsi kichui janina. dalal ekhon phone dhore na")
F("recruitment_deception", "en",
  "Pax M/23 Cumilla, DAC-MCT on 30d visit visa. Holding printed 'offer letter' Al Noor Cleaning LLC, salary OMR 180, no such co. on file. States agent told him visit visa gets 'converted' after landing and to say he is visiting cousin. Return PNR shown is not in airline system. Offloaded, statement taken.")
F("recruitment_deception", "en",
  "Dear candidate congratulation you are SELECTED for Data Entry post in Dubai. Salary 3500 AED, free air ticket, free visa, free food & accomodation. Job location may be changed to sister concern as per company need. No need IELTS. Send CV and passport copy to hr.alnoorjobs.uae@gmail.com or call Mr Rafiq +971 56 204 8831",
  [("email", "hr.alnoorjobs.uae@gmail.com"), ("phone", "+971562048831")])

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn",
  "বাবা জমিটা বন্ধক দিয়া সাড়ে চার লাখ দিছে দালালরে। এখন আবার কয় এয়ারপোর্ট ক্লিয়ারেন্সের জন্য আরো ৬০ হাজার লাগবে, কাইলকার মধ্যে না দিলে ফ্লাইট ক্যানসেল আর আগের টাকাও যাইব। কই পামু এত টাকা আপা 😢")
F("fees_and_debt", "bn",
  "ওখানে গিয়ে প্রথম ৮ মাসের বেতন থেকে ভিসার বাকি টাকা কেটে রাখা হবে, এইটা আগে থেকে মেনে নিতে হবে। ৩০০ টাকার স্ট্যাম্পে সই দিবেন আর আপনার বাবার এনআইডি নং ৭৩১৫০২৯৮৪৬ দিয়ে জামিনদার হবে",
  [("bd_nid", "7315029846")])
F("fees_and_debt", "bn",
  "কফিল বলে আমার জন্য সে ছয় হাজার রিয়াল খরচ করছে, ওই টাকা শোধ না হওয়া পর্যন্ত ছুটি নাই। দেশে যাওয়ার কথা কইলে বলে আগে টাকা ফেরত দে তারপর যা। প্রতি মাসে বেতন থেকে ৩০০ রিয়াল কাটে, হিসাব কেউ দেখায় না")
F("fees_and_debt", "bn-Latn",
  "apa ekhon 1 lakh dile hobe, baki 3.5 lakh oikhane kaj kore kisti te diben, protimash 15 hajar kete rakhbe company. kono tension nai sobai emne jay. r haa ticket er taka alada, oita 55 hajar")
F("fees_and_debt", "bn-Latn",
  "Bhai ami airport theke offload hoye fereot aschi. dalal bole ticket er taka ferot dibe na, abar notun visa korte arekbar 80 hajar lagbe. NGO theke 2 lakh loan nisilam, kisti proti shoptahe 1200. ekhon ki korbo bujhtesina")
F("fees_and_debt", "en",
  "Pax states paid BDT 5,20,000 to sub-agent 'Kamal bhai' (Narsingdi) for Oman 'company visa', no receipt. Told remaining 1.5 lakh will be cut from first salaries. BMET smart card in his hand belongs to a different RL agency and name spelling differs from passport.")
F("fees_and_debt", "en",
  "Brother the agent now asking RM 3000 more for permit renewal, he say if I dont pay my permit will cancel and I become illegal. Already I pay 4.5 lakh in BD by selling my mother gold. Every month boss cutting 400 ringgit for 'hostel and loan', I dont know how much loan is left")
F("fees_and_debt", "en",
  "sir ur ticket is ready but before flight u must clear 'airport contract' fee 45k cash, give to our man near Biman car parking. dont tell family abt this amount. rest 2 lakh u will repay from salary in 6 month, company will cut directly")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn",
  "টাকা কোন অফিসিয়াল একাউন্টে পাঠাবেন না। ৫০ হাজার করে ৪টা আলাদা বিকাশ এজেন্ট নম্বরে ক্যাশ ইন করবেন, নম্বর আমি একটা একটা করে দিব। স্লিপের ছবি তুলে আমাকে দিয়ে ফোন থেকে ডিলিট করবেন, চ্যাটও ডিলিট")
F("payments_and_proceeds", "bn",
  "দুবাই থেকে ভাই দিরহাম দিলে এখানে আমাদের লোক সাথে সাথে টাকা দিয়া দিবে, ব্যাংকে যাওয়া লাগবে না। ডেরার ফ্ল্যাটের ৩ জন মেয়ের হিসাব এই মাসে ২ লাখ ৪০ হাজার, ০১৭১১-২৩৪৯৮৭ নাম্বারে নগদে দিবেন, নাম জিগাইলে বলবেন রেমিটেন্স",
  [("phone", "+8801711234987")])
F("payments_and_proceeds", "bn-Latn",
  "Bkash korsi 25000, TrxID 9HK4TQ2ZLM. baki ta contract man ke cash dibo immigration er por baire. receipt chaiyen na plz, amar bhai dekhle jhamela",
  [("mfs_transaction", "9HK4TQ2ZLM")])
F("payments_and_proceeds", "bn-Latn",
  "Ei shoptahe 6 ta passenger clear hoise, per head 30k. counter er bhai der share alada kore rakhsi, baki ta hundi te Jeddah pathabo. tumi nagad e 01934-772615 e 1.2 lakh de aj rater moddhe",
  [("phone", "+8801934772615")])
F("payments_and_proceeds", "bn-Latn",
  f"Agent bolse ekhon theke bkash e r nibe na, 2 ta account freeze hoye gese. Binance theke USDT pathao TRC20 te ei address e: {TRON1} . 3 jon er visa processing er taka ek sathe, screenshot diye dio",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Send the money for the 3 passports to this wallet only {BTC1} . Do not talk payment in the group. After I confirm, the contract man will release their tickets at the airport.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  f"Boss collection this week: Rasel 2 lakh, Sumon 1.8, Hasan 2.1 all for Muscat batch. Deposited in 3 accounts under my wife and brother-in-law name so no single account crosses 5 lakh. Rest converted, sent to old ETH one {ETH1}",
  [("eth_address", ETH1)])

# isolation_and_control (8: bn 2, bn-Latn 3, en 3)
F("isolation_and_control", "bn",
  "[ভয়েস মেসেজ] আম্মা আমি ভালো আছি... কইতে বলছে তাই কইতেছি। আমার মোবাইল সারাদিন ম্যাডামের কাছে থাকে, রাতে পাঁচ মিনিটের লাইগা দেয়। বাইরে যাইতে দেয় না, দরজায় তালা দিয়া যায়। আপনে কাউরে কইয়েন না, ওরা শুনলে আরো রাগ করব")
F("isolation_and_control", "bn",
  "প্লেনে উঠার পর সিম খুলে ফেলবেন, ওখানে গিয়ে আমাদের লোক নতুন সিম দিবে। বাড়িতে কাউকে ঠিকানা বলবেন না, আমরাই খবর দিব। ইমিগ্রেশন পার হয়েই পাসপোর্টটা কন্ট্রাক্ট ভাইয়ের হাতে দিয়া দিবেন, আপনার কাছে রাখার দরকার নাই")
F("isolation_and_control", "bn-Latn",
  "Immigration pass korar por contract bhai tomake receive korbe, tar kache passport ar phone diye diba. Dubai te prothom 3 mash phone lagbe na, family ke amra khobor dibo. beshi proshno korba na")
F("isolation_and_control", "bn-Latn",
  "vai amra 14 jon ek rum e, gate e tala r guard, mobile niye nise sobar. ei number ta ek bangali driver er, lukaye msg dicchi. passport company er kase. amar location pathate parbo na")
F("isolation_and_control", "bn-Latn",
  "officer ra alada rume nile bolba ami tomar jamai, amar chobi ta dekhaba. nijer number diba na, amar tai diba. ar ammar sathe ekhon kotha bolar dorkar nai, Muscat pouchaye ami kotha bolaye dibo")
F("isolation_and_control", "en",
  "F/19 pax with male companion claiming to be husband, no nikah cert. He holds both passports, boarding passes and her phone, answers every question for her. She could not tell the destination address or his village. Referred to counter-trafficking desk.")
F("isolation_and_control", "en",
  "They keep my passport and iqama in madam locker. If I want to call Bangladesh only on friday, with her phone on speaker. I did not go outside since 5 month, even for doctor. please dont call this number, I will msg when I can")
F("isolation_and_control", "en",
  "Once you land, switch off whatsapp and delete this chat. Our driver will be at gate 3 with your name on paper. Hand him your passport for 'visa change', you won't need it for a while. No calls home until we say ok.")

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F("labour_exploitation", "bn",
  "সকাল ৫টা থেকে রাত ১১টা পর্যন্ত কাজ, এক বেলা খাবার দেয় ভাত আর পাতলা ডাল। চার মাস হইল বেতন পাই নাই, চাইলে বলে কোম্পানির লস, পরে দিবে। শরীর আর চলে না ভাই")
F("labour_exploitation", "bn",
  "আমাকে বলছিল এক বাসার কাজ, এখন তিনটা বাসায় ঘুরায়ে ঘুরায়ে কাজ করায়, শুক্রবারেও ছুটি নাই। জ্বর আসলেও কাজ করতে হয়, ডাক্তার দেখায় না। বেতন চাইলে কয় তোর দালাল নিয়া গেছে")
F("labour_exploitation", "bn-Latn",
  "bhai 47 degree te chad e kaj koray, pani o thik moto dey na. 12 ghonta duty bole, kintu 16 ghonta kori, overtime er taka nai. salary 900 riyal bolse, hate pai 600, baki ta nakhi 'khaoa khoroch'")
F("labour_exploitation", "bn-Latn",
  "amra farm e thaki, chagoler ghorer pashe ek tin er ghore 5 jon. 6 mash er beton akta taka o paini. boss bole kaj na korle khabar bondho, r beshi kotha bolle mamla dibe")
F("labour_exploitation", "en",
  "Brother honestly speaking the work is 7 days, no off day, 18 hours in restaurant kitchen. Salary they promised 1500 AED now giving 700 and saying rest is kept for my ticket. We sleep on cardboard behind the shop, 9 persons.")
F("labour_exploitation", "en",
  "Deportee debrief, ex-Muscat: went on visit visa as cleaner, worked 14 months, paid for 5. Employer kept balance citing 'visa expenses'. Also made to work at sponsor's relatives' houses at night without pay. Left with nothing but the clothes, outpass from embassy.")
F("labour_exploitation", "en",
  "sir pls help my husband in Saudi. 9 months no salary. kafeel says work first then money. he is sick, they not give medicine, only one meal. he wants come home but they say no exit without paying.")

# threats_and_coercion (7: bn 3, bn-Latn 2, en 2)
F("threats_and_coercion", "bn",
  "আমার কথা না শুনলে কফিলরে কইয়া তোর নামে হুরুব দিয়া দিমু, জেলে পইচা মরবি, কেউ খোঁজও নিব না। চুপচাপ কাজ কর")
F("threats_and_coercion", "bn",
  "আপনার ছেলে যদি দেশে ফিরতে চায় তাহলে ২ লাখ টাকা দেন, নাহলে ওরে আর খুঁজে পাবেন না। থানা পুলিশ করলে ফল ভালো হবে না, সেটা মাথায় রাইখেন")
F("threats_and_coercion", "bn",
  "অফিসারদের কাছে যদি আমার নাম বলছিস তাইলে মনে রাখিস তোর বাপের জমির দলিল আমার কাছে। কাল আবার ফ্লাইট, মুখ বন্ধ রাখবি, নাইলে তোর বোনের বিয়া কেমনে হয় দেখমু")
F("threats_and_coercion", "bn-Latn",
  "madam mare, chul dhore tane, ekdin istri diye hate chaka dise. bole palaile police dhorbe, tor kono kagoj nai, jail e pochbi. ami kothay jabo apa")
F("threats_and_coercion", "bn-Latn",
  "tui jodi ekhon deshe jaite chas tahole tor passport puraye dimu. r tor oi video ta tor gramer sobar kache jabe, bujhsos? kaj e ja")
F("threats_and_coercion", "en",
  "Listen carefully. If immigration asks you say tourist. If you mention my name or the contract, your brother who stood guarantor will face the case, and we know where your mother lives in Bhairab.")
F("threats_and_coercion", "en",
  "They locked him in a room for 2 days after he asked to go to the embassy. Supervisor told him next time he will be beaten and dumped in the desert with no papers so no one can identify him.")

# sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "পার্লারের কাজ বলে নিয়ে গেছে আপা, এখন রাতে হোটেলে পাঠায়। না গেলে খাবার দেয় না, মারে। আমি দেশে আসতে চাই, আম্মারে কিছু কইয়েন না")
F("sexual_exploitation", "bn",
  "ডান্স বারে কাজ, মাসে দেড় লাখ টাকা, শুধু কাস্টমারের সাথে বসে গল্প আর ড্রিংক দেওয়া, বাকিটা গেলে বুঝবা। দেখতে সুন্দর হইতে হবে, বয়স ২৫ এর নিচে। ফুল বডি ছবি পাঠাও আগে")
F("sexual_exploitation", "bn-Latn",
  "new 3 ta maal aslo Dhaka theke, bangali, sob fresh 🌸 flat Deira te, ghonta 300 dirham, night 900. nite chaile tg te knock dao @deira_night_bd",
  [("telegram", "@deira_night_bd")])
F("sexual_exploitation", "bn-Latn",
  "Apu tumi shudhu 'guest' der sathe hotel e dinner korba, beshi kichu na. tomar passport amar kache thakbe, income er 70% amar. mone rakhba tomar visa amar kafala te, ami na chaile tumi kothao jaite parba na")
F("sexual_exploitation", "bn-Latn",
  "Biye ta bahana, oikhane giye talak hoye jabe. meye take Muscat e flat e rakhbe, customer ashbe. tumi jamai saje airport cross korba, kabinnama ami banaye dibo, officer jigaile bolba honeymoon")
F("sexual_exploitation", "en",
  "Sister I am in Sharjah, they told spa receptionist. Now they forcing massage with extra for men, keep all our tips, say we owe 20000 dirham for visa and flat. Please tell my mother I am alive, dont call this number")
F("sexual_exploitation", "en",
  "Group of 4 F pax (20-24) on DXB tourist visas, identical hotel printouts, tickets paid by same 'uncle' on card. One phone shows her photos sent to insta page @dxb.models.vip with a rate list in AED per hour.",
  [("instagram", "@dxb.models.vip")])

# minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়ের বয়স ১৪ তো কি হইছে, পাসপোর্টে ২১ কইরা দিমু, জন্মনিবন্ধন নতুন বানাইয়া দিব চেয়ারম্যান অফিস থেকে। সৌদিতে বাসার কাজ, মাসে ২০ হাজার টাকা পাঠাবে, আপনার সংসার চলবে")
F("minors", "bn",
  "যাত্রী (মেয়ে) পাসপোর্টে বয়স ২৩, দেখতে ১৫-১৬, নিজে বলছে ক্লাস নাইনে পড়ত। সাথে 'মামা' পরিচয়ে একজন, টিকেট আর হোটেল কাগজ তার কাছে। পাসপোর্ট নং EC0458721, রিয়াদ গৃহকর্মী ভিসা। কাউন্টার ৪ এ আটকানো হইছে",
  [("bd_passport", "EC0458721")])
F("minors", "bn",
  "১২-১৩ বছরের দুইটা পোলা লাগবে দুবাইয়ের এক শেখের খামারে, উট দেখাশোনা। কাগজপত্র আমরা করব, বাপ-মারে ৫০ হাজার কইরা অ্যাডভান্স দিয়া দিমু, কেউ কিছু জানব না")
F("minors", "bn-Latn",
  "meyer boyosh kom dekha gele problem, immigration e borka pore jabe r bolbe 20 bochor. ami tar mayer NID 4617283905 diye notun birth certificate baniye disi, passport o hoye gese",
  [("bd_nid", "4617283905")])
F("minors", "bn-Latn",
  "Khalu bolse Malaysia te restaurant e plate dhoyar kaj, amar vai er boyos 15, passport e 19 deya hoise. ammu ke 30 hajar diye gese, vai school chere dise. eta ki thik hoilo apa?")
F("minors", "bn-Latn",
  "choto meye lagbe, 16-17, gramer hoile valo, family gorib hole aro valo. Dubai er ek client er jonno, biye dekhano hobe kagoje. boyos passport e barai dibo, tension nai")
F("minors", "en",
  "Client wants young one, under 18 best. Bring her as your niece on family visit visa. I will arrange school leaving certificate and passport with age 22, just keep her quiet at the counter.")
F("minors", "en",
  "Sir the girl in transit lounge says she is 13, passport says 25. A man named Jashim paid her mother Tk 40,000, she was to be a house help in Riyadh. He left the airport when we called her aside.")

# ---------------------------------------------------------------- hard negatives
# news
N("news", "bn",
  "শাহজালাল বিমানবন্দরে ভ্রমণ ভিসায় দুবাইগামী ১১ যাত্রীকে অফলোড করেছে ইমিগ্রেশন পুলিশ। তাদের ফিরতি টিকিট ও হোটেল বুকিংয়ের তথ্যে অসঙ্গতি পাওয়া যায় বলে জানা গেছে। পরে তাদের পরিবারের কাছে হস্তান্তর করা হয়।")
N("news", "bn",
  "বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে মানবপাচারের অভিযোগে নারায়ণগঞ্জে দালালচক্রের দুই সদস্যকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৩টি পাসপোর্ট উদ্ধার করা হয়েছে।")
N("news", "en",
  "Malaysia labour market: the expatriates' welfare ministry said migration cost will stay capped at Tk 78,990 and workers should not pay any broker; only agencies on the approved list may send workers.")
N("news", "en",
  "RAB rescues 23 youths from a house in Mirpur who were allegedly about to be sent to Libya via Dubai; three members of a trafficking ring detained, passports and fake visas seized.")
N("news", "bn-Latn",
  "Breaking: Shahjalal e aj 3 ghonta flight delay, kuwashar karone Dubai r Muscat er flight late. Jatrira lounge e opekkha korchen, immigration e o lomba line")
N("news", "en",
  "Oman stops converting visit visas into work visas for several nationalities including Bangladesh, ministry statement says; workers already holding residence cards are not affected.")
# awareness
N("awareness", "bn",
  "সাবধান! ভ্রমণ ভিসায় বিদেশে গিয়ে কাজ পাইয়ে দেওয়ার কথা বললে সেটা প্রতারণা। বৈধভাবে বিদেশ যেতে বিএমইটির স্মার্ট কার্ড নিন, রিক্রুটিং এজেন্সির লাইসেন্স যাচাই করুন। দালালের হাতে পাসপোর্ট দিবেন না। ✅ শেয়ার করুন")
N("awareness", "bn-Latn",
  "Forwarded as received: Keu jodi bole 'airport e amader lok ase, setting kora ase, contract man bahire thakbe', bujhben oita dalal. Immigration officer ra kono dalal er sathe kaj kore na. Share koren sobai, gramer manush ke bujhan")
N("awareness", "en",
  "Community notice: Girls and parents, if someone offers a parlour or housemaid job abroad and asks the girl to travel with an 'uncle' or a new husband, please talk to the union parishad migration help desk before giving any documents.")
N("awareness", "bn",
  "মসজিদ থেকে ঘোষণা: কেউ যদি আপনার মেয়েকে বা ছেলেকে বিদেশে ভালো বেতনের চাকরির কথা বলে, আগে থানায় বা ইউনিয়ন পরিষদে যাচাই করুন। অপরিচিত কারো কাছে পাসপোর্ট ও টাকা জমা দিবেন না।")
N("awareness", "en",
  "Know your rights 🇧🇩 Your employer cannot keep your passport. Recruitment fees above the government rate are illegal. If your salary is not paid, contact the labour wing of the Bangladesh embassy, it is free.")
N("awareness", "bn-Latn",
  "Bon ra, Facebook e 'Dubai salon job, free visa, thaka khawa free' ei rokom post dekhle click korben na. Amar pasher barir meye ei vabe gesilo, onek koshto kore ferot ashse. Sobai sotorko thakun 🙏")
# official
N("official", "en",
  "M/S Green Line Overseas (RL-1432): Demand for 50 cleaners, Al Madina Facilities Co., Riyadh. Salary SAR 1,000 + food + accommodation. Migration cost as per govt rate, money receipt given. Apply with BMET registration. Do not pay any individual. Naya Paltan, Dhaka. Ph: +880 1713-045218",
  [("phone", "+8801713045218")])
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের স্মার্ট কার্ড বিতরণ আগামী রবিবার থেকে। সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি অর্থ দাবি করলে নিকটস্থ জেলা কর্মসংস্থান ও জনশক্তি অফিসে অভিযোগ করুন।")
N("official", "en",
  "Embassy of Bangladesh, Muscat: Workers whose visas have expired may apply for outpass at the consular section; the service is free of charge. Beware of persons claiming to arrange 'visa change' for a fee.")
N("official", "bn",
  "বহির্গমন যাত্রীদের জন্য নির্দেশনা: কর্মী ভিসার যাত্রীগণ বিএমইটি ক্লিয়ারেন্স কার্ড সঙ্গে রাখুন। ভ্রমণ ভিসার যাত্রীগণ ফিরতি টিকিট, হোটেল বুকিং ও পর্যাপ্ত বৈদেশিক মুদ্রা দেখাতে প্রস্তুত থাকুন। - ইমিগ্রেশন পুলিশ, হযরত শাহজালাল আন্তর্জাতিক বিমানবন্দর")
N("official", "bn-Latn",
  "Priyo Abdul Karim, apnar Qatar visa (Al Rayyan Construction) er medical 12/12 tarikh Gulshan GAMCA center e. Karmi chukti copy office theke niye jaben. Kono dalal ke taka deben na. -Sonar Bangla Overseas RL 1190")
N("official", "en",
  "Hajj 2027: pilgrims must carry e-passport, Hajj ID card and meningitis vaccination certificate. Registration only through licensed Hajj agencies listed by the Ministry of Religious Affairs.")
# receipt
N("receipt", "en",
  "You have received Tk 50,000.00 from 01715-384920. Fee Tk 0.00. Balance Tk 52,310.45. TrxID BJK7Q2WXE4 at 04/12/2026 21:14",
  [("phone", "+8801715384920"), ("mfs_transaction", "BJK7Q2WXE4")])
N("receipt", "en",
  "Money Received. Amount: Tk 15000.00 Sender: 01912-004387 Ref: passport fee TxnID: 74KD9PXA Balance: Tk 15820.00",
  [("phone", "+8801912004387"), ("mfs_transaction", "74KD9PXA")])
N("receipt", "en",
  "Sonali Bank PLC - e-Passport fee received. Regular delivery, 48 pages, 10 years: Tk 5,750.00 incl. VAT. Applicant: MST RUMANA AKTER. Keep this slip for enrolment.")
N("receipt", "bn",
  "প্রিয় গ্রাহক, আপনার রকেট একাউন্টে রেমিট্যান্স ৳৪২,৬০০ জমা হয়েছে (প্রেরক: আল রাজি এক্সচেঞ্জ, রিয়াদ)। সরকারি প্রণোদনা ২.৫% যোগ হয়েছে। TxnId: 5530219874",
  [("mfs_transaction", "5530219874")])
N("receipt", "en",
  "Cash Out Tk 20,000.00 to Agent 01823-667190 successful. Fee Tk 370.00. Balance Tk 1,245.00. TrxID CKM4R8TZ1P at 05/12/2026 10:02",
  [("phone", "+8801823667190"), ("mfs_transaction", "CKM4R8TZ1P")])
N("receipt", "bn-Latn",
  "Ammu tomar bkash e 10k pathalam, TrxID BLP3W9QK7N. Kistir taka ta shomitir apa ke diye dio. Salary aj dise alhamdulillah",
  [("mfs_transaction", "BLP3W9QK7N")])
# family
N("family", "bn",
  "আব্বা, পাসপোর্ট অফিসে ফিঙ্গার দিয়া আসছি, ২১ দিন পরে ডেলিভারি। আম্মারে কইয়েন টেনশন না করতে, ওমরাহর টাকা মামা দিবে কইছে")
N("family", "bn-Latn",
  "Bhaiya tomar passport ta khuje paisi almirah te, number A09834521 na? Bhabi r visa form e tomar ta lagbe bollo, chobi tule pathai?",
  [("bd_passport", "A09834521")])
N("family", "en",
  "Mom the airport officer asked me sooo many questions lol, return ticket, hotel, who is paying. All fine, boarding now. Will text from Dubai, tell Nanu 🥰")
N("family", "bn",
  "মেয়ের বিয়ের কথা চলতেছে, ছেলে কাতারে থাকে, ভালো চাকরি করে। ছেলের মামা বলছে বিয়ের পর ফ্যামিলি ভিসা করে নিয়ে যাবে। তুমি একটু খোঁজ নিও তো ছেলের কোম্পানি কোনটা, কাগজপত্র দেখতে চাইলে সমস্যা নাই বলছে")
N("family", "bn-Latn",
  "Chachu Saudi theke phone dise, bolse iqama renew hoise, ei mashe 40 hajar pathabe. Oi taka diye apnar kistir taka ta dia den, r dadur oshud kinben")
N("family", "en",
  "Apa can you keep Mitu's birth certificate and school papers safe? Her SSC registration needs the original. And don't give anyone her photos for the passport, I'll take her to the office myself after exams.")
# worker_content
N("worker_content", "bn-Latn",
  "Alhamdulillah 3 bochor holo Riyadh e. company valo, overtime korle taka dey, friday off. iqama nijer kache rakhi. ei bar eid e 45 din chuti pabo, ticket company dibe")
N("worker_content", "bn",
  "দুবাইয়ে আমার কাজ ডেলিভারি, গরম অনেক কিন্তু বেতন সময়মতো দেয়। মাসে ২৮০০ দিরহাম, রুমে ৪ জন থাকি, এসি আছে। ভাইয়েরা দালাল ধইরা না, বৈধভাবে আসেন")
N("worker_content", "en",
  "Honest complaint: our supervisor shouts a lot and the bus comes late so we reach site 6:30 instead of 7 and he blames us. Salary comes on 5th every month though, no problem there.")
N("worker_content", "bn-Latn",
  "Malaysia te factory te 8 ghonta shift, overtime 4 ghonta optional. permit renew er khoroch company dise. shudhu khabar ta mojar na, mayer haater ranna miss kori 😅")
N("worker_content", "en",
  "Day off today! Madam gave me the whole friday, went to Bangladeshi market with Rina apa. Sent 1000 dirham home. Contract finish next year, then I decide. Life is ok 🙂")
N("worker_content", "bn",
  "সৌদি আসার সময় এজেন্সিকে সরকারি রেটেই টাকা দিছিলাম, রসিদ আছে। এখানে কাজ কঠিন, ১০ ঘণ্টা ডিউটি, কিন্তু কফিল ভালো মানুষ, পাসপোর্ট আমার কাছেই থাকে")
# joke
N("joke", "bn-Latn",
  "Immigration officer: apni Dubai keno jaben? Ami: Burj Khalifa dekhte. Officer: return ticket? Ami: Burj Khalifa theke lafay porbo na bhai, ticket ase 😂😂")
N("joke", "bn",
  "বউ কইছে দুবাই থেকে সোনার চেইন না আনলে বাসায় ঢুকতে দিবে না 😂 এইটাই আসল হুমকি, কোন দালালও এত কড়া না")
N("joke", "en",
  "My dad runs the family WhatsApp group like a manpower agency: 'urgent requirement, 1 person for bazar, salary one samosa, no experience needed' 🤣")
N("joke", "bn-Latn",
  "Dalal bhai er kache giye bollam amare Mars e pathan. bole visa processing 7 lakh, thaka khawa free, oxygen nijer khoroche 😂")
N("joke", "en",
  "Me at Shahjalal pretending I know which queue is immigration while one uncle with 6 suitcases guides half the village through 😭")
N("joke", "bn",
  "শ্বশুরবাড়িতে আমার পাসপোর্ট জব্দ, শাশুড়ি বলছে ঈদের আগে কোথাও যাওয়া যাবে না 🤭 মানবাধিকার সংস্থায় অভিযোগ দিমু নাকি")
# chatter
N("chatter", "bn-Latn",
  "Cousin ke receive korte ashchi, 2 no gate e dariye asi. tor flight land korse? immigration e beshi line thakle bolis, ami cha khaye ashi")
N("chatter", "en",
  "Hi, travelling to Oman on tourist visa for 10 days with my wife. Do we need to show hotel booking and return ticket at Dhaka immigration? Heard people are getting offloaded even with proper papers.")
N("chatter", "bn",
  "ভাই কেউ জানেন দুবাইয়ের ভিজিট ভিসায় গেলে ইমিগ্রেশনে ব্যাংক স্টেটমেন্ট দেখাতে হয় কিনা? ফ্যামিলি নিয়ে ডিসেম্বরে ঘুরতে যাব, বাচ্চা দুইটা ছোট")
N("chatter", "bn-Latn",
  "Kal Shahjalal e 4 ghonta line, ek officer onek kichu jigaise keno jai, ki kaj kori, ke taka dise. Uni polite chilen, bujhlam offload thamate korche. Shobai documents ready rakhben")
N("chatter", "en",
  "Anyone know a good agency for Japan student visa? Want licensed only, not some dalal. My cousin paid Tk 3 lakh last year to a proper one and got it, everything with receipt.")
N("chatter", "bn",
  "আমার আপু ওমানে নার্সের চাকরি পাইছে বোয়েসেলের মাধ্যমে, সরকারি ভাবে। কাল রাতের ফ্লাইট, এয়ারপোর্টে কেউ থাকলে একটু হেল্প কইরেন প্লিজ, প্রথমবার একা যাইতেছে")

# ---------------------------------------------------------------- easy negatives
N("chatter", "bn-Latn", "Aj rate biryani khabo, keu ashbi? Mama r dokane 9 tay", hard=False)
N("chatter", "bn", "কাল বৃষ্টি হবে নাকি? বের হইলে ছাতা নিয়া বের হইস", hard=False)
N("joke", "en", "Why did the mango go to school? To become a little more ripe-ucated 🥭", hard=False)
N("family", "bn", "আম্মু আমি কলেজ থেকে বের হইছি, বিশ মিনিটে বাসায় আসতেছি, ভাত রাইখো", hard=False)
N("news", "en", "Bangladesh beat Zimbabwe by 6 wickets in the second ODI at Mirpur to level the series.", hard=False)
N("receipt", "en", "Your recharge of Tk 99 is successful. Internet 5GB, validity 7 days. Thank you.", hard=False)
N("chatter", "en", "landed, waiting at belt 6, phone on 5% battery 😩 see you outside", hard=False)
N("family", "bn-Latn", "Nanu r jonno oshud ta niye ashben, pharmacy te prescription dekhale dibe", hard=False)
N("worker_content", "en", "Finished my shift, going to sleep. Long day but good team today.", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাসার আশেপাশে পানি জমতে দিবেন না। জ্বর হলে দেরি না করে চিকিৎসকের পরামর্শ নিন।", hard=False)
N("official", "en", "Holiday notice: all scheduled banks will remain closed on 16 December on the occasion of Victory Day.", hard=False)
N("news", "bn", "রাজধানীতে আজ সর্বোচ্চ তাপমাত্রা ছিল ২৮ ডিগ্রি সেলসিয়াস, রাতে কুয়াশা পড়তে পারে।", hard=False)

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
    random.Random(97).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev97-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
