"""Who holds a document or a phone: its owner, the writer ("amar passport amar kache", "my passport
is with me"), or the writer's family ("amar bou passport lukai rakhse"), is not a controller's
retention.

The owner holds it when the holder is the writer ("with me", "amar kache", "আমার কাছে", "nijer
kache", "I keep", "ami rakhi") and the thing is the writer's own or nobody else's ("amar passport
amar kache", "passport amar kachei ase", "my passport is with me", "I keep my passport", "my boss
gave me my passport back"), said as a present state ("kache ache"; a bare "passport amar kache",
whose passport unsaid, is the recruiter's classic line and stays a hit): a second or third person's
thing ("apnar passport amar kache", "তোর ভাইয়ের পাসপোর্ট", "ওদের পাসপোর্ট"), a future or a demand
after it ("passport amar kache thakbe", "amar kache jama rakhen", "with me until you pay") or a
negation in its clause ("he never gave me my passport back") keep the hit: that is the recruiter's
or the controller's line, and so does an order to say it ("audit ashle bolte bolse passport nijer
kache", "told us to say our passports are with us"): the line a worker is coached to give. A parent
or a wife who holds the writer's thing ("amar bou passport lukai rakhse", "mom took my phone") is
family, not control.
"""

from __future__ import annotations

import re

from .clauses import ANY_NEGATION as _ANY_NEGATION, clause as _clause, sentence as _sentence, sentence_end as _sentence_end
from .normalise import normalise_keyword

_N = normalise_keyword

_DOC = (r"(?:passport|pasport|iqama|iqamah|akama|aqama|id card|documents|papers|phone|mobile|"
        + "|".join(normalise_keyword(w) for w in ("পাসপোর্ট", "ইকামা", "আকামা", "আইডি কার্ড", "কাগজপত্র", "ফোন", "মোবাইল"))
        + r")\S*")
#: whose the thing is, when not the writer's: "apnar", "tor", "তোমার", "ওদের", a genitive noun ("bhaiyer", "ভাইয়ের")
_OTHERS = re.compile(r"(?:^|\s)(?:your|his|her|their|the workers'|apnar|apnader|tomar|tomader|tor|toder|oder|tader|or|tar|"
                     r"taar|onar|unar|" + "|".join(normalise_keyword(w) for w in (
                         "আপনার", "আপনাদের", "তোমার", "তোমাদের", "তোর", "তোদের", "ওদের", "তাদের", "ওর", "তার", "ওনার", "উনার"))
                     + r"|(?!(?:amar|amader|nijer|" + "|".join(normalise_keyword(w) for w in ("আমার", "আমাদের", "নিজের"))
                     + r")\s)\S+(?:er|ar|der|দের|ের))\s(?:\S+\s)?$")
#: (round 25, part A) the owner's own place, where "kache" would stand: "পাসপোর্ট আমার নিজের লকারে", "passport nijer locker e"
#: (whose the place is, said by "nijer" or "amar" before it, as "kache" is)
_OWN_PLACE_BN = (r"locker e|lockere|locker a|drawer e|drawere|almari te|almarite|almirah te|bag e|suitcase e|"
                 + "|".join(normalise_keyword(w) for w in ("লকারে", "ড্রয়ারে", "আলমারিতে", "ব্যাগে", "স্যুটকেসে")))
#: the writer as the holder, in a present state: "(amar) passport (ta) amar kache(i) (e) (ase)"
_HELD_BN = re.compile(_DOC + r"(?:\s(?:ta|ti|gula|gulo|" + normalise_keyword("টা") + "|" + normalise_keyword("টি") + "|"
                      + normalise_keyword("গুলো") + r"))?\s(?:amar|amader|nijer|" + "|".join(normalise_keyword(w) for w in (
                          "আমার", "আমাদের", "নিজের")) + r")\s(?:\S+\s)?(?:kache|kase|kachei|kasei|kachhe|kachhei|hate|hatei|"
                      + "|".join(normalise_keyword(w) for w in ("কাছে", "কাছেই", "হাতে", "হাতেই")) + r"|" + _OWN_PLACE_BN + r")"
                      r"(?:\s(?:e|i|o|ei))?(?:\s(?:ache|ase|asi|achhe|thake|thaké|rakhi|rakhchi|rakhsi|(?P<rakhe>rakhe|" + normalise_keyword("রাখে") + r")|"
                      + "|".join(normalise_keyword(w) for w in ("আছে", "থাকে", "রাখি", "রাখছি")) + r"))?(?=\s?(?:[,.;:!?।\n]|$))")
