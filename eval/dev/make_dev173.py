"""Blind evaluation set dev173 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi worker with a Kuwait cleaning company (schools, ministries, hospitals) who helps others in his camp: visa traders' and supervisors' messages, transfers/'sale' to other kafeels, unpaid months, iqama not renewed and fines, women cleaners' complaints, embassy and PAM notices, money home to Sylhet, ordinary chat.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev173.jsonl"
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


BTC1 = btc("dev173-btc-1")
TRON1 = tron("dev173-tron-1")
ETH1 = eth("dev173-eth-1")

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

# --- recruitment_deception (bn3, bn-Latn3, en2)
F("recruitment_deception", "bn", "ভাই আমারে কইছিল হাসপাতালে ওয়ার্ড বয়ের কাজ, বেতন ১২০ দিনার। আসার পর দেখি ক্লিনিং কোম্পানি, ৬০ দিনার, তাও বাথরুম ধোয়া। দালালরে ফোন দিলে ধরে না, এখন নাম্বারও বন্ধ।")
F("recruitment_deception", "bn", "দেশে থাকতে কইছিল মিনিস্ট্রির অফিস ক্লিনার, চাকরি পাক্কা। আইসা দেখি কোম্পানির নামে ভিসা ঠিকই কিন্তু কোম্পানিতে কোনো কাজ নাই। কফিল কয় বাইরে কাজ খুঁইজা খাও, মাসে ২০ দিনার আমারে দিয়া যাইবা।")
F("recruitment_deception", "bn", "কুয়েত মিনিস্ট্রিতে অফিস বয় ভিসা!! বেতন ১৫০ দিনার + ওভারটাইম, থাকা খাওয়া ফ্রি, ২ বছর পর ফ্যামিলি ভিসা। কন্ট্রাক্ট কুয়েতে গিয়া সাইন হবে, দেশে কোনো কাগজ লাগবে না। সিট সীমিত, আজই যোগাযোগ ০১৭৪৩৯২৮১৫৬", [("phone", "+8801743928156")])
F("recruitment_deception", "bn-Latn", "bhai contract e lekha chilo 8 ghonta duty, 75 KD. ekhane ashar por arabi te notun ekta kagoj dise sign korte, ami to arabi porte pari na. supervisor koy sign na korle kalke airport e ferot. pore ek bhai pore dilo, oikhane 55 KD lekha")
F("recruitment_deception", "bn-Latn", "Apnar bhagnir jonno hospital e cleaner visa ase, shudhu mohila, kono jhamela nai. salary 100 KD, 6 mash por akama. passport ar 2 lakh pathaiya den, baki kotha Kuwait e gele hobe. wa.me/96597218843", [("whatsapp", "+96597218843")])
F("recruitment_deception", "bn-Latn", "bai amare kaisil school e cleaner er kaj, ekhane anise ek arbab er barit. gari dhowa, bagan, raat e kuttar khana. visa te lekha company 'amil'. kafeel re kaile koy tor dalal re jigaa, ami kita korbo bai")
F("recruitment_deception", "en", "Dear brother, company visa for Kuwait Ministry of Health cleaning project. 3 year contract, salary 180 KD, free food, free air ticket. No experience, no English needed. Limited visa, pay 50% advance now to confirm. Telegram @kuwait_jobs_bd_vip", [("telegram", "@kuwait_jobs_bd_vip")])
F("recruitment_deception", "en", "They told us in Dhaka we are going for the Ministry of Education schools, 100 KD and 4 men per room. Now we are 14 in one room in Jleeb, working under a company name I never heard of, and the pay they show us is 60.")

# --- fees_and_debt (bn3, bn-Latn2, en3)
F("fees_and_debt", "bn", "ভিসার জন্য সাড়ে ছয় লাখ দিছি, বাবার জমি বন্ধক রাইখা। এখনো চার লাখ সুদে ঋণ, মাসে মাসে সুদ বাড়ে। এখানে পাই ৬০ দিনার, খাওয়া বাদ দিলে হাতে কিছু থাকে না। কেমনে শোধ দিমু আল্লাহ জানে")
F("fees_and_debt", "bn", "কোম্পানি এখন কয় আকামার খরচ, মেডিকেল আর টিকেটের টাকা বেতন থাইকা কাটবো, মাসে ২০ দিনার কইরা পুরা এক বছর। দেশে তো দালাল কইছিল সব কোম্পানি দিবো, আমরা খালি ভিসার টাকা দিমু")
F("fees_and_debt", "bn", "তোমার ট্রান্সফারের জন্য আরো ৩০০ দিনার লাগবো, না দিলে কফিল রিলিজ দিবো না, বুঝছো? বাড়িতে কও বিকাশে পাঠাইতে ০১৮২৬৪৪৭১৯০ এই নাম্বারে, পার্সোনাল। দুই দিনের মধ্যে", [("phone", "+8801826447190")])
F("fees_and_debt", "bn-Latn", "Supervisor bole tomar visar dam 900 KD, company ke shodh na kora porjonto passport ferot pabe na, chuti o pabe na. protimash salary theke 30 kete rakhbe. passport no EB0482731 amar kase thakbe.", [("bd_passport", "EB0482731")])
F("fees_and_debt", "bn-Latn", "ammu Karim chacha re boilo sud er taka ei mash e dite parmu na, 4 mash betan nai. tar upor dalal fon dise, akama renew er jonno 250 dinar dao noile illegal hoiya jaba")
F("fees_and_debt", "en", "Iqama renewal costs the company maybe 120 KD per year but the sponsor is asking every worker 350 KD cash, otherwise he won't renew. Those who can't pay he says will do extra shifts without pay until it's covered.")
F("fees_and_debt", "en", "brother I took 5 lakh from the samity for this visa, 3000 tk interest every week. Agent now says another 1 lakh for the work permit, or I stay here without papers. I have not even got first salary yet. his number 01862730415 if you know him", [("phone", "+8801862730415")])
F("fees_and_debt", "en", "Kuwait cleaning company visa, full package 7,50,000 tk. 2 lakh advance, rest after visa copy. No receipt, deal on trust only, many people gone through us. Call or imo +8801639517284", [("phone", "+8801639517284")])

# --- isolation_and_control (bn2, bn-Latn3, en2)
F("isolation_and_control", "bn", "আমাদের ক্যাম্পের গেট রাইতে তালা দেয়, শুক্রবারেও বাইরে যাইতে দেয় না। পাসপোর্ট সিভিল আইডি সব অফিসে রাখছে, বলে তোমরা পালাইবা। দোকানে গেলেও গার্ড সাথে যায়")
F("isolation_and_control", "bn", "আপা, আমাদের মোবাইল সুপারভাইজার নিয়া গেছে। সপ্তাহে একবার ১০ মিনিট বাড়িতে কথা কইতে দেয়, পাশে দাঁড়াইয়া শুনে। এই নাম্বার +৯৬৫ ৫০৯১ ৩৩৬৮ একজনের থেকে লুকাইয়া নিয়া মেসেজ দিতেছি, রিপ্লাই দিয়েন না", [("phone", "+96550913368")])
F("isolation_and_control", "bn-Latn", "keu ke boila na ami ei number +965 9647 2055 theke call disi. madam dekhle mobile vaingga felbe. 3 mash hoilo ghor theke ber hoite dey na, janala o khulte dey na", [("phone", "+96596472055")])
F("isolation_and_control", "bn-Latn", "bus e kore hospital e niye jay, duty shesh hoile abar bus e kore camp e dhukaiya tala dey. majhe kothao namte dey na. dokane jaite hoileo supervisor er permission lage, ar 2 jon eksathe jaite hobe")
F("isolation_and_control", "bn-Latn", "passport dey na, bole tumra palaiya jaba. civil id o nai, expire hoise, company renew kore na. police dhorle amra kichu janina bole dise, tai camp theke ber hoi na keu")
F("isolation_and_control", "en", "They took our phones the first day and said we get them back after 3 months training. Nobody at home knows where we are staying. I am writing from a cleaner's phone in the ministry building, please tell my brother.")
F("isolation_and_control", "en", "Supervisor says don't talk to the embassy people or the Bangladeshis from the other company. If anyone complains all of you go back. We are 40 people, nobody is allowed to go out alone, even for mosque.")

# --- labour_exploitation (bn2, bn-Latn3, en3)
F("labour_exploitation", "bn", "পাঁচ মাস বেতন নাই। কোম্পানি বলে মিনিস্ট্রি টাকা দেয় নাই, দিলে দিবো। খাওয়ার টাকাও নাই, পাশের রুমের ভাইদের থাইকা ধার কইরা চলতেছি। বাড়িতে এক টাকাও পাঠাইতে পারি নাই। কেউ সাহায্য করতে চাইলে আমার বউয়ের বিকাশ ০১৭৮৯৫১২৬৪৩", [("phone", "+8801789512643")])
F("labour_exploitation", "bn", "সকাল ৫টায় বাস, স্কুলের ক্লিনিং শেষ কইরা দুপুরে আবার মিনিস্ট্রি, ফিরি রাত ১১টায়। ১৭ ঘণ্টা, ওভারটাইম বইলা কিছু নাই, শুক্রবারেও ডিউটি। কেউ অসুস্থ হইলে দুই দিনের বেতন কাটে")
F("labour_exploitation", "bn-Latn", "bai 7 mash hoise ek dinar o dey nai. Ministry theke taka asle dibo koy. ruimer 12 jon er ek obostha. khawa ek bela, kubus ar dal, kaj kintu purata kori")
F("labour_exploitation", "bn-Latn", "amra mohila cleaner 9 jon, hospital e 12 ghonta duty, kono chuti nai. salary dey 45 KD, contract e chilo 75. kisu bolle supervisor bole chakri korte chaile chup thako, noile desh e jao")
F("labour_exploitation", "bn-Latn", "company bole salary bank e jay, kintu ATM card supervisor er kase. mash sheshe 20 KD hate dey, baki naki safe e rakhse, desh e jaoar shomoy dibe. 2 bochor hoilo")
F("labour_exploitation", "en", "8 months no salary. The company collects from the ministry every month, we saw the cleaning contract renewed, but we get nothing. Food is only rice, 40 men share 2 toilets.")
F("labour_exploitation", "en", "we work 7 days, no off day for 1 year. if someone is sick they cut 2 days salary for 1 day absent. morning school, evening hospital, same 60 KD")
F("labour_exploitation", "en", "Brother pls help, company stopped food allowance 3 months ago and salary also. Electricity in camp cut, no AC in 50 degree. We are 60 Bangladeshi here. My number +965 6604 2917", [("phone", "+96566042917")])

# --- threats_and_coercion (bn3, bn-Latn3, en2)
F("threats_and_coercion", "bn", "কফিল বলছে বেশি কথা কইলে অ্যাবসকন্ডিং কেস দিয়া দিবো, তারপর পুলিশ ধইরা ডিপোর্ট, আর জীবনে কুয়েত ঢুকতে পারবা না। আমার আকামা এমনেই শেষ, কই যামু")
F("threats_and_coercion", "bn", "আমার ভাইরে সুপারভাইজার ক্যাম্পে মারছে, বেতন চাইছিল বইলা। বলছে লেবার অফিসে গেলে হাত পা ভাইঙ্গা দিবো, আর কেউ সাক্ষী দিলে তারেও দেখবো")
F("threats_and_coercion", "bn", "আপনার পুলায় কোম্পানিতে ঝামেলা করতেছে। বুঝাইয়া কন চুপ থাকতে, নাইলে জেলে যাইবো। আর আপনাগো জমির দলিল তো আমার কাছে, মনে রাইখেন। ০১৭১৫৬২০৯৪৮", [("phone", "+8801715620948")])
F("threats_and_coercion", "bn-Latn", "tui jodi embassy te jas tor nam e churi r case dimu, 10 bochor desh e o jaite parbi na, jail e pocha morbi. valo chaile kaj kor")
F("threats_and_coercion", "bn-Latn", "bhai kafeel amar nam e absconding case dise, ami palai nai, company tei silam. ekhon bole 500 dinar dile case uthaiya nibe, noile deport. 2 din somoy dise. tar lok er number +965 5078 3316", [("phone", "+96550783316")])
F("threats_and_coercion", "bn-Latn", "Supervisor raat e room e aisa koy keu strike e jaibo na. jara jaibo tader akama cancel, ar deshe tader family re amar lok dekhbo. amra sobai voy e asi")
F("threats_and_coercion", "en", "He slapped me in front of everyone and said next time he will call police and say I stole from the ministry office. Who will believe a cleaner over him.")
F("threats_and_coercion", "en", "If you leave this company I will file absconding and you will be deported with a ban. Think about your family in Sylhet before you do anything stupid. Come back to camp tonight.")

# --- sexual_exploitation (bn2, bn-Latn2, en3)
F("sexual_exploitation", "bn", "আপা আমাদের সুপারভাইজার রাইতে মেয়েদের রুমে আসে। যে রাজি হয় না তারে টয়লেট ডিউটি আর বেতন কাটা। রুবিনারে এক আরবের বাসায় পাঠাইছে ক্লিনিং বইলা, সে ফিরা আইসা খালি কান্দে, কিছু কয় না")
F("sexual_exploitation", "bn", "দালাল এখন কয় হাসপাতালের চাকরি না, তুমি ফ্ল্যাটে থাকবা, মেহমান আসবো, মাসে ৩০০ দিনার। না করলে পাসপোর্ট দিবো না, দেশেও যাইতে দিবো না")
F("sexual_exploitation", "bn-Latn", "Madam er bhai raat e amar rume dhuke, ami chitkar dile madam amare bole chup thak, na hole tor nam e churir case dimu. ami ar thakte parmu na apa")
F("sexual_exploitation", "bn-Latn", "bhai Salmiya flat e notun 2 jon Bangladeshi meye aise, cleaning company er visa. customer pathaite paro, 25 KD ek ghonta, amar whatsapp +965 6687 1402 e agey janaio", [("phone", "+96566871402")])
F("sexual_exploitation", "en", "The company moved 6 of the women cleaners from the hospital to a 'private villa contract'. One called me crying, they lock them in and men come at night. Their passports are with the manager.")
F("sexual_exploitation", "en", "Girls needed for hotel spa work in Kuwait, age 18-25, good looking, no experience. Salary + tips up to 500 KD. Visa and ticket free. Inbox insta @gulf_spa_recruit", [("instagram", "@gulf_spa_recruit")])
F("sexual_exploitation", "en", "Supervisor told Shirin if she wants her iqama renewed she has to spend the weekend with him in Mahboula. She is scared to tell her husband at home, and he keeps her civil ID.")

# --- minors (bn3, bn-Latn2, en2)
F("minors", "bn", "রাহাতের বয়স মাত্র ১৫, পাসপোর্টে ২২ দেখাইছে দালাল। এখন হাসপাতালে রাইতের শিফটে ক্লিনিং করে, রাইতে মায়ের লাইগা কান্দে। কোম্পানি জানে, কিছু কয় না")
F("minors", "bn", "মেয়েটার বয়স ১৪-১৫ হইবো, জন্মসনদ বদলাইয়া বয়স বাড়াইছে। মাদামের বাসায় একা থাকে, স্কুলে যাওয়ার বয়স, সারাদিন কাজ করে, রাইতে রান্নাঘরে ঘুমায়")
F("minors", "bn", "ছোট পুলা হইলে সমস্যা নাই, এনআইডি আমরাই বানাইয়া দিমু, বয়স ১৯ কইরা। তোমার ভাইয়ের পুরান জন্মনিবন্ধন আর বাপের এনআইডি ৪৬১৫২৮৩৯০৭ পাঠাও, খালি ৫০ হাজার বেশি লাগবো", [("bd_nid", "4615283907")])
F("minors", "bn-Latn", "ami camp e ekta chele dekhlam, bole boyos 16, Sunamganj bari. passport A03917265 e 24 lekha. company re bola jabe na, dalal or baba ke dhomki dise. school er bathroom dhoy sara din", [("bd_passport", "A03917265")])
F("minors", "bn-Latn", "dalal bolse amar bhatija class 8 e pore tao somossa nai, boyos 18 kore passport korbe, cleaning company te dhukai dibe, choto ra nki kaj beshi pare. taka ditei hobe agey 3 lakh")
F("minors", "en", "There are 3 boys in our company bus who look no more than 15. Their passports say 21. They clean toilets in the boys' school, same age as the students, and sleep in the store room.")
F("minors", "en", "Age is no problem brother, we fix birth certificate and passport together. 14-15 year boys are best for cleaning company, they don't complain. Send photo and father's NID on WhatsApp +8801537204896, balance after flight.", [("phone", "+8801537204896")])

# --- payments_and_proceeds (bn2, bn-Latn2, en3)
F("payments_and_proceeds", "bn", "ভিসার বাকি টাকা বিকাশে সেন্ড মানি না, এই এজেন্ট নাম্বারে ক্যাশ ইন কইরা দেন ০১৯৫৪৮১৩৬২৭, ৫ ভাগ কইরা, এক বারে ২৫ হাজারের বেশি না। পাঠাইয়া ট্রানজেকশন আইডি ইমোতে দিবেন", [("phone", "+8801954813627")])
F("payments_and_proceeds", "bn", "কফিলের লোক কইছে আকামার টাকা কুয়েতে দিতে হইবো না, সিলেটে তার ভাইয়ের নগদে দিলেই হইবো, হুন্ডির মতো। আব্বা দিছে, TxnID 7XK9P2MQ, এখন আকামা কবে হইবো কেউ কয় না", [("mfs_transaction", "7XK9P2MQ")])
F("payments_and_proceeds", "bn-Latn", "visa r 2nd kisti pathaisi bhai, bKash TrxID 9F4K2LM8QZ, 50,000. ekhon passport ta dekhaben kobe? 3 ta alada number e pathate bolsilen, baki 2 ta kal dimu", [("mfs_transaction", "9F4K2LM8QZ")])
F("payments_and_proceeds", "bn-Latn", f"Dalal bole dinar e na, USDT te dite hobe, TRC20. address ta dise: {TRON1} . 400 USDT pathaile release letter dibe, tar age na", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Send the transfer fee to supervisor's brother in Sylhet, not to the company account. Nagad only, 01948261035, in 3 parts, different days. He will confirm to me and then I sign your release paper.", [("phone", "+8801948261035")])
F("payments_and_proceeds", "en", "Your cousin's visa money: 1st 2 lakh received. Remaining 3.5 lakh by hundi from Kuwait, give the dinar to Jamal bhai in Mangaf, he will send to our man in Sylhet. No bank, no receipt, delete this msg.")
F("payments_and_proceeds", "en", f"Pay 600 USD in BTC to this wallet {BTC1} for the Kuwait visa block. After payment send screenshot to recruit.kwjobs24@gmail.com, then passport collection.", [("btc_address", BTC1), ("email", "recruit.kwjobs24@gmail.com")])


# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)

# news
N("news", "bn", "কুয়েতে ভিসা বাণিজ্যে জড়িত থাকার অভিযোগে একটি ক্লিনিং কোম্পানির মালিকসহ কয়েকজনকে গ্রেপ্তার করেছে দেশটির পুলিশ। শ্রমিকদের কাছ থেকে ভিসাপ্রতি টাকা নেওয়ার অভিযোগ রয়েছে বলে জানা গেছে।")
N("news", "en", "Kuwait: Interior Ministry arrests residency traders who brought in workers on fake company visas; affected workers will be heard as witnesses and allowed to transfer, PAM says.")
N("news", "bn-Latn", "khobor dekhlam, sylhet er ek dalal re RAB dhorse, kuwait er visa r kotha koiya 40 jon er theke taka nise. amader elakar keu kina khoj nio bhai")
N("news", "bn", "কুয়েতে সাধারণ ক্ষমা ঘোষণা: অবৈধভাবে বসবাসকারী প্রবাসীরা নির্ধারিত সময়ের মধ্যে জরিমানা ছাড়াই দেশে ফিরতে পারবেন অথবা জরিমানা দিয়ে বৈধ হতে পারবেন।")
N("news", "en", "Court orders cleaning contractor to pay 8 months' arrears to 300 workers; ministry to hold back payments to the company until salaries are cleared.")
N("news", "bn-Latn", "TV te dekhlam Kuwait e ekta company r 200 shromik bethon er jonno andolon korse, pore PAM hosto khep kore taka dewaise. valo khobor")
# awareness
N("awareness", "bn", "সাবধান! কেউ 'ফ্রি ভিসা' বা অতিরিক্ত টাকা চাইলে দেবেন না। পাসপোর্ট কারো কাছে জমা রাখবেন না। বিদেশ যাওয়ার আগে বিএমইটিতে নিবন্ধন করে স্মার্ট কার্ড নিন। প্রবাসবন্ধু কল সেন্টার ১৬১৩৫")
N("awareness", "bn-Latn", "Apnar passport apnar odhikar, malik rakhte parbe na. beton 2 mash er beshi baki thakle PAM e obhijog korun. jani kotha bola kothin, kintu apni eka na. - Probashi Odhikar Forum")
N("awareness", "en", "Never pay a recruiter in dinar or crypto, never sign a contract you cannot read. Kuwaiti law says the passport belongs to the worker. If your residency is not renewed, contact the embassy labour wing.")
N("awareness", "bn", "নারী কর্মীরা কর্মস্থলে যৌন হয়রানির শিকার হলে চুপ থাকবেন না। দূতাবাসের সেফ হোমে থাকার ব্যবস্থা আছে, অভিযোগ গোপন রাখা হয়। নিজের পাসপোর্ট ও ফোন নিজের কাছে রাখুন।")
N("awareness", "en", "Awareness session Friday 4pm, community hall Abbasiya: absconding cases, how to check your residency online, salary complaints at PAM. Free tea and snacks, bring your friends. Questions: probashi.kw.forum@gmail.com", [("email", "probashi.kw.forum@gmail.com")])
N("awareness", "bn-Latn", "bhaiyera, kono dalal jodi bole 14-15 bochorer chele ke passport e boyos bariye pathabe, eta oporadh. shishu der bidesh e kaj e pathaben na, keu emon bolle thanay janan")
N("awareness", "bn-Latn", "ekta kotha mone raikhen, kafeel change mane 'bikri' na. PAM er maddhome transfer hoile kono taka lage na. keu taka chaile amare janaio, ami ekhon camp er help desk e asi, fon 01316847290", [("phone", "+8801316847290")])
# official
N("official", "en", "Public Authority for Manpower: employers must pay wages by bank transfer by the 7th of each month. Workers may file wage complaints at the labour relations department of their governorate.")
N("official", "bn", "বাংলাদেশ দূতাবাস, কুয়েত: পাসপোর্ট নবায়ন ও ই-পাসপোর্টের জন্য অনলাইনে অ্যাপয়েন্টমেন্ট নিন https://www.bdembassy-kw.gov.bd/appointment — কোনো দালালের শরণাপন্ন হবেন না, নির্ধারিত ফি ছাড়া অতিরিক্ত কিছু দিতে হবে না।", [("url", "https://www.bdembassy-kw.gov.bd/appointment")])
N("official", "bn-Latn", "Nur Overseas (RL-1487): Kuwait e hospital cleaner 50 jon. sorkar nirdharito khoroch 1,06,780 taka, sob taka bank e, rashid deya hobe. BMET registration, training ar smart card amra kore dibo. +8801711482630", [("phone", "+8801711482630")])
N("official", "en", "Embassy notice: workers whose employer has not paid salary for 3 months or more may contact the labour wing with copies of civil ID and contract. Hotline/WhatsApp +965 9903 4471, Sun-Thu 8am-2pm.", [("phone", "+96599034471")])
N("official", "bn", "কুয়েতের জনশক্তি কর্তৃপক্ষ জানিয়েছে, এক প্রতিষ্ঠান থেকে অন্য প্রতিষ্ঠানে কাজের অনুমতি স্থানান্তরে কর্মীকে কোনো টাকা দিতে হবে না; ফি নিয়োগকর্তা বহন করবেন।")
N("official", "en", "BMET: registration for Kuwait hospital cleaning jobs through licensed agencies only. Check the agency licence on the Ami Probashi app or https://www.amiprobashi.com before paying anything. Keep every money receipt.", [("url", "https://www.amiprobashi.com")])
# receipt
N("receipt", "en", "You have received Tk 25,000.00 from 01711593024. Ref: kuwait. Fee Tk 0.00. Balance Tk 26,340.50. TrxID AB7C9D2E4F at 14/11/2026 20:41", [("phone", "+8801711593024"), ("mfs_transaction", "AB7C9D2E4F")])
N("receipt", "bn", "নগদ: আপনার একাউন্টে ১৫,০০০ টাকা রেমিট্যান্স এসেছে, ২.৫% প্রণোদনা যোগ হয়েছে। TxnID: 74K3PQ9A. বর্তমান ব্যালেন্স ১৫,৫১২ টাকা।", [("mfs_transaction", "74K3PQ9A")])
N("receipt", "bn-Latn", "Bhaia taka paisi 30 hajar, TrxID 8H2J6K4L1M. abbar oshudh kinsi, baki ta ghorer chal er tin er jonno rakhsi. tumi khaw dao thik moto to?", [("mfs_transaction", "8H2J6K4L1M")])
N("receipt", "en", "Exchange receipt: sent 100.000 KWD to Md. Abdul Hannan, Beanibazar, Sylhet. BDT 39,420.00. Ref no. KW20261105447. Thank you for using our service.")
# family
N("family", "bn", "বাবা, তোমার পাসপোর্ট (A09283746) এর মেয়াদ তো মার্চে শেষ হইয়া যাইবো, দূতাবাসে আবেদন দিয়া দিও। আম্মা কইছে ঈদের আগে টাকা লাগবো না, তুমি শরীরের যত্ন নিও।", [("bd_passport", "A09283746")])
N("family", "bn-Latn", "beta, tor chacha re bolsi visa r jonno kono dalal er kase jaibo na, sorkari vabe BMET diye jaibo. taka beshi lagle lagbo, kintu thokbo na. tui o khoj nis")
N("family", "bn", "বিয়ার কথা পাকা, মেয়ের বাড়ি বিশ্বনাথ। তুমি ডিসেম্বরে ছুটি নিয়া আইতে পারবা? আকামা নবায়ন হইছে তো? না হইলে আবার ফিরা যাইতে ঝামেলা")
N("family", "en", "Ammu I sent 40,000 this month, 10k for Mina's school fee, rest for the loan kisti. Tell Abba not to worry, company paid 2 months together this time. TrxID 6D3F8B1K9P", [("mfs_transaction", "6D3F8B1K9P")])
N("family", "bn-Latn", "tumi ki akama renew korso? shunlam tomader company te kar kar naki jorimana hoise. tumi thik aso to? baccha ra tomar kotha jiggesh kore")
N("family", "bn", "ভাইয়া, আমিও কুয়েত যাইতে চাই। তোমার কোম্পানিতে খোঁজ নিয়া দেখো, কোম্পানি নিজে ভিসা দিলে আর খরচ সরকারি হইলে যামু, দালালের মাধ্যমে না।")
N("family", "en", "Bhabi's e-passport came today, photo looks like a criminal lol. She's going to Kuwait only for a visit to see bhaiya, family visit visa approved alhamdulillah.")
# joke
N("joke", "bn-Latn", "kafeel er cheye amar bou beshi strict 😂 phone e bole akama renew korso? na korle ghore dhukte dimu na")
N("joke", "bn", "আমাদের সুপারভাইজার এত ভালো যে কেউ আমারে অন্য কফিলের কাছে বেইচা দিলেও পালাইয়া এইখানে ফিরা আসমু 😂 বেতন টাইমমত, চা ফ্রি")
N("joke", "en", "my phone was confiscated... by my daughter, she's been watching cartoons on it for 3 hours 😭 call me on her mom's number")
N("joke", "bn-Latn", "bhai ajke 16 ghonta ghumaisi, overtime er taka ke dibe? 😂 friday jindabad")
# worker_content
N("worker_content", "bn", "আলহামদুলিল্লাহ, কোম্পানি এই মাসে বেতন ৭ তারিখেই দিছে, ওভারটাইমও আলাদা দিছে। সুপারভাইজার মিশরি, ভালো মানুষ, নামাজের সময় ছুটি দেয়।")
N("worker_content", "en", "Moved to a new company by proper transfer through PAM, my old kafeel signed the release himself, no money taken. Salary 85 KD now, ministry building, morning shift only.")
N("worker_content", "bn-Latn", "ami hospital e cleaner, 8 ghonta duty, friday off. passport amar kase, civil id o. kono problem nai bhai, shudhu gorom beshi ar khabar e jhal kom")
N("worker_content", "bn", "আমি স্কুলে ক্লিনিং করি, মহিলা সুপারভাইজার, খুব ভালো ব্যবহার। স্কুল বন্ধ থাকলেও পুরা বেতন পাই, আকামার টাকা কোম্পানি দেয়।")
N("worker_content", "en", "Iqama renewed for 2 years, company paid the fees and health insurance. Finally I can go home to Sylhet for vacation in June inshallah.")
# chatter (hard)
N("chatter", "bn-Latn", "kalke ke ke Mangaf e jaiba? Sylhet samity r meeting. Jalal bhai akama r kagoj gula niya ashben, jader jorimana hoise tader kagoj thik korte help korbo")
N("chatter", "en", "Anyone know how long the Sahel app takes to show residency renewed? Mine still shows the old expiry and the company says it's done.")
N("chatter", "bn", "ক্যাম্পে আজ বিরিয়ানি রান্না হইছে, সবাই মিলে চাঁদা দিছি। সুপারভাইজারও আইসা দুই প্লেট খাইছে 😄")
N("chatter", "bn-Latn", "Hasan bhai er transfer hoye gelo Ahmadi r ekta company te, notun kafeel naki valo. amra 5 jon mile farewell e cha singara khaisi")
N("chatter", "en", "Brothers, if anyone is going to Bangladesh next week please take a small packet for my mother in Sylhet, just medicine and a shawl. I'll pay for the weight.")
N("chatter", "bn", "বাড়িওয়ালা কইছে এ মাস থাইকা ভাড়া দশ দিনার বাড়াইবো। ফ্যামিলি নিয়া থাকা কঠিন হইয়া যাইতেছে, ভাবতেছি বউ বাচ্চারে দেশে পাঠাই দিমু")
N("chatter", "bn-Latn", "bhai notun sim nisi, ei number ta save koro +965 5521 8730. purana ta bondho", [("phone", "+96555218730")])
N("chatter", "en", "Football tomorrow after Asr, Bangladesh camp vs Nepal camp, loser pays shawarma. Join the group @kw_bd_camp_football for the lineup", [("telegram", "@kw_bd_camp_football")])
N("chatter", "bn", "জোছনা আপা কাল হাসপাতালের ডিউটিতে আসবো না, মেয়ের জ্বর। কেউ তার শিফট ধরতে পারবা? সুপারভাইজার কইছে সমস্যা নাই।")
N("chatter", "bn-Latn", "Kafeel bolse eid e 3 din chuti, ar bonus 20 dinar. sobai khushi, ami Fahaheel jabo kapor kinte")
N("chatter", "bn", "দেশে টাকা পাঠাইলাম, রেট আজ ৩৯৫, গত সপ্তাহে ৩৯২। হুন্ডিতে বেশি দেয় শুনি, কিন্তু আমি ব্যাংকেই পাঠাই, প্রণোদনাও পাই, ঝামেলাও নাই।")
# everyday (not hard)
N("chatter", "bn", "আজকে কাজ তাড়াতাড়ি শেষ। তোমরা খাইছো?", hard=False)
N("chatter", "bn-Latn", "kita khobor, bala ni? barir sob bala?", hard=False)
N("chatter", "en", "Good morning bhai, jummah mubarak", hard=False)
N("chatter", "bn", "সিলেটে আজ খুব বৃষ্টি, জিন্দাবাজারে পানি উঠছে।", hard=False)
N("chatter", "bn-Latn", "ajke match dekhsos? Bangladesh jitse!! Shakib er bowling dekhla?", hard=False)
N("chatter", "en", "Battery low, call you after maghrib", hard=False)
N("chatter", "bn", "আম্মার শরীর এখন একটু ভালো, ডাক্তার কইছে আরো এক সপ্তাহ ওষুধ খাইতে।", hard=False)
N("chatter", "bn-Latn", "tomar pathano chobi gula khub sundor, babu ta koto boro hoye gese mashallah", hard=False)
N("chatter", "en", "Which SIM has better internet in Kuwait, Zain or Ooredoo? mine keeps dropping in the camp", hard=False)
N("chatter", "bn-Latn", "bhai gorom e mara jaitesi, 51 degree ajke, pani dhalte dhalte shesh", hard=False)


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
    random.Random(173).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev173-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
