#!/usr/bin/env python3
"""Write dev10.jsonl: a blind evaluation set for evidtriage indicator detection (issue 15).

Written from ../shared/research/indicators.md and the types listed in issue 15 only,
without sight of the rule packs. 160 items: 80 to flag (10 per category), 80 ok (60 hard).
Deterministic: fixed crypto payloads, fixed shuffle seed.
"""
import hashlib
import json
import sys
from pathlib import Path as _Path

sys.path.insert(0, str(_Path(__file__).parent))
from blind_labels import settle  # noqa: E402
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev10.jsonl")

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def tron_address(seed: str) -> str:
    """A checksum-valid TRON (USDT-TRC20) address derived from a seed (0x41 + 20 bytes)."""
    payload = b"\x41" + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


TRX1 = tron_address("dev10-ransom-wallet-1")
TRX2 = tron_address("dev10-ransom-wallet-2")

items = []


def F(cat, script, text, ents=()):
    items.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False,
                      entities=[list(e) for e in ents]))


def O(voice, script, hard, text, ents=()):
    items.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=[list(e) for e in ents]))


P = lambda x: ("phone", x)

# ---------------------------------------------------------------- recruitment_deception
c = "recruitment_deception"
F(c, "bn-Latn", "bhai ami ja vabsilam ta na. dalal bolsilo hotel e waiter er kaj 1200 riyal baton, ekhane ashar por dekhi morubhumi te uter khamar, 600 o thik moto dey na. kofil bole ei kaj e korte hobe nahole nijer takay dese ferot ja. ami to 5 lakh dia aslam bhai ekhon ki korbo")
F(c, "bn-Latn", "Malaysia te factory kaj 🇲🇾 kono experience lagbe na, thaka khawa company, betan 45-50 hajar. prothome visit visa te jaben, okhane giye company work permit kore dibe. passport ar 2 copy chobi niye dekha koren. imo 01823-456712",
  [P("+8801823456712")])
F(c, "bn-Latn", "apu amar jamai re dalal free visa dise bolse, ekhn saudi giye dekhe kono company nai, kofil kono kaj o dey na, bole bahire kaj khuje ne ar mase 500 riyal amare dibi. eita ki visa na dhoka?? 3 mash dhore bose ase, taka o shesh")
F(c, "bn-Latn", "Vai apni to bolsilen dubai te mall e salesman er job. ekhon ei lok gula amader ke camp e rakhse, construction site e pathay protidin. contract e arabic e ki lekha ami bujhi nai, airport e sign koraia nise, bole sign na korle plane e uthte dibe na")
F(c, "bn", "ভাই আপনে কইছিলেন রোমানিয়া যাইতে পারমু, ভিসা আসল। এমব্যাসিতে গিয়া শুনি ভিসাটাই ভুয়া, আপনার দেওয়া কাগজ নাকি জাল। সাড়ে চার লাখ টাকা দিছি আপনারে, এখন ফোন ধরেন না ক্যান?")
F(c, "bn", "থাইল্যান্ডে অনলাইন কাস্টমার সার্ভিসের কাজ, শুধু টাইপিং জানলেই হবে। বেতন ১২০০ ডলার, বিমান টিকিট আর থাকা ফ্রি। অভিজ্ঞতা লাগবে না, টুরিস্ট ভিসায় যাবেন, ওয়ার্ক পারমিট ওখানে গিয়া আমরা করে দিব। আগ্রহীরা টেলিগ্রামে নক দিন")
F(c, "bn", "মা আমারে যে কোম্পানির কথা কইছিল সেই কোম্পানিতে নেয় নাই। এয়ারপোর্ট থেকে অন্য একজন আইসা নিয়া গেছে, এখন একটা বাসায় কাজ করি, বলে তোমার ভিসা নাকি এই বাসার নামেই। হাসপাতালের ক্লিনারের কথা ছিল মা")
F(c, "en", "Sir you promised me cleaner job in hospital in Kuwait with 150 KD. Now they put me in a house with 9 people, no contract, the madam say agency sold my visa to her. Please help me I want the job you promised")
F(c, "en", "URGENT!! Customer service reps needed in Bangkok/Myawaddy. Salary $1500 + commission, free flight, free hotel. No experience, only basic English & typing. Travel on tourist visa, company will arrange work permit after arrival. WhatsApp +66 81 234 5678 or CV to hr.asiaglobaljobs@gmail.com",
  [P("+66812345678"), ("email", "hr.asiaglobaljobs@gmail.com")])
F(c, "en", "bro the agent said Poland work permit, we paid already. now he says first we go Dubai on visit visa and wait there. 3 months, no permit, no job, he keep saying next week next week. 11 of us in one room and money finish")

