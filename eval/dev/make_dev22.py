#!/usr/bin/env python3
"""Blind evaluation set dev22 for evidtriage (issue 15).

Written only from shared/research/indicators.md and the *types* listed in issue 15, without
sight of the rule packs, the corpus or other dev sets. 160 items: 80 to flag (10 per category)
and 80 not to flag (60 hard negatives). Deterministic: writes dev22.jsonl next to this script.
"""
import hashlib
import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("dev22.jsonl")

# ---------------------------------------------------------------- valid crypto addresses
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload: bytes) -> str:
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    data = payload + chk
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def seed20(tag: str) -> bytes:
    return hashlib.sha256(("dev22:" + tag).encode()).digest()[:20]


TRON1 = b58check(b"\x41" + seed20("tron-libya"))
TRON2 = b58check(b"\x41" + seed20("tron-border"))
BTC1 = b58check(b"\x00" + seed20("btc-sister"))
ETH1 = "0x" + seed20("eth-girls").hex()

# ---------------------------------------------------------------- helpers
FLAG, OK = [], []


def F(cat, script, text, ents=()):
    FLAG.append(dict(text=text, label="flag", category=cat, script=script,
                     voice="victim_or_recruiter", hard=False,
                     entities=[{"type": t, "value": v} for t, v in ents]))


def O(voice, hard, script, text, ents=()):
    OK.append(dict(text=text, label="ok", category=None, script=script, voice=voice,
                   hard=hard, entities=[{"type": t, "value": v} for t, v in ents]))


# ================================================================= FLAG
# ---- recruitment_deception (bn 3, bn-Latn 4, en 3)
C = "recruitment_deception"
F(C, "bn-Latn", "bhai amake bolsilo company visa, ekhane ashar por dekhi free visa, kafil er kono kaj nai. "
  "nijer kaj nije khuija khaite hobe bole. 4 lakh 60 hajar dilam eitar jonno")
F(C, "bn-Latn", "Malaysia tourist visa te jaben, oikhane giye amra work permit kore dibo, kono tension nai. "
  "total 3.5 lac, adha ekhon adha pouchanor por. kauke agency r kotha bolar dorkar nai")
F(C, "bn-Latn", "apa ora bolsilo supershop e salesman er kaj, ekhon rastay gari dhoai. beton bolse 900 riyal, "
  "dey 600, baki ta naki 'company charge'")
F(C, "bn-Latn", "Cambodia te online customer support job, shudhu typing r chatting. salary 1200 USD, "
  "biman ticket r hotel free, interview lagbe na, kalke e flight. tg te knock den @bd_cs_hiring",
  [("telegram", "@bd_cs_hiring")])
F(C, "bn", "ভাই আপনারা বলছিলেন হাসপাতালে ক্লিনারের কাজ, এখানে আইনা মরুভূমিতে উট চরাইতে দিছে। "
  "চুক্তিপত্রে যা লেখা ছিল তার কিছুই না")
F(C, "bn", "যে ভিসাটা দিছিলেন ওইটা নাকি জাল, ইমিগ্রেশনে আটকায়ে দিছে। আপনার লোক এখন ফোন ধরে না, "
  "২ লাখ ৮০ হাজার টাকা নিছেন আপনারা")
F(C, "bn", "রোমানিয়া ওয়ার্ক পারমিট, এজেন্সির ঝামেলা নাই, বিএমইটি কার্ড ছাড়াই পার করে দিমু, "
  "এয়ারপোর্টে আমাদের লোক আছে। যোগাযোগ ইমো ০১৬২৪-৫৮৩৯১৭",
  [("phone", "+8801624583917")])
F(C, "en", "They told us it was a packing job in a factory in Johor. When we landed the agent drove us to a "
  "palm plantation and said the factory quota is finished, take it or fly back with your own money.")
F(C, "en", "URGENT!! Poland work visa 100% guaranteed, no IELTS no interview. Pay processing fee first, "
  "visa in 15 days. Send passport scan to eurojobs.placement@gmail.com",
  [("email", "eurojobs.placement@gmail.com")])
F(C, "en", "bro the demand letter they showed us was fake. the company in Riyadh says they never asked for "
  "any workers. 23 of us sitting here with no job and no iqama")

# ---- fees_and_debt (bn 4, bn-Latn 3, en 3)
C = "fees_and_debt"
F(C, "bn-Latn", "malik bolse ticket r visa r khoroch na uthano porjonto protimash 400 riyal kete rakhbe. "
  "ekhono 7 mash baki, hate paisi 200 kore")
F(C, "bn-Latn", "airport e namar por kafil ke r 1 lakh dite hobe iqama r jonno, na dile kaj hobe na. "
  "barite bolen jomi bondhok rekhe hoileo pathaite")
