#!/usr/bin/env python3
"""Blind dev set dev78: 120 items (60 flag / 60 ok), written on 2026-12-06 by a writer who never read the
rules, the other sets or the code; persona: a counsellor in a Dhaka shelter for girls brought back from India (Kolkata,
Mumbai, Bengaluru) and from the Daulatdia brothels: TikTok and Likee lures, 'model' and parlour jobs,
boyfriends who sold them, madams who kept the money, threats to their families; the girls', the
brokers' and the customers' messages. Run from the repository root.
Held out from round 13 of issue 15 and scored only in aggregate, at its start and at its end
(docs/rules.md, "Measuring the packs").
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev78.jsonl"
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


BTC1 = btc("dev78-btc-1")
TRON1 = tron("dev78-tron-1")
ETH1 = eth("dev78-eth-1")

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
LE, TC, SE, MN = "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"

# recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F(RD, "bn", "আপু তোমার টিকটক ভিডিও গুলা দেখলাম, মাশাল্লাহ অনেক সুন্দর 😍 কলকাতায় আমাদের মডেলিং হাউস আছে, শাড়ি আর জুয়েলারির শুটিং। মাসে ৬০-৭০ হাজার রুপি কামাইতে পারবা। পাসপোর্ট ভিসা কিছু লাগবে না, বর্ডার আমাদের লোক পার করাই দিবে। আগে গিয়া দেখো পছন্দ না হইলে চইলা আসবা")
F(RD, "bn", "আপা আমারে কইছিল মুম্বাইয়ে বড় বিউটি পার্লারে চাকরি, থাকা খাওয়া ফ্রি, মাসে ২৫ হাজার। আসার পর ম্যাডাম কয় পার্লারে এখন জায়গা নাই, আপাতত আমার বাসায় থাক পরে দেখমু। তিন সপ্তাহ হইলো পার্লার চোখেও দেখি নাই")
F(RD, "bn", "জান তুমি শুধু একবার বেনাপোল আসো, ওপারে আমার মামার গার্মেন্টস আছে, দুইজনে কাজ করমু। ৬ মাস টাকা জমাইয়া বিয়া কইরা ফিরা আসমু ইনশাল্লাহ। আব্বা আম্মারে কিছু কইও না, পরে সারপ্রাইজ দিমু 😘❤️")
F(RD, "bn-Latn", "hi dear tmr likee live dekhsi, tmi onk valo dance paro 💃 bengaluru te ekta event company te dancer lagbe, 5 star hotel e program, 1 mash e 80k rupees. kono experience lagbe na, ami sob setting kore dibo. imo te knock dio 01934-567812", [("phone", "+8801934567812")])
F(RD, "bn-Latn", "apu ami to vabsilam restaurant e kaj. oi bhai bolse kolkata te boro hotel e waiter er job, uniform dibe. ekhane eshe dekhi highway r pashe ekta dhaba r pichoner ghor, bole kaj ekhane ei, hotel er kotha vule jao")
F(RD, "bn-Latn", "Mumbai te music video r shooting, 3 mash er contract, 2 lakh rupee. passport visa lagbe na amader lok border e receive korbe. insta te @glam.models.mumbai follow koro, oikhane amader kaj dekho. tomar full pic inbox koro, ekhon kaoke bolba na", [("instagram", "@glam.models.mumbai")])
F(RD, "en", "Hi dear, we are casting new faces for a Kolkata based fashion brand. Age 18-24, fair, slim. Salary 45,000 INR + free stay + food. No passport required, our team arranges travel from Jessore side. Send full length pics to Telegram @kolkata_face_castin, hurry only 5 seats", [("telegram", "@kolkata_face_castin")])
F(RD, "en", "they told me spa job in Bengaluru, receptionist only, sit at desk and take bookings. when i came the madam said receptionist post is already filled, you will do massage for the customers, same money. i didnt even know what kind of massage she meant")

# fees_and_debt (8: bn 3, bn-Latn 2, en 3)
F(FD, "bn", "ম্যাডাম বলে তোকে আনতে ৮০ হাজার খরচ হইছে, দালালরে দিছি, বর্ডারের লাইনম্যানরে দিছি। ওইটা শোধ না হওয়া পর্যন্ত হাতে একটা টাকাও পাবি না। প্রতিদিন খাতায় হিসাব লেখে আর দেনা খালি বাড়ে")
F(FD, "bn", "খালা কইলো ঘর ভাড়া দিনে ৫০০, খাওয়া ৩০০, শাড়ি কসমেটিক্স সব আমার নামে লেখা থাকে। যা কামাই তার অর্ধেক সে রাখে, বাকিটা নাকি দেনায় যায়। দুই বছর হইলো দেনা শেষ হয় না আপা")
F(FD, "bn", "দালাল আব্বার কাছ থেকে ৪০ হাজার নিছে মেয়েরে পার্লারে কাজ দিবে বইলা। এখন আবার ফোন দিয়া কয় আরো ৩০ হাজার না দিলে মেয়েরে ফেরত পাঠাইবো না, ওর পিছনে নাকি খরচ হইছে। আব্বা গরুটা বেচার কথা ভাবতেছে")
F(FD, "bn-Latn", "apa boss bolse amar naam e 1 lakh 20 hajar rupee dena, bus ticket, khabar, dress, mobile sob dhorse. protidin 3000 kete rakhe. bole jodi palai tahole dena ta amar ma er kach theke uthabe, gram er thikana o jane")
F(FD, "bn-Latn", "khala meye ke parlour e kaj dibo kintu agey 25 hajar taka jama dite hobe, training r thaka khawar jonno. baki ta prothom 3 mash er salary theke kete nibo. taka ta 01822-437190 e bkash koren, personal number, cash out korben na", [("phone", "+8801822437190")])
F(FD, "en", "Ur advance was 50k n u paid nothing back yet. Every day u sit idle is 1000 fine added. Dont think u can go anywhere before clearing it, the khata is with me")
F(FD, "en", "The lady in Mumbai said I cost her 1.5 lakh and she has to get it back from my work. Then she gave me to another house in Pune and told me now my debt is with them, and it became 2 lakh somehow")
F(FD, "en", "My mother took an NGO kisti of 60,000 to pay the broker for my 'salon job'. The job never happened and now the broker says pay 40,000 more for the new placement or forget it. Ma pays the kisti every week from her tea stall")

# payments_and_proceeds (7: bn 2, bn-Latn 3, en 2)
F(PP, "bn", "ভাই টাকা আমার বিকাশে দিবেন, মেয়ের হাতে কিছু দিবেন না। ০১৭৬৫-২৩৪৮৯১ পার্সোনাল, সেন্ড মানি কইরা স্ক্রিনশট দেন তারপর ঠিকানা পাঠামু", [("phone", "+8801765234891")])
F(PP, "bn", "কলকাতার টাকা এইবার হুন্ডিতে আসবে, রুপি দিয়া দিছি বড়বাজারের লোকরে। তুই যশোরে আলমগীর ভাইয়ের দোকান থিকা ক্যাশ নিবি, কোড ৪৪৭। মেয়েগুলার বাড়িতে এখন কিছু পাঠাবি না, পরে দেখমু")
F(PP, "bn-Latn", "booking er 5000 taka 3 vage pathan, 2000 ei nagad e 01611-908273, 2000 bkash 01987-665120 r 1000 rocket e. ek number e sob pathaben na, account atkay jay", [("phone", "+8801611908273"), ("phone", "+8801987665120")])
F(PP, "bn-Latn", "joto customer ashe sob taka didi ney, amra ekta taka o dhorte pari na. mash sheshe bole tor bari te 3000 pathaisi. ma ke phone dile ma bole kono taka pay nai")
F(PP, "bn-Latn", "bhai payment paisi, TrxID BK7H2M9QXA. meye ready, 2 ghonta. baki taka cash e didi ke diben, meye ke na. r chobi kaoke forward korben na", [("mfs_transaction", "BK7H2M9QXA")])
F(PP, "en", f"For Mumbai girls online booking we only take USDT TRC20 now, bkash accounts getting blocked. Send to {TRON1} and drop the hash here. After confirmation driver brings her to the hotel", [("tron_address", TRON1)])
F(PP, "en", "Boss this month collection from the 3 ghor in Daulatdia = 3.2 lakh. Deposited thru 4 different bkash agents in Rajbari so nothing big shows on one number. Your share 1.6, rest for khala and the thana 'setting'")

# isolation_and_control (7: bn 3, bn-Latn 2, en 2)
F(IC, "bn", "[ভয়েস মেসেজ] আপা আমারে একটা রুমে তালা দিয়া রাখে, বাইরে যাইতে দেয় না... জানালা দিয়া খালি একটা দেয়াল দেখা যায়। জানি না এইটা কোন জায়গা, সবাই হিন্দিতে কথা কয়। আপনে কাউরে কইয়েন না আমি ফোন করছি")
F(IC, "bn", "ফোন নিয়া গেছে ম্যাডাম। সপ্তাহে একদিন ৫ মিনিট দেয় বাড়িতে কথা বলতে, পাশে দাঁড়াইয়া থাকে। আগেই শিখাইয়া দেয় কইতে যে আমি পার্লারে ভালো আছি, খাইতেছি")
F(IC, "bn", "নতুন মেয়েটারে একা কোথাও ছাড়বি না, বাজারে গেলে সাথে রুমা যাবে। ওর সিমটা ভাইঙ্গা ফালা, বাড়ির কারো নাম্বার যেন মোবাইলে না থাকে। কেউ জিগাইলে বলবি আমার ভাগ্নি")
F(IC, "bn-Latn", "tor facebook id ta delete kor ekhoni, r kono bandhobi re msg dibi na. tor ma ke bolbi tui dhaka te garments e asos. kew jante chaile amar number dibi, nijer ta na. ami ja boli shudhu tai korbi")
F(IC, "bn-Latn", "apa amar passport BX0456712 r aadhar card sob sir er kache. bole haray jabe tai rakhse. ami nicher gate porjonto jete pari na, guard bose thake sararat", [("bd_passport", "BX0456712")])
F(IC, "en", "Remember the rules: no phone, no going down to the street alone, no talking to customers about where you came from. If your family calls you are working in a beauty salon in Salt Lake. Sonia will check your messages every night")
F(IC, "en", "hi this is Mitu, i took this phone from a customer pls dont call back they check. i am in some building near Sonagachi, they moved us 3 times in 1 month. pls tell my brother 01556-781204 i am alive", [("phone", "+8801556781204")])

# labour_exploitation (7: bn 2, bn-Latn 2, en 3)
F(LE, "bn", "সকাল ৫টা থিকা রাত ১টা পর্যন্ত ঘর মুছা, রান্না, বাচ্চা দেখা। একবেলা খাইতে দেয়, রাতে বাসি রুটি। ৭ মাস হইলো বেতন দেয় নাই, কয় দেশে যাওয়ার সময় একসাথে দিবে")
F(LE, "bn", "পার্লারে কাজ দিছে ঠিকই কিন্তু বেতন নাই, খালি খাওয়া আর থাকা। কোনো ছুটি নাই, জ্বর হইলেও ক্লায়েন্ট ধরতে হয়, না ধরলে ঐদিনের খাওয়া বন্ধ")
F(LE, "bn-Latn", "bengaluru te je factory te amra 14 jon meye, zari r kaj, din e 16 ghonta boshe thaki. ghumai factory r floor e. 4 mash e ekbar 2000 rupee dise, baki bole hishab e ase, bari jawar somoy pabi")
F(LE, "bn-Latn", "dance bar e rat 9 ta theke sokal 5 ta, tarpor din e madam er basar kaj. beton to dur, tips o sob ney. chere dite chaisi, bole chukti sesh hoy nai 2 bochor kaj korte hobe, er age jete dibe na")
F(LE, "en", "the family in Andheri doesnt let me sit. i sleep on the kitchen floor and eat what is left after them. no off day since March. they say my salary is going to the agent in Dhaka, i never saw a rupee")
F(LE, "en", "Bro need 6 more girls for the hotel laundry in Kolkata. 14 hr shift, no leave first year, salary after 6 months only. Dont pick city girls they complain. Village girls adjust.")
F(LE, "en", "me: Akhi cant work today, fever 103. madam: fever or no fever she works, give her a napa. if she sits, no food tonight and her cut doubles")

# threats_and_coercion (8: bn 2, bn-Latn 3, en 3)
F(TC, "bn", "তোর ভিডিও আমার কাছে আছে। বেশি তেড়িবেড়ি করলে তোর গ্রামের সবার মোবাইলে যাবে, তোর বাপ আর মুখ দেখাইতে পারবো না। চুপচাপ যা কই কর")
F(TC, "bn", "পালানোর চেষ্টা করছিস আবার? পুলিশ ধরলে সোজা জেলে, তুই তো অবৈধ বাংলাদেশি। এইখানে তোর কোনো কাগজ নাই, কেউ তোরে বাঁচাইতে আসবো না, বুঝছিস?")
F(TC, "bn-Latn", "tor choto bon ta class 8 e pore na? tor bari r thikana amar kache ase. kotha na shunle oke o niye ashbo. r tor ma er kisu hoile amar dosh dis na")
F(TC, "bn-Latn", "kal rat e jamil bhai belt diye marse karon ami oi customer er sathe jaite chai nai. pith e dag hoye gese apa. bole abar na bolle current dibe")
F(TC, "bn-Latn", "case tule ne, naile tor bhai er lash nodi te bhashbe. shelter e boshe thakle ki bachbi? tor gram er shobai amar lok, tui kobe bari firbi sheta o jani")
F(TC, "en", "If you run I will tell the police in Kolkata you came illegally and stole from me. They will keep you in jail for years. Nobody from Bangladesh will come for you")
F(TC, "en", "you think your mother is safe? my boys know the house in Narail. one call and its done. so smile for the customer and shut up")
F(TC, "en", "Rani said the khala sold me to a man from Pune for 70 thousand. he says he owns me now and if i try anything he will sell me further where nobody speaks bangla")

# sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F(SE, "bn", "দাদা আজ রাতে নতুন বাংলাদেশি মেয়ে আছে? ছবি পাঠান, রেট কত? হোটেলে নিয়া আসতে পারবেন নাকি আমারে আসতে হবে")
F(SE, "bn", "আজকে রাতে তোর ১০টা কাস্টমার ফিক্স করছি, না বলবি না। কাস্টমার যা কয় তাই করবি, নালিশ আসলে খবর আছে")
F(SE, "bn", "আপা আমারে দৌলতদিয়ায় একটা ঘরে বেইচা দিছে শফিক। প্রতিদিন লোক আসে, না করলে মারে। সর্দারনী কয় এইটাই এখন তোর কাজ, ভুইলা যা বাড়ির কথা")
F(SE, "bn-Latn", "Kolkata New Town e fresh Bangladeshi maal available 🌹🍒 college look, full night / short time. booking only whatsapp wa.me/918017456321 real pic 100% genuine", [("whatsapp", "+918017456321")])
F(SE, "bn-Latn", "jan ekta raat er jonno amar boss er sathe thakbi, eta kono problem na. o amader Mumbai er flat r kaj sob kore dibe. ami to asi e, tor kichu hobe na, please na koris na")
F(SE, "bn-Latn", "bhai last bar je meyeta dilen o to kanna kate, kotha o bole na. ektu friendly meye den extra dibo. r oi hotel e na, amar flat e pathaben")
F(SE, "en", "Video call show 1500 per 20 min, she will do what you ask. Payment first on bkash 01798-320457 then I send the link. Girl is new from Bangladesh, shy but obedient", [("phone", "+8801798320457")])
F(SE, "en", "madam makes us stand at the window from 7 in the evening. whoever points, we go up with him. i dont get to say no. the money goes straight to her drawer")

# minors (7: bn 2, bn-Latn 3, en 2)
F(MN, "bn", "মেয়েটার বয়স ১৪, কিন্তু দেখতে বড় লাগে। জন্ম নিবন্ধনে বয়স বাড়াইয়া ১৯ করছি, আধার কার্ড ওপারে বানাইয়া দিবো। মুম্বাইয়ের পার্টি কচি মেয়ের জন্য ভালো দাম দেয়")
F(MN, "bn", "আপু আমি ক্লাস নাইনে পড়ি। টিকটকে একটা ভাইয়ার সাথে পরিচয়, বলছে বেঙ্গালুরুতে মডেলিং করাইবো, অনেক টাকা। আম্মু জানে না। কাল রাতে বাস, উনি টিকিট কাইটা রাখছে")
F(MN, "bn-Latn", "didi choto meye ase? 15-16 er moto, school drees e dekhte jemon. rate beshi dibo, kaoke jana jabe na")
F(MN, "bn-Latn", "oi 13 bochor er meyeta ke kajer meye hishabe Kolkata pathabo, barir kaj. pore dekha jabe ki kaj. passport lagbe na, mashi er sathe bus e tule dibo, ma ke 10 hajar dilei hobe")
F(MN, "bn-Latn", "daulatdia r ghore 2 ta notun asche, ekta r boyosh 12-13 hobe. sardarni oshudh khawaitese mota howar jonno jate boro dekhay, customer jeno prosno na kore")
F(MN, "en", "Need girls 14 to 17 for a Mumbai 'dance academy', aadhaar will show 19. We handle the birth certificate from union parishad. Parents get 30k advance, they dont ask much")
F(MN, "en", "She is in class 7 but listen, the Bengaluru family will pay 8000 a month for housework and keep her there. Tell the school she went to her nani's house. Nobody checks")

# ---------------------------------------------------------------- hard negatives
# news (6)
N("news", "bn", "যশোরের বেনাপোল সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালাল জানিয়েছে, টিকটকে পরিচয়ের পর মডেলিংয়ের চাকরির প্রলোভন দেখিয়ে তাদের আনা হয়েছিল। মামলার প্রস্তুতি চলছে।")
N("news", "bn-Latn", "Breaking: Daulatdia jouno polli theke 9 jon kishori uddhar, ek sardarni gereftar. police bolse meyeder ke dena r kotha bole atke rakha hoto. bistarito comment e 👇 #news #rajbari")
N("news", "en", "Kolkata Police rescued four Bangladeshi women from a flat in New Town on Tuesday; they had been promised parlour jobs, officials said. Two men were arrested. The women will be repatriated through Petrapole after nationality verification.")
N("news", "en", "Returnee women trafficked to India struggle to find work and face stigma at home, a new study of 120 survivors says. Most had been lured by someone they met on social media, and half said a madam kept all their earnings.")
N("news", "bn", "র‍্যাব-৪ এর অভিযানে মিরপুর থেকে মানবপাচার চক্রের দুই সদস্য গ্রেপ্তার। তারা লাইকিতে ভিডিও বানানোর কথা বলে তরুণীদের ভারতে পাচার করত বলে জানিয়েছে র‍্যাব। তাদের কাছ থেকে ১২টি মোবাইল জব্দ করা হয়।")
N("news", "bn-Latn", "bhai dekhsen? Bengaluru te je bangladeshi meyer video viral hoisilo, oi case er 5 jon er jabojjibon hoise. ajke khobor e dilo, odhikangsho ashami TikTok group er")
# awareness (6)
N("awareness", "bn", "সতর্ক থাকুন! টিকটক, লাইকিতে অচেনা কেউ ভারতে মডেলিং, পার্লার বা হোটেলে চাকরির কথা বললে বিশ্বাস করবেন না। পাসপোর্ট ছাড়া সীমান্ত পার করানোর প্রস্তাব মানেই বিপদ। সাহায্যের জন্য ৯৯৯ নম্বরে কল করুন।")
N("awareness", "bn-Latn", "Apura shobai share koren 🙏 keu jodi boyfriend hoye bole India niye biye korbe, ba Kolkata te valo kaj dibe, agey family ke janan. amader elakar 2 ta meye emon kore haray gese. meyeder safety amader shobar dayitto")
N("awareness", "en", "Parents, talk to your daughters: if someone online offers a modelling job in Mumbai with free stay and says no passport is needed, it is a trap. Call the child helpline 1098 or 999. Share this post.")
N("awareness", "en", "Community meeting on safe migration and trafficking prevention this Friday 3pm at the union parishad hall, Sharsha. Survivors will share their stories, tea and snacks provided. Contact Rokeya apa 01711-556230.", [("phone", "+8801711556230")])
N("awareness", "bn", "মেয়েরা শোনো: কেউ যদি বলে 'কাউকে বলবা না, সারপ্রাইজ দিমু', ঘরে না জানাইয়া দেখা করতে ডাকে, সেটা ভালোবাসা না। বাবা-মা বা শিক্ষককে জানাও। তোমার ছবি দিয়া কেউ ভয় দেখাইলে চুপ থাইকো না, পুলিশ সাহায্য করবে।")
N("awareness", "bn-Latn", "Rajbari police er post share korlam: Daulatdia te kono shishu ke dekhle, ba kaoke jor kore atke rakha hoise mone hoile gopone janan 01320-123456. apnar porichoy gopon rakha hobe", [("phone", "+8801320123456")])
# official (6)
N("official", "en", "BMET: Female domestic workers going to Saudi Arabia must complete the 30-day training at a TTC and register on the Ami Probashi app. Migration cost for female domestic workers is borne by the employer. No payment to any individual.")
N("official", "bn", "মেসার্স আল-নূর ওভারসিজ (আরএল-১২৩৪, বিএমইটি অনুমোদিত)। জর্ডানের গার্মেন্টস কারখানায় নারী কর্মী নিয়োগ। বেতন ২৮০ জেডি, থাকা-খাওয়া ও বিমান টিকিট মালিক বহন করবে, কর্মীর কোনো খরচ নেই। যোগাযোগ: ০১৭১৩-০৪৫৬৭৮, ইমেইল info@alnoor-overseas.com.bd", [("phone", "+8801713045678"), ("email", "info@alnoor-overseas.com.bd")])
N("official", "en", "Notice: Bangladeshi nationals rescued in India are repatriated once travel permits are issued. Families may contact the Consular Wing, Bangladesh Deputy High Commission Kolkata, +91 33 4012 7500 (10am-4pm, Sun-Thu).", [("phone", "+913340127500")])
N("official", "bn", "আপনার ই-পাসপোর্ট প্রস্তুত। পাসপোর্ট নম্বর A05123478। আঞ্চলিক পাসপোর্ট অফিস যশোর থেকে রবি-বৃহস্পতি সকাল ৯টা-৩টার মধ্যে সংগ্রহ করুন, মূল এনআইডি সঙ্গে আনুন।", [("bd_passport", "A05123478")])
N("official", "en", "Department of Social Services: survivors registered with an approved shelter will receive a reintegration grant of Tk 15,000 by bKash to their own number. Bring NID and the shelter letter. No fee is charged at any stage.")
N("official", "en", "BMET: Your emigration clearance (smart card) for Malaysia is ready. Passport: EB1234567. Collect from DEMO Dhaka with original passport. Do not pay anyone for this service.", [("bd_passport", "EB1234567")])
# receipt (6)
N("receipt", "en", "You have received Tk 5,000.00 from 01718223344. Fee Tk 0.00. Balance Tk 7,250.50. TrxID AK29D8LMQ1 at 12/11/2026 18:42", [("phone", "+8801718223344"), ("mfs_transaction", "AK29D8LMQ1")])
N("receipt", "en", "Money Received. Amount: Tk 3000.00 Sender: 01912345670 Ref: ammur oshudh TxnID: 73HK9PQ2 Balance: Tk 3420.00", [("phone", "+8801912345670"), ("mfs_transaction", "73HK9PQ2")])
N("receipt", "bn", "আপনি ০১৮১৯৪৪৫৫৬৬ নম্বরে ২,৫০০ টাকা সেন্ড মানি করেছেন। ফি ৫ টাকা। ব্যালেন্স ১,২০৩.৪০ টাকা। TrxID BFK7QW2ZP3 ১৫/১১/২০২৬ ২০:১১", [("phone", "+8801819445566"), ("mfs_transaction", "BFK7QW2ZP3")])
N("receipt", "en", "Cash-In from A/C: ***4821 Tk 10,000.00 Fee: Tk 0.00 Balance: Tk 10,512.00 TxnId: 4417850293 Date: 01-12-2026", [("mfs_transaction", "4417850293")])
N("receipt", "en", "Dear Customer, your A/C ***7781 is credited with BDT 42,350.00 (inward remittance from India, Ref KOL26118233) on 02-12-2026. Call 16639 for queries.")
N("receipt", "bn-Latn", "ammu 4000 pathaisi dekho, TrxID CA81LK9MZT. 2000 tomar oshudh r 2000 rimi r school er beton. porer mash e salary paile aro pathabo", [("mfs_transaction", "CA81LK9MZT")])
# family (6)
N("family", "bn", "আম্মা রিমির পাসপোর্ট করাইতে দিছি, পুলিশ ভেরিফিকেশনে লোক আসবে বুধবার। ফর্মে আব্বার NID নম্বর ১৯৭২৪৭১২৩৫৬৭৮৯০১২ দিছি, ঠিক আছে কিনা কার্ডের সাথে মিলাইয়া দেইখো", [("bd_nid", "19724712356789012")])
N("family", "bn-Latn", "apa shono, boro mama bolse rupa ke kolkata nie jabe doctor dekhate, visa hoye gese. tumi o jaba? hotel booking mama korbe, taka niye chinta koro na")
N("family", "en", "Bhaiya the groom's family is asking about dowry again. Abba said no dowry, take it or leave it. And Nusrat is only 17, the wedding waits till her HSC is over, final.")
N("family", "bn", "বাবা টাকার জন্য চিন্তা কইরো না, এনজিওর কিস্তি এই মাসে আমি দিয়া দিমু। বেতন পাইছি, কালকে বিকাশ করমু। দালাল ফালাল কারো কথায় জমি বেচবা না কিন্তু")
N("family", "bn-Latn", "ma ami hostel e valo asi, ajke class nai tai phone off silo. warden khub strict, 9 tar por gate bondho, bairer kaoke dhukte dey na 😅 tumi chinta koro na")
N("family", "en", "Khala, Sumi's boyfriend wants to take her to Cox's Bazar with his friends. I told him not without her brother. He got angry but whatever, she is our responsibility")
# worker_content (6)
N("worker_content", "bn-Latn", "alhamdulillah Dubai te parlour e 2 bochor holo, BMET diye agency te asi, visa iqama sob company korse. mash shesh e salary time moto dey. Eid e 15 din chhuti nie bari ashchi 🥰")
N("worker_content", "bn", "আজকেও ওভারটাইম, রাত ১০টা পর্যন্ত। ঘণ্টায় ৮০ টাকা দেয় তাই করতেছি, ঈদের আগে কিছু টাকা লাগবে। সুপারভাইজার আপা ভালো, ছুটি চাইলে দেয়")
N("worker_content", "en", "Finally got my first salary in Jordan 🎉 280 JD, sent half home. The company did our residence card, my passport is in my own bag. Food okay, 4 girls in one room, we cook together on Fridays")
N("worker_content", "bn", "পার্লারে আজকে ৭টা ব্রাইডাল সাজ ছিল, পা ব্যথা হয়ে গেছে 😩 কিন্তু টিপস ভালো পাইছি। ম্যাডাম খুশি হয়ে কাল ছুটি দিছে")
N("worker_content", "en", "Likee paid my creator bonus finally, 4,200 taka for last month. Got a brand deal with a saree shop in Kolkata, they courier the sarees and I shoot from home. no travel, no shady contract 😂")
N("worker_content", "bn-Latn", "model shoot er payment paisi 8000, agency licensed, ammu o shathe silo shoot e. contract e sob lekha. next shoot Chittagong e 2 din, hotel agency dibe")
# joke (6)
N("joke", "bn-Latn", "amar boss amake office e 'atke rakhse', 7 tar age jete dibe na 😭😂 eta o ki manob pachar? keu uddhar koro")
N("joke", "en", "My mom confiscated my phone for the whole exam week and my cousin reports everything I do. Somebody call BNWLA I'm being held hostage 😂😂")
N("joke", "bn", "বউ আমার পুরা বেতন নিয়া যায়, হাতে দিনে ১০০ টাকা দেয়। এইটা ঋণের দাসত্ব না তো কি ভাই 🤣 কোন হেল্পলাইনে ফোন দিমু")
N("joke", "bn-Latn", "amar chotobon bole TikTok e famous hoye Mumbai jabe Bollywood e 😂 ami bollam age SSC pass kor. ammu bole jharu diye pitabe r Mumbai er ticket o kete dibe 🤣")
N("joke", "en", "Landlord khala has more control over my life than the government. no guests after 10, no frying fish, no clothes on the balcony. is this trafficking?? 😭")
N("joke", "bn", "আমার ছোট ভাই আমার ফোন কাইড়া নিয়া গেম খেলে, বাড়িতে কারো সাথে কথা বলতে পারি না, আমারে কেউ উদ্ধার করো 😂")
# chatter (6)
N("chatter", "bn-Latn", "oi apu Kolkata jaccho? New Market theke amar jonno ekta lehenga anio plz, taka bkash kore dicchi. size M, maroon hole best")
N("chatter", "en", "Anyone know a good agent for Indian medical visa? Ammu needs to see a doctor in Vellore. Last time the agent took 1500 just for the form but it was quick")
N("chatter", "bn", "ভাই দৌলতদিয়া ঘাটে আজকে ফেরির সিরিয়াল ৪ ঘণ্টা, ট্রাকের লাইন অনেক লম্বা। জরুরি না হইলে কেউ আজকে যাইয়েন না")
N("chatter", "bn-Latn", "Likee te ekta apu live e ashe, onk valo dance kore! tar naki Mumbai te dance academy ase, online class o dey 1200 taka mash. join korbo vabtesi")
N("chatter", "en", "guys Mumbai trip final? hotel in Colaba 2 nights then train to Goa. Sadia's passport renewal done, visa appointment on the 14th, bring your NID copies")
N("chatter", "bn", "আজকে শেল্টারের মেয়েরা সেলাই ক্লাসে দারুণ কাজ করছে, রিনা একটা কামিজ পুরাটা নিজে বানাইছে। সামনের মাসে মেলায় স্টল দিমু ইনশাল্লাহ")

# ---------------------------------------------------------------- easy negatives
N("chatter", "en", "happy birthday Tania!! 🎂🎈 stay blessed", hard=False)
N("family", "bn", "আম্মা ভাত খাইছো? আমি সন্ধ্যায় ফিরমু", hard=False)
N("chatter", "bn-Latn", "kal match dekhsos? last over e ki khela re vai", hard=False)
N("news", "en", "The weather office forecasts light rain in Dhaka and Khulna divisions tomorrow; temperatures may drop by 2 degrees.", hard=False)
N("news", "bn", "আগামী রবিবার থেকে এসএসসি পরীক্ষা শুরু, পরীক্ষার্থীদের ৩০ মিনিট আগে কেন্দ্রে উপস্থিত থাকতে বলা হয়েছে।", hard=False)
N("joke", "bn-Latn", "teacher: homework koro nai keno? ami: current chilo na sir. teacher: tomar khata to mobile er alo te lekha 😂", hard=False)
N("receipt", "en", "Your Daraz order #5521873 has been delivered. Rate your experience!", hard=False)
N("awareness", "bn", "ডেঙ্গু থেকে বাঁচতে বাড়ির আশেপাশে পানি জমতে দেবেন না। জ্বর হলে দ্রুত ডাক্তার দেখান।", hard=False)
N("official", "en", "DESCO: Your prepaid meter recharge of Tk 500 is successful. Token: 4521 8876 1190 3342 0017", hard=False)
N("worker_content", "bn-Latn", "ajke office e lunch e biryani dise, boss er birthday 😋", hard=False)
N("family", "bn", "দাদু কাল গ্রামে আসবেন, ছোট চাচা স্টেশনে আনতে যাবে", hard=False)
N("chatter", "en", "anyone has notes for chemistry chapter 4? pls send", hard=False)


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
    random.Random(78).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev78-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
