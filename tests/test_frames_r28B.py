"""Round 28 of issue 15, part B: recall in fees and debt and labour exploitation.

Classes read from the training misses (dev150 to dev153 first), each spanning two writers or more, written
as mechanisms rather than any text's words: a share of the wage or a month's sum handed to the one who
oversees the work, or his half kept (``lab.wage_share_to_overseer``); the debt made to grow by its holder
however long one works, or a fine added to it (``fd.debt_bondage_wide``, slot ``swell``); no payslip given,
the wage in cash or no contract, and a menace for asking (``lab.payslip_refused``).
Each in the three scripts, with innocent near-misses. None of these phrasings is a training or validation
set's sentence.
"""

import pytest

from packs import builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


# --- 1. A SHARE OF THE WAGE TO THE OVERSEER (lab.wage_share_to_overseer)

SHARE = {
    "en": ["the supervisor says each of us must pay him 200 dollars a month in cash, off the books, or no overtime",
           "on paper 5 euro per hour, the foreman keeps half of it every week"],
    "bn": ["মাসে ৩০০ রিংগিত সর্দারের হাতে দিতে হয়, না দিলে কাজ বন্ধ",
           "ঘণ্টায় ৪ ইউরো, ফোরম্যান অর্ধেক রাখে, কিছু কইতে পারি না"],
    "bn-Latn": ["protimash beton ashar por supervisor bole 250 dollar tar hate dite, na dile visa renew nai",
                "ghontay 5 euro bole, sardar ordhek rakhe"],
}
SHARE_OK = [
    "every month we give 80 ringgit to the mess manager for meals, the supervisor keeps the list",
    "mash e mess er bazar er taka supervisor er hate dite hoy, sobai mile khai",
    "সর্দার বেতন আমাদের হাতে ঠিকমতো দেয়, কোনো সমস্যা নাই",
    "the supervisor gave me a gift for Eid, salary came on time",
    "supervisor ke dhar er 2000 taka ferot dite hobe mash e",
]


def test_wage_share_to_overseer_grid(matcher):
    check_rule_grid(matcher, flat(SHARE), SHARE_OK, "lab.wage_share_to_overseer")


# --- 2. THE DEBT MADE TO GROW, OR A FINE ADDED TO IT (fd.debt_bondage_wide)

SWELL = {
    "en": ["three seasons on the boat and the debt keeps growing, we came home owing more",
           "every penalty they write goes on top of our debt, nobody has seen a real wage"],
    "bn": ["দুই বছর খাটলাম, মহাজনের দেনা খালি বাড়ে",
           "জরিমানা বেতনের চেয়ে বেশি, এখন আমি নাকি মালিকের কাছে ঋণী"],
    "bn-Latn": ["sardar er kache rin protimash bare, kaj kore o kome na",
                "hutang shudhu barche, kobe jabo jani na"],
}
SWELL_OK = [
    "loan er bare kal kotha bolbo office e",
    "my credit card debt keeps growing, I need to stop shopping online",
    "জরিমানা দিয়ে দিলাম, ঋণের সাথে এর কোনো সম্পর্ক নাই",
    "i added sugar to the loan officer's tea",
    "ঋণ নিয়ে কথা বলতে চাই, সুদ কত জানাবেন",
]


def test_debt_swells_grid(matcher):
    check_rule_grid(matcher, flat(SWELL), SWELL_OK, "fd.debt_bondage_wide")


# --- 3. NO PAYSLIP, CASH, AND A MENACE FOR ASKING (lab.payslip_refused)

SLIP = {
    "en": ["no payslip since summer, the owner pays cash in an envelope, if we ask he says go back home",
           "never a pay slip, no contract, and when I ask he tells me to keep quiet"],
    "bn": ["পে-স্লিপ দেয় না, হাতে হাতে ক্যাশ, চাইলে কয় দেশে যা",
           "স্লিপ দেয় নাই কোনোদিন, কোনো চুক্তি নাই, চাইলে কয় চুপ থাক"],
    "bn-Latn": ["slip dey na, hate hate cash, chaile malik bole desh e ja",
                "payslip nai, contract nai, chaile bole chup thak"],
}
SLIP_OK = [
    "remember you have the right to a payslip every month; cash with no slip, call the helpline",
    "payslip dey protimash, beton bank e ashe, alhamdulillah",
    "পে-স্লিপ দেয়, বেতন ব্যাংকে আসে, মালিক ভালো",
    "got my payslip, all overtime on it, salary in the bank",
    "স্লিপ পাওয়া আপনার অধিকার, ক্যাশে বেতন দিলে অভিযোগ করুন",
]


def test_payslip_refused_grid(matcher):
    check_rule_grid(matcher, flat(SLIP), SLIP_OK, "lab.payslip_refused")
