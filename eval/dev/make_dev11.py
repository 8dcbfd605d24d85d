#!/usr/bin/env python3
"""Write /work/blind/dev11.jsonl: a blind evaluation set (160 items) for evidtriage issue 15.

Written from shared/research/indicators.md and the issue's list of missed message TYPES only,
without sight of the rule packs, the corpus or other dev sets. Deterministic: no randomness.
"""
import hashlib
import json
import sys
from pathlib import Path as _Path

sys.path.insert(0, str(_Path(__file__).parent))
from blind_labels import settle  # noqa: E402
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dev11.jsonl")

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


def tron(seed: str) -> str:
    """A well-formed TRON address (0x41 + 20 bytes, Base58Check) derived from a seed string."""
    return b58check(b"\x41" + hashlib.sha256(seed.encode()).digest()[:20])


TRX1 = tron("dev11-ransom-a")
TRX2 = tron("dev11-ransom-b")
ETH1 = "0x" + hashlib.sha256(b"dev11-eth").hexdigest()[:40]  # all lower case: valid, no checksum

P = "phone"
ITEMS = []


def F(cat, script, text, ents=()):
    ITEMS.append(dict(text=text, label="flag", category=cat, script=script,
                      voice="victim_or_recruiter", hard=False, entities=[list(e) for e in ents]))


def O(voice, script, hard, text, ents=()):
    ITEMS.append(dict(text=text, label="ok", category=None, script=script,
                      voice=voice, hard=hard, entities=[list(e) for e in ents]))


# ---------------------------------------------------------------- recruitment_deception
C = "recruitment_deception"
F(C, "bn", "🇲🇾 মালয়েশিয়া ফ্যাক্টরি ভিসা 🇲🇾\nবেতন ৬০-৭০ হাজার টাকা\nথাকা খাওয়া ফ্রি ✅\nমেডিকেল লাগবে না, বিএমইটি কার্ড লাগবে না\n৭ দিনে ফ্লাইট ✈️\nশুধু পাসপোর্টের কপি ইনবক্সে দিন\n📞 ০১৮৪৫-৬৭২৩১৯",
  [(P, "+8801845672319")])
F(C, "bn", "ভাই এখানে আইসা দেখি কোনো কোম্পানিই নাই। দালাল কইছিল হোটেলের কাজ, এখন রাস্তায় ঝাড়ু দেওয়ায়। ভিসাটাও নাকি ভ্রমণ ভিসা আছিল, কাজের না")
F(C, "bn", "আপনারা টেনশন নিয়েন না, ভিজিট ভিসায় ঢুকবেন, ওখানে গেলে কোম্পানি কাজের ভিসা বানায় দিবে। এয়ারপোর্টে কেউ জিগাইলে বলবেন বেড়াইতে যাইতেছেন")
F(C, "bn-Latn", "bro cambodia te ekta online company te job ase, sudhu typing ar customer care, beton 1200 dollar, ticket company dibe. english ektu parle e hobe. ekhon kauke bolar dorkar nai, joining er por janais")
F(C, "bn-Latn", "saudi te fri visa 3 ta ready ase, kofil valo, kono kaj dekhano lagbe na oikhane giye nijer moto kaj khujben 😅 ami sob set kore dimu. aj confirm korle rate kom")
F(C, "bn-Latn", "amake bolsilo dubai te supar market e kaj, ekhane ashe dekhi moruvumi te uter khamar. contract er kagoj o arbi te lekha chilo, kichui bujhi nai tokhon")
F(C, "bn-Latn", "nouka te kore thailand hoye malaysia, 7-8 din lagbe. teknaf er ghat theke uthbi, passport lagbo na. oipar gele sathe sathe kaj. ma re kobi dhakay garments e jaitesos")
F(C, "en", "🔥URGENT HIRING🔥\nThailand / Myanmar border zone\nCustomer Service (Bangla+English)\nSalary $1500 + commission 💵\nFree ticket + hotel 🏨\nNo experience needed\nCV: hr.goldenasia.bd@gmail.com\nwa.me/8801936254817",
  [(P, "+8801936254817"), ("email", "hr.goldenasia.bd@gmail.com")])
