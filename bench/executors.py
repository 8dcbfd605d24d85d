"""Benchmark: the same scan with ``--executor local`` and on a Dask cluster, and the store's
single writer's rates.

Usage:  .venv/bin/python bench/executors.py [--size-mb 1024] [--rounds 2] [--keep DIR]

* Tree: a generated mixed tree of about ``--size-mb``: large opaque files (videos, 8 MiB each,
  70% of the bytes), small binaries, JPEG photos, WhatsApp chat exports (bench/chats.py's
  generator) and a zip of chats and photos.
* Executors: a real ``dask scheduler`` and two ``dask worker --nthreads 1`` on 127.0.0.1, started
  once and kept (as a lab keeps them); then, in turn, ``evidtriage scan --no-ocr --workers 2``
  (local pool of two) and ``evidtriage scan --no-ocr --executor dask://...`` on a fresh case each,
  timed from outside (wall seconds of the whole command). The median of each and their ratio are
  printed; the findings of the two are checked to be the same.
* Writer: one scan in this process with the local pool, each store method the main process
  calls to record results timed: rows a second the single writer sustains for hash results,
  artifacts (parse) and matched texts.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
BIN = Path(sys.executable).parent


def make_tree(root: Path, size_mb: int) -> dict:
    from PIL import Image

    from chats import make_whatsapp

    rng = random.Random(19)
    root.mkdir(parents=True)
    budget = size_mb * 1024 * 1024
    counts = {"videos": 0, "small": 0, "photos": 0, "chats": 0, "zip": 1}
    (root / "DCIM").mkdir()
    (root / "Download").mkdir()
    (root / "WhatsApp").mkdir()

    def photo() -> bytes:
        img = Image.effect_noise((640, 480), rng.randint(20, 80)).convert("RGB")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85)
        return buf.getvalue()

    for i in range(4):
        chat = root / "WhatsApp" / f"WhatsApp Chat with Contact {i}.txt"
        make_whatsapp(chat, 25_000)  # the generator's texts are the same each time: the last line differs
        with chat.open("a", encoding="utf-8") as f:
            f.write(f"28/12/25, 23:59 - Contact {i}: last message {i}\n")
        counts["chats"] += 1
    photos = [photo() for _ in range(40)]
    for i in range(160):
        (root / "DCIM" / f"IMG_{i:04d}.jpg").write_bytes(photos[i % 40][:-2] + rng.randbytes(16) + b"\xff\xd9")
        counts["photos"] += 1
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(2):
            z.write(root / "WhatsApp" / f"WhatsApp Chat with Contact {i}.txt", f"export{i}/WhatsApp Chat.txt")
        for i in range(40):
            z.writestr(f"export0/IMG-{i:04d}.jpg", photos[i])
    (root / "Download" / "whatsapp-export.zip").write_bytes(buf.getvalue())
    used = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    while used < budget * 0.3:
        data = rng.randbytes(rng.randint(10_000, 200_000))
        (root / "Download" / f"file{counts['small']:05d}.bin").write_bytes(data)
        counts["small"] += 1
        used += len(data)
    block = rng.randbytes(8 * 1024 * 1024)
    while used < budget:
        data = rng.randbytes(64) + block[64:]  # distinct content, cheap to make
        (root / "DCIM" / f"VID_{counts['videos']:04d}.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + data)
        counts["videos"] += 1
        used += len(data) + 12
    counts["bytes"] = used
    counts["files"] = sum(1 for p in root.rglob("*") if p.is_file())
    return counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_cluster(logdir: Path) -> tuple[str, list[subprocess.Popen]]:
    port = free_port()
    address = f"127.0.0.1:{port}"
    procs = []

    def start(cmd, name):
        log = open(logdir / f"{name}.log", "wb")
        procs.append(subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                      start_new_session=True))

    start([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], "scheduler")
    for i in range(2):
        start([str(BIN / "dask"), "worker", f"tcp://{address}", "--nthreads", "1", "--host", "127.0.0.1",
               "--no-dashboard"], f"worker{i}")
    from distributed import Client

    end = time.monotonic() + 120
    while time.monotonic() < end:
        try:
            with Client(address, timeout=10) as c:
                if len(c.scheduler_info(n_workers=-1)["workers"]) == 2:
                    return address, procs
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the cluster did not start; logs in {logdir}")


def scan_once(src: Path, work: Path, name: str, *options: str) -> tuple[float, str]:
    case = work / name
    shutil.rmtree(case, ignore_errors=True)
    ev = str(BIN / "evidtriage")
    subprocess.run([ev, "case", "init", str(case), "--case-id", "BENCH", "--examiner", "bench"], check=True,
                   capture_output=True)
    subprocess.run([ev, "evidence", "add", str(case), str(src), "--exhibit", "EX01"], check=True, capture_output=True)
    t = time.monotonic()
    p = subprocess.run([ev, "scan", str(case), "--no-ocr", *options], capture_output=True, text=True)
    wall = time.monotonic() - t
    if p.returncode:
        raise SystemExit(f"scan {options} failed: {p.stderr}")
    findings = _without(json.loads((case / "reports" / "findings.json").read_text()))
    findings["run"].pop("workers")  # how workers were contained: said differently by each executor
    return wall, json.dumps(findings, sort_keys=True)


def _without(obj):
    """findings.json without its timestamps (as tests/conftest.py's without_timestamps)."""
    if isinstance(obj, dict):
        return {k: _without(v) for k, v in obj.items() if k not in ("created_utc", "added_utc", "started_utc",
                                                                    "finished_utc")}
    if isinstance(obj, list):
        return [_without(v) for v in obj]
    return obj


def writer_rates(src: Path, work: Path) -> dict:
    """Seconds the main process spends in each store method that records results, one scan."""
    from evidtriage.case import add_evidence, init_case
    from evidtriage.model import CaseInfo
    from evidtriage.pipeline.stages import ScanOptions, scan
    from evidtriage.run import open_run
    from evidtriage.store import Store

    spent: dict[str, list] = {}

    def timed(name, count):
        real = getattr(Store, name)

        def wrapper(self, results, *a, **k):
            results = list(results)
            t = time.perf_counter()
            real(self, results, *a, **k)
            entry = spent.setdefault(name, [0.0, 0])
            entry[0] += time.perf_counter() - t
            entry[1] += count(results)
        setattr(Store, name, wrapper)

    timed("record_hash_results", len)
    timed("record_parse_results", lambda rs: sum(len(r.artifacts) for r in rs))
    timed("record_matches", len)
    case = work / "writer"
    shutil.rmtree(case, ignore_errors=True)
    store = init_case(str(case), CaseInfo("BENCH", "bench"))
    add_evidence(store, str(case), str(src), "EX01")
    t = time.monotonic()
    with open_run(ScanOptions(workers=2, ocr=False)) as run:
        scan(store, run)
    total = time.monotonic() - t
    store.close()
    return {"scan_s": total, **{k: {"seconds": v[0], "rows": v[1], "rows_per_s": v[1] / v[0] if v[0] else 0}
                                for k, v in spent.items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--keep", help="folder to build the tree in and keep (reused if it exists)")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="evidtriage-bench-executors-"))
    work.mkdir(parents=True, exist_ok=True)
    src = work / "src"
    if not src.exists():
        t = time.monotonic()
        counts = make_tree(src, args.size_mb)
        print(f"tree: {counts} built in {time.monotonic() - t:.0f} s", file=sys.stderr)
    else:
        counts = {"files": sum(1 for p in src.rglob('*') if p.is_file()),
                  "bytes": sum(p.stat().st_size for p in src.rglob('*') if p.is_file())}
    os.environ.setdefault("EVIDTRIAGE_NO_ENTRY_POINTS", "1")
    address, procs = start_cluster(work)
    times: dict[str, list[float]] = {"local": [], "dask": []}
    try:
        same = True
        for r in range(args.rounds):
            lw, lf = scan_once(src, work, "local", "--workers", "2")
            dw, df = scan_once(src, work, "dask", "--executor", f"dask://{address}")
            times["local"].append(lw)
            times["dask"].append(dw)
            same &= lf == df
            print(f"round {r + 1}: local {lw:.1f} s, dask {dw:.1f} s, same findings: {lf == df}", file=sys.stderr)
    finally:
        for p in reversed(procs):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
    rates = writer_rates(src, work)
    lm, dm = statistics.median(times["local"]), statistics.median(times["dask"])
    print(f"\n{counts['files']} files, {counts['bytes'] / 1e6:.0f} MB; {args.rounds} rounds, medians:\n")
    print("| executor | median s | runs |")
    print("| --- | --- | --- |")
    print(f"| local, 2 workers | {lm:.1f} | {', '.join(f'{x:.1f}' for x in times['local'])} |")
    print(f"| dask://, 2 local workers | {dm:.1f} | {', '.join(f'{x:.1f}' for x in times['dask'])} |")
    pairs = [d / lo for lo, d in zip(times["local"], times["dask"])]
    print(f"\noverhead ratio dask/local: {dm / lm:.2f} (medians); pair by pair {', '.join(f'{r:.2f}' for r in pairs)}, "
          f"median {statistics.median(pairs):.2f}; findings identical: {same}\n")
    print(f"store writer (one in-process scan, local pool of 2, {rates['scan_s']:.1f} s):\n")
    print("| store method | rows | seconds | rows a second |")
    print("| --- | --- | --- | --- |")
    for k, v in rates.items():
        if k != "scan_s":
            print(f"| {k} | {v['rows']:,} | {v['seconds']:.2f} | {v['rows_per_s']:,.0f} |")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
