"""Phrasings of the payments, sexual-exploitation and minors concepts that no dev set holds
(tests/data/concept_probes_r3.json says how they were written): each 'flag' message reaches the
review line with the built-in packs and each 'ok' message stays below it, so that a later change to
a lexicon, a rule or the matcher that loses a concept's other phrasings, or lets a shop's, a family's
or a warning's words through, fails here by name."""

import json
import re
from pathlib import Path

import pytest

from packs import builtin_matcher

PROBES = json.loads((Path(__file__).parent / "data" / "concept_probes_r3.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


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
# --- round 4, helper E: English recall ------------------------------------------------------------
# Each concept English writers said indirectly in dev26-dev31, written five ways in each script
# (English with text-speak and Gulf/South-Asian idiom, Bengali, romanised Bengali in varied
# spelling) before its rule was written, with two innocent messages that share its words.

E_CONCEPTS = {
    "documents held until a debt is cleared": {
        "flag": [
            "the company holds our passports till we clear the advance",
            "u will get ur passport back once u clear what u owe, not before",
            "sponsor keeps my iqama until I repay the 3000 riyal he says I owe",
            "they said documents will be handed over only when the debt is paid",
            "boss told us papers stay with him till we pay off the debt for the visa",
            "দেনা শোধ না করা পর্যন্ত পাসপোর্ট দিবে না বলছে মালিক",
            "ইকামা কফিলের কাছে, খরচ উঠলে ফেরত দিবে",
            "পাসপোর্ট ফেরত পাবি বাকি টাকা শোধ করলে",
            "কাগজপত্র সব অফিসে জমা, দেনা ক্লিয়ার হলে দিবে",
            "হিসাব ক্লিয়ার করলে পাসপোর্ট পাবেন, এর আগে না",
            "passport ferot pabi dena shodh korle",
            "kofil er kache iqama, khoroch uthle dibe",
            "pasport malik rakhse, baki taka shodh na kora porjonto dibe na",
            "kagoj potro sob office e joma, hishab clear hole ferot",
            "dena shodh hole passport dibe bolse sir",
        ],
        "ok": [
            "the bank keeps the house papers till we clear the loan",
            "your ticket and passport copy will be handed over once you clear the balance at the counter",
            "ব্যাংকের লোন শোধ হলে জমির দলিল ফেরত দিবে",
            "passport renew korte dise, dena shodh korlam gotokal bank e",
        ],
    },
    "the recruiter gone with the fee": {
        "flag": [
            "the sir took 3 lakh and now he doesn't pick up",
            "agent took 4.5 lakh for the Malaysia visa, now his phone is switched off",
            "we paid the broker 350000 taka for dubai job, he blocked us on imo",
            "dalal ate our money, 2 lakh for the visa, now he is not answering",
            "paid the agency 5 lakh, office closed now and no trace of the man",
            "দালাল ৩ লাখ টাকা নিয়ে এখন ফোন ধরে না",
            "ভিসার জন্য এজেন্টকে ৪ লাখ দিছি, এখন তার ফোন বন্ধ",
            "সৌদি পাঠানোর কথা বলে আড়াই লাখ নিছে, এখন লাপাত্তা",
            "স্যার টাকা নেওয়ার পর থেকে ফোন তুলে না, ভিসার খবর নাই",
            "অফিসে ৫ লাখ জমা দিলাম, এখন অফিস বন্ধ, দালাল উধাও",
            "dalal 3 lakh niye ekhon phone dhore na",
            "visar jonno agent ke 4 lakh disi, ekhon tar phone bondho",
            "saudi pathabe bole arai lakh nise, ekhon lapatta",
            "sir taka neyar por theke phone tole na, visa r khobor nai",
            "agency te 5 lakh dilam, office bondho, dalal udhao",
        ],
        "ok": [
            "my cousin took 500 taka for lunch and now he doesn't pick up lol",
            "the bkash agent took 20 taka extra for cash out, phone off now",
            "দোকানদার টাকা নিয়ে মাল দেয় নাই, ফোন ধরে না, অর্ডার ক্যান্সেল করব",
            "bhai 2000 taka nise, phone dhore na, ghumaitese mone hoy",
            "agent er phone bondho, charge nai mone hoy, kal visa r kagoj dibe",
        ],
    },
    "made to stay or sleep with men": {
        "flag": [
            "they make her stay with men in a house in Pune",
            "she cried the first week, now she does the clients",
            "the girls are forced to sleep with customers every night",
            "madam made me sit with the guests and go to the room with them",
            "if she refuses to entertain the men they beat her",
            "ওরা তাকে রাতে বিভিন্ন পুরুষের সাথে থাকতে বাধ্য করে",
            "আমাকে কাস্টমারের সাথে শুতে বাধ্য করছে ম্যাডাম",
            "মেয়েগুলোকে জোর করে লোকদের সাথে রাত কাটাতে হয়",
            "না গেলে মারে, প্রতি রাতে অচেনা লোকের সাথে থাকতে হয়",
            "আপা আমাকে খদ্দেরের সাথে রুমে পাঠায়, না চাইলেও যেতে হয়",
            "oder bari te meye take purush der sathe thakte baddho kore",
            "amake customer er sathe shute badhyo korse madam",
            "meye gula ke jor kore loker sathe rat katate hoy",
            "na gele mare, protidin ochena loker sathe thakte hoy",
            "apa amake khoddor er sathe room e pathay, na chaileo jete hoy",
        ],
        "ok": [
            "madam made me stay with the patients till the night shift ended",
            "বিয়েতে আমাকে মেহমানদের সাথে বসে থাকতে হয়েছে সারা রাত",
            "ammu bollo mehman der sathe bosho, dawat e onek lok",
            "she does the clients' hair and nails at the salon",
        ],
    },
    "family reached only on the controller's phone": {
        "flag": [
            "If she wants to call her mother, she calls from my phone on speaker. Otherwise no.",
            "the girls can talk to their family only from the office phone, and the manager stays in the room",
            "u talk to ur family from my phone only, when i say",
            "they let us call home only on sir's phone, never our own",
            "contact with family only through me, no own phone here",
            "মাকে ফোন করতে চাইলে আমার ফোন থেকে করবি, স্পিকারে, নাহলে না",
            "বাড়িতে কথা শুধু অফিসের ফোন থেকে, ম্যানেজার সামনে বসে থাকে",
            "পরিবারের সাথে কথা বলবি শুধু ম্যাডামের ফোন থেকে, নিজের ফোন নাই",
            "মালিকের ফোন থেকে মাসে একবার বাড়িতে কথা বলতে দেয়",
            "আমার ফোন দিয়ে কথা বলবি, আর কোনো ফোন না",
            "ma ke phone korte chaile amar phone theke korbi, speaker e, nahole na",
            "barite kotha shudhu office er phone theke, manager samne boshe thake",
            "poribar er sathe kotha bolbi shudhu madam er phone theke, nijer phone nai",
            "malik er phone theke mashe ekbar barite kotha bolte dey",
            "amar phone diye kotha bolbi, ar kono phone na",
        ],
        "ok": [
            "my daughter calls her father from my phone only, hers is broken",
            "you can call your mom from my phone, mine has balance, no problem",
            "আমার ফোন থেকে আম্মুকে কল দিস, তোর ফোনে ব্যালেন্স নাই",
            "amar phone theke abbu ke call dao, tomar phone e charge nai",
            "call your dad from my phone only if it is urgent",
            "sir, the office phone is only for customers, call home from your own",
            "ami shudhu amar phone theke ammur sathe kotha boli, video call e",
        ],
    },
    "a person booked by the night or the hour": {
        "flag": [
            "she'll be booked for the whole night, 15k",
            "book her for the full night, 12000, hotel only",
            "this girl can be booked by the hour, 3k per hour",
            "u can take her for the night, rate 20k, my place or urs",
            "new one is booked all night by a client, next free tomorrow 8pm",
            "ওকে সারা রাতের জন্য বুক করা যাবে, ১৫ হাজার",
            "মেয়েটাকে ঘণ্টা হিসাবে বুক করেন, ৩ হাজার",
            "মেয়েটাকে সারা রাতের জন্য নিতে চাইলে ১২ হাজার, হোটেল আপনার",
            "নতুন মেয়েটা আজ পুরা রাত বুকড, কাল ফ্রি",
            "ফুল নাইট বুক করতে চাইলে আগে ৫ হাজার বিকাশ",
            "oke sara rater jonno book kora jabe, 15 hajar",
            "meye take ghonta hishabe book koren, 3 hajar",
            "meyeta ke sara rater jonno nite chaile 12 hajar, hotel apnar",
            "notun meyeta aj pura rat booked, kal free",
            "full night book korte chaile age 5 hajar bkash",
        ],
        "ok": [
            "she booked the community hall for the whole night, 15k all in",
            "the nurse is booked for the night shift at the hospital this week",
            "হল রুমটা সারা রাতের জন্য বুক করছি, ১৫ হাজার",
            "amra sara rater jonno resort book korsi, 12 hajar",
            "book a hotel room for the whole night, 12k, near the airport",
        ],
    },
    "people moved across a border as goods": {
        "flag": [
            "5 pieces crossing tonight by the Benapole line, Kolkata side will keep them at the house, work from tomorrow",
            "3 new items going over the border tonight, 2 girls 1 boy, the other side will pick them up",
            "8 heads crossing by boat on friday, they start work monday, count them before you pay the linemen",
            "send the maal through the satkhira border, 4 girls, payment on delivery",
            "the goods (2 boys 1 girl) will cross at hili tonight, keep them in the house till morning",
            "আজ রাতে ৫ পিস বেনাপোল লাইন দিয়ে পার হবে, ওপারে বাসায় রাখবি, গুনে টাকা দিবেন",
            "৩টা নতুন মাল বর্ডার পার করে দিচ্ছি, ওপারে লোক থাকবে, কাল থেকে কাজ শুরু",
            "৮টা মাল শুক্রবার নৌকায় পার হবে, সবাই মেয়ে, গুনে লাইনম্যানকে টাকা দিবি",
            "সাতক্ষীরা বর্ডার দিয়ে মাল পাঠাচ্ছি, ৪টা মেয়ে, ডেলিভারির পর টাকা",
            "হিলি দিয়ে আজ রাতে ৩ পিস যাবে, সকালে বাসায় রাখবি",
            "aj rate 5 pis benapole line diye par hobe, opare basay rakhbi, gune taka diben",
            "3ta notun mal border par kore dicchi, opare lok thakbe, kal theke kaj shuru",
            "8ta mal shukrobar noukay par hobe, sob meye, gune lineman ke taka dibi",
            "satkhira border diye mal pathacchi, 4ta meye, delivery r por taka",
            "hili diye aj rate 3 pis jabe, sokale basay rakhbi",
        ],
        "ok": [
            "5 pieces of iphone crossing tonight by the Benapole line, payment after counting",
            "the cattle will cross the border at hili tonight, 8 heads, payment on delivery",
            "ভারত থেকে ৫০ পিস শাড়ি বেনাপোল দিয়ে আসবে, গুনে টাকা দিবেন",
            "border diye 20 ta goru ashbe, gune taka dibi",
            "benapole diye 10 pis mobile ashbe, cheleder bolo",
        ],
    },
    "made to sign a false or blank paper": {
        "flag": [
            "they want us to sign a paper saying we got paid",
            "supervisor made me sign that i received full salary, but i got nothing for 3 months",
            "we had to put thumbprint on a blank paper or no exit visa",
            "they force us to sign a contract in arabic we cant read",
            "sir said sign the resignation or no ticket home, so i signed",
            "বেতন পাইছি লিখে সাইন দিতে বাধ্য করছে, অথচ ৪ মাস বেতন নাই",
            "সাদা কাগজে টিপসই দিতে হবে, নাহলে দেশে যাইতে দিবে না",
            "আরবিতে লেখা কাগজে সই করতে বলছে, কিছুই বুঝি না",
            "জোর করে লিখাইছে যে সব টাকা পাইছি",
            "ইস্তফা পত্রে সই না দিলে টিকেট দিবে না বলছে",
            "beton paisi likhe sign dite badhyo korse, otho 4 mash beton nai",
            "sada kagoje tipshoi dite hobe, nahole deshe jaite dibe na",
            "arabi te lekha kagoje shoi korte bolse, kichui bujhi na",
            "jor kore likhaise je sob taka paisi",
            "resign paper e sign na dile ticket dibe na bolse",
        ],
        "ok": [
            "the bank made me sign 10 papers for the loan, i don't understand half of it",
            "I signed the paper saying we received the parcel in good condition",
            "ব্যাংকে লোনের জন্য অনেক কাগজে সই করতে হলো",
            "beton paisi, sign kore receive korlam, sob thik ache",
            "exam er admit card e sign korte hobe kal",
        ],
    },
    "wages unpaid for months, said in the English perfect": {
        "flag": [
            "my employer hasn't paid me in 5 months and says he'll call the police if i ask again",
            "we havent been paid for 4 months, sir says next month every month",
            "the company owes us 6 months salary and wont give a date",
            "no salary for 3 months now, we borrow food from the other camp",
            "i didnt get my pay for 7 months, madam says she will give all at the end",
            "৫ মাস ধরে মালিক বেতন দেয় নাই, চাইলে পুলিশের ভয় দেখায়",
            "চার মাস হয়ে গেল কোম্পানি বেতন দিচ্ছে না",
            "৬ মাসের বেতন পাওনা, কফিল তারিখ দেয় না",
            "তিন মাস ধরে এক টাকাও পাই নাই, পাশের ক্যাম্প থেকে খাবার ধার করি",
            "৭ মাস বেতন পাই নাই, ম্যাডাম বলে শেষে একসাথে দিবে",
            "5 mash dhore malik beton dey nai, chaile police er voy dekhay",
            "char mash hoye gelo company beton dicche na",
            "6 mash er beton paona, kofil tarikh dey na",
            "tin mash dhore ek takao pai nai, pasher camp theke khabar dhar kori",
            "7 mash beton pai nai, madam bole sheshe eksathe dibe",
        ],
        "ok": [
            "my friend owes me 2 months rent, he says he will pay after eid",
            "৩ মাসের বাসা ভাড়া বাকি, বাড়িওয়ালা রাগ করছে",
            "bonus 2 mash por dibe bolse, beton thik moto pai",
            "the client hasn't paid for the logo in 2 months, freelancing is tough",
            "the client hasn't paid me for the logo in 2 months, freelancing is tough",
        ],
    },
    "sent back with nothing for complaining": {
        "flag": [
            "sir said if anyone complains to the embassy they will be sent back without salary",
            "if u complain u go back empty handed, no salary no ticket",
            "whoever talks to the labour office will be sent home with nothing",
            "if you go to the embassy we send you back home, no pay",
            "complain to the police and you will be sent back on the next flight",
            "অভিযোগ করলে খালি হাতে দেশে পাঠিয়ে দিবে",
            "দূতাবাসে গেলে বেতন ছাড়া দেশে ফেরত পাঠাবে বলছে",
            "লেবার অফিসে নালিশ করলে খালি হাতে দেশে পাঠাই দিবে",
            "থানায় গেলে তোকে দেশে ফেরত পাঠাব, এক টাকাও পাবি না",
            "কেউ কমপ্লেইন করলে বেতন না দিয়েই দেশে পাঠায় দিবে",
            "complain korle khali hate deshe pathiye dibe",
            "embassy te gele beton chara deshe ferot pathabe bolse",
            "labour office e nalish korle khali hate deshe pathai dibe",
            "thanay gele toke deshe ferot pathabo, ek takao pabi na",
            "keu complain korle beton na diyei deshe pathay dibe",
        ],
        "ok": [
            "if the parcel is damaged it will be sent back to the seller",
            "my contract ends in march, then i will be sent home by the company with my full pay and ticket",
            "যদি পার্সেল ভাঙা থাকে তাহলে ফেরত পাঠাবে",
            "contract shesh hole company ticket diye deshe pathabe, beton full",
        ],
    },
    "the family made to pay for an escape or a complaint": {
        "flag": [
            "they said my family will pay for it if i run away",
            "if u try to leave ur family will suffer, remember that",
            "run away and your parents will pay for it",
            "if you talk to anyone your mother will suffer",
            "complain and your family back home will regret it",
            "পালাইলে তোর পরিবার ভুগবে, মনে রাখিস",
            "কাজ ছাড়লে তোর মা বাবা এর দাম দিবে",
            "কাউকে কিছু বললে তোর পরিবার পস্তাবে",
            "পালানোর চেষ্টা করলে তোর ফ্যামিলি ভুগবে",
            "থানায় গেলে তোর বাপ মা বিপদে পড়বে",
            "palaile tor poribar bhugbe, mone rakhish",
            "kaj charle tor ma baba er dam dibe",
            "kauke kichu bolle tor poribar postabe",
            "palanor chesta korle tor family vugbe",
            "thanay gele tor bap ma bipode porbe",
        ],
        "ok": [
            "my family will pay for the wedding if i run short of money",
            "if you leave early your mother will be sad, stay for dinner",
            "বৃষ্টিতে ভিজলে তোর মা রাগ করবে",
            "tor poribar er sathe dekha korte jabo eid e",
        ],
    },
}


@pytest.mark.parametrize("concept", sorted(E_CONCEPTS))
def test_english_recall_concepts_hold_in_three_scripts(matcher, concept):
    probes = E_CONCEPTS[concept]
    assert len(probes["flag"]) >= 15 and len(probes["ok"]) >= 2
    flagged = matcher.match_many(probes["flag"])
    missed = [(t, r.explanation) for t, r in zip(probes["flag"], flagged) if r.score < matcher.line]
    assert not missed, missed
    quiet = matcher.match_many(probes["ok"])
    wrong = [(t, r.explanation) for t, r in zip(probes["ok"], quiet) if r.score >= matcher.line]
    assert not wrong, wrong
# ---------------------------------------------------------------- precision by mechanism (round 4, part V:
# subject, voice, negation)
#
# Each concept is written as five or more phrasings in English, romanised Bengali (spellings varied) and
# Bengali that an innocent writer uses (below the line), and the controller's near-miss lines that
# must stay flagged: who holds the passport (the owner, as a present state), a family refusing for its
# own child, a worker's own choice or agreed term, and a stay abroad counted in years (not an age).

V_OWN_PAPERS_OK = [
    # en
    "My passport is with me, the company never asked for it",
    "I keep my passport in my own locker, salary came on time",
    "Don't worry mum, my passport is still with me and the job is fine",
    "the boss gave me my passport back after the visa stamping",
    "I have my passport and my iqama with me, all good here",
    # bn-Latn
    # (a bare "passport amar kache", whose passport unsaid, is the recruiter's line: "kache ache" is the report)
    "passport amar kache ache, beton 1800 riyal, kono extra nai",
    "amar passport amar kachei ase, kofil valo manush",
    "pasport ta amar kase e thake, company kokhono ney nai",
    "ammu chinta koro na, passport amar kache ache, beton time moto pai",
    "No agent took my passport, ami nijer kache rakhi",
    # bn
    "পাসপোর্ট আমার কাছেই আছে, বেতন সময়মতো পাই",
    "আমার পাসপোর্ট আমার কাছে, কোম্পানি কখনো নেয়নি",
    "আম্মু চিন্তা কইরো না, পাসপোর্ট আমার কাছেই থাকে",
    "পাসপোর্টটা আমার কাছে আছে, ইকামাও নতুন হইছে",
    "ভাই, আমার পাসপোর্ট আমার হাতেই আছে, সব ঠিক আছে",
]
V_OWN_PAPERS_FLAG = [
    "passport amar kache thakbe jotodin kaj korbi, palanor chinta korbi na",
    "Your passport stays with me until you pay the rest",
    "পাসপোর্ট আমার কাছে জমা থাকবে, বাকি টাকা দিলে ফেরত দিব",
]
V_FAMILY_REFUSAL_OK = [
    "My daughter is only 14, she will finish school first, no marriage talk now",
    "my sister is 15, I won't send her to Dubai for any job, she stays in school",
    "We will not send our daughter abroad, she is 16 and in class ten",
    "meyer boyos 15, ekhon biye dibo na, age school shesh koruk",
    "choto bon ke ar raat e bahire jaite dibo na, abba bolse",
    "amar bhatiji 16, biyer kotha ekhon koio na, or SSC samne",
    "abba bolse raat e bahire jaite dibe na bon ke, exam ache",
    "meye ke bidesh e kaj e pathabo na, boyos matro 15",
    "আমার মেয়ের বয়স ১৫, এখন বিয়ে দিব না, আগে এসএসসি দিক",
    "আপা, তানিয়ার বয়স তো মাত্র ১৫, এখনই বিয়ার কথা কইও না",
    "ছোট বোনকে আর রাতে বাইরে যেতে দিব না, আব্বা বলছে",
    "মেয়েকে বিদেশে কাজে পাঠাব না, বয়স মাত্র ১৬",
    "ভাতিজির বয়স ১৬, বিয়ের কথা এখন কইও না",
]
V_FAMILY_REFUSAL_FLAG = [
    "tor bon ke ar bahire jaite dibo na, taka pathao",
    "তোকে আর বাইরে যেতে দিব না, আগে টাকা শোধ কর",
    "meyer boyos 15, dubai te kaj e pathabo, agent bolse cholbe",
]
V_OWN_CHOICE_OK = [
    "I do overtime by choice, extra 300 riyal a month is good for my family",
    "the food money is cut from my pay, it was in the contract and I knew it",
    "nobody forces me, I take the extra shifts by choice",
    "amar beton theke khabar er taka kete ney, eta contract e lekha chilo, ami jani",
    "salary theke accommodation 200 riyal kate, contract e chilo, shob thik",
    "ami nijer icchay overtime kori, beshi taka pai",
    "বেতন থেকে খাবারের টাকা কেটে নেয়, এটা চুক্তিতে লেখা ছিল, সমস্যা নাই",
    "ওভারটাইম নিজের ইচ্ছায় করি, কেউ জোর করে না",
    "I work the Friday shift by choice, double pay",
    "they cut 200 riyal for the room every month, it was in my contract, fine by me",
    "ami nijer iccha te friday te kaj kori, double beton",
    "overtime e keu jor kore na, taka beshi tai kori",
    "রুমের ভাড়া ২০০ রিয়াল বেতন থেকে কাটে, এটা চুক্তিতে ছিল",
    "শুক্রবারে নিজের ইচ্ছায় কাজ করি, ডাবল বেতন",
    "আমি নিজের খুশিতে ওভারটাইম করি, কোনো জোর নাই",
]
V_OWN_CHOICE_FLAG = [
    "contract e chilo 1500 riyal, kintu beton theke 500 kete ney",
    "চুক্তিতে লেখা ছিল ড্রাইভার, এখানে এনে মরুভূমিতে উট চরাতে দিয়েছে।",
]
V_DURATION_OK = [
    "ami dubai te 6 bochor ase, company valo, chuti te bari ashbo eid e",
    "amar mama dubai te 10 bochor, beton valo, malik valo",
    "আমি সৌদিতে ৫ বছর, মালিক ভালো, বেতন সময়মতো পাই",
    "I have been in Qatar for 7 years, visa renewed, all fine",
    "kuwait e 12 bochor achi, ekhon family visa korbo",
    "saudi te 8 bochor hoye gelo, kofil valo manush",
    "oman e 9 bochor kaj korsi, ekhon deshe",
    "My uncle has been in Dubai for 10 years, good company",
    "I worked in Oman for 9 years, the boss was good",
    "been in Malaysia 6 years now, the factory is fine",
    "Saudi 12 years, same company, they renew my iqama every year",
    "কুয়েতে ১২ বছর আছি, এখন ফ্যামিলি ভিসা করব",
    "মামা দুবাইতে ১০ বছর, কোম্পানি ভালো",
    "ওমানে ৯ বছর কাজ করছি, মালিক ভালো",
    "সৌদিতে ৮ বছর হয়ে গেল, কফিল ভালো মানুষ",
]
V_DURATION_FLAG = [
    "amar meye 15 bochor, dubai te kaj korte parbe?",
    "14 bochorer meye, saudi te basar kaj, visa ready",
]


@pytest.mark.parametrize("text", V_OWN_PAPERS_OK + V_FAMILY_REFUSAL_OK + V_OWN_CHOICE_OK + V_DURATION_OK)
def test_v_an_innocent_writers_phrasing_stays_below_the_line(matcher, text):
    r = matcher.match(text)
    assert r.score < matcher.line, r.explanation


@pytest.mark.parametrize("text", V_OWN_PAPERS_FLAG + V_FAMILY_REFUSAL_FLAG + V_OWN_CHOICE_FLAG + V_DURATION_FLAG)
def test_v_the_controllers_near_miss_stays_flagged(matcher, text):
    r = matcher.match(text)
    assert r.score >= matcher.line, r.explanation


def test_v_each_concept_has_five_phrasings_in_all_three_scripts():
    for probes in (V_OWN_PAPERS_OK, V_FAMILY_REFUSAL_OK):
        assert len(probes) >= 13
        assert sum(1 for t in probes if any("\u0980" <= ch <= "\u09ff" for ch in t)) >= 4


# --- issue 15 round 4, part A: payments, sexual exploitation, minors --------------------------
# Five phrasings of each concept per script, written from the concept (not from a dev item), and
# innocent near-misses that share its words. A strong concept's phrasings reach the review line
# through one of its rules; a weak one's (an ad's "new stock") only hit its rule, since it needs a
# second sign; the near-misses hit none of the concept's rules and stay below the line.
R4A_CONCEPTS = {
    "deposits kept under a cap or spread over counters": {
        "rules": {"pay.structured_under_cap", "pay.split_accounts"}, "strong": True,
        "flag": [
            "Put the money in at three different shops, never more than 40k at one counter",
            "keep each transfer below 45,000 so the bank doesn't ask, every slip under 45000",
            "deposit at a different branch each time, and each deposit under 50k",
            "cash in through 3-4 agents, a different counter each time",
            "don't send more than 20k to one number, use bkash and nagad",
            "taka ta ek agent e 30 hajar er beshi diyo na, alada alada dokan e jama koro",
            "protibar alada agent theke cash in korba, ek number e 25k er upore na",
            "bkash e 3-4 ta number e ghuraye pathaba",
            "nagad e tin bhage pathaw, bkash e baki ta",
            "deposit gula 50 hajar er niche rakhba protibar, bank e prosno kore",
            "প্রতিবার আলাদা এজেন্টে জমা দিবা, এক এজেন্টে ৩০ হাজারের বেশি না",
            "টাকাটা চার ভাগে বিকাশ করবি, নগদেও দিবি",
            "এক দিনে ৫০ হাজারের উপরে ব্যাংকে জমা দিবেন না",
            "৩-৪টা এজেন্ট ঘুরিয়ে ক্যাশ আউট করবা",
            "প্রতিটা স্লিপ ৪০ হাজারের নিচে রাখবা, ব্যাংকে জমা দেওয়ার সময়",
        ],
        "ok": [
            "bKash daily limit is 30k, so I sent the rest tomorrow",
            "ammu, ek dine 25 hajar er beshi tola jay na, bkash er niyom",
            "দোকানে ৫০০ টাকার বেশি খরচ করো না",
            "I deposited the fee at the bank counter and kept the slip",
        ],
    },
    "a commission or price taken for people sent": {
        "rules": {"pay.commission_for_people"}, "strong": True,
        "flag": [
            "Your share for the three girls you supplied is ready in cash",
            "got the money for the 4 girls from Khulna, your commission tomorrow",
            "what's my cut for the girls you sent to Dubai?",
            "the payment for 5 boys is done, send more next week",
            "price for the 2 girls is 80k each, half now",
            "2 ta meyer commission bkash e dilam",
            "je meyegula pathaiso tar payment ready",
            "tomar bhag pathacchi, jei meye pathaiso oder jonno",
            "4 jon meyer dam 2 lakh, ordhek ekhon",
            "meye pathaisen tar commission kal pai jaben",
            "যে মেয়েগুলা পাঠাইছো তার কমিশন দিছি",
            "২টা মেয়ের দাম ১ লাখ, অর্ধেক এখন",
            "মেয়ে পাঠাইছেন ৩টা, আপনার কমিশন বিকাশে পাঠালাম",
            "পাঠানো মেয়েদের পেমেন্ট হয়ে গেছে",
            "৪ জন মেয়ের কমিশন কাল দিব",
        ],
        "ok": [
            "payment for the 3 girls' coaching is due on Sunday",
            "৩টা মেয়ের জামার দাম ১২০০ টাকা",
            "dokaner commission pathalam, 3 ta phone er",
        ],
    },
    "refusing the clients is punished": {
        "rules": {"sx.clients_refusal_punished", "sx.made_to_serve_clients"}, "strong": True,
        "flag": [
            "When I say no to a customer, the manager adds 5000 to my debt",
            "If a girl refuses a guest she gets no food that night",
            "refuse the clients and madam beats us",
            "if we don't go with the customer the boss fines us 2000",
            "she said if I refused the guests my debt would double",
            "guest er room e na gele khabar bondho",
            "customer ke mana korle apa jorimana kore",
            "client er sathe jaite raji na hole dena barabe bolse",
            "kastomar er kache na gele pitay",
            "customer er sathe na jaite chaile beton kete ney",
            "কাস্টমারের রুমে না গেলে খাবার বন্ধ",
            "গেস্টের সাথে যেতে রাজি না হলে জরিমানা করে",
            "খদ্দেরের কাছে না গেলে আপা পিটায়",
            "কাস্টমার মানা করলে দেনা বাড়ায়",
            "ক্লায়েন্টের সাথে না যাইতে চাইলে বেতন কাটবে",
        ],
        "ok": [
            "if a customer refuses the delivery, we lose the fee",
            "কাস্টমার না আসলে দোকানের দেনা বাড়বে",
        ],
    },
    "people counted as goods moved across a border to work": {
        "rules": {"mig.people_moved_as_goods", "mig.irregular_route", "mig.route_without_papers"}, "strong": True,
        "flag": [
            "3 pieces cross at the Hili line tonight, they start work at the flat from Monday",
            "7 heads going by boat tonight, put them to work when they land",
            "the 4 items cross the border at dawn, work starts the next day",
            "2 pcs crossing through the jungle route, work from tomorrow at the house",
            "sending 5 pieces by the sea route, they start work at the hotel",
            "5 ta mal ajke rate border par korbo, kal theke kaj",
            "3 pis nouka te jabe, pouchaile kaj shuru",
            "4 ta maal benapole line diye ashbe, kal theke kaje lagabe",
            "2 ta item jongol diye par hobe, kaj shuru porshu",
            "6 pis border cross korbe aj, kal theke kaj",
            "৩টা মাল আজ রাতে সীমান্ত পার হবে, কাল থেকে কাজ",
            "৫ পিস নৌকায় যাবে, পৌঁছালে কাজ শুরু",
            "৪টা আইটেম বর্ডার দিয়ে আসবে, কাজে লাগাবে কাল",
            "২টা মাল জঙ্গল দিয়ে পার করবে, কাল থেকে কাজ",
            "৬ পিস হিলি দিয়ে পার হবে, কাজ শুরু পরশু",
        ],
        "ok": [
            "100 pcs saree crossing Benapole tonight, sale starts tomorrow",
            "৩টা মেশিন বর্ডার পার হবে, কাল থেকে কাজ শুরু",
        ],
    },
    "a person priced by the hour or the night": {
        "rules": {"sx.person_priced_by_time"}, "strong": True,
        "flag": [
            "girls available, rate by the hour, hotel provided",
            "models by the hour 5k, outcall only",
            "meye ache, ghonta hishabe rate, room amader",
            "bhabi ache, raat hishabe 8 hajar",
            "মেয়ে আছে, ঘন্টা হিসাবে রেট, হোটেল আমাদের",
        ],
        "ok": [
            "nurse girls are paid by the hour for the night shift",
            "the tutor charges by the hour, 500 taka",
        ],
    },
    "crypto asked for because the bank or wallet would catch the sender": {
        "rules": {"pay.crypto_instead_of_bank", "pay.avoid_traceable_channel"}, "strong": True,
        "flag": [
            "bank e pathaile dhora khamu, usdt te den",
            "বিকাশে দিলে ধরা খাবো, ইউএসডিটি পাঠান",
            "send BTC, if the bank asks too many questions we are finished",
        ],
        "ok": [
            "bitcoin er dam barse, bank e taka rakhlam",
        ],
    },
    "a girl priced and handed over": {
        "rules": {"sx.person_priced_for_handover", "thr.sold"}, "strong": True,
        "flag": [
            "she is 16, price is 2 lakh, you can take her tonight",
            "the new one goes for 40k, I bring her to your hotel",
            "how much for this girl? 25k and she is yours till morning",
            "price for the young one is 1 lakh, keep her a week",
            "this girl costs 60000 cash, deliver her tomorrow",
            "oi meyer dam 50 hajar, niye jaben kal",
            "meyetar rate 20 hajar, rate e apnar basay pathabo",
            "maltar dam 70 hajar, taka pele diye jamu",
            "itemtar rate koto bolen, niye jao aj",
            "meyetir dam 1 lakh, tomar kache thakbe ek mash",
            "মেয়েটার দাম ৬০ হাজার, টাকা দিলে পাঠাব",
            "মালটার রেট ১৫ হাজার, আপনার বাসায় দিয়ে যাব",
            "মেয়েটির দাম এক লাখ, নিয়ে যান",
            "আইটেমটার দাম ৩০ হাজার, কালকে পাঠিয়ে দিব",
            "ওইটার রেট ২০ হাজার, আপনার কাছে থাকবে দুই দিন",
        ],
        "ok": [
            "meyetar jamar dam 900 taka, kal pathabo",
            "how much for the girl's bus ticket? I will send her tomorrow",
            "মেয়েটার বইয়ের দাম ৫০০ টাকা, নিয়ে যান",
        ],
    },
    "a share of others' takings taken by the one in control": {
        "rules": {"pay.earnings_share_to_controller", "pay.others_earnings_moved", "pay.client_money_to_controller"}, "strong": True,
        "flag": [
            "what the girls make each night comes to me, they get 500",
            "every girl hands over all the money, madam takes it and we get nothing",
            "half of what they earn goes to the boss, the rest is their debt",
            "all the tips go to madam, she keeps nothing",
            "the workers get nothing, all their money comes to my account",
            "meyera ja kamay sob amar bkash e ashe",
            "protita meye ja kamai tar ordhek amar",
            "oder taka sob malik ney, amra kichu pai na",
            "tips sob madam ney, meyera kichu pay na",
            "labour ra ja kamay sob boss ney",
            "মেয়েরা যা কামায় সব আমার বিকাশে আসে",
            "প্রতিটা মেয়ে যা কামায় তার অর্ধেক আমার",
            "টিপসের টাকা সব আপা নেয়, আমরা কিছু পাই না",
            "ওদের টাকা সব মালিক নেয়, লেবাররা কিছু পায় না",
            "মেয়েদের সব টাকা আমার কাছে আসে",
        ],
        "ok": [
            "somitir sob taka amar bkash e ashe, meyera kisti dey",
            "ami ja kamai tar ordhek ammu ke pathai",
            "the girls' money for the picnic comes to me",
        ],
    },
    "women kept in a flat where clients come": {
        "rules": {"sx.women_kept_for_clients"}, "strong": True,
        "flag": [
            "three girls live in the flat on the 4th floor, clients come after 10",
            "we keep 4 girls in the rooms upstairs, men come every night",
            "5 girls in the house, customers come from 9, money to me at the door",
            "the girls stay at the guest house, clients visit every evening",
            "two girls in my flat now, customers come tonight",
            "3 ta meye basay rakhsi, customer ashe raat e",
            "flat e 5 jon meye thake, client ashe proti rat",
            "hotel er room e 4 ta meye, guest ashe sondhar por",
            "oi building e meyera thake, lok ashe rat e, taka amar kache",
            "2 jon meye ache flat e, kastomar ashe raat e",
            "বাসায় ৪টা মেয়ে রাখছি, কাস্টমার আসে রাতে",
            "ফ্ল্যাটে ৫ জন মেয়ে থাকে, খদ্দের আসে প্রতিরাতে",
            "হোটেলের রুমে ৩টা মেয়ে, গেস্ট আসে সন্ধ্যার পর",
            "ওই বিল্ডিংয়ে মেয়েরা থাকে, ক্লায়েন্ট আসে রাতে",
            "২ জন মেয়ে আছে ঘরে, কাস্টমার আসবে আজ",
        ],
        "ok": [
            "the boutique has 3 girls at the counter, customers come all evening",
            "flat e 4 jon meye thake, relatives ashe eid e, dawat",
            "পার্লারে ৫টা মেয়ে কাজ করে, কাস্টমার আসে রাতে",
        ],
    },
    "a rate card of sessions": {
        "rules": {"sx.rate_card", "sx.person_priced_by_time"}, "strong": True,
        "flag": [
            "short 5k long 12k, hotel or home",
            "incall 4000 outcall 7000, whatsapp only",
            "1 hr 3k, overnight 10k, real pics",
            "short time 2500 / full night 9000",
            "in call 3k, out call 6k, vip",
            "shot 3 long 7 night 10, inbox koren",
            "short 2k long 5k, room amader",
            "incall 5 outcall 8, kotha telegram e",
            "short time 3000, full night 8000, hotel ready",
            "long 6k night 12k, basay ashte parben",
            "শর্ট ৪ লং ৯, হোটেল আমাদের",
            "শর্ট টাইম ২৫০০, ফুল নাইট ৭০০০",
            "ইনকল ৩০০০ আউটকল ৫০০০",
            "শট ৩ লং ৭ নাইট ১০, ইনবক্সে কথা",
            "শর্ট ২ লং ৫, রুম আছে",
        ],
        "ok": [
            "kurti short 350 long 550, all sizes in stock",
            "পাঞ্জাবি শর্ট ৬০০ লং ৯০০",
        ],
    },
    "a daily or nightly due to the one in control, a shortfall punished": {
        "rules": {"pay.nightly_due_to_controller", "pay.per_person_quota"}, "strong": True,
        "flag": [
            "every night she must bring 6000 to madam, if short it is added to her debt",
            "daily target 10k for each girl, less is beaten out of them",
            "each day I have to hand over 4000 to the boss or he beats us",
            "per night 5000 must pay to the manager, short goes on her debt",
            "we have to bring 3000 every day for the line man, if less he beats her",
            "protidin madam ke 4 hajar dite hoy, kom hole mar",
            "proti rat e 6 hajar jama dite hobe, na dile mar",
            "rat e 5000 target, kom hole dena te jog",
            "protirater target 7 hajar, kom pore dena baray",
            "daily 3000 ante hoy boss er kache, na dile mardhor",
            "প্রতিরাতে ম্যাডামকে ৬ হাজার দিতে হয়, কম হলে দেনায় যোগ",
            "প্রতিদিন ৪ হাজার জমা দিতে হয়, না দিলে মার",
            "রাতে ৫ হাজার টার্গেট, কম হলে মার",
            "প্রতিদিন লাইনম্যানকে ৩ হাজার দিতে হয়, না দিলে মারধর",
            "দিনে ২ হাজার আনতে হয়, কম হলে দেনার সাথে যোগ",
        ],
        "ok": [
            "protidin somiti te 100 taka jama dite hoy",
            "every day I pay the CNG owner 800, if short he takes the car",
            "the shop's daily target is 10000, if short no bonus",
        ],
    },
    "another's pay routed to the speaker's number": {
        "rules": {"pay.pay_routed_to_another", "pay.others_earnings_moved"}, "strong": True,
        "flag": [
            "your son's salary will come to my number, I send you what he needs",
            "your salary comes to my account, you get pocket money",
            "their salary comes to my bkash, I pay them at the end",
            "her salary will be sent to my account, not to her",
            "your husband's salary comes to me first, then I send you",
            "tomar beton amar account e jabe, ami hishab kore dibo",
            "apnar cheler beton amar number e ashbe",
            "oder beton amar bkash e ashe, ami hate dei",
            "tar beton amar kache ashbe, mashe 3000 pabe",
            "cheler salary amar nagad e ashbe",
            "আপনার ছেলের বেতন আমার নাম্বারে আসবে",
            "তোমার বেতন আমার একাউন্টে আসবে, আমি খরচ দিব",
            "ওদের বেতন আমার বিকাশে আসে",
            "তার বেতন আমার কাছে আসবে, মাসে ২ হাজার পাবে",
            "স্বামীর বেতন আমার নগদে আসবে, তোমাকে পাঠাব",
        ],
        "ok": [
            "your salary will be paid into your own bank account, not to any agent",
            "amar beton aj account e ashche",
            "আপনার বেতন নিজের একাউন্টে আসবে",
        ],
    },
    "a parent paid, and the child bound to the payer": {
        "rules": {"pay.paid_kin_for_person", "fd.advance_fee"}, "strong": True,
        "flag": [
            "I paid her mother 25000, she works for us now",
            "gave her family 50000, she belongs to the house",
            "we paid the girl's father 30000, she works it off in the kitchen",
            "paid his parents 20000, he works for me till it is paid",
            "gave her father 40000 so she is ours now",
            "tar mayer hate 20 hajar dichi, ekhon amar kache kaj korbe",
            "oi meyer babar hate 30000 disi, jekhane pathai jabe",
            "family ke 50 hajar dichi, o kaj kore shodh korbe",
            "baba ke 40 hajar dilam, cheleta amar kache kaj korbe",
            "bap re 25 hajar dise, meye amader kache kaj korbe",
            "মেয়েটার মাকে ৩০ হাজার দিছি, এখন আমার কাছে কাজ করবে",
            "ওর বাবার হাতে ৪০ হাজার দিছি, কাজ করে শোধ করবে",
            "পরিবারকে ৫০ হাজার দিছি, যেখানে পাঠাই সেখানে যাবে",
            "ছেলেটার বাপরে ২০ হাজার দিছি, আমাদের কাছে কাজ করবে",
            "মায়ের হাতে ২৫ হাজার দিছি, মেয়ে কাজ কইরা শোধ করবে",
        ],
        "ok": [
            "tar mayer hate 2000 dilam oshudh er jonno",
            "I paid her father 4000 for the cow",
            "বাবাকে ৫০০০ দিলাম, ঈদের সালামি",
        ],
    },
    "a count of clients a night": {
        "rules": {"sx.clients_per_night", "sx.made_to_serve_clients"}, "strong": True,
        "flag": [
            "she sees 5 or 6 men every night at the flat",
            "each night 4 clients, no rest on Fridays",
            "they make us take 7 customers a night",
            "every night 3 to 5 men, the manager counts them",
            "my sister has to take 6 guests a night there",
            "protirat 4-5 jon customer nite hoy",
            "proti raat e 6 jon kastomar, kono chuti nai",
            "ek rat e 5 jon khoddor, na nile mar",
            "raat e 3 theke 4 jon customer ashe tar kache",
            "protirate 7 jon client, boss hishab rakhe",
            "প্রতিরাতে ৫ জন কাস্টমার নিতে হয়",
            "এক রাতে ৪-৫ জন খদ্দের, না নিলে খাবার বন্ধ",
            "প্রতি রাতে ৬ জন ক্লায়েন্ট, ম্যানেজার গুনে রাখে",
            "রাতে ৩ থেকে ৫ জন গেস্ট, ছুটি নাই",
            "প্রতিরাত ৭ জন কাস্টমার, শরীর আর চলে না",
        ],
        "ok": [
            "every night 40 or 50 customers come to the restaurant",
            "dokane protirat 10 jon customer ashe, bikri valo",
            "রাতে ৫ জন গেস্ট দাওয়াতে আসবে",
        ],
    },
    "money from abroad offered a better rate than the bank's": {
        "rules": {"pay.hundi_better_rate", "pay.hundi", "pay.informal_transfer"}, "strong": True,
        "flag": [
            "send the riyal to my man in Jeddah, better rate than the bank",
            "your remittance through us gets more than the bank rate",
            "give dirham to my shop in Deira, we pay higher than the bank rate in Dhaka",
            "send ringgit to my agent, family gets a better rate than bank",
            "from Dubai to my shop, better rate than the bank and same day",
            "riyal amar loker kache den, bank er cheye rate beshi dibo",
            "dubai theke dirham pathan amar dokane, rate beshi paben",
            "malaysia theke ringgit amar agent ke dile beshi rate dibo",
            "apnar remittance amar kache ashle bank theke rate beshi",
            "saudi theke taka amar number e pathan, rate beshi dibo",
            "রিয়াল আমার লোকের কাছে দেন, ব্যাংকের চেয়ে রেট বেশি",
            "দুবাই থেকে দিরহাম আমার দোকানে পাঠান, রেট বেশি পাবেন",
            "রেমিট্যান্স আমার কাছে পাঠালে বেশি রেট দিবো",
            "সৌদি থেকে টাকা আমার এজেন্টে দেন, ব্যাংক থেকে রেট বেশি",
            "মালয়েশিয়া থেকে রিংগিত আমার কাছে দিলে রেট বেশি দিব",
        ],
        "ok": [
            "the FDR gives a better rate than the bank's savings account",
            "সঞ্চয়পত্রে ব্যাংকের চেয়ে রেট বেশি, মুনাফা ভালো",
            "remittance e bank 2.5% incentive dey, bank e pathao",
        ],
    },
    "crypto chosen because it leaves no trace": {
        "rules": {"pay.crypto_untraceable", "pay.crypto_instead_of_bank", "pay.avoid_traceable_channel"}, "strong": True,
        "flag": [
            "take your share in USDT, it cannot be traced",
            "Binance P2P is best, no record anywhere",
            "pay the agent in crypto, nobody will know",
            "use USDT TRC20, no trace for the family to find",
            "bitcoin only, untraceable, send after the job",
            "usdt te nen, kono trace nai",
            "binance p2p diye den, kono record nai",
            "crypto te dile keu jante parbe na",
            "btc te pathan, trace hobe na",
            "usdt te salary nen, dhorte parbe na",
            "ইউএসডিটি তে নেন, কোনো ট্রেস নাই",
            "ক্রিপ্টোতে দিলে কেউ জানতে পারবে না",
            "বাইনান্স দিয়ে পাঠান, কোনো রেকর্ড নাই",
            "বিটকয়েনে দেন, ট্রেস হবে না",
            "ইউএসডিটি তে টাকা দেন, রেকর্ড থাকবে না",
        ],
        "ok": [
            "beware: crypto scams leave no trace, never send USDT to strangers",
            "সাবধান, ক্রিপ্টো স্ক্যামে কোনো ট্রেস নাই",
        ],
    },
    "a cover story for a payment, ready for the bank or the agent": {
        "rules": {"pay.payment_cover_story"}, "strong": True,
        "flag": [
            "if the bank calls, say it is money from selling land, then deposit the rest",
            "send it by bkash, if the agent asks tell them it's for a wedding",
            "if anyone asks what the 3 lakh is for, just say it's your sister's wedding",
            "deposit it in cash; if the bank asks, say business money from your cousin",
            "if they ask at the bank, say it's for house building",
            "bank jiggesh korle bolben byabsar taka, 2 lakh jama den",
            "agent jigaile bolba chikitsar taka, nagad e pathao",
            "keu jigaile bolben biyer khoroch, bkash e den",
            "bank jigaile bolba ghor banano, cash jama diba",
            "taka pathan, kew jigaile bolben dhar er taka",
            "ব্যাংক জিগাইলে বলবেন ব্যবসার টাকা, ক্যাশ জমা দেন",
            "এজেন্ট জিজ্ঞেস করলে বলবেন চিকিৎসার টাকা, বিকাশে পাঠান",
            "কেউ জিজ্ঞেস করলে বলবেন বিয়ের খরচ, নগদে দেন",
            "ব্যাংক জিজ্ঞেস করলে বলবেন ঘর বানানোর টাকা, ৩ লাখ জমা দেন",
            "টাকা পাঠান, কেউ জিগাইলে বলবেন ধারের টাকা",
        ],
        "ok": [
            "if the bank asks, show the land sale papers, they need the deed",
            "চিকিৎসার টাকা বিকাশে পাঠালাম, প্রেসক্রিপশন দেখো",
        ],
    },
    "her clients, and her money kept by the speaker": {
        "rules": {"sx.client_money_kept", "pay.client_money_to_controller", "sx.women_kept_for_clients"}, "strong": True,
        "flag": [
            "she does the clients now, I keep her money",
            "the guests pay, I take her money, she gets food",
            "clients come to her room and I collect the money",
            "she sees customers, her money stays with me",
            "two girls, many clients, I keep their money till they finish",
            "customer ashe, tar taka ami rakhi",
            "guest ra taka dey, oder taka ami rakhi",
            "kastomar ja dey taka amar kache thake",
            "client er taka ami nei, meye ke khaite dei",
            "raat e khoddor ashe, taka ami ni",
            "কাস্টমার যা দেয় তার টাকা আমি রাখি",
            "গেস্ট আসে, ওর টাকা আমি রাখি",
            "খদ্দেরের টাকা আমার কাছে থাকে, মেয়েরা কিছু পায় না",
            "ক্লায়েন্ট আসলে টাকা আমি নেই",
            "রাতে কাস্টমার আসে, ওদের টাকা আমি রাখি",
        ],
        "ok": [
            "dokane customer ashe, taka ami rakhi, bill o dei",
            "the restaurant's customers pay at the counter, I take the money",
        ],
    },
    "made to stay or sleep with men": {
        "rules": {"sx.made_to_be_with_men", "sx.made_to_serve_clients", "lab.deprivation"}, "strong": True,
        "flag": [
            "they make her stay with men in a flat in Kolkata",
            "the madam forces her to sleep with different men",
            "I had to sleep with men every night there",
            "they made us spend the night with men at the hotel",
            "she has to stay with strange men or they beat her",
            "oke purush er sathe thakte baddho kore",
            "amake rat e onno loker sathe thakte bole",
            "tader sathe shute hoy, loker sathe shute bole",
            "bivinno loker sathe thakte hoy prottek rat",
            "raat katate pathay hotel e",
            "ওরা ওকে পুরুষের সাথে থাকতে বাধ্য করে",
            "রাতে অন্য লোকের সাথে থাকতে হয়",
            "বিভিন্ন লোকের সাথে থাকতে হয় প্রতিদিন",
            "লোকের সাথে শুতে বলে, না করলে মারে",
            "হোটেলে রাত কাটাতে পাঠায়",
        ],
        "ok": [
            "mess e 3 jon er sathe room share kori, bhara kom, valo achi",
            "she has to stay with the men of the family at her uncle's house for the wedding",
        ],
    },
    "a child's age beside work abroad, not a family keeping her from it": {
        "rules": {"mn.minor_age_stated", "mn.child_recruit", "mn.age_disguised", "mn.age_raised_passport"}, "strong": True,
        "flag": [
            "meyetar boyos 15, dubai te basar kaj, cholbe?",
            "মেয়েটার বয়স ১৪, সৌদিতে বাসার কাজে পাঠাবো",
            "she is 15, the agent will send her to Jordan for housework",
        ],
        "ok": [
            "তানিয়ার বয়স মাত্র ১৪, এখনই বিয়ের কথা বলো না, দুবাইয়ের প্রস্তাব আসুক, ও এসএসসি দিক",
            "Rima's age is 16, too young to marry the Dubai boy, let her finish school",
            "Rahim er boyos 17, passport e age thik ache kina check koro birth certificate er sathe",
            "ছেলের বয়স ১৬, পাসপোর্টে বয়স ঠিক আছে কিনা মিলিয়ে দেখো",
            "boyos 15, saudi r proposal ashse, biyer kotha koio na ekhon, o porbe",
        ],
    },
    "new women or 'items' announced to clients (weak: needs a second sign)": {
        "rules": {"sx.stock_offered_to_clients"}, "strong": False,
        "flag": [
            "new girls in town, booking through me only",
            "notun mal ashse, party thakle bolen",
            "নতুন দুইটা মেয়ে আসছে, বুকিং দিন",
            "fresh items arrived, any clients tonight?",
            "meye duita ashse, rate koto jante chaile inbox",
        ],
        "ok": [
            "dokane notun item ashse, party thakle bolen",
            "two new girls joined our class, booking the picnic bus",
        ],
    },
}


@pytest.mark.parametrize("concept", sorted(R4A_CONCEPTS))
def test_round4a_concept_phrasings_hit_their_rules(matcher, concept):
    spec = R4A_CONCEPTS[concept]
    results = matcher.match_many(spec["flag"])
    missed = [(t, r.explanation) for t, r in zip(spec["flag"], results)
              if not {h.rule_id for h in r.hits} & spec["rules"]
              or (spec["strong"] and r.score < matcher.line)]
    assert not missed, missed


@pytest.mark.parametrize("concept", sorted(R4A_CONCEPTS))
def test_round4a_near_misses_stay_quiet(matcher, concept):
    spec = R4A_CONCEPTS[concept]
    results = matcher.match_many(spec["ok"])
    loud = [(t, r.explanation) for t, r in zip(spec["ok"], results)
            if {h.rule_id for h in r.hits} & spec["rules"] or r.score >= matcher.line]
    assert not loud, loud


def test_round4a_probes_cover_three_scripts():
    bengali = re.compile("[\u0980-\u09ff]")
    for concept, spec in R4A_CONCEPTS.items():
        if len(spec["flag"]) < 15:
            continue
        assert sum(bool(bengali.search(t)) for t in spec["flag"]) >= 5, concept


# --- Morphology and spelling (issue 15, round 4): concepts whose phrasings differ by a word's
# form or spelling only (দেয়নি, deyna, dae na; আটকাইয়া, atkay; ঘুমাইতে, ghumaite; রাইখা, rakhse,
# rakhchhe), five in the three scripts, and two innocent near-misses with the same forms. Written
# for this round, not taken from any dev set.
MORPHOLOGY_PROBES = {
    "wages_withheld": {
        "flag": ["মালিক তিন মাস ধরে বেতন দেয়নি, চাইলে মারে", "চার মাস বেতন দেয় না, কিছু বললে গালি দেয়",
                 "malik 3 mash beton deyna, chaile mare", "4 mash dhore betan dae na, kichu bolle gali dey",
                 "the boss has not paid my salary for three months, when I ask he beats me"],
        "ok": ["এই মাসের বেতন দিয়েছে, আলহামদুলিল্লাহ", "beton ta ajke dise, kal bari te pathabo"],
    },
    "confined": {
        "flag": ["আমাদের একটা ঘরে আটকাইয়া রাখছে, বাইরে যাইতে দেয় না", "ঘরে আটকায়ে রাখছে, দরজায় তালা",
                 "amader ekta ghore atkaiya rakhse, baire jaite dey na", "room e atkay rakhche, dorjay tala",
                 "they locked us in a room and do not let us go out"],
        "ok": ["বৃষ্টিতে বাসায় আটকে আছি, বাইরে যাওয়া যাচ্ছে না", "traffic e atke gesi, ashte deri hobe"],
    },
    "sleep_denied": {
        "flag": ["ম্যাডাম রাতে ঘুমাইতে দেয় না, সারাদিন কাজ করায়", "মালিক ৩ ঘণ্টার বেশি ঘুমাতে দেয় না",
                 "madam rate ghumaite dey na, saradin kaj koray", "malik 3 ghontar beshi ghumate dae na",
                 "madam doesnt let me sleep more than 3 hours"],
        "ok": ["pora r chap e rate ghumate pari na", "রাতে ঘুমাইতে দেরি হয়, সকালে উঠতে কষ্ট"],
    },
    "passport_kept": {
        "flag": ["মালিক আমার পাসপোর্ট রাইখা দিছে, চাইলে দেয় না", "কফিল পাসপোর্ট রাখছে, ফেরত দিবো না কয়",
                 "malik amar pasport rakhse, chaile dey na", "kofil passport rakhchhe, ferot dibo na bole",
                 "my employer keeps my passport and will not give it back"],
        "ok": ["passport ta ami nijer kache rakhsi, hariye na jay",
               "অফিসে পাসপোর্ট জমা রাখছি ভিসার জন্য, সামনের সপ্তাহে ফেরত দিবে"],
    },
}
#: Phrasings the packs do not reach yet, for their owners (not a matter of a word's form): each
#: fails this test the day it is fixed, so that it moves up to the probes above
MORPHOLOGY_GAPS = {
    "flag": ["madam does not let me sleep at night, I work all day"],  # "not let me sleep": no keyword
    "ok": ["বাবু রাতে ঘুমাইতে দেয় না, খালি কান্দে"],  # a baby keeps its mother awake: no family suppressor
}


@pytest.mark.parametrize("concept", sorted(MORPHOLOGY_PROBES))
def test_a_concept_in_any_form_of_its_words_is_flagged(matcher, concept):
    probes = MORPHOLOGY_PROBES[concept]
    assert len(probes["flag"]) >= 5 and len(probes["ok"]) >= 2
    flagged = [r.score >= matcher.line for r in matcher.match_many(probes["flag"] + probes["ok"])]
    assert flagged == [True] * len(probes["flag"]) + [False] * len(probes["ok"]), list(zip(probes["flag"] + probes["ok"], flagged))


@pytest.mark.xfail(strict=True, reason="gaps of the rule packs and suppressors, not of morphology")
def test_known_gaps_of_the_packs(matcher):
    flagged = [r.score >= matcher.line for r in matcher.match_many(MORPHOLOGY_GAPS["flag"] + MORPHOLOGY_GAPS["ok"])]
    assert flagged == [True] * len(MORPHOLOGY_GAPS["flag"]) + [False] * len(MORPHOLOGY_GAPS["ok"])


# --- issue 15 round 5, part E: English as outsiders write it -------------------------------------
# Each concept of the inventory (shared/research/indicators.md) said in English as a recruiter, a
# controller or a victim says it, indirectly, in Gulf and South-Asian English and text-speak ("they
# hold our papers till we clear the balance", "u", "ur", "dont", "nite"), five ways, with two innocent
# near-misses that share its words. Written from the concept, not from a dev item. Phrasings the
# packs do not reach yet are E5_GAPS below, for the owners of those rules: each fails its test the
# day it is fixed, so that it moves up here.
E5_CONCEPTS = {
    # fd.debt_by_work: wages taken for a debt, a deduction that never ends
    "debt_from_wages": (
        ["they keep 700 riyal from my salary every month for the agent money, still 9 months left",
         "company cutting half my pay till the visa cost is cleared, i get only 400 dirham",
         "bro every month they deduct for ticket n visa, they say u owe us still 2 lakh",
         "my salary goes to the sir for the loan, i only get food money",
         "whatever we earn goes against the advance, book says we still owe more than last year"],
        ["my salary came, sent 20k home and paid the phone bill",
         "the company deducts income tax from salary as per the law, payslip every month"]),
    # fd.fee_above_cap and a recruiter gone silent with the fee
    "fee_taken_gone": (
        ["the sir took 3 lakh for saudi visa and now doesnt pick up my calls",
         "paid the agent 4.5 lakh in march, no visa no flight, his number is switched off now",
         "we gave him 350000 tk for malaysia, now he blocked us on whatsapp",
         "dalal took 5 lakh from my father, since then phone off, office closed",
         "broker bhai took the full 4 lac and disappeared, not answering for 2 months"],
        ["paid the travel agent for the umrah package, he sent the tickets today",
         "the plumber took 3000 and doesnt pick up now lol, tap still leaking"]),
    # doc.passport_retained said without 'confiscated'
    "papers_held": (
        ["they hold our papers till we clear the balance",
         "company has my pp since the airport, they say u get it when contract finish",
         "madam took my passport the first day, said its safer with her"],
        ["keep your papers safe in the locker, dont give to anyone",
         "i left my passport at home in the drawer, will bring it tomorrow for the visa form"]),
    # iso.locked_confined, iso.not_let_out: going out barred
    "no_going_out": (
        ["boss says no going out on weekdays, only friday with supervisor",
         "we cant go out of the camp, gate is locked from outside at nite",
         "they dont allow us outside the building, even for buying sim",
         "madam lock the door when she go out, i stay inside the whole day",
         "not allowed to step out since i came, 4 months inside this house"],
        ["no going out tonight, its raining too much, lets order food",
         "doctor said not to go out for a week after the surgery"]),
    # iso.contact_restricted: the phone read, calls rationed or watched
    "phone_watched": (
        ["they check my phone every nite so i delete all msgs",
         "madam reads my whatsapp, i can only talk to home when she is sitting next to me",
         "supervisor takes phones at 9pm and gives back in the morning, we cant call family",
         "only 5 min call home once a week, on loudspeaker, boss listening"],
        ["mom checks my phone every night lol so annoying, she thinks i have a bf",
         "phones off during the exam, teacher will check bags"]),
    # thr.conditional_harm: images published as a threat
    "images_threat": (
        ["i still have ur videos, do what i say or everyone sees them",
         "if u stop now i post ur pics on fb and send to ur husband",
         "remember the video we made? one click and ur whole village gets it",
         "come to the flat tonight or i share the photos with ur family",
         "try blocking me again, ur pictures go to your school group"],
        ["i still have ur videos from the wedding, will send them tonight",
         "post the pics on fb when ur free, everyone wants to see the trip"]),
    # pay.ransom_release: a relative held against a payment
    "relative_held": (
        ["pay 2 lakh by sunday or ur brother stays with us",
         "we have ur husband here, 5 lakh on this bkash and he goes home",
         "your boy is with us in libya, family must pay 8000 dollar for release",
         "no money no release, tell his father to sell the land fast"],
        ["pay the school fees by sunday or the boy cant sit for the exam",
         "send the money for ur son's hostel, he goes home for eid"]),
    # dr.contract_substitution: told one job, given another
    "job_switched": (
        ["they showed me a mall cashier job, now im carrying cement on a site",
         "agent said hotel waiter 1500, here its cleaning toilets for 800",
         "promised driver visa but they put me in the desert with camels",
         "office told factory work with ac, but here we dig in the sun 12 hr",
         "the paper here says labourer not electrician like they told in dhaka"],
        ["i applied for the cashier job but they gave me the waiter post, salary same, happy",
         "changed from night shift to day shift this month, better for sleep"]),
    # pay.pay_routed_to_another: others' pay routed to the controller
    "pay_routed": (
        ["all the boys salary comes to my account, i give them pocket money",
         "your first 6 months salary will go direct to the agent for processing",
         "their wages come to me, they get food and 500 for phone"],
        ["my salary comes to my account on the 5th, i send half to ammu",
         "the company pays us direct to bank now, no more cash"]),
    # sx: made to sit with guests, a quota of clients, a refusal punished
    "private_room": (
        ["after the show boss wants u in the private room with the guests, everyone does it",
         "each girl must do min 8 customers a night till her cost is finished",
         "new girls sit with the guests in the vip room, drinks and more, thats the job",
         "refuse the customers and ur contract is cancelled, u pay the ticket back"],
        ["after the show we went to the private room for the team dinner",
         "the private room at the restaurant is booked for our family dinner with the guests from dhaka"]),
    # mn.age_disguised: a child's age hidden or made older on paper
    "child_age_hidden": (
        ["she's only 14 but the profile says 19, put more makeup in pics",
         "make his passport with 20 age, he is 15 only but tall",
         "the girl is 13, tell them she is 18 if anyone ask",
         "ur 15?? no problem we make ur papers older"],
        ["she's only 14 but already top of her class, so proud",
         "he is 15, registering him for the board exam this year",
         "she's only 14 but she says 19 of her friends are coming to the party"]),
    # thr.menace_on_escape: a complaint and a menace left unsaid
    "complainers_punished": (
        ["the ones who complained they took to the desert n left them there",
         "when we asked for salary they beat 2 boys in front of everyone",
         "anyone who ask for passport, they lock in the store room with no food",
         "last week a guy complained to the embassy, now nobody knows where he is"],
        ["the ones who complained about the food got a new cook, much better now",
         "we complained to hr about the ac and they fixed it"]),
    # iso.moved_between_places: moved at night or unseen
    "moved_unseen": (
        ["they moved us at night to another building, windows covered",
         "every few weeks they shift us in the night to a new place, we never know the address",
         "3rd time this month they move us, always at nite, different place each time",
         "they take us to another flat at night, nobody tells us where we are",
         "we were moved in a van to another camp, blindfold on"],
        ["we moved to another building last month, closer to the office, much better",
         "company shifted us to a new camp with ac rooms, happy with it"]),
    # fd.debt_by_work: a debt that grows
    "debt_grows": (
        ["the debt keeps growing, every month they add food and room to it",
         "my loan to the sardar gets bigger every year, never smaller",
         "whatever we pay the debt never goes down, they add more",
         "the cost they say i owe becomes bigger each month, cut from salary n still more",
         "visa money i owe keeps growing, they deduct but the debt never ends"],
        ["my savings keep growing every month, alhamdulillah",
         "the bank loan gets smaller every month, 6 instalments left"]),
    # lab.wages_kept_back: wages deferred to the contract's or the season's end
    "wages_deferred": (
        ["salary paid only at end of contract, 10 months at sea",
         "they say salary will come only at the end of the contract, till then nothing",
         "wages only at season end, till then we eat on credit from the sardar",
         "no monthly pay, salary only when the contract ends they say",
         "boat work, salary only at the end of the season, no advance for family"],
        ["end of service benefit is paid at the end of contract as per labour law, salary monthly",
         "salary comes every month on the 28th, bonus at the end of the contract"]),
}
E5_GAPS = {
    "flag": ["arbab keeping all our passports in his office drawer, no one can get it",
             "they have my bag and papers so i cant even try to leave",
             "they keep the new ones off the phone for the first months",
             "send the money if u want to see ur son again",
             "the company pays the sardar, we get only 2000 tk each from him",
             "the sheikh booked her for the whole night, dont let her refuse",
             "after that nobody ask for salary, they know what happens"],
    "ok": ["the bank deducts the loan instalment from my salary account automatically, 5000 a month",
           "the guests in room 5 want more towels, send the new girl from housekeeping"],
}


@pytest.mark.parametrize("concept", sorted(E5_CONCEPTS))
def test_e5_english_phrasings_of_a_concept_are_flagged(matcher, concept):
    flag, ok = E5_CONCEPTS[concept]
    assert len(flag) >= 3 and len(ok) >= 2
    results = matcher.match_many(flag + ok)
    missed = [(t, r.explanation) for t, r in zip(flag, results) if r.score < matcher.line]
    wrong = [(t, r.explanation) for t, r in zip(ok, results[len(flag):]) if r.score >= matcher.line]
    assert not missed and not wrong, (missed, wrong)


#: Gaps of E5_GAPS that the other parts of round 5 closed once merged (a strict xfail fails the
#: day its gap is closed: the phrasing moves here)
E5_CLOSED = ["new kids came for the farm, small ones are lighter, dont register names",
              # round 6, part I: the salary card held by another (kept_by, kept_thing in doc.phone_confiscated, once doc.phone_kept_by_employer)
              "salary card is with the supervisor, he withdraws and gives us what he wants"]


@pytest.mark.parametrize("text", E5_CLOSED)
def test_e5_gaps_closed_by_the_merge_stay_closed(matcher, text):
    assert matcher.match(text).score >= matcher.line


@pytest.mark.parametrize("text,want", [(t, True) for t in E5_GAPS["flag"]] + [(t, False) for t in E5_GAPS["ok"]])
@pytest.mark.xfail(strict=True, reason="English phrasings the packs do not reach yet (part E, round 5)")
def test_e5_known_gaps(matcher, text, want):
    assert (matcher.match(text).score >= matcher.line) == want
# --- issue 15 round 5, part V: precision by mechanism ---------------------------------------------
# Who holds a thing, who refuses, who warns, who jokes, who receipts: each mechanism written as five
# innocent phrasings of our own per script (English with Gulf/South-Asian idiom and text-speak,
# romanised Bengali in varied spelling and dialect, Bengali), which must stay below the line, and the
# controller's lines with the same words, which must stay flagged. None is a dev set's sentence.

V5_CONCEPTS = {
    # the owner keeps it: a worker's "passport stays with me", a notice's "with the worker", a parent's
    # "keep your passport safe" (doc.passport_retained's words said of the owner)
    "owner_keeps": {
        "ok": {
            "en": ["Alhamdulillah site work fine, passport stays with me, OT paid every month",
                   "New agency rule: the passport stays with the worker at all times, no deposit",
                   "beta keep your passport and iqama safe, don't lose them like last time",
                   "bro we keep our own passports here, company only takes a copy",
                   "Keep your passport with you when you go to the bank, they will ask for it"],
            "bn-Latn": ["passport nijer kache, beton time moto, chinta nai",
                        "amar pasport nijer kase thake, kofil kokhono chay nai",
                        "passport ta sabdhane rakhben bhai, airport e lagbe",
                        "pasport nijer kachei ase, company shudhu photocopy nise",
                        "ammu bollo passport jotno kore rakhis, harale jhamela"],
            "bn": ["পাসপোর্ট নিজের কাছে, বেতন ঠিক সময়ে পাই",
                   "পাসপোর্ট সাবধানে রাখবেন ভাই, ইমিগ্রেশনে লাগবে",
                   "আমার পাসপোর্ট নিজের কাছে থাকে, কোম্পানি ফটোকপি রাখছে",
                   "পাসপোর্ট যত্ন করে রেখো বাবা, হারাইলে বিপদ",
                   "পাসপোর্টটা নিজের কাছে রাখিস, কারো হাতে দিস না"],
        },
        "flag": {
            "en": ["keep your passport safe till Friday, then give it to me at the office with the advance",
                   "your passport stays with us until you pay the rest of the fee"],
            "bn-Latn": ["passport sabdhane rakhben, airport e amake diben, advance 50 hajar age",
                        "company sobar passport nijer kache rakhe, chaile o dey na"],
            "bn": ["পাসপোর্ট সাবধানে রাখবেন, কাল আমার কাছে জমা দিবেন, বাকি টাকা দিলে ভিসা",
                   "মালিক সবার পাসপোর্ট নিজের কাছে রাখে, চাইলেও দেয় না"],
        },
    },
    # a family refusing for its own child, with any infinitive ("ভাবতেও দিমু না", "kaj korte dibo na")
    "family_refuses": {
        "ok": {
            "en": ["my brother is 13, I won't let him even think of going abroad, madrasa first",
                   "Bhatiji is 15, we will not let her work in Dhaka, she stays in school",
                   "I won't send my daughter anywhere, she's 14 and writing her exams",
                   "my son is 12, I will not let him go to the Gulf, no matter the salary",
                   "my sister is just 16, we won't let her take that parlour job in Dubai"],
            "bn-Latn": ["choto bhai er 12 bochor, bidesh er kotha bhabteo dimu na",
                        "meyer boyos 14, bidesh e kaj korte dibo na, porashona age",
                        "bhagni 15 bochor, dhaka te kaj korte jaite dibona",
                        "amar chele 13, saudi te jaite debo na, madrasa shesh koruk",
                        "bon er boyos 16, parlour er kaj e jaite dimu na"],
            "bn": ["ছোট ভাইয়ের বয়স ১২, বিদেশের কথা ভাবতেও দিমু না",
                   "মেয়ের বয়স ১৪, বিদেশে কাজ করতে দিব না, আগে পড়ালেখা",
                   "ভাগ্নির বয়স ১৫, ঢাকায় কাজে যাইতে দিমু না",
                   "ছেলের বয়স ১৩, সৌদি যেতে দেব না, মাদ্রাসা শেষ করুক",
                   "বোনের বয়স ১৬, পার্লারের কাজে যেতে দিবো না"],
        },
        "flag": {
            "en": ["the girl is 14, we send her to Dubai for house work, she can't go home till the debt is paid"],
            "bn-Latn": ["oi meye 14 bochor, dubai te kaj e pathabo, bari jaite dibo na",
                        "tor boyos 15, tore bari jaite dimu na, saudi te kaj korbi"],
            "bn": ["মেয়েটার বয়স ১৪, দুবাই পাঠাবো, বাড়ি যাইতে দিমু না"],
        },
    },
    # a warning's order not to hand a passport or money to anyone, beside advice ("জেনে নিন", "check first")
    "warning_not_to_hand_over": {
        "ok": {
            "en": ["Before going abroad: never give your passport to anyone except a registered agency. Check the visa on the ministry site.",
                   "Tips for new workers - don't hand your passport to a broker, check your visa yourself",
                   "PSA: do not give your passport to any dalal, verify the agency license first",
                   "Reminder from the community desk: never leave your passport with strangers, call the embassy if in doubt",
                   "how to check your visa yourself, and why you should never pay an advance to brokers"],
            "bn-Latn": ["bidesh jawar age jene nin: karo hate passport diben na, visa nije check korun",
                        "bhaira kono dalal er kache passport jama diben na, license check kore nin",
                        "kivabe visa check korben video te dekhailam, kauke passport dien na",
                        "bidesh jaowar age: dalal ke taka diben na, registered agency diye jan",
                        "keu jodi bole visit visa te kaj hobe, taile shabdhan bhaira, kauke passport diben na"],
            "bn": ["বিদেশ যাওয়ার আগে জেনে নিন: কারো হাতে পাসপোর্ট দেবেন না",
                   "কোনো দালালের হাতে পাসপোর্ট দিবেন না, আগে লাইসেন্স যাচাই করুন",
                   "কিভাবে ভিসা চেক করবেন দেখুন, কাউকে পাসপোর্ট দিবেন না",
                   "বিদেশে যাওয়ার আগে জেনে নিন: দালালকে টাকা দেবেন না",
                   "ভাইরা, কেউ যদি বলে ভিজিট ভিসায় কাজ হবে, তাহলে সাবধান, কারো হাতে পাসপোর্ট দিবেন না"],
        },
        "flag": {
            "en": ["don't give your passport to anyone, only to me, and send the advance by tonight"],
            "bn-Latn": ["passport kauke diben na, shudhu amake diben, advance 20 hajar pathan"],
            "bn": ["কারো হাতে পাসপোর্ট দিবেন না, শুধু আমাকে দিবেন, অগ্রিম ২০ হাজার পাঠান"],
        },
    },
    # the words of control said of a pet, a school chore or a game, with a mark of mock despair
    "joke_absurd_agent": {
        "ok": {
            "en": ["my cat has held me hostage on the sofa for 2 hours, no food, send help 🐈",
                   "group project update: I did all the work, unpaid labour, no day off 😤",
                   "my toddler confiscated my phone again and won't give it back 💀",
                   "homework kept me locked in my room all weekend, this is slavery 🙄",
                   "my roommate took my charger and won't give it back, calling ILO 😤"],
            "bn-Latn": ["amar biral amake sofa te atke rakhse 2 ghonta, send help 🐈",
                        "group project e shob kaj ami korlam, beton nai, chuti nai 😤",
                        "homework amake ghore atke rakhse puro weekend 💀",
                        "ludo te hare gesi, bhai amar phone niye nise 😤",
                        "amar shashuri remote niye nise, ar dibe na 🙄"],
            "bn": ["আমার বিড়াল আমাকে সোফায় আটকে রাখছে, সেন্ড হেল্প 🐈",
                   "গ্রুপ প্রজেক্টে সব কাজ আমি করলাম, বেতন নাই, ছুটি নাই 😤",
                   "বিড়ালটা আমার ফোন নিয়া গেছে, আর দিবে না 💀",
                   "লুডুতে হারার পর ভাই আমার ফোন নিয়ে গেছে 🙄",
                   "শাশুড়ি রিমোট নিয়ে নিছে, আর দিবে না 😤"],
        },
        "flag": {
            "en": ["the boss took my phone and locked us in, no salary for 3 months, send help 😭"],
            "bn-Latn": ["malik phone niye nise, ghore atke rakhse, beton nai 3 mash 😭"],
            "bn": ["মালিক ফোন নিয়ে গেছে, ঘরে আটকে রাখছে, তিন মাস বেতন নাই 😭"],
        },
    },
    # a passport kept for safekeeping and given back whenever asked ("chaile dey"); "chaileo dey na" is retention
    "safekeeping_on_request": {
        "ok": {
            "en": ["HR holds passports for safekeeping, we get them any time on request",
                   "the company keeps passports in the office safe, you get yours whenever you ask",
                   "bro the camp boss keeps our passports in a locker but gives them any time we need",
                   "passports stay in the HR safe, on request they give it same day, no issue",
                   "madam keeps my passport in her cupboard, I can take it whenever I want"],
            "bn-Latn": ["company passport locker e rakhe, chaile sathe sathe dey",
                        "passport office er locker e thake, chaile dey, kono jhamela nai",
                        "pasport company rakhse, chailei dey, chinta koiro na",
                        "HR passport rakhe safety r jonno, chaile ferot dey",
                        "malik passport almari te rakhe, chaile dibe bolse, ekbar nisilam o"],
            "bn": ["কোম্পানি পাসপোর্ট লকারে রাখে, চাইলেই দেয়",
                   "পাসপোর্ট অফিসের লকারে থাকে, চাইলে দেয়, কোনো ঝামেলা নাই",
                   "মালিক পাসপোর্ট আলমারিতে রাখে, চাইলেই দেয়",
                   "এইচআর পাসপোর্ট রাখে নিরাপত্তার জন্য, চাইলে ফেরত দেয়",
                   "কফিল পাসপোর্ট রাখছে, চাইলেই দেয়, সমস্যা নাই"],
        },
        "flag": {
            "en": ["HR holds our passports and will not give them back even when we ask"],
            "bn-Latn": ["company passport rekhe dise, chaileo dey na"],
            "bn": ["মালিক পাসপোর্ট রেখে দিছে, চাইলেও দেয় না"],
        },
    },
    # a ban on going out bounded by a clock hour: a house's curfew, not confinement
    "curfew_by_the_clock": {
        "ok": {
            "en": ["no going out after 11pm in the camp, those are the rules",
                   "my sponsor is strict, nobody goes out after 10 pm, but he is fair",
                   "hostel rule: not allowed out after 9:30, gate closes",
                   "we can't go outside after midnight, security reasons, otherwise free",
                   "after 11 pm going out is not allowed here, weekends we roam the city"],
            "bn-Latn": ["amar kofil khub strict, raat 11 tar por bahire jawa nishedh, but bhalo manush",
                        "camp e raat 10 tar por bahire jawa jabe na, niyom",
                        "hostel e 9 tar por baire jaite dey na, baki shob thik",
                        "raat 11 tay por bahire jawa mana, friday te shohor e jai",
                        "12 tar por bahire jawa nishedh, security er jonno"],
            "bn": ["রাত ১১টার পর বাইরে যাওয়া নিষেধ, কফিল ভালো মানুষ",
                   "ক্যাম্পে রাত ১০টার পর বাইরে যাওয়া যাবে না, নিয়ম",
                   "হোস্টেলে ৯টার পর বাইরে যাইতে দেয় না, বাকি সব ঠিক",
                   "রাত ১১টার পরে বাইরে যাওয়া মানা, শুক্রবারে শহরে যাই",
                   "১২টার পর বাইরে যাওয়া নিষেধ, নিরাপত্তার জন্য"],
        },
        "flag": {
            "en": ["we are not allowed out after work, the gate is locked"],
            "bn-Latn": ["raat e bahire jawa nishedh, malik tala mere rakhe"],
            "bn": ["বাইরে যাওয়া নিষেধ, মালিক তালা মেরে রাখে"],
        },
    },
    # a wage late by a day, its reason and its near day said ("bank holiday, kal dibe"); months of it are withheld
    "wage_late_with_reason": {
        "ok": {
            "en": ["salary not paid today, bank holiday, HR says will pay tomorrow",
                   "no salary yet bro, Eid holiday, it will come next week",
                   "pay is late because the bank system is down, they will pay tomorrow",
                   "didn't get salary today, server issue at the bank, comes tomorrow",
                   "wages not in yet, public holiday here, HR said will pay on sunday"],
            "bn-Latn": ["ajke beton pai nai, bank holiday, kal dibe",
                        "salary ekhono ashe nai, eid er chuti, next week dibe",
                        "beton aj pai nai, bank bondho, kalke dibe bolse",
                        "aj salary dey nai, server problem, porshu dibe",
                        "beton deri, chuti chilo, kal pabo inshallah"],
            "bn": ["আজ বেতন পাই নাই, ব্যাংক বন্ধ, কাল দিবে",
                   "বেতন এখনো আসে নাই, ঈদের ছুটি, সামনের সপ্তাহে দিবে",
                   "আজকে বেতন দেয় নাই, ব্যাংকের সার্ভার বন্ধ, কাল দিবে",
                   "বেতন আজ পাইনি, ছুটি ছিল, পরশু দিবে",
                   "সেলারি দেরি, ব্যাংক ছুটি, কালকে পাবো"],
        },
        "flag": {
            "en": ["no salary for 3 months, every time they say bank holiday, will pay tomorrow"],
            "bn-Latn": ["beton pai nai 4 mash, kal dibe kal dibe bole"],
            "bn": ["চার মাস বেতন পাই নাই, কাল দিবে কাল দিবে বলে"],
        },
    },
}


@pytest.mark.parametrize("concept", sorted(V5_CONCEPTS))
def test_v5_innocent_phrasings_stay_below_and_controllers_lines_stay_flagged(matcher, concept):
    probes = V5_CONCEPTS[concept]
    for script in ("en", "bn-Latn", "bn"):
        assert len(probes["ok"][script]) >= 5 and probes["flag"][script], (concept, script)
    ok = [t for s in probes["ok"].values() for t in s]
    flag = [t for s in probes["flag"].values() for t in s]
    results = matcher.match_many(ok + flag)
    wrong = [(t, r.explanation) for t, r in zip(ok, results) if r.score >= matcher.line]
    wrong += [(t, r.explanation) for t, r in zip(flag, results[len(ok):]) if r.score < matcher.line]
    assert not wrong, wrong
# --- round 5 of issue 15, part B: recruitment, fees, isolation, labour, threats ------------------
# Written from the indicator inventory (shared/research/indicators.md: thr.*, fd.*, lab.*, iso.*,
# dr.*), not from any set's items: each mechanism said indirectly, five phrasings of our own in each
# script (Bengali with dialect, romanised Bengali in varied spellings, English with Gulf and
# text-speak forms) that must reach the review line, and innocent near-misses with the same words
# that must stay below it. A change that keeps a dev item but loses these has fitted the item.

CONCEPTS_R5B = {
    # a menace left unsaid, resting on what was done to others before ("you saw", "you know what happens")
    "menace_by_example": (
        ["তুই তো দেখছস আগের জনের কী হইছে, বেশি বুঝলে তোরও তাই হবে",
         "গত মাসে যে পালাইছিল তার কী হইছে জানোস তো? চুপচাপ কাম কর",
         "মনে আছে রফিকের কী হইছিল? তোরও একই দশা হবে যদি মুখ খুলিস",
         "বেশি চালাকি করিস না, আগের মেয়েটার কথা মনে আছে তো",
         "যারা বেতন চাইছিল তাদের কী করছি দেখছোস, তুইও দেখবি",
         "tui to dekhsos ager jon er ki hoise, beshi bujhle tor o oi dosha",
         "gotomash je palaise tar ki hoise janos to? chupchap kaj kor",
         "mone ase rafiq er ki hoisilo? tor o same hobe mukh khulle",
         "beshi chalaki korish na, ager meyetar kotha mone ache to",
         "jara beton chaise oder ki korsi dekhos, tui o dekhbi",
         "you saw what happened to the last one who asked for salary. dont make me do it again",
         "remember what happened to the boy who ran? keep working and keep quiet",
         "u know what happens to girls who talk, dont test me",
         "Ask the others what we did to the one who complained. Your choice",
         "those who went to the embassy last year, nobody heard from them again. think before u act"],
        ["তুই তো দেখছস আগের ম্যাচে কী হইছে, আজকে ভালো খেলবি",
         "you saw what happened to the last phone I lent you, dont drop this one",
         "remember what happened at the wedding? lol dont dance like that again"]),
    # pictures or videos of the victim sent to the family, the husband, the village or the school
    "images_to_family": (
        ["কথা না শুনলে তোর ছবিগুলা তোর জামাইয়ের কাছে যাবে",
         "টাকা না দিলে ভিডিওটা তোর বাপের মোবাইলে চলে যাবে",
         "বেশি তেড়িবেড়ি করলে তোর ছবি গ্রামের সব গ্রুপে দিমু",
         "ব্লক করলে তোর ভিডিও তোর স্কুলের সবাই দেখবে",
         "না আসলে ছবিগুলো তোর শ্বশুরবাড়ির সবার কাছে পাঠাই দিমু",
         "kotha na shunle tor chobi gula tor jamai er kase jabe",
         "taka na dile video ta tor baper mobile e chole jabe",
         "block korle tor pic gula tor school er group e dibo",
         "na ashle chobi tor shoshur barir shobar kache pathabo",
         "beshi teri korle tor video gram er shob group e chole jabe",
         "if you stop he says he will send the videos to my husband and post them on facebook",
         "block me and your pics go to your dad and your whole school",
         "come tonight or i share ur video in ur class group",
         "he has my photos and says my family will get them if i leave",
         "pay or the video goes to your in-laws"],
        ["বিয়ের ছবিগুলা তোর জামাইয়ের কাছে পাঠাইছি, দেখিস",
         "send the wedding photos to your dad, he wants them for the album",
         "ami tor birthday er chobi gula tor school group e dilam, sobai like dise"]),
    # a relative taken or held: the sister, son, parents threatened with abduction or kept
    "kin_taken": (
        ["তুই যদি এনজিও আপার সাথে কথা বলিস তোর ছোট বোনরে তুইলা নিয়া যামু",
         "টাকা না দিলে তোর পোলা এখানেই থাকবো",
         "পালাইলে তোর ভাইরে ধইরা আনমু",
         "পুলিশে গেলে তোর মা-বাপরে আর দেখবি না",
         "টাকা শুক্রবারের মধ্যে না আসলে তোর ছেলেরে ছাড়মু না",
         "tui jodi ngo apar sathe kotha bolis tor choto bon ke tule niye jabo",
         "taka na dile tor pola ekhanei thakbe",
         "palaile tor bhai re dhoira anmu",
         "police e gele tor ma baba re ar dekhbi na",
         "friday er moddhe taka na ashle tor chele re chharbo na",
         "pay 2 lakh by friday or your son stays here",
         "if you talk to the NGO we will pick up your little sister from school",
         "run and your brother pays for it",
         "go to the police and you will never see your parents again",
         "we have your husband. send the money or he does not come back"],
        ["তোর ছোট বোনরে স্কুল থেকে তুইলা নিয়া যামু, চিন্তা করিস না",
         "your son stays here with us this summer, he loves the farm",
         "tor bhai re station theke tule niye jabo, tension nis na"]),
    # a repayment schedule with a penalty for lateness, and what is done to those who stop paying
    "debt_schedule_penalty": (
        ["কিস্তি ৪ নম্বর শুক্রবারে, দেরি হইলে সপ্তাহে ৫ হাজার বেশি। যারা দেয় না তাদের মালিকরে ফোন দেই",
         "প্রতি মাসে ২০ হাজার, এক দিন দেরি মানে জরিমানা, না দিলে বাড়িতে লোক যাবে",
         "বাকি ২ লাখ মাসে মাসে দিবি, মিস করলে সুদ ডাবল আর তোর কফিলরে জানামু",
         "কিস্তি মিস হইলে জরিমানা, আর তোর বাপের কাছে লোক পাঠামু",
         "ঋণের কিস্তি দেরি হইলে প্রতি দিন ৫০০ টাকা বেশি, কোম্পানিতে খবর দিমু",
         "kisti 4 no friday te, deri hoile soptahe 5 hajar beshi. jara dey na tader malik ke phone dei",
         "protimash 20 hajar, ek din deri mane fine, na dile barite lok jabe",
         "baki 2 lakh mashe mashe dibi, miss korle sud double ar tor kafeel ke janabo",
         "kisti miss hoile jorimana, ar tor baper kache lok pathabo",
         "installment late hoile protidin 500 taka beshi, company te khobor dibo",
         "instalment 4 of 10 due Friday, 25k. Late = 5k extra per week, and we call your kafeel",
         "miss one payment and interest doubles, and we call your sponsor",
         "boys who stop paying, we call their employer, you know what happens then",
         "your kisti is late again. every day late is 1000 more, and your father will get a visit",
         "pay the monthly 30k on time or we inform your company and add a penalty"],
        ["কিস্তি ৪ নম্বর শুক্রবারে, দেরি হইলে ব্যাংক লেট ফি নেয়",
         "Reminder: EMI 4 of 10 due Friday. Late payment fee as per bank policy",
         "kisti late hoile grameen er apa bari ashe, abbu ke bolo"]),
    # wages held back until the contract, the season or the stay ends, paid in one sum then
    "wages_at_the_end": (
        ["বেতন মালিক নিজের কাছে রাখে, কয় দেশে যাওয়ার সময় একবারে দিবো",
         "মৌসুম শেষে হিসাব কইরা দিবো, তার আগে এক টাকাও না",
         "চুক্তি শেষ হইলে সব বেতন একসাথে পাবি, এখন হাত খরচ ৫০ রিয়াল",
         "দুই বছরের বেতন কোম্পানি জমা রাখে, দেশে যাওনের দিন দিবো কইছে",
         "বেতন সিজন শেষে, এখন খালি খোরাকি",
         "beton malik nijer kache rakhe, bole desh e jawar somoy ekbare dibo",
         "season sesh e hishab kore dibo, tar age ek taka o na",
         "contract shesh hole sob beton eksathe pabi, ekhon hat khoroch 50 riyal",
         "salary company joma rakhe, desh e jaoar din dibe bolse",
         "beton season shesh e, ekhon shudhu khoraki",
         "salary paid at end of contract only. food provided",
         "they keep all our pay until the season is over, then they say they will settle",
         "boss says he will give the whole 2 years salary when I fly home",
         "no wages now, everything is adjusted at season end",
         "madam keeps my salary safe, she will give it all when my contract finish"],
        ["বোনাস বছর শেষে একবারে দেয়, বেতন প্রতি মাসে ঠিকমতো",
         "gratuity contract shesh e pabo, beton protimash time moto ashe",
         "end of service benefit paid at end of contract, monthly salary on the 1st"]),
    # hours and no rest said as a routine: a day that starts before dawn and ends at night, every day
    "hours_as_routine": (
        ["ডিউটি শুরু ভোর ৫টায়, শেষ রাত ১১টায়, শুক্রবারেও ছুটি নাই",
         "সকাল ৬টা থেকে রাত ১২টা কাম, মাসে একদিনও বন্ধ নাই",
         "সারাদিন কাম করে, রাইতে রান্নাঘরে শোয়, ছুটি কী জিনিস জানে না",
         "দিনে ১৫-১৬ ঘণ্টা দাঁড়াইয়া কাজ, বসার উপায় নাই",
         "৩০ দিনে ৩০ দিনই ডিউটি, রাতে ৩ ঘণ্টা ঘুম",
         "duty shuru 5 tay sesh rat 11 ta, friday o off nai",
         "sokal 6 ta theke rat 12 ta kaj, mashe ekdin o bondho nai",
         "sara din kaj kore, rate rannaghore ghumay, chuti ki jinish jane na",
         "dine 15-16 ghonta dariye kaj, bosar upay nai",
         "30 din e 30 din duty, rate 3 ghonta ghum",
         "Got 3000 this month for 30 days of 13 hr",
         "we start 5am finish 11pm, friday also working, no off day since I came",
         "work from morning prayer until midnight every day, no day off",
         "she cooks, cleans, minds 3 kids from 6 to midnight, sleeps on the kitchen floor",
         "shift is 7am to 11 at night, 7 days, supervisor says rest when you go home"],
        ["duty shuru 9 tay sesh 5 tay, friday off, overtime alada taka",
         "ডিউটি সকাল ৯টা থেকে বিকাল ৫টা, শুক্র-শনি ছুটি",
         "we start 9am finish 5pm, weekends off, happy with the job"]),
    # not a single coin paid: wages unpaid said in dialect, with the months counted
    "not_a_coin_paid": (
        ["৮ মাস অই গেছে এক রিয়ালও পাইছি না",
         "তিন মাস ধরি মালিক একটা টেয়াও দেয় ন",
         "চার মাসের বেতন বাকি, চাইলে কয় পরে",
         "আইজ ৬ মাস, একটা পয়সাও হাতে পাই নাই",
         "পাঁচ মাস হইল মাইনা দেয় নাই, খাওনের টাকাও ধার কইরা চলি",
         "8 mash hoye gelo ek riyal o pai nai",
         "3 mash dhore malik ekta taka o dey na",
         "4 mas er beton baki, chaile bole pore",
         "aaj 6 mash, ekta poisha o hate pai nai",
         "5 mash hoilo maina dey nai, khawar taka o dhar kore choli",
         "8 months now not one riyal in my hand",
         "haven't seen a single dirham since March, boss says company loss",
         "they owe us 5 months, we eat on credit from the shop",
         "no salary since ramadan, kafeel says wait",
         "4 months and zero pay, asking makes him angry"],
        ["৮ মাস অই গেছে বিদেশে, এক রিয়ালও খরচ করি নাই, সব জমাইছি",
         "4 mas er beton eksathe pailam alhamdulillah",
         "haven't spent a single dirham since March, saving for the wedding"]),
    # the wage taken by the agent or employer for a fee, month after month, with no end set
    "salary_taken_for_fee": (
        ["এজেন্ট কয় প্রথম ৭ মাসের বেতন সরাসরি তার কাছে যাবে প্রসেসিংয়ের জন্য, আমি খাওয়ার জন্য ১৫০ রিয়াল পাই",
         "বেতন ১২০০, প্রতি মাসে ৯০০ কাইটা রাখে এজেন্সি ফি কইয়া, কবে শেষ কেউ কয় না",
         "প্রতি মাসে ১২০০ রিংগিত থেকে ৮০০ কাটমু, বাকিটা আমি রাখমু যতদিন না পুরা শোধ",
         "পয়লা এক বছরের বেতন দালালের, তারপর তোর",
         "মাসের বেতন আগে কোম্পানির লোনে যায়, হাতে ১০০",
         "agent bole prothom 7 mash er beton direct tar kache jabe processing er jonno, ami khawar jonno 150 riyal pai",
         "beton 1200, protimash 900 kete rakhe agency fee bole, kobe shesh keu bole na",
         "protimas 1200 ringgit theke 800 katbo, baki ta ami rakhbo jatokhon na full clear",
         "prothom ek bochor er beton dalal er, tarpor tor",
         "maser beton age company loan e jay, hate 100",
         "the agent says my first 7 months salary will go to him direct for processing",
         "salary is 1200 but they keep 900 every month for agency fee and accommodation",
         "I asked when the deduction finishes, supervisor said when he decides. been 14 months",
         "first year of your pay goes to the office for the visa, after that its yours",
         "they take 70% of the wage for my ticket and visa, no end date"],
        ["প্রথম মাসের বেতন দিয়া মায়ের জন্য ফোন কিনমু",
         "first 7 months salary I will save for the house, inshallah",
         "beton theke protimash 2000 provident fund e jay, company o dey"]),
    # a loan paper signed on arrival or at the airport, a cost to be cut from the wage once there
    "loan_paper_on_arrival": (
        ["এয়ারপোর্টে একটা লোনের কাগজে সই দিবা, সমস্যা নাই, বেতন থেকে কাটবে",
         "গিয়া পৌঁছাইলে কোম্পানি ৩৫০০ রিংগিত প্রসেসিং নিবো, বেতন থেকে কাইটা নিবো",
         "ভিসা টিকেট আমরা দিমু, পরে বেতন থেকে শোধ দিবা",
         "নামার পর একটা ঋণের কাগজে টিপসই দিতে হবে",
         "খরচ এখন লাগবো না, ওখানে গিয়া কাজ কইরা শোধ",
         "airport e ekta loan er kagoj e sign diba, somossa nai, beton theke katbe",
         "giye pouchaile company 3500 ringgit processing nibe, beton theke kete nibe",
         "visa ticket amra dibo, pore beton theke shodh diba",
         "namar por ekta rin er kagoj e tipsoi dite hobe",
         "khoroch ekhon lagbe na, okhane giye kaj kore shodh",
         "job is free of cost but agency in KL takes RM 3,500 processing after u land, u sign a loan paper at airport",
         "visa+ticket arranged by us, pay later from salary",
         "no money now, you sign the loan agreement when you arrive and they cut it monthly",
         "they made us sign a debt paper the day we landed, 4000 dirham each",
         "dont pay anything here, the company deducts your visa cost after you reach"],
        ["এয়ারপোর্টে কাস্টমস ফর্মে সই দিবা, সমস্যা নাই",
         "home loan er kagoj e sign korlam bank e, 20 bochor kisti",
         "sign the arrival card at the airport and keep the pen"]),
}


@pytest.mark.parametrize("concept", sorted(CONCEPTS_R5B))
def test_round5_part_b_concepts_flag_their_phrasings_and_spare_near_misses(matcher, concept):
    flag, ok = CONCEPTS_R5B[concept]
    assert len(flag) >= 15 and len(ok) >= 2
    missed = [(t, r.explanation) for t, r in zip(flag, matcher.match_many(flag)) if r.score < matcher.line]
    flagged = [(t, r.explanation) for t, r in zip(ok, matcher.match_many(ok)) if r.score >= matcher.line]
    assert not missed and not flagged, (missed, flagged)



# round 5, part B, second pass: isolation, deception and labour mechanisms (the same method)
CONCEPTS_R5B_2 = {
    # the worker's phone read or checked by the one in control: messages watched, not taken
    "phone_checked": (
        ["ম্যাডাম রাতে আমার ফোন চেক করে, কার সাথে কথা বলি সব দেখে",
         "এই নাম্বারে রিপ্লাই দিও না, ওরা প্রতি রাতে মোবাইল দেখে",
         "সুপারভাইজার আমাগো মোবাইল খুইলা মেসেজ পড়ে",
         "মালিক প্রতিদিন ফোনের কল লিস্ট দেখে, ডিলিট করলে মারে",
         "কফিল আমার হোয়াটসঅ্যাপ খুলে দেখে কারে কী লিখছি",
         "madam rat e amar phone check kore, kar sathe kotha boli sob dekhe",
         "ei number e reply dio na, ora protirat mobile dekhe",
         "supervisor amgo mobile khuila message pore",
         "malik protidin phone er call list dekhe, delete korle mare",
         "kofil amar whatsapp khule dekhe kare ki likhsi",
         "please dont reply on this number. they check my phone every night",
         "madam reads all my messages, I delete everything after I write to you",
         "boss goes through our phones every evening, who we called, what we sent",
         "they check our whatsapp daily so dont send anything about this",
         "sir takes my phone at night and reads the chats, then gives it back"],
        ["আম্মু রাতে আমার ফোন চেক করে, পরীক্ষার আগে গেম খেলতে দেয় না",
         "IT dept checks our laptops every month for viruses",
         "abbu amar phone check kore, porashona kori kina dekhe"]),
    # going out barred: "can't go out", the gate locked, the building never left
    "cannot_go_out": (
        ["অনেক মেয়ের সাথে একটা বিল্ডিংয়ে আছি, বাইরে যাইতে পারি না",
         "গেটে তালা দিয়া রাখে, ছয় মাস রাস্তা দেখি নাই",
         "বাসা থেকে বের হইতে দেয় না, দোকানেও না",
         "ক্যাম্প থেকে বাইর হওয়ার উপায় নাই, গার্ড থাকে",
         "আমারে রুমে রাইখা বাইরে থেকে দরজা লাগায়",
         "onek meyer sathe ekta building e achi, baire jaite pari na",
         "gate e tala diya rakhe, 6 mash rasta dekhi nai",
         "basha theke ber hoite dey na, dokan eo na",
         "camp theke bair howar upay nai, guard thake",
         "amare rume raikha baire theke dorja lagay",
         "i am in a building with many girls cant go out",
         "they lock the gate from outside, 6 months I have not seen the street",
         "we are not let out, not even to the shop",
         "no way out of the camp, guards at the door day and night",
         "madam locks me in the room when she goes out"],
        ["বৃষ্টিতে বাইরে যাইতে পারি না, বাসায় বইসা আছি",
         "curfew er jonno baire jaite pari na, lockdown",
         "it's raining so hard we can't go out, movie night instead"]),
    # a cover story ordered for the family: say she is elsewhere, doing other work
    "cover_story_for_family": (
        ["ওর ভাই আবার ফোন দিলে বলবি সে অন্য শহরে গেছে",
         "বাড়িতে বলবি গার্মেন্টসে কাজ করিস, হোটেলের কথা বলবি না",
         "মায়েরে কইবি বড় কোম্পানিতে আছস, বেতন ভালো",
         "ফ্যামিলি জিজ্ঞেস করলে বলবা বিয়া হইছে, ভালো আছো",
         "ওর বাড়ির লোক খোঁজ নিলে বলবা সে এখানে নাই",
         "or bhai abar phone dile bolbi se onno shohore gese",
         "barite bolbi garments e kaj koros, hotel er kotha bolbi na",
         "mayere koibi boro company te achos, beton valo",
         "family jigesh korle bolba biya hoise, bhalo acho",
         "or barir lok khoj nile bolba se ekhane nai",
         "if her brother calls again say she went to another city",
         "tell your mom you work in a big company, dont mention the hotel",
         "when your family asks, say you are married and happy there, never say the club",
         "if anyone from her village calls, she is not here, understood",
         "tell them at home it's a garments job, nothing else"],
        ["আম্মু ফোন দিলে বলবি আমি বাজারে গেছি, ১০ মিনিটে আসতেছি",
         "if mom calls say I'm in the shower, will call back",
         "abbu phone dile bolbi ami namaz e gesi"]),
    # the job or the wage switched once there: promised one thing, doing another
    "job_switched": (
        ["ঢাকার অফিসে মলের ছবি দেখাইছিল, ক্যাশিয়ার বলছিল, এখন সাইটে সিমেন্টের বস্তা টানি",
         "গার্মেন্টস সুপারভাইজার কইয়া নিছে, এখন তিন বাসায় ঝাড়ু মোছা করে",
         "বলছিল ১৫০০ রিয়াল, কাগজে লেখা লেবার ৮০০",
         "হোটেলের রিসিপশন কইছিল, আইসা দেখি ক্লাবে কাজ",
         "ড্রাইভার ভিসা বলছিল, এখন উটের খামারে",
         "dhakar office e maller chobi dekhaisilo, cashier bolsilo, ekhon site e cement er bosta tani",
         "garments supervisor koiya nise, ekhon tin basay jharu mocha kore",
         "bolsilo 1500 riyal, kagoje lekha labour 800",
         "hotel er reception koisilo, aisa dekhi club e kaj",
         "driver visa bolsilo, ekhon uter khamare",
         "they showed me pics of a big mall and said cashier job. im carrying cement bags on a site",
         "you said garments supervisor in Jordan, now she is cleaning 3 houses",
         "the paper they gave here says labourer 800 riyal not 1500 like they told",
         "promised a hotel job in Dubai, i am in a camp in the desert with goats",
         "agent told factory work 8 hours, here it's farm work from dawn, different company name"],
        ["বলছিল ১৫০০ রিয়াল, কাগজে লেখা ১৫০০, আলহামদুলিল্লাহ সব ঠিক",
         "they said cashier job and it is cashier job, happy here",
         "hotel er reception koisilo, reception ei achi, valo lagche"]),
    # the contract kept from the worker until after departure
    "contract_hidden": (
        ["এগ্রিমেন্টের কাগজ ওদের দেখাইয়েন না, উড়াল দেওনের পর দেখবো",
         "চুক্তির কাগজ এয়ারপোর্টে দিমু, আগে দেখার দরকার নাই",
         "কন্ট্রাক্ট ওইখানে গিয়া সাইন হবে, এখন কিছু লাগবো না",
         "কাগজপত্র সব আমার কাছে থাকবো, তোমার দেখার দরকার নাই",
         "মেডিকেলের আগে বেশি কিছু বুঝাইয়েন না, চুক্তি পরে",
         "agreement er kagoj hetago dekhaiyen na, uira jaoner por dekhbo",
         "chuktir kagoj airport e dimu, age dekhar dorkar nai",
         "contract oikhane giya sign hobe, ekhon kichu lagbe na",
         "kagojpotro sob amar kache thakbe, tomar dekhar dorkar nai",
         "medical er age beshi kichu bujhaiyen na, chukti pore",
         "dont show them the contract, they see it after the flight",
         "you will get the contract at the airport, no need to read it now",
         "contract will be signed over there, just come",
         "the agreement is in arabic, you sign there, dont worry what it says",
         "no paper before you go bro, everything is settled after landing"],
        ["কন্ট্রাক্ট পড়ে সাইন করবা, বিএমইটিতে যাচাই কইরা নিও",
         "read the contract carefully before you sign, ask BMET if unsure",
         "contract er copy email e pathaisi, pore sign koro"]),
    # asking for the wage punished: a beating, a threat, a worse job
    "asking_punished": (
        ["ওভারটাইমের টাকা চাইলে সুপারভাইজার মারে",
         "বেতন চাইলে মালিক কয় দেশে পাঠাই দিমু",
         "টাকার কথা কইলেই গালি আর লাথি",
         "বেতনের কথা তুললে খাওন বন্ধ কইরা দেয়",
         "যে বেতন চায় তারে রোদে দাঁড় করায় রাখে",
         "overtime er taka chaile supervisor mare",
         "beton chaile malik bole desh e pathai dimu",
         "takar kotha koilei gali ar lathi",
         "betoner kotha tulle khawon bondho kore dey",
         "je beton chay tare rode dar koray rakhe",
         "when we ask for salary the foreman hits us",
         "ask for your wages and you sleep outside tonight, he said",
         "anyone who mentions money gets the night shift and no food",
         "i asked for my pay and he slapped me in front of everyone",
         "asking for overtime money = beating, everyone knows"],
        ["বেতন চাইলে ম্যানেজার কয় ১ তারিখে দিবো",
         "when we ask for salary the manager says payday is the 1st",
         "overtime er taka chaile supervisor form fill korte dey"]),
    # food withheld as a penalty: no work, no food
    "food_as_penalty": (
        ["কাজ না করলে খাওন বন্ধ",
         "জ্বর হইলেও কাজে না গেলে ভাত নাই",
         "কোটা পূরণ না হইলে রাতে খাইতে দেয় না",
         "কথা না শুনলে দুই দিন খাবার দেয় নাই",
         "কাম কম হইলে এক বেলা খাওয়ায়",
         "kaj na korle khana bondho",
         "jor hoileo kaje na gele bhat nai",
         "quota puron na hoile rate khaite dey na",
         "kotha na shunle dui din khabar dey nai",
         "kam kom hoile ek bela khawai",
         "no work, no food, that's the rule here",
         "if the target is not met we get no dinner",
         "he stopped our food for 2 days because we refused overtime",
         "sick or not, no work means no meal",
         "madam gives me food only after all the houses are cleaned, sometimes at midnight"],
        ["রোজায় সারাদিন খাওন বন্ধ, ইফতারে খাই",
         "diet e achi, rate khana bondho",
         "no food in the office after 6, canteen closes"]),
}


@pytest.mark.parametrize("concept", sorted(CONCEPTS_R5B_2))
def test_round5_part_b_control_and_deception_concepts(matcher, concept):
    flag, ok = CONCEPTS_R5B_2[concept]
    assert len(flag) >= 15 and len(ok) >= 2
    missed = [(t, r.explanation) for t, r in zip(flag, matcher.match_many(flag)) if r.score < matcher.line]
    flagged = [(t, r.explanation) for t, r in zip(ok, matcher.match_many(ok)) if r.score >= matcher.line]
    assert not missed and not flagged, (missed, flagged)



# round 5, part B, third pass: a job offer to be kept from everyone else, in the dialect's forms
CONCEPTS_R5B_3 = {
    "offer_kept_secret": (
        [
         "মালয়েশিয়ার ফেক্টরি ভিসা আছে, সিট কম, আর কাউরে কইয়েন না",
         "এই অফারের কথা গ্রামের কাউরে কইবা না, পরে সবাই চাইবো",
         "ভিসার কথা অন্য কাউকে বলবেন না, শুধু আপনার জন্য রাখছি",
         "দুবাইয়ের কাজের কথা চাচারেও কইয়ো না, কাগজ হইলে জানামু",
         "এজেন্সির নাম কাউকে বলবা না, ডাইরেক্ট আমার মাধ্যমে যাবা",
         "malaysia factory visa ache, seat kom, ar kauke koiyen na",
         "ei offer er kotha gramer kaure koiba na, pore shobai chaibo",
         "visar kotha onno kauke bolben na, shudhu apnar jonno rakhsi",
         "dubai er kajer kotha chacha soho kaure koiba na, kagoj hoile janamu",
         "agency r naam kauke bolba na, direct amar maddhome jaba",
         "only few seats for the Malaysia factory visa, don't tell anyone else about this",
         "keep this job offer between us bro, if others hear the price goes up",
         "dont post about the visa in the group, just send your passport copy to me",
         "tell no one about this Dubai opening until your ticket is done",
         "this Saudi visa is only for you, don't share my number with anyone",
        ],
        [
         "সারপ্রাইজ পার্টির কথা আম্মুকে কইয়ো না",
         "exam er question kauke bolba na, teacher bolse",
         "don't tell anyone about the birthday plan, it's a surprise",
        ]),
}


@pytest.mark.parametrize("concept", sorted(CONCEPTS_R5B_3))
def test_round5_part_b_offer_secrecy(matcher, concept):
    flag, ok = CONCEPTS_R5B_3[concept]
    assert len(flag) >= 15 and len(ok) >= 2
    missed = [(t, r.explanation) for t, r in zip(flag, matcher.match_many(flag)) if r.score < matcher.line]
    flagged = [(t, r.explanation) for t, r in zip(ok, matcher.match_many(ok)) if r.score >= matcher.line]
    assert not missed and not flagged, (missed, flagged)
# --- issue 15 round 5, part A: recall of payments, sexual exploitation, minors --------------------
# Written from the indicator inventory (shared/research/indicators.md: pay.*, sx.*, mn.*, UNODC's
# "no access to earnings"), not from a dev item: for each concept five phrasings of our own per
# script (Bengali, romanised Bengali in more than one spelling and dialect, English including Gulf
# and text-speak), said indirectly as a recruiter, a controller or a victim would, and innocent
# near-misses with the same words. A phrasing must reach the review line through one of the
# concept's rules; a near-miss must stay below the line (a weak hit of another rule may remain).
R5A_CONCEPTS = {
    # a recruitment fee (file charge, processing, visa or job-letter money) to be paid in crypto
    "a recruitment fee asked in crypto": {
        "rules": {"pay.fee_in_crypto", "pay.crypto_instead_of_bank"},
        "flag": [
            "processing fee is 800 USDT, pay to the wallet below and your offer letter comes next day",
            "Bro the visa charge goes in crypto only, 1200 usdt trc20, then we book ur ticket",
            "file charge 600 USDT on binance, send screenshot to HR",
            "your medical and visa fee can be paid in USDT, 900 total, wallet address in next msg",
            "job letter fee: 500 usdt. after payment confirm we send contract",
            "file er khoroch 700 usdt pathan, binance theke kinle shohoj",
            "visa fee ta crypto te dite hobe bhai, 1000 usdt, wallet address dilam",
            "processing charge usdt te den, trc20 network, screenshot inbox e",
            "offer letter er jonno 400 usdt lagbe, binance e kine pathaiyen",
            "bhisar taka usdt kore pathaba, 1500, tarpor ticket",
            "ভিসার ফি ইউএসডিটিতে দিতে হবে, ১০০০ ইউএসডিটি পাঠান",
            "ফাইল চার্জ ৫০০ ইউএসডিটি, বাইনান্স থেকে কিনে পাঠাবেন",
            "প্রসেসিং ফি ক্রিপ্টোতে দিবেন, ৮০০ ইউএসডিটি, তারপর অফার লেটার",
            "মেডিকেল আর ভিসার খরচ বিটকয়েনে পাঠাও, ঠিকানা দিলাম",
            "চাকরির লেটারের জন্য ৬০০ ইউএসডিটি লাগবে, ট্রন নেটওয়ার্কে",
        ],
        "ok": [
            "I bought 50 USDT on binance as savings, the fee was low",
            "usdt er dam koto aj? binance e fee beshi",
            "ভিসার ফি ব্যাংকে জমা দিয়েছি, রসিদ রাখছি",
            "crypto course er fee 2000 taka, bkash e dilam",
        ],
    },
    # crypto chosen because the usual channel gets blocked, flagged or frozen
    "crypto because the usual channel gets blocked": {
        "rules": {"pay.crypto_instead_of_bank"},
        "flag": [
            "from now only usdt, bkash account gets blocked when too many come in",
            "use the btc wallet, the bank account got flagged last month",
            "send in usdt, nagad freezes the number if big amount",
            "no more bkash, account blocked twice. crypto only from today",
            "bank holds the money and asks questions, pay in usdt",
            "bkash e beshi aschhe to account block kore dey, ekhon theke usdt",
            "nagad number hold kore dise, usdt te pathao",
            "bank e dile atke jay, crypto te den",
            "bikash e onek lenden hoile block hoy, btc wallet e pathan",
            "account freeze hoye jabe, usdt te nibo ekhon theke",
            "বিকাশে বেশি লেনদেন হলে একাউন্ট ব্লক করে দেয়, এখন থেকে ইউএসডিটি নিব",
            "ব্যাংকে দিলে টাকা আটকে যাবে, ক্রিপ্টোতে পাঠান",
            "নগদ নাম্বার হোল্ড করছে, ইউএসডিটি তে দেন",
            "টাকায় না, বিটকয়েনে পাঠাও, ব্যাংক প্রশ্ন করে",
            "একাউন্ট ফ্রিজ হয়ে যাবে, ইউএসডিটি তে দিবেন",
        ],
        "ok": [
            "my bkash account got blocked because I forgot the pin, going to the office",
            "bank e dile 2 din lagbe, usdt er dam kome gese",
            "বিকাশ একাউন্ট ব্লক হইছে পিন ভুলে, কাস্টমার কেয়ারে যাব",
        ],
    },
    # an account opened with another's NID, the cash-out handed on, a fee a time
    "an account in another's name with the cash handed on": {
        "rules": {"pay.account_in_others_name"},
        "flag": [
            "open a nagad with your NID, money will come in, you cash out and hand it to me, 500 each time",
            "make a bkash in your name for me, I'll send people's money there, you withdraw and give me",
            "your sister's nid can open one more account, cash out and bring it to me, 1000 per time",
            "just open the account in your name, the money is not yours, cash out and pass it on",
            "you open rocket with ur nid, I send, u cash out, I give u 2% of each",
            "tomar nid diye ekta bkash kholo, taka ashle cash out kore amake diba, protibar 500",
            "apnar name e nagad account khulen, taka ashbe, tule amake diben, 1000 kore paben",
            "tor nid diye account khol, cash out kore amar hate dibi, protibar tor 300",
            "bhabi apnar nid e ekta account, taka tule amake diben, prottek bar commission",
            "tomar nid e sim tolo, bkash khulo, je taka ashe cash out kore dao amake",
            "তোমার এনআইডি দিয়ে একটা নগদ খোলো, টাকা আসলে ক্যাশ আউট করে আমাকে দিবা, প্রতিবার ৫০০",
            "আপনার নামে একটা বিকাশ খোলেন, টাকা তুলে আমাকে দিবেন, প্রতিবার কমিশন",
            "তোর নামে একাউন্ট খোল, টাকা আসবে, তুলে আমার হাতে দিবি",
            "তোমার এনআইডি দিয়ে সিম তোলো, যত টাকা আসে ক্যাশ আউট করে আমারে দিবা",
            "আপনার এনআইডি দিয়ে রকেট খুলে দেন, প্রতি লেনদেনে ১০০০ টাকা পাবেন",
        ],
        "ok": [
            "open a bkash with your own NID so your salary comes to you directly",
            "ammu tomar nid diye bkash khulo, ami beton pathabo, tumi cash out kore bazar koro",
            "তোমার নামে একটা বিকাশ খুলে দিলাম, বেতন সেখানে আসবে",
        ],
    },
    # the whole of her takings kept by the one in control: no access to earnings
    "the takings all kept by the one in control": {
        "rules": {"pay.earnings_all_taken", "sx.client_money_kept", "pay.earnings_share_to_controller"},
        "flag": [
            "every night's money goes to the madam, I get nothing from it",
            "the boss keeps all the tips and the customer money, we don't get a single taka",
            "whatever we earn the sardar takes it all, not one riyal to us",
            "she collects every girl's money at the end of the night, keeps all of it",
            "each night's cash goes to auntie, we never see any",
            "protirat er taka sob mashi rekhe dey, amar hate kichu ashe na",
            "kamai sob sardar niye ney, amader kono bhag nai",
            "customer er taka sob madam er kache, amra ekta taka o pai na",
            "roj er income malik sob rekhe dey, amader kisu dey na",
            "raater taka sob khala ney, amar kono vag nai",
            "প্রতি রাতের টাকা সব মাসি রেখে দেয়, আমার হাতে কিছু আসে না",
            "কামাই সব সর্দার নিয়ে নেয়, আমাদের কোনো ভাগ নাই",
            "কাস্টমারের টাকা সব ম্যাডামের কাছে, আমরা এক টাকাও পাই না",
            "রোজের আয় মালিক সব রেখে দেয়, আমাদের কিছু দেয় না",
            "রাতের টাকা সব খালা নেয়, আমার কোন ভাগ নাই",
        ],
        "ok": [
            "shop er income sob malik rakhe, amra mash sheshe beton pai",
            "my wife keeps all my salary, I get pocket money lol",
            "দোকানের সব আয় মালিক রাখে, আমাদের বেতন মাসের শেষে",
        ],
    },
    # money for ads that offer the girls
    "money for the girls' ads": {
        "rules": {"pay.ads_for_women_paid"},
        "flag": [
            "the ad money for the new girls goes to this wallet only",
            "boost budget for the girls' posts, send 5k on bkash",
            "send the promotion money for the girls' page by usdt",
            "ad spend for the new girls this week is 300 usdt, pay the admin",
            "pay the listing fee for the girls on the site with btc",
            "notun meyeder ad er taka bkash e pathao",
            "meyeder page boost er taka usdt te den",
            "notun meyeder post promote korte 3000 bkash koro",
            "meye der ad budget ta nagad e pathiye dio",
            "meyeder listing er fee crypto te dibo",
            "নতুন মেয়েদের অ্যাডের টাকা বিকাশে পাঠাও",
            "মেয়েদের পেজ বুস্টের টাকা ইউএসডিটিতে দেন",
            "নতুন মেয়েদের পোস্ট প্রমোট করতে ৩০০০ বিকাশ করো",
            "মেয়েদের বিজ্ঞাপনের বাজেট নগদে পাঠিয়ে দিও",
            "মেয়েদের লিস্টিংয়ের ফি ক্রিপ্টোতে দিব",
        ],
        "ok": [
            "the ad money for the girls' football tournament is collected, bkash the rest",
            "meyeder school er ad er taka bkash e dilam",
            "মেয়েদের মাদ্রাসার বিজ্ঞাপনের টাকা বিকাশে দিলাম",
        ],
    },
    # clients a day or a shift, with a quota
    "a count of clients a day": {
        "rules": {"sx.clients_per_night"},
        "flag": [
            "each girl must do min 8 clients a day until her cost is paid",
            "she has to take 10 customers per day, no rest",
            "target is 12 clients daily for the new ones",
            "6 guests every shift, less and no food",
            "minimum 15 customers/day, boss counts",
            "protidin 10 ta customer nite hobe",
            "proti din 8 jon client, na hole khabar nai",
            "dine kom kore 12 ta kastomar",
            "roj 10 ta client target, dena shodh na howa porjonto",
            "ekdine 15 jon customer nite hoy",
            "প্রতিদিন ১০টা কাস্টমার নিতে হবে",
            "দিনে কমপক্ষে ৮ জন ক্লায়েন্ট, না হলে খাবার নাই",
            "রোজ ১২টা খদ্দের টার্গেট",
            "এক দিনে ১৫ জন কাস্টমার নিতে হয়",
            "প্রতি দিন ৬ জন গেস্ট, দেনা শোধ না হওয়া পর্যন্ত",
        ],
        "ok": [
            "the salon does 20 customers a day on Eid",
            "dokane protidin 50 ta customer ashe, business bhalo",
            "দোকানে প্রতিদিন ৩০ জন কাস্টমার আসে",
        ],
    },
    # a house where she was left and men come at night
    "kept in a house where men come at night": {
        "rules": {"sx.women_kept_for_clients", "sx.brothel_placement"},
        "flag": [
            "he left me in a house with many girls, men come at night",
            "they keep us girls in a flat, every night different men come",
            "we are in a building full of girls, people come at night and we can't say no",
            "this house has 10 girls, men come in and out all night",
            "he brought me to a room with other girls, at night strangers come",
            "amake ek bari te rekhe gese, ekhane onek meye, rat e manush ashe",
            "ekta flat e rakhse, onek meye, raat e lok jon ashe",
            "amra ekta basay, onek meyera, rate purush ashe",
            "ek ghore 6 ta meye, rat hoile bairer manush ashe",
            "building e onek meye, proti raat e notun lok ashe",
            "আমাকে একটা বাড়িতে রেখে গেছে, এখানে অনেক মেয়ে, রাতে মানুষ আসে",
            "একটা ফ্ল্যাটে রাখছে, অনেক মেয়ে, রাতে লোকজন আসে",
            "আমরা একটা বাসায়, অনেক মেয়েরা, রাতে পুরুষ আসে",
            "এক ঘরে ৬টা মেয়ে, রাত হইলে বাইরের মানুষ আসে",
            "বিল্ডিংয়ে অনেক মেয়ে, প্রতি রাতে নতুন লোক আসে",
        ],
        "ok": [
            "hostel e onek meye thaki, rat e guard ashe check korte",
            "হোস্টেলে অনেক মেয়ে থাকি, রাতে মা দেখতে আসে",
        ],
    },
    # a refusal of the guests punished with the costs or the contract
    "refusing the guests costs her the contract or the ticket": {
        "rules": {"sx.clients_refusal_punished", "sx.venue_then_clients", "sx.sent_to_men_at_night"},
        "flag": [
            "go to the private room with the guests after the show. say no and you pay back the ticket",
            "if you refuse the VIP guests, your contract is cancelled and you owe the visa money",
            "sit with the customers in the room; refuse and the flight cost is on you",
            "the manager said girls who say no to the guests pay the whole cost back",
            "after dancing you go with the clients, otherwise no salary and you pay the agency",
            "show er por guest der sathe room e jabi, mana korle ticket er taka ferot dibi",
            "customer er sathe na gele contract bathil, visar taka dite hobe",
            "guest der sathe bosbi, raji na hole sob khoroch tor",
            "vip room e jete hobe, na bolle beton nai, agency r taka ferot",
            "client er kache na gele tor dena dobol",
            "শো শেষে গেস্টদের সাথে রুমে যাবি, মানা করলে টিকিটের টাকা ফেরত দিবি",
            "কাস্টমারের সাথে না গেলে কন্ট্রাক্ট বাতিল, ভিসার টাকা দিতে হবে",
            "গেস্টদের সাথে বসবি, রাজি না হলে সব খরচ তোর",
            "ভিআইপি রুমে যেতে হবে, না বললে বেতন নাই",
            "ক্লায়েন্টের কাছে না গেলে তোর দেনা ডবল",
        ],
        "ok": [
            "guests can refuse the room upgrade, no extra cost",
            "যে গেস্ট রুম নিতে রাজি না হয়, তার টাকা ফেরত দেওয়া হবে",
        ],
    },
    # a show on a video call for money, the face hidden
    "a show on camera for money": {
        "rules": {"sx.camera_shows"},
        "flag": [
            "just a small show on video call, 2000 for you, the client only watches",
            "do a private show on cam, face won't be seen, 3k each time",
            "video call e show korle 1500 pabi, client shudhu dekhbe",
            "imo video te ektu show dile taka dibo, mukh dekha jabe na",
            "camera te ektu dekhaba, customer taka pathabe",
            "live e body show, per minute pay",
            "whatsapp video te show korbi, client 5000 dibe",
            "ভিডিও কলে একটু শো করলে ২০০০ পাবি, ক্লায়েন্ট শুধু দেখবে",
            "ইমো ভিডিওতে শো দিলে টাকা দিবো, মুখ দেখা যাবে না",
            "ক্যামেরায় একটু দেখাবা, কাস্টমার টাকা পাঠাবে",
            "লাইভে বডি শো, প্রতি মিনিটে টাকা",
            "হোয়াটসঅ্যাপ ভিডিওতে শো করবি, ক্লায়েন্ট ৫০০০ দিবে",
            "private cam show tonight, the guest pays by bkash",
            "show on video for the customer, 2k per call",
            "one private video show for my client, he pays 4000",
        ],
        "ok": [
            "video call e cooking show dekhalam ammu ke",
            "ভিডিও কলে মাকে নতুন জামা দেখালাম",
        ],
    },
    # a minor groomed: a child's age or class, a secret from the parents, and a lure
    "a minor lured in secret": {
        "rules": {"mn.minor_groomed"},
        "flag": [
            "ur 14? doesnt matter, u look mature. dont tell ur mom, come after school, I pay for the shoot",
            "you're only in class 8 but you're so pretty, send me a pic without dupatta, our secret ok",
            "13-15 is best for the live app, you'll earn gift coins, don't tell parents",
            "she's 15, perfect for the dance troupe abroad, her parents don't need to know",
            "ur 16 right? I'll make ur passport older, don't say anything to ur family",
            "tumi to class 9 e, kintu onek smart. ammu ke bolbo na, ekta pic dao",
            "tor boyos 14 to ki hoise, kauke na janiye school er por ay, shooting ache",
            "13-14 bochorer meye holei hobe, live e nach korbe, ghore jante dibi na",
            "tui 15? modeling er jonno perfect, barite kichu bolbi na",
            "8th grade e poro? chobi pathao, kew jante parbe na, taka dibo",
            "তোমার বয়স ১৪ তাতে কি, কাউকে না জানিয়ে স্কুলের পর আসো, শুটিং আছে",
            "তুমি তো ক্লাস এইটে, আম্মুকে বলবো না, একটা ছবি দাও",
            "তোর বয়স ১৫, নাচের দলে নিবো, বাসায় কিছু বলবি না",
            "১৩-১৫ হলে আরও ভালো, লাইভে গিফট পাবে, বাবা মাকে জানাবে না",
            "ক্লাস নাইনে পড়ো? মডেলিং করবা, কেউ জানবে না, টাকা দিবো",
        ],
        "ok": [
            "ur 14 now, class 8, study hard, ammu will be proud",
            "tumi class 8 e, ammu ke bolo na je ami tomar gift kinsi, surprise",
            "তোমার বয়স ১৪, স্কুলের পর সোজা বাসায় আসবা, আম্মুকে ফোন দিবা",
            "meye class 9 e, school er por coaching e jay",
        ],
    },
    # a child's age written up on papers or a profile
    "a child's age written older on papers or a page": {
        "rules": {"mn.age_disguised", "mn.age_raised_passport", "mn.minor_age_stated"},
        "flag": [
            "she's only 15 and they listed her as 19 on the page",
            "he is 14 but the agent made his passport with an older age",
            "the girl is 16, the chairman's man will write 18 on her birth certificate",
            "only 13, but on the id they made her 20",
            "she is 15, the profile says 21",
            "meyer boyos kagoje 18 kore dibo, chairman office e lok ache",
            "chheler boyos 15, passport e boyos bariye 19 korbe",
            "oi meye 14, page e 19 likhse",
            "tar boyos 13 kintu id te 20 kore disi",
            "meyeta 16, jonmo nibondhon e 18 koira dimu",
            "মাইয়ার বয়স কাগজে ১৮ কইরা দিমু, চেয়ারম্যান অফিসে লোক আছে",
            "ছেলের বয়স ১৫, পাসপোর্টে ১৯ করবে",
            "মেয়েটার বয়স ১৪, পেজে ১৯ লিখছে",
            "ওর বয়স ১৩ কিন্তু আইডিতে ২০ করে দিছি",
            "মেয়েটা ১৬, জন্ম নিবন্ধনে ১৮ কইরা দিমু",
        ],
        "ok": [
            "she is 15 and her page says she loves painting",
            "ছেলের বয়স ১৫, পাসপোর্ট করাবো হজ্জের জন্য বাবার সাথে",
        ],
    },
}
R5A_CONCEPTS.update({
    # others' wages paid into the controller's account, pocket money handed down
    "others' wages paid into the controller's account": {
        "rules": {"pay.pay_routed_to_another", "pay.others_earnings_moved"},
        "flag": [
            "the salary of all the boys comes to my account, I give them pocket money",
            "company pays the workers' wages into my bank, they get 200 a week from me",
            "your son's wages come to me, not to him. ask me if you want any",
            "all 10 girls' salary is paid to my account by the factory, I hand out what I decide",
            "their wages go straight to my bkash, I give them food money",
            "sob cheleder beton amar account e ashe, ami oder haat khoroch dei",
            "company worker der salary amar bkash e dey, ami sobaike 300 kore dei",
            "apnar cheler beton amar kache ashe, lagle amake bolben",
            "10 ta meyer beton factory theke amar account e, ami jeta dibo oitai",
            "oder mojuri sorasori amar nagad e ashe, ora khali khoroch pay",
            "সব ছেলেদের বেতন আমার একাউন্টে আসে, আমি ওদের হাত খরচ দেই",
            "কোম্পানি শ্রমিকদের বেতন আমার বিকাশে দেয়, আমি সবাইকে ৩০০ করে দেই",
            "আপনার ছেলের বেতন আমার কাছে আসে, লাগলে আমাকে বলবেন",
            "১০টা মেয়ের বেতন ফ্যাক্টরি থেকে আমার একাউন্টে, আমি যা দিব তাই",
            "ওদের মজুরি সরাসরি আমার নগদে আসে, ওরা খালি খরচ পায়",
        ],
        "ok": [
            "my salary comes to my account on the 5th, alhamdulillah",
            "ammu amar beton amar account e ashe, tomake 5000 pathalam",
            "আমার বেতন আমার একাউন্টে আসে, মাকে পাঠাই",
        ],
    },
    # children taken for camel racing, a farm or a boat, counted as small and light
    "children taken for camel racing or farm work": {
        "rules": {"mn.child_recruit", "mn.minor_age_stated"},
        "flag": [
            "new kids for the camel farm arrived, the small ones are lighter for riding",
            "the sponsor wants little boys for the camel races, the smaller the better",
            "bring the small ones to the farm, they ride the camels in the season",
            "three little boys for the camel track, light ones, no school needed",
            "the little ones will ride camels for the owner, families paid already",
            "uter farm e choto chele lagbe, halka hole valo",
            "camel race er jonno choto polapan nibe, baba ma ke taka dibe",
            "notun bacchara uter khamare aise, choto gula halka",
            "uter dourer jonno choto chele pathaben, jotto choto toto valo",
            "khamare uter pithe chorbe choto chele, school lagbe na",
            "উটের খামারে ছোট ছেলে লাগবে, হালকা হলে ভালো",
            "উট দৌড়ের জন্য ছোট পোলাপান নিবে, বাবা মাকে টাকা দিবে",
            "নতুন বাচ্চারা উটের খামারে আসছে, ছোটগুলা হালকা",
            "উটের দৌড়ের জন্য ছোট ছেলে পাঠাবেন, যত ছোট তত ভালো",
            "খামারে উটের পিঠে চড়বে ছোট ছেলে, স্কুল লাগবে না",
        ],
        "ok": [
            "we took the kids to see the camel farm on the Dubai trip",
            "বাচ্চাদের নিয়ে উটের খামার দেখতে গেছিলাম, ছোটটা খুব খুশি",
        ],
    },
    # children of a given age sought for live streams or apps that pay in gifts
    "minors sought for live streams that pay in gifts": {
        "rules": {"mn.minor_groomed"},
        "flag": [
            "girls from your class who go live? 13-15 even better, gift coins turn into cash",
            "you're 14, perfect for the live app, viewers send gifts, I handle the money",
            "need 12-15 year olds for our bigo live agency, they earn diamonds daily",
            "ur 15? join my live agency, u get gifts every night",
            "class 8 girls do live dance on the app, gifts pay in dollars",
            "tor class er meyera live kore? 13-15 hole valo, gift e taka pabe",
            "tumi 14, live app e nachle gift ashbe, taka ami tule dibo",
            "12-15 bochorer meye lagbe live er jonno, diamond e income",
            "tui 15? amar live agency te ay, proti rat e gift pabi",
            "class 8 er meyera app e live nach kore, gift e dollar",
            "তোর ক্লাসের মেয়েরা লাইভ করে? ১৩-১৫ হলে ভালো, গিফটে টাকা পাবে",
            "তুমি ১৪, লাইভ অ্যাপে নাচলে গিফট আসবে, টাকা আমি তুলে দিবো",
            "১২-১৫ বছরের মেয়ে লাগবে লাইভের জন্য, ডায়মন্ডে ইনকাম",
            "তুই ১৫? আমার লাইভ এজেন্সিতে আয়, প্রতি রাতে গিফট পাবি",
            "ক্লাস এইটের মেয়েরা অ্যাপে লাইভ নাচ করে, গিফটে ডলার",
        ],
        "ok": [
            "class 8 er online live class e join koro, link dilam",
            "ক্লাস এইটের লাইভ ক্লাস কাল সকাল ১০টায়",
        ],
    },
    # girls counted and taken over a border, with a price or an advance
    "girls taken over a border for a price": {
        "rules": {"sx.girls_moved_for_price", "mig.people_moved_as_goods"},
        "flag": [
            "3 girls cross at Benapole tomorrow, Kolkata side pays on arrival, rate fixed",
            "two girls going over the border tonight, advance is paid, the line man takes them to Pune",
            "5 girls by the Satkhira line, price per girl already agreed",
            "the new girls cross at Hili on Friday, half the money before, half when they reach Mumbai",
            "four girls over the border this week, 50k each, the other side collects",
            "kalke 3 ta meye border par hobe, rate fixed, advance lagbe",
            "2 jon meye satkhira line diye opare jabe, matha pichu 40 hajar",
            "4 ta meye benapole diye par korbo, ordhek taka age",
            "notun 3 ta meye hili diye cross korbe, dam thik hoye gese",
            "5 ta meye line diye opare, proti meye 50 hajar",
            "কালকে ৩টা মেয়ে বর্ডার পার হবে, রেট ফিক্সড, অ্যাডভান্স লাগবে",
            "২ জন মেয়ে সাতক্ষীরা লাইন দিয়ে ওপারে যাবে, মাথা পিছু ৪০ হাজার",
            "৪টা মেয়ে বেনাপোল দিয়ে পার করব, অর্ধেক টাকা আগে",
            "নতুন ৩টা মেয়ে হিলি দিয়ে পার হবে, দাম ঠিক হয়ে গেছে",
            "৫টা মেয়ে লাইন দিয়ে ওপারে, প্রতি মেয়ে ৫০ হাজার",
        ],
        "ok": [
            "amra 3 ta meye benapole border par hobo, kolkata shopping",
            "আমরা ৩ জন মেয়ে বেনাপোল দিয়ে চিকিৎসার জন্য যাবো, ভিসা হয়ে গেছে",
            "3 girls from our college crossed at Benapole for the trip, ticket 1500 each",
        ],
    },
})
R5A_CONCEPTS["a child's age written older on papers or a page"]["flag"] += [
    "She's only 15 and they put her on a page as 19, photos in makeup",
]
R5A_CONCEPTS.update({
    # a share of another's takings sent on to the one in control
    "a share of the takings sent on to the controller": {
        "rules": {"pay.earnings_share_to_controller", "pay.earnings_all_taken", "pay.client_money_to_controller"},
        "flag": [
            "send my half of the night's earnings to this bkash by morning",
            "every girl sends 60 percent of her tips to the boss's nagad each night",
            "from what you make each week, my share comes to my bkash first, then you eat",
            "half of your income goes to the madam, send it before Friday",
            "your earnings: 70% to me, the rest you keep, send by rocket",
            "tomar income er ordhek amake pathaba proti shopta",
            "protita meyer kamai er ordhek amar bkash e ashbe",
            "tor kamai theke amar bhag ta aage pathabi, nagad e",
            "raat er taka theke 60 percent madam er bkash e diba",
            "tui ja kamas tar ordhek amake pathabi proti rat",
            "প্রতি সপ্তাহে কামাইয়ের অর্ধেক আমার বিকাশে পাঠাবি",
            "প্রতিটা মেয়ের কামাইয়ের অর্ধেক আমার নগদে আসবে",
            "তোর কামাই থেকে আমার ভাগটা আগে পাঠাবি",
            "রাতের টাকা থেকে ৬০ পার্সেন্ট ম্যাডামের বিকাশে দিবা",
            "তুই যা কামাস তার অর্ধেক আমাকে পাঠাবি প্রতি রাতে",
        ],
        "ok": [
            "tomar income er ordhek amake pathaba, songsar er khoroch",
            "send my share of the shop's profit to my bkash, partner",
            "দোকানের আয়ের অর্ধেক আমার ভাগ, ব্যবসার হিসাব",
        ],
    },
    # a price or an advance named for a girl
    "a price or an advance for a girl": {
        "rules": {"sx.person_priced_for_handover", "pay.paid_kin_for_person"},
        "flag": [
            "how much for the new girl? I can give 80k advance and take her tonight",
            "the price for the young one is 1 lakh, half before",
            "that girl goes for 60k, advance now and she comes to your place",
            "her family took 40 thousand for her, she is ours now",
            "price of the girl is fixed, pay the advance and send your man",
            "meyetar dam 1 lakh, agey ordhek",
            "oi meyer rate 50 hajar, advance diye niye jan",
            "notun meyetar dam koto? 80 hajar dite pari",
            "meyetar dam thik hoise, kal advance pathaben",
            "oi meyer dam 70 hajar, ordhek age, baki pore",
            "নতুন মেয়েটার দাম কত? এক লাখ দিতে পারি",
            "মেয়েটার দাম ৫০ হাজার, অগ্রিম দিয়ে নিয়ে যান",
            "মেয়েটার রেট ৬০ হাজার, অর্ধেক আগে",
            "ওই মেয়েটার দাম ঠিক হইছে, কাল অ্যাডভান্স পাঠাবেন",
            "মেয়েটার দাম ৭০ হাজার, আগে অর্ধেক, বাকি পরে",
        ],
        "ok": [
            "meyetar jamar dam 1500, kal dibo",
            "মেয়েটার জন্য জামা কিনলাম, দাম ১২০০",
        ],
    },
})


@pytest.mark.parametrize("concept", sorted(R5A_CONCEPTS))
def test_round5a_concept_phrasings_reach_the_line_through_their_rules(matcher, concept):
    spec = R5A_CONCEPTS[concept]
    results = matcher.match_many(spec["flag"])
    missed = [(t, r.explanation) for t, r in zip(spec["flag"], results)
              if r.score < matcher.line or not {h.rule_id for h in r.hits} & spec["rules"]]
    assert not missed, missed


@pytest.mark.parametrize("concept", sorted(R5A_CONCEPTS))
def test_round5a_near_misses_stay_below_the_line(matcher, concept):
    spec = R5A_CONCEPTS[concept]
    results = matcher.match_many(spec["ok"])
    loud = [(t, r.explanation) for t, r in zip(spec["ok"], results) if r.score >= matcher.line]
    assert not loud, loud


def test_round5a_probes_hold_five_phrasings_per_script_and_two_near_misses():
    bengali = re.compile("[\u0980-\u09ff]")
    for concept, spec in R5A_CONCEPTS.items():
        assert sum(bool(bengali.search(t)) for t in spec["flag"]) >= 5, concept
        assert sum(not bengali.search(t) for t in spec["flag"]) >= 10, concept
        assert len(spec["ok"]) >= 2, concept
