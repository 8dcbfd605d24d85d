"""Examiner keys: Ed25519 key pairs that sign the custody log and the report manifest.

Keys live in the examiner's config folder (``$EVIDTRIAGE_CONFIG_DIR``, else
``$XDG_CONFIG_HOME/evidtriage``, else ``~/.config/evidtriage``), under ``keys/``: ``NAME.key``
(PKCS#8 PEM, mode 0600, optionally encrypted with a passphrase) and ``NAME.pub`` (PEM). A key is
known by its fingerprint: the SHA-256 of its 32 raw public-key bytes. A passphrase is read from
``EVIDTRIAGE_KEY_PASSPHRASE`` (the CLI may prompt for it); it is never stored.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import UserError
from ..resources import user_dir

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class KeyError_(UserError):
    """A key that is missing, unreadable, or locked by a passphrase that was not given."""


def config_dir() -> Path:
    if os.environ.get("EVIDTRIAGE_CONFIG_DIR"):
        return Path(os.environ["EVIDTRIAGE_CONFIG_DIR"])
    return user_dir("config")


def keys_dir() -> Path:
    return config_dir() / "keys"


def public_raw(pub: Ed25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(pub: Ed25519PublicKey) -> str:
    return hashlib.sha256(public_raw(pub)).hexdigest()


def public_pem(pub: Ed25519PublicKey) -> str:
    return pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_public_pem(pem: str) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem.encode())
    if not isinstance(key, Ed25519PublicKey):
        raise KeyError_("not an Ed25519 public key")
    return key


@dataclass
class ExaminerKey:
    name: str
    private: Ed25519PrivateKey
    path: Path

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify_signature(pub: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        pub.verify(signature, data)
        return True
    except InvalidSignature:
        return False


def new_key(name: str = "examiner", passphrase: str | None = None) -> ExaminerKey:
    """Make a key pair and write it, private key mode 0600; refuses to overwrite a key."""
    if not _NAME.match(name):
        raise KeyError_(f"key name {name!r} must be 1-64 letters, digits, '.', '_' or '-'")
    d = keys_dir()
    d.mkdir(parents=True, exist_ok=True)
    os.chmod(d, 0o700)
    path = d / f"{name}.key"
    if path.exists():
        raise KeyError_(f"a key named {name!r} already exists at {path}")
    private = Ed25519PrivateKey.generate()
    enc = (serialization.BestAvailableEncryption(passphrase.encode()) if passphrase
           else serialization.NoEncryption())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    (d / f"{name}.pub").write_text(public_pem(private.public_key()))
    return ExaminerKey(name, private, path)


def _load(path: Path, passphrase: str | None) -> Ed25519PrivateKey:
    data = path.read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode() if passphrase else None)
    except TypeError:
        if passphrase:
            raise KeyError_(f"key {path} is not passphrase-protected, but a passphrase was given") from None
        raise KeyError_(f"key {path} is passphrase-protected: set EVIDTRIAGE_KEY_PASSPHRASE") from None
    except ValueError:
        raise KeyError_(f"wrong passphrase for key {path} (or the key file is damaged)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyError_(f"{path} is not an Ed25519 key")
    return key


def load_key(name: str | None = None, fingerprint_: str | None = None) -> ExaminerKey:
    """A key by name, or the one with this fingerprint (found by its ``.pub`` file)."""
    passphrase = os.environ.get("EVIDTRIAGE_KEY_PASSPHRASE") or None
    d = keys_dir()
    if fingerprint_:
        for pub_path in sorted(d.glob("*.pub")) if d.is_dir() else []:
            try:
                if fingerprint(load_public_pem(pub_path.read_text())) == fingerprint_:
                    return ExaminerKey(pub_path.stem, _load(pub_path.with_suffix(".key"), passphrase), pub_path.with_suffix(".key"))
            except (OSError, ValueError, KeyError_) as exc:
                if isinstance(exc, KeyError_):
                    raise
        raise KeyError_(f"the examiner key of this case (fingerprint {fingerprint_[:16]}…) is not in {d}")
    path = d / f"{name or 'examiner'}.key"
    if not path.is_file():
        raise KeyError_(f"no examiner key {path} (make one with 'evidtriage key new')")
    return ExaminerKey(path.stem, _load(path, passphrase), path)


def ensure_key(name: str = "examiner") -> tuple[ExaminerKey, bool]:
    """The examiner's key, made now if there is none yet (returns whether it was made)."""
    if (keys_dir() / f"{name}.key").is_file():
        return load_key(name), False
    return new_key(name, os.environ.get("EVIDTRIAGE_KEY_PASSPHRASE") or None), True