F(C, "bn-Latn", "jaoar age 5 lak dilam, ekhon bole ora je khoroch korse sheta shodh na howa porjonto chuti nai, "
  "desh e jete dibe na. hisab o dekhay na")
F(C, "bn", "বেতন যা পাই সব ধার শোধে চলে যায়, খাওয়ার খরচ, ঘর ভাড়া সব ওরা কাইটা রাখে। হাতে আসে শূন্য। "
  "দুই বছর হইল, এখনো নাকি ৮০ হাজার বাকি")
F(C, "bn", "মাসে মাসে কাইটা নিবে বলছে, যতদিন ভিসার টাকা উঠবে না ততদিন বেতন হাতে দিবে না। "
  "আমি কি করমু বুঝতেছি না")
F(C, "bn", "অগ্রিম ১ লাখ ৫০ হাজার না দিলে ফ্লাইট বুকিং হবে না। বাকি টাকা ওইখানে গিয়া কাজ কইরা শোধ করবা, "
  "বেতন থেকে কাটা যাবে, চিন্তা কইরো না")
F(C, "bn", "আব্বা এনজিও থেকে কিস্তি তুইলা দালালরে দিছে, এখন ভাই বলে ওখানে কোম্পানি নতুন করে আরো "
  "টাকা চায়, না দিলে কাজে নিবে না")
F(C, "en", "Your total debt now is 11,000 ringgit including food, room and transport. You will work it off. "
  "Nobody leaves before it is cleared.")
F(C, "en", "I borrowed from three people to pay the agent. Now the boss says my first 8 months salary goes "
  "to the company for 'recruitment cost'. I send nothing home.")
F(C, "en", "every month they add more. fine for being late, fine for using phone, charge for the mattress. "
  "whatever I earn I still owe them more than last month")

# ---- payments_and_proceeds (bn 3, bn-Latn 3, en 4)
C = "payments_and_proceeds"
F(C, "bn-Latn", "apnar chele amader kache ache. 3 lakh na dile charbo na. 01932-468105 (personal) e bkash koren, "
  "3 ta number e bhag kore pathaben, ek number e 25 hajar er beshi na",
  [("phone", "+8801932468105")])
F(C, "bn-Latn", "aj er collection 6 ta meye theke 48 hajar. nagad agent e cash out korbi na, hundi wala ke "
  "diye dubai pathabi, hisab khatay likhbi phone e na")
F(C, "bn-Latn", "Libya theke fon dise, bhai re ora atkay rakhse, 5 lakh chay. bolse dollar e dile hobe, USDT. "
  "ei address e pathaite bolse " + TRON1,
  [("tron_address", TRON1)])
F(C, "bn", "টাকা পাঠানোর পরে ট্রানজেকশন আইডি দিতে বলছিলেন, TrxID 9KD4LM2QWE দিয়া ৫০,০০০ পাঠাইছি। "
  "এখন আমার ভাইরে ছাইড়া দেন প্লিজ",
  [("mfs_transaction", "9KD4LM2QWE")])
F(C, "bn", "পাসপোর্ট ফেরত চাইলে ৮০ হাজার টাকা লাগবে। নগদে পাঠাও ০১৭৬৩-২০৯৫৮৪ নম্বরে, রেফারেন্সে কিছু লিখবা না",
  [("phone", "+8801763209584")])
F(C, "bn", "হুন্ডির লোক দেশে টাকা দিবে বিকাশে। কাজের মেয়েগুলার বেতন আমরাই তুলব, ওদের হাতে কিছু দিবা না, "
  "বাড়ির লোকরে মাসে দুই হাজার পাঠাইলেই হবে")
F(C, "en", "Release fee for your brother is 4,000 USDT, TRC20 only, to " + TRON2 + ". After confirmation "
  "he goes on the bus to the border. No police or he disappears.",
  [("tron_address", TRON2)])
F(C, "en", "split it: 20k to 01558-317294, 20k to 01781-650392, rest by Rocket. do not write anything in the "
  "reference. then your husband comes out of the camp",
  [("phone", "+8801558317294"), ("phone", "+8801781650392")])
F(C, "en", "Boss wants the girls' earnings sent every Sunday to this wallet " + ETH1 + " (USDT ERC20). "
  "Keep the cash log on paper, nothing on the phone.",
  [("eth_address", ETH1)])
F(C, "en", "Send 0.12 BTC to " + BTC1 + " and your sister gets her passport and ticket back. If you go to "
  "the embassy the price doubles.",
  [("btc_address", BTC1)])

