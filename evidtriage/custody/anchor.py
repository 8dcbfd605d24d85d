"""The anchor: the head of a case's custody log, to keep outside the case folder.

Someone who can write the case folder can cut the log back to an earlier entry, or re-sign all of
it with a key of their own; nothing inside the folder can show that. The anchor can: the head
entry's hash, its sequence number and the signing key's fingerprint, copied into the seizure memo
or the case file when the work is done. ``verify --anchor HASH`` then checks that the log still
holds that entry, signed by that key.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    case_id: str
    seq: int
    entry_hash: str
    action: str
    time_utc: str
    key_fingerprint: str
    examiner: str

    def block(self, case_dir: str) -> str:
        """The block an officer copies into the seizure memo or the case file."""
        return "\n".join([
            "---- evidtriage custody anchor ----",
            f"case         {self.case_id}",
            f"log head     entry {self.seq} ({self.action}, {self.time_utc})",
            f"entry hash   {self.entry_hash}",
            f"signed by    {self.examiner}, key {self.key_fingerprint}",
            f"check with   evidtriage verify {case_dir} --anchor {self.entry_hash}",
            "-----------------------------------",
        ])

    def as_dict(self) -> dict:
        return {"case_id": self.case_id, "seq": self.seq, "entry_hash": self.entry_hash, "action": self.action,
                "time_utc": self.time_utc, "key_fingerprint": self.key_fingerprint, "examiner": self.examiner}


def head(case_id: str, entries: list[dict]) -> Anchor | None:
    if not entries:
        return None
    e = entries[-1]
    return Anchor(case_id, e["seq"], e["entry_hash"], e["action"], e["time_utc"], e["key_fingerprint"], e["examiner"])


def check_anchor(entries: list[dict], anchor: str) -> tuple[list[str], str]:
    """Problems (one line each) and what was found, for an anchor ``HASH`` or ``SEQ:HASH``."""
    seq_text, _, digest = anchor.strip().rpartition(":")
    digest = digest.lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        return [f"the anchor {anchor!r} is not an entry hash (64 hex digits, optionally SEQ:HASH)"], ""
    found = next((e for e in entries if e.get("entry_hash") == digest), None)
    if found is None:
        return [f"the anchored entry {digest} is not in the custody log: the log was cut back or "
                "rewritten after the anchor was taken"], ""
    if seq_text and seq_text.isdigit() and int(seq_text) != found.get("seq"):
        return [f"the anchored entry {digest} is entry {found.get('seq')} now, not {seq_text}"], ""
    later = len(entries) - found["seq"]
    return [], (f"anchor found: entry {found['seq']} ({found['action']}, {found['time_utc']}), "
                f"signed with key {found['key_fingerprint']}; {later} entries since")
