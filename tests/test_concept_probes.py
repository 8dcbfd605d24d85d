"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
from pathlib import Path

import pytest

from evidtriage.indicators.matcher import Matcher
from evidtriage.indicators.rules import load_packs
from evidtriage.resources import builtin_rules_dir

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return Matcher(load_packs([str(builtin_rules_dir())]))


def test_the_probe_file_holds_both_kinds():
    assert len(PROBES["flag"]) >= 100 and len(PROBES["ok"]) >= 60
    assert not set(PROBES["flag"]) & set(PROBES["ok"])


def test_every_phrasing_of_a_concept_is_flagged(matcher):
    results = matcher.match_many(PROBES["flag"])
    missed = [(t, r.explanation) for t, r in zip(PROBES["flag"], results) if r.score < matcher.line]
    assert not missed, missed


def test_everyday_messages_with_the_same_words_stay_below_the_line(matcher):
    results = matcher.match_many(PROBES["ok"])
    flagged = [(t, r.explanation) for t, r in zip(PROBES["ok"], results) if r.score >= matcher.line]
    assert not flagged, flagged


# --- round 4 of issue 15, part B: recruitment, fees, isolation, labour, threats -------------------
# Each concept below was written out by hand before its rule was changed: at least five phrasings of
# our own (Bengali, romanised Bengali in more than one spelling, English) that must reach the review
# line, and two innocent near-misses with the same words that must stay below it. None is a dev set's
# sentence: a change that keeps a dev item but loses these has fitted the item, not the concept.