F(C, "en", "the agency told us cleaner job in a mall in KL with work permit. when we landed they drove us to a palm oil estate and the visa in my passport is only a student pass")
F(C, "en", "Your visa is 100% genuine brother, dont check it on embassy site, their site always shows wrong. Just come with 2 lakh cash friday, flight monday inshallah")

# ---------------------------------------------------------------- fees_and_debt
C = "fees_and_debt"
F(C, "bn", "মালয়েশিয়ার সরকারি খরচ ৭৯ হাজার কাগজে লেখা থাকবে, কিন্তু আমাদের দিতে হবে সাড়ে ৫ লাখ। বাকি টাকার কথা কেউ জিজ্ঞেস করলে বলবেন দেন নাই")
F(C, "bn", "আব্বা জমিটা বন্ধক দিয়া ৪ লাখ দিছিল দালালরে। এখন এখানকার মালিক কয় আমার ভিসার টাকা নাকি সে দিছে, যতদিন শোধ না হয় বেতন থেকে কাইটা রাখবো")
F(C, "bn", "ওখানে যাওয়ার পর আরো এক লাখ লাগবে আকামার জন্য, এখন বললে তো আপনারা যাইতেন না তাই আগে বলি নাই")
F(C, "bn", "কিস্তির টাকা দিতে পারতেছি না আম্মা, ৮ মাস হইলো এখানে একটা টাকাও হাতে পাই নাই, সব নাকি ঋণের হিসাবে কাটে")
F(C, "bn-Latn", "advans 50 hajar ajkei dite hobe, baki 3 lac flight er age. kono resit dewa jabe na, eta amader sistem")
F(C, "bn-Latn", "malik koy tor pichone 6000 riyal khoroch hoise, oita uthano porjonto batn paibi na. 2 bosor to lagbo e")
F(C, "bn-Latn", "bhaiya ami ekhn ki korbo, agency bolse desh e ferot jete chaile 2 lakh tk jorimana dite hobe, na dile chukti sesh hobe na")
F(C, "en", "Madam the package is 4.5 lakh all inclusive. Govt rate is only on paper, nobody goes with that. Half now, half when visa comes.")
F(C, "en", "They lent us the ticket money and now charge 30% every month. Whatever we earn goes to the boss for the loan, we never see our pay.")
F(C, "en", "Boss said recruitment cost will be cut from salary, 400 ringgit every month for 18 months. If you leave before, you pay the balance at once.")

# ---------------------------------------------------------------- payments_and_proceeds
C = "payments_and_proceeds"
F(C, "bn", "তোর ভাই আমাগো কাছে। ৩ লাখ না দিলে ছাড়মু না। বিকাশে ৫০ হাজার কইরা ভাগ কইরা পাঠাবি, এক নাম্বারে সব দিবি না। পয়লা নাম্বার ০১৯৬৩৪৭২৮১৫",
  [(P, "+8801963472815")])
F(C, "bn", "নগদে টাকা পাঠানোর পর ট্রানজেকশন আইডিটা এই ইমোতে দিবেন, তারপরে আপনার পোলার লগে কথা বলাইয়া দিমু")
F(C, "bn", "মেয়েগুলার কামাই সব আমার এজেন্টের বিকাশে যাইবো, ওগো হাতে একটা টাকাও দিবি না। হিসাব রাতে আমারে দিবি")
F(C, "bn-Latn", "bhai ke boat theke namay nai, oder lok bolse 2 lakh 80 hajar dile chere dibe. bkash personal 01786-943215 e send money korte bolse, cashout charge soho",
  [(P, "+8801786943215")])
F(C, "bn-Latn", f"USDT TRC20 te pay korle taratari release. address {TRX1} . 1500 usdt, screenshot dile passport ferot pabi",
  [("crypto", TRX1)])
F(C, "bn-Latn", "protita client er taka amar rocket e asbe, meyeder kache cash rakhte diba na. sondhay hishab dibi, ek taka o jeno kom na hoy")
F(C, "bn-Latn", "amar pola re thailand er jongole atkay rakhse, protidin video call e mare ar taka chay. ajke 70 hajar nagad korsi 01917348206 e, aro chay",
  [(P, "+8801917348206")])
