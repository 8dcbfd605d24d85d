"""Round 15 of issue 15, part F: precision. Innocent scenes read from the false alarms of eval/dev
(dev80 to dev87 first, then the rest of eval/dev), and those named at the end of round 14, tested as
grids: each scene's family of innocent phrasings in three scripts must not fire the rule it used to
fire (or must stay below the review line), and the indicator the rule exists for, said beside the
same words, must still fire. None of these sentences is a set's, except where a scene's own false
alarm is kept as its first line.

1. AN OFFER NO RECRUITER MAKES (neg.banter): Mars, the moon, aliens, Elon Musk as sponsor, with a
   laugh, even beside "advance"; a broker's wink beside a number, the route's "game" or the parents
   kept out of it is still the offer.
2. THE CAPTOR REVEALED AS A MOTHER OR A WIFE (neg.banter, lab.wages_kept_back).
3. NOTICES BY THEIR SHAPE (neg.awareness_news): "*Forwarded*" with another cue, "Sharing from ...
   page:", "... advisory:", a yard meeting, a school's admission notice, a trawler's capsizing and the
   relatives' wailing, a child's wedding stopped by an officer, the source after its verb, the
   press's "urging workers not to", a help desk's "email the labour wing", a plea made for others.
4. A BROKER'S "TUI" QUOTED IN A WARNING (neg.awareness_news's intimate words inside the quotation).
5. A DOOR LOCKED, NO BLOW (thr.violence: "তালা মারা").
6. A TICKET BOUGHT FOR SOMEONE (fd.debt_by_work, dr.contract_substitution: "ticket tara kete dibe").
7. A CLASS CALLED OFF (iso.not_let_out).
8. HUNDI SET ASIDE FOR THE BANK, BETTER NOT USED (pay.hundi, fd.pay_or_else).
9. A CHILD ADOPTED BY THE LAW'S WAY (mn.child_recruit).
10. A PROMISE KEPT (dr.contract_substitution).
11. A PURPOSE TOLD OF ONE'S OWN DEED (thr.conditional_harm: "jate sobai dekhe tai ... dilam").
12. NO MORE MONEY NEEDED (fd.new_charge_abroad).
13. A PERSONAL NUMBER REFUSED, A CASH-OUT CHARGE ASKED (fd.pay_to_personal_mfs).
14. A MEAL PLANNED (lab.deprivation), THE WEATHER OFFICE'S FORECAST (dr.told_versus_found), A GAME'S
    TEAM RECRUITING PLAYERS BY AGE (mn.child_recruit, mn.minor_age_stated).
"""

import pytest

