"""Negation scope: a warning that says "don't give your passport to anyone" is not passport
retention, in English, Bengali and romanised Bengali alike.

A hit is *negated* when a negation stands next to it in the same clause, outside the words that
matched: up to three words before it ("don't", "never", "কখনো", "kokhono"), or, up to seven
words after it, a verb of the polite second person followed by its negation (Bengali puts the
negation after the verb, often with an object between: "পাসপোর্ট জমা দিবেন না", "passport joma
diben na", "hundi te taka pathaben na"), or "cannot"
("parbe na", "পারবে না": a rights notice's "malik apnar passport rakhte parbe na"). Before a hit,
"cannot", "can't", "may not" and "must not" count as well as "don't" and "never", and, up to seven
words before, a rights notice's "no one can", "nobody has the right to", "no employer may". Only that form
counts after a hit: the third person's "kaj dibe na", "ferot dey na" (he won't give work, he
doesn't give it back) is what victims report, and negates nothing. A clause ends at , . ; : ! ? । or a line break, and at "but", "kintu", "কিন্তু".
The advice's other second-person forms count as the polite one does: "-ien na" ("kokhono dien
na", "দিয়েন না"), the familiar "-io na", "-is na" ("karo hate dio na", "দিস না"), and an
infinitive with "hobe na" ("passport jama dite hobe na": you will not have to hand it over), and
"no need" ("ঢাকায় পাঠানোর দরকার নাই", "pathanor dorkar nai").
"den na" does not count: "taka den na" is a request ("do give the money"). Nor does the polite future
of "get" or "find" ("পাবেন না", "পাইবেন না", "paben na"): no one is told not to receive, and "থানায় গেলে লাশও
পাইবেন না" (you will not even get the body) is a threat, "ferot paben na" a loss, never advice.

A negation before the hit that is said of someone ("the agency never returned my passport", "we
cannot leave the camp", "madam doesn't let me call") over a freedom or a due (returned, paid, let,
call, leave the camp) is the complaint, and negates nothing; advice has no subject ("don't pay the
broker") and a notice denies a keeping ("your employer cannot keep your passport").

A negation right after a verb of *taking, keeping or selling* (and its auxiliaries: "bikri kore
debe na") denies the act itself: "madam amar phone
niye rakhe na" (she does not take my phone), "company passport jama rakhe na", "পাসপোর্ট রাখে না":
the hit's last word, and at most one more word after it, are such verbs ("rakhe", "niye", "kere
ney", "jama", "রাখে", "নিয়ে", "কেড়ে", "জমা"), then "na", "nai", "না", "নাই", "নি". The negation of a
verb of giving, returning or letting ("ferot dey na", "jete dey na", "beton dey na") is what a
victim reports, and negates nothing.

A *contrast* negates too: "X na, Y ..." ("hundi te na, bank e pathan", "হুন্ডিতে না, ব্যাংকে
পাঠাও", "eta hundi noy, bank transfer"): the hit stands in the one or two words before "na" or
"noy" at the start of its clause, a comma or "borong"/"বরং" follows, and the clause after it is not
negated itself (a victim's list "beton dey na, khaite dey na" is two complaints, not a contrast);
or put after, as a clause of its own: "bank e pathaise, hundi te na." (X one word, or a word and
its case particle: "beton dey na." is a complaint).

Advice that opens its clause with a negative imperative ("do not pay any advance to a dalal for a
free visa") negates the clause, up to ten words, unless its verb is one of telling, letting, going
(but "don't go abroad on a visit visa for work" is advice) or worrying, whose object is the recruiter's script; a negation that urges ("don't miss", "don't
hesitate", "never mind") negates nothing.

A thing said not to exist ("kono advance nai", "কোনো ফি লাগবে না", "kono dalal lage na"): "kono"
("any") up to two words before the hit and "nai", "nei", "lagbe na" straight after it deny the thing
itself; a verb of giving after it ("kono beton dey na") is the complaint, and negates nothing. A "kono"
that is inside another match of the same rule ("kono receipt": "kono bank nai, kono receipt nai", a
payment kept off the record) is the rule's own word, and denies nothing.
"Nobody" or "no one" as the subject of the hit's verb ("Nobody holds our passports", "no one takes
our phones", "No agent took my passport": "no agent", "no boss", "no company" likewise) denies it,
unless the verb is a freedom or a due ("no one is allowed to go out", "nobody pays us", what a victim
reports).

A warning's "to no one" that saves the writer ("never give your passport to anyone, only to me",
"কাউকে দিবেন না, শুধু আমাকে") is a recruiter's: a negation before or after the hit holds only
when the rest of its sentence names no such exception.

A rule whose own matched words hold a negation ("beton dey na", "kauke bolba na", "don't tell
the police") is about that negation, and is never negated: the recruiter's "don't tell anyone"
stays a hit. The matcher leaves a negated hit out and says so in the score's explanation.

A document or a phone held by its owner or the writer's family is not retention either
(:mod:`.holders`).

A *refusal* by the writer's family denies what a child's age stands beside: a marriage refused
("ekhon biye dibo na", "বিয়ের কথা কইও না", "no marriage talk now"), a child not sent or let go
("meye ke bidesh pathabo na", "choto bon ke raat e bahire jaite dibo na", "I won't send my
daughter"). The object is the writer's kin or a child, never "you" ("tore desh e pathabo na",
"tomake jete dibo na" are a controller's): its sentence holds the refusal, and the hit stands in it.

The worker's *own choice* or an agreed term, said in the first person or of the past contract
("I do overtime by choice", "ami nijer icchay overtime kori", "কেউ জোর করে না", "khabar er taka
kete ney, contract e lekha chilo") denies what the same sentence names as compulsion or deduction,
unless the message sets a complaint against it ("contract e chilo 1500, kintu dey 900"), or an
order to say it comes first: "police ashle bolbi nijer icchay ashchis" is a coached answer.
"""

from __future__ import annotations

import re

