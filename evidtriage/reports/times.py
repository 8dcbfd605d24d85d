"""How a report states a time: the case's local time beside UTC, the time as written, and
whether the zone came from the source or was assumed by the examiner.

Every format (HTML, PDF, CSV) states times through these functions, so that none of them shows
UTC alone where the evidence was written in local time, or shows nothing where the source's
time could not be converted (a WhatsApp export read without ``--timezone``).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@cache
def _zone(name: str):
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_time(utc_iso: str | None, zone: str) -> str:
    """``2024-01-12 10:02:00 +06:00`` for a UTC ISO time in the case's zone ("" without either)."""
    tz = _zone(zone or "")
    if not utc_iso or tz is None:
        return ""
    try:
        when = datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        return ""
    local = when.astimezone(tz)
    off = local.strftime("%z")
    return local.strftime("%Y-%m-%d %H:%M:%S") + f" {off[:3]}:{off[3:]}"


def zone_note(item: dict, zone: str) -> str:
    """Where the time's zone came from, in words."""
    if item.get("zone_assumed"):
        return f"zone assumed by the examiner: {zone or 'the case zone'}"
    if item.get("timestamp"):
        return "zone from the source"
    if item.get("time_as_written"):
        return "written without a zone, none given: not converted to UTC"
    return ""


def time_fields(item: dict, zone: str) -> dict:
    """The columns a CSV gives a message's time."""
    return {"local_time": local_time(item.get("timestamp"), zone), "timestamp_utc": item.get("timestamp") or "",
            "time_as_written": item.get("time_as_written") or "", "time_zone": zone_note(item, zone)}


def time_line(item: dict, zone: str) -> str:
    """One line for HTML and PDF: ``2024-01-12 10:02:00 +06:00 (Asia/Dhaka) = 2024-01-12T04:02:00Z UTC;
    written "12/01/2024, 10:02"; zone assumed by the examiner: Asia/Dhaka``."""
    parts = []
    utc = item.get("timestamp")
    local = local_time(utc, zone)
    if local:
        parts.append(f"{local} ({zone}) = {utc} UTC")
    elif utc:
        parts.append(f"{utc} UTC")
    written = item.get("time_as_written")
    if written:
        parts.append(f"written “{written}”")
    note = zone_note(item, zone)
    if note:
        parts.append(note)
    return "; ".join(parts)