F(C, "en", f"Family must pay 4000 USD to release him from the company. Send USDT to this wallet only, no bank: {TRX2}. After payment we drop him at the border.",
  [("crypto", TRX2)])
F(C, "en", "Split it 20k each across these 5 bKash numbers so it doesnt get flagged. First one 01552-318476. Send me the TrxID after each one.",
  [(P, "+8801552318476")])
F(C, "en", f"Deposit the girls earnings every night at different agents, never more than 25k at one shop. Big amounts convert to USDT, ERC20 {ETH1}",
  [("crypto", ETH1)])

# ---------------------------------------------------------------- isolation_and_control
C = "isolation_and_control"
F(C, "bn", "পাসপোর্টগুলো সব ম্যানেজারের লকারে, চাইলেই কয় ছুটিতে গেলে দিবে। তিন বছর হইলো ছুটিই নাই")
F(C, "bn", "মোবাইলটা মালিকের বউ নিয়া নিছে, সপ্তাহে একদিন ৫ মিনিট কথা কইতে দেয় সামনে বইসা। এইটা লুকাইয়া পাশের বাসার ড্রাইভারের ফোন থেকে দিলাম")
F(C, "bn", "বাড়িতে কেউ জিগাইলে বলবি ঢাকায় খালার বাসায় থাকিস, কাজ করিস। বিদেশের কথা মুখেও আনবি না, বুঝছোস?")
F(C, "bn", "বাইরে থেকে তালা মাইরা রাখে, গেটে দারোয়ান, একা নিচে নামতে দেয় না। জানালা দিয়াও কথা বলা নিষেধ")
F(C, "bn-Latn", "amra 12 jon ek ghore, dorja baire theke bondho. khabar o janala diye dey. kothay asi jani na, sudhu jani samner dike sagor")
F(C, "bn-Latn", "phone ta joma rekhe de, kaj er somoy phone allowed na. barite ki bolbi ami bole dimu, tui shudhu bolbi valo asi")
F(C, "bn-Latn", "kauke bolben na je apni ekhane, police ba embassy te gele apnar e bipod. amader lok sob jaygay ase")
F(C, "en", "sir took all our phones on the first day and keeps the passports. we can only go out with the supervisor on friday for 1 hour")
F(C, "en", "Dont tell your family where you are. Tell them you're at a training centre in Bangkok with no signal. We read all your messages.")
F(C, "en", "You stay inside the compound until the contract ends. Guards on every gate. Whoever tries to walk out gets moved to the next company.")

# ---------------------------------------------------------------- labour_exploitation
C = "labour_exploitation"
F(C, "bn", "সকাল ৫টা থেকে রাত ১২টা পর্যন্ত কাজ, শুক্রবারেও ছুটি নাই। খাবার দেয় একবেলা, তাও বাসি রুটি")
F(C, "bn", "৭ মাসের বেতন আটকাইয়া রাখছে, চাইলে কয় কোম্পানির লস চলতেছে, পরে একসাথে দিবো")
F(C, "bn", "কফিল আমাদের ৪ জনরে আরেক মালিকের কাছে বেইচা দিছে, নতুন মালিক কয় তোদের জন্য টাকা দিছি, খাইটা তুলবি")
F(C, "bn-Latn", "bhai 16-18 ghonta kaj kori, beton dise 400 riyal, contract e lekha chilo 1200. bollam to bole posondo na hoile nijer takay desh e ja")
F(C, "bn-Latn", "amader ke onno company er kache taka niye diye dise, akama o notun malik er name. ager 5 maser betn o pai nai")
F(C, "bn-Latn", "rat e ghumai construction site er container e, 20 jon. pani nai, bathroom nai. ekta kutta o emne thake na")
F(C, "bn-Latn", "soptahe 7 din kaj, off nai, overtime er taka dey na. beshi kotha bolle khawa bondho kore dey")
F(C, "en", "We work on the fishing boat 20 hours a day, captain keeps our pay until we go back to shore, 10 months now and no shore.")
F(C, "en", "Manager said salary starts after 6 months 'probation'. We finished 9 months, still nothing, only 50 ringgit food money a week.")
F(C, "en", "Agent sold my contract to another farm owner for 3000 riyal. New owner says I belong to him until I work that off.")