# ---- isolation_and_control (bn 3, bn-Latn 4, en 3)
C = "isolation_and_control"
F(C, "bn-Latn", "amader ghor theke ber hote dey na, gate e lok boshaye rakhse. shudhu kaj er somoy gari te "
  "kore niye jay r niye ashe, dokane o jete pari na")
F(C, "bn-Latn", "mobile ta madam niye nise, shudhu shukrobar 5 minit kotha bolte dey, pashe daraye shune. "
  "ei phone ta rannaghore lukaye rakhsi")
F(C, "bn-Latn", "barite bolbi hotel e reception er job, onno kisu bolbi na. ma jigaile bolbi sob thik ase, "
  "video call e room dekhabi na")
F(C, "bn-Latn", "keu jiggesh korle bolben apni amar bhagni, r kono kotha bolben na. immigration e chup "
  "thakben, ja bolar ami bolbo")
F(C, "bn", "ফোনটা আমার কাছে থাকবে, তোর বাড়ির লোকের সাথে কথা বলতে চাইলে আমারে বলবি, আমি লাইন দিয়া দিমু, "
  "সামনে বইসা কথা বলবি")
F(C, "bn", "তিন মাস ধরে একটা রুমে তালা দিয়া রাখছে, জানালার ফাঁক দিয়া নেট পাইয়া এই মেসেজ দিতেছি, "
  "কাউরে বইলেন না আমি ফোন পাইছি")
F(C, "bn", "মাকে বলবি তুই ঢাকায় পার্লারে কাজ শিখতেছিস, বর্ডারের কথা কাউরে বলবি না, ফোনে কান্নাকাটি করবি না")
F(C, "en", "We are 40 in one building, the gate is locked from outside and the guards carry sticks. They gave "
  "back our phones only to call home and say we are fine.")
F(C, "en", "Sir took all our phones on day one 'for safety'. Only the team leader has one. If you want to "
  "call home you ask him and he stands there listening.")
F(C, "en", "When your family calls, tell them you got a good hotel job. Don't mention the compound. "
  "We read every message.")

# ---- labour_exploitation (bn 4, bn-Latn 3, en 3)
C = "labour_exploitation"
F(C, "bn-Latn", "6 mash dhore baton dey na, jiggesh korle bole next month. khaoa ekbela, bhat r dal. ghum "
  "4 ghonta")
F(C, "bn-Latn", "shokal 5 ta theke rat 11 ta porjonto kaj, shoptahe kono chuti nai, oshukh hoileo kaj korte "
  "hoy, na korle oidin er betan kata")
F(C, "bn-Latn", "madam er basay 3 ta familyr kaj kori, khaite dey bachha khabar, 14 mashe ekbar beton dise")
F(C, "bn", "বেতন চাইলে কয় তোর বেতন জমা আছে, দেশে যাওয়ার সময় একবারে দিবে। এক বছর হইয়া গেল একটা রিয়াল "
  "হাতে পাই নাই")
F(C, "bn", "দিনে ১৮ ঘণ্টা ইটভাটায় কাজ, ছুটি নাই, অসুখ হইলে ওষুধ নাই, মজুরি চাইলে সর্দার গালি দেয়")
F(C, "bn", "খাবার দেয় একবেলা, বাকি সময় পানি খাইয়া থাকি। কাজ শেষ না হইলে ঘুমাইতে দেয় না")
F(C, "bn", "সাত মাসের বেতন আটকায়া রাখছে, ছুটি চাইলে বলে আগে চুক্তি শেষ কর, চুক্তি তো আরো দুই বছর। "
  "অন্য কোথাও কাজ নিতেও দিবে না")
F(C, "en", "We work 16 hours on the boat and sleep on deck. Captain says salary will be paid when we return "
  "to port. That was 9 months ago.")
F(C, "en", "no day off since I came, madam says rest is for lazy girls. food is whatever is left after the "
  "family eats")
F(C, "en", "They pay us 300 dirham instead of the 1200 in the contract and cut the rest for 'accommodation'. "
  "12 of us share one room, no AC in 45 degrees.")

# ---- threats_and_coercion (bn 3, bn-Latn 3, en 4)
C = "threats_and_coercion"
F(C, "bn-Latn", "beshi baire kotha bolle huroob kore dibo, tokhon jail e pochbi, keu bachate parbe na")
F(C, "bn-Latn", "tor ma baba kothay thake amra jani. palaite chaile oder kisu hoile pore amake dosh dis na")
F(C, "bn-Latn", "company amader 8 jon ke arek maliker kache bikri kore dise, 2 hajar riyal kore proti jon. "
  "ekhon notun malik bole tomader taka diye kinsi, kaj na korle mere felbo")
