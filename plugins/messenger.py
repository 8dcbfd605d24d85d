"""Facebook Messenger and Instagram "Download Your Information" (DYI) JSON threads, as messages.

What the format throws at a parser, and how each is met (research notes on chat formats, §3):

* Layout: ``messages/inbox/<thread>_<id>/message_1.json, message_2.json ...`` (older exports),
  nested under ``your_facebook_activity/`` or ``your_instagram_activity/`` in newer ones; sibling
  folders ``archived_threads/``, ``message_requests/``, ``filtered_threads/``. Every file is
  parsed on its own; the thread's files share one conversation id.
* The app: Instagram and Messenger write the same schema. The app is read from the evidence
  path (``instagram`` in a folder or zip name, e.g. ``your_instagram_activity/``); otherwise it is
  Messenger. The conversation id is ``messenger:<thread_path>`` or ``instagram:<thread_path>``
  (``thread_path`` as written, e.g. ``inbox/rahim_123``; from the folder when it is missing).
* Mojibake: Facebook writes each UTF-8 byte as its own ``\\u00XX`` escape, so Bengali arrives as
  ``à¦­à¦¿`` runs and emoji as ``ð\\x9f\\x98\\x82``. Every string is repaired by re-encoding as
  Latin-1 and decoding as UTF-8; when that fails (a newer export, or a real "é") it is kept.
* Order: each file is newest first. Messages are yielded oldest first, so the artifact ordinal
  is the chronological order (the reverse of the position in the file). The JSON is streamed
  and gives no line numbers: ``line`` and ``offset`` stay empty, and a message is found in the
  file by its ``timestamp_ms``, kept verbatim in ``time_as_written``.
* Times: ``timestamp_ms`` is UTC epoch milliseconds; ``timestamp`` is written to the second
  (``...Z``), the exact value stays in ``time_as_written``. No zone is assumed.
* Kinds: ``is_unsent`` -> deletion; ``type: Call`` or a ``call_duration`` -> call (with no text,
  the text is ``[call, N s]``, or ``[missed call]`` when ``missed`` is set); ``Subscribe``/``Unsubscribe`` and the actions exported as plain
  text ("Reacted 😂 to your message", "Liked a message", "You are now connected on Messenger",
  polls) -> system; photos, videos, audio, files, gifs and stickers -> attachment.
* Shares: the link and ``share_text`` are added to the message text (each once).
* Reactions (``[{reaction, actor}]``) have no time of their own: each becomes a separate system
  message from its actor, "<actor> reacted <emoji>", right after the message it reacts to, with
  that message's time (``time_as_written`` says so). It never repeats the message's text, so a
  hit on the message is not counted twice.
* Attachments: ``uri`` is relative to the export root (``messages/inbox/...``, or with the
  ``your_*_activity/`` prefix). It is resolved against the evidence path of the JSON file by
  finding its ``messages`` folder (``export.zip!/messages/inbox/...`` -> the member beside it);
  where the export was re-packed without that folder, relative to the exhibit's (or archive's)
  root, to the JSON's own folder, or by name beside the JSON: the first that holds the file.
  URLs and URIs that climb out (``..``) resolve to "".
* Size: the file is streamed with ijson (C backend) and read up to ``MAX_BYTES`` (256 MiB; real
  files hold about 10,000 messages and stay far below); beyond it the file is partial.
* Damage: a file cut short or broken keeps the messages read before the break and is partial
  with the reason; message entries that are not objects are counted in the reason.
"""

from __future__ import annotations

import codecs
import posixpath
import re
from datetime import datetime

import ijson

from evidtriage.plugin_api import (
    JsonNestingGuard, MessageArtifact, NotMyFormat, ParseError, Parser, epoch_utc, hookimpl,
)

EVIDTRIAGE_API = ">=1.0,<2"

MAX_BYTES = 256 * 1024 * 1024
MEDIA_KEYS = ("photos", "videos", "audio_files", "files", "gifs")
SYSTEM_TEXT = re.compile(
    r"^(?:reacted .{1,16} to (?:your|a|the) message|liked a message|"
    r"you are now connected on messenger\.?|.* created (?:a|the) poll: .*|.* in the poll\.?|"
    r".* (?:set|changed) the (?:nickname|group photo|theme|emoji|chat theme) .*|.* named the group .*)$",
    re.I | re.S)
MISSED_CALL = re.compile(r"^(?:you )?missed (?:a |your )?(?:video |audio )?call", re.I)
_JSON_ERRORS = (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError)


def repair(value):
    """Undo Facebook's byte-per-code-point escaping in every string of ``value`` (recursively)."""
    if isinstance(value, str):
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeError:  # already-correct text (newer exports, a real "é", or any char > U+00FF)
            return value
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {k: repair(v) for k, v in value.items()}
    return value


