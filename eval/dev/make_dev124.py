"""Blind evaluation set dev124 for the trafficking-indicator detector.

Date: 2026-12-07.
The writer never read the tool's rules, the other evaluation sets or the tool's code.
Persona: a cyber-crime unit analyst in Dhaka going through teenagers' and young women's phones after
TikTok/Likee 'video star', 'model' and 'dance troupe' offers took girls across the Indian border,
reading recruiters' voice-note transcripts and DMs, the girls' chats with friends, and ordinary
teenagers' social-media chatter.
"""
import hashlib
import json
import random
import re
from collections import Counter

OUT = "eval/dev/dev124.jsonl"
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


BTC1 = btc("dev124-btc-1")
TRON1 = tron("dev124-tron-1")
ETH1 = eth("dev124-eth-1")

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

# ---- recruitment_deception (8: bn 3, bn-Latn 3, en 2)
F("recruitment_deception", "bn",
  "আপু তোমার ভিডিও গুলা দেখলাম, মাশাল্লাহ অনেক সুন্দর নাচো 😍 আমাদের একটা ডান্স গ্রুপ আছে ইন্ডিয়াতে, "
  "বেঙ্গালুরে শো করে। মাসে ৬০-৭০ হাজার আরামসে। পাসপোর্ট ভিসা কিছু লাগবে না, আমরাই সব করে দিব। "
  "আমাদের পেজ দেখো @starline_dance_crew",
  [("instagram", "@starline_dance_crew")])
F("recruitment_deception", "bn",
  "[ভয়েস মেসেজ ০:৪৭] শোনো, ওইখানে শুধু শুটিং হবে, মিউজিক ভিডিও। হোটেলে থাকবা, খাওয়া দাওয়া সব ফ্রি। "
  "প্রথম মাসেই ৫০ হাজার বেতন, চাইলে মায়ের কাছে বিকাশ করে দিতে পারবা। কোনো খারাপ কাজ নাই, "
  "আমার নিজের বোনও ওখানে আছে, বিশ্বাস না হইলে ওর সাথে কথা বলায় দিব।")
F("recruitment_deception", "bn",
  "দোস্ত ও বলছিল মুম্বাইয়ে মডেলিং এর কাজ। এখানে আইসা দেখি একটা পার্লার, কোন শুটিং টুটিং কিছুই হয় না। "
  "ফোনে যা যা বলছিল তার একটাও মিলে না রে")
F("recruitment_deception", "bn-Latn",
  "Hi dear, apnar Likee video dekhe amader director pochondo korse. Kolkata te ekta web series er shooting, "
  "3 mash er contract, 1.5 lakh. Passport lagbe na, border er lok amader. Kal Jessore chole aso, bus bhara ami dibo. "
  "amar number 01785-302614 e IMO koren",
  [("phone", "+8801785302614")])
F("recruitment_deception", "bn-Latn",
  "oi bhai je bolse video star banabe, 10k follower er account kine dibe... ekhane ese dekhi kono camera i nai. "
  "kaaj holo barir kaaj r ranna. beton er kotha jiggesh korle bole 'pore hobe'")
F("recruitment_deception", "bn-Latn",
  "Apu tension nio na, ami nije niye jabo. Hyderabad e amar cousin er dance academy, shudhu stage show. "
  "Apnar ammu ke bolben Dhaka te garments e job paisen, ammu ra eisob bujhbe na 😅")
F("recruitment_deception", "en",
  "Hello Miss, we are casting NEW FACES for a Bollywood music album 🎬✨ Selected girls get free travel to Mumbai, "
  "5-star stay and Rs 80,000 per month. No passport needed, our team handles the border. "
  "Send 3 full length pics on WhatsApp wa.me/917044128390. Limited seats!!",
  [("whatsapp", "+917044128390")])
F("recruitment_deception", "en",
  "He showed her the contract on his phone with some production house stamp, but when Tania's brother checked, "
  "there is no such company in Pune. And the 'visa' he sent her is just a photoshopped pdf")

