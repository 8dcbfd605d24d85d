"""Phone addresses as one key: the same person's number written "+8801712345678" by one record
and "01712345678" or "+880 1712-345678" by the next is one conversation, not two.

A parser keeps the address as the evidence wrote it (``sender_id``, titles); only the key it
groups records by (``conversation``) is this canonical form.
"""

from __future__ import annotations

import re

import phonenumbers

#: What numbers are written with besides digits: spaces, dashes, dots, brackets
_PUNCTUATION = re.compile(r"[\s\-.()/]")


def e164(number: str, region: str) -> str | None:
    """``number`` (digits, perhaps after a "+") in E.164 when phonenumbers finds it valid, read as
    written (a national number of ``region``, or with its country code after "00" or "+") or with a
    "+" put before it ("8801712345678"); else None."""
    for candidate in (number,) if number.startswith("+") else (number, "+" + number):
        try:
            parsed = phonenumbers.parse(candidate, region or None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


def phone_key(address: str, region: str) -> str:
    """``address`` in E.164 when it is a valid phone number (national numbers read as ``region``'s,
    an ISO 3166 code such as "BD"; "00" and "+" both read as the international prefix), else as
    written, stripped: a short code (16247), a sender name (bKash), an e-mail address or an RCS
    chat stay themselves."""
    address = address.strip()
    bare = _PUNCTUATION.sub("", address)
    if not bare or not bare.lstrip("+").isdigit() or len(bare.lstrip("+")) < 7:
        return address
    return e164(bare, region) or address
