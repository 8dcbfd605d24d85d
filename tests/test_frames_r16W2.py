"""Round 16 of issue 15, part W2: WIDE FRAMES for recruitment, fees and debt, and labour, each the indicator's
own definition as two or three broad concept slots near each other (docs/rules.md, "round 16, part W2").

1. DEBT BONDAGE (``fd.debt_bondage_wide``): a debt or a cost laid on the person near its paying back by work,
   or nothing until it is paid; or a plain demand to pay it back with the work or a hold beside it.
2. TOLD ONE THING, FOUND ANOTHER (``dr.told_found_wide``): the telling near a job, a place or a post, and the
   finding that it is not there or is something else.
3. PAPERS MADE FOR THE RECRUIT (``dr.papers_made_wide``): a paper near its making by the recruiter and the
   sign that it is false or that nobody checks.
4. THE WAGE TAKEN (``lab.wage_taken_wide``): the wage near its going to another's hands, or none to the worker.
5. A LONG DAY (``lab.long_day_wide``): a day from before dawn into the night, or twelve hours every day.

Every filler was written for this file as a family of ways the slot is said, in the three scripts and their
registers (dialects, Banglish spellings, text-speak, Gulf workers' English, a caseworker's paraphrase); each
grid asserts that every combination reaches the review line by the frame's rule, and that near-misses do not
fire it.
"""

import pytest

from packs import SCRIPTS, assert_not_fired, builtin_matcher, check_rule_grid, grid


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. DEBT BONDAGE ----------------------------------------------------------------------------------

