"""The entity labels of the blind sets dev10-dev12, settled after they were written.

Their writers listed entities as ``(type, value)`` pairs with one type, ``crypto``, for every
wallet, and were not asked to list mobile-money transaction ids. Before those sets were scored,
their labels were brought to the corpus format (``eval/corpus/README`` and
``evidtriage.indicators.eval``): a wallet takes its chain's type (``tron_address``,
``eth_address`` lower-cased, ``btc_address``), a number given as a ``wa.me`` link is a
``whatsapp`` entity, and every transaction id a receipt names after its label is listed. Nothing
else of what the writers wrote was changed.
"""

from __future__ import annotations

import re

_TXN = re.compile(r"(?:TrxID|TxnID|TxnId|TrxId|ট্রানজেকশন আইডি)[:\s]+([A-Z0-9]{8,10})")


def settle(text: str, pairs) -> list[dict]:
    out = []
    for kind, value in pairs:
        if kind == "crypto":
            kind = ("tron_address" if value.startswith("T") else "eth_address" if value.startswith("0x")
                    else "btc_address")
            value = value.lower() if kind == "eth_address" else value
        elif kind == "phone" and re.search(r"wa\.me/\+?" + value.lstrip("+"), text):
            kind = "whatsapp"
        out.append({"type": kind, "value": value})
    out += [{"type": "mfs_transaction", "value": m.group(1)} for m in _TXN.finditer(text)]
    return out
