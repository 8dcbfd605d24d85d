"""Blind dev set dev41: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: an analyst of a manpower network's WhatsApp and IMO groups: a licensed agency, its unlicensed sub-agents in the districts, their contacts in the Gulf and Singapore. Held out from round 5 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev41.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version: int, payload: bytes) -> str:
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


def seed20(seed: str) -> bytes:
    return hashlib.sha256(("dev41:" + seed).encode()).digest()[:20]


BTC1 = b58check(0x00, seed20("btc-a"))
TRX1 = b58check(0x41, seed20("tron-a"))
TRX2 = b58check(0x41, seed20("tron-b"))
ETH1 = "0x" + seed20("eth-a").hex()

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")

F = "flag"
OK = "ok"
VR = "victim_or_recruiter"

def P(v):
    return {"type": "phone", "value": v}
def W(v):
    return {"type": "whatsapp", "value": v}
def E(t, v):
    return {"type": t, "value": v}

# (label, category, script, voice, hard, text, entities)
ITEMS = [
    # ---------------- recruitment_deception (8: bn3 Latn3 en2)
    (F, "recruitment_deception", "bn-Latn", VR, False,
     "bhai Kishoreganj er 6 ta mal ready? oder bolben company te cleaner er kaj beton 1800 riyal. asole kafil er kono kaj nai, free visa. eita candidate ke bolar dorkar nai, oikhane geley bujhbe 😂", []),
    (F, "recruitment_deception", "bn", VR, False,
     "ভাই আপনে কইছিলেন মালয়েশিয়ায় ফ্যাক্টরির কাজ, কলিং ভিসা। আইসা দেখি টুরিস্ট ভিসা, কোন ফ্যাক্টরি নাই, ৩ সপ্তা ধইরা একটা রুমে বইসা আছি ১১ জন। আপনের ফোন বন্ধ কেন", []),
    (F, "recruitment_deception", "en", VR, True,
     "for the Tangail batch just say hotel housekeeping. its actually the contractor's camp cleaning, 900 AED not 2000. dont show them the contract copy, hand it over at the airport gate when theres no time to read", []),
    (F, "recruitment_deception", "bn", VR, True,
     "কন্টাক্ট পেপারে ১৫০০ রিয়াল লেখা থাকবো ওইটা শুধু বিএমইটি পাস করানোর লাইগা। ওখানে গিয়া পাইবো ৮০০। পার্টিরে এইসব বুঝাইয়া কওয়ার দরকার নাই, স্মার্ট কার্ড হাতে পাইলে আর কেউ কিছু কয় না", []),
    (F, "recruitment_deception", "bn-Latn", VR, False,
     "vai apni bolsilen restorent e kaj. ekhane ashe dekhi morubhumir moddhe chagol er khamar e rakhse, rakhal er kaj. ami to eita kokhono kori nai. kafil arbi bole kichu bujhi na", []),
    (F, "recruitment_deception", "bn", VR, True,
     "কুয়েতে সিকিউরিটি গার্ড কইয়া পোলাগুলারে তুলছি, ভিসা আসলে হাউস ড্রাইভারের। ইমিগ্রেশনে জিগাইলে কইবো ড্রাইভার। কুমিল্লার দুইটা প্রশ্ন করতেছে বেশি, ওদের কন ডিউটির নাম পরে চেঞ্জ হইবো", []),
    (F, "recruitment_deception", "en", VR, False,
     "Thailand customer service job 🇹🇭 typing only, 1200 USD monthly, free flight, free room, food. Age 20-30, little english ok. Boys dont tell family its Myawaddy side, say Bangkok office. Details t.me/easy_job_bkk_bd", [E("telegram", "@easy_job_bkk_bd")]),
    (F, "recruitment_deception", "bn-Latn", VR, True,
     "bhaisab amare kaisoin Singapore shipyard, ekhon aniya rakhsoin Malaysia palm bagano. kagoj pati kichu dey na, kaisoin permit pore oibo. 4 mash oigeche", []),

    # ---------------- fees_and_debt (8: bn3 Latn2 en3)
    (F, "fees_and_debt", "bn-Latn", VR, False,
     "B.baria batch: per head 5.5 lac. BMET e dekhabo 1 lakh 6 hajar baki cash e. keu rosid chaile bolben office theke dibe. 2 lakh advance na dile file uthbe na, medical o hobe na", []),
    (F, "fees_and_debt", "bn", VR, False,
     "এখানে আসার পর কোম্পানি কইতাছে বিমান ভাড়া আর ভিসার খরচ ৩৫০০ রিয়াল আমাদের দেনা, মাসে মাসে বেতন থেকে ৫০০ কাটবো। ৭ মাস কাম কইরা হাতে কিছুই পাই নাই", []),
    (F, "fees_and_debt", "en", VR, True,
     "Boss the 12 boys from Cumilla each still owe 2,80,000. cut 300 riyal from every pay till its cleared and send me the list monthly. if any one runs, the balance goes on his guarantor back home", []),
    (F, "fees_and_debt", "bn", VR, True,
     "চাচার জমির দলিল জামিন হিসাবে আমাদের কাছে থাকবো। পুরা টাকা উশুল না হওয়া পর্যন্ত দলিল ফেরত নাই, কাজ ছাইড়া দেশে ফিরলে জমি আমাদের", []),
    (F, "fees_and_debt", "bn-Latn", VR, False,
     "bhai ekhane aisha arek dalal bolse akama korte ar 1 lakh taka lagbe, na dile kaj nai. ammare bolsi jomi bondhok dite. amar to age e 6 lakh gese, ki korbo bujhtesi na", []),
    (F, "fees_and_debt", "en", VR, False,
     "first they said medical unfit so 45k for repeat medical, then 30k for 'training', now 60k for ticket. total 6.2 lakh and still no flight date. they say pay or lose everything you gave", []),
    (F, "fees_and_debt", "bn", VR, False,
     "হেতেরে কন বাকি ২ লাখ কিস্তিতে দিলেও অইবো, মাসে মাসে সুদ দিবো। না দিলে হেতার পাসপোর্ট আঁর কাছে থাকবো, ফ্লাইট অইতো ন", []),
    (F, "fees_and_debt", "en", VR, False,
     "Malaysia calling visa package 6 lakh all in. govt rate 79k is only on paper, nothing moves at that price. half now half after visa copy. bkash personal 01715-882341 (send money, not payment)", [P("+8801715882341")]),

    # ---------------- payments_and_proceeds (7: bn2 Latn3 en2)
    (F, "payments_and_proceeds", "bn-Latn", VR, True,
     "Dubai theke 4 ta candidate er commission 3200 dirham hundi te chole gese, Cumilla te Jamal bhai er dokan theke cash tule niyen. bank e dhukaben na vai", []),
    (F, "payments_and_proceeds", "bn", VR, False,
     "টাকা এক নাম্বারে পাঠাইয়েন না। ৫টা আলাদা বিকাশে ভাগ কইরা দেন, প্রত্যেকটায় ২৫ হাজারের নিচে। নাম্বার দিলাম ০১৯১২৩৪৭৮৫৬, ০১৬৮৮-২০৩৪১৯ বাকি ৩টা রাতে দিমু", [P("+8801912347856"), P("+8801688203419")]),
    (F, "payments_and_proceeds", "en", VR, False,
     "Singapore side cleared the per-head 1800 SGD for 9 workers. Send my share as USDT TRC20 to " + TRX1 + " not bkash, too many questions now at the agent shop", [E("tron_address", TRX1)]),
    (F, "payments_and_proceeds", "bn-Latn", VR, False,
     "bkash e 50 hajar dilam TrxID 9FK3LM2QZP, baki 1.5 lakh Monday hundi diye. candidate er baba jeno na jane amader kache koto gese, oke bolsi sob agency te", [E("mfs_transaction", "9FK3LM2QZP")]),
    (F, "payments_and_proceeds", "en", VR, True,
     "Qatar june: 14 heads x 450 QAR. Kamal collects from the company man in cash, converts at Moti bhai shop in Naya Paltan. no bank transfer, and no screenshots in this group pls", []),
    (F, "payments_and_proceeds", "bn", VR, False,
     "সৌদির পার্টির ভাগ আর এয়ারপোর্টের লোকের ভাগ আলাদা কইরা রাখছি। বিটকয়েনে নিলে এইখানে দেন " + BTC1 + " , ডলারে বাকিটা দুবাই থেকে আসবো", [E("btc_address", BTC1)]),
    (F, "payments_and_proceeds", "bn-Latn", VR, True,
     "club er malik protita meye theke mashe ja dey tar ordhek amader, nagad e ashbe amar shalar account e. tumi ETH e nite chaile " + ETH1 + " eta dao oder", [E("eth_address", ETH1)]),

    # ---------------- isolation_and_control (8: bn3 Latn3 en2)
    (F, "isolation_and_control", "bn", VR, True,
     "আম্মা এই নাম্বারে ফোন দিয়েন না, মালিকে রাইতে মোবাইল নিয়া যায়। শুক্রবার ১০ মিনিট দেয়। গেইটে তালা, ছাদেও যাইতে দেয় না", []),
    (F, "isolation_and_control", "bn-Latn", VR, False,
     "notun 5 jon ke camp e rakhba, baire jete diba na. mobile gula amar kache joma thakbe. family call dile bolba sob thik ase training cholse", []),
    (F, "isolation_and_control", "en", VR, False,
     "all their passports are in my office safe. dont give back to anyone even if they say renewal or embassy. they go out only with Habib in the van, nobody walks alone", []),
    (F, "isolation_and_control", "bn-Latn", VR, True,
     "ai ekhon ekta bari't atkai rakhse, dorja baire tala. kaure kaite mana. ekjon bangali duidin porpor ashi khana di jay. amar ammare kaio", []),
    (F, "isolation_and_control", "en", VR, True,
     "the new one in Riyadh keeps calling her mother. take the SIM out and tell her network problem. she talks to home only when I'm on speaker, and only what I say", []),
    (F, "isolation_and_control", "bn", VR, False,
     "ইকামা করে নাই, কোম্পানি পাসপোর্ট রাইখা দিছে। রাস্তায় পুলিশে ধরলে জেল, এই ভয়ে ৮ মাস ক্যাম্পের বাইরে যাই নাই। আমার পাসপোর্ট নং EB0473152 যদি কেউ খোঁজ নিতে পারেন", [E("bd_passport", "EB0473152")]),
    (F, "isolation_and_control", "bn-Latn", VR, True,
     "Kishorganj er pola duita ke airport theke pick kore shoja warehouse e. onno bangali der sathe mishte diben na, oira kan bhari kore. imo o bondho rakhben", []),
    (F, "isolation_and_control", "bn", VR, False,
     "মেয়েগুলা এখনো নিজেদের ফোন চায়। কোন ফোন না, বাড়িতে কথা আমার সামনে আমার ফোন থেকে। কেউ বাইরের কারো নাম্বার চাইলে আমারে জানাইবা", []),

    # ---------------- labour_exploitation (7: bn2 Latn2 en3)
    (F, "labour_exploitation", "bn", VR, False,
     "সকাল ৬টা থেকে রাত ১১টা পর্যন্ত খাটায়, কোন ছুটি নাই। ৪ মাসের বেতন দেয় নাই, কয় কোম্পানির লস। খাবার দেয় একবেলা", []),
    (F, "labour_exploitation", "bn-Latn", VR, True,
     "ekta rume 14 jon thaki, bathroom ekta. taka chaile bole agamash agamash. 5 mash hoye gelo, bari te kichu pathaite pari nai", []),
    (F, "labour_exploitation", "en", VR, False,
     "tell the supervisor no day off for the Tangail group until the order is finished. 16 hrs is fine, they signed. overtime is inside basic, dont pay anything extra", []),
    (F, "labour_exploitation", "en", VR, False,
     "sir we are 23 bangladeshi at the site near Salwa road, no pay since march, water from the tanker only, company took our passports. please help us. my number +974 5591 2043", [P("+97455912043")]),
    (F, "labour_exploitation", "bn-Latn", VR, True,
     "company bolse pay 3 mash por por dibe, age dile palay jay. tomra worker der bolo card e jama hocche, card kintu company r kache", []),
    (F, "labour_exploitation", "bn", VR, False,
     "ম্যাডাম রাত ২টা পর্যন্ত কাজ করায়, তিন বাসার কাম একলা করি। খাইতে দেয় বাসি খাবার, অসুখ হইলেও শুইতে দেয় না", []),
    (F, "labour_exploitation", "en", VR, True,
     "6 of the Kuwait cleaners asking about their money again. tell them its saved with the company and they get all of it at the end of 2 yrs. meanwhile 20 KD pocket money, thats enough", []),

    # ---------------- threats_and_coercion (8: bn2 Latn3 en3)
    (F, "threats_and_coercion", "bn-Latn", VR, False,
     "je palaise oi polar naame huroob diye dao. baki gula ke bolo palale police dhorbe, jail tarpor deport. desh e or baap er naame mamla dibo", []),
    (F, "threats_and_coercion", "bn", VR, True,
     "বেশি কথা কইলে তোর মায়েরে গ্রামে গিয়া দেখাইয়া দিমু। টাকার কথা আর কাউরে কবি না, বুঝছস", []),
    (F, "threats_and_coercion", "en", VR, True,
     "if he calls the embassy again give him the treatment like the Noakhali guy last year. after that he'll be quiet for sure", []),
    (F, "threats_and_coercion", "bn-Latn", VR, True,
     "tor kagoj amar hate, ekta call dilei tui illegal. chup kore kaj kor, ar group e likhbi na", []),
    (F, "threats_and_coercion", "en", VR, False,
     "Salim who ran from the Kuwait camp, his brother lives in Tangail. go to the house with 2 boys tonight and tell the family they pay 3 lakh or we file case and he never comes back", []),
    (F, "threats_and_coercion", "bn", VR, False,
     "ভাই আমারে মারছে কারেন্টের তার দিয়া। কইছে আরেকবার দূতাবাসে ফোন দিলে মাইরা মরুভূমিতে ফালাইয়া দিবো। আমার ইমো +966 54 718 2290", [P("+966547182290")]),
    (F, "threats_and_coercion", "bn-Latn", VR, False,
     "pulishor kache gele tumar visa batil koria dimu, ar deshot jawar ticket nije katbay. 1 poisha o pabay na", []),
    (F, "threats_and_coercion", "en", VR, True,
     "show the video of the last one who tried to leave to the new group on day 1. works better than any speech", []),

    # ---------------- sexual_exploitation (7: bn2 Latn2 en3)
    (F, "sexual_exploitation", "bn", VR, False,
     "দুবাইয়ের ক্লাবে ৩টা মেয়ে লাগবো, বয়স ২০-২৫, দেখতে ভালো। ড্যান্সের কাম কইবা, আসল কাম ওখানে গিয়া বুঝবো। প্রতিটার জন্য ৪০ হাজার দিমু", []),
    (F, "sexual_exploitation", "bn-Latn", VR, False,
     "apa ami parlar er kaj e ashchilam, ekhane rate lok ane, na korle khaite dey na. amare bachan apa. ei number e imo ase +971 55 304 8812", [P("+971553048812")]),
    (F, "sexual_exploitation", "en", VR, False,
     "new bangladeshi girls in Deira flat, fresh arrival, available from tonight. booking only through Anwar bhai, wa.me/971562917734 no calls only msg", [W("+971562917734")]),
    (F, "sexual_exploitation", "bn-Latn", VR, True,
     "oi meyetake 3 din er jonno hotel e pathabo, arab customer, advance dise. tumi shudhu gari ready rakho r oke bolo chup thakte", []),
    (F, "sexual_exploitation", "en", VR, True,
     "they said housemaid but madam's son and his friends come to my room at night. madam knows and says keep quiet, we paid for you", []),
    (F, "sexual_exploitation", "bn", VR, True,
     "দিদি, বিয়া কইরা নিয়া গেছিল ওই পার। এখন একটা বাড়িতে রাখছে, প্রতিদিন লোক আসে, টাকা নেয় মাসি। আমি বাইর হইতে পারি না", []),
    (F, "sexual_exploitation", "en", VR, False,
     "premium service in KL 🌹 young BD girls, very private, hotel or our place. see pics on insta @kl_rose_spa.vip then DM for rate", [E("instagram", "@kl_rose_spa.vip")]),

    # ---------------- minors (7: bn3 Latn2 en2)
    (F, "minors", "bn", VR, False,
     "মেয়ের বয়স ১৪, পাসপোর্টে ২৫ কইরা দিমু। জন্ম নিবন্ধন নতুন বানাইতে ৮ হাজার লাগবো। সৌদিতে বাসার কাজে যাইবো", []),
    (F, "minors", "bn-Latn", VR, False,
     "15 bochor er pola nibo ki? -- nibo, passport e boyosh bariye dibo, medical e ami dekhe nibo. baba ke bolo NID er photocopy pathate", []),
    (F, "minors", "en", VR, False,
     "2 girls from Kishoreganj, 13 and 15, for housework in Dhaka first then Dubai once papers ready. parents got 20k advance already. birth certificates will be fixed", []),
    (F, "minors", "bn", VR, True,
     "আমার বয়স ১৬ কিন্তু ওরা শিখাইয়া দিছে কেউ জিগাইলে ২২ কইবা। রাতে রান্নাঘরে ঘুমাই, স্কুলে আর যাইতে পারি নাই", []),
    (F, "minors", "bn-Latn", VR, True,
     "chotoder lagbe 5 ta, ojon kom hole bhalo, 9 theke 11. maa baba ke bolo madrasa te porabe, taka ek bochor por pabe", []),
    (F, "minors", "en", VR, False,
     "school age boys ok for the brick kiln, 12-14 yrs. advance paid to parents, they work the season off the advance, no salary", []),
    (F, "minors", "bn", VR, False,
     "ভাইয়া আমি ক্লাস এইটে পড়তাম, এক আন্টি কইছিল গার্মেন্টসে কাজ। এখন এক বাসায় কাজ করি, বাড়িতে ফোন দিতে দেয় না। আমার আব্বার নাম্বার 01812-663095", [P("+8801812663095")]),

    # ================= NEGATIVES =================
    # news (6)
    (OK, None, "bn", "news", True,
     "কিশোরগঞ্জে বিদেশে চাকরির প্রলোভন দেখিয়ে টাকা আত্মসাতের অভিযোগে দুই দালালকে গ্রেপ্তার করেছে র‍্যাব। তাদের কাছ থেকে ৩২টি পাসপোর্ট উদ্ধার করা হয়েছে।", []),
    (OK, None, "en", "news", True,
     "Dhaka tribunal sentences three members of a trafficking ring to life imprisonment for sending women to Dubai dance clubs with false job offers, prosecutors said on Tuesday.", []),
    (OK, None, "bn-Latn", "news", True,
     "khobor e dekhlam Tangail e manob pachar mamlay 2 jon er jabojjibon hoise, ora naki Libya diye Italy pathaito lokjon. onek family shesh hoye gese", []),
    (OK, None, "bn", "news", True,
     "ব্রাহ্মণবাড়িয়ায় মানব পাচার অপরাধ দমন ট্রাইব্যুনালে এক আদম ব্যাপারীর বিরুদ্ধে অভিযোগ গঠন। ভুক্তভোগী পরিবারের দাবি, ছেলেকে সৌদিতে নিয়ে আটকে রেখে মুক্তিপণ চাওয়া হয়েছিল।", []),
    (OK, None, "en", "news", True,
     "Kuwait: 40 Bangladeshi workers left unpaid for months were moved to a shelter by the embassy labour wing; the ministry says the employer's recruitment licence has been suspended.", []),
    (OK, None, "bn-Latn", "news", True,
     "Prothom Alo te report: Malaysia sromobazar e syndicate, 79 hajar er jaygay 5 lakh porjonto neya hoise. BMET tadonto committee korse, 12 agency r license sthogito", []),

    # awareness (6)
    (OK, None, "bn", "awareness", True,
     "বিদেশ যাওয়ার আগে কোনো দালালের হাতে পাসপোর্ট দিবেন না। রিক্রুটিং এজেন্সির লাইসেন্স বিএমইটির ওয়েবসাইটে যাচাই করুন। সরকার নির্ধারিত খরচের বেশি টাকা চাইলে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫ এ জানান।", []),
    (OK, None, "en", "awareness", True,
     "Migration awareness: 'free visa' is not a real visa, there is no employer behind it. If anyone asks for money beyond the government fee or wants to keep your passport, report it. Share with your village.", []),
    (OK, None, "bn-Latn", "awareness", True,
     "sobai shotorko thakben, facebook e 'Dubai te hotel job beton 80 hajar thaka khawa free' erokom post dekhle age jachai koren. agency r license number check korun, kono dalal ke advance diben na", []),
    (OK, None, "en", "awareness", True,
     "Parents please note: if someone offers your daughter a beauty parlour job abroad with a free ticket and no papers, it can be trafficking. Talk to the union parishad migration help desk first.", []),
    (OK, None, "bn", "awareness", True,
     "নারী কর্মীদের জন্য: বিদেশে নিয়োগকর্তা পাসপোর্ট রেখে দিলে, বেতন না দিলে বা ঘরে আটকে রাখলে দূতাবাসের শ্রম উইংয়ে যোগাযোগ করুন। হটলাইন +৯৬৬ ৫০ ৮১২ ৪৪৭৩ (হোয়াটসঅ্যাপও চলে)", [P("+966508124473")]),
    (OK, None, "bn-Latn", "awareness", True,
     "Imam saheb aj jumar khutbay bollen, kono shishu ke kaje pathanor jonno boyosh bariye passport koraben na, eta gunah o oporadh. meye der kom boyoshe biye dibeno na", []),

    # official (6)
    (OK, None, "bn", "official", True,
     "সরকার নির্ধারিত অভিবাসন ব্যয়: সৌদি আরব ১,৬৫,০০০ টাকা। সব টাকা ব্যাংকের মাধ্যমে পরিশোধ করুন এবং রশিদ নিন। নগদ টাকা কাউকে দিবেন না। - রূপসা ওভারসিজ (আরএল-১৩৮২), তোপখানা রোড, ঢাকা", []),
    (OK, None, "en", "official", True,
     "Notice from Al-Noor Overseas (RL 1187): Malaysia candidates of batch 7, BMET smart card collection Sunday 10am at Probashi Kallyan Bhaban. Bring your passport, training certificate and the bank slip of Tk 78,990. Queries: info.alnoor.overseas@gmail.com", [E("email", "info.alnoor.overseas@gmail.com")]),
    (OK, None, "bn-Latn", "official", True,
     "Admin notice: Qatar er sobar medical report 3 diner moddhe GAMCA center theke jama diben. kono taka cash e dibenna, shudhu bank deposit. office khola 10-5, sukrobar bondho", []),
    (OK, None, "en", "official", True,
     "Embassy of Bangladesh, Kuwait: passport renewal and e-passport enrolment at the consular camp in Jahra on Friday 9am-3pm. Workers keep your own passport and civil ID; no employer permission is needed to apply.", []),
    (OK, None, "bn", "official", True,
     "প্রিয় প্রার্থী, আপনার ফ্লাইট ২৪ তারিখ ঢাকা-দোহা, টিকেটের খরচ নিয়োগকর্তা বহন করবে। প্রি-ডিপারচার ওরিয়েন্টেশন ২১ তারিখ সকাল ৯টায় টিটিসিতে। চুক্তিপত্রের একটা কপি নিজের কাছে রাখবেন।", []),
    (OK, None, "bn-Latn", "official", True,
     "Ami Probashi app e registration kore fingerprint er date nin. Singapore er jonno training certificate chara smart card hobe na. passport no, NID no thik moto din, vul hole abar korte hobe", []),

    # receipt (6)
    (OK, None, "en", "receipt", True,
     "You have received Tk 15,000.00 from 01719-406281. Fee Tk 0.00. Balance Tk 23,410.50. TrxID BJ7WQ3ZN0M at 02/12/2026 14:22", [P("+8801719406281"), E("mfs_transaction", "BJ7WQ3ZN0M")]),
    (OK, None, "en", "receipt", True,
     "Money Received. Amount: Tk 8000.00 Sender: 01876305521 Ref: Eid salami TxnID: 7A2K9XQM Balance: Tk 8250.00", [P("+8801876305521"), E("mfs_transaction", "7A2K9XQM")]),
    (OK, None, "bn", "receipt", True,
     "আপনি ০১৯৮৭৬১৫৩০২ নম্বর থেকে ৳২,০০০.০০ পেয়েছেন। ফি ৳০.০০। ব্যালেন্স ৳৫,৬২০.০০। TrxID CF3HN8KD2P ১৮/১১/২০২৬ ১০:১৫", [P("+8801987615302"), E("mfs_transaction", "CF3HN8KD2P")]),
    (OK, None, "en", "receipt", True,
     "Dear Customer, BDT 78,990.00 has been debited from your A/C ***4471 for BOESL Malaysia migration cost, ref no. 118834. Sonali Bank PLC", []),
    (OK, None, "bn", "receipt", True,
     "ক্যাশ ইন ৳১০,০০০.০০ A/C: ***৩৮২৭ থেকে। ফি: ৳০.০০। ব্যালেন্স: ৳১২,৪৪০.০০। TxnId: 4820193756 রকেট", [E("mfs_transaction", "4820193756")]),
    (OK, None, "bn-Latn", "receipt", True,
     "vaiya bkash korsi 5000 ammar oshudh r medical test er jonno, TrxID BK4D7HQ2LM. pele janaio", [E("mfs_transaction", "BK4D7HQ2LM")]),

    # worker_content (6)
    (OK, None, "bn-Latn", "worker_content", True,
     "alhamdulillah Qatar e bhalo achi, company time moto beton dey 1400 riyal, overtime alada pai. passport amar kache, akama o hoye gese. ammu chinta koiro na", []),
    (OK, None, "bn", "worker_content", True,
     "সিঙ্গাপুরে শিপইয়ার্ডে কাজ, সপ্তাহে একদিন ছুটি, ওভারটাইম করলে বেশি পাই। এজেন্সি যা বলছিল তাই পাইছি। কেউ আসতে চাইলে লাইসেন্স দেইখা আসবেন, দালাল ধরবেন না", []),
    (OK, None, "en", "worker_content", True,
     "day off today, went to Mustafa centre with the roommates. salary came on the 1st as always. renewed my passport at the high commission, took 20 mins 😊", []),
    (OK, None, "bn", "worker_content", True,
     "ওমানত আঁই ভালা আছি, মালিক ভালা মানুষ, বেতন ঠিক টাইমে দেয়। ওভারটাইম করলে আলাদা টিঁয়া। ঈদত বাড়িত আইসসুম ইনশাআল্লাহ", []),
    (OK, None, "bn-Latn", "worker_content", True,
     "Dubai te 2 bochor holo, company contract renew korse, betan 200 dirham barse. overtime max 2 ghonta, friday off. room e 4 jon AC ase", []),
    (OK, None, "en", "worker_content", True,
     "Malaysia factory, 8 hrs + 3 OT, hostel ok 6 in a room with AC. passport we keep ourselves, company has only a copy. paid Tk 79k through bank only, no dalal. my pp no A07719342 if the agency asks", [E("bd_passport", "A07719342")]),

    # joke (6)
    (OK, None, "bn-Latn", "joke", True,
     "bou amar passport lukaye rakhse jate bondhuder sathe Cox's Bazar jaite na pari 😂 eta ki manob pachar er moddhe pore? lawyer bhai ra bolen", []),
    (OK, None, "bn", "joke", True,
     "বস ওভারটাইম ছাড়া ছাড়েই না, মনে হয় আমারে কোম্পানির কাছে বেইচা দিছে 😂😂 বেতন তো দেয়, এইটাই শান্তি", []),
    (OK, None, "en", "joke", True,
     "my mother-in-law is holding me hostage for Sunday lunch again, ransom is one kg mishti 🤣 send help", []),
    (OK, None, "bn-Latn", "joke", True,
     "dalal bhai er notun offer: Mongol groho te free visa, thaka khawa free, shudhu oxygen nije niye jaben 😂😂", []),
    (OK, None, "en", "joke", True,
     "breaking: local man sold to Dhaka traffic at 8am, released at 11, no ransom demanded 🚗😂", []),
    (OK, None, "bn", "joke", True,
     "ছেলের বয়স ৫, স্কুলে ভর্তির যেই ডোনেশন চায়, মনে হয় এইটাই দেশের সবচেয়ে বড় আদম ব্যবসা 😅", []),

    # chatter (hard, 6)
    (OK, None, "bn-Latn", "chatter", True,
     "dalal ke na diye nijei passport office e giye renew korlam, 10 diner moddhe hoye gese. online e fee dilam, kono jhamela nai", []),
    (OK, None, "en", "chatter", True,
     "anyone know a good GAMCA medical centre near Kakrail? cousin's Qatar appointment is next week, agency gave the slip already", []),
    (OK, None, "bn", "chatter", True,
     "জমির দালাল আবার আসছে, কয় দাম আরো বাড়বো। আব্বা কইছে বেচবো না, ধান ভালো হইছে এবার", []),
    (OK, None, "bn-Latn", "chatter", True,
     "Kuwait er flight kal sokal 8:40 e, Biman. Rashed bhai ke airport e drop dibo, keu jabe amar sathe? smart card r ticket ready", []),
    (OK, None, "en", "chatter", True,
     "group rule reminder: no selling, no political posts. for any visa or fee question call the agency office number only, +880 1713-085224, 10am-5pm", [P("+8801713085224")]),
    (OK, None, "bn", "chatter", True,
     "রহিম ভাই সৌদি থেকে ফিরছে, কইলো কফিল ভালো ছিল, ইকামাও ঠিক ছিল। এখন দেশে দোকান দিবো। সবাই দোয়া কইরেন", []),

    # family (6)
    (OK, None, "bn", "family", True,
     "আব্বা, পাসপোর্টটা আলমারির উপরের তাকে রাখছি, কারো হাতে দিয়েন না। এজেন্সির অফিসে আমি নিজে যামু বৃহস্পতিবার", []),
    (OK, None, "bn-Latn", "family", True,
     "Rupa r biyer kotha cholche, chele Saudi thake, family bhalo. kintu Rupa age porashona shesh korbe, BA porikkha dik tarpor dekhbo", []),
    (OK, None, "en", "family", True,
     "Mum I sent 20k for Rafi's school fees and the kisti, check bkash. tell him to study properly, no need to come abroad like me", []),
    (OK, None, "bn", "family", True,
     "মেয়ের বয়স ১২ হইলো, সামনের বছর ক্লাস সেভেন। জন্ম নিবন্ধনের কপি আর আমার জাতীয় পরিচয়পত্র নং ১৯৮৪২৬১৫৭৩২০৪৮৮১৬ স্কুলে জমা দিতে হবে", [E("bd_nid", "19842615732048816")]),
    (OK, None, "bn-Latn", "family", True,
     "bhai taka ta pathaisi, jomi bondhok chharay nio. r ammar passport korte dio, hajj e nibo insha Allah", []),
    (OK, None, "en", "family", True,
     "your brother's medical passed!! flight through the agency at the govt fee, he keeps his own passport. ammu is so happy 😭❤️", []),

    # easy negatives (12: chatter, hard False)
    (OK, None, "bn-Latn", "chatter", False, "bhai khaiso? ami ashtesi 10 min e", []),
    (OK, None, "bn-Latn", "chatter", False, "kal meeting 11 tay, sobai time moto asben. laptop niye asben", []),
    (OK, None, "bn-Latn", "chatter", False, "aj ki khela ase? Bangladesh vs Zimbabwe koy tay shuru", []),
    (OK, None, "bn-Latn", "chatter", False, "Eid Mubarak sobaike 🌙 valo thakben, dua korben", []),
    (OK, None, "bn", "chatter", False, "অফিস থেকে ফিরতে দেরি হবে, ভাত খাইয়া নিও", []),
    (OK, None, "bn", "chatter", False, "ঈদ মোবারক সবাইকে। প্রবাসী ভাইয়েরা যারা এবার বাড়ি আসতে পারেন নাই, আল্লাহ আপনাদের ভালো রাখুক", []),
    (OK, None, "bn", "chatter", False, "আজকে ঢাকায় অনেক বৃষ্টি, রাস্তায় হাঁটু পানি", []),
    (OK, None, "bn", "chatter", False, "কেউ কি ভালো একটা মোবাইল দোকান চিনেন মিরপুরে? স্ক্রিন ভাঙছে", []),
    (OK, None, "en", "chatter", False, "ok noted, will check tomorrow", []),
    (OK, None, "en", "chatter", False, "happy birthday Tanvir bhai 🎂🎉 have a great year", []),
    (OK, None, "en", "chatter", False, "can someone share the photos from the picnic? the drive link isnt opening", []),
    (OK, None, "en", "chatter", False, "traffic at Jatrabari is crazy today, taking the flyover", []),
]

TYPES = {"phone", "whatsapp", "telegram", "instagram", "email", "bd_passport", "bd_nid",
         "mfs_transaction", "btc_address", "eth_address", "tron_address"}
CATS = ["recruitment_deception", "fees_and_debt", "payments_and_proceeds", "isolation_and_control",
        "labour_exploitation", "threats_and_coercion", "sexual_exploitation", "minors"]


def digits(s):
    return re.sub(r"\D", "", s.translate(BN_DIG))


def b58_ok(addr, version):
    n = 0
    for c in addr:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big")
    return raw[0] == version and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def check(rows):
    assert len(rows) == 120
    assert len({r["id"] for r in rows}) == 120
    assert len({r["text"] for r in rows}) == 120
    flag = [r for r in rows if r["label"] == "flag"]
    ok = [r for r in rows if r["label"] == "ok"]
    assert len(flag) == 60 and len(ok) == 60
    assert sum(r["hard"] for r in ok) >= 45
    assert sum(not r["hard"] for r in ok) <= 15
    cc = Counter(r["category"] for r in flag)
    assert set(cc) == set(CATS) and all(v in (7, 8) for v in cc.values()), cc
    for c in CATS:
        assert {r["script"] for r in flag if r["category"] == c} == {"bn", "bn-Latn", "en"}, c
    sc = Counter(r["script"] for r in rows)
    assert all(35 <= v <= 45 for v in sc.values()), sc
    for r in rows:
        t = r["text"]
        if r["label"] == "flag":
            assert r["voice"] == VR and r["category"] in CATS
        else:
            assert r["category"] is None and r["voice"] != VR
        for e in r["entities"]:
            ty, v = e["type"], e["value"]
            assert ty in TYPES, ty
            if ty in ("phone", "whatsapp"):
                assert re.fullmatch(r"\+\d{8,15}", v), v
                d = v[1:]
                nsn = d[3:] if d.startswith("880") else d
                assert nsn in digits(t), (v, t)
                if d.startswith("8801"):
                    assert re.fullmatch(r"8801[3-9]\d{8}", d), v
            elif ty == "bd_nid":
                assert len(v) in (10, 13, 17) and v in digits(t)
            elif ty == "bd_passport":
                assert re.fullmatch(r"[A-Z]\d{8}|[A-Z]{2}\d{7}", v) and v in t
            elif ty == "btc_address":
                assert b58_ok(v, 0x00) and v in t
            elif ty == "tron_address":
                assert b58_ok(v, 0x41) and v.startswith("T") and v in t
            elif ty == "eth_address":
                assert re.fullmatch(r"0x[0-9a-f]{40}", v) and v in t.lower()
            elif ty in ("telegram", "instagram"):
                assert v.startswith("@") and (v in t or "t.me/" + v[1:] in t), (v, t)
            else:
                assert v in t, (v, t)
        # every wa.me / t.me / @handle / email in the text is listed
        ents = {(e["type"], e["value"]) for e in r["entities"]}
        for m in re.findall(r"wa\.me/\+?(\d+)", t):
            assert ("whatsapp", "+" + m) in ents, t
        for m in re.findall(r"t\.me/([A-Za-z0-9_]+)", t):
            assert ("telegram", "@" + m) in ents, t
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            assert ("email", m) in ents, t
        for m in re.findall(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_])", t):
            assert ("instagram", "@" + m) in ents or ("telegram", "@" + m) in ents, t
        # long digit runs (phones written with separators) must be accounted for
        nd = t.translate(BN_DIG)
        for m in re.findall(r"\+?\d[\d \-]{8,}\d", nd):
            dm = re.sub(r"\D", "", m)
            if len(dm) < 9:
                continue
            covered = any(re.sub(r"\D", "", e["value"]).endswith(dm[-9:]) or dm in re.sub(r"\D", "", e["value"])
                          for e in r["entities"])
            assert covered, (m, t)


def main():
    rows = []
    for lab, cat, scr, voice, hard, text, ents in ITEMS:
        rows.append({"text": text, "label": lab, "category": cat, "script": scr,
                     "voice": voice, "hard": hard, "entities": ents})
    random.Random(41).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"dev41-{i:04d}", **r})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    flag = [r for r in out if r["label"] == "flag"]
    print("total", len(out))
    print("label", Counter(r["label"] for r in out))
    print("category", Counter(r["category"] for r in flag))
    print("cat x script", Counter((r["category"], r["script"]) for r in flag))
    print("script", Counter(r["script"] for r in out))
    print("script by label", Counter((r["label"], r["script"]) for r in out))
    print("voice", Counter(r["voice"] for r in out))
    print("hard (ok)", Counter(r["hard"] for r in out if r["label"] == "ok"))
    print("hard (flag)", Counter(r["hard"] for r in flag))
    print("entities", Counter(e["type"] for r in out for e in r["entities"]))


if __name__ == "__main__":
    main()