# ---- fees_and_debt (7: bn 2, bn-Latn 3, en 2)
F("fees_and_debt", "bn",
  "বাড়ি যাবা ভালো কথা, আগে তোমারে আনতে যে খরচ হইছে ওইটা শোধ করো। বর্ডার পার করাইতে ৪০ হাজার, "
  "ঘর ভাড়া, খাওয়া, মেকআপ, ড্রেস — সব মিলে দেড় লাখ রুপি। কাজ করে শোধ করো, তারপর যেখানে খুশি যাও।")
F("fees_and_debt", "bn",
  "আম্মা ওরা বলতেছে প্রতি মাসের টাকা থেকে আমার দেনা কাইটা রাখতেছে। এই মাসে হাতে দিছে মাত্র ২ হাজার রুপি, "
  "বলে আরো ৮০ হাজার বাকি। কবে শেষ হবে আল্লাহ জানে")
F("fees_and_debt", "bn-Latn",
  "Registration fee 15,000 taka lagbe, eta diye tomar profile Mumbai er agency te submit korbo. "
  "Taka ta 01846203917 e bkash koro (personal). Baki ta kaj shuru hole beton theke kete nibe, chinta koro na",
  [("phone", "+8801846203917")])
F("fees_and_debt", "bn-Latn",
  "Madam bolse amar nam e 2 lakh er hishab likha ache. ja kamai kori shob oder kache jay, ami ek taka o pai na. "
  "kobe shesh hobe jani na")
F("fees_and_debt", "bn-Latn",
  "ei mash e abar 20 hajar barlo. bole doctor dekhanor khoroch, police ke deya taka, sob amar hishab e. "
  "jotoi kaj kori dhar kome na 😞")
F("fees_and_debt", "en",
  "Boss says the Satkhira girl still owes 1.2 lakh for the crossing and the room. "
  "Don't let her go to any other show till she clears it, all her tips come to me first.")
F("fees_and_debt", "en",
  "sir one more thing, girls pay 25k each before crossing, thats for linkman and documents. "
  "those who cant pay we adjust from first 4 months salary, they sign a paper for it")

# ---- isolation_and_control (8: bn 3, bn-Latn 2, en 3)
F("isolation_and_control", "bn",
  "মেয়েদের ফোন সব আমার কাছে থাকবে। রাতে ১০ মিনিট দিব বাড়িতে কথা বলতে, লাউডস্পিকারে। "
  "কেউ বাড়ির লোকরে উল্টা পাল্টা কিছু বললে তার ফোন পুরা বন্ধ।")
F("isolation_and_control", "bn",
  "জেরিন আমি একটা অন্য মেয়ের ফোন থেকে লিখতেছি। আমার ফোন নিয়া গেছে। বাইরে যাইতে দেয় না, দরজায় তালা দিয়া রাখে। "
  "আম্মুরে এখন কিছু বলিস না, ওরা জানলে আমারে মারবে। এই মেসেজ ডিলিট করে দিস")
F("isolation_and_control", "bn",
  "বাড়িতে জিজ্ঞাসা করলে বলবা কলকাতায় একটা বিউটি পার্লারে কাজ করো, ভালো আছো। লোকেশন কাউকে দিবা না, "
  "ভিডিও কল আসলে ধরবা না, বলবা নেট নাই।")
F("isolation_and_control", "bn-Latn",
  "Notun meye gula ke ekhono bairer keu jeno na dekhe. Bathroom jawa porjonto Raju shathe thakbe. "
  "Aadhar card ar Bangladeshi kagoj gula ami locker e rekhe dilam")
F("isolation_and_control", "bn-Latn",
  "dost amar insta id o oder hate, password change kore dise. ora amar id theke ammu ke msg dey je ami valo achi, "
  "kaj e busy. ami kisu korte partesi na 😭")
F("isolation_and_control", "en",
  "Keep their phones switched off till we reach Bangalore. No getting down at stations, no talking to anyone on the train. "
  "If anyone asks, they are your cousins going to a wedding.")