F(C, "bn", "পুলিশের কাছে গেলে তোরে অবৈধ বইলা জেলে ভরবে, পাসপোর্ট তো আমার কাছে। চুপচাপ কাজ কর")
F(C, "bn", "বেশি তেড়িবেড়ি করলে তোর বোনের ছবিগুলা সবাইরে পাঠায়া দিমু, গ্রামে মুখ দেখাইতে পারবি না")
F(C, "bn", "যে দুইজন পালাইছিল ওদের ধইরা আনছে, সবার সামনে কারেন্টের তার দিয়া মারছে। বলছে পরের বার মাইরা "
  "সাগরে ফেলবে")
F(C, "en", "If you run, the border police will pick you up without documents and you'll rot in detention. "
  "Nobody is coming for you.")
F(C, "en", "They beat Rakib in front of us yesterday because he missed his target. Next time it's the "
  "electric baton, they said.")
F(C, "en", "Your father's shop in Cumilla, we know where it is. Finish the contract or we visit him.")
F(C, "en", "Boss said if I complain to the embassy he will file an absconding case and tell them I stole "
  "money from the house.")

# ---- minors (bn 4, bn-Latn 3, en 3)
C = "minors"
F(C, "bn-Latn", "bhai amar choto boner boyosh 15, passport e 19 deoa jabe? dubai te basar kajer jonno nibe "
  "bolse, ekhoni jete chay")
F(C, "bn-Latn", "birth certificate notun kore banay dibo, boyosh 21 dekhabe. meyer boyosh kom hoile saudi te "
  "basar kaj e dam beshi pawa jay")
F(C, "bn-Latn", "12-13 bochorer ekta meye lagbe dhakay basar kaj, thaka khaoa amader, maser taka baba ke bkash "
  "e pathabo. gram theke ante parle 5 hajar commission")
F(C, "bn", "মেয়েটার বয়স মাত্র চৌদ্দ, ইউনিয়ন পরিষদ থেকে নতুন জন্মনিবন্ধন করায়া আঠারো বানাইছে, নতুন এনআইডি "
  "নম্বর ৪৬৫৮২১৩০৯৭, এরপর পাসপোর্ট হবে",
  [("bd_nid", "4658213097")])
F(C, "bn", "গরিব ঘরের ১০-১২ বছরের ছেলে থাকলে দিয়েন, হোটেলে থালাবাসন ধোয়ার কাজ, মাসে ২০০০ টাকা বাপ-মায়ের "
  "হাতে দিমু, বাড়ি যাইবো ঈদে")
F(C, "bn", "নতুন মাল আসছে, সবাই ষোলো সতেরো, স্কুল ড্রেসও আছে। রেট আলাদা, আগে বুকিং দিতে হবে")
F(C, "bn", "ভাবি, আপনার ছোট মেয়েটারে আমার সাথে দেন, ঢাকায় এক সাহেবের বাসায় বাচ্চা রাখবে। পড়াশোনার দরকার "
  "নাই, বছরে একবার বাড়ি আসবে")
F(C, "en", "Fresh school girls just arrived, 15-16, very shy 🌸 booking through manager only t.me/freshbd_vip",
  [("telegram", "@freshbd_vip")])
F(C, "en", "Can the agent change the DOB on her passport A05293847? She's 16 but the Saudi side wants 25 and "
  "above for housemaid.",
  [("bd_passport", "A05293847")])
F(C, "en", "I have two boys, 11 and 13, from Kurigram. They can work in your house or shop, no salary needed "
  "just food. Send the bus fare and I bring them Monday.")

# ---- sexual_exploitation (bn 3, bn-Latn 3, en 4)
C = "sexual_exploitation"
F(C, "bn-Latn", "Dubai te beauty parlour e kaj, shundori meyeder jonno, beton 80k-1.5 lakh, passport amra kore "
  "dibo. shudhu chobi pathan inbox e. night duty thakbe. contact 01 seven 46 two 9 five 0 8 3",
  [("phone", "+8801746295083")])
F(C, "bn-Latn", "aj rate 3 ta guest, hotel er room e jabi, taka amar kache dibe, tor bhag pore hisab hobe. "
  "na gele kal khaoa bondho")
F(C, "bn-Latn", "apa ami parlour er kaj bujhe asi, ekhane rate lok ashe room e, na korle khete dey na, "
  "ami ki korbo bolen")
F(C, "bn", "মালয়েশিয়ার স্পা সেন্টারে হোস্টেস লাগবে, দেখতে সুন্দর হইতে হবে, থাকা খাওয়া ফ্রি, কাস্টমার খুশি রাখলে "
  "টিপস আলাদা। ছবি পাঠান হোয়াটসঅ্যাপে wa.me/60176284915",
  [("whatsapp", "+60176284915")])
