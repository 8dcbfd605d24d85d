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

from packs import builtin_matcher


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


def _fired(matcher, rule_id, texts):
    return [t for t, r in zip(texts, matcher.match_many(texts)) if any(h.rule_id == rule_id for h in r.hits)]


def test_house_rules_grid_is_big_enough():
    assert len(set(_house_flag())) >= 300 and len(set(_house_leave())) >= 36 and len(set(_house_single())) >= 40


def test_two_house_rules_reach_the_line_one_or_a_school_does_not(matcher):
    below, above = _check(matcher, _house_flag(), _house_leave())
    assert not below, below[:20]
    assert not above, above[:20]


def test_one_house_rule_alone_is_not_the_frame(matcher):
    assert not _fired(matcher, "iso.house_rules", _house_single())


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
    assert not _fired(matcher, "lab.conditions_combined", _labour_single())
