"""English word forms: the tenses of the English verbs of control, and the everyday English words
that the romanised spellings of :mod:`.morphology` must never take in.

* **English verbs of control** (take, keep, hold, sell, lock, threaten, collect...): their tenses,
  written out (:data:`_EN_VERBS`): the present also matches the past (keeps: kept), the past only
  the past (took: taken), the imperative only where the keyword is written in it.

:mod:`.morphology` asks this module for an English word's forms (:func:`english_forms`) before it
treats a Latin word as romanised Bengali, so that the rules and ``search`` see the same forms.
"""

from __future__ import annotations

import re

#: Everyday English words that a romanised word's free spellings and endings would take in (a
#: chat mixes the two): never one of its forms unless it is the keyword itself
_ENGLISH = frozenset("""like likes liked take takes taken make makes made there then than ten tell till that
this these those here hate late lake mile time tone bill ball call fall full pool room home hold told
sold cold gold bold mall male sale tale more mere mare bore core done gone bone none note vote hole
holes pole role rose nose dose cost most post host list last lost fast best rest test west bet bat
bit but cut cat kit hat hit hot pot pet put set sit sat lot let lit dear deal dean dead near hear
year bear beer deer deep keep kept seen seat sort short shirt shit bitch dish fish wish with sure
shore share shame same some came come name game lame tame life wife wine fine mine nine line dine
dive five hive live love move over open once only also able table cable""".split())
#: English words of a keyword whose romanised "stem" would be one consonant and a vowel ("sale":
#: s + any vowel took in "sob", "sathe", "somoy"; "gate": "gelo", "gese"; "rate": "rakhe"): kept as written
_ENGLISH_KEPT = frozenset("""sale late there these those case date else file gate offer other photo rate
role rule share site tale male mare bore core""".split())


#: English verbs of control and their tenses, written out: (base, third person, -ing) and (past,
#: participle). A keyword written in the present also matches the past ("keeps our" matches "kept
#: our", "took" matches "taken"), since a report of the same act is what it looks for; one written in
#: the past matches only the past, since the present has senses of its own ("the visa takes two
#: weeks", "the company keeps no passport"); the base form (the imperative, "take your passport",
#: "keep it safe", advice far more often than a report) only for a keyword that is itself the base.
#: Only these verbs: an English word is otherwise matched by the romanised spellings below, which
#: know nothing of English tenses. Verbs that are as often nouns ("pay", "work", "leave", "release",
#: "return"), "send" (money sent is a receipt's word) and "go" are left out: their other forms would
#: wake rules on everyday words.
_EN_VERBS = [
    # base, third person, -ing | past, participle
    (("take", "takes", "taking"), ("took", "taken")), (("keep", "keeps", "keeping"), ("kept",)),
    (("hold", "holds", "holding"), ("held",)), (("give", "gives", "giving"), ("gave", "given")),
    (("let", "lets", "letting"), ()), (("sell", "sells", "selling"), ("sold",)),
    (("buy", "buys", "buying"), ("bought",)), (("lock", "locks", "locking"), ("locked",)),
    (("beat", "beats", "beating"), ("beaten",)), (("hit", "hits", "hitting"), ()),
    (("burn", "burns", "burning"), ("burned", "burnt")),
    (("threaten", "threatens", "threatening"), ("threatened",)),
    (("collect", "collects", "collecting"), ("collected",)),
    (("confiscate", "confiscates", "confiscating"), ("confiscated",)),
    (("withhold", "withholds", "withholding"), ("withheld",)), (("owe", "owes", "owing"), ("owed",)),
    (("deduct", "deducts", "deducting"), ("deducted",)), (("force", "forces", "forcing"), ("forced",)),
    (("steal", "steals", "stealing"), ("stole", "stolen")),
    (("forbid", "forbids", "forbidding"), ("forbade", "forbidden")),
    (("allow", "allows", "allowing"), ("allowed",)), (("sleep", "sleeps", "sleeping"), ("slept",)),
    (("tell", "tells", "telling"), ("told",)), (("say", "says", "saying"), ("said",)),
    (("run", "runs", "running"), ("ran",)), (("make", "makes", "making"), ("made",)),
    (("catch", "catches", "catching"), ("caught",)), (("cut", "cuts", "cutting"), ()),
]


