"""Frames of round 7, part C (issue 15): control, threats, minors and labour, English first and then
romanised and Bengali script. Each frame is a rule whose groups are shared concept classes
(rules/shared.lexicon.yaml), and each is tested as a GRID: phrases built from independent fillers,
every offending combination to reach the review line and the same fillers in innocent frames (a
school's or a hostel's rule, a parent, a worker's own choice, the news, a warning, a lawful job ad)
to stay below it.

Three frames are COMBINATIONS: two weak signals that together are a strong one, reached through one
rule that names both (`iso.house_rules`: two house rules of control; `lab.conditions_combined`: two
abusive conditions; `mn.minor_exploited`: a child said young and what is done to her); one slot
alone stays below the line. The fourth widens `thr.conditional_harm`'s slots: a threat on seeking
help or refusing (the family to the police or RAB, crying, not signing) near its consequence.

One module-scoped Matcher and one `match_many` call per grid."""

from itertools import combinations, product

import pytest

from packs import builtin_matcher, fired_by


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def _scores(matcher, texts):
    return {t: r for t, r in zip(texts, matcher.match_many(texts))}


def _check(matcher, flag, leave):
    """One `match_many` over both sides; returns (offending below the line, innocent above it)."""
    got = _scores(matcher, sorted(set(flag)) + sorted(set(leave)))
    below = [(t, got[t].explanation) for t in sorted(set(flag)) if got[t].score < matcher.line]
    above = [(t, got[t].explanation) for t in sorted(set(leave)) if got[t].score >= matcher.line]
    return below, above


def _pairs(slots, frame, who):
    """Every two distinct slots, every filler of each, in ``frame``; the speaker rotated."""
    out, turn = [], 0
    for a, b in combinations(sorted(slots), 2):
        for x, y in product(slots[a], slots[b]):
            out.append(frame.format(who=who[turn % len(who)], x=x, y=y))
            turn += 1
    return out


# --- frame 1: HOUSE RULES of control, two in one message ---------------------------------------------
HOUSE_EN = {
    "phone": ["phones handed over at the house", "no phone for the maid", "she does not need a phone", "no sim for the new ones"],
    "out": ["nobody goes outside", "no going outside", "she stays inside, never goes out"],
    "via": ["family calls only on my number", "you talk to family only from my phone", "call home once a month",
            "calls home in front of me"],
    "talk": ["no talking to the driver", "dont talk with other bangladeshi", "do not talk to the neighbours"],
    "cover": ["if family calls say everything good", "when mom calls say you are fine"],
    "secret": ["dont say where you are", "don't post anything on facebook"],
}
HOUSE_BNL = {
    "phone": ["sim dey na", "mobile joma thakbe", "phone dibi na ar"],
    "out": ["baire jabi na", "ber hobi na kokhono", "bahire jawa nished"],
    "via": ["kotha bolte chaile amar phone theke", "mashe ekbar barite phone", "amar samne kotha bolbi"],
    "talk": ["onno bangali der sathe kotha bolbi na", "karo sathe kotha bolle chakri thakbe na"],
    "cover": ["barite bolbi bhalo achi", "ma phone dile sob thik bolbi"],
    "secret": ["kothay aso bolbi na", "facebook e post korbi na"],
}
HOUSE_BN = {
    "phone": ["মোবাইল জমা থাকবে", "সিম দেয় না", "ফোন দিবি না আর"],
    "out": ["বাইরে যাবি না", "বের হবি না কখনো"],
    "via": ["কথা কইতে চাইলে আমার ফোন থেকে", "মাসে একবার বাড়িতে কথা", "আমার সামনে বইসা কথা কইবি"],
    "talk": ["কারো সাথে কথা বললে চাকরি থাকবে না", "অন্য বাঙালির সাথে কথা বলবি না"],
    "cover": ["মা ফোন দিলে ভালো আছি বলবি", "বাড়িতে বলবি ভালো আছি"],
    "secret": ["কোথায় আছিস বলবি না", "ফেসবুকে পোস্ট করবি না"],
}
WHO_EN = ["Rules for new boys", "madam's rules", "kafeel says", "rules of the house"]
WHO_BNL = ["notun der niyom", "madam bolse", "kofil er hukum"]
WHO_BN = ["নতুনদের নিয়ম", "ম্যাডাম বলছে", "কফিলের হুকুম"]


def _house_flag():
    return (_pairs(HOUSE_EN, "{who}: {x}. {y}.", WHO_EN) + _pairs(HOUSE_BNL, "{who}: {x}. {y}.", WHO_BNL)
            + _pairs(HOUSE_BN, "{who}: {x}। {y}।", WHO_BN))


