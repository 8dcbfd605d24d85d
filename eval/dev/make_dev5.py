"""Writes ``dev5.jsonl``: a fifth hand-written development set (issue 15), written after the
rules were tuned on ``dev`` to ``dev4`` and before any rule ran on it. It leans on hard
negatives that use the general rules' words (a boss who shouts about lateness, a company that
refuses a loan, a relative who asks for money "or else" in jest) beside positives in new words.
Same format and labelling rules as ``make_dev.py``; run from the repository root:
``python eval/dev/make_dev5.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS = [
    ("Kafeel bolse ar ekbar complain korle desert e pathiye dibe, okhane keu khuje pabe na", "threats_and_coercion", "bn-Latn"),
    ("কফিল বলেছে আর একবার অভিযোগ করলে মরুভূমিতে পাঠিয়ে দিবে, কেউ খুঁজে পাবে না।", "threats_and_coercion", "bn"),
    ("The kafeel said one more complaint and he sends me to the desert where nobody will find me.", "threats_and_coercion", "en"),
    ("Ekhane 3 mash dhore ek room e amra 9 jon, bathroom ekta, pani dey din e ekbar", "labour_exploitation", "bn-Latn"),
    ("Nine of us in one room for three months, one bathroom, water once a day.", "labour_exploitation", "en"),
    ("তিন মাস ধরে এক রুমে আমরা নয়জন, বাথরুম একটা, পানি দেয় দিনে একবার।", "labour_exploitation", "bn"),
    ("Passport chaile bole age 2 bochor kaj kor, tarpor dekhbo", "isolation_and_control", "bn-Latn"),
    ("When I ask for my passport he says work two years first, then we will see.", "isolation_and_control", "en"),
    ("পাসপোর্ট চাইলে বলে আগে দুই বছর কাজ কর, তারপর দেখব।", "isolation_and_control", "bn"),
    ("Mobile use kora nished, dhora porle 500 riyal fine, tai lukiye likhchi", "isolation_and_control", "bn-Latn"),
    ("Phones are forbidden here, if they catch you it's 500 riyal fine, I'm writing in hiding.", "isolation_and_control", "en"),
    ("এখানে মোবাইল নিষেধ, ধরা পড়লে ৫০০ রিয়াল জরিমানা, লুকিয়ে লিখছি।", "isolation_and_control", "bn"),
    ("Amar bon ke Saudi te kajer meye hishebe pathaise dalal, 6 mash kono khobor nai, phone o dhore na", "isolation_and_control", "bn-Latn"),
    ("Job in Japan, 2.5 lakh monthly, only 6 lakh cost, language not needed, visa sure 💯", "recruitment_deception", "en"),
    ("জাপানে চাকরি, মাসে আড়াই লাখ, খরচ মাত্র ৬ লাখ, ভাষা লাগবে না, ভিসা শিউর 💯", "recruitment_deception", "bn"),
    ("Japan e chakri, mashe 2.5 lakh, khoroch matro 6 lakh, bhasha lagbe na, visa sure 💯", "recruitment_deception", "bn-Latn"),
    ("Company name on the visa is different from the one I work for, my real boss has no papers for me.", "recruitment_deception", "en"),
    ("ভিসায় যে কোম্পানির নাম সেখানে কাজ দেয়নি, অন্য জায়গায় কাজ করাচ্ছে, কাগজ নাই।", "recruitment_deception", "bn"),
    ("Madam husband raat e room e ashe, madam ke bolle bole chup thak, noile police", "sexual_exploitation", "bn-Latn"),
    ("The madam's husband comes to my room at night, when I told madam she said shut up or police.", "sexual_exploitation", "en"),
    ("ম্যাডামের স্বামী রাতে রুমে আসে, ম্যাডামকে বললে বলে চুপ থাক, নইলে পুলিশ।", "sexual_exploitation", "bn"),
    ("Tor chele ke chaile 50 hajar pathaa kal er moddhe, police e gele ar dekhbi na", "threats_and_coercion", "bn-Latn"),
    ("Bhai 13 bochorer ekta chele lagbe hotel e thala dhowar jonno, thaka khawa free, mashe 2000", "minors", "bn-Latn"),
    ("Need a 13 year old boy to wash dishes at the hotel, food and stay free, 2000 a month.", "minors", "en"),
    ("হোটেলে থালা ধোয়ার জন্য ১৩ বছরের একটা ছেলে লাগবে, থাকা খাওয়া ফ্রি, মাসে ২০০০।", "minors", "bn"),
    ("Payment ta 3 jon er nagad e den, 15 15 20, ek number e beshi dile block hoy", "payments_and_proceeds", "bn-Latn"),
    ("Pay it into three people's Nagad, 15, 15 and 20, one number gets blocked if you send too much.", "payments_and_proceeds", "en"),
    ("টাকাটা তিনজনের নগদে দেন, ১৫, ১৫, ২০, এক নাম্বারে বেশি দিলে ব্লক হয়।", "payments_and_proceeds", "bn"),
    ("Visa cancel hoye geche bole ar taka ferot dicche na, ulta aro 50 hajar chay notun visar jonno", "fees_and_debt", "bn-Latn"),
    ("They say the visa was cancelled, won't return the money, and now want 50 thousand more for a new one.", "fees_and_debt", "en"),
]

NEG = [
    ("Boss shouted at me for coming late again, my fault honestly.", "worker_content", "en", True),
    ("দেরি করে আসায় বস বকা দিয়েছে, দোষটা আমারই।", "worker_content", "bn", True),
    ("late korsi bole boss boka dise, dosh amar e", "worker_content", "bn-Latn", True),
    ("The company refused my loan request, they said only after one year of service.", "worker_content", "en", True),
    ("company loan dite chay na, bole ek bochor por", "worker_content", "bn-Latn", True),
    ("Give me 500 taka or I'll tell ammu you broke the TV 😂", "joke", "en", True),
    ("500 taka na dile ammu ke bole dibo tui TV bhangsis 😂", "joke", "bn-Latn", True),
    ("Pay the rent by the 5th or the landlord will cut the gas, he told everyone.", "family", "en", True),
    ("৫ তারিখের মধ্যে ভাড়া না দিলে বাড়িওয়ালা গ্যাস বন্ধ করে দিবে, সবাইকে বলেছে।", "family", "bn", True),
    ("The agent said my file is complete, flight on Tuesday, manpower card ready.", "worker_content", "en", True),
    ("Agent bolse file complete, mongolbar flight, manpower card ready", "worker_content", "bn-Latn", True),
    ("এজেন্ট বলেছে ফাইল কমপ্লিট, মঙ্গলবার ফ্লাইট, ম্যানপাওয়ার কার্ড রেডি।", "worker_content", "bn", True),
    ("Dubai police arrested a gang that kept 11 Bangladeshi women in a flat and forced them into sex work.", "news", "en", True),
    ("দুবাইয়ে ১১ বাংলাদেশি নারীকে ফ্ল্যাটে আটকে যৌনকর্মে বাধ্য করা চক্রকে গ্রেপ্তার করেছে পুলিশ।", "news", "bn", True),
    ("Ovibashi Karmi Unnayan Program: if your employer threatens you or keeps your documents, call our hotline.", "awareness", "en", True),
    ("আপনার নিয়োগকর্তা হুমকি দিলে বা কাগজপত্র রেখে দিলে আমাদের হটলাইনে ফোন দিন।", "awareness", "bn", True),
    ("My manager forced me to take leave this week because the project ended, paid leave though.", "worker_content", "en", True),
    ("Supervisor amake overtime korte bolse, extra taka dibe, valo e", "worker_content", "bn-Latn", True),
    ("I am 16 and I just passed my SSC, inshallah I will study in Dhaka.", "family", "en", True),
    ("আমার বয়স ১৬, এসএসসি পাস করলাম, ইনশাআল্লাহ ঢাকায় পড়ব।", "family", "bn", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev5-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        out.append({"id": f"dev5-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": []})
    return out


def main(argv: list[str]) -> int:
    items = build()
    with open(Path(__file__).parent / "dev5.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev5: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
