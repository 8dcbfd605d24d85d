"""Entity links: the same phone, account or address seen in two or more files or conversations.

Ranked by how many files they tie together, then how many items, then how many indicator
categories the items carrying them matched: an account that appears in an ad, a recruiter chat
and an SMS, beside fee and passport hits, comes first.
"""

from __future__ import annotations

from ..reports.findings import first_files
from ..store import Store


def entity_links(store: Store, min_items: int = 2) -> list[dict]:
    first = first_files(store.file_records())
    matches = store.match_results()
    by_entity: dict[tuple[str, str], dict] = {}
    contents = store.artifact_contents()
    for etype, value, key, start, end, obfuscated in store.entity_occurrences():
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
