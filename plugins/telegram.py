"""Telegram Desktop "Export chat history" / "Export Telegram data" in JSON (``result.json``), as messages.

What the format throws at a parser, and how each is met (see the research notes on chat formats, §2):

* Two layouts: a one-chat export is the chat object itself (``name``, ``type``, ``id``,
  ``messages``); the whole-account export wraps chats in ``chats.list`` and ``left_chats.list``
  after ``personal_information`` (the exporting account, kept as a metadata artifact). Both are
  read with one event-level pass, so the parser always knows which chat a message belongs to.
* Size: exports reach hundreds of MB. The file is streamed with ijson (C backend); only one
  message is held in memory at a time.
* Chat name, type and id come before ``messages`` in Telegram's output, but this is not relied on:
  a message met before its chat's id gets ``telegram:chat-<n>`` (the chat's position in the file)
  and an empty title, rather than a wrong one.
* ``text`` is a plain string, or a list of strings and entity objects (``{"type": "phone",
  "text": ...}``): the runs are joined back into the text as written.
* Times: ``date_unixtime`` (UTC epoch seconds, as a string) is preferred; ``date`` is the
  exporting PC's wall-clock time with no zone, used (with the examiner's zone, flagged as
  assumed) when the epoch is missing, as in exports before 2021, or broken: ``"0"``, or further
  from ``date`` than any zone is from UTC (the time as written then says it was not used). ``time_as_written`` keeps
  ``date`` (or the raw epoch) and the edit time when the message was edited.
* Service events (``type: "service"``, ``actor``, ``action``) are system messages; phone and
  group calls are calls. An unsupported message (only an id) is kept as a system message.
* Photos and files are relative paths next to ``result.json`` (``photos/photo_1@...jpg``); they
  resolve to where they would be in the exhibit. Telegram writes a reason instead of a path when
  the file was not exported ("(File not included. Change data exporting settings to
  download.)"): the reason is kept as the name, with no location.
* Invalid JSON escapes: older writers escaped control characters as ``\\xNN``, which JSON does
  not allow; a small stream wrapper rewrites them to ``\\u00NN`` on the fly, across read
  boundaries, leaving an escaped backslash followed by ``x`` alone.
* Custom emoji: tdesktop 4.1.1 wrote ``"document_id": video_files/sticker (2).webm`` with no
  quotes (tdesktop#24961). The same wrapper quotes such a bare value (the rest of its line, as
  the pretty-printed output writes it); a line is held back across reads only up to 4 KiB.
* Entities: a ``text_link`` shows words but points to ``href``; the address is added after the
  text ("Link: ..."), as the contacts, places, polls (question, options, votes) and invoices
  that carry no text of their own are ("Contact: ...", "Poll: ...", "Invoice: ...").
* Names: a chat with no ``name`` is Saved Messages or Replies and is titled so; a ``name`` or
  ``from`` of ``null`` (a deleted account) stays empty, the ``from_id`` is kept. A channel post
  signed by an admin (``author``) names the channel and the signer. ``forwarded_from`` (or, for
  a saved message, ``saved_from``) is a display name, kept as such, never as an id.
* Replies: there is no field for them; the target (``reply_to_message_id``, and the chat when
  ``reply_to_peer_id`` is given) is written into ``record`` after the message's own id.
* Reactions (tdesktop since 2024, ``[{type, count, emoji, recent: [{from, from_id, date}]}]``):
  each named reactor becomes a system message right after the message, with its own time; the
  rest of ``count`` (not named in the export) one more, with the message's time.
* Media: ``photo``, ``file``, ``thumbnail`` and ``contact_vcard`` are the exported files.
* Deleted messages are simply absent from an export: nothing marks where they were.
* A damaged or cut-short file keeps every message read before the damage; the file is then
  partial, with the count and the JSON error (its first line only: the rest quotes evidence).
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import replace
from datetime import datetime, timezone

from evidtriage.plugin_api import (
    JsonNestingGuard, MessageArtifact, MetadataArtifact, NotMyFormat, ParseError, Parser, hookimpl,
)

EVIDTRIAGE_API = ">=1.0,<2"

GROUP_TYPES = frozenset({"private_group", "private_supergroup", "public_supergroup", "private_channel",
                         "public_channel"})
ONE_TO_ONE_TYPES = frozenset({"personal_chat", "bot_chat", "saved_messages"})
CHAT_TYPES = GROUP_TYPES | ONE_TO_ONE_TYPES | {"replies"}
CALL_ACTIONS = frozenset({"phone_call", "group_call"})
#: Where chat objects sit: "" for a one-chat export, the lists of a whole-account export.
CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
_MESSAGE_PREFIXES = {("messages.item" if p == "" else p + ".messages.item"): p for p in CHAT_PREFIXES}
_MESSAGES_KEY = re.compile(rb'"(?:messages|chats)"\s*:')
_MESSAGE_KEYS = re.compile(rb'"date_unixtime"\s*:|"from_id"\s*:')
#: A minimal export (hand-trimmed, or from an old tdesktop) may lack both: its messages still say
#: ``"type": "message"`` beside a ``"date"``.
_MINIMAL_KEYS = re.compile(rb'"type"\s*:\s*"(?:message|service)"')
_DATE_KEY = re.compile(rb'"date"\s*:')
#: A whole-account export starts with these; its chats may come after more than 64 KiB of contacts.
_ACCOUNT_KEYS = re.compile(rb'"personal_information"\s*:|Here is the data you requested')



#: Bytes handed to ijson at a time. Its C backend scans a string token again from its start at
#: every read that does not finish it, so one huge message costs (size / read) rescans: a 50 MB
#: message took 20 s in 64 KiB reads, about 1 s in 1 MiB reads (issue 18, item 7).
READ_SIZE = 1024 * 1024

class XEscapeRepair:
    """A read-only file-like wrapper that rewrites the invalid JSON escape ``\\xNN`` to ``\\u00NN``.

    Backslashes pair up from the start of each run (``\\\\`` is an escaped backslash), so only a
    backslash left unpaired escapes the next character; a chunk that ends on an unpaired
    backslash keeps it back until the next read, so an escape split across reads is still seen.
    A UTF-8 byte-order mark at the start is dropped (JSON parsers refuse it).
    """

    _ESCAPE = re.compile(rb"\\(.)", re.S)
    #: tdesktop 4.1.1 wrote a custom emoji's ``document_id`` as a bare path: the rest of its line
    _DOC_ID = re.compile(rb'("document_id"[ \t]*:[ \t]*)([^\r\n]*)')
    _DOC_KEY = b'"document_id"'
    _JSON_VALUE = re.compile(rb'["\[{0-9-]|(?:null|true|false)\b')  # how a legal value starts
    LINE_MAX = 4096  # a bare value is looked for only on lines shorter than this (memory stays bounded)
    CHUNK = 1024 * 1024  # (see READ_SIZE)

    def __init__(self, raw):
        self.raw = raw
        self.carry = b""
        self.out = b""
        self.eof = False
        self.first = True
        self.repaired = 0
        self.quoted = 0

    def _quote(self, m: re.Match) -> bytes:
        value = m.group(2).rstrip()
        comma = b"," if value.endswith(b",") else b""
        value = value[:-1].rstrip() if comma else value
        if not value or self._JSON_VALUE.match(value):
            return m.group(0)
        self.quoted += 1
        return m.group(1) + b'"' + value.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"' + comma

    def _hold_back(self, data: bytes) -> int:
        """Where to cut ``data`` so that a ``document_id`` line is never split across reads."""
        cut = len(data)
        key = data.rfind(self._DOC_KEY, max(0, len(data) - self.LINE_MAX))
        if key != -1 and b"\n" not in data[key:]:
            cut = key
        for n in range(len(self._DOC_KEY) - 1, 0, -1):  # the key itself split at the end
            if data.endswith(self._DOC_KEY[:n]):
                return min(cut, len(data) - n)
        return cut

    def _fix(self, m: re.Match) -> bytes:
        if m.group(1) == b"x":
            self.repaired += 1
            return b"\\u00"
        return m.group(0)

    def _fill(self) -> None:
        while not self.out and not self.eof:
            data = self.raw.read(self.CHUNK)
            if self.first:
                self.first = False
                while data and len(data) < 3 and b"\xef\xbb\xbf".startswith(data):
                    more = self.raw.read(self.CHUNK)
                    if not more:
                        break
                    data += more
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:] or b" "  # not an end of file: a BOM alone reads as a blank
            if not data:
                self.eof = True
                data, self.carry = self.carry, b""
            else:
                data, self.carry = self.carry + data, b""
                trailing = len(data) - len(data.rstrip(b"\\"))
                if trailing % 2:  # an unpaired backslash: its escape goes on in the next chunk
                    data, self.carry = data[:-1], data[-1:]
                cut = self._hold_back(data)
                data, self.carry = data[:cut], data[cut:] + self.carry
            if self._DOC_KEY in data:
                data = self._DOC_ID.sub(self._quote, data)
            self.out = self._ESCAPE.sub(self._fix, data) if b"\\x" in data else data

    def read(self, size: int = -1) -> bytes:
        self._fill()
        if size is None or size < 0:
            chunks = []
            while self.out:
                chunks.append(self.out)
                self.out = b""
                self._fill()
            return b"".join(chunks)
        data, self.out = self.out[:size], self.out[size:]
        return data


class TelegramJsonParser(Parser):
    NAME = "telegram_json"
    VERSION = "1.2.0"
    DESCRIPTION = "Telegram Desktop JSON export (result.json: one chat or the whole account), as messages."
    MEDIA_TYPES = ("application/json", "text/plain", "application/octet-stream")
    FILENAME_PATTERNS = ("result.json", "*.json")
    PRIORITY = 50  # before the generic text parser
    TIMEOUT = 900.0  # whole-account exports reach hundreds of MB

    @classmethod
    def can_parse(cls, head: bytes, file) -> bool:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start.startswith(b"{"):
            return False
        if _ACCOUNT_KEYS.search(head):
            return True
        return bool(_MESSAGES_KEY.search(head) and (_MESSAGE_KEYS.search(head) or (
            _MINIMAL_KEYS.search(head) and _DATE_KEY.search(head))))

    def parse(self, file, stream, ctx):
        import ijson

        chats = _ChatTracker()
        read = bad = 0
        first_bad = ""
        seen_telegram = False
        builder = None  # the object being built (a message or personal_information)
        depth = 0
        owner = ""
        # nesting is bounded before ijson sees it: it keeps a prefix per open level
        events = ijson.parse(JsonNestingGuard(XEscapeRepair(stream)), buf_size=READ_SIZE, use_float=True)
        try:
            for prefix, event, value in events:
                if builder is not None:
                    builder.event(event, value)
                    depth += {"start_map": 1, "start_array": 1, "end_map": -1, "end_array": -1}.get(event, 0)
                    if depth:
                        continue
                    obj, target, builder = builder.value, target_kind, None
                    if target == "account":
                        owner = _owner_name(obj) if isinstance(obj, dict) else ""
                        if isinstance(obj, dict):
                            seen_telegram = True
                            yield MetadataArtifact(metadata=_account(obj), source="telegram-account")
                        continue
                    if not seen_telegram:
                        if not _looks_like_message(obj):
                            raise NotMyFormat()
                        seen_telegram = True
                    try:
                        message = _message(obj, chats.current(target), owner, file.path)
                        reactions = _reactions(obj, message)
                        yield message
                        yield from reactions
                        read += 1
                    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
                        bad += 1
                        first_bad = first_bad or f"{type(exc).__name__}: {exc}"
                    continue
                if event == "start_map" and prefix in _MESSAGE_PREFIXES:
                    builder, depth, target_kind = ijson.ObjectBuilder(), 1, _MESSAGE_PREFIXES[prefix]
                    builder.event(event, value)
                elif event == "start_map" and prefix == "personal_information":
                    builder, depth, target_kind = ijson.ObjectBuilder(), 1, "account"
                    builder.event(event, value)
                elif event == "start_map" and prefix in CHAT_PREFIXES:
                    chats.start(prefix)
                elif prefix.endswith((".name", ".type", ".id")) or prefix in ("name", "type", "id"):
                    chat_prefix, _, key = prefix.rpartition(".")
                    if chat_prefix in CHAT_PREFIXES and event in ("string", "number", "null"):
                        chats.note(chat_prefix, key, value)
                        if key == "type" and value in CHAT_TYPES:
                            seen_telegram = True
        except NotMyFormat:
            raise
        except (ijson.JSONError, UnicodeDecodeError) as exc:  # damaged JSON, or bytes that are not UTF-8
            reason = _first_line(exc) if isinstance(exc, ijson.JSONError) else f"not UTF-8 at byte {exc.start}"
            if not (seen_telegram or read):
                raise NotMyFormat() from None
            raise ParseError(f"JSON damaged or cut short after {read} messages ({reason})") from None
        if not seen_telegram:
            raise NotMyFormat()
        if bad:
            raise ParseError(f"{bad} of {read + bad} messages could not be read: {first_bad}")


def _first_line(exc: Exception) -> str:
    """The first line of a JSON error (the lines after it quote the evidence around the damage)."""
    msg = exc.args[0] if exc.args else ""
    if isinstance(msg, bytes):
        msg = msg.decode("utf-8", errors="replace")
    lines = str(msg).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__


class _ChatTracker:
    """Name, type and id of the chat being read, for each place chats sit."""

    def __init__(self):
        self.info: dict[str, dict] = {}
        self.counter = 0

    def start(self, prefix: str) -> None:
        self.counter += 1
        self.info[prefix] = {"n": self.counter}

    def note(self, prefix: str, key: str, value) -> None:
        self.info.setdefault(prefix, {"n": 0})[key] = value

    def current(self, prefix: str) -> dict:
        return self.info.setdefault(prefix, {"n": 0})


def _looks_like_message(obj) -> bool:
    return isinstance(obj, dict) and "id" in obj and ("date" in obj or "date_unixtime" in obj or
                                                      obj.get("type") == "unsupported")


def _owner_name(info: dict) -> str:
    return " ".join(str(info[k]) for k in ("first_name", "last_name") if info.get(k)).strip()


def _account(info: dict) -> dict:
    """The exporting account (whose phone or PC the export came from)."""
    keep = ("user_id", "first_name", "last_name", "phone_number", "username", "bio")
    return {k: (str(info[k]) if isinstance(info[k], (int, float)) else info[k])
            for k in keep if k in info and isinstance(info[k], (str, int, float))}


def _text(value) -> str:
    """A message's text: a plain string, or a list of strings and entity objects.

    A ``text_link`` shows one text and points elsewhere (``href``): the address, which the
    reader never sees written, follows the text on a line of its own ("Link: ...").
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        text = "".join(v if isinstance(v, str) else str(v.get("text", "")) if isinstance(v, dict) else ""
                       for v in value)
        hidden = [str(v["href"]) for v in value if isinstance(v, dict) and v.get("href")
                  and str(v["href"]) not in text]
        return text + "".join(f"\nLink: {h}" for h in dict.fromkeys(hidden))
    return str(value)