_HELD_EN = re.compile(r"(?:^|\s)(?:my|our|my own|our own)\s" + _DOC + r"\s(?:(?:is|are|stays|remains)\s)?(?:still\s|always\s)?"
                      r"(?:with me|with us|in my hand|in my (?:own\s)?(?:bag|room|pocket|drawer|locker|suitcase|wallet|cupboard))(?!\s(?:until|till|unless|as long|for now))"
                      r"|(?:^|\s)(?:the\s)?" + _DOC + r"\s(?:is\s)?(?:always|still)\s(?:with me|in my hand|in my bag)(?!\s(?:until|till|unless|as long|for now))"
                      r"|(?:^|\s)(?:i|we|i'm|we're|i am|we are)\s(?:still\s|always\s|now\s)?(?:keep|keeping|have|hold|holding|carry|carrying|got back|kept)\s"
                      r"(?:my|our)\s(?:own\s)?" + _DOC
                      + r"|(?:^|\s)(?:gave|returned|handed|given)\s(?:me|us)\s(?:back\s)?(?:my|our)\s" + _DOC
                      + r"|(?:^|\s)(?:got|have|get)\s(?:my|our)\s" + _DOC + r"\sback")
#: the owner as the holder, said of a worker or in a notice: "passport stays with me", "the passport stays
#: with the worker", "workers keep their own passports" (not "with us": an agency's "passport stays with us")
_OWNER_KEEPS = re.compile(r"(?:^|\s)(?:the\s)?" + _DOC + r"\s(?:stays|stay|remains|remain|is kept|are kept)\s(?:with\s(?:me|the worker|the workers|"
                          r"the employee|the employees|each worker|every worker|its holder|the holder|its owner|the owner|the candidate)"
                          r"|in my hand|in my bag)(?!\w)"
                          r"|(?:^|\s)(?:workers?|employees?|you|candidates?)\s(?:will\s|can\s|always\s)?(?:keep|hold|carry)\s(?:their|your|his|her)\sown\s"
                          + _DOC)
#: (round 25, part A) the owner let keep their own thing, by whoever lets: "madam lets me keep my phone", "the employer
#: allows us to keep our passports", "meye ke nijer phone rakhte diben", "নিজের ফোন কাছে রাখতে দেয়" (a negation in the
#: clause, "rakhte dey na", "doesn't let me keep my phone", keeps the hit, as for every holder)
_LET_KEEP = re.compile(r"(?:^|\s)(?:lets|let|allows|allowed|allow|permits)\s(?:me|us|her|him|them|the workers?|workers)\s(?:to\s)?"
                       r"(?:keep|have|use|hold|carry)\s(?:my|our|her|his|their)\s(?:own\s)?" + _DOC
                       + r"|(?:^|\s)(?:nijer|amar|" + "|".join(_N(w) for w in ("নিজের", "আমার")) + r")\s" + _DOC
                       + r"\s(?:(?:kache|kase|" + _N("কাছে") + r")\s)?(?:rakhte|use korte|chalate|" + "|".join(_N(w) for w in (
                           "রাখতে", "চালাতে", "ইউজ করতে")) + r")\s(?:dey|dae|den|diben|dibe|dise|dichhe|dicche|deya hoy|" + "|".join(
                           _N(w) for w in ("দেয়", "দেন", "দিবেন", "দিবে", "দিছে", "দিচ্ছে", "দেওয়া হয়")) + r")(?!\S)")
#: (round 25, part A) the owner said in the third person as the holder of their own thing: "he has his passport with him",
#: "she keeps her phone with her", "his passport is with him" (the subject, the owner and the holder one person: "he keeps
#: her phone" is another's, and "she keeps her phone" alone may be a madam keeping the maid's)
_HELD_3P = re.compile("|".join(
    r"(?:^|\s)" + he + r"\s(?:still\s|always\s)?(?:has|keeps|carries|holds)\s" + his + r"\s(?:own\s)?" + _DOC
    + r"\s(?:with " + him + r"|in " + his + r" (?:own\s)?(?:bag|pocket|drawer|locker))(?!\s(?:until|till|unless))"
    r"|(?:^|\s)" + his + r"\s(?:own\s)?" + _DOC + r"\s(?:is|stays|remains)\s(?:still\s|always\s)?(?:with " + him + r"|in " + his
    + r" (?:own\s)?(?:bag|pocket|drawer|locker))(?!\s(?:until|till|unless))"
    for he, his, him in (("he", "his", "him"), ("she", "her", "her"))))

