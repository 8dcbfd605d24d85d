"""Round 22 of issue 15, part S: concept classes of existing wide frames widened in general words, tested as grids.

Each change widens what a frame already reads (the block "round 22, part S" of ``rules/shared.lexicon.yaml``,
``*_r22S``, and the regexes marked "(round 22, part S)"), from the indicator's definition, in words that are not
one writer's nouns: what she is made to do beside her refusal and its cost (``sx.clients_imposed_wide``); a child's
real age against the age her record gives (``mn.age_record_changed_wide``); new women announced in the trade's
nouns and by where they are from (``sx.new_women_offered_wide``); the study or the visit as the cover of the sex
trade (the guard of ``neg.legit_study_or_visit``). Each is written in the three scripts and their registers, with
innocent near-misses. None of these phrasings is a dev set's sentence.
"""

import pytest

from packs import assert_not_fired, builtin_matcher, check_rule_grid, flat


@pytest.fixture(scope="module")
def matcher():
    return builtin_matcher()


def _flagged(matcher, text):
    r = matcher.match_many([text])[0]
    return r.score >= matcher.line


# --- 1. WHAT SHE IS MADE TO DO, BESIDE HER REFUSAL AND ITS COST (sx.clients_imposed_wide)

DEMAND = {
    "en": ["the manager wants me to spend the night with him, if I refuse he cuts my whole month",
           "they make the new girls undress on camera and those who refuse sleep without dinner",
           "he says come to the back room when the shop shuts, or I lose the job and the room"],
    "bn": ["মালিক কয় রাতে গেস্টের রুমে যাইতে হবে, না গেলে বেতন দিবে না",
           "ক্যামেরার সামনে কাপড় খুলতে বলে, রাজি না হলে খাবার বন্ধ"],
    "bn-Latn": ["supervisor bole raat e guest er room e jaite hobe, na gele passport dibe na",
                "call e kapor khulte bole, na korle bole bhai er chakri khabe",
                "madam bole guest der khushi rakhte hobe, raji na hoile desh e ferot pathabe na"],
}
DEMAND_OK = [
    "the guests stay the night at our place after the wedding, mom says if you refuse it's rude",
    "if I refuse the overtime the supervisor cuts 2 days, is that legal?",
    "amma bole mehman der khushi rakhte, na korle rag korbe",
    "খালা কয় মেহমানদের যত্ন করতে, না করলে বকবে",
]


def test_demand_refused_grid(matcher):
    check_rule_grid(matcher, flat(DEMAND), DEMAND_OK, "sx.clients_imposed_wide")


def test_demand_or_refusal_alone(matcher):
    assert_not_fired(matcher, ["if I refuse he gets angry, what do I do", "the guests stay the night, cook extra rice",
                               "na korle ammu bokbe", "কাপড় খুলতে হবে না, শুধু হাত ধুয়ে আসো"], "sx.clients_imposed_wide")


# --- 2. A CHILD'S REAL AGE AGAINST THE AGE HER RECORD GIVES (mn.age_record_changed_wide)

RECORD = {
    "en": ["she looks about 13 but the passport they made says born 1998",
           "the helper is only 15, her papers say age on paper 23, nobody checks",
           "real birth year 2011, the NID they got for him has DOB 2003"],
    "bn": ["মেয়েটার বয়স কম, কাগজে বয়স ২২ দেখাইছে, এজেন্ট বানাইছে",
           "আসলে ১৫, পাসপোর্টে বয়স ২১ দিছে দালাল"],
    "bn-Latn": ["oke dekhle mone hoy 14, passport e boyosh 22 deya",
                "ashol e 2010 er jonmo, kagoj e jonmo 2002 likhse",
                "boyosh kom, airport e bolbe 20 bochor, birth certificate notun banaisi"],
}
RECORD_OK = [
    "she looks about 13 in that photo lol, her passport renewal is done",
    "my passport says born 1988 and my NID says 1989, how do I correct it?",
    "amar boyosh kom chilo tokhon, passport e boyosh 22 chilo, ekhon 30",
    "ছেলের বয়স ১৫, পরীক্ষার পর পাসপোর্ট করাবো",
]


def test_record_age_grid(matcher):
    check_rule_grid(matcher, flat(RECORD), RECORD_OK, "mn.age_record_changed_wide")


def test_record_age_one_side_alone(matcher):
    assert_not_fired(matcher, ["she looks about 14, so sweet", "passport e boyosh 24, renewal korbo",
                               "born 1999 in Sylhet, came to London 2010"], "mn.age_record_changed_wide")


# --- 3. NEW WOMEN OFFERED IN THE TRADE'S NOUNS AND BY WHERE THEY ARE FROM (sx.new_women_offered_wide)

NEW_WOMEN = {
    "en": ["new item in Sharjah, from Nepal, fresh, rate per night on whatsapp"],
    "bn": ["নতুন আইটেম আসছে, বাংলাদেশি, একদম ফ্রেশ, রেট ইনবক্সে"],
    "bn-Latn": ["new maal ashse Khulna theke, bangali, fresh, full night booking imo te",
                "duita meye aise gram theke, fresh, rate whatsapp e"],
}
NEW_WOMEN_OK = [
    "new item in the shop from Nepal, fresh stock, rate on whatsapp",
    "notun meye aise office e, bangladeshi, fresh graduate, whatsapp group e add koro",
    "নতুন আইটেম আসছে দোকানে, বাংলাদেশি, ফ্রেশ, রেট ইনবক্সে",
]


def test_new_women_grid(matcher):
    check_rule_grid(matcher, flat(NEW_WOMEN), NEW_WOMEN_OK, "sx.new_women_offered_wide")


# --- 4. THE STUDY OR THE VISIT AS THE COVER OF THE SEX TRADE (neg.legit_study_or_visit's guard)

def test_study_cover_not_held(matcher):
    for text in ["she went on a student visa, the school's part of it is a spa where customers ask for extra, they keep her passport",
                 "language school e pathabe bole, ekhon boss er friend der sathe raat katate bole, na korle passport dibe na"]:
        assert _flagged(matcher, text), text


def test_study_voice_still_holds_plain_study(matcher):
    for text in ["student visa er file jama dilam, university admission confirmed, alhamdulillah",
                 "my cousin got a scholarship for a language school in Tokyo, the clients of her dad's firm sent gifts"]:
        assert not _flagged(matcher, text), text
