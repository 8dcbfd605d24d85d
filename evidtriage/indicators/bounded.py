"""A rule's regex run on one text, stopped when it has taken too long: its own time, not the process's.

The ``regex`` module's ``timeout`` counts the CPU time of the whole process (``clock()``), so any
other thread at work in it (hashing, a thread pool, a test runner's helper) uses up a regex's
budget too: with one busy thread beside it, a regex that needs 0.3 s was stopped at 0.25 s; the
same text matched alone was not, and the two runs differed. Here a regex is stopped only when the
thread running it spent the budget: a stopped regex is run again, timed on the thread's own clock,
and when the process's clock ran out first it is run again with a budget widened by how much of the
process's time the other threads took (``MAX_WIDENING`` at most), so the result does not depend on
what else the process was doing. A regex that takes its budget itself is so stopped after two runs.
A full garbage collection during a run counts as the thread's own time; a run it overlapped is run
again too (twice at most), as the next full collection is far off.
"""

from __future__ import annotations

import gc
import time

#: Own CPU seconds one regex may take on one text before it is abandoned with a warning.
SECONDS = 0.5
#: How far a run's process-clock budget is widened for other threads' work (cores, roughly).
MAX_WIDENING = 64.0
#: A stopped run that took at least this share of ``SECONDS`` itself used up the budget.
OWN_SHARE = 0.8
#: Runs again after a full garbage collection fell inside a stopped run.
GC_RETRIES = 2

_full_collections = 0  # full (generation 2) collections so far in this process


def _count_collection(phase: str, info: dict) -> None:
    global _full_collections
    if phase == "stop" and info.get("generation") == 2:
        _full_collections += 1


gc.callbacks.append(_count_collection)


def _spans(rx, text: str, timeout: float) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text, timeout=timeout) if m.end() > m.start()]


def spans(rx, text: str, seconds: float = SECONDS) -> list[tuple[int, int]]:
    """Where ``rx`` matches ``text`` (empty matches left out); raises ``TimeoutError`` only when the
    regex itself took ``seconds`` of CPU time. The first run reads no clock (a regex ends in
    microseconds, hundreds of times a text); a stopped one is run again, timed on the thread's clock."""
    try:
        return _spans(rx, text, seconds)
    except TimeoutError:
        pass
    timeout = seconds
    gc_retries = GC_RETRIES
    while True:
        own0, process0, collections = time.thread_time(), time.process_time(), _full_collections
        try:
            return _spans(rx, text, timeout)
        except TimeoutError:
            if _full_collections != collections and gc_retries:
                gc_retries -= 1
                continue
            own = time.thread_time() - own0
            if own >= seconds * OWN_SHARE or timeout >= seconds * MAX_WIDENING:
                raise
            process = time.process_time() - process0
            timeout = min(seconds * MAX_WIDENING, max(timeout * 2, timeout * process / max(own, 1e-3)))