# ---------------------------------------------------------------- fees_and_debt
c = "fees_and_debt"
F(c, "bn", "শোনো, এখানে মালিক বলতেছে আমার আসার খরচ ৩ লাখ টাকা, ওইটা শোধ না হইলে পুরা বেতন পামু না। প্রতি মাসে বেতন থেকে কাইটা রাখতেছে, হাতে দেয় ২০০ রিঙ্গিত। কবে শেষ হইবো জানি না, তুমি কিস্তির লোকরে একটু বুঝাইয়া কইও")
F(c, "bn", "আব্বা জমিটা বন্ধক রাইখা দালালরে ৫ লাখ দিছে, আর ভাইয়া সৌদি গিয়া ফোন দিয়া কয় আরো এক লাখ না পাঠাইলে আকামা করবো না। কিস্তির টাকাও বাকি। আমরা কি করমু কেউ বলেন")
F(c, "bn", "মালয়েশিয়া কলিং ভিসা, মোট খরচ ৬ লাখ ৫০ হাজার। ২ লাখ অগ্রিম, বাকি টাকা ভিসা হাতে পাইলে। সরকারি রশিদে ৭৯ হাজার লেখা থাকবে, ওইটা নিয়া কোন প্রশ্ন করবেন না। অফিসে কেউ জিগাইলে বলবেন ৭৯ হাজারই দিছেন")
F(c, "bn", "কোম্পানি বলে ভিসা রিনিউ, মেডিকেল আর রুমের ভাড়া সব আমাদের বেতন থেকে কাটবে। ৯ মাস হইল একটা টাকাও দেশে পাঠাইতে পারি নাই, উল্টা বলে আমি নাকি ওদের কাছে আরো দেনা")
F(c, "bn-Latn", "Bhaiya ami 4 lac dichi visa r jonno, ekhn boltese aro 1.5 lac lagbe nahole flight hobe na. amar ma er gohona bikri kore dichi age. ei taka ki ferot pabo? dalal bolse taka na dile passport o ferot dibe na")
F(c, "bn-Latn", "tor jonno 8000 riyal khoroch hoise, oita kete nibo protimase 800 kore. jotodin shodh na hoy kaj chere jaite parbi na, bujhsos? kofil er sathe kotha hoye gese")
F(c, "bn-Latn", "amra 20 jon ekhane, sobai dalal er kache loan kore 5-6 lakh dise, ekhn company boltese prottekta loker theke ar 1500 ringgit nibe permit er jonno, na dile illegal hoye jabo. kisti er loker jonno barite ma kanna kortese, ami ki korbo kichui bujhtesi na")
F(c, "en", "They told us in Dhaka everything is paid. Here the supervisor says each of us owes 2,400 dollars for ticket, visa, food, and will take half the salary until it is paid. If we leave before, the debt goes to our families")
F(c, "en", "Saudi cleaning company visa available. Total package 5.5 lakh BDT, 1 lakh advance to confirm, rest after visa stamping. Receipt will show govt rate only. Don't mention the extra to anyone at BMET.")
F(c, "en", "Madam I borrowed from 3 samity to pay the agent 480000 taka, in Malaysia they gave no work 4 months. Now the agent wants 70000 more for the permit, and the samity men come to my house every week")

# ---------------------------------------------------------------- payments_and_proceeds
c = "payments_and_proceeds"
F(c, "bn-Latn", "apa ora video call e bhaiyake dekhaise, mukh e rokto. bolse 3 lakh taka bkash e na dile chharbe na. 01756-112233 ei number e personal e pathaite bolse, 50 hajar kore 6 bar. ki korbo apa amar matha kaj kore na, abba ke ekhono bolinai",
  [P("+8801756112233")])
F(c, "bn-Latn", "taka gula nagad e ek number e pathaio na, 4 ta agent e bhag kore cash in koro. 01911-445566, 01611-778899, baki 2 ta pore dibo. sms gula delete kore dio, kew jigaile bolba bidesh theke bhai pathaise",
  [P("+8801911445566"), P("+8801611778899")])
F(c, "bn-Latn", "ma amake libya te atke rakhse, ora bolche 4 lakh na dile boat e uthabe na. bikash e dio na, dalal er lok bari te ashbe cash nite, oder hate dia dio. kauke bolo na ma please, police e gele amar khoti hobe")
F(c, "bn-Latn", "ek ek jon lok er jonno 1.2 lakh dibe oman er kofil, hundi te ashbe. tui amar bhag ta rocket e pathabi 01812-345678, baki ta chacha er kache joma thakbe. list e 9 jon ase",
  [P("+8801812345678")])
F(c, "bn", "ভাইরে ছাড়ানোর জন্য ওরা USDT চাইছে, ২০০০ ডলার। এই এড্রেসে পাঠাইতে কইছে: " + TRX1 + " । আমরা তো ক্রিপ্টো বুঝি না, বাজারের একজন বলছে বাইনান্স দিয়া পাঠানো যায়। কেউ একটু সাহায্য করেন",
  [("crypto", TRX1)])
F(c, "bn", "পার্লারের মেয়েদের আজকের কামাই সব নগদে একসাথে জমা দিবি না, ৫ হাজারের বেশি এক নম্বরে না। মেয়েদের হাতে এক টাকাও দিবি না, রাতে ম্যানেজাররে হিসাব দিবি")
F(c, "bn", "আমার ছেলেরে মিয়ানমারের ক্যাম্পে আটকাইয়া রাখছে। ওরা কয় ৮ লাখ টাকা দিলে ছাড়ব, বিকাশে ৫০ হাজার আগে পাঠাইছি ০১৭১৮-৯৯০০১১ নম্বরে। এখন আবার কইতেছে বাকিটা দুইদিনের মধ্যে, না দিলে অন্য জায়গায় বেইচা দিবো",
  [P("+8801718990011")])
F(c, "en", "Send the 1500 USDT (TRC20) to this wallet only: " + TRX2 + " After confirm we release your brother's passport and put him on the bus to the border. Do not contact embassy, they can't do anything here.",
  [("crypto", TRX2)])