# ---------------------------------------------------------------- threats_and_coercion
C = "threats_and_coercion"
F(C, "bn", "বেশি বাড়াবাড়ি করলে হুরুব দিয়া দিমু, তখন পুলিশে ধরলে জেলে পচবি, দেশেও যাইতে পারবি না")
F(C, "bn", "তোর মা বাপ কোন গ্রামে থাকে আমরা জানি। মুখ খুললে ওগো কী হইবো চিন্তা কইরা নিস")
F(C, "bn", "কাজ শেষ না হইলে কারেন্টের শক দেয়, কাল রহিম ভাইরে এমন মারছে এখনো উঠতে পারে না")
F(C, "bn", "আপা আমারে বলছে অ্যাম্বাসিতে ফোন দিলে আমার নামে চুরির মামলা দিবে, তারপর আর কোনোদিন দেশে যাইতে পারমু না")
F(C, "bn-Latn", "police er kase gele tor name drug case dhukay dimu, ekhane police amader lok")
F(C, "bn-Latn", "tor boner chobi amar kache ase, palaile fb te chere dibo. bujhe shune cholis")
F(C, "bn-Latn", "maliker pola lathi diya mair dise, koise aro kotha koile maira falaibo, keu khujbo na")
F(C, "en", "If you run you will be reported absconding and deported with a ban, and your family still owes us the 5 lakh.")
F(C, "en", "We know where your wife works in Narayanganj. Keep working and keep quiet, thats best for everyone.")
F(C, "en", "boss hit me with a pipe when i asked for my passport, he said next time he breaks my legs")

# ---------------------------------------------------------------- minors
C = "minors"
F(C, "bn", "মাইয়াটার বয়স ১৩ তো কী হইছে, জন্ম নিবন্ধন নতুন কইরা ১৮ বানায় দিমু, পাসপোর্টে কোনো ঝামেলা হইবো না")
F(C, "bn", "আমার কাছে ৯-১০ বছরের দুইটা মাইয়া আছে বাসার কাজের জন্য, মাসে ২ হাজার দিলেই হইবো, গ্রাম থেকে আনায় দিমু")
F(C, "bn", "স্কুলের সার্টিফিকেট দিয়েন না, ওইটাতে জন্মতারিখ আসল। চেয়ারম্যানরে দিয়া নতুন জন্ম সনদ করাইতেছি")
F(C, "bn-Latn", "amar bhatiji 15 bosor, dubai te barir kaje niben? passport e boyos barai dimu ami")
F(C, "bn-Latn", "choto pola lagbo dokan e, 11-12 bochor, thaka khawa ar mase 1500. baba ma re advance diya dimu")
F(C, "bn-Latn", "NID te boyos 19 koira dise 5 hajar tk diye, asole o 16. agency bolse medical e keu dhorbe na")
F(C, "bn-Latn", "kom boyoshi meye ase 14-15, hotel e pathano jabe, rate alada. chobi inbox e dicchi")
F(C, "en", "girl is 14 but looks older. we make new birth certificate showing 21 so she can go as housemaid")
F(C, "en", "Need small boys for camel farm, 10-12 yrs, light weight. Parents get 50k advance, no papers required.")
F(C, "en", "She's young n fresh, 16 only. Available for your hotel guests this weekend. Price in inbox.")

# ---------------------------------------------------------------- sexual_exploitation
C = "sexual_exploitation"
F(C, "bn", "💆‍♀️ দুবাইতে বিউটি পার্লারে মেয়ে কর্মী নিয়োগ 💆‍♀️\nবয়স ১৮-২৫, দেখতে সুন্দর হতে হবে\nবেতন ১ লাখ+ টিপস\nঅভিজ্ঞতা লাগবে না\nছবি পাঠান হোয়াটসঅ্যাপে\n+971 55 432 8716",
  [(P, "+971554328716")])
