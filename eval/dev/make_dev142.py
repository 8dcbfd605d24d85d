"""Blind evaluation set dev142 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a volunteer with a community group in the Rohingya camps and host villages of
Ukhiya and Teknaf (Cox's Bazar) who is shown phones by families: messages about boat journeys to
Malaysia, brokers who want payment on arrival, marriage offers for girls, jobs in Chittagong and Dhaka.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev142.jsonl"
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


BTC1 = btc("dev142-btc-1")
TRON1 = tron("dev142-tron-1")
ETH1 = eth("dev142-eth-1")

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
# ---- recruitment_deception (8: bn 3, bn-Latn 2, en 3)
F("recruitment_deception", "bn",
  "মালয়েশিয়া গেলে হোটেলত কাম, মাসে ১৫০০ রিংগিত। বোট ন, বড় জাহাজ, খানা পানি সব দিবো। টেঁয়া এখন ন লাগে, পৌঁছি গেলে দিবা। নাম লেখাইতে চাইলে বিষ্যুদবার রাতিয়া শামলাপুর ঘাটত আইয়ো, কাউরে লই ন আইস্যো")
F("recruitment_deception", "bn",
  "খালা ঢাকায় গার্মেন্সে কাম, থাকা খাওয়া ফিরি, বেতন ১২ হাজার শুরুতেই। আপনের দুই মাইয়ারে দেন, ক্যাম্পের কার্ড লাগবো না, ঐহানে গিয়া আমি নতুন আইডি বানায় দিমু। গাড়ি কাইল রাইতে বালুখালী মোড়ে থাকবো, আইলে ০১৬৩১৪৫৭৮২০ তে মিসকল দিয়েন",
  [("phone", "+8801631457820")])
F("recruitment_deception", "bn",
  "ভাই আঁরে কইয়িল চট্টগ্রামত কাপড়ের দোকানত কাম। আনি রাখিলো হালিশহরের এক বাসাত, হামর মাইনষের ঘর মুছা, কাপড় ধোয়া। দোকান কোনাই জিগাইলে কয় পরে যাইবা। তিন মাস অই গেল")
F("recruitment_deception", "bn-Latn",
  "Bhai tension nio na, Malaysia te amar mama er company, palm er bagan. Boat na, Thailand porjonto ship, tarpor AC gari. 7 din e pouchai dibo. Sudhu ekhon 20 hajar advance, baki pore dile hobe. Details Telegram e: @mly_kaj_cxb",
  [("telegram", "@mly_kaj_cxb")])
F("recruitment_deception", "bn-Latn",
  "Tui chinta no goijjo, Malaysia t ai sob setting gori rakhi. Uri gele company card diyibo, UN card loi kam gori fariba, police kisu no goribo. Ekhon hudda nam or tin nombor dibi")
F("recruitment_deception", "en",
  "Dear brother, Malaysia palm oil company need 30 worker urgent. Salary RM1800, free food free room, work permit will make after reach. No need passport, we arrange all. Departure from Teknaf side this month. Contact +60 11-2874 5530",
  [("phone", "+601128745530")])
F("recruitment_deception", "en",
  "They told my sister she will look after a baby in a house in Kuala Lumpur. Now she called from a strange number, says she is somewhere in Thailand near the border in the hills with maybe 200 people, no house, no baby, nothing they said")
F("recruitment_deception", "en",
  "Factory job Dhaka (Gazipur) for girls 18-25, camp or local ok. Salary 15000 + overtime, hostel free. No experience, no NID needed. Form here https://forms-jobbd.site/gz22 and we pick you from Kutupalong, travel free",
  [("url", "https://forms-jobbd.site/gz22")])

# ---- fees_and_debt (8: bn 2, bn-Latn 3, en 3)
F("fees_and_debt", "bn",
  "বোট ভাড়া ২ লাখ ৮০ হাজার। এখন কিছু দেওন লাগবো না, মালয়েশিয়া পৌঁছাইলে ঘরের মানুষ দিবো। না দিতে পারলে ঐখানে কাম কইরা শোধ করবো, মালিক বেতন থিকা কাইটা রাখবো, চিন্তা নাই। মালয়েশিয়ার লোকের নাম্বার +60 11-1639 0472",
  [("phone", "+601116390472")])
F("fees_and_debt", "bn",
  "আঁর বেতন তুন প্রতি মাসত ৮০০ রিংগিত কাডি লয়, কয় বোট ভাড়া আর এজেন্টর টেঁয়া শোধ ন অইলে ছুটি নাই। দুই বছর অই গেল, হিসাব শেষ ন অয়, বরং বাড়ে")
F("fees_and_debt", "bn-Latn",
  "Apnar meye ke Chittagong niye jabo, kaj shikhabo. Prothom 6 mash beton nai, oi taka diye gari vara ar thaka khawar khoroch kata jabe. Tarpor 8 hajar kore. Raji thakle kalke pathan")
F("fees_and_debt", "bn-Latn",
  "mama ami Johor e asi. boss bole amar upor 9000 ringgit dena, boat er taka, agent er taka, ekhon ghor vara o jog korse. protidin kaj kori tobu dena kome na, ulta bare. passport o nai amar kase, oi A09385116 ta boss er drawer e",
  [("bd_passport", "A09385116")])
F("fees_and_debt", "bn-Latn",
  "Ei maser kisti 15 hajar pathao, na hoile tomar bhai er kaj bondho. Jemon kotha hoisilo, protimash 15 kore 10 mash, ekta mash o miss korle abar prothom theke")
F("fees_and_debt", "en",
  "Boss say I must pay 4500 ringgit for boat and transport before I get real salary. Every month he takes 700. He says if I run away the debt goes to my family in camp and his people will collect",
  )
F("fees_and_debt", "en",
  "Uncle the agent now say the Chittagong factory need 35,000 taka training fee before joining, after join they cut 3000 every month from salary for 'hostel'. Abba already took loan from Rashid's shop for the first 20,000. Agent Jamal number 01556-093118",
  [("phone", "+8801556093118")])
F("fees_and_debt", "en",
  "we reached Malaysia but the man here says the Teknaf side money was only for the boat, for the road from the Thai border it is another 6000 ringgit. until it is paid we work on his farm and he keeps count")

# ---- isolation_and_control (7: bn 2, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "ফোন রাখি দিছে, সপ্তাহত একবার দেয় পাঁচ মিনিট, পাশে খাড়াই থাকে। ঘরত তালা দি যায়। আম্মারে কইয়ো চিন্তা ন গরিতো, আর এই নাম্বারত ফোন ন দিও")
F("isolation_and_control", "bn",
  "কাউরে কিছু কইবা না, মাঝি জানলে সমস্যা, এনজিওর আপারা জানলে আরও সমস্যা। রাইত ২টায় ঘাটে আইবা, মোবাইল বন্ধ, সিম ভাইঙ্গা ফালাইবা। নতুন সিম আমরা দিমু ০১৮৪৭৬৬২০১৯ থিকা ফোন আইবো",
  [("phone", "+8801847662019")])
F("isolation_and_control", "bn-Latn",
  "Ami ekhon kotha bolte parbo na, madam er samne phone dhora nishedh. Ei number e call dio na, lukai SMS dissi. 4 mash bari theke ber hote dey na, gate e tala, chabi madam er kase")
F("isolation_and_control", "bn-Latn",
  "Amar card ar mobile duita-i sardar er kache. Amra 12 jon ek ghore, baire jaite hoile oner lok sathe jay. Ammu ke bolo ami valo asi, ar keu jeno na khoje")
F("isolation_and_control", "en",
  "Brother please don't call this number again. They check my phone every night. I am in Penang I think, I don't know the place name, they move us every week in a van with the windows covered")
F("isolation_and_control", "en",
  "We keep the girls in the house in Cox's Bazar until the boat is ready. Nobody goes out, nobody uses phone. Tell the families they are in Chittagong for work, they can talk after reaching")
F("isolation_and_control", "en",
  "they took everyone's phone at the jetty and threw the SIMs in the water. on the boat only the captain has a phone. if you get this, tell my mother in block C, camp 8W, I am alive")

# ---- labour_exploitation (7: bn 2, bn-Latn 3, en 2)
F("labour_exploitation", "bn",
  "সকাল ৬টা থেইকা রাত ১টা পর্যন্ত কাম, একবেলা ভাত দেয়। নাজিরারটেকের শুঁটকি মহালে তিন মাস, একটা টেঁয়াও দেয় নাই। কয় মৌসুম শেষে দিবো, আগের বছরের পোলারাও পায় নাই")
F("labour_exploitation", "bn",
  "আব্বা, ইটভাটার মালিক কয় বেতন জমা থাকবো তাঁর কাছে, বাড়িত যাওনের সময় একলগে দিবো। হাতে কিছু নাই, জ্বর নিয়াও মাটি টানা লাগে, না করলে খাওন বন্ধ")
F("labour_exploitation", "bn-Latn",
  "Trawler e 20 din sagor e, ghum 3-4 ghonta. Jal tanar somoy thamle majhi mare. Taka bole season shesh e dibe, je polara age chilo oder o dey nai, ekjon to pore r ferot ashe nai")
F("labour_exploitation", "bn-Latn",
  "Bhabi ke bolo ami valo nai. Ei basar kaj sokal 5 ta theke rat 12 ta, chhuti ekdin o nai, khabar baki ja thake oita. 7 mash beton pai nai, madam bole tomar taka amar kache jomano")
F("labour_exploitation", "bn-Latn",
  "Ai plantation ot kam gori, din e 16 ghonta, ek din o chuti nai. Salary 3 mash ot ekbar, ita o adha dey. Bimar oile o kam gorit oy, no gorile khana no dey")
F("labour_exploitation", "en",
  "Sister I work construction site in Selangor. 14 hours every day, no off day. Boss not paid 5 month, he say when permit ready he pay all. We sleep 20 people in one container, one toilet")
F("labour_exploitation", "en",
  "the shop in Reazuddin Bazar makes my brother sleep under the counter, works him 7am to midnight, gives him 500 taka a month and says the rest goes to the man who brought him from Ukhiya")

# ---- sexual_exploitation (7: bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "বিয়ার কথা কই লই গেছিল, মালয়েশিয়ার জামাই। এন কোনো জামাই নাই। একটা ঘরত রাখে, রাতিয়া মানুষ আনে। না গরিলে মারে, কয় বোট ভাড়ার টেঁয়া এভাবে শোধ গরিবা")
F("sexual_exploitation", "bn",
  "কলাতলীর হোটেলে নতুন মাইয়া আইছে, ক্যাম্পের, রেট কম। ফোনে বেশি কথা না, গাড়ি পাঠাইলে ড্রাইভার নিয়া যাইবো, সকালে ফেরত আনবো। টাকা আমার হাতে, মাইয়ার হাতে না")
F("sexual_exploitation", "bn-Latn",
  "Kolatoli te 3 ta new ase, camp er, boyos 19-20. Room amra dibo, driver niye jabe niye asbe. Age call dien 01874-556231, meyeder number chaben na",
  [("phone", "+8801874556231")])
F("sexual_exploitation", "bn-Latn",
  "apu ami bhul korsi, job er kotha bole Dhaka ante chilo, ekhon ek flat e rakhse, protidin notun lok ashe. taka sob oi aunty rakhe. kauke boilo na, amar video ase ora chhariye dibe bole")
F("sexual_exploitation", "bn-Latn",
  "Teknaf er oi bhai bolse meyeta ke parlour e kaj dibe, ekhon shuni bar e nachay r raat e guest er room e pathay. Bole 1 lakh na dile chharbe na, meyer naki dena ase. taka chay ei bKash e 01832-671905",
  [("phone", "+8801832671905")])
F("sexual_exploitation", "en",
  "New Rohingya girls from camp, stay Chittagong side, hotel arranged. You pay me not the girl, she has no phone. Whatsapp only wa.me/8801936778204",
  [("whatsapp", "+8801936778204")])
F("sexual_exploitation", "en",
  "My cousin went to Malaysia for marriage. The man who took her sends her to other men at night, she says she has to pay back 12,000 ringgit this way and he keeps her IC paper")

# ---- minors (8: bn 3, bn-Latn 3, en 2)
F("minors", "bn",
  "মাইয়ার বয়স ১৩ হইলেও সমস্যা নাই, কাগজে বয়স বাড়াই দিমু। মালয়েশিয়ার পোলা ভালা, দেনমোহর দিবো, বোট ভাড়াও পোলাই দিবো। সামনের সপ্তাহের বোটে পাঠাই দেন")
F("minors", "bn",
  "১২-১৪ বছরের পোলা লাগবো, চট্টগ্রামের হোটেলে কাম, থাকা খাওয়া আমাগো। বাপ মায়েরে মাসে ২০০০ দিমু, অগ্রিম ৫০০০। স্কুলের কথা কইয়েন না, কাইল সকালে নিয়া যামু")
F("minors", "bn",
  "আঁর ছোড বোইন ১৪ বছর, তারে ঢাকার এক বাসাত কামত দিছে। দুই বছর ধরি আঁরা তারে ন দেখি। মালিক ফোনত কথা কইতো ন দে, কয় বেশি কথা কইলে মাইয়া নষ্ট অইবো")
F("minors", "bn-Latn",
  "Choto meye hoile rate beshi, 15 er niche dekhle customer khushi. Camp theke ana jay, ma baba ke bola hoy Dhaka te basa bari r kaj. Ei week e 2 ta lagbe")
F("minors", "bn-Latn",
  "Tomar maiya ekhono choto, 14 bosor, eita e valo. Malaysia r jamai 35 bosor kintu taka wala. Boat er taka o dibe, tomare o 50 hajar dibe. Biye r kagoj lagbe na, oikhane giya hobe. Jamai er number +60 17-394 6620, kotha bolo",
  [("phone", "+60173946620")])
F("minors", "bn-Latn",
  "Bhai amar 11 bosorer bhai ke oi lok ta Shah Porir Dwip e mach er boat e kaj dite niye gese, 2 mash kono khobor nai. lok ta bole kaj shesh na hole ferot dibe na, ager dadon ase")
F("minors", "en",
  "Need small boys 10 to 13 for tea stall and hotel in Chittagong. Parents get 3000 advance. Boys stay with us, no school, we give food. Call Monir +880 1758-229301",
  [("phone", "+8801758229301")])
F("minors", "en",
  "The girl is 15 but she looks older, we will write 19 on the papers. Husband in Klang will pay the boat. Send her with the next group from Shamlapur, mother can come later maybe")

# ---- payments_and_proceeds (7: bn 3, bn-Latn 2, en 2)
F("payments_and_proceeds", "bn",
  "টাকা এক নাম্বারে দিবেন না, তিন ভাগ কইরা তিন নাম্বারে দেন: ০১৭৬৩৪৪৮৯১২, ০১৮২৫৯০৩৩৭৪, ০১৯১২৬৭০৪৫৮। কোন নাম্বারে ৫০ হাজারের বেশি না, রেফারেন্সে কিছু লিখবেন না",
  [("phone", "+8801763448912"), ("phone", "+8801825903374"), ("phone", "+8801912670458")])
F("payments_and_proceeds", "bn",
  "নগদে পাঠাইছি ৪৫,০০০, TxnID 73KX9QF2। বাকি টেঁয়া মালয়েশিয়ার হুন্ডির লোকরে দিমু, পোয়ারে গাড়িত তুলি দিলে। ইতারা কয় আগে পুরা টেঁয়া, আঁই কইলাম অর্ধেক",
  [("mfs_transaction", "73KX9QF2")])
F("payments_and_proceeds", "bn",
  "রিংগিতে দিলে মালয়েশিয়ায় আমাগো ভাইয়ের কাছে, ট্যাকায় দিলে টেকনাফ বাজারের মোবাইল দোকানে। পোলা ঘাটে নামলে ফোন দিবো, তখন সাথে সাথে না পাঠাইলে বোট থিকা নামাইবো না")
F("payments_and_proceeds", "bn-Latn",
  "bKash e 25000 pathaisi, TrxID BHK4M7Q2ZX. bakita Nagad e dimu kal. uni bolse screenshot pathaile chele ke ek minute phone dite dibe",
  [("mfs_transaction", "BHK4M7Q2ZX")])
F("payments_and_proceeds", "bn-Latn",
  "Taka USDT te dile 10% kom lagbe. Ei address e pathao TRC20: " + TRON1 + " . Dollar er dokane giye bolo TRC20, pathanor por hash ta dio, tarpor chharbo",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  "Don't send to my name. Send to agent number 01716-338902 as cash in, then I collect. The other 2 lakh give to the hundi man in Balukhali, he will pay Malaysia side in ringgit, no paper",
  [("phone", "+8801716338902")])
F("payments_and_proceeds", "en",
  "Payment for 6 passenger landed Langkawi: 6 x RM 7,000. Pay to the account given before or USDT to " + ETH1 + ". After payment confirm we release, one by one",
  [("eth_address", ETH1)])

# ---- threats_and_coercion (8: bn 3, bn-Latn 2, en 3)
F("threats_and_coercion", "bn",
  "তোমার পোলা এখন আমাগো হাতে। তিন দিনের মধ্যে ২ লাখ না দিলে জঙ্গলেই রাইখা আসমু, আর খবর পাইবা না। এই নাম্বার +66 89 417 2035 ছাড়া আর কোথাও ফোন দিবা না",
  [("phone", "+66894172035")])
F("threats_and_coercion", "bn",
  "পুলিশে কইলে তোর বইনরে আর দেখবি না। ক্যাম্পে আমাগো লোক আছে, কে কোন ব্লকে যায় সব খবর পাই। তোর NID ১৯৯৮২২১৫৮৭৩০০০০৪৫ ও আমার কাছে, ঠিকানাও",
  [("bd_nid", "19982215873000045")])
F("threats_and_coercion", "bn",
  "আম্মা ইতারা মারে, কারেন্ট দেয়, ভিডিও করি তোঁয়ারারে পাঠাইবো কয়। যেনে পারো টেঁয়া যোগাড় গরো, আঁই আর ন পারির")
F("threats_and_coercion", "bn-Latn",
  "Tui jodi palas, Malaysia police er kache dhoraye dimu, tor kono card nai, jail e pochbi, deport hoye Myanmar e jabi. Beshi kotha na bole kaj kor")
F("threats_and_coercion", "bn-Latn",
  "NGO r lok der sathe kotha bolle tor baper ghor jalai dimu, mone rakhis. Amra o Kutupalong ei thaki, tor ma kokhon pani anite jay sob jani")
F("threats_and_coercion", "en",
  "Pay the rest or the girls stay here. We have your daughter's photos, if the family makes noise or goes to the CiC, the photos go to everyone in the camp")
F("threats_and_coercion", "en",
  "If you complain to the embassy, boss will report you ran away and you go to detention, then deport. Better stay quiet and finish. He still has your passport EB0458821 remember",
  [("bd_passport", "EB0458821")])
F("threats_and_coercion", "en",
  "boss in Dhaka told my brother if he leaves he will give his photo and ID to the thana and say he stole gold from the house. he also said he knows where our shelter is in camp 2E")

# ================================================================ OK (60)
# at least 45 hard (hard=True): voices news, awareness, official, receipt, family, joke,
# worker_content, chatter; the rest everyday (hard=False)
# N("voice", "script", "text", [entities], hard=True)
# ---- news (hard)
N("news", "en",
  "Coast Guard rescued 58 Rohingya from a trawler off Shah Porir Dwip early today. Three brokers were arrested and the passengers handed over to the camp authorities, officials said.")
N("news", "bn",
  "টেকনাফে মানবপাচার চক্রের ৪ সদস্য গ্রেপ্তার। মালয়েশিয়া পাঠানোর কথা বলে ১৬ রোহিঙ্গাকে পাহাড়ে আটকে মুক্তিপণ দাবি করছিল তারা, জানিয়েছে র‍্যাব-১৫।")
N("news", "bn-Latn",
  "Khobor dekhso? Baharchhara theke 2 dalal dhorse police, raat e boat e manush tulte chilo. Valo hoise, oi lok duita onek din dhore ghurtesilo")
N("news", "bn",
  "আন্দামান সাগরে রোহিঙ্গাবাহী নৌকাডুবি: ইন্দোনেশিয়ার আচেহ উপকূলে ১৫০ জন উদ্ধার, নিখোঁজ অর্ধশতাধিক। যাত্রীদের বেশিরভাগ নারী ও শিশু।")
N("news", "bn-Latn",
  "Ajker Cox er khobor: Ukhiya te bal bibaho bondho korlo upazila proshashon, meyer boyos 14, bor Malaysia probashi. Meyer baba mucleka dise 18 er age biye dibe na")
N("news", "en",
  "Police say the 17 people found in a house in Teknaf were waiting for a boat; the brokers fled. Families can come to Teknaf thana with ID cards to take them back.")
N("news", "bn",
  "রোহিঙ্গা শিবিরে মানবপাচার প্রতিরোধে ক্যাম্পভিত্তিক কমিটি গঠন। সভাপতি ক্যাম্প ইনচার্জ, প্রতিটি ব্লকে থাকবেন দুইজন স্বেচ্ছাসেবক।")
# ---- awareness (hard)
N("awareness", "bn",
  "সতর্ক থাকুন! নৌকায় মালয়েশিয়া যাওয়া মানে জীবনের ঝুঁকি। কেউ যদি বলে 'টাকা পৌঁছানোর পরে দিলেই হবে' — এটাই ফাঁদ। সন্দেহ হলে ৯৯৯ এ কল করুন অথবা ক্যাম্পের সিআইসি অফিসে জানান।")
N("awareness", "en",
  "Never hand your daughter's papers to a matchmaker you don't know. Marriage before 18 is against the law in Bangladesh. Talk to the protection focal point in your block, it is free and private.")
N("awareness", "bn-Latn",
  "Bhai ra, keu jodi Dhaka garments e kaj debe bole card ar mobile jama rakhte chay, diben na. Age thikana, malik er naam, beton likhito niye nen. - Ukhiya Youth Forum")
N("awareness", "en",
  "Awareness session today 3pm at the learning centre, Camp 4 Extension: 'Safe migration and the sea'. Topics: brokers, 'pay on arrival' tricks, what to do if a family member is held for ransom. Tea will be served.")
N("awareness", "bn",
  "উঠান বৈঠক: শিশুশ্রম ও বাল্যবিবাহ প্রতিরোধ। হ্নীলা ইউনিয়ন পরিষদ মাঠ, বৃহস্পতিবার বিকাল ৪টা। সকল অভিভাবক আমন্ত্রিত।")
N("awareness", "bn-Latn",
  "Apnar porichito keu Malaysia ba Thailand e atke thakle, ransom chaile taka pathanor age amader hotline e janan: 01713-884512 (24 ghonta khola)",
  [("phone", "+8801713884512")])
N("awareness", "en",
  "Job offer with no fee, free flight, free room and a big salary for 'typing work'? That is how people end up in scam compounds. Check the agency licence at https://safemigration-cxb.org/check before you go",
  [("url", "https://safemigration-cxb.org/check")])
N("awareness", "bn-Latn",
  "Group e keu ekta Telegram channel share korse @malaysia_free_visa_bd, '100% job'. Report kore dilam, bhuya jinish. Apnara keu join korben na, taka chaibe pore",
  [("telegram", "@malaysia_free_visa_bd")])
# ---- official (hard)
N("official", "bn",
  "সরকার নির্ধারিত মালয়েশিয়া যাওয়ার খরচ সর্বোচ্চ ৭৮,৯৯০ টাকা। এর বেশি কেউ চাইলে বিএমইটির অভিযোগ সেলে জানান। — জেলা কর্মসংস্থান ও জনশক্তি অফিস, কক্সবাজার")
N("official", "en",
  "Notice: RL-1187 licensed recruiting agency. Factory worker, Malaysia, basic RM1,700 + OT. Government cost BDT 78,990 only, money receipt given. Bring passport, NID and BMET registration. Office: Agrabad, Chattogram. Email: info@sealinkoverseas-bd.com",
  [("email", "info@sealinkoverseas-bd.com")])
N("official", "en",
  "Camp-in-Charge office, Camp 12: movement passes for hospital visits to Cox's Bazar are issued at the CiC office only. Do not pay anyone for a pass, it is free.")
N("official", "bn",
  "মহিলা বিষয়ক অধিদপ্তর, উখিয়া: বাল্যবিবাহের তথ্য দিন ১০৯ নম্বরে। তথ্যদাতার পরিচয় গোপন রাখা হবে। বিস্তারিত: www.dwa.gov.bd",
  [("url", "www.dwa.gov.bd")])
# ---- receipts (hard)
N("receipt", "en",
  "You have received Tk 12,000.00 from 01819447230. Ref: rent. Fee Tk 0.00. Balance Tk 12,406.55. TrxID BKD3P9L0RT at 04/11/2026 10:21",
  [("phone", "+8801819447230"), ("mfs_transaction", "BKD3P9L0RT")])
N("receipt", "bn",
  "ক্যাশ আউট সফল। পরিমাণ: ৳৩,০০০। এজেন্ট: ০১৯৭৫৫১২০৩৮। TxnID: 7G2HQ8LM। ব্যালেন্স: ৳৪১২.৫০",
  [("phone", "+8801975512038"), ("mfs_transaction", "7G2HQ8LM")])
N("receipt", "en",
  "Remittance received: MYR 1,500 = BDT 39,150 credited to your bKash account from Malaysia. TrxID BLC9N3W7XA. Thank you for using legal channels.",
  [("mfs_transaction", "BLC9N3W7XA")])
N("receipt", "bn-Latn",
  "Ammu 8000 pathailam bKash e, TrxID BKQ2R7T5MZ. Ek hajar diye Ruma r boi kine dio, baki shongshar er. Ar nanur oshudh ta vule jeo na",
  [("mfs_transaction", "BKQ2R7T5MZ")])
# ---- family (hard)
N("family", "bn",
  "আব্বা পাসপোর্টের লাইগা চকরিয়া অফিসে ফিঙ্গার দিয়া আইছি, ২১ দিনে ডেলিভারি। পুলিশ ভেরিফিকেশনে কেউ টেঁয়া চাইলে দিমু না, স্যারে কইছে ফ্রি")
N("family", "bn-Latn",
  "Apa, Shobnom er biyer kotha cholse, chhele Malaysia te thake. Kintu amra bolsi age meyer HSC shesh hok, 2 bochor por. Chheler ma o raji, tara o bolse taratari nai")
N("family", "en",
  "Bhai your passport is with me in the almirah, safe. I will courier it to the Dhaka agency office on Sunday for visa stamping, they gave a receipt. Passport no. A07716204 in case you need it",
  [("bd_passport", "A07716204")])
N("family", "bn",
  "মামু মালয়েশিয়া থেইকা ফোন দিছে, কামে ভালা আছে, ওভারটাইম কইরা ১৮০০ রিংগিত পায়। ঈদে ছুটি পাইবো, আম্মারে সালাম দিছে")
N("family", "bn-Latn",
  "Abba bolse boat e kono din na. jodi jete hoy, passport kore legal vabe. ami o raji, taka jomate 2 bochor lagle lagbe")
N("family", "en",
  "Mum, the Chittagong job is fine. I share a room with two girls from Ukhiya, the supervisor is strict but we get Friday off and the salary comes on the 7th. I can call you every night")
N("family", "bn",
  "দুলাভাই কইছে পোয়াডা এসএসসির পর দুই মাস তার দোকানে হিসাব শিখবো, বেতনও দিবো, জানুয়ারিতে কলেজে ভর্তি। পোয়ায় নিজেই যাইতে চায়")
N("family", "en",
  "Aunty said the groom's family from Klang will come to the camp to meet properly, with the imam and both families. They are not asking anything, just want to meet her parents first. She is 22 and she likes him")
N("family", "bn-Latn",
  "Bhaiya NID er copy ar chobi lagbe scholarship form e, amar NID 19952213845000127. Kal er moddhe college e jama dite hobe",
  [("bd_nid", "19952213845000127")])
N("family", "bn-Latn",
  "Apa ajke NGO office e shunlam, keu Malaysia theke biye er prostab dile age protection desk e janate. Ami to chhele ke chini na, tai kal Rahima ke niye jabo")
N("family", "bn-Latn",
  "Ami Probashi app e form fill korsi, NID 4623918750 diyesi. Ekhon BMET er fingerprint er date dibe, tarpor training. Agency ke ekhono ek taka dei nai",
  [("bd_nid", "4623918750")])
N("family", "bn",
  "ফুফু, রুমানার কাবিন হইছে কাজী অফিসে, জন্ম নিবন্ধন দেখাইছে, বয়স ১৯। জামাই দুবাই থাকে, আগামী বছর ফ্যামিলি ভিসা কইরা বউরে নিবো, সব কাগজ ঠিকঠাক")
# ---- joke (hard)
N("joke", "bn-Latn",
  "Amar boss amake din e 16 ghonta kaj koray, off day nai, beton nai. Nam tar 'Ammu' 😂 rannaghor e cholche forced labour")
N("joke", "en",
  "lol my brother says his wife confiscated his phone and passport so he can't go to Dubai with his friends 😂 victim of the year")
N("joke", "bn",
  "বউ কয় বেতন সব তার কাছে জমা থাকবো, হাতখরচ দিবো ৫০০ টেঁয়া। ভাই আমি কি পাচারের শিকার? 😭")
N("joke", "bn-Latn",
  "Teknaf er bus e eto bhir, mone hoilo Malaysia er boat e uthsi 😂 30 jon er jaygay 60 jon, tar upor murgi")
# ---- worker_content (hard)
N("worker_content", "en",
  "Alhamdulillah got my first salary in Penang, RM1,650 on time. Company took the passport only for the permit renewal and gave it back the same week with the new card.")
N("worker_content", "bn",
  "চট্টগ্রাম ইপিজেডে জয়েন করছি, আট ঘণ্টা ডিউটি, ওভারটাইম করলে আলাদা টাকা। থাকা নিজের, তিনজনে মিলে বাসা ভাড়া। ভালো আছি")
N("worker_content", "bn-Latn",
  "Ami ekhon Dhaka te driver er kaj kori, malik valo, mash shesh e beton dey, Friday chhuti. Ma ke protimash 6 hajar pathai, nijer phone nijer kache")
N("worker_content", "bn",
  "আঁই আগের হাম ছাড়ি দিয়ি, মালিক বেশি চিল্লায়। নতুন হাম ধরিয়ি লিংক রোডের হোটেলত, বেতন ১০ হাজার, খানা হেতারা দে, রাইতে ঘরত আই")
# ---- chatter (hard)
N("chatter", "bn-Latn",
  "Teknaf ghat e aj boat bondho, sagor e 3 number signal. Saint Martin er tourist ra atke ase, hotel gulo khushi")
N("chatter", "en",
  "Anyone selling a used Symphony phone? My sister's phone got taken by her teacher for using it in class 😂 she will get it back after exams")
N("chatter", "bn-Latn",
  "Bhai Kutupalong bazar e notun dokan khulsi, bKash Nagad cash in/out kora jay, agent number 01887-442190. Flexiload o ase",
  [("phone", "+8801887442190")])
N("chatter", "en",
  "Who has the contact of the Bangladesh High Commission in KL? My cousin's passport is expiring, he works legally in Johor and needs renewal there. He can be reached on +60 12-553 8170",
  [("phone", "+60125538170")])
N("chatter", "bn",
  "মাঝি সাহেব কইছে কালকে রেশন দিবো, কার্ড লই আইয়ো সবাই। কার্ড কেউ কারে দিবা না, নিজে আইবা")
N("chatter", "bn",
  "হাফেজ সাবের মাইয়ার আকদ হইবো শুক্রবার, মাইয়ার বয়স ২০, জামাই টেকনাফের মাস্টার। সবাইরে দাওয়াত দিছে")
N("chatter", "bn-Latn",
  "ei mash e Nagad e 3 bar taka aslo Malaysia theke, mama pathaise, ami 2 bhag kore ammu r nanu ke disi")
N("chatter", "en",
  "Chittagong job fair 15 Dec at GEC convention centre: 40+ companies, garments, security, delivery riders. No fee for candidates. Bring CV and NID copy.")
# ---- everyday (not hard)
N("chatter", "bn", "আজকে বাজারে মাছের দাম আগুন, রূপচাঁদা ৯০০ টাকা কেজি। শুঁটকি কিনলাম খালি", hard=False)
N("chatter", "bn-Latn", "Kal class hobe na, madrasa bondho, barish er jonno. Homework ta kore rakhis", hard=False)
N("chatter", "en", "Happy birthday Rahim bhai! May Allah bless you and your family 🎂", hard=False)
N("chatter", "bn", "বৃষ্টিতে রাস্তা ভাঙছে, উখিয়া থেকে কোটবাজার যাইতে দুই ঘণ্টা লাগলো", hard=False)
N("chatter", "bn-Latn", "Ammu bollo aj rate chingri bhuna, taratari ashish. R dim niye ashis 1 halli", hard=False)
N("chatter", "en", "Solar battery dead again. Anyone knows a mechanic near Balukhali? Follow my page @balukhali_repairs for updates lol", [("instagram", "@balukhali_repairs")], hard=False)
N("chatter", "bn", "পরীক্ষার রুটিন দিছে, ইংরেজি প্রথম পত্র রবিবার। কেউ সাজেশন দিলে দিও", hard=False)
N("chatter", "bn-Latn", "Bhai mobile e MB shesh, 1 GB pack er code ta ki? Grameenphone", hard=False)
N("chatter", "en", "Taking the 7am bus to Cox's Bazar, anyone need anything from Kolatoli market?", hard=False)

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
    random.Random(142).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev142-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