from .clauses import ANY_NEGATION as _ANY_NEGATION, BEFORE_RX as _BEFORE_RX, CLAUSE_END as _CLAUSE_END, holds_negation
from .clauses import clause as _clause, sentence as _sentence, sentence_end as _sentence_end
from .holders import borne_by_employer, held_by_kin, returned_on_request, self_held
from .normalise import normalise_keyword

#: a verb of the polite second person (-ben, -বেন) and then its negation: the warning's form; the
#: groups ``need`` and ``no_need`` hold the "no need to" forms ("korte hobe na", "jaowar dorkar nai")
_POLITE_NEGATIVE = re.compile(
    r"(?<!\S)(?:\S+(?:ben|বেন|ien|iyen|" + normalise_keyword("য়েন") + r"|io|iyo|িও|" + normalise_keyword("িয়ো")
    + r"|\wis|িস)|parbe|পারবে|parben|পারবেন|(?P<need>\S+(?:te|তে)\s(?:hobe|hbe|হবে)))\s(?:na|naa|না)(?![^\s,.;:!?।])"
    r"|(?<!\S)(?P<no_need>\S+\s(?:dorkar|দরকার))\s(?:nai|nei|নাই|নেই)(?![^\s,.;:!?।])")
#: reassurance before a polite negative ("tension nio na", "chinta koiro na", "ভয় পাইও না"): the
#: recruiter's "don't worry" denies no act (round 14, part R)
_REASSURE = re.compile(r"(?:^|\s)(?:tension|tenshon|chinta|bhoy|voy|" + "|".join(normalise_keyword(w) for w in (
    "টেনশন", "চিন্তা", "ভয়")) + r")\s?$")
#: the polite future of "get" or "find" and its negation ("পাবেন না", "পাইবেন না", "paben na", "khuje paiben na"): no
#: one is told not to receive, so it is never advice but what the reader will not get ("থানায় গেলে লাশও পাইবেন না",
#: "taka na dile passport ferot paben na", a threat; round 21, part F); the polite imperative of fear or pain ("ভয় পাবেন
#: না") is a reassurance, and denies no act either
_GET_FUTURE = re.compile(r"(?:pa|pai|" + normalise_keyword("পা") + "|" + normalise_keyword("পাই") + r")(?:ben|"
                         + normalise_keyword("বেন") + r")\s(?:na|naa|" + normalise_keyword("না") + r")$")
#: "no one can", "nobody has the right to", "no employer may": a rights notice, up to seven words before
_NOBODY_MAY = re.compile(r"(?<!\w)(?:no one|no-one|nobody|no employer|no agent|no agency|no company|no sponsor|no broker|no recruiter)"
                         r"(?:\s\S+){0,2}?\s(?:can|may|should|must|is allowed to|has the right to|has any right to)(?!\w)"
                         r"|(?<!\w)(?:has|have) no right to(?!\w)")
#: advice that opens its clause with a negative imperative ("do not pay any advance to a dalal for a
#: free visa", or reported: "told him don't take any more loans"): the negation scopes over the clause, up to ten words, as a rule's own words would not
#: reach; not a verb of telling, letting, going or worrying, whose object is the recruiter's script
#: ("don't tell your family the boss keeps your phone", "don't go to the police or ..."), nor one of
#: contact, the controller's ban itself ("don't message your brother. all calls go through me")
_ADVICE_OPENS = re.compile(r"(?:(?:please|plz|pls|kindly|but|and|so)\s|(?:i\s)?(?:told|tell|telling|asked|ask|warned)\s(?:him|her|them|abbu|ammu|abba|amma|dad|mom|baba|ma)\s(?:to\s)?)?"
                           r"(do not|don't|dont|never|not to)\s(?!(?:tell|say|let|worry|be|forget|talk|speak|"
                           r"call|contact|message|msg|text|reply|chat|meet|visit|write|answer|ask|go(?!\s(?:abroad|overseas))|leave|run|try|complain|share|show|open|think|move|cry|eat|sleep|come|move|"
                           r"even|ever|again|dare|make|allow|mind|miss|delay|wait|hesitate|lose|waste|need)(?!\w))\w")
#: a negation that urges rather than forbids: "don't miss", "don't forget to send", "don't
#: hesitate", "never mind" (an ad's or a recruiter's push: the act that follows is asked for)
_URGES = re.compile(r"\s(?:miss|forget|hesitate|delay|wait|mind|worry|be late|lose)(?!\w)")
#: a ban on contact: "don't message your brother", "never call your mother" before a hit about who the
#: one held may reach is the controller's order, not a denial of it
_CONTACT_BANNED = re.compile(r"\s(?:message|msg|text|call|contact|phone|ring|reply to|write to|chat with|talk to|speak to|meet|visit)(?!\w)")
#: what a worker is owed or free to do: its negation, said of someone, is the complaint
_RELEASE = re.compile(r"(?<!\w)(?:return\w*|back|paid|pay|pays|allow\w*|let|lets|go out|go home|call|calls|contact|talk|eat|sleep|rest"
                      r"|leave (?:the |this |my |our )?(?:house|camp|room|compound|place|country|job|company|flat|building))(?!\w)")
#: who a report says did (or did not do) it
_SUBJECTS = frozenset(("i", "we", "he", "she", "they", "it", "boss", "madam", "employer", "sponsor", "kafeel", "kafil",
                       "agency", "company", "agent", "broker", "manager", "owner", "malik", "supervisor", "sir",
                       "still", "also", "even"))
#: verbs of taking and keeping, whose negation denies the indicator ("phone niye rakhe na")
_CONTROL_VERB = re.compile(r"(?:rakh|rekh|rakhe|rakhse|rakhche|niye|nie|ney|nay|nise|nicche|kere|kaira|jama|joma|"
                           + "|".join(normalise_keyword(w) for w in ("রাখ", "রেখে", "নিয়ে", "নেয়", "নিচ্ছে", "কেড়ে",
                                                                      "জমা", "নিয়া", "নেয়"))
                           + r"|bikri|becha|beche|bech|" + "|".join(normalise_keyword(w) for w in ("বিক্রি", "বেচ"))
                           + r")\S*$")
