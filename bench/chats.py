"""Benchmark: chat parsers' speed and peak memory on large generated exports.

Usage:  .venv/bin/python bench/chats.py [--lines 500000] [--telegram-mb 200] [--rounds 3]

* WhatsApp: a generated 500,000-line Android export (English, Bengali and romanised Bengali;
  multi-line messages, media markers), parsed by the built-in parser on one core, messages a
  second and peak RSS. Peer in the same run: whatstk (``pip install whatstk`` into the venv; it
  is not a dependency), which parses the same file into a pandas DataFrame.
* Telegram: a generated ``result.json`` of the given size (full-export wrapper, text as strings
  and as entity lists), parsed by the built-in parser; messages a second and peak RSS of the
  process. Peer: the same file read with ``json.load`` (what a non-streaming parser needs before
  it sees the first message).

Each measurement runs in a fresh child process so that peak RSS is its own. Medians of the
rounds are printed, as a Markdown table for bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Rahim Dalal", "Karim Bhai", "Ammu", "+880 1712-345678", "Shila", "Agency Office"]
TEXTS = [
    "bhai kemon acho? eid e bari ashbo, ammu ke salam dio", "ঠিক আছে ভাই, কাল দেখা হবে",
    "The meeting is at 5pm tomorrow, please bring the documents.", "<Media omitted>",
    "free visa, leave your passport with me, send the advance by bKash 01712-345678",
    "পাসপোর্ট আমার কাছে জমা রাখতে হবে, অগ্রিম ৫০ হাজার টাকা পাঠান", "ok 👍", "Happy birthday! 🌸🎂",
    "Malaysia factory job, no experience needed\nsalary 1500 ringgit\nfood and room free",
]


def make_whatsapp(path: Path, lines: int) -> int:
    rng = random.Random(7)
    written = day = 0
    with path.open("w", encoding="utf-8") as out:
        while written < lines:
            day += 1
            d, mo, y = 1 + day % 28, 1 + (day // 28) % 12, 20 + (day // 336) % 6
            for i in range(40):
                text = rng.choice(TEXTS)
                out.write(f"{d:02d}/{mo:02d}/{y}, {8 + i // 4:02d}:{(i * 7) % 60:02d} - {rng.choice(NAMES)}: {text}\n")
                written += text.count("\n") + 1
    return written


def make_telegram(path: Path, megabytes: int) -> int:
    rng = random.Random(11)
    target = megabytes * 1024 * 1024
    n = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n "about": "Here is the data you requested.",\n "chats": {\n  "about": "chats",\n  "list": [\n')
        chat = 0
        while out.tell() < target:
            chat += 1
            out.write(("   ,\n" if chat > 1 else "") + '   {\n    "name": "Chat %d",\n    "type": "personal_chat",\n'
                      '    "id": %d,\n    "messages": [\n' % (chat, 4000 + chat))
            for i in range(5000):
                ts = 1704067200 + n * 37
                text = rng.choice(TEXTS)
                if i % 5 == 0:
                    body = [text, {"type": "phone", "text": "+8801712345678"}, " call me"]
                else:
                    body = text
                msg = {"id": n, "type": "message", "date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)),
                       "date_unixtime": str(ts), "from": rng.choice(NAMES), "from_id": f"user{1000 + i % 9}",
                       "text": body, "text_entities": [{"type": "plain", "text": text}]}
                out.write(("     ,\n" if i else "") + "     " + json.dumps(msg, ensure_ascii=False) + "\n")
                n += 1
            out.write("    ]\n   }\n")
        out.write("  ]\n }\n}\n")
    return n


def child(kind: str, path: str) -> None:
    """Run one measurement in this (fresh) process and print JSON."""
    t0 = time.perf_counter()
    n = 0
    if kind == "json.load":
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        n = sum(len(c["messages"]) for c in data["chats"]["list"])
    elif kind == "whatstk":
        from whatstk import WhatsAppChat

        n = len(WhatsAppChat.from_source(filepath=path, hformat="%d/%m/%y, %H:%M - %name:").df)
    else:
        from evidtriage.parsers import FileInfo, ParseContext
        from evidtriage.plugins import Plugins

        parser = Plugins((), entry_points=False).parser(kind)
        p = Path(path)
        info = FileInfo("BENCH", p.name, p.name, p.stat().st_size, "text/plain", "0" * 64)
        t0 = time.perf_counter()
        with p.open("rb") as stream:
            for _ in parser().parse(info, stream, ParseContext(timezone="Asia/Dhaka")):
                n += 1
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": seconds, "rss_mb": rss}))


def measure(kind: str, path: Path) -> dict | None:
    r = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True)
    if r.returncode:
        last = (r.stderr.strip().splitlines() or ["failed"])[-1]
        print(f"  {kind}: {last}", file=sys.stderr)
        return None
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=500_000)
    ap.add_argument("--telegram-mb", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", nargs=2, metavar=("KIND", "PATH"))
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        wa = Path(tmp) / "WhatsApp Chat with Rahim Dalal.txt"
        lines = make_whatsapp(wa, args.lines)
        print(f"WhatsApp export: {lines:,} lines, {wa.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        tg = Path(tmp) / "result.json"
        tg_n = make_telegram(tg, args.telegram_mb)
        print(f"Telegram export: {tg_n:,} messages, {tg.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        for label, kind, path in (("WhatsApp, evidtriage whatsapp_txt", "whatsapp_txt", wa),
                                  ("WhatsApp, whatstk (peer)", "whatstk", wa),
                                  ("Telegram, evidtriage telegram_json", "telegram_json", tg),
                                  ("Telegram, json.load (peer)", "json.load", tg)):
            runs = []
            for _ in range(args.rounds):
                m = measure(kind, path)
                if m is None:
                    break
                runs.append(m)
            if not runs:
                rows.append((label, "not run", "", "", ""))
                continue
            secs = statistics.median(r["seconds"] for r in runs)
            n = runs[0]["n"]
            rows.append((label, f"{n:,}", f"{secs:.2f}", f"{n / secs:,.0f}", f"{max(r['rss_mb'] for r in runs):,.0f}"))
    print("| parser | messages | median s | messages/s | peak RSS MB |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
