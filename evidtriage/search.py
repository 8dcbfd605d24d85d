"""Search a scanned case: the words of a query as text, and the entities in it by value.

A query is taken as text: each word is quoted for SQLite FTS5, so that ``01712-345678`` or
``+8801712345678`` are words to find, not FTS5 syntax (``-`` and ``+`` are operators there, and
``01712-345678`` reads as "column 01712 minus 345678"). A plain word also finds its other forms
(Bengali inflections, romanised spellings: see :func:`.indicators.morphology.search_terms`).
``fts=True`` passes the query to FTS5 as it is, for its phrases, ``OR`` and prefixes (its bare
words still find their other forms). A phone number, an account or any other entity in
the query is also looked up in the entity index, by its normalised value, so that it finds every
spelling of it in the evidence (``01712-345678``, ``+880 1712 345678``, Bengali digits...).
"""

from __future__ import annotations

from .errors import UserError
from .store import Store

_CONTEXT = 40


def text_query(query: str) -> str:
    """The FTS5 query that finds every word of ``query`` (all of them, in any order), each as
    written or in one of its other forms."""
    from .indicators.morphology import word_query

    return " AND ".join(word_query(w) for w in query.split())


def _snippet(text: str, start: int, end: int) -> str:
    s, e = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    return (("…" if s else "") + text[s:start] + "[" + text[start:end] + "]" + text[end:e]
            + ("…" if e < len(text) else "")).replace("\n", " ")


def search_case(store: Store, query: str, fts: bool = False, limit: int = 50) -> list[dict]:
    """Artifacts matching ``query``: ``{"artifact", "snippet", "via"}``, entity matches first
    (``via``: the entity type and normalised value), then full-text matches (``via``: "text")."""
    from .indicators.entities import extract_entities

    if not query.strip():
        raise UserError("the search query is empty")
    results: list[dict] = []
    seen: set[str] = set()
    entities = {} if fts else {e.value: e.type for e in extract_entities(query)}
    for key, start, end in store.entity_artifacts(sorted(entities), limit):
        results.append({"artifact": key, "snippet": _snippet(store.artifact_text(key), start, end),
                        "via": "entity " + ", ".join(f"{t} {v}" for v, t in sorted(entities.items()))})
        seen.add(key)
    from .indicators.morphology import fts_query

    for key, snippet in store.search(fts_query(query) if fts else text_query(query), limit):
        if key not in seen and len(results) < limit:
            results.append({"artifact": key, "snippet": snippet, "via": "text"})
            seen.add(key)
    return results[:limit]