CONCEPTS_R4B = {
    # control without its nouns: silence ordered towards everyone around the worker
    "silence_ordered": (
        ["এখানে কারো সাথে কথা বলবি না, বাংলাদেশি কেউ আসলে সরে যাবি, মালিকের হুকুম",
         "নতুন মেয়েরা কারও লগে কথা কইবো না, মুখ খুলবি না কারো সামনে, ম্যাডামের কথা",
         "ekhane karo sathe kotha bolbi na, bangladeshi keu ashle mukh khulbi na, malik er kotha",
         "kaaro lage kotha koiba na, onno worker der samne mukh bondho rakhbi, sardar dekhe",
         "You talk to no one here, not the other workers, not the neighbours. The madam decides.",
         "Keep your mouth shut in front of the other Bangladeshi boys, the boss hears everything"],
        ["পরীক্ষার হলে কারো সাথে কথা বলবি না, আম্মু বলছে",
         "exam er somoy karo sathe kotha bolbi na, teacher dekhbe"]),
    # a threat that rests on knowing where the worker's people live or go
    "knows_whereabouts": (
        ["তোর বাড়ি কোথায় আমি জানি, তোর বোন কোন স্কুলে যায় তাও জানি। বেশি কথা বলিস না",
         "তোর মায়ের ঠিকানা আমি জানি। মুখ খুলবি না কারো কাছে",
         "tor bari kothay ami jani, tor bhai kon rastay kaje jay tao jani. beshi kotha bolbi na",
         "tomar ammu kothay thake ami jani, kauke kichu bolle bujhba. chup thakbi",
         "I know where your mother lives and which school your sister goes to. Keep your mouth shut.",
         "We know where your family lives. Don't talk to anyone about the camp."],
        ["তোর বাড়ি কোথায় আমি জানি না, ঠিকানা পাঠা, কাল দাওয়াতে আসব",
         "I know where your sister's school is, I'll pick her up at 2, don't worry"]),
    # an order to take the newcomers' phones or break their SIM cards
    "take_phone_order": (
        ["নতুনদের ফোন প্রথম দিনেই জমা নিবি, সিম ভেঙে ফেলবি",
         "যারা আসছে ওদের মোবাইল কেড়ে নিবি, কাল ম্যাডাম দেখবে",
         "notun der phone prothom din e joma nibi, sim bhenge felbi",
         "new girl der mobile kere nibi, keu jeno lukaite na pare",
         "Take their phones the first night and break the SIM cards before they sleep",
         "collect their phones at the gate and destroy the sim, boss orders"],
        ["মোবাইল বিল ব্যাংকে জমা নিবে, কাল লাস্ট ডেট",
         "mobile er servicing er jonno dokane joma nibe, 2 din lagbe"]),
    # going out only with the controller's leave
    "without_leave": (
        ["বসের অনুমতি ছাড়া কেউ বাইরে গেলে আমাকে সাথে সাথে জানাবি",
         "ম্যাডামের পারমিশন ছাড়া গেটের বাইরে যাওয়া যাবে না",
         "boss er permission charha keu bahire gele amake janabi",
         "malik er onumoti chara baire jaoa jabe na, gate e lok ache",
         "nobody goes outside without the sponsor's permission, the supervisor reports it",
         "If any of the girls steps out without my permission you call me at once"],
        ["আম্মু বলছে অনুমতি ছাড়া রাতে বাইরে যাবি না",
         "the school does not let students go outside without permission during class"]),
    # leaving the job only after paying the whole cost back
    "pay_full_cost_to_quit": (
        ["এখানে কাজ ছাড়তে চাইলে আগে দুই বছরের চুক্তির পুরো খরচ দিতে হবে",
         "কাম ছাড়তে চাইলে ভিসার সব খরচ ফেরত দিবি, নাহলে ছাড়া যাবে না",
         "ekhane kam charte chaile age puro khoroch dite hobe, chara jabe na",
         "kaj chhaRte chaile contract er pura khoroch ferot dite hobe",
         "If you want to quit before the contract ends you pay the whole cost of your visa and ticket first",
         "She can leave this house only after she pays back everything we spent on her"],
        ["চাকরি ছাড়তে চাইলে এক মাস আগে নোটিশ দিতে হবে, অফিসের নিয়ম",
         "If you quit the gym before the year ends the full cost is refunded by the club"]),
    # a debt that never ends, said as more still owed and no end named
    "debt_still_owed": (
        ["কিস্তি দিতে দিতে শেষ, কাজ করি কিন্তু মালিক কয় দেনা নাকি আরো বাকি। কবে শেষ হবে কেউ বলে না",
         "যত খাটি দালাল বলে ঋণ এখনো অনেক বাকি, শেষ আর হয় না",
         "ami ekhane kam kori kintu hetarai koy amar dena naki arou baki. kobe shesh hobe keu koy na",
         "malik bole loan er taka aro baki, 2 bochor kaj korlam tao shesh hoy na",
         "I have worked here a year and the agent says I still owe more, food cost is also added to my debt",
         "Every month they say the debt is bigger, they keep adding rent to my account"],
        ["bhai tor kache amar 500 taka ekhono baki, kobe dibi?",
         "দোকানের বাকি টাকা কাল দিব, আর কত বাকি জানাও"]),
    # a document given back once money is paid
    "document_once_paid": (
        ["২৮০০ দিরহাম শোধ করলে পাসপোর্ট আর রিলিজ পেপার দিবে, তার আগে না",
         "টাকা দিলে পাসপোর্ট ফেরত, না দিলে এখানেই থাকবি",
         "madam bolse 2800 dirham clear korle passport ar release paper dibe",
         "taka shodh korle passport ferot dibe, tar age na",
         "Madam said my passport will be given once I clear 2800 dirham",
         "You get your passport back after you pay the 3000 riyal you owe"],
        ["পাসপোর্ট অফিসে ফি দিলে পাসপোর্ট ডেলিভারি দিবে ১৫ দিনে",
         "Once you pay the fee at the passport office, your passport is delivered by courier"]),
    # rest cut short by the one the worker works for
    "sleep_cut_short": (
        ["ম্যাডাম সারাদিন খাটায়, ৩ ঘন্টার বেশি ঘুমাইতে পারি না",
         "মালিক রাতেও কাজ করায়, ৪ ঘণ্টার বেশি ঘুমাতে দেয় না, রান্নাঘরের ফ্লোরে থাকি",
         "madam sara din khatay, 3 ghontar beshi ghumaite pari na",
         "malik rate o kaj koray, 4 ghontar beshi ghumate dey na",
         "Madam makes me work all day, I sleep 3 hours on the kitchen floor",
         "the boss makes us do another shift, we get 4 hours of sleep"],
        ["কাল পরীক্ষার জন্য ৩ ঘন্টার বেশি ঘুমাইতে পারি নাই",
         "baby ta rat e uthe, 3 ghontar beshi ghumaite pari na"]),
    # the real job left to the employer's will, hidden from the worker
    "job_left_to_employer": (
        ["কোম্পানির ভিসা, ক্লিনারের কাজ। আসল কথা ওখানে গিয়া কফিল যা কাজ দিবে তাই করতে হবে, এখন কাউরে বলার দরকার নাই",
         "কাগজে ড্রাইভার লেখা, আসলে মালিক যা বলবে তাই করতে হবে, বাড়িতে বলবা না",
         "visa te cleaner lekha, asol kotha okhane gia kofil ja kaj dibe tai korte hobe, kauke bolba na",
         "kagoje driver, ashole malik ja bolbe tai korte hobe, eta ekhon kauke bolar dorkar nai",
         "The visa says cleaner, but the truth is you will do whatever work the kafeel gives. Don't tell anyone yet",
         "Actually when you get there you will have to do whatever the sponsor says, no need to tell your family"],
        ["প্রবেশনে যা কাজ দিবে তাই করতে হবে, শিখে নিবি",
         "In the first week you will do whatever work the trainer gives, it is normal"]),
    # moved from place to place at night or unseen, so the worker cannot say where they are
    "moved_between_places": (
        ["রাতে রাতে আমাদের এক বাসা থেকে আরেক বাসায় নিয়া যায়, কোথায় আছি জানি না",
         "প্রতি সপ্তাহে রাতে গাড়িতে তুলে আমাদের অন্য জায়গায় নিয়ে যায়, জানালা বন্ধ",
         "rat e rat e amader ek jaiga theke arek jaigay shift kore, kothay achi bujhi na",
         "proti sopta rate gari te tule amader onno jaygay niye jay, janala bondho",
         "every few nights they move us to another flat in a van with the windows covered",
         "we are moved at night from one house to another so nobody knows where we are"],
        ["রাতে রাতে বাসা বদলাইতেছি, নতুন বাসায় উঠলাম, দোয়া কইরো",
         "we moved to another flat at night because the day was too hot for the truck"]),
    # watched all the time, followed wherever the worker goes
    "watched_always": (
        ["সবসময় একজন আমাদের উপর নজর রাখে, একা কোথাও যাইতে পারি না",
         "আমাদের পিছে সবসময় লোক থাকে, বাজারে গেলেও সাথে যায়",
         "sob somoy ekjon amader upor nojor rakhe, eka kothao jaite pari na",
         "camera diye sob dekhe madam, ghor theke ber hoile jane",
         "they watch us all the time, even at the toilet someone stands outside",
         "madam watches us on cctv and calls if we go near the door"],
        ["security camera diye bari te chor dhorse police",
         "amar ammu sob somoy nojor rakhe ami thik moto khai kina"]),
    # told what to say to the police or an inspector: a coached answer
    "coached_for_inspection": (
        ["police ashle bolbi nijer icchay ashchis, keu anenai",
         "ইন্সপেক্টর আসলে বলবি বেতন ঠিকমতো পাস, কোনো সমস্যা নাই",
         "পুলিশ জিজ্ঞেস করলে বলবি নিজের ইচ্ছায় আসছিস",
         "inspector ashle bolben beton thik moto pai, kono somossa nai",
         "when the inspector comes you say you get paid every month and you are happy",
         "If the police ask, tell them you came on your own and nobody keeps your passport"],
        ["police station e gele bolbi amar phone churi hoise, GD korte",
         "when the inspector comes tomorrow, say hello and show him the new machines"]),
    # the promise changed: another country, employer or wage than the one said
    "promise_changed": (
        ["বলছিল ইতালি, এখন লিবিয়ায় আটকে আছি",
         "১২০০ দিরহাম বলছিল, মাস শেষে হাতে দেয় ৫০০",
         "হাসপাতালে কাজের কথা বলে এনে দিল এক বাসায়",
         "bolechilo dubai, ekhon niye ashlo oman er ek morubhumi te",
         "dubai bole niye geche iraq e, ekhane kono kaj nai",
         "1500 riyal er kotha bole ekhon 700 dey",
         "company r kaj bole ekta basay tule dise, madam er kaj kori",
         "the contract said 1800 but madam gives 900",
         "we signed for a construction company but now work for a different sponsor's farm"],
        ["dubai jawar kotha chilo, flight cancel hoye ekhon qatar jacchi",
         "beton 1500 riyal chilo, ekhon bere 1800 hoyeche alhamdulillah"]),
    # taken away and not let, in romanised Bengali's free spellings of its short verbs
    "took_away_spelt": (
        ["malik pasport nie nise, ferot dei na",
         "malik passport nia nise ferot day na",
         "madam amar passport rakhsay, chaile o dey na",
         "phn nie nise, barir sathe kotha bolte dei na",
         "fon niye gese bari te kotha koite dey na",
         "মালিক পাসপোর্ট নিয়া গেছে, ফেরত দেয় না",
         "the boss took my passport and won't give it back"],
        ["ammu amar passport nie nise renew korte, kal ferot dibe",
         "phn nie nise bhai, charger ta dei na keno"]),
    # near-misses found while writing the probes above: a friend's promise to keep a secret, pay
    # docked for lateness (the rules fired on them before this round)
    "asked_secret_and_docked_pay": (
        ["keu jiggesh korle bolbi tui amar bhagni, kaj koris eta bolbi na",
         "if anyone asks you are my cousin visiting, don't say you work here",
         "কেউ জিজ্ঞেস করলে বলবি আমার আত্মীয়, কাজ করিস বলবি না",
         "if anyone asks you are a student here, only talk to me on this number",
         "fine for being late, fine for the phone, and every month I still owe them more",
         "deri korle beton kete ney, tarpor bole dena aro baki, shesh hoy na"],
        ["ami kauke bolbo na, tomar secret safe",
         "sir bolse kal theke office 9 tay, deri korle beton katbe"]),
    # going out said to be forbidden, without a lock or a guard
    "out_forbidden": (
        ["bahire jaowa nished, kono bangali r sathe dekha korte dey na",
         "amader baire jawa mana, malik bole",
         "আমাদের বাইরে যাওয়া নিষেধ, ম্যাডাম বলে দিছে",
         "বাইরে যাওয়া মানা, কফিল রাগ করে",
         "Going out is forbidden for us, the sponsor says so",
         "we are not allowed outside, the boss locks nothing but says no"],
        ["ammu bolse rate bahire jaowa mana, kal jabi",
         "curfew er jonno bahire jaowa nished ajke rate"]),
    # care refused to the sick
    "care_denied": (
        ["asustho holeo kaj korte hoy, daktar dekhate dey na",
         "malik oshudh dey na, jor niye kaj kori",
         "অসুস্থ হলেও কাজ করতে হয়, ডাক্তার দেখাতে দেয় না",
         "ম্যাডাম হাসপাতালে নিতে দেয় না, জ্বর নিয়ে কাজ",
         "I had fever for a week and madam won't take me to the doctor",
         "we work even when sick, the supervisor says no doctor"],
        ["ami daktar dekhate chai na, thik hoye jabo",
         "আম্মু ডাক্তার দেখাতে দেয় না, বলে ঘরের ওষুধ খাও"]),
    # a menace for defiance: sent back with nothing, or left unsaid
    "menace_unsaid_or_sent_back": (
        ["beshi bara barili korle desh e pathiye dibo, khali hate",
         "tor family ke ki korbo tui janish na",
         "বেশি বাড়াবাড়ি করলে দেশে পাঠিয়ে দিব খালি হাতে",
         "তোর পরিবারের কি করব তুই জানিস না",
         "If you talk back again I will send you home empty-handed",
         "you don't know what I will do to your family"],
        ["eid e desh e pathiye dibo tor jonno gift",
         "ki korbo janish na, aj ranna ki hobe?"]),
    # a threat said to be made: the police, with "threatens"
    "threat_reported": (
        ["police ke dhorai dibo bole voy dekhay",
         "পুলিশে ধরিয়ে দিব বলে ভয় দেখায় মালিক",
         "malik humki dey police e dhoriye dibe",
         "he threatens to call the police on me if I ask for salary",
         "madam threatened to report me to immigration"],
        ["police station e GD korte gesi, phone churi hoise",
         "the movie was about a man who threatens the police chief"]),
    # a slap or a kick from the one in control
    "struck": (
        ["supervisor mare, choke thappor dise goto kal",
         "ম্যাডাম থাপ্পড় মারছে কাল রাতে",
         "malik lathi marse pete",
         "the manager slapped me in front of everyone",
         "the sardar kicked him for sitting down"],
        ["bhai er sathe khela korte giye thappor kheye gelam haha",
         "amar choto bhai amake lathi marse football khelte giye"]),
    # the residence card or work permit promised and never made
    "papers_promised_not_made": (
        ["dalal bolse 3 mash er moddhe iqama hobe, 8 mash hoye gelo kichui hoy nai",
         "kaj er visa kore dibe bolechilo, ekhono hoy nai",
         "দালাল বলছিল ৩ মাসের মধ্যে ইকামা হবে, ৮ মাস হয়ে গেল কিছুই হয় নাই",
         "কাজের ভিসা করে দিবে বলছিল, এখনো হয় নাই",
         "the agent said the iqama would be made in 3 months, 8 months and still no iqama",
         "they promised a work permit within weeks, it was never made"],
        ["iqama renew er apply korsi, ekhono hoy nai",
         "ইকামা রিনিউ এর আবেদন করছি, এখনো হয় নাই"]),
}


@pytest.mark.parametrize("concept", sorted(CONCEPTS_R4B))
def test_round4_part_b_concepts_flag_their_phrasings_and_spare_near_misses(matcher, concept):
    flag, ok = CONCEPTS_R4B[concept]
    assert len(flag) >= 5 and len(ok) >= 2
    missed = [(t, r.explanation) for t, r in zip(flag, matcher.match_many(flag)) if r.score < matcher.line]
    flagged = [(t, r.explanation) for t, r in zip(ok, matcher.match_many(ok)) if r.score >= matcher.line]
    assert not missed and not flagged, (missed, flagged)
