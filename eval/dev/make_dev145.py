"""Blind evaluation set dev145 (trafficking / forced-labour indicators in chat text).

Date: 2026-12-07.
The writer of this set never read the detector's rules, the other evaluation sets or the tool's code;
only the brief and sections 1 and 2.1 of the shared indicator research note.
Persona: a master's student in Dhaka researching online job ads who has collected posts, comments and direct messages (mostly English, some Banglish and Bengali) from Facebook pages and Telegram channels offering "spa", "hostess", "babysitter", "cleaner" and "waitress" jobs in Dubai, Jordan, Lebanon and Iraq, and the chats of women who answered them.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev145.jsonl"
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


BTC1 = btc("dev145-btc-1")
TRON1 = tron("dev145-tron-1")
ETH1 = eth("dev145-eth-1")

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
# ---- recruitment_deception (8): en 3, bn-Latn 3, bn 2
F("recruitment_deception", "en",
  "URGENT!! Hostess needed for 5 star hotel lounge in Dubai \U0001F1E6\U0001F1EA Salary 3500 AED + tips. FREE visa FREE ticket FREE accommodation. "
  "No experience no English needed, age 20-30 only, send full size photo in inbox. More info https://gulfdreamjobs-bd.blogspot.com/hostess "
  "or WhatsApp +971 52 418 7730",
  [("url", "https://gulfdreamjobs-bd.blogspot.com/hostess"), ("phone", "+971524187730")])
F("recruitment_deception", "en",
  "they told me its babysitter job for a doctor family in Amman, 2 kids. when i reached the office here they said family cancelled "
  "and now i have to go to a 'massage center' with the other girls. i never agreed to this sis, i never")
F("recruitment_deception", "en",
  "Sis dont worry about the contract paper, that one is only for the airport people. Real work and salary we will discuss after you land in Erbil. "
  "Visa is tourist but boss will change it later, everyone comes like this only")
F("recruitment_deception", "bn-Latn",
  "Apu ami to cleaner er kaj bole ashchilam. ekhane eshe dekhi eta restaurant na, raat e club e drinks serve korte hoy ar customer er sathe boshte hoy. "
  "salary bolchilo 1200 dirham, dicche 600")
F("recruitment_deception", "bn-Latn",
  "Lebanon e babysitter er visa ache. Passport dile 15 diner moddhe flight, medical training kisu lagbe na, BMET card o lagbe na airport e amra manage kori. "
  "Shudhu mohila, boyosh 18-28. Passport er pic ar NID pathan 01923-581047 (whatsapp)",
  [("phone", "+8801923581047")])
F("recruitment_deception", "bn-Latn",
  "Spa te receptionist er kaj, kono massage korte hobe na shudhu customer der booking nibe \U0001F60A Deira te. Ami nije niye jabo, "
  "prothome tourist visa te jabo pore company work permit kore dibe inshallah, tension nio na")
F("recruitment_deception", "bn",
  "আপা, বিজ্ঞাপনে লিখছিল জর্ডানের গার্মেন্টসে কাজ, মাসে ৪০ হাজার টাকা। এখানে এনে একটা বাসায় রেখে দিছে, বলে এখন থেকে তুমি এই বাসার কাজের মেয়ে। "
  "যে চুক্তিতে সই করছিলাম ওইটা আরবিতে লেখা, আমি কিছুই বুঝি নাই")
F("recruitment_deception", "bn",
  "ইরাকে হাসপাতালে ক্লিনার লাগবে, বেতন ৫০০ ডলার, থাকা খাওয়া ফ্রি। শুধু মেয়েরা যোগাযোগ করবেন, দেখতে সুন্দর হলে বেতন বেশি। "
  "ইনবক্সে ছবি দিন অথবা কল ০১৮৪৫৩৯২৭১৬",
  [("phone", "+8801845392716")])

# ---- fees_and_debt (8): en 3, bn 3, bn-Latn 2
F("fees_and_debt", "en",
  "Your visa and ticket cost the company 4500 dollars. You will work and pay back from salary, 300 every month. "
  "If you leave before finish, you pay all remaining at once. This is same rule for all girls, nothing special for you")
F("fees_and_debt", "en",
  "madam says i owe her 9000 AED now. she adds rent, food, the 'visa change' and even fine for my phone. every month it goes up not down. "
  "5 months i am working and i owe more than the day i came")
F("fees_and_debt", "en",
  "Processing fee 2,50,000 BDT for Jordan hostess visa. 1 lakh advance before medical, rest after stamping. No money receipt because this is private channel, "
  "trust is our business \U0001F64F Send passport + NID copy to jobs.gulfcareers.bd@gmail.com",
  [("email", "jobs.gulfcareers.bd@gmail.com")])
F("fees_and_debt", "bn",
  "দুবাই আসার পর আরো দেড় লাখ টাকা চাইতেছে, বলে এয়ারপোর্ট থেকে আনার খরচ আর আকামার টাকা। না দিলে কাজ দিবে না। "
  "মা আগেই জমি বন্ধক দিছে, এখন আবার কই পাবো")
F("fees_and_debt", "bn",
  "মামা বলছে লেবাননে যাওয়ার সব খরচ উনি দিবেন, পরে বেতন থেকে কাটবেন। প্রথম আট মাসের বেতন পুরাটাই উনার কাছে যাবে। "
  "এখন বলে এর মধ্যে সুদও আছে, হিসাব উনি রাখবেন")
F("fees_and_debt", "bn",
  "প্রথম ছয় মাসের বেতন এজেন্সির, কারণ তোমার ভিসার টাকা ওরা দিছে। ছয় মাস পরে যা পাবা সব তোমার। এর মধ্যে কাজ ছাড়লে জরিমানা ৩ লাখ টাকা, ভাইবা দেখো")
F("fees_and_debt", "bn-Latn",
  "Apa amar kach theke 3 lakh 80 hajar nise, bolse Jordan er hotel e waitress. Ekhon bole ar 70 hajar na dile visa ashbe na, ager taka o ferot dibe na. "
  "ami sudh e taka nisi apa. dalal er number 01318-642097",
  [("phone", "+8801318642097")])
F("fees_and_debt", "bn-Latn",
  "Tomar ticket er dam, room bhara, khawar khoroch sob minus hobe. Ei mash e tomar salary zero, ulta 200 dinar baki. Kaj koro, aste aste shodh hoye jabe")

# ---- isolation_and_control (7): en 3, bn 2, bn-Latn 2
F("isolation_and_control", "en",
  "we are 6 girls in one flat, door locked from outside and only the driver has key. he takes us to spa at 2pm and brings back 4am. "
  "we cant even go to the grocery alone")
F("isolation_and_control", "en",
  "Madam took my phone first day. I am writing from the Nepali girl phone secretly, please dont call this number only message. "
  "Tell my sister (01552-739146) I am alive",
  [("phone", "+8801552739146")])
F("isolation_and_control", "en",
  "Rules for new girls: no personal phone first 3 months. No boyfriend. No going out without Boss permission. "
  "Dont talk to Bangladeshi people outside. Family call only Friday, on speaker.")
F("isolation_and_control", "bn",
  "আমাকে বলে দিছে বাড়িতে ফোন দিলে শুধু বলবা ভালো আছি, বেতন পাইতেছি। মালিকের ছেলে পাশে দাঁড়ায়ে শোনে। এক বছর বাইরে যাই নাই, জানালাও খোলা নিষেধ")
F("isolation_and_control", "bn",
  "পাসপোর্ট অফিসে রেখে দিছে, বলে এইটাই নিয়ম। আকামা কার্ড কোনোদিন চোখে দেখি নাই, বাইরে পুলিশ ধরলে আমার কাছে কোনো কাগজ নাই। "
  "আমার পাসপোর্ট নাম্বার A07382914, কেউ দূতাবাসে জানাইতে পারবেন?",
  [("bd_passport", "A07382914")])
F("isolation_and_control", "bn-Latn",
  "Boss bole amra jodi basha theke ber hoi police dhorbe, tai sobai bhitore thaki. Bajar o uni nije kine ane. Amar passport unar almari te tala deya")
F("isolation_and_control", "bn-Latn",
  "Apnar sathe kotha bolar por amar facebook id delete kore dise, notun sim o dibe na bolse. Ei msg ta basar wifi diye lukiye pathacchi, "
  "please amar kotha karo ke bolben na")

# ---- labour_exploitation (7): bn-Latn 3, en 2, bn 2
F("labour_exploitation", "bn-Latn",
  "Sokal 6 ta theke raat 1 ta porjonto kaj, 3 ta baccha ar 5 room er basha. 7 mash hoye gelo ek din o chuti nai. Duporer baki khabar gula raate khete dey")
F("labour_exploitation", "bn-Latn",
  "4 mash er beton dey nai apa. Madam bole sob ekbare dibe contract shesh hole, ekhon dile naki ami palai jabo. "
  "Madam er number +962 78 641 2290, apni ektu kotha bolben?",
  [("phone", "+962786412290")])
F("labour_exploitation", "bn-Latn",
  "Spa te 14 ghonta duty, customer na thakle o boshe thakte hoy. Salary bolse chilo 1500, hate pai 400 dirham, "
  "bole tips theke company percentage kete ney")
F("labour_exploitation", "en",
  "I clean 3 houses now, madam sends me to her sister and her mother also, no extra money. I sleep on the kitchen floor, "
  "food is bread and tea only. my hands are burning from the chemicals")
F("labour_exploitation", "en",
  "Salary is kept with sir for your safety, he will give all when you go home. You get 50 dinar pocket money monthly, enough for shampoo. Dont ask again.")
F("labour_exploitation", "bn",
  "দিনে একবার খাবার দেয়, ভাত আর ডাল। অসুখ হইলেও কাজ করা লাগে, ডাক্তার দেখায় না। বেতন চাইলে বলে আগে তোমার খরচ উঠাও")
F("labour_exploitation", "bn",
  "হোটেলে ওয়েট্রেস বলছিল, এখন রান্নাঘরে থালাবাসন ধোয়া আর রাতে মালিকের বাসার কাজ। ২০ ঘণ্টা দাঁড়ায়ে থাকি, পা ফুলে গেছে। ছুটির কথা বললে বলে চলে যাও, পাসপোর্ট পাবা না")

# ---- sexual_exploitation (8): en 2, bn-Latn 3, bn 3
F("sexual_exploitation", "en",
  "New Bangladeshi girls just arrived \U0001F338\u2708\uFE0F young, fresh, little English. Available at our spa in Al Barsha, full service, outcall also. "
  "Booking only Telegram @dxb_rose_lounge",
  [("telegram", "@dxb_rose_lounge")])
F("sexual_exploitation", "en",
  "the massage is not massage. customers pay madam at reception and we must go to the room with them. if i refuse she adds 500 to my debt paper. "
  "i am so ashamed to tell you this")
F("sexual_exploitation", "bn-Latn",
  "Apu hostess mane ki ami jantam na. Raate customer der sathe drinks khete hoy, tarpor je customer chay tar sathe hotel e jete hoy. Na gele boss khabar bondho kore dey")
F("sexual_exploitation", "bn-Latn",
  "Ei meye ta notun, 19 bochor, Dhaka theke ashche. Rate 500 dirham ek raat, hotel apnar. Payment age, boss er whatsapp +971 56 702 3318",
  [("phone", "+971567023318")])
F("sexual_exploitation", "bn-Latn",
  "Proti din kom kore 8 ta customer nite hobe, na hole oi diner taka katbe. Ami bolsi ami shudhu massage korbo, ora hashe")
F("sexual_exploitation", "bn",
  "ডান্স বারে হোস্টেসের কাজ বলছিল। এখন প্রতি রাতে কাস্টমারের সাথে বাইরে পাঠায়, টাকা পুরাটা ম্যাডাম নেয়। আমি আর পারতেছি না আপা")
F("sexual_exploitation", "bn",
  f"নতুন চালান আসছে দেশ থেকে, ৪ জন। সবাই ফর্সা, বয়স কম। বুকিং দিতে চাইলে আগে জানান, সপ্তাহের রেট আলাদা। অ্যাডভান্স USDT ERC20 তে: {ETH1}",
  [("eth_address", ETH1)])
F("sexual_exploitation", "bn",
  "আমাকে একজনের কাছে বেইচা দিছে, এখন এরবিলে নতুন জায়গায়। এখানে সবাই এক রুমে ঘুমাই, ওই রুমেই দিনে কাস্টমার আসে। কাউকে বলবেন না আমি লিখছি")

# ---- minors (7): en 2, bn 3, bn-Latn 2
F("minors", "en",
  "Need 3 girls babysitter/housemaid for Amman, age 14 to 17 prefer, small body, family want young so they learn fast. "
  "We make passport age 22 no problem. wa.me/962795538217",
  [("whatsapp", "+962795538217")])
F("minors", "en",
  "my cousin is 15, they took her to Dubai with a passport that says 23. she told me on IMO she works in a 'beauty spa' at night and cant come back. please what do i do")
F("minors", "bn",
  "বয়স কম হলে সমস্যা নাই, জন্ম নিবন্ধন বদলায়ে পাসপোর্ট করে দিব। ১৬ বছরের মেয়ে দিয়াও হাউজমেইড ভিসা হয়ে যাবে, খরচ একটু বেশি পড়বে")
F("minors", "bn",
  "আমার মেয়ের বয়স ১৩, দালাল বলে দুবাইতে এক ফ্যামিলিতে বাচ্চা দেখাশোনা করবে, মাসে ৩০ হাজার পাঠাবে। কাগজে বয়স বাড়ায়ে দিবে বলছে, কাউকে জানাইতে মানা করছে")
F("minors", "bn",
  "কাস্টমাররা কম বয়সী মেয়ে চায়। স্কুলের ড্রেস পরায়ে ছবি তুলে পাঠাও, ১৭ এর নিচে হলে রেট ডাবল")
F("minors", "bn-Latn",
  "Meye ta 16 bochor kintu dekhte boro lage, problem hobe na. Jordan er factory te nibo, passport e DOB 2001 dibo. Baba ma ke bolben mashe 25 hajar pathabe")
F("minors", "bn-Latn",
  "Amar choto bon 14 bochor, take o niye ashche same basha te. Madam bole or chhoto hath e plate bhalo dhoy. School nai, raat 12 ta porjonto kaj kore")

# ---- payments_and_proceeds (8): en 2, bn 3, bn-Latn 3
F("payments_and_proceeds", "en",
  "Send the balance 85,000 to this bKash personal 01936-482715, split in 3 parts not more than 30k each so it doesnt get flagged. "
  "After send give me TrxID in inbox, dont write anything in reference",
  [("phone", "+8801936482715")])
F("payments_and_proceeds", "en",
  f"Customer pays USDT only. TRC20: {TRON1} . Send screenshot after payment then girl comes to your hotel. No cash to the girls.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "bn",
  "ভিসার বাকি টাকা নগদে পাঠান ০১৭৫৮২৯৩৬৪১ নাম্বারে, ক্যাশআউট চার্জ সহ। রেফারেন্সে শুধু 'বাসা ভাড়া' লিখবেন, অন্য কিছু লিখবেন না",
  [("phone", "+8801758293641")])
F("payments_and_proceeds", "bn",
  "মেয়েদের বেতন সরাসরি বাড়িতে যাবে না, আমাদের এজেন্টের বিকাশে আসবে, ও পরে ফ্যামিলিরে দিবে। যা দেয় সেটাই ঠিক। এই মাসের টা পাঠাইলাম ২০,০০০, TrxID 8N4K2JX7QA",
  [("mfs_transaction", "8N4K2JX7QA")])
F("payments_and_proceeds", "bn",
  "দুবাইয়ের হুন্ডির লোক টাকা দিবে, দেশে মাদারীপুরে এজেন্টের কাছ থেকে তুলে নিবেন। মেয়েদের ইনকাম সব এই পথে আসে, ব্যাংকে ভুলেও রাখবা না")
F("payments_and_proceeds", "bn-Latn",
  "Bhai ei mash er collection 4 ta meye theke 2,40,000 taka. Nagad e 5 bhag kore pathacchi, prothom ta TxnID 73KD9QPW, baki gula IMO te dicchi",
  [("mfs_transaction", "73KD9QPW")])
F("payments_and_proceeds", "bn-Latn",
  "Passport ferot paite chaile 1 lakh taka pathate bolse amar abbu ke, ei bKash e 01614-297358. Taka na dile amake charbe na bolse",
  [("phone", "+8801614297358")])
F("payments_and_proceeds", "bn-Latn",
  f"Apu agent bolse BTC te pathate, address dilam {BTC1} eta ki jinish? Bole Dubai er 'agency fee' eibhabe nite hoy. Amar kache to shudhu bKash ache",
  [("btc_address", BTC1)])

# ---- threats_and_coercion (7): en 3, bn-Latn 2, bn 2
F("threats_and_coercion", "en",
  "You think you can run? Your iqama is not made. Outside police will catch you, jail then deport, and we will tell your whole village what work you did here. "
  "Think about your mother.")
F("threats_and_coercion", "en",
  "If you go to embassy we file absconding case on you, you will be blacklisted and never come Gulf again. And your brother in Cumilla, we know his shop.")
F("threats_and_coercion", "en",
  "i tried to refuse one customer yesterday and the manager hit me with his belt and locked me in the store room with no food. he says next time worse")
F("threats_and_coercion", "bn-Latn",
  "Tor video ache amader kache. Beshi kotha bolle tor jamai r shoshur barir shobar kache pathiye dibo, tor insta @rupa_akter_22 e o dibo. Chupchap kaj kor",
  [("instagram", "@rupa_akter_22")])
F("threats_and_coercion", "bn-Latn",
  "Apa ami kaj korte na chaile bole 'tomake Syria border e bechbo'. Gotokal amar roommate ke marse, mukh fule ache ekhono")
F("threats_and_coercion", "bn",
  "তোর বাপের নামে মামলা দিব, বলব টাকা মাইরা পালাইছস। দেশের থানায় আমাদের লোক আছে। চুপচাপ যা বলি কর")
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করছিলাম, ধরে আইনা কারেন্টের শক দিছে। বলে আবার করলে মাইরা মরুভূমিতে ফালায়ে দিবে, কেউ খুঁজেও পাবে না")

# ================================================================ OK (60)
# ---- news
N("news", "en",
  "Dubai Police arrest 11 in massage-centre raid; seven women, including Bangladeshis, rescued and referred to a shelter, officials said on Tuesday.")
N("news", "en",
  "RAB-3 detains recruiting agent in Paltan accused of sending women to Jordan on fake contracts; families say they paid Tk 3 lakh each.")
N("news", "bn",
  "ইরাকে পাচার হওয়া ১২ নারীকে দেশে ফেরত আনা হয়েছে। ব্র্যাক মাইগ্রেশন প্রোগ্রাম জানায়, তাদের অনেককে গৃহকর্মীর কাজের কথা বলে নেওয়া হয়েছিল।")
N("news", "bn",
  "লেবানন থেকে ফেরা নারীকর্মীরা বকেয়া বেতন আদায়ে দূতাবাসের মাধ্যমে আবেদন করতে পারবেন, জানিয়েছে প্রবাসী কল্যাণ মন্ত্রণালয়।")
N("news", "bn",
  "আম্মানের আদালতে দুই রিক্রুটারের ৭ বছরের কারাদণ্ড। গৃহকর্মীদের পাসপোর্ট আটকে রাখা ও বেতন না দেওয়ার প্রমাণ পেয়েছে আদালত।")
N("news", "bn-Latn",
  "Khobor dekhlam Motijheel e ekta fake agency dhora porse, Dubai spa job er nam e meye pathaito. Police bolse 12 jon er family mamla korse")

# ---- awareness
N("awareness", "en",
  "\u26A0\uFE0F Before you apply: a real employer never asks for a 'full body' photo, never asks you to pay for your visa, and never keeps your passport. "
  "Check the agency licence on https://www.bmet.gov.bd before paying anyone.",
  [("url", "https://www.bmet.gov.bd")])
N("awareness", "en",
  "If someone offers 'free visa + free ticket + 4000 AED' for spa or hostess work with no interview, screenshot it and report it. Share so your sister or cousin sees this.")
N("awareness", "en",
  "Our shelter in Beirut has space for 10 more women. If you or someone you know is stuck with an employer who took her passport, message us on WhatsApp +961 76 418 209. "
  "Free, confidential, no agency involved.",
  [("phone", "+96176418209")])
N("awareness", "bn",
  "সতর্কতা: বিদেশে চাকরির কথা বলে কেউ আপনার পাসপোর্ট নিজের কাছে রাখতে চাইলে দিবেন না। রিক্রুটিং এজেন্সির লাইসেন্স নম্বর বিএমইটির ওয়েবসাইটে মিলিয়ে নিন।")
N("awareness", "bn",
  "বোনেরা, ফেসবুকে 'দুবাইতে বেবি সিটার, বেতন ২ লাখ' এমন পোস্ট দেখলে সাবধান। আগে টাকা চাইলে, ছবি চাইলে, কম বয়সী মেয়ে চাইলে বুঝবেন কিছু একটা ঠিক নাই।")
N("awareness", "bn",
  "মানব পাচার প্রতিরোধে আলোচনা সভা: 'অনলাইনে চাকরির বিজ্ঞাপন, প্রতারণা ও নিরাপদ অভিবাসন'। স্থান: টিএসসি, সময় বিকাল ৩টা। সবাই আমন্ত্রিত।")
N("awareness", "bn-Latn",
  "Apura keu jodi bole 'tourist visa te jao, pore work permit kore dibo', eta bishshash korben na. Tourist visa te kaj kora illegal, dhora porle deport.")
N("awareness", "bn-Latn",
  "Bideshe jawar age family ke employer er address, phone number ar passport er copy diye jaben. Bipode porle embassy r labour wing e jogajog korben.")

# ---- official
N("official", "en",
  "M/s Green Crescent Overseas (RL-1543). Demand: 40 female cleaners, hospital in Al Ain, UAE. Salary AED 1,300 + overtime, 8 hrs/day, weekly off. "
  "Employer pays visa, ticket and medical. Migration cost only as per govt notice, no middleman. CV to hr@greencrescent-bd.com or call 01711-905234",
  [("email", "hr@greencrescent-bd.com"), ("phone", "+8801711905234")])
N("official", "en",
  "Embassy of Bangladesh, Beirut: workers whose passports are held by employers may apply for a travel permit at the Labour Wing, Sunday to Thursday 9am-2pm. "
  "Bring any copy of passport or NID.")
N("official", "en",
  "MoHRE reminder: domestic workers' salaries must be paid by the 10th of each month. Workers may report late payment or passport retention to the Ministry free of charge.")
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: জর্ডানের পোশাক কারখানায় নারী কর্মী নিয়োগ। অভিবাসন ব্যয় সরকার নির্ধারিত, এর বেশি কাউকে টাকা দিবেন না। আবেদন 'আমি প্রবাসী' অ্যাপে।")
N("official", "bn",
  "দূতাবাস নোটিশ: ইরাকে অবৈধভাবে অবস্থানরত বাংলাদেশি কর্মীরা সাধারণ ক্ষমার আওতায় জরিমানা ছাড়াই দেশে ফিরতে পারবেন। যোগাযোগ +964 770 381 5562",
  [("phone", "+9647703815562")])
N("official", "bn-Latn",
  "Amader agency theke Jordan garments e 25 jon mohila nibo. Beton 125 JOD + overtime, thaka khawa company. Sob kagoj BMET diye, smart card chara keu flight korbe na. "
  "Office Naya Paltan, license RL-0921")

# ---- receipt
N("receipt", "bn",
  "আপনি ০১৭১২৬৪৮৩০৯ নম্বরে ৫,০০০ টাকা সেন্ড মানি করেছেন। ফি ০.০০ টাকা। ব্যালেন্স ১২,৪৫০.৭৫ টাকা। TrxID BGH7K2M9PX ১২/১১/২০২৬ ১৯:৪২",
  [("phone", "+8801712648309"), ("mfs_transaction", "BGH7K2M9PX")])
N("receipt", "en",
  "You have received Tk 18,500.00 from 01829374615. Ref: ammar oshudh. Fee Tk 0.00. Balance Tk 19,210.40. TrxID CJK4R8T2WE at 03/12/2026 10:15",
  [("phone", "+8801829374615"), ("mfs_transaction", "CJK4R8T2WE")])
N("receipt", "en",
  "Nagad: Remittance Tk 10,000 received from Al Noor Exchange, Dubai. Incentive Tk 250 added. TxnID 72HF4KD9. Balance Tk 10,325.60",
  [("mfs_transaction", "72HF4KD9")])
N("receipt", "en",
  "Western Union: Transfer of AED 1,200.00 to MST RUBINA KHATUN, Bangladesh is available for pickup. Thank you for choosing us.")
N("receipt", "bn",
  "নগদ: আপনার অ্যাকাউন্টে ৳২৫,০০০ রেমিটেন্স এসেছে, সাথে ২.৫% প্রণোদনা ৳৬২৫। TxnID 7A9KQ2XB",
  [("mfs_transaction", "7A9KQ2XB")])
N("receipt", "bn-Latn",
  "Ma 20 hajar pathalam bKash e, TrxID AKL39Q7ZRM. 5 hajar abbar oshudh er, baki tomar. Salary ajke dise madam, alhamdulillah",
  [("mfs_transaction", "AKL39Q7ZRM")])

# ---- family
N("family", "bn-Latn",
  "Apu passport renew hoye gese, 10 bochor er e-passport, notun number A04417382. Dulabhai er kache rekhe jacchi, Friday te niye nio",
  [("bd_passport", "A04417382")])
N("family", "bn",
  "মা, পাসপোর্ট আর এনআইডির ফটোকপি তোমার আলমারিতে রাখলাম। এনআইডি নাম্বার ১৯৯৮২৬৯৭৫২৩৪১৮৪০৬ লিখে রাখো। আসলটা আমার কাছেই থাকবে, কাউকে দিব না, চিন্তা কইরো না",
  [("bd_nid", "19982697523418406")])
N("family", "en",
  "Sis how is the babysitting in Amman, did they give you your day off this week? Ammu keeps asking. Call on Friday when you are free \u2764\uFE0F")
N("family", "bn",
  "তোর বিয়ের জন্য টাকা জমাইতেছি, দুবাই থেকে এই মাসে ৩০ হাজার পাঠাব। হলুদের দিন ভিডিও কল দিস কিন্তু")
N("family", "bn-Latn",
  "Bhabi, Rina ke bideshe pathano niye abba r sathe kotha bolsen? Amar mone hoy agency ta age check kora dorkar, TV te dekhlam onek meye ke fake kaj er kotha bole nicche")
N("family", "en",
  "Mum I reached Amman safe. The family picked me from the airport, they have 2 little boys. Madam gave me my own room and a local SIM. Will call tonight insha'Allah")
N("family", "bn",
  "ভাইয়া, লোনের কিস্তি এই মাসে একটু দেরি হবে, কোম্পানি বলছে বেতন ১৫ তারিখে দিবে। রাগ করিস না, দিয়া দিব")

# ---- joke
N("joke", "bn-Latn",
  "Ami Dubai te hostess er job paisi \U0001F60E mane basay guest ashle cha nasta dei, salary = ammu r dua \U0001F602")
N("joke", "bn-Latn",
  "Amar ammu ke bollam masters er jonno bidesh jabo, bole 'passport ta amake de, gohona r sathe almari te rakhi' \U0001F602\U0001F602 eta ki passport retention na?")
N("joke", "bn",
  "বস বলছে ওভারটাইম করলে পিৎজা দিবে। ১৬ ঘণ্টা কাজ করে এক স্লাইস পিৎজা, এইটাই কর্পোরেট দাসত্ব \U0001F602")
N("joke", "bn-Latn",
  "Amar bou amar phone confiscate kore rakhse, bole Ludo khela bondho na korle ferot dibe na \U0001F62D bhai help")
N("joke", "en",
  "Spa day with the girls this Friday \U0001F486\u200D\u2640\uFE0F who's in? Gulshan 2, they have a deep tissue package for 2500 tk lol my back needs it")

# ---- worker_content
N("worker_content", "en",
  "3 years now as a nanny in Dubai Marina. Sir and madam are kind, I get every Friday off, salary always on time through the bank. "
  "Alhamdulillah. Dont believe everyone who says all Gulf is bad.")
N("worker_content", "en",
  "Waitress at a hotel cafe in Erbil, 9 hour shift, tips are good from the oil company guys. Manager is strict about uniform but pays on the 1st every month.")
N("worker_content", "en",
  "Just finished my 2 year contract in Beirut as office cleaner. Employer paid my ticket home, gave my passport and final settlement in my hand. Coming home Thursday!!")
N("worker_content", "bn",
  "আমি জর্ডানের গার্মেন্টসে দুই বছর ধরে আছি। ওভারটাইম করলে বেশি টাকা পাই, পাসপোর্ট আমার কাছেই থাকে। ডরমেটরিতে চার জন এক রুমে, খারাপ না।")
N("worker_content", "bn",
  "আমার কফিল মহিলা খুব ভালো, ঈদে বোনাস দিছে ২০০ দিনার, দেশে ভিডিও কল দিতে ফ্রি ওয়াইফাই। কাজ অনেক কিন্তু সম্মান পাই।")
N("worker_content", "bn-Latn",
  "Abu Dhabi te ekta licensed salon er spa te receptionist hisebe kaj kori. Visa company diyeche, ami ek taka o dei nai. Raat 10 tay duty shesh, tarpor company bus")
N("worker_content", "bn-Latn",
  "Ami Probashi app e registration hoye gese, fingerprint o disi. Ekhon 3 diner training, tarpor smart card. Agency kono extra taka chay nai, alhamdulillah")

# ---- chatter (hard: same topics)
N("chatter", "en",
  "For my thesis I am coding 300 Facebook posts for Gulf spa and hostess jobs. Does ethics board need consent for public comments? "
  "Supervisor says anonymise all phone numbers. Mail me at rumana.h.research@gmail.com",
  [("email", "rumana.h.research@gmail.com")])
N("chatter", "en",
  "Reminder: focus group with returnee women at the centre on Sunday. Bring consent forms, recorder and the transport money envelopes (500 tk each).")
N("chatter", "bn-Latn",
  "Interested apu. Salary koto ar female only naki? Ami Uttara te 2 bochor receptionist chilam. whatsapp 01799-318254",
  [("phone", "+8801799318254")])
N("chatter", "bn-Latn",
  "Bhai ei 'Dubai Hostess Job BD' page ta ki real? Comment e sobai interested likhse, keu ki gese? Ami license number chaisi, ekhono reply dey nai")
N("chatter", "bn-Latn",
  "Tumi je screenshot gula pathaiso, Jordan er ad gula, ogula spreadsheet e tule rakhsi. Presentation e phone number gula mask kore dibo")
N("chatter", "bn",
  "ভাই লেবাননের বেবিসিটার ভিসার খরচ এখন কত? সরকারি রেটটা জানতে চাই, দালালরা একেক জন একেক কথা বলে।")

# ---- everyday (not hard)
N("chatter", "en", "Class moved to room 402 tomorrow, bring your laptops", hard=False)
N("chatter", "en", "Happy birthday Nusrat!! \U0001F382 have a great year ahead", hard=False)
N("chatter", "en", "Is the library open on Saturday? need to return two books before the fine starts", hard=False)
N("chatter", "bn", "আজকে বৃষ্টির জন্য বাসায় ফিরতে দেরি হবে, খাবার ঢেকে রাখো", hard=False)
N("chatter", "bn", "আম্মু, ডিম আর পেঁয়াজ আনতে হবে? দোকানে আছি", hard=False)
N("chatter", "bn", "শুক্রবার ছোট মামার বিয়ের দাওয়াত, সবাই সাতটার মধ্যে চলে আসবেন।", hard=False)
N("chatter", "bn-Latn", "Dosto kal khela dekhbi? Bangladesh vs India, 7 tay shuru", hard=False)
N("chatter", "bn-Latn", "Thesis er chapter 2 jama dite hobe shombar, kisu reference pathaite parbi?", hard=False)
N("chatter", "bn-Latn", "Mohammadpur er kache keu second hand cycle bikri korbe? budget 8k", hard=False)


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
    random.Random(145).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev145-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
