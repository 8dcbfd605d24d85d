"""The plugin boundary: every artifact a parser yields is checked, field by field, as it is yielded.

A plugin's mistake must cost only its own output, and be named where it happened: a wrong type
or a time that cannot be read is found here, where the parser's name and the file are known, not
later in the report stage as an "internal error". An artifact that fails is dropped and the file
recorded ``partial`` with the plugin's name and the reason (see ``parsing``).

Times are converted to UTC here, once, for every parser:

* a timezone-aware ``datetime`` becomes ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``;
* a naive ``datetime`` is a time as written with no zone: with ``--timezone`` it is read in that
  zone (``zone_assumed``), without one it keeps no UTC time and the report shows it as written;
* a string must already be ISO 8601 with ``Z`` or an offset (``+06:00``), which is converted to
  ``Z``; anything else is refused.

``time_as_written`` keeps the source's own text; when a parser gives none, the datetime's own
reading is kept there.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..artifacts import ARTIFACT_TYPES, ImageArtifact, MessageArtifact, MetadataArtifact, TextArtifact


class ArtifactError(ValueError):
    """An artifact a parser yielded that breaks the artifact contract; the message says how."""


_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d{1,9})?(Z|[+-]\d\d:?\d\d)\Z")
_UTC_Z = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z\Z")
_HEX16 = re.compile(r"[0-9a-f]{16}\Z")
_MESSAGE_KINDS = ("message", "system", "call", "edit", "deletion", "attachment")


def utc_text(dt: datetime) -> str:
    """An aware datetime as the UTC text every report uses."""
    u = dt.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{u.microsecond:06d}" if u.microsecond else "") + "Z"


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


#: UTC offsets of local hours already read, by (zone, year, month, day, hour): a chat export's
#: messages fall in few hours, and reading a zone's rules for each of a million is slow.
_OFFSETS: dict = {}
_HOUR = timedelta(hours=1)


def _in_zone(value: datetime, zone: str) -> str:
    """The UTC text of a naive ``value`` read as a wall-clock time in ``zone`` (fold 0: the
    first of an hour that a change of clock repeats)."""
    key = (zone, value.year, value.month, value.day, value.hour)
    off = _OFFSETS.get(key)
    if off is None:
        tz = _zone(zone)
        start = value.replace(minute=0, second=0, microsecond=0)
        off = start.replace(tzinfo=tz).utcoffset()
        if (start + _HOUR - _EPSILON).replace(tzinfo=tz).utcoffset() != off:
            # the clock changes inside this hour (rare, and not always on the hour): no shortcut
            return utc_text(value.replace(tzinfo=tz))
        if len(_OFFSETS) > 100_000:
            _OFFSETS.clear()
        _OFFSETS[key] = off
    return (value - off).isoformat() + "Z"


_EPSILON = timedelta(microseconds=1)


def _time(value, zone: str) -> tuple[str | None, str, bool]:
    """(UTC text or None, the time as the value reads, whether a zone was assumed)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return utc_text(value), value.isoformat(sep=" "), False
        if zone:
            try:
                return _in_zone(value, zone), "", True
            except OverflowError:  # year 1 in a zone east of UTC: before any time a report shows
                raise ArtifactError(f"timestamp {value.isoformat(sep=' ')} lies outside the years a time can have") from None
        return None, "", False
    if isinstance(value, str):
        if _UTC_Z.match(value) and _real_date(value):
            return value, value, False
        m = _ISO.match(value)
        if m:
            try:
                parsed = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                return utc_text(parsed), value, False
        raise ArtifactError(f"timestamp {value[:40]!r} is not an ISO 8601 time with Z or an offset "
                            "(yield a datetime instead: aware, or naive for a time with no zone)")
    raise ArtifactError(f"timestamp is {type(value).__name__}, not a datetime or an ISO 8601 string")


def _real_date(text: str) -> bool:
    """Whether a text of the UTC form names a real time (not month 13 or day 45)."""
    try:
        datetime.fromisoformat(text[:-1])
    except ValueError:
        return False
    return True


def _str(name: str, value, empty_ok: bool = True) -> None:
    if not isinstance(value, str):
        raise ArtifactError(f"{name} is {type(value).__name__}, not str")
    if not empty_ok and not value:
        raise ArtifactError(f"{name} is empty")


def _opt_int(name: str, value) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise ArtifactError(f"{name} is {value!r}, not a whole number of 0 or more (or None)")


def _plain(name: str, value, depth: int = 0) -> None:
    """Metadata values: plain JSON values only (str, int, float, bool, None, lists, dicts of str)."""
    if depth > 16:
        raise ArtifactError(f"{name} nests more than 16 levels")
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ArtifactError(f"{name} is {value!r}: not a finite number")
        return
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _plain(f"{name}[{i}]", v, depth + 1)
        return
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise ArtifactError(f"{name} has a key {k!r} that is not str")
            _plain(f"{name}.{k}", v, depth + 1)
        return
    raise ArtifactError(f"{name} is {type(value).__name__}: not a plain value (str, int, float, bool, None, list, dict)")


_MESSAGE_STR = ("text", "conversation", "conversation_title", "sender", "sender_id", "time_as_written", "record",
                "forwarded_from")