def _utc_from_epoch(value) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(str(value).strip()), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


#: The furthest any zone is from UTC: a wall-clock date further than this from its epoch is not
#: the same moment.
_MAX_OFFSET_SECONDS = 14 * 3600


def _epoch_agrees(stamp: datetime, date) -> bool:
    """Whether a message's epoch can be the moment its wall-clock ``date`` shows (always, when
    there is no readable date); an epoch of 0 or less never is."""
    if stamp.timestamp() <= 0:
        return False
    if not isinstance(date, str):
        return True
    try:
        local = datetime.fromisoformat(date.strip())
    except ValueError:
        return True
    if local.tzinfo is not None:
        local = local.astimezone(timezone.utc)
    utc = stamp.replace(tzinfo=None) if local.tzinfo is None else stamp
    return abs((utc - local).total_seconds()) <= _MAX_OFFSET_SECONDS


def _when(msg: dict) -> tuple[datetime | None, str]:
    """(the message's time: aware from its epoch, else its wall-clock ``date`` as written, naive
    when it names no zone; the time as written)."""
    date, epoch = msg.get("date"), msg.get("date_unixtime")
    if isinstance(date, (int, float)) or (isinstance(date, str) and date.strip().isdigit()):
        epoch, date = epoch or date, None  # old exports sometimes wrote the epoch in "date"
    written = str(date if date else epoch or "")
    if epoch not in (None, ""):
        stamp = _utc_from_epoch(epoch)
        if stamp is not None and _epoch_agrees(stamp, date):
            return stamp, written
        if date:
            # an epoch of "0" (or one a day away from the wall-clock date) is a broken field, not a time
            written += f" (date_unixtime {epoch} does not match date: not used)"
    if isinstance(date, str):
        try:
            return datetime.fromisoformat(date.strip()), written
        except ValueError:
            return None, written
    return None, written


