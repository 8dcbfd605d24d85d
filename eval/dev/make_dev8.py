"""Writes ``dev8.jsonl``: the second blind development set for issue 15, written with ``dev7``
before its author read the rule packs or the matcher, in other words and other situations than
``dev7`` (longer chat turns, more code-mixing, ads and forwarded notices).

Run from the repository root: ``python eval/dev/make_dev8.py``. The method, the fields and the
labelling are those of ``make_dev7.py`` (whose ``write`` this uses).

Scored once, blind, when written (see the commit that adds it); after that it is a tuning set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_dev7 import write  # noqa: E402

NAME = "dev8"

# (text, category, script, entities) for items to flag
POS = [
    # recruitment_deception
    ("Romania, Croatia, Serbia te construction kaj, visa 100% guaranteed, interview chara. contract e 900 euro likha thakbe. serial dhorte aajkei 50 hajar", "recruitment_deception", "bn-Latn", []),
    ("মালয়েশিয়ায় কলিং ভিসা, বয়স ২০-৪০, কোনো অভিজ্ঞতা লাগবে না, বেতন ৬০ হাজার, খরচ মাত্র সাড়ে চার লাখ। যোগাযোগ ইনবক্সে।", "recruitment_deception", "bn", []),
    ("They told us it was a factory job in Johor. At the airport the agent's man took us to a palm estate and said the factory is 'full'.", "recruitment_deception", "en", []),
    ("Oman e house driver er visa, asole visit visa, giye akama kore debe bolse, kono tension nai", "recruitment_deception", "bn-Latn", []),
    ("Direct Italy no, first Dubai then Libya, from there boat, total 12 lakh, half now half after reaching. amar 200+ lok gese", "recruitment_deception", "en", []),
    # fees_and_debt
    ("আসার আগে সাড়ে পাঁচ লাখ দিছি, এখন কোম্পানি বলে ভিসা লাগাতে আরও এক লাখ লাগবে, না দিলে দেশে পাঠায় দিবে।", "fees_and_debt", "bn", []),
    ("Your daughter's loan is 180,000. She pays 15,000 every month from her salary. If she leaves before, family pays double.", "fees_and_debt", "en", []),
    ("sudh soho 2 lakh hoise, beton theke proti mash e 8 hajar kete rakhbo, shodh hole passport pabi", "fees_and_debt", "bn-Latn", []),
    ("এনজিও থেকে লোন নিয়ে দালালকে টাকা দিছি, কিস্তি দিতে পারতেছি না, বিদেশে কাজ নাই।", "fees_and_debt", "bn", []),
    ("Agent wants advance 80k today to 'hold the visa slot', rest 3.2 lakh after medical. No receipt, he says trust me.", "fees_and_debt", "en", []),
    # payments_and_proceeds
    ("bhai USDT te pathaben, TRC20 address ta inbox e dicchi, bank e pathaile dhora khaben", "payments_and_proceeds", "bn-Latn", []),
    ("টাকাটা এক নাম্বারে পাঠাবেন না, ৩টা বিকাশে ভাগ করে দেন, প্রত্যেকটায় ২৪,৫০০ করে।", "payments_and_proceeds", "bn", []),
    ("Deposit the money in four different branches, never more than 50k at once, then send me the slips on IMO.", "payments_and_proceeds", "en", []),
    ("Malaysia theke hundi te pathaben, amar dokan e cash dile ek ghontay bari te pouche jabe, bank er cheye rate bhalo", "payments_and_proceeds", "bn-Latn", []),
    ("ছেলেকে ছাড়িয়ে নিতে হলে আজ রাতের মধ্যে ৩ লাখ টাকা নগদে পাঠান, না হলে আর খোঁজ পাবেন না।", "payments_and_proceeds", "bn", []),
    # isolation_and_control
    ("The madam keeps the house key with her. I have not been outside in 7 months, not even to the roof.", "isolation_and_control", "en", []),
    ("phone ta dekhe dekhe kotha bolte dey, speaker e dite hoy, kichu bolle pore mare", "isolation_and_control", "bn-Latn", []),
    ("বাড়িতে ফোন করলে বলবি সব ঠিক আছে, বেতন পাচ্ছিস — অন্য কিছু বললে তোর খবর আছে।", "isolation_and_control", "bn", []),
    ("amader room er bahire guard thake, 24 ghonta, toilet e jaite o permission lage", "isolation_and_control", "bn-Latn", []),
    ("Delete this chat. Only talk to me on Telegram from now, and don't tell your parents where you are going.", "isolation_and_control", "en", []),
    # labour_exploitation
    ("din e ekbar khabar dey, tao vaat ar dal, raat 2 ta porjonto kaj kori, sokal 6 tay abar uthi", "labour_exploitation", "bn-Latn", []),
    ("Third month without pay. They say the company has no money but we still work every day, even Fridays.", "labour_exploitation", "en", []),
    ("অসুস্থ হলেও কাজ করতে হয়, ডাক্তার দেখাতে দেয় না, বেতন কেটে রাখে।", "labour_exploitation", "bn", []),
    ("contract e 8 ghonta likha, ekhane 14 ghonta kaj, overtime er kono taka dey na, boss bole chaile chole ja but passport dibe na", "labour_exploitation", "bn-Latn", []),
    ("We want to go home but the company says we must finish two years, and they keep our salary 'safe' until then.", "labour_exploitation", "en", []),
    # minors
    ("ওর বয়স ১৩, কিন্তু দেখতে বড়, জন্ম নিবন্ধন নতুন করে বানিয়ে নিলে সৌদিতে বাসার কাজে পাঠানো যাবে।", "minors", "bn", []),
    ("chhoto meye lagbe, 12-13 bochor, Dhaka te bashar kaj, mash e 2500, baba ma ke ekbare 20 hajar dibo", "minors", "bn-Latn", []),
    ("He is only 15 but strong, we can send him to the brick kiln for an advance of 30,000, he'll work it off in the season.", "minors", "en", []),
    ("ei meye ta 17, kintu customer ra choto meye chay, bolbi 19", "minors", "bn-Latn", []),
    ("age on the new ID is 21, real age 16, nobody checks at the airport if you go with our man", "minors", "en", []),
    # sexual_exploitation
    ("দুবাইয়ের হোটেলে মেয়েদের কাজ, শুধু গেস্টদের সঙ্গ দিতে হবে, মাসে দেড় লাখ, চেহারা সুন্দর হতে হবে।", "sexual_exploitation", "bn", []),
    ("Russian, Bangladeshi, Indian girls available 24/7 in Deira, hotel and home service, 100% real, WhatsApp only", "sexual_exploitation", "en", []),
    ("boss bole protidin 10 jon customer na nile khabar nai, taka shob boss rakhe", "sexual_exploitation", "bn-Latn", []),
    ("I was told massage centre receptionist. It's not reception. They lock us in and bring men every night.", "sexual_exploitation", "en", []),
    ("ফেসবুকে পরিচয়, বিয়ের কথা বলে ভারতে নিয়ে গিয়ে একটা বাড়িতে বিক্রি করে দিয়েছে।", "sexual_exploitation", "bn", []),
    # threats_and_coercion
    ("palaite chaile pa bhenge dibo, ar tor baba ma ke gram e giye dhorbo", "threats_and_coercion", "bn-Latn", []),
    ("Boss said if I complain to the embassy he will report me as runaway and I'll go to jail", "threats_and_coercion", "en", []),
    ("মারধর করে কারেন্টের শক দিয়েছে, বলছে আরেকবার পালানোর চেষ্টা করলে মেরে ফেলবে।", "threats_and_coercion", "bn", []),
    ("amake onno ekta company er kache bikri kore dise 3000 riyal e, ekhon notun malik bole taka shodh kor", "threats_and_coercion", "bn-Latn", []),
    ("You signed, you belong to the company now. Complain and your family gets the bill and a visit.", "threats_and_coercion", "en", []),
]

# (text, voice, script, hard, entities) for items not to flag
NEG = [
    # news
    ("RAB arrests 'adam bepari' who took Tk 6 lakh each from 30 youths promising jobs in Romania, passports recovered.", "news", "en", True, []),
    ("লিবিয়ায় জিম্মি ১৮ বাংলাদেশিকে উদ্ধার করেছে পুলিশ, মুক্তিপণ দাবি করেছিল পাচারকারীরা।", "news", "bn", True, []),
    ("TV te dekhai, Malaysia te 100 jon bangladeshi sromik ke atke rakhse company, beton dey nai 6 mash, dutabas bolse bebostha nibe", "news", "bn-Latn", True, []),
    ("Report: at least 300 Bangladeshis trapped in Myanmar scam compounds, forced to work 17-hour shifts, says ministry.", "news", "en", True, []),
    ("আদালত মানবপাচার মামলায় দুইজনকে যাবজ্জীবন কারাদণ্ড দিয়েছে; তারা কিশোরীদের ভারতে পাচার করত।", "news", "bn", True, []),
    ("news e dekhlam dalal dhora poreche, bhalo hoise, amader gram er 5 jon er taka merechilo", "news", "bn-Latn", True, []),
    # awareness
    ("বিদেশে যাওয়ার আগে জেনে নিন: চাকরির চুক্তিপত্র নিজের ভাষায় পড়ুন, পাসপোর্ট কাউকে রাখতে দেবেন না, দূতাবাসের নম্বর সাথে রাখুন।", "awareness", "bn", True, []),
    ("Beware of Facebook posts offering hotel jobs in Dubai for young women with free tickets. These are often traps. Verify with BMET.", "awareness", "en", True, []),
    ("shobai shotorko thakun, imo te keu Malaysia r job er kotha bole agrim taka chaile diben na, eta protarona", "awareness", "bn-Latn", True, []),
    ("If your employer takes your phone or passport, or doesn't pay wages, contact the embassy labour wing: it is free and confidential.", "awareness", "en", True, []),
    ("শিশুশ্রম নয়, শিক্ষা: ১৪ বছরের কম বয়সী শিশুকে গৃহকর্মে নিয়োগ দণ্ডনীয় অপরাধ।", "awareness", "bn", True, []),
    ("hundi te taka pathaben na, eta beaini, bank ba bkash remittance diye pathan, 2.5% incentive paben", "awareness", "bn-Latn", True, []),
    # official / licensed
    ("Licensed agency RL-0987. Malaysia plantation workers. Government migration cost Tk 78,990 only, paid at bank. Contract shown before signing.", "official", "en", True, []),
    ("প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়: জাপানে কেয়ারগিভার পদে নিয়োগ, ভাষা প্রশিক্ষণ বিনামূল্যে, কোনো দালালকে টাকা দেবেন না।", "official", "bn", True, []),
    ("sir amader office e eshe contract dekhe sign korben, fee sudhu bank draft e, kono cash nibo na", "official", "bn-Latn", True, []),
    ("Embassy notice: workers whose iqama expired can apply for the amnesty before 31 March without penalty.", "official", "en", True, []),
    ("Hotel in Sylhet needs female receptionist, HSC pass, salary 18k, day shift only, interview at office.", "official", "en", True, []),
    # receipts
    ("Money Received. Amount: Tk 3000.00 Sender: 01711223398 Ref: rent TxnID: 73KD2MQA Balance: Tk 4520.00", "receipt", "en", True,
     [("phone", "+8801711223398"), ("mfs_transaction", "73KD2MQA")]),
    ("bkash payment done, 1200 taka, TrxID AGT5HK2M9P, ekhon delivery den", "receipt", "bn-Latn", True, [("mfs_transaction", "AGT5HK2M9P")]),
    ("প্রিয় গ্রাহক, আপনি ০১৬৮৮৭৭৬৬৫৫ নম্বরে ৫০০ টাকা সেন্ড মানি করেছেন। TrxID CK92LLM4QX", "receipt", "bn", True,
     [("phone", "+8801688776655"), ("mfs_transaction", "CK92LLM4QX")]),
    ("Remittance credited: SAR 1,500 = BDT 48,300 to A/C ****2231 via Al Rajhi. Ref 88123456", "receipt", "en", True, []),
    # family
    ("abbu passport renew korte dite hobe, expire hoye jacche march e, tumi NID ta pathai dio", "family", "bn-Latn", True, []),
    ("মা, আমার পাসপোর্ট আর ভিসার কপি ইমেইলে পাঠাইছি, আসল গুলা আলমারিতে রাখো।", "family", "bn", True, []),
    ("Brother, 50k is arranged for your ticket from Uncle's savings, you'll return it when you start working, no rush.", "family", "en", True, []),
    ("choto bon ke ar raat e bahire jaite dibo na, abba bolse", "family", "bn-Latn", True, []),
    ("Dad says don't sell the land for my Japan plan, he'll take a bank loan instead and I'll pay it back.", "family", "en", True, []),
    # jokes
    ("bou amake ghor theke ber hote dey na, ami bondi 😂 keu uddhar koro", "joke", "bn-Latn", True, []),
    ("My cat holds me hostage every morning until she gets fed 😹", "joke", "en", True, []),
    ("বস বলছে এক্সেল শিট শেষ না করে কেউ বাড়ি যাবে না, জেলখানা মনে হচ্ছে 🤣", "joke", "bn", True, []),
    ("tor moto dalal ke dekhe amar ar Dubai jaowar shokh nai 😂 cha khaowa", "joke", "bn-Latn", True, []),
    # workers content with their job
    ("ভাই আজকে বেতন পাই নাই, সামনের সপ্তাহে দিবে বলছে, টেনশন কইরো না।", "worker_content", "bn", True, []),
    ("আমাদের কোম্পানি দুই বছর পর টিকিট দিয়ে দেশে পাঠায়, বেতন ব্যাংকে আসে, কোনো সমস্যা নাই।", "worker_content", "bn", True, []),
    ("Night shift this week, 12 hours but paid overtime, day off Friday. Tired but ok.", "worker_content", "en", True, []),
    ("visa lagate 1 lakh 20 hajar legese Ami Probashi diye, agency receipt disilo, ekhon 3 mash holo, shob thik", "worker_content", "bn-Latn", True, []),
    ("Does the kafeel keep our passports in the company safe? No bro, new law says you keep your own. I have mine.", "worker_content", "en", True, []),
    ("এজেন্সির মাধ্যমে বৈধভাবে গেছি, কোম্পানি আমার পাসপোর্ট রাখেনি, ইকামা হাতে পেয়েছি।", "worker_content", "bn", True, []),
    # chatter and local offers
    ("Is the match on at 7? Book the turf for Friday please.", "chatter", "en", False, []),
    ("কালকে ভার্সিটি বন্ধ, চল সিনেমা দেখতে যাই।", "chatter", "bn", False, []),
    ("ei shirt ta koto niche? inbox e dam bolen", "chatter", "bn-Latn", False, []),
    ("Salon opening offer: facial + hair spa 1500 taka this week only, for ladies. Book on WhatsApp.", "chatter", "en", True, []),
]

if __name__ == "__main__":
    sys.exit(write(NAME, POS, NEG))
