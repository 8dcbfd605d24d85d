"""Writes ``dev9.jsonl``: the blind set written after the issue-15 tuning of the packs (after the
commits that tuned on ``dev7`` and ``dev8``), in new situations and words, without looking back at
the rules, so that its first score is the honest figure of how the tuned packs generalise.

Run from the repository root: ``python eval/dev/make_dev9.py``. The method, the fields and the
labelling are those of ``make_dev7.py`` (whose ``write`` this uses).

Scored once, blind, when written (see the commit that adds it); after that it is a tuning set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_dev7 import write  # noqa: E402

NAME = "dev9"

# (text, category, script, entities) for items to flag
POS = [
    # recruitment_deception
    ("Malaysia r factory visa bole pathaise, ekhon jongol e palm gach kati, factory r nam o shuni nai", "recruitment_deception", "bn-Latn", []),
    ("No IELTS no interview, Canada farm visa in 45 days, 100% visa or money back, 9 lakh package", "recruitment_deception", "en", []),
    ("সাইপ্রাস দিয়ে ইউরোপ ঢুকবেন, ওখানে গিয়ে কাগজ হয়ে যাবে, এখন শুধু ভিজিট ভিসায় যাবেন।", "recruitment_deception", "bn", []),
    ("He said a supermarket job in Doha. When I landed they put me in a car wash, 14 hours, and the salary is half.", "recruitment_deception", "en", []),
    # fees_and_debt
    ("ভিসার জন্য আরও ৭০ হাজার লাগবে, না দিলে ফ্লাইট বাতিল, আগের টাকাও ফেরত পাবেন না।", "fees_and_debt", "bn", []),
    ("ekhane ashar por bolse ticket er taka ar khawar khoroch shob tomar beton theke katbo, 6 mash kichu pabi na", "fees_and_debt", "bn-Latn", []),
    ("Sir is asking 1.2 lakh more for the iqama, he says otherwise I stay illegal. I already paid 5 lakh before coming.", "fees_and_debt", "en", []),
    ("jomi bondhok rekhe 3 lakh dilam dalal re, ekhon dalal phone dhore na", "fees_and_debt", "bn-Latn", []),
    # payments_and_proceeds
    ("Don't use Western Union, go to Habib bhai's shop in Batha, he will deliver the taka in Sylhet the same day", "payments_and_proceeds", "en", []),
    ("বিকাশ এজেন্টকে বলবেন ক্যাশ ইন করতে, নিজের নাম্বার দিবেন না, আমার দেওয়া নাম্বারগুলাতে ভাগ ভাগ করে।", "payments_and_proceeds", "bn", []),
    ("taka ta binance e USDT kore pathao, wallet address ta ami dicchi, bank diye pathaile problem", "payments_and_proceeds", "bn-Latn", []),
    ("Each girl pays 30k a week into the boss's Nagad, the collector checks the slips every Saturday", "payments_and_proceeds", "en", []),
    # isolation_and_control
    ("madam amar mobile ta almari te tala diye rakhse, mash e ekbar bari te kotha bolte dey", "isolation_and_control", "bn-Latn", []),
    ("We are kept in a flat above the office, the door is locked from outside, they bring food twice", "isolation_and_control", "en", []),
    ("কাউকে জানাবি না তুই কোথায় আছিস, বাড়িতে বলবি ভালো চাকরি পেয়েছিস।", "isolation_and_control", "bn", []),
    ("মালিকের লোক সবসময় পাহারা দেয়, দোকানে যেতেও সাথে যায়, একা কোথাও যেতে পারি না।", "isolation_and_control", "bn", []),
    # labour_exploitation
    ("Seven months now, only promises, no salary. When we ask they say wait, the company is in loss.", "labour_exploitation", "en", []),
    ("raat 3 ta porjonto kaj, sokal 7 tay abar shuru, shorir e jor thakleo chuti dey na", "labour_exploitation", "bn-Latn", []),
    ("বাসী ভাত আর পানি ছাড়া কিছু খেতে দেয় না, রাতে মাটিতে ঘুমাই।", "labour_exploitation", "bn", []),
    ("The supervisor says nobody leaves before the contract ends, he keeps our pay until the last month.", "labour_exploitation", "en", []),
    # minors
    ("My niece is 14, the agent says he will put 21 on the passport and send her to Jordan garments", "minors", "en", []),
    ("chele ta 11 bochor, dhaka te hotel e thala dhoar kaj, mash e 1500, malik thakar jayga dibe", "minors", "bn-Latn", []),
    ("মেয়েটার বয়স মাত্র পনেরো, দালাল বলছে দুবাই পাঠাবে বাসার কাজে, কাগজে বয়স বাড়িয়ে দেবে।", "minors", "bn", []),
    # sexual_exploitation
    ("New girls from Bangladesh and Nepal, 18-20, genuine, in-call and out-call, contact the manager only", "sexual_exploitation", "en", []),
    ("club e nachar kotha bole anse, ekhon proti raat e malik er bondhuder sathe thakte hoy", "sexual_exploitation", "bn-Latn", []),
    ("স্পা সেন্টারে রিসেপশনের কাজ বলে এনেছে, এখন রাতে লোকের কাছে পাঠায়, টাকা সব ম্যাডাম নেয়।", "sexual_exploitation", "bn", []),
    # threats_and_coercion
    ("If you go to the police here, they will arrest you, not us. You have no papers. Remember that.", "threats_and_coercion", "en", []),
    ("tor chobi gula facebook e diye dibo, tor jamai ke pathabo jodi kaj chere jas", "threats_and_coercion", "bn-Latn", []),
    ("ওরা আমাকে বেঁধে মেরেছে, বলেছে আবার পালালে কারেন্ট দিবে।", "threats_and_coercion", "bn", []),
    ("The agency sold our contracts to another sponsor, we were moved at night without being asked", "threats_and_coercion", "en", []),
]

# (text, voice, script, hard, entities) for items not to flag
NEG = [
    # news
    ("Bangladesh embassy in Riyadh repatriates 32 women domestic workers who fled abusive employers, officials said.", "news", "en", True, []),
    ("চাকরির প্রলোভনে ইউরোপ পাঠানোর নামে ৪০ লাখ টাকা আত্মসাৎ, গ্রেপ্তার ২", "news", "bn", True, []),
    ("aj er news: Libya theke 150 jon bangladeshi ferot aise, IOM er shahajje", "news", "bn-Latn", True, []),
    ("Study finds migrants paid an average Tk 4.2 lakh to brokers for Saudi jobs, far above the government rate.", "news", "en", True, []),
    # awareness
    ("মনে রাখবেন: বিদেশে যাওয়ার জন্য কোনো দালালকে টাকা দেবেন না, নিবন্ধিত এজেন্সির মাধ্যমে যান।", "awareness", "bn", True, []),
    ("Your passport belongs to you. No employer is allowed to keep it. Know your rights before you travel.", "awareness", "en", True, []),
    ("bon ra, parlour ba hotel er kaj er kotha bole bidesh e nite chaile aage jachai kore nen, 16135 e call den", "awareness", "bn-Latn", True, []),
    ("If someone offers your child work in Dhaka homes, ask for the employer's address and keep in touch weekly.", "awareness", "en", True, []),
    # official / licensed
    ("বিএমইটির ছাড়পত্র নিতে পাসপোর্ট, ভিসা ও চুক্তিপত্রের কপি নিয়ে জেলা কর্মসংস্থান অফিসে আসুন।", "official", "bn", True, []),
    ("Japan TITP: training in Dhaka for 6 months, language test required, total cost Tk 1.5 lakh as per government circular, paid by bank draft.", "official", "en", True, []),
    ("apnar visa processing cholche, medical report ashle company contract pathabe, kono taka lagbe na ekhon", "official", "bn-Latn", True, []),
    ("Recruiting Licence RL-1412. Qatar hospital cleaners, salary QAR 1,200, food and accommodation by employer, interview on 12 Dec.", "official", "en", True, []),
    # receipts
    ("Cash In Tk 3,000.00 from 01716123456 successful. Balance Tk 3,210.00. TrxID DFG8HJ2KL4 at 01/12/2026 18:30", "receipt", "en", True,
     [("phone", "+8801716123456"), ("mfs_transaction", "DFG8HJ2KL4")]),
    ("nagad e 5000 pathaisi bhai, TxnID 7DK2M9QA, abbar oshudher jonno", "receipt", "bn-Latn", True, [("mfs_transaction", "7DK2M9QA")]),
    ("রকেটে ১০০০ টাকা পাঠানো হয়েছে, ধন্যবাদ। TxnId: 9988776655", "receipt", "bn", True, [("mfs_transaction", "9988776655")]),
    # family
    ("ammu passport ta ami rakhchi, tumi chinta koro na, visa hoile tomake niye jabo", "family", "bn-Latn", True, []),
    ("Tell abba I'll send 40k next week, the company pays on the 5th. Keep some for Rina's admission.", "family", "en", True, []),
    ("চাচা বলছে জমি বেচে না দিয়ে ব্যাংক থেকে লোন নিতে, কিস্তি আমি বিদেশ থেকে দিব।", "family", "bn", True, []),
    ("choto bhai ke ar dubai pathabo na, ekhane dokan kore dibo, oikhane onek kosto", "family", "bn-Latn", True, []),
    ("My sister is 16 and wants to work at the garment factory after SSC, abba said no, study first.", "family", "en", True, []),
    # jokes
    ("My boss won't let us leave until the Excel is done, send help 😭😂", "joke", "en", True, []),
    ("bhabi amake ranna ghor e atke rakhse, biryani na kore ber hote parbo na 😂", "joke", "bn-Latn", True, []),
    ("বন্ধুরা আমাকে বিক্রি করে দিছে ট্রিটের জন্য, হাহা", "joke", "bn", True, []),
    # workers content with their job
    ("Alhamdulillah got my iqama renewed, the company paid the fee, salary came on the 1st.", "worker_content", "en", True, []),
    ("ekhane 8 ghonta duty, friday off, malik bhalo, passport nijer kache", "worker_content", "bn-Latn", True, []),
    ("দুবাইয়ে তিন বছর ধরে আছি, বেতন সময়মতো পাই, ছুটিতে দেশে আসবো ইনশাআল্লাহ।", "worker_content", "bn", True, []),
    ("Night shift at the hotel again, 10 guests checked in late, tired but tips were good.", "worker_content", "en", True, []),
    # chatter
    ("kal cricket khela dekhte jabi? ticket ami kete rakhbo", "chatter", "bn-Latn", False, []),
    ("Can you pick up the kids from school today? I'm stuck at the office.", "chatter", "en", False, []),
    ("ঈদে বাড়ি যাবো, বাসের টিকিট পাইনি এখনো।", "chatter", "bn", False, []),
]

if __name__ == "__main__":
    sys.exit(write(NAME, POS, NEG))