#: the auxiliaries of a compound verb ("rekhe dise", "bikri kore debe", "কেড়ে নিবে")
_AUXILIARY = frozenset(normalise_keyword(w) for w in (
    "kore", "kora", "dibe", "debe", "dibo", "debo", "dey", "dei", "dise", "diye", "felbe", "felbo", "nibe", "nebe",
    "করে", "দিবে", "দেবে", "দিব", "দেব", "দেয়", "দিয়ে", "ফেলবে", "নিবে", "নেবে", "দিছে"))
_JUST_NEGATION = frozenset(normalise_keyword(w) for w in ("na", "naa", "nai", "ni", "না", "নাই", "নি"))
#: "X na, Y": a contrast (the words of X, the negation, then a comma or "rather")
_CONTRAST = re.compile(r"\s(?:na|naa|না|noy|noi|" + normalise_keyword("নয়") + r")\s?(?:,|;|—|\s(?:borong|boroncho|"
                       + normalise_keyword("বরং") + r")(?!\w))")
#: "kono" (any) before the hit and "nai" (there is none) after it: "kono advance nai", "কোনো ফি লাগবে না"
_ANY_BEFORE = re.compile(r"(?<!\S)(?:kono|kuno|konu|kunu|" + normalise_keyword("কোনো") + "|" + normalise_keyword("কোন") + "|"
                         + normalise_keyword("কুনু") + r")(?:\s\S+)?\s?$")
_NONE_AFTER = re.compile(r"\s?(?:nai|nei|nay|naai|" + "|".join(normalise_keyword(w) for w in ("নাই", "নেই", "নাইরে"))
                         + r"|(?:lagbe|lage|lagbo|lagto|nite hobe|neya hoy|newa hoy|" + "|".join(normalise_keyword(w) for w in (
                             "লাগবে", "লাগে", "লাগবো", "লাগত", "নেওয়া হয়", "নেয়া হয়")) + r")\s(?:na|" + normalise_keyword("না") + r"))(?![^\s,.;:!?।])")
_MONEY = re.compile(r"(?:taka|tk|money|poisa|khoroch|khorcha|cost|" + "|".join(normalise_keyword(w) for w in (
    "টাকা", "পয়সা", "খরচ", "টাকা-পয়সা")) + r")\S{0,3}")
_ANY_WORD = re.compile(r"(?<!\w)(?:kono|kuno|konu|kunu|" + normalise_keyword("কোনো") + "|" + normalise_keyword("কোন") + "|"
                       + normalise_keyword("কুনু") + r")(?!\w)")
#: "Nobody holds our passports": a subject that denies its verb
_NOBODY = re.compile(r"(?<!\S)(?:nobody|no one|no-one|no (?:agent|broker|dalal|boss|employer|company|sponsor|kafeel|kafil|kofil"
                     r"|malik|madam|manager|supervisor|recruiter|agency|owner)s?)(?:\s(?:here|ever|there|else|has|have|had|did|will|would))*\s?$")

#: the writer kept out of the negation: "only to me", "except me", "shudhu amake", "আমাকে ছাড়া"
_BUT_ME = re.compile(r"(?<!\w)(?:only (?:to |with )?me|except (?:to |with )?me|but me|other than me|besides me|only us|except us"
                     r"|(?:shudhu|sudhu|khali) (?:amake|amare|amar kache|amar hate|amader)|(?:amake|amare|amar kache|amar hate) (?:chara|chhara|sara)"
                     r"|" + "|".join(normalise_keyword(w) for w in ("শুধু আমাকে", "শুধু আমার কাছে", "শুধু আমার হাতে", "খালি আমারে",
                                                                  "আমাকে ছাড়া", "আমারে ছাড়া", "আমার কাছে ছাড়া", "আমার হাতে ছাড়া"))
                     + r")(?!\w)")

#: the owner forbidden to keep the thing himself ("passport nije rakhte parben na", "নিজের কাছে রাখতে পারবেন
#: না", "you can't keep your passport yourself"): the controller's ban, so the hit's negation denies nothing
_SELF_KEEP_BANNED = re.compile(
    r"(?<!\S)(?:nije|nijer kache|nijer kachhe|nijer sathe|" + "|".join(normalise_keyword(w) for w in (
        "নিজে", "নিজের কাছে", "নিজের সাথে", "নিজের হাতে")) + r")\s(?:\S+\s)?(?:rakh|rekh|" + normalise_keyword("রাখ") + r")\S*\s"
    r"(?:parben|parbi|parba|parbe|para jabe|jabe|" + "|".join(normalise_keyword(w) for w in (
        "পারবেন", "পারবি", "পারবা", "পারবে", "পারা যাবে", "যাবে")) + r")\s?(?:na|" + normalise_keyword("না") + r")(?![^\s,.;:!?।])"
    r"|(?<!\w)(?:can't|cannot|can not|not allowed to|must not|mustn't|are not to)\s(?:keep|hold|carry)\s(?:\S+\s){0,3}?"
    r"(?:yourself|with you|on you)(?!\w)")


def negator(t: str, start: int, end: int) -> str | None:
    """The negation word that scopes over ``t[start:end]`` (normalised text), or None."""
    if _BUT_ME.search(t, end, _sentence_end(t, end)):
        return None  # "never give it to anyone, only to me": the writer's own claim to it
    found = (_negator(t, start, end) or self_held(t, start, end) or held_by_kin(t, start, end) or refused_by_kin(t, start, end)
             or own_choice(t, start, end) or borne_by_employer(t, start, end) or returned_on_request(t, start, end)
             or hypothetical(t, start, end) or curfew(t, start, end) or delay_explained(t, start, end)
             or found_as_told(t, start, end))
    if found and _SELF_KEEP_BANNED.search(t, *_sentence(t, start, end)):
        return None  # "passport nije rakhte parben na, amar kache jama": the owner barred from keeping it
    return found