F("isolation_and_control", "en",
  "Ma'am I am writing from the neighbour aunty's phone, please don't call back on this number. "
  "They took my passport and my phone after we crossed. The building gate is always locked, one man sits there whole night. "
  "My passport no. is EB0452178 if you need it for the complaint",
  [("bd_passport", "EB0452178")])
F("isolation_and_control", "en",
  "New rule from today: nobody goes down to the shop alone. No TikTok, no Likee, no uploading any video without my check. "
  "Anyone found with a hidden phone goes to the other flat.")

# ---- threats_and_coercion (8: bn 2, bn-Latn 3, en 3)
F("threats_and_coercion", "bn",
  "বেশি চালাকি করলে তোর ওই ভিডিওগুলা তোর গ্রামের সবার কাছে যাবে, তোর বাপের ফেসবুকেও। ভাইবা দেখ কি করবি।")
F("threats_and_coercion", "bn",
  "পালানোর চেষ্টা করলে সোজা পুলিশে দিব। এখানে তোর কোনো কাগজ নাই, অবৈধ বাংলাদেশি হিসাবে জেলে পচবি, "
  "কেউ খুঁজেও পাবে না।")
F("threats_and_coercion", "bn-Latn",
  "Tor choto bon ta o to Likee te video dey na? Amra jani o kon school e pore, kokhon chuti hoy. Beshi kotha bolish na.")
F("threats_and_coercion", "bn-Latn",
  "kal rate Munni ke oi lok ta belt diye marse, karon o customer er shathe jete chay nai. amra sobai shunechi, "
  "keu kichu bolte pari nai")
F("threats_and_coercion", "bn-Latn",
  "Tor ma ke phone kore bolbo tui ekhane ki korish, chobi shoho. Tarpor dekhbo tor gram e tor poribar kivabe mukh dekhay")
F("threats_and_coercion", "en",
  "If you go to police here they will put you in the home for 5 years, you are illegal. "
  "Better you listen to me and work quietly, one year and you go back with money.")
F("threats_and_coercion", "en",
  "She told me they burned her arm with a cigarette because she refused the 'party'. "
  "She still has the mark, I saw it on video call last night")
F("threats_and_coercion", "en",
  "[VN 0:32] your home address is with me. the Jessore boys are my own people, one phone call and it is done. "
  "dont test me")

# ---- labour_exploitation (7: bn 3, bn-Latn 2, en 2)
F("labour_exploitation", "bn",
  "সকাল ৯টা থেকে রাত ৩টা পর্যন্ত শো, তারপর আবার সকালে ঘর মোছা, রান্না। ৪ মাস হইল একটা টাকাও হাতে পাই নাই, "
  "বলে সব জমা আছে।")
F("labour_exploitation", "bn",
  "দোস্ত এখানে ছুটি বলে কিছু নাই। জ্বর নিয়াও নাচতে হয়, না নাচলে খাবার বন্ধ। দিনে একবার ভাত দেয়।")
F("labour_exploitation", "bn",
  "রুমাকে নাকি অন্য এক মালিকের কাছে পাঠায় দিছে হায়দ্রাবাদে, ওরা নিজেরাই বলে 'বেচে দিছি'। "
  "নতুন জায়গায় বারে কাজ, বেতন কিছুই দেয় না।")
F("labour_exploitation", "bn-Latn",
  "Tomar shift 12 ghonta, kono off day nai. Mash sheshe je taka hobe oita amar kache jama thakbe, "
  "deshe jawar shomoy eksathe pabe.")
F("labour_exploitation", "bn-Latn",
  "ekhane 8 jon meye ek room e thaki, fan nai, khawa bolte dal r ruti. shooting er naam e shara din boss er bashay kaaj kori. "
  "taka chaile bole age 6 mash jak")
F("labour_exploitation", "en",
  "We dance at the bar from 9 pm till the last customer, usually 4 am. Then sleep on the floor of the same hall. "
  "5 months no salary, only 500 rupees sometimes for soap and pads.")
F("labour_exploitation", "en",
  "Tell Shilpi she's going to the Pune party house from Monday, the owner there paid for 3 months of her. "
  "Whatever she earns there is his. His number +91 98220 53617",
  [("phone", "+919822053617")])

