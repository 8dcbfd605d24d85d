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
