"""Key files the examiner gives (``--key-file``): what opens an encrypted backup in the evidence.

A WhatsApp backup on a phone's storage (``msgstore.db.crypt12/14/15``) is encrypted with a key
the phone keeps elsewhere (``/data/data/com.whatsapp/files/key``), which an officer often gets
separately: from another extraction, from the suspect's cloud account, from the lab. The key's
bytes go to the parsers (``ParseContext.key_files``); only its name and SHA-256 are written
anywhere (run manifest, custody log), never the key.

Keys only add: a key given on a later run re-opens the contents that were left encrypted (or that
no key opened) and nothing else, so the case's other findings stay as they were, and the custody
log says which key came when.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from ..errors import UserError

#: A key file is small (WhatsApp's are 158 bytes, or 64 hex digits); anything larger is not one.
MAX_KEY_FILE_BYTES = 64 * 1024

#: Reasons of contents a new key may open: backups with no key, or none that opened them.
ENCRYPTED_MARK = "encrypted backup"


@dataclass(frozen=True)
class KeyFile:
    name: str  # the file's name, as given
    sha256: str
    data: bytes

    def describe(self) -> dict:
        """What is recorded of a key: never its bytes."""
        return {"name": self.name, "sha256": self.sha256}


def load_key_files(paths) -> tuple[KeyFile, ...]:
    """Read the key files given on the command line; a missing, unreadable or oversized one is
    refused with one line, before any case is touched."""
    keys: dict[str, KeyFile] = {}
    for path in paths or ():
        if not os.path.isfile(path):
            raise UserError(f"--key-file {path}: no such file")
        size = os.path.getsize(path)
        if size > MAX_KEY_FILE_BYTES:
            raise UserError(f"--key-file {path}: {size} bytes is not a key file (at most {MAX_KEY_FILE_BYTES})")
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_KEY_FILE_BYTES + 1)
        except OSError as exc:
            raise UserError(f"--key-file {path}: cannot be read ({exc.strerror or exc})") from None
        if not data:
            raise UserError(f"--key-file {path}: the file is empty")
        digest = hashlib.sha256(data).hexdigest()
        keys.setdefault(digest, KeyFile(os.path.basename(path), digest, data))
    return tuple(keys.values())