F(c, "en", "Boss, collected this week from the 14 new guys: 9 paid full by bKash, 5 still owe. Transfer went through hundi to Riyadh, slip in the group. Don't use your own NID for the agent accounts")
F(c, "en", "Your husband is with us. Pay 2.5 lakh by bKash to 01533-221100 by tomorrow 10am, split in 25k payments, or you will not hear from him again. No police.",
  [P("+8801533221100")])

# ---------------------------------------------------------------- isolation_and_control
c = "isolation_and_control"
F(c, "bn", "আপু আমি লুকাইয়া এই ফোন দিয়া লিখতেছি, মেডাম আমার মোবাইল নিয়া রাখছে আসার পরদিনই। সপ্তাহে একবার ৫ মিনিট কথা বলতে দেয় সামনে বইসা। বাসার দরজা বাইরে থিকা তালা দিয়া যায়, জানালাও খোলা যায় না")
F(c, "bn", "বাড়িতে বলবি গার্মেন্টসে চাকরি পাইছিস, ঢাকায় থাকবি। আসল কথা কাউরে বলবি না, তোর মায়েরেও না। যাওয়ার দিন ফোনের সিম ভাইঙ্গা ফেলবি, নতুন সিম আমরা দিমু")
F(c, "bn", "পাসপোর্টগুলো কোম্পানির ম্যানেজার নিয়া গেছে, বলে ইকামা বানাইয়া দিবে। ৮ মাস হইয়া গেল ইকামাও নাই পাসপোর্টও ফেরত দেয় না। রাস্তায় বাইর হইলে পুলিশে ধরে, তাই ক্যাম্প থিকা বাইর হই না")
F(c, "bn", "নতুন যারা আসছে ওদের কেউ বাইরে যাইবো না, গেটে সবসময় একজন থাকবি। মোবাইলগুলা আমার রুমে জমা রাখবি, রাতে কারো হাতে দিবি না")
F(c, "bn-Latn", "bhaia amk ekta ghore atkai rakhse 2 mash, janala o bondho. khabar dorjar nich dia dey. amr passport ta dalal er kache. keu jeno na jane ami ei msg dilam, ei phn ta pasher rumer ek bhai er, pls reply dio na")
F(c, "bn-Latn", "shon, bari te bolbi Dubai te hospital e kaj koros. ma baba video call dile uniform pore kotha bolbi, ami diye dibo. ashol kaj er kotha kauke bolis na, bolle tor e khoti")
F(c, "bn-Latn", "bhaiyar sathe 3 mash kono kotha nai. last e bolse company mobile nie nise, sunday te sudhu 1 bar dey. ekhon oitao dey na. dalal ke phn dile bole valo ase, kotha bolar dorkar nai, ar phn diben na")
F(c, "en", "They took all our phones and passports when we landed, said it is company rule for security. We sleep in the factory, the gate is locked at night and a guard stays outside. Only the supervisor can go to the shop.")
F(c, "en", "Tell your family you are going to a supermarket job in Kuala Lumpur. Don't tell anyone the company name or who is taking you. At immigration say you are visiting your cousin. Delete this chat after reading.")
F(c, "en", "i cant leave the house, madam keeps the key and my passport in her bag. she says if i talk to other bangladeshi maids she will lock me in the store room again. please dont call this number, i will msg when i can")

# ---------------------------------------------------------------- labour_exploitation
c = "labour_exploitation"
F(c, "bn-Latn", "amra din e 16-18 ghonta kaj kori, kono chuti nai friday o. khabar dey ek bela, shudhu khubz ar pani. 5 mash beton dey nai, chaile bole company loss e ase, sobur koro")
F(c, "bn-Latn", "vai ajke sunlam amader 6 jon ke arek company er kase bikri kore dise kofil, 3000 riyal kore ek ek jon. amader kichu jigay o nai. notun jaygay kaj aro beshi, betan er kono khobor nai")
F(c, "bn-Latn", "ammu ekhane kono customer service na, sara din fake id diye manush ke crypto te taka lagaite hoy. target puron na korle beton kete ney ar khaite dey na. 14 ghonta computer e boshe thaki, ghumaite dey 5 ghonta")
F(c, "bn-Latn", "baton chaile kofil bole porer mash e dibo, ei kore 11 mash. amar hisab e 6600 riyal pawna. desh e ma er operation, kichu pathaite partesi na. ar bole beshi chaile kaj theke ber kore dibo")
F(c, "bn", "ভাই আমরা ৪০ জন একটা গোডাউনে থাকি, একটা বাথরুম। সকাল ৫টা থেকে রাত ১০টা পর্যন্ত কাজ, ওভারটাইমের টাকা দেয় না। বেতন চাইলে কয় আগে ভিসার টাকা কাটবো")
F(c, "bn", "আমার মেয়েরে যে বাসায় দিছে ওরা তারে রাতে ঘুমাইতে দেয় না, সারাদিন তিন বাসায় কাজ করায়। চার মাসের বেতন দেয় নাই, খাইতে দেয় বাসি খাবার, ফোনে কান্দে খালি")
F(c, "bn", "ইটভাটার সর্দার বলছে মৌসুম শেষ না হওয়া পর্যন্ত কোনো টাকা দিব না, বাড়ি যাইতেও দিব না। আমি আর বউ সারা দিন ইট বানাই, খাওনের চাল ডালের দামও খাতায় লেইখা রাখে")
F(c, "en", "Shift is 6am to 11pm, 7 days. Salary was 1,200 AED in the offer letter, now they pay 600 and keep 'food deduction'. 4 months we got nothing, they say the client did not pay the company.")
F(c, "en", "Boss says we are transferred to another camp, a new sponsor bought our contracts. Nobody asked us. New place is farm in desert, no shade, no water after noon, and the first salary they will 'hold' as guarantee.")
F(c, "en", "I am on a fishing boat 3 months without going to land. Captain takes all our pay for food and fuel. If someone is sick he still must work, one man fell in the water and they did not stop the boat.")