def resolve(file_path: str, name: str) -> str:
    """Where a path written relative to the export's folder is in the exhibit ("" if outside it)."""
    container, sep, inner = file_path.rpartition("!/")
    folder = posixpath.dirname(inner)
    joined = posixpath.normpath(posixpath.join(folder, name.replace("\\", "/")))
    if joined.startswith(("../", "/")) or joined in ("..", "."):
        return ""
    return container + sep + joined


def _attachments(msg: dict, file_path: str) -> tuple[tuple[str, str], ...]:
    out = []
    for key in ("photo", "file", "thumbnail", "contact_vcard"):
        value = msg.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        if value.startswith("("):  # "(File not included. Change data exporting settings to download.)"
            out.append((value, ""))
        else:
            out.append((value, resolve(file_path, value)))
    return tuple(out)


def _service_text(msg: dict) -> str:
    """A service event in words: the action and its details, as Telegram names them."""
    action = str(msg.get("action") or "service")
    details = []
    for key in ("title", "information_text", "inviter", "game_title", "discard_reason", "period"):
        if msg.get(key):
            details.append(str(msg[key]))
    members = [str(m) for m in (msg.get("members") or []) if m]
    if members:
        details.append(", ".join(members))
    if msg.get("duration_seconds") is not None:
        details.append(f"{msg['duration_seconds']} s")
    if msg.get("message_id") is not None:
        details.append(f"message {msg['message_id']}")
    text = _text(msg.get("text"))
    line = action + (": " + "; ".join(details) if details else "")
    return f"{text}\n{line}" if text else line


