"""Writes ``dev2.jsonl``: a second hand-written development set (issue 15), written after the
rules had been tuned on ``dev.jsonl`` and before any rule was run on it, to see how the packs
hold on phrasing they were not tuned on. Same format, same labelling rules as ``make_dev.py``;
run from the repository root: ``python eval/dev/make_dev2.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

POS = [
    # recruitment_deception
    ("Kuwait e driving er kaj, license lagbe na, beton 250 dinar, thaka khawa company dibe, aj e 20 hajar diye naam likhan", "recruitment_deception", "bn-Latn"),
    ("সৌদি আরবে হাসপাতালে ক্লিনার, বেতন ১৬০০ রিয়াল, থাকা খাওয়া ফ্রি, কোনো অভিজ্ঞতা লাগবে না, পাসপোর্টের কপি ইনবক্সে দিন", "recruitment_deception", "bn"),
    ("We need 30 helpers for a Dubai construction company, salary 2000 dirham, no experience, free accommodation. Send passport copy on WhatsApp.", "recruitment_deception", "en"),
    ("agent bolechilo office boy er chakri, ekhon din rat uter khamare pani dei", "recruitment_deception", "bn-Latn"),
    ("I was told I would be a sales assistant in a mall. Now I clean toilets in a labour camp for half the pay.", "recruitment_deception", "en"),
    ("কথা ছিল রেস্টুরেন্টে কাজ, এখন একটা বাড়িতে ২৪ ঘণ্টা কাজের লোক হিসেবে রেখেছে।", "recruitment_deception", "bn"),
    ("Poland er work permit 20 diner moddhe, embassy interview chara, sob kagoj ami banabo", "recruitment_deception", "bn-Latn"),
    ("The visa they gave me was forged, immigration in Doha sent me back the same day.", "recruitment_deception", "en"),
    ("মালয়েশিয়া যাবেন? বিএমইটি ফিঙ্গার ছাড়াই পাঠাব, শুধু টাকা রেডি রাখেন।", "recruitment_deception", "bn"),
    ("Girls wanted for a hotel in Dubai, reception and dancing, 1.5 lakh per month, no certificate needed", "recruitment_deception", "en"),
    ("Turkey hoye Greece, ek maser rasta, 7 lakh, game e kono problem hobe na", "recruitment_deception", "bn-Latn"),
    ("ভিজিট ভিসায় দুবাই আসেন, এখানে এসে কোম্পানিতে ঢুকিয়ে দিব, কাজের ভিসা পরে হবে।", "recruitment_deception", "bn"),
    # fees_and_debt
    ("Deposit 80,000 by tomorrow to confirm your name on the list, the rest when the visa comes.", "fees_and_debt", "en"),
    ("kal er moddhe 80 hajar joma diye naam confirm koren, baki ta visa ashle", "fees_and_debt", "bn-Latn"),
    ("কালকের মধ্যে ৮০ হাজার টাকা জমা দিয়ে নাম কনফার্ম করেন, বাকিটা ভিসা আসলে।", "fees_and_debt", "bn"),
    ("Every month half my salary goes to the company for the recruitment loan, I have paid for 14 months.", "fees_and_debt", "en"),
    ("protimash ordhek beton company kete ney recruitment er lon er jonno, 14 mash dhore dicchi", "fees_and_debt", "bn-Latn"),
    ("প্রতি মাসে বেতনের অর্ধেক কোম্পানি কেটে নেয় রিক্রুটমেন্টের ঋণের জন্য।", "fees_and_debt", "bn"),
    ("My father sold two cows and borrowed from a moneylender at interest to pay the agent 5 lakh.", "fees_and_debt", "en"),
    ("abba duita goru beche ar sud e taka dhar kore agent ke 5 lakh dise", "fees_and_debt", "bn-Latn"),
    ("Now they say the visa fee went up, send 1 lakh more or the process stops.", "fees_and_debt", "en"),
    ("ekhon bolche visa r khoroch bere geche, aro 1 lakh na dile process bondho", "fees_and_debt", "bn-Latn"),
    # isolation_and_control
    ("The owner keeps the key of our room, we go out only with him on Friday.", "isolation_and_control", "en"),
    ("malik amader ghorer chabi rakhe, shudhu shukrobar tar sathe bair hoi", "isolation_and_control", "bn-Latn"),
    ("মালিক আমাদের ঘরের চাবি রাখে, শুধু শুক্রবার তার সাথে বের হই।", "isolation_and_control", "bn"),
    ("After we landed the agent collected all the passports for 'visa stamping', three months and nobody got theirs back.", "isolation_and_control", "en"),
    ("namar por agent sobar passport niye gelo visa stamping er kotha bole, 3 mash hoye gelo keu ferot pay nai", "isolation_and_control", "bn-Latn"),
    ("নামার পর এজেন্ট ভিসা স্ট্যাম্পিংয়ের কথা বলে সবার পাসপোর্ট নিয়ে গেছে, তিন মাসেও কেউ ফেরত পায়নি।", "isolation_and_control", "bn"),
    ("If your father asks, say you are working in a good company and living well. Do not mention me.", "isolation_and_control", "en"),
    ("tor abba jiggesh korle bolbi valo company te kaj korchis, amar naam nibi na", "isolation_and_control", "bn-Latn"),
    ("তোর আব্বা জিজ্ঞেস করলে বলবি ভালো কোম্পানিতে কাজ করছিস, আমার নাম নিবি না।", "isolation_and_control", "bn"),
    ("They only let us use the phone for five minutes in front of the manager.", "isolation_and_control", "en"),
    ("manager er samne 5 minute phone dey, tar beshi na", "isolation_and_control", "bn-Latn"),
    ("ম্যানেজারের সামনে পাঁচ মিনিট ফোন দেয়, এর বেশি না।", "isolation_and_control", "bn"),
    # labour_exploitation
    ("It is the fifth month and the company has paid nothing, they say wait.", "labour_exploitation", "en"),
    ("5 mash cholche company kichu dey nai, bole wait koro", "labour_exploitation", "bn-Latn"),
    ("পাঁচ মাস হলো কোম্পানি কিছুই দেয়নি, বলে অপেক্ষা করো।", "labour_exploitation", "bn"),
    ("We do two shifts, 6 am to 10 pm, and if we sit down they cut the day's pay.", "labour_exploitation", "en"),
    ("sokal 6 ta theke rat 10 ta, duita shift, boshle oi diner taka kete ney", "labour_exploitation", "bn-Latn"),
    ("Food is leftovers from the family, sometimes nothing, I have lost 10 kilos.", "labour_exploitation", "en"),
    ("বাড়ির লোকের খাওয়ার পর যা থাকে তাই দেয়, মাঝে মাঝে কিছুই না, ১০ কেজি ওজন কমে গেছে।", "labour_exploitation", "bn"),
    ("Contract is finished but the kafeel will not give exit, he says stay two more years.", "labour_exploitation", "en"),
    ("contract shesh kintu kafeel exit dibe na, bole aro 2 bochor thakte hobe", "labour_exploitation", "bn-Latn"),
    # threats_and_coercion
    ("The agent said if I talk to the labour office he will make a case and I will never go home.", "threats_and_coercion", "en"),
    ("labour office e gele case kore dibe bolse, deshe ar jaite parbo na", "threats_and_coercion", "bn-Latn"),
    ("লেবার অফিসে গেলে কেস করে দিবে বলেছে, আর দেশে যেতে পারব না।", "threats_and_coercion", "bn"),
    ("My back is full of marks from the belt, madam hits me when the food is late.", "threats_and_coercion", "en"),
    ("madam belt diye mare, khabar deri hole, pith e dag pore geche", "threats_and_coercion", "bn-Latn"),
    ("খাবার দেরি হলে ম্যাডাম বেল্ট দিয়ে মারে, পিঠে দাগ পড়ে গেছে।", "threats_and_coercion", "bn"),
    ("Your son is in our room in Tripoli. 6 lakh by Sunday, or we send you his body.", "threats_and_coercion", "en"),
    ("tomar chele tripoli te amader kache, robibar er moddhe 6 lakh, nahole lash pathabo", "threats_and_coercion", "bn-Latn"),
    ("তোমার ছেলে ত্রিপোলিতে আমাদের কাছে, রবিবারের মধ্যে ৬ লাখ, নইলে লাশ পাঠাব।", "threats_and_coercion", "bn"),
    ("The company gave me to a new kafeel for money, I never agreed.", "threats_and_coercion", "en"),
    ("company taka niye amake notun kafeel er kache diye dise, ami raji chilam na", "threats_and_coercion", "bn-Latn"),
    ("কোম্পানি টাকা নিয়ে আমাকে নতুন কফিলের কাছে দিয়ে দিয়েছে, আমি রাজি ছিলাম না।", "threats_and_coercion", "bn"),
    # sexual_exploitation
    ("VIP service in Kuala Lumpur, Bengali and Indian models, hotel delivery, real photos guaranteed, inbox for rates.", "sexual_exploitation", "en"),
    ("kuala lumpur e vip service, bangali model, hotel delivery, real photo guarantee, rate er jonno inbox", "sexual_exploitation", "bn-Latn"),
    ("কুয়ালালামপুরে ভিআইপি সার্ভিস, বাঙালি মডেল, হোটেলে ডেলিভারি, রিয়েল ছবি, রেটের জন্য ইনবক্স।", "sexual_exploitation", "bn"),
    ("They took us from the salon to a house, every night men come, we cannot refuse.", "sexual_exploitation", "en"),
    ("salon theke ekta bashay niye gese, protirat purush ashe, na bolte pari na", "sexual_exploitation", "bn-Latn"),
    ("সেলুন থেকে একটা বাসায় নিয়ে গেছে, প্রতিরাতে পুরুষ আসে, না বলতে পারি না।", "sexual_exploitation", "bn"),
    # minors
    ("The boy is 13 but strong, he can work in the brick kiln, I will bring him with the next batch.", "minors", "en"),
    ("cheleta 13 bochorer kintu shokto, itbhatay kaj korte parbe, porer batch e niye ashbo", "minors", "bn-Latn"),
    ("ছেলেটার বয়স ১৩ কিন্তু শক্ত, ইটভাটায় কাজ করতে পারবে, পরের ব্যাচে নিয়ে আসব।", "minors", "bn"),
    ("Her real age is 16, change it to 21 in the NID before the passport application.", "minors", "en"),
    ("or ashol boyos 16, passport er age NID te 21 kore dao", "minors", "bn-Latn"),
    ("ওর আসল বয়স ১৬, পাসপোর্টের আগে এনআইডিতে ২১ করে দাও।", "minors", "bn"),
    ("A family in Riyadh wants a girl of 12 or 13 to help the madam, good money for the parents.", "minors", "en"),
    ("riyadh e ek family 12-13 bochorer meye chay madam ke help korar jonno, baba ma bhalo taka pabe", "minors", "bn-Latn"),
    # payments_and_proceeds
    ("Send the money to my cousin's Nagad, not the agency account, they check the agency.", "payments_and_proceeds", "en"),
    ("agency account e na, amar cousin er nagad e pathan, agency check kore", "payments_and_proceeds", "bn-Latn"),
    ("এজেন্সির একাউন্টে না, আমার কাজিনের নগদে পাঠান, এজেন্সিতে চেক করে।", "payments_and_proceeds", "bn"),
    ("Give the riyal to my man in Jeddah, your wife gets taka in Comilla tomorrow, no bank needed.", "payments_and_proceeds", "en"),
    ("jeddah te amar lok ke riyal den, kal comilla te apnar bou taka pabe, bank lagbe na", "payments_and_proceeds", "bn-Latn"),
    ("জেদ্দায় আমার লোককে রিয়াল দেন, কাল কুমিল্লায় আপনার বউ টাকা পাবে, ব্যাংক লাগবে না।", "payments_and_proceeds", "bn"),
]

NEG = [
    ("Prothom Alo: brokers in Madaripur sent 40 youths to Libya on the promise of Italy; several are missing, families say.", "news", "en", True),
    ("মাদারীপুরে ইতালির কথা বলে ৪০ যুবককে লিবিয়ায় পাঠিয়েছে দালালরা, অনেকের খোঁজ নেই, বলছে পরিবার।", "news", "bn", True),
    ("madaripur e italy r kotha bole 40 jon juvok ke libya pathaise dalal ra, onek er khoj nai, bolche poribar", "news", "bn-Latn", True),
    ("Women returning from Saudi Arabia told a press conference that employers confiscated their phones and beat them.", "news", "en", True),
    ("সৌদি আরব থেকে ফেরা নারীরা সংবাদ সম্মেলনে বলেন, নিয়োগকর্তারা তাদের ফোন কেড়ে নিত ও মারধর করত।", "news", "bn", True),
    ("The ministry says 1,200 workers were stuck in Malaysia after agencies took money without job placement.", "news", "en", True),
    ("মানবপাচার মামলায় তিন দালালকে যাবজ্জীবন দিয়েছে ট্রাইব্যুনাল।", "news", "bn", True),
    ("Tips for migrant workers: your employer cannot keep your passport, you have the right to your wages every month.", "awareness", "en", True),
    ("প্রবাসী কর্মীদের জন্য: মালিক আপনার পাসপোর্ট রাখতে পারবে না, প্রতি মাসে বেতন পাওয়া আপনার অধিকার।", "awareness", "bn", True),
    ("probashi kormider jonno: malik apnar passport rakhte parbe na, protimash beton pawa apnar odhikar", "awareness", "bn-Latn", True),
    ("Brokers who ask for money in their personal bKash are cheating you. Pay only to the agency bank account.", "awareness", "en", True),
    ("যারা পার্সোনাল বিকাশে টাকা চায় তারা প্রতারক, শুধু এজেন্সির ব্যাংক একাউন্টে টাকা দিন।", "awareness", "bn", True),
    ("jara personal bkash e taka chay tara protarok, shudhu agency r bank account e taka din", "awareness", "bn-Latn", True),
    ("Free legal aid for workers whose wages were withheld abroad: call the Wage Earners' Welfare Board.", "awareness", "en", True),
    ("Dream Overseas, RL 0566: Saudi cleaning jobs, 1000 riyal, total cost Tk 1,65,000 as fixed by the ministry, pay at the bank only.", "official", "en", True),
    ("ড্রিম ওভারসিজ, আরএল ০৫৬৬: সৌদিতে ক্লিনিং, বেতন ১০০০ রিয়াল, মন্ত্রণালয় নির্ধারিত খরচ, টাকা শুধু ব্যাংকে।", "official", "bn", True),
    ("dream overseas RL 0566: saudi te cleaning er kaj, beton 1000 riyal, montronaloy nirdharito khoroch, taka shudhu bank e", "official", "bn-Latn", True),
    ("Bank transfer of BDT 25,000 to Dream Overseas received, ref migration fee, receipt no 4471.", "receipt", "en", True),
    ("bhai 2000 taka nagad e dilam, mobile recharge ar bajar er jonno", "receipt", "bn-Latn", True),
    ("Alhamdulillah the madam here is kind, I have my own room, my passport and my phone.", "worker_content", "en", True),
    ("alhamdulillah ekhane madam bhalo, nijer room ase, passport ar phone amar kache", "worker_content", "bn-Latn", True),
    ("আলহামদুলিল্লাহ ম্যাডাম ভালো, নিজের রুম আছে, পাসপোর্ট আর ফোন আমার কাছেই।", "worker_content", "bn", True),
    ("This month salary came late by a week but they paid with overtime, no problem.", "worker_content", "en", True),
    ("Abbu kept my phone until I finish my homework 😤", "family", "en", True),
    ("abbu homework shesh na kora porjonto phone rekhe dise 😤", "family", "bn-Latn", True),
    ("Don't tell bhabi about the gift, we will surprise her on Friday.", "family", "en", True),
    ("ভাবিকে গিফটের কথা বলবা না, শুক্রবার সারপ্রাইজ দিব।", "family", "bn", True),
    ("The kids locked themselves in the room to play games all day.", "family", "en", True),
    ("If you don't return my charger I'll sell your bike 😂", "joke", "en", True),
    ("amar charger ferot na dile tor cycle bikri kore dibo 😂", "joke", "bn-Latn", True),
    ("Uncle is 70 now, he went to Malaysia in 1990 for work, long story.", "chatter", "en", False),
    ("ভাইয়া সৌদিতে ১০ বছর ধরে আছে, বেতন ভালো, এবার ঈদে আসবে।", "family", "bn", True),
    ("Send me the passport copy for the Umrah booking, the agency needs it by Thursday.", "family", "en", True),
    ("umrah booking er jonno passport er copy pathao, agency brihospotibar er moddhe chay", "family", "bn-Latn", True),
]


def build() -> list[dict]:
    out: list[dict] = []
    for n, (text, category, script) in enumerate(POS, 1):
        out.append({"id": f"dev2-{n:04d}", "text": text, "label": "flag", "category": category, "script": script,
                    "voice": "victim_or_recruiter", "hard": False, "entities": []})
    for n, (text, voice, script, hard) in enumerate(NEG, len(POS) + 1):
        out.append({"id": f"dev2-{n:04d}", "text": text, "label": "ok", "category": None, "script": script,
                    "voice": voice, "hard": hard, "entities": []})
    return out


def main(argv: list[str]) -> int:
    items = build()
    with open(Path(__file__).parent / "dev2.jsonl", "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"dev2: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
