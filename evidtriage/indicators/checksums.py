"""Checksums that decide whether an identifier is real: Base58Check, Bech32/Bech32m (BIP-173,
BIP-350), EIP-55 (Keccak-256), IBAN (ISO 13616 mod 97).

Written from the specifications rather than taken from a library: the common Python packages
reject Taproot (bech32m) addresses, and Keccak-256 is not ``hashlib.sha3_256`` (different padding).
"""

from __future__ import annotations

import hashlib

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def base58check_decode(s: str) -> bytes | None:
    """The payload (version byte included) of a valid Base58Check string, else None."""
    n = 0
    for c in s:
        if c not in _B58_INDEX:
            return None
        n = n * 58 + _B58_INDEX[c]
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\x00" * (len(s) - len(s.lstrip("1"))) + raw
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32_CONST, BECH32M_CONST = 1, 0x2BC830A3


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convertbits(data: list[int], frombits: int, tobits: int) -> list[int] | None:
    acc = bits = 0
    out = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return out


def segwit_decode(addr: str, hrp: str = "bc") -> tuple[int, bytes] | None:
    """(witness version, program) of a valid segwit address (BIP-173 v0, BIP-350 v1+), else None."""
    if addr.lower() != addr and addr.upper() != addr:
        return None  # mixed case is invalid
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90 or addr[:pos] != hrp:
        return None
    try:
        data = [_BECH32_CHARSET.index(c) for c in addr[pos + 1:]]
    except ValueError:
        return None
    const = _polymod(_hrp_expand(hrp) + data)
    if const not in (BECH32_CONST, BECH32M_CONST):
        return None
    version, values = data[0], data[1:-6]
    if version > 16:
        return None
    program = _convertbits(values, 5, 8)
    if program is None or not 2 <= len(program) <= 40:
        return None
    if version == 0 and (const != BECH32_CONST or len(program) not in (20, 32)):
        return None
    if version > 0 and const != BECH32M_CONST:
        return None
    return version, bytes(program)


# --- Keccak-256 (the pre-standard padding Ethereum uses) -------------------------------------
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _keccak_f(a: list[list[int]]) -> None:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M) for x in range(5)]
        for x in range(5):
            for y in range(5):
                a[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                r = _ROT[x][y]
                b[y][(2 * x + 3 * y) % 5] = ((a[x][y] << r) | (a[x][y] >> (64 - r))) & _M if r else a[x][y]
        for x in range(5):
            for y in range(5):
                a[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y])
        a[0][0] ^= rc


def keccak256(data: bytes) -> bytes:
    rate = 136
    msg = bytearray(data) + b"\x01"
    msg += b"\x00" * (-len(msg) % rate)
    msg[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        block = msg[off:off + rate]
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        _keccak_f(a)
    out = b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out


def eip55_valid(addr: str) -> bool | None:
    """True/False for a mixed-case (checksummed) address; None when all one case (no checksum)."""
    hexpart = addr[2:]
    if hexpart.lower() == hexpart or hexpart.upper() == hexpart:
        return None
    digest = keccak256(hexpart.lower().encode()).hex()
    for c, h in zip(hexpart, digest):
        if c.isalpha() and (c.isupper() != (int(h, 16) >= 8)):
            return False
    return True


IBAN_LENGTHS = {"SA": 24, "AE": 23, "QA": 29, "KW": 30, "BH": 22, "OM": 23, "JO": 30, "PK": 24,
                "GB": 22, "DE": 22, "FR": 27, "IT": 27, "ES": 24, "NL": 18, "TR": 26, "LB": 28,
                "EG": 29, "CH": 21, "BE": 16, "IE": 22, "PL": 28, "GR": 27, "PT": 25, "RO": 24}


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or IBAN_LENGTHS.get(s[:2], len(s)) != len(s) or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1