#: the reader told to keep their own thing safe: "keep your passport and papers safe", "passport nijer kache
#: rakhben", "পাসপোর্ট সাবধানে রেখো" (a recruiter's "keep your passport with me" names the holder: not this)
_KEEP_SAFE = re.compile(r"(?:^|\s)(?:keep|hold on to|look after|take care of)\s(?:your|ur|the|their)\s(?:own\s)?" + _DOC
                        + r"(?:\s(?:and|&)\s\S+){0,2}\s(?:safe|safely|secure|with you|on you|yourself|in a safe place)(?!\w)"
                        r"|" + _DOC + r"(?:\s\S+)?\s(?:nijer kache|nijer kase|nije|sabdhane|shabdhane|jotno kore|jotne|" + "|".join(_N(w) for w in (
                            "নিজের কাছে", "নিজে", "সাবধানে", "যত্ন করে", "যত্নে")) + r")\s(?:rakhun|rakhben|rakhis|rakho|rekho|raikho|rakhiyo|rakhio|"
                        + "|".join(_N(w) for w in ("রাখুন", "রাখবেন", "রাখিস", "রাখো", "রেখো", "রাইখো", "রাখিও")) + r")(?!\w)")
#: the thing handed to the writer later on: "keep your passport safe, give it to me at the airport" is a recruiter's
_TO_ME = re.compile(r"(?<!\w)(?:(?:give|hand|send|bring|submit)\s(?:it\s|them\s|those\s)?(?:over\s)?(?:to\s)?me|(?:amake|amare|amar kache|amar hate)\s"
                    r"(?:\S+\s)?(?:diben|dibe|dio|diyo|dis|den|deben|dite|jama|joma|pathan|pathaben)|" + "|".join(_N(w) for w in (
                        "আমাকে দিবেন", "আমাকে দিও", "আমাকে দিস", "আমাকে দেন", "আমার কাছে জমা", "আমার হাতে দিবেন", "আমারে দিবেন")) + r")(?!\w)")
#: "nijer" as the holder ("passport nijer kache"): the owner's own keeping, unless an employer is its subject
_OWN_HOLDER = re.compile(r"\s(?:nijer|" + _N("নিজের") + r")\s")
#: the recruiter's future or demand after the holder: "amar kache thakbe", "amar kache jama rakhen"
_DEMAND_AFTER = re.compile(r"^\s(?:thakbe|thakbo|thakben|jama|joma|rakhen|rakhben|rakhte|rakhbo|diye|dite|diben|den|" + "|".join(
    normalise_keyword(w) for w in ("থাকবে", "থাকবো", "জমা", "রাখেন", "রাখবেন", "রাখতে", "রাখব", "দিয়ে", "দিতে", "দিবেন", "দেন"))
    + r")(?!\S)")


#: "it is with me": the holder and a present "is" ("kache ache", "kachei ase", "কাছেই আছে")
_STILL_HERE = re.compile(r"(?:kache|kachei|kase|kasei|kachhe|kachhei|hate|hatei|" + "|".join(
    normalise_keyword(w) for w in ("কাছে", "কাছেই", "হাতে", "হাতেই"))
                         + r")(?:\s(?:e|i|o|ei))?\s(?:ache|ase|achhe|asi|" + normalise_keyword("আছে") + r")")
#: the writer's own ("amar passport"), or a second person's thing named in the message ("tor maa", "your family")
_MINE = re.compile(r"(?<!\S)(?:amar|amader|nijer|" + "|".join(normalise_keyword(w) for w in ("আমার", "আমাদের", "নিজের")) + r")\s$")
_YOURS = re.compile(r"(?<!\S)(?:your|apnar|apnader|tomar|tomader|tor|toder|" + "|".join(normalise_keyword(w) for w in (
    "আপনার", "আপনাদের", "তোমার", "তোমাদের", "তোর", "তোদের")) + r")(?!\S)")
#: a parent or a wife as the one who holds the writer's thing: "amar bou passport lukai rakhse", "ammu amar phone niye nise"
#: (not "husband": a marriage is a known cover for trafficking; not "bhai" or "mama", said to anyone)
_KIN_HOLDER = re.compile(r"(?:^|\s)(?:amar\s|my\s|" + _N("আমার") + r"\s)?(?:bou|wife|biwi|ammu|amma|ammi|mom|mum|mother|abbu|abba|baba|dad|father|"
                         + "|".join(_N(w) for w in ("বউ", "বৌ", "স্ত্রী", "আম্মু", "আম্মা", "আব্বু", "আব্বা", "বাবা"))
                         + r")(?!\s?(?:er|r|'s|" + _N("র") + r"|" + _N("ের") + r")(?!\S))\s(?:\S+\s){0,3}?(?:(?:amar|my|"
                         + _N("আমার") + r")\s)?" + _DOC)
