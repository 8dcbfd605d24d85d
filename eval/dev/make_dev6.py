"""Writes ``dev6.jsonl``: a sixth hand-written development set (issue 15), written after the
rules were tuned on ``dev`` to ``dev5`` and before any rule ran on it. Mostly the voices the
issue wants at zero false positives (news, awareness, forwarded warnings), beside payments and
recruitment messages in new words. Same format and labelling rules as ``make_dev.py``; run from
the repository root: ``python eval/dev/make_dev6.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS = [
    ("Office er account e taka diben na, amar wife er Rocket e den, receipt lagbe na", "payments_and_proceeds", "bn-Latn"),
    ("Don't pay at the office, put it in my wife's Rocket, no receipt needed.", "payments_and_proceeds", "en"),
    ("অফিসের একাউন্টে দিবেন না, আমার ওয়াইফের রকেটে দেন, রসিদ লাগবে না।", "payments_and_proceeds", "bn"),
    ("Riyal ta bank e na pathiye amar dokane den, 1 riyal e 32 taka, deshe same day", "payments_and_proceeds", "bn-Latn"),
    ("Don't use the bank, give the riyals at my shop, 32 taka per riyal, your family gets it same day.", "payments_and_proceeds", "en"),
    ("রিয়াল ব্যাংকে না পাঠিয়ে আমার দোকানে দেন, রিয়ালে ৩২ টাকা, দেশে একই দিনে।", "payments_and_proceeds", "bn"),
    ("Boost er jonno 5000 taka lagbe, visa post ta 3 district e chalabo, lok beshi ashbe", "payments_and_proceeds", "bn-Latn"),
    ("Send USDT TRC20 only, the bank and bKash are watched now.", "payments_and_proceeds", "en"),
    ("Singapore e shipyard er kaj, IPA letter ready, 8 lakh khoroch, kono test lagbe na", "recruitment_deception", "bn-Latn"),
    ("Shipyard work in Singapore, IPA letter ready, 8 lakh total, no test required.", "recruitment_deception", "en"),
    ("সিঙ্গাপুরে শিপইয়ার্ডের কাজ, আইপিএ লেটার রেডি, খরচ ৮ লাখ, কোনো টেস্ট লাগবে না।", "recruitment_deception", "bn"),
    ("Cleaner er visa bole pathaise, ekhon ek shaikh er ghore 20 ghonta kaj, ar visa ta housemaid er", "recruitment_deception", "bn-Latn"),
    ("They sent me on what they called a cleaner visa, it is a housemaid visa, I work 20 hours in one house.", "recruitment_deception", "en"),
    ("Croatia te kaj, 2 lakh advance, baki 6 lakh okhane giye beton theke katbe", "recruitment_deception", "bn-Latn"),
    ("কানাডার ওয়ার্ক পারমিট ১০০% নিশ্চিত, কোনো আইইএলটিএস লাগবে না, মাত্র ১২ লাখ।", "recruitment_deception", "bn"),
]

NEG = [
    ("Hello, did you see this? 'Brokers took 5 lakh each from 30 youths promising jobs in Romania, none left the country', Jugantor reports.", "news", "en", True),
    ("রোমানিয়ায় চাকরির কথা বলে ৩০ যুবকের কাছ থেকে জনপ্রতি ৫ লাখ টাকা নিয়েছে দালালচক্র, কেউই দেশ ছাড়তে পারেনি।", "news", "bn", True),
    ("romania te chakrir kotha bole 30 jon juvok er theke 5 lakh kore niyeche dalal chokro, keu desh charte pareni", "news", "bn-Latn", True),
    ("The embassy in Riyadh has set up a shelter for domestic workers who fled abusive employers.", "news", "en", True),
    ("রিয়াদে দূতাবাস নির্যাতনের শিকার হয়ে পালিয়ে আসা গৃহকর্মীদের জন্য আশ্রয়কেন্দ্র খুলেছে।", "news", "bn", True),
    ("riyadh e embassy nirjatoner shikar hoye paliye asha grihokormider jonno shelter khulse", "news", "bn-Latn", True),
    ("A court in Sylhet jailed two men for keeping migrant workers' passports and demanding ransom from their families.", "news", "en", True),
    ("অভিবাসী শ্রমিকদের পাসপোর্ট আটকে পরিবারের কাছে মুক্তিপণ দাবির দায়ে সিলেটে দুজনের কারাদণ্ড।", "news", "bn", True),
    ("Seminar today at the upazila: safe migration, how to spot fake agents, and what to do if your passport is taken abroad.", "awareness", "en", True),
    ("আজ উপজেলায় সেমিনার: নিরাপদ অভিবাসন, ভুয়া এজেন্ট চেনার উপায়, বিদেশে পাসপোর্ট কেড়ে নিলে করণীয়।", "awareness", "bn", True),
    ("aj upazila te seminar: nirapod obhibashon, bhua agent chenar upay, bidesh e passport kere nile koronio", "awareness", "bn-Latn", True),
    ("Share this with your village: no one can legally charge you more than the government rate, and your salary cannot be kept by the employer.", "awareness", "en", True),
    ("গ্রামের সবার সাথে শেয়ার করুন: সরকার নির্ধারিত খরচের বেশি কেউ নিতে পারবে না, মালিক বেতন আটকে রাখতে পারবে না।", "awareness", "bn", True),
    ("gramer sobar sathe share korun: sorkar nirdharito khorcher beshi keu nite parbe na, malik beton atke rakhte parbe na", "awareness", "bn-Latn", True),
    ("Women going abroad as domestic workers: keep the number of the embassy, do not hand over your phone, tell your family where you are.", "awareness", "en", True),
    ("গৃহকর্মী হিসেবে বিদেশে যাওয়া নারীরা: দূতাবাসের নম্বর রাখুন, ফোন কাউকে দিবেন না, পরিবারকে জানিয়ে রাখুন কোথায় আছেন।", "awareness", "bn", True),
    ("If someone offers your child a job in Dhaka or abroad, check with the union parishad first. Children under 14 cannot work.", "awareness", "en", True),
    ("কেউ আপনার শিশুকে ঢাকায় বা বিদেশে কাজের প্রস্তাব দিলে আগে ইউনিয়ন পরিষদে যাচাই করুন, ১৪ বছরের কম বয়সীরা কাজ করতে পারে না।", "awareness", "bn", True),
    ("Forwarded many times: new trick! Agents ask for money in USDT saying the bank is closed. Don't fall for it.", "awareness", "en", True),
    ("বহুবার ফরোয়ার্ড করা: নতুন কৌশল! ব্যাংক বন্ধ বলে এজেন্টরা ইউএসডিটিতে টাকা চাইছে, ফাঁদে পা দিবেন না।", "awareness", "bn", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev6-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        out.append({"id": f"dev6-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": []})
    return out


def main(argv: list[str]) -> int:
    items = build()
    with open(Path(__file__).parent / "dev6.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev6: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
