"""The HTML report: one self-contained file that a prosecutor can read and a browser opens safely.

Safety rules, each kept here:

* All evidence text goes through Jinja2 autoescaping (server side) or ``textContent`` (the page's
  own script); nothing from the evidence is ever parsed as HTML.
* Control and bidirectional-override characters in evidence text are shown as visible
  ``[U+202E]`` marks, so a file name or message cannot reorder what the reader sees.
* A strict Content-Security-Policy allows only this file's own script and style (by their
  SHA-256) and ``data:`` images: the page loads nothing from outside itself, not even fonts.
* Large tables (files, messages) are embedded as JSON data and shown a page at a time, so a case
  of 200,000 messages opens in seconds; the most important findings are in the HTML itself.
* Known-bad files are listed by hash and path only; no content of theirs is ever included.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
import re
import shlex
import unicodedata
from collections import deque
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

from ..indicators.scoring import DEFAULT_REVIEW_LINE
from ..linking.entity_links import OCR_LINK_CONFIDENCE, linking_files, links
from .excerpt import excerpt, flattened
from .glyphs import font_covers, is_pictograph, name_of
from .times import time_line

TEMPLATES = Path(__file__).parent / "templates"

_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


def ocr_note(entity: dict, file) -> str:
    """The note after a file whose occurrences of the entity were read by OCR, e.g. " (OCR,
    confidence 62: below the link line 75, links nothing)"; "" otherwise."""
    found = [o["ocr_confidence"] for o in entity.get("occurrences", [])
             if o.get("file") == file and o.get("ocr_confidence") is not None]
    if not found:
        return ""
    low = min(found)
    if low >= OCR_LINK_CONFIDENCE:
        return f" (OCR, confidence {low})"
    return f" (OCR, confidence {low}: below the link line {OCR_LINK_CONFIDENCE}, links nothing)"