# ---------------------------------------------------------------- threats_and_coercion
c = "threats_and_coercion"
F(c, "bn", "বেশি কথা কইলে তোর নামে হুরুব দিয়া দিমু, তখন সারা জীবন জেলে পচবি। চুপচাপ কাজ কর, আর দেশে ফোন দিয়া কান্নাকাটি বন্ধ")
F(c, "bn", "আপনার ছেলে যদি আবার এম্বাসিতে ফোন দেয়, তাইলে মনে রাইখেন আপনাগো বাড়ির ঠিকানা আমাগো লোকের কাছে আছে। মামলা তুইলা নেন, না হইলে ভালো হইবো না")
F(c, "bn", "কাল রাতে ম্যানেজার কারেন্টের তার দিয়া মারছে, কারণ আমি বাড়ি যাইতে চাইছি। বলছে পালাইলে পুলিশের হাতে তুইলা দিবে, আমার তো কাগজ নাই। পিঠে এখনো দাগ")
F(c, "bn", "দালাল ফোন দিয়া হুমকি দিতেছে, বলে টাকার কথা কাউরে কইলে আমার স্বামীরে ওইখানেই শেষ কইরা দিবো। থানায় যাইতে ভয় লাগে, পোলাপান দুইটা ছোট")
F(c, "bn-Latn", "tui jodi palash ba police er kase jas tahole tor bon ke tule nibo. tor barir sobai ke chini, tor baper dokan o chini. kaj kor chup chap")
F(c, "bn-Latn", "ora bolse passport firot chaile 2 lakh dite hobe ar na dile amake illegal bole deport koraye dibe, ar desh e mamla dibe je ami churi korsi. ami ki korbo bhai kisu bujhtesi na")
F(c, "bn-Latn", "chaira jaite chaisilam bole amar pa e lathi marse, 2 din khaite dey nai. bole ar ekbar try korle marubhumi te fele ashbe keu khujeo pabe na")
F(c, "en", "If you go to the embassy again we will report you as runaway and you will go to jail, no one will believe a maid. Your family in Sylhet also owes us, remember that.")
F(c, "en", "Supervisor beat two guys today for asking to call home. He says anyone who complains will be sent to the other compound where they use the electric stick. We are scared, pls dont post this anywhere")
F(c, "en", "Uncle, tell your son to stop crying to the NGO people. He signed the paper. One call from me and the police here will pick him up, then you will never see him.")

# ---------------------------------------------------------------- minors
c = "minors"
F(c, "bn-Latn", "bhaiya amar boyosh to 15, agency te giye bolle ki hobe? apni je bolsilen jonmo nibondhon notun kore dile somossa nai, oita koto din lagbe? ammu ke ekhono bolinai")
F(c, "bn-Latn", "meyer boyosh kom hoileo problem nai, chairman er office theke jonmo nibondhon e 2002 likhe dibo, passport e 24 ashbe. Saudi te basar kaj, 20 hajar beton, medical e kichu jigabe na")
F(c, "bn-Latn", "ekta 11-12 bochor er meye lagbe basar kajer jonno? gramer meye, baba nai. mashe 2000 dilei cholbe, taka ta ma ke dilei hobe, school er jhamela nai")
F(c, "bn-Latn", "apa amar pola ta 13 bochor, dalal bolse India hoye Dubai niye jabe uter douro te. boyos lukaite notun ID baniye dibe. ami ki pathamu? onek taka dibe bolse, kisti o shodh hoye jabe")
F(c, "bn", "আপা, ১০ বছরের একটা মেয়ে আছে, ঢাকায় বাসায় রাখতে পারবেন। খাওয়া পরা দিলেই হবে, বেতন লাগবে না, বছরে একবার বাপের হাতে কিছু দিয়েন")
F(c, "bn", "মেয়ের বয়স ১৬ হইলেও সমস্যা নাই, নতুন জন্মনিবন্ধন করাইয়া বয়স বাড়াইয়া দিমু, পাসপোর্টে ২২ আসবে। ইন্টারভিউতে জিগাইলে ২২-ই কইবো, শিখাইয়া দিয়েন")
F(c, "bn", "আমার বয়স ১৪, আমারে ওরা কয় জর্ডানে গার্মেন্টসে কাজ। পাসপোর্টে অন্য বয়স লেখা, আমি কি করমু আপু? আম্মা রাজি হইয়া গেছে")
F(c, "en", "Need 3 girls age 12-14 for household work in Dhaka families, from village, no documents needed. Advance 10,000 to parents, salary paid to the middleman. Contact 01845-667788",
  [P("+8801845667788")])