#: Verbs whose present has no other everyday sense ("collects", "confiscates", "threatens"): a
#: keyword in their past matches their present too ("collected our phones": "collects our phones")
_EN_ONE_SENSE = frozenset("lock beat burn threaten collect confiscate withhold owe deduct steal forbid".split())


def _en_table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for present, past in _EN_VERBS:
        for w in past:
            table[w] = frozenset(past + present[1:]) if present[0] in _EN_ONE_SENSE else frozenset(past)
        for w in present[1:]:
            table[w] = frozenset(present[1:] + past)
        table[present[0]] = frozenset(present + past)
    return table


#: word -> the forms it stands for (:data:`_EN_VERBS`)
_EN_FORMS = _en_table()


def english_forms(word: str) -> frozenset[str] | None:
    """The other tenses of an English verb of control (:data:`_EN_VERBS`), or None: "keeps" gives
    keeps, keeping, kept; "took" gives took, taken; "take" every form."""
    return _EN_FORMS.get(word)


#: English as chats write it: text-speak, contractions written without their apostrophe or in full,
#: and the words of a phrase run together ("gonna"). Each row is one word (or two-word phrase) and
#: the ways it is written; a keyword written with any of them matches them all, in the rules and in
#: ``search`` alike ("if you run they will catch you" is "if u run they will catch u"; "don't tell
#: anyone" is "dont tell any1"). Only forms that are no other everyday English word: "ill" (I'll),
#: "were" (we're), "well" (we'll), "lets" (let's: "he lets us"), "ok", "bro", "2" (to) and "4"
#: (for) are left out. A one- or two-letter
#: form ("u", "r", "n") is never looked for on its own (the prefilter waits for a longer word of
#: the keyword), so it cannot make a romanised Bengali "r" (ar, and) or "n" (Chittagonian "not")
#: wake a rule by itself.
_INFORMAL_ROWS = [
    ("you", "u", "ya", "yu"), ("your", "ur", "yr", "yor"), ("you're", "youre", "ur", "you are", "u r"),
    ("yours", "urs"), ("you'll", "youll", "you will", "u will", "u'll"), ("are", "r"), ("and", "n"),
    ("because", "coz", "cuz", "cos", "bcz", "bcoz", "becoz", "bcos", "bc", "cause", "bcause"),
    ("tomorrow", "tmrw", "tmr", "tmrow", "tomoro", "tomorow", "2moro", "2morrow"),
    ("tonight", "tonite", "2nite", "2night"), ("night", "nite", "nyt"), ("nights", "nites"),
    ("through", "thru"), ("people", "ppl"), ("please", "pls", "plz", "plss", "plzz", "pliz"),
    ("message", "msg", "mssg", "mesage"), ("messages", "msgs", "mssgs"), ("messaged", "msgd", "msged"),
    ("going to", "gonna"), ("want to", "wanna"), ("got to", "gotta"), ("have to", "hafta", "gotta"),
    ("don't", "dont", "do not", "dnt"), ("doesn't", "doesnt", "does not", "dsnt"),
    ("didn't", "didnt", "did not", "dint", "didn"), ("can't", "cant", "cannot", "can not", "cnt"),
    ("won't", "wont", "will not"), ("isn't", "isnt", "is not"), ("aren't", "arent", "are not"),
    ("wasn't", "wasnt", "was not"), ("weren't", "werent", "were not"), ("haven't", "havent", "have not"),
    ("hasn't", "hasnt", "has not"), ("shouldn't", "shouldnt", "should not"),
    ("wouldn't", "wouldnt", "would not"), ("couldn't", "couldnt", "could not"),
    ("i'm", "im", "i am"), ("they're", "theyre", "they are", "they r"), ("we're", "we are", "we r"),
    ("they'll", "theyll", "they will"), ("it's", "its", "it is"), ("that's", "thats", "that is"),
    ("anyone", "any1", "anyon"), ("someone", "some1", "sum1"),
    ("everyone", "every1", "evry1", "evryone"), ("no one", "noone", "no1"), ("about", "abt"),
    ("what", "wat", "wht"), ("know", "knw"), ("with", "wid"),
    # (issue 15, round 15 G) a wage's months and a deadline's "before" as chats write them: "7 mnth
    # salary not coming", "if you leave b4 the contract ends"
    ("month", "mnth", "mth"), ("months", "mnths", "mths"), ("before", "b4"),
]


