"""Pictures for the HTML report, drawn offline as inline SVG: activity over time, the entity link
graph, and the GPS points of photos on a map with country outlines shipped in the package.

Every label that comes from the evidence is escaped; the SVG uses presentation attributes only
(no ``style`` attributes, no scripts, no links), so the report's Content-Security-Policy holds.
The country outlines are Natural Earth's 1:50m Admin 0 boundaries (public domain) as TopoJSON,
from the world-atlas package 2.0.2 (ISC licence); see ``data/NOTICE``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from markupsafe import Markup, escape

from ..linking.entity_links import linking_files

DATA = Path(__file__).parent / "data"
HIT = "#b3261e"
MSG = "#8aa4bf"
INK = "#1b1f24"
MUTED = "#5b6470"


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-label="{escape(label)}" font-family="sans-serif" font-size="11">')
    return Markup(head + "".join(body) + "</svg>")


def _text(x: float, y: float, s: str, anchor: str = "start", fill: str = INK, size: int | None = None) -> str:
    sz = f' font-size="{size}"' if size else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{sz}>{escape(s)}</text>'


# --- activity over time -------------------------------------------------------------------------

def _bins(days: list[date]) -> tuple[date, int, str]:
    """(first bin start, bin length in days, unit name) for the span of ``days``."""
    first, last = min(days), max(days)
    span = (last - first).days + 1
    if span <= 120:
        return first, 1, "day"
    if span <= 3 * 365:
        return first - timedelta(days=first.weekday()), 7, "week"
    return first.replace(day=1), 30, "30 days"


def activity_svg(messages: list[dict], conversations: list[dict], top: int = 8) -> Markup | None:
    """Messages and messages with hits per day (or week), for the case and for the most serious
    conversations. ``messages``: findings artifacts of kind message, read once (they may be
    streamed from the store: only counts a day are kept). None when no message has a time."""
    keys = [c["conversation"] for c in conversations[:top]]
    rows = [("All conversations", None)] + [(k or "?", k) for k in keys]
    by_day: dict = {k: (Counter(), Counter()) for _, k in rows}  # messages are counted by day as they pass
    for m in messages:
        if not m.get("timestamp"):
            continue
        d = date.fromisoformat(m["timestamp"][:10])
        for key in (None, m.get("conversation")):
            if key in by_day:
                by_day[key][0][d] += 1
                if m.get("hits"):
                    by_day[key][1][d] += 1
    days = by_day[None][0]  # every timed message is in the first row
    if not days:
        return None
    start, width_days, unit = _bins(list(days))
    nbins = ((max(days) - start).days // width_days) + 1
    counts: dict = {k: (Counter(), Counter()) for _, k in rows}
    for key, pair in by_day.items():
        for n in (0, 1):
            for d, c in pair[n].items():
                counts[key][n][(d - start).days // width_days] += c
    left, right, row_h, top_h = 190, 20, 46, 24
    width = 900
    plot_w = width - left - right
    bw = plot_w / nbins
    height = top_h + row_h * len(rows) + 30
    body = [_text(left, 14, f"Messages per {unit} (grey) and messages with indicator hits (red), UTC", fill=MUTED)]
    for i, (label, key) in enumerate(rows):
        y0 = top_h + i * row_h
        msgs, hits = counts[key]
        peak = max(msgs.values(), default=0) or 1
        short = label if len(label) <= 28 else label[:27] + "…"
        body.append(_text(left - 8, y0 + row_h / 2, short, anchor="end"))
        body.append(_text(left - 8, y0 + row_h / 2 + 12, f"max {peak}/{unit}", anchor="end", fill=MUTED, size=9))
        body.append(f'<line x1="{left}" y1="{y0 + row_h - 4}" x2="{width - right}" y2="{y0 + row_h - 4}" stroke="#d6dbe1"/>')
        for b, n in sorted(msgs.items()):
            h = (row_h - 8) * n / peak
            x = left + b * bw
            day = start + timedelta(days=b * width_days)
            body.append(f'<rect x="{x:.2f}" y="{y0 + row_h - 4 - h:.2f}" width="{max(bw - 0.5, 0.6):.2f}" '
                        f'height="{h:.2f}" fill="{MSG}"><title>{escape(label)}: {day.isoformat()}: '
                        f'{n} messages, {hits.get(b, 0)} with hits</title></rect>')
            if hits.get(b):
                hh = (row_h - 8) * hits[b] / peak
                body.append(f'<rect x="{x:.2f}" y="{y0 + row_h - 4 - hh:.2f}" width="{max(bw - 0.5, 0.6):.2f}" '
                            f'height="{hh:.2f}" fill="{HIT}"/>')
    end = start + timedelta(days=nbins * width_days - 1)
    yb = top_h + row_h * len(rows) + 14
    body.append(_text(left, yb, start.isoformat(), fill=MUTED))
    body.append(_text(width - right, yb, end.isoformat(), anchor="end", fill=MUTED))
    return _svg(width, height, body, "Activity over time")


# --- entity link graph ------------------------------------------------------------------------

def link_graph_svg(entities: list[dict], limit: int = 25) -> Markup | None:
    """Entities found in two or more files (left) joined to the files they are in (right)."""
    linked = []
    for e in entities:
        files = sorted(f or "?" for f in linking_files(e))
        if len(files) > 1:
            linked.append((e, files))
    if not linked:
        return None
    linked.sort(key=lambda ef: (-len(ef[1]), ef[0]["type"], ef[0]["value"]))
    linked = linked[:limit]
    files = sorted({f for _, fs in linked for f in fs})
    row = 22
    height = 30 + row * max(len(linked), len(files))
    width, lx, rx = 900, 300, 560
    ly = {id(e): 30 + i * row + row * (max(len(files) - len(linked), 0)) / 2 for i, (e, _) in enumerate(linked)}
    ry = {f: 30 + i * row + row * (max(len(linked) - len(files), 0)) / 2 for i, f in enumerate(files)}
    body = [_text(lx, 14, "Entities in more than one file", anchor="end", fill=MUTED),
            _text(rx, 14, "Files", fill=MUTED)]
    for e, fs in linked:
        for f in fs:
            body.append(f'<line x1="{lx + 6}" y1="{ly[id(e)]:.1f}" x2="{rx - 6}" y2="{ry[f]:.1f}" '
                        f'stroke="{HIT if e["type"] in _MONEY else MSG}" stroke-width="1.4" opacity="0.8">'
                        f'<title>{escape(e["type"])} {escape(e["value"])} in {escape(f)}</title></line>')
    for e, fs in linked:
        label = f'{e["type"]}: {e["value"]}'
        label = label if len(label) <= 44 else label[:43] + "…"
        body.append(f'<circle cx="{lx}" cy="{ly[id(e)]:.1f}" r="5" fill="{HIT if e["type"] in _MONEY else INK}"/>')
        body.append(_text(lx - 10, ly[id(e)] + 4, label, anchor="end"))
    for f in files:
        short = f if len(f) <= 52 else "…" + f[-51:]
        body.append(f'<rect x="{rx - 5}" y="{ry[f] - 5:.1f}" width="10" height="10" fill="{MUTED}"/>')
        body.append(_text(rx + 10, ry[f] + 4, short))
    return _svg(width, height, body, "Entity link graph")


#: Entity types that move money: drawn red in the link graph.
_MONEY = {"mfs_account", "mfs_transaction", "iban", "btc_address", "eth_address", "tron_address"}


# --- GPS map ------------------------------------------------------------------------------------

@cache
def _countries() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """(name, rings of (lon, lat)) for each country, decoded from the shipped TopoJSON."""
    topo = json.loads((DATA / "countries-50m.json").read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g.get("arcs") or []
        if g["type"] == "Polygon":
            polys = [polys]
        rings = [ring(r) for poly in polys for r in poly]
        countries.append((g.get("properties", {}).get("name", ""), rings))
    return countries


def gps_map_svg(points: list[dict]) -> Markup | None:
    """Photos' GPS points (``lat``, ``lon``, ``label``) on an equirectangular map of their region."""
    pts = [p for p in points if p.get("lat") is not None and p.get("lon") is not None
           and -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180]
    if not pts:
        return None
    lats, lons = [p["lat"] for p in pts], [p["lon"] for p in pts]
    pad = 3.0
    south, north = max(min(lats) - pad, -85), min(max(lats) + pad, 85)
    west, east = max(min(lons) - pad, -180), min(max(lons) + pad, 180)
    kx = math.cos(math.radians((south + north) / 2))  # keep shapes right at the region's latitude
    width = 900
    span_x, span_y = (east - west) * kx, north - south
    scale = width / span_x
    height = int(min(max(span_y * scale, 200), 620))
    scale = min(scale, height / span_y)
    ox = (width - span_x * scale) / 2
    oy = (height - span_y * scale) / 2

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - west) * kx * scale, oy + (north - lat) * scale

    body = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="#eef3f8"/>']
    for name, rings in _countries():
        d = []
        for r in rings:
            if not any(west - 20 <= lon <= east + 20 and south - 20 <= lat <= north + 20 for lon, lat in r):
                continue
            coords = [xy(lon, lat) for lon, lat in r]
            d.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
        if d:
            body.append(f'<path d="{"".join(d)}" fill="#fbfbf8" stroke="#9aa5b1" stroke-width="0.6">'
                        f'<title>{escape(name)}</title></path>')
    for p in pts:
        x, y = xy(p["lon"], p["lat"])
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{HIT}" stroke="#fff" stroke-width="1.2">'
                    f'<title>{escape(p.get("label", ""))} ({p["lat"]:.5f}, {p["lon"]:.5f})</title></circle>')
    body.append(_text(6, height - 6, f"{south:.1f}° to {north:.1f}° N, {west:.1f}° to {east:.1f}° E; "
                      "outlines: Natural Earth 1:50m", fill=MUTED, size=9))
    return _svg(width, height, body, "GPS positions of photos")
