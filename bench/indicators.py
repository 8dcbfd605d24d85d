"""Benchmark: text through normalisation, every rule pack and every entity extractor, against
`rg -F -f keywords.txt` (ripgrep with the packs' keywords alone) on the same text, same run.

Usage:  .venv/bin/python bench/indicators.py [--mb 200] [--workers 2]

The corpus is generated: one message per line, mixed English, Bengali and romanised Bengali
everyday chat composed from phrase pieces (names, times, amounts, places and the occasional
phone number vary, so lines rarely repeat), with 1 in 50 lines a recruiter's or a victim's
message and 1 in 50 a news or awareness item. Also prints how many of the labelled lines each rule set flags (recall on the
positives, false-positive rate on the everyday and news lines).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evidtriage.indicators import matcher as matcher_module  # noqa: E402
from evidtriage.indicators.matcher import Matcher  # noqa: E402
from evidtriage.indicators.normalise import normalise_keyword  # noqa: E402
from evidtriage.indicators.rules import load_packs  # noqa: E402
from evidtriage.resources import builtin_rules_dir  # noqa: E402

EVERYDAY = [
    "bhai kemon acho? eid e bari ashbo, ammu ke salam dio", "ঠিক আছে ভাই, কাল দেখা হবে",
    "The meeting is at 5pm tomorrow, please bring the documents.", "আমি ভালো আছি, তুমি কেমন আছো?",
    "ajke khub gorom, bristi hole bhalo hoto", "বাজার থেকে চাল আর ডাল এনো", "Happy birthday! 🌸🎂",
    "office e late hobe, rate phone dibo", "বাবুর স্কুলের বেতন দিতে হবে কাল", "send me the photos from the wedding",
    "passport photos are ready, pick them up", "student visa er kagoj jama disi", "ঈদে বাড়িতে টাকা পাঠালাম বিকাশে",
]
POSITIVE = [
    "free visa, leave your passport with me, send the advance by bKash 01712-345678",
    "পাসপোর্ট আমার কাছে জমা রাখতে হবে, অগ্রিম ৫০ হাজার টাকা পাঠান",
    "malik passport niye nise, 4 mash beton dey na", "they keep us locked in the room at night",
    "Malaysia visa cost 5 lakh taka, half now", "কাজ ছাড়তে দিচ্ছে না, মারধর করে",
]
NEWS = [
    "সতর্ক থাকুন: দালালের প্রতারণা থেকে বাঁচুন, হটলাইনে ফোন করুন",
    "RAB arrested two men of a trafficking ring who kept passports, according to police",
]


OPENERS = ["bhai", "apa", "ammu", "abbu", "dost", "ভাই", "আপা", "আম্মু", "hi", "hello", "assalamualaikum", "ok", ""]
PIECES = [
    "kemon acho?", "ki khobor?", "ami bhalo achi", "khawa daowa korecho?", "ajke {n} ta porjonto kaj", "rate phone dibo",
    "{day} e dekha hobe", "bazar theke {food} anbo", "ঠিক আছে", "কাল দেখা হবে", "তুমি কেমন আছো?", "আমি বাসায় আছি",
    "{food} রান্না করেছি", "{day} আসবো", "see you at {h} pm", "the bus is late again", "call me when you are free",
    "happy birthday {name}!", "eid mubarak 🌙", "😂😂", "👍", "thik ache", "accha", "shuno", "{name} ke bolo amake phone dite",
    "school er fee {n}00 taka", "doctor er appointment {day}", "bristi hocche khub", "ajke onek gorom", "traffic jam {h} ghonta",
    "ঈদে বাড়ি আসবো ইনশাআল্লাহ", "{name} er biye {day}", "the meeting moved to {h}:30", "bring the {food} please",
    "send me the photos", "ami office e", "{n} minute por ashchi", "mobile e charge nai", "net slow", "ঘুমাও এখন",
]
NAMES = ["Rina", "Karim", "Shila", "Babu", "Nasrin", "Habib", "Mitu", "Sohel", "রিনা", "করিম"]
FOODS = ["chal", "dal", "mach", "biryani", "pitha", "ilish", "চাল", "ডাল", "মাছ"]
DAYS = ["kal", "porshu", "shukrobar", "sunday", "friday", "কাল", "শুক্রবার"]


def everyday(rng: random.Random) -> str:
    parts = [rng.choice(OPENERS)] + [rng.choice(PIECES) for _ in range(rng.choice((1, 1, 2, 3)))]
    text = " ".join(p for p in parts if p).format(n=rng.randrange(2, 60), h=rng.randrange(1, 12),
                                                  name=rng.choice(NAMES), food=rng.choice(FOODS), day=rng.choice(DAYS))
    if rng.random() < 0.02:
        text += f" amar notun number 01{rng.choice('3456789')}{rng.randrange(10**7, 10**8)}"
    if rng.random() < 0.01:
        text += " https://www.youtube.com/watch?v=" + "".join(rng.choice("abcdefXYZ0123") for _ in range(11))
    return text


def positive(rng: random.Random) -> str:
    """A recruiter's or victim's message with its amounts, numbers and places varied."""
    text = rng.choice(POSITIVE)
    text = text.replace("01712-345678", f"01{rng.choice('3456789')}{rng.randrange(10, 99)}-{rng.randrange(10**5, 10**6)}")
    text = text.replace("৫০", rng.choice(["৩০", "৪০", "৫০", "৭০"])).replace("5 lakh", f"{rng.randrange(2, 9)} lakh")
    return text.replace("Malaysia", rng.choice(["Malaysia", "Saudi", "Dubai", "Qatar", "Oman"]))


def corpus(path: Path, mb: int) -> list[tuple[str, str]]:
    rng = random.Random(7)
    lines = []
    size = 0
    while size < mb * 1_000_000:
        r = rng.random()
        kind, text = ("pos", positive(rng)) if r < 0.02 else ("news", rng.choice(NEWS)) if r < 0.04 \
            else ("neg", rng.choice(EVERYDAY) if r < 0.10 else everyday(rng))
        lines.append((kind, text))
        size += len(text.encode()) + 1
    path.write_text("\n".join(t for _, t in lines) + "\n", encoding="utf-8")
    return lines


_matcher = None
_texts: list[str] = []
_joined = ""
_kinds = b""  # each line's label: p(ositive), n(egative: everyday), s (news or awareness)
KINDS = {"pos": "p", "neg": "n", "news": "s"}


def _match_chunk(chunk: tuple[int, int, int]) -> dict[str, tuple[int, int]]:
    """The lines of one chunk (from, to in the joined corpus; the first line's number) matched;
    for each label, how many lines and how many scored 3 or more."""
    # the corpus reaches the workers by fork as one string, of which each takes its chunk's lines
    # (taking them from the list of four million strings would copy every page it touches: each
    # slice writes the strings' reference counts). Only a tally travels back, as ripgrep -c
    # prints only counts: four million scores sent to the parent and gathered there took 12% of
    # the time, the parent competing with the workers for the two cores.
    start, end, first = chunk
    scores = [r.score for r in _matcher.match_many(_joined[start:end].split("\n"))]
    labels = _kinds[first:first + len(scores)].decode()
    return {kind: (labels.count(code), sum(1 for label, s in zip(labels, scores) if label == code and s >= 3))
            for kind, code in KINDS.items()}


def breakdown(texts: list[str], packs) -> None:
    """One core, the first 5 MB, batches of 5,000: the prefilter, then each text it lets on matched
    alone as match_many does (normalised first: together when not plain ASCII; with the entity
    hints the prefilter gives; its rules only where one may hit), timed by what the prefilter said."""
    from evidtriage.indicators.normalise import normalise
    from evidtriage.indicators.prefilter import ENTITY, RULE, FoldedBatch

    matcher = Matcher(packs)
    matcher.prepare()
    size, end = 0, 0
    while size < 5_000_000 and end < len(texts):
        size += len(texts[end].encode()) + 1
        end += 1
    seen: set[str] = set()
    kinds = {ENTITY: "entities only", ENTITY | RULE: "entities and rules", RULE: "rules only"}
    spent = dict.fromkeys(["prefilter", "normalise", *kinds.values()], 0.0)
    count = dict.fromkeys(kinds.values(), 0)
    for i in range(0, end, 5000):
        batch = texts[i:min(i + 5000, end)]
        t = time.perf_counter()
        flags = matcher._prefiltered(batch)
        spent["prefilter"] += time.perf_counter() - t
        hints = {j: matcher._prefilter.hints(j) for j in range(len(batch))}
        todo = {j: f for j, f in enumerate(flags.tolist()) if f and batch[j] not in seen}
        t = time.perf_counter()
        folded = [j for j in todo if not batch[j].isascii()]
        norms = dict(zip(folded, FoldedBatch([batch[j] for j in folded]).normalised()))
        norms.update((j, normalise(batch[j])) for j in todo if j not in norms)
        spent["normalise"] += time.perf_counter() - t
        for j, f in todo.items():
            if batch[j] in seen:
                continue
            seen.add(batch[j])
            t = time.perf_counter()
            matcher.match(batch[j], find_entities=f & ENTITY != 0, norm=norms[j], hints=hints[j],
                          find_rules=f & RULE != 0)
            spent[kinds[f]] += time.perf_counter() - t
            count[kinds[f]] += 1
    print(f"breakdown, one core, {size / 1e6:.1f} MB ({end:,} lines), repeats matched once: "
          f"total {sum(spent.values()):.3f} s")
    for k, v in spent.items():
        per = f", {count[k]:,} texts, {v / count[k] * 1e6:.0f} us each" if count.get(k) else ""
        print(f"  {k}: {v:.3f} s{per}")


def main() -> None:
    global _matcher, _texts, _joined, _kinds
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rounds", type=int, default=3,
                    help="timed rounds, ripgrep then evidtriage in each; medians are reported (default 3)")
    ap.add_argument("--no-repeat-cache", action="store_true",
                    help="match repeated texts again (shows what the matcher's result cache adds)")
    ap.add_argument("--breakdown", action="store_true",
                    help="also: where one core's time goes on the first 5 MB (prefilter, texts it lets on)")
    args = ap.parse_args()
    if args.no_repeat_cache:
        matcher_module.CACHED_TEXT = -1
    if not shutil.which("rg"):
        sys.exit("ripgrep (rg) is needed: apt-get install ripgrep")
    work = Path("/tmp/evidtriage-bench-indicators")
    work.mkdir(exist_ok=True)
    text_file = work / f"corpus-{args.mb}.txt"
    lines = corpus(text_file, args.mb)
    packs = load_packs([builtin_rules_dir()])
    _matcher = Matcher(packs)
    kws = sorted({normalise_keyword(k.rstrip("*")) for p in packs for r in p.rules for g in r.groups for k in g.keywords})
    (work / "keywords.txt").write_text("\n".join(k for k in kws if k) + "\n", encoding="utf-8")
    mb = text_file.stat().st_size / 1e6

    _texts = [t for _, t in lines]
    # the corpus's millions of tuples would make every garbage collection of the matcher's short-
    # lived objects walk them (a scan holds a few thousand texts at a time, not millions)
    _matcher.prepare()  # as the scan does before its workers fork
    assert not any("\n" in t for t in _texts), "one message a line"
    _joined = "\n".join(_texts)
    ends = list(itertools.accumulate(len(t) + 1 for t in _texts))  # where each line's "\n" is, plus one
    chunks = [(ends[i - 1] if i else 0, ends[min(i + 5000, len(_texts)) - 1] - 1, i) for i in range(0, len(_texts), 5000)]
    _kinds = "".join(KINDS[kind] for kind, _ in lines).encode()
    gc.freeze()
    rg_times, ev_times = [], []
    for _ in range(max(1, args.rounds)):  # the machines are shared and noisy: each tool in turn
        t = time.perf_counter()
        subprocess.run(["rg", "-F", "-i", "-c", "-f", str(work / "keywords.txt"), str(text_file)],
                       stdout=subprocess.DEVNULL, check=False)
        rg_times.append(time.perf_counter() - t)
        t = time.perf_counter()  # fresh workers each round: their repeat caches start empty
        with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("fork")) as pool:
            tallies = list(pool.map(_match_chunk, chunks))
        ev_times.append(time.perf_counter() - t)
    rg_s, ev_s = statistics.median(rg_times), statistics.median(ev_times)

    flagged = {k: sum(t[k][1] for t in tallies) for k in KINDS}
    totals = {k: sum(t[k][0] for t in tallies) for k in KINDS}
    assert sum(totals.values()) == len(lines), "every line matched once"
    print(f"corpus: {mb:.0f} MB, {len(lines):,} lines; rules: {sum(len(p.rules) for p in packs)}; keywords: {len(kws)}")
    rounds = f"median of {len(rg_times)} rounds" if len(rg_times) > 1 else "one round"
    print(f"ripgrep -F -f keywords: {rg_s:.2f} s ({mb / rg_s:,.0f} MB/s), {rounds}: "
          + " ".join(f"{x:.2f}" for x in rg_times))
    print(f"evidtriage (normalise + all packs + all entities, {args.workers} workers): {ev_s:.2f} s "
          f"({mb / ev_s:.2f} MB/s, {len(lines) / ev_s:,.0f} messages/s), {rounds}: "
          + " ".join(f"{x:.2f}" for x in ev_times))
    distinct = len(set(_texts))
    print(f"ratio: evidtriage takes {ev_s / rg_s:,.1f}x ripgrep's time (target: within 10x; each round: "
          + " ".join(f"{e / r:.1f}" for r, e in zip(rg_times, ev_times)) + "); "
          f"{distinct:,} distinct texts ({distinct / len(_texts):.0%}); repeat cache "
          f"{'off' if args.no_repeat_cache else 'on'}")
    print(f"score >= 3: positives {flagged['pos']}/{totals['pos']} ({flagged['pos'] / max(1, totals['pos']):.0%} recall); "
          f"everyday {flagged['neg']}/{totals['neg']} ({flagged['neg'] / max(1, totals['neg']):.2%} false positives); "
          f"news/awareness {flagged['news']}/{totals['news']} ({flagged['news'] / max(1, totals['news']):.2%})")
    flagged_all = flagged["pos"] + flagged["neg"] + flagged["news"]
    print(f"precision: {flagged['pos'] / max(1, flagged_all):.2%} of the {flagged_all:,} lines scoring 3 or more "
          f"are positives (the corpus is generated: these figures say little about real phones)")
    if args.breakdown:
        breakdown(_texts, packs)


if __name__ == "__main__":
    main()
