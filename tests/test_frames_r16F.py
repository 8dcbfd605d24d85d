"""Round 16 of issue 15, part F: precision, to pay for the wide frames. Innocent scenes read from the
false alarms of eval/dev (dev88 to dev95 first, then the rest of eval/dev), tested as grids: each
scene's family of innocent phrasings in three scripts must not fire the rule it used to fire (or must
stay below the review line), and the indicator the rule exists for, said beside the same words, must
still fire. None of these sentences is a set's.

1. A SERMON, THE READER'S RIGHTS, A COURT AS THE SOURCE, A DISTRICT POLICE HEADER (neg.awareness_news,
   each a voice by itself); a helpline's promise of secrecy and a returnee's "don't come this way" (one
   cue of two each); "ফরোয়ার্ডেড:" at the head as "*Forwarded*".
2. A LANDLORD AS THE MOCK CAPTOR (neg.banter).
3. HER OWN PASSPORT KEPT BY HERSELF (doc.passport_retained); "passports with me." in a family's errand.
4. A "BUT" THAT ANSWERS THE HARDSHIP (dr.contract_substitution): the pay right, a future, the family.
5. A KEY HELD, GOING OUT AT WILL (iso.locked_confined).
6. A TEAM'S TRYOUT (mn.child_recruit).
7. A VISIT SAID NOT FOR WORK (mig.visit_visa_for_work).
8. A LICENSED AGENCY, THE SALARY ON TIME (neg.content_voice, two cues).
9. A SUM SAID NOT PAID, OR WEIGHED AGAINST A SHOP AT HOME (fd.fee_above_cap).
10. A RECRUITER'S "NO NEED BMET" IS NO OFFICIAL CHANNEL (neg.official_channel's not_official: the
    offer stays flagged).
11. SUPPRESSORS THAT HID CASES: a controller's "we have our men there" after a ban on the BGB, the NGO
    or RAB (neg.awareness_news's insider); a child asked her class and a picture, or told to lie about
    her age, with a laugh (neg.banter); a receipt sent with a hundi leg, a girl's price or the rest on
    arrival (neg.mfs_receipt); the Home Office told of a student's work (neg.legit_study_or_visit).
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
SCENES = {
    'sermon': ('line', [
        'জুম্মার খুতবা থেকে: শ্রমিকের মজুরি আটকে রাখা বড় গুনাহ, মালিকরা ঘাম শুকানোর আগে মজুরি দিন',
        'jummar khutba theke: kormochari der beton atke rakha boro gunah, malik bhai ra shomoy moto beton din',
        'Friday sermon today: the imam said keeping a worker locked in or holding back his wage is a great sin',
        'জুম্মার পরে ইমাম সাহেব বললেন, কেউ যেন দালালের হাতে ১০ লাখ দিয়ে ছেলেকে অবৈধ পথে না পাঠায়',
    ], [
        'malik amader beton atke rakhse 4 mash, ghore tala mere rakhe, jummay o jaite dey na',
        'মালিক ৪ মাস বেতন আটকে রাখছে, ঘরে তালা মেরে রাখে, জুম্মায়ও যাইতে দেয় না',
    ], None),
    'rights': ('line', [
        'Community meeting Sunday at the mosque hall: a lawyer will explain your rights if a boss keeps your passport or does not pay',
        'রবিবার সভা: মালিক পাসপোর্ট রেখে দিলে বা বেতন না দিলে আপনার অধিকার কী, আইনজীবী বুঝিয়ে বলবেন',
        'robibar meeting: malik passport rekhe dile ba beton na dile apnar odhikar ki, ukil bujhiye bolben',
    ], [
        'boss keeps my passport and has not paid me for 3 months, please help',
        'malik amar passport rekhe dise, 3 mash beton dey na',
    ], None),
    'court': ('line', [
        'মোহাম্মদপুরে ১৩ বছরের গৃহকর্মীকে আটকে রেখে নির্যাতনের মামলায় দম্পতির ১০ বছরের কারাদণ্ড। আদালত বলেছে, শিশুটিকে খাবার দেওয়া হতো না',
        'Mirpur e 12 bochorer griho kormi ke atke rekhe nirjaton er mamlay dompotir karadondo, adalot boleche shishu ti ke khabar dito na',
    ], [
        'ওরা ১৩ বছরের মেয়েটারে আটকে রাখছে, খাবার দেয় না, মারে',
    ], None),
    'police_header': ('line', [
        'মাদারীপুর জেলা পুলিশ: বিদেশে আটকে রেখে টাকা দাবির শিকার হলে দ্রুত অভিযোগ করুন। আপনার তথ্য গোপন রাখা হবে।',
        'Madaripur district police: if someone holds your relative abroad and demands money, report it at once',
    ], [
        'তোর ভাইরে আটকে রাখছি, ৫ লাখ না দিলে ছাড়মু না, পুলিশে গেলে লাশ পাবি',
    ], None),
    'helpline_secret': ('line', [
        'Greece er shob bhaider bolchi, boss jodi passport rekhe dey, beton na dey — ei number e call korun, kono taka lagbe na, nam gopon thakbe',
        'গ্রিসের সব ভাইদের বলছি, মালিক যদি পাসপোর্ট রেখে দেয়, বেতন না দেয়, এই নম্বরে কল করুন, নাম গোপন রাখা হবে',
        'To all brothers in Greece: if the boss keeps your passport or does not pay, call this number, your identity will be kept confidential',
    ], [
        'boss amar passport rekhe dise, beton dey na 3 mash, ki korbo?',
    ], None),
    'this_way': ('line', [
        'ami bosnia diya italy jaite 6 bar game disi, 7 lakh taka shesh. bhai ra ei rasta e aisen na',
        'আমি বসনিয়া দিয়া ইতালি যাইতে ৬ বার গেম দিছি, ৭ লাখ টাকা শেষ। ভাইয়েরা এই পথে আসবেন না',
        'I tried the Bosnia game to Italy 6 times, lost 7 lakh. brothers and sisters, do not come this way',
    ], [
        'Italy jaben? Bosnia diya game dibo, 12 lakh, amra direct lok',
    ], None),
    'landlord': ('line', [
        'pls someone rescue me, my landlord is holding me hostage with a 3 year lease and 6 months deposit 💀 send help',
        'Landlord took 3 months advance and says I cannot leave before the lease ends 😂',
        'bariwala 6 mash er advance niye rakhse, ar bole lease shesh na hole ber hoite parbo na 😂',
        'বাড়িওয়ালা ৬ মাসের অ্যাডভান্স নিয়া রাখছে, কয় চুক্তি শেষ না হইলে যাইতে পারবা না 😂',
    ], [
        'malik 3 mash er beton advance hisebe rekhe dise, bole contract shesh na hole jaite parbi na',
    ], None),
    'own_list': ('doc.passport_retained', [
        'Mom, medical visa done, passports with me. dont pay anyone who promises a faster date',
        'রুমা নিজের পাসপোর্ট নিজের কাছে রাখে, প্রতি শুক্রবার ভিডিও কল দেয়',
        'Ruma nijer passport nijer kache rakhe, protiti shukrobar video call dey',
        'she keeps her own passport and calls home every Friday',
    ], [
        'পুলিশের কাছে গেলে তোরে জেলে ভরবে, পাসপোর্ট তো আমার কাছে। চুপচাপ কাজ কর',
        'passport ta amar kache thakbe jotodin kaj korbi, palanor chinta korish na',
        'apnar meyer passport amar kache. 1 lakh na dile ferot paben na',
        'কোম্পানি সবার পাসপোর্ট নিজের কাছে রাখে, চাইলেও দেয় না',
    ], 'doc.passport_retained'),
    'but_fine': ('dr.contract_substitution', [
        'boss bollo double pay dibe. 12 ghonta shift kora kosto kintu hishab thik thak pai',
        'age helper chilam, ekhon driving training nitesi. beton kom kintu bhobishot ase',
        'আজকে নতুন এজেন্ট জয়েন করছে, বেতন কম কিন্তু কমিশন ভালো কইল',
        'factory kaj, boss bolse bank holiday. onek kosto kintu family er jonno kori',
        'salary 5 din late dise, supervisor bolche bank e problem, kintu porer mash theke thik hobe bolse',
        'the agent said the work is hard, but the pay is right and it is for my family',
    ], [
        'agent bolse hotel e kaj, kintu ese dekhi desert e chagol charai',
        'দালাল বলছিল হোটেলের কাজ, কিন্তু এখানে আইসা দেখি মরুভূমিতে উট চরাই',
        'they told me i will work in a hospital but now i clean houses, and the family is one man alone',
    ], 'dr.contract_substitution'),
    'key_held': ('iso.locked_confined', [
        'Mister lock the door every night because of thieves, but I have the key also, i can go out anytime',
        'রাতে চোরের ভয়ে মালিক দরজায় তালা দেয়, চাবি আমার কাছেও আছে, যখন ইচ্ছা বের হইতে পারি',
    ], [
        'madam locks the door from outside every night and keeps the key, I cannot go out',
        'ম্যাডাম রাতে বাইরে থেকে তালা দেয়, চাবি নিজের কাছে রাখে, বের হইতে পারি না',
    ], 'iso.locked_confined'),
    'tryout': ('line', [
        'Official: Team Nemesis BD tryout - boys & girls 16+, guardian consent lagbe, no registration fee, LAN cafe te hobe',
        'team er tryout hobe shukrobar, age 15-17, guardian shathe ashte parben',
    ], [
        'need girls age 14-16 for work in a house in Dubai, passport we make, 18 in papers',
    ], None),
    'visit_no_work': ('mig.visit_visa_for_work', [
        'Dubai te 3 bochor holo, ekhon bou ke visit visa te ante chai 1 mash er jonno, kaj korbe na, shudhu ghurbe',
        'দুবাইতে ৩ বছর হইলো, বউরে ভিজিট ভিসায় আনতে চাই এক মাসের জন্য, কাজ করবে না, শুধু ঘুরবে',
        'bringing my wife on a visit visa for a month, she will not work, only sightseeing',
    ], [
        'visit visa te ashen, ekhane eshe kaj kore iqama kore dibo',
        'ভিজিট ভিসায় আসেন, এখানে কাজ করবেন, পরে আকামা করে দিমু',
    ], 'mig.visit_visa_for_work'),
    'licensed_content': ('line', [
        'Beauty parlour job in Dubai through licensed agency, long hours on weekends but salary comes on time',
        'দুবাইয়ে পার্লারে ৩ বছর হইলো, ছুটি সপ্তাহে একদিন, লাইসেন্স করা এজেন্সি দিয়া আসবেন',
        'alhamdulillah Dubai te parlour e 2 bochor holo, BMET diye agency te asi, salary time moto dey',
    ], [
        'Dubai te beauty parlour e kaj, sudhu sundori meye, mash e 1.5 lakh, VIP customer er sathe friendly thakte hobe',
    ], None),
    'not_paid': ('fd.fee_above_cap', [
        'Malaysia te 3 bochor holo, agent ke 5 lakh dite hoyni, govt er rate e ashchi',
        'Dubai jabo bhabchilam, pore hisab kore dekhlam 4 lakh dile Dhaka tei ekta dokan dite pari',
        'মালয়েশিয়া যাইতে দালালরে ৫ লাখ দিতে হয়নি, সরকারি খরচে আসছি',
    ], [
        'Malaysia jete dalal ke 5 lakh dite hobe, visa 2 mase',
        'মালয়েশিয়ার ভিসা ৫ লাখ, দালালের হাতে দিবেন',
    ], 'fd.fee_above_cap'),
    'warning_cues': ('line', [
        'Ransom er call ashle bhoy paben na, taka pathanor age police ar UNHCR er sathe kotha bolen. bkash agent er number e taka dile o manush ferot ashe na',
        'মুক্তিপণের ফোন আসলে ভয় পাবেন না, টাকা পাঠানোর আগে পুলিশের সাথে কথা বলুন',
        'sabdhan: ek dalal tourist visa te kaj er kotha bolche, kono taka diben na, eta fraud',
        'Bekkol bhai-bon re onurodh, kono dalal er kothay fuain re Libya diya Italy pathaiyo na, 4 jon ekhono nikhoj. share korio 🙏',
        'গৃহকর্মী সুরক্ষা নীতি অনুযায়ী ১৪ বছরের কম বয়সী শিশুকে গৃহকর্মে নিয়োগ দেওয়া যাবে না — সমাজসেবা কার্যালয়, লালবাগ',
    ], [
        'taka pathan bkash e, naile apnar chele ke chere dibo na, police ke janale lash paben',
        'টাকা না দিলে তোর ছেলেরে ছাড়মু না, পুলিশে গেলে লাশ পাবি',
    ], None),
    # the suppressors narrowed: what each held below the line is a case again (the true texts), while
    # the voice it exists for still holds (the innocent texts)
    'insider_men': ('line', [
        'Sabdhan! dalal jodi bole passport amar kache rakhen, BGB ba NGO te janan. share korun',
        'If your employer keeps your passport, contact the embassy labour wing. Share this with everyone',
    ], [
        'Your brother owes us for his crossing. Pay 80,000 by friday or we sell him to Gujarat side. Dont try BGB or NGO people, we have our men in Benapole also',
        'Last warning. The boy owes us 3 lakh. Pay by friday or he gets sold to the other side. Dont go to RAB we have people there',
        'তোর ভাই আমাদের কাছে ৩ লাখ ধারে। শুক্রবারের মধ্যে না দিলে ওপারে বেইচা দিমু। বিজিবির কাছে যাইস না, ওইখানে আমাদের লোক আছে',
    ], None),
    'child_laugh': ('line', [
        'lol my little brother is 14 and thinks he can beat me at fifa 😂',
        'haha amar choto bon 12 bochor, school dress pore selfie dilo 😂',
    ], [
        'lol how old r u? 14?? perfect honestly. dont tell anyone ur age in the guild, say ur 18 if anyone asks 😉',
        'ki class e poro? 8? oh nice 😅 tomar moto choto meyeder jonno amar kase ekta special kaj ase, age ekta pic dao school dress e',
    ], None),
    'receipt_leg': ('line', [
        'Tk 5,000.00 sent to 01711000000. TrxID 9XK2LQ7PZA. Fee Tk 0.00. ammu ke pathalam',
        'bkash e 3000 pathaisi TrxID DK4R8PLM2Q, choto bhai er school fee',
    ], [
        'bkash e 35 hajar pathaisi TrxID DK4R8PLM2Q. baki ta hundi te dubai theke asbe monday, oder lok phone dibe nam bolbe na',
        'বিকাশে ২০ হাজার পাঠাইছি TrxID 8KD2LQ7PZA, বাকিটা হুন্ডিতে দুবাই থেকে আসবে, ওদের লোক নাম বলবে না',
        'Nagad e 40 hajar pathaisi TxnID 7HK2PQ9L, bakita hundi te Italy pouchanor por, receipt lagbe na bolse',
    ], None),
    'study_threat': ('line', [
        'ami student visa te London e, class shuru september e, IELTS 6.5 dise',
        'my brother is on a student visa in Manchester, classes start next week',
    ], [
        "If you go to that charity again I'll tell the Home Office you were working in the takeaway on your student visa. You'll be the one in detention",
    ], None),
    'no_bmet': (None, [], [
        'No need BMET registration, we send direct with company visa. 3 lakh, half advance, whatsapp me',
        'bhai BMET lagbe na, amra direct pathai company visa te, 4 lakh, half advance',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[1]))
def test_innocent_family_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[2]))
def test_true_family_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