# ---- minors (7: bn 2, bn-Latn 3, en 2)
F("minors", "bn",
  "মেয়েটার বয়স ১৫, কিন্তু আধার কার্ডে ১৯ লিখে দিবা। কেউ জিজ্ঞেস করলে বলবে ১৯, ইন্টার পাশ।")
F("minors", "bn",
  "ক্লাস নাইনের দুইটা মেয়ে আছে, টিকটকে ভালো নাচে। ওদের বাপ মা কে বলবা মামার বাড়ি বেড়াইতে যাইতেছে, "
  "আমি বর্ডারে নিয়া আসব।")
F("minors", "bn-Latn",
  "16 hoile somossa nai, choto meye der chahida beshi. shudhu ammu ke kichu bolba na. "
  "ei number e IMO koro 01893-117420, notun sim o diye dibo",
  [("phone", "+8801893117420")])
F("minors", "bn-Latn",
  "Ei meyer biye ta Kolkata te korai dei, chele amar lok. Boyosh 14 holeo somossa nai, kabin er kagoj ami banaye nibo. "
  "Biyer por or kaj ami dekhbo")
F("minors", "bn-Latn",
  "Parlour er jonno 2 ta meye lagbe, 13-15 er moddhe, patla, forsha. baki kotha phone e boli")
F("minors", "en",
  "Her school ID says 2010 birth, that won't work. The NID we made for her is 7815204396 with DOB 2005. "
  "Aadhaar will follow from that.",
  [("bd_nid", "7815204396")])
F("minors", "en",
  "The girl is only in class 8 but she looks older in the videos. Client in Mumbai wants exactly this type, "
  "don't mention age on chat.")

# ---- sexual_exploitation (8: bn 3, bn-Latn 3, en 2)
F("sexual_exploitation", "bn",
  "নতুন দুইটা মাল আসছে বাংলাদেশ থেকে, ফ্রেশ 🌸🌸 হোটেলে শর্ট টাইম ৫০০০ রুপি, সারা রাত ১২০০০। "
  "ছবি চাইলে হোয়াটসঅ্যাপ +91 98300 41726",
  [("phone", "+919830041726")])
F("sexual_exploitation", "bn",
  "দোস্ত ওরা পার্লার বলে নিয়া আসছে, আসলে এটা পার্লার না। রাতে লোক আসে, না বললে মারে। আমি আর পারতেছি না রে")
F("sexual_exploitation", "bn",
  "ভিডিও কলে প্রাইভেট শো করতে হবে, কাস্টমার টাকা দিয়া দিছে। জামা খুলতে না চাইলে আজকে খাবার পাবা না।")
F("sexual_exploitation", "bn-Latn",
  "Spa job bolse thik ache, kintu spa te 'extra service' dite hobe, customer jemon chay. "
  "Na korle tips nai, rent o tomar upor.")
F("sexual_exploitation", "bn-Latn",
  "Telegram group @blr_newgirls e notun meye der chobi diye dao, caption e likho 'Bangladeshi new girl 18+ Bangalore outcall'. "
  "rate inbox e",
  [("telegram", "@blr_newgirls")])
F("sexual_exploitation", "bn-Latn",
  "apu ora amake shooting er kotha bole ekta flat e niye gese, oikhane camera on kore bolse sob khulte. "
  "pore bujhlam eta oi type er video, internet e bikri kore")
F("sexual_exploitation", "en",
  "Party tonight at the farmhouse, 4 girls needed. Tell them it's a dance program. Dress short. "
  "Guests pay extra for 'after party', the girls don't get a choice on that.")
F("sexual_exploitation", "en",
  "Rate card Bangla girls: short time 3k, night 8k, hotel outcall extra. New arrivals from Dhaka this week 👑✈️ "
  "WhatsApp wa.me/919876543210",
  [("whatsapp", "+919876543210")])