F(C, "bn", "ড্যান্স বারে কাজ, মাসে দেড় লাখ। কাস্টমারের সাথে বসতে হবে, রাতে বাইরে যাইতে কইলে যাইবা, "
  "ওইটা স্পেশাল ডিউটি, টাকা বেশি")
F(C, "bn", "মেয়েগুলারে ফ্ল্যাটে রাখছি, বাইরে যাওয়া বন্ধ। প্রতিদিন কাস্টমার পাঠামু, ওদের পাসপোর্ট লকারে")
F(C, "en", "New arrivals 🌹 Bangladeshi & Nepali girls, full service, incall/outcall Deira. Real pics 100% "
  "genuine. Book: +971 55 218 4630",
  [("phone", "+971552184630")])
F(C, "en", "Hostess job in a Kuala Lumpur lounge for pretty girls 18-25. Salary RM 6000 + commission. Must "
  "entertain VIP guests after hours. Passport kept by company for safety.")
F(C, "en", "Each girl minimum 8 clients a day. Money comes to me. Whoever refuses gets no food and goes back "
  "to the room.")
F(C, "en", "Spa in Muscat needs therapists, no experience no certificate. Special service for customers is "
  "part of the job, tips very high. DM insta @muscat_relax_spa",
  [("instagram", "@muscat_relax_spa")])

# ================================================================= OK, hard (60)
# news (8)
O("news", True, "bn", "নারায়ণগঞ্জে বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে মানবপাচারের অভিযোগে দুই দালালকে "
  "গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৩টি পাসপোর্ট উদ্ধার করা হয়।")
O("news", True, "bn", "লিবিয়ায় আটকে রেখে মুক্তিপণ আদায়ের মামলায় চক্রের তিন সদস্যকে যাবজ্জীবন কারাদণ্ড দিয়েছেন "
  "আদালত। ভুক্তভোগীদের পরিবার বিকাশে টাকা পাঠিয়েছিল বলে অভিযোগে বলা হয়।")
O("news", True, "bn", "সাতক্ষীরা সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। তাদের "
  "পার্লারে চাকরির কথা বলে নেওয়া হচ্ছিল।")
O("news", True, "bn-Latn", "khobor: Teknaf e Malaysia jaoar jonno trawler e uthar age 38 jon ke uddhar korse "
  "coast guard, 4 dalal arrest. shobai ke 2 lakh kore chaowa hoisilo")
O("news", True, "en", "Police in Johor raided a spa outlet and rescued 11 foreign women; the owner was charged "
  "under the Anti-Trafficking in Persons act.")
O("news", True, "en", "Court hears that the recruiter kept workers' passports and deducted wages for 'debts'; "
  "verdict due next month.")
O("news", True, "en", "BREAKING: raid on Myanmar scam compound frees 200 workers including 14 Bangladeshis, "
  "embassy arranging repatriation")
O("news", True, "en", "Dhaka tribunal sentences man to life for selling a teenage girl to a brothel; she had "
  "been promised a garments job.")
# awareness (8)
O("awareness", True, "bn", "সতর্ক থাকুন! কখনো কাউকে আপনার পাসপোর্ট জমা রাখতে দেবেন না। বিদেশে চাকরির জন্য "
  "বিএমইটিতে নিবন্ধন করুন, দালালের হাতে টাকা দেবেন না।")
O("awareness", True, "bn", "মেয়েদের বিউটি পার্লার বা হোটেলে চাকরির কথা বলে বিদেশে নিয়ে যাওয়ার ঘটনা বাড়ছে। "
  "অপরিচিত কারো প্রলোভনে পা দেবেন না, পরিবারকে জানিয়ে সিদ্ধান্ত নিন।")
O("awareness", True, "bn", "বিদেশে গিয়ে মালিক যদি পাসপোর্ট বা ফোন কেড়ে নেয়, বেতন না দেয়, দূতাবাসের শ্রম উইংয়ে "
  "যোগাযোগ করুন। চুপ করে থাকবেন না।")
O("awareness", True, "bn-Latn", "bideshe jaoar age jene nin: free visa bole kono visa nai. dalal er kothay taka "
  "diben na, Ami Probashi app e agency check korun.")
O("awareness", True, "bn-Latn", "ma bon ra shabdhan, 'Dubai te parlour e kaj, beton 1 lakh' emon post dekhle "
  "report korun, share korun jate r keu na fashe")
O("awareness", True, "en", "Warning signs of trafficking: someone else holds your passport, you can't leave, "
  "you are working to pay off a debt. If this is you or someone you know, reach out.")
O("awareness", True, "en", "Parents: never send your child to work in someone's house in the city. Children "
  "under 14 belong in school. Child domestic work is a crime.")
O("awareness", True, "en", "Scam alert: 'data entry jobs in Cambodia with free flight and $1000 salary' are "
  "traps. Do not send your passport copy to Telegram recruiters.")
