"""The regexes of the rule ``dr.wage_promised_vs_paid`` (rules/recruitment-deception.yaml), generated.

The rule's conditions compare no numbers, so its slots are regexes over a marker and an amount: the wage
promised ("promised 1200 ringgit", "dalal bolsilo 800 dollar", "চুক্তিতে লেখা ১৫০০ রিয়াল"), the wage
received ("we get 700", "paisi 250", "এখানে দেয় ১৮ হাজার"), the wage said against another in one breath
("beton 25 hajar na 14 hajar"), and a raise: the amount received written larger than the amount promised
(more digits, or as many with a larger first digit), spelled out digit by digit because a regex cannot
compare. Edit the word lists here, run ``python scripts/wage_amount_patterns.py`` and paste its output
over the rule's four ``regex:`` lists; ``tests/test_wage_amount_patterns.py`` fails while they differ.
"""

from __future__ import annotations

import sys
import unicodedata

_W = r"[\w\u0980-\u09ff]"  # a word's letter, Bengali vowel signs included
_MULT = r"(?:k|hajar|hazar|hazaar|thousand|lakh|lac|lakhs|হাজার|লাখ)"
_CURRENCIES = ("euro|euros|dollar|dollars|usd|\\$|riyal|riyals|sar|dirham|aed|ringgit|rm|dinar|jd|kd|mur|taka|tk|"
               "টাকা|ডলার|রিয়াল|রিংগিত|দিরহাম|দিনার|ইউরো|টিয়া|ট্যাকা")
_CUR = "(?:" + _CURRENCIES + ")"
#: a wage-sized amount: 3 to 6 digits, or grouped, or 1 to 3 digits with a multiplier, or 2 to 3 with a currency
AMOUNT = (r"(?:(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\d.,])\d{3,6}(?![\d.,]\d)|(?<![\d.,])\d{1,3}\s?" + _MULT
          + r"(?!" + _W + r")|(?<![\d.,])\d{2,3}\s?" + _CUR + r"(?!" + _W + r"))")

_PROMISE_EN = ("promised|promise|was promised|were promised|they told us|told us|told me|told salary|agent said|agent told|"
               "contract says|contract said|the contract says|paper said|paper says|offer letter (?:was|said|says)|offer was|"
               "signed for|was supposed to (?:get|be)|supposed to be|would get|would earn|will get")
_PROMISE_BL = ("bolsilo|bolchilo|bolechilo|bolsila|bolechilen|koisilo|kaisilo|koisila|koisile|kaisil|kotha chilo|kotha silo|"
               "kotha chhilo|lekha|likha|lekha chilo|likha chilo|chukti te|chuktite|contract e|contracte|offer letter e|"
               "boila nise|bole anse|bole ansilo")
_PROMISE_BN = "কইছিল|কইছিলো|কইসিল|বলছিল|বলছিলো|বলেছিল|বলেছিলো|কথা ছিল|কথা আছিল|লেখা|চুক্তিতে|কন্ট্রাক্টে|কনট্রাক্টে"
_PROMISE_AFTER = ("promised|like the paper said|the contract said|in the contract|bolsilo|bolechilo|koisilo|kotha chilo|"
                  "lekha chilo|likha chilo|likha|lekha|কইছিল|কইছিলো|বলছিল|বলেছিল|কথা ছিল|লেখা|লেখা ছিল")
_GOT_EN = ("get|gets|got|getting|receive|receives|received|receiving|paid|pay us|pays us|pay me|pays me|pays|paying|"
           "give us|gives us|give me|gives me|gives|giving|gave|actual|actual pay is|actual payment|actually|reality|"
           "really|in hand|only|basic only|basic")
_GOT_BL = "pai|paisi|paichi|pailam|paitesi|paitechi|pacchi|pachchi|pelam|dey|dei|dise|dicche|ditese|diteche|dilo|hate pai|hate dey|asole|ashole"
_GOT_BN = "পাই|পাইছি|পাইসি|পাইলাম|পাচ্ছি|পাইতাছি|পেলাম|দেয়|দেয়|দিছে|দিচ্ছে|দিতাছে|দিল|হাতে পাই|হাতে দেয়|আসলে"
_GOT_AFTER = "paisi|paichi|pailam|pai|dey|dise|dicche|পাই|পাইছি|পাইলাম|দেয়|দেয়|দিছে|দিচ্ছে|in hand|only"
_SALARY = "salary|beton|betan|wage|wages|pay|basic|বেতন|মাইনা"
#: a verb of receiving between the two amounts of a raise
_GOT_VERB = ("get|gets|got|getting|receive|received|give|gives|giving|gave|pay|pays|paying|paid|dey|dei|dise|dicche|pai|"
             "paisi|pailam|পাই|পাইছি|পাইলাম|দেয়|দেয়|দিছে|দিচ্ছে")


def _before(marker: str, words: int) -> str:
    """The marker, then up to ``words`` words, then an amount."""
    return r"(?<!" + _W + r")(?:" + marker + r")(?!" + _W + r")\s(?:\S+\s){0," + str(words) + r"}?" + AMOUNT


def _after(marker: str, words: int) -> str:
    """An amount, then up to ``words`` words, then the marker."""
    return AMOUNT + r"\s(?:\S+\s){0," + str(words) + r"}?(?:" + marker + r")(?!" + _W + r")"


def _raise() -> str:
    """The amount received larger than the amount promised, with a verb of receiving between them: as many
    digits (2 to 4) with a larger first digit, or one digit more."""
    unit = r"(?:\s?(?:k|hajar|hazar|thousand|হাজার|" + _CURRENCIES + r"))?"
    gap = r"[^\d]{0,50}?(?<!" + _W + r")(?:" + _GOT_VERB + r")(?!" + _W + r")\s(?:[^\d\s]+\s){0,2}?"
    alternatives = []
    for digits in (2, 3, 4):
        for first in range(1, 9):
            alternatives.append(r"%d\d{%d}%s%s[%d-9]\d{%d}(?!\d)" % (first, digits - 1, unit, gap, first + 1, digits - 1))
        alternatives.append(r"[1-9]\d{%d}%s%s[1-9]\d{%d}(?!\d)" % (digits - 1, unit, gap, digits))
    return r"(?<![\d.,])(?:" + "|".join(alternatives) + ")"


def patterns() -> dict[str, list[str]]:
    """The rule's four regex lists, folded as the matcher folds text (NFKD: a Bengali vowel sign in two parts)."""
    raw = {
        "promise": [_before(_PROMISE_EN, 5), _before("said", 1), _before(_PROMISE_BL, 5), _before(_PROMISE_BN, 5),
                    _after(_PROMISE_AFTER, 2)],
        "got": [_before(_GOT_EN, 3), _before(_GOT_BL, 3), _before(_GOT_BN, 3), _after(_GOT_AFTER, 1)],
        "notinstead": [r"(?<!" + _W + r")(?:" + _SALARY + r")\s(?:\S+\s){0,2}?" + AMOUNT + r"\s?(?:\S+\s)?(?:not|na|nah|না)\s" + AMOUNT],
        "rise": [_raise()],
    }
    return {k: [unicodedata.normalize("NFKD", r) for r in v] for k, v in raw.items()}


def main() -> int:
    for group, regexes in patterns().items():
        print(f"      {group}:\n        regex: [" + ",\n                ".join("'" + r.replace("'", "''") + "'" for r in regexes) + "]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