# ---- payments_and_proceeds (7: bn 2, bn-Latn 2, en 3)
F("payments_and_proceeds", "bn",
  "মেয়ের মা কে বলো ৫০ হাজার টাকা পাঠাইতে, না হলে মেয়েকে ছাড়ব না। বিকাশ নাম্বার ০১৯২৭৫৫৮৩১৪, পার্সোনাল। "
  "৩ ভাগে পাঠাইতে বলবা যাতে লিমিটে না আটকায়।",
  [("phone", "+8801927558314")])
F("payments_and_proceeds", "bn",
  "কলকাতা থেকে মাসের হিসাব হুন্ডিতে আসবে। যশোরের দোকান থেকে নগদে ভাগ করে দিবে এই দুই নাম্বারে — "
  "০১৭৩৩৪১৯০২৬ আর ০১৮১৬৫০৪৭৭২। কেউ জিজ্ঞেস করলে বলবা কাপড়ের ব্যবসার টাকা।",
  [("phone", "+8801733419026"), ("phone", "+8801816504772")])
F("payments_and_proceeds", "bn-Latn",
  "Line man er commission 8000 pathay dilam nagad e, TxnID 7HK2M9QD. Meye duita kal shondhay crossing er por Ravi da'r hate dibo.",
  [("mfs_transaction", "7HK2M9QD")])
F("payments_and_proceeds", "bn-Latn",
  f"Bhai Mumbai party theke USDT pathabe TRC20 te, address {TRON1} . taka bhangiye amake bkash e diben, 2% apnar.",
  [("tron_address", TRON1)])
F("payments_and_proceeds", "en",
  f"Payment for the two Satkhira girls received. Send the remaining to this BTC wallet, not bKash anymore, "
  f"they are freezing accounts: {BTC1}",
  [("btc_address", BTC1)])
F("payments_and_proceeds", "en",
  "Ammu they are saying if you send 1 lakh they will let me come home. Send to this bKash 01612-884305, "
  "don't tell police please, they said they will know",
  [("phone", "+8801612884305")])
F("payments_and_proceeds", "en",
  f"Brother the hundi man in Benapole will hand over 2.4 lakh tonight, that's the share for last month's 6 girls. "
  f"Cut the linkman's 30k and put the rest in the ETH wallet {ETH1}",
  [("eth_address", ETH1)])

# ================================================================ OK (60)

# ---- news (6)
N("news", "bn",
  "বেঙ্গালুরুতে টিকটকের মাধ্যমে তরুণীদের পাচারের ঘটনায় দায়ের হওয়া মামলায় আরও দুজনকে গ্রেপ্তার করেছে র‍্যাব। "
  "তাদের বিরুদ্ধে মানবপাচার প্রতিরোধ ও দমন আইনে মামলা হয়েছে।")
N("news", "bn-Latn",
  "*Forwarded* Jashore seemanto theke 7 kishori ke uddhar korlo BGB. India te 'dance group' e kaj deyar kotha bole "
  "niye jaowa hocchilo. Ek dalal ke atok kora hoyeche.")
N("news", "en",
  "Police in Dhaka have arrested three people accused of luring girls through video-sharing apps with promises of "
  "modelling work in India. Eleven women were rescued and repatriated through Benapole last month.")
N("news", "bn",
  "সাতক্ষীরা সীমান্ত দিয়ে ফেরত আসা ১২ নারীকে পরিবারের কাছে হস্তান্তর, তাদের মধ্যে ৪ জন অপ্রাপ্তবয়স্ক।")
N("news", "en",
  "CID has frozen 40 bKash and Nagad accounts allegedly used to move trafficking proceeds, officials told reporters on Sunday.")
N("news", "bn-Latn",
  "oi news ta dekhsis? TikTok diye meye pathano ekta gang dhora poreche abar, Narail e. Meyeder Bangalore pathato. ki bhoyonkor")

# ---- awareness (7)
N("awareness", "bn",
  "সতর্কতা: অপরিচিত কেউ টিকটক বা লাইকিতে মডেল/নায়িকা বানানোর প্রস্তাব দিলে বিশ্বাস করবেন না। "
  "বিদেশে কাজের নামে কাউকে পাসপোর্ট বা জাতীয় পরিচয়পত্র দিবেন না। সন্দেহ হলে ৯৯৯ এ কল করুন।")