# official (8)
O("official", True, "en", "Al-Noor Overseas Ltd (licensed recruiting agency). Malaysia plantation workers: "
  "government-fixed cost Tk 78,990 only, paid to the agency's bank account, receipt given. Registration "
  "through BMET. We have no sub-agents.")
O("official", True, "bn", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়ের বিজ্ঞপ্তি: সৌদি আরবে গৃহকর্মী হিসেবে যেতে "
  "কোনো অভিবাসন ব্যয় লাগবে না। কেউ টাকা চাইলে অভিযোগ করুন।")
O("official", True, "bn-Latn", "Assalamualaikum, amader agency BMET licensed. Qatar e hotel housekeeping, beton "
  "1400 riyal + overtime, contract 2 bochor, passport nijer kache thakbe, khoroch sorkari rate e")
O("official", True, "en", "Embassy of Bangladesh, Riyadh: workers whose employer has filed huroob may apply "
  "for status correction at the labour wing on Sundays and Tuesdays. Bring your iqama copy.")
O("official", True, "bn", "জেলা কর্মসংস্থান ও জনশক্তি অফিস: জাপানে কেয়ারগিভার পদে প্রশিক্ষণ ও ভাষা কোর্সে ভর্তি "
  "চলছে, বয়স ১৮-৩০, কোনো দালাল নেই, ফি সরকার নির্ধারিত।")
O("official", True, "en", "Dear applicant, your interview for Beauty Therapist at a Dubai Mall salon is "
  "confirmed for 12 Jan at the BMET training centre, Mirpur. Bring certificates. No fee is charged at any stage.")
O("official", True, "bn-Latn", "Rokeya Overseas (licence no. 0987) - Malaysia te factory operator, sorkari "
  "khoroch 78,990 taka, bank e joma, kono dalal er sathe lenden korben na. Office Purana Paltan")
O("official", True, "en", "Labour wing notice: workers in Kuwait with unpaid wages can file a complaint online; "
  "the embassy will arrange a lawyer free of charge.")
# worker_content (8)
O("worker_content", True, "bn-Latn", "Alhamdulillah ei mash e beton time moto paisi, overtime o dise. kaj kothin, "
  "gorom beshi, kintu malik bhalo manush")
O("worker_content", True, "bn", "আজকে ১২ ঘণ্টা ডিউটি ছিল, পায়ে ব্যথা, তবে ওভারটাইমের টাকা পুরাটাই দেয়। সামনের "
  "মাসে ছুটিতে আসতেছি ইনশাআল্লাহ")
O("worker_content", True, "en", "Day 30 at the salon in Abu Dhabi 💅 long shifts on weekends but the team is "
  "lovely, I keep my own passport and got my first salary on time! insta @glow.by.nadia",
  [("instagram", "@glow.by.nadia")])
O("worker_content", True, "bn-Latn", "hotel e room service er kaj, rater shift e ghum thik moto hoy na, tobe "
  "beton 1800 dirham, thaka khaoa company r")
O("worker_content", True, "en", "honestly construction in Qatar is brutal in summer, 48 degrees, but they stop "
  "work at noon and pay on the 1st. sending 60k home this month")
O("worker_content", True, "bn", "ম্যাডাম ভালো, ফোন নিজের কাছেই থাকে, শুক্রবার ছুটি। তবে কাজ অনেক, তিনটা বাচ্চা "
  "সামলানো সহজ না")
O("worker_content", True, "bn-Latn", "kafil ke bolsi desh e jabo, bolse ticket company dibe, 2 mash chuti. "
  "amar jonno chinta korben na")
O("worker_content", True, "en", "Spa therapist at a Maldives resort, 3rd year. Massage training was proper and "
  "guests are mostly families. Tips are good 😊")
# receipt (7)
O("receipt", True, "en", "You have received Tk 15,000.00 from 01711482093. Fee Tk 0.00. Balance Tk 18,245.50. "
  "TrxID BKL7Q2M8XA at 14/11/2026 19:42",
  [("phone", "+8801711482093"), ("mfs_transaction", "BKL7Q2M8XA")])
O("receipt", True, "en", "Money Received. Amount: Tk 8000.00 Sender: 01912634057 Ref: N/A TxnID: 7GH3K9PZ "
  "Balance: Tk 8412.75 22/11/2026 10:05",
  [("phone", "+8801912634057"), ("mfs_transaction", "7GH3K9PZ")])
O("receipt", True, "bn", "আপনি ০১৮৪৫৩২৭৬১৯ নম্বর থেকে ৳৫,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৭,৮২০.০০। "
  "TrxID CJT5N8W2RD ২১/১১/২০২৬ ০৮:১৫",
  [("phone", "+8801845327619"), ("mfs_transaction", "CJT5N8W2RD")])