_N = normalise_keyword
#: a marriage refused, or a child not sent or let go, by the family: "biye dibo na", "বিয়ের কথা কইও না"
_MARRIAGE_REFUSED = re.compile(
    r"(?<!\S)(?:biye|biya|biyer|biyar|bie|" + "|".join(_N(w) for w in ("বিয়ে", "বিয়া", "বিয়ের", "বিয়ার")) + r")"
    r"(?:\s(?:kotha|" + _N("কথা") + r"|ekhon|" + _N("এখন") + r"|ekhoni|" + _N("এখনই") + r"|ar|" + _N("আর") + r")){0,2}\s"
    r"(?:dibo|debo|dimu|dibona|korabo|hobe|koio|koiyo|kora|bolba|" + "|".join(_N(w) for w in (
        "দিব", "দেব", "দিমু", "দিবো", "দেবো", "হবে", "কইও", "কইয়ো", "বলবা", "করাবো", "করাব")) + r")\s?(?:na|না)(?![^\s,.;:!?।])"
    r"|(?<!\w)(?:no marriage|not marrying her|not marry her|won't marry her|will not marry her|won't marry him|no wedding|not getting married)(?!\w)")
_SEND_REFUSED = re.compile(
    r"(?<!\S)(?:pathabo|pathamu|pathabona|" + "|".join(_N(w) for w in ("পাঠাব", "পাঠাবো", "পাঠামু")) + r")\s?(?:na|না)(?![^\s,.;:!?।])"
    # any infinitive and the first person's "let" refused: "jaite dibo na", "ভাবতেও দিমু না" (I won't even let him think of it)
    r"|(?<!\S)\S+(?:te|teo|তে|তেও)\s(?:dibo|dimu|debo|dibona|" + "|".join(_N(w) for w in ("দিব", "দিবো", "দেব", "দেবো", "দিমু"))
    + r")\s?(?:na|না)(?![^\s,.;:!?।])"
    r"|(?<!\w)(?:i|we)\s(?:won't|will not|will never|am not going to|are not going to)\s(?:send|let)\s(?:my|our|her|him)(?!\w)")
#: the same refusal said of a parent ("abba bolse raat e bahire jaite dibe na bon ke")
_SEND_REFUSED_3 = re.compile(
    r"(?<!\S)(?:pathabe|jaite dibe|jete dibe|jaite dey|jete dey|" + "|".join(_N(w) for w in (
        "পাঠাবে", "যেতে দিবে", "যেতে দেবে", "যাইতে দিবে", "যেতে দেয়", "যাইতে দেয়")) + r")\s?(?:na|না)(?![^\s,.;:!?।])"
    r"|(?<!\w)(?:won't|will not|doesn't|does not) let (?:my|our|her|him)(?!\w)")
_PARENT = re.compile(r"(?<!\S)(?:abba|abbu|baba|ammu|amma|ma|maa|mom|mum|dad|father|mother|" + "|".join(_N(w) for w in (
    "আব্বা", "আব্বু", "বাবা", "আম্মু", "আম্মা", "মা")) + r")(?!\S)")
_KIN = re.compile(r"(?<!\S)(?:(?:amar|amader|my|our|" + _N("আমার") + "|" + _N("আমাদের") + r")\s)?(?:choto\s|" + _N("ছোট") + r"\s)?"
                  r"(?:meye|meyer|meyeke|chele|cheler|bon|bonke|bhai|bhaike|bhagni|bhatiji|nati|natni|daughter|son|sister|brother|niece|"
                  r"nephew|girl|boy|" + "|".join(_N(w) for w in ("মেয়ে", "মেয়েকে", "মেয়েরে", "মেয়ের", "ছেলে", "ছেলেকে", "ছেলের", "বোন", "বোনকে",
                                                                 "বোনরে", "ভাই", "ভাইকে", "ভাগ্নি", "ভাতিজি", "নাতনি")) + r")(?:\s?(?:ke|re|er|"
                  + "|".join(_N(w) for w in ("য়ের", "ের", "র", "কে", "রে")) + r"))?(?!\S)")
_YOU_OBJECT = re.compile(r"(?<!\S)(?:tore|toke|tomake|apnake|tomare|you|your|tor|tomar|apnar|" + "|".join(_N(w) for w in (
    "তোরে", "তোকে", "তোমাকে", "আপনাকে", "তোমারে", "তোর", "তোমার", "আপনার")) + r")(?!\S)")


#: home as what is refused ("bari jaite dibo na": not let go home is confinement), and a sending said
#: in the same sentence without its negation ("dubai te pathabo"): then the refusal is not the family's
_HOME_BEFORE = re.compile(r"(?<!\S)(?:bari|barite|bari te|basay|desh e|deshe|ghore|" + "|".join(_N(w) for w in (
    "বাড়ি", "বাড়িতে", "বাসায়", "দেশে", "ঘরে")) + r")\s(?:\S+\s)?$")
_SENDS_ANYWAY = re.compile(r"(?<!\S)(?:pathabo|pathamu|pathaitesi|pathacchi|nibo|nie jabo|" + "|".join(_N(w) for w in (
    "পাঠাবো", "পাঠাব", "পাঠামু", "পাঠাচ্ছি", "নিয়ে যাব")) + r")(?!\S)(?!\s?(?:na|না)(?![^\s,.;:!?।]))")


#: school as what is refused ("ইস্কুলে আর যাইতে দেয় না", "school e jete dey na"): a child kept from school is
#: an indicator itself, whoever keeps it
_SCHOOL_BEFORE = re.compile(r"(?<!\S)(?:school|iskul|madrasa|madrasay|" + "|".join(_N(w) for w in (
    "স্কুলে", "ইস্কুলে", "স্কুল", "ইস্কুল", "মাদ্রাসায়", "মাদ্রাসা")) + r")(?:\s?e|\s?te)?\s(?:\S+\s){0,2}$")