def _house_single():
    """One rule alone, whoever says it: other rules may flag a strong one, this frame must not."""
    out = []
    for slots, who in ((HOUSE_EN, WHO_EN), (HOUSE_BNL, WHO_BNL), (HOUSE_BN, WHO_BN)):
        for i, x in enumerate(f for fs in slots.values() for f in fs):
            out.append(f"{who[i % len(who)]}: {x}.")
    return out


def _house_leave():
    """Two rules in a school's, a hostel's or a parent's frame, or as the worker's own choice."""
    out = _pairs({k: HOUSE_EN[k] for k in ("phone", "out")}, "{who}: {x}, {y} during exam week.",
                 ["School notice", "Hostel rules", "my mom says", "the teacher says"])
    out += _pairs({k: HOUSE_EN[k] for k in ("phone", "out")}, "{who} {x}, {y}: my own choice, saving money.", ["I mean"])
    out += _pairs({k: HOUSE_BNL[k] for k in ("phone", "out")}, "{who}: porikkhar somoy {x}, {y}.", ["ammu bolse", "school er niyom", "hostel er niyom"])
    out += _pairs({k: HOUSE_BN[k] for k in ("phone", "out")}, "{who}: পরীক্ষার সময় {x}, {y}।", ["আম্মু বলছে", "স্কুলের নিয়ম", "হোস্টেলের নিয়ম"])
    return out


def test_house_rules_grid_is_big_enough():
    assert len(set(_house_flag())) >= 300 and len(set(_house_leave())) >= 36 and len(set(_house_single())) >= 40


def test_two_house_rules_reach_the_line_one_or_a_school_does_not(matcher):
    below, above = _check(matcher, _house_flag(), _house_leave())
    assert not below, below[:20]
    assert not above, above[:20]


def test_one_house_rule_alone_is_not_the_frame(matcher):
    assert not fired_by(matcher, _house_single(), "iso.house_rules")


# --- frame 2: THREAT on seeking help or refusing, x its consequence ------------------------------------
DEED_EN = ["If your family goes to RAB or the thana", "if you go to the police", "if you cry again",
           "if u complain to anyone", "if you don't sign the paper", "if your parents go to the thana"]
HARM_EN = ["your son's hand gets broken on camera", "I will cancel your iqama", "we hand you to the police",
           "you never go home", "they send you to the front"]
DEED_BNL = ["jodi tor family thana te jay", "police e gele", "abar kandle", "sign na korle", "beshi kotha koile"]
HARM_BNL = ["iqama batil kore dibo", "front e pathai dibo", "khana bondho", "thana te dhoraiya dibo", "ar bari pathamu na"]
DEED_BN = ["যদি তোর পরিবার থানায় যায়", "আবার কাঁদলে", "সাইন না করলে", "পুলিশের কাছে গেলে"]
HARM_BN = ["ইকামা বাতিল করে দিব", "খাবার বন্ধ", "পুলিশে ধরাইয়া দিমু", "আর বাড়ি পাঠামু না"]
# a parent's mild scolding (the deed with a household's consequence), the news of such a threat, an
# awareness post that quotes it
SCOLD_EN = ["if you cry again, no cartoons tonight", "if you don't sign the birthday card, grandma will be sad",
            "if you go to the police station for the passport form, take your NID"]
NEWS_EN = ["Police said the broker told the family: '{d}, {h}'. He was arrested by RAB on Monday.",
           "If someone tells you '{d}, {h}', call the helpline 16135. It is a crime."]
SCOLD_BNL = ["abar kandle cartoon bondho", "sign na korle nanu mon kharap korbe"]
NEWS_BNL = ["police jananay, dalal poribar ke bolechilo '{d}, {h}'. RAB take grephtar koreche.",
            "apnake jodi keu bole '{d}, {h}', 16135 e phone korun."]
# (the awareness voice is not read where the quote says "tui"/"tor", a recruiter's register:
# suppressors.yaml, neg.awareness "intimate"; the quoted deeds here are said to a family)
NEWS_BN = ["পুলিশ জানায়, দালাল পরিবারকে বলেছিল '{d}, {h}'। র‍্যাব তাকে গ্রেপ্তার করেছে।",
           "কেউ যদি আপনাকে বলে '{d}, {h}', ১৬১৩৫ নম্বরে ফোন করুন।"]


def _threat_flag():
    return ([f"{d}, {h}." for d, h in product(DEED_EN, HARM_EN)] + [f"{d}, {h}." for d, h in product(DEED_BNL, HARM_BNL)]
            + [f"{d}, {h}।" for d, h in product(DEED_BN, HARM_BN)])


