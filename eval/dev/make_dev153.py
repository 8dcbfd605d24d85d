"""Blind evaluation set dev153 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a secondary-school teacher on a char in Kurigram whose pupils drop out and are
taken to Dhaka, Gazipur and Narayanganj as child domestic workers, garment helpers or brides; he reads
what parents, pupils, brokers and employers send, and the school's and village's ordinary messages.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev153.jsonl"
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


BTC1 = btc("dev153-btc-1")
TRON1 = tron("dev153-tron-1")
ETH1 = eth("dev153-eth-1")

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

# ---------------- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn", "স্যার, মোর বেটিক ঢাকাত এক বাসাত কাম দিবে কইছিল, সাথে স্কুলত ভর্তি করি দিবে, পড়াশোনা করাইবে। এলা শুনি ওমরা ওক কোনো স্কুলত দেয় নাই, সারাদিন বাসন মাজায় আর বাচ্চা কোলত নিয়া ঘোরে। দালাল কয় চুপ থাকেন, সামনের বছর দিবে।")
F("recruitment_deception", "bn", "গাজীপুরের ফ্যাক্টরিত হেলপারের কাম, মাসে ৮ হাজার, থাকা খাওয়া ফ্রি, এইভাবে কয়া নিয়া গেছে রাশেদক। এখন শুনি ফ্যাক্টরি না, এক ডাইংয়ের গোডাউনে রাইতে বস্তা টানে, হাতে দেয় ৩ হাজার। ওক যে লোক নিছে তার নম্বর ০১৩২৫৭৮৪৬১৯ এখন বন্ধ।", [("phone", "+8801325784619")])
F("recruitment_deception", "bn", "ঘটক কইছিল ছেলে ঢাকাত গার্মেন্টসের সুপারভাইজার, বিয়ার পর বউ নিয়া ভাড়া বাসাত থাকপে। বিয়ার দুই সপ্তা পর মাইয়াক নারায়ণগঞ্জের এক বাড়িত রাখি আসছে, ওটে ছেলের আগের বউ আছে, মাইয়া ওই বাড়ির সব কাম করে। ছেলে সুপারভাইজার না, রিকশা চালায়।")
F("recruitment_deception", "bn-Latn", "Bhai tension nai, meye ke Uttara te ekta bhalo family te dibo, oder ekta baccha dekhbe shudhu, mashe 5000, eid e bari ashbe, padhashonao korabe. Kalke bhor 5 tay Chilmari ghat e niye ashen. Parar kaoke bolar dorkar nai, hingsha kore bhangani dibe.")
F("recruitment_deception", "bn-Latn", "sir ami Rafiq. amake bolse Narayanganj e garments e operator er kaj shikhabe, 3 mash por beton 10 hajar. ekhon dekhi ekta plastic er botol er karkhana, bole training 6 mash, ei shomoy beton nai khali khawa. eita to amake keu bole nai")
F("recruitment_deception", "bn-Latn", "Apa, oi je Shefali khalar maddhome Sadiya ke nilo, bolse Gulshan e doctor er basa, nijer room thakbe. Ajke 2 mash por video call dilo, dekhi Keraniganj er ekta choto tin shed ghor, malik lok nijer nam o bolte chay na. Shefali khala ekhon phone dhore na 01742-658013", [("phone", "+8801742658013")])
F("recruitment_deception", "en", "Sir this is Nasrin, I am using madam phone secretly. They told abba I will study in a madrasa in Dhaka and only help in the house after class. There is no madrasa sir. I clean 3 floors from fajr and they say madrasa next year. Please dont tell anyone I wrote. Dont call back this number 01621-908354.", [("phone", "+8801621908354")])
F("recruitment_deception", "en", "Brother the girl's father thinks she is going to the Savar factory with an ID card. Don't correct him. She goes to the Gazipur house like we discussed. If he asks, tell him factory card comes after 3 months probation.")
# ---------------- fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn", "দালাল কইতেছে মাইয়াক ফেরত আনবার চাইলে আগের অগ্রিম ১৫ হাজার আর গাড়িভাড়া খাওয়া খরচ ৫ হাজার, মোট ২০ হাজার ফেরত দেন। নাইলে দুই বছর কাম করি শোধ করবে, এর আগে ছুটি নাই।")
F("fees_and_debt", "bn", "স্যার, মালিক কয় আমার বেতন থাকি প্রতি মাসে ২ হাজার কাটি রাখে, আব্বা নাকি আগে ৩০ হাজার নিছে। হিসাব চাইলে কয় গ্লাস ভাঙছিস ওইটাও যোগ হইছে। কবে শোধ হবে কেউ কয় না।")
F("fees_and_debt", "bn-Latn", "Chacha apnar polar dadon er 20 hajar ekhono shodh hoy nai. Er moddhe karkhanay khawa thaka r training er khoroch 9 hajar o jog hoise, total 29. Ei hisabe ar 1 bochhor lagbe. Eid er age chhuti nai, pola k bujhai ben. Hisab lagle call den 01518-604732", [("phone", "+8801518604732")])
F("fees_and_debt", "bn-Latn", "Sir, mahajon er kachhe 40 hajar rin, nodi ghor niye gelo. Mahajon bolse Rupa ke or bhagnir Gazipur er basay pathaile rin ar sud lagbe na, Rupa kaj kore shodh korbe, mashe 2000 kore dhora hobe. Meye to matro class 8 e.")
F("fees_and_debt", "bn-Latn", "Nodi bhangar por je 10 hajar dilam ota to sud chhara na mia. Meye k Dhaka pathan, or beton theke katbo. Na pathaile ashar mash er moddhe sud shoho 25 hajar dite hobe, ar kono kotha nai.")
F("fees_and_debt", "en", "Re your son Jahid: Tk 12,000 advance was paid to guardian. He works at the Narayanganj dyeing unit until advance + food + transport + bed (Tk 18,500 total) is cleared. No leave, no salary in hand before clearance. Any runaway, guardian pays double. Supervisor Alamgir +880 1689 452 307", [("phone", "+8801689452307")])
F("fees_and_debt", "en", "Madam, the lady in Mohammadpur says I broke her dinner set and now I owe 7000. She says I cannot go home for Eid until I pay it by working. My salary is 3500 and she keeps it, so I don't know when it will finish.")
# ---------------- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn", "মাইয়াক মোবাইল দেয় না, মাসে একবার ম্যাডামের ফোন থাকি দুই মিনিট কথা কয়, পাশত ম্যাডাম দাঁড়ায় থাকে, মাইয়া খালি কয় ভালো আছি। কোন এলাকাত থাকে সেটাও কবার দেয় না।")
F("isolation_and_control", "bn", "স্যার গেট বাইরে থাকি তালা দিয়া যায় ওমরা, অফিস থাকি আসার আগ পর্যন্ত মুই একলা বন্ধ থাকি। বারান্দাত যাওয়া মানা, জানালায় দাঁড়াইলে পাশের বাসার লোক দেখবে কয়। আপনে কাওকে কইয়েন না।")
F("isolation_and_control", "bn", "রুবিনার আগের নম্বর তিন মাস ধরি বন্ধ। দালাল কয় মালিক নতুন সিম দিছে, নম্বর দিবে না, বাসার লোক চায় না গ্রামের কারো সাথে কথা কউক। ঈদেও নাকি আসপে না। দালালের নম্বর ০১৮৫৬৩০৭২৯৪, ফোন দিলে ধরে না।", [("phone", "+8801856307294")])
F("isolation_and_control", "bn-Latn", "Sir ami ekhon basa theke ber hote pari na. Khala bole bairer lok dekhle police dhore nibe. Phone ta nie nise, ajke chupe driver bhai er phone theke likhtesi, 01894-227310 e call diyen na, shudhu msg diyen.", [("phone", "+8801894227310")])
F("isolation_and_control", "bn-Latn", "Meyer sathe ekhon kotha bolar dorkar nai chachi, notun jaygay mon boshle pore bolbe. Apnara bar bar call dile malik rag kore, meye kande. Ja khobor ami e dibo, meye ke call diben na.")
F("isolation_and_control", "en", "Sir please help. They moved us from the Tongi room to another place at night in a covered van, we don't know which area. 11 girls in one room. Supervisor keeps all our phones in his drawer and gives them 10 minutes on Friday with him standing there.")
F("isolation_and_control", "en", "Tell her family no visits. Last time her uncle came she cried for a week and didn't work. If they want to talk, once a month, on my phone, speaker on. And her husband has her NID and passport BX0731846, those stay with us.", [("bd_passport", "BX0731846")])
F("isolation_and_control", "en", "Saw Anowar's brother at Chilmari ghat. He says Anowar is kept inside the factory compound in Kanchpur, they sleep on the floor there, gate opens only Friday 2 hours and the line chief walks them to the bazar and back.")
# ---------------- labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn", "ভোর ৫টাত উঠি রাত ১টা পর্যন্ত কাম, দুপুরে ভাত দেয় না, রাইতে বাসি খাবার। কোনো দিন ছুটি নাই, অসুখ হইলেও কাম। মাইয়াটার বয়স খালি ১২, হাতের চামড়া উঠি গেছে সাবানে।")
F("labour_exploitation", "bn", "চাইর মাস ধরি বেতন দেয় না স্যার, কয় বাড়ি যাওয়ার সময় একবারে দিবে, এখন নিলে খরচ করি ফেলবি। আব্বা ফোন দিলে কয় টাকা জমা আছে। আমি একটা টাকাও চোখে দেখি নাই।")
F("labour_exploitation", "bn", "ফ্যাক্টরিত রাইত ৩টা পর্যন্ত ওভারটাইম, ওভারটাইমের টাকা দেয় না, হাজিরা কার্ডে নাম আরেকজনের। বায়ার আসার দিন হামাক বাথরুমে ঢুকাই তালা দেয় যেন ছোট পোলাপান না দেখে।")
F("labour_exploitation", "bn-Latn", "Sir ekhane ami r Shila dui jon 4 tola basa mochhi, kapor haat e dhui, 2 ta baccha dekhi. Ghumai rannaghorer mejhe te. Khai oder baki khabar. 8 mash e ekbar o beton hate pai nai, bole abba k bkash e dey, abba bole pai nai.")
F("labour_exploitation", "bn-Latn", "Bhai Kanchpur er boiler section e 16 ghonta duty, shaptahe chhuti nai. Ekjoner haat puira gese, doctor dekhay nai, uldo 3 din er beton katse. Amader char er 5 jon ache ekhane, keu kichu bolle bole chole ja, taka pabi na.")
F("labour_exploitation", "en", "Apa, the brick kiln near Narayanganj: kids carry 1000 bricks a day for 150 taka, no water break, sleep under a plastic sheet next to the kiln. Sardar keeps the season money till Boishakh. Mostly from our char, Hasan from class 6 is one of them.")
F("labour_exploitation", "en", "Sir we work 7 days. Ironing room is too hot, 2 boys fainted last week. One meal, rice and dal at 4 pm. If production is short they cut 500 from the month. I am getting 4200 for 14 hours.")
# ---------------- sexual_exploitation (7: bn 2, bn-Latn 2, en 3)
F("sexual_exploitation", "bn", "মোর বইনোক বিয়ার কথা কয়া নিয়া গেছে, এলা শুনি দৌলতদিয়াত রাখছে। ওটের সর্দারনী ০১৯২৬৪৮৩৫১৭ থাকি ফোন দিয়া কয় ৮০ হাজার দিলে ছাড়বে, নাইলে ওর দেনা শোধ হয় নাই। মুই কোনটে পাইম এত টাকা।", [("phone", "+8801926483517")])
F("sexual_exploitation", "bn", "হোটেলের ম্যানেজার কইলো চরের নতুন মাইয়া আইছে দুইটা, বয়স কম, কথা কম কয়। রাইতে গেস্টের রুমে পাঠাইবো। তুই কাস্টমার আন, প্রতি রাইতে ১৫০০ তোর কমিশন।")
F("sexual_exploitation", "bn-Latn", "Sir, Mukta ke je beauty parlour er kaj bole Dhaka nise, or ekta video amar cousin er phone e ashse, ekta hotel er room. Shunchi raat e guest ashe, manager taka ney, o ber hoite pare na. Or maa ke ki bolbo bujhtesi na.")
F("sexual_exploitation", "bn-Latn", "Natun 2 ta mal ashse uttor theke, fresh, kotha kom bole. Full night 6k, short 2k. Room Jatrabari. Advance bkash e, details inbox @jatrabari_room_bd", [("telegram", "@jatrabari_room_bd")])
F("sexual_exploitation", "en", "My cousin got a message from the man who married Rima. He wants Rima to 'entertain' his boss at a flat in Mirpur or he will send her back divorced and tell the whole char she is spoilt. She is 15.")
F("sexual_exploitation", "en", "New girls from north Bengal, village fresh 🌸 young & shy, Banani/Gulshan hotel service, outcall available 24/7. Booking only WhatsApp wa.me/8801956330471", [("whatsapp", "+8801956330471")])
F("sexual_exploitation", "en", "Apa they said work at a spa in Narayanganj, massage only. Now madam says every girl 8 customers a day, she keeps the money, we get only tips. Whoever refuses gets no food. I want to come home. Madam number is 01576-209835 if police need.", [("phone", "+8801576209835")])
# ---------------- minors (8: bn 2, bn-Latn 3, en 3)
F("minors", "bn", "১১-১৪ বছরের মাইয়া লাগবে, বাসার কাজ, ঢাকা বনশ্রী। গরিব ঘরের হইলে ভালো, কথা শুনবে। অভিভাবকরে ৫ হাজার অগ্রিম। জন্ম নিবন্ধনে বয়স বাড়ায় দেওয়া যাবে। যোগাযোগ ০১৭৮৪৫৬২০৯৩", [("phone", "+8801784562093")])
F("minors", "bn", "কাবিনে বয়স ১৮ লেখা হইছে, কাজী সাহেব জন্ম সনদ দেখে নাই, টাকা নিয়া লেখি দিছে। মাইয়া মোর ক্লাস সেভেনে পড়ে স্যার। ছেলের বাপ কয় বিয়ার পর ঢাকা নিয়া ওমার আত্মীয়র বাসাত কামে দিবে।")
F("minors", "bn-Latn", "Registration e boyosh 18 likhe dao, card banaite hobe. Meye dekhte choto lage, salwar pore pathaio, chul bendhe. Meyer jonmo nibondhon r abba r NID 1958342671 pathan, baki ami dekhbo. Gazipur e checking ase.", [("bd_nid", "1958342671")])
F("minors", "bn-Latn", "sir ami class 7 er Shahin. Ami ekhon Tongi te ekta hotel e thala dhui r table mochhi. Malik bole keu boyosh jigaile bolbi 16. Raat e table er upor ghumai. Abba ke bolben na please")
F("minors", "bn-Latn", "Kalke 3 ta chotto meye jabe raater bus e, Kurigram to Mohakhali. Shobai class 5-6 er. Bus e keu jigaile bolbi khalar basa jaitesi. Shupervisor Mohakhali counter e nibe, oder kache kono kagoj dibi na. Counter er Babul 01865-349127", [("phone", "+8801865349127")])
F("minors", "en", "Need 2 small boys 10-12 for the tea stall and 1 girl for the house. Smaller is better, they eat less and don't argue. Fathers get 3000 each at Eid. Bring them before school opens so no teacher asks. Call or IMO 01738-492615", [("phone", "+8801738492615")])
F("minors", "en", "Madam I am Jui from class 6. The house lady says I am old enough to work, not to study. I am 11. I also look after her baby at night so I sleep 4 hours. She says if I go back to school I will only get married anyway.")
F("minors", "en", "Forwarding the kabin copy: bride age written 19 but Runa was born 2013, she was in class 6 at our school last year. The groom's side in Narayanganj took her last week. Ghotok got 10,000 and says she will work in the groom's aunt's house.")
# ---------------- payments_and_proceeds (8: bn 3, bn-Latn 3, en 2)
F("payments_and_proceeds", "bn", "তোর বাপের বিকাশে ৫০০০ পাঠাইছি মাইয়ার অগ্রিম হিসাবে, বাকি ৩০০০ মোর কমিশন কাটি রাখছি, পার্টির থাকি ৮ হাজার আসছিল। বাপোক কইস না। TrxID BHK4L7P2QW", [("mfs_transaction", "BHK4L7P2QW")])
F("payments_and_proceeds", "bn", "প্রতি মাসে মাইয়ার বেতন আপনার নগদে যাবে না, মোর নম্বরে আসবে, খরচাপাতি কাটি মুই আপনাক দিমু। মাইয়াক বেতনের কথা কবার দরকার নাই। নম্বর ০১৬২৯৩৮৫৭৪১", [("phone", "+8801629385741")])
F("payments_and_proceeds", "bn", "টাকার ভাগ এইভাবে: ঘটক ১০, দালাল ১৫, বাকিটা ঢাকার পার্টির। এক নম্বরে সব নিবি না, ক্যাশ আউট করি আলাদা আলাদা এজেন্টে দিবি, এক এজেন্টে ২০ হাজারের বেশি না। রেফারেন্সে কিছু লেখবি না।")
F("payments_and_proceeds", "bn-Latn", "Bhai Nagad e 12000 dilam, TxnID 7N3KQ9XD. Note e meyer salary likhi nai. Ekhon theke mash e 2000 kore pathabo, baki ami jomai rakhbo, jodi meye palay tahole ota diye khoroch uthabo.", [("mfs_transaction", "7N3KQ9XD")])
F("payments_and_proceeds", "bn-Latn", "Ei mash e 4 ta meye pathaisi Gazipur, party per head 8 hajar dey. Taka amar bkash e na, Chilmari bazar er agent dokane cash in korbe, number ami inbox e dibo, jeno amar nam kothao na ase.")
F("payments_and_proceeds", "bn-Latn", "Chachi apnar meyer 3 mash er beton 9000 ami rakhsi, khoroch katar por 2200 pathailam. Trx ID AJ82KXN5PL. Bakita pore, meye ke kintu eta bolben na, o bhabbe beton beshi.", [("mfs_transaction", "AJ82KXN5PL")])
F("payments_and_proceeds", "en", f"Pay the balance for the 3 girls in USDT TRC20 only, no bKash this time, police are checking agents in Gazipur. Wallet: {TRON1} . Send screenshot after, then I release them to the Narayanganj house.", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Boss says send the Narayanganj house payment split into 5 cash-ins under 10k, different agents, reference 'family'. Give the receipts to me, not to the girl's father. Agent Rubel 01937-564028 knows.", [("phone", "+8801937564028")])
# ---------------- threats_and_coercion (7: bn 2, bn-Latn 3, en 2)
F("threats_and_coercion", "bn", "মাইয়াক ফেরত নিবার চাইলে থানাত যাবেন না। গেলে চুরির মামলা দিমু, কমু সোনার চেইন চুরি করছে, সাক্ষী রেডি আছে। তখন জেলে পচবে, আপনারাও কোর্টে দৌড়াইবেন।")
F("threats_and_coercion", "bn", "তোর মায়ের কাছে গিয়া কমু তুই খারাপ হয়া গেছিস, ছবি দেখামু। চরের সবাই জানবে, তোর বইনের আর বিয়া হবে না। চুপচাপ কাম কর, পালানোর চিন্তা করিস না।")
F("threats_and_coercion", "bn-Latn", "Khala boleche ami palaile amar choto bon ke o nie ashbe, r abba r name mamla dibe je ami taka churi korsi. Kal dudh pore gese bole gorom khunti diye haat e chhaka dise. Sir ami ki korbo")
F("threats_and_coercion", "bn-Latn", "Ekbar kotha diye pichaile kintu bhalo hobe na chacha. Apnar ghor to nodir dhare, raat e ki hoy ke jane, bujhen to. Meye ke porshu bhor e ghat e ana chai, ar kono bahana na.")
F("threats_and_coercion", "bn-Latn", "Tor bhai ke o to chini, Ulipur school e pore. Tui jodi NGO r apar sathe ar kotha bolish, or kichu hoile amake doshbi na. Chup thak, kaj kor.")
F("threats_and_coercion", "en", "Sir, he said if I go to the NGO or the police he will send the photos he took of me to everyone in the village and to my father. He has them on his phone. He says no one will marry me then.")
F("threats_and_coercion", "en", "Your daughter ran off with 20k cash from my house. Bring her back in 3 days or I file a case at Uttara thana and the police come to your char. She goes to jail, not me. Don't play with me. 01812-760493", [("phone", "+8801812760493")])

# ================= OK
# news
N("news", "bn", "কুড়িগ্রামে শিশু পাচারকারী চক্রের ৩ সদস্য আটক, ৫ শিশু উদ্ধার। র‍্যাব জানায়, ঢাকায় বাসাবাড়িতে কাজ ও পড়াশোনার কথা বলে তারা চরাঞ্চলের শিশুদের নিয়ে যেত।")
N("news", "bn", "নারায়ণগঞ্জে অভিযান চালিয়ে দুই কিশোরীকে উদ্ধার করেছে পুলিশ, দালাল গ্রেপ্তার। তারা চিলমারীর বাসিন্দা, চাকরির প্রলোভনে নেওয়া হয়েছিল। মামলা হয়েছে মানবপাচার প্রতিরোধ আইনে।")
N("news", "en", "Gazipur: police rescued 14 child workers from a knitting unit in Konabari on Tuesday; the owner was arrested. Most of the children were from Kurigram and Gaibandha, officials said.")
N("news", "en", "Malaysia labour market: migration cost is capped at Tk 79,000, but workers report paying Tk 5-7 lakh to middlemen, a newspaper investigation found.")
N("news", "bn-Latn", "Shunsen? Roumari te kal ekta bal bibaho bondho korse UNO sir, meyer boyosh 14. Barer baba r kazi ke jorimana korse. Meye abar school e ashbe bolse.")
# awareness
N("awareness", "bn", "সচেতনতা: অপরিচিত কেউ ঢাকায় ভালো কাজ বা ভালো বিয়ের প্রস্তাব দিলে যাচাই করুন। শিশুকে কাজে পাঠাবেন না। পাচারের সন্দেহ হলে ৯৯৯ অথবা শিশু সহায়তা ১০৯৮ নম্বরে ফোন করুন।")
N("awareness", "bn", "সাবধান! 'ঢাকায় বাসার কাজে মেয়ে লাগবে, অভিভাবককে অগ্রিম দেওয়া হবে' এই ধরনের পোস্ট দেখে সন্তানকে দিবেন না। অনেক সময় এগুলো পাচারকারীর ফাঁদ। বেশি বেশি শেয়ার করুন।")
N("awareness", "en", "Dear parents, a child under 14 cannot be employed in any work, and under 18 not in hazardous work. If a broker offers advance money for your child, call the child helpline 1098. - Char Unnayan Forum")
N("awareness", "en", "Never hand your child's birth certificate or your NID to a broker. Changing a child's age on papers to get a factory card is a crime. Questions: info@charunnayan.org", [("email", "info@charunnayan.org")])
N("awareness", "en", "Before anyone in your family goes abroad, check the agency licence on the BMET website https://www.bmet.gov.bd and keep copies of passport and contract at home. Nobody except you should keep your passport.", [("url", "https://www.bmet.gov.bd")])
N("awareness", "bn-Latn", "Abhibhabak der proti onurodh: meye ke Dhaka kaje pathanor age malik er nam, thikana, phone number amake diye jaben, r school theke TC niben na. Boyosh 18 er kom hole kono kaje dibo na amra. - Headsir")
N("awareness", "bn-Latn", "Kishori club er meyera aj natok korlo, 'Ghotok er fand'. Ghotok biye r nam e Dhaka niye jay, pore meye ke bikri kore, etai dekhalo. Shobai onek hat tali dilo, video group e dilam.")
# official
N("official", "bn", "বিজ্ঞপ্তি: ৯ম শ্রেণির উপবৃত্তির টাকা আগামী সপ্তাহে অভিভাবকের নগদ নম্বরে পাঠানো হবে। যেসব শিক্ষার্থীর উপস্থিতি ৬০% এর কম তারা পাবে না। প্রধান শিক্ষক")
N("official", "bn", "জেলা প্রশাসন, কুড়িগ্রাম: বাল্যবিবাহমুক্ত জেলা গড়তে বিয়ের আগে বর-কনের জন্ম নিবন্ধন যাচাই বাধ্যতামূলক। বয়স ১৮ এর কম হলে কাজী সাহেবগণ বিয়ে রেজিস্ট্রি করবেন না।")
N("official", "en", "BMET notice: Registration for overseas employment is free on the Ami Probashi app. The government-fixed migration cost for Malaysia is Tk 79,000 including all fees. Do not pay any middleman. Smart card is issued only by BMET.")
N("official", "en", "District Employment and Manpower Office, Kurigram: free 30-day pre-departure training for women domestic workers going to Saudi Arabia. Training certificate needed for the smart card. No fee is taken.")
N("official", "en", "Department of Labour reminder: under the Domestic Workers Protection and Welfare Policy 2015 no child under 14 may be employed as a domestic worker; 14-18 only light work with guardian's consent.")
N("official", "bn-Latn", "Upazila mohila bishoyok office theke janano hocche, kishori club er meeting shonibar 3 tay amader school e. Bal bibaho r nirapod obhibashon niye alochona, abhibhabak ra o ashben. Jogajog: 01318-472096", [("phone", "+8801318472096")])
N("official", "en", "SSC registration 2027: 38 students, fee Tk 1,850 each as per board circular. Collect by 20th with official receipts from the office. No extra money to be taken from any student.")
# receipt
N("receipt", "bn", "আপনি ৳৩,০০০ পেয়েছেন ০১৭১৫৮৪৩২৯০ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৩,২১০.৫০। TrxID CG71K2MZ0Q। ১২/১১/২০২৬ ১৮:৪২", [("phone", "+8801715843290"), ("mfs_transaction", "CG71K2MZ0Q")])
N("receipt", "en", "You have received Tk 6,500.00 from 01823459017. Ref: ammar oshudh. Fee Tk 0.00. Balance Tk 6,742.10. TrxID BJ94QX2LMN at 03/12/2026 20:15", [("phone", "+8801823459017"), ("mfs_transaction", "BJ94QX2LMN")])
N("receipt", "en", "Nagad: Cash In Tk 10,000 to 01946218370 successful. TxnID 73HKZ8Q1. Balance Tk 10,050.00. Thank you for using Nagad.", [("phone", "+8801946218370"), ("mfs_transaction", "73HKZ8Q1")])
N("receipt", "bn-Latn", "Ma, 4000 pathailam Nagad e, TxnID 8KD2L5QX. 1500 Mimi r boi khata, baki tomar oshudh. Overtime er taka paile aro dibo, chinta koiro na.", [("mfs_transaction", "8KD2L5QX")])
N("receipt", "bn-Latn", "Bhai 1200 pathaisi tomar bkash e, Trx AK57RM2X9P, Sakib er coaching fee. Pele ekta msg dio.", [("mfs_transaction", "AK57RM2X9P")])
N("receipt", "bn", "উপবৃত্তি: আপনার নগদ অ্যাকাউন্টে ৳১,৫০০ জমা হয়েছে। শিক্ষার্থী: মোছা. সুমি খাতুন, ৭ম শ্রেণি। TxnID 74QPLK2M", [("mfs_transaction", "74QPLK2M")])
# family
N("family", "bn", "ভাইয়ের পাসপোর্ট করতে কুড়িগ্রাম অফিসে গেছিলাম, পুলিশ ভেরিফিকেশন বাকি। কোনো দালাল ধরি নাই, অনলাইনে নিজেই ফরম পূরণ করছি। পাসপোর্ট নম্বর আসলে A03928174, লেখি রাখো।", [("bd_passport", "A03928174")])
N("family", "bn", "বড় আপার মাইয়ার বিয়া, ছেলে নারায়ণগঞ্জের গার্মেন্টসে কোয়ালিটি ইনচার্জ। মাইয়ার বয়স ২০, অনার্স পড়ে, বিয়ার পরেও পড়বে। দাওয়াত দিলাম, সবাই আসিস।")
N("family", "bn", "আম্মা, স্কুলের স্যার বাড়িত আসছিল, কইছে রুমানা যেন পড়া বন্ধ না করে, উপবৃত্তি পাবে। আব্বাক কন ঘটকের কথা না শুনে, আগে এসএসসি।")
N("family", "bn-Latn", "Apa, Shimu r biye thik hoise, chhele Ulipur er, primary school er teacher. Meyer boyosh 21 hoise, kabin 1 lakh. Shobai ashben 15 tarikh, bou bhat Ulipur e.")
N("family", "bn-Latn", "Bhai, NGO r kisti 2500 ei shoptahe dite hobe, dhan bechle dibo. Tumi ektu apa ke bolo 2 din por nite. Ar Dhaka theke kono kaj er khobor paile amake bolo, nijei jabo, 25 bochhor hoise to.")
N("family", "en", "Abba, don't worry about the fees. I'll send Rina's form fill-up money by bKash on Sunday. Keep her in school and don't listen to anyone about marriage before her HSC.")
N("family", "en", "Bhabi, Sumi is joining her husband in Dhaka after her HSC exam. She's 20 now, he works at a pharmacy in Mirpur. They've rented one room. Please pray for them.")
N("family", "bn-Latn", "Mama ke bolo amar passport ta jeno Dubai company r office theke na rakhe, ami nijer kache rakhchi, iqama o hoye gese. Ar 2 mash por chhuti pabo, bari ashbo. Amar notun number +971 52 418 3706, imo teo ase.", [("phone", "+971524183706")])
# worker_content
N("worker_content", "bn", "আম্মা, মুই গাজীপুরে ভালো আছি। ফ্যাক্টরিত আটটা থাকি পাঁচটা, শুক্রবার বন্ধ। বেতন ১২৫০০, ওভারটাইম আলাদা, ব্যাংকে আসে। মেসে চাইরজন থাকি, চিন্তা করেন না।")
N("worker_content", "bn", "স্যার, মুই ঢাকাত এক আপার বাসাত রান্নার কাম করি, বয়স এখন ২২। মাসে ৯ হাজার, ঈদত বোনাস দিছে, বাড়ি যাওয়ার ছুটিও দিছে। নিজের ফোন, যখন মন চায় কথা কই। মোর বইনোক আপনার স্কুলত দিমু।")
N("worker_content", "en", "Sir, I am Habib, your old student. Now junior operator at a Gazipur factory, 19 years old, got my NID, salary comes to my bank account. In the evening I study open university HSC. Thank you sir.")
N("worker_content", "bn-Latn", "Sir ami Tongi te helper theke operator hoisi, 18 hoise gotomash e. Beton 11 hajar, room e 3 jon, shukrobar chhuti. Choto bhai ke kintu school e e rakhben, or kaj korar boyosh hoy nai.")
N("worker_content", "bn-Latn", "Apa ami Dhanmondi te je basay kaj kori, khalamma amake shondha te coaching e dise, private e SSC dibo. Ami ekhon 19. Phone amar nijer, prottek shukrobar bari te kotha boli. Kono problem nai.")
N("worker_content", "en", "Sir my salary increased to 14,200 from this month, they gave me the appointment letter and ID card. Day off Friday, and the company bus takes us from the mess. Will visit the school in Eid.")
# joke
N("joke", "bn", "বউ কইলো মোবাইল জব্দ, রাইত দশটার পর আর ফেসবুক না। স্বাধীনতা শেষ ভাই 😂 কার কাছে নালিশ দিমু?")
N("joke", "bn", "মাস্টারের বেতন তিন মাস বাকি, তাইলে হামরাও নাকি 'বন্ডেড লেবার' 😅 এমপিওর টাকা কবে আসপে আল্লাহ জানে।")
N("joke", "en", "Student excuse of the year: 'Sir I couldn't do homework, my mother locked me inside the house so I don't go to the mela' 😂😂")
N("joke", "en", "My son says school is a prison: locked gate, no phone, 6 hours hard labour 😂 I told him wait till he gets a job.")
N("joke", "bn-Latn", "Amar bou bole ami naki or 'kajer lok', beton chhara 24 ghonta duty 😂 ILO te mamla korbo naki bhabtesi")
N("joke", "bn-Latn", "Ghotok chacha aj 4 no. biye r prostab niye ashse, tao amar jonno na, amar chagol er jonno 😂 char e ar ki baki ase")
# chatter (hard)
N("chatter", "bn-Latn", "Bhai class 8 er attendance e 6 jon nai ei shoptahe, mone hoy dhan katar kaje gese baba der sathe. Ashle ektu kotha bolen, r Monday te exam routine din.")
N("chatter", "bn-Latn", "Ajke union parishad e jonmo nibondhon sanshodhon er line onek lomba, Rafiq er meyer jonmo sal vul chhilo. Kal abar jabo sokal e.")
N("chatter", "en", "Reminder: stipend list due Thursday. Shapla's father came by, she'll go to her aunt in Rangpur for eye treatment for a week, back before the exams.")
N("chatter", "bn", "ক্লাস নাইনের সোহেল গার্মেন্টসে যাবার চাইছিল, ওর আব্বাক বুঝাইছি, এসএসসি পর্যন্ত পড়ুক। আজ ক্লাসে আসছে, মন দিয়া অংক করছে।")
N("chatter", "en", "Follow our school's new page for results and notices: @charbarobari_hs on Instagram. Pupils, no personal messages to teachers there please.", [("instagram", "@charbarobari_hs")])
N("chatter", "bn", "উত্তরার এক ভাবি বাসার কামের জন্য লোক খুঁজতেছে, কিন্তু আমি কইছি প্রাপ্তবয়স্ক মহিলা ছাড়া দিমু না, আর বেতন, ছুটি লিখিত দিতে হবে। রাজি হইলে জানাইবো। ভাবির নম্বর ০১৬৭৩৯৪০২৫৮।", [("phone", "+8801673940258")])
N("chatter", "en", "Meeting with the NGO apa went well. They'll give 20 bicycles to girls from the far chars so they don't drop out. List of names by Sunday, call her at 01552-837604.", [("phone", "+8801552837604")])
N("awareness", "bn-Latn", "Shabdhan, ei number theke Dhaka basar kaj er call ashle meye diben na, amra thanay janaisi: 01798-335216. Shobai nijer group e share koren. - Char er moholla committee", [("phone", "+8801798335216")])
# everyday (not hard)
N("chatter", "bn", "কাল সকালে স্কুলে জাতীয় পতাকা উত্তোলন, সবাই সাদা জামা পরি আসবে।", hard=False)
N("chatter", "bn", "নদীত পানি বাড়তেছে, কাল মনে হয় নৌকা আসপে না। বাচ্চাদের কন বাড়িত থাকতে।", hard=False)
N("chatter", "bn", "স্যার, আগামীকালের বিজ্ঞান ক্লাসে প্রাকটিক্যাল খাতা আনতে হবে কি?", hard=False)
N("chatter", "bn-Latn", "Sir ajke ki class hobe? brishti onek, ghat e nouka nai", hard=False)
N("chatter", "bn-Latn", "Nouka chharbe 9 tay, ghat e thakben. Bazar theke chini r lobon aniyen.", hard=False)
N("chatter", "bn-Latn", "Happy birthday Mitu apu! onek onek doa roilo 🎂❤️", hard=False)
N("chatter", "en", "Please send the class 7 math question paper by tonight, printing tomorrow morning.", hard=False)


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
    random.Random(153).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev153-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
