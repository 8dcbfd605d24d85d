"""Benchmark: the WhatsApp for Android database parser on a msgstore.db of 1,000,000 messages.

Usage:  .venv/bin/python bench/msgstore.py [--messages 1000000] [--rounds 3] [--keep DIR]

Builds a ``msgstore.db`` of the current schema (``message``, ``chat``, ``jid``, ``message_media``,
``group_participant_user``; 2,000 one-to-one chats and 50 groups; text in English, Bengali and
romanised Bengali; one message in 20 with a media file, one in 200 deleted, a few system rows)
and a ``wa.db`` of names beside it, then parses it with the built-in ``whatsapp_android_db``
parser in a fresh child process on one core (``os.sched_setaffinity`` to one CPU where the OS
allows it). The time includes the private copy of the database that the parser reads (evidence is
never opened by SQLite). Prints messages a second (target >= 100,000), by the wall clock and by
the CPU time the child was given (on a shared machine the wall clock also counts the time other
processes held the core), and the child's peak RSS (target <= 300 MB), medians of the rounds, as a
Markdown table for bench/README.md.

The same child can be timed from outside (process start-up included), e.g. with farm-bench:

    .venv/bin/python bench/msgstore.py --keep /tmp/msgstore-bench     # builds, measures, keeps the db
    farm-bench -n 3 --timeout 600 -- .venv/bin/python bench/msgstore.py --child /tmp/msgstore-bench/msgstore.db
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidtriage.demo.ffs import MSGSTORE  # noqa: E402

T0 = 1_700_000_000_000
TEXTS = [
    "bhai kemon acho? eid e bari ashbo, ammu ke salam dio", "ঠিক আছে ভাই, কাল দেখা হবে",
    "The meeting is at 5pm tomorrow, please bring the documents.", "ok 👍",
    "free visa, leave your passport with me, send the advance by bKash 01712-345678",
    "পাসপোর্ট আমার কাছে জমা রাখতে হবে, অগ্রিম ৫০ হাজার টাকা পাঠান", "Happy birthday! 🌸🎂",
    "Malaysia factory job, no experience needed\nsalary 1500 ringgit\nfood and room free",
]
# the current msgstore.db schema the demo and the tests build, with the index the app keeps on
# (chat, sort order), which a million-row table needs for a realistic read
SCHEMA = MSGSTORE + "CREATE INDEX message_sort_id_index ON message (chat_row_id, sort_id);\n"


def build(folder: Path, messages: int, people: int = 2000, groups: int = 50) -> Path:
    rng = random.Random(16)
    db = folder / "msgstore.db"
    con = sqlite3.connect(db)
    con.executescript(SCHEMA)
    con.execute("PRAGMA synchronous = OFF")
    jids = [f"8801{700000000 + i:09d}@s.whatsapp.net" for i in range(people)]
    jids += [f"8801711111111-{1600000000 + g}@g.us" for g in range(groups)]
    con.executemany("INSERT INTO jid (_id, user, server, raw_string) VALUES (?, ?, ?, ?)",
                    [(i + 1, j.split("@")[0], j.split("@")[1], j) for i, j in enumerate(jids)])
    con.executemany("INSERT INTO chat (_id, jid_row_id, subject) VALUES (?, ?, ?)",
                    [(i + 1, i + 1, f"Group {i - people}" if i >= people else None) for i in range(len(jids))])
    con.executemany("INSERT INTO group_participant_user (group_jid_row_id, user_jid_row_id) VALUES (?, ?)",
                    [(people + g + 1, rng.randrange(people) + 1) for g in range(groups) for _ in range(20)])

    def rows():
        for n in range(1, messages + 1):
            chat = rng.randrange(len(jids)) + 1
            group = chat > people
            from_me = int(rng.random() < 0.4)
            sender = rng.randrange(people) + 1 if group and not from_me else None
            mtype = 15 if n % 200 == 0 else 7 if n % 997 == 0 else 1 if n % 20 == 0 else 0
            text = None if mtype in (15, 7, 1) else rng.choice(TEXTS)
            yield (n, chat, from_me, f"K{n}", sender, T0 + n * 1000, mtype, text)

    con.executemany("INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id, timestamp, message_type, "
                    "text_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows())
    con.execute("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, media_caption) "
                "SELECT _id, chat_row_id, 'Media/WhatsApp Images/IMG-' || _id || '.jpg', 'image/jpeg', 'see this' "
                "FROM message WHERE message_type = 1")
    con.commit()
    con.close()
    wa = sqlite3.connect(folder / "wa.db")
    wa.execute("CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL, display_name TEXT, "
               "wa_name TEXT)")
    wa.executemany("INSERT INTO wa_contacts (jid, display_name) VALUES (?, ?)",
                   [(j, f"Contact {i}") for i, j in enumerate(jids[:people]) if i % 3])
    wa.commit()
    wa.close()
    return db


def child(path: str) -> None:
    """Parse ``path`` in this (fresh) process on one core and print JSON."""
    try:
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    except (AttributeError, OSError):
        pass
    from evidtriage.model import Locator
    from evidtriage.parsers import FileInfo, ParseContext
    from evidtriage.plugins import Plugins

    parser = Plugins((), entry_points=False).parser("whatsapp_android_db")
    p = Path(path)
    info = FileInfo("BENCH", p.name, p.name, p.stat().st_size, "application/vnd.sqlite3", "0" * 64,
                    locator=Locator(str(p.resolve())))
    n = 0
    start = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = start.ru_utime + start.ru_stime
    t0 = time.perf_counter()
    with p.open("rb") as stream:
        for _ in parser().parse(info, stream, ParseContext()):
            n += 1
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu0
    print(json.dumps({"n": n, "seconds": seconds, "cpu": cpu, "rss_mb": usage.ru_maxrss / 1024}))


def measure(path: Path) -> dict | None:
    r = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True)
    if r.returncode:
        print("  child: " + (r.stderr.strip().splitlines() or ["failed"])[-1], file=sys.stderr)
        return None
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="build the database in DIR and keep it (for farm-bench)")
    ap.add_argument("--child", metavar="PATH")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / "msgstore.db"
        if not db.exists():
            t0 = time.perf_counter()
            build(folder, args.messages)
            print(f"built {db} ({db.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        runs = [m for m in (measure(db) for _ in range(args.rounds)) if m]
        if not runs:
            sys.exit("no run finished")
        secs = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        n = runs[0]["n"]
        rate, rss = n / secs, max(r["rss_mb"] for r in runs)
        print("| parser | messages | median wall s | messages/s, wall (target >= 100,000) | median CPU s | "
              "messages per CPU second | peak RSS MB (target <= 300) |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        print(f"| whatsapp_android_db, one core | {n:,} | {secs:.2f} | {rate:,.0f} | {cpu:.2f} | {n / cpu:,.0f} | {rss:,.0f} |")
        print(f"(load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wall time counts the "
              "time other processes held the core)", file=sys.stderr)


if __name__ == "__main__":
    main()