#: a return on a condition later in the sentence: the holder is a creditor ("passport amar kache, baki taka dile dibo")
_ON_CONDITION = re.compile(r"(?<!\S)(?:dile|dileo|pathaile|pathale|shodh|sodh|porishodh|until|till|unless|if you|jotodin|porjonto|chara|chhara|"
                           + "|".join(normalise_keyword(w) for w in ("দিলে", "পাঠালে", "শোধ", "পরিশোধ", "যতদিন", "পর্যন্ত", "ছাড়া"))
                           + r")(?!\w)")
#: a use let only by the measure ("once a week", "5 min", "only on Friday", "হপ্তায় একবার"): the ration is the control
#: (a permission so measured is no owner holding their own thing)
_RATIONED = re.compile(r"(?<!\w)(?:once|twice|(?:one|two|three|\d{1,2}) times?|\d{1,3}\s?(?:min|mins|minute|minutes|minit)|only on|only for|"
                       r"for (?:a|an|one|\d{1,2}) (?:min|minute|minutes|hour|hours)|a week|per week|every (?:friday|week|month)|"
                       r"ekbar|ek bar|duibar|dui bar|shudhu|sudhu|khali|" + "|".join(normalise_keyword(w) for w in (
                           "একবার", "দুইবার", "শুধু", "মিনিট", "সপ্তাহে", "হপ্তায়")) + r")(?!\w)")


_SAYS = re.compile(r"(?<!\S)(?:bolse|bolche|bole|bollo|bolsilo|koise|koy|said|says|told|asked|wants|" + "|".join(_N(w) for w in (
    "বলছে", "বলে", "বলল", "বললো", "কইছে", "কয়")) + r")(?!\S)")
#: the family's act of keeping or hiding ("lukai rakhse", "niye nise", "hid", "took", "keeps")
_KEEPS = re.compile(r"(?<!\S)(?:rakh|rekh|niye|nie|nise|nilo|lukai|lukiye|lukaye|hid|hides|hidden|took|takes|keeps|kept|has|holds|confiscat|"
                    + "|".join(_N(w) for w in ("রাখ", "রেখ", "নিয়", "নিছ", "নিল", "লুকা", "লুকি")) + r")")


#: an employer or a broker named between: "ammu malik passport rekhe dise" (the parent is addressed)
_OTHER_HOLDER = re.compile(r"(?<!\S)(?:malik|boss|madam|company|agent|dalal|kofil|kafil|kafeel|sponsor|manager|supervisor|they|ora|era|tara|"
                           r"employer|agency|" + "|".join(_N(w) for w in ("মালিক", "ম্যাডাম", "কোম্পানি", "এজেন্ট", "দালাল", "কফিল", "ওরা", "তারা", "এরা"))
                           + r")\S*(?!\S)")


def held_by_kin(t: str, start: int, end: int) -> str | None:
    """The writer's parent or wife as the holder of the hit's thing, in its clause ("amar bou
    passport lukai rakhse", "mom took my phone"), or None: a family keeping, not control. A
    second person's thing ("ammu tomar passport ...") or another's is not the writer's."""
    c0, c1 = _clause(t, start, end)
    m = _KIN_HOLDER.search(t, c0, c1)
    if m is None or m.start() > end or _YOURS.search(m.group(0)) or _SAYS.search(m.group(0)) or _OTHER_HOLDER.search(m.group(0)):
        return None  # "ammu bolse passport e boyos barate hobe": the parent speaks, holds nothing
    keeps = _KEEPS.search(t, m.end(), c1)
    if not keeps:
        return None
    if _OTHER_HOLDER.search(t, m.end(), keeps.start()):
        return None  # "আম্মা ফোনটা মালিকে নিয়া রাখে": the mother is spoken to; the owner keeps it
    return "held by family: " + m.group(0).strip()