F(C, "bn", "পার্লারের কাজ বলছিল আপা, এখানে আইনা রাতে হোটেলে পাঠায়। না গেলে খাওন দেয় না")
F(C, "bn", "নতুন মাল ৩টা আইছে, কাস্টমাররে ছবি পাঠায় দিছি। প্রতি রাত ২০০ দিরহাম, মেয়েগো হাতে কিছু দিবা না")
F(C, "bn-Latn", "spa te kaj, massage sikhay dibe. customer khushi korle bonus. apu eta shudhu tomake bollam, barite spa bolar dorkar nai, bolo hospital e")
F(C, "bn-Latn", "dance club e chakri, mase 1 lakh 20, kintu customer er sathe room e jaite hobe maje maje, eta kaj er part")
F(C, "bn-Latn", "madam bole loan shodh na howa porjonto protidin 8-10 ta guest nite hobe, passport o tar kache")
F(C, "en", "Hiring girls for 'hotel reception' in Oman 🌸\nMust be pretty, unmarried, 18-24\nFree visa + ticket\nSend full body photo\nIMO +8801893467125",
  [(P, "+8801893467125")])
F(C, "en", "She was told it was a spa job in Kuala Lumpur. They took her passport at the airport and she has to see clients every night.")
F(C, "en", "New girls from Bangladesh 🌹 massage full service, hotel outcall 👑 call 0️⃣1️⃣7️⃣ 4 5 6 - 9 2 8 3 1 telegram only",
  [(P, "+8801745692831")])
F(C, "en", "You'll entertain the guests, drink with them, go with them if they pay. That's how you clear your ticket money fast.")

# ================================================================ ok: news
V = "news"
O(V, "bn", True, "বিদেশে উচ্চ বেতনে চাকরির প্রলোভন দেখিয়ে মানব পাচার চক্রের ৩ সদস্যকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ২৭টি পাসপোর্ট উদ্ধার করা হয়েছে।")
O(V, "bn", True, "মালয়েশিয়ায় পাঠানোর কথা বলে ৫ লাখ টাকা নেওয়ার অভিযোগে দালালের বিরুদ্ধে মামলা, আগামী মাসে আদালতে শুনানি")
O(V, "bn", True, "টেকনাফ উপকূল থেকে সাগরপথে মালয়েশিয়া পাচারের সময় ৪৩ জনকে উদ্ধার করেছে কোস্টগার্ড, তাদের মধ্যে ১১ জন শিশু")
O(V, "bn-Latn", True, "khobor dekhso? cox's bazar e 2 ta dalal dhora khaise, boat e manush pathaito malaysia. tv te dekhailo aj")
O(V, "en", True, "Dhaka court sentences two to life imprisonment for trafficking women to Dubai under the guise of beauty parlour jobs.")
O(V, "en", True, "Police rescued 14 Bangladeshi men from a scam compound in Myawaddy; they said their passports and phones were confiscated on arrival.")
O(V, "en", True, "CID says MFS agents moved Tk 750bn through digital hundi; five held, bKash accounts allegedly used to collect ransom.")
O(V, "bn", True, "লিবিয়ায় জিম্মি করে মুক্তিপণ আদায়: পরিবারের কাছ থেকে বিকাশে ১০ লাখ টাকা নেওয়ার অভিযোগে দুজন গ্রেপ্তার")
O(V, "en", True, "Court hears case of 12-year-old domestic worker; employer accused of withholding wages and confining the girl for two years.")
O(V, "en", False, "Remittance inflow hit $2.6bn in March, the highest in 18 months, central bank data show.")

