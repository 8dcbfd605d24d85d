"""Entity links: the same phone, account or address seen in two or more files or conversations.

Ranked by how many files they tie together, then how many items, then how many indicator
categories the items carrying them matched: an account that appears in an ad, a recruiter chat
and an SMS, beside fee and passport hits, comes first.

An entity read by OCR links only where the engine's confidence in it is at least
:data:`OCR_LINK_CONFIDENCE` (docs/ocr.md says why): a number half-read out of a photo's noise
must not tie two unrelated exhibits together. Below it, the occurrence is still listed, with its
confidence, but joins nothing.
"""

from __future__ import annotations

from ..reports.findings import first_files
from ..store import Store


#: The lowest OCR confidence (0-100) at which an entity read by OCR links items. Measured with
#: ``bench/ocr.py --confidences``: words of three or more digits that tesseract reads in photos
#: without text reach 71 at most; 16 of the 18 numbers read right on the chat screenshots are at
#: 77 or more.
OCR_LINK_CONFIDENCE = 75


def links(occurrence: dict) -> bool:
    """Whether an occurrence (as findings.json lists it) may link items: not read by OCR, or read
    with confidence at least OCR_LINK_CONFIDENCE."""
    confidence = occurrence.get("ocr_confidence")
    return confidence is None or confidence >= OCR_LINK_CONFIDENCE


def linking_files(entity: dict) -> set:
    """The files an entity (as findings.json lists it) links: those of its occurrences that may."""
    return {o.get("file") for o in entity.get("occurrences", []) if links(o)}


def entity_links(store: Store, min_items: int = 2) -> list[dict]:
    first = first_files(store.file_records())
    matches = store.match_results()
    by_entity: dict[tuple[str, str], dict] = {}
    contents = store.artifact_contents()
    for etype, value, key, start, end, obfuscated, ocr_confidence in store.entity_occurrences():
        if not links({"ocr_confidence": ocr_confidence}):
            continue
        f = first.get(contents.get(key, ""))
        row = by_entity.setdefault((etype, value), {"type": etype, "value": value, "file_set": set(),
                                                    "artifact_set": set(), "category_set": set()})
        row["file_set"].add((f.exhibit_id, f.path) if f else ("", key))
        row["artifact_set"].add(key)
        for h in matches.get(key, {}).get("hits", []):
            if h["weight"] > 0:
                row["category_set"].add(h["category"])
    out = []
    for row in by_entity.values():
        if len(row["file_set"]) < min_items:
            continue
        out.append({"type": row["type"], "value": row["value"], "files": len(row["file_set"]),
                    "artifacts": len(row["artifact_set"]), "categories": sorted(row["category_set"]),
                    "file_list": [f"{ex}:{p}" for ex, p in sorted(row["file_set"])]})
    out.sort(key=lambda r: (-r["files"], -r["artifacts"], -len(r["categories"]), r["type"], r["value"]))
    return out