#: an order to say what follows, before the owner's claim in its sentence ("অডিটের লোক আসলে বলতে বলছে ... পাসপোর্ট
#: নিজের কাছে", "bolte bolse passport nijer kache", "told us to say our passports are with us", "bolbi passport amar
#: kache"): the line the worker is coached to give an inspector, not where the passport is (round 21, part F)
_COACHED = re.compile(r"(?<!\S)(?:bolte|boilte|koite|" + "|".join(_N(w) for w in ("বলতে", "বইলতে", "কইতে")) + r")\s(?:\S+\s)?"
                      r"(?:bol|boil|koi|kay|koy|" + "|".join(_N(w) for w in ("বল", "বইল", "কই", "কয়", "কৈ")) + r")\S*"
                      r"|(?<!\w)(?:told|asked|ordered|made)\s(?:us|me|them|him|her|everyone|all)\s(?:\S+\s)?to\s(?:say|tell)(?!\w)"
                      r"|(?<!\S)(?:bolbi|bolben|bolba|bolis|koibi|koiba|koiben|" + "|".join(_N(w) for w in (
                          "বলবি", "বলবেন", "বলবা", "বলিস", "কইবি", "কইবা", "কইবেন")) + r")(?!\S)")


def self_held(t: str, start: int, end: int) -> str | None:
    """The words that say the thing of the hit is held by its owner, the writer ("amar passport amar
    kache", "my passport is with me", "I keep my passport", "boss gave me my passport back"), or
    None: the holder is "me" (or "nijer", its own), the owner is no one else, said as a present
    state, and no negation stands in the clause; or the reader told to keep their own thing safe
    ("keep your passport and papers safe", "passport nijer kache rakhben"), or a notice that the
    worker keeps it ("the passport stays with the worker"). An employer named before it as the
    subject ("company sobar passport nijer kache") keeps the hit."""
    c0, c1 = _clause(t, start, end)
    clause = t[c0:c1]
    if _ANY_NEGATION.search(clause):
        return None  # "he never gave me my passport back", "ami passport rakhte pari na"
    for rx in (_HELD_BN, _HELD_EN, _OWNER_KEEPS, _KEEP_SAFE, _LET_KEEP, _HELD_3P):
        for m in rx.finditer(clause):
            s, e = c0 + m.start(), c0 + m.end()
            if e <= start or s >= end:
                continue  # not the hit's thing
            if _DEMAND_AFTER.match(t, e) or _ON_CONDITION.search(t, e, _sentence_end(t, e)):
                continue  # "passport amar kache thakbe", "with me until you pay", "amar kache, taka dile dibo"
            if rx in (_LET_KEEP, _HELD_3P):
                # the owner is named inside the words (my, nijer, his), and one who lets is expected before them
                if _COACHED.search(t, _sentence(t, start, end)[0], s):
                    continue
                if rx is _LET_KEEP and _RATIONED.search(t, e, _sentence_end(t, e)):
                    continue  # "lets me use my mobile once a week, 5 min": the ration is the control
                return "held by its owner: " + m.group(0).strip()
            other = _OTHERS.search(t[c0:s + (len(m.group(0)) - len(m.group(0).lstrip()))])
            if other and not (rx is _KEEP_SAFE and _YOURS.match(other.group(0).strip())):
                # "apnar passport amar kache", "tor bhaiyer passport"; the reader told to keep their own
                # ("apnar passport nije rakhun") keeps the owner's thing with the owner
                continue
            if rx in (_OWNER_KEEPS, _KEEP_SAFE) and _TO_ME.search(t, e):
                continue  # "keep your passport safe, give it to me at the airport"
            if _OTHER_HOLDER.search(t, c0, s):
                continue  # "company sobar passport nijer kache", "malik bole passport stays with the worker"
            own = _OWN_HOLDER.search(m.group(0)) is not None  # "passport nijer kache": whose is said by "nijer"
            if rx is _HELD_BN and m.group("rakhe") and t[c0:s].strip(" ,") and not _MINE.search(t[max(0, s - 12):s]):
                continue  # "sardar passport nijer kache rakhe": "keeps" says who keeps it; only with no subject before ("..., passport nijer kase rakhe")
            if (rx is _HELD_BN and not own and not _MINE.search(t[max(0, s - 12):s])
                    and (_YOURS.search(t) or not _STILL_HERE.search(m.group(0)))):
                # whose passport is not said: a bare "passport amar kache" is the recruiter's classic line
                # ("advance pathan, passport amar kache"); "passport amar kache ache" (it is with me) is a report
                continue
            if _COACHED.search(t, _sentence(t, start, end)[0], s):
                continue  # "audit ashle bolte bolse passport nijer kache": the line the worker is told to give
            return "held by its owner: " + m.group(0).strip()
    return None


