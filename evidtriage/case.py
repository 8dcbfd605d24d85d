"""Case lifecycle: create a case folder, reopen it, add exhibits.

A case folder holds the store (``case.sqlite``), the reports (``reports/``) and, from the
custody issue on, the custody log. It must never lie inside an evidence source: writing there
would alter the evidence.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import __version__
from .custody import examiners, listing, log
from .errors import CaseError, SourceError, UserError
from .model import CaseInfo, Exhibit
from .intake.sources import source_kind
from .store import Store, missing_case, store_path

_EXHIBIT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def check_timezone(tz: str) -> str:
    """Validate an IANA time-zone name (``Asia/Dhaka``); ``""`` means none."""
    if not tz:
        return ""
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"unknown time zone {tz!r}: use an IANA name such as Asia/Dhaka or UTC") from None
    return tz


def init_case(case_dir: str, info: CaseInfo) -> Store:
    """Create a new case folder and its store, and open its custody log with the examiner's key."""
    if not info.case_id.strip():
        raise UserError("a case needs a case id (--case-id)")
    if not info.examiner.strip():
        raise UserError("a case needs an examiner name (--examiner)")
    check_timezone(info.timezone)
    key, created = examiners.first_key()  # before the case exists: a locked key stops here, not half-way
    store = Store.create(case_dir, info, __version__)
    info = store.case_info()
    log.append_first(store, case_dir, key, info)
    if created:
        store.notices.append(f"no examiner key was found: made one at {key.path} (fingerprint {key.fingerprint})")
    return store


def recorder(store: Store, case_dir: str, examiner: str = ""):
    """A function that appends a signed custody entry as the examiner acting now:
    record(action, subject, details). Refused for someone who is not an examiner of the case."""
    return examiners.recorder(store, case_dir, examiner)


def case_exists(case_dir: str) -> bool:
    return store_path(case_dir).is_file()


def open_case(case_dir: str) -> Store:
    return Store.open(case_dir)


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
        return True
    except ValueError:
        return False


def check_case_outside_source(case_dir: str, source: str) -> None:
    """Refuse a case folder inside the evidence (its writes would alter the source)."""
    case = Path(case_dir).resolve()
    src = Path(source).resolve()
    if src.is_dir() and (case == src or _inside(case, src)):
        raise SourceError(f"the case folder {case_dir} is inside the evidence source {source}: "
                          "choose a case folder outside the evidence")


def add_evidence(store: Store, case_dir: str, source: str, exhibit_id: str,
                 description: str = "", examiner: str = "") -> tuple[Exhibit, bool]:
    """Add a source as an exhibit, or find it if this source was added before.

    :return: the exhibit, and whether it is new.
    """
    kind = source_kind(source)
    check_case_outside_source(case_dir, source)
    resolved = os.path.realpath(source)
    for ex in store.exhibits():
        if ex.source == resolved:
            if exhibit_id and exhibit_id != ex.id:
                raise UserError(f"{source} is already exhibit {ex.id} in this case")
            return ex, False
        if ex.id == exhibit_id:
            raise UserError(f"exhibit {exhibit_id} already exists in this case, for {ex.source}")
    if not _EXHIBIT_ID.match(exhibit_id):
        raise UserError(f"exhibit id {exhibit_id!r} must be 1-64 letters, digits, '.', '_' or '-'")
    exhibit = Exhibit(exhibit_id, resolved, kind, description)
    record = recorder(store, case_dir, examiner)
    digests, listing_files = listing.acquire(exhibit)
    listing.write_listings(case_dir, listing_files)
    store.add_exhibit(exhibit)
    record("evidence added", exhibit_id, {"source": resolved, "kind": kind, "description": description,
                                          "acquisition_digests": digests})
    return exhibit, True


def next_exhibit_id(store: Store) -> str:
    """``EX01``, ``EX02``, ... the first not yet used."""
    used = {e.id for e in store.exhibits()}
    n = 1
    while f"EX{n:02d}" in used:
        n += 1
    return f"EX{n:02d}"


LOCK_NAME = "scan.lock"

#: The descriptors of the case locks this process holds: a forked worker closes its copies at once
#: (:func:`_drop_locks_in_child`), so that the lock ends with the scanning process and never lives on
#: in a worker still ending, or orphaned, after that process was killed.
_held_locks: set[int] = set()


def _drop_locks_in_child() -> None:
    # closing the child's copy leaves the lock with the parent's (a flock belongs to the open file,
    # released when its last descriptor closes)
    for fd in _held_locks:
        try:
            os.close(fd)
        except OSError:
            pass
    _held_locks.clear()


os.register_at_fork(after_in_child=_drop_locks_in_child)


@contextmanager
def case_lock(case_dir: str) -> Iterator[None]:
    """Hold the case for one scanning process; a second is refused with one line.

    Two scans of one case would hash, parse and write the same rows at once: each batch is its
    own transaction, but the stages' bookkeeping assumes one writer. The lock is an advisory
    ``flock`` on ``scan.lock`` in the case folder, released by the kernel when the process ends
    however it ends (a killed scan never leaves a stale lock): its worker processes, forked while it
    is held, close their copy of it at once, so that a worker still ending after a ``kill -9`` of the
    scan does not keep the case from the next one.
    """
    path = Path(case_dir) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    _held_locks.add(fd)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            raise CaseError(f"case {case_dir} is being scanned by another evidtriage process"
                            + (f" (pid {holder})" if holder.isdigit() else "")
                            + ": wait for it to finish, then run this again") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        _held_locks.discard(fd)
        os.close(fd)


def reports_dir(case_dir: str) -> Path:
    return Path(case_dir) / "reports"


def require_case(case_dir: str) -> None:
    if not case_exists(case_dir):
        raise CaseError(missing_case(case_dir))
