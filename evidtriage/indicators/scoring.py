"""Scores: how much an item deserves an officer's attention, explainable from its hits.

An artifact's score is the sum of the weights of the distinct rules it matched (each rule counts
once, however often it matched), plus 0.5 for each indicator category beyond the first (the ILO
notes that several indicators together carry more weight than one), plus 0.5 when a payment
account, a foreign mobile number or a crypto address appears beside at least one indicator;
suppressor rules (category ``suppressor``: news, NGO-awareness, official-channel and mobile-money
receipt voice, which use the same words as recruiters) multiply the total by
:data:`SUPPRESS_FACTOR`, however many of them matched, and hold it below the review line. Scores
are never below zero.

The review line (:func:`review_line`, recorded in the run manifest) says which artifacts are
``flagged`` for an officer: those whose score reaches it. Two things keep an item below it,
whatever its sum: a voice that only reports, warns or receipts (a suppressor matched), and weak
signals alone (no rule of weight :data:`STRONG_WEIGHT` or more, and fewer than
:data:`WEAK_TOGETHER` distinct weak rules: a payment receipt, a foreign number, a salary figure,
one ambiguous word). Weak signals still add to a real hit. A receipt's voice
(:data:`OWN_SENTENCE_VOICES`) is the receipt's only: a rule of weight :data:`STRONG_WEIGHT` or more
whose words lie in another sentence than the receipt's (the writer's own note beside a pasted
receipt) is scored as if no receipt were there. A conversation's or a file's score is the sum of
its artifacts' scores, and its rank also shows its highest single item.
"""

from __future__ import annotations

from .clauses import sentence_index

SUPPRESS_FACTOR = 0.3
#: The weight from which a rule alone is an indicator (the research's "moderate" grade, 3 of 5);
#: lighter rules are context that adds to a real hit but never flags an item by itself.
STRONG_WEIGHT = 3.0
#: How many distinct weak rules (weight 1 or more) together count as an indicator: several
#: indicators taken together (ILO 2012), as "salary 1500 riyal, food and room free, no experience
#: needed, send your passport copy" is; one or two are context.
WEAK_TOGETHER = 3
#: How far below the review line an item held below it is put (so that it still ranks first
#: among the weak mentions, above items with less).
BELOW_LINE = 0.5
#: The review line of a pack set whose packs declare none.
DEFAULT_REVIEW_LINE = 3.0
#: Suppressors whose cue is a pasted record (a mobile-money receipt): their voice covers the
#: sentences their cue words stand in, not a note the writer adds beside them.
OWN_SENTENCE_VOICES = frozenset({"neg.mfs_receipt"})
PAYMENT_ENTITIES = {"mfs_account", "mfs_transaction", "btc_address", "eth_address", "tron_address", "iban"}


def score(hits, entities, line: float = DEFAULT_REVIEW_LINE, text: str = "") -> tuple[float, str]:
    """The score of an artifact from its hits and entities, and its explanation (``text``: the
    text the hits' spans point into, to read a receipt's sentences; without it a receipt holds all)."""
    if not hits:
        return 0.0, "no indicator"  # entities alone add nothing
    best: dict[str, float] = {}
    suppressors = sorted({h.rule_id for h in hits if h.category == "suppressor"})
    apart = _apart_from_receipt(hits, text) if text and suppressors else []
    for h in hits:
        if h.category != "suppressor":
            best[h.rule_id] = h.weight
    positive = {h.rule_id: h for h in hits if h.weight > 0 and h.category != "suppressor"}
    categories = sorted({h.category for h in positive.values()})
    parts = [f"{rid} {w:+g}" for rid, w in sorted(best.items())]
    total = sum(best.values())
    if len(categories) > 1:
        bonus = 0.5 * (len(categories) - 1)
        total += bonus
        parts.append(f"{len(categories)} categories {bonus:+g}")
    linked = sorted({e.type for e in entities if e.type in PAYMENT_ENTITIES
                     or (e.type == "phone" and not e.value.startswith("+880"))})
    if positive and linked:
        total += 0.5
        parts.append(f"with {', '.join(linked)} +0.5")
    if apart:
        parts.append(f"{', '.join(suppressors)} (receipt voice) holds its own sentence only: "
                     f"{', '.join(apart)} stand apart from it")
    elif suppressors and total > 0:
        total *= SUPPRESS_FACTOR
        parts.append(f"{', '.join(suppressors)} (news, awareness, official or receipt voice) x{SUPPRESS_FACTOR:g}")
        if total >= line:
            total = line - BELOW_LINE
            parts.append(f"held below the review line {line:g}")
    elif (total >= line and not any(h.weight >= STRONG_WEIGHT for h in positive.values())
          and len([h for h in positive.values() if h.weight >= 1]) < WEAK_TOGETHER):
        total = line - BELOW_LINE
        parts.append(f"weak signals only: held below the review line {line:g}")
    total = round(max(0.0, total), 2)
    return total, ("; ".join(parts) + f" = {total:g}") if parts else "no indicator"


def aggregate(scores: list[float]) -> float:
    """A conversation's or a file's score from its artifacts' scores."""
    return round(sum(scores), 2)


def flagged(total: float, line: float = DEFAULT_REVIEW_LINE) -> bool:
    """Whether an artifact of this score is flagged for review."""
    return total >= line


def review_line(packs) -> float:
    """The score at or above which an artifact is ``flagged`` for an officer's review: the highest
    ``review_line`` that the packs' headers declare, or :data:`DEFAULT_REVIEW_LINE`."""
    declared = [p.review_line for p in packs if getattr(p, "review_line", None) is not None]
    return max(declared) if declared else DEFAULT_REVIEW_LINE


def _apart_from_receipt(hits, text: str) -> list[str]:
    """The strong rules whose words stand in another sentence than every receipt cue's, when the
    only voices that matched are receipts (:data:`OWN_SENTENCE_VOICES`); none otherwise."""
    voices = [h for h in hits if h.category == "suppressor"]
    if not voices or any(h.rule_id not in OWN_SENTENCE_VOICES for h in voices):
        return []
    sentence_of = sentence_index(text)

    def sentences(start: int, end: int) -> set[int]:
        return set(range(sentence_of(start), sentence_of(max(start, end - 1)) + 1))

    held = set().union(*(sentences(v.start, v.end) for v in voices))
    return sorted({h.rule_id for h in hits
                   if h.category != "suppressor" and h.weight >= STRONG_WEIGHT
                   and not any(h.start < v.end and v.start < h.end for v in voices)
                   and sentences(h.start, h.end) - held})
