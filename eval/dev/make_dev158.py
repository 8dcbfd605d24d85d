"""Blind evaluation set dev158 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a Bangladeshi deckhand from Bhola on Taiwanese- and Korean-flagged distant-water longliners (calls at Mauritius, Fiji, Cape Town), with his family, fellow crew, the Dhaka manning agent, captain and boatswain.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev158.jsonl"
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


BTC1 = btc("dev158-btc-1")
TRON1 = tron("dev158-tron-1")
ETH1 = eth("dev158-eth-1")

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

# ---- recruitment_deception (bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn", "ভাই আমারে কইছিলো কোরিয়ার জাহাজ কোম্পানিতে কাম, মাসে ৮০০ ডলার। এহানে আইয়া দেহি তাইওয়ানের মাছ ধরা নৌকা, কন্ট্রাক্টে লেখা ৩৫০। সই না করলে নাকি দেশে ফেরত পাঠাইবো না, প্লেনের টিকিটের ট্যাকা উল্টা আমারে দিতে হইবো।")
F("recruitment_deception", "bn", "জরুরি! কোরিয়া/মালয়েশিয়ার শিপে হেলপার লাগবে। অভিজ্ঞতা লাগবে না, সাঁতার না জানলেও চলবে। বেতন ৭০-৯০ হাজার, থাকা খাওয়া ফ্রি। কন্ট্রাক্ট এয়ারপোর্টে আমাদের লোক হাতে দিবে, আগে কাউকে কিছু বলবেন না। যোগাযোগ ০১৮৪৭-৩২৯১০৬", [("phone", "+8801847329106")])
F("recruitment_deception", "bn", "মা দালাল কইছিলো বুসানের ফ্যাক্টরিতে কাম, মাছ প্যাকিং। প্লেন থেকা নামাইয়া সোজা বন্দরে নিয়া নৌকায় তুলছে, ৪ দিন ধইরা খালি পানি আর পানি। মামারে কইয়ো না, হেয় চিন্তা করবো।")
F("recruitment_deception", "bn-Latn", "bhai agent bolse contract 2 bosor, ekhon captain bole 3 bosor na hoile passport dibe na salary o dibe na. amar kache contract er copy o nai, airport e english e sign koraise, kisu bujhi nai. agent er number +8801712904365 e call dile dhore na", [("phone", "+8801712904365")])
F("recruitment_deception", "bn-Latn", "Suva te namaiya hotel e 2 din rakhse, tarpor boat e tulse. boat er nam ar company contract er sathe mile na, onno malik. agent ke jiggesh korle bole 'same e to, kaj koro, beshi kotha bolle pathamu na'")
F("recruitment_deception", "bn-Latn", "Cape Town fishing company te job!! 6 mash kaj 6 mash chuti, salary 1200 USD direct bank e. kono experience lagbe na, sudhu medical ar visa 1.5 lakh. jahaj e uthar por amra sob bujhaye dibo. form: bit.ly/seajob-bd26 ba whatsapp koro wa.me/8801936482705", [("url", "bit.ly/seajob-bd26"), ("whatsapp", "+8801936482705")])
F("recruitment_deception", "en", "They told us we would work on a cargo carrier as general crew. When we reached Port Louis they put us on a longliner and said the cargo job was full. Our papers say a Vanuatu company but the flag is Taiwan. Nobody explained anything.")
F("recruitment_deception", "en", "Dear candidate your Korea seaman visa is processing. At BMET and immigration dont mention fishing, say you go as ship cook on visit visa. Our man will give the real contract in Singapore. Updates only on Telegram @koreasea_jobs_bd", [("telegram", "@koreasea_jobs_bd")])

# ---- fees_and_debt (bn 3, bn-Latn 2, en 3)
F("fees_and_debt", "bn", "আব্বা জমি বন্ধক দিয়া সাড়ে চাইর লাখ দিছে এজেন্টরে। এখন এজেন্ট কয় বেতন থেকা মাসে ১৫০ ডলার কাটবো 'সিকিউরিটি' হিসাবে, দুই বছর পুরা না করলে পুরা টাকা গেলো। মুই ছাড়তেও পারমু না, থাকতেও পারি না।")
F("fees_and_debt", "bn", "ক্যাপ্টেন হিসাব দেখাইলো, প্লেন ভাড়া, খাওন, গ্লাভস, বুট, রেইনকোট সব আমাগো বেতন থেকা কাটা। ৮ মাস কাম কইরা পাওনা নাকি মাত্র ৯০ ডলার, বাকি সব দেনা। দেনা শোধ না হইলে নামা যাইবো না।")
F("fees_and_debt", "bn", "ব্র্যাকের কিস্তি আর মহাজনের সুদ মিলাইয়া মাসে ১৮ হাজার। তোর এজেন্ট আবার ফোন দিছে ০১৭৮৩৯২৪৬১০ থেকা, কয় জাহাজ বদলাইতে আরো ৮০ হাজার লাগবো, না দিলে তোরে নামাইবো না। কই পামু এত ট্যাকা বাপ?", [("phone", "+8801783924610")])
F("fees_and_debt", "bn-Latn", "agent er office e giye bollam chele 11 mash kono salary pathay nai. bole 'apnar cheler visa r training er dena ekhono 2 lakh baki, oita shodh hole taka pathabo'. amra to agei 4 lakh dilam, goru bechlam, ar ki dibo")
F("fees_and_debt", "bn-Latn", "bhai tumi o ki 'bond' er 500 dollar diso? ekhane sobai bole contract shesh na kore namle bond ar 3 mash er salary dui tai jabe. ami to dhar kore taka diye asi, sud bartese protimash")
F("fees_and_debt", "en", "Deduction list month 7: agency fee USD 100, deposit USD 50, food USD 30, sat call USD 25. Net to family USD 45. Bosun says this continues until the 2,800 I owe the agency is finished.")
F("fees_and_debt", "en", "I signed a loan paper with the agent's cousin before flying, 3 lakh taka at 10% a month. He kept my passport BK0912734 as guarantee. If I go home before contract end I pay everything double, so I am stuck here.", [("bd_passport", "BK0912734")])
F("fees_and_debt", "en", "Sir my husband is on the Taiwan boat 14 months. The agency in Banani says he must pay 1,50,000 more for 'visa renewal at sea' or they cannot release his salary. We already sold the cow and took from the samity.")

# ---- labour_exploitation (bn 2, bn-Latn 3, en 3)
F("labour_exploitation", "bn", "৪০ ঘন্টা ধইরা লাইন টানতাছি, মাঝে এক ঘন্টা ঘুম। হাত কাইটা গেছে বড়শিতে, বোসান কয় গ্লাভস পইরা কাম কর। ডাক্তার নাই, ওষুধ নাই। খাওন শুধু ভাত আর টোপের মাছ।")
F("labour_exploitation", "bn", "রহিমের জ্বর ৫ দিন, তাও ডেকে নামাইছে। কাইল রাইতে মাথা ঘুইরা পইড়া গেছে, পায়ে বড়শি ঢুকছে। ক্যাপ্টেন কয় বন্দর আরো ৪ মাস, তার আগে কোনো হাসপাতাল নাই, কাম না করলে খাওন বন্ধ।")
F("labour_exploitation", "bn-Latn", "ei mash e ekdin o off nai. vor 4 tay line fela shuru, raat 2 tay shesh. pani o ration kore dey, fresh water e gosol nished, lobon panir bhat ar noodles. sorir ar chole na bhai")
F("labour_exploitation", "bn-Latn", "ma chinta koiro na tai bolte chai nai, kintu sotti kotha 9 mash dhore kono salary pai nai. captain bole sob taka company te jama, port e gele dibe. port e gele bole Taiwan e giye dibe")
F("labour_exploitation", "bn-Latn", "amader Indonesian crew ekjon more gese line tanar somoy. lash freezer e rakhse macher sathe, fishing bondho kore nai ekdin o. amra bhoye kichu boli na, porer din abar kaj")
F("labour_exploitation", "en", "We work 18 to 20 hours when the tuna is running. Last week I slept 3 hours in two days. When I sat down on the deck the bosun kicked my back and said sleep when you die.")
F("labour_exploitation", "en", "Food finished 3 weeks ago, only instant noodles once a day and the bait fish. Water from the machine tastes of diesel. Two of us have swollen legs. Captain will not go to port until the hold is full.")
F("labour_exploitation", "en", "Contract says 450 USD a month. After 13 months at sea I have nothing in hand. The company says salaries are paid to the manning agent in Dhaka, the agent says he never received anything.")

# ---- threats_and_coercion (bn 3, bn-Latn 3, en 2)
F("threats_and_coercion", "bn", "কাইল বোসান লোহার রড দিয়া মারছে সুমনরে, কারণ ও স্যাট ফোনে বাড়িতে কান্দাকাটি করছিলো। কইছে আবার করলে রাইতে পানিতে ফালাইয়া দিবো, কেউ জানবো না, কইবো মাছে খাইছে।")
F("threats_and_coercion", "bn", "আপনার পোলা কাম ফালাইয়া পালাইতে চাইছে। আবার এমন করলে মরিশাসের পুলিশে দিয়া দিমু, জেলে পচবো। আর কন্ট্রাক্ট ভাঙার লাইগা আপনাগো নামে মামলা হইবো, জমি যাইবো। বুইঝা শুইনা ছেলেরে বুঝান।")
F("threats_and_coercion", "bn", "ভাইরে কেপটাউনে নামতে চাইছিলাম কনস্যুলেটে যাইতে। ক্যাপ্টেন কয় পাসপোর্ট তার কাছে, নামলে অবৈধ, সাউথ আফ্রিকার পুলিশ ধইরা নিবো। তারপর ডেকের নিচে দরজা বন্ধ কইরা রাখছে দুই দিন।")
F("threats_and_coercion", "bn-Latn", "captain er kotha, je NGO ba union er loker sathe kotha bolbe tar salary zero, blacklist kore dibe, ar kono company te jahaj e uthte parbe na. Fiji te inspection er lok ashchilo, amader ke cabin e atkaye rakhse")
F("threats_and_coercion", "bn-Latn", "bosun Ahmad er mukhe gorom pani felse karon bait kom lagaise. amra sobai dekhsi. bole 'tora Bangali ra kutta, kotha na sunle ei pani tei kobor hobe'")
F("threats_and_coercion", "bn-Latn", "tomar bhai ke bolo chup thakte. oi video ta delete korte bolo facebook theke. na hole amar lok Bhola te tomader barite jabe, tomar baba ke o chini, bujhso to ki bolchi")
F("threats_and_coercion", "en", "If you go to the port police they will arrest you, not us. You have no visa for Mauritius and the company has your passport. Finish the trip quietly and you get your money, otherwise think about your family in Bhola.")
F("threats_and_coercion", "en", "Three of us asked to go home. Captain pulled a knife and said whoever asks again goes into the sea at night. Nobody on this boat can help, the Vietnamese crew are also scared.")

# ---- isolation_and_control (bn 3, bn-Latn 2, en 2)
F("isolation_and_control", "bn", "মোবাইল সব ক্যাপ্টেন নিয়া লকারে রাখছে। মাসে একবার ১০ মিনিট স্যাট ফোন, পাশে বোসান খাড়াইয়া শোনে। বাড়িতে খারাপ কিছু কইলে লাইন কাইটা দেয়।")
F("isolation_and_control", "bn", "পোর্ট লুইসে ১২ দিন জাহাজ বান্ধা আছিলো, আমাগো একজনরেও নামতে দেয় নাই। এজেন্টের লোক আইসা সিঁড়ির কাছে পাহারা দেয়। অন্য জাহাজের পোলারা শপিংয়ে যায়, আমরা খালি চাইয়া থাকি।")
F("isolation_and_control", "bn", "১০ মাস ধইরা পোলার কোনো খবর নাই। এজেন্ট কয় জাহাজ দূরে, ফোন হয় না। কিন্তু পাশের বাড়ির রাসেল আরেক জাহাজ থেকা মাসে মাসে ফোন দেয়। আমার পোলারে কথা কইতে দিতাসে না ওরা।")
F("isolation_and_control", "bn-Latn", "1 bosor holo mati dekhi nai. transhipment hoy samudre, carrier boat ashe mal niye jay, tel ar khabar diye jay. amra jate carrier e uthe palaite na pari tai oi somoy amader room e tala dey")
F("isolation_and_control", "bn-Latn", "bhai lukaye msg dicchi chief engineer er phone theke, wifi 5 minute. keu jante parle phone niye nibe. amar bou ke ekta call dio 01327-845196, bolo ami bhalo achi, kintu agent ke kichu bolo na", [("phone", "+8801327845196")])
F("isolation_and_control", "en", "The manning agent told my family not to call the company or the embassy, everything only through him. When my brother called the Taiwan office directly, the agent cut my sat phone minutes for 2 months.")
F("isolation_and_control", "en", "All our passports and seaman books are in the captain's safe, mine is EF4827163. When the Fiji inspector came aboard we were told to stay in the fish hold and the cook answered for us.", [("bd_passport", "EF4827163")])

# ---- sexual_exploitation (bn 2, bn-Latn 3, en 2)
F("sexual_exploitation", "bn", "রাইতে বোসান ছোট্ট রাকিবরে তার কেবিনে ডাকে। রাকিব ফিরা আইসা কান্দে, কিছু কয় না। কইলে নাকি কাম থেকা বাইর কইরা দিবো, বেতন দিবো না, সাগরে কেউ শুনবো না।")
F("sexual_exploitation", "bn", "কেপটাউন বন্দরে এক দালাল কয় দেশি মাইয়া আছে, একটা বাসায় রাখছে, পাসপোর্ট তার কাছে, ঘন্টায় ৫০০ র‍্যান্ড। কয় 'নতুন আইছে, কথা শোনে'। শুইনা গা শিউরে উঠলো ভাই।")
F("sexual_exploitation", "bn-Latn", "tor bon ke je Dubai te beauty parlour job er kotha bolse oi agent, amar jahajer ek bhai bolse oi lok meyeder club e pathay, passport rekhe dey, raat e guest der sathe boshte hoy. instagram e @dubai_parlour_jobs name page chalay. please pathais na", [("instagram", "@dubai_parlour_jobs")])
F("sexual_exploitation", "bn-Latn", "Mauritius e port agent er lok bolse crew der jonno 'entertainment' ache, Nepali ar Bangali meye, room e tala deya thake. payment captain nibe, salary theke kete. amra jai nai, meye gulo bahire o ashte pare na")
F("sexual_exploitation", "bn-Latn", "captain mod khaye amar cabin e dhuke, kapor khulte bole. na korle porer din khabar nai, double shift. kake bolbo, sea te to police nai, agent bole mukh bondho rakho")
F("sexual_exploitation", "en", "New girls from Bangladesh just arrived, young and fresh, stay in our house near the harbour, no need hotel. Sailors welcome, pay cash to me not to the girl. Contact +230 5823 4617", [("phone", "+23058234617")])
F("sexual_exploitation", "en", "My cousin went to Fiji for a restaurant job through the same agent who sent me to the boat. Now she messages me at night that the owner keeps her ID and makes her go with the fishing crews who come to port.")

# ---- minors (bn 2, bn-Latn 2, en 3)
F("minors", "bn", "চরফ্যাশনের মোস্তফার পোলা সাকিব, বয়স ১৫, ওর জন্ম নিবন্ধন বদলাইয়া ২১ বানাইছে এজেন্ট। এহন আমাগো জাহাজে সবচে ভারী কাম ওরেই দেয়, রাইতে মায়ের লাইগা কান্দে।")
F("minors", "bn", "ছেলের বয়স কম হইলে সমস্যা নাই, এনআইডি আর পাসপোর্ট আমরা ঠিক কইরা দিমু। ১৬ হইলেই চলবো, ছোট পোলারা জাহাজে তাড়াতাড়ি শিখে। খরচ ৫০ হাজার এক্সট্রা। কথা কইতে ফোন দেন ০১৬৫৮৩০৭৯২৪", [("phone", "+8801658307924")])
F("minors", "bn-Latn", "bhai amader boat e 2 ta Indonesian chele ache 14-15 bochor hobe, dari o uthe nai. passport e 20 lekha. captain oder diye freezer er bhitore kaj koray -40 e, karon choto manush dhuke jay")
F("minors", "bn-Latn", "apnar bhatija 17 tai to? problem nai, birth certificate notun kore dibo 1999 shal diye, NID o hoye jabe, ei je ekta sample 4619283057. passport hole 1 mash er moddhe jahaj. keu jiggesh korle bolbe 22 bochor", [("bd_nid", "4619283057")])
F("minors", "en", "Boy is 16 but tall, we can show him 19 in the new passport, no problem at airport our man is there. Fishing company does not check age. Send his photo and old birth certificate to 01764-508392", [("phone", "+8801764508392")])
F("minors", "en", "The youngest on our boat is Arif from Lalmohan, he told me he is 15. He does the same hauling as us, 18 hours, and the bosun hits him the most because he is slow.")
F("minors", "en", "Need 10 boys for Korea fishing, age 15 to 18 preferred, strong and obedient. No guardian signature needed, we arrange age documents. Advance 1 lakh, rest cut from salary.")

# ---- payments_and_proceeds (bn 2, bn-Latn 2, en 3)
F("payments_and_proceeds", "bn", "ভাবি, এজেন্ট কইছে বেতনের টাকা কোম্পানির একাউন্টে না, তার নিজের বিকাশে আসবো, আপনারে মাসে ১৫ হাজার দিবো। বাকি টাকা নাকি তার কাছে 'জমা' থাকবো। এই মাসের TrxID 9KD4R7T2XA, দেখেন তো আসছে কিনা।", [("mfs_transaction", "9KD4R7T2XA")])
F("payments_and_proceeds", "bn", "পাসপোর্ট ফেরত পাইতে বোসানের ভাইয়ের নগদে ৩০ হাজার পাঠাইতে কইছে, নাম্বার ০১৯২৪৬১৮৩৫৭। টাকা না গেলে জাহাজ থেকা নামতে দিবো না। আম্মা যেমনে পারো পাঠাও।", [("phone", "+8801924618357")])
F("payments_and_proceeds", "bn-Latn", "agent bolse Taiwan company salary pathay Dubai er ekta account e, oikhan theke hundi kore bkash e ashe. 3 jon er taka ek number e ashbe 01536-274819, tarpor bhag kore dibe. receipt chaile bole hundi te receipt hoy na", [("phone", "+8801536274819")])
F("payments_and_proceeds", "bn-Latn", "release fee 800 USDT dite hobe ei TRON address e, tahole captain passport ar final salary sheet diye port e namabe: " + TRON1 + " . bank e dile hobe na, bkash o na", [("tron_address", TRON1)])
F("payments_and_proceeds", "en", "Sir the ship company says they paid my 14 months salary USD 6,300 to the manning agency in Dhaka. Agency paid my mother only 40,000 taka by Nagad (TxnID 7HM2Q8LPZ3) and says the rest was 'expenses'.", [("mfs_transaction", "7HM2Q8LPZ3")])
F("payments_and_proceeds", "en", "Send the processing money in BTC only, to avoid bank questions: " + BTC1 + " . After confirmation your son's contract and seaman book will be released from the Busan office.", [("btc_address", BTC1)])
F("payments_and_proceeds", "en", "Crew wages go every 3 months to the agent account, agent pays families in cash minus 'handling'. Ask for proof and he threatens to cancel your son. Last quarter 11 families got nothing. His email hasib.manpower.bd@gmail.com", [("email", "hasib.manpower.bd@gmail.com")])

# ================================================================ OK
# ---- bn
N("news", "bn", "ভোলায় মানবপাচার চক্রের ৩ সদস্য গ্রেপ্তার। বিদেশি মাছ ধরার জাহাজে চাকরির কথা বলে তরুণদের কাছ থেকে লাখ লাখ টাকা নেওয়ার অভিযোগে র‍্যাব-৮ এর অভিযান, ভুক্তভোগীদের ১৪টি পাসপোর্ট উদ্ধার।")
N("awareness", "bn", "সাগরে মাছ ধরার জাহাজে চাকরির আগে জেনে নিন: এজেন্সির লাইসেন্স নম্বর দেখুন, চুক্তিপত্র বাংলায় পড়ে সই করুন, পাসপোর্ট কারো কাছে জমা রাখবেন না। বিস্তারিত: https://www.bmet.gov.bd", [("url", "https://www.bmet.gov.bd")])
N("official", "bn", "বিএমইটি বিজ্ঞপ্তি: বহির্গমন ছাড়পত্র (স্মার্ট কার্ড) ছাড়া কোনো কর্মী বিদেশ যেতে পারবেন না। নিবন্ধন ফি ও সরকার নির্ধারিত খরচের বাইরে কাউকে অতিরিক্ত টাকা দেবেন না, সব টাকার রশিদ নিন।")
N("receipt", "bn", "আপনার নগদ একাউন্টে ৮,৫০০ টাকা এসেছে। প্রেরক: ০১৭১৩৫৮২০৪৬। TxnID: 73QW9ZK4। ব্যালেন্স: ৯,১২০ টাকা।", [("phone", "+8801713582046"), ("mfs_transaction", "73QW9ZK4")])
N("family", "bn", "বাবা তোর পাসপোর্টের মেয়াদ তো ফেব্রুয়ারিতে শেষ, নম্বর A03918274। জাহাজ থেকা নামলে আগে ওইটা রিনিউ করিস, আমি অনলাইনে ফরম দেইখা রাখছি।", [("bd_passport", "A03918274")])
N("family", "bn", "কিস্তির টাকা এই মাসে তোর পাঠানো টাকা দিয়া দিছি, আর দুইটা কিস্তি বাকি। চিন্তা করিস না, তোর আব্বার শরীর এখন ভালো, ধান কাটা শুরু হইছে।")
N("worker_content", "bn", "আলহামদুলিল্লাহ এই কোম্পানিতে দ্বিতীয় কন্ট্রাক্ট। ক্যাপ্টেন ভালো মানুষ, মাসে দুইবার ওয়াইফাই দেয়, বেতন প্রতি মাসে সরাসরি আম্মার একাউন্টে যায়। কাইল মরিশাসে নাইমা ঘুরছি সবাই মিলা।")
N("joke", "bn", "বোসান কইলো 'আইজ মাছ না উঠলে কেউ ভাত পাইবো না', পরে দেহি হেয় নিজেই সবার আগে প্লেট নিয়া লাইনে খাড়া 😂 মুখে কড়া, মনে নরম বেডা।")
N("chatter", "bn", "কাইল রাইতে সাগরে এমন ঢেউ, পুরা জাহাজ কাঁপে। সাকিব বমি কইরা শেষ। আইজ আকাশ পরিষ্কার, দুইশো কেজির একটা বিগআই উঠছে, ক্যাপ্টেন খুশি হইয়া কোক দিছে সবাইরে।")
N("news", "bn", "তাইওয়ানের মাছ ধরার জাহাজে জোরপূর্বক শ্রমের শিকার ১২ বাংলাদেশিকে ফিরিয়ে আনল দূতাবাস। আইওএম জানিয়েছে, তাদের বকেয়া বেতন আদায়ে আইনি সহায়তা দেওয়া হচ্ছে।")
N("awareness", "bn", "মা-বাবারা খেয়াল রাখবেন, ১৮ বছরের কম বয়সী ছেলেকে কেউ জন্মসনদ বদলে বিদেশে জাহাজে নিতে চাইলে সেটা অপরাধ। ইউনিয়ন পরিষদে বা থানায় জানান, দালালের কথায় ভুলবেন না।")
N("family", "bn", "ভাইয়া, রুমানার বিয়ার কথা পাকা। ছেলে দুবাইতে হোটেলে কাম করে, ভালো ফ্যামিলি, যৌতুক চায় নাই। তুমি আসতে পারবা না জানি, ভিডিও কলে থাকবা কিন্তু।")
N("official", "bn", "মেসার্স সী-লিংক ম্যানিং (আরএল-১৪৩৭): কোরিয়ান পতাকাবাহী লংলাইনারে ডেকহ্যান্ড নিয়োগ। সরকার নির্ধারিত খরচ ছাড়া কোনো টাকা নেওয়া হয় না, বেতন সরাসরি কর্মীর নিজের ব্যাংক একাউন্টে। সাব-এজেন্টকে টাকা দেবেন না। অফিস: ০১৭০৯৩৮২৫১৪", [("phone", "+8801709382514")])
N("chatter", "bn", "ইলিশের দাম এইবার আকাশছোঁয়া, ভোলার ঘাটেই কেজি ১৮০০। জাহাজে টুনা খাইতে খাইতে ইলিশের কথা মনে পড়ে।", hard=False)
N("chatter", "bn", "আম্মা ঈদের দিন জাহাজে সেমাই রান্না হইছে, ইন্দোনেশিয়ার ভাইরাও খাইছে, নামাজও পড়ছি ডেকে। সবাইরে সালাম দিও।", hard=False)
N("worker_content", "bn", "স্যাট ফোনের মিনিট কার্ড ৩০ ডলার, দুই ঘন্টা চলে। এই মাসে আর কল দিমু না, ঈদে একবারে লম্বা কইরা দিমু। জাহাজের নাম্বার +881631457829, জরুরি হইলে এইটায় দিও।", [("phone", "+881631457829")])
N("family", "bn", "জমির দলিল ব্যাংকে জমা দিয়া লোন নিছি ঘর পাকা করার লাইগা, পাঁচ বছরে শোধ। তুই এই মাসে আর টাকা পাঠাইস না, নিজের লাইগা কিছু রাখ।")
N("joke", "bn", "আমার বউ কয় জাহাজে গিয়া আমি নাকি মাছের মতো গন্ধ হইয়া গেছি, ভিডিও কলেও নাকি গন্ধ পায় 😄", hard=False)
N("news", "bn", "মরিশাসের পোর্ট লুইসে নাবিকদের জন্য নতুন সিম্যান সেন্টার চালু, বিনামূল্যে ওয়াইফাই, আইনি পরামর্শ ও দেশে ফোন করার সুবিধা।")
N("chatter", "bn", "কাইল খেলায় কেডা জিতছে? জাহাজে নেট নাই, কেউ স্কোরটা কইয়ো।", hard=False)

# ---- bn-Latn
N("family", "bn-Latn", "bhaiya ammu bolse tomar passport ar NID er photocopy ta pathao, BRAC er loan form e lagbe. NID 8827461930 to? original lagbe na sudhu copy", [("bd_nid", "8827461930")])
N("worker_content", "bn-Latn", "alhamdulillah ei trip e salary protimash time moto ashse, captain Korean kintu valo, Busan e namle sobaike dinner khawaise. next contract o ei company te korbo")
N("awareness", "bn-Latn", "Sabdhan! Facebook e 'jahaj e job, no experience, 1 lakh salary' post dekhle agency er BMET license number check korun. Passport kauke diben na, taka dile receipt niben.")
N("joke", "bn-Latn", "captain bole 'no fish no rice', amader Rafiq bhai bole tahole ami aaj roza rakhlam 😂")
N("chatter", "bn-Latn", "Port Louis e namsi, market e giye bou er jonno ekta shari kinlam 1500 rupee. Mauritius e onek Bangali dokan ache, bhat dal khailam")
N("family", "bn-Latn", "abba bolse jomi bondhok dewar dorkar nai, tomar pathano takay goru kinsi. tumi contract shesh kore shanti moto ashba, kono tension nai")
N("news", "bn-Latn", "Chattogram e ekta manning agency r malik gereftar, fishing vessel e lok pathiye salary atkanor obhijog, DB bolse 40 jon victim er jobanbondi neya hoise")
N("official", "bn-Latn", "Apnar BMET registration sofol. Registration no: 2026-BHL-04417. Smart card collect korun jela karmosongsthan o jonoshokti office, Bhola theke. Sorkari fee chhara kono taka diben na.")
N("family", "bn-Latn", "bkash e 20 hajar pathaisi, TrxID CK82MN4P7L, ammu ke bolo medicine kinte. baki ta next month, salary ashle", [("mfs_transaction", "CK82MN4P7L")])
N("chatter", "bn-Latn", "sat phone er card shesh, ar minute nai. next week carrier boat ashle notun card kinbo, tokhon call dibo inshallah. sobai valo theko")
N("worker_content", "bn-Latn", "amader boat e contract bangla te chilo, salary 550 USD, protimash ammu r bank e jay. 2 bosor por chuti, ticket company dibe. passport nijer kache")
N("family", "bn-Latn", "Rumana r biyer jonno 2 lakh lagbe, tumi ki kichu pathaite parba? na parle somossa nai, mama dhar dibe bolse, sud chara")
N("joke", "bn-Latn", "bosun amake bole 'tumi Bangali na robot', 20 ta tuna ekai tulsi ajke 💪😂")
N("awareness", "bn-Latn", "Distant water fishing e jete chaile 3 ta jinish mone rakhben: nijer passport nijer kache, salary nijer account e, jahaj er nam ar flag agei jene neben. - BRAC Migration")
N("chatter", "bn-Latn", "kal Bhola te ki brishti hoise? amader ekhane rod, sea ekdom shanto", hard=False)
N("chatter", "bn-Latn", "Messi er match dekhte parsi Suva port e ekta cafe te 😄 2 ghonta wifi", hard=False)
N("family", "bn-Latn", "agent uncle phone dise, bolse tomar next contract er paper ready, Dhaka office e giye sign korba. fee sorkari hisabe, receipt o dibe bolse")
N("chatter", "bn-Latn", "ammu tomar haater shutki bhorta miss kori, ekhane cook Indonesian, sob e mishti mishti ranna 😅", hard=False)
N("news", "bn-Latn", "Korea te fishing boat e ekjon Bangladeshi nabik er mrittu, company khotipuron dibe, lash deshe ashbe agami shoptah e, Lalmohan e shok")
N("chatter", "bn-Latn", "bhai tomar Nagad number ta abar dao, agertay vul hoise mone hoy. eta ki thik? 01647-293018", [("phone", "+8801647293018")], hard=False)

# ---- en
N("receipt", "en", "Cash In Tk 12,000.00 from 01811402967 successful. Fee Tk 0.00. Balance Tk 12,340.50. TrxID BJ73KD9Q1M at 05/11/2026 14:22", [("phone", "+8801811402967"), ("mfs_transaction", "BJ73KD9Q1M")])
N("news", "en", "Taiwan's Fisheries Agency fined the owner of a Kaohsiung-registered longliner NT$1.2 million after inspectors in Port Louis found crew wages unpaid for nine months. The crew, including five Bangladeshis, were repatriated.")
N("awareness", "en", "Tip for fishers: your passport and seaman book belong to you. Nobody, not the captain, not the agent, may keep them. Keep a photo of your contract on your phone. Report abuse: help@fishersrights.org", [("email", "help@fishersrights.org")])
N("official", "en", "Bangladesh High Commission: Bangladeshi fishers on vessels calling at Port Louis may contact the Labour Wing on +230 5947 2210 for wage disputes, passport issues or repatriation. All services are free.", [("phone", "+23059472210")])
N("worker_content", "en", "Second year on this Korean boat. Hard work but fair: 12 hours, one rest day after each port, salary every month to my wife's account. Bosun is strict but never touches anyone.")
N("family", "en", "Bro did you send the passport copy? Embassy needs it for your daughter's birth registration. Number is EB5928371 right? Just a clear photo is fine.", [("bd_passport", "EB5928371")])
N("joke", "en", "Captain said we stay at sea until the hold is full. Hold is already full of instant noodles 😂")
N("chatter", "en", "Transhipment tonight, the reefer came alongside at 2am. Took 6 hours. Got fresh vegetables and new movies on a USB finally")
N("worker_content", "en", "Agent in Dhaka was honest with me, showed the contract in Bangla before I paid, only the BMET fee and medical. Salary 500 USD and it came every month.")
N("news", "en", "Dhaka: Police arrest two unlicensed sub-agents in Banani for sending young men to fishing boats with fake seaman books; families had paid up to Tk 5 lakh each.")
N("family", "en", "Mum says dont worry about the loan, the NGO gave 6 months more time. Just come home safe, we are all praying.")
N("awareness", "en", "Before you board: know the vessel name, the flag, the company and the agent's licence. If someone says 'we will give you the contract on the ship', say no.")
N("chatter", "en", "Cape Town was freezing, first time I saw snow on the mountain. Bought a jacket for 300 rand at the market near the harbour.")
N("receipt", "en", "Money Received Tk 25,500 from 01930-117284. TxnID 71KQZ5R9. Balance Tk 26,002.00. Thank you for using Nagad.", [("phone", "+8801930117284"), ("mfs_transaction", "71KQZ5R9")])
N("official", "en", "Your passport application (Ref No. 4100-0012-7788) is ready for delivery. Please collect from Regional Passport Office, Bhola with the delivery slip.")
N("chatter", "en", "Happy birthday little sis! Sorry no internet on the boat, I'll call you from Suva next week.", hard=False)
N("chatter", "en", "Anyone know a good SIM in Fiji with cheap data? Digicel or Vodafone?", hard=False)
N("joke", "en", "Bosun locked the rice store because someone was stealing eggs at night. Turns out it was the ship's cat 🐱")
N("chatter", "en", "Weather says cyclone near Mauritius, captain moved the boat south. Everyone fine, just a lot of rolling.", hard=False)
N("chatter", "en", "Telegram group for Bhola fishermen abroad: @bhola_sailors_net - share photos, port tips, cricket scores. No agents please.", [("telegram", "@bhola_sailors_net")])


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
    random.Random(158).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev158-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
