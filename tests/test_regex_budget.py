"""A rule's regex is stopped when it has itself taken its budget, not when the process has.

Was: the ``regex`` module's timeout counts the whole process's CPU time, so a regex was stopped
sooner whenever another thread of the process was at work, and the same text gave a warning and
fewer hits in one run and none in the next (a CI run of the batch-against-alone test found it).
"""

import gc
import hashlib
import threading
import time

import regex

from evidtriage.indicators import bounded
from evidtriage.indicators.matcher import Matcher

from packs import one_rule_pack

CATASTROPHIC = r"(a|aa)+c"  # exponential backtracking on a run of a's with no c


class _Match:
    def __init__(self, start, end):
        self._span = (start, end)

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]


class Starved:
    """A regex whose first two runs are stopped although it did no work itself: the process's clock
    ran out on other threads' time, as when a hashing thread is busy beside it."""

    def __init__(self):
        self.timeouts = []

    def finditer(self, text, timeout):
        self.timeouts.append(timeout)
        if len(self.timeouts) <= 2:
            time.sleep(0.05)
            raise TimeoutError("regex timed out")
        return iter([_Match(0, 2), _Match(3, 3), _Match(4, 6)])


class BusyEveryTime:
    """A regex that uses its whole budget itself, every run."""

    def __init__(self):
        self.runs = 0

    def finditer(self, text, timeout):
        self.runs += 1
        end = time.thread_time() + timeout
        while time.thread_time() < end:
            pass
        raise TimeoutError("regex timed out")


def test_a_regex_stopped_on_other_threads_time_is_run_again_and_its_matches_kept():
    rx = Starved()
    assert bounded.spans(rx, "ab cd ef", 0.2) == [(0, 2), (4, 6)]  # the empty match left out
    assert len(rx.timeouts) == 3 and rx.timeouts[2] > rx.timeouts[1] == rx.timeouts[0]


def test_a_regex_that_takes_its_budget_itself_is_stopped_on_its_second_run():
    rx = BusyEveryTime()
    try:
        bounded.spans(rx, "text", 0.1)
    except TimeoutError:
        pass
    else:
        raise AssertionError("not stopped")
    assert rx.runs == 2  # the first run is not timed: a regex is run again before it is given up


def test_a_real_catastrophic_regex_is_stopped_even_with_busy_threads_beside_it():
    stop = threading.Event()

    def busy():  # hashing releases the GIL: this thread's time is the process's too
        block = b"x" * (8 << 20)
        while not stop.is_set():
            hashlib.sha256(block).digest()

    threads = [threading.Thread(target=busy, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        own = time.thread_time()
        try:
            bounded.spans(regex.compile(CATASTROPHIC), "a" * 64, 0.2)
        except TimeoutError:
            pass
        else:
            raise AssertionError("not stopped")
        assert time.thread_time() - own >= 0.2 * bounded.OWN_SHARE  # its own time, not a share of it
    finally:
        stop.set()
        for t in threads:
            t.join()


def test_the_matcher_warns_of_a_rule_regex_it_stopped_and_still_gives_the_rest(tmp_path):
    pack = one_rule_pack(tmp_path, "{a: {keywords: [aaaa]}, b: {regex: ['" + CATASTROPHIC + "']}}", "a and b")
    r = Matcher([pack]).match("aaaa " + "a" * 64 + " call 01712345678")
    assert r.hits == () and [w for w in r.warnings if "t.rule" in w and "stopped" in w]
    assert [e.type for e in r.entities if e.type == "phone"] == ["phone"]


class CollectedDuringRuns:
    """A regex whose first two runs took their budget while a full garbage collection ran inside."""

    def __init__(self):
        self.runs = 0

    def finditer(self, text, timeout):
        self.runs += 1
        if self.runs <= 2:
            gc.collect()
            end = time.thread_time() + timeout
            while time.thread_time() < end:
                pass
            raise TimeoutError("regex timed out")
        return iter([_Match(0, 4)])


def test_a_regex_stopped_while_a_full_garbage_collection_ran_in_it_is_run_again():
    rx = CollectedDuringRuns()
    assert bounded.spans(rx, "text", 0.1) == [(0, 4)] and rx.runs == 3