N("awareness", "en",
  "Parents, please check who your daughters are talking to online. Traffickers pose as directors and 'dance masters', "
  "promise shows in India and ask girls to keep it secret. Talk to your kids.")
N("awareness", "bn-Latn",
  "Bondhura, keu jodi bole 'passport lagbe na, border e amader lok ache' — eta 100% dhoka. Kono legal job e emon hoy na. "
  "Share koro jate sobai jante pare 🙏")
N("awareness", "bn",
  "মানবপাচার প্রতিরোধ কর্মশালা: কিশোরীদের অনলাইন নিরাপত্তা ও 'ফাঁদ' চেনার উপায় — আগামী শনিবার সকাল ১০টা, "
  "উপজেলা পরিষদ মিলনায়তন।")
N("awareness", "en",
  "Red flags: free travel, huge salary for 'just dancing', no contract, someone else keeps your ID, "
  "being told to lie to your family. If you see these, call 999 or the women and children helpline 109.")
N("awareness", "bn-Latn",
  "school e aaj session chilo, apa bollen online e keu gift pathale ba kono kotha 'secret' rakhte bolle "
  "shathe shathe ammu ke bolte. khub kaajer kotha")
N("awareness", "en",
  "If you think a friend has been taken across the border, write to our helpdesk at help.desk@safe-migration-bd.org "
  "or call 01713-045217 (9am–5pm). All calls are confidential.",
  [("email", "help.desk@safe-migration-bd.org"), ("phone", "+8801713045217")])

# ---- official (6)
N("official", "bn",
  "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়াগামী কর্মীদের অভিবাসন ব্যয় সরকার নির্ধারিত ৭৮,৯৯০ টাকা। "
  "এর বেশি টাকা কেউ দাবি করলে নিকটস্থ জেলা কর্মসংস্থান অফিসে অভিযোগ করুন।")
N("official", "en",
  "M/s Al-Madina Overseas (RL-1324). Interview for female garment workers, Jordan. Govt fixed migration cost applies. "
  "Bring passport, NID and 2 photos. No payment to any middleman. Contact: 01914-667301",
  [("phone", "+8801914667301")])
N("official", "bn-Latn",
  "Ami Probashi app e registration kore smart card nin. BMET approved agency chara kono dalal er kache taka diben na.")
N("official", "en",
  "High Commission of India, Dhaka: tourist and medical visa applications are accepted only through IVAC centres. "
  "No agent is authorised to collect fees on behalf of the High Commission.")
N("official", "bn",
  "জেলা কর্মসংস্থান ও জনশক্তি অফিস, যশোর: বিদেশগামী নারী কর্মীদের ৩০ দিনের প্রাক-বহির্গমন প্রশিক্ষণ শুরু হবে "
  "১৫ তারিখ। যোগাযোগ: ০১৭৬৯-২২৪৫১০",
  [("phone", "+8801769224510")])
N("official", "en",
  "Your e-Passport application (Enrolment ID 4001-10000123456) is ready for collection. Passport No. A04587213. "
  "Please bring your delivery slip. -DIP",
  [("bd_passport", "A04587213")])

# ---- receipt (7)
N("receipt", "en",
  "You have received Tk 5,000.00 from 01819435602. Ref bari. Fee Tk 0.00. Balance Tk 6,214.50. "
  "TrxID BKQ4M7Z2PX at 06/12/2026 19:42",
  [("phone", "+8801819435602"), ("mfs_transaction", "BKQ4M7Z2PX")])
N("receipt", "en",
  "Cash Out Tk 2,000.00 to Agent 01556781203 successful. Fee Tk 37.00. Balance Tk 412.18. TrxID 9C3HD81KLM at 05/12/2026 11:03",
  [("phone", "+8801556781203"), ("mfs_transaction", "9C3HD81KLM")])
