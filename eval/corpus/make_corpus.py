"""Writes the development corpus: ``test.jsonl`` (frozen) and ``tune.jsonl``.

Run from the repository root: ``python eval/corpus/make_corpus.py``. The output is the same on
every run (a fixed seed); ``test.jsonl`` is checked in and must not be regenerated once figures
are recorded against it (tests/test_eval.py keeps them).

How it was written: every frame below was written for this corpus from the indicator evidence
base (/work/shared/research/indicators.md: ILO forced-labour indicators, UNODC lists, the
Bangladesh vocabulary of §2, the JRSA escort-ad predictors), not from the rule packs' examples.
Each frame is a message as a recruiter, a victim, a relative, a news desk, an NGO, a licensed
agency or a mobile-money service would write it; slots ({name}, {country}, {amount}, {phone}...)
are filled from small lists, and a chat opener or closer may be added, so that one frame gives
several items. Frames are split by position: the odd ones of each list go to the frozen test
part, the even ones to the tuning part, so no sentence of the test part is ever seen while tuning.

Labels: ``label`` is ``flag`` (an officer should look at it) or ``ok``; ``category`` the
indicator type of a positive; ``script`` ``bn`` (Bengali script), ``bn-Latn`` (romanised
Bengali, often mixed with English) or ``en``; ``voice`` who speaks; ``hard`` marks negatives that
use the same words as the positives; ``entities`` every phone, passport, NID, handle, WhatsApp
link and transaction id that is really in the text (type and normalised value).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# slot fillers
NAMES = {"bn": ["রহিম", "করিম", "সুমন", "রিনা", "শাহিদা", "জসিম", "মাসুদ", "ফারুক"],
         "lat": ["Rahim", "Karim", "Sumon", "Rina", "Shahida", "Jashim", "Masud", "Faruk"]}
COUNTRIES = {"bn": ["সৌদি", "দুবাই", "মালয়েশিয়া", "কাতার", "ওমান", "কুয়েত"],
             "lat": ["Saudi", "Dubai", "Malaysia", "Qatar", "Oman", "Kuwait"]}
AMOUNTS = {"bn": ["৪ লাখ", "৫ লাখ", "সাড়ে ৪ লাখ", "৬ লাখ", "৩ লাখ ৮০ হাজার"],
           "lat": ["4 lakh", "5 lakh", "4.5 lakh", "6 lakh", "3 lakh 80 hajar"]}
SMALL = {"bn": ["২০ হাজার", "৫০ হাজার", "১ লাখ", "৩০ হাজার"], "lat": ["20 hajar", "50 hajar", "1 lakh", "30 hajar"]}
MONTHS = {"bn": ["৩", "৪", "৬", "৮"], "lat": ["3", "4", "6", "8"]}
AGES = {"bn": ["১৪", "১৫", "১৬", "১৩"], "lat": ["14", "15", "16", "13"]}

_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def _valid(e164: str) -> bool:
    import phonenumbers

    return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))


def _bd_phone(rng: random.Random, script: str) -> tuple[str, str]:
    while True:
        shown, e164 = _one_bd_phone(rng, script)
        if _valid(e164):
            return shown, e164


def _one_bd_phone(rng: random.Random, script: str) -> tuple[str, str]:
    prefix = rng.choice(["017", "018", "019", "015", "016", "013", "014"])
    rest = "".join(rng.choice("0123456789") for _ in range(8))
    national = prefix + rest
    e164 = "+880" + national[1:]
    style = rng.randrange(4)
    if style == 0:
        shown = national
    elif style == 1:
        shown = f"{national[:5]}-{national[5:]}"
    elif style == 2:
        shown = f"+880 {national[1:5]}-{national[5:]}"
    else:
        shown = national
    if script == "bn" and rng.random() < 0.5:
        shown = shown.translate(_BN_DIGITS)
    return shown, e164


def _foreign_phone(rng: random.Random) -> tuple[str, str]:
    while True:
        shown, e164 = _one_foreign_phone(rng)
        if _valid(e164):
            return shown, e164


def _one_foreign_phone(rng: random.Random) -> tuple[str, str]:
    cc, lead, n = rng.choice([("966", "5", 8), ("971", "5", 8), ("974", "3", 7), ("60", "1", 8), ("968", "9", 7)])
    if cc == "971":
        lead = rng.choice(["50", "52", "55", "56"])
        n = 7
    if cc == "60":
        lead = rng.choice(["12", "13", "16", "17", "19"])
        n = 7
    rest = "".join(rng.choice("0123456789") for _ in range(n))
    digits = cc + lead + rest
    return f"+{cc} {lead}{rest[:3]} {rest[3:]}", "+" + digits


def _passport(rng: random.Random) -> tuple[str, str]:
    letter = rng.choice("ABE")
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    return letter + "0" + digits[1:], letter + "0" + digits[1:]


def _nid(rng: random.Random) -> tuple[str, str]:
    year = str(rng.randrange(1975, 2004))
    rest = "".join(rng.choice("0123456789") for _ in range(13))
    return year + rest, year + rest


def _trx(rng: random.Random) -> tuple[str, str]:
    v = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    return v, v


HANDLES = ["rina_jobs", "gulf.visa.bd", "sumon_travels", "easy_work_bd", "marvel.rainyy", "dream.job.24"]

OPENERS = {"bn": ["", "", "ভাই, ", "আপা, ", "শুনেন, ", "আসসালামু আলাইকুম। "],
           "bn-Latn": ["", "", "bhai ", "apa ", "shunen, ", "assalamualaikum. ", "vai "],
           "en": ["", "", "Hi, ", "Listen, ", "Bro, "]}
CLOSERS = {"bn": ["", "", "", " 🙏", " বুঝছেন?", "।"],
           "bn-Latn": ["", "", "", " 🙏", " bujhsen?", " ok?"],
           "en": ["", "", "", " 🙏", " ok?", "."]}

# ---------------------------------------------------------------------------------------------
# positives: category -> script -> frames
POS = {
    "recruitment_deception": {
        "en": [
            "Free visa for {country}, no employer needed, you find your own work after landing. Cost {amount}.",
            "Company visa ready for {country}, salary 1500 riyal, food and room free. No experience needed, send your passport copy to {phone}.",
            "They told me restaurant job in a hotel, now I am selling tea on the street 14 hours.",
            "Come on visit visa, after one month the boss will change it to work visa, all setting done.",
            "Demand letter is fake but nobody checks at the airport, I have my man there.",
            "Ladies needed for beauty parlour job in {country}, salary 80,000 taka, ticket free, contact {phone}.",
        ],
        "bn-Latn": [
            "{country} e free visa ase, kaj nije khuje niben, khoroch {amount}.",
            "bolse cleaner er kaj, beton 1200 riyal, kintu ese dekhi uthe kaj, beton 600.",
            "smart card lagbe na, BMET te jawa lagbe na, ami sob setting kore dibo.",
            "visiting visa te jaben, pore kaj er visa kore dibo, kono chinta nai. {phone} e call den",
            "meyeder jonno parlour e kaj {country} te, mashe 1 lakh taka, thaka khawa free",
            "dalal bolse factory te kaj, ekhane ene ek basay rekhe dise, kono factory nai",
        ],
        "bn": [
            "{country} ফ্রি ভিসা আছে, মালিক নাই, কাজ নিজে খুঁজে নিবেন। খরচ {amount}।",
            "বলেছিল হোটেলে কাজ, এখানে এসে দেখি উটের খামারে রাখছে, বেতনও অর্ধেক।",
            "ভিজিট ভিসায় যাবেন, এক মাস পরে কাজের ভিসা হয়ে যাবে, সব সেটিং করা আছে।",
            "বিএমইটি কার্ড লাগবে না, আমি এয়ারপোর্টে লোক রেখেছি। যোগাযোগ {phone}",
            "মেয়েদের জন্য {country} পার্লারে চাকরি, মাসে এক লাখ টাকা বেতন, টিকিট ফ্রি।",
            "অভিজ্ঞতা লাগবে না, বেতন ২ লাখ টাকা, কম্পিউটারে টাইপিং এর কাজ, কম্বোডিয়া যেতে হবে।",
        ],
    },
    "fees_and_debt": {
        "en": [
            "Total {amount} for {country}, half advance now by bkash, rest after visa.",
            "The agent says my salary will be cut every month until the {amount} is paid back.",
            "We mortgaged our land to pay the broker, now they want {small} more for the iqama.",
            "Boss says I owe him for the ticket and food, I must work free until the debt is cleared.",
            "After I reached {country} they asked another {small} for the job, otherwise no work.",
        ],
        "bn-Latn": [
            "advance {small} bkash koren {phone} e, baki ta visa ashle dibo",
            "beton theke protimash kete rakhbe jotokkhon {amount} shodh na hoy",
            "jomi bondhok rekhe taka dilam, ekhon abar {small} chay iqama er jonno",
            "malik bole tikit er taka shodh na kora porjonto beton pabi na",
            "ekhane ashar por aro {small} chaise, na dile kaj dibe na",
        ],
        "bn": [
            "মোট খরচ {amount}, অগ্রিম {small} বিকাশে দিতে হবে {phone} নাম্বারে।",
            "ঋণের টাকা শোধ না হওয়া পর্যন্ত বেতন থেকে প্রতি মাসে কেটে রাখবে।",
            "জমি বন্ধক রেখে দালালকে টাকা দিয়েছি, এখন আবার {small} চায়।",
            "টিকিটের টাকা শোধ না করা পর্যন্ত মালিক বেতন দিবে না বলছে।",
            "বিদেশে আসার পর আরো {small} দাবি করছে, না দিলে কাজ দিবে না।",
        ],
    },
    "isolation_and_control": {
        "en": [
            "They keep us locked in the room, we cannot go out even for medicine.",
            "The sponsor took my passport and my phone the first day, I am writing from a friend's phone.",
            "Do not tell your family anything about the work, just say you are fine.",
            "A guard stands at the gate day and night, nobody is allowed to leave the compound.",
            "I can only call home once a week while the madam listens to everything.",
            "The boss keeps all our passports in his office, he will not give them back.",
        ],
        "bn-Latn": [
            "amake ekta ghore atke rakhse, baire jete dey na",
            "malik passport ar phone duitai niye nise, bondhur phone theke likhtesi",
            "bari te kichu bolben na, bolben bhalo achen",
            "gate e pahara dey, keu ber hote pare na",
            "ma er sathe kotha bolte dey na, mobile kaira nise",
            "kafeel amar passport rekhe dise, ferot dibe na bolse",
        ],
        "bn": [
            "আমাকে একটা রুমে আটকে রেখেছে, বাইরে যেতে দেয় না।",
            "মালিক পাসপোর্ট আর মোবাইল দুটাই নিয়ে নিয়েছে।",
            "বাড়িতে কিছু বলবি না, বলবি সব ঠিক আছে।",
            "গেটে পাহারাদার থাকে, কেউ বের হতে পারে না।",
            "মায়ের সাথে কথা বলতে দেয় না, ফোন কেড়ে নিয়েছে।",
            "কফিল আমার পাসপোর্ট রেখে দিয়েছে, ফেরত দিবে না বলছে।",
        ],
    },
    "labour_exploitation": {
        "en": [
            "Six months no salary, every time they say next month.",
            "We work 18 hours a day, no day off, one meal only.",
            "If I ask for my wages the supervisor says he is keeping them safe for me.",
            "They give us one plate of rice a day and we sleep on the floor of the workshop.",
            "I want to leave this job but they say I cannot go before two years.",
        ],
        "bn-Latn": [
            "{months} mash beton dey nai, khali bole porer mashe",
            "din e 17 ghonta kaj, kono chuti nai, ek bela khabar",
            "beton chaile bole tomar taka amar kache jomano thakbe",
            "kaj chere dite chaile bole 2 bochor er age jaite dibo na",
            "khawa dey na thik moto, raat e ghumate dey na",
        ],
        "bn": [
            "{months} মাস ধরে বেতন দিচ্ছে না, শুধু বলে সামনের মাসে।",
            "দিনে ১৮ ঘণ্টা কাজ করায়, কোন ছুটি নাই, এক বেলা খাবার দেয়।",
            "বেতন চাইলে বলে তোমার টাকা আমার কাছে জমা থাকবে।",
            "কাজ ছেড়ে দিতে চাইলে বলে দুই বছরের আগে যেতে দিব না।",
            "ঠিকমতো খেতে দেয় না, রাতে ঘুমাতে দেয় না।",
        ],
    },
    "threats_and_coercion": {
        "en": [
            "If you run away I will file huroob and the police will catch you.",
            "They beat us with pipes when we asked for food.",
            "He said he will hurt my family in the village if I complain.",
            "The company sold me to another employer, I do not even know the new place.",
            "Send {amount} to release your brother, or you will not see him again. Send to {phone}",
            "Don't tell the police anything, or your sister will suffer.",
        ],
        "bn-Latn": [
            "palaile police e dhoraye dibo, huroob kore dibo",
            "malik roj mar dhor kore, lathi diye marse",
            "gramer bari te tor family ke dekhe nibo, bujhli",
            "amake onno company r kache bikri kore dise",
            "tor bhai ke chaite hole {amount} pathaa, bkash {phone}",
            "police ke kichu bolbi na, nahole khobor ase",
        ],
        "bn": [
            "পালালে পুলিশে ধরিয়ে দেব, হুরুব মামলা করে দেব।",
            "মালিক প্রতিদিন মারধর করে, লাঠি দিয়ে মেরেছে।",
            "অভিযোগ করলে গ্রামে তোর পরিবারের ক্ষতি করব।",
            "আমাকে অন্য কোম্পানির কাছে বিক্রি করে দিয়েছে।",
            "তোর ভাইকে ছাড়াতে চাইলে {amount} পাঠা, বিকাশ {phone}",
            "পুলিশকে কিছু বলবি না, নাহলে খবর আছে।",
        ],
    },
    "sexual_exploitation": {
        "en": [
            "New Bangladeshi girls available tonight, 100% real pics, booking only through me {phone}",
            "My girls are young and fresh, call for hotel service, no police problem.",
            "Girl has to stay in the flat and take clients, the manager keeps all the money.",
            "Real photos, genuine service, Nepali and Bangladeshi girls, contact on telegram @{handle}",
            "She works at the massage place, but they take her to customers at night.",
        ],
        "bn-Latn": [
            "notun meye ase, boyosh kom, hotel e pathano jabe, {phone} e knock den",
            "meyeta ke flat e rekhe customer nei, taka sob manager rakhe",
            "real pic 100%, bangali meye, service hotel e, telegram @{handle}",
            "dubai te dance bar e kaj, kintu rate e customer er kache pathay",
            "amar under e 5 ta meye ase, booking amar maddhome",
        ],
        "bn": [
            "নতুন মেয়ে আছে, বয়স কম, হোটেলে পাঠানো যাবে, যোগাযোগ {phone}",
            "মেয়েটাকে ফ্ল্যাটে রেখে কাস্টমার নেয়, টাকা সব ম্যানেজার রাখে।",
            "রিয়েল ছবি, গ্যারান্টি সার্ভিস, বাঙালি মেয়ে, টেলিগ্রাম @{handle}",
            "ড্যান্স বারে চাকরির কথা বলে নিয়ে রাতে খদ্দেরের কাছে পাঠায়।",
            "আমার আন্ডারে পাঁচটা মেয়ে আছে, বুকিং আমার মাধ্যমে।",
        ],
    },
    "minors": {
        "en": [
            "He is only {age} but we will make a new birth certificate showing 20, then passport.",
            "Need small girls for house work in Dhaka and abroad, age 12 to 15 is best.",
            "My age is {age}, will that be a problem for the Saudi job?",
            "We increased her age on the NID so the agency will accept her.",
            "Young girl {age} years, first time, for special clients only.",
        ],
        "bn-Latn": [
            "chele tar boyos {age}, kintu jonmo nibondhon e 20 dekhabo, tarpor passport",
            "barir kajer jonno choto meye lagbe, boyos 12 theke 15",
            "amar boyos {age}, saudi jete parbo?",
            "NID te boyos bariye dichi, agency accept korbe",
            "meyeta {age} bochor, dubai te kaj e pathabo",
        ],
        "bn": [
            "ছেলের বয়স {age}, জন্ম নিবন্ধনে ২০ দেখিয়ে পাসপোর্ট করা হবে।",
            "বাসার কাজের জন্য ছোট মেয়ে লাগবে, বয়স ১২ থেকে ১৫।",
            "আমার বয়স {age}, বিদেশে যেতে পারব?",
            "এনআইডিতে বয়স বাড়িয়ে দিয়েছি, এজেন্সি নিবে।",
            "মেয়েটার বয়স {age} বছর, দুবাই কাজে পাঠাব।",
        ],
    },
    "payments_and_proceeds": {
        "en": [
            "Send the visa money to these three bkash numbers, 20 thousand each, not to the office.",
            "Pay through hundi, better rate than bank, my agent in {country} will give cash.",
            "Release fee is 500 USDT, send TRC20 only, then we let him go.",
            "Put the advance in my personal bkash {phone}, not agent number.",
            "Ransom money {amount} by nagad, after that your husband comes back.",
        ],
        "bn-Latn": [
            "visa er taka 3 ta bkash number e bhag kore pathan",
            "hundi te pathan, bank er cheye rate beshi, {country} theke cash pabe",
            "USDT te pathaite hobe, 500 dollar, tahole chere dibo",
            "personal bkash e pathan {phone}, office e na",
            "chhariye ante hole {amount} nagad e dite hobe",
        ],
        "bn": [
            "ভিসার টাকা তিনটা বিকাশ নাম্বারে ভাগ করে পাঠাবেন, অফিসে না।",
            "হুন্ডিতে পাঠান, ব্যাংকের চেয়ে রেট বেশি, {country} থেকে ক্যাশ পাবেন।",
            "ছাড়াতে হলে ৫০০ ডলার ইউএসডিটি পাঠাতে হবে।",
            "পার্সোনাল বিকাশে পাঠান {phone}, এজেন্টে না।",
            "মুক্তিপণ {amount} নগদে দিলে ছেড়ে দিবে।",
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# negatives: voice -> script -> frames (hard: they use the positives' words)
NEG = {
    "news": {
        "en": [
            "RAB arrested three members of a human trafficking ring who lured youths with jobs in {country} and kept their passports.",
            "Police rescued 12 women from a house in Cox's Bazar; the traffickers had promised them parlour jobs abroad.",
            "Court sentences broker to life for selling a teenager to a brothel in India.",
            "Report: workers returning from {country} say employers kept passports and withheld wages for months.",
        ],
        "bn-Latn": [
            "khobor: RAB manob pacharkari chokrer 3 jon ke greftar korse, tara {country} e chakrir lov dekhaye passport rekhe dito",
            "police 10 jon nari ke uddhar korse, parlour e kajer kotha bole pachar kora hoyechilo",
            "pachar mamlay dalal er jaboj jibon karadondo",
            "news e dekhlam {country} theke fera sromikra bolse beton dey nai mash er por mash",
        ],
        "bn": [
            "বিদেশে চাকরির প্রলোভন দেখিয়ে পাসপোর্ট আটকে রাখা মানব পাচার চক্রের তিন সদস্যকে গ্রেপ্তার করেছে র‍্যাব।",
            "কক্সবাজারে একটি বাড়ি থেকে ১২ নারীকে উদ্ধার করেছে পুলিশ, তাদের পার্লারে চাকরির কথা বলে পাচার করা হচ্ছিল।",
            "কিশোরীকে ভারতে বিক্রির দায়ে দালালের যাবজ্জীবন কারাদণ্ড।",
            "{country} ফেরত শ্রমিকরা জানান, মালিক পাসপোর্ট আটকে রেখে মাসের পর মাস বেতন দেয়নি।",
        ],
    },
    "awareness": {
        "en": [
            "Never hand your passport to a broker. Keep it with you and go only through a BMET-registered agency.",
            "Warning: a free visa is not a real visa. Do not pay anyone in advance. Helpline 16135.",
            "If anyone keeps your passport or locks you in, call the embassy hotline at once.",
            "Be careful of Facebook ads for parlour jobs abroad for women, they are often traps.",
        ],
        "bn-Latn": [
            "kauke passport diben na, dalal er kache kokhono passport jama diben na, sotorko thakun",
            "free visa bole kichu nai, agrim taka diben na, BMET registered agency diye jan",
            "keu passport rekhe dile ba atke rakhle embassy te call korun",
            "bideshe parlour er chakrir facebook ad theke sabdhan, beshirvag i fad",
        ],
        "bn": [
            "কাউকে পাসপোর্ট দিবেন না, দালালের কাছে কখনো পাসপোর্ট জমা রাখবেন না। সতর্ক থাকুন।",
            "ফ্রি ভিসা বলে কিছু নেই, অগ্রিম টাকা দিবেন না। সরকারি নিবন্ধিত এজেন্সির মাধ্যমে যান।",
            "কেউ পাসপোর্ট আটকে রাখলে বা ঘরে আটকে রাখলে দূতাবাসের হটলাইনে ফোন করুন।",
            "বিদেশে পার্লারে চাকরির ফেসবুক বিজ্ঞাপন থেকে সাবধান, বেশিরভাগই ফাঁদ।",
        ],
    },
    "official": {
        "en": [
            "BMET notice: the government fixed migration cost for Malaysia is Tk 79,000; pay only by bank to the licensed agency.",
            "Ministry of Expatriates: register on the Ami Probashi app before taking a smart card.",
            "Embassy notice: workers whose iqama expired can apply for the amnesty until 30 June.",
            "Licensed agency RL-1234: Saudi cleaner visa, salary 1000 riyal, government fee only, receipt given, BMET training required.",
        ],
        "bn-Latn": [
            "BMET notice: Malaysia jaite sorkar nirdharito khoroch 79,000 taka, bank e joma diben",
            "Ami Probashi app e registration kore smart card nin, dalal dhorben na",
            "licensed agency RL 0987: Qatar driver visa, beton 1800 riyal, sorkari fee, rashid deya hobe",
            "embassy: jader iqama meyad sesh tara amnesty te abedon korte parben",
        ],
        "bn": [
            "বিএমইটি বিজ্ঞপ্তি: মালয়েশিয়া যেতে সরকার নির্ধারিত খরচ ৭৯,০০০ টাকা, ব্যাংকে জমা দিন।",
            "আমি প্রবাসী অ্যাপে নিবন্ধন করে স্মার্ট কার্ড নিন, দালালের কাছে যাবেন না।",
            "লাইসেন্সপ্রাপ্ত এজেন্সি আরএল-১২৩৪: সৌদিতে ক্লিনার ভিসা, বেতন ১০০০ রিয়াল, সরকার নির্ধারিত ফি, রসিদ দেওয়া হবে।",
            "দূতাবাসের বিজ্ঞপ্তি: যাদের ইকামার মেয়াদ শেষ, তারা সাধারণ ক্ষমার জন্য আবেদন করুন।",
        ],
    },
    "receipt": {
        "en": [
            "You have received Tk 7,500.00 from {phone}. Fee Tk 0.00. Balance Tk 9,210.50. TrxID {trx} at 18/05/2026 12:19",
            "Cash Out Tk 5,000.00 to Agent {phone} successful. Fee Tk 92.50. Balance Tk 1,204.00. TrxID {trx} at 02/06/2026 18:44",
            "Money Received. Amount: Tk 3000.00 Sender: {phone} Ref: N/A TxnID: {trx} Balance: Tk 3512.00",
            "You have sent Tk 2,000.00 to {phone}. Ref rent. Fee Tk 5.00. Balance Tk 640.00. TrxID {trx} at 11/06/2026 09:02",
        ],
        "bn-Latn": [
            "bhai {phone} e 5000 bkash korlam, TrxID {trx}, check koren",
            "ammu ke nagad e 3000 pathaisi, TxnID {trx}",
            "dokan er bill bkash e dilam {phone}, TrxID {trx}",
            "{phone} ei number e cash out korsi, agent bhai confirm",
        ],
        "bn": [
            "আপনি {phone} থেকে ৳৭,৫০০ পেয়েছেন। ফি ৳০। ব্যালেন্স ৳৯,২১০। TrxID {trx}",
            "আম্মুকে বিকাশে ৫০০০ টাকা পাঠালাম {phone}, TrxID {trx}",
            "নগদে ৩০০০ টাকা পাঠিয়েছি, TxnID {trx}",
            "দোকানের বিল বিকাশে দিলাম {phone} নাম্বারে, TrxID {trx}",
        ],
    },
    "family": {
        "en": [
            "Did you keep my passport in the almirah? I need it for the visa interview tomorrow.",
            "Abba, salary came today, I will send 30 thousand this week for Eid.",
            "Your brother's passport is with me, I will give it to him when he comes home.",
            "Don't tell ammu about the surprise party, ok?",
        ],
        "bn-Latn": [
            "amar passport ta almari te rekhe dio, kal visa interview",
            "abba, aj beton paisi, eid er jonno 30 hajar pathabo",
            "tor bhaiyer passport amar kache, bari ashle diye dibo",
            "ammu ke surprise er kotha bolbi na kintu",
        ],
        "bn": [
            "আমার পাসপোর্টটা আলমারিতে রেখে দিও, কাল ভিসা ইন্টারভিউ।",
            "আব্বা, আজ বেতন পেয়েছি, ঈদের জন্য ৩০ হাজার পাঠাব।",
            "তোর ভাইয়ের পাসপোর্ট আমার কাছে আছে, বাড়ি আসলে দিয়ে দিব।",
            "আম্মুকে সারপ্রাইজের কথা বলবি না কিন্তু।",
        ],
    },
    "joke": {
        "en": [
            "My wife confiscated my phone again because I watched cricket all night 😂",
            "Boss locked us in the meeting room for 3 hours of powerpoint, send help lol",
            "I will sell you to the highest bidder if you eat my biryani again 😆",
            "Tomorrow I'm running away to Malaysia, no more exams haha",
        ],
        "bn-Latn": [
            "bou amar phone kere nise, sara rat khela dekhsi 😂",
            "boss meeting room e 3 ghonta atke rakhse powerpoint dekhaite, bachao lol",
            "abar amar biryani khaile toke bikri kore dibo 😆",
            "kal malaysia palay jabo, ar porikkha dibo na haha",
        ],
        "bn": [
            "বউ আবার ফোন কেড়ে নিয়েছে, সারারাত খেলা দেখছিলাম 😂",
            "বস মিটিং রুমে তিন ঘণ্টা আটকে রেখেছে, বাঁচাও 😅",
            "আবার আমার বিরিয়ানি খেলে তোকে বিক্রি করে দিব 😆",
            "কাল মালয়েশিয়া পালিয়ে যাব, আর পরীক্ষা দিব না হাহা",
        ],
    },
    "worker_content": {
        "en": [
            "Alhamdulillah the company gave my iqama on time, salary comes every month on the 1st.",
            "Work is 8 hours, Friday off, the room is good and the food is fine.",
            "My passport is with me, the company never took it. Everything is good here.",
            "Got overtime pay this month too, sending extra home.",
        ],
        "bn-Latn": [
            "alhamdulillah company time moto iqama dise, beton protimash 1 tarikhe ase",
            "8 ghonta kaj, shukrobar chuti, thaka khawa bhalo",
            "passport amar kachei ase, company kokhono ney nai, sob thik ase",
            "ei mashe overtime er taka o paisi, bari te beshi pathabo",
        ],
        "bn": [
            "আলহামদুলিল্লাহ কোম্পানি সময়মতো ইকামা দিয়েছে, প্রতি মাসের ১ তারিখে বেতন আসে।",
            "৮ ঘণ্টা কাজ, শুক্রবার ছুটি, থাকা খাওয়া ভালো।",
            "পাসপোর্ট আমার কাছেই আছে, কোম্পানি কখনো নেয়নি, সব ঠিক আছে।",
            "এই মাসে ওভারটাইমের টাকাও পেয়েছি, বাড়িতে বেশি পাঠাব।",
        ],
    },
    "chatter": {
        "en": [
            "Reached the airport, flight to {country} boards at 9. Call you after landing on {foreign}",
            "Photo: https://scontent.fdac5-1.fna.fbcdn.net/v/t39.30808-6/149897_662218197_{digits}_n.jpg",
            "Log 2026-05-18 17:52:05.167690 sync done, 0 errors",
            "Follow my cooking page on insta @{handle} 😋",
        ],
        "bn-Latn": [
            "airport e pouchaisi, {country} er flight 9 tay, namar por {foreign} e call dibo",
            "ei chobi ta dekh https://scontent.fdac5-1.fna.fbcdn.net/v/t39.30808-6/149897_662218197_{digits}_n.jpg",
            "amar instagram @{handle} follow dio",
            "kal school e result dibe, doa koro",
        ],
        "bn": [
            "এয়ারপোর্টে পৌঁছেছি, {country} এর ফ্লাইট ৯টায়, নেমে {foreign} নাম্বারে ফোন দিব।",
            "ছবিটা দেখ https://scontent.fdac5-1.fna.fbcdn.net/v/t39.30808-6/149897_662218197_{digits}_n.jpg",
            "আমার ইনস্টাগ্রাম @{handle} ফলো দিও",
            "কাল স্কুলে রেজাল্ট দিবে, দোয়া করো",
        ],
    },
}
#: Frames written after the first figures, for the tuning part only (appended after every other
#: item, so the frozen test part is unchanged): more paraphrases of the weakest types, and more
#: voices that use their words.
TUNE_POS = {
    "threats_and_coercion": {
        "en": ["If you complain to the embassy again, you will go back to Bangladesh in a box.",
               "Your brother is with us. 3 lakh by Friday or you will never see him."],
        "bn-Latn": ["abar embassy te complain korle lash hoye deshe firbi",
                    "tor bhai amader kache, shukrobarer moddhe 3 lakh, nahole ar dekhbi na"],
        "bn": ["আবার দূতাবাসে অভিযোগ করলে লাশ হয়ে দেশে ফিরবি।",
               "তোর ভাই আমাদের কাছে, শুক্রবারের মধ্যে ৩ লাখ, নাহলে আর দেখবি না।"],
    },
    "payments_and_proceeds": {
        "en": ["Pay the processing fee into my wife's bKash, the office number is not safe.",
               "Your son stays here until the family sends 2 lakh through hundi."],
        "bn-Latn": ["processing fee amar bou er bkash e pathan, office er number safe na",
                    "tomar chele ekhane thakbe jotokkhon 2 lakh hundi te na pathao"],
        "bn": ["প্রসেসিং ফি আমার বউয়ের বিকাশে পাঠান, অফিসের নাম্বার নিরাপদ না।",
               "হুন্ডিতে ২ লাখ না পাঠানো পর্যন্ত তোমার ছেলে এখানেই থাকবে।"],
    },
    "recruitment_deception": {
        "en": ["The job in the offer letter was driver, but here they made me a camel herder in the desert.",
               "No agency, no BMET, I send you on tourist visa and the sponsor will fix the work papers later."],
        "bn-Latn": ["offer letter e chilo supervisor, ekhane ese dekhi construction er labour",
                    "tourist visa te ja, pore sponsor kagoj kore dibe, agency lagbe na"],
        "bn": ["চুক্তিতে লেখা ছিল ড্রাইভার, এখানে এনে মরুভূমিতে উট চরাতে দিয়েছে।",
               "ট্যুরিস্ট ভিসায় যাও, পরে স্পন্সর কাজের কাগজ করে দিবে, এজেন্সি লাগবে না।"],
    },
    "isolation_and_control": {
        "en": ["We are not allowed to leave the camp, they lock the gate at night.",
               "Keep quiet about the conditions when your family calls, understood?"],
        "bn-Latn": ["camp theke ber hoite dey na, rate gate e tala dey",
                    "family phone dile kichu janaba na, chup thakba"],
        "bn": ["ক্যাম্প থেকে বের হতে দেয় না, রাতে গেটে তালা দেয়।",
               "পরিবার ফোন দিলে কিছু জানাবে না, চুপ থাকবে।"],
    },
}
#: A third round of tuning frames (same rule: tuning part only, emitted last).
TUNE_POS_3 = {
    "recruitment_deception": {
        "en": ["Guaranteed job in a Malaysian glove factory, visa within 15 days, pay the rest after you land. No need for the BMET card.",
               "They said Italy through Libya, one month only, but we were kept in Libya for a year working for free."],
        "bn-Latn": ["Malaysia glove factory te kaj guarantee, 15 diner moddhe visa, baki taka namar por, BMET card lagbe na",
                    "bolse Libya hoye Italy, ek mash lagbe, kintu Libya te ek bochor free kaj koraise"],
        "bn": ["মালয়েশিয়ার গ্লাভস ফ্যাক্টরিতে কাজের গ্যারান্টি, ১৫ দিনে ভিসা, বাকি টাকা নামার পর, বিএমইটি কার্ড লাগবে না।",
               "বলেছিল লিবিয়া হয়ে ইতালি, এক মাস লাগবে, কিন্তু লিবিয়ায় এক বছর বিনা বেতনে কাজ করিয়েছে।"],
    },
    "isolation_and_control": {
        "en": ["The supervisor keeps our ID cards and walks us to the factory and back every day.",
               "They took our SIM cards, only the manager's phone is allowed in the dormitory."],
        "bn-Latn": ["supervisor amader ID card rekhe dey, protidin factory te niye jay abar niye ashe",
                    "amader sim kere nise, dorm e shudhu manager er phone chole"],
        "bn": ["সুপারভাইজার আমাদের আইডি কার্ড রেখে দেয়, প্রতিদিন কারখানায় নিয়ে যায় আবার নিয়ে আসে।",
               "আমাদের সিম কেড়ে নিয়েছে, ডরমে শুধু ম্যানেজারের ফোন চলে।"],
    },
}
TUNE_NEG = {
    "news_2": {
        "en": ["Human trafficking case: court frames charges against five, including two recruiting agents."],
        "bn-Latn": ["manob pachar mamlay 5 jon er biruddhe abhijog gothon, er moddhe 2 jon recruiting agent"],
        "bn": ["মানব পাচার মামলায় দুই রিক্রুটিং এজেন্টসহ পাঁচজনের বিরুদ্ধে অভিযোগ গঠন।"],
    },
    "forwarded": {
        "en": ["Forwarded: IOM reminds migrants that no one may take your passport; if your employer does, contact the labour attaché.",
               "Share widely! A gang is promising women salon jobs in Dubai and selling them. Do not trust Facebook agents."],
        "bn-Latn": ["forward: IOM mone koriye dicche keu apnar passport nite parbe na, malik nile labour attache er sathe jogajog korun",
                    "share korun! ekta chokro meyeder Dubai te salon er chakrir kotha bole bikri kore dicche, facebook er dalal ke bishwas korben na"],
        "bn": ["ফরোয়ার্ড: আইওএম মনে করিয়ে দিচ্ছে কেউ আপনার পাসপোর্ট নিতে পারবে না, মালিক নিলে লেবার অ্যাটাশের সাথে যোগাযোগ করুন।",
               "শেয়ার করুন! একটি চক্র মেয়েদের দুবাইয়ে সেলুনের চাকরির কথা বলে বিক্রি করে দিচ্ছে, ফেসবুকের দালালকে বিশ্বাস করবেন না।"],
    },
    "awareness": {
        "en": ["Before you go abroad, check the agency licence on the BMET website and never pay a broker in cash.",
               "Remember: an employer who keeps your passport or your wages is breaking the law. Call 16135 for free advice."],
        "bn-Latn": ["bidesh jawar age BMET website e agency license check korun, dalal ke cash taka diben na",
                    "mone rakhben: malik passport ba beton atkaye rakhle seta oporadh, free poramorsher jonno 16135 e call korun"],
        "bn": ["বিদেশ যাওয়ার আগে বিএমইটির ওয়েবসাইটে এজেন্সির লাইসেন্স যাচাই করুন, দালালকে নগদ টাকা দিবেন না।",
               "মনে রাখবেন: মালিক পাসপোর্ট বা বেতন আটকে রাখলে তা অপরাধ, বিনামূল্যে পরামর্শের জন্য ১৬১৩৫ নম্বরে ফোন করুন।"],
    },
    "news": {
        "en": ["Twenty workers returned from Libya yesterday; they told reporters the brokers had sold them to a militia.",
               "Mobile court fines unlicensed recruiting office in Dhaka for taking advance money and passports from job seekers."],
        "bn-Latn": ["gotokal Libya theke 20 jon sromik ferot esechen, tara sangbadikder bolen dalal tader bikri kore dise",
                    "Dhaka te license chhara recruiting office ke mobile court jorimana korse, chakri prarthider theke agrim taka o passport nito"],
        "bn": ["গতকাল লিবিয়া থেকে ২০ জন শ্রমিক ফেরত এসেছেন, তারা সাংবাদিকদের জানান দালালরা তাদের বিক্রি করে দেয়।",
               "চাকরিপ্রার্থীদের কাছ থেকে অগ্রিম টাকা ও পাসপোর্ট নেওয়ায় ঢাকায় লাইসেন্সবিহীন রিক্রুটিং অফিসকে ভ্রাম্যমাণ আদালতের জরিমানা।"],
    },
    "official": {
        "en": ["Recruiting agency (RL 1187, BMET licensed): Malaysia plantation jobs, cost as fixed by the government, paid by bank, receipt given."],
        "bn-Latn": ["recruiting agency RL 1187: Malaysia plantation kaj, khoroch sorkar nirdharito, bank e joma, rashid dewa hoy"],
        "bn": ["রিক্রুটিং এজেন্সি আরএল ১১৮৭: মালয়েশিয়ায় বাগানের কাজ, খরচ সরকার নির্ধারিত, ব্যাংকে জমা, রসিদ দেওয়া হয়।"],
    },
}
HARD_VOICES = {"news", "awareness", "official", "receipt", "family", "joke", "worker_content"}
#: extra entity-bearing frames: a passport and a labelled NID in ordinary (negative) talk
ID_FRAMES = {
    "en": ["My passport number is {passport}, please fill the form.", "NID no: {nid}, name as on the card."],
    "bn-Latn": ["amar passport number {passport}, form ta puron koro", "amar NID number {nid}"],
    "bn": ["আমার পাসপোর্ট নম্বর {passport}, ফরমটা পূরণ করো।", "জাতীয় পরিচয়পত্র নম্বর: {nid}"],
}


def _fill(frame: str, script: str, rng: random.Random, index: int, handle_platform: str) -> tuple[str, list]:
    key = "bn" if script == "bn" else "lat"
    entities: list[dict] = []
    values = {"name": NAMES[key][index % len(NAMES[key])],
              "country": COUNTRIES[key][(index * 7 + 3) % len(COUNTRIES[key])],
              "amount": AMOUNTS[key][index % len(AMOUNTS[key])], "small": SMALL[key][index % len(SMALL[key])],
              "months": MONTHS[key][index % len(MONTHS[key])], "age": AGES[key][index % len(AGES[key])],
              "digits": str(rng.randrange(10**14, 10**15))}
    out = frame
    # entities in order of appearance
    while True:
        slots = [(out.find("{" + s + "}"), s) for s in ("phone", "foreign", "passport", "nid", "trx", "handle")]
        slots = [(p, s) for p, s in slots if p >= 0]
        if not slots:
            break
        _, slot = min(slots)
        if slot == "phone":
            shown, value = _bd_phone(rng, script)
            entities.append({"type": "phone", "value": value})
        elif slot == "foreign":
            shown, value = _foreign_phone(rng)
            entities.append({"type": "phone", "value": value})
        elif slot == "passport":
            shown, value = _passport(rng)
            entities.append({"type": "bd_passport", "value": value})
        elif slot == "nid":
            shown, value = _nid(rng)
            entities.append({"type": "bd_nid", "value": value})
        elif slot == "trx":
            shown, value = _trx(rng)
            entities.append({"type": "mfs_transaction", "value": value})
        else:
            shown = HANDLES[index % len(HANDLES)]
            value = "@" + shown
            entities.append({"type": handle_platform, "value": value})
        out = out.replace("{" + slot + "}", shown, 1)
    return out.format(**values), entities


def _platform(frame: str) -> str:
    lower = frame.lower()
    if "insta" in lower or "ইনস্টা" in frame:
        return "instagram"
    if "telegram" in lower or "টেলিগ্রাম" in frame:
        return "telegram"
    return "handle"


def build(copies: int = 3) -> tuple[list[dict], list[dict]]:
    rng = random.Random(20261204)
    parts: dict[str, list[dict]] = {"test": [], "tune": []}
    n = 0

    def emit(part: str, frame: str, lang: str, k: int, **labels) -> None:
        nonlocal n
        text, entities = _fill(frame, lang, rng, k + n, _platform(frame))
        if labels["label"] == "flag" or labels.get("voice") in ("family", "joke", "worker_content", "chatter"):
            opener, closer = rng.choice(OPENERS[lang]), rng.choice(CLOSERS[lang])
            if opener and lang != "bn":
                text = text[0].lower() + text[1:]
            if closer in (".", "।") and text[-1] in ".।?!":
                closer = ""
            text = opener + text + closer
        n += 1
        parts[part].append({"id": f"{part}-{len(parts[part]) + 1:04d}", "text": text, **labels,
                            "entities": entities})

    for category, by_script in POS.items():
        for script, frames in by_script.items():
            for i, frame in enumerate(frames):
                part = "test" if i % 2 else "tune"
                for k in range(copies):
                    emit(part, frame, script, k, label="flag", category=category, script=script,
                         voice="victim_or_recruiter", hard=False)
    for voice, by_script in NEG.items():
        for script, frames in by_script.items():
            for i, frame in enumerate(frames):
                part = "test" if i % 2 else "tune"
                for k in range(copies + 1):
                    emit(part, frame, script, k, label="ok", category=None, script=script, voice=voice,
                         hard=voice in HARD_VOICES)
    for script, frames in ID_FRAMES.items():
        for i, frame in enumerate(frames):
            for k in range(4):
                emit("test" if k % 2 else "tune", frame, script, k, label="ok", category=None, script=script,
                     voice="chatter", hard=False)
    for category, by_script in TUNE_POS.items():
        for script, frames in by_script.items():
            for frame in frames:
                for k in range(copies):
                    emit("tune", frame, script, k, label="flag", category=category, script=script,
                         voice="victim_or_recruiter", hard=False)
    for category, by_script in TUNE_POS_3.items():
        for script, frames in by_script.items():
            for frame in frames:
                for k in range(copies):
                    emit("tune", frame, script, k, label="flag", category=category, script=script,
                         voice="victim_or_recruiter", hard=False)
    for voice, by_script in TUNE_NEG.items():
        for script, frames in by_script.items():
            for frame in frames:
                for k in range(copies + 1):
                    emit("tune", frame, script, k, label="ok", category=None, script=script, voice=voice, hard=True)
    return parts["test"], parts["tune"]


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    test, tune = build()
    only = set(argv[1:]) or {"test", "tune"}
    for name, items in (("test", test), ("tune", tune)):
        if name not in only:
            continue
        with open(here / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{name}: {len(items)} items, {sum(i['label'] == 'flag' for i in items)} to flag")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
