"""Writes ``dev4.jsonl``: a fourth hand-written development set (issue 15), written after the
rules were tuned on ``dev``, ``dev2`` and ``dev3`` and before any rule ran on it: the measure of
how the packs hold on phrasing they were not tuned on. Same format and labelling rules as
``make_dev.py``; run from the repository root: ``python eval/dev/make_dev4.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS = [
    ("Arbab ta khub kharap, beton chaile bole deshe pathiye dibe, 4 mash hoye gelo", "labour_exploitation", "bn-Latn"),
    ("The sponsor refuses to renew my iqama and now the police can arrest me anytime, he says that's my problem.", "isolation_and_control", "en"),
    ("কফিল ইকামা নবায়ন করছে না, এখন পুলিশ ধরলে জেল, বলে তোর সমস্যা।", "isolation_and_control", "bn"),
    ("Madam doesn't give me food when she is angry, yesterday nothing all day.", "labour_exploitation", "en"),
    ("ম্যাডাম রাগ করলে খেতে দেয় না, কাল সারাদিন কিছু খাইনি।", "labour_exploitation", "bn"),
    ("madam rag korle khaite dey na, kal sarradin kichu khai nai", "labour_exploitation", "bn-Latn"),
    ("We have to pay the foreman 100 ringgit every month or he gives our names to immigration.", "threats_and_coercion", "en"),
    ("প্রতি মাসে ফোরম্যানকে ১০০ রিংগিত দিতে হয়, না দিলে ইমিগ্রেশনে নাম দিয়ে দিবে।", "threats_and_coercion", "bn"),
    ("protimash foreman ke 100 ringgit dite hoy, na dile immigration e naam diye dibe", "threats_and_coercion", "bn-Latn"),
    ("Dalal bole Malaysia te supermarket er kaj, ekhon jongole palm gach kati, 3 mash kono taka pai nai", "recruitment_deception", "bn-Latn"),
    ("Broker said supermarket job in Malaysia, now we cut palm trees in the jungle and no money for 3 months.", "recruitment_deception", "en"),
    ("দালাল বলছিল মালয়েশিয়ায় সুপারমার্কেটের কাজ, এখন জঙ্গলে পাম গাছ কাটি, তিন মাস কোনো টাকা পাইনি।", "recruitment_deception", "bn"),
    ("Apnar meye ke Dubai te pathabo, bhalo family te thakbe, boyos 16 hole o somossa nai, kagoj amra thik korbo", "minors", "bn-Latn"),
    ("We can send your daughter to a good family in Dubai, being 16 is no problem, we fix the papers.", "minors", "en"),
    ("আপনার মেয়েকে দুবাইয়ে ভালো পরিবারে পাঠাব, বয়স ১৬ হলেও সমস্যা নেই, কাগজ আমরা ঠিক করব।", "minors", "bn"),
    ("Send 40k to this number before 6pm, the visa file will be closed otherwise. Don't call the office about it.", "fees_and_debt", "en"),
    ("সন্ধ্যা ৬টার আগে এই নাম্বারে ৪০ হাজার পাঠান, নইলে ভিসার ফাইল বন্ধ। অফিসে ফোন দিবেন না এ নিয়ে।", "fees_and_debt", "bn"),
    ("6 tar age ei number e 40k pathan, na hole visa file bondho. office e phone diben na eta niye", "fees_and_debt", "bn-Latn"),
    ("They keep 30 of us in a warehouse, the shutter is locked at night and opened at 5 for work.", "isolation_and_control", "en"),
    ("গুদামে আমাদের ৩০ জনকে রাখে, রাতে শাটার বন্ধ করে দেয়, ভোর ৫টায় খোলে কাজের জন্য।", "isolation_and_control", "bn"),
    ("gudam e amader 30 jon ke rakhe, rate shutter bondho kore dey, bhor 5 tay khole kajer jonno", "isolation_and_control", "bn-Latn"),
    ("I am told to smile and sit with the guests until 3 am, if I refuse the manager takes my money.", "sexual_exploitation", "en"),
    ("ভোর ৩টা পর্যন্ত গেস্টদের সাথে বসে থাকতে হয়, না করলে ম্যানেজার টাকা কেটে নেয়।", "sexual_exploitation", "bn"),
    ("vor 3 ta porjonto guest der sathe boshe thakte hoy, na korle manager taka kete ney", "sexual_exploitation", "bn-Latn"),
    ("He sold my brother's kidney story to us as a 'medical job', they took him to India and now he is sick.", "threats_and_coercion", "en"),
    ("Company paper a sign korte bolse arabic e, ami bujhi na, sign na korle passport dibe na", "isolation_and_control", "bn-Latn"),
    ("They made us sign papers in Arabic, I don't understand, without signing they won't give the passport.", "isolation_and_control", "en"),
    ("আরবিতে কাগজে সই করতে বলছে, বুঝি না, সই না করলে পাসপোর্ট দিবে না।", "isolation_and_control", "bn"),
    ("Pathao taka amar shalar bKash e, office er ta block, keu jante parbe na", "payments_and_proceeds", "bn-Latn"),
    ("Send it to my brother-in-law's bKash, the office one is blocked, nobody will know.", "payments_and_proceeds", "en"),
    ("টাকা আমার শালার বিকাশে পাঠাও, অফিসেরটা ব্লক, কেউ জানবে না।", "payments_and_proceeds", "bn"),
    ("Tomar bou ke bolo gold bechte, 2 lakh na dile tumi ekhane theke berote parba na", "fees_and_debt", "bn-Latn"),
    ("Tell your wife to sell the gold, without 2 lakh you are not leaving this place.", "fees_and_debt", "en"),
    ("তোমার বউকে বলো গয়না বেচতে, ২ লাখ না দিলে এখান থেকে বের হতে পারবে না।", "fees_and_debt", "bn"),
    ("Scam center e rakhse, protidin 10 jon ke fake profile diye message dite hoy, target na hole current shock", "threats_and_coercion", "bn-Latn"),
    ("They keep us in the scam centre, each day we message people from fake profiles, no target means electric shock.", "threats_and_coercion", "en"),
    ("স্ক্যাম সেন্টারে রাখছে, প্রতিদিন ফেক প্রোফাইল দিয়ে মেসেজ দিতে হয়, টার্গেট না হলে কারেন্টের শক।", "threats_and_coercion", "bn"),
    ("Amar cheler boyos 14, ore Saudi te uter rakhal er kaj e pathaben? taka lagbe na bolse", "minors", "bn-Latn"),
    ("Girls for hotel work in Bahrain, 20 to 28, must be pretty, all cost free, salary 800 dinar", "recruitment_deception", "en"),
    ("বাহরাইনে হোটেলের কাজে মেয়ে নেওয়া হবে, ২০-২৮ বছর, দেখতে সুন্দর হতে হবে, সব খরচ ফ্রি।", "recruitment_deception", "bn"),
]

NEG = [
    ("Supreme Court upholds sentence of recruiter who kept 12 workers' passports in Riyadh, reports Daily Star.", "news", "en", True),
    ("রিয়াদে ১২ শ্রমিকের পাসপোর্ট আটকে রাখা রিক্রুটারের সাজা বহাল রেখেছে আপিল বিভাগ।", "news", "bn", True),
    ("In the village meeting the UNO warned families against brokers who promise Italy through Libya.", "news", "en", True),
    ("ইউএনও গ্রামের সভায় লিবিয়া হয়ে ইতালির প্রতিশ্রুতি দেওয়া দালালদের বিষয়ে পরিবারগুলোকে সতর্ক করেন।", "news", "bn", True),
    ("If your employer keeps your salary, you can file a complaint free of charge at the labour court.", "awareness", "en", True),
    ("malik beton atke rakhle labour court e free te obhijog korte parben", "awareness", "bn-Latn", True),
    ("মালিক বেতন আটকে রাখলে শ্রম আদালতে বিনা খরচে অভিযোগ করতে পারবেন।", "awareness", "bn", True),
    ("Our boss gave everyone a bonus and a day off for Eid, alhamdulillah.", "worker_content", "en", True),
    ("boss sobaike eid er bonus ar chuti dise, alhamdulillah", "worker_content", "bn-Latn", True),
    ("বস সবাইকে ঈদের বোনাস আর ছুটি দিয়েছে, আলহামদুলিল্লাহ।", "worker_content", "bn", True),
    ("Manager said we start at 8 tomorrow, bring your ID card.", "worker_content", "en", True),
    ("Amar malik onek bhalo, passport nijer kache rakhte dey, mash sheshe beton dey", "worker_content", "bn-Latn", True),
    ("The agent returned my 20 thousand because the visa was cancelled, good man.", "worker_content", "en", True),
    ("এজেন্ট ভিসা বাতিল হওয়ায় ২০ হাজার টাকা ফেরত দিয়েছে, ভালো মানুষ।", "worker_content", "bn", True),
    ("Send 2000 to my bKash for the electricity bill, I'll pay you back Friday.", "family", "en", True),
    ("Ammu bolse tor passport er meyad shesh, renew kor, nahole umrah te jete parbi na", "family", "bn-Latn", True),
    ("আম্মু বলছে তোর পাসপোর্টের মেয়াদ শেষ, নবায়ন কর, নইলে উমরায় যেতে পারবি না।", "family", "bn", True),
    ("My 15 year old cousin got a scholarship to a school in Malaysia!", "family", "en", True),
    ("Boss threatened to make us watch his vacation photos again 😂", "joke", "en", True),
    ("malik ajke ek ghonta lecture dise, kan pocha 😂", "joke", "bn-Latn", True),
    ("The company deducted 50 riyal for the broken phone I dropped, fair enough.", "worker_content", "en", True),
    ("Hiring: Dhaka garments factory needs 20 sewing operators, salary 12,500 + OT, apply at the gate with NID.", "official", "en", True),
    ("ঢাকার গার্মেন্টসে ২০ জন অপারেটর নেওয়া হবে, বেতন ১২,৫০০ + ওভারটাইম, এনআইডি নিয়ে গেটে আবেদন করুন।", "official", "bn", True),
    ("Dhaka garments e 20 jon operator lagbe, beton 12500 + OT, NID niye gate e apply korun", "official", "bn-Latn", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev4-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        out.append({"id": f"dev4-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": []})
    return out


def main(argv: list[str]) -> int:
    items = build()
    with open(Path(__file__).parent / "dev4.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev4: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