def _extras(msg: dict) -> str:
    """Shared contacts, places and polls, which carry no text of their own."""
    parts = []
    contact = msg.get("contact_information")
    if isinstance(contact, dict):
        who = [str(contact[k]) for k in ("first_name", "last_name", "phone_number") if contact.get(k)]
        parts.append("Contact: " + " ".join(who))
    place = msg.get("location_information")
    if isinstance(place, dict):
        where = " ".join(str(msg[k]) for k in ("place_name", "address") if msg.get(k))
        parts.append(f"Location: {place.get('latitude')}, {place.get('longitude')} {where}".strip())
    poll = msg.get("poll")
    if isinstance(poll, dict):
        answers = [_answer(a) for a in poll.get("answers") or [] if isinstance(a, dict)]
        state = " (closed)" if poll.get("closed") is True else ""
        parts.append(f"Poll{state}: {_text(poll.get('question'))}" + "".join(f"\n- {a}" for a in answers))
    invoice = msg.get("invoice_information")
    if isinstance(invoice, dict):
        what = [str(invoice[k]) for k in ("title", "description") if invoice.get(k)]
        amount = " ".join(str(invoice[k]) for k in ("amount", "currency") if invoice.get(k) is not None)
        parts.append("Invoice: " + "; ".join(what + ([amount] if amount else [])))
    return "\n".join(parts)


