"""Writes ``dev7.jsonl``: a blind development set for issue 15, written before its author read the
rule packs or the matcher (``rules/``, ``evidtriage/indicators/``), so that its first score measures
how the detection generalises to messages nobody wrote the rules for.

Run from the repository root: ``python eval/dev/make_dev7.py``. Each line is one message, written
once from the indicator evidence base (shared/research/indicators.md) and from how recruiters,
brokers, workers, families, news desks, NGOs, licensed agencies and mobile-money services write in
Bangladeshi chats: Bengali script, romanised Bengali with free spelling, English and mixes (a mixed
message carries the script of most of its words). About half are negatives, most of them hard ones
(the words of an indicator in another voice). A message naming a phone number or a mobile-money
transaction lists it in ``entities``.

Scored once, blind, when written (see the commit that adds it); after that it is a tuning set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

NAME = "dev7"

# (text, category, script, entities) for items to flag
POS = [
    # recruitment_deception
    ("bhai Poland er kaj ta ekdom confirm, age 2 mash Dubai te thakben visit e, tarpor oikhan theke work permit hoye jabe. tension niyen na", "recruitment_deception", "bn-Latn", []),
    ("Sis the job is in a spa in Kuala Lumpur, only reception work, 2500 ringgit + tips. At home just say it's a hospital job ok", "recruitment_deception", "en", []),
    ("কোম্পানির নাম জানার দরকার নাই ভাই, গিয়ে দেখবেন সব ঠিক আছে। আগে টাকা জমা দেন, মেডিকেল আমরা করাবো।", "recruitment_deception", "bn", []),
    ("amake bolse mall er security guard, ekhon ekta uter khamare rakhse, 3 mash holo", "recruitment_deception", "bn-Latn", []),
    ("Bhai Cambodia te customer support job, salary 1000 dollar, thaka khawa company dibe, only need typing. flight ticket ami kete dibo", "recruitment_deception", "en", []),
    # fees_and_debt
    ("বাকি দুই লাখ টাকা বিদেশে গিয়ে বেতন থেকে মাসে মাসে কেটে রাখবে, চিন্তা করবেন না।", "fees_and_debt", "bn", []),
    ("vai ekhane ashar por malik bole ticket er taka, visa er taka shob shodh na kora porjonto kono beton nai", "fees_and_debt", "bn-Latn", []),
    ("Your cousin owes us 3 lakh for the visa. Until that is cleared he works without salary, that's the deal.", "fees_and_debt", "en", []),
    ("abba jomi bondhok diye 4 lakh dise dalal ke, ekhon bole aro 1.5 lakh na dile iqama korbe na", "fees_and_debt", "bn-Latn", []),
    ("Boss says new fee 800 riyal for medical and card renewal, cut from next 3 months pay, nobody asked us.", "fees_and_debt", "en", []),
    # payments_and_proceeds
    ("taka ta 3 ta number e bhag kore pathan, 20 hajar kore, ek number e beshi pathaile account atke jay", "payments_and_proceeds", "bn-Latn", []),
    ("Send the release money 2 lakh by bKash personal to 01712-345678 by tonight or your brother stays here.", "payments_and_proceeds", "en", [("phone", "+8801712345678")]),
    ("হুন্ডিতে পাঠান, ব্যাংকের চেয়ে রেট বেশি, দুবাইয়ের দোকান থেকে আমার লোক টাকা দিয়ে দিবে।", "payments_and_proceeds", "bn", []),
    ("Transfer 1500 USDT TRC20 to the wallet the manager sends, then they give back your passport and you can leave the compound", "payments_and_proceeds", "en", []),
    ("agent er number e cash in korben na, amar personal bikash e send money koren, fee er 50 hajar. receipt lagbe na", "payments_and_proceeds", "bn-Latn", []),
    ("প্রতিটা মেয়ের জন্য নগদে ১০ হাজার করে পাঠাবা, হিসাব আমি রাখতেছি।", "payments_and_proceeds", "bn", []),
    # isolation_and_control
    ("amader ke bahire jaite dey na, gate e tala mara, mobile o niye gese, ei number ta ekjon bhai er", "isolation_and_control", "bn-Latn", []),
    ("মালিক ফোনটা নিয়ে রেখে দিয়েছে, সপ্তাহে একবার পাঁচ মিনিট কথা বলতে দেয়, পাশে দাঁড়িয়ে থাকে।", "isolation_and_control", "bn", []),
    ("They took our phones on the first day. We can only call home on Friday from the supervisor's phone and he listens.", "isolation_and_control", "en", []),
    ("kauke kichu bolbi na, barite bolbi bhalo achis, naile bujhis", "isolation_and_control", "bn-Latn", []),
    ("Nobody can leave the building without the guard. The doors are locked from outside at night.", "isolation_and_control", "en", []),
    # labour_exploitation
    ("সকাল ৫টা থেকে রাত ১১টা পর্যন্ত কাজ, কোনো ছুটি নাই, খাবার দেয় একবেলা।", "labour_exploitation", "bn", []),
    ("char mash hoye gelo ek taka o beton pai nai, chaile bole pore dibo, chole jaite chaile bole passport pabi na", "labour_exploitation", "bn-Latn", []),
    ("We sleep 12 men in one container room, work 16 hours in the sun, and the salary has not come since July.", "labour_exploitation", "en", []),
    ("kaj chere dite chaile malik bole contract shesh howar age jaite parbi na, kafil er kache case dibo", "labour_exploitation", "bn-Latn", []),
    ("ম্যাডাম রাতে ঘুমাতে দেয় না, তিন বাসায় কাজ করায়, বেতন চাইলে গালি দেয়।", "labour_exploitation", "bn", []),
    # minors
    ("meyer boyosh 15 but passport e 22 likhe dibo, kono somossa hobe na, amader loker maddhome hoy", "minors", "bn-Latn", []),
    ("The girl is 14 but tall, we'll make a new birth certificate showing 19, house job in Riyadh", "minors", "en", []),
    ("ক্লাস সেভেনে পড়া ছেলেটাকে ঢাকায় বাসার কাজে দেন, মাসে তিন হাজার দিবে, খাওয়া থাকা ফ্রি।", "minors", "bn", []),
    ("boyosh 16 cholbe? na cholle NID te 2 bochor bariye nibo", "minors", "bn-Latn", []),
    ("new young girls just arrived, 16 17, fresh, call for booking", "minors", "en", []),
    # sexual_exploitation
    ("My girls are available tonight, Bangladeshi and Nepali, real pics, booking only through me. Inbox", "sexual_exploitation", "en", []),
    ("Dubai te dance bar e kaj, raate customer er sathe bosha lagbe, mashe 1 lakh 20 hajar, meye lagbe 5 jon", "sexual_exploitation", "bn-Latn", []),
    ("হোটেলে নিয়ে গিয়ে খদ্দেরের কাছে পাঠায়, না গেলে খাবার বন্ধ।", "sexual_exploitation", "bn", []),
    ("parlour er kaj bole niye ashse, ekhane ashar por raat e guest er room e pathay", "sexual_exploitation", "bn-Latn", []),
    ("She has to see 8 clients a day and gives all the money to the aunty, who keeps her ID.", "sexual_exploitation", "en", []),
    # threats_and_coercion
    ("বেশি কথা বললে পুলিশে দিয়ে দেব, ইকামা নাই তোর, জেলে পঁচে মরবি।", "threats_and_coercion", "bn", []),
    ("tor bon er chobi internet e chere dibo jodi taka na pathas", "threats_and_coercion", "bn-Latn", []),
    ("If you run, the kafeel will file huroob on you and you'll be deported with a ban. Think about your mother.", "threats_and_coercion", "en", []),
    ("they sold me to another company for 4000 riyal, the new boss said I belong to him now", "threats_and_coercion", "en", []),
]

# (text, voice, script, hard, entities) for items not to flag
NEG = [
    # news
    ("মানবপাচার চক্রের তিন সদস্য গ্রেপ্তার, উদ্ধার ১২ নারী: বিদেশে চাকরির প্রলোভন দেখিয়ে পাচার করত তারা, জানিয়েছে র‍্যাব।", "news", "bn", True, []),
    ("Police in Cox's Bazar rescued 23 people, including nine children, who were to be sent to Malaysia by boat; two brokers were arrested.", "news", "en", True, []),
    ("news dekhlam, Libya te 40 jon bangladeshi ke atke rekhe muktipon chaise, poribar ke bkash e taka pathate bolse. ki obostha", "news", "bn-Latn", True, []),
    ("Court jails recruiting agent for 7 years for sending workers to Iraq on fake visas and confiscating their passports.", "news", "en", True, []),
    ("সৌদি থেকে ফেরত আসা নারী কর্মীরা জানিয়েছেন, তাদের পাসপোর্ট কেড়ে নেওয়া হয়েছিল এবং বেতন দেওয়া হয়নি — প্রতিবেদন।", "news", "bn", True, []),
    # awareness
    ("সতর্কতা: কেউ যদি ফ্রি ভিসার কথা বলে টাকা চায়, টাকা দেবেন না। বিএমইটির নিবন্ধিত এজেন্সি ছাড়া কারো মাধ্যমে বিদেশ যাবেন না।", "awareness", "bn", True, []),
    ("Never hand your passport to your employer or a broker. It is your document; keeping it is a crime. Call 16135 for help.", "awareness", "en", True, []),
    ("bhaira, kono dalal er kotha shune jomi bikri korben na. free visa bole kichu nai, ei post ta share koren", "awareness", "bn-Latn", True, []),
    ("Signs of trafficking: a job offer too good to be true, big fees up front, being told to lie at the airport. If you see these, report.", "awareness", "en", True, []),
    ("আপনার সন্তানকে কাজের জন্য কারো হাতে তুলে দেবেন না। ১৮ বছরের নিচে বিদেশে কাজ বেআইনি।", "awareness", "bn", True, []),
    ("kau ke passport diben na, kono agent jodi bole passport joma rakhte hobe, sathe sathe 999 e call koren", "awareness", "bn-Latn", True, []),
    # official / licensed
    ("BOESL: Korea EPS recruitment. Service charge Tk 34,000 as fixed by government. Pay only at the bank, receipt issued. No broker involved.", "official", "en", True, []),
    ("সরকার নির্ধারিত অভিবাসন ব্যয় ৭৮,৯৯০ টাকা। পেমেন্ট শুধুমাত্র ব্যাংকের মাধ্যমে, রশিদ সংগ্রহ করুন। লাইসেন্সপ্রাপ্ত রিক্রুটিং এজেন্সি।", "official", "bn", True, []),
    ("amader agency BMET registered, Ami Probashi app e registration korben, smart card chara keu flight korte parbe na", "official", "bn-Latn", True, []),
    ("Dear applicant, your BMET smart card is ready. Please collect it from the DEMO office with your passport and NID.", "official", "en", True, []),
    # receipts
    ("You have received Tk 5,000.00 from 01812345670. Fee Tk 0.00. Balance Tk 12,340.50. TrxID BFK3LQ8ZT2 at 12/11/2026 19:42", "receipt", "en", True,
     [("phone", "+8801812345670"), ("mfs_transaction", "BFK3LQ8ZT2")]),
    ("Cash Out Tk 10,000.00 to Agent 01998765432 successful. Fee Tk 185.00. Balance Tk 310.75. TrxID CHM4PX7RW1 at 02/12/2026 10:05", "receipt", "en", True,
     [("phone", "+8801998765432"), ("mfs_transaction", "CHM4PX7RW1")]),
    ("আপনার নগদ অ্যাকাউন্টে ৳২,৫০০.০০ এসেছে। TxnID: 7HQ2K9LM ব্যালেন্স: ৳৩,১০০.৫০", "receipt", "bn", True, [("mfs_transaction", "7HQ2K9LM")]),
    ("vai 2000 pathaisi bkash e, trx id ta dekhe nio, ammar oshudh kinte diyo", "receipt", "bn-Latn", True, []),
    # family
    ("ammu passport ta almari te rakhlam, hariye jeno na jay. visa ashle mama ke diye check korabo", "family", "bn-Latn", True, []),
    ("বাবা, বেতন পেয়েছি, কাল বিকাশে ২০ হাজার পাঠাবো। ছোটটার স্কুলের বেতনটা দিয়ে দিও।", "family", "bn", True, []),
    ("Mum, keep my passport and the marriage papers in the steel trunk, I'll collect them when I'm back in Dhaka.", "family", "en", True, []),
    ("bhaiya tomar kache kisti er taka ache? ei mash e NGO te 3500 dite hobe", "family", "bn-Latn", True, []),
    ("আপুর বিয়ের জন্য জমি বন্ধক রাখতে হবে মনে হয়, আব্বা চিন্তায় আছে।", "family", "bn", True, []),
    # jokes
    ("tor biye hole amake free visa dibi to? haha", "joke", "bn-Latn", True, []),
    ("my boss locked me in the office till the report is done lol, send snacks", "joke", "en", True, []),
    ("বউ আমার ফোন নিয়ে নিয়েছে, বলছে রাতে আর গেম খেলা চলবে না 😂", "joke", "bn", True, []),
    ("Lol my mom confiscated my phone until exams are over, I'm basically a hostage", "joke", "en", True, []),
    # workers content with their job
    ("alhamdulillah ekhane company bhalo, beton time moto dey, friday chuti, iqama o renew kore dise", "worker_content", "bn-Latn", True, []),
    ("Got my salary and overtime today, 1650 riyal. Kafeel is good, he even gave us Eid bonus.", "worker_content", "en", True, []),
    ("মালয়েশিয়ায় আমাদের ফ্যাক্টরিতে দিনে ৮ ঘণ্টা কাজ, ওভারটাইম আলাদা টাকা দেয়, পাসপোর্ট আমার কাছেই থাকে।", "worker_content", "bn", True, []),
    ("Finished my contract in Qatar, flying home next week with my passport and savings, inshallah", "worker_content", "en", True, []),
    ("dalal chara nijei BMET theke korsi, mot khoroch 1 lakh 10 hajar, shob receipt ache", "worker_content", "bn-Latn", True, []),
    # chatter and local, lawful offers
    ("kalke bazar e jabo, tui aschis? ilish er dam onek", "chatter", "bn-Latn", False, []),
    ("Can you send the photos from the wedding? the drive link is broken", "chatter", "en", False, []),
    ("আজকে বৃষ্টি হবে মনে হয়, ছাতা নিয়ে বের হইস।", "chatter", "bn", False, []),
    ("beauty parlour e appointment nisi kal biketer, mehedi dibo", "chatter", "bn-Latn", True, []),
    ("Our hotel in Cox's Bazar is hiring housekeeping staff, salary 15,000 plus food, apply with CV at the front desk.", "official", "en", True, []),
    ("Hiring for a call centre in Dhaka, Banani. 25k salary, night shift allowance, no fee charged.", "official", "en", True, []),
    ("মেয়েটার বয়স ১৬, এ বছর এসএসসি দিবে, দোয়া করবেন।", "family", "bn", True, []),
]


def build(name: str, pos: list, neg: list) -> list[dict]:
    """The set's records: positives first, then negatives, numbered ``NAME-0001`` on."""
    out: list[dict] = []
    for n, (text, category, script, ents) in enumerate(pos, 1):
        out.append({"id": f"{name}-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False,
                    "entities": [{"type": t, "value": v} for t, v in ents]})
    for n, (text, voice, script, hard, ents) in enumerate(neg, len(pos) + 1):
        out.append({"id": f"{name}-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": [{"type": t, "value": v} for t, v in ents]})
    return out


def write(name: str, pos: list, neg: list) -> int:
    """Writes ``NAME.jsonl`` beside this script and says how many items it holds."""
    items = build(name, pos, neg)
    with open(Path(__file__).parent / f"{name}.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{name}: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(write(NAME, POS, NEG))