def refused_by_kin(t: str, start: int, end: int) -> str | None:
    """The family's refusal in the hit's sentence ("ekhon biye dibo na", "meye ke bidesh pathabo
    na"), or None: a marriage refused, or the writer's kin or a child not sent or let go, and no
    "you" as the object (a controller's "tore desh e pathabo na")."""
    s0, s1 = _sentence(t, start, end)
    sentence = t[s0:s1]
    if _YOU_OBJECT.search(sentence):
        return None
    m = _MARRIAGE_REFUSED.search(sentence)
    if m:
        return "a family's refusal: " + m.group(0).strip()
    m = _SEND_REFUSED.search(sentence) or (_PARENT.search(sentence) and _SEND_REFUSED_3.search(sentence))
    if m and (_HOME_BEFORE.search(sentence, 0, m.start()) or _SCHOOL_BEFORE.search(sentence, 0, m.start())
              or _SENDS_ANYWAY.search(sentence)):
        # "dubai te kaj e pathabo, bari jaite dibo na": home refused, the child sent: a controller's;
        # "ammu bhai re trolar e dise, iskul e ar jaite dey na": school refused is the child's loss, not care
        return None
    if m and _KIN.search(sentence):
        return "a family's refusal: " + m.group(0).strip()
    return None


#: the worker's own choice or an agreed term, said in the first person or of the past contract
_OWN_CHOICE = re.compile(
    r"(?<!\w)(?:by choice|my (?:own )?choice|i chose to|i choose to|nobody forces|no one forces|not forced|i agreed to|as i agreed"
    r"|(?:it )?was in (?:my|the) contract|in my contract|nijer icchay|nijer iccha te|nijer ichhay|nijer khushi te|nijer khushite|nije theke kori"
    r"|kono jor nai|kono jor nei|keu jor kore na|jor kore na|contract e (?:lekha )?(?:chilo|silo|chhilo)|chukti te (?:lekha )?(?:chilo|silo)"
    r"|" + "|".join(_N(w) for w in ("নিজের ইচ্ছায়", "নিজের ইচ্ছাতে", "নিজের খুশিতে", "কেউ জোর করে না", "কোনো জোর নাই", "কোনো জোর নেই",
                                     "চুক্তিতে ছিল", "চুক্তিতে লেখা ছিল", "কন্ট্রাক্টে ছিল", "কন্ট্রাক্টে লেখা ছিল")) + r")(?!\w)")
#: an order to say something: what follows it is the line the worker is coached to give, not a choice
_SAY_ORDER = re.compile(r"(?<!\w)(?:bolbi|bolbe|bolben|bolba|bolis|bolbo|koibi|koiba|koiben|say|tell them|tell him|tell her|tell the|"
                        + "|".join(_N(w) for w in ("বলবি", "বলবে", "বলবেন", "বলবা", "বলিস", "বলবো", "কইবি", "কইবা", "কইবেন")) + r")(?!\w)")
_COMPLAINT = re.compile(r"(?<!\w)(?:kintu|but|otho|othocho|tobe|" + "|".join(_N(w) for w in ("কিন্তু", "অথচ", "তবে")) + r")(?!\w)")


_CONTRACT = re.compile(r"(?:(?:it )?was in|in my|contract|chukti|" + _N("চুক্তি") + "|" + _N("কন্ট্রাক্ট") + ")")


def own_choice(t: str, start: int, end: int) -> str | None:
    """The worker's own choice or agreed term in the hit's sentence ("I do overtime by choice",
    "khabar er taka kete ney, contract e lekha chilo"), or None; a complaint set against it
    ("kintu", "but") anywhere in the message keeps the hit, and the contract counts only after the
    hit (before it, it is the promise a substitution breaks)."""
    s0, s1 = _sentence(t, start, end)
    m = _OWN_CHOICE.search(t, s0, s1)
    if m is None or _COMPLAINT.search(t) or _SAY_ORDER.search(t, s0, m.start()):
        return None  # "police ashle bolbi nijer icchay ashchis": a coached answer, not the worker's choice
    if _CONTRACT.match(m.group(0)) and m.start() < end:
        return None  # "chuktite lekha chilo driver, ekhane ut chorate dise": what was agreed, then what was done
    return "the worker's own choice: " + m.group(0)