O("receipt", True, "en", "Cash-In from A/C: ***4821 Tk 20,000.00 Fee: Tk 0.00 Balance: Tk 20,310.00 "
  "TxnId: 4820173645 Date: 30-Nov-26 11:22 am",
  [("mfs_transaction", "4820173645")])
O("receipt", True, "en", "You have sent Tk 2,500.00 to 01623974518 successfully. Ref: school fee. Fee Tk 5.00. "
  "Balance Tk 1,120.00. TrxID BTF3H6J9NP at 02/12/2026 09:30",
  [("phone", "+8801623974518"), ("mfs_transaction", "BTF3H6J9NP")])
O("receipt", True, "en", "Payment of Tk 1,850.00 to Daraz Bangladesh is successful. Balance Tk 640.00. "
  "TrxID BQR9C2V5LM at 28/11/2026 21:03",
  [("mfs_transaction", "BQR9C2V5LM")])
O("receipt", True, "bn", "ক্যাশ আউট সফল। পরিমাণ: ৳১০,০০০ এজেন্ট: ০১৭৩৮৫৯২০৪১ TxnID: 72KM4XQ9 ব্যালেন্স: ৳১,২৪০",
  [("phone", "+8801738592041"), ("mfs_transaction", "72KM4XQ9")])
# joke (7)
O("joke", True, "bn-Latn", "boss amar phone niye nise, bole office time e facebook cholbe na 😂 ekhon washroom "
  "theke msg dicchi")
O("joke", True, "bn-Latn", "biyer por bou passport ta nijer kache rekhe dise, bole tumi r Thailand jaba na 🤣")
O("joke", True, "en", "mom confiscated my phone until exams are over, send help, I'm being held hostage by "
  "organic chemistry 😭")
O("joke", True, "bn", "বস আমারে অফিসে আটকায়া রাখছে রাত ৯টা পর্যন্ত, এইটা মানবপাচার না হইলে কি 😤😂")
O("joke", True, "en", "Wife says my salary goes straight to her account and I get pocket money. Debt bondage "
  "is real brothers 😂")
O("joke", True, "bn-Latn", "ami to amar barir free kajer lok, ammu shara din kaj koray, beton zero 😭😂")
O("joke", True, "bn", "বন্ধুরা আমারে কেউ বিক্রি কইরা দেন, অন্তত তিনবেলা খাওয়াইবো 😂")
# chatter (7)
O("chatter", True, "bn-Latn", "bhai tor cousin ki ekhono Riyadh e? amar ekta kaje dorkar, number ta de. "
  "+966 55 318 2746 eta naki?",
  [("phone", "+966553182746")])
O("chatter", True, "en", "Anyone know a good beauty parlour in Uttara for bridal makeup? Budget 8-10k")
O("chatter", True, "bn", "ভাই কাতারে হোটেলে যে চাকরিটা পাইছস ওইটা কেমন? বেতন ১৪০০ রিয়াল নাকি? আমারেও "
  "এজেন্সির খোঁজটা দিস")
O("chatter", True, "bn-Latn", "eta dekhsen? TV te dekhalo parlour er nam kore meye pachar er ekta chokro dhora "
  "porse Jessore e. ki jamana")
O("chatter", True, "en", "Spa day with the girls this Saturday! massage + facial package 3500tk, who's in? 💆‍♀️")
O("chatter", True, "bn", "আমাদের এলাকার এক ভাই সরকারি খরচে মালয়েশিয়া গেছে, ৭৯ হাজার টাকায়। দালাল ধরলে "
  "৫ লাখ লাগত")
O("chatter", True, "en", "New arrivals at the boutique this week 😍 the fresh cotton kurtis are so pretty")
# family (7)
O("family", True, "bn", "আম্মু, পাসপোর্টগুলো আলমারির লকারে রাখছি, ঈদের পর ওমরাহর ভিসার জন্য এজেন্সিতে "
  "জমা দিব")
O("family", True, "bn-Latn", "abbu grameen theke loan nise 50 hajar, kisti proti shoptahe 1250, dokan ta boro "
  "korbe")
O("family", True, "bn", "ছোট মেয়েটারে মাদ্রাসায় ভর্তি করাইছি, হোস্টেলে থাকবে, প্রতি মাসে ৩ হাজার টাকা দিতে হবে")
O("family", True, "bn-Latn", "bhai 50 hajar pathaisi bkash e, TrxID AD4F7KQ2ZL, ammar operation er taka, rcv "
  "hoile janaio",
  [("mfs_transaction", "AD4F7KQ2ZL")])