class _Capped:
    """A read-only view of ``stream`` that stops after ``limit`` bytes (and says whether it did)."""

    def __init__(self, stream, limit: int):
        self.stream, self.left, self.hit = stream, limit, False

    def read(self, n: int = -1) -> bytes:
        if self.left <= 0:
            self.hit = self.hit or bool(self.stream.read(1))
            return b""
        n = self.left if n is None or n < 0 else min(n, self.left)
        data = self.stream.read(n)
        self.left -= len(data)
        return data


def _top_level(stream):
    """Walk the thread object once: yield ("message", value) for each entry of ``messages`` and
    (key, value) for every other top-level key, each value built on its own (bounded memory)."""
    builder, opened = None, None
    # nesting is bounded before ijson sees it: it keeps a prefix per open level
    # 1 MiB reads: ijson's C backend scans an unfinished string again at every read (telegram.READ_SIZE)
    for prefix, event, value in ijson.parse(JsonNestingGuard(stream), buf_size=1024 * 1024, use_float=True):
        if builder is None:
            if prefix == "":
                if event not in ("start_map", "map_key", "end_map"):
                    raise NotMyFormat()  # a JSON array or scalar: not a thread
                continue
            if prefix == "messages" and event in ("start_array", "end_array"):
                yield "messages", event
                continue
            builder, opened = ijson.ObjectBuilder(), prefix
        builder.event(event, value)
        if prefix == opened and event not in ("start_map", "start_array", "map_key"):
            yield ("message" if opened == "messages.item" else opened), builder.value
            builder = None


def _iso(ms) -> datetime | None:
    """The UTC time of a millisecond epoch (to the second); None for a missing or absurd one."""
    if isinstance(ms, bool) or not isinstance(ms, (int, float)):
        return None
    return epoch_utc(int(ms), 1000)


def _export_root(path: str) -> str | None:
    """The evidence path of the export root (the folder holding ``messages/``), "" for the exhibit root."""
    container, sep, inner = path.rpartition("!/")
    parts = inner.split("/")[:-1]
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "messages":
            return container + sep + "".join(p + "/" for p in parts[:i])
    return None


def _locate(uri: str, root: str | None) -> str:
    if root is None or not uri or "://" in uri or uri.startswith("/"):
        return ""
    parts = uri.split("/")
    if "messages" not in parts or ".." in parts:
        return ""
    return root + "/".join(parts[parts.index("messages"):])


class _Resolver:
    """Where an attachment's ``uri`` is in the exhibit: under the export's ``messages/`` folder,
    relative to the export's root, or relative to (or just beside) the JSON file itself, the
    first that holds the file. Exports are often re-packed without the ``messages/`` folder, with
    the photos next to the JSON."""

    def __init__(self, file):
        self.file = file
        self.root = _export_root(file.path)
        container, sep, inner = file.path.rpartition("!/")
        folder = posixpath.dirname(inner)
        self.container = container + sep
        self.folder = container + sep + (folder + "/" if folder else "")
        self.known: dict[str, str] = {}

    def candidates(self, uri: str) -> list[str]:
        if not uri or "://" in uri or uri.startswith("/") or ".." in uri.split("/"):
            return []
        out = [_locate(uri, self.root)] if self.root is not None else []
        out += [self.container + uri, self.folder + uri, self.folder + posixpath.basename(uri)]
        return list(dict.fromkeys(c for c in out if c))

    def __call__(self, uri: str) -> str:
        if uri not in self.known:
            found = self.candidates(uri)
            has = getattr(self.file, "has_file", None)
            self.known[uri] = next((c for c in found if has and has(c)), found[0] if found else "")
        return self.known[uri]


def _app(path: str) -> str:
    return "instagram" if "instagram" in path.lower() else "messenger"


def _attachments(msg: dict, resolve) -> list[tuple[str, str]]:
    out = []
    for key in MEDIA_KEYS:
        items = msg.get(key)
        for item in items if isinstance(items, list) else ():
            uri = item.get("uri") if isinstance(item, dict) else None
            if isinstance(uri, str) and uri:
                out.append((uri, resolve(uri)))
    sticker = msg.get("sticker")
    if isinstance(sticker, dict) and isinstance(sticker.get("uri"), str) and sticker["uri"]:
        out.append((sticker["uri"], resolve(sticker["uri"])))
    return out


def _text(msg: dict) -> str:
    content = msg.get("content") if isinstance(msg.get("content"), str) else ""
    parts = [content] if content else []
    share = msg.get("share")
    if isinstance(share, dict):
        for key in ("link", "share_text"):
            v = share.get(key)
            if isinstance(v, str) and v and v not in parts:
                parts.append(v)
    return "\n".join(parts)


def _kind(msg: dict, text: str, attachments: list) -> str:
    mtype = msg.get("type")
    if msg.get("is_unsent") is True:
        return "deletion"
    if mtype == "Call" or "call_duration" in msg or MISSED_CALL.match(text):
        return "call"
    if mtype in ("Subscribe", "Unsubscribe"):
        return "system"
    if attachments:
        return "attachment"
    if SYSTEM_TEXT.match(text.strip()):
        return "system"
    return "message"


