"""Who may sign for a case, and as whom.

Each custody entry names the examiner who acted and is signed with that examiner's own key. The
keys a case trusts, and the examiner each belongs to, come from the signed log alone
(``log.check_chain``): the first key signs "case created"; a colleague who takes over is added by a
"key added" entry that an examiner of the case signs (``handover``). The ``case_keys`` table is a
convenience copy; ``verify`` fails when it holds a key the log never introduced.

Why it is strict: a second officer's run must never be signed under the first officer's name, and
a key that someone with write access to the case folder slipped into the store must not be
able to sign for the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..store import Store
from . import log
from .keys import ExaminerKey, KeyError_, ensure_key, fingerprint, keys_dir, load_key, load_public_pem, public_pem


@dataclass(frozen=True)
class Identity:
    """The examiner acting now and the key they sign with."""

    examiner: str
    key: ExaminerKey


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def trusted_keys(store: Store) -> dict[str, log.TrustedKey]:
    """The keys the case's log trusts; refuses to act on a log that does not check out."""
    entries = store.custody_entries()
    if not entries:
        raise UserError("this case has no custody log: it cannot be signed for")
    problems, trusted = log.check_chain(entries)
    if problems:
        raise UserError(f"the custody log of this case does not verify ({problems[0]}): "
                        "run 'evidtriage verify' and resolve that first")
    return trusted


def _local_fingerprints() -> dict[str, Path]:
    """Fingerprints of the public keys in the examiner's key folder."""
    found = {}
    d = keys_dir()
    for pub in sorted(d.glob("*.pub")) if d.is_dir() else []:
        try:
            found[fingerprint(load_public_pem(pub.read_text()))] = pub
        except (OSError, ValueError, KeyError_):
            continue
    return found


def acting_identity(store: Store, examiner: str = "") -> Identity:
    """The examiner acting on this case now, with their key.

    :param examiner: who says they are acting (``--examiner``); empty: the one examiner of the
        case whose key is on this machine (refused when there are several, or none).
    """
    trusted = trusted_keys(store)
    names = sorted({k.examiner for k in trusted.values()})
    local = _local_fingerprints()
    if examiner:
        mine = [k for k in trusted.values() if _norm(k.examiner) == _norm(examiner)]
        if not mine:
            raise UserError(
                f"{examiner!r} is not an examiner of case {store.case_info().case_id} (its examiners: "
                f"{', '.join(names)}); a colleague taking over is added by an examiner of the case with "
                f"'evidtriage case handover DIR --examiner {examiner!r} --public-key THEIR_KEY.pub'")
        here = [k for k in mine if k.fingerprint in local]
        if not here:
            fps = ", ".join(k.fingerprint for k in mine)
            raise KeyError_(f"the key of examiner {mine[0].examiner!r} in this case (fingerprint {fps}) "
                            f"is not in {keys_dir()}")
        chosen = here[-1]
    else:
        here = [k for k in trusted.values() if k.fingerprint in local]
        by_examiner = {k.examiner for k in here}
        if not here:
            fps = ", ".join(f"{k.examiner} {k.fingerprint}" for k in trusted.values())
            raise KeyError_(f"no examiner key of this case is in {keys_dir()} (the case's keys: {fps})")
        if len(by_examiner) > 1:
            raise UserError(f"the keys of several examiners of this case are on this machine "
                            f"({', '.join(sorted(by_examiner))}): say who is acting with --examiner")
        chosen = here[-1]
    return Identity(chosen.examiner, load_key(fingerprint_=chosen.fingerprint))


def recorder(store: Store, case_dir: str, examiner: str = ""):
    """A function that appends a signed custody entry as the acting examiner:
    ``record(action, subject, details)``; ``record.key`` and ``record.examiner`` say who signs."""
    identity = acting_identity(store, examiner)

    def record(action: str, subject: str, details: dict | None = None) -> dict:
        return log.append(store, case_dir, identity.key, identity.examiner, action, subject, details)

    record.key = identity.key  # type: ignore[attr-defined]
    record.examiner = identity.examiner  # type: ignore[attr-defined]
    return record


def first_key() -> tuple[ExaminerKey, bool]:
    """The key a new case is created with: the examiner's default key, made now if there is none."""
    return ensure_key()


def handover(store: Store, case_dir: str, new_examiner: str, public_key_path: str, by: str = "") -> log.TrustedKey:
    """Add a colleague to the case: an examiner of the case signs a "key added" entry that binds
    the colleague's public key to their name. The colleague then signs their own entries.

    :param by: the examiner handing over (``--by``); empty: the one whose key is on this machine.
    """
    new_examiner = " ".join(new_examiner.split())
    if not new_examiner:
        raise UserError("a hand-over needs the name of the examiner taking over (--examiner)")
    try:
        pem = Path(public_key_path).read_text()
        pub = load_public_pem(pem)
    except OSError as exc:
        raise UserError(f"cannot read the public key {public_key_path}: {exc.strerror}") from None
    except (ValueError, KeyError_):
        raise UserError(f"{public_key_path} is not an Ed25519 public key in PEM form "
                        "(the .pub file that 'evidtriage key new' writes)") from None
    fp = fingerprint(pub)
    trusted = trusted_keys(store)
    if fp in trusted:
        raise UserError(f"that key ({fp}) already belongs to examiner {trusted[fp].examiner!r} in this case")
    if any(_norm(k.examiner) == _norm(new_examiner) for k in trusted.values()):
        raise UserError(f"{new_examiner!r} is already an examiner of this case")
    record = recorder(store, case_dir, by)
    name = Path(public_key_path).stem
    store.add_case_key(fp, name, public_pem(pub))
    entry = record("key added", fp, log.key_details(name, pub, new_examiner, handed_over_by=record.examiner))
    return log.TrustedKey(fp, public_pem(pub), new_examiner, entry["seq"], record.examiner)