def _threat_leave():
    out = SCOLD_EN + SCOLD_BNL
    for frames, deeds, harms in ((NEWS_EN, DEED_EN, HARM_EN), (NEWS_BNL, [d.replace("tor ", "") for d in DEED_BNL], HARM_BNL),
                                 (NEWS_BN, [d.replace("তোর ", "") for d in DEED_BN], HARM_BN)):
        for i, (d, h) in enumerate(product(deeds, harms)):
            out.append(frames[i % len(frames)].format(d=d, h=h))
    return out


def test_threat_on_help_or_refusal_reaches_the_line_news_and_warnings_do_not(matcher):
    below, above = _check(matcher, _threat_flag(), _threat_leave())
    assert not below, below[:20]
    assert not above, above[:20]


# --- frame 3: MINOR x EXPLOITATION ---------------------------------------------------------------------
CHILD_EN = ["u r 14?", "she is 13.", "My cousin is 13.", "she is in class 8.", "my little brother is only 12."]
EXPLOIT_EN = ["delete this chat after reading ok", "I'll send u a new phone so ur mom doesnt see our talks",
              "the man of the house touches her", "now in a warehouse with grown men",
              "they want her elder sisters passport, nobody checks the face", "he will make a new birth certificate with older age"]
CHILD_BNL = ["tumi class 7 e poro?", "choto meye,", "or boyos 14,", "16 holeo cholbe,"]
EXPLOIT_BNL = ["ammu ke bolbi na, amader secret", "malik gaye hat dey", "birth certificate notun kore dibo",
               "boro boner passport diye pathabo"]
CHILD_BN = ["মেয়েটা ক্লাস ৮ এ পড়ে,", "ছোট মেয়ে,", "ওর বয়স চৌদ্দ,"]
EXPLOIT_BN = ["আম্মুকে বলবি না", "মালিক গায়ে হাত দেয়", "বড় বোনের পাসপোর্ট দিয়ে পাঠাবে", "জন্মনিবন্ধন নতুন করে দিবে"]
# a family's talk of the child's class, age and exams; the exploit said of an adult; a child-protection warning
FAMILY_EN = ["{c} her exams start sunday and she loves maths", "{c} school trip next week, we paid the fee"]
ADULT_EN = ["my husband is 34 and {e}"]
WARN_EN = ["Parents: if an adult tells a child '{c} {e}', call 1098. Signs of grooming."]
FAMILY_BNL = ["{c} porikkha samne, pora shona bhalo"]
FAMILY_BN = ["{c} পরীক্ষা সামনে, পড়াশোনা ভালো"]


def _minor_flag():
    return ([f"{c} {e}" for c, e in product(CHILD_EN, EXPLOIT_EN)] + [f"{c} {e}" for c, e in product(CHILD_BNL, EXPLOIT_BNL)]
            + [f"{c} {e}" for c, e in product(CHILD_BN, EXPLOIT_BN)])


def _minor_leave():
    out = [f.format(c=c) for f, c in product(FAMILY_EN, CHILD_EN)]
    out += [f.format(c=c) for f, c in product(FAMILY_BNL, CHILD_BNL)] + [f.format(c=c) for f, c in product(FAMILY_BN, CHILD_BN)]
    out += [f.format(c=c, e=e) for f, (c, e) in product(WARN_EN, product(CHILD_EN, EXPLOIT_EN))]
    return out


def test_child_said_young_with_exploitation_reaches_the_line_family_talk_does_not(matcher):
    below, above = _check(matcher, _minor_flag(), _minor_leave())
    assert not below, below[:20]
    assert not above, above[:20]


# --- frame 4: LABOUR CONDITIONS, two in one message ----------------------------------------------------
LABOUR_EN = {
    "pay": ["got paid only twice in 11 months", "no cash, only pocket money"],
    "hunger": ["she faints from hunger", "they lock the fridge"],
    "care": ["no doctor when she is sick"],
    "hours": ["no fixed hours", "15 hr shift in the greenhouse"],
    "rest": ["1 day off a month", "no day off"],
    "wage": ["salary paid to guardian", "salary paid to her father"],
    "sleep": ["sleeping 10 in a container", "she sleeps in the kitchen"],
    "end": ["all the money at the end of the contract"],
}
LABOUR_BNL = {
    "pay": ["hate kichu dey na"],
    "hunger": ["khana dey sudhu ruti ar alu", "fridge e tala"],
    "care": ["jor holeo kaj", "daktar dekhay na"],
    "hours": ["haradin kaj"],
    "rest": ["mashe ekdin chuti", "chuti nai"],
    "sleep": ["store room e ghumai", "6 jon ek ghore ghumai"],
    "end": ["contract sesh hoile sob taka eksathe"],
}
LABOUR_BN = {
    "pay": ["হাতে কিছু দেয় না"],
    "hunger": ["খালি ভাত দেয়", "ফ্রিজে তালা"],
    "care": ["জ্বর আইলেও কাম কইরতে অয়", "ডাক্তার দেখায় না"],
    "rest": ["মাসে একদিন ছুটি"],
    "sleep": ["রান্নাঘরে ঘুমাই"],
    "end": ["চুক্তি শেষ হলে সব টাকা একসাথে"],
}


