"""Blind dev set dev39: 120 items (60 flag / 60 ok), written on 2026-12-05 by a helper who never read the
rules, the other sets or the code; persona: a counsellor of women returnees (domestic workers in the Gulf, Jordan, Lebanon) and of girls taken to India through the western border (parlour jobs, marriage promises, ages made up). Held out from round 5 of issue 15 and scored
only at its start and end (docs/rules.md, "Measuring the packs"). Run from the repository root."""
import hashlib, json, random, re
from collections import Counter

OUT = "eval/dev/dev39.jsonl"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(version, seed):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    raw = payload + chk
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s


BTC = b58check(0x00, "dev39-btc-1")
TRX = b58check(0x41, "dev39-trx-1")
ETH = "0x" + hashlib.sha256(b"dev39-eth-1").hexdigest()[:40]

F = "flag"
O = "ok"
VR = "victim_or_recruiter"


def P(v):
    return {"type": "phone", "value": v}


def E(t, v):
    return {"type": t, "value": v}


# (label, category, script, voice, hard, text, entities)
ITEMS = [
    # ---------------- recruitment_deception (8: bn3 / bn-Latn3 / en2)
    (F, "recruitment_deception", "bn", VR, True,
     "আপা কলকাতার পার্লারে কাজ, থাকা খাওয়া ফ্রি, মাসে ২৫ হাজার রুপি হাতে। পাসপোর্ট লাগবো না বর্ডার আমরাই পার করামু, খালি কাউরে এখনি কইয়েন না সিট কম", []),
    (F, "recruitment_deception", "bn", VR, True,
     "ফিরি ভিসা আছে সৌদির, কোম্পানি লাগবো না নিজে কাজ খুইজা নিবা, ইকামা আমি কইরা দিমু। জাতীয় পরিচয়পত্রের নাম্বার ৪৬১৫২৮৩৯০৭ আর ছবি পাঠান, যোগাযোগ ০১৮১৯-৪৪২৭৩১",
     [E("bd_nid", "4615283907"), P("+8801819442731")]),
    (F, "recruitment_deception", "bn", VR, True,
     "ম্যাডাম কইছিল হাসপাতালে আয়ার কাজ। আইসা দেখি তিন বাড়িতে ঘর মুছা লাগে আর বেতন যা কইছিল তার অর্ধেক, কাগজে আরবিতে কি লেখা কিছুই বুঝি নাই", []),
    (F, "recruitment_deception", "bn-Latn", VR, True,
     "bon tomar jonno pune te garments e kaj thik korsi, baton 18 hajar, amar mamato bhai er factory. kagoj potro amra kore dimu, tumi sudhu jawar din ma ke bolo sylhet e kaj paiso", []),
    (F, "recruitment_deception", "bn-Latn", VR, True,
     "Jordan e garments job 100% guranty, betan 35000 tk overtime alada. tourist visa te jaben pore waork permit kore dibo. NID no 8254109637 ar 2 copy chobi ready rakhen. call/imo +880 1634 718205",
     [E("bd_nid", "8254109637"), P("+8801634718205")]),
    (F, "recruitment_deception", "bn-Latn", VR, True,
     "Malaysia calling visa, factory kaj, betn 1500 ringgit. BMET e giye kichu bolben na, oder line e 6 mash lage, amra onno rastay pathai. ticket er din janabo", []),
    (F, "recruitment_deception", "en", VR, False,
     "Urgent hiring female for Dubai hotel receptionist. No experience no english needed. Salary 2500 AED + tips. Visit visa provided, work permit after arrival. Whatsapp wa.me/971552340918",
     [E("whatsapp", "+971552340918")]),
    (F, "recruitment_deception", "en", VR, True,
     "Sister trust me the family in Riyadh is very good, only 1 baby to look after, own room own phone. dont listen to those agency people they take months, my way u fly next week on umrah visa and start work there", []),

    # ---------------- fees_and_debt (8: bn3 / bn-Latn2 / en3)
    (F, "fees_and_debt", "bn", VR, True,
     "তোমার যাওয়ার খরচ মেডাম দিছে ৩ লাখ, ওইটা প্রতি মাসে কাইটা নিবো। শেষ না হওয়া পর্যন্ত বেতন হাতে পাইবা না, এইটাই এখানকার নিয়ম", []),
    (F, "fees_and_debt", "bn", VR, True,
     "ভাই আরো ৮০ হাজার লাগবো মেডিকেল আর কার্ডের জন্য। না দিলে আগের দেড় লাখও ফেরত পাইবেন না কইলাম, টাকা রেডি কইরা ফোন দিয়েন", []),
    (F, "fees_and_debt", "bn", VR, True,
     "এখানে আসার পর নতুন কইরা কয় ইকামার ১২০০ রিয়াল তোমার দেওয়া লাগবো। বাড়িতে ফোন কইরা আনাও, নাইলে দুই মাস বিনা বেতনে কাজ কইরা শোধ দিবা", []),
    (F, "fees_and_debt", "bn-Latn", VR, False,
     "apa apnar meyer passport (EF2204718) ferot chaile 50 hajar pathan. amra ja khoroch korsi oita age uthaite hobe, noile passport amar kache e thakbe",
     [E("bd_passport", "EF2204718")]),
    (F, "fees_and_debt", "bn-Latn", VR, True,
     "tui ja khaisos thaksos kapor porsos sob hisab ase, 2 lakh rupee hoise. ei taka shodh na kora porjonto kothao jawa nai, bujhli", []),
    (F, "fees_and_debt", "en", VR, False,
     "Total package 5.5 lakh taka, 2 lakh now rest after visa. if you dont have, my cousin gives loan 10% per month, you pay back from salary there, no problem", []),
    (F, "fees_and_debt", "en", VR, True,
     "Madam says your debt is now 1,40,000 rupees with food, room, clothes and the transfer fee from Benapole. Every client 500 goes to the debt. Dont ask again.", []),
    (F, "fees_and_debt", "en", VR, True,
     "your 4 lakh was only for visa. now u must pay 1500 SAR for iqama and medical otherwise no salary until its cut. tell your husband send by next friday", []),

    # ---------------- payments_and_proceeds (8: bn2 / bn-Latn3 / en3)
    (F, "payments_and_proceeds", "bn", VR, True,
     "বিকাশে না, নগদে পাঠান এই নাম্বারে ০১৯১৩৫৫৮০২৭, এজেন্টের নাম্বার। ১০ হাজার কইরা ভাইঙ্গা ভাইঙ্গা দিবেন, একবারে বড় এমাউন্ট দিলে ঝামেলা হয়",
     [P("+8801913558027")]),
    (F, "payments_and_proceeds", "bn", VR, True,
     "মাইয়াগো কামাই বাবদ এই মাসে ৪৫ হাজার রুপি আইছে, হুন্ডিতে পাঠাইয়া দিছি। আপনার হাতে আইলে ফোন দিয়েন, ভাগ পরে বুঝাইয়া দিমু", []),
    (F, "payments_and_proceeds", "bn-Latn", VR, True,
     "Bhai meye gular income ekhon theke USDT te nibo, TRC20 address " + TRX + " . bkash e ar na, BFIU dhorse kichu account",
     [E("tron_address", TRX)]),
    (F, "payments_and_proceeds", "bn-Latn", VR, True,
     "hundi te pathaisi 2.2 lakh dubai er ekjon er maddhome. apnar bkash 01711-903264 e cash out koira niben, keu jiggesh korle bolben jomi becha taka",
     [P("+8801711903264")]),
    (F, "payments_and_proceeds", "bn-Latn", VR, True,
     "shobar collection rat 12 tar moddhe Rocket e dibi 01822 617430 ei number e. kom dile kal theke khabar bondho, madam nijei hisab korbe",
     [P("+8801822617430")]),
    (F, "payments_and_proceeds", "en", VR, False,
     "For the 2 new girls: 1.2 lakh INR each. Pay to BTC " + BTC + " only, no bank. Pickup from Satkhira side friday night",
     [E("btc_address", BTC)]),
    (F, "payments_and_proceeds", "en", VR, True,
     "bro from now take the booking money on Nagad, my personal no. not the office one. 3 girls x 4 slots daily. i keep the ledger, dont write any names on whatsapp", []),
    (F, "payments_and_proceeds", "en", VR, True,
     "ETH only for the Pune house share this month " + ETH + " , half yours half for the border man. delete after sending",
     [E("eth_address", ETH)]),

    # ---------------- isolation_and_control (7: bn2 / bn-Latn3 / en2)
    (F, "isolation_and_control", "bn", VR, True,
     "ফোন আমার কাছে থাকবো। শুক্রবার ৫ মিনিট বাড়িতে কথা কবা আমার সামনে বইসা। বাইরের দরজায় তালা থাকে, চাবি ম্যাডামের কাছে, জানালায় দাঁড়াইবা না", []),
    (F, "isolation_and_control", "bn", VR, True,
     "আম্মা আমি ভালো আছি কইছিলাম কারণ উনারা পাশে আছিল। আমারে বাইরে যাইতে দেয় না, ৪ মাস রোদ দেখি নাই। এই নাম্বারে আর ফোন দিও না", []),
    (F, "isolation_and_control", "bn-Latn", VR, True,
     "tor ma baba ke ar phone dibi na, ja bolar ami boli. tui ekhon amar bou, amar bari theke ber hobi na, ekhane keu tore chine na mone rakhis", []),
    (F, "isolation_and_control", "bn-Latn", VR, True,
     "apa amar mobile nia gese madam, rannaghor er lukano phone theke likhtesi, keu jante parle shesh. 2 bochor bari jaite dey na, kar sathe kotha boli sob dekhe", []),
    (F, "isolation_and_control", "bn-Latn", VR, True,
     "notun meye gula ke karo sathe kotha bolte dibi na. bazar e gele Raju sathe jabe. sim card shob amar kache joma thakbe, kew jeno janla diye dak na dey", []),
    (F, "isolation_and_control", "en", VR, False,
     "Rules of the house: no phone for the maid, no going outside, no talking to the driver or other Bangladeshis. Your family can call on my number once a month.", []),
    (F, "isolation_and_control", "en", VR, True,
     "they moved us to another flat at night, no one knows the address, even i dont know which city. didi says if we talk to neighbours no food for us", []),

    # ---------------- labour_exploitation (7: bn3 / bn-Latn2 / en2)
    (F, "labour_exploitation", "bn", VR, True,
     "ফজরের আগে উঠি রাত ২টায় শুই, তিন বাড়িতে কাজ করায়, শুক্রবারেও ছুটি নাই। খাওন দেয় দিনে একবার, বাচ্চাগো পেলেটের বাকিটা", []),
    (F, "labour_exploitation", "bn", VR, True,
     "৭ মাস বেতন দেয় নাই। কয় তোমার টাকা আমার কাছে জমা থাকুক, দেশে যাওয়ার সময় এক লগে দিমু। আমি তো বাড়িতে এক টাকাও পাঠাইতে পারি না", []),
    (F, "labour_exploitation", "bn", VR, True,
     "৮ ঘণ্টা কইছিল এখন ১৮ ঘণ্টা খাটায়। জ্বর হইলেও শুইতে দেয় না, ঔষধ চাইলে কয় বেতন থাইকা কাটবো", []),
    (F, "labour_exploitation", "bn-Latn", VR, True,
     "betan 1000 riyal bolse, dey 600, tar theke o kete rakhe 'jomano' bole. 14 mash hoye gelo hat e paisi sudhu 2 mash er", []),
    (F, "labour_exploitation", "bn-Latn", VR, True,
     "apa ekhane 4 jon meye ek ta store room e ghumai, fan o nai. gorom e kal ek jon behush hoise tao shokal 5 tay kaj e namaise", []),
    (F, "labour_exploitation", "en", VR, False,
     "16 hrs a day at the factory in Pune, no weekly off, salary given to the supervisor not us. we sleep on the floor upstairs of the machines", []),
    (F, "labour_exploitation", "en", VR, True,
     "Madam: if you finish the house before 3am you can sleep. Tomorrow my sister house also, you clean both. no extra money, this is your job", []),

    # ---------------- threats_and_coercion (7: bn2 / bn-Latn2 / en3)
    (F, "threats_and_coercion", "bn", VR, True,
     "পালানোর চিন্তাও কইরো না। এইখানে তোমার কাগজ নাই, পুলিশ ধরলে জেলে পচবা। আর তোমার ছোট ভাই কোন স্কুলে যায় আমি কিন্তু জানি", []),
    (F, "threats_and_coercion", "bn", VR, True,
     "তোর ভিডিও আছে আমার কাছে, গ্রামের সবাইরে পাঠামু, তোর বাপ মুখ দেখাইতে পারবো না। চুপচাপ যেইখানে পাঠাই যা", []),
    (F, "threats_and_coercion", "bn-Latn", VR, True,
     "madam er kotha na shunle huroob dibe bolse, tahole ar kokhono desh e ferot jaite parbo na jail hobe. gotokal chul dhore marse apa", []),
    (F, "threats_and_coercion", "bn-Latn", VR, True,
     "tor family 2 lakh na dile tui ar phone e kotha bolbi na, bujhchis? Libya er camp e ki hoy sunechis to", []),
    (F, "threats_and_coercion", "en", VR, True,
     "Your daughter owes us. If she runs again we will come to your house in Satkhira, we know the address. Tell her to behave.", []),
    (F, "threats_and_coercion", "en", VR, True,
     "If you complain to embassy my husband will file absconding case, you go to deportation jail and never see your 8 months money. Think. Call me +966 55 418 2093 before u do anything stupid",
     [P("+966554182093")]),
    (F, "threats_and_coercion", "en", VR, True,
     "bro they beat the new girl with a charger wire last night because she cried to go home. they said next time electric", []),

    # ---------------- sexual_exploitation (8: bn3 / bn-Latn3 / en2)
    (F, "sexual_exploitation", "bn", VR, False,
     "আজকে রাতে ৫টা কাস্টমার নিবি, না করলে কালকে খাওন বন্ধ। সাজগোজ কইরা ৯টায় নিচে আয়", []),
    (F, "sexual_exploitation", "bn", VR, True,
     "জামাই কইছিল মুম্বাই গিয়া সংসার করবো। আইনা এক বাড়িতে রাইখা গেছে, এখন এক মহিলা কয় তোরে ৮০ হাজারে কিনছি, রাইতে লোক আসে", []),
    (F, "sexual_exploitation", "bn", VR, False,
     "নতুন বাংলাদেশি মাল আসছে, ফর্সা, হিন্দি বুঝে না। ফুল নাইট ৩০০০, ঠিকানা ইনবক্সে", []),
    (F, "sexual_exploitation", "bn-Latn", VR, True,
     "parlour e massage er kaj bole anse, kintu ekhane customer er room e pathay, na gele mare. didi ke bolo amake niye jete", []),
    (F, "sexual_exploitation", "bn-Latn", VR, False,
     "Bengali fresh girls available Kolkata Sonagachi side, 100% safe, outcall o ase. book korte telegram e @rupa_didi_kol ba wa.me/919830412765",
     [E("telegram", "@rupa_didi_kol"), E("whatsapp", "+919830412765")]),
    (F, "sexual_exploitation", "bn-Latn", VR, True,
     "ekhon theke tui video call eo boshbi, customer online e pay korbe, jeta bole shob korbi camera te. na korle kal room e pathabo", []),
    (F, "sexual_exploitation", "en", VR, False,
     "New Bangladeshi girls just arrived Pune 🌸🌸 shy, very fresh, no hindi. Genuine service trusted place. Call +91 98220 45176 or DM insta @pune.beauty.spa_",
     [P("+919822045176"), E("instagram", "@pune.beauty.spa_")]),
    (F, "sexual_exploitation", "en", VR, False,
     "the man i married in Jessore sold me to a house in Mumbai. every night they send men. i have no money no ID. please tell my mother", []),

    # ---------------- minors (7: bn2 / bn-Latn2 / en3)
    (F, "minors", "bn", VR, False,
     "মাইয়ার বয়স ১৪ তো কি হইছে, জন্ম নিবন্ধনে ১৯ বানায়া দিমু, চেয়ারম্যান অফিসে আমার লোক আছে। ইন্ডিয়ার পার্লারে ভালো টাকা", []),
    (F, "minors", "bn", VR, True,
     "ক্লাস এইটে পড়ে মাইয়াটা, ভালো কইরা বুঝাইয়া বাসে তুলবা। বাপ মায়েরে কইবা ঢাকায় গার্মেন্টসে দিতেছো। বর্ডারে সবুজ নিয়া যাইবো", []),
    (F, "minors", "bn-Latn", VR, True,
     "15 bochorer meye lagbe Dubai er ek barir kaj er jonno. passport e boyosh 25 kore dibo, dalal fee amader, family ke advance 20 hajar", []),
    (F, "minors", "bn-Latn", VR, False,
     "choto meye hole customer beshi dey, 16 er niche hoile rate double. notun gula school er, tai shabdhane rakhbi, bahire ber korbi na", []),
    (F, "minors", "en", VR, False,
     "She is only 13 but tall, we will write 18 in the papers. Groom in Kolkata pays the family 50000, they can take her after Eid. no one will ask", []),
    (F, "minors", "en", VR, False,
     "looking for young girls 14-17 for house work in Lebanon, free travel, age not a problem we arrange the passport", []),
    (F, "minors", "en", VR, True,
     "my niece is 15 and this boy from TikTok says he will marry her in India. he told her to come alone to Benapole and not tell anyone, he sent her bus money on bKash", []),

    # ================= hard negatives
    # news
    (O, None, "bn", "news", True,
     "যশোরের শার্শা সীমান্ত দিয়ে ভারতে পাচারের সময় তিন কিশোরীকে উদ্ধার করেছে বিজিবি। আটক দালাল জানিয়েছে, বিউটি পার্লারে চাকরির প্রলোভন দেখিয়ে তাদের নেওয়া হচ্ছিল। মানব পাচার আইনে মামলা হয়েছে।", []),
    (O, None, "bn", "news", True,
     "সৌদি ফেরত নারী গৃহকর্মীদের নির্যাতনের অভিযোগের পর দুটি রিক্রুটিং এজেন্সির লাইসেন্স স্থগিত করেছে প্রবাসী কল্যাণ মন্ত্রণালয়। ভুক্তভোগীদের বকেয়া বেতন আদায়ে দূতাবাস কাজ করছে বলে জানানো হয়।", []),
    (O, None, "bn-Latn", "news", True,
     "news dekhlam, Satkhira te 2 jon dalal arrest, meye pachar er mamlay court 10 bochor jail dise. jak valo hoise", []),
    (O, None, "bn-Latn", "news", True,
     "Khobor: Pune police 7 jon Bangladeshi meye ke ekta spa theke uddhar korse, tader shelter home e rakhse, desh e ferot pathanor process cholche", []),
    (O, None, "en", "news", True,
     "Dhaka tribunal sentences two men to life imprisonment for trafficking a teenager to India with the promise of a parlour job; each was also fined Tk 5 lakh.", []),
    (O, None, "en", "news", True,
     "Mumbai police bust racket that lured Bangladeshi women with fake marriage promises; three held, 11 rescued and handed to a shelter, report says.", []),
    # awareness
    (O, None, "bn", "awareness", True,
     "সতর্কতা: বিদেশে যাওয়ার আগে পাসপোর্ট কোনো দালালের হাতে দিবেন না। সরকার নির্ধারিত ফি-র বেশি টাকা চাইলে অভিযোগ করুন। চুক্তিপত্রে বেতন আর কাজের ধরন লেখা আছে কিনা দেখে নিন।", []),
    (O, None, "bn", "awareness", True,
     "বোনেরা, ফেসবুক বা টিকটকে পরিচয় হয়ে বিয়ের কথা বলে ভারতে নিয়ে যাওয়ার ঘটনা বাড়ছে। মেয়ের বয়স ১৮র কম হলে বিয়ে দেওয়া অপরাধ। সন্দেহ হলে ইউএনও অফিসে জানান।", []),
    (O, None, "bn-Latn", "awareness", True,
     "Apu ra group e share korben: keu jodi bole 'free visa', 'passport ami rakhbo', 'border diye niye jabo' - eigula pachar er lokkhon. sob kichu BMET theke jachai kore niben", []),
    (O, None, "bn-Latn", "awareness", True,
     "sachetonota: kaj er kotha bole keu jodi meye ke eka border e aste bole ba bari te janate mana kore, savdhan. thana ba union porishod e jogajog korun", []),
    (O, None, "en", "awareness", True,
     "Know the signs: employer keeps your passport, wages held back, locked inside the house, told not to contact family. These are signs of forced labour. Talk to us, we can help.", []),
    (O, None, "en", "awareness", True,
     "Before you go abroad: register with BMET, get your smart card, never pay cash to a dalal, leave a copy of your passport with family and save the embassy number in your phone.", []),
    # official
    (O, None, "bn", "official", True,
     "বিএমইটি বিজ্ঞপ্তি: সৌদি আরবে গৃহকর্মী পদে নারী কর্মীদের কোনো অভিবাসন ব্যয় নেই, নিয়োগকর্তা সকল খরচ বহন করবেন। লাইসেন্সবিহীন কোনো ব্যক্তির সাথে টাকা লেনদেন করবেন না।", []),
    (O, None, "bn", "official", True,
     "মেসার্স আল-নূর ওভারসিজ (আরএল-১৪২৭): জর্ডানের গার্মেন্টসে নারী কর্মী নিয়োগ। বেতন ১২০ জেডি, থাকা খাওয়া ফ্রি, ৮ ঘণ্টা ডিউটি, ওভারটাইম আলাদা। সরকার নির্ধারিত ফি ছাড়া কোনো টাকা নেওয়া হয় না। যোগাযোগ: ০১৭৫৫-৩০২১১৮",
     [P("+8801755302118")]),
    (O, None, "bn-Latn", "official", True,
     "Malaysia jete sorkari khoroch 78,990 taka, er beshi keu chaile BMET e obhijog korun. amader agency licensed RL-0893, office e ashen, kono dalal nai. ph 01921 664350",
     [P("+8801921664350")]),
    (O, None, "bn-Latn", "official", True,
     "Embassy notice: nijer passport nijer kache rakha apnar odhikar. Riyadh e passport renew er appointment er jonno email korun labourwing.riyadh@bdembassy-ksa.org",
     [E("email", "labourwing.riyadh@bdembassy-ksa.org")]),
    (O, None, "en", "official", True,
     "Bangladesh Embassy Amman: MRP renewals ready for collection on Sunday. Passport nos. BW4418207 and BW4418236 please bring your receipt and work permit copy. No fee other than the government fee.",
     [E("bd_passport", "BW4418207"), E("bd_passport", "BW4418236")]),
    (O, None, "en", "official", True,
     "OEP notice (licensed, RL-1152): Female caregivers for Japan. Age 22-35, JLPT N4 required. Migration cost as fixed by government, paid by bank only. Contact hr@sunrise-overseas.com.bd / +880 1911-204637",
     [E("email", "hr@sunrise-overseas.com.bd"), P("+8801911204637")]),
    # receipt
    (O, None, "bn", "receipt", True,
     "আপনি ৳৫,০০০.০০ পেয়েছেন ০১৭১২৩৪৫০০৯ থেকে। ফি ৳০.০০। ব্যালেন্স ৳৭,৮২০.৫০। TrxID CK81RT5Z2Q ১২/১১/২০২৬ ১৪:২২",
     [P("+8801712345009"), E("mfs_transaction", "CK81RT5Z2Q")]),
    (O, None, "bn", "receipt", True,
     "নগদে টাকা গ্রহণ। পরিমাণ: ৳১২০০০ প্রেরক: ০১৯৮৭৬৫৪৩২১ TxnID: 7AH3KQ2M ব্যালেন্স: ৳১৩৪৫০",
     [P("+8801987654321"), E("mfs_transaction", "7AH3KQ2M")]),
    (O, None, "bn-Latn", "receipt", True,
     "abba taka gese? Rocket e 20 hajar pathaisi salary theke, TxnId 4820193376. ammare bolba eid er kapor kinte",
     [E("mfs_transaction", "4820193376")]),
    (O, None, "bn-Latn", "receipt", True,
     "bhai Nagad e 8000 pathaisi tomar exam fee er jonno, TxnID: 9LQ2XW4B, pouchaile confirm dio",
     [E("mfs_transaction", "9LQ2XW4B")]),
    (O, None, "en", "receipt", True,
     "You have received Tk 25,000.00 from 01715-882046. Ref remit. Fee Tk 0.00. Balance Tk 26,118.40. TrxID BJ7WQ3ZN0M at 02/12/2026 10:41",
     [P("+8801715882046"), E("mfs_transaction", "BJ7WQ3ZN0M")]),
    (O, None, "en", "receipt", True,
     "Cash Out Tk 10,000.00 to 01845703391 successful. Fee Tk 185.00. Balance Tk 2,304.12. TrxID CD92LMX4PA at 28/11/2026 18:03",
     [P("+8801845703391"), E("mfs_transaction", "CD92LMX4PA")]),
    # worker_content
    (O, None, "bn", "worker_content", True,
     "আলহামদুলিল্লাহ আম্মা, ম্যাডাম খুব ভালো। পাসপোর্ট আমার নিজের ব্যাগেই আছে, প্রতি মাসের ১ তারিখে বেতন দেয়, শুক্রবার ছুটি। আজ ওভারটাইমের টাকাও দিছে", []),
    (O, None, "bn", "worker_content", True,
     "জর্ডানের ফ্যাক্টরিতে দুই বছর হইল। দিনে ৮ ঘণ্টা, ওভারটাইম করলে আলাদা টাকা, রুমে ৪ জন থাকি এসি আছে। ঈদে ছুটিতে দেশে আসমু ইনশাআল্লাহ", []),
    (O, None, "bn-Latn", "worker_content", True,
     "Oman e amar kafil khub bhalo manush, betan 140 rial time moto dey, phone nijer kase, protidin rate bari te video call dei. passport renew o uni nijei kore dise", []),
    (O, None, "bn-Latn", "worker_content", True,
     "apa ami Lebanon e ekhon live-out, nijer ghor bhara nijei dei, 2 ta barite part time kaj kori ghonta hisabe, mash sheshe 600 dollar er moto hoy alhamdulillah", []),
    (O, None, "en", "worker_content", True,
     "Salary came today, sent 30k home. Sponsor family took us to the sea on Friday. Passport with me, iqama renewed. Only missing mama's food 😅", []),
    (O, None, "en", "worker_content", True,
     "worked 12 hours today because of the wedding at madam house but she paid overtime 100 riyal and gave me 2 days off next week, not bad", []),
    # joke
    (O, None, "bn", "joke", True,
     "আমার জামাই কয় আমারে সৌদি পাঠাইয়া দিবো, আমি কইলাম আগে তোমার পাসপোর্ট আমার কাছে জমা রাখো পরে কথা কইয়ো 😂😂", []),
    (O, None, "bn", "joke", True,
     "দালাল ভাই কইছে দুবাইয়ে কাজ, বেতন লাখ টাকা, খালি উট গোসল করাইতে হইবো 🐪 আমি কইলাম ভাই উট আগে আমারে গোসল করাইবো 🤣", []),
    (O, None, "bn-Latn", "joke", True,
     "Shakila apa bole 'amar boss amake lock kore rakhe' pore bujhlam uni nijei bathroom er chabi hariye feleche 😂😂 pura group e hasi", []),
    (O, None, "bn-Latn", "joke", True,
     "amar sasuri amar salary er hisab rakhe bank manager er moto, ek taka kom hoile interview 😂 ami ekhon sasurbari te 'debt' e bondi", []),
    (O, None, "en", "joke", True,
     "Breaking news: my son has sold me to his school for 6 hours a day, no wages, only tiffin duty. Send help 😂", []),
    (O, None, "en", "joke", True,
     "Madam said I can go out only if I finish ironing. Reader, the ironing never finishes 😂 (jk she's sweet, we went to the mall after)", []),
    # chatter (hard)
    (O, None, "bn", "chatter", True,
     "আপা কালকে গ্রুপ মিটিংয়ে আসবেন? রহিমা আপা পাসপোর্ট রিনিউয়ের কাগজ আনবে, আর বিএমইটির ট্রেনিংয়ের কথা বলবে", []),
    (O, None, "bn", "chatter", True,
     "বোন কাল বেনাপোল বর্ডারে সারাদিন লাইন, আম্মারে নিয়া কলকাতায় চোখের ডাক্তার দেখাইতে গেলাম, ভিসা পাসপোর্ট সব ঠিক তবু ৫ ঘণ্টা দাঁড়াইয়া", []),
    (O, None, "bn-Latn", "chatter", True,
     "apa group er meeting shonibar 3 tay, jara ferot ashsen tader reintegration loan er form anben NID er copy shoho", []),
    (O, None, "bn-Latn", "chatter", True,
     "ajke Pune theke ashlam, bon er operation hoise oikhane, train e 2 din. border e dalal ra ghuraghuri kore but amra legal vabei gelam r ashlam", []),
    (O, None, "en", "chatter", True,
     "Training today at the centre: how to open a bank account and send remittance safely. Bring your passport copy. Tea and snacks provided :)", []),
    (O, None, "en", "chatter", True,
     "anyone knows a good agent for tickets to Muscat? travel agent i mean lol, need a return ticket for my cousin's vacation", []),
    # family
    (O, None, "bn", "family", True,
     "মাইয়ার বয়স তো ১৯ হইছে, ছেলে দুবাই থাকে ভালো চাকরি করে। জন্ম নিবন্ধন আর এনআইডি দুইটাই রেডি রাখো, কাজী সাহেব দেখতে চাইবো", []),
    (O, None, "bn", "family", True,
     "বাবু ক্লাস ফাইভে উঠছে, বয়স ১০। স্কুলে ভর্তির জন্য জন্ম নিবন্ধনের কপি লাগবো, তুমি সৌদি থেকে টাকা পাঠাইলে ড্রেস কিনমু", []),
    (O, None, "bn-Latn", "family", True,
     "ammu passport ta almari te rekhe dio, ar bkash e 10 hajar pathaisi rimir school er beton ar coaching er taka. abba ke bolo ami valo asi", []),
    (O, None, "bn-Latn", "family", True,
     "chachi boltesen meye ke 16 te biye dibe, ami bollam na 18 er age biye legal na, porashuna sesh koruk. chele pokkho ke bollam 2 bochor wait korte", []),
    (O, None, "en", "family", True,
     "Beta, your sister's wedding is fixed for 14 Jan. Groom is an engineer in Kolkata, both families met twice. Please send your leave application soon and book ticket", []),
    (O, None, "en", "family", True,
     "Bring Nila's passport and her school certificate tomorrow, we need them for the student visa file at the Indian visa centre. She is 17 so both parents must sign.", []),

    # ================= easy negatives (chatter, hard=False)
    (O, None, "bn", "chatter", False, "আপা আজকে রান্না কি করলেন? আমি ইলিশ ভাজছি", []),
    (O, None, "bn", "chatter", False, "কাল বৃষ্টি হইবো মনে হয়, ছাতা নিয়া বাইর হইয়ো", []),
    (O, None, "bn", "chatter", False, "ভাইয়া মোবাইলে ৫০ টাকা রিচার্জ দিয়া দিও প্লিজ", []),
    (O, None, "bn", "chatter", False, "ঈদ মোবারক সবাইকে, ভালো থাকবেন সবাই", []),
    (O, None, "bn-Latn", "chatter", False, "ki khobor apu, onek din kotha hoy na", []),
    (O, None, "bn-Latn", "chatter", False, "kal match dekhso? shakib er bowling joss chilo", []),
    (O, None, "bn-Latn", "chatter", False, "ami bazar e jacchi, kicu lagbe?", []),
    (O, None, "bn-Latn", "chatter", False, "amar charger ta koi rakhsi keu dekhso?", []),
    (O, None, "en", "chatter", False, "Good morning sisters, have a blessed Friday", []),
    (O, None, "en", "chatter", False, "Can someone share the photos from yesterday's picnic?", []),
    (O, None, "en", "chatter", False, "happy birthday Ruma apa 🎂🎉", []),
    (O, None, "en", "chatter", False, "reached home safely, thanks for the ride", []),
]