F(c, "en", "Is 16 ok? She is tall and looks older. The agent said he can make a new birth certificate so passport shows 21, medical center will not check.")
F(c, "en", "My nephew is 15 and a sardar took him to a fish drying site near Cox's Bazar, they told his mother he was going to a madrasa in town. He works at night and they won't let him call.")

# ---------------------------------------------------------------- sexual_exploitation
c = "sexual_exploitation"
F(c, "bn-Latn", "Dubai te beauty parlour e kaj, shudhu sundor meye lagbe, boyos 18-25. betan 1.5 lakh + tips. kaj shikhe nite hobe, majhe majhe 'guest' der sathe bosa lagbe. passport na thakle amra kore dibo. inbox e msg dio")
F(c, "bn-Latn", "apu ei parlour na, rat e hotel e pathay. na gele marbe bole. amar sathe ar 5 ta meye ase bangladesh er. ekhan theke kivabe ber hobo? amake bachan please, ammu ke kichu bolben na")
F(c, "bn-Latn", "Oman e spa te kaj, shudhu meyeder jonno, beton 1200 OMR, training free. single hoile better, family ke janano lagbe na. call dio: zero one nine seven two - three four five - six seven eight",
  [P("+8801972345678")])
F(c, "bn", "দুবাইয়ের একটা রেস্টুরেন্ট-বারে নাচ আর অতিথি আপ্যায়নের কাজ, মাসে দেড় লাখ টাকা। শুধু দেখতে সুন্দর মেয়েরা যোগাযোগ করবা, অভিজ্ঞতা লাগবো না, যাওয়া আসার খরচ আমাগো")
F(c, "bn", "নাসরিনরে পার্লারের কাজের কথা কইয়া ইন্ডিয়া নিয়া গেছে বর্ডার পার কইরা। এখন ফোনে কান্দে, কয় একটা বাড়িতে আটকাইয়া রাখছে, প্রতিদিন লোক আসে")
F(c, "bn", "নতুন মেয়েগুলার ছবি গ্রুপে দিছি, কাস্টমার ঠিক হইলে হোটেলের রুম নম্বর দিবা। মেয়েদের হাতে টাকা দিবা না, সব আমার কাছে")
F(c, "en", "Hiring! Female receptionists for VIP hotel in Kuala Lumpur. Age 18-24, fair, slim. Salary RM 8,000, accommodation provided. Must be friendly with guests after hours. Send photos to WhatsApp +60 12-345 6789",
  [P("+60123456789")])
F(c, "en", "They said massage center job in Malaysia, proper spa. The first night the boss said we must go with customers to pay our debt. They keep all the money, we get only food.")
F(c, "en", "New Bangladeshi girls just arrived 🌹 young and fresh, at the Deira apartment. Booking only through my agent, text 050 123 4567",
  [P("+971501234567")])
F(c, "en", "My sister went to Jordan for a garment factory job. Today she called from someone else's phone and said they moved her to a flat, the man there says she has to 'entertain' men until she pays 3000 dinar. What should we do??")

# ================================================================ ok items
# ---------------------------------------------------------------- news
v = "news"
O(v, "bn", True, "মানব পাচার চক্রের তিন সদস্য গ্রেপ্তার। বিদেশে উচ্চ বেতনের চাকরির প্রলোভন দেখিয়ে তরুণদের লিবিয়ায় নিয়ে আটকে রেখে পরিবারের কাছ থেকে মুক্তিপণ আদায় করত চক্রটি, জানিয়েছে র‍্যাব।")
O(v, "bn", True, "কক্সবাজারে ট্রলারে করে মালয়েশিয়া পাঠানোর সময় ৪২ জনকে উদ্ধার করেছে কোস্টগার্ড, আটক দুই দালাল। উদ্ধারদের মধ্যে ১১ জন নারী ও ৬ শিশু রয়েছে।")
O(v, "bn", True, "প্রবাসী নারী কর্মীর পাসপোর্ট আটকে রেখে নির্যাতনের মামলায় রিক্রুটিং এজেন্সির মালিককে পাঁচ বছরের কারাদণ্ড দিয়েছেন মানব পাচার অপরাধ দমন ট্রাইব্যুনাল।")
O(v, "bn", False, "নভেম্বরে রেমিট্যান্স এসেছে ২৪০ কোটি ডলার, চার মাসে সর্বোচ্চ: বাংলাদেশ ব্যাংক")
O(v, "bn-Latn", True, "Breaking: jessore border e 9 jon nari o shishu uddhar, BGB bolse India te parlour er kaj er kotha bole pachar er cheshta chilo. 2 jon dalal atok.")
O(v, "bn-Latn", True, "news e dekhlam cambodia theke 27 jon bangladeshi ferot asche, ora scam company te atke chilo, passport kere nisilo. embassy r IOM er sahajje ferot ana hoise")
O(v, "bn-Latn", True, "TV te dekhaise madaripur er dalal ke dhorse, o naki 30 jon ke Italy pathanor kotha bole Libya te bikri kore dito. court e 7 din er remand")
O(v, "en", True, "Dhaka, 3 Dec: Police arrested a recruiting agent accused of sending 14 women to Oman on false promises of hotel work, where they were allegedly forced into sex work. He demanded Tk 2 lakh from families for their return, the complaint says.")
O(v, "en", True, "Court frames charges against six in Libya ransom case: victims were held in a warehouse in Zuwara and families paid through bKash agents in Madaripur, prosecutors said.")
O(v, "en", True, "Malaysian authorities raided a glove factory dormitory and found 120 Bangladeshi workers whose passports were kept by the employer; the labour department ordered payment of wage arrears.")