N("receipt", "bn",
  "নগদ: আপনার অ্যাকাউন্টে ৳১,৫০০ জমা হয়েছে। প্রেরক: ০১৯১৫৩২৭৬৪০। TxnID: 73KF9A2M। ব্যালেন্স: ৳১,৮২০.৫০",
  [("phone", "+8801915327640"), ("mfs_transaction", "73KF9A2M")])
N("receipt", "en",
  "Dear Customer, your A/C **4521 is credited with BDT 48,300.00 by inward remittance (KSA) on 05-Dec-26. "
  "Avl Bal BDT 61,022.40. -Sonali Bank")
N("receipt", "en",
  "Payment Tk 850.00 to Daraz successful. Fee Tk 0.00. Balance Tk 1,364.18. TrxID CJK81NS0QA at 04/12/2026 22:15",
  [("mfs_transaction", "CJK81NS0QA")])
N("receipt", "en",
  "Recharge Tk 99 to 01329876451 successful. 5GB 7 days pack activated. TrxID DF72KQP1ZX",
  [("phone", "+8801329876451"), ("mfs_transaction", "DF72KQP1ZX")])
N("receipt", "bn",
  "বিকাশ: আপনি মালয়েশিয়া থেকে ৳১০,০০০ রেমিট্যান্স পেয়েছেন। ২.৫% প্রণোদনা সহ মোট ৳১০,২৫০। TrxID CA91XKD7PQ",
  [("mfs_transaction", "CA91XKD7PQ")])

# ---- family (7)
N("family", "bn",
  "আব্বু বলছে তোর পাসপোর্টটা আলমারিতে তুলে রাখ, হারাইলে আবার ৬ মাস ঘুরতে হবে। ইন্ডিয়ার ভিসা ফর্মে "
  "পাসপোর্ট নম্বর A11873056 টা ঠিকমতো লিখিস, আর সব কাগজ ফটোকপি করে রাখিস।",
  [("bd_passport", "A11873056")])
N("family", "bn-Latn",
  "Ammu, mama bolse Chennai te doctor dekhanor visa hoye gese. Porshu Benapole diye jabo, tumi tension nio na, "
  "pouchhe call dibo")
N("family", "en",
  "Bhaiya sent 30k from Dubai for Rimi's admission fee, I'll pay the college tomorrow. "
  "Tell ammu not to lend any to the neighbour who keeps asking.")
N("family", "bn-Latn",
  "Apu ke bolo TikTok e oto video na dite, shob kaku ra comment kore 🙄 abbu dekhle rag korbe")
N("family", "bn",
  "মেয়ের বিয়ের কথা এখন না, আগে এইচএসসি শেষ করুক। যে ঘটক আসছিল তারে না করে দিছি।")
N("family", "en",
  "Chhoto mama is going to Malaysia through a BMET registered agency, paid the fixed fee through the bank, "
  "got the smart card today alhamdulillah. Flight on the 18th.")
N("family", "bn",
  "আম্মু তোমার এনআইডি নাম্বারটা আবার দাও তো, বিকাশ একাউন্ট খুলব তোমার নামে। এইটা কি ঠিক আছে — ৬৯১২৩৪৫০৮৭?",
  [("bd_nid", "6912345087")])

# ---- worker_content (6)
N("worker_content", "bn-Latn",
  "Ammu amar kaaj valoi cholche, Riyadh e ekta hospital e cleaner. Shift 8 ghonta, friday off, salary mash er "
  "1 tarikhei dey. Iqama o hoye gese.")
N("worker_content", "en",
  "I work as a dancer in a licensed cultural troupe in Dubai, contract attested by the embassy. We have our own rooms, "
  "my passport is with me and I video call home every night. Don't worry so much Ma 😊")
N("worker_content", "bn",
  "আলহামদুলিল্লাহ এই মাসে ওভারটাইম সহ ১৮০০ রিঙ্গিত পাইছি। কোম্পানি ভালো, ছুটির দিনে আমরা কয়েকজন কেএলসিসি ঘুরতে গেছিলাম।")
N("worker_content", "en",
  "Shift done at the salon, madam gave us all an Eid bonus today 🎉 sending 20k home tomorrow through the bank app")