BN_DIG = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")


def check(items):
    assert len(items) == 120, len(items)
    for it in items:
        t = it["text"].translate(BN_DIG)
        digits = re.sub(r"\D", "", t)
        for e in it["entities"]:
            v = e["value"]
            if e["type"] in ("phone", "whatsapp"):
                d = v.lstrip("+")
                ok = d in digits or (d.startswith("880") and "0" + d[3:] in digits)
            elif e["type"] in ("bd_nid",):
                ok = v in t
            elif e["type"] == "eth_address":
                ok = v == v.lower() and v in t.lower()
            else:
                ok = v in t
            assert ok, (it["id"], e)
        # passports in text must be listed
        for m in re.findall(r"\b(?:[A-Z]\d{8}|[A-Z]{2}\d{7})\b", t):
            assert {"type": "bd_passport", "value": m} in it["entities"], (it["id"], m)
        for m in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", t):
            assert {"type": "email", "value": m} in it["entities"], (it["id"], m)
    c = Counter(i["label"] for i in items)
    assert c["flag"] == 60 and c["ok"] == 60, c
    assert sum(1 for i in items if i["label"] == "ok" and i["hard"]) >= 45
    ids = [i["id"] for i in items]
    assert len(set(ids)) == 120


def main():
    rows = []
    for lab, cat, scr, voice, hard, text, ents in ITEMS:
        rows.append({"text": text, "label": lab, "category": cat, "script": scr,
                     "voice": voice, "hard": hard, "entities": ents})
    random.Random(39).shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        out.append({"id": f"dev39-{n:04d}", **r})
    check(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(out), OUT)


if __name__ == "__main__":
    main()