# ================================================================ ok: awareness
V = "awareness"
O(V, "bn", True, "⚠️ সতর্ক থাকুন! কখনোই কোনো দালালের হাতে আপনার পাসপোর্ট জমা দেবেন না। বিদেশ যেতে বিএমইটিতে নিবন্ধন করুন। হেল্পলাইন ১৬১৩৫")
O(V, "bn-Latn", True, "Sabdhan!! facebook e 'free visa' 'calling visa' dekhe keu taka diben na. dalal er kothay kan diben na. agency r license BMET er site e check korun")
O(V, "en", True, "Never hand your passport to an employer or agent. Nobody has the right to keep it. If someone does, call the helpline 16135.")
O(V, "bn", True, "মেয়েদের বিদেশে পার্লার বা হোটেলে ভালো বেতনের চাকরির কথা বলে পাচার করা হচ্ছে। এমন প্রস্তাব পেলে পরিবারকে জানান, থানায় যোগাযোগ করুন।")
O(V, "bn-Latn", True, "shishu der barir kaje pathaben na. 18 bochorer kom boyosher karo boyos bariye passport kora oporadh. sochetonotay: nari o shishu odhikar forum")
O(V, "en", True, "Warning signs of a scam job abroad: high salary with no clear duties, free flights, 'no experience needed', contact only on WhatsApp or Telegram.")
O(V, "bn", True, "কেউ যদি ফোন করে বলে আপনার আত্মীয় বিদেশে আটকে আছে, মুক্তিপণ চায়, টাকা পাঠাবেন না। সাথে সাথে ৯৯৯ এ কল দিন।")
O(V, "bn-Latn", True, "malik jodi beton atkay rakhe, passport rekhe dey ba phone niye ney, embassy r labour wing e jogajog korun. eta apnar odhikar")
O(V, "en", True, "Debt bondage is a crime: no employer can make you work to repay recruitment costs. Know your rights before you migrate.")
O(V, "bn", False, "বিদেশগামী কর্মীদের জন্য বিনামূল্যে প্রাক-বহির্গমন প্রশিক্ষণ চলছে, জেলা কর্মসংস্থান ও জনশক্তি অফিসে যোগাযোগ করুন।")

# ================================================================ ok: official
V = "official"
O(V, "bn", True, "সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। এর বেশি এক টাকাও আমাদের এজেন্সিকে দিতে হবে না। সব লেনদেন ব্যাংকের মাধ্যমে, রসিদসহ।")
O(V, "en", True, "Crescent Overseas (licensed RA) - Malaysia factory workers.\nGovernment-fixed cost Tk 78,990, paid by bank with receipt.\nBMET registration & smart card mandatory. No sub-agents.\nCall 01711-562398",
  [(P, "+8801711562398")])
O(V, "bn-Latn", True, "amader agency te kono dalal nai. sorkar nirdharito fee er beshi 1 taka o diben na. passport apnar kache e thakbe, visa ashle dakbo")
O(V, "en", True, "BMET notice: emigration clearance (smart card) is issued only after biometric registration. Workers must keep their own passports.")
O(V, "bn", True, "প্রবাসী কল্যাণ মন্ত্রণালয়: সৌদি আরবে গৃহকর্মী হিসেবে যেতে ন্যূনতম বয়স ২৫ বছর। বয়স পরিবর্তন করা কোনো নথি গ্রহণযোগ্য নয়।")
O(V, "en", True, "Embassy of Bangladesh, Riyadh: workers with unpaid wages or huroob cases may contact the labour wing on +966 11 419 1234, Sun-Thu.",
  [(P, "+966114191234")])
O(V, "bn-Latn", True, "Ami Probashi app e registration korun, agency r license check korun. Malaysia jete khoroch 78,990 tk, er beshi keu chaile obhijog korun")
O(V, "bn", True, "জনশক্তি অফিস: জর্ডানের গার্মেন্টসে নারী কর্মী নিয়োগ, বিনা খরচে। বেতন ১২৫ দিনার, থাকা খাওয়া ও ওভারটাইম নিয়োগকর্তার। আবেদন সরাসরি অফিসে।")
O(V, "en", False, "BOESL office will remain closed on 16 December for Victory Day.")
O(V, "bn", False, "ইপিএস কোরিয়া ভাষা পরীক্ষার ফল প্রকাশিত হয়েছে, রোল নম্বর দিয়ে ওয়েবসাইটে দেখা যাবে।")

# ================================================================ ok: worker_content
V = "worker_content"
O(V, "bn-Latn", True, "alhamdulillah ekhane valo asi, kofil valo manush. passport amar kachei, beton protimaser 1 tarikh e dey, overtime o pai")
O(V, "bn", True, "আম্মা চিন্তা কইরো না, কোম্পানি থাকা খাওয়া ফ্রি দিছে, রুমে ৪ জন। আজকে বেতন পাইলাম, বিকাশে পাঠাইছি")
O(V, "en", True, "Finished a 12 hour shift today but overtime is paid double and friday off. Boss gave us eid bonus too 😄")
O(V, "bn-Latn", True, "dubai te parlour e kaj kori 3 bochor, nijer visa, ekhon nijei ekta salon dibo insha allah")
O(V, "bn", True, "মালিক আমার পাসপোর্ট নবায়নের জন্য এম্বাসিতে জমা দিছে, রসিদ আমার কাছে। সামনের সপ্তাহে ফেরত পাবো")
O(V, "en", True, "Our hotel in Doha gives us a phone allowance and the manager lets us call home anytime. Best job I had.")
O(V, "bn-Latn", True, "bhai ekhane 10 ghonta kaj, kintu beton time moto, mashe 1800 ringgit. desh e jaite chaile chuti dey")
O(V, "bn-Latn", False, "aj site e kaj kom chilo, sondhay sobai mile biriyani ranna korsi 😋")
O(V, "bn", False, "নতুন ফোন কিনলাম প্রথম মাসের বেতন দিয়া, ছবি পাঠাইলাম দেখো")
O(V, "en", False, "Got promoted to supervisor today! Thanks everyone for the duas 🤲")