N("worker_content", "bn-Latn",
  "Jordan er factory te 2 bochor holo, roster mote 8 ghonta, overtime er taka alada pai. Passport nijer kache, "
  "chuti niye December e desh e ashbo inshallah")
N("worker_content", "bn",
  "কাতারে হোটেল রিসেপশনে কাজ করি, ডিউটি ৯ ঘণ্টা, সপ্তাহে একদিন ছুটি। প্রথম দুই মাস ভাষা নিয়া একটু কষ্ট হইছে, এখন ঠিক আছে।")

# ---- joke (6)
N("joke", "bn-Latn",
  "amar TikTok er 37 jon follower er moddhe 30 jon e amar khalamma ra 😂 Bollywood theke offer ashle janabo")
N("joke", "en",
  "me: I'll be a model in Mumbai. also me: can't even take a passport photo without blinking 💀")
N("joke", "bn",
  "আমার আব্বু আমার ফোন এমনভাবে চেক করে, মনে হয় বর্ডারে বিজিবি 😭😂")
N("joke", "bn-Latn",
  "Dalal bhai amake Dubai pathao, shunsi oikhane AC ache, amar ghore to fan o ghure na 🤣")
N("joke", "en",
  "my mom confiscated my phone for 2 hours and i felt like a hostage negotiator trying to get it back 😭")
N("joke", "bn",
  "দোস্ত তোর নাচ দেখে ইন্ডিয়ার পরিচালক তো দূরের কথা, আমাদের পাড়ার কুকুর পর্যন্ত পালাইছে 🤣")

# ---- chatter (6)
N("chatter", "bn-Latn",
  "Kal Likee live e 2k viewer chilo!! Gift o paisi 🌹🌹 next time dance challenge ta korbo, shobai join koris")
N("chatter", "en",
  "Who is coming to the dance troupe audition at Shilpakala on Friday? They want a 2 min solo, bring your own music")
N("chatter", "bn",
  "দোস্ত নতুন ফিল্টারটা দিয়া একটা রিল বানাইছি, ইনস্টায় দিছি দেখিস। আগের আইডি বাদ, নতুন আইডি @riya.dances.bd ফলো দিস 💃",
  [("instagram", "@riya.dances.bd")])
N("chatter", "bn-Latn",
  "Ei weekend e Cox's Bazar e amader college club er photo shoot ache, ke ke jabi? Bus 6 tay. "
  "details telegram channel e: @ndc_photoclub",
  [("telegram", "@ndc_photoclub")])
N("chatter", "en",
  "Our school cultural team got selected for the inter-district competition in Rajshahi, "
  "teacher says parents have to sign the permission form by Thursday.")
N("chatter", "bn-Latn",
  "Bro tor passport renew hoise? Amra December e Darjeeling trip ta korbo, visa er jonno IVAC slot nite hobe jaldi")

# ---- everyday, easy (9)
N("everyday", "bn", "আজকে বিকালে কোচিং আছে, ফিরতে দেরি হবে।", hard=False)
N("everyday", "bn-Latn", "Ammu rate e ki ranna korso? Ami 8 tar moddhe ashchi", hard=False)
N("everyday", "en", "Happy birthday Nabila!! Have the best day 🎂💕", hard=False)
N("everyday", "bn", "কালকে বৃষ্টি হবে শুনলাম, ছাতা নিয়া যাস।", hard=False)
N("everyday", "bn-Latn", "assignment ta kal joma dite hobe, tui kon chapter korsish?", hard=False)
N("everyday", "en", "Can you pick up eggs and bread on your way home?", hard=False)
N("everyday", "bn", "আমার ফোনের চার্জারটা খুঁজে পাচ্ছি না, তোরটা একটু দিবি?", hard=False)
N("everyday", "en", "Match starts at 7, Bangladesh batting first 🏏", hard=False)
N("everyday", "bn-Latn", "net ta abar gese, router ta ektu restart de to", hard=False)


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
    random.Random(124).shuffle(items)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, it in enumerate(items, 1):
            rec = {"id": f"dev124-{n:04d}", **it}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(items))


if __name__ == "__main__":
    main()