def _informal_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for row in _INFORMAL_ROWS:
        for w in row:
            table.setdefault(w, set()).update(row)
    return {w: frozenset(forms) for w, forms in table.items()}


#: word or two-word phrase -> every way of writing it (:data:`_INFORMAL_ROWS`), itself included
_INFORMAL = _informal_table()
#: The two-word phrases of the table ("do not", "going to"): a keyword's words are read in pairs first
INFORMAL_PHRASES = frozenset(w for w in _INFORMAL if " " in w)
#: The words a keyword may be written in whose informal forms stand in its place when the keyword is
#: written out (:func:`.morphology._informal_written`): each row's standard English word and its
#: phrases written in full ("you", "your", "don't", "do not", "you are"), not a text-speak form
#: itself ("cos" in a keyword is a Certificate of Sponsorship as often as "because")
STANDARD = frozenset(w for row in _INFORMAL_ROWS for w in row if w == row[0] or " " in w)


def informal_forms(word: str) -> frozenset[str]:
    """Every way a chat writes an English word or two-word phrase (:data:`_INFORMAL_ROWS`), itself
    included; empty for a word that has no other: "you" gives you, u, ya, yu; "do not" gives do not,
    don't, dont, dnt."""
    return _INFORMAL.get(word, frozenset())


#: (issue 15, round 16 G) A noun in -y after a consonant and its plural in -ies ("salary":
#: salaries, "duty": duties, "lady": ladies, "company": companies): the other number, spelled as
#: English spells it and nothing else. A singular's plural in -s or -es is already one of its
#: romanised endings (passport: passports); a plural in -s is not given its singular, since the
#: packs write plurals on purpose ("cousins", "key cards", "pics" in a guard or a slot), and every
#: plural given its singular, measured on eval/dev, woke two innocent items for each it found.
_Y_NOUN = re.compile(r"[a-z]{2,}[b-df-hj-np-tv-z]y")


def english_number(word: str) -> frozenset[str]:
    """The other number of a word in -y or -ies (:data:`_Y_NOUN`): "salary" gives salaries,
    "salaries" salary; the empty set for any other word."""
    if len(word) >= 5 and word.endswith("ies"):
        return frozenset([word[:-3] + "y"])
    if _Y_NOUN.fullmatch(word):
        return frozenset([word[:-1] + "ies"])
    return frozenset()


#: (issue 15, round 16 G) Who takes, keeps and holds, named before the verb: in the English of
#: workers in the Gulf and Malaysia the verb keeps its base form after its subject ("madam take my
#: phone", "our driver take the passport", "boss keep passport") where a keyword has its past or
#: third person ("took my phone", "keeps the passport"). Only after one of these subjects, and
#: not in a question or after a modal ("does the kafeel keep our passports?", "will the company
#: take"): the base form is otherwise the imperative of advice ("take your passport").
SUBJECTS = ("he she they boss madam madame sir agent driver company employer owner kafeel kafil "
            "sponsor malik dalal manager supervisor broker agency arbab mudir guard").split()
#: Words that make the base form after a subject a question's or a modal's, not a report
_NOT_REPORT = "do does did will would can could should must may might shall to if".split()


def subject_base_form(word: str) -> str | None:
    """The base form of a verb of control (:data:`_EN_VERBS`) for a keyword's word in its past or
    third person ("took": take; "keeps": keep), matched only after a subject of :data:`SUBJECTS`;
    None for a base form, an -ing form or another word."""
    forms = _EN_FORMS.get(word)
    if forms is None or word.endswith("ing"):
        return None
    for present, past in _EN_VERBS:
        if word in past or word == present[1]:
            return present[0] if present[0] not in forms else None
    return None