def _negator(t: str, start: int, end: int) -> str | None:
    # before: up to three words, back to the clause's start
    left = t[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    before = " ".join(left[cut:].split()[-3:])
    m = _BEFORE_RX.search(before)
    if (m and not _reported_release(left[cut:], m.group(0), t[start:end])
            and not _URGES.match(before, m.end()) and not _CONTACT_BANNED.match(before, m.end())):
        return m.group(0)
    nobody = _NOBODY.search(left[cut:])
    if nobody and not _RELEASE.search(t[start:end]):
        return nobody.group(0).split()[0]
    m = _NOBODY_MAY.search(" ".join(left[cut:].split()[-7:]))
    if m:
        return m.group(0)
    m = _ADVICE_OPENS.match(left[cut:].lstrip())
    if m and len(left[cut:].split()) <= 10:
        return m.group(1)
    # after: a polite negative within seven words, up to the clause's end (the hit's own last
    # word may be its verb: "joma diben" + "na")
    word_start = t.rfind(" ", 0, end) + 1
    right = t[max(word_start, start):end + 40]
    m2 = _CLAUSE_END.search(right, end - max(word_start, start))
    scope = right[:m2.start()] if m2 else right
    scope = " ".join(scope.split()[:8])
    m3 = _POLITE_NEGATIVE.search(scope)
    if m3 and not (m3.group("need") or m3.group("no_need")) and _REASSURE.search(scope[:m3.start()]):
        m3 = None  # "tension nio na": a reassurance, no act denied ("chinta korte hobe na" still is)
    if m3 and _GET_FUTURE.match(m3.group(0).strip()):
        m3 = None  # "lash o paben na": what you will not get, a threat's or a loss's, not advice
    m3 = m3 or _NOT_ENGAGED.match(t, _word_end(t, end))
    if m3:
        return m3.group(0).strip()
    return _act_denied(t, start, end) or _contrast(t, start, end)


#: the writer did not engage a broker ("dalal dhori nai", "দালাল ধরিনি", "didn't use a broker"): the first
#: person's past of taking one on, denied straight after the hit (the third person's "dey nai" is a complaint)
_NOT_ENGAGED = re.compile(r"\s(?:dhori nai|dhori ni|dhorini|dhorinai|dhori na|use kori nai|use korini|" + "|".join(_N(w) for w in (
    "ধরি নাই", "ধরিনি", "ধরি নি", "ধরিনাই", "ধরি না")) + r")(?![^\s,.;:!?।])")
#: a counterfactual: a condition ("dalal dhorle", "দালাল ধরলে", "if I had gone through a broker") and a verb of
#: what would have been ("lagto", "লাগত", "would have cost") in the hit's clause: what did not happen
_IF_CLAUSE = re.compile(r"(?<!\S)\S+(?:le|lে|" + _N("লে") + r")(?!\S)|(?<!\w)if (?:i|we|you|he|she|they) had(?!\w)")
_WOULD_HAVE = re.compile(r"(?<!\S)(?:lagto|laagto|lagtô|lagtoh|hoto|hoito|hoita|dite hoto|" + "|".join(_N(w) for w in (
    "লাগত", "লাগতো", "লাগতো", "হত", "হতো", "হইত", "হইতো", "দিতে হত", "দিতে হতো")) + r")(?!\S)|(?<!\w)would (?:have|'ve)(?!\w)|(?<!\w)would've(?!\w)")


def hypothetical(t: str, start: int, end: int) -> str | None:
    """The counterfactual that holds the hit ("দালাল ধরলে ৫ লাখ লাগত", "dalal dhorle 5 lakh lagto",
    "if I had gone through a broker it would have cost 5 lakh"), or None: a condition and a "would
    have" in the hit's clause (or the clause after a condition that ends with a comma) say what did
    not happen. An order ("taka na dile ...") has no "would have"."""
    c0, c1 = _clause(t, start, end)
    w = _WOULD_HAVE.search(t, c0, c1)
    if w is None:
        return None
    s0, _ = _sentence(t, start, end)
    if not _IF_CLAUSE.search(t, s0, w.start()):
        return None
    return "a counterfactual: " + w.group(0)


#: a clock hour that bounds a ban ("raat 11 tar por bahire jawa nishedh", "after 11pm", "রাত ১১টার পর"): a curfew
_CLOCK_BOUND = re.compile(r"(?<!\w)after (?:\d{1,2}(?::\d\d)?\s?(?:pm|am|o'clock)|\d{1,2}:\d\d|midnight)(?!\w)"
                          r"|(?<!\S)[\d০-৯]{1,2}(?::[\d০-৯]{2})?\s?(?:ta|tar|tay|" + "|".join(_N(w) for w in ("টা", "টার", "টায়")) + r")\s?"
                          r"(?:por|pore|porer|" + "|".join(_N(w) for w in ("পর", "পরে", "পরের")) + r")(?![^\s,.;:!?।])")


#: (round 12, part F) "out" of a money or a hotel's word is no going out: "rat 10 tar por cash out kore den" is an
#: order to withdraw after a bank's hours, not a curfew
_GOING_OUT = re.compile(r"(?<!\w)(?:bahire|baire|bahir|(?<!cash )(?<!cash-)(?<!check )(?<!check-)(?<!log )(?<!sold )(?<!print )out|outside|"
                        + "|".join(_N(w) for w in ("বাইরে", "বাহিরে", "বাইর")) + r")(?!\w)")


#: the door locked on the workers from outside, or its key with the controller ("after 7pm they lock the gate from
#: outside, key with the mandor", "রাত ৮টার পর বাইরে থেকে তালা", "chabi supervisor er kache"): confinement, never a curfew
_LOCKED_IN = re.compile(r"(?<!\w)(?:lock\w*\s(?:\S+\s){0,3}?from (?:the )?outside|locked in|lock us in|lock them in|"
                        r"(?:key|keys)\s(?:is\s|are\s|stays?\s)?(?:with|kept by|held by)\s(?:the\s)?(?!me\b|us\b|my\b|our\b)\S+|"
                        r"(?:bahir|baire|bair) theke tala|(?:chabi|chabii)\s(?!amar\s|amader\s|amr\s)(?:\S+\s)?(?:er\s|r\s)?(?:kache|kase|hate)|"
                        + "|".join(_N(w) for w in ("বাইরে থেকে তালা", "বাহির থেকে তালা", "বাইর থেইকা তালা", "বাইরে থিকা তালা")) + r")(?!\w)"
                        r"|" + _N("চাবি") + r"\S*\s(?!" + _N("আমার") + r"\s|" + _N("আমাদের") + r"\s)(?:\S+\s)?(?:" + "|".join(
                            _N(w) for w in ("কাছে", "হাতে")) + r")(?![^\s,.;:!?।])")


def curfew(t: str, start: int, end: int) -> str | None:
    """The clock hour after which going out is banned, in the hit's clause ("raat 11 tar por bahire
    jawa nishedh", "no going out after 11pm"), or None: a house's curfew, not confinement (a ban with no hour, "raat
    e bahire jawa nishedh", stays)."""
    c0, c1 = _clause(t, start, end)
    m = _CLOCK_BOUND.search(t, c0, c1)
    if m is None or not _GOING_OUT.search(t, c0, c1):
        return None  # "send it before 8 pm": a deadline, not a curfew
    s0, s1 = _sentence(t, start, end)
    if _LOCKED_IN.search(t, s0, s1):
        return None  # "after 7pm they lock the gate from outside, key with the mandor": locked in, not a house rule
    return "a curfew: " + m.group(0)


#: a wage's day named as near ("kal dibe", "next week", "সামনের সপ্তাহে দিবে") and a reason for the delay
#: (a holiday, the bank, Eid): a late salary, not one withheld; a count of months or "again and again" is
_NEAR_DAY = re.compile(r"(?<!\w)(?:kal|kalke|kaile|porshu|next week|agami shoptahe|shamner shoptahe|tomorrow|on sunday|after the holiday|after eid|"
                       r"eid er pore|" + "|".join(_N(w) for w in ("কাল", "কালকে", "পরশু", "সামনের সপ্তাহে", "আগামী সপ্তাহে", "ঈদের পরে"))
                       + r")(?:\s\S+)?\s(?:dibe|debe|dibo|pabo|asbe|ashbe|will (?:pay|come|be paid|give)|" + "|".join(_N(w) for w in (
                           "দিবে", "দেবে", "পাবো", "পাব", "আসবে")) + r")(?!\w)"
                       r"|(?<!\w)(?:will (?:pay|come|be paid|give it|credit)|to be paid|comes?)\s(?:\S+\s)?(?:tomorrow|next week|on sunday|after the holiday|after eid)(?!\w)")
_DELAY_REASON = re.compile(r"(?<!\w)(?:holiday|chuti|bank|eid|server|system|bank bondho|" + "|".join(_N(w) for w in (
    "ছুটি", "ব্যাংক", "ঈদ", "সার্ভার")) + r")\S*")
_LONG_UNPAID = re.compile(r"(?<!\w)(?:mash|mas|month|months|bar bar|again and again|every month|protek mash|" + "|".join(_N(w) for w in (
    "মাস", "বার বার", "প্রতি মাসে")) + r")(?!\w)")
_WAGE = re.compile(r"(?<!\w)(?:beton|salary|wage|wages|pay|" + "|".join(_N(w) for w in ("বেতন", "বেতনের", "সেলারি")) + r")")


def delay_explained(t: str, start: int, end: int) -> str | None:
    """A wage hit whose sentence names its near day and a reason ("ajke beton pai nai, bank
    holiday, kal dibe"), or None: a salary late by a day, not withheld. A count of months or "again
    and again" anywhere in the message keeps the hit ("kal dibe kal dibe kore 4 mash")."""
    c0, c1 = _clause(t, start, end)
    if not _WAGE.search(t, c0, c1):
        return None  # not a wage's hit
    s0, s1 = _sentence(t, start, end)
    m = _NEAR_DAY.search(t, s0, s1)
    if m is None or not _DELAY_REASON.search(t, s0, s1) or _LONG_UNPAID.search(t):
        return None
    return "a delay explained: " + m.group(0)


def over_own_negation(t: str, start: int, end: int) -> str | None:
    """What denies a hit whose own words hold a negation ("jaite dibo na", "baire jaite dey na",
    "beton pai nai"): only a family's refusal for its child, a curfew's clock hour or a wage's near
    day with a reason for the delay; any other negation near it is the rule's own subject."""
    return refused_by_kin(t, start, end) or curfew(t, start, end) or delay_explained(t, start, end)


def _word_end(t: str, i: int) -> int:
    """Where the word holding ``t[i - 1]`` ends (a hit's case ending)."""
    while i < len(t) and not t[i].isspace() and t[i] not in ",.;:!?।":
        i += 1
    return i


def may_deny(t: str) -> bool:
    """Whether the text (normalised) holds a "kono" that may deny a thing ("kono advance nai")."""
    return _ANY_WORD.search(t) is not None


def denied(t: str, start: int, end: int, others: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The "nai" of "kono X nai" when the match ``t[start:end]`` is X: "kono" up to two words
    before it in its clause, "nai" (or "lagbe na") straight after its last word. The matcher
    leaves such a match out before it tries a rule's condition ("Saudi cleaner visa, kono advance
    nai, bank e payment": the advance is denied, the payment stays), unless the match's own words
    hold a negation. Money itself is not denied: "kono taka lagbe na" (it costs nothing) is the
    lure of a free visa, and stays. Nor is a match whose "kono" is inside one of ``others``, the
    rule's other matches: a rule whose own words say the thing is absent ("kono receipt", a payment
    kept off the record) is about that absence, and "kono bank nai, kono receipt nai" is its case
    (round 21, part F)."""
    if holds_negation(t[start:end]) or _MONEY.fullmatch(t[start:end]):
        return None
    base = max(0, start - 40)
    left = t[base:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    any_word = _ANY_BEFORE.search(left[cut:])
    if not any_word:
        return None
    at = base + cut + any_word.start()  # where "kono" begins
    if any(s <= at < e for s, e in others):
        return None  # "kono" is the rule's own word
    word_end = end
    while word_end < len(t) and not t[word_end].isspace() and t[word_end] not in ",.;:!?।":
        word_end += 1
    m = _NONE_AFTER.match(t, word_end)
    return m.group(0).strip() if m else None


def _reported_release(clause: str, negation: str, hit: str) -> bool:
    """Whether a negation before the hit reports a freedom or a due withheld, said of someone ("the
    agency never returned my passport", "we cannot leave the camp", "boss doesn't let me call"):
    then the negation is the complaint. An advice or a notice has no such subject ("never return
    to a broker", "don't pay the agent", "you cannot leave your passport with anyone")."""
    if not _RELEASE.search(hit):
        return False
    words = clause.split()
    neg = negation.split()
    for i in range(len(words) - len(neg), -1, -1):
        if words[i:i + len(neg)] == neg:
            return i > 0 and words[i - 1] in _SUBJECTS
    return False


def _act_denied(t: str, start: int, end: int) -> str | None:
    """The negation straight after the hit's verb of taking, keeping or selling ("niye rakhe na",
    "bikri kore debe na"): the hit's last such verb, only auxiliaries after it, then the negation."""
    word_end = end
    while word_end < len(t) and not t[word_end].isspace() and t[word_end] not in ",.;:!?।":
        word_end += 1
    hit = t[start:word_end].split()
    last = max((i for i, w in enumerate(hit) if _CONTROL_VERB.search(w)), default=None)
    if last is None or not all(w in _AUXILIARY for w in hit[last + 1:]):
        return None
    after = t[word_end:word_end + 40]
    cut = _CLAUSE_END.search(after)
    for w in (after[:cut.start()] if cut else after).split()[:3]:
        if w in _JUST_NEGATION:
            return w
        if w not in _AUXILIARY and not _CONTROL_VERB.search(w):
            return None
    return None


def _contrast(t: str, start: int, end: int) -> str | None:
    """The negation of "X na, Y" when the hit is (in) X: X is the clause's first one or two words
    and the clause after the comma holds no negation of its own."""
    head = t[max(0, start - 60):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    word_end = end
    while word_end < len(t) and not t[word_end].isspace() and t[word_end] not in ",.;:!?।":
        word_end += 1  # the rest of the hit's last word (its case ending)
    m = _CONTRAST.match(t, word_end) or _CONTRAST.match(t, _next_space(t, word_end))
    if not m:
        # the contrast put after: "bank e pathaise, hundi te na." (the clause is X and "na" alone)
        m = _SET_ASIDE.match(t, word_end) or _SET_ASIDE.match(t, _next_space(t, word_end))
        if not m:
            return None
        x = (head[cut:] + t[start:m.start()]).split()
        ok = len(x) == 1 or (len(x) == 2 and x[1] in _CASE_PARTICLE)
        return m.group(1) if ok else None
    before = (head[cut:] + t[start:m.start()]).split()
    if not 1 <= len(before) <= 3:
        return None  # X is a word and its case particle, not a clause with a verb
    nxt = t[m.end():m.end() + 80]
    stop = _CLAUSE_END.search(nxt)
    if _ANY_NEGATION.search(nxt[:stop.start()] if stop else nxt):
        return None  # "beton dey na, khaite dey na": two negated statements, not a contrast
    return m.group(0).strip(" ,;—")


#: "X na." closing a clause of its own, after a comma: the thing set aside
_SET_ASIDE = re.compile(r"\s(na|naa|না|noy|noi|" + normalise_keyword("নয়") + r")\s?(?:[.!।]|$)")
_CASE_PARTICLE = frozenset(("te", "e", "diye", "dia", "theke", "er", "ke", "maddhome", "through", "by"))


def _next_space(t: str, i: int) -> int:
    """Where the word after position ``i`` ends (a separate case particle: "hundi te na")."""
    j = i + 1 if i < len(t) and t[i] == " " else i
    while j < len(t) and not t[j].isspace() and t[j] not in ",.;:!?।":
        j += 1
    return j if j - i <= 10 else i


#: (round 25, part A) the job found as it was told, in the worker's own words: "আইসা দেখি যা কইছিল তাই", "contract e ja lekha
#: chilo tai pacchi", "jemon bolsilo temon", "exactly what the offer letter said", "as promised", "what they said is what we
#: found"; what was said is in the past and what follows "tai" is the thing got or nothing ("ja bolbe tai korbi", whatever
#: they will say you will do, is an order, and "ja bolse tai korte hoy" one too)
_FOUND_AS_TOLD = re.compile(
    r"(?<!\S)(?:ja|jeta|ja ja|" + "|".join(_N(w) for w in ("যা", "যেটা", "যা যা")) + r")\s(?:\S+\s)?(?:bolse|bolsilo|bolchilo|bolechilo|"
    r"boleche|koise|koisilo|koichilo|kaisilo|lekha chilo|lekha silo|lekha chhilo|promise korsilo|" + "|".join(_N(w) for w in (
        "বলছিল", "বলছিলো", "বলেছিল", "বলেছিলো", "বলছে", "বলেছে", "কইছিল", "কইছিলো", "কইছে", "লেখা ছিল", "লেখা ছিলো", "বইলছিল"))
    + r")\s(?:tai|tai-i|" + _N("তাই") + r")(?=\s?(?:[,.;:!?।\n]|$)|\s(?:pacchi|paisi|pailam|pai|peyechi|pelam|paitesi|dise|dey|dicche|ache|ase|"
    + "|".join(_N(w) for w in ("পাচ্ছি", "পাইছি", "পাইলাম", "পাই", "পেয়েছি", "পেলাম", "দিছে", "দেয়", "দিচ্ছে", "আছে")) + r")(?![^\s,.;:!?।]))"
    r"|(?<!\S)(?:jemon|jemoni|" + _N("যেমন") + r")\s(?:\S+\s)?(?:bolsilo|bolchilo|bolechilo|koisilo|bolse|" + "|".join(_N(w) for w in (
        "বলছিল", "বলেছিল", "বলছিলো", "কইছিল", "বলছে")) + r")\s(?:temon|temoni|thik temon|" + "|".join(_N(w) for w in ("তেমন", "তেমনই", "তেমনি", "ঠিক তেমন")) + r")(?![^\s,.;:!?।])"
    r"|(?<!\w)exactly (?:what|as) (?:the |my |our |they |he |she )?(?:\S+ ){0,2}?(?:said|promised|told (?:me|us)|agreed|written)(?!\w)"
    r"|(?<!\w)(?:just )?as (?:promised|agreed|they promised|he promised|she promised|the contract said|the offer letter said)(?!\w)"
    r"|(?<!\w)what (?:they|he|she|the agent|the agency) (?:said|promised|told us|told me) is (?:exactly )?what (?:i|we) (?:got|found|get)(?!\w)")


def found_as_told(t: str, start: int, end: int) -> str | None:
    """The job said, in the hit's sentence, to be as it was told ("যা কইছিল তাই", "exactly what the
    offer letter said"), or None: the promise kept is not deception. A negation after those words in
    the sentence ("ja bolse tai na", "as promised, but no salary") keeps the hit."""
    s0, s1 = _sentence(t, start, end)
    m = _FOUND_AS_TOLD.search(t, s0, s1)
    if m is None or _ANY_NEGATION.search(t, m.start(), s1):
        return None
    return "found as told: " + m.group(0).strip()