O("family", True, "en", "Your uncle will keep your passport safe while you're in Dhaka for the exam, don't "
  "carry it around")
O("family", True, "bn", "বাবা, কুয়েত থেকে এই মাসে ৪০ হাজার পাঠাইলাম, ২০ হাজার দিয়া ঋণের কিস্তি দিয়েন, "
  "বাকিটা সংসারের")
O("family", True, "bn-Latn", "bhaiya BRAC er loan form e tomar NID lagbe, number ta ki 19872694512034567? r "
  "tomar e-passport B07362514 er copy o pathaio",
  [("bd_nid", "19872694512034567"), ("bd_passport", "B07362514")])

# ================================================================= OK, not hard (20)
O("chatter", False, "bn-Latn", "kal khela dekhte jabi? Bangladesh vs India, 7 tay shuru")
O("chatter", False, "en", "meeting moved to 4pm, bring the printouts pls")
O("chatter", False, "bn", "বৃষ্টি হইতেছে খুব, আজকে আর বাইর হইতে পারুম না মনে হয়")
O("chatter", False, "bn-Latn", "dosto notun number ta save kor 01556-208417, purana ta harai gese",
  [("phone", "+8801556208417")])
O("chatter", False, "en", "Is the Banani restaurant open on Friday? Want to book a table for 6.")
O("chatter", False, "bn", "ঈদের ছুটিতে কক্সবাজার যাওয়ার প্ল্যান, কে কে যাবি জানাস")
O("family", False, "en", "Mum, I've paid Nila's school fees for the term and the tutor too. Tell her to stop "
  "worrying and study.")
O("family", False, "bn", "আম্মা ওষুধগুলা ঠিকমত খাইছেন? কাল ডাক্তারের কাছে নিয়া যাব")
O("family", False, "bn-Latn", "apu, babur jonno dudh kinte hobe, ferar shomoy niye asho")
O("family", False, "bn", "ভাইয়া, ইমোতে ভিডিও কল দাও, আব্বা কথা বলবে")
O("family", False, "en", "Grandma wants everyone home by 8 for dinner, Rafi is bringing sweets")
O("receipt", False, "en", "Your mobile recharge of Tk 50 to 01887432156 is successful. Balance Tk 312.40",
  [("phone", "+8801887432156")])
O("receipt", False, "bn", "বিদ্যুৎ বিল পরিশোধ সফল। বিলের পরিমাণ ৳১,৪৫০। TrxID BHP2W7K4TC",
  [("mfs_transaction", "BHP2W7K4TC")])
O("worker_content", False, "bn-Latn", "aj site e concrete dhalai hoise, kal off, bhabtesi market e jabo")
O("worker_content", False, "en", "Finished my shift at the garage, boss bought everyone biryani today")
O("worker_content", False, "bn", "নতুন অফিসে সবাই খুব হেল্পফুল, আজ প্রথম প্রজেক্ট জমা দিলাম")
O("joke", False, "en", "my diet lasted exactly until someone said 'kacchi' 😂")
O("joke", False, "bn-Latn", "tor biyer dawat e kacchi na thakle ami jabo na 😂")
O("official", False, "en", "Dhaka North City Corporation: vaccination camp at the ward 17 community centre on "
  "Saturday 9am-4pm")
O("news", False, "bn", "আজ রাজধানীর সর্বনিম্ন তাপমাত্রা ছিল ১৪ ডিগ্রি সেলসিয়াস, সামনের সপ্তাহে শৈত্যপ্রবাহের সম্ভাবনা")

# ---------------------------------------------------------------- sanity checks and write
BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def digits_in(text):
    return re.sub(r"\D", "", text.translate(BN_DIGITS))


def check(item):
    plain = digits_in(item["text"])
    for e in item["entities"]:
        t, v = e["type"], e["value"]
        if t in ("phone", "whatsapp"):
            nat = "0" + v[4:] if v.startswith("+880") else v[1:]
            if "seven" in item["text"]:        # the deliberately obfuscated number
                continue
            assert nat in plain or v[1:] in plain, (v, item["text"])
        elif t in ("telegram", "instagram"):
            assert v.startswith("@") and v[1:] in item["text"], (v, item["text"])
        elif t == "bd_nid":
            assert v in plain, (v, item["text"])
        elif t == "eth_address":
            assert v == v.lower() and v in item["text"].lower()
        else:
            assert v in item["text"], (v, item["text"])


ITEMS = FLAG + OK
for it in ITEMS:
    check(it)
random.Random(22).shuffle(ITEMS)
with OUT.open("w", encoding="utf-8") as fh:
    for i, it in enumerate(ITEMS, 1):
        row = {"id": f"dev22-{i:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": it["entities"]}
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(ITEMS)} items to {OUT}")
