"""Blind evaluation set dev169 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi woman supervisor in a Mauritius textile factory (Phoenix, Curepipe) whose brother works on Seychelles construction sites; agency messages, dormitory rules, overtime and production bonus, contract renewals, passports kept for permit renewal, transfers, ministry and High Commission notices, remittances to Gazipur, family chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev169.jsonl"
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


BTC1 = btc("dev169-btc-1")
TRON1 = tron("dev169-tron-1")
ETH1 = eth("dev169-eth-1")

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
# 8 categories, 7 or 8 items each, every category in all three scripts (bn, bn-Latn, en) evenly:
# recruitment_deception, fees_and_debt, isolation_and_control, labour_exploitation,
# sexual_exploitation, minors, payments_and_proceeds, threats_and_coercion
# F("category", "script", "text", [("type", "value"), ...])

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# ---- recruitment_deception (8): bn3, bn-Latn3, en2
F("recruitment_deception", "bn", "আপা আমাদের কইছিল কিউরপাইপের বড় গার্মেন্টসে কাজ, বেতন ২৫ হাজার রুপি। আইসা দেখি ছোট একটা ওয়ার্কশপ, বেতন ১১ হাজার, খাওয়া নিজের টাকায়। এজেন্সির মামুন ভাই (০১৫৫৮৯০৩২১৬) এখন ফোনই ধরে না।",
  [("phone", "+8801558903216")])
F("recruitment_deception", "bn", "ঢাকায় কন্ট্রাক্ট দেখাইছিল মেশিন অপারেটর লেখা। এয়ারপোর্টে নামার পর আরেকটা কাগজে সই নিছে, সব ইংরেজি, পড়তে দেয় নাই। এখন কয় আমরা হেল্পার, বেতন আগেরটার অর্ধেক।")
F("recruitment_deception", "bn", "ভাইয়া বলল সেশেলসে রাজমিস্ত্রির কাজের ভিসা কইয়া নিছিল, গিয়া দেখে ভিসা আসলে ভিজিট, পারমিট নাকি 'পরে হইব'। তিন মাস গেল, কোন পারমিট নাই, সাইটে লুকাইয়া কাজ করায়। ওর নতুন নাম্বার +২৪৮ ২৫৮ ১৯০৬",
  [("phone", "+2482581906")])
F("recruitment_deception", "bn-Latn", "Apa ami Rita, Phoenix theke. amader 6 jon ke bolse Mauritius e factory te sewing er kaj, thaka khawa free. ekhon Rose Hill er ekta bungalow te ghor mucha ar rannar kaj koray, factory r naam gondho o nai. agent bole 'kichudin por shift korbo'")
F("recruitment_deception", "bn-Latn", "MAURITIUS GARMENTS E URGENT 40 jon mohila worker. Beton 35000 taka + OT, thaka khawa fri, 2 bochor por citizenship er sujog!! Passport ar 50 hajar jama dile 15 diner moddhe flight. Call/IMO 01739482615",
  [("phone", "+8801739482615")])
F("recruitment_deception", "bn-Latn", "apa tomar line e je 3 ta meye ashlo Gazipur theke, oder naki bolse Mauritius e 1 bochor kaj korlei Canada r visa free, company pathabe. dalal Sohel ei kotha bole taka nise. ekhon ora kanna kore, keu kisu bolteo pare na")
F("recruitment_deception", "en", "Madam we came on the promise of Rs 22,000 basic. Payslip shows Rs 9,800, now they say 22k was 'with full overtime and production bonus'. Nobody said this in Dhaka and they never gave us a contract copy.")
F("recruitment_deception", "en", "Offer letter came from hr.curepipe.textile@gmail.com: Textile Operator, Curepipe, MUR 28,000, free room, free return ticket. When we landed the man took us to a shed in Plaine Magnien with no sign and said the Curepipe company 'is full'. We never saw that company.",
  [("email", "hr.curepipe.textile@gmail.com")])

# ---- fees_and_debt (8): bn3, bn-Latn2, en3
F("fees_and_debt", "bn", "এজেন্সি প্রথমে নিছে সাড়ে চার লাখ, এখন কয় রিনিউয়ের জন্য আরো ৬০ হাজার লাগব, না দিলে পারমিট বাতিল। আব্বা জমি বন্ধক দিয়া প্রথম টাকাটা দিছিল, এখন আর কই পামু।")
F("fees_and_debt", "bn", "প্রতি মাসে বেতন থেকে ৩ হাজার রুপি কাটে, কয় 'ভিসা খরচ'। দুই বছর কাটল, এখনো নাকি ৮০ হাজার বাকি। হিসাব চাইলে সুপারভাইজার কয় হিসাব কোম্পানির কাছে, তোমার দেখার দরকার নাই।")
F("fees_and_debt", "bn", "তোমার ভাইয়ের সেশেলসের কাজ রাখতে চাইলে এই মাসের মধ্যে আরো ১ লাখ ২০ হাজার পাঠাইতে হইব। না পাঠাইলে ওরে দেশে ফেরত, আগের টাকাও ফেরত পাইবা না। বিকাশ ০১৯১৪২২৭৩০৮ (পার্সোনাল)",
  [("phone", "+8801914227308")])
F("fees_and_debt", "bn-Latn", "Apa amar loan ekhono 2 lakh baki. Malik bolse loan shesh na howa porjonto passport dibe na, onno factory te jawar kotha bhule jao. protidin 12 ghonta kori tobu hisab e kome na")
F("fees_and_debt", "bn-Latn", "boss er lok bolse notun factory te transfer korte hole Rs 35,000 'processing' lagbe, salary theke 7 mash e katbe. amra to transfer chai nai, ora nijerai pathacche, abar taka o amader")
F("fees_and_debt", "en", "You owe the company for ticket, medical, permit and training: Rs 142,000. Until it is cleared you stay on this contract. No resignation accepted, no transfer.")
F("fees_and_debt", "en", "Sister the agent in Dhaka took 5 lakh taka from my family, I know now the government fee is much less. Here they cut 'accommodation deposit' every month and now the agent says pay the remaining 1,200 USDT to " + ETH1 + " or my name goes to the blacklist.",
  [("eth_address", ETH1)])
F("fees_and_debt", "en", "Renewal this time costs Rs 40,000 each, pay to Mr. Vikash (+230 5421 9960), not to the office. Whoever has not paid by the 15th, we do not renew and you go back at your own cost.",
  [("phone", "+23054219960")])

# ---- isolation_and_control (8): bn2, bn-Latn3, en3
F("isolation_and_control", "bn", "রাত ৮টার পর ডরমের গেটে তালা, চাবি ম্যানেজারের কাছে। রবিবারেও একা বাইরে যাওয়া নিষেধ, গেলে গার্ড সাথে যায়। দোকান থেকে সাবান আনতে হইলেও লিস্ট দিতে হয়।")
F("isolation_and_control", "bn", "পাসপোর্ট রাখছে 'ওয়ার্ক পারমিট রিনিউয়ের জন্য' কইয়া, দেড় বছর হইল ফেরত দেয় না। চাইলে কয় ফাইল মিনিস্ট্রিতে। আমি নিজে মিনিস্ট্রিতে ফোন দিছি, ওরা কইল আমার নামে কোন ফাইলই নাই।")
F("isolation_and_control", "bn-Latn", "kaj er shomoy sobar phone ekta box e joma rakhe, rate dey 1 ghonta. bari te ki bolchi supervisor pashe dariye shune. ministry r lok ashle amader pichoner gate diye bus e tule onno jaygay niye jay")
F("isolation_and_control", "bn-Latn", "Apa please kauke bolben na, amar ei number ta jene gele phone kere nibe. ekhane bahirer karo sathe kotha bola mana, Bangladeshi community r lok der sathe o na, mosjid e o jete dey na")
F("isolation_and_control", "bn-Latn", "amader 9 jon ke rat 2tay hothat bus e tule Coromandel er ekta factory te niye gese, kisu jigesh o kore nai. passport amader kase na, kon company r permit e achi tao jani na")
F("isolation_and_control", "en", "Rules for new girls: no phone on the floor or in the dorm after 9. You don't go out alone, you don't talk to inspectors, if anyone asks you say you are happy. Passports stay in the office safe.")
F("isolation_and_control", "en", "They took our passports at the airport 'for permit'. Two years now. Mine is EB0412785. When I asked for it to go to the High Commission the manager said the High Commission cannot help you, only we can help you.",
  [("bd_passport", "EB0412785")])
F("isolation_and_control", "en", "Apa they moved my sister from Phoenix to some unit up north, Goodlands I think, and since Friday her phone is off. Company says she 'resigned'. She has no passport with her, they keep it.")

# ---- labour_exploitation (8): bn3, bn-Latn3, en2
F("labour_exploitation", "bn", "টার্গেট না হইলে ছুটি নাই। সকাল ৭টা থেকে রাত ১১টা, শুক্র শনি রবি সব দিন। ওভারটাইমের টাকা কয় প্রোডাকশন বোনাসে দিব, বোনাস আর আসে না।")
F("labour_exploitation", "bn", "তিন মাসের বেতন বাকি। ম্যানেজার কয় কোম্পানির অবস্থা খারাপ, টাকা 'সেফ' আছে, কন্ট্রাক্ট শেষে একসাথে দিব। মা অসুস্থ, একটা টাকাও পাঠাইতে পারি নাই।")
F("labour_exploitation", "bn", "এক রুমে ১৪ জন, দুইটা টয়লেট ৪০ জনের। খাবার দুই বেলা, ভাত আর পাতলা ডাল। লাইনে পানি খাইতে উঠলেও সুপারভাইজার চিল্লায়, কয় টার্গেট কে পূরণ করব।")
F("labour_exploitation", "bn-Latn", "bhaiya bollo Seychelles er site e rat 2ta porjonto concrete dhalai, sokal 6tay abar shuru. 2 mash e ekdin o off pay nai. beton chaile contractor bole next month, next month")
F("labour_exploitation", "bn-Latn", "production bonus er kotha bole 16 ghonta chalay. target 1200 piece, na hole oi diner OT kete ney. ei mash e 70 ghonta OT korsi, pay slip e dekhay 12 ghonta")
F("labour_exploitation", "bn-Latn", "Apa ami ar parchi na, jor niye o line e boshay rakhse. doctor er kase jete chaile bole sick leave nile 3 diner beton katbe. kalke Shirin apa mathay ghure pore gese machine er upor")
F("labour_exploitation", "en", "Boss says from next week Sundays also working, no extra pay because 'salary is monthly'. Anyone who refuses, their OT for the whole month is cancelled.")
F("labour_exploitation", "en", "Salary for Feb, Mar, Apr still not paid. They give Rs 1,500 'food money' every 2 weeks and say the rest is kept by the company till contract end so nobody runs away.")

# ---- sexual_exploitation (7): bn2, bn-Latn2, en3
F("sexual_exploitation", "bn", "লাইন ম্যানেজার কইছে রাতে ওর অফিসে গেলে আমার কন্ট্রাক্ট রিনিউ হইব, না গেলে দেশে ফেরত। আগেও দুইটা মেয়ের সাথে এমন করছে, কেউ মুখ খোলে না।")
F("sexual_exploitation", "bn", "দালাল কয় ফ্যাক্টরির কাজ শেষ, এখন পোর্ট লুইয়ের একটা 'স্পা'তে কাজ, রাতে কাস্টমার আসব, টাকা বেশি। মেয়েদের পাসপোর্ট ওর কাছে, না গেলে ফেরত পাঠাইব কয়।")
F("sexual_exploitation", "bn-Latn", "Apa oi Rasel dalal (01675220948) Grand Baie er hotel e 3 ta meye pathaise 'housekeeping' bole. ekhon rate oder guest er room e pathay, taka ney Rasel. meye gula kanna kore phone dey",
  [("phone", "+8801675220948")])
F("sexual_exploitation", "bn-Latn", "Mauritius/Dubai e sundori meyeder jonno 'guest relation' job, beton 1 lakh+, boyosh 18-25, full body chobi pathao wa.me/23057924418. experience lagbe na, passport amra banabo, family ke bolar dorkar nai",
  [("whatsapp", "+23057924418")])
F("sexual_exploitation", "en", "New girls from the factory available tonight, Bangladeshi, young, villa in Flic en Flac. Rs 3000 per hour, call +230 5863 1027, no police problem.",
  [("phone", "+23058631027")])
F("sexual_exploitation", "en", "Mr. D told Nasima if she 'sits with' the buyer after dinner she gets day shift and her permit renewed. She refused, so he moved her to night shift and cut her OT.")
F("sexual_exploitation", "en", "Bhaiya says on the site in Mahe there are two Bangladeshi girls kept in the cook house, the contractor brings men there at night. They came on a 'cleaner' visa.")

# ---- minors (7): bn3, bn-Latn2, en2
F("minors", "bn", "মেয়েটার বয়স ১৫, পাসপোর্টে ২১ বানাইয়া দিছে দালাল। লাইনে বসাইয়া দিছে, রাতেও ওভারটাইম করায়। আমি কিছু কইলে ম্যানেজার কয় কাগজে তো ২১।")
F("minors", "bn", "জন্ম নিবন্ধন বদলাইয়া নতুন পাসপোর্ট হইব, বয়স ১৮ লেখা থাকব। ১৪ বছর কেউ বুঝব না, শরীর তো বড়। মরিশাসে সোজা ফ্যাক্টরি। ৪০ হাজার পাঠাইয়েন ০১৩৪৭১১৮৫৯২ এ।",
  [("phone", "+8801347118592")])
F("minors", "bn", "সেশেলসের সাইটে একটা পোলা আছে, বয়স ১৩-১৪ হইব, সারাদিন ইট টানে। মামা নিয়া আসছে কয়, স্কুলে যায় না, বেতন মামা নেয়।")
F("minors", "bn-Latn", "Apu amar chachato bon Mim, class 8 e pore, oke Mauritius er factory te nite chay ek dalal. bolse passport e boyosh 19 kore dibe, NID o banay dibe. chacha raji hoye gese takar jonno")
F("minors", "bn-Latn", "dalal er msg: 'choto meye hole aro bhalo, 14-16 holei cholbe, kaj shikhe nibe. birth certificate amra thik korbo, 20 hajar advance.' Telegram e @mauritius_job_bd",
  [("telegram", "@mauritius_job_bd")])
F("minors", "en", "HR asked me to put the new girl on the night line. She told me she is 16, her passport says 22. When I told HR they said mind your own section.")
F("minors", "en", "Boy from Sylhet on bhaiya's site, looks 14, mixing cement 12 hours. Contractor says he is a helper's son so no papers needed. He sleeps in the store room.")

# ---- payments_and_proceeds (7): bn2, bn-Latn3, en2
F("payments_and_proceeds", "bn", "পাসপোর্ট ফেরত চাইলে ৫০ হাজার টাকা লাগব। দেশে এই বিকাশে দিবেন ০১৮২০৫৫৩১৪৭, পাঁচ ভাগে ভাগ কইরা যাতে লিমিটে না ধরে। প্রত্যেকটার ট্রানজেকশন আইডি পাঠাইবেন।",
  [("phone", "+8801820553147")])
F("payments_and_proceeds", "bn", "বেতন আমাদের হাতে দেয় না, মিজান ভাইয়ের একাউন্টে যায় (ওর নাম্বার ০১৭৫৫৩০৯৮৪১), উনি হুন্ডিতে বাড়িতে পাঠায়, ২০% কাটে। কত গেল আমরা জানি না, মা কয় অর্ধেকও আসে না।",
  [("phone", "+8801755309841")])
F("payments_and_proceeds", "bn-Latn", "apnar bhai er release er jonno 800 USDT pathaben ei address e " + TRON1 + " . pathanor por screenshot diben, tarpor ora site theke chere dibe.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn-Latn", "Nagad e 25000 pathaisi TxnID 7KQ4M2XT9B, dalal ekhon bole aro 30 hajar lagbe visa renew er jonno, naile bhai ke Seychelles police er kase diye dibe",
  [("mfs_transaction", "7KQ4M2XT9B")])
F("payments_and_proceeds", "bn-Latn", "agent er instruction: salary card ta amake diye dao, PIN o. protimash ami tule tomar barite 8 hajar pathabo, baki ta loan e jabe. keu jiggesh korle bolba card nijer kase")
F("payments_and_proceeds", "en", "Send the fee in BTC only, no bank: " + BTC1 + " . After confirmation we release her passport and ticket. Don't tell the High Commission, they only slow things.",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en", "Collect 2,000 rupees from each girl in your line every month, cash, give to Ashok on Friday. Don't write it anywhere. Who doesn't pay, tell me, their renewal file will get lost.")

# ---- threats_and_coercion (7): bn2, bn-Latn2, en3
F("threats_and_coercion", "bn", "মিনিস্ট্রিতে অভিযোগ করছস শুনলাম। আর একবার করলে পুলিশ দিয়া ধরাইয়া এয়ারপোর্টে তুলমু। তোর বাড়ি গাজীপুর কোনাবাড়ি আমি চিনি, তোর বাপরেও দেখমু।")
F("threats_and_coercion", "bn", "যে মেয়েরা কাজ বন্ধ করছিল ওদের রাতে ডরমে ঢুইকা মারছে ম্যানেজারের লোক। সালমার হাতে এখনো দাগ। কইছে মুখ খুললে পারমিট ক্যানসেল, জেলে যাবি।")
F("threats_and_coercion", "bn-Latn", "tui jodi High Commission e jash, tor permit ami cancel koray dibo, tui illegal hoye jabi, police dhore jail e dhukabe. tor ma ke o janabo tui ekhane ki koris")
F("threats_and_coercion", "bn-Latn", "bhai ke contractor bolse site change korle absconded report kore dibe. Seychelles e absconded hole jail tarpor deport, dalal er taka o shob jabe. tai bhai chup kore ache")
F("threats_and_coercion", "en", "If any of you talk to the union or that NGO lady again, I send the whole line back to Bangladesh and put your names on the blacklist. No agency will take you again. Think about your families.")
F("threats_and_coercion", "en", "He slapped Rupa in front of everyone because she asked for her payslip. Then said next time it will be worse and nobody in Mauritius will believe a Bangladeshi girl.")
F("threats_and_coercion", "en", "Sign the new contract tonight or we report you to Passport and Immigration as overstayer. You know what happens then. And your brother in Seychelles works for our partner, remember that.")

# ================================================================ OK
# ---- en (20)
N("official", "en", "Bangladesh High Commission, Port Louis: e-passport renewal applications accepted Mon-Thu 9:30-13:00. Fee as per government schedule, paid at the counter only, receipt given. Do not pay any middleman. Info: +230 208 4417",
  [("phone", "+2302084417")])
N("official", "en", "Ministry of Labour notice: employers shall not keep a worker's passport. Work permit renewal does not require the employer to hold your passport. If yours is withheld, visit the nearest Labour Office.")
N("news", "en", "Police in Port Louis arrested a recruitment agent yesterday for taking money from Bangladeshi workers for fake work permits. He was produced in court and the investigation continues.")
N("awareness", "en", "Help desk reminder: your passport is yours. Not the agent, not the company, nobody can keep it. If someone asks money to give it back, message us on wa.me/23057126640 any time.",
  [("whatsapp", "+23057126640")])
N("worker_content", "en", "Got my renewal today!! HR gave the passport back the same afternoon with the new permit. 4 more years Alhamdulillah. Pics on insta @rumana.mu, treat at Phoenix Mall Sunday 😄",
  [("instagram", "@rumana.mu")])
N("worker_content", "en", "Production bonus this month Rs 2,350, paid with salary on the 28th. OT 22 hours at 1.5x, all on the payslip. Not bad, sending 15k taka home.")
N("official", "en", "NOTICE - Dormitory: quiet hours 10pm to 6am. Visitors in the common room until 8pm on Sundays. Gate open 24h, security on duty. Any problem, report to HR or the Labour Office.")
N("family", "en", "Bhaiya called from Mahe, the site finishes in March and the company is moving them to Praslin for the hotel project. He is happy, same salary plus transport, his GOP already transferred.")
N("receipt", "en", "You have received Tk 25,000.00 from 01611384079. Ref: remittance. Fee Tk 0.00. Balance Tk 31,240.50. TrxID BKS8H2Q4ZD at 28/11/2026 19:42",
  [("phone", "+8801611384079"), ("mfs_transaction", "BKS8H2Q4ZD")])
N("news", "en", "Seychelles: labour inspectors visited construction sites in Providence and found 12 workers without a valid GOP. Employers were fined and the workers given time to regularise.")
N("joke", "en", "Our supervisor apa keeps everyone's tiffin box 'for safety' and returns it only after target 😂 biggest controller in Phoenix")
N("chatter", "en", "Anyone going to Curepipe market Sunday? Need thread and a phone cover. Bus 7:30 from the dorm stop.", hard=False)
N("awareness", "en", "Before going abroad: check the agency licence on www.bmet.gov.bd, get a written contract in Bangla, pay only through the bank with receipt, keep photocopies. Never give your original passport to a dalal.",
  [("url", "www.bmet.gov.bd")])
N("official", "en", "Notice: the High Commission will hold a consular camp in Curepipe on 14 Dec for Bangladeshi workers. Bring passport and NID copies. Contact consular.portlouis@mofa.gov.bd",
  [("email", "consular.portlouis@mofa.gov.bd")])
N("worker_content", "en", "Transfer to the Coromandel unit is confirmed for those who applied. New permit approved by the Ministry, same salary, bus provided. Those who want to stay in Phoenix, no problem, tell me by Friday.")
N("family", "en", "Ma says the money for Rumi's wedding is enough now, don't send extra this month. Keep some for yourself, you're working hard there too.")
N("news", "en", "14 people stopped at Shahjalal airport travelling on tourist visas to Mauritius with fake job letters, two brokers detained: https://www.dhakatribune.com/bangladesh/mauritius-fake-job-letters",
  [("url", "https://www.dhakatribune.com/bangladesh/mauritius-fake-job-letters")])
N("chatter", "en", "Happy birthday Sumi! 🎂 miss you so much, next year we celebrate together in Gazipur inshallah", hard=False)
N("official", "en", "Work permit renewal: bring your passport to HR on Monday. It goes with the form and comes back to you the same week with a receipt. Keep the receipt safe.")
N("worker_content", "en", "Told the new girls: 8 hours, Saturday half day, OT only if you want, paid with salary. They were surprised, their agent in Dhaka scared them so much 😅")

# ---- bn-Latn (20)
N("family", "bn-Latn", "Apa, Abba bolse passport renew er jonno Gazipur passport office e jete hobe, www.epassport.gov.bd te form fill korsi, fee bank e dilam 5750 taka. delivery 21 din por.",
  [("url", "www.epassport.gov.bd")])
N("receipt", "bn-Latn", "Apu taka paisi, 30 hajar. Nagad TxnID 71BC4RT9XQ. Ma ke oshudh kine dilam, baki ta bank e rakhlam",
  [("mfs_transaction", "71BC4RT9XQ")])
N("joke", "bn-Latn", "dorm er rule: rat 10tar por kotha bola mana. kintu Shapla apa ke ke thamabe 😂 she is the real boss of this building")
N("worker_content", "bn-Latn", "aj rat 8 porjonto overtime ase, keu na korte chaile HR ke bole dao, kono problem nai. dinner company dibe, OT slip e uthbe")
N("news", "bn-Latn", "khobor dekhlam, Gazipur e ek dalal ke RAB dhorse, Mauritius e pathabe bole 60 jon er kas theke taka nisilo. amader gramer Kabir bhai o list e chilo, valo je jay nai")
N("awareness", "bn-Latn", "sob bon der bolchi, kono dalal ke passport diben na, kaj er kotha bole taka chaile agency r license number chaiben. somossa hole High Commission er hotline +230 5796 0123 e call diben.",
  [("phone", "+23057960123")])
N("family", "bn-Latn", "bhaiya Seychelles theke video call dise, notun room e ache, AC o ase bolse 😄 contract renew hoise 2 bochor, passport nijer kase")
N("worker_content", "bn-Latn", "amar production bonus ei mash e 3000 rupee, line target cross korsi. supervisor apa sobaike mishti khawaise")
N("chatter", "bn-Latn", "ajke Port Louis e Bangladeshi community r iftar, High Commissioner sir ashben. bus 5tay Phoenix theke, ke ke jaba?")
N("family", "bn-Latn", "biye te koto lagbe bolo, ami December er salary te 50 hajar pathabo. kintu joutuk dibo na, ota chhele pokkho ke clear bole dis")
N("chatter", "bn-Latn", "Ministry notice ta bujhlam na, ke bujhabe? 'employer must not retain passport' mane company amader passport rakhte parbe na, tai to? amader ta to amader kachei")
N("chatter", "bn-Latn", "Apa kal ki ranna korbo? ilish paisi Port Louis bazar e, dam onek, 450 rupee kg 😩", hard=False)
N("family", "bn-Latn", "Maa er NID card er copy lagbe bank account er jonno, NID no 6913458274, ei ta thik ase to?",
  [("bd_nid", "6913458274")])
N("worker_content", "bn-Latn", "notun factory te shift hoye bhalo lagche, Curepipe e thanda beshi but kaj er chap kom. permit o ministry theke notun kore dise, salary same")
N("joke", "bn-Latn", "amar husband bole ami naki oke 'contract e' rekhe dichi, 4 bochor por renew korbo kina dekhi 😂😂")
N("chatter", "bn-Latn", "Telegram group e join koro @phoenix_bd_sisters, Sunday er picnic er plan hocche, sobai nijer khabar anbe",
  [("telegram", "@phoenix_bd_sisters")])
N("receipt", "bn-Latn", "bKash: Send Money Tk 8,000 to 01982640317 successful. TrxID CK29PL7MWA. Fee Tk 0. Mamar dokaner bhara",
  [("phone", "+8801982640317"), ("mfs_transaction", "CK29PL7MWA")])
N("awareness", "bn-Latn", "dekhlen, Seychelles e naki 'free visa' te gele police dhore deport kore. bhai ke bolsi legal GOP chara kono kaj e jabi na, jototai taka dik")
N("chatter", "bn-Latn", "Eid er chuti 2 din, amra Gris Gris beach e jabo, tumi ashba?", hard=False)
N("family", "bn-Latn", "choto bon Tania bolche se o Mauritius ashte chay. ami bolsi age HSC shesh kor, 18 hok, tarpor BMET e registration kore legal vabe ashbi")

# ---- bn (20)
N("official", "bn", "বাংলাদেশ হাইকমিশন, পোর্ট লুইস: প্রবাসী কর্মীদের জানানো যাচ্ছে যে পাসপোর্ট নিজের কাছে রাখা আপনার অধিকার। নিয়োগকর্তা পাসপোর্ট আটকে রাখলে শ্রম শাখার হটলাইনে যোগাযোগ করুন: +২৩০ ৫৯১৮ ২৩৭৪",
  [("phone", "+23059182374")])
N("news", "bn", "মরিশাসে মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার, উদ্ধার ২২ বাংলাদেশি কর্মী। পুলিশ জানায়, ভুয়া ওয়ার্ক পারমিট দেখিয়ে তাদের আনা হয়েছিল।")
N("official", "bn", "লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি (আরএল-১৪৭২): মরিশাসে গার্মেন্টস কর্মী নিয়োগ। সরকার নির্ধারিত অভিবাসন ব্যয় ৯৮,০০০ টাকা, এর বেশি কাউকে দিবেন না। টাকা ব্যাংকে জমা দিয়ে রসিদ নিন। যোগাযোগ ০১৭৯৪৩৩৬২২১",
  [("phone", "+8801794336221")])
N("family", "bn", "আম্মা, ২০ হাজার পাঠাইছি, বিকাশে দেখো TrxID 9HT6B3QW1M। রাফির স্কুলের বেতন দিয়া দিও আর আব্বার ওষুধ আনাইও।",
  [("mfs_transaction", "9HT6B3QW1M")])
N("receipt", "bn", "আপনার বিকাশ একাউন্টে ১৫,০০০ টাকা রেমিটেন্স এসেছে। TrxID: DG47KX2N8R। ব্যালেন্স ১৭,৩২০ টাকা।",
  [("mfs_transaction", "DG47KX2N8R")])
N("worker_content", "bn", "আলহামদুলিল্লাহ এই মাসে প্রোডাকশন বোনাস আর ওভারটাইম মিলাইয়া ভালোই পাইছি। মালিক টাইমমতো বেতন দেয়, এইটাই বড় কথা।")
N("joke", "bn", "ভাইয়া কয় সেশেলসে কন্ট্রাক্টর ওরে এত খাটায় যে ও এখন সিমেন্টের বস্তার চেয়ে শক্ত 😂 আবার নিজেই রান্না করে, মা শুনলে কানবে")
N("family", "bn", "ভাই কইল ই-পাসপোর্টের আবেদন অনলাইনে করছে, ফি ব্যাংকে দিছে, এখন হাইকমিশনে গিয়া আঙুলের ছাপ দিতে হইব। পাসপোর্ট ওর নিজের কাছেই আছে।")
N("awareness", "bn", "সাবধান! ফেসবুকে 'মরিশাসে ফ্রি ভিসা, বেতন ৮০ হাজার' বিজ্ঞাপন দেখে কেউ টাকা দিবেন না। এগুলা প্রতারণা। বিএমইটি অফিসে যাচাই করে নিন।")
N("chatter", "bn", "ডরমের নতুন নিয়ম দেখছো? রাত ১১টার পর লাইট অফ, রান্নাঘর ১০টায় বন্ধ। ভালোই হইছে, শান্তিতে ঘুমাইতে পারমু।")
N("family", "bn", "মেয়ের বিয়ার কথা চলতেছে, ছেলে কাতারে থাকে। আগে ওর পাসপোর্ট আর কাজের কাগজ দেখমু, তারপর কথা আগাইব।")
N("worker_content", "bn", "কন্ট্রাক্ট রিনিউ করলাম আরো ৩ বছর। পাসপোর্ট এইচআর সকালে নিছে, বিকালে পারমিট লাগাইয়া ফেরত দিছে। এক টাকাও লাগে নাই।")
N("news", "bn", "সেশেলসে নির্মাণ শ্রমিকদের ন্যূনতম মজুরি বাড়ানো হয়েছে, নতুন হার জানুয়ারি থেকে কার্যকর হবে।")
N("worker_content", "bn", "আপা কাল সকালে লাইনে একটু দেরি হইব, ডাক্তারের এপয়েন্টমেন্ট আছে। এইচআরকে বইলা রাখছি, সিক লিভের কাগজ দিব।")
N("chatter", "bn", "রবিবার ফিনিক্স মলে যাবা? নতুন শাড়ির দোকান খুলছে, বাংলাদেশি শাড়িও আছে শুনলাম", hard=False)
N("official", "bn", "নোটিশ: যারা কোরোমান্ডেল ইউনিটে যেতে ইচ্ছুক, শুক্রবারের মধ্যে এইচআর-এ নাম দিন। কাউকে জোর করে বদলি করা হবে না। বেতন ও সুবিধা একই থাকবে।")
N("awareness", "bn", "প্রবাসী ভাই-বোনেরা, হুন্ডিতে টাকা পাঠাবেন না। ব্যাংক বা বৈধ অ্যাপে পাঠালে ২.৫% প্রণোদনা পাবেন, টাকাও নিরাপদ।")
N("family", "bn", "আব্বার পাসপোর্ট নম্বর A07451286, ওমরার ভিসার ফর্মে লাগব, তুমি একটু মিলাইয়া দেখো ঠিক আছে কিনা।",
  [("bd_passport", "A07451286")])
N("joke", "bn", "ম্যানেজার আজ কইছে টার্গেট পূরণ হইলে সবাইরে পিৎজা খাওয়াইব। সবাই মেশিনের মতো চালাইলাম 😂 পিৎজা আসছে!")
N("chatter", "bn", "আম্মা গাজীপুরে বৃষ্টি হইছে? এইখানে আজ খুব ঠান্ডা, কিউরপাইপে সারা বছরই বৃষ্টি।", hard=False)


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
    random.Random(169).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev169-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