from packs import builtin_matcher, check_scene_innocent, check_scene_true


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# scene: (what must not happen to the innocent texts, innocent texts, true texts, rule the true texts fire)
# the first element is a rule id (it must not hit the innocent texts) or 'line' (they stay below the review line)
SCENES = {
    'absurd': ('line', [
        'dalal bhai bolse chand e free visa, thaka khawa free, shudhu 3 lakh advance 🤣',
        'agent er notun offer: Mars e construction job, salary 10 lakh, advance 2 lakh 😂😂',
        'ami Elon Musk er sponsor e mongol grohe jabo, 5 lakh agrim dibo haha',
        'দালাল কইছে চাঁদে ফ্রি ভিসা, খালি ২ লাখ অগ্রিম 😂',
        'মামা বলে মঙ্গল গ্রহে কাজ, বেতন ৫ লাখ, পাসপোর্ট জমা দাও 🤣🤣',
        'broker said free visa to the moon, just 5 lakh advance, work: teaching aliens bangla 😂',
        'recruiting now: alien der cha banano, passport joma dao, 3 lakh advance lol 🛸',
    ], [
        'passport joma dao, 5 lakh advance dao, Dubai pathabo 😂 call 01712345678',
        'Italy jaben? Serbia hoye game dibo, boat na bhai 😅 total 12 lakh, amra direct lok',
        'bro its data entry in bangkok, a car will pick u up near the border. dont tell ur parents its myanmar side lol',
        'ইতালি যাবেন? সার্বিয়া হয়ে গেম দিমু 😅 মোট ১২ লাখ, ৩ কিস্তি',
    ], None),
    'kin_reveal': ('line', [
        'my boss takes all my salary and calls it savings. her name? my mom 😭',
        "my manager keeps my whole pay every month... plot twist: it's my wife 😂",
        'boss amar puro beton niye ney, tar naam? amar ammu 😭',
        'বস আমার পুরো বেতন নিয়ে নেয়, নাম? আমার আম্মু 😭',
    ], [
        'my boss takes all my salary and keeps my passport, 3 months no pay 😭',
        'boss amar puro beton niye ney, passport o rekhe dise, 3 mash 😭',
    ], None),
    'kin_hold': ('lab.wages_kept_back', [
        'my mom holds my salary hostage until I get married 😭 send help',
        'my wife holds my whole salary every month lol',
        'my mum has my salary card and gives me pocket money 😂',
    ], [
        'the company holds my salary for 3 months, they say i get it when i finish the contract',
        'malik beton atke rakhse 4 mash, bole contract shesh e dibe',
    ], 'lab.wages_kept_back'),
    'notice': ('line', [
        '*Forwarded* Saudi jete chaile free visa te jaben na, giye huroob khaben. sobai share koren 🙏',
        '*Forwarded* free visa te kokhono jaben na, BMET card chara plane e uthben na. share korun',
        "Sharing from HOME page: If your employer asks you to sign a blank paper saying you got your salary, don't sign. Keep your own record.",
        "Sharing from the migrant centre's page: if your boss holds your passport, keep a photo of it and call the helpline",
        "MOM advisory: employers must not keep workers' passports or work permits.",
        'Embassy advisory: workers must not hand their passports to employers or agents.',
        'Apura, shonibar bikel 4 tay uthan boithok. bishoy: online e boyfriend er dhoka, nude chobi share na kora, blackmail korle ki korben',
        'আপারা, শুক্রবার বিকালে উঠান বৈঠক। বিষয়: অনলাইনে প্রেমের ফাঁদ, কেউ ছবি দিয়ে ব্ল্যাকমেইল করলে কী করবেন',
        'shishu shromik na, shishu school e. amader school e vorti cholche, boyosh 8-14, workshop e kaj kora bachara o ashte parbe',
        'শিশুশ্রম নয়, শিশু থাকবে স্কুলে। ভর্তি চলছে, বয়স ৮-১৪, কারখানায় কাজ করা শিশুরাও ভর্তি হতে পারবে',
        'ভোলায় ট্রলারডুবি: মালয়েশিয়া যাওয়ার পথে নিখোঁজ ৯ জন, তাদের মধ্যে ২ শিশু। স্বজনদের আহাজারি',
        'ইউএনওর হস্তক্ষেপে বন্ধ হলো ১৩ বছরের মেয়ের বিয়ে, জন্মনিবন্ধনে বয়স বাড়ানো হয়েছিল',
        'মালয়েশিয়ায় শ্রমিকদের হোস্টেলে প্রতি রুমে সর্বোচ্চ ১০ জন, প্রতি ২০ জনে একটি টয়লেট রাখতে হবে বলে জানিয়েছে মন্ত্রণালয়',
        'Oman has announced an amnesty; workers without valid papers can leave without fines, the ministry said, urging workers not to pay agents for processing.',
        'Apara jodi kono bon bipode thake, madam passport rekhe dise, beton dey na, bhoy paben na. Riyadh embassy labour wing e email koren, amra gopon rakhbo.',
        "Bon ra shabdhan!! 'free visa' bole jara inbox e dake tara dalal. taka deyar age RL number check koren. share kore onno bon der bachan 🙏",
    ], [
        '*Forwarded* listen. your passport is with us and the visa is in our name, one complaint to the embassy and you will disappear',
        'madam passport rekhe dise, 4 mash beton dey na, amake bachan, ekhon ki korbo',
        'malik passport atke rakhse, beton dey na, ami embassy te jete chai kintu ber hote dey na',
    ], None),
    'quoted_tui': ('line', [
        "সাবধান! দালাল বলবে 'কাউরে কিছু বলবি না, গিয়া ভালো কাজ পাবি' - এমন কথা শুনলে থানায় জানান",
        "sabdhan! dalal bolbe 'karo ke kichu bolbi na, giye bhalo kaj pabi' - emon kotha shunle thanay janan",
        "Beware: traffickers tell girls 'tui kauke bolbi na, tor jonno bhalo kaj ache' - report such talk to 999",
    ], [
        'kauke kichu bolbi na, giye bhalo kaj pabi, passport amar kache thakbe',
        'কাউরে কিছু বলবি না, পাসপোর্ট আমার কাছে থাকবে, গিয়া কাজ পাবি',
    ], None),
    'tala': ('thr.violence', [
        'দরজা ভালা কইরা তালা মারিও সবাই, চুরি হইছে পাশের বাসায়',
        'রাতে গেটে তালা মারা থাকে, চাবি বাড়িওয়ালার কাছে',
        'ghorer dorja te tala mere dio, ami late e ashbo',
        'dokan bondho kore tala maira bari jao',
    ], [
        'মালিক লাঠি দিয়া মারছে, মাথা ফাটছে',
        'supervisor amake belt diye marse, pith e dag',
    ], 'thr.violence'),
    'ticket': ('fd.debt_by_work', [
        'amar bon er contract shesh, madam bolse ticket tara kete dibe, date amra choose korbo',
        'company bolse ticket oranei kete dibe, eid er age ashbo',
        'কোম্পানি বলছে টিকিট ওরাই কেটে দিবে, ছুটিতে আসবো ঈদে',
        'ম্যাডাম বলছে টিকিট উনি কেটে দিবেন, তারিখ আমরা ঠিক করবো',
    ], [
        'TikTok er bhaiya bolse Dubai te show, kauke na bole bus counter e ashte, ticket o kete rakhse, 2 lakh loan ta kaj kore shodh korbo',
        'ticket er taka beton theke kete nibe, madam bolse, ar 3 mash beton nai',
        'টিকিটের টাকা বেতন থেকে কেটে নিবে বলছে, ৩ মাস বেতন নাই',
    ], 'fd.debt_by_work'),
    'ticket_cs': ('dr.contract_substitution', [
        'amar bon er contract shesh, madam bolse ticket tara kete dibe but date amra choose korbo',
        'company bolse ticket oranei kete dibe, kintu date pore janabe',
    ], [
    ], None),
    'class_off': ('iso.not_let_out', [
        'kal class hobe na, sir group e message dise',
        'আজ কোচিং বন্ধ, স্যার গ্রুপে জানাইছে',
        'no class tomorrow, sir posted in the group',
        'kal school bondho, sir bolse barite thakte',
    ], [
        'sir amader baire jaite dey na, dokan e o jete dey na',
        'the supervisor does not let us go to the shop, guards at the gate',
    ], 'iso.not_let_out'),
    'hundi': ('pay.hundi', [
        'ammu, chacha taka pathabe, hundi te na bank e pathate bolo',
        'hundi te na pathanoi bhalo shunlam, bank e rate o bhalo',
        'হুন্ডিতে না, ব্যাংকে পাঠাতে বলো, এবার রেট ভালো',
        'better not to send through hundi, bank gives 2.5 percent',
    ], [
        'jotokkhon 2 lakh hundi te na pathao tor bhai chharbo na',
        'send through hundi, better rate than bank, the man will give cash in Dhaka',
    ], 'pay.hundi'),
    'better_not': ('fd.pay_or_else', [
        'Dubai theke taka pathabo, bkash e bonus ase, hundi te na pathanoi bhalo shunlam, deshe kom ashe',
        'দালালকে টাকা না দেওয়াই ভালো, নাহলে দেশে ফিরতে হবে খালি হাতে',
    ], [
        '2 lakh na pathale passport ferot dibo na, deshe pathai dibo',
        'na dile police e dibo, 50 hajar pathao aj',
    ], 'fd.pay_or_else'),
    'adoption': ('mn.child_recruit', [
        'কেউ কি জানেন আইন মেনে শিশু দত্তক নেওয়ার প্রক্রিয়া কী? ওরা সমাজসেবার শিশু পরিবার থেকে একটা বাচ্চা নিতে চায়',
        'keu janen ain mene shishu dottok newar process ki? shomajsheba theke ekta baccha nite chay',
        'how does legal adoption work here? my cousin wants to adopt a child through the court',
    ], [
        'she is 15 years old but we can send her as a housemaid to Saudi',
        'need boys 12 13 for the workshop, small hands good',
    ], 'mn.child_recruit'),
    'promise_kept': ('dr.contract_substitution', [
        'Malaysia update: boss gave my passport back after the renewal like he promised, now I keep it in my own locker',
        'company kotha rakhse, jemon bolsilo temon beton dey, ekhon overtime o ase',
        'কোম্পানি কথা রাখছে, যেমন বলছিল তেমন বেতন দেয়, এখন ওভারটাইমও আছে',
    ], [
        'agency told us cleaning job in a hospital but when we landed they took us to a farm with goats',
    ], 'dr.contract_substitution'),
    'purpose': ('thr.conditional_harm', [
        'jate sobai dekhe tai photo ta group e dilam',
        'যাতে সবাই দেখে তাই ছবিটা গ্রুপে দিলাম',
        'so that everyone can see it, I posted the notice in the group',
    ], [
        'abar palaile maira felmu, jate sobai dekhe',
    ], None),
    'no_extra': ('fd.new_charge_abroad', [
        'my agency said 10 days for the stamping, its been 12. they said no extra money needed just waiting',
        'agency bolse visa stamping e ar kono extra taka lagbe na, shudhu wait',
        'এজেন্সি বলছে ভিসার জন্য আর কোনো টাকা লাগবে না, শুধু অপেক্ষা',
    ], [
        'visa stamping er jonno aro 50 hajar lagbe, na dile visa cancel',
        "Madam: you clean my sister's house also tomorrow, both houses. no extra money, this is your job, or no iqama",
        'they said no extra money needed but now the agent wants another 40 thousand for the visa',
    ], 'fd.new_charge_abroad'),
    'personal_mfs': ('fd.pay_to_personal_mfs', [
        'amra BAIRA member agency. visa hoyar por shudhu bank e payment. kono personal bkash e amra taka chai na',
        "never pay the visa fee to a personal bKash number, only to the agency's bank account",
        'keu jante paren Nagad e 25 hajar er beshi send money kora jay? bidesh theke bhai taka pathaise, cash out charge koto ekhon?',
    ], [
        'visa fee amar personal bkash e pathan, office e na',
        'ভিসার টাকা আমার পার্সোনাল বিকাশে দেন, অফিসে না',
    ], 'fd.pay_to_personal_mfs'),
    'meal': ('lab.deprivation', [
        "Lunch at 2? I'm starving",
        'dinner tonight? im starving lol, lets eat biryani',
        'cholo khete jai, khida lagse, starving',
    ], [
        'madam gives food once a day, i am starving, leftover only',
        'din e ekbar khabar dey, starving, ar kaj 18 ghonta',
    ], 'lab.deprivation'),
    'forecast': ('dr.told_versus_found', [
        'kal theke dhaka te brishti hote pare, abhawa office bolse 3 din cholbe',
        'আবহাওয়া অফিস বলছে কাল থেকে ঢাকায় তিন দিন বৃষ্টি হবে',
        'the met office said it will rain in Dhaka for 3 days, office closed maybe',
    ], [
    ], None),
    'game_team': ('line', [
        'bro squad e new player lagbe, age 15-17 hole valo, raat 10 tay scrim. discord e ashen ami invite pathacchi',
        'our squad needs a new player, age 14-16, scrims every night, join the discord',
        'স্কোয়াডে নতুন প্লেয়ার লাগবে, বয়স ১৫-১৭, রাত ১০টায় স্ক্রিম, ডিসকর্ডে আসো',
    ], [
        'need girls age 14-16 for work in a house in Dubai, passport we make, 18 in papers',
        'she is 15 years old but we can send her as a housemaid to Saudi',
    ], None),
}


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_innocent_family_not_flagged(matcher, scene):
    check_scene_innocent(matcher, SCENES, scene)


@pytest.mark.parametrize("scene", sorted(k for k, v in SCENES.items() if v[2]))
def test_true_family_still_flagged(matcher, scene):
    check_scene_true(matcher, SCENES, scene)