# ================================================================ ok: receipt
V = "receipt"
O(V, "en", True, "You have received Tk 25,000.00 from 01823456917. Fee Tk 0.00. Balance Tk 31,250.50. TrxID BHK7Q2M4XZ at 14/11/2026 18:42",
  [(P, "+8801823456917")])
O(V, "en", True, "Cash Out Tk 50,000.00 to Agent 01612345807 successful. Fee Tk 925.00. Balance Tk 1,204.00. TrxID CKL93MNB2A at 02/12/2026 10:05",
  [(P, "+8801612345807")])
O(V, "en", True, "Money Received.\nAmount: Tk 15000.00\nSender: 01974318265\nRef: ma\nTxnID: 7HX2KQ9P\nBalance: Tk 15420.35\n29/11/2026 20:11",
  [(P, "+8801974318265")])
O(V, "bn", True, "আপনি ০১৭৩৫৮২৯১৪৬ নম্বরে ৳১০,০০০.০০ সেন্ড মানি করেছেন। ফি ৳০.০০। ব্যালেন্স ৳৪,৫৫০.০০। ট্রানজেকশন আইডি BKD8Z1Q3LM ১৯/১১/২০২৬ ২১:৩০",
  [(P, "+8801735829146")])
O(V, "en", True, "Cash-In from A/C: ***4471 Tk 40,000.00 Fee: Tk 0.00 Balance: Tk 40,112.00 TxnId: 3748291056 Date: 01-DEC-26 09:14")
O(V, "en", True, "Your remittance of SAR 1,500 to bKash 01712-903456 has been credited. Amount BDT 48,210.00. Ref: WU8834219",
  [(P, "+8801712903456")])
O(V, "bn", True, "প্রিয় গ্রাহক, আপনার হিসাবে ৳৩,০০,০০০ রেমিট্যান্স জমা হয়েছে। সরকারি প্রণোদনা ২.৫% যোগ করা হয়েছে। -সোনালী ব্যাংক")
O(V, "en", False, "Recharge of Tk 50 to 01911234587 successful. TrxID BJ4K9L2M8N.",
  [(P, "+8801911234587")])
O(V, "en", False, "Payment of Tk 1,250.00 to Daraz (Merchant) successful. Fee Tk 0.00. TrxID CAB12X9Y7Z at 03/12/2026 13:22")
O(V, "bn", False, "বিদ্যুৎ বিল ৳১,৩৪০ পরিশোধ সফল। বিল নং ৫৫৪১২৭। ধন্যবাদ - নগদ")

# ================================================================ ok: joke
V = "joke"
O(V, "bn-Latn", True, "bou amar phone ta niye rakhse, bole kaj sesh na hoile ferot pabi na 😂😂 eta amar jail life")
O(V, "bn", True, "বস বলছে এই মাসে বেতন দিবে না, তাই আমিও কাজ করমু না, হিসাব বরাবর 🤣")
O(V, "en", True, "My mom confiscated my passport so I can't go to Cox's Bazar with the boys. Human rights violation 😭😂")
O(V, "bn-Latn", True, "bhai ei bhabi amake ghore atke rakhse, thala bason na dhuile ber hote dibe na 🤣 help help")
O(V, "en", True, "Selling my little brother, slightly used, 13 years old, eats a lot. Free home delivery 😂")
O(V, "bn", True, "ঈদের বোনাস না দিলে অফিসের ফ্রিজের সব মিষ্টি মুক্তিপণ হিসাবে আটকায় রাখমু 😆")
O(V, "bn-Latn", False, "ajke math class e sir ghumay gese, amra sobai selfie tulsi 😂")
O(V, "en", False, "Why did the tomato blush? It saw the salad dressing 😂")
O(V, "bn", False, "আমার বিড়াল আমার চেয়ে বেশি ঘুমায়, ওরেই অফিসে পাঠামু 😹")
O(V, "bn-Latn", False, "biye barite khawa beshi hoye gese, ekhon 3 din diet 🤣")