def _visible_controls(text: str, emoji: str = "") -> str:
    """Control and bidi characters as ``\x00U+202E\x01`` marks; pictographs named after their
    glyph (``emoji="after"``, HTML) or instead of it where no font has one (``"missing"``, PDF)."""
    out = []
    for ch in text:
        if ch in _BIDI or (unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
            out.append(f"\x00U+{ord(ch):04X}\x01")
        elif emoji and is_pictograph(ch):
            if emoji == "after":
                out.append(f"{ch}\x02{name_of(ch).lower()}\x03")
            elif font_covers(ch):
                out.append(ch)
            else:
                out.append(f"\x02{name_of(ch)}\x03")
        else:
            out.append(ch)
    return "".join(out)


def evidence(text, emoji: str = "after") -> Markup:
    """Escape evidence text, make control and bidi characters visible, and name pictographs
    (see :mod:`.glyphs`)."""
    if text is None:
        return Markup("")
    marked = str(escape(_visible_controls(str(text), emoji)))
    return Markup(marked.replace("\x00", '<span class="ctl">[').replace("\x01", "]</span>")
                  .replace("\x02", '<span class="glyph">[').replace("\x03", "]</span>"))


def highlighted(text: str, hits: list[dict], emoji: str = "after") -> Markup:
    """The text with each hit's span wrapped in ``<mark>`` (overlaps merged), all escaped; a long
    text cut to its start and the context of its hits, each gap and the cut stated (see
    :mod:`.excerpt`)."""
    text = text or ""
    ex = excerpt(len(text), [(h.get("start", 0), h.get("end", 0)) for h in hits])
    parts, previous_end = [], 0
    if not ex.whole:
        parts.append(Markup('<span class="cut">') + escape(ex.note()) + Markup("</span><br>"))
    for p in ex.parts:
        if p.start > previous_end:
            parts.append(Markup('<span class="gap">[… %s characters not shown …]</span>') % f"{p.start - previous_end:,}")
        pos = p.start
        for s, e in p.hits:
            parts.append(evidence(text[pos:s], emoji))
            parts.append(Markup("<mark>") + evidence(text[s:e], emoji) + Markup("</mark>"))
            pos = e
        parts.append(evidence(text[pos:p.end], emoji))
        previous_end = p.end
    if previous_end < len(text):
        parts.append(Markup('<span class="gap">[… %s characters not shown …]</span>') % f"{len(text) - previous_end:,}")
    return Markup("").join(parts)


def _json_for_script(data) -> Markup:
    """JSON safe inside a ``<script type="application/json">`` element."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    raw = raw.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(raw)


def _json_parts(items):
    """A JSON list safe inside a ``<script>`` element, an item at a time (the same text as
    :func:`_json_for_script` gives for the whole list): for tables read from the store as the
    page is written."""
    yield Markup("[")
    for n, item in enumerate(items):
        yield Markup("," if n else "") + _json_for_script(item)
    yield Markup("]")


@cache
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def _environment(emoji: str = "after"):
    """The templates' environment; ``emoji``: how pictographs are shown (see :func:`evidence`)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["evidence"] = lambda text: evidence(text, emoji)
    env.filters["highlighted"] = lambda text, hits: highlighted(text, hits, emoji)
    env.filters["tojson_script"] = _json_for_script
    env.filters["json_parts"] = _json_parts
    env.filters["time_line"] = _time_line
    return env


def _glyph_names(tables, names: dict[str, str] | None = None) -> dict[str, str]:
    """Each pictograph in the paged tables' text, with its name (for the page's script), added
    to ``names`` (given when the tables are read a piece at a time)."""
    names = {} if names is None else names
    stack = list(tables)
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            for ch in v:
                if ch not in names and is_pictograph(ch):
                    names[ch] = name_of(ch).lower()
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
    return dict(sorted(names.items()))


def _time_line(item: dict, zone) -> str:
    return time_line(item, zone or "")


def _message_notes(m: dict) -> str:
    """What a reader must know about a message beside its text: its kind, a recovered deleted
    record, its attachments."""
    notes = []
    if m.get("recovered"):
        notes.append("deleted record recovered by the extraction tool")
    if m.get("forwarded_from"):
        notes.append(f"forwarded from {m['forwarded_from']}")
    if m.get("message_kind") not in (None, "", "message"):
        notes.append(m["message_kind"])
    for name, loc in m.get("attachments") or ():
        notes.append(f"attachment {name}" + (f" (in the evidence: {loc})" if loc else " (not in the evidence)"))
    return "; ".join(notes)


def _message_row(m: dict, zone: str) -> list:
    """A message as a row of the page's message table."""
    text, spans, cut = flattened(m.get("text") or "", [(h.get("start"), h.get("end")) for h in m.get("hits", [])])
    return [m.get("conversation"), time_line(m, zone), m.get("sender"), text, m.get("score", 0),
            [list(x) for x in spans], m.get("file"), "; ".join(x for x in (_message_notes(m), cut) if x)]


def _image_rows(findings: dict, artifacts, thumbs: dict) -> tuple[list, list[dict]]:
    """The pictures (never known-bad ones) as rows for the paged table, and their GPS points."""
    from .findings import of_kind
    from .thumbnails import NEVER_SHOWN

    by_file: dict[tuple, list[dict]] = {}
    for a in of_kind(artifacts, "metadata", "text"):
        by_file.setdefault((a.get("exhibit_id"), a.get("file")), []).append(a)
    groups: dict[str, list[str]] = {}
    for c in findings.get("image_clusters", []):
        for m in c.get("members", []):
            groups.setdefault(m, []).append(c["id"])
    rows, points = [], []
    for f in findings.get("files", []):
        key = (f["exhibit_id"], f["path"])
        if not (f.get("media_type") or "").startswith("image/") or f["status"] in NEVER_SHOWN:
            continue
        meta: dict = {}
        ocr = []
        for a in by_file.get(key, []):
            if a["kind"] == "metadata":
                meta.update(a.get("metadata") or {})
            elif a["kind"] == "text" and a.get("method") == "ocr":
                ocr.append(flattened(a.get("text") or "", ())[0])
        device = " ".join(str(meta[k]) for k in ("make", "model") if meta.get(k))
        taken = "\n".join(f"{t.get('value')}{(' ' + t['offset']) if t.get('offset') and t['offset'] != 'Z' else ''}"
                          f"{' UTC' if t.get('offset') == 'Z' else ''} ({t.get('tag')}: {t.get('meaning')})"
                          for t in meta.get("times") or ()) or meta.get("datetime_original") or ""
        gps = ""
        if meta.get("gps_lat") is not None and meta.get("gps_lon") is not None:
            gps = f"{meta['gps_lat']:.5f}, {meta['gps_lon']:.5f}"
            points.append({"lat": meta["gps_lat"], "lon": meta["gps_lon"], "label": f"{f['exhibit_id']}:{f['path']}"})
        t = thumbs.get(key)
        if t is None:
            t_src, t_reason = "", "no thumbnail in this report"
        else:
            t_src, t_reason = t.src, t.reason
        rows.append([t_src, t_reason, f["exhibit_id"], f["path"], f["status"], device, str(taken), gps,
                     "\n".join(ocr), ", ".join(groups.get(f"{f['exhibit_id']}:{f['path']}", [])), f.get("score", 0)])
    return rows, points


def _anchor_block(findings: dict, custody: list[dict], case_dir: str) -> str:
    """The custody anchor of the log as it stood when the report was written (see custody.anchor)."""
    from ..custody.anchor import head

    try:
        anchor = head((findings.get("case") or {}).get("case_id") or "", custody)
    except (KeyError, TypeError):  # a log whose entries lack a field: no anchor to show
        return ""
    return anchor.block(shlex.quote(case_dir) if case_dir else "DIR") if anchor else ""


#: Entities the reports list (most linking first); the link graph and the linked ones are the
#: first of them.
LISTED_ENTITIES = 500


def _top_entities(entities) -> tuple[list[dict], int]:
    """The first :data:`LISTED_ENTITIES` entities, most files linked first (then type and value),
    each summed up (:func:`_entity_summary`), and how many entities link two files or more;
    ``entities`` are read once (streamed from the store or a list) and only these few are kept."""
    linked = 0

    def summaries():
        nonlocal linked
        for e in entities:
            s = _entity_summary(e)
            linked += s["linking"] > 1
            yield s

    top = heapq.nsmallest(LISTED_ENTITIES, summaries(), key=lambda s: (-s["linking"], s["type"], s["value"]))
    return top, linked


def _entity_summary(e: dict) -> dict:
    """What the reports show of an entity: type, value, ``count`` (occurrences), ``linking``
    (files linked, see entity_links.linking_files), and ``occurrences`` cut to at most two a
    file (the one read with the lowest OCR confidence, and one that may link), in the order of
    their files' first occurrence: the files, OCR notes and links come out as from every
    occurrence, without holding thousands of them."""
    by_file: dict = {}
    for o in e.get("occurrences", []):
        lowest, linking = by_file.get(o.get("file"), (None, None))
        c = o.get("ocr_confidence")
        if lowest is None or (c is not None and (lowest.get("ocr_confidence") is None or c < lowest["ocr_confidence"])):
            lowest = o
        if linking is None and links(o):
            linking = o
        by_file[o.get("file")] = (lowest, linking)
    kept = [x for lowest, linking in by_file.values() for x in (lowest, linking) if x is not None]
    return {"type": e.get("type"), "value": e.get("value"), "count": len(e.get("occurrences", [])),
            "linking": len(linking_files(e)), "occurrences": list({id(x): x for x in kept}.values())}


#: Messages shown before and after a relevant message, from its conversation.
CONTEXT_MESSAGES = 3


def _relevant(chosen: list[dict], artifacts) -> list[dict]:
    """The findings marked relevant (``chosen``, in rank order), each with the messages around it
    in its conversation (``context``: (artifact, is_the_finding) pairs in the conversation's order).

    One pass over the messages, keeping for each conversation of a chosen message only the last
    few messages before it: the case's messages are never all in memory."""
    from .findings import of_kind

    if not chosen:
        return []

    def thread_of(m: dict) -> tuple:
        return m.get("exhibit_id"), m.get("file"), m.get("conversation")

    wanted = {a["key"] for a in chosen if a.get("kind") == "message"}
    threads = {thread_of(a) for a in chosen if a.get("kind") == "message"}
    before: dict[tuple, deque] = {t: deque(maxlen=CONTEXT_MESSAGES) for t in threads}
    open_windows: dict[tuple, list[list]] = {t: [] for t in threads}  # [key, messages still wanted after]
    context: dict[str, list] = {}
    for m in of_kind(artifacts, "message") if wanted else ():
        t = thread_of(m)
        if t not in before:
            continue
        for window in open_windows[t]:
            if window[1]:
                context[window[0]].append((m, False))
                window[1] -= 1
        if m["key"] in wanted and m["key"] not in context:
            context[m["key"]] = [(x, False) for x in before[t]] + [(m, True)]
            open_windows[t].append([m["key"], CONTEXT_MESSAGES])
        open_windows[t] = [w for w in open_windows[t] if w[1]]
        before[t].append(m)
    return [{**a, "context": context.get(a["key"], []) if a.get("kind") == "message" else []} for a in chosen]


def view_model(findings: dict, custody: list[dict], thumbs: dict | None = None, interactive: bool = True,
               case_dir: str = "", reviewed: bool = False) -> dict:
    """What the template shows, derived from findings.json (the contract) and the custody log.

    :param interactive: also the pictures and the paged tables' data (the HTML report); the
        printed report (PDF) needs neither.
    :param reviewed: also the findings the examiner marked relevant, with their conversation
        context (the reviewed report).
    """
    from .charts import activity_svg, gps_map_svg, link_graph_svg
    from .findings import of_kind, timeline
    from .ranking import rank

    run = {"complete": False, "started_utc": None, "finished_utc": None, "python": "", "libmagic": "",
           "digests": [], "packages": {}, "plugins": [], "rule_packs": [], "hash_sets": [],
           "ocr": {"engine": None, "note": "no scan has finished in this case"}}
    line = (findings.get("run") or {}).get("review_line", DEFAULT_REVIEW_LINE)
    ranking = rank(findings, line)  # before the copy below: ranked in the store when built from one
    aid = aid_view(findings) if interactive else None
    findings = {**findings, "run": {**run, **findings.get("run", {})}}
    artifacts = findings.get("artifacts", [])
    entities, linked_total = _top_entities(findings.get("entities", []))
    files_by_exhibit: dict[str, int] = {}
    for f in findings.get("files", []):
        files_by_exhibit[f["exhibit_id"]] = files_by_exhibit.get(f["exhibit_id"], 0) + 1
    not_examined = [f for f in findings.get("files", []) if f["status"] in ("not examined", "skipped", "partial")]
    known_bad = [f for f in findings.get("files", []) if f["status"] == "known-bad"]
    rules = {r["id"]: r for p in findings.get("run", {}).get("rule_packs", []) for r in p.get("rules", [])}
    files_data = [[f["exhibit_id"], f["path"], f["size"], f["status"], f["reason"], f["media_type"], f["sha256"]]
                  for f in findings.get("files", [])] if interactive else []
    zone = (findings.get("case") or {}).get("timezone") or ""
    # the messages are read twice from the store, never held: once here for what the page says
    # about them (counts, chart, pictographs), once as the page's table data is written
    conversations: dict[str, int] = {}
    date_order_assumed: set[str] = set()
    glyphs: dict[str, str] = {}

    def counted(messages):
        for m in messages:
            conversations[m.get("conversation") or "?"] = conversations.get(m.get("conversation") or "?", 0) + 1
            if "(date order assumed" in (m.get("time_as_written") or ""):
                date_order_assumed.add(m.get("file") or "?")
            _glyph_names(_message_row(m, zone), glyphs)
            yield m

    # the printed report has no message table, chart or picture
    activity = activity_svg(counted(of_kind(artifacts, "message")), findings.get("conversations", [])) if interactive else None
    images, points = _image_rows(findings, artifacts, thumbs or {}) if interactive else ([], [])
    acquired = {}
    for c in custody:  # the digests each exhibit was added with, as the signed log holds them
        if c.get("action") == "evidence added":
            digests = (c.get("details") or {}).get("acquisition_digests") or {}
            acquired[c.get("subject")] = [(k, v) for k, v in sorted(digests.items())
                                          if k in ("md5", "sha1", "sha256", "blake3", "manifest_sha256", "files", "bytes")]
    truncated, file_notes = set(), set()
    for a in of_kind(artifacts, "metadata"):
        meta = a.get("metadata") or {}
        if meta.get("may_be_truncated"):
            truncated.add((a.get("file") or "?", meta.get("messages")))
        if meta.get("note"):
            file_notes.add((a.get("file") or "?", meta["note"]))
    return {
        "charts": {"activity": activity,
                   "links": link_graph_svg(entities),
                   "map": gps_map_svg(points)} if interactive else {},
        "images": images, "points": points, "acquired": acquired,
        "date_order_assumed": sorted(date_order_assumed), "truncated": sorted(truncated, key=lambda x: x[0]),
        "file_notes": sorted(file_notes),
        "set_apart": ranking.set_apart, "decided": ranking.decided,
        "superseded": (findings.get("review") or {}).get("superseded", 0),
        "relevant": _relevant(ranking.relevant, artifacts) if reviewed else [],
        "f": findings, "custody": custody, "ranked": ranking.shown, "ranked_total": ranking.ranked_total,
        "flagged_total": ranking.flagged_total, "review_line": line, "items_with_hits": ranking.items_with_hits,
        "templates": ranking.templates, "categories": ranking.categories,
        "entities": entities, "linked": [e for e in entities if e["linking"] > 1], "linked_total": linked_total,
        "ocr_note": ocr_note, "aid": aid, **_corroborated(findings),
        "files_by_exhibit": files_by_exhibit, "not_examined": not_examined, "known_bad": known_bad,
        "not_examined_groups": (findings.get("summary") or {}).get("not_examined") or [],
        "all_examined": not not_examined and not findings.get("skips") and findings["run"].get("complete"),
        "conversations": sorted(conversations.items()), "rules": rules,
        "anchor": _anchor_block(findings, custody, case_dir),
        "data": {"files": files_data, "images": images, "glyphs": _glyph_names((files_data, images), glyphs),
                 "messages": (_message_row(m, zone) for m in timeline(artifacts)) if interactive else []},
    }


def _corroborated(findings: dict) -> dict:
    """``corroborates``: whether the run had the ranking aid corroborate weak rule hits
    (``--aid-corroborates``); ``corroborated``: how many items it flagged so (each explained
    where it is shown, ``corroborated.html.j2``)."""
    from .findings import corroborates

    if not corroborates(findings.get("run") or {}):
        return {"corroborates": False, "corroborated": 0}
    count = (findings.get("ranking_aid") or {}).get("corroborated")
    if count is None:  # findings given as lists without it: count the rows
        count = sum(1 for a in findings.get("artifacts", []) if a.get("corroborated_by_aid"))
    return {"corroborates": True, "corroborated": count}


#: Distinct texts of the ranking aid's list that the HTML report shows (every one is in findings.json),
#: and how many of the list's entries it reads to find them (a text forwarded to many is one)
AID_SHOWN = 100
AID_READ = 5000


def aid_view(findings: dict) -> dict | None:
    """The ranking aid's section: its note, model and the first :data:`AID_SHOWN` distinct texts
    of its list, each with where it is and how many copies of it the list holds among the
    entries read (None when the run had the aid off)."""
    aid = findings.get("ranking_aid") or {}
    if not (aid.get("model") or {}).get("used"):
        return None
    listed = aid.get("listed") or []
    rows_of = getattr(findings, "artifact_rows", None)
    by_text: dict[str, dict] = {}
    for start in range(0, min(len(listed), AID_READ), 500):
        chunk = listed[start:start + 500]
        keys = [x["key"] for x in chunk]
        if rows_of is not None:
            rows = rows_of.of_keys(keys)
        else:
            wanted = set(keys)
            rows = {a["key"]: a for a in findings.get("artifacts", []) if a.get("key") in wanted}
        for x in chunk:
            row = rows.get(x["key"])
            if row is None:
                continue
            text = row.get("text") or ""
            if text in by_text:
                by_text[text]["aid_copies"] += 1
            elif len(by_text) < AID_SHOWN:
                by_text[text] = {**row, "aid_probability": x["probability"], "aid_words": x["words"], "aid_copies": 1}
        if len(by_text) >= AID_SHOWN:
            break
    return {"note": aid.get("note", ""), "model": aid["model"], "items": list(by_text.values()), "total": len(listed)}


def render_reviewed_html(findings: dict, custody: list[dict] | None = None, case_dir: str = "") -> str:
    """The reviewed report (the findings marked relevant, with comments and context) as one
    HTML document: no script, no picture."""
    style = _asset("report_print.css")
    csp = (f"default-src 'none'; style-src {_csp_hash(style)}; base-uri 'none'; form-action 'none'; "
           "frame-ancestors 'none'")
    return _environment().get_template("reviewed.html.j2").render(
        **view_model(findings, custody or [], interactive=False, case_dir=case_dir, reviewed=True),
        csp=Markup(csp), style=Markup(style))


def render_html(findings: dict, custody: list[dict] | None = None, thumbs: dict | None = None,
                case_dir: str = "") -> str:
    """The whole report as one HTML document (``thumbs``: (exhibit, path) -> Thumbnail)."""
    return "".join(html_parts(findings, custody, thumbs, case_dir))


def html_parts(findings: dict, custody: list[dict] | None = None, thumbs: dict | None = None,
               case_dir: str = ""):
    """The report as :func:`render_html` gives it, a piece at a time (to be written to a file as
    it is made: the message table is read from the store as it is written)."""
    script, style = _asset("report.js"), _asset("report.css")
    csp = (f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
           "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    env = _environment()
    return env.get_template("report.html.j2").generate(
        **view_model(findings, custody or [], thumbs, case_dir=case_dir), csp=Markup(csp), script=Markup(script), style=Markup(style))


_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")