#: the employer as the one who pays the costs: "company nije shob khoroch dilo", "কোম্পানি সব খরচ দিছে",
#: "the employer paid all costs" (the worker's fee or debt is not there)
_EMPLOYER_PAYS = re.compile(r"(?<!\S)(?:company|kompani|malik|kofil|kafeel|employer|sponsor|the company|" + "|".join(_N(w) for w in (
    "কোম্পানি", "মালিক", "কফিল")) + r")\S*\s(?:nije\s|nijei\s|itself\s|" + _N("নিজে") + r"\s)?(?:\S+\s){0,2}?"
    r"(?:khoroch|khorcha|cost|costs|expenses|ticket|visa fee|" + "|".join(_N(w) for w in ("খরচ", "টিকিট")) + r")\S*\s"
    r"(?:\S+\s)?(?:dilo|dise|dey|diyeche|dichhe|dicche|bohon kore|bohon korse|paid|pays|covered|covers|bore|bears|"
    + "|".join(_N(w) for w in ("দিল", "দিছে", "দিয়েছে", "দেয়", "দিচ্ছে", "বহন করে", "বহন করছে", "বহন করেছে")) + r")(?!\w)"
    r"|(?<!\w)(?:the )?(?:employer|company|sponsor) (?:paid|pays|covered|covers|bore|bears) (?:for )?(?:all |every |the )?(?:costs?|expenses|fees?|ticket|visa)(?!\w)")
#: the cost passed back to the worker after all: "company dise, pore beton theke kete nise"
_PASSED_BACK = re.compile(r"(?<!\w)(?:kete|katbe|kate|cut|deduct|" + "|".join(_N(w) for w in ("কেটে", "কাটে", "কাটবে")) + r")\S*")


def borne_by_employer(t: str, start: int, end: int) -> str | None:
    """The employer as the payer of the costs in the hit's clause ("company nije shob khoroch
    dilo", "the employer paid all costs"), or None: the worker's fee or debt is denied, unless the
    message says the cost was cut from the worker's pay after all."""
    c0, c1 = _clause(t, start, end)
    m = _EMPLOYER_PAYS.search(t, c0, c1)
    if m is None or _PASSED_BACK.search(t):
        return None
    return "the employer pays: " + m.group(0)


#: what is "given" when a worker asks and is no giving back: abuse, a beating, a threat ("chaile gali dey",
#: "চাইলে মাইর দেয়", "chaile dhomki dey")
_HARM_GIVEN = (r"(?:gali|galagali|mar|mair|maar|dhomok|dhomki|humki|boka|thappor|lathi|ghushi|"
               + "|".join(_N(w) for w in ("গালি", "গালাগালি", "মার", "মাইর", "ধমক", "ধমকি", "হুমকি", "বকা", "থাপ্পড়", "লাথি", "ঘুষি"))
               + r")(?!\w)")
#: the thing given back whenever its owner asks: "company passport locker e rakhe, chaile dey", "HR holds
#: passports for safekeeping, we get them any time on request" (safekeeping, not retention); "chaileo dey
#: na" (not even when asked) is the complaint, and so is abuse given for the asking ("chaile gali dey")
_ON_REQUEST = re.compile(r"(?<!\w)(?:whenever (?:we|i|you) (?:ask|want|need)|any ?time (?:we|i|you) (?:ask|want|need)|(?:any ?time )?on request"
                         r"|(?:chaile|chailei|chaile sathe sathe|" + "|".join(_N(w) for w in ("চাইলে", "চাইলেই")) + r")\s(?:(?!" + _HARM_GIVEN + r")\S+\s){0,2}?"
                         r"(?:dey|pai|dibe|ferot dey|" + "|".join(_N(w) for w in ("দেয়", "পাই", "দিবে", "ফেরত দেয়")) + r"))"
                         r"(?!\s?(?:na|nai|ni|" + "|".join(_N(w) for w in ("না", "নাই", "নি")) + r")(?!\w))(?!\w)")


def returned_on_request(t: str, start: int, end: int) -> str | None:
    """The hit's thing said to be given back whenever its owner asks, from the hit's clause to the
    end of its sentence ("chaile dey", "we get them any time on request"), or None: safekeeping, not retention. A
    negation in the clause of the request ("chaileo dey na") keeps the hit."""
    c0, _ = _clause(t, start, end)
    m = _ON_REQUEST.search(t, c0, _sentence_end(t, end))
    if m is None or _ANY_NEGATION.search(t, m.start(), m.end()):
        return None
    return "given back on request: " + m.group(0)