def _message(a: MessageArtifact, zone: str) -> MessageArtifact:
    d = a.__dict__  # frozen dataclass: read its fields without a call per field
    for name in _MESSAGE_STR:
        if type(d[name]) is not str:
            _str(name, d[name])  # a str subclass passes; anything else is named
    if d["is_group"] is not None and type(d["is_group"]) is not bool:
        raise ArtifactError(f"is_group is {d['is_group']!r}, not True, False or None")
    if type(d["zone_assumed"]) is not bool or type(d["recovered"]) is not bool:
        name = "zone_assumed" if type(d["zone_assumed"]) is not bool else "recovered"
        raise ArtifactError(f"{name} is {d[name]!r}, not True or False")
    if d["message_kind"] not in _MESSAGE_KINDS:
        raise ArtifactError(f"message_kind {d['message_kind']!r} is not one of {', '.join(_MESSAGE_KINDS)}")
    changes: dict = {}
    participants = d["participants"]
    if participants:
        if isinstance(participants, list):
            participants = changes["participants"] = tuple(participants)
        if not isinstance(participants, tuple) or not all(type(p) is str for p in participants):
            raise ArtifactError("participants is not a tuple of str")
    elif participants != ():
        raise ArtifactError("participants is not a tuple of str")
    attachments = d["attachments"]
    if attachments:
        if not isinstance(attachments, (tuple, list)) or not all(
                isinstance(x, (tuple, list)) and len(x) == 2 and type(x[0]) is str and type(x[1]) is str
                for x in attachments):
            raise ArtifactError("attachments is not a tuple of (name as written, location) pairs of str")
        if type(attachments) is not tuple or not all(type(x) is tuple for x in attachments):
            changes["attachments"] = tuple(tuple(x) for x in attachments)
    elif attachments != ():
        raise ArtifactError("attachments is not a tuple of (name as written, location) pairs of str")
    for name in ("line", "offset"):
        v = d[name]
        if v is not None and (type(v) is not int or v < 0):
            raise ArtifactError(f"{name} is {v!r}, not a whole number of 0 or more (or None)")
    _cut(d.get("cut"))
    ts = d["timestamp"]
    if ts is not None and not (type(ts) is str and _UTC_Z.match(ts) and _real_date(ts)):
        utc, written, assumed = _time(ts, zone)
        changes["timestamp"] = utc
        if not d["time_as_written"]:
            changes["time_as_written"] = written or ts.isoformat(sep=" ")
        if assumed:
            changes["zone_assumed"] = True
    return dataclasses.replace(a, **changes) if changes else a


def _cut(value) -> None:
    if value is not None:
        if not isinstance(value, dict):
            raise ArtifactError(f"cut is {type(value).__name__}, not a dict (use cut_record)")
        _plain("cut", value)


def _text(a: TextArtifact) -> TextArtifact:
    _str("text", a.text)
    _cut(getattr(a, "cut", None))
    _str("method", a.method, empty_ok=False)
    if a.language is not None:
        _str("language", a.language)
    if not isinstance(a.partial, bool):
        raise ArtifactError(f"partial is {a.partial!r}, not True or False")
    words = a.word_confidences
    if words is not None:
        if not isinstance(words, (tuple, list)) or not all(
                isinstance(w, (tuple, list)) and len(w) == 3 and all(type(x) is int for x in w)
                and 0 <= w[0] <= w[1] <= len(a.text) and 0 <= w[2] <= 100 for w in words):
            raise ArtifactError("word_confidences is not a tuple of (start, end, confidence 0-100) triples "
                                "of whole numbers inside the text")
        if type(words) is not tuple or not all(type(w) is tuple for w in words):
            return dataclasses.replace(a, word_confidences=tuple(tuple(w) for w in words))
    return a


def _metadata(a: MetadataArtifact) -> MetadataArtifact:
    if not isinstance(a.metadata, dict):
        raise ArtifactError(f"metadata is {type(a.metadata).__name__}, not a dict")
    _plain("metadata", a.metadata)
    _str("source", a.source)
    return a


def _image(a: ImageArtifact) -> ImageArtifact:
    for name in ("width", "height"):
        v = getattr(a, name)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ArtifactError(f"{name} is {v!r}, not a whole number of 0 or more")
    for name in ("phash", "dhash"):
        v = getattr(a, name)
        if v is not None and not (isinstance(v, str) and _HEX16.match(v)):
            raise ArtifactError(f"{name} is {v!r}, not 16 lower-case hex digits (or None)")
    return a


def checked(a, zone: str = ""):
    """The artifact as the core keeps it (times in UTC text), or :class:`ArtifactError`.

    :param zone: the IANA zone the examiner assumed for times without one ("" for none).
    """
    if isinstance(a, MessageArtifact):
        return _message(a, zone)
    if isinstance(a, TextArtifact):
        return _text(a)
    if isinstance(a, MetadataArtifact):
        return _metadata(a)
    if isinstance(a, ImageArtifact):
        return _image(a)
    raise ArtifactError(f"yielded {type(a).__name__}, not one of "
                        + ", ".join(c.__name__ for c in ARTIFACT_TYPES))