# ================================================================ ok: chatter
V = "chatter"
O(V, "en", True, "Rahim bhai's new number in Riyadh: +966 53 412 7789, save it",
  [(P, "+966534127789")])
O(V, "bn-Latn", True, "bro ami malaysia te notun sim nilam, eta amar number +60 12-384 5671 whatsapp e add koro",
  [(P, "+60123845671")])
O(V, "bn-Latn", True, "qatar e electrician er salary kemon? mama bolse 2500 riyal + overtime, visa company nijei dibe official bhabe")
O(V, "bn", True, "ভাই দুবাইতে কেউ আছেন? হোটেল রিসেপশনে চাকরির অফার লেটার পাইছি, কোম্পানির নাম গুগল করলাম, ওয়েবসাইট আর অফিস সব আছে")
O(V, "en", True, "Anyone know a good agency for Japan TITP? the official cost is on the BMET site, want to go through the proper channel")
O(V, "bn-Latn", True, "tor passport er expiry kobe? amar ta next month, renew er jonno online e apply korlam")
O(V, "bn", True, "অফিসের বস বলছে এই সপ্তাহে শুক্রবারেও কাজ করতে হবে, প্রজেক্ট ডেডলাইন। ওভারটাইম দিবে বলছে")
O(V, "en", False, "Dinner at 8? Dhanmondi, the new place near the lake")
O(V, "bn-Latn", False, "kalke khela dekhbi? BD vs SL, 2 tay start")
O(V, "bn", False, "বৃষ্টিতে রাস্তায় পানি উঠে গেছে, আজকে অফিসে যাইতে পারবো না মনে হয়")

# ================================================================ ok: family
V = "family"
O(V, "bn", True, "আব্বা, আমার পাসপোর্টটা আলমারির ড্রয়ারে রাইখো, কাউরে দিও না। আগামী মাসে আইসা ভিসার কাজ করমু")
O(V, "bn-Latn", True, "ammu bkash e 10 hajar pathaisi, 5 hajar kistir ar 5 hajar bazar er. TrxID pathay dilam")
O(V, "en", True, "Apu, I kept your passport and NID photocopies in the blue file, the originals are with you right?")
O(V, "bn-Latn", True, "chotu ke bolo school e jaite, 14 bochor boyose kaj er kotha chinta korte hobe na. taka ami pathabo")
O(V, "bn", True, "মামা সৌদি থেকে ফোন দিছিল, বেতন বাড়ছে, এই মাসে ৫০ হাজার পাঠাবে। জমির বন্ধকটা ছাড়াইতে পারমু")
O(V, "bn-Latn", True, "apa, tomar meye ke malaysia te porte pathaba? amar bandhobir meye gese, student visa, university te scholarship")
O(V, "en", True, "Abbu my passport is at the embassy for renewal, token number 4471, I'll pick it up on Sunday. Don't send money, I have enough.")
O(V, "bn", False, "নানুর শরীর কেমন? ওষুধ কিনে দিছি, সন্ধ্যায় খাওয়াইয়া দিও")
O(V, "bn-Latn", False, "bhaiya eid e bari ashba? ammu pitha banabe")
O(V, "en", False, "Aunty, Rafi passed HSC with GPA 5! Treat on Friday 🎉")


def main():
    assert len(ITEMS) == 160, len(ITEMS)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(ITEMS, 1):
            rec = {"id": f"dev11-{i:04d}", "text": it["text"], "label": it["label"],
                   "category": it["category"], "script": it["script"], "voice": it["voice"],
                   "hard": it["hard"], "entities": settle(it["text"], it["entities"])}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {OUT}")


if __name__ == "__main__":
    main()
