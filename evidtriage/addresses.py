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


def phone_key(address: str, region: str) -> str:
    """``address`` in E.164 when it is a valid phone number (national numbers read as ``region``'s,
    an ISO 3166 code such as "BD"; "00" and "+" both read as the international prefix), else as
    written, stripped: a short code (16247), a sender name (bKash), an e-mail address or an RCS
    chat stay themselves."""
    address = address.strip()
    bare = _PUNCTUATION.sub("", address)
    if not bare or not bare.lstrip("+").isdigit() or len(bare.lstrip("+")) < 7:
        return address
    for candidate in (bare, "+" + bare) if not bare.startswith("+") else (bare,):
        try:
            number = phonenumbers.parse(candidate, region or None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return address