# ---------------------------------------------------------------- awareness
v = "awareness"
O(v, "bn", True, "সতর্কতা: বিদেশে যাওয়ার আগে কখনোই কোনো দালালের হাতে আপনার পাসপোর্ট দেবেন না। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে প্রবাসী হেল্পডেস্কে জানান।")
O(v, "bn", True, "মেয়েদের বিউটি পার্লার বা হোটেলে চাকরির কথা বলে বিদেশে নেওয়ার ঘটনা বাড়ছে। এমন প্রস্তাব পেলে পরিবারকে জানান, কাউকে না জানিয়ে কোথাও যাবেন না।")
O(v, "bn", True, "শিশুদের বয়স বাড়িয়ে পাসপোর্ট করা দণ্ডনীয় অপরাধ। ১৮ বছরের কম বয়সী কাউকে গৃহকর্মী হিসেবে বিদেশে পাঠানো যায় না। সন্দেহজনক কিছু দেখলে ৯৯৯-এ জানান।")
O(v, "bn-Latn", True, "Sobai share koren 🙏 free visa bole kichu nai! keu jodi bole saudi free visa 4-5 lakh e kore dibe, taka diben na. passport kauke diben na, BMET registration chara bidesh jaben na.")
O(v, "bn-Latn", True, "Probashi bhaider jonno: kofil passport rakhte parbe na, eta saudi ainer biruddhe. beton 3 mash na dile labour office e complain koren. ei group e kono dalal er post allow na.")
O(v, "bn-Latn", True, "Apnar chele ba meye ke keu bolse online e typing job, thailand/cambodia te 1000 dollar beton? sabdhan! eigula scam company, okhane giye atke rakhe. jawar age embassy theke verify koren.")
O(v, "en", True, "Know your rights: your employer cannot keep your passport or phone. You should never pay to get your own documents back. If you are locked in or not paid, call the embassy labour wing.")
O(v, "en", True, "Red flags of trafficking: a job offer with very high salary and no clear duties, a recruiter who asks you to lie to immigration, being told to keep the job secret from family. Stay safe, share this post.")
O(v, "en", True, "IOM reminder: never send money by bKash or Nagad to a 'visa processing' personal number. Official fees are paid only at the bank against a receipt.")
O(v, "en", False, "Thank you to all volunteers who joined yesterday's migrant workers' day rally, photos are in the album 📸")

# ---------------------------------------------------------------- official
v = "official"
O(v, "bn", True, "জনশক্তি কর্মসংস্থান ও প্রশিক্ষণ ব্যুরো (বিএমইটি): মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ৭৯,০০০ টাকা। এর বেশি কেউ দাবি করলে রসিদসহ অভিযোগ করুন। স্মার্ট কার্ড ছাড়া কেউ বিমানবন্দর ত্যাগ করতে পারবেন না।")
O(v, "bn", True, "আল-নূর ওভারসিজ (আরএল-১২৩৪): সৌদি আরবে হাউসকিপিং কর্মী নিয়োগ। বয়স ২৫-৪০, সরকার নির্ধারিত ফি ছাড়া কোনো টাকা লাগবে না, সকল লেনদেন ব্যাংকের মাধ্যমে, রসিদ দেওয়া হবে। যোগাযোগ: ০১৭১১-৫৫৬৬৭৭",
  [P("+8801711556677")])
O(v, "bn", True, "রিয়াদস্থ বাংলাদেশ দূতাবাস: যেসব কর্মীর নিয়োগকর্তা পাসপোর্ট বা বেতন আটকে রেখেছেন, তারা শ্রম উইংয়ে আবেদন করুন। হুরুব সংক্রান্ত সহায়তার জন্য প্রতি রবিবার সরাসরি আসুন।")
O(v, "bn-Latn", True, "Romania work permit, BMET approved. Total khoroch sorkari niyom onujayi, taka bank e joma, kono dalal er sathe lenden korben na. office e ashun, Paltan, RL-0987. Hotline 01819-223344",
  [P("+8801819223344")])
O(v, "bn-Latn", True, "Ami Probashi app e registration korle fingerprint er date dibe. kono agent apnar theke medical er age passport joma rakhte parbe na. fee sudhu online e deya jabe, hate hate na.")
O(v, "bn-Latn", False, "DEMO office friday bondho thakbe. sunday theke smart card delivery abar shuru hobe, serial onujayi ashben.")
O(v, "en", True, "Notice from the Labour Wing, Bangladesh High Commission, Kuala Lumpur: workers whose wages are unpaid for more than one month or whose passports are held by employers may file a complaint online. Hotline +60 3-2148 1234.",
  [P("+60321481234")])
O(v, "en", True, "Licensed recruiting agency (RL 1456). Qatar: 40 security guards. Migration cost as fixed by government, paid by bank draft; no advance to any individual. We never keep original passports; bring photocopies to the interview. CV: jobs@alnoor-overseas.com",
  [("email", "jobs@alnoor-overseas.com")])