DEBT = {
    "en": ["the agent says my visa and ticket cost 4 lakh", "u owe me 20k for the room n food",
           "client's file: the employer claims she owes 2,400 riyal", "madam say the costs for you is 3000 dinar"],
    "bn-Latn": ["tor visa ticket e 3 lakh khoroch hoise", "dadon nisos 25 hajar", "tomar jonno khoroch hoise 2 lakh",
                "sardar bole tor dena 40 hajar"],
    "bn": ["তোর ভিসা টিকিটে ৩ লাখ খরচ হইছে", "দাদন নিছস ২৫ হাজার", "তোমার জন্য খরচ হইছে ২ লাখ", "সর্দার কয় তোর দেনা ৪০ হাজার"],
}
WORK_OFF = {
    "en": ["you work it off first", "no going home till its paid back", "u stay n work until you repay",
           "she cannot leave before it is paid"],
    "bn-Latn": ["kaj kore shodh korbi", "shodh na hoile jaite parbi na", "hisab mitle jaiba", "beton diye shodh korte aro 2 bochor lagbe"],
    "bn": ["কাম কইরা শোধ করবি", "শোধ না হইলে যাইতে পারবি না", "হিসাব মিটলে যাইবা", "বেতন দিয়া শোধ করতে আরো ২ বছর লাগবে"],
}
DEBT_OK = [
    "bro lend me 5k, i will pay you back when salary comes",
    "ভাই ৫ হাজার ধার দাও, বেতন পাইলে ফেরত দিমু",
    "dost 2000 dhar dao, beton pele ferot dibo",
    "loan shodh korsi alhamdulillah, ekhon ar kono dena nai",
    "beware: if anyone says your visa cost must be worked off, call the helpline",
    "the bike cost me 2 lakh, best decision ever",
    "amar visa r khoroch 3 lakh, baba dise, alhamdulillah",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_debt_bondage_wide(matcher, script):
    check_rule_grid(matcher, grid(DEBT, WORK_OFF)[script], DEBT_OK, "fd.debt_bondage_wide")


DEBT_ASK = {
    "en": ["i paid for ur ticket n hostel, 9k", "the kafeel says your visa cost him 5000"],
    "bn-Latn": ["tor hostel er bill ami dilam 9000", "tomar visa r khoroch 2 lakh"],
    "bn": ["তোর হোস্টেলের বিল আমি দিলাম ৯০০০", "তোমার ভিসার খরচ ২ লাখ"],
}
ASK_HOLD = {
    "en": ["pay back the money or no passport", "work or pay back everything now"],
    "bn-Latn": ["kaj na korle taka ferot de", "naile taka ferot dao ekhoni"],
    "bn": ["কাজ না করলে টাকা ফেরত দে", "নাহলে টাকা ফেরত দাও এখনই"],
}


@pytest.mark.parametrize("script", SCRIPTS)
def test_debt_repay_demand_with_hold(matcher, script):
    check_rule_grid(matcher, grid(DEBT_ASK, ASK_HOLD)[script], DEBT_OK, "fd.debt_bondage_wide")


def test_debt_one_slot_alone(matcher):
    alone = [t for s in SCRIPTS for t in DEBT[s] + DEBT_ASK[s]]
    assert_not_fired(matcher, alone, "fd.debt_bondage_wide")


# --- 2. TOLD ONE THING, FOUND ANOTHER -------------------------------------------------------------------

TOLD = {
    "en": ["the agency told me a cleaning job in a hotel in Dubai", "they said factory work in Tongi for my nephew",
           "broker promised my sister a school teacher post"],
    "bn-Latn": ["agent bolsilo malaysia te factory r kaj", "dalal koise hotel e waiter er job", "amake bole pathaise driver er visa"],
    "bn": ["দালাল কইছিল হোটেলে ওয়েটারের কাজ", "এজেন্ট বলছিল ফ্যাক্টরির কাজ", "আমারে কইছে বাসার কাজ"],
}
FOUND = {
    "en": ["but there is no hotel, we clean a camel farm", "when we reached, no factory at all, a brick kiln",
           "now I am in a village field, there is no school"],
    "bn-Latn": ["ekhane asole kono factory nai, jongole kaj", "giye dekhi sob mittha, uter khamar", "kintu ekhane rastay kaj korai"],
    "bn": ["আইসা দেখি আসলে কোনো ফ্যাক্টরি নাই", "কিন্তু এখানে মরুভূমিতে ছাগল চরাই", "গিয়া দেখি সব মিথ্যা, ইটভাটায় কাজ"],
}
TOLD_OK = [
    "they told me the job in the mall starts monday, alhamdulillah all as promised",
    "beware: if anyone says a mall job in Dubai and you land in Beirut, call the helpline",
    "ভাইয়া বলছে অফিসে আসবে, এখন সে রাস্তায়",
    "boss bolse office e meeting, ekhon ami office e",
    "teacher said no school tomorrow, yay",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_told_found_wide(matcher, script):
    check_rule_grid(matcher, grid(TOLD, FOUND, sep=". ")[script], TOLD_OK, "dr.told_found_wide")


def test_told_one_slot_alone(matcher):
    assert_not_fired(matcher, [t for s in SCRIPTS for t in TOLD[s]], "dr.told_found_wide")


# --- 3. PAPERS MADE FOR THE RECRUIT ---------------------------------------------------------------------

PAPER_MADE = {
    "en": ["the experience certificate we will make here", "we make new birth reg for the boy",
           "offer letter we can make in one day"],
    "bn-Latn": ["training certificate amra banaye dibo", "contract r permit amra kore dibo", "jonmo nibondhon notun kore dimu"],
    "bn": ["ট্রেনিং সার্টিফিকেট আমরা বানায়া দিমু", "অফার লেটার আমরা কইরা দিমু", "জন্ম নিবন্ধন আমরা বানাই দিমু"],
}
PAPER_FALSE = {
    "en": ["nobody checks, 100% guaranteed", "age will be raised to 21 on paper", "its fake but looks real"],
    "bn-Latn": ["keu dhorbe na", "boyos bariye 22 kore dibo", "tension koiren na, amader lok ache"],
    "bn": ["কেউ ধরবো না", "বয়স বাড়াইয়া ২২ দেখাইবো", "টেনশন কইরেন না, আমাদের লোক আছে"],
}
PAPER_OK = [
    "beware: agents who say we make your certificate, nobody checks, are frauds",
    "we will make the contract ready for your signature on monday",
    "certificate ta ami tule dibo college theke",
    "আমরা কন্টাক্ট পেপার রেডি করে দিব, সোমবার সই",
    "my age certificate came from the union office today",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_papers_made_wide(matcher, script):
    check_rule_grid(matcher, grid(PAPER_MADE, PAPER_FALSE)[script], PAPER_OK, "dr.papers_made_wide")


# --- 4. THE WAGE TAKEN ----------------------------------------------------------------------------------

WAGE = {
    "en": ["her salary of 3000 a month", "the wages of the boys", "whatever she earns on the street"],
    "bn-Latn": ["maser beton", "din e 800 taka kamay", "tor salary"],
    "bn": ["মাসের বেতন", "দিনে ৮০০ টাকা কামায়", "তোর বেতন"],
}
TAKEN = {
    "en": ["the uncle collects it himself", "boss takes it all, they never pay me", "goes to my husband, I get no pay"],
    "bn-Latn": ["tor baba nibe", "sob boss ney, ami 1 taka o pai na", "sorasori office e dey"],
    "bn": ["বাপের হাতে দিমু", "সব বস নেয়, আমি এক টাকাও পাই না", "শাশুড়িকে দেয়"],
}
WAGE_OK = [
    "I send my salary to my father every month, my choice",
    "আমি প্রতি মাসে বেতন বাবাকে পাঠাই",
    "ami beton pele baba ke pathai",
    "beware: if your salary goes to the agent, call the helpline",
    "salary paisi, alhamdulillah, sob thik",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_wage_taken_wide(matcher, script):
    check_rule_grid(matcher, grid(WAGE, TAKEN)[script], WAGE_OK, "lab.wage_taken_wide")


# --- 5. A LONG DAY -----------------------------------------------------------------------------------

START = {
    "en": ["we start at 5am", "from 6am cleaning", "wake up at 4 am for the cows"],
    "bn-Latn": ["shokal 5 tay uthi", "bhor 4.30 e chula", "6 tar theke kaj"],
    "bn": ["ভোর ৫টায় উঠি", "সকাল ৬টা থেকে কাজ", "ভোর ৪টায় রান্না"],
}
END = {
    "en": ["finish at 1am", "work till midnight every day", "stop at 11pm"],
    "bn-Latn": ["shesh rat 12 tay", "rat 1 ta porjonto", "ghumai rat 2 tay"],
    "bn": ["শেষ রাত ১২টায়", "রাত ১টা পর্যন্ত", "ঘুমাই রাত ২টায়"],
}
LONG_OK = [
    "the shop's opening hours are 9am to 11pm every day",
    "দোকান সকাল ৯টা থেকে রাত ১০টা খোলা থাকে",
    "exam next week, I study 12 hours a day",
    "porikkha, din e 12 ghonta pori",
    "flight at 5am, I reach at 1am, 3 ta bag",
    "ami 5 ta reels banai, rat 10 ta porjonto ghuri",
]


@pytest.mark.parametrize("script", SCRIPTS)
def test_long_day_wide(matcher, script):
    check_rule_grid(matcher, grid(START, END)[script], LONG_OK, "lab.long_day_wide")


DAILY = ["12 hours a day, 7 days", "daily 14 hours in the kitchen", "12 ghonta roj, shonibar robibar o",
         "din e 13 ghonta kaj", "দিনে ১২ ঘণ্টা কাজ", "১৪ ঘণ্টা প্রতিদিন"]


def test_long_day_daily_hours(matcher):
    check_rule_grid(matcher, DAILY, LONG_OK, "lab.long_day_wide")