def _labour_flag():
    return (_pairs(LABOUR_EN, "{who} {x}, {y}.", ["my sister there:", "at the house:", "Italy is not like they said:"])
            + _pairs(LABOUR_BNL, "{who} {x}, {y}.", ["apa ekhane", "ekhane", "bhai"])
            + _pairs(LABOUR_BN, "{who} {x}, {y}।", ["আপা এখানে", "এখানে"]))


def _labour_single():
    return [f"{x}." for slots in (LABOUR_EN, LABOUR_BNL, LABOUR_BN) for fs in slots.values() for x in fs]


def _labour_leave():
    """A lawful job ad, a content worker's talk of overtime and salary, and two old conditions set
    against a content present."""
    out = ["Overtime paid, salary on time alhamdulillah, 1 day off a week, we sleep 4 in a room with AC",
           "Housekeeper wanted: 8 hours a day, one day off a week, overtime paid, salary to your bank account",
           "Factory job: 8 hours, overtime is paid, weekly off on friday, salary on time every month, as per labour law",
           "ami nijei overtime kori, beton time moto pai, alhamdulillah"]
    weak = {k: LABOUR_EN[k] for k in ("rest", "hours", "end")}
    out += _pairs(weak, "{who} {x} and {y} at the old place; now overtime paid, salary on time, alhamdulillah.", ["Before:"])
    return out


def test_two_labour_conditions_reach_the_line_a_lawful_ad_does_not(matcher):
    below, above = _check(matcher, _labour_flag(), _labour_leave())
    assert not below, below[:20]
    assert not above, above[:20]


def test_one_labour_condition_alone_is_not_the_frame(matcher):
    assert not fired_by(matcher, _labour_single(), "lab.conditions_combined")