def _answer(answer: dict) -> str:
    """A poll option, with its votes and whether the exporting account chose it."""
    votes = answer.get("voters")
    notes = [f"{votes} votes"] if isinstance(votes, int) and not isinstance(votes, bool) else []
    if answer.get("chosen") is True:
        notes.append("chosen")
    return _text(answer.get("text")) + (f" ({', '.join(notes)})" if notes else "")


def _record(msg: dict) -> str:
    """Telegram's id of the message, and the one it replies to (there is no field for replies)."""
    if msg.get("id") is None:
        return ""
    record = f"id={msg['id']}"
    if msg.get("reply_to_message_id") is not None:
        record += f"; reply to id={msg['reply_to_message_id']}"
        if msg.get("reply_to_peer_id"):
            record += f" in {msg['reply_to_peer_id']}"
    return record


def _sender(msg: dict) -> str:
    """The sender's name; a channel post signed by an admin (``author``) names both."""
    sender, author = str(msg.get("from") or ""), str(msg.get("author") or "")
    if author and author != sender:
        return f"{sender} ({author})" if sender else author
    return sender


def _reaction_label(reaction: dict) -> str:
    if reaction.get("emoji"):
        return str(reaction["emoji"])
    return "custom emoji" if reaction.get("type") == "custom_emoji" else str(reaction.get("type") or "reaction")