O(v, "en", True, "Ministry of Expatriates' Welfare: sub-agents must be registered. Payments for overseas jobs to personal bKash or Nagad numbers are not recognised. Report fraud at the district employment office.")
O(v, "en", False, "BMET: pre-departure orientation for Japan-bound trainees will be held at TTC Mirpur on 12 December, 9:00 am.")

# ---------------------------------------------------------------- worker_content
v = "worker_content"
O(v, "bn-Latn", True, "alhamdulillah 2 bochor holo saudi te. kofil valo manush, beton protimase thik time e dey, iqama o renew kore dise nijer khorche. passport amar kache e ase. chuti te desh e ashbo inshallah")
O(v, "bn-Latn", True, "malaysia factory te overtime soho 2200 ringgit pai. 12 ghonta shift but sunday off, thaka khawa company dey. dalal chara BMET diye ashchi tai khoroch kom hoise")
O(v, "bn-Latn", False, "aj duty te boss pizza khawaise 🍕 sobai mile chobi tullam")
O(v, "bn", True, "আমি দুবাইয়ে একটা হোটেলে হাউসকিপিংয়ে আছি তিন বছর। কোম্পানি থাকা-খাওয়া দেয়, বেতন ব্যাংকে আসে। ফোন পাসপোর্ট সব নিজের কাছে, কোনো সমস্যা নাই আম্মা, চিন্তা কইরো না।")
O(v, "bn", True, "আলহামদুলিল্লাহ এই মাসে বেতনের সাথে বোনাসও পাইছি। বিকাশে ৩০ হাজার পাঠাইলাম, আব্বার ঔষধ কিনো আর কিস্তির টাকাটা দিয়া দিও।")
O(v, "bn", False, "আজকে ডিউটি শেষে সবাই মিলে বিরিয়ানি রান্না করছি, রুমমেট রাজু ভাইয়ের জন্মদিন।")
O(v, "en", True, "Finished my contract in Qatar, employer paid end of service and the ticket home. They never held my passport, and the agency in Dhaka took only the official fee. Recommend them.")
O(v, "en", True, "Night shift at the hotel again, 10 hours but good tips. Manager is strict about phones on the floor so I keep mine in the locker till break 😅")
O(v, "en", True, "Spa therapist here in Muscat, 4 years now. Licensed clinic, proper contract, my own room. Salary came on time every month. Happy to answer questions from sisters thinking to come.")
O(v, "en", False, "Got promoted to line supervisor today! Thanks everyone for the wishes 🙏")

# ---------------------------------------------------------------- receipt
v = "receipt"
O(v, "en", True, "You have received Tk 50,000.00 from 01712345678. Fee Tk 0.00. Balance Tk 52,310.50. TrxID BKL7Q2M9XZ at 02/12/2026 14:05",
  [P("+8801712345678")])
O(v, "en", True, "Cash Out Tk 25,000.00 to 01987654321 successful. Fee Tk 462.50. Balance Tk 1,204.11. TrxID BKM3R8T1WP at 28/11/2026 18:42",
  [P("+8801987654321")])
O(v, "en", True, "Money Received. Amount: Tk 15000.00 Sender: 01678901234 Ref: bhaiya TxnID: 72HX9KQ1 Balance: Tk 15230.00 01/12/2026 09:11",
  [P("+8801678901234")])
O(v, "en", False, "Payment Tk 850.00 to Foodpanda (Merchant) successful. Balance Tk 2,105.40. TrxID BKS7E8F9GH at 03/12/2026 21:30")
O(v, "bn", True, "আপনি ০১৮১৫-৬৭৮৯০১ থেকে ৳২০,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳২১,৪৫০.০০। TrxID BKN5T6U7VA ২৯/১১/২০২৬ ২০:১৫",
  [P("+8801815678901")])
O(v, "bn", True, "প্রিয় গ্রাহক, সৌদি আরব থেকে পাঠানো রেমিট্যান্স ৳৪৮,৫০০ আপনার বিকাশ একাউন্টে জমা হয়েছে, ২.৫% প্রণোদনাসহ। TrxID BKP2W3X4YB")
O(v, "bn", False, "আপনার বিদ্যুৎ বিল ৳১,২৪০ সফলভাবে পরিশোধ হয়েছে (DESCO)। TrxID BKQ8Z9A1BC")
O(v, "bn-Latn", True, "bhai taka pathaisi dekhen: Send Money Tk 10,000.00 to 01555-667788 successful. TrxID BKR4C5D6DE. ammu ke bolben pouche gese",
  [P("+8801555667788")])
O(v, "bn-Latn", True, "Rocket: Cash-In Tk 30,000 from A/C ***4521 successful. Balance Tk 30,912. TxnId 8812345670 — chacha dubai theke pathaise, kal bank e joma dibo")
O(v, "bn-Latn", False, "recharge Tk 49 to 01722-334455 successful, ekhon net pack kinlam",
  [P("+8801722334455")])

