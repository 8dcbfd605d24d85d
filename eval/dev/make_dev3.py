"""Writes ``dev3.jsonl``: a third hand-written development set (issue 15), written after the
rules were tuned on ``dev.jsonl`` and ``dev2.jsonl`` and before any rule ran on it. Longer and
messier messages than the first two: code-switching inside a sentence, typos, emoji, several
sentences, forwarded posts. Same format and labelling rules as ``make_dev.py``; run from the
repository root: ``python eval/dev/make_dev3.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS = [
    # recruitment_deception
    ("🔥🔥 Saudi Arabia te 100 jon lok lagbe 🔥🔥 company: Al Marai, beton 1500-1800 riyal + OT, ticket company, khawa thaka free. Experience na thakleo cholbe. Interested hole inbox koren 📩", "recruitment_deception", "bn-Latn"),
    ("জর্ডানে গার্মেন্টসে নারী শ্রমিক নেওয়া হবে, কোনো খরচ নেই, শুধু পাসপোর্ট আর ছবি লাগবে। বেতন ৩৫ হাজার। আজই যোগাযোগ করুন 👇", "recruitment_deception", "bn"),
    ("Bro I swear the agent said it's a packing job in a chocolate factory. We came and it's a farm in the middle of nowhere, 45 degrees, no shade.", "recruitment_deception", "en"),
    ("apa amake bolechilo hospital e ayah er kaj, ekhon ek barite rakhse, 3 ta baccha, ranna, kapor dhowa sob ami kori", "recruitment_deception", "bn-Latn"),
    ("মালয়েশিয়ার কলিং ভিসা বলে টাকা নিয়েছে, এখন দেখি ভিসাটা আসলে স্টুডেন্ট ভিসা, কলেজে ভর্তি দেখানো।", "recruitment_deception", "bn"),
    ("Dubai visit visa 2 months, I will arrange job there, after job they will do employment visa, total package 1.8 lakh, ok?", "recruitment_deception", "en"),
    ("Serbia work visa hobe 4 mash e, tarpor border diye Italy dhukiye dibo, 12 lakh er package, 3 kisti te", "recruitment_deception", "bn-Latn"),
    ("Sir my contract said 1500 but the company here says the paper from Bangladesh is not valid, they are giving 800 only", "recruitment_deception", "en"),
    ("আমাদের লোক ইমিগ্রেশনে বসা, কোন কাগজ চেক করবে না, আপনি শুধু লাইনে দাঁড়াবেন।", "recruitment_deception", "bn"),
    ("Smart card er jonno BMET jawa lagbe na, ami 5000 taka te banaye dibo, fingerprint o lagbe na", "recruitment_deception", "bn-Latn"),
    # fees_and_debt
    ("Bhai passport joma dile 30% taka agey dite hobe, baki 70% visa hate paile. Bkash e dile charge soho diben.", "fees_and_debt", "bn-Latn"),
    ("The supervisor told us the first 6 months salary goes to the agent in Dhaka for our visa, after that we get paid.", "fees_and_debt", "en"),
    ("প্রথম ছয় মাসের বেতন ঢাকার এজেন্ট নিবে ভিসার টাকা হিসেবে, তারপর বেতন পাবা।", "fees_and_debt", "bn"),
    ("Amar baba ke bolo na, kintu ami grameen bank theke 2 lakh loan niyechi agent ke dewar jonno, ekhon kisti 6 hajar protimash", "fees_and_debt", "bn-Latn"),
    ("They charged me 5 lakh for Malaysia, the receipt says 79 thousand only. He said don't show the receipt to anyone.", "fees_and_debt", "en"),
    ("কোম্পানি বলছে রুম ভাড়া, খাওয়া আর ট্রান্সপোর্টের টাকা বেতন থেকে কাটবে, হাতে পাই ২০০ রিয়াল।", "fees_and_debt", "bn"),
    ("Ekhane asar por company bolse medical abar korte hobe, 700 riyal amar theke nibe, na dile exit", "fees_and_debt", "bn-Latn"),
    # isolation_and_control
    ("We are 40 men in this building, there is a guard with a stick at the door, nobody goes out without the boss.", "isolation_and_control", "en"),
    ("এই বিল্ডিংয়ে আমরা ৪০ জন, দরজায় লাঠি হাতে গার্ড, বসের অনুমতি ছাড়া কেউ বের হয় না।", "isolation_and_control", "bn"),
    ("Ei building e amra 40 jon, dorjay lathi hate guard, boss er onumoti chara keu ber hoy na", "isolation_and_control", "bn-Latn"),
    ("Madam deleted my imo and whatsapp and took the sim, this is the cleaner's phone, please tell my brother", "isolation_and_control", "en"),
    ("ম্যাডাম আমার ইমো হোয়াটসঅ্যাপ ডিলিট করে সিম নিয়ে গেছে, এটা ক্লিনারের ফোন, ভাইকে জানাইয়েন", "isolation_and_control", "bn"),
    ("passport ta amar kache thakbe jotodin kaj korbi, palanor chinta korish na", "isolation_and_control", "bn-Latn"),
    ("Your passport stays in my office as long as you work for me. Don't even think about running.", "isolation_and_control", "en"),
    ("যতদিন কাজ করবি পাসপোর্ট আমার কাছে থাকবে, পালানোর চিন্তা করিস না।", "isolation_and_control", "bn"),
    ("kaoke janaba na je tumi ekhane kaj koro, keu jiggesh korle bolba atmiyo er basay bedate ashcho", "isolation_and_control", "bn-Latn"),
    # labour_exploitation
    ("Since Ramadan no salary, only promises, I borrowed from friends to eat.", "labour_exploitation", "en"),
    ("রমজান থেকে কোনো বেতন নাই, শুধু আশ্বাস, বন্ধুদের কাছ থেকে ধার করে খাই।", "labour_exploitation", "bn"),
    ("ramjan theke kono beton nai, khali asshash, bondhuder theke dhar kore khai", "labour_exploitation", "bn-Latn"),
    ("I work from fajr till 1 at night, cooking cleaning and the kids, I have not had one day off in 8 months.", "labour_exploitation", "en"),
    ("ফজর থেকে রাত একটা পর্যন্ত রান্না, পরিষ্কার, বাচ্চা সব, আট মাসে একদিনও ছুটি পাইনি।", "labour_exploitation", "bn"),
    ("When I was sick with fever they still made me carry cement, no doctor, no rest.", "labour_exploitation", "en"),
    ("jor niye o cement tulte hoise, doctor dekhay nai, bisram dey nai", "labour_exploitation", "bn-Latn"),
    # threats_and_coercion
    ("Tui jodi embassy te jash, tor ma ke gram e shanti te thakte dibo na, mone rakhish", "threats_and_coercion", "bn-Latn"),
    ("তুই যদি দূতাবাসে যাস, তোর মাকে গ্রামে শান্তিতে থাকতে দিব না, মনে রাখিস।", "threats_and_coercion", "bn"),
    ("If you go to the embassy, your mother will not live in peace in the village, remember that.", "threats_and_coercion", "en"),
    ("They burned my hand with a cigarette because I broke a glass.", "threats_and_coercion", "en"),
    ("একটা গ্লাস ভাঙার জন্য সিগারেট দিয়ে হাত পুড়িয়ে দিয়েছে।", "threats_and_coercion", "bn"),
    ("ekta glass bhangar jonno cigarette diye haat puriye dise", "threats_and_coercion", "bn-Latn"),
    ("The boss says if I complain he will tell the police I stole and they will cut my hand.", "threats_and_coercion", "en"),
    ("অভিযোগ করলে মালিক বলবে আমি চুরি করেছি, পুলিশে দিবে বলছে।", "threats_and_coercion", "bn"),
    ("Libya te camp e rakhse, protidin mare ar video kore bari te pathay, 8 lakh chaise", "threats_and_coercion", "bn-Latn"),
    # sexual_exploitation
    ("New arrival 🌸 19yo Bangladeshi, sweet and young, full night available, manager booking only 📞", "sexual_exploitation", "en"),
    ("নতুন এসেছে 🌸 বাংলাদেশি, বয়স ১৯, ফুল নাইট, শুধু ম্যানেজারের মাধ্যমে বুকিং 📞", "sexual_exploitation", "bn"),
    ("They said I would be a waitress, but every night the owner sends me to rooms upstairs and keeps all the tips.", "sexual_exploitation", "en"),
    ("waitress er kaj bolechilo, kintu protirat malik upor er room e pathay, tips sob nije rakhe", "sexual_exploitation", "bn-Latn"),
    ("ওয়েট্রেসের কাজ বলেছিল, কিন্তু প্রতিরাতে মালিক উপরের রুমে পাঠায়, টিপস সব নিজে রাখে।", "sexual_exploitation", "bn"),
    ("Bhai notun mal ashche, 2 ta bangali 1 ta nepali, rate 5000, full night 12000, location Deira", "sexual_exploitation", "bn-Latn"),
    # minors
    ("Ami 15 bochor, kintu agent bolse passport e 22 lekhbe, eta ki thik?", "minors", "bn-Latn"),
    ("I am 15 but the agent will write 22 in my passport, is that ok?", "minors", "en"),
    ("আমার বয়স ১৫, এজেন্ট বলছে পাসপোর্টে ২২ লিখবে, এটা কি ঠিক?", "minors", "bn"),
    ("Choto kajer meye lagbe Gulshan e, 11-12 bochor, khawa porar dayitto amader, mashe baba ma ke 3000 dibo", "minors", "bn-Latn"),
    ("গুলশানে ছোট কাজের মেয়ে লাগবে, ১১-১২ বছর, মাসে বাবা-মাকে ৩০০০ টাকা দিব।", "minors", "bn"),
    ("The girl is still in class 7, but the groom's family in Oman is paying for everything, the wedding is next month.", "minors", "en"),
    # payments_and_proceeds
    ("Bank e pathaben na, amar ekta Rocket number ar ekta Upay number dicchi, 2 bhag kore den, naam hobe Rahim Store", "payments_and_proceeds", "bn-Latn"),
    ("Don't send to the bank, I'll give you one Rocket and one Upay number, split it in two, name Rahim Store.", "payments_and_proceeds", "en"),
    ("ব্যাংকে পাঠাবেন না, একটা রকেট আর একটা উপায় নাম্বার দিচ্ছি, দুই ভাগ করে দেন।", "payments_and_proceeds", "bn"),
    ("Pay the ransom in Binance, 3000 USDT, if you go to police he is dead.", "payments_and_proceeds", "en"),
    ("বিনান্সে ৩০০০ ইউএসডিটি দেন, পুলিশে গেলে ওকে আর পাবেন না।", "payments_and_proceeds", "bn"),
    ("Tomar riyal ta amar Dammam er lok nibe, deshe 30 minute e bkash e taka chole jabe, rate 33.5", "payments_and_proceeds", "bn-Latn"),
]

NEG = [
    ("Breaking: Police rescue 23 Bangladeshis from a locked house in Johor, passports were found with the employer.", "news", "en", True),
    ("জোহরে তালাবদ্ধ বাড়ি থেকে ২৩ বাংলাদেশিকে উদ্ধার, নিয়োগকর্তার কাছে মিলল পাসপোর্ট।", "news", "bn", True),
    ("johor e tala bondho bari theke 23 jon bangladeshi uddhar, malik er kache passport pawa geche", "news", "bn-Latn", True),
    ("Labour minister: agencies that charge above the fixed cost will lose their licence; 14 agencies suspended this year.", "news", "en", True),
    ("নির্ধারিত খরচের বেশি নিলে লাইসেন্স বাতিল, এ বছর ১৪ এজেন্সি স্থগিত: প্রবাসী কল্যাণ মন্ত্রী", "news", "bn", True),
    ("Study: 6 in 10 returnees from the Gulf had their passports held by employers, BRAC survey finds.", "news", "en", True),
    ("🛑 সাবধান 🛑 ফেসবুকে 'ফ্রি ভিসা' 'বিনা খরচে বিদেশ' বিজ্ঞাপন দেখলে টাকা দিবেন না, আগে যাচাই করুন।", "awareness", "bn", True),
    ("🛑 sabdhan 🛑 facebook e 'free visa' 'bina khorche bidesh' ad dekhle taka diben na, age jachai korun", "awareness", "bn-Latn", True),
    ("🛑 Careful 🛑 if you see 'free visa' or 'go abroad at no cost' ads on Facebook, do not pay, check first.", "awareness", "en", True),
    ("Know your rights: your employer must pay you every month, must let you keep your phone, and must not lock you in.", "awareness", "en", True),
    ("আপনার অধিকার জানুন: মালিককে প্রতি মাসে বেতন দিতে হবে, ফোন রাখতে দিতে হবে, আটকে রাখা যাবে না।", "awareness", "bn", True),
    ("Before signing, read the contract, keep a copy, and make sure the salary written is the salary you were promised.", "awareness", "en", True),
    ("Sonar Bangla Overseas (RL-0987) — Malaysia plantation: BDT 78,990 as per government circular, BMET smart card, pre-departure training, bank payment only.", "official", "en", True),
    ("সোনার বাংলা ওভারসিজ (আরএল-০৯৮৭) — মালয়েশিয়া: সরকারি সার্কুলার অনুযায়ী খরচ ৭৮,৯৯০ টাকা, বিএমইটি স্মার্ট কার্ড, ব্যাংকে পেমেন্ট।", "official", "bn", True),
    ("Ami Probashi app e appointment nisi, kal BMET te fingerprint, tarpor smart card", "worker_content", "bn-Latn", True),
    ("Your Nagad account received Tk 12,000.00 from 01999112233 on 05/07/2026 10:15. TxnID 7HQ2KD9M. Balance Tk 12,340.00", "receipt", "en", True),
    ("আম্মু ১০ হাজার বিকাশ করলাম, ঈদের বাজার করিও, আব্বাকে বলিও না কিন্তু 😄", "family", "bn", True),
    ("ammu 10 hajar bkash korlam, eid er bajar korio, abba ke bolio na kintu 😄", "family", "bn-Latn", True),
    ("Brother, the company gives us a room for 4, AC, and lunch. Salary 1400 on the 28th every month. Don't worry.", "worker_content", "en", True),
    ("ভাই কোম্পানি ৪ জনের রুম দিয়েছে, এসি আছে, দুপুরের খাবার দেয়। প্রতি মাসের ২৮ তারিখে ১৪০০ বেতন। চিন্তা করিস না।", "worker_content", "bn", True),
    ("bhai company 4 joner room dise, AC ase, lunch dey. protimash 28 tarikhe 1400 beton. chinta korish na", "worker_content", "bn-Latn", True),
    ("My passport is at the Saudi embassy for the visa stamping, the agency gave me a receipt for it.", "worker_content", "en", True),
    ("পাসপোর্ট সৌদি দূতাবাসে ভিসা স্ট্যাম্পিংয়ের জন্য, এজেন্সি রসিদ দিয়েছে।", "worker_content", "bn", True),
    ("The football coach locked us in the gym till we finished 100 pushups 😂💪", "joke", "en", True),
    ("Tor biyer dawat na dile toke police e dhoriye dibo haha", "joke", "bn-Latn", True),
    ("My little sister is 14 and she wants to be a doctor, she topped her class again!", "family", "en", True),
    ("আমার ছোট বোনের বয়স ১৪, এবারও ক্লাসে প্রথম হয়েছে, ডাক্তার হতে চায়।", "family", "bn", True),
    ("choto bon er boyos 14, abar class e first hoise, doctor hote chay", "family", "bn-Latn", True),
    ("Rafiq bhai, the agency returned my passport today with the visa inside, flight on the 12th inshallah.", "worker_content", "en", True),
    ("Send me 5 thousand on bkash for the exam fee, I'll return it when tuition money comes.", "family", "en", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev3-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        ents = [{"type": "phone", "value": "+8801999112233"}] if "01999112233" in text else []
        if "7HQ2KD9M" in text:
            ents.append({"type": "mfs_transaction", "value": "7HQ2KD9M"})
        out.append({"id": f"dev3-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": ents})
    return out


def main(argv: list[str]) -> int:
    items = build()
    with open(Path(__file__).parent / "dev3.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev3: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