def _reactions(msg: dict, message: MessageArtifact) -> list[MessageArtifact]:
    """Each reaction as a system message after the message: one per named reactor (``recent``,
    with its own time), and one for the rest of the ``count`` whom the export does not name."""
    out = []
    reactions = msg.get("reactions")
    for reaction in reactions if isinstance(reactions, list) else ():
        if not isinstance(reaction, dict):
            continue
        label = _reaction_label(reaction)
        recent = [r for r in reaction.get("recent") or () if isinstance(r, dict)]
        for r in recent:
            who = str(r.get("from") or "")
            timestamp, written = _when(r)
            out.append(replace(message, text=f"{who} reacted {label}".strip(), sender=who,
                               sender_id=str(r.get("from_id") or ""), timestamp=timestamp, time_as_written=written,
                               message_kind="system", attachments=(), forwarded_from=""))
        count = reaction.get("count")
        rest = count - len(recent) if isinstance(count, int) and not isinstance(count, bool) else 0
        if rest > 0:
            out.append(replace(message, text=f"{rest} × {label}" + (" more" if recent else ""), sender="",
                               sender_id="", message_kind="system", attachments=(), forwarded_from="",
                               time_as_written=f"{message.time_as_written} (time of the message reacted to)"))
    return out


def _message(msg: dict, chat: dict, owner: str, file_path: str) -> MessageArtifact:
    chat_type = chat.get("type")
    name = chat.get("name") if isinstance(chat.get("name"), str) else ""
    title = name
    if not name and "name" not in chat:  # Telegram writes no name for these two
        title = {"saved_messages": "Saved Messages", "replies": "Replies"}.get(chat_type, "")
    chat_id = chat.get("id")
    conversation = f"telegram:{chat_id}" if chat_id not in (None, "") else f"telegram:chat-{chat['n']}"
    is_group = True if chat_type in GROUP_TYPES else False if chat_type in ONE_TO_ONE_TYPES else None
    participants = tuple(p for p in (name, owner) if p) if is_group is False else ()
    timestamp, written = _when(msg)
    if msg.get("edited") or msg.get("edited_unixtime"):
        written += f" (edited {msg.get('edited') or msg.get('edited_unixtime')})"
    kind = "message"
    sender = _sender(msg)
    sender_id = msg.get("from_id")
    if msg.get("type") == "service":
        kind = "call" if msg.get("action") in CALL_ACTIONS else "system"
        text = _service_text(msg)
        sender, sender_id = msg.get("actor"), msg.get("actor_id")
    elif msg.get("type") == "unsupported":
        kind, text = "system", "unsupported message"
    else:
        text = _text(msg.get("text"))
        extra = _extras(msg)
        if extra:
            text = f"{text}\n{extra}" if text else extra
    attachments = _attachments(msg, file_path)
    if attachments and kind == "message":
        kind = "attachment"
    return MessageArtifact(
        text=text, conversation=conversation, conversation_title=title, is_group=is_group,
        participants=participants, sender=str(sender or ""), sender_id=str(sender_id or ""),
        timestamp=timestamp, time_as_written=written, message_kind=kind,
        attachments=attachments, record=_record(msg),
        forwarded_from=str(msg.get("forwarded_from") or msg.get("saved_from") or "") if msg.get("type") != "service" else "",
    )


@hookimpl
def register_parsers():
    return [TelegramJsonParser]