# ---------------------------------------------------------------- joke
v = "joke"
O(v, "bn-Latn", True, "bou amar passport ta atke rakhse, bole Dubai gele ar firba na 😂😂 ei holo amar jail life")
O(v, "bn-Latn", True, "boss amare office e atke rakhse 14 ghonta, beton dibe next life e 🤣 corporate dashotto zindabad")
O(v, "bn-Latn", True, "ammu bolse result kharap hoile phone joma, bahire jawa bondho. ami ekhon officially bondi 😭😂")
O(v, "bn-Latn", False, "ajke cha er dokane bhai amar 3 cup cha khaise, taka dilo ami 🙄😂")
O(v, "bn", True, "বিয়ের পর বুঝলাম আসল দালাল তো ঘটক 😂 দুই লাখ টাকা নিয়া কইলো মেয়ে রান্নায় এক্সপার্ট, এখন দেখি ডিম ভাজাও পারে না")
O(v, "bn", True, "আমার বস আমারে বিক্রি কইরা দিছে অন্য ডিপার্টমেন্টে, কেউ জিগাইলোও না 😂")
O(v, "bn", False, "পরীক্ষার হলে স্যার আসলে আমি আর আমার জ্ঞান দুইজনই গায়েব 🤣")
O(v, "en", True, "My landlord is basically holding my deposit hostage lol, pay 500 more or never see it again 😂")
O(v, "en", True, "Wife took my phone and said no football until the dishes are done. Send help, I'm being held captive 😂")
O(v, "en", False, "Why did the tomato blush? Because it saw the salad dressing 🥗😂")

# ---------------------------------------------------------------- chatter
v = "chatter"
O(v, "en", True, "Uncle's new Saudi number is +966 55 123 4567, save it. He's in Jeddah now with the new company.",
  [P("+966551234567")])
O(v, "en", True, "Hotel in Kuala Lumpur for the conference: 3 nights RM 450, booking ref in email. Call the front desk at +60 3-2141 5555 if the shuttle doesn't show.",
  [P("+60321415555")])
O(v, "en", False, "Anyone know a good dentist in Dhanmondi? Tooth is killing me.")
O(v, "bn-Latn", True, "mama er malaysia number +60 11-2345 6789 e imo kor, shondha 8 tar por free thake",
  [P("+601123456789")])
O(v, "bn-Latn", True, "oi salary koto dey tor notun job e? ami 35k pai, bolse 6 mash por increment. boss thik ase but office onek dur")
O(v, "bn-Latn", False, "kal khela ase 7 ta e, sobai mathe chole ashis. ball ami nibo")
O(v, "bn", True, "দোস্ত, দুবাইয়ের যে কোম্পানির কথা বলছিলি, ওরা ইন্টারভিউ নিছে? বেতন কত দিবে? ওমানের নম্বরটা দে তো, +৯৬৮ ৯১২৩ ৪৫৬৭ এইটা?",
  [P("+96891234567")])
O(v, "bn", True, "ভাই কাতার থেকে ফোন দিছিলাম, আমার নম্বর +974 3312 3456 সেভ কইরা রাখিস। এখানে বেতন ভালো, ঈদে ছুটি পাইলে আসমু।",
  [P("+97433123456")])
O(v, "bn", False, "আজকে বৃষ্টি হবে মনে হয়, ছাতা নিয়ে বের হইস।")
O(v, "bn", False, "মিটিং বিকাল ৪টায় সরানো হইছে, লিংক আগেরটাই।")

# ---------------------------------------------------------------- family
v = "family"
O(v, "bn-Latn", True, "ammu tomar passport ta kothay rakhso? hajj er registration er jonno lagbe, ar NID copy o. ami kal agency te niye jabo, receipt niye ashbo")
O(v, "bn-Latn", True, "abba bolse jomi bondhok na rekhe bank theke probashi loan nibo bhaiyar Japan jawar jonno, BMET er training shesh. tui o kichu taka pathaish")
O(v, "bn-Latn", True, "chotu er passport expire hoye gese, e-passport er jonno online e form fillup korsi. biometric er date 15 tarikh, tumi sathe jaba?")
O(v, "bn-Latn", False, "apu tor jonno jama kinsi eid e, size thik ache kina dekhe nish")
O(v, "bn", True, "আব্বু, আমার বেতনটা এই মাসে একটু দেরিতে আসবে, অফিস বলছে ১০ তারিখে দিবে। কিস্তির টাকাটা আমি তখন পাঠাই দিমু, চিন্তা কইরো না।")
O(v, "bn", True, "ভাইয়া, আম্মার পাসপোর্ট আর টিকিট আমার কাছে রাখছি, উমরাহ থেকে ফিরলে ফেরত দিমু। বিকাশে খরচের টাকা পাঠায় দিও।")
O(v, "bn", True, "মেয়েটা এইবার এসএসসি দিবে, ওর বয়স ১৬। বিয়ের কথা কেউ বললে না করে দিও, আগে পড়াশোনা।")
O(v, "bn", False, "আম্মু, বাজার থেকে আসার সময় ডিম আর পেঁয়াজ নিয়ে আসবো?")
O(v, "en", True, "Mom, I left my passport in the drawer with the birth certificate. Can you send a photo of the first page? The visa office wants a copy for my student visa.")
O(v, "en", False, "Dinner at Nanu's on Friday, don't be late this time!")

# ---------------------------------------------------------------- write
random.Random(10).shuffle(items)
with open(OUT, "w", encoding="utf-8") as f:
    for i, it in enumerate(items, 1):
        rec = {"id": f"dev10-{i:04d}", "text": it["text"], "label": it["label"],
               "category": it["category"], "script": it["script"], "voice": it["voice"],
               "hard": it["hard"], "entities": settle(it["text"], it["entities"])}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items to {OUT}")