# --- the frames on texts written differently again ------------------------------------------------------
# Phrasings written after the grids, in other registers (Gulf English, text-speak, dialect), to see
# whether the frames hold off the grid; the misses among the first of them widened the classes
# (a phone kept "in her drawer", "no one leaves", "khuje pabi na", paid once in months). Left out
# and known: a threat that names the hotline ("if anyone calls the hotline, ...") reads as awareness.
OFF_GRID_FLAG = [
    'Sir took all our mobiles on day one. We can ring home on Friday only, and he stands right there listening.',
    'The lady keeps my phone in her drawer. I am not allowed out of the gate, not even to the masjid.',
    'new girls: hand your phones to Rafiq bhai. no one leaves the flat without him.',
    'You will speak to your mother only from my phone and only when I say. Do not tell her the city.',
    'When ur family calls, tell them you are happy and the work is easy. No visiting other Bangladeshis.',
    'He said if my husband reports to the embassy they will file an absconding case and I will go to jail.',
    'if u dont sign the new contract tomorrow u will not go home for 5 years, think carefully',
    'Tell your brother: one more complaint to the BMET and he will be sent to the desert farm',
    'if ur mom goes to the police station i will put ur pics online',
    'She is only 12 and the agent said she will work for a family in Riyadh, nobody will know her age',
    'my niece is in class six, a man online keeps asking her to send photos and not tell her parents',
    "he promised my 15 yr old sister a job in a beauty parlour in Dubai, he said make a passport with her cousin's name",
    'the boy is 14, works at the hotel kitchen at night with the grown cooks, they beat him',
    'Bought a new sim for you, keep it hidden from your abbu. ur only 13 so dont tell anyone about us',
    'We get salary every 4 months, sometimes not. Food is one plate of rice, and we sleep on the roof.',
    'They make us work from 5am till midnight with no break. Sick days are cut from our pay.',
    'eight months here and they paid me once. the kitchen is locked at night, we go hungry',
    'my wages go straight to my uncle in Dhaka, I never touch money. I sleep on the floor of the store room.',
    'no day off in 6 months and the madam gives only leftovers',
    'amader mobile sob supervisor er kache, shudhu shukrobar 5 minute kotha bola jay',
    'bahire jaoa bondho, kono bangali er sathe mishte dey na, barite bolte hoy bhalo achi',
    'jodi tor baba thana te jay, tor bhai ke r khuje paba na',
    'complain korle passport fire dibe na, r deshe jaite dibo na',
    'meyeta class 7 e pore, lok ta bole dubai te basar kaj, tar boro boner passport e jabe',
    'or boyos 13, ratre malik er ghore dake, kauke bolte mana',
    '6 mash e ekbar beton dise, khaite dey na thik moto, rannaghor e ghumai',
    'মোবাইল নিয়ে নিছে, বাইরে যাওয়া মানা, বাড়িতে কথা বললে পাশে দাঁড়ায় থাকে',
    'থানায় গেলে তোর পোলারে আর দেখবি না',
    'মেয়েটা ক্লাস ৬ এ পড়ে, দালাল বলছে বোনের পাসপোর্টে সৌদি পাঠাবে',
    '৮ মাসে দুইবার বেতন দিছে, খাবার তালা দিয়া রাখে, অসুখ হইলেও ডাক্তার নাই',
    'madam say no mobile for housemaid, she lock door when going out, i cannot go anywhere',
    'sponsor take my mobile, only 1 time in month i can call my family in his phone',
    'bro they dont give us phone, we r 20 in 1 room, no going out after work, supervisor always watching',
    'ur not allowed to call ur mother, if she ask tell her ur in Dubai working in mall',
    'if u run away i will tell police u stole gold, then jail 10 yrs',
    'u complain to embassy again ur visa finish and no salary for 6 month',
    'if your father make police case we sell u to other sponsor',
    'refuse to go with customer and u dont eat tonite',
    'She only 14 but boss say she look 18, he take her to hotel for his friends',
    'little one is 12 yr, agent make her passport 25 yr, going to Saudi as maid next week',
    "hey cutie ur in class 9 rite? dont tell ur mom bout me ok, i'll buy u new phone",
    'he is 15, works with the men on the boat, no school, they hit him if slow',
    'salary not given 7 month, only food 1 time, sleep on the floor near the goats',
    'we work 16 hrs daily, no off day, when sick still must work',
    'all salary will give when u finish 2 yr contract, now only 50 riyal for soap',
    'kafeel pay my salary to the agent in dhaka, i get nothing in hand, i sleep in kitchen',
]
OFF_GRID_LEAVE = [
    'School rule: mobiles handed to the class teacher at 8, collected at 2. Students may not leave the campus.',
    'Hostel notice: gate closes 10 pm, no visitors after 9, phones silent in the prayer hall.',
    'My dad says no phone till the SSC is over and I have to stay inside after maghrib. So boring.',
    'I keep my phone off and rarely go out, trying to save every riyal. Calling ammu once a month is enough for me.',
    'Police said the broker threatened the family: if you go to the police we will kill him. Two were arrested.',
    'If someone says "if you complain, we cancel your iqama", call 16135. This is a crime.',
    "if you cry again you won't get ice cream, said my sister to her son lol",
    'my daughter is 13, in class 8, she wants a new phone for her birthday',
    'my son is 14, he helps in our shop after school on weekends',
    'Our job ad: housemaid, 8 hours, weekly day off, salary 1200 riyal to your bank every month, overtime paid.',
    'Alhamdulillah salary on time, we get friday off and food is good. Room for 4 with AC.',
    'ami nijer icchay overtime kori, beton mash e mash pai, alhamdulillah',
    'amar meye class 7 e pore, porikkhar por phone kine dibo',
    'হোস্টেলের নিয়ম: রাত ১০টার পর বাইরে যাওয়া নিষেধ, মোবাইল পড়ার সময় জমা',
    'পুলিশ জানায়, দালাল পরিবারকে হুমকি দিয়েছিল থানায় গেলে ছেলেকে মেরে ফেলবে। র\u200d্যাব তাকে গ্রেপ্তার করেছে।',
    'Keep your phone with you always and never go out alone at night. Save the embassy number.',
    "Travel tips: keep the phone charged, don't go outside after dark in the old city, say everything is fine to the taxi driver? no!",
    'Hostel rules: hand your phones to the warden at 11 pm, nobody goes outside after 11.',
    'we work 16 hrs daily in ramadan season but overtime paid, alhamdulillah',
    'when you finish the contract you get the gratuity, and the company pays the ticket home, by law',
]


def test_frames_hold_on_phrasings_written_off_the_grid(matcher):
    below, above = _check(matcher, OFF_GRID_FLAG, OFF_GRID_LEAVE)
    assert not below, below
    assert not above, above