def _message_fields(msg: dict, resolve) -> list[dict]:
    """The fields of one message, then one system record per reaction."""
    msg = repair(msg)
    sender = msg.get("sender_name") if isinstance(msg.get("sender_name"), str) else ""
    ms = msg.get("timestamp_ms")
    if isinstance(ms, int) and not isinstance(ms, bool):
        written = str(ms)
    elif isinstance(ms, float):
        written = str(int(ms)) if ms.is_integer() else repr(ms)
    else:
        written = ms if isinstance(ms, str) else ""
    attachments = _attachments(msg, resolve)
    text = _text(msg)
    kind = _kind(msg, text, attachments)
    if kind == "call" and not text:
        duration = msg.get("call_duration")
        if msg.get("missed") is True:
            text = "[missed call]"
        else:
            text = f"[call, {duration} s]" if isinstance(duration, (int, float)) else "[call]"
    out = [{"text": text, "sender": sender, "timestamp": _iso(ms), "time_as_written": written,
            "message_kind": kind, "attachments": tuple(attachments)}]
    reactions = msg.get("reactions")
    for r in reactions if isinstance(reactions, list) else ():
        if not isinstance(r, dict):
            continue
        actor = r.get("actor") if isinstance(r.get("actor"), str) else ""
        emoji = r.get("reaction") if isinstance(r.get("reaction"), str) else ""
        out.append({"text": f"{actor} reacted {emoji}".strip(), "sender": actor, "timestamp": _iso(ms),
                    "time_as_written": f"{written} (time of the message reacted to)" if written else "",
                    "message_kind": "system", "attachments": ()})
    return out


class MessengerJsonParser(Parser):
    NAME = "messenger_json"
    VERSION = "1.2.0"
    DESCRIPTION = "Facebook Messenger / Instagram 'Download Your Information' message_N.json threads, as messages."
    MEDIA_TYPES = ("application/json", "text/plain")
    FILENAME_PATTERNS = ("message_*.json",)
    PRIORITY = 50  # before the generic text parser

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        body = head[3:] if head.startswith(codecs.BOM_UTF8) else head
        if not body.lstrip().startswith(b"{"):
            return False
        return b'"participants"' in body and b'"messages"' in body and (
            b'"sender_name"' in body or b'"timestamp_ms"' in body)

    def parse(self, file, stream, ctx):
        if stream.read(3) != codecs.BOM_UTF8:
            stream.seek(0)
        capped = _Capped(stream, MAX_BYTES)
        resolve = _Resolver(file)
        thread: dict = {}
        records: list[list[dict]] = []
        bad = seen = 0
        error, messages_array = None, False
        try:
            for key, value in _top_level(capped):
                if key == "message":
                    seen += 1
                    if isinstance(value, dict):
                        records.append(_message_fields(value, resolve))
                    else:
                        bad += 1
                elif key == "messages" and value in ("start_array", "end_array"):
                    messages_array = True
                else:
                    thread[key] = value
        except _JSON_ERRORS as exc:
            error = exc
        has_fields = any(r[0]["sender"] or r[0]["time_as_written"] for r in records)
        empty_thread = messages_array and seen == 0 and isinstance(thread.get("participants"), list)
        broken_ours = error is not None and ("participants" in thread or messages_array)
        if not (has_fields or empty_thread or broken_ours):
            raise NotMyFormat()
        thread = repair(thread)
        conversation, title, participants, is_group = _thread_info(thread, file.path)
        for i in range(len(records) - 1, -1, -1):  # the file is newest first: oldest first out
            for fields in records[i]:
                yield MessageArtifact(conversation=conversation, conversation_title=title,
                                      participants=participants, is_group=is_group, record=f"messages[{i}]", **fields)
        if capped.hit:
            raise ParseError(f"file larger than {MAX_BYTES} bytes: {len(records)} messages read up to that point")
        if error is not None:
            raise ParseError(f"JSON broken after {len(records)} messages: {_one_line(error)}")
        if bad:
            raise ParseError(f"{bad} of {seen} messages could not be read: not a JSON object")


def _thread_info(thread: dict, path: str) -> tuple[str, str, tuple[str, ...], bool | None]:
    names = tuple(p["name"] for p in thread.get("participants") or () if isinstance(p, dict)
                  and isinstance(p.get("name"), str))
    thread_path = thread.get("thread_path") if isinstance(thread.get("thread_path"), str) else ""
    title = thread.get("title") if isinstance(thread.get("title"), str) else ""
    if not thread_path:  # older exports: the thread's folder (inbox/<name>_<id>), else its title
        folders = path.rpartition("!/")[2].split("/")[:-1]
        thread_path = "/".join(folders[-2:]) or title
    ttype = thread.get("thread_type")
    if ttype == "RegularGroup":
        is_group = True
    elif ttype == "Regular":
        is_group = False
    else:
        is_group = True if len(names) > 2 else None
    return f"{_app(path)}:{thread_path}", title or ", ".join(names), names, is_group


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


@hookimpl
def register_parsers():
    return [MessengerJsonParser]
