"""A rule's regex run on one text, stopped when it has taken too long: its own time, not the process's.

The ``regex`` module's ``timeout`` counts the CPU time of the whole process (``clock()``), so any
other thread at work in it (hashing, a thread pool, a test runner's helper) uses up a regex's
budget too: with one busy thread beside it, a regex that needs 0.3 s was stopped at 0.25 s; the
same text matched alone was not, and the two runs differed. Here a regex is stopped only when the
thread running it spent the budget: when the process's clock ran out first, it is run again with a
budget widened by how much of the process's time the other threads took (``MAX_WIDENING`` at
most), so the result does not depend on what else the process was doing.
"""

from __future__ import annotations

import time

#: Own CPU seconds one regex may take on one text before it is abandoned with a warning.
SECONDS = 0.5
#: How far a run's process-clock budget is widened for other threads' work (cores, roughly).
MAX_WIDENING = 64.0
#: A stopped run that took at least this share of ``SECONDS`` itself used up the budget.
OWN_SHARE = 0.8


def spans(rx, text: str, seconds: float = SECONDS) -> list[tuple[int, int]]:
    """Where ``rx`` matches ``text`` (empty matches left out); raises ``TimeoutError`` only when the
    regex itself took ``seconds`` of CPU time."""
    timeout = seconds
    while True:
        own0, process0 = time.thread_time(), time.process_time()
        try:
            return [(m.start(), m.end()) for m in rx.finditer(text, timeout=timeout) if m.end() > m.start()]
        except TimeoutError:
            own = time.thread_time() - own0
            if own >= seconds * OWN_SHARE or timeout >= seconds * MAX_WIDENING:
                raise
            process = time.process_time() - process0
            timeout = min(seconds * MAX_WIDENING, max(timeout * 2, timeout * process / max(own, 1e-3)))
